"""Short words printed inside a ruled box near a page's top or foot: the way stamps are set (대외비,
Ⅲ급비밀, 비공개 in a frame). Tesseract's uniform-block mode reads the frame as ink and drops the word
inside, so each such box is found from its four rules and its inside read on its own as one line.

A box here is a stamp's, not a table's: at most 70% of the page wide and 8% high, closed (two horizontal
rules of about the same extent joined by two vertical ones), sharing no rule with another box and with
no rule running down inside it. A rubber stamp is often pressed on askew: when the page shows no box
upright, it is looked for again with the page turned a few degrees each way (TILTS).
"""

from __future__ import annotations

from typing import Any

import numpy as np

BAND = 0.18  # the share of the page's height at the top and at the foot where stamps stand
MIN_WIDTH, MAX_WIDTH = 0.04, 0.70  # a box's width as a share of the page's
MIN_HEIGHT, MAX_HEIGHT = 0.012, 0.08  # … and its height
_SIDE_INK = 0.85  # share of a vertical rule's pixels that must be ink
_MAX_BOXES = 4
_TILT_ROWS = 3  # rows a rule may drift over its length in a skewed scan (each way)
TILTS = (-6.0, -4.0, -2.0, 2.0, 4.0, 6.0)  # degrees a page is turned to set an askew stamp's box upright


def _rules(dark: np.ndarray, rows: range, min_len: int, max_len: int, gap: int) -> list[tuple[int, int, int]]:
    """(row, x0, x1) of every horizontal run of ink between `min_len` and `max_len` pixels long, runs
    apart by at most `gap` pixels (a scanner's white streak across the rule) counted as one."""
    found = []
    for y in rows:
        row = dark[y]
        if row.sum() < min_len:
            continue
        edges = np.flatnonzero(np.diff(np.concatenate(([0], row.view(np.int8), [0]))))
        runs: list[list[int]] = []
        for x0, x1 in zip(edges[::2].tolist(), edges[1::2].tolist(), strict=True):
            if runs and x0 - runs[-1][1] <= gap:
                runs[-1][1] = x1
            else:
                runs.append([x0, x1])
        found += [(y, x0, x1) for x0, x1 in runs if min_len <= x1 - x0 <= max_len]
    return found


def _merge(rules: list[tuple[int, int, int]], slack: int) -> list[tuple[int, int, int]]:
    """One rule per stroke: runs on neighbouring rows that overlap (a rule several pixels thick, or one
    a skewed scan tilts, showing a different part of itself on each row), with their joint extent."""
    strokes: list[list[int]] = []  # [first row, last row, x0, x1]
    for y, x0, x1 in sorted(rules):
        for stroke in strokes:
            overlap = min(x1, stroke[3]) - max(x0, stroke[2])
            if y - stroke[1] <= 2 and overlap >= (min(x1 - x0, stroke[3] - stroke[2])) // 2:
                stroke[1], stroke[2], stroke[3] = y, min(x0, stroke[2]), max(x1, stroke[3])
                break
        else:
            strokes.append([y, y, x0, x1])
    return [(first, x0, x1) for first, _, x0, x1 in strokes]


def _side(dark: np.ndarray, x: int, top: int, bottom: int, reach: int) -> bool:
    """A vertical rule near column `x` joins the two horizontal rules (a skewed scan tilts it across a
    few columns: each row needs ink somewhere near `x`)."""
    near = dark[top:bottom, max(0, x - reach) : x + reach + 1]
    return bool(near.size) and float(near.any(axis=1).mean()) >= _SIDE_INK


def _thickened(dark: np.ndarray, rows: range) -> np.ndarray:
    """The band with each row's ink spread over the rows above and below: a rule a skewed scan tilts
    across a few rows still reads as one run."""
    band = dark[rows.start : rows.stop]
    out = band.copy()
    for shift in range(1, _TILT_ROWS + 1):
        out[shift:] |= band[:-shift]
        out[:-shift] |= band[shift:]
    return out


