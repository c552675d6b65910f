"""Roster lines: a line that lists people and nothing else ('출석위원  ○○○  ○○○  ○○○', '- 위원 ○○○, ○○○ (3명)').

Minutes, sign-off blocks and committee lists put names side by side with no title or particle each; the
rules find the names that carry context elsewhere or read as names on their own, and the others on the
same line (a name that is also a word, a letter-spaced one) are left. Once two or more names on a line
are found and every other item on it is name-shaped, a title or a known word, the line is a roster and its
remaining name-shaped items are names too. One item that is none of these (a number, a date, a phrase)
means the line is something else, and nothing is added.

A personnel order or a staff list puts one person per item after a bullet and an office ('▲도시재생과
○○○'): once two items' names are found, the other items' name-shaped values are names too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from ..textview import TextView

# what separates the items of a roster: a column gap, a tab, a comma, a middle dot or a spaced slash
_ITEM = re.compile(r"[^\t,、·ㆍ/]+?(?=[ ]{2,}|[\t,、·ㆍ]|[ ]/[ ]|$)")
# what may open the line before its names: a bullet, a heading with a colon or a head count
# ('출석위원(5인):', '- 위원', '○ 참석자:')
_LEAD = re.compile(
    r"^[ \t]*(?:[-•·○◦▪*][ \t]*)?(?:[가-힣]{1,8}(?:[ \t]*\(\d{1,3}[ \t]*(?:인|명)\))?[ \t]*[:：][ \t]*)?"
)
# what may close it: a head count '(5명)', '(이상 5명)', '(위원 5명)'
_TAIL = re.compile(r"[ \t]*\((?:[가-힣]{1,4}[ \t]*)?\d{1,3}[ \t]*(?:인|명)\)[ \t]*$")
_HANGUL = re.compile(r"[가-힣]+")
_SPACED = re.compile(r"[가-힣](?: [가-힣]){1,4}")
MIN_FOUND = 2

# what a word on a roster line is: True a name, False a word the line may carry beside its names (a title,
# a sign-off mark, a known word), None a word no roster holds (the line is something else)
Reading = Callable[[str], "bool | None"]
_LATIN = re.compile(r"[A-Za-z][A-Za-z.'\-]*(?: [A-Za-z][A-Za-z.'\-]*)*")


def roster_names(view: TextView, found: dict[int, int], reading: Reading) -> Iterator[tuple[int, int]]:
    """(start, end) of the names a roster line holds besides those in `found` (start → end)."""
    starts = sorted(found)
    if len(starts) < MIN_FOUND:
        return
    norm = view.norm
    lines = {view.line_at(s) for s in starts}
    for line_start, line_end in sorted(lines):
        if sum(1 for s in starts if line_start <= s < line_end) < MIN_FOUND:
            continue
        yield from _line_names(norm, line_start, line_end, found, reading)


def _line_names(
    norm: str, line_start: int, line_end: int, found: dict[int, int], reading: Reading
) -> Iterator[tuple[int, int]]:
    lead = _LEAD.match(norm, line_start, line_end)
    body_start = lead.end() if lead else line_start
    tail = _TAIL.search(norm, body_start, line_end)
    body_end = tail.start() if tail else line_end
    named = 0
    new: list[tuple[int, int]] = []
    for m in _ITEM.finditer(norm, body_start, body_end):
        raw = m.group()
        start = m.start() + len(raw) - len(raw.lstrip())
        end = m.end() - (len(raw) - len(raw.rstrip()))
        if start >= end:
            continue
        pieces = _pieces(norm, start, end)
        if pieces is None:
            return  # an item that is no name and no title: not a roster
        for s, e in pieces:
            word = norm[s:e].replace(" ", "")
            if s in found and found[s] == e:
                named += 1
            elif any(s <= f < e for f in found):
                return  # a name found inside a longer item: the item is something else
            elif _LATIN.fullmatch(word):
                continue  # a foreign name in Latin letters: the Latin recognizers read it
            else:
                verdict = reading(word)
                if verdict is None:
                    return
                if verdict:
                    new.append((s, e))
    if named >= MIN_FOUND:
        yield from new


def _pieces(norm: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The words of one item: a name, a name spaced letter by letter, or names apart by single spaces."""
    item = norm[start:end]
    if _HANGUL.fullmatch(item) or _LATIN.fullmatch(item):
        return [(start, end)]
    if _SPACED.fullmatch(item):
        return [(start, end)]
    words = [(m.start(), m.end()) for m in _HANGUL.finditer(norm, start, end)]
    if " ".join(norm[s:e] for s, e in words) != item or any(e - s < 2 for s, e in words):
        return None
    return words


# an item of a personnel order or a staff list: a bullet, an office, then the person ('▲도시재생과 ○○○',
# '- 총무과  ○ ○ ○')
_OFFICE_ITEM = re.compile(
    r"^[ \t]*(?:[▲△◇◆○●•·\-]|\d{1,2}[.)])[ \t]*[가-힣]{1,12}(?:과|팀|실|국|처|센터|담당관|본부|사업소)[ \t]+"
    r"(?P<name>[가-힣]{2,5}|[가-힣](?: [가-힣]){1,4})[ \t]*$",
    re.MULTILINE,
)


def office_list_names(view: TextView, found: dict[int, int], reading: Reading) -> Iterator[tuple[int, int]]:
    """(start, end) of the names of an office list's items besides those in `found`: once two items' names
    are found, the others' name-shaped values (read by `reading`) are names too."""
    items = list(_OFFICE_ITEM.finditer(view.norm))
    if sum(1 for m in items if found.get(m.start("name")) == m.end("name")) < MIN_FOUND:
        return
    for m in items:
        start, end = m.span("name")
        if start not in found and reading(m.group("name").replace(" ", "")):
            yield start, end
