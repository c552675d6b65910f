"""Names the rules left beside others: the rest of a line that lists people and nothing else (minutes'
attendance lines, a committee's members with a head count), a one-syllable given name that is a title's
whole value, and a caller who gives a name spelled letter by letter or a foreign name in two words. And
what stays unnamed: offices' titles on such a line, a line with a date among its names, a spaced word read
as a title and a particle, a caller's occupation. Every value is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

FOUND: list[Case] = [
    (
        "PERSON",
        "name that is no common name, on an attendance line of names",
        "출석위원(5인)\n  탁유건  옹다겸  지혜란  봉하준  모해찬\n출석 공무원",
        "지혜란",
    ),
    (
        "PERSON",
        "member on a committee line with a head count, two names apart by one space",
        "- 위원 탁유건 옹다겸, 지혜란, 봉미르 (이상 4명)",
        "지혜란",
    ),
    (
        "PERSON",
        "one-syllable given name after a lawyer's title",
        "피고인의 변호인  법무법인 가온 변호사 옹겸(사선)",
        "옹겸",
    ),
    (
        "PERSON",
        "one-syllable given name ending a report's line",
        "현장 출동: 다온지구대 경사 옹겸\n도착 시각 14:20",
        "옹겸",
    ),
    (
        "PERSON",
        "caller spelling a name letter by letter",
        "민원인: 아 네, 저는 탁 유 건인데요, 주차 요금 문의드려요",
        "탁 유 건",
    ),
    (
        "PERSON",
        "caller giving a foreign name in two words",
        "신청인: 저는 쿠마르 라훌이라고 합니다. 체류 기간 연장 건으로요",
        "쿠마르 라훌",
    ),
]

NOT_FOUND: list[Case] = [
    (
        "PERSON",
        "office titles beside names on a line",
        "출석 공무원\n  복지국장 탁유건  예산과장 옹다겸",
        "예산과장",
    ),
    (
        "PERSON",
        "a line with a date among its names is no roster",
        "접수 명단\n  탁유건  옹다겸  지혜란  2026. 3. 4.",
        "지혜란",
    ),
    (
        "PERSON",
        "a line with a word among its names is no roster",
        "출장 명단\n  탁유건  옹다겸  지혜란  출장",
        "지혜란",
    ),
    ("PERSON", "a spaced word read as a title and a particle", "피고 인은 2025. 1. 22. 피해자에게", "인은"),
    (
        "PERSON",
        "a caller's occupation in two words",
        "민원인: 저는 개인 사업자인데요, 부가세 신고 문의요.",
        "개인 사업자",
    ),
    (
        "PERSON",
        "a caller's neighbourhood",
        "주민: 네, 저는 이 동네 주민인데요 밤마다 소음이 있어서요",
        "이 동네 주민",
    ),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
