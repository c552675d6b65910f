"""건강보험증 번호: 11 digits (plain, 1-10 or 3-4-4 grouped); only with a 건강보험 label.

The 3-4-4 grouping has a phone number's shape, so it needs the label as the nearest one: a 전화/연락처
label between the 건강보험 label and the number makes it a phone."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..base import Hit, KoreanRecognizer
from ..textview import TextView

_NUMBER = re.compile(
    r"(?<![\d\-])(?:\d{11}|\d{1,2}[ ]?-[ ]?\d{9,10}|(?P<phone_shape>\d{3}[ ]?-[ ]?\d{4}[ ]?-[ ]?\d{4}))(?![\d\-])"
)
_PHONE_LABEL = re.compile(r"전\s*화|연\s*락\s*처|휴\s*대|팩\s*스|FAX|Tel|TEL|☎")


class KoHealthInsuranceRecognizer(KoreanRecognizer):
    ENTITY = "KR_HEALTH_INSURANCE"
    SPACE_TOLERANT = True
    CONTEXT = ("건강보험", "보험증", "건강보험증", "가입자번호", "요양기관")
    WINDOW = 40

    def find(self, view: TextView) -> Iterator[Hit]:
        for m in _NUMBER.finditer(view.norm):
            if m.group("phone_shape") and not self._health_nearest(view, m.start()):
                continue
            if self.has_context(view, m.start()):
                yield Hit(m.start(), m.end(), 0.85, "건강보험 label")

    def _health_nearest(self, view: TextView, start: int) -> bool:
        header = view.column_header(start)
        if header:
            return bool(self._context and self._context.search(header)) and not _PHONE_LABEL.search(header)
        left = view.left(start, self.WINDOW, self.LINES)
        health = [m.end() for m in self._context.finditer(left)] if self._context else []
        phone = [m.end() for m in _PHONE_LABEL.finditer(left)]
        return bool(health) and (not phone or max(health) > max(phone))
