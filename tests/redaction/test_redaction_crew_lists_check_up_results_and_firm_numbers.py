"""Check-up results, crew lists, firms named like banks and plates logged with a time.

- Eleven digits in a row of a name, a birth date written '09-Mar-1966' or '23/11/1977', and a result
  (정상, 재검, 유소견): a check-up list; a family's rows marked 피부양.
- A birth date after a crew list's rank, name, nationality and passport; after given names and a surname
  in capitals; after a foreign name in Hangul words heading a tab row (that name a person's too).
- A corporation's number after '주식회사 ○○은행' is no account; '… ○○○-○○○-○○○○○○ 신한 계좌로' is one.
- A Korean passport masked with its S kept ('S123****5'); a plate's holder before the time of the record.
- A log's nhis_no key before the health-insurance number; birth dates in crew rows (rank, name, nationality,
  then the date) and in children's rows that name a guardian, not after an anonymised '○ 모 씨'.

Every name and number is invented."""

from __future__ import annotations

from shared_core import Case, found, found_case_tests

_RESULTS = (
    "타라스 코발치크\t09-Mar-1966\t52718830461\t재검\n"
    "도예결\t23/11/1977\t61920374418\t유소견\n"
    "Ana Maria OKAFOR\t1981.03.02.\t70331928457\t정상\n"
)
_CREW = (
    "CREW LIST\n01 2/O    Oleg SOROKIN RUS E5520719 08 FEB 1974\n02 OS     육채운 KOR M963H4417 11 MAY 1970\n"
)
_MORTGAGE = "근저당권자 주식회사 다래저축은행 110111-4471025 (채무자 함소리)"
_SCAM = "피해자는 안내받은 대로 110-553-817260 신한 계좌로 이체하였다."
_PARKING_LOG = "322허2436 모하린 05-19 15:08 8,400원\n306허3256 함소리 03-02 02:06 7,400원\n"

FOUND: list[Case] = [
    ("KR_HEALTH_INSURANCE", "beside a dashed month's name and a result", _RESULTS, "52718830461"),
    ("KR_HEALTH_INSURANCE", "beside a day-first date and 유소견", _RESULTS, "61920374418"),
    ("DATE_OF_BIRTH", "after given names and a surname in capitals", _RESULTS, "1981.03.02."),
    ("DATE_OF_BIRTH", "after a foreign name in Hangul words heading a tab row", _RESULTS, "09-Mar-1966"),
    (
        "PERSON",
        "a foreign name in Hangul words heading a row before a birth date",
        _RESULTS,
        "타라스 코발치크",
    ),
    ("DATE_OF_BIRTH", "after a crew list's rank, name, nationality and passport", _CREW, "08 FEB 1974"),
    ("DATE_OF_BIRTH", "the Korean crew member's", _CREW, "11 MAY 1970"),
    ("KR_BANK_ACCOUNT", "a short bank name and 계좌 after the number", _SCAM, "110-553-817260"),
    ("KR_PASSPORT", "masked, its S kept", "종전 여권 S747****3 / 신규 여권 S023Y2541", "S747****3"),
    ("PERSON", "a plate's holder before the record's time", _PARKING_LOG, "모하린"),
]

NOT_FOUND: list[Case] = [
    ("PERSON", "a check-up's result that opens with a surname", _RESULTS, "유소견"),
    ("KR_BANK_ACCOUNT", "a corporation's number after a firm named like a bank", _MORTGAGE, "110111-4471025"),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)


def test_health_insurance_number_under_a_logs_nhis_no_key() -> None:
    line = "DEBUG billing-api[77] uid=svc_104 nhis_no=52718830461 ver=10.7.1180"
    assert "52718830461" in found(line, "KR_HEALTH_INSURANCE")


_CREW_DOB_FIRST = "CREW LIST\n02 C/O    OKAFOR ADA EZE     NGA    04 DEC 1986  P4471902A\n3  OS  육채운  KOR  27 SEP 1972  M963H4417\n"
_VACCINATION = "예방접종 미완료 아동 안내\n도예결|210201|보호자 함소리|010-4564-2218|MMR 2차\n"


def test_birth_dates_in_crew_rows_and_childrens_rows() -> None:
    assert "04 DEC 1986" in found(_CREW_DOB_FIRST, "DATE_OF_BIRTH")
    assert "27 SEP 1972" in found(_CREW_DOB_FIRST, "DATE_OF_BIRTH")
    assert "210201" in found(_VACCINATION, "DATE_OF_BIRTH")


def test_an_anonymised_mother_is_no_guardian_of_a_recent_date() -> None:
    text = "3302-2020-5518204\t함 모 씨\t진행중\t2025. 10. 7.\n"
    assert "2025. 10. 7." not in found(text, "DATE_OF_BIRTH")
