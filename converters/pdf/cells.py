"""Outlined glyphs -> rows, and each row as an image of uniform square cells for Tesseract.

The faces these exports fall back to are not square: a syllable without a final consonant is short,
a narrow vowel makes a narrow glyph, jamo sit where a square face would never put them. Tesseract
reads a whole page of them badly (finals lost). Cut out one by one and each stretched to the same
square cell on a uniform pitch, the same glyphs look like a plain square face and read far better.
The stretch is the row's, not the glyph's: a short syllable keeps its height and place within its
row. Stretched to the full cell on its own, its vowel grows into the space a final would take (정
squashed to 제, 부 a solid block) and finals were lost or invented. A word space (a wide gap between
two glyphs of a row) becomes an empty cell.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from .outlines import Outline

CELL = 100  # pixels per cell, square
INK = 80  # pixels of the cell the glyph is stretched over, each way
ROW_OVERLAP = 0.5  # a glyph joins a row when this share of the smaller height overlaps it
SPACE_GAP = 0.35  # a gap wider than this many row heights is a word space (syllables sit under 0.3)
MARK_SHARE = 0.4  # an outline under this share of the row height each way is a mark, not a letter
MAX_STRETCH = 2.0  # a glyph is stretched at most this many times more one way than the other


@dataclass(slots=True)
class Row:
    """Outlines read as one line, left to right (indices into the page's outline list)."""

    members: list[int]
    top: float
    bottom: float
    marks: list[int] = field(default_factory=list)  # periods, commas, dots: read from where they sit

    @property
    def height(self) -> float:
        return self.bottom - self.top


def rows_of(outlines: Sequence[Outline]) -> list[Row]:
    """Group outlines whose vertical extents overlap into rows, top to bottom. Marks (much smaller
    than most letters of the page) join the row they sit in rather than starting rows of their own."""
    order = sorted(range(len(outlines)), key=lambda k: (outlines[k].top, outlines[k].x0))
    body = statistics.median(o.height for o in outlines) if outlines else 0.0
    letters = [i for i in order if _size(outlines[i]) >= MARK_SHARE * body]
    rows = _group(letters, outlines)
    for i in order:
        if _size(outlines[i]) >= MARK_SHARE * body:
            continue
        row = _holder(rows, outlines[i], outlines)
        if row is None:
            rows.extend(_group([i], outlines))
        else:
            row.marks.append(i)
    rows.sort(key=lambda r: r.top)
    for row in rows:
        row.members.sort(key=lambda k: outlines[k].x0)
    return rows


def _size(o: Outline) -> float:
    return max(o.x1 - o.x0, o.height)


def _group(order: Sequence[int], outlines: Sequence[Outline]) -> list[Row]:
    rows: list[Row] = []
    for i in order:
        o = outlines[i]
        row = rows[-1] if rows else None
        if row is not None and _overlap(row, o) >= ROW_OVERLAP * min(row.height, o.height):
            row.members.append(i)
            row.top, row.bottom = min(row.top, o.top), max(row.bottom, o.bottom)
        else:
            rows.append(Row([i], o.top, o.bottom))
    return rows


def _holder(rows: Sequence[Row], mark: Outline, outlines: Sequence[Outline]) -> Row | None:
    """The row a mark belongs to: its centre within the row's height, near one of its letters."""
    middle = (mark.top + mark.bottom) / 2
    for row in rows:
        reach = row.height
        if row.top <= middle <= row.bottom + SPACE_GAP * reach and any(
            outlines[k].x0 - reach <= mark.x0 <= outlines[k].x1 + reach for k in row.members
        ):
            return row
    return None


def mark_text(mark: Outline, row: Row) -> str:
    """What a mark is, from where it sits in its row: two dots one above the other a colon, low a
    period or (tall) a comma, mid-height a middle dot, high an apostrophe."""
    if mark.pieces == 2 and mark.height > 1.6 * (mark.x1 - mark.x0):
        return ":"
    middle = ((mark.top + mark.bottom) / 2 - row.top) / max(row.height, 1e-6)
    if middle > 0.65:
        return "," if mark.height > 1.6 * (mark.x1 - mark.x0) else "."
    return "·" if middle > 0.3 else "'"


def _overlap(row: Row, o: Outline) -> float:
    return min(row.bottom, o.bottom) - max(row.top, o.top)


def spaced(row: Row, outlines: Sequence[Outline]) -> list[int | None]:
    """The row's outlines with None where a word space falls between two of them."""
    cells: list[int | None] = []
    previous: Outline | None = None
    for i in row.members:
        o = outlines[i]
        if previous is not None and o.x0 - previous.x1 > SPACE_GAP * row.height:
            cells.append(None)
        cells.append(i)
        previous = o
    return cells


def glyph_cell(page_image: Any, scale: float, o: Outline, row: Row) -> Any:
    """The glyph cut from the rendered page, stretched to INK across and its row to INK high, on a
    white box of the row's height where it sits in the row (see module docstring)."""
    from PIL import Image

    box = (int(o.x0 * scale), int(o.top * scale), int(o.x1 * scale) + 1, int(o.bottom * scale) + 1)
    share = min(1.0, (o.bottom - o.top) / max(row.height, 1e-6))
    width, height = _stretched(box[2] - box[0], round((box[3] - box[1]) / max(share, 1e-6)))
    height = max(1, round(height * share))
    cell = Image.new("L", (width, INK), 255)
    offset = min(max(0, round((o.top - row.top) / max(row.height, 1e-6) * INK)), INK - height)
    cell.paste(page_image.crop(box).resize((width, height)), (0, offset))
    return cell


def strip_image(cells: Sequence[Any | None]) -> Any:
    """A white strip with each glyph image centred in its own cell (None: an empty cell); one empty
    cell of margin on each side and half a cell above and below."""
    from PIL import Image

    strip = Image.new("L", (CELL * (len(cells) + 2), CELL * 2), 255)
    for n, glyph in enumerate(cells):
        if glyph is not None:
            width, height = glyph.size
            strip.paste(glyph, (CELL * (n + 1) + (CELL - width) // 2, CELL // 2 + (CELL - height) // 2))
    return strip


def _stretched(width: int, height: int) -> tuple[int, int]:
    """The glyph's size in its cell: INK each way, unless that would stretch one way more than
    MAX_STRETCH times the other (parentheses, colons and dashes would turn into other signs)."""
    across, up = INK / max(width, 1), INK / max(height, 1)
    if across > MAX_STRETCH * up:
        return max(1, round(width * MAX_STRETCH * up)), INK
    if up > MAX_STRETCH * across:
        return INK, max(1, round(height * MAX_STRETCH * across))
    return INK, INK
