"""Pass 1 of the PDF reader: one page -> its lines and tables, from PDFium, pdfminer or OCR.

PDFium reads the page (triage, glyphs, ruling lines; see glyphs.py, drawing.py, textlayer.py);
pdfminer only reads what PDFium cannot load; Tesseract reads pages whose text layer does not hold
their text, beside whatever text layer they have. A page that fails is counted, never fatal.
"""

from __future__ import annotations

import re
import statistics
import time
from dataclasses import dataclass, field
from typing import Any

from ..errors import ConversionError
from ..limits import Budget
from .drawing import Drawing, Ruling, page_drawing, plumber_rulings
from .geometry import Frame
from .glyphocr import Votes, outline_glyphs, read_pool
from .glyphs import Glyph, pdfium_glyphs, plumber_glyphs
from .lines import Segment, build_segments, dedupe
from .ocr import OcrEngine, OcrSettings, ocr_page, probe_engine
from .opening import open_plumber
from .outlines import Outline, page_outlines
from .pool import Pool, sample_page, worded
from .tables import TableItem
from .textlayer import beside_ocr, lay_out
from .triage import classify, page_stats

OCR_MIN_SECONDS = 5.0  # do not start an OCR page with less budget left than this
LINE_IDS_PER_PAGE = 1_000_000
LAYER_LINE_IDS = LINE_IDS_PER_PAGE // 2  # a scanned page's text-layer lines, after its OCR lines
GARBLED_SHARE = 0.3  # a text page with more glyphs than this lacking a Unicode map is read by OCR
HANGUL_BESIDE_OUTLINES = 4  # glyph cells read a page whose text layer holds under a quarter this Hangul
POOL_BATCH = 3_000  # glyphs queued for glyph-cell OCR are read once this many are waiting
_CID = re.compile(r"\(cid:\d+\)")


@dataclass(slots=True)
class Pending:
    """A page of outlined glyphs, read by glyph cells and laid out once the whole document's
    readings of each shape are in (settle_outlines)."""

    outlines: list[Outline]
    layer: list[Glyph]  # what the text layer holds (digits, Latin), exact
    rulings: list[Ruling]
    width: float
    height: float


@dataclass(slots=True)
class PageContent:
    index: int
    height: float
    source: str  # text | ocr
    segments: list[Segment] = field(default_factory=list)
    tables: list[TableItem] = field(default_factory=list)
    pending: Pending | None = None


@dataclass(slots=True)
class Run:
    """Everything one conversion accumulates besides page content."""

    budget: Budget
    settings: OcrSettings
    warnings: list[str] = field(default_factory=list)
    flags: set[str] = field(default_factory=set)
    kinds: dict[str, list[int]] = field(default_factory=dict)
    ocr_confidences: list[float] = field(default_factory=list)
    unreadable: list[int] = field(default_factory=list)
    engine: OcrEngine | None = None
    votes: Votes = field(default_factory=Votes)
    pool: Pool = field(default_factory=Pool)
    pool_failed: bool = False  # glyph-cell OCR failed once: the rest goes to page OCR
    pool_confidences: list[float] = field(default_factory=list)  # one per batch the pool was read in

    def remaining(self) -> float:
        return self.budget.limits.seconds - (time.monotonic() - self.budget.started)


@dataclass(slots=True)
class Fallback:
    """pdfminer (through pdfplumber), opened only when PDFium cannot load the file or a page of it.

    PDFium is the reader: it repairs damaged cross-reference tables that pdfminer walks into the wrong
    page tree (a file whose four pages pdfminer reads as 3, 4, 3, 4), and it is many times faster.
    """

    data: bytes
    document: Any = None
    pages: int = 0
    problem: str = ""
    tried: bool = False

    def open(self) -> Any:
        if not self.tried:
            self.tried = True
            self.document, self.pages, self.problem = open_plumber(self.data)
        return self.document

    def close(self) -> None:
        if self.document is not None:
            self.document.close()


def read_page(i: int, pdf: Any, fallback: Fallback, run: Run) -> PageContent | None:
    run.budget.check()
    try:
        page = _pdfium_page_or_none(pdf, i)
        if page is None:
            kind, content = "text", _plumber_page(i, fallback)
        else:
            try:
                kind, content = _pdfium_content(i, page, run)
            finally:
                page.close()
        run.kinds.setdefault(kind, []).append(i)
        return content
    except ConversionError:
        raise
    except Exception:  # one damaged page must not lose the others
        run.unreadable.append(i)
        return None


