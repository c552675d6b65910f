"""Tables from ruling lines, decorations, quarter turns: the geometry behind issue 14, case by case.

Each case is a drawing seen in Korean public-sector PDFs, reduced to its lines (points, y down).
"""

from __future__ import annotations

import pytest

from gongmun.converters.pdf.drawing import Ruling
from gongmun.converters.pdf.geometry import Frame, direction, turn
from gongmun.converters.pdf.glyphs import Glyph
from gongmun.converters.pdf.grid import find_tables
from gongmun.converters.pdf.lines import build_segments
from gongmun.converters.pdf.tables import assign_chars
from gongmun.converters.pdf.textlayer import dominant_direction, without_decoration


def h(y: float, x0: float, x1: float) -> Ruling:
    return Ruling(True, y, x0, x1)


def v(x: float, top: float, bottom: float) -> Ruling:
    return Ruling(False, x, top, bottom)


def grid(rows: int, cols: int, x0: float = 0, y0: float = 0, step: float = 20) -> list[Ruling]:
    lines = [h(y0 + r * step, x0, x0 + cols * step) for r in range(rows + 1)]
    return lines + [v(x0 + c * step, y0, y0 + rows * step) for c in range(cols + 1)]


def cells(rulings: list[Ruling]) -> list[list[tuple[int, int, int, int]]]:
    return [t.cells for t in find_tables(rulings)]


def test_a_full_grid_has_every_cell() -> None:
    assert cells(grid(2, 3)) == [[(r, c, 1, 1) for r in range(2) for c in range(3)]]


def test_a_table_without_side_borders_is_closed_by_its_rules() -> None:
    # Korean tables often drop the left and right borders: three rules and one inner divider.
    rulings = [h(0, 0, 300), h(20, 0, 300), h(60, 0, 300), v(100, 0, 60)]
    assert cells(rulings) == [[(0, 0, 1, 1), (0, 1, 1, 1), (1, 0, 1, 1), (1, 1, 1, 1)]]


def test_a_missing_border_merges_the_cells_it_would_separate() -> None:
    rulings = [r for r in grid(2, 3) if not (not r.horizontal and r.at == 20)]
    rulings.append(v(20, 20, 40))  # the divider between columns 0 and 1 only in the second row
    assert cells(rulings) == [[(0, 0, 1, 2), (0, 2, 1, 1), (1, 0, 1, 1), (1, 1, 1, 1), (1, 2, 1, 1)]]


def test_a_border_drawn_cell_by_cell_is_one_line() -> None:
    pieces = [
        h(0, 0, 20),
        h(0, 20, 40),
        h(20, 0, 19.2),
        h(20, 20.5, 40),
        v(0, 0, 20),
        v(40, 0, 20),
        v(20, 0, 20),
    ]
    assert cells(pieces) == [[(0, 0, 1, 1), (0, 1, 1, 1)]]


def test_a_framed_box_is_not_a_table() -> None:
    assert cells(grid(1, 1, step=200)) == []


def test_a_frame_around_a_bigger_table_gives_way_to_it() -> None:
    frame = [
        h(0, 0, 500),
        h(40, 0, 500),
        h(700, 0, 500),
        v(0, 0, 700),
        v(500, 0, 700),
    ]  # title bar + page box
    data = grid(5, 4, x0=50, y0=100)
    assert [len(c) for c in cells(frame + data)] == [20]


def test_a_small_table_in_a_cell_becomes_that_cells_text() -> None:
    outer = grid(3, 3, step=100)
    inner = grid(2, 2, x0=110, y0=110, step=30)  # inside cell (1, 1), not touching its borders
    found = find_tables(outer + inner)
    assert [len(t.cells) for t in found] == [9]


