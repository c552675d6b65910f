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
    ("a tab after the label", "성명(한글)\t레 반 훙\n국적\t베트남", "레 반 훙"),
    ("a relative with a number after", "가구원: 손녀 나비(120314-4******), 자녀 도전(45)", "나비"),
    ("a party after its particle", "가해 운전자는 탁서준(51) 씨로 확인되었다.", "탁서준"),
    ("a name before a quoting particle", "가해 운전자는 소윤재라고 자신을 소개하였다.", "소윤재"),
    ("a two-syllable name before 씨", "이를 본 경비원 장별 씨가 말렸습니다.", "장별"),
    ("members listed after a role", "참석자: 위원장 윤우람, 위원 배우·김철우, 양철", "배우"),
    ("a foreign name with a long word", "성명(한글)\t올가 페트로바\n국적 러시아", "올가 페트로바"),
    ("a 결재란 column headed 담당", "결재 | 담당 | 팀장 | 과장\n     | 하식은 | 박은서 | 변수식", "하식은"),
    (
        "a headerless personnel row",
        "전보  행정주사  기획예산과   노을\n승진  행정사무관  건축과   한경",
        "노을",
    ),
]


@pytest.mark.parametrize(("case", "text", "name"), NAMED, ids=[n[0] for n in NAMED])
def test_named_field_value_is_a_person(redactor: Redactor, case: str, text: str, name: str) -> None:
    assert name in persons(redactor, text), case


NOT_NAMED = [
    ("omitted", "성명: 생략\n주소: 생략"),
    ("the applicant himself", "대리인: 본인"),
    ("a newsletter sender", "From: 정책홍보 뉴스레터 <news@example.go.kr>"),
    ("a company in a name field", "신청인: 한빛정보기술 (주)"),
    ("a header row after 성명", "연번\t성명\t생년월일\t연락처"),
    ("an office after a rank", "파견  행정사무관   주택과"),
    ("an already hidden person", "담당자 권모 씨는 2024. 3. 5.부터 근무하였다."),
]


@pytest.mark.parametrize(("case", "text"), NOT_NAMED, ids=[n[0] for n in NOT_NAMED])
def test_field_without_a_name(redactor: Redactor, case: str, text: str) -> None:
    assert persons(redactor, text) == [], case
