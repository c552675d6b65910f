"""Korean passports masked from their start, and insured people's refund lists run together.

- 'M*****123': the letter, masks, then the last digits, in a travel roster's row with a birth date.
- After 여권, masks in the middle as crosses ('BK5XXXX18') or digits alone masked ('2097**64'); a border
  gate's log line, the document under its key beside the holder's nationality ('doc=… nat=CHN').
- A payment list's record code in a passport's shape opening each row ('R12345678  ○○○  …  81,500원'),
  in a text that never speaks of passports, is no passport; where the text does, it still is.
- A health-insurance refund list whose rows a converter ran together with single spaces: name, the card's
  eleven digits, the sum, the bank and the account. Not in a list about something else.

Every name and number is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

_TRAVELLERS = (
    "출장자 명단\n"
    "사무관 | 모하린 | M90317K42 | 1984.02.17 | 010-5521-0836\n"
    "주무관 | 함소리 | M*****318 | 1991. 6. 3. | 010-7734-2019\n"
)
_REFUNDS = (
    "건강보험료 과오납 환급 대상 (2026. 3. 2.)\n"
    "도예결 48217730591 174,000 다래은행 25-64-381920\n"
    "육 채 운 60391824471 486,000 누리뱅크 1000-8325-4417\n"
)
_PAYMENTS = "참가비 결제 취소 내역\nR30418827  모하린  4111-1111-1111-1111  81,500원  승인 20417736\n"
_PASSPORT_FEES = "여권 재발급 수수료 납부 내역\nR30418827  모하린  53,000원  납부\n"
_PRIZES = "경품 지급 대상\n도예결\t48217730591\t174,000\t다래은행\t25-64-381920\n"

FOUND: list[Case] = [
    ("KR_PASSPORT", "masked from its start in a roster row with a birth date", _TRAVELLERS, "M*****318"),
    ("KR_HEALTH_INSURANCE", "after the name in a refund list of the insured", _REFUNDS, "48217730591"),
    ("KR_PASSPORT", "opening a payment row in a text about passports", _PASSPORT_FEES, "R30418827"),
    ("KR_HEALTH_INSURANCE", "after a letter-spaced name", _REFUNDS, "60391824471"),
]

_GATE_LOG = (
    "2026-07-30 06:41:40 gate=T2-07 doc=KJ3381045 nat=CHN result=MANUAL\n"
    "2026-07-30 06:42:05 gate=T2-09 doc=M17****52 nat=KOR result=PASS\n"
    "2026-07-30 06:42:31 gate=T2-09 doc=4418XXX07 nat=USA result=PASS\n"
)
_VISITS = "| 투자유치과 | 모하린 | M508***** | 독일 |\n| 관광진흥과 | 함소리 | M4●●●●●73 | 일본 |\n"
FOUND += [
    ("KR_PASSPORT", "one digit before the mask, in a column of masked passports", _VISITS, "M4●●●●●73"),
    ("KR_PASSPORT", "masked in its middle with crosses after 여권", "4) 여권 BK5XXXX18\n", "BK5XXXX18"),
    (
        "KR_PASSPORT",
        "digits alone with their middle masked after 여권",
        "2) 네팔 / 여권 2097**64\n",
        "2097**64",
    ),
    ("KR_PASSPORT", "a gate log's document beside the nationality", _GATE_LOG, "KJ3381045"),
    ("KR_PASSPORT", "a gate log's masked document", _GATE_LOG, "M17****52"),
    ("KR_PASSPORT", "a gate log's digits masked with crosses", _GATE_LOG, "4418XXX07"),
]

NOT_FOUND: list[Case] = [
    ("KR_PASSPORT", "a document key with no nationality after it", "문서 doc=A1234567 처리완료", "A1234567"),
    ("KR_PASSPORT", "a count with stars, no label", "총 2097**64건 처리", "2097**64"),
    ("KR_PASSPORT", "a payment list's record code opening its row", _PAYMENTS, "R30418827"),
    (
        "KR_HEALTH_INSURANCE",
        "eleven digits after a name in a tab row of a list about something else",
        _PRIZES,
        "48217730591",
    ),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
