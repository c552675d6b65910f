"""Quality signals that tell the ML team how far to trust a document's text."""

from __future__ import annotations

import unicodedata
from collections import Counter
from itertools import chain
from operator import attrgetter

from gongmun.schemas import Block, Cell, table_text


def is_hangul(ch: str) -> bool:
    o = ord(ch)
    return 0xAC00 <= o <= 0xD7A3 or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F


def hangul_ratio(text: str) -> float:
    """Share of Hangul among letters (Hangul, Latin, Han...), ignoring digits, spaces, punctuation."""
    return _hangul_ratio(Counter(text))


def _hangul_ratio(counts: Counter[str]) -> float:
    # Per distinct character (a few hundred), not per character: documents run to megabytes.
    letters = hangul = 0
    for ch, n in counts.items():
        if ch.isalpha():
            letters += n
            if is_hangul(ch):
                hangul += n
    return hangul / letters if letters else 0.0


def _garbled(ch: str) -> bool:
    if ch == "\ufffd":
        return True
    cat = unicodedata.category(ch)
    if cat in ("Co", "Cn", "Cs"):  # private use, unassigned, surrogates
        return True
    return cat == "Cc" and ch not in "\n\t\r"


def garbled_ratio(text: str) -> float:
    """Share of non-space characters that are replacement, private-use, unassigned or control."""
    return _garbled_ratio(Counter(text))


def _garbled_ratio(counts: Counter[str]) -> float:
    chars = garbled = 0
    for ch, n in counts.items():
        if not ch.isspace():
            chars += n
            if _garbled(ch):
                garbled += n
    return garbled / chars if chars else 0.0


def text_ratios(text: str) -> tuple[float, float]:
    """(hangul_ratio, garbled_ratio) of `text`, counting its characters once for both."""
    counts = Counter(text)
    return _hangul_ratio(counts), _garbled_ratio(counts)


def prefix_agreement(preview: str, text: str) -> float:
    """Share of `preview` (spaces and Hancom's `<` `>` cell marks removed) that the start of `text`
    reproduces in order: an in-order greedy match of the preview's characters against our text."""
    want = "".join(preview.split()).replace("<", "").replace(">", "")
    if not want:
        return 1.0
    # Compare the preview with an equally long prefix plus slack; the preview is truncated by Hancom.
    need = int(len(want) * 1.1) + 16
    have = _squeeze_prefix(text, need)
    if have.startswith(want):
        return 1.0  # the common case, without the quadratic matcher
    from difflib import SequenceMatcher

    window = have[:need]
    matcher = SequenceMatcher(None, want, window, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks())
    return matched / len(want)


def _squeeze_prefix(text: str, need: int) -> str:
    """At least `need` characters of `text` with spaces and cell marks removed, without
    squeezing a whole long document."""
    size = 2 * need + 1024
    while True:
        have = "".join(text[:size].split()).replace("<", "").replace(">", "")
        if len(have) >= need or size >= len(text):
            return have
        size *= 4


def previewed_text(block: Block) -> str:
    """A block's text as Hancom's PrvText preview has it: without the numbers and bullets the
    converter drew in front of numbered paragraphs (attrs["numbering"]) and without the text of
    form controls and equations (form and equation marks), which the preview leaves out; table
    cells likewise."""
    if block.rows is not None:
        if not any(map(_BLOCKS, chain.from_iterable(block.rows))):  # C-speed: tables run to 10^4 cells
            return block.text
        return table_text([[_previewed_cell(cell) for cell in row] for row in block.rows])
    text = block.text
    drawn = [m for m in block.marks if m.kind in _NOT_PREVIEWED]
    for mark in sorted(drawn, key=lambda m: m.start, reverse=True):
        text = text[: mark.start] + text[mark.end :]
    prefix = block.attrs.get("numbering", "")
    if prefix and text.startswith(prefix):
        return text[len(prefix) :].lstrip(" ")
    return text


_BLOCKS = attrgetter("blocks")
_NOT_PREVIEWED = frozenset(("form", "equation"))  # marks over text Hancom's preview does not show


def _previewed_cell(cell: Cell) -> Cell:
    if not cell.blocks:
        return cell
    text = "\n".join(t for t in (previewed_text(b) for b in cell.blocks) if t)
    return Cell(text, cell.row, cell.col, cell.row_span, cell.col_span)
