"""A birth date in a narrative, told by the verb that follows it rather than a label: a judgment's or a
report's '원고 ○○○은 1950년 1월 2일 태어나 …', '1987. 3. 4. 태어난 ○○○은 …'. Every value is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

FOUND: list[Case] = [
    (
        "DATE_OF_BIRTH",
        "a judgment's reasons: the plaintiff born on the date",
        "이 유\n원고 한마루는 1948년 5월 17일 태어나 2010년부터 이 사건 토지를 경작하였다.",
        "1948년 5월 17일",
    ),
    (
        "DATE_OF_BIRTH",
        "a dotted date before the person it tells of",
        "1987. 3. 4. 태어난 신청인은 같은 해 이 주소지로 전입하였다.",
        "1987. 3. 4.",
    ),
    (
        "DATE_OF_BIRTH",
        "a report's past tense",
        "피해자는 1979년 11월 30일 태어났으며 사고 당시 혼자 거주하였다.",
        "1979년 11월 30일",
    ),
]

NOT_FOUND: list[Case] = [
    (
        "DATE_OF_BIRTH",
        "a date an act took effect, followed by another verb",
        "이 법은 1998년 5월 17일 시행되었으며 같은 날 공포되었다.",
        "1998년 5월 17일",
    ),
    (
        "DATE_OF_BIRTH",
        "a date a birth is expected, not one that happened",
        "출산 예정 안내: 2026년 8월 3일 태어날 예정인 아기의 보육 신청은 미리 할 수 있다.",
        "2026년 8월 3일",
    ),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
