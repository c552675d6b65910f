"""Numbers said aloud in a call and written down in Hangul ('오일공 다시 팔칠오, 육삼구구구이').

The fold turns the spelled digits into ASCII digits but keeps the text's length, so the pauses and the
spoken dashes ('다시', '에', '의', a comma) leave runs of spaces and hyphens between the groups that the
written patterns do not expect. Here a run is read whole: groups of digits joined by up to four of
those characters, where the raw text was spelled in Hangul. Each recognizer decides what the digits are
(an account after its bank, a card by its check digit, a licence by its region code).
"""

from __future__ import annotations

import re

from .normalize import HANGUL_DIGIT
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


# A mobile number said as quantities, the way people read out the groups after the prefix:
# '공일공 삼천칠백이 구천십일' is 010-3702-9011 ('이천백' is 2100, '영칠삼일' is said digit by digit).
_SAID_DIGITS = "".join(HANGUL_DIGIT)
_UNIT_VALUE = {"천": 1000, "백": 100, "십": 10}
_SAID_MOBILE = re.compile(
    rf"(?<![가-힣])(?:공|영)일(?:공|영|육|칠|팔|구)[ ,]+(?P<mid>[{_SAID_DIGITS}천백십]{{2,8}})[ ,]+"
    rf"(?P<last>[{_SAID_DIGITS}천백십]{{2,8}})"
)


def said_value(word: str) -> str | None:
    """The digits Sino-Korean words stand for: said one by one ('영칠삼일' → '0731') or as a quantity
    ('오천이' → '5002', '천구백팔십칠' → '1987'); None when the words make no number."""
    if not word or any(ch not in HANGUL_DIGIT and ch not in _UNIT_VALUE for ch in word):
        return None
    if not any(ch in _UNIT_VALUE for ch in word):
        return "".join(HANGUL_DIGIT[ch] for ch in word)
    total, digit, last_unit = 0, None, 10_000
    for ch in word:
        if ch in _UNIT_VALUE:
            unit = _UNIT_VALUE[ch]
            if unit >= last_unit:
                return None  # '백천': units must fall
            total += (digit if digit is not None else 1) * unit
            digit, last_unit = None, unit
        elif digit is not None or HANGUL_DIGIT[ch] == "0":
            return None  # two digits in a row, or a spoken zero, inside a quantity
        else:
            digit = int(HANGUL_DIGIT[ch])
    return str(total + (digit or 0))


def said_mobiles(view: TextView) -> list[tuple[int, int]]:
    """(start, end) of each mobile number read out as quantities after its prefix."""
    out: list[tuple[int, int]] = []
    for m in _SAID_MOBILE.finditer(view.norm) if "일" in view.norm else ():
        mid, last, end = m.group("mid"), m.group("last"), m.end()
        if last.endswith("이") and view.norm[end : end + 1] in ("에", "요", "고", "입", "예"):
            last, end = last[:-1], end - 1  # …팔십일이에요: the copula, not a two
        mid_digits, last_digits = said_value(mid), said_value(last)
        if mid_digits and last_digits and len(mid_digits) in (3, 4) and len(last_digits) == 4:
            out.append((m.start(), end))
    return out
