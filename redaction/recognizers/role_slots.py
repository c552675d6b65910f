"""Name slots that a role, an office or an honorific frames on both sides, in notices, forms and minutes.

Each pattern here needs two pieces of evidence around the value, so the value is a person's name even
when it is also a word (노을, 조명) or a foreigner's name in several Hangul words: an office before it and
a job title after it (세무과 ○○ 주무관), a rank and the number to call (경위 ○○ (010-…)), a form's name field
between column gaps (환자 성명 ○○○   성별), the recipient line of a reply (수신  ○○ 귀하), a resident or a
relative with 씨 or 외 N명 after them, the third party of a judgment (소외 ○○가), a speaker's line in minutes
and the chair who names or signs, a meeting's clerk, a judgment's counsel, prosecutor and parties, an
account's holder, a person with an age and 씨 (or two aged people joined by a dot), a grade's cell and the
row's end in a personnel order, a role's cell and an identifier's label after it, a role or a grade and
the contact or identifier in brackets, an attendance list's name and title, a pupil by class. The person
recognizer checks each value like any other field's (role_slot_values is registered there with the
other slots).
"""

from __future__ import annotations

import re

from ..kiwi import known_word
from .kr_bank_account import BANK_NAME
from .name_slots import LATIN_NAME, vocabulary_word

_NAME = r"[가-힣]{2,4}"
_WORDS = r"[가-힣]{1,6}(?: [가-힣]{1,6}){1,3}"
_LATIN = LATIN_NAME
_ANY = rf"(?:{_WORDS}|{_NAME}|{_LATIN})"
_PARTICLE = r"(?:은|는|이|가|의|을|를|와|과|에게|께서|도)"

