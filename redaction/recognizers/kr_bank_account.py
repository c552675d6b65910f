"""계좌번호: 10-16 digits in bank-specific groupings; only next to a bank name or account label.

Line wraps and stray spaces split groups (`414-⏎80-…`, `131-984-629 580`), and a partly masked
number (`1005-***-***663`) still points at one account: after a bank name both are findings.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..base import Hit, KoreanRecognizer
from ..idnumbers import classify13, luhn_ok
from ..kiwi import known_word
from ..lexicons import load
from ..normalize import digits_only
from ..patterns import (
    EMAIL_IN_ROW,
    MASK,
    PERSON_NUMBER,
    RESIDENT_NUMBER_START,
    id13_matches,
    nearest_hint,
)
from ..spoken import spoken_numbers
from ..textview import TextView
from .health_rows import INSURED_STATUS_NEXT
from .trip_rows import card_holder_row

# (a securities firm's accounts run eight digits and two: '12345678-01'; or seven and two, with one or two more)
# (a virtual account's last group may run to nine digits: '12345-123456789')
_ACCOUNT = re.compile(
    r"(?<![\d\-.])\d{2,6}(?:[ ]?-[ ]?\n?\d{2,8}){0,3}[ ]?-[ ]?\n?\d{1,9}(?![\d\-])"
    r"|(?<![\d\-.])\d{7}[ ]?-[ ]?\d{2}(?:[ ]?-[ ]?\d{1,2})?(?![\d\-])"
    r"|(?<![\d\-.])\d{8}[ ]?-[ ]?\d{2}(?![\d\-])|(?<![\d\-.])\d{10,16}(?![\d\-])"
)
_M = f"[0-9{MASK}]"
# after a bank name: groups split by a stray space, or partly masked
_LOOSE = re.compile(rf"(?<![\d\-.])\d{_M}{{1,5}}(?:(?:[ ]?-[ ]?\n?|[ ]){_M}{{1,8}}){{1,4}}(?![\d\-{MASK}])")
# groups split by dots, as some banks' passbooks and many forms print them: '949.648630.056'
# (a last group of one digit too: '9003.1122.3344.5')
_DOTTED = re.compile(r"(?<![\d\-.])\d{2,6}(?:\.\d{1,8}){1,3}(?![\d\-.])")
# (securities firms named '○○금융투자', and the forestry cooperatives' bank, 산림조합, hold accounts too)
BANK_NAME = r"(?:은행|뱅크|우체국|금고|신협|수협|농협|저축|증권|금융투자|산림조합|Bank|BANK)"
# the bank before the number ('국민은행 ', '신협 | ', '우체국 / ', 'bank=… acct=') or right after it
# in brackets ('(카카오뱅크)')
# (OCR reads a table's bar as I, l or !: '토스뱅크 I 1000-…')
# (a CSV cell or a bracket may follow: '우리은행,1005…', '수협은행(1018…')
# (said in a call: 'NH농협이요. 352-…', 'KB국민은행이고요, 898509-…')
# (or the short names rosters and slips write, right before the number: '우리 1002-…', '카뱅 3333-…',
# '지역농·축협 …'; as words — 우리, 하나, 국민 — they stand before no account-shaped number)
# (and the initials and short names people type in chats: 'SC 123-…', 'NH 302-…', 'MG새마을 9001-…', '카카오 3333-…';
# not a region's name alone: 경남, 전북, 대구 head a driving licence's number as often as they name a bank; a
# region before an account's groups is read apart, in texts about accounts only — see _regional_bank)
BANK_SHORT = (
    r"(?<![가-힣A-Za-z])(?:우리|신한|하나|기업|국민|카뱅|카카오|토스|케이|키움|미래에셋|SC제일|SC|NH농협|NH|KB국민|KB|IBK기업|IBK|MG새마을|MG|새마을|씨티|iM|"
    r"(?:지역)?농\s*[·ㆍ]\s*축협|축협)"
)
# (the bank's other name in brackets may close its cell: '○○뱅크(○○은행) | 123 …')
# (its region or the kind of account in brackets after it: 'iM뱅크(대구) ', '○○증권(증권계좌) ')
_BANK = re.compile(
    rf"(?:{BANK_NAME}|{BANK_SHORT})(?:[(（][가-힣A-Za-z]{{1,6}}[)）])?(?:이요|이에요|예요|입니다|이고요|요)?"
    r"\s*[)）]?\s*[:)|/!Il,;(（.]?\s*$"
    r"|bank=\S*\s+acct=$"
)
# a passbook's cover as a scan reads it: the bank and the account's product on one line, the number alone
# on the next ('○○은행 보통예금⏎123-45-…')
_BANK_LINE = re.compile(
    rf"(?:{BANK_NAME}|{BANK_SHORT})\s*(?:[(（][^()\n]{{1,10}}[)）])?\s*(?:보통|저축|자유|정기|기업자유)?\s*(?:예금|적금)?\s*$"
)
# a log's time stamp ('[2021-05-13 14:15:25]'): its date and hour read as a spaced account, or run together
# once stray spaces are taken out
_TIMESTAMP = re.compile(r"(?:19|20)\d{2}-[01]\d-[0-3]\d[ T]?\d{1,2}:\d{2}")
# the account's own label right before it, whatever a form's aligned columns put above it
# (OCR writes it 게좌번호, 계좌번흐; a system's record keys it: "account":")
_ACCOUNT_LABEL = re.compile(
    r"[계게]\s*좌\s*(?:번\s*[호흐])?\s*[\]】)）]?\s*[:：|(（]?\s*$|\"?account\"?\s*[:=]\s*\"?$", re.I
)
# a number masked in the middle without separators or between dots: '402943**159581', '957.2563.***8.79'
_MASKED_RUN = re.compile(rf"(?<![\d{MASK}.\-])\d[\d{MASK}.]{{6,20}}\d(?![\d{MASK}.\-])")
# (the bracket may go on: '(부산은행, 본인 명의)'; or the bank is the next cell of an export or a table
# without a header: '…,1002-…,우리은행,…', '| 3333-… | 카카오뱅크 |')
_BANK_AFTER = re.compile(
    rf"^\s*(?:[(（]\s*[가-힣A-Za-z]{{0,8}}{BANK_NAME}\s*[)）,]"
    rf"|(?:[,;|\t]|[ ]{{2,}})\s*\"?[가-힣A-Za-z]{{0,8}}{BANK_NAME}\"?\s*(?:[,;|\t]|[ ]{{2,}}|$)"
    # (or a cell of the short name alone, as rosters write it: '… 123-45-678901   신한', '… | 대구 |')
    rf"|(?:[,;|\t]|[ ]{{2,}})\s*(?:{BANK_SHORT}|대구|부산|광주|경남|전북|제주)\s*(?:[,;|\t]|[ ]{{2,}}|$)"
    # (or its short name in brackets right after the number: '… 123-456-789012(우리)', '…(농협)')
    rf"|[(（]\s*(?:{BANK_SHORT}|농협|수협|신협|우체국|대구|부산|광주|경남|전북|제주)\s*[)）]"
    # (or one space on, before the sum paid into it or the line's end: '… → 123-45-678901 ○○은행 1,000,000원')
    rf"|[ ][가-힣A-Za-z]{{0,8}}{BANK_NAME}(?=[ ]+(?:금[ ]?)?[\d,]+[ ]?원|[ ]*$))",
    re.MULTILINE,
)
# an account masked from the front, its last digits left ('******-**-**1234', '***-***-**5678'), as lists
# published after a payment print it: an account only beside its bank or label
_MASKED_FRONT = re.compile(
    rf"(?<![\d\-{MASK}])[{MASK}]{{2,6}}(?:[ ]?-[ ]?{_M}{{1,8}}){{1,3}}(?<=\d\d\d)(?![\d\-{MASK}])"
)
# (a resident or foreigner's number, shown or masked, is the id13 recognizers' even when a bank follows it)
_RRN_SHAPE = re.compile(rf"\d{{6}}[ ]?-[ ]?\n?(?:[1-8][0-9{MASK}]{{6}}|[{MASK}]{{7}})")


def _resident_digits(digits: str) -> bool:
    """Thirteen digits that read as a resident or foreigner number, its check digit right: in a row
    '성명 | 8501011234567 | ○○은행 | 계좌', the bank's cell is the next one's."""
    if len(digits) != 13:
        return False
    verdict = classify13(digits[:6], digits[6], digits[7:], "", separated=False)
    return verdict is not None and verdict[0] in ("KR_RRN", "KR_FRN")


# a telephone number's own grouping (an area code, 070, 050x or a mobile, masked or not): in a row the bank's
# name in the next cell belongs to the account after it ('… | 010-1234-5678 | ○○은행 | 123-…')
_PHONE_SHAPE = re.compile(
    r"(?:\+82[ \-]?(?:\(0\))?[ \-]?(?:1[016789]|[2-6]\d?)|\(?0(?:2|[3-6][1-5]|70|50\d|1[016789])\)?)[ .\-)]?[\d*]{3,4}[ .\-][\d*]{4}"
)
_INTL_BEFORE = re.compile(r"\+82[ \-]?(?:\(0\))?[ \-]?$")


def _phone_like(view: TextView, m: re.Match[str]) -> bool:
    """The number is a telephone's, its country code (+82) perhaps just before it."""
    return bool(_PHONE_SHAPE.fullmatch(m.group()) or _INTL_BEFORE.search(view.left(m.start(), 8, 1)))


