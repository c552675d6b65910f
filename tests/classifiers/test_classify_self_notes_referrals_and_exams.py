"""Classes the sealed_t set (first score: label 0.945, 9 of 95 withheld routed in) showed, each written
here afresh: a document that says of itself it falls under a 제9조 item, or a note withholding its
content under one, is non-public (a guide's conditional rule is not); a joined informal marking; a
referral for investigation; exam questions not yet sat; a note that it is for internal reference only;
a subsidy's 결정 통지 is no information-disclosure decision; a part withheld under a cited item; a
대외비 statement with its protection period, and the level under its label run into the title; an
attachment marked withheld after its count. Names, numbers and agencies are invented."""

from __future__ import annotations

from shared_core import classify_text


def _withheld(text: str) -> tuple[str, list[str], list[str]]:
    sens = classify_text(text)
    return sens.disclosure, sens.reasons, sens.review


def test_a_review_that_says_it_falls_under_item_5_is_non_public() -> None:
    text = (
        "가람시 공영주차장 위탁 연장 여부 검토\n1. 현황: 위탁 기간 만료 예정\n"
        "2. 검토안: ① 1년 연장 ② 직영 전환\n"
        "※ 본 검토 자료는 정보공개법 9조 1항 5호에 해당하는 의사결정 과정 자료임"
    )
    disclosure, reasons, _ = _withheld(text)
    assert disclosure == "non_public" and "OIDA-9-1-5" in reasons, reasons


def test_a_note_withholding_the_questions_until_the_exam() -> None:
    text = (
        "2025년도 가람시 청원경찰 채용 필기시험 문제\n1. 다음 중 옳은 것은?\n  ① 가  ② 나  ③ 다  ④ 라\n"
        "※ 시험 문제와 정답은 시험 시행 전까지 「공공기관의 정보공개에 관한 법률」 제9조 제1항 제5호에 따른 비공개 대상임"
    )
    assert _withheld(text)[0] == "non_public"


def test_a_guides_conditional_rule_is_a_mention() -> None:
    text = (
        "정보공개 업무 안내\n1. 공개가 원칙입니다.\n"
        "※ 개인정보가 포함된 경우 제9조 제1항 제6호에 따라 비공개 대상임\n2. 청구는 누리집에서 받습니다."
    )
    disclosure, _, review = _withheld(text)
    assert disclosure == "public" and not review


def test_an_informal_marking_glossed_in_brackets_is_held() -> None:
    text = (
        "민원 응대 개선 방향\n○ 최근 민원 증가 원인을 정리함\n○ 안내문 개선을 검토함\n대외 배포 금지(내부용)"
    )
    disclosure, _, review = _withheld(text)
    assert disclosure != "public" or "review.informal_marking" in review


def test_a_referral_for_investigation_is_non_public_and_a_press_report_of_one_is_not() -> None:
    letter = (
        "가람시\n수신  가람경찰서장\n제목  보조금 부정수급 수사 의뢰\n"
        "1. 자체 점검 결과 아래 사람이 보조금을 부정하게 받은 정황이 확인되어 수사를 의뢰합니다.\n"
        "  가. 대상자: 편도윤(1971. 4. 2.)\n  나. 연락처: 010-2345-6789\n붙임  점검 결과 1부.  끝."
    )
    disclosure, reasons, _ = _withheld(letter)
    assert disclosure == "non_public" and "OIDA-9-1-4" in reasons, reasons
    press = (
        "가람시, 보조금 부정수급 업체 경찰에 수사 의뢰\n"
        "□ 가람시는 보조금을 부정하게 받은 업체 2곳을 경찰에 수사를 의뢰했다고 밝혔다.\n"
        "□ 시는 앞으로도 점검을 강화할 계획이다."
    )
    assert "OIDA-9-1-4" not in _withheld(press)[1]


def test_exam_questions_not_yet_sat_and_a_past_paper() -> None:
    draft = (
        "2025년 가람시 공무직 채용 필기시험 문제 원안\n1. 다음 중 지방자치법에 관한 설명으로 옳지 않은 것은?\n"
        "  ① 가  ② 나  ③ 다  ④ 라\n2. 다음 빈칸에 들어갈 말을 쓰시오.\n[정답] 1-③"
    )
    disclosure, reasons, _ = _withheld(draft)
    assert disclosure == "non_public" and "OIDA-9-1-5" in reasons, reasons
    past = (
        "2023년 가람시 공무직 채용 필기시험 기출문제 해설\n1. 다음 중 옳지 않은 것은?\n"
        "  ① 가  ② 나  ③ 다  ④ 라\n해설: ③이 옳지 않다."
    )
    assert _withheld(past)[0] == "public"


