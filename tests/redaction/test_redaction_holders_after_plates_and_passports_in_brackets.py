"""A plate's holder, a passport in brackets after its holder's name, and rows whose birth date has a
two-digit year.

- The field right after a vehicle plate in a parking or permit roster is its holder's name (a surname
  first, no word of the dictionary); a word after a plate in prose is not.
- A passport's number in brackets right after a foreigner's name; France's two digits first in a line of
  a foreigner; a passport in a row whose birth date is '76.05.05' or six digits in a cell of its own.
- Diners Club masked after its first six digits ('3608 21XXXX 2094' run together).

Every name and number is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

_PARKING = (
    "거주자 우선주차 배정\n"
    "구역 A-03 152러 3308 모하린\n"
    "D-24\t251어 4999\t함소리\t-\n"
    "C-37 / 서울 48무 3309 / 도예결 / -\n"
)
_WORKERS = "거주 근로자: OKAFOR ADA(P4471902A), SOROKIN OLEG(E5520719)\n"
_VISAS = "비자 신청 대행 접수 목록\nOKAFOR ADA|N31925804|83.04.12\nSOROKIN OLEG|E55102938|790817\n"
_PAX = "PAX LIST\n01 DURAND CAMILLE 28.09.1990 27KT40316 FRA\n"

FOUND: list[Case] = [
    ("PERSON", "after a plate in a roster row", _PARKING, "모하린"),
    ("PERSON", "after a plate in a tab row", _PARKING, "함소리"),
    ("PERSON", "after a plate in a ' / ' row", _PARKING, "도예결"),
    ("KR_PASSPORT", "in brackets after the holder's name", _WORKERS, "P4471902A"),
    ("KR_PASSPORT", "the next one in brackets", _WORKERS, "E5520719"),
    ("KR_PASSPORT", "in a row with a two-digit-year birth date", _VISAS, "N31925804"),
    ("KR_PASSPORT", "in a row with a six-digit birth date cell", _VISAS, "E55102938"),
    ("KR_PASSPORT", "France's two digits first, in a foreigner's line", _PAX, "27KT40316"),
    ("CREDIT_CARD", "Diners masked after six digits", "카드번호 361144XXXX5820", "361144XXXX5820"),
]

NOT_FOUND: list[Case] = [
    ("PERSON", "a word after a plate in prose", "차량 12가 3456 운행을 중지하였다.", "운행을"),
    (
        "KR_PASSPORT",
        "a code in a product line with a recent date",
        "HEAT PUMP|N31925804|26.01.12",
        "N31925804",
    ),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
