"""Ruling lines -> tables: connected borders, their grid, and cells merged where a border is missing.

Korean public-sector tables are often open at the sides (no left or right border) and merge cells
freely. Finding cells as closed rectangles (pdfplumber's way) loses every cell that lacks one of its
four borders, and the text inside it with it. Here a table is a set of rulings that touch each
other; its grid is every distinct border position plus the ends of the rulings (which close an open
side); two neighbouring grid slots are one cell unless a ruling separates them. Every slot belongs to
a cell, so every glyph inside the table's outline lands in a cell.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Sequence

from .drawing import Ruling
from .tables import TableItem

SNAP = 2.0  # border positions this close are one line (double rules, shading inset by half a stroke)
REACH = 2.0  # a ruling ending this short of another still meets it
MIN_COVER = 0.5  # a border must run along at least half of a slot's side to separate two cells
MIN_CELL = 6.0  # points: a cell narrower or lower than this cannot hold a character
SLIVER = 0.03  # … nor, as a table's only other cell, one this thin beside the frame (a scan's edge)
MAX_RULINGS = 4000  # more lines one way on one page is hatching or a chart grid, not a table
MAX_SLOTS = 40_000  # a grid finer than this (200 x 200) is a drawing; its text stays in the flow


class _Sets:
    """Union-find over integers."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def find_tables(rulings: Sequence[Ruling]) -> list[TableItem]:
    """Tables of at least two cells, none inside another (see `_nested`)."""
    hs = merge([r for r in rulings if r.horizontal])
    vs = merge([r for r in rulings if not r.horizontal])
    if len(hs) > MAX_RULINGS or len(vs) > MAX_RULINGS:
        return []
    tables = [t for t in (_table(h, v) for h, v in _components(hs, vs)) if t is not None]
    return [t for t in tables if not _nested(t, tables)]


def _nested(t: TableItem, tables: list[TableItem]) -> bool:
    """Of two tables one inside the other, the one with fewer cells gives way: a small table in a
    form's cell becomes that cell's text, and a framed box drawn around a data table (a title bar over
    a page-sized frame) lets the table through, its own text flowing around it."""
    for o in tables:
        if o is t:
            continue
        if _inside(t, o) and len(o.cells) >= len(t.cells):
            return True
        if _inside(o, t) and len(o.cells) > len(t.cells):
            return True
    return False


def merge(rulings: list[Ruling]) -> list[Ruling]:
    """Collinear rulings that overlap or nearly touch become one (a border drawn cell by cell)."""
    out: list[Ruling] = []
    for line in _snap(rulings):
        line.sort(key=lambda r: r.start)
        at = sum(r.at for r in line) / len(line)
        current = Ruling(line[0].horizontal, at, line[0].start, line[0].end)
        for r in line[1:]:
            if r.start <= current.end + REACH:
                current.end = max(current.end, r.end)
            else:
                out.append(current)
                current = Ruling(r.horizontal, at, r.start, r.end)
        out.append(current)
    return out


def _snap(rulings: list[Ruling]) -> list[list[Ruling]]:
    groups: list[list[Ruling]] = []
    for r in sorted(rulings, key=lambda r: r.at):
        if groups and r.at - groups[-1][0].at <= SNAP:
            groups[-1].append(r)
        else:
            groups.append([r])
    return groups


def _components(hs: list[Ruling], vs: list[Ruling]) -> list[tuple[list[Ruling], list[Ruling]]]:
    """Groups of rulings connected by crossings or touching ends."""
    sets = _Sets(len(hs) + len(vs))
    order = sorted(range(len(vs)), key=lambda j: vs[j].at)
    xs = [vs[j].at for j in order]
    for i, h in enumerate(hs):
        lo = bisect.bisect_left(xs, h.start - REACH)
        hi = bisect.bisect_right(xs, h.end + REACH)
        for j in order[lo:hi]:
            v = vs[j]
            if v.start - REACH <= h.at <= v.end + REACH:
                sets.union(i, len(hs) + j)
    groups: dict[int, tuple[list[Ruling], list[Ruling]]] = defaultdict(lambda: ([], []))
    for i, h in enumerate(hs):
        groups[sets.find(i)][0].append(h)
    for j, v in enumerate(vs):
        groups[sets.find(len(hs) + j)][1].append(v)
    return [g for g in groups.values() if g[0] and g[1] and len(g[0]) + len(g[1]) >= 3]


