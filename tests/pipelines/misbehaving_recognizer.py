"""Recognizers that hang or kill their process on a marker, loaded through the policy's
`extra_recognizers` hook, so a test can make the isolation child time out or die on one document."""

from __future__ import annotations

import os
import time

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

HANG_MARKER = "분석기정지유발표식"
CRASH_MARKER = "분석기종료유발표식"


class MisbehaveOnMarker(EntityRecognizer):
    def __init__(self) -> None:
        super().__init__(
            supported_entities=["TEST_MARKER"], supported_language="ko", name="MisbehaveOnMarker"
        )

    def load(self) -> None:
        return None

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if HANG_MARKER in text:
            time.sleep(3600)  # a parser stuck in a loop
        if CRASH_MARKER in text:
            os._exit(70)  # a native library taking the process down
        return []
