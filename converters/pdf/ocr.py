"""OCR of one page: render with PDFium, read with Tesseract (kor+eng), return positioned lines.

Tesseract is an external program (Debian `tesseract-ocr`, `tesseract-ocr-kor`). When it is missing
we say so once per document and flag it; we never return empty text as if the page were blank.
Page segmentation mode 6 (one uniform block) is the default: mode 3, Tesseract's default, drops text
on sparse administrative pages and tables.
"""

from __future__ import annotations

import csv
import os
import statistics
import subprocess
import tempfile
from dataclasses import dataclass
from typing import Any

from .boxed import inside, stamp_boxes, tilted_stamps
from .lines import Segment
from .ruled_cells import ruled_cells, stacked

DPI = 300
MAX_PIXELS = 40_000_000  # a 300 dpi A3 page is ~17 MP; hostile MediaBoxes get scaled down
LANGS = ("kor", "eng")
OSD_SECONDS = 20
LATIN_TRUSTED = 75.0  # mean word confidence above which an English reading of a "Latin" page stands
# A speckled scan (salt-and-pepper noise of a cheap scanner or a fax, at low resolution) reads poorly in
# one uniform block: Tesseract takes the specks for text. Below this mean word confidence the page is
# read again with the specks filtered out and its layout found by Tesseract (mode 3), and the second
# reading's text stands when it is surer by SPECKLED_GAIN (the page's confidence stays the first's).
SPECKLED_BELOW = 60.0
SPECKLED_GAIN = 8.0


@dataclass(frozen=True, slots=True)
class OcrSettings:
    dpi: int = DPI
    psm: int = 6
    timeout: float = 90.0  # seconds per page, enforced by pytesseract killing tesseract
    enabled: bool = True


@dataclass(frozen=True, slots=True)
class OcrEngine:
    """What Tesseract can do here; `problem` says why OCR is impossible or degraded."""

    available: bool
    langs: str = ""
    version: str = ""
    problem: str = ""
    glyph_langs: str = ""  # models for glyph cells (glyphocr.py): Korean, and the Hangul script model


@dataclass(slots=True)
class OcrPage:
    segments: list[Segment]
    confidence: float  # mean word confidence, 0..1


def probe_engine() -> OcrEngine:
    """Find Tesseract and its language data (`pytesseract.pytesseract.tesseract_cmd` decides where)."""
    import pytesseract

    try:
        version = str(pytesseract.get_tesseract_version())
        installed = _installed_models(pytesseract.pytesseract.tesseract_cmd)
    except (pytesseract.TesseractNotFoundError, OSError, RuntimeError, subprocess.SubprocessError) as exc:
        return OcrEngine(available=False, problem=f"Tesseract not available ({type(exc).__name__})")
    langs = [lang for lang in LANGS if lang in installed]
    if not langs:
        return OcrEngine(available=False, version=version, problem="Tesseract has no kor/eng language data")
    problem = "" if "kor" in langs else "Tesseract Korean data (tesseract-ocr-kor) missing: Hangul not read"
    # Two models read odd faces better than one: each cell keeps the reading it is surest of.
    glyph_langs = "+".join(lang for lang in ("kor", "Hangul") if lang in installed) if "kor" in langs else ""
    return OcrEngine(True, langs="+".join(langs), version=version, problem=problem, glyph_langs=glyph_langs)


def _installed_models(command: str) -> set[str]:
    """Tesseract's trained models by name. pytesseract's own list leaves out the script models
    (`Hangul`): it takes only lower-case names."""
    listing = subprocess.run([command, "--list-langs"], capture_output=True, timeout=30, check=True)
    lines = listing.stdout.decode("utf-8", "replace").splitlines()[1:]  # after "List of available ..."
    return {line.strip() for line in lines if line.strip()}


def render(page: Any, dpi: int) -> tuple[Any, float]:
    """Grayscale PIL image of a pypdfium2 page at `dpi`, scaled down to stay under MAX_PIXELS."""
    width, height = page.get_size()
    scale = dpi / 72
    pixels = width * height * scale * scale
    if pixels > MAX_PIXELS:
        scale *= (MAX_PIXELS / pixels) ** 0.5
    return page.render(scale=scale, grayscale=True).to_pil(), scale


