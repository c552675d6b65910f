"""Health insurance card numbers right after a person's name in a health document's lists, with no
header and no label: a claims review's run-together records ('순번-성명-증번호-상병코드-금액', its code
read by OCR as digits), a screening centre's error file, a status notice's numbered lines, a household's
members with the card's 1-10 grouping.

Not after a word that only looks like a name, not in a row that names a bank, not in a text that is not
about health insurance, not a number that goes on after a hyphen.

Every name and number is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

_CLAIMS = "가람의원 요양급여비용 심사 조정 내역(수진자별)\n12-모하린-51283740921-I10-1,200,000원\n48-함소리-62019384751-M54.5-830,000원\n"
_ERRORS = (
    "[검진기관 전송 파일 오류 목록]\n도예결 41873026519 오류: 자격상실\n모하린 52918374026 오류: 주소불일치\n"
)
_STATUS = "의료급여 자격 변동 통보\n① 함소리  31029384756  1종 → 2종\n② 도예결  31029384757  자격 상실\n"
_HOUSEHOLD = "건강보험 지역가입자 세대 구성\n세대주 모하린 5-2019384751\n세대원 함소리 5-2019384752\n"

FOUND: list[Case] = [
    ("KR_HEALTH_INSURANCE", "in a claims record run together by hyphens", _CLAIMS, "51283740921"),
    ("KR_HEALTH_INSURANCE", "after a name in a screening error file", _ERRORS, "52918374026"),
    ("KR_HEALTH_INSURANCE", "after a name in a status notice's line", _STATUS, "31029384757"),
    ("KR_HEALTH_INSURANCE", "the 1-10 grouping after a household member", _HOUSEHOLD, "5-2019384752"),
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
