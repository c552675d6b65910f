"""Classes the sealed_x set (first score: label 0.916, 13 of 106 withheld routed in) showed, each written
here afresh: court decisions (a civil judgment's private parties are masked; a family, juvenile or
criminal case is withheld whole; an office as a party is no person); the ground stated as a label
('(비공개 근거: …)'), a bracketed note closing the document, a field after the sentence before it or in
【】; a closed session in minutes; a referral form; a staff view before it goes up; a 대외비 footer with
its page number and a stamp's reclassification note; an informal marking closing the title; a
personal part left out of a reply or its attachment (and what is not such a statement); a hanja title
of a disciplinary decision; a roster whose first column OCR ran into the next. Names, numbers and bodies
are invented."""

from __future__ import annotations

from shared_core import classify_text

CIVIL = (
    "가람지방법원\n판  결\n사       건   2024가단1234 손해배상(기)\n원       고   나래온\n"
    "               가람시 누리로 12\n피       고   도하람\n               가람시 솔내길 3\n주       문\n"
    "1. 피고는 원고에게 1,000,000원을 지급하라."
)


def test_a_civil_judgment_names_private_parties() -> None:
    sens = classify_text(CIVIL)
    assert sens.disclosure == "partial" and sens.reasons == ["OIDA-9-1-6"], sens.reasons


def test_family_and_juvenile_decisions_are_withheld_whole() -> None:
    family = (
        "가람가정법원\n심 판\n사건 2024느단123 친권자 및 양육자 변경\n청구인 나래온 (1990.01.02.)\n"
        "상대방 도하람 (1988. 3. 4.)\n주 문\n사건본인의 친권자를 청구인으로 변경한다."
    )
    juvenile = (
        "가람지방법원\n결 정\n사건 2024푸123 소년보호\n소년 모은결 (2008.06.23.생, 학생)\n보조인 변호사 나래온\n"
        "주 문\n소년을 보호관찰에 처한다."
    )
    assert classify_text(family).disclosure == "non_public"
    sens = classify_text(juvenile)
    assert sens.disclosure == "non_public" and "PIPA-23" in sens.reasons, sens.reasons


def test_an_office_as_a_party_is_no_person() -> None:
    text = CIVIL.replace(
        "피       고   도하람\n               가람시 솔내길 3", "피       고   가람세무서장"
    ).replace("원       고   나래온\n               가람시 누리로 12", "원       고   주식회사누리")
    assert all(e.source != "personal.court_party" for e in classify_text(text).evidence)


def test_the_ground_stated_as_a_label_or_a_closing_note() -> None:
    for line, reason in (
        ("(비공개 근거: 「공공기관의 정보공개에 관한 법률」 제9조 제1항 제4호)", "OIDA-9-1-4"),
        ("(비공개 근거: 「정보공개법」 9조①3호)", "OIDA-9-1-3"),
        ("[정보공개법 제9조제1항제6호 해당 – 비공개]", "OIDA-9-1-6"),
    ):
        text = f"합동 단속 계획\n교통과 2026. 3. 2.\n1. 대상: 업소 8개소\n2. 일정: 별도 통보\n{line}"
        sens = classify_text(text)
        assert sens.disclosure == "non_public" and sens.reasons == [reason], (line, sens.reasons)


def test_a_decision_notice_under_its_form_reference_is_about_other_information() -> None:
    text = (
        "■ 공공기관의 정보공개에 관한 법률 시행규칙 [별지 제7호서식]\n정보 (부분)공개 결정 통지서\n"
        "청구 내용: 회의록 일체\n결정 내용: 비공개\n"
        "비공개 사유: 「공공기관의 정보공개에 관한 법률」 제9조 제1항 제4호에 해당하여 비공개함"
    )
    assert classify_text(text).disclosure == "public"


def test_a_field_after_a_sentence_or_in_lenticular_brackets() -> None:
    for line, level in (
        ("※ 본 보고서는 최종 의사결정 전 검토 자료임. 공개구분 비공개 (9조1항5호)", "non_public"),
        ("【공개구분】 부분공개 (9조1항6호)", "partial"),
    ):
        text = f"민원 서비스 실태조사 결과\n1. 처리 기한 준수율 92%\n2. 개선 과제 3건\n{line}"
        assert classify_text(text).disclosure == level, line


def test_a_session_going_on_closed() -> None:
    text = (
        "가람시의회 행정위원회 회의록\n의사일정 1. 청원 심사\n(14시 10분 비공개 회의로 전환)\n"
        "○위원장 나래온 지금부터는 인사 관련 안건이므로 비공개로 진행하겠습니다."
    )
    assert classify_text(text).disclosure == "non_public"
    rule = "가람시의회 회의 규칙 안내\n위원회는 의결로 회의를 비공개로 진행할 수 있다."
    assert classify_text(rule).disclosure == "public"


