"""Places a form or a transcript reserves for a person's name, beyond the `label: value` fields.

A signature slot (신청인 ○○○ (서명), 대표 ○○○ (인)), a name answering for a role in speech (예금주는
○○○이고요), an applicant followed by their nationality (신청인 ○○○(중국, 영문 …)) and a log field in
quotes (user="○○○") all say that a person's name stands there, whatever the name looks like: foreign
names in Hangul and names that are also words are found too. The person recognizer checks each value
(titles, companies, placeholders) like any other labelled value.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ..kiwi import KNOWN_WORD_SCORE as _KNOWN
from ..kiwi import common_word, known_word, morphemes, ordinary_word
from ..lexicons import load

# 1-4 Hangul words: Korean names, and foreign names written in Hangul (무함마드 알리 칸)
_NAME = r"[가-힣]{2,8}(?: [가-힣]{1,8}){0,3}"
# a Latin-script name: 'Emily Harper', 'John O'Neill'
_LATIN = r"[A-Z][A-Za-z'’\-]+(?: [A-Z][A-Za-z'’\-]+){1,2}"
LATIN_NAME = _LATIN

_SIGN_LABELS = (
    r"신청인|위임인|수임인|동의자|확인자|청구인|대표자|대표|조사자|입회자|입회|작성자|담당자|신고인|진술인|"
    r"보호자|법정대리인|담임교사|담임|제출인|서약인|의뢰인|수령인"
)
# 신청인 ○○○ (서명), 대표 ○○○ (인), 확인자 ○○○ (서명 또는 인)
_SIGNATURE_SLOT = re.compile(
    rf"(?:{_SIGN_LABELS})[ \t]*[:：]?[ \t]*(?P<value>{_NAME})[ \t]*[(（](?:서명|인|印|서명 또는 인)[)）]"
)
# 예금주는 ○○○이고요 / 신청인은 ○○○입니다: a role answered with a name and a copula
_STATED = re.compile(
    r"(?:예금주|명의자|명의인|신청인|수취인|대표자|보호자|이름|성함|본인)(?:는|은|가|이)[ \t]+(?:저[ \t]+)?"
    r"(?P<value>[가-힣]{2,4}?)(?:이고요|이구요|이에요|예요|입니다|이요|이고|고요)(?![가-힣])"
)
# a caller introducing themselves in a transcript: '고객: 네, 저 ○○○입니다', '저는 ○○○이라고 하는데요'
_SELF_INTRO = re.compile(
    r"(?:(?:^|[:：]|[.,!?][ \t])[ \t]*(?:네|예|아)?[,.]?[ \t]*저(?:는)?|자신을)[ \t]+"
    # (a name spelled letter by letter, or a foreign name of two or three words: '저는 ○ ○ ○인데요')
    r"(?P<value>[가-힣]{2,4}?|[가-힣](?: [가-힣]){1,4}|[가-힣]{1,6}?(?: [가-힣]{1,6}?){1,2})"
    # (or told of in a call's summary: '자신을 ○○○(이)라고 소개함')
    r"(?:\(이\)라고|이라고|라고|입니다|인데요|이에요|예요|이고요|이구요)(?![가-힣])",
    re.MULTILINE,
)
# 신청인 ○○○(파키스탄, 영문 …) / 어머니: ○○○ (베트남): the person and, in brackets, where they are from
_WITH_NATIONALITY = re.compile(
    rf"(?:신청인|어머니|아버지|배우자|학생|보호자)[ \t]*[:：]?[ \t]*(?P<value>{_NAME})[ \t]*"
    r"[(（](?=[가-힣]{2,10}(?:[,)）]|[ \t]*출신))"
)
# user="박웅", owner='김하늘': a system writes the name in quotes
# the keys a system's record gives a person's name under
_LOG_NAME_KEY_PARTS = (
    "holder",
    "applicant",
    "name",
    "user(?:_?name)?",
    "owner",
    "requester",
    "customer",
    "patient",
    "operator",
    r"subject(?=[ \t]*=)",  # (only as a log's key=value: a mail's 'Subject: …' line holds a title)
    "handler",
    "staff",
    "employee",
    "emp_?name",
    "depositor",
    "account_?holder",
)
LOG_NAME_KEYS = rf"(?<![A-Za-z])(?:{'|'.join(_LOG_NAME_KEY_PARTS)})"
# each key's leading word, for a quick look before the case-blind scans (which cost as much as the rest
# together): a text without any of them holds no such key
_LOG_KEY_WORDS = tuple(sorted({re.split(r"[^a-z]", part, maxsplit=1)[0] for part in _LOG_NAME_KEY_PARTS}))


def log_keys_present(norm: str) -> bool:
    """Whether any word a log gives a person's name under occurs in the text (any case)."""
    lower = norm.lower()
    return any(word in lower for word in _LOG_KEY_WORDS)


_QUOTED_LOG = re.compile(
    rf"{LOG_NAME_KEYS}[\"']?[ \t]*[=:][ \t]*"
    r"[\"'](?P<value>[가-힣]{2,8}(?: [가-힣]{1,8}){0,3})[\"']",
    re.I,
)

