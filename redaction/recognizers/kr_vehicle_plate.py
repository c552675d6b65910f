"""차량번호: [region] 2-3 digits, a use-class syllable, 4 digits (12가 3456, 서울 75바 1234)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..base import Hit, KoreanRecognizer
from ..patterns import ROW_IDENTIFIER
from ..textview import TextView

_REGION = "서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주"
_CLASS = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주아바사자배허하호육해공국합"
# (before 1996 a plate after its region had a one-digit class number: '서울 7가 1234')
PLATE = re.compile(
    rf"(?<![가-힣\d\-])(?:(?:{_REGION})[ ]?(?<!제)\d{{1,3}}|(?<!제)\d{{2,3}})[ ]?[{_CLASS}][ ]?\n?[ ]?\d{{4}}"
    r"(?![\d억만천백원년월일.])"
)


# a plate with some of its last four digits masked ('서울 12가 3**4', '123가 4**5'): still the car's, with a
# region prefix, a vehicle label or in a column of plates
_MASKED_PLATE = re.compile(
    rf"(?<![가-힣\d\-])(?:(?P<region>{_REGION})[ ]?)?(?<!제)\d{{2,3}}[ ]?[{_CLASS}][ ]?(?=[\d*]{{4}})\d[\d*]{{2}}\d"
    r"(?![\d*억만천백원년월일.])"
)


# OCR reads digits of a plate as letters (B6배 4997, 24부 9B59): only beside a vehicle label
_LOOKALIKE = "0-9OoIlSB"
_OCR_PLATE = re.compile(
    rf"(?<![가-힣\dA-Za-z\-])(?:(?:{_REGION})[ ]?)?[{_LOOKALIKE}]{{2,3}}[ ]?[{_CLASS}][ ]?[{_LOOKALIKE}]{{4}}(?![\dA-Za-z가-힣])"
)
# a plate read out in a call, its digits said one by one: '차량번호가 육일이보 팔일오구이에요'
_SAID_DIGIT = "공영일이삼사오육칠팔구"
_SAID_PLATE = re.compile(
    rf"(?:차\s*량\s*번\s*호|차\s*번\s*호|번\s*호\s*판)(?:가|는|은|요)?\s*[:：]?\s*"
    rf"(?P<value>[{_SAID_DIGIT}]{{2,3}}[ ]?[{_CLASS}][ ]?[{_SAID_DIGIT}]{{4}})"
)
_VEHICLE_AFTER = re.compile(
    r"\s*(?:\)\s*)?(?:승용|승합|화물|차량|차를|차에|차가|SUV|트럭|택시|버스|오토바이|이륜)"
)
# court case numbers share the shape (96도3376, 89누 6369, 2019두12345): their context gives them away
_COURT = re.compile(r"선고|판결|대법원|대판|判|헌재|결정|참조|사건|판례|집\(|民集|조심|심사|고법|지법|[;；]")


class KoVehiclePlateRecognizer(KoreanRecognizer):
    ENTITY = "KR_VEHICLE_PLATE"
    SPACE_TOLERANT = True  # OCR spaces inside a plate's digits (8 3보 2 772)
    # (a system's record keys it in English: "carNo", "vehicle_no", "plate")
    CONTEXT = (
        "차량",
        "자동차",
        "차번",
        "번호판",
        "주차",
        "승용",
        "승합",
        "화물",
        "렌터카",
        "관용차",
        "carNo",
        "car_no",
        "vehicle",
        "Vehicle",
        "plate",
        "Plate",
    )

    def find(self, view: TextView) -> Iterator[Hit]:
        for m in PLATE.finditer(view.norm):
            start, end = m.start(), m.end()
            if self.has_context(view, start):
                yield Hit(start, end, 0.95, "plate with a vehicle label")
            elif not m.group()[0].isdigit():
                yield Hit(start, end, 0.9, "plate with a region prefix")
            elif _COURT.search(view.left(start, 20, 1) + " " + view.right(end, 8)):
                continue
            elif " " in m.group().strip():
                yield Hit(start, end, 0.6, "spaced plate shape")
            elif _VEHICLE_AFTER.match(view.right(end, 12)):
                yield Hit(start, end, 0.85, "plate before the vehicle it names ('… 승용차를 몰다')")
            elif re.match(r"\d{3}[가-힣]", m.group()):
                # three digits before the syllable (plates since 2019); case numbers have two or four
                yield Hit(start, end, 0.6, "plate of the three-digit series")
            elif self._own_cell(view, start, m.group()):
                yield Hit(start, end, 0.8, "plate in its own cell of a person's row or a vehicle record")
        for m in _MASKED_PLATE.finditer(view.norm) if "*" in view.norm else ():
            if "*" not in m.group():
                continue
            column = [c for c in view.column_cells(m.start()) if c]
            if (
                m.group("region")
                or self.has_context(view, m.start())
                or any(PLATE.fullmatch(cell) for cell in column)
            ):
                yield Hit(m.start(), m.end(), 0.8, "plate with masked digits")
        for m in _SAID_PLATE.finditer(view.norm) if "번호" in view.norm else ():
            yield Hit(m.start("value"), m.end("value"), 0.85, "plate read out after its label")
        for m in _OCR_PLATE.finditer(view.norm):
            value = m.group()
            if value.isascii() or not any(ch in "OoIlSB" for ch in value):
                continue
            if sum(ch.isdigit() for ch in value) >= 3 and self.has_context(view, m.start()):
                yield Hit(m.start(), m.end(), 0.85, "plate with OCR look-alike letters, vehicle label")

    def _own_cell(self, view: TextView, start: int, value: str) -> bool:
        """A plate-shaped cell of a headerless table row that also holds a person's identifier (a
        visitors' log, a register of drivers), or of any headerless table in a text whose words anywhere say
        it is about vehicles, as the vehicle labels do beside a plate (a parking log's title; a header
        that named a vehicle gave the context already; any other, 사건번호, says what the cell is)."""
        index = view.line_index(start)
        if view.line_separator(index) is None or not view.cell_is(start, value):
            return False
        header = view.column_header(start)
        if header and not PLATE.fullmatch(header):  # (a first row of plates is data read as a header)
            return False
        line_start, line_end = view.line_bounds(index)
        vehicles = self._context is not None and view.mentions(self._context)
        return vehicles or ROW_IDENTIFIER.search(view.norm, line_start, line_end) is not None
