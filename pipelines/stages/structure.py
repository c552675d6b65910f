"""Structure: the parts of a 공문 (수신, 제목, 결문, 공개 구분 …) as typed fields of the emitted document.

They are read from the redacted document, so a part that holds personal data (a citizen as 수신, a
name in a title) carries the same placeholders as the body; the classifier reads the original's parts.
"""

from __future__ import annotations

from gongmun.classifiers.official_parts import parse_document

from ..stage import Resources, Work


class Structure:
    name = "structure"
    failure_code = "internal_error"

    def __init__(self, resources: Resources) -> None:
        pass

    def __call__(self, work: Work) -> None:
        assert work.redacted is not None
        parsed = parse_document(work.redacted)
        work.redacted.official = parsed.parts if parsed else None