# a name given in answer to a question for it, on the next speaker's line (a call's time stamp first):
# '상담원: 성함 말씀해 주세요.⏎[00:01:26] 고객: 네, ○○○이요', '… 성함이 어떻게 나오셨어요?⏎고객: ○○○예요'
_ANSWERED = re.compile(
    r"(?:성함|이름)[^\n]{0,40}\n[ \t]*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]*)?[가-힣A-Za-z]{1,6}[ \t]*[:：][ \t]*"
    r"(?:(?:네|예)[,.]?[ \t]*)?"
    r"(?P<value>[가-힣]{2,4}?|[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){1,2})"
    r"(?:[ \t]?(?:이고요|이구요|이에요|예요|입니다|이요|이고|고요)|요|[,.])(?![가-힣])"
)
# a mail header's display name before the address: 'From: "○○○" <…@…>'
_MAIL_DISPLAY = re.compile(
    r"(?:^|[\s:,])[\"“](?P<value>[가-힣]{2,4}|[가-힣](?: [가-힣]){1,3})[\"”][ \t]*<[^<>@\s]+@"
)
# … or unquoted on a header line: 'To: ○○○ <…@…>, ○○ <…@…>'
_MAIL_HEADER = re.compile(
    r"(?:^(?:From|To|Cc|Bcc|보낸\s*사람|받는\s*사람|참조)[ \t]*:[ \t]*|,[ \t]*)(?P<value>[가-힣]{2,4})[ \t]*<[^<>@\s]+@",
    re.MULTILINE,
)
# a chat export's speaker in brackets before the time: '[○○○] [오후 1:09] …'
_CHAT_SPEAKER = re.compile(
    r"^\[(?P<value>[가-힣]{2,4}|[가-힣](?: [가-힣]){1,3})\][ \t]+\[(?:오전|오후)", re.MULTILINE
)
# a letter's closing: '○○○ 드림' alone on its line, or after the writer's place ('… 사무국 ○○○ 올림')
_CLOSING = re.compile(
    r"(?:^|(?<=[ \t]))(?P<value>[가-힣]{2,4}|[가-힣](?: [가-힣]){1,4})[ \t]+(?:드림|올림)[ \t]*$",
    re.MULTILINE,
)
# a chat export's speaker after the time: '[오후 9:17] ○○○: …', '[오전 5:27] 쩐 티 란: …'
_CHAT_AFTER_TIME = re.compile(
    r"^\[(?:오전|오후)[ \t]*\d{1,2}:\d{2}\][ \t]+"
    rf"(?P<value>{_NAME}|[가-힣](?: [가-힣]{{1,8}}){{1,3}}|{_LATIN})"
    r"[ \t]*[:：]",
    re.MULTILINE,
)
# a caller giving their name in answer to the agent: '고객: 네, ○○○인데요, …'
_CALLER_NAME = re.compile(
    r"(?:^|[:：])[ \t]*(?:네|예)[,.][ \t]*(?P<value>[가-힣]{2,4}?)(?:인데요|이에요|예요|이고요)(?![가-힣])",
    re.MULTILINE,
)
# the bench of a judgment, one space after the title on a line of its own: '재판장 판사 ○○', '    판사 ○○○'
_BENCH = re.compile(
    r"^[ \t]*(?:재판장[ \t]+)?(?:판[ \t]*사|대법관)[ \t]+"
    rf"(?P<value>[가-힣]{{2,4}}|{_LATIN})[ \t]*$",
    re.MULTILINE,
)
# a reporter's byline closing an article, on its own line or after the last sentence: '○○○ 기자',
# '… 말했다. /○○○ ○○ 기자'
_BYLINE = re.compile(
    r"(?:^|(?<=[.!?\"”]))[ \t]*/?[ \t]*(?P<value>[가-힣]{2,4}|[가-힣]{1,5}(?: [가-힣]{1,5}){1,2})[ \t]+기자"
    # (the reporter's mailbox may close the line: '○○○ 기자 name@…')
    r"(?:[ \t]+[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+)?[ \t]*$",
    re.MULTILINE,
)
# an agent closing or opening a call: '상담원 ○○○이었습니다', '상담원 ○○○입니다'
_AGENT = re.compile(
    r"상담(?:원|사)[ \t]+(?P<value>[가-힣]{2,4}?|[가-힣](?: [가-힣]){1,3})(?:이었습니다|였습니다|입니다)(?![가-힣])"
)
# the bench and the bar of a judgment: '판사  ○○○', '검      사  ○○○(기소), ○○○(공판)'
_COURT = re.compile(
    r"(?:판[ \t]*사|검[ \t]*사|변[ \t]*호[ \t]*인)[ \t]{2,}(?P<value>[가-힣]{2,4}|[가-힣](?: [가-힣]){1,3})"
    r"(?=[ \t]*(?:\(|,|$))",
    re.MULTILINE,
)
_COURT_MORE = re.compile(r",[ \t]*(?P<value>[가-힣]{2,4})(?=[ \t]*\((?:공판|기소|수사)\))")

# the sign-off of a report or a form: 작성: ○○○), 조사자 ○○○ / 입회 ○○○, 기안 ○○○ (행정7급),
# (상담원 ○○○, 사번 …), (예금주 ○○○); the name ends at a bracket, a slash, a comma or the line's end
_SIGN_OFF = re.compile(
    r"(?:(?<=[\s(（/])|^)(?:작성자|작성|확인자|확인|조사자|입회자|입회|기안자|기안|검토자|검토|결재|상담원|상담자|예금주)"
    r"(?:[ \t]*[:;：][ \t]*|[ \t]+)(?P<value>[가-힣]{2,4}|[가-힣](?: [가-힣]){2,3})"
    r"(?=[ \t]*(?:\((?:[^)\n]{1,10})\)|[/,)）印]|인[ \t]*$|$))",
    re.MULTILINE,
)
# an appointment order's line: 신규임용  ○○○  행정9급 …; a name before a grade (전산8급, 7급)
_BEFORE_GRADE = re.compile(
    r"(?:^|(?<=[\t ]{2}))(?P<value>[가-힣]{2,4})(?:\t+|[ ]{2,})(?:[가-힣]{2,4})?[1-9]급(?![가-힣\d])",
    re.MULTILINE,
)
# 담당 ○○○(name@korea.kr): the official and their mailbox
_WITH_MAILBOX = re.compile(r"담\s*당(?:자)?[ \t]+(?P<value>[가-힣]{2,4})[ \t]*[(（](?=[^)）\n]*@)")

