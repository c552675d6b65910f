"""Pictures that are scanned pages of text, read by OCR and put where the picture sits.

Archive HWP documents often carry a page that arrived on paper (a signed form, another agency's
attachment) as one picture filling the page; its text is nowhere else in the file. Whether a
picture is such a page is decided from what it is, never from its name: it must be printed over
most of the page's text area, hold enough pixels for text to be legible, and look like paper (light
ground, dark strokes). Logos, stamps and seals are too small; photos and charts are not paper-like.

OCR is bounded like the PDF path's: each picture gets at most OCR_SECONDS and never more than the
document's remaining time budget, a per-document cap on pictures, and a pixel cap (image_ocr.py);
any failure becomes a warning and the document keeps the rest of its text.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from gongmun.schemas import Block, Document

from .image_ocr import ImageOcrError, image_size, paper_like, read_image
from .limits import Budget
from .pdf.ocr import OcrEngine, probe_engine

HWPUNIT_PER_INCH = 7200
# A4 less Hancom's default margins (30 mm sides, 20/15 mm top/bottom, 15 mm header and footer):
# the text area a picture is measured against when the format does not say.
DEFAULT_TEXT_AREA = (42520, 67764)
MIN_WIDTH_SHARE = 0.6  # of the text area's width ...
MIN_HEIGHT_SHARE = 0.5  # ... and height: a page, not an illustration beside text
MIN_SHORT_SIDE = 600  # pixels: below this a page's body text is not legible
MAX_PICTURES = 30  # per document
OCR_SECONDS = 60.0  # per picture
MIN_SECONDS_LEFT = 10.0  # of the document's budget, to start one
MIN_CONFIDENCE = 0.3  # below this the reading is noise, not text
LOW_CONFIDENCE = 0.6  # below this the document is warned about


def covers_page(width: int, height: int, area: tuple[int, int] | None = None) -> bool:
    """Whether a picture printed `width` x `height` (HWPUNIT) fills most of a page's text area."""
    text_w, text_h = area or DEFAULT_TEXT_AREA
    return width >= MIN_WIDTH_SHARE * text_w and height >= MIN_HEIGHT_SHARE * text_h


@dataclass(slots=True)
class PictureOcr:
    """One document's scanned-page OCR: finds and reads the pictures, keeps the account."""

    budget: Budget
    engine: OcrEngine | None = None
    confidences: list[float] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    flags: set[str] = field(default_factory=set)
    candidates: int = 0
    noise: int = 0  # read, but nothing legible: not text left unread

    def blocks(
        self,
        load: Callable[[], bytes],
        size: tuple[int, int],
        section: int,
        area: tuple[int, int] | None = None,
    ) -> list[Block]:
        """The text of a picture printed at `size` (HWPUNIT) if it is a scanned page, else []."""
        if not covers_page(*size, area):
            return []
        data = load()
        try:
            if not data or min(image_size(data)) < MIN_SHORT_SIDE or not paper_like(data):
                return []
        except ImageOcrError:
            return []
        self.candidates += 1
        if not self._ready():
            return []
        seconds = min(OCR_SECONDS, self._remaining() - 2)
        try:
            read = read_image(data, size[0] / HWPUNIT_PER_INCH, self.engine or OcrEngine(False), seconds)
        except ImageOcrError as exc:
            self.flags.add("ocr_incomplete")
            self.warnings.append(f"a scanned page picture could not be read: {exc}")
            return []
        if read.confidence < MIN_CONFIDENCE or not read.lines:
            self.noise += 1
            self.warnings.append(
                f"a scanned page picture read as noise (confidence {read.confidence:.2f}): left out"
            )
            return []
        self.confidences.append(read.confidence)
        attrs = {"source": "ocr", "ocr_confidence": f"{read.confidence:.2f}"}
        return [Block("paragraph", "\n".join(read.lines), section=section, attrs=attrs)]

    def _ready(self) -> bool:
        """Whether one more picture may be read; the flags say why not."""
        engine = self.engine = self.engine or probe_engine()
        spent = len(self.confidences) >= MAX_PICTURES or self._remaining() < MIN_SECONDS_LEFT
        why = "ocr_unavailable" if not engine.available else "ocr_incomplete" if spent else ""
        if why:
            self.flags.add(why)
        return not why

    def _remaining(self) -> float:
        return self.budget.limits.seconds - (time.monotonic() - self.budget.started)

    def finish(self, doc: Document) -> None:
        """Record what was read (ocr_pages, ocr_confidence, flags) and what was not (warnings)."""
        if not self.candidates:
            return
        if self.engine is not None and self.engine.problem:
            self.warnings.insert(0, self.engine.problem)
        read = len(self.confidences)
        doc.quality["ocr_pages"] = read
        if read:
            self.flags.update(("ocr", "scanned_picture"))
            confidence = round(sum(self.confidences) / read, 4)
            doc.quality["ocr_confidence"] = confidence
            if confidence < LOW_CONFIDENCE:
                self.warnings.append(f"low OCR confidence ({confidence:.2f}) on scanned page pictures")
        if "ocr_unavailable" in self.flags:
            self.warnings.append(f"{self.candidates} scanned page picture(s) left unread: OCR is unavailable")
        elif read + self.noise < self.candidates:
            self.warnings.append(
                f"OCR incomplete: {self.candidates - read - self.noise} of {self.candidates} scanned page picture(s) unread"
            )
        doc.warnings.extend(self.warnings)
        doc.source.flags = sorted(set(doc.source.flags) | self.flags)
