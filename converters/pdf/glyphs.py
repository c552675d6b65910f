"""Positioned glyphs of a page, from PDFium's text page (fast path) or pdfplumber (fallback).

PDFium's text page is the text layer itself: reading every character from it, and only the glyphs
it drew (not the spaces and line breaks it generates), means nothing it holds can go missing before
layout. Its own boxes do not fit layout work: the "loose" box of a glyph whose font has no usable
outline is one em wide whatever the glyph (a digit would overlap its neighbour) and PDFium's font size
ignores the text matrix (Hancom sets 108 pt text at 0.12 scale). So the box is rebuilt the way
pdfminer builds it: from the glyph origin, the font's advance width and descent, and the text
object's matrix, which also gives the direction the text runs in.
"""

from __future__ import annotations

import ctypes
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .drawing import Matrix, compose
from .ffi import Calls, address, calls
from .geometry import Frame, direction

BLANK_EXTENT = 0.01  # a text object smaller than this each way draws no visible glyph
SPACE_SLACK_EM = 0.25  # a glyph starting this close after a blank's advance draws over it


@dataclass(slots=True)
class Glyph:
    """One drawn character on the displayed page (top-down coordinates)."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float  # font size on the page: the glyph's height across its line
    direction: int = 0  # 0, 90, 180, 270: the way its line runs, clockwise from left-to-right


@dataclass(slots=True)
class _Run:
    """What one text object tells about all of its glyphs."""

    a: float
    b: float
    c: float
    d: float
    font_size: float
    font: int
    descent: float  # in text space, already times the font size (negative below the baseline)
    widths: dict[int, float]  # advance per character code, shared by every run in this font and size
    size: float  # font size on the page
    turn: int  # direction on the displayed page
    upright: bool  # unrotated, unskewed, on an unrotated page: the common case, computed directly


def pdfium_glyphs(
    textpage: Any, frame: Frame, texts: Sequence[tuple[int, Matrix]] = ()
) -> tuple[list[Glyph], int]:
    """Every glyph PDFium's text page holds, in content order, generated characters left out; and how
    many of them have no Unicode mapping (their "text" is a glyph number: triage sends such pages to
    OCR). Pages hold thousands of glyphs and Hancom writes almost one text object per glyph, so the
    loop makes as few foreign calls as it can: the page's text in one call, a generated-character
    check only for whitespace, each text object's matrix and font once (see ffi.py)."""
    import pypdfium2.raw as pdfium_c

    raw = textpage.raw
    count = pdfium_c.FPDFText_CountChars(raw)
    text = _page_text(raw, count, pdfium_c)
    fast = calls()
    handle = address(raw)
    ox, oy = ctypes.c_double(), ctypes.c_double()
    at_x, at_y = ctypes.byref(ox), ctypes.byref(oy)
    loose = pdfium_c.FS_RECTF()
    objects = _Objects(frame, fast)
    out: list[Glyph] = []
    unmapped = 0
    last_key, run = -1, None
    for i in range(count):
        ch = text[i] if text is not None else _char(pdfium_c.FPDFText_GetUnicode(raw, i))
        if ch.isspace():
            if pdfium_c.FPDFText_IsGenerated(raw, i):
                continue
            ch = " "  # a drawn space (Hancom draws them where a line wraps between words)
        elif not (ch.isprintable() or ch >= "\ue000"):
            continue  # control characters are never text
        unmapped += pdfium_c.FPDFText_HasUnicodeMapError(raw, i) == 1
        key = fast.text_object(handle, i) or 0
        if key != last_key:
            run, last_key = objects.run(key, handle, i), key
        pdfium_c.FPDFText_GetCharOrigin(raw, i, at_x, at_y)
        width = objects.width(run, ord(ch)) if run is not None else 0.0
        if run is None or width <= 0.0:
            # No font metrics (Type 3, broken font): PDFium's box is the best there is.
            pdfium_c.FPDFText_GetLooseCharBox(raw, i, ctypes.byref(loose))
            out.append(_from_box(ch, frame, loose, run))
        elif run.upright:
            x0 = ox.value - frame.left
            top = frame.top - oy.value - run.d * (run.descent + run.font_size)
            out.append(Glyph(ch, x0, top, x0 + run.a * width, top + run.size, run.size, 0))
        else:
            out.append(_from_metrics(ch, frame, ox.value, oy.value, width, run))
    blanks = [(obj, m) for obj, m in texts if obj not in objects.runs and objects.blank(obj)]
    out += _line_end_spaces(blanks, objects, out)
    return out, unmapped


