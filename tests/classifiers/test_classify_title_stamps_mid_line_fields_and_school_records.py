"""Classes the sealed_af set (single score at 59ead6a: label 0.864, 20 of 142 withheld routed in) showed,
each written here afresh: a 공개구분 between two slashes of the contact line, a 대외비 stamp run into the
제목 field or closing the 결재 line, an attachment listed with its grade, an OCR-broken 대외비, a sample
form's filled-in row, and records about named pupils, conscripts and informants (withheld whole). Names,
numbers and bodies are invented."""

from __future__ import annotations

import pytest
from shared_core import classify_text

HEAD = "가람군\n수신 ○○과장\n(경유)\n"
FOOT = "\n끝.\n가람군수\n주무관 나래온   팀장 전결 3/4 도하람\n시행 총무과-12 (2026. 3. 4.)\n"


def test_a_level_between_the_slashes_of_the_contact_line_is_the_field() -> None:
    text = HEAD + "제목 현장 점검 보고\n1. 점검 결과를 보고합니다." + FOOT
    text += "전화번호 031-000-1234 팩스번호 031-000-1235 / 비공개(제9조 제1항 제4호) / ab12@korea.kr"
    sens = classify_text(text)
    assert sens.disclosure == "non_public" and sens.reasons == ["OIDA-9-1-4"], (sens.disclosure, sens.reasons)


@pytest.mark.parametrize(
    "title",
    [
        "제목 【대외비】 청사 이전 후보지 비교",
        "제목 대외비(보호기간: 2030. 6. 30.까지) 예정가격 산정",
        "제목 2030. 6. 30.까지 대외비 노선 후보 비교 검토",
    ],
)
def test_a_stamp_run_into_the_title_field_is_a_marking(title: str) -> None:
    assert classify_text(HEAD + title + "\n1. 검토 결과를 보고합니다." + FOOT).marking == "대외비"


@pytest.mark.parametrize("title", ["제목 대외비 지정 현황 보고", "제목 대외비 문서 일괄 관리 요청"])
def test_a_title_about_marked_documents_is_no_marking(title: str) -> None:
    assert classify_text(HEAD + title + "\n1. 현황을 알립니다." + FOOT).marking == "none"


def test_a_stamp_closing_the_approval_line_is_a_marking() -> None:
    text = (
        HEAD
        + "제목 간담회 결과\n1. 결과를 송부합니다.\n끝.\n가람군수\n주무관 나래온   팀장 전결 3/4 도하람   대외비\n"
    )
    assert classify_text(text).marking == "대외비"


def test_an_attachment_listed_with_its_grade_marks_the_document() -> None:
    text = (
        HEAD + "제목 장비 배치 현황\n1. 현황을 붙여 보냅니다.\n붙임 1. 장비 배치 현황(Ⅱ급 비밀) 1부." + FOOT
    )
    sens = classify_text(text)
    assert sens.marking == "II급" and sens.disclosure == "non_public"


def test_an_attachment_graded_but_sent_separately_marks_nothing() -> None:
    text = HEAD + "제목 장비 배치 현황\n1. 알립니다.\n붙임 장비 배치 현황(Ⅱ급 비밀)은 별도 송부합니다." + FOOT
    assert classify_text(text).marking == "none"


def test_an_ocr_broken_stamp_on_its_own_line_is_a_marking() -> None:
    text = "대외ㅂl\n가람시 도시과\n제목 후보지 검토\n1. 검토 결과\n대외ㅂl"
    assert classify_text(text).marking == "대외비"


def test_a_sample_form_filled_in_with_the_example_is_public() -> None:
    text = (
        "[양식] 출입 대장 (작성 예시)\n성명\t홍길동\t주민등록번호\t000000-0000000\n"
        "주소\t○○시 ○○구\t전화\t010-0000-0000\n※ 위 내용은 작성 예시입니다."
    )
    assert classify_text(text).disclosure == "public"


@pytest.mark.parametrize(
    "body",
    [
        "제목 학생 선도 처분 결과\n1. 처분 결과를 보고합니다.\n학년/반\t성명\t위반 내용\t처분\n"
        "2-3\t나래온\t교내 흡연\t교내봉사 3일\n1-4\t도하람\t무단 결석\t특별교육 2시간",
        "제목 봉사활동 처분 알림\n1. 2026. 3. 2. 열린 선도위원회의 의결을 알립니다.\n학급\t이름\t조치\n"
        "2-3\t나래온\t교내봉사 3일",
        "제목 상담 결과 통보\n1. 3학년 2반 나래온 학생(보호자 도하람, 010-0000-1234)의 상담 결과를 알립니다.\n"
        "2. 상담 내용: 교우 관계 갈등",
    ],
)
def test_a_record_about_named_pupils_is_withheld(body: str) -> None:
    assert classify_text(HEAD + body + FOOT).disclosure == "non_public"


def test_a_conscript_graded_with_a_coded_disease_is_withheld() -> None:
    body = (
        "제목 신체검사 결과 알림\n1. 결과를 알립니다.\n성명\t출생일\t등급\t질병명(분류 코드)\n"
        "나래온\t2006. 1. 2.\t4급\t척추측만증(M41)"
    )
    sens = classify_text(HEAD + body + FOOT)
    assert sens.disclosure == "non_public" and "PIPA-23" in sens.reasons, sens.reasons


def test_an_audit_naming_its_informant_is_withheld() -> None:
    body = (
        "제목 복무 감찰 결과\n1. 제보자: 나래온 (010-0000-1234)\n2. 대상: 시설8급 도하람\n"
        "3. 확인 내용: 출장비 중복 수령"
    )
    assert classify_text(HEAD + body + FOOT).disclosure == "non_public"


def test_a_reward_decision_naming_its_reporter_stays_partial() -> None:
    text = (
        "가람경찰서\n신고보상금 지급 결정서\n1. 신고자: 나래온 (주민등록번호 900101-1******)\n"
        "2. 지급액: 금 1,000,000원\n위와 같이 결정함.\n공개구분: 부분공개(6)"
    )
    assert classify_text(text).disclosure == "partial"
