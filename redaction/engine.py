"""Turns recognizers' results (ours, or Presidio's when a policy asks for its engine) into
non-overlapping spans."""

from __future__ import annotations

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
    taken: list[Result] = []
    for r in ranked:
        if all(r.end <= t.start or r.start >= t.end for t in taken):
            taken.append(r)
    taken.sort(key=lambda r: r.start)
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
