"""Scanned pages embedded as pictures (issue 14): read by OCR where the picture sits.

rhwp__k-water-rfp.hwp and its HWPX twin (real documents from the shared corpus), and the HWPX written as
HWPML, carry four pages
that arrived on paper as page-sized pictures (992x1402 JPEGs and a 625x849 BMP) among eleven
smaller ones (logos, diagrams, screenshots). Only the four are read. OCR is slow: each file is
converted once per module.
"""

from __future__ import annotations

import io

import pytest
from conftest import needs_corpus
from hwpml_writer import hwpx_to_hwpml
from test_pdf_ocr import tesseract_with_korean

from gongmun.converters import convert_bytes
from gongmun.converters import scanned_pictures as sp
from gongmun.converters.image_ocr import ImageOcrError, image_size, paper_like
from gongmun.converters.pdf.ocr import OcrEngine
from gongmun.schemas import Document

# Words the OCR must read, each from one scanned page (none is in the documents' own text).
READ = [
    "적정사업기간 종합 산정서",
    "개발사업의 적정 사업기간을 위와 같이 산정합니다",
    "한국수자원공사 정보관리처장 귀하",
    "데이터허브를 클라우드 서비스",
]
# (the .hml is the HWPX written as HWPML by tests/converters/hwpml_writer.py: PICTURE/IMAGE BinItem, the
# images Base64 in TAIL/BINDATASTORAGE)
FILES = [
    ("hwp5", "rhwp__k-water-rfp.hwp"),
    ("hwpx", "rhwp__k-water-rfp.hwpx"),
    ("hwpml", "rhwp__k-water-rfp.hwpx"),
]


def _convert(parts: tuple[str, str]) -> Document:
    if parts[0] == "hwpml":
        path = needs_corpus("hwpx", parts[1])
        return convert_bytes(hwpx_to_hwpml(path.read_bytes()), path.stem + ".hml")
    path = needs_corpus(*parts)
    return convert_bytes(path.read_bytes(), str(path))


@pytest.fixture(scope="module", params=FILES, ids=[f for f, _ in FILES])
def scanned(request: pytest.FixtureRequest) -> Document:
    tesseract_with_korean()
    return _convert(request.param)


def test_scanned_pages_are_read_where_they_sit(scanned: Document) -> None:
    ocr = [b for b in scanned.blocks if b.attrs.get("source") == "ocr"]
    assert len(ocr) == 4 and scanned.quality["ocr_pages"] == 4
    text = "\n".join(b.text for b in ocr)
    for words in READ:
        assert words in text
    own = "\n".join(b.text for b in scanned.blocks if b.attrs.get("source") != "ocr")
    assert not any(words in own for words in READ)
    # in place: the scanned purchase plan follows the body's own mention of it, in the appendix
    mention = next(
        i for i, b in enumerate(scanned.blocks) if "직접구매 대상 상용소프트웨어 구매계획" in b.text
    )
    scan = next(
        i
        for i, b in enumerate(scanned.blocks)
        if "직접구매 대상 상용소프트웨어 구매계획" in b.text and b.attrs
    )
    assert scanned.blocks[scan].attrs["source"] == "ocr" and mention < scan
    assert {"ocr", "scanned_picture"} <= set(scanned.source.flags)
    assert 0.6 < scanned.quality["ocr_confidence"] <= 1.0
    if scanned.source.format != "hwpml":  # (an .hml carries no preview text)
        assert scanned.quality["prvtext_agreement"] == 1.0  # the preview has no picture text


def test_without_tesseract_the_text_is_kept_and_the_gap_said(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sp, "probe_engine", lambda: OcrEngine(False, problem="Tesseract not available"))
    doc = _convert(FILES[0])
    assert not [b for b in doc.blocks if b.attrs.get("source") == "ocr"]
    assert "ocr_unavailable" in doc.source.flags and doc.quality["ocr_pages"] == 0
    assert any("4 scanned page picture(s) left unread" in w for w in doc.warnings)
    assert any("한국수자원공사" in b.text for b in doc.blocks)  # the body is all there


@pytest.mark.parametrize(
    ("size", "page"),
    [
        ((42520, 60086), True),  # the k-water scans: 100% x 89% of the text area
        ((46860, 63660), True),
        ((45462, 29742), False),  # a half-page diagram
        ((12150, 6683), False),  # a logo
        ((42520, 20000), False),  # a banner across the page
    ],
)
def test_a_page_is_a_picture_over_most_of_the_text_area(size: tuple[int, int], page: bool) -> None:
    assert sp.covers_page(*size) is page


def _png(color: int, ink: int | None = None, size: tuple[int, int] = (800, 1100)) -> bytes:
    from PIL import Image, ImageDraw

    im = Image.new("L", size, color)
    draw = ImageDraw.Draw(im)
    for y in range(60, size[1] - 60, 40) if ink is not None else ():
        draw.rectangle((60, y, size[0] - 60, y + 12), fill=ink)
    out = io.BytesIO()
    im.save(out, "PNG")
    return out.getvalue()


def test_paper_is_light_with_ink() -> None:
    assert paper_like(_png(250, ink=20))  # lines of "text" on white
    assert not paper_like(_png(250))  # blank
    assert not paper_like(_png(90, ink=20))  # dark, like a photo


def test_a_hostile_picture_is_refused_before_decoding() -> None:
    from PIL import Image

    big = io.BytesIO()
    Image.new("1", (9000, 9000)).save(big, "PNG")  # 81 MP, a few KB on disk: over our cap
    assert image_size(big.getvalue()) == (9000, 9000)
    with pytest.raises(ImageOcrError):
        paper_like(big.getvalue())
    bomb = io.BytesIO()
    Image.new("1", (20000, 20000)).save(bomb, "PNG")  # 400 MP: refused from its header
    with pytest.raises(ImageOcrError):
        image_size(bomb.getvalue())
    with pytest.raises(ImageOcrError):
        image_size(b"\x89PNG not really")
