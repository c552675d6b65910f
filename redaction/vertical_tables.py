"""Tables whose every cell stands on a line of its own, read again as rows.

Text taken out of HWP and PDF files often writes a table one cell per paragraph: the header cells one
under the other (연번⏎성명⏎생년월일⏎여권번호), then each row's cells the same way (1⏎○○○⏎1990.1.2.⏎M1234…).
A value there has no label beside it and no column header above it, so a passport number or a birth
date reads as a bare number. Where such a table is certain, the line breaks inside the header and inside
each row become tabs: the table reads as the tab-separated table it is, with the same offsets (one
character for one). Certain means either a numbering column first (연번, 번호 …), three to twelve label
lines, then rows that open with 1, 2, 3 … and hold exactly one line per header cell; or a paragraph of
its own whose first lines are labels, two of them a personal field's, and whose other lines fall into
rows of that width with every column keeping one shape. A row with more lines than the header (a cell
that wrapped) is left as it was, since which break is the wrap cannot be told.
"""

from __future__ import annotations

import re

# the header of the numbering column that opens such a table
_NUMBERING = re.compile(r"(?:연\s?번|번\s?호|순\s?번|일련번호|No\.?|NO\.?)")
# a header cell: short, without digits or separators of its own (성명, 생년월일, 연락처, 비 고)
_LABEL = re.compile(r"[가-힣A-Za-z][가-힣A-Za-z ()/·.]{0,14}")
_MIN_COLUMNS, _MAX_COLUMNS = 3, 12
# the header cells of personal fields, two of which mark a table without a numbering column
_FIELD = re.compile(
    r"성\s?명|이\s?름|생\s?년\s?월\s?일|주민등록번호|외국인등록번호|연\s?락\s?처|(?:휴대)?전\s?화(?:번호)?|주\s?소"
    r"|차량번호|(?:운전)?면허번호|여권번호|국\s?적|계좌번호|예금주"
)


def reflow(norm: str) -> str:
    """`norm` with its one-cell-per-line tables joined into tab-separated rows (same length)."""
    if "\n" not in norm:
        return norm
    lines = norm.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    joins: list[int] = []  # offsets of the line breaks that become tabs
    i = 0
    while i < len(lines):
        width = _header_width(lines, i)
        if width is not None:
            joins += [starts[j] + len(lines[j]) for j in range(i, i + width - 1)]
            i = _rows(lines, starts, i + width, width, joins)
            continue
        block = _unnumbered_block(lines, i)
        if block is None:
            i += 1
            continue
        width, end = block
        for row in range(i, end, width):
            joins += [starts[j] + len(lines[j]) for j in range(row, row + width - 1)]
        i = end
    if not joins:
        return norm
    chars = list(norm)
    for pos in joins:
        chars[pos] = "\t"
    return "".join(chars)


def _unnumbered_block(lines: list[str], i: int) -> tuple[int, int] | None:
    """(header width, end line) of a one-cell-per-line table without a numbering column that fills the
    paragraph starting at line `i` (empty lines around it): its first lines are labels, two of them a
    personal field's (성명, 생년월일 …), and the paragraph's other lines fall into rows of that width whose
    every column keeps one shape (digits in a column's cells in every row, or in none)."""
    if i > 0 and lines[i - 1].strip():
        return None
    end = i
    while end < len(lines) and lines[end].strip():
        end += 1
    size = end - i
    for width in range(_MIN_COLUMNS + 1, min(_MAX_COLUMNS, size // 3) + 1):
        if size % width:
            continue
        header = [lines[j].strip() for j in range(i, i + width)]
        if not all(_LABEL.fullmatch(cell) for cell in header):
            break  # a longer header would hold this line too
        if sum(bool(_FIELD.fullmatch(cell)) for cell in header) < 2:
            continue
        rows = [[lines[j].strip() for j in range(row, row + width)] for row in range(i + width, end, width)]
        if all(len({_shape(row[c]) for row in rows} - {"-"}) <= 1 for c in range(width)):
            return width, end
    return None


def _shape(cell: str) -> str:
    """'-' for an empty mark, else whether the cell is mostly digits: what one column keeps row after row
    (a date, a number, a plate; or a name, a word, '제1당사자')."""
    if cell in ("-", "―", "—", ""):
        return "-"
    chars = cell.replace(" ", "")
    return "digits" if 2 * sum(ch.isdigit() for ch in chars) >= len(chars) else "words"


def _header_width(lines: list[str], i: int) -> int | None:
    """The number of header cells if a one-cell-per-line table's header starts at line `i`."""
    if not _NUMBERING.fullmatch(lines[i].strip()):
        return None
    for j in range(i + 1, min(len(lines), i + _MAX_COLUMNS + 1)):
        cell = lines[j].strip()
        if cell == "1":
            width = j - i
            return width if width >= _MIN_COLUMNS else None
        if not _LABEL.fullmatch(cell):
            return None
    return None


def _rows(lines: list[str], starts: list[int], first: int, width: int, joins: list[int]) -> int:
    """Join the rows numbered 1, 2, 3 … from line `first`; returns the line after the last one read."""
    number, i = 1, first
    while i < len(lines) and lines[i].strip() == str(number):
        following = str(number + 1)
        if i + width < len(lines) and lines[i + width].strip() == following:
            end = i + width  # the next row opens exactly one header's width below
        else:
            end = next(
                (
                    j
                    for j in range(i + 1, min(len(lines), i + 2 * width + 1))
                    if lines[j].strip() == following
                ),
                -1,
            )
            if end == -1:  # the last row: it ends with the table (an empty line or the text's end)
                end = i + width if _filled(lines, i, width) else i + 1
        if end - i == width:
            joins += [starts[j] + len(lines[j]) for j in range(i, end - 1)]
        number, i = number + 1, end
    return i


def _filled(lines: list[str], i: int, width: int) -> bool:
    """Lines `i` … `i + width - 1` all exist and hold something, and the table ends after them: the
    text ends, or an empty line or a line too long for a cell (a footnote, the next paragraph) follows."""
    if i + width > len(lines) or any(not lines[j].strip() for j in range(i, i + width)):
        return False
    return i + width == len(lines) or not lines[i + width].strip() or len(lines[i + width]) > 20
