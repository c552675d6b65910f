"""PDF -> `schemas.Document`: triage each page, read its text layer or OCR it, then lay it out.

Pass 1 (pages.py) walks the pages under the time budget: PDFium triage says whether the text layer
can be trusted; trusted pages are read straight from PDFium (glyphs, ruling lines -> tables and
lines), the others through Tesseract; pdfminer reads only what PDFium cannot load. Pass 2 works on
the whole document: running headers/footers (they only show as repetition across pages), the
producer's wrap style (see paragraphs.py), then reading order and blocks per page.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from gongmun.schemas import Block, Document

from ..base import new_document
from ..errors import ConversionError
from ..limits import Budget
from .furniture import PageLines, find_furniture
from .layout import reading_order
from .lines import Segment
from .metadata import metadata_from_info
from .ocr import OcrSettings
from .opening import open_pdfium
from .pages import Fallback, PageContent, Run, read_page, settle_outlines
from .paragraphs import Paragraph, paragraphs, wraps_with_space_glyphs
from .tables import TableItem

CONVERTER = "gongmun.pdf"
LOW_OCR_CONFIDENCE = 0.6  # mean Tesseract word confidence below which the document gets a warning
HEADING_MAX_CHARS = 80  # longer paragraphs are never headings, whatever their size


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
        pages = [read_page(i, pdf, fallback, run) for i in range(min(total, max_pages))]
        settle_outlines(pages, run, pdf)
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
