"""Phones, e-mail, IP addresses, street addresses and birth dates — and the institutional look-alikes
(switchboards, 청사 addresses, agency footers) that must stay. All values are synthetic."""

from __future__ import annotations

import pytest

from gongmun.redaction import Redactor


def found(redactor: Redactor, text: str) -> list[tuple[str, str]]:
    return [(s.entity_type, text[s.start : s.end]) for s in redactor.analyze_text(text)]


POSITIVE = [
    ("mobile", "연락처: 010-2345-6789", "PHONE_NUMBER", "010-2345-6789"),
    ("mobile with dots", "휴대전화 010.2345.6789", "PHONE_NUMBER", "010.2345.6789"),
    ("mobile without separators", "연락처 01023456789", "PHONE_NUMBER", "01023456789"),
    ("mobile with OCR space", "연락처: 010-2345-67 89", "PHONE_NUMBER", "010-2345-67 89"),
    ("direct line of an official", "담당 주무관 (044-215-3456)", "PHONE_NUMBER", "044-215-3456"),
    ("landline with area code in brackets", "전화 (02)2100-3456", "PHONE_NUMBER", "(02)2100-3456"),
    ("full-width landline", "전화 ０４４－２１５－３４５６", "PHONE_NUMBER", "０４４－２１５－３４５６"),
    ("fax in a footer", "전화번호 044-215-3456  팩스번호 044-215-3999", "PHONE_NUMBER", "044-215-3999"),
    ("070 number", "문의 070-1234-5678", "PHONE_NUMBER", "070-1234-5678"),
    ("international mobile", "Mobile: +82-10-2345-6789", "PHONE_NUMBER", "+82-10-2345-6789"),
    ("international landline", "Tel. +82 2 2100 3456", "PHONE_NUMBER", "+82 2 2100 3456"),
    ("e-mail", "전자우편: hong.gildong@korea.kr", "EMAIL_ADDRESS", "hong.gildong@korea.kr"),
    (
        "e-mail wrapped inside the domain",
        "kim.minsu@gma\nil.com 으로",
        "EMAIL_ADDRESS",
        "kim.minsu@gma\nil.com",
    ),
    ("public IPv4", "접속 IP 59.2.14.183 에서", "IP_ADDRESS", "59.2.14.183"),
    ("private IPv4 in a log", "2024-09-04 10:00|u23490|10.65.234.87|조회", "IP_ADDRESS", "10.65.234.87"),
    (
        "IPv6",
        "| 2406:b68d:4e63:158a:e971:d248:cfb5:e42b |",
        "IP_ADDRESS",
        "2406:b68d:4e63:158a:e971:d248:cfb5:e42b",
    ),
    (
        "road address with unit",
        "주소: 서울특별시 마포구 월드컵로 212, 101동 1203호 (성산동)",
        "KR_ADDRESS",
        "서울특별시 마포구 월드컵로 212, 101동 1203호",
    ),
    (
        "short province",
        "주소: 경기 수원시 팔달구 효원로 299, 3층 301호",
        "KR_ADDRESS",
        "경기 수원시 팔달구 효원로 299, 3층 301호",
    ),
    (
        "starting at the district",
        "(42828) 사하구 낙동대로 388-17, 105동 802호 (괴정동)",
        "KR_ADDRESS",
        "사하구 낙동대로 388-17, 105동 802호",
    ),
    (
        "numbered road",
        "주소: 부산광역시 해운대구 센텀중앙로48번길 27",
        "KR_ADDRESS",
        "부산광역시 해운대구 센텀중앙로48번길 27",
    ),
    (
        "lot-number address",
        "제주특별자치도 서귀포시 서귀동 376-23, 110호",
        "KR_ADDRESS",
        "제주특별자치도 서귀포시 서귀동 376-23, 110호",
    ),
    ("birth date dotted", "생년월일: 1985. 3. 12.", "DATE_OF_BIRTH", "1985. 3. 12."),
    ("birth date Korean", "생년월일 1999년 6월 20일", "DATE_OF_BIRTH", "1999년 6월 20일"),
    ("birth date ISO", "생년월일: 2000-06-24", "DATE_OF_BIRTH", "2000-06-24"),
    ("birth date six digits", "생년월일 890208", "DATE_OF_BIRTH", "890208"),
    (
        "birth date column",
        "성명 | 생년월일 | 직급\n김하늘 | 1987. 5. 7. | 서기관",
        "DATE_OF_BIRTH",
        "1987. 5. 7.",
    ),
    ("birth date followed by 생", "김하늘(1990. 1. 2. 생)", "DATE_OF_BIRTH", "1990. 1. 2."),
]


@pytest.mark.parametrize(("case", "text", "entity", "value"), POSITIVE, ids=[p[0] for p in POSITIVE])
def test_contact_found(redactor: Redactor, case: str, text: str, entity: str, value: str) -> None:
    assert (entity, value) in found(redactor, text), case


NEGATIVE = [
    ("labelled switchboard", "문의: 민원실 (대표전화 044-215-2114)"),
    ("switchboard marked after", "전화번호 044-206-0114(대표)"),
    ("x114 main line", "국세청 044-204-2114"),
    ("national number", "정부민원안내콜센터 110, 1588-2188 또는 1644-7505"),
    ("call centre", "문의: 민원 콜센터 1899-2455"),
    ("record number that looks like a phone", "관리번호 031-2021-7350"),
    ("approval number", "승인 번호: 041-2022-0883"),
    ("government complex", "세종특별자치시 갈매로 477 정부세종청사 5동"),
    ("letter footer", "우 04383  서울특별시 용산구 이태원로 22 / http://www.mnd.go.kr"),
    (
        "ordering agency in a contract",
        '가. 발주기관(이하 "갑")\n   기 관 명: 교육부\n   주    소: 세종특별자치시 갈매로 408\n   대 표 자: 교육부장관',
    ),
    ("agency represented by its head", "주소: 충청북도 청주시 상당로 155\n대표자: 청주시장"),
    ("postal code alone", "우 30109"),
    ("ordinary date", "시행일: 2024. 3. 5."),
    ("date range", "운영 기간: 2023년 2월 19일 ~ 2023년 4월 1일"),
    ("version number", "버전 10.0.22631.2861"),
    ("user id in a log", "u12345 | 조회 | 정상"),
]


@pytest.mark.parametrize(("case", "text"), NEGATIVE, ids=[n[0] for n in NEGATIVE])
def test_not_personal(redactor: Redactor, case: str, text: str) -> None:
    assert found(redactor, text) == [], case


def test_private_address_in_same_letter_as_agency_footer(redactor: Redactor) -> None:
    text = (
        "수신  김하늘 귀하\n      (06061) 경남 김해시 도청로 263-20, 501호 (내동)\n"
        "우 51154  경상남도 창원시 의창구 중앙대로 300 / http://www.gyeongnam.go.kr"
    )
    addresses = [v for t, v in found(redactor, text) if t == "KR_ADDRESS"]
    assert addresses == ["경남 김해시 도청로 263-20, 501호"]
