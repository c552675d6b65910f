"""Accounts and passports whose frame is a neighbour the recognizers did not read.

- A bank's short name in brackets right after the number ('…(우리)', '…(농협)', '…(국민)'), as contracts and
  correction notes write it; 미래에셋 as a firm's short name before the number.
- A securities account of seven digits and two, or seven, two and one, after the firm's name.
- A foreign passport right after a Latin name in a text about passports (a family's list: '배우자 ○○ ○○
  E…, 자녀 ○○ ○○ E…'); not after a Latin name in a text that never speaks of passports.

Every name and number is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

_FAMILY = "체류 연장 신청 서류\n- 여권 사본: 신청인 Wang Lei G30517284\n- 동반 가족: 배우자 Chen Hua EK5038216, 자녀 Wang Yu EK5038217\n"

FOUND: list[Case] = [
    (
        "KR_BANK_ACCOUNT",
        "the bank's short name in brackets after",
        "임금은 본인 명의 1002-331-507218(우리)로 지급",
        "1002-331-507218",
    ),
    (
        "KR_BANK_ACCOUNT",
        "a cooperative's name in brackets after",
        "기존 302 1188 4471 21(농협)\n",
        "302 1188 4471 21",
    ),
    (
        "KR_BANK_ACCOUNT",
        "after 미래에셋",
        "환급 대상: 모하린 미래에셋 521-4482-1190 / 함소리 가나증권 81192284-01",
        "521-4482-1190",
    ),
    ("KR_BANK_ACCOUNT", "seven and two after a securities firm", "가나증권 5281734-61\n", "5281734-61"),
    (
        "KR_BANK_ACCOUNT",
        "seven, two and one after a securities firm",
        "가나증권 6120937-01-3 /",
        "6120937-01-3",
    ),
    ("KR_PASSPORT", "after a spouse's Latin name", _FAMILY, "EK5038216"),
    ("KR_PASSPORT", "after a child's Latin name", _FAMILY, "EK5038217"),
]

NOT_FOUND: list[Case] = [
    (
        "KR_PASSPORT",
        "after a Latin name in a text that never speaks of passports",
        "제품 문의: Wang Lei EK5038216 모델의 보증 기간",
        "EK5038216",
    ),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
