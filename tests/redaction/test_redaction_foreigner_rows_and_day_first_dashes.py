"""Birth dates in foreigners' rosters: rows of a name, the nationality, a passport and the date.

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

FOUND: list[Case] = [
    ("DATE_OF_BIRTH", "a Latin-named row among rows naming the nationality", _INVITEES, "1981-09-23"),
    ("DATE_OF_BIRTH", "day first with dashes in a numbered aligned row", _ALIGNED, "21-07-1993"),
    ("DATE_OF_BIRTH", "day first with dashes after a birth-date label", "생년월일: 27-04-1990", "27-04-1990"),
]

NOT_FOUND: list[Case] = [
    ("DATE_OF_BIRTH", "a meeting's day in prose", "회의는 14-02-2024 오후에 열렸다.", "14-02-2024"),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
