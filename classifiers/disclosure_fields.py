"""Disclosure fields (정보공개법 공개구분): '공개구분: 부분공개(6)', '공개여부: 비공개(제9조 제1항 제5호)'.

Agencies print the field at the foot of a 공문 or in a cell of the document's header table. Only a line
or a table cell that starts with the field counts: a guide quoting "예시: '공개구분: 부분공개(6)'" is a mention, not the document's field.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from gongmun.schemas.masking import mask_snippet

from .content_reasons import reasons_named
from .text import EXAMPLE, Hit, Line, joined_with_next

# ('부분(6)' is how a narrow 공개구분 column abbreviates 부분공개)
_LEVELS = {"공개": "public", "부분공개": "partial", "부분": "partial", "비공개": "non_public"}


def _level(word: str) -> str:
    """The level a matched word states: '부 분 공 개' -> partial; '공개하지 아니한다' says 비공개."""
    word = re.sub(r"\s", "", word)
    return "non_public" if word.startswith("공개하지") else _LEVELS[word]


_SHORT_PARTIAL = r"부\s*분(?=\s*\(\s*[1-8])"

_FIELD = re.compile(
    # (or after the sentence before it on the same line: '※ 본 보고서는 … 검토 자료임. 공개구분 비공개 (…)')
    # (or after a slash that parts it from the writer's office: '작성 ○○본부 / 공개구분: 비공개(5)')
    # (or after the document number or date it shares a line with: '문서번호 총무 1636-86 공개구분 비공개(5)')
    r"(?:^|[|\t]| {2,}|\u3000|(?<=[.。]\s)|(?<=/)|(?<=/\s)|(?<=\d\s)|(?<=\)\s))[\s□■○●◦※▶·*\-\[(【《〈]*"
    # ('정보공개:' alone labels it too)
    # (minutes label their own: '회의 공개 ⇥ 비공개')
    r"(?:(?:정보\s*)?공\s*개\s*(?:구\s*분|여\s*부|등\s*급)|정\s*보\s*공\s*개(?=\s*[:：])|회\s*의\s*공\s*개(?:\s*여\s*부)?(?=\s*[:：|\t]))\s*[\])】》〉]?"
    # (the law it is under may follow the label, and a dash may stand for the colon: '공개구분(정보공개법) - ')
    r"(?:\s*\([^)]{1,12}\))?\s*(?:[:：|\t]|[-–](?=\s))?\s*"
    # (a level is not the next label's first word: '공개구분 ⇥ 공개여부: 비공개 […]')
    rf"(?P<level>부\s*분\s*공\s*개|{_SHORT_PARTIAL}|비\s*공\s*개|공\s*개)(?!\s*(?:여\s*부|구\s*분|등\s*급))"
    r"\s*(?P<items>\([^)]*\)|\[[^\]]*\]|〔[^〕]*〕|（[^）]*）)?"
)
# … or after a single space where the contact line runs on ('… @korea.kr 공개 구분 비공개(2)'): only
# 공개 구분 with the items it cites
_FIELD_RUN_ON = re.compile(
    r"\s공\s*개\s*구\s*분\s*[:：]?\s*(?P<level>부\s*분\s*공\s*개|비\s*공\s*개)\s*(?P<items>\(\s*(?:제\s*)?[1-8][^)]*\))"
)
# … or unlabelled on the 시행 line, after the document number and its date ('시행 ○○과-123(2025. 8. 5.)
# 비공개(3)'): in that line's place only the 공개 구분 is a level
_ON_SIHAENG = re.compile(
    r"^\s*시\s*행\s+\S.*?\d\s*[.)]\s*\)?\s+(?P<level>부\s*분\s*공\s*개|비\s*공\s*개|공\s*개)\s*(?P<items>\([^)]*\))?(?=\s|$)"
)
# … or opening a first line (the top few) before the office's name, its items cited: '비공개(제9조 제1항 제3호) ○○공단'
_OPENING_CITED = re.compile(
    r"^\s*(?P<level>부\s*분\s*공\s*개|비\s*공\s*개)\s*(?P<items>\((?:[^)]*9\s*조[^)]*|\s*[1-8](?:\s*[,·ㆍ]\s*[1-8])*\s*)\))\s+\S"
)
# The ground of a withheld document stated as its label: '(비공개 근거: 「공공기관의 정보공개에 관한 법률」
# 제9조 제1항 제4호)', '비공개 사유: 정보공개법 9조①3호'
_GROUND = re.compile(
    r"^[\s(\[]*(?P<level>부\s*분\s*공\s*개|비\s*공\s*개)\s*(?:근\s*거|사\s*유)\s*[:：]\s*(?P<items>[^)\]]{0,60}?9\s*조[^)\]]{0,30})[)\]]?\s*$"
)
# … or as a bracketed note closing the document, the law first: '[정보공개법 제9조제1항제6호 해당 – 비공개]'
_CITED_NOTE = re.compile(
    r"^\s*[\[(【]\s*(?P<items>[^\])】]{0,40}?9\s*조[^\])】]{0,30}?)\s*(?:해\s*당)?\s*[-–—:：]?\s*"
    r"(?P<level>부\s*분\s*공\s*개|비\s*공\s*개)\s*[\])】]\s*$"
)
# A bare level with its legal basis on a line of its own: '비공개(제9조 제1항 제5호)'.
# (the 보존기간 may share its line: '부분공개 (6) / 보존기간 5년')
_BARE = re.compile(
    r"^[\s\[(]*(?P<level>부\s*분\s*공\s*개|비\s*공\s*개)\s*(?P<items>\([^)]*\))\s*[\])]?"
    r"\s*(?:/\s*보\s*존\s*기\s*간[^/]{0,20})?$"
)
# The 결문 ends its contact line with the 공개 구분, unlabelled, after a slash (시행규칙 별지 서식):
# '전화번호 02-… 전송 02-… / …@korea.kr / 부분공개(6)' (closed with a slash too: '/ 비공개(6) /').
_CLOSING = re.compile(
    r"/\s*(?P<level>부\s*분\s*공\s*개|비\s*공\s*개|공\s*개)\s*(?P<items>\([^)]*\))?\s*"
    # (or between two slashes, the e-mail after it: '… 전송 02-… / 비공개(6) / …@korea.kr')
    r"(?:[|\t/]?\s*$|/(?=[^/]*@))"
)
# A document saying of itself that it is withheld, in a sentence: '※ 본 보고서는 수사 진행 중인 사항으로
# 「공공기관의 정보공개에 관한 법률」 제9조 제1항 제4호에 따라 비공개'.
_SUBJECT = r"(?<![가-힣])(?:본|이)\s*(?:[가-힣]{1,6}\s*)?(?:문서|보고서|자료|계획서?|공문|내용|안건|회의록?)"
# (a closed session says so of itself: '이 안건은 당사자의 사생활이 포함되어 비공개로 진행합니다')
_SELF = re.compile(
    rf"{_SUBJECT}\s*(?:은|는)?(?P<items>[^.。]{{0,120}}?)"
    r"(?P<level>부\s*분\s*공\s*개|비\s*공\s*개)\s*"
    r"(?:함|합니다|임|대상|로\s*분류|처리|로\s*(?:진행|관리)\s*(?:함|합니다|하였습니다|한다|되었음|되었습니다|되었다|됨)?)?"
    r"\s*[.。]?\s*$"
)
# … or says it in words without the level's name: '본 회의록은 공개하지 않는다' (a rule's
# condition, '… 경우 공개하지 않는다', is a guide's)
_SELF_NOT_RELEASED = re.compile(
    rf"{_SUBJECT}\s*(?:은|는)\s*(?P<items>(?:(?!경\s*우|때|수\s*있)[^.。]){{0,80}}?)"
    r"(?P<level>공\s*개\s*하\s*지\s*(?:아\s*니\s*(?:한\s*다|함|합니다|하기로\s*(?:함|한다))|않\s*(?:는\s*다|음|습니다|기로\s*(?:함|한다))))"
    r"\s*[.。]?\s*$"
)
# … or, in minutes, that the session goes on closed: '(13시 50분 비공개 회의로 전환)', '… 안건이므로 비공개로
# 진행하겠습니다' (a rule that it may be, '… 비공개로 진행할 수 있다', is not)
_CLOSED_SESSION = re.compile(
    r"(?P<items>)(?P<level>비\s*공\s*개)\s*(?:회\s*의\s*)?로\s*"
    r"(?:전\s*환(?!\s*할)|진\s*행\s*(?:하겠습니다|합니다|함|한다|하였|했))"
)
# … or that the meeting it records was held closed, as a note under the title: '※ 위원회 의결에 따라
# 비공개로 진행된 회의임', '비공개로 개최한 회의입니다'
_CLOSED_MEETING = re.compile(
    r"^\s*[※*]?[^.。]{0,60}?(?P<items>)(?P<level>비\s*공\s*개)\s*(?:로\s*)?(?:한|된|진\s*행\s*(?:한|된)|개\s*최\s*(?:한|된))\s*"
    r"회\s*의\s*(?:임|입니다|이다|였음|였습니다)\s*[.。]?\s*$"
)
# … or that it falls under an item of 제9조 without the word 비공개: '※ 이 검토 자료는 정보공개법 9조 1항
# 5호에 해당하는 의사결정 과정 자료임' (a part removed before release is _REDACTED_RELEASE's)
_SELF_CITED = re.compile(
    rf"{_SUBJECT}\s*(?:은|는)\s*(?P<items>[^.。]{{0,120}}?9\s*조[^.。]{{0,60}}?)(?:에\s*해\s*당|에\s*따른|에\s*따라)"
    r"(?![^.。]*(?:공\s*개\s*(?:함|합니다|가능)|삭\s*제|가\s*림|제\s*외))"
)
# A note (※) that the document's content is withheld under a cited item: '※ 시험 문제와 정답은 시험 시행
# 전까지 「…」 제9조 제1항 제5호에 따른 비공개 대상임'. A guide's rule is conditional ('… 경우', '… 때').
_NOTE_WITHHELD = re.compile(
    # (a note on an attachment or a part withheld, or one that releases the rest, is a part's: not here)
    r"^\s*[※*](?![^\n]*(?:붙\s*임|첨\s*부|별\s*첨|부\s*분\s*공\s*개|일\s*부|공\s*개\s*(?:함|합니다)))\s*(?P<items>(?:(?!경\s*우|때|예\s*시|예\s*[:：])[^.。]){0,160}?9\s*조(?:(?!경\s*우|때)[^.。]){0,80}?)"
    r"(?P<level>비\s*공\s*개)\s*(?:대\s*상|사\s*항|자\s*료|정\s*보)?\s*(?:임|입니다|이므로|으로\s*분류함?)?\s*[.。]?\s*$"
)
# … or that it is released with parts taken out: '※ 이 문서 중 개인정보(성명·주소)는 정보공개법 제9조 제1항
# 제6호에 따라 삭제 후 공개함' — partial disclosure, whatever word it uses for the removal
_REMOVAL = r"(?:삭\s*제|가\s*림|가\s*리고|가\s*린|제\s*외|마\s*스\s*킹|비\s*공\s*개\s*처\s*리)\s*(?:한\s*|하고\s*|하여\s*)?(?:후|뒤)?\s*"
_DONE = r"(?:함|합니다|하였음|했음|하였습니다)"
_REST = r"(?:나\s*머\s*지\s*(?:를|는|만)?\s*)?"  # '… 가리고 나머지를 공개함'
_REDACTED_RELEASE = re.compile(
    # about this document ('이 문서 중 …', '본 자료의 …'), or a note (※) saying it was done; a guide's rule
    # ('① 주민등록번호 등은 … 가리고 공개') is neither. The law may be cited after it: '… 공개함(… 제6호).'
    rf"(?:(?:본|이)\s*(?:문서|보고서|자료|공문)\s*(?:중|의|에서)?\s*(?P<items>[^.。]{{0,160}}?){_REMOVAL}{_REST}공\s*개\s*{_DONE}?"
    rf"|^[\s]*※\s*(?P<noted>[^.。]{{0,160}}?){_REMOVAL}{_REST}공\s*개\s*{_DONE})\s*(?:\([^()]*\))?\s*[.。)]?\s*$"
)
# … or that a part of it is not released, under a cited item: '… 원가가 포함되어 있어, 「…」 제9조 제1항 제7호에
# 따라 해당 부분은 공개하지 않음' — partial disclosure, the part withheld
_PART_WITHHELD = re.compile(
    r"9\s*조[^.。]{0,60}?(?:에\s*따라|에\s*해당하여|에\s*해당하므로)?[^.。]{0,20}?"
    r"(?:해\s*당|그|이|일)\s*부\s*분(?:은|는|을)?\s*(?:공\s*개\s*하\s*지\s*않|비\s*공\s*개\s*(?:함|합니다|하였|처리|로))"
)
# … or that material it holds, as submitted, is withheld: '회사가 제출한 생산 원가와 거래처 계약 조건은 「…」 제9조
# 제1항 제7호에 따라 … 공개하지 않음'
_SUBMITTED_WITHHELD = re.compile(
    r"(?:제\s*출\s*한|제\s*출\s*된|포\s*함\s*된|기\s*재\s*된)[^.。]{0,30}?(?:은|는)\s[^.。]{0,60}?9\s*조[^.。]{0,60}?"
    r"(?:공\s*개\s*하\s*지\s*않|비\s*공\s*개|공\s*개\s*(?:시|에서)\s*제\s*외)"
)
# … or that a named part of minutes is: '제2호 안건의 심의 내용은 「…」 제9조제1항제5호ㆍ제7호에 따라 공개하지 않음',
# '(제2호 안건 토의 내용 비공개: 정보공개법 제9조 ① 5, 7)', '제2호 안건은 부분공개(4,5) 대상으로 요지만 기재함'
_PART = r"(?:제\s*\d+\s*호\s*)?안\s*건|(?:심\s*의|토\s*의|발\s*언|논\s*의)\s*내\s*용|별\s*표|별\s*지"
_NAMED_PART_WITHHELD = re.compile(
    rf"(?:{_PART})[^.。]{{0,40}}?(?:9\s*조[^.。]{{0,50}}?(?:공\s*개\s*하\s*지\s*않|비\s*공\s*개)"
    rf"|비\s*공\s*개\s*[:：(][^.。)]{{0,30}}?9\s*조[^.。)]{{0,20}}"
    rf"|부\s*분\s*공\s*개\s*\((?P<items>[\d,\s·ㆍ]+)\))"
)
# … or, in minutes, that an agenda item was taken in closed session or left out of them: '2. 비공개 안건 (제1호
# 안건은 … 회의록에서 뺌)', '제3호 안건(…)은 비공개로 다룸', '비공개 안건: … (내용
# 생략)'. The ground is the one named in words, else a decision still in the making (제5호). A committee's rule
# ('비공개 안건은 … 할 수 있다') and a note that there was none are not such a statement.
_AGENDA_WITHHELD = re.compile(
    r"^(?!.*(?:경\s*우|때|수\s*있|없\s*음|없\s*습\s*니\s*다|없\s*었))"
    r".*(?:비\s*공\s*개\s*안\s*건|안\s*건[^.。]{0,40}?(?:은|는)\s*비\s*공\s*개\s*로"
    r"|안\s*건[^.。]{0,40}?(?:회\s*의\s*록\s*에\s*서\s*제\s*외|내\s*용\s*(?:생\s*략|비\s*공\s*개)))"
)
# … or that the details of what it releases are not: '세부 평가 내용은 제9조 제1항 제7호에 따라 비공개 처리하였습니다',
# '업체별 기술평가 세부 점수는 영업상 비밀에 해당하여 공개하지 않습니다' (items cited, or their grounds named;
# a guide's conditional rule, '… 경우 공개하지 않는다', is not about this document)
_DETAIL_WITHHELD = re.compile(
    r"(?:세\s*부|상\s*세|개\s*별|업\s*체\s*별|개\s*인\s*별|구\s*체\s*적)[^.。]{0,20}?(?:은|는)\s"
    r"(?:(?!경\s*우|때)[^.。]){0,80}?(?:공\s*개\s*하\s*지\s*않|비\s*공\s*개\s*(?:처\s*리|함|합니다|로))"
)
# … or, in a review of whether to release it, the decision and the item it rests on: '… 9조 1항 8호에 따라
# 공개하지 않기로 하였다', '… 제9조제1항 제3호를 근거로 비공개한다' (withheld), '… 제9조 제1항 제7호의 영업상 비밀에
# 해당되어 제외하고 공개함' (released with that part out). A guide's rule ('… 경우 비공개할 수 있다') decides nothing.
_UNLESS_RULE = r"(?:(?!경\s*우|때|수\s*있)[^.。])"
_DECIDED_WITHHELD = re.compile(
    rf"9\s*조{_UNLESS_RULE}{{0,50}}?(?:에\s*따라|(?:을|를)?\s*근\s*거\s*로|에\s*해\s*당(?:하여|되어|하므로|되므로))"
    rf"{_UNLESS_RULE}{{0,20}}?(?:공\s*개\s*하\s*지\s*않\s*기\s*로|비\s*공\s*개\s*(?:한\s*다|하\s*기\s*로|로\s*결\s*정))"
)
# (a part withheld so is the part's decision, not the document's: '비공개 부분: 업체별 세부 내용은 …')
_A_PART = re.compile(r"부\s*분|세\s*부|일\s*부|붙\s*임|첨\s*부|명\s*단")
_DECIDED_PART = re.compile(
    rf"9\s*조{_UNLESS_RULE}{{0,60}}?(?:에\s*해\s*당(?:하여|되어|하므로|되므로)|에\s*따라)\s*"
    r"(?:그\s*부\s*분을\s*)?제\s*외\s*하\s*고\s*공\s*개"
)
# … or that the personal parts are masked on release, without citing the law: '※ 개인 관련 발언 부분은
# 공개 시 가림 처리' (6)
_PERSONAL_MASKED = re.compile(
    r"^\s*[※*]\s*[^.。]{0,30}?(?:개\s*인|인\s*적\s*사\s*항|성\s*명|주\s*소)[^.。]{0,30}?"
    r"공\s*개\s*(?:시|할\s*때)\s*[^.。]{0,10}?(?:가\s*림|삭\s*제|마\s*스\s*킹|비\s*공\s*개)\s*(?:처\s*리)?"
)
# … or, in a note of its own, that they are left out or de-identified: '간담회 명단의 휴대전화는 공개 제외',
# '공개 시 성명과 연락처는 가림 처리' (6)
_PERSONAL_LEFT_OUT = re.compile(
    r"^\s*[※*]?\s*(?:[^.。]{0,30}?(?:개\s*인\s*정\s*보|인\s*적\s*사\s*항|연\s*락\s*처|휴\s*대\s*전\s*화|전\s*화\s*번\s*호|성\s*명|주\s*소)\s*(?:은|는)\s*"
    r"(?:공\s*개\s*(?:에\s*서\s*)?제\s*외|비\s*공\s*개)"
    r"|공\s*개\s*시\s*(?:개\s*인\s*정\s*보|인\s*적\s*사\s*항|연\s*락\s*처|성\s*명)[^.。]{0,10}?(?:비\s*식\s*별|가\s*림|삭\s*제|마\s*스\s*킹)\s*(?:처\s*리)?)"
    r"\s*(?:함|합니다|됨)?\s*[.。]?\s*$"
)
# The document says it is released except for a part it names: '낙찰 결과는 공개하되 업체별 단가표는 영업상 비밀이라
# 보호함', '시험 결과는 수험번호로 발표하며, 응시자 이름은 가린다'. Not a field: when the
# part is still in the text, its content (a roster, a cost sheet) need not withhold the rest (see decide.py).
_RELEASED_BUT = re.compile(
    rf"(?:공\s*개|공\s*표|발\s*표){_UNLESS_RULE}{{0,20}}?하\s*(?:되|며|고)[,\s]{_UNLESS_RULE}{{0,60}}?(?:은|는|을|를)\s"
    rf"{_UNLESS_RULE}{{0,40}}?(?:제\s*외|비\s*공\s*개|공\s*개\s*하\s*지\s*않|보\s*호|가\s*림|가\s*리|삭\s*제|마\s*스\s*킹)"
    r"(?![^.。]*수\s*있)"
)
_PERSONS_PART = re.compile(
    r"성\s*명|이\s*름|개\s*인|생\s*년\s*월\s*일|주\s*민|연\s*락\s*처|주\s*소|인\s*적|가\s*구\s*주"
)


def released_but(lines: list[Line]) -> list[Hit]:
    """The reasons of the part a 'released except …' statement keeps back (its items cited, its grounds
    named, or a person's data: 6); empty without such a statement."""
    for line in lines:
        m = _RELEASED_BUT.search(line.text)
        if m is None or EXAMPLE.search(line.text):
            continue
        text = m.group(0)
        items = cited_items(text) or reasons_named(text, True) or ((6,) if _PERSONS_PART.search(text) else ())
        snippet = mask_snippet(text)
        return [Hit(f"OIDA-9-1-{item}", "content.released_but", line.block, snippet) for item in items]
    return []


# A stamp of the level alone at the top or the foot of the document: '[ 비공개 문서 ]', '《부분공개》'.
_STAMP = re.compile(
    r"^\s*(?:(?P<open>[\[(<《【〈「*※■□◆◇])[\s\[(<《【〈「*※■□◆◇]*)?"
    r"(?P<level>부\s*분\s*공\s*개|비\s*공\s*개)\s*(?P<items>\([^)]*\))?\s*(?P<what>문\s*서|자\s*료|보\s*고\s*서)?"
    r"[\s\])>》】〉」*]*$"
)
# … or closing the title line in brackets: '의원 징계요구 건 심사 회의 (비공개)'
# (or of the meeting it records: '○○위원회 회의록 [비공개 회의]')
_TITLE_STAMP = re.compile(
    r"\S.*?[\s]*[\[(【《<](?P<level>부\s*분\s*공\s*개|비\s*공\s*개)(?P<items>\s*\d(?:\s*[,·ㆍ]\s*\d)*)?(?:\s*회\s*의)?[\])】》>]\s*$"
)
# … or ending a page header or footer (or the first or last lines) right after the office's name: '○○센터 [부분공개(6)]', '○○부 비공개(4)'
_TRAILING_STAMP = re.compile(
    r"[가-힣](?:부|과|팀|실|국|센터|청|원|소|처|단|본부|지사|공사|공단|위원회)\s+(?:(?P<open>[\[(【《<])\s*)?(?P<level>부\s*분\s*공\s*개|비\s*공\s*개)\s*(?P<items>\(\s*[1-8][^)]*\))?"
    r"\s*[\])】》>]?\s*$"
)
# … or opening the document's first line in brackets: '[비공개] 총장 업무보고 자료'
_LEADING_STAMP = re.compile(
    r"^\s*[\[【《<]\s*(?P<level>부\s*분\s*공\s*개|비\s*공\s*개)\s*(?P<items>\([^)]*\))?\s*[\]】》>]\s*\S"
)
_STAMP_ZONE = 3  # lines at the top or the foot where a stamp sits
_CONTACT = re.compile(r"전\s*화|전\s*송|팩\s*스|FAX|☎|@|https?://|www\.", re.I)
_CLOSING_ZONE = 12  # lines from the end where the 결문 sits
_QUOTES = re.compile(r"['\"‘’“”]")


@dataclass(frozen=True, slots=True)
class DisclosureField:
    """The level the document states for itself, and the 제9조 제1항 items it cites (may be empty)."""

    level: str
    items: tuple[int, ...]
    block: int | None
    snippet: str
    entry: str = ""  # the entry as printed, without its label: '부분공개(6)'


def cited_items(text: str) -> tuple[int, ...]:
    """Items cited in a sentence: '제9조 제1항 제4호', '9조 1항 5호', '제9조①6' (① is 제1항)."""
    article = re.search(r"9\s*조", text)
    if article is None:
        return ()
    rest = text[article.end() :]
    found = {int(d) for d in re.findall(r"(?:제\s*)?([1-8])\s*호", rest)}
    # '①5', '① 5, 7': 제1항 and its items listed after it (read after NFKC, ① is '1': '9조 1 5, 7', '9조15')
    listed = re.match(r"\s*(?:①|1(?!\s*항))\s*([1-8](?:\s*[,·ㆍ]\s*[1-8])*)(?![\d호항])", rest)
    if listed:
        found |= {int(d) for d in re.findall(r"[1-8]", listed.group(1))}
    return tuple(sorted(found))


def parse_items(text: str) -> tuple[int, ...]:
    """'(제9조 제1항 제5호)' -> (5,); '(5,6)' -> (5, 6); '(제6호)' -> (6,)."""
    # (any article and paragraph: the former act listed the same items under 제7조 제1항)
    text = re.sub(r"제?\s*\d+\s*조", " ", text)
    text = re.sub(r"제?\s*\d+\s*항", " ", text)
    found = {int(d) for d in re.findall(r"(?<!\d)([1-8])(?!\d)", text)}
    return tuple(sorted(found))


# Forms print every level with a box and tick one: '공개구분  □공개  ■부분공개(6)  □비공개'.
# (a run-on 결문 puts the label after the e-mail with one space: '… / ys59@korea.kr 공개구분  ○공개  ◉부분공개(6)';
# in prose '공개 여부를 결정' no ticked option follows, so a space before the label is enough)
_LABEL = re.compile(r"(?:^|[|\t\s])[\s□■○●◦※▶·*\-\[(]*(?:정보\s*)?공\s*개\s*(?:구\s*분|여\s*부|등\s*급)")
_TICKED = re.compile(
    # (or the tick inside the option's brackets: '( )공개 ( ○ )부분공개 ( )비공개')
    r"(?:[■☑✔✓▣◉●√vV]|\(\s*[○◯●◉Vv√✔✓]\s*\))\s*(?P<level>부\s*분\s*공\s*개|비\s*공\s*개|공\s*개)\s*(?P<items>\([^)]*\))?"
)
_OPTION = r"[□■☐☑▣]\s*(?:부\s*분\s*공\s*개|비\s*공\s*개|공\s*개)\s*(?:\([^)]*\))?\s*"
_BOX_GROUP = re.compile(rf"(?:{_OPTION}){{2,3}}")
_TICK_CELL = re.compile(r"^[○◯●◉OoVv√✔✓■☑]$")
_LEVEL_CELL = re.compile(r"^(?:부\s*분\s*공\s*개|비\s*공\s*개|공\s*개)$")


def _ticked(line: Line, previous: Line | None) -> re.Match[str] | tuple[str, str] | None:
    """A ticked option on a field line, or a tick under a level column: a heading row
    '⇥공개⇥부분공개⇥비공개' then '공개구분⇥⇥○⇥'."""
    label = _LABEL.search(line.text)
    if not label:
        # the options alone, boxed, at the end of a 결문: '/ □ 공개 □ 부분공개 ■ 비공개 (제5호)'
        group = _BOX_GROUP.search(line.text)
        return _TICKED.search(group.group(0)) if group else None
    m = _TICKED.search(line.text, label.end())  # after the label: '■ 공개구분: 비공개' ticks nothing
    if m:
        return m
    if previous is None:
        return None
    cells, heads = line.cells(), previous.cells()
    ticks = [j for j, c in enumerate(cells) if _TICK_CELL.match(c)]
    if len(ticks) == 1 and ticks[0] < len(heads) and _LEVEL_CELL.match(heads[ticks[0]]):
        return heads[ticks[0]], f"{cells[0]}: {heads[ticks[0]]}"
    return None


_FIELD_HEAD = re.compile(r"^(?:정\s*보\s*)?공\s*개\s*(?:구\s*분|여\s*부|등\s*급)$")
_LEVEL_VALUE = re.compile(
    rf"^[\[(]?(?P<level>부\s*분\s*공\s*개|{_SHORT_PARTIAL}|비\s*공\s*개|공\s*개)[\])]?\s*(?P<items>\(?[^)]*\)?)$"
)


def _under_field_column(lines: list[Line], i: int) -> re.Match[str] | None:
    """A level under a '공개구분' column heading of an approval table: '기안 ⇥ 검토 ⇥ 결재 ⇥ 공개구분' over
    '주무관 … ⇥ 팀장 … ⇥ 과장 … ⇥ 비공개(5)' ('비공개 5' in plain text aligned with spaces). The table has
    that one row: a 정보목록 lists many documents, each with its own level, none of them this one's."""
    if i == 0:
        return None
    heads, cells = lines[i - 1].cells(), lines[i].cells()
    if len(heads) < 2 or len(heads) != len(cells):
        return None
    if i + 1 < len(lines) and len(lines[i + 1].cells()) == len(heads):
        return None
    for head, cell in zip(heads, cells, strict=True):
        m = _LEVEL_VALUE.match(cell) if _FIELD_HEAD.match(head) else None
        # (the items may be written as items: '부분공개(제6호)'; words in brackets are no items)
        if m and not re.search(r"[가-힣]", re.sub(r"제|호|조|항", "", m.group("items"))):
            return m
    return None


def _closing(line: Line, index: int, total: int) -> re.Match[str] | None:
    """The unlabelled 공개 구분 closing a 결문 contact line, near the end of the document."""
    if index >= total - _CLOSING_ZONE or _CONTACT.search(line.text):
        return _CLOSING.search(line.text)
    return None


def _stamp(line: Line, index: int, total: int) -> re.Match[str] | None:
    """The level stamped alone near the top or the foot (or in a page header or footer)."""
    if index < _STAMP_ZONE or index >= total - _STAMP_ZONE or line.kind in ("header", "footer"):
        m = _STAMP.match(line.text)
        # the level word alone may be a table's wrapped cell ('공개 | 부분공개 ⏎ 비공개'): a stamp is
        # framed, says what it marks, cites its items, or sits in the page header or footer
        if m and (
            m.group("open") or m.group("what") or m.group("items") or line.kind in ("header", "footer")
        ):
            return m
    if line.kind in ("header", "footer") or index < _STAMP_ZONE or index >= total - _STAMP_ZONE:
        m = _TRAILING_STAMP.search(line.text)
        if m and (m.group("open") or m.group("items")):
            return m
    if index == 0 and (m := _LEADING_STAMP.match(line.text)):
        return m
    if index < _STAMP_ZONE and not re.search(r"[.。]\s*$|다\s*[.)]?\s*$", line.text):
        return _TITLE_STAMP.match(line.text)
    return None


# Sentences that state a level without a field, tried in order: (pattern, level, the items it cites). A
# sentence that cites no item states nothing here.
_STATEMENTS: tuple[tuple[re.Pattern[str], str, Callable[[re.Match[str]], tuple[int, ...]]], ...] = (
    (_PART_WITHHELD, "partial", lambda m: cited_items(m.group(0))),
    (_SUBMITTED_WITHHELD, "partial", lambda m: cited_items(m.group(0))),
    (
        _NAMED_PART_WITHHELD,
        "partial",
        lambda m: parse_items(m.group("items")) if m.group("items") else cited_items(m.group(0)),
    ),
    (_DETAIL_WITHHELD, "partial", lambda m: cited_items(m.group(0)) or reasons_named(m.group(0), True)),
    (_PERSONAL_MASKED, "partial", lambda m: (6,)),
    (_PERSONAL_LEFT_OUT, "partial", lambda m: (6,)),
    (_SELF_CITED, "non_public", lambda m: cited_items(m.group("items"))),
    (_REDACTED_RELEASE, "partial", lambda m: cited_items(m.group(0))),
    (_DECIDED_PART, "partial", lambda m: cited_items(m.group(0))),
    (_DECIDED_WITHHELD, "non_public", lambda m: () if _A_PART.search(m.string) else cited_items(m.group(0))),
    (_AGENDA_WITHHELD, "partial", lambda m: cited_items(m.string) or reasons_named(m.string) or (5,)),
)


def _statement(text: str) -> tuple[str, tuple[int, ...], str] | None:
    """(level, items, matched text) of the first statement in `text` that cites its items."""
    for pattern, level, read_items in _STATEMENTS:
        m = pattern.search(text)
        if m is not None and (items := read_items(m)):
            return level, items, m.group(0).strip()
    return None


# A level whose bracketed items the layout broke over two lines: '/ 부분공개(제9조 ⏎ 제1항 제5호)'
_OPEN_ITEMS = re.compile(r"(?:부\s*분\s*공\s*개|비\s*공\s*개|공\s*개)\s*\([^)]{0,30}$")
_CLOSE_ITEMS = re.compile(r"^[^()]{0,30}\)")


def find_fields(lines: list[Line]) -> list[DisclosureField]:
    fields: list[DisclosureField] = []
    for i in range(len(lines)):
        line = joined_with_next(lines, i, _OPEN_ITEMS, _CLOSE_ITEMS, " ")
        # a quoted field is a guide's example; one stray mark OCR left at the end is not a quotation
        if len(_QUOTES.findall(line.text)) >= 2 or EXAMPLE.search(line.text):
            continue
        ticked = _ticked(line, lines[i - 1] if i else None)
        if isinstance(ticked, tuple):
            level = _LEVELS[re.sub(r"\s", "", ticked[0])]
            entry = re.sub(r"\s", "", ticked[0])
            fields.append(DisclosureField(level, (), line.block, mask_snippet(ticked[1]), entry))
            continue
        m = (
            ticked
            or _FIELD.search(line.text)
            or _FIELD_RUN_ON.search(line.text)
            or _ON_SIHAENG.match(line.text)
            or (_OPENING_CITED.match(line.text) if line.index < _STAMP_ZONE else None)
            or _under_field_column(lines, i)
            or _BARE.match(line.text)
            or _closing(line, i, len(lines))
            or _SELF.search(line.text)
            or _SELF_NOT_RELEASED.search(line.text)
            or _stamp(line, i, len(lines))
            or _NOTE_WITHHELD.match(line.text)
            or _GROUND.match(line.text)
            or _CITED_NOTE.match(line.text)
            or _CLOSED_SESSION.search(line.text)
            or _CLOSED_MEETING.match(line.text)
        )
        if not m:
            stated = _statement(line.text)
            if stated is not None:
                level, items, snippet = stated
                entry = "부분공개" if level == "partial" else "비공개"
                fields.append(DisclosureField(level, items, line.block, mask_snippet(snippet), entry))
            continue
        level = _level(m.group("level"))
        cited = m.group("items") or ""
        # a sentence names its items only as 제N호 ('제9조 제1항 제4호에 따라'), not as every number in it
        sentence = m.re in (
            _SELF,
            _SELF_NOT_RELEASED,
            _NOTE_WITHHELD,
            _GROUND,
            _CLOSED_SESSION,
            _CLOSED_MEETING,
            _CITED_NOTE,
        )
        items = cited_items(cited) if sentence else parse_items(cited)
        word = "비공개" if m.re is _SELF_NOT_RELEASED else re.sub(r"\s", "", m.group("level"))
        entry = word + (re.sub(r"\s+", " ", cited) if not sentence else "")
        fields.append(DisclosureField(level, items, line.block, mask_snippet(m.group(0).strip()), entry))
    return fields
