"""Latin-script names in the frames foreigners' records and English letters give them.

- Before the nationality in brackets, or as the field before the nationality in a ' / ' register, or
  before a passport as the next field.
- A ticket's passenger written SURNAME/GIVEN after 'Passenger:'.
- A letter's salutation ('Dear Ms. …,') and sign-off ('Best regards,⏎…'), a doctor's title ('Dr. …').
- After a person's role or an official's title, one space between ('목격자 …', '국장 …').
- A foreign name in Hangul words as the ' / ' field before the nationality, or before the registration
  number or passport with its value; not a header row's labels, nor what a person holds.
- A group booking's row that opens with SURNAME/GIVEN before a birth date or passport; a row of a name in
  capitals, a birth date and a passport with a closing letter; a passport page's 'Surname/성' and
  'Given names/이름' fields; a name after an English honorific ('Guest: Mr. …').
- Not a firm, a team or a department in the same frames; not a protocol pair opening a line ('TCP/IP  …').

Every name and number is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

_TRAINEES = "안전교육 이수자\nTendai Moyo (케냐) 770914-5123846\n"
_GUESTS = "객실 305: Farida Nazarova / 우즈베키스탄 / 여권 FA3390127 / 입실 2026. 1. 4."
_PASSPORTS = "연수 참가자 여권 정보\nRYU DAON / M417K2290 / 만료 2031-02-07\n"
_TICKET = "E-TICKET\nPassenger: MOON/HARIN MS\nPassport: M40027719"
_HANGUL_GUESTS = "객실 412: 다브론 토이르조다 / 우즈베키스탄 / 여권 FA5520381 / 입실 2026. 2. 9."
_MIGRANT = "결혼이민자: 응옥 안 투 / 외국인등록번호 930507-6123457 / 여권 C4471902"
_HEADER = "연번 / 성명 / 영문성명 / 여권번호\n1 / 모하린 / MO, HARIN / M40027719"
_RENTAL = "임차인 Halvard Eriksen / 국제운전면허 소지 / 여권 FR3390172"
_GROUP = "단체 항공권 예약 명단\nNAM/GAEUN  1983.07.21  M305K8812\nTENZIN DORJEE  810502  P3390127K\n"
_PAGE = "PASSPORT  여권\nPassport No./여권번호 M40027719\nSurname/성 BANG\nGiven names/이름 SEORIN\n"
_HOTEL = "HOTEL BOOKING NOTE\nGuest: Ms. RYU DAON\nArrival: 3 OCT 2026"
_LETTER = "Dear Ms. Okafor,\nThe refund has been processed.\nKind regards,\nTobias Lindqvist"

FOUND: list[Case] = [
    ("PERSON", "before the nationality in brackets", _TRAINEES, "Tendai Moyo"),
    ("PERSON", "before the nationality as the next slash field", _GUESTS, "Farida Nazarova"),
    ("PERSON", "before a passport as the next slash field", _PASSPORTS, "RYU DAON"),
    ("PERSON", "a ticket's passenger, SURNAME/GIVEN", _TICKET, "MOON/HARIN"),
    ("PERSON", "in a letter's salutation", _LETTER, "Okafor"),
    ("PERSON", "in a letter's sign-off", _LETTER, "Tobias Lindqvist"),
    ("PERSON", "after a doctor's title", "협진 요청 (Dr. Ingrid Halvorsen)", "Ingrid Halvorsen"),
    ("PERSON", "after a witness's role", "목격자 Sokhom Prak", "Sokhom Prak"),
    ("PERSON", "SURNAME/GIVEN opening a booking row", _GROUP, "NAM/GAEUN"),
    ("PERSON", "capitals before a birth date and a passport with a closing letter", _GROUP, "TENZIN DORJEE"),
    ("PERSON", "a passport page's surname field", _PAGE, "BANG"),
    ("PERSON", "a passport page's given-name field", _PAGE, "SEORIN"),
    ("PERSON", "after an English honorific", _HOTEL, "RYU DAON"),
    ("PERSON", "after an official's title", "노동부 국장 Mateo Alvarez Ruiz 면담", "Mateo Alvarez Ruiz"),
    ("PERSON", "Hangul words before the nationality field", _HANGUL_GUESTS, "다브론 토이르조다"),
    ("PERSON", "Hangul words before the registration number field", _MIGRANT, "응옥 안 투"),
]

NOT_FOUND: list[Case] = [
    (
        "PERSON",
        "a firm before the nationality as the next slash field",
        "거래처: Samsung Electronics / 베트남 / 공장",
        "Samsung Electronics",
    ),
    (
        "PERSON",
        "a firm before the nationality in brackets",
        "수출입 업체 Hanbit Trading Co (베트남) 지사",
        "Hanbit Trading Co",
    ),
    ("PERSON", "a greeting to a team", "Dear Customer Service,", "Customer Service"),
    ("PERSON", "a header row's label before the passport column", _HEADER, "영문성명"),
    ("PERSON", "what a person holds, before the passport field", _RENTAL, "국제운전면허 소지"),
    ("PERSON", "a firm after a factory's word", "공장 Samsung Electronics 방문", "Samsung Electronics"),
    ("PERSON", "a protocol pair opening a line", "TCP/IP  192.168.0.1 설정", "TCP/IP"),
    ("PERSON", "a pair opening a line with no person's number", "AM/PM  오전 9시 개장", "AM/PM"),
    ("PERSON", "a sign-off by a department", "Regards,\nHuman Resources", "Human Resources"),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
