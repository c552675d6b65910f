"""여권번호: Korean M/S/G/D/R + 8 digits (old) or + 3 digits, a letter, 4 digits (2021+); foreign
passports only with a 여권 context word."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata
from collections.abc import Iterator

from ..base import Hit, KoreanRecognizer
from ..calendar_days import full_year
from ..idnumbers import brn_checksum_ok
from ..mrz import mrz_fields
from ..normalize import LOOKALIKES
from ..textview import TextView
from .foreign_names import COUNTRIES, COUNTRY_NAME, ROSTER_LATIN_NAME, country_rows, in_country_row
from .kr_bank_account import BANK_NAME
from .traveller_lists import traveller_rows
from .trip_rows import trip_row_passports

_AFTER_COUNTRY = re.compile(rf"(?:^|[ \t|,])(?:{COUNTRIES})(?:[ ]?[,|\t][ ]?|[ ]{{1,3}})$")
# (a number that goes on after a hyphen is a record's: 접수번호 R20250909-07350)
_KOREAN = re.compile(r"(?<![A-Za-z0-9])([MSGDR])(\d{8}|\d{3}[A-Z]\d{4})(?![A-Za-z0-9]|-\d)")
# the same, or any passport after its label, broken once by a line wrap ('E5⏎3425865'): a wrap keeps
# the characters, so the number is whole again without the line break
# a Korean passport number with its middle, its end or its start masked ('M123****5', 'M1234****',
# 'M123A****', 'M*****987', 'M7*****41'): after its label, or in a column of passports
_MASKED_KOREAN = re.compile(
    r"(?<![A-Za-z0-9])[MSGDR](?:(?=[\d*]{8}(?![A-Za-z0-9*]))(?:\d{1,5}\*{3,6}\d{0,3}|\*{3,6}\d{2,5})"
    r"|\d{3}[A-Z]\*{4})(?![A-Za-z0-9*])"
)
# the 2021 shape masked after its letter ('M123A****'): a letter between digits and the mask is a Korean
# passport's alone, wherever it stands
_MASKED_2021 = re.compile(r"[MSGDR]\d{3}[A-Z]\*{4}")
# … and with OCR's or a typist's look-alikes among its three digits ('Ml03K****'): after its label only
_MASKED_2021_NOISY = re.compile(rf"(?<![A-Za-z0-9])[MSGDR][0-9{LOOKALIKES}]{{3}}[A-Z]\*{{4}}(?![A-Za-z0-9*])")
# any passport partly masked, as a notice or a masked export prints it right after its label ('여권
# C12****7', '여권번호: AB123****', '구 여권 N2***419'): letters, then digits and at least two asterisks
# (or digits alone with their middle masked, as a US or a Nepali number is: '여권 2097**64')
_MASKED_ANY = re.compile(
    r"(?<![A-Za-z0-9*])(?:[A-Z]{1,2}(?=[0-9*]*\d)(?=[0-9*]*\*\*)[0-9*]{5,9}[A-Z]?|\d{2,6}\*{2,6}\d{1,4})(?![A-Za-z0-9*])"
)
# masks other than asterisks, read as asterisks (same length): dots and crosses, a run of three or more
# X closing the number, and OCR's O between a number's digits
_MASK_GLYPHS = str.maketrans(dict.fromkeys("●○◯×#", "*"))
_X_MASK = re.compile(
    r"(?<=[0-9A-Z])[Xx]{3,}(?=\d{1,4}(?![A-Za-z0-9])|(?![A-Za-z0-9]))"
)  # (or in its middle: 'BK5XXXX18')
_O_IN_DIGITS = re.compile(r"(?<=\d)[Oo](?=[\d*])")


# a border or a check-in log's record: the document's number under its key, the holder's nationality after it
# ('doc=KJ1234567 nat=CHN', 'passport=M12****34, nationality=KOR')
_LOG_DOCUMENT = re.compile(
    r"(?<![A-Za-z_])(?:doc|document|passport|ppt|pp_no|passport_no)[ ]?[=:][ ]?(?P<value>[A-Z0-9][A-Z0-9*]{5,9})"
    r"(?=[ \t,;|]+nat(?:ionality)?[ ]?[=:][ ]?[A-Z]{3}(?![A-Za-z]))"
)
_OTHER_MASK = re.compile(r"[●○◯×#]|[0-9A-Z][Xx]{3}|\d[Oo][\d*]")


def _masks_as_stars(norm: str) -> str:
    if _OTHER_MASK.search(norm) is None:
        return norm
    starred = _X_MASK.sub(lambda m: "*" * len(m.group()), norm.translate(_MASK_GLYPHS))
    return _O_IN_DIGITS.sub("0", starred) if "*" in starred else starred


# (the next line may open with a date or a time instead: a log's 'page=R0304' over '2025-11-02 …')
_WRAPPED = re.compile(r"(?<![A-Za-z0-9\n])([A-Za-z0-9]{1,8})\n([A-Za-z0-9]{1,8})(?![A-Za-z0-9]|[\-:/]\d)")
# some countries' passports are nine bare digits (US, Russia's internal series): only right after a label
_DIGITS = re.compile(r"(?<![\dA-Za-z\-])\d{8,10}(?![\d\-])")  # eight too (Nepal) — only after the label
_LABEL_RIGHT_BEFORE = re.compile(
    r"(?:여\s*권|[Pp]assport|[Pp]asseport|[Pp]asaporte|[Pp]aspor)(?![^\n\d]*(?:만\s*료|발\s*급|일\s*자|기\s*간|[Dd]ate))[^\n\d]{0,16}$"
)
# after a 여권 label: one or two letters, then digits with at most one more letter among them, in
# either case (m204e2280, P8825973A); typing and OCR do not keep a passport's capitals
# (not into a date that follows: 'YB771046 14.06.1985', 'E1234567 14 JUN 1973' are the number and then the date)
_ANY = re.compile(
    r"(?<![A-Za-z0-9])([A-Za-z]{1,2}[ ]?\d(?:[\d ]|(?<=\d)[A-Za-z](?=\d)){4,8}\d[A-Za-z]?)(?![A-Za-z0-9]|[\-./]\d|[ ][A-Za-z]{3}[ ](?:19|20)\d\d)"
)
# France writes two digits, two letters, five digits (02CK26919): read where passports are spoken of
_DIGITS_FIRST = re.compile(r"(?<![A-Za-z0-9])(\d{2}[A-Z]{2}\d{5})(?![A-Za-z0-9]|-\d)")
# Germany writes nine letters and digits from a set without vowels (C95J24VGY): after its label, in a row
# of a foreigner or a country
_MIXED_NINE = re.compile(r"(?<![A-Za-z0-9])[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}(?![A-Za-z0-9]|-\d)")
_PASSPORT_WORD = re.compile(r"여\s*권|[Pp]assport|PASSPORT|[护護]照|旅券")
# the document's expiry written right after its number, in a sentence or a chat line
_EXPIRY = re.compile(r"[^\n\d]{0,10}(?:만\s*료|유\s*효\s*기\s*간|[Ee]xpir)")


# the 2021 shape read by OCR with look-alikes among its digits ('M517HO051'): the shape keeps its letters
# from the normal fold, so the digit positions are read here, after a 여권 label only
_NEW_NOISY = re.compile(
    rf"(?<![A-Za-z0-9])[MSGDR][0-9{LOOKALIKES}]{{3}}[A-Z][0-9{LOOKALIKES}]{{4}}(?![A-Za-z0-9]|-\d)"
)


# The value under or after its label on a scanned passport's data page, as OCR gives it: spaces inside it,
# a line break, full-width digits ('여권번호 / Passport No.⏎S52905 657', '… No.⏎M４４８R７⏎５８３'). The
# fold reads a leading S or D as a digit, so the shape is checked on the raw characters.
_LABELLED_VALUE = re.compile(
    r"(?:여\s*권(?:\s*번\s*호)?|[Pp]assport\s*[Nn]o\.?)[^\n\w]{0,12}(?:[Pp]assport(?:\s*[Nn]o\.?)?)?[ \t:：]*\n?[ \t]*"
    r"(?P<value>[A-Za-z0-9Ａ-Ｚ０-９][A-Za-z0-9Ａ-Ｚ０-９ ]{0,13}(?:\n[A-Za-z0-9Ａ-Ｚ０-９ ]{1,8})?)(?=[ \t]*(?:\n|$))"
)
_OCR_SHAPE = re.compile(
    rf"[A-Z]{{1,2}}[0-9{LOOKALIKES}]{{7,8}}|[A-Z][0-9{LOOKALIKES}]{{3}}[A-Z][0-9{LOOKALIKES}]{{4}}"
    rf"|[A-Z][0-9{LOOKALIKES}]{{7}}[A-Z]"  # a letter closing it (the Philippines: P1234567A)
)


# a whole cell that may be a passport as OCR read it (look-alike letters among the digits)
_CELL_CANDIDATE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{1,2}[0-9A-Za-z]{6,8}(?![A-Za-z0-9])")


def _ocr_passport(value: str) -> bool:
    """A passport's shape once OCR's spaces and breaks are gone, most of its digit positions digits."""
    compact = unicodedata.normalize("NFKC", re.sub(r"\s", "", value)).upper()
    return _OCR_SHAPE.fullmatch(compact) is not None and sum(ch.isdigit() for ch in compact) >= 5


# (a form's family lines may run the thirteen digits together)
# (or masked after the digit that says foreigner: '900101-5******')
_FOREIGNER_NUMBER = re.compile(r"(?<!\d)\d{6}(?:[ ]?-[ ]?)?[5-8](?:\d{6}|\*{6})(?![\d*])")
# a field of a line whose fields are apart by colons or slashes: '  ○○○: 배우자: (등록번호): (여권번호)'
_FIELD_BEFORE = re.compile(r"(?:[:：/]|[ ]{2})[ \t]*$")
_FIELD_AFTER = re.compile(r"[ \t]*(?:[:：/]|[ ]{2}|$)")


def _own_field(view: TextView, start: int, value: str) -> bool:
    """The value is a cell, or a field between colons or slashes, of its line."""
    if view.cell_is(start, value):
        return True
    end = start + len(value)
    return bool(_FIELD_BEFORE.search(view.left(start, 4, 1))) and bool(_FIELD_AFTER.match(view.right(end, 4)))


def _foreigner_row(view: TextView, pos: int) -> bool:
    """The line holds a foreigner's registration number: a roster of foreign residents."""
    start, end = view.line_at(pos)
    return any(
        "-" in m.group() or (1 <= int(m.group()[2:4]) <= 12 and 1 <= int(m.group()[4:6]) <= 31)
        for m in _FOREIGNER_NUMBER.finditer(view.norm, start, end)
    )  # (thirteen digits run together must open with a birth date: an account number seldom does)


