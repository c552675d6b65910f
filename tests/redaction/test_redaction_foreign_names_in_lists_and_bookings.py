"""Foreign names as payment lists, card slips, bus lists and airline bookings write them.

- A Hangul transcription right before its nationality in brackets ('○○ ○○(폴란드) 9…'), its words ones
  the list of known names gives as a person's (Kiwi knows them as proper nouns); more countries.
- A Latin-script name after 명의 (a card's holder), 결제자, 요청인, 받는 분 or 환자; an item of a comma list
  between Korean names; SURNAME/GIVEN in a booking's name element and passport line.

Every name and number is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

_GRANTS = (
    "외국인 주민 지원금 지급 명단\n"
    "마르코 뮐러(폴란드) 850211-5190337 010-2281-0947 농협 351-0419-2281-03\n"
    "파블로 코발치크(스위스) 910707-6024418 010-7730-5521 우체국 110209-02-118830\n"
)
_WALLET = "습득물: 검정 지갑\n - 신용카드 1매(4539 1022 7746 1881, 명의 MOON HAEIN)\n"
_BUS = "견학 탑승자\n1호차: 도예결(인솔), Oleg SOROKIN, 함소리, 육채운\n"
_BOOKING = (
    "09JUN26 1010Z  NM1YUK/CHAEUN MR  SSR DOCS OZ HK1/P/KOR/M55018273/KOR/14FEB79/M/02MAR31/YUK/CHAEUN\n"
)

FOUND: list[Case] = [
    ("PERSON", "before a nationality in brackets", _GRANTS, "마르코 뮐러"),
    ("PERSON", "the next row, a newly listed country", _GRANTS, "파블로 코발치크"),
    ("PERSON", "a card's holder after 명의", _WALLET, "MOON HAEIN"),
    ("PERSON", "between Korean names in a comma list", _BUS, "Oleg SOROKIN"),
    ("PERSON", "a booking's name element", _BOOKING, "YUK/CHAEUN"),
]

NOT_FOUND: list[Case] = [
    ("PERSON", "a place before a country in brackets", "회의 장소: 바르샤바(폴란드) 시청 별관", "바르샤바"),
    (
        "PERSON",
        "capitals between words, not names, in a list",
        "준비물: 수건, USB CABLE, 필기구, 우산",
        "USB CABLE",
    ),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
