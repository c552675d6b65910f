"""One analysed text, shared by every recognizer: the folded copy, line geometry and table headers.

Building it once per text (instead of once per recognizer) is what keeps the analyzer fast; the lean
path hands it to the recognizers as `base.TextArtifacts`, Presidio's engine inside its NLP artifacts
(see nlp.py).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterator
from functools import cached_property

from .normalize import MASK, fold
from .vertical_tables import reflow

_DIVIDER = re.compile(r"^[\s|:\-+=]*$")
# a numbered or marked section heading between two tables ('2. 피부양자', '□ 교육 대상'): it ends the table
# above, where a short line of a wrapped cell ('010-⏎2625-0757') does not
_HEADING = re.compile(r"^\s*(?:\d{1,2}\s*[.)]|[가-하]\s*[.)]|[□■○●◎▶※◆◇-])\s*[가-힣]")
# a table a scan or a typewriter laid out with spaces: cells apart by two or more
ALIGNED = "  "
_LONG_NUMBER = re.compile(r"\d{5}")
_GAP = re.compile(r" {2,}")
# one stray space inside a number: between digits, or between a digit group and its '-' (a space
# after a '.' is how dates are written, 2024. 3. 5., and the date recognizers expect it)
_STRAY_SPACE = re.compile(r"(?<=\d)[ ](?=[\d\-])(?<! [ ])|(?<=\d-)[ ](?=\d)")
# … or inside a masked tail after its digit ('…-2XXX XXX', '…-6●●●●● ●')
_MASK_SPACE = re.compile(rf"\d[{MASK}]{{1,6}}( )[{MASK}]{{1,6}}(?![A-Za-z{MASK}])")
# a number a narrow cell or a page wrapped onto the next line ('7309⏎142648159', '강원 2⏎304716628'): a run
# of digits and masks (groups apart by one space or a dash) on each side of one line break, eight or
# more of them in all (a numbered paragraph after a line ending in a digit is not one)
_WRAP_SIDE = rf"[\d{MASK}](?:[ \-]?[\d{MASK}])*"
_NUMBER_WRAP = re.compile(rf"({_WRAP_SIDE}-?)([ ]?\n[ ]?)({_WRAP_SIDE})")
_DIGIT_OR_MASK = re.compile(rf"[\d{MASK}]")
_WRAPPED_DIGITS = 8
_DIGIT = re.compile(r"\d")
# what splits a row into cells; a line after the break holding as many of one of them as the line before
# is the table's next row (a CSV record, a tab row), not the rest of a cell the page wrapped
_CELL_SEPARATORS = tuple(re.compile(sep) for sep in (r"\t", ",", ";", r"\|", "ㅣ", "/", r"[ ]{2,}"))


def occurrences(text: str, value: str) -> Iterator[int]:
    """Where the non-empty `value` occurs in `text`, left to right and not overlapping: what
    re.finditer(re.escape(value), text) finds, without compiling a pattern for every name (a compile
    costs more than scanning a whole document)."""
    at = text.find(value)
    while at != -1:
        yield at
        at = text.find(value, at + len(value))


def _next_row(before: str, after: str) -> bool:
    """Whether the line after a break is a row of its own: two or more cells, no fewer than before it;
    where the rows open with a bar, a line that opens with one."""
    opening = before.lstrip()[:1]
    if opening in ("|", "ㅣ"):
        return after.lstrip()[:1] == opening
    for sep in _CELL_SEPARATORS:
        n = len(sep.findall(after))
        if n >= 2 and n >= len(sep.findall(before)):
            return True
    return False


def _without(norm: str, removed: set[int]) -> tuple[TextView, list[int]] | None:
    """The view of `norm` with the characters at `removed` left out, and for each of its characters the
    offset it came from; None when nothing is removed."""
    if not removed:
        return None
    keep = [i for i in range(len(norm)) if i not in removed]
    return TextView("".join(norm[i] for i in keep)), keep


# one cell of a space-aligned line: words joined by single spaces
_CELL = re.compile(r"\S+(?: \S+)*")


def _width(text: str) -> int:
    """Columns `text` takes on a fixed-pitch screen: Hangul, CJK and full-width forms take two."""
    return sum(2 if ch >= "\u1100" and unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


# a comma that separates fields rather than thousands: not between two digits
_FIELD_COMMA = re.compile(r"(?<!\d),|,(?!\d)")


def _csv_line(line: str) -> bool:
    """A line of comma-separated values (an export pasted into a document: `1,김민수,1985-03-04,…`):
    three or more commas, none followed by a space as prose writes them, some not inside a number."""
    return line.count(",") >= 3 and ", " not in line and _FIELD_COMMA.search(line) is not None


# a list laid out as a table with slashes between its fields ('1 / ○○○ / 베트남 / … / 2027. 1. 2.')
SLASHED = " / "


def _slashed_line(line: str) -> bool:
    """A row of four or more fields apart by ' / ' (prose rarely strings three slashes on one line)."""
    return line.count(SLASHED) >= 3


# an export pasted with a space after each comma ('연번, 이름, 출신국, 여권번호, 연락처') or around each
# semicolon ('1 ; (주)○○ ; … ; ○○○'), which prose writes too: a table row only in a run of lines with as
# many short fields that a digit-free header opens (see TextView._spaced_row), or with a space on both sides
# of each comma, which prose never writes, on its own (see _comma_spaced_export)
COMMA_SPACED = ", "
_QUOTES = re.compile(r"[\"“”『』「」《》]")
_SENTENCE_END = re.compile(r"(?:다|요|음|함|됨)[.!?]?\s*$")


def _spaced_fields(line: str, sep: str, least: int) -> int:
    """How many `sep`-separated fields the line has if it could be a row (0 when it cannot); a line
    quoting a title (a bibliography's '○○○, "…", ○○사, 1999.') is prose."""
    if line.count(sep) < least or _SENTENCE_END.search(line) or _QUOTES.search(line):
        return 0
    fields = line.strip().split(sep)
    return len(fields) if all(0 < len(f.strip()) <= 30 for f in fields) else 0


_SPACED_COMMA = " , "


def _comma_spaced_export(line: str) -> bool:
    """A row of an export written with a space on both sides of every comma ('○○○ , 베트남 , …'), a
    spacing prose never uses: a row even with no header above it."""
    return line.count(_SPACED_COMMA) >= 3 and _spaced_fields(line, COMMA_SPACED, 3) > 0


def _semicolon_line(line: str) -> bool:
    """A line of semicolon-separated values (a spreadsheet export in a locale that keeps the comma for
    decimals: `1;권○○;M123A4567;…`): two or more semicolons, none followed by a space as prose writes them."""
    return line.count(";") >= 2 and "; " not in line


class TextView:
    """The raw text, its same-length folded form, and cheap look-ups around an offset."""

    __slots__ = ("__dict__", "norm", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.norm = reflow(fold(text))

    def mentions(self, pattern: re.Pattern[str]) -> bool:
        """Whether the (folded) text matches `pattern` anywhere, memoised per pattern: recognizers ask
        what a document is about (health insurance, payments, licences) once per text, not per number."""
        # keyed by id, since a compiled pattern hashes its whole program on every lookup; the entry holds
        # the pattern, so its id cannot pass to another one while the view lives
        memo: dict[int, tuple[re.Pattern[str], bool]] = self.__dict__.setdefault("_mentions", {})
        entry = memo.get(id(pattern))
        if entry is None or entry[0] is not pattern:
            entry = memo[id(pattern)] = (pattern, pattern.search(self.norm) is not None)
        return entry[1]

    @cached_property
    def line_starts(self) -> list[int]:
        starts = [0]
        find = self.norm.find
        pos = find("\n")
        while pos != -1:
            starts.append(pos + 1)
            pos = find("\n", pos + 1)
        return starts

    @cached_property
    def compacted(self) -> tuple[TextView, list[int]] | None:
        """The view with stray spaces inside numbers removed (`01 0-7429-4463`, `650 227-…`), and
        for each of its characters the offset it came from; None when there is nothing to remove."""
        norm = self.norm
        removed = {
            m.start() for m in _STRAY_SPACE.finditer(norm) if norm[m.start() + 1 : m.start() + 2] != " "
        }
        removed.update(m.start(1) for m in _MASK_SPACE.finditer(norm))
        return _without(norm, removed)

    @cached_property
    def unwrapped(self) -> tuple[TextView, list[int]] | None:
        """The view with the line breaks inside numbers removed, and for each of its characters the
        offset it came from; None when no number is wrapped."""
        norm = self.norm
        removed: set[int] = set()
        for m in _NUMBER_WRAP.finditer(norm):
            rest = m.group(3)
            if len(_DIGIT_OR_MASK.findall(m.group(1) + rest)) < _WRAPPED_DIGITS:
                continue
            if not (_DIGIT.search(rest) or len(rest) >= 3):
                continue  # a mark opening the next line ('○ 받는 분'), not the rest of a masked number
            before = norm[norm.rfind("\n", 0, m.start(2)) + 1 : m.start(2)]
            after_end = norm.find("\n", m.end(2))
            if _next_row(before, norm[m.end(2) : len(norm) if after_end < 0 else after_end]):
                continue
            removed.update(range(m.start(2), m.end(2)))
        return _without(norm, removed)

    def line_index(self, pos: int) -> int:
        return bisect_right(self.line_starts, pos) - 1

    def line_bounds(self, index: int) -> tuple[int, int]:
        starts = self.line_starts
        start = starts[index]
        end = starts[index + 1] - 1 if index + 1 < len(starts) else len(self.norm)
        return start, end

    def line_at(self, pos: int) -> tuple[int, int]:
        return self.line_bounds(self.line_index(pos))

    def left(self, pos: int, size: int = 30, lines: int = 1) -> str:
        """Folded text before `pos`: at most `size` characters, not crossing more than `lines` line starts."""
        index = self.line_index(pos)
        floor = self.line_starts[max(0, index - lines + 1)]
        return self.norm[max(floor, pos - size) : pos]

    def right(self, pos: int, size: int = 20) -> str:
        """Folded text after `pos` up to the end of its line, at most `size` characters."""
        _, end = self.line_at(pos)
        return self.norm[pos : min(end, pos + size)]

    def column_header(self, pos: int) -> str:
        """Header text of the table column holding `pos` ('' outside tables or in the header row)."""
        index = self.line_index(pos)
        header_index = self._header_index(index)
        if header_index is None:
            return ""
        sep = self.line_separator(index)
        assert sep is not None
        h_start, h_end = self.line_bounds(header_index)
        column = self._cells_before(self.line_starts[index], pos, sep)
        cells = self._split(self.norm[h_start:h_end], sep)
        if sep == ALIGNED and len(self._split(self.norm[slice(*self.line_bounds(index))], sep)) != len(cells):
            # the header row leaves a column out: read the header standing over the cell instead
            return self._aligned_header(pos, h_start, h_end) or ""
        if sep != ALIGNED:
            column += self._wrapped_offset(index, header_index, sep, len(cells))
        head = cells[column].strip() if column < len(cells) else ""
        # (a cell holding a long number is a form's line of values, not a header: '│ 성명 ○○○  주민등록번호 …'
        # over '│ 전화번호 …' in a form drawn with box lines)
        return "" if _LONG_NUMBER.search(head) else head

    def _wrapped_offset(self, index: int, header_index: int, sep: str, width: int) -> int:
        """How many cells of the row's earlier lines stand before line `index`, when a line wrap
        (a scan's, a narrow column's) cut one row of the table into lines that together hold as many
        cells as the header (`7 | 이름 | 국적 | 등록번호의 앞⏎뒤 | 여권` : the second line's first
        cell is the fourth column's end); 0 for a line that is a whole row or opens one. The rows are
        read from the header down, so a line that closes one row is not taken for the next one's start."""
        if self._cell_count(index, sep) >= width or not self._has_whole_row(header_index, index, sep, width):
            return 0
        if _LONG_NUMBER.search(self.norm, *self.line_bounds(header_index)):
            return 0  # a form's first line of values (`성명 | ○○○ | 주민등록번호 | …`), no column header
        offsets: dict[int, int] = self.__dict__.setdefault("_wrap_offsets", {})
        if index not in offsets:
            cells = 0  # cells of the row read so far (0: the next line opens a row)
            for probe in range(header_index + 1, index + 1):
                own = self._cell_count(probe, sep) if self.line_separator(probe) == sep else 1
                offsets[probe] = max(cells - 1, 0)
                cells = cells + own - 1 if cells else own
                if cells > width:  # no wrap adds up here: the line opens a row of its own
                    offsets[probe], cells = 0, own
                if cells >= width:
                    cells = 0
        return offsets[index]

    def _has_whole_row(self, header_index: int, index: int, sep: str, width: int) -> bool:
        """A row of the table as wide as its header: a table whose rows all leave its last columns
        empty is not cut by wraps."""
        last = min(len(self.line_starts), index + 4)
        return any(
            self.line_separator(probe) == sep and self._cell_count(probe, sep) == width
            for probe in range(header_index + 1, last)
        )

    def _cell_count(self, index: int, sep: str) -> int:
        start, end = self.line_bounds(index)
        return self.norm.count(sep, start, end) + 1

    def _aligned_header(self, pos: int, h_start: int, h_end: int) -> str | None:
        """In a table laid out with spaces, the header cell standing over `pos`'s cell, so a column
        without a header (연번 | (name) | 건강보험증번호 …) does not shift every header after it. Text is
        aligned either by characters or by screen columns (Hangul two wide): the measure under which
        more of the row's cells start exactly under a header cell is the one the writer used."""
        line_start, line_end = self.line_bounds(self.line_index(pos))
        start, end = self.cell_bounds(pos)
        norm = self.norm
        heads = [(m.start() - h_start, m.group()) for m in _CELL.finditer(norm, h_start, h_end)]
        cells = [m.start() - line_start for m in _CELL.finditer(norm, line_start, line_end)]
        measures: tuple[Callable[[str], int], ...] = (len, _width)
        best_measure, best_hits = measures[0], -1
        for measure in measures:
            head_starts = {measure(norm[h_start : h_start + off]) for off, _ in heads}
            hits = sum(measure(norm[line_start : line_start + off]) in head_starts for off in cells)
            if hits > best_hits:
                best_measure, best_hits = measure, hits
        left = best_measure(norm[line_start:start])
        right = left + best_measure(norm[start:end].rstrip())
        best, best_overlap = None, 0
        for off, head in heads:
            h_left = best_measure(norm[h_start : h_start + off])
            overlap = min(right, h_left + best_measure(head)) - max(left, h_left)
            if overlap > best_overlap:
                best, best_overlap = head, overlap
        return best

    def header_row(self, pos: int) -> str:
        """The whole header row of the table holding `pos` ('' outside tables or in the header row)."""
        header_index = self._header_index(self.line_index(pos))
        if header_index is None:
            return ""
        return self.norm[slice(*self.line_bounds(header_index))]

    def _header_index(self, index: int) -> int | None:
        """The top (non-divider) row of the table line `index` belongs to, or None."""
        sep = self.line_separator(index)
        if sep is None:
            return None
        header_index = index
        skipped = False
        probe = index - 1
        while probe >= 0 and index - probe <= 60:
            p_start, p_end = self.line_bounds(probe)
            above = self.norm[p_start:p_end]
            if self.line_separator(probe) != sep:
                # one short line without cells is the wrapped end of the row above (`010-⏎2625-0757`);
                # an empty line ends the table
                if (
                    skipped
                    or not above.strip()
                    or _HEADING.match(above)
                    or p_end - p_start >= 40
                    or probe == 0
                    or self.line_separator(probe - 1) != sep
                ):
                    break
                skipped = True
                probe -= 1
                continue
            skipped = False
            if not _DIVIDER.match(above):
                header_index = probe
            probe -= 1
        return None if header_index == index else header_index

    def _cells_before(self, start: int, pos: int, sep: str) -> int:
        if sep == ALIGNED:
            return len(_GAP.findall(self.norm[start:pos].lstrip()))
        return self.norm.count(sep, start, pos)

    @staticmethod
    def _split(line: str, sep: str) -> list[str]:
        return _GAP.split(line.strip()) if sep == ALIGNED else line.split(sep)

    def line_separator(self, index: int) -> str | None:
        """The cell separator of line `index` ('|', tab, ',', ';', SLASHED, COMMA_SPACED, ALIGNED or None),
        memoised per line."""
        cache: dict[int, str | None] = self.__dict__.setdefault("_separators", {})
        if index not in cache:
            start, end = self.line_bounds(index)
            norm = self.norm
            if norm.find("|", start, end) != -1:
                cache[index] = "|"
            elif norm.find("\t", start, end) != -1:
                cache[index] = "\t"
            elif _csv_line(norm[start:end]):
                cache[index] = ","
            elif _semicolon_line(norm[start:end]) or self._spaced_row(index, ";", 2):
                cache[index] = ";"
            elif _slashed_line(norm[start:end]):
                cache[index] = SLASHED
            elif _comma_spaced_export(norm[start:end]) or self._spaced_row(index, COMMA_SPACED, 3):
                cache[index] = COMMA_SPACED
            elif norm.find(ALIGNED, start, end) != -1 and len(_GAP.findall(norm[start:end].strip())) >= 2:
                cache[index] = ALIGNED
            else:
                cache[index] = None
        return cache[index]

    def _spaced_row(self, index: int, sep: str, least: int) -> bool:
        """The line belongs to a run of lines with the same number (`least` separators or more) of short
        fields apart by `sep` written with spaces (', ', ' ; '), as prose writes them too, and the run
        opens with a header: a line of such fields without a digit ('연번, 이름, 국적, …')."""
        fields = self._fields_at(index, sep, least)
        if not fields:
            return False
        top = self._run_top(index, sep, least)
        if any(ch.isdigit() for ch in self.norm[slice(*self.line_bounds(top))]):
            return False
        # (a header alone is no table: a row must follow it)
        return top < index or (
            index + 1 < len(self.line_starts) and self._fields_at(index + 1, sep, least) == fields
        )

    def _run_top(self, index: int, sep: str, least: int) -> int:
        """The first line of the run of lines with as many `sep` fields as line `index`, memoised for
        every line walked (so a long export is walked once, not once per line)."""
        tops: dict[tuple[int, str], int] = self.__dict__.setdefault("_run_tops", {})
        fields = self._fields_at(index, sep, least)
        walked: list[int] = []
        top = index
        while (top, sep) not in tops and top > 0 and self._fields_at(top - 1, sep, least) == fields:
            walked.append(top)
            top -= 1
        top = tops.get((top, sep), top)
        for line in (*walked, index):
            tops[(line, sep)] = top
        return top

    def _fields_at(self, index: int, sep: str, least: int) -> int:
        """`_spaced_fields` of line `index`, memoised (a long run would otherwise be read once per line)."""
        cache: dict[tuple[int, str], int] = self.__dict__.setdefault("_spaced", {})
        key = (index, sep)
        if key not in cache:
            cache[key] = _spaced_fields(self.norm[slice(*self.line_bounds(index))], sep, least)
        return cache[key]

    def cell_bounds(self, pos: int) -> tuple[int, int]:
        """Start and end of the table cell (or line, outside tables) holding `pos`."""
        index = self.line_index(pos)
        start, end = self.line_bounds(index)
        sep = self.line_separator(index)
        if sep is None:
            return start, end
        if sep == ALIGNED:
            gap = _GAP.search(self.norm, pos, end)
            return self._gap_before(start, pos), (gap.start() if gap else end)
        left = self.norm.rfind(sep, start, pos)
        right = self.norm.find(sep, pos, end)
        return (left + len(sep) if left != -1 else start), (right if right != -1 else end)

    def _gap_before(self, start: int, pos: int) -> int:
        """Where the last run of two or more spaces between `start` and `pos` ends (`start` if none),
        found from `pos` backwards: a long aligned line is not read from its start for every cell."""
        norm = self.norm
        last = norm.rfind(ALIGNED, start, pos)
        if last == -1:
            return start
        end = last + 2
        while end < pos and norm[end] == " ":
            end += 1
        return end

    def column_cells(self, pos: int, reach: int = 3) -> list[str]:
        """The cells in the same column of up to `reach` rows above and below, in rows cut by the same
        separator: what a headerless table's column holds elsewhere."""
        index = self.line_index(pos)
        sep = self.line_separator(index)
        if sep is None or sep == ALIGNED:
            return []
        column = self._cells_before(self.line_starts[index], pos, sep)
        out: list[str] = []
        for probe in range(max(0, index - reach), min(len(self.line_starts), index + reach + 1)):
            if probe == index or self.line_separator(probe) != sep:
                continue
            cells = self.norm[slice(*self.line_bounds(probe))].split(sep)
            if column < len(cells):
                out.append(cells[column].strip())
        return out

    def slash_fields(self, pos: int, reach: int = 3) -> list[str]:
        """The fields at the same place of up to `reach` list lines above and below that are cut by
        ' / ' into as many fields ('- ○○○ / M12345678 / 1990. 1. 2.'): a list item's column."""
        index = self.line_index(pos)
        start, end = self.line_bounds(index)
        width = self.norm.count(SLASHED, start, end) + 1
        if width < 2:
            return []
        column = self.norm.count(SLASHED, start, pos)
        out: list[str] = []
        for probe in range(max(0, index - reach), min(len(self.line_starts), index + reach + 1)):
            fields = self.norm[slice(*self.line_bounds(probe))].split(SLASHED)
            if probe != index and len(fields) == width:
                out.append(fields[column].strip())
        return out

    def cell_text(self, pos: int) -> str:
        """The whole table cell (or line, outside tables) holding `pos`, stripped."""
        start, end = self.cell_bounds(pos)
        return self.norm[start:end].strip()

    def cell_is(self, pos: int, value: str) -> bool:
        """True when the cell (or line) holding `pos` is exactly `value` (without slicing long lines)."""
        start, end = self.cell_bounds(pos)
        if end - start > len(value) + 16:
            return False
        return self.norm[start:end].strip() == value
