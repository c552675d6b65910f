"""A foreign passport in a register's row that names the holder's status of stay (체류자격: E-9, D-2,
F-6, H-2, E-7-1 …, 출입국관리법 시행령 별표 1) in a cell of its own: the status says the row is a foreign
resident's, as a country or a registration number would, so a passport-shaped cell of it is a passport.
Every value is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

_ALIGNED = (
    "연번  성명                  생년월일      번호         자격\n"
    "1     Orlan Bekov KAZ       03 MAR 1994   KT4081275    E-9\n"
    "2     Tavita Moea Sione     17 JUL 1999   RZ7730415    D-2\n"
)
_PIPED = "| 3 | 오르한 베코프 | 1991.04.02. | PA5038172 | E-7-1 | 2027-03-01 |"
_CSV = "4,TAVITA SIONE,1988-11-30,H7162054,F-6,2026.09.14.\n"

FOUND: list[Case] = [
    ("KR_PASSPORT", "in an aligned register with a status column", _ALIGNED, "KT4081275"),
    ("KR_PASSPORT", "in the next row of the aligned register", _ALIGNED, "RZ7730415"),
    ("KR_PASSPORT", "in a '|' row with a sub-coded status", _PIPED, "PA5038172"),
    ("KR_PASSPORT", "in an export's comma-separated row", _CSV, "H7162054"),
]

NOT_FOUND: list[Case] = [
    (
        "KR_PASSPORT",
        "a code in a row whose 'B-2' is part of a place, not a status cell",
        "| 5 | 자재창고 B-2동 | KT4081275 | 입고 |",
        "KT4081275",
    ),
    (
        "KR_PASSPORT",
        "a code in a row with no status, country or registration number",
        "| 6 | 정비 부품 | KT4081275 | 2027-03-01 |",
        "KT4081275",
    ),
    (
        "KR_PASSPORT",
        "a code inside a sentence of a row-less text that mentions a status",
        "체류자격 E-9 근로자의 관리번호는 KT4081275 로 부여되었다.",
        "KT4081275",
    ),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
