"""Rows of exports and registers whose layout alone says what a value is, and birth dates written the way
lists, dependants' lines and call transcripts write them. Every value is invented.

- An export written with a space on both sides of each comma ('○○○ , 필리핀 , …') is a table even with
  no header row: a passport cell in a row that names a country is read as it is in a '|' table.
- A birth date in the Hanja units of typed 1990s forms (1931年 4月 12日), after a name with two spaces
  before its bracket, a dependant's recent one, six bare digits right after a name in a payment row, the
  answer to a question for the resident number that gives the birth date only, and after '생년'.
"""

from __future__ import annotations

from shared_core import Case, found_case_tests

_FOREIGN_EXPORT = (
    "외국인 주민 명단\n"
    "Marco Bellini , 이탈리아 , 950817-6123456 , YA6192837 , 2024-03-02 , 010-5555-0161\n"
    "Joel Ranas , 필리핀 , 880301-6234567 , P7315926K , 2023-10-29 , 010-5555-0162\n"
    "Dan Cole , 미국 , 910522-5345678 , 531246790 , 2025-02-16 , 010-5555-0163"
)

_TYPED_LIST = (
    "1995년도 생활보호 대상 현황 (동 사무소 작성)\n"
    "   1    민하랑   1931年 4月 12日   강원특별자치도 태백시 황지동 88   독거\n"
    "   2    구태석   1929年 11月 3日   강원특별자치도 태백시 장성동 17   시설"
)

_PAYMENT_ROWS = (
    "지급 내역\n"
    "탁이현  570219  국민은행 123-45-678901  4,100,000원\n"
    "옹결 | 1955-09-30 | 농협 301-1234-5678-91 | 900,000원"
)

_CALL = "상담원: 본인 확인차 주민번호 알려 주실 수 있나요?\n민원인: 820517이요.\n상담원: 네, 확인됐습니다."

FOUND: list[Case] = [
    ("KR_PASSPORT", "passport in a comma-spaced export row", _FOREIGN_EXPORT, "P7315926K"),
    ("KR_PASSPORT", "nine-digit passport in a comma-spaced export row", _FOREIGN_EXPORT, "531246790"),
    ("DATE_OF_BIRTH", "birth date in Hanja units in a typed list", _TYPED_LIST, "1931年 4月 12日"),
    ("DATE_OF_BIRTH", "second typed row", _TYPED_LIST, "1929年 11月 3日"),
    (
        "DATE_OF_BIRTH",
        "date in brackets two spaces after a name",
        "신청인: 모선재  (1973.08.26.)\n연락처: 010-5555-0164",
        "1973.08.26.",
    ),
    (
        "DATE_OF_BIRTH",
        "a dependant's recent birth date in brackets",
        "피부양자 진가온 (2019.04.02.) 증번호 12345678901",
        "2019.04.02.",
    ),
    ("DATE_OF_BIRTH", "six digits right after a name in a payment row", _PAYMENT_ROWS, "570219"),
    ("DATE_OF_BIRTH", "a date beside a two-syllable surname's name cell", _PAYMENT_ROWS, "1955-09-30"),
    ("DATE_OF_BIRTH", "birth date given for the resident number asked", _CALL, "820517"),
    (
        "DATE_OF_BIRTH",
        "date after 생년",
        "담당: 접수했어요. 이름 경다울, 생년 1952.7.19 이에요",
        "1952.7.19",
    ),
]

NOT_FOUND: list[Case] = [
    (
        "DATE_OF_BIRTH",
        "a row whose first cell is a word, not a name",
        "지급 내역\n기타 | 1961-02-17 | 국민은행 123-45-678901 | 300,000원",
        "1961-02-17",
    ),
    (
        "DATE_OF_BIRTH",
        "six digits that open the whole resident number said on",
        "상담원: 주민번호 전체를 불러 주실래요?\n민원인: 690427 일이삼사오육칠이요.",
        "690427",
    ),
    ("DATE_OF_BIRTH", "a year of occurrence", "사고 발생년 2019.3.4 기록", "2019.3.4"),
    (
        "KR_PASSPORT",
        "nine digits in a sentence with spaced commas: prose, no export row",
        "미국 , 일본 순으로 방문했고 접수번호는 531246790 입니다.",
        "531246790",
    ),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
