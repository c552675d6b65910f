"""법인등록번호: the same 6-7 shape as an RRN; told apart by context and its own check digit."""

from __future__ import annotations

from collections.abc import Iterator

from ..base import Hit, KoreanRecognizer
from ..patterns import id13_matches
from ..textview import TextView


class KoCrnRecognizer(KoreanRecognizer):
    ENTITY = "KR_CRN"
    SPACE_TOLERANT = True
    CONTEXT = ("법인등록번호", "법인번호", "등기번호")

    def find(self, view: TextView) -> Iterator[Hit]:
        for m in id13_matches(view):
            if m.entity == self.ENTITY:
                yield Hit(m.start, m.end, m.score, m.why)