# a form's name field between column gaps: '환자 성명 ○○○   성별 …', '… 1234-56  대표 ○○○  전화 …',
# '성명 ○○○ (인)'
FORM_FIELD = re.compile(
    rf"(?:^[ \t]*(?:[가-힣]{{1,4}}[ ]?(?:의[ ]?)?)?성[ ]?명|(?<=[ \t]{{2}})(?:[가-힣]{{1,4}}[ ]?(?:의[ ]?)?)?(?:성[ ]?명|대표자?))"
    rf"[ ](?P<value>{_ANY})(?=[ \t]*(?:\((?:인|서명)\))?[ \t]*(?:$|[ \t]{{2,}}))",
    re.MULTILINE,
)
# the addressee of a reply: '수신  ○○○ 귀하', '수신 ○○ 님 (주소)'
RECIPIENT = re.compile(rf"^[ \t]*수[ \t]*신[ \t]+(?P<value>{_ANY})[ \t]*(?:귀하|님)(?![가-힣])", re.MULTILINE)
# an official between their office and their title: '문의 세무과 ○○ 주무관', '교육지원과 ○○○ 팀장(☎ …)';
# after 담당 only with the number to call, since '예산 담당' names a duty
IN_OFFICE = re.compile(
    rf"(?<![가-힣])[가-힣]{{1,10}}(?:과|팀|계|실|센터|담당관|사업소)[ \t]+(?P<value>{_NAME})[ \t]+"
    r"(?:(?:주무관|팀장|계장|주사보|주사|사무관|서기관)(?![가-힣])|담당자?[ \t]*[(（][ \t]*(?:☎|0\d))"
)
# the roles a party stands in on a form or in a notice (what a number to call or an identifier may follow)
_PARTY_ROLES = r"신청인|청구인|민원인|보호자|운전자|소유자|예금주|대표자|대리인|피해자|신고자|환자|대상자"
# a rank or a post and the number to call: '경위 ○○ (010-…)', '행정실장 ○○ (02-…)', '담당자 ○○ ((02) …)'
# (or a role or a civil servant's grade, and the address to write to or the number that identifies them:
# '서기 ○○ (064-…)', '신청인 ○○  (○○@…)', '운전자 ○○ (운전면허번호 …)')
WITH_NUMBER = re.compile(
    rf"(?<![가-힣])(?:경[ ]?[위사장감정]|순[ ]?경|[가-힣]{{0,4}}실장|교사|담당자?|작성자|확인자|과장|팀장|계장|국장|센터장|"
    rf"행정관|서기보?|주사보?|주무관|사무관|서기관|{_PARTY_ROLES})"
    rf"[ \t]*[:：]?[ \t]*(?P<value>{_NAME})"
    r"[ \t]*[(（][ \t]*[(（]?[ \t]*(?:☎|TEL|Tel|전화|내선|0\d|[A-Za-z0-9._%+-]+@|"
    r"(?:운전면허|주민등록|외국인등록|여권|휴대전화|연락처|생년월일)(?:번호)?)"
)
# the clerk of a meeting with their title after: '간사 ○○ 주무관', '○ 간사(○○ 주무관): …'
CLERK = re.compile(
    rf"(?<![가-힣])(?:간사|서기)[ \t]*[(（]?[ \t]*(?P<value>{_NAME})[ \t]+(?:주무관|사무관|서기관|주사보|주사|팀장|계장)(?![가-힣])"
)
# a resident, a relative or a party, then 씨 or '외 N명': '주민 ○○○ 씨:', '배우자 ○ ○ ○ 씨는', '주민 ○○ 외 3명'
_ROLES = (
    r"주민|방청인|배우자|자녀|아들|딸|남편|아내|부친|모친|어머니|아버지|신청인|대상자|민원인|위임인|수임인|"
    r"환자|조합원|회원|학부모|보호자|피해자|운전자|세입자|임차인|임대인|교사|상담교사|담임교사|담임|손자|손녀"
)
_ROLE_WORDS = frozenset(_ROLES.split("|"))
WITH_HONORIFIC = re.compile(
    rf"(?:(?<![가-힣])(?:{_ROLES})[ \t]+|^[ \t]*[○◦·\-][ \t]*)(?P<value>{_ANY})"
    rf"(?:[ \t]+(?:씨|님|선생님){_PARTICLE}?(?![가-힣])|[ \t]+외[ \t]*\d{{1,3}}[ \t]*명)",
    re.MULTILINE,
)
# a judgment's third party, or a party named after the role a deed gives them, with a particle after:
# '소외 ○○○가 운전하던', '위임인 ○○ ○○는 위 수임인에게'
PARTY = re.compile(
    rf"(?<![가-힣])(?:소외|위임인|수임인)[ \t]+(?!{_PARTICLE}[ \t])(?P<value>{_LATIN}|{_WORDS}?|{_NAME}?)(?={_PARTICLE}?(?![가-힣A-Za-z]))"
)
# a speaker in minutes, at the start of the line: '○ ○○ 위원: …'; and the chair naming one: ': ○○ 위원님'
SPEAKER = re.compile(
    rf"(?:^[ \t]*[○◦·\-]?[ \t]*(?P<value>{_NAME})[ ]?(?:위원장|위원|간사|의장)[ \t]*[:：]"
    rf"|[:：][ \t]*(?P<addressed>{_NAME})[ \t]+(?:위원장님|위원님|간사님|의원님))",
    re.MULTILINE,
)
# the chair signing minutes: '확인: 위원장 ○○ (서명)'
CHAIR_SIGNS = re.compile(rf"(?:위원장|의장)[ \t]+(?P<value>{_NAME})[ \t]*[(（](?:서명|인)[)）]")
# the bar and the bench of a judgment: '원고 대리인 변호사 ○○', '담당변호사 ○○○, ○○' (the last on the line), and
# a prosecutor with the stage in brackets: '검      사   ○○(기소)'
COUNSEL = re.compile(
    rf"(?:변[ \t]*호[ \t]*사|담당변호사[^\n]*,)[ \t]+(?P<value>{_NAME})[ \t]*$"
    rf"|(?:검[ \t]*사|판[ \t]*사)[ \t]{{2,}}(?P<staged>{_NAME})(?=\((?:기소|공판|수사)\))",
    re.MULTILINE,
)
# a party at the head of a judgment, its label spaced out: a name before its birth date or number in
# brackets ('피   고   인   ○○○ (2001. 2. 3.생)'), or a foreigner's name alone on the line
PARTY_HEAD = re.compile(
    r"^[ \t]*(?:피[ \t]*고[ \t]*인|원[ \t]*고|피[ \t]*고|청[ \t]*구[ \t]*인)[ \t]{2,}"
    rf"(?:(?P<value>{_WORDS}|{_NAME})(?=[ \t]*\([ \t]*\d)|(?P<foreign>{_LATIN}|{_WORDS})(?=[ \t]*$))",
    re.MULTILINE,
)
# an account holder: before the bank and the number ('입금계좌: ○○ / ○○은행 / …'), or in brackets ('(예금주: ○○)')
HOLDER = re.compile(
    rf"[:：—][ \t]*(?P<value>{_WORDS}|{_NAME})[ \t]*/[ \t]*[가-힣A-Za-z]{{0,8}}{BANK_NAME}"
    rf"|[(（][^()（）\n]{{0,40}}?예금주[ \t]*[:：]?[ \t]*(?P<bracketed>{_ANY})[ \t]*[)）]"
)
# a person with their age in brackets, then 씨 or 님, or after the role they stand in ('○○(48) 씨',
# '피해자 ○○(69세)에게')
AGED = re.compile(
    rf"(?<![가-힣])(?P<value>{_NAME})\(\d{{1,3}}세?\)[ ]?(?:씨|님){_PARTICLE}?(?![가-힣])"
    rf"|(?:신고자|{_ROLES})[ \t]+(?P<role>{_NAME})(?:\(\d{{1,3}}세?\)|[ ]\(생년월일)"
    # (or the first of two aged people joined by a dot: '○○(76)·○○○(49) 씨 부부')
    # (a count in brackets is no age: '중소기업(2), 시민사회(2)')
    rf"|(?<![가-힣])(?P<paired>{_NAME})\([1-9]\d세?\)[·ㆍ][ ]?[가-힣]{{2,4}}\([1-9]\d세?\)"
    # (a child in news, 군 or 양 apart from the name before the age: '손자 ○○ 군(13)이'; glued, '○○군(3)'
    # is as often a county and its count)
    rf"|(?<![가-힣])(?P<minor>{_NAME})[ ](?:군|양)(?:\(\d{{1,2}}세?\)|[ ]\(생년월일)"
)
# a cell after a civil servant's grade that closes its row's cell: '| 전보 | 세무과 | 지방행정주사 | ○○ |'
GRADE_CELL = re.compile(
    r"(?<![가-힣])(?:지방)?[가-힣]{0,4}(?:주사보|주사|사무관|서기관|서기보|서기|이사관|연구사|연구관|지도사)"
    rf"[ \t]*[|\t][ \t]*(?P<value>{_NAME})[ \t]*(?=[|\t]|$)",
    re.MULTILINE,
)
# a person's role in one cell, the name in the next, an identifier's label after it:
# '| 보호자 | ○○ | 휴대전화 | …', '| 소유자 | ○○ | 주민등록번호 | …'
ROLE_CELL = re.compile(
    rf"(?<![가-힣])(?:{_PARTY_ROLES}|아동|학생|자녀|배우자)[ \t]*[|\t][ \t]*(?P<value>{_NAME})[ \t]*[|\t][ \t]*"
    r"(?:주민등록번호|외국인등록번호|생년월일|휴대전화|휴대폰|연락처|전화번호|여권번호|주소)"
)
# those absent or present at a meeting, named with their title: '불참: ○○ 위원(사전 통보)'
ATTENDANCE = re.compile(
    rf"(?:참석|불참|결석)(?:자)?[ \t]*[:：][ \t]*(?P<value>{_NAME})[ \t]+(?:위원장|부위원장|위원|의원|간사)(?![가-힣])"
)
# a pupil named by class: '4학년 5반 ○○ 학생의'
PUPIL = re.compile(
    rf"\d{{1,2}}[ \t]*학년[ \t]*\d{{1,2}}[ \t]*반[ \t]+(?P<value>{_NAME})[ \t]*(?:학생|어린이|원아){_PARTICLE}?(?![가-힣])"
)

