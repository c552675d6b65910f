"""Cards in a scanned refund ledger: a table's bar read as the digit 1 and glued to the number, and
Diners Club's fourteen bare digits where the word 카드 stands further up the text.

- '|○○○|5361-…-2759|' scanned as '○○○15361-…-27591': the groups without the glued 1 pass the Luhn check
  and open with an issuer's digits; the card is the four groups. Not in a text that never speaks of cards.
- Diners Club's fourteen digits run together in a list of a text about cards, the list's rows far below
  the title; not after an account's word.

Every name and number is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

_LEDGER = (
    "결제 취소 환불 목록 (카드)\n|이름 | 카드 | 금액|\n"
    "|가나다15361-7204-9183-27591 48,000원|\n"
    "|라마바 4716-3059-2817-40691 12,500원|\n"
)
_NOT_CARDS = "자재 입고 대장\n|품목 | 관리번호 |\n|철근15361-7204-9183-27591 48|\n"
_DINERS_LIST = (
    "수강료 카드결제 취소 대상 (2026. 3. 2.)\n\n※ 취소 금액은 다음 달 청구분에서 차감됩니다.\n\n"
    "1) 도예결 / 4716305928174069 / 14,300원\n2) 모하린 / 36281749053165 / 9,800원\n"
)

FOUND: list[Case] = [
    ("CREDIT_CARD", "a bar read as 1 on both sides", _LEDGER, "5361-7204-9183-2759"),
    ("CREDIT_CARD", "a bar read as 1 after the last group", _LEDGER, "4716-3059-2817-4069"),
    ("CREDIT_CARD", "Diners Club's fourteen digits far below the card word", _DINERS_LIST, "36281749053165"),
]

NOT_FOUND: list[Case] = [
    ("CREDIT_CARD", "glued digits in a text that never speaks of cards", _NOT_CARDS, "5361-7204-9183-2759"),
    (
        "CREDIT_CARD",
        "fourteen digits after an account's word in a card text",
        "카드 대금 연체 안내\n\n\n\n상환 계좌 36281749053165",
        "36281749053165",
    ),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
