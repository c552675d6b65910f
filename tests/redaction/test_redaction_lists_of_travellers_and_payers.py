"""Lists of travellers, guests and payers, as travel agencies, hotels and refund ledgers write them.

- Diners Club's fourteen digits in 4-6-4 groups (36, 30, 38, 39), whole or masked in the middle; a card
  number wrapped after a group's dash in a table cell.
- A Korean passport masked after its 2021 letter ('M123A****') wherever it stands; a passport after a
  country and a comma ('…, 네팔, E1234567, 객실 …'); nine letters and digits with one digit only right after
  the 여권번호 label.
- A birth date after a name and the person's passport in a numbered list, written with dashes and a
  month's name ('11-OCT-1988'), after an English letter's 'born', said in words before 생; not a court's
  decision date before its case number.

Every name and number is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

_REFUNDS = (
    "수강료 반환 내역\n"
    "1 | 모하린 | 3612 870452 3916 | 120,000원 | 승인 40028812\n"
    "2 | 탁유찬 | 3057 ●●●●●● 4825 | 33,000원 | 승인 51193304\n"
    "3 | 봉미소 | 4532-\n7100-9314-8859 | 9,000원 | 승인 66120457\n"
)
_TICKETS = (
    "출장자 항공권 예약 현황\n"
    "1. 모하린 M381K**** 1969.02.14.\n"
    "2. 탁유찬 S20933817 75.11.30\n"
    "3. 봉미소 G702T5518 811104\n"
)
_GUESTS = (
    "투숙객 명단(외국인)\nOleg Sorokin, 러시아, E7205513, 객실 402\nAmina Diallo, 네팔, PK3390127, 객실 517\n"
)
_FORM = "성명(영문) Oleg Sorokin\n여권번호 CXTRV8LJN\n생년월일 11-OCT-1988\n"

FOUND: list[Case] = [
    ("CREDIT_CARD", "Diners Club in 4-6-4 groups", _REFUNDS, "3612 870452 3916"),
    ("CREDIT_CARD", "Diners Club masked in its middle group", _REFUNDS, "3057 ●●●●●● 4825"),
    ("CREDIT_CARD", "wrapped after a group's dash in a cell", _REFUNDS, "4532-\n7100-9314-8859"),
    ("KR_PASSPORT", "2021 shape masked after its letter, no label", _TICKETS, "M381K****"),
    ("KR_PASSPORT", "after a country and a comma", _GUESTS, "E7205513"),
    ("KR_PASSPORT", "two letters after a country and a comma", _GUESTS, "PK3390127"),
    ("KR_PASSPORT", "nine letters and one digit right after its label", _FORM, "CXTRV8LJN"),
    ("DATE_OF_BIRTH", "after a name and a masked passport", _TICKETS, "1969.02.14."),
    ("DATE_OF_BIRTH", "short, after a name and a passport", _TICKETS, "75.11.30"),
    ("DATE_OF_BIRTH", "six digits after a name and a passport", _TICKETS, "811104"),
    ("DATE_OF_BIRTH", "day, month's name and year apart by dashes", _FORM, "11-OCT-1988"),
    (
        "DATE_OF_BIRTH",
        "after an English letter's 'born'",
        "Name: Oleg Sorokin, born 23.05.1983, passport no. E7205513",
        "23.05.1983",
    ),
    (
        "DATE_OF_BIRTH",
        "said in words before 생",
        "답: 모하린입니다. 천구백육십구년 이월 십사일생입니다.",
        "천구백육십구년 이월 십사일",
    ),
]

NOT_FOUND: list[Case] = [
    (
        "CREDIT_CARD",
        "fourteen bare digits, as an account may be",
        "환불계좌 36128704523916 (예금주 모하린)",
        "36128704523916",
    ),
    (
        "DATE_OF_BIRTH",
        "a court's decision date before its case number",
        "판례 목록\n서울고법 1994. 6. 12. 93구41077\n대법원 1996. 3. 8. 선고 95누3318\n",
        "1994. 6. 12.",
    ),
    (
        "DATE_OF_BIRTH",
        "a word and its particle before a date in a sentence",
        "본조치는 1981년 4월 6일 해제되었다.",
        "1981년 4월 6일",
    ),
    (
        "KR_PASSPORT",
        "a row's eight-digit birth date wrapped in its cell",
        "|3|Amina Diallo|네팔|1974062\n0|PK3390127|D-2",
        "1974062\n0",
    ),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
