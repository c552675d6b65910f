"""HWP 5 paragraph numbering: DocInfo's numbering, bullet and paragraph-shape tables, and the
running numbers of one document (see converters/numbering.py for how Hancom counts).

Layouts (spec tables 38-44, checked against Hancom-saved files and their HWPX twins): a numbering
record is 7 levels of [12-byte paragraph head: UINT32 attributes (bits 5-8 the number shape),
two HWPUNIT16, UINT32 character shape; WORD length; the level's pattern], a UINT16 start, then
(5.0.2.5 on) 7 UINT32 per-level starts; a bullet is the same 12-byte head and its character; a
paragraph shape says head type (bits 23-24: 1 outline, 2 number, 3 bullet), level (bits 25-27) and,
at offset 30, the numbering or bullet id (1-based). Outline paragraphs use the numbering their
section names (section definition, offset 14 after the control id).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

from ..numbering import Counters, Level, Numbering, bullet_text
from .records import CTRL_HEADER, PARA_SHAPE, Records

NUMBERING, BULLET = 0x10 + 7, 0x10 + 8
OUTLINE, NUMBER, BULLETED = 1, 2, 3
_U16 = struct.Struct("<H")
_U32 = struct.Struct("<I")
_HEAD = 12  # paragraph head info: UINT32, HWPUNIT16, HWPUNIT16, UINT32
_LEVEL_STARTS = (5, 0, 2, 5)  # the version that added per-level start numbers


@dataclass(frozen=True, slots=True)
class ShapeHead:
    """What a paragraph shape draws in front of its paragraphs."""

    head: int  # OUTLINE, NUMBER or BULLETED
    level: int  # 0-based
    ref: int  # numbering or bullet id, 1-based; outline shapes use their section's


@dataclass(slots=True)
class ParaHeads:
    """A document's numbering definitions, bullets and paragraph-shape heads, and its counters."""

    shapes: list[ShapeHead | None] = field(default_factory=list)
    numberings: list[Numbering] = field(default_factory=list)
    bullets: list[str] = field(default_factory=list)
    counters: Counters = field(default_factory=Counters)
    drawn: bytes = b""  # per paragraph shape id: 1 if it draws a number or bullet (fast checks)
    used: bool = False  # whether any paragraph was given a prefix

    def __post_init__(self) -> None:
        self.drawn = bytes(spec is not None for spec in self.shapes)

    def prefix(self, shape: int, outline: int) -> str:
        """The prefix a paragraph of shape `shape` draws ("" if none), counting it; `outline` is the
        numbering id its section gives outline paragraphs."""
        spec = self.shapes[shape] if 0 <= shape < len(self.shapes) else None
        if spec is None:
            return ""
        if spec.head == BULLETED:
            ref = spec.ref - 1
            prefix = self.bullets[ref] if 0 <= ref < len(self.bullets) else bullet_text("")
        else:
            ref = (outline if spec.head == OUTLINE else spec.ref) - 1
            if not 0 <= ref < len(self.numberings):
                return ""
            prefix = self.counters.next(ref, self.numberings[ref], spec.level)
        self.used = self.used or bool(prefix)
        return prefix


def para_heads(buf: bytes, tags: list[int], starts: list[int], ends: list[int], version: str) -> ParaHeads:
    """The numbering tables of a decoded DocInfo stream whose records are (tags, starts, ends)."""
    levels_start = _version(version) >= _LEVEL_STARTS
    return ParaHeads(
        shapes=[_shape_head(buf, starts[i], ends[i]) for i in _table(tags, PARA_SHAPE)],
        numberings=[_numbering(buf[starts[i] : ends[i]], levels_start) for i in _table(tags, NUMBERING)],
        bullets=[_bullet(buf[starts[i] : ends[i]]) for i in _table(tags, BULLET)],
    )


