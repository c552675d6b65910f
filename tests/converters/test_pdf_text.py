"""PDF text layer: exact strings, tables as cell grids, running heads, metadata, pages, line joins.

Expected strings are public, non-personal text from ../shared/corpus (names and contacts in these
documents are never asserted on). Files are small (1-17 pages) to keep the suite fast.
"""

from __future__ import annotations

import pytest
from conftest import needs_corpus

from gongmun.converters import convert_bytes
from gongmun.schemas import Document

SAMPLE13 = ("hwp3", "rhwp__hwp3-sample13-hwp5-2022.pdf")  # Hancom PDF of an HWP 3 quiz, 3 pages
REGULATORY = ("pdf", "rhwp__80250_regulatory_analysis-2024.pdf")  # Hancom PDF, 17 pages, tables
FIRE = ("pdf", "rhwp__36385445_결재문서본문_화재발생종합보고서(제2026-189호, 2026. 5. 14.)-2024.pdf")
KB = ("pdf", "opendataloader__202309_KB 한국대표그룹주.pdf")  # Excel export, two-column text in a frame

_cache: dict[tuple[str, str], Document] = {}


def convert(parts: tuple[str, str]) -> Document:
    if parts not in _cache:
        path = needs_corpus(*parts)
        _cache[parts] = convert_bytes(path.read_bytes(), str(path))
    return _cache[parts]


def paragraphs(doc: Document) -> list[str]:
    return [b.text for b in doc.blocks if b.kind == "paragraph"]


@pytest.mark.parametrize(
    ("parts", "index", "expected"),
    [
        (SAMPLE13, 0, "1. TCP/IP에서 loopback address(127..0.0.1)의 역할은 무엇인가?"),
        (SAMPLE13, 1, "- hardware check"),
        (SAMPLE13, 2, "2. install된 software 목록을 볼수 있는 file은?"),
        (SAMPLE13, 3, "- /var/adm/spool/sw/depot"),
        (SAMPLE13, 6, "4. process가 실행될 때 각 process는 해당되는 swap space를 ( )한다."),
        (SAMPLE13, 7, "-reserve"),
        (REGULATORY, 0, "규제영향분석서"),
        (REGULATORY, 2, "1.특별교통수단 종사제한 결격기준"),
    ],
)
def test_exact_paragraphs(parts: tuple[str, str], index: int, expected: str) -> None:
    assert paragraphs(convert(parts))[index] == expected


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        # Wrapped body lines joined: a wrap inside a word glued, a wrap between words spaced.
        (
            REGULATORY,
            "- 법률 개정 전 특별교통수단 운전자 자격요건을 특별히 규정하고 있지 않았으며, 이번 개정을 "
            "통해 최소한의 결격기준을 마련하여 장애인 등 교통약자의 안전하고 편리한 이동권을 확보하고자 함",
        ),
        (REGULATORY, "Ⅰ. 규제의 필요성 및 대안선택"),
        (REGULATORY, "② 이해관계자 의견수렴"),
        (FIRE, "2. 국가화재정보시스템입력자료 1부. 끝."),
    ],
)
def test_paragraph_present(parts: tuple[str, str], expected: str) -> None:
    assert expected in paragraphs(convert(parts))


def test_table_is_a_cell_grid_with_spans_and_wrapped_cell_text() -> None:
    doc = convert(REGULATORY)
    table = next(b for b in doc.blocks if b.kind == "table" and b.page == 2)
    assert table.rows is not None
    first = [(c.row, c.col, c.row_span, c.col_span, c.text) for c in table.rows[0]]
    assert first == [
        (0, 0, 13, 1, "기타"),
        (0, 1, 12, 1, "12.규제일몰제"),
        (0, 2, 1, 1, "대분류"),
        (0, 3, 1, 4, "소분류"),
    ]
    second = [(c.row, c.col, c.row_span, c.col_span, c.text) for c in table.rows[1]]
    assert second == [
        (1, 2, 3, 1, "일몰설정예외기준"),
        # The cell wraps "되어야 | 하는" at its border without a space glyph: the space is restored.
        (1, 3, 1, 3, "1. 국제조약 등에 따라 동일하게 적용 되어야 하는 규제"),
        (1, 6, 1, 1, "미해당"),
    ]
    assert (
        table.text.splitlines()[1]
        == "일몰설정예외기준\t1. 국제조약 등에 따라 동일하게 적용 되어야 하는 규제\t미해당"
    )


