"""Name candidates: each Hangul word read as a 2-5 syllable stem plus a particle or honorific.

Korean glues particles to the word (김해진이, 트럼프는, 동호 씨와), so one word has several readings;
each reading whose remainder is a known suffix is a candidate, and the model picks at most one per word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..lexicons import load

WORD = re.compile(r"[가-힣]+")
MIN_SYLLABLES = 2
MAX_SYLLABLES = 5


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int  # stem start (code points)
    end: int  # stem end
    word_end: int  # end of the Hangul run the stem opens
    suffix: str


def _suffixes() -> frozenset[str]:
    extra = ("씨", "님", "군", "양", "옹", "씨는", "씨가", "씨의", "씨를", "씨에게", "씨와", "씨도")
    return frozenset(load("particles")) | frozenset(extra) | {""}


SUFFIXES = _suffixes()


def readings(word: str) -> Iterator[tuple[int, str]]:
    """(stem length, suffix) readings of one Hangul word: 2-5 syllables and a known remainder."""
    for length in range(MIN_SYLLABLES, min(MAX_SYLLABLES, len(word)) + 1):
        if word[length:] in SUFFIXES:
            yield length, word[length:]


def candidates(text: str) -> Iterator[Candidate]:
    """Every (word, reading) pair of a text."""
    for m in WORD.finditer(text):
        for length, suffix in readings(m.group()):
            yield Candidate(m.start(), m.start() + length, m.end(), suffix)
