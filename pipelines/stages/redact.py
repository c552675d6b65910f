"""Redact: the document's one PII analysis, and its rewrite. Fails closed: no result, no corpus row."""

from __future__ import annotations

from gongmun.redaction import RedactionError, Redactor

from ..stage import Resources, StageFailure, Work


class Redact:
    name = "redact"
    failure_code = "redaction_failed"

    def __init__(self, resources: Resources) -> None:
        self.redactor = Redactor(resources.policy.redaction, secret=resources.secret)

    def __call__(self, work: Work) -> None:
        assert work.doc is not None
        try:
            result = self.redactor.redact(work.doc)
        except RedactionError as exc:
            raise StageFailure("redaction_failed", str(exc)) from None
        work.redacted, work.findings = result.document, result.findings
