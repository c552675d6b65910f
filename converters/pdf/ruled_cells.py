"""The cells of ruled tables on a scanned page, so words the page's reading dropped can be read cell by cell.

Tesseract's uniform-block reading takes a table's rules for ink and, on a noisy scan, drops whole rows
between them: a cover table's `보안등급 | 대외비` row, a roster's names. A cell is a region the rules
enclose: rules are straight runs of ink far longer than any letter's stroke, and what they wall in,
apart from the page's open background, are the cells. Finding them needs no reading, so the OCR reads
only the cells its page reading left empty (ocr.py), all at once as one strip of stacked crops.
"""

from __future__ import annotations

from typing import Any

import numpy as np

RULE_SHARE = 0.04  # a horizontal rule runs at least this share of the page's width …
RULE_SHARE_DOWN = 0.012  # … a vertical one this share of its height (a row of a tight table)
MIN_WIDTH, MIN_HEIGHT = 0.015, 0.007  # a cell's size as a share of the page's
MAX_HEIGHT = 0.25  # taller regions are frames around body text, read well by the page's reading
MIN_FILL = 0.7  # a cell fills most of its bounding box (what leaks round a broken rule does not)
MIN_INK = 0.004  # a cell with less ink than this share of its inside is empty
MAX_CELLS = 120
MAX_STRIP_HEIGHT = 12_000  # pixels of stacked cells read in one run (about three pages of rows)
RULE_CONTRAST = 55  # grey levels below the paper's median at which a pixel counts as a rule's ink
_BRIDGE = 3  # a gap in a rule this many pixels long or shorter is closed
_INSET = 4  # pixels a cell is read inside its found edges
_SEAL = 1  # pixels a rule is thickened by, so a scanner's nick in it does not open the cell


def _runs(dark: np.ndarray, length: int) -> np.ndarray:
    """The ink pixels that lie in a run of at least `length` along each row."""
    height, width = dark.shape
    if width < length:
        return np.zeros_like(dark)
    sums = np.zeros((height, width + 1), dtype=np.int32)
    np.cumsum(dark, axis=1, out=sums[:, 1:])
    full = (sums[:, length:] - sums[:, :-length]) == length  # the window starting at each column is all ink
    # a pixel lies in a long run when a full window covers it: the count of full windows starting within
    # the `length` columns up to it (prefix sums again, padded so the ends need no special case)
    padded = np.zeros((height, full.shape[1] + 2 * (length - 1) + 1), dtype=np.int32)
    np.cumsum(full, axis=1, out=padded[:, length : length + full.shape[1]])
    padded[:, length + full.shape[1] :] = padded[:, length + full.shape[1] - 1 : length + full.shape[1]]
    return (padded[:, length : length + width] - padded[:, :width]) > 0


def ruled_cells(image: Any) -> list[tuple[int, int, int, int]]:
    """(left, top, right, bottom) in pixels of the table cells with something written in them."""
    from scipy import ndimage

    gray = np.asarray(image.convert("L"))
    # found at half the resolution, each pixel the darkest of four: a one-pixel rule stays whole
    high, wide = gray.shape[0] // 2 * 2, gray.shape[1] // 2 * 2
    gray = gray[:high, :wide].reshape(high // 2, 2, wide // 2, 2).min(axis=(1, 3))
    # a scan's rules are often thin and grey: ink is what stands well below the paper's own tone
    dark = gray < min(200, int(np.median(gray)) - RULE_CONTRAST)
    height, width = dark.shape
    # (a speck of white on a rule, or a scanner's streak across it, is bridged before runs are measured)
    along = ndimage.binary_closing(dark, structure=np.ones((1, _BRIDGE), dtype=bool))
    across = _runs(along, max(8, int(width * RULE_SHARE)))
    if not across.any():
        return []
    along = ndimage.binary_closing(dark, structure=np.ones((_BRIDGE, 1), dtype=bool))
    down = _runs(along.T, max(8, int(height * RULE_SHARE_DOWN))).T
    walls = ndimage.binary_dilation(across | down, iterations=_SEAL)
    regions, count = ndimage.label(~walls)
    if count < 2:
        return []
    # (writing is strokes; a scan's specks are lone dots, which an opening takes away; asked only of a
    # page with rules)
    written = ndimage.binary_opening(gray < 128, structure=np.ones((2, 2), dtype=bool))
    cells = []
    border = set(np.unique(np.concatenate((regions[0], regions[-1], regions[:, 0], regions[:, -1]))).tolist())
    for label, found in enumerate(ndimage.find_objects(regions), start=1):
        if found is None or label in border:
            continue
        rows, cols = found
        top, bottom, left, right = rows.start, rows.stop, cols.start, cols.stop
        box_h, box_w = bottom - top, right - left
        if box_w < width * MIN_WIDTH or not height * MIN_HEIGHT <= box_h <= height * MAX_HEIGHT:
            continue
        inside = regions[found] == label
        if inside.mean() < MIN_FILL:
            continue
        if (written[found] & inside).mean() < MIN_INK:
            continue
        cells.append((2 * left, 2 * top, 2 * right, 2 * bottom))
        if len(cells) >= MAX_CELLS:
            break
    return sorted(cells, key=lambda c: (c[1], c[0]))


def stacked(image: Any, cells: list[tuple[int, int, int, int]]) -> tuple[Any, list[tuple[int, int]]]:
    """One white strip with each cell's inside below the one before, a blank band apart, and the
    (top, bottom) rows each cell's crop occupies in it: one Tesseract run reads them all. The strip
    stays under MAX_STRIP_HEIGHT: the cells after that are left to the page's own reading."""
    from PIL import Image, ImageOps

    gap = 40
    kept: list[tuple[int, int, int, int]] = []
    height = gap
    for cell in cells:
        height += cell[3] - cell[1] + gap
        if height > MAX_STRIP_HEIGHT and kept:
            break
        kept.append(cell)
    cells = kept
    # each crop's paper turned white (it is most of the crop), so no crop's edge reads as a frame
    # (and cut a few pixels inside the cell, where what is left of a rule would read as '|')
    crops = [
        ImageOps.autocontrast(image.crop(_inset(cell, _INSET)).convert("L"), cutoff=(1, 50)) for cell in cells
    ]
    strip_w = max(c.width for c in crops) + 2 * gap
    strip_h = sum(c.height for c in crops) + gap * (len(crops) + 1)
    strip = Image.new("L", (strip_w, strip_h), 255)
    spans = []
    y = gap
    for crop in crops:
        strip.paste(crop, (gap, y))
        spans.append((y, y + crop.height))
        y += crop.height + gap
        crop.close()
    return strip, spans


def _inset(cell: tuple[int, int, int, int], by: int) -> tuple[int, int, int, int]:
    left, top, right, bottom = cell
    if right - left <= 4 * by or bottom - top <= 4 * by:
        return cell
    return left + by, top + by, right - by, bottom - by
