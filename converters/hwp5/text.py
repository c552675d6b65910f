"""PARA_TEXT decoding: UTF-16 text interleaved with HWP control characters (codes 0-31).

Char controls take one unit; inline and extended controls take eight (the code, six units of
payload, the code again). Extended controls point, in order, at the paragraph's CTRL_HEADER
records, so the decoder returns where each one sits. Text is decoded once as UTF-16 and scanned
with a regex for control codes, never unit by unit in Python.
"""

from __future__ import annotations

import re
from array import array
from codecs import utf_16_le_decode as _utf16_decode

from . import accel

# Codes whose control spans 8 units; of those, "extended" ones own a CTRL_HEADER record.
EXTENDED = frozenset((1, 2, 3, 11, 12, 14, 15, 16, 17, 18, 21, 22, 23))
_WIDE = frozenset((1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23))
# Char controls rendered as text: line break, non-breaking space, fixed-width space. Code 24
# ("hyphen") is a discretionary hyphenation point inside a word (Grund\x18rechts\x18norm in real
# files), so it is dropped like a soft hyphen.
_CHAR_TEXT = {10: "\n", 30: "\u00a0", 31: " "}
FIELD_BEGIN, FIELD_END, TAB = 3, 4, 9
_CONTROL = re.compile("[\x00-\x1f]")
_WIDE_RE = re.compile("[" + "".join(map(chr, sorted(_WIDE))) + "]")
# Every char control: rendered ones to their text, the rest (0, 24, 25-29, 11-13 edge cases) dropped.
_CHAR_TABLE = {c: _CHAR_TEXT.get(c) for c in range(32) if c not in _WIDE and c != 13}
_SURROGATE = re.compile("[\ud800-\udfff]")
_SPECIAL = re.compile("[\x00-\x1f\ud800-\udfff]")  # anything plain_text must look at


def decode_units(raw: bytes) -> str:
    """UTF-16LE with lone surrogates kept as single characters, so lengths stay in units.
    (The codec function itself: `bytes.decode` with this error handler goes through a slower
    Python-level wrapper, and paragraphs are decoded by the hundred thousand.)"""
    return _utf16_decode(raw, "surrogatepass")[0]


def split_controls(raw: bytes) -> list[str | int]:
    """Paragraph text as a list of plain-text pieces (str) and extended control codes (int).

    Tabs become "\\t"; field begin/end codes are kept as ints so callers can see field spans
    (the field's visible text lies between them and stays). Paragraph end (13) ends the text."""
    text = decode_units(raw[: len(raw) // 2 * 2])
    if len(text) * 2 != len(raw) // 2 * 2:
        # A surrogate pair in control payload would shift positions: fall back to a unit walk.
        text = _units_as_text(raw)
    out: list[str | int] = []
    pos, n = 0, len(text)
    search = _CONTROL.search
    while pos < n:
        m = search(text, pos)
        if m is None:
            out.append(text[pos:])
            break
        at = m.start()
        if at > pos:
            out.append(text[pos:at])
        code = ord(text[at])
        if code == 13:
            break
        if code in _WIDE:
            if code == TAB:
                out.append("\t")
            elif code in EXTENDED or code == FIELD_END:
                out.append(code)
            pos = at + 8
        else:
            repl = _CHAR_TEXT.get(code)
            if repl:
                out.append(repl)
            pos = at + 1
    return out


def _units_as_text(raw: bytes) -> str:
    """One character per UTF-16 unit (pairs rejoined later by `join_units`)."""
    units = array("H")
    units.frombytes(raw[: len(raw) // 2 * 2])
    return "".join(map(chr, units))


def fix_surrogates(text: str) -> str:
    """Rejoin surrogate pairs split by the unit walk; drop lone surrogates."""
    if _SURROGATE.search(text) is None:
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "ignore")


def plain_text(raw: bytes) -> str:
    """Text of a paragraph without extended controls (the caller checked); compiled when built."""
    fast = accel.para_text
    return fast(raw) if fast is not None else plain_text_python(raw)


def plain_text_python(raw: bytes) -> str:
    """`plain_text` in pure Python (the fallback, and the reference for the compiled one). The common case, text
    ending in the paragraph mark and nothing else special, costs one regex scan; char controls are
    mapped with one `str.translate`; 8-unit controls go through `split_controls`."""
    text = decode_units(raw[: len(raw) // 2 * 2])
    body = text[:-1] if text.endswith("\r") else text
    if _SPECIAL.search(body) is None:
        return body
    if _WIDE_RE.search(text) is not None:
        return fix_surrogates("".join(p for p in split_controls(raw) if isinstance(p, str)))
    end = text.find("\r")
    if end >= 0:
        text = text[:end]
    return fix_surrogates(text.translate(_CHAR_TABLE))
