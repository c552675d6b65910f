"""Words that sit where names sit: a foreigner's row's status cell, a form's spaced title, a party's label.

- In a row naming a country, a cell of compound words ('외국인등록 신청', '근로계약 해지') is the row's
  status, not a foreign name in Hangul; a transcribed name in the same place stays one.
- '공 탁 서 (금전)' heading a form is its title spaced out; the same three letters as a card's line further
  down ('이 민 서') are a name.
- '공탁자  성명 ○○○  주민등록번호 …': the party's label before its own name field is no name.

Every name and number is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

_VISITS = (
    "방문 예약\n"
    "R-0042 | Anh Tuan | VNM | 여권 C8841207 | 외국인등록 신청 | 09:30\n"
    "R-0043 | 탈가트벡 우센오프 | KGZ | 여권 AC5512093 | 근로계약 해지 | 09:40\n"
)
_DEPOSIT = "공 탁 서 (금전)\n\n공탁번호 2026금제1209호\n공탁자  성명 남궁별하  주민등록번호 771203-1530416\n"
_CARD = "자동차운전면허증\n2종보통\n이 정 서\n771203-1******\n"

FOUND: list[Case] = [
    ("PERSON", "a transcribed name in a foreigner's row", _VISITS, "탈가트벡 우센오프"),
    ("PERSON", "spaced letters on a card's line", _CARD, "이 정 서"),
    ("PERSON", "the name after the party's label", _DEPOSIT, "남궁별하"),
]

NOT_FOUND: list[Case] = [
    ("PERSON", "a compound status cell", _VISITS, "외국인등록 신청"),
    ("PERSON", "another status cell", _VISITS, "근로계약 해지"),
    ("PERSON", "a form's spaced title", _DEPOSIT, "공 탁 서"),
    ("PERSON", "the party's label", _DEPOSIT, "공탁자"),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
