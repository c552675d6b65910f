"""생년월일: a date is personal only when labelled as a birth date (label, column header or 생)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from ..base import Hit, KoreanRecognizer
from ..textview import TextView

_W = r"[ ]{0,2}\n?[ ]{0,2}"
_DATE = re.compile(
    rf"(?<![\d.\-])(?:"
    rf"(?P<y1>(?:19|20)\d{{2}}){_W}\.{_W}(?P<m1>\d{{1,2}}){_W}\.{_W}(?P<d1>\d{{1,2}})(?:{_W}\.)?"
    rf"|(?P<y2>(?:19|20)\d{{2}})년{_W}(?P<m2>\d{{1,2}})월{_W}(?P<d2>\d{{1,2}})일"
    rf"|(?P<y3>(?:19|20)\d{{2}})[\-/](?P<m3>\d{{1,2}})[\-/](?P<d3>\d{{1,2}})"
    rf"|(?P<y4>\d{{2}})\.(?P<m4>\d{{2}})\.(?P<d4>\d{{2}})\.?"
    rf"|(?P<y5>\d{{2}})(?P<m5>\d{{2}})(?P<d5>\d{{2}})"
    rf")(?![\d\-])"
)
_LABEL = re.compile(r"생\s*년\s*월\s*일|생일|출생|D\.?O\.?B|[Bb]irth")


class KoDateOfBirthRecognizer(KoreanRecognizer):
    ENTITY = "DATE_OF_BIRTH"
    CONTEXT = ("생년월일", "생일", "출생", "DOB")

    def find(self, view: TextView) -> Iterator[Hit]:
        for m in _DATE.finditer(view.norm):
            if not self._is_date(m):
                continue
            left = view.left(m.start(), 14, 2)
            labelled = _LABEL.search(left)
            header = _LABEL.search(view.column_header(m.start()))
            born = re.match(r"\s?생(?![가-힣])|\s?\(만\s?\d", view.right(m.end(), 6))
            if labelled or header or born:
                yield Hit(m.start(), m.end(), 0.85, "birth-date label")

    @staticmethod
    def _is_date(m: re.Match[str]) -> bool:
        for i in "12345":
            year = m.group(f"y{i}")
            if year is None:
                continue
            y, mo, d = int(year), int(m.group(f"m{i}")), int(m.group(f"d{i}"))
            if y < 100:
                y += 1900 if y > dt.date.today().year % 100 else 2000
            try:
                return dt.date(y, mo, d) <= dt.date.today()
            except ValueError:
                return False
        return False
