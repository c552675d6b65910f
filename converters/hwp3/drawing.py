"""HWP 3 drawings (picture type 3): the text inside drawing objects.

A drawing is a header block, then a linked tree of objects. Each object has a common header
(88 bytes plus optional rotation, gradation, bitmap and watermark parts; a shape used as a text box
carries a paragraph list right there) and a type-specific tail (text-box objects carry a paragraph
list too). Sizes are explicit, so unused parts are skipped; what parses before any damage is kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from gongmun.schemas import Block

from .reader import BadSpecial, Reader, Truncated

if TYPE_CHECKING:
    from .body import Body

_AS_TEXTBOX, _ROTATION, _GRADATION, _BITMAP, _WATERMARK = 0x80000, 0x20000, 0x10000, 0x40000, 0x100000
_HAS_NEXT, _HAS_CHILD = 1, 2


def drawing_text(body: Body, data: bytes, depth: int) -> list[Block]:
    """Text boxes of one drawing, in object order."""
    r = Reader(data)
    out: list[Block] = []
    try:
        r.skip(r.u32())
        _objects(body, r, out, depth)
    except (Truncated, BadSpecial):
        pass
    for block in out:
        if block.kind == "paragraph":
            block.kind = "textbox"
    return out


def _objects(body: Body, r: Reader, out: list[Block], depth: int) -> None:
    body.budget.depth(depth)
    while True:
        body.budget.add_records()
        size = r.u32()
        start = r.pos
        obj_type = r.u16()
        link = r.u16()
        r.skip(40 + 40)  # offsets, extent, visible rect; then 10 property dwords before the flags
        flag = r.u32()
        used = 88
        for bit, extra in ((_ROTATION, 32), (_GRADATION, 28), (_BITMAP, 278)):
            if flag & bit and size >= used + extra:
                r.skip(extra)
                used += extra
        if flag & _WATERMARK and size >= used + 3:
            r.skip(5 if size - used >= 5 else 3)
            used += 5
        if flag & _AS_TEXTBOX and size > used:
            r.skip(8)
            out.extend(body.para_list(r, depth + 1))
        elif size >= used:
            r.pos = start + size  # skip what this reader does not use
        _object_tail(body, r, obj_type, out, depth)
        if link & _HAS_CHILD:
            _objects(body, r, out, depth + 1)
        if not link & _HAS_NEXT:
            return


def _object_tail(body: Body, r: Reader, obj_type: int, out: list[Block], depth: int) -> None:
    if obj_type in (1, 4):  # line, arc: a sized flip field (a line then one more sized block)
        r.skip(r.u32())
        if obj_type == 1:
            r.skip(r.u32())
    elif obj_type in (5, 7, 10):  # free forms: sized count, sized point array
        r.skip(r.u32())
        r.skip(r.u32())
    elif obj_type == 6:  # text box: a sized block, a size field, then a paragraph list
        r.skip(r.u32())
        r.u32()
        out.extend(body.para_list(r, depth + 1))
    elif obj_type == 8:  # ellipse with radials
        r.skip(r.u32())
        r.u32()
    else:  # container, rectangle, ellipse, arc2, unknown: two sized private blocks
        r.skip(r.u32())
        r.skip(r.u32())