def test_a_referral_form_and_a_staff_view_before_it_goes_up() -> None:
    referral = (
        "수 사 의 뢰 서\n수신: 가람경찰서장\n1. 피의뢰인\n가. 성명 나래온, 소속 (주)누리건설 대표\n"
        "2. 의뢰 사유: 허위 세금계산서로 보조금을 수령한 정황"
    )
    sens = classify_text(referral)
    assert sens.disclosure == "non_public" and "OIDA-9-1-4" in sens.reasons, sens.reasons
    view = "노후 관로 교체 우선순위 재검토\n□ 위험도 점수화\n- 이사회 보고 전 실무 의견\n【검토 의견】 2안을 기본으로 함"
    sens = classify_text(view)
    assert sens.disclosure == "non_public" and sens.reasons == ["OIDA-9-1-5"], sens.reasons


def test_a_confidential_footer_with_its_page_number_and_a_reclassification_note() -> None:
    footer = "을지연습 상황실 운영 계획\n1. 목적: 상황 전파 체계 점검\n2. 위치: 본청 지하 1층\n2026. 12. 31.까지 대외비 - 1 -"
    stamped = "화재 원인 조사 중간보고\n대외비 (2024. 12. 31. 이후 일반)\n1. 개요: 창고 전소\n2. 감식 진행 중"
    for text in (footer, stamped):
        assert classify_text(text).marking == "대외비", text


def test_an_informal_marking_closing_the_title_holds_the_document() -> None:
    text = "민원 다발 사업장 대응방안 검토 (취급주의)\n주민복지과 2026. 2. 7.\n1. 점검 결과 정리\n2. 처분 수위 비교"
    sens = classify_text(text)
    assert sens.disclosure != "public" or sens.review, sens


def test_a_personal_part_left_out_of_a_reply_or_its_attachment() -> None:
    for line in (
        "3. 다만, 조사 과정에서 확보한 제보자의 인적사항은 이 회신에 포함하지 않았습니다.",
        "2. 계약 상대자 중 개인사업자의 대표자 성명과 주소는 개인정보에 해당하여 표시하지 않습니다.",
        "2. 관계인 진술서와 피해자 인적사항은 붙임에서 제외하였으며, 필요하면 따로 요청하여 주십시오.",
    ):
        text = f"민원 회신\n1. 귀하의 신고 사항을 점검하였습니다.\n{line}\n붙임 점검 결과 1부.  끝."
        sens = classify_text(text)
        assert sens.disclosure == "partial" and sens.reasons == ["OIDA-9-1-6"], (line, sens.reasons)


def test_what_is_no_part_left_out() -> None:
    for line in (
        "※ 개인을 식별할 수 없도록 집계한 수치이며, 세부 사례는 포함하지 않음.",
        "공개 부분과 비공개 부분을 분리할 수 있는 경우 비공개 부분을 제외하고 공개한다.",
        "| 부분공개 | 부분공개(6) | 개인정보 등 비공개부분을 제외하고 공개 |",
    ):
        text = f"정보공개 업무 안내\n1. 청구 방법\n{line}\n2. 처리 기간"
        sens = classify_text(text)
        assert sens.disclosure == "public" and not sens.review, (line, sens.review)


def test_a_disciplinary_decision_titled_in_hanja() -> None:
    text = (
        "懲 戒 議 決 書\n소속  가람시청 총무과  직급  지방행정주사\n성명  나래온  생년월일  1968.04.07.\n"
        "主  文\n  해임에 處한다.\n理  由\n  1. 징계혐의 사실: 업체 대표로부터 향응을 제공받음"
    )
    assert classify_text(text).disclosure == "non_public"


def test_a_roster_whose_first_column_ocr_ran_into_the_next() -> None:
    text = (
        "방문건강관리대상자 현황 송부\n1. 요청하신 현황을 송부합니다.\n연번 성명  나이  주요질환  주소\n"
        "1  나래온  72  뇌졸중 후유증  가람시 누리로 33\n2 도하람  79  당뇨 합병증  가람시 솔내길 5\n"
        "3  모은결  83  치매(경도)  가람시 새말로 18\n/ 공개"
    )
    sens = classify_text(text)
    assert sens.disclosure == "non_public" and {"OIDA-9-1-6", "PIPA-23"} <= set(sens.reasons), sens.reasons
