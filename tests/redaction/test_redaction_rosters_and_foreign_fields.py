"""Classes the spent sealed_h set showed missed after its single score, each written here afresh:
health-insurance card numbers in check-up rosters a converter ran together or exported as CSV, birth
dates standing right after a name in lists that give birth dates, foreign names in numbered rows before
a nationality, in form fields closed by a dash or brackets, as one long Hangul word, under a scanned
card's number line, and callers introducing themselves. Names and numbers are invented."""

from __future__ import annotations

import pytest
from shared_core import found

FOUND = [
    (
        "KR_HEALTH_INSURANCE",
        "card number in a run-together check-up roster",
        "2025년 건강검진 미수검자 안내\n1 도하람 880102-1xxxxxx 61234509876 미수검 2 채누리 790304-2xxxxxx 72345610987 2차",
        "72345610987",
    ),
    (
        "KR_HEALTH_INSURANCE",
        "card number in a CSV export of insured persons",
        "직장가입자 건강검진 대상 통보\n1,도하람,880102-1******,5-1234567890,미수검\n",
        "5-1234567890",
    ),
    (
        "KR_HEALTH_INSURANCE",
        "card number after a bare 증번호 cell",
        "건강보험 피부양자 등록\n가입자 성명\t도하람\n증번호\t61234509876\t연락처\t010-2345-6789",
        "61234509876",
    ),
    (
        "DATE_OF_BIRTH",
        "six-digit birth date after a name in a run-together roster",
        "번호 성명 생년월일 주소 1 도하람 880102 가람시 누리로 1 2 채누리 790304 가람시 솔로 2",
        "790304",
    ),
    (
        "DATE_OF_BIRTH",
        "birth date after a name in a row with an e-mail",
        "강사 위촉 명단\n도하람 1988-01-02 haram.do@example.com 요리",
        "1988-01-02",
    ),
    (
        "DATE_OF_BIRTH",
        "birth date that wraps after its dash",
        "| 생년월일 | 1990-\n04-05 |",
        "1990-\n04-05",
    ),
    (
        "PERSON",
        "Hangul foreign name before a nationality",
        "명단\n1 아리 수산토 인도네시아 B1234567 2024-01-02",
        "아리 수산토",
    ),
    (
        "PERSON",
        "Latin name in a CSV row before a nationality",
        "명단\n2,NGUYEN, VAN BINH,베트남,C1234567\n",
        "NGUYEN, VAN BINH",
    ),
    ("PERSON", "name after a dash", "성명(한글) - 채누리\n영문 이름 - Nuri Chae", "채누리"),
    ("PERSON", "foreign name in brackets", "한글성명 [ 바트에르덴 수렌 ]\n국적 [ 몽골 ]", "바트에르덴 수렌"),
    ("PERSON", "foreign name as one long word", "성명(한글): 바트에르덴수렌\n국적: 몽골", "바트에르덴수렌"),
    (
        "PERSON",
        "applicant with an English label",
        "신청일: 2024. 5. 6.\n신청인(Applicant) 마리아 산토스\n",
        "마리아 산토스",
    ),
    ("PERSON", "signature line of a foreign applicant", "신청인 서명: 바트에르덴 수렌\n", "바트에르덴 수렌"),
    (
        "PERSON",
        "caller introduces themselves",
        "상담원: 무엇을 도와드릴까요?\n고객: 네, 저 채누리입니다. 환급 문의요.",
        "채누리",
    ),
    (
        "PERSON",
        "name on a scanned registration card",
        "외국인등록증\n880102-5123456  남/M  필리핀\nSANTOS\nMIGUEL\n체류자격 E-9",
        "SANTOS\nMIGUEL",
    ),
    (
        "PERSON",
        "Latin name in a row of a passport and a birth date",
        "3\t주무관\t도하람\tDO HARAM\tM12345678\t1988-01-02",
        "DO HARAM",
    ),
    (
        "PERSON",
        "two-syllable name in a form cell with a closing bar",
        "| 성명(대표자) | 채솔 |\n| 주소 | 가람시 |",
        "채솔",
    ),
]


MORE_FOUND = [
    (
        "PHONE_NUMBER",
        "mobile with the head of its middle group masked",
        "연락처 010-**83-0586",
        "010-**83-0586",
    ),
    ("PHONE_NUMBER", "old mobile with a three-digit masked group", "보호자 011-**6-2033", "011-**6-2033"),
    ("PHONE_NUMBER", "masked mobile with an OCR'd prefix", "연락처\t0l0-XXXX-7502", "0l0-XXXX-7502"),
    ("PHONE_NUMBER", "OCR'd prefix closed by a bracket", "연락처\t0l0)6965-2881\n", "0l0)6965-2881"),
    (
        "PHONE_NUMBER",
        "international number wrapped after +82",
        "| 휴대전화 | +82-\n10-5204-2494 |",
        "+82-\n10-5204-2494",
    ),
    (
        "PHONE_NUMBER",
        "digits dictated with 의 between groups",
        "고객: 공일공의 이팔육사의 공삼팔공이요.",
        "공일공의 이팔육사의 공삼팔공",
    ),
    (
        "KR_PASSPORT",
        "nine-digit passport after the nationality",
        "1 올리비아 헤이스 미국 619328209 010-4872-4489",
        "619328209",
    ),
    (
        "KR_PASSPORT",
        "passport wrapped after the nationality",
        "3,Dewi Lestari,인도네시아,X3665\n883,770826-5129273",
        "X3665\n883",
    ),
]


@pytest.mark.parametrize(
    ("entity", "case", "text", "value"), FOUND + MORE_FOUND, ids=[c[1] for c in FOUND + MORE_FOUND]
)
def test_found(entity: str, case: str, text: str, value: str) -> None:
    assert value in found(text, entity), case


NOT_FOUND = [
    (
        "PERSON",
        "a status repeating down a roster column",
        "1,도하람,880102-1******,미수검\n2,채누리,790304-2******,미수검\n3,하가온,800506-1******,미수검\n",
        "미수검",
    ),
    (
        "PERSON",
        "a job title before the name is not part of it",
        "상담자: 사회복지주무관 채누리\n",
        "사회복지주무관 채누리",
    ),
    (
        "PERSON",
        "a form key beside a name row",
        "| 성명(Name in Full) | SANTOS MIGUEL |\n| 국적 | 필리핀 |",
        "국적",
    ),
    (
        "KR_HEALTH_INSURANCE",
        "an account number after a bank in a resident roster",
        "건강보험 환급 명단\n1 도하람 880102-1xxxxxx 농협 30123456789",
        "30123456789",
    ),
    (
        "DATE_OF_BIRTH",
        "a visit date after a name where no birth dates are listed",
        "방문 기록\n도하람 2024-05-06 상담 완료",
        "2024-05-06",
    ),
]


@pytest.mark.parametrize(("entity", "case", "text", "value"), NOT_FOUND, ids=[c[1] for c in NOT_FOUND])
def test_not_found(entity: str, case: str, text: str, value: str) -> None:
    assert value not in found(text, entity), case


def test_fully_masked_mobile_is_no_finding() -> None:
    assert found("연락처 010-XXXX-XXXX", "PHONE_NUMBER") == []
