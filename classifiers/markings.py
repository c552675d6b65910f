"""Security markings (보안업무규정): Ⅰ/Ⅱ/Ⅲ급 비밀 and 대외비, as the document itself carries them.

A marking counts only as a stamp: a line that is nothing but the marking plus decoration (brackets,
'보안등급:', a protection period '2026. 12. 31.까지'), a 예고문 line, or a header/footer block.
Words inside sentences ('대외비 문서는 …', '3급 비밀로 분류된 문서이므로', '3급(부이사관)'), examples
('예고문 기재례: "…Ⅲ급비밀…"') and quoted markings are mentions, not markings: guidelines, cover
letters and 인사 notices are unclassified.

The words of a marking are marking_words.py's; a stamp inside a line of other text (the title run on
after it, the 제목 field, the 결재 line) is stamp_places.py's, and one in a table's cell stamp_cells.py's.
"""

from __future__ import annotations

import re

from gongmun.schemas.masking import mask_snippet

from .marking_words import MARK, RANK, find_mark, is_stamp
from .stamp_cells import column_labelled_cell, grade_listing, in_margin_zone, labelled_cell, stamp_cell
from .stamp_places import (
    FRAMED_TOP,
    JOINED,
    LABELLED_TOP,
    PERIOD_END,
    PERIOD_STAMP_END,
    TOP,
    approval_stamp,
    attached_mark,
    in_first_cell,
    title_stamp,
    trailing_stamp,
)
from .text import EXAMPLE, Hit, Line, joined_with_next, quoted

_YEGO = re.compile(r"^[(\[]?\s*예\s*고\s*문\s*[)\]]?\s*[:：]?")
# The document saying what it is: '※ 이 보고서는 Ⅲ급 비밀임', '본 문서의 보안등급은 【대외비】입니다',
# '※ 본 자료는 대외비로 취급하여 주시기 바랍니다'.
_SELF = re.compile(
    r"(?<![가-힣])(?:본|이|당)\s*(?:문\s*서|보\s*고\s*서|자\s*료|계\s*획\s*서?)(?:\s*의\s*(?:보\s*안|비\s*밀)\s*등\s*급)?\s*(?:은|는)\s*"
    # (its protection period may come first: '이 문서는 2026. 12. 31.까지 대외비로 관리하며')
    r"(?:\d{4}\s*\.\s*\d{1,2}\s*\.\s*\d{1,2}\s*\.?\s*까\s*지\s*)?"
    # (the mark may be set off by dashes or stars, its particle written for any noun: '— 대외비 —(으)로 지정')
    rf"[\[【《<(「'\"\-–—*]?\s*{MARK}\s*[\]】》>)」'\"\-–—*]?\s*"
    r"(?:임|입니다|이다|에\s*해당|(?:\(\s*으\s*\)|으)?로\s*(?:분류|관리|지정|취급))"
)


# A marking already changed, the old grade struck through by an arrow: 'Ⅲ급비밀 → 2025. 3. 4. 대외비로 재분류'
# (the grade it now carries is the one after the arrow; a 예고문 says what happens later, not this)
_RECLASSIFIED = re.compile(
    rf"{MARK}\s*(?:→|->|⇒|=>|▶|➡)\s*(?:\d{{2,4}}\s*[.\-/년]\s*\d{{1,2}}\s*[.\-/월]\s*\d{{1,2}}\s*[.일]?\s*(?:자\s*)?)?"
    rf"(?P<to>{MARK}|일\s*반\s*문\s*서)\s*(?:으\s*)?로\s*(?:재\s*분\s*류|하\s*향|변\s*경)"
)


_OWN_GRADE_LABEL = re.compile(r"(?:보\s*안|비\s*밀)\s*[등동]\s*급\s*:")

# a narrow box breaks the stamp's word over two lines: '■ 대' over '외비 ■'
_STAMP_HEAD = re.compile(r"대\s*(?:외\s*)?$")
_STAMP_TAIL = re.compile(r"^(?:외\s*)?비")


# A 예고문 that layout joined onto the end of a paragraph: '… 확보 예고문: 2027. 2. 20.까지 Ⅱ급비밀, …'
_YEGO_INLINE = re.compile(
    r"예\s*고\s*문\s*[:：)]\s*(?:원\s*본\s*)?\d{2,4}\s*[.\-/년]\s*\d{1,2}\s*[.\-/월]\s*\d{1,2}\s*[.일]?\s*까\s*지\s*"
)
# a line carrying the page's number ('… 대외비 - 1 -'): a footer the converter kept as text
_PAGED = re.compile(r"-\s*\d{1,3}\s*-\s*$|^\s*-\s*\d{1,3}\s*-")
# A line announcing that an example follows: '예고문 예시는 다음과 같다.', '표시 예시:'
_INTRODUCES_EXAMPLE = re.compile(rf"(?:{EXAMPLE.pattern}).*(?:다음과\s*같|아래와\s*같|[:：]\s*$)")


