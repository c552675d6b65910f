"""One document core (the packaged policy) for the whole test session: the classifier tests read
personal data from the same PII analysis `gongmun run` uses, and building it loads Kiwi once."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import pytest

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


Case = tuple[str, str, str, str]  # (entity type, what the case is, text, the value)


def found_case_tests(
    found_cases: list[Case], not_found_cases: list[Case]
) -> tuple[Callable[..., None], Callable[..., None]]:
    """The two tests a table of cases runs, one per row: each value found as its entity type, or not
    (module-level names `test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)`)."""

    @pytest.mark.parametrize(
        ("entity", "case", "text", "value"), found_cases, ids=[c[1] for c in found_cases]
    )
    def test_found(entity: str, case: str, text: str, value: str) -> None:
        assert value in found(text, entity), case

    @pytest.mark.parametrize(
        ("entity", "case", "text", "value"), not_found_cases, ids=[c[1] for c in not_found_cases]
    )
    def test_not_found(entity: str, case: str, text: str, value: str) -> None:
        assert value not in found(text, entity), case

    return test_found, test_not_found
