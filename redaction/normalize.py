"""Offset-preserving folding of the noise OCR and word processors put into identifiers.

Recognizers match on a folded copy of the text that has exactly the same length, so every match
offset is also an offset into the original. Only one-to-one character replacements are allowed:
full-width ASCII (０-９, Ａ-Ｚ, －) becomes ASCII, the many Unicode dashes become '-', exotic
spaces become ' ', and box-drawing bars (│, ┃, ║) become the '|' tables are split on. Multi-character NFKC expansions (㈜ → (주)) are deliberately not applied.

Two context-dependent folds follow, because scanned and dictated records write identifiers that way:
letters OCR confuses with digits (O/o/D→0, I/l→1, Z→2, S→5, B→8, b→6, g→9) inside a run that is mostly digits, and
digits spelled out in Hangul syllables (공일공 구사칠삼 …) in a long run of nothing else. Both stay
one character for one character, so offsets still map back to the source unchanged.
"""

from __future__ import annotations

import re

from .ocr_bars import fold_bars
from .ocr_labels import fold_labels

# … and the Hangul vowel ㅡ, which Korean keyboards and OCR put where a dash belongs (010ㅡ2067ㅡ4381)
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d\u30fc\u2043\u3161"
# box-drawing and other vertical bars that tables drawn in text use as cell separators (│ 성명 │ …)
_BARS = "\u2502\u2503\u2551\u2506\u2507\u250a\u250b\u254e\u254f\u2758\u2223\u00a6"
_SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0xFF01, 0xFF5F):  # full-width ASCII block
        table[code] = chr(code - 0xFEE0)
    for ch in _DASHES:
        table[ord(ch)] = "-"
    for ch in _SPACES:
        table[ord(ch)] = " "
    for ch in _BARS:
        table[ord(ch)] = "|"
    table[ord("\r")] = "\n"
    return table


_TABLE = _build_table()
_NEEDS_FOLD = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_TABLE)) + "]")


# the characters forms and exports print for hidden digits ('900101-1******', '010-****-1234', '…-2XXXXXX')
MASK = "*●○◯Xx×#"

# letters OCR reads for digits, and the digit each stands for (shared with the recognizers that read a
# value the fold leaves alone: a passport's 2021 shape, a birth date after its label)
OCR_DIGIT = {
    "O": "0",
    "o": "0",
    "D": "0",
    "I": "1",
    "l": "1",
    "Z": "2",
    "S": "5",
    "B": "8",
    "b": "6",
    "g": "9",
}
# a run of digits and look-alike letters, joined by the separators identifiers use
LOOKALIKES = "".join(OCR_DIGIT)
_OCR_RUN = re.compile(rf"[0-9{LOOKALIKES}](?:[0-9{LOOKALIKES}]|[ .,\-/:)]{{1,2}}(?=[0-9{LOOKALIKES}]))*")
_HAS_LOOKALIKE = re.compile(rf"[0-9][ .\-/:)]{{0,2}}[{LOOKALIKES}]|[{LOOKALIKES}][ .\-/:)]{{0,2}}[0-9]")
_ASCII_LETTER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")

HANGUL_DIGIT = {
    "공": "0",
    "영": "0",
    "일": "1",
    "이": "2",
    "삼": "3",
    "사": "4",
    "오": "5",
    "육": "6",
    "륙": "6",
    "칠": "7",
    "팔": "8",
    "구": "9",
}
_HANGUL_SET = "".join(HANGUL_DIGIT)
# nine or more spelled digits in groups of two or more, not glued to a word before: a dictated
# number (a particle may follow it)
# Callers dictate the dash as 다시, 대시, 하고 or 에 and pause with commas (공일공 다시 구칠삼칠, 구사공구,
# 이사일육 …): those separators fold to '-' (다시 to '- '), so the number keeps the shape its recognizer
# knows (공일공의 이팔육사의 …: 의 the same way). Digits said as digits with 에 between the groups (010에 6000에 0810) fold the same way.
# (a bracket closing the area code is a separator too, as forms print it: '(공일공)삼삼칠일 …', '공육이)구일일 …')
_SPOKEN_SEP = r"(?: 다시 | 대시 | 하고 | 에 |[에의] |, ?|\)[ ]?|[ \-])"
# (a card number's first digit may be said alone: '구 이일삼사오 육칠팔구공', '칠, 오삼일이사, 팔팔구공일'; and
# a pause may leave one digit alone inside the number: '… 삼삼칠일 오 이육구', but never at its end)
_HANGUL_RUN = re.compile(
    rf"(?<![가-힣])(?:[{_HANGUL_SET}](?={_SPOKEN_SEP}[{_HANGUL_SET}]{{3,}}{_SPOKEN_SEP}[{_HANGUL_SET}]{{3,}}){_SPOKEN_SEP})?"
    rf"[{_HANGUL_SET}]{{2,}}(?:{_SPOKEN_SEP}(?:[{_HANGUL_SET}]{{2,}}|[{_HANGUL_SET}](?={_SPOKEN_SEP}[{_HANGUL_SET}]{{3,}})))*"
)
_HANGUL_PAIR = re.compile(rf"[{_HANGUL_SET}]{{2}}")
_SPOKEN_FOLD = {"다": "-", "대": "-", "시": " ", "하": "-", "고": " ", "에": "-", "의": "-", ",": "-"}


