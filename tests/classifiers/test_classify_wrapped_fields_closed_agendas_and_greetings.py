"""Classes the sealed_ae set (first score: label 0.955, 1 of 108 withheld routed in) showed, each written
here afresh: a 결문's 공개구분 whose bracketed items the layout wrapped onto the next line, minutes closed in
a sentence ('… 비공개로 진행되었음', '이 회의록은 … 공개하지 아니한다'), an agenda item taken in closed session
or left out of the minutes, an attachment line marked withheld after a dash, a 대외비 stamp followed by a
handling order in a footer row, and a reply that greets or addresses the citizen by name. Names, numbers
and bodies are invented."""

from __future__ import annotations

import pytest
from shared_core import classify_text

CLOSING = (
    "가람군\n수신 내부결재\n제목 현장 점검 결과 보고\n1. 점검 결과를 보고합니다.\n끝.\n"
    "가람군수\n주무관 나래온 팀장 도하람\n시행 안전총괄과-321 (2026. 2. 3.)\n"
    "우 12345 가람군 중앙로 1 / www.garam.go.kr\n전화번호 031-000-1234 팩스번호 031-000-1235 / "
)


@pytest.mark.parametrize(
    ("tail", "level", "items"),
    [
        ("x@korea.kr / 비공개(제9조\n제1항 제4·6호)", "non_public", ["OIDA-9-1-4", "OIDA-9-1-6"]),
        ("x@korea.kr / 부분공개(제9조\n제1항 제6호)", "partial", ["OIDA-9-1-6"]),
    ],
)
def test_a_closing_field_wrapped_inside_its_brackets_is_read(tail: str, level: str, items: list[str]) -> None:
    sens = classify_text(CLOSING + tail)
    assert sens.disclosure == level and sens.reasons == items, (sens.disclosure, sens.reasons)


@pytest.mark.parametrize(
    "line",
    [
        "※ 본 회의는 위원 과반 찬성으로 비공개로 진행되었습니다.",
        "이 회의록은 운영위원회 결정에 따라 공개하지 않는다.",
    ],
)
def test_minutes_saying_they_were_closed_are_withheld(line: str) -> None:
    text = f"보상심의위원회 회의록\n{line}\n○ 일시: 2026. 3. 4.\n○ 안건: 보상 기준 검토"
    assert classify_text(text).disclosure == "non_public"


def test_a_rule_on_when_minutes_are_closed_stays_public() -> None:
    text = "위원회 운영 안내\n이 회의록은 위원장이 필요하다고 인정하는 경우 공개하지 아니한다.\n문의: 기획과"
    assert classify_text(text).disclosure == "public"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("3. 비공개 안건(제1호 안건: 내부 검토 단계의 정비 방안은 회의록에서 뺌)", "OIDA-9-1-5"),
        ("2. 제4호 안건(정비계획 평가, 심의 중인 사항)은 비공개로 다루었으며 결과는 따로 적음", "OIDA-9-1-5"),
        ("4. 비공개 안건: 현재 계류 중인 재판 관련 대응(3건)", "OIDA-9-1-4"),
    ],
)
def test_an_agenda_item_left_out_of_minutes_makes_them_partial(line: str, reason: str) -> None:
    text = f"정비위원회 회의 결과\n가람시  2026. 4. 5.\n1. 공개 안건\n  가. 운영 규정 개정: 원안 의결\n{line}"
    sens = classify_text(text)
    assert sens.disclosure == "partial" and reason in sens.reasons, (sens.disclosure, sens.reasons)


def test_minutes_saying_no_item_was_closed_stay_public() -> None:
    text = "정비위원회 회의 결과\n1. 공개 안건\n  가. 운영 규정 개정: 원안 의결\n2. 비공개 안건: 없음"
    assert classify_text(text).disclosure == "public"


def test_an_attachment_marked_withheld_after_a_dash_makes_a_report_partial() -> None:
    body = "\n".join(f"○ 추진 상황 {n}: 계획대로 진행 중이다." for n in range(1, 25))
    text = f"사업 추진 결과\n{body}\n붙임 4. 현장 면담 대상자 목록 1부 - 개인정보 포함 비공개"
    sens = classify_text(text)
    assert sens.disclosure == "partial" and "OIDA-9-1-6" in sens.reasons


def test_a_stamp_followed_by_a_handling_order_in_a_row_is_a_marking() -> None:
    text = "청사 출입 통제 개선 검토\n1. 출입 절차를 점검하였다.\n가람청 보안담당관 | 대외비 | 복사 금지"
    assert classify_text(text).marking == "대외비"


def test_a_row_listing_handling_words_without_a_stamp_is_no_marking() -> None:
    text = "문서 관리 요령\n1. 배포 방법\n구분 | 열람 후 회수 | 복사 금지\n2. 문의: 운영지원과"
    assert classify_text(text).marking == "none"


@pytest.mark.parametrize(
    "opening",
    [
        "도하람 님, 안녕하세요. 가람구 민원실입니다.",
        "귀하(도하람)께서 국민신문고로 보내 주신 건의를 검토하였습니다.",
    ],
)
def test_a_reply_naming_the_citizen_at_its_address_is_partial(opening: str) -> None:
    text = (
        f"{opening}\n말씀하신 거주지(가람시 나루로 17, 101동 202호) 주변 보안등은 다음 달 교체합니다.\n"
        "가람시 도로과"
    )
    sens = classify_text(text)
    assert sens.disclosure == "partial" and "OIDA-9-1-6" in sens.reasons
