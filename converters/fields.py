"""Fields of the paragraph being read, and the marks they leave on its text (hyperlink targets,
form controls' text, equations, tracked changes).

A field opens (HWP 5: an extended control, code 3, whose CTRL_HEADER says which field: '%hlk' a
hyperlink, '%clk' a click-here box…; HWPX: hp:fieldBegin) and closes at its end (HWP 5: the next
field-end code 4, fields nest so ends close them last-opened first; HWPX: hp:fieldEnd). The text
between is the field's visible text and stays in the body; a hyperlink also becomes a `link` mark
over it. A paragraph split by a table or text box carries an open link over into its next block.
Tracked insertions (HWPX insertBegin..insertEnd) are spans the same way. Objects that draw text
where they sit (form controls, equations) add it to the paragraph's text under a mark of their own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import attrgetter

from gongmun.schemas import Block, Mark, remap_marks

from .equation_latex import inline_math
from .forms import FormControl


@dataclass(slots=True)
class Fields:
    """Spans open in the text gathered so far, as (offset, mark kind or "" for a field that marks
    nothing, mark attributes), and the marks finished."""

    open: list[tuple[int, str, dict[str, str]]] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)

    def begin(self, at: int, kind: str = "", attrs: dict[str, str] | None = None) -> None:
        self.open.append((at, kind, attrs or {}))

    def end(self, at: int, kind: str | None = None) -> None:
        """Close the last field opened (fields nest), or with `kind` the last span of that kind
        (a tracked insertion ends on its own, across fields)."""
        for index in range(len(self.open) - 1, -1, -1):
            start, open_kind, attrs = self.open[index]
            if open_kind == kind or (kind is None and open_kind != "insert"):
                del self.open[index]
                if open_kind and at > start:
                    self.marks.append(Mark(open_kind, start, at, attrs))
                return

    def point(self, at: int, kind: str, attrs: dict[str, str]) -> None:
        """A mark with no text of its own (where a tracked deletion took text out)."""
        self.marks.append(Mark(kind, at, at, attrs))

    def control(self, parts: list[str], control: FormControl) -> None:
        """A form control drawn where it sits, its text marked as a form's (controls sit side by
        side: spaces keep their words apart)."""
        drawn = control.drawn()
        if drawn:
            parts.append(" ")
            self.inline(parts, drawn, "form", {"control": control.kind})
            parts.append(" ")

    def equation(self, parts: list[str], script: str) -> None:
        """An equation drawn where it sits, as inline LaTeX math ($…$), its script kept in the mark
        (equation_latex explains why LaTeX)."""
        math = inline_math(script)
        if math:
            self.inline(parts, math, "equation", {"script": script})

    def inline(self, parts: list[str], drawn: str, kind: str, attrs: dict[str, str]) -> None:
        """`drawn` added to the text gathered so far, under a mark of `kind`."""
        at = sum(map(len, parts))
        parts.append(drawn)
        self.marks.append(Mark(kind, at, at + len(drawn), attrs))

    def take(self, raw: str, text: str, shift: int) -> list[Mark]:
        """The marks of a block made of `raw` (as gathered) whose text is `shift` characters of
        prefix then `text` (`raw` cleaned); links still open run to its end and go on in the next."""
        marks = self.marks + [
            Mark(kind, start, len(raw), dict(attrs)) for start, kind, attrs in self.open if kind
        ]
        self.marks = []
        self.open = [(0, kind, attrs) for _, kind, attrs in self.open]
        marks = [m for m in marks if m.end > m.start or m.kind == "delete"]
        if text != raw:
            marks = remap_marks(raw, text, marks)
        if shift:
            marks = [Mark(m.kind, m.start + shift, m.end + shift, m.attrs) for m in marks]
        return marks

    def drop(self) -> None:
        """The gathered text made no block: its marks go, open links go on from the next text."""
        self.marks = []
        self.open = [(0, kind, attrs) for _, kind, attrs in self.open]


_MARKS = attrgetter("marks")


def joined(blocks: list[Block]) -> tuple[str, list[Mark]]:
    """The blocks' texts one per line (empty ones left out) and their marks on the joined text."""
    if not any(map(_MARKS, blocks)):  # the usual case, at C speed (notes and headers come by the thousand)
        return "\n".join(block.text for block in blocks if block.text), []
    texts: list[str] = []
    marks: list[Mark] = []
    at = 0
    for block in blocks:
        if not block.text:
            continue
        if texts:
            at += 1
        marks.extend(Mark(m.kind, m.start + at, m.end + at, dict(m.attrs)) for m in block.marks)
        texts.append(block.text)
        at += len(block.text)
    return "\n".join(texts), marks
