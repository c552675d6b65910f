"""HWPX conversion of real corpus files: exact strings for paragraphs, tables, notes, furniture."""

from __future__ import annotations

import pytest
from conftest import needs_corpus

from gongmun.converters import ConversionError, convert_bytes
from gongmun.schemas import Document


def _convert(*parts: str) -> Document:
    path = needs_corpus(*parts)
    return convert_bytes(path.read_bytes(), str(path))


def _kinds(doc: Document, kind: str) -> list[str]:
    return [b.text for b in doc.blocks if b.kind == kind]


def test_table_cells_keep_addresses_and_spans() -> None:
    doc = _convert("hwpx", "hwp2hwpx__table__from.hwpx")
    (table,) = [b for b in doc.blocks if b.kind == "table"]
    assert table.rows is not None
    grid = [[(c.text, c.row, c.col, c.row_span, c.col_span) for c in row] for row in table.rows]
    assert grid == [
        [("1\n2", 0, 0, 2, 1), ("3", 0, 1, 1, 1)],
        [("4\n5", 1, 1, 2, 1)],
        [("67", 2, 0, 1, 1)],
    ]
    assert table.text == "1 2\t3\n4 5\n67"
    assert table.attrs == {"rows": "3", "cols": "2"}


def test_nested_table_is_kept_inside_its_cell() -> None:
    doc = _convert("hwpx", "hwpxlib__20230818__test.hwpx")
    nested = [
        inner
        for b in doc.blocks
        if b.rows
        for row in b.rows
        for cell in row
        for inner in cell.blocks
        if inner.kind == "table"
    ]
    texts = [[[c.text for c in row] for row in t.rows or []] for t in nested]
    assert [
        ["구분", "코드체계"],
        ["코드체계", "➀➁➂➃➄"],
        ["코드설명", "➀➁", "숫자", "시도"],
        ["➂➃➄", "숫자", "시군구"],
    ] in texts


def test_footnotes_follow_their_paragraph_and_endnotes_go_last() -> None:
    doc = _convert("hwpx", "hwpjs__footnote-endnote.hwpx")
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("paragraph", "각주참조"),
        ("footnote", "각주입니다."),
        ("footnote", "각주 두 번째입니다."),
        ("paragraph", "미주참조"),
        ("endnote", "미주입니다."),
        ("endnote", "미주 두 번째입니다."),
    ]


def test_headers_footers_and_hidden_comments_are_separate_blocks() -> None:
    doc = _convert("hwpx", "hwp2hwpx__header_footer__from.hwpx")
    assert _kinds(doc, "header")[:2] == ["Header", "header2"]
    assert _kinds(doc, "footer")[0] == "풋터"
    assert doc.blocks[0].attrs["applies_to"] == "both"
    comments = _convert("hwpx", "hwp2hwpx__hidden_comment__from.hwpx")
    assert _kinds(comments, "comment") == ["이것은 숨은 설명입니다."]


@pytest.mark.parametrize(
    ("name", "kind", "text"),
    [
        ("hwp2hwpx__equation__from.hwpx", "paragraph", "$y=\\Sigma\\,(x^{2}+2x\\,+1)$"),
        ("hwpjs__textbox.hwpx", "textbox", "글상자"),
        ("hwpjs__textbox.hwpx", "caption", "그림 1 캡션"),
        ("hwpxlib__SimpleTextArt.hwpx", "textbox", "hwpx 라이브러리 테스트 입니다.\nneolord"),
        ("hwpxlib__SimpleButtons.hwpx", "paragraph", "명령 단추1 ☐ 선택 상자1 ○ 라디오 단추1"),
        ("hwpxlib__SimpleDutmal.hwpx", "paragraph", "테스트_본말"),
        ("hwpxlib__SimpleCompose.hwpx", "paragraph", "12 AO"),  # 글자 겹침 (composed characters)
    ],
)
def test_objects_with_text(name: str, kind: str, text: str) -> None:
    assert text in _kinds(_convert("hwpx", name), kind)


def test_hwp3_twin_textbox_metadata_and_preview() -> None:
    doc = _convert("hwp3", "rhwp__hwp3-sample19-hwpx.hwpx")
    assert doc.metadata.title == "인터넷"
    assert doc.blocks[0].kind == "textbox" and doc.blocks[0].text == "window"
    assert "히스토리에 포함되어 있는 URL의 개수" in doc.to_text()
    assert doc.quality["prvtext_agreement"] == 1.0
    assert doc.source.format == "hwpx"


