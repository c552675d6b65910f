"""Birth dates a person's record gives as a bare field, with no label: after the person's sex, inside the
bracket that also gives their nationality, or as a field of a comma-separated record of the person.

Patient lines, counselling sheets and case notes write who the person is as 'name / sex / date'
('Pt: ○○○ / M / 1980.01.02.', '내담자 ○○○ 여/19910304'); school and immigration reports put the birth date
and the country together in a bracket after a foreigner's name ('○○ (2015. 4. 9., 카자흐스탄)'); payment and
scholarship lists write each person as one comma-separated line ('○○○, ○○대 2학년, 2004-03-15, ○○은행
…, 010-…'). In each the date is the person's birth: no event of theirs is written between their name and
their sex, a bracket beside a nationality describes the person, and a record that gives a person's
contact or account gives their birth date, not a day of the list's business, as a field of its own.
"""

from __future__ import annotations

import re

from ..kiwi import common_word
from ..lexicons import load
from ..row_identifiers import PERSON_ID_IN_ROW
from ..textview import TextView
from .foreign_names import COUNTRIES
from .kr_bank_account import BANK_NAME, BANK_SHORT

# the name, then the person's sex as a field of its own (one separator or a space around it), then the date
_SEX_BEFORE = re.compile(
    r"(?:^|[\s:|,])(?P<name>[가-힣]{2,4}|[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){1,3})"
    r"[ \t]*[/|,]?[ \t]*(?:남|여|M|F)(?:성|자)?[ \t]*[/|,\t][ \t]*$"
)
# (and the date a field of its own: '… / M / 1980.01.02. / …', not '… 남 / 2025. 3. 2. 입원')
_FIELD_ENDS = re.compile(r"[ \t]*(?:[/|,\t)）]|$)", re.MULTILINE)
# the date opening a bracket that closes on a nationality: '(2015. 4. 9., 카자흐스탄)'
_BRACKET_OPEN = re.compile(r"[(（][ ]?$")
_COUNTRY_CLOSES = re.compile(rf"[ ]?[,，][ ]?(?:{COUNTRIES})(?:[ ]?국적)?[ ]?[)）]")
# a record line opening with the person's name and a comma ('3. ○○○, …'), the date a whole field of it
_RECORD_OPENS = re.compile(r"[ \t]*(?:\d{1,3}[.)][ \t]*)?(?P<name>[가-힣]{2,4})[ \t]*,")
_FIELD_BEFORE = re.compile(r",[ \t]*$")
_FIELD_AFTER = re.compile(r"[ \t]*(?:,|$)")
# what makes the record a person's: a contact or an identifier, or an account after a bank's name
_ACCOUNT = re.compile(rf"(?:{BANK_NAME}|{BANK_SHORT})[ \t]+[\d０-９][\d０-９ \-]{{7,}}")


def birth_field(view: TextView, start: int, end: int, adult: bool) -> str:
    """Why the date at view.norm[start:end] is a birth date as a field of a person's record, or ''. A
    record's field only when the date is an `adult`'s (a recent date there may be the list's business)."""
    if _sex_before(view, start) and _FIELD_ENDS.match(view.norm, end):
        return "date after a name and the person's sex"
    if _BRACKET_OPEN.search(view.left(start, 3, 1)) and _COUNTRY_CLOSES.match(view.norm, end):
        return "date in a bracket with the person's nationality"
    if adult and _record_field(view, start, end):
        return "date as a field of a person's comma-separated record"
    return ""


def _person_name(name: str) -> bool:
    """A Latin name, or a Korean one: a surname first, not a word of the dictionary (a proper noun stays)."""
    if name[:1].isascii():
        return True
    surnames = load("surnames")
    return (name[0] in surnames or name[:2] in surnames) and not common_word(name)


def _sex_before(view: TextView, start: int) -> bool:
    m = _SEX_BEFORE.search(view.left(start, 40, 1))
    return m is not None and _person_name(m.group("name"))


def _record_field(view: TextView, start: int, end: int) -> bool:
    line_start, line_end = view.line_at(start)
    opens = _RECORD_OPENS.match(view.norm, line_start, start)
    if opens is None or not _person_name(opens.group("name")):
        return False
    if not (
        _FIELD_BEFORE.search(view.norm, line_start, start) and _FIELD_AFTER.match(view.norm, end, line_end)
    ):
        return False
    # (the record may wrap its last field to the next line: '…, 010-⏎1234-5678')
    record_end = view.line_at(line_end + 1)[1] if line_end < len(view.norm) else line_end
    record = view.norm[line_start:record_end]
    return bool(PERSON_ID_IN_ROW.search(record) or _ACCOUNT.search(record))
