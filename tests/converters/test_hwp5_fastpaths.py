"""HWP 5 speed shortcuts give exactly what the plain way gives (benchmarks/hwp5.py times them).

Tables are read with a cell fast path that fills Cell slots directly and computes the table text
itself; both must equal the schema's own constructor and `table_text` on real tables (merged
cells, nested tables, archive rulings full of empty cells).
"""

from __future__ import annotations

import struct

import pytest
from conftest import needs_corpus

from gongmun.converters import Budget
from gongmun.converters.hwp5 import convert
from gongmun.converters.hwp5.body import Section, section_blocks
from gongmun.converters.hwp5.header import ParaKind
from gongmun.converters.hwp5.records import split_records
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


def _record(tag: int, level: int, payload: bytes) -> bytes:
    return struct.pack("<I", tag | level << 10 | len(payload) << 20) + payload


def _paragraph(level: int, text: str | None) -> bytes:
    """PARA_HEADER (+ PARA_TEXT when there is text) + its char-shape and line-layout records."""
    units = (text or "") + "\r"
    out = _record(66, level, struct.pack("<IIHBBHHHI", len(units), 0, 0, 0, 0, 1, 0, 1, 0))
    if text is not None:
        out += _record(67, level + 1, units.encode("utf-16-le"))
    return out + _record(68, level + 1, bytes(8)) + _record(69, level + 1, bytes(36))


def _cell(row: int, col: int, *texts: str | None) -> bytes:
    head = struct.pack("<hIHHHHH", len(texts), 0, 0, col, row, 1, 1) + bytes(18)
    return _record(72, 2, head) + b"".join(_paragraph(2, t) for t in texts)


def test_runs_of_empty_cells_end_where_a_cell_has_more() -> None:
    """Empty cells are read as runs; a cell whose empty first paragraph is followed by another
    paragraph, or that holds text, ends the run and is read in full."""
    table_char = "\x0b" + "\x00" * 6 + "\x0b"
    body = (
        _record(66, 0, struct.pack("<IIHBBHHHI", 9, 0, 0, 0, 0, 1, 0, 1, 0))
        + _record(67, 1, (table_char + "\r").encode("utf-16-le"))
        + _record(71, 1, b" lbt" + bytes(40))
        + _record(77, 2, struct.pack("<IHH", 0, 3, 3) + bytes(10))
        + _cell(0, 0, None)
        + _cell(0, 1, None)
        + _cell(0, 2, None, "둘째")
        + _cell(1, 0, None)
        + _cell(1, 1, "글")
        + _cell(1, 2, None)
        + _cell(2, 0, None)
        + _cell(2, 1, None)
    )
    recs = split_records(body, Budget())
    # (0,0)-(0,1): the third matches as far as its first paragraph, then ends the run; (1,0); (1,2)-(2,1)
    assert sorted(count for _, _, count in recs.runs.values()) == [1, 2, 3]
    (table,) = section_blocks(Section(recs, lambda shape: ParaKind("paragraph", None), Budget(), 0), set())
    assert [[(c.row, c.col, c.text) for c in row] for row in table.rows or []] == [
        [(0, 0, ""), (0, 1, ""), (0, 2, "둘째")],
        [(1, 0, ""), (1, 1, "글"), (1, 2, "")],
        [(2, 0, ""), (2, 1, "")],
    ]
