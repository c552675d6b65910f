"""HWP 5 converter on real feature files from ../shared/corpus/hwp5: exact text in the right blocks."""

from __future__ import annotations

import pytest
from conftest import needs_corpus

from gongmun.converters import ConversionError, convert_bytes
from gongmun.schemas import Document


def _convert(*parts: str) -> Document:
    path = needs_corpus(*parts)
    return convert_bytes(path.read_bytes(), str(path))


def _kinds(doc: Document) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in doc.blocks]


# (file, expected (kind, text) blocks in order: the whole document)
WHOLE_DOCUMENTS = [
    (
        "pyhwp__footnote-endnote.hwp",
        [
            ("paragraph", "각주참조"),
            ("footnote", "각주입니다."),
            ("footnote", "각주 두 번째입니다."),
            ("paragraph", "미주참조"),
            ("endnote", "미주입니다."),
            ("endnote", "미주 두 번째입니다."),
        ],
    ),
    ("hwp2hwpx__hidden_comment__from.hwp", [("comment", "이것은 숨은 설명입니다.")]),
    # A memo (메모) is an annotation: its own comment block, the annotated field text stays in the body.
    (
        "hwp-swift__memo__document.hwp",
        [("paragraph", "CoreHwp memo fixture bod."), ("comment", "CoreHwp memo fixture")],
    ),
    ("hwp2hwpx__header_footer__from.hwp", [("header", "Header"), ("footer", "풋터"), ("header", "header2")]),
    ("pyhwp__textbox.hwp", [("textbox", "글상자"), ("caption", "그림 1 캡션")]),
    # An equation is drawn in its paragraph as inline LaTeX (tests/converters/test_equations.py);
    # its caption follows the paragraph.
    ("hwp2hwpx__equation__from.hwp", [("paragraph", "$y=\\Sigma\\,(x^{2}+2x\\,+1)$")]),
    ("hwplib__수식.hwp", [("paragraph", "$(a+b)^{2}=a^{2}+2ab+b^{2}$"), ("caption", "수식 1 A")]),
    # 글맵시 (text art) is drawn text; a form control is drawn where it sits in its paragraph.
    ("hwp2hwpx__textart__from.hwp", [("textbox", "HWPLIb 테스트")]),
    ("hwp2hwpx__button__from.hwp", [("paragraph", "명령 단추1")]),
    # 바탕쪽 (master page) text, once, as a header block.
    ("hwplib__바탕쪽.hwp", [("header", "바타아 쪼옥")]),
    ("pyhwp__viewtext.hwp", [("paragraph", "pyhwp 테스트를 위한 배포 문서 예제입니다.")]),
    # Field (click-here) text stays in the body; the field codes do not.
    ("hwp2hwpx__field__from.hwp", [("paragraph", "가나다라마바사아자카타")]),
    # Hyperlinks keep their visible text.
    (
        "hwpjs__hyperlink.hwp",
        [
            ("paragraph", "하이퍼링크 테스트 naver.com"),
            ("paragraph", "align.hwp"),
            ("paragraph", "문서의처음"),
            ("paragraph", "전자우편"),
        ],
    ),
    # 덧말: the main text is stored in the control, not in the paragraph text.
    ("hwplib__덧말.hwp", [("paragraph", "ABC 가나다라")]),
    (
        "hwp-swift__header-footer__document.hwp",
        [
            ("paragraph", "Hello CoreHwp plain text fixture."),
            ("header", "CoreHwp header fixture"),
            ("footer", "CoreHwp footer fixture"),
        ],
    ),
]


