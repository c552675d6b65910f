"""A document that says which of its parts is released and which is not ('… 공개하되 … 제외한다') is
partly disclosable; minutes that record a decision not to release a draft withhold it; a scan that
reads a stamp's Roman numeral as strokes ('비밀(11급)') still carries that grade. Values invented."""

from __future__ import annotations

import pytest
from shared_core import classify_rules_only, classify_text

from gongmun.classifiers.marking_words import find_mark


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "가람시 물품 구매 계약 결과 및 원가 내역\n계약상대자 | (주)다온상사\n계약금액 | 120,000,000원\n"
            "인건비 | 2,100,000 | 4%\n낙찰 사실과 총액은 공개하되 업체별 단가표는 영업상 비밀이라 보호함.",
            "OIDA-9-1-7",
        ),
        (
            "가람시 2025년 주거급여 수급 가구 명세\n번호 | 이름 | 출생 | 거주지\n"
            "1 | 우다솜 | 1971. 2. 3. | 가람시 새솔로 12\n2 | 모아린 | 1968. 9. 10. | 가람시 여울길 7\n"
            "동별 합계는 공표하며, 세대주 이름이 적힌 명세는 제외함.",
            "OIDA-9-1-6",
        ),
    ],
)
def test_a_statement_releasing_all_but_a_named_part_is_partial(text: str, reason: str) -> None:
    sens = classify_text(text)
    assert sens.disclosure == "partial"
    assert reason in sens.reasons


def test_a_part_already_masked_leaves_the_document_public() -> None:
    text = (
        "가람시 청사 관리 실태 감사 결과\n1. 출입 기록 관리가 미흡하였음.\n"
        "* 점검 결과는 누리집에 공개하고, 담당 직원 이름은 이미 가림 처리하였음."
    )
    assert classify_rules_only(text).disclosure == "public"


def test_results_published_by_number_with_names_left_out_are_partial() -> None:
    text = (
        "가람청 2026년 청원경찰 채용 합격자\n수험번호 | 이름 | 생년월일\n"
        "1021 | 우다솜 | 1990. 3. 4.\n2045 | 모아린 | 1987. 11. 2.\n"
        "결과는 수험번호로 발표하며, 이름과 생년월일은 가린다."
    )
    assert classify_rules_only(text).disclosure == "partial"


def test_a_guides_conditional_rule_is_no_statement_about_the_document() -> None:
    text = "정보공개 실무 요령\n처리 결과를 공개하되 사생활 정보가 들어 있으면 해당 부분을 가릴 수 있다."
    assert classify_rules_only(text).disclosure == "public"


def test_minutes_recording_that_a_draft_is_not_to_be_released_withhold_it() -> None:
    text = (
        "가람청 현안 점검 회의\n때: 2026. 1. 5. 10시 / 곳: 별관 소회의실\n"
        "논의 결과: 청사 이전 여부는 다음 회의에서 정하되 검토안은 외부에 공개하지 않기로 함."
    )
    assert classify_rules_only(text).disclosure == "non_public"


@pytest.mark.parametrize(
    ("stamp", "grade"),
    [
        ("비밀(11급)", "II급"),
        ("||급비밀", "II급"),
        ("비밀(|!급)", "II급"),
        ("|1급비밀", "I급"),
        ("111급 비밀", "III급"),
    ],
)
def test_a_numeral_read_as_strokes_keeps_its_grade(stamp: str, grade: str) -> None:
    found = find_mark(stamp)
    assert found is not None and found[0] == grade


def test_a_list_named_under_the_offices_name_is_a_roster_withheld_whole() -> None:
    text = (
        "누리군\n방문 간호 신청 가구 명단\n번호 | 이름 | 주민번호 | 사는 곳 | 휴대전화\n"
        "1 | 우다솜 | 710203-2●●●●●● | 누리군 새솔로 3 | 010-2345-6789\n"
        "2 | 모아린 | 680910-2●●●●●● | 누리군 여울길 8 | 010-3456-7890\n"
        "3 | 탁윤서 | 750506-1●●●●●● | 누리군 가람로 12 | 010-4567-8901\n"
        "※ 목적 외 사용을 금함"
    )
    assert classify_rules_only(text).disclosure == "non_public"
