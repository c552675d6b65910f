"""HWPX paragraph numbering: header.xml's hh:numbering, hh:bullet and hh:paraPr/hh:heading, and the
running numbers of one document (see converters/numbering.py for how Hancom counts).

A paragraph's paraPr names a heading type (OUTLINE, NUMBER, BULLET), a 0-based level and a
definition (idRef); outline paragraphs use the numbering their section names
(hp:secPr/@outlineShapeIDRef). A numbering holds one hh:paraHead per level: the pattern as text
("^1."), its number shape (numFormat) and start. A bullet has its character, and a second one drawn
when the paragraph is a checked item (paraPr/@checked).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from ..numbering import Counters, Level, Numbering, bullet_text, count_attr
from ..numformat import style_code
from .xmlsafe import local


@dataclass(frozen=True, slots=True)
class ShapeHead:
    """What a paragraph shape (paraPr) draws in front of its paragraphs."""

    head: str  # OUTLINE, NUMBER or BULLET
    ref: str  # hh:numbering or hh:bullet id; "0" for outline = the section's
    level: int  # 0-based
    checked: bool = False


@dataclass(slots=True)
class HwpxHeads:
    """A document's numbering definitions, bullets and paraPr heads, and its counters."""

    shapes: dict[str, ShapeHead] = field(default_factory=dict)
    numberings: dict[str, Numbering] = field(default_factory=dict)
    bullets: dict[str, tuple[str, str]] = field(default_factory=dict)  # id -> (char, checked char)
    counters: Counters = field(default_factory=Counters)

    def prefix(self, para_pr: str | None, outline: str) -> str:
        """The prefix a paragraph with this paraPr draws ("" if none), counting it."""
        spec = self.shapes.get(para_pr or "")
        if spec is None:
            return ""
        if spec.head == "BULLET":
            char, checked = self.bullets.get(spec.ref, ("", ""))
            return bullet_text(checked if spec.checked and checked else char)
        ref = outline if spec.head == "OUTLINE" and spec.ref in ("", "0") else spec.ref
        numbering = self.numberings.get(ref)
        if numbering is None:
            return ""
        return self.counters.next(ref, numbering, spec.level)


def heads_from_header(root: etree._Element | None) -> HwpxHeads:
    """The numbering tables of header.xml (empty when it is missing)."""
    heads = HwpxHeads()
    if root is None:
        return heads
    for el in root.iter():
        name = local(el.tag)
        if name == "numbering":
            heads.numberings.setdefault(el.get("id") or "", _numbering(el))
        elif name == "bullet":
            char = "" if el.get("useImage") == "1" else el.get("char") or ""
            heads.bullets.setdefault(el.get("id") or "", (char, el.get("checkedChar") or ""))
        elif name == "paraPr":
            shape = _shape_head(el)
            if shape is not None:
                heads.shapes.setdefault(el.get("id") or "", shape)
    return heads


def _numbering(el: etree._Element) -> Numbering:
    levels: dict[int, Level] = {}
    for head in el:
        if local(head.tag) != "paraHead":
            continue
        level = count_attr(head.get("level"), 0)
        if 1 <= level <= 10:
            pattern = "".join(head.itertext())
            levels.setdefault(
                level, Level(pattern, style_code(head.get("numFormat")), count_attr(head.get("start"), 1))
            )
    return Numbering.of(levels)


def _shape_head(para_pr: etree._Element) -> ShapeHead | None:
    for child in para_pr.iter():
        if local(child.tag) == "heading":
            kind = (child.get("type") or "NONE").upper()
            if kind not in ("OUTLINE", "NUMBER", "BULLET"):
                return None
            checked = para_pr.get("checked") in ("1", "true")
            return ShapeHead(kind, child.get("idRef") or "0", count_attr(child.get("level"), 0), checked)
    return None