def _line_end_spaces(
    blanks: Sequence[tuple[int, Matrix]], objects: _Objects, glyphs: list[Glyph]
) -> list[Glyph]:
    """Space glyphs for the blank text objects that follow a glyph with room after them.

    PDFium trims the space glyph that ends a line, and Hancom draws exactly that glyph where a line
    wraps between two words (see lines.py): the text object survives, holding no text of the text
    page and drawing nothing, at the end of the line (or of a table cell's line). A blank that the
    next glyph is drawn on (an empty string mid-line) is left out rather than made a word break."""
    spaces = []
    for obj, container in blanks:
        m = compose(objects.matrix_of(obj), container)
        run = objects.read(obj, m[:4])
        if run is None or run.turn != 0:
            continue
        width = objects.width(run, 32) or 0.25 * run.font_size
        spaces.append(_from_metrics(" ", objects.frame, m[4], m[5], width, run))
    if not spaces:
        return []
    rows: dict[int, list[Glyph]] = {}
    for g in glyphs:
        if g.direction == 0 and g.text != " ":
            rows.setdefault(round((g.top + g.bottom) / 2), []).append(g)
    return [s for s in spaces if _ends_line(s, rows)]


def _ends_line(space: Glyph, rows: dict[int, list[Glyph]]) -> bool:
    """The blank starts where a glyph ends, and no glyph starts inside its advance (an empty string
    drawn mid-line has the next word right on it; a table's next cell starts past the padding)."""
    mid, reach = (space.top + space.bottom) / 2, 0.35 * space.size
    near = [g for y in range(round(mid - reach), round(mid + reach) + 1) for g in rows.get(y, [])]
    follows = any(abs(g.x1 - space.x0) <= 0.25 * space.size for g in near)
    covered = any(space.x0 - 0.1 <= g.x0 < space.x1 + SPACE_SLACK_EM * space.size for g in near)
    return follows and not covered


def _page_text(raw: Any, count: int, pdfium_c: Any) -> str | None:
    """The page's characters in one call, one per index; None if any needs two UTF-16 units."""
    buffer = (ctypes.c_ushort * (count + 1))()
    written = pdfium_c.FPDFText_GetText(raw, 0, count, buffer)
    if written != count + 1:
        return None
    text = bytes(buffer)[: count * 2].decode("utf-16-le", errors="replace")
    return text if len(text) == count and not any("\ud800" <= c <= "\udfff" for c in text) else None


def _char(code: int) -> str:
    return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\x00"


