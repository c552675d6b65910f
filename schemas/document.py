"""The document model every converter produces and every later stage reads.

Converters differ wildly (OLE records, OWPML XML, pre-2000 binary, PDF glyph runs); everything after
them must not care. So a document is a flat, ordered list of blocks that keep where they came from
(section, page), plus metadata and provenance. Tables keep their cell grid, because flattening them
loses exactly the structure ML teams and redaction need.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any, Literal, cast, get_args

from .marks import Mark
from .official import OfficialParts

# 1.1: `official` (the parts of a 공문); 1.2: block `marks` (links, changes); 1.3: equations inline
# in their paragraph's text as LaTeX under `equation` marks, no longer `equation` blocks (HWP 5/X, HWPML);
# `chart` blocks
SCHEMA_VERSION = "1.3"

BlockKind = Literal[
    "heading",
    "paragraph",
    "list_item",
    "table",
    "footnote",
    "endnote",
    "header",
    "footer",
    "caption",
    "textbox",
    "equation",
    "image",
    "comment",
    "chart",  # a chart's data: categories as rows, series as columns (converters/chart.py)
]
BLOCK_KINDS: tuple[str, ...] = get_args(BlockKind)


@dataclass(slots=True)
class Cell:
    """One table cell. `blocks` holds nested content (paragraphs, nested tables) when there is any."""

    text: str
    row: int = 0
    col: int = 0
    row_span: int = 1
    col_span: int = 1
    blocks: list[Block] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "row": self.row,
            "col": self.col,
            "row_span": self.row_span,
            "col_span": self.col_span,
            "blocks": [b.to_dict() for b in self.blocks],
        }

    @staticmethod
    def from_dict(d: dict[str, Any]) -> Cell:
        return Cell(
            text=d["text"],
            row=d.get("row", 0),
            col=d.get("col", 0),
            row_span=d.get("row_span", 1),
            col_span=d.get("col_span", 1),
            blocks=[Block.from_dict(b) for b in d.get("blocks", [])],
        )


@dataclass(slots=True)
class Block:
    """A unit of reading order. For tables, `text` is derived from `rows` (see `table_text`)."""

    kind: str
    text: str = ""
    order: int = 0
    section: int = 0
    page: int | None = None
    level: int | None = None
    rows: list[list[Cell]] | None = None
    attrs: dict[str, str] = field(default_factory=dict)
    marks: list[Mark] = field(default_factory=list)  # spans of `text`: link targets, tracked changes

    def __post_init__(self) -> None:
        if self.kind not in BLOCK_KINDS:
            raise ValueError(f"unknown block kind {self.kind!r}")
        if self.kind == "table" and self.rows is not None and not self.text:
            self.text = table_text(self.rows)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "kind": self.kind,
            "text": self.text,
            "order": self.order,
            "section": self.section,
            "page": self.page,
            "level": self.level,
            "attrs": dict(self.attrs),
        }
        if self.rows is not None:
            d["rows"] = [[c.to_dict() for c in row] for row in self.rows]
        if self.marks:
            d["marks"] = [m.to_dict() for m in self.marks]
        return d

    @staticmethod
    def from_dict(d: dict[str, Any]) -> Block:
        rows = d.get("rows")
        return Block(
            kind=d["kind"],
            text=d.get("text", ""),
            order=d.get("order", 0),
            section=d.get("section", 0),
            page=d.get("page"),
            level=d.get("level"),
            rows=[[Cell.from_dict(c) for c in row] for row in rows] if rows is not None else None,
            attrs=dict(d.get("attrs", {})),
            marks=[Mark.from_dict(m) for m in d.get("marks", [])],
        )


def table_text(rows: list[list[Cell]]) -> str:
    """Plain-text view of a table: one line per row, cells separated by tabs, empty rows left out.

    A one-column table is usually a layout box around whole paragraphs (Korean forms and 결재 headers
    use them everywhere), so its cells keep their line breaks instead of being folded into one line.
    """
    if rows and all(len(row) == 1 for row in rows):
        return "\n".join(row[0].text.strip() for row in rows if row[0].text.strip())
    lines = ("\t".join(_one_line(c.text) for c in row) for row in rows)
    return "\n".join(line for line in lines if line.strip())


def _one_line(text: str) -> str:
    return " ".join(text.split())


@dataclass(slots=True)
class Provenance:
    """Where a document came from and how it was read; travels with every output row."""

    uri: str
    sha256: str
    bytes: int
    format: str
    format_version: str = ""
    flags: list[str] = field(default_factory=list)
    converter: str = ""
    converter_version: str = ""
    converted_at: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @staticmethod
    def from_dict(d: dict[str, Any]) -> Provenance:
        return Provenance(**d)


@dataclass(slots=True)
class Metadata:
    """Descriptive fields. `author` is personal data and is redacted like body text."""

    title: str = ""
    subject: str = ""
    author: str = ""
    keywords: str = ""
    created: str = ""
    modified: str = ""
    doc_number: str = ""
    agency: str = ""
    language: str = "ko"
    page_count: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @staticmethod
    def from_dict(d: dict[str, Any]) -> Metadata:
        return Metadata(**d)


@dataclass(slots=True)
class Document:
    """A converted document: ordered blocks, metadata, provenance, quality signals and warnings."""

    doc_id: str
    source: Provenance
    metadata: Metadata = field(default_factory=Metadata)
    blocks: list[Block] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    quality: dict[str, float | str | None] = field(default_factory=dict)
    official: OfficialParts | None = None  # the 공문's parts, when the document is one

    def renumber(self) -> None:
        """Make `order` equal each block's position: converters may build blocks out of order."""
        for i, block in enumerate(self.blocks):
            block.order = i

    def to_text(self) -> str:
        """Plain text in reading order; tables as tab-separated rows."""
        return "\n".join(b.text for b in self.blocks if b.text)

    def to_markdown(self) -> str:
        from .markdown import document_markdown

        return document_markdown(self)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "doc_id": self.doc_id,
            "source": self.source.to_dict(),
            "metadata": self.metadata.to_dict(),
            "blocks": [b.to_dict() for b in self.blocks],
            "warnings": list(self.warnings),
            "quality": dict(self.quality),
            "official": self.official.to_dict() if self.official else None,
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @staticmethod
    def from_dict(d: dict[str, Any]) -> Document:
        return Document(
            doc_id=d["doc_id"],
            source=Provenance.from_dict(d["source"]),
            metadata=Metadata.from_dict(d.get("metadata", {})),
            blocks=[Block.from_dict(b) for b in d.get("blocks", [])],
            warnings=list(d.get("warnings", [])),
            quality=dict(d.get("quality", {})),
            official=OfficialParts.from_dict(d["official"]) if d.get("official") else None,
        )

    @staticmethod
    def from_json(s: str) -> Document:
        return Document.from_dict(cast(dict[str, Any], json.loads(s)))
