"""Travellers' lists whose rows give a name in Latin letters, a birth date and one more number: the passport.

A group booking, a tour's roster or a visa batch lists each traveller on a row of their own, often without
a header and without the word 'passport': 'KIM/MINA MS  1990.03.04  M12345678'. The number's shape alone
is ambiguous (nine digits, a French '12AB34567', a child's 2021-shape number a scan split with a space),
but the row is not: its other cells are a person's name and their birth date, and the list repeats it. A
number is read as the passport when it fills the row's only other cell (or, in a wider row, is its one cell
of a passport's shape with letters in it), and at least one more row of the text has the same cells. In the plain shape (a Latin name and two more cells)
the row's name and date are then the person's name and birth date (a child's too), whatever else the text
says; a wider row's or a Korean name's date may be an entry's, so only its passport is read. The passport,
person and birth-date recognizers all read these rows from here.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..calendar_days import MONTHS, month_number, past_day
from ..kiwi import common_word
from ..lexicons import load
from ..textview import TextView
from .foreign_names import BOOKING_TITLE, COUNTRY_NAME, ROSTER_LATIN_NAME, SLASHED_NAME

MIN_ROWS = 2
# cells: cut by tabs, bars (a box-drawn table's too), the wide gaps of aligned columns, or a slash with
# spaces round it ('TRAN VAN BINH / VNM / C1234567 / 14 MAR 1993'; 'KIM/MINA' keeps its own slash)
_CELL = re.compile(r"[^\t|│]+?(?=[ ]{2,}|[ ]*[\t|│]|[ ]*$|[ ]/[ ])")
_MARK = re.compile(r"\d{1,3}[.)]?[ ]")  # the row's own number before the name ('1. KIM/MINA MS')
_NAME = re.compile(rf"(?:{SLASHED_NAME}|{ROSTER_LATIN_NAME})(?: {BOOKING_TITLE})?")
_TITLE = re.compile(BOOKING_TITLE)
_MON = "|".join(MONTHS)
# a birth date as such lists write it, a 'DOB' before it allowed
_DATE = re.compile(
    r"(?:DOB[ :]?)?(?:"
    r"(?P<y1>(?:19|20)\d\d)[.\-/][ ]?(?P<m1>\d{1,2})[.\-/][ ]?(?P<d1>\d{1,2})\.?"
    r"|(?P<y2>(?:19|20)\d\d)년[ ]?(?P<m2>\d{1,2})월[ ]?(?P<d2>\d{1,2})일"
    r"|(?P<y3>(?:19|20)\d\d)(?P<m3>\d\d)(?P<d3>\d\d)"
    r"|(?P<y4>\d\d)\.(?P<m4>\d\d)\.(?P<d4>\d\d)\.?"
    rf"|(?P<d5>\d\d)(?P<b5>{_MON})(?P<y5>\d\d)"
    rf"|(?P<d6>\d{{1,2}}) (?P<b6>{_MON}) (?P<y6>(?:19|20)\d\d)"
    r"|(?P<y7>\d\d)(?P<m7>\d\d)(?P<d7>\d\d)"
    r")"
)
# a passport's shapes, the cell's one inner space removed: letters and digits, France's digits first, the
# 2021 Korean shape, digits alone
_PASSPORT = re.compile(r"[A-Z]{1,2}\d{6,8}[A-Z]?|\d{2}[A-Z]{2}\d{5}|[A-Z]\d{3}[A-Z]\d{4}|\d{8,9}")


class TravellerRow(NamedTuple):
    """Offsets of one row's three cells."""

    name: tuple[int, int]
    birth: tuple[int, int]
    passport: tuple[int, int]
    # the plain shape, a Latin name and two cells: its date is the birth date; a wider row or a Korean
    # name's may date an entry or a permit instead (its passport is still the passport)
    plain: bool


def traveller_rows(view: TextView) -> list[TravellerRow]:
    """The rows of a travellers' list (see the module's docstring), memoised per view."""
    memo: dict[str, list[TravellerRow]] = view.__dict__.setdefault("_traveller_rows", {})
    if "rows" not in memo:
        rows = [
            row for m in _ROW_START.finditer(view.norm) if (row := _row(view.norm, *view.line_at(m.start())))
        ]
        memo["rows"] = rows if len(rows) >= MIN_ROWS else []
    return memo["rows"]


