"""Health insurance card numbers right after a person's name in a health document's lists, with no
header and no label: a claims review's run-together records (number, name, card, diagnosis code, sum; the
code read by OCR as digits), a screening list's failures, a change notice's numbered lines, a household's
members with the card's 1-10 grouping.

Not after a word that only looks like a name, not in a row that names a bank, not in a text that is not
about health insurance, not a number that goes on after a hyphen.

Every name and number is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

_CLAIMS = "진료비 심사 결과(환자별) — 요양급여 청구분\n07-모하린-51283740921-I10-1,200,000원\n31-함소리-62019384751-M54.5-830,000원\n"
_FAILURES = "검진 결과 전송 실패 내역 (건강검진)\n도예결 41873026519 사유 미확인\n모하린 52918374026 사유 주소불일치\n"
_CHANGES = (
    "수급자 변동 알림 (의료급여)\n가. 함소리 31029384756 — 급여 종별 변경\n나. 도예결 31029384757 — 전출\n"
)
_HOUSEHOLD = "건강보험료 부과 세대 현황\n(세대주) 모하린 7-3019284756\n(세대원) 함소리 7-3019284757\n"

FOUND: list[Case] = [
    ("KR_HEALTH_INSURANCE", "in a claims record run together by hyphens", _CLAIMS, "51283740921"),
    ("KR_HEALTH_INSURANCE", "after a name in a screening failure list", _FAILURES, "52918374026"),
    ("KR_HEALTH_INSURANCE", "after a name in a change notice's line", _CHANGES, "31029384757"),
    ("KR_HEALTH_INSURANCE", "the 1-10 grouping after a household member", _HOUSEHOLD, "7-3019284757"),
]

NOT_FOUND: list[Case] = [
    (
        "KR_HEALTH_INSURANCE",
        "after a dictionary word in a health text",
        "요양급여 심사 내역\n물리치료 41873026519 회차\n",
        "41873026519",
    ),
    (
        "KR_HEALTH_INSURANCE",
        "in a row naming a bank",
        "요양급여 환급 대상\n모하린 41873026519 누리은행 지급\n",
        "41873026519",
    ),
    (
        "KR_HEALTH_INSURANCE",
        "after a name in a text not about health",
        "택배 반품 접수 목록\n모하린 41873026519 반품완료\n",
        "41873026519",
    ),
    (
        "KR_HEALTH_INSURANCE",
        "a longer number after a hyphen",
        "요양급여 심사 내역\n12-모하린-41873026519-2-800,000원\n",
        "41873026519",
    ),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
