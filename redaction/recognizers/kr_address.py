"""주소: road-name (도로명) and lot-number (지번) addresses from 시/도 or 시/군/구 down to the unit.

An institution's own address (a 청사, the issuing agency in a letter footer, the ordering agency
in a contract) looks exactly like a citizen's; only its surroundings differ, so those are dropped:
a 청사 or web address right after it, the 우 (postal) marker of a letter footer before it (with the
footer's web address or 전화/전송 line), or an agency label (기관명, 발주기관) as the nearest party label
above it. The romanised form of a road-name address (foreigners' forms, signatures) counts too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..base import Hit, KoreanRecognizer
from ..textview import TextView

_SIDO_FULL = (
    "서울특별시|부산광역시|대구광역시|인천광역시|광주광역시|대전광역시|울산광역시|세종특별자치시|"
    "경기도|강원특별자치도|강원도|충청북도|충청남도|전북특별자치도|전라북도|전라남도|경상북도|경상남도|"
    "제주특별자치도|제주도"
)
_SIDO_SHORT = "서울시|부산시|대구시|인천시|광주시|대전시|울산시|세종시|서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주"
_SP = r"(?:[ ]{1,2}|[ ]?\n[ ]?)"
_SGG = r"[가-힣]{1,5}(?:시|군|구)"
_EUP = r"[가-힣]{1,5}(?:읍|면)"
# a road and its numbered branch, glued or spaced (중앙로80번길, 중앙로 80번길, 새말로 12길)
_ROAD = r"[가-힣A-Za-z0-9·]{1,14}(?:로|길)(?:[ ]?\d{1,4}번?길)?"
_BLDG = r"(?:지하[ ]?)?\d{1,5}(?:-\d{1,5})?"
# (the lot's number may carry its word: '○○동 263번지')
_LOT = r"[가-힣0-9]{1,8}(?:동|리|가)(?:\d{1,2}가)?" + _SP + r"(?:산[ ]?)?\d{1,5}(?:-\d{1,5})?(?:[ ]?번지)?"
_UNIT = (
    r"(?:,?[ ]?(?:[가-힣A-Za-z0-9]{2,15}[ ])?(?:\d{1,4}동[ ]?)?\d{1,5}호"
    r"|,?[ ]?(?:지하[ ]?)?\d{1,3}층(?:[ ]?\d{1,5}호)?"
    r"|,?[ ]?\d{1,4}동(?:[ ]?\d{1,5}호)?)"
)
_HEAD = rf"(?:(?:{_SIDO_FULL}|{_SIDO_SHORT}){_SP})?(?:{_SGG}{_SP}){{1,2}}(?:{_EUP}{_SP})?"
# what may follow the number in prose: a copula or a particle (…소망로 239입니다, …두레길 198에)
_ENDING = r"(?:입니다|이며|이고|이다|에서|에|으로|로|이|의|을|를|는|은)"
_ADDRESS = re.compile(
    rf"(?<![가-힣])(?:(?:{_SIDO_FULL}|세종특별자치시|세종시|세종){_SP}(?:{_EUP}{_SP})?|{_HEAD})"
    rf"(?:{_ROAD}{_SP}{_BLDG}|{_LOT})(?:{_UNIT})?(?=$|[^\d가-힣]|{_ENDING}(?![가-힣]))"
)
# The same address written without the spaces between its parts, as compact typing and OCR give it
# ('○○광역시○○구○○동 45번지', '○○시○○구○○로12-3,가동101호'): taken from its 시/도, or from two
# districts, or after an address label; a lone district glued to a road is too loose without one of them
_GLUED_DISTRICT = r"[가-힣]{1,4}?(?:시|군|구)"
_COMPACT_ADDRESS = re.compile(
    rf"(?<![가-힣])(?P<sido>(?:{_SIDO_FULL}|{_SIDO_SHORT})[ ]?)?{_GLUED_DISTRICT}[ ]?(?P<second>{_GLUED_DISTRICT}[ ]?)?"
    r"(?P<eup>[가-힣]{1,4}?(?:읍|면)[ ]?)?"
    r"(?:[가-힣A-Za-z0-9·]{1,12}?(?:로|길)(?:\d{1,4}번?길)?[ ]?(?:지하)?\d{1,5}(?:-\d{1,5})?"
    r"|[가-힣0-9]{1,8}?(?:동|리|가)[ ]?(?:산[ ]?)?\d{1,5}(?:-\d{1,5})?(?:번지)?)"
    r"(?:,?[ ]?[가-힣A-Za-z0-9]{0,12}?\d{1,4}동[ ]?\d{1,5}호|,?[ ]?(?:지하[ ]?)?\d{1,3}층(?:[ ]?\d{1,5}호)?"
    r"|,?[ ]?[가-힣]{1,3}동[ ]?\d{1,5}호)?"
    rf"(?=$|[^\d가-힣]|{_ENDING}(?![가-힣]))"
)
# a 청사 or an office building named after the address (충청북도청, 마포구청, 서울지방국세청), a web address
_INSTITUTION_AFTER = re.compile(
    r"^\s*(?:[가-힣]*청사|[가-힣]{0,10}청(?![가-힣])|/?\s*https?:|/?\s*www\.|"
    # (a venue, perhaps after its building's name: '… 12 ○○빌딩 소회의실')
    r"(?:[가-힣A-Za-z0-9]{1,12}[ ]{1,2})?[가-힣]{0,4}(?:회의실|회의장|강당|별관|본관|민원실|세미나실|교육장)|"
    # (an office of the local government named after its address: '… 12 행정복지센터')
    r"[가-힣]{0,6}(?:행정복지센터|주민센터|[동읍면]\s*사무소)|"
    r"에서\s*(?:열린|열리는|열릴|개최|진행|거행)|"
    # (or the office-holder signing under it: '주소: … 12 ○○시장')
    r"[가-힣]{0,12}(?:시장|군수|구청장|도지사|교육감|장관)(?![가-힣]))"
)
# a public hospital or health centre named on the line above (의료기관 ○○도립병원 ⏎ 주소 …); a private
# clinic's address is a business's and stays found
_PUBLIC_CLINIC_ABOVE = re.compile(
    r"(?:[도시군구국공]\s*립[가-힣]{0,12}(?:병원|의원)|의료원|보건\s*(?:소|지소|진료소))[ \t]*$"
)
# an office's switchboard earlier on the address's line: '문의: 대표번호 1588-… / 주소 …'
_SWITCHBOARD_BEFORE = re.compile(r"대\s*표\s*(?:전\s*화|번\s*호)|\(\s*대\s*표\s*\)|콜\s*센\s*터")
# the office-holder in whose name a notice is issued, then the office's address after a slash:
# '○○군수 / ○○군 새내로 7 / 공용메일 …'
_HOLDER_BEFORE = re.compile(r"(?:시장|군수|구청장|도지사|교육감|장관|청장|원장)\s*/\s*$")
# a government building's name, then its address in brackets: '정부대전청사 2동 (○○시 …)'
# (or a venue of the office there: '본관 강당(○○시 …)', or a floor of it: '청사 별관 1층(○○시 …)')
_BUILDING_BEFORE = re.compile(
    r"(?:청사(?:\s*\d{1,2}\s*동)?(?:\s*(?:본관|별관|신관))?(?:\s*\d{1,2}\s*층)?"
    r"|[가-힣]{0,4}(?:회의실|회의장|강당|세미나실|교육장))\s*[(（]\s*$"
)
# where a notice asks the public to come, or where a festival is held: the office's or the event's place
# ('방문: ○○시 …', '축제장 주소 …')
# (not '방문 주소': the home a worker visits)
_VISIT_BEFORE = re.compile(
    r"(?:방\s*문(?:\s*처)?\s*[:：]|(?:축\s*제\s*장|행\s*사\s*장)(?:\s*주\s*소)?\s*[:：]?)\s*$"
)
# a letter's footer: '시행 ○○과-1234 (2026. 1. 2.)  ○○시 …  전화 …', the issuing office's address
_ISSUED_BEFORE = re.compile(r"\s*시\s*행\s+[가-힣A-Za-z]+-\d{1,6}\b")
# a directory of offices (기관 | 대표전화 | 주소) lists places, not homes
_OFFICE_TABLE = re.compile(r"대표\s*전화|대표\s*번호|기관\s*명?|부서")
_PARTY_LABELS = re.compile(
    # (a contract writes its parties '(갑)', '"갑"' or '갑 :' at a line's head)
    r"(?P<inst>기\s*관\s*명|청\s*사\s*주\s*소|\[\s*갑\s*\]|발\s*주\s*기\s*관|발주처|수요기관|\(\s*갑\s*\)|[\"“]\s*갑\s*[\"”]|^[ \t]*갑[ \t]*[:：])|"
    r"(?P<priv>\(\s*을\s*\)|\[\s*을\s*\]|[\"“]\s*을\s*[\"”]|^[ \t]*을[ \t]*[:：]|계약\s*상대자|상\s*호|대\s*표\s*자|성\s*명|신청인|"
    r"사업자|법인등록|예금주|주민등록|외국인등록|수신)",
    re.MULTILINE,
)
# the postal code before the address ('우 12345', '우) 12345'): with a web address after it on the line or
# the office's 전화/전송 line under it, a letter's own 결문; a citizen's form writes its 우 too
# (before August 2015 the code had six digits: '우 ○○○-○○○')
_POSTAL_BEFORE = re.compile(
    r"(?:^|\s)우\s*(?:\d{5}|\d{3}-\d{3})\s*$|우\)\s*(?:\d{5}|\d{3}-\d{3})\s*$|^\s*\(\s*\d{5}\s*\)\s*$"
    r"|^\s*\d{3}-\d{3}\s*$"
)
# the office-holder in whose name a letter goes out, alone on the line above its address ('○○구청장' over
# '(12345) ○○시 ○○구 … / 대표전화 …'): the issuing office's own address
_HOLDER_LINE = re.compile(
    r"^\s*[가-힣]{1,12}(?:시장|군수|구청장|도지사|교육감|장관|청장)\s*(?:\(\s*인\s*\))?\s*$"
)
# (or the office's numbers after a slash: '… / 대표전화 02-… / 전송 …')
# (or its switchboard later on the line: '… 12  전화 02-…(대표)', '… 12  전화 1588-…')
_WEB = re.compile(
    r"www\.|https?:|홈페이지|누리집|/\s*(?:대표\s*)?(?:전\s*화|전\s*송|팩\s*스|Tel|TEL|FAX)"
    r"|전\s*화\s*[:：]?\s*(?:1[5-8]\d{2}-\d{4}|[\d\-]{9,13}\s*\(\s*대\s*표\s*\))"
    # (an office's main line ends in 114 or 000: '전화 (02) 123-0114')
    r"|전\s*화\s*[:：]?\s*\(?0\d{1,2}\)?[ \-]?\d{3,4}[ \-]?\d(?:114|000)(?!\d)"
)
# (or the office's switchboard opening the next line: '대표전화 02-…  민원 120')
# (or an office's extension or desk: '전화 (0○○) ○○○-○○○○ (내선)', '… (담당)  대표 0○○-…')
_OFFICE_CONTACT = re.compile(
    r"\s*전\s*화[^\n]*(?:전\s*송|팩\s*스|FAX|Fax|\(\s*(?:내선|담당)\s*\)|대\s*표\s+0)"
    r"|\s*대\s*표\s*(?:전\s*화|번\s*호)"
)
# a reply's contact line naming the office and the official in charge, over the office's '주소:' line
_CONTACT_LINE = re.compile(
    r"^\s*(?:담당|문의)\s*[:：]?[^\n]*[가-힣](?:과|팀|실|계|센터|사무소)\s[^\n]*"
    r"(?:주무관|주사보?|사무관|서기관?|관리주사|팀장|계장)"
)
_ADDRESS_LABEL = re.compile(r"^\s*주\s*소\s*[:：]")
# a Korean address in the Latin letters of the romanised form ('12-ho, 3-dong, 45, Nuri-ro 7beon-gil,
# Yuseong-gu, Daejeon'): the number, the road, the districts, the city or province
_ROMAN_ADDRESS = re.compile(
    r"(?<![A-Za-z0-9])(?:Apt\.?\s*[\d\-]+,\s*|\d{1,5}-ho,\s*(?:\d{1,4}-dong,\s*)?)?(?:B)?\d{1,5}(?:-\d{1,4})?,\s*"
    r"[A-Z][a-z]+(?:-[a-z]+)*-(?:ro|gil|daero)(?:\s*\d{1,4}(?:beon)?-gil)?,\s*"
    r"(?:[A-Z][a-z]+(?:-[a-z]+)*-(?:gu|si|gun|eup|myeon),?\s*\n?\s*){1,3}(?:[A-Z][a-z]+(?:-do|-si)?(?![A-Za-z]))?"
)
_OFFICE_REP = re.compile(
    r"대\s*표\s*자\s*[:：]?\s*[가-힣]*(?:장관|청장|시장|군수|구청장|도지사|교육감|처장|원장|총장)"
)


_NEXT_ITEM_NUMBER = re.compile(r"\n[ ]?\d{1,3}$")
# a table row that opens with an empty cell (a wrapped cell's own row: '|  |  | …', '⇥⇥…')
_EMPTY_CELLS = re.compile(r"^(?:\t|[ ]*\|[ ]*\|)", re.MULTILINE)


def _cell_span(cells: list[str], column: int, line_start: int) -> tuple[int, int]:
    """Start and end of cell `column`'s text (without its padding) in a row that starts at `line_start`."""
    start = line_start + sum(len(cell) + 1 for cell in cells[:column])
    text = cells[column]
    lead = len(text) - len(text.lstrip())
    return start + lead, start + len(text.rstrip())


