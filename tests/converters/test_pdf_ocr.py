"""OCR fallback: scanned pages, Hangul drawn as outlines, garbled text layers, and a missing Tesseract.

OCR is slow, so there are only two OCR runs here, each of one small page. The accuracy test draws
known Korean sentences with a Korean font (Debian `fonts-nanum`) into an image-only PDF.
"""

from __future__ import annotations

import io
import shutil
from difflib import SequenceMatcher
from pathlib import Path

import pytest
from conftest import needs_corpus

from gongmun.converters import convert_bytes
from gongmun.converters.pdf.triage import PageStats, classify, garbled_share

FONT = Path("/usr/share/fonts/truetype/nanum/NanumGothic.ttf")
SENTENCES = [
    "정보공개법 제9조에 따라 비공개 대상 정보를 검토하였습니다.",
    "국민의 알 권리를 보장하고 국정 운영의 투명성을 확보한다.",
    "붙임 자료를 참고하시어 기한 내에 회신하여 주시기 바랍니다.",
    "행정안전부 디지털정부혁신실 공공데이터정책과",
]


def tesseract_with_korean() -> None:
    import pytesseract

    if shutil.which(pytesseract.pytesseract.tesseract_cmd) is None:
        pytest.skip("tesseract not installed (apt-get install tesseract-ocr tesseract-ocr-kor)")
    if "kor" not in pytesseract.get_languages(config=""):
        pytest.skip("Tesseract Korean data not installed (apt-get install tesseract-ocr-kor)")


def image_pdf(lines: list[str]) -> bytes:
    """An image-only PDF page (300 dpi) showing `lines` in black on white; no text layer."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", (2480, 200 + 160 * len(lines)), 255)
    if lines:
        if not FONT.exists():
            pytest.skip("Korean font missing (apt-get install fonts-nanum)")
        font = ImageFont.truetype(str(FONT), 50)
        draw = ImageDraw.Draw(image)
        for i, line in enumerate(lines):
            draw.text((150, 120 + i * 160), line, font=font, fill=0)
    out = io.BytesIO()
    image.save(out, "PDF", resolution=300.0)
    return out.getvalue()


def char_accuracy(expected: str, got: str) -> float:
    want, have = "".join(expected.split()), "".join(got.split())
    return SequenceMatcher(None, want, have, autojunk=False).ratio()


def test_ocr_reads_rendered_korean_sentences() -> None:
    tesseract_with_korean()
    doc = convert_bytes(image_pdf(SENTENCES), "scan.pdf")
    text = doc.to_text()
    assert char_accuracy("\n".join(SENTENCES), text) >= 0.95
    assert text.splitlines()[0] == SENTENCES[0]  # Tesseract's word spacing kept, not its syllable boxes
    assert {"ocr", "scanned"} <= set(doc.source.flags)
    assert doc.quality["ocr_pages"] == 1 and doc.quality["text_source"] == "ocr"
    assert all(b.attrs.get("source") == "ocr" and b.page == 0 for b in doc.blocks)


def test_missing_tesseract_is_a_warning_and_a_flag_not_silent_empty_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import pytesseract

    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    doc = convert_bytes(image_pdf([]), "scan.pdf")
    assert "ocr_unavailable" in doc.source.flags
    assert "scanned" in doc.source.flags
    assert any("Tesseract not available" in w for w in doc.warnings)
    assert any("OCR is unavailable" in w for w in doc.warnings)
    assert doc.quality["ocr_pages"] == 0


def test_hangul_drawn_as_outlines_is_read_by_ocr() -> None:
    tesseract_with_korean()
    path = needs_corpus("pdf", "rhwp__156618554_petfood_press-2020.pdf")  # cairo export, 1 page
    doc = convert_bytes(path.read_bytes(), path.name)
    assert "ocr" in doc.source.flags
    assert any("outlines" in w for w in doc.warnings)
    assert float(doc.quality["hangul_ratio"] or 0) > 0.5
    assert doc.quality["ocr_pages"] == 1


@pytest.mark.parametrize(
    ("stats", "expected"),
    [
        (PageStats(letters=600, hangul=550, visible=800), "text"),
        (PageStats(letters=40, visible=120, glyph_paths=503), "outlines"),  # cairo export, digits only
        (PageStats(letters=0, visible=0, glyph_paths=6), "outlines"),  # a heading drawn as curves
        (PageStats(letters=258, visible=400, glyph_paths=116), "text"),  # chart curves beside real text
        (PageStats(letters=0, visible=0, image_share=0.95), "scanned"),
        (PageStats(letters=7, visible=7, image_share=0.8), "scanned"),  # a scan with a stamped date
        (PageStats(letters=5, visible=5, image_share=0.05), "text"),  # a form page with little text
        (PageStats(letters=10, visible=100, garbled=60), "garbled"),
        (PageStats(), "empty"),
    ],
)
def test_page_triage(stats: PageStats, expected: str) -> None:
    assert classify(stats) == expected


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("정상적인 한국어 텍스트", 0.0),
        ("(cid:13)(cid:14) 가", 2 / 3),
        ("\ue000\ue001\ue002 ab", 0.6),
        ("\ufffd가", 0.5),
    ],
)
def test_garbled_share(text: str, share: float) -> None:
    assert garbled_share(text) == pytest.approx(share)


def test_text_layer_without_unicode_map_goes_to_ocr_not_into_the_text() -> None:
    """A Type0 font with Identity-H codes and no ToUnicode: pdfminer can only say `(cid:NN)`."""
    tesseract_with_korean()
    from test_pdf_hostile import CATALOG, build_pdf, stream

    codes = b"".join(b"%04X" % (0x1100 + i) for i in range(20))
    doc = convert_bytes(
        build_pdf(
            [
                CATALOG,
                b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                b"/Resources << /Font << /F1 5 0 R >> >> >>",
                stream(b"BT /F1 24 Tf 72 400 Td <" + codes + b"> Tj ET"),
                b"<< /Type /Font /Subtype /Type0 /BaseFont /NoMap /Encoding /Identity-H /DescendantFonts [6 0 R] >>",
                b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /NoMap /CIDSystemInfo "
                b"<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 >>",
            ]
        ),
        "nomap.pdf",
    )
    assert "(cid:" not in doc.to_text()
    assert "ocr" in doc.source.flags
    assert "1 page(s) have a text layer without a Unicode map" in doc.warnings


@pytest.mark.parametrize(
    ("script", "installed", "expected"),
    [
        ("Korean", "kor+eng", "kor"),
        ("Latin", "kor+eng", "eng"),
        ("Han", "kor+eng", "kor+eng"),
        ("", "kor+eng", "kor+eng"),  # OSD could not tell (sparse page)
        ("Cyrillic", "kor+eng", "kor"),  # a speckled Hangul scan misjudged
        ("Korean", "eng", "eng"),  # Korean data missing: use what there is
    ],
)
def test_one_model_per_script(script: str, installed: str, expected: str) -> None:
    from gongmun.converters.pdf.ocr import OcrEngine, languages_for

    assert languages_for(script, OcrEngine(available=True, langs=installed)) == expected
