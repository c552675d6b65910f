"""Birth dates a person's record gives as a bare field: after the person's sex, in a bracket with their
nationality, or as a field of a comma-separated record that also gives their contact or account; after a
household member's card number; in the bracket after a name, behind an honorific, a pupil's class or a
child's age.

Every name, number and date is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

_SCHOLARS = (
    "장학금 지급 대상자\n"
    "변하람, 가온대 2학년, 2004-03-15, 가람은행 302-1120-4471-19, 010-5521-0937\n"
    "석누리, 가온대 4학년, 20011109, 누리뱅크 3333-02-7719304, 010 4418 2296\n"
)

FOUND: list[Case] = [
    (
        "DATE_OF_BIRTH",
        "after a name and the sex, apart by slashes",
        "Pt: 변하람 / F / 1981.06.17. / 건보",
        "1981.06.17.",
    ),
    (
        "DATE_OF_BIRTH",
        "after a name and the sex glued to a slash",
        "내담자 석누리 여/19930421\n주호소: 불면",
        "19930421",
    ),
    (
        "DATE_OF_BIRTH",
        "a child's date in a bracket with the nationality",
        "전입생 Dana Orlova (2015. 4. 9., 카자흐스탄) 2학년 배정",
        "2015. 4. 9.",
    ),
    ("DATE_OF_BIRTH", "a comma-separated record with an account and a mobile", _SCHOLARS, "2004-03-15"),
    ("DATE_OF_BIRTH", "a record's date without separators", _SCHOLARS, "20011109"),
]

_DEPENDANTS = "피부양자 명단\n세대주 변하람 52817730914 1964-05-21\n배우자 석누리 60394418275 720318\n"
FOUND += [
    ("DATE_OF_BIRTH", "a household member's card number between name and date", _DEPENDANTS, "720318"),
    (
        "DATE_OF_BIRTH",
        "a pupil's class before the date in the bracket",
        "피해학생: 변하람(6학년 2반, 2013-04-17)",
        "2013-04-17",
    ),
    (
        "DATE_OF_BIRTH",
        "a child's age before the date in the bracket",
        "아동: 석누리 (만 7세, 2019년 2월 11일)",
        "2019년 2월 11일",
    ),
    (
        "DATE_OF_BIRTH",
        "an honorific between the name and the bracket",
        "- 1반 변하람 양 (2009.5.27) : 동의",
        "2009.5.27",
    ),
]

_ACQUIRED = "피부양자\n관계  성명  등록번호  취득일\n모  변하람  4417203318826  1996.04.19.\n"

NOT_FOUND: list[Case] = [
    ("DATE_OF_BIRTH", "a household member's date under another date's header", _ACQUIRED, "1996.04.19."),
    (
        "DATE_OF_BIRTH",
        "an official's title between the name and the bracket",
        "변하람 과장 (2025. 3. 4.) 보고",
        "2025. 3. 4.",
    ),
    (
        "DATE_OF_BIRTH",
        "a day of the record's business after the sex",
        "환자 변하람 / 남 / 2025.03.02 입원",
        "2025.03.02",
    ),
    (
        "DATE_OF_BIRTH",
        "a record with no contact or account",
        "변하람, 총무과, 1998-03-02, 정규직\n석누리, 회계과, 2001-07-01, 계약직\n",
        "1998-03-02",
    ),
    (
        "DATE_OF_BIRTH",
        "a recent date in a record",
        "변하람, 가온대, 2024-03-02, 010-5521-0937\n",
        "2024-03-02",
    ),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