# officials named after their titles on an approval line ('주무관 ○○○  사무관 ○○  과장 ○○○  전결 3/2'): two
# or more titled names on the line, each ended by a column gap, the line's end or the next title
_APPROVAL_TITLE = (
    r"(?:[가-힣]{0,8}(?:과장|팀장|계장|국장|실장|동장|소장|단장|센터장)|주무관|사무관|서기관|주사(?:보)?|담당관|부장|차장"
    r"|협조자(?:[ \t]+[가-힣]{0,8}장)?)"
)
# (a 결재란 drawn as a table puts a bar between the titled names: '주무관 ○○○ | 팀장 ○○ | 과장 ○○○ 전결')
_APPROVAL = re.compile(
    rf"(?:^|(?<=[ \t]{{2}})|(?<=^[ \t])|(?<=\|[ \t]))(?:{_APPROVAL_TITLE})[ \t]+(?P<value>[가-힣]{{2,4}}|{_LATIN})"
    rf"(?=[ \t]{{2,}}(?:{_APPROVAL_TITLE}|전결|대결|협조)|[ \t]*\|[ \t]*(?:{_APPROVAL_TITLE})|[ \t]+(?:전결|대결)(?![가-힣])|[ \t]*$)",
    re.MULTILINE,
)
# an appointment order's line: the name, a column gap, what the person is ordered to ('… 직무대리를 명함')
_ORDERED = re.compile(
    rf"^[ \t]*(?!(?:신규)?(?:임용|발령|전보|승진|파견|복직|휴직|퇴직|겸임|전출|전입)[ \t])(?P<value>[가-힣]{{2,4}}|{_LATIN})[ \t]{{2,}}[^\n]{{2,60}}?(?:을|를)[ \t]*명(?:함|한다|합니다)[ \t]*$",
    re.MULTILINE,
)
# the official and their line, in a reply's contact: '담당: 세무과 주무관 ○○○ (☎ 02-…)' (or the
# teacher or counsellor a notice gives to call: '인솔교사 ○○○ (010-…)', '상담사 ○○○ (내선 …)')
_WITH_PHONE = re.compile(
    r"(?:주무관|사무관|서기관|주사(?:보)?|담당자?|담당관|감사관|조사관|인솔교사|담임(?:교사)?|상담(?:원|사))"
    rf"[ \t]+(?P<value>[가-힣]{{2,4}}|{_LATIN})[ \t]*[(（][ \t]*(?:☎|TEL|Tel|전화|내선|\d)"
)
# a person's name in brackets after the number to call them on: '야간 연락: 010-… (○○○)'
_AFTER_PHONE = re.compile(
    r"(?<!\d)(?:\(?0\d{1,2}\)?[ .\-)]?|\+82[ \-]?\d{1,2}[ .\-]?)\d{3,4}[ .\-]\d{4}[ \t]*[(（](?P<value>[가-힣]{2,4})[)）]"
)
# a speaker in minutes written in several words or in Latin script: 'Emily Harper 위원:', '팜 민 득 위원:'
_WORDS_SPEAKER = re.compile(
    rf"^[ \t]*(?P<value>{_LATIN}|[가-힣]{{1,5}}(?: [가-힣]{{1,5}}){{1,3}})[ ]?(?:위원장|위원|간사|의장)[ \t]*[:：]",
    re.MULTILINE,
)
# a scanned ID card: the holder's name on the line under the card's title (주민등록증 ⏎ ○○○ ⏎ (漢字)), or
# under a licence's class (1종보통 ⏎ ○○○)
_CARD_HOLDER = re.compile(
    r"^[ \t]*(?:주민등록증|[12]종[ \t]*(?:보통|대형|소형|특수))[ \t]*\n[ \t]*"
    r"(?P<value>[가-힣]{2,8}|[가-힣](?: [가-힣]){1,3}|[가-힣]{2,8}(?: [가-힣]{1,8}){1,2})[ \t]*\n",
    re.MULTILINE,
)
# a person by their role with an identifier in brackets after the name: '외국인 근로자 ○○ ○ ○ (외국인등록번호 …)',
# '신청인 ○○ (890321-…)'
_ROLE_WITH_NUMBER = re.compile(
    r"(?:근로자|신청인|청구인|수급자|대상자|운전자|피해자|보호자)[ \t]+"
    r"(?P<value>[가-힣]{2,4}|[가-힣]{1,5}(?: [가-힣]{1,5}){1,2})[ \t]*[(（][ \t]*"
    r"(?:주민|외국인|생년|여권|\d{6}[ \t]*[-‐－]|\d{6}[ \t]*[)）]"
    r"|\d{2,4}[ \t]*[.년][ \t]*\d{1,2}[ \t]*[.월][ \t]*\d{1,2}[ \t]*[.일]?[ \t]*생)"
)
# a person listed with their resident or registration number in brackets, as payment lists, rosters and
# judgments write them: '- ○○○(880102-…)', '가) ○ ○ ○ (…)', '피 고 인 ⇥ ○○○ (900304-…)'
_LISTED = r"(?:^[ \t]*(?:[-·•○◦*][ \t]*|\d{1,3}[.)][ \t]*|[가-힣][)][ \t]*)?|\t|[ \t]{2,})"
_NUMBER_AFTER = r"[ \t]*[(（][ \t]*\d{6}[ \t]*[-‐－–][ \t]*[1-8]"
_LISTED_WITH_NUMBER = re.compile(
    rf"{_LISTED}(?P<value>[가-힣]{{2,4}}|[가-힣](?: [가-힣]){{2,3}}|{_LATIN}){_NUMBER_AFTER}", re.MULTILINE
)
# … in several Hangul words (a foreigner: '아난 시리폰 (900101-5…)'): not a phrase of the language
_LISTED_WORDS_WITH_NUMBER = re.compile(
    rf"{_LISTED}(?P<value>[가-힣]{{1,5}}(?: [가-힣]{{1,5}}){{1,2}}){_NUMBER_AFTER}", re.MULTILINE
)
# a list item of a person and their identifiers apart by slashes: '- ○○○ / …@… / 010-…', '- ○○○ / M1234…'
_LISTED_WITH_SLASH = re.compile(
    r"^[ \t]*[-·•][ \t]*(?P<value>[가-힣]{2,4})[ \t]+/[ \t]+(?=[^\n]*(?:@|\d{4}))", re.MULTILINE
)
# a family member or a guarantor listed on an application, the identifiers after slashes:
# '· 자녀 ○○○ / 여권 …', '- Spouse LEE, MINA / Passport …', '보증인 ○○○ / 연락처 …'
_LISTED_NAME = r"[A-Z][A-Za-z'’\-]+,?(?: [A-Z][A-Za-z'’\-]+){1,3}"
# a foreign name in Hangul whose first part may be one syllable ('류 안젤라', '오 마르코')
_SPACED_HANGUL_NAME = r"[가-힣]{1,6}(?: [가-힣]{1,6}){1,3}"
_FAMILY_MEMBER = re.compile(
    r"^[ \t]*[-·•]?[ \t]*(?:배우자|자녀|아들|딸|부친|모친|(?:신원[ \t]*)?보증인|Spouse|Child|Son|Daughter|Father|Mother)"
    rf"[ \t]+(?P<value>{_SPACED_HANGUL_NAME}|{_NAME}|{_LISTED_NAME})[ \t]*/",
    re.MULTILINE,
)
# a Korean name as one word or written out syllable by syllable ('○○○', '○ ○ ○')
_KOREAN_NAME = r"[가-힣]{2,4}|[가-힣](?: [가-힣]){1,3}"
# a guardian, a guarantor or an emergency contact, their name and then their number: '학부모 ○○○ / 010-…',
# '보호자(모) ○○○  010-…', '연대보증인 ○○○ 033-…', '긴급연락처(가족) ○ ○ ○(010 …)'
_CONTACT_PERSON = re.compile(
    r"(?:학부모|보호자|연대보증인|보증인|긴급연락처|비상연락처)(?:[ \t]*[(（][가-힣]{1,4}[)）])?[ \t]+"
    rf"(?P<value>{_KOREAN_NAME})[ \t]*(?:/[ \t]*|[(（][ \t]*|☎[ \t]*)?(?=\+82|\(?0\d)"
)
# a personnel order's entry, the action and the person, then a slash before their birth date:
# '신규임용  ○○○ / 1990. 1. 2.'
# (or the birth date or the grade in brackets: '신규임용  ○○ (1990. 1. 2.)', '… 근무를 명함  ○○(6급)')
_APPOINTED = re.compile(
    r"(?:임용|전보|전출|전입|파견|복직|명함)[ \t]+(?P<value>[가-힣]{2,4})"
    r"[ \t]*(?:/[ \t]*(?=\d)|[(（](?=[ \t]*(?:\d|생년월일)))"
)
# a caller spelling out their name in a call, then the copula: '제 이름은 ○ ○ ○이요', '네 ○ ○ ○ 입니다'
# (or in one word, the copula set apart: '제 이름은 ○○○○ 입니다')
_SPELLED_OUT = re.compile(
    r"(?:이름은|성함은|(?:^|[:：])[ \t]*(?:네|예)[,.]?)[ \t]+"
    r"(?P<value>[가-힣](?: [가-힣]){1,3}(?=[ \t]?(?:이요|입니다|이에요|예요|요)(?![가-힣]))"
    r"|[가-힣]{2,4}(?=[ \t]입니다(?![가-힣])))",
    re.MULTILINE,
)
# a chat's speaker giving their name and number: '고객: ○○○ / 010…'
_NAME_AND_NUMBER = re.compile(r"[:：][ \t]*(?P<value>[가-힣]{2,4})[ \t]*/[ \t]*(?=\(?0\d|\+82)")
# a person's field on a form line that goes on with the next field: '학생 ○○○  생년월일 …', '성명(한글)
# ○○○  로마자성명 …', '양도인 ○○  면허번호 …', '예금주 ○○, 계좌 …', '성명 ○ ○ ○ / 주민등록번호 …'
_FIELD_BEFORE_FIELD = re.compile(
    r"(?:^|(?<=[\s①-⑳]))(?:성[ ]?명(?:[ \t]*[(（][가-힣]{1,4}[)）])?|학생(?:명)?|납부의무자|양도인|양수인|고용주|인솔자|예금주"
    r"|운전자(?:[ \t]*[(（][^()\n]{1,12}[)）])?)"
    rf"[ \t]+(?P<value>{_KOREAN_NAME})(?=[ \t]{{2,}}[가-힣(]|[ \t]*[/,][ \t]*[가-힣\d]|[ \t]*[(（][ \t]*\d|[ \t]+(?:\+82|\(?0\d))",
    re.MULTILINE,
)
# an access log's target of the action: '… id=a01 열람 대상:○○○'
_LOG_TARGET = re.compile(
    r"(?<![가-힣])대상(?:자)?[ \t]*[:=][ \t]*(?P<value>[가-힣]{2,4})[ \t]*$", re.MULTILINE
)
# a name written after the number it goes with, at the end of a line of prose (not a table's row):
# '아내 연락처 010-… ○○○'; three syllables or spelled out, never a copula ('010-… 입니다')
_AFTER_NUMBER = re.compile(
    r"^[^\t|\n]*(?<!\d)(?:\(?0\d{1,2}\)?[ .\-)]?|\+82[ \-]?\d{1,2}[ .\-]?)\d{3,4}[ .\-]\d{4}[ ]+"
    r"(?!입니다|이에요|이요|예요|이고요)(?P<value>[가-힣]{3}|[가-힣](?: [가-힣]){2,3})[ ]*$",
    re.MULTILINE,
)
# the holder written after a vehicle's plate in a parking or permit roster's row ('A-03  12가 3456  ○○○ …',
# '… / 서울 12가 3456 / ○○○ / -'): the field right after the plate, a name opening with a surname
_AFTER_PLATE = re.compile(
    # (the row opens with the plate, or with the parking spot's or the row's code before it)
    r"^[ \t]*(?:(?:구역[ ]?)?[A-Z]-?\d{1,3}|\d{1,3}[.)]?)?(?:[ \t]*[|/\t][ \t]*|[ ]+)?"
    r"(?:[가-힣]{2}[ ]?)?\d{2,3}[가-힣][ ]?\d{4}(?:[ \t]*[|/\t][ \t]*|[ ]+)"
    r"(?P<value>[가-힣]{2,4})(?=[ \t]*(?:[|/\t]|$)|[ ]{2}|[ ]\d)",
    re.MULTILINE,
)
# a signature line's name: '신청인 서명 ○○○' at the end of a form (not '서명 또는 인')
_SIGNED_BY = re.compile(
    r"(?:신청인|신고인|청구인|작성자|대리인|진술인|보호자)[ \t]*서명[ \t]*[:：]?[ \t]+"
    rf"(?!또는)(?P<value>{_SPACED_HANGUL_NAME}|{_NAME}|{_LATIN})[ \t]*$",
    re.MULTILINE,
)
# a log line's account holder in brackets after the account: 'user=u06037(○○○)'
_LOG_ACCOUNT_NAME = re.compile(
    r"(?:user|uid|사용자|취급자)[ \t]*[=:][ \t]*[\w.\-]+[ \t]*\((?P<value>[가-힣]{2,4})\)"
)
# a form's label in square brackets before the value: '[성명] ○○○', '[대상자] ○○○'
_BRACKETED_LABEL = re.compile(
    rf"\[[ \t]*(?:성[ \t]*명|이[ \t]*름|대상자|신청인|성함)[ \t]*\][ \t]*(?P<value>{_SPACED_HANGUL_NAME}|[가-힣]{{2,8}})(?![가-힣])"
)
# the doctor in charge at the end of a record: '주치의 ○○○'
_ATTENDING = re.compile(
    r"(?:주치의|담당[ \t]*의사|진료의)[ \t]*[:：]?[ \t]+(?P<value>[가-힣]{2,4})(?![가-힣])"
)
# a speaker addressing the chair by name, glued as typed: '○○○ 위원: ○○○위원장님 말씀대로'
_ADDRESSED_CHAIR = re.compile(r"[:：][ \t]+(?P<value>[가-힣]{2,4}?)(?:위원장|부위원장|의장)님")
# a letter's or a mail's greeting by name at the head of a line: '○○님, 문의하신 …', '○○님 안녕하세요'
# (not a kinship or a role greeted so: 아버님, 고객님, 선생님, 부장님)
_GREETING = re.compile(
    r"^[ \t]*(?!(?:아버|어머|할머|할아버|선생|고객|회원|교수|사장|부장|과장|팀장|국장|위원|의원|담당자?|"
    r"민원인|보호자|학부모|여러분|관계자|어르신)[ \t]?님)(?P<value>[가-힣]{2,4})[ \t]?님[ \t]*(?:,|，|안녕)",
    re.MULTILINE,
)
# an account held in someone's name: '○○○ 명의 계좌', '○○○ 명의로'
# (not an office's or a place's: '세입 계좌(○○군 명의)')
_HOLDER_OF = re.compile(
    r"(?<![가-힣])(?P<value>[가-힣]{2,4})(?<![시군구청처부원회])[ \t]+명의(?:의|로)?(?![가-힣])"
)
# an audit's or a board's measures, each after the official it names: '○ ○○○: 경징계 요구, ○○: 주의'
_MEASURE_FOR = re.compile(
    r"(?:^[ \t]*(?:○|-|·)?|[,，])[ \t]*(?P<value>[가-힣]{2,4}|[가-힣](?: [가-힣]){1,3})[ \t]*[:：][ \t]*"
    r"(?:중징계|경징계|징계|훈계|주의|경고|견책|감봉|정직|해임|파면|문책|불문)(?:[ \t]*(?:요구|처분|조치))?(?=[ \t]*(?:[,，]|$))",
    re.MULTILINE,
)
# a firm's representative in brackets before its numbers: '새솔인쇄(주)(대표 ○○○, 사업자등록번호 …)'
_FIRM_HEAD = re.compile(
    r"[(（][ \t]*대[ \t]*표(?:자|이사)?[ \t]+(?P<value>[가-힣]{2,4}|[가-힣](?: [가-힣]){1,3})[ \t]*[,，][ \t]*"
    r"(?:사업자|법인|주소|소재지|연락처|전화)"
)
# a piece of evidence by whom it was made: '1. ○○○의 자술서', '○○○에 대한 진술조서'
_STATEMENT_BY = re.compile(
    r"(?:^|[.:]|\d\.)[ \t]*(?P<value>[가-힣]{2,4}|[가-힣](?: [가-힣]){1,3})(?:의|에[ \t]*대한)[ \t\n]*"
    r"(?:경찰[ \t]*|검찰[ \t]*)?(?:진술서|진술조서|피의자신문조서|자술서|확인서|경위서)",
    re.MULTILINE,
)
# the holder said in a sentence: '명의는 ○○○입니다', '예금주가 ○○(으)로 돼 있다'
_HOLDER_SAID = re.compile(
    r"(?<![가-힣])(?:명의|예금주)(?:는|가)[ \t]+(?P<value>[가-힣]{2,4}?|[가-힣](?: [가-힣]){1,3})"
    r"(?:\(으\)로|으로|로|입니다|이에요|예요|이고요|인데요)(?![가-힣])"
)
# a person in brackets after the role they stand in: '(예금주 ○○)', '(관계: 배우자 ○○○)'
_IN_BRACKET_ROLE = re.compile(
    rf"[(（][ \t]*(?:예금주|관계[ \t]*[:：][ \t]*[가-힣]{{1,4}})[ \t]+(?P<value>[가-힣]{{2,4}}|{_LATIN})[ \t]*[)）]"
)

