"""생년월일: a date is personal only when it is someone's birth date.

A date counts when it is labelled so (생년월일, DOB, a column header, `…생`, `…에 태어나`), when it
stands in parentheses right after a name (`홍길동(1985. 3. 4.)`, `- 김승우 (810106)`), or when it fills
a cell of a table row that also holds a mobile number (a roster whose header is missing). Forms are
the ones Korean records use: 1985. 3. 4., 1985년 3월 4일, 85년 3월 4일, 1985-03-04, 85.03.04, 850304,
19850304, passport styles (23 AUG 1977, Jun. 20, 1967, 14 3월/MAR 1993), and the day-first forms of
foreigners' documents (04.03.1985, 04/03/1985). In a transcript, a date (even one dictated in Hangul
syllables) that answers a question asking for the birth date counts too.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from ..base import Hit, KoreanRecognizer
from ..calendar_days import full_year, month_number, past_day
from ..kiwi import common_word, known_word, morphemes, ordinary_word
from ..lexicons import load
from ..mrz import mrz_fields
from ..normalize import HANGUL_DIGIT, LOOKALIKES, OCR_DIGIT
from ..row_identifiers import PERSON_ID_IN_ROW
from ..spoken import said_value
from ..textview import TextView
from .birth_fields import birth_field
from .foreign_names import BOOKING_TITLE, COUNTRIES, ROSTER_LATIN_NAME, SLASHED_NAME
from .traveller_lists import traveller_rows

_W = r"[ ]{0,2}\n?[ ]{0,2}"
_MON = r"(?i:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)[A-Za-z]*"
_DATE = re.compile(
    rf"(?<![\d.\-])(?=[\dA-Za-z])(?:"
    rf"(?P<y1>(?:19|20)\d{{2}}){_W}\.{_W}(?P<m1>\d{{1,2}}){_W}\.{_W}(?P<d1>\d{{1,2}})(?:{_W}\.)?"
    # (typed forms of the 1990s write the units in Hanja: '1931年 4月 12日')
    rf"|(?P<y2>(?:19|20)?\d{{2}})[ ]?[년年]{_W}(?P<m2>\d{{1,2}})[ ]?[월月]{_W}(?P<d2>\d{{1,2}})[ ]?[일日]"
    rf"|(?P<y3>(?:19|20)\d{{2}})[ ]?[\-/]\n?[ ]?(?P<m3>\d{{1,2}})[ ]?[\-/]\n?[ ]?(?P<d3>\d{{1,2}})"
    rf"|(?P<y4>\d{{2}})\.[ ]?(?P<m4>\d{{2}})\.[ ]?(?P<d4>\d{{2}})\.?"
    # (a two-digit year written spaced, the month or day in one digit: '85. 3. 4.')
    rf"|(?P<y9>\d{{2}})\.[ ](?P<m9>\d{{1,2}})\.[ ](?P<d9>\d{{1,2}})\.?"
    rf"|(?P<y5>(?:19|20)?\d{{2}})(?P<m5>\d{{2}})(?P<d5>\d{{2}})"
    # (a Korean passport's page writes the month twice: '05 02월/FEB 1991', '09 12월/ DEC⏎1975')
    rf"|(?P<d6>\d{{1,2}})[ \-](?:\d{{1,2}}[ ]?월[ ]?/[ ]?)?(?P<b6>{_MON})\.?(?:[ \-]|[ ]?\n[ ]?)(?P<y6>(?:19|20)\d{{2}})"
    rf"|(?P<b7>{_MON})\.?[ ](?P<d7>\d{{1,2}}),?[ ](?P<y7>(?:19|20)\d{{2}})"
    rf"|(?P<d8>\d{{1,2}})(?P<s8>[./\-])[ ]?(?P<m8>\d{{1,2}})(?P=s8)[ ]?(?P<y8>(?:19|20)\d{{2}})"
    rf")(?![\d\-])"
)
_VALUE = re.compile(r"\d{4}")
# an airline booking's passport line (SSR DOCS): document type, issuing country, number, nationality,
# then the birth date as day, month and two-digit year ('/P/KOR/M…/KOR/21NOV86/F/…')
_BOOKING_DOCS = re.compile(
    rf"DOCS[^\n/]*/P/[A-Z]{{3}}/[A-Z0-9]{{5,12}}/[A-Z]{{3}}/(?P<dob>\d{{2}}{_MON}\d{{2}})/[MF]"
)
# the same day-month-year run written alone after a label, as booking lists print it ('DOB 29SEP79')
_AIRLINE_DATE = re.compile(rf"(?<![\dA-Za-z])(?P<d>\d{{2}})(?P<b>{_MON})(?P<y>\d{{2}})(?![\dA-Za-z])")
_ASKS = re.compile(r"말씀|알려|불러|부탁|확인|보내|적어|남겨")
# a cell holding a Korean name's shape (a surname and a given name of one or two syllables)
_NAME_SHAPED = re.compile(r"(?<![가-힣])[가-힣]{2,4}(?![가-힣])")
# a date dictated in Hangul syllables (구삼일이일이 = 931212), read only as the answer to a question
# that asked for the birth date
# (or said in pairs: '칠오 공육 이삼' for 750623)
_HD = f"[{''.join(HANGUL_DIGIT)}]"
_SPOKEN = re.compile(rf"(?<![가-힣]){_HD}{{2}}[ ]?{_HD}{{2}}[ ]?{_HD}{{2}}(?=이?요|생|입니다|[.,\s]|$)")
# the speaker tag that opens an answer in a transcript (민원인: …, 답변 -); the answer may give the name first ('민원인: 김현이고요, 1951년 3월 30일이요.')
# (a recorded call stamps each turn: '[00:02:48] 민원인: …')
_ANSWER_LINE = re.compile(
    r"\s*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s*)?[가-힣A-Za-z0-9 ]{1,8}\s?[:：\-][^\n?]{0,20}$"
    # (or a messenger's export: '[○○○] [오전 9:02] …')
    r"|\s*\[[^\]\n]{1,12}\]\s*\[[^\]\n]{1,12}\][^\n?]{0,20}$"
)
# who speaks a transcript's turn: '고객: …', '[고객] [오전 9:01] …', '오후 2:10, 고객 : …'
_SPEAKER = re.compile(
    r"\s*(?:\[(?P<tag>[^\]\n\d]{1,12})\]"
    r"|(?:\[?(?:오전|오후)?\s*\d{1,2}:\d{2}(?::\d{2})?\]?\s*,?\s*)?(?P<who>[가-힣A-Za-z0-9 ]{1,10}?)\s*[:：])"
)


def _who(m: re.Match[str] | None) -> str | None:
    return None if m is None else (m.group("tag") or m.group("who"))


# a date said in Sino-Korean numerals (천구백팔십칠년 이월 일일, 칠십사년 일월 십육일, 공일년 이월 이십칠일)
_SINO = "공영일이삼사오육칠팔구"
_SPOKEN_DATE = re.compile(
    # (the month and day may be written in digits after a spoken year: '일구칠육년 3월 9일')
    # (or the year in digits and the month said, 유월 and 시월 as they are spoken: '83년 유월 이일')
    rf"(?<![가-힣\d])(?P<y>[{_SINO}십백천]{{1,8}}|\d{{2}}|\d{{4}}) ?년 ?(?P<m>[{_SINO}십]{{1,3}}|\d{{1,2}}|유|시) ?월 ?"
    rf"(?P<d>[{_SINO}십]{{1,4}}|\d{{1,2}}) ?일"
)
# (in Han characters: a Chinese list's 出生日期, a Japanese 生年月日, a register's '出生 1943年 …' where 出生
# stands right before the date; '…郡에서 出生' at a line's end says where, and labels nothing after it)
_LABEL = re.compile(
    r"생\s*년\s*월\s*일|(?<![가-힣])생(?:일|년(?![가-힣]))|출생|出生(?:日期|年月日?|(?=[ ]?(?:19|20)\d\d|[ ]?$))|生年月日|D\.?O\.?B|[Bb]irth|주민\S{0,6}\s*앞\s*(?:6\s*)?자리|"
    # (a system's key for it: '"dob":"…"', 'dob=…'; an English letter's 'born …')
    r"(?<![A-Za-z])(?:dob|born)(?![A-Za-z])"
)
# a name as the token just before the date in a row (tabs, bars, commas or spaces between them;
# the name may be spaced letter by letter by OCR: '이 승 현 1986.03.16')
_NAME_BEFORE = re.compile(r"(?:^|[\s|,])(?P<name>[가-힣]{2,4}|[가-힣](?: [가-힣]){1,3})[ ]*[\t|,/]?[ ]*$")
# a row's next cells after the date: a mobile or an e-mail (at most one other cell between)
_CONTACT_NEXT = re.compile(
    r"[ \t|,]+(?:[^ \t|,]+[ \t|,]+)?(?:(?:0|\+82[ \-]?)[ ]?1[016789][ .\-)]|[A-Za-z0-9._\-]+\s?(?:@|＠|\[at\]))"
)
# words ending like a date's label, not a name (변론기일, 신청일, 납부일자)
_DATE_LABEL_END = ("기일", "일자", "일시", "신청일", "시행일", "작성일", "접수일")
_BORN_AFTER = re.compile(
    r"\s?생(?:으로|이며|이고|이다|입니다|이에요|이고요|이요|인|의|이|은|는|\)|,|\s|$)|\s?\(만\s?\d|에\s?태어|\s?출생"
    # (a judgment's or a report's narrative: '원고 ○○○은 1950년 1월 2일 태어나 …', '… 태어난 ○○○')
    r"|\s?태어[나났난남]|\s?生"
    # (the age in brackets right after the date: '1944.03.21 (82세)')
    r"|\s?\((?:만\s?)?\d{1,3}세\)"
    # (a card's layout names the field after its value: '1961.05.02. (생년월일)')
    r"|\s?\(\s*(?:생\s*년\s*월\s*일|출\s*생\s*(?:연\s*월\s*)?일|생\s*일)\s*\)"
)
# the birth date a request changes, after the old one: '출생연월일을 ○년 ○월 ○일에서 ○. ○. ○.로 정정'
_CHANGED_FROM = re.compile(r"에서\s*$")
# (what the bracket tells of the person may come first: '○○○ (회계 담당, 820314)')
# (a judgment or a scan may space the name's letters: '피 고 인  ○ ○ ○ (…)')
# (the bracket may stand in the next cell or on the next line, as tables and one-cell-per-line text put it:
# '| ○○○ | (1990. 1. 2.) |', '○○○⏎(1990. 1. 2.)')
# (an honorific may stand between the name and the bracket, '○○○ 양 (…)', '○○○ 님 (…)'; a pupil's class or a
# child's age may come first in it, '(6학년 2반, …)', '(만 7세, …)')
_NAME_PAREN = re.compile(
    r"(?:^|[\s\-·,:○●■□▶])(?P<name>[가-힣]{2,4}|(?<![가-힣] )[가-힣](?: [가-힣]){1,3})"
    r"(?:[ ]?(?:양|군|씨|님))?"
    r"(?:[ ]*[|\t][ ]*|\s?|[ ]{2,3})\(\s*(?:(?:[가-힣 ]{1,10}|\d[ ]?학년[ ]?\d{1,2}[ ]?반|만[ ]?\d{1,2}[ ]?세)[,·]\s*)?$"
)
# the bracket after a name gives the person's sex and age before the date: whatever the age, the birth
# ('아동 ○○○(남, 만 7세, 2018. 3. 5.)')
_SEX_AND_AGE_BEFORE = re.compile(
    r"[가-힣]{2,4}[ ]?[(（][ ]?(?:남|여)(?:성|자)?[ ]?[,·][ ]?(?:만[ ]?)?(?P<age>\d{1,3})[ ]?세[ ]?[,·][ ]?$"
)
_ROW_NUMBER = re.compile(r"^\d{1,3}\s*[.)]\s*")  # a list's own numbering before the first cell: '1) 이원석'
_ROW_MOBILE = re.compile(r"(?:0|\+82[ \-]?)[ ]?1[016789](?:[ .\-]{0,2}\d){6,8}")
# the resident number of the row, whose first six digits are the person's birth date
_RESIDENT = re.compile(r"(?<![\d\-])(\d{6})[ ]?-?[ ]?[1-8][\d*]{6}(?!\d)")
# a list item's fields apart by slashes: '가. ○○○ / 12-34-567890-12 / 1961. 7. 18.'
_SLASH_BEFORE = re.compile(r"\s/\s*$")
_SLASH_AFTER = re.compile(r"\s*(?:/\s|$)")
# the format a form prints after its label: '생년월일 (YYYY/MM/DD):', '출생일(년.월.일)'
# (the text's look-alike fold reads the D of 'DD' beside digits as 0: '(YYYY.MM.00)')
# (or what the form says of the field in brackets: '생년월일(외국인은 등록번호 앞자리)', '[출생일(YYYYMMDD)]')
_FORMAT_HINT = re.compile(r"[(（][^()（）\n]{2,20}[)）][ \t]*\]?[ \t]*[:：∶]?[ \t]*$")
# a bilingual form's English label between the Korean label and the value, naming the birth date:
# '생년월일 또는 등록번호 Birth date or registration number: …'
_ENGLISH_LABEL = re.compile(
    r"[ \t]*(?:또는[ \t]*[가-힣]{2,10}[ \t]*)?[A-Za-z][A-Za-z .,/]{0,60}[:：]?[ \t]*$"
)
# a person's nationality and birth date in brackets after the name: '○○○(베트남, 1990. 1. 2.)', the
# passport between them too: '○○○ (몽골, 여권 E1234567, 1990. 1. 2.)'
_COUNTRY_BEFORE = re.compile(
    rf"[(（][ ]?(?:{COUNTRIES})(?:[ ]?국적)?[ ]?,[ ]?(?:여\s*권(?:\s*번\s*호)?[ ]?[:：]?[ ]?[A-Z0-9]{{6,10}}[ ]?,[ ]?)?$"
)
# a birth date whose day (or month and day) a certificate or an export masks: '1972. 8. **.', '1968-03-**'
_MASKED_DATE = re.compile(
    r"(?<![\d.\-])(?:19|20)\d{2}(?:\.[ ]?(?:\d{1,2}|\*{1,2})\.[ ]?\*{1,2}\.?|-(?:\d{2}|\*{2})-\*{2}"
    r"|년[ ]?(?:\d{1,2}|\*{1,2})월[ ]?\*{1,2}일)(?![\d*])"
)


class KoDateOfBirthRecognizer(KoreanRecognizer):
    ENTITY = "DATE_OF_BIRTH"
    SPACE_TOLERANT = True
    CONTEXT = ("생년월일", "생일", "출생", "DOB")

    def find(self, view: TextView) -> Iterator[Hit]:
        for kind, start, end in mrz_fields(view):
            if kind == "birth":
                yield Hit(start, end, 0.9, "birth date in a passport's machine-readable zone")
        for m in _BOOKING_DOCS.finditer(view.norm) if "DOCS" in view.norm else ():
            yield Hit(m.start("dob"), m.end("dob"), 0.85, "birth date in an airline booking's passport line")
        for row in traveller_rows(view):
            if row.plain:
                yield Hit(*row.birth, 0.8, "the birth date of a travellers' list row (see traveller_lists)")
        for m in _AIRLINE_DATE.finditer(view.norm) if view.mentions(_LABEL) else ():
            if _labelled(view.left(m.start(), 14, 2)) and _airline_date(m) is not None:
                yield Hit(
                    m.start(), m.end(), 0.85, "birth date in a booking's day-month-year form after its label"
                )
        as_of = _as_of(view)
        for m in _DATE.finditer(view.norm):
            date = _date_of(m)
            if date is None or (date.year == 1900 and date.month == 1 and date.day == 1):
                continue  # 1900. 1. 1. is a form's example value
            start = _apostrophe_start(view.norm, m)
            why = self._why(view, start, m.end(), date, as_of)
            if why:
                yield Hit(start, m.end(), 0.85 if why == "birth-date label" else 0.7, why)
        yield from _noisy_after_label(view)
        yield from _noisy_in_row(view)
        for m in _MASKED_DATE.finditer(view.norm):
            if (
                _labelled(view.left(m.start(), 14, 2))
                or _LABEL.search(view.column_header(m.start()))
                or self._personal_row(view, m.start(), m.end())
            ):
                yield Hit(
                    m.start(), m.end(), 0.7, "birth date with its day masked, labelled or in a roster row"
                )
        spoken = view.mentions(_LABEL) or ("년" in view.norm and "생" in view.norm)
        for m in _SPOKEN_DATE.finditer(view.norm) if spoken else ():
            date = _spoken_date(m)
            if (
                date is not None
                and _old_enough(date)
                and (
                    _answers_birth_question(view, m.start())
                    or _labelled(view.left(m.start(), 14, 2))
                    or _BORN_AFTER.match(view.right(m.end(), 10))
                )
            ):
                yield Hit(m.start(), m.end(), 0.7, "birth date said in words, answering a question for it")
        if "요" in view.norm:
            for m in _SPOKEN.finditer(view.norm):
                digits = "".join(HANGUL_DIGIT[ch] for ch in m.group() if ch != " ")
                whole = _DATE.fullmatch(digits)
                date = _date_of(whole) if whole is not None else None
                if date is not None and _answers_birth_question(view, m.start()):
                    yield Hit(m.start(), m.end(), 0.7, "spoken birth date answering a question for it")

    def _why(self, view: TextView, start: int, end: int, date: dt.date, as_of: dt.date | None) -> str:
        if _labelled(view.left(start, 14, 2)) or _LABEL.search(view.column_header(start)):
            return "birth-date label"
        left = view.left(start, 60, 1)
        changed = _CHANGED_FROM.search(left)
        if changed:
            earlier = [m for m in _DATE.finditer(left, 0, changed.start()) if m.end() == changed.start()]
            if earlier and _labelled(left[: earlier[-1].start()][-14:]):
                return "birth-date label"  # the corrected date of a birth date being changed
        hinted = _FORMAT_HINT.search(view.left(start, 40, 1))
        if hinted and _labelled(view.left(start, 40, 1)[: hinted.start()][-14:]):
            return "birth-date label"  # '생년월일 (YYYY/MM/DD): …'
        if self._english_label(view.left(start, 90, 1)):
            return "birth-date label"
        if _COUNTRY_BEFORE.search(view.left(start, 44, 1)) and view.right(end, 2)[:1] in (")", ","):
            return "date after the nationality in brackets after a name"  # '○○○(몽골, 1990. 1. 2.)
        field = birth_field(view, start, end, adult=_old_enough(date))
        if field:
            return field
        if _BORN_AFTER.match(view.right(end, 10)):
            return "birth-date label"
        if _answers_birth_question(view, start, end):
            return "answer to a question for the birth date"
        line_start, line_end = view.line_at(start)
        if any(r.group(1) == f"{date:%y%m%d}" for r in _RESIDENT.finditer(view.norm, line_start, line_end)):
            return "date matching the resident number beside it"
        # (a column headed as another date is that date's, even after a relation and a name: '모 ○○○ 번호 | 취득일')
        other_date = _other_date_header(view.column_header(start))
        if date.year < dt.date.today().year and _kin_before(view, start) and not other_date:
            return "date after a household member's relation and name"
        if other_date:
            return ""  # a column of entry, issue or expiry dates (입국일, 만료일)
        if _EVENT_CELL_AFTER.match(view.norm, end):
            return ""  # the day of what the next cell says happened ('… | 2011. 4. 24. | 취득')
        if as_of is not None and date > as_of:
            return ""  # later than the day the document says it was drawn up: no one listed was born then
        own_cell = _own_cell(view, start, end)
        # the document labels birth dates somewhere (a roster's header, a form's field): a date right after
        # a name in its rows is one
        if _after_name(view, start) and date.year <= dt.date.today().year - 5 and view.mentions(_LABEL):
            return "date beside a name in a list that gives birth dates"
        named = _NAME_PAREN.search(view.left(start, 24, 2))
        name = named.group("name").replace(" ", "") if named else ""
        bracketed = bool(
            name
            and name[0] in load("surnames")
            # 제정(1948년 7월 29일): an act's date, not a birth (a name Kiwi lists as a proper noun is a name)
            and not common_word(name)
            and (len(name) < 4 or name[:2] in load("surnames"))  # 제헌헌법
            # (a scan or a form may lose the closing bracket at the line's or the cell's end: '성명 ○○○
            # (1990-01-02⏎주소 …', '학생 ○○○ (2015. 3. 4.  2학년 1반')
            and (
                view.right(end, 2)[:1] in (")", ",")
                or not view.right(end, 4).strip()
                or view.right(end, 2) == "  "
            )
        )
        # (a school's or a nursery's list of children: a recent date right after a child's name is a birth)
        child = _child_born(date) and (
            (view.mentions(_CHILDREN) and (bracketed or _after_name(view, start)))
            or (bracketed and view.mentions(_GUARDED))
            # (or a row that names the child's guardian: '○○○ | 210201 | 보호자 ○○○ | 010-…')
            or (
                _GUARDIAN_IN_ROW.search(view.norm, line_start, line_end) is not None
                and _after_name(view, start)
            )
        )
        if _pupil_before(view, start, date):
            return "date in brackets after a pupil's class and name"
        aged = _SEX_AND_AGE_BEFORE.search(view.left(start, 24, 1))
        # (the bracket closes on the date, and the age fits it: not '(남, 34세, 2025. 3. 2. 참가)')
        if (
            aged
            and view.right(end, 2)[:1] in (")", "）")
            and date.year + int(aged.group("age")) <= dt.date.today().year + 1
        ):
            return "date in brackets after a person's name, sex and age"
        if not (_old_enough(date) or child):
            return ""
        if bracketed:
            return "date in parentheses after a name"
        if own_cell:
            if PERSON_ID_IN_ROW.search(view.norm, line_start, line_end):
                return "date in a roster row with a person's mobile, e-mail or identifier"
            # (six bare digits there are as often an ID, unless the column's other rows write dates or the
            # name stands right before them: '○○○  850304  ○○은행 …')
            bare = view.norm[start:end].isdigit()
            if (not bare or _date_column(view, start) or _after_name(view, start)) and any(
                _ROW_NUMBER.sub("", view.cell_text(m.start()).strip()) == m.group() and _name_cell(m.group())
                for m in _NAME_SHAPED.finditer(view.norm, line_start, line_end)
            ):
                return "date of an adult's age in a roster row beside a name"
        if (
            _old_enough(date)
            and _NAME_SLASH.search(view.left(start, 16, 1))
            and _after_name(view, start, slashed=True)
        ):
            return "date after a name and a slash, as a personnel order lists a person"
        listed = _LISTED_NAME_COMMA.fullmatch(view.norm, view.line_at(start)[0], start)
        if _old_enough(date) and listed and _listed_name(listed.group("name")):
            return "date after a numbered item's name and a comma"
        if (
            (_old_enough(date) or (_child_born(date) and _guarded_row(view, start)))
            and _opens_row_with_name(view, start)
            and not _EVENT_AFTER.match(view.right(end, 8))
            and _roster_line(view, start, end)
            # (six bare digits with more digits one space on: a resident number's halves, as OCR splits them)
            and not (view.norm[start:end].isdigit() and _DIGITS_ON.match(view.right(end, 4)))
        ):
            return "date right after the name that opens a roster row"
        if _after_name(view, start) and _CONTACT_NEXT.match(view.right(end, 60)):
            return "date between a name and a mobile number or e-mail"
        if self._personal_row(view, start, end):
            return "date as a field of a list item with a person's identifier"
        return ""

    @staticmethod
    def _english_label(left: str) -> bool:
        """The nearest label is a bilingual one: the Korean birth-date label, then its English words."""
        korean = [m for m in _LABEL.finditer(left) if not m.group()[:1].isascii()]
        if not korean:
            return False
        between = left[korean[-1].end() :]
        return "Birth" in between and _ENGLISH_LABEL.fullmatch(between) is not None

    @staticmethod
    def _personal_row(view: TextView, start: int, end: int) -> bool:
        """The date is a field of its own (a table cell, or between slashes) in a row that also holds an
        identifier of a person."""
        line_start, line_end = view.line_at(start)
        own_cell = _own_cell(view, start, end)
        slashed = _SLASH_BEFORE.search(view.left(start, 4, 1)) and _SLASH_AFTER.match(view.right(end, 4))
        return bool(
            (own_cell or slashed)
            and (
                PERSON_ID_IN_ROW.search(view.norm, line_start, line_end)
                or _PASSPORT_IN_ROW.search(view.norm, line_start, line_end)
                or (
                    own_cell
                    and (
                        _insurance_card_in_row(view, end, line_end)
                        or _insurance_card_before(view, line_start, start)
                    )
                )
            )
        )


# a foreign passport after its word in the row ('… / 여권 E12345678 / …')
_PASSPORT_IN_ROW = re.compile(r"여\s*권(?:\s*번\s*호)?[ :：]*[A-Z]{1,2}\d{6,9}[A-Z]?(?![A-Za-z0-9])")
# a health register: its words, and the insurance card's eleven digits as a later cell of the row (a scan
# may split them with a space or wrap them onto the next line: '753 04640155', '53⏎446300665')
_HEALTH_REGISTER = re.compile(
    r"건\s*강\s*보\s*험|건\s*강\s*검\s*진|피\s*부\s*양|예\s*방\s*접\s*종|자\s*격\s*(?:취\s*득|상\s*실)"
)
_CARD_CELL = re.compile(r"[\t|][ ]*(?P<card>\d{1,10}[ \n]?\d{1,10})[ ]*(?=[\t|\n]|$)")


def _insurance_card_in_row(view: TextView, end: int, line_end: int) -> bool:
    """After the date, the row's next cell holds the eleven digits of a health-insurance card, in a text
    about health insurance: the date beside it is the insured's birth date."""
    if not view.mentions(_HEALTH_REGISTER):
        return False
    m = _CARD_CELL.match(view.norm, end, min(len(view.norm), line_end + 14))
    return m is not None and sum(ch.isdigit() for ch in m.group("card")) == 11


