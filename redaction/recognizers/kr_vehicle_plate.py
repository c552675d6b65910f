"""차량번호: [region] 2-3 digits, a use-class syllable, 4 digits (12가 3456, 서울 75바 1234)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..base import Hit, KoreanRecognizer
from ..textview import TextView

_REGION = "서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주"
_CLASS = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주아바사자배허하호육해공국합"
_PLATE = re.compile(
    rf"(?<![가-힣\d\-])(?:(?:{_REGION})[ ]?)?(?<!제)\d{{2,3}}[ ]?[{_CLASS}][ ]?\n?[ ]?\d{{4}}(?![\d억만천백원년월일.])"
)


class KoVehiclePlateRecognizer(KoreanRecognizer):
    ENTITY = "KR_VEHICLE_PLATE"
    CONTEXT = ("차량", "자동차", "차번", "번호판", "주차")

    def find(self, view: TextView) -> Iterator[Hit]:
        for m in _PLATE.finditer(view.norm):
            yield Hit(m.start(), m.end(), 0.95 if self.has_context(view, m.start()) else 0.8, "plate")
