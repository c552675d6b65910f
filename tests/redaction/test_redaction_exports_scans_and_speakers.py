"""Classes the sealed_n set (first score: overlap F1 0.971; account recall 0.861, passport 0.956, person
0.909) showed, each written here afresh: accounts in a headerless row after a resident number, and in a
semicolon export under its header; a passport read by OCR under its label (spaces, a line break,
full-width digits); a foreign passport in a headerless column of Korean ones; a licence number with a
look-alike letter on a scanned licence; a plate under a system's English key; names as a chat's speaker
after the time, a caller's answer, a letter's closing after the writer's place, the bench of a judgment,
a reporter's byline, a form's label one space before the value, an office before the name in a field,
a foreign name under a JSON key. Names and numbers are invented."""

from __future__ import annotations

import pytest
from shared_core import found

FOUND = [
    (
        "KR_BANK_ACCOUNT",
        "account in a headerless row after a resident number",
        "1|나래온|880102-1234567|123-456-789012|2003-04-17\n2|도하람|900304-2345678|234-56-7890123|2007-02-26\n",
        "123-456-789012",
    ),
    (
        "KR_BANK_ACCOUNT",
        "account in a semicolon export under its header",
        "연번;성명;계좌번호\n1;나래온;463-102-127004\n2;도하람;141555-66-573339\n",
        "141555-66-573339",
    ),
    (
        "KR_PASSPORT",
        "passport under its label, OCR spaces inside",
        "여권번호 / Passport No.\nS12345 678\n성/Surname NA\n",
        "S12345 678",
    ),
    (
        "KR_PASSPORT",
        "passport under its label, broken by a line",
        "여권번호 / Passport No.\nM1\n2345678\n성/Surname DO\n",
        "M1\n2345678",
    ),
    (
        "KR_PASSPORT",
        "passport under its label, full-width digits",
        "여권번호 / Passport No.\nM１２３A４\n５６７\n성/Surname MO\n",
        "M１２３A４\n５６７",
    ),
    (
        "KR_PASSPORT",
        "foreign passport in a headerless column of Korean ones",
        "1|나래온|M123A4567|010-1234-5678\n2|존 스미스|E12345678|010-2345-6789\n3|도하람|M234B5678|010-3456-7890\n",
        "E12345678",
    ),
    (
        "KR_DRIVER_LICENSE",
        "licence number with a look-alike letter on a scanned licence",
        "자동차운전면허증\nDriver's License\n강원12-I3\n4567-89\n1종보통\n",
        "강원12-I3\n4567-89",
    ),
    (
        "KR_VEHICLE_PLATE",
        "plate under a system's English key",
        '{"name": "나래온", "carNo": "123가4567", "mobile": "010-1234-5678"}',
        "123가4567",
    ),
    (
        "PERSON",
        "chat speaker after the time",
        "[오후 9:17] 나래온: 회비 어디로 보내?\n[오후 9:20] 마리아 산토스: 계좌 보낼게",
        "마리아 산토스",
    ),
    (
        "PERSON",
        "a caller's answer with 인데요",
        "상담원: 네, 누리카드 고객센터입니다.\n고객: 네, 도하람인데요, 카드 분실 신고하려고요.",
        "도하람",
    ),
    (
        "PERSON",
        "letter closing after the writer's place",
        "확인 부탁드립니다.\n\n사단법인 가람나눔 사무국 왕웨이 올림\n",
        "왕웨이",
    ),
    ("PERSON", "bench of a judgment, one space", "재판장 판사 모은결\n    판사 나래온\n", "모은결"),
    ("PERSON", "reporter's byline", "시는 두 사람에게 표창을 수여했다.\n/도하람 기자", "도하람"),
    (
        "PERSON",
        "form label one space before a foreign name",
        "체류지 변경 신고서\n성명 다나카 유키\n외국인등록번호 미기재\n",
        "다나카 유키",
    ),
    ("PERSON", "office before the name in a field", "사고 경위서\n보고자: 총무과 모은결\n", "모은결"),
    (
        "PERSON",
        "foreign name of five syllables under a JSON key",
        '[{"seq": 1, "name": "바트바야르", "city": "가람"}]',
        "바트바야르",
    ),
]

NOT_FOUND = [
    ("PERSON", "a title after a field label", "임차인 정보 확인서\n\n성명: 나래온\n", "정보 확인서"),
    (
        "PERSON",
        "a 공문 label after a wrapped place name",
        "발신 가람시 △△구\n수신 ○○장관(운영지원과장)\n(경유)\n",
        "구\n수신",
    ),
    ("KR_PASSPORT", "a date under a passport label", "여권번호 / Passport No.\n2026 0101\n", "2026 0101"),
]


@pytest.mark.parametrize(("entity", "case", "text", "value"), FOUND, ids=[c[1] for c in FOUND])
def test_found(entity: str, case: str, text: str, value: str) -> None:
    assert value in found(text, entity), case


@pytest.mark.parametrize(("entity", "case", "text", "value"), NOT_FOUND, ids=[c[1] for c in NOT_FOUND])
def test_not_found(entity: str, case: str, text: str, value: str) -> None:
    assert value not in found(text, entity), case
