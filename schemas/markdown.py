"""Markdown rendering of a document: headings as `#`, tables (and charts' data) as pipe tables or
HTML when cells merge, hyperlinks (link marks) as Markdown or HTML links."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .document import Block, Cell, Document
    from .marks import Mark

_PREFIX = {"list_item": "- ", "caption": "*", "footnote": "[^note]: ", "endnote": "[^end]: "}


def document_markdown(doc: Document) -> str:
    return "\n\n".join(part for part in (block_markdown(b) for b in doc.blocks) if part)


def block_markdown(block: Block) -> str:
    if block.kind in ("table", "chart") and block.rows is not None:
        return table_markdown(block.rows)  # a chart as its data, its title in the caption before it
    text = linked(block.text, block.marks).strip() if block.marks else block.text.strip()
    if not text:
        return ""
    if block.kind == "list_item" and "numbering" in block.attrs:
        return text  # its own number or bullet (1., 가., ●) is the list marker
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
            cells.append(f"<td{span}>{_cell_text(c, html=True)}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def _cell(c: Cell) -> str:
    return _cell_text(c).replace("|", "\\|")


def _cell_text(c: Cell, html: bool = False) -> str:
    """A cell on one line; its paragraphs' links as links (Markdown, or HTML inside an HTML table)."""
    paragraphs = [b for b in c.blocks if b.text]
    if any(b.marks for b in paragraphs) and all(b.rows is None for b in paragraphs):
        text = "\n".join(linked(b.text, b.marks, html) for b in paragraphs)
        return " ".join(text.split())
    text = " ".join(c.text.split())
    return escape(text) if html else text


def linked(text: str, marks: list[Mark], html: bool = False) -> str:
    """`text` with its link marks written as links: [words](target), or <a href> for HTML. A link
    without a usable target (none, or a script) stays plain text."""
    out: list[str] = []
    pos = 0
    for mark in sorted(marks, key=lambda m: (m.start, m.end)):
        href = _href(mark.attrs.get("href", "")) if mark.kind == "link" else ""
        if not href or mark.start < pos or mark.end > len(text) or mark.start >= mark.end:
            continue
        out.append(escape(text[pos : mark.start]) if html else text[pos : mark.start])
        words = text[mark.start : mark.end]
        if html:
            out.append(f'<a href="{escape(href)}">{escape(words)}</a>')
        else:
            out.append(
                "[" + words.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]") + f"]({href})"
            )
        pos = mark.end
    out.append(escape(text[pos:]) if html else text[pos:])
    return "".join(out)


_UNSAFE = ("javascript:", "vbscript:", "data:")
_URL_ESCAPES = str.maketrans({" ": "%20", "(": "%28", ")": "%29", "<": "%3C", ">": "%3E"})


def _href(href: str) -> str:
    """A link target fit for Markdown: spaces and brackets percent-encoded, a bare www. address
    given its scheme; "" for scripts."""
    href = href.strip()
    if not href or href.lower().startswith(_UNSAFE):
        return ""
    if href.lower().startswith("www."):
        href = "http://" + href
    return href.translate(_URL_ESCAPES)
