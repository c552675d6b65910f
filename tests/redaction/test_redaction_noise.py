"""Identifiers written the way scans, dictation and typing leave them (issue 12's noise classes).

One normalisation view sits under every number recognizer: OCR look-alike letters, Hangul-spelled
digits, stray spaces inside a number, partly masked values, e-mail addresses written around '@', and
birth dates in prose, passport styles and headerless rosters. Every value is synthetic and written
for this file; none comes from an evaluation set.
"""

from __future__ import annotations

import pytest

from gongmun.redaction import Redactor
from gongmun.redaction.normalize import fold


def found(redactor: Redactor, text: str) -> list[tuple[str, str]]:
    return [(s.entity_type, text[s.start : s.end]) for s in redactor.analyze_text(text)]


NOISY = [
    ("O for 0 in a mobile", "휴대전화: O1O-2718-3O45", "PHONE_NUMBER", "O1O-2718-3O45"),
    ("l and S in an RRN", "주민등록번호 8S0704-l234567", "KR_RRN", "8S0704-l234567"),
    ("stray space inside a mobile", "연락처 01 0-5521-9087 로", "PHONE_NUMBER", "01 0-5521-9087"),
    ("stray space inside an RRN", "주민등록번호: 770 312-1234563", "KR_RRN", "770 312-1234563"),
    (
        "digits spelled in Hangul",
        '"번호는 공일공 팔삼이일 사오육칠이에요"',
        "PHONE_NUMBER",
        "공일공 팔삼이일 사오육칠",
    ),
    ("masked card", "결제 카드: 5411-27**-****-9034", "CREDIT_CARD", "5411-27**-****-9034"),
    ("masked card with X", "card=4023-8811-XXXX-5120", "CREDIT_CARD", "4023-8811-XXXX-5120"),
    ("masked mobile", "보호자 연락처(010-****-7781)", "PHONE_NUMBER", "010-****-7781"),
    (
        "masked account after a bank",
        "환불 계좌: 하나은행 391-***-***724",
        "KR_BANK_ACCOUNT",
        "391-***-***724",
    ),
    (
        "account wrapped after a hyphen",
        "지급 계좌: 농협은행 351-\n2207-4418-13",
        "KR_BANK_ACCOUNT",
        "351-\n2207-4418-13",
    ),
    ("e-mail with (at)", "전자우편 minji.park(at)daum.net", "EMAIL_ADDRESS", "minji.park(at)daum.net"),
    ("e-mail with a spaced at", "메일: hjlee at korea.kr", "EMAIL_ADDRESS", "hjlee at korea.kr"),
    ("e-mail with a comma for a dot", "E-mail: sora77@naver,com", "EMAIL_ADDRESS", "sora77@naver,com"),
    ("birth date, two-digit year", "생년월일: 84년 7월 9일", "DATE_OF_BIRTH", "84년 7월 9일"),
    ("birth date, passport style", "Date of birth: 07 NOV 1983", "DATE_OF_BIRTH", "07 NOV 1983"),
    ("birth date, US style", "생년월일: Feb. 3, 1979", "DATE_OF_BIRTH", "Feb. 3, 1979"),
    (
        "birth date, 생으로",
        "박정우 주사는 1987년 4월 30일생으로 2012년 임용되었다.",
        "DATE_OF_BIRTH",
        "1987년 4월 30일",
    ),
    ("birth date after a name", "○ 행정서기보 시보 윤서진(1996. 2. 14.)", "DATE_OF_BIRTH", "1996. 2. 14."),
    (
        "birth date in a roster row",
        "1\t한지훈\t010-3378-1290\t1971-05-26\t참석",
        "DATE_OF_BIRTH",
        "1971-05-26",
    ),
    ("link-local IPv6", '"client_ip":"fe80::1a2b:3c4d:5e6f:7a8b"', "IP_ADDRESS", "fe80::1a2b:3c4d:5e6f:7a8b"),
    ("nine-digit passport", "여권번호 Passport No.: 561093827", "KR_PASSPORT", "561093827"),
    ("plate with a B for 8", "차량번호 3B나 7720", "KR_VEHICLE_PLATE", "3B나 7720"),
    ("ㅡ for a dash", "연락처: 010ㅡ5512ㅡ0834", "PHONE_NUMBER", "010ㅡ5512ㅡ0834"),
    ("e-mail with [dot]", "e-mail mina.k[at]daum[dot]net", "EMAIL_ADDRESS", "mina.k[at]daum[dot]net"),
    ("IPv4 with a masked octet", "접속 IP 211.58.***.14 에서", "IP_ADDRESS", "211.58.***.14"),
    ("IPv6 with look-alikes", "단말 IP 20O1:db8:77a1:4c2e::9O1f", "IP_ADDRESS", "20O1:db8:77a1:4c2e::9O1f"),
    (
        "landline with a masked exchange",
        "담당자 주무관 한다인 (031-***-4402)",
        "PHONE_NUMBER",
        "031-***-4402",
    ),
    (
        "licence with a masked serial",
        "운전자 면허번호 12-07-41****-**",
        "KR_DRIVER_LICENSE",
        "12-07-41****-**",
    ),
    (
        "licence split by a wrap",
        "답: 운전면허번호는 1207418\n82231 입니다",
        "KR_DRIVER_LICENSE",
        "1207418\n82231",
    ),
    ("OCR S in a registration number", "외국인등록번호: 900214-S123457", "KR_FRN", "900214-S123457"),
    ("address with a copula", "주소지는 김해시 가야로 121입니다.", "KR_ADDRESS", "김해시 가야로 121"),
    (
        "Sejong without its 시",
        "주소: 세종 한누리대로 77, 301동 902호",
        "KR_ADDRESS",
        "세종 한누리대로 77, 301동 902호",
    ),
    (
        "birth date under a space-aligned header",
        "연번   성명    생년월일      연락처\n1   한지훈    1971-05-26    02-555-0192",
        "DATE_OF_BIRTH",
        "1971-05-26",
    ),
]


