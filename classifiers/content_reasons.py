"""OIDA 제9조 제1항 reasons read from content: 1 secret under another law, 2 national security, 3
life/safety, 4 investigations and trials, 5 audits/decisions in progress, 7 trade secrets, 8 speculation.

Two strengths. Decisive cues say outright why the text must not go out ('피의자 인적사항',
'최종 결정 전 내부 검토 자료', '영업상 비밀', '투기 우려'); they may make a document non-public on their
own. Topical cues ('비상대비', '방호', '취약점') only explain a non-public decision taken on explicit
evidence: a press release on 외교 cooperation is public. Lines that explain the law ('제9조 제1항 제7호:
법인·단체의 경영상·영업상 비밀') are mentions, not content, and are skipped.
"""

from __future__ import annotations

import re

from .text import Hit, Line, title_of

_SECURITY = (
    r"국가\s*안전\s*보장|안보|국방|군사|외교\s*(?:관계|협상|전략)|통일|북한|비상\s*대비|동원\s*(?:대상|계획|절차)|"
    r"전시|작전|방첩"
)
# Stated outright, these keep a text from going out on national-security grounds (negotiating positions,
# as the text's own subject); a press release on 외교 cooperation, or a law that names 군사기밀 or
# 작전계획, has only the topical words above.
_SECURITY_DECISIVE = (
    r"상대국에\s*알려질|(?:외교|통상|영사|정상\s*회담)\s*(?:협상|협의)\s*(?:전략|입장)|"
    r"협상\s*(?:전략|입장).{0,30}(?:상대국|외교|국방|방산)|"
    # our own negotiating position, written down: '우리 측은 제2안까지 수용 가능하다는 입장을 내부적으로 정리'
    r"우리\s*측.{0,40}(?:수용\s*가능|양보\s*(?:가능|범위|한도)|마지노선|협상\s*목표|내부적으로)|입장을\s*내부적으로"
)
# (a protected person's route and guard: '경호 구역', '동선', '비상 이동로')
_SAFETY = (
    r"취약점|방호|경계\s*인력|침입|테러|출입\s*통제|순찰|생명\s*[·ㆍ,]?\s*신체|국가\s*중요\s*시설|"
    r"경\s*호\s*(?:구역|계획|인력|대상)|비상\s*이동\s*로|대피\s*경로"
)
_INVESTIGATION = (
    r"피의자\s*(?:인적\s*사항|[:：])|수사\s*협조|내사\s*(?:착수|진행)|"
    # what release would do to an inquiry ('공개 시 증거 인멸 우려'), not a law's warrant clause
    r"수사\s*의뢰\s*(?:예정|검토|여부)|공개\s*(?:시|할\s*경우|될\s*경우|하면).{0,20}증거\s*인멸|"
    # the referral itself: '… 수사를 의뢰합니다' (a press release reports one in the past tense: '수사를
    # 의뢰했다')
    r"수사\s*(?:를\s*)?의뢰\s*(?:합니다|하오니|하니|함(?![가-힣])|하고자)|"
    # corrections watching an inmate (제4호 교정): '수용자 동정 보고' (a law text on 서신 검열 is not one)
    r"(?:수용자|재소자)\s*(?:의\s*)?(?:동정|동향)\s*(?:보고|파악|관찰)|"
    # the referral form itself: '수 사 의 뢰 서', its '피의뢰인'
    # (the forms themselves: their title alone on its line, their party as a field; a law text naming
    # them is neither)
    r"수\s*사\s*의\s*뢰\s*서|피\s*의\s*뢰\s*인|^\s*고\s*발\s*장\s*$|피\s*고\s*발\s*인\s*[:：]|"
    # a warrant being served, intelligence gathered for a crackdown: '압수수색영장을 집행하고자',
    # '첩보 수집 결과', '단속 정보 유출 방지'
    r"압\s*수\s*수\s*색\s*영\s*장\s*(?:을\s*)?집\s*행|첩\s*보\s*(?:수\s*집|입\s*수)\s*(?:결\s*과|내\s*용|경\s*위)|"
    r"단\s*속\s*정\s*보\s*(?:유\s*출|누\s*설)|"
    # an official's agency told of the investigation opened against them: '수사개시 통보', '… 수사 개시를
    # 통보합니다' (a rule that it must be, '… 통보하여야 한다', is not)
    r"^\s*수\s*사\s*개\s*시\s*통\s*보\s*$|수\s*사\s*개\s*시\s*(?:를\s*)?통\s*보\s*(?:합니다|함|하오니)|"
    # the investigators' own record: '수사보고' as its title, a suspect's examination, a criminal case's
    # number with its suspect ('사건번호 2025형제123호   피의자 ○○○')
    # (a guide's heading on how to write one is no record: '피의자신문조서 작성 요령')
    r"^\s*수\s*사\s*보\s*고\s*(?:서)?\s*$|\d{4}\s*형\s*제\s*\d+\s*호[^\n]{0,20}피\s*의\s*자|"
    r"^\s*피\s*의\s*자\s*신\s*문\s*(?:결\s*과|조\s*서|내\s*용)(?![^\n]*(?:요령|방법|서식|양식|교육|안내|작성))"
)
# (policing a crowd or a crackdown: how evidence is gathered and arrests made, where forces stand; an
# inmates' transfer)
_INVESTIGATION_TOPIC = (
    r"수사\s*(?:중|자료|기록|진행|의뢰)|피의자|증거\s*인멸|재판\s*(?:진행|계류)|수사\s*기관.{0,12}진행\s*중|"
    r"채\s*증|검거\s*(?:조|요령|계획)|경력\s*(?:운용|배치)|단속\s*(?:계획|지점|일정)|"
    # corrections (제4호 covers 형의 집행·교정): an inmates' transfer, its escort, an escape
    r"호\s*송\s*(?:인력|차량|계획|경로)|수용자\s*이송|도주\s*(?:및|방지|우려)|"
    # a lawsuit still running (제4호: 진행 중인 재판에 관련된 정보): '계류 중인 재판 대응'
    r"(?:진행|계류)\s*중인\s*(?:소송|재판|쟁송)|"
    # a referral for prosecution names the one it accuses
    r"피\s*고\s*(?:발|소)\s*인"
)
_IN_PROGRESS = (
    r"내부\s*검토|검토안(?:\)|$|을|이|에|으로|\s)|최종\s*결정\s*전|확정되지\s*않은|협의가\s*진행\s*중|"
    r"인사\s*검증|감사\s*진행\s*중|(?:심사|평가)\s*진행\s*중|"
    # an audit or inquiry still running: '실지감사 중', '(진행 중)', '감사 결과 확정 전 … 공개 시'
    r"(?:실지\s*)?감사\s*(?:가\s*)?(?:진행\s*)?중\s*[(（]|실지\s*감사\s*중|(?:감사|조사)\s*[^.]{0,20}\(\s*진행\s*중\s*\)|"
    r"확정\s*전\s*(?:내용\s*)?(?:공개|유출)|감사\s*중간\s*결과|검토가\s*끝나지\s*않|"
    # the staff view before it goes up: '이사회 보고 전 실무 의견', '차관 보고 후 최종안 결정 예정'
    # (a note that a draft awaits the council, '의회 제출 전 내부 조정 단계', is a review cue's: review_cues.py)
    r"(?:이사회|위원회|간부\s*회의|장관|차관|시장|군수|구청장)\s*(?:보고|상정)\s*(?:전|후\s*최종\s*안\s*결정)|"
    # the document is a selection not yet decided: '최종 합격자 결정 전 자료임' (a notice that results come
    # '합격자 발표 전까지' by SMS is not)
    r"(?:합격자|선정|낙찰자?|수상자|대상자)\s*(?:결정|확정)\s*전\s*(?:자료|단계|임|이므로|으로)|결정\s*전\s*(?:자료|단계)|"
    # candidates not yet screened: '정부포상 후보자 — 심사 전', '추천 대상자 (심의 중)'
    r"(?:후보자?|대상자|추천자)[^.]{0,12}(?:심사|심의|선정|평가)\s*(?:전|중)(?![가-힣])|"
    # the agency's own plan for a lawsuit it is in: '소송 대응 전략'
    r"(?:소송|쟁송|재판)\s*대응\s*전략|"
    # a bid's reserve price sealed until the bids are opened: '이 조서는 개찰 전까지 밀봉하여 보관한다'
    r"개\s*찰\s*(?:이\s*)?전\s*까\s*지\s*(?:밀\s*봉|봉\s*인|비\s*공\s*개)|밀\s*봉\s*하\s*여\s*보\s*관"
)
_IN_PROGRESS_TOPIC = (
    r"검토\s*(?:자료|단계|결과)|의사\s*결정\s*과정|감사\s*(?:결과|자료|계획|중)|감\s*독|인사\s*관리|"
    r"근무\s*평정|승진\s*심사|(?:부서|내부)\s*의견\s*(?:조회|수렴)|검토\s*의견|"
    r"입찰\s*예정\s*가격|심\s*의\s*중인"
)
_TRADE_SECRET = (
    r"영업\s*상\s*비밀|경영\s*상\s*비밀|특허\s*출원\s*중|핵심\s*(?:알고리즘|기술\s*자료)|"
    r"원가\s*(?:산출|구조|계산)\s*(?:내역|서)?|업체\s*고유\s*(?:공정|기술)|"
    # a contractor's own cost breakdown attached to a contract: '(인건비 단가표)', '자사 기준' (an RFP
    # asking for a 산출내역서 is not one)
    r"(?:인건비|노임)\s*단가\s*(?:표|산출)|단가\s*산출\s*(?:내역|근거)|자사\s*기준|자체\s*노임|원가\s*비공개|"
    r"영업\s*비밀\s*\)|영업\s*비밀\s*(?:자료|사항|포함|해당|표시)|제조\s*원가|원료\s*배합\s*비|"
    # what release would do to the firm: '경쟁사에 알려질 경우 영업상 이익을 크게 해칠 수 있음'
    r"경\s*쟁\s*(?:사|업\s*체)\s*에\s*알\s*려\s*질|영\s*업\s*상\s*(?:의\s*)?이\s*익\s*을\s*(?:크\s*게\s*)?해\s*칠"
)
_SPECULATION = r"(?:유출|공개)[^.]{0,20}투기|투기\s*(?:(?:수요|세력)\s*(?:유입\s*)?)?(?:우려|가능성)|(?:매점\s*매석|사재기)\s*(?:우려|가능성)"
_SPECULATION_TOPIC = r"투기|매점\s*매석|사재기"

