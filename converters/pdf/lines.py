"""Glyphs -> visual line segments, keeping what line joining needs later.

A page gives positioned glyphs, not words or lines. We cluster glyphs into visual lines, cut each
line at wide gaps (column gutters, tab stops) into segments, and remember whether the producer drew a
space glyph after the last visible character: Hancom PDF does so exactly where a line wraps between
words, which is the only reliable evidence for whether a wrapped Korean line needs a space.

Glyphs that run at a quarter turn from the page (a header written upwards in a narrow table column)
are clustered in their own turned frame, so they come out as one line in reading order; the segment
is then placed back on the page by its outline.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass

from .geometry import turn
from .glyphs import Glyph

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


def build_segments(glyphs: Iterable[Glyph], first_line_id: int = 0) -> list[Segment]:
    """Cluster glyphs into visual lines and cut each line into segments, top to bottom."""
    by_direction: dict[int, list[Glyph]] = {}
    for g in glyphs:
        if g.text:
            by_direction.setdefault(g.direction, []).append(g)
    segments: list[Segment] = []
    line_id = first_line_id
    for degrees in sorted(by_direction):
        group = by_direction[degrees]
        if degrees:
            group = [_turned(g, degrees) for g in group]
        for line in _visual_lines(group):
            for seg in _split_line(line, line_id):
                segments.append(_placed(seg, degrees) if degrees else seg)
            line_id += 1
    return segments


def _turned(g: Glyph, degrees: int) -> Glyph:
    x0, top, x1, bottom = turn((g.x0, g.top, g.x1, g.bottom), degrees)
    return Glyph(g.text, x0, top, x1, bottom, g.size, 0)


def _placed(seg: Segment, degrees: int) -> Segment:
    seg.x0, seg.top, seg.x1, seg.bottom = turn((seg.x0, seg.top, seg.x1, seg.bottom), (360 - degrees) % 360)
    return seg


def dedupe(glyphs: Iterable[Glyph]) -> list[Glyph]:
    """Drop glyphs drawn twice at (almost) the same spot: fake bold, shadow effects, a form drawn
    over itself. PDFium's text page merges most such copies itself, not all (it keeps a form's
    repeats); one visible glyph is one character.

    A hash on the glyph and its position rounded to a point, linear time; pdfplumber's own
    `dedupe_chars` sorts and groups and takes seconds on a dense page.
    """
    seen: set[tuple[str, int, int]] = set()
    out = []
    for g in glyphs:
        key = (g.text, round(g.x0), round(g.top))
        if key in seen:
            continue
        seen.add(key)
        out.append(g)
    return out


def _mid(g: Glyph) -> float:
    return (g.top + g.bottom) / 2


def _visual_lines(glyphs: list[Glyph]) -> list[list[Glyph]]:
    """Group glyphs whose vertical centres lie within a fraction of the font size of each other."""
    visible = sorted(glyphs, key=_mid)
    lines: list[list[Glyph]] = []
    current: list[Glyph] = []
    anchor = 0.0
    for g in visible:
        mid = _mid(g)
        if current and abs(mid - anchor) <= 0.35 * max(g.size, current[0].size):
            current.append(g)
            continue
        if current:
            lines.append(current)
        current, anchor = [g], mid
    if current:
        lines.append(current)
    return [sorted(line, key=lambda g: g.x0) for line in lines]


def _split_line(line: list[Glyph], line_id: int) -> list[Segment]:
    segments: list[Segment] = []
    run: list[Glyph] = []
    last_visible: Glyph | None = None
    for g in line:
        if g.text.isspace():
            run.append(g)
            continue
        if last_visible is not None:
            gap = g.x0 - last_visible.x1
            if gap > SEGMENT_GAP_EM * max(g.size, last_visible.size):
                segments.extend(_segment(run, line_id))
                run = []
        run.append(g)
        last_visible = g
    segments.extend(_segment(run, line_id))
    return segments


def _segment(run: list[Glyph], line_id: int) -> list[Segment]:
    """One segment from glyphs in x order; leading/trailing spaces are dropped but remembered."""
    visible = [g for g in run if not g.text.isspace()]
    if not visible:
        return []
    last_index = max(i for i, g in enumerate(run) if not g.text.isspace())
    parts: list[str] = []
    prev: Glyph | None = None
    pending_space = False
    for g in run:
        if g.text.isspace():
            pending_space = prev is not None
            continue
        if prev is not None:
            gap = g.x0 - prev.x1
            if pending_space or gap > WORD_GAP_EM * max(g.size, prev.size):
                parts.append(" ")
        parts.append(g.text)
        prev, pending_space = g, False
    return [
        Segment(
            x0=min(g.x0 for g in visible),
            top=min(g.top for g in visible),
            x1=max(g.x1 for g in visible),
            bottom=max(g.bottom for g in visible),
            text="".join(parts),
            size=statistics.median(g.size for g in visible),
            line_id=line_id,
            trailing_space=last_index < len(run) - 1,
        )
    ]
