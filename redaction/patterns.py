"""Regex fragments shared by recognizers; all of them run on folded text (see normalize.py)."""

from __future__ import annotations

import re
from typing import NamedTuple

from .idnumbers import birth_date, classify13, crn_checksum_ok, issued_since_2020
from .normalize import MASK as MASK  # (re-exported: the recognizers import it from here)
from .textview import TextView

# between digit groups: a hyphen with stray spaces or a line break around it (before it too: 770101⏎-2…)
HSEP = r"(?:[ ]{0,2}-[ ]{0,2}\n?[ ]{0,2}|[ ]?\n[ ]?-[ ]?)"

# (the six after the sex digit: all shown, all masked, or the first few shown: '900101-123●●●●')
ID13 = re.compile(
    rf"(?<![\d\-.])(\d{{6}})({HSEP}|[ ]{{1,2}}|[ ]?\n[ ]?|)([0-9{MASK}])((?=[0-9{MASK}]{{6}}(?![\d{MASK}]))(?:[0-9]{{6}}|[0-9]{{0,5}}[{MASK}]{{1,6}}))(?![\d{MASK}])"
)

# the same number masked elsewhere than at its end, as exports and notices print it: the birth date hidden
# and the rest shown ('******-1234567'), the day hidden ('8501**-1******'), or all seven after the date
# ('850101-*******')
_HIDDEN_BIRTH = rf"[{MASK}]{{6}}{HSEP}(?P<sex>[1-8])\d{{6}}"
_HIDDEN_DAY = rf"(?P<month>\d{{4}})[{MASK}]{{2}}{HSEP}(?P<sex_after_month>[1-8])(?:\d{{6}}|[{MASK}]{{6}})"
_HIDDEN_TAIL = rf"(?P<date>\d{{6}}){HSEP}[{MASK}]{{7}}"
ID13_OTHER_MASKS = re.compile(
    rf"(?<![\d\-.{MASK}])(?:{_HIDDEN_BIRTH}|{_HIDDEN_DAY}|{_HIDDEN_TAIL})(?![\d{MASK}])"
)
_AFTER_NAME = re.compile(
    r"(?:자녀|배우자|부|모|본인|세대주|세대원|신청인|대상자|수급자|보호자)[ ]+(?:[가-힣]{2,4}|[가-힣](?: [가-힣]){1,3})[ ]?\($"
)
# the same number split into two cells of a table or an export: '850101 ⇥ 1234567', '850101,1234567', or
# three cells with the dash in the middle one: '| 850101 | - | 1234567 |'
_SPLIT_CELLS = re.compile(
    r"(?<![\d\-])(?P<six>\d{6})[ ]*[\t|,;][ ]*(?:[-‐－][ ]*[\t|,;][ ]*)?\"?(?P<sex>[1-8])(?P<rest>\d{6})(?![\d\-])"
)
# the same number with a line wrap inside one of its groups (23⏎1201-…, 600524-29119⏎68): OCR and narrow
# table cells break where they like; the groups must come out whole once the break is taken out
_WRAPPED13 = re.compile(
    rf"(?<![\d\-.])(\d{{1,6}}(?:[ ]?\n[ ]?\d{{1,5}})?)[ ]?-[ ]?\n?[ ]?([0-9{MASK}]{{1,7}}(?:[ ]?\n[ ]?[0-9{MASK}]{{1,6}})?)"
    rf"(?![\d{MASK}])"
)
_WRAP_HINT = re.compile(
    rf"[\d\-{MASK}][ ]?\n[ ]?[\d{MASK}]"
)  # a line break between digits (or masks): the only place such a wrap can be
_TAIL = re.compile(rf"[0-9{MASK}](?=[0-9{MASK}]{{6}}$)(?:[0-9]{{6}}|[0-9]{{0,5}}[{MASK}]{{1,6}})")

