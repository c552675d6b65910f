"""전화번호: every mobile, and landline/fax/070 numbers of people and companies.

Institution switchboards are not personal: numbers labelled 대표/대표전화/콜센터 and 15xx/16xx/18xx
national numbers (which this pattern never matches), and the round main lines offices choose
(…-2114, …-8114, 044-205-1000). Record numbers that share the 3-4-4 shape (관리번호, 승인 번호) are suppressed by
their label.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from ..base import Hit, KoreanRecognizer
from ..normalize import digits_only
from ..patterns import MASK, PERSON_NUMBER
from ..spoken import said_mobiles
from ..textview import TextView

_SEP = r"(?:[ ]{0,2}[\-.][ ]{0,2}\n?[ ]{0,2}|[ ]{1,2}|[ ]?\n[ ]?)"
# OCR puts stray spaces and line breaks anywhere inside a number: allow one between any two digits
_NOISY = r"(?:[ ]{0,2}[\-.]?[ ]{0,2}\n?[ ]{0,2}|[ ]?\n[ ]?-[ ]?)"  # (the wrap may come before the dash)
# (the prefix may wrap too: 01⏎0-5844-…; the shortest reading first, so the next line's row number
# is not taken for an eleventh digit)
# (012 and 015 were pagers' prefixes, as personal as a mobile's, in the records of the 1990s)
_MOBILE = re.compile(rf"(?<![\d\-.])01(?:[ ]?\n[ ]?)?[0125-9](?:{_NOISY}\d){{7,8}}?(?![\d\-])")
# forms print the prefix in parentheses: (010)9319-4729, (010) 9319 4729, or close it only: 010)7923-7140
_PAREN_MOBILE = re.compile(rf"(?<![\d\-.])\(?01[016789]\)[ ]?\d(?:{_NOISY}\d){{6,7}}(?![\d\-])")
_AREA = r"0(?:2|3[1-3]|4[1-4]|5[1-5]|6[1-4]|70|50[2-8]|80)"
# +82 10-1234-5678, +82-2-2100-3456, +82 (0)10 …: the leading 0 of the area code is dropped
_INTERNATIONAL = re.compile(
    rf"(?<![\d+])\+82[ \-]?\n?(?:\(0\)[ ]?)?(?:1[016789]|2|[3-6][1-5]|70)(?:{_NOISY}\d){{7,8}}(?!\d)"
)
# another country's number, in groups after its calling code (+976 11 482 7305, +86-139-1234-5678): only
# after a contact label, since statistics and codes also start with a plus sign
_FOREIGN = re.compile(r"(?<![\d+])\+(?!82)[1-9]\d{0,2}[ \-]?\d{1,4}(?:[ \-]\d{2,4}){2,3}(?![\d\-])")
_FOREIGN_CONTEXT = re.compile(r"[Cc]ontact|[Pp]hone|[Mm]obile|[Tt]el|연락처|전화|휴대")
# a direct line typed without separators in a staff list's own cell (0442017274, 0221101235)
_PLAIN_LANDLINE = re.compile(rf"(?<![\d\-.])(?:02\d{{7,8}}|{_AREA}\d{{7,8}})(?![\d\-.])")


_PHONE_HEADER = re.compile(r"전\s*화|내\s*선|연\s*락\s*처|직\s*통|[Tt]el|TEL|[Pp]hone|번\s*호")
# (the area code in brackets, or only closed by one as forms write it: '(043)123-4567', '043)123-4567')
_LANDLINE = re.compile(
    rf"(?<![\d\-.])(?:\(?{_AREA}\)[ ]?|{_AREA}{_SEP})\d(?:{_NOISY}\d){{2,3}}{_SEP}\d(?:[ \n]?\d){{3}}(?![\d\-])"
)


def _phone_column(view: TextView, start: int) -> bool:
    """A headerless table's cell whose column holds phone numbers in the rows around it (a register of
    firms or a call log: '… | 051-234-5678 | …' over '… | 0512345678 | …')."""
    return any(
        _MOBILE.fullmatch(cell) or _LANDLINE.fullmatch(cell) or _PAREN_MOBILE.fullmatch(cell)
        for cell in view.column_cells(start)
    )


# before the area codes were merged (1995-1999) many cities dialled four digits ('0441-52-1234', '(0331)
# 234-5678', '0471)62-3390'): read with separators or brackets only, never as bare digits
_OLD_AREA = r"0[3-6][1-9]\d"
_OLD_LANDLINE = re.compile(
    rf"(?<![\d\-.])(?:\({_OLD_AREA}\)[ ]?|{_OLD_AREA}\)[ ]?|{_OLD_AREA}{_SEP})\d{{2,3}}{_SEP}\d(?:[ \n]?\d){{3}}(?![\d\-])"
)

# a mobile number with part of it masked (010-****-5053, 010-81**-9100, 010-**83-0586, 011-**6-2033,
# 010-4292-**96) still reaches its owner with the rest known: a middle group of three or four and a
# last group of four, digits and mask signs mixed, at least four digits known; the prefix may be OCR'd
# (0l0-XXXX-7502) and a line may wrap after a dash
_MASKED_MOBILE = re.compile(
    rf"(?<![\d\-.])[0oO][1lI][016789oOlI][ ]?[\-.)][ ]?\n?[ ]?(?P<mid>[\d{MASK}]{{3,4}})[ ]?[\-.][ ]?\n?[ ]?"
    rf"(?P<last>[\d{MASK}]{{4}})(?![\d\-{MASK}])"
)
# … and a landline with its exchange masked (031-***-3956): a person's direct line once labelled
_MASKED_LANDLINE = re.compile(
    r"(?<![\d\-.])0(?:2|[3-6][1-5]|70)[ ]?-[ ]?[*●○Xx×]{3,4}[ ]?-[ ]?\d{4}(?![\d\-])"
)

# a mobile number OCR cut into three table cells (010 | 4821 | 7730): each cell is part of the number
_SPLIT_MOBILE = re.compile(r"(?<![\d\-.])01[016789] ?\| ?\d{3,4} ?\| ?\d{4}(?![\d\-])")
_CELL_DIGITS = re.compile(r"\d+")
# a landline a form's table cuts into its area-code cell and its number's cell (전화(지역) | (번호) over
# '02 | 1234-5678'): both cells are parts of the number
_SPLIT_LANDLINE = re.compile(
    rf"(?:^|(?<=[\t|;,])|(?<=[ ]{{2}}))[ ]*(?P<area>{_AREA})[ ]*(?:\t+|[ ]*[|;,][ ]*|[ ]{{2,}})"
    r"(?P<local>\d{3,4}[ .\-]?\d{4})(?=[ ]*(?:$|\t|[|;,]|[ ]{2}))",
    re.MULTILINE,
)
# a home line written without its area code after its own label ('집전화 123-4567', '전화(자택) 234-…',
# '유선 345-…'): the label says whose line it is; an exchange never starts with 0, an area code does
_HOME_LOCAL = re.compile(
    r"(?:(?<![가-힣])(?:자\s*택|집)(?:\s*전\s*화)?|(?<![가-힣])유\s*선(?:\s*전\s*화)?"
    r"|전\s*화\s*(?:번\s*호)?\s*[(（]\s*(?:자\s*택|집)\s*[)）])"
    r"\s*(?:번\s*호)?\s*[:：]?[ \t]*(?P<local>(?<![\d\-.)])[1-9]\d{2,3}[ .\-]\d{4})(?![\d\-]|[ .]\d)"
)
# a mobile number read out in groups and typed with commas, as transcripts of calls do (010, 4821, 7730):
# a last group of four digits is never a thousands group
_COMMA_MOBILE = re.compile(r"(?<![\d\-.,])01[016789],[ ]?\d{3,4},[ ]?\d{4}(?![\d,])")

_FILLER = re.compile(r"0000\D*0000$")
# the number's own label right before it ('연락처 +82-10-…'): a key-value line, whose 'column' above is
# another key's value, not a header
_OWN_LABEL = re.compile(
    r"(?:전\s*화|연\s*락\s*처|휴\s*대\s*(?:전\s*화|폰)?|핸\s*드\s*폰|팩\s*스|Tel|TEL|[Tt]elephone(?:\s*No\.?)?|"
    r"[Pp]hone(?:\s*No\.?)?)\s*(?:번\s*호)?\s*[:：|]?\s*$"
)
# a contract's parties: the business's block opens with '(을)', its 상호 or '계약상대자' and runs down to
# its lines; the institution's ('(갑) …청', '발주기관', '기관명') has the institution's switchboard
_BUSINESS_PARTY = re.compile(r"^\s*(?:\(\s*을\s*\)|\[?\s*계\s*약\s*상\s*대\s*자|상\s*호\s*[:：])", re.M)
_INSTITUTION_PARTY = re.compile(
    r"^\s*\(\s*갑\s*\)|발\s*주\s*(?:기\s*관|처)|수\s*요\s*기\s*관|기\s*관\s*명", re.M
)
_PARTY_REACH = 8  # lines above a number searched for whose it is
_ARTICLE = re.compile(r"[ \t]*제\s*\d+\s*조")
# an office's service desk right before the number, not a person: '민원상담 0…', '문의 교무실(0…)' (a
# teacher named before the room gives that teacher's line: '담임 ○○○ 교무실 0…' stays found)
_ROOM_BEFORE = re.compile(
    r"(?:민\s*원\s*실|민\s*원\s*상\s*담|문\s*의\s*[:：]?\s*(?:교\s*무\s*실|행\s*정\s*실))\s*[(:：]?\s*$"
)
# a private business's own lines are its contact points, not an institution's switchboard (README: label
# what contacts a natural person or a private business): '주식회사 …  전화 02-6506-8000'
_PRIVATE_BUSINESS = re.compile(
    r"주\s*식\s*회\s*사|\(\s*주\s*\)|㈜|유\s*한\s*회\s*사|상\s*호|사\s*업\s*체\s*명|업\s*체\s*명"
)
# '(대표)' or '대표' right after the number marks it as the main line; '대표전화 044-…' there is the next
# field's label, with its own number ('팩스 044-203-8621  대표전화 044-203-7000': the fax is not the main line)
_MAIN_AFTER = re.compile(r"\s*(?:[(\[]\s*대\s*표|대\s*표(?!\s*(?:전\s*화|번\s*호)?\s*[:：]?\s*[\d(]))")
# (a word ending in 대표 is a person's role, not the main line's label: '○○○ (주민대표) 010-…')
_MAIN_LINE = re.compile(r"(?:(?<![가-힣])대\s*표|대\s*표\s*(?:전\s*화|번\s*호|팩\s*스|FAX))\s*[:：)]?\s*$")

_GROUPINGS = {(11,), (10,), (3, 4, 4), (3, 3, 4), (3, 8), (3, 7), (7, 4), (6, 4)}


def _plausible_grouping(value: str) -> bool:
    """With a hyphen or dot anywhere, stray spaces inside are OCR noise; without one, the digits
    must fall into a phone's usual groups (01012345678, 010 1234 5678, 0101234 5678)."""
    if "-" in value or "." in value:
        groups = re.split(r"[\-.]", value)
        # a middle group of two digits is an account's or a record's grouping (018-66-036996), not a phone's
        return not (len(groups) == 3 and len(groups[1].strip()) == 2 and " " not in value)
    return tuple(len(g) for g in re.split(r"[ ]+", value.replace("\n", "").strip())) in _GROUPINGS


