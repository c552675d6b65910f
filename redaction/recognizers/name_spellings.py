"""A found name's spelling in the other script, in brackets right after it: '○○○ (HONG GILDONG)',
'Lena Park (레나 박)', 'Bakyt Omar(바키트 오마르, 37)'.

Forms, passports' copies, news and case notes write a person's name in Hangul and in Latin letters side
by side. Once the rules have found one spelling, the bracket right after it is the same person's name in
the other script, whatever frame the rules would have asked of it alone. The bracketed words must be all
of one script, of two syllables or more ('(인)' marks where the seal goes), none a word of the language
('(담당)', '(남, 45세)', '(결혼이민자, …)'), a country or a form's label, and the bracket must close, or go
on with an age or a nationality, where they end.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..kiwi import common_word
from ..textview import TextView
from .foreign_names import COUNTRIES, form_words
from .name_slots import compound_of_nouns

# (the spelling may wrap onto the next line, as narrow cells do: 'Bakyt⏎Omar')
_LATIN = r"[A-Za-z][A-Za-z'\-]+(?:[ \n][A-Za-z][A-Za-z'\-]+){1,3}"
_HANGUL = r"[가-힣]{1,6}(?:[ \n][가-힣]{1,6}){0,3}"
_COUNTRY = re.compile(rf"(?:{COUNTRIES})(?:\s*국적)?")
_BRACKET = re.compile(
    rf"[ \t]{{0,2}}[(（][ \t]*(?P<value>{_LATIN}|{_HANGUL})[ \t]*(?=[)）]|[,·][ \t]*(?:\d|[가-힣]))"
)


def other_spellings(view: TextView, found: dict[int, int]) -> Iterator[tuple[int, int]]:
    """(start, end) of each bracketed spelling after a found name (start → end) in the other script."""
    norm = view.norm
    for start, end in found.items():
        m = _BRACKET.match(norm, end)
        if m is None or m.start("value") in found:
            continue
        value = m.group("value")
        latin_found = norm[start].isascii()
        if value[0].isascii() == latin_found:
            continue  # the same script twice: a gloss or an alias, not a spelling
        if value[0].isascii():
            if form_words(value.replace("\n", " ")):
                continue
        elif (
            len(joined := value.replace(" ", "").replace("\n", "")) < 2  # '(인)': where the seal goes
            or common_word(joined)  # '(이 름)': a label spaced out
            or _COUNTRY.fullmatch(joined)  # '(베트남, 결혼이민)': the nationality
            or any(len(w) >= 2 and (common_word(w) or compound_of_nouns(w)) for w in value.split())
        ):
            continue
        yield m.start("value"), m.end("value")