def _ocr_digits(text: str) -> str:
    """Look-alike letters read as the digits they stand for, inside runs of at least four digits.

    Inside such a run a group (between separators) is read as digits when it holds a digit, or when
    it is one or two look-alikes next to a '.', '-', '/' or ':' (`1998.08.lO.`); a word of letters
    between spaces (`Windows 10 SBS 2024`) stays a word.
    """
    if not _HAS_LOOKALIKE.search(text):
        return text
    chars: list[str] | None = None
    for m in _OCR_RUN.finditer(text):
        run = m.group()
        digits = sum(ch.isdigit() for ch in run)
        lookalikes = sum(ch in OCR_DIGIT for ch in run)
        # four digits make a run; three do when one look-alike completes a four-character group (I998년)
        if (digits < 4 and not (digits == 3 and lookalikes == 1 and len(run) == 4)) or lookalikes == 0:
            continue
        dashed = lookalikes <= digits and _DASHED_NUMBER.fullmatch(run) is not None
        if lookalikes * 2 > digits and not dashed:
            continue
        for group in _GROUP.finditer(text, m.start(), m.end()):
            span = _digit_span(text, group.start(), group.end(), m.start(), m.end(), dashed)
            if span is None:
                continue
            if chars is None:
                chars = list(text)
            for i in range(*span):
                chars[i] = OCR_DIGIT.get(text[i], text[i])
    return text if chars is None else "".join(chars)


# a run in the dash-grouped shape of a telephone or an identifier ('O1O-5O37-29l6'), or a date with its
# four-digit year ('I976.l2.O8.'): a scan that misread many of its digits still leaves as many digits as
# letters in it, and no word takes these shapes
_DASHED_NUMBER = re.compile(
    # (an account's groups may be two digits: '2l4-O7-3O9l58', '6O3-l2-9O4l-O7')
    rf"[0-9{LOOKALIKES}]{{2,6}}(?:-[0-9{LOOKALIKES}]{{2,8}}){{2,3}}"
    rf"|[0-9{LOOKALIKES}]{{4}}(?:[.\-/][0-9{LOOKALIKES}]{{1,2}}){{2}}\.?"
    # (an IPv4 address, four dotted groups: 'l92.l68.O.2')
    rf"|[0-9{LOOKALIKES}]{{1,3}}(?:\.[0-9{LOOKALIKES}]{{1,3}}){{3}}"
    # (a mobile in space-separated groups, its prefix read as letters too: 'O1O 88l4 2O76')
    rf"|[0O][1lI][016789OolI] [0-9{LOOKALIKES}]{{3,4}} [0-9{LOOKALIKES}]{{4}}"
)
_GROUP = re.compile(rf"[0-9{LOOKALIKES}]+")
_BAR_AFTER_GROUP = re.compile(r"\d{4}[Il|]")
_GROUP_BEFORE = re.compile(r"\d{4}[\- ]")
_BAR_BEFORE_GROUP = re.compile(r"[Il|]\d{4}")
_GROUP_AFTER = re.compile(r"[\- ]\d{4}")
_MASK_LETTERS = re.compile(r"(?:X{4,}|x{4,})(?![A-Za-z])")
_BIRTH_HALF = re.compile(r"\d{6}-")  # the part of a resident number before the digit group
_DOCUMENT_NUMBER = re.compile(r"[SBDZbg]\d{6,}|[A-Za-z][0-9A-Za-z]{3}[A-Za-z][0-9A-Za-z]{4}")


def _token(text: str, start: int, end: int) -> str:
    """The whole ASCII letter-and-digit token around text[start:end]."""
    while start > 0 and text[start - 1].isascii() and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isascii() and text[end].isalnum():
        end += 1
    return text[start:end]


