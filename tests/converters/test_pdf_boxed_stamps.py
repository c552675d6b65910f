"""Stamps printed in a ruled box at a scanned page's top or foot (대외비, 비밀(Ⅱ급)): Tesseract's
uniform-block reading drops the word inside the frame, so the frame is found from its rules and its
inside read as one line. A table's rows near the top are not stamps. One OCR run of one page."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from test_pdf_ocr import tesseract_with_korean

from gongmun.converters import convert_bytes
from gongmun.converters.pdf.boxed import stamp_boxes

FONT = Path("/usr/share/fonts/truetype/nanum/NanumGothic.ttf")
WIDTH, HEIGHT = 2480, 3508  # A4 at 300 dpi


def _page(stamp: str | None, table_rows: int = 0, tilt: int = 0) -> object:
    """An A4 page scanned at 100 dpi and stored at 300 (the way old archive scans are): a framed stamp
    at the top centre (its right end `tilt` pixels lower, as a skewed scan draws it), a few lines of
    text, and optionally a ruled table above them."""
    from PIL import Image, ImageDraw, ImageFont

    if not FONT.exists():
        pytest.skip("Korean font missing (apt-get install fonts-nanum)")
    image = Image.new("L", (WIDTH // 3, HEIGHT // 3), 244)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT), 16)
    if stamp is not None:
        half = int(draw.textlength(stamp, font=font)) // 2
        left, top, right, bottom = 413 - half - 6, 53, 413 + half + 6, 81
        for t in range(2):
            draw.line((left, top + t, right, top + t + tilt), fill=30)
            draw.line((left, bottom - t, right, bottom - t + tilt), fill=30)
            draw.line((left + t, top, left + t, bottom), fill=30)
            draw.line((right - t, top + tilt, right - t, bottom + tilt), fill=30)
        draw.text((left + 6, top + 3), stamp, font=font, fill=60)
    body = ImageFont.truetype(str(FONT), 13)
    for i, line in enumerate(["가람시 정책기획과", "수신 내부결재", "제목 청사 출입 관리 계획 검토"]):
        draw.text((93, 140 + i * 30), line, font=body, fill=30)
    for r in range(table_rows + 1 if table_rows else 0):
        draw.line((70, 95 + r * 12, 530, 95 + r * 12), fill=30, width=2)
    if table_rows:
        for x in (70, 300, 530):
            draw.line((x, 95, x, 95 + table_rows * 12), fill=30, width=2)
    return image.resize((WIDTH, HEIGHT), Image.BILINEAR)


def _pdf(image: object) -> bytes:
    out = io.BytesIO()
    image.save(out, "PDF", resolution=300.0)  # type: ignore[attr-defined]
    return out.getvalue()


def test_a_framed_stamp_is_found_even_when_the_scan_is_skewed() -> None:
    assert len(stamp_boxes(_page("대외비"))) == 1
    assert len(stamp_boxes(_page("대외비", tilt=2))) == 1


def test_the_rows_of_a_ruled_table_near_the_top_are_no_stamps() -> None:
    assert stamp_boxes(_page(None, table_rows=3)) == []


def test_the_word_inside_a_stamps_frame_reaches_the_text() -> None:
    tesseract_with_korean()
    doc = convert_bytes(_pdf(_page("대외비")), "scan.pdf")
    assert "대외비" in doc.to_text().replace(" ", "")


def _pressed_askew(image: object, degrees: float) -> object:
    """The page with its stamp turned `degrees` about the stamp's centre, as a rubber stamp pressed on
    at an angle leaves it (the rest of the page stays level)."""
    from PIL import Image

    page = image.copy()  # type: ignore[attr-defined]
    box = (900, 90, 1580, 330)  # around the stamp drawn at the top centre
    patch = page.crop(box).rotate(degrees, resample=Image.BILINEAR, fillcolor=244)
    page.paste(patch, box)
    return page


def test_a_stamp_pressed_askew_is_found_on_the_page_turned_back() -> None:
    from gongmun.converters.pdf.boxed import tilted_stamps

    page = _pressed_askew(_page("비밀(Ⅱ급)"), 6.0)
    assert stamp_boxes(page) == []  # too askew for the level reading
    found = tilted_stamps(page)
    assert len(found) == 1
    left, top, right, bottom = found[0][0]
    assert left < WIDTH // 2 < right and top < 330 and bottom > 90
    assert tilted_stamps(_page(None, table_rows=3)) == []
