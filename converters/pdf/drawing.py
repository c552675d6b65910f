"""One walk over a page's drawing objects (PDFium): ruling lines for tables, and the triage evidence.

Tables are found from the strokes that draw them, so this collects every straight horizontal or
vertical piece of a path, whether the producer drew a border as a stroked line, a stroked rectangle,
a thin filled rectangle (Hancom's thick borders) or the edge of a shaded cell. Paths inside form
XObjects are included with the form's matrix. The same walk counts what triage needs (small filled
curves that are outlined glyphs, the area covered by images), so a page's objects are read once.
"""

from __future__ import annotations

import ctypes
import itertools
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from .ffi import address, calls
from .geometry import Frame

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
MAX_OBJECTS = 200_000  # stop past this many objects (hostile pages)
MAX_DEPTH = 8  # forms nested deeper than this are not walked
AXIS_SLACK = 0.5  # a stroke this far off horizontal/vertical still counts as a ruling
MIN_RULING = 2.0  # shorter pieces are dots, ticks and glyph parts
THIN_FILL = 2.5  # a filled rectangle this thin is a line
GLYPH_MAX_PT = 30.0  # a glyph outline fits in this many points each way
GLYPH_MIN_PT = 1.5
GLYPH_MIN_SEGMENTS = 6
SPECK_MIN_PT = 0.3  # a filled curve smaller than a glyph but at least this big each way may be a mark
SPECK_MAX_PT = 5.0
SPECK_MIN_SEGMENTS = 4
MAX_PATH_SEGMENTS = 10_000  # a path this long is a drawing (a map, a chart), not table borders


@dataclass(slots=True)
class Ruling:
    """A horizontal or vertical stroke on the displayed page."""

    horizontal: bool
    at: float  # y of a horizontal ruling, x of a vertical one
    start: float  # x0 / top
    end: float  # x1 / bottom


@dataclass(slots=True)
class Drawing:
    rulings: list[Ruling] = field(default_factory=list)
    outlines: list[tuple[int, Matrix]] = field(default_factory=list)  # glyph-sized filled curves
    specks: list[tuple[int, Matrix]] = field(default_factory=list)  # smaller ones: marks beside them
    slants: list[tuple[int, Matrix]] = field(default_factory=list)  # glyph-sized slanted bars: slashes
    image_area: float = 0.0  # in square points, overlaps counted twice
    texts: list[tuple[int, Matrix]] = field(default_factory=list)  # text objects, container matrices

    @property
    def glyph_paths(self) -> int:
        """Small filled curves: glyphs drawn as outlines (outlines.py reads them on such pages)."""
        return len(self.outlines)


