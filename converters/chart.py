"""Charts as the text a reader sees on them: the title, the axis titles, the series names, the
category labels and the values.

A chart is drawn from data that sits beside the document's text as an OOXML chart part
(c:chartSpace): HWPX keeps it as Chart/chartN.xml (named by hp:chart's chartIDRef), and Hancom also
stores it inside the chart's OLE object, an OLE compound file whose `OOXMLChartContents` stream holds
the same part beside Hancom's own `Contents`. Only the caches the chart was drawn from are read
(c:strCache, c:numCache, c:rich text), never formulas or linked workbooks.

A chart becomes a `caption` block (its title, then its value axis titles) and a `chart` block whose
grid has the categories as rows and the series as columns, headed by the category axis title and the
series names. A chart that cannot be read costs a warning, never the document.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from gongmun.schemas import Block, Cell, table_text

from .hwp5.cfb import CompoundFile
from .hwpx.xmlsafe import local, parse_xml
from .limits import Budget

MAX_POINTS = 5000  # categories read per chart; a chart drawn from more is a picture, not a table
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_CATEGORY_AXES = ("catAx", "dateAx")


@dataclass(frozen=True, slots=True)
class Chart:
    """What a chart shows in words and numbers; `values` holds one list per series."""

    kind: str  # the plot's type as OOXML names it: lineChart, barChart, pie3DChart…
    title: str
    category_axis: str
    value_axes: list[str]
    series: list[str]
    categories: list[str]
    values: list[list[str]]


def read_chart(xml: bytes, name: str, budget: Budget) -> Chart:
    """The chart in an OOXML chart part (raises ConversionError or ValueError when it is not one)."""
    root = parse_xml(xml, name, budget)
    chart = _first(root, "chart")
    plot = _first(chart, "plotArea") if chart is not None else None
    if chart is None or plot is None or local(root.tag) != "chartSpace":
        raise ValueError(f"{name} is not an OOXML chart")
    kinds = [local(el.tag) for el in plot if local(el.tag).endswith("Chart")]
    series = [ser for el in plot if local(el.tag).endswith("Chart") for ser in el if local(ser.tag) == "ser"]
    categories: list[str] = []
    for ser in series:  # the first series that names its categories (scatter: its x values)
        categories = _cache(_first(ser, "cat") if _first(ser, "cat") is not None else _first(ser, "xVal"))
        if categories:
            break
    values = [
        _cache(_first(ser, "val") if _first(ser, "val") is not None else _first(ser, "yVal"))
        for ser in series
    ]
    axes = [(local(el.tag), _title(el)) for el in plot if local(el.tag).endswith("Ax")]
    return Chart(
        kind=",".join(dict.fromkeys(kinds)),
        title=_title(chart),
        category_axis=next((title for tag, title in axes if tag in _CATEGORY_AXES and title), ""),
        value_axes=[title for tag, title in axes if tag not in _CATEGORY_AXES and title],
        series=[_text(_first(ser, "tx")) or f"계열 {i + 1}" for i, ser in enumerate(series)],
        categories=categories[:MAX_POINTS],
        values=[v[:MAX_POINTS] for v in values],
    )


def chart_blocks(chart: Chart, section: int) -> list[Block]:
    """The chart's caption (title, value axis titles) and its data as a grid."""
    size = max([len(chart.categories), *map(len, chart.values)], default=0)
    labels = chart.categories + [str(i + 1) for i in range(len(chart.categories), size)]
    grid = [[chart.category_axis, *chart.series]]
    grid += [[label, *(v[i] if i < len(v) else "" for v in chart.values)] for i, label in enumerate(labels)]
    rows = [[Cell(text, r, c) for c, text in enumerate(row)] for r, row in enumerate(grid)]
    out = []
    caption = "\n".join(t for t in (chart.title, *chart.value_axes) if t)
    if caption:
        out.append(Block("caption", caption, section=section, attrs={"of": "chart"}))
    out.append(Block("chart", table_text(rows), section=section, rows=rows, attrs={"chart": chart.kind}))
    return out


def ole_chart_part(data: bytes) -> bytes | None:
    """The OOXML chart part inside a chart's OLE object (Hancom writes a 4-byte length before the
    compound file), or None when the object holds none."""
    at = data.find(_OLE_MAGIC, 0, 16)
    if at < 0:
        return None
    cf = CompoundFile(data[at:])
    return cf.read("OOXMLChartContents") if cf.exists("OOXMLChartContents") else None


def _first(el: etree._Element | None, name: str) -> etree._Element | None:
    if el is None:
        return None
    return next((child for child in el if local(child.tag) == name), None)


def _title(el: etree._Element | None) -> str:
    """The text of an element's c:title: its rich text (lines joined by a space) or its cached
    reference; "" when it has none (an automatic title is not text the writer gave)."""
    return _text(_first(_first(el, "title"), "tx"))


def _text(tx: etree._Element | None) -> str:
    """A c:tx: rich text paragraphs, a literal value, or the first value of its string cache."""
    if tx is None:
        return ""
    lines = [
        "".join(t.text or "" for t in p.iter() if local(t.tag) == "t")
        for p in tx.iter()
        if local(p.tag) == "p"
    ]
    text = " ".join(line.strip() for line in lines if line.strip())
    if text:
        return text
    literal = _first(tx, "v")
    if literal is not None:
        return (literal.text or "").strip()
    cached = _cache(tx)
    return cached[0] if cached else ""


def _cache(el: etree._Element | None) -> list[str]:
    """The points of the string or number cache under `el`, in index order (gaps left empty)."""
    if el is None:
        return []
    cache = next((c for c in el.iter() if local(c.tag) in ("strCache", "numCache", "strLit", "numLit")), None)
    if cache is None:
        return []
    points: dict[int, str] = {}
    for pt in cache:
        if local(pt.tag) != "pt":
            continue
        index = pt.get("idx") or ""
        value = _first(pt, "v")
        if index.isdigit() and int(index) < MAX_POINTS and value is not None:
            points[int(index)] = (value.text or "").strip()
    size = max(points, default=-1) + 1
    return [points.get(i, "") for i in range(size)]