@pytest.mark.parametrize(("case", "text", "entity", "value"), NOISY, ids=[n[0] for n in NOISY])
def test_noisy_identifier_found(redactor: Redactor, case: str, text: str, entity: str, value: str) -> None:
    assert (entity, value) in found(redactor, text), case


CLEAN = [
    # (case id, text, the type that must not be found)
    ("letters beside a version number", "Windows 10 SBS 2024 방송 안내", "PHONE_NUMBER"),
    ("chemical formula", "CO2 1000 ppm 이하로 관리", "PHONE_NUMBER"),
    ("words made of digit syllables", "사이사이 일이 오이 구이 사오 일이 이사 갔다", "PHONE_NUMBER"),
    ("look at a web address", "please look at www.example.com for details", "EMAIL_ADDRESS"),
    ("form example date", "[작성 예시] 생년월일: 1900. 1. 1.", "DATE_OF_BIRTH"),
    ("a recent date beside a name", "1\t한지훈\t010-3378-1290\t2023. 4. 2.\t등록", "DATE_OF_BIRTH"),
    ("an accident date is not a birth", "처분 사유 발생일: 2024. 4. 18.", "DATE_OF_BIRTH"),
    ("an office's main line", "문의: 마포구 일자리경제과(02-3153-8114)", "PHONE_NUMBER"),
    ("a form's filler number", "휴대전화: 010-0000-0000", "PHONE_NUMBER"),
    (
        "an office directory",
        "기관\t대표전화\t주소\n성남시\t031-729-2114\t경기도 성남시 중원구 성남대로 997",
        "KR_ADDRESS",
    ),
    ("a meeting room", "장소: 세종특별자치시 도움6로 42 대회의실", "KR_ADDRESS"),
    ("an event venue", "서울 중구 세종대로 110에서 열린 회의", "KR_ADDRESS"),
    ("a government body's 고유번호", "고유번호: 123-83-45678", "KR_BRN"),
    (
        "a fine's virtual account the agency holds",
        "납부: 가상계좌 614-425841-74354 (신한은행, 예금주 가람구청)",
        "KR_BANK_ACCOUNT",
    ),
    ("a registered letter's number", "등기 발송됩니다(등기번호 6071159709467).", "KR_CRN"),
    ("an agency newsletter", "From: 정책홍보 <news@moel.go.kr>", "EMAIL_ADDRESS"),
]


@pytest.mark.parametrize(("case", "text", "entity"), CLEAN, ids=[c[0] for c in CLEAN])
def test_clean_text_stays_clean(redactor: Redactor, case: str, text: str, entity: str) -> None:
    assert entity not in {kind for kind, _ in found(redactor, text)}, case


def test_fold_keeps_every_offset() -> None:
    text = "연락처 O1O-2718-3O45, 번호 공일공 팔삼이일 사오육칠, ＡＢ１２"
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded.index("010-2718-3045") == text.index("O1O-2718-3O45")
    assert "010 8321 4567" in folded


def test_passport_letters_are_not_read_as_digits() -> None:
    assert fold("여권 S12345678, B3554178, S987B6543") == "여권 S12345678, B3554178, S987B6543"
