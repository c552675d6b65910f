"""OCR of one embedded raster image (a picture inside an HWP/HWPX), in any format Pillow decodes.

The PDF path renders pages itself; here the pixels are the document's own, so what must be bounded
is different: the image's declared size is checked before it is decoded (a 1 KB PNG can claim a
gigapixel), and a low-resolution scan is enlarged towards 300 dpi of its printed size, because
Tesseract misreads Hangul strokes below that. Engine discovery, script detection and the choice of
language models are the PDF path's (converters/pdf/ocr.py), so both read Korean the same way.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .pdf.ocr import OcrEngine, languages_for, script_of

if TYPE_CHECKING:
    from PIL.Image import Image as PilImage

MAX_SOURCE_PIXELS = 60_000_000  # declared size above which an image is not decoded at all
MAX_PIXELS = 25_000_000  # after enlarging: about an A4 page at 300 dpi, with room
TARGET_DPI = 300
MAX_ENLARGE = 3.0
PAPER, INK = 180, 160  # gray levels of a thumbnail: paper is lighter than PAPER, ink darker than INK
MIN_PAPER, MIN_INK = 0.55, 0.003  # shares of its pixels (strokes blur away when shrunk)
PSM = 6  # one uniform block, as for PDF pages: mode 3 drops text on sparse forms and tables


class ImageOcrError(RuntimeError):
    """The image could not be decoded or Tesseract failed or ran out of time on it."""


@dataclass(frozen=True, slots=True)
class ImageText:
    lines: list[str]
    confidence: float  # mean word confidence, 0..1


def image_size(data: bytes) -> tuple[int, int]:
    """Pixel width and height from the image's header, without decoding its pixels."""
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as im:
            return int(im.width), int(im.height)
    except (OSError, ValueError, Image.DecompressionBombError) as exc:
        raise ImageOcrError(f"undecodable image ({type(exc).__name__})") from exc


def paper_like(data: bytes) -> bool:
    """Whether the image looks like a page of text: mostly light ground with some dark ink. Photos,
    charts and dark scans of objects fail; a blank page fails too (nothing to read)."""
    from PIL import Image

    _check_pixels(*image_size(data))
    try:
        with Image.open(io.BytesIO(data)) as im:
            im.draft("L", (400, 400))  # JPEG decodes at a fraction of its size
            thumb = im.convert("L")
            thumb.thumbnail((400, 400))
    except (OSError, ValueError, Image.DecompressionBombError) as exc:
        raise ImageOcrError(f"undecodable image ({type(exc).__name__})") from exc
    histogram = thumb.histogram()
    total = sum(histogram) or 1
    light = sum(histogram[PAPER:]) / total
    ink = sum(histogram[:INK]) / total
    return light >= MIN_PAPER and ink >= MIN_INK


def read_image(data: bytes, printed_inches: float, engine: OcrEngine, seconds: float) -> ImageText:
    """Text lines of the image, enlarged towards TARGET_DPI for its printed width; raises
    ImageOcrError on anything that goes wrong, so one bad picture costs only its own text."""
    import pytesseract

    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    timeout = max(1, int(seconds))
    with tempfile.TemporaryDirectory(prefix="gongmun-img-") as tmp:
        source, base = os.path.join(tmp, "image.png"), os.path.join(tmp, "out")
        _prepared(data, printed_inches).save(source)
        try:
            langs = languages_for(script_of(source, min(timeout, 20)), engine)
            config = f"--psm {PSM} -c tessedit_create_tsv=1"  # the plain text and word boxes at once
            pytesseract.pytesseract.run_tesseract(source, base, "txt", langs, config, timeout=timeout)
            text, table = (_read(f"{base}.{ext}") for ext in ("txt", "tsv"))
        except (RuntimeError, OSError, pytesseract.TesseractError) as exc:
            raise ImageOcrError(f"Tesseract failed ({type(exc).__name__})") from exc
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    words = csv.DictReader(io.StringIO(table), delimiter="\t", quoting=csv.QUOTE_NONE)
    return ImageText(lines, _confidence(list(words)))


def _prepared(data: bytes, printed_inches: float) -> PilImage:
    """Grayscale pixels, enlarged to about TARGET_DPI (at most MAX_ENLARGE times, MAX_PIXELS)."""
    from PIL import Image

    width, height = image_size(data)
    _check_pixels(width, height)
    try:
        with Image.open(io.BytesIO(data)) as im:
            gray = im.convert("L")
    except (OSError, ValueError, Image.DecompressionBombError) as exc:
        raise ImageOcrError(f"undecodable image ({type(exc).__name__})") from exc
    dpi = width / printed_inches if printed_inches > 0 else TARGET_DPI
    scale = min(MAX_ENLARGE, max(1.0, TARGET_DPI / dpi), (MAX_PIXELS / (width * height)) ** 0.5)
    if scale > 1.05:
        gray = gray.resize((int(width * scale), int(height * scale)), Image.Resampling.LANCZOS)
    return gray


def _read(path: str) -> str:
    with open(path, encoding="utf-8", errors="replace") as fh:
        return fh.read()


def _check_pixels(width: int, height: int) -> None:
    if width * height > MAX_SOURCE_PIXELS or not width or not height:
        raise ImageOcrError(f"image of {width}x{height} pixels is over the OCR pixel cap")


def _confidence(words: list[dict[str, str]]) -> float:
    scores = [float(w.get("conf") or -1) for w in words if (w.get("text") or "").strip()]
    scores = [s for s in scores if s >= 0]
    return round(sum(scores) / len(scores) / 100, 4) if scores else 0.0
