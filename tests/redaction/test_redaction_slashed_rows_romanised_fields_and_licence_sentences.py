"""Rosters written with slashes between their fields (a header row of field names over rows of values),
the romanised name fields of passport and residence forms, names glued to a committee title or set
between a grade and an office, numbers a line wrap broke, and identifiers named by what follows them
(a judgment's '…호 제2종 소형 운전면허', a chat's '… 이고 만료는 …'). Every value is invented."""

from __future__ import annotations

import pytest
from shared_core import found

ROSTER = (
    "이주노동자 채용 명세 (주식회사 누리하늘)\n"
    "순번 / 이름 / 나라 / 등록번호 / 여권 / 입국일\n"
    "1 / TORAN BEKZOD / 키르기스스탄 / 790214-5123458 / 702215634 / 2024. 4. 9.\n"
    "2 / 느엉 반 투 / 베트남 / 860930-6234511 / EK3150278 / 2028. 1. 20.\n"
)


def test_a_slashed_roster_reads_its_header_for_every_field() -> None:
    assert found(ROSTER, "PERSON") == ["TORAN BEKZOD", "느엉 반 투"]
    assert found(ROSTER, "KR_PASSPORT") == ["702215634", "EK3150278"]


def test_a_list_item_cut_by_slashes_takes_its_column_from_the_items_beside_it() -> None:
    text = (
        "출장자 명단을 보내드립니다.\n"
        "- 우다솜 / M40721583 / 출생 1984. 2. 3.\n"
        "- ANNA KOWAL / B31072264 / 출생 1979. 8. 1.\n"
    )
    assert found(text, "KR_PASSPORT") == ["M40721583", "B31072264"]


def test_a_passport_number_told_with_its_expiry_in_a_chat_about_passports() -> None:
    text = "직원: 여권은 번호를 적어 주시면 됩니다\n고객: 딸아이는 PB4820371 이고 만료는 2027. 3. 2.\n"
    assert found(text, "KR_PASSPORT") == ["PB4820371"]


def test_a_scanned_passport_label_without_its_number_word_still_labels_the_value() -> None:
    assert found("여권 번호: Passport  P73SS410B\n연락처 02-123-4567", "KR_PASSPORT") == ["P73SS410B"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("한글성명: 모아린   로마자성명 (성) MO (이름) ARIN", ["모아린", "MO", "ARIN"]),
        ("Surname: Baatar    Given names: Tuya\n출생 1990. 5. 6.", ["Baatar", "Tuya"]),
        ("SURNAME Baatar   GIVEN NAMES Tuya", ["Baatar", "Tuya"]),
        ("※ 위 Tuya Baatar의 정보는 관계 법령에 따라 제공합니다.", ["Tuya Baatar"]),
    ],
)
def test_romanised_name_fields_and_the_above_named(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


def test_a_nationality_cell_spaced_by_a_scan_is_no_name() -> None:
    text = "1) Sunil Rana (수닐 라나) / 국 적 네팔 / 외국인등록번호 810203-5123457"
    assert "적 네팔" not in found(text, "PERSON")


def test_names_between_a_grade_and_an_office_in_a_personnel_order() -> None:
    text = (
        "가람시 인사발령\n\n"
        "전보  행정6급  여다온  총무과 근무를 명함\n"
        "승진  사회복지6급  탁윤  복지정책과 근무\n"
    )
    assert found(text, "PERSON") == ["여다온", "탁윤"]


def test_a_committee_title_glued_onto_a_name_and_field_values_after_a_colon() -> None:
    assert found("【회의 내용】\n우다솜위원 \n  기준을 다시 보았으면 합니다.", "PERSON") == ["우다솜"]
    assert found("상담사: 변율 (사번 E10234)", "PERSON") == ["변율"]
    assert found("담당 통번역사: 모아린", "PERSON") == ["모아린"]
    assert found("현장대리인은 우다솜 ((010) 2345-6789)", "PERSON") == ["우다솜"]


@pytest.mark.parametrize(
    "phrase",
    ["정보과장 회의를 열었다", "조사위원 명단을 붙임", "기획과장은 이렇게 말했다"],
)
def test_an_office_and_its_title_run_together_are_no_name(phrase: str) -> None:
    assert found(phrase, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("이름: 모아린   생년월일 (YYYY/MM/DD): 1984-02-03\n종류: 2종 소형", "1984-02-03"),
        ("조회 대상 외국인 Tuya Baatar(몽골, 1990년 5월 6일)의 체류 정보", "1990년 5월 6일"),
    ],
)
def test_birth_dates_after_a_format_hint_or_a_nationality(text: str, date: str) -> None:
    assert found(text, "DATE_OF_BIRTH") == [date]


def test_a_number_with_a_government_code_belongs_to_the_firm_written_beside_it() -> None:
    firm = "| 1 | 주식회사 다온기술 | 우다솜 | 713-83-05292 | 010-2345-6789 |"
    city = "계약기관 가람시청 (사업자등록번호 713-83-05292)에서 발주함"
    assert found(firm, "KR_BRN") == ["713-83-05292"]
    assert found(city, "KR_BRN") == []


@pytest.mark.parametrize(
    "text",
    [
        "납세자: 주식회사 다온   사업자등록번호: 507-81-7\n2644   대표자: 우다솜",
        "사업자등록번호 26\n35541086",
        "(대표 우다솜, 사업자 263 55 41086)",
    ],
)
def test_business_numbers_broken_by_a_wrap_or_spaced(text: str) -> None:
    assert len(found(text, "KR_BRN")) == 1


def test_abbreviated_insurance_card_labels_and_a_resident_number_split_across_cells() -> None:
    assert found("건보증번호: 31728405516", "KR_HEALTH_INSURANCE") == ["31728405516"]
    row = "자녀 | 우다솜 | 150304 | 4123456 | 52013846172"
    assert found(row, "KR_HEALTH_INSURANCE") == ["52013846172"]