# a securities firm's name: its accounts may run eight digits ('1234-5678 ○○증권', '12345678(○○증권)')
_SECURITIES = re.compile(r"증\s*권")
_EIGHT_DIGITS = re.compile(r"(?<![\d\-.,])\d{8}(?![\d\-.,])")
_COMPACT_DAY = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
_SECURITIES_BEFORE = re.compile(r"증\s*권\s*(?:[(（][^()\n]{1,8}[)）])?\s*[:)|/,]?\s*$")
_SECURITIES_AFTER = re.compile(r"(?:[ ]{1,}|\t|[ ]*[|,(（][ ]*)[가-힣A-Za-z]{0,8}증\s*권(?![가-힣])")


def _securities_beside(view: TextView, m: re.Match[str]) -> bool:
    """A securities firm's name is the field right before or right after the short number, and the
    number is no date's or phone's shape."""
    value = m.group()
    digits = digits_only(value)
    if (
        _phone_shaped(digits)
        or _YEAR_FIRST.match(value)
        or _COMPACT_DAY.fullmatch(digits)
        or value.count("-") > 1
    ):
        return False
    return bool(
        _SECURITIES_BEFORE.search(view.left(m.start(), 16, 1)) or _SECURITIES_AFTER.match(view.norm, m.end())
    )


def _bank_cell_after(view: TextView, m: re.Match[str]) -> bool:
    """A bank's name right after the number (in brackets or the next cell) names its account, unless the
    number is a resident's or a telephone's own shape, or the bank's cell is followed by a number of its
    own ('| 110111-2 345678 | 농협 | 301-…'): those belong to the cells before the account."""
    right = view.right(m.end(), 48)
    bank = _BANK_AFTER.match(right)
    return bool(
        bank
        and not _RRN_SHAPE.fullmatch(m.group())
        and not _phone_like(view, m)
        and not _ACCOUNT_NEXT.match(right, bank.end())
    )


# (the bank's cell already closed by its separator: the next cell's number is the account)
_ACCOUNT_NEXT = re.compile(r"[ \t]*(?:[|\t][ \t]*)?\d[\d\- ]{7,}\d")


