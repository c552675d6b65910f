"""Numbers as Hancom draws them: 1, ①, I, i, A, a, 가, ㉮, ㄱ, ㉠, 일, 一, 갑, 甲.

Paragraph numbering (문단 번호, 개요 번호), caption numbers (그림 1, 표 2) and note numbers all pick
one of the same number shapes (HWP 5 spec table 41 / 134; OWPML `NumberType1`/`NumberType2`). A shape
is kept as its code in that shared order, so both formats format through one function. Past the end
of a finite sequence (20 circled digits, 14 letters ㄱ … ㅎ...) Hancom's own continuation is not
documented; the plain digits are written there rather than a guess. Hangul syllables go on past
하 with the next vowel (거, 너 … 허, 고 …), the continuation kordoc also writes.
"""

from __future__ import annotations

import functools

DIGIT = 0
# OWPML names in the order of their HWP 5 codes (NumberType1, then NumberType2's additions).
STYLE_NAMES = (
    "DIGIT",
    "CIRCLED_DIGIT",
    "ROMAN_CAPITAL",
    "ROMAN_SMALL",
    "LATIN_CAPITAL",
    "LATIN_SMALL",
    "CIRCLED_LATIN_CAPITAL",
    "CIRCLED_LATIN_SMALL",
    "HANGUL_SYLLABLE",
    "CIRCLED_HANGUL_SYLLABLE",
    "HANGUL_JAMO",
    "CIRCLED_HANGUL_JAMO",
    "HANGUL_PHONETIC",
    "IDEOGRAPH",
    "CIRCLED_IDEOGRAPH",
    "DECAGON_CIRCLE",
    "DECAGON_CIRCLE_HANJA",
)
_BY_NAME = {name: code for code, name in enumerate(STYLE_NAMES)}

# 가 … 하, then the same consonants with ㅓ (거 … 허), ㅗ, ㅜ, ㅡ, ㅣ: 84 syllables.
_INITIALS = (0, 2, 3, 5, 6, 7, 9, 11, 12, 14, 15, 16, 17, 18)  # ㄱ ㄴ ㄷ ㄹ ㅁ ㅂ ㅅ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ
_VOWELS = (0, 4, 8, 13, 18, 20)  # ㅏ ㅓ ㅗ ㅜ ㅡ ㅣ
_HANGUL = "".join(chr(0xAC00 + (c * 21 + v) * 28) for v in _VOWELS for c in _INITIALS)
_JAMO = "ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎ"
_CIRCLED_HANGUL = "".join(map(chr, range(0x326E, 0x327C)))  # ㉮ … ㉻
_CIRCLED_JAMO = "".join(map(chr, range(0x3260, 0x326E)))  # ㉠ … ㉭
_CIRCLED_IDEOGRAPH = "".join(map(chr, range(0x3280, 0x328A)))  # ㊀ … ㊉
_GAN = "갑을병정무기경신임계"
_GAN_HANJA = "甲乙丙丁戊己庚辛壬癸"
_SINO = "영일이삼사오육칠팔구"
_HANJA_DIGITS = "〇一二三四五六七八九"
_ROMAN: tuple[tuple[int, str], ...] = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)


def style_code(name: str | None) -> int:
    """The code of an OWPML number shape name (DIGIT when missing or unknown)."""
    return _BY_NAME.get((name or "").upper(), DIGIT)


@functools.lru_cache(maxsize=4096)
def format_number(n: int, style: int) -> str:
    """`n` in number shape `style` (a code of STYLE_NAMES); digits where the shape has no glyph.
    (Cached: a document draws the same few numbers over and over.)"""
    if n <= 0 or style == DIGIT:
        return str(n)
    if style in (2, 3):
        return _roman(n) if style == 2 else _roman(n).lower()
    if style in (4, 5):
        return _latin(n) if style == 4 else _latin(n).lower()
    if style == 12:
        return _sino_korean(n)
    if style == 13:
        return _ideograph(n)
    return _sequence(n, style)


_GLYPHS = {
    6: "".join(map(chr, range(0x24B6, 0x24D0))),  # Ⓐ … Ⓩ
    7: "".join(map(chr, range(0x24D0, 0x24EA))),  # ⓐ … ⓩ
    8: _HANGUL,
    9: _CIRCLED_HANGUL,
    10: _JAMO,
    11: _CIRCLED_JAMO,
    14: _CIRCLED_IDEOGRAPH,
    15: _GAN,
    16: _GAN_HANJA,
}


def _sequence(n: int, style: int) -> str:
    """Shapes that are a fixed run of glyphs (circled forms, Hangul letters, the ten stems)."""
    if style == 1:
        return _circled_digit(n)
    glyphs = _GLYPHS.get(style)
    if glyphs is None or n > len(glyphs):
        return str(n)
    return glyphs[n - 1]


def _circled_digit(n: int) -> str:
    if n <= 20:
        return chr(0x2460 + n - 1)  # ① … ⑳
    if n <= 35:
        return chr(0x3251 + n - 21)  # ㉑ … ㉟
    if n <= 50:
        return chr(0x32B1 + n - 36)  # ㊱ … ㊿
    return str(n)


def _roman(n: int) -> str:
    if n >= 4000:
        return str(n)
    out = []
    for value, letters in _ROMAN:
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


def _latin(n: int) -> str:
    """A … Z, then AA … ZZ (bijective base 26)."""
    out = ""
    while n > 0:
        n, rest = divmod(n - 1, 26)
        out = chr(ord("A") + rest) + out
    return out


def _sino_korean(n: int) -> str:
    """일, 이, 삼 … 십, 십일 … 구십구, 백 (Sino-Korean numerals, up to 9999)."""
    return _positional(n, _SINO, ("", "십", "백", "천"))


def _ideograph(n: int) -> str:
    """一, 二, 三 … 十, 十一 … 九十九 (up to 9999)."""
    return _positional(n, _HANJA_DIGITS, ("", "十", "百", "千"))


def _positional(n: int, digits: str, units: tuple[str, str, str, str]) -> str:
    if n >= 10_000:
        return str(n)
    out = []
    for power in (3, 2, 1, 0):
        digit = n // 10**power % 10
        if digit == 0:
            continue
        # 십, 백, 천 stand alone for one of them (십, not 일십); ones always keep their digit
        out.append(("" if digit == 1 and power else digits[digit]) + units[power])
    return "".join(out)