def _continues_foreigner_row(view: TextView, pos: int) -> bool:
    """The value opens a line that goes on a foreigner's row, in a text about passports: an aligned
    table too wide for its page puts the passport under the name and the registration number
    ('몽골  BAT ERDENE  900101-5234567⏎  E1234567  E-9')."""
    start = view.line_at(pos)[0]
    if start == 0 or view.norm[start:pos].strip() or not view.mentions(_PASSPORT_WORD):
        return False
    return _foreigner_row(view, start - 1)


# a foreigner's status of stay (체류자격, 출입국관리법 시행령 별표 1: E-9, D-2, F-6, H-2, and the sub-codes
# such as E-7-1 or F-2-7): a register's row that holds one in a cell of its own is a foreigner's
_STAY_STATUS = re.compile(
    r"(?<![A-Za-z0-9\-])(?:A-[1-3]|B-[12]|C-[1-4]|[DE]-(?:10|[1-9])|F-[1-6]|G-1|H-[12])(?:-\d{1,2})?"
    r"(?:\([가-힣]{1,8}\))?(?![A-Za-z0-9\-])"  # (its name in brackets: 'H-2(방문취업)')
)


def _status_row(view: TextView, pos: int) -> bool:
    """The line holds a status of stay as a cell or field of its own: a register of foreign residents."""
    start, end = view.line_at(pos)
    return any(_own_field(view, m.start(), m.group()) for m in _STAY_STATUS.finditer(view.norm, start, end))