def stamp_boxes(image: Any) -> list[tuple[int, int, int, int]]:
    """(left, top, right, bottom) in pixels of the small closed boxes in the page's top and foot bands."""
    dark = np.asarray(image.convert("L")) < 128
    height, width = dark.shape
    band = int(height * BAND)
    min_len, max_len = int(width * MIN_WIDTH), int(width * MAX_WIDTH)
    slack = max(2, width // 300)
    boxes: list[tuple[int, int, int, int]] = []
    for rows in (range(0, band), range(height - band, height)):
        thick = _thickened(dark, rows)
        rules = [
            (y + rows.start, x0, x1)
            for y, x0, x1 in _rules(thick, range(len(thick)), min_len, max_len, slack)
        ]
        rules = _merge(rules, slack)
        for i, (top, x0, x1) in enumerate(rules):
            for bottom, b0, b1 in rules[i + 1 :]:
                gap = bottom - top
                if gap < height * MIN_HEIGHT:
                    continue
                if gap > height * MAX_HEIGHT:
                    break
                # (a rule's end a speck or a scanner's streak cut off may fall short of the other's)
                tolerance = max(slack, (x1 - x0) // 8)
                if abs(b0 - x0) > tolerance or abs(b1 - x1) > tolerance:
                    continue
                left, right = min(x0, b0), max(x1, b1)
                if _side(dark, left, top, bottom, tolerance) and _side(
                    dark, right - 1, top, bottom, tolerance
                ):
                    boxes.append((left, top, right, bottom))
                    break
    return [box for box in boxes if _alone(box, boxes, dark, slack)][:_MAX_BOXES]


def _alone(
    box: tuple[int, int, int, int], boxes: list[tuple[int, int, int, int]], dark: np.ndarray, slack: int
) -> bool:
    """A stamp's frame stands alone: no other box shares its top or bottom rule (a table's rows do) and
    no rule runs down inside it (a row of cells)."""
    left, top, right, bottom = box
    for other in boxes:
        if other == box:
            continue
        o_left, o_top, o_right, o_bottom = other
        side_by_side = o_left < right and left < o_right
        if side_by_side and (abs(o_top - bottom) <= slack or abs(o_bottom - top) <= slack):
            return False
    inner = dark[top + slack : bottom - slack, left + 4 * slack : right - 4 * slack]
    return not inner.size or float(inner.mean(axis=0).max()) < _SIDE_INK


def inside(image: Any, box: tuple[int, int, int, int]) -> Any:
    """The box's inside without its rules, with a white margin Tesseract reads a line in best."""
    from PIL import ImageOps

    left, top, right, bottom = box
    inset = max(4, (bottom - top) // 8)
    crop = image.crop((left + inset, top + inset, right - inset, bottom - inset))
    return ImageOps.expand(crop, border=inset * 2, fill=255)


def tilted_stamps(image: Any) -> list[tuple[tuple[int, int, int, int], Any]]:
    """(box on the page, inside to read) of stamp boxes pressed askew: found on the page turned by each
    of TILTS, cut from the turned page, and mapped back to the page as the rectangle around the box."""
    import math

    width, height = image.size
    cx, cy = width / 2, height / 2
    for angle in TILTS:
        turned = image.rotate(angle, fillcolor=255)
        boxes = stamp_boxes(turned)
        if not boxes:
            turned.close()
            continue
        # PIL turns counter-clockwise by `angle`: a point of the turned page comes from the page turned back
        cos, sin = math.cos(math.radians(angle)), math.sin(math.radians(angle))
        out = []
        for left, top, right, bottom in boxes:
            corners = [(x - cx, y - cy) for x in (left, right) for y in (top, bottom)]
            back = [(cx + x * cos - y * sin, cy + x * sin + y * cos) for x, y in corners]
            xs, ys = [p[0] for p in back], [p[1] for p in back]
            page_box = (int(min(xs)), int(min(ys)), int(max(xs)) + 1, int(max(ys)) + 1)
            out.append((page_box, inside(turned, (left, top, right, bottom))))
        turned.close()
        return out
    return []
