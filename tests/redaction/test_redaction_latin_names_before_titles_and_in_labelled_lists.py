"""Foreign names in Latin letters before an official's title, and as items of a list after a label for
people.

- Before a title of the lexicon, as reports and press releases write foreign officials and staff
  ('… 국장(…)', '… 지도사도'); not an organisation's name before its representative's title
  ('… Electronics 대표와').
- An item of a list after a label for people ('입주자: …, …, Komang Ayu'); an attendance list's item with
  the affiliation in brackets after it ('참석: Lars Berg(주한대사관), …'); not organisations attending.

Every name is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

FOUND: list[Case] = [
    (
        "PERSON",
        "before a director's title and a bracket",
        "면담 상대: 디지털청 Peeter Kask 국장(p.kask@example.org)과 협의",
        "Peeter Kask",
    ),
    (
        "PERSON",
        "before a title with a particle",
        "시상식에서는 Ana Lucia Ramos 지도사도 인사말을 했다.",
        "Ana Lucia Ramos",
    ),
    (
        "PERSON",
        "an item after a tenants' label",
        "입주자: 리나 마리안티, 데위 사리, Komang Ayu\n",
        "Komang Ayu",
    ),
    (
        "PERSON",
        "attending, the affiliation in brackets",
        "○ 협의 참석: Lars Berg(주한대사관), 도가람(법무부)\n",
        "Lars Berg",
    ),
]

NOT_FOUND: list[Case] = [
    (
        "PERSON",
        "a company before its representative's title",
        "Samsung Electronics 대표와 면담",
        "Samsung Electronics",
    ),
    ("PERSON", "organisations attending", "참석: Seoul Metro, Korea Rail\n", "Seoul Metro"),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
