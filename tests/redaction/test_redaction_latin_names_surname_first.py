"""Latin-script names in the passport's order, the surname in capitals and a comma first, the given name
capitalised ('BALTAZAR, Rowena', 'NAM, Gyuon') as well as in capitals: taken where the other Latin names are (a
name label, a country's or an identifier's row, an honorific after them); a town and its country after a
comma ('Nakhon Ratchasima, Thailand') are no one. Every value is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

FOUND: list[Case] = [
    (
        "PERSON",
        "after a counselling record's label",
        "대상자: BALTAZAR, Rowena (41세)\n국적: 필리핀",
        "BALTAZAR, Rowena",
    ),
    (
        "PERSON",
        "in a roster row with a country",
        "| 2 | VEDERNIKOVA, Alina | 러시아 | 850412-6123457 | 010-2741-9063 |",
        "VEDERNIKOVA, Alina",
    ),
    (
        "PERSON",
        "a Korean name romanised on a passport form",
        "로마자 성명: NAM, Gyuon\n한글 성명: 남규온",
        "NAM, Gyuon",
    ),
    ("PERSON", "before 씨 in prose", "봉사상을 받은 OKAFOR, Chidi 씨는 소감을 밝혔다.", "OKAFOR, Chidi"),
]

NOT_FOUND: list[Case] = [
    (
        "PERSON",
        "a town and its country after an address label",
        "본국 주소 Address in Home Country: Nakhon\nRatchasima, Thailand\n근무처 Employer: (주)가온",
        "Ratchasima, Thailand",
    ),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
