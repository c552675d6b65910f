"""A value corrected in place: the same kind of value right after an arrow ('정정 전 → 정정 후').

Correction tables, change notices and audit logs write the old value, an arrow, and the new one
('생년월일 1990.01.02 → 1990.01.20', '계좌 123-45-678901 → 123-45-678910'). The new value has nothing
of its own to say what it is (its label is the old value's), but it has the old value's shape: the same
characters, digit for digit. A recognizer's finding is therefore carried over the arrow to a value of
exactly its shape; values with fewer than four digits (names, words) are left to their recognizers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .textview import TextView

_ARROW = re.compile(r"[ \t]*(?:→|⇒|➔|➜|->|=>)[ \t]*")
_DIGIT = re.compile(r"\d")


def _shape(value: str) -> str:
    return _DIGIT.sub("9", value)


def corrected_values(view: TextView, found: Sequence[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """(index of the finding, start, end) of each value after an arrow that has that finding's exact
    shape and overlaps no finding."""
    taken = list(found)
    extra: list[tuple[int, int, int]] = []
    for i, (hit_start, hit_end) in enumerate(found):
        value = view.norm[hit_start:hit_end]
        if sum(ch.isdigit() for ch in value) < 4:
            continue
        arrow = _ARROW.match(view.norm, hit_end)
        if arrow is None:
            continue
        start, end = arrow.end(), arrow.end() + len(value)
        if end > len(view.norm):
            continue
        after = view.norm[start:end]
        closed = end == len(view.norm) or not view.norm[end].isalnum()
        if (
            after != value
            and _shape(after) == _shape(value)
            and closed
            and not any(s < end and start < e for s, e in taken)
        ):
            taken.append((start, end))
            extra.append((i, start, end))
    return extra
