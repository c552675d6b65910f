"""A scan read too poorly to judge: held for a person, never routed public by rules that saw noise.

The rules and the model decide from the text; when OCR misread a word in four or more (mean word
confidence under UNREADABLE_BELOW), a roster or a stamp may be in the noise the rules cannot see, so
the document's sensitivity is uncertain and it waits for review. Real Korean scans in the shared
corpus read at 0.94 or better; a blurred, speckled page reads 0.5-0.7.
"""

from __future__ import annotations

from gongmun.schemas import Document

from .text import Hit

UNREADABLE_BELOW = 0.7


def unreadable_scan(doc: Document) -> Hit | None:
    """A review cue when the document's text came from OCR the engine itself was unsure of."""
    confidence = doc.quality.get("ocr_confidence")
    if not isinstance(confidence, (int, float)) or confidence >= UNREADABLE_BELOW:
        return None
    return Hit("review", "review.unreadable_scan", None, f"OCR confidence {confidence:.2f}")
