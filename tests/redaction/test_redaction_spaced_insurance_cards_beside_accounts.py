"""An insurance card's eleven digits grouped by spaces (4-4-3, 4-7) in a payee's row are the card, not
the account: under a column headed as the card's, or where a bank's cell follows the number with the
account after it. The account after the bank stays an account; a payee list's spaced account with no
bank after it stays one too.

Every name and number is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

_HEADERLESS = (
    "긴급복지 생계지원금 지급 명단\n"
    "1    모하린   540316-2******   대구 북구 신리동 1225-59      3440 6559 486   카카오    3355-75-6427164   360,000원\n"
    "2    함소리   620101-1******   대구 북구 산격동 12-3      1765 2796 814   누리은행    8721-537-179316   360,000원\n"
)
_HEADED = (
    "가구원 현황\n관계    성명    주민등록번호    건강보험증번호\n본인    모하린    390915-1194426    7204 5006476\n\n"
    "급여 수령 계좌: 누리은행 462-813-98934\n"
)
_PAYEES = "장학금 지급 명단\n1 | 모하린 | 010-2345-6789 | 9924 6411507 | 500,000원\n"

FOUND: list[Case] = [
    ("KR_HEALTH_INSURANCE", "4-4-3 before a bank's cell and its account", _HEADERLESS, "3440 6559 486"),
    ("KR_BANK_ACCOUNT", "the account after the bank's cell", _HEADERLESS, "3355-75-6427164"),
    ("KR_HEALTH_INSURANCE", "4-7 under the card's header", _HEADED, "7204 5006476"),
    ("KR_BANK_ACCOUNT", "a payee's spaced account with no bank after it", _PAYEES, "9924 6411507"),
]

NOT_FOUND: list[Case] = [
    ("KR_BANK_ACCOUNT", "the card's 4-4-3 before the bank's cell", _HEADERLESS, "3440 6559 486"),
    ("KR_BANK_ACCOUNT", "the card's 4-7 under its header", _HEADED, "7204 5006476"),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
