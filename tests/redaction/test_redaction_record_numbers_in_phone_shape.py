"""Record numbers in a landline's shape with a year as the middle group, after the label of an issue, a
notice, a customer record or a system's code, are the record's, not a telephone; an official's line and the mobile a cash receipt is issued to stay
found (guards).

Every number is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

FOUND: list[Case] = [
    ("PHONE_NUMBER", "an official's direct line", "담당 주무관 02-2198-3374", "02-2198-3374"),
    (
        "PHONE_NUMBER",
        "a mobile a cash receipt is issued to",
        "현금영수증 발급 번호: 010-6247-3189",
        "010-6247-3189",
    ),
]

NOT_FOUND: list[Case] = [
    ("PHONE_NUMBER", "an issue number", "증명서 발급번호 031-2022-7415  발급일 2024. 3. 2.", "031-2022-7415"),
    ("PHONE_NUMBER", "a notice's number", "납부 고지서 번호 02-2023-5168 을 확인하세요", "02-2023-5168"),
    ("PHONE_NUMBER", "a customer number", "고객번호 053-2020-8813  가입일 2020. 1. 6.", "053-2020-8813"),
    ("PHONE_NUMBER", "a system's error code", "[ERROR] request failed (code 042-2024-1190)", "042-2024-1190"),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
