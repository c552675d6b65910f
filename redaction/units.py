"""A document as analysable text: every paragraph and every table cell, laid out so context works.

Recognizers need surroundings: a name cell is only a name under a 성명 header, and a label may end
one line while its value starts the next. So blocks are analysed together, in chunks of whole
blocks, and a table is laid out as tab-separated rows of its cells (line breaks inside a plain cell
become spaces, so offsets still map one-to-one onto the cell's own text; a layout cell that holds
nested tables keeps their rows and tabs). Spans are mapped back to the
unit — block text or cell text — they fall in.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from gongmun.schemas import Block

_FLATTEN = str.maketrans({"\n": " ", "\t": " ", "\r": " "})


@dataclass(slots=True)
class Unit:
    """One piece of redactable text and where it lives (block index, flat cell index)."""

    text: str
    block: int
    cell: int | None
    write: Callable[[str], None]
    flatten: bool = False


@dataclass(slots=True)
class Chunk:
    text: str
    units: list[Unit]
    starts: list[int]

    def locate(self, start: int, end: int) -> Iterator[tuple[Unit, int, int]]:
        """(unit, local start, local end) for each unit a chunk span overlaps."""
        index = max(0, bisect_right(self.starts, start) - 1)
        while index < len(self.units) and self.starts[index] < end:
            unit = self.units[index]
            lo = max(start, self.starts[index]) - self.starts[index]
            hi = min(end, self.starts[index] + len(unit.text)) - self.starts[index]
            if hi > lo:
                yield unit, lo, hi
            index += 1


def block_layout(block: Block, index: int) -> list[tuple[Unit, str]]:
    """(unit, separator placed before it) for one block; tables give one unit per cell."""
    if block.rows is None:
        return [(Unit(block.text, index, None, _setter(block)), "\n")]
    out: list[tuple[Unit, str]] = []
    flat = 0
    for row in block.rows:
        for col, cell in enumerate(row):
            # a plain multi-line cell is flattened to keep the grid aligned; a layout cell holding
            # nested tables keeps its own rows and tabs, which are the structure worth seeing
            nested = any(b.kind == "table" for b in cell.blocks)
            unit = Unit(cell.text, index, flat, _setter(cell), flatten=not nested)
            out.append((unit, "\n" if col == 0 else "\t"))
            flat += 1
    return out


def _setter(target: object) -> Callable[[str], None]:
    def write(value: str) -> None:
        target.text = value  # type: ignore[attr-defined]

    return write


def chunks(blocks: list[tuple[int, Block]], size: int = 20_000) -> Iterator[Chunk]:
    """Consecutive blocks packed into chunks of about `size` characters (a block is never split)."""
    parts: list[str] = []
    units: list[Unit] = []
    starts: list[int] = []
    length = 0
    for index, block in blocks:
        layout = block_layout(block, index)
        if units and length + sum(len(u.text) + 1 for u, _ in layout) > size:
            yield Chunk("".join(parts), units, starts)
            parts, units, starts, length = [], [], [], 0
        for unit, sep in layout:
            if units:
                parts.append(sep)
                length += 1
            starts.append(length)
            units.append(unit)
            flat = unit.text.translate(_FLATTEN) if unit.flatten else unit.text
            parts.append(flat)
            length += len(flat)
    if units:
        yield Chunk("".join(parts), units, starts)
