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
    "투숙객 등록부 (외국인)\n"
    "Maria Keller    독일       C7TR2X9KL 1961-05-14\n"
    "Somchai Wongsa 태국       AB1234567 11 MAR 1958\n"
    "Pierre Dubois 프랑스      19FR23456 21/07/1983\n"
    "보관 기간: 1년\n"
)
_REFUNDS = (
    "환불 처리 목록 (카드)\n"
    "A-01\t가나다\t4518-2277-9034-1164\t58,000원\t010-1234-5678\n"
    "A-02\t라마바\t36207419582639\t5,000원\t010-2345-6789\n"
)
_WARD = "병동 환자 현황 (야간 인수인계)\n3호실  가나다  M/61  52071184301  경과 관찰\n4호실  라마바  F/77  31166530579  수술 후\n"

FOUND: list[Case] = [
    ("PERSON", "a Latin name one space before the nationality", _GUESTS, "Somchai Wongsa"),
    ("DATE_OF_BIRTH", "a register's birth date one space after the passport", _GUESTS, "1961-05-14"),
    ("DATE_OF_BIRTH", "a register's birth date with the month in letters", _GUESTS, "11 MAR 1958"),
    ("DATE_OF_BIRTH", "a register's birth date day first", _GUESTS, "21/07/1983"),
    ("CREDIT_CARD", "a bare Diners number in a column of cards", _REFUNDS, "36207419582639"),
    (
        "KR_BANK_ACCOUNT",
        "a virtual account's nine-digit last group",
        "과태료 고지\n전용 가상계좌: 하나은행 12345-678901234\n기한 내 납부 시 감경",
        "12345-678901234",
    ),
    (
        "KR_BANK_ACCOUNT",
        "an account misread by OCR, two-digit groups",
        "청구인 가나상사\n대금 입금: 우리 2l4-O7-3O9l58-O2\n",
        "2l4-O7-3O9l58-O2",
    ),
    ("IP_ADDRESS", "an address misread by OCR", "원격 접속 주소 l72.3O.l4.9 (관리자 콘솔)\n", "l72.3O.l4.9"),
    ("KR_HEALTH_INSURANCE", "after the patient's sex and age", _WARD, "52071184301"),
    ("KR_HEALTH_INSURANCE", "after the patient's sex and age, a woman", _WARD, "31166530579"),
    (
        "DATE_OF_BIRTH",
        "in brackets after the nationality and the passport",
        "초청 대상: 가나다 (우즈베키스탄, 여권 FA7201938, 11 NOV 1988) 외 1명",
        "11 NOV 1988",
    ),
    ("DATE_OF_BIRTH", "misread by OCR before 생", "보호자 가나다(6O.ll.O4생)\n", "6O.ll.O4"),
    (
        "DATE_OF_BIRTH",
        "the corrected value after an arrow",
        "학적 정정 대장\n가나다 | 생년월일 | 2011.02.09 → 2011.09.20\n",
        "2011.09.20",
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
        "방문 일정\n│ 담당 │ 지원 대상(수급자) │ 방문일 │\n│ 1팀 │ 윤가을 │ 3. 4. │\n│ 2팀 │ 채민호 │ 3. 5. │\n",
        "윤가을",
    ),
    (
        "PERSON",
        "opening a numbered row before its e-mail and mobile",
        "강좌 수강 신청\n1. 배하늘  aaa.bbb@example.com  010-1234-5678\n2. 맹가을  ccc.ddd@example.com  010-2345-6789\n",
        "맹가을",
    ),
    ("PERSON", "a Latin name after 회원", "동호회 명부\n회원 Maria Lopez (2019년 가입)\n", "Maria Lopez"),
]

NOT_FOUND: list[Case] = [
    (
        "DATE_OF_BIRTH",
        "a guest's arrival date in the register",
        "투숙객 등록부 (외국인)\nMaria Keller 독일       C7TR2X9KL 2026-10-28\n",
        "2026-10-28",
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
        "주차 위반 차량 목록\n일시      차량번호      연락처(소유자)\n"
        "3/02 10:15   12가 3456   010-2233-4455\n3/02 11:40   34나 5678   미확인\n",
        "미확인",
    ),
    ("PERSON", "a form's label before a mobile", "주소 가람시 솔내로 5\n손전화  010-4455-6677\n", "손전화"),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
