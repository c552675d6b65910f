"""Birth dates in foreigners' rosters: rows of a name, the nationality, a passport and the date.

- A Hangul name in a row naming the country, its words proper nouns Kiwi lists (브라운).
- A line that opens with a Latin name, its foreigner's number one space after it, is a person's.
- A row that opens with a Latin name and no number, among rows that name the nationality before the
  passport ('○○○⇥대한민국⇥M…⇥date'): the neighbours make it a roster row.
- Day first with dashes, as many foreign documents write it ('27-04-1990').
- Not a date in a sentence that opens with a word, however the rows around it look.

Every name and number is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

_INVITEES = (
    "초청 대상자 명단\n"
    "모하린\t대한민국\tM90317K42\t1970-10-05\n"
    "Lucia Fernandes\t브라질\tFP4419027\t1981-09-23\n"
    "함소리\t대한민국\tM47120953\t1976.12.09.\n"
)
_ALIGNED = (
    "01  Adaeze Okonkwo      나이지리아  A09318274  21-07-1993\n"
    "02  Tomasz Wierzbicki   폴란드      EK4410938  03-11-1988\n"
)

# a list's lines opening with the name, its identifiers one space after it
_TRAINEES = "교육 수료자\nOYUNA BATBAYAR 910412-5728814 E2087731\nRUWAN PERERA 830605-6019327 N5518820\n"

FOUND: list[Case] = [
    ("DATE_OF_BIRTH", "a Latin-named row among rows naming the nationality", _INVITEES, "1981-09-23"),
    ("PERSON", "a Latin name opening its line, the resident number one space on", _TRAINEES, "RUWAN PERERA"),
    (
        "PERSON",
        "a Hangul name whose words Kiwi lists as proper nouns, in a row naming the country",
        "숙박 명단\n레나 브룩스\t독일\tC7MXRK4J2\t325호\n대니얼 브라운\t미국\tA58213307\t583호\n",
        "대니얼 브라운",
    ),
    ("DATE_OF_BIRTH", "day first with dashes in a numbered aligned row", _ALIGNED, "21-07-1993"),
    ("DATE_OF_BIRTH", "day first with dashes after a birth-date label", "생년월일: 27-04-1990", "27-04-1990"),
]

_INSURED = (
    "외국인 근로자 지역가입 현황\n"
    "레예스 마크 폴\t필리핀\t950311-5288104\t41726630915\n"
    "아웅 쪼 윈\t미얀마\t870922-5******\t62914407731\n"
    "모하린\t대한민국\t계약 만료\t미납 처리\n"
)
FOUND += [
    (
        "PERSON",
        "a Hangul name whose word Kiwi ranks a rare noun, in a country row",
        _INSURED,
        "레예스 마크 폴",
    ),
    ("PERSON", "a Hangul name whose word Kiwi reads as a rare interjection", _INSURED, "아웅 쪼 윈"),
]

NOT_FOUND: list[Case] = [
    ("PERSON", "status words in a country row", _INSURED, "계약 만료"),
    (
        "PERSON",
        "a nationality's label and its country as a slashed field",
        "강사: Olga Petrova / 국적 러시아 / 외국인등록번호 880514-6047719",
        "국적 러시아",
    ),
    ("DATE_OF_BIRTH", "a meeting's day in prose", "회의는 14-02-2024 오후에 열렸다.", "14-02-2024"),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
