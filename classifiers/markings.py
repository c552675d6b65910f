"""Security markings (보안업무규정): Ⅰ/Ⅱ/Ⅲ급 비밀 and 대외비, as the document itself carries them.

A marking counts only as a stamp: a line that is nothing but the marking plus decoration (brackets,
'보안등급:', a protection period '2026. 12. 31.까지'), a 예고문 line, or a header/footer block.
Words inside sentences ('대외비 문서는 …', '3급 비밀로 분류된 문서이므로', '3급(부이사관)'), examples
('예고문 기재례: "…Ⅲ급비밀…"') and quoted markings are mentions, not markings: guidelines, cover
letters and 인사 notices are unclassified.
"""

from __future__ import annotations

import itertools
import re

from gongmun.schemas.masking import mask_snippet

from .text import EXAMPLE, Hit, Line, joined_with_next, quoted

RANK = {"none": 0, "대외비": 1, "III급": 2, "II급": 3, "I급": 4}
_GRADE = {"III": "III급", "3": "III급", "II": "II급", "2": "II급", "I": "I급", "1": "I급"}

_G = r"(?P<g>III|II|I|3|2|1)\s*급"
_SECRET = [
    re.compile(rf"(?:군\s*사\s*)?{_G}\s*비\s*밀(?!\s*번\s*호)"),  # Ⅲ급비밀, 3급 비밀, Ⅲ 급 비 밀, 군사Ⅱ급비밀
    re.compile(rf"비\s*밀\s*\(\s*{_G}\s*\)"),  # 비밀(Ⅱ급)
    re.compile(rf"비\s*밀\s*[:：]?\s*{_G}(?![\w(])"),  # 비밀 Ⅲ급, 비밀: 2급 (stamp order of older forms)
    re.compile(rf"(?:비\s*밀|보\s*안)\s*등\s*급\s*[:：]?\s*{_G}(?!\s*[(\w])"),  # 비밀등급: Ⅲ급
]
# (OCR splits the last syllable into its consonant and a stroke: '대외ㅂ1', '대 외 ㅂl')
# (NFKC turns the letter ㅂ into its conjoining form ᄇ)
_CONFIDENTIAL = re.compile(r"대\s*외\s*(?:비|[ㅂᄇ]\s*[1lI|](?![0-9]))")