def test_licence_numbers_named_by_the_words_after_them() -> None:
    judgment = "피고인은 2019. 3. 4. 231745098812호 제2종 소형 운전면허를 받았다."
    assert found(judgment, "KR_DRIVER_LICENSE") == ["231745098812"]
    rental = "고객: 제2운전자는 모아린 151204778390"
    assert found(rental, "KR_DRIVER_LICENSE") == ["151204778390"]


def test_a_scanned_licence_number_whose_first_one_the_bar_fold_took() -> None:
    text = "운전면허증 갱신 신청\n| 면허 번호|경남 l2-3S4917-80\n| 주소"
    assert found(text, "KR_DRIVER_LICENSE") == ["경남 l2-3S4917-80"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("위 탁윤은(는) 2024. 5. 6. 음주 상태로 운전하였다.", "탁윤"),
        ("[가람=새솔일보] 변율 기자 = 지난 3일 오후", "변율"),
        ("이웃을 도운 탁윤(45·자영업) 씨가 감사패를 받았다.", "탁윤"),
        ("퇴직한 변율(61)이 자료를 내려받은 사실이 확인됐다.", "변율"),
    ],
)
def test_one_syllable_given_names_in_slots_only_a_name_fills(text: str, name: str) -> None:
    assert found(text, "PERSON") == [name]


@pytest.mark.parametrize(
    "text",
    [
        "○ 위원장: 원안 가결합니다.",
        "○ 간사: 이견 없습니다.",
        "안건(1)은 원안대로 의결함",
        "위 신청인은(는) 다음과 같이 신청합니다.",
    ],
)
def test_a_speakers_first_word_and_numbered_items_are_no_names(text: str) -> None:
    assert found(text, "PERSON") == []


def test_the_issuing_offices_address_under_its_heads_name_is_no_ones_home() -> None:
    letter = "문의는 민원과로 하여 주십시오.\n\n누리구청장\n(54321) 부산광역시 누리구 바다로 88 / 대표전화 051-900-1234"
    assert found(letter, "KR_ADDRESS") == []
    form = "신청인 주소\n(54321) 부산광역시 누리구 바다로 88, 3층 302호"
    assert found(form, "KR_ADDRESS") == ["부산광역시 누리구 바다로 88, 3층 302호"]


@pytest.mark.parametrize(
    "text",
    [
        "- 민원인 우다솜(52세, 새솔동) 씨가 낸 건의를 논의함",
        "세대 구성\n관계 | 이름 | 주민번호\n손녀 | 우다솜 | 150304-4******",
        "안내: 누리택스 고객센터(1588-0000)로 연락",
        "보호자 우다솜, 배우자 전화번 호 010-2345-6789",
    ],
)
def test_places_relations_services_and_broken_labels_beside_names_are_no_names(text: str) -> None:
    assert found(text, "PERSON") in ([], ["우다솜"])


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("가구원  배우자 우다솜 (1983. 7. 9.), 자녀 모아린 (2014-05-06)", "2014-05-06"),
        ("돌봄교실 명단\n1. 탁윤서 (140506) 보호자 휴대폰 010-2345-6789", "140506"),
        ("직원: 면허 번호랑 생년월일 적어 주세요\n고객: 서울 12-345678-90\n고객: 1983. 7. 9.", "1983. 7. 9."),
    ],
)
def test_childrens_and_answered_birth_dates(text: str, date: str) -> None:
    assert date in found(text, "DATE_OF_BIRTH")


def test_a_date_two_turns_after_the_question_counts_only_from_the_same_speaker() -> None:
    chat = "[가람여행] [오후 2:01] 여권 번호랑 생년월일 남겨 주세요\n[고객] [오후 2:03] M40721583\n[고객] [오후 2:04] 1983. 7. 9."
    assert found(chat, "DATE_OF_BIRTH") == ["1983. 7. 9."]
    notes = "문의: 생년월일 확인 부탁드립니다.\n응대: 담당 부서 연결 안내.\n조치: 2024. 1. 19.까지 회신 예정"
    assert found(notes, "DATE_OF_BIRTH") == []


def test_latin_names_in_a_members_list_and_in_a_roles_brackets() -> None:
    minutes = (
        "참석: 위원장 우다솜, 위원 모아린, 탁윤서, AMARA OKAFOR (모두 4명)\n○ 위원(AMARA OKAFOR) 찬성합니다."
    )
    assert found(minutes, "PERSON").count("AMARA OKAFOR") == 2
    chat = "손님: 아내(LENA VOGEL)는 다음 주에 입국해요"
    assert found(chat, "PERSON") == ["LENA VOGEL"]
    assert found("추진 과제: 누리, 가람, SMART CITY 시범", "PERSON") == []


def test_a_transcripts_other_speakers_are_people_once_two_are_named() -> None:
    text = (
        "[녹취]\n우다솜: 자료를 먼저 보겠습니다.\n탁윤서: 일정은 다음 주가 좋겠습니다.\n"
        "변율: 저도 같은 생각입니다.\n아마라 오카포: 서류는 제가 내겠습니다.\n질의 요지: 일정 확인"
    )
    names = found(text, "PERSON")
    assert "변율" in names and "아마라 오카포" in names and "질의 요지" not in names


def test_a_resident_number_kept_in_three_cells_with_its_dash_in_the_middle() -> None:
    row = "| 이름 | 우다솜 | 주민번호 | 850101 | - | 1234567 |"
    assert found(row, "KR_RRN") == ["850101", "1234567"]
    assert found("| 관리번호 | 850101 | - | 1234567 |", "KR_RRN") == []
