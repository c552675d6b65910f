"""Accounts in a flattened register of people: no header, bank or label, the account the one field left
in a bank's groups beside the person's resident number, e-mail, or mobile and birth date; and accounts OCR
misread in groups of two.

Not a telephone number in the row (an area code, then groups of three or four and four), not a record
number with its year in the middle, not a row without a person's identifier, not beside a mobile alone
(a contact list's other numbers).

Every name and number is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

FOUND: list[Case] = [
    (
        "KR_BANK_ACCOUNT",
        "a semicolon-separated register with a resident number and an e-mail",
        "수당 지급 대상\n가 ; 가나다 ; 850101-1234567 ; ga.nada@example.com ; 331250-18-556102\n",
        "331250-18-556102",
    ),
    (
        "KR_BANK_ACCOUNT",
        "a pasted sheet with an e-mail after",
        "참가비 환불,\n라마바,413-52-860195,52418870231,ra.maba@example.com\n",
        "413-52-860195",
    ),
    (
        "KR_BANK_ACCOUNT",
        "a tabbed row with a birth date and a mobile after it",
        "참가자\n1\t사아자\t71.03.18\t902-118-447215\t010-2233-4455\t정회원\n",
        "902-118-447215",
    ),
    (
        "KR_BANK_ACCOUNT",
        "misread by OCR in groups of three, two, four and two",
        "입금 계좌 (우체국) 6O3-l2-9O4l-O7\n",
        "6O3-l2-9O4l-O7",
    ),
]

NOT_FOUND: list[Case] = [
    (
        "KR_BANK_ACCOUNT",
        "a safe-number telephone in the row",
        "가족 현황\n1,가나다,850101-1234567,52418870231,0505-2208-1937,자녀\n",
        "0505-2208-1937",
    ),
    (
        "KR_BANK_ACCOUNT",
        "a record number with its year in the middle",
        "| 접수 5521-2025-004417 | 가나다 | 베트남 | 010-2233-4455 |\n",
        "5521-2025-004417",
    ),
    (
        "KR_BANK_ACCOUNT",
        "a grouped number in a row with no person's identifier",
        "품목 목록\n1\t사무용 의자\t902-118-447215\t12개\n",
        "902-118-447215",
    ),
    (
        "KR_BANK_ACCOUNT",
        "beside a mobile alone",
        "비상연락망\n1\t사아자\t010-2233-4455\t902-118-447215\n",
        "902-118-447215",
    ),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
