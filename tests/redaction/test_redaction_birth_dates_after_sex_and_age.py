"""A birth date in the bracket after a person's name, sex and age ('○○○(여, 만 5세, 2019. 10. 27.)').

Whatever the age — a child's date too — the date the bracket gives after the sex and the age is the
birth; not when the bracket goes on after the date ('… 2024. 9. 13. 참가)') or the age does not fit it.

Every name and date is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

FOUND: list[Case] = [
    (
        "DATE_OF_BIRTH",
        "a child's, after sex and age",
        "신고 접수\n아동 길새봄(여, 만 5세, 2019. 10. 27.)",
        "2019. 10. 27.",
    ),
    (
        "DATE_OF_BIRTH",
        "an adult's, after sex and age",
        "피해자 함소리(남, 61세, 1963. 11. 30.)",
        "1963. 11. 30.",
    ),
]

NOT_FOUND: list[Case] = [
    (
        "DATE_OF_BIRTH",
        "a day the bracket goes on about",
        "참가자 모하린(남, 34세, 2024. 9. 13. 참가)",
        "2024. 9. 13.",
    ),
    ("DATE_OF_BIRTH", "a date the age does not fit", "참가자 모하린(남, 34세, 2024. 9. 13.)", "2024. 9. 13."),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