_MOBILE = re.compile(r"01[016789]-?\d{3,4}-?\d{4}$")
# an agency's own accounts: the virtual account a fine is paid into, the 세입세출외현금 account, its revenue
# account ('○○시 세입 계좌')
_OWN_FUNDS_WORDS = r"세입세출외|발주기관"
_AGENCY_ACCOUNT = re.compile(
    rf"가\s*상\s*계\s*좌|{_OWN_FUNDS_WORDS}|납부\s*계좌|수납\s*계좌|세\s*입\s*계\s*좌"
)
# the account's holder named after it on its line, and the endings of an agency's name (○○구청, ○○세무서)
_HOLDER_AFTER = re.compile(
    r"(?:예\s*금\s*주|명\s*의|납\s*부\s*자|납\s*세\s*자)\s*[:：]?\s*(?P<holder>[가-힣○]{2,12})\s*(?:[)）]|$)"
)
# what says the account is the agency's: its own funds' accounts, or a collection account it holds (the
# holder after it, '○○시 명의', '기관 세입', '시 세입 전용', '시금고', '세외수입')
_OWN_FUNDS = re.compile(_OWN_FUNDS_WORDS)
_AGENCY_HELD = re.compile(
    r"세\s*입|세\s*외\s*수\s*입|(?:시|도|구|군)\s*금\s*고|(?<!금융)기\s*관|[가-힣○](?:청|시|군|구|도|서|부)\s*명\s*의|예\s*금\s*주\s*[:：]?\s*[가-힣○]*(?:청|시|군|구|도|서|부|원|공사|공단)(?![가-힣])"
)
# the payer named before the account on its line: a virtual account issued to that person ('납부자 ○○○ 가상계좌 …')
_PAYER_BEFORE = re.compile(r"납\s*[부세]\s*자\s*[:：]?\s*[가-힣]{2,5}\s")
_INSTITUTION_ENDS = (
    "청",
    "시",
    "군",
    "구",
    "도",
    "서",
    "원",
    "부",
    "처",
    "단",
    "공사",
    "소",
    "회",
    "센터",
    "학교",
    "은행",
)
# (a virtual account is also how a payee is paid: under a label that pays out, or in a payee's row)
_PAYEE_LABEL = re.compile(r"(?:지\s*급|환\s*급|(?<!세)입\s*금|수\s*령)\s*계\s*좌")


def _agency_account(view: TextView, start: int) -> bool:
    """The number is the agency's own account (its 세입세출외 account, or a collection account the document
    says the agency holds), not a person's: a virtual account is issued to one payer for one bill, so
    without the agency named as its holder it identifies that payer, and the payee's virtual account a
    refund or payment goes to ('환급 계좌: 가상계좌(○○) …', '○○○ | 가상계좌(○○) | …') is the payee's."""
    if not _AGENCY_ACCOUNT.search(view.left(start, 30, 1)):
        return False
    line_start, line_end = view.line_at(start)
    before = view.norm[line_start:start]
    if _PAYEE_LABEL.search(before) or _PAYER_BEFORE.search(before):
        return False
    holder = _HOLDER_AFTER.search(view.norm, start, line_end)
    if holder is not None and not holder.group("holder").endswith(_INSTITUTION_ENDS):
        return False  # (its holder a person, not the agency: '… 가상계좌 ○○은행 123… (예금주 ○○○)', or the
        # person it was issued to: '(납부자 ○○○)')
    if not (
        _OWN_FUNDS.search(view.left(start, 30, 1))
        or holder is not None
        or _AGENCY_HELD.search(view.norm, line_start, line_end)
    ):
        return False  # (no word of the agency's holding it: the payer's own bill)
    # (a payee's table row opens with the name, not with the account's label)
    if view.line_separator(view.line_index(start)) is None:
        return True
    first = _ROW_NAME.match(before)
    return first is None or _AGENCY_ACCOUNT.search(first.group()) is not None or not _name_opens(before)


_BANK_ANYWHERE = re.compile(BANK_NAME)
_SHORT = re.compile(BANK_SHORT)
_ACCOUNT_WORD = re.compile(r"계\s*좌")
_WRAPPED_NUMBER = re.compile(r"(?<![\d\-.])\d[\d\-]{1,15}\n[\d\-]{0,15}\d(?![\d\-])")
_SPACE_GROUPED = re.compile(r"(?<![\d\-.])\d{2,6}(?: \d{2,8}){1,3}(?![\d\-])")
# a roster of payees: the document pays or refunds, and the row holds a person's resident number or mobile
_PAYS = re.compile(
    r"지\s*급|계\s*좌|입\s*금|환\s*급|환\s*수|수\s*당|급\s*여|송\s*금|이\s*체|지\s*원\s*금|보\s*조\s*금|장\s*려\s*금|양\s*육\s*비"
)
# a passbook's transaction line: date, the counterpart's account, amount, balance
_PASSBOOK = re.compile(r"예\s*[금끔]\s*주|통\s*장|거\s*래\s*내\s*역")
_TRANSACTION = re.compile(
    r"^[ \t]*\d{2,4}[-./]\d{1,2}[-./]\d{1,2}[ \t]{2,}(?P<account>\d{2,6}(?:-\d{2,8}){1,3})[ \t]{2,}[\d,]+[ \t]{2,}[\d,]+[ \t]*$",
    re.MULTILINE,
)
# a transfer file's result row, fields apart by single spaces: its number, a status word, the payee's
# account, name and sum ('001 정상 12345678901 ○○○ 350,000')
_TRANSFER_ROW = re.compile(
    r"^[ \t]*\d{1,4}[ \t]+(?:[가-힣()]{1,10}[ \t]+)?(?P<account>\d{10,14}|\d{2,6}(?:-\d{2,8}){1,3})"
    r"[ \t]+[가-힣]{2,4}[ \t]+\d{1,3}(?:,\d{3})+(?:[ \t]*원)?[ \t]*$",
    re.MULTILINE,
)
_AMOUNT = re.compile(r"[\d,]{3,}\s*원|\d+\s*만\s*원")
# a person's record in a sentence: their resident number, then the account ('(예: ○○○, 850312-1******,
# 513538-37-571672)')
# (or the cell after it in a row: '1|○○○|781225-2******|647-849-384582|2004-05-18')
_AFTER_RESIDENT = re.compile(r"\d{6}[ ]?-[ ]?[1-8][\d*xX●○]{6}\s*[,/|;\t]\s*$")
# groupings that are other numbers: resident (6-7), business (3-2-5), licence (2-2-6-2), card (4-4-4-4)
_CARD_SHAPE = re.compile(r"\d{4}-\d{4}-\d{4}-\d{4}")
_LICENCE_SHAPE = re.compile(r"(?:1[1-9]|2[0-8])-\d{2}-\d{6}-\d{2}")
_OTHER_SHAPES = re.compile(r"\d{6}-\d{7}|\d{3}-\d{2}-\d{5}|\d{2}-\d{2}-\d{6}-\d{2}|\d{4}-\d{4}-\d{4}-\d{4}")


