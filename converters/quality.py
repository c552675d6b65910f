"""Quality signals that tell the ML team how far to trust a document's text."""

from __future__ import annotations

import re
import unicodedata

_WS = re.compile(r"\s+")


def is_hangul(ch: str) -> bool:
    o = ord(ch)
    return 0xAC00 <= o <= 0xD7A3 or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F


def hangul_ratio(text: str) -> float:
    """Share of Hangul among letters (Hangul, Latin, Han...), ignoring digits, spaces, punctuation."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if is_hangul(c)) / len(letters)


def _garbled(ch: str) -> bool:
    if ch == "\ufffd":
        return True
    cat = unicodedata.category(ch)
    if cat in ("Co", "Cn", "Cs"):  # private use, unassigned, surrogates
        return True
    return cat == "Cc" and ch not in "\n\t\r"


def garbled_ratio(text: str) -> float:
    """Share of non-space characters that are replacement, private-use, unassigned or control."""
    chars = [c for c in text if not c.isspace()]
    if not chars:
        return 0.0
    return sum(1 for c in chars if _garbled(c)) / len(chars)


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
