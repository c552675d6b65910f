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
from .mandated_lists import published_by_law
from .text import EXAMPLE, Hit, Line, opening_of

_NAME = r"[가-힣]{2,4}"
_LATIN_NAME = r"[A-Z][A-Za-z'\-]+(?:\s+[A-Z][A-Za-z'\-]+){1,3}"
_END = r"(?=$|[\s,(（·/)|])"

# Label followed by a person's name: '성명: 백은규', '피의자 인적사항: …', '대상자: 총무과 사무관 …'
# Titles and grades written before a name: 직급 (행정주사보, 지방행정주사보, 시설7급, 간호6급), 소방·경찰
# 계급, 직위. A bare '6급' is not one: '6급 이상' is a range, not a person.
_RANKS = (
    r"(?:[가-힣]{0,6}(?:주무관|사무관|서기관|주사(?:보)?|서기(?:보)?|연구관|연구사|지도관|지도사|이사관|실무관)|"
    r"[가-힣]{1,4}[1-9]\s*급|소방(?:사|교|장|위|경|령|정)|순경|경(?:사|장|위|감|정)|"
    r"과장|팀장|계장|장학사|장학관|교감|교장|교사|"
    # a public corporation's ranks before the name ('소속 대리 ○○○에 대하여'); the name must follow
    r"대리|주임|차장|부장|사원)"
)
_UNIT = r"(?:[가-힣○◯]+(?:과|팀|실|국|관|부|처|서|소|청|센터|담당관|본부)\s+)?"
# those an inquiry or a case is about: the one questioned or audited, the pupil or child concerned
_SUBJECT_LABELS = (
    r"피\s*조\s*사\s*자|피\s*감\s*사\s*자|피\s*진\s*정\s*인|(?:사고|피해|가해|부상|관련|대상)\s*(?:학생|아동)"
)
_LABELLED = re.compile(
    rf"(?P<label>성\s*명|{_SUBJECT_LABELS}|이\s*름|피의자|피고인|신청인|민원인|청구인|대상자|관련자|혐의자|수급자|당사자|인적\s*사항|"
    r"(?:조회|처분|징계|조사|신원\s*조사)\s*대상(?:자)?|피?신고자|신고인|제보자|부상자|사망자|재해자|피해자|실종자|환자|납세자|체납자|"
    r"확진자|감염자|접촉자|격리자|의심\s*환자|가해자|목격자|입소자|수용자)"
    rf"(?:\s*인적\s*사항)?\s*(?:[:：\t|]|\s{{2,}}|\u3000)\s*{_UNIT}(?:{_RANKS}\s+)?(?P<name>{_NAME}|{_LATIN_NAME}){_END}"
)
# A table cell holding the label and the name together, a space apart ('| 성명 홍길동 |'): how a
# form's cell reads once its inner rule is gone (a scan read cell by cell, a flattened table)
_CELL_LABELLED = re.compile(rf"(?:^|[|\t])\s*(?P<label>성\s*명|이\s*름)[ ](?P<name>{_NAME})\s*(?=$|[|\t])")
# A line naming someone by the office they hold: '직책: 정보화담당관, 성명: …', '개인정보 보호책임자 …'
_IN_ROLE = re.compile(r"직\s*[책위급]\s*[:：]|보\s*호\s*책\s*임\s*자|분\s*야\s*별\s*책\s*임\s*자")
# The same labels before a longer description that ends in the name: '대상자: 교육지원과 교사 황보찬솔',
# '신청인: ○○동 주민 홍길동(45세)'. Words up to the next separator are checked against the analysis.
_LABEL_ONLY = re.compile(
    rf"(?P<label>성\s*명|{_SUBJECT_LABELS}|이\s*름|피의자|피고인|신청인|민원인|청구인|대상자|관련자|혐의자|수급자|당사자|후보자|인적\s*사항|"
    r"(?:조회|처분|징계|조사|신원\s*조사)\s*대상(?:자)?|"
    r"부상자|사망자|재해자|피해자|실종자|납세자|체납자)"
    r"\s*(?:[:：\t|]|\s{2,}|\u3000)\s*(?P<rest>[^,;|\t]{2,40}?)(?=\s{2,}|$|[,;|\t])"
)
# A 공문 sent to a citizen: '수신  홍길동 님', '수신: 홍길동 귀하 (주소 …)'. An office is never addressed so.
_PRIVATE_RECIPIENT = re.compile(r"^수\s*신\s*[:：]?\s*(?P<name>[가-힣]{2,4})\s*(?:님|귀\s*하|씨)(?![가-힣])")
_OFFICE = re.compile(r"(?:장|관|과|팀|국|실|처|청|단)$")
# A person introduced as a private individual: '(민간인 진다식 포함)', '주민 홍길동', '보호자 김○○'.
# a private role word, a space, then a name ('일반인이지만' is the word with an ending, not a name)
# ... or with the role in brackets after the name: '- ○○○(주민, 가람시 …): 반대한다', '○○○(토지 소유자)'
_PRIVATE_ROLE_AFTER = re.compile(
    r"(?P<name>[가-힣]{2,4})\s*\(\s*(?:주민|민간인|일반인|시민|토지\s*소유자|소유자|세입자|민원인|피해자|유족|참고인)\s*[,)]"
)
# … or further on in the same sentence, with their mobile in brackets: '미수 환자 중 연락처가 확인된 ○○○(010-…)'
# (a supplier's owner or a finder with their mobile: '(대표 ○○○, 연락처 010-…)', '습득자 ○○○(010-…)')
_PRIVATE_ROLE_CONTACT = re.compile(
    r"(?:환자|민원인|주민|수급자|체납자|피해자|보호자|신청자|신고자|대표자?|입회자|참관인|습득자|분실자|운전자)"
    r"[^.。\n]{0,30}?(?P<name>[가-힣]{2,4})\s*[(,]\s*(?:(?:연락처|휴대\s*전화|휴대폰|핸드폰|HP)\s*[:：]?\s*)?01[016789]"
)
# a firm's people named in a finding: '보조사업자 (주)○○의 회계 담당 직원 ○○○는' (a private person's
# conduct, not an official's in role)
_FIRM = re.compile(r"\(\s*주\s*\)|㈜|주식회사|유한회사|업체|법인")
# (not its representative: a contract or a register names the firm's head as the firm's, in role)
_FIRM_STAFF = re.compile(
    r"(?:직원|사원|근로자|현장\s*소장|(?:회계|경리|영업)\s*담당(?:\s*직원)?)\s+"
    r"(?P<name>[가-힣]{2,5})(?![가-힣])"
)
# an applicant named in a decision on their own request: '신청인 ○○○(경위)의 공무상 요양 신청을'
_APPLICANT = re.compile(
    r"(?:신청인|청구인)\s+(?P<name>[가-힣]{2,4})(?:\s*\([^)]{1,10}\))?\s*(?:의|은|는|이|가)\s"
)
_PRIVATE_ROLE = re.compile(
    # (and those who asked or petitioned: '질의인 ○○○(… 거주)은')
    # (and the parties of a lawsuit or a complaint, and the person answerable for inspected premises:
    # '원고 ○○○, 피고 ○○○', '민원인 ○○○(… 거주)', '관계인 ○○○(휴대전화 …)')
    r"(?:민간인|일반인|주민|시민|학생|환자|보호자|유족|피해자|참고인|수용자|재소자|질의인|질의자|청원인|진정인|"
    r"민원인|원고|피고|고소인|피고소인|고발인|피고발인|관계인)\s+"
    r"(?P<name>[가-힣]{2,5})(?![가-힣])"
)
# who a line names as a private person, each with a `name` group
_PRIVATE_PATTERNS = (_PRIVATE_ROLE, _PRIVATE_ROLE_AFTER, _PRIVATE_ROLE_CONTACT, _APPLICANT)
# Minutes or results of a personnel deliberation (인사위원회, 승진 심사, 징계위원회): everyone named in
# them is named as a candidate or a subject, never in the course of duty.
PERSONNEL_DELIBERATION = re.compile(
    r"(?:인\s*사|징\s*계|승\s*진|전\s*보|채\s*용|선\s*발|포\s*상)\s*(?:위\s*원\s*회|심\s*사|심\s*의)"
    r".{0,30}(?:회\s*의\s*록|속\s*기\s*록|녹\s*취\s*록|결\s*과|의\s*결|회의)"
    # the staff work before it: '승진 관련 실무 검토', '전보 대상자 검토', '발탁 검토'
    r"|(?:승\s*진|전\s*보|발\s*탁)\s*(?:관\s*련\s*)?(?:실\s*무\s*)?(?:대\s*상\s*자\s*)?(?:검\s*토|서\s*열)"
    # a meeting whose agenda names one: '안건: 5급 승진 심의'
    r"|안\s*건\s*[:：|\t]?\s*.{0,20}(?:인\s*사|징\s*계|승\s*진|전\s*보|채\s*용|선\s*발)\s*(?:심\s*사|심\s*의)"
)
_ADDRESSEE = re.compile(rf"(?P<name>{_NAME}|{_LATIN_NAME})\s*귀\s*하(?![가-힣])")
# … or as '귀하(홍길동)께서', or greeted by name at the head of a reply: '홍길동 님, 안녕하세요'
_ADDRESSEE_BRACKETED = re.compile(rf"귀\s*하\s*\(\s*(?P<name>{_NAME})\s*\)")
_GREETED = re.compile(rf"^(?P<name>{_NAME})\s*(?:님|고객님|씨)\s*[,，]?\s*안녕하(?:십니까|세요)")
# … or named in a reply as the one who asked: '한재원 님께서 문의하신 …', '○○○ 님의 민원에 대하여'
_ASKER = re.compile(
    rf"(?P<name>{_NAME})\s*(?:님|씨)\s*(?:께서|의)\s*(?:[가-힣]{{1,8}}\s+){{0,2}}"
    r"(?:문의|신청|질의|요청|제기|청구|제출|민원|진정|건의|청원)"
)
# Columns that list people: a 성명 column, or one named by the people's role ('관련자' in an audit's
# findings, '소유자' in a compensation list, '수령인', '피해자').
_NAME_COLUMN = (
    r"성\s*명|이\s*름|(?:질\s*의|질\s*문|발\s*언|건\s*의|제\s*안|요\s*청|신\s*청|참\s*가|응\s*시|지\s*원|방\s*문|입\s*주|제\s*출|청\s*원|진\s*정)\s*(?:자|인)|세\s*대\s*주|(?:피\s*)?면\s*담\s*자|응\s*답\s*자|제\s*보\s*자|관\s*련\s*자|(?:토지\s*)?소\s*유\s*자|수\s*령\s*인|수\s*상\s*자|신\s*청\s*인|피\s*해\s*자|민\s*원\s*인|수\s*급\s*자"
    # those a deliberation weighs: candidates for promotion, the officials rated or to be disciplined
    r"|후\s*보\s*자|(?:심\s*사|평\s*정|징\s*계|승\s*진)?\s*대\s*상\s*자|피\s*평\s*정\s*자"
)
_NAME_CELL = re.compile(rf"(?:{_NAME_COLUMN})\s*(?:\([^)]*\))?")
# A 성명 column beside duty columns only lists officials in office (인사 발령, 담당자 현황): their
# names and positions are disclosable (정보공개법 제9조 제1항 제6호 라목).
_DUTY_COLUMN = re.compile(
    r"연\s*번|번\s*호|순\s*번|구\s*분|직\s*급|직\s*위|직\s*명|직\s*렬|계\s*급|소\s*속|부\s*서(?:\s*명)?|"
    r"발\s*령\s*(?:사\s*항|내\s*용|일)|담\s*당\s*(?:업\s*무|사\s*무)|업\s*무|비\s*고|(?:사\s*무\s*실\s*)?전\s*화(?:\s*번\s*호)?|"
    r"내\s*선|보\s*직|임\s*용\s*일|현\s*직\s*위|신\s*직\s*위|전\s*직\s*위|근\s*무\s*지|(?:현|전|신)\s*소\s*속"
)
_MINUTES = re.compile(r"회\s*의\s*록")
# Speakers in minutes: '○ 박○○ 위원: …', '위원장(김○○): …', '○ 이○○는 … 의견을 제시함'
_SPEAKERS = [
    re.compile(rf"(?:^|[○ㅇ·\-]\s*)(?P<name>{_NAME})\s*위원(?:장)?\s*[:：(]"),
    re.compile(rf"위원(?:장)?\s*\(\s*(?P<name>{_NAME})\s*\)"),
    re.compile(rf"^[○ㅇ·\-]?\s*(?P<name>{_NAME})(?:은|는)\s"),
]
# discipline and its lighter forms an audit asks for ('훈계 처분', '신분상 조치', '주의 요구')
_DISCIPLINE = re.compile(
    r"징\s*계|견\s*책|(?<!경)(?<!경\s)감\s*봉|정\s*직|강\s*등|파\s*면|해\s*임|문\s*책|경징계|중징계|훈\s*계|신\s*분\s*상\s*조\s*치|"
    r"(?:경\s*고|주\s*의)\s*(?:요\s*구|처\s*분)"
)
# (an employee named before a company rank: '시설팀 권○○ 대리가 …', '영업소 조○○ 주임의 …')
_RANK_NAME_SHAPES = (
    # (the name may carry its particle: '사무관 ○○○에 대하여', '장학관 ○○○의 병가')
    re.compile(rf"{_RANKS}\s+(?P<name>{_NAME}(?:에\s*대하여|에게|의|은|는|이|가|을|를)?){_END}"),
    re.compile(rf"(?P<name>{_NAME})\s*\(\s*(?:행정|주무관|사무관|서기관|연구관|경[위사장감정]|순경|소방)"),
    # (any position in the brackets: '소속 직원 ○○○(연구원)은', '○○○(조사관)', '○○○(시설주사보)')
    re.compile(rf"(?P<name>{_NAME})\s*\(\s*[가-힣]{{0,6}}(?:관|원|사|보|장|직원|대리)\s*\)"),
    re.compile(
        rf"(?P<name>{_NAME})\s+(?:대리|주임|사원|차장|부장|선임|책임|수석|주무관|사무관|서기관)(?:이|가|은|는|의|께서)?(?![가-힣])"
    ),
    # (or with the grade alone in brackets, as a board's or a committee's agenda names staff: '직원 ○○○(3급)')
    re.compile(rf"(?P<name>{_NAME})\s*\(\s*[가-힣]{{0,4}}\s*\d\s*급\s*\)"),
)


