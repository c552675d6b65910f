"""Classes the sixth independent sensitivity set (sealed_m, scored once) showed the rules misread, each
written here afresh: a stamp that opens or closes a run-on document, a ticked 공개구분 after the e-mail
on one line, the law's items listed by number in a guide, a staff directory, a birth date, and a reserve
price sealed until the bids are opened. Names, numbers and places are invented."""

from __future__ import annotations

import pytest
from shared_core import classify_text

CASES = [
    (
        "stamp opening a run-on first line",
        "(대외비) 청사 이전 부지 검토  2025. 3. 4.  총무과 □ 후보지: 가람동 일원 □ 검토 의견: 추가 협의 필요",
        ("대외비", "non_public"),
    ),
    (
        "protection period closing a run-on 결문",
        "제목  출제위원 위촉 1. 위촉 일정을 알립니다. 끝. 시행  인재채용과-101 (2025. 5. 1.) / "
        "www.example.go.kr / 비공개(제5호) 2027. 3. 11.까지 대외비",
        ("대외비", "non_public"),
    ),
    (
        "a ticked option after the e-mail on a run-on 결문",
        "제목  회의 결과 보고 1. 결과를 보고합니다. 끝. 시행  총무과-12 (2024. 1. 2.) 접수 / "
        "www.example.go.kr 전화번호 02-000-1234 / mail@korea.kr 공개구분  ○공개  ◉부분공개(6)  ○비공개( )",
        ("none", "partial"),
    ),
    (
        "the law's items listed by number in a guide",
        "정보공개 청구 안내\n□ 비공개 대상 정보(법 제9조 제1항)\n  2. 국가안전보장·국방·통일·외교관계 등에 관한 사항\n"
        "  5. 감사·감독·검사·시험·규제·입찰계약·기술개발·인사관리, 의사결정 과정 또는 내부검토 과정에 있는 사항\n"
        "  7. 법인 등의 경영상·영업상 비밀에 관한 사항\n□ 불복 구제: 이의신청, 행정심판, 행정소송",
        ("none", "public"),
    ),
    (
        "a staff directory of officials in office",
        "세무과 직원 업무분장\n| 직위 | 성명 | 담당 업무 | 전화번호 |\n| 과장 | 하윤슬 | 과 업무 총괄 | 031-111-2222 |\n"
        "| 팀장 | 노태겸 | 지방세 부과 | 031-111-2223 |\n| 주무관 | 석다온 | 체납 관리 | 031-111-2224 |\n"
        "| 주무관 | 변가림 | 민원 응대 | 031-111-2225 |\n| 주무관 | 채도율 | 세외수입 | 031-111-2226 |",
        ("none", "public"),
    ),
    (
        "a requester's birth date in a decision notice",
        "정보 부분공개 결정 통지서\n청구인 성명: 모하준  생년월일: 1978. 3. 5.  전화: 010-2222-3333\n"
        "비공개 내용: 위원 인적사항 — 비공개(제6호)",
        ("none", "partial"),
    ),
    (
        "a privacy policy naming its officer in role",
        "개인정보 처리방침\n제1조(처리 목적) 민원 처리를 위하여 개인정보를 처리합니다.\n"
        "제5조(개인정보 보호책임자) 직책: 정보화담당관, 성명: 도가람, 연락처: 051-639-6180",
        ("none", "public"),
    ),
    (
        "a stamp at both ends of one run-on line",
        "【대외비】 인사처 수신  수신자 참조 제목  출제위원 위촉 1. 위촉합니다. 끝. / 비공개(제5호) 2027. 3. 11.까지 대외비",
        ("대외비", "non_public"),
    ),
    (
        "(sealed_n) a recipients' roster whose rows layout ran together",
        "누리동 기초생활보장 수급자 현황(2025. 3. 7. 기준) 성명\t생년월일\t주소\t급여 종류 탁윤재\t581021\t가람시 느티로 14\t생계 "
        "편슬기\t040411\t가람시 물안개길 8\t의료\n도하람\t810414\t가람시 장터로 17\t의료 육세린\t780214\t가람시 강변길 9\t생계",
        ("none", "non_public"),
    ),
    (
        "(sealed_n) aggregate counts by district, signed off by officials",
        "기초생활수급자 현황(읍면동별 집계)\n구분\t2023\t2024\n서촌면\t28,806\t24,973\n남산동\t17,777\t37,625\n"
        "※ 집계 수치임\n기안자 행정주사 탁윤재 검토자 계장 편슬기 결재권자 과장 도하람",
        ("none", "public"),
    ),
    (
        "(sealed_n) a stated level with its citation in square brackets, after another label",
        "제목  검토 보고\n1. 보고합니다. 끝.\n공개구분\t공개여부: 비공개 [「공공기관의 정보공개에 관한 법률」 제9조 제1항 제5호]",
        ("none", "non_public"),
    ),
    (
        "a reserve price sealed until the bids are opened",
        "예정가격 조서\n건명\t복지관 보수공사\n기초금액\t1,200,000,000원\n예정가격\t1,180,400,000원\n"
        "※ 이 조서는 개찰 전까지 밀봉하여 보관한다.",
        ("none", "non_public"),
    ),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_sealed_m_classes(case: str, text: str, expected: tuple[str, str]) -> None:
    sens = classify_text(text)
    assert (sens.marking, sens.disclosure) == expected, (case, sens.reasons, sens.review)


def test_a_mention_of_the_period_in_a_sentence_marks_nothing() -> None:
    text = "보안 교육 자료\n대외비 자료는 생산 시 보호기간을 정하여 2027. 3. 11.까지 대외비로 관리한다."
    assert classify_text(text).marking == "none"
