"""카드번호: 16 digits in groups of four (Visa, Master, BC, JCB) or Amex 4-6-5, Luhn-checked.

OCR and line wraps make the separators differ within one number (`4962-⏎2985-…`, `3791 - 440029-75034`);
mixed separators are accepted, the Luhn check and the grouping keep it precise. A number already
partly masked (`9410-24**-****-3842`, `5522-3523-XXXX-1590`) still identifies a card with its
issuer and last digits: grouped like a card, at least eight digits left, it is a finding."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..base import Hit, KoreanRecognizer
from ..idnumbers import luhn_ok
from ..normalize import digits_only
from ..patterns import MASK
from ..spoken import spoken_numbers
from ..textview import TextView

# Diners Club's fourteen digits in 4-6-4 groups (36, 30, 38, 39): grouped only, as fourteen bare digits are
# as often an account
_DINERS = r"3(?:0[0-5]|[689]\d)\d"
# (groups apart by a dash, a space, a line break, or a dot as some slips and exports print them)
_S = r"(?:[ ]?[-.][ ]?\n?|[ ]|\n)"
_CARD = re.compile(
    rf"(?<![\d\-])(?:\d{{4}}{_S}\d{{4}}{_S}\d{{4}}{_S}\d{{4}}|3[47]\d{{2}}{_S}\d{{6}}{_S}\d{{5}}|{_DINERS}{_S}\d{{6}}{_S}\d{{4}}"
    # (Diners Club's fourteen bare digits: a card only by its label or a card text's context, see find)
    rf"|\d{{15,16}}|{_DINERS}\d{{10}})(?![\d\-])"
)

# an ungrouped number a line wrap split ('62537248520⏎79082')
_WRAPPED = re.compile(r"(?<![\d\-])(\d{2,14})\n(\d{2,14})(?![\d\-])")
# … or a grouped one split inside a group ('4111-1111-1111-1⏎111', '5500-0⏎000-…'): whole once joined
_WRAPPED_GROUPED = re.compile(r"(?<![\d\-])\d[\d\-]{2,18}\n[\d\-]{1,18}\d(?![\d\-])")
_M = rf"[0-9{MASK}]"
_MASKED = re.compile(
    rf"(?<![\d\-])(?:\d{{4}}{_S}{_M}{{4}}{_S}{_M}{{4}}{_S}{_M}{{4}}|3[47]\d{{2}}{_S}{_M}{{6}}{_S}{_M}{{5}}"
    rf"|{_DINERS}{_S}{_M}{{6}}{_S}\d{{4}}"
    # ungrouped, as card slips and SMS print it: the first six and the last four ('949005******6429')
    rf"|\d{{6}}[{MASK}]{{5,6}}\d{{4}}"
    # ... or only the first four and the last four ('5326********0749', Amex '3742XXXXXXX9723'), or the
    # first eight ('53518821****6604'), or the first six and the last six ('535188****216604')
    rf"|\d{{4}}[{MASK}]{{7,8}}\d{{4}}|\d{{8}}[{MASK}]{{4}}\d{{4}}|\d{{6}}[{MASK}]{{4}}\d{{6}}"
    # (Diners Club's fourteen, its middle six masked: '3612******4417')
    rf"|{_DINERS}[{MASK}]{{6}}\d{{4}}|{_DINERS}\d{{2}}[{MASK}]{{4}}\d{{4}})(?![\d\-{MASK}])"
)
# a card number masked to its last four digits ('****-****-****-1234', ungrouped '************1234', Amex's
# '**** ****** *1234'), which only its label or column tells from any other masked number
_LAST_FOUR = re.compile(
    rf"(?<![\d\-{MASK}])(?:[{MASK}]{{4}}{_S}[{MASK}]{{4}}{_S}[{MASK}]{{4}}{_S}\d{{4}}|[{MASK}]{{12}}\d{{4}}"
    rf"|[{MASK}]{{4}}{_S}[{MASK}]{{6}}{_S}[{MASK}]\d{{4}})(?![\d\-{MASK}])"
)
# issuer prefixes of the brands issued in Korea: Visa 4, Mastercard 51-55 and 2221-2720, Amex 34/37,
# JCB 35, UnionPay 62, BC 94, Discover 6011/65: an ungrouped Luhn-valid number with one of them reads as a card even
# where a headerless table gives no label (one random digit string in ten passes Luhn; few of those
# start with an issuer and run exactly 15 or 16 digits)
_ISSUER = re.compile(
    r"4\d{15}|5[1-5]\d{14}|2(?:22[1-9]|2[3-9]\d|[3-6]\d{2}|7[01]\d|720)\d{12}|3[47]\d{13}|35\d{14}|62\d{14}|94\d{14}"
    r"|6011\d{12}|65\d{14}"
)


# the card companies slips and refund ledgers name in the number's row ('국민 | 4…', '현대  5…', 'BC 94…'):
# most are banks' names too, so beside a Luhn-valid number with an issuer's prefix, in a text about cards,
# they make it a card rather than an account (accounts here run 10 to 14 digits, few 16)
_ISSUER_NAME = re.compile(
    r"(?<![가-힣A-Za-z])(?:KB|국민|신한|삼성|현대|롯데|하나|우리|BC|비씨|NH|농협|씨티|IBK|기업|카카오|수협|전북|광주|제주)"
    r"(?:카드)?[ \t|,:/]*$"
)
_CARD_TEXT = re.compile(r"카\s*드|[Cc]ard|CARD")
_ACCOUNT_WORD = re.compile(r"계\s*좌|예\s*금\s*주|입\s*금|통\s*장")


def _issuer_beside(view: TextView, start: int) -> bool:
    """A card company's name is the field right before the number, in a text about cards, with no
    account's label nearer."""
    left = view.left(start, 14, 1)
    return (
        _ISSUER_NAME.search(left) is not None
        and view.mentions(_CARD_TEXT)
        and _ACCOUNT_WORD.search(view.left(start, 24, 1)) is None
    )