def _table(tags: list[int], tag: int) -> range:
    """Record indexes of one DocInfo table: a contiguous run of its tag (ids count from its start,
    as header.paragraph_kinds counts paragraph shapes)."""
    try:
        first = tags.index(tag)
    except ValueError:
        return range(0)
    last = first
    while last < len(tags) and tags[last] == tag:
        last += 1
    return range(first, last)


def _numbering(data: bytes, levels_start: bool) -> Numbering:
    """Seven levels of (head info, pattern); a record cut short keeps the levels it has."""
    patterns: list[tuple[str, int]] = []
    pos, n = 0, len(data)
    for _ in range(7):
        if pos + _HEAD + 2 > n:
            break
        style = (_U32.unpack_from(data, pos)[0] >> 5) & 0xF
        (length,) = _U16.unpack_from(data, pos + _HEAD)
        pos += _HEAD + 2
        raw = data[pos : pos + 2 * length]
        pos += 2 * length
        patterns.append((raw[: len(raw) // 2 * 2].decode("utf-16-le", "replace"), style))
    starts = [1] * len(patterns)
    if levels_start and pos + 2 + 4 * len(patterns) <= n:
        starts = [_U32.unpack_from(data, pos + 2 + 4 * i)[0] for i in range(len(patterns))]
        starts = [s if s < 1 << 16 else 1 for s in starts]
    return Numbering(tuple(Level(p, style, s) for (p, style), s in zip(patterns, starts, strict=True)))


def _bullet(data: bytes) -> str:
    """The bullet character after the head info; an image bullet (a picture id follows) is drawn
    as a plain bullet."""
    if len(data) < _HEAD + 2:
        return bullet_text("")
    char = data[_HEAD : _HEAD + 2].decode("utf-16-le", "replace")
    if len(data) >= _HEAD + 6 and _U32.unpack_from(data, _HEAD + 2)[0]:
        return bullet_text("")
    return bullet_text(char)


def _shape_head(buf: bytes, start: int, end: int) -> ShapeHead | None:
    if end - start < 32:
        return None
    attr = _U32.unpack_from(buf, start)[0]
    head = (attr >> 23) & 3
    if not head:
        return None
    return ShapeHead(head, (attr >> 25) & 7, _U16.unpack_from(buf, start + 30)[0])


def paragraph_prefix(recs: Records, numbers: ParaHeads, outline: int, para: int) -> str:
    """The number or bullet the paragraph whose PARA_HEADER is record `para` draws, counted (also
    when it is empty, as Hancom counts it); "" for the many paragraphs that draw none."""
    start = recs.starts[para]
    if recs.ends[para] - start < 10:
        return ""
    shape: int = _U16.unpack_from(recs.buf, start + 8)[0]
    if shape >= len(numbers.drawn) or not numbers.drawn[shape]:
        return ""
    return numbers.prefix(shape, outline)


def draws(drawn: bytes, buf: bytes, start: int, end: int) -> bool:
    """Whether the paragraph whose PARA_HEADER data is buf[start:end] has a numbered shape."""
    if end - start < 10:
        return False
    shape: int = _U16.unpack_from(buf, start + 8)[0]
    return shape < len(drawn) and drawn[shape] != 0


def outline_of(recs: Records) -> int:
    """The outline numbering id of a section: its definition control ('secd') sits in the first
    paragraph, among the first few records."""
    for k in range(min(len(recs), 64)):
        if recs.tags[k] == CTRL_HEADER and recs.buf[recs.starts[k] : recs.starts[k] + 4] == b"dces":
            return section_outline(recs.data(k))
    return 0


def section_outline(data: bytes) -> int:
    """The outline numbering id of a section definition control ('secd' CTRL_HEADER data)."""
    return _U16.unpack_from(data, 18)[0] if len(data) >= 20 else 0


def _version(version: str) -> tuple[int, ...]:
    try:
        return tuple(int(part) for part in version.split("."))
    except ValueError:
        return (5, 0, 0, 0)
