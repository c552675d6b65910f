"""Tables placed on a page: cell grids with spans, and the glyphs they own taken out of the text flow.

grid.py finds tables from ruling lines. Here each glyph inside a table goes to the cell under its
anchor point, and cell text goes through the same line and paragraph logic as body text, so Korean
wraps inside cells join the same way.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field

from gongmun.schemas import Cell

from .glyphs import Glyph
from .layout import reading_order
from .lines import build_segments
from .paragraphs import paragraphs

CELL_PADDING = 1.5  # points between a cell border and where its text may end


@dataclass(slots=True)
class TableItem:
    """A table placed on the page; takes part in reading order like a line segment."""

    x0: float
    top: float
    x1: float
    bottom: float
    xs: list[float]
    ys: list[float]
    cells: list[tuple[int, int, int, int]]  # row, col, row_span, col_span
    chars: list[list[Glyph]] = field(default_factory=list)
    slots: dict[tuple[int, int], int] = field(default_factory=dict)  # grid position -> cell index

    def rows(self, explicit_spaces: bool) -> list[list[Cell]]:
        grid: list[list[Cell]] = [[] for _ in range(len(self.ys) - 1)]
        for (r, c, rs, cs), chars in zip(self.cells, self.chars, strict=True):
            right = self.xs[min(c + cs, len(self.xs) - 1)] - CELL_PADDING
            text = cell_text(chars, explicit_spaces, right)
            grid[r].append(Cell(text=text, row=r, col=c, row_span=rs, col_span=cs))
        return [sorted(row, key=lambda cell: cell.col) for row in grid if row]


def assign_chars(tables: Sequence[TableItem], glyphs: Sequence[Glyph]) -> list[Glyph]:
    """Give each glyph inside a table to its cell; return the glyphs outside every table."""
    if not tables:
        return list(glyphs)
    outside = []
    for g in glyphs:
        cx, cy = _anchor(g)
        for table in tables:
            if table.x0 <= cx <= table.x1 and table.top <= cy <= table.bottom:
                _to_cell(table, g, cx, cy)
                break
        else:
            outside.append(g)
    return outside


def cell_text(chars: Sequence[Glyph], explicit_spaces: bool, right: float | None = None) -> str:
    """A cell's paragraphs, one per line. `right` (the cell's inner right edge) tells a line that
    wrapped at the border from a short line that ended its paragraph."""
    segments = build_segments(chars)
    if not segments:
        return ""
    bounds = None
    if right is not None:
        bounds = (min(s.x0 for s in segments), max(right, max(s.x1 for s in segments)))
    return "\n".join(p.text for p in paragraphs(reading_order(segments, bounds), explicit_spaces))


def _anchor(g: Glyph) -> tuple[float, float]:
    """Where a glyph belongs: its centre, but a space by its left edge. The space that ends a wrapped
    line often sticks out past the cell border, and losing it would glue two words together."""
    x = g.x0 + 0.1 if g.text == " " else (g.x0 + g.x1) / 2
    return x, (g.top + g.bottom) / 2


def _to_cell(table: TableItem, g: Glyph, cx: float, cy: float) -> None:
    """The cell under the glyph's anchor; the grid's slots all belong to a cell, so none is lost."""
    col = min(max(bisect.bisect_right(table.xs, cx) - 1, 0), len(table.xs) - 2)
    row = min(max(bisect.bisect_right(table.ys, cy) - 1, 0), len(table.ys) - 2)
    index = table.slots.get((row, col))
    if index is None:  # cannot happen for grid.py's tables; kept so a bad grid never eats text
        index = min(
            range(len(table.cells)), key=lambda i: abs(table.cells[i][0] - row) + abs(table.cells[i][1] - col)
        )
    table.chars[index].append(g)