# What may surround a marking on a stamp line without turning it into prose.
_DECORATION = re.compile(
    r"\d{2,4}\s*[.\-/년]\s*\d{1,2}\s*[.\-/월]\s*\d{1,2}\s*[.일]?"  # a date (protection period)
    r"|사\s*본\s*(?:번\s*호)?\s*[:：]?\s*제?\s*\d+\s*(?:/\s*\d+)?\s*[호번]?"  # 사본번호 3/5, 사본 제3호, 1번
    r"|총\s*\d+\s*부"  # (총 9부)
    r"|보\s*안\s*등\s*급|비\s*밀\s*등\s*급|보\s*호\s*기\s*간|분\s*류|까\s*지|문\s*서"
    # its reclassification: '대외비 (2027.12.31. 이후 일반문서로 재분류)'
    r"|이\s*후(?:\s*일\s*반(?!\s*문))?|일\s*반\s*문\s*서\s*로|재\s*분\s*류|파\s*기"
    r"|[\s\[\]《》〈〉<>()（）【】「」『』〔〕\"'“”‘’·ㆍᆞ:：\-_=*#|~/\\\u2500-\u257f■□◆◇★☆※]"  # brackets, rules, boxes
)
_YEGO = re.compile(r"^[(\[]?\s*예\s*고\s*문\s*[)\]]?\s*[:：]?")
# The document saying what it is: '※ 이 보고서는 Ⅲ급 비밀임', '본 문서의 보안등급은 【대외비】입니다',
# '※ 본 자료는 대외비로 취급하여 주시기 바랍니다'.
_MARK = r"(?:(?:III|II|I|3|2|1)\s*급\s*비\s*밀|대\s*외\s*비)"
_SELF = re.compile(
    r"(?<![가-힣])(?:본|이|당)\s*(?:문\s*서|보\s*고\s*서|자\s*료|계\s*획\s*서?)(?:\s*의\s*(?:보\s*안|비\s*밀)\s*등\s*급)?\s*(?:은|는)\s*"
    # (its protection period may come first: '이 문서는 2026. 12. 31.까지 대외비로 관리하며')
    r"(?:\d{4}\s*\.\s*\d{1,2}\s*\.\s*\d{1,2}\s*\.?\s*까\s*지\s*)?"
    rf"[\[【《<(「'\"]?\s*{_MARK}\s*[\]】》>)」'\"]?\s*(?:임|입니다|이다|에\s*해당|으?로\s*(?:분류|관리|지정|취급))"
)
# A full stamp at the start of one of the first lines, the title run on after it: no particle or colon
# follows the stamp, the next word is not what a guide says about marked documents (문서, 취급, 관리 …)
# and the line is no sentence.
_TOP = 4
# the level under its label at the top, the title run on after it: '보안등급: 대외비 교원 비위 사안 …'
_LABELLED_TOP = re.compile(rf"^[\s\[【《<(]*보\s*안\s*등\s*급\s*[:：]\s*[\[【《<(]?\s*{_MARK}")
# (its protection period may follow in brackets: '대외비(보호기간: 2029. 12. 31.까지) 청사 방호 …')
_PERIOD_NOTE = r"(?:\s*\([^()]*(?:까\s*지|보\s*호\s*기\s*간)[^()]*\))?"
_NOT_ABOUT_MARKING = r"(?!문\s*서|자\s*료|취\s*급|관\s*리|보\s*관|보\s*호|등\s*급|분\s*류|표\s*시|(?:및|또는|과|와)(?![가-힣]))"
_JOINED = re.compile(
    rf"^[\s\[【《<(]*{_MARK}{_PERIOD_NOTE}[\s\]】》>)]+(?![:：(은는이가의을를로에]){_NOT_ABOUT_MARKING}"
    r"(?!.*(?:다|함|음|임)\s*\.?\s*$)\S"
)
# A framed stamp opening one of the first lines, a sentence run on after it: '《대외비》 ○○과에서 작성한 … 자료입니다.'
_FRAMED_TOP = re.compile(rf"^\s*[\[【《<〈]\s*{_MARK}\s*[\]】》>〉]\s+{_NOT_ABOUT_MARKING}\S")
# A protection period closing the line, the way the stamp's own line reads once layout ran it onto
# the 결문: '… / 비공개(제5호) 2027. 3. 11.까지 대외비' (nothing but decoration after the marking)
_PERIOD_END = re.compile(
    rf"\d{{2,4}}\s*[.\-/년]\s*\d{{1,2}}\s*[.\-/월]\s*\d{{1,2}}\s*[.일]?\s*까\s*지\s*(?P<mark>{_MARK})[\s\]】》>)]*$"
)
# … or the stamp with its protection period in brackets, closing a line layout ran it onto ('… 수립한다.
# 대외비(보호기간: 2031. 4. 30.까지)'): after the sentence's stop, the bracketed period makes it a stamp (a
# table row showing how to mark, '대외비 | 첫 면 위쪽 | 대외비(보호기간: …)', has no sentence before it)
_PERIOD_STAMP_END = re.compile(
    rf"[.。]\s+(?P<mark>{_MARK})\s*\(\s*보\s*호\s*기\s*간\s*[:：]?\s*(?:19|20)\d\d\s*[.\-/년]\s*\d{{1,2}}\s*[.\-/월]\s*\d{{1,2}}"
    r"\s*[.일]?\s*까\s*지\s*\)\s*$"
)


def _in_first_cell(line: Line) -> bool:
    """The marking sits in the line's first cell: a run-on or tabled first line still opens with
    its stamp ('(대외비) 예정가격 결정 검토  2024. 6. 14.  계약과 …')."""
    cells = [c for c in line.cells() if c]
    if len(cells) <= 1:
        return True
    first = _find(cells[0])
    if line.index != 0 or first is None:
        return False
    others = {found[0] for found in map(_find, cells[1:]) if found}
    if others - {first[0]}:
        return False  # a row of grades ('Ⅲ급비밀 ⇥ 대외비 ⇥ 일반') is a table's heading, not a stamp
    return len(re.findall("[가-힣]", cells[0][first[1].end() :])) >= 2


# The stamp run into the 제목 field ('제목 《대외비》 …', '제목 대외비(보호기간: …까지) …', '제목 2031. 3. 31.까지
# 대외비 …'); a title about marked documents ('제목 대외비 지정 해제 알림') is no stamp.
_TITLE_FIELD = re.compile(r"^제\s*목\s*[:：]?\s*")
# (words a title about marked documents uses; a framed stamp or one with its period is a stamp anyway)
_ABOUT_MARKING_TITLE = re.compile(
    r"지\s*정|해\s*제|재\s*분\s*류|보\s*안|점\s*검|교\s*육|관\s*련|업\s*무|현\s*황|실\s*태|운\s*영|규\s*정|지\s*침|안\s*내|"
    r"관\s*리|취\s*급|보\s*관|파\s*기|표\s*시|일\s*괄|기\s*록\s*물"
)
_FRAMED_OR_DATED = re.compile(rf"^[\[【《<〈(]\s*{_MARK}|^{_MARK}\s*\(|^\d")
_PERIOD_FIRST = re.compile(
    rf"^\d{{2,4}}\s*[.\-/년]\s*\d{{1,2}}\s*[.\-/월]\s*\d{{1,2}}\s*[.일]?\s*까\s*지\s*{_MARK}\s+{_NOT_ABOUT_MARKING}\S"
)
_TITLE_ZONE = 12  # lines in which the 제목 field stands


