"""Local governments a place list does not know, shown to be places by the text: '○○시' beside '○○시장', '○○군'
beside '○○군수'. A name that only ends like one stays a person's. Every value is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

FOUND: list[Case] = [
    (
        "PERSON",
        "a name ending in 시 before an official's title, no office of that name",
        "이날 현장에는 추은시 복지정책관과 옹서담 주무관이 함께했다.",
        "추은시",
    ),
    ("PERSON", "a name ending in 시 before a particle", "자녀는 상담교사 추은시 선생님과 연계함.", "추은시"),
]

NOT_FOUND: list[Case] = [
    (
        "PERSON",
        "a city as a lessor, its mayor's seal below",
        "임대인  솔빛시 (담당 회계과)\n솔빛시장 (인)",
        "솔빛시",
    ),
    (
        "PERSON",
        "a county as a lessee, its head's seal below",
        "임차인  새들군 (소관: 회계과)\n새들군수 (인)",
        "새들군",
    ),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