def _edges(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > SNAP:
            out.append(v)
    return out


def _borders(rulings: list[Ruling], edges: list[float]) -> dict[int, list[tuple[float, float]]]:
    """Each grid line's drawn stretches."""
    out: dict[int, list[tuple[float, float]]] = defaultdict(list)
    for r in rulings:
        i = min(range(len(edges)), key=lambda k: abs(edges[k] - r.at))
        if abs(edges[i] - r.at) <= SNAP:
            out[i].append((r.start, r.end))
    return out


def _covered(stretches: list[tuple[float, float]], lo: float, hi: float) -> bool:
    drawn = sum(max(0.0, min(b, hi) - max(a, lo)) for a, b in stretches)
    return drawn >= MIN_COVER * (hi - lo)


def _table(hs: list[Ruling], vs: list[Ruling]) -> TableItem | None:
    xs = _edges([v.at for v in vs] + [min(h.start for h in hs), max(h.end for h in hs)])
    ys = _edges([h.at for h in hs] + [min(v.start for v in vs), max(v.end for v in vs)])
    rows, cols = len(ys) - 1, len(xs) - 1
    if rows < 1 or cols < 1 or not 2 <= rows * cols <= MAX_SLOTS:
        return None
    vertical, horizontal = _borders(vs, xs), _borders(hs, ys)
    sets = _Sets(rows * cols)
    for r in range(rows):
        for c in range(cols):
            if c + 1 < cols and not _covered(vertical.get(c + 1, []), ys[r], ys[r + 1]):
                sets.union(r * cols + c, r * cols + c + 1)
            if r + 1 < rows and not _covered(horizontal.get(r + 1, []), xs[c], xs[c + 1]):
                sets.union(r * cols + c, (r + 1) * cols + c)
    return _cells(xs, ys, sets)


def _cells(xs: list[float], ys: list[float], sets: _Sets) -> TableItem | None:
    cols = len(xs) - 1
    regions: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for index in range(len(sets.parent)):
        regions[sets.find(index)].append(divmod(index, cols))
    # a framed box (a page border, a scan's edge drawn beside it) is no table: its text stays in the
    # flow. Slivers too narrow or too low for a character do not make it one.
    # (a sliver beside the frame is thin against the whole box, in a box of one row or one column)
    rows = len(ys) - 1
    min_w = max(MIN_CELL, SLIVER * (xs[-1] - xs[0])) if rows == 1 else MIN_CELL
    min_h = max(MIN_CELL, SLIVER * (ys[-1] - ys[0])) if cols == 1 else MIN_CELL
    roomy = [
        m
        for m in regions.values()
        if xs[max(c for _, c in m) + 1] - xs[min(c for _, c in m)] >= min_w
        and ys[max(r for r, _ in m) + 1] - ys[min(r for r, _ in m)] >= min_h
    ]
    if len(roomy) < 2:
        return None
    cells: list[tuple[int, int, int, int]] = []
    slots: dict[tuple[int, int], int] = {}
    for members in sorted(regions.values()):
        r0, r1 = min(r for r, _ in members), max(r for r, _ in members)
        c0, c1 = min(c for _, c in members), max(c for _, c in members)
        for member in members:
            slots[member] = len(cells)
        cells.append((r0, c0, r1 - r0 + 1, c1 - c0 + 1))
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


def _inside(inner: TableItem, outer: TableItem) -> bool:
    area = (inner.x1 - inner.x0) * (inner.bottom - inner.top)
    return area < (outer.x1 - outer.x0) * (outer.bottom - outer.top) and (
        outer.x0 - SNAP <= inner.x0
        and inner.x1 <= outer.x1 + SNAP
        and outer.top - SNAP <= inner.top
        and inner.bottom <= outer.bottom + SNAP
    )
