"""Insurance card numbers right after a person's name, or right before the insured's status, in the lists
of a health document.

A claims review lists each patient as '순번-성명-증번호-상병코드-금액'; a screening centre's error file as
'성명 증번호 오류: …'; a status notice as '② 성명  증번호  자격 상실'. There is no header, and the number has no
label, but the document is about health insurance or care, the number is the card's eleven digits, and it
is the field right after a name (a ward's patient list puts the sex and age between: '○○○  M/47  …'): the
person's card. Not a number whose row names a bank or an account
(a refund list's account can run eleven digits too), and not a word before it that only looks like a name.
A register of the insured writes each person's status in the cell after the card number ('… | 12345-678901
| 지역가입자 | …', '의료급여 1종', '직장피부양자'): eleven digits there, however grouped, are the card.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..kiwi import common_word
from ..lexicons import load
from ..textview import TextView

# (fields apart by spaces, a tab, a bar, a comma or semicolon, or the hyphens of a run-together record)
_NAME_THEN_NUMBER = re.compile(
    r"(?:^|(?<=[ \t|,;\-]))(?P<name>[가-힣]{2,4}|[가-힣](?: [가-힣]){1,3})(?:[ \t]+|[ \t]*[|,;\-][ \t]*)"
    # (a ward's list writes the patient's sex and age between: '○○○  M/47  …', '○○○  여/73  …')
    r"(?:(?:[MF]|남|여)[ ]?/[ ]?\d{1,3}세?(?:[ \t]+|[ \t]*[|,;][ \t]*))?"
    r"(?P<number>[1-9]\d{10}|\d-\d{10})(?![\d*])",
    re.MULTILINE,
)
# what a health document speaks of: the insurance, its claims and checks, care and its recipients
_HEALTH_TEXT = re.compile(
    r"건강\s*(?:보험|검진)|요양\s*급여|의료\s*급여|수\s*진\s*자|피\s*부\s*양|검\s*진\s*기\s*관|자\s*격\s*(?:취\s*득|상\s*실)"
    r"|보험\s*(?:가입자|자격)|(?:입원|외래|병동)\s*환\s*자|환\s*자\s*(?:명단|명부|목록)|(?:지역|직장)\s*가입자"
)
_LONGER = re.compile(r"-\d")
_BANK_ROW = re.compile(r"은\s*행|계\s*좌|뱅\s*크|금\s*고|농\s*협|우\s*체\s*국")


def _a_name(word: str) -> bool:
    """A surname first, and not a word of the dictionary (물리치료, 세대원)."""
    name = word.replace(" ", "")
    return name[:1] in load("surnames") and not common_word(name)


def named_card_numbers(view: TextView) -> Iterator[tuple[int, int]]:
    """Offsets of eleven-digit numbers right after a person's name, in a text about health insurance."""
    if not view.mentions(_HEALTH_TEXT):
        return
    for m in _NAME_THEN_NUMBER.finditer(view.norm):
        if not _a_name(m.group("name")) or _LONGER.match(view.text, m.end("number")):
            continue  # (a number that goes on after a hyphen is longer: the fold reads '-I10-' as digits)
        if _BANK_ROW.search(view.norm, *view.line_at(m.start("number"))):
            continue
        yield m.start("number"), m.end("number")


# the insured's status as a register's next cell: 지역가입자, 직장가입자, (직장)피부양자, 의료급여 1종/2종
INSURED_STATUS_NEXT = re.compile(
    r"[ \t]*[|\t,;│][ \t]*(?:(?:지역|직장)\s*(?:가입자|피부양자)|피\s*부\s*양\s*자|의\s*료\s*급\s*여\s*[12]\s*종)"
)
# a register of the insured: any status word in the text
_INSURED_STATUS = re.compile(r"가입자|피\s*부\s*양\s*자|의\s*료\s*급\s*여")
# eleven digits as one cell: plain, or in two or three groups apart by a hyphen or a space
_CELL_NUMBER = re.compile(r"(?<![\d\-*])\d{1,8}(?:[ \-]\d{1,10}){0,2}(?![\d\-*])")


def status_row_numbers(view: TextView) -> Iterator[tuple[int, int]]:
    """Offsets of eleven-digit numbers in the cell right before an insured person's status."""
    if not view.mentions(_INSURED_STATUS):
        return
    for m in _CELL_NUMBER.finditer(view.norm):
        if sum(ch.isdigit() for ch in m.group()) == 11 and INSURED_STATUS_NEXT.match(view.norm, m.end()):
            yield m.span()
