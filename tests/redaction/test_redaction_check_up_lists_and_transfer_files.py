"""Check-up lists, payee lists that leave out the bank, transfer files and passenger lists.

- Eleven bare digits beside a name and a birth date in a list about check-ups (특수건강진단, 암검진, 검진
  결과), the date written day first or with the month's name.
- An account-shaped number in a row of a name and a sum with thousands' commas (no bank, no label, no
  header); a transfer file's fields apart by ' / ' (이체 의뢰).
- A birth date closing a row of a name and one identifier (a passport, a card number, a masked number), in
  a table or an export whose rows end with it; a booking's SURNAME/GIVEN name opening the row.

Every name and number is invented."""

from __future__ import annotations

from shared_core import Case, found, found_case_tests

_CHECK_UPS = (
    "특수건강진단 대상자\n"
    "모하린,52718830461,1979.4.12\n"
    "함소리,61920374418,17.08.1983\n"
    "육채운,70331928457,03 MAR 1975\n"
)
_PAYEES = (
    "┌────┬────────┬──────────────┬────────┐\n"
    "│ 1  │ 도예결     │ 110-553-817260     │ 120,000 │\n"
    "│ 2  │ 함소리     │ 4471-02-5518306    │ 120,000 │\n"
)
_TRANSFER = "[이체 의뢰 파일] 아동양육비\n021 / 553017724190 / 모하린 / 830412-2●●●●●● / 90000\n"
_VISAS = "비자 신청 대행 접수 목록\nOKAFOR ADA|N31925804|1983.4.12\nSOROKIN OLEG|E55102938|17.08.1979\n"
_PAX = "PAX LIST\n01 YUK/CHAEUN MS 12 MAR 1984 M55018273 KOR\n02 DO/YEGYEOL MR 1979-04-12 M61920374 KOR\n"

FOUND: list[Case] = [
    (
        "KR_HEALTH_INSURANCE",
        "eleven digits beside a name and a birth date, a check-up list",
        _CHECK_UPS,
        "52718830461",
    ),
    ("KR_HEALTH_INSURANCE", "the date written day first", _CHECK_UPS, "61920374418"),
    ("KR_HEALTH_INSURANCE", "the date with the month's name", _CHECK_UPS, "70331928457"),
    ("KR_BANK_ACCOUNT", "a name, an account and a sum, no bank", _PAYEES, "110-553-817260"),
    ("KR_BANK_ACCOUNT", "the next payee", _PAYEES, "4471-02-5518306"),
    ("KR_BANK_ACCOUNT", "a transfer file's ' / ' field", _TRANSFER, "553017724190"),
    ("DATE_OF_BIRTH", "closing a row of a name and a passport", _VISAS, "1983.4.12"),
    ("DATE_OF_BIRTH", "day first, the next row", _VISAS, "17.08.1979"),
    ("DATE_OF_BIRTH", "after a card number in an export", _CHECK_UPS, "1979.4.12"),
    ("DATE_OF_BIRTH", "after a booking's name and title", _PAX, "12 MAR 1984"),
    ("DATE_OF_BIRTH", "the next passenger", _PAX, "1979-04-12"),
]

NOT_FOUND: list[Case] = [
    (
        "KR_HEALTH_INSURANCE",
        "eleven digits beside a name and a date, nothing about health",
        "배송 목록\n모하린,52718830461,2026.4.12\n함소리,61920374418,2026.4.13\n",
        "52718830461",
    ),
    (
        "KR_BANK_ACCOUNT",
        "a record number beside a name and a sum",
        "│ 1  │ 도예결     │ 2026-0418-7730     │ 120,000 │\n",
        "2026-0418-7730",
    ),
    (
        "DATE_OF_BIRTH",
        "a letter-spaced label's date that ends its line",
        "변 론 종 결  2005.04.11.\n판 결 선 고  2005. 5. 2.\n",
        "2005.04.11.",
    ),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)

_PAX_PERSONS = "PAX LIST\n01 OKAFOR ADA 02.07.1981 N31925804 NGA\n02 YUK/CHAEUN 12 MAR 1984 M55018273 KOR\n"
_CARD_REFUNDS = "수강료 환불 대상(카드 취소)\nSOROKIN OLEG | 4539102277461881 | 30,500\n도예결 | 3851******9312 | 12,000\n"


def test_latin_names_opening_roster_rows() -> None:
    assert "OKAFOR ADA" in found(_PAX_PERSONS, "PERSON")
    assert "YUK/CHAEUN" in found(_PAX_PERSONS, "PERSON")
    assert "SOROKIN OLEG" in found(_CARD_REFUNDS, "PERSON")


def test_capitals_opening_a_row_of_a_product_list_are_no_name() -> None:
    text = "장비 반입 내역\nHEAT PUMP | 4539102277461881 | 30,500\n"
    assert "HEAT PUMP" not in found(text, "PERSON")
