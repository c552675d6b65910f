"""Text helpers the rules share: one normal form to match on, and masking for evidence snippets.

Stamps and fields come in many typographic variants (full-width digits, Roman-numeral code points,
spaced-out syllables); matching on a single normal form keeps each rule's pattern readable.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .hanja import to_hangul

# Roman numerals as single code points (Ⅰ Ⅱ Ⅲ, also small ⅰ ⅱ ⅲ) -> ASCII, before NFKC would do it anyway
_ROMAN = str.maketrans({"Ⅰ": "I", "Ⅱ": "II", "Ⅲ": "III", "ⅰ": "I", "ⅱ": "II", "ⅲ": "III"})
# a table drawn with box characters splits its cells as a bar does: '성명 │ 주소'
_BOX_BARS = str.maketrans(dict.fromkeys("│┃┆┇┊┋", "|"))
# OCR reads a wide ideograph of a stamp as its two halves side by side (對外秘 as 對夕卜秘, 秘 as 禾必): the
# pairs never stand together as words of their own
_SPLIT_IDEOGRAPHS = re.compile("夕卜|禾必")
_WHOLE_IDEOGRAPH = {"夕卜": "外", "禾必": "秘"}


# OCR reads the Roman numeral of a grade as lower-case l or a bar: 'lll급비밀', 'Il 급', '|||급'.
# (one kind of stroke: a table's bar before a real numeral, '│Ⅱ 급', is a cell's edge, not a third I)
_OCR_ROMAN = re.compile(r"(?<![A-Za-z0-9|])([lI]{1,3}|\|{1,3})(?=\s*급)")
# OCR leaves a stray full stop between two words of one sentence: '성명과 . 연락처는'. A sentence's own
# stop follows its ending (…다 .), so only a stop after another syllable is dropped.
_STRAY_STOP = re.compile(r"(?<=[가-힣])(?<![다함음임요됨끝]) \.(?= [가-힣])")


def normalize(text: str) -> str:
    """NFKC (full-width digits and colons, compatibility Roman numerals) with unified hyphens and
    Hanja read in Hangul: older and military documents write their stamps (秘密, Ⅱ級, 對外秘, and the
    slip 大外秘) and whole reports ('所屬 公務員 非違 行爲 確認') in mixed script."""
    text = text.translate(_ROMAN).translate(_BOX_BARS)
    if "夕" in text or "禾" in text:
        text = _SPLIT_IDEOGRAPHS.sub(lambda m: _WHOLE_IDEOGRAPH[m.group()], text)
    text = to_hangul(unicodedata.normalize("NFKC", text))
    text = _OCR_ROMAN.sub(lambda m: "I" * len(m.group(1)), text)
    text = _STRAY_STOP.sub("", text)
    return re.sub(r"[‐‑‒–—―－]", "-", text)


# A guide showing how something is written is a mention of it: '예시', '기재례', '작성 예', '(예)', '예:'.
EXAMPLE = re.compile(
    r"예\s*시|기\s*재\s*(?:례|예)|작\s*성\s*(?:례|예)|표\s*기\s*예|\(\s*예\s*\)|(?<![가-힣])예\s*[:：)]"
)
QUOTES = "'\"‘’“”「」『』"


def quoted(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] sits inside quotation marks with prose outside them ('… 표시 예: "대외비"')."""
    before, after = text[:start], text[end:]
    opened = next((i for i in range(len(before) - 1, -1, -1) if before[i] in QUOTES), None)
    closed = next((i for i, ch in enumerate(after) if ch in QUOTES), None)
    if opened is None or closed is None:
        return False
    outside = before[:opened] + after[closed + 1 :]
    return bool(re.search(r"[가-힣A-Za-z]", outside))


@dataclass(frozen=True, slots=True)
class Unit:
    """A piece of text the rules read: one document block, or the whole input of classify_text."""

    text: str
    block: int | None = None
    kind: str = "paragraph"

    @property
    def is_margin(self) -> bool:
        """Header and footer blocks are where stamps live."""
        return self.kind in ("header", "footer")