# (or, in a CSV, the cell right before the date: '○○,12345678901,19620411,…')
_CARD_CELL_BEFORE = re.compile(r"(?:^|[\t|,])[ ]*\d{11}[ ]*[\t|,][ ]*\"?$")


def _insurance_card_before(view: TextView, line_start: int, start: int) -> bool:
    """The cell right before the date holds the eleven digits of a health-insurance card, in a text about
    health insurance or check-ups: the date is the insured's birth date."""
    return (
        view.mentions(_HEALTH_REGISTER) and _CARD_CELL_BEFORE.search(view.norm, line_start, start) is not None
    )


# a column header naming another date of the person's (입국일, 발급일자, 만료일, 취득일)
_OTHER_DATE_HEADER = re.compile(r"[가-힣](?<!메)(?:일|일자|일시|날짜|기간|기한)\s*$")  # (not 이메일)
# (a scan may misspell the birth-date header itself: '생녕월일')
_BIRTHISH = re.compile(r"생|월\s*일|[Bb]irth|BIRTH")


def _other_date_header(header: str) -> bool:
    return _OTHER_DATE_HEADER.search(header) is not None and _BIRTHISH.search(header) is None


# the day a roster or a register states it was drawn up: '(2024. 5. 1. 기준)', '2024.05.01 현재'
_AS_OF = re.compile(r"[ ]?(?:기준|현재)(?![가-힣])")


