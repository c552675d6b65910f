"""A name a scan wrapped after its surname ('모⏎하린'), on the line after a row that ends in a Hangul
syllable of its own ('…65,000원'): the row's last syllable and the surname looked like a wrapped pair
themselves, and the name behind it was never tried. Every name and number is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

_CARD_ROWS = (
    "카드 결제 취소 목록\n"
    "가나다  4111 7962-1290-7940  신한카드  승인 95006573  65,000원\n"
    "모\n하린  9460-1710-7122-3187  삼성카드  승인 12345678\n"
)

FOUND: list[Case] = [
    ("PERSON", "surname wrapped under a row ending in 원", _CARD_ROWS, "모\n하린"),
]

NOT_FOUND: list[Case] = [
    ("PERSON", "a word wrapped under the same row", _CARD_ROWS.replace("모\n하린", "합\n계"), "합\n계"),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
