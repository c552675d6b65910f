"""Passports and accounts in the rows of a trip's lists, scanned or exported with no header.

An overseas trip's papers list each traveller on a row of their own: a visa batch or a roster gives the
name, the birth date, a registration number or a mobile, and the passport; an expense or refund sheet gives
the name, the card the costs went on, the account the refund goes to, and the passport. Scanned, the header
is often lost, a row wraps onto the next line or two, and OCR reads letters among the digits ('M12B45l78').
No label names the passport's cell, but the row does: in a text about travel abroad, a value of a passport's
shape that stands as a field of its own beside the person's other identifiers is that passport. Other
codes of the shape (a flight, an approval number) seldom stand in such a row, and redacting one is harmless.
The account recognizer reads the expense rows too: beside a person's name and card, the other number in a
bank's groups is the account the money goes to.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from ..normalize import OCR_DIGIT
from ..patterns import ROW_IDENTIFIER
from ..textview import TextView

# a text about a trip abroad or its papers
_ABROAD = re.compile(r"여\s*권|[Pp]assport|해\s*외|국\s*외|출\s*국|출\s*장|항\s*공|비\s*자|[Vv]isa|[Tt]ravel")
# a field: a letter, then letters and digits with at most one space inside (OCR splits a number once); a
# list's fields are cut by wide gaps, tabs and bars, or by commas and slashes ('2. ○○○, N1234567 / 면허 …'),
# one space after a name in Hangul ('3. ○○○ N1234567'), and the next may open with a short label of capitals
# ('… N1234567 DL 12-…', '… DL 부산 12-…')
_FIELD = re.compile(
    r"(?:^|(?<=[ ]{2})|(?<=[\t|│])|(?<=,[ ])|(?<=[ ]/[ ])|(?<=[가-힣][ ]))[ \t]*"
    r"(?P<value>[A-Za-z][A-Za-z0-9０-９]{2,9}(?: [A-Za-z0-9]{1,6})?)"
    r"(?=[ ]{2}|[ \t]*[\t|│]|[ \t]*$|,|[ ]/[ ]|[ ][(（]|[ ][A-Z]{2,3}[ ](?:[가-힣]{2}[ ]?)?\d)",
    re.MULTILINE,
)
# (a hyphen with spaces round it too: '1234 - 5678-…')
_SEP = r"(?:[ ]?-[ ]?|[ ])"
# a card: four groups of four, or American Express's and Diners Club's 4-6-5 and 4-6-4
_CARD = re.compile(
    rf"(?<![\d\-])\d{{4}}{_SEP}(?:[\d*]{{4}}{_SEP}[\d*]{{4}}{_SEP}\d{{4}}|\d{{6}}{_SEP}\d{{4,5}})(?![\d\-])"
)
# a number in three or more hyphenated groups, ten digits at least: an account, a mobile, a card
_GROUPED = re.compile(r"(?<![\d\-])\d{2,6}(?:[ ]?-[ ]?\d{2,8}){2,3}(?![\d\-])")
# (a line break right after a number's hyphen or inside its short last group, the spaces round it)
_WRAP = re.compile(r"(?:(?<=-)|(?<=-\d)|(?<=-\d\d)|(?<=-\d\d\d))[ ]*\n[ ]*(?=\d)")
# a label of another number right before the value (a passport's own label says the same as the row does)
_OTHER_LABEL_BEFORE = re.compile(r"(?<!여권)(?<!여권 )(?:번\s*호|코\s*드|No\.?|ID)[ \t:：]*$")
# a column header naming a record's own number (not a person's: a scan's header may stand misaligned over
# the passport, '외국인등록번호'), and one naming the passport
_OTHER_NUMBER_HEADER = re.compile(
    r"(?:접\s*수|관\s*리|일\s*련|문\s*서|주\s*문|신\s*청|예\s*약|처\s*리|민\s*원|사\s*건)\s*번\s*호|코\s*드|ID"
)
_PASSPORT_HEADER = re.compile(r"여\s*권|[Pp]assport|PASSPORT")
_ROW_LINES = 3  # the value's line and the two before it (a wrapped row)


def _passport_shape(value: str) -> bool:
    """Eight to ten letters and digits opening with a letter, most positions digits once OCR's look-alike
    letters are read as the digits they stand for (a word or a code of letters is not one)."""
    compact = value.replace(" ", "")
    # (a capital that OCR makes of a zero or a one opens a misread number, not a passport: 'O12345…')
    if not 8 <= len(compact) <= 10 or not compact[0].isupper() or compact[0] in "OIZ":
        return False
    if sum(ch.isdigit() for ch in compact) < 4:
        return False  # capitals that read as digits (I, O, S, B) make a name, not a number
    rest = "".join(OCR_DIGIT.get(ch, ch) for ch in compact[1:])
    if rest.upper() != rest:
        return False  # lower-case letters other than look-alikes: a word, a user name
    digits = sum(ch.isdigit() for ch in rest)
    return digits >= 5 and len(rest) - digits <= 2


def _row_lines(view: TextView, pos: int) -> list[int]:
    """Indexes of the value's line and of up to two lines before it, not across a blank line, nearest first."""
    index = view.line_index(pos)
    lines = [index]
    while lines[-1] > 0 and len(lines) < _ROW_LINES:
        start, end = view.line_bounds(lines[-1] - 1)
        if not view.norm[start:end].strip():
            break
        lines.append(lines[-1] - 1)
    return lines


