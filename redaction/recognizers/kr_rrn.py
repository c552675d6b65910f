"""주민등록번호: pre-Oct-2020 numbers carry a check digit, later ones only a date and sex digit."""

from __future__ import annotations

from collections.abc import Iterator

from ..base import Hit, KoreanRecognizer
from ..patterns import id13_matches
from ..textview import TextView


class KoRrnRecognizer(KoreanRecognizer):
    ENTITY = "KR_RRN"
    SPACE_TOLERANT = True
    CONTEXT = ("주민등록번호", "주민번호", "생년월일")

    def find(self, view: TextView) -> Iterator[Hit]:
        for m in id13_matches(view):
            if m.entity == self.ENTITY:
                yield Hit(m.start, m.end, m.score, m.why)
