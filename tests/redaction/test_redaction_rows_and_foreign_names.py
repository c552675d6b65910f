"""Classes the fourth independent PII set (sealed_d) showed missed, each written here afresh: numbers
whose only label is the table row they sit in or a system's field name, and foreign persons' names
framed by a role, a country cell, an e-mail address or brackets. Names and numbers are invented."""

from __future__ import annotations

import pytest

from gongmun.redaction import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def found(redactor: Redactor, text: str, entity: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.analyze_text(text) if s.entity_type == entity]


FOUND = [
    # a foreign workers' table without a header: the row's country cell makes its ID cell a passport
    (
        "passport in a country row",
        "1 | 탁서윤 | 네팔 | 951225-5808274 | PA0744841 | 010-2528-4299",
        "KR_PASSPORT",
        "PA0744841",
    ),
    (
        "nine-digit passport in a country row",
        "2\t모건우\t러시아\t720417-5584963\t720685033\t010-4489-1111",
        "KR_PASSPORT",
        "720685033",
    ),
    ("passport broken by a line wrap", "여권번호: E5\n3425865 로 조회됨", "KR_PASSPORT", "E5\n3425865"),
    # licences written without separators, by a region name or a log's field name
    (
        "region and ten digits",
        "피고인의 운전면허(충남 1003383363)는 취소되었다.",
        "KR_DRIVER_LICENSE",
        "충남 1003383363",
    ),
    (
        "licence in a log line",
        "GET /v1/license/verify?no=229249238915 from 10.1.2.3 200",
        "KR_DRIVER_LICENSE",
        "229249238915",
    ),
    # accounts: the bank after the number, a log's fields, a masked number after its label
    (
        "bank in brackets after",
        "임금 지급 계좌: 3333950418437 (카카오뱅크) 예금주 본인",
        "KR_BANK_ACCOUNT",
        "3333950418437",
    ),
    (
        "bank and acct fields",
        "INFO [refund] bank=우리은행 acct=1308289769810 holder=x",
        "KR_BANK_ACCOUNT",
        "1308289769810",
    ),
    (
        "masked after a label",
        "환급계좌 계좌번호 0699-**-583165-2 예금주 확인",
        "KR_BANK_ACCOUNT",
        "0699-**-583165-2",
    ),
    (
        "bank before a slash",
        "농협 / 863892-22-031270로 송금하게 하였다",
        "KR_BANK_ACCOUNT",
        "863892-22-031270",
    ),
    # an insurance number in a roster row of resident numbers, header or not
    (
        "insurance number in a resident row",
        "1  모건우  480607-1786351   27547599707   제주시 별빛로 12",
        "KR_HEALTH_INSURANCE",
        "27547599707",
    ),
    # a resident number under a system's field name
    (
        "rrn in a log field",
        'ERROR [validate] field=jumin value="2305263422717" req=1bde',
        "KR_RRN",
        "2305263422717",
    ),
    # part of a mobile group masked
    ("mobile with part of a group masked", "연락처: 010-81**-9100", "PHONE_NUMBER", "010-81**-9100"),
    # foreign names
    (
        "latin name as the e-mail sender",
        "From: Jihyun Moh <jmoh6736@example.com>\nTo: x@example.com",
        "PERSON",
        "Jihyun Moh",
    ),
    (
        "latin name after 피고인",
        "피 고 인  OLGA PETROVA (올가 페트로바), 2023-01-27 입국",
        "PERSON",
        "OLGA PETROVA",
    ),
    ("hangul name before its romanisation", "배석: 통역 레 티 란 (LE THI LAN)", "PERSON", "레 티 란"),
    (
        "hangul name before an age",
        "□ 네팔 출신 결혼이민자 람 바하두르 타파(30) 씨도 말했다.",
        "PERSON",
        "람 바하두르 타파",
    ),
    (
        "hangul name before nationality and age",
        "내담자: 팜 반 득 (베트남, 23세), 외국인등록번호 710701-6612345",
        "PERSON",
        "팜 반 득",
    ),
    (
        "latin name in a country row",
        "3 | JAMES WILSON | 영국 | 000406-7566988 | 372921963",
        "PERSON",
        "JAMES WILSON",
    ),
]


@pytest.mark.parametrize(("case", "text", "entity", "value"), FOUND, ids=[c[0] for c in FOUND])
def test_found(redactor: Redactor, case: str, text: str, entity: str, value: str) -> None:
    assert value in found(redactor, text, entity), case


NOT_FOUND = [
    # words before a bracketed number are no foreign name
    ("disclosure field", "전송 063-951-5114 / 공개구분 부분공개(6)", "PERSON"),
    ("a hotline", "4. 신고: 개인정보 침해신고센터(118)", "PERSON"),
    ("a heading spaced out", "검    사  이은정(기소)\n변 호 인  변호사 서소희", "PERSON:변 호 인"),
    # a phone number's eleven digits in a resident row are a phone, not an insurance card
    ("phone in a resident row", "1  모건우  480607-1786351   01027547599   제주시", "KR_HEALTH_INSURANCE"),
]


@pytest.mark.parametrize(("case", "text", "entity"), NOT_FOUND, ids=[c[0] for c in NOT_FOUND])
def test_not_found(redactor: Redactor, case: str, text: str, entity: str) -> None:
    entity, _, value = entity.partition(":")
    hits = found(redactor, text, entity)
    assert (value not in hits) if value else not hits, (case, hits)
