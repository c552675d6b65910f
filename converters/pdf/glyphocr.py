"""Glyph-cell OCR: read a page's outlined glyphs row by row, and pool the readings of each shape.

Every row of outlines becomes a strip of square cells (cells.py); one Tesseract process reads all of
a page's strips as single lines (`--psm 7`) and reports each character with its box (hOCR character
boxes), so each reading lands on the cell, hence the outline, it was read from. The same shape is the
same syllable wherever it is drawn: `Votes` adds up the confidence of every reading of a shape over
the document, and each outline says what its shape was read as most confidently overall, which
mends a syllable misread in one row from the rows where it was read right.
"""

from __future__ import annotations

import html
import os
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from .cells import cell_at, mark_text, row_image, rows_of, spaced
from .glyphs import Glyph
from .ocr import render
from .outlines import Outline

DPI = 600  # glyphs are a few points tall: this many pixels per inch keeps their strokes apart
PSM = 7  # each strip is one line
SETTLED_READS = 4  # a row whose every shape was read this many times ...
SETTLED_SHARE = 0.8  # ... this consistently is not read again (long documents repeat their syllables)
_PAGE = re.compile(r"class='ocr_page'[^>]*ppageno (\d+)")
_CHAR = re.compile(
    r"class='ocrx_cinfo' title='x_bboxes (-?\d+) -?\d+ (-?\d+) -?\d+; x_conf ([\d.]+)'>([^<]*)<"
)


@dataclass(slots=True)
class Votes:
    """Readings of each shape over a document: character -> summed confidence."""

    by_shape: dict[int, dict[str, float]] = field(default_factory=dict)
    reads: dict[int, int] = field(default_factory=dict)

    def add(self, shape: int, text: str, confidence: float) -> None:
        tally = self.by_shape.setdefault(shape, {})
        tally[text] = tally.get(text, 0.0) + max(confidence, 1.0)
        self.reads[shape] = self.reads.get(shape, 0) + 1

    def settled(self, shape: int) -> bool:
        """Read often enough, and agreeing enough, that reading it again would change nothing."""
        tally = self.by_shape.get(shape)
        if not tally or self.reads[shape] < SETTLED_READS:
            return False
        return max(tally.values()) >= SETTLED_SHARE * sum(tally.values())

    def reading(self, shape: int) -> str:
        tally = self.by_shape.get(shape)
        return max(tally, key=tally.__getitem__) if tally else ""


def read_outlines(
    page: Any, outlines: Sequence[Outline], votes: Votes, lang: str, timeout: float
) -> tuple[int, float]:
    """Read the page's outlines into `votes`; returns how many of them have a reading now and the
    mean confidence (0..1) of this page's readings (SETTLED_SHARE when every row was settled). Raises
    RuntimeError when Tesseract fails or runs out of time (pytesseract's errors)."""
    import pytesseract

    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    strips = [spaced(row, outlines) for row in rows_of(outlines)]
    strips = [s for s in strips if not all(i is None or votes.settled(outlines[i].shape) for i in s)]
    if not strips:
        return _known(outlines, votes), SETTLED_SHARE
    image, scale = render(page, DPI)
    with tempfile.TemporaryDirectory(prefix="gongmun-cells-") as tmp:
        names = []
        for n, cells in enumerate(strips):
            names.append(os.path.join(tmp, f"row{n:05d}.png"))
            row_image(image, scale, cells, outlines).save(names[-1])
        image.close()
        listing, base = os.path.join(tmp, "rows.txt"), os.path.join(tmp, "out")
        with open(listing, "w", encoding="utf-8") as fh:
            fh.write("\n".join(names) + "\n")
        pytesseract.pytesseract.run_tesseract(
            listing,
            base,
            extension="hocr",
            lang=lang,
            config=f"--psm {PSM} -c hocr_char_boxes=1",
            timeout=max(1, int(timeout)),
        )
        with open(base + ".hocr", encoding="utf-8", errors="replace") as fh:
            hocr = fh.read()
    confidence = _tally(hocr, strips, outlines, votes)
    return _known(outlines, votes), confidence


def _known(outlines: Sequence[Outline], votes: Votes) -> int:
    return sum(1 for o in outlines if o.shape in votes.by_shape)


def _tally(
    hocr: str, strips: Sequence[Sequence[int | None]], outlines: Sequence[Outline], votes: Votes
) -> float:
    """Each character of each strip voted onto the outline under it; a cell read as several
    characters keeps its most confident one."""
    read, confidence = 0, 0.0
    parts = _PAGE.split(hocr)  # [head, page number, body, page number, body, ...]
    for number, body in zip(parts[1::2], parts[2::2], strict=True):
        cells = strips[int(number)] if int(number) < len(strips) else []
        best: dict[int, tuple[float, str]] = {}
        for left, right, conf, text in _CHAR.findall(body):
            i = cell_at((int(left) + int(right)) / 2, cells)
            char = html.unescape(text).strip()
            if i is None or not char.isprintable() or char in ("", "\ufffd"):
                continue
            if i not in best or float(conf) > best[i][0]:
                best[i] = (float(conf), char)
        for i, (conf, char) in best.items():
            votes.add(outlines[i].shape, char, conf)
            confidence += conf
        read += len(best)
    return round(confidence / read / 100, 4) if read else 0.0


def outline_glyphs(outlines: Sequence[Outline], votes: Votes) -> list[Glyph]:
    """The outlines as glyphs with their shapes' readings, row by row: each as tall as its row (the
    faces top-align short syllables) and widened to its neighbour within a word, so that layout finds
    word spaces exactly where cells.py found them."""
    out = []
    for row in rows_of(outlines):
        cells = spaced(row, outlines)
        for n, i in enumerate(cells):
            if i is None:
                continue
            o, text = outlines[i], votes.reading(outlines[i].shape)
            after = cells[n + 1] if n + 1 < len(cells) else None
            right = max(o.x1, outlines[after].x0) if after is not None else o.x1
            if text:
                out.append(Glyph(text, o.x0, row.top, right, row.bottom, row.height, 0))
        for i in row.marks:
            o = outlines[i]
            out.append(Glyph(mark_text(o, row), o.x0, row.top, o.x1, row.bottom, row.height, 0))
    return out
