"""Names in the slots of applications, logs and transcripts (family members and guarantors listed with
slashes, the signature line, a log's account holder, bracketed labels, the doctor in charge, the chair
addressed by name, an account holder named before 명의, a caller's name before a spaced copula), two-
syllable names followed where an honorific marks them again, labels written after the value or with a
bracketed note (health-insurance and birth-date fields), and whose contact points a contract's parties
list (a firm's main number is its own; the ordering institution's address is not personal; a school
office's line is the school's). Every value is invented."""

from __future__ import annotations

import pytest
from shared_core import found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("동반 가족\n- 배우자 하 나디아 / 외국인등록번호 900101-6123456 / 여권번호 M12345678", "하 나디아"),
        ("[동반 가족]\n- Child MORALES, TEODORO / ARC No. 100203-7123456", "MORALES, TEODORO"),
        ("- Spouse 리나 오코너 / 등록번호 880514-6234567", "리나 오코너"),
        ("신원보증인 탁은서 / 010-2841-7730", "탁은서"),
        ("위 내용이 사실과 같음을 확인합니다.\n신고인 서명 로사 벨트란\n처리기관 확인란", "로사 벨트란"),
        ("[경고] 03/02 10:11 과다 열람 uid=k7731(채도윤) host=10.1.2.3", "채도윤"),
        ("03/02 10:11 ; k7731 ; 열람 ; 정보주체 심가온 | 등본 출력", "심가온"),
        ("① 신청인\n[성명] 편하율   주민등록번호 900101-1234567", "편하율"),
        ("퇴원 예정일 미정\n담당 의사: 예무진\n", "예무진"),
        ("도하람 위원: 석지율위원장님 말씀대로 보류하시죠.", "석지율"),
        ("혐의자는 봉재윤 명의 계좌(123-45-678901)를 빌려 사용하였다.", "봉재윤"),
        ("제목: RE: 등본 발급 문의\n\n탁린님, 요청하신 서류를 첨부합니다.", "탁린"),
        ("본인 성함이 어떻게 되시죠?\n[14:31] 민원인: 국하윤 입니다", "국하윤"),
    ],
)
def test_a_name_in_its_slot(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


def test_a_kinship_or_a_role_greeted_is_no_name() -> None:
    assert (
        found("아버님, 요청하신 증명서를 보내 드립니다.\n고객님 안녕하세요, 안내 드립니다.", "PERSON") == []
    )


def test_a_two_syllable_name_recurs_with_an_honorific() -> None:
    text = "탁린 님 귀하\n요청하신 대로 탁린님의 연락처를 명부에서 지웠습니다."
    assert found(text, "PERSON") == ["탁린", "탁린"]


def test_a_firms_main_number_under_its_party_block_is_its_own() -> None:
    text = (
        "계약자 현황\n(갑) 가람시 도시공사 가람시 중앙대로 900\n(을) 누리솔루션(주)\n"
        "대표이사 금하연\n본사: 가람시 솔내로 55, 3층\n대표번호 031-707-1234 / 팩스 031-707-1235"
    )
    assert found(text, "PHONE_NUMBER") == ["031-707-1234", "031-707-1235"]
    # the ordering institution's own address is not personal; the firm's is
    assert found(text, "KR_ADDRESS") == ["가람시 솔내로 55, 3층"]


def test_an_institutions_main_number_under_its_own_party_stays_unlabelled() -> None:
    text = "(갑) 행정안전부\n대표번호 044-205-1234\n(을) 상호: 가람상사\n전화 02-555-0101"
    assert found(text, "PHONE_NUMBER") == ["02-555-0101"]


def test_a_school_offices_line_is_the_schools_unless_a_teacher_is_named_with_it() -> None:
    text = "생활기록 문의: 교무실 031-555-7788\n주말 문의는 민원실(02-3150-2000)로 하십시오."
    assert found(text, "PHONE_NUMBER") == []
    assert found("담임 교사 고은별  교무실 031-555-7788", "PHONE_NUMBER") == ["031-555-7788"]


def test_a_name_ending_like_a_paper_is_still_a_name() -> None:
    assert found("제목: 자료 요청\n\n모예서님 안녕하세요, 보내 주신 파일 받았습니다.", "PERSON") == ["모예서"]
    assert found("참여자 현황표\n번호 | 이름 | 비고", "PERSON") == []


@pytest.mark.parametrize(
    "text",
    [
        "휴대 010-2841-7730\n31245678901 (보험증 번호)\n가족 사항",
        "환자 탁서진 (남)\n31245678901 <- 건강보험증",
    ],
)
def test_a_health_insurance_number_labelled_after_it(text: str) -> None:
    assert found(text, "KR_HEALTH_INSURANCE") == ["31245678901"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("임차인 편도윤  생년월일(외국인은 등록번호 앞자리) 1981.04.05.\n임차 주택 가람시", "1981.04.05."),
        ("편도윤 / 1979.09.14.(출생일) / 가람시 거주", "1979.09.14."),
        ("청구인 모하람(1990 년 02 월 13 일생)은 등본 발급을 청구하였다.", "1990 년 02 월 13 일"),
        ("[출생일(YYYYMMDD)] 19780708\n연락처", "19780708"),
    ],
)
def test_birth_dates_under_bracketed_labels_after_values_and_spaced(text: str, date: str) -> None:
    assert found(text, "DATE_OF_BIRTH") == [date]


def test_a_spaced_date_without_a_birth_label_is_no_birth_date() -> None:
    assert found("회의는 2024 년 03 월 05 일 14시에 열린다.", "DATE_OF_BIRTH") == []


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("환급 계좌 알려 주세요\n민원인: NH 301-2245-6789-11 입니다", "301-2245-6789-11"),
        ("그럼 MG새마을 9003-21-456789-1로 보낼게요", "9003-21-456789-1"),
        ("계좌는 카카오 3333-12-3456789요", "3333-12-3456789"),
    ],
)
def test_an_account_after_a_banks_initials_or_short_name(text: str, account: str) -> None:
    assert found(text, "KR_BANK_ACCOUNT") == [account]


def test_a_chat_logs_time_stamps_are_no_accounts() -> None:
    text = (
        "[2024-02-03 09:15:25] 상담사: 환불 계좌 알려주세요\n[2024-02-03 09:16:02] 고객: 우리 1002-345-678901"
    )
    assert found(text, "KR_BANK_ACCOUNT") == ["1002-345-678901"]