def _title_stamp(line: Line) -> bool:
    m = _TITLE_FIELD.match(line.text)
    if m is None or line.index >= _TITLE_ZONE:
        return False
    rest = line.text[m.end() :]
    if not _FRAMED_OR_DATED.match(rest) and _ABOUT_MARKING_TITLE.search(rest):
        return False
    return bool(_JOINED.match(rest) or _FRAMED_TOP.match(rest) or _PERIOD_FIRST.match(rest))


# … or closing the 결재 line, framed or set apart by a wide gap: '… 팀장 전결 3/4 ○○○ 《대외비》'
_APPROVAL = re.compile(r"전\s*결|대\s*결|기\s*안\s*자|결\s*재\s*권\s*자|주\s*무\s*관")
_TRAILING_MARK = re.compile(rf"(?:\s{{2,}}|\s*[《【\[<〈])\s*{_MARK}\s*[》】\]>〉]?\s*$")
# … or an attachment listed with its grade in brackets and sent with it: '붙임 1. ○○ 현황(III급 비밀) 1부.'
# (one said to go separately is not in this file: '… (Ⅲ급 비밀)은 별도 송부')
_ATTACHED = re.compile(r"^(?:붙\s*임|첨\s*부)(?![가-힣])")
_SEPARATELY = re.compile(r"(?:별도|따로)\s*(?:로\s*)?(?:송부|발송|제출|전송|송달|보관)")


def _attached_mark(text: str, match: re.Match[str]) -> bool:
    before, after = text[: match.start()].rstrip(), text[match.end() :].lstrip()
    return (
        _ATTACHED.match(text) is not None
        and before.endswith("(")
        and after.startswith(")")
        and not _SEPARATELY.search(text)
    )


# A 대외비 stamp closing any line, set apart as stamps are: framed ('… ◆ 대외비 ◆', '(【대외비】)'), spaced out
# letter by letter ('… 담당 ○○○ (☎ 02-…) 대 외 비'), or after a label ('취급: 《대외비》', '분류: 대외비 끝.'). A sentence
# saying where the mark goes ('… 상단에 《대외비》') has a particle before it and is no stamp.
_FRAMED_END = re.compile(
    r"[(\[]?\s*[■□◆◇《〈<\[【]\s*대\s*외\s*비\s*[■□◆◇》〉>\]】]\s*[)\]]?\s*(?:끝\s*\.?)?\s*$"
)
_PARTICLE_BEFORE = re.compile(r"(?:에|는|를|은|로|과|와|의|및|서|이|가|을|도)\s*$")
_SPACED_END = re.compile(r"(?<![가-힣])대\s+외\s+비\s*(?:끝\s*\.?)?\s*$|(?<=[)\]])\s*대\s*외\s*비\s*$")
_LABELLED_END = re.compile(
    r"(?:배\s*포|참\s*고|보\s*안\s*등\s*급|비\s*밀\s*등\s*급|분\s*류|취\s*급)\s*[:：]\s*[■□◆◇《〈<\[【(]*\s*대\s*외\s*비"
    r"\s*[■□◆◇》〉>\]】)]*\s*(?:끝\s*\.?)?\s*$"
)
# … or framed anywhere in a page header or footer ('《대외비》 함께 만드는 ○○부')
_FRAMED_ANYWHERE = re.compile(r"[■□◆◇《〈<\[【]\s*대\s*외\s*비\s*[■□◆◇》〉>\]】]")


def _trailing_stamp(line: Line) -> bool:
    text = line.text
    framed = _FRAMED_END.search(text)
    if framed and not _PARTICLE_BEFORE.search(text[: framed.start()]):
        return True
    if _SPACED_END.search(text) or _LABELLED_END.search(text):
        return True
    return line.kind in ("header", "footer") and _FRAMED_ANYWHERE.search(text) is not None


# a narrow box breaks the stamp's word over two lines: '■ 대' over '외비 ■'
_STAMP_HEAD = re.compile(r"대\s*(?:외\s*)?$")
_STAMP_TAIL = re.compile(r"^(?:외\s*)?비")


