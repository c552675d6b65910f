"""Marks: what a span of a block's text means beyond its characters (a link's target, a tracked
insertion or deletion, a form control's value, an equation's script), the run-level part of the
document model.

A mark is a [start, end) span of its block's `text` plus string attributes (`href` for a link).
Offsets index the text as it is; every step that rewrites a block's text (normalisation, redaction)
moves its marks with `remap_marks`, which aligns the old and the new text, so a mark keeps covering
the same words (or what replaced them) and one whose words are gone is dropped.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

MARK_KINDS = ("link", "insert", "delete", "form", "equation")
_Op = tuple[str, int, int, int, int]  # a SequenceMatcher opcode


@dataclass(slots=True)
class Mark:
    """A span of a block's text with a meaning: `link` (attrs: href), `insert`, `delete` (tracked
    changes), `form` (the text a form control shows; attrs: control), `equation` (an equation as
    inline LaTeX, `$…$`; attrs: script, the equation as Hancom wrote it)."""

    kind: str
    start: int
    end: int
    attrs: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.kind not in MARK_KINDS:
            raise ValueError(f"unknown mark kind {self.kind!r}")

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "start": self.start, "end": self.end, "attrs": dict(self.attrs)}

    @staticmethod
    def from_dict(d: dict[str, Any]) -> Mark:
        return Mark(d["kind"], int(d["start"]), int(d["end"]), dict(d.get("attrs", {})))


def remap_marks(old: str, new: str, marks: list[Mark]) -> list[Mark]:
    """`marks` of `old` moved onto `new` (the same text rewritten): a mark's ends follow the
    characters next to them; an end on a rewritten character goes to that rewrite's edge, so a
    mark over replaced words covers their replacement. A mark whose characters are all gone is
    dropped; a point mark (a tracked deletion's place) keeps its place."""
    if old == new or not marks:
        return [m for m in marks if 0 <= m.start <= m.end <= len(new)]
    ops = [op for op in SequenceMatcher(None, old, new, autojunk=False).get_opcodes() if op[0] != "insert"]
    firsts = [op[1] for op in ops]
    out = []
    for mark in marks:
        start = _start(ops, firsts, mark.start, len(new))
        end = start if mark.start == mark.end else _end(ops, firsts, mark.end)
        if start < end or mark.start == mark.end:
            out.append(Mark(mark.kind, start, end, dict(mark.attrs)))
    return out


def _start(ops: Sequence[_Op], firsts: list[int], at: int, size: int) -> int:
    """Where the old character at `at` (a span's first) is in the new text, or its rewrite begins."""
    if at >= (ops[-1][2] if ops else 0):
        return size
    tag, i1, _i2, j1, _j2 = ops[bisect_right(firsts, at) - 1]
    return j1 + (at - i1) if tag == "equal" else j1


def _end(ops: Sequence[_Op], firsts: list[int], at: int) -> int:
    """Where the position after old character `at - 1` (a span's last) is in the new text."""
    if at <= 0:
        return 0
    tag, i1, _i2, j1, j2 = ops[bisect_right(firsts, at - 1) - 1]
    return j1 + (at - i1) if tag == "equal" else j2
