"""Household members' birth dates, a headerless column of health insurance numbers, and foreign people named
the way passports and bilingual forms write them. Every value is invented.

- '- 배우자 ○○○ 1955. 3. 2.': a relation opening the line, a name, then a date of an earlier year.
- A list of people by name, an eleven-digit number and a birth date, without its header: the numbers' column
  holds health insurance card numbers, unless a bank stands in the row.
- 'Given SURNAME' and 'SURNAME Given' after a role's label ('신청인:', '제보자:', '신  청  인  '), the name in a
  bilingual form's Hangul-name field, and a birth date followed by '생은'.
"""

from __future__ import annotations

import datetime as dt

from shared_core import Case, found_case_tests

_HOUSEHOLD = "가구원\n  - 손녀 편하슬 2018.06.05\n  - 배우자 옹 서 담 1955. 3. 2.\n  - 모 경도림 '41. 7. 3."

_CARD_LIST = (
    "붙임 대상자 (계 4명)\n"
    "옹서담\t51234567890\t1961. 3. 4.\n"
    "편하슬\t62345678901\t1975-08-19\n"
    "경도림\t73456789012\t19800212\n"
    "추솔\t84567890123\t56년 11월 15일"
)

FOUND: list[Case] = [
    ("DATE_OF_BIRTH", "a grandchild's birth date after relation and name", _HOUSEHOLD, "2018.06.05"),
    ("DATE_OF_BIRTH", "a spouse's, the name spaced", _HOUSEHOLD, "1955. 3. 2."),
    ("DATE_OF_BIRTH", "a mother's, the year in two digits after an apostrophe", _HOUSEHOLD, "'41. 7. 3."),
    (
        "KR_HEALTH_INSURANCE",
        "eleven digits in a headerless column beside birth dates",
        _CARD_LIST,
        "62345678901",
    ),
    ("KR_HEALTH_INSURANCE", "beside eight digits of a birth date", _CARD_LIST, "73456789012"),
    ("KR_HEALTH_INSURANCE", "beside a two-digit year in words", _CARD_LIST, "84567890123"),
    (
        "PERSON",
        "given name and capital surname after a label",
        "신청인: Bakyt OMAR\n주소: 생략",
        "Bakyt OMAR",
    ),
    ("PERSON", "capital surname first", "신청인: OMAR Bakyt\n주소: 생략", "OMAR Bakyt"),
    (
        "PERSON",
        "after a role's label ending in 자",
        "제보자: Zarina ERGASHEVA (연락처 010-5555-0171)",
        "Zarina ERGASHEVA",
    ),
    (
        "PERSON",
        "after a letter-spaced label and a gap",
        "신  청  인  Bolat SEITKALI\n주소 생략",
        "Bolat SEITKALI",
    ),
    (
        "PERSON",
        "a bilingual form's Hangul-name field",
        "성명(영문)   TRINH MINH TIEN   성명(한글)   찐 민 띠엔\n국적   베트남",
        "찐 민 띠엔",
    ),
    (
        "DATE_OF_BIRTH",
        "a date followed by 생은",
        "신청인 Bakyt OMAR, 1979. 10. 2.생은 2023년에 입국하였다.",
        "1979. 10. 2.",
    ),
]

_THIS_YEAR = dt.date.today().year

NOT_FOUND: list[Case] = [
    (
        "DATE_OF_BIRTH",
        "a date of this year after relation and name: a request's",
        f"발급 대장\n  - 자녀 편하슬 {_THIS_YEAR}.03.05 보험 청구",
        f"{_THIS_YEAR}.03.05",
    ),
    (
        "DATE_OF_BIRTH",
        "a relation word inside a sentence",
        "건축과 옹 모 주사는 2019. 4. 2. 이후 조회하였다.",
        "2019. 4. 2.",
    ),
    (
        "KR_HEALTH_INSURANCE",
        "eleven digits in rows that name a bank",
        "지급 명단\n옹서담\t51234567890\t1961. 3. 4.\t국민은행\n편하슬\t62345678901\t1975-08-19\t신한은행\n"
        "경도림\t73456789012\t1980-02-14\t우리은행",
        "62345678901",
    ),
    (
        "PERSON",
        "an acronym beside a word in a log row",
        "2024-10-17 10:00:01,u11111,10.1.2.3,SQL Developer,SELECT * FROM t",
        "SQL Developer",
    ),
    (
        "PERSON",
        "a passport page's code field",
        "PASSPORT\nType P  Code UZB  Passport No. AC7315926\nSurname OMAR",
        "Code UZB",
    ),
    ("PERSON", "a Hangul-name field saying there is none", "한글 성명: 해당 없음", "해당 없음"),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