def _pdfium_page_or_none(pdf: Any, i: int) -> Any:
    """PDFium's page, or None where PDFium cannot load it and pdfminer should try alone."""
    import pypdfium2

    if pdf is None:
        return None
    try:
        return pdf[i]
    except pypdfium2.PdfiumError:
        return None


def _frame(page: Any) -> Frame:
    left, bottom, right, top = page.get_cropbox()
    return Frame(float(left), float(bottom), float(right), float(top), int(page.get_rotation()) % 360)


def _pdfium_content(i: int, page: Any, run: Run) -> tuple[str, PageContent | None]:
    """Triage, then the text layer read straight from PDFium, or OCR (beside what text there is)."""
    frame = _frame(page)
    textpage = page.get_textpage()
    layer: list[Segment] = []
    try:
        drawing = page_drawing(page, frame)
        stats = page_stats(textpage.get_text_range(), drawing, frame.width * frame.height)
        kind = classify(stats)
        content = None
        if kind == "outlines" and stats.hangul * HANGUL_BESIDE_OUTLINES < stats.glyph_paths:
            outlines = page_outlines([*drawing.outlines, *drawing.specks, *drawing.slants], frame)
            if not worded(outlines) and _codes(textpage.get_text_range()) * 2 > stats.visible:
                kind = "garbled"  # a drawing's circles and arrowheads; its text is unmapped codes
            else:
                glyphs, _ = pdfium_glyphs(textpage, frame, drawing.texts)
                content = _glyph_cells(i, page, frame, drawing, outlines, glyphs, run)
        if kind in ("text", "scanned"):
            glyphs, unmapped = pdfium_glyphs(textpage, frame, drawing.texts)
            if kind == "scanned":
                layer = build_segments(dedupe(glyphs), i * LINE_IDS_PER_PAGE + LAYER_LINE_IDS)
            elif glyphs and unmapped / len(glyphs) > GARBLED_SHARE:
                kind = "garbled"
            else:
                content = _laid_out_or_plain(i, glyphs, drawing.rulings, frame, textpage, run)
    finally:
        textpage.close()
    if kind in ("outlines", "scanned", "garbled") and content is None:
        content = _ocr(i, page, frame.height, run, kind)
        if content is not None:
            content.segments = beside_ocr(layer, content.segments)
        elif layer:  # no OCR: the scan's own text layer is still text
            content = PageContent(i, frame.height, "text", segments=layer)
    return kind, content


def _codes(text: str) -> int:
    """Control characters in a text layer: glyph codes of a font without a Unicode map."""
    return sum(1 for c in text if c < " " and c not in "\t\r\n")


def _laid_out_or_plain(
    i: int, glyphs: list[Glyph], rulings: list[Ruling], frame: Frame, textpage: Any, run: Run
) -> PageContent:
    try:
        return _content(i, glyphs, rulings, frame.width, frame.height, "text")
    except Exception as exc:  # a layout bug must not cost the page its text: PDFium's lines as they are
        run.warnings.append(f"page {i + 1}: layout failed ({type(exc).__name__}), PDFium's text lines used")
        return _plain_lines(i, textpage.get_text_range(), frame.height)


def _plain_lines(i: int, text: str, height: float) -> PageContent:
    """One segment per line of PDFium's text, stacked: no geometry, nothing dropped."""
    segments = []
    for n, line in enumerate(t.strip() for t in text.splitlines() if t.strip()):
        top = 12.0 * n
        segments.append(Segment(0.0, top, 0.0, top + 10, line, 10.0, i * LINE_IDS_PER_PAGE + n))
    return PageContent(index=i, height=height, source="text", segments=segments)


def _plumber_page(i: int, fallback: Fallback) -> PageContent | None:
    """pdfminer's glyphs and edges for a page PDFium could not load."""
    plumber = fallback.open()
    if plumber is None or i >= fallback.pages:
        raise ValueError(f"page {i + 1} unreadable by both parsers")
    page = plumber.pages[i]
    try:
        chars = [c for c in page.chars if not _CID.fullmatch(c["text"])]
        glyphs, rulings = plumber_glyphs(chars), plumber_rulings(page.edges)
        return _content(i, glyphs, rulings, float(page.width), float(page.height), "text")
    finally:
        page.close()


def _content(
    i: int, glyphs: list[Glyph], rulings: list[Ruling], width: float, height: float, source: str
) -> PageContent:
    laid = lay_out(glyphs, rulings, width, height, i * LINE_IDS_PER_PAGE)
    return PageContent(i, laid.height, source, segments=laid.segments, tables=laid.tables)