class KoAddressRecognizer(KoreanRecognizer):
    ENTITY = "KR_ADDRESS"
    CONTEXT = ("주소", "거주지", "소재지", "주소지", "자택")

    def find(self, view: TextView) -> Iterator[Hit]:
        taken: list[tuple[int, int]] = []
        for m in _ADDRESS.finditer(view.norm):
            start, end = m.start(), m.end()
            value = m.group().rstrip(", ")
            end = start + len(value)
            if _NEXT_ITEM_NUMBER.search(value) and view.norm[end : end + 2] in (". ", ".\t"):
                continue  # '… ○○구 ○○동⏎2. …': the number is the next item's, and a district alone is no address
            if self._institution(view, start, end):
                continue
            score = 0.95 if self.has_context(view, start) else 0.9
            taken.append((start, end))
            yield Hit(start, end, score, "road-name or lot-number address")
        yield from self._compact(view, taken)
        for m in _ROMAN_ADDRESS.finditer(view.norm) if "-ro" in view.norm or "-gil" in view.norm else ():
            value = m.group().rstrip(", \n")
            if not self._institution(view, m.start(), m.start() + len(value)):
                yield Hit(m.start(), m.start() + len(value), 0.85, "romanised road-name address")
        if view.mentions(_EMPTY_CELLS):
            yield from self._wrapped_cells(view)

    def _compact(self, view: TextView, taken: list[tuple[int, int]]) -> Iterator[Hit]:
        """Addresses written without spaces between their parts (see _COMPACT_ADDRESS) where the spaced
        pattern found none."""
        for m in _COMPACT_ADDRESS.finditer(view.norm):
            value = m.group().rstrip(", ")
            start, end = m.start(), m.start() + len(value)
            if any(s < end and start < e for s, e in taken):
                continue  # the spaced pattern's already
            anchored = m.group("sido") or m.group("second") or m.group("eup") or self.has_context(view, start)
            if not anchored or self._institution(view, start, end):
                continue
            yield Hit(start, end, 0.85, "address written without spaces")

    def _wrapped_cells(self, view: TextView) -> Iterator[Hit]:
        """An address whose table cell wrapped onto a row of its own, every other cell of that row empty
        ('| 1 | ○○○ | ○○시 ○○구 |' over '|   |   | ○○로 12 |'): neither piece is an address alone, the
        two read as one are; each piece is then found where it stands."""
        norm = view.norm
        for index in range(1, len(view.line_starts)):
            sep = view.line_separator(index)
            if sep not in ("|", "\t") or view.line_separator(index - 1) != sep:
                continue
            start, end = view.line_bounds(index)
            cells = norm[start:end].split(sep)
            filled = [i for i, cell in enumerate(cells) if cell.strip()]
            if len(filled) != 1:
                continue
            column = filled[0]
            above_start, above_end = view.line_bounds(index - 1)
            above = norm[above_start:above_end].split(sep)
            if len(above) != len(cells) or not above[column].strip():
                continue
            head = _cell_span(above, column, above_start)
            tail = _cell_span(cells, column, start)
            first, second = norm[slice(*head)], norm[slice(*tail)]
            if self._institution(view, *head):
                continue
            for hit in self.find(TextView(first + " " + second)):
                if hit.start < len(first) < hit.end - 1:
                    head_end = head[0] + len(first.rstrip(", "))
                    yield Hit(
                        head[0] + hit.start, head_end, hit.score, hit.why + " (a cell wrapped in its table)"
                    )
                    tail_end = min(tail[1], tail[0] + hit.end - len(first) - 1)
                    yield Hit(tail[0], tail_end, hit.score, hit.why + " (a cell wrapped in its table)")
                    break

    def _institution(self, view: TextView, start: int, end: int) -> bool:
        norm = view.norm
        if _INSTITUTION_AFTER.match(norm[end : end + 40]):
            return True
        line_start, _ = view.line_at(start)
        if _OFFICE_TABLE.search(view.header_row(start)):
            return True
        if (
            _SWITCHBOARD_BEFORE.search(norm, line_start, start)
            or _HOLDER_BEFORE.search(norm[line_start:start])
            or _BUILDING_BEFORE.search(norm[line_start:start])
            or _VISIT_BEFORE.search(norm[line_start:start])
            or _ISSUED_BEFORE.match(norm, line_start, start)
        ):
            return True
        above = norm[max(0, line_start - 80) : max(0, line_start - 1)].rsplit("\n", 1)[-1]
        if line_start and _PUBLIC_CLINIC_ABOVE.search(above):
            return True
        if line_start and _HOLDER_LINE.match(above) and not norm[line_start:start].strip(" (0123456789)"):
            return True
        if line_start and _CONTACT_LINE.match(above) and _ADDRESS_LABEL.match(norm[line_start:start]):
            return True  # '담당: ○○과 ○○○ 주무관 (…)' over '주소: (…) ○○시 …': the office's address
        _, line_end = view.line_at(end)
        next_line = norm[line_end + 1 : line_end + 60].split("\n", 1)[0]
        if _POSTAL_BEFORE.search(norm[line_start:start]) and (
            _WEB.search(norm[end:line_end]) or _OFFICE_CONTACT.match(next_line)
        ):
            return True  # a letter's 결문: '우 12345 ○○시 … / www.…' over '전화 … 전송 …'

        if _OFFICE_REP.search(next_line):
            return True
        kind = ""
        for label in _PARTY_LABELS.finditer(norm[max(0, start - 160) : start]):
            kind = "inst" if label.group("inst") else "priv"
        return kind == "inst"
