"""HWP 5 record streams: inflating, decrypting (distribution documents) and splitting into records.

A record header is one DWORD: tag (10 bits), level (10 bits), size (12 bits); size 0xFFF means the
real size follows in the next DWORD. Records are kept as parallel lists of offsets into one buffer
so parsing a section costs one small loop and no per-record objects.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass, field

from ..errors import ConversionError
from ..limits import Budget
from . import accel
from .runs import empty_cells

_U32 = struct.Struct("<I")
_MAX_DEFLATE_RATIO = 1032  # the most output one byte of deflate data can produce

# Tag ids (HWPTAG_BEGIN = 0x10).
DISTRIBUTE_DOC_DATA = 0x10 + 12
PARA_SHAPE = 0x10 + 9
STYLE = 0x10 + 10
PARA_HEADER = 0x10 + 50
PARA_TEXT = 0x10 + 51
CTRL_HEADER = 0x10 + 55
LIST_HEADER = 0x10 + 56
SHAPE_COMPONENT = 0x10 + 60
TABLE = 0x10 + 61
PICTURE = 0x10 + 69  # SHAPE_COMPONENT_PICTURE
CTRL_DATA = 0x10 + 71
EQEDIT = 0x10 + 72
MEMO_LIST = 0x10 + 77
TEXTART = 0x10 + 74
FORM_OBJECT = 0x10 + 75


@dataclass(slots=True)
class Records:
    """One stream's records: tag, level and data span [start, end) in `buf`."""

    buf: bytes
    tags: list[int] = field(default_factory=list)
    levels: list[int] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    truncated: bool = False
    # The levels as one character each, so a subtree's end or a paragraph's direct children are
    # found by C-speed string searches rather than a Python loop over a large table's records.
    level_text: str = ""
    # Runs of empty table cells kept as their first LIST_HEADER only (see runs.py): record index ->
    # (header offset of the first cell, bytes per cell, number of cells).
    runs: dict[int, tuple[int, int, int]] = field(default_factory=dict)
    # Whether paragraphs draw a number or bullet, from their line layout (PARA_LINE_SEG, dropped
    # while splitting): 0 no layout seen (unknown), 1 none does, 2 some paragraph does. Lets the
    # body skip numbering, and DocInfo, for the many documents that number nothing.
    heads: int = 0

    def __len__(self) -> int:
        return len(self.tags)

    def data(self, i: int) -> bytes:
        return self.buf[self.starts[i] : self.ends[i]]


# Leaf records the text never needs (character shapes, line layout, range tags, page/footnote
# shapes, page borders): dropped while splitting, they are two thirds of a typical section.
PARA_LINE_SEG = 0x10 + 53
_DROP = frozenset((0x10 + 52, PARA_LINE_SEG, 0x10 + 54, 0x10 + 57, 0x10 + 58, 0x10 + 59))
# Per tag: 0 dropped, 1 kept, 2 kept and may start a run of empty cells, 3 kept and opens a table,
# 4 dropped after a look (a line layout: does its paragraph draw a number or bullet?).
_KEEP = [
    4
    if tag == PARA_LINE_SEG
    else 0
    if tag in _DROP
    else 2
    if tag == LIST_HEADER
    else 3
    if tag == TABLE
    else 1
    for tag in range(1024)
]
# The first line segment's tag (offset 32 of a PARA_LINE_SEG), bit 21: "paragraph head drawn".
_HEAD_BYTE, _HEAD_BIT, _SEGMENT = 34, 0x20, 36
_KEEP_BYTES = bytes(_KEEP)


def split_records(buf: bytes, budget: Budget) -> Records:
    """Split a decoded stream into records; a record running past the end is cut and flagged.
    Leaf records listed in _DROP are counted but not kept; a run of empty table cells is kept as
    its first LIST_HEADER plus an entry in `runs`. Uses the compiled walk when it was built."""
    split = accel.split
    if split is None:
        return split_records_python(buf, budget)
    cap = budget.limits.max_records - budget.records
    tags, levels, starts, ends, level_text, runs, count, truncated, heads = split(buf, _KEEP_BYTES, cap)
    budget.add_records(count)
    return Records(buf, tags, levels, starts, ends, truncated, level_text, runs, heads)


