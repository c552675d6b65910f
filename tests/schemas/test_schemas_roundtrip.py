"""The data contracts: JSON round trips, derived table text, Markdown, and the Parquet schemas."""

from __future__ import annotations

import pyarrow as pa
import pytest

from gongmun.schemas import Block, Cell, Document, Evidence, Failure, Metadata, Provenance, Sensitivity
from gongmun.schemas.arrow import SCHEMAS


def _doc() -> Document:
    nested = Block("table", rows=[[Cell("안"), Cell("밖")]])
    table = Block(
        "table",
        rows=[
            [Cell("구분", 0, 0, col_span=2), Cell("비고", 0, 2)],
            [Cell("가", 1, 0), Cell("나", 1, 1, blocks=[nested]), Cell("다|라", 1, 2)],
        ],
    )
    return Document(
        doc_id="ab" * 32,
        source=Provenance(
            uri="file:///x.hwp", sha256="ab" * 32, bytes=10, format="hwp5", flags=["compressed"]
        ),
        metadata=Metadata(title="제목", page_count=2),
        blocks=[
            Block("heading", "1. 개요", level=1),
            table,
            Block("footnote", "주석", attrs={"anchor": "0"}),
        ],
        warnings=["w"],
        quality={"prvtext_agreement": 0.99, "text_source": "body"},
    )


def test_json_round_trip_keeps_every_field() -> None:
    doc = _doc()
    again = Document.from_json(doc.to_json())
    assert again == doc
    assert again.blocks[1].rows is not None
    assert again.blocks[1].rows[1][1].blocks[0].rows is not None


def test_table_text_is_derived_from_cells() -> None:
    assert _doc().blocks[1].text == "구분\t비고\n가\t나\t다|라"


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        (Block("heading", "개요", level=2), "## 개요"),
        (Block("list_item", "항목"), "- 항목"),
        (Block("header", "머리말"), "<!-- header: 머리말 -->"),
        (
            Block("table", rows=[[Cell("a"), Cell("b|c")], [Cell("1"), Cell("2")]]),
            "| a | b\\|c |\n|---|---|\n| 1 | 2 |",
        ),
    ],
)
def test_markdown_of_blocks(block: Block, expected: str) -> None:
    doc = Document("0" * 64, Provenance("u", "0" * 64, 0, "pdf"), blocks=[block])
    assert doc.to_markdown() == expected


def test_merged_cells_render_as_html_table() -> None:
    md = _doc().to_markdown()
    assert '<td colspan="2">구분</td>' in md
    assert "<td>다|라</td>" in md


def test_unknown_block_kind_is_rejected() -> None:
    with pytest.raises(ValueError, match="unknown block kind"):
        Block("sidebar", "x")


def test_sensitivity_validates_labels() -> None:
    s = Sensitivity(
        "partial", "III급", ["OIDA-9-1-6"], 0.8, [Evidence("III급", "rule:marking", 0, "Ⅲ급비밀")]
    )
    assert Sensitivity.from_dict(s.to_dict()) == s
    with pytest.raises(ValueError):
        Sensitivity("secret")
    with pytest.raises(ValueError):
        Sensitivity(reasons=["OIDA-9-1-9"])


def test_failure_message_is_one_line() -> None:
    f = Failure("u", "s", "convert", "corrupt", "line one\nline two   three")
    assert f.message == "line one line two three"


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_parquet_schemas_build_empty_tables(name: str) -> None:
    schema = SCHEMAS[name]
    table = pa.Table.from_pylist([], schema=schema)
    assert table.schema.metadata[b"gongmun.table"] == name.encode()
