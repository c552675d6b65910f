"""Visual lines -> paragraphs, joining wrapped lines without splitting or gluing Korean words.

Where a wrapped line needs a space is decided from evidence, not guessed: a producer that draws a
space glyph at the end of lines that wrap between words (Hancom PDF does) tells us that a wrap without
one fell inside a word. For producers that never do, a wrap between two Hangul syllables is taken as a
word boundary, which is how Korean word processors wrap by default.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from .layout import Leaf
from .lines import Segment

# Lines that start a new paragraph whatever their geometry: Korean administrative bullets and numbering.
_MARKER = re.compile(
    r"^(?:[□■◆◇○●◎◦•▪▫▶▷►▸※☞❍❏]"
    r"|[①-⑳㉠-㉭㈀-㈍]"
    r"|[-–—·ㆍ∙*ㅇᄋ]\s"
    r"|\(?\d{1,2}[.)]\s"
    r"|\(\d{1,2}\)"
    r"|\(?[가-하][.)]\s"
    r"|\([가-하]\)"
    r"|제\s?\d+\s?[조장절항]"
    r"|[IVX]{1,4}\.\s)"
)
_CLOSERS = frozenset(")]}>,.:;!?%、。」』〉》’”")
_OPENERS = frozenset("([{<‘“「『〈《")


@dataclass(slots=True)
class Row:
    """One visual line of one column: the segments of a line that the layout kept together."""

    x0: float
    top: float
    x1: float
    bottom: float
    text: str
    size: float
    trailing_space: bool


def rows_of(segments: Sequence[Segment]) -> list[Row]:
    """Merge segments sharing a visual line (already in left-to-right order) into rows."""
    rows: list[Row] = []
    current: list[Segment] = []
    for seg in segments:
        if current and seg.line_id != current[0].line_id:
            rows.append(_row(current))
            current = []
        current.append(seg)
    if current:
        rows.append(_row(current))
    return rows


def _row(segs: list[Segment]) -> Row:
    segs = sorted(segs, key=lambda s: s.x0)
    return Row(
        x0=segs[0].x0,
        top=min(s.top for s in segs),
        x1=max(s.x1 for s in segs),
        bottom=max(s.bottom for s in segs),
        text=" ".join(s.text for s in segs),
        size=max(s.size for s in segs),
        trailing_space=segs[-1].trailing_space,
    )


def wraps_with_space_glyphs(leaves: Iterable[Leaf[Any]]) -> bool:
    """Whether this producer marks wraps between words with a trailing space glyph."""
    full = marked = 0
    prev: tuple[Row, Leaf[Any]] | None = None
    for leaf in leaves:
        for run in _runs(leaf.items):
            if not isinstance(run, list):
                prev = None
                continue
            for row in rows_of(run):
                if prev is not None and prev[1].column == leaf.column:
                    above = prev[0]
                    if above.x1 >= leaf.right - 1.5 * above.size and 0 <= row.top - above.bottom < above.size:
                        full += 1
                        marked += above.trailing_space
                prev = (row, leaf)
    return full > 0 and marked / full >= 0.15


@dataclass(slots=True)
class Paragraph:
    text: str
    first: Row


def paragraphs(leaves: Iterable[Leaf[Any]], explicit_spaces: bool) -> list[Paragraph | Any]:
    """Paragraphs in reading order; items that are not segments (tables) pass through in place."""
    out: list[Paragraph | Any] = []
    prev: Row | None = None
    prev_column = -1
    current: Paragraph | None = None
    for leaf in leaves:
        for run in _runs(leaf.items):
            if not isinstance(run, list):
                out.append(run)
                prev, current = None, None
                continue
            for row in rows_of(run):
                if current is None or prev is None or prev_column != leaf.column or _breaks(prev, row, leaf):
                    current = Paragraph(text=row.text, first=row)
                    out.append(current)
                else:
                    current.text += join_space(prev, row, explicit_spaces, leaf.right) + row.text
                prev, prev_column = row, leaf.column
    return out


def _runs(items: Sequence[Any]) -> list[list[Segment] | Any]:
    runs: list[list[Segment] | Any] = []
    for item in items:
        if isinstance(item, Segment):
            if runs and isinstance(runs[-1], list):
                runs[-1].append(item)
            else:
                runs.append([item])
        else:
            runs.append(item)
    return runs


def _breaks(prev: Row, row: Row, leaf: Leaf[Any]) -> bool:
    gap = row.top - prev.bottom
    size = max(prev.size, row.size)
    if gap > 0.9 * size or gap < -0.5 * size:
        return True
    if abs(prev.size - row.size) > 0.15 * size:
        return True
    if _MARKER.match(row.text) or (prev.text[-1] in ".?!" and row.text[0] in "-–※"):
        return True
    # The next line's first word would have fitted after this line: this line ended on purpose.
    first_word = row.text.split(" ", 1)[0]
    return leaf.right - prev.x1 > (len(first_word) + 1) * _char_width(row)


def _char_width(row: Row) -> float:
    """Mean advance per character; Hangul syllables are about one em wide."""
    return max((row.x1 - row.x0) / max(len(row.text), 1), 0.3 * row.size)


def join_space(prev: Row, row: Row, explicit_spaces: bool, right: float | None = None) -> str:
    """What goes between a wrapped line and its continuation: a space or nothing."""
    if prev.trailing_space:
        return " "
    a, b = prev.text[-1], row.text[0]
    if a in "-/" or a in _OPENERS or b in _CLOSERS:
        return ""
    if right is not None and right - prev.x1 >= 0.8 * _char_width(prev):
        return " "  # a character would still have fitted: the line wrapped between words
    if explicit_spaces:
        return ""  # the producer would have drawn a space glyph had there been a space
    return " "


def is_marker_line(text: str) -> bool:
    return bool(_MARKER.match(text))
