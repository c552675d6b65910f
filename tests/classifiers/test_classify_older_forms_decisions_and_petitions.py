"""Classes the sealed_ad set (first score: label 0.921, 9 of 118 withheld routed in) showed, each written
here afresh: a 공개구분 field sharing its line with the document number; a tick inside an option's brackets;
items cited under the former act's article (제7조 제1항); a review's decision citing the item it rests on;
a part kept apart ('별도 관리'); an investigation still running as the ground for a withheld attachment; a
petition as filed; an audit's list of the staff it holds responsible; a draft before the decision; stamps
framed by the middle dot older documents use; a public corporation's rank before a name. Names, numbers and
bodies are invented."""

from __future__ import annotations

import pytest
from shared_core import classify_text

LONG = "\n".join(f"{n}. 수질 개선 사업의 추진 상황을 점검하였다." for n in range(1, 25))


def test_a_field_after_the_document_number_on_its_line() -> None:
    text = (
        f"수질 관리 보고\n{LONG}\n작성: 총무과\n문서번호 수질-789 공개구분 비공개(제9조 제1항 제5호)\n- 2 -"
    )
    sens = classify_text(text)
    assert sens.disclosure == "non_public" and sens.reasons == ["OIDA-9-1-5"]


def test_a_tick_inside_the_options_brackets() -> None:
    text = "회의 결과 보고\n제목\t가로수 정비 의견 수렴 결과\n공개 구분\t( )공개 ( ○ )부분공개 ( )비공개\n1. 처리 결과"
    assert classify_text(text).disclosure == "partial"


def test_items_under_the_former_acts_article() -> None:
    text = "업무보고서\n공개 구분\t( )공개 ( ○ )부분공개(제7조 제1항 제6호) ( )비공개\n1. 처리 결과"
    sens = classify_text(text)
    assert sens.disclosure == "partial" and sens.reasons == ["OIDA-9-1-6"]


@pytest.mark.parametrize(
    ("sentence", "level", "reason"),
    [
        (
            "도로 노선안은 9조 1항 8호에 해당하여 공개하지 않기로 하였다.",
            "non_public",
            "OIDA-9-1-8",
        ),
        (
            "정수장 설비 도면은 제9조제1항 제3호를 근거로 비공개한다.",
            "non_public",
            "OIDA-9-1-3",
        ),
        (
            "납품 단가는 법 제9조 제1항 제7호에 해당되어 제외하고 공개함.",
            "partial",
            "OIDA-9-1-7",
        ),
    ],
)
def test_a_reviews_decision_and_its_item(sentence: str, level: str, reason: str) -> None:
    text = f"자료 공개 여부 검토\n가람시 총무과 2020. 3. 2.\n1. 개요\n  관리 방침을 정하려 검토함.\n2. 검토 의견\n  {sentence}"
    sens = classify_text(text)
    assert (sens.disclosure, sens.reasons) == (level, [reason])


def test_a_guides_rule_decides_nothing() -> None:
    text = "정보공개 업무 안내\n1. 제9조 제1항 제5호에 해당하는 경우 비공개할 수 있다.\n2. 문의: 총무과"
    assert classify_text(text).disclosure == "public"


def test_a_part_withheld_under_an_item_stays_partial() -> None:
    text = "납품 계약 결과\n※ 공개 제외 부분: 업체별 원가 세부 내역은 제9조 제1항 제7호에 따라 비공개합니다.\n1. 계약 요약"
    assert classify_text(text).disclosure == "partial"


def test_a_list_kept_apart_is_a_part_withheld() -> None:
    text = "보상금 지급 결정\n2. 결정 내용을 알립니다.\n  가. 지원 대상 가구 명단은 개인정보가 있어 별도 보관함.\n붙임 관련 자료 1부. 끝."
    sens = classify_text(text)
    assert sens.disclosure == "partial" and sens.reasons == ["OIDA-9-1-6"]


def test_an_investigation_under_way_is_the_ground_for_a_withheld_attachment() -> None:
    text = "폐수 무단 방류 고발 건\n가. 붙임 2 진술 요지는 수사기관의 수사가 아직 진행 중이므로 공개하지 않습니다.\n붙임 관련 자료 1부. 끝."
    sens = classify_text(text)
    assert sens.disclosure == "partial" and sens.reasons == ["OIDA-9-1-4"]


def test_a_petition_as_filed_is_withheld_whole() -> None:
    text = (
        "진 정 서\n\n진정인: 나래온 (가람시 솔내로 1, 010-0000-1234)\n피진정인: 가람시 민원과 도하람\n\n"
        "진정 취지\n  피진정인은 서류 접수를 이유 없이 거부하였습니다. 조사를 바랍니다."
    )
    assert classify_text(text).disclosure == "non_public"


def test_a_request_for_a_repair_is_a_letter_with_contact_details() -> None:
    text = (
        "민 원 신 청 서\n신청인\t성명  나래온\t주민등록번호  800102-1******\n"
        "\t주소 가람시 솔내로 1\t전화 010-0000-1234\n신청 내용: 가로등이 고장 나 수리를 부탁드립니다.\n가람시장 귀하"
    )
    assert classify_text(text).disclosure == "partial"


def test_an_audits_list_of_staff_held_responsible_is_withheld() -> None:
    text = (
        "정기 감사 지적 관련자 명단\n지적 사항\t규모\t관련자\t처분 요구\n"
        "여비 이중 지급\t2건\t주무관 나래온\t경징계\n기한 경과\t4건\t계장 도하람\t주의\n"
    )
    assert classify_text(text).disclosure == "non_public"


@pytest.mark.parametrize(
    "note", ["※ 이 표는 인사위원회 심의 전 초안임", "※ 당사자 소명 절차 중으로 징계 확정 전 자료"]
)
def test_a_draft_before_the_decision_is_held(note: str) -> None:
    text = f"{note}\n지적 사항\t관련 부서\n기한 경과\t민원과\n처리 지연\t총무과"
    sens = classify_text(text)
    assert sens.disclosure == "non_public" or sens.review, (sens.disclosure, sens.review)


@pytest.mark.parametrize("stamp", ["ㆍ[대외비]ㆍ", "ㆍ보안 등급: 대외비"])
def test_a_stamp_framed_by_middle_dots(stamp: str) -> None:
    assert classify_text(f"{stamp}\n청사 방호 계획\n1. 개요").marking == "대외비"


def test_a_corporations_rank_before_the_name_of_someone_disciplined() -> None:
    text = (
        "제목 소속 직원 징계 알림\n1. 시설관리처 소속 대리 나래온에 대하여 음주운전(벌금 300만원 확정)으로 "
        "감봉 1월에 처하였음을 알립니다.\n2. 처분 사유서 붙임. 끝.\n시행 시설관리처-123 (2020. 1. 2.)\n"
        "전화 031-000-0000 / a@korea.kr / 공개"
    )
    assert classify_text(text).disclosure == "non_public"
