"""Auto numbers (자동 번호): the "1" of "그림 1", "표 2", "수식 3".

A caption's number is not text in the paragraph but a control (HWP 5 'atno', HWPX hp:autoNum) that
the word processor fills in. Hancom stores the number it last drew in the control, so that number is
used; a control without one (other writers) gets the next number of its kind in reading order.
Page numbers are left out: in a header or footer the stored one is a single page's. Footnote and
endnote numbers are already kept on the note blocks (attrs["number"]).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .numformat import format_number

# The kinds whose number is drawn into the text, by HWP 5 code (spec table 143) and OWPML numType.
FIGURE, TABLE, EQUATION = 3, 4, 5
DRAWN_CODES = frozenset((FIGURE, TABLE, EQUATION))
BY_TYPE = {"PICTURE": FIGURE, "TABLE": TABLE, "EQUATION": EQUATION}


@dataclass(slots=True)
class AutoNumbers:
    """The numbers drawn so far in one document, per kind (for controls that store none)."""

    last: dict[int, int] = field(default_factory=dict)

    def text(self, kind: int, stored: int, style: int = 0, before: str = "", after: str = "") -> str:
        """The number a control of `kind` draws, with its decoration ("" for kinds not drawn)."""
        if kind not in DRAWN_CODES:
            return ""
        number = stored if stored > 0 else self.last.get(kind, 0) + 1
        self.last[kind] = number
        return f"{_char(before)}{format_number(number, style)}{_char(after)}"


def _char(text: str) -> str:
    """A decoration character as stored: NUL (none) and control characters are nothing."""
    return "".join(ch for ch in text if ch >= " ")