# a roster row's other fields: a birth date (1990-01-02, 1990.01.02., 19900102, 90.01.02) and a name
_ROW_DATE = re.compile(
    r"(?<![\d\-.])(?:(?:19|20)\d{2}[.\-/][ ]?\d{1,2}[.\-/][ ]?\d{1,2}|(?:19|20)\d{6}|\d{2}\.\d{2}\.\d{2}"
    r"|\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))(?![\d\-])"
)
# the account word right after the number: '… 123-456-789012 등 대포통장 3개로', '… 123-45-6789 계좌로'
_PASSBOOK_AFTER = re.compile(r"[ ]?(?:등[ ]?|외[ ]?\d?[ ]?개?[ ]?)?(?:[가-힣]{1,3}[ ]?)?(?:통장|계좌)")
# (the text is folded: box-drawing bars are already the "|" tables split on)
_ROW_NAME = re.compile(r"^[ \t|]*(?:\d{1,4}[.)]?[ \t|]+)?[가-힣](?: ?[가-힣]){1,3}[ \t|]")
# a sum of money as a row's later cell: thousands apart by commas, or five to nine digits alone
_ROW_SUM = re.compile(r"(?<![\d\-])(?:\d{1,3}(?:,\d{3})+|\d{5,9})(?:\s*원)?(?![\d\-])")
_THOUSANDS = re.compile(r"(?<![\d\-])\d{1,3}(?:,\d{3})+(?![\d\-])")
_FIELD_EDGE = re.compile(r"[ \t|,]")
_YEAR_FIRST = re.compile(r"(?:19|20)\d{2}[\- ]")


def _opening_word(row: str) -> str | None:
    """The short Hangul word that opens the row (after its number), spaces taken out; None if none does."""
    m = _ROW_NAME.match(row)
    return None if m is None else m.group().strip(" \t|0123456789.)").replace(" ", "")


def _name_opens(row: str) -> bool:
    """The row opens with a person's name: a surname first, no word of the dictionary (not '○○리 614')."""
    name = _opening_word(row)
    return name is not None and name[:1] in load("surnames") and not known_word(name)


def _bare_roster_row(view: TextView, m: re.Match[str]) -> bool:
    """The number closes a row that lists a person with no header, bank or label at all ('○○○ 1990-01-02
    010-…-… 123-45-678901'): a name first, a birth date and a mobile or resident number, and then the one
    thing left that runs 10 to 14 digits in a bank's groups. A wrapped row puts the number alone on the
    next line. Not another number's shape, a phone's, or a record number that opens with its year."""
    value = m.group()
    digits = digits_only(value)
    grouped = value.count("-") >= 2 or (value.isdigit() and 12 <= len(value) <= 14)
    if not (grouped and 10 <= len(digits) <= 14) or _phone_shaped(digits) or _YEAR_FIRST.match(value):
        return False
    if _OTHER_SHAPES.fullmatch(_as_dashed(value)):
        return False
    line_start, line_end = view.line_at(m.start())
    before = view.norm[line_start : m.start()]
    after = view.norm[m.end() : line_end]
    if (before and not _FIELD_EDGE.fullmatch(before[-1])) or (after and not _FIELD_EDGE.match(after)):
        return False
    if after.strip(" \t|"):
        return False  # (the row's last field)
    if not before.strip(" \t|"):  # alone on its line: the row above wrapped
        index = view.line_index(m.start())
        if index == 0:
            return False
        line_start, line_end = view.line_bounds(index - 1)
        before = view.norm[line_start:line_end]
    return bool(_name_opens(before) and _ROW_DATE.search(before) and PERSON_NUMBER.search(before))


# a mobile as a row's last field, OCR's O for 0 and dots allowed ('010-1234-5678', '01O.1234.5678')
_ROW_MOBILE = re.compile(r"[ \t|]*0[1l][016789O][ .\-]?\d{3,4}[ .\-]?\d{4}[ \t|]*$")


# a column headed as another person's number: the insurance card's (its numbers printed 4-4-3 or 4-7 with
# spaces, as many exports do), a resident's, a licence's, a card's
_OTHER_ID_HEADER = re.compile(
    r"건\s*강\s*보\s*험|보\s*험\s*증|증\s*번\s*호|주\s*민|외\s*국\s*인|여\s*권|면\s*허|사\s*업\s*자|카\s*드"
)


