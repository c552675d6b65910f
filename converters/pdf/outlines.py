"""Text drawn as vector glyphs: each glyph-sized filled path of a page, its box and its shape.

Cairo exports of HWP renderers (rhwp) draw every Hangul syllable as one filled path and keep only
digits and Latin in the text layer. Such a path is a glyph: where it sits is exact, only what it says
is unknown. Its shape key (its segments' kinds and points, relative to its own extent and rounded) is
the same wherever the same syllable is drawn in the same face, so a document's readings of one
syllable can be pooled (glyphocr.py). A few signs are named from their geometry instead (forms.py):
alone in a cell, OCR reads a parenthesis as '<' or '》' and loses a slash.
"""

from __future__ import annotations

import ctypes
from collections.abc import Sequence
from dataclasses import dataclass

from .drawing import IDENTITY, Matrix, apply, compose
from .ffi import Calls, calls
from .forms import THIN, form_of
from .geometry import Frame

SHAPE_STEPS = 40  # a shape's points are rounded to this many steps across its extent
MAX_SEGMENTS = 2_000  # a longer path is no glyph: not read for its shape
MOVE = 2  # FPDF_SEGMENT_MOVETO
Points = list[tuple[float, float]]


@dataclass(frozen=True, slots=True)
class Outline:
    """One glyph drawn as a path, on the displayed page (top-down coordinates)."""

    x0: float
    top: float
    x1: float
    bottom: float
    shape: int  # equal for the same glyph drawn in the same face
    pieces: int = 1  # closed parts it is drawn in (a colon has two)
    form: str = ""  # the sign its geometry shows (forms.py), for signs OCR misreads

    @property
    def height(self) -> float:
        return self.bottom - self.top


def page_outlines(paths: Sequence[tuple[int, Matrix]], frame: Frame) -> list[Outline]:
    """The glyph paths drawing.py found on a page (PDFium handles of the open page) as outlines."""
    fast = calls()
    floats = [ctypes.c_float() for _ in range(4)]
    at = [ctypes.byref(v) for v in floats]
    out = []
    for obj, container in paths:
        if not fast.object_bounds(obj, *at):
            continue
        left, bottom, right, top = (v.value for v in floats)
        corners = [(x, y) for x in (left, right) for y in (bottom, top)]
        if container != IDENTITY:
            corners = [apply(container, x, y) for x, y in corners]
        x0, y0, x1, y1 = frame.box(corners)
        kinds, points = segments(obj, fast, at[0], at[1], floats[0], floats[1])
        shape, pieces = shape_key(kinds, points)
        form = ""
        if y1 - y0 > THIN * (x1 - x0) and points:  # only a tall thin glyph can be one of the signs
            shown = _shown(points, compose(_matrix(obj, fast), container), frame)
            form = form_of([k // 2 for k in kinds], shown, pieces)
        out.append(Outline(x0, y0, x1, y1, shape, pieces, form))
    return out


def segments(
    obj: int, fast: Calls, at_x: object, at_y: object, x: ctypes.c_float, y: ctypes.c_float
) -> tuple[list[int], Points]:
    """The path's segments: kind * 2 + closes, and the point (path space) each goes to."""
    count = min(fast.segment_count(obj), MAX_SEGMENTS)
    kinds, points = [], []
    for i in range(count):
        seg = fast.segment(obj, i)
        if not seg or not fast.segment_point(seg, at_x, at_y):
            continue
        kinds.append(fast.segment_type(seg) * 2 + bool(fast.segment_close(seg)))
        points.append((x.value, y.value))
    return kinds, points


def shape_key(kinds: Sequence[int], points: Points) -> tuple[int, int]:
    """A hash of the segments, translated and scaled to the path's own extent, then rounded; and
    how many parts (moves) the path has."""
    if not points:
        return 0, 0
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    left, low = min(xs), min(ys)
    extent = max(max(xs) - left, max(ys) - low, 1e-6)
    rounded = tuple(
        (round((px - left) / extent * SHAPE_STEPS), round((py - low) / extent * SHAPE_STEPS))
        for px, py in points
    )
    pieces = sum(1 for k in kinds if k // 2 == MOVE)
    return hash((tuple(kinds), rounded)), pieces


def _matrix(obj: int, fast: Calls) -> Matrix:
    import pypdfium2.raw as pdfium_c

    m = pdfium_c.FS_MATRIX()
    if not fast.object_matrix(obj, ctypes.byref(m)):
        return IDENTITY
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def _shown(points: Points, matrix: Matrix, frame: Frame) -> Points:
    """Path points on the displayed page (y down): a sign's orientation is read there."""
    return [frame.point(*apply(matrix, x, y)) for x, y in points]
