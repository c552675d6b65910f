"""Insurance card numbers in a household list of subscribers: '세대주 ○○○ 3-…', '세대원 ○○○ 3-…'. The list
speaks of 지역가입자 or 직장가입자 and the premium, not of 건강보험 by name; the number right after each
member's name is their card (see health_rows). Not in a list that is about no insurance.

Every name and number is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

_HOUSEHOLD = (
    "지역가입자 세대별 현황\n세대주 가나다 3-1045829907\n세대원 라마바 3-1045829915\n월 납부액 52,300원"
)

FOUND: list[Case] = [
    ("KR_HEALTH_INSURANCE", "the householder's number", _HOUSEHOLD, "3-1045829907"),
    ("KR_HEALTH_INSURANCE", "a member's number", _HOUSEHOLD, "3-1045829915"),
]

NOT_FOUND: list[Case] = [
    (
        "KR_HEALTH_INSURANCE",
        "a member list about no insurance",
        "동아리 회원 현황\n회장 가나다 3-1045829907\n회원 라마바 3-1045829915\n회비 월 5,000원",
        "3-1045829915",
    ),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
