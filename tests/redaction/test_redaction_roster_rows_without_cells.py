"""Rosters and ledgers whose rows a converter ran together with single spaces, or that have no header:
the row itself says what its fields are.

- A card number right after its card company's name (국민, 현대, BC …) in a text about card payments is
  a card, though most of those names are banks' too (a 16-digit Luhn-valid number with an issuer's
  prefix); a number after an account's label stays an account.
- A passport-shaped code in a foreigner's line (a name in capitals, and a country, a registration
  number, a status of stay or a date beside it), or after the crew lists' 'PP'; a masked Korean passport
  as a field of a log that masks other values too.
- A date right after the name that opens a roster's row is a birth date; a letter-spaced label's date,
  a date followed by what happened on it, or the first half of a resident number are not.

Every name and number is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

_CARD_LEDGER = (
    "발급 수수료 카드 승인·취소 현황 (2026. 5. 2.)\n"
    "09:12  피연후  국민  4532-7100-9314-8859  41830219  12,000원  승인\n"
    "10:40  채이든  현대  5520311477809215  77120934  8,000원  취소\n"
    "|11:03|남궁호연|BC|9410-7220-5518-3069|50219388|4,000원|승인|\n"
)
_REFUND_TO_ACCOUNT = _CARD_LEDGER + "현금 반환분 입금계좌 국민 3568-9120-3344-7107 (예금주 본인)\n"

_RUN_TOGETHER = (
    "초청 대상 외국인\n"
    "1 TOMASZ WIERZBA 폴란드 1987.03.14. EK4401927 D-2(유학)\n"
    "2 | OKONKWO ADA | 1991.10.02. | PN7731046 | (주)바다물류 |\n"
)
_CREW = "3) ILIE DORU   ROMANIA   PP KX2290417   D.O.B 02 FEB 1984\n"
_MASKED_LOG = (
    "2026-02-03 10:11:12, emp5531, 10.2.3.4, 조회, 880101-1******\n"
    "2026-02-03 10:15:40, emp5532, 10.2.3.5, 출력, R31****58\n"
)
_BIRTH_ROWS = (
    "지원 대상 가구 현황\n"
    "1 맹소율 1971.08.26. 청주시 상당구 율량로 41, 3층   010-3391-2048\n"
    "2 권새롬 810923      진주시 봉곡로 7-2\n"
    "2025-31770 황보단 1964.10.09. 01048812290 폐업신고\n"
)

FOUND: list[Case] = [
    ("CREDIT_CARD", "after its company's name in a run-together row", _CARD_LEDGER, "4532-7100-9314-8859"),
    ("CREDIT_CARD", "ungrouped, after its company's name", _CARD_LEDGER, "5520311477809215"),
    ("CREDIT_CARD", "BC, in a '|' row without a header", _CARD_LEDGER, "9410-7220-5518-3069"),
    ("KR_BANK_ACCOUNT", "the same shape after an account's label", _REFUND_TO_ACCOUNT, "3568-9120-3344-7107"),
    ("KR_PASSPORT", "in a single-spaced invitee's line with a country", _RUN_TOGETHER, "EK4401927"),
    ("KR_PASSPORT", "in a '|' row with a capitals name and a birth date", _RUN_TOGETHER, "PN7731046"),
    ("KR_PASSPORT", "after a crew list's PP", _CREW, "KX2290417"),
    ("KR_PASSPORT", "masked, as a field of a log that masks resident numbers", _MASKED_LOG, "R31****58"),
    ("DATE_OF_BIRTH", "after the name opening a numbered row", _BIRTH_ROWS, "1971.08.26."),
    ("DATE_OF_BIRTH", "six digits after the name opening a row", _BIRTH_ROWS, "810923"),
    ("DATE_OF_BIRTH", "after a record number and a name", _BIRTH_ROWS, "1964.10.09."),
    ("DATE_OF_BIRTH", "after a capitals name and a country", _RUN_TOGETHER, "1987.03.14."),
]

NOT_FOUND: list[Case] = [
    ("CREDIT_CARD", "an account's label decides", _REFUND_TO_ACCOUNT, "3568-9120-3344-7107"),
    ("KR_PASSPORT", "a log's lower-case user code", _MASKED_LOG, "emp5532"),
    (
        "KR_PASSPORT",
        "a code in a line with capitals but no country, number, status or birth date",
        "| 4 | NORTH GATE | EK4401927 | 점검 완료 2026-01-02 |",
        "EK4401927",
    ),
    (
        "DATE_OF_BIRTH",
        "a letter-spaced label's date",
        "피    고  맹소율\n\n변 론 종 결  2005.04.11.\n판 결 선 고  2003. 11. 4.\n",
        "2005.04.11.",
    ),
    (
        "DATE_OF_BIRTH",
        "a date followed by what happened on it",
        "1 맹소율 1998.03.02. 임용 총무과",
        "1998.03.02.",
    ),
    (
        "DATE_OF_BIRTH",
        "the first half of a registration number split by a space",
        "|2|OKAFOR ADA|나이지리아|900107 5949\n881|",
        "900107",
    ),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