def _as_of(view: TextView) -> dt.date | None:
    """The date the document says its list holds as of, if it says one (the earliest, when it says several)."""
    if "기준" not in view.norm and "현재" not in view.norm:
        return None
    dates = [
        d
        for m in _DATE.finditer(view.norm)
        if _AS_OF.match(view.norm, m.end()) and (d := _date_of(m)) is not None
    ]
    return min(dates, default=None)


def _apostrophe_start(norm: str, m: re.Match[str]) -> int:
    """Where a date starts when an apostrophe stands for its year's century ('58. 4. 2., '83. 11. 5.):
    the apostrophe is part of the value, so the date still fills its cell and follows the name before it."""
    two_digit_year = next((len(y) == 2 for y in m.group("y4", "y9", "y5", "y2") if y is not None), False)
    return m.start() - 1 if two_digit_year and m.start() and norm[m.start() - 1] in "'’‘" else m.start()


def _own_cell(view: TextView, start: int, end: int) -> bool:
    """The date fills a table cell of its own (a CSV's cell may quote it: ',"1985년 3월 4일",')."""
    if view.line_separator(view.line_index(start)) is None:
        return False
    if view.norm[start - 1 : start] == '"' and view.norm[end : end + 1] == '"':
        return view.cell_is(start - 1, view.norm[start - 1 : end + 1])
    return view.cell_is(start, view.norm[start:end])


