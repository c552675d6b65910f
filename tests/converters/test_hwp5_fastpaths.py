"""HWP 5 speed shortcuts give exactly what the plain way gives (benchmarks/hwp5.py times them).

Tables are read with a cell fast path that fills Cell slots directly and computes the table text
itself; both must equal the schema's own constructor and `table_text` on real tables (merged
cells, nested tables, archive rulings full of empty cells).
"""

from __future__ import annotations

import pytest
from conftest import needs_corpus

from gongmun.converters import Budget
from gongmun.converters.hwp5 import convert
from gongmun.schemas import Block, Cell, table_text

FILES = [
    ("hwp5", "hwp2hwpx__table__from.hwp"),
    ("hwp5", "hwp.js__basicsReport.hwp"),
    ("nts", "02_010000000000000615.hwp"),
    ("hwp5", "hwp2hwpx__R25BD00004367-000_제안요청서.hwp"),
]


def _tables(blocks: list[Block]) -> list[Block]:
    out: list[Block] = []
    for b in blocks:
        if b.rows is not None:
            out.append(b)
            for row in b.rows:
                for cell in row:
                    out.extend(_tables(cell.blocks))
    return out


@pytest.mark.parametrize("parts", FILES)
def test_tables_equal_the_schema_way(parts: tuple[str, str]) -> None:
    path = needs_corpus(*parts)
    tables = _tables(convert(path.read_bytes(), str(path), Budget()).blocks)
    assert tables
    lists: set[int] = set()
    for table in tables:
        assert table.rows is not None
        assert table.text == table_text(table.rows)
        for row in table.rows:
            for c in row:
                assert type(c) is Cell and c == Cell(c.text, c.row, c.col, c.row_span, c.col_span, c.blocks)
                lists.add(id(c.blocks))
    assert len(lists) == sum(len(row) for t in tables for row in t.rows or [])  # no shared lists
