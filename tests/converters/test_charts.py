"""Charts on real files of ../shared/corpus (Hancom's chart samples, HWPX): their data as a grid at the
chart's place, the title as a caption; a chart that cannot be read is a warning, never a failure."""

from __future__ import annotations

import io
import zipfile

import pytest
from conftest import needs_corpus

from gongmun.converters import convert_bytes
from gongmun.converters.chart import chart_blocks, ole_chart_part, read_chart
from gongmun.converters.limits import Budget
from gongmun.schemas import Document


def _convert_hwpx(name: str) -> Document:
    path = needs_corpus("hwpx", name)
    return convert_bytes(path.read_bytes(), str(path))


ITEMS = ["항목 1", "항목 2", "항목 3", "항목 4"]
CHARTS = [
    (
        "rhwp__꺽은선형.hwpx",
        "lineChart",
        "\t계열 1\t계열 2\t계열 3\n항목 1\t4.3\t2.4\t2\n항목 2\t2.5\t4.4\t2\n항목 3\t3.5\t1.8\t3\n항목 4\t4.5\t2.8\t5",
    ),
    ("rhwp__3차원원형.hwpx", "pie3DChart", "\t판매\n1 분기\t10\n2 분기\t3.5\n3 분기\t1.5\n4 분기\t1.2"),
    # a scatter chart has no categories: its x values head the rows
    ("rhwp__곡선이있는분산형.hwpx", "scatterChart", "\tY1 값\tY2 값\n0.7\t2.7\t1\n1.8\t3.2\t2\n2.6\t0.8\t4"),
    (
        "rhwp__시가고가저가종가.hwpx",
        "stockChart",
        "\t시가\t고가\t저가\t종가\n1 월\t44\t55\t11\t32\n2 월\t22\t57\t12\t35\n3 월\t21\t57\t13\t34\n4 월\t33\t59\t21\t35",
    ),
    ("rhwp__가로막대형_하나만있을떄_단일시리즈제목.hwpx", "barChart", "\t계열 1\n항목 1\t4.3"),
]


@pytest.mark.parametrize(("name", "kind", "text"), CHARTS)
def test_chart_data_as_a_grid(name: str, kind: str, text: str) -> None:
    doc = _convert_hwpx(name)
    (chart,) = [b for b in doc.blocks if b.kind == "chart"]
    assert (chart.attrs["chart"], chart.text) == (kind, text)
    assert doc.warnings == []


def test_chart_markdown_is_a_table() -> None:
    assert _convert_hwpx("rhwp__3차원원형.hwpx").to_markdown() == (
        "|  | 판매 |\n|---|---|\n| 1 분기 | 10 |\n| 2 분기 | 3.5 |\n| 3 분기 | 1.5 |\n| 4 분기 | 1.2 |"
    )


def test_every_chart_sample_gives_its_chart() -> None:
    """The 19 chart samples each hold one chart (Chart/chart1.xml, also inside BinData/ole1.ole)."""
    names = sorted(p.name for p in needs_corpus("hwpx").glob("rhwp__*.hwpx") if _has_chart(p.read_bytes()))
    assert len(names) == 19
    for name in names:
        doc = _convert_hwpx(name)
        charts = [b for b in doc.blocks if b.kind == "chart"]
        assert len(charts) == 1 and charts[0].rows and len(charts[0].rows) >= 2, name


def _has_chart(data: bytes) -> bool:
    return "Chart/chart1.xml" in zipfile.ZipFile(io.BytesIO(data)).namelist()


def test_the_ole_object_holds_the_same_chart() -> None:
    """Hancom keeps the chart part inside the OLE object too (how an HWP 5 file stores it)."""
    with zipfile.ZipFile(needs_corpus("hwpx", "rhwp__꺽은선형.hwpx")) as zf:
        assert ole_chart_part(zf.read("BinData/ole1.ole")) == zf.read("Chart/chart1.xml")
    assert ole_chart_part(b"not an OLE object") is None


def test_a_broken_chart_is_a_warning() -> None:
    path = needs_corpus("hwpx", "rhwp__꺽은선형.hwpx")
    out = io.BytesIO()
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            dst.writestr(info, b"<c:chartSpace><broken" if info.filename == "Chart/chart1.xml" else data)
    doc = convert_bytes(out.getvalue(), "broken.hwpx")
    assert [b.kind for b in doc.blocks if b.kind == "chart"] == []
    (warning,) = doc.warnings
    assert warning.startswith("chart Chart/chart1.xml could not be read: Chart/chart1.xml: malformed XML")


TITLED = """<?xml version="1.0" encoding="UTF-8"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart>
<c:title><c:tx><c:rich><a:p><a:r><a:t>연도별 </a:t></a:r><a:r><a:t>예산</a:t></a:r></a:p></c:rich></c:tx></c:title>
<c:plotArea><c:barChart><c:ser><c:tx><c:v>본예산</c:v></c:tx>
<c:cat><c:strLit><c:pt idx="0"><c:v>2023</c:v></c:pt><c:pt idx="1"><c:v>2024</c:v></c:pt></c:strLit></c:cat>
<c:val><c:numLit><c:pt idx="0"><c:v>120</c:v></c:pt><c:pt idx="1"><c:v>135</c:v></c:pt></c:numLit></c:val>
</c:ser><c:ser><c:val><c:numLit><c:pt idx="1"><c:v>7</c:v></c:pt></c:numLit></c:val></c:ser></c:barChart>
<c:catAx><c:title><c:tx><c:rich><a:p><a:r><a:t>연도</a:t></a:r></a:p></c:rich></c:tx></c:title></c:catAx>
<c:valAx><c:title><c:tx><c:rich><a:p><a:r><a:t>(단위: 억원)</a:t></a:r></a:p></c:rich></c:tx></c:title></c:valAx>
</c:plotArea></c:chart></c:chartSpace>""".encode()


def test_titles_series_and_gaps() -> None:
    """The title and value axis title caption the grid; the category axis title heads its first
    column; a series without a name is numbered; a missing point is an empty cell."""
    blocks = chart_blocks(read_chart(TITLED, "chart.xml", Budget()), 0)
    assert [(b.kind, b.text) for b in blocks] == [
        ("caption", "연도별 예산\n(단위: 억원)"),
        ("chart", "연도\t본예산\t계열 2\n2023\t120\t\n2024\t135\t7"),
    ]
