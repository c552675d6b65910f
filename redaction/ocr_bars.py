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
Scans that lose the spaces glue the rules to the values (`편하람|900101-2…I 가람은행`, `○○l900101-…`): in a
line with two bars or more, a stroke between a value and a gap or a syllable is a bar too (_glued_bars),
while one between two digits, or glued to a number in a row whose bars stand apart, stays for the digit
fold to read as the digit OCR mistook.
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
    if not _ALONE.search(text) and not _GLUED_HINT.search(text):
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
    _glued_bars(chars)
    return "".join(chars)


_BAR_MARKS = "|!ㅣ"
# two bars on a line, or a stroke glued to a syllable (no word of Hangul holds an l or an I)
_GLUED_HINT = re.compile(r"[|!ㅣ][^\n]*[|!ㅣ]|[가-힣][lI]|[lI][가-힣]")
_NUMBER_JOINERS = frozenset("-./,:")


def _glued_bars(chars: list[str]) -> None:
    """In a ruled line (two bars or more, a stroke glued to a syllable counting as one), a stroke OCR
    glued to a value ('…4567I 가람', '○○l900…', '5678!9012') or standing alone is a bar.

    `!` and `ㅣ` are bars wherever they stand. `l` or `I` between a digit or a syllable and a gap, or
    between a digit and a syllable, has no other reading; between two digits it may be a digit OCR
    misread, and beside a Latin letter, a dash or a dot it is part of a word or a number, so it stays."""
    start = 0
    while start < len(chars):
        end = start
        bars = 0
        while end < len(chars) and chars[end] != "\n":
            bars += chars[end] in _BAR_MARKS or (
                chars[end] in "lI"
                and "syllable"
                in (
                    _kind(chars[end - 1] if end else " "),
                    _kind(chars[end + 1] if end + 1 < len(chars) else " "),
                )
            )
            end += 1
        if bars >= 2:
            spaced = _spaced_row("".join(chars[start:end]))
            for i in range(start, end):
                if chars[i] in "lI!ㅣ":
                    left = chars[i - 1] if i > start else " "
                    right = chars[i + 1] if i + 1 < end else " "
                    number_side = "syllable" not in (_kind(left), _kind(right)) and not "A" <= right <= "Z"
                    if spaced and chars[i] in "lI" and number_side:
                        continue  # a row ruled with spaced bars: 'l2-34-…' is a digit misread, not a bar
                    if _bar_between(chars[i], left, right, "".join(chars[i + 2 : min(i + 4, end)])):
                        chars[i] = "|"
            _glued_ones(chars, start, end)
        start = end + 1


# a `1` OCR glued to a resident number or a card number that is complete without it: after a syllable
# before the number ('○○1900101-…'), or after the number before a word ('…-22345671SC가람은행')
_ONE_BEFORE = re.compile(
    r"(?<=[가-힣])1(?=\d{6}[ ]?-[ ]?[\d*●Xx]{7}(?![\d*●Xx])|\d{4}-\d{4}-\d{4}-\d{4}(?!\d))"
)
_ONE_AFTER = re.compile(
    r"(?:(?<![\d-])\d{6}[ ]?-[ ]?[\d*●Xx]{7}|(?<![\d-])\d{4}-\d{4}-\d{4}-\d{4})(1)(?=[가-힣A-Za-z])"
)


def _glued_ones(chars: list[str], start: int, end: int) -> None:
    line = "".join(chars[start:end])
    if "1" not in line:
        return
    for m in _ONE_BEFORE.finditer(line):
        chars[start + m.start()] = "|"
    for m in _ONE_AFTER.finditer(line):
        chars[start + m.start(1)] = "|"


_SPACED_BAR = re.compile(r"(?:^|[ \t])\|(?=[ \t]|$)")


def _spaced_row(line: str) -> bool:
    """The row's bars stand apart from its values (' | 123 | '): OCR that kept the spaces kept the
    strokes apart too, so one glued to a number is a digit it misread."""
    return len(_SPACED_BAR.findall(line)) >= 2


def _kind(ch: str) -> str:
    if ch.isdigit():
        return "digit"
    if "가" <= ch <= "힣":
        return "syllable"
    if ch in " \t\n|":
        return "gap"
    if ch in _NUMBER_JOINERS:
        return "joiner"
    return "letter" if ch.isascii() and ch.isalpha() else "other"


def _bar_between(stroke: str, left: str, right: str, after: str = "") -> bool:
    if stroke in "!ㅣ":
        return True  # no word or number of a ruled row holds one
    if "A" <= right <= "Z" and after[:1].isdigit() and _kind(left) in ("gap", "digit", "syllable"):
        return True  # glued before a passport ('…4567lP1234567C')
    kinds = {_kind(left), _kind(right)}
    if kinds == {"gap"}:
        return True  # standing alone in a ruled line
    if kinds & {"letter", "joiner", "other"} or not kinds & {"digit", "syllable"}:
        return False
    # ('7812l3': between two digits a digit OCR misread, which the digit fold reads)
    return not (kinds == {"digit"} and stroke in "lI")
