"""A letter's writer before 드림, a tour guide's name after 가이드:, the speakers a
transcript heads in square brackets, a Latin name with an apostrophe in a row, and a Latin name before a
job's abbreviation (PM) are persons; a bracketed note heading each line is not, nor a firm that heads its
text messages so.

Every name is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

FOUND: list[Case] = [
    (
        "PERSON",
        "a letter's writer before 드림",
        "자료를 첨부합니다.\n(주)한빛측량 한우리 드림 / 02-3456-7890",
        "한우리",
    ),
    ("PERSON", "a tour guide", "단체 관광 배정표\n가이드: 응우옌반팜 (자격번호 제2020-0311호)", "응우옌반팜"),
    (
        "PERSON",
        "a transcript's bracketed speakers",
        "[조 동 욱] 개회하겠습니다.\n[주혁] 안건을 보고드리겠습니다.\n[조 동 욱] 질의하십시오.",
        "주혁",
    ),
    ("PERSON", "an apostrophe in a Latin name", "방과후 | Sean O'Malley | 010-4183-2675", "Sean O'Malley"),
    (
        "PERSON",
        "a Latin name before PM",
        "참석: (주)다온엔지니어링 Derek Holt PM, 오채윤 책임",
        "Derek Holt",
    ),
]

NOT_FOUND: list[Case] = [
    (
        "PERSON",
        "firms heading text messages in brackets",
        "[누리택배] 상품이 출발했습니다.\n[새봄카드] 승인 12,000원 일시불",
        "누리택배",
    ),
    (
        "PERSON",
        "bracketed notes heading lines",
        "[참고] 관련 법령을 확인하세요.\n[별첨] 서식을 작성하세요.",
        "참고",
    ),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
