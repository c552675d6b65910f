"""Classes the sealed_ar set (first score at e169ad6: disclosure 0.831, 7 of 89 withheld routed in) showed:
a speckled scan whose OCR text names a marking the stamp rules cannot confirm is held for review; a
promotion deliberation's candidates with their ratings are withheld; a firm's people named in a finding,
a list of business representatives beside their home addresses, and a form cell holding '성명 ○○○' are
personal data. Values invented."""

from __future__ import annotations

import pytest
from shared_core import classify_document, classify_text

from gongmun.schemas import Block, Document, Provenance


def _scan(*lines: str, source: str = "ocr") -> Document:
    doc = Document(
        "0" * 64,
        Provenance("scan.pdf", "0" * 64, 1, "pdf"),
        blocks=[Block("paragraph", text=line, attrs={"source": source} if source else {}) for line in lines],
    )
    doc.quality["ocr_confidence"] = 0.76
    return doc


@pytest.mark.parametrize(
    "stamp",
    [
        "ㆍ 이 ~ 가 -대외비 , 0 나 ! 。",  # specks read as letters round the stamp
        "라 。 ∼ Ⅱ급 비멸 ' . 0",  # the stamp's syllable misread
        "ㅣ 0 오 2029. 6. 30.한대외비 | 이",
    ],
)
def test_a_scan_naming_a_marking_the_rules_cannot_confirm_is_held(stamp: str) -> None:
    sens = classify_document(_scan(stamp, "배수지 순찰 경로 검토 보고", "1. 순찰 주기를 조정한다."))
    assert "review.scanned_marking_word" in sens.review


def test_a_born_digital_mention_of_a_marking_is_not_held() -> None:
    doc = _scan("문서 관리 요령", "대외비로 분류된 서류는 퇴근 전 금고에 넣는다.", source="")
    assert "review.scanned_marking_word" not in classify_document(doc).review


def test_a_scan_about_passwords_is_not_held() -> None:
    doc = _scan("비밀번호 변경 안내", "3개월마다 비밀번호를 바꿔 주십시오.")
    assert "review.scanned_marking_word" not in classify_document(doc).review


def test_a_promotion_meetings_candidates_and_ratings_are_withheld() -> None:
    text = (
        "개최일: 4월 2일\n안건: 6급 승진 심의\n위원 5명이 근평 순위표를 검토함.\n"
        "후보자\t근평 순위\t비고\n탁무열\t2\t장기 교육 중\n봉하진\t5\t감봉 전력"
    )
    sens = classify_text(text)
    assert sens.disclosure == "non_public" and "OIDA-9-1-6" in sens.reasons


def test_a_firms_people_named_in_an_audit_finding_are_personal_data() -> None:
    text = (
        "민간위탁 사무 점검 결과\n가. 지적 사항\n수탁기관 ㈜솔담에코의 대표이사 편도원과 직원 탁서진이 "
        "위탁금 일부를 개인 용도로 썼음이 확인됨."
    )
    sens = classify_text(text)
    assert sens.disclosure == "partial" and sens.reasons == ["OIDA-9-1-6"]


def test_representatives_beside_their_home_addresses_are_a_roster() -> None:
    text = (
        "공중위생 점검 결과\n| 상호 | 대표자 | 대표자 연락처 | 조치 |\n"
        "| 솔빛이용원 | 모하람 | 010-3921-4480 | 개선 명령 |"
    )
    assert "OIDA-9-1-6" in classify_text(text).reasons


def test_representatives_of_firms_alone_are_no_roster() -> None:
    text = "입찰 참가 업체 현황\n| 업체명 | 대표자 | 소재지 |\n| 솔빛건설(주) | 모하람 | 가람시 |"
    assert "OIDA-9-1-6" not in classify_text(text).reasons


def test_a_cell_holding_the_label_and_the_name_names_the_disciplined() -> None:
    text = "징계 등 의결서\n| 혐의자 | 가람구 세무과 | 성명 탁무열 |\n의결 내용: 감봉 1월"
    sens = classify_text(text)
    assert sens.disclosure == "non_public" and "OIDA-9-1-6" in sens.reasons
