"""The machine-readable zone of a passport's data page (ICAO Doc 9303, TD3): two lines of 44 characters.

The first line opens with P, the issuing state and the holder's name ('P<KORHONG<<GILDONG<<<…'); the
second holds, at fixed places, the passport number (nine characters, '<' filling a shorter one), a
check digit, the nationality and the birth date as YYMMDD. Scanned or typed out, the zone names the
holder as surely as the page above it, so both numbers are findings. Only a second line right under a
first one counts: the pair is the zone, a lone line of digits and capitals is not.
"""

from __future__ import annotations

import re

from .textview import TextView

_FIRST = re.compile(
    r"P[A-Z<][A-Z<]{3}(?P<name>[A-Z][A-Z<]{4,44})"
)  # (a typed zone may run a filler or two long)
_NAME_END = re.compile(r"[A-Z](?=<*$)")  # the holder's name ends at its last letter; '<' fills the rest
# (typed out or scanned, a zone may carry one filler too many after the number, 'M123A4567<5KOR…', and a
# space inside the birth date, '88 0102': the fields are still where the order puts them)
_SECOND = re.compile(
    r"^[ \t]*(?P<number>[A-Z0-9][A-Z0-9<]{8,9}?)\d(?P<nation>[A-Z<]{3})(?P<birth>\d(?: ?\d){5})\d[MFX<]\d{6}",
    re.MULTILINE,
)


def mrz_fields(view: TextView) -> list[tuple[str, int, int]]:
    """('name' | 'passport' | 'birth', start, end) of every passport zone in the text (found once per text)."""
    cached: list[tuple[str, int, int]] | None = view.__dict__.get("_mrz_fields")
    if cached is not None:
        return cached
    found: list[tuple[str, int, int]] = []
    if "<<" in view.norm:
        for m in _SECOND.finditer(view.norm):
            index = view.line_index(m.start())
            if index == 0:
                continue
            start, end = view.line_at(view.line_starts[index - 1])
            line = view.norm[start:end]
            first = _FIRST.fullmatch(line.strip())
            if first is None:
                continue
            offset = start + len(line) - len(line.lstrip())
            last = _NAME_END.search(first.group("name"))
            if last is not None:
                found.append(
                    ("name", offset + first.start("name"), offset + first.start("name") + last.end())
                )
            number = m.group("number").rstrip("<")
            if len(number) >= 6:
                found.append(("passport", m.start("number"), m.start("number") + len(number)))
            found.append(("birth", m.start("birth"), m.end("birth")))
    view.__dict__["_mrz_fields"] = found
    return found
