"""A person called by the given name alone after the full name was found: '제갈○○ … ○○이는', '○○ 씨는'.

Counselling records, witness statements and feature stories name a person in full once, then by the given
name: with the friendly '이' Korean adds after a closed syllable ('서진이는', '다온이가'), with 씨 or 님, or
called by it ('서진아'). A foreigner's Hangul name is shortened the same way, to its first word ('딜노자
씨'). The given name alone is the person's only where the text found the full name and the shortened form
carries one of these endings (a title only after a given name that is no everyday word: '기사님' is the
driver); a bare two-syllable word could be anything.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..kiwi import common_word
from ..lexicons import load
from ..textview import TextView

# what follows a given name used alone: the friendly 이 and a particle (or the call 아/야), or a title
# (a title after a word of the dictionary is that word's: '기사님', '보람 씨' may be no name; the friendly 이
# is said after names only)
_TITLE = re.compile(r"[ ]?(?:씨|님|군|양)(?:께서|에게|한테|[은는이가을를의께도와])?(?![가-힣])")
_AFTER_CLOSED = re.compile(r"이(?:는|가|를|의|도|와|랑|한테|에게|하고|만)|아(?![가-힣])")
_AFTER_OPEN = re.compile(r"야(?![가-힣])")


def given_name_mentions(view: TextView, names: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """(start, end) of the mentions of found names' given names alone (see the module's docstring)."""
    norm = view.norm
    givens = sorted({given for start, end in names if (given := _given(norm[start:end]))})
    taken = sorted(names)
    for given in givens:
        start = norm.find(given)
        while start != -1:
            end = start + len(given)
            before = norm[start - 1 : start] if start else ""
            friendly = (_AFTER_CLOSED if _closed(given[-1]) else _AFTER_OPEN).match(norm, end)
            titled = _TITLE.match(norm, end) and not common_word(given)
            if (
                not ("가" <= before <= "힣")
                and (friendly or titled)
                and not any(s < end and start < e for s, e in taken)
            ):
                yield start, end
            start = norm.find(given, end)


def _given(name: str) -> str:
    """The given name of a Korean name (after a one- or two-syllable surname), or the first word of a
    foreign name in Hangul words; '' when there is none of two syllables or more."""
    if " " in name:
        first = name.split(" ", 1)[0]
        return first if len(first) >= 2 and all("가" <= ch <= "힣" for ch in first) else ""
    if not all("가" <= ch <= "힣" for ch in name):
        return ""
    surnames = load("surnames")
    if len(name) == 4 and name[:2] in surnames:
        return name[2:]
    if len(name) == 3 and name[0] in surnames:
        return name[1:]
    return ""


def _closed(syllable: str) -> bool:
    """The syllable ends in a consonant (서진: 진), which takes the friendly 이 after it."""
    return (ord(syllable) - 0xAC00) % 28 != 0