def _joined(lines: str) -> tuple[str, str]:
    """A wrapped row read both ways: a wrap may cut a number ('1234-5⏎678-…') or end one before the
    next line's."""
    return lines.replace("\n", " "), _WRAP.sub("", lines)


def _record(view: TextView, first_line: int, start: int, end: int) -> str:
    """The row's lines from `first_line` to the value's line end, the value itself blanked out."""
    line_start, line_end = view.line_bounds(first_line)[0], view.line_at(start)[1]
    return view.norm[line_start:start] + " " * (end - start) + view.norm[end:line_end]


def _person_row(view: TextView, start: int, end: int) -> bool:
    """The value's line, with up to two lines before it, holds another identifier of a person: a resident
    or foreigner's number, a mobile, a birth date, a card, an account."""
    for record in _joined(_record(view, _row_lines(view, start)[-1], start, end)):
        if ROW_IDENTIFIER.search(record) or _CARD.search(record):
            return True
        if any(sum(ch.isdigit() for ch in m.group()) >= 10 for m in _GROUPED.finditer(record)):
            return True
    return False


def trip_row_passports(view: TextView) -> Iterator[tuple[int, int]]:
    """Offsets of the passport fields of travellers' rows."""
    if not view.mentions(_ABROAD):
        return
    for m in _FIELD.finditer(view.text):
        value = m.group("value")
        if _OTHER_LABEL_BEFORE.search(view.left(m.start("value"), 12, 1)):
            continue  # the value of another number's label ('접수번호 PA12345678')
        header = view.column_header(m.start("value"))
        if _OTHER_NUMBER_HEADER.search(header) and not _PASSPORT_HEADER.search(header):
            continue  # a column headed as another number (a CSV's '접수번호,성명,여권번호,…')
        if _passport_shape(value) and _person_row(view, m.start("value"), m.end("value")):
            yield m.start("value"), m.end("value")


def card_holder_row(view: TextView, start: int, end: int, opens_row: Callable[[str], bool]) -> bool:
    """The number at start..end stands in a person's row that holds a card: the row opens (with a name,
    as `opens_row` judges) on the number's line or one of the two above it, and a card number lies
    between that opening and the number's line end, the number itself left out (a refund or expense
    sheet: name, card, account)."""
    for index in _row_lines(view, start):
        line_start, line_end = view.line_bounds(index)
        if opens_row(view.norm[line_start:line_end] + " "):  # (a name alone on its line)
            return any(
                _CARD.search(joined) is not None for joined in _joined(_record(view, index, start, end))
            )
    return False
