"""Insurance card numbers in a regional subscriber's household list: '세대주 ○○○ 5-…', '세대원 ○○○ 5-…'. The
list speaks of 지역가입자 (or 직장가입자) and the premium, not of 건강보험 by name; the number right after each
member's name is their card (see health_rows). Not in a list that is about no insurance.

Every name and number is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

_HOUSEHOLD = (
    "지역가입자 세대 구성\n세대주 가나다 5-2011047711\n세대원 라마바 5-2011047712\n보험료 월 18,000원"
)

FOUND: list[Case] = [
    ("KR_HEALTH_INSURANCE", "the householder's number", _HOUSEHOLD, "5-2011047711"),
    ("KR_HEALTH_INSURANCE", "a member's number", _HOUSEHOLD, "5-2011047712"),
]

NOT_FOUND: list[Case] = [
    (
        "KR_HEALTH_INSURANCE",
        "a member list about no insurance",
        "동아리 회원 구성\n회장 가나다 5-2011047711\n회원 라마바 5-2011047712\n회비 월 18,000원",
        "5-2011047712",
    ),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
