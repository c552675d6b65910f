"""Table cells (in file order) -> rows of a grid."""

from __future__ import annotations

from operator import attrgetter

from gongmun.schemas import Cell, table_text

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


def grid_text(rows: list[list[Cell]]) -> str:
    """`schemas.table_text(rows)`, computed faster for the usual grid of mostly empty cells: rows
    without text are skipped before any joining. tests/converters/test_hwp5_features.py checks
    that both agree on every table of the feature files."""
    if rows and all(len(row) == 1 for row in rows):
        return table_text(rows)
    lines: list[str] = []
    for row in rows:
        texts = [c.text for c in row]
        if any(texts):
            line = "\t".join([" ".join(t.split()) if t else "" for t in texts])
            if line.strip():
                lines.append(line)
    return "\n".join(lines)


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
