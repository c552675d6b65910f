"""HWPML (.hml) conversion: exact strings from HWPML files written from real HWPX documents
(tests/converters/data/hwpml, see its README), and the same Document as the HWPX they came from."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from conftest import needs_corpus
from hwpml_writer import SOURCES, hwpx_to_hwpml

from gongmun.converters import ConversionError, convert_bytes
from gongmun.schemas import Document

DATA = Path(__file__).parent / "data" / "hwpml"
REPO = Path(__file__).resolve().parents[2]


def _convert(name: str) -> Document:
    return convert_bytes((DATA / name).read_bytes(), f"archive/{name}")


def _blocks(doc: Document) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in doc.blocks]


@pytest.mark.parametrize(
    ("name", "blocks"),
    [
        (
            "footnote_endnote.hml",
            [
                ("paragraph", "각주참조"),
                ("footnote", "각주입니다."),
                ("footnote", "각주 두 번째입니다."),
                ("paragraph", "미주참조"),
                ("endnote", "미주입니다."),
                ("endnote", "미주 두 번째입니다."),
            ],
        ),
        ("header_footer.hml", [("header", "Header"), ("footer", "풋터"), ("header", "header2")]),
        ("textbox.hml", [("textbox", "글상자"), ("caption", "그림 1 캡션")]),
        ("table_spans.hml", [("table", "1 2\t3\n4 5\n67")]),
        (
            "baekje_consignment_list.hml",
            [
                ("paragraph", "백제학연구총서 위탁판매 의뢰 목록"),
                ("paragraph", "■ 일자: 2026. 6. 25."),
                ("paragraph", "■ 부서: 한성백제박물관 백제학연구소"),
                ("paragraph", "■ 목록"),
                (
                    "table",
                    "연번\t총서 번호\t간행물명\t수량\t판매 단가\n"
                    "1\t한성백제박물관 백제학연구총서\t백제학연구총서 쟁점백제사 2 -근초고왕 때 백제 영토는 어디까지였나-\t10권\t10,000원\n"
                    "2\t한성백제박물관 백제학연구총서\t백제학연구총서 쟁점백제사 16 -삼국사기 초기 기록, 어디까지 믿을 수 있나-\t10권\t10,000원\n"
                    "계\t\t\t20권\t",
                ),
            ],
        ),
    ],
)
def test_blocks_in_reading_order(name: str, blocks: list[tuple[str, str]]) -> None:
    doc = _convert(name)
    assert _blocks(doc) == blocks
    assert doc.warnings == []


@pytest.mark.parametrize(
    ("name", "title", "author", "created"),
    [
        ("baekje_consignment_list.hml", "백제학연구총서 위탁판매 의뢰 목록", "USER", "2024-02-19T01:50:07"),
        ("fire_report.hml", "1111", "user", "2004-07-07T11:14:55"),
        ("header_footer.hml", "", "sungkyunpark", "2023-10-04T03:48:44"),
    ],
)
def test_docsummary_gives_the_metadata(name: str, title: str, author: str, created: str) -> None:
    meta = _convert(name).metadata
    assert (meta.title, meta.author, meta.created) == (title, author, created)


def test_provenance_names_the_format_and_its_version() -> None:
    doc = _convert("baekje_consignment_list.hml")
    source = doc.source
    assert (source.format, source.format_version, source.converter) == ("hwpml", "2.8", "gongmun.hwpml")
    assert source.uri == "archive/baekje_consignment_list.hml" and source.sha256 == doc.doc_id
    assert source.bytes == (DATA / "baekje_consignment_list.hml").stat().st_size


def test_table_cells_keep_addresses_and_spans() -> None:
    (table,) = _convert("table_spans.hml").blocks
    assert table.rows is not None
    grid = [[(c.text, c.row, c.col, c.row_span, c.col_span) for c in row] for row in table.rows]
    assert grid == [
        [("1\n2", 0, 0, 2, 1), ("3", 0, 1, 1, 1)],
        [("4\n5", 1, 1, 2, 1)],
        [("67", 2, 0, 1, 1)],
    ]
    assert table.attrs == {"rows": "3", "cols": "2"}


def test_nested_approval_tables_of_a_gongmun_stay_inside_their_cells() -> None:
    (layout,) = _convert("fire_report.hml").blocks
    assert layout.rows is not None and [len(row) for row in layout.rows] == [1, 1, 1, 1]
    nested = [[[c.text for c in row] for row in b.rows or []] for b in layout.rows[0][0].blocks]
    assert nested[0] == [
        ["문서번호", "현장대응단-5186"],
        ["결재일자", "2026. 6. 25."],
        ["공개여부", "부분공개(6)"],
        ["", ""],
    ]
    assert nested[1][:2] == [["재난조사팀장", "현장대응단장", "", ""], ["강명현", "전결 06/25", "", ""]]
    assert layout.rows[3][0].text == "강 남 소 방 서\n[현장대응단]"


def test_outline_numbering_and_bullets_become_headings_and_list_items() -> None:
    blocks = [(b.kind, b.level, b.text) for b in _convert("lists.hml").blocks]
    assert blocks[:4] == [
        ("paragraph", None, "글머리표"),
        ("list_item", 1, "● 1"),
        ("list_item", 1, "● 2"),
        ("list_item", 1, "● 3"),
    ]
    outline = blocks[blocks.index(("paragraph", None, "개요")) + 1 :][:7]
    assert outline == [
        ("heading", 1, "1. 1"),
        ("heading", 1, "2. 2"),
        ("heading", 2, "가. 2-1"),
        ("heading", 1, "3. 3"),
        ("heading", 2, "가. 3-1"),
        ("heading", 2, "나. 3-2"),
        ("heading", 3, "1) 3-2-1"),
    ]


def test_numbers_drawn_as_in_the_hwpx_twin() -> None:
    """The numbering definitions (NUMBERINGLIST, BULLETLIST, PARASHAPE Heading) and each section's outline
    numbering (SECDEF OutlineShape) draw what Hancom draws for the HWPX the file was made from
    (test_numbering_corpus.LISTS): numbers restarted in another shape, and a second section's 제^1장."""
    blocks = _convert("lists.hml").blocks
    texts = [b.text for b in blocks]
    assert texts[
        texts.index("문단번호 세 번째 (새 번호)") + 1 : texts.index("문단번호 세 번째 (새 번호)") + 4
    ] == [
        "I. 1",
        "II. 2",
        "A. 2-1",
    ]
    assert texts[texts.index("개요 세 번째 (새 번호)") + 1 :] == [
        "제1장 1",
        "제2장 2",
        "제1절 2-1",
        "제3장 3",
        "제1절 3-1",
        "제2절 3-2",
        "제1항 3-2-1",
        "제2항 3-2-2",
        "제3항 3-2-3",
        "제4장 4",
    ]
    numbered = next(b for b in blocks if b.text == "가. 2-1" and b.kind == "heading")
    assert numbered.attrs["numbering"] == "가."