def _names_an_official(text: str, data: PersonalData) -> bool:
    """A rank followed by a name the analysis found ('시설7급 엄태수'): '3급 공무원' or '주사 맞은' has a
    rank-like word but no name after it."""
    # the name may carry its particle ('주무관 ○○○의 병가'): _words gives it with and without
    # each shape on its own: a name before a rank ('○○○ 주무관') must not hide a rank before a name
    # ('소속 주무관 ○○○의' read as '소속' before '주무관')
    if not data.names:
        return False  # (no name was found: nothing to look for)
    return any(
        data.is_name(w)
        for pattern in _RANK_NAME_SHAPES
        for m in pattern.finditer(text)
        for w in _words(m.group("name"))
    )


SENSITIVE = {
    "health": re.compile(
        r"진단\s*(?:서|명|내용|결과\s*[:：])|병\s*명\s*[:：]|상\s*병\s*명|질병\s*(?:휴직|으로)|요양이?\s*필요|"
        # a form's disease and physical grade, a doctor's opinion: '질병명 ⇥ …', '신체등급 ⇥ 4급', '의료 소견: …'
        r"질\s*병\s*명|신\s*체\s*등\s*급\s*[:：\t|]?\s*[1-7]\s*급|의\s*료\s*소\s*견|진\s*료\s*결\s*과|치\s*료\s*권\s*고|"
        # an injury or an occupational disease diagnosed, and the leave it takes: '우측 손목 골절 진단을 받아
        # 요양 중', '소음성 난청 판정'
        r"(?:골절|난청|염좌|디스크|화상|질환|부상)\s*(?:진단|판정)|진단을\s*받(?:아|았|고)|요양\s*중|산재\s*(?:신청|승인|요양)|"
        # a disease with its classification code in a record's cell: '고도근시(H52)', '천식 (J45.9)'
        r"[가-힣]{2,12}\s*\(\s*[A-TV-Z]\d{2}(?:\.\d{1,2})?\s*\)|"
        r"입원\s*치료|수술을\s*받|소견서|장애\s*(?:등급|정도)\s*[:：]|장애\s*(?:유형|등급\s*판정|정도\s*심사)|(?:심한|심하지\s*않은)\s*장애|정신\s*질환|투\s*병|[A-TV-Z]\d{2}\.\d|"
        r"정신\s*건강\s*의학과\s*진료|우울증\s*(?:치료|진단)|공황\s*장애|(?:암|질환)\s*수술|"
        # an operation and the recovery after it: '인대 파열 수술 및 재활치료', '수술 후 요양'
        r"(?:파열|골절|절제|이식|봉합|디스크|관절)\s*수술|수술\s*(?:및|후)\s*(?:재활|치료|요양|회복)|재활\s*치료|"
        # examination results and emergency care: '유소견', '주증상', '의식저하', '이송병원'
        r"건강\s*검진\s*결과|유\s*소\s*견|주\s*증\s*상|의식\s*(?:저하|불명|소실)|이\s*송\s*병\s*원|응급\s*처치|"
        r"(?:당뇨|고혈압|간\s*기능\s*이상|심정지|골절|뇌출혈)|"
        # injuries and their treatment in accident records: '전치 11주', '치료 경과', '손가락 절단'
        r"전\s*치\s*\d+\s*주|치\s*료\s*경\s*과|부\s*상\s*정\s*도|(?:손가락|팔|다리|발가락)\s*(?:절단|골절)|"
        # infections whose register is itself the diagnosis: '감염인 등록', 'HIV', '결핵 환자'
        r"감\s*염\s*(?:인|자)|HIV|에이즈|결핵\s*(?:환자|치료)|투약\s*(?:중|중단)|"
        # an infectious disease confirmed in a person, and the tracing of them ('확진자: ○○○(52세)', '의심환자')
        r"확\s*진\s*(?:자|판\s*정|환\s*자)|의\s*심\s*환\s*자|역\s*학\s*조\s*사"
    ),
    "criminal": re.compile(
        r"음주\s*운전|약식\s*명령|벌금\s*[\d,]+\s*(?:만\s*)?원|판결이\s*확정|유죄\s*판결|\d{4}\s*고(?:단|합|약|정)\s*\d+|"
        r"전과\s*(?:기록|\d+\s*범|자)|범죄\s*경력|징\s*역|집행\s*유예|유죄|기소\s*유예|선고\s*유예|형사\s*처벌|"
        # a juvenile protection case (소년법): '2014푸4885 소년보호', '보호처분'
        r"\d{4}\s*푸\s*\d+|소\s*년\s*보\s*호\s*(?:사\s*건|처\s*분)?|보\s*호\s*처\s*분"
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


def _names_someone(cell: str, data: PersonalData, personal_columns: bool = False) -> bool:
    """A cell that is a name, or holds one after a rank ('주무관 심재순'). Beside a 생년월일, 주소 or
    연락처 column, a cell of two to four syllables is a name even when the analysis missed it."""
    if (
        personal_columns
        and re.fullmatch(r"[가-힣]{2,4}", cell)
        and not _OFFICE.search(cell)
        and not _is_label(cell)
    ):
        return True
    return data.is_name(cell) or any(data.is_name(w) for w in _words(cell)[:6])


def _name_column(header: list[str]) -> int:
    """The 성명 column when the header has one, else the first role column (관련자, 소유자 …), else a
    business's representative column beside that person's own data (_represented)."""
    plain = [j for j, c in enumerate(header) if re.fullmatch(r"성\s*명|이\s*름", c)]
    if plain:
        return plain[0]
    for j, c in enumerate(header):
        if _NAME_CELL.fullmatch(c):
            return j
    return next(j for j, c in enumerate(header) if _REPRESENTATIVE.fullmatch(c))


# A business's representative is named in registers and lists of firms; beside the representative's
# own address, telephone or birth date the rows are that person's data ('상호 ⇥ 대표자 ⇥ 대표자 연락처').
_REPRESENTATIVE = re.compile(r"대\s*표\s*자(?:\s*(?:성\s*명|명))?")


def _represented(cells: list[str]) -> bool:
    """A header with a representative column and a column of that person's own data, named as theirs
    ('대표자 주소'; a list published by law gives the firm's 소재지 and the head's 나이, not these)."""
    return any(_REPRESENTATIVE.fullmatch(c) for c in cells) and any(
        re.match(r"대\s*표\s*자\s*", c) is not None
        and _PERSONAL_COLUMN.fullmatch(re.sub(r"^대\s*표\s*자\s*", "", _bare(c))) is not None
        for c in cells
        if c
    )


def _is_label(cell: str) -> bool:
    """A form's label, not a value: '전화번호', '주소', '성명', '지급액'."""
    bare = _bare(cell)
    return bool(
        _PERSONAL_COLUMN.fullmatch(bare)
        or _DUTY_COLUMN.fullmatch(bare)
        or _NAME_CELL.fullmatch(bare)
        or _CONTENT_COLUMN.fullmatch(bare)
        or re.search(r"(?:번호|주소|일자|일시|기간|사항|내용|구분|순위|여부)$", bare)
    )


def _bare(cell: str) -> str:
    return re.sub(r"\([^)]*\)", "", cell).strip()


# Columns that are personal data themselves.
_PERSONAL_COLUMN = re.compile(
    r"생\s*년\s*월\s*일|(?:자\s*택\s*)?주\s*소|(?:자\s*택|휴\s*대|비\s*상)?\s*(?:전\s*화(?:\s*번\s*호)?|연\s*락\s*처)|"
    r"휴\s*대\s*폰|주\s*민\s*(?:등\s*록\s*)?번\s*호|성\s*별|나\s*이|연\s*령|이\s*메\s*일|등\s*록\s*기\s*준\s*지"
)


def _words(text: str) -> list[str]:
    """Words of a line without the particles and brackets names are written with ('엄준주는', '(45세)')."""
    words = re.findall(r"[가-힣A-Za-z]+", text)
    return words + [re.sub(r"(?:은|는|이|가|의|을|를|에게|에|께서|과|와)$", "", w) for w in words]


def _labelled(text: str, data: PersonalData) -> str:
    """The label when a person's name follows it ('성명: 홍길동', '대상자: 총무과 교사 홍길동')."""
    for pattern in (_LABELLED, _CELL_LABELLED):
        m = pattern.search(text)
        if m and data.is_name(m.group("name")):
            label = re.sub(r"\s", "", m.group("label"))
            # '개인정보 보호책임자 — 직책: 정보화담당관, 성명: ○○○': an official in role (제6호 라목)
            return "" if label in ("성명", "이름") and _IN_ROLE.search(text) else label
    m = _LABEL_ONLY.search(text)
    if m and any(data.is_name(w) for w in _words(m.group("rest"))[:8]):
        return re.sub(r"\s", "", m.group("label"))
    return ""


def roster_lines(lines: list[Line], data: PersonalData, *, in_office: bool = False) -> list[Line]:
    """Header lines of tables listing people: a 성명 column with a filled-in name below it (a blank
    form's 성명 column is not a roster). Lists of officials in office are left out unless `in_office`
    (their rows still matter when one of them carries sensitive data)."""
    out: list[Line] = []
    for i, line in enumerate(lines):
        header = _trim(line.cells())  # (the empty cells a row ends with name no column)
        represented = _represented(header)
        if not any(_NAME_CELL.fullmatch(c) for c in header) and not represented:
            continue
        col = _name_column(header)
        if sum(bool(c) for c in header) < 2 or (col + 1 < len(header) and not header[col + 1]):
            continue  # a form's '성명 | (blank)' label, not a column header
        if _example_row(header):
            continue  # a form's row filled in with the sample (성명 | 홍길동 | 주민등록번호 | 000000-…)
        if (
            re.fullmatch(r"성\s*명|이\s*름", header[col])
            and all(_DUTY_COLUMN.fullmatch(c) for j, c in enumerate(header) if c and j != col)
            and not in_office
        ):
            continue  # officials listed in office
        personal_columns = represented or any(_PERSONAL_COLUMN.fullmatch(_bare(c)) for c in header if c)
        for row in lines[i + 1 : i + 4]:
            cells = _trim(row.cells())
            if _example_row(cells):
                break  # a form's filled-in sample (홍길동 | 000000-0000000), nobody's data
            # a row may end before the header does: its trailing cells are empty ('… ⇥ 비고' over '… ⇥ '),
            # and OCR may have lost one of the header's bars ('주소 I 급여 종류')
            if (
                2 <= len(cells) <= len(header) + 1
                and sum(bool(c) for c in cells) >= 2
                and _names_someone(cells[col] if col < len(cells) else "", data, personal_columns)
            ):
                out.append(line)
                break
    return out


_PLACEHOLDER = re.compile(r"(\d)(?:[\d\-. ]*\1){5,}")


def _example_row(cells: list[str]) -> bool:
    """A sample row of a form: the example name 홍길동, or numbers of one repeated digit (000000-0000000)."""
    return any(
        c.strip() == "홍길동" or (_PLACEHOLDER.fullmatch(c.strip()) and len(set(re.sub(r"\D", "", c))) == 1)
        for c in cells
    )


def _sample_form(lines: list[Line]) -> bool:
    """A form shown filled in as an example ('[작성 예시]' over '성명 | 홍길동', '생년월일 | 1990. 1. 1.'):
    its dates are the example's, nobody's birth."""
    return any(EXAMPLE.search(line.text) for line in lines) and any(
        _example_row(line.cells()) for line in lines
    )


# where someone lives, said in the sentence that names them: '… ○○○ 주임의 전보 취소 고충 건 … 주소지(…)와
# 근무지 거리가 멀다' (an office's own address sits in the 결문 under no such word)
_HOME = re.compile(r"(?:주\s*소\s*지|거\s*주\s*지|자\s*택(?:\s*주\s*소)?|실\s*거\s*주\s*지)\s*[(:：]")


def person_cues(lines: list[Line], data: PersonalData) -> list[Hit]:
    """Evidence that a private person (or an official in a private capacity) is identifiable."""
    hits: list[Hit] = []
    # minutes a rule orders published name their members in their role (제6호 가목)
    minutes = any(_MINUTES.search(line.text) for line in lines[:5]) and not published_by_law(lines)
    discipline = any(_DISCIPLINE.search(line.text) for line in lines)
    personnel = any(PERSONNEL_DELIBERATION.search(line.text) for line in lines[:3])
    for line in lines:
        label = _labelled(line.text, data)
        if label:
            hits.append(Hit("OIDA-9-1-6", "personal.labelled", line.block, f"{label}: ○○○"))
        if personnel and any(data.is_name(t) for t in _words(line.text)):
            hits.append(Hit("OIDA-9-1-6", "personal.deliberation", line.block, "인사 심의 대상 ○○○"))
        m = _PRIVATE_RECIPIENT.match(line.text)
        if m and not _OFFICE.search(m.group("name")):
            hits.append(Hit("OIDA-9-1-6", "personal.recipient", line.block, "수신 ○○○ 님"))
        private = [m for p in _PRIVATE_PATTERNS for m in p.finditer(line.text)]
        firm = _FIRM.search(line.text)
        if firm is not None:  # (its people after the firm: '(주)○○의 경리 담당 직원 ○○○')
            private += _FIRM_STAFF.finditer(line.text, firm.end())
        # (the name may carry its particle: '원고 ○○○과 피고 ○○○')
        if any(any(data.is_name(w) for w in _words(m.group("name"))) for m in private):
            hits.append(Hit("OIDA-9-1-6", "personal.private_role", line.block, "민간인 ○○○"))
        m = (
            _ADDRESSEE.search(line.text)
            or _ADDRESSEE_BRACKETED.search(line.text)
            or _GREETED.match(line.text)
            or _ASKER.search(line.text)
        )
        if m and data.is_name(m.group("name")):
            hits.append(Hit("OIDA-9-1-6", "personal.addressee", line.block, "○○○ 귀하"))
        if minutes and any(data.is_name(m.group("name")) for p in _SPEAKERS for m in p.finditer(line.text)):
            hits.append(Hit("OIDA-9-1-6", "personal.speaker", line.block, "○○○ 위원"))
        role = re.search(r"관련자|혐의자|대상자|피징계자", line.text)
        near = _DISCIPLINE.search(line.text) or role
        # the person to be disciplined, by rank and name, or by name after '관련자' ('위 관련자 ○○○을')
        labelled = _LABELLED.search(line.text)
        subject = (
            _names_an_official(line.text, data)
            or (
                role is not None
                and any(data.is_name(w) for w in _words(" ".join(line.text[role.end() :].split()[:3])))
            )
            # '징계혐의자 ⇥ 소속: … ⇥ 직급: … ⇥ 성명: ○○○': the labelled name of the person disciplined
            or (role is not None and labelled is not None and data.is_name(labelled.group("name")))
        )
        if discipline and near and subject:
            hits.append(Hit("OIDA-9-1-6", "personal.discipline", line.block, "징계 관련자 ○○○"))
        if _HOME.search(line.text) and any(data.is_name(w) for w in _words(line.text)):
            hits.append(Hit("OIDA-9-1-6", "personal.home_address", line.block, "○○○ … 주소지(…)"))
    if not published_by_law(lines):
        for line in roster_lines(lines, data):
            hits.append(Hit("OIDA-9-1-6", "personal.roster", line.block, "성명 | …"))
    if data.birth_blocks and not _sample_form(lines):
        # a birth date is nobody's to disclose, an official's neither (제6호 라목 covers name and position)
        hits.append(Hit("OIDA-9-1-6", "personal.birth_date", data.birth_blocks[0], "생년월일 ####. ##. ##."))
    return hits


_ITEMS_BELOW = 3  # lines under a sentence naming a person that still speak of them


def sensitive_named(lines: list[Line], data: PersonalData) -> list[Hit]:
    """A named person on the same line as a diagnosis or conviction: '김○○(행정사무관): 음주운전 …', or a
    table row '행정주사 ⇥ 세무과 ⇥ 김○○ ⇥ 질병휴직(…)'."""
    hits: list[Hit] = []
    # rows under a list's name column (a 성명 or role column, with a name in it)
    rows: dict[int, int] = {}
    for header in roster_lines(lines, data, in_office=True):
        col = _name_column(_trim(header.cells()))
        for below in lines[header.index + 1 : header.index + 200]:
            if len(below.cells()) <= col:
                break
            rows[below.index] = col
    for i, line in enumerate(lines):
        # a rank and a name in prose, or a list's row whose name cell holds a name (a 휴직 row)
        name_col = rows.get(line.index)
        in_list = name_col is not None and _names_someone(line.cells()[name_col], data)
        named = in_list or _names_an_official(line.text, data)
        # in prose the data may sit in the items under the sentence that names the person
        # ('주무관 ○○○의 병가를 승인합니다.' / '나. 사유: … 수술 후 치료'); a list row speaks for itself
        near = line.text if in_list else " ".join(x.text for x in lines[i : i + _ITEMS_BELOW + 1])
        if named and any(p.search(near) for p in SENSITIVE.values()):
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
        col = _name_column(cells)
        for row in lines[header.index + 1 :]:
            row_cells = _trim(row.cells())
            named = col < len(row_cells) and _names_someone(row_cells[col], data)
            if not named and len(row_cells) != len(cells):
                break  # the table ended; a row of its shape whose name the analysis missed does not end it
            count += named
    return count


# Columns of disclosable content beside the persons: an overtime table's 시간 and 지급액, a compensation
# list's 지번, 면적 and 보상금, an appointment's 발령사항. A roster without any is the persons' data, whole.
_CONTENT_COLUMN = re.compile(
    r"(?:[가-힣]{0,6})(?:공\s*적(?:\s*요\s*지|\s*내\s*용)?|훈\s*격|배\s*치\s*부\s*서|금\s*액|지\s*급\s*액|보\s*상\s*금|면\s*적|시\s*간|일\s*수|발\s*령\s*(?:사\s*항|내\s*용)|"
    r"실\s*적|수\s*량|단\s*가|횟\s*수|지\s*번|용\s*도|집\s*행\s*(?:내\s*용|액)|사\s*업\s*명)(?:\s*\([^)]*\))?"
)


def _only_personal_columns(header: Line) -> bool:
    """No column of the roster holds disclosable content: removing the persons leaves nothing."""
    return not any(_CONTENT_COLUMN.fullmatch(c) for c in _trim(header.cells()) if c)


# Groups defined by a personal status (welfare, health, victims, debts): a list of them discloses the
# status of everyone on it, whatever its other columns.
_STATUS_GROUP = re.compile(
    r"긴\s*급\s*복\s*지|기\s*초\s*생\s*활|(?:생\s*계|의\s*료|주\s*거)\s*급\s*여|수\s*급\s*자|수\s*급\s*권\s*자|장\s*애\s*인|환\s*자|피\s*해\s*자|노\s*숙|한\s*부\s*모|독\s*거|취\s*약\s*계\s*층|"
    r"위\s*기\s*가\s*구|체\s*납\s*자|확\s*진\s*자|격\s*리\s*자|신\s*용\s*불\s*량|차\s*상\s*위|"
    # (a disaster's victims by household: '호우 피해 주민 명단', '피해 가구 명단')
    r"피\s*해\s*(?:주\s*민|가\s*구|세\s*대)|이\s*재\s*민|"
    r"감\s*염\s*(?:인|자)|보\s*균\s*자|중\s*독\s*자|등\s*록\s*장\s*애"
)
_WHOLE_SHARE = 0.6  # roster rows among all lines above which the document is nothing but the list
_WHOLE_MIN = 5
_HOME_COLUMN = re.compile(r"자\s*택|집\s*주\s*소|거\s*주\s*지|실\s*거\s*주")


# A record about one person: a subject cell naming them (체납자 ⇥ 한○○) and two or more of their
# personal fields as key-value cells (주민등록번호, 주소, 재산 …). Withholding the name leaves that
# person's affairs, which are the whole document. Letters and forms addressed to a person are not.
_SUBJECT_CELL = re.compile(
    r"체\s*납\s*자|납\s*세\s*자|수\s*급\s*자|환\s*자|피\s*해\s*자|대\s*상\s*자|민\s*원\s*인|성\s*명|이\s*름"
)
_PERSON_FIELD = re.compile(
    r"주\s*민\s*(?:등\s*록\s*)?번\s*호|생\s*년\s*월\s*일|주\s*소|연\s*락\s*처|계\s*좌|예\s*금|재\s*산|소\s*득|"
    r"체\s*납|급\s*여|병\s*명|진\s*단|가\s*족|학\s*력|경\s*력|상\s*벌|장\s*애"
)
_ADDRESSED = re.compile(r"회\s*신|안\s*내|통\s*지|알\s*림|통\s*보|신\s*청\s*서|동\s*의\s*서|양\s*식|서\s*식")
# a contract's terms are the public part; its party's details are the part withheld
_AGREEMENT = re.compile(r"계\s*약\s*서|협\s*약\s*서|위\s*촉|약\s*정\s*서")


def single_person_record(lines: list[Line], title: str, data: PersonalData) -> bool:
    """A document whose subject is one private person's data (a 체납자's arrears and assets). A notice
    addressed to the person is theirs too when it carries their health or criminal data (a 장애 정도
    심사 결과 통보); otherwise it is a letter whose name is withheld and whose rest is public."""
    if _AGREEMENT.search(title):
        return False
    if _ADDRESSED.search(title) and not any(
        SENSITIVE[kind].search(line.text) for line in lines[:30] for kind in ("health", "criminal")
    ):
        return False
    subject, fields = False, 0
    for line in lines[:30]:
        cells = [c.strip() for c in line.cells() if c.strip()]
        pairs = _key_values(cells)
        if not pairs and len(cells) >= 3:
            # a table header of the person's affairs (세목 | 체납액 | 조회 재산) counts its fields
            fields += sum(1 for c in cells if len(c) <= 12 and _PERSON_FIELD.search(_bare(c)))
            continue
        for key, value in pairs:
            if not subject and _SUBJECT_CELL.fullmatch(key) and value and data.is_name(value[0]):
                subject = True
            elif len(key) <= 12 and _PERSON_FIELD.search(key):
                fields += 1
    return subject and fields >= 2


_KEY_VALUE = re.compile(
    r"(?P<key>[가-힣 ]{1,12}?)\s*[:：]\s*(?P<value>.+?)(?=\s{2,}[가-힣 ]{1,12}\s*[:：]|$)"
)


def _key_values(cells: list[str]) -> list[tuple[str, list[str]]]:
    """(key, value words) pairs of a line: cells 'key ⇥ value', or 'key: value' in each of its cells."""
    if len(cells) == 2 and not re.search(r"[:：]", cells[0]):
        return [(_bare(cells[0]), cells[1].split())]
    return [
        (_bare(m.group("key")), m.group("value").split())
        for cell in cells
        if re.search(r"[:：]", cell)
        for m in _KEY_VALUE.finditer(cell)
    ]


_SIGN_OFF = re.compile(
    r"기\s*안|검\s*토|결\s*재|협\s*조|전\s*결|시\s*행|접\s*수|담\s*당|주무관|사무관|서기관|과장|팀장|국장"
)
_DISTRICT_END = ("시", "군", "구", "읍", "면", "동", "리")


def _several_persons(lines: list[Line], data: PersonalData) -> bool:
    """Three or more persons named outside the 결재란 and the sign-off (whose officials every 공문
    names): the people a list is about. A district's name the analysis took for a person (서촌면,
    남산동) does not count."""
    names = {n for n in data.names if not n.endswith(_DISTRICT_END)}
    seen: set[str] = set()
    for line in lines:
        if _SIGN_OFF.search(line.text):
            continue
        flat = "".join(line.text.split())
        seen |= {n for n in names if n in flat}
    return len(seen) >= 3


def roster_is_whole(lines: list[Line], title: str, data: PersonalData) -> bool:
    """A document that is essentially a list of people: withholding a part leaves nothing. Either its
    title says so (명단, 명부) or its roster rows make up most of its lines (비상연락망, 면허 현황), or it
    is one person's record."""
    if published_by_law(lines):
        return False  # a list or record the law orders published is not withheld for being one
    if single_person_record(lines, title, data):
        return True
    if any(
        re.search(r"명\s*단|명\s*부|대상자\s*목록", heading)
        and not re.search(r"결정|결과|계획|보고", heading)
        for heading in _headings(lines, title)
    ):
        return bool(roster_lines(lines, data))
    rows = roster_rows(lines, data)
    listing = re.search(r"현\s*황|명\s*단|명\s*부|목\s*록|대\s*장", title) is not None
    if _STATUS_GROUP.search(title) and (
        roster_lines(lines, data) or (listing and _several_persons(lines, data))
    ):
        # being on the list is itself the personal matter: 수급자, 체납자, 피해자 … — also when layout
        # ran the table's rows together and no header row is left to find
        return True
    if _run_together_roster(lines, data):
        return True
    headers = roster_lines(lines, data)
    # a list of where people live is theirs however short: '성명 | 직위 | 자택 주소 | 휴대전화' over four rows
    least = 3 if any(_HOME_COLUMN.search(c) for h in headers for c in h.cells()) else _WHOLE_MIN
    return (
        rows >= least
        and rows >= _WHOLE_SHARE * _body_lines(lines)
        and all(_only_personal_columns(h) for h in headers)
    )


# a letter sending a list names the list too: '… 참가자 명단 통보' is the letter's heading, not the list's
_LETTER_WORD = re.compile(r"통\s*보|송\s*부|제\s*출|알\s*림|안\s*내|요\s*청|회\s*신")


def _headings(lines: list[Line], title: str) -> list[str]:
    """The title, and a short heading under the office's name on the first lines ('○○군' over '… 신청자
    명단'): where a list names itself when the document has no 제목 field."""
    heads = [title]
    if opening_of(lines):  # no 제목 field
        heads += [
            line.text
            for line in lines[1:3]
            if len(line.text.strip()) <= 40 and "|" not in line.text and not _LETTER_WORD.search(line.text)
        ]
    return heads


_PAGE_FURNITURE = re.compile(r"[\s\-–—·.()\d/]*|[-–—]?\s*\d+\s*(?:쪽|페이지|page)?\s*[-–—]?", re.IGNORECASE)


def _body_lines(lines: list[Line]) -> int:
    """Lines that carry the document's content: not the title repeated from its metadata, a page
    number, or the sign-off (작성: ○○과 주무관) that every list ends with."""
    seen: set[str] = set()
    count = 0
    for line in lines:
        text = line.text.strip()
        if text in seen or _PAGE_FURNITURE.fullmatch(text) or _SIGN_OFF.search(text):
            continue
        seen.add(text)
        count += 1
    return max(count, 1)


# column labels of a list of persons; a header row of only these, run together with its rows on one
# line by the converter or the writer, still heads a roster
_PERSON_COLUMN_WORD = re.compile(
    r"연번|번호|순번|성명|이름|주민등록번호|외국인등록번호|생년월일|성별|나이|연령|주소|거주지|연락처|전화번호|휴대전화|"
    r"휴대폰|급여|종류|구분|비고|관계|세대주|가구원|직업|학교|학년|반"
)


def _run_together_roster(lines: list[Line], data: PersonalData) -> bool:
    """A line that opens with a header of personal columns only (연번 성명 주민등록번호 주소 연락처 …)
    and goes on to name three or more persons: a roster whose rows lost their line breaks."""
    for line in lines:
        words = line.text.split()
        head: list[str] = []
        for word in words:
            if not _PERSON_COLUMN_WORD.fullmatch(word):
                break
            head.append(word)
        if len(head) < 3 or not any(re.fullmatch(r"성명|이름", w) for w in head):
            continue
        rest = words[len(head) : len(head) + 1]
        if not rest or not rest[0].isdigit():
            continue  # the header goes on with a column of content (의견 요지, 금액): not only persons
        if len(line.text) < 0.5 * sum(len(x.text) for x in lines):
            continue  # a list inside a longer document (붙임 의견 제출자 명단) is that document's part
        flat = "".join(line.text.split())
        named = {n for n in data.names if n in flat and not n.endswith(_DISTRICT_END)}
        if len(named) >= 3:
            return True
    return False
