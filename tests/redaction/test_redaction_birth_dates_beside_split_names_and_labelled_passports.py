"""Birth dates in rosters whose rows vouch for a person, where the name alone would not.

- A name Kiwi splits into a stem and an ending (구하소 as 구하 + 소, 변하니 as 변하 + 니) opening a row of a
  volunteers' roll, the birth date right after it, the person's mobile and e-mail further on: the mobile
  vouches for the name. Without such an identifier in the row, the split still reads as words, and a word
  with its particle ('피고인은 2019. 5. 3. 12가 3456 …') never reads as a name.
- A slash-separated list of visiting foreigners, each with a country, the birth date and a passport after
  its label ('여권 B12●●●34', masked or not): the labelled passport makes the row a person's.

Every name and number is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

_VOLUNTEERS = (
    "마을 청소 봉사단 명부\n"
    "  구하소 1976.08.21.   010-6709-5068   guha76@example.com\n"
    "  변하니 83.04.22   01023457788   byun83@example.com\n"
)
_VISITORS = "방문단 명단\n가) TRAN VAN AN / 베트남 / 1990.03.04. / 여권 B12●●●34\n나) SOK DARA / 캄보디아 / 1985.11.02. / 여권 N2034518\n"

FOUND: list[Case] = [
    ("DATE_OF_BIRTH", "after a name Kiwi splits, a mobile in the row", _VOLUNTEERS, "1976.08.21."),
    ("DATE_OF_BIRTH", "after a name Kiwi reads as a verb, a mobile in the row", _VOLUNTEERS, "83.04.22"),
    ("DATE_OF_BIRTH", "in a slashed row with a masked passport after its label", _VISITORS, "1990.03.04."),
]

NOT_FOUND: list[Case] = [
    (
        "DATE_OF_BIRTH",
        "after a word and its particle opening a judgment's line with a plate",
        "범 죄 사 실\n\n피고인은 2019. 5. 3. 12가 3456 승용차를 운전하여 …",
        "2019. 5. 3.",
    ),
    (
        "DATE_OF_BIRTH",
        "after the same split name with no identifier in the row",
        "행사 일정\n  구하소 1976.08.21.   장소 미정\n  변하니 1983.04.22.   장소 미정\n",
        "1976.08.21.",
    ),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
