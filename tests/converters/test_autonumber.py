"""Caption numbers (issue 14): the auto-number control's value drawn into "그림 1", "표 2", in HWP 5
and HWPX, and the rules for controls that store no number."""

from __future__ import annotations

import pytest
from conftest import needs_corpus

from gongmun.converters import convert_bytes
from gongmun.converters.autonumber import EQUATION, FIGURE, TABLE, AutoNumbers
from gongmun.converters.numformat import style_code


def _captions(*parts: str) -> list[str]:
    path = needs_corpus(*parts)
    return [b.text for b in convert_bytes(path.read_bytes(), str(path)).blocks if b.kind == "caption"]


# (file, its captions in order, exactly) — HWP 5 files and their HWPX twins
CAPTIONS = [
    (("hwp5", "pyhwp__textbox.hwp"), ["그림 1 캡션"]),
    (("hwpx", "hwpjs__textbox.hwpx"), ["그림 1 캡션"]),
    (("hwp5", "pyhwp__multicolumns-in-common-controls.hwp"), ["표 1", "그림 1"]),
    (("hwpx", "hwpjs__multicolumns-in-common-controls.hwpx"), ["표 1", "그림 1"]),
    (("hwp5", "hwplib__표.hwp"), ["표 1"]),
    (("hwp5", "hwplib__수식.hwp"), ["수식 1 A"]),
    (("hwp5", "pyhwp__sample-5017.hwp"), ["표 3 2x2짜리표\n가나다"]),
    (("hwpx", "hwpjs__sample-5017.hwpx"), ["표 3 2x2짜리표", "가나다"]),
]


@pytest.mark.parametrize(("parts", "expected"), CAPTIONS)
def test_caption_numbers(parts: tuple[str, str], expected: list[str]) -> None:
    assert _captions(*parts) == expected


def test_numbers_follow_new_number_controls() -> None:
    """A report whose appendix starts its tables again at 1 (새 번호 지정): Hancom's numbers."""
    captions = _captions("hwp5", "rhwp__1341000_research_report_footnotes.hwp")
    assert captions[:3] == [
        "[그림 1] 초빙 교장 임용 절차",
        "<표 1> 초중등학교장 동태 현황",
        "<표 2> 우리나라 교장임용제도 특징",
    ]
    assert "<표 27> 프랑스 교장임용제도의 특징" in captions
    appendix = captions.index("<표 27> 프랑스 교장임용제도의 특징") + 1
    assert captions[appendix] == "<표 1> 2008년 영국 학교장 보수 지급 기준표(연봉)\n (단위: 파운드/원)"


# (calls as (kind, stored number, shape, before, after), drawn texts)
DRAWN = [
    ([(TABLE, 3, 0, "", ""), (TABLE, 4, 0, "", "")], ["3", "4"]),
    # controls without a stored number (other writers) go on from the last of their kind
    (
        [
            (FIGURE, 0, 0, "", ""),
            (FIGURE, 0, 0, "", ""),
            (TABLE, 0, 0, "", ""),
            (FIGURE, 7, 0, "", ""),
            (FIGURE, 0, 0, "", ""),
        ],
        ["1", "2", "1", "7", "8"],
    ),
    ([(EQUATION, 2, style_code("ROMAN_CAPITAL"), "(", ")")], ["(II)"]),
    ([(TABLE, 1, 0, "\x00", "\x00")], ["1"]),  # NUL decorations are none
    # page, footnote and endnote numbers are not drawn into the text
    ([(0, 12, 0, "", ""), (1, 1, 0, "", ")"), (2, 1, 0, "", ")")], ["", "", ""]),
]


@pytest.mark.parametrize(("calls", "drawn"), DRAWN)
def test_auto_numbers(calls: list[tuple[int, int, int, str, str]], drawn: list[str]) -> None:
    numbers = AutoNumbers()
    assert [numbers.text(*call) for call in calls] == drawn
