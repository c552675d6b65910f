"""Classes the sealed_aa set (first score: label 0.938, 6 of 121 withheld routed in) showed, each written
here afresh: a level closing a page footer after the office's name, a bracketed level opening the first
line, the field after a slash at the end of a long report; an official named with their position in
brackets under a printed 공개; a conscript's examination (disease, physical grade); a taxpayer named
as the one who asked; a child-abuse case conference; a research-integrity inquiry into one researcher;
a bidder's price proposal. Names, numbers and bodies are invented."""

from __future__ import annotations

import pytest
from shared_core import classify_text

FOOTER = "가람시장\n시행 총무과-123 (2026. 3. 2.)  접수\n전화번호 031-000-0000 전송 031-000-0001 / a@korea.kr"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "관내 요양시설 점검 결과\n1. 점검 시설 8곳\n2. 지적 사항 3건\n가람시 복지정책과 [부분공개(6)]",
            "partial",
        ),
        (
            "관내 요양시설 점검 결과\n1. 점검 시설 8곳\n2. 지적 사항 3건\n가람지방검찰청 형사부 비공개(4)",
            "non_public",
        ),
        ("[비공개] 기관장 업무보고 자료 가람원 기획조정실 ○ 예산 조정 시나리오\n1. 내용", "non_public"),
        ("정책 과제 분석\n1. 현황\n2. 개선 방향\n작성 정책연구본부 / 공개구분: 비공개(5)", "non_public"),
        # (after the single score of sealed_z: the field running on after the mailbox, one space apart)
        ("예산 협의 결과\n1. 협의 내용\n" + FOOTER + " 공개 구분 비공개(2)", "non_public"),
    ],
)
def test_levels_at_the_edges(text: str, level: str) -> None:
    assert classify_text(text).disclosure == level


def test_an_edge_mention_is_no_stamp() -> None:
    text = "정보공개 처리 안내\n1. 공개 여부는 심의를 거쳐 정합니다.\n2. 문의는 민원실로 하시기 바랍니다.\n가람시 민원실 안내"
    assert classify_text(text).disclosure == "public"


def test_an_official_named_with_their_position_in_brackets_under_a_printed_public() -> None:
    text = (
        "가람시\n수신  수신자 참조\n제목  직원 형사 사건 처리 결과 통보\n"
        "1. 소속 직원 나래온(조사관)은 음주운전으로 적발되어 벌금 300만 원의 약식명령이 확정되었습니다.\n"
        "2. 이에 따라 징계위원회 의결을 거쳐 감봉 처분하였음을 통보합니다.  끝.\n" + FOOTER + " / 공개"
    )
    sens = classify_text(text)
    assert sens.disclosure == "non_public" and "PIPA-23" in sens.reasons, sens.reasons


def test_a_conscripts_examination() -> None:
    text = (
        "병역판정 신체검사 결과 통보서\n성명\t나래온\t생년월일\t2005-01-02\n"
        "질병명\t평발(중등도)\t신체등급\t4급\n이의가 있는 경우 90일 이내에 행정심판을 청구할 수 있습니다."
    )
    sens = classify_text(text)
    assert sens.disclosure == "non_public" and "PIPA-23" in sens.reasons, sens.reasons


def test_a_taxpayer_named_as_the_one_who_asked() -> None:
    text = (
        "세법 해석 질의 회신\n[질의 요지] 질의인 나래온(가람시 거주)은 상속받은 주택을 양도하는 경우의 과세 방법을 질의함.\n"
        "[회신] 해당 양도는 비과세 요건을 충족하지 않습니다."
    )
    assert classify_text(text).disclosure == "partial"


def test_a_child_abuse_case_conference() -> None:
    text = (
        "아동학대 사례판정 회의록\n대상 아동: 나래온(9세, 여)  보호자: 도하람(모)\n"
        "사례 개요: 담임교사가 멍을 발견하고 신고함.\n의료 소견: 반복적 타박 흔적, 심리 치료 권고.\n판정: 방임 사례로 판정."
    )
    sens = classify_text(text)
    assert sens.disclosure == "non_public" and "PIPA-23" in sens.reasons, sens.reasons


def test_a_research_integrity_inquiry_into_one_researcher() -> None:
    text = (
        "연구진실성위원회 조사 결과\n1. 피조사자: 가람연구센터 선임연구원 나래온\n"
        "2. 제보 내용: 공동 연구 결과를 단독 저자로 게재\n3. 조치 의견: 논문 정정 요구"
    )
    sens = classify_text(text)
    assert sens.disclosure == "non_public" and "OIDA-9-1-6" in sens.reasons, sens.reasons


def test_a_bidders_price_proposal() -> None:
    text = "매장 운영권 입찰 제안서(가격 부문)\n제출: (주)누리상사\n1. 제안 최소보장액: 연 12억원\n2. 품목별 매입 조건"
    sens = classify_text(text)
    assert sens.disclosure == "non_public" and "OIDA-9-1-7" in sens.reasons, sens.reasons


def test_a_box_drawn_list_of_a_disasters_victims() -> None:
    # (after the single score of sealed_z: cells split by box characters, victims of a flood by household)
    rows = "\n".join(
        f"{n} │ 80010{i}-1234567 │ 가람시 누리로 {i} │ 010-0000-000{i}"
        for i, n in enumerate(["나래온", "도하람", "한가람", "누리솔", "가온빛"])
    )
    sens = classify_text("호우 피해 주민 명단\n성명 │ 주민등록번호 │ 주소 │ 연락처\n" + rows)
    assert sens.disclosure == "non_public", sens.reasons


def test_a_note_keeping_it_to_the_officer_in_charge() -> None:
    text = "관내 점검 결과\n1. 점검 대상 12곳\n2. 지적 사항 4건\n※ 담당자 외 열람 금지"
    assert classify_text(text).disclosure == "non_public"


def test_a_notice_asking_for_price_proposals_stays_public() -> None:
    text = "가격제안서 제출 안내\n1. 입찰 참가자는 가격제안서를 별도 봉투에 넣어 제출하시기 바랍니다."
    assert classify_text(text).disclosure == "public"
