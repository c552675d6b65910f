"""Passports in a list of travellers whose fields are cut by commas, slashes or one space after the name.

A check sheet of the people sent abroad lists each on a numbered line: the name, the passport, the
licence and the birth date, with a comma, a slash or one space between ('2. ○○○, N1234567, 운전면허 …',
'3. ○○○ / K1234567 DL 12-…'). The passport's cell has no label, but the row holds the person's other
identifiers (see trip_rows). Not the value of another number's label in such a text ('접수번호 RB…'), nor a
field under a column headed as the record's own number (a CSV's '접수번호,이름,여권번호,…').

Every name and number is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

_SHEET = (
    "국외 연수단 서류 점검 목록\n"
    "1. 가나다, M123S4567 DL 11-22-334455-66\n"
    "2. 라마바, N7654321, 운전면허 충남 23-123456-21\n"
    "3. 사아자 / K1234567 DL 22-07-123456-11\n"
    "4. 차카타 P1234567A DOB 1983-06-14\n"
    "5. 파하가, G２３４５６７８ / 면허 ２８－１８－４７３４２４－９０\n"
    "(5명, 여권 사본 첨부)\n"
)

FOUND: list[Case] = [
    ("KR_PASSPORT", "after a comma, before the next field's comma", _SHEET, "N7654321"),
    ("KR_PASSPORT", "after a slash, before a licence's short label", _SHEET, "K1234567"),
    ("KR_PASSPORT", "one space after the name", _SHEET, "P1234567A"),
    ("KR_PASSPORT", "in full-width digits", _SHEET, "G２３４５６７８"),
]

NOT_FOUND: list[Case] = [
    (
        "KR_PASSPORT",
        "the value of a receipt number's label",
        "여권 재발급 신청 안내\n신청인 가나다 010-1234-5678\n접수번호 RB77120436, 처리 기한 8월 1일\n",
        "RB77120436",
    ),
]

_ISSUE_LOG = (
    "여권 발급 현황 (내보내기)\n접수번호,이름,여권번호,구분\n"
    "P40218867,가나다,M512C3390,복수\nP40218871,라마바,S804D1172,관용\n"
)
NOT_FOUND += [
    ("KR_PASSPORT", "a CSV's column headed as the record's number", _ISSUE_LOG, "P40218871"),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