# a name in hanja beside its Hangul reading ('김정숙(金貞淑)'), on a line of its own, as on a scanned card:
# words glossed in hanja in prose, '사법(司法)', are no names (names after a label: see name_han)
_HAN = r"[\u4e00-\u9fff]"
_HANJA_NAME = re.compile(rf"^[ \t]*[가-힣]{{2,4}}[ ]?[(（](?P<value>{_HAN}{{2,4}})[)）][ \t]*$", re.MULTILINE)
# a foreigner's name as written in Hangul, after its own label on a bilingual form: '한글 성명 ○○ ○○○'
_HANGUL_NAME_FIELD = re.compile(
    r"한[ \t]*글[ \t]*(?:성[ \t]*명|이[ \t]*름)[ \t]*(?:\(?[A-Za-z ]{0,16}\)?)?[ \t]*[:：]?[ \t]*"
    r"(?P<value>[가-힣]{1,8}(?: [가-힣]{1,8}){0,4})(?=[ \t]*(?:$|[/(,]|[ \t]{2}))",
    re.MULTILINE,
)
# a form's romanised given name after its own label: '로마자 성: KIM  로마자 이름: YONGJUN'
_ROMAN_GIVEN = re.compile(
    r"(?:로마자|영문)\s*(?:이름|성명)\s*[:：]\s*(?P<value>[A-Z][A-Za-z\-]{1,20}(?: [A-Z][A-Za-z\-]{1,20}){0,2})"
)
# an airline booking's SURNAME/GIVEN beside a passport: '- KIM/JINU / 여권 M12345678'
_BOOKING_NAME = re.compile(
    r"(?P<value>[A-Z]{2,}/[A-Z]{2,}(?: [A-Z]{2,})?)(?=[ \t]*/[ \t]*(?:여권|[Pp]assport))"
)
# the holder's name embossed under a card's validity: 'VALID THRU 05/28⏎CHA YUNSEUL'
_EMBOSSED = re.compile(
    r"VALID\s*THRU\s*\d{2}/\d{2}[ \t]*\n[ \t]*(?P<value>[A-Z]{2,}(?: [A-Z]{2,}){1,3})[ \t]*$", re.MULTILINE
)
# an access log's data subject and handler: '정보주체 ○○○ 주민등록번호 열람', '취급자 ○○ (u44354)'
_LOG_PERSON = re.compile(
    r"(?:정보\s*주체|취급자)[ \t]+(?P<value>[가-힣]{2,4})"
    # (then the record read or what was done with it: '… 주민등록번호 열람', '… 조회, 접속지 …')
    r"(?=[ \t]+(?:주민|\(|[가-힣]{2,}\s*열람|(?:조회|열람|출력|수정|삭제|변경|다운로드)(?![가-힣]))|[ \t]*[(|｜])"
)
# a statement's subject: '위 사람은 ○○○ 에 대한 … 사건', '진술인은 ○○○와(과) 어떤 관계', '이름이 ○○○이었습니다'
_STATEMENT_SUBJECT = re.compile(
    r"(?:위\s*사람은|진술인은|이름이)[ \t]+(?P<value>[가-힣]{2,4}|[가-힣]{1,5}(?: [가-힣]{1,5}){1,2})"
    r"(?=[ \t]*(?:에\s*대한|와\(과\)|이었습니다|였습니다))"
)
# a foreigner listed with their registration number in brackets, the name in one Hangul word of five or
# more syllables as transliterations are run together ('피 고 인  ○○○○○○ (…-5…)')
_FOREIGNER_WITH_NUMBER = re.compile(
    rf"{_LISTED}(?P<value>[가-힣]{{5,8}})[ \t]*[(（][ \t]*\d{{6}}[ \t]*[-‐－–]?[ \t]*[5-8]\d{{6}}",
    re.MULTILINE,
)
# a witness or a victim whose statement a judgment lists as evidence: '1. ○○○에 대한 검찰 진술 조서'
_STATEMENT_OF = re.compile(
    rf"^[ \t]*\d{{1,3}}\.[ \t]*(?P<value>{_LISTED_NAME}|{_SPACED_HANGUL_NAME}|[가-힣]{{2,8}}?)[ \t]*에[ \t]*대한[ \t]*"
    r"(?:(?:사법)?경찰|검찰)?[ \t]*(?:피의자[ \t]*신문[ \t]*조서|진술[ \t]*조서|진술서)",
    re.MULTILINE,
)
# a petitioner introducing themselves by where they live: '저는 ○○시 … 12에 사는 ○○○입니다'
_RESIDENT_INTRO = re.compile(
    rf"저는[^\n]{{4,80}}?(?:에|에서)[ \t]+사는[ \t]+(?P<value>{_LATIN}|[가-힣]{{2,8}}?)"
    r"(?=[ \t]?(?:입니다|이라고|라고)(?![가-힣]))"
)
# a pupil after their grade and class: '학생: 2학년 3반 ○○ (2015. 1. 2.)', '3학년 1반 12번 ○○○'
_PUPIL = re.compile(
    rf"\d[ \t]?학년[ \t]*\d{{1,2}}[ \t]?반[ \t]+(?:\d{{1,2}}[ \t]?번[ \t]+)?"
    # (a foreign name in two Hangul words only before the bracket of its birth date)
    rf"(?P<value>{_LATIN}|[가-힣](?: [가-힣]){{1,3}}|[가-힣]{{2,8}} [가-힣]{{2,6}}(?=[ \t]*[(（])|[가-힣]{{2,8}})"
    r"(?=[ \t]*[(（,/]|[ \t]*$|[ \t]{2,}|\t)",
    re.MULTILINE,
)
# a committee's members as a minute lists them: '참석자: 위원장 ○○○, 위원 ○○, …' or one per line
# with a tab ('위원⇥○○○')
_MEMBER = re.compile(
    r"(?:^[ \t]*|[,:：][ \t]*)(?:위원장|부위원장|위원|간사|의장)(?:[ \t]+|\t)"
    rf"(?P<value>{_LISTED_NAME}|{_LATIN}|[가-힣]{{2,8}})[ \t]*(?=,|$)",
    re.MULTILINE,
)
# an access log's row: the account, the person who used it, then the address they came from
# ('… | u12345 | ○○○ | 10.0.0.1 | …')
_LOG_ROW_USER = re.compile(
    r"(?:^|[|,\t])[ \t]*[A-Za-z]{1,3}\d{3,8}[ \t]*[|,\t][ \t]*(?P<value>[가-힣]{2,8})[ \t]*[|,\t][ \t]*"
    r"(?=\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}|[0-9a-fA-F]{1,4}:[0-9a-fA-F:]{2,})",
    re.MULTILINE,
)
# a family member listed on an application before their relation: '  ○○○: 배우자: …', 'Jane Doe / 자녀 / …'
_BEFORE_RELATION = re.compile(
    rf"^[ \t]*(?P<value>{_LISTED_NAME}|{_SPACED_HANGUL_NAME}|[가-힣]{{2,8}})[ \t]*(?:[:：/]|[ \t]{{2}})[ \t]*"
    r"(?:배우자|자녀|아들|딸|부친|모친|형제|자매|손자|손녀)[ \t]*(?:[:：/]|[ \t]{2})",
    re.MULTILINE,
)
# a person then their sex and age in brackets, as incident and fire reports write them: '주민 ○○○(남, 61세)'
# (a foreign name of several words needs the role before it: '부상자 ○○ ○○○(여, 52세)')
_SEX_AGE = r"(?=[ ]?[(（](?:남|여)(?:성|자)?[ ]?[,·][ ]?\d{1,3}[ ]?세[)）])"
_WITH_SEX_AGE = re.compile(rf"(?:(?<=[\s,(:：])|^)(?P<value>[가-힣]{{2,8}}){_SEX_AGE}", re.MULTILINE)
_ROLE_WITH_SEX_AGE = re.compile(
    r"(?:거주자|피해자|피의자|목격자|운전자|환자|신고자|부상자|사망자)[ \t]+"
    rf"(?P<value>[가-힣]{{1,6}}(?: [가-힣]{{1,8}}){{1,2}}){_SEX_AGE}"
)
# a message's sender after its time, as phones export a chat: '07:15 ○○: …', '오후 2:05 ○○○: …'
_SENT_AT = re.compile(
    r"^[ \t]*(?:(?:오전|오후)[ \t]*)?\d{1,2}:\d{2}(?::\d{2})?[ \t]+"
    rf"(?P<value>{_LATIN}|[가-힣]{{2,4}})[ \t]*[:：][ \t]",
    re.MULTILINE,
)
# the approver's name after the date of a 결재란's 전결 or 결재: '국장 전결 2026. 3. 4. ○○○'
_APPROVED_ON = re.compile(
    r"(?:전결|대결|결재)[ \t]+\d{4}[.\-][ \t]?\d{1,2}[.\-][ \t]?\d{1,2}\.?[ \t]+(?P<value>[가-힣]{2,4})(?![가-힣])"
)
# an official of a team or a section then their direct line: '문의: 총무팀 ○○ 02-…'
_DESK_AND_LINE = re.compile(
    r"(?<![가-힣])[가-힣]{1,8}(?:팀|과|계|실)[ \t]+(?P<value>[가-힣]{2,4})[ \t]+(?=\(?0\d{1,2}\)?[ \-.]?\d{3,4}[ \-.]\d{4})"
)
# parents in a school or family record: '가족 부: ○○○  모: ○○○'
_PARENTS = re.compile(
    r"(?:(?<=[\s:])|^)(?:부|모|父|母)[ \t]*[:：][ \t]*(?P<value>[가-힣]{2,4})(?![가-힣])", re.MULTILINE
)

