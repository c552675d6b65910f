"""Classes the sealed_v set (first score: label 0.877, 2 of 81 withheld routed in) showed, each written
here afresh: the level under a '공개구분' column of an approval table (and a 정보목록 whose column lists
other documents' levels); a field label carrying the law in brackets or a dash for its colon; a part said
to be left out of the released version; details withheld while the rest is released; a ※ note masking a
part then releasing the rest, the law cited after it; a table of the grades in a handling guide; a
framed stamp opening a sentence, and a stamp with its period in brackets; a citizen named as the one who
asked; an inmate watched; an official's sick leave for a named illness under a printed '공개'. Names,
numbers and bodies are invented."""

from __future__ import annotations

from shared_core import classify_text


def test_the_level_under_a_field_column_of_an_approval_table() -> None:
    for row in (
        "주무관 나래온|팀장 도하람|과장 모은결|비공개(5)",
        "주무관 나래온  팀장 도하람  과장 모은결  비공개 5",
    ):
        head = "기안|검토|결재|공개구분" if "|" in row else "기안  검토  결재  공개구분"
        text = f"가람시 내부 결재\n{head}\n{row}\n청사 이전 후보지 비교 의견을 보고드립니다."
        sens = classify_text(text)
        assert sens.disclosure == "non_public" and "OIDA-9-1-5" in sens.reasons, (row, sens.reasons)


def test_an_information_list_column_is_not_this_documents_level() -> None:
    text = (
        "가람시 생산 문서 정보목록\n문서번호\t제목\t생산일자\t공개구분\n"
        "도시과-101\t가로등 정비\t2020.01.02.\t부분공개(6)\n도시과-102\t예산 검토\t2020.01.09.\t비공개(5)\n"
        "도시과-103\t청소 일정\t2020.01.16.\t공개"
    )
    assert classify_text(text).disclosure == "public"


def test_a_field_label_with_the_law_in_brackets_or_a_dash() -> None:
    for field in (
        "공개구분(정보공개법): 부분공개(제5호)",
        "공개여부 - 부분공개(제5호)",
        "공개구분 - 부분공개 (5)",
    ):
        text = f"가람시 자문위원회 회의 결과\n안건 1 원안 가결\n위원별 의견은 정리 중이다.\n{field}"
        sens = classify_text(text)
        assert sens.disclosure == "partial" and sens.reasons == ["OIDA-9-1-5"], (field, sens.reasons)


def test_a_part_left_out_of_the_released_version() -> None:
    cases = [
        ("다만 응시자 개인별 점수는 이 공개본에 싣지 않았습니다.", "OIDA-9-1-6"),
        ("붙임 3 개인별 평가표는 제9조 1항 6호에 해당하여 공개본에서 제외하였습니다.", "OIDA-9-1-6"),
        ("다만 내부 검토 의견은 이 공개본에 싣지 않았습니다.", "OIDA-9-1-5"),
    ]
    for line, reason in cases:
        text = f"가람공사 신규 직원 채용 결과 알림\n1. 최종 합격자 4명\n2. 임용 예정일: 2026. 3. 2.\n붙임 1. 총괄표 1부.\n{line}"
        sens = classify_text(text)
        assert sens.disclosure == "partial" and reason in sens.reasons, (line, sens.reasons)


def test_details_withheld_while_the_rest_is_released() -> None:
    for line in (
        "세부 평가 내용은 「공공기관의 정보공개에 관한 법률」 제9조 제1항 제7호에 따라 비공개 처리하였습니다.",
        "업체별 기술평가 세부 점수는 영업상 비밀에 해당하여 공개하지 않습니다.",
    ):
        text = (
            "가람공사 용역 제안서 평가 결과\n평가 결과를 다음과 같이 공개합니다.\n우선협상대상자: (주)누리테크\n"
            f"업체\t기술점수\t가격점수\n가 업체\t비공개\t18.1\n나 업체\t비공개\t17.4\n{line}"
        )
        sens = classify_text(text)
        assert sens.disclosure == "partial" and sens.reasons == ["OIDA-9-1-7"], (line, sens.reasons)