# the front of a resident or foreigner's number up to its sex digit, and an e-mail address as rows write them
RESIDENT_NUMBER_START = r"(?<!\d)\d{6}[ ]?-[ ]?[1-8]"
EMAIL_IN_ROW = r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}"
# a number only a person has: a resident number, a mobile (a payee's or a contact's row holds one)
PERSON_NUMBER = re.compile(
    rf"{RESIDENT_NUMBER_START}|(?<![\d\-])(?:01[016789]|\+82[ \-]?1[016789])[ .\-)]?\d{{3,4}}[ .\-]?\d{{4}}(?!\d)"
)
# what makes a table row a person's: such a number or a full birth date (shared by the person
# recognizer's roster cells and the Latin names of foreign residents' rows)
# a Korean passport as a row lists it: M12345678, M123A4567, masked M123A****
KOREAN_PASSPORT_IN_ROW = r"(?<![A-Za-z0-9])[MSGDR](?:\d{8}|\d{3}[A-Z](?:\d{4}|\*{4}))(?![A-Za-z0-9*])"
# (the date may be written in words or with slashes, and a Korean passport or a card number of the
# person's own marks the row as well: '… | 1990년 2월 6일 | 4321 …', '… | M123A4567 | 2009/02/03')
ROW_IDENTIFIER = re.compile(
    rf"{PERSON_NUMBER.pattern}|(?<!\d)(?:19|20)\d{{2}}(?:-\d{{1,2}}-\d{{1,2}}|\.\s?\d{{1,2}}\.\s?\d{{1,2}}\.?|/\d{{1,2}}/\d{{1,2}})(?!\d)"
    r"|(?<!\d)(?:19|20)\d{2}년\s?\d{1,2}월\s?\d{1,2}일"
    rf"|{KOREAN_PASSPORT_IN_ROW}"
    r"|(?<![\d\-])\d{4}(?:[ \-][\d*●]{4}){2}[ \-]\d{4}(?![\d\-])"
)

_HINTS = (
    # (a contract's party block may write the label '등기번호(법인)': the bracket says whose)
    (
        "KR_CRN",
        re.compile(
            r"법\s*인\s*(?:등\s*록\s*)?번\s*호|법인등록|법인\s*등기\s*번호|등\s*기\s*번\s*호\s*[(（]\s*법\s*인\s*[)）]"
        ),
    ),
    ("KR_FRN", re.compile(r"외\s*국\s*인\s*등\s*록|외국인번호|거소신고")),
    # … and the names systems give the field ('field=jumin', 'rrn=', 'resident_no')
    ("KR_RRN", re.compile(r"주\s*민\s*(?:등\s*록\s*)?번\s*호|주민등록|jumin|\brrn\b|RRN|resident_?no", re.I)),
    (
        "NEG",
        # … and a registered letter's tracking number (등기번호 1234567890123)
        re.compile(
            r"관리번호|접수번호|승인\s*번호|계약번호|공고번호|문서번호|일련번호|사건번호|계좌|카드|(?<!법인\s)등기\s*번호"
        ),
    ),
)


def record_key(keys: str) -> re.Pattern[str]:
    """The key a system's record (JSON, key=value) gives a value, ending right before it: '"dl":"',
    'hi_no='. `keys` is an alternation of key names, matched in any case."""
    return re.compile(rf"(?<![A-Za-z_])(?:{keys})[\"']?[ \t]*[:=][ \t]*[\"']?$", re.I)


class IdMatch(NamedTuple):
    start: int
    end: int
    entity: str
    score: float
    why: str


def nearest_hint(text: str) -> str:
    """Type of the context keyword that ends closest to the end of `text` ('' if none)."""
    best, best_end = "", -1
    for entity, pattern in _HINTS:
        for m in pattern.finditer(text):
            if m.end() > best_end:
                best, best_end = entity, m.end()
    return best


_FIELD_GAP_BEFORE = re.compile(r"(?:^|\t|[ ]{2}|[|,/][ ]?)$")
_FIELD_GAP_AFTER = re.compile(r"(?:$|\t|[ ]{2}|[ ]?[|,/])")


# a firm's row in a register or a ledger: its legal form and its business number (3-2-5)
_FIRM = re.compile(r"㈜|\(주\)|주식회사|유한회사|\(유\)|합자회사|합명회사|사단법인|재단법인")
_BUSINESS_NUMBER = re.compile(r"(?<![\d\-])\d{3}[ \-]?\d{2}[ \-]?\d{5}(?![\d\-])")


# (an account after its bank's name may pass the corporate check digit too: one in ten does)
_BANK_BEFORE = re.compile(r"(?:은\s*행|금\s*고|뱅\s*크|[농신수]\s*협|우\s*체\s*국|증\s*권)[^\d]{0,4}$")


def _firm_row(view: TextView, pos: int) -> bool:
    """The number's line names a firm by its legal form and holds a business number: thirteen digits
    there whose corporate check digit holds are the firm's registration number, not its head's."""
    start, end = view.line_at(pos)
    return bool(_FIRM.search(view.norm, start, end)) and bool(_BUSINESS_NUMBER.search(view.norm, start, end))


def set_apart(view: TextView, start: int, end: int) -> bool:
    """The number is a table cell or a field set apart by a tab, two spaces, a bar, a comma or a slash."""
    return bool(_FIELD_GAP_BEFORE.search(view.left(start, 3, 1))) and bool(
        _FIELD_GAP_AFTER.match(view.right(end, 3))
    )


