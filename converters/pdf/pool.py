"""Which outlined words of a page go to glyph-cell OCR: those with a shape not yet read enough.

A long document repeats its syllables: after a few pages nearly every word is made of shapes
already queued COPIES times, and its page is not even rendered. The glyphs of a word that is
queued are cut from the page at once (a small image each), so the pool can be read in batches
after the page is closed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from .cells import Row, glyph_cell, rows_of, spaced
from .ocr import render
from .outlines import Outline

DPI = 600  # glyphs are a few points tall: this many pixels per inch keeps their strokes apart
COPIES = 5  # each shape is read in this many words (more when its words bring it along); with 3,
# one confident misreading of a rare shape outvoted the rest (0.938 against 0.933 on the twins)

WORDED_SHARE = 0.5  # outlined text has most glyphs in words (0.9 and over); a drawing under 0.2

Word = list[tuple[int, Any]]  # (shape, glyph image) left to right


@dataclass(slots=True)
class Pool:
    """Words waiting to be read, and how often each shape has been queued in the document."""

    words: list[Word] = field(default_factory=list)
    queued: dict[int, int] = field(default_factory=dict)
    cells: int = 0  # glyphs waiting

    def take(self) -> list[Word]:
        words, self.words, self.cells = self.words, [], 0
        return words


def sample_page(page: Any, outlines: Sequence[Outline], pool: Pool) -> int:
    """Queue the page's words that bring a shape read fewer than COPIES times; returns how many."""
    chosen = [(row, w) for row, w in row_words(outlines) if _wanted(w, outlines, pool)]
    if not chosen:
        return 0
    image, scale = render(page, DPI)
    try:
        for row, word in chosen:
            pool.words.append([(outlines[i].shape, glyph_cell(image, scale, outlines[i], row)) for i in word])
            pool.cells += len(word)
    finally:
        image.close()
    return len(chosen)


def page_words(outlines: Sequence[Outline]) -> list[list[int]]:
    """The page's outlines as words (runs of a row between word spaces), top to bottom."""
    return [word for _, word in row_words(outlines)]


def row_words(outlines: Sequence[Outline]) -> list[tuple[Row, list[int]]]:
    """The page's words, each with the row it stands in (its glyphs are sized by that row)."""
    words: list[tuple[Row, list[int]]] = []
    for row in rows_of(outlines):
        words.append((row, []))
        for i in spaced(row, outlines):
            if i is None:
                words.append((row, []))
            else:
                words[-1][1].append(i)
    return [(row, w) for row, w in words if w]


def worded(outlines: Sequence[Outline]) -> bool:
    """Whether the outlines are text: most of them stand in words of two glyphs or more. The
    circles and arrowheads of a drawing are glyph-sized too, but stand alone."""
    words = page_words(outlines)
    return sum(len(w) for w in words if len(w) > 1) >= WORDED_SHARE * max(len(outlines), 1)


def _wanted(word: list[int], outlines: Sequence[Outline], pool: Pool) -> bool:
    """Whether the word brings a shape still short of copies; if so, its shapes count as queued."""
    shapes = [outlines[i].shape for i in word if not outlines[i].form]
    if all(pool.queued.get(s, 0) >= COPIES for s in shapes):
        return False
    for s in shapes:
        pool.queued[s] = pool.queued.get(s, 0) + 1
    return True
