"""OWPML section XML -> blocks in reading order.

A paragraph (`hp:p`) holds runs; a run holds text (`hp:t`, with tabs and breaks as child elements)
and inline objects: tables, shapes with text (`drawText`), equations, pictures with captions, and
controls (header/footer, foot/endnotes, hidden comments). Inline objects are emitted where they sit,
like Hancom's own PrvText preview does, splitting the paragraph's text around them; equations, usually
inline in a sentence, are drawn inside it as LaTeX so the sentence stays whole (their captions follow
the paragraph). Notes follow the
top-level paragraph that cites them; endnotes go to the end of the document; headers, footers and
hidden comments to the end of their section, so they do not interrupt the body text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from lxml import etree

from gongmun.schemas import Block, Cell

from ..autonumber import BY_TYPE, AutoNumbers
from ..fields import Fields
from ..limits import Budget
from ..links import command_href
from ..numbering import with_prefix
from ..numformat import style_code
from .forms import form_control
from .numbering import HwpxHeads
from .xmlsafe import local

# Text-bearing children of hp:t and what they stand for.
_INLINE_TEXT = {"tab": "\t", "lineBreak": "\n", "fwSpace": " ", "nbSpace": "\u00a0", "hypen": "-"}
_SHAPES = {
    "rect",
    "ellipse",
    "arc",
    "polygon",
    "curve",
    "line",
    "connectLine",
    "textart",
    "container",
    "pic",
    "ole",
}
_FORMS = {"btn", "checkBtn", "radioBtn", "comboBox", "listBox", "edit", "scrollBar"}


@dataclass(slots=True)
class Walker:
    """Walks one document's sections; collects body blocks plus deferred furniture and endnotes."""

    budget: Budget
    headings: dict[str, tuple[str, int]]
    section: int = 0
    blocks: list[Block] = field(default_factory=list)
    endnotes: list[Block] = field(default_factory=list)
    furniture: list[Block] = field(default_factory=list)  # headers/footers/comments of this section
    notes: list[Block] = field(default_factory=list)  # footnotes of the current top-level paragraph
    after: list[Block] = field(default_factory=list)  # equation captions of the paragraph being read
    deleting: bool = False  # inside a tracked deletion
    heads: HwpxHeads = field(default_factory=HwpxHeads)  # numbering definitions and counters
    outline: str = ""  # the numbering the current section gives outline paragraphs
    autonumbers: AutoNumbers = field(default_factory=AutoNumbers)  # 그림 1, 표 2 (caption numbers)
    fields: Fields = field(default_factory=Fields)  # fields open in the paragraph being read (links)
    changes: dict[str, str] = field(default_factory=dict)  # tracked change id -> its date
    charts: Callable[[str, int], list[Block]] | None = None  # chartIDRef, section -> the chart's blocks
    pictures: Callable[[etree._Element, int], list[Block]] | None = None  # hp:pic -> scanned page text

    def section_children(self, children: Iterable[etree._Element], index: int) -> None:
        """One section's top-level elements (streamed); furniture is flushed even if it breaks off."""
        self.section = index
        self.deleting = False  # an unterminated deletion must not swallow the next section
        first = True
        try:
            for p in children:
                if local(p.tag) == "p":
                    if first and self.heads.shapes:
                        self.outline = _outline_ref(p) or self.outline
                    first = False
                    self.paragraph(p, self.blocks, 0, top=True)
                    self.blocks.extend(self.notes)
                    self.notes.clear()
        finally:
            self.blocks.extend(self.notes)
            self.notes.clear()
            self.blocks.extend(self.furniture)
            self.furniture.clear()

    # -- paragraphs -------------------------------------------------------------------------
    def paragraph(
        self, p: etree._Element, out: list[Block], depth: int, *, top: bool = False, kind: str = ""
    ) -> None:
        self.budget.depth(depth)
        self.budget.add_records()
        para_kind, level = self._kind(p, top, kind)
        parts: list[str] = []
        # the number or bullet this paragraph draws goes in front of its first text block
        prefix = self.heads.prefix(p.get("paraPrIDRef"), self.outline) if self.heads.shapes else ""

        def flush() -> None:
            nonlocal prefix
            text = "".join(parts)
            parts.clear()
            fields = self.fields
            if text.strip():
                block = Block(para_kind, text, section=self.section, level=level)
                if prefix:
                    block.text = with_prefix(prefix, text)
                    block.attrs["numbering"] = prefix
                    prefix = ""
                if fields.open or fields.marks:
                    block.marks = fields.take(text, text, len(block.text) - len(text))
                out.append(block)
            elif fields.open or fields.marks:
                fields.drop()

        outer_after, self.after = self.after, []
        outer_fields, self.fields = self.fields, Fields()
        self._inline(p, parts, out, depth, flush)
        flush()
        out.extend(self.after)  # after the sentence they sit in, which stays whole
        self.after, self.fields = outer_after, outer_fields

    def _kind(self, p: etree._Element, top: bool, kind: str) -> tuple[str, int | None]:
        if kind:
            return kind, None
        if not top:
            return "paragraph", None
        heading = self.headings.get(p.get("paraPrIDRef") or "")
        if heading is None:
            return "paragraph", None
        htype, level = heading
        if htype == "OUTLINE":
            return "heading", level + 1
        return "list_item", level + 1

    def _inline(
        self, el: etree._Element, parts: list[str], out: list[Block], depth: int, flush: Callable[[], None]
    ) -> None:
        """Walk a paragraph's runs (and compatibility switches) in document order."""
        for child in el:
            name = local(child.tag)
            if name == "run":
                self._inline(child, parts, out, depth, flush)
            elif name == "t":
                self._text_of_t(child, parts)
            elif name == "switch":
                branch = _switch_branch(child)
                if branch is not None:
                    self._inline(branch, parts, out, depth, flush)
            elif name == "tbl":
                flush()
                self.table(child, out, depth + 1)
            elif name in _SHAPES:
                flush()
                self.shape(child, out, depth + 1)
            elif name == "chart":
                flush()
                if self.charts is not None:
                    out.extend(self.charts(child.get("chartIDRef") or "", self.section))
            elif name == "equation":
                script = _join_text(child, "script").strip()
                if script:
                    self.fields.equation(parts, script)
                self.caption(child, self.after, depth + 1)
            elif name == "ctrl":
                self.control(child, depth + 1, parts)
            elif name == "compose":
                parts.append(child.get("composeText") or "")
            elif name == "dutmal":
                parts.append(_join_text(child, "mainText"))
            elif name in _FORMS:  # a caption, ☑/☐, or the text typed in it
                self.fields.control(parts, form_control(child))

    def _text_of_t(self, t: etree._Element, parts: list[str]) -> None:
        """Text with its inline marks. Tracked deletions (deleteBegin..deleteEnd, which may span
        runs) are left out and tracked insertions kept: the corpus gets the document as it reads
        after the edits. Both stay visible as marks: an `insert` over the inserted text, a `delete`
        where text went (its text is not kept), each with the change's date."""
        if t.text and not self.deleting:
            parts.append(t.text)
        for child in t:
            name = local(child.tag)
            if name == "deleteBegin":
                if not self.deleting:
                    self.fields.point(sum(map(len, parts)), "delete", self._change(child))
                self.deleting = True
            elif name == "deleteEnd":
                self.deleting = False
            elif name == "insertBegin" and not self.deleting:
                self.fields.begin(sum(map(len, parts)), "insert", self._change(child))
            elif name == "insertEnd" and not self.deleting:
                self.fields.end(sum(map(len, parts)), "insert")
            elif not self.deleting:
                parts.append(_INLINE_TEXT.get(name, ""))
            if child.tail and not self.deleting:
                parts.append(child.tail)

    # -- objects ----------------------------------------------------------------------------
    def sublist(self, el: etree._Element, depth: int, kind: str = "") -> list[Block]:
        """Paragraphs of the first `subList` under `el` (a cell, note, header, text box)."""
        out: list[Block] = []
        sub = _child(el, "subList")
        if sub is None:
            return out
        for p in sub:
            if local(p.tag) == "p":
                self.paragraph(p, out, depth + 1, kind=kind)
        return out

    def table(self, tbl: etree._Element, out: list[Block], depth: int) -> None:
        self.budget.depth(depth)
        rows: list[list[Cell]] = []
        for tr in tbl:
            if local(tr.tag) != "tr":
                continue
            row: list[Cell] = []
            for tc in tr:
                if local(tc.tag) != "tc":
                    continue
                self.budget.add_records()
                blocks = self.sublist(tc, depth)
                addr = _child(tc, "cellAddr")
                span = _child(tc, "cellSpan")
                row.append(
                    Cell(
                        text="\n".join(b.text for b in blocks if b.text),
                        row=_int(addr, "rowAddr", len(rows)),
                        col=_int(addr, "colAddr", len(row)),
                        row_span=max(1, _int(span, "rowSpan", 1)),
                        col_span=max(1, _int(span, "colSpan", 1)),
                        blocks=blocks,
                    )
                )
            rows.append(row)
        attrs = {"rows": tbl.get("rowCnt") or str(len(rows)), "cols": tbl.get("colCnt") or ""}
        if rows:
            out.append(Block("table", section=self.section, rows=rows, attrs=attrs))
        self.caption(tbl, out, depth)

    def shape(self, el: etree._Element, out: list[Block], depth: int) -> None:
        """Text boxes (drawText) of drawing objects, recursing into grouped containers."""
        self.budget.depth(depth)
        name = local(el.tag)
        if name == "container":
            for child in el:
                if local(child.tag) in _SHAPES:
                    self.shape(child, out, depth + 1)
            return
        if name == "textart":  # word art keeps its text in an attribute, line breaks as ␍␊
            text = (el.get("text") or "").replace("\u240d\u240a", "\n")
            if text.strip():
                out.append(Block("textbox", text, section=self.section, attrs={"source": "textart"}))
        if name == "pic" and self.pictures is not None:
            out.extend(self.pictures(el, self.section))
        draw = _child(el, "drawText")
        if draw is not None:
            for block in self.sublist(draw, depth):
                block.kind = "textbox"
                out.append(block)
        self.caption(el, out, depth)

    def caption(self, el: etree._Element, out: list[Block], depth: int) -> None:
        cap = _child(el, "caption")
        if cap is not None:
            out.extend(self.sublist(cap, depth, kind="caption"))

    def control(self, ctrl: etree._Element, depth: int, parts: list[str]) -> None:
        for child in ctrl:
            name = local(child.tag)
            if name == "autoNum":
                parts.append(self._autonumber(child))
            elif name == "fieldBegin":  # its text runs to its fieldEnd; a hyperlink's target marks it
                href = _hyperlink(child) if (child.get("type") or "").upper() == "HYPERLINK" else ""
                self.fields.begin(
                    sum(map(len, parts)), "link" if href else "", {"href": href} if href else None
                )
            elif name == "fieldEnd":
                self.fields.end(sum(map(len, parts)))
            elif name in ("header", "footer"):
                self.furniture.extend(self._note(child, depth, name))
            elif name == "footNote":
                self.notes.extend(self._note(child, depth, "footnote"))
            elif name == "endNote":
                self.endnotes.extend(self._note(child, depth, "endnote"))
            elif name == "hiddenComment":
                self.furniture.extend(self._note(child, depth, "comment"))

    def _change(self, el: etree._Element) -> dict[str, str]:
        """A tracked change's attributes: its date (header.xml hh:trackChange), not its author."""
        date = self.changes.get(el.get("TcId") or "", "")
        return {"date": date} if date else {}

    def _autonumber(self, el: etree._Element) -> str:
        """hp:autoNum: the number Hancom last drew (num) in its format (hp:autoNumFormat)."""
        fmt = _child(el, "autoNumFormat")
        get = fmt.get if fmt is not None else el.get  # no format element: plain digits, no decoration
        return self.autonumbers.text(
            BY_TYPE.get(el.get("numType") or "", 0),
            _int(el, "num", 0),
            style_code(get("type")),
            get("prefixChar") or "",
            get("suffixChar") or "",
        )

    def _note(self, el: etree._Element, depth: int, kind: str) -> list[Block]:
        blocks = self.sublist(el, depth, kind=kind)
        number = el.get("number") or ""
        for block in blocks:
            if number:
                block.attrs["number"] = number
            if kind in ("header", "footer"):
                block.attrs["applies_to"] = (el.get("applyPageType") or "BOTH").lower()
        return blocks


