"""PDF converter: text layer in reading order with tables and running heads, OCR where it fails.

See reader.py for the flow; triage.py for when a page is OCR'd; paragraphs.py for Korean line joins.
"""

from __future__ import annotations

from .ocr import OcrSettings
from .reader import CONVERTER, convert

__all__ = ["CONVERTER", "OcrSettings", "convert"]
