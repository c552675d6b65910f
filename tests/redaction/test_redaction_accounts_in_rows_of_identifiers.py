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
        "[붙임] 명단\n1 ; 가나다 ; 850101-1234567 ; ga.nada@example.com ; 331250-18-556102\n",
        "331250-18-556102",
    ),
    (
        "KR_BANK_ACCOUNT",
        "a pasted sheet with an e-mail after",
        "(엑셀 붙여넣기)\n1,라마바,413-52-860195,52418870231,ra.maba@example.com\n",
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
        "misread by OCR in groups of three, two and six",
        "계좌 수협 ll5-O3-27l8O4 예금주 가나다\n",
        "ll5-O3-27l8O4",
    ),
]

NOT_FOUND: list[Case] = [
    (
        "KR_BANK_ACCOUNT",
        "a safe-number telephone in the row",
        "자격 명단\n1,가나다,850101-1234567,52418870231,0507-7366-4801,배우자\n",
        "0507-7366-4801",
    ),
    (
        "KR_BANK_ACCOUNT",
        "a record number with its year in the middle",
        "| 4418-2024-331902 | 가나다 | 필리핀 | 010-2233-4455 |\n",
        "4418-2024-331902",
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