def ocr_page(
    page: Any,
    engine: OcrEngine,
    settings: OcrSettings,
    line_id_base: int,
    timeout: float | None = None,
    langs: str | None = None,
) -> OcrPage:
    """Read one page within `timeout` seconds (default: the settings'); raises RuntimeError on a
    Tesseract timeout or failure."""

    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # one core per page; workers parallelise pages
    image, scale = render(page, settings.dpi)
    seconds = max(1, int(timeout if timeout is not None else settings.timeout))
    with tempfile.TemporaryDirectory(prefix="gongmun-ocr-") as tmp:
        source, base = os.path.join(tmp, "page.png"), os.path.join(tmp, "out")
        image.save(source)
        boxes = [(box, inside(image, box)) for box in stamp_boxes(image)] or tilted_stamps(image)
        chosen = langs or languages_for(script_of(source, min(seconds, OSD_SECONDS)), engine)
        text, table = _recognise(source, base, chosen, settings.psm, seconds)
        # OSD calls noisy Hangul scans "Latin" even at high script confidence; the English model then
        # reads Hangul as Latin look-alikes, which its own confidence shows.
        doubtful = chosen == "eng" and _mean_confidence(table) < LATIN_TRUSTED
        if not langs and doubtful and "kor" in engine.langs.split("+"):
            korean = _recognise(source, base, "kor", settings.psm, seconds)
            if _mean_confidence(korean[1]) > _mean_confidence(table):
                text, table = korean
        first = _mean_confidence(table)
        despeckled_read = False
        if first < SPECKLED_BELOW:
            despeckled = os.path.join(tmp, "despeckled.png")
            _despeckle(image).save(despeckled)
            again = _recognise(despeckled, base, chosen, 3, seconds)
            if _mean_confidence(again[1]) >= first + SPECKLED_GAIN:
                text, table = again
                despeckled_read = True
        read = _lines(table, text, scale, line_id_base)
        boxed_langs = "kor" if "kor" in engine.langs.split("+") else chosen
        read.segments += _unread_cells(image, read, scale, tmp, boxed_langs, seconds, line_id_base)
        image.close()
        if despeckled_read:
            # The page stays as poor as it was scanned: layout analysis may have dropped text it took for
            # specks, so a surer second reading must not lift the document past the unreadable-scan
            # review; it gives the classifier more to find (a stamp, a roster), never less caution.
            read.confidence = round(first / 100, 4)
        for n, (box, crop) in enumerate(boxes):
            left, top, right, bottom = (v / scale for v in box)
            if any(_read_inside(seg, left, top, right, bottom) for seg in read.segments):
                continue  # the page's reading has the box's word: it stands (a second reading is no better)
            crop_path = os.path.join(tmp, f"box{n}.png")
            crop.save(crop_path)
            words = " ".join(_recognise(crop_path, base, boxed_langs, 7, seconds)[0].split())
            if any(ch.isalnum() for ch in words):
                size = (bottom - top) / 2
                line_id = line_id_base + 900_000 + n
                read.segments.append(Segment(left, top, right, bottom, words, size, line_id))
    return read


def _unread_cells(
    image: Any, read: OcrPage, scale: float, tmp: str, langs: str, seconds: int, line_id_base: int
) -> list[Segment]:
    """Segments for the ruled table cells (ruled_cells.py) the page's reading left without a word,
    read together as one strip of stacked crops, each placed back at its cell."""
    cells = [
        cell
        for cell in ruled_cells(image)
        if not any(_covers(seg, *(v / scale for v in cell)) for seg in read.segments)
    ]
    if not cells:
        return []
    strip, spans = stacked(image, cells)
    path = os.path.join(tmp, "cells.png")
    strip.save(path)
    strip.close()
    text, table = _recognise(path, os.path.join(tmp, "cells"), langs, 6, seconds)
    found: dict[int, list[Segment]] = {}
    for line in _lines(table, text, 1.0, 0).segments:  # in the strip's pixels
        middle = (line.top + line.bottom) / 2
        index = next((i for i, (top, bottom) in enumerate(spans) if top <= middle <= bottom), None)
        if index is not None:
            found.setdefault(index, []).append(line)
    out = []
    for index, lines in sorted(found.items()):
        joined = " ".join(line.text for line in lines)
        if not any(ch.isalnum() for ch in joined):
            continue
        left, top, right, bottom = (v / scale for v in cells[index])
        size = max(statistics.median(line.size for line in lines) / scale, 1.0)
        out.append(Segment(left, top, right, bottom, joined, size, line_id_base + 800_000 + index))
    return out


def _covers(seg: Segment, left: float, top: float, right: float, bottom: float) -> bool:
    """The page's reading has letters or digits in the cell: a line whose middle is within the cell's
    height and which runs over at least half of the cell's width or of its own."""
    if not any(ch.isalnum() for ch in seg.text) or not top <= (seg.top + seg.bottom) / 2 <= bottom:
        return False
    overlap = min(seg.x1, right) - max(seg.x0, left)
    return overlap >= 0.5 * min(right - left, seg.x1 - seg.x0)


