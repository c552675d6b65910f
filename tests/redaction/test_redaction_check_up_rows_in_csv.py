"""A health check-up list exported as CSV without a header: a date right after the person's eleven-digit
insurance card number is their birth date; the same shape in a list of goods is not.

Every name and number is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

_CHECK_UPS = "<2025 건강검진 대상자>\n8,하민결,27315165551,19620411,확인\n9,도윤재,85319956682,770512,-"

FOUND: list[Case] = [
    ("DATE_OF_BIRTH", "an eight-digit date after the card", _CHECK_UPS, "19620411"),
    ("DATE_OF_BIRTH", "a six-digit date after the card", _CHECK_UPS, "770512"),
]

NOT_FOUND: list[Case] = [
    ("DATE_OF_BIRTH", "a list of goods", "<물품 목록>\n8,볼트,27315165551,19620411,확인", "19620411"),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
