"""Rosters with nothing around them, sentences that wrap between a bank and its number, and the lines
travel and immigration papers print.

- An account-shaped number closing a row that lists a person (a name, a birth date, a mobile), with no
  header, bank or label; alone on the next line when the row wrapped; not a record number that opens with
  its year. An account wrapped away from the bank that closes the line above; an account the word 통장 or
  계좌 follows.
- Diners Club masked without groups; an issuer's card number wrapped in a text about cards.
- Any passport partly masked right after its word ('구 여권 C12****7'); a Korean one masked in a line with a
  birth date; a passport in a line whose name mixes capitals ('Ada OKAFOR').
- Birth dates in a bulleted list of names, after a foreigner's name among such rows, before 生 or an age in
  brackets, in a booking's passport line (SSR DOCS), as a slash field beside a foreign passport.

Every name and number is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

_PLAIN_ROWS = (
    "도예결 19870412 01052718830 3333017729045\n"
    "함소리 19911130 01077420196 110228017734\n"
    "│ 육채운 │ 1979-05-21 │ 010-4410-2287 │\n"
    "402-77-183306 │\n"
)
_WRAPPED_SENTENCE = (
    "대금은 청구일부터 7일 이내에 을의 거래 은행인 우리은행\n1002-338-810274(예금주 을)로 지급한다."
)
_MULE = "피고인은 받은 돈을 352-0817-4410-23 등 차명 통장 두 개로 나누어 보냈다."
_CARDS = (
    "카드 승인 취소 목록\n"
    "1 | 도예결 | 3851******9312 | 12,000원\n"
    "2 | 함소리 | 4539 1022 7746\n1881 | 8,000원\n"
)
_CHANGES = "여권 정보 변경 (마스킹본)\n1. OKAFOR ADA  구 여권 C27****4 → 신 여권 PK1****8A\n2. 육채운  여권번호: ER558****\n"
_BADGES = "출입 등록 명단\n육채운 M6620**** 19790521  대한민국\nAda OKAFOR YB771046 14.06.1985  NGA\n"
_MEMBERS = "회원 명단\n - 도예결 87.04.12\n - Oleg SOROKIN 90.11.30\n - 함소리 91.11.30\n"

FOUND: list[Case] = [
    ("KR_BANK_ACCOUNT", "closing a bare row of name, birth date and mobile", _PLAIN_ROWS, "3333017729045"),
    ("KR_BANK_ACCOUNT", "the next bare row", _PLAIN_ROWS, "110228017734"),
    ("KR_BANK_ACCOUNT", "alone on the line under its wrapped row", _PLAIN_ROWS, "402-77-183306"),
    ("KR_BANK_ACCOUNT", "wrapped away from the bank above", _WRAPPED_SENTENCE, "1002-338-810274"),
    ("KR_BANK_ACCOUNT", "before the word 통장", _MULE, "352-0817-4410-23"),
    ("CREDIT_CARD", "Diners Club masked without groups", _CARDS, "3851******9312"),
    ("CREDIT_CARD", "an issuer's number wrapped in a text about cards", _CARDS, "4539 1022 7746\n1881"),
    ("KR_PASSPORT", "masked right after its word", _CHANGES, "C27****4"),
    ("KR_PASSPORT", "masked with a letter closing it", _CHANGES, "PK1****8A"),
    ("KR_PASSPORT", "masked after the 여권번호 label", _CHANGES, "ER558****"),
    ("KR_PASSPORT", "Korean, masked, in a line with a birth date", _BADGES, "M6620****"),
    ("KR_PASSPORT", "in a line whose name mixes capitals", _BADGES, "YB771046"),
    ("DATE_OF_BIRTH", "in a bulleted list of names", _MEMBERS, "87.04.12"),
    ("DATE_OF_BIRTH", "after a foreigner's name in the list", _MEMBERS, "90.11.30"),
    ("DATE_OF_BIRTH", "before 生", "고인: 도예결 (향년 88세, 1938년 2월 9일 生)", "1938년 2월 9일"),
    ("DATE_OF_BIRTH", "before the age in brackets", "환자: 함소리 / 남 / 1950.07.03 (76세)", "1950.07.03"),
    (
        "DATE_OF_BIRTH",
        "in a booking's passport line",
        "SSR DOCS KE HK1/P/KOR/M55018273/KOR/14FEB79/M/02MAR31/YUK/CHAEUN",
        "14FEB79",
    ),
    (
        "DATE_OF_BIRTH",
        "as a slash field beside a foreign passport",
        "대상: OLEG SOROKIN / 러시아 / 여권 E55201874 / 1984-06-19",
        "1984-06-19",
    ),
]

NOT_FOUND: list[Case] = [
    (
        "KR_BANK_ACCOUNT",
        "a record number that opens with its year",
        "육채운 1979-05-21 010-4410-2287 2026-0418-7730\n",
        "2026-0418-7730",
    ),
    ("KR_PASSPORT", "a masked code with no passport word", "관리코드 C27****4 (내부용)", "C27****4"),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
