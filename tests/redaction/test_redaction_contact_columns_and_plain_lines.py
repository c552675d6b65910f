"""Phone numbers typed without separators where the layout says whose line they are (a headerless
register whose column holds phones in the other rows, a number alone in brackets after the person, a
bilingual form's 'Telephone No. |' label), and a payment roster's contact line that has an account's
groups but a landline's area code: a phone, not an account. Every value is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

FOUND: list[Case] = [
    (
        "PHONE_NUMBER",
        "plain landline in a headerless register's phone column",
        "가람에듀 | 마루 | 259-87-92021 | 0612170039 | 청주시\n나래상사 | 견솔이 | 366-81-87140 | 070-8011-2208 | 당진시\n",
        "0612170039",
    ),
    (
        "PHONE_NUMBER",
        "plain landline alone in brackets after the person",
        "사건 담당 형사과 경위 도마루 (0231147752)",
        "0231147752",
    ),
    (
        "PHONE_NUMBER",
        "plain landline after a bilingual label and a bar",
        "전화번호 Telephone No. | 0415530218   휴대전화 없음",
        "0415530218",
    ),
    (
        "PHONE_NUMBER",
        "landline in a payment roster's contact column",
        "1 | 탁여울 | 730812-1****** | 52019384710 | 가람은행 | 312-4471-0925-3 | 3,000원 | 010.2222.3333\n"
        "2 | 모새결 | 841105-2xxxxxx | 52027716350 | 나래은행 | 618-2093-5517-40 | 4,000원 | 031-555-0142\n",
        "031-555-0142",
    ),
]
NOT_FOUND: list[Case] = [
    (
        "KR_BANK_ACCOUNT",
        "landline in a payment roster's contact column is no account",
        "1 | 탁여울 | 730812-1****** | 52019384710 | 가람은행 | 312-4471-0925-3 | 3,000원 | 010.2222.3333\n"
        "2 | 모새결 | 841105-2xxxxxx | 52027716350 | 나래은행 | 618-2093-5517-40 | 4,000원 | 031-555-0142\n",
        "031-555-0142",
    ),
    (
        "PHONE_NUMBER",
        "ten digits in a headerless column of order numbers",
        "가람에듀 | 마루 | 0612170039 | 청주시\n나래상사 | 견솔이 | 2026-0042 | 당진시\n",
        "0612170039",
    ),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)


# a firm's row: its legal form and business number make thirteen digits with a corporate check digit its
# registration number (not its head's resident number), unless a bank's name stands right before them
FIRM_FOUND: list[Case] = [
    (
        "KR_CRN",
        "corporate number in a headerless register of firms",
        "가람상사 주식회사 / 도하람 / 214-86-30017 / 1344117312050 / 031-555-0142 / 수원시\n",
        "1344117312050",
    ),
    (
        "KR_BANK_ACCOUNT",
        "an account after its bank in a firm's row, though its digits pass the corporate check",
        "㈜나래건설 | 모가온 | 214-86-30017 | 031-555-0142 | 가람금고 5018820466133\n",
        "5018820466133",
    ),
    (
        "KR_FRN",
        "a masked number in a firm's row is read, not failed on",
        "㈜나래건설 | 모가온 | 214-86-30017 | 710302-5****** | 031-555-0142\n",
        "710302-5******",
    ),
]

FIRM_NOT_FOUND: list[Case] = [
    (
        "KR_CRN",
        "an account after its bank in a firm's row is no corporate number",
        "㈜나래건설 | 모가온 | 214-86-30017 | 031-555-0142 | 가람금고 5018820466133\n",
        "5018820466133",
    ),
]

test_firm_found, test_firm_not_found = found_case_tests(FIRM_FOUND, FIRM_NOT_FOUND)


# a regional bank written by its region alone, before a number in account groups
REGION_FOUND: list[Case] = [
    (
        "KR_BANK_ACCOUNT",
        "account after a region's bank",
        "급여 지급 명단\n1 / 마가온 / 제주 61-27-730015 / 기타",
        "61-27-730015",
    ),
    (
        "KR_BANK_ACCOUNT",
        "account after the bank's initials",
        "급여 지급 명단\n2 / 모나온 / iM 826-15-558940-1 / 기타",
        "826-15-558940-1",
    ),
]
REGION_NOT_FOUND: list[Case] = [
    (
        "KR_BANK_ACCOUNT",
        "a driving licence after its region",
        "급여 계좌 없음. 면허번호 경남 12-345678-90",
        "12-345678-90",
    ),
    (
        "KR_BANK_ACCOUNT",
        "a business number after a city",
        "급여 명단 / 부산 214-86-30017 / 가람상사",
        "214-86-30017",
    ),
]

test_region_found, test_region_not_found = found_case_tests(REGION_FOUND, REGION_NOT_FOUND)


# a payment list by name, bank and account whose one more column holds the health-insurance card's number
_PAYMENT_LIST = "마루솔\t가람은행\t21-05-640011\t1-5203918846\t120,000원\n한여름\t나래금고\t9002-4411-2093-1\t42175590318\t80,000원\n"
CARD_FOUND: list[Case] = [
    (
        "KR_HEALTH_INSURANCE",
        "the card's own 1-10 grouping in a payment list's cell",
        _PAYMENT_LIST,
        "1-5203918846",
    ),
    (
        "KR_HEALTH_INSURANCE",
        "eleven digits in the column that holds the card elsewhere",
        _PAYMENT_LIST,
        "42175590318",
    ),
]
CARD_NOT_FOUND: list[Case] = [
    (
        "KR_HEALTH_INSURANCE",
        "eleven digits in a headerless column of order numbers",
        "마루솔\t가람은행\t21-05-640011\t30175590311\t120,000원\n한여름\t나래금고\t9002-4411-2093-1\t42175590318\t80,000원\n",
        "42175590318",
    ),
]

test_card_found, test_card_not_found = found_case_tests(CARD_FOUND, CARD_NOT_FOUND)