def _digit_span(
    text: str, start: int, end: int, run_start: int, run_end: int, dashed: bool = False
) -> tuple[int, int] | None:
    """The part of one group to read as digits, or None when the group stays as written; in a run of a
    telephone's or an identifier's dashed shape (`dashed`) a group of look-alikes alone is read too."""
    # a stroke right after the last four-digit group of a grouped number is a table's bar OCR read as a
    # letter ('…-1111-2222I금', '… 3333 4444I5만'), not a fifth digit of that group
    if (
        _BAR_AFTER_GROUP.match(text, start, end)
        and start >= 5
        and _GROUP_BEFORE.fullmatch(text, start - 5, start)
        and not (start >= 6 and text[start - 6].isdigit())  # (the group before has four digits, not six)
    ):
        return None
    # … or right before the first group of one ('…l4111 1111 …')
    if _BAR_BEFORE_GROUP.fullmatch(text, start, end) and _GROUP_AFTER.match(text, end):
        return None
    # a run glued to a word ('GB76…', 'CO2') keeps the letters that touch the word
    if start == run_start and start > 0 and text[start - 1] in _ASCII_LETTER:
        while start < end and text[start] in OCR_DIGIT:
            start += 1
    # (a run of mask letters is no word: '8101O5-IXXXXXX' is a masked resident number)
    if (
        end == run_end
        and end < len(text)
        and text[end] in _ASCII_LETTER
        and not _MASK_LETTERS.match(text, end)
    ):
        while end > start and text[end - 1] in OCR_DIGIT:
            end -= 1
    # S, B, D, Z, b or g before six or more clean digits is a document prefix (passports S1234567,
    # B3554178), and a token of the new passport's shape (S987B6543, D594Y22O1) keeps its letters
    after_birth_date = start >= 7 and _BIRTH_HALF.fullmatch(text, start - 7, start) is not None
    if not after_birth_date and _DOCUMENT_NUMBER.fullmatch(_token(text, start, end)):
        return None
    group = text[start:end]
    if not group or group.isdigit():
        return None
    if dashed or any(ch.isdigit() for ch in group):
        return start, end
    if len(group) > 2:
        return None
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return (start, end) if before in ".-/:" or after in ".-/:" else None


def _hangul_digits(text: str) -> str:
    """Digits spelled in Hangul (공일공 구사칠삼 일칠육육) as ASCII digits, in long runs only."""
    if not _HANGUL_PAIR.search(text):
        return text
    chars: list[str] | None = None
    for m in _HANGUL_RUN.finditer(text):
        run, end = m.group(), m.end()
        if run.endswith("이") and end < len(text) and "가" <= text[end] <= "힣":
            run, end = run[:-1], end - 1  # …칠이에요: the copula, not a two
        groups = re.split(_SPOKEN_SEP, run)
        if sum(map(len, groups)) < 9 or len(groups) > 4 or max(map(len, groups)) < 3:
            continue
        if chars is None:
            chars = list(text)
        for i in range(m.start(), end):
            chars[i] = HANGUL_DIGIT.get(text[i]) or _SPOKEN_FOLD.get(text[i], text[i])
    return text if chars is None else "".join(chars)


_DIGIT_E = re.compile(r"(?<=\d)에(?=[ ]?\d)")
# one group of a number spelled in Hangul beside groups written in digits (010-이사삼팔-0422,
# 공일공 8011 4394, 019-3525-공삼팔칠): the group reads as digits when a digit group joins it
_MIXED_GROUP = re.compile(
    rf"(?<![가-힣])[{_HANGUL_SET}]{{3,4}}(?=[\-. ]\d{{3}})|(?<=\d[\-. ])[{_HANGUL_SET}]{{3,4}}(?![가-힣])"
)


def _mixed_groups(text: str) -> str:
    return _MIXED_GROUP.sub(lambda m: "".join(HANGUL_DIGIT[ch] for ch in m.group()), text)


# filled squares some forms and exports print for hidden digits instead of '*' (770315-2■■■■■■,
# 010-■■■■-5821, ■■■■■■-1482936): read as the mask they are where they stand against a number
_MASK_GLYPHS = re.compile(r"(?<=[\d\-])[■◼▪◾]+|[■◼▪◾]+(?=[ ]?-[ ]?\d)")


def fold(text: str) -> str:
    """Same-length copy of `text` with digits, letters, dashes and spaces in their ASCII form."""
    folded = text.translate(_TABLE) if _NEEDS_FOLD.search(text) else text
    if _MASK_GLYPHS.search(folded):
        folded = _MASK_GLYPHS.sub(lambda m: "*" * len(m.group()), folded)
    folded = _hangul_digits(_ocr_digits(fold_bars(fold_labels(folded))))
    if _MIXED_GROUP.search(folded):
        folded = _mixed_groups(folded)
    if "에" in folded:
        folded = _DIGIT_E.sub("-", folded)
    if len(folded) != len(text):  # cannot happen with one-to-one replacements; guard the invariant
        raise AssertionError("fold changed the text length")
    return folded


def digits_only(value: str) -> str:
    """The ASCII digits of a (folded) value, for check-digit validation and hashing."""
    return "".join(ch for ch in value if "0" <= ch <= "9")