def compose(inner: Matrix, outer: Matrix) -> Matrix:
    """The matrix applying `inner` first, then `outer` (PDF row-vector convention)."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def page_drawing(page: Any, frame: Frame) -> Drawing:
    """Rulings and triage evidence, and the text objects (glyphs.py looks for blank ones)."""
    import pypdfium2.raw as pdfium_c

    walk = _Walk(frame, pdfium_c)
    for obj, kind, matrix in walk.objects(address(page.raw)):
        if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            walk.path(obj, matrix)
        elif kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            width, height = walk.extent(obj, matrix)
            walk.drawing.image_area += width * height
        elif kind == pdfium_c.FPDF_PAGEOBJ_TEXT:
            walk.drawing.texts.append((obj, matrix))
    return walk.drawing


class _Walk:
    """One page's walk: PDFium handles as integers (ffi.py) and scratch buffers made once."""

    def __init__(self, frame: Frame, pdfium_c: Any) -> None:
        self.frame, self.fast, self.c = frame, calls(), pdfium_c
        self.drawing = Drawing()
        self.matrix = pdfium_c.FS_MATRIX()
        self.floats = [ctypes.c_float() for _ in range(4)]
        self.at_floats = [ctypes.byref(v) for v in self.floats]
        self.ints = [ctypes.c_int(), ctypes.c_int()]
        self.at_ints = [ctypes.byref(v) for v in self.ints]

    def objects(self, page: int) -> Iterator[tuple[int, int, Matrix]]:
        """Every object on the page and in its forms, with the matrix from its container to the page."""
        fast, form_kind = self.fast, self.c.FPDF_PAGEOBJ_FORM
        stack: list[tuple[int, int, int, Matrix, int]] = [(0, 0, fast.page_count(page), IDENTITY, 0)]
        seen = 0
        while stack:
            form, index, count, matrix, depth = stack.pop()
            if index >= count:
                continue
            stack.append((form, index + 1, count, matrix, depth))
            obj = fast.form_object(form, index) if form else fast.page_object(page, index)
            seen += 1
            if seen > MAX_OBJECTS:
                return
            if not obj:
                continue
            kind = fast.object_type(obj)
            if kind == form_kind and depth < MAX_DEPTH:
                inner = compose(self.object_matrix(obj), matrix)
                stack.append((obj, 0, fast.form_count(obj), inner, depth + 1))
            else:
                yield obj, kind, matrix

    def object_matrix(self, obj: int) -> Matrix:
        m = self.matrix
        if not self.fast.object_matrix(obj, ctypes.byref(m)):
            return IDENTITY
        return (m.a, m.b, m.c, m.d, m.e, m.f)

    def extent(self, obj: int, container: Matrix) -> tuple[float, float]:
        """Width and height of the object's bounds on the page (a turn does not change which is small)."""
        if not self.fast.object_bounds(obj, *self.at_floats):
            return 0.0, 0.0
        left, bottom, right, top = (v.value for v in self.floats)
        if container == IDENTITY:
            return right - left, top - bottom
        corners = [apply(container, x, y) for x in (left, right) for y in (bottom, top)]
        xs, ys = [p[0] for p in corners], [p[1] for p in corners]
        return max(xs) - min(xs), max(ys) - min(ys)

    def path(self, obj: int, container: Matrix) -> None:
        fast, drawing = self.fast, self.drawing
        fast.draw_mode(obj, *self.at_ints)
        fill, stroke = self.ints[0].value, self.ints[1].value
        if not fill and not stroke:
            return  # drawn with neither fill nor stroke: invisible
        count = fast.segment_count(obj)
        width, height = self.extent(obj, container)
        if fill and count >= SPECK_MIN_SEGMENTS and _speck_sized(width, height):
            drawing.specks.append((obj, container))  # a period or comma of outlined text, or a dot
        elif fill and count >= GLYPH_MIN_SEGMENTS and _glyph_sized(width, height):
            drawing.outlines.append((obj, container))  # known from its bounds: outline pages hold thousands
            return
        if (width < MIN_RULING and height < MIN_RULING) or count > MAX_PATH_SEGMENTS:
            return  # a dot, or a drawing
        subpaths, curved = self.subpaths(obj, count, compose(self.object_matrix(obj), container))
        if curved:
            return  # rounded boxes, circles, charts: not table borders
        if fill and not stroke and _thin_rectangle(subpaths, drawing):
            return
        if fill and _glyph_sized(width, height) and _slanted_bar(subpaths):
            drawing.slants.append((obj, container))  # too few segments for an outline, but a glyph
            return
        for points in subpaths:
            for (x0, y0), (x1, y1) in itertools.pairwise(points):
                _add(drawing, x0, y0, x1, y1)

    def subpaths(self, obj: int, count: int, matrix: Matrix) -> tuple[list[list[tuple[float, float]]], bool]:
        """The path's pieces as point lists on the displayed page; whether it has curves."""
        fast, frame = self.fast, self.frame
        x, y = self.floats[0], self.floats[1]
        at_x, at_y = self.at_floats[0], self.at_floats[1]
        move, bezier = self.c.FPDF_SEGMENT_MOVETO, self.c.FPDF_SEGMENT_BEZIERTO
        plain = matrix == IDENTITY
        subpaths: list[list[tuple[float, float]]] = []
        curved = False
        for i in range(count):
            seg = fast.segment(obj, i)
            if not seg or not fast.segment_point(seg, at_x, at_y):
                continue
            kind = fast.segment_type(seg)
            point = frame.point(x.value, y.value) if plain else frame.point(*apply(matrix, x.value, y.value))
            curved = curved or kind == bezier
            if kind == move or not subpaths:
                subpaths.append([point])
            else:
                subpaths[-1].append(point)
            if fast.segment_close(seg) and len(subpaths[-1]) > 1:
                subpaths[-1].append(subpaths[-1][0])
        return subpaths, curved


