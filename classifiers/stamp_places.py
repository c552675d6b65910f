"""Where a stamp stands inside a line of other text: at the start of one of the first lines with the
title run on after it, in the 제목 field, closing the 결재 line or any line, beside an attachment it
marks. A marking inside a sentence ('대외비 문서는 …') stays a mention."""

from __future__ import annotations

import re

from .marking_words import MARK, find_mark
from .text import ATTACHMENT_HEAD, Line

# A full stamp at the start of one of the first lines, the title run on after it: no particle or colon
# follows the stamp, the next word is not what a guide says about marked documents (문서, 취급, 관리 …)
# and the line is no sentence.
TOP = 4
# the level under its label at the top, the title run on after it: '보안등급: 대외비 교원 비위 사안 …'
LABELLED_TOP = re.compile(rf"^[\s\[【《<(]*보\s*안\s*등\s*급\s*[:：]\s*[\[【《<(]?\s*{MARK}")
# (its protection period may follow in brackets: '대외비(보호기간: 2029. 12. 31.까지) 청사 방호 …')
_PERIOD_NOTE = r"(?:\s*\([^()]*(?:까\s*지|보\s*호\s*기\s*간)[^()]*\))?"
_NOT_ABOUT_MARKING = r"(?!문\s*서|자\s*료|취\s*급|관\s*리|보\s*관|보\s*호|등\s*급|분\s*류|표\s*시|(?:및|또는|과|와)(?![가-힣]))"
JOINED = re.compile(
    rf"^[\s\[【《<(]*{MARK}{_PERIOD_NOTE}[\s\]】》>)]+(?![:：(은는이가의을를로에]){_NOT_ABOUT_MARKING}"
    r"(?!.*(?:다|함|음|임)\s*\.?\s*$)\S"
)
# A framed stamp opening one of the first lines, a sentence run on after it: '《대외비》 ○○과에서 작성한 … 자료입니다.'
FRAMED_TOP = re.compile(rf"^\s*[\[【《<〈]\s*{MARK}\s*[\]】》>〉]\s+{_NOT_ABOUT_MARKING}\S")
# A protection period closing the line, the way the stamp's own line reads once layout ran it onto
# the 결문: '… / 비공개(제5호) 2027. 3. 11.까지 대외비' (nothing but decoration after the marking)
PERIOD_END = re.compile(
    rf"\d{{2,4}}\s*[.\-/년]\s*\d{{1,2}}\s*[.\-/월]\s*\d{{1,2}}\s*[.일]?\s*까\s*지\s*(?P<mark>{MARK})[\s\]】》>)]*$"
)
# … or the stamp with its protection period in brackets, closing a line layout ran it onto ('… 수립한다.
# 대외비(보호기간: 2031. 4. 30.까지)'): after the sentence's stop, the bracketed period makes it a stamp (a
# table row showing how to mark, '대외비 | 첫 면 위쪽 | 대외비(보호기간: …)', has no sentence before it)
PERIOD_STAMP_END = re.compile(
    rf"[.。]\s+(?P<mark>{MARK})\s*\(\s*보\s*호\s*기\s*간\s*[:：]?\s*(?:19|20)\d\d\s*[.\-/년]\s*\d{{1,2}}\s*[.\-/월]\s*\d{{1,2}}"
    r"\s*[.일]?\s*까\s*지\s*\)\s*$"
)


def in_first_cell(line: Line) -> bool:
    """The marking sits in the line's first cell: a run-on or tabled first line still opens with
    its stamp ('(대외비) 예정가격 결정 검토  2024. 6. 14.  계약과 …')."""
    cells = [c for c in line.cells() if c]
    if len(cells) <= 1:
        return True
    first = find_mark(cells[0])
    if line.index != 0 or first is None:
        return False
    others = {found[0] for found in map(find_mark, cells[1:]) if found}
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
_FRAMED_OR_DATED = re.compile(rf"^[\[【《<〈(]\s*{MARK}|^{MARK}\s*\(|^\d")
_PERIOD_FIRST = re.compile(
    rf"^\d{{2,4}}\s*[.\-/년]\s*\d{{1,2}}\s*[.\-/월]\s*\d{{1,2}}\s*[.일]?\s*까\s*지\s*{MARK}\s+{_NOT_ABOUT_MARKING}\S"
)
_TITLE_ZONE = 12  # lines in which the 제목 field stands


def title_stamp(line: Line) -> bool:
    """A stamp run into the 제목 field near the top, the title after it."""
    m = _TITLE_FIELD.match(line.text)
    if m is None or line.index >= _TITLE_ZONE:
        return False
    rest = line.text[m.end() :]
    if not _FRAMED_OR_DATED.match(rest) and _ABOUT_MARKING_TITLE.search(rest):
        return False
    return bool(JOINED.match(rest) or FRAMED_TOP.match(rest) or _PERIOD_FIRST.match(rest))


# … or closing the 결재 line, framed or set apart by a wide gap: '… 팀장 전결 3/4 ○○○ 《대외비》'
_APPROVAL = re.compile(r"전\s*결|대\s*결|기\s*안\s*자|결\s*재\s*권\s*자|주\s*무\s*관")
_TRAILING_MARK = re.compile(rf"(?:\s{{2,}}|\s*[《【\[<〈])\s*{MARK}\s*[》】\]>〉]?\s*$")


def approval_stamp(text: str) -> bool:
    """A stamp closing the 결재 line (its approvers, 전결 or 대결 named on it)."""
    return bool(_APPROVAL.search(text) and _TRAILING_MARK.search(text))


# … or an attachment listed with its grade in brackets and sent with it: '붙임 1. ○○ 현황(III급 비밀) 1부.'
# (one said to go separately is not in this file: '… (Ⅲ급 비밀)은 별도 송부')
_SEPARATELY = re.compile(r"(?:별도|따로)\s*(?:로\s*)?(?:송부|발송|제출|전송|송달|보관)")


def attached_mark(text: str, match: re.Match[str]) -> bool:
    """The marking of an attachment listed with it, in brackets after its name."""
    before, after = text[: match.start()].rstrip(), text[match.end() :].lstrip()
    return (
        ATTACHMENT_HEAD.match(text) is not None
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


def trailing_stamp(line: Line) -> bool:
    """A 대외비 stamp set apart at the end of a line (framed, spaced out, after a label), or framed
    anywhere in a page header or footer."""
    text = line.text
    framed = _FRAMED_END.search(text)
    if framed and not _PARTICLE_BEFORE.search(text[: framed.start()]):
        return True
    if _SPACED_END.search(text) or _LABELLED_END.search(text):
        return True
    return line.kind in ("header", "footer") and _FRAMED_ANYWHERE.search(text) is not None