# Secret under another law (제9조 제1항 제1호 covers statutes as well as 비밀): a reporter's identity
# (공익신고자 보호법, 부패방지권익위법), a school-violence committee's minutes (학교폭력예방법 제21조).
# A guide that explains those laws names no reporter and cites no case: the cue is the case itself.
_STATUTORY_SECRET = (
    r"신\s*(?:분|원)\s*(?:비\s*밀\s*)?보\s*장\s*(?:대\s*상|요\s*청)|"
    r"신\s*고\s*자\s*(?:의\s*)?(?:인\s*적\s*사\s*항|신\s*원|신\s*분)\s*(?:이|을|가)?\s*(?:드러나지|노출되지|알려지지)|"
    r"학\s*교\s*폭\s*력\s*(?:대\s*책\s*)?(?:자\s*치\s*|심\s*의\s*)?위\s*원\s*회\s*(?:회\s*의\s*록|심\s*의\s*결\s*과)"
)

# An inspection or crackdown announced as unannounced: its dates and targets, released, defeat it (5).
_UNANNOUNCED = (
    r"(?:불\s*시|기\s*습|암\s*행)\s*(?:점\s*검|단\s*속|감\s*사|검\s*사|감\s*찰|조\s*사)\s*(?:계\s*획|일\s*정|대\s*상)|"
    r"(?:사\s*전|미\s*리)\s*(?:통\s*보|예\s*고|고\s*지)\s*(?:하\s*지\s*않|없\s*이|금\s*지)"
)

