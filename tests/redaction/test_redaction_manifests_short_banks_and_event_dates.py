"""Passenger manifests, rosters naming the bank by its short name after the number, and registers whose
dates are the days things happened.

- Eight to ten digits in a foreigner's line of a manifest (SURNAME/GIVEN, a country's code, a birth date)
  are a passport; ten digits after the 여권번호 label too; not a phone run together or a business number.
- A cell of a bank's short name alone right after the number names its account ('… 704-33-519027   신한').
- A date whose next cell says what happened on it (취득, 상실, 전입 …) is no birth date; a birth date after
  a name and a slash with no spaces ('○○○/870519/…'), or after a nationality and 국적 in brackets, is.

Every name and number is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

_MANIFEST = (
    "PASSENGER MANIFEST  XY123  ICN-HAN  09JUL26\n"
    "01 OKAFOR/ADA NGA 12 MAR 1984 4402917365 31C\n"
    "02 SOROKIN/OLEG RUS 17 AUG 1979 551820347 18E\n"
)
_ROSTER = "보훈 수당 지급 명단\n 모하린   1948.02.11.   704-33-519027     신한\n 함소리   1950.11.30.   318-06-229051     대구\n"
_REGISTER = "자격 변동 내역\n도예결 | 배우자 | 61728830471 | 2013. 5. 7. | 상실\n육채운 | 본인 | 72049918366 | 2010. 9. 14. | 취득\n"
_SLASHED = "긴급 지원 송금 결과\n모하린/870519/새마을금고/9003-2271-5518-2/1,450,000\n함소리/760211/신협/171-203-448190/980,000\n"

FOUND: list[Case] = [
    ("KR_PASSPORT", "ten digits in a manifest's foreigner line", _MANIFEST, "4402917365"),
    ("KR_PASSPORT", "nine digits in the next line", _MANIFEST, "551820347"),
    (
        "KR_PASSPORT",
        "ten digits after the label",
        "여권번호 4402917365  여권만료일 2029. 4. 1.",
        "4402917365",
    ),
    ("KR_BANK_ACCOUNT", "a short bank's cell after the number", _ROSTER, "704-33-519027"),
    ("KR_BANK_ACCOUNT", "a regional bank's cell after the number", _ROSTER, "318-06-229051"),
    ("DATE_OF_BIRTH", "after a name and an unspaced slash", _SLASHED, "870519"),
    ("DATE_OF_BIRTH", "the next slashed row", _SLASHED, "760211"),
    (
        "DATE_OF_BIRTH",
        "after a nationality and 국적 in brackets",
        "편입 학생 Ada Okafor(나이지리아 국적, 2015-07-09)는 3학년 1반에 편성한다.",
        "2015-07-09",
    ),
]

NOT_FOUND: list[Case] = [
    ("DATE_OF_BIRTH", "a date whose next cell is 상실", _REGISTER, "2013. 5. 7."),
    ("DATE_OF_BIRTH", "a date whose next cell is 취득", _REGISTER, "2010. 9. 14."),
    (
        "KR_PASSPORT",
        "ten digits that are a business number",
        "01 OKAFOR/ADA NGA 12 MAR 1984 1208147521 31C",
        "1208147521",
    ),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
