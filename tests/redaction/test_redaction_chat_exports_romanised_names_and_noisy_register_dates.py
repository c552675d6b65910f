"""Senders in the other layouts of chat exports (a phone messenger's text export, a team chat's), a
passport's romanisation right after the Korean name, Latin names after a passenger's or a guest's label
(accented letters too) or before their country in a row with a registration number, birth dates in a
CSV's quoted cell or read through OCR look-alikes in a register row, an international mobile after a role
that ends in 대표, a mobile whose spaced groups OCR misread, an account after a bank's initials, a letter's
salutation with 님께 and its sign-off before a bar, and a boy's spelled-out name before 군에게. A word
before its English gloss or a term whose sounds are not its romanisation, kin addressed with 님 and a main line after (대표) stay unfound (guards).

Every name and number is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

FOUND: list[Case] = [
    (
        "PERSON",
        "a phone messenger's export",
        "2024. 3. 2 오전 9:15, 한우리 : 급여 반송 건 확인 좀 해주실래요\n2024. 3. 2 오전 9:17, 탁이헌 : 네 확인했습니다",
        "한우리",
    ),
    (
        "PERSON",
        "a team chat's Latin sender",
        "은새롬  09:12  회의 10시\nEthan Park  09:13  네 알겠습니다",
        "Ethan Park",
    ),
    (
        "PERSON",
        "the romanisation after the Korean name",
        "- 모하린 / MO HARIN / 여권번호 M12345678 / 만료 2030-01-01",
        "MO HARIN",
    ),
    ("PERSON", "a passenger's name before the booking title", "PASSENGER: PARK SEOYUN MS", "PARK SEOYUN"),
    ("PERSON", "an accented guest's name", "Guest: José Álvarez / Nationality: 칠레", "José Álvarez"),
    (
        "PERSON",
        "a Latin name before the country in a row",
        "입소자 명단\nTSOGT NARANGEREL 몽골 720311-5123456 301호",
        "TSOGT NARANGEREL",
    ),
    (
        "DATE_OF_BIRTH",
        "a CSV's quoted birth date",
        '1,하민결,"1990년 3월 28일",010-3525-9755,"서울특별시 중구 세종대로 1"',
        "1990년 3월 28일",
    ),
    (
        "DATE_OF_BIRTH",
        "a register row's date read through look-alikes",
        "본인  하 민 결  l98I년 O3월 l5일  810315-1******",
        "l98I년 O3월 l5일",
    ),
    (
        "PHONE_NUMBER",
        "an international mobile after a role ending in 대표",
        "6. 하민결 (학부모대표) +82 10 3371 9046",
        "+82 10 3371 9046",
    ),
    ("PHONE_NUMBER", "a spaced mobile misread by OCR", "연 락 처 : O1O 73l9 4O52", "O1O 73l9 4O52"),
    (
        "KR_BANK_ACCOUNT",
        "an account after a bank's initials",
        "IBK기업 432-517208-11-905 하민결 입니다",
        "432-517208-11-905",
    ),
]

FOUND += [
    (
        "PERSON",
        "a letter's salutation with 님께",
        "응웬티하 님께\n(민원 접수번호 2AA-2301-0012345)",
        "응웬티하",
    ),
    (
        "PERSON",
        "a boy's name spelled out before 군에게",
        "구청장은 도 하 준 군에게 감사장을 전달했다.",
        "도 하 준",
    ),
    (
        "PERSON",
        "a letter signed with the writer's division after a bar",
        "Best regards,\nHan Seoyun | International Cooperation Division",
        "Han Seoyun",
    ),
]

NOT_FOUND: list[Case] = [
    ("PERSON", "a word, then its English gloss", "안내 / NOTICE BOARD", "NOTICE BOARD"),
    ("PERSON", "a compound, then a term in brackets", "문자셋 변경방법 (DB REBUILD 없이)", "DB REBUILD"),
    ("PERSON", "kin addressed with 님", "아버님,\n보내주신 서류 잘 받았습니다.", "아버"),
    ("PHONE_NUMBER", "the main line after (대표)", "문의 (대표) 044-203-5678", "044-203-5678"),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
