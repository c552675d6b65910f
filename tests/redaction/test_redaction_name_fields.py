"""A field or a role that says a name stands there: the value is a person even when it is also a word.

Korean given names are often words (장미, 노을, 한결, 강산); a field label with a colon, or a role
with the name in brackets, settles it. What fields hold instead of names (생략, 본인) is not a person.
Names are invented for this file.
"""

from __future__ import annotations

import pytest

from gongmun.redaction import Redactor


def persons(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.analyze_text(text) if s.entity_type == "PERSON"]


NAMED = [
    ("complainant field", "접수번호: 2025-118\n민원인: 강산\n연락처: 010-2231-0947", "강산"),
    ("name field, word name", "임차인(을)\n  성명: 노을\n  주소: 경기도 파주시 문발로 12", "노을"),
    ("secretary in brackets", "[간사 장미] 제1호 안건을 보고드립니다.", "장미"),
    ("chair in parentheses", "○ 위원장(한결): 결론을 다음 회의에서 내겠습니다.", "한결"),
    ("foreign name in Hangul", "대상자: 부이 티 란\n국적: 베트남", "부이 티 란"),
]


@pytest.mark.parametrize(("case", "text", "name"), NAMED, ids=[n[0] for n in NAMED])
def test_named_field_value_is_a_person(redactor: Redactor, case: str, text: str, name: str) -> None:
    assert name in persons(redactor, text), case


NOT_NAMED = [
    ("omitted", "성명: 생략\n주소: 생략"),
    ("the applicant himself", "대리인: 본인"),
    ("a newsletter sender", "From: 정책홍보 뉴스레터 <news@example.go.kr>"),
    ("a company in a name field", "신청인: 한빛정보기술 (주)"),
]


@pytest.mark.parametrize(("case", "text"), NOT_NAMED, ids=[n[0] for n in NOT_NAMED])
def test_field_without_a_name(redactor: Redactor, case: str, text: str) -> None:
    assert persons(redactor, text) == [], case