def _closed(lines: list[Line], i: int) -> str:
    """The line, with the next one joined when it closes a bracket this one opened: a narrow text box
    wraps its stamp ('대외비(보호기간: 2031.' over '4. 30.까지)')."""
    text = lines[i].text
    if text.count("(") > text.count(")") and i + 1 < len(lines):
        following = lines[i + 1].text
        if following.count(")") > following.count("("):
            return f"{text} {following}"
    return text


def find_markings(lines: list[Line]) -> list[Hit]:
    """Every stamp line (or labelled stamp cell), labelled with the marking it carries."""
    hits: list[Hit] = []
    for i, line in enumerate(lines):
        line = joined_with_next(lines, i, _STAMP_HEAD, _STAMP_TAIL)
        found = find_mark(line.text)
        if found is None and not EXAMPLE.search(line.text):
            # a grade alone beside the document's own 보안등급 label names no 비밀 itself: '보안등급 ⇥ Ⅱ급 ⇥
            # 공개여부 ⇥ 비공개(1)' (a column headed '등급' lists other documents' grades: a register)
            bare = labelled_cell(line.text)
            if bare is not None and _OWN_GRADE_LABEL.match(bare[1]) and not grade_listing(lines, i):
                hits.append(Hit(bare[0], "marking.field", line.block, mask_snippet(bare[1])))
            continue
        if found is None or EXAMPLE.search(line.text) or quoted(line.text, found[1].start(), found[1].end()):
            continue  # how to mark a document, shown in a guide, is not a marking of this one
        if i > 0 and _INTRODUCES_EXAMPLE.search(lines[i - 1].text):
            continue  # '예고문 예시는 다음과 같다.' then the example on a line of its own
        level, match = found
        changed = _RECLASSIFIED.search(line.text)
        if changed:
            now = find_mark(changed.group("to"))
            if now is not None:
                hits.append(Hit(now[0], "marking.reclassified", line.block, mask_snippet(line.text)))
            continue
        inline = _YEGO_INLINE.search(line.text)
        if _SELF.search(line.text):
            rule = "marking.self"  # ※ 이 보고서는 Ⅲ급 비밀임 / 본 문서의 보안등급은 【대외비】입니다
        elif (_YEGO.match(line.text) or (inline and match.start() == inline.end())) and not grade_listing(
            lines, i
        ):
            # (a 예고문 in a row beside rows of other grades is a guide's table of how to mark: no marking)
            rule = "marking.yegomun"  # 예고문: 2026. 12. 31.까지 Ⅲ급비밀, 이후 일반문서로 재분류
        elif is_stamp(
            _closed(lines, i),
            match,
            line.kind in ("header", "footer") or _PAGED.search(line.text) is not None,
        ):
            rule = "marking.margin" if line.kind in ("header", "footer") else "marking.stamp"
        elif line.index < TOP and (
            (JOINED.match(line.text) and in_first_cell(line))
            or LABELLED_TOP.match(line.text)
            or FRAMED_TOP.match(line.text)
        ):
            rule = "marking.joined"  # the top stamp run into the title line: 'Ⅲ 급 비 밀 ○○ 대비 계획'
        elif PERIOD_END.search(line.text) or PERIOD_STAMP_END.search(line.text):
            rule = "marking.period"  # the closing '… 2027. 3. 11.까지 대외비' a run-on 결문 ends with
        elif title_stamp(line):
            rule = "marking.title"  # '제목 《대외비》 ○○ 검토'
        elif approval_stamp(line.text):
            rule = "marking.approval"  # '주무관 ○○○ … 전결 05/14 ○○○   대외비'
        elif attached_mark(line.text, match):
            rule = "marking.attachment"  # '붙임 1. ○○ 현황(III급 비밀) 1부.'
        elif level == "대외비" and trailing_stamp(line) and not grade_listing(lines, i):
            rule = "marking.trailing"  # '취급: ◆ 대외비 ◆', '… (전화 02-…) 대 외 비'
        else:
            listing = grade_listing(lines, i)
            cell, rule = labelled_cell(line.text), "marking.field"
            if cell is None and not listing:
                cell = column_labelled_cell(lines, i)
            if cell is None and in_margin_zone(line, lines) and not listing:
                cell, rule = stamp_cell(line), "marking.cell"
            if cell is not None:  # snippet: only the label and its cell, not the rest of the row
                hits.append(Hit(cell[0], rule, line.block, mask_snippet(cell[1])))
            continue
        hits.append(Hit(level, rule, line.block, mask_snippet(line.text)))
    return hits


def strongest(hits: list[Hit]) -> str:
    """The highest marking among the hits ('none' without one)."""
    level = "none"
    for hit in hits:
        if RANK[hit.label] > RANK[level]:
            level = hit.label
    return level