# A 예고문 that layout joined onto the end of a paragraph: '… 확보 예고문: 2027. 2. 20.까지 Ⅱ급비밀, …'
_YEGO_INLINE = re.compile(
    r"예\s*고\s*문\s*[:：)]\s*(?:원\s*본\s*)?\d{2,4}\s*[.\-/년]\s*\d{1,2}\s*[.\-/월]\s*\d{1,2}\s*[.일]?\s*까\s*지\s*"
)
# a line carrying the page's number ('… 대외비 - 1 -'): a footer the converter kept as text
_PAGED = re.compile(r"-\s*\d{1,3}\s*-\s*$|^\s*-\s*\d{1,3}\s*-")
_PAGE_DECORATION = re.compile(r"-\s*\d+\s*-|\d+\s*/\s*\d+|\d+\s*쪽|page\s*\d+", re.I)


def _closed(lines: list[Line], i: int) -> str:
    """The line, with the next one joined when it closes a bracket this one opened: a narrow text box
    wraps its stamp ('대외비(보호기간: 2031.' over '4. 30.까지)')."""
    text = lines[i].text
    if text.count("(") > text.count(")") and i + 1 < len(lines):
        following = lines[i + 1].text
        if following.count(")") > following.count("("):
            return f"{text} {following}"
    return text


def _find(text: str) -> tuple[str, re.Match[str]] | None:
    """The highest marking named in `text`, with its match."""
    best: tuple[str, re.Match[str]] | None = None
    for pattern in _SECRET:
        for m in pattern.finditer(text):
            level = _GRADE[m.group("g")]
            if best is None or RANK[level] > RANK[best[0]]:
                best = (level, m)
    if best is None:
        conf = _CONFIDENTIAL.search(text)
        if conf:
            best = ("대외비", conf)
    return best


def _is_stamp(text: str, match: re.Match[str], margin: bool) -> bool:
    rest = text[: match.start()] + " " + text[match.end() :]
    if margin:
        rest = _PAGE_DECORATION.sub(" ", rest)
    rest = _CONFIDENTIAL.sub(" ", rest)
    for pattern in _SECRET:
        rest = pattern.sub(" ", rest)
    return not _DECORATION.sub("", rest)


def find_markings(lines: list[Line]) -> list[Hit]:
    """Every stamp line (or labelled stamp cell), labelled with the marking it carries."""
    hits: list[Hit] = []
    for i, line in enumerate(lines):
        line = joined_with_next(lines, i, _STAMP_HEAD, _STAMP_TAIL)
        found = _find(line.text)
        if found is None or EXAMPLE.search(line.text) or quoted(line.text, found[1].start(), found[1].end()):
            continue  # how to mark a document, shown in a guide, is not a marking of this one
        if i > 0 and _INTRODUCES_EXAMPLE.search(lines[i - 1].text):
            continue  # '예고문 예시는 다음과 같다.' then the example on a line of its own
        level, match = found
        inline = _YEGO_INLINE.search(line.text)
        if _SELF.search(line.text):
            rule = "marking.self"  # ※ 이 보고서는 Ⅲ급 비밀임 / 본 문서의 보안등급은 【대외비】입니다
        elif _YEGO.match(line.text) or (inline and match.start() == inline.end()):
            rule = "marking.yegomun"  # 예고문: 2026. 12. 31.까지 Ⅲ급비밀, 이후 일반문서로 재분류
        elif _is_stamp(
            _closed(lines, i),
            match,
            line.kind in ("header", "footer") or _PAGED.search(line.text) is not None,
        ):
            rule = "marking.margin" if line.kind in ("header", "footer") else "marking.stamp"
        elif line.index < _TOP and (
            (_JOINED.match(line.text) and _in_first_cell(line))
            or _LABELLED_TOP.match(line.text)
            or _FRAMED_TOP.match(line.text)
        ):
            rule = "marking.joined"  # the top stamp run into the title line: 'Ⅲ 급 비 밀 ○○ 대비 계획'
        elif _PERIOD_END.search(line.text) or _PERIOD_STAMP_END.search(line.text):
            rule = "marking.period"  # the closing '… 2027. 3. 11.까지 대외비' a run-on 결문 ends with
        elif _title_stamp(line):
            rule = "marking.title"  # '제목 《대외비》 ○○ 검토'
        elif _APPROVAL.search(line.text) and _TRAILING_MARK.search(line.text):
            rule = "marking.approval"  # '주무관 ○○○ … 전결 05/14 ○○○   대외비'
        elif _attached_mark(line.text, match):
            rule = "marking.attachment"  # '붙임 1. ○○ 현황(III급 비밀) 1부.'
        elif level == "대외비" and _trailing_stamp(line) and not _grade_listing(lines, i):
            rule = "marking.trailing"  # '취급: ◆ 대외비 ◆', '… (전화 02-…) 대 외 비'

        else:
            listing = _grade_listing(lines, i)
            cell, rule = _labelled_cell(line.text), "marking.field"
            if cell is None and not listing:
                cell = _column_labelled_cell(lines, i)
            if cell is None and _in_margin_zone(line, lines) and not listing:
                cell, rule = _stamp_cell(line), "marking.cell"
            if cell is not None:  # snippet: only the label and its cell, not the rest of the row
                hits.append(Hit(cell[0], rule, line.block, mask_snippet(cell[1])))
            continue
        hits.append(Hit(level, rule, line.block, mask_snippet(line.text)))
    return hits