def _hyperlink(begin: etree._Element) -> str:
    """A hyperlink field's target: its Command parameter (as in HWP 5), else its Path."""
    params = {el.get("name"): "".join(el.itertext()) for el in begin.iter() if local(el.tag) == "stringParam"}
    command = params.get("Command")
    return command_href(command) if command is not None else (params.get("Path") or "").strip()


def _outline_ref(p: etree._Element) -> str:
    """The section's outline numbering (hp:secPr/@outlineShapeIDRef): the section definition sits
    in a run of the section's first paragraph; "" when this paragraph has none."""
    for run in p:
        for child in run:
            if local(child.tag) == "secPr":
                return child.get("outlineShapeIDRef") or ""
    return ""


def _switch_branch(switch: etree._Element) -> etree._Element | None:
    """hp:switch offers hp:case alternatives and an hp:default; the default is the portable one,
    except for a chart, whose default is an OLE object with no text to read (the case's hp:chart
    names the chart's data)."""
    chart = next(
        (case for case in switch if local(case.tag) == "case" and _child(case, "chart") is not None), None
    )
    if chart is not None:
        return chart
    default = _child(switch, "default")
    if default is not None:
        return default
    return _child(switch, "case")


def _child(el: etree._Element | None, name: str) -> etree._Element | None:
    if el is None:
        return None
    for child in el:
        if local(child.tag) == name:
            return child
    return None


def _join_text(el: etree._Element, name: str) -> str:
    child = _child(el, name)
    return "".join(child.itertext()) if child is not None else ""


def _int(el: etree._Element | None, attr: str, default: int) -> int:
    if el is None:
        return default
    try:
        return int(el.get(attr) or default)
    except ValueError:
        return default