def _bare_diners(view: TextView, start: int, digits: str) -> bool:
    """Diners Club's fourteen digits run together, in a text about cards, with no account's word before
    them (bare, fourteen digits are as often an account: the text and the row decide)."""
    return (
        len(digits) == 14
        and re.match(_DINERS, digits) is not None
        and view.mentions(_CARD_TEXT)
        and _ACCOUNT_WORD.search(view.left(start, 24, 1)) is None
    )


# a card in a scanned table whose bar OCR read as the digit 1, glued to the first or last group
# ('|○○○|4123-…-…-1234|' read '○○○14123-…-…-12341'): the groups without it pass the check
_BAR_GLUED = re.compile(r"(?<![\d\-])(?P<before>1?)(?P<card>\d{4}-\d{4}-\d{4}-\d{4})(?P<after>1?)(?![\d\-])")


def _cards_in_column(view: TextView, pos: int) -> bool:
    """The column holding `pos` holds a card number in another row, in full or masked with its issuer's
    digits left (a refund ledger without a header, some rows masked and some not)."""
    for cell in view.column_cells(pos):
        digits = digits_only(cell)
        if _CARD.fullmatch(cell) and luhn_ok(digits):
            return True
        if _MASKED.fullmatch(cell) and len(digits) >= 8 and any(ch in MASK for ch in cell):
            return True
    return False


