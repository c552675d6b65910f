"""A found name's other-script spelling in brackets after it, people introduced by nationality, the items of
an office list, and roster lines cut by a slash or closed by a titled head count. Every value is invented.

- '○○○ (ROMANISED)' and 'Latin Name (한글 표기)': once one spelling is found, the bracket right after it is
  the same person's name; not a nationality, a status, a sex or a spaced label in that bracket.
- '○○ 국적 Latin Name': reports and news introduce a foreigner by nationality.
- '▲도시재생과 ○○○' items: once two items' names are found, the others' name-shaped values are names (a
  title such as 과장 is not).
- '참석: 위원장 ○○○ / 위원 ○○○ ○○ … (위원 5명)': the slash separates items, the head count may carry a title.
"""

from __future__ import annotations

from shared_core import Case, found_case_tests

_OFFICE_LIST = (
    "◇ 신규임용\n"
    "  ▲도시재생과 편하슬\n"
    "  ▲도시재생과 경도림\n"
    "  ▲청년일자리과 독고하람\n"
    "  ▲평생학습과 추솔\n"
    "◇ 휴직\n"
    "  ▲주민복지과 어라희\n"
    "  ▲총무과 과장"
)

FOUND: list[Case] = [
    (
        "PERSON",
        "romanised name in brackets after a Korean name",
        "출장자: 기획과 사무관 옹서담 (OK SEODAM) M40617283",
        "OK SEODAM",
    ),
    (
        "PERSON",
        "Hangul spelling in brackets after a Latin name",
        "성 Surname / 명 Given names: Zarina Ergasheva  (자리나 에르가셰바)\n생년월일: 1990-01-02",
        "자리나 에르가셰바",
    ),
    (
        "PERSON",
        "Latin name after a nationality",
        "용의자는 몽골 국적 Bolat Seitkali(여권번호 E73920461)를 체포했다.",
        "Bolat Seitkali",
    ),
    ("PERSON", "office list item of three syllables", _OFFICE_LIST, "경도림"),
    ("PERSON", "office list item of two syllables", _OFFICE_LIST, "추솔"),
    (
        "PERSON",
        "two-syllable name on a roster cut by a slash",
        "참석: 위원장 빈도훈 / 위원 표해담 맹다올 추솔 어윤설 (위원 5명)",
        "추솔",
    ),
    (
        "PERSON",
        "two-syllable name on a roster closed by a titled head count",
        "참석: 위원장 빈도훈, 위원 표해담 맹다올 추솔 어윤설 (위원 5명)",
        "추솔",
    ),
]

NOT_FOUND: list[Case] = [
    (
        "PERSON",
        "a nationality in the bracket",
        "입국자 명단: Bolat Seitkali (베트남, 2024년 입국)",
        "베트남",
    ),
    ("PERSON", "a status in the bracket", "내담자: Bolat Seitkali  (결혼이민자, 2019년 입국)", "결혼이민자"),
    ("PERSON", "a sex in the bracket", "성명: Bolat Seitkali (남, 45세)", "남"),
    ("PERSON", "the seal's mark in the bracket", "신청인: Bolat Seitkali (인)\n기획과장 귀하", "인"),
    ("PERSON", "a spaced label in the bracket", "로마자성명 (성) OK ( 이 름) SEODAM", "이 름"),
    ("PERSON", "a title as an office list's item", _OFFICE_LIST, "과장"),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
