"""Text normalisation and quality ratios: the shortcuts taken for clean text and the per-distinct-
character counting give exactly what the step-by-step definitions give."""

from __future__ import annotations

import random

from gongmun.converters.normalize import normalize_document, normalize_steps, normalize_text
from gongmun.converters.quality import _garbled, garbled_ratio, hangul_ratio, is_hangul, text_ratios
from gongmun.schemas import Block, Document, Mark, Provenance

# Characters each step looks at: CR/LF, tabs, C0 and C1 controls, NEL, wide and zero-width spaces,
# BOM, decomposed Hangul (NFC joins them), combining marks, circled numbers (numeric, not letters).
_ALPHABET = [*"가나a1 \n\t\r\x00\x1c\x85\x0b\x0c", "\u00a0", "\u3000", "\u2003", "\u200b", "\ufeff"]
_ALPHABET += ["\u1100", "\u1161", "\u11a8", "\u0301", "e", "①", "\ue000", "\ufffd"]


def test_normalize_text_equals_the_steps() -> None:
    rng = random.Random(3)
    for _ in range(100_000):
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randrange(14)))
        assert normalize_text(text) == normalize_steps(text), repr(text)


def test_normalize_text_examples() -> None:
    assert normalize_text("  가 \u00a0나\r\n\r\n\r\n다\t\n") == "가 나\n\n다"
    assert normalize_text("\u1100\u1161") == "가"
    assert normalize_text("깨끗한 문장.") == "깨끗한 문장."


def test_marks_keep_their_words_through_normalisation() -> None:
    text = "  누리집\u3000\u3000(www.go.kr)\r\n참조 "
    start = text.index("www")
    block = Block("paragraph", text, marks=[Mark("link", start, start + 9, {"href": "http://www.go.kr"})])
    doc = normalize_document(Document("0" * 64, Provenance("mem://x", "0" * 64, 1, "hwp5"), blocks=[block]))
    mark = doc.blocks[0].marks[0]
    assert (doc.blocks[0].text, doc.blocks[0].text[mark.start : mark.end]) == (
        "누리집 (www.go.kr)\n참조",
        "www.go.kr",
    )


def test_ratios_count_every_character() -> None:
    rng = random.Random(5)
    for _ in range(20_000):
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randrange(30)))
        letters = [c for c in text if c.isalpha()]
        visible = [c for c in text if not c.isspace()]
        hangul = sum(map(is_hangul, letters)) / len(letters) if letters else 0.0
        garbled = sum(map(_garbled, visible)) / len(visible) if visible else 0.0
        assert (hangul_ratio(text), garbled_ratio(text)) == (hangul, garbled) == text_ratios(text)
