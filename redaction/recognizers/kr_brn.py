"""사업자등록번호: 3-2-5 digits with a weighted check digit.

The middle pair 83 is the 고유번호 the tax office gives the state and local governments: an
institution's number, never a person's business, so it is not a finding.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..base import Hit, KoreanRecognizer
from ..idnumbers import brn_checksum_ok
from ..normalize import digits_only
from ..patterns import HSEP
from ..textview import TextView

_DASHED = re.compile(rf"(?<![\d\-])\d{{3}}{HSEP}\d{{2}}{HSEP}\d{{5}}(?![\d\-])")
_PLAIN = re.compile(r"(?<![\d\-])\d{10}(?![\d\-])")
# the 3-2-5 groups apart by single spaces, as a scan or a typed list writes them ('123 45 67890')
_SPACED = re.compile(r"(?<![\d\-])(?<!\d )\d{3} \d{2} \d{5}(?![\d\-]| \d)")
# the number's label right after it, as some contracts write their parties: '1234567890(사업자등록번호)'
_LABEL_AFTER = re.compile(r"[ \t]*[(（][ \t]*사\s*업\s*자(?:\s*등\s*록)?\s*번\s*호[ \t]*[)）]")
# a number a line wrap broke ('123-45-6⏎7890', '12⏎34567890', '123 45⏎67890'): read whole after its label
_WRAPPED = re.compile(r"(?<![\d\-])\d[\d\- ]{0,11}\n[\d\- ]{0,11}\d(?![\d\-])")
_WHOLE = re.compile(r"\d{3}-?\d{2}-?\d{5}")  # (the wrap's breaks and spaces taken out)
# whose number an 83 is: a private firm's name beside it ('주식회사 ○○ | 대표 | 123-83-…') against a
# public body's ('발주기관 ○○시청 사업자등록번호 …', '고유번호')
_FIRM = re.compile(r"주\s*식\s*회\s*사|\((?:주|유|합)\)|㈜|유\s*한\s*회\s*사|상\s*사|가\s*맹\s*점")
_PUBLIC_BODY = re.compile(
    r"고\s*유\s*번\s*호|발\s*주\s*기\s*관|[가-힣](?:시청|군청|구청|도청|세무서|부|처|청|공단|공사|위원회)(?![가-힣])"
)


def _firms_number(view: TextView, start: int) -> bool:
    """An 83 number (a public body's 고유번호) that the text gives a private firm: the firm named just
    before it, on its line or the line above, and no public body there."""
    left = view.left(start, 48, 2)
    return bool(_FIRM.search(left)) and not _PUBLIC_BODY.search(left)


class KoBrnRecognizer(KoreanRecognizer):
    ENTITY = "KR_BRN"
    SPACE_TOLERANT = True
    # (a system's record keys it in English: 'supplier_brn=', 'biz_no')
    CONTEXT = (
        "사업자등록번호",
        "사업자번호",
        "사업자 등록번호",
        "사업자",  # '(대표 ○○○, 사업자 123 45 67890)': only with a valid check digit or the dashes
        "등록번호",
        "brn",
        "BRN",
        "biz_no",
        "bizNo",
        "BIZ_NO",
    )
    NEGATIVE = ("관리번호", "접수번호", "계약번호", "공고번호", "문서번호", "전화", "팩스", "연락처", "계좌")

    def find(self, view: TextView) -> Iterator[Hit]:
        for pattern, dashed in ((_DASHED, True), (_SPACED, True), (_PLAIN, False)):
            for m in pattern.finditer(view.norm):
                digits = digits_only(m.group())
                if digits[3:5] == "83" and not _firms_number(view, m.start()):
                    continue  # a government body's 고유번호
                valid = brn_checksum_ok(digits)
                ctx = (
                    self.has_context(view, m.start())
                    or _LABEL_AFTER.match(view.norm, m.end()) is not None
                    or self._brn_column(view, m.start(), m.group())
                )
                if ctx and valid:
                    yield Hit(m.start(), m.end(), 1.0, "BRN check digit and context")
                elif valid and dashed and not self.has_negative(view, m.start()):
                    yield Hit(m.start(), m.end(), 0.7, "BRN check digit")
                elif ctx and dashed:
                    yield Hit(m.start(), m.end(), 0.55, "BRN shape after context")
        for m in _WRAPPED.finditer(view.norm):
            joined = m.group().replace("\n", "").replace(" ", "")
            digits = digits_only(joined)
            if (
                _WHOLE.fullmatch(joined)
                and digits[3:5] != "83"
                and brn_checksum_ok(digits)
                and self.has_context(view, m.start())
            ):
                yield Hit(m.start(), m.end(), 0.9, "BRN check digit and context, broken by a line wrap")

    @staticmethod
    def _brn_column(view: TextView, start: int, value: str) -> bool:
        """The number alone in its cell, in a column whose other rows write business numbers with their
        dashes ('123-45-67890' over '1234567890'): the same column holds the same thing."""
        return view.cell_is(start, value) and any(
            _DASHED.fullmatch(cell) for cell in view.column_cells(start)
        )
