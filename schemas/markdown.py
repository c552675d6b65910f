"""Markdown rendering of a document: headings as `#`, tables as pipe tables or HTML when cells merge."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .document import Block, Cell, Document

_PREFIX = {"list_item": "- ", "caption": "*", "footnote": "[^note]: ", "endnote": "[^end]: "}


def document_markdown(doc: Document) -> str:
    return "\n\n".join(part for part in (block_markdown(b) for b in doc.blocks) if part)


def block_markdown(block: Block) -> str:
    if block.kind == "table" and block.rows is not None:
        return table_markdown(block.rows)
    text = block.text.strip()
    if not text:
        return ""
    if block.kind == "heading":
        return "#" * min(max(block.level or 1, 1), 6) + " " + " ".join(text.split())
    if block.kind in ("header", "footer", "comment"):
        return f"<!-- {block.kind}: {' '.join(text.split())} -->"
    if block.kind == "equation":
        return f"$${text}$$"
    return _PREFIX.get(block.kind, "") + text


def table_markdown(rows: list[list[Cell]]) -> str:
    """Pipe table when the grid is regular; HTML (which can express spans) otherwise."""
    if not rows:
        return ""
    spans = any(c.row_span > 1 or c.col_span > 1 for row in rows for c in row)
    widths = {len(row) for row in rows}
    if spans or len(widths) != 1:
        return table_html(rows)
    lines = ["| " + " | ".join(_cell(c) for c in rows[0]) + " |", "|" + "---|" * len(rows[0])]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows[1:]]
    return "\n".join(lines)


def table_html(rows: list[list[Cell]]) -> str:
    out = ["<table>"]
    for row in rows:
        cells = []
        for c in row:
            span = (f' rowspan="{c.row_span}"' if c.row_span > 1 else "") + (
                f' colspan="{c.col_span}"' if c.col_span > 1 else ""
            )
            cells.append(f"<td{span}>{escape(' '.join(c.text.split()))}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def _cell(c: Cell) -> str:
    return " ".join(c.text.split()).replace("|", "\\|")
