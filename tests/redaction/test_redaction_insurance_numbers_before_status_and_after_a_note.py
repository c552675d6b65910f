"""Insurance card numbers framed by what follows them: the insured's status in a register's next cell
('… | 12345-678901 | 지역가입자 | …', '의료급여 2종', '직장피부양자'), however the eleven digits are grouped,
and a case note's '…번 건보 자격 확인'. A register that pays (의료급여 reads as a payment) no longer reads
such a number as a payee's account.

Every name and number is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

_REGISTER = (
    "의료보호 자격 변동 명단\n"
    "모하린|361224-1******|64657-388645|지역가입자|1987.04.30.\n"
    "함소리|290918-2951939|82825-064546|의료급여 2종|1987.04.11.\n"
    "도예결|160526-4xxxxxx|12360-149947|직장피부양자|2023.01.10.\n"
)
_NOTE = (
    "상담 메모 (2026-03-02)\n민원인 방문, 010-1234-5678로 회신 요청.\n52719384061번 건보 자격 확인 완료.\n"
)

FOUND: list[Case] = [
    ("KR_HEALTH_INSURANCE", "5-6 grouped before 지역가입자", _REGISTER, "64657-388645"),
    ("KR_HEALTH_INSURANCE", "before 의료급여 2종", _REGISTER, "82825-064546"),
    ("KR_HEALTH_INSURANCE", "before 직장피부양자", _REGISTER, "12360-149947"),
    ("KR_HEALTH_INSURANCE", "before '번 건보' in a note", _NOTE, "52719384061"),
]

NOT_FOUND: list[Case] = [
    ("KR_BANK_ACCOUNT", "the card before the status, in a register that pays", _REGISTER, "64657-388645"),
    (
        "KR_HEALTH_INSURANCE",
        "ten digits before a status",
        "자격 변동 명단\n모하린|361224-1******|6465-388645|지역가입자|\n",
        "6465-388645",
    ),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
