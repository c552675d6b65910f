"""Classes the sealed_ag set (single score at fbe4a84: label 0.947, 10 of 161 withheld routed in) showed,
each written here afresh: a 대외비 stamp closing any line of the document — framed, spaced out letter by
letter, in hanja after a bracket, after a label, or broken by a narrow box — the open/closed cell of a
meeting's own header table, and a referral for prosecution naming the accused. Names, numbers and bodies
are invented."""

from __future__ import annotations

import pytest
from shared_core import classify_text

BODY = "가람시 재정과 (2026. 5. 6.)\n1. 추진 배경: 예산 조정\n2. 주요 내용: 단계별 제시안 검토\n"


@pytest.mark.parametrize(
    "line",
    [
        "취급: ◆ 대외비 ◆",
        "담당 재정과 나래온 (전화 031-000-1234) 대 외 비",
        "담당 재정과 나래온 (전화 031-000-1234) 對外秘",
        "비고: 【대외비】",
        "분류: 대외비 끝.",
        "임금 교섭 대응(교섭 전) (【대외비】)",
    ],
)
def test_a_stamp_closing_a_line_marks_the_document(line: str) -> None:
    assert classify_text(f"협상 대응 계획\n{BODY}{line}\n3. 향후 조치: 결재 후 통보").marking == "대외비"


def test_a_stamp_a_narrow_box_broke_marks_the_document() -> None:
    assert classify_text(f"협상 대응 계획\n{BODY}비고: ◆ 대\n외비 ◆\n3. 향후 조치").marking == "대외비"


@pytest.mark.parametrize(
    "line",
    ["1. 표시 위치: 문서 첫 면 상단 중앙에 《대외비》", "2. 대외비 문서는 열람 후 회수한다."],
)
def test_a_guide_saying_where_the_stamp_goes_is_no_marking(line: str) -> None:
    assert classify_text(f"보안 문서 취급 요령\n{line}\n3. 문의: 보안담당관").marking == "none"


def test_a_meeting_marked_closed_in_its_header_table_is_withheld() -> None:
    text = "제3회 포상심사위원회 회의록\n가람시 인사과 (2026. 4. 5.)\n일시\t2026. 4. 1.\t회의 공개\t비공개\n○ 결정: 원안 의결"
    assert classify_text(text).disclosure == "non_public"


def test_a_meeting_marked_open_stays_public() -> None:
    text = "제3회 도시계획위원회 회의록\n가람시 도시과 (2026. 4. 5.)\n일시\t2026. 4. 1.\t회의 공개\t공개\n○ 결정: 원안 의결"
    assert classify_text(text).disclosure == "public"


def test_a_referral_for_prosecution_naming_the_accused_is_withheld() -> None:
    text = (
        "가람군\n수신 가람경찰서장\n(경유)\n제목 「대기환경보전법」 위반 사업장 고발\n"
        "1. 아래 위반자를 고발하오니 처리하여 주시기 바랍니다.\n피고발인\t가람산업(주) 대표 나래온\n"
        "주소\t가람시 나루로 7\n위반 내용\t무허가 배출시설 운영\n끝.\n가람군수"
    )
    assert classify_text(text).disclosure == "non_public"