# A line announcing that an example follows: '예고문 예시는 다음과 같다.', '표시 예시:'
_INTRODUCES_EXAMPLE = re.compile(rf"(?:{EXAMPLE.pattern}).*(?:다음과\s*같|아래와\s*같|[:：]\s*$)")


def _grade_listing(lines: list[Line], i: int) -> bool:
    """A table row beside another row that also names a grade: a table of the grades (how each is
    marked or kept), not a stamp on this document."""
    return any(
        0 <= j < len(lines)
        and len(lines[j].cells()) > 1
        and (_find(lines[j].text) or _GRADE_NAME.match(lines[j].cells()[0].strip()))
        for j in (i - 1, i + 1)
    )


# A first cell that names grades, as a row of a table of the grades does: 'Ⅱ·Ⅲ급', 'Ⅰ급', '일반문서'
_GRADE_NAME = re.compile(r"^(?:(?:III|II|I|[123])\s*[·ㆍᆞ,]?\s*)+급(?:\s*비\s*밀)?$|^일\s*반\s*문\s*서$")


# (an approval table may label the cell '보안' alone: '보안 ⇥ Ⅲ급 비밀')
_CELL_LABEL = re.compile(
    r"^(?:보\s*안|비\s*밀|문\s*서)\s*(?:등\s*급|구\s*분|분\s*류)$|^(?:분\s*류|등\s*급|보\s*안)$"
)


_BARE_GRADE = re.compile(rf"^{_G}$")


def _labelled_cell(text: str) -> tuple[str, str] | None:
    """A marking in the cell right after a '보안등급' cell of a document's header table:
    '문서번호 ⇥ … ⇥ 보안등급 ⇥ 대외비 ⇥ 공개구분 ⇥ 비공개(5)'. A form that lists the grades as
    column headings ('Ⅱ급 ⇥ Ⅲ급 ⇥ 대외비 ⇥ 일반') has no such label and is not a marking."""
    cells = [c.strip() for c in re.split(r"[\t|]", text)]
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
        return _GRADE[bare.group("g")], f"{label}: {value}"
    found = _find(value)
    if found and _is_stamp(value, found[1], margin=False):
        return found[0], f"{label}: {value}"
    return None


def _column_labelled_cell(lines: list[Line], i: int) -> tuple[str, str] | None:
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


def _in_margin_zone(line: Line, lines: list[Line]) -> bool:
    return line.index < _ZONE or line.index >= len(lines) - _ZONE or line.kind in ("header", "footer")


def _stamp_cell(line: Line) -> tuple[str, str] | None:
    """A stamp that is a cell of its own at either end of a header-table row at the top or bottom of
    the document: 'Ⅱ급비밀 ⇥ 현장대응단-5186 ⇥ 2026. 10. 8.'. Exactly one cell may carry a marking, so a
    table listing grades ('구분 ⇥ Ⅲ급비밀 ⇥ 대외비') or counting them stays a mention."""
    cells = [c.strip() for c in _CELL_SPLIT.split(line.raw or line.text) if c.strip()]
    if len(cells) < 2:
        return None
    marked = [c for c in cells if _find(c)]
    if len(marked) != 1:
        return None
    # (handling orders may follow the stamp in the last cells: '○○관 | 대외비 | 복사 금지')
    tail = cells[cells.index(marked[0]) + 1 :]
    if marked[0] != cells[0] and not all(_HANDLING.search(c) for c in tail):
        return None
    found = _find(marked[0])
    if found and _is_stamp(marked[0], found[1], margin=False):
        return found[0], marked[0]
    return None


def strongest(hits: list[Hit]) -> str:
    level = "none"
    for hit in hits:
        if RANK[hit.label] > RANK[level]:
            level = hit.label
    return level
