"""Travellers' lists: rows of a Latin name, a birth date and the passport's number, without a header.

A group booking or a tour's list writes each traveller as three cells; the number's shape alone is
ambiguous (nine digits, a French '12AB34567', a child's number a scan split with a space), the row is not.
Two such rows make a list: the name, the date (a child's too) and the number are the person's. One row
alone, a row with a fourth cell, or a date that has not happened yet make none.

Every name, number and date is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

_LIST = (
    "단체 항공권 명단 (예약번호 QWZX12)\n"
    "RENAUD CLAIRE  1979. 4. 30.  31FD70264\n"
    "OH/GARAM  2014.08.21  M517 B2093\n"
    "IVANA PETROVA  81.12.09  71 4402918\n"
    "1. DO/HANBIT MR  M62083417  DOB 05OCT92\n"
)

FOUND: list[Case] = [
    ("KR_PASSPORT", "a French number after a name and a date", _LIST, "31FD70264"),
    ("KR_PASSPORT", "a child's 2021-shape number split by a space", _LIST, "M517 B2093"),
    ("KR_PASSPORT", "nine digits split by a space", _LIST, "71 4402918"),
    ("DATE_OF_BIRTH", "a child's birth date in the row", _LIST, "2014.08.21"),
    ("PERSON", "a capitalised name opening the row", _LIST, "IVANA PETROVA"),
    ("PERSON", "a numbered row's SURNAME/GIVEN without the title", _LIST, "DO/HANBIT"),
]

# a visa batch's or an invitation's list: the nationality in a cell of its own, cells cut by slashes or
# drawn as a box
_SLASHED = (
    "초청 대상자 명단\n"
    "1) TRAN VAN BINH / VNM / C4410297 / 14 MAR 1993\n"
    "2) NGUYEN THI MAI / VNM / P7720184 / 02 OCT 1998\n"
)
_BOXED = (
    "┌──────┬────┬──────┬──────┐\n"
    "│ SERGIO ROJAS │ 칠레 │ F44819302 │ 11 SEP 1985 │\n"
    "├──────┼────┼──────┼──────┤\n"
    "│ LI MEILING │ 중국 │ EG3390471 │ 27 JAN 1990 │\n"
    "└──────┴────┴──────┴──────┘\n"
)
FOUND += [
    ("DATE_OF_BIRTH", "a slashed row's date beside the nationality's code", _SLASHED, "02 OCT 1998"),
    ("KR_PASSPORT", "a slashed row's passport", _SLASHED, "P7720184"),
    ("DATE_OF_BIRTH", "a boxed row's date beside the nationality", _BOXED, "27 JAN 1990"),
    ("PERSON", "a boxed row's name", _BOXED, "LI MEILING"),
]

NOT_FOUND: list[Case] = [
    ("KR_PASSPORT", "one row alone", "참가자\nRENAUD CLAIRE  1979. 4. 30.  314470264\n", "314470264"),
    (
        "KR_PASSPORT",
        "rows with a fourth cell",
        "RENAUD CLAIRE  1979. 4. 30.  314470264  3\nIVANA PETROVA  1981.12.09  714402918  2\n",
        "314470264",
    ),
    (
        "KR_PASSPORT",
        "a date still to come",
        "RENAUD CLAIRE  2031. 4. 30.  314470264\nIVANA PETROVA  2032.12.09  714402918\n",
        "314470264",
    ),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)


# A wider row (the account and the bank after the number) or a Korean name's row: its one passport-shaped
# cell with letters is the passport; its date may be an entry's, so it is not read as a birth date here.
_WIDER = (
    "도하늘솔              1979-04-30    EK5180273    301-7720-1184-51  농협은행\n"
    "Ines MOREIRA          1984.02.16.   CA8812094    110-552-907713  신한은행\n"
)
_ENTRIES = "도하늘빛    2022-12-05    YA3390127\n변누리봄    2022-12-05    YB2087741\n"

WIDER_FOUND: list[Case] = [
    ("KR_PASSPORT", "a wider row's passport", _WIDER, "EK5180273"),
    ("KR_PASSPORT", "a Latin name's wider row", _WIDER, "CA8812094"),
]
WIDER_NOT_FOUND: list[Case] = [
    ("DATE_OF_BIRTH", "a Korean-script row's date, perhaps an entry's", _ENTRIES, "2022-12-05"),
    (
        "KR_PASSPORT",
        "bare digits in a wider row",
        "도하늘솔    1979-04-30    518027391    301-7720-1184-51  농협은행\n"
        "변누리봄    1984-02-16    881209477    110-552-907713  신한은행\n",
        "518027391",
    ),
]

test_wider_found, test_wider_not_found = found_case_tests(WIDER_FOUND, WIDER_NOT_FOUND)
