"""Numbered list items that give a foreigner's name, a comma, then the nationality: '2) ○ ○ ○, 베트남, …'.

A Hangul transcription of any length (a one-syllable first word too) or Latin words before the country
are the person's name; a Korean name alone there is left to the name rules.

Every name and number is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

_LIST = (
    "방문교육 대상자\n"
    "1) 응 반 투안, 베트남, 외국인등록번호 ○○○○○○-○○○○○○○\n"
    "2) 나르기자 토히로바, 우즈베키스탄, 외국인등록번호 ○○○○○○-○○○○○○○\n"
)

FOUND: list[Case] = [
    ("PERSON", "a name opening with a one-syllable word", _LIST, "응 반 투안"),
    ("PERSON", "a two-word transcription", _LIST, "나르기자 토히로바"),
]

NOT_FOUND: list[Case] = [
    ("PERSON", "the nationality itself", _LIST, "베트남"),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
