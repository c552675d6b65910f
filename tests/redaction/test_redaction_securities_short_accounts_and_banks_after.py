"""Securities firms' eight-digit accounts, and a bank named one space after the number.

- A securities firm's account may run eight digits ('○○○○-○○○○', '○○○○○○○○'): an account only where the
  firm's name is the field right before or after it; eight digits beside a bank's name, or a date's, are not.
- A payee line that names the bank one space after the number, before the sum paid into it
  ('… → 123-45-678901 ○○은행 1,000,000원').

Every number is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

_SUBSIDIES = (
    "보조금 지급 결정\n"
    "· 새벽공방 (대표 ○○○, 318-27-55019) → 9052-47-310862 광주은행 1,380,000원\n"
    "· 이음서점 (대표 ○○○, 205-61-88134) → 8820 4613 5702 하나증권 960,000원\n"
)

FOUND: list[Case] = [
    ("KR_BANK_ACCOUNT", "4-4 before the firm", "수당 지급\n○○○  6608-2917  대신증권\n", "6608-2917"),
    (
        "KR_BANK_ACCOUNT",
        "eight bare digits before the firm in brackets",
        "정산 계좌를 47219035(대신증권)로 변경",
        "47219035",
    ),
    ("KR_BANK_ACCOUNT", "after the firm's label", "입금: 신영증권 30917725\n", "30917725"),
    ("KR_BANK_ACCOUNT", "a bank one space after, then the sum", _SUBSIDIES, "9052-47-310862"),
    ("KR_BANK_ACCOUNT", "spaced groups, a securities firm after", _SUBSIDIES, "8820 4613 5702"),
]

NOT_FOUND: list[Case] = [
    ("KR_BANK_ACCOUNT", "eight digits beside a bank", "접수 47219035 국민은행 창구\n", "47219035"),
    ("KR_BANK_ACCOUNT", "a date's eight digits", "기준일 20260315 대신증권 공시\n", "20260315"),
    (
        "KR_BANK_ACCOUNT",
        "a business number before a bank's name",
        "(대표 ○○○, 318-27-55019 광주은행 거래처)",
        "318-27-55019",
    ),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
