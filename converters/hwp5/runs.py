"""Runs of empty table cells, matched in one regex call instead of four Python steps per cell.

Archive documents are mostly one large layout table whose cells are empty: each such cell is the
same four records (LIST_HEADER, an empty PARA_HEADER, its PARA_CHAR_SHAPE and PARA_LINE_SEG),
with the same headers, in a row. Once the first cell of a run is read, a regex of exactly those
four headers and data lengths follows the record chain through the rest of the run in C; the
splitter then keeps one record for the whole run and the table reader makes its cells from the
fixed stride. The regex only accepts the exact header values, so it walks the chain exactly as
the record-by-record loop would.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Callable

_U32 = struct.Struct("<I")
PARA_HEADER, PARA_CHAR_SHAPE, PARA_LINE_SEG = 0x10 + 50, 0x10 + 52, 0x10 + 53
_LIMIT = 256  # compiled patterns kept (one per distinct cell shape seen; archives reuse a few)
_PATTERNS: dict[tuple[int, ...], Callable[[bytes, int], re.Match[bytes] | None]] = {}


_Match = Callable[[bytes, int], "re.Match[bytes] | None"]
# The pattern (and bytes per cell) that last matched after a given LIST_HEADER header: in a table
# the empty cells share it, so a cell with text costs one failed match and no Python peeking.
_BY_HEAD: dict[int, tuple[_Match, int]] = {}


def _pattern(heads: tuple[int, ...]) -> _Match:
    match = _PATTERNS.get(heads)
    if match is None:
        group = b"".join(re.escape(_U32.pack(h)) + b".{%d}" % (h >> 20) for h in heads)
        match = re.compile(b"(?:" + group + b")+", re.DOTALL).match
        if len(_PATTERNS) >= _LIMIT:
            _PATTERNS.clear()
            _BY_HEAD.clear()
        _PATTERNS[heads] = match
    return match


def empty_cells(buf: bytes, at: int, head: int, keep: list[int]) -> tuple[int, int]:
    """(bytes per cell, number of cells) of the run of empty single-paragraph cells whose first
    LIST_HEADER (header `head`, size >= 16) starts at `at`; (0, 0) when there is none.

    The run's last cell must end where the table reader's fast path would end it: the next kept
    record (`keep` is the splitter's table) is neither deeper nor a further paragraph of it."""
    known = _BY_HEAD.get(head)
    if known is not None:
        match, group = known
    else:
        heads = _cell_heads(buf, at, head)
        if heads is None:
            return 0, 0
        match, group = _pattern(heads), sum(h >> 20 for h in heads) + 16
        _BY_HEAD[head] = (match, group)
    found = match(buf, at)
    if found is None:
        return 0, 0
    end = found.end()
    count = (end - at) // group
    if not _run_ends_cell(buf, end, (head >> 10) & 0x3FF, keep):
        count -= 1
    return group, count


def _cell_heads(buf: bytes, at: int, head: int) -> tuple[int, ...] | None:
    """The four record headers of an empty cell starting at `at`, or None if it is not one."""
    n, unpack = len(buf), _U32.unpack_from
    level = (head >> 10) & 0x3FF
    heads = [head]
    pos = at + 4 + (head >> 20)
    for want in (
        PARA_HEADER | level << 10,
        PARA_CHAR_SHAPE | (level + 1) << 10,
        PARA_LINE_SEG | (level + 1) << 10,
    ):
        if pos + 4 > n:
            return None
        (h,) = unpack(buf, pos)
        if h & 0xFFFFF != want or h >> 20 == 0xFFF:
            return None
        heads.append(h)
        pos += 4 + (h >> 20)
    return tuple(heads)


def _run_ends_cell(buf: bytes, pos: int, level: int, keep: list[int]) -> bool:
    """Whether the next kept record from `pos` leaves the cell: none left, a shallower record,
    or a same-level record that is not another paragraph (the next cell's LIST_HEADER)."""
    n, unpack = len(buf), _U32.unpack_from
    h: int
    while pos + 4 <= n:
        (h,) = unpack(buf, pos)
        size = h >> 20
        if keep[h & 0x3FF] & 3:  # 1-3 kept; 4 (a line layout) is only looked at, then dropped
            lvl = (h >> 10) & 0x3FF
            return lvl < level or (lvl == level and h & 0x3FF != PARA_HEADER)
        if size == 0xFFF:
            if pos + 8 > n:
                return True  # the splitter stops at this cut-off header: nothing follows
            (size,) = unpack(buf, pos + 4)
            pos += 4
        pos += 4 + size
    return True
