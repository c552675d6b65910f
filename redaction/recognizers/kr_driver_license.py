"""운전면허번호: region code (two digits or a region name) - year - six digits - two digits, the groups
apart by dashes, dots or spaces; a number of that shape under another register's label (자산번호) is not one."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..base import Hit, KoreanRecognizer
from ..normalize import OCR_DIGIT
from ..patterns import HSEP, MASK, ROW_IDENTIFIER, record_key, set_apart
from ..spoken import spoken_numbers
from ..textview import TextView
from .kr_bank_account import BANK_NAME
from .kr_vehicle_plate import PLATE

REGIONS = (
    "서울|부산|경기남부|경기북부|경기|강원|충북|충남|전북|전남|경북|경남|제주|대구|인천|광주|대전|울산|세종"
)
# (a line wrap may also fall inside a group: '제주 8⏎6-357242-90', '전북 95-91150⏎0-81'; the groups may be
# apart by dots or single spaces the way a scan or a form prints them: '13.24.567890.12', '12 34 567890 12')
_SEP = rf"(?:{HSEP}|[ ]?\.[ ]?|[ ])"
_DASHED = re.compile(
    rf"(?<![\d\-.])(?:(?P<region>{REGIONS})[ ]?\n?[ ]?|(?P<code>\d\n?\d){_SEP})(\d\n?\d){_SEP}(\d(?:\n?\d){{5}}){_SEP}"
    rf"(\d\n?\d)(?![\d\-]|\.\d)"
)
# the class of a driving licence, as a register's row names it ('1종 보통', '2종 소형', '1종 대형')
_LICENCE_CLASS = re.compile(r"(?<![\d가-힣])[12][ ]?종[ ]?(?:보통|대형|소형|특수)")
# a list of licence holders (행정처분 대상, 면허 정지·취소): the document speaks of licences
_LICENCE_DOC = re.compile(r"면\s*허")
_PLAIN = re.compile(r"(?<![\d\-])(\d{12})(?![\d\-])")
# a region name before the ten digits, written without separators: '서울 1003383363'
_REGION_PLAIN = re.compile(rf"(?<![가-힣])(?:{REGIONS})[ ]?\d{{10}}(?![\d\-])")
# twelve digits a line wrap split, or a number with its serial masked (22-06-92****-**, 22-06-XXXXXX-12): after a label
_WRAPPED = re.compile(r"(?<![\d\-])(\d{1,11})\n(\d{1,11})(?![\d\-])")
# the key a system's record gives the licence: '"dl":"…"', 'dl_no=…', 'license_no: …'
_LOG_KEY = record_key(r"dl|dl_?no|driver_?licen[cs]e(?:_?no)?|licen[cs]e_?no")
_BANK_WORD = re.compile(rf"{BANK_NAME}|계\s*좌")
_SLASH_BEFORE = re.compile(r"\s/\s*$")
_SLASH_AFTER = re.compile(r"\s*/\s|\s*$")
_MASKED = re.compile(
    rf"(?<![\d\-])(?:(?:{REGIONS})[ ]?|\d{{2}}{HSEP})\d{{2}}{HSEP}[0-9{MASK}]{{6}}{HSEP}[0-9{MASK}]{{2}}(?![\d\-{MASK}])"
)


# a number under a label of another register, in the licence's own shape: '자산관리번호 19-21-787183-16'
_OTHER_LABEL = re.compile(r"(?:관\s*리|자\s*산|물\s*품|접\s*수|문\s*서|일\s*련)\s*번\s*호\s*[:：]?\s*$")


# A scanned licence's number with a look-alike letter the fold left alone ('강원86-I8⏎5361-54'): read with
# every look-alike as its digit, in a document about licences, the region named or the label beside it
_AS_DIGITS = str.maketrans(OCR_DIGIT)
# (the table-bar fold reads an 'l' right after the region's name as a bar: '충북|1-…' was '충북l1-…')
_BAR_AFTER_REGION = re.compile(rf"({REGIONS})([ ]?)\|(?=\d)")


# a register's row typed with one space after the holder's name, its other columns aligned by wide gaps
# ('○○○ 251234567890            2종보통 정상')
_ROW_NAME_BEFORE = re.compile(r"[ \t]*[가-힣]{2,4}[ ]$")
_GAP_AFTER = re.compile(r"[ ]{2,}|\t|[ ]*$", re.MULTILINE)


def _after_row_name(view: TextView, m: re.Match[str]) -> bool:
    """The number follows the name that opens its row and a space, and a wide gap follows it."""
    line_start = view.line_at(m.start())[0]
    return bool(
        _ROW_NAME_BEFORE.fullmatch(view.norm, line_start, m.start()) and _GAP_AFTER.match(view.norm, m.end())
    )


def _as_digits(norm: str) -> str:
    """The folded text with every look-alike letter read as its digit (same length)."""
    return _BAR_AFTER_REGION.sub(r"\g<1>\g<2>1", norm.translate(_AS_DIGITS))


# a judgment's '… 제…호 제2종 소형 운전면허를 받아': the number named as the licence's after it
_LICENCE_AFTER = re.compile(
    r"\s*(?:호|번)\s*(?:의\s*)?(?:제\s*[12]\s*종\s*)?(?:[가-힣]{1,4}\s*)?운\s*전\s*면\s*허"
)
# a rental's or an insurer's second driver: '제2운전자는 ○○○ 123456789012'
_DRIVER_BEFORE = re.compile(r"운\s*전\s*자[^\n\d]{0,16}$")
_LICENCE_TITLE = re.compile(r"운\s*전\s*면\s*허|[Dd]river'?s\s*[Ll]icen[cs]e")


class KoDriverLicenseRecognizer(KoreanRecognizer):
    ENTITY = "KR_DRIVER_LICENSE"
    SPACE_TOLERANT = True
    CONTEXT = (
        "운전면허",
        "면허번호",
        "면허증",
        "면허",  # a rental slip's '제2운전자 … 면허 189433731710'
        "license",
        "License",
        "LICENSE",
        "licence",
        "Licence",
        "dl_no",
        "DL_NO",
    )
    WINDOW = 40

    def find(self, view: TextView) -> Iterator[Hit]:
        found: set[int] = set()
        for hit in self._find(view):
            found.add(hit.start)
            yield hit
        for start, end, digits in spoken_numbers(view):
            if (
                len(digits) == 12
                and 11 <= int(digits[:2]) <= 28
                and start not in found
                and (self.has_context(view, start) or _LICENCE_DOC.search(view.left(start, 80, 3)))
            ):
                yield Hit(start, end, 0.8, "licence number said aloud, after 면허 context")
        if view.mentions(_LICENCE_TITLE):
            for m in _DASHED.finditer(_as_digits(view.norm)):
                looked_alike = m.group() != view.norm[m.start() : m.end()]
                if (
                    looked_alike
                    and m.start() not in found
                    and m.group().count("\n") <= 1
                    and (m.group("region") is not None or self.has_context(view, m.start()))
                ):
                    yield Hit(m.start(), m.end(), 0.85, "licence number with OCR look-alike letters")

    @staticmethod
    def _own_field(view: TextView, m: re.Match[str]) -> bool:
        """The number alone in its table cell, or between the slashes of a list item ('- ○○○ / … / plate')."""
        if view.cell_is(m.start(), m.group(1)):
            return True
        return bool(
            _SLASH_BEFORE.search(view.left(m.start(), 4, 1)) and _SLASH_AFTER.match(view.right(m.end(), 4))
        )

    @staticmethod
    def _person_row_without_bank(view: TextView, pos: int) -> bool:
        start, end = view.line_at(pos)
        if not ROW_IDENTIFIER.search(view.norm, start, end):
            return False
        header = view.column_header(pos)
        if header and "면허" not in header and not any(ch.isdigit() for ch in header):
            return False  # a column with a heading of its own (접수번호, 회원번호) holds what it says
        cell_start, cell_end = view.cell_bounds(pos)
        around = view.norm[max(start, cell_start - 12) : min(end, cell_end + 12)]
        return not _BANK_WORD.search(around)

    def _find(self, view: TextView) -> Iterator[Hit]:
        for m in _DASHED.finditer(view.norm):
            if m.group().count("\n") > 1 or _OTHER_LABEL.search(view.left(m.start(), 12, 1)):
                continue
            named = m.group("region") is not None
            region_ok = named or 11 <= int(m.group("code").replace("\n", "")) <= 28
            ctx = self.has_context(view, m.start())
            if ctx or (region_ok and named) or (region_ok and _LICENCE_AFTER.match(view.right(m.end(), 24))):
                yield Hit(m.start(), m.end(), 0.95, "licence format with region/context")
            elif region_ok:
                # (the 2-2-6-2 grouping with a region code is no bank's: above an account label's 0.75)
                yield Hit(m.start(), m.end(), 0.8, "licence format")
        for m in _PLAIN.finditer(view.norm):
            if not 11 <= int(m.group(1)[:2]) <= 28:
                continue
            if self.has_context(view, m.start()) or _LOG_KEY.search(view.left(m.start(), 16, 1)):
                yield Hit(m.start(), m.end(), 0.85, "12 digits after 운전면허 context or a log's licence key")
            elif _LICENCE_AFTER.match(view.right(m.end(), 24)):
                yield Hit(m.start(), m.end(), 0.85, "12 digits named a driving licence's number after them")
            elif _DRIVER_BEFORE.search(view.left(m.start(), 24, 1)) and not _BANK_WORD.search(
                view.left(m.start(), 40, 2)
            ):
                yield Hit(m.start(), m.end(), 0.7, "12 digits with a region code after a driver's name")
            elif self._own_field(view, m) and PLATE.search(view.norm, *view.line_at(m.start())):
                # a vehicle log's row (name, licence, plate, phone) without its header
                yield Hit(
                    m.start(), m.end(), 0.8, "12 digits in their own cell of a row with a vehicle plate"
                )
            elif (set_apart(view, m.start(), m.end()) or _after_row_name(view, m)) and _LICENCE_CLASS.search(
                view.norm, *view.line_at(m.start())
            ):
                # a register's row without its header: the licence's class stands in the same row
                yield Hit(
                    m.start(), m.end(), 0.8, "12 digits in their own cell of a row with a licence class"
                )
            elif self._own_field(view, m) and view.mentions(_LICENCE_DOC):
                yield Hit(m.start(), m.end(), 0.7, "12 digits in their own cell of a list about licences")
            elif view.cell_is(m.start(), m.group(1)) and any(
                _DASHED.fullmatch(cell) for cell in view.column_cells(m.start())
            ):
                yield Hit(m.start(), m.end(), 0.8, "12 digits in a column of licence numbers")
            elif view.cell_is(m.start(), m.group(1)) and self._person_row_without_bank(view, m.start()):
                # a headerless roster's row: the person's number or mobile beside it, no bank's name
                # in the cells around it (twelve digits beside a bank are its account)
                yield Hit(m.start(), m.end(), 0.6, "12 digits with a region code in a person's row")
        for m in _REGION_PLAIN.finditer(view.norm):
            yield Hit(m.start(), m.end(), 0.9, "region name and ten licence digits")
        for m in _WRAPPED.finditer(view.norm):
            digits = m.group(1) + m.group(2)
            if len(digits) == 12 and 11 <= int(digits[:2]) <= 28 and self.has_context(view, m.start()):
                yield Hit(m.start(), m.end(), 0.85, "12 digits split by a line wrap, after 운전면허 context")
        for m in _MASKED.finditer(view.norm):
            if not any(ch in MASK for ch in m.group()):
                continue
            if self.has_context(view, m.start()):
                yield Hit(m.start(), m.end(), 0.8, "partly masked licence number after its label")
            elif m.group()[0].isdigit() and 11 <= int(m.group()[:2]) <= 28:
                # the 2-2-6-2 grouping with a region code is the licence's own shape, masked or not
                yield Hit(m.start(), m.end(), 0.7, "partly masked licence number")