def _date_column(view: TextView, start: int) -> bool:
    """Other rows of the column write a date with separators ('1950-01-02' over '500102'): the column
    holds dates, and a six-digit cell in it is one written short."""
    return any(
        (d := _DATE.fullmatch(cell)) is not None and not cell.isdigit() and _date_of(d) is not None
        for cell in view.column_cells(start)
    )


# a numbered item of people, each a name and then their birth date after a comma: '1) ○○○, 1960. 1. 2.'
_LISTED_NAME_COMMA = re.compile(
    r"[ \t]*(?:\(?\d{1,2}\)|\d{1,2}[.)]|[-·•])[ \t]*(?P<name>[가-힣](?: ?[가-힣]){1,3})[ \t]*,[ \t]*"
)


# a pupil's class, their name, then the birth date in brackets: '2학년 3반 ○○○ (2014. 1. 2.)'
_PUPIL_BEFORE = re.compile(
    r"\d[ ]?학년[ \t]*\d{1,2}[ ]?반[ \t]+(?:\d{1,2}[ ]?번[ \t]+)?(?P<name>[^\n()（）]{2,28}?)[ \t]*[(（][ \t]*$"
)


def _pupil_before(view: TextView, start: int, date: dt.date) -> bool:
    """The date in brackets after a pupil's class and name, a school-age birth year, the name no word of
    the language ('3학년 2반 교실 (…)' is a room)."""
    m = _PUPIL_BEFORE.search(view.left(start, 48, 1))
    if m is None or not dt.date.today().year - 20 <= date.year <= dt.date.today().year - 5:
        return False
    name = m.group("name")
    return name[:1].isascii() or not known_word(name.replace(" ", ""))


