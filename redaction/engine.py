"""Turns recognizers' results (ours, or Presidio's when a policy asks for its engine) into
non-overlapping spans."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol


@dataclass(frozen=True, slots=True)
class Span:
    """One detected value: offsets into the analysed text, type, confidence, who found it."""

    start: int
    end: int
    entity_type: str
    score: float
    recognizer: str


class Result(Protocol):
    """What resolve reads of a result: ours (base.Recognized) or Presidio's RecognizerResult."""

    entity_type: str
    start: int
    end: int
    score: float


def recognizer_of(result: Any) -> str:
    """The name of the recognizer that found `result` (Presidio keeps it in the metadata)."""
    name = getattr(result, "recognizer", None)
    if name is None:
        name = (getattr(result, "recognition_metadata", None) or {}).get("recognizer_name", "")
    return str(name)


def resolve(results: Sequence[Result], threshold: float) -> list[Span]:
    """Highest score wins where spans of different types overlap; ties go to the longer span, then to
    the type's name, so that the same text always yields the same spans (recognizers may report in
    any order)."""
    ranked = sorted(
        (r for r in results if r.score >= threshold),
        key=lambda r: (-r.score, -(r.end - r.start), r.start, r.entity_type),
    )
    # (the spans taken so far never overlap: kept sorted by start, a candidate need only be checked
    # against its two neighbours, so a table of thousands of findings resolves in n log n)
    taken: list[Result] = []
    starts: list[int] = []
    for r in ranked:
        i = bisect_right(starts, r.start)
        if (i and taken[i - 1].end > r.start) or (i < len(taken) and taken[i].start < r.end):
            continue
        taken.insert(i, r)
        starts.insert(i, r.start)
    return [
        Span(
            r.start,
            r.end,
            r.entity_type,
            round(r.score, 3),
            recognizer_of(r),
        )
        for r in taken
    ]
