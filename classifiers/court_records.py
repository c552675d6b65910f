"""Court decisions that name private parties: 판결, 결정, 심판 with their 사건 line and the parties under it.

A civil judgment names its 원고 and 피고 with their addresses: released, those parts are masked (6,
부분공개). Family, juvenile and criminal cases are another matter: their records are kept from the public
by law (가사소송법 제10조, 소년법 제68조; the accused's record is 민감정보), so a decision in such a
case, its parties named, is withheld whole. The case number's letters say which court division heard it
(법원 사건별 부호: 가단·가합 civil, 느단·드단 family, 푸 juvenile protection, 고단·고합 criminal). A party
that is an office (피고 ○○세무서장, 피고 대한민국) is no private person.
"""

from __future__ import annotations

import re

from .identifiers import PersonalData
from .text import Hit, Line

_HEAD = 6  # lines in which the court and the kind of decision are looked for
_COURT = re.compile(r"법\s*원|지\s*원")
_DECISION = re.compile(r"^\s*(?:판\s*결|결\s*정|심\s*판|명\s*령)\s*$")
_CASE = re.compile(r"사\s*건\s*(?:[:：]\s*)?(?P<year>\d{4})\s*(?P<code>[가-힣]{1,3})\s*\d+")
# family (드·느·즈·너), juvenile protection (푸·크) and criminal (고·노·도·초) divisions
_PRIVATE_CODE = re.compile(r"^(?:드|느|즈|너|푸|크|고|노|도|초)")
_PARTY = re.compile(
    r"^\s*(?P<label>원\s*고|피\s*고\s*인|피\s*고|청\s*구\s*인|상\s*대\s*방|사\s*건\s*본\s*인|소\s*년|신\s*청\s*인|"
    r"채\s*권\s*자|채\s*무\s*자|항\s*소\s*인|피\s*항\s*소\s*인)\s+(?P<name>[가-힣]{2,5})(?![가-힣])"
)
_OFFICE = re.compile(r"(?:장|청|부|처|시|군|구|도|국|원|공사|공단|대한민국)$")


def _decision_case(lines: list[Line]) -> re.Match[str] | None:
    """The 사건 line of a court decision, or None when the text is no court decision."""
    head = lines[:_HEAD]
    if not any(_COURT.search(line.text) for line in head) or not any(
        _DECISION.match(line.text) for line in head
    ):
        return None
    for line in lines[: _HEAD * 2]:
        m = _CASE.search(line.text)
        if m:
            return m
    return None


def court_parties(lines: list[Line], data: PersonalData) -> list[Hit]:
    """The private persons a court decision names as its parties (6)."""
    if _decision_case(lines) is None:
        return []
    hits: list[Hit] = []
    for line in lines[:40]:
        m = _PARTY.match(line.text)
        if m is None or _OFFICE.search(m.group("name")):
            continue
        if data.is_name(m.group("name")) or len(m.group("name")) in (3, 4):
            label = re.sub(r"\s", "", m.group("label"))
            hits.append(Hit("OIDA-9-1-6", "personal.court_party", line.block, f"{label} ○○○"))
    return hits


def private_case(lines: list[Line], parties: list[Hit]) -> bool:
    """A family, juvenile or criminal case's decision naming its parties: withheld whole."""
    if not parties:  # (no parties: court_parties found no decision, or nobody private in it)
        return False
    case = _decision_case(lines)
    return case is not None and _PRIVATE_CODE.match(case.group("code")) is not None