def split_records_python(buf: bytes, budget: Budget) -> Records:
    """The record walk in pure Python (the fallback, and the reference the compiled walk is
    tested against).

    This loop runs once per record (hundreds per small file), so it does the least per turn; only
    the last record can run past the end, so that is checked once after the loop."""
    recs = Records(buf)
    heads: list[int] = []
    starts: list[int] = []
    ends: list[int] = []
    head_add, start_add, end_add = heads.append, starts.append, ends.append
    unpack = _U32.unpack_from
    keep = _KEEP
    runs = recs.runs
    n = len(buf)
    last = n - 4  # a header must start at or before this offset
    cap = budget.limits.max_records - budget.records
    pos = count = drawn = 0
    cells_at = -1  # level of the cells of the table being read (its TABLE record's level)
    cells_from = 0  # kept records from here on must stay at or below that level
    while pos <= last:
        (head,) = unpack(buf, pos)
        pos += 4
        size = head >> 20
        count += 1
        if size == 0xFFF:
            if pos > last:
                recs.truncated = True
                count -= 1
                pos = n
                break
            (size,) = unpack(buf, pos)
            pos += 4
        kind = keep[head & 0x3FF]
        if kind == 4:
            if drawn < 2:
                drawn = (
                    2 if size >= _SEGMENT and pos + _SEGMENT <= n and buf[pos + _HEAD_BYTE] & _HEAD_BIT else 1
                )
        elif kind:
            head_add(head)
            start_add(pos)
            end_add(pos + size)
            if kind > 1:
                if kind == 3:
                    cells_at, cells_from = (head >> 10) & 0x3FF, len(heads)
                elif 16 <= size < 0xFFF and head >> 20 == size and (head >> 10) & 0x3FF == cells_at:
                    index = len(heads) - 1
                    if (
                        cells_from < index
                        and min([h & 0xFFC00 for h in heads[cells_from:index]]) < head & 0xFFC00
                    ):
                        cells_at = -1  # the table ended (a shallower record) before this list
                    else:
                        cells_from = index
                        group, cells = empty_cells(buf, pos - 4, head, keep)
                        if cells:
                            runs[index] = (pos - 4, group, cells)
                            pos += group * cells - 4
                            count += 4 * cells - 1
                            if count > cap:
                                break
                            continue
        pos += size
        if count > cap:
            break
    budget.add_records(count)
    if pos > n:
        recs.truncated = True
        if ends and ends[-1] > n:
            ends[-1] = n
    elif 0 < n - pos < 4:
        recs.truncated = True
    recs.starts, recs.ends, recs.heads = starts, ends, drawn
    # Tags and levels in two C-speed comprehensions rather than two appends per record.
    recs.tags = [h & 0x3FF for h in heads]
    recs.levels = levels = [(h >> 10) & 0x3FF for h in heads]
    recs.level_text = "".join(map(chr, levels))
    return recs


_KEEP_ALL = bytes([1]) * 1024


def all_records(buf: bytes) -> tuple[list[int], list[int], list[int]]:
    """Tags and data spans of every record of a small stream (DocInfo), nothing dropped."""
    if accel.split is not None:
        tags, _levels, starts, ends, *_ = accel.split(buf, _KEEP_ALL, 1 << 40)
        return tags, starts, ends
    tags, starts, ends = [], [], []
    unpack = _U32.unpack_from
    pos, n = 0, len(buf)
    while pos + 4 <= n:
        (head,) = unpack(buf, pos)
        size = head >> 20
        pos += 4
        if size == 0xFFF:
            if pos + 4 > n:
                break
            (size,) = unpack(buf, pos)
            pos += 4
        tags.append(head & 0x3FF)
        starts.append(pos)
        ends.append(min(pos + size, n))
        pos += size
    return tags, starts, ends


def inflate(raw: bytes, budget: Budget) -> tuple[bytes, bool]:
    """Raw-deflate `raw` within the per-stream cap. Returns (bytes, complete)."""
    cap = budget.limits.max_stream_bytes
    if len(raw) * _MAX_DEFLATE_RATIO <= cap:
        # Deflate cannot expand past ~1032:1, so this input cannot break the cap: the one-shot
        # call is cheaper; it only succeeds on a complete stream (else the careful path below).
        try:
            out = zlib.decompress(raw, -15)
        except zlib.error:
            pass
        else:
            budget.add_inflated(len(out))
            return out, True
    obj = zlib.decompressobj(-15)
    try:
        out = obj.decompress(raw, cap + 1)
    except zlib.error:
        # Corrupt deflate data: keep nothing rather than guess; the caller warns.
        return b"", False
    if len(out) > cap:
        budget.add_inflated(len(out))  # raises too_large
    budget.add_inflated(len(out))
    return out, obj.eof


def _msvc_rand(seed: int) -> tuple[int, int]:
    seed = (seed * 214013 + 2531011) & 0xFFFFFFFF
    return seed, (seed >> 16) & 0x7FFF


def distribution_key(doc_data: bytes) -> bytes:
    """AES-128 key of a distribution document from its 256-byte HWPTAG_DISTRIBUTE_DOC_DATA.

    The spec: seed the MSVC rand() with the first 4 bytes, fill a 256-byte mask with runs
    (value = odd call & 0xFF, repeat = (even call & 0xF) + 1), XOR it over the data; the key is the
    first 16 bytes at offset 4 + (seed & 0xF)."""
    if len(doc_data) < 256:
        raise ConversionError("corrupt", "distribution document data record is too short")
    (seed,) = _U32.unpack_from(doc_data, 0)
    mask = bytearray()
    state = seed
    while len(mask) < 256:
        state, value = _msvc_rand(state)
        state, count = _msvc_rand(state)
        mask.extend(bytes([value & 0xFF]) * ((count & 0xF) + 1))
    merged = bytes(a ^ b for a, b in zip(doc_data[:256], mask[:256], strict=True))
    off = 4 + (seed & 0xF)
    return merged[off : off + 16]


def decrypt_view_text(raw: bytes) -> bytes:
    """Body of a ViewText/SectionN stream: the leading distribution record gives the key, the rest
    is AES-128-ECB ciphertext (of the possibly compressed section)."""
    if len(raw) < 4:
        raise ConversionError("corrupt", "distribution section is empty")
    (head,) = _U32.unpack_from(raw, 0)
    size, pos = head >> 20, 4
    if size == 0xFFF:
        (size,) = _U32.unpack_from(raw, 4)
        pos = 8
    if head & 0x3FF != DISTRIBUTE_DOC_DATA or size < 256:
        raise ConversionError("corrupt", "distribution section does not start with its key record")
    key = distribution_key(raw[pos : pos + 256])
    body = raw[pos + size :]
    body = body[: len(body) // 16 * 16]
    from Crypto.Cipher import AES

    return bytes(AES.new(key, AES.MODE_ECB).decrypt(body))