def test_public_notice_body_and_preview_agreement() -> None:
    doc = _convert("hwpx", "hwpx-filler__spec_revision_2025.hwpx")
    assert doc.quality["prvtext_agreement"] is not None
    assert float(doc.quality["prvtext_agreement"]) >= 0.98
    assert doc.quality["hangul_ratio"] is not None


@pytest.mark.parametrize(
    ("parts", "warning"),
    [
        (("bad", "rhwp__issue2019_floating_form_74312.hwpx"), "no META-INF/manifest.xml"),
        (("bad", "hwpx-filler__filled_notice_marine.hwpx"), "backslashes"),
        (
            (
                "bad",
                "derived_truncated_half__rhwp__36388711_사회보장제도 신설 협의요청서(청년오피스)_260624.hwpx",
            ),
            "truncated zip",
        ),
    ],
)
def test_damaged_packages_give_text_with_a_warning(parts: tuple[str, str], warning: str) -> None:
    doc = _convert(*parts)
    assert any(warning in w for w in doc.warnings)
    assert doc.quality["hangul_ratio"] is not None and float(doc.quality["hangul_ratio"]) > 0.5


def test_bomless_utf16_preview_is_decoded() -> None:
    """This file's PrvText.txt is UTF-16-LE without a BOM (Hancom's own files use UTF-8)."""
    import zipfile

    from gongmun.converters.hwpx import decode_preview

    path = needs_corpus("bad", "rhwp__issue2019_floating_form_74312.hwpx")
    raw = zipfile.ZipFile(path).read("Preview/PrvText.txt")
    assert "등록요건 확인 및 등록절차에" in decode_preview(raw)
    assert decode_preview("가나다".encode()) == "가나다"


def test_encrypted_hwpx_is_refused() -> None:
    path = needs_corpus("bad", "hwpjs__password-12345.hwpx")
    with pytest.raises(ConversionError) as err:
        convert_bytes(path.read_bytes(), str(path))
    assert err.value.code == "encrypted"


@pytest.mark.parametrize(
    "name", ["hwplib__야생동물 종합관리 시스템 고도화(2023년)_제안요청서.hwp", "rhwp__hwp5-tbl-attr-1916.hwp"]
)
def test_hwpx_named_hwp_is_sniffed_by_content(name: str) -> None:
    doc = _convert("bad", name)
    assert doc.source.format == "hwpx"
    assert doc.blocks
    assert "content is HWPX but the name ends in .hwp" in doc.warnings


def test_outline_headings_and_numbered_paragraphs_keep_levels() -> None:
    doc = _convert("hwpx", "hwpjs__lists.hwpx")
    pairs = [(b.kind, b.level, b.text) for b in doc.blocks]
    assert pairs[:4] == [
        ("paragraph", None, "글머리표"),
        ("list_item", 1, "● 1"),
        ("list_item", 1, "● 2"),
        ("list_item", 1, "● 3"),
    ]
    start = pairs.index(("paragraph", None, "개요"))
    assert pairs[start + 1 : start + 4] == [
        ("heading", 1, "1. 1"),
        ("heading", 1, "2. 2"),
        ("heading", 2, "가. 2-1"),
    ]
    assert ("heading", 3, "1) 3-2-1") in pairs[start:]


def test_sections_follow_the_spine() -> None:
    doc = _convert("hwpx", "hwpjs__pagedefs.hwpx")
    assert [(b.section, b.text) for b in doc.blocks][:2] == [
        (0, "Section 1: A4 portrait"),
        (1, "Section 2: A4 landscape"),
    ]


def test_master_page_text_is_kept_as_tagged_header() -> None:
    doc = _convert("hwpx", "hwp2hwpx__여러섹션__from.hwpx")
    masters = [b.text for b in doc.blocks if b.attrs.get("source") == "master_page"]
    assert masters[:3] == ["ㄴㅇㄴㅇㅇㅇㅇㅇ바탕쪽1-1-1", "바탕쪽1-1-2", "바탕쪽1-1-3"]
    assert "구역4-홀수" in masters
    assert {b.kind for b in doc.blocks} == {"header"}
