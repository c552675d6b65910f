"""Text normalisation applied to every block after conversion: NFC, control characters, whitespace."""

from __future__ import annotations

import re
import unicodedata

from gongmun.schemas import Document, remap_marks, table_text

from .quality import text_ratios

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff]")
_SPACES = re.compile(r"[ \u00a0\u2000-\u200a\u3000]+")
_MANY_NEWLINES = re.compile(r"\n{3,}")


# Anything the steps below would change inside the text (its ends are stripped anyway): control
# characters, CR, wide or repeated spaces, whitespace before a line break, three line breaks.
_NEEDS_WORK = re.compile(
    r"[\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff\u00a0\u2000-\u200a\u3000]| {2}|[^\S\n]\n|\n{3}"
)


def normalize_text(text: str) -> str:
    """NFC, no control characters, single spaces, no trailing spaces, at most one blank line."""
    if not text:
        return text
    if unicodedata.is_normalized("NFC", text) and _NEEDS_WORK.search(text) is None:
        return text.strip()  # already clean (most cells and paragraphs): what the steps give
    return normalize_steps(text)


def normalize_steps(text: str) -> str:
    """`normalize_text` done step by step (the reference its shortcut is tested against)."""
    text = unicodedata.normalize("NFC", text)
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _SPACES.sub(" ", text)
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return _MANY_NEWLINES.sub("\n\n", text).strip()


def normalize_document(doc: Document) -> Document:
    """Normalise every block and cell in place, and record text quality signals."""
    for block in doc.blocks:
        if block.rows is not None:
            for row in block.rows:
                for cell in row:
                    cell.text = normalize_text(cell.text)
            block.text = table_text(block.rows)
        elif block.marks:
            text = normalize_text(block.text)
            block.marks = remap_marks(block.text, text, block.marks)  # marks keep covering their words
            block.text = text
        else:
            block.text = normalize_text(block.text)
    text = doc.to_text()
    doc.quality.setdefault("text_source", "body")
    hangul, garbled = text_ratios(text)
    doc.quality["hangul_ratio"] = round(hangul, 4)
    doc.quality["garbled_ratio"] = round(garbled, 4)
    doc.quality.setdefault("ocr_pages", 0)
    return doc
