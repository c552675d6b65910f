"""Marks through redaction: a block's marks (link targets, tracked changes) follow its rewritten
text, and their attribute values are redacted like text.

A link's words are body text and are redacted with it; its target is not, yet it is the first
place an e-mail address hides (mailto:…) and a file path can carry a person's name. So every
attribute value is analysed and rewritten on its own; its findings are recorded outside any
block's text (block -1, as for metadata), with offsets into the value.
"""

from __future__ import annotations

from collections.abc import Callable

from gongmun.schemas import Block, remap_marks


def redact_marks(original: Block, redacted: Block, rewrite: Callable[[str], str]) -> None:
    """Move `redacted`'s marks from `original`'s text onto its own, then rewrite their attribute
    values; the same for the blocks nested in its table cells (both blocks have the same shape)."""
    if redacted.marks:
        redacted.marks = remap_marks(original.text, redacted.text, redacted.marks)
        for mark in redacted.marks:
            mark.attrs = {key: rewrite(value) for key, value in mark.attrs.items()}
    if redacted.rows is None or original.rows is None:
        return
    for row, original_row in zip(redacted.rows, original.rows, strict=False):
        for cell, original_cell in zip(row, original_row, strict=False):
            for inner, original_inner in zip(cell.blocks, original_cell.blocks, strict=False):
                redact_marks(original_inner, inner, rewrite)
