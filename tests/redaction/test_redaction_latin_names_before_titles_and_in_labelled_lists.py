"""Foreign names in Latin letters before an official's title, and as items of a list after a label for
people.

- Before a title of the lexicon, as reports and press releases write foreign officials and staff
  ('… Kask 국장(…)', '… Dizon 지도사도'); not an organisation's name before its representative's title
  ('… Electronics 대표와').
- An item of a list after a label for people ('거주자: …, …, Wayan Sudarta'); an attendance list's item
  with the affiliation in brackets after it ('참석: Mark Olsen(대사관), …'); not organisations attending.

Every name is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

FOUND: list[Case] = [
    (
        "PERSON",
        "before a director's title and a bracket",
        "3. 면담자: 전자정부 아카데미 Peeter Kask 국장(p.kask@example.ee)",
        "Peeter Kask",
    ),
    (
        "PERSON",
        "before a title with a particle",
        "함께 수상한 Maria Luz Santos 지도사도 소감을 전했다.",
        "Maria Luz Santos",
    ),
    (
        "PERSON",
        "an item after a residents' label",
        "거주자: 부디 산토소, 아궁 프라타마, Wayan Sudarta\n",
        "Wayan Sudarta",
    ),
    (
        "PERSON",
        "attending, the affiliation in brackets",
        "- 참석: Mark Olsen(대사관), 남가람(외교부)\n",
        "Mark Olsen",
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
