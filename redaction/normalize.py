"""Offset-preserving folding of the noise OCR and word processors put into identifiers.

Recognizers match on a folded copy of the text that has exactly the same length, so every match
offset is also an offset into the original. Only one-to-one character replacements are allowed:
full-width ASCII (０-９, Ａ-Ｚ, －) becomes ASCII, the many Unicode dashes become '-', and exotic
spaces become ' '. Multi-character NFKC expansions (㈜ → (주)) are deliberately not applied.
"""

from __future__ import annotations

import re

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d\u30fc\u2043"
_SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0xFF01, 0xFF5F):  # full-width ASCII block
        table[code] = chr(code - 0xFEE0)
    for ch in _DASHES:
        table[ord(ch)] = "-"
    for ch in _SPACES:
        table[ord(ch)] = " "
    table[ord("\r")] = "\n"
    return table


_TABLE = _build_table()
_NEEDS_FOLD = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_TABLE)) + "]")


def fold(text: str) -> str:
    """Same-length copy of `text` with digits, letters, dashes and spaces in their ASCII form."""
    if not _NEEDS_FOLD.search(text):  # most text has nothing to fold: skip the per-character pass
        return text
    folded = text.translate(_TABLE)
    if len(folded) != len(text):  # cannot happen with a one-to-one table; guard the invariant
        raise AssertionError("fold changed the text length")
    return folded


def digits_only(value: str) -> str:
    """The ASCII digits of a (folded) value, for check-digit validation and hashing."""
    return "".join(ch for ch in value if "0" <= ch <= "9")