# (reason, decisive, pattern)
_RULES: list[tuple[str, bool, re.Pattern[str]]] = [
    ("OIDA-9-1-1", True, re.compile(_STATUTORY_SECRET)),
    ("OIDA-9-1-2", True, re.compile(_SECURITY_DECISIVE)),
    ("OIDA-9-1-2", False, re.compile(_SECURITY)),
    ("OIDA-9-1-3", False, re.compile(_SAFETY)),
    ("OIDA-9-1-4", True, re.compile(_INVESTIGATION)),
    ("OIDA-9-1-4", False, re.compile(_INVESTIGATION_TOPIC)),
    ("OIDA-9-1-5", True, re.compile(_IN_PROGRESS)),
    ("OIDA-9-1-5", True, re.compile(_UNANNOUNCED)),
    ("OIDA-9-1-5", False, re.compile(_IN_PROGRESS_TOPIC)),
    ("OIDA-9-1-7", True, re.compile(_TRADE_SECRET)),
    ("OIDA-9-1-8", True, re.compile(_SPECULATION)),
    ("OIDA-9-1-8", False, re.compile(_SPECULATION_TOPIC)),
]

# The text says of itself that it must not go out: '외부 공개 불가', '관계자 외 열람 제한'.
_WITHHELD = re.compile(
    r"(?:외부|대외)\s*(?:공개|유출|제공)\s*(?:불가|금지|을\s*금함)|공개\s*(?:불가|금지)|(?:관계자|담당자)\s*외\s*(?:열람|공유)|"
    # (a decision recorded in minutes: '… 검토안은 외부에 공개하지 않기로 함')
    r"(?:외부|대외)\s*(?:에\s*)?공개\s*하지\s*않기로|"
    r"내부\s*(?:참고|검토)\s*(?:자료|용)\s*(?:로|으로)\s*만"
)