ROLE_SLOTS = (
    GRADE_CELL,
    ROLE_CELL,
    ATTENDANCE,
    PUPIL,
    COUNSEL,
    PARTY_HEAD,
    HOLDER,
    AGED,
    FORM_FIELD,
    RECIPIENT,
    IN_OFFICE,
    WITH_NUMBER,
    CLERK,
    WITH_HONORIFIC,
    PARTY,
    SPEAKER,
    CHAIR_SIGNS,
)
# a word each pattern cannot match without, so texts lacking it skip the scan
ROLE_NEEDS: dict[re.Pattern[str], tuple[str, ...]] = {
    GRADE_CELL: ("주사", "사무관", "서기", "이사관", "연구", "지도사"),
    ROLE_CELL: ("번호", "생년월일", "휴대", "연락처", "주소"),
    ATTENDANCE: ("참석", "불참", "결석"),
    PUPIL: ("학년",),
    COUNSEL: ("변", "사"),
    PARTY_HEAD: ("고", "청"),
    HOLDER: ("/", "예금주"),
    AGED: (")",),
    FORM_FIELD: ("명", "대표"),
    RECIPIENT: ("신",),
    IN_OFFICE: ("주무관", "팀장", "계장", "주사", "사무관", "서기관", "담당"),
    WITH_NUMBER: ("(", "（"),
    CLERK: ("간사", "서기"),
    WITH_HONORIFIC: ("씨", "님", "외"),
    PARTY: ("소외", "위임인", "수임인"),
    SPEAKER: ("위원", "간사", "의장", "의원"),
    CHAIR_SIGNS: ("서명", "인"),
}