# a household's member as case notes and forms list them: the relation opening the line or its item, the
# name, then the birth date ('- 배우자 ○○○ 1960. 1. 2.', '가구원: 손녀 ○ ○ ○ 2016년 9월 3일'); a date of this
# year is a request's or a visit's
_KIN_BEFORE = re.compile(
    r"(?:^|[\-·•:,]|\d[.)])[ \t]*(?:배우자|자녀|아들|딸|손자|손녀|부|모|부친|모친|조부|조모|남편|처|장남|장녀|차남|차녀|"
    r"며느리|사위|형제|자매|동생|세대주)[ \t]+(?P<name>[가-힣]{2,5}|[가-힣](?: [가-힣]){1,4})[ \t]+"
    # (a health-insurance list puts the member's card number between: '배우자 ○○○ 12345678901 1970-01-02')
    r"(?:\d{8,13}[ \t]+)?'?$"
)


def _kin_before(view: TextView, start: int) -> bool:
    """The date follows a relation word and a name on its line (a name: a surname first, no word)."""
    m = _KIN_BEFORE.search(view.left(start, 24, 1))
    if m is None:
        return False
    name = m.group("name").replace(" ", "")
    return name[0] in load("surnames") and not common_word(name)


def _name_cell(cell: str) -> bool:
    """A row's cell is a name: three syllables opening with a surname, or two or four (a two-syllable
    surname) that are no word Kiwi knows ('합계', '비고' and '해당없음' are cells of other rows), or that
    Kiwi knows as a proper noun (a frequent name: ○민, ○준)."""
    surnames = load("surnames")
    if len(cell) == 3:
        return cell[0] in surnames
    return (cell[:2] if len(cell) == 4 else cell[0]) in surnames and (not common_word(cell))