def reasons_named(text: str, decisive_only: bool = False) -> tuple[int, ...]:
    """The 제9조 제1항 items whose grounds a sentence names in words ('의사결정 과정에 있는 사항' → 5,
    '영업상 비밀' → 7): for a statement that withholds a part without citing the law. `decisive_only`
    keeps the grounds said outright, for a sentence whose topic alone ('보안상', '취약점') decides nothing."""
    return tuple(
        sorted(
            {
                int(reason[-1])
                for reason, decisive, pattern in _RULES
                if (decisive or not decisive_only) and pattern.search(text)
            }
        )
    )


def withheld_statement(lines: list[Line]) -> Hit | None:
    """A line where the document declares itself not for release (decides the level, names no reason)."""
    for line in lines:
        m = _WITHHELD.search(line.text)
        if m and not _LAW_TEXT.search(line.text):
            return Hit("non_public", "content.withheld", line.block, m.group(0))
    return None


# What a title must say for a classified document's reason to be 2 rather than 3, or the reverse.
TOPIC_PATTERNS = {"OIDA-9-1-2": re.compile(_SECURITY), "OIDA-9-1-3": re.compile(_SAFETY)}


def topic_weights(lines: list[Line]) -> dict[str, int]:
    """How many lines speak of national security (2) and of facility protection (3)."""
    return {
        label: sum(1 for line in lines if pattern.search(line.text) and not _LAW_TEXT.search(line.text))
        for label, pattern in TOPIC_PATTERNS.items()
    }


# The law's own wording of its items, quoted in guides: '5호: 감사ㆍ감독ㆍ… 내부검토 과정에 있는 사항',
# '… 현저히 해칠 우려가 있는 정보'.
_LAW_TEXT = re.compile(
    r"제\s*9\s*조|제\s*[1-8]\s*호|정보공개법|비공개\s*대상|비공개\s*사유|예시|해당할\s*수|"
    # a level quoted with its items, as guides write them: '… 비공개(5)를 그대로 두는 경우'
    r"(?:부분\s*)?(?:비\s*)?공\s*개\s*\(\s*(?:제\s*)?\d|"
    r"^\(?\s*[1-8]\s*호\s*[:：.)|\t⇥]|우려가\s*있는\s*정보|과정에\s*있는\s*사항|"
    # a guide's worked example: '내부 검토 중인 계획안 → 비공개(5)'
    r"(?:→|⇒|=>)\s*(?:부분\s*)?(?:비\s*)?공\s*개|"
    # the law's items listed by number, as guides reproduce them (OCR noise and all): '2. 국가안전보장·
    # 국방·통일·외교관계 등에 관한 사항', '7. 법인 등의 경영상·영업상 비밀에 관한 사항'
    r"^\s*[1-8]\s*[.,)]\s*\S.{0,90}(?:사\s*항|정\s*보)\s*(?:\([^)]*\)?)?\s*$|"
    # a question a guide asks ('Q2. 기술 자료도 영업상 비밀로 봅니까?') states nothing of this document,
    # nor does its answer when the layout ran the two together
    r"[?？]\s*$|^\s*Q\s*\d{0,3}\s*[.:)]"
)


