"""Ruled tables on scanned pages: the cells are found from the rules alone (thin grey rules on grey,
speckled paper too), empty cells and frames around body text are left out, and the cells a page's
reading left without a word are read in one run and placed back in their cells."""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

import pytest
from test_pdf_ocr import tesseract_with_korean

from gongmun.converters.pdf.lines import Segment
from gongmun.converters.pdf.ocr import OcrPage, _covers, _unread_cells, probe_engine
from gongmun.converters.pdf.ruled_cells import ruled_cells

FONT = Path("/usr/share/fonts/truetype/nanum/NanumGothic.ttf")
WIDTH, HEIGHT = 2480, 3508  # A4 at 300 dpi
LEFT, MIDDLE, RIGHT, TOP, ROW = 120, 720, 2360, 160, 112
ROWS = (("문서번호", "정책기획과-2071"), ("보안등급", "대외비"), ("비고", ""))


def _page(rules: bool = True, frame: bool = False) -> object:
    """A grey, speckled page: a two-column cover table of thin grey rules (its last value cell
    empty), then lines of body text, optionally inside one tall frame."""
    from PIL import Image, ImageDraw, ImageFont

    if not FONT.exists():
        pytest.skip("Korean font missing (apt-get install fonts-nanum)")
    image = Image.new("L", (WIDTH, HEIGHT), 228)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT), 44)
    for i, (label, value) in enumerate(ROWS):
        draw.text((LEFT + 20, TOP + i * ROW + 28), label, font=font, fill=40)
        draw.text((MIDDLE + 20, TOP + i * ROW + 28), value, font=font, fill=40)
    if rules:
        for i in range(len(ROWS) + 1):
            draw.line((LEFT, TOP + i * ROW, RIGHT, TOP + i * ROW), fill=150, width=2)
        for x in (LEFT, MIDDLE, RIGHT):
            draw.line((x, TOP, x, TOP + len(ROWS) * ROW), fill=150, width=2)
    body_top = TOP + len(ROWS) * ROW + 120
    for k in range(10):
        draw.text(
            (LEFT + 40, body_top + 40 + k * 80),
            "분기별 점검 결과를 붙임과 같이 보고합니다.",
            font=font,
            fill=40,
        )
    if frame:
        draw.rectangle((LEFT, body_top, RIGHT, body_top + 920), outline=60, width=4)
    noise = random.Random(3)
    pixels = image.load()
    for _ in range(WIDTH * HEIGHT // 200):
        pixels[noise.randrange(WIDTH), noise.randrange(HEIGHT)] = noise.choice((30, 255))  # type: ignore[index]
    return image


def test_the_written_cells_of_a_thin_grey_table_are_found() -> None:
    cells = ruled_cells(_page())
    assert len(cells) == 5  # three labels and two values; the empty value cell is left out
    tops = sorted({top for _, top, _, _ in cells})
    assert len(tops) == 3 and all(abs(t - (TOP + i * ROW)) <= 8 for i, t in enumerate(tops))
    for left, top, _right, bottom in cells:
        assert bottom - top <= ROW and (abs(left - LEFT) <= 8 or abs(left - MIDDLE) <= 8)


def test_a_page_without_rules_has_no_cells_and_a_frame_round_the_body_is_none() -> None:
    assert ruled_cells(_page(rules=False)) == []
    assert len(ruled_cells(_page(frame=True))) == 5


def test_a_line_of_the_reading_covers_the_cells_it_runs_over() -> None:
    row = Segment(60.0, 10.0, 500.0, 30.0, "보안등급 대외비", 12.0, 0)
    assert _covers(row, 50.0, 0.0, 200.0, 40.0) and _covers(row, 200.0, 0.0, 600.0, 40.0)
    assert not _covers(row, 50.0, 40.0, 200.0, 80.0)  # the row below
    assert not _covers(Segment(60.0, 10.0, 500.0, 30.0, ": .", 12.0, 0), 50.0, 0.0, 200.0, 40.0)


def test_cells_the_pages_reading_left_empty_are_read_into_their_cells() -> None:
    tesseract_with_korean()
    image = _page()
    # the page's reading had the first row but dropped the rest of the table (a noisy scan's way)
    first_row = Segment(LEFT + 20, TOP + 20, RIGHT - 20, TOP + 80, "문서번호 정책기획과-2071", 22.0, 0)
    with tempfile.TemporaryDirectory() as tmp:
        added = _unread_cells(image, OcrPage([first_row], 0.9), 1.0, tmp, probe_engine().langs, 60, 0)
    # (a speck may read as a stray mark beside a word: '비고 |')
    texts = {"".join(ch for ch in seg.text if ch.isalnum()): seg for seg in added}
    assert {"보안등급", "대외비", "비고"} <= set(texts)
    assert not any("정책기획과" in text for text in texts)  # the row the reading had is not read twice
    stamp = texts["대외비"]
    assert abs(stamp.x0 - MIDDLE) <= 8 and TOP + ROW <= (stamp.top + stamp.bottom) / 2 <= TOP + 2 * ROW
