"""One text page -> line segments and tables, whichever parser gave its glyphs and rulings.

A page whose text mostly runs at a quarter turn (a landscape table printed on a portrait page, a
scan-like export rotated in its content stream) is first turned so that its text runs left to right:
reading order, columns and running heads are then found exactly as on an upright page.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .drawing import Ruling
from .geometry import turn, turned_size
from .glyphs import Glyph
from .grid import find_tables
from .lines import Segment, build_segments, dedupe
from .tables import TableItem, assign_chars

DECORATION_FROM = 0.2  # a line below this share of the glyph height from its top runs through it
DECORATION_BELOW = 0.08  # ... or this share of its height under its box (an underline; a border has padding)
DECORATION_COVER = 0.5  # share of the line's length that must run through glyphs
OCR_OVERLAP = 0.5  # an OCR line this much inside text-layer lines reads what they already hold


@dataclass(slots=True)
class TextPage:
    width: float
    height: float
    segments: list[Segment]
    tables: list[TableItem]


def lay_out(
    glyphs: Sequence[Glyph], rulings: Sequence[Ruling], width: float, height: float, first_line_id: int
) -> TextPage:
    degrees = dominant_direction(glyphs)
    if degrees:
        glyphs = [_turn_glyph(g, degrees, width, height) for g in glyphs]
        rulings = [_turn_ruling(r, degrees, width, height) for r in rulings]
        width, height = turned_size(degrees, width, height)
    kept = dedupe(glyphs)
    tables = find_tables(without_decoration(rulings, kept))
    outside = assign_chars(tables, kept)
    return TextPage(width, height, build_segments(outside, first_line_id), tables)


def without_decoration(rulings: Sequence[Ruling], glyphs: Sequence[Glyph]) -> list[Ruling]:
    """Rulings minus underlines and strike-throughs: lines drawn through the text they run along.

    An underlined line of a table cell runs from border to border, so taken for a border it would cut
    the cell into one row per line of text. A border has the cell's padding between it and the text;
    a decoration lies inside the glyphs' own boxes along most of its length."""
    lines = sorted((r for r in rulings if r.horizontal), key=lambda r: r.at)
    heights = [r.at for r in lines]
    under: dict[int, list[tuple[float, float]]] = {}
    for g in glyphs:
        if g.direction or g.text == " ":
            continue
        lo = bisect.bisect_right(heights, g.top + DECORATION_FROM * g.size)
        hi = bisect.bisect_left(heights, g.bottom + DECORATION_BELOW * g.size)
        for k in range(lo, hi):
            r = lines[k]
            if g.x1 > r.start and g.x0 < r.end:
                under.setdefault(k, []).append((max(g.x0, r.start), min(g.x1, r.end)))
    drawn_through = {id(lines[k]) for k, spans in under.items() if _decorates(lines[k], spans)}
    return [r for r in rulings if id(r) not in drawn_through]


def _decorates(r: Ruling, spans: list[tuple[float, float]]) -> bool:
    covered, reach = 0.0, r.start
    for x0, x1 in sorted(spans):
        covered += max(0.0, x1 - max(x0, reach))
        reach = max(reach, x1)
    return covered >= DECORATION_COVER * (r.end - r.start)


def beside_ocr(text: Sequence[Segment], ocr: Sequence[Segment]) -> list[Segment]:
    """A scanned page's OCR lines with the few lines its text layer draws (a page number, a security
    stamp over the scan): those are exact, so an OCR line lying mostly on one of them is left out."""
    kept = [o for o in ocr if _covered_share(o, text) <= OCR_OVERLAP]
    return sorted([*text, *kept], key=lambda s: (s.top, s.x0))


def _covered_share(o: Segment, text: Sequence[Segment]) -> float:
    area = max((o.x1 - o.x0) * (o.bottom - o.top), 1e-6)
    common = sum(
        max(0.0, min(o.x1, t.x1) - max(o.x0, t.x0)) * max(0.0, min(o.bottom, t.bottom) - max(o.top, t.top))
        for t in text
    )
    return common / area


def dominant_direction(glyphs: Sequence[Glyph]) -> int:
    """The direction most of the page's visible glyphs run in (0 when most are upright)."""
    counts = Counter(g.direction for g in glyphs if not g.text.isspace())
    if not counts:
        return 0
    degrees, n = counts.most_common(1)[0]
    return degrees if n * 2 > sum(counts.values()) else 0


def _turn_glyph(g: Glyph, degrees: int, width: float, height: float) -> Glyph:
    x0, top, x1, bottom = turn((g.x0, g.top, g.x1, g.bottom), degrees, width, height)
    return Glyph(g.text, x0, top, x1, bottom, g.size, (g.direction - degrees) % 360)


def _turn_ruling(r: Ruling, degrees: int, width: float, height: float) -> Ruling:
    box = (r.start, r.at, r.end, r.at) if r.horizontal else (r.at, r.start, r.at, r.end)
    x0, top, x1, bottom = turn(box, degrees, width, height)
    if bottom - top <= x1 - x0:
        return Ruling(True, (top + bottom) / 2, x0, x1)
    return Ruling(False, (x0 + x1) / 2, top, bottom)