# A development plan still under review that names its candidate sites by lot number: released before
# the designation, it tells buyers where to buy (8). Once designated and announced it is public.
_PLAN_TITLE = re.compile(
    r"(?:개발|구역|지구|단지|택지|신도시|역세권|신설|조성|지정).{0,30}(?:사전\s*검토|후보지?|예정지|입지\s*검토|검토\s*보고|검토)"
)
_CANDIDATE_SITE = re.compile(r"후\s*보\s*지|예\s*정\s*지|대\s*상\s*지")
_LOT = re.compile(r"(?:리|동|가|읍|면)\s*(?:산\s*)?\d{1,4}(?:-\d{1,4})?\s*(?:번지|일원|일대)?")


def _site_plan(lines: list[Line]) -> Hit | None:
    title = title_of(lines)
    if not _PLAN_TITLE.search(title) or re.search(r"결\s*과|고\s*시|공\s*고|발\s*표", title):
        return None
    if not any(_CANDIDATE_SITE.search(line.text) for line in lines):
        return None
    # a lot number in a sentence about the candidate site, or in a table row
    lot = next(
        (
            line
            for line in lines
            if _LOT.search(line.text) and (_CANDIDATE_SITE.search(line.text) or "\t" in line.raw)
        ),
        None,
    )
    if lot is None:
        return None
    return Hit("OIDA-9-1-8", "content.site_plan", lot.block, "후보지 지번")


# An interview record (문답서, 진술조서): questions put to a named person in an audit or an inquiry and
# the answers, line by line. Released while the matter runs, it tells the next witness what was said
# (5; 4 when it is a criminal inquiry); the person questioned is named (6). A public FAQ also uses
# 문/답 lines, so the record needs a party questioned or a title that says what it is.
_QUESTION = re.compile(r"^\s*(?:문|질\s*문)\s*[:：)．.]")
_ANSWER = re.compile(r"^\s*(?:답|답\s*변)\s*[:：)．.]")
_QUESTIONED = re.compile(
    r"피\s*조\s*사\s*자|진\s*술\s*(?:인|자)|피\s*감\s*사\s*자|조\s*사\s*대\s*상\s*자|피\s*의\s*자|참\s*고\s*인"
)
_RECORD_TITLE = re.compile(
    r"문\s*답\s*서|진\s*술\s*(?:조\s*)?서|신\s*문\s*조\s*서|조\s*사\s*(?:조\s*서|기\s*록)"
)
_CRIMINAL = re.compile(r"피\s*의\s*자|수\s*사|경\s*찰|검\s*찰|신\s*문\s*조\s*서")


# a guide or a training text about such records, by its title: '피의자신문조서 작성 요령', '문답서 서식 안내'
_ABOUT_RECORDS = re.compile(
    r"요\s*령|작\s*성\s*방\s*법|서\s*식|양\s*식|교\s*육\s*(?:자\s*료|과\s*정|교\s*재)|안\s*내\s*서|지\s*침|매\s*뉴\s*얼"
)


def _interview_record(lines: list[Line]) -> list[Hit]:
    if _ABOUT_RECORDS.search(title_of(lines)):
        return []
    questions = [line for line in lines if _QUESTION.match(line.text)]
    answers = sum(1 for line in lines if _ANSWER.match(line.text))
    titled = _RECORD_TITLE.search(title_of(lines))
    party = next(
        (line for line in lines if _QUESTIONED.search(line.text) and not _LAW_TEXT.search(line.text)), None
    )
    dialogue = len(questions) >= 2 and answers >= 2
    if not ((dialogue and (party is not None or titled)) or (titled and party is not None)):
        return []  # a FAQ's 문/답, a blank 진술서 form
    where = questions[0].block if questions else lines[0].block
    criminal = any(_CRIMINAL.search(line.text) for line in lines[:12])
    hits = [Hit("OIDA-9-1-4" if criminal else "OIDA-9-1-5", "content.interview_record", where, "문답", True)]
    if party is not None:
        hits.append(Hit("OIDA-9-1-6", "content.interview_record", party.block, "진술인", True))
    return hits


# Questions of an exam not yet sat: released, they are the exam (5). The title says it is the paper or
# its draft (출제 원안, 문제지, 과제), the body holds the questions; a paper already sat (기출, 해설) is public.
_EXAM_TITLE = re.compile(
    r"(?:시\s*험|고\s*사|검\s*정|평\s*가|선\s*발).{0,30}(?:문\s*제|문\s*항|과\s*제|출\s*제)|출\s*제\s*(?:원\s*안|문\s*항)|문\s*제\s*(?:원\s*안|지)"
)
_EXAM_RELEASED = re.compile(
    r"기\s*출|해\s*설|공\s*개|결\s*과|공\s*고|안\s*내|계\s*획|합\s*격|일\s*정|접\s*수"
)
_QUESTION_LINE = re.compile(
    r"^\s*(?:문\s*)?\d{1,3}\s*[.)]\s*\S.*(?:것은\s*\??|하시오\s*\.?|고르시오|\?)\s*$|^\s*[①❶⑴]\s*\S"
)


