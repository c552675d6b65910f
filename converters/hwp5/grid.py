"""Table cells (in file order) -> rows of a grid."""

from __future__ import annotations

from operator import attrgetter

from gongmun.schemas import Cell

_BY_COL = attrgetter("col")


def grid(cells: list[Cell], n_rows: int) -> list[list[Cell]]:
    """Rows in order, each row's cells by column. Cells are row-major in the file, so they are
    grouped as they come; anything else is sorted."""
    rows: list[list[Cell]] = []
    last_row, last_col = -1, -1
    for c in cells:
        if c.row != last_row:
            if c.row < last_row:
                break
            rows.append([c])
            last_row, last_col = c.row, c.col
        elif c.col > last_col:
            rows[-1].append(c)
            last_col = c.col
        else:
            break
    else:
        return rows
    return _sorted_grid(cells, n_rows)


def _sorted_grid(cells: list[Cell], n_rows: int) -> list[list[Cell]]:
    height = min(max([n_rows, *(c.row + 1 for c in cells)]), 65536)
    rows: list[list[Cell]] = [[] for _ in range(height)]
    last = height - 1
    for c in cells:
        rows[c.row if c.row < last else last].append(c)
    for r in rows:
        if len(r) > 1:
            r.sort(key=_BY_COL)
    return [r for r in rows if r]
