"""A birth date as a Korean passport's data page writes it: the day, the month in Korean and in English
letters with a slash between, the year, spaced or wrapped ('14 09월/ SEP 1987', '07 03월/MAR⏎1979').

Every name and date is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

FOUND: list[Case] = [
    (
        "DATE_OF_BIRTH",
        "a space after the slash",
        "한글성명 가나다\n생년월일/Date of birth 14 09월/ SEP 1987\n성별/Sex F",
        "14 09월/ SEP 1987",
    ),
    (
        "DATE_OF_BIRTH",
        "the year wrapped to the next line",
        "한글성명 가나다\n생년월일/Date of birth 07 03월/MAR\n1979\n성별/Sex M",
        "07 03월/MAR\n1979",
    ),
]

NOT_FOUND: list[Case] = [
    (
        "DATE_OF_BIRTH",
        "the passport's date of issue",
        "생년월일/Date of birth 07 03월/MAR 1979\n발급일/Date of issue 12 05월/ MAY 2021\n",
        "12 05월/ MAY 2021",
    ),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