def _hint(view: TextView, pos: int) -> str:
    """The label nearest before a number on its own line, else its column's header (the header row above
    a cell names the other columns too: '… 등록번호 ⇥ 은행 ⇥ 계좌번호' over a resident number); outside
    tables, the two lines before it."""
    own_line = nearest_hint(view.left(pos, 40, 1))
    if own_line:
        return own_line  # a form's label in the cell before ('법인등록번호 | …') is nearer than any header
    header = view.column_header(pos)
    return nearest_hint(header) if header else nearest_hint(view.left(pos, 40, 2))


def id13_matches(view: TextView) -> list[IdMatch]:
    """Every 6-7 shaped number classified once per text; RRN/FRN/CRN recognizers filter by type."""
    cached: list[IdMatch] | None = view.__dict__.get("_id13")
    if cached is not None:
        return cached
    out: list[IdMatch] = []
    for m in ID13.finditer(view.norm):
        hint = _hint(view, m.start())
        # (thirteen digits in brackets after a household member's name are that person's: '자녀 ○○○ (…)')
        separated = bool(m.group(2)) or _AFTER_NAME.search(view.left(m.start(), 14, 1)) is not None
        digits = m.group(1) + m.group(3) + m.group(4)
        if (
            not hint
            and digits.isdigit()
            and _firm_row(view, m.start())
            and crn_checksum_ok(digits)
            and not _BANK_BEFORE.search(view.left(m.start(), 12, 1))
        ):
            hint = "KR_CRN"
        verdict = classify13(m.group(1), m.group(3), m.group(4), hint, separated=separated)
        if verdict is None and not separated and not hint and set_apart(view, m.start(), m.end()):
            verdict = issued_since_2020(m.group(1), m.group(3), m.group(4))
        if verdict is not None and verdict[1] > 0:
            out.append(IdMatch(m.start(), m.end(), *verdict))
    if any(ch in view.norm for ch in MASK):
        out += _other_masks13(view, out)
    out += _split_cells13(view, out)
    if _WRAP_HINT.search(view.norm):
        out += _wrapped13(view, out)
    view.__dict__["_id13"] = out
    return out


def _split_cells13(view: TextView, found: list[IdMatch]) -> list[IdMatch]:
    """A resident or foreigner number a table keeps in two cells ('주민번호 앞자리 ⇥ 뒷자리'): both halves,
    when the columns or the text say so, or the check digit or a post-2020 date does."""
    out: list[IdMatch] = []
    for m in _SPLIT_CELLS.finditer(view.norm):
        if any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        hint = _hint(view, m.start()) or nearest_hint(view.column_header(m.start("sex")))
        if hint in ("NEG", "KR_CRN"):
            continue
        verdict = classify13(m.group("six"), m.group("sex"), m.group("rest"), hint, separated=True)
        if verdict is None or verdict[0] not in ("KR_RRN", "KR_FRN") or (verdict[1] < 0.8 and not hint):
            continue
        why = verdict[2] + " (kept in two cells)"
        out.append(IdMatch(m.start("six"), m.end("six"), verdict[0], verdict[1], why))
        out.append(IdMatch(m.start("sex"), m.end("rest"), verdict[0], verdict[1], why))
    return out


def _other_masks13(view: TextView, found: list[IdMatch]) -> list[IdMatch]:
    """Resident and foreigner numbers masked in the birth date or in all seven digits after it; what
    is left must still read as one (a month, a date, a sex digit)."""
    out: list[IdMatch] = []
    for m in ID13_OTHER_MASKS.finditer(view.norm):
        if any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        hint = _hint(view, m.start())
        if hint in ("NEG", "KR_CRN"):
            continue
        if m.group("month") and not 1 <= int(m.group("month")[2:]) <= 12:
            continue
        if m.group("date") and birth_date(m.group("date"), None) is None:
            continue
        sex = m.group("sex") or m.group("sex_after_month") or ""
        foreign = hint == "KR_FRN" or sex in ("5", "6", "7", "8")
        entity = "KR_FRN" if foreign else "KR_RRN"
        out.append(
            IdMatch(m.start(), m.end(), entity, 0.85, "resident number masked in its birth date or tail")
        )
    return out


def _wrapped13(view: TextView, found: list[IdMatch]) -> list[IdMatch]:
    """Numbers of the 6-7 shape broken by one line wrap inside a group, classified like the others."""
    out: list[IdMatch] = []
    for m in _WRAPPED13.finditer(view.norm):
        if m.group().count("\n") != 1 or any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        head = m.group(1).replace("\n", "").replace(" ", "")
        tail = m.group(2).replace("\n", "").replace(" ", "")
        if len(head) != 6 or not _TAIL.fullmatch(tail):
            continue
        hint = _hint(view, m.start())
        verdict = classify13(head, tail[0], tail[1:], hint, separated=True)
        if verdict is not None and verdict[1] > 0:
            out.append(
                IdMatch(m.start(), m.end(), verdict[0], verdict[1], verdict[2] + " (across a line wrap)")
            )
    return out
