"""HWPML paragraph numbering: HEAD's NUMBERINGLIST, BULLETLIST and PARASHAPE headings, read into the
same heads and counters the HWPX reader uses (see converters/numbering.py for how Hancom counts).

A PARASHAPE names a HeadingType (Outline, Number, Bullet), a 0-based Level and the definition it
draws from (Heading, the NUMBERING or BULLET Id); outline paragraphs use the numbering their section
names (SECDEF/@OutlineShape). A NUMBERING holds one PARAHEAD per level: the pattern as its text
("^1."), its number shape (NumFormat, spelt "HangulSyllable" where OWPML writes HANGUL_SYLLABLE) and
its start. A BULLET has its character (Char).
"""

from __future__ import annotations

import re

from lxml import etree

from ..hwpx.numbering import HwpxHeads, ShapeHead
from ..hwpx.xmlsafe import local
from ..numbering import Level, Numbering, count_attr
from ..numformat import style_code

_HEADS = ("OUTLINE", "NUMBER", "BULLET")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def heads_from_head(head: etree._Element | None) -> HwpxHeads:
    """The numbering tables of HEAD (empty when it has none)."""
    heads = HwpxHeads()
    if head is None:
        return heads
    for el in head.iter():
        name = local(el.tag)
        if name == "NUMBERING":
            heads.numberings.setdefault(el.get("Id") or "", _numbering(el))
        elif name == "BULLET":
            heads.bullets.setdefault(el.get("Id") or "", (el.get("Char") or "", el.get("CheckedChar") or ""))
        elif name == "PARASHAPE":
            kind = (el.get("HeadingType") or "None").upper()
            if kind in _HEADS:
                shape = ShapeHead(kind, el.get("Heading") or "0", count_attr(el.get("Level"), 0))
                heads.shapes.setdefault(el.get("Id") or "", shape)
    return heads


def _numbering(el: etree._Element) -> Numbering:
    levels: dict[int, Level] = {}
    for head in el:
        if local(head.tag) != "PARAHEAD":
            continue
        level = count_attr(head.get("Level"), 0)
        if 1 <= level <= 10:
            style = style_code(_CAMEL.sub("_", head.get("NumFormat") or ""))
            levels.setdefault(level, Level("".join(head.itertext()), style, count_attr(head.get("Start"), 1)))
    return Numbering.of(levels)
