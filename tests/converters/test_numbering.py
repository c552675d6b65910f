"""Number shapes and counters (converters/numformat.py, converters/numbering.py): how Hancom draws
and counts paragraph numbers, as flat tables of exact cases."""

from __future__ import annotations

import pytest

from gongmun.converters.numbering import Counters, Level, Numbering, bullet_text, with_prefix
from gongmun.converters.numformat import format_number, style_code
from gongmun.converters.quality import previewed_text
from gongmun.schemas import Block, Cell

# (number, OWPML shape name, drawn) — the shapes of HWP 5 table 41 / OWPML NumberType1 and 2
SHAPES = [
    (3, "DIGIT", "3"),
    (3, "CIRCLED_DIGIT", "③"),
    (21, "CIRCLED_DIGIT", "㉑"),
    (50, "CIRCLED_DIGIT", "㊿"),
    (51, "CIRCLED_DIGIT", "51"),  # no glyph: digits, not a guess
    (14, "ROMAN_CAPITAL", "XIV"),
    (1999, "ROMAN_CAPITAL", "MCMXCIX"),
    (4, "ROMAN_SMALL", "iv"),
    (3, "LATIN_CAPITAL", "C"),
    (27, "LATIN_CAPITAL", "AA"),
    (2, "LATIN_SMALL", "b"),
    (1, "CIRCLED_LATIN_CAPITAL", "Ⓐ"),
    (26, "CIRCLED_LATIN_SMALL", "ⓩ"),
    (1, "HANGUL_SYLLABLE", "가"),
    (14, "HANGUL_SYLLABLE", "하"),
    (15, "HANGUL_SYLLABLE", "거"),  # past 하: the next vowel
    (46, "HANGUL_SYLLABLE", "루"),
    (2, "CIRCLED_HANGUL_SYLLABLE", "㉯"),
    (3, "HANGUL_JAMO", "ㄷ"),
    (1, "CIRCLED_HANGUL_JAMO", "㉠"),
    (3, "HANGUL_PHONETIC", "삼"),
    (10, "HANGUL_PHONETIC", "십"),
    (21, "HANGUL_PHONETIC", "이십일"),
    (3, "IDEOGRAPH", "三"),
    (12, "IDEOGRAPH", "十二"),
    (1, "CIRCLED_IDEOGRAPH", "㊀"),
    (3, "DECAGON_CIRCLE", "병"),
    (2, "DECAGON_CIRCLE_HANJA", "乙"),
    (0, "HANGUL_SYLLABLE", "0"),
    (5, "NO_SUCH_SHAPE", "5"),
]


@pytest.mark.parametrize(("n", "shape", "drawn"), SHAPES)
def test_number_shapes(n: int, shape: str, drawn: str) -> None:
    assert format_number(n, style_code(shape)) == drawn


# Hancom's default numbering for 문단 번호: 1. 가. 1) 가) (1) (가) ①
DEFAULT = Numbering(
    (
        Level("^1.", style_code("DIGIT")),
        Level("^2.", style_code("HANGUL_SYLLABLE")),
        Level("^3)", style_code("DIGIT")),
        Level("^4)", style_code("HANGUL_SYLLABLE")),
        Level("(^5)", style_code("DIGIT")),
        Level("(^6)", style_code("HANGUL_SYLLABLE")),
        Level("^7", style_code("CIRCLED_DIGIT")),
    )
)

# (levels numbered in order (0-based), prefixes drawn)
COUNTING = [
    # a deeper level restarts whenever a shallower one is numbered
    ([0, 0, 1, 0, 1, 1, 2, 2, 0], ["1.", "2.", "가.", "3.", "가.", "나.", "1)", "2)", "4."]),
    # a level numbered before its parent shows the parent's start where the pattern asks for it
    ([1, 1, 0, 1], ["가.", "나.", "1.", "가."]),
    ([6, 4, 5], ["①", "(1)", "(가)"]),
    ([7], [""]),  # a level the definition does not have draws nothing
]


@pytest.mark.parametrize(("levels", "drawn"), COUNTING)
def test_counters_per_level(levels: list[int], drawn: list[str]) -> None:
    counters = Counters()
    assert [counters.next("default", DEFAULT, level) for level in levels] == drawn


def test_start_numbers_and_level_paths() -> None:
    numbering = Numbering((Level("제^1장", 0, 3), Level("^N", 0, 1), Level("^n", 2, 5)))
    counters = Counters()
    assert [counters.next(1, numbering, level) for level in (0, 1, 2, 2, 0, 2)] == [
        "제3장",
        "3.1.",
        "3.1.V",
        "3.1.VI",
        "제4장",
        "4.1.V",
    ]


def test_each_definition_counts_on_its_own() -> None:
    """Hancom makes a new definition for "새 번호 목록 시작": it starts again; the old one goes on."""
    counters = Counters()
    drawn = [counters.next(key, DEFAULT, 0) for key in ("a", "a", "b", "a", "b")]
    assert drawn == ["1.", "2.", "1.", "3.", "2."]


@pytest.mark.parametrize(
    ("char", "drawn"),
    [
        ("\uf06c", "●"),
        ("\uf09f", "•"),
        ("\uf0a7", "▪"),
        ("\uf0fc", "✓"),
        ("\uf0ff", "•"),
        ("-", "-"),
        ("", "•"),
    ],
)
def test_symbol_font_bullets_are_drawn_as_unicode(char: str, drawn: str) -> None:
    assert bullet_text(char) == drawn


def test_prefix_and_unnumbered_text() -> None:
    assert with_prefix("가.", "  본문") == "가. 본문"
    assert with_prefix("", "본문") == "본문"
    block = Block("list_item", with_prefix("1.", "본문"), attrs={"numbering": "1."})
    assert previewed_text(block) == "본문"
    cell = Cell("● 항목", blocks=[Block("paragraph", "● 항목", attrs={"numbering": "●"})])
    table = Block("table", rows=[[cell, Cell("값")]])
    assert table.text == "● 항목\t값"
    assert previewed_text(table) == "항목\t값"