def test_large_short_lines_are_headings() -> None:
    doc = convert(REGULATORY)
    headings = [(b.text, b.level, b.page) for b in doc.blocks if b.kind == "heading"]
    # Set at twice the body size and wrapped over two lines ("시행" | "령"): one heading, glued.
    assert headings == [("교통약자의 이동편의 증진법 시행령", 1, 0)]


def test_table_text_is_not_repeated_in_paragraphs() -> None:
    doc = convert(REGULATORY)
    assert not any("국제조약 등에 따라" in p for p in paragraphs(doc))


def test_running_footer_leaves_the_body_and_stays_with_its_page() -> None:
    doc = convert(REGULATORY)
    footers = [b for b in doc.blocks if b.kind == "footer"]
    # Every page's own page number: nothing of the text layer is dropped (issue 14).
    assert [(b.text, b.page) for b in footers] == [(f"- {n + 1} -", n) for n in range(17)]
    assert not [p for p in paragraphs(doc) if p.startswith("- ") and p.endswith(" -") and len(p) < 8]
    # The footer closes its page: the next page's body follows it.
    kinds = [(b.kind, b.page) for b in doc.blocks]
    assert kinds.index(("footer", 0)) < min(i for i, (_, page) in enumerate(kinds) if page == 1)
    assert "<!-- footer: - 2 - -->" in doc.to_markdown()  # a comment there: not in the rendered body


def test_pages_and_metadata() -> None:
    doc = convert(SAMPLE13)
    assert doc.metadata.page_count == 3
    assert doc.metadata.created == "2026-05-13T00:18:55+09:00"
    assert doc.metadata.modified == "2026-05-13T00:18:55+09:00"
    assert [b.page for b in doc.blocks][:1] == [0] and doc.blocks[-1].page == 2
    assert sorted({b.page for b in doc.blocks}) == [0, 1, 2]
    assert doc.source.format == "pdf" and doc.source.format_version == "1.6"
    assert doc.quality["ocr_pages"] == 0 and doc.quality["text_source"] == "body"


def test_title_and_dates_from_the_info_dictionary() -> None:
    path = needs_corpus("pdf", "pdfplumber__150109DSP-Milw-505-90D.pdf")
    doc = convert_bytes(path.read_bytes(), path.name)
    assert doc.metadata.title == "Public Notification of a Child Death, Serious Injury or Egregious Incident"
    assert doc.metadata.created == "2015-07-20T16:16:48-05:00"
    assert doc.metadata.page_count == 2


def test_two_column_text_is_read_column_by_column() -> None:
    text = convert(KB).to_text()
    left_end = text.index("삼성SDI(-15bp), 와이지엔터테인먼트(-14bp)")
    right_start = text.index("10월 주식시장은 변동성 완화에도")
    left_start = text.index("9월 KOSPI 지수는 2,465.07pt를 기록하며")
    assert left_start < left_end < right_start
    assert "(cid:" not in text


@pytest.mark.parametrize("parts", [SAMPLE13, REGULATORY, FIRE, ("hwp3", "rhwp__hwp3-sample19-hwp5-2022.pdf")])
def test_korean_text_layer_quality(parts: tuple[str, str]) -> None:
    doc = convert(parts)
    assert float(doc.quality["hangul_ratio"] or 0) > 0.3
    assert doc.quality["garbled_ratio"] == 0.0
    assert not doc.warnings


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("D:20231017091958+09'00'", "2023-10-17T09:19:58+09:00"),
        ("D:20150720161648-05'00'", "2015-07-20T16:16:48-05:00"),
        ("D:20260713133340Z", "2026-07-13T13:33:40Z"),
        ("D:20260713133340", "2026-07-13T13:33:40"),
        ("D:2019", "2019-01-01"),
        ("yesterday", "yesterday"),
    ],
)
def test_pdf_dates(raw: str, iso: str) -> None:
    from gongmun.converters.pdf.metadata import pdf_date

    assert pdf_date(raw) == iso