def _other_identifier_cell(view: TextView, m: re.Match[str]) -> bool:
    """The number is another identifier of the payee's row, not the account: its column is headed as one,
    or a bank's cell follows it with the account after that ('… | 1234 5678 901 | ○○은행 | 123-45-678901')."""
    if _OTHER_ID_HEADER.search(view.column_header(m.start())) or INSURED_STATUS_NEXT.match(
        view.norm, m.end()
    ):
        return True  # (or the insured's status in the next cell: the number is their insurance card)
    right = view.right(m.end(), 48)
    bank = _BANK_AFTER.match(right)
    return bank is not None and _ACCOUNT_NEXT.match(right, bank.end()) is not None


def _grouped_like_an_account(value: str, dashes: int, longest: int) -> bool:
    """In a bank's groups (at least `dashes` hyphens, 10 to `longest` digits), and not a phone's shape,
    a record number that opens with its year, or another number's grouping."""
    digits = digits_only(value)
    return (
        value.count("-") >= dashes
        and 10 <= len(digits) <= longest
        and not _phone_shaped(digits)
        and not _YEAR_FIRST.match(value)
        and not _OTHER_SHAPES.fullmatch(_as_dashed(value))
    )


# a field's edges in an exported or flattened row: a wide gap, a tab, a bar, a comma, a semicolon, a quote
_FIELD_BEFORE = re.compile(r"(?:^|[ ]{2}|[\t|│,;\"])[ \t\"]*$")
_FIELD_AFTER = re.compile(r"[ \t\"]*(?:$|[ ]{2}|[\t|│,;\"])")
# what such a row's other grouped numbers look like: a telephone's area code, groups of three or four and
# four (a digit OCR glued on too), and a record number with its year in the middle ('1234-2025-123456')
_NOT_AN_ACCOUNT_HERE = re.compile(r"0\d{1,3}-\d{3,4}-\d{4,5}|\d{2,6}-(?:19|20)\d{2}-\d{3,8}")
_RESIDENT_IN_ROW = re.compile(RESIDENT_NUMBER_START)
_DATE_IN_ROW = re.compile(r"(?<![\d.\-])\d{2,4}[.\-/][ ]?\d{1,2}[.\-/][ ]?\d{1,2}(?![\d\-])")
_EMAIL_IN_ROW = re.compile(EMAIL_IN_ROW)


def _identified_row_account(view: TextView, m: re.Match[str]) -> bool:
    """The number, in a bank's groups (two hyphens or more, 10 to 14 digits, no other number's shape), is a
    field of its own in a row that holds a person's resident or foreigner's number, e-mail, or mobile and
    birth date: a flattened register of people with no header, bank or label, where the account is the one
    bank-grouped field left. Not a field the column's header or the next cell names as another identifier."""
    if not _grouped_like_an_account(m.group(), dashes=2, longest=14) or _NOT_AN_ACCOUNT_HERE.fullmatch(
        m.group()
    ):
        return False
    line_start, line_end = view.line_at(m.start())
    if not (
        _FIELD_BEFORE.search(view.norm, line_start, m.start())
        and _FIELD_AFTER.match(view.norm, m.end(), line_end)
    ):
        return False
    row = view.norm[line_start : m.start()] + " " + view.norm[m.end() : line_end]
    # (a mobile alone does not make the row a register: a contact list gives an office's other numbers)
    identified = _RESIDENT_IN_ROW.search(row) or _EMAIL_IN_ROW.search(row)
    if not identified and not (PERSON_NUMBER.search(row) and _DATE_IN_ROW.search(row)):
        return False
    return not _other_identifier_cell(view, m)


def _name_account_mobile_row(view: TextView, m: re.Match[str]) -> bool:
    """The number is the middle field of a row of three with no header, bank or label: the person's name,
    the number in a bank's groups (three or four of them, 10 to 14 digits), their mobile ('○○○ 123-456-
    789012 010-…'). Not another number's shape, a phone's, or a record number that opens with its year."""
    if not _grouped_like_an_account(m.group(), dashes=2, longest=14):
        return False
    line_start, line_end = view.line_at(m.start())
    before = view.norm[line_start : m.start()]
    return bool(
        _ROW_NAME.fullmatch(before)
        and _name_opens(before)
        and _ROW_MOBILE.match(view.norm, m.end(), line_end)
    )


def _card_holder_account(view: TextView, m: re.Match[str]) -> bool:
    """The number, a field of its own in a bank's groups (10 to 16 digits, no card's, phone's or other
    number's shape), stands in a row that opens with a person's name and holds their card."""
    value = m.group()
    if not _grouped_like_an_account(value, dashes=1, longest=16) or _LICENCE_SHAPE.fullmatch(
        _as_dashed(value)
    ):
        return False
    if view.mentions(_MERCHANT) and not view.mentions(_ACCOUNT_TEXT):
        return False  # a card ledger's rows give the merchant's business number beside the card
    line_start, line_end = view.line_at(m.start())
    before, after = view.norm[line_start : m.start()], view.norm[m.end() : line_end]
    if (before and not _FIELD_EDGE.fullmatch(before[-1])) or (after and not _FIELD_EDGE.match(after)):
        return False
    return card_holder_row(view, m.start(), m.end(), _surname_opens)


_MERCHANT = re.compile(r"가\s*맹\s*점|사\s*업\s*자")


def _surname_opens(row: str) -> bool:
    """The row opens with a short Hangul word led by a surname (the card beside it decides the rest: a
    name Kiwi also reads as a word still opens a card holder's row)."""
    name = _opening_word(row)
    return name is not None and name[:1] in load("surnames")


def _as_dashed(value: str) -> str:
    """A number's groups joined by single dashes, whether hyphens, spaces or line breaks parted them,
    to compare with the shapes above ('12 34 567890 12' as '12-34-567890-12')."""
    return re.sub(r"[ \n]*-[ \n]*|[ \n]+", "-", value.strip())


