"""Card numbers with no label in their row: Mastercard's 2-series and Diners Club's fourteen bare digits.

- A Luhn-valid sixteen-digit number opening 2221-2720 (Mastercard's 2-series) after a name in a
  headerless list: the issuer's prefix makes it a card, as it does for 51-55.
- Diners Club's fourteen digits written bare, Luhn-valid, in a text about card payments.
- Not the same fourteen digits after an account's label: bare, they are as often an account.

Every name and number is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

_HOLDERS = "카드 지정 현황\n모하린 4111111111111111 62,500\n함소리 2305177493028611 9,100\n"
_REFUNDS = "수강료 카드결제 취소 대상\n1) 도예결 / 36215488071939 / 14,300원 / 승인번호 50271184"

FOUND: list[Case] = [
    ("CREDIT_CARD", "a 2-series Mastercard after a name", _HOLDERS, "2305177493028611"),
    ("CREDIT_CARD", "Diners Club's fourteen bare digits in a card text", _REFUNDS, "36215488071939"),
]

NOT_FOUND: list[Case] = [
    (
        "CREDIT_CARD",
        "fourteen bare digits after an account's label",
        "환급 계좌 36215488071939",
        "36215488071939",
    ),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
