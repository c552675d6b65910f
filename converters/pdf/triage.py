"""Per-page triage: does this page's text layer carry its text, or must it be read by OCR?

Three ways a Korean PDF page hides its text: it is a scan (one big image, no text layer); its Hangul
was drawn as vector outlines (cairo exports from HWP renderers: the text layer holds only digits and
Latin, while hundreds of small filled curves are the syllables); or its fonts lack a Unicode map, so
the text layer is `(cid:NN)`, private-use code points or U+FFFD. PDFium (C, fast) counts the
evidence before the slow pdfminer pass runs.
"""

from __future__ import annotations

import ctypes
import re
from dataclasses import dataclass
from typing import Any

from ..quality import is_hangul

_CID = re.compile(r"\(cid:\d+\)")
GLYPH_MAX_PT = 30.0  # a glyph outline fits in this many points each way
GLYPH_MIN_PT = 1.5
GLYPH_MIN_SEGMENTS = 6
IMAGE_PAGE_SHARE = 0.3  # images covering this share of a page with no text make it a scan
MAX_OBJECTS = 200_000  # stop counting page objects past this (hostile pages)


@dataclass(slots=True)
class PageStats:
    letters: int = 0  # alphabetic characters in the text layer
    hangul: int = 0
    garbled: int = 0  # private-use, U+FFFD, unassigned
    visible: int = 0  # non-space characters
    glyph_paths: int = 0  # small filled curves: glyphs drawn as outlines
    image_share: float = 0.0  # share of the page area covered by images


def page_stats(page: Any) -> PageStats:
    """Count text-layer characters and suspicious drawing objects on a pypdfium2 page."""
    import pypdfium2.raw as pdfium_c

    stats = PageStats()
    textpage = page.get_textpage()
    try:
        text = textpage.get_text_range()
    finally:
        textpage.close()
    for ch in text:
        if ch.isspace():
            continue
        stats.visible += 1
        if ch.isalpha():
            stats.letters += 1
            stats.hangul += is_hangul(ch)
        if ch == "\ufffd" or 0xE000 <= ord(ch) <= 0xF8FF:
            stats.garbled += 1
    width, height = page.get_size()
    area = max(width * height, 1.0)
    image_area = 0.0
    for count, obj in enumerate(page.get_objects(max_depth=3)):
        if count > MAX_OBJECTS:
            break
        if obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            left, bottom, right, top = obj.get_bounds()
            image_area += max(right - left, 0) * max(top - bottom, 0)
        elif obj.type == pdfium_c.FPDF_PAGEOBJ_PATH and _glyph_like(obj, pdfium_c):
            stats.glyph_paths += 1
    stats.image_share = min(image_area / area, 1.0)
    return stats


def _glyph_like(obj: Any, pdfium_c: Any) -> bool:
    left, bottom, right, top = obj.get_bounds()
    w, h = right - left, top - bottom
    if not (GLYPH_MIN_PT <= w <= GLYPH_MAX_PT and GLYPH_MIN_PT <= h <= GLYPH_MAX_PT):
        return False
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    pdfium_c.FPDFPath_GetDrawMode(obj.raw, ctypes.byref(fill), ctypes.byref(stroke))
    return bool(fill.value) and pdfium_c.FPDFPath_CountSegments(obj.raw) >= GLYPH_MIN_SEGMENTS


def classify(stats: PageStats) -> str:
    """text | outlines | scanned | garbled | empty."""
    if stats.glyph_paths >= 5 and stats.glyph_paths >= stats.letters:
        return "outlines"
    if stats.visible and stats.garbled / stats.visible > 0.3:
        return "garbled"
    if stats.letters < 10 and stats.image_share >= IMAGE_PAGE_SHARE:
        return "scanned"
    if stats.visible == 0:
        return "empty"
    return "text"


def garbled_share(text: str) -> float:
    """Share of an extracted text that is unmapped-glyph debris: `(cid:NN)`, private use, U+FFFD."""
    cids = _CID.findall(text)
    rest = _CID.sub("", text)
    chars = [c for c in rest if not c.isspace()]
    bad = len(cids) + sum(1 for c in chars if c == "\ufffd" or 0xE000 <= ord(c) <= 0xF8FF)
    total = len(cids) + len(chars)
    return bad / total if total else 0.0
