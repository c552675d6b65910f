"""Numbers said aloud in a call and written down in Hangul ('오일공 다시 팔칠오, 육삼구구구이').

The fold turns the spelled digits into ASCII digits but keeps the text's length, so the pauses and the
spoken dashes ('다시', '에', '의', a comma) leave runs of spaces and hyphens between the groups that the
written patterns do not expect. Here a run is read whole: groups of digits joined by up to four of
those characters, where the raw text was spelled in Hangul. Each recognizer decides what the digits are
(an account after its bank, a card by its check digit, a licence by its region code).
"""

from __future__ import annotations

import re

from .textview import TextView

_GROUPS = re.compile(r"(?<![\d\-])\d{1,8}(?:[ ,\-]{1,4}\d{1,8}){1,4}(?![\d\-])")
_HANGUL = re.compile(r"[가-힣]")


def spoken_numbers(view: TextView) -> list[tuple[int, int, str]]:
    """(start, end, digits) of each number the text spells in Hangul, found once per text for the
    recognizers that read them (accounts, cards, licences)."""
    cached: list[tuple[int, int, str]] | None = view.__dict__.get("_spoken")
    if cached is None:
        cached = [
            (m.start(), m.end(), re.sub(r"\D", "", m.group()))
            for m in (_GROUPS.finditer(view.norm) if _HANGUL.search(view.text) else ())
            if _HANGUL.search(view.text, m.start(), m.end())
        ]
        view.__dict__["_spoken"] = cached
    return cached
