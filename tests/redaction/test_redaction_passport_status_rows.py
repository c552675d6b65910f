"""A foreign passport in a register's row that names the holder's status of stay (체류자격: E-9, D-2,
F-6, H-2, E-7-1 …, 출입국관리법 시행령 별표 1; its name may follow in brackets) in a cell of its own: the
status says the row is a foreign resident's, as a country or a registration number would, so a
passport-shaped cell of it is a passport. And a Korean passport masked in a column that holds another one
masked the same way (an access log's 정보주체 column). Every value is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

_ALIGNED = (
    "연번  성명                  생년월일      번호         자격\n"
    "1     Orlan Bekov KAZ       03 MAR 1994   KT4081275    E-9\n"
    "2     Tavita Moea Sione     17 JUL 1999   RZ7730415    D-2\n"
)
_PIPED = "| 3 | 오르한 베코프 | 1991.04.02. | PA5038172 | E-7-1 | 2027-03-01 |"
_CSV = "4,TAVITA SIONE,1988-11-30,H7162054,F-6,2026.09.14.\n"
_GLOSSED = "7  OKAFOR CHIDI   1990.02.11.  KT5520913  H-2(방문취업)\n8  SIONE LEAU   1993.07.09.  RZ6604182  D-2(유학)\n"
_LOG = (
    "# 일시, 사용자ID, 접속IP, 처리내용, 정보주체\n"
    "2026-03-17 09:10:11, emp301, 10.1.2.3, 조회, M40****71\n"
    "2026-03-17 09:12:40, emp302, 10.1.2.4, 수정, 010-77**-2301\n"
    "2026-03-17 09:15:02, adm303, 10.1.2.5, 출력, S82****15\n"
)

FOUND: list[Case] = [
    ("KR_PASSPORT", "in an aligned register with a status column", _ALIGNED, "KT4081275"),
    ("KR_PASSPORT", "in the next row of the aligned register", _ALIGNED, "RZ7730415"),
    ("KR_PASSPORT", "in a '|' row with a sub-coded status", _PIPED, "PA5038172"),
    ("KR_PASSPORT", "in an export's comma-separated row", _CSV, "H7162054"),
    ("KR_PASSPORT", "beside a status glossed in brackets", _GLOSSED, "KT5520913"),
    ("KR_PASSPORT", "masked, in an access log's column of masked passports", _LOG, "M40****71"),
    ("KR_PASSPORT", "masked, the column's other one", _LOG, "S82****15"),
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
        "one masked value of the shape alone in its column",
        "# 일시, 계정, 처리내용, 대상\n2026-03-17 09:10:11, emp301, 조회, M40****71\n2026-03-17 09:12:40, emp302, 수정, 문서-2291\n",
        "M40****71",
    ),
    (
        "KR_PASSPORT",
        "a code inside a sentence of a row-less text that mentions a status",
        "체류자격 E-9 근로자의 관리번호는 KT4081275 로 부여되었다.",
        "KT4081275",
    ),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
