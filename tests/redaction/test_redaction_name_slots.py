"""Names sealed_g (scored once) showed missed, by class, each written here afresh: the places forms,
transcripts and reports reserve for a name (a signature slot, an account holder answered in speech, an
applicant followed by their nationality, a quoted log field, a sign-off, an appointment line, an official
with their mailbox, a spouse field), names written one letter at a time with a particle glued on, and
names a hard line wrap split. Names and numbers are invented."""

from __future__ import annotations

import pytest
from shared_core import found

FOUND = [
    (
        "foreign applicant at the signature",
        "신청일 2024. 4. 28.    신청인 크리스티나 레예스 (서명)\n수원시장 귀하",
        "크리스티나 레예스",
    ),
    ("company representative signing", "을 (주)가람랩 대표 편도윤 (인)", "편도윤"),
    (
        "account holder answered in speech",
        "민원인: 가람은행, 123-45-678901입니다. 예금주는 하누리이고요.",
        "하누리",
    ),
    ("applicant with nationality", "신청인 천샤오훙(중국, 영문 CHEN XIAOHONG)\n여권번호", "천샤오훙"),
    ("mother with nationality", "학생: 하가온 (2학년)  어머니: 응우옌 티 란 (베트남)", "응우옌 티 란"),
    ("quoted log user", '2024-12-22 02:49:18 AUDIT export user="변가림" dept=정보화담당관', "변가림"),
    ("report sign-off", "계 2명  (작성: 석다온)\n", "석다온"),
    ("investigator and witness", "조사자 채도율 / 입회 하누리\n", "채도율"),
    ("drafter with grade", "기안 편도윤 (행정7급)\n검토 석다온 (팀장)", "편도윤"),
    ("appointment line", "신규임용  변가림  전산8급  주민자치과 근무를 명함", "변가림"),
    ("official with mailbox", "기타 문의: 담당 하누리(nuri@korea.kr)", "하누리"),
    ("spouse field", "배우자(Spouse)： 석다온  주민등록번호 900101-2345678", "석다온"),
    ("spaced name with a particle", '□ 정 예 린은 "서류를 제출했다"고 주장하였다.', "정 예 린"),
    ("spaced name before 씨", "□ 참고인 탁 서 현 씨(36세)는 진술하였다.", "탁 서 현"),
    ("name split by a line wrap", "[위임인]\n성명: 옥\n민재\n주민등록번호: 570404-2490047", "옥\n민재"),
]


@pytest.mark.parametrize(("case", "text", "name"), FOUND, ids=[c[0] for c in FOUND])
def test_found(case: str, text: str, name: str) -> None:
    assert name in found(text, "PERSON"), case


NOT_FOUND = [
    (
        "a verb after 검토",
        "같은 법 시행령 제9조 제1항에 따라 검토하였으며, 관련 통계를 붙입니다.",
        "하였으며",
    ),
    ("a word after 확인", "통학차량 운전자 자격 확인 명단\n", "명단"),
    ("a series before a grade", "2024-979735       김○○   일반행정 9급\n", "일반행정"),
    ("a list's title before its scheme", "외국인 근로자 명단 (고용허가제)\n", "명단"),
    ("words between spaced letters", "「근로기준법」 제43조 및 같은 법 시행령", "조 및 같"),
    ("a spaced heading's last letters", "관련자 연락처 공 유 동의 받음", "공 유 동"),
    (
        "a name ending its line is not joined to the next",
        "대상자: 세무과 주무관 최하람\n병명: 우울증",
        "최하람\n병명",
    ),
    ("a line ending in a word", "자녀\t하가온\t080529-4490710\t동거\n모\t석다온\t660530-2345678", "동거\n모"),
]


@pytest.mark.parametrize(("case", "text", "word"), NOT_FOUND, ids=[c[0] for c in NOT_FOUND])
def test_not_found(case: str, text: str, word: str) -> None:
    assert word not in found(text, "PERSON"), case
