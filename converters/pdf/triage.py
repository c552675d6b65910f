"""Per-page triage: does this page's text layer carry its text, or must it be read by OCR?

Three ways a Korean PDF page hides its text: it is a scan (one big image, no text layer); its Hangul
was drawn as vector outlines (cairo exports from HWP renderers: the text layer holds only digits and
Latin, while hundreds of small filled curves are the syllables); or its fonts lack a Unicode map, so
the text layer is `(cid:NN)`, private-use code points or U+FFFD. The evidence comes from PDFium's
text and the one walk over the page's objects (drawing.py), before any layout work.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .drawing import Drawing

_CID = re.compile(r"\(cid:\d+\)")
_HANGUL = re.compile("[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")  # quality.is_hangul's ranges
_GARBLED = re.compile("[\ufffd\ue000-\uf8ff]")
_VISIBLE = re.compile(r"\S")
IMAGE_PAGE_SHARE = 0.3  # images covering this share of a page with no text make it a scan


@dataclass(slots=True)
class PageStats:
    letters: int = 0  # alphabetic characters in the text layer
    hangul: int = 0
    garbled: int = 0  # private-use, U+FFFD, unassigned
    visible: int = 0  # non-space characters
    glyph_paths: int = 0  # small filled curves: glyphs drawn as outlines
    image_share: float = 0.0  # share of the page area covered by images


def page_stats(text: str, drawing: Drawing, area: float) -> PageStats:
    """Count a page's text-layer characters (PDFium's text) and its suspicious drawing objects."""
    return PageStats(
        letters=sum(map(str.isalpha, text)),
        hangul=len(_HANGUL.findall(text)),
        garbled=len(_GARBLED.findall(text)),
        visible=len(_VISIBLE.findall(text)),
        glyph_paths=drawing.glyph_paths,
        image_share=min(drawing.image_area / max(area, 1.0), 1.0),
    )


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