def test_a_note_that_it_is_for_internal_reference_only() -> None:
    text = (
        "하천 정비 사업 법률 자문 결과 검토\n1. 자문 요지: 보상 범위 해석\n"
        "2. 자문 결과: 일부 제외 가능\n3. 자문 결과는 내부 참고 자료로만 활용"
    )
    assert _withheld(text)[0] == "non_public"


def test_a_subsidy_decision_is_classified_by_its_own_field() -> None:
    text = (
        "가람시\n수신 보조사업자\n제목 소상공인 시설개선 보조금 교부 결정 통지\n"
        "1. 신청한 보조금을 다음과 같이 교부하기로 결정하였습니다.\n가. 보조사업자: 하누리(새솔식당 대표)\n"
        "나. 교부 금액: 금9,000,000원\n2. 붙임 매출 자료는 영업상 비밀에 해당합니다. 끝.\n가람시장\n"
        "시행 경제과-1234 (2025. 3. 9.) 접수\n"
        "전화 (031)123-4567 팩스 031-123-4568 / nuri@korea.kr / 부분공개(6, 7)"
    )
    disclosure, reasons, _ = _withheld(text)
    assert disclosure == "partial" and {"OIDA-9-1-6", "OIDA-9-1-7"} <= set(reasons), reasons


def test_a_part_withheld_under_a_cited_item_makes_the_document_partial() -> None:
    text = (
        "청사 냉난방기 임차 계약 결과 보고\n1. 계약 상대자: 주식회사 새솔설비\n"
        "2. 붙임 산출내역에는 업체의 자재 단가가 포함되어 있어, 「공공기관의 정보공개에 관한 법률」 "
        "제9조 제1항 제7호에 따라 해당 부분은 공개하지 않음\n3. 그 밖의 계약 정보는 누리집에 게시함"
    )
    disclosure, reasons, _ = _withheld(text)
    assert disclosure == "partial" and "OIDA-9-1-7" in reasons, reasons


def test_a_confidential_statement_with_its_period_and_a_labelled_level_run_into_the_title() -> None:
    statement = (
        "가람시 교원 비위 사안 처리 결과 보고\n1. 조치 의견: 중징계 의결 요구\n"
        "※ 이 문서는 2027. 12. 31.까지 대외비로 관리하며, 보호기간이 지나면 일반문서로 재분류함"
    )
    assert classify_text(statement).marking == "대외비"
    labelled = "가람시교육청\n보안등급: 대외비 교원 비위 사안 처리 결과 보고\n1. 대상자: 교사 편도윤\n"
    assert classify_text(labelled).marking == "대외비"


def test_an_attachment_marked_withheld_after_its_count_leaves_the_cover_letter_partial() -> None:
    text = (
        "가람시\n수신  수신자 참조\n제목  시민위원 워크숍 참석자 명단 송부\n"
        "1. 워크숍 참석자 명단을 붙임과 같이 보내 드립니다.\n"
        "붙임  시민위원 워크숍 참석자 명단 1부.(개인정보 포함, 비공개)  끝.\n\n"
        "[붙임] 시민위원 워크숍 참석자 명단\n연번 | 성명 | 연락처\n1 | 하누리 | 010-2345-6789\n"
        "2 | 편도윤 | 010-3456-7890\n3 | 소재훈 | 010-4567-8901\n"
    )
    disclosure, reasons, _ = _withheld(text)
    assert disclosure == "partial" and "OIDA-9-1-6" in reasons, reasons


def _reasons_of_confidential(body: str) -> list[str]:
    sens = classify_text("대외비\n" + body)
    assert sens.marking == "대외비"
    return sens.reasons


def test_a_confidential_plan_takes_the_reason_of_what_it_protects() -> None:
    guard = "주요 인사 방문 경호 계획\n1. 동선: 청사 → 현장\n2. 경호 구역: 반경 200m 통제\n3. 비상 이동로는 붙임 도면과 같음"
    assert _reasons_of_confidential(guard) == ["OIDA-9-1-3"]
    crowd = "집회 대비 경비 대책\n1. 경력 운용: 기동대 6개 중대 배치\n2. 채증 및 검거 요령: 채증조가 증거를 확보한 뒤 검거"
    assert _reasons_of_confidential(crowd) == ["OIDA-9-1-4"]
    transfer = "수용자 이송 계획\n1. 이송 대상: 수용자 30명\n2. 호송 인력: 교도관 8명\n3. 도주 방지를 위하여 관계자 외 공유 금지"
    assert "OIDA-9-1-4" in _reasons_of_confidential(transfer)


def test_a_confidential_case_report_names_its_patient() -> None:
    report = (
        "감염병 확진자 역학조사 결과\n1. 확진자: 편도윤(만 61세, 가람시 누리로 9)\n"
        "2. 진단명: 결핵(도말 양성)\n3. 접촉자: 동거 가족 2명"
    )
    reasons = _reasons_of_confidential(report)
    assert {"OIDA-9-1-6", "PIPA-23"} <= set(reasons), reasons