@pytest.mark.parametrize("encoding", ["UTF-16", "EUC-KR", "CP949"])
def test_other_encodings_a_writer_may_declare(encoding: str) -> None:
    utf8 = (DATA / "footnote_endnote.hml").read_text(encoding="utf-8")
    body = utf8.split("?>", 1)[1]
    data = (f'<?xml version="1.0" encoding="{encoding}" standalone="no" ?>' + body).encode(encoding)
    doc = convert_bytes(data, "encoded.hml")
    assert _blocks(doc) == _blocks(_convert("footnote_endnote.hml"))
    assert doc.metadata.created == "2014-03-03T06:26:12"


def test_inline_marks_runs_and_objects_keep_their_order() -> None:
    hml = (
        '<?xml version="1.0" encoding="UTF-8"?><HWPML Version="2.9"><HEAD SecCnt="1"/><BODY><SECTION Id="0">'
        '<P><TEXT CharShape="0"><CHAR>앞<TAB/>탭<LINEBREAK/>줄<FWSPACE/>고정<NBSPACE/>묶음<HYPEN/>끝'
        '<MARKPENBEGIN Color="0"/>형광<MARKPENEND/></CHAR></TEXT>'
        '<TEXT CharShape="1"><CHAR> 둘째 런</CHAR><EQUATION><SCRIPT>x^2</SCRIPT></EQUATION>'
        "<DUTMAL><MAINTEXT>본말</MAINTEXT><SUBTEXT>덧말</SUBTEXT></DUTMAL>"
        '<CHECKBUTTON><FORMOBJECT><BUTTONSET Caption="동의"/></FORMOBJECT></CHECKBUTTON></TEXT></P>'
        "</SECTION></BODY><TAIL/></HWPML>"
    )
    assert _blocks(convert_bytes(hml.encode(), "marks.hml")) == [
        ("paragraph", "앞\t탭\n줄 고정 묶음-끝형광 둘째 런$x^{2}$본말 ☐ 동의"),
    ]


