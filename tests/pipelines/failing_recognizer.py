"""A recognizer that breaks on purpose, loaded through the policy's `extra_recognizers` hook, so a
pipeline test can make the analyzer fail on exactly one document."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

MARKER = "분석기고장유발표식"


class FailOnMarker(EntityRecognizer):
    def __init__(self) -> None:
        super().__init__(supported_entities=["TEST_MARKER"], supported_language="ko", name="FailOnMarker")

    def load(self) -> None:
        return None

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if MARKER in text:
            raise RuntimeError("analyzer broke on this document")
        return []
