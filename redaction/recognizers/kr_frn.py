"""외국인등록번호: RRN shape with sex digit 5-8 and the legacy FRN check digit."""

from __future__ import annotations

from collections.abc import Iterator

from ..base import Hit, KoreanRecognizer
from ..patterns import id13_matches
from ..textview import TextView


class KoFrnRecognizer(KoreanRecognizer):
    ENTITY = "KR_FRN"
    SPACE_TOLERANT = True
    CONTEXT = ("외국인등록번호", "외국인번호", "거소신고번호")

    def find(self, view: TextView) -> Iterator[Hit]:
        for m in id13_matches(view):
            if m.entity == self.ENTITY:
                yield Hit(m.start, m.end, m.score, m.why)
