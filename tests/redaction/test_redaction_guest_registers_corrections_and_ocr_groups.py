"""Values whose frame the recognizers did not read: padded registers, corrections, scans and ward lists.

- A foreign guests' register padded to columns: a longer Latin name leaves one space before the
  nationality, and the birth date one space after the passport; both are the person's.
- A bare Diners Club number in a refund ledger's column of card numbers is a card, not an account.
- A virtual account whose last group runs to nine digits; an account OCR misread in two-digit groups;
  an IPv4 address OCR misread with look-alike letters.
- A ward's patient list writes the sex and age between the name and the insurance card's number.
- A birth date in brackets after the nationality and the passport; one misread by OCR right before
  생; a corrected birth date after an arrow ('정정 전 → 정정 후').
- A name under a column 'X 대상(수급자)', a numbered row opening with the name before its e-mail or
  mobile, a Latin name after 회원.

Every name and number is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

_GUESTS = (
    "외국인 숙박객 명부\n"
    "Maria Keller    독일       C7TR2X9KL 1961-05-14\n"
    "Somchai Wongsa 태국       AB1234567 11 MAR 1958\n"
    "Pierre Dubois 프랑스      19FR23456 21/07/1983\n"
    "제출처: 관할 경찰서\n"
)
_REFUNDS = (
    "[시설 사용료 카드결제 취소 내역]\n"
    "R25-111111\t가나다\t4518-2277-9034-1164\t58,000원\t010-1234-5678\n"
    "R25-222222\t라마바\t36207419582639\t5,000원\t010-2345-6789\n"
)
_WARD = "입원 환자 명단 (병동 인계용, 5병동)\n501-1  가나다  M/61  52071184301  폐렴\n501-2  라마바  F/77  31166530579  골절\n"

FOUND: list[Case] = [
    ("PERSON", "a Latin name one space before the nationality", _GUESTS, "Somchai Wongsa"),
    ("DATE_OF_BIRTH", "a register's birth date one space after the passport", _GUESTS, "1961-05-14"),
    ("DATE_OF_BIRTH", "a register's birth date with the month in letters", _GUESTS, "11 MAR 1958"),
    ("DATE_OF_BIRTH", "a register's birth date day first", _GUESTS, "21/07/1983"),
    ("CREDIT_CARD", "a bare Diners number in a column of cards", _REFUNDS, "36207419582639"),
    (
        "KR_BANK_ACCOUNT",
        "a virtual account's nine-digit last group",
        "전용 가상계좌: NH농협은행 12345-678901234\n납부기한: 2025. 4. 4.",
        "12345-678901234",
    ),
    (
        "KR_BANK_ACCOUNT",
        "an account misread by OCR, two-digit groups",
        "공급자 상호 가나상사\n입금계좌 기업 0l7-3O5528-O1-O3l\n",
        "0l7-3O5528-O1-O3l",
    ),
    ("IP_ADDRESS", "an address misread by OCR", "접속IP  l3l.l76.59.2O4   계정 adm_07\n", "l3l.l76.59.2O4"),
    ("KR_HEALTH_INSURANCE", "after the patient's sex and age", _WARD, "52071184301"),
    ("KR_HEALTH_INSURANCE", "after the patient's sex and age, a woman", _WARD, "31166530579"),
    (
        "DATE_OF_BIRTH",
        "in brackets after the nationality and the passport",
        "피초청인: 가나다 (카자흐스탄, 여권 N12345678, 03 MAY 1991)\n결과: 허가",
        "03 MAY 1991",
    ),
    ("DATE_OF_BIRTH", "misread by OCR before 생", "신청인: 가 나 다 (5l.O3.l9생)\n", "5l.O3.l9"),
    (
        "DATE_OF_BIRTH",
        "the corrected value after an arrow",
        "정정 항목     정정 전 → 정정 후\n1   가나다  생년월일   2012.05.13 → 2012.05.31\n",
        "2012.05.31",
    ),
    (
        "DATE_OF_BIRTH",
        "the corrected value after a heavy arrow",
        "변경 내역: 생년월일 1990.01.02 ➔ 1990.01.20\n",
        "1990.01.20",
    ),
    (
        "PERSON",
        "under a column of the people it is about",
        "점검표\n│ ID │ 접속IP │ 열람 대상(수급자) │\n│ w1111 │ 10.1.2.3 │ 윤가을 │\n│ w2222 │ 10.1.2.4 │ 채민호 │\n",
        "윤가을",
    ),
    (
        "PERSON",
        "opening a numbered row before its e-mail and mobile",
        "[신청자 명단]\n1. 배하늘  aaa.bbb@korea.kr  010-1234-5678\n2. 육봄이  ccc.ddd@gmail.com  010-2345-6789\n",
        "육봄이",
    ),
    ("PERSON", "a Latin name after 회원", "연락망\n회원 Maria Lopez — 보호자 없음\n", "Maria Lopez"),
]

NOT_FOUND: list[Case] = [
    (
        "DATE_OF_BIRTH",
        "a guest's arrival date in the register",
        "외국인 숙박객 명부\nMaria Keller 독일       C7TR2X9KL 2026-11-02\n",
        "2026-11-02",
    ),
    (
        "KR_BANK_ACCOUNT",
        "a virtual account the agency holds",
        "납부 가상계좌 (시 세입 전용) 12345-678901234\n",
        "12345-678901234",
    ),
    ("IP_ADDRESS", "a version of letters and dots", "버전 IO.l.2.O 배포", "IO.l.2.O"),
    (
        "KR_HEALTH_INSURANCE",
        "eleven digits after sex and age in a text about neither health nor patients",
        "동호회 명단\n가나다  M/61  52071184301  정회원\n",
        "52071184301",
    ),
    (
        "DATE_OF_BIRTH",
        "a value of another shape after the arrow",
        "생년월일 1990.01.02 → 2024.5.6 확인\n",
        "2024.5.6",
    ),
    (
        "PERSON",
        "a value under a column of whose contact it is",
        "견인 차량 보관 대장\n견인일시      차량번호         보관위치   연락처(소유자)\n"
        "07/11 08:20   서울 57노 3310   B-14   010-2281-7764\n07/11 09:05   88버 1021       B-15   미확인\n",
        "미확인",
    ),
    ("PERSON", "a form's label before a mobile", "주소 남구 버들로 16\n손전화  010-9385-2099\n", "손전화"),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