def _listed_name(name: str) -> bool:
    """An item's first field is a name: a surname first and not one word Kiwi knows (a list of offices or
    topics is no list of people); a name whose given part is a verb stem (○빛나) stays a name here."""
    name = name.replace(" ", "")
    return name[0] in load("surnames") and not known_word(name)


# a personnel order's entry, the person and their birth date apart by a slash: '신규임용  ○○○ / 1990. 1. 2.'
_NAME_SLASH = re.compile(r"(?:^|[\s:])[가-힣]{2,4}[ ]/[ ]?$")


def _after_name(view: TextView, start: int, slashed: bool = False, vouched: bool = False) -> bool:
    """The token before the date is a person's name: a known surname first, not a common noun
    (Kiwi's dictionary lists frequent names as proper nouns: those stay names). When the row `vouched`
    for a person (their mobile, e-mail or number beside), a name Kiwi splits into a stem and an ending
    (구하소 as 구하 + 소) is still a name; a word with a particle (피고는) or a whole known word is not."""
    left = view.left(start, 16, 1)
    m = _NAME_BEFORE.search(left[: left.rstrip().rfind("/")] if slashed else left)
    if m is None:
        return False
    name = m.group("name").replace(" ", "")
    if not (2 <= len(name) <= 4 and name[0] in load("surnames")) or name.endswith(_DATE_LABEL_END):
        return False
    if any(tag == "NNB" and part == "일" for part, tag, _ in morphemes(name)):
        return False  # 계약일: a day's label
    if ordinary_word(name, name) and (not vouched or morphemes(name)[-1][1].startswith("J")):
        return False  # 방침은, 피고는: a word and its particle, whatever the row holds
    return not common_word(name)


# what opens a roster's row before the name: its number ('3', '3.', '3)') or a bullet, or a record number
# ('2025-12345'), in cells or not
_MARK = r"(?:\d{1,4}[.)]?|[\-·•○▶])"
_MARK_OR_RECORD = r"(?:\d{1,4}[.)]?|\d{4}-\d{3,6}|[\-·•○▶])"
# a foreigner's name as rosters write it: in capitals, capitalised, or both ('Ada OKAFOR'); a foreigner's row
# writes the name, then the country (its name in Hangul)
_LATIN_NAME = (
    rf"(?:{ROSTER_LATIN_NAME}"
    # (or as a booking writes it, SURNAME/GIVEN and the title: 'KIM/MINA MS')
    rf"|{SLASHED_NAME}(?: {BOOKING_TITLE})?"
    # (given names first and the surname in capitals: 'Ana Maria OKAFOR')
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+){1,2} [A-Z]{2,})"
)
_ROW_OPENING = re.compile(rf"[ \t|]*(?:{_MARK_OR_RECORD}[ \t|]+)?")
# a foreign name written in Hangul words, as a cell of its own ('○○○ ○○○⇥1960. 1. 2.⇥…')
_HANGUL_WORDS_CELL = re.compile(
    r"[ \t|]*(?:\d{1,4}[.)]?[ \t|]+)?[가-힣]{2,6}(?: [가-힣]{1,6}){1,2}[ ]*[\t|][ \t|]*"
)
# a crew list's row before the birth date: number, rank (C/O, 2/E, OS, AB, COOK …), the name, then the
# nationality as a code or a word in capitals ('02 C/O  ○○○ ○○○  PHL  ', '3  OS  ○○○  KOR  ')
_CREW_ROW = re.compile(
    rf"[ \t]*\d{{1,3}}[ \t]+(?:[A-Z0-9]{{1,2}}/[A-Z0-9]{{1,2}}|[A-Z]{{2,6}})[ \t]+"
    rf"(?:{_LATIN_NAME}|[A-Z]{{3,}}|[가-힣]{{2,4}})[ \t]+(?:[A-Z]{{2,9}}|{COUNTRIES})[ \t]+"
)
_COUNTRY_CODE_END = re.compile(rf"[ \t|](?:{COUNTRIES}|KOR)[ \t|,]+$")
_CAPITALS_THEN_COUNTRY = re.compile(
    rf"[ \t|]*(?:{_MARK}[ \t|]+)?{_LATIN_NAME}[ \t|,]+(?:(?:{COUNTRIES}|[가-힣]{{2,8}})[ \t|,]+)?"
)
# a line that opens with a name and then a number: a roster's row (its neighbours are rows too); a
# foreigners' roster writes the nationality between ('○○○⇥필리핀⇥P1234567A⇥…')
_NAME_THEN_NUMBER = re.compile(
    rf"[ \t|]*(?:{_MARK}[ \t|]+)?(?:[가-힣](?: ?[가-힣]){{1,3}}|{_LATIN_NAME})"
    rf"(?:[ \t|,/]+(?:{COUNTRIES}|대한민국|한국|KOR))?[ \t|,/]+[\dA-Z]"
)


