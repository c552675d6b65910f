"""Known names (well-known people and the places and firms that read like names), birth dates under a
bilingual form's label, a printed format hint or beside a name, health-insurance numbers grouped
otherwise under their label, and record numbers shaped like phone numbers. Private persons' values are
invented; the public figures are from the packaged list of known names."""

from __future__ import annotations

import pytest
from shared_core import found

from gongmun.redaction.namemodel.gazetteer import known_kind, known_names


def test_the_list_knows_people_places_and_names_that_are_also_words() -> None:
    kinds = known_names()
    assert len(kinds) > 20_000
    assert known_kind("간디") == "person"
    assert known_kind("원주") == "other"
    assert known_kind("워싱턴") == "person_word"  # a president and a city: context decides
    assert known_kind("바로") == "person_word"  # a stage name Kiwi reads as an adverb
    assert known_kind("도널드") == "person_part"  # the given name of a listed foreign name
    assert known_kind("가나다라마") is None
    # common foreign given and family names (scripts/gazetteers/foreign_name_parts.tsv), not one person each;
    # a name that is also a Korean word or a listed place stays what the other lists say
    assert known_kind("페트로프") == "person_part"
    assert known_kind("곤살레스") == "person_part"
    assert known_kind("사카모토") == "person"  # a listed person keeps that reading
    assert known_kind("멘도사") == "other"  # a family name and a listed city: the city list wins


def test_a_known_person_without_any_cue_in_the_sentence() -> None:
    assert found("간디의 비폭력 운동을 다룬 전시가 시립미술관에서 열린다.", "PERSON") == ["간디"]


def test_a_known_person_before_a_place_office_title() -> None:
    # a two-syllable word before 의원 is refused as a place ('원주 시장'), but not a known person's name
    assert found("국회 교육위원회 설훈 의원이 질의했다.", "PERSON") == ["설훈"]
    assert found("원주 시장은 오전에 간담회를 열었다.", "PERSON") == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("성명 곽도윤 / 생년월일 (YYYY-MM-DD) : 1983-05-17", "1983-05-17"),
        ("출생일 (YYYY/MM/DD) 2016/02/11\n반: 3-2", "2016/02/11"),
        ("  생년월일 (YY.MM.DD)：82.08.15\n  신청인 남궁다온", "82.08.15"),
        ("생년월일 또는 등록번호 Birth date or registration number: 1988.03.09.", "1988.03.09."),
        ("보호자 추다인 / 1965-08-30, 010-2233-4455", "1965-08-30"),
        ("조사 대상: 설우석 (회계 담당, 820314)", "820314"),
    ],
)
def test_birth_dates_under_hints_bilingual_labels_and_beside_names(text: str, date: str) -> None:
    assert found(text, "DATE_OF_BIRTH") == [date]


def test_an_event_date_after_an_institution_in_brackets_is_no_birth_date() -> None:
    assert found("정책위원회(서울, 2001. 3. 4.) 개최 결과", "DATE_OF_BIRTH") == []


@pytest.mark.parametrize(
    "text",
    [
        "건강보험증 번호: 41207-530218",
        "건보 증 번호 23012-348821",
        "보험증 번호 55123-112233 (지역가입자)",
    ],
)
def test_a_health_insurance_number_grouped_otherwise_under_its_label(text: str) -> None:
    assert len(found(text, "KR_HEALTH_INSURANCE")) == 1


def test_eleven_digits_under_a_notice_number_label_are_no_health_insurance_number() -> None:
    assert found("건강보험료 고지번호 2023-1234567", "KR_HEALTH_INSURANCE") == []


@pytest.mark.parametrize(
    "text",
    ["고지번호 042-2020-1188", "민원 분류 051-2018-7731", "민원(032-2022-4412) 처리 결과를 알려 드립니다."],
)
def test_a_record_number_shaped_like_a_landline_is_no_phone(text: str) -> None:
    assert found(text, "PHONE_NUMBER") == []


def test_a_direct_line_shaped_the_same_is_a_phone() -> None:
    assert found("담당자 연락처 031-2021-4455", "PHONE_NUMBER") == ["031-2021-4455"]


@pytest.mark.parametrize(
    "text",
    [
        "차명 카니발 (12가 3456)",
        "렌트 차종 레이 / 34나 5678",
        "○ 계약 상대자는 (주)다온설비건설이며 착공은 다음 달이다.",
        "차량은 누리바람렌터카(주)에서 빌렸다.",
        "문의는 생활체육진흥과 주무관께 주십시오.",
        "다온군\n\n수신자 참조",
    ],
)
def test_name_shaped_words_naming_cars_firms_offices_and_towns(text: str) -> None:
    names = found(text, "PERSON")
    assert not any(
        n in ("카니발", "레이", "다온설비건설", "누리바람렌터카", "생활체육진흥", "다온") for n in names
    )


def test_a_data_subject_in_an_access_log_and_a_caller_told_of_in_a_summary() -> None:
    log = "[조회 기록] 처리자 봉다현 / 정보주체 구하람 조회 / 10.0.0.1"
    assert "구하람" in found(log, "PERSON")
    assert found("상담 메모: 민원인이 자신을 모아린(이)라고 소개함.", "PERSON") == ["모아린"]
    assert found("정보주체 권리 보장 안내문을 조회하시기 바랍니다.", "PERSON") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("주소 : 천안시 서북구 새봄동 71번지\n보호자 연락처 별첨", "천안시 서북구 새봄동 71번지"),
        ("등록기준지  달서구 새봄동 58번지", "달서구 새봄동 58번지"),
        ("주소 : 서초구 서초동 1234번지 2층", "서초구 서초동 1234번지 2층"),
    ],
)
def test_a_lot_number_address_with_its_word(text: str, address: str) -> None:
    assert found(text, "KR_ADDRESS") == [address]


def test_the_new_birth_date_of_a_correction_and_a_cards_field_named_after_its_value() -> None:
    request = "정정 요청: 가족관계등록부의 출생연월일을 1966년 4월 2일에서 1970. 5. 3.로 바로잡음"
    assert found(request, "DATE_OF_BIRTH") == ["1966년 4월 2일", "1970. 5. 3."]
    assert found("서울 11-123456-78\n모다온\n1961.05.02. (생년월일)", "DATE_OF_BIRTH") == ["1961.05.02."]
    assert found("계약 기간을 2019. 7. 4.에서 2020. 7. 4.로 변경", "DATE_OF_BIRTH") == []


def test_an_unlabelled_health_insurance_number_in_a_row_cut_by_spaced_semicolons() -> None:
    rows = "1 ; 모다온 ; 810203-1234568 ; 52013370218\n2 ; 추하람 ; 790101-2345671 ; 71203348765"
    assert found(rows, "KR_HEALTH_INSURANCE") == ["52013370218", "71203348765"]
