"""Paragraph numbering and bullets: the text Hancom draws in front of a numbered paragraph.

Neither HWP 5 nor HWPX stores "1." or "가." in the paragraph: a paragraph shape says "numbered,
level 2, definition 3", the definition holds a pattern per level ("^1." "^2." "(^3)") with a number
shape and a start value, and the word processor counts as it lays the document out. Readers who
skip this lose the structure a 공문 is written in (1. → 가. → 1) → 가)). So the converters count the
same way: one counter per level and definition, across the whole document; numbering a level moves
its counter on and restarts every deeper level; a level not yet counted shows its start value. A
different definition (Hancom makes one for "새 번호 목록 시작") has its own counters.

Bullets are a single character, often from a Wingdings-style symbol font stored in the private use
area (U+F06C is Wingdings 'l', a black circle): those are mapped to the Unicode symbol they draw.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from .numformat import format_number

_MAX_LEVELS = 10
_UNSET = -1  # a level not counted yet (a start value may be 0)
_PATTERN = re.compile(r"\^([1-9nN])")
# Private-use Wingdings codes Hancom documents use as bullets -> the symbol drawn.
_SYMBOL_BULLETS = {
    0xF06C: "●",
    0xF06E: "■",
    0xF06F: "□",
    0xF071: "❑",
    0xF075: "◆",
    0xF076: "❖",
    0xF077: "⬥",
    0xF09E: "·",
    0xF09F: "•",
    0xF0A0: "▪",
    0xF0A1: "○",
    0xF0A4: "◉",
    0xF0A7: "▪",
    0xF0A8: "◻",
    0xF0AB: "★",
    0xF0D8: "➢",
    0xF0E8: "➔",
    0xF0F0: "⇨",
    0xF0FC: "✓",
    0xF0FE: "☑",
    0xF046: "☞",
}
_DEFAULT_BULLET = "•"


@dataclass(frozen=True, slots=True)
class Level:
    """One level of a numbering definition: its pattern ("^1."), number shape code and start."""

    pattern: str
    style: int = 0
    start: int = 1


@dataclass(frozen=True, slots=True)
class Numbering:
    """A numbering definition (HWP 5 HWPTAG_NUMBERING, HWPX hh:numbering): levels 1..7 (to 10)."""

    levels: tuple[Level, ...]

    @staticmethod
    def of(levels: dict[int, Level]) -> Numbering:
        """From the levels a definition lists (1-based); a level it skips draws nothing."""
        top = max(levels, default=0)
        return Numbering(tuple(levels.get(at, Level("")) for at in range(1, top + 1)))


def count_attr(value: str | None, default: int) -> int:
    """A level or start value as written in the XML (never negative; the default when unreadable)."""
    try:
        return max(int(value or default), 0)
    except ValueError:
        return default


@dataclass(slots=True)
class Counters:
    """Running numbers of every definition used so far in one document."""

    _values: dict[object, list[int]] = field(default_factory=dict)

    def next(self, key: object, numbering: Numbering, level: int) -> str:
        """Move level `level` (0-based) of definition `key` on by one; its drawn prefix."""
        if not 0 <= level < min(len(numbering.levels), _MAX_LEVELS):
            return ""
        values = self._values.get(key)
        if values is None:
            values = self._values[key] = [_UNSET] * _MAX_LEVELS
        values[level] = values[level] + 1 if values[level] != _UNSET else numbering.levels[level].start
        values[level + 1 :] = _RESET[level + 1 :]
        return render(numbering, values, level)


_RESET = [_UNSET] * _MAX_LEVELS


def render(numbering: Numbering, values: list[int], level: int) -> str:
    """Level `level`'s pattern with ^1..^9 (a level's number), ^n and ^N (the level path)."""
    levels = numbering.levels
    out: list[str] = []
    for part in _parts(levels[level].pattern):
        if isinstance(part, str):
            out.append(part)
        elif part >= 0:
            out.append(_number(levels, values, part))
        else:  # the level path 1.1.1, and for ^N one more full stop
            out.append(".".join(_number(levels, values, at) for at in range(level + 1)))
            out.append("." if part == _PATH_DOT else "")
    return "".join(out).strip()


_PATH, _PATH_DOT = -1, -2


@functools.lru_cache(maxsize=256)
def _parts(pattern: str) -> tuple[str | int, ...]:
    """A pattern split into literal text and level references (0-based level, or _PATH/_PATH_DOT)."""
    parts: list[str | int] = []
    pos = 0
    for m in _PATTERN.finditer(pattern):
        if m.start() > pos:
            parts.append(pattern[pos : m.start()])
        code = m.group(1)
        parts.append(_PATH if code == "n" else _PATH_DOT if code == "N" else int(code) - 1)
        pos = m.end()
    if pos < len(pattern):
        parts.append(pattern[pos:])
    return tuple(parts)


def _number(levels: tuple[Level, ...], values: list[int], at: int) -> str:
    if at >= len(levels):
        return ""
    spec = levels[at]
    return format_number(spec.start if values[at] == _UNSET else values[at], spec.style)


def bullet_text(char: str) -> str:
    """The symbol a bullet character draws (private-use symbol-font codes mapped to Unicode)."""
    if not char:
        return _DEFAULT_BULLET
    code = ord(char[0])
    if 0xE000 <= code <= 0xF8FF:
        return _SYMBOL_BULLETS.get(code, _DEFAULT_BULLET)
    return char[0]


def with_prefix(prefix: str, text: str) -> str:
    """The paragraph as drawn: its prefix, a space, its text (the prefix alone if it has none)."""
    if not prefix:
        return text
    stripped = text.lstrip()
    return f"{prefix} {stripped}" if stripped else prefix
