"""Text drawn as vector glyphs (cairo exports of HWP renderers): each Hangul syllable is one filled
path, digits stay in the text layer. The page is read glyph by glyph in square cells (glyph-cell OCR).

The generated PDF draws Korean lines as NanumGothic outlines (fontTools reads the font) and a date as
real Helvetica text; the corpus test reads a real cairo export whose face is not square.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from conftest import needs_corpus
from test_pdf_hostile import CATALOG, build_pdf, stream
from test_pdf_ocr import FONT, tesseract_with_korean

from gongmun.converters import convert_bytes
from gongmun.converters.pdf.cells import Row, mark_text, rows_of, spaced
from gongmun.converters.pdf.outlines import Outline

LINES = ["정보공개 청구서", "부분공개 결정 통지", "공개 청구인 성명"]
SIZE = 14.0  # points


def outline_ops(text: str, x: float, baseline: float, font_path: Path) -> tuple[bytes, int]:
    """PDF path operators drawing `text` as filled outlines, one path per syllable; and how many."""
    ttfont = pytest.importorskip("fontTools.ttLib").TTFont(str(font_path))
    pens = pytest.importorskip("fontTools.pens.basePen")
    scale = SIZE / ttfont["head"].unitsPerEm
    cmap, glyphs, metrics = ttfont.getBestCmap(), ttfont.getGlyphSet(), ttfont["hmtx"]

    class Ops(pens.BasePen):  # type: ignore[misc,name-defined]
        def __init__(self, origin: float) -> None:
            super().__init__(glyphs)
            self.origin, self.out = origin, bytearray()

        def _at(self, p: tuple[float, float]) -> bytes:
            return b"%.3f %.3f" % (self.origin + p[0] * scale, baseline + p[1] * scale)

        def _moveTo(self, p: tuple[float, float]) -> None:
            self.out += self._at(p) + b" m\n"

        def _lineTo(self, p: tuple[float, float]) -> None:
            self.out += self._at(p) + b" l\n"

        def _curveToOne(self, a: Any, b: Any, c: Any) -> None:
            self.out += b" ".join((self._at(a), self._at(b), self._at(c))) + b" c\n"

        def _closePath(self) -> None:
            self.out += b"h\n"

    out, count = bytearray(), 0
    for ch in text:
        name = cmap[ord(ch)]
        if not ch.isspace():
            pen = Ops(x)
            glyphs[name].draw(pen)
            out += pen.out + b"f\n"
            count += 1
        x += metrics[name][0] * scale
    return bytes(out), count


def outlined_pdf() -> tuple[bytes, int]:
    if not FONT.exists():
        pytest.skip("Korean font missing (apt-get install fonts-nanum)")
    content, total = bytearray(b"0 g\n"), 0
    for n, line in enumerate(LINES):
        ops, count = outline_ops(line, 72, 700 - 40 * n, FONT)
        content += ops
        total += count
    content += b"BT /F1 12 Tf 72 560 Td (2024. 3. 5.) Tj ET\n"
    pdf = build_pdf(
        [
            CATALOG,
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            stream(bytes(content)),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )
    return pdf, total


def test_each_outlined_syllable_is_one_outline_and_repeats_share_a_shape() -> None:
    import pypdfium2

    from gongmun.converters.pdf.drawing import page_drawing
    from gongmun.converters.pdf.outlines import page_outlines
    from gongmun.converters.pdf.pages import _frame

    data, syllables = outlined_pdf()
    page = pypdfium2.PdfDocument(data)[0]
    frame = _frame(page)
    outlines = page_outlines(page_drawing(page, frame).outlines, frame)
    assert len(outlines) == syllables
    rows = rows_of(outlines)
    assert [len(r.members) for r in rows] == [len(line.replace(" ", "")) for line in LINES]
    shapes = [[outlines[i].shape for i in r.members] for r in rows]
    assert shapes[0][2:4] == shapes[1][2:4] == shapes[2][:2]  # 공개, three times
    assert len(set(shapes[0])) == len(shapes[0])
    assert [c is None for c in spaced(rows[0], outlines)].count(True) == 1  # one word space


def box(x0: float, top: float, x1: float, bottom: float, pieces: int = 1) -> Outline:
    return Outline(x0, top, x1, bottom, shape=0, pieces=pieces)


def test_rows_take_top_aligned_glyphs_of_different_heights_and_marks_join_them() -> None:
    # A face that top-aligns syllables: one without a final consonant is two thirds as tall.
    outlines = [
        box(10, 100, 16, 109),
        box(17, 100, 23, 106),
        box(24, 100, 30, 109),
        box(30.5, 107.5, 31.5, 108.5),  # a period low in the row
        box(40, 100, 46, 109),  # after a word space
        box(10, 120, 16, 129),  # the next row
    ]
    rows = rows_of(outlines)
    assert [r.members for r in rows] == [[0, 1, 2, 4], [5]]
    assert rows[0].marks == [3]
    assert spaced(rows[0], outlines) == [0, 1, 2, None, 4]


@pytest.mark.parametrize(
    ("mark", "expected"),
    [
        (box(0, 7.5, 1, 8.5), "."),
        (box(0, 7, 1, 10), ","),  # low and tall
        (box(0, 4, 1, 5), "·"),
        (box(0, 0, 1, 1), "'"),
        (box(0, 3, 1, 8, pieces=2), ":"),
    ],
)
def test_marks_are_read_from_where_they_sit(mark: Outline, expected: str) -> None:
    assert mark_text(mark, Row([], 0.0, 9.0)) == expected


def test_outlined_hangul_is_read_glyph_by_glyph_with_the_text_layer_beside_it() -> None:
    tesseract_with_korean()
    data, _ = outlined_pdf()
    doc = convert_bytes(data, "outlined.pdf")
    assert doc.to_text().splitlines() == [*LINES, "2024. 3. 5."]
    assert "ocr" in doc.source.flags and doc.quality["ocr_pages"] == 1
    assert all(b.attrs.get("source") == "ocr" for b in doc.blocks)


def test_a_cairo_export_in_a_non_square_face_reads_its_words() -> None:
    tesseract_with_korean()
    path = needs_corpus("pdf", "rhwp__36382819_gyeoljae_pm_traffic-2020.pdf")
    text = convert_bytes(path.read_bytes(), path.name).to_text()
    lines = text.splitlines()
    # A word space inside a table cell kept: two one-syllable words (which syllable the second is
    # read as, of look-alikes, is the vote's business, not this test's).
    assert lines[0].startswith("시 ") and len(lines[0]) == 3
    # One cell of the 결재란, then the next (주무관: 관 is still often read as 과, a final lost).
    assert lines[1].startswith("주무") and lines[1].index("\t") == 3
    assert lines[2].count("\t") == 2 and "\t06/25 " in lines[2]  # three cells of a row
    assert "2026. 6. 25." in text  # the text layer's digits, in the row of the outlined label
    assert "요약서 1부." in text  # an outlined period after the text layer's digit


PAREN = [(0.93, 0.0), (0.0, 0.2), (0.0, 0.5), (0.0, 0.8), (0.95, 1.0), (0.3, 0.8), (0.3, 0.5), (0.3, 0.2)]


@pytest.mark.parametrize(
    ("kinds", "shown", "pieces", "expected"),
    [
        ([2, *[1] * 7], PAREN, 1, "("),
        ([2, *[1] * 7], [(1 - x, y) for x, y in PAREN], 1, ")"),
        ([2, 0, 0, 0, 0], [(5.0, 0.0), (5.5, 0.0), (0.5, 11.0), (0.0, 11.0), (5.0, 0.0)], 1, "/"),
        ([2, 0, 0, 0, 0], [(0.0, 0.0), (0.5, 0.0), (5.5, 11.0), (5.0, 11.0), (0.0, 0.0)], 1, ""),  # '\'
        ([2, *[1] * 7, 2, 1], [*PAREN, (0.5, 0.4), (0.5, 0.6)], 2, ""),  # two pieces: no sign
        ([2, 0, 0, 0, 0, 0], [(0.0, 0.0), (0.4, 0.0), (0.4, 1.0), (0.0, 1.0), (0.0, 0.0), (0.2, 0.5)], 1, ""),
    ],
)
def test_tall_thin_signs_are_named_from_their_geometry(
    kinds: list[int], shown: list[tuple[float, float]], pieces: int, expected: str
) -> None:
    from gongmun.converters.pdf.forms import form_of

    assert form_of(kinds, shown, pieces) == expected


def test_a_slash_drawn_as_a_four_sided_path_is_a_glyph_not_a_ruling() -> None:
    from gongmun.converters.pdf.drawing import _slanted_bar

    slash = [(289.5, 618.8), (289.1, 619.0), (284.2, 607.7), (284.7, 607.4), (289.5, 618.8), (289.5, 618.8)]
    assert _slanted_bar([slash])
    assert not _slanted_bar([[(0.0, 0.0), (5.0, 0.0), (5.0, 11.0), (0.0, 11.0), (0.0, 0.0)]])


def test_words_are_queued_only_while_they_bring_a_shape_short_of_copies() -> None:
    from gongmun.converters.pdf.pool import COPIES, Pool, _wanted

    def glyph(x: float, shape: int, form: str = "") -> Outline:
        return Outline(x, 0.0, x + 9, 9.0, shape=shape, form=form)

    pool = Pool()
    word = [glyph(0, 1), glyph(10, 2)]
    assert [_wanted([0, 1], word, pool) for _ in range(COPIES + 1)] == [True] * COPIES + [False]
    assert _wanted([0, 1, 2], [*word, glyph(20, 3)], pool)  # a new shape brings its word back
    assert not _wanted([0], [glyph(0, 9, form="(")], pool)  # a sign named by geometry needs no OCR


def test_outlines_standing_alone_are_a_drawing_not_text() -> None:
    from gongmun.converters.pdf.pool import worded

    text = [box(10 * n, 0, 10 * n + 9, 9) for n in range(6)]
    valves = [box(60 * n, 40 * (n % 3), 60 * n + 9, 40 * (n % 3) + 9) for n in range(6)]
    assert worded(text)
    assert not worded(valves)


def test_parentheses_and_slashes_drawn_as_outlines_are_kept() -> None:
    tesseract_with_korean()
    path = needs_corpus("pdf", "rhwp__의견제출서(양식)-2020.pdf")
    text = convert_bytes(path.read_bytes(), path.name).to_text()
    assert "부과(폐기물관리법위반)" in text.replace(" ", "")
    assert text.count(" / ") == 3
    assert re.search(r"\(.급이상\)", text)  # both parentheses kept around a digit and a word


def test_a_drawing_whose_circles_are_glyph_sized_is_not_read_as_outlined_hangul() -> None:
    path = needs_corpus("bad", "pdfminer__stamp-no.pdf")
    doc = convert_bytes(path.read_bytes(), path.name)
    assert "1 page(s) draw their text as outlines" not in doc.warnings
