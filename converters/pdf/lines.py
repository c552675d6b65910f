"""Characters -> visual line segments, keeping what line joining needs later.

pdfplumber gives positioned glyphs, not words or lines. We cluster glyphs into visual lines, cut each
line at wide gaps (column gutters, tab stops) into segments, and remember whether the producer drew a
space glyph after the last visible character: Hancom PDF does so exactly where a line wraps between
words, which is the only reliable evidence for whether a wrapped Korean line needs a space.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

Char = Mapping[str, Any]

# A gap wider than this many font sizes cuts a line into separate segments.
SEGMENT_GAP_EM = 1.6
# A gap wider than this many font sizes between glyphs is a word space even without a space glyph.
WORD_GAP_EM = 0.22


@dataclass(slots=True)
class Segment:
    """A run of glyphs on one visual line. `line_id` is shared by the segments of one visual line."""

    x0: float
    top: float
    x1: float
    bottom: float
    text: str
    size: float
    line_id: int
    trailing_space: bool = False

    @property
    def height(self) -> float:
        return self.bottom - self.top


def build_segments(chars: Iterable[Char], first_line_id: int = 0) -> list[Segment]:
    """Cluster glyphs into visual lines and cut each line into segments, top to bottom."""
    segments: list[Segment] = []
    for i, line in enumerate(_visual_lines([c for c in chars if c.get("text")])):
        segments.extend(_split_line(line, first_line_id + i))
    return segments


def dedupe(chars: Iterable[Char]) -> list[Char]:
    """Drop glyphs drawn twice at (almost) the same spot: fake bold and shadow effects.

    A hash on the glyph and its position rounded to a point, linear time; pdfplumber's own
    `dedupe_chars` sorts and groups and takes seconds on a dense page.
    """
    seen: set[tuple[str, int, int]] = set()
    out = []
    for c in chars:
        key = (c["text"], round(float(c["x0"])), round(float(c["top"])))
        if key in seen:
            continue
        seen.add(key)
        out.append(c)
    return out


def _mid(c: Char) -> float:
    return (float(c["top"]) + float(c["bottom"])) / 2


def _size(c: Char) -> float:
    size = float(c.get("size") or 0.0)
    return size if size > 0 else max(float(c["bottom"]) - float(c["top"]), 1.0)


def _visual_lines(chars: list[Char]) -> list[list[Char]]:
    """Group glyphs whose vertical centres lie within a fraction of the font size of each other."""
    visible = sorted(chars, key=_mid)
    lines: list[list[Char]] = []
    current: list[Char] = []
    anchor = 0.0
    for c in visible:
        mid = _mid(c)
        if current and abs(mid - anchor) <= 0.35 * max(_size(c), _size(current[0])):
            current.append(c)
            continue
        if current:
            lines.append(current)
        current, anchor = [c], mid
    if current:
        lines.append(current)
    return [sorted(line, key=lambda c: float(c["x0"])) for line in lines]


def _split_line(line: list[Char], line_id: int) -> list[Segment]:
    segments: list[Segment] = []
    run: list[Char] = []
    last_visible: Char | None = None
    for c in line:
        if c["text"].isspace():
            run.append(c)
            continue
        if last_visible is not None:
            gap = float(c["x0"]) - float(last_visible["x1"])
            if gap > SEGMENT_GAP_EM * max(_size(c), _size(last_visible)):
                segments.extend(_segment(run, line_id))
                run = []
        run.append(c)
        last_visible = c
    segments.extend(_segment(run, line_id))
    return segments


def _segment(run: list[Char], line_id: int) -> list[Segment]:
    """One segment from glyphs in x order; leading/trailing spaces are dropped but remembered."""
    visible = [c for c in run if not c["text"].isspace()]
    if not visible:
        return []
    last_index = max(i for i, c in enumerate(run) if not c["text"].isspace())
    parts: list[str] = []
    prev: Char | None = None
    pending_space = False
    for c in run:
        if c["text"].isspace():
            pending_space = prev is not None
            continue
        if prev is not None:
            gap = float(c["x0"]) - float(prev["x1"])
            if pending_space or gap > WORD_GAP_EM * max(_size(c), _size(prev)):
                parts.append(" ")
        parts.append(c["text"])
        prev, pending_space = c, False
    sizes = [_size(c) for c in visible]
    return [
        Segment(
            x0=min(float(c["x0"]) for c in visible),
            top=min(float(c["top"]) for c in visible),
            x1=max(float(c["x1"]) for c in visible),
            bottom=max(float(c["bottom"]) for c in visible),
            text="".join(parts),
            size=statistics.median(sizes),
            line_id=line_id,
            trailing_space=last_index < len(run) - 1,
        )
    ]
