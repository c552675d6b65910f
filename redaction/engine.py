"""Builds the Presidio AnalyzerEngine for Korean and turns its results into non-overlapping spans."""

from __future__ import annotations

from dataclasses import dataclass

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry, RecognizerResult
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer

from .nlp import KoreanNlpEngine
from .offline import offline_tldextract
from .recognizers import build_recognizers


@dataclass(frozen=True, slots=True)
class Span:
    """One detected value: offsets into the analysed text, type, confidence, who found it."""

    start: int
    end: int
    entity_type: str
    score: float
    recognizer: str


class _NoContextEnhancer(ContextAwareEnhancer):
    """Korean recognizers weigh context themselves (folded text, table headers); nothing to add."""

    def __init__(self) -> None:
        super().__init__(
            context_similarity_factor=0.0,
            min_score_with_context_similarity=0.0,
            context_prefix_count=0,
            context_suffix_count=0,
        )

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):  # type: ignore[no-untyped-def]
        return raw_results


def build_analyzer(tokens: bool = False) -> AnalyzerEngine:
    offline_tldextract()
    registry = RecognizerRegistry(supported_languages=["ko"])
    for recognizer in build_recognizers():
        registry.add_recognizer(recognizer)
    return AnalyzerEngine(
        registry=registry,
        nlp_engine=KoreanNlpEngine(tokens=tokens),
        supported_languages=["ko"],
        context_aware_enhancer=_NoContextEnhancer(),
    )


def resolve(results: list[RecognizerResult], threshold: float) -> list[Span]:
    """Highest score wins where spans of different types overlap; ties go to the longer span, then to
    the type's name, so that the same text always yields the same spans (recognizers may report in
    any order)."""
    ranked = sorted(
        (r for r in results if r.score >= threshold),
        key=lambda r: (-r.score, -(r.end - r.start), r.start, r.entity_type),
    )
    taken: list[RecognizerResult] = []
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
            str(r.recognition_metadata.get("recognizer_name", "")),
        )
        for r in taken
    ]