def _despeckle(image: Any) -> Any:
    """The page with isolated specks removed (a 3×3 median keeps strokes wider than a pixel or two)."""
    from PIL import ImageFilter

    return image.filter(ImageFilter.MedianFilter(3))


def _read_inside(seg: Segment, left: float, top: float, right: float, bottom: float) -> bool:
    """The page's reading put letters or digits inside the box (its line's middle within the frame)."""
    x, y = (seg.x0 + seg.x1) / 2, (seg.top + seg.bottom) / 2
    return left <= x <= right and top <= y <= bottom and any(ch.isalnum() for ch in seg.text)


def _recognise(
    source: str, base: str, langs: str, psm: int, seconds: int
) -> tuple[str, list[dict[str, str]]]:
    """One recognition pass, two renderings: the plain text has Tesseract's word spacing right for
    Hangul, while the TSV's word boxes split syllables apart; the TSV gives line geometry."""
    import pytesseract

    pytesseract.pytesseract.run_tesseract(
        source,
        base,
        extension="txt",
        lang=langs,
        config=f"--psm {psm} -c tessedit_create_tsv=1",
        timeout=seconds,
    )
    with open(base + ".txt", encoding="utf-8", errors="replace") as fh:
        text = fh.read()
    with open(base + ".tsv", encoding="utf-8", errors="replace") as fh:
        table = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    return text, table


def _mean_confidence(table: list[dict[str, str]]) -> float:
    """Tesseract's mean word confidence (0-100) over the words it read, 0 when none."""
    scores = [float(w.get("conf") or -1) for w in table if (w.get("text") or "").strip()]
    kept = [c for c in scores if c >= 0]
    return sum(kept) / len(kept) if kept else 0.0


def script_of(image_path: str, timeout: int) -> str:
    """Tesseract's orientation-and-script guess for a page ("Korean", "Latin", "Han", ...), or ""."""
    import pytesseract

    try:
        osd = pytesseract.image_to_osd(image_path, config="--psm 0", timeout=timeout)
    except (RuntimeError, OSError):  # too few characters to tell, no osd data, timeout
        return ""
    for line in osd.splitlines():
        if line.startswith("Script:"):
            return str(line.split(":", 1)[1].strip())
    return ""


def languages_for(script: str, engine: OcrEngine) -> str:
    """One model where the script is clear: mixing kor+eng lets the English model turn Hangul into
    Latin look-alikes ("자료를" -> "ASS") and takes twice as long. English where OSD sees Latin (ocr_page
    checks that guess); both where it sees Han or cannot tell; Korean for any other script it names
    (Cyrillic, Arabic …), which on a Korean archive's speckled scan is Hangul misjudged."""
    available = engine.langs.split("+")
    if script in ("Han", ""):
        return engine.langs
    wanted = "eng" if script == "Latin" else "kor"
    return wanted if wanted in available else engine.langs


def _lines(table: list[dict[str, str]], text: str, scale: float, line_id_base: int) -> OcrPage:
    """Tesseract's lines as segments in page points, with the plain-text rendering's spacing."""
    lines: dict[tuple[str, str, str], list[dict[str, str]]] = {}
    for word in table:
        if not (word.get("text") or "").strip() or float(word.get("conf") or -1) < 0:
            continue
        lines.setdefault((word["block_num"], word["par_num"], word["line_num"]), []).append(word)
    spaced = [t.strip() for t in text.splitlines() if t.strip()]
    segments = []
    for n, words in enumerate(lines.values()):
        left = min(int(w["left"]) for w in words)
        top = min(int(w["top"]) for w in words)
        right = max(int(w["left"]) + int(w["width"]) for w in words)
        bottom = max(int(w["top"]) + int(w["height"]) for w in words)
        joined = " ".join(w["text"].strip() for w in words)
        if n < len(spaced) and _squeeze(spaced[n]) == _squeeze(joined):
            joined = " ".join(spaced[n].split())
        segments.append(
            Segment(
                x0=left / scale,
                top=top / scale,
                x1=right / scale,
                bottom=bottom / scale,
                text=joined,
                size=max(float(statistics.median(int(w["height"]) for w in words)) / scale, 1.0),
                line_id=line_id_base + n,
            )
        )
    return OcrPage(segments=segments, confidence=round(_mean_confidence(table) / 100, 4))


def _squeeze(text: str) -> str:
    return "".join(text.split())