# a column of staff or member codes in the passport's shape ('사번 ⇥ S20240007'), or a payroll row's first
# cell (a bank and an amount further on: '| E20230015 | ○○○ | ○○은행 | … | 1,000,000 |')
_CODE_HEADER = re.compile(
    r"사\s*번|직\s*원\s*번\s*호|학\s*번|회\s*원\s*번\s*호|[Ii][Dd]\b|코\s*드|[Ee]mployee"
)
_PAYROLL_ROW = re.compile(rf"{BANK_NAME}[^\n]*(?:₩|원정|\d원|\d{{1,3}},\d{{3}})")
# a sum in won in the row: in a text that never speaks of passports, the code opening a payment list's rows
# ('R12345678  ○○○  카드번호  81,500원  승인 …') is the list's record number
_SUM_IN_ROW = re.compile(r"₩[ ]?\d|\d[ ]?원(?![가-힣])")


def _staff_code(view: TextView, start: int, value: str) -> bool:
    """A staff or member code in a passport's shape, by its column's heading, its payroll row, or a payment
    row in a text that never speaks of passports."""
    header = view.column_header(start)
    if header and _CODE_HEADER.search(header) and not _PASSPORT_WORD.search(header):
        return True
    if not view.cell_is(start, value):
        return False
    line_start, line_end = view.line_at(start)
    first_cell = not view.norm[line_start:start].strip(" |\t")
    if not first_cell:
        return False
    if _PAYROLL_ROW.search(view.norm, line_start, line_end) is not None:
        return True
    return _SUM_IN_ROW.search(view.norm, line_start, line_end) is not None and not view.mentions(
        _PASSPORT_WORD
    )