def test_every_glyph_inside_a_table_lands_in_a_cell() -> None:
    table = find_tables([h(0, 0, 300), h(20, 0, 300), h(60, 0, 300), v(100, 0, 60)])[0]
    glyphs = [
        Glyph(ch, x, y, x + 10, y + 10, 10) for ch, x, y in [("가", 5, 25), ("나", 280, 45), ("다", 120, 5)]
    ]
    assert assign_chars([table], glyphs) == []
    assert [[g.text for g in owned] for owned in table.chars] == [[], ["다"], ["가"], ["나"]]


def test_underlines_are_not_borders_but_padded_borders_are() -> None:
    words = [Glyph("가", x, 100, x + 13, 113, 13) for x in range(100, 230, 13)]
    underline = h(113.5, 100, 230)  # on the descent line, as long as the words
    border = h(116, 60, 300)  # the cell's bottom border: padding below the text
    assert without_decoration([underline, border], words) == [border]


@pytest.mark.parametrize(
    ("rotation", "point", "shown"),
    [
        (0, (10, 700), (10, 92)),
        (90, (10, 700), (700, 10)),
        (180, (10, 700), (602, 700)),
        (270, (10, 700), (92, 602)),
    ],
)
def test_frame_shows_user_space_on_the_displayed_page(
    rotation: int, point: tuple[float, float], shown: tuple[float, float]
) -> None:
    frame = Frame(0, 0, 612, 792, rotation)
    assert frame.point(*point) == pytest.approx(shown)


@pytest.mark.parametrize(
    ("dx", "dy", "degrees"), [(1, 0, 0), (0, 1, 90), (-1, 0, 180), (0, -1, 270), (1, 0.1, 0)]
)
def test_direction_is_the_nearest_quarter_turn(dx: float, dy: float, degrees: int) -> None:
    assert direction(dx, dy) == degrees


@pytest.mark.parametrize("degrees", [0, 90, 180, 270])
def test_turning_back_restores_a_box(degrees: int) -> None:
    box = (10.0, 20.0, 30.0, 45.0)
    assert turn(turn(box, degrees), (360 - degrees) % 360) == box


def test_a_label_written_upwards_is_one_segment_in_reading_order() -> None:
    # "합계" in a narrow column, written bottom to top: each glyph above the previous one.
    glyphs = [Glyph("합", 100, 200, 110, 210, 10, 270), Glyph("계", 100, 190, 110, 200, 10, 270)]
    segments = build_segments(glyphs)
    assert [(s.text, s.x0, s.top, s.x1, s.bottom) for s in segments] == [("합계", 100, 190, 110, 210)]


def test_the_page_turns_when_most_of_its_text_runs_sideways() -> None:
    sideways = [Glyph("가", 0, y, 10, y + 10, 10, 90) for y in range(0, 100, 10)]
    upright = [Glyph("나", 0, 0, 10, 10, 10, 0)]
    assert dominant_direction(sideways + upright) == 90
    assert dominant_direction(upright * 3 + sideways[:2]) == 0


def test_dense_hatching_is_no_table_and_costs_little() -> None:
    import time

    started = time.monotonic()
    assert find_tables([h(3 * y, 0, 500) for y in range(5000)] + [v(0, 0, 15000)]) == []
    assert find_tables(grid(250, 250, step=3)) == []  # 62,500 slots: a chart's grid, not a table
    assert time.monotonic() - started < 5


def test_a_page_frame_with_a_scan_edge_beside_it_is_no_table() -> None:
    # a page-sized box and, a few points in, the shadow line of a scan's edge: one region that holds
    # text and a sliver that cannot; the page's text must stay in the flow, line by line
    rulings = [h(0, 0, 595), h(842, 0, 595), v(0, 0, 842), v(595, 0, 842), v(10, 0, 842)]
    assert cells(rulings) == []


def test_a_narrow_checkbox_column_still_makes_a_table_with_its_rows() -> None:
    rulings = [h(0, 0, 300), h(20, 0, 300), h(40, 0, 300), v(0, 0, 40), v(300, 0, 40), v(8, 0, 40)]
    assert cells(rulings) == [[(0, 0, 1, 1), (0, 1, 1, 1), (1, 0, 1, 1), (1, 1, 1, 1)]]
