"""HWP 3 characters ("hchar", 16-bit little-endian) -> Unicode.

HWP 3 stores text in Hancom's own 2-byte code:
- below 0x80: ASCII;
- high bit set: Hangul in 조합형 (Johab), 5 bits each for initial, medial and final (each with a
  "fill" value meaning absent), decoded here arithmetically into precomposed syllables (or
  compatibility jamo when a part is missing);
- 0x4000-0x7FFF: hanja, the first 4888 in KS X 1001 order (row 0xCA onwards, 94 per row);
- 0x3400-0x37BF: symbols, the KS X 1001 symbol rows laid out 0x60 codes per row;
- 0x1F00-0x1FBF: Japanese kana (KS X 1001 rows 0xAA/0xAB);
- 0x2F00-0x2F6F: bullets; 0x3013-0x3060: line-drawing pieces.
Hanja and symbols go through KS X 1001 (Python's euc_kr codec), so no hand-written tables are needed.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

UNKNOWN = "\ufffd"

# Johab field values -> index in Unicode's syllable algebra (fill values are absent here).
_CHO = {v: i for i, v in enumerate(range(2, 21))}
_JUNG = {
    v: i
    for i, v in enumerate([3, 4, 5, 6, 7, 10, 11, 12, 13, 14, 15, 18, 19, 20, 21, 22, 23, 26, 27, 28, 29])
}
_JONG = {v: i + 1 for i, v in enumerate([*range(2, 18), *range(19, 30)])}
_CHO_FILL, _JUNG_FILL, _JONG_FILL = 1, 2, 1


def _jamo(conjoining: int) -> str:
    """A lone initial, medial or final as the compatibility jamo text uses (ㄱ, ㅏ ...)."""
    name = unicodedata.name(chr(conjoining), "")
    for part in ("CHOSEONG ", "JUNGSEONG ", "JONGSEONG "):
        name = name.replace(part, "LETTER ")
    try:
        return unicodedata.lookup(name)
    except KeyError:
        return chr(conjoining)


def hangul(code: int) -> str:
    cho, jung, jong = (code >> 10) & 0x1F, (code >> 5) & 0x1F, code & 0x1F
    if (cho not in _CHO and cho != _CHO_FILL) or (jung not in _JUNG and jung != _JUNG_FILL):
        return UNKNOWN  # old Hangul (옛한글) letters outside the modern set
    if jong not in _JONG and jong != _JONG_FILL:
        return UNKNOWN
    if cho in _CHO and jung in _JUNG:
        return chr(0xAC00 + (_CHO[cho] * 21 + _JUNG[jung]) * 28 + _JONG.get(jong, 0))
    parts = []
    if cho in _CHO:
        parts.append(_jamo(0x1100 + _CHO[cho]))
    if jung in _JUNG:
        parts.append(_jamo(0x1161 + _JUNG[jung]))
    if jong in _JONG:
        parts.append(_jamo(0x11A7 + _JONG[jong]))
    return "".join(parts) or " "


def _ksx1001(row: int, col: int) -> str:
    if not (0xA1 <= row <= 0xFE and 0xA1 <= col <= 0xFE):
        return UNKNOWN
    try:
        return bytes((row, col)).decode("euc_kr")
    except UnicodeDecodeError:
        return UNKNOWN


def hanja(code: int) -> str:
    index = code - 0x4000
    if index >= 4888:  # Hancom's extended hanja: no standard mapping exists
        return UNKNOWN
    return _ksx1001(index // 94 + 0xCA, index % 94 + 0xA1)


# Codes outside the KS X 1001 layout, as Hancom's own converter renders them in the HWPX/HWP 5
# twins of the corpus's HWP 3 files (benchmarks/hwp3_fidelity.py aligns the two texts).
_OBSERVED = {
    0x81: "\u201c",
    0x82: "\u201d",
    0x83: "\u2018",
    0x84: "\u2019",
    0x2024: "\u30fb",
    0x205A: "\u25cb",  # a hollow circle bullet (○), not U+205A's two dots: how Hancom's twins render it
    0x3062: "\u201c",
    0x3063: "\u201d",
    0x3066: "\u2027",
    0x3067: "\u2018",
    0x3068: "\u2019",
    0x309B: "\uff62",
    0x309D: "\uff63",
    0x37ED: "\u2550",
}
_HANCOM_LOGO = "한글과컴퓨터"  # 0x37C0-0x37C5 spell the company name
_LINE_PIECES = "┌┬┐├┼┤└┴┘─│"  # the order of HWP 3's line-drawing pieces


def symbol(code: int) -> str:
    if code in _OBSERVED:
        return _OBSERVED[code]
    if 0x37C0 <= code <= 0x37C5:
        return _HANCOM_LOGO[code - 0x37C0]
    if 0x3400 <= code < 0x37C0:
        offset = code - 0x3400
        row = offset // 0x60 + 0xA1
        if row == 0xAA:  # HWP skips the kana rows here; they live at 0x1Fxx
            row = 0xAC
        return _ksx1001(row, offset % 0x60 + 0xA0)
    if 0x1F00 <= code < 0x1FC0:
        low = code & 0xFF
        return _ksx1001(0xAA + (low >= 0x60), low % 0x60 + 0xA0)
    if 0x2F00 <= code <= 0x2F6F and (code & 0x0F) < 9:
        bases = (0xA1E0, 0xA1DB, 0xA1DE, 0xA1E2, 0xA1E4, 0xA2B7, 0xA2B9)
        ks = bases[(code - 0x2F00) >> 4] + ((code & 0x0F) >= 6)
        return _ksx1001(ks >> 8, ks & 0xFF)
    if 0x3013 <= code < 0x3013 + 11 * 7:  # 7 line styles x 11 pieces; drawn here as thin lines
        return _LINE_PIECES[(code - 0x3013) % 11]
    if 0x2C21 <= code <= 0x2C3A:  # circled Latin small letters
        return chr(0x24D0 + code - 0x2C21)
    if 0x2C40 <= code <= 0x2C4D:  # circled Hangul consonants
        return chr(0x3260 + code - 0x2C40)
    if 0x2E01 <= code <= 0x2E09:  # circled digits
        return chr(0x2460 + code - 0x2E01)
    if 0x2010 <= code < 0x2C00 and unicodedata.category(chr(code)) != "Cn":
        return chr(code)  # punctuation, arrows, math and technical symbols are stored as themselves
    return UNKNOWN


@lru_cache(maxsize=65536)
def to_unicode(code: int) -> str:
    """One printable hchar (>= 0x20) as Unicode text; U+FFFD where HWP 3 has no standard equivalent."""
    if code < 0x80:
        return chr(code)
    if code & 0x8000:
        return hangul(code)
    if code & 0x4000:
        return hanja(code)
    return symbol(code)


def decode_string(raw: bytes) -> str:
    """A NUL-terminated hchar string (summary fields, style names)."""
    out = []
    for i in range(0, len(raw) - 1, 2):
        code = raw[i] | raw[i + 1] << 8
        if code == 0:
            break
        out.append(to_unicode(code) if code >= 0x20 else " ")
    return "".join(out)
