"""Presidio's AnalyzerEngine over the Korean recognizers, for policies that ask for it.

The lean path (the default) calls the recognizers directly and never imports Presidio; this module
is imported only when a policy sets `engine: presidio` or names an agency's own Presidio recognizer,
so that Presidio's bookkeeping, its registry and spaCy are paid for only by those who use them.
"""

from __future__ import annotations

from collections.abc import Iterable

from presidio_analyzer import (
    AnalysisExplanation,
    AnalyzerEngine,
    EntityRecognizer,
    RecognizerRegistry,
    RecognizerResult,
)
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts

from .base import KoreanRecognizer
from .nlp import KoreanNlpEngine
from .offline import offline_tldextract


class PresidioKorean(EntityRecognizer):
    """One Korean recognizer in the shape Presidio's registry and engine expect."""

    def __init__(self, inner: KoreanRecognizer) -> None:
        self.inner = inner
        super().__init__(
            supported_entities=list(inner.supported_entities),
            name=inner.name,
            supported_language="ko",
            context=list(inner.context),
        )

    def load(self) -> None:
        """Nothing to load: patterns are compiled at import time."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        return [
            RecognizerResult(
                entity_type=r.entity_type,
                start=r.start,
                end=r.end,
                score=r.score,
                analysis_explanation=AnalysisExplanation(
                    recognizer=r.recognizer, original_score=r.score, textual_explanation=r.why
                ),
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: r.recognizer,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                },
            )
            for r in self.inner.analyze(text, entities, nlp_artifacts)
        ]


def presidio_form(recognizer: KoreanRecognizer | EntityRecognizer) -> EntityRecognizer:
    """A recognizer as Presidio's registry takes it (an agency's own ones already are)."""
    return PresidioKorean(recognizer) if isinstance(recognizer, KoreanRecognizer) else recognizer


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


def build_analyzer(
    recognizers: Iterable[KoreanRecognizer | EntityRecognizer], tokens: bool = False
) -> AnalyzerEngine:
    offline_tldextract()
    registry = RecognizerRegistry(supported_languages=["ko"])
    for recognizer in recognizers:
        registry.add_recognizer(presidio_form(recognizer))
    return AnalyzerEngine(
        registry=registry,
        nlp_engine=KoreanNlpEngine(tokens=tokens),
        supported_languages=["ko"],
        context_aware_enhancer=_NoContextEnhancer(),
    )
