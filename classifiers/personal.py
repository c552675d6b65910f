"""Personal information in content: OIDA-9-1-6 (identifiable private persons) and PIPA-23 (민감정보).

Names alone are not enough: officials named in the course of duty (보도자료 담당자, 인사 발령) are
disclosable under 제9조 제1항 제6호 라목. What makes a person's data withheld is the context: a citizen
addressed as 귀하, a roster of 성명 with personal columns, a person's 인적사항, speakers in minutes,
an official named in a discipline, health or union record. Sensitive data (health, criminal record,
union membership, political views) is PIPA-23 only when tied to such a person.
"""

from __future__ import annotations

import re

from .identifiers import PersonalData
from .text import Hit, Line

_NAME = r"[가-힣]{2,4}"
_LATIN_NAME = r"[A-Z][A-Za-z'\-]+(?:\s+[A-Z][A-Za-z'\-]+){1,3}"
_END = r"(?=$|[\s,(（·/)|])"

# Label followed by a person's name: '성명: 백은규', '피의자 인적사항: …', '대상자: 총무과 사무관 …'
# Titles and grades written before a name: 직급 (행정주사보, 지방행정주사보, 시설7급, 간호6급), 소방·경찰
# 계급, 직위. A bare '6급' is not one: '6급 이상' is a range, not a person.
_RANKS = (
    r"(?:[가-힣]{0,6}(?:주무관|사무관|서기관|주사(?:보)?|서기(?:보)?|연구관|연구사|지도관|지도사|이사관|실무관)|"
    r"[가-힣]{1,4}[1-9]\s*급|소방(?:사|교|장|위|경|령|정)|순경|경(?:사|장|위|감|정)|"
    r"과장|팀장|계장)"
)
_UNIT = r"(?:[가-힣○◯]+(?:과|팀|실|국|관|부|처|서|소|청|센터|담당관|본부)\s+)?"
_LABELLED = re.compile(
    r"(?P<label>성\s*명|이\s*름|피의자|피고인|신청인|민원인|청구인|대상자|관련자|혐의자|수급자|당사자|인적\s*사항)"
    rf"(?:\s*인적\s*사항)?\s*[:：\t|]\s*{_UNIT}(?:{_RANKS}\s+)?(?P<name>{_NAME}|{_LATIN_NAME}){_END}"
)
_ADDRESSEE = re.compile(rf"(?P<name>{_NAME}|{_LATIN_NAME})\s*귀\s*하(?![가-힣])")
_ROSTER_HEADER = re.compile(r"(?:^|[|\t])\s*(?:성\s*명|이\s*름)\s*(?:[|\t]|$)")
_MINUTES = re.compile(r"회\s*의\s*록")
# Speakers in minutes: '○ 박○○ 위원: …', '위원장(김○○): …', '○ 이○○는 … 의견을 제시함'
_SPEAKERS = [
    re.compile(rf"(?:^|[○ㅇ·\-]\s*)(?P<name>{_NAME})\s*위원(?:장)?\s*[:：(]"),
    re.compile(rf"위원(?:장)?\s*\(\s*(?P<name>{_NAME})\s*\)"),
    re.compile(rf"^[○ㅇ·\-]?\s*(?P<name>{_NAME})(?:은|는)\s"),
]
_DISCIPLINE = re.compile(r"징\s*계|견\s*책|감\s*봉|정\s*직|강\s*등|파\s*면|해\s*임|문\s*책|경징계|중징계")
_RANK_NAME = re.compile(
    rf"{_RANKS}\s+(?P<a>{_NAME}){_END}|(?P<b>{_NAME})\s*\(\s*(?:행정|주무관|사무관|서기관|연구관)"
)


def _names_an_official(text: str, data: PersonalData) -> bool:
    """A rank followed by a name the analysis found ('시설7급 엄태수'): '3급 공무원' or '주사 맞은' has a
    rank-like word but no name after it."""
    return any(data.is_name(m.group("a") or m.group("b")) for m in _RANK_NAME.finditer(text))


SENSITIVE = {
    "health": re.compile(
        r"진단\s*(?:서|명|내용|결과\s*[:：])|병\s*명\s*[:：]|상\s*병\s*명|질병\s*(?:휴직|으로)|요양이?\s*필요|"
        r"입원\s*치료|수술을\s*받|소견서|장애\s*(?:등급|정도)\s*[:：]|정신\s*질환|투\s*병|[A-TV-Z]\d{2}\.\d|"
        r"정신\s*건강\s*의학과\s*진료|우울증\s*(?:치료|진단)|공황\s*장애|(?:암|질환)\s*수술"
    ),
    "criminal": re.compile(
        r"음주\s*운전|약식\s*명령|벌금\s*[\d,]+\s*(?:만\s*)?원|판결이\s*확정|유죄\s*판결|\d{4}\s*고(?:단|합|약|정)\s*\d+|"
        r"전과\s*(?:기록|\d+\s*범|자)|범죄\s*경력|징\s*역|집행\s*유예|유죄|기소\s*유예|선고\s*유예|형사\s*처벌"
    ),
    "union": re.compile(
        r"(?:노동\s*조합|노\s*조).{0,40}(?:가입|조합원|조합비)|노\s*조\s*원|조합원\s*(?:명부|명단|가입)"
    ),
    "political": re.compile(r"정당\s*가입|당원\s*명부|정치\s*성향|정치적\s*견해"),
    "belief": re.compile(r"종교\s*(?:활동|단체|성향)|신앙"),
}