class KoCreditCardRecognizer(KoreanRecognizer):
    ENTITY = "CREDIT_CARD"
    SPACE_TOLERANT = True
    CONTEXT = ("카드", "결제", "card", "Card", "CARD")
    NEGATIVE = ("계좌", "관리번호", "접수번호", "계약번호", "공고번호", "확인번호", "발급번호", "문서번호")

    def find(self, view: TextView) -> Iterator[Hit]:
        for m in _CARD.finditer(view.norm):
            digits = digits_only(m.group())
            grouped = len(digits) != len(m.group())
            ctx = self.has_context(view, m.start())
            if self.has_negative(view, m.start()) and not ctx:
                continue
            wrapped_card = m.group().count("-\n") == m.group().count("\n") or (
                _ISSUER.fullmatch(digits) is not None and view.mentions(_CARD_TEXT)
            )
            if "\n" in m.group() and not ctx and not wrapped_card:
                continue  # four-digit groups on separate lines are a table of numbers, not a card (a
                # cell wrapped after a group's dash goes on, though: '4…-⏎0…-…'; and so does an issuer's
                # number in a text about cards)
            if luhn_ok(digits) and _ISSUER.fullmatch(digits) and _issuer_beside(view, m.start()):
                yield Hit(m.start(), m.end(), 0.95, "Luhn-valid card number after its card company's name")
            elif luhn_ok(digits) and (grouped or ctx):
                yield Hit(m.start(), m.end(), 0.95 if ctx else 0.85, "Luhn-valid card number")
            elif (
                luhn_ok(digits)
                and _cards_in_column(view, m.start())
                and (_ISSUER.fullmatch(digits) or _bare_diners(view, m.start(), digits))
            ):
                # (a refund ledger's column of cards: its one number run together is the column's too,
                # not the bank-grouped account the payment roster's reading would make of it)
                yield Hit(m.start(), m.end(), 0.8, "Luhn-valid card number in a column of card numbers")
            elif luhn_ok(digits) and _ISSUER.fullmatch(digits):
                yield Hit(m.start(), m.end(), 0.6, "Luhn-valid number with a card issuer's prefix")
            elif luhn_ok(digits) and _bare_diners(view, m.start(), digits):
                yield Hit(m.start(), m.end(), 0.6, "Luhn-valid Diners Club number in a text about cards")
            elif ctx and grouped:
                yield Hit(m.start(), m.end(), 0.6, "card shape after 카드 context")
        for m in _BAR_GLUED.finditer(view.norm) if view.mentions(_CARD_TEXT) else ():
            digits = digits_only(m.group("card"))
            if (m.group("before") or m.group("after")) and luhn_ok(digits) and _ISSUER.fullmatch(digits):
                yield Hit(
                    m.start("card"),
                    m.end("card"),
                    0.8,
                    "Luhn-valid card number, a table's bar read as 1 beside it",
                )
        for m in _WRAPPED.finditer(view.norm) if self._context and self._context.search(view.norm) else ():
            digits = m.group(1) + m.group(2)
            if len(digits) in (15, 16) and luhn_ok(digits) and self.has_context(view, m.start()):
                yield Hit(
                    m.start(), m.end(), 0.85, "Luhn-valid card number broken by a line wrap, after its label"
                )
        for m in _WRAPPED_GROUPED.finditer(view.norm) if "\n" in view.norm else ():
            joined = m.group().replace("\n", "")
            digits = digits_only(joined)
            if (
                "-" in joined
                and _CARD.fullmatch(joined)
                and luhn_ok(digits)
                and self.has_context(view, m.start())
            ):
                yield Hit(
                    m.start(), m.end(), 0.85, "Luhn-valid card number broken inside a group, after its label"
                )
        for start, end, digits in spoken_numbers(view):
            if len(digits) in (15, 16) and luhn_ok(digits) and self.has_context(view, start):
                yield Hit(start, end, 0.85, "Luhn-valid card number said aloud, after its label")
        for m in _MASKED.finditer(view.norm):
            value = m.group()
            if (
                value.isdigit()
                or len(digits_only(value)) < 8
                or ("\n" in value and not self.has_context(view, m.start()))
            ):
                continue
            if any(ch in MASK for ch in value) and not self.has_negative(view, m.start()):
                yield Hit(m.start(), m.end(), 0.85, "partly masked card number")
        for m in _LAST_FOUR.finditer(view.norm):
            if self.has_negative(view, m.start()):
                continue
            if self.has_context(view, m.start()) or _cards_in_column(view, m.start()):
                yield Hit(
                    m.start(),
                    m.end(),
                    0.85,
                    "card number masked to its last four digits, by its label or column",
                )
