"""HWPML body -> blocks in reading order.

A paragraph (P) holds runs (TEXT); a run holds text (CHAR, with tabs and breaks as child elements)
and inline objects: tables, drawing objects with text (DRAWTEXT), equations, pictures with captions,
controls (header/footer, foot/endnotes, hidden comments) and form controls (forms.py). The block order
follows the HWPX reader (converters/hwpx/body.py) so both formats of one document give the same Document: inline
objects are emitted where they sit, splitting the paragraph's text around them; equations are drawn
inside it as LaTeX so the sentence stays whole (their captions follow it); footnotes follow the top-level paragraph that cites
them; headers, footers and hidden comments go to the end of their section, endnotes and master pages
to the end of the document, so they do not interrupt the body text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from lxml import etree

from gongmun.schemas import Block, Cell

from ..autonumber import EQUATION, FIGURE, TABLE, AutoNumbers
from ..fields import Fields
from ..hwpx.numbering import HwpxHeads
from ..hwpx.xmlsafe import local
from ..limits import Budget
from ..numbering import with_prefix
from ..numformat import style_code
from .forms import FORM_ELEMENTS, form_control

# Text-bearing children of CHAR and what they stand for (HYPEN is the spec's spelling).
_INLINE_TEXT = {"TAB": "\t", "LINEBREAK": "\n", "FWSPACE": " ", "NBSPACE": "\u00a0", "HYPEN": "-"}
_DRAWINGS = {"LINE", "RECTANGLE", "ELLIPSE", "ARC", "POLYGON", "CURVE", "CONNECTLINE", "UNKNOWNOBJECT"}
_SHAPES = _DRAWINGS | {"CONTAINER", "PICTURE", "OLE", "TEXTART"}
# Controls whose paragraph list becomes blocks of a kind of their own.
_NOTES = {
    "FOOTNOTE": "footnote",
    "ENDNOTE": "endnote",
    "HEADER": "header",
    "FOOTER": "footer",
    "HIDDENCOMMENT": "comment",
}


# HWPML AUTONUM NumberType -> the kinds whose number a caption draws
_NUMBER_TYPES = {"Figure": FIGURE, "Table": TABLE, "Equation": EQUATION}


@dataclass(slots=True)
class Walker:
    """Walks one document's sections; collects body blocks plus deferred furniture and endnotes."""

    budget: Budget
    headings: dict[str, tuple[str, int]]
    section: int = 0
    blocks: list[Block] = field(default_factory=list)
    endnotes: list[Block] = field(default_factory=list)
    master_pages: list[Block] = field(default_factory=list)
    furniture: list[Block] = field(default_factory=list)  # headers/footers/comments of this section
    notes: list[Block] = field(default_factory=list)  # footnotes of the current top-level paragraph
    after: list[Block] = field(default_factory=list)  # equation captions of the paragraph being read
    fields: Fields = field(default_factory=Fields)  # marks of the paragraph being read (equations)
    autonumbers: AutoNumbers = field(default_factory=AutoNumbers)  # 그림 1, 표 2 (caption numbers)
    heads: HwpxHeads = field(default_factory=HwpxHeads)  # numbering definitions and counters
    outline: str = "1"  # the numbering the current section gives outline paragraphs (SECDEF's default)
    pictures: Callable[[etree._Element, int], list[Block]] | None = None  # PICTURE -> scanned page text

    def top_paragraph(self, p: etree._Element) -> None:
        self.outline = _outline_ref(p) or self.outline
        self.paragraph(p, self.blocks, 0, top=True)
        self.blocks.extend(self.notes)
        self.notes.clear()

    def end_section(self) -> None:
        self.flush_section()
        self.section += 1

    def flush_section(self) -> None:
        """Emit the section's pending notes and furniture (also when the section broke off)."""
        self.blocks.extend(self.notes)
        self.notes.clear()
        self.blocks.extend(self.furniture)
        self.furniture.clear()

    def document_blocks(self) -> list[Block]:
        return self.blocks + self.endnotes + self.master_pages

    # -- paragraphs -------------------------------------------------------------------------
    def paragraph(
        self, p: etree._Element, out: list[Block], depth: int, *, top: bool = False, kind: str = ""
    ) -> None:
        self.budget.depth(depth)
        self.budget.add_records()
        para_kind, level = self._kind(p, top, kind)
        parts: list[str] = []
        # the number or bullet this paragraph draws goes in front of its first text block
        prefix = self.heads.prefix(p.get("ParaShape"), self.outline) if self.heads.shapes else ""

        def flush() -> None:
            nonlocal prefix
            text = "".join(parts)
            parts.clear()
            if text.strip():
                block = Block(para_kind, text, section=self.section, level=level)
                if prefix:
                    block.text = with_prefix(prefix, text)
                    block.attrs["numbering"] = prefix
                    prefix = ""
                block.marks = self.fields.take(text, text, len(block.text) - len(text))
                out.append(block)
            else:
                self.fields.drop()

        outer_after, self.after = self.after, []
        outer_fields, self.fields = self.fields, Fields()
        for run in p:
            if local(run.tag) == "TEXT":
                self._run(run, parts, out, depth, flush)
        flush()
        out.extend(self.after)  # after the sentence they sit in, which stays whole
        self.after, self.fields = outer_after, outer_fields

    def _kind(self, p: etree._Element, top: bool, kind: str) -> tuple[str, int | None]:
        if kind:
            return kind, None
        heading = self.headings.get(p.get("ParaShape") or "") if top else None
        if heading is None:
            return "paragraph", None
        htype, level = heading
        return ("heading" if htype == "OUTLINE" else "list_item"), level + 1

    def _run(
        self, run: etree._Element, parts: list[str], out: list[Block], depth: int, flush: Callable[[], None]
    ) -> None:
        """One TEXT run's children in document order."""
        for child in run:
            name = local(child.tag)
            if name == "CHAR":
                _char_text(child, parts)
            elif name == "TABLE":
                flush()
                self.table(child, out, depth + 1)
            elif name in _SHAPES:
                flush()
                self.shape(child, out, depth + 1)
            elif name == "EQUATION":
                script = _join_text(child, "SCRIPT").strip()
                if script:
                    self.fields.equation(parts, script)
                self.caption(child, self.after, depth + 1)
            elif name in _NOTES:
                self.control(child, _NOTES[name], depth + 1)
            elif name == "SECDEF":
                self.section_definition(child, depth + 1)
            elif name == "AUTONUM":
                parts.append(self._autonumber(child))
            elif name == "COMPOSE":
                parts.append(child.get("ComposeText") or "".join(child.itertext()))
            elif name == "DUTMAL":
                parts.append(_join_text(child, "MAINTEXT"))
            elif name in FORM_ELEMENTS:  # a caption, ☑/☐, or the text typed in it
                self.fields.control(parts, form_control(child))

    def _autonumber(self, el: etree._Element) -> str:
        """AUTONUM: a caption's number (그림 1, 표 2) as the HWPX reader draws hp:autoNum — the number
        Hancom stored, in its AUTONUMFORMAT's style and decoration."""
        fmt = first_child(el, "AUTONUMFORMAT")
        get = fmt.get if fmt is not None else el.get
        style = re.sub(
            r"(?<!^)(?=[A-Z])", "_", get("Type") or "Digit"
        ).upper()  # CircledDigit -> CIRCLED_DIGIT
        return self.autonumbers.text(
            _NUMBER_TYPES.get(el.get("NumberType") or "", 0),
            int(el.get("Number") or 0) if (el.get("Number") or "").isdigit() else 0,
            style_code(style),
            get("PrefixChar") or "",
            get("SuffixChar") or "",
        )

    # -- objects ----------------------------------------------------------------------------
    def paralist(self, el: etree._Element | None, depth: int, kind: str = "") -> list[Block]:
        """Paragraphs of the PARALIST under `el` (a cell, note, header, text box, caption)."""
        out: list[Block] = []
        lst = first_child(el, "PARALIST")
        if lst is None:
            return out
        for p in lst:
            if local(p.tag) == "P":
                self.paragraph(p, out, depth + 1, kind=kind)
        return out

    def table(self, tbl: etree._Element, out: list[Block], depth: int) -> None:
        self.budget.depth(depth)
        rows: list[list[Cell]] = []
        for tr in tbl:
            if local(tr.tag) != "ROW":
                continue
            row: list[Cell] = []
            for tc in tr:
                if local(tc.tag) != "CELL":
                    continue
                self.budget.add_records()
                blocks = self.paralist(tc, depth)
                row.append(
                    Cell(
                        text="\n".join(b.text for b in blocks if b.text),
                        row=_int(tc, "RowAddr", len(rows)),
                        col=_int(tc, "ColAddr", len(row)),
                        row_span=max(1, _int(tc, "RowSpan", 1)),
                        col_span=max(1, _int(tc, "ColSpan", 1)),
                        blocks=blocks,
                    )
                )
            rows.append(row)
        attrs = {"rows": tbl.get("RowCount") or str(len(rows)), "cols": tbl.get("ColCount") or ""}
        if rows:
            out.append(Block("table", section=self.section, rows=rows, attrs=attrs))
        self.caption(tbl, out, depth)

    def shape(self, el: etree._Element, out: list[Block], depth: int) -> None:
        """Text boxes (DRAWTEXT) of drawing objects, recursing into grouped containers. A text box's
        paragraphs become `textbox` blocks; a table inside one keeps its own kind."""
        self.budget.depth(depth)
        name = local(el.tag)
        if name == "CONTAINER":
            for child in el:
                if local(child.tag) in _SHAPES:
                    self.shape(child, out, depth + 1)
        elif name == "TEXTART":  # word art keeps its text in an attribute
            text = (el.get("Text") or "").replace("\u240d\u240a", "\n")
            if text.strip():
                out.append(Block("textbox", text, section=self.section, attrs={"source": "textart"}))
        elif name == "PICTURE" and self.pictures is not None:
            out.extend(self.pictures(el, self.section))
        draw = first_child(first_child(el, "DRAWINGOBJECT"), "DRAWTEXT")
        for block in self.paralist(draw, depth):
            if block.kind == "paragraph":
                block.kind = "textbox"
            out.append(block)
        self.caption(el, out, depth)

    def caption(self, el: etree._Element, out: list[Block], depth: int) -> None:
        """Tables, pictures and drawings carry their caption in SHAPEOBJECT/CAPTION."""
        cap = first_child(first_child(el, "SHAPEOBJECT"), "CAPTION")
        out.extend(self.paralist(cap, depth, kind="caption"))

    def control(self, el: etree._Element, kind: str, depth: int) -> None:
        blocks = self.paralist(el, depth, kind=kind)
        if kind in ("header", "footer"):
            for block in blocks:
                block.attrs["applies_to"] = (el.get("ApplyPageType") or "Both").lower()
        target = {"footnote": self.notes, "endnote": self.endnotes}.get(kind, self.furniture)
        target.extend(blocks)

    def section_definition(self, secdef: etree._Element, depth: int) -> None:
        """Master pages (바탕쪽) print on every page like a header; their text comes last, tagged."""
        for child in secdef:
            if local(child.tag) in ("MASTERPAGE", "EXT_MASTERPAGE"):
                for block in self.paralist(child, depth, kind="header"):
                    block.attrs["source"] = "master_page"
                    self.master_pages.append(block)


def _outline_ref(p: etree._Element) -> str:
    """The section's outline numbering (SECDEF/@OutlineShape): the section definition sits in a run
    of the section's first paragraph; "" when this paragraph has none."""
    for run in p:
        for child in run:
            if local(child.tag) == "SECDEF":
                return child.get("OutlineShape") or ""
    return ""


def _char_text(char: etree._Element, parts: list[str]) -> None:
    """CHAR's text with its inline marks (tabs, breaks, special spaces; highlight marks add none)."""
    if char.text:
        parts.append(char.text)
    for child in char:
        parts.append(_INLINE_TEXT.get(local(child.tag), ""))
        if child.tail:
            parts.append(child.tail)


def first_child(el: etree._Element | None, name: str) -> etree._Element | None:
    """The first child named `name` (None when `el` is None or has none), for chained look-ups."""
    if el is None:
        return None
    for sub in el:
        if local(sub.tag) == name:
            return sub
    return None


def _join_text(el: etree._Element, name: str) -> str:
    sub = first_child(el, name)
    return "".join(sub.itertext()) if sub is not None else ""


def _int(el: etree._Element, attr: str, default: int) -> int:
    try:
        return int(el.get(attr) or default)
    except ValueError:
        return default
