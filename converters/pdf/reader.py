"""PDF -> `schemas.Document`: triage each page, read its text layer or OCR it, then lay it out.

Pass 1 walks the pages under the time budget: PDFium triage says whether the text layer can be
trusted; trusted pages are read straight from PDFium (glyphs, ruling lines -> tables and lines), the
others through Tesseract; pdfminer reads only what PDFium cannot load. Pass 2 works on the whole document: running headers/footers (they only show as repetition across
pages), the producer's wrap style (see paragraphs.py), then reading order and blocks per page.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from gongmun.schemas import Block, Document

from ..base import new_document
from ..errors import ConversionError
from ..limits import Budget
from .drawing import Ruling, page_drawing, plumber_rulings
from .furniture import PageLines, find_furniture
from .geometry import Frame
from .glyphs import Glyph, pdfium_glyphs, plumber_glyphs
from .layout import reading_order
from .lines import Segment, build_segments, dedupe
from .metadata import metadata_from_info
from .ocr import OcrEngine, OcrSettings, ocr_page, probe_engine
from .opening import open_pdfium, open_plumber
from .paragraphs import Paragraph, paragraphs, wraps_with_space_glyphs
from .tables import TableItem
from .textlayer import beside_ocr, lay_out
from .triage import classify, page_stats

CONVERTER = "gongmun.pdf"
OCR_MIN_SECONDS = 5.0  # do not start an OCR page with less budget left than this
LOW_OCR_CONFIDENCE = 0.6  # mean Tesseract word confidence below which the document gets a warning
HEADING_MAX_CHARS = 80  # longer paragraphs are never headings, whatever their size
LINE_IDS_PER_PAGE = 1_000_000
GARBLED_SHARE = 0.3  # a text page with more glyphs than this lacking a Unicode map is read by OCR
LAYER_LINE_IDS = LINE_IDS_PER_PAGE // 2  # a scanned page's text-layer lines, after its OCR lines
_CID = re.compile(r"\(cid:\d+\)")


@dataclass(slots=True)
class PageContent:
    index: int
    height: float
    source: str  # text | ocr
    segments: list[Segment] = field(default_factory=list)
    tables: list[TableItem] = field(default_factory=list)


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

    def remaining(self) -> float:
        return self.budget.limits.seconds - (time.monotonic() - self.budget.started)


def convert(
    data: bytes, uri: str, budget: Budget, *, ocr: OcrSettings | None = None, max_pages: int | None = None
) -> Document:
    max_pages = max_pages or budget.limits.max_pages
    run = Run(budget=budget, settings=ocr or OcrSettings())
    pdf, pdfium_problem = open_pdfium(data)
    fallback = Fallback(data)
    if pdf is None and fallback.open() is None:
        raise ConversionError("corrupt", f"unreadable PDF: {pdfium_problem}; {fallback.problem}")
    try:
        total = len(pdf) if pdf is not None else fallback.pages
        if pdf is None:
            run.warnings.append(f"{pdfium_problem}: no OCR or page triage, text layer only")
        if pdf is not None and _encrypted(pdf):
            run.flags.add("encrypted")
            run.warnings.append(
                "encrypted PDF opened with the empty user password; its permissions are not enforced"
            )
        junk = data.find(b"%PDF-", 0, 1024)
        if junk > 0:
            run.warnings.append(f"{junk} stray byte(s) before the %PDF header (damaged or wrapped file)")
        if total > max_pages:
            run.warnings.append(f"only the first {max_pages} of {total} pages were read")
        pages = [_read_page(i, pdf, fallback, run) for i in range(min(total, max_pages))]
        info = _info(pdf, fallback.document)
    finally:
        fallback.close()
        if pdf is not None:
            pdf.close()
    doc = new_document(
        data,
        uri,
        "pdf",
        CONVERTER,
        format_version=_version(data),
        metadata=metadata_from_info(info, total),
        blocks=_blocks([p for p in pages if p is not None], run),
    )
    _finish(doc, run, total)
    return doc


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


def _info(pdf: Any, plumber: Any) -> dict[str, Any]:
    """The document information dictionary, from whichever parser can give it."""
    for source in (pdf, plumber):
        if source is None:
            continue
        try:
            info = source.get_metadata_dict(skip_empty=True) if source is pdf else dict(source.metadata or {})
        except Exception:  # a damaged /Info must not cost the text
            continue
        return info
    return {}


def _encrypted(pdf: Any) -> bool:
    import pypdfium2.raw as pdfium_c

    return int(pdfium_c.FPDF_GetSecurityHandlerRevision(pdf.raw)) != -1


def _version(data: bytes) -> str:
    at = data.find(b"%PDF-", 0, 1024)
    return data[at + 5 : at + 8].decode("ascii", "replace") if at >= 0 else ""


def _read_page(i: int, pdf: Any, fallback: Fallback, run: Run) -> PageContent | None:
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
        drawing = page_drawing(page, frame, textpage)
        kind = classify(page_stats(textpage.get_text_range(), drawing, frame.width * frame.height))
        content = None
        if kind in ("text", "scanned"):
            glyphs, unmapped = pdfium_glyphs(textpage, frame, drawing.blanks)
            if kind == "scanned":
                layer = build_segments(dedupe(glyphs), i * LINE_IDS_PER_PAGE + LAYER_LINE_IDS)
            elif glyphs and unmapped / len(glyphs) > GARBLED_SHARE:
                kind = "garbled"
            else:
                content = _content(i, glyphs, drawing.rulings, frame.width, frame.height, "text")
    finally:
        textpage.close()
    if kind in ("outlines", "scanned", "garbled"):
        content = _ocr(i, page, frame.height, run, kind)
        if content is not None:
            content.segments = beside_ocr(layer, content.segments)
        elif layer:  # no OCR: the scan's own text layer is still text
            content = PageContent(i, frame.height, "text", segments=layer)
    return kind, content


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


def _ocr(i: int, page: Any, height: float, run: Run, kind: str) -> PageContent | None:
    if not run.settings.enabled:
        run.flags.add("ocr_unavailable")
        return None
    if run.engine is None:
        run.engine = probe_engine()
        if run.engine.problem:
            run.warnings.append(run.engine.problem)
    if not run.engine.available:
        run.flags.add("ocr_unavailable")
        return None
    remaining = run.remaining()
    if remaining < OCR_MIN_SECONDS:
        run.flags.add("ocr_incomplete")
        return None
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


def _blocks(pages: list[PageContent], run: Run) -> list[Block]:
    text_pages = [p for p in pages if p.source == "text"]
    furniture = find_furniture([PageLines(p.index, p.height, p.segments) for p in text_pages])
    for p in text_pages:
        drop = furniture.drop.get(p.index, set())
        p.segments = [s for s in p.segments if s.line_id not in drop]
    layouts = {p.index: reading_order(_items(p)) for p in pages}
    explicit = wraps_with_space_glyphs(leaf for p in text_pages for leaf in layouts[p.index])
    body = _body_size(text_pages)
    blocks: list[Block] = []
    for p in pages:
        running = furniture.blocks.get(p.index, [])
        blocks += [Block(kind=k, text=t, page=p.index) for k, t in running if k == "header"]
        attrs = {"source": "ocr"} if p.source == "ocr" else {}
        for piece in paragraphs(layouts[p.index], explicit and p.source == "text"):
            if isinstance(piece, Paragraph):
                level = _heading_level(piece, body) if p.source == "text" else None
                kind = "heading" if level else "paragraph"
                blocks.append(Block(kind=kind, text=piece.text, page=p.index, level=level, attrs=dict(attrs)))
            else:
                blocks.append(Block(kind="table", rows=piece.rows(explicit), page=p.index, attrs=dict(attrs)))
        blocks += [Block(kind=k, text=t, page=p.index) for k, t in running if k == "footer"]
    return blocks


def _items(page: PageContent) -> list[Segment | TableItem]:
    return [*page.segments, *page.tables]


def _body_size(pages: list[PageContent]) -> float:
    """The font size most of the text is set in."""
    weights: Counter[float] = Counter()
    for p in pages:
        for seg in p.segments:
            weights[round(seg.size, 1)] += len(seg.text)
    return weights.most_common(1)[0][0] if weights else 0.0


def _heading_level(piece: Paragraph, body: float) -> int | None:
    """Short paragraphs set clearly larger than the body text are headings (1: much larger)."""
    if not body or len(piece.text) > HEADING_MAX_CHARS or piece.first.size < 1.25 * body:
        return None
    return 1 if piece.first.size >= 1.6 * body else 2


def _finish(doc: Document, run: Run, total: int) -> None:
    kinds = run.kinds
    ocr_needed = sorted(kinds.get("outlines", []) + kinds.get("scanned", []) + kinds.get("garbled", []))
    ocr_pages = len(run.ocr_confidences)
    if kinds.get("scanned"):
        run.flags.add("scanned")
    if ocr_pages:
        run.flags.add("ocr")
    if "ocr_unavailable" in run.flags:
        run.warnings.append(
            f"{len(ocr_needed)} page(s) have no usable text layer (scanned, outlined or unmapped glyphs) "
            "and OCR is unavailable: their text is missing"
        )
    elif len(ocr_needed) > ocr_pages:
        run.warnings.append(
            f"OCR incomplete: {len(ocr_needed) - ocr_pages} of {len(ocr_needed)} page(s) unread"
        )
    if kinds.get("garbled"):
        run.warnings.append(f"{len(kinds['garbled'])} page(s) have a text layer without a Unicode map")
    if kinds.get("outlines"):
        run.warnings.append(f"{len(kinds['outlines'])} page(s) draw their text as outlines")
    if run.unreadable:
        run.warnings.append(f"{len(run.unreadable)} page(s) could not be parsed and were skipped")
    if not any(b.text.strip() for b in doc.blocks):
        if run.unreadable and len(run.unreadable) >= min(total, 1):
            raise ConversionError("corrupt", "no page of this PDF could be parsed")
        if not ocr_needed:
            run.warnings.append("no text: the PDF's pages are blank")
    doc.warnings.extend(run.warnings)
    doc.source.flags = sorted(set(doc.source.flags) | run.flags)
    readable = total - len(kinds.get("empty", []))
    doc.quality["ocr_pages"] = ocr_pages
    doc.quality["text_source"] = "ocr" if ocr_pages and ocr_pages * 2 >= max(readable, 1) else "body"
    if run.ocr_confidences:
        confidence = round(sum(run.ocr_confidences) / ocr_pages, 4)
        doc.quality["ocr_confidence"] = confidence
        if confidence < LOW_OCR_CONFIDENCE:
            doc.warnings.append(f"low OCR confidence ({confidence:.2f}): text may be unreliable")