def _engine_ready(run: Run) -> bool:
    """Whether Tesseract can read a page now; says why not in the run's flags and warnings."""
    if not run.settings.enabled:
        run.flags.add("ocr_unavailable")
        return False
    if run.engine is None:
        run.engine = probe_engine()
        if run.engine.problem:
            run.warnings.append(run.engine.problem)
    if not run.engine.available:
        run.flags.add("ocr_unavailable")
        return False
    if run.remaining() < OCR_MIN_SECONDS:
        run.flags.add("ocr_incomplete")
        return False
    return True


def _glyph_cells(
    i: int, page: Any, frame: Frame, drawing: Drawing, outlines: list[Outline], layer: list[Glyph], run: Run
) -> PageContent | None:
    """Sample a page that draws its text as outlines for glyph-cell OCR (read in batches, laid out
    in settle_outlines); None (page OCR follows) when that cannot be done."""
    if run.pool_failed or not _engine_ready(run) or run.engine is None or not run.engine.glyph_langs:
        return None
    try:
        sample_page(page, outlines, run.pool)
    except ConversionError:
        raise
    except Exception as exc:  # a failure here costs only the better reading: page OCR still reads it
        run.warnings.append(f"page {i + 1}: glyph-cell OCR failed ({type(exc).__name__}), page OCR used")
        return None
    if run.pool.cells >= POOL_BATCH:
        _read_pool(run)
    # The export maps only digits and Latin: its other text-layer glyphs (reference marks, corner
    # brackets) come out as U+FFFD, which says nothing and would only add a wrong character.
    mapped = [g for g in layer if g.text != "\ufffd"]
    pending = Pending(outlines, dedupe(mapped), drawing.rulings, frame.width, frame.height)
    return PageContent(i, frame.height, "ocr", pending=pending)


def _read_pool(run: Run) -> None:
    """Read the glyphs waiting in the pool; a failure sends the glyph-cell pages to page OCR."""
    if run.pool_failed or run.engine is None or not run.pool.cells:
        return
    try:
        timeout = min(run.settings.timeout, run.remaining() - 1)
        if timeout < 1:
            raise RuntimeError("no time left")
        run.pool_confidences.append(read_pool(run.pool, run.votes, run.engine.glyph_langs, timeout))
    except ConversionError:
        raise
    except Exception as exc:  # pytesseract's timeout, Tesseract failing, a bad image
        run.pool_failed = True
        run.warnings.append(f"glyph-cell OCR failed ({type(exc).__name__}), page OCR used")


def settle_outlines(pages: list[PageContent | None], run: Run, pdf: Any) -> None:
    """Read what the pool still holds, then lay out the glyph-cell pages with each shape's reading
    over the whole document; if glyph-cell OCR failed, those pages are read by page OCR instead."""
    _read_pool(run)
    for n, p in enumerate(pages):
        if p is None or p.pending is None:
            continue
        if run.pool_failed:
            pages[n] = _page_ocr_again(p.index, pdf, run)
            continue
        todo, p.pending = p.pending, None
        run.ocr_confidences.append(statistics.fmean(run.pool_confidences or [0.0]))
        glyphs = [*outline_glyphs(todo.outlines, run.votes), *todo.layer]
        try:
            laid = _content(p.index, glyphs, todo.rulings, todo.width, todo.height, "ocr")
            p.height, p.segments, p.tables = laid.height, laid.segments, laid.tables
        except Exception as exc:  # a layout bug must not cost the page its text: plain lines
            run.warnings.append(f"page {p.index + 1}: layout failed ({type(exc).__name__}), lines used")
            p.segments = build_segments(glyphs, p.index * LINE_IDS_PER_PAGE)


def _page_ocr_again(i: int, pdf: Any, run: Run) -> PageContent | None:
    page = pdf[i]
    try:
        return _ocr(i, page, _frame(page).height, run, "outlines")
    finally:
        page.close()


def _ocr(i: int, page: Any, height: float, run: Run, kind: str) -> PageContent | None:
    if not _engine_ready(run) or run.engine is None:
        return None
    remaining = run.remaining()
    try:
        timeout = min(run.settings.timeout, remaining - 1)  # Tesseract is killed before the budget ends
        # Outlined glyphs are the Hangul (the text layer kept digits and Latin): the Korean model alone
        # reads them far better than kor+eng, whose English model turns odd-looking syllables into Latin.
        langs = "kor" if kind == "outlines" and "kor" in run.engine.langs.split("+") else None
        result = ocr_page(page, run.engine, run.settings, i * LINE_IDS_PER_PAGE, timeout, langs)
    except RuntimeError:  # pytesseract's timeout, or Tesseract failing on this image
        run.flags.add("ocr_incomplete")
        return None
    run.ocr_confidences.append(result.confidence)
    return PageContent(index=i, height=height, source="ocr", segments=result.segments)
