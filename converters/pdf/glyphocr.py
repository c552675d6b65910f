"""Glyph-cell OCR: read each distinct outlined glyph of a document a few times, not every copy.

The same shape is the same syllable wherever it is drawn, and a document draws a few hundred
distinct syllables thousands of times. So the pages are only sampled as they are walked (pool.py):
a word goes to the pool when one of its shapes has been queued fewer than COPIES times, its glyphs
cut from the page there and then. The pool is read in batches: words laid out as strips of square
cells (cells.py), one Tesseract run over all strips (`--psm 7`, hOCR characters matched to cells
in reading order (aligned) -> shape). Reading words rather than lone glyphs keeps the context the line model leans on. `Votes`
adds up each shape's readings and each outline says what its shape was read as most confidently.
"""

from __future__ import annotations

import html
import os
import re
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from .cells import CELL, mark_text, rows_of, spaced, strip_image
from .glyphs import Glyph
from .outlines import Outline
from .pool import Pool, Word

PSM = 7  # each strip is one line
UNSURE = 95.0  # a reading below this confidence (0..100) is read again by both models
STRIP_CELLS = 40  # cells per strip: long enough for context, short enough for one line
SKIP = 1.0  # cost, in cells of distance, of leaving a character or a filled cell unmatched
MAX_SHIFT = 1.5  # a character is never matched to a cell further than this many cells away
_PAGE = re.compile(r"class='ocr_page'[^>]*ppageno (\d+)")
_CHAR = re.compile(
    r"class='ocrx_cinfo' title='x_bboxes (-?\d+) -?\d+ (-?\d+) -?\d+; x_conf ([\d.]+)'>([^<]*)<"
)


@dataclass(slots=True)
class Votes:
    """Readings of each shape over a document: character -> summed confidence."""

    by_shape: dict[int, dict[str, float]] = field(default_factory=dict)

    def add(self, shape: int, text: str, confidence: float) -> None:
        tally = self.by_shape.setdefault(shape, {})
        tally[text] = tally.get(text, 0.0) + max(confidence, 1.0)

    def reading(self, shape: int) -> str:
        tally = self.by_shape.get(shape)
        return max(tally, key=tally.__getitem__) if tally else ""


def read_pool(pool: Pool, votes: Votes, langs: str, timeout: float) -> float:
    """Read the pool's words into `votes` and empty it; returns the mean confidence (0..1) of the
    readings. The first model reads every word; with a second (`kor+Hangul`), both together read
    again only the words holding a shape the first was unsure of: two models cost twice one, and
    help only where one hesitates. Raises RuntimeError when Tesseract fails or runs out of time."""
    words = pool.take()
    deadline = time.monotonic() + timeout
    first = langs.split("+")[0]
    confidence, unsure = _read(words, votes, first, timeout)
    if first != langs and unsure:
        again = [w for w in words if any(shape in unsure for shape, _ in w)]
        _read(again, votes, langs, deadline - time.monotonic())
    return confidence


def _read(words: Sequence[Word], votes: Votes, lang: str, timeout: float) -> tuple[float, set[int]]:
    """One Tesseract run over the words; the mean confidence, and the shapes read below UNSURE."""
    import pytesseract

    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    strips = _strips(words)
    if not strips:
        return 0.0, set()
    if timeout < 1:
        raise RuntimeError("glyph-cell OCR out of time")
    with tempfile.TemporaryDirectory(prefix="gongmun-cells-") as tmp:
        names = []
        for n, (_, images) in enumerate(strips):
            names.append(os.path.join(tmp, f"strip{n:05d}.png"))
            strip_image(images).save(names[-1])
        listing, base = os.path.join(tmp, "strips.txt"), os.path.join(tmp, "out")
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
    return _tally(hocr, [shapes for shapes, _ in strips], votes)


Strip = tuple[list[int | None], list[object | None]]  # shapes and glyph images, None a word space


def _strips(words: Sequence[Word]) -> list[Strip]:
    """Words one after another with a word space between, a new strip when one would run long."""
    out: list[Strip] = []
    for word in words:
        if not out or len(out[-1][0]) + len(word) >= STRIP_CELLS:
            out.append(([], []))
        shapes, images = out[-1]
        if shapes:
            shapes.append(None)
            images.append(None)
        shapes.extend(shape for shape, _ in word)
        images.extend(image for _, image in word)
    return out