SLOTS = (
    _ANSWERED,
    _MAIL_DISPLAY,
    _MAIL_HEADER,
    _SIGNATURE_SLOT,
    _STATED,
    _SELF_INTRO,
    _WITH_NATIONALITY,
    _QUOTED_LOG,
    _WITH_MAILBOX,
    _CHAT_SPEAKER,
    _AGENT,
    _COURT_MORE,
    _CHAT_AFTER_TIME,
    _APPROVAL,
    _ORDERED,
    _WITH_PHONE,
    _WORDS_SPEAKER,
    _CARD_HOLDER,
    _IN_BRACKET_ROLE,
    _BENCH,
    _ROLE_WITH_NUMBER,
    _ROMAN_GIVEN,
    _HANGUL_NAME_FIELD,
    _BOOKING_NAME,
    _EMBOSSED,
    _LOG_PERSON,
    _STATEMENT_SUBJECT,
    _PARENTS,
    _FOREIGNER_WITH_NUMBER,
    _WITH_SEX_AGE,
    _ROLE_WITH_SEX_AGE,
    _STATEMENT_OF,
    _RESIDENT_INTRO,
    _PUPIL,
    _LOG_ROW_USER,
    _BEFORE_RELATION,
    _HOLDER_SAID,
    _FIRM_HEAD,
    _STATEMENT_BY,
    _MEMBER,
    _SENT_AT,
    _APPROVED_ON,
    _DESK_AND_LINE,
    _LISTED_WITH_NUMBER,
    _LISTED_WITH_SLASH,
    _FAMILY_MEMBER,
    _SIGNED_BY,
    _LOG_ACCOUNT_NAME,
    _BRACKETED_LABEL,
    _ATTENDING,
    _ADDRESSED_CHAIR,
    _GREETING,
    _SPELLED_OUT,
)
# slots whose label is also an everyday word (확인 명단, 검토 결과) or whose place a column of duties
# can take (일반행정 9급): their value counts only when it is not itself vocabulary
LOOSE_SLOTS = (
    _SIGN_OFF,
    _BEFORE_GRADE,
    _CLOSING,
    _COURT,
    _CALLER_NAME,
    _BYLINE,
    _AFTER_PHONE,
    _HOLDER_OF,
    _CONTACT_PERSON,
    _APPOINTED,
    _NAME_AND_NUMBER,
    _FIELD_BEFORE_FIELD,
    _LOG_TARGET,
    _AFTER_NUMBER,
    _MEASURE_FOR,
    _AFTER_PLATE,
)
# slots whose place a name only usually takes: the value must open with a surname and not be a header
# ('이름  한글이름  생년월일': the next column's title)
_SURNAME_FIRST = frozenset(
    (
        _CONTACT_PERSON,
        _APPOINTED,
        _NAME_AND_NUMBER,
        _FIELD_BEFORE_FIELD,
        _LOG_TARGET,
        _AFTER_NUMBER,
        _MEASURE_FOR,
        _AFTER_PLATE,
    )
)
_HEADER_END = ("성명", "이름", "번호", "국적", "주소", "일자", "연락처")


