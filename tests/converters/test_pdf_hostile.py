"""Hostile and broken PDFs end as a clear ConversionError or as text with a warning, in bounded time.

The reference-loop PDFs are built here byte by byte (with a correct xref table), so the test needs no
corpus; the bad/ table runs every PDF in ../shared/corpus/bad.
"""

from __future__ import annotations

import io
import time

import pytest
from conftest import CORPUS, needs_corpus

from gongmun.converters import ConversionError, Limits, convert_bytes

FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
HELLO = b"BT /F1 24 Tf 72 700 Td (Hello loop) Tj ET"


def stream(content: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(content), extra) + content + b"\nendstream"


def build_pdf(objects: list[bytes], trailer_extra: bytes = b"") -> bytes:
    """A PDF whose object n is objects[n-1], object 1 the catalog, with a valid xref table."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        trailer_extra,
        xref,
    )
    return bytes(out)


PAGE = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"
CATALOG = b"<< /Type /Catalog /Pages 2 0 R >>"

HOSTILE = {
    # The page tree lists itself among its kids.
    "kids_loop": build_pdf(
        [CATALOG, b"<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>", PAGE, stream(HELLO), FONT]
    ),
    # Two page-tree nodes are each other's parent and kid; the page inherits its MediaBox from the loop.
    "parent_loop": build_pdf(
        [
            CATALOG,
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 /Parent 6 0 R >>",
            b"<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            stream(HELLO),
            FONT,
            b"<< /Type /Pages /Kids [2 0 R] /Count 1 /Parent 2 0 R >>",
        ]
    ),
    # A stream whose /Length is a reference to the stream itself; an object that is a reference to itself.
    "self_reference": build_pdf(
        [
            CATALOG,
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources 6 0 R >>",
            b"<< /Length 4 0 R >>\nstream\n" + HELLO + b"\nendstream",
            FONT,
            b"<< /Font << /F1 5 0 R >> /XObject << /X1 7 0 R >> >>",
            b"7 0 R",
        ]
    ),
    # A form XObject that draws itself.
    "form_recursion": build_pdf(
        [
            CATALOG,
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources 6 0 R >>",
            stream(b"q /X1 Do Q " + HELLO),
            FONT,
            b"<< /Font << /F1 5 0 R >> /XObject << /X1 7 0 R >> >>",
            stream(
                b"q /X1 Do Q " + HELLO, b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources 6 0 R "
            ),
        ]
    ),
    # The trailer's /Prev points back at the same xref section.
    "xref_prev_loop": build_pdf(
        [CATALOG, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", PAGE, stream(HELLO), FONT],
        trailer_extra=b"/Prev 0 ",
    ),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_reference_loops_end_quickly_with_text_or_a_clear_error(name: str) -> None:
    data = HOSTILE[name]
    if name == "xref_prev_loop":  # make /Prev point at this file's own xref offset
        at = data.rindex(b"startxref\n") + len(b"startxref\n")
        offset = data[at:].split(b"\n", 1)[0]
        data = data.replace(b"/Prev 0 ", b"/Prev " + offset + b" ")
    started = time.monotonic()
    try:
        doc = convert_bytes(data, f"{name}.pdf", Limits(seconds=20))
    except ConversionError as exc:
        assert exc.code in ("corrupt", "timeout", "too_large")
    else:
        assert "Hello" in doc.to_text() or doc.warnings
    assert time.monotonic() - started < 20


def test_truncated_pdf_keeps_what_survives_or_fails_as_corrupt() -> None:
    data = HOSTILE["kids_loop"]
    for cut in (len(data) // 2, 40, 9):
        try:
            doc = convert_bytes(data[:cut], "truncated.pdf")
        except ConversionError as exc:
            assert exc.code in ("corrupt", "unsupported")
        else:
            assert doc.warnings


# Expected outcome per file in ../shared/corpus/bad: an error code, or "warning" (text + warnings).
BAD = [
    ("ocrmypdf__encrypted_algo4.pdf", "warning"),  # empty user password: opens, image-only -> OCR
    ("ocrmypdf__no_contents.pdf", "warning"),  # a page with nothing on it
    ("opendataloader__fake-jpg.pdf", "unsupported"),
    ("opendataloader__password-protected.pdf", "encrypted"),
    ("pdfminer__aes-128.pdf", "encrypted"),
    ("pdfminer__encrypted_doc_no_id.pdf", "warning"),
    ("pdfminer__rc4-40.pdf", "encrypted"),
    ("pdfminer__stamp-no.pdf", "warning"),  # no /Root: pdfminer refuses, PDFium repairs
    ("pdfplumber__empty.pdf", "empty"),
    ("pdfplumber__issue-848.pdf", "warning"),  # junk before %PDF: read normally, and said
    ("pdfplumber__malformed-from-issue-932.pdf", "warning"),
]


def test_bad_table_covers_every_bad_pdf() -> None:
    if not (CORPUS / "bad").exists():
        pytest.skip("shared corpus not available")
    on_disk = {p.name for p in (CORPUS / "bad").glob("*.pdf")}
    assert on_disk == {name for name, _ in BAD}


@pytest.mark.parametrize(("name", "expected"), BAD)
def test_bad_pdfs_end_as_error_or_text_with_warning(name: str, expected: str) -> None:
    data = needs_corpus("bad", name).read_bytes()
    started = time.monotonic()
    try:
        doc = convert_bytes(data, name, Limits(seconds=60))
    except ConversionError as exc:
        assert exc.code == expected, exc.message
        assert "\n" not in exc.message
    else:
        assert expected in ("warning", "text"), f"expected {expected}, got a document"
        if expected == "warning":
            assert doc.warnings
        else:
            assert doc.to_text().strip()
    assert time.monotonic() - started < 60


def many_pages(n: int) -> bytes:
    kids = b" ".join(b"%d 0 R" % (3 + i) for i in range(n))
    pages = [
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
        b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (3 + n, 4 + n)
        for _ in range(n)
    ]
    body = HELLO.replace(b"72 700 Td", b"72 400 Td")  # mid-page: not a running header
    return build_pdf(
        [CATALOG, b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n), *pages, stream(body), FONT]
    )


def test_page_cap_reads_the_first_pages_and_says_so() -> None:
    from gongmun.converters import Budget
    from gongmun.converters.pdf import convert

    doc = convert(many_pages(5), "five.pdf", Budget(), max_pages=2)
    assert sorted({b.page for b in doc.blocks}) == [0, 1]
    assert "only the first 2 of 5 pages were read" in doc.warnings
    assert doc.metadata.page_count == 5


def test_time_budget_ends_a_long_document_with_timeout() -> None:
    with pytest.raises(ConversionError) as err:
        convert_bytes(many_pages(50), "fifty.pdf", Limits(seconds=0.0))
    assert err.value.code == "timeout"


def test_ocr_is_skipped_not_started_when_the_budget_is_nearly_spent() -> None:
    from PIL import Image

    out = io.BytesIO()
    Image.new("L", (1240, 1754), 255).save(out, "PDF", resolution=150.0)
    started = time.monotonic()
    doc = convert_bytes(out.getvalue(), "scan.pdf", Limits(seconds=3))
    assert time.monotonic() - started < 3
    assert "ocr_incomplete" in doc.source.flags or "ocr_unavailable" in doc.source.flags
    assert any("OCR" in w for w in doc.warnings)