def _masked_column(view: TextView, start: int, value: str) -> bool:
    """A cell of a column that holds other Korean passports masked the same way (an access log's 정보주체
    column: 'M12****34' over 'S56****78'): a masked value of that shape, twice, is no code of a thing."""
    if not view.cell_is(start, value):
        return False
    return any(cell != value and _MASKED_KOREAN.fullmatch(cell) for cell in view.column_cells(start))


# a foreigner's name as passports print it, in capitals (two to four words) or capitalised, and what else in the same line
# makes the line one person's entry: a country, a registration number, a status of stay, a birth date (a crew or
# visitors' list, a port pass roster, an invitation's list of invitees — often with no header, or one a
# converter's single spaces no longer line up with)
# (or a booking's SURNAME/GIVEN)
_CAPITALS_NAME = re.compile(
    rf"(?<![A-Za-z0-9])(?:{ROSTER_LATIN_NAME}|[A-Z]{{2,}}/[A-Z]{{2,}})(?![A-Za-z0-9])"
)
_ENTRY_DATE = re.compile(
    r"(?<!\d)(?:(?P<y1>(?:19|20)\d\d)[.\-/][ ]?\d{1,2}[.\-/][ ]?\d{1,2}|\d{1,2} [A-Z]{3} (?P<y2>(?:19|20)\d\d)"
    r"|(?P<y3>(?:19|20)\d\d)(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|\d{1,2}\.\d{1,2}\.(?P<y4>(?:19|20)\d\d)"
    # (or in Korean units: '2002년 09월 06일')
    r"|(?P<y5>(?:19|20)\d\d)년[ ]?\d{1,2}월[ ]?\d{1,2}일)(?!\d)"
)


def _birth_date_in(line: str) -> bool:
    """A date of an adult's birth year: a visit's or a permit's date of this decade does not make a line a
    person's ('NORTH GATE … 2026-01-02'). A two-digit year ('76.05.05', or '760505' as a field of its
    own) is of the last century when it is later than this year's two digits."""
    latest = dt.date.today().year - 14
    if any(
        int(m.group("y1") or m.group("y2") or m.group("y3") or m.group("y4") or m.group("y5")) <= latest
        for m in _ENTRY_DATE.finditer(line)
    ):
        return True
    for m in itertools.chain(_SHORT_DATE.finditer(line), _SIX_DIGIT_FIELD.finditer(line)):
        year, month, day = full_year(int(m.group("y"))), int(m.group("m")), int(m.group("d"))
        if 1 <= month <= 12 and 1 <= day <= 31 and year <= latest:
            return True
    return False