# slots a form label could take as well ('08:30 접수: …', '민원과 안내 02-…'): Hangul values must be names
_CHECKED_SLOTS = frozenset((_MEMBER, _SENT_AT, _APPROVED_ON, _DESK_AND_LINE))


def _member_name(value: str) -> bool:
    """A committee member's name: Latin letters, or Hangul that is no word of the language and opens with a
    surname or runs to three syllables ('위원 위촉,' is a heading, '위원 ○○,' a member)."""
    if value[:1].isascii():
        return True
    return (_surname_first(value) or len(value) >= 3) and not known_word(value)


def _introduced_name(value: str) -> bool:
    """A name a caller gives in words: spelled letter by letter, one that is no word and opens with a
    surname; in two or three words (a foreign name), none a word of the language ('개인 사업자인데요')."""
    words = value.split(" ")
    if len(words) == 1:
        return True
    if all(len(w) == 1 for w in words):
        joined = "".join(words)
        return _surname_first(joined) and not known_word(joined)
    return not any(len(w) >= 2 and common_word(w) for w in words)


# how a slot's values are checked, where they are
_VALUE_CHECKS = {**dict.fromkeys(_CHECKED_SLOTS, _member_name), _SELF_INTRO: _introduced_name}


def _surname_first(value: str) -> bool:
    surnames = load("surnames")
    return (value[:1] in surnames or value[:2] in surnames) and not value.endswith(_HEADER_END)


