"""Classes the sealed_ab set (first score: label 0.949, 5 of 105 withheld routed in) showed, each written
here afresh: a 대외비 stamp with its protection period run onto the last sentence of a long report or
wrapped in a narrow text box, a person confirmed with an infectious disease (health data of a named
person: withheld), '부분공개(제6호)' under an approval table's 공개구분 column, a stray OCR full stop inside a
sentence, a police rank before a name that begins with the syllable of a discipline word, and a form shown
filled in as an example. Names, numbers and bodies are invented."""

from __future__ import annotations

import pytest
from shared_core import classify_text

BODY = "\n".join(f"· 점검 항목 {n}에 대한 조치 계획을 수립하여 분기마다 보고한다." for n in range(1, 30))


def test_a_period_stamp_closing_the_last_sentence_is_a_marking() -> None:
    text = (
        f"청사 방호 체계 개선 보고\n{BODY}\n· 향후 일정은 별도로 통보한다. 대외비(보호기간: 2031. 4. 30.까지)"
    )
    sens = classify_text(text)
    assert sens.marking == "대외비" and sens.disclosure == "non_public"


def test_a_period_stamp_wrapped_in_a_text_box_is_a_marking() -> None:
    text = "감사 착수 계획\n2025. 6. 2. 감사담당관\n○ 감사반 편성: 4명\n대외비(보호기간: 2031.\n4. 30.까지)"
    assert classify_text(text).marking == "대외비"


def test_a_table_showing_how_to_mark_stays_a_mention() -> None:
    text = (
        "보안 문서 표시 안내\n1. 표시 방법\n구분 | 위치 | 표시\n"
        "대외비 | 첫 면 위쪽 | 대외비 (보호기간: 2031. 4. 30.까지)\n2. 문의: 보안담당관"
    )
    sens = classify_text(text)
    assert sens.marking == "none" and sens.disclosure == "public"


@pytest.mark.parametrize(
    "text",
    [
        "제2급 감염병 확진자 역학조사 결과\n확진자: 도하람(61세), 직업 농업\n동선: ○○의원 → 귀가\n가람군 보건소",
        "의심환자 발생 보고\n환자: 나래온(8세)\n증상: 발열\n가람시 보건소",
    ],
)
def test_a_named_person_with_an_infection_is_withheld(text: str) -> None:
    sens = classify_text(text)
    assert sens.disclosure == "non_public" and "PIPA-23" in sens.reasons, sens.reasons


def test_an_outbreak_notice_without_a_person_stays_public() -> None:
    text = "관내 확진자 발생 현황 안내\n1. 이번 주 확진자는 12명으로 지난주보다 줄었습니다.\n2. 손 씻기를 생활화합시다."
    assert classify_text(text).disclosure == "public"


def test_items_written_as_items_under_the_field_column() -> None:
    text = (
        "담당\t팀장\t과장\t공개구분\n나래온\t도하람\t전결 가온솔\t부분공개(제6호)\n"
        "긴급 지원 결정\n1. 지원 내용: 생계비\n가람군 복지정책과"
    )
    sens = classify_text(text)
    assert sens.disclosure == "partial" and sens.reasons == ["OIDA-9-1-6"]


def test_a_stray_ocr_stop_does_not_break_a_cited_sentence() -> None:
    text = (
        "하천 정비 결과 알림\n1. 요청하신 자료 중 토지 소유자 성명과 . 연락처는 「공공기관의 정보공개에 관한 법률」 "
        "제9조 제1항 제6호에 해당하여 해당 부분을 제외하고 공개합니다."
    )
    assert classify_text(text).disclosure == "partial"


def test_a_police_rank_before_a_name_is_no_discipline() -> None:
    text = (
        "보 도 자 료\n전화금융사기 예방 캠페인 실시\n가람경찰서는 은행과 함께 예방 캠페인을 벌인다.\n"
        "담당 부서\t수사과\t책임자\t과장 도하람\t031-000-0000\n\t\t담당자\t경감 봉나래\t031-000-0001"
    )
    assert classify_text(text).disclosure == "public"


@pytest.mark.parametrize("sep", ["\t", " | "])
def test_a_form_filled_in_as_an_example_has_nobodys_birth_date(sep: str) -> None:
    rows = [
        ("성명", "홍길동"),
        ("생년월일", "1990. 1. 1."),
        ("주민등록번호", "000000-0000000"),
        ("연락처", "010-0000-0000"),
    ]
    text = "[작성 예시] 개인정보 수집·이용 동의서\n" + "\n".join(f"{a}{sep}{b}" for a, b in rows)
    text += "\n※ 위 내용은 작성 예시입니다.\n가람군 민원과"
    assert classify_text(text).disclosure == "public"


def test_a_table_bar_before_a_numeral_is_no_third_stroke() -> None:
    """After the single score of sealed_ac: a 보안등급 cell drawn with box characters ('│Ⅱ 급 비 밀') keeps
    its level; a run of bars alone is still OCR's numeral ('|||급비밀')."""
    boxed = "┌──┬──┐\n│보안등급│Ⅱ 급 비 밀│생산│보안팀│\n└──┴──┘\n협조 계획\n1. 목적"
    assert classify_text(boxed).marking == "II급"
    assert classify_text("|||급비밀\n방호 계획\n1. 목적").marking == "III급"
