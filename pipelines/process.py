"""One document through every stage: convert → redact → classify → route. Plain Python, no Beam.

The processor never raises for a bad document: every input becomes exactly one Outcome (corpus,
excluded or failed). Redaction fails closed: if it raises, the document is failed, never written.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from gongmun.config import Policy
from gongmun.schemas import Failure

from .rows import corpus_row, excluded_row, failed_row, finding_rows, split_of
from .safe_text import mask_message


@dataclass(slots=True)
class Outcome:
    """Where one input went, and the rows it contributes to the run's outputs."""

    kind: str  # corpus | excluded | failed
    row: dict[str, Any]
    findings: list[dict[str, Any]] = field(default_factory=list)
    text_hash: str = ""


def failure_outcome(uri: str, data: bytes, stage: str, error: str, message: str, fmt: str = "") -> Outcome:
    failure = Failure(
        uri=uri,
        sha256=hashlib.sha256(data).hexdigest(),
        stage=stage,
        error=error,
        message=mask_message(message),
        bytes=len(data),
        format=fmt,
    )
    return Outcome("failed", failed_row(failure))


class DocumentProcessor:
    """Holds the heavy stage objects (Presidio engine, classifier), built once per worker process."""

    def __init__(self, policy: Policy, secret: bytes, classifier_model: str | None = None) -> None:
        from gongmun.classifiers import SensitivityClassifier
        from gongmun.converters import Limits
        from gongmun.redaction import Redactor

        self.policy = policy
        self.redactor = Redactor(policy.section("redaction"), secret=secret)
        self.classifier = SensitivityClassifier(classifier_model)
        limits = policy.section("limits")
        self.limits = Limits(
            seconds=float(limits.get("document_seconds", 300)) * 0.8,
            max_input_bytes=int(limits.get("max_input_mb", 512)) * 1024 * 1024,
        )
        corpus = policy.section("corpus")
        self.validation_fraction = float(corpus.get("validation_fraction", 0.05))

    def process(self, uri: str, data: bytes) -> Outcome:
        from gongmun.converters import ConversionError, convert_bytes, sniff

        try:
            doc = convert_bytes(data, uri, self.limits)
        except ConversionError as exc:
            return failure_outcome(uri, data, "convert", exc.code, exc.message, _safe_sniff(sniff, data))
        except Exception as exc:
            return failure_outcome(
                uri, data, "convert", type(exc).__name__, str(exc), _safe_sniff(sniff, data)
            )
        fmt = doc.source.format
        try:
            redacted = self.redactor.redact(doc)
        except Exception as exc:
            return failure_outcome(
                uri, data, "redact", "redaction_failed", f"{type(exc).__name__}: {exc}", fmt
            )
        try:
            sens = self.classifier.classify(doc, redacted.findings)
        except Exception as exc:
            return failure_outcome(uri, data, "classify", type(exc).__name__, str(exc), fmt)
        from .route import route

        decision = route(sens, self.policy.section("routing"))
        if decision.action == "exclude":
            return Outcome(
                "excluded",
                excluded_row(doc, sens, decision.reason),
                finding_rows(doc, redacted.findings, "excluded"),
            )
        out = redacted.document
        if not out.to_text().strip():
            return Outcome("excluded", excluded_row(doc, sens, "no_text"), [])
        row = corpus_row(out, sens, redacted.findings, split_of(doc.doc_id, self.validation_fraction))
        text_hash = hashlib.sha256(row["text"].encode("utf-8")).hexdigest()
        return Outcome("corpus", row, finding_rows(doc, redacted.findings, "corpus"), text_hash)


def _safe_sniff(sniff: Any, data: bytes) -> str:
    try:
        return str(sniff(data))
    except Exception:
        return "unknown"
