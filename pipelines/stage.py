"""What a per-document stage is, and the record one input carries through the stages.

A stage reads and fills fields of a `Work`; it never catches its own errors. The runner (core.py)
turns whatever it raises into a Failure with the stage's name and a code from schemas.ERROR_CODES,
so every stage fails the same way and a new stage is one file plus one line in stages/__init__.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from gongmun.schemas import Document, Finding, Sensitivity
from gongmun.schemas.policy import Policy


@dataclass(slots=True)
class Work:
    """One input on its way through the stages."""

    uri: str
    data: bytes
    text_fallback: bool = False  # single-document commands read plain UTF-8 text too
    doc: Document | None = None  # as converted (original text)
    redacted: Document | None = None
    findings: list[Finding] = field(default_factory=list)
    sensitivity: Sensitivity | None = None
    action: str = ""  # include | exclude | review
    reason: str = ""  # why: "marking:II급", "disclosure:public", "no_text", ...

    @property
    def finished(self) -> bool:
        """A stage may settle the document early (an exclusion); later stages then do not run."""
        return self.action in ("exclude", "review")


class StageFailure(Exception):
    """A stage gave up on a document: a code from schemas.ERROR_CODES and a one-line message."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True, slots=True)
class Resources:
    """What stages are built from, once per worker process."""

    policy: Policy
    secret: bytes
    classifier_model: str | None = None
    released: frozenset[str] = frozenset()  # doc_ids a recorded review decision released


class Stage(Protocol):
    name: str  # the `stage` column of failed.parquet
    failure_code: str  # the `error` code for anything it raises that is not a StageFailure

    def __call__(self, work: Work) -> None: ...
