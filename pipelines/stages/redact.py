"""Redact: the document's one PII analysis, and its rewrite. Fails closed: no result, no corpus row."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..stage import Resources, StageFailure, Work

if TYPE_CHECKING:
    from gongmun.redaction import Redactor


class Redact:
    name = "redact"
    failure_code = "redaction_failed"

    def __init__(self, resources: Resources) -> None:
        # imported here: only the process that redacts pays for Presidio (the run's parent does not)
        from gongmun.redaction import Redactor

        self.redactor: Redactor = Redactor(resources.policy.redaction, secret=resources.secret)

    def __call__(self, work: Work) -> None:
        assert work.doc is not None
        from gongmun.redaction import RedactionError

        try:
            result = self.redactor.redact(work.doc)
        except RedactionError as exc:
            raise StageFailure("redaction_failed", str(exc)) from None
        work.redacted, work.findings = result.document, result.findings
