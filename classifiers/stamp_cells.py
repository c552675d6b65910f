"""A stamp in a cell of a table: after a '보안등급' cell or under its column heading, or a cell of its
own at either end of a header or approval row. A table of the grades (how each is marked or kept)
names them in many cells and marks nothing."""

from __future__ import annotations

import itertools
import re

from .marking_words import G, find_mark, grade, is_stamp
from .text import Line


def grade_listing(lines: list[Line], i: int) -> bool:
    """A table row beside another row that also names a grade: a table of the grades (how each is
    marked or kept), not a stamp on this document."""
    return any(
        0 <= j < len(lines)
        and len(lines[j].cells()) > 1
        and (find_mark(lines[j].text) or _GRADE_NAME.match(lines[j].cells()[0].strip()))
        for j in (i - 1, i + 1)
    )


# A first cell that names grades, as a row of a table of the grades does: 'Ⅱ·Ⅲ급', 'Ⅰ급', '일반문서'
_GRADE_NAME = re.compile(r"^(?:(?:III|II|I|[123])\s*[·ㆍᆞ,]?\s*)+급(?:\s*비\s*밀)?$|^일\s*반\s*문\s*서$")


# (an approval table may label the cell '보안' alone: '보안 ⇥ Ⅲ급 비밀')
# (a scan may read 등 as 동: '보안동급')
_CELL_LABEL = re.compile(
    r"^(?:보\s*안|비\s*밀|문\s*서)\s*(?:[등동]\s*급|구\s*분|분\s*류)$|^(?:분\s*류|등\s*급|보\s*안)$"
)
# specks a scan leaves at a cell's edges: '보안등급 ㆍ |대외비 ㆍ |'
_CELL_SPECKS = " \t[]ㆍᆞ·.,'`"  # (NFKC reads ㆍ as ᆞ)


_BARE_GRADE = re.compile(rf"^{G}$")


def labelled_cell(text: str) -> tuple[str, str] | None:
    """A marking in the cell right after a '보안등급' cell of a document's header table:
    '문서번호 ⇥ … ⇥ 보안등급 ⇥ 대외비 ⇥ 공개구분 ⇥ 비공개(5)'. A form that lists the grades as
    column headings ('Ⅱ급 ⇥ Ⅲ급 ⇥ 대외비 ⇥ 일반') has no such label and is not a marking."""
    cells = [c.strip(_CELL_SPECKS) for c in re.split(r"[\t|]", text)]
    for label, value in itertools.pairwise(cells):
        graded = _graded(label, value)
        if graded:
            return graded
    return None


def _graded(label: str, value: str) -> tuple[str, str] | None:
    """The marking a value cell carries when its label is a '보안등급' label."""
    if not _CELL_LABEL.match(label):
        return None
    bare = _BARE_GRADE.match(value)  # '비밀등급 ⇥ Ⅱ급': the label already says 비밀
    if bare:
        return grade(bare.group("g")), f"{label}: {value}"
    found = find_mark(value)
    if found and is_stamp(value, found[1], margin=False):
        return found[0], f"{label}: {value}"
    return None


def column_labelled_cell(lines: list[Line], i: int) -> tuple[str, str] | None:
    """A marking under a '보안등급' column heading of a document-information table:
    '문서번호 ⇥ 보안등급 ⇥ 보존기간' over '교육-231 ⇥ [대외비] ⇥ 3년'."""
    if i == 0:
        return None
    heads = [c.strip() for c in re.split(r"[\t|]", lines[i - 1].text)]
    cells = [c.strip() for c in re.split(r"[\t|]", lines[i].text)]
    if len(heads) < 2 or len(heads) != len(cells):
        return None
    for label, value in zip(heads, cells, strict=True):
        graded = _graded(label, value)
        if graded:
            return graded
    return None


# What a stamp orders done with the copy: '열람 후 회수', '복사 금지', '무단 배포 금지'
_HANDLING = re.compile(
    r"열\s*람\s*후\s*(?:회\s*수|반\s*납|파\s*기)|(?:복\s*사|복\s*제|배\s*포|반\s*출|유\s*출)\s*(?:금\s*지|불\s*가)|"
    r"회\s*수\s*(?:요\s*망|바\s*람)|파\s*기\s*(?:요\s*망|바\s*람)"
)
# Cells of a header-table row: tabs and pipes of converted tables, or runs of spaces in plain text.
_CELL_SPLIT = re.compile(r"[\t|]| {2,}|\u3000")
_ZONE = 3  # lines at the top or bottom of a document where a 결재/header table row carries the stamp


def in_margin_zone(line: Line, lines: list[Line]) -> bool:
    return line.index < _ZONE or line.index >= len(lines) - _ZONE or line.kind in ("header", "footer")


def stamp_cell(line: Line) -> tuple[str, str] | None:
    """A stamp that is a cell of its own at either end of a header-table row at the top or bottom of
    the document: 'Ⅱ급비밀 ⇥ 현장대응단-5186 ⇥ 2026. 10. 8.'. Exactly one cell may carry a marking, so a
    table listing grades ('구분 ⇥ Ⅲ급비밀 ⇥ 대외비') or counting them stays a mention."""
    cells = [c.strip() for c in _CELL_SPLIT.split(line.raw or line.text) if c.strip()]
    if len(cells) < 2:
        return None
    marked = [c for c in cells if find_mark(c)]
    if len(marked) != 1:
        return None
    # (handling orders may follow the stamp in the last cells: '○○관 | 대외비 | 복사 금지')
    tail = cells[cells.index(marked[0]) + 1 :]
    if marked[0] != cells[0] and not all(_HANDLING.search(c) for c in tail):
        return None
    found = find_mark(marked[0])
    if found and is_stamp(marked[0], found[1], margin=False):
        return found[0], marked[0]
    return None