@pytest.mark.parametrize(("name", "expected"), WHOLE_DOCUMENTS)
def test_whole_document_blocks(name: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(_convert("hwp5", name)) == expected


def test_notes_link_to_their_anchor_with_number() -> None:
    doc = _convert("hwp5", "pyhwp__footnote-endnote.hwp")
    notes = [(b.kind, b.attrs) for b in doc.blocks if b.kind in ("footnote", "endnote")]
    assert notes == [
        ("footnote", {"number": "1", "anchor": "0"}),
        ("footnote", {"number": "2", "anchor": "0"}),
        ("endnote", {"number": "1", "anchor": "3"}),
        ("endnote", {"number": "2", "anchor": "3"}),
    ]


def test_hidden_comment_never_in_body_text() -> None:
    doc = _convert("hwp5", "hwp2hwpx__hidden_comment__from.hwp")
    body = [b.text for b in doc.blocks if b.kind != "comment"]
    assert all("숨은 설명" not in t for t in body)


def test_merged_cells_keep_spans() -> None:
    doc = _convert("hwp5", "hwp2hwpx__table__from.hwp")
    (table,) = doc.blocks
    grid = [[(c.text, c.row, c.col, c.row_span, c.col_span) for c in row] for row in table.rows or []]
    assert grid == [
        [("1\n2", 0, 0, 2, 1), ("3", 0, 1, 1, 1)],
        [("4\n5", 1, 1, 2, 1)],
        [("67", 2, 0, 1, 1)],
    ]
    assert table.text == "1 2\t3\n4 5\n67"


def test_nested_table_lives_in_its_cell() -> None:
    doc = _convert("hwp5", "hwp.js__basicsReport.hwp")
    outer = [
        c
        for b in doc.blocks
        if b.rows
        for row in b.rows
        for c in row
        if any(x.kind == "table" for x in c.blocks)
    ]
    assert len(outer) == 1
    inner = next(x for x in outer[0].blocks if x.kind == "table")
    assert inner.rows is not None and [c.text for c in inner.rows[0]] == ["표", "표"]
    assert outer[0].text.startswith("표\t표\n내용\t내용\n")


def test_headers_and_footers_once_each() -> None:
    doc = _convert("hwp5", "hwplib__머리글꼬리글.hwp")
    assert [b.text for b in doc.blocks if b.kind == "header"] == ["개요1"]


def test_outline_paragraphs_are_headings_with_level() -> None:
    # the outline numbers (^1. in digits, ^2. in Hangul) are drawn in front of the headings
    doc = _convert("hwp5", "hwplib__머리글꼬리글.hwp")
    assert [(b.kind, b.level, b.text) for b in doc.blocks[:4]] == [
        ("heading", 1, "1. aaa"),
        ("header", None, "개요1"),
        ("heading", 2, "가. 2233"),
        ("heading", 2, "나. 596687"),
    ]


def test_distribution_document_decrypts_viewtext() -> None:
    doc = _convert("hwp5", "hwplib__distribution.hwp")
    assert "distribution" in doc.source.flags
    assert doc.blocks[0].text == "강남세움복지관 공고 제 2024-08호"
    assert doc.blocks[1].text == "2025년 강남세움센터 시설관리원 용역업체 선정 입찰공고"
    assert doc.quality["prvtext_agreement"] == 1.0


def test_summary_metadata() -> None:
    doc = _convert("hwp5", "libhwp__kreg1.hwp")
    meta = doc.metadata
    assert (meta.title, meta.created, meta.modified) == (
        "한글 맞춤법 규정",
        "2005-03-22T01:27:29+00:00",
        "2005-03-22T01:38:02+00:00",
    )
    assert doc.source.format_version.startswith("5.0")


@pytest.mark.parametrize(
    ("parts", "number"),
    [
        (("nts", "02_010000000000000615.hwp"), "징세46101-1009"),
        (("nts", "02_010000000000023053.hwp"), "징세 46101-932"),
        (("nts", "02_010000000000141414.hwp"), "기획재정부 부가가치세제과-757"),
        (("hwp5", "rhwp__saved_bounds_cumulative_page_break.hwp"), "청년정책담당관-6545"),
        (("nts", "09_000000000000237484.hwp"), ""),  # a court case: 사건번호, no 문서번호
    ],
)
def test_doc_number_from_text(parts: tuple[str, str], number: str) -> None:
    assert _convert(*parts).metadata.doc_number == number


def test_nts_ruling_header_table() -> None:
    doc = _convert("nts", "02_010000000000000615.hwp")
    table = doc.blocks[0]
    assert table.kind == "table" and "[ 문서번호 ]\t징세46101-1009 (1995. 4. 21.)" in table.text


@pytest.mark.parametrize(
    ("parts", "code"),
    [
        (("hwp5", "pyhwp__password-12345.hwp"), "encrypted"),
        (("bad", "hwp-swift__문서암호설정-보안수준높음.hwp"), "encrypted"),
        (("nts", "02_010000000000141568.hwp"), "drm_protected"),
    ],
)
def test_refused_documents(parts: tuple[str, str], code: str) -> None:
    path = needs_corpus(*parts)
    with pytest.raises(ConversionError) as err:
        convert_bytes(path.read_bytes(), str(path))
    assert err.value.code == code


def test_a_drm_flag_over_plain_streams_is_read_with_a_warning() -> None:
    """(issue 14) The header sets the DRM flag but the body is neither encrypted nor scrambled: read
    it, as unhwp and rhwp do, and say so; a really protected body is still refused (above)."""
    doc = _convert("hwp5", "hwp-swift__drm-unsupported-derived__document.hwp")
    assert doc.to_text().strip() == "Hello CoreHwp plain text fixture."
    assert any("DRM flag" in w for w in doc.warnings)


def test_truncated_file_gives_partial_body_with_warning() -> None:
    doc = _convert("bad", "derived_truncated_half__langchain-kr__디지털 정부혁신 추진계획.hwp")
    full = _convert("hwp5", "langchain-kr__디지털 정부혁신 추진계획.hwp")
    assert doc.quality["text_source"] == "body"
    assert any("truncated" in w for w in doc.warnings)
    text, whole = doc.to_text(), full.to_text()
    assert 1000 < len(text) < len(whole)
    assert whole.startswith(text[:1000])


def test_ole_named_hwpx_is_read_as_hwp5() -> None:
    doc = _convert("bad", "rhwp__80250_regulatory_analysis.hwpx")
    assert doc.source.format == "hwp5"
    assert doc.blocks[0].text == "규제영향분석서"