_SHORT_DATE = re.compile(r"(?<![\d.])(?P<y>\d{2})\.(?P<m>\d{2})\.(?P<d>\d{2})\.?(?![\d.])")
# (a field of a row cut by bars, tabs, commas or the wide gaps of aligned columns)
_SIX_DIGIT_FIELD = re.compile(
    r"(?:^|(?<=[|\t,])|(?<=[ ]{2}))[ ]*(?P<y>\d{2})(?P<m>\d{2})(?P<d>\d{2})[ ]*(?=[|\t,]|[ ]{2}|[ ]*$)"
)


# a foreigner's name with the passport's number in brackets right after it ('ADA OKAFOR(P1234567A), …')
_NAME_THEN_BRACKET = re.compile(r"(?<![A-Za-z])[A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+){1,3}[ ]?[(（]$")
# a name in Latin letters, capitalised, right before the number ('Wang Lei E12345678')
_LATIN_NAME_BEFORE = re.compile(r"(?<![A-Za-z])[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}[ ]$")
# the abbreviation crew lists and shipping papers use for a passport, right before its number ('PP E1234567')
_PP_BEFORE = re.compile(r"(?<![A-Za-z])P/?P(?:\s*[Nn]o)?[ .:#]*$")


# a country's name or code as a word of its own (not the letters inside a name: 'WHITAKER')
# (bounded within its own script only: a scan glues a Hangul country to a Latin name, 'HOAl베트남')
_LATIN_COUNTRIES = "|".join(c for c in COUNTRIES.split("|") if c.isascii())
_HANGUL_COUNTRIES = "|".join(c for c in COUNTRIES.split("|") if not c.isascii())
_COUNTRY_WORD = re.compile(
    rf"(?<![A-Za-z])(?:{_LATIN_COUNTRIES})(?![A-Za-z])|(?<![가-힣])(?:{_HANGUL_COUNTRIES})(?![가-힣])"
)


def _foreigner_line(view: TextView, start: int, value: str, digits: bool = False) -> bool:
    """The line is one foreigner's entry: a name in capitals (not the number itself, not a country) and a
    country, a registration number, a status of stay or a date beside it (the number opens with a capital,
    as a passport's does: a log's lower-case user codes are no passports)."""
    if not (value[:1].isupper() or _DIGITS_FIRST.fullmatch(value) or digits):
        return False
    line_start, line_end = view.line_at(start)
    # (the line without the number itself: eight digits are no birth date of their own line)
    line = view.norm[line_start:start] + " " + view.norm[start + len(value) : line_end]
    if _CODE_HEADER.search(view.left(start, 8, 1)):
        return False  # a staff or member code after its own label ('사번: S1234567')
    if not any(
        value not in m.group() and not COUNTRY_NAME.fullmatch(m.group())
        for m in _CAPITALS_NAME.finditer(line)
    ):
        return False
    # (digits alone need the person's country, registration number or status: a log line's sizes and
    # counts stand beside capitals and dates too)
    return bool(
        _COUNTRY_WORD.search(line)
        or _FOREIGNER_NUMBER.search(line)
        or _STAY_STATUS.search(line)
        or (not digits and _birth_date_in(line))
    )


# a masked Korean passport as a field of its own in a log or an export line ('…, 조회, M12****34')
_FIELD_START = re.compile(r"(?:^|[,|\t]|[ ]{2})[ \t]*$")
_FIELD_END = re.compile(r"[ \t]*(?:[,|\t]|[ ]{2}|$)")


_MASK_RUN = re.compile(r"[*●]{2,}")


def _masked_field(view: TextView, start: int, end: int) -> bool:
    """The masked value is a field of its own in a text that masks other values too (a log of masked
    personal data: the phones and resident numbers beside it masked the same way)."""
    if sum(1 for _ in itertools.islice(_MASK_RUN.finditer(view.norm), 2)) < 2:
        return False
    return bool(_FIELD_START.search(view.left(start, 4, 1))) and bool(_FIELD_END.match(view.right(end, 4)))