def _speck_sized(width: float, height: float) -> bool:
    return (
        min(width, height) >= SPECK_MIN_PT
        and max(width, height) <= SPECK_MAX_PT
        and not _glyph_sized(width, height)
    )


def _glyph_sized(width: float, height: float) -> bool:
    return GLYPH_MIN_PT <= width <= GLYPH_MAX_PT and GLYPH_MIN_PT <= height <= GLYPH_MAX_PT


def _thin_rectangle(subpaths: list[list[tuple[float, float]]], drawing: Drawing) -> bool:
    """A filled rectangle thin enough to be a line becomes one ruling along its middle."""
    if len(subpaths) != 1 or len(subpaths[0]) not in (4, 5):
        return False
    xs = [p[0] for p in subpaths[0]]
    ys = [p[1] for p in subpaths[0]]
    x0, x1, top, bottom = min(xs), max(xs), min(ys), max(ys)
    if not all(min(abs(x - x0), abs(x - x1)) <= AXIS_SLACK for x in xs):
        return False  # not axis-aligned
    if bottom - top <= THIN_FILL and x1 - x0 >= MIN_RULING:
        drawing.rulings.append(Ruling(True, (top + bottom) / 2, x0, x1))
        return True
    if x1 - x0 <= THIN_FILL and bottom - top >= MIN_RULING:
        drawing.rulings.append(Ruling(False, (x0 + x1) / 2, top, bottom))
        return True
    return False


def _slanted_bar(subpaths: list[list[tuple[float, float]]]) -> bool:
    """One closed four-sided piece whose longest side runs neither across nor down: a slash."""
    if len(subpaths) != 1:
        return False
    points = [p for p, q in itertools.pairwise(subpaths[0]) if p != q] + subpaths[0][-1:]
    if len(points) != 5 or points[0] != points[-1]:
        return False
    dx, dy = max(((x1 - x0, y1 - y0) for (x0, y0), (x1, y1) in itertools.pairwise(points)), key=_length)
    return abs(dx) > AXIS_SLACK and abs(dy) > AXIS_SLACK


def _length(v: tuple[float, float]) -> float:
    return v[0] * v[0] + v[1] * v[1]


def _add(drawing: Drawing, x0: float, y0: float, x1: float, y1: float) -> None:
    if abs(y1 - y0) <= AXIS_SLACK and abs(x1 - x0) >= MIN_RULING:
        drawing.rulings.append(Ruling(True, (y0 + y1) / 2, min(x0, x1), max(x0, x1)))
    elif abs(x1 - x0) <= AXIS_SLACK and abs(y1 - y0) >= MIN_RULING:
        drawing.rulings.append(Ruling(False, (x0 + x1) / 2, min(y0, y1), max(y0, y1)))


def plumber_rulings(edges: list[Mapping[str, Any]]) -> list[Ruling]:
    """pdfplumber's edges (lines, rectangle and curve sides) as rulings: the fallback path."""
    out = []
    for e in edges:
        x0, x1, top, bottom = (float(e[k]) for k in ("x0", "x1", "top", "bottom"))
        if e.get("orientation") == "h" and x1 - x0 >= MIN_RULING:
            out.append(Ruling(True, (top + bottom) / 2, x0, x1))
        elif e.get("orientation") == "v" and bottom - top >= MIN_RULING:
            out.append(Ruling(False, (x0 + x1) / 2, top, bottom))
    return out
