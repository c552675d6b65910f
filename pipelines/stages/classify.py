"""Classify: sensitivity of the original document, from its structure and the redaction findings."""

from __future__ import annotations

from gongmun.classifiers import SensitivityClassifier

from ..stage import Resources, Work


class Classify:
    name = "classify"
    failure_code = "classification_failed"

    def __init__(self, resources: Resources) -> None:
        self.classifier = SensitivityClassifier(resources.classifier_model)

    def __call__(self, work: Work) -> None:
        assert work.doc is not None
        work.sensitivity = self.classifier.classify(work.doc, work.findings)