def _bank_or_label_before(view: TextView, start: int) -> bool:
    """A bank's name or the account's own label right before the number."""
    return bool(_BANK.search(view.left(start, 16, 1)) or _ACCOUNT_LABEL.search(view.left(start, 12, 1)))


def _bank_line_above(view: TextView, start: int) -> bool:
    """The number opens its line and the line above names the bank (and the product) alone, or ends with
    the bank's name (a sentence wrapped between the bank and its number: '… 이내에 ○○은행⏎123-…')."""
    index = view.line_index(start)
    if index == 0 or view.norm[view.line_starts[index] : start].strip():
        return False
    above_start, above_end = view.line_bounds(index - 1)
    if _BANK.search(view.norm, max(above_start, above_end - 16), above_end) is not None:
        return True
    return _BANK_LINE.search(view.norm, above_start, above_end) is not None and above_end - above_start <= 24


# a landline's area code and groups (031-555-0142): a payment roster's contact column, not its account
_LANDLINE_SHAPE = re.compile(r"0(?:2|[3-6][1-5]|70)[ ]?[ .\-][ ]?\d{3,4}[ ]?[ .\-][ ]?\d{4}")


# the regions whose banks rosters name by the region alone, before a number in account groups
_REGION_NUMBER = re.compile(
    r"(?<![가-힣])(?:경남|부산|광주|전북|제주|대구)[ ]?(?P<number>\d{2,6}(?:[ \-]\d{2,7}){1,3})(?![\d\-])"
)
_ACCOUNT_TEXT = re.compile(r"계\s*좌|은\s*행|입\s*금|예\s*금\s*주|급\s*여")
_LICENCE_GROUPS = re.compile(r"\d{2}[ \-]\d{6}[ \-]\d{2}")
_BUSINESS_GROUPS = re.compile(r"\d{3}[ \-]\d{2}[ \-]\d{5}")


# a corporation's registration number (6-7), and a firm's legal form before the bank's name
_FIRM_NUMBER = re.compile(r"\d{6}-\d{7}")
_FIRM_BEFORE = re.compile(rf"(?:주식회사|\(주\)|㈜)[ ]?[가-힣]{{0,10}}{BANK_NAME}[ \t]*$")


def _phone_shaped(digits: str) -> bool:
    """A phone's prefix and length (0 and at most eleven digits): under a column that also holds
    accounts, only a bank beside it makes it one."""
    return digits.startswith("0") and len(digits) <= 11


