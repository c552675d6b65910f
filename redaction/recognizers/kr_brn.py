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


class KoBrnRecognizer(KoreanRecognizer):
    ENTITY = "KR_BRN"
    SPACE_TOLERANT = True
    # (a system's record keys it in English: 'supplier_brn=', 'biz_no')
    CONTEXT = (
        "사업자등록번호",
        "사업자번호",
        "사업자 등록번호",
        "등록번호",
        "brn",
        "BRN",
        "biz_no",
        "bizNo",
        "BIZ_NO",
    )
    NEGATIVE = ("관리번호", "접수번호", "계약번호", "공고번호", "문서번호", "전화", "팩스", "연락처", "계좌")

    def find(self, view: TextView) -> Iterator[Hit]:
        for pattern, dashed in ((_DASHED, True), (_PLAIN, False)):
            for m in pattern.finditer(view.norm):
                digits = digits_only(m.group())
                if digits[3:5] == "83":
                    continue  # a government body's 고유번호
                valid = brn_checksum_ok(digits)
                ctx = self.has_context(view, m.start())
                if ctx and valid:
                    yield Hit(m.start(), m.end(), 1.0, "BRN check digit and context")
                elif valid and dashed and not self.has_negative(view, m.start()):
                    yield Hit(m.start(), m.end(), 0.7, "BRN check digit")
                elif ctx and dashed:
                    yield Hit(m.start(), m.end(), 0.55, "BRN shape after context")
