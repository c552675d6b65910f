"""건강보험증 번호: 11 digits (sometimes 1-10 grouped); only with a 건강보험 label."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..base import Hit, KoreanRecognizer
from ..textview import TextView

_NUMBER = re.compile(r"(?<![\d\-])(?:\d{11}|\d{1,2}[ ]?-[ ]?\d{9,10})(?![\d\-])")


class KoHealthInsuranceRecognizer(KoreanRecognizer):
    ENTITY = "KR_HEALTH_INSURANCE"
    CONTEXT = ("건강보험", "보험증", "건강보험증", "가입자번호", "요양기관")
    WINDOW = 40

    def find(self, view: TextView) -> Iterator[Hit]:
        for m in _NUMBER.finditer(view.norm):
            if self.has_context(view, m.start()):
                yield Hit(m.start(), m.end(), 0.85, "건강보험 label")
