"""건강보험증 번호 (and the 의료급여증 number, the same card for medical-aid recipients): 11 digits
(plain, 1-10, 4-4-3 or 3-4-4 grouped, or partly masked as certificates print it; other groupings only
under the label); only with such a label,
or as the unlabelled number of a roster row of people known by a resident number, an e-mail, a mobile, a
plate or a licence (its cells split by bars, tabs, commas, wide gaps, or, in a document about health
insurance or check-ups, by single spaces when a converter ran the row together) or, in a health
register, by birth dates, or after a bare `증번호` cell label in such a document; never under another
label of the form (접수번호).

The 3-4-4 grouping has a phone number's shape, so it needs the label as the nearest one: a 전화/연락처
label between the 건강보험 label and the number makes it a phone."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..base import Hit, KoreanRecognizer
from ..patterns import record_key
from ..row_identifiers import PERSON_ID_IN_ROW
from ..textview import TextView
from .health_rows import named_card_numbers, status_row_numbers
from .kr_bank_account import BANK_NAME

# eleven characters, digits then masks (and the last digits, if shown)
_MASKED = r"(?=[\d*●Xx]{11}(?![\d*●Xx]))(?!01)\d{3,8}[*●Xx]{3,8}\d{0,4}"
_NUMBER = re.compile(
    r"(?<![\d\-*])(?:\d{11}|\d{1,2}[ ]?-[ ]?\d{9,10}|\d{4}[ ]?-[ ]?\d{4}[ ]?-[ ]?\d{3}|\d{4} \d{4} \d{3}"
    # (partly masked, the way certificates and registers print it: '1234567****', '12345******',
    # '123****4567'; a masked mobile starts 01)
    rf"|{_MASKED}"
    r"|(?P<phone_shape>\d{3}[ ]?-[ ]?\d{4}[ ]?-[ ]?\d{4})"
    # (any other two-part grouping of eleven digits, only under the card's label: '12345-678901')
    r"|(?P<grouped>\d{2,8}[ ]?-[ ]?\d{3,9}))(?![\d\-*])"
)
# a roster row of people by their resident numbers ('1  육○○  480607-1○○○○○○   27547599707   주소'):
# the row's own eleven-digit number is their insurance card, header or not
# (its two halves may stand in two cells: '| 850101 | 1234567 |')
# (a form's zero placeholder for a household member's number marks a person's row as well: '000000-0000000')
_RRN_IN_ROW = re.compile(r"(?<!\d)\d{6}[ ]?[-|]?[ ]?[1-8]|(?<!\d)0{6}[ ]?-[ ]?0{7}(?!\d)")
_WRAPPED = re.compile(r"(?<![\d\-])(\d{2,9})\n(\d{2,9})(?![\d\-])")
# the number said aloud in a call, its first digit apart ('팔 오사육일칠 오오삼칠칠' read as 8 54617 55377):
# only as the answer to a question for the card that the line above asked
_SAID = re.compile(r"(?<![\d\-])\d[ ]?[\- ][ ]?\d{5}[ ]?[\- ][ ]?\d{5}(?![\d\-])")
_ASKED = re.compile(r"건\s*강\s*보\s*험|보\s*험\s*증|의\s*료\s*급\s*여")
# what a roster row's unlabelled number must look like: eleven digits not starting with 0 (a phone), or 1-10
# (or eleven digits grouped 4-7, not as a phone, nor as a year and a serial as receipts number them:
# '1234-5678901', not '2024-1234567')
_ROW_SHAPE = re.compile(
    rf"[1-9]\d{{10}}|\d[ ]?-[ ]?\d{{10}}|\d{{4}}[- ]\d{{4}}[- ]\d{{3}}|{_MASKED}|(?!19|20)[1-9]\d{{3}}-\d{{7}}"
)
# the document is about health insurance or check-ups: a roster's bare number is the card number
# (or a health centre's register of the people it visits or treats: 방문건강관리, 치매안심센터, 보건소)
_HEALTH_DOC = re.compile(
    r"건강\s*(?:보험|검진|진단)|(?:암|국가|특수)\s*검진|검진\s*(?:결과|대상|기관)|피부양|유\s*소\s*견|의료\s*급여|보험\s*가입자|방문\s*건강|치매\s*안심|보건\s*소|진료\s*대상|환자\s*명부|"
    # (a vaccination list, and the insured's status the register gives: 자격취득, 자격상실)
    r"예\s*방\s*접\s*종|자\s*격\s*(?:취\s*득|상\s*실)|"
    # (or a claims export listing the clinic each person was treated in: '…;치과;4200')
    r"(?<![가-힣])(?:정형|신경|성형)?(?:내과|외과|치과|안과|피부과|이비인후과|소아청소년과|산부인과)(?![가-힣])"
)
# a person's birth date in the row instead of a resident number ('1981년 8월 13일', '1953-02-27', '460611')
# (a register may write the year in two digits: '61.02.03')
_BIRTH_IN_ROW = re.compile(
    r"(?<!\d)(?:19|20)\d{2}[ ]?(?:[.\-/년][ ]?\d{1,2}[ ]?[.\-/월][ ]?\d{1,2}[ ]?[.일]?)|(?<![\d\-])\d{6}(?![\d\-])"
    r"|(?<![\d.])\d{2}\.[01]\d\.[0-3]\d\.?(?![\d.])"
    # (eight digits run together, or a two-digit year in words: '19800212', '61년 3월 4일')
    r"|(?<!\d)(?:19|20)\d{2}[01]\d[0-3]\d(?!\d)|(?<!\d)\d{2}[ ]?년[ ]?\d{1,2}[ ]?월[ ]?\d{1,2}[ ]?일"
    # (day first, as foreigners' documents write it: '15.06.1942', '15 JUN 1942', 'June 15, 1942')
    r"|(?<![\d./])\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}(?!\d)|(?<!\d)\d{1,2}[ \-](?i:[A-Z]{3})[ \-](?:19|20)\d{2}(?!\d)"
    r"|[A-Z][a-z]{2,8} \d{1,2}, (?:19|20)\d{2}(?!\d)"
)
# '증번호' alone as a cell label or in brackets (not 자격증번호, 면허증번호: those run into the word before)
# (a log quotes it: 'target="증번호 …"')
_CARD_LABEL = re.compile(r"(?:^|[\t|,:(（\[\"'=]|\s)증\s*번\s*호\s*[\])]?\s*[:：|]?\s*$")
# a number under another label of the form, however near a 건강보험 word: '접수번호 20260123456'
_OTHER_LABEL = re.compile(
    r"(?:접\s*수|문\s*서|관\s*리|처\s*리|발\s*급|신\s*청|고\s*지|납\s*부)\s*번\s*호\s*[\])]?\s*[:：|]?\s*$"
)
_BANK_BEFORE = re.compile(rf"(?:{BANK_NAME}|계좌)\s*[:|,\t]?\s*$")
_CARD_GROUPING = re.compile(r"\d-\d{10}")
_OTHER_COLUMN = re.compile(r"계\s*좌|은\s*행|연\s*락|전\s*화|휴\s*대|카\s*드|사업자|면\s*허|여\s*권")
# the key a system's record (JSON, key=value) gives the card number: '"hi":"…"', 'nhis_no=…'
_LOG_KEY = record_key(r"hi|nhis(?:_?no)?|hi_?no|health_?(?:ins(?:urance)?)?(?:_?no)?|insurance_?no")
# the card's label after the number, in brackets or after an arrow, as some forms and exports write it:
# '12345678901 (보험증 번호)', '12345678901 <- 건강보험증'
_LABEL_AFTER = re.compile(
    r"[ \t]*(?:←|<-)?[ \t]*[(（]?[ \t]*(?:건\s*보\s*증|건\s*강\s*보\s*험|보\s*험\s*증|의\s*료\s*급\s*여\s*증"
    # (a note's '…번 건보 자격 확인': the number, then 번 and the insurance's short name)
    r"|번[ ]?건\s*보(?![가-힣]))"
)
_PHONE_LABEL = re.compile(r"전\s*화|연\s*락\s*처|휴\s*대|팩\s*스|FAX|Tel|TEL|☎")


# (a name opening the row, perhaps letter-spaced, after the row's number; a sum in won right after)
_NAME_BEFORE = re.compile(r"[ \t]*(?:\d{1,4}[.)]?[ \t]+)?(?:[가-힣]{2,4}|[가-힣](?: [가-힣]){1,3})[ \t]+")
_SUM_AFTER = re.compile(r"[ \t]+\d{1,3}(?:,\d{3})+(?:[ \t]*원)?(?![\d,])")
_ELEVEN = re.compile(r"[1-9]\d{10}")
_BANK_IN_ROW = re.compile(rf"{BANK_NAME}|계좌")


def _card_column(view: TextView, start: int) -> bool:
    """Two or more other rows of the number's column hold eleven digits too, and no row of those holds a
    bank: a column of card numbers, not of accounts."""
    if _BANK_IN_ROW.search(view.norm, *view.line_at(start)):
        return False
    return sum(1 for cell in view.column_cells(start) if _ELEVEN.fullmatch(cell)) >= 2


class KoHealthInsuranceRecognizer(KoreanRecognizer):
    ENTITY = "KR_HEALTH_INSURANCE"
    SPACE_TOLERANT = True
    # (forms abbreviate the card: '건보증번호', '건보 번호', or '건보' alone before the number)
    CONTEXT = (
        "건강보험",
        "보험증",
        "건강보험증",
        "가입자번호",
        "요양기관",
        "의료급여증",
        "건보",
    )
    WINDOW = 40

    def find(self, view: TextView) -> Iterator[Hit]:
        for m in _NUMBER.finditer(view.norm):
            if m.group("phone_shape") and not self._health_nearest(view, m.start()):
                continue
            if _OTHER_LABEL.search(view.left(m.start(), 14, 1)):
                continue
            if m.group("grouped"):
                if sum(ch.isdigit() for ch in m.group()) == 11 and self._health_nearest(view, m.start()):
                    yield Hit(m.start(), m.end(), 0.8, "건강보험 label, eleven digits grouped otherwise")
                elif _ROW_SHAPE.fullmatch(m.group()) and self._in_resident_row(view, m):
                    yield Hit(m.start(), m.end(), 0.8, "eleven digits grouped otherwise in a row of a person")
                continue
            if self.has_context(view, m.start()):
                yield Hit(m.start(), m.end(), 0.85, "건강보험 label")
            elif _LABEL_AFTER.match(view.norm, m.end(), m.end() + 24):
                yield Hit(m.start(), m.end(), 0.85, "건강보험 label after the number")
            elif _LOG_KEY.search(view.left(m.start(), 24, 1)):
                yield Hit(m.start(), m.end(), 0.85, "health-insurance key of a system's record")
            elif _ROW_SHAPE.fullmatch(m.group()) and self._in_resident_row(view, m):
                yield Hit(m.start(), m.end(), 0.8, "eleven digits in a row of resident numbers")
            elif _CARD_LABEL.search(view.left(m.start(), 12, 1)) and (
                view.mentions(_HEALTH_DOC) or (m.group().isdigit() and len(m.group()) == 11)
            ):
                # (eleven plain digits, the card's own length, need no health word elsewhere: an access log)
                yield Hit(m.start(), m.end(), 0.8, "증번호 label in a health-insurance document")
        for start, end in named_card_numbers(view):
            yield Hit(start, end, 0.75, "eleven digits right after a person's name, in a health document")
        for start, end in status_row_numbers(view):
            yield Hit(start, end, 0.8, "eleven digits in the cell before the insured's status")
        for m in _SAID.finditer(view.norm) if view.mentions(_ASKED) else ():
            if _ASKED.search(view.left(m.start(), 80, 2)):
                yield Hit(m.start(), m.end(), 0.75, "card number said in answer to a question for it")
        for m in _WRAPPED.finditer(view.norm):
            if len(m.group(1) + m.group(2)) == 11 and self.has_context(view, m.start()):
                yield Hit(m.start(), m.end(), 0.8, "건강보험 label, number broken by a line wrap")

    @staticmethod
    def _in_resident_row(view: TextView, m: re.Match[str]) -> bool:
        """The number is a cell of its own in a row of a person (a resident number, another identifier, a
        birth date), or has the card's own 1-10 grouping, there or elsewhere in its headerless column."""
        start, end = view.line_at(m.start())
        before, after = view.norm[start : m.start()], view.norm[m.end() : end]
        if _BANK_BEFORE.search(before):
            return False
        if _OTHER_COLUMN.search(view.column_header(m.start())):
            return False  # a column the header names otherwise (지급 계좌, 연락처)
        # (a cell of an export: split by a tab, a bar, a comma or a semicolon, quoted or not)
        # (or by a semicolon set apart by spaces: '1 ; ○○○ ; … ; 12345678901 ; …')
        own_cell = re.search(r"(?:^|\t|\|[ ]*|[,;]\"?[ ]?|[ ]{2,})$", before) and re.match(
            r"(?:\t|[ ]*\||[ ]?\"?[,;]|[ ]{2,}|\"?$)", after
        )
        if not own_cell and view.mentions(_HEALTH_DOC):
            own_cell = re.search(r"(?:^|[ ])$", before) and re.match(r"(?:[ ]|$)", after)
        if not own_cell:
            return False
        if _RRN_IN_ROW.search(before) or _RRN_IN_ROW.search(after):
            return True
        if PERSON_ID_IN_ROW.search(before) or PERSON_ID_IN_ROW.search(after):
            return True
        # the card's own 1-10 grouping in a cell of its own, or a headerless column that holds it in other
        # rows (a payment list by name, bank and account: '○○○ ⇥ ○○은행 ⇥ … ⇥ 1-2345678901 ⇥ 금액')
        if _CARD_GROUPING.fullmatch(m.group()) or any(
            _CARD_GROUPING.fullmatch(cell) for cell in view.column_cells(m.start())
        ):
            return True
        # a health-insurance list's row of a name, the card number and a sum, apart by single spaces as a
        # converter runs them together ('○○○ 12345678901 174,000 ○○은행 …': a refund list of the insured)
        if view.mentions(_HEALTH_DOC) and _NAME_BEFORE.fullmatch(before) and _SUM_AFTER.match(after):
            return True
        # a health register's row: the person's birth date beside the card number (a dashed grouping needs
        # no register around it, nor a column of such numbers with no bank in their rows: a list of people
        # by name, card number and birth date whose header was left off)
        if not (_BIRTH_IN_ROW.search(before) or _BIRTH_IN_ROW.search(after)):
            # (a date a scan garbled, '1 990. 10. 10.': in a health register, the column's other card
            # numbers vouch for the row's)
            return view.mentions(_HEALTH_DOC) and _card_column(view, m.start())
        return view.mentions(_HEALTH_DOC) or "-" in m.group() or _card_column(view, m.start())

    def _health_nearest(self, view: TextView, start: int) -> bool:
        # (a form laid out as a two-column table, its label in the row's own first cell: '의료보험증 번호 | …')
        if self._health_label_last(view.left(start, self.WINDOW, 1)):
            return True
        header = view.column_header(start)
        if header:
            return bool(self._context and self._context.search(header)) and not _PHONE_LABEL.search(header)
        return self._health_label_last(view.left(start, self.WINDOW, self.LINES))

    def _health_label_last(self, left: str) -> bool:
        """A 건강보험 label in `left`, nearer the value than any phone label."""
        health = [m.end() for m in self._context.finditer(left)] if self._context else []
        phone = [m.end() for m in _PHONE_LABEL.finditer(left)]
        return bool(health) and (not phone or max(health) > max(phone))
