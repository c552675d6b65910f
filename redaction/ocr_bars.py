"""Table bars that OCR read as letters, folded back to the '|' tables are split on.

A scanned roster's vertical rules come out of OCR as a stroke-like character standing alone between
spaces: `l`, `I`, `1`, `!` or the Hangul vowel `ㅣ` (`l 3 l 홍길순 l 800101-2…l`). Left as letters they
glue to the numbers beside them (the digit fold reads `l` as `1`), and no recognizer sees the table's
columns or its header. A line is a row of such a table when it starts and ends with the same stroke
standing alone and holds at least three of them; two such rows make the stroke a bar for the text.

A row whose strokes differ from cell to cell (`총무과 | 주무관 l 1980. 1. 2. ㅣ …`), or that has no outer
border, is a table row too when it holds three or more bars of any letter stroke; there a `1` after a
cell is a bar as well, and the line that continues a wrapped row keeps its letter bars folded.

A table ruled with `1` is read left to right, so a cell that holds the number one (its row number)
stays a cell: after such a bar, the next token always belongs to the cell. A row the scan
broke over two lines (`… l 010-` / `1234-5678 l`) continues on the next line, read from inside a cell.
Every replacement is one character for one, so offsets into the folded text are offsets into the source.
"""

from __future__ import annotations

import re

STROKES = "lI1!ㅣ"
_LETTER_BARS = frozenset("|lI!ㅣ")
# a stroke standing alone somewhere: cheap test before any parsing
_ALONE = re.compile(rf"(?:^|[ \t])[{STROKES}|](?=[ \t]|$)", re.MULTILINE)
# a line that opens and closes with the same stroke standing alone
_ROW = re.compile(rf"(?m)^[ \t]*([{STROKES}])[ \t].*[ \t]\1[ \t]*$")
_TOKEN = re.compile(r"\S+")
_HANGUL_OR_DIGIT = re.compile(r"[가-힣0-9]")
_MIN_BARS = 3
_MIN_ROWS = 2


def _bars(line: str, stroke: str, inside_cell: bool) -> tuple[list[int], bool]:
    """Offsets of the strokes in `line` that are bars, and whether the line ends inside a cell.

    A letter stroke standing alone is always a bar (an empty cell puts two side by side); the digit
    `1` is a bar only where a cell has just ended, since a cell may hold the number one itself.
    """
    bars: list[int] = []
    in_cell = inside_cell
    for token in _TOKEN.finditer(line):
        if token.group() == stroke and (stroke != "1" or in_cell or not bars):
            bars.append(token.start())
            in_cell = False
        else:
            in_cell = True
    return bars, in_cell


def _strong_row(line: str, stroke: str) -> bool:
    """The line opens and closes with the stroke as a bar and holds at least three bars."""
    stripped = line.strip()
    if not (stripped.startswith(stroke + " ") and stripped.endswith(" " + stroke)):
        return False
    bars, open_cell = _bars(line, stroke, inside_cell=False)
    return not open_cell and len(bars) >= _MIN_BARS


def _ruled_rows(lines: list[str], chars: list[str]) -> list[bool]:
    """Fold the rows ruled all with one stroke (two such rows make it a bar); which lines were rows."""
    ruled = [False] * len(lines)
    for stroke in sorted({m.group(1) for m in _ROW.finditer("\n".join(lines))}):
        rows = [_strong_row(line, stroke) for line in lines]
        if sum(rows) < _MIN_ROWS:
            continue
        offset = 0
        open_row = False
        for index, line in enumerate(lines):
            near_row = any(rows[max(0, index - 2) : index + 3])
            starts_row = line.lstrip().startswith(stroke + " ")
            if near_row and (starts_row or open_row):
                bars, open_row = _bars(line, stroke, inside_cell=not starts_row)
                for bar in bars:
                    chars[offset + bar] = "|"
                ruled[index] = ruled[index] or bool(bars)
            else:
                open_row = False
            offset += len(line) + 1
    return ruled


# a word a number completes ('효원로 1', '제 1', '1 호'): there a `1` is the number, not a bar
_NUMBERED_BEFORE = tuple("로길동리가호층제총약")
_UNIT_AFTER = tuple("호층동번명원개건회차일월년세급")


def _mixed_bars(line: str) -> list[int]:
    """Offsets of the bars of a row ruled with several strokes, or []: two letter bars or more, and
    three bars or more counting, in a row OCR ruled with letters, the `1`s that follow a cell."""
    tokens = list(_TOKEN.finditer(line))
    if sum(t.group() in _LETTER_BARS for t in tokens) < 2 or not _HANGUL_OR_DIGIT.search(line):
        return []
    scanned = any(t.group() in _LETTER_BARS and t.group() != "|" for t in tokens)
    bars: list[int] = []
    in_cell = False
    for index, token in enumerate(tokens):
        value = token.group()
        one_bar = (
            value == "1"
            and scanned
            and in_cell
            and not tokens[index - 1].group().endswith(_NUMBERED_BEFORE)
            and not (index + 1 < len(tokens) and tokens[index + 1].group().startswith(_UNIT_AFTER))
        )
        if value in _LETTER_BARS or one_bar:
            bars.append(token.start())
            in_cell = False
        else:
            in_cell = True
    return bars if len(bars) >= _MIN_BARS else []


def fold_bars(text: str) -> str:
    """`text` with the strokes that rule an OCR'd table replaced by '|' (same length)."""
    if not _ALONE.search(text):
        return text
    lines = text.split("\n")
    chars = list(text)
    ruled = _ruled_rows(lines, chars)
    offset = 0
    open_row = False
    for index, line in enumerate(lines):
        current = "".join(chars[offset : offset + len(line)])
        bars = _mixed_bars(current)
        if not bars and open_row and not ruled[index] and _HANGUL_OR_DIGIT.search(current):
            # the rest of a row the scan wrapped: its letter bars only
            bars = [t.start() for t in _TOKEN.finditer(current) if t.group() in _LETTER_BARS]
        for bar in bars:
            chars[offset + bar] = "|"
        # (a row whose last cell has no bar after it goes on in the next line)
        row = bool(bars) or ruled[index]
        open_row = row and not "".join(chars[offset : offset + len(line)]).rstrip().endswith("|")
        offset += len(line) + 1
    folded = "".join(chars)
    return folded if folded != text else text
