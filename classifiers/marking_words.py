"""The words of a security marking (보안업무규정: Ⅰ·Ⅱ·Ⅲ급 비밀, 대외비) and what may stand beside them on a
stamp's own line: a protection period, a copy number, brackets and rules. Where a stamp may stand in a
document is the business of markings.py, stamp_places.py and stamp_cells.py."""

from __future__ import annotations

import re

RANK = {"none": 0, "대외비": 1, "III급": 2, "II급": 3, "I급": 4}
GRADE = {"III": "III급", "3": "III급", "II": "II급", "2": "II급", "I": "I급", "1": "I급"}
_BY_STROKES = {2: "II급", 3: "III급"}

# (a scan reads the Roman numeral's strokes as bars or ones: 'Ⅱ' as '11', '||', '|!', 'Il')
# (a bar then a one is a table's rule before '1급', not a misread 'Ⅱ')
G = r"(?P<g>III|II|I|3|2|1|(?:[1lI!]{2,3}|\|[|!lI]{1,2})(?=\s*급))\s*급"


def grade(g: str) -> str:
    """The grade a numeral names, a scan's strokes counted ('11' → II급)."""
    return GRADE.get(g) or _BY_STROKES[len(g)]


SECRET = [
    re.compile(rf"(?:군\s*사\s*)?{G}\s*비\s*밀(?!\s*번\s*호)"),  # Ⅲ급비밀, 3급 비밀, Ⅲ 급 비 밀, 군사Ⅱ급비밀
    re.compile(rf"비\s*밀\s*\(\s*{G}\s*\)"),  # 비밀(Ⅱ급)
    re.compile(rf"비\s*밀\s*[:：]?\s*{G}(?![\w(])"),  # 비밀 Ⅲ급, 비밀: 2급 (stamp order of older forms)
    re.compile(rf"(?:비\s*밀|보\s*안)\s*등\s*급\s*[:：]?\s*{G}(?!\s*[(\w])"),  # 비밀등급: Ⅲ급
]
# (OCR splits the last syllable into its consonant and a stroke: '대외ㅂ1', '대 외 ㅂl')
# (NFKC turns the letter ㅂ into its conjoining form ᄇ)
CONFIDENTIAL = re.compile(r"대\s*외\s*(?:비|[ㅂᄇ]\s*[1lI|](?![0-9]))")

# What may surround a marking on a stamp line without turning it into prose.
_DECORATION = re.compile(
    r"\d{2,4}\s*[.\-/년]\s*\d{1,2}\s*[.\-/월]\s*\d{1,2}\s*[.일]?"  # a date (protection period)
    r"|\d{4}\s+\d{1,2}\s+\d{1,2}(?!\d)"  # the same date with its points lost in a scan: '(2027 1 31)'
    r"|사\s*본\s*(?:번\s*호)?\s*[:：]?\s*제?\s*\d+\s*(?:/\s*\d+)?\s*[호번]?"  # 사본번호 3/5, 사본 제3호, 1번
    r"|총\s*\d+\s*부"  # (총 9부)
    r"|보\s*안\s*등\s*급|비\s*밀\s*등\s*급|보\s*호\s*기\s*간|분\s*류|까\s*지|문\s*서"
    # its reclassification: '대외비 (2027.12.31. 이후 일반문서로 재분류)'
    r"|이\s*후(?:\s*일\s*반(?!\s*문))?|일\s*반\s*문\s*서\s*로|재\s*분\s*류|파\s*기"
    r"|[\s\[\]《》〈〉<>()（）【】「」『』〔〕\"'“”‘’·ㆍᆞ:：\-_=*#|~/\\\u2500-\u257f■□◆◇★☆※]"  # brackets, rules, boxes
)

# a marking as a stamp names it: a grade of 비밀 or 대외비
MARK = r"(?:(?:III|II|I|3|2|1)\s*급\s*비\s*밀|대\s*외\s*비)"
# (a page's number may share a margin line with the stamp)
_PAGE_DECORATION = re.compile(r"-\s*\d+\s*-|\d+\s*/\s*\d+|\d+\s*쪽|page\s*\d+", re.I)


def find_mark(text: str) -> tuple[str, re.Match[str]] | None:
    """The highest marking named in `text`, with its match."""
    best: tuple[str, re.Match[str]] | None = None
    for pattern in SECRET:
        for m in pattern.finditer(text):
            level = grade(m.group("g"))
            if best is None or RANK[level] > RANK[best[0]]:
                best = (level, m)
    if best is None:
        conf = CONFIDENTIAL.search(text)
        if conf:
            best = ("대외비", conf)
    return best


def is_stamp(text: str, match: re.Match[str], margin: bool) -> bool:
    """Nothing but decoration is left of `text` once its markings (and, in a margin, the page's
    number) are taken out: the line is the stamp."""
    rest = text[: match.start()] + " " + text[match.end() :]
    if margin:
        rest = _PAGE_DECORATION.sub(" ", rest)
    rest = CONFIDENTIAL.sub(" ", rest)
    for pattern in SECRET:
        rest = pattern.sub(" ", rest)
    return not _DECORATION.sub("", rest)
