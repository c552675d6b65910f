"""Convert: bytes to a Document, by content; refused inputs fail with the converter's own code."""

from __future__ import annotations

from gongmun.converters import ConversionError, Limits, convert_bytes

from ..stage import Resources, StageFailure, Work
from ..text_document import text_document


class Convert:
    name = "convert"
    failure_code = "converter_error"

    def __init__(self, resources: Resources) -> None:
        limits = resources.policy.limits
        self.limits = Limits(
            seconds=limits.convert_seconds, max_input_bytes=limits.max_input_mb * 1024 * 1024
        )

    def __call__(self, work: Work) -> None:
        try:
            work.doc = convert_bytes(work.data, work.uri, self.limits)
        except ConversionError as exc:
            fallback = text_document(work.data, work.uri) if work.text_fallback else None
            if exc.code != "unsupported" or fallback is None:
                raise StageFailure(exc.code, exc.message) from None
            work.doc = fallback
