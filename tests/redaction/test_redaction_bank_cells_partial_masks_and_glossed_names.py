"""Classes the sealed_x set (single score at 59ead6a: overlap F1 0.981; accounts 0.731, resident numbers
0.963) showed, each written here afresh: an account whose bank is the next cell of an export or a
headerless table, a resident number with only some of its last digits masked, a foreign name glossed in
title-case Latin with the age or after a name label; and what must stay unfound. Names and numbers are
invented."""

from __future__ import annotations

from shared_core import found_case_tests

FOUND = [
    (
        "KR_BANK_ACCOUNT",
        "bank in the next CSV cell",
        "E01,나래온,123-456789-01-234,가람은행,1000000",
        "123-456789-01-234",
    ),
    (
        "KR_BANK_ACCOUNT",
        "bank in the next tab cell",
        "1\t도하람\t12345678901234\t가람은행\t1,000",
        "12345678901234",
    ),
    (
        "KR_BANK_ACCOUNT",
        "masked, bank in the next bar cell",
        "1 | 나래온 | 123-**-456789 | 가람뱅크 | 1,000",
        "123-**-456789",
    ),
    (
        "KR_BANK_ACCOUNT",
        "bank in the next semicolon cell",
        "E02;도하람;1234-567-890123;가람저축은행;5000",
        "1234-567-890123",
    ),
    (
        "KR_RRN",
        "some last digits masked",
        "재해자: 나래온 / 주민등록번호 900101-123●●●● / 연락처",
        "900101-123●●●●",
    ),
    ("KR_RRN", "three digits masked in an export", "1,도하람,900101-2345***,010-0000-1234", "900101-2345***"),
    ("KR_RRN", "masked and wrapped", "주민등록번호 900101-2xx\nxxxx\n주 소 가람시", "900101-2xx\nxxxx"),
    (
        "PERSON",
        "title-case Latin with the age",
        "칠레에서 온 카를로스 멘도사(Carlos Mendoza·41) 씨가 말했다.",
        "카를로스 멘도사",
    ),
    ("PERSON", "the Latin of a labelled name", "환자명: 아리프 하산 (ARIF HASAN)  (M/52)", "ARIF HASAN"),
]
NOT_FOUND = [
    (
        "PERSON",
        "a brand glossed in title case",
        "미국의 맥도날드(McDonald Korea)는 새 시스템을 도입했다.",
        "미국의 맥도날드",
    ),
    ("PERSON", "a sentence after a role word", "운전자 도하람이 말했다", "도하람이 말했다"),
    ("KR_RRN", "a masked insurance number", "건강보험증번호: 123456*****", "123456*****"),
    (
        "KR_BANK_ACCOUNT",
        "a resident number beside a bank",
        "나래온,900101-1234568,가람은행",
        "900101-1234568",
    ),
]
test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)


# (after the single score of sealed_y: a masked resident or foreigner's number before a bank cell is
# still that number, never an account)
BANK_AFTER_FOUND = [
    (
        "KR_RRN",
        "masked, a bank in the next cell",
        "S1\t나래온\t900101-2XXXXXX\t가람은행\t12345678901",
        "900101-2XXXXXX",
    ),
    (
        "KR_FRN",
        "masked foreigner's, a bank next",
        "3|아난 롬포|900101-5●●●●●●|가람은행|123456789012",
        "900101-5●●●●●●",
    ),
]
BANK_AFTER_NOT_FOUND = [
    (
        "KR_BANK_ACCOUNT",
        "masked resident number before a bank",
        "S1,나래온,900101-1******,가람은행,100",
        "900101-1******",
    ),
]
test_found_beside_banks, test_not_found_beside_banks = found_case_tests(
    BANK_AFTER_FOUND, BANK_AFTER_NOT_FOUND
)
