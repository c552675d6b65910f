"""Reading order and line joining on positioned lines: the geometry cases the corpus shows.

Inputs are line segments as pdfplumber glyph clustering produces them (lines.Segment); each case is a
page layout seen in real Korean documents, reduced to its geometry.
"""

from __future__ import annotations

import pytest

from gongmun.converters.pdf.glyphs import Glyph
from gongmun.converters.pdf.layout import reading_order
from gongmun.converters.pdf.lines import Segment, build_segments
from gongmun.converters.pdf.paragraphs import Row, join_space, paragraphs


def seg(
    text: str, x0: float, top: float, x1: float, line: int, size: float = 10.0, space: bool = False
) -> Segment:
    return Segment(x0, top, x1, top + size, text, size, line, trailing_space=space)


def order(segments: list[Segment]) -> list[str]:
    return [s.text for leaf in reading_order(segments) for s in leaf.items]


def test_two_columns_under_a_full_width_title() -> None:
    segments = [seg("제목", 50, 40, 540, 0)]
    for i in range(4):
        top = 80 + 14 * i
        segments += [seg(f"L{i}", 50, top, 280, 10 + i), seg(f"R{i}", 310, top, 540, 10 + i)]
    assert order(segments) == ["제목", "L0", "L1", "L2", "L3", "R0", "R1", "R2", "R3"]


def test_two_columns_whose_paragraph_gaps_line_up_are_still_read_column_by_column() -> None:
    segments = []
    for i, top in enumerate([80, 94, 108, 140, 154, 168]):  # a blank line at 122-140 in both columns
        segments += [seg(f"L{i}", 50, top, 280, i), seg(f"R{i}", 310, top, 540, i)]
    assert order(segments) == ["L0", "L1", "L2", "L3", "L4", "L5", "R0", "R1", "R2", "R3", "R4", "R5"]


def test_key_value_lines_stay_line_by_line() -> None:
    segments = []
    for i, (key, value) in enumerate([("문서번호", "값1"), ("결재일자", "값2"), ("공개여부", "값3")]):
        segments += [seg(key, 50, 80 + 14 * i, 100, i), seg(value, 150, 80 + 14 * i, 540, i)]
    assert order(segments) == ["문서번호", "값1", "결재일자", "값2", "공개여부", "값3"]


def row(text: str, x1: float, space: bool = False, x0: float = 50.0, size: float = 10.0) -> Row:
    return Row(x0=x0, top=0.0, x1=x1, bottom=size, text=text, size=size, trailing_space=space)


@pytest.mark.parametrize(
    ("prev", "nxt", "explicit", "expected"),
    [
        (row("결격사유로 규정하고, 결격 기간을", 540, space=True), row("시행령으로", 200), True, " "),
        (row("특별교통수단 운전자 결", 540), row("격사유로", 200), True, ""),  # wrapped inside a word
        (row("동일하게 적용 되어야", 470), row("하는 규제", 150), True, " "),  # room left: between words
        (row("통신서비", 540), row("스(+6.3%)", 200), False, " "),  # no evidence: Korean wraps at words
        (row("IT가전(-", 540), row("7.9%)", 200), False, ""),
        (row("(", 540), row("붙임)", 200), False, ""),
        (row("보험", 540), row(", 은행", 200), False, ""),
    ],
)
def test_join_space(prev: Row, nxt: Row, explicit: bool, expected: str) -> None:
    assert join_space(prev, nxt, explicit, right=540) == expected


def test_paragraph_breaks_at_markers_and_short_lines() -> None:
    lines = [
        seg("□ 추진 근거", 50, 80, 120, 0),  # short line: ends its paragraph
        seg("○ 세운상가군 활성화를 위한 운영계획을 수립하고 입주", 50, 94, 540, 1),
        seg("기업을 모집함", 62, 108, 130, 2),
        seg("- 평가를 통해 입주 지속여부 결정", 62, 122, 300, 3),
    ]
    texts = [p.text for p in paragraphs(reading_order(lines), explicit_spaces=True)]
    assert texts == [
        "□ 추진 근거",
        "○ 세운상가군 활성화를 위한 운영계획을 수립하고 입주기업을 모집함",
        "- 평가를 통해 입주 지속여부 결정",
    ]


def glyph(text: str, x0: float, top: float = 100.0, size: float = 10.0) -> Glyph:
    return Glyph(text, x0, top, x0 + size, top + size, size)


def test_segments_keep_space_glyphs_and_cut_at_gutters() -> None:
    chars = [glyph("가", 50), glyph("나", 60), glyph(" ", 70), glyph("다", 73), glyph(" ", 83)]
    chars += [glyph("라", 200), glyph("마", 210)]  # a 107-point gutter: another segment
    segments = build_segments(chars)
    assert [(s.text, s.trailing_space, s.line_id) for s in segments] == [
        ("가나 다", True, 0),
        ("라마", False, 0),
    ]
