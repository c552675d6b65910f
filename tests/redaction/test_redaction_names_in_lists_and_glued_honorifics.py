"""Names in the lists foreigners and firms appear in, and a name's later mention glued to its honorific.

- A Latin-script name opening a numbered or bulleted line, before a slash or right before the person's
  registration or passport number, in a line with an identifier or a nationality; a passport after one
  space is no word of the name; a country written in two words ('Viet Nam') is no name.
- A firm's mark on the next line ('…대표 ○○○⏎(주)…') does not make the name a firm's.
- A name accepted once is followed where it recurs glued to 씨, 양, 군 or 님 and a particle ('○○○양은'); a
  verb's form before a name with an age ('건너려던 ○○○(18)') is no word of a foreign name.

Every name and number is invented."""

from __future__ import annotations

from shared_core import Case, found, found_case_tests

_INVITEES = (
    "초대 인원\n"
    "1) OKAFOR ADA / 나이지리아 / 여권 EK4401927 / 생년월일 19 AUG 1990\n"
    "2) Oleg Sorokin / 여권 268013574 / 생년월일 1986-09-03\n"
)
_PAYMENTS = "보험금 청구 목록\n1. Amina Diallo 900722-5193306 지급계좌 1002-553-817260\n"
_RESIDENTS = " Amina Diallo    AB2290516   870314-5480123\n Oleg Sorokin FA7715308  941105-6017724\n"
_FIRMS = "지원사업 선정 업체 명단\n(주)다래정밀 · 412-07-55319 · 대표 모하린\n(주)솔빛상사 · 527-24-60818 · 대표 봉미소\n"
_ACCIDENT = (
    "어제 오후 시장 앞 도로에서 탁유찬(58)씨의 화물차가 길을 건너려던 봉미소(18)양과 부딪쳤다. "
    "경찰은 봉미소양이 가벼운 상처를 입었다고 밝혔다."
)

FOUND: list[Case] = [
    ("PERSON", "opening a numbered line before a slash", _INVITEES, "OKAFOR ADA"),
    ("PERSON", "capitalised, before a slash and a passport", _INVITEES, "Oleg Sorokin"),
    ("PERSON", "right before the registration number", _PAYMENTS, "Amina Diallo"),
    ("PERSON", "a passport after one space is not part of it", _RESIDENTS, "Oleg Sorokin"),
    ("PERSON", "a firm's representative at the line's end", _FIRMS, "모하린"),
    ("PERSON", "the next one", _FIRMS, "봉미소"),
]

NOT_FOUND: list[Case] = [
    ("PERSON", "a notice's words before a slash", "- North Gate / 여권 발급 창구 안내\n", "North Gate"),
    ("PERSON", "a country in two words", "본국 주소 Address: Can Tho, Viet Nam\n", "Viet Nam"),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)


def test_a_name_recurs_glued_to_its_honorific() -> None:
    names = found(_ACCIDENT, "PERSON")
    assert names.count("봉미소") == 2, names


def test_a_verb_form_before_the_name_is_not_part_of_it() -> None:
    names = found(_ACCIDENT, "PERSON")
    assert "건너려던 봉미소" not in names and "봉미소" in names, names