def _roster_line(view: TextView, start: int, end: int) -> bool:
    """The date's line is a roster's row, not a sentence or a citation that opens with a word ('○○고법
    1990. 1. 2. 89구…', '본조치는 1980년 …'): numbered, or holding a person's identifier, or between
    lines that open the same way (a name, then a number)."""
    line_start, line_end = view.line_at(start)
    if (
        _NUMBERED_LINE.match(view.norm, line_start)
        or PERSON_ID_IN_ROW.search(view.norm, line_start, line_end)
        or _FOREIGNER_ROW.match(view.norm, line_start, line_end)
    ):
        return True
    if not view.right(end, 12).strip() and not _CELL_MARK.search(view.norm, line_start, line_end):
        return False  # (a label's date ends its line; a table's or an export's row may end with it)
    index = view.line_index(start)
    for other in (index - 1, index + 1):
        if 0 <= other < len(view.line_starts):
            other_start, other_end = view.line_bounds(other)
            if _NAME_THEN_NUMBER.match(view.norm, other_start, other_end):
                return True
    return False


_CELL_MARK = re.compile(r"[|\t,]")
# a foreigner's row: a Latin name opening the line, then the nationality (a guest register's or a
# roster's row, cells padded with spaces or not: '○○ ○○ 태국     P1234567  1980-01-02')
_FOREIGNER_ROW = re.compile(rf"[ \t|]*(?:{_MARK}[ \t|]+)?{_LATIN_NAME}[ \t|,]+(?:{COUNTRIES})(?=[ \t|,])")
_NUMBERED_LINE = re.compile(rf"[ \t|]*{_MARK_OR_RECORD}[ \t|]+")
# (a passport's letters and digits, a digit or a mask among them; a card's or a register's eleven to
# fourteen digits; a number masked in its middle: '76 *****15')
_ID_TOKEN_END = re.compile(
    r"(?<=[ \t|,])(?:[A-Z]{1,2}(?=[A-Z]*[0-9*])[0-9A-Z*]{6,8}|[0-9][0-9A-Z]{7,8}|\d{11,14}|\d{2}[ ]?\*{3,}\d{0,4})[ \t|,]+$"
)
# the next cell names an event of the date's (a register of acquisitions and losses, of moves in and out)
_EVENT_CELL_AFTER = re.compile(
    r"[ \t]*[|\t][ \t]*(?:취득|상실|전입|전출|입사|퇴사|입국|출국|등록|말소|변경|해지)(?![가-힣])"
)
_DIGITS_ON = re.compile(r"[ ]?[=\-]?[ ]?\d")
# a word right after the date that makes it the day of something done (임용, 입사, 전입, 사망 …), not a birth
_EVENT_AFTER = re.compile(
    # (or a court's decision: its case number or 선고 after the date: '… 1990. 1. 2. 89구12345')
    r"[ \t|,]*(?:\d{2,4}[가-힣]{1,3}\d{1,6}|선고|결정|판결)|[ \t|]*(?:임용|입사|채용|전입|전출|가입|퇴직|퇴사|졸업|입학|사망|발령|취득|상실|등록|접수|신고|계약)"
)


def _opens_row_with_name(view: TextView, start: int) -> bool:
    """The date comes right after the name that opens its line, as a roster lists each person with the
    birth date first (with or without a header or cells: '3 ○○○ 1960.01.02. …', '2025-123 ○○○ 600102 …',
    '1  JOHN DOE  미국  1960-01-02 …')."""
    line_start = view.line_at(start)[0]
    before = view.norm[line_start:start]
    # (on the raw text: the fold reads a passport's leading S as a 5)
    token = _ID_TOKEN_END.search(view.text, line_start, start)
    if token is not None:  # (a passport or an ID of the person's between: '1. ○○○ M123A4567 1960.01.02.')
        before = view.norm[line_start : token.start()]
        start = token.start()
    if (
        _CAPITALS_THEN_COUNTRY.fullmatch(before)
        or _HANGUL_WORDS_CELL.fullmatch(before)
        or _CREW_ROW.fullmatch(before)
    ):
        return True
    if token is not None and _NUMBERED_LINE.match(before) and _COUNTRY_CODE_END.search(before):
        return True  # (a crew list's row: number, rank, name, nationality, passport, then the birth date)
    opening = _ROW_OPENING.match(before)
    rest = (
        before[opening.end() :] if opening else before
    )  # (the pattern's parts are optional: it always matches)
    name = rest.strip(" \t|,/").replace(" ", "")
    vouched = PERSON_ID_IN_ROW.search(view.norm, line_start, view.line_at(start)[1]) is not None
    return (
        2 <= len(name) <= 4
        and _NAME_BEFORE.fullmatch(" " + rest) is not None
        and _after_name(view, start, vouched=vouched)
    )


# OCR's look-alikes in a date (1989년 5월 l3일, 1g77.11.I2, |4/04/|992): read only in the value of a
# birth-date label, where a date is expected; one character for one, so offsets stay
_LOOKALIKE_DIGITS = str.maketrans({**OCR_DIGIT, "|": "1"})
_LABELLED_VALUE = re.compile(
    rf"(?:{_LABEL.pattern})[^\n:：]{{0,24}}?[:：]?[ \t]*(?P<value>[^\n:：\s][^\n]{{5,23}})"
)


# (or right before the word that says born: '(6O.ll.O4생)', 'l962. 3. 4. 출생')
_VALUE_BEFORE_BORN = re.compile(
    rf"(?<![0-9A-Za-z|.])(?P<value>[0-9{LOOKALIKES}|][0-9{LOOKALIKES}|. \-/년월일]{{4,16}}?)(?={_BORN_AFTER.pattern})"
)


# a date whose digits a scan read partly as letters ('l97O년 O6월 22일', '2OO5-O4-l1'): read through the look-alikes
_NOISY_DATE = re.compile(
    r"(?<![0-9A-Za-z])[0-9lIOo]{4}(?:[ ]?년[ ]?[0-9lIOo]{1,2}[ ]?월[ ]?[0-9lIOo]{1,2}[ ]?일"
    r"|[.\-][ ]?[0-9lIOo]{1,2}[.\-][ ]?[0-9lIOo]{1,2}\.?)(?![0-9A-Za-z])"
)


def _noisy_in_row(view: TextView) -> Iterator[Hit]:
    """A date with OCR look-alikes that fills its own cell in a row holding a person's number (a family
    register's '본인  ○○○  l97O년 O6월 22일  7006…'): a birth date, as the plain date would be there."""
    for m in _NOISY_DATE.finditer(view.norm):
        value = m.group()
        read = value.translate(_LOOKALIKE_DIGITS)
        d = _DATE.fullmatch(read)
        if read == value or d is None or _date_of(d) is None:
            continue
        if KoDateOfBirthRecognizer._personal_row(view, m.start(), m.end()):
            yield Hit(m.start(), m.end(), 0.75, "birth date with OCR look-alikes in a person's row")


