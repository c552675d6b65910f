"""The document core: one input through every stage (stages/), usable with or without Beam.

`gongmun run` (in a worker child, see isolation.py) and every single-document command call
`DocumentCore.process`, so a command shows exactly what the batch job decides for the same file. The
core never raises for a bad document: every input becomes exactly one Outcome (corpus, excluded or
failed); a stage that raises fails the document with the stage's name and a fixed error code.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from gongmun.redaction.uri_names import withheld_uri
from gongmun.schemas import Failure, Sensitivity
from gongmun.schemas.masking import mask_message

from .rows import corpus_row, excluded_row, failed_row, finding_rows, split_of
from .stage import Resources, Stage, StageFailure, Work
from .stages import STAGES

if TYPE_CHECKING:
    from gongmun.classifiers import SensitivityClassifier
    from gongmun.redaction import Redactor


@dataclass(slots=True)
class Outcome:
    """Where one input went, and the rows it contributes to the run's outputs."""

    kind: str  # corpus | excluded | failed
    row: dict[str, Any]
    findings: list[dict[str, Any]] = field(default_factory=list)
    text_hash: str = ""  # of the redacted text, for exact deduplication


@dataclass(slots=True)
class Result:
    """The outcome and the work record it came from (what single-document commands print)."""

    work: Work
    outcome: Outcome
    failure: Failure | None = None


def failure(
    uri: str, data: bytes, stage: str, code: str, message: str, exception: str = "", fmt: str = ""
) -> Failure:
    return Failure(
        uri=uri,
        sha256=hashlib.sha256(data).hexdigest(),
        stage=stage,
        error=code,
        message=mask_message(message),
        bytes=len(data),
        format=fmt,
        exception=exception,
    )


def too_large(uri: str, size: int, cap: int) -> Failure:
    """An input over the size cap, known from its size alone: it is never read."""
    return Failure(
        uri=uri,
        sha256="",
        stage="read",
        error="too_large",
        message=f"input of {size} bytes exceeds the input cap of {cap} bytes",
        bytes=size,
        format="",
        exception="",
    )


def failure_outcome(failure_: Failure) -> Outcome:
    return Outcome("failed", failed_row(failure_))


class DocumentCore:
    """Holds the stages (and their heavy objects: Presidio engine, classifier), built once per worker."""

    def __init__(self, resources: Resources) -> None:
        self.policy = resources.policy
        self.stages: list[Stage] = [stage(resources) for stage in STAGES]

    def stage(self, name: str) -> Stage:
        return next(s for s in self.stages if s.name == name)

    def process(self, uri: str, data: bytes, *, text_fallback: bool = False) -> Result:
        work = Work(uri, data, text_fallback=text_fallback)
        for stage in self.stages:
            if work.finished:
                break
            failed = _run(stage, work)
            if failed is not None:
                return Result(work, failure_outcome(failed), failed)
        return Result(work, self._outcome(work))

    def outcome(self, uri: str, data: bytes) -> Outcome:
        return self.process(uri, data).outcome

    def safe_uri(self, uri: str) -> str:
        """The URI as every output writes it: personal data in its file and directory names replaced
        (redaction/uri_names.py). If that analysis fails, nothing of the name is kept (fail closed)."""
        try:
            return self.redactor.redact_uri(uri)
        except Exception:  # any failure withholds the whole name
            return withheld_uri(uri)

    @property
    def redactor(self) -> Redactor:
        """The analyzer of the redact stage (the --jsonl-in paths analyse plain texts with it)."""
        from .stages.redact import Redact

        stage = self.stage("redact")
        assert isinstance(stage, Redact)
        return stage.redactor

    @property
    def classifier(self) -> SensitivityClassifier:
        from .stages.classify import Classify

        stage = self.stage("classify")
        assert isinstance(stage, Classify)
        return stage.classifier

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        """One analysis of a plain text, as the classifier reads it: (start, end, entity type)."""
        return [(s.start, s.end, s.entity_type) for s in self.redactor.analyze_text(text)]

    def classify_text(self, text: str) -> Sensitivity:
        """The --jsonl-in path: one analysis of a plain text feeds the classifier."""
        return self.classifier.classify_text(text, self.spans(text))

    def _outcome(self, work: Work) -> Outcome:
        doc, sens = work.doc, work.sensitivity
        assert doc is not None and sens is not None and work.redacted is not None
        if work.action != "include":
            return Outcome(
                "excluded", excluded_row(doc, sens, work.reason), finding_rows(doc, work.findings, "excluded")
            )
        split = split_of(doc.doc_id, self.policy.corpus.validation_fraction)
        row = corpus_row(work.redacted, sens, work.findings, split)
        text_hash = hashlib.sha256(row["text"].encode("utf-8")).hexdigest()
        return Outcome("corpus", row, finding_rows(doc, work.findings, "corpus"), text_hash)


def _run(stage: Stage, work: Work) -> Failure | None:
    """Run one stage; anything it raises becomes a Failure naming the stage (never an exception out)."""
    try:
        stage(work)
    except StageFailure as exc:
        code, message, exception = exc.code, exc.message, ""
    except MemoryError:
        code, message, exception = "too_large", "memory cap exceeded", "MemoryError"
    except Exception as exc:
        code, message, exception = stage.failure_code, f"{type(exc).__name__}: {exc}", type(exc).__name__
    else:
        return None
    return failure(work.uri, work.data, stage.name, code, message, exception, format_of(work))


def format_of(work: Work) -> str:
    """The converted format, or what the bytes sniff as when conversion did not get that far."""
    if work.doc is not None:
        return work.doc.source.format
    from gongmun.converters import sniff

    try:
        return sniff(work.data)
    except Exception:
        return "unknown"