def _tally(hocr: str, strips: Sequence[Sequence[int | None]], votes: Votes) -> tuple[float, set[int]]:
    """Each character of each strip voted onto the shape under it (aligned(): a cell takes at most
    one character). Also the shapes of cells read below UNSURE or not at all."""
    read, confidence = 0, 0.0
    unsure = {shape for cells in strips for shape in cells if shape is not None}
    sure: set[int] = set()
    parts = _PAGE.split(hocr)  # [head, page number, body, page number, body, ...]
    for number, body in zip(parts[1::2], parts[2::2], strict=True):
        cells = strips[int(number)] if int(number) < len(strips) else []
        chars = []
        for left, right, conf, text in _CHAR.findall(body):
            char = html.unescape(text).strip()
            if char.isprintable() and char not in ("", "\ufffd"):
                chars.append(((int(left) + int(right)) / 2, float(conf), char))
        matched = aligned([x for x, _, _ in chars], [n for n, shape in enumerate(cells) if shape is not None])
        for k, n in matched:
            _, conf, char = chars[k]
            votes.add(cells[n] or 0, char, conf)
            confidence += conf
            (sure if conf >= UNSURE else unsure).add(cells[n] or 0)
        read += len(matched)
    return (round(confidence / read / 100, 4) if read else 0.0), unsure - sure


def aligned(centers: Sequence[float], filled: Sequence[int]) -> list[tuple[int, int]]:
    """Characters (x centres in reading order) matched to filled cells (indices, left to right),
    order kept, at the least total distance in cells; either may go unmatched at SKIP each.

    Tesseract's LSTM character boxes are where the line model emitted each character, not where
    the glyph is: a box often starts early or spans the next cell, so the character nearest a
    cell's middle can belong to its neighbour, and a shape voted the neighbour's reading. Reading
    order is reliable where positions are not: as many characters as cells are matched in order."""
    rows, cols = len(centers), len(filled)
    if rows == cols:
        return list(zip(range(rows), filled, strict=True))
    middle = [(n + 1.5) * CELL for n in filled]
    inf = float("inf")
    cost = [[inf] * (cols + 1) for _ in range(rows + 1)]
    step = [[0] * (cols + 1) for _ in range(rows + 1)]  # 1 match, 2 skip a character, 3 skip a cell
    cost[0][0] = 0.0
    for i in range(rows + 1):
        for j in range(cols + 1):
            here = cost[i][j]
            if here == inf:
                continue
            if i < rows and j < cols:
                gap = abs(centers[i] - middle[j]) / CELL
                if gap <= MAX_SHIFT and here + gap < cost[i + 1][j + 1]:
                    cost[i + 1][j + 1], step[i + 1][j + 1] = here + gap, 1
            if i < rows and here + SKIP < cost[i + 1][j]:
                cost[i + 1][j], step[i + 1][j] = here + SKIP, 2
            if j < cols and here + SKIP < cost[i][j + 1]:
                cost[i][j + 1], step[i][j + 1] = here + SKIP, 3
    out = []
    i, j = rows, cols
    while i or j:
        move = step[i][j]
        if move == 1:
            out.append((i - 1, filled[j - 1]))
        i, j = (i - 1, j - 1) if move == 1 else (i - 1, j) if move == 2 else (i, j - 1)
    return out[::-1]


def outline_glyphs(outlines: Sequence[Outline], votes: Votes) -> list[Glyph]:
    """The outlines as glyphs with their shapes' readings, row by row: each as tall as its row (the
    faces top-align short syllables) and widened to its neighbour within a word, so that layout finds
    word spaces exactly where cells.py found them. A sign named by its geometry keeps that name."""
    out = []
    for row in rows_of(outlines):
        cells = spaced(row, outlines)
        for n, i in enumerate(cells):
            if i is None:
                continue
            o = outlines[i]
            text = o.form or votes.reading(o.shape)
            after = cells[n + 1] if n + 1 < len(cells) else None
            right = max(o.x1, outlines[after].x0) if after is not None else o.x1
            if text:
                out.append(Glyph(text, o.x0, row.top, right, row.bottom, row.height, 0))
        for i in row.marks:
            o = outlines[i]
            out.append(Glyph(mark_text(o, row), o.x0, row.top, o.x1, row.bottom, row.height, 0))
    return out