# the labels of records that print their number in a landline's shape, a year as its middle group ('발급번호
# 02-2021-…', '(code 031-2022-…)'); a mobile after them is the person's own (a cash receipt is issued to a mobile)
_LANDLINE_RECORD_LABEL = re.compile(
    r"(?:고지서|발급|고객)\s*번\s*호\s*[:：]?\s*$|(?<![A-Za-z])(?:code|CODE|Code|코드)[ ]?[:=]?[ ]?$"
)
_RECORD_LABEL = re.compile(
    r"(?:관리|접수|승인|계약|공고|문서|등록|사건|고유|과제|일련|고지|민원|신청|처리)\s*번\s*호"
    r"|민원\s*(?:분류|\()\s*[:：]?\s*$"
)


class KoPhoneRecognizer(KoreanRecognizer):
    ENTITY = "PHONE_NUMBER"
    SPACE_TOLERANT = True
    CONTEXT = ("전화", "연락처", "휴대", "핸드폰", "팩스", "FAX", "Fax", "☎", "Tel", "TEL", "직통")
    NEGATIVE = (
        "대표전화",
        "대표번호",
        "콜센터",
        "상담센터",
        "관리번호",
        "접수번호",
        "승인번호",
        "계약번호",
        "공고번호",
        "문서번호",
        "등록번호",
        "사건번호",
        "고유번호",
        "과제번호",
    )
    WINDOW = 20

    def find(self, view: TextView) -> Iterator[Hit]:
        norm = view.norm
        for m in _MOBILE.finditer(norm):
            if _FILLER.search(m.group()):
                continue  # 010-0000-0000 in a form's example line
            digits = digits_only(m.group())
            if digits[:3] in ("012", "015") and len(digits) != 10:
                continue  # a pager's number had ten digits; '012-20xx-xxxx' is a record's, a year inside
            if _plausible_grouping(m.group()) and not self._record_number(view, m.start()):
                yield Hit(m.start(), m.end(), 0.9, "mobile number")
        for m in _PAREN_MOBILE.finditer(norm):
            if not _FILLER.search(m.group()) and not self._record_number(view, m.start()):
                yield Hit(m.start(), m.end(), 0.9, "mobile number")
        for m in _MASKED_MOBILE.finditer(norm):
            rest = m.group("mid") + m.group("last")
            if sum(ch.isdigit() for ch in rest) >= 4 and not rest.isdigit():
                yield Hit(m.start(), m.end(), 0.8, "partly masked mobile number")
        for m in _MASKED_LANDLINE.finditer(norm):
            if not self._switchboard(view, m.start(), m.end()):
                yield Hit(m.start(), m.end(), 0.75, "partly masked landline")
        for m in _SPLIT_MOBILE.finditer(norm) if "|" in norm else ():
            for group in _CELL_DIGITS.finditer(norm, m.start(), m.end()):
                yield Hit(group.start(), group.end(), 0.8, "mobile number split over table cells")
        for m in _SPLIT_LANDLINE.finditer(norm):
            if not self._switchboard(view, m.start("area"), m.end("local")):
                for part in ("area", "local"):
                    yield Hit(
                        m.start(part), m.end(part), 0.8, "landline split over its area-code and number cells"
                    )
        for m in _HOME_LOCAL.finditer(norm) if ("택" in norm or "집" in norm or "유" in norm) else ():
            if not self._switchboard(view, m.start("local"), m.end("local")):
                yield Hit(
                    m.start("local"), m.end("local"), 0.8, "home line without its area code after its label"
                )
        for start, end in said_mobiles(view):
            yield Hit(start, end, 0.9, "mobile number read out as quantities after its prefix")
        for m in _COMMA_MOBILE.finditer(norm) if "," in norm else ():
            yield Hit(m.start(), m.end(), 0.85, "mobile number read out in comma-separated groups")
        for m in _INTERNATIONAL.finditer(norm):
            if not self._switchboard(view, m.start(), m.end()):
                yield Hit(m.start(), m.end(), 0.85, "international number")
        for m in _FOREIGN.finditer(norm) if "+" in norm else ():
            if (
                _FOREIGN_CONTEXT.search(view.left(m.start(), 40, 1))
                and 8 <= len(digits_only(m.group())) <= 15
            ):
                yield Hit(m.start(), m.end(), 0.8, "another country's number after a contact label")
        for m in _PLAIN_LANDLINE.finditer(norm):
            own_cell = view.cell_is(m.start(), m.group()) and (
                self._staff_row(view, m.start()) or _phone_column(view, m.start())
            )
            # (or typed without separators right after its own label: '팩스번호 0319871234', '(전화 0421234567)'),
            # or alone in brackets after whose line it is ('담당 경사 ○○○ (0212345678)')
            labelled = _OWN_LABEL.search(view.left(m.start(), 16, 1)) is not None or (
                norm[m.start() - 1 : m.start()] == "(" and norm[m.end() : m.end() + 1] == ")"
            )
            if (own_cell or labelled) and not self._switchboard(view, m.start(), m.end()):
                yield Hit(m.start(), m.end(), 0.8, "direct line in a contact list's row or after its label")
        for m in itertools.chain(_LANDLINE.finditer(norm), _OLD_LANDLINE.finditer(norm)):
            if self._switchboard(view, m.start(), m.end()) or self._record_number(
                view, m.start(), landline=True
            ):
                continue
            score = 0.85 if self.has_context(view, m.start()) else 0.6
            yield Hit(m.start(), m.end(), score, "landline number")

    @staticmethod
    def _staff_row(view: TextView, start: int) -> bool:
        """A table row of someone's contacts: under a phone column, or beside a mobile or an e-mail."""
        if view.line_separator(view.line_index(start)) is None:
            return False
        if _PHONE_HEADER.search(view.column_header(start)):
            return True
        line_start, line_end = view.line_at(start)
        row = view.norm[line_start:line_end]
        return (
            "@" in row or PERSON_NUMBER.search(row) is not None
        )  # a person's mobile, mailbox, resident number

    def _record_number(self, view: TextView, start: int, landline: bool = False) -> bool:
        left = view.left(start, 14, 1)
        # (a notice's or a petition's own number: '고지번호 …', '민원 분류 …', '민원(…) 처리 결과'; and for a
        # landline's shape also the records that print theirs so, see _LANDLINE_RECORD_LABEL)
        return bool(_RECORD_LABEL.search(left) or (landline and _LANDLINE_RECORD_LABEL.search(left)))

    def _switchboard(self, view: TextView, start: int, end: int) -> bool:
        if _ROOM_BEFORE.search(view.left(start, 10, 1)):
            return True
        # '대표' right before the number labels a main line; a 대표 in a role column (시민단체 | 대표 |
        # 박서연 | 02-…) names a person's role, and their number is theirs
        digits = re.sub(r"\D", "", view.norm[start:end])
        main = (
            _MAIN_LINE.search(view.left(start, 12, 1)) is not None
            or digits.endswith(("114", "000"))  # the main lines offices choose (…-2114, 044-205-1000)
            or _MAIN_AFTER.match(view.right(end, 20)) is not None
        )
        if main:
            return not self._business(view, start)
        if not self.has_negative(view, start, 14):
            return False
        business = self._business(view, start)
        if business or _OWN_LABEL.search(view.left(start, 10, 1)):
            left = view.left(start, 14, 1)
            return any(w in left for w in self.NEGATIVE if not (business and w.startswith("대표")))
        return True

    @staticmethod
    def _business(view: TextView, start: int) -> bool:
        """The number is a private business's: its line names one, or the lines of its block above do
        before any naming the contracting institution ('(을) 상호: …' … '대표번호 02-…')."""
        line_start, line_end = view.line_at(start)
        if _PRIVATE_BUSINESS.search(view.norm, line_start, line_end) is not None:
            return True
        index = view.line_index(start)
        for k in range(index, max(-1, index - _PARTY_REACH), -1):
            line_start, line_end = view.line_bounds(k)
            if k < index and not view.norm[line_start:line_end].strip():
                return False  # a blank line ends the party's block
            if k < index and _ARTICLE.match(view.norm, line_start, line_end):
                return False  # and so do the contract's articles ('제1조(목적) …') below the parties
            if _INSTITUTION_PARTY.search(view.norm, line_start, line_end) is not None:
                return False
            if _BUSINESS_PARTY.search(view.norm, line_start, line_end) is not None:
                return True
        return False
