"""PDF converter: text layer in reading order with tables and running heads, OCR where it fails.

See reader.py for the flow; triage.py for when a page is OCR'd; paragraphs.py for Korean line joins;
spec.py declares the format.
"""

from __future__ import annotations

from typing import Any


def __getattr__(name: str) -> Any:
    # pdfium, pdfplumber and Tesseract load on first use, not when the registry is read.
    if name in ("convert", "CONVERTER"):
        from . import reader

        return getattr(reader, name)
    if name == "OcrSettings":
        from .ocr import OcrSettings

        return OcrSettings
    raise AttributeError(name)
