"""Numbers masked from the front, rows of three fields without a header, and health registers by status.

- A card masked to its last four digits, ungrouped ('************1234') or in Amex's groups
  ('**** ****** *1234'), under its label; or grouped, in a column whose other rows hold a card masked
  with its issuer's digits left.
- An account masked from the front ('******-**-**1234') right after its bank's short name.
- A row of a name, a number in a bank's groups and a mobile: the number is the person's account; not a
  business number's 3-2-5 shape in the same place.
- A vaccination list giving each person's insurance status (자격취득, 자격상실): its eleven-digit column is
  the insurance card's, a scan's space inside a number too.

Every name and number is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

_REFUNDS = (
    "환불 대장\nNo. 이름 카드 승인 금액\n"
    "1\t하뭇결\t4571-62**-****-9084\t18840213\t₩90,000\n"
    "2\t맹서율\t**** **** **** 5521\t29013377\t₩12,000\n"
    "3\t곽누에\t5409-38**-****-1175\t60214485\t₩7,500\n"
)
_ROWS = "명단\n금소율 402-118-750263 010-4471-2290\n봉새길 71-30-884512 010-9023-6614\n"
_VACCINATION = (
    "예방접종 대상자 명단\n"
    "모아린\t1958.04.02\t60417723098\t자격취득\n"
    "탁선우\t1971.11.19\t584 29917306\t자격상실\n"
    "인보롬\t1988.06.30\t31285510472\t유지\n"
)

FOUND: list[Case] = [
    (
        "CREDIT_CARD",
        "ungrouped last four after the label",
        "카드번호: ************6610\n",
        "************6610",
    ),
    (
        "CREDIT_CARD",
        "Amex groups masked to the last four",
        "카드번호\t**** ****** *2087\n",
        "**** ****** *2087",
    ),
    ("CREDIT_CARD", "last four in a column of masked cards", _REFUNDS, "**** **** **** 5521"),
    (
        "KR_BANK_ACCOUNT",
        "masked from the front after a bank",
        "1 최○윤 국민 ******-**-**4408\n",
        "******-**-**4408",
    ),
    ("KR_BANK_ACCOUNT", "3-3-6 between a name and a mobile", _ROWS, "402-118-750263"),
    ("KR_BANK_ACCOUNT", "2-2-6 between a name and a mobile", _ROWS, "71-30-884512"),
    ("KR_HEALTH_INSURANCE", "a vaccination list's card number", _VACCINATION, "60417723098"),
    ("KR_HEALTH_INSURANCE", "one a scan split with a space", _VACCINATION, "584 29917306"),
]

NOT_FOUND: list[Case] = [
    (
        "CREDIT_CARD",
        "last four with no card anywhere",
        "조회 결과\n1\t하뭇결\t**** **** **** 5521\t확인\n",
        "**** **** **** 5521",
    ),
    (
        "KR_BANK_ACCOUNT",
        "masked from the front without a bank",
        "접수 ******-**-**4408\n",
        "******-**-**4408",
    ),
    (
        "KR_BANK_ACCOUNT",
        "a business number's shape",
        "명단\n금소율 402-11-75026 010-4471-2290\n",
        "402-11-75026",
    ),
    (
        "KR_BANK_ACCOUNT",
        "a number between words, not a name",
        "명단\n발급 402-118-750263 010-4471-2290\n",
        "402-118-750263",
    ),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
