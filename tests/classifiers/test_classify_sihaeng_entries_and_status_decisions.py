"""Classes the sealed_ah set (first score at b982283: label 0.850, 18 of 117 withheld routed in) showed,
each written here afresh: a 공개 구분 printed unlabelled on the 시행 line or opening the first line, a
benefit or residence decision sent to one person, a per-person pay or grade list, an English
'Confidential' stamp, a guide's question about trade secrets, a trade secret kept in an attachment, and
a note that contact details are left out. Names, numbers and bodies are invented."""

from __future__ import annotations

import pytest
from shared_core import classify_text

HEAD = "누리군\n수신 수신자 참조\n(경유)\n"
FOOT = "\n끝.\n누리군수\n주무관 탁시온   팀장 구해랑   과장 전결 5/2 모래빛\n"


@pytest.mark.parametrize(
    ("entry", "level", "reasons"),
    [
        ("비공개(3)", "non_public", ["OIDA-9-1-3"]),
        ("비공개(정보공개법 제９조①항 ３호)", "non_public", ["OIDA-9-1-3"]),
        ("부분공개(6)", "partial", ["OIDA-9-1-6"]),
        ("공개", "public", []),
    ],
)
def test_a_level_after_the_document_number_on_the_sihaeng_line_is_the_field(
    entry: str, level: str, reasons: list[str]
) -> None:
    text = HEAD + "제목 배수펌프장 점검 결과\n1. 점검 결과를 알립니다." + FOOT
    text += (
        f"시행  안전총괄과-418(2026. 5. 2.)   {entry}   접수\n우 12345 누리군 읍내로 7 / www.example.go.kr"
    )
    sens = classify_text(text)
    assert (sens.disclosure, sens.reasons) == (level, reasons)


def test_a_cited_level_opening_the_first_line_is_the_field() -> None:
    text = (
        "비공개(「공공기관의 정보공개에 관한 법률」 제9조 제1항 제3호) 누리시설관리공단\n수신 수신자 참조\n"
    )
    text += "제목 정수장 경비 교대 시간 변경\n1. 변경된 교대 시간을 알립니다." + FOOT
    sens = classify_text(text)
    assert (sens.disclosure, sens.reasons) == ("non_public", ["OIDA-9-1-3"])


def test_a_level_quoted_mid_sentence_is_no_field() -> None:
    text = HEAD + "제목 정보공개 교육 안내\n1. 시행 문서의 공개구분은 비공개(5) 등으로 적습니다." + FOOT
    assert classify_text(text).disclosure == "public"


@pytest.mark.parametrize(
    "title",
    [
        "제목 생계급여 수급자 선정 결과 통지",
        "제목 긴급복지 지원 결정 통지",
        "제목 체류 기간 연장 신청 불허 알림",
        "제목 출국명령 통지",
    ],
)
def test_a_decision_about_one_persons_benefit_or_stay_is_withheld_whole(title: str) -> None:
    text = "누리군 바다동행정복지센터\n수신 채온솔 귀하\n" + title
    text += (
        "\n1. 귀하의 신청을 심사한 결과를 알립니다.\n2. 대상자: 채온솔 (주민등록번호 870315-2******)" + FOOT
    )
    assert classify_text(text).disclosure == "non_public"


def test_a_guide_to_benefit_decisions_naming_nobody_stays_public() -> None:
    text = HEAD + "제목 생계급여 수급자 선정 결과 통지 절차 안내\n1. 선정 결과는 14일 이내에 알립니다." + FOOT
    assert classify_text(text).disclosure == "public"


def test_a_refugee_interview_record_is_withheld_whole() -> None:
    text = "난민면접 조서\n신청인 | Rami Tolen | 국적 | 오르비아\n면접관 | 마루한\n"
    text += "문: 출국하게 된 경위를 말해 주십시오.\n답: 기사를 쓴 뒤로 협박 전화가 이어졌습니다."
    assert classify_text(text).disclosure == "non_public"


@pytest.mark.parametrize(
    "heading",
    ["2026년 성과상여금 지급 명세", "2026년 상반기 직원 평가 결과"],
)
def test_a_list_of_named_staff_with_their_pay_or_grade_is_withheld_whole(heading: str) -> None:
    text = (
        heading
        + "\n사번\t성명\t개인 평가등급\t지급액\n"
        + "\n".join(
            f"{n}\t{name}\t{g}\t{a}원"
            for n, name, g, a in (
                ("40121", "구해랑", "A", "3,100,000"),
                ("40188", "탁시온", "B", "2,400,000"),
                ("40207", "모래빛", "S", "4,200,000"),
            )
        )
    )
    assert classify_text(text).disclosure == "non_public"


@pytest.mark.parametrize("stamp", ["Confidential", "CONFIDENTIAL", "Internal Use Only"])
def test_an_english_confidential_stamp_holds_the_document_for_review(stamp: str) -> None:
    text = stamp + "\n경영 실사 대응 질의 답변\n1. 예상 질의와 답변을 정리함."
    sens = classify_text(text)
    assert "review.informal_marking" in sens.review and sens.disclosure == "public"


