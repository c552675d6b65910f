"""PDF converter: text layer in reading order with tables and running heads, OCR where it fails.

See convert.py for the flow; triage.py for when a page is OCR'd; paragraphs.py for Korean line joins.
"""

from __future__ import annotations

from .convert import CONVERTER, convert
from .ocr import OcrSettings

__all__ = ["CONVERTER", "OcrSettings", "convert"]
