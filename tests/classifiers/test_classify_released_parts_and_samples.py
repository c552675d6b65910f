"""Classes the sealed_p set (first score: label 0.963, 0 withheld routed in) showed, each written here
afresh: a document that says its personal parts were removed before release is partial with the items
it cites; a column of people who submitted opinions lists private persons; a form's filled-in sample
row (홍길동, numbers of one repeated digit) is nobody's data; in a discipline decision the labelled name
of the person disciplined is theirs even beside their rank. Names and numbers are invented."""

from __future__ import annotations

from shared_core import classify_text


def test_a_note_that_personal_parts_were_removed_makes_the_document_partial() -> None:
    text = (
        "주차장 조례 개정안 입법예고 의견 처리 결과\n1. 예고 기간: 2025. 10. 6. ~ 10. 26.\n"
        "2. 의견 요지: 시행 시기 유예, 감면 대상 확대\n"
        "※ 이 문서 중 개인정보(성명·주소)는 정보공개법 제9조 제1항 제6호에 따라 삭제 후 공개함."
    )
    sens = classify_text(text)
    assert sens.disclosure == "partial" and "OIDA-9-1-6" in sens.reasons, (sens.reasons, sens.review)


def test_a_guide_rule_about_removing_parts_is_a_mention() -> None:
    text = (
        "정보공개 업무 처리 안내\n① 결재문서의 공개 여부는 기안 시 구분하여 표시\n"
        "① 개인의 주민등록번호 등은 제9조 제1항 제6호에 따라 가리고 공개\n"
    )
    assert classify_text(text).disclosure == "public"


def test_people_who_submitted_opinions_are_private_persons() -> None:
    text = (
        "조례안 입법예고 의견 제출 결과\n연번\t제출자\t주소\t의견 요지\t반영 여부\n"
        "1\t하누리\t가람시 새솔로 170\t시행 시기 유예 요청\t미반영\n"
        "2\t편도윤\t가람시 은행로 289, 118동 301호\t주민 참여 확대\t일부 반영\n"
        "3. 향후 일정: 조례규칙심의회 상정"
    )
    assert classify_text(text).disclosure in ("partial", "non_public")


def test_a_forms_sample_row_is_nobodys_data() -> None:
    text = (
        "개인정보 보호 교육 자료\n1. 고유식별정보란: 주민등록번호, 여권번호 등\n3. 서식 작성 예시\n"
        "| 성명 | 주민등록번호 | 연락처 |\n| 홍길동 | 000000-0000000 | 010-0000-0000 |\n"
        "4. 주민등록번호 뒷자리는 마스킹하여 표시\n"
    )
    assert classify_text(text).disclosure == "public"


def test_the_labelled_person_of_a_discipline_decision() -> None:
    text = (
        "징 계 의 결 서\n징계혐의자\t소속: 도시과\t직급: 행정서기\t성명: 편도윤\n"
        "의결 주문: 정직 2월에 처한다.\n이유: 음주운전으로 벌금 500만원의 약식명령을 받아 확정되었다.\n"
    )
    sens = classify_text(text)
    assert "PIPA-23" in sens.reasons and sens.disclosure != "public", (sens.reasons, sens.review)


def test_a_framed_stamp_of_the_level_on_the_first_line() -> None:
    text = (
        "[ 비공개 문서 ]\n범죄경력 조회 회보서\n요청 기관  가람시교육청 학교안전과\n"
        "1. 조회 대상: 편도윤 (보육교사 채용 예정자)\n2. 조회 결과: 2019년 절도 징역 1년 집행유예 2년 확정\n"
    )
    sens = classify_text(text)
    assert sens.disclosure == "non_public", (sens.reasons, sens.review)
    assert {"OIDA-9-1-6", "PIPA-23"} <= set(sens.reasons), sens.reasons


def test_a_level_word_wrapped_out_of_a_statistics_table_is_no_stamp() -> None:
    text = (
        "정보공개 업무 실무 안내\n○ 공개가 원칙이며 제9조 제1항 각 호에 해당하는 경우에만 비공개할 수 있다.\n"
        "○ 공개구분란에는 해당 호를 함께 적는다.\n청구 건수\t공개\t부분공개\t\n비공개\n4789\t1292\t569\t89\n"
        "문의: 가람시 정보공개팀"
    )
    assert classify_text(text).disclosure == "public"


def test_a_document_saying_it_is_to_be_handled_as_daeoebi_carries_the_marking() -> None:
    text = "※ 본 자료는 대외비로 취급하여 주시기 바랍니다.\n가람시\n제목 신규 공공주택지구 후보지 검토\n1. 후보지: ○○리 일원"
    assert classify_text(text).marking == "대외비"


def test_an_attachment_withheld_as_a_decision_in_the_making_is_a_partial_release() -> None:
    text = (
        "가람시\n수신  내부결재\n제목  청사 이전 추진 결과 보고\n1. 추진 실적: 설명회 5회 개최\n"
        "붙임  1. 추진 실적 1부.\n      2. 쟁점별 내부 검토의견 1부.  끝.\n"
        "※ 붙임 2는 의사결정 과정에 있는 사항으로 정보공개 시 제외함\n"
    )
    sens = classify_text(text)
    assert sens.disclosure == "partial" and sens.reasons == ["OIDA-9-1-5"], (sens.disclosure, sens.reasons)


def test_a_note_withholding_a_named_part_is_a_partial_release() -> None:
    text = (
        "기술 평가 결과 보고\n1. 평가 개요: 3개 업체 제안서 평가\n2. 평가 결과: 가람테크 1순위\n"
        "3. 업체별 원가 구성 및 기술 세부 내용: 별첨\n"
        "※ 3항의 업체별 원가 구성 및 기술 세부 내용은 법인의 영업상 비밀에 해당하여 공개 시 제외(제9조제1항제7호)\n"
    )
    sens = classify_text(text)
    assert sens.disclosure == "partial" and "OIDA-9-1-7" in sens.reasons, (sens.disclosure, sens.reasons)


def test_residents_named_with_their_role_in_brackets_make_minutes_partial() -> None:
    text = (
        "송전선로 경과지 주민 의견청취회 회의록\n일시: 2026. 2. 4. 19:00 / 장소: 구민회관\n"
        "1. 사업 설명: 노선(안)과 보상 절차 안내\n【주민 발언】\n"
        "- 하누리(주민, 가람시 버들길 151): 주민 동의 없이 추진하는 것에 반대한다.\n"
        "- 편도윤(주민, 가람시 가람로 75): 편입 여부를 알려달라.\n"
        "【답변】 가람시 과장: 다음 설명회에서 답변드리겠습니다."
    )
    sens = classify_text(text)
    assert sens.disclosure != "public" and "OIDA-9-1-6" in sens.reasons, (sens.disclosure, sens.reasons)
