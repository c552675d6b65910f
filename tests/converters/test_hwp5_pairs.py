"""The same document saved by Hancom as HWP 5 and as HWPX (same `group` in the catalog) must give
the same text through our two converters (whitespace aside)."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from conftest import needs_corpus

from gongmun.converters import convert_bytes

_SPACE = re.compile(r"\s+")

# (hwp5 file, hwpx file, same order too?) — order differs only where captions sit differently.
PAIRS = [
    ("hwp2hwpx__space_linebreak__from.hwp", "hwp2hwpx__space_linebreak__from.hwpx", True),
    ("hwp2hwpx__여러섹션__from.hwp", "hwp2hwpx__여러섹션__from.hwpx", True),
    ("hwp2hwpx__table__from.hwp", "hwp2hwpx__table__from.hwpx", True),
    ("rhwp__hy-001.hwp", "rhwp__hy-001.hwpx", True),
    ("rhwp__hy-002.hwp", "rhwp__hy-002.hwpx", True),
    ("hwp.js__noori.hwp", "hwpjs__noori.hwpx", True),
    ("pyhwp__linespacing.hwp", "hwpjs__linespacing.hwpx", True),
    ("pyhwp__textbox.hwp", "hwpjs__textbox.hwpx", True),
    ("rhwp__pr-1674.hwp", "rhwp__pr-1674.hwpx", True),
    ("rhwp__merged_cell_trailing_ls.hwp", "rhwp__merged_cell_trailing_ls.hwpx", True),
    ("rhwp__saved_bounds_cumulative_page_break.hwp", "rhwp__saved_bounds_cumulative_page_break.hwpx", True),
    ("rhwp__tb-org-02.hwp", "rhwp__tb-org-02.hwpx", True),
    ("rhwp__table_scattered_header_rowbreak.hwp", "rhwp__table_scattered_header_rowbreak.hwpx", True),
    ("rhwp__hwpx_sample2.hwp", "rhwp__hwpx_sample2.hwpx", False),
    ("rhwp__rowbreak-problem-pages.hwp", "rhwp__rowbreak-problem-pages.hwpx", False),
]


@pytest.mark.parametrize(("hwp5", "hwpx", "ordered"), PAIRS)
def test_hwp5_and_hwpx_agree(hwp5: str, hwpx: str, ordered: bool) -> None:
    a, b = needs_corpus("hwp5", hwp5), needs_corpus("hwpx", hwpx)
    ta = _SPACE.sub("", convert_bytes(a.read_bytes(), str(a)).to_text())
    tb = _SPACE.sub("", convert_bytes(b.read_bytes(), str(b)).to_text())
    assert len(ta) > 0
    if ordered:
        assert ta == tb
    else:
        assert Counter(ta) == Counter(tb)