class _Objects:
    """Text objects and fonts of one page, each asked once."""

    def __init__(self, frame: Frame, fast: Calls) -> None:
        import pypdfium2.raw as pdfium_c

        self.frame, self.fast = frame, fast
        self.runs: dict[int, _Run | None] = {}
        self.fonts: dict[tuple[int, float], tuple[float, dict[int, float]]] = {}
        # Hancom draws one text object per glyph, nearly all in a few fonts, sizes and matrices.
        self.shared: dict[tuple[int, float, tuple[float, float, float, float]], _Run] = {}
        self.matrix = pdfium_c.FS_MATRIX()
        self.number = ctypes.c_float()
        self.at_matrix, self.at_number = ctypes.byref(self.matrix), ctypes.byref(self.number)

    def matrix_of(self, obj: int) -> Matrix:
        m = self.matrix
        if not self.fast.object_matrix(obj, self.at_matrix):
            return (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
        return (m.a, m.b, m.c, m.d, m.e, m.f)

    def blank(self, obj: int) -> bool:
        """Draws nothing: an object PDFium skipped as a copy of another (fake bold) has a size."""
        left, bottom, right, top = (ctypes.c_float() for _ in range(4))
        if not self.fast.object_bounds(obj, *(ctypes.byref(v) for v in (left, bottom, right, top))):
            return False
        return right.value - left.value < BLANK_EXTENT and top.value - bottom.value < BLANK_EXTENT

    def run(self, key: int, textpage: int, index: int) -> _Run | None:
        """The run of the text object `key`, whose glyph `index` is being read."""
        if key not in self.runs:
            ok = key and self.fast.char_matrix(textpage, index, self.at_matrix)
            m = self.matrix  # on the page, forms' matrices included
            self.runs[key] = self.read(key, (m.a, m.b, m.c, m.d)) if ok else None
        return self.runs[key]

    def read(self, key: int, matrix: tuple[float, float, float, float]) -> _Run | None:
        fast = self.fast
        if not fast.text_font_size(key, self.at_number) or self.number.value <= 0:
            return None
        size = self.number.value
        font = fast.text_font(key)
        if not font:
            return None
        shared = self.shared.get((font, size, matrix))
        if shared is None:
            if (font, size) not in self.fonts:
                self.fonts[font, size] = (self._descent(font, size), {})
            descent, widths = self.fonts[font, size]
            a, b, c, d = matrix
            upright = b == 0 and c == 0 and a > 0 and d > 0 and self.frame.rotation == 0
            turn = direction(*self.frame.vector(a, b))
            shared = _Run(a, b, c, d, size, font, descent, widths, size * math.hypot(c, d), turn, upright)
            self.shared[font, size, matrix] = shared
        return shared

    def _descent(self, font: int, size: float) -> float:
        if not self.fast.font_descent(font, size, self.at_number):
            return -0.2 * size
        # A descent below the em square is a font bug (seen: -1000 em); pdfminer's cap is the same idea.
        return max(min(self.number.value, 0.0), -0.5 * size)

    def width(self, run: _Run, code: int) -> float:
        """Advance width in text space, times the font size."""
        width = run.widths.get(code)
        if width is None:
            ok = self.fast.glyph_width(run.font, code, run.font_size, self.at_number)
            width = run.widths[code] = float(self.number.value) if ok else 0.0
        return width


def _from_metrics(text: str, frame: Frame, x: float, y: float, width: float, run: _Run) -> Glyph:
    """The glyph's box from its origin: advance along the text's x axis, descent to descent+size up."""
    ax, ay = run.a * width, run.b * width
    ux, uy = run.c, run.d
    low, high = run.descent, run.descent + run.font_size
    corners = [
        (x + ux * low, y + uy * low),
        (x + ax + ux * low, y + ay + uy * low),
        (x + ux * high, y + uy * high),
        (x + ax + ux * high, y + ay + uy * high),
    ]
    x0, top, x1, bottom = frame.box(corners)
    return Glyph(text, x0, top, x1, bottom, run.size, run.turn)


def _from_box(text: str, frame: Frame, rect: Any, run: _Run | None) -> Glyph:
    x0, top, x1, bottom = frame.box([(rect.left, rect.bottom), (rect.right, rect.top)])
    turn = run.turn if run is not None else 0
    size = (bottom - top) if turn in (0, 180) else (x1 - x0)
    return Glyph(text, x0, top, x1, bottom, max(size, 1.0), turn)


def plumber_glyphs(chars: Iterable[Mapping[str, Any]]) -> list[Glyph]:
    """pdfplumber's characters as glyphs: the fallback when PDFium cannot load a page."""
    out = []
    for c in chars:
        text = c.get("text") or ""
        if not text:
            continue
        matrix = c.get("matrix") or (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
        turn = direction(float(matrix[0]), -float(matrix[1]))  # pdfminer's matrix already holds /Rotate
        x0, top, x1, bottom = (float(c[k]) for k in ("x0", "top", "x1", "bottom"))
        size = float(c.get("size") or 0.0) or max(bottom - top, 1.0)
        out.append(Glyph(" " if text.isspace() else text, x0, top, x1, bottom, size, turn))
    return out