def _passport_header(header: str) -> bool:
    return "여권" in header or "assport" in header


_COMPACT_DATE = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")


_ID_DOCUMENT_HEADER = re.compile(r"신\s*분\s*증|[Ii][Dd]\s*[Cc]ard|[Dd]ocument")


def _identity_column(view: TextView, start: int, value: str) -> bool:
    """A cell of a register's identity-document column (a visitors' book writes whichever document
    was shown: a licence, a resident card, a passport): under a 신분증 header, or in a column whose
    other rows name a passport ('여권 …')."""
    if not view.cell_is(start, value):
        return False
    if _ID_DOCUMENT_HEADER.search(view.column_header(start)):
        return True
    return any(cell.startswith("여권") for cell in view.column_cells(start))


def _example(value: str) -> bool:
    """A form's placeholder: one digit repeated (M00000000). A number counting up (M12345678) may be
    a guide's sample or a person's; it is redacted (fail closed)."""
    digits = "".join(ch for ch in value if ch.isdigit())
    return len(set(digits)) == 1


class KoPassportRecognizer(KoreanRecognizer):
    ENTITY = "KR_PASSPORT"
    SPACE_TOLERANT = True
    ROWS_ACROSS_WRAPS = True  # a foreigner's row whose registration number wrapped ('740330-⏎6…')
    # (and as Chinese and Japanese forms head the column: 护照号码, 旅券番号)
    CONTEXT = ("여권번호", "여권", "passport", "Passport", "PASSPORT", "护照", "護照", "旅券")
    WINDOW = 40

    def _foreign_frame(self, view: TextView, start: int, value: str) -> bool:
        """What makes a foreign passport's shape a passport: its label, a country in its row or right
        before it (a roster run together or exported as CSV: '… 몽골 E7902289 …', '…,베트남,B3862073,…'),
        or a foreigner's registration number or status of stay in its row, the number a cell of its own."""
        return bool(
            self.has_context(view, start)
            or in_country_row(view, start, value)
            or _AFTER_COUNTRY.search(view.left(start, 16, 1))
            or (_own_field(view, start, value) and (_foreigner_row(view, start) or _status_row(view, start)))
            or _identity_column(view, start, value)
            or _PP_BEFORE.search(view.left(start, 8, 1)) is not None
            # (a label in another language right before it: 'No. Paspor …', 'passeport allemand …')
            or _LABEL_RIGHT_BEFORE.search(view.left(start, 24, 1)) is not None
            or _NAME_THEN_BRACKET.search(view.left(start, 40, 1)) is not None
            # (right after a Latin name, in a text about passports: '배우자 ○○ ○○ E12345678, 자녀 …')
            or (
                _LATIN_NAME_BEFORE.search(view.left(start, 40, 1)) is not None
                and view.mentions(_PASSPORT_WORD)
            )
            or _foreigner_line(view, start, value)
            or _continues_foreigner_row(view, start)
        )

    @staticmethod
    def _passport_column(view: TextView, start: int, value: str) -> bool:
        """A cell of a headerless table, or a field of a list cut by slashes, whose column holds Korean
        passports in the other rows ('- ○○○ / M12345678 / …' over '- JOHN DOE / 123456789 / …')."""
        if view.cell_is(start, value):
            return any(_KOREAN.fullmatch(cell) for cell in view.column_cells(start))
        return any(_KOREAN.fullmatch(field) for field in view.slash_fields(start))

    @staticmethod
    def _ocr_cell(view: TextView, start: int, value: str) -> bool:
        """A cell under a passport header, or in a row of a foreign workers' table (a country cell)."""
        if in_country_row(view, start, value):
            return True
        return _passport_header(view.column_header(start)) and view.cell_is(start, value)

    @staticmethod
    def _expiry_after(view: TextView, end: int) -> bool:
        """An expiry date follows on the same line, in a text about passports: 'P1234567 이고 만료일은 …'."""
        return bool(_EXPIRY.match(view.right(end, 24))) and view.mentions(_PASSPORT_WORD)

    def find(self, view: TextView) -> Iterator[Hit]:
        seen: set[int] = set()
        for kind, start, end in mrz_fields(view):
            if kind == "passport":
                seen.add(start)
                yield Hit(start, end, 0.95, "passport number in a passport's machine-readable zone")
        for row in traveller_rows(view):
            start, end = row.passport
            seen.add(start)
            yield Hit(
                start, end, 0.8, "the passport cell of a travellers' list row: a name, a birth date, it"
            )
        for start, end in trip_row_passports(view):
            if start not in seen:
                seen.add(start)
                yield Hit(
                    start, end, 0.8, "the passport field of a traveller's row beside their other identifiers"
                )
        for m in _KOREAN.finditer(view.norm):
            if _example(m.group(2)):
                continue  # M00000000: a form's example
            ctx = self.has_context(view, m.start())
            if not ctx and _staff_code(view, m.start(), m.group()):
                continue
            seen.add(m.start())
            yield Hit(m.start(), m.end(), 0.95 if ctx else 0.6, "Korean passport format")
        # (on the raw text too: the fold reads a leading or closing S of 'S123****5' as a 5; and with
        # other masks as asterisks: 'M123A●●●●', 'M123AXXXX', OCR's 'M1O2****')
        starred, raw_starred = _masks_as_stars(view.norm), _masks_as_stars(view.text)
        masked = (
            itertools.chain(
                _MASKED_KOREAN.finditer(view.norm),
                _MASKED_KOREAN.finditer(view.text),
                _MASKED_KOREAN.finditer(starred) if starred != view.norm else (),
                _MASKED_KOREAN.finditer(raw_starred) if raw_starred != view.text else (),
            )
            if "*" in starred
            else ()
        )
        for m in masked:
            if m.start() in seen:
                continue
            if (
                self.has_context(view, m.start())
                or _MASKED_2021.fullmatch(m.group()) is not None
                or self._passport_column(view, m.start(), m.group())
                or _masked_column(view, m.start(), m.group())
                or _masked_field(view, m.start(), m.end())
                or _birth_date_in(view.norm[slice(*view.line_at(m.start()))])
            ):
                seen.add(m.start())
                yield Hit(m.start(), m.end(), 0.85, "Korean passport number, partly masked, after its label")
        for m in _MASKED_2021_NOISY.finditer(raw_starred) if "*" in raw_starred else ():
            if m.start() not in seen and self.has_context(view, m.start()):
                seen.add(m.start())
                yield Hit(m.start(), m.end(), 0.85, "2021-shape passport, masked, look-alikes in its digits")
        for m in _LOG_DOCUMENT.finditer(starred) if "nat" in view.norm else ():
            if m.start("value") not in seen:
                seen.add(m.start("value"))
                yield Hit(
                    m.start("value"),
                    m.end("value"),
                    0.85,
                    "travel document's number in a log beside a nationality",
                )
        for m in _MASKED_ANY.finditer(starred) if "*" in starred else ():
            if m.start() not in seen and (
                _LABEL_RIGHT_BEFORE.search(view.left(m.start(), 24, 1))
                or (
                    _passport_header(view.column_header(m.start()))
                    and view.cell_is(m.start(), view.norm[m.start() : m.end()])
                )
            ):
                seen.add(m.start())
                yield Hit(
                    m.start(), m.end(), 0.85, "passport number, partly masked, after its label or header"
                )
        # (France's two digits first are read wherever a frame may make them one: the frame decides)
        foreign = itertools.chain(_ANY.finditer(view.norm), _DIGITS_FIRST.finditer(view.norm))
        for m in foreign:
            if m.start() in seen or (
                _staff_code(view, m.start(), m.group(1)) and not self.has_context(view, m.start())
            ):
                continue
            if not (
                self._foreign_frame(view, m.start(), m.group(1))
                or self._passport_column(view, m.start(), m.group(1))
                or self._expiry_after(view, m.end())
            ):
                continue
            if _example(m.group(1)):
                continue  # M00000000: a form's example
            digits = sum(ch.isdigit() for ch in m.group(1))
            if 6 <= digits <= 9:  # Myanmar's are two letters and six digits (MC251761)
                yield Hit(m.start(), m.end(), 0.85, "passport number after 여권 context")
        for m in _MIXED_NINE.finditer(view.norm):
            value = m.group()
            digits = sum(ch.isdigit() for ch in value)
            # (one digit only right after the label: 'C…X…G…' with a single digit is a word elsewhere)
            after_label = _LABEL_RIGHT_BEFORE.search(view.left(m.start(), 24, 1)) is not None
            if m.start() in seen or not (2 <= digits <= 7 or (digits == 1 and after_label)):
                continue
            if self._foreign_frame(view, m.start(), value) or self._expiry_after(view, m.end()):
                seen.add(m.start())
                yield Hit(
                    m.start(),
                    m.end(),
                    0.8,
                    "nine letters and digits of a passport, after its label or country",
                )
        for m in _NEW_NOISY.finditer(view.norm):
            value = m.group()
            digits = sum(ch.isdigit() for ch in value)
            if m.start() not in seen and 5 <= digits < 7 and self.has_context(view, m.start()):
                yield Hit(
                    m.start(), m.end(), 0.85, "2021-shape passport with OCR look-alikes, after its label"
                )
        for m in _LABELLED_VALUE.finditer(view.text):
            value = m.group("value").rstrip()
            if m.start("value") not in seen and _ocr_passport(value) and not _example(value):
                seen.add(m.start("value"))
                yield Hit(
                    m.start("value"), m.start("value") + len(value), 0.85, "OCR-read passport under its label"
                )
        for m in (
            _CELL_CANDIDATE.finditer(view.norm) if view.mentions(_PASSPORT_WORD) or country_rows(view) else ()
        ):
            value = m.group()
            if m.start() in seen or not _ocr_passport(value):
                continue
            if _LABEL_RIGHT_BEFORE.search(view.left(m.start(), 24, 1)) or self._ocr_cell(
                view, m.start(), value
            ):
                seen.add(m.start())
                yield Hit(m.start(), m.end(), 0.85, "OCR-read passport after its label or in its column")
        for m in _WRAPPED.finditer(view.norm):
            joined = m.group(1) + m.group(2)
            if _COMPACT_DATE.fullmatch(joined):
                continue  # a row's birth date of eight digits, wrapped (1974062⏎0)
            korean = _KOREAN.fullmatch(joined)
            labelled = (_ANY.fullmatch(joined) or _DIGITS.fullmatch(joined)) and (
                self.has_context(view, m.start()) or _AFTER_COUNTRY.search(view.left(m.start(), 16, 1))
            )
            if (korean or labelled) and 7 <= sum(ch.isdigit() for ch in joined) <= 9:
                yield Hit(m.start(), m.end(), 0.85, "passport number broken by a line wrap")
        for m in _DIGITS.finditer(view.norm):
            if _example(m.group()):
                continue  # 000000000: a form's example
            header = view.column_header(m.start())
            if _COMPACT_DATE.fullmatch(m.group()) and not _passport_header(header):
                continue  # a row's birth or entry date written as eight digits (19910304)
            if len(m.group()) == 10 and (m.group().startswith("0") or brn_checksum_ok(m.group())):
                continue  # ten digits: a phone run together, or a business number without its dashes
            if (
                _LABEL_RIGHT_BEFORE.search(view.left(m.start(), 24, 1))
                or _passport_header(header)
                or in_country_row(view, m.start(), m.group())
                or _AFTER_COUNTRY.search(view.left(m.start(), 16, 1))
                # (nine digits as a field of a foreigner's line, in a text about passports)
                or (
                    len(m.group()) == 9
                    and _own_field(view, m.start(), m.group())
                    and _foreigner_row(view, m.start())
                    and view.mentions(_PASSPORT_WORD)
                )
                # (or any of eight to ten digits in a foreigner's line: a manifest's 'KIM/MINA KOR 01 JUN 1980
                # 123456789 …')
                or _foreigner_line(view, m.start(), m.group(), digits=True)
            ):
                yield Hit(m.start(), m.end(), 0.8, "all-digit passport number after its label")
