"""Records whose subject is one identified taxpayer, complainant, client or candidate: withheld whole.

Removing the name from such a record leaves that person's affairs, which are the document: a tax
assessment or seizure sent to one taxpayer (과세정보, secret under 국세기본법 제81조의13 and 지방세기본법
제86조, so 정보공개법 제9조 제1항 제1호), a card profiling a '특이 민원' complainant, a welfare case
note, a table of named officials' performance ratings or applicants' interview scores. The record is
recognised by what its title says it is and by a named subject in it; a guide or a statistics table
about such records names nobody and stays as the other rules find it.
"""

from __future__ import annotations

import re

from .identifiers import PersonalData
from .text import Hit, Line

_TAX_AFFAIR = re.compile(
    r"과\s*세\s*(?:예\s*고|전\s*적\s*부|통\s*지|표\s*준)|세\s*무\s*조\s*사|압\s*류\s*(?:통\s*지|조\s*서|재\s*산)|"
    r"체\s*납\s*(?:처\s*분|액\s*압\s*류)|경\s*정\s*청\s*구|환\s*급\s*(?:결\s*정|금\s*지\s*급)|결\s*정\s*세\s*액|"
    r"고\s*지\s*세\s*액|납\s*세\s*고\s*지|세\s*액\s*(?:결\s*정|경\s*정)"
)
# the taxpayer named: a letter to them, or a subject field (체납자 : 조○○, 납세자 ⇥ (주)○○)
_RECIPIENT = re.compile(r"수\s*신\s*[:：]?\s*(?P<name>[가-힣]{2,4})\s*(?:님|귀\s*하)")
_SUBJECT_FIELD = re.compile(
    r"(?:체\s*납\s*자|납\s*세\s*자|납\s*세\s*의\s*무\s*자|대\s*상\s*자|신\s*청\s*인|청\s*구\s*인|상\s*호|법\s*인\s*명|업\s*체\s*명)"
    r"\s*(?:[:：|\t]|\s{2,})\s*(?P<name>\(주\)[가-힣A-Za-z]+|㈜[가-힣A-Za-z]+|주식회사\s*[가-힣A-Za-z]+|[가-힣]+(?:\(주\)|㈜)|[가-힣]{2,4})"
)
_COMPANY = re.compile(r"\(주\)|㈜|주식회사")