# (pattern, needs) in ROLE_SLOTS order, paired once: a compiled pattern hashes its whole program per lookup
_ROLE_PLAN = tuple((pattern, ROLE_NEEDS[pattern]) for pattern in ROLE_SLOTS)

_PARTICLE_END = re.compile(r"(?<=[가-힣]{2})(?:은|는|이|가|의|에게)$")


def role_slot_values(norm: str) -> list[tuple[int, int]]:
    """(start, end) of every value a role frames in the (folded) text; several words only when none is a
    word of the language (a foreigner's name, not '사례 분석')."""
    out: list[tuple[int, int]] = []
    for pattern, needs in _ROLE_PLAN:
        if not any(need in norm for need in needs):
            continue
        for m in pattern.finditer(norm):
            group = next((g for g in pattern.groupindex if m.group(g)), "value")
            value = m.group(group)
            if not value:
                continue
            start = m.start(group)
            head = _PARTICLE_END.search(value.split(" ", 1)[0])
            if pattern is PARTY and " " in value and head:
                value = value[: head.start()]  # '○○는 아래 사람에게': the name ended at its particle
            elif pattern is PARTY and " " in value and _PARTICLE_END.search(value):
                value = _PARTICLE_END.sub("", value)  # '아만 쿠마르는': the particle is not the name's
            words = value.split(" ")
            third_party = pattern is PARTY and m.group().startswith("소외")
            if third_party and (known_word(value) or norm.startswith("의", start + len(value))):
                continue  # '소외 계층의': the group the word is said of, not a party
            while (
                pattern is WITH_HONORIFIC
                and len(words) > 1
                and not value.isascii()
                and (vocabulary_word(words[0]) or words[0] in _ROLE_WORDS)
            ):
                start += len(words[0]) + 1  # '자녀 … 학교 상담교사 ○○ 선생님': the sentence before the role
                words = words[1:]
            value = " ".join(words)
            if len(words) > 1 and not value.isascii() and any(vocabulary_word(w) for w in words):
                continue
            out.append((start, start + len(value)))
    return out
