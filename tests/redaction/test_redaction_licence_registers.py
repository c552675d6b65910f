"""A register of drivers written without its header row (name, office, licence and class unlabelled):
twelve digits in a cell of their own are the licence number when the same row names the licence's class
(1종 보통, 2종 소형); beside no class they are left to the other recognizers. Every value is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

_REGISTER = (
    "운전자 점검 대장\n"
    "옹다겸 , 도로관리과 , 241234567890 , 2종 보통 , 2029-06-13 , 010-5555-0147\n"
    "탁유건 , 민원과 , 161234567801 , 1종 대형 , 2032-08-19 , 010-5555-0148"
)

# (typed with one space after the name, the other columns aligned by wide gaps)
_ALIGNED = (
    "적성검사 대상자\n"
    "옹다겸 24-12-345678-90            1종대형 적성검사 도래\n"
    "탁유건 161234567801            2종보통 정상\n"
)

FOUND: list[Case] = [
    ("KR_DRIVER_LICENSE", "licence number in a headerless register row", _REGISTER, "241234567890"),
    ("KR_DRIVER_LICENSE", "twelve digits one space after the row's name", _ALIGNED, "161234567801"),
    ("KR_DRIVER_LICENSE", "licence number beside a large-vehicle class", _REGISTER, "161234567801"),
]

NOT_FOUND: list[Case] = [
    (
        "KR_DRIVER_LICENSE",
        "twelve digits in a row that names no licence class",
        # (no date in the row either: a full date is a person's identifier in a headerless row, and twelve
        # digits with a region code beside one are read as a licence, as in a '|' table)
        "물품 대장\n옹다겸 , 도로관리과 , 241234567890 , 노트북 , 2대",
        "241234567890",
    ),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
