"""Hanja read as Hangul, one syllable for one ideograph, so a mixed-script document ('所屬 公務員 非違
行爲 確認', '懲戒 意見', '內部 檢討') meets the same rules as its Hangul twin and offsets stay put.

The readings are Unicode's (Unihan kHangul, built by scripts/build_hanja_readings.py). A word's first
syllable takes the initial-sound rule (두음법칙) as written Korean does: 勞動 노동, 離席 이석, 女性 여성.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

_TABLE = Path(__file__).parent / "data" / "hanja_readings.txt"
_IDEOGRAPHS = r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"  # CJK extension A, unified, compatibility
_IDEOGRAPH = re.compile(_IDEOGRAPHS)
_RUN = re.compile(_IDEOGRAPHS + "+")

_HANGUL_BASE, _VOWELS, _FINALS = 0xAC00, 21, 28
_RIEUL, _NIEUN, _IEUNG = 5, 2, 11  # initial consonant indices of ㄹ, ㄴ, ㅇ
# vowels before which an initial ㄹ or ㄴ drops to ㅇ (ㅑ ㅕ ㅖ ㅛ ㅠ ㅣ); before the others ㄹ becomes ㄴ
_Y_VOWELS = frozenset({2, 6, 7, 12, 17, 20})


@cache
def _readings() -> dict[int, str]:
    table: dict[int, str] = {}
    for line in _TABLE.read_text(encoding="utf-8").splitlines():
        char, _, syllable = line.partition("\t")
        if char and syllable:
            table[ord(char)] = syllable
    return table


def _word_initial(syllable: str) -> str:
    """The initial-sound rule on one Hangul syllable: 로 → 노, 리 → 이, 녀 → 여."""
    code = ord(syllable) - _HANGUL_BASE
    if not 0 <= code < 11172:
        return syllable
    initial, vowel, final = code // (_VOWELS * _FINALS), (code // _FINALS) % _VOWELS, code % _FINALS
    if initial == _RIEUL:
        initial = _IEUNG if vowel in _Y_VOWELS else _NIEUN
    elif initial == _NIEUN and vowel in _Y_VOWELS:
        initial = _IEUNG
    else:
        return syllable
    return chr(_HANGUL_BASE + (initial * _VOWELS + vowel) * _FINALS + final)


# single ideographs written as marks before a name keep their form: '代홍길동' (signed for the absent
# approver, 대결), '故 홍길동' (the late)
_MARKS = frozenset("代故")


def _read_run(m: re.Match[str]) -> str:
    if len(m.group()) == 1 and m.group() in _MARKS:
        return m.group()
    table = _readings()
    read = [table.get(ord(ch), ch) for ch in m.group()]
    before = m.string[m.start() - 1] if m.start() else ""
    if not ("가" <= before <= "힣"):  # a word starts here (after a space, a mark, or the line's start)
        read[0] = _word_initial(read[0])
    return "".join(read)


def to_hangul(text: str) -> str:
    """The text with every ideograph that has a Korean reading written in Hangul (same length)."""
    if not _IDEOGRAPH.search(text):
        return text
    return _RUN.sub(_read_run, text)
