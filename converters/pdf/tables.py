"""Ruled tables -> cell grids with spans, and the glyphs they own removed from the text flow.

pdfplumber finds tables from ruling lines and returns cell rectangles. The distinct cell edges give
the grid; a rectangle covering several grid steps is a merged cell (row/col span). Cell text goes
through the same line and paragraph logic as body text so Korean wraps inside cells join the same way.
A "table" of a single cell is a decorated text box: its text stays in the flow.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from gongmun.schemas import Cell

from .layout import reading_order
from .lines import build_segments
from .paragraphs import paragraphs

Bbox = tuple[float, float, float, float]
EDGE_TOLERANCE = 1.5
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
    chars: list[list[Mapping[str, Any]]] = field(default_factory=list)
    slots: dict[tuple[int, int], int] = field(default_factory=dict)  # grid position -> cell index

    def contains(self, c: Mapping[str, Any]) -> bool:
        cx, cy = _anchor(c)
        return self.x0 <= cx <= self.x1 and self.top <= cy <= self.bottom

    def rows(self, explicit_spaces: bool) -> list[list[Cell]]:
        grid: list[list[Cell]] = [[] for _ in range(len(self.ys) - 1)]
        for (r, c, rs, cs), chars in zip(self.cells, self.chars, strict=True):
            right = self.xs[min(c + cs, len(self.xs) - 1)] - CELL_PADDING
            text = cell_text(chars, explicit_spaces, right)
            grid[r].append(Cell(text=text, row=r, col=c, row_span=rs, col_span=cs))
        return [sorted(row, key=lambda cell: cell.col) for row in grid if row]


def find_tables(page: Any) -> list[TableItem]:
    """Tables with at least two cells on a pdfplumber page."""
    items = []
    for table in page.find_tables():
        item = _grid([(float(b[0]), float(b[1]), float(b[2]), float(b[3])) for b in table.cells])
        if item is not None:
            items.append(item)
    return items


def assign_chars(tables: Sequence[TableItem], chars: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Give each glyph inside a table to its cell; return the glyphs outside every table."""
    outside = []
    for c in chars:
        for table in tables:
            if table.contains(c):
                _to_cell(table, c)
                break
        else:
            outside.append(c)
    return outside


def cell_text(chars: Sequence[Mapping[str, Any]], explicit_spaces: bool, right: float | None = None) -> str:
    """A cell's paragraphs, one per line. `right` (the cell's inner right edge) tells a line that
    wrapped at the border from a short line that ended its paragraph."""
    segments = build_segments(chars)
    if not segments:
        return ""
    bounds = None
    if right is not None:
        bounds = (min(s.x0 for s in segments), max(right, max(s.x1 for s in segments)))
    return "\n".join(p.text for p in paragraphs(reading_order(segments, bounds), explicit_spaces))


def _cluster(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > EDGE_TOLERANCE:
            out.append(v)
    return out


def _index(edges: list[float], v: float) -> int:
    i = bisect.bisect_left(edges, v - EDGE_TOLERANCE)
    return min(i, len(edges) - 1)


def _grid(bboxes: list[Bbox]) -> TableItem | None:
    if len(bboxes) < 2:
        return None
    xs = _cluster([b[0] for b in bboxes] + [b[2] for b in bboxes])
    ys = _cluster([b[1] for b in bboxes] + [b[3] for b in bboxes])
    if len(xs) < 2 or len(ys) < 2:
        return None
    cells = []
    for x0, top, x1, bottom in bboxes:
        c0, c1 = _index(xs, x0), _index(xs, x1)
        r0, r1 = _index(ys, top), _index(ys, bottom)
        cells.append((r0, c0, max(r1 - r0, 1), max(c1 - c0, 1)))
    slots: dict[tuple[int, int], int] = {}
    for i, (r, c, rs, cs) in enumerate(cells):
        for rr in range(r, r + rs):
            for cc in range(c, c + cs):
                slots.setdefault((rr, cc), i)
    return TableItem(
        x0=xs[0],
        top=ys[0],
        x1=xs[-1],
        bottom=ys[-1],
        xs=xs,
        ys=ys,
        cells=cells,
        chars=[[] for _ in cells],
        slots=slots,
    )


def _anchor(c: Mapping[str, Any]) -> tuple[float, float]:
    """Where a glyph belongs: its centre, but a space by its left edge. The space that ends a wrapped
    line often sticks out past the cell border, and losing it would glue two words together."""
    x = float(c["x0"]) + 0.1 if c["text"].isspace() else (float(c["x0"]) + float(c["x1"])) / 2
    return x, (float(c["top"]) + float(c["bottom"])) / 2


def _to_cell(table: TableItem, c: Mapping[str, Any]) -> None:
    cx, cy = _anchor(c)
    col = bisect.bisect_right(table.xs, cx) - 1
    row = bisect.bisect_right(table.ys, cy) - 1
    index = table.slots.get((row, col))
    if index is not None:
        table.chars[index].append(c)