_WHOLE_WORD_SLOTS = frozenset(
    (_BYLINE, _AFTER_PHONE, _CONTACT_PERSON, _APPOINTED, _NAME_AND_NUMBER, _FIELD_BEFORE_FIELD, _LOG_TARGET)
)


# a word each slot cannot match without (or one of several): a text lacking it skips the slot's scan
_NEEDS: dict[re.Pattern[str], str | tuple[str, ...]] = {
    _ANSWERED: ("성함", "이름"),
    _MAIL_DISPLAY: "@",
    _MAIL_HEADER: "<",
    _CHAT_SPEAKER: "[",
    _AGENT: "상담",
    _COURT_MORE: "(",
    _SELF_INTRO: ("저", "자신을"),
    _WITH_MAILBOX: "@",
    _CLOSING: "림",
    _COURT: "사",
    _CHAT_AFTER_TIME: "[",
    _ORDERED: "명",
    _WORDS_SPEAKER: ("위원", "간사", "의장"),
    _CARD_HOLDER: ("주민등록증", "종"),
    _IN_BRACKET_ROLE: ("예금주", "관계"),
    _ROMAN_GIVEN: "로마자",
    _HANGUL_NAME_FIELD: "한",
    _BOOKING_NAME: "/",
    _EMBOSSED: "VALID",
    _LOG_PERSON: ("정보주체", "정보 주체", "취급자"),
    _STATEMENT_SUBJECT: ("위 사람은", "진술인은", "이름이"),
    _PARENTS: (":", "："),
    _CALLER_NAME: ("인데요", "이에요", "예요", "이고요"),
    _BENCH: ("판", "대법관"),
    _BYLINE: "기자",
    _AFTER_PHONE: "(",
    _LISTED_WITH_NUMBER: "(",
    _LISTED_WITH_SLASH: " / ",
    _FAMILY_MEMBER: "/",
    _SIGNED_BY: "서명",
    _LOG_ACCOUNT_NAME: "(",
    _BRACKETED_LABEL: "[",
    _ATTENDING: ("주치의", "의사", "진료의"),
    _ADDRESSED_CHAIR: "장님",
    _HOLDER_OF: "명의",
    _HOLDER_SAID: ("명의", "예금주"),
    _MEASURE_FOR: ("징계", "훈계", "주의", "경고", "견책", "감봉", "정직", "해임", "파면", "문책", "불문"),
    _FIRM_HEAD: "대",
    _STATEMENT_BY: ("진술", "자술서", "확인서", "경위서", "신문조서"),
    _GREETING: "님",
    _CONTACT_PERSON: ("학부모", "보호자", "보증인", "연락처"),
    _APPOINTED: ("임용", "전보", "전출", "전입", "파견", "복직", "명함"),
    _SPELLED_OUT: ("요", "입니다"),
    _NAME_AND_NUMBER: "/",
    _FIELD_BEFORE_FIELD: ("명", "학생", "납부", "양도", "양수", "고용주", "인솔자", "예금주", "운전자"),
    _LOG_TARGET: "대상",
    _FOREIGNER_WITH_NUMBER: "(",
    _WITH_SEX_AGE: "세)",
    _ROLE_WITH_SEX_AGE: "세)",
    _STATEMENT_OF: "대한",
    _RESIDENT_INTRO: "사는",
    _PUPIL: "학년",
    _MEMBER: ("위원", "간사", "의장"),
    _LOG_ROW_USER: (".", ":"),
    _SENT_AT: ":",
    _APPROVED_ON: ("전결", "대결", "결재"),
    _DESK_AND_LINE: "0",
    _BEFORE_RELATION: ("배우자", "자녀", "아들", "딸", "부친", "모친", "형제", "자매", "손자", "손녀"),
}