def _trim(cells: list[str]) -> list[str]:
    """Cells without the empty ones a row ends with."""
    while cells and not cells[-1]:
        cells = cells[:-1]
    return cells


def roster_lines(lines: list[Line], data: PersonalData) -> list[Line]:
    """Header lines of tables listing people: a 성명 column with a filled-in name below it (a blank
    form's 성명 column is not a roster)."""
    out: list[Line] = []
    for i, line in enumerate(lines):
        if not _ROSTER_HEADER.search(line.text):
            continue
        header = _trim(line.cells())
        col = next(j for j, c in enumerate(header) if re.fullmatch(r"성\s*명|이\s*름", c))
        if sum(bool(c) for c in header) < 2 or (col + 1 < len(header) and not header[col + 1]):
            continue  # a form's '성명 | (blank)' label, not a column header
        for row in lines[i + 1 : i + 4]:
            cells = _trim(row.cells())
            # a row may end before the header does: its trailing cells are empty ('… ⇥ 비고' over '… ⇥ ')
            if (
                2 <= len(cells) <= len(header)
                and sum(bool(c) for c in cells) >= 2
                and data.is_name(cells[col] if col < len(cells) else "")
            ):
                out.append(line)
                break
    return out


def person_cues(lines: list[Line], data: PersonalData) -> list[Hit]:
    """Evidence that a private person (or an official in a private capacity) is identifiable."""
    hits: list[Hit] = []
    minutes = any(_MINUTES.search(line.text) for line in lines[:5])
    discipline = any(_DISCIPLINE.search(line.text) for line in lines)
    for line in lines:
        m = _LABELLED.search(line.text)
        if m and data.is_name(m.group("name")):
            label = re.sub(r"\s", "", m.group("label"))
            hits.append(Hit("OIDA-9-1-6", "personal.labelled", line.block, f"{label}: ○○○"))
        m = _ADDRESSEE.search(line.text)
        if m and data.is_name(m.group("name")):
            hits.append(Hit("OIDA-9-1-6", "personal.addressee", line.block, "○○○ 귀하"))
        if minutes and any(data.is_name(m.group("name")) for p in _SPEAKERS for m in p.finditer(line.text)):
            hits.append(Hit("OIDA-9-1-6", "personal.speaker", line.block, "○○○ 위원"))
        near = _DISCIPLINE.search(line.text) or re.search(r"관련자|혐의자|대상자|피징계자", line.text)
        if discipline and near and _names_an_official(line.text, data):
            hits.append(Hit("OIDA-9-1-6", "personal.discipline", line.block, "징계 관련자 ○○○"))
    for line in roster_lines(lines, data):
        hits.append(Hit("OIDA-9-1-6", "personal.roster", line.block, "성명 | …"))
    return hits


def sensitive_named(lines: list[Line], data: PersonalData) -> list[Hit]:
    """A named official on the same line as a diagnosis or conviction: '김○○(행정사무관): 음주운전 …'."""
    hits: list[Hit] = []
    for line in lines:
        if _names_an_official(line.text, data) and any(p.search(line.text) for p in SENSITIVE.values()):
            hits.append(Hit("OIDA-9-1-6", "personal.sensitive_named", line.block, "○○○(직급): …"))
    return hits


def sensitive_cues(lines: list[Line]) -> list[Hit]:
    """PIPA-23 categories present anywhere (only counted when a person is identifiable)."""
    hits: list[Hit] = []
    for line in lines:
        for category, pattern in SENSITIVE.items():
            m = pattern.search(line.text)
            if m:
                hits.append(Hit("PIPA-23", f"sensitive.{category}", line.block, m.group(0)))
    return hits


def roster_rows(lines: list[Line], data: PersonalData) -> int:
    """Rows under the roster headers whose name column holds a name the analysis found."""
    count = 0
    for header in roster_lines(lines, data):
        cells = _trim(header.cells())
        col = next(j for j, c in enumerate(cells) if re.fullmatch(r"성\s*명|이\s*름", c))
        for row in lines[header.index + 1 :]:
            row_cells = _trim(row.cells())
            if col >= len(row_cells) or not data.is_name(row_cells[col]):
                break
            count += 1
    return count


_WHOLE_SHARE = 0.6  # roster rows among all lines above which the document is nothing but the list
_WHOLE_MIN = 5


def roster_is_whole(lines: list[Line], title: str, data: PersonalData) -> bool:
    """A document that is essentially a list of people: withholding a part leaves nothing. Either its
    title says so (명단, 명부) or its roster rows make up most of its lines (비상연락망, 면허 현황)."""
    if re.search(r"명\s*단|명\s*부|대상자\s*목록", title):
        return bool(roster_lines(lines, data)) and not re.search(r"결정|결과|계획|보고", title)
    rows = roster_rows(lines, data)
    return rows >= _WHOLE_MIN and rows >= _WHOLE_SHARE * len(lines)