class KoBankAccountRecognizer(KoreanRecognizer):
    ENTITY = "KR_BANK_ACCOUNT"
    SPACE_TOLERANT = True
    CONTEXT = ("계좌", "예금주", "입금", "통장", "환급계좌", "지급계좌", "acct", "account", "Account")
    NEGATIVE = (
        "전화",
        "연락처",
        "팩스",
        "휴대",
        "카드",
        "사업자",
        "법인",
        "주민",
        "관리번호",
        "접수번호",
        "보험증",
    )
    WINDOW = 24

    def _wrapped_or_spaced(self, view: TextView) -> Iterator[Hit]:
        """Numbers a line wrap broke inside a group after a bank name ('우체국 376655-87-8⏎87319'), and
        space-grouped numbers in a payee roster's cell ('9924 6411507')."""
        if not view.mentions(_BANK_ANYWHERE) and not view.mentions(_PAYS):
            return  # no bank and no payment: neither kind of number can be an account here
        for m in _WRAPPED_NUMBER.finditer(view.norm):
            digits = digits_only(m.group())
            if (
                10 <= len(digits) <= 16
                and _bank_or_label_before(view, m.start())
                and not _agency_account(view, m.start())
            ):
                yield Hit(m.start(), m.end(), 0.85, "bank name beside a number broken by a line wrap")
        for m in _SPACE_GROUPED.finditer(view.norm):
            digits = digits_only(m.group())
            if _phone_shaped(digits):
                continue  # a phone's length and prefix (070 6611 9377)
            if 10 <= len(digits) <= 16 and self._payee_row(view, m):
                # (above an insurance card's 0.8 where the row gives the card no column of its own)
                yield Hit(m.start(), m.end(), 0.85, "space-grouped number in a payment roster's row")

    @staticmethod
    def _payee_row(view: TextView, m: re.Match[str]) -> bool:
        """A number grouped as banks group accounts (hyphens or a space between groups, or twelve to
        fourteen bare digits), its own cell in a row of a person's resident number or mobile, in a
        document that pays: a payee list whose header row is missing."""
        line_start, line_end = view.line_at(m.start())
        # (checked first: most documents pay nobody; a row with a sum in won does, and so does a row of a
        # name and a sum written with thousands' commas after the number)
        pays = view.mentions(_PAYS) or _AMOUNT.search(view.norm, line_start, line_end) is not None
        if not pays and _THOUSANDS.search(view.norm, m.end(), line_end) is None:
            return False
        value = m.group()
        grouped = re.search(r"[\- ]", value) is not None or 12 <= len(value) <= 14
        # (another number's groups, hyphenated or spaced: a licence's '12 34 567890 12')
        if not grouped or _OTHER_SHAPES.fullmatch(_as_dashed(value)):
            return False
        if _other_identifier_cell(view, m):
            return False
        row = view.norm[line_start:line_end]
        # (a transfer file's fields apart by ' / ': '012 / 123456789012 / ○○○ / 850101-1…')
        slashed = view.norm.count(" / ", line_start, line_end) >= 2 and value in (
            field.strip() for field in view.norm[line_start:line_end].split(" / ")
        )
        if not slashed and (
            view.line_separator(view.line_index(m.start())) is None or not view.cell_is(m.start(), value)
        ):
            return False
        if PERSON_NUMBER.fullmatch(value):
            return False
        # (a person's resident number or mobile in the row, or the row is a name and a sum of money: a
        # payee list that leaves out the bank, '○○○ ⇥ 123-45-678901 ⇥ 1,000,000')
        if pays and PERSON_NUMBER.search(row) is not None:
            return True
        if _YEAR_FIRST.match(value) or value.count("-") < 2:
            return False  # (a record number opens with its year: '2026-0418-…'; a bank's groups are dashed)
        sums = _ROW_SUM if pays else _THOUSANDS
        return _name_opens(row) and sums.search(row, m.end() - line_start) is not None

    @staticmethod
    def _bank_column(view: TextView, start: int, value: str) -> bool:
        """A number alone in its cell, in a headerless table's column whose other rows name their bank
        ('1 | ○○○ | 가람은행 123456-… ' over '3 | ○○○ | 987-65-…'), or right of a column of banks whose
        cell is empty or a bank's short name in this row ('| ○○○ |  | 9286…' under '| ○○○ | 하나 | 119-…'):
        the same column holds the same thing."""
        if not view.cell_is(start, value):
            return False
        if any(_BANK_ANYWHERE.search(cell) for cell in view.column_cells(start)):
            return True
        cell_start = view.cell_bounds(start)[0]
        if cell_start <= view.line_at(start)[0]:
            return False  # the first cell of its row: no column to its left
        before = cell_start - 2  # inside the cell to the left (its separator is one character)
        banks = [
            cell
            for cell in view.column_cells(before)
            if _BANK_ANYWHERE.search(cell) or _SHORT.fullmatch(cell)
        ]
        own = view.cell_text(before)
        return len(banks) >= 2 and (not own or (len(own) <= 6 and own.isalpha()))

    @staticmethod
    def _after_resident(view: TextView, m: re.Match[str]) -> bool:
        if "-" not in m.group() or not _AFTER_RESIDENT.search(view.left(m.start(), 24, 1)):
            return False
        if _phone_shaped(digits_only(m.group())):
            return False  # a phone number's length and prefix (02-8144-9110), not an account's
        return not _OTHER_SHAPES.fullmatch(re.sub(r"[ \n]*-[ \n]*", "-", m.group()))

    def _spoken(self, view: TextView) -> Iterator[Hit]:
        """An account dictated in a call after the bank was named ('신한은행이고요.' … '오일공 다시 …')."""
        for start, end, digits in spoken_numbers(view):
            if not 10 <= len(digits) <= 16 or _phone_shaped(digits):
                continue
            left = view.left(start, 80, 3)
            if _BANK_ANYWHERE.search(left) or _ACCOUNT_WORD.search(left):
                yield Hit(start, end, 0.8, "account said aloud after its bank")

    @staticmethod
    def _resident_number(view: TextView, start: int) -> bool:
        """A masked number in a resident number's shape is one under its own label or column, or where
        the resident-number analysis read it so (a valid birth date and sex digit) and neither its
        column nor its label names an account: a payment ledger's 등록번호 column beside its 계좌번호."""
        header = view.column_header(start)
        if "KR_RRN" in (nearest_hint(view.left(start, 40, 2)), nearest_hint(header)):
            return True
        if not any(m.start == start and m.entity in ("KR_RRN", "KR_FRN") for m in id13_matches(view)):
            return False
        return not (_ACCOUNT_LABEL.search(header) or "계좌" in header or _bank_or_label_before(view, start))

    @staticmethod
    def _regional_bank(view: TextView) -> Iterator[Hit]:
        """A regional bank written by its region alone before the number ('제주 12-34-567890', '부산
        101-2345-6789-01'), in a text about accounts: not in a driving licence's 2-6-2 groups, a business
        number's 3-2-5 or a phone's shape, which a region can head too."""
        if not view.mentions(_ACCOUNT_TEXT):
            return
        for m in _REGION_NUMBER.finditer(view.norm):
            value = m.group("number")
            digits = digits_only(value)
            if not 10 <= len(digits) <= 14 or _phone_shaped(digits):
                continue
            if _LICENCE_GROUPS.fullmatch(value) or _BUSINESS_GROUPS.fullmatch(value):
                continue
            yield Hit(
                m.start("number"), m.end("number"), 0.75, "account after its regional bank's short name"
            )

    def find(self, view: TextView) -> Iterator[Hit]:
        found: set[str] = set()
        spans: set[int] = set()
        for hit in self._find(view):
            if _TIMESTAMP.match(view.norm, hit.start):
                continue
            found.add(digits_only(view.norm[hit.start : hit.end]))
            spans.add(hit.start)
            yield hit
        if found:  # the same number read back ('다시 확인하겠습니다. 351-5744-4393-68, 맞으시죠?')
            for m in _ACCOUNT.finditer(view.norm):
                if m.start() not in spans and digits_only(m.group()) in found:
                    yield Hit(m.start(), m.end(), 0.8, "the same number as an account found in the text")

    def _find(self, view: TextView) -> Iterator[Hit]:
        yield from self._wrapped_or_spaced(view)
        yield from self._regional_bank(view)
        yield from self._spoken(view)
        if view.mentions(_PAYS):
            for m in _TRANSFER_ROW.finditer(view.norm):
                digits = digits_only(m.group("account"))
                if 10 <= len(digits) <= 14 and not _phone_shaped(digits) and not _resident_digits(digits):
                    yield Hit(
                        m.start("account"), m.end("account"), 0.7, "payee's account in a transfer file's row"
                    )
        if view.mentions(_PASSBOOK):
            for m in _TRANSACTION.finditer(view.norm):
                if 10 <= len(digits_only(m.group("account"))) <= 16:
                    yield Hit(
                        m.start("account"), m.end("account"), 0.75, "counterpart account in a passbook line"
                    )
        for m in _EIGHT_DIGITS.finditer(view.norm) if view.mentions(_SECURITIES) else ():
            if _securities_beside(view, m):
                yield Hit(m.start(), m.end(), 0.8, "a securities firm's short account beside the firm's name")
        for m in _ACCOUNT.finditer(view.norm):
            digits = digits_only(m.group())
            if len(digits) in (8, 9) and _securities_beside(view, m):
                yield Hit(m.start(), m.end(), 0.8, "a securities firm's short account beside the firm's name")
                continue
            if not 10 <= len(digits) <= 16 or _MOBILE.match(m.group()):
                continue
            left = view.left(m.start(), 16, 1)
            if _agency_account(view, m.start()):
                continue
            if _FIRM_NUMBER.fullmatch(m.group()) and _FIRM_BEFORE.search(view.left(m.start(), 30, 1)):
                continue  # a bank's own registration number after its firm's name ('주식회사 ○○은행 110111-…')
            if (
                _CARD_SHAPE.fullmatch(m.group())
                and luhn_ok(digits)
                and not _ACCOUNT_WORD.search(view.left(m.start(), 16, 1))
            ):
                continue  # a check card's number after its issuing bank ('○○국민 | 1234-…'): the card's
            if _BANK.search(left) or (_bank_cell_after(view, m) and not _resident_digits(digits)):
                yield Hit(m.start(), m.end(), 0.9, "bank name beside the number")
            elif _PASSBOOK_AFTER.match(view.norm, m.end()) and not _phone_shaped(digits):
                yield Hit(m.start(), m.end(), 0.8, "number a passbook or account word follows")
            elif _bank_line_above(view, m.start()):
                yield Hit(m.start(), m.end(), 0.85, "number alone under its bank's line (a passbook's cover)")
            elif _ACCOUNT_LABEL.search(view.left(m.start(), 12, 1)):
                yield Hit(m.start(), m.end(), 0.85, "계좌번호 label right before the number")
            elif (
                self.has_context(view, m.start())
                and not self.has_negative(view, m.start(), 10)
                and not _phone_shaped(digits)
            ):
                yield Hit(m.start(), m.end(), 0.75, "account label")
            elif _LANDLINE_SHAPE.fullmatch(m.group()):
                continue  # a row's or a column's contact line, without a bank or label of its own
            elif self._payee_row(view, m):
                yield Hit(m.start(), m.end(), 0.7, "bank-grouped number in a payment roster's row")
            elif _bare_roster_row(view, m):
                yield Hit(m.start(), m.end(), 0.6, "account-shaped number closing a person's roster row")
            elif _name_account_mobile_row(view, m):
                yield Hit(m.start(), m.end(), 0.6, "bank-grouped number between a person's name and mobile")
            elif _card_holder_account(view, m):
                yield Hit(m.start(), m.end(), 0.6, "bank-grouped number beside a person's name and card")
            elif self._after_resident(view, m):
                yield Hit(m.start(), m.end(), 0.7, "bank-grouped number after a person's resident number")
            elif self._bank_column(view, m.start(), m.group()):
                yield Hit(m.start(), m.end(), 0.7, "bank-grouped number in a column of bank accounts")
            elif _identified_row_account(view, m):
                yield Hit(m.start(), m.end(), 0.6, "bank-grouped field in a row of a person's identifiers")
        for m in _MASKED_RUN.finditer(view.norm):
            value = m.group()
            masked = sum(ch not in "0123456789." for ch in value)
            if not masked or not 10 <= len(value.replace(".", "")) <= 16 or len(digits_only(value)) < 6:
                continue
            if _bank_or_label_before(view, m.start()) or self._bank_column(view, m.start(), value):
                yield Hit(m.start(), m.end(), 0.8, "partly masked number beside a bank name or label")
        dotted = view.mentions(_BANK_ANYWHERE) or view.mentions(_ACCOUNT_WORD)
        for m in _DOTTED.finditer(view.norm) if dotted else ():
            if not 10 <= len(digits_only(m.group())) <= 16:
                continue
            if _bank_or_label_before(view, m.start()):
                yield Hit(m.start(), m.end(), 0.85, "dot-grouped number beside a bank name or label")
        for m in _LOOSE.finditer(view.norm):
            value = m.group()
            digits = digits_only(value)
            if value.replace("-", "").isdigit() or len(digits) < 4:
                continue  # nothing loose about it: the strict pattern above decided
            if not 10 <= len(value.replace("-", "").replace(" ", "").replace("\n", "")) <= 16:
                continue
            if _phone_shaped(digits) and not any(ch in MASK for ch in value):
                continue  # a phone's length and prefix, spaced (070 6611 9377)
            if _LICENCE_SHAPE.fullmatch(_as_dashed(value)):
                continue  # a driving licence's 2-2-6-2 groups with its region code, spaced (12 34 567890 12)
            if _RRN_SHAPE.fullmatch(value) and self._resident_number(view, m.start()):
                continue  # a masked resident number under its own label or column ('rrn', 주민등록번호)
            beside = (
                _BANK.search(view.left(m.start(), 16, 1))
                or _bank_cell_after(view, m)
                or _bank_line_above(view, m.start())
            )
            labelled = _ACCOUNT_LABEL.search(view.left(m.start(), 12, 1)) or (
                self.has_context(view, m.start()) and not self.has_negative(view, m.start(), 10)
            )
            if (beside or labelled) and not _agency_account(view, m.start()):
                yield Hit(m.start(), m.end(), 0.85, "spaced or masked number beside a bank name or label")
        for m in _MASKED_FRONT.finditer(view.norm) if "-" in view.norm else ():
            if 10 <= len(m.group().replace("-", "").replace(" ", "")) <= 16 and (
                _BANK.search(view.left(m.start(), 16, 1))
                or _ACCOUNT_LABEL.search(view.left(m.start(), 12, 1))
            ):
                yield Hit(
                    m.start(), m.end(), 0.8, "account masked to its last digits, beside its bank or label"
                )