# a person in a news list, named in several Hangul words (팜 민 뚜안, 토마스 뮐러) right before their age
# and occupation in brackets, or their age and 씨: '팜 민 뚜안(37·요양보호사)', '알리셰르 카리모프(40) 씨'
_AGE_BRACKET = re.compile(r" ?\(\d{1,3}세?(?:[·,] ?[가-힣]{2,10}\)|\) ?씨)")
_WORDS_BEFORE = re.compile(r"(?:[가-힣]{1,8} ){1,4}[가-힣]{1,8}$")


_FREQUENT = -11.5  # Kiwi's score above which a one-morpheme noun is everyday vocabulary
_COMMON = -13.0  # … and above which each noun of a compound is a word of the language (결혼 + 이민자)
# particles and attributive endings that close a word of the sentence; a name's last syllable is seldom one
_CLOSERS = frozenset(
    ("는", "은", "ᆫ", "을", "를", "에", "에서", "의", "로", "으로", "던", "가", "이", "와", "과")
)


def compound_of_nouns(word: str) -> bool:
    """Everyday nouns written together (결혼이민자, 고용허가): vocabulary, even where a name and a particle
    could be read in it ('고용허' + '가')."""
    parts = morphemes(word)
    return (
        len(word) >= 3
        and len(parts) >= 2
        and all(tag == "NNG" and score > _COMMON for _, tag, score in parts)
    )


def vocabulary_word(word: str) -> bool:
    """A word of the sentence rather than of a name: a frequent noun (대상, 우수), a prefixed one (최우수),
    a compound of known nouns (결혼이민자), a word closed by a particle or a verb's ending (수상자는,
    순천시에, 사는, 온). Foreign names' syllables are rare words or unknown, whatever Kiwi splits them
    into (뚜안 → 뚜 + 안, 찌어 → 찌 + 어)."""
    parts = morphemes(word)
    if not parts:
        return False
    head, last = parts[0], parts[-1]
    if len(word) == 1:
        return any(tag[:1] in "VE" for _, tag, _ in parts)
    if len(parts) == 1:
        return head[1] in ("NNG", "MAG", "MM", "VV", "VA") and head[2] > _FREQUENT
    if head[1] == "XPN":
        return True
    if last[1].startswith(("J", "ETM")) and last[0] in _CLOSERS:
        return True
    if compound_of_nouns(word):
        return True
    known_stem = len(head[0]) >= 2 and head[2] > _KNOWN
    return known_stem and any(tag.startswith(("J", "E", "XS")) for _, tag, _ in parts[1:])


# the words that say where the person comes from end the name from the left ('○○ 국적 쩐 꽝 휘(22)')
_ORIGIN_WORDS = frozenset(("국적", "출신", "국민", "태생"))


def _aged_names(norm: str) -> Iterator[tuple[int, int]]:
    """The words before the brackets back to the first one that is vocabulary (최우수, 대상, 온): the name
    is the unknown words right before its age. One word is the name model's to judge."""
    for bracket in _AGE_BRACKET.finditer(norm):
        end = bracket.start()
        m = _WORDS_BEFORE.search(norm, max(0, end - 45), end)
        if m is None:
            continue
        words = m.group().split(" ")
        kept = 0
        for word in reversed(words):
            if vocabulary_word(word) or word in _ORIGIN_WORDS:
                break
            kept += 1
        if kept >= 2 and words[-1] not in ("모", "某"):  # '김 모(45)': already anonymised
            name = " ".join(words[-kept:])
            yield end - len(name), end


def _role_word(word: str) -> bool:
    """A label or role written before a name ('세대주', '신청인은'), with or without its particle."""
    roles = _roles()
    return word in roles or (word[-1] in "은는이가" and word[:-1] in roles)


@cache
def _roles() -> frozenset[str]:
    return load("name_labels") | load("name_titles") | load("person_roles")


def _listed_words(norm: str) -> Iterator[tuple[int, int]]:
    """A listed person in several words before their number: the words after the last one of the
    sentence or a role ('세대주 ○○○', '신청인은 ○○○' keep only the name; '아난 시리폰' stays whole)."""
    for m in _LISTED_WORDS_WITH_NUMBER.finditer(norm):
        words = m.group("value").split(" ")
        while words and (vocabulary_word(words[0]) or _role_word(words[0])):
            words = words[1:]
        if words:
            name = " ".join(words)
            yield m.end("value") - len(name), m.end("value")


_HAN_CHAR = re.compile(_HAN)


# slots anchored at every line start that try many ways in before the piece they cannot match without: a
# text without that piece skips the scan (a plate's digits: the row scan alone cost as much as all others)
_SHAPES: dict[re.Pattern[str], re.Pattern[str]] = {
    _AFTER_PLATE: re.compile(r"\d{2,3}[가-힣][ ]?\d{4}"),
}


def _needed(pattern: re.Pattern[str]) -> tuple[str, ...]:
    needle = _NEEDS.get(pattern, ())
    return needle if isinstance(needle, tuple) else (needle,)


# each slot's scan with what it needs and how its values are checked, worked out once: a compiled pattern
# hashes its whole program, so looking patterns up in dicts and sets for every text costs more than the scans
_PLAN = tuple((p, _needed(p), p is _QUOTED_LOG, _VALUE_CHECKS.get(p)) for p in SLOTS)
_LOOSE_PLAN = tuple(
    (p, _needed(p), _SHAPES.get(p), p in _SURNAME_FIRST, p is _AFTER_NUMBER, p in _WHOLE_WORD_SLOTS)
    for p in LOOSE_SLOTS
)


def slot_values(norm: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every value standing in a name slot of the (folded) text."""
    if "(" in norm:
        yield from _aged_names(norm)
    if _HAN_CHAR.search(norm):
        for m in _HANJA_NAME.finditer(norm):
            yield m.span("value")
    logged = log_keys_present(norm)
    for pattern, needs, quoted_log, checked in _PLAN:
        if (needs and not any(n in norm for n in needs)) or (quoted_log and not logged):
            continue
        for m in pattern.finditer(norm):
            if checked is not None and not checked(m.group("value")):
                continue
            yield m.start("value"), m.end("value")
    if "(" in norm:
        yield from _listed_words(norm)
    for pattern, needs, shape, surname_first, after_number, whole_word in _LOOSE_PLAN:
        if (needs and not any(n in norm for n in needs)) or (shape is not None and not shape.search(norm)):
            continue
        for m in pattern.finditer(norm):
            value = m.group("value").replace(" ", "")
            if surname_first and not _surname_first(value):
                continue
            if after_number and known_word(value[:2]):
                continue  # a compound of words after a number ('상황반'), not a name without context
            # Kiwi lists frequent names as proper nouns (김규동): those are the slot's names, not vocabulary
            vocabulary = common_word(value)
            # a byline, a bracket after a phone or a name before one holds a name or a single word (사진
            # 기자, (자택)), never a word and its particle: a name read so ('양도' + '서') stays a name there
            if not vocabulary and (whole_word or not ordinary_word(value, value)):
                yield m.start("value"), m.end("value")