def _noisy_after_label(view: TextView) -> Iterator[Hit]:
    for m in _VALUE_BEFORE_BORN.finditer(view.norm) if "생" in view.norm else ():
        value = m.group("value")
        read = value.translate(_LOOKALIKE_DIGITS)
        d = _DATE.fullmatch(read.rstrip())
        if read != value and d is not None and _date_of(d) is not None:
            start = m.start("value")
            yield Hit(start, start + d.end(), 0.8, "birth date with OCR look-alikes before a word of birth")
    for m in _LABELLED_VALUE.finditer(view.norm):
        value = m.group("value")
        read = value.translate(_LOOKALIKE_DIGITS)
        if read == value:
            continue  # nothing to read differently: the plain pass decided
        d = _DATE.match(read)
        if d is None or d.start() != 0 or _date_of(d) is None:
            continue
        start = m.start("value")
        yield Hit(start, start + d.end(), 0.8, "birth date with OCR look-alikes after its label")


def _labelled(left: str) -> bool:
    """A birth-date label before the date, with no other value between them (`birth=721204⏎2024-12-20`:
    the label belongs to the number, not to the log's next timestamp)."""
    labels = list(_LABEL.finditer(left))
    return bool(labels) and _VALUE.search(left, labels[-1].end()) is None


# a question for the resident number answered with its first six digits or the birth date alone
_RESIDENT_WORD = re.compile(r"주\s*민\s*(?:등\s*록\s*)?번\s*호")
_ANSWER_END = re.compile(r"[ ]?(?:이?요|입니다|이에요|예요|이고요)?[.!~]?[ \t]*(?:\n|$)")


def _answers_birth_question(view: TextView, start: int, end: int | None = None) -> bool:
    """The date is in a transcript's answer (`민원인: 1994년 3월 23일이요.`, the name may come first) whose
    line above asked for the birth date (`생년월일 말씀해 주시겠어요?`, `… 말씀 부탁드립니다.`) or for the
    resident number, of which the caller gave the birth date only (the date at `end` closes the answer:
    '… 850304 일이삼…' goes on with the number's other digits)."""
    index = view.line_index(start)
    line_start, _ = view.line_bounds(index)
    if index == 0 or not _ANSWER_LINE.match(view.norm, line_start, start):
        return False
    # (the question may be a turn or two up, when it asked for more than one thing and the same speaker
    # answered in several lines: '여권 번호랑 출생일 알려 주세요' over '손님: …' and '손님: 1990. 1. 2.')
    who = _who(_SPEAKER.match(view.norm, line_start, start))
    for back in range(1, min(3, index) + 1):
        above_start, above_end = view.line_bounds(index - back)
        above = view.norm[above_start:above_end].rstrip()
        asked_for = _LABEL.search(above) or (
            end is not None and _RESIDENT_WORD.search(above) and _ANSWER_END.match(view.right(end, 16))
        )
        if asked_for and (above.endswith("?") or _ASKS.search(above) is not None):
            return True
        if who is None or _who(_SPEAKER.match(view.norm, above_start, above_end)) != who:
            return False  # another turn came between
    return False


def _sino_number(word: str) -> int | None:
    """천구백팔십칠 → 1987, 십육 → 16; digits said one by one (공일, 팔팔) → 1, 88; written digits as they are."""
    if word.isdigit():
        return int(word)
    value = said_value(word)
    return int(value) if value is not None else None


_SPOKEN_MONTHS = {"유": 6, "시": 10}  # 유월, 시월: the months whose spoken names drop a sound


def _spoken_date(m: re.Match[str]) -> dt.date | None:
    year, day = _sino_number(m.group("y")), _sino_number(m.group("d"))
    month = _SPOKEN_MONTHS.get(m.group("m")) or _sino_number(m.group("m"))
    if year is None or month is None or day is None:
        return None
    try:
        return dt.date(full_year(year), month, day)
    except ValueError:
        return None


def _old_enough(date: dt.date) -> bool:
    """A birth year of someone old enough to appear in a roster or a 인사 order by name; recent
    dates beside a name are registrations, payments and visits, not births."""
    today = dt.date.today()
    return today.year - 100 <= date.year <= today.year - 14


# a document about children (a school's list of pupils, a nursery's register): their rows' recent dates
# beside a name are birth dates too
_CHILDREN = re.compile(r"학생|학년|초등학교|중학교|고등학교|유치원|어린이집|영유아|원아")
# (or one listing children with a guardian, the date in brackets after each name: '보호자 연락처',
# '자녀 ○○○ (…)')
_GUARDED = re.compile(r"수강생|보호자|자녀|아동|피부양자")


# a guardian named in the row: a roster of children (a nursery's, a school's, a vaccination list)
# (not the '모' of an anonymised '○ 모 씨')
_GUARDIAN_IN_ROW = re.compile(
    r"보\s*호\s*자|(?<![가-힣])(?:모|부|조모|조부)(?=[ \t]+(?:[가-힣]{2,4}|0\d))(?![ \t]+씨)"
)


def _guarded_row(view: TextView, start: int) -> bool:
    """The row names the child's guardian, or the text is about children: a recent date after the name
    opening it is a child's birth date."""
    return view.mentions(_CHILDREN) or _GUARDIAN_IN_ROW.search(view.norm, *view.line_at(start)) is not None


def _child_born(date: dt.date) -> bool:
    """A birth year of a pupil or an infant: at least a year before today."""
    return dt.date.today().year - 20 <= date.year <= dt.date.today().year - 1


def _date_of(m: re.Match[str]) -> dt.date | None:
    for i in "123456789":
        year = m.group(f"y{i}")
        if year is None:
            continue
        month = m.group(f"m{i}") if i not in "67" else str(month_number(m.group(f"b{i}")))
        y, mo, d = int(year), int(month), int(m.group(f"d{i}"))
        if i == "8" and mo > 12 >= d:
            mo, d = d, mo  # 04/30/1985: the month first, as American forms write it
        return past_day(y, mo, d)
    return None


def _airline_date(m: re.Match[str]) -> dt.date | None:
    """The day of '29SEP79'."""
    return past_day(int(m.group("y")), month_number(m.group("b")), int(m.group("d")))