@dataclass(frozen=True, slots=True)
class Line:
    """One normalised line of a unit, with the unit's block index for evidence."""

    text: str
    block: int | None
    kind: str
    index: int  # line number within the whole document's line sequence
    raw: str = ""  # the line with its table-cell tabs kept (leading/trailing empty cells still count)

    def cells(self) -> list[str]:
        """The line's table cells, empty ones included, split on tabs or '|' (or, in plain text without
        either, on runs of spaces that align columns)."""
        return list(_cells(self.raw or self.text))


@lru_cache(maxsize=4096)
def _cells(raw: str) -> tuple[str, ...]:
    """Line.cells, once per distinct line: the rules ask for the same line's cells many times."""
    return tuple(_split_cells(raw))


def _split_cells(raw: str) -> list[str]:
    if "|" in raw or "\t" in raw:
        return [c.strip() for c in raw.split("|" if "|" in raw else "\t")]
    cells = [c.strip() for c in re.split(r" {2,}|\u3000", raw)]  # plain text aligned with spaces
    # OCR narrows the first gap to one space: '연번 성명  나이 …' over '2 반희길  79 …'
    first = _ORDINAL_CELL.match(cells[0]) if len(cells) > 1 else None
    return [first.group(1), first.group(2), *cells[1:]] if first else cells


_ORDINAL_CELL = re.compile(r"^(연\s*번|순\s*번|번\s*호|\d{1,3})\s(\S.*)$")


def joined_with_next(
    lines: list[Line], i: int, ends: re.Pattern[str], starts: re.Pattern[str], sep: str = ""
) -> Line:
    """Line `i` with the next one joined to it when the layout broke one piece of text over the two: the
    line ends as `ends` says and the next begins as `starts` says. Otherwise line `i` itself."""
    line = lines[i]
    if i + 1 < len(lines) and ends.search(line.text) and starts.match(lines[i + 1].text):
        nxt = lines[i + 1]
        return Line(
            f"{line.text}{sep}{nxt.text}", line.block, line.kind, line.index, f"{line.raw}{sep}{nxt.raw}"
        )
    return line


def lines_of(units: list[Unit]) -> list[Line]:
    out: list[Line] = []
    for unit in units:
        for raw in normalize(unit.text).splitlines():
            stripped = raw.strip()
            if stripped:
                out.append(Line(stripped, unit.block, unit.kind, len(out), raw.strip(" \u3000\r")))
    return out


@dataclass(frozen=True, slots=True)
class Hit:
    """One piece of evidence a rule found. `decisive` hits may set a level on their own; others only
    explain a level that explicit evidence (a marking or a disclosure field) already set."""

    label: str  # a marking, a disclosure level, or a reason code
    rule: str  # which rule, e.g. "marking.stamp"
    block: int | None = None
    snippet: str = ""
    decisive: bool = True


_SUBJECT_LINE = re.compile(r"^제\s*목\s*[:：]?\s*(.+)$")
# a line that lists the document's attachments: '붙임 1. …', '첨부 …' (not 붙임표, 첨부파일명)
ATTACHMENT_HEAD = re.compile(r"^(?:붙\s*임|첨\s*부)(?![가-힣])")


def title_of(lines: list[Line]) -> str:
    """The document's title line: a '제목' field when present, else the first line that says something
    (a metadata title that is only a file's code, 'sens_0171' or 'report-2023', says nothing)."""
    for line in lines[:15]:
        m = _SUBJECT_LINE.match(line.text)
        if m:
            return m.group(1)
    for line in lines[:3]:
        if re.search(
            r"[가-힣]|[\u4e00-\u9fff]\s*[\u4e00-\u9fff]", line.text
        ):  # (older titles are in hanja: '懲 戒 議 決 書')
            return line.text
    return lines[0].text if lines else ""


def opening_of(lines: list[Line]) -> str:
    """The first lines of a document without a 제목 field: a record names itself there, often under the
    office's name ('○○보건소 ⏎ 재가 환자 진료 기록'); a 공문's opening is its 두문 and says nothing of it."""
    if any(_SUBJECT_LINE.match(line.text) for line in lines[:15]):
        return ""
    return " ".join(line.text for line in lines[:3])