def test_a_guides_question_about_trade_secrets_is_no_trade_secret() -> None:
    text = "정보공개 실무 문답\nQ2. 기술 자료도 영업상 비밀로 봅니까?\n"
    text += "A. 공개되면 경쟁에서 불리해지는 자료로 한정합니다.\n공개구분: 공개"
    assert classify_text(text).disclosure == "public"


def test_a_trade_secret_kept_in_an_attachment_leaves_the_contract_partial() -> None:
    text = "기술이전 계약서\n누리연구원(갑)과 (주)바다소재(을)는 아래와 같이 기술실시 계약을 맺는다.\n"
    text += "기술명 | 저소음 송풍 구조\n정액기술료 | 120,000,000원\n을의 원가 자료 | 별첨 2 (영업비밀)\n"
    text += "2026. 5. 2.   갑: 누리연구원장   을: (주)바다소재 대표이사"
    assert classify_text(text).disclosure == "partial"


@pytest.mark.parametrize(
    "note",
    [
        "간담회 명단의 휴대전화는 공개 제외",
        "공개 시 성명과 연락처는 가림 처리",
        "※ 참석 기업 담당자 연락처는 비공개",
    ],
)
def test_a_note_that_contact_details_are_left_out_makes_the_document_partial(note: str) -> None:
    text = HEAD + "제목 수출기업 의견 청취 결과\n1. 건의 사항을 정리하였습니다.\n" + note + FOOT
    sens = classify_text(text)
    assert (sens.disclosure, sens.reasons) == ("partial", ["OIDA-9-1-6"])


# (after sealed_aj's first score at dbf0a4c: label 0.980, 2 of 111 routed in)
def test_minutes_of_a_meeting_held_closed_are_withheld() -> None:
    text = "누리군의회 예산결산특별위원회 회의록 [비공개 회의]\n※ 본회의 의결로 비공개로 진행된 회의입니다\n"
    text += "안건: 공단 임원 후보자 검증\n○위원 탁시온  후보자의 경력을 확인하겠습니다."
    assert classify_text(text).disclosure == "non_public"


def test_a_courts_inquiry_about_a_party_of_a_pending_suit_is_withheld() -> None:
    text = "누리지방법원\n수신  바다중학교장\n제목  사실조회 요청(2026가단4821)\n"
    text += "1. 원고 채온솔과 피고 구해랑 간 소송에 관하여 아래 사항의 회신을 바랍니다.\n"
    text += "2. 조회 사항: 원고의 출결 기록 사본" + FOOT
    sens = classify_text(text)
    assert sens.disclosure == "non_public" and "OIDA-9-1-4" in sens.reasons


@pytest.mark.parametrize(
    "line",
    [
        "2. 관계인 채온솔(휴대전화 010-0000-1234)은 시정 결과를 알려 주시기 바랍니다.",
        "1. 민원인 구해랑(누리시 바다로 12)의 질의에 대한 답변입니다.",
    ],
)
def test_a_private_party_named_in_a_letter_makes_it_partial(line: str) -> None:
    text = HEAD + "제목 점검 결과 통보\n" + line + FOOT
    assert classify_text(text).disclosure == "partial"


def test_a_conduct_check_naming_staff_and_measures_is_withheld() -> None:
    text = "누리군 공무원 복무 실태 점검 결과\n소속 | 직급 | 성명 | 확인 사항 | 처분\n"
    text += "총무과 | 주무관 | 탁시온 | 근무지 이탈 | 훈계\n민원과 | 주무관 | 마루솔 | 무단 조퇴 | 경고"
    assert classify_text(text).disclosure == "non_public"


def test_a_board_agenda_on_a_named_employees_discipline_is_partial() -> None:
    text = "누리공단 이사회 의사록\n출석 이사: 사장 모래빛, 상임이사 구해랑\n"
    text += "제2호 안건: 직원 채온솔(4급) 징계 재심 청구 — 기각"
    sens = classify_text(text)
    assert sens.disclosure == "partial" and "OIDA-9-1-6" in sens.reasons


@pytest.mark.parametrize(
    "head",
    ["수사보고\n사건번호 2019형제7731호 피의자 탁시온", "피의자 신문 조서 (제2회)\n피의자 탁시온"],
)
def test_an_investigators_record_cites_the_investigation(head: str) -> None:
    text = head + "\n피의자는 피해자 마루솔에게 전화를 걸어 금전을 요구한 사실을 인정함.\n대질 조사 예정."
    sens = classify_text(text)
    assert sens.disclosure == "non_public" and "OIDA-9-1-4" in sens.reasons


def test_a_guide_to_writing_examination_records_is_no_record() -> None:
    text = "피의자신문조서 작성 요령 교육 자료\n1. 신문 전 진술거부권을 고지한다.\n(공개 자료)"
    assert classify_text(text).disclosure == "public"