_STUDENT_DISCIPLINE = re.compile(r"학\s*생\s*(?:징\s*계|선\s*도)|선\s*도\s*위\s*원\s*회")
_RECORD_TITLES: list[tuple[str, re.Pattern[str]]] = [
    (
        "victim_protection",
        re.compile(
            r"(?:가\s*정\s*폭\s*력|성\s*폭\s*력|아\s*동\s*학\s*대|스\s*토\s*킹)\s*피\s*해|피\s*해\s*자\s*보\s*호"
        ),
    ),
    (
        "residence_review",
        re.compile(
            r"체\s*류\s*(?:자\s*격|기\s*간).{0,12}(?:심\s*사|허\s*가|불\s*허|결\s*정)|난\s*민\s*(?:인\s*정\s*)?심\s*사|귀\s*화\s*심\s*사|"
            # (a refugee's interview, or an order to leave the country, is that one person's case)
            r"난\s*민\s*(?:면\s*접|(?:불\s*)?인\s*정\s*(?:결\s*정|통\s*지))|출\s*국\s*(?:명\s*령|권\s*고)|강\s*제\s*퇴\s*거"
        ),
    ),
    # a benefit granted or refused to one household: its income, its dependants, its account
    (
        "benefit_decision",
        re.compile(
            r"(?:기\s*초\s*생\s*활|생\s*계|의\s*료|주\s*거|교\s*육|긴\s*급\s*복\s*지|장\s*애\s*인|기\s*초\s*연\s*금|수\s*급\s*(?:권\s*)?자)"
            r"[^\n]{0,16}?(?:급\s*여|지\s*원|연\s*금|보\s*장)?\s*(?:결\s*정|선\s*정|탈\s*락|중\s*지|변\s*경|환\s*수)\s*(?:결\s*과\s*)?(?:통\s*지|안\s*내|알\s*림)"
        ),
    ),
    (
        "pay_statement",
        re.compile(
            r"개\s*인\s*별\s*(?:급\s*여|보\s*수|수\s*당|지\s*급)|급\s*여\s*(?:지\s*급\s*)?명\s*세|보\s*수\s*명\s*세|"
            r"성\s*과\s*(?:상\s*여\s*)?(?:급|금|연\s*봉)\s*(?:개\s*인\s*별|지\s*급\s*(?:내\s*역|명\s*세|대\s*상\s*자))"
        ),
    ),
    (
        "compensation_talks",
        re.compile(r"보\s*상\s*(?:협\s*의|협\s*상)\s*(?:진\s*행|현\s*황|내\s*역|상\s*황)"),
    ),
    (
        "complaint_card",
        re.compile(
            r"(?:특\s*이|악\s*성|강\s*성|반\s*복|고\s*질)\s*민\s*원.{0,12}(?:관\s*리|카\s*드|대\s*장|대\s*응)"
        ),
    ),
    (
        "public_interest_report",
        re.compile(r"공\s*익\s*신\s*고|부\s*패\s*신\s*고|내\s*부\s*(?:고\s*발|신\s*고)"),
    ),
    ("merit_record", re.compile(r"공\s*적\s*조\s*서")),
    (
        "case_note",
        re.compile(
            r"상\s*담\s*(?:기\s*록|일\s*지|내\s*역|결\s*과|사\s*례)|사\s*례\s*관\s*리|사\s*례\s*회\s*의"
        ),
    ),
    # a pupil's discipline, a school-violence case, a conscript's medical grading: the named young
    # person's record (학교폭력예방법 제21조 keeps the case secret; 병역판정 is health data)
    ("student_discipline", _STUDENT_DISCIPLINE),
    (
        "school_violence",
        re.compile(r"학\s*교\s*폭\s*력\s*(?:사\s*안\s*)?(?:심\s*의|조\s*치\s*결\s*정|대\s*책\s*심\s*의)"),
    ),
    (
        "conscription",
        re.compile(
            r"병\s*역\s*(?:판\s*정|처\s*분)(?:\s*검\s*사)?\s*(?:결\s*과|변\s*경\s*신\s*청\s*심\s*의)|신\s*체\s*검\s*사\s*결\s*과"
        ),
    ),
    (
        "ratings",
        re.compile(
            r"근\s*무\s*성\s*적\s*평\s*정|성\s*과\s*평\s*가\s*(?:결\s*과|등\s*급)|개\s*인\s*(?:별\s*)?평\s*가\s*등\s*급|다\s*면\s*평\s*가|평\s*정\s*결\s*과|"
            r"면\s*접\s*(?:시\s*험\s*)?(?:평\s*가|점\s*수|심\s*사)\s*(?:결\s*과|표|점\s*수)?|서\s*류\s*심\s*사\s*(?:결\s*과|점\s*수)"
        ),
    ),
]
_OPENING = 12  # lines in which the title and a tax letter's subject are looked for
_FIRST_ITEM = re.compile(r"^\s*1\s*\.\s")

# A request between agencies about one person in a criminal case: '수사 중인 사건과 관련하여 다음 사람의
# 출입국 사실을 조회', '피의자 통신자료 제공 요청' (or a court's, about a party of a pending suit: '사실조회
# 촉탁서(2026가단123 …)'). Its subject and the case are the document (4, whole).
_INQUIRY = re.compile(
    r"사\s*실\s*조\s*회|조\s*회\s*(?:요\s*청|의\s*뢰|회\s*신)|자\s*료\s*(?:제\s*공|제\s*출|협\s*조)\s*(?:요\s*청|의\s*뢰)|"
    r"수\s*사\s*협\s*조|신\s*병\s*확\s*보|소\s*재\s*(?:수\s*사|파\s*악)"
)
_CASE = re.compile(
    r"수\s*사\s*(?:중|진\s*행|상|에\s*필\s*요)|내\s*사|피\s*의\s*자|피\s*혐\s*의\s*자|범\s*죄\s*(?:혐\s*의|사\s*실|수\s*사)|"
    r"사\s*건\s*번\s*호|고\s*소\s*사\s*건|고\s*발\s*사\s*건|"
    # (or a court's case, by its number: a court asking about one party of a pending suit, '2026가합1234')
    r"(?<!\d)(?:19|20)\d{2}\s*(?:가합|가단|가소|나|다|고합|고단|고정|노|도|구합|구단|누|두|드합|드단|르|므|카합|카단|카기|즈단|즈합|느단|느합|타경|하단|하합)\s*\d{1,6}(?!\d)"
)