# the lines worth parsing: opening with a Latin word of two letters or more and another after a space or a
# slash (a row's number may come first)
# (or a Korean name in a cell of its own: '○○○      1980-01-02    AB1234567 …')
_ROW_START = re.compile(
    r"^[ \t]*(?:[|│][ \t]*)?(?:\d{1,3}[.)]?[ ]+)?(?:[A-Z][A-Za-z]+,?[ /][A-Z]|[가-힣]{2,4}(?:[ ]{2,}|\t))",
    re.MULTILINE,
)


def _row(norm: str, start: int, end: int) -> TravellerRow | None:
    """The row norm[start:end] as a name, a birth date and a passport's number, if it is one."""
    cells = [(m.start(), m.end()) for m in _CELL.finditer(norm, start, end) if m.group().strip(" /")]
    if len(cells) < 3:
        return None
    spans = [_stripped(norm, cell_start, cell_end) for cell_start, cell_end in cells]
    first = norm[slice(*spans[0])]
    mark = _MARK.match(first)
    name_start = spans[0][0] + (mark.end() if mark else 0)
    latin = _NAME.fullmatch(norm, name_start, spans[0][1])
    name = latin or _korean_name(norm, name_start, spans[0][1])
    if name is None:
        return None
    birth = None
    passports = []
    for cell in spans[1:]:
        value = norm[slice(*cell)]
        date = _DATE.fullmatch(value)
        if date is not None and _birth(date):
            birth = (cell[0] + (len(value) - len(value.removeprefix("DOB").lstrip(" :"))), cell[1])
        elif value.count(" ") <= 1 and _PASSPORT.fullmatch(value.replace(" ", "")):
            passports.append(cell)
    # (a wider row, its account and bank after the number: only one cell of a passport's shape, with its
    # letters, since bare digits there may be any other number of the person's)
    if birth is None or len(passports) != 1:
        return None
    passport = passports[0]
    if len(spans) > 3 and norm[slice(*passport)].replace(" ", "").isdigit():
        return None
    title = name.group().rsplit(" ", 1)
    name_end = name.end() - (len(title[1]) + 1 if len(title) == 2 and _TITLE.fullmatch(title[1]) else 0)
    # (a nationality's cell besides, 'LI MEILING │ 중국 │ EG1234567 │ 27 JAN 1990': an invitation's or a visa
    # batch's list, the same three cells and the country they come from)
    nationalities = sum(1 for cell in spans[1:] if COUNTRY_NAME.fullmatch(norm[slice(*cell)]))
    plain = latin is not None and len(spans) - min(nationalities, 1) == 3
    return TravellerRow((name_start, name_end), birth, passport, plain=plain)


_HANGUL_NAME = re.compile(r"[가-힣]{2,4}")


def _korean_name(norm: str, start: int, end: int) -> re.Match[str] | None:
    """A Korean name as the row's first cell: two to four syllables, a surname first, no word of the
    dictionary (a Kiwi proper noun stays a name)."""
    m = _HANGUL_NAME.fullmatch(norm, start, end)
    if m is None:
        return None
    name = m.group()
    surnames = load("surnames")
    if not (name[0] in surnames or name[:2] in surnames):
        return None
    return m if not common_word(name) else None


def _stripped(norm: str, start: int, end: int) -> tuple[int, int]:
    """The cell without the spaces round it, nor the slash that cut it from the one before."""
    value = norm[start:end]
    lead = len(value) - len(value.lstrip())
    if value[lead : lead + 2] == "/ ":
        lead += 2 + len(value[lead + 2 :]) - len(value[lead + 2 :].lstrip())
    return start + lead, start + lead + len(value[lead:].strip())


def _birth(m: re.Match[str]) -> bool:
    """A real day, not after today (a child's too: a family books its children)."""
    for i in "1234567":
        year = m.group(f"y{i}")
        if year is None:
            continue
        month = int(m.group(f"m{i}")) if i not in "56" else month_number(m.group(f"b{i}"))
        return past_day(int(year), month, int(m.group(f"d{i}"))) is not None
    return False