def test_a_detail_withheld_on_security_grounds_alone_states_no_item() -> None:
    text = (
        "가람시 정보보안 점검 결과\n□ 점검 대상: 본청 전 부서\n□ 주요 지적: 보조기억매체 미등록 사용 4건\n"
        "※ 세부 취약점 내역은 보안상 공개하지 않음."
    )
    assert classify_text(text).disclosure == "public"


def test_a_note_masking_a_part_then_releasing_the_rest() -> None:
    text = (
        "가람구 기간제 근로자 채용 결과 알림\n최종 합격자 3명\n붙임 1. 결과 총괄표 1부.\n"
        "※ 붙임 2의 개인정보 부분은 가리고 나머지를 공개함(「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호)."
    )
    sens = classify_text(text)
    assert sens.disclosure == "partial" and sens.reasons == ["OIDA-9-1-6"], sens.reasons


def test_a_table_of_the_grades_in_a_handling_guide_is_not_a_marking() -> None:
    text = (
        "보안 문서 취급 안내\n대외비 문서는 각 면 위아래 가운데에 표시합니다.\n비밀은 취급인가자만 다룹니다.\n"
        "구분\t표시 위치\t보관\n대외비\t각 면 상·하단\t잠금장치 있는 용기\nⅡ·Ⅲ급\t각 면 상·하단, 표지\t비밀보관용기"
    )
    sens = classify_text(text)
    assert (sens.marking, sens.disclosure) == ("none", "public"), sens.evidence


def test_a_framed_stamp_opening_a_sentence_and_a_stamp_with_its_period() -> None:
    framed = (
        "관내 불법 도박장 첩보 수사 협조 요청\n《대외비》 가람경찰서 형사과에서 작성한 수사 협조 요청 자료입니다.\n"
        "□ 주요 내용: 잠복 일정과 내사 대상 업소"
    )
    period = (
        "대외비(보호기간: 2030. 6. 30.까지) 청사 경비 공백 점검 결과\n가람시 총무과에서 작성한 자료입니다."
    )
    for text in (framed, period):
        sens = classify_text(text)
        assert (sens.marking, sens.disclosure) == ("대외비", "non_public"), text


def test_a_citizen_named_as_the_one_who_asked() -> None:
    text = (
        "민원 회신\n모은결 님께서 문의하신 수용자 접견 예약 건에 대해 회신드립니다.\n"
        "희망일은 시설 점검으로 접견을 운영하지 않습니다.\n가람교도소 민원과"
    )
    sens = classify_text(text)
    assert sens.disclosure == "partial" and "OIDA-9-1-6" in sens.reasons, sens.reasons


def test_an_inmate_watched_is_a_corrections_matter() -> None:
    text = (
        "수용자 동정 보고\n수용자 도하람(수용번호 2817)의 최근 동정을 보고합니다.\n"
        "같은 거실 수용자와 마찰이 잦아 서신 검열을 강화하는 방안을 검토 중임."
    )
    sens = classify_text(text)
    assert sens.disclosure == "non_public" and {"OIDA-9-1-4", "OIDA-9-1-6"} <= set(sens.reasons), sens.reasons


def test_sick_leave_for_a_named_illness_under_a_printed_public() -> None:
    text = (
        "인사 처분 결과 알림\n1. 총무과 행정사무관 나래온에 대한 질병휴직 처분 결과를 알려 드립니다.\n"
        "2. 사유: 알코올 의존 치료를 위한 입원\n3. 복무 관리에 참고하시기 바랍니다.  끝.\n가람시장\n"
        "시행 총무과-1234 (2026. 3. 2.)   접수\n우 12345 가람시 누리로 1 / 전화 031-000-0000\n공개구분：공개(원문)"
    )
    sens = classify_text(text)
    assert sens.disclosure == "non_public" and {"OIDA-9-1-6", "PIPA-23"} <= set(sens.reasons), sens.reasons
