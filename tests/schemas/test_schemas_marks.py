"""Marks (schemas/marks.py): round trips, moving with rewritten text, and links in Markdown."""

from __future__ import annotations

import pytest

from gongmun.schemas import Block, Cell, Document, Mark, Provenance, remap_marks


def test_marks_round_trip_and_stay_out_of_unmarked_blocks() -> None:
    block = Block("paragraph", "홈페이지 참조", marks=[Mark("link", 0, 4, {"href": "http://www.go.kr"})])
    doc = Document(
        "0" * 64, Provenance("mem://x", "0" * 64, 1, "hwpx"), blocks=[block, Block("paragraph", "끝")]
    )
    again = Document.from_json(doc.to_json())
    assert again == doc
    assert "marks" not in doc.blocks[1].to_dict()  # unmarked blocks keep the 1.1 shape
    with pytest.raises(ValueError, match="unknown mark kind"):
        Mark("bold", 0, 1)


# (old text, new text, mark span in old, its words in new; None = dropped)
REMAPS = [
    ("홈페이지  www.go.kr  참조", "홈페이지 www.go.kr 참조", (6, 15), "www.go.kr"),  # spaces collapsed
    ("  링크 ", "링크", (2, 4), "링크"),  # stripped
    ("문의: 홍길동 주무관", "문의: [성명] 주무관", (4, 7), "[성명]"),  # the words replaced
    ("문의: 홍길동 주무관", "문의: [성명] 주무관", (0, 3), "문의:"),
    ("a 홍길동 b", "a  b", (2, 5), None),  # the words deleted
    ("e\u0301clair", "éclair", (0, 2), "é"),  # NFC
]


@pytest.mark.parametrize(("old", "new", "span", "words"), REMAPS)
def test_marks_follow_rewritten_text(old: str, new: str, span: tuple[int, int], words: str | None) -> None:
    moved = remap_marks(old, new, [Mark("link", *span, {"href": "#x"})])
    assert [new[m.start : m.end] for m in moved] == ([] if words is None else [words])


def test_point_marks_keep_their_place() -> None:
    assert remap_marks("가나 다라", "가나다라", [Mark("delete", 3, 3)]) == [Mark("delete", 2, 2)]


# (block, Markdown)
MARKDOWN = [
    (
        Block(
            "paragraph",
            "자세한 내용은 누리집 참조",
            marks=[Mark("link", 8, 11, {"href": "https://www.go.kr/a b"})],
        ),
        "자세한 내용은 [누리집](https://www.go.kr/a%20b) 참조",
    ),
    (
        Block("heading", "1. 개요 [붙임]", level=1, marks=[Mark("link", 6, 10, {"href": "#붙임"})]),
        "# 1. 개요 [\\[붙임\\]](#붙임)",
    ),
    (
        Block("paragraph", "www.mois.go.kr", marks=[Mark("link", 0, 14, {"href": "www.mois.go.kr"})]),
        "[www.mois.go.kr](http://www.mois.go.kr)",
    ),
    (Block("paragraph", "누르세요", marks=[Mark("link", 0, 4, {"href": "javascript:void(0)"})]), "누르세요"),
    (Block("list_item", "1. 항목", attrs={"numbering": "1."}), "1. 항목"),  # its number is the marker
    (Block("list_item", "항목"), "- 항목"),
]


@pytest.mark.parametrize(("block", "markdown"), MARKDOWN)
def test_links_in_markdown(block: Block, markdown: str) -> None:
    doc = Document("0" * 64, Provenance("mem://x", "0" * 64, 1, "hwpx"), blocks=[block])
    assert doc.to_markdown() == markdown


def test_links_in_table_cells() -> None:
    inner = Block("paragraph", "누리집", marks=[Mark("link", 0, 3, {"href": "https://www.go.kr"})])
    pipe = Block("table", rows=[[Cell("구분"), Cell("누리집", blocks=[inner])]])
    html = Block("table", rows=[[Cell("구분", col_span=2)], [Cell("a"), Cell("누리집", blocks=[inner])]])
    doc = Document("0" * 64, Provenance("mem://x", "0" * 64, 1, "hwpx"), blocks=[pipe, html])
    assert doc.to_markdown().split("\n\n") == [
        "| 구분 | [누리집](https://www.go.kr) |\n|---|---|",
        '<table>\n<tr><td colspan="2">구분</td></tr>\n<tr><td>a</td><td><a href="https://www.go.kr">누리집</a></td></tr>\n</table>',
    ]
