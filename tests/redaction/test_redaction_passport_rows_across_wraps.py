"""A foreign passport in a table row whose foreigner registration number the converter wrapped over two
lines ('…-⏎6…'): the row read with the wrap mended gives the passport its context, though the passport
itself was not broken. Every value is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

_WRAPPED_ROW = (
    "연번 | 성명 | 구분 | 번호\n1 | 라마 수닐 | 신규 | 910305-\n6217408 | HX4075162\n2 | 다와 펨바 | 연장 |"
)
_WRAPPED_CSV = "1,BATAA ODGEREL,재입국,870219-5\n704113,KR3850716\n2,SAIKHAN TUYA,신규,"

FOUND: list[Case] = [
    ("KR_PASSPORT", "after a foreigner's number wrapped in a '|' row", _WRAPPED_ROW, "HX4075162"),
    ("KR_PASSPORT", "after a foreigner's number wrapped in an export's row", _WRAPPED_CSV, "KR3850716"),
]

NOT_FOUND: list[Case] = [
    (
        "KR_PASSPORT",
        "a code after a resident's own number (a Korean's: no foreigner in the row)",
        "1 | 가나다 | 신규 | 910305-\n1217408 | HX4075162",
        "HX4075162",
    ),
    (
        "KR_PASSPORT",
        "a code in a wrapped row that holds no registration number",
        "1 | 부품 | 입고 | 20250304-\n0017 | HX4075162",
        "HX4075162",
    ),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