def _exam_material(lines: list[Line]) -> Hit | None:
    title = title_of(lines)
    if not _EXAM_TITLE.search(title) or _EXAM_RELEASED.search(title):
        return None
    question = next((line for line in lines if _QUESTION_LINE.search(line.text)), None)
    if question is None:
        return None
    return Hit("OIDA-9-1-5", "content.exam_material", question.block, "시험 문제", True)


# An inquiry the agency runs into its own incident, not finished: its title names it ('… 관련 내부 조사',
# '진상 조사 경과') and a line says the facts are still being settled ('진술이 상충되어 추가 확인 필요',
# '최종 결과는 위원회 심의 후 확정'). Released now, it prejudges the findings (5).
# (a finished one's result, '… 자체 조사 결과', is the rules' other business)
_INQUIRY_TITLE = re.compile(
    r"(?:내\s*부|자\s*체|진\s*상|경\s*위|사\s*실)\s*(?:관\s*계\s*)?조\s*사(?!\s*결\s*과)"
)
_NONE_LEFT = re.compile(r"없\s*(?:음|다|습\s*니\s*다|었)")
_UNSETTLED = re.compile(
    r"진\s*술\s*(?:이|들이)?\s*(?:서\s*로\s*)?(?:상\s*충|엇\s*갈|불\s*일\s*치)|추\s*가\s*(?:확\s*인|조\s*사|사\s*실\s*확\s*인)\s*(?:이\s*)?(?:필\s*요|예\s*정|중)|"
    r"(?:최\s*종\s*)?결\s*과\s*는\s*[^.\n]{0,20}(?:심\s*의|심\s*사|검\s*토)\s*(?:후|를\s*거\s*쳐)\s*확\s*정|조\s*사\s*(?:가\s*)?진\s*행\s*중"
)


# A bidder's own price proposal, as its title names it ('입찰 제안서(가격 부문)'); a notice asking for one
# ('가격제안서 제출 안내') is not one.
_PRICE_PROPOSAL = re.compile(r"제\s*안\s*서\s*\(\s*가\s*격\s*(?:부\s*문)?\s*\)")


def _price_proposal(lines: list[Line]) -> Hit | None:
    return (
        Hit("OIDA-9-1-7", "content.price_proposal", lines[0].block, "제안서(가격)", True)
        if lines and _PRICE_PROPOSAL.search(title_of(lines))
        else None
    )


def _inquiry_in_progress(lines: list[Line]) -> Hit | None:
    if not _INQUIRY_TITLE.search(title_of(lines)):
        return None
    line = next(
        (x for x in lines if (m := _UNSETTLED.search(x.text)) and not _NONE_LEFT.search(x.text, m.end())),
        None,
    )
    return (
        None
        if line is None
        else Hit("OIDA-9-1-5", "content.inquiry_in_progress", line.block, "조사 진행 중", True)
    )


_ATTACHED = re.compile(r"별\s*첨|붙\s*임|첨\s*부")


def content_reasons(lines: list[Line]) -> list[Hit]:
    """Every reason cue found in the document's own content."""
    hits: list[Hit] = []
    seen: set[tuple[str, bool]] = set()
    for line in lines:
        if _LAW_TEXT.search(line.text):
            continue
        for reason, decisive, pattern in _RULES:
            m = pattern.search(line.text)
            if m and (reason, decisive) not in seen:
                seen.add((reason, decisive))
                # (a trade secret kept in a named attachment is that attachment's: '원가 자료 | 별첨 3 (영업비밀)')
                where = ".attachment" if reason == "OIDA-9-1-7" and _ATTACHED.search(line.text) else ""
                hits.append(Hit(reason, f"content.{reason[-1]}{where}", line.block, m.group(0), decisive))
    for found in (
        _site_plan(lines),
        _exam_material(lines),
        _inquiry_in_progress(lines),
        _price_proposal(lines),
    ):
        if found is not None:
            hits.append(found)
    hits += _interview_record(lines)
    return hits
