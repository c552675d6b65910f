"""Given names used alone, nationality before an aged name, other mask glyphs in passports, and health
registers' birth dates.

- After the full name, a person called by the given name with the friendly 이 ('○○이는') or called by it
  ('○○아'), or a foreigner by the first word of their Hangul name with 씨; not an everyday word with a
  title after it ('기사님'), nor a given name whose full name the text never gave.
- '○○ 국적 ○ ○ ○(22) 씨': the nationality ends the name from the left, so the name's later mentions are
  found as the same name.
- A passport masked with dots or Xs, or read by OCR with O for 0, after its label.
- A health register (insurance status, the card's eleven digits in the next cell): the date beside it is
  the insured's birth date, a scan's wrap inside the card number too; a two-syllable name Kiwi knows as a
  proper noun opens such a row.
- A deed's party in Han characters after its label ('賣渡人 ○○○ 住所 …').

Every name, number and date is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

_COUNSEL = "상담 기록\n학생: 3학년 2반 탄결솔\n결솔이는 최근 등교를 꺼린다. 결솔아, 괜찮니?\n"
_NEWS = "몽골에서 온 유학생 바트자르갈 오트곤(23) 씨가 대상을 받았다. 바트자르갈 씨는 소감을 밝혔다.\n"
_VISIT = (
    "[상담 기록]\n네팔 국적 니르잔 라이 셰르파(34) 씨가 내방함. 니르잔 라이 셰르파 씨는 임금 체불을 호소함.\n"
)
_REGISTER = (
    "건강보험 피부양자 자격 확인\n"
    "하윤\t1966.03.17\t51870294416\t자격상실\n"
    "국도해\t1983.07.02\t23\n918046573\t유지\n"
)

FOUND: list[Case] = [
    ("PERSON", "the given name with the friendly 이", _COUNSEL, "결솔"),
    ("PERSON", "a foreigner's first word with 씨", _NEWS, "바트자르갈"),
    ("PERSON", "the name again after its nationality", _VISIT, "니르잔 라이 셰르파"),
    ("KR_PASSPORT", "masked with dots", "출장자 ○○○ 사무관(여권 M40６K●●●●)\n", "M40６K●●●●"),
    ("KR_PASSPORT", "masked with Xs", "출장자 ○○○ 사무관(여권 S518BXXXX)\n", "S518BXXXX"),
    ("KR_PASSPORT", "OCR's O for 0, masked", "출장자 ○○○ 사무관(여권 M3O7****)\n", "M3O7****"),
    # (the fold reads a leading S as a 5: the masked 2021 shape is read on the raw text too)
    (
        "KR_PASSPORT",
        "an S-series number masked with dots",
        "재발급 현황\n○○○ | 구여권 S518K●●●● | 발급완료\n",
        "S518K●●●●",
    ),
    ("DATE_OF_BIRTH", "a register's row opened by a two-syllable name", _REGISTER, "1966.03.17"),
    ("DATE_OF_BIRTH", "a register's row whose card number wraps", _REGISTER, "1983.07.02"),
    ("PERSON", "a deed's party after its label", "賣渡人 魯在勳 住所 서울특별시\n", "魯在勳"),
]

NOT_FOUND: list[Case] = [
    (
        "PERSON",
        "an everyday word with a title",
        "버스 기사님께 연락. 담당 탁기사님 아니고 탁동호 기사님.\n",
        "기사",
    ),
    ("PERSON", "a given name whose full name is absent", "결솔이는 최근 등교를 꺼린다.\n", "결솔"),
    ("PERSON", "the nationality before the name", _VISIT, "네팔 국적 니르잔 라이 셰르파"),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
