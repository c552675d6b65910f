"""Passports in group-booking lists and under Chinese or Japanese column heads.

- A foreign passport closing a row that opens with a name in capitals and a birth date written in Korean
  units ('2002년 9월 6일') or as six digits between wide gaps: the adult's birth date makes the row a
  person's entry.
- A column headed 护照号码 (Chinese) or 旅券番号 (Japanese) holds passports.
- Not a row whose date is this decade's (a booking's own date) with no other sign of a person.

Every name and number is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

_BOOKING = (
    "단체 항공권 예약 명단\nTENZIN DORJEE  1987년 4월 19일  N70381245\nMARISOL VEGA  760214  PA4418302\n"
)
_CHINESE = "序号 | 姓名 | 护照号码 | 出生日期\n1 | 林晓 | EJ3318207 | 1985-03-09\n"
_JAPANESE = "番号 | 氏名 | 旅券番号\n1 | 佐藤 | TR5520184\n"
_SHIPMENT = "화물 예약 명단\nBLUE OCEAN  2026년 3월 2일  N70381245\n"

FOUND: list[Case] = [
    ("KR_PASSPORT", "after a name and a birth date in Korean units", _BOOKING, "N70381245"),
    ("KR_PASSPORT", "after a name and six digits between wide gaps", _BOOKING, "PA4418302"),
    ("KR_PASSPORT", "under a Chinese column head", _CHINESE, "EJ3318207"),
    ("KR_PASSPORT", "under a Japanese column head", _JAPANESE, "TR5520184"),
]

NOT_FOUND: list[Case] = [
    ("KR_PASSPORT", "a code after this decade's date in a shipment list", _SHIPMENT, "N70381245"),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
