"""One document core (the packaged policy) for the whole test session: the classifier tests read
personal data from the same PII analysis `gongmun run` uses, and building it loads Kiwi once."""

from __future__ import annotations

from functools import cache

from gongmun.classifiers import SensitivityClassifier
from gongmun.pipelines.core import DocumentCore
from gongmun.pipelines.stage import Resources
from gongmun.redaction import Redactor
from gongmun.schemas import Document, Finding, Sensitivity
from gongmun.schemas.policy import load_policy

SECRET = b"test-secret-not-for-production"


@cache
def core() -> DocumentCore:
    return DocumentCore(Resources(load_policy(), SECRET))


def redactor() -> Redactor:
    return core().redactor


def found(text: str, entity: str) -> list[str]:
    """The values of one entity type the shared analyzer finds in `text`."""
    return [text[s.start : s.end] for s in redactor().analyze_text(text) if s.entity_type == entity]


def classify_text(text: str) -> Sensitivity:
    return core().classify_text(text)


def classify_document(doc: Document, findings: list[Finding] | None = None) -> Sensitivity:
    """A converted document as the pipeline classifies it: with its own redaction findings, or the
    ones given (to test how the classifier reads them)."""
    if findings is None:
        findings = redactor().redact(doc).findings
    return core().classifier.classify(doc, findings)


@cache
def _rules_only() -> SensitivityClassifier:
    return SensitivityClassifier(packaged=False)


def classify_rules_only(text: str) -> Sensitivity:
    """What the rules alone decide (the packaged model left out), for tests about a rule."""
    return _rules_only().classify_text(text, core().spans(text))
