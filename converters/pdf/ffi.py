"""PDFium entry points re-typed to take and return handles as plain integers, for the hot loops.

pypdfium2 types every handle as a ctypes pointer: each call that returns one allocates a Python
object, and using one as a dictionary key needs a cast (about a microsecond). A Hancom page has one
text object per glyph and hundreds of path objects, so those costs alone were a large share of the
conversion time. The same C functions are called; only their Python-side signatures differ, and the
handles stay valid exactly as long as the pypdfium2 page or text page they come from.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass
from functools import cache
from typing import Any

Handle = ctypes.c_void_p
FloatOut = ctypes.POINTER(ctypes.c_float)
DoubleOut = ctypes.POINTER(ctypes.c_double)
IntOut = ctypes.POINTER(ctypes.c_int)


@dataclass(frozen=True, slots=True)
class Calls:
    text_object: Any  # (textpage, index) -> object address
    char_matrix: Any  # (textpage, index, FS_MATRIX*) -> ok: the glyph's matrix on the page
    object_text_size: Any  # (text object, textpage, NULL, 0) -> bytes its text needs (2 when empty)
    object_matrix: Any  # (object, FS_MATRIX*) -> ok
    text_font_size: Any  # (object, float*) -> ok
    text_font: Any  # (object) -> font address
    glyph_width: Any  # (font, code, size, float*) -> ok
    font_descent: Any  # (font, size, float*) -> ok
    page_count: Any  # (page) -> int
    page_object: Any  # (page, index) -> object address
    form_count: Any  # (form object) -> int
    form_object: Any  # (form object, index) -> object address
    object_type: Any  # (object) -> FPDF_PAGEOBJ_*
    object_bounds: Any  # (object, float* x4) -> ok
    draw_mode: Any  # (path, int* fill, int* stroke) -> ok
    segment_count: Any  # (path) -> int
    segment: Any  # (path, index) -> segment address
    segment_point: Any  # (segment, float*, float*) -> ok
    segment_type: Any  # (segment) -> FPDF_SEGMENT_*
    segment_close: Any  # (segment) -> bool


def _typed(fn: Any, restype: Any, *argtypes: Any) -> Any:
    return ctypes.cast(fn, ctypes.CFUNCTYPE(restype, *argtypes))


@cache
def calls() -> Calls:
    import pypdfium2.raw as c

    i, h, f = ctypes.c_int, Handle, ctypes.c_float
    matrix_out = ctypes.POINTER(c.FS_MATRIX)
    return Calls(
        text_object=_typed(c.FPDFText_GetTextObject, h, h, i),
        char_matrix=_typed(c.FPDFText_GetMatrix, i, h, i, matrix_out),
        object_text_size=_typed(c.FPDFTextObj_GetText, ctypes.c_ulong, h, h, h, ctypes.c_ulong),
        object_matrix=_typed(c.FPDFPageObj_GetMatrix, i, h, matrix_out),
        text_font_size=_typed(c.FPDFTextObj_GetFontSize, i, h, FloatOut),
        text_font=_typed(c.FPDFTextObj_GetFont, h, h),
        glyph_width=_typed(c.FPDFFont_GetGlyphWidth, i, h, ctypes.c_uint, f, FloatOut),
        font_descent=_typed(c.FPDFFont_GetDescent, i, h, f, FloatOut),
        page_count=_typed(c.FPDFPage_CountObjects, i, h),
        page_object=_typed(c.FPDFPage_GetObject, h, h, i),
        form_count=_typed(c.FPDFFormObj_CountObjects, i, h),
        form_object=_typed(c.FPDFFormObj_GetObject, h, h, ctypes.c_ulong),
        object_type=_typed(c.FPDFPageObj_GetType, i, h),
        object_bounds=_typed(c.FPDFPageObj_GetBounds, i, h, FloatOut, FloatOut, FloatOut, FloatOut),
        draw_mode=_typed(c.FPDFPath_GetDrawMode, i, h, IntOut, IntOut),
        segment_count=_typed(c.FPDFPath_CountSegments, i, h),
        segment=_typed(c.FPDFPath_GetPathSegment, h, h, i),
        segment_point=_typed(c.FPDFPathSegment_GetPoint, i, h, FloatOut, FloatOut),
        segment_type=_typed(c.FPDFPathSegment_GetType, i, h),
        segment_close=_typed(c.FPDFPathSegment_GetClose, i, h),
    )


def address(handle: Any) -> int:
    """A pypdfium2 handle (page, text page) as the integer the calls above take."""
    return ctypes.cast(handle, ctypes.c_void_p).value or 0