def test_tail_with_a_huge_embedded_image_is_never_parsed() -> None:
    """BINDATA holds base64 images, often most of the file; one text node over libxml2's 10 MB limit
    would make the whole file malformed if it were read."""
    hml = (DATA / "textbox.hml").read_bytes()
    payload = b'<BINDATASTORAGE><BINDATA Id="1" Encoding="Base64">' + b"QUJD" * 3_000_000 + b"</BINDATA>"
    doc = convert_bytes(hml.replace(b"<TAIL>", b"<TAIL>" + payload + b"</BINDATASTORAGE>"), "big.hml")
    assert _blocks(doc) == [("textbox", "글상자"), ("caption", "그림 1 캡션")] and doc.warnings == []


@pytest.mark.parametrize("name", sorted(SOURCES))
def test_each_file_converts_like_the_hwpx_it_was_written_from(name: str) -> None:
    source = SOURCES[name]
    path = REPO / source if (REPO / source).exists() else needs_corpus(*source.split("/"))
    twin = convert_bytes(path.read_bytes(), str(path))
    doc = _convert(name)
    assert [(b.kind, b.text, b.level) for b in doc.blocks] == [(b.kind, b.text, b.level) for b in twin.blocks]
    assert (doc.metadata.title, doc.metadata.author) == (twin.metadata.title, twin.metadata.author)
    assert (DATA / name).read_bytes() == hwpx_to_hwpml(path.read_bytes())  # the committed file is current


def test_the_hwpx_corpus_written_as_hwpml_converts_to_the_same_blocks() -> None:
    """Every HWPX of the shared corpus, written as HWPML, gives the same blocks, except where the
    writer cannot carry the content: 글자 겹치기 (compose), which it does not map, and charts; form
    controls come out alike (☑ 선택 상자, a combo box's value, an edit box's text)."""
    files = sorted(needs_corpus("hwpx").glob("*.hwpx"))
    assert len(files) >= 200
    same, different = 0, []
    for path in files:
        data = path.read_bytes()
        try:
            twin = convert_bytes(data, path.name)
        except ConversionError:
            continue
        doc = convert_bytes(hwpx_to_hwpml(data), path.stem + ".hml")
        if _comparable(doc) == _comparable(twin):
            same += 1
        else:
            different.append(path)
    assert same >= 221, [p.name for p in different]
    # 글자 겹치기, and charts, whose data the writer does not carry (HWPML has no chart part)
    unmapped = (b"<hp:compose", b"<hp:chart")
    assert all(any(tag in _sections(p) for tag in unmapped) for p in different), [p.name for p in different]


def _comparable(doc: Document) -> list[tuple[str, str]]:
    """Blocks as both readers give them; OCR of scanned-page pictures is the HWPX reader's alone
    (the HWPML reader does not read pictures yet)."""
    return [(b.kind, b.text) for b in doc.blocks if b.attrs.get("source") != "ocr"]


def _sections(path: Path) -> bytes:
    with zipfile.ZipFile(path) as zf:
        return b"".join(zf.read(n) for n in zf.namelist() if n.startswith("Contents/section"))