def _named(text: str, data: PersonalData) -> str:
    """'company', 'person' or '' for the subject a line names."""
    for pattern in (_RECIPIENT, _SUBJECT_FIELD):
        m = pattern.search(text)
        if m is None:
            continue
        name = m.group("name")
        if _COMPANY.search(name):
            return "company"
        if data.is_name(name):
            return "person"
    return ""


def tax_record(lines: list[Line], data: PersonalData) -> list[Hit]:
    """A tax affair of one named taxpayer: statutory secrecy (1), whole; a company's also tells its
    business (7)."""
    if not any(_TAX_AFFAIR.search(line.text) for line in lines[: _OPENING * 3]):
        return []
    for line in lines[: _OPENING * 3]:
        subject = _named(line.text, data)
        if subject:
            hit = Hit("OIDA-9-1-1", f"content.tax_secret.{subject}", line.block, "과세정보")
            if subject == "company":
                return [hit, Hit("OIDA-9-1-7", hit.rule, hit.block, hit.snippet)]
            return [hit]
    return []


def investigation_inquiry(lines: list[Line], title: str, data: PersonalData, persons: list[Hit]) -> list[Hit]:
    """An inquiry about a named or numbered person in a pending criminal case (4)."""
    if not (persons or data.identifiers):
        return []
    head = " ".join([title] + [line.text for line in lines[:3]])
    if not _INQUIRY.search(head):
        return []
    for line in lines[: _OPENING * 2]:
        m = _CASE.search(line.text)
        if m:
            return [Hit("OIDA-9-1-4", "content.investigation_inquiry", line.block, m.group(0))]
    return []


def record_kind(lines: list[Line], title: str, data: PersonalData, persons: list[Hit]) -> str:
    """The kind of one-person (or named-people) record the document is, or ''."""
    if (data.names or persons or data.identifiers) and any(
        _RESPONDENT.search(line.text) for line in lines[:_OPENING]
    ):
        return "petition"  # the person complained of or accused, in a cell of their own
    if not persons and not data.identifiers:
        return ""  # nobody named or numbered: a guide or a statistics table about such records
    head = " ".join([title] + [line.text for line in lines[:3]])
    for kind, pattern in _RECORD_TITLES:
        if pattern.search(head):
            return kind
    # a 공문's first item says what its 제목 leaves out: '1. … 열린 선도위원회의 심의 결과 …'
    first_item = next((line.text for line in lines[3:_OPENING] if _FIRST_ITEM.match(line.text)), "")
    if _STUDENT_DISCIPLINE.search(first_item):
        return "student_discipline"
    if investigation_inquiry(lines, title, data, persons):
        return "investigation_inquiry"
    if _AUDIT.search(head) and any(
        (m := _INFORMANT.match(line.text)) and data.is_name(m.group("name")) for line in lines[:_OPENING]
    ):
        return "public_interest_report"  # an audit's '1. 제보자: ○○○ (010-…)': the informant is its secret
    if any(_PETITION.fullmatch(text.strip()) for text in [title] + [line.text for line in lines[:2]]):
        return "petition"
    return ""


# A citizen's petition or complaint as filed, the form's name its title ('진 정 서', '탄원서', '고충심사
# 청구서'), or naming the official complained of ('피진정인: ○○과 ○○○'): the filer's and the official's
# personal matters are the document. A reply about one ('진정 처리 결과 알림') is a letter, and a 민원
# 신청서 asking for a repair is a request with its filer's contact details to remove (partial), not this.
_PETITION = re.compile(
    r"(?:진\s*정\s*서|탄\s*원\s*서|고\s*충\s*(?:심\s*사\s*)?청\s*구\s*서|고\s*소\s*장|고\s*발\s*장)"
)
# (or referring one for prosecution, the person accused in a cell of its own: '피고발인 ⇥ ○○(주) 대표 ○○○')
_RESPONDENT = re.compile(r"^\s*피\s*진\s*정\s*인\s*[:：]|^\s*피\s*고\s*(?:발|소)\s*인\s*(?:[:：\t|]|\s{2,})")
# (or in a footnote: '주1) 제보자: ○○○, …')
_INFORMANT = re.compile(r"^\s*(?:주?\s*\d{1,2}\s*[.)]\s*)?제\s*보\s*자\s*[:：]\s*(?P<name>[가-힣]{2,4})")
_AUDIT = re.compile(r"감\s*사|감\s*찰|조\s*사\s*결\s*과|처\s*분\s*요\s*구")
