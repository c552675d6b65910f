"""Issue 14: nothing of a PDF's text layer is lost, and what is kept stays in order and in its cell.

Each case is a loss seen in real files (../shared/corpus, and one pdfminer fixture kept beside this
file) with the exact text that went missing or came out wrong before. Expected strings are public,
non-personal text; the masked ('*') cells are the documents' own redaction.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from conftest import needs_corpus

from gongmun.converters import convert_bytes
from gongmun.schemas import Block, Document

FIXTURES = Path(__file__).parent / "pdf_files"
REGULATORY = ("pdf", "rhwp__80250_regulatory_analysis-2024.pdf")
RECRUITMENT = ("pdf", "rhwp__pr-1674-2024.pdf")  # 35 pages; sentences in open-sided table cells
WATER = ("pdf", "rhwp__table-in-tbox-2022.pdf")  # a data table inside a framed page box
SCANNED = ("pdf", "rhwp__2025년 기부·답례품 실적 지자체 보고서_양식.pdf")  # chart pages are images
ROTATED = ("bad", "pdfplumber__issue-848.pdf")  # the same text in eight orientations
NICS = ("pdf", "pdfplumber__nics-background-checks-2015-11-rotated.pdf")  # a table printed sideways

_cache: dict[tuple[str, str], Document] = {}


def convert(parts: tuple[str, str]) -> Document:
    if parts not in _cache:
        path = needs_corpus(*parts)
        _cache[parts] = convert_bytes(path.read_bytes(), str(path))
    return _cache[parts]


def tables(doc: Document, page: int) -> list[Block]:
    return [b for b in doc.blocks if b.kind == "table" and b.page == page]


def page_text(doc: Document, page: int) -> str:
    return "\n".join(b.text for b in doc.blocks if b.page == page)


def visible(text: str) -> Counter[str]:
    """Characters a reader sees, as benchmarks/pdf_text.py counts them."""
    unseen = ("Cc", "Cf", "Cs", "Zs", "Zl", "Zp")
    text = unicodedata.normalize("NFC", text)
    return Counter(c for c in text if not c.isspace() and unicodedata.category(c) not in unseen)


def pdfium_layer(path: Path) -> Counter[str]:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(path.read_bytes())
    try:
        out: Counter[str] = Counter()
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            out += visible(textpage.get_text_range())
            textpage.close()
            page.close()
        return out
    finally:
        pdf.close()


def test_broken_xref_trailer_reads_the_four_pages_in_order() -> None:
    doc = convert_bytes((FIXTURES / "missing_xref_trailer.pdf").read_bytes(), "missing_xref_trailer.pdf")
    assert doc.to_text() == "Page1\nPage2\nPage3\nPage4"  # pdfminer: Page3 Page4 Page3 Page4
    assert [b.page for b in doc.blocks] == [0, 1, 2, 3]
    assert doc.metadata.page_count == 4


def test_sentences_in_cells_without_side_borders_are_kept() -> None:
    table = tables(convert(RECRUITMENT), 18)[0]
    assert table.rows is not None
    assert [c.text for c in table.rows[0]] == ["구 분", "내 용"]
    right = table.rows[1][1].text.splitlines()
    assert right[1] == "ㅇ외국기관 발급 증명서는 공증 번역된 요약본 첨부"
    assert (
        right[2]
        == "ㅇ 기관 폐업으로 경력증명서를 발급받기 어려운 경우, 관련 경력을 입증할 수 있는 다른 서류*로 보완하여야 함"
    )
    assert [c.text.splitlines()[0] for c in table.rows[2]] == [
        "10. 학사 이상 졸업증명서(학위증) 사본 1부",
        "ㅇ해당자에 한함(전공분야 표시)",
    ]


def test_underlined_lines_do_not_cut_a_cell_into_rows() -> None:
    table = tables(convert(REGULATORY), 3)[0]
    assert table.rows is not None and len(table.rows) == 2
    assert table.rows[1][1].text.startswith(
        "제14조의8(특별교통수단의 운전업무 종사요건) ① 법 제16조의4제2항제1호에서 "
        "“대통령령으로 정하는 기간”이란 다음 각 호의 기간을 말한다.\n"
        "1. 「특정강력범죄의 처벌에 관한 특례법」 제2조제1항 각 호에 따른 죄"
    )


def test_a_table_touching_its_cell_borders_becomes_rows_of_the_outer_table() -> None:
    table = tables(convert(REGULATORY), 1)[0]
    assert table.rows is not None
    assert [[c.text for c in row] for row in table.rows[7:10]] == [
        ["유 형", "인원수 또는 규모"],
        ["이해관계자", "특별교통수단 운전자", "약 5,000명"],
        ["이해관계자", "장애인 등 교통약자", "약 1,596만명"],
    ]


def test_a_framed_box_around_a_data_table_lets_the_table_through() -> None:
    found = tables(convert(WATER), 0)
    grid = next(t for t in found if t.rows and len(t.rows) == 34)
    assert "1. 일반세균\t100CFU/mL이하\t0\t30. 사염화탄소\t0.002㎎/L이하\t불검출" in grid.text.splitlines()


def test_a_line_end_space_glyph_trimmed_by_pdfium_still_spaces_the_join() -> None:
    text = page_text(convert(REGULATORY), 6)
    assert "교통약자를 상대로 한 성추행 사건이 연이어 발생함에 따라" in text  # not "상대로한"


def test_a_cell_line_ending_in_a_trimmed_space_joins_with_a_space() -> None:
    doc = convert(("pdf", "rhwp__mel-001-2022.pdf"))
    cells = [c.text for b in tables(doc, 5) if b.rows for row in b.rows for c in row]
    assert "➎ 인구구조 변화 속 노동시장 참여 확대" in "\n".join(cells).splitlines()  # not "속노동시장"


def test_running_heads_are_kept_on_every_page() -> None:
    doc = convert(("pdf", "rhwp__pr-1674-2024.pdf"))
    footers = [(b.text, b.page) for b in doc.blocks if b.kind == "footer"]
    assert footers[:3] == [("- 1 -", 0), ("- 2 -", 1), ("- 3 -", 2)]
    assert len(footers) == 35


def test_a_scanned_page_keeps_its_text_layer_beside_the_ocr() -> None:
    doc = convert(SCANNED)
    text = page_text(doc, 20)
    assert "- 21 -" in text.splitlines()  # the page number drawn as text over the chart image
    assert "대외주의" in text.splitlines()


@pytest.mark.parametrize("page", range(8))
def test_text_turned_on_the_page_reads_in_order(page: int) -> None:
    text = page_text(convert(ROTATED), page)
    assert "The movie opens with a news report advertising the way of life in this future" in text
    assert "admonishes them harshly about striking." in text


def test_a_table_printed_sideways_keeps_its_header_row() -> None:
    table = next(b for b in convert(NICS).blocks if b.kind == "table")
    assert table.rows is not None
    assert [c.text for c in table.rows[1]][:5] == [
        "State / Territory",
        "Permit",
        "Handgun",
        "Long Gun",
        "*Other",
    ]
    assert table.rows[0][0].text.startswith("NICS Firearm Background Checks")


@pytest.mark.parametrize(
    "parts",
    [
        # Files that lost text before issue 14, with the share of PDFium's characters they kept then.
        ("hwp3", "rhwp__hwp3-sample19-hwp5-2022.pdf"),  # 0.935: the second page's footer
        ("pdf", "opendataloader__DB차이나1_20230930_KRZ500237201.pdf"),  # 0.971
        ("pdf", "rhwp__36341511_masked-2022.pdf"),  # 0.972
        ("pdf", "rhwp__36388711_사회보장제도 신설 협의요청서(청년오피스)_260624-2024.pdf"),  # 0.909
        (
            "pdf",
            "rhwp__36398366_결재문서본문_PC 셧다운 제외 및 초과근무 인정 요청(데이터전략과)-2024.pdf",
        ),  # 0.909
        ("pdf", "rhwp__table-complex-2022.pdf"),  # 0.989
        REGULATORY,  # 0.990
        RECRUITMENT,  # 0.832
        ("pdf", "rhwp__synam-001.pdf"),  # 0.933
    ],
)
def test_every_text_layer_character_is_in_the_text(parts: tuple[str, str]) -> None:
    reference = pdfium_layer(needs_corpus(*parts))
    output = visible(convert(parts).to_text())
    missing = reference - output
    assert sum(missing.values()) <= 0.005 * sum(reference.values()), missing.most_common(10)


def test_pdfminer_reads_what_pdfium_cannot_open_with_the_same_tables(monkeypatch: pytest.MonkeyPatch) -> None:
    from gongmun.converters.pdf import reader

    path = needs_corpus(*REGULATORY)
    monkeypatch.setattr(reader, "open_pdfium", lambda data: (None, "PDFium could not parse the file (test)"))
    doc = convert_bytes(path.read_bytes(), str(path))
    assert "PDFium could not parse the file (test): no OCR or page triage, text layer only" in doc.warnings
    table = tables(doc, 3)[0]
    assert table.rows is not None and len(table.rows) == 2
    assert table.rows[1][1].text.startswith("제14조의8(특별교통수단의 운전업무 종사요건)")
    missing = pdfium_layer(path) - visible(doc.to_text())
    assert sum(missing.values()) <= 0.005 * sum(pdfium_layer(path).values())


def test_a_page_pdfium_cannot_load_is_read_by_pdfminer(monkeypatch: pytest.MonkeyPatch) -> None:
    from gongmun.converters.pdf import pages

    path = needs_corpus(*REGULATORY)
    loaded = pages._pdfium_page_or_none
    monkeypatch.setattr(pages, "_pdfium_page_or_none", lambda pdf, i: None if i == 3 else loaded(pdf, i))
    doc = convert_bytes(path.read_bytes(), str(path))
    assert page_text(doc, 3) == page_text(convert(REGULATORY), 3)


def test_a_layout_failure_keeps_the_page_text(monkeypatch: pytest.MonkeyPatch) -> None:
    from gongmun.converters.pdf import pages

    def broken(*args: object) -> object:
        raise ZeroDivisionError

    path = needs_corpus(*REGULATORY)
    monkeypatch.setattr(pages, "lay_out", broken)
    doc = convert_bytes(path.read_bytes(), str(path))
    assert "page 1: layout failed (ZeroDivisionError), PDFium's text lines used" in doc.warnings
    missing = pdfium_layer(path) - visible(doc.to_text())
    assert not missing
