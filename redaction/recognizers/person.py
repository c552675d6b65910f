"""PERSON: Korean names (surname lexicon incl. two-syllable surnames) and foreign names in Latin script.

Names are not a closed class, so a candidate (a surname syllable plus one or two syllables, with
particles and honorifics peeled off) needs evidence: a title or role next to it (주무관, 위원, 귀하),
a label before it (성명:, 신청인, 예금주), a signature mark after it ((서명), (인)), a name column
in a table, membership of a comma list whose other member is a name, a line, cell or bullet of its
own, or the same name accepted elsewhere in the text. Kiwi vetoes words it knows as ordinary
vocabulary (근무를, 부서로, 정보화), places are vetoed by their suffix, offices glued to titles
(국세청장, 원주시장) never split. Masked names (김○○, 홍*동, 정 모 씨) never form a candidate; the
form example 홍길동 is in the not-a-name lexicon.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..base import Hit, KoreanRecognizer
from ..kiwi import (
    KNOWN_WORD_SCORE,
    RARE_NOUN,
    common_word,
    derived_noun,
    known_place,
    known_word,
    morphemes,
    ordinary_word,
    prefixed_noun,
    proper_noun,
    two_syllable_name,
    unseen_or_proper,
    verb_form,
)
from ..lexicons import load
from ..mrz import mrz_fields
from ..namemodel.features import without_particle
from ..namemodel.gazetteer import known_kind
from ..namemodel.model import NameModel, packaged
from ..patterns import EMAIL_IN_ROW, ROW_IDENTIFIER
from ..textview import TextView, occurrences
from .foreign_names import (
    COUNTRY_NAME,
    NATIONALITY_CELL,
    NOT_NAME_END,
    hangul_names,
    latin_names,
    romanised_pairs,
    transcribed_pairs,
    transcription_words,
)
from .municipalities import municipality
from .name_before_honorific import names_before_ssi
from .name_chat_heads import chat_head_names
from .name_given import given_name_mentions
from .name_han import han_names
from .name_rosters import office_list_names, roster_names
from .name_slots import LOG_NAME_KEYS, compound_of_nouns, log_keys_present, slot_values, vocabulary_word
from .name_spellings import other_spellings
from .role_slots import role_slot_values
from .traveller_lists import traveller_rows

_PARTICLES = load("particles")
_HONORIFICS = ("씨", "님", "귀하", "선생님", "여사", "옹")
# titles minutes and lists write onto a three-syllable name without a space
_GLUED_TITLES = ("위원", "위원장", "부위원장", "간사", "주무관", "사무관", "서기관", "팀장", "과장", "국장")
_WORD = re.compile(r"[가-힣]+")
# a name written one syllable at a time (김 인 철, 사 공 민 준), possibly with its role glued on after
# (구 소 희위원:); not part of a longer run of single syllables
_SPACED = re.compile(
    r"(?<![가-힣])(?<![^가-힣][가-힣] )(?P<syl>[가-힣](?: [가-힣]){2,3})"
    r"(?:(?![가-힣])(?! [가-힣](?![가-힣]))|(?=(?:위원장|위원|간사)[ \t]*[:：])"
    # … or a particle glued to its last syllable (정 예 린은), or 씨/등 after it (탁 서 현 씨, 고 창 민 등)
    r"|(?=(?:은|는|이|가|의|을|를|에게|과|와|도|께서)(?![가-힣]))|(?= (?:씨|님|등|외)(?![가-힣]))"
    # … or 씨/님 glued to its last syllable, a particle after it ('이 광 윤씨는', '박 다 은님께서')
    r"|(?=(?:씨|님)(?:께서|에게|은|는|이|가|의|을|를|과|와|도|께)?(?![가-힣])))"
)
# a short Hangul piece ending a line and one starting the next, together a name's length (옥⏎민재)
# (the tail read ahead, so a line's last word wrapped onto a one-letter line, '…원⏎모⏎하린', leaves that
# letter free to open the next pair)
_WRAP_SPLIT = re.compile(r"(?<![가-힣])(?P<head>[가-힣]{1,3})\n(?=(?P<tail>[가-힣]{1,3})(?![가-힣]))")
_SPACED_RUN = re.compile(r" [가-힣] [가-힣]")
# a whole run of four to eight single letters with one space between (사 무 관 ○ ○ ○)
_LETTER_RUN = re.compile(
    r"(?<![가-힣])(?<![가-힣] )[가-힣](?: [가-힣]){3,7}(?![가-힣])(?! [가-힣](?![가-힣]))"
)
# the words of a sign-off line, and the spaces inside a title spaced out to a cell's width ('국   장')
_SIGN_OFF_SPLIT = re.compile(r"[\s|]+")
_SPACED_LETTERS = re.compile(r"(?<=(?<![가-힣])[가-힣])[ ]+(?=[가-힣](?![가-힣]))")
# two to five Hangul words of one space apart (a title and a foreign name's words), and a field's end
_HANGUL_WORDS = re.compile(r"(?<![가-힣])[가-힣]{1,6}(?: [가-힣]{1,6}){1,4}(?![가-힣])")
_FIELD_ENDS = frozenset("\n\t|(:：),")
# two to four Hangul words and the honorific after them, glued or not, a particle after it
_WORDS_BEFORE_HONORIFIC = re.compile(
    r"(?<![가-힣])(?P<words>[가-힣]{1,6}(?: [가-힣]{1,6}){1,3})[ ]?(?:씨|님)"
    r"(?:께서|에게|은|는|이|가|의|을|를|과|와|도|께)?(?![가-힣])"
)
# a form's label for a firm's name, which the firm's name follows ('상호 ○○꽃집')
_NAME_OF_FIRM = frozenset(("상호", "법인명", "단체명", "기관명", "업체명", "회사명", "상호명"))
# a province's or a city's ending, and an office's head or building: places and offices, not names
_REGION_ENDS = ("특별시", "광역시", "특별자치시", "특별자치도", "도")
_OFFICE_HEADS = ("청장", "시장", "군수", "구장", "시청", "구청", "군청", "도청")
# what a sign-off line shows before its spaced or delegated names (a spaced run, a 전결/대결 mark)
_SIGN_OFF = re.compile(r" [가-힣] [가-힣]|전결|대결|직무대리")
# a sign-off's mark that a deputy or the delegated head signed (과장 전결, 국장 대결 09/03), ending the
# text before a name or followed by the signer's name
_DELEGATION_MARK = r"(?:전결|대결|직무대리)[ \t]*(?:\d{1,2}/\d{1,2}[ \t]*)?"
_DELEGATED = re.compile(_DELEGATION_MARK + "$")
_AFTER_DELEGATED = re.compile(_DELEGATION_MARK + r"(?P<name>[가-힣]{2,4})(?![가-힣])(?![ ]?[:：(])")
# two letters spaced apart, alone between non-letters ('소유자 윤 우 씨', '운전자 이 슬 (…'): tried joined only
_SPACED_PAIR = re.compile(
    r"(?<![가-힣])(?<![^가-힣][가-힣] )(?<!^[가-힣] )(?P<syl>[가-힣] [가-힣])(?![가-힣])(?! [가-힣](?![가-힣]))",
    re.MULTILINE,
)
_REJOIN_MAX = 24  # letter-spaced runs read again per text (headings such as '제 목' are refused before)
_REJOIN_REACH = 1000
_SPACED_BEFORE = re.compile(r"(?:^|[^가-힣])[가-힣] $")
_NOT_IN_NAME = frozenset(("씨", "님", "및", "또", "등", "외"))
# the labels that open a 공문's lines (두문, 결문): never the end of a name split at a line's end
_DOCUMENT_LABELS = frozenset(("수신", "경유", "제목", "발신", "참조", "시행", "접수", "붙임", "협조", "기안"))
# after such a name: a bracket (윤 은 서(기소), 김 인 철(자녀)), a contact (- 최 지 후: 010-…) or a role
_SPACED_AFTER = re.compile(r"[ \t]*(?:\((?!\d)|[:：][ \t]*(?:0|\+82|０)|(?:위원장|위원|간사)[ \t]*[:：]|$)")
# a speaker's label with the role glued to the name: '권윤희위원:', '김시우 위원장:'
_SPEAKER = re.compile(
    r"(?:^|(?<=[\s(]))(?P<name>[가-힣]{2,4})[ ]?(?:위원장|위원|간사|의장)[ \t]*[:：]", re.MULTILINE
)
_HANGUL_CELL = re.compile(r"(?<![가-힣])(?P<value>[가-힣]{2,4})(?![가-힣])")
# (Latin names in such rows are foreign_names.latin_names')
_WORDS_CELL = re.compile(r"(?<![가-힣A-Za-z])(?P<value>[가-힣]{1,6}(?: [가-힣]{1,6}){1,3})(?![가-힣A-Za-z])")
_WRAPPED_CELL = re.compile(r"(?<![가-힣 ])(?P<value>[가-힣]{1,3} [가-힣]{1,3})(?![가-힣]| [가-힣])")
# a transcript's answer ('민원인: 마세은이요.') to the line above asking for the name ('성함이 어떻게 되세요?')
_NAME_ANSWER = re.compile(
    r"^[ \t]*[가-힣A-Za-z0-9 ]{1,8}[ \t]?[:：][ \t]*(?:네,?[ \t]*)?(?P<value>[가-힣]{2,4}?|[가-힣](?: [가-힣]){1,3})"
    r"(?:이요|요|입니다|이에요|예요|이고요|고요|이구요|구요)[.!,\s]",
    re.MULTILINE,
)
# the line above asks for the name: a question, or a polite request (성함 말씀 부탁드립니다.)
_NAME_QUESTION = re.compile(r"(?:성\s*함|이\s*름|성\s*명)[^\n]{0,30}(?:\?|말씀|부탁|알려)[^\n]{0,20}$")
# a system's field holding a person's name: 'holder=윤결', 'applicant=오하은'
_LOG_FIELD = re.compile(
    rf"{LOG_NAME_KEYS}[ \t]*[=:][ \t]*"
    r"(?P<name>[가-힣]{2,4})(?![가-힣])",
    re.I,
)
_NAME_HEADER = re.compile(
    r"성\s*명|이\s*름|사용자|보호자|예금주|가입자|대\s*표\s*자|담\s*당|참석자|작성자|신청인|수령인|수취인|성함|위원|"
    r"결\s*재|검\s*토|기\s*안|협\s*조|name|Name|NAME|buyer|customer|holder|applicant|payee|recipient|owner"
)
_HEADER_WORD = re.compile(r"[가-힣]+")
# a name field and its value up to the end of the field: 2-4 Hangul words (foreign names in Hangul)
_FIELD_LABELS = (
    r"성\s*명|이\s*름|예\s*금\s*주|신\s*청\s*인|배\s*우\s*자|대\s*표\s*자|민\s*원\s*인|대\s*상\s*자|보\s*고\s*자|작\s*성\s*자|"
    r"상\s*담\s*자|진\s*술\s*(?:인|자)|피\s*해\s*자|가\s*해\s*자|운\s*전\s*자|청\s*구\s*인|보\s*호\s*자|"
    r"임\s*차\s*인|임\s*대\s*인|수\s*령\s*인|신\s*고\s*(?:인|자)|담\s*당\s*자|간\s*사|피\s*고\s*인|"
    r"대\s*표\s*이\s*사|소\s*유\s*자|납\s*부\s*자|납\s*세\s*자|체\s*납\s*자|위\s*반\s*자|의\s*무\s*자|세\s*대\s*주|"
    r"작\s*성(?=[ \t]*[:：])|From|To|보낸\s*사람|받는\s*사람|(?:숨은\s*)?참\s*조|대\s*리\s*인|보내는\s*분|받는\s*분|"
    r"피\s*징\s*계\s*자|징\s*계\s*대\s*상\s*자|학\s*생\s*명|내\s*담\s*자|"
    r"가\s*이\s*드|인\s*솔\s*자|(?<![가-힣])(?:대\s*부|지\s*원|위\s*임|양\s*수)?받\s*는\s*자"  # '대부받는 자(을): …' (not 제공받는 자: a firm)
)
# (or a foreigner's name as a passport prints it: '소유자: ELENA MARQUEZ')
_VALUE = (
    r"(?P<value>[가-힣]{1,10}(?: [가-힣]{1,8}){0,3}|[A-Z][A-Z'’\-]+(?: [A-Z][A-Z'’\-]+){1,2})"
    r"(?=[ \t]*(?:$|\n|[,()|\t\]<·]|\s{2}))"
)
# 성명: 홍길동 anywhere; 성명 ⇥ 홍길동 (a tab or a column gap) only as a line's first cell, since in a
# header row (직급 ⇥ 소속 ⇥ 성명 ⇥ 발령사항) the next cell is the next column's header
# the value after a colon, a dash or inside the form's brackets (성명(한글) - …, 한글성명 [ … ])
_NAME_FIELD = re.compile(
    rf"(?:{_FIELD_LABELS})(?:\([^)\n]{{1,12}}\))?[ \t]*(?:[:：]|-(?![\d\-])|\[)[ \t]*{_VALUE}", re.MULTILINE
)
_NAME_CELL_FIELD = re.compile(
    rf"^[ \t|]*(?:[○●□■▶·\-]\s*)?(?:한\s*글[ ]?)?(?:{_FIELD_LABELS})(?:\([^)\n]{{1,12}}\))?"
    rf"(?:[ ]+(?:Full[ ]name|Name|NAME))?(?:\t+|[ ]{{2,}}|[ \t]*\|[ \t]*){_VALUE}"
    r"(?=[ \t]*(?:\([^)\n]*\))?[ \t]*\|?[ \t]*$)",
    re.MULTILINE,
)
# a label that says in brackets whose or which name it asks for, or asks for the signature, then the
# value alone to the end of the line: '신청인(Applicant) 황 징', '2. 성명(한글) 아난 웡사', '신청인 서명: …'
_NAME_LINE_FIELD = re.compile(
    rf"(?:{_FIELD_LABELS})(?:\([^)\n]{{1,16}}\)[ ]|[ ]서명[ \t]*[:：][ \t]*){_VALUE}(?=[ \t]*$)",
    re.MULTILINE,
)
# a form's label and its value alone on a line, one space between: '성명 ○○○', '청구인 ○○ ○○'
_NAME_SPACED_FIELD = re.compile(rf"^[ \t]*(?:{_FIELD_LABELS})[ ]{_VALUE}(?=[ \t]*$)", re.MULTILINE)
# a role and the name in brackets: 위원장(임환), [간사 장미], ○ 위원(우주):
_BRACKETED = re.compile(
    r"(?:위\s*원\s*장|부\s*위\s*원\s*장|위\s*원|간\s*사|의\s*장|사\s*회\s*자|발\s*언\s*자)"
    r"(?:[ \t]*[(（][ \t]*(?P<a>[가-힣]{2,4})[ \t]*[)）]|[ \t]+(?P<b>[가-힣]{2,4})[ \t]*\])"
)
# a speaker's turn, the name in brackets after the role ('○ 간사(○○○): 첫 안건은 …'): what follows the colon
# is what they said, not a name the label asks for
_SPEAKER_IN_BRACKETS = re.compile(
    _BRACKETED.pattern.replace("(?P<a>", "(?:").replace("(?P<b>", "(?:") + r"[ \t]*[:：]"
)
# a field filled with a group, not a person ('받는 사람: 전 직원', '참석: 각 부서'): a quantifier before a noun
_GROUP = re.compile(r"(?:전|각|모든|해당|관계)[ ](?P<noun>[가-힣]{2,4})")


def _group_of_people(value: str) -> bool:
    """A quantifier and a noun of people or offices fill the field: the whole staff, each office."""
    m = _GROUP.fullmatch(value)
    return m is not None and common_word(m.group("noun"))


def _local_government(view: TextView, bare: str) -> bool:
    """A city, county, district or province holds the field ('예금주 ○○구'), not a person: one the place list
    knows, or one the text shows to be a local government."""
    if not bare.endswith(("시", "군", "구", "도")):
        return False
    # (two syllables the list knows as places are also given names: 송도, 지구)
    return (len(bare) >= 3 and known_kind(bare) == "other") or municipality(view, bare)


# a relative named in a household record, with an age or a number after: 자녀 나비(2013. …), 모 신연욱(40)
_RELATION = (
    r"배우자|자녀|손자|손녀|아들|딸|남편|아내|장남|장녀|차남|차녀|부친|모친|조부|조모|며느리|사위|"
    r"형|오빠|누나|언니|동생|부|모"
)
# a party named after its role and a particle, with an age or a number after: 운전자는 송예규(45)
_PARTY = r"운전자|피해자|가해자|신고자|민원인|대상자|수급자|피의자|부상자|재해자|보호자"
_NUMBER_AFTER = r"(?=[ \t]*\([ \t]*[\d０-９]|[ \t]+\d{6}[ ]?-[ ]?[1-8])"
_RELATIVE = re.compile(
    rf"(?:^|(?<=[\s,:：·(]))(?:(?:{_RELATION})|(?:{_PARTY})(?:는|은|가|이))[ \t]+(?P<value>[가-힣]{{2,4}}){_NUMBER_AFTER}",
    re.MULTILINE,
)
# a personnel table without a header: an office cell, then the name alone in its cell (기획예산과   노을)
_OFFICE_CELL = re.compile(
    r"[가-힣]{1,8}(?:과|팀|실|국|센터|사업소)(?:\t|[ ]{2,})(?P<value>[가-힣]{2,4})(?=[ \t]*(?:$|\t|[ ]{2,}))",
    re.MULTILINE,
)
# ... or the name first and its office in the next cell (5 ⇥ 한지환 ⇥ 기초의료보장과 ⇥ 5급)
_CELL_BEFORE_OFFICE = re.compile(
    r"(?:^|\t|[ ]{2,}|\|)[ \t]*(?P<value>[가-힣]{2,4})[ \t]*(?:\t|[ ]{2,}|\|)[ \t]*"
    r"[가-힣]{1,10}(?:과|팀|실|국|센터|사업소|담당관)(?=[ \t]*(?:$|\t|[ ]{2,}|\|))",
    re.MULTILINE,
)
# the next column's header, when a header row follows its 성명 cell
_FIELD_KEY = re.compile(
    r"(?:번호|일자|월일|주소|연락처|국적|소속|직급|직위|비고|성별|나이|연령|은행|서명|날짜|금액|기관|업무|전화)$"
)
_HONORIFIC_WORD = re.compile(r"(?:씨|님)(?:께서|에게|은|는|이|가|의|을|를|과|와|도|께)?")
# a role and the names it lists: 위원 배우·김철우, 양철 / 불참: 구슬 / (an audit team's) 반원 ○○○·○○○ — every item
# is a person
# (a judgment's bench signs in a row apart by wide gaps: '판사 ○○○  ○○○  ○○○')
_BENCH = r"재\s?판\s?장|판\s?사|대\s?법\s?관"
_ROLE_LIST = re.compile(
    rf"(?:위\s?원\s?장|부위원장|위\s?원|간\s?사|참\s?석\s?자|참\s?석|불\s?참|배\s?석|반\s?원|구급대원|구조대원|{_BENCH})"
    r"[ \t]*[:：;]?[ \t]+"
    r"(?P<list>(?:[가-힣]{2,4}|[가-힣](?: [가-힣]){1,3})"
    r"(?:(?:[ \t]*[·,、ㆍ][ \t]*|[ ]{2,})(?:위원장|위원|간사)?[ \t]*(?:[가-힣]{2,4}|[가-힣](?: [가-힣]){1,3}))*)"
    r"(?=[ \t]*(?:$|\(|,|\n))",
    re.MULTILINE,
)
_LIST_ITEM = re.compile(r"(?:위원장|위원|간사)?[ \t]*(?P<item>[가-힣]{2,4}|[가-힣](?: [가-힣]){1,3})")
# a firm's head among its particulars: '상호 (주)○○ / 대표 ○○○ / 사업자등록번호 …', '(…, 대표 ○○○)'
_REPRESENTATIVE = re.compile(
    r"(?:^|[/,(|·][ \t]*)대[ \t]?표(?:자)?[ \t]+(?P<value>[가-힣]{2,4})(?=[ \t]*(?:$|[/,)|(·]))", re.MULTILINE
)
# what a name field holds when it holds no name
_NO_NAME = frozenset(
    [
        "생략",
        "미상",
        "외국인",
        "내국인",
        "주민",
        # the roles a complaint's parties are named by, never a name themselves
        "고소인",
        "피고소인",
        "고발인",
        "피고발인",
        "진정인",
        "피진정인",
        "참고인",
        "미기재",
        "본인",
        "전원",
        "없음",
        "해당없음",
        "상동",
        "동일",
        "공란",
        "익명",
        "비공개",
        "별첨",
        "별지",
        "기재",
        "참조",
        "미정",
        "가족",
        "대리인",
        "배우자",
        "기관",
        "법인",
        "해당",
        "대표",
        "담당",
        "공석",
        "직접",
        "다수",
        "불명",
        "없슴",
        # a seal's note where the signer's name would stand: '위원장 (직인생략)'
        "직인생략",
        "관인생략",
        "서명생략",
        "날인생략",
        "인장생략",
    ]
) | frozenset(
    # what a personnel order's first column says was done, in the cell before the office (| 전보 | 세무과 |)
    [
        "승진",
        "전보",
        "전출",
        "전입",
        "전직",
        "전임",
        "임용",
        "신규임용",
        "시보임용",
        "특별채용",
        "직무대리",
        "겸임",
        "겸직",
        "파견",
        "복귀",
        "복직",
        "휴직",
        "면직",
        "의원면직",
        "퇴직",
        "정년퇴직",
        "명예퇴직",
        "승급",
        "강임",
        "보직",
        "직위해제",
        "해임",
        "파면",
        "정직",
        "감봉",
        "견책",
        "배치",
        "재배치",
        "소속변경",
        "근속승진",
        "특별승진",
    ]
)
_NOT_A_PERSON = re.compile(
    r"주식회사|\(주\)|㈜|법인|회사|재단|협회|조합|센터|연구소|학교|병원|은행|공사|공단|[가-힣](?:장관|청장|시장|군수|구청장|도지사|처장|원장)$"
)
# a firm's legal-form mark: (주) or ㈜ 주식회사, (유) 유한회사, (사) 사단법인, (재) 재단법인
_COMPANY_MARK = r"(?:\(주\)|㈜|\(유\)|\(사\)|\(재\))"
_COMPANY_AFTER = re.compile(
    rf"[ \t]?{_COMPANY_MARK}"
)  # (on the same line: the next line's firm is another's)
# heads of a place's office: a two-syllable place before them (원주 시장) is not a name
_PLACE_OFFICES = ("시장", "군수", "구청장", "도지사", "청장", "교육감", "지사", "의장", "의원")
MODEL_SURE = 0.9
# where the context speaks against a name (a bullet's subject) the model must be all but certain: a
# Korean name's own syllables put it there, while an unknown compound reaches MODEL_SURE on the
# unknown-noun reading names share (고속선은 0.94)
MODEL_CERTAIN = 0.99
_MODEL_WHY = "name model"  # how a name of the model's explains itself
_KNOWN_PEOPLE = ("person", "group")
_COPULAS = frozenset(("입니다", "이에요", "예요", "이고요", "인데요", "이요", "이라고", "라고"))
_HONORIFIC = re.compile(r"\s?(?:님|씨|군|양)(?![가-힣])|님(?:의|은|는|이|께|과|에게)")
_GLUED_HONORIFIC = re.compile(r"(?:씨|양|군|님)(?:[은는이가을를의도와과께]|에게|께서)?(?![가-힣])")
_REPEAT_FREE = 6  # repeats always followed up to this many
_REPEAT_RATIO = 4  # beyond it, at most this many repeats per mention with context
_WRAPPED_LABEL = re.compile(r"(?:\([ \t]*[가-힣 ]{2,10}|[가-힣]{2,10}[ \t]*[:：])[ \t]*\n[ \t]*$")
_KEY_AFTER = re.compile(r"[ \t]{0,2}[:：]")
_SPACED_COLON = re.compile(r"[ \t][:：][ \t]")
_LIST_CHARS = frozenset(" ,、·ㆍ")
_LIST_SEP = re.compile(r"^\s*[,、·ㆍ]\s*$")
_SIGNATURE = re.compile(r"[ \t]{0,4}\((?:서명|인|sign|印)")
# a letter's sign-off after the writer's name: '○○○ 드림', '○○○ 올림'
_LETTER_SIGN_OFF = re.compile(r"[ ]?(?:드림|올림)(?![가-힣])")
_LABEL_PUNCT = frozenset(" \t:：(|/→)[\n")
# a contact right after a name: (연락처 …), (☎ …), (010-…) or an e-mail display name (이름 <id@host>)
_CONTACT_AFTER = re.compile(
    r"[ \t]?(?:\([ \t]*\(?[ \t]*(?:연\s*락\s*처|전\s*화|휴대\s*폰?|☎|[Tt]el|TEL|0\d)|<[A-Za-z0-9._%+\-]+@)"
)
# a list's numbered or bulleted row that opens with the name, the person's e-mail or mobile the next field:
# '2. ○○○  a.b@c.kr  010-…' ('_CONTACT_ROW' is the line's head before the name; without the mark a form's
# label opens such a line too: '휴대폰  010-…')
_CONTACT_ROW = re.compile(r"[ \t]*(?:\d{1,3}[.)]|[\-·•○▶])[ \t]*")
_CONTACT_CELL_AFTER = re.compile(
    rf"(?:[ \t]{{2,}}|[ \t]*[|\t,/][ \t]*)(?:{EMAIL_IN_ROW}|01[016789][\- ]?\d{{3,4}}[\- ]?\d{{4}})"
)
# reasons that put the candidate in a slot only a name fills (a one-syllable given name is taken there)
_SLOT_REASONS = ("name column", "grade before", "form's particle pair after", "age after")
# a form's blank for a noun, both particles printed: '은(는)', '이(가)', '을(를)'
_ALT_PARTICLE = re.compile(r"\((?:는|은|가|이|를|을)\)")
# a birth date in brackets right after the word, alone or before the person's other data
# (a year of this decade is the document's date after its title: '지급 명세 (2026. 1. 27.)')
_BIRTH_YEAR = r"(?:19\d{2}|20[01]\d)"
_BIRTH_AFTER = re.compile(
    rf"[ ]?\([ ]?(?:(?:{_BIRTH_YEAR}|\d{{2}})[.\-/][ ]?\d{{1,2}}[.\-/][ ]?\d{{1,2}}\.?"
    rf"|{_BIRTH_YEAR}년[ ]?\d{{1,2}}월[ ]?\d{{1,2}}일|\d{{2}}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))"
    r"(?:[ ]?생)?[ ]?[),]"
)
# the honorifics of a boy or a girl after a name, then a particle ('○ ○ ○ 군에게', '○ ○ ○ 양의')
_YOUNG_HONORIFIC = re.compile(r"[ ]?[군양](?:에게|은|는|이|의|을|를|과|와|도|께)(?![가-힣])")
# a transcript's turn opening a line: a bullet and the speaker's role before the name, a colon after (a form's
# spaced-out labels, '기 관 명:', '- 은 행 명 :', have no role word before them)
_TURN_HEAD = re.compile(r"[ \t]*[○●◦▶□■·\-][ \t]*[가-힣]{1,6}[ \t]")
_COLON_NEXT = re.compile(r"[ \t]?[:：]")
# the first person of a group and how many others: '○○○ 외 3명', '○○○ 외 2인'
_OTHERS_AFTER = re.compile(r"[ ]외[ ]?\d{1,3}[ ]?(?:명|인)(?![가-힣])")
# a person's age in brackets, alone or with a job or a place: '(42)', '(42세)', '(42·주부)', '(42, 가람동)'
_AGE_AFTER = re.compile(
    r"[ ]?\([ ]?\d{1,3}[ ]?세?(?:[ ]?[·,ㆍ][ ]?[가-힣 ]{1,8})?\)(?:[ ]?씨|[은는이가의을를와과도]|[ ,.])"
)
# a reporter's byline: '… 기자 = '
_BYLINE = re.compile(r"[ ]?=")
# a help desk or a site after a word: the word names a service or an office ('○○ 고객센터', '○○ 누리집')
_SERVICE_DESKS = ("고객센터", "콜센터", "상담센터", "민원센터", "누리집", "홈페이지")
# inside a person's bracket after the age: a place or a job ('(31세, 신흥동)', '(45·자영업)')
_ATTRIBUTE_BRACKET = re.compile(r"\([ ]?\d{1,3}[ ]?세?[ ]?[,·ㆍ][ ]?$")
# a form's label that a scan broke into two words ('전화번 호', '주민등록번 호'): the first piece is no name
_SPLIT_LABELS = ("전화번호", "휴대전화", "주민등록번호", "여권번호", "생년월일", "전자우편")
# the speaker heading a transcript's line: '○○○: …', '- ○○ : …', a foreign name in Hangul words
_SPEAKER_TAG = re.compile(
    r"^[ \t]*(?:[-○◇□▶·][ \t]*)?(?P<tag>[가-힣]{2,5}(?: [가-힣]{1,6}){0,2})[ \t]*[:：](?![:：])", re.MULTILINE
)
_COLON_BEFORE = re.compile(r"[가-힣][ \t]*[:：][ \t]*$")
# the value ends there (a line's end, a bracket, a cell's bar, a wide gap), not a speaker's first word
# (or a contact, an honorific, or the rest of a foreign name: '담당: ○○ 010-…', '수신: ○○ ○○○ 님')
_FIELD_END = re.compile(
    r"[ \t]*(?:$|\n|[(|/,]|[ \t]{2})|[ \t]+(?:[\d+(]|님|씨|귀하|[가-힣]{1,4}[ \t]*(?:[(\n]|님|씨|$))"
)
# a civil-service grade right before a name in personnel lists (▲ 운영지원과 5급 김민수), or in a personnel
# order's aligned cells ('전보  행정6급  김민수  총무과')
# (a personnel order writes the grade in brackets after the title: '행정주사보(7급) ○○○')
_GRADE_BEFORE = re.compile(r"\d[ ]?급[)）]?(?:[ ]?|[ \t]{2,3})$")
_NEXT_WORD = re.compile(r"[ \t]{0,3}[(\[]?[ \t]*([가-힣]+)")
_BULLET = re.compile(r"^\s*(?:[○◦ㅇ•·\-□■◎※▶▷*]|\d{1,2}[.)]|[가-하][.)])?\s*$")
# last syllables of places and offices (연수구, 정보화담당관실): known proper nouns ending so are not names
_PLACE_END = tuple("시군구도읍면동리과팀실처청")
_JOB_ENDINGS = ("지도사", "상담원", "상담사", "복지사", "관리사", "조사관", "통역사", "지도원", "간호사")
_OFFICE_END = tuple("과팀실국청처부원소")
_COMPANY_BEFORE = re.compile(rf"(?:주식\s*회사|유한\s*회사|{_COMPANY_MARK})\s*$")
_VENUE_LABEL = re.compile(r"(?:장\s*소|위\s*치|개\s*최\s*지)\s*[:：]?\s*$")
_TRADE_ENDINGS = tuple(sorted(load("trade_endings")))  # (○○약국, ○○렌터카: a firm, not a person)
_COMPANY_GLUED = re.compile(rf"{_COMPANY_MARK}$")  # the mark glued to the firm's name
_TOWN_BEFORE = re.compile(r"[가-힣]{1,5}(?:시|군|구)[ \t]+$")
# a vehicle's field or its plate right before a word: the word is the car's model ('차명: ○○')
_VEHICLE_BEFORE = re.compile(
    r"(?:차\s*명|차\s*종|대여\s*차량|차\s*량\s*명|모\s*델)\s*[:：]?\s*$|\d{2,3}\s?[가-힣]\s?\d{4}\s*[(/]?\s*$"
)
_OFFICIAL_TITLES = ("주무관", "사무관", "서기관", "과장", "팀장", "담당", "주사", "대표")


def _policy_score(probability: float, threshold: float) -> float:
    """The model's probability on the policy's scale: its own threshold maps to 0.5, the default
    score threshold, so every name the model keeps is one the default policy redacts."""
    if threshold >= 0.5:
        return round(probability, 3)
    return round(0.5 + 0.5 * (probability - threshold) / (1.0 - threshold), 3)


def _foreign_word_name(value: str) -> bool:
    """A foreign name written as one Hangul word (솜차이웡사, 엥흐바타르): Kiwi finds no morpheme it
    knows in it, and it does not end like an organisation (가람정보기술, 행복센터)."""
    if len(value) > 10 or value.endswith(NOT_NAME_END):
        return False
    return all(tag in ("NNG", "NNP") and score <= KNOWN_WORD_SCORE for _, tag, score in morphemes(value))


_PLACE_WORD_END = tuple("시군구도읍면동리로길")


def _words_of_language(value: str) -> bool:
    """A cell of several words that says something rather than names someone: a word of it is vocabulary
    (실거주 불일치, 명의 차량), it is a heading spaced out (판 결 선 고), or a name already anonymised (김 모)."""
    words = value.split()
    if _anonymised(value) or _anonymised(words[0]) or words[-1] in ("모", "某", "씨", "님"):
        return True  # (a title after the name is the rules' to judge: '김 모 씨', '석모 씨')
    if all(len(w) == 1 for w in words):
        return vocabulary_word("".join(words))
    return any(
        len(w) >= 2
        and (
            vocabulary_word(w)
            or (known_word(w) and morphemes(w)[0][1] != "NNP")
            or (len(w) >= 3 and w.endswith(_PLACE_WORD_END))  # 고양시 일산동구 한빛로: an address
        )
        for w in words
    )


def _date_key(word: str) -> bool:
    """신청일, 발급일: a known word and 일 is a form's date key, not a name."""
    return word.endswith("일") and len(word) >= 3 and known_word(word[:-1])


def _category_cell(view: TextView, value: str) -> bool:
    """The value fills three or more cells of the text (미수검, 상황반, 심사중): a column of categories,
    which repeat down a roster as names do not."""
    cells = 0
    for start in occurrences(view.norm, value):
        if view.cell_is(start, value):
            cells += 1
            if cells >= 3:
                return True
    return False


def _glued_to_number(view: TextView, start: int) -> bool:
    """A word glued to digits is a unit or a counter (2,065천원은, 3명이), not a name."""
    return start > 0 and view.norm[start - 1].isdigit()


# a foreigner's registration number, dashed or not, masked after the sex digit or not
_FOREIGNER_NUMBER = re.compile(r"(?<![\d\-])\d{6}[ ]?-?[ ]?[5-8][\d*●○X]{6}(?![\d\-])")
_SECTION_HEADS = ("과장", "팀장", "계장", "반장")
_EVERYDAY = -14.5  # Kiwi's log-probability above which a one-morpheme common word is an everyday one


def _everyday_word(word: str) -> bool:
    """A frequent common word (체류, 연장), not a rare transcription Kiwi happens to list (레예스)."""
    parts = morphemes(word)
    return len(parts) == 1 and parts[0][1] != "NNP" and parts[0][2] > _EVERYDAY and known_word(word)


_INSTITUTION_WORD = re.compile(r"은행|금고|신협|우체국|회사|센터|공단|법인|학교|대학")


def _word_in_cell(value: str) -> bool:
    """A cell's value that is a word of the dictionary. A cell holds no sentence, so a reading as a
    word and its particle ('임원' + '은') does not count: a name may end in a particle's syllable."""
    if not ordinary_word(value, value):
        return False
    return known_word(value) or value[-1] not in _PARTICLE_SYLLABLES


def _spaced_title(view: TextView, start: int, joined: str) -> bool:
    """Letters that spell a word and a document's ending (공탁 + 서, 차용 + 증) heading the text, or
    before a bracket that says which kind ('공 탁 서 (금전)'): a form's title written spaced out, not a
    name (a card's line '이 민 서' further down stays a name)."""
    line_start, line_end = view.line_at(start)
    rest = view.norm[start + 2 * len(joined) - 1 : line_end].strip()
    heading = not view.norm[:start].strip() and not rest
    return (
        len(joined) == 3
        and joined[-1] in _DOCUMENT_ENDINGS
        and not view.norm[line_start:start].strip()
        and (heading or rest[:1] in ("(", "（", "["))
        and common_word(joined[:2])
    )


_DOCUMENT_ENDINGS = frozenset("서장증표부록")
_PARTICLE_SYLLABLES = frozenset("은는이가을를의도와과")
_NAME_LABEL_NEXT = re.compile(r"(?:[ ]{2,}|\t|[ ]*\|[ ]*)(?:성\s*명|이\s*름)")
# a civil-service grade in an appointment order's row ('청년정책과 | 지방행정서기 | ○○ | 전보'): a person's row
_GRADE_IN_ROW = re.compile(
    r"지방[가-힣]{0,6}(?:주사보|주사|서기보|서기|사무관|서기관)|(?<![\d.])[1-9]급(?![가-힣])"
)
# a row's first cell holding only its number, then two Hangul syllables in the next ('3 | 나무 |', '4⇥나무⇥')
_ROW_NUMBER_THEN_TWO = re.compile(
    r"[ \t]*\|?[ \t]*\d{1,3}[ \t]*(?:\||\t)[ \t]*(?P<value>[가-힣]{2})(?![가-힣])"
)


def _anonymised(name: str) -> bool:
    """김모, 이모 씨, 박 모(48): a surname and 모 ('a certain') is how reports already hide a person;
    a surname and 씨 alone (운전자 김씨가) names nobody a reader could find either."""
    bare = name.replace(" ", "").removesuffix("씨").removesuffix("님")
    if len(bare) == 2 and bare[1] == "모":
        return True
    compact = name.replace(" ", "")
    return len(compact) >= 2 and compact[1] == "씨" and (len(compact) == 2 or compact[2:] in _PARTICLES)


# nouns that take 명 for "the name of …" in a form's labels (은행명, 기관명, 업체명)
_NAMED_BY = frozenset(
    [
        "은행",
        "기관",
        "업체",
        "회사",
        "상호",
        "단체",
        "법인",
        "제품",
        "상품",
        "사업",
        "사업장",
        "과제",
        "시설",
        "학교",
        "부서",
        "직위",
        "직책",
        "계좌",
        "과목",
        "건",
        "품",
        "행사",
    ]
)


def _said(value: str) -> bool:
    """A run of words ending in a verb's final ending ('… 말했다', '… 있어요'): a sentence after a role
    word, not a name written after its label."""
    last = value.split()[-1]
    return len(value.split()) > 1 and last.endswith(("다", "요")) and morphemes(last)[-1][1] == "EF"


# an address's own number or unit on the line before a bracket ('… 다온로 35, 101동 202호 (서현동, …)')
_ADDRESS_BEFORE = re.compile(r"(?:로|길)[ ]?\d|\d[ ]?(?:호|층|번지)")


def _in_address_bracket(view: TextView, start: int, end: int) -> bool:
    """A 동, 읍, 면 or 리 opening the bracket after an address is the place's legal name, which road-name
    addresses add in brackets ('(서현동, 청림맨션)'), not a person."""
    if view.norm[end - 1 : end] not in ("동", "읍", "면", "리") or view.norm[start - 1 : start] != "(":
        return False
    return _ADDRESS_BEFORE.search(view.left(start, 40, 1)) is not None


_SENTENCE_END = re.compile(r"(?:다|요|음|함|임)?[.?!][\"'”’)]?\s*$")


def _after_sentence(view: TextView, start: int) -> bool:
    """A line that opens the text or follows a line ending a sentence (…했다.): prose, whose lines
    start sentences, not a list whose items open with their subject."""
    line_start = view.line_at(start)[0]
    if view.norm[:line_start].strip() == "":
        return True
    return _SENTENCE_END.search(view.norm, max(0, line_start - 12), line_start) is not None


# a foreign name as the rules find it: Latin words or Hangul words apart (one long Hangul word is as often
# a firm's name a field held)
_FOREIGN_SHAPED = re.compile(r"[A-Za-z][A-Za-z'’\-]*,? [A-Za-z].*|[가-힣]+ [가-힣]+(?: [가-힣]+)*")
_HANGUL_RUN = re.compile(r"[가-힣]*")
# the rest of a letter-spaced line: a name's letters then an office's or its head's ('하 천 시 장', '○ ○ 구 청')
_SPACED_REST = re.compile(r"((?: [가-힣])+)[ \t]*$", re.MULTILINE)


def _foreign_shaped(value: str) -> bool:
    """A foreign name's shape, none of its Hangul words a word of the language or a place (○○도 ○○시,
    1종 ○○: what a rule took for a name once is not followed through the text)."""
    if not _FOREIGN_SHAPED.fullmatch(value):
        return False
    for word in re.findall(r"[가-힣]{2,}", value):
        if known_kind(word) == "other" or (known_word(word) and morphemes(word)[0][1] != "NNP"):
            return False  # (the list of known names says which proper nouns are places and firms)
    return True


def _echoes(view: TextView, hits: list[Hit]) -> Iterator[Hit]:
    """The other mentions of a foreign name found once with context ('학생: … Jane Roe (…)' then 'Jane
    Roe는 …'): a Korean name's repeats are followed by the rules, whose candidates open with a surname."""
    norm = view.norm
    names = {norm[h.start : h.end] for h in hits if _foreign_shaped(norm[h.start : h.end])}
    if not names:
        return
    taken = sorted((h.start, h.end) for h in hits)
    # longest first, so that a name inside a longer one found too ('반 안' in '응우옌 반 안') never takes
    # the longer one's mention; and in one order whatever the process's string hashing
    for name in sorted(names, key=lambda n: (-len(n), n)):
        for start in occurrences(norm, name):
            end = start + len(name)
            before = norm[start - 1 : start]
            if before.isalpha() or any(s < end and start < e for s, e in taken):
                continue
            rest = _SPACED_REST.match(norm, end)
            if rest and rest.group(1).replace(" ", "").endswith(("장", "청")):
                continue  # a letterhead or a sign-off spaced out, not the name again
            rest = _HANGUL_RUN.match(norm, end)
            tail = rest.group() if rest else ""
            if norm[end : end + 1].isascii() and norm[end : end + 1].isalpha():
                continue
            if tail and tail not in _PARTICLES and not tail.startswith(("씨", "님")):
                continue
            taken.append((start, end))
            yield Hit(start, end, 0.75, "same name found elsewhere in the text")


_PUBLIC_OFFICES = (
    "경찰서",
    "소방서",
    "세무서",
    "지구대",
    "파출소",
    "보건소",
    "출장소",
    "검찰청",
    "교육청",
    "우체국",
)


def _drop_model_pieces(found: dict[int, Hit], spelled: list[Hit]) -> None:
    """A foreign name written in Hangul words, found whole (beside its Latin form, or as a run of
    transcribed words), takes the place of the words of it the name model took alone ('오르테가' of
    '나디아 오르테가', or both words of '마리아 산토스'): the model scores words, so it cannot see where
    a spaced name starts. Only when every name found over it is such a piece inside it."""
    for hit in spelled:
        overlapping = [h for h in found.values() if h.start < hit.end and hit.start < h.end]
        if overlapping and all(
            hit.start <= piece.start
            and piece.end <= hit.end
            and piece.end - piece.start < hit.end - hit.start
            and piece.why.startswith(_MODEL_WHY)
            for piece in overlapping
        ):
            for piece in overlapping:
                del found[piece.start]


def _named_thing(name: str) -> bool:
    """What a name-shaped word names instead of a person: a country (태국), an office (위생과,
    강력팀: a known word and the office's ending), a form label (은행명) or a language (한국어)."""
    if COUNTRY_NAME.fullmatch(name):
        return True
    if len(name) < 3:
        return False
    head, last = name[:-1], name[-1]
    if last in "과팀" and known_word(head):
        return True
    if last == "명" and head in _NAMED_BY:
        return True
    if name.endswith(_PUBLIC_OFFICES):
        return True  # ○○경찰서, ○○지구대: a place name before its office, read whole
    return last == "어" and (head == "한국" or COUNTRY_NAME.fullmatch(head) is not None)


def _not_a_person_here(view: TextView, start: int, word: str) -> bool:
    """Where a name-shaped word of the model's names a firm, a vehicle, an office or a town: glued to a
    company mark ('(주)○○건설', '○○렌터카(주)'), with a trade's ending ('○○약국'), in a vehicle's field
    or after its plate ('차명: ○○', '12가 3456 (○○)'), as an office before its official's title
    ('○○과 주무관'), a 읍 or 면 after its 시, 군 or 구, or a word ending like a town that opens its line
    (the sending office of a 공문, a headline's subject)."""
    after = start + len(word)
    if _COMPANY_GLUED.search(view.left(start, 4, 1)) or _COMPANY_AFTER.match(view.norm, after, after + 4):
        return True  # ('(주) 홍길동', '○○ 주식회사 홍길동': the firm's head, named after it, stays)
    if len(word) >= 4 and word.endswith(_TRADE_ENDINGS):
        return True
    if _VEHICLE_BEFORE.search(view.left(start, 16, 1)):
        return True
    if word.endswith("과"):
        m = _NEXT_WORD.match(view.norm, after, after + 16)
        if m is not None and m.group(1).startswith(_OFFICIAL_TITLES):
            return True
    if word.endswith(("읍", "면")) and _TOWN_BEFORE.search(view.left(start, 12, 1)):
        return True  # '가람시 누리구 ○○읍 …': a town in an address
    if word.endswith(("읍", "면", "역", "시", "군")) and (
        view.left(start, 2, 1).endswith("/")  # a news item's dateline: '/○○읍 = ○○○ 기자'
        or view.norm.startswith(" =", after)
        or _VENUE_LABEL.search(view.left(start, 8, 1))  # '장소: ○○읍 회의실'
    ):
        return True
    return word.endswith(("시", "군", "구")) and not view.left(start, 12, 1).strip(" \t[]")


def _document_word(name: str) -> bool:
    """A word and the table it heads ('현황' + '표'): a title after its label, not a name ('수혜자
    현황표'). Only 표: names end in 서 and 안 as often as papers do (신청서, 민서; 기본안, 이안)."""
    return len(name) >= 3 and name.endswith("표") and known_word(name[:-1])


# a particle a scan spaced out like the name's letters ('○ ○ ○ 의 연락처')
_PARTICLE_LETTERS = frozenset("의은는이가을를와과도")


def _sub_runs(runs: list[re.Match[str]]) -> Iterator[tuple[int, str, str]]:
    """(start, letters, whole run) of each spaced run, and of a run of four without a letter that may not
    be the name's: its first, a word of one letter the run took in (a number's unit: '6반 나 은 솔'; a
    letter of kin: '모 ○ ○ ○', '(부 ○ ○ ○'), and its last when a particle closes it."""
    for m in runs:
        run, start = m.group("syl"), m.start("syl")
        yield start, run, run
        if run.count(" ") != 3:
            continue
        yield start + 2, run[2:], run
        if run[-1] in _PARTICLE_LETTERS:
            yield start, run[:-2], run


def _words_before(view: TextView, start: int) -> list[str]:
    """The words of `start`'s line before it ('' last when a bar ends them), a title spaced out to
    a cell's width counted as written ('주 무 관', '국   장')."""
    line_start, _ = view.line_at(start)
    return _SIGN_OFF_SPLIT.split(_SPACED_LETTERS.sub("", view.norm[line_start:start]).rstrip())


def _particle_syllable(name: str) -> bool:
    """Kiwi reads a whole syllable of the word as a particle or an ending (피고 인은 → 인 + 은), not a
    final consonant it split off (a given name 솔 read as a noun ending in 소 and the object marker ㄹ),
    which a name's syllable often looks like."""
    return any(tag.startswith(("J", "E")) and "가" <= form <= "힣" for form, tag, _ in morphemes(name))


class KoPersonRecognizer(KoreanRecognizer):
    ENTITY = "PERSON"
    CONTEXT = ("성명", "이름", "신청인", "담당자", "예금주", "대표자", "주무관", "사무관", "위원")

    def __init__(self, name_model: NameModel | None = None) -> None:
        super().__init__()
        self._model = name_model
        names = load("surnames")
        self._surname1 = frozenset(n for n in names if len(n) == 1)
        self._surname2 = frozenset(n for n in names if len(n) == 2)
        self._titles = load("name_titles")
        self._labels = frozenset(x.replace(" ", "") for x in load("name_labels"))
        self._not_names = load("not_names")
        self._titled = frozenset(self._titles | {t + p for t in self._titles for p in _PARTICLES})
        honorific = {h + p for h in _HONORIFICS for p in _PARTICLES} | set(_HONORIFICS)
        self._suffixes = _PARTICLES | frozenset(honorific)
        # a committee's or an office's title written onto a full name ('김민수위원', '박서연주무관은')
        self._glued = frozenset(t + p for t in _GLUED_TITLES for p in ("", *_PARTICLES))
        self._cues = self._titles | self._labels
        # 운전자, 근로자 columns hold people; 수신자 columns mostly offices
        self._person_labels = frozenset(
            x for x in self._labels if len(x) >= 3 and x[-1] in "자인주" and not x.startswith("수신")
        )
        self._cue_max = max(len(c) for c in self._cues)
        self._split_cache: dict[str, list[tuple[int, str]]] = {}
        self._office_titles = tuple(t for t in self._titles if len(t) >= 2)
        # what a name field's value may end in after the name (a title, a copula) or open with (a job, an office)
        self._field_tails = self._titled | self._cues | _COPULAS
        self._field_heads = (*self._office_titles, *_OFFICE_END)
        sign_off = {c for c in self._cues if len(c) >= 2} | {"협조", "결재", "기안", "검토", "전결"}
        self._title_words = re.compile("|".join(sorted(sign_off, key=len, reverse=True)))

    # candidates -------------------------------------------------------------------------------
    def _splits(self, word: str) -> list[tuple[int, str]]:
        """(name length, suffix) readings of a Hangul word, most plausible first (memoised)."""
        cached = self._split_cache.get(word)
        if cached is None:
            cached = self._split_cache[word] = self._compute_splits(word)
            if len(self._split_cache) > 200_000:
                self._split_cache.clear()
        return cached

    def _compute_splits(self, word: str) -> list[tuple[int, str]]:
        out: list[tuple[int, str]] = []
        lengths: list[int] = []
        if word[0] in self._surname1:
            lengths += [3, 2]
        if word[:2] in self._surname2:
            lengths = [4, 3, *lengths]
        for length in lengths:
            suffix = word[length:]
            fits = len(word) >= length and (
                suffix == "" or suffix in self._suffixes or (length >= 3 and suffix in self._glued)
            )
            if fits and word[:length] not in self._not_names:
                out.append((length, suffix))
        return out

    def find(self, view: TextView) -> Iterator[Hit]:
        hits = list(self._find(view, rejoin=True))
        hits += self._spellings(view, hits)
        hits += list(_echoes(view, hits))  # (read from the hits found so far, then added)
        yield from hits
        for start, end in given_name_mentions(view, [(h.start, h.end) for h in hits if h.score >= 0.5]):
            yield Hit(start, end, 0.75, "the given name alone of a name found in full (see name_given)")

    def _find(self, view: TextView, rejoin: bool) -> Iterator[Hit]:
        """Every name in the view; with `rejoin`, letter-spaced runs are read again joined (once)."""
        found: dict[int, Hit] = {}
        weak: list[tuple[int, int, str]] = []
        others: list[tuple[int, int, str]] = []
        for m in _WORD.finditer(view.norm):
            word = m.group()
            if len(word) < 2 or (word[0] not in self._surname1 and word[:2] not in self._surname2):
                continue
            splits = self._splits(word)
            if not splits:
                continue
            length, suffix = splits[0]
            if _ALT_PARTICLE.match(view.norm, m.end(), m.end() + 4):
                # '석준은(는)': the particle pair shows where the name ends
                length, suffix = next(((n, x) for n, x in splits if x in _PARTICLES), (length, suffix))
            start, end = m.start(), m.start() + length
            verdict = self._judge(view, start, end, word, suffix)
            if verdict is None:
                others.append((start, end, word))
            elif isinstance(verdict, tuple):
                found[start] = Hit(start, end, verdict[1], verdict[0])
            else:
                weak.append((start, end, word))
        unsure: list[re.Match[str]] = []
        for m in _SPACED.finditer(view.norm):
            if not self._spaced(view, m, found):
                unsure.append(m)
        self._spaced_after_titles(view, found)
        self._lists(view, weak, found)
        # (after the lists: the words beside a foreign name are not read as more names of its list)
        self._foreign_in_slots(view, found)
        self._foreign_before_honorific(view, found)
        self._repeat(view, [(s, e, w) for s, e, w in weak] + others, found)
        self._labelled_values(view, found)
        self._modelled(view, found)
        self._before_ssi(view, found)
        self._fellow_speakers(view, found)
        self._rosters(view, found)
        # (again, now that slots and the model have found names the rules had no context for)
        self._repeat(view, [(s, e, w) for s, e, w in weak] + others, found, late=True)
        self._repeat(view, [(s, e, w) for s, e, w in weak] + others, found, short=True)
        if rejoin:
            self._rejoined(view, unsure + list(_SPACED_PAIR.finditer(view.norm)), found)
        for start in [
            s
            for s, h in found.items()
            if _named_thing(view.norm[h.start : h.end])
            or _in_address_bracket(view, h.start, h.end)
            or municipality(view, view.norm[h.start : h.end].replace(" ", ""))
        ]:
            del found[start]
        # (a transcription knows its length from the Latin beside it: a shorter name found inside it,
        # 'Rosa Quispe(로사 키스페, 34)' read as '키스페' alone, gives way to it)
        transcribed = list(transcribed_pairs(view))
        for pair in transcribed:
            for start in [s for s, h in found.items() if pair.start <= h.start and h.end <= pair.end]:
                if found[start].end - start < pair.end - pair.start:
                    del found[start]
        # (a transcription knows its length from the Latin beside it: its span is taken first)
        spelled = [
            hit
            for hit in [*transcribed, *hangul_names(view, self._surname1), *romanised_pairs(view)]
            if not _anonymised(view.norm[hit.start : hit.end])
            and not _named_thing(view.norm[hit.start : hit.end].replace(" ", ""))  # 박 모(48), (태 국)
        ]
        _drop_model_pieces(found, spelled)
        # (however a slot found it, a surname and 모 is a person the writer already hid: '석모씨', '인 모 씨')
        yield from (h for h in found.values() if not _anonymised(view.norm[h.start : h.end]))
        yield from self._across_wraps(view, found)
        yield from latin_names(view)
        for kind, start, end in mrz_fields(view):
            if kind == "name":
                yield Hit(start, end, 0.9, "holder's name in a passport's machine-readable zone")
        taken = [(h.start, h.end) for h in found.values()]
        for hit in spelled:
            if not any(s < hit.end and hit.start < e for s, e in taken):
                taken.append((hit.start, hit.end))
                yield hit

    def _across_wraps(self, view: TextView, found: dict[int, Hit]) -> Iterator[Hit]:
        """Names a hard line wrap split (성명: 옥⏎민재, 팀장 주⏎은주에 따르면): the two lines are read
        again joined at the break, and a name that spans the join is kept. Only breaks between short
        Hangul pieces that make a name's length are tried, so ordinary line ends cost nothing."""
        norm = view.norm
        for m in _WRAP_SPLIT.finditer(norm):
            head, tail = m.group("head"), m.group("tail")
            if not 2 <= len(head) + len(tail) <= 4:
                continue  # the two pieces are a name together, or they are two words
            if head[0] not in self._surname1 and (head + tail)[:2] not in self._surname2:
                continue
            if (len(head) >= 2 and known_word(head)) or _SPACED_RUN.match(norm, m.end("tail")):
                continue  # a line ending in a word (동거⏎모), or a heading written spaced (이 유⏎범 죄 사 실)
            if _SPACED_BEFORE.search(norm, max(0, m.start() - 3), m.start()):
                continue  # the head is the last letter of a spaced run (이 유⏎범)
            if tail in _DOCUMENT_LABELS:
                continue  # the next line is a 공문's own label ('○○구⏎수신 ○○장관')
            brk = m.start("tail") - 1
            if any(h.start < m.end("tail") and m.start() < h.end for h in found.values()):
                continue  # either piece is already a name on its own line
            line_start = view.line_at(brk)[0]
            next_end = view.line_at(brk + 1)[1]
            joined = norm[line_start:brk] + norm[brk + 1 : next_end]
            offset = brk - line_start  # where the break was, in `joined`
            piece = (offset - len(head), offset + len(tail))  # head and tail, in `joined`
            for hit in self._find(TextView(joined), rejoin=False):
                if hit.start == piece[0] and offset < hit.end <= piece[1]:  # a particle may follow
                    start = line_start + hit.start
                    end = line_start + hit.end + (1 if hit.end > offset else 0)
                    yield Hit(start, end, hit.score, hit.why + " (across a line wrap)")

    def _modelled(self, view: TextView, found: dict[int, Hit]) -> None:
        """Names the rules found no context for, in prose (김성동(54)은, 트럼프 대통령은): the model's."""
        model = self._model or packaged()
        taken = sorted((h.start, h.end) for h in found.values())
        for span in model.find(view.norm, frozenset(found)):
            if any(s < span.end and span.start < e for s, e in taken):
                continue
            name = view.norm[span.start : span.end]
            if (
                name in self._not_names
                or name in self._cues
                or _anonymised(name)
                or _glued_to_number(view, span.start)
            ):
                continue  # the form examples (홍길동) stay examples; a title (소방위) is not a name
            m = _WORD.match(view.norm, span.start)  # the whole word the name opens (민주주의, 고속선은)
            if m is None or self._vocabulary(m.group(), name, span.probability):
                continue
            if _not_a_person_here(view, span.start, m.group()):
                continue
            if self._rules_refuse(view, span.start, m.group(), name, span.probability):
                continue
            found[span.start] = Hit(
                span.start,
                span.end,
                _policy_score(span.probability, model.threshold),
                f"{_MODEL_WHY} ({model.name})",
            )

    def _before_ssi(self, view: TextView, found: dict[int, Hit]) -> None:
        """A one-word name right before 씨 that neither the rules nor the model took (see name_before_honorific)."""
        taken = [(h.start, h.end) for h in found.values()]
        for start, end in names_before_ssi(view, self._no_name_before_ssi):
            if not any(s < end and start < e for s, e in taken):
                found[start] = Hit(
                    start, end, 0.7, "a word before 씨 or a salutation's 님 (see name_before_honorific)"
                )

    def _no_name_before_ssi(self, word: str) -> bool:
        return (
            word in self._cues
            or word in self._not_names
            or word in _NO_NAME
            or _anonymised(word)
            or self._title_words.fullmatch(word) is not None
            or word.endswith(self._office_titles)
            or self._place(word)
        )

    def _fellow_speakers(self, view: TextView, found: dict[int, Hit]) -> None:
        """A transcript's turns ('○○○: …' on each line): once two speakers are names the rules found,
        the others in the same place are people too ('○○: …' with a one-syllable given name, a foreign
        name written in Hangul words)."""
        tags = [(m.start("tag"), m.group("tag")) for m in _SPEAKER_TAG.finditer(view.norm)]
        if len(tags) < 3:
            return
        named = {tag for start, tag in tags if start in found and found[start].end - start == len(tag)}
        if len(named) < 2:
            return
        for start, tag in tags:
            held = found.get(start)
            # (the model scores words: of a speaker '아마라 오카포' it may have taken the first word alone)
            piece = held is not None and held.why.startswith(_MODEL_WHY) and held.end - start < len(tag)
            if (held is not None and not piece) or tag in named or self._not_a_speaker_name(tag):
                continue
            found[start] = Hit(start, start + len(tag), 0.8, "a transcript's speaker among named speakers")

    def _rosters(self, view: TextView, found: dict[int, Hit]) -> None:
        """Names a list's shape gives away: the other names of a line that lists people and nothing else,
        of an office list's items (see name_rosters), the senders heading a chat export's messages
        (see name_chat_heads), names in Han characters in a name slot (see name_han), and the names
        opening a travellers' list's rows (see traveller_lists)."""
        named = {
            s: h.end
            for s, h in found.items()
            if h.score >= 0.5 and not _named_thing(view.norm[h.start : h.end])
        }
        for start, end in roster_names(view, named, self._on_roster):
            found[start] = Hit(start, end, 0.8, "beside other names on a roster line")
        for start, end in office_list_names(view, named, self._on_roster):
            found[start] = Hit(start, end, 0.8, "an office list's item, as the other items name people")
        for start, end in chat_head_names(view, self._on_roster):
            if start not in found:
                found[start] = Hit(start, end, 0.8, "the sender heading a chat export's message")
        for start, end in han_names(view):
            if start not in found:
                found[start] = Hit(start, end, 0.8, "a name in Han characters in a name field or column")
        for row in (row for row in traveller_rows(view) if row.plain):
            start, end = row.name
            if not any(h.start < end and start < h.end for h in found.values()):
                found[start] = Hit(
                    start, end, 0.8, "the name opening a travellers' list row (see traveller_lists)"
                )

    @staticmethod
    def _spellings(view: TextView, hits: list[Hit]) -> list[Hit]:
        """A found name's spelling in the other script in brackets after it (see name_spellings)."""
        named = {h.start: h.end for h in hits if h.score >= 0.5}
        return [
            Hit(start, end, 0.8, "the name's other-script spelling in brackets after it")
            for start, end in other_spellings(view, named)
            if not any(h.start < end and start < h.end for h in hits)
        ]

    def _on_roster(self, word: str) -> bool | None:
        """A word of a roster line: a name (True), a title, a sign-off mark or a known word the line may
        carry beside its names (False: 위원장, 전결, 예산과장), or a word no roster holds (None)."""
        if (
            word in self._cues
            or self._title_words.fullmatch(word) is not None
            or word.endswith(self._office_titles)
        ):
            return False
        shaped = (word[0] in self._surname1 and 2 <= len(word) <= 4) or (
            word[:2] in self._surname2 and 3 <= len(word) <= 5
        )
        if not shaped:
            return None
        return not (word in self._not_names or _named_thing(word) or common_word(word) or self._place(word))

    def _not_a_speaker_name(self, tag: str) -> bool:
        """A role, an office or a word, not a name, at a turn's head (상담원, 사회자, 답변)."""
        words = tag.split(" ")
        if any(w in self._cues or w in self._not_names or w.endswith(_OFFICE_END) for w in words):
            return True
        if len(words) == 1:
            return not (
                2 <= len(tag) <= 4 and (tag[0] in self._surname1 or tag[:2] in self._surname2)
            ) or ordinary_word(tag, tag, strong=True)
        return any(known_word(w) and morphemes(w)[0][1] != "NNP" for w in words if len(w) >= 2)

    def _judge(
        self, view: TextView, start: int, end: int, word: str, suffix: str
    ) -> tuple[str, float] | str | None:
        """(reason, score) for a name, '' for a weak candidate (lists may rescue it), None to reject.

        Context is checked before Kiwi so that the analyser is consulted only for candidates that
        already look like names; weak candidates are checked when a list or repeat rescues them.
        """
        name = view.norm[start:end]
        if (
            name in self._cues
            or word in self._cues
            or name in _NO_NAME
            or without_particle(word) in _NO_NAME  # '성명 미상에 대한': the filler and its particle
            or _anonymised(name)
            or _glued_to_number(view, start)
        ):
            return None
        if view.norm[start : start + 12].replace(" ", "").startswith(_SPLIT_LABELS):
            return None
        if suffix and self._place(word):
            return None  # 전라남도: a province, not 전라남 and the particle 도
        if _date_key(word):
            return None
        if suffix and compound_of_nouns(word):
            return None
        after = end + len(suffix)
        reason = ""
        if suffix and suffix not in _PARTICLES:
            reason = "honorific attached"
        elif self._title_after(view, after):
            if _COMPANY_BEFORE.search(view.left(start, 8, 1)):
                return None  # '주식회사 가온누리로 대표 …': the firm's name, then its head's title
            reason = "title after"
        elif self._label_before(view, start):
            reason = "label or title before"
        elif _SIGNATURE.match(view.norm, after, after + 12) or _LETTER_SIGN_OFF.match(
            view.norm, after, after + 4
        ):
            reason = "signature mark after"
        elif self._name_cell(view, start, word):
            reason = "name column"
        elif suffix == "" and self._contact_after(view.norm, after):
            reason = "contact after"
        elif suffix == "" and _CONTACT_ROW.fullmatch(view.norm, view.line_at(start)[0], start):
            if _CONTACT_CELL_AFTER.match(view.norm, after):
                reason = "opening a row of the person's e-mail or mobile"
        elif "급" in view.norm[max(0, start - 4) : start] and _GRADE_BEFORE.search(view.left(start, 7, 1)):
            reason = "grade before"
        elif suffix in ("은", "는", "이", "가", "을", "를") and _ALT_PARTICLE.match(
            view.norm, after, after + 4
        ):
            reason = "form's particle pair after"  # '위 ○○은(는) …': a form's blank, filled with a name
        elif suffix == "" and _AGE_AFTER.match(view.norm, after, after + 16):
            reason = "age after"  # '○○(42·주부) 씨는', '○○(74)가 …'
        elif suffix == "" and _BIRTH_AFTER.match(view.norm, after, after + 24):
            reason = "birth date after"  # '3. ○○○ (1985. 1. 9.) 총무과', '○○(850109, 010-…)'
        elif suffix == "" and _OTHERS_AFTER.match(view.norm, after, after + 10):
            reason = "others counted after"  # '○○○ 외 2명': the first of a group, named
        if _KEY_AFTER.match(view.norm, after, after + 4) and not (
            reason == "label or title before"
            and _SPACED_COLON.match(view.norm, after)
            and not known_word(word)
        ):
            return (
                None  # a form key (기관명 :), not a value; but an order lists '직급 ○○ : 행선지' with spaces
            )
        if reason and word == name and self._person_row(view, start) and self._name_cell(view, start, word):
            return "name column", 0.85  # 자녀 | 하늘 | 2011-03-04 | …: the column and the row say who
        if reason:
            if reason == "name column" and self._plain_name_in_name_column(view, start, word, name):
                return reason, 0.85
            if (
                len(name) == 2
                and not self._place(name)
                and self._two_syllable(view, start, after, name, reason)
            ):
                return reason, 0.85
            if (
                ordinary_word(word, name, strong=True)
                or derived_noun(name, strict=True)
                or self._place(name)
                or _document_word(name)
            ):
                return None
            return reason, 0.85
        alone = self._alone(view, start, word, suffix)
        if alone and self._plausible_alone(view, start, word, name, alone):
            return f"alone in its {alone}", 0.6
        return "" if suffix == "" else None

    def _rules_refuse(self, view: TextView, start: int, word: str, name: str, probability: float) -> bool:
        """What the rules know against a bare candidate holds for the model's too: a two-syllable place
        before its office (원주 시장) and a word opening a bullet as its subject (○ 고속선은 …: products
        and vessels open bullets as often as people) unless the model is all but certain (MODEL_CERTAIN;
        opening a bare line, sure)."""
        after = start + len(word)
        m = _NEXT_WORD.match(view.norm, after, after + 16)
        if len(name) == 2 and m is not None and m.group(1).startswith(_PLACE_OFFICES):
            return known_kind(name) != "person"  # (but a known person's name before 의원 is no place)
        if view.norm.startswith(_SERVICE_DESKS, after + 1) and view.norm[after : after + 1] == " ":
            return True  # '○○택스 고객센터': a service, named right before its help desk
        if _ATTRIBUTE_BRACKET.search(view.left(start, 12, 1)):
            return True  # '○○○(31세, 신흥동)': what the bracket tells of the person, not a person
        suffix = word[len(name) :]
        head = view.left(start, 8, 1)
        return (
            probability < (MODEL_CERTAIN if head.strip() else MODEL_SURE)
            and suffix in ("은", "는", "이", "가")
            and _BULLET.match(head) is not None
            # (a sentence opening its line with a known person as subject is prose, not a bullet's item;
            # so is any subject opening the text or following a finished sentence)
            and (
                bool(head.strip()) or not (known_kind(name) in _KNOWN_PEOPLE or _after_sentence(view, start))
            )
        )

    def _vocabulary(self, word: str, name: str, probability: float) -> bool:
        """Kiwi's vetoes for a name of the model's: a whole word Kiwi knows as one morpheme that the
        name cuts short (민주주의 → 민주주); below MODEL_SURE also a known word, a derived noun or a
        place (서현동), as for the rules' weak candidates. Above it the model's context outweighs the
        dictionary: 보아 or 거미 before 씨 are people; so does the list of known people (a well-known
        name Kiwi also reads as a word or a place)."""
        if len(word) > len(name) and known_word(word):
            return True
        if probability >= MODEL_SURE or known_kind(name) in _KNOWN_PEOPLE:
            return False
        return ordinary_word(word, name) or derived_noun(name) or prefixed_noun(name) or self._place(name)

    def _two_syllable(self, view: TextView, start: int, after: int, name: str, reason: str) -> bool:
        """A one-syllable given name: in a name slot on Kiwi's reading alone; before a title only a
        personal one (주무관, 위원, 씨), since 원주 시장 or 예천 군수 name a place's office; after a
        label not the party labels 갑/을, which are also particles (…을 위하여)."""
        if reason in _SLOT_REASONS or self._name_cell(view, start, name):
            return two_syllable_name(name, slot=True)
        if (
            reason == "label or title before"
            and _COLON_BEFORE.search(view.left(start, 4, 1))
            and _FIELD_END.match(view.norm, after, view.line_at(after)[1])
        ):
            return two_syllable_name(name, slot=True)  # '주치의: 김현': a field's whole value
        if reason == "label or title before":
            tail = self._tail_words(view.left(start, 16, 1))
            if tail[-1:] in ("을", "갑") and tail not in self._cues - {"을", "갑"}:
                # (the party's signature after it makes the party label one: '(을) ○○ (서명)')
                return _SIGNATURE.match(view.norm, after, after + 12) is not None and two_syllable_name(
                    name, slot=True
                )
            if self._sign_off_line(view, start):
                return two_syllable_name(name, slot=True)  # '주무관 ○○○  사무관 ○○○  국장 ○○'
            if self._title_before(view, start) and proper_noun(name):
                return True  # '경사 ○○': a name Kiwi knows as a proper noun, after a title
            if (
                _FIELD_END.match(view.norm, after, view.line_at(after)[1])
                and not known_word(name)
                and not _particle_syllable(name)
            ):
                return True  # '위원장 ○○⏎', '변호사 ○○(국선)': a title's whole value, no word Kiwi knows
        if reason == "title after":
            m = _NEXT_WORD.match(view.norm, after, after + 16)
            if m is not None and m.group(1).startswith(_PLACE_OFFICES):
                return False
            if m is not None and _BYLINE.match(view.norm, m.end(), m.end() + 3):
                return two_syllable_name(name, slot=True)  # '[가람=한빛일보] ○○ 기자 = …': a byline
            if m is not None and _HONORIFIC_WORD.fullmatch(m.group(1)):
                return True  # 경비원 장별 씨가: a separate 씨 or 님 follows only a person
        return two_syllable_name(name, slot=False)

    def _title_before(self, view: TextView, start: int) -> bool:
        """The word before `start` on its line is an official's title (spaced out or not: '팀   장')."""
        return _words_before(view, start)[-1] in self._titles

    def _sign_off_line(self, view: TextView, start: int) -> bool:
        """A 결재 line: the line before `start` already names another official under a title of its own
        (two or more titles on it), so the word after its last title fills a name slot."""
        return sum(word in self._titles for word in _words_before(view, start)) >= 2

    @staticmethod
    def _contact_after(norm: str, pos: int) -> bool:
        head = norm[pos : pos + 2]
        return ("(" in head or "<" in head) and _CONTACT_AFTER.match(norm, pos, pos + 12) is not None

    def _plausible_alone(self, view: TextView, start: int, word: str, name: str, alone: str) -> bool:
        """Without a label a name must look like one: three syllables or more, not vocabulary, and
        and a lone line only near a sign-off (titles or 결재 words in the lines above)."""
        if len(name) < 3 or len(set(name)) == 1:
            return False
        if ordinary_word(word, name) or derived_noun(name) or self._place(name):
            return False
        if alone == "bullet":
            return False  # brand and product names (오라클 …) open bullets too: needs a mention with context
        if alone == "line" and not self._near_titles(view, start):
            return False
        return unseen_or_proper(name)

    def _near_titles(self, view: TextView, start: int) -> bool:
        return bool(self._title_words.search(view.left(start, 160, 4).replace(" ", "")))

    @staticmethod
    def _place(name: str) -> bool:
        return name.endswith(_PLACE_END) and known_place(name)

    def _title_after(self, view: TextView, pos: int) -> bool:
        m = _NEXT_WORD.match(view.norm, pos, pos + 16)
        # a job named in full after the name ('백지원 방문교육지도사', '조시은 통합상담원'), or the head of a
        # section with the section before it ('○○○ 형사과장은', '○○○ 민원팀장')
        if m is None:
            return False
        word = m.group(1)
        if word in self._titled or word.endswith(_JOB_ENDINGS):
            return True
        title, honorific, rest = word.partition("님")  # '○○○ 위원님 질의', '○○ 과장님께서'
        if honorific and title in self._titles and _HONORIFIC_WORD.fullmatch(honorific + rest):
            return True
        bare = word[:-1] if word[-1:] in ("은", "는", "이", "가", "의", "을", "를", "과", "와") else word
        return len(bare) >= 4 and bare.endswith(_SECTION_HEADS)

    def _label_before(self, view: TextView, start: int) -> bool:
        tail = self._tail_words(view.left(start, 16, 1))
        if not tail:  # a label that ended the previous line, as an open bracket or a colon shows
            above = view.left(start, 16, 2)
            if not _WRAPPED_LABEL.search(above):
                return False
            tail = self._tail_words(above)
        if not tail:
            return False
        cues = self._cues
        copula = tail.endswith("인") and len(tail) > 2 and tail[:-1] not in cues  # 수혜자인 김○○
        if copula and any(tail[-n - 1 : -1] in cues for n in range(2, self._cue_max + 1)):
            tail = tail[:-1]
        if tail in cues:
            return True
        return any(tail[-n:] in cues for n in range(2, min(len(tail), self._cue_max) + 1))

    @staticmethod
    def _tail_words(left: str) -> str:
        """The Hangul (spaces dropped) just before a position, past separators like ': ( | → )'."""
        i = len(left)
        while i > 0 and left[i - 1] in _LABEL_PUNCT:
            i -= 1
        j = i
        while j > 0 and i - j < 12 and ("가" <= left[j - 1] <= "힣" or left[j - 1] == " "):
            j -= 1
        return left[j:i].replace(" ", "")

    def _name_cell(self, view: TextView, start: int, word: str) -> bool:
        return view.cell_is(start, word) and self._name_header(view.column_header(start))

    @staticmethod
    def _person_row(view: TextView, start: int) -> bool:
        """The row also holds a person's identifier (a resident number, a mobile, a full birth date) or a
        civil servant's grade, and the cell is not its first: under a name column such a cell is a
        person's name even when it is also a word (노을, 조명)."""
        line_start, line_end = view.line_at(start)
        if not view.norm[line_start : view.cell_bounds(start)[0]].strip(" \t|"):
            return False  # the row's first cell: a key-value form's key (연락처 | 010-…), not a value
        return (
            ROW_IDENTIFIER.search(view.norm, line_start, line_end) is not None
            or _GRADE_IN_ROW.search(view.norm, line_start, line_end) is not None
        )

    def _plain_name_in_name_column(self, view: TextView, start: int, word: str, name: str) -> bool:
        """A surname and two syllables filling a cell under 성명 or 이름 is the person's name even when
        Kiwi reads it as words (주하기 → 주 + 하기): such a column holds nothing else."""
        return (
            len(name) == 3
            and word == name
            and name[0] in self._surname1
            and not known_word(name)  # a form's next key under the 성명 cell (연락처), not a value
            and _NAME_HEADER.search(view.column_header(start)) is not None
        )

    def _alone(self, view: TextView, start: int, word: str, suffix: str) -> str:
        """'cell' or 'line' when the candidate fills its cell or line (signatures, 결재란), 'bullet'
        when it opens a bullet as its subject, '' otherwise."""
        if suffix == "":
            if not view.cell_is(start, word):
                return ""
            kind = "line"
        elif suffix in ("은", "는", "이", "가") and _BULLET.match(view.left(start, 8, 1)):
            kind = "bullet"
        else:
            return ""
        header = view.column_header(start)
        if header:
            return "cell" if self._name_header(header) else ""  # not a column of 국적, 소속 …
        index = view.line_index(start)
        sep = view.line_separator(index)
        if sep is not None and index + 1 < len(view.line_starts) and view.line_separator(index + 1) == sep:
            return ""  # a table's header row (사업명 | 예산액 over rows of data)
        return kind

    def _name_header(self, header: str) -> bool:
        """성명/담당자 columns, and 결재란 columns headed by a title (재난조사팀장, 과장)."""
        if _NAME_HEADER.search(header):
            return True
        compact = header.replace(" ", "")
        if compact in self._person_labels:
            return True  # 운전자, 근로자, 민원인, 사업주 columns
        head, bracket, rest = compact.partition("(")
        if (
            bracket
            and head.endswith("대상")
            and any(w in self._person_labels for w in _HEADER_WORD.findall(rest))
        ):
            return True  # '지원 대상(수급자)': the people the column is about, in its brackets (not
            # '연락처(보호자)': whose contact the column holds)
        return any(compact.endswith(t) for t in self._office_titles)

    def _lists(self, view: TextView, weak: list[tuple[int, int, str]], found: dict[int, Hit]) -> None:
        """Comma lists: a weak candidate next to an accepted name on the same line is a name too."""
        norm = view.norm
        changed = True
        while changed:
            changed = False
            ends = {h.end for h in found.values() if h.score >= 0.8}
            for start, end, word in weak:
                if start in found:
                    continue
                before = start
                while before > 0 and start - before < 3 and norm[before - 1] in _LIST_CHARS:
                    before -= 1
                after = end
                while after < len(norm) and after - end < 3 and norm[after] in _LIST_CHARS:
                    after += 1
                listed = (before in ends and _LIST_SEP.match(norm[before:start])) or (
                    after in found and found[after].score >= 0.8 and _LIST_SEP.match(norm[end:after])
                )
                name = norm[start:end]
                if listed and not (ordinary_word(word, name) or self._place(name)):
                    found[start] = Hit(start, end, 0.8, "in a list of names")
                    ends.add(end)
                    changed = True

    def _repeat(
        self,
        view: TextView,
        candidates: list[tuple[int, int, str]],
        found: dict[int, Hit],
        short: bool = False,
        late: bool = False,
    ) -> None:
        """A name accepted with context is a name wherever the same string recurs as a plausible word.

        Only while the string is not far more frequent than its name contexts: a person named a few
        times is mentioned with a title at least once in a while, a word used hundreds of times
        that met a title once (고속선 운항자) is vocabulary. With `short` (a second pass after the field
        and model stages), two-syllable names are followed instead, where a title or an honorific marks
        the recurrence ('○○ 님 귀하' … '○○님의 연락처'). With `late` (after the same stages), the names a
        name slot or the model found are followed, three or four syllables long (a longer value of a
        field is more often a firm's name).
        """
        seeds: dict[str, int] = {}
        for h in found.values():
            name = view.norm[h.start : h.end]
            if late and not (3 <= len(name) <= 4 and h.why.startswith(("value of a name field", _MODEL_WHY))):
                continue
            if h.score >= 0.8 and (len(name) == 2 if short else len(name) >= 3):
                seeds[name] = seeds.get(name, 0) + 1
        if not seeds:
            return
        pending = [(s, e, w) for s, e, w in candidates if s not in found and view.norm[s:e] in seeds]
        if short:  # (a two-syllable name glued to its honorific is read as a longer word: '○○님의')
            for name in (n for n in seeds if len(n) == 2):
                for start in occurrences(view.norm, name + "님"):
                    if "가" <= view.norm[start - 1 : start] <= "힣":
                        continue  # (the end of a longer word)
                    end = start + len(name)
                    held = found.get(start)
                    if held is not None and held.end == end + 1:
                        found[start] = Hit(start, end, held.score, held.why)  # '○○님' is ○○
                    elif held is None:
                        pending.append((start, end, name))
        # (a name glued to 씨, 양, 군 or 님 and a particle: '○○○양은', '○○○씨가')
        for name in (n for n in seeds if len(n) >= 3):
            for start in occurrences(view.norm, name):
                end = start + len(name)
                if "가" <= view.norm[start - 1 : start] <= "힣" or not _GLUED_HONORIFIC.match(view.norm, end):
                    continue
                held = found.get(start)
                if held is not None and held.end > end:
                    found[start] = Hit(start, end, held.score, held.why)  # '○○○양' is ○○○
                elif held is None:
                    pending.append((start, end, name))
        totals: dict[str, int] = {}
        for s, e, _ in pending:
            totals[view.norm[s:e]] = totals.get(view.norm[s:e], 0) + 1
        for start, end, word in pending:
            name = view.norm[start:end]
            if totals[name] > max(_REPEAT_FREE, _REPEAT_RATIO * seeds[name]):
                continue
            if ordinary_word(word, name) or derived_noun(name) or self._place(name):
                continue
            if len(name) == 2 and not (_HONORIFIC.match(view.norm, end) or self._title_after(view, end)):
                continue
            found[start] = Hit(start, end, 0.75, "same name accepted elsewhere in the text")

    @staticmethod
    def _spaced_speaker(view: TextView, start: int, end: int) -> bool:
        """A transcript's turn: the letters open the line after a bullet and a role word, and a colon
        follows ('○ 주민 ○ ○ ○: …')."""
        if not _COLON_NEXT.match(view.norm, end, end + 3):
            return False
        return _TURN_HEAD.fullmatch(view.norm, view.line_at(start)[0], start) is not None

    def _spaced(self, view: TextView, m: re.Match[str], found: dict[int, Hit]) -> bool:
        """A name written letter by letter, kept when its own context says so; True when decided (kept
        or refused), False when the letters may be a name that only the surrounding slot can tell."""
        syllables = m.group("syl").split(" ")
        if len(syllables) == 4 and (
            syllables[-1] in _NOT_IN_NAME
            or (syllables[-1] in ("군", "양") and _YOUNG_HONORIFIC.match(view.norm, m.end("syl") - 2))
        ):
            syllables = syllables[
                :3
            ]  # '탁 서 현 씨(36세)', '○ ○ ○ 군에게': the honorific is not a letter of the name
        joined = "".join(syllables)
        surname = self._surname_first(joined)
        if syllables[1] == "모":
            return True
        if not surname:
            return False  # (its last three letters may still be a name: '6반 나 은 솔')
        if joined in self._cues or joined in self._not_names or common_word(joined):
            return True  # '변 호 인', '피 고 인': a heading written spaced out
        if _spaced_title(view, m.start(), joined):
            return True  # '공 탁 서 (금전)': a form's title, a word and the document it names
        if any(syl in _NOT_IN_NAME for syl in syllables):
            return True  # '제27조 및 같은', '안*우 씨 건은', '… 씨': words beside the letters, not a name's syllables
        start = m.start()
        end = start + 2 * len(syllables) - 1
        glued = view.norm[end : end + 1]
        if (
            glued
            and "가" <= glued <= "힣"
            and glued not in ("씨", "님")  # (Kiwi knows '김씨' as a word: the honorific after a name)
            and (known_word(joined + glued) or known_word(syllables[-1] + glued))
        ):
            return True  # '추 가 문 의', '공 유 동의': the last letters of a spaced word, not a particle
        if (
            self._label_before(view, start)
            or self._title_after(view, end)
            or _SIGNATURE.match(view.norm, end, end + 12)
            or self._name_cell(view, start, view.norm[start:end])
            or re.match(
                r"(?:에게|은|는|이|가|의|을|를|과|와|도|께서|[ ]?(?:씨|님)(?:께서|에게|은|는|이|가|의|을|를|과|와|도|께)?|[ ]등)"
                r"(?![가-힣])",
                view.right(end, 4),
            )
            or (len(joined) == 3 and _SPACED_AFTER.match(view.norm, end, end + 12))
            or (len(joined) == 3 and _YOUNG_HONORIFIC.match(view.norm, end, end + 6))
            or _BIRTH_AFTER.match(view.norm, end, end + 24)
            or self._spaced_speaker(view, start, end)
            or view.cell_is(start, view.norm[start:end])
        ):
            found[start] = Hit(start, end, 0.8, "name written with spaces")
            return True
        return False

    def _spaced_after_titles(self, view: TextView, found: dict[int, Hit]) -> None:
        """Sign-off lines space out the title and the name alike ('사 무 관 ○ ○ ○', '행정주사 ○ ○'): a run of
        single letters that opens with a title's letters holds the name after them, two spaced letters
        after a title (spaced or not) are a name of two letters, and spaced or not, the word after a
        전결/대결 mark (and its date) is the signing official's name."""
        if not view.mentions(_SIGN_OFF):
            return
        for m in _LETTER_RUN.finditer(view.norm):
            letters = m.group().split(" ")
            for cut in range(len(letters) - 2, 1, -1):
                head, rest = "".join(letters[:cut]), letters[cut:]
                if head not in self._titles:
                    continue
                start = m.start() + 2 * cut
                if start in found or not self._spaced_name("".join(rest)):
                    break
                found[start] = Hit(start, m.end(), 0.8, "name written with spaces after a title")
                break
        for m in [*_SPACED_PAIR.finditer(view.norm), *_SPACED.finditer(view.norm)]:
            start, end = m.start("syl"), m.end("syl")
            if start in found or not self._spaced_name(view.norm[start:end].replace(" ", "")):
                continue
            pair = end - start == 3
            if (pair and self._title_before(view, start)) or _DELEGATED.search(view.left(start, 16)):
                found[start] = Hit(start, end, 0.8, "name written spaced after a title or a 전결 mark")
        for m in _AFTER_DELEGATED.finditer(view.norm):
            start, name = m.start("name"), m.group("name")
            if common_word(without_particle(name)):
                continue  # '직무대리 기간을 …': the word the sentence goes on with
            if start not in found and self._spaced_name(name):
                found[start] = Hit(start, m.end("name"), 0.8, "name after a 전결 or 대결 mark")

    def _foreign_in_slots(self, view: TextView, found: dict[int, Hit]) -> None:
        """A foreign name written in Hangul words, filling a name's field or following a title to the
        field's end ('성명 : ○○○ ○○○ (서명)', '위원장 ○○ ○○○ ○○ :', '담당의 ○○○ ○○'): words Kiwi does not
        know as vocabulary, which the one-word rules cannot take."""
        norm = view.norm
        for m in _HANGUL_WORDS.finditer(norm):
            end, after = m.end(), norm[m.end() : m.end() + 3]
            if not (after.strip(" ") == "" or after.lstrip(" ")[0] in _FIELD_ENDS or after.startswith("  ")):
                continue  # (the words must end the field: a bracket, a colon, a cell's or the line's end)
            words = m.group().split(" ")
            for k in range(len(words) - 1):  # the value is the last two to four words
                if len(words) - k > 4:
                    continue
                start = m.start() + sum(len(w) + 1 for w in words[:k])
                value, joined = norm[start:end], "".join(words[k:])
                if value.endswith(NOT_NAME_END) or joined in self._cues:
                    continue
                if any(s <= start < h.end for s, h in found.items()):
                    continue
                # (the slot is checked before Kiwi is asked about the words: most runs of words ending a
                # field have no label or title before them, and Kiwi's first reading of a word is costly)
                if not (self._label_before(view, start) or self._title_before(view, start)):
                    continue
                # (a label a scan spaced out, '대 표자', '지 급액'; a title or a word among them: a shorter run
                # may still be the name)
                if common_word(joined) or not self._transcribed_name(words[k:]):
                    continue
                found[start] = Hit(start, end, 0.8, "foreign name in Hangul words filling a name's slot")
                break

    def _foreign_before_honorific(self, view: TextView, found: dict[int, Hit]) -> None:
        """A foreign name in Hangul words right before 씨 or 님, glued or not ('근로자 ○○ ○ 씨도', '○○○
        ○○씨는'): the honorific says a person is named, and the words a transcription's (see
        _foreign_in_slots); the longest such run of the last two to four words is the name."""
        norm = view.norm
        for m in _WORDS_BEFORE_HONORIFIC.finditer(norm) if ("씨" in norm or "님" in norm) else ():
            words = m.group("words").split(" ")
            last, honorific = words[-1], norm[m.end("words") : m.end()].strip()[:1]
            if _anonymised(last) or known_word(last + honorific):
                continue  # '경찰에 따르면 김모씨', '… 보니 아버님': a hidden person, a word of address
            for k in range(len(words) - 1):
                start = m.start("words") + sum(len(w) + 1 for w in words[:k])
                end = m.end("words")
                held = [s for s, h in found.items() if s < end and start < h.end]
                if any(s < start or found[s].end > end for s in held):
                    break  # (the rules named someone across the run's edge)
                if not self._transcribed_name(words[k:]):
                    continue
                # (a word of the name the rules took alone: '○○○ ○○○ 씨' read as its last word)
                for s in held:
                    del found[s]
                found[start] = Hit(start, end, 0.8, "foreign name in Hangul words before 씨 or 님")
                break

    def _transcribed_name(self, words: list[str]) -> bool:
        """Words a foreign name's Hangul form can be (see transcription_words): no title, firm label or
        word of the language among them, and not a place with its district or an office."""
        return not (
            any(w in self._cues or w in _NAME_OF_FIRM or (len(w) >= 2 and common_word(w)) for w in words)
            or not transcription_words(words)
            or self._places_or_offices(words)
        )

    def _places_or_offices(self, words: list[str]) -> bool:
        """A place and its district or office ('○○도 ○○시', '○○광역시 ○○구청장') or a shop, not a name: a
        province or a metropolitan city among the words, two places, an office's head or building, or a
        trade's ending (○○꽃집)."""
        places = [w for w in words if self._place(w)]
        return (
            len(places) >= 2
            or any(w.endswith(_REGION_ENDS) for w in places)
            or any(w.endswith(_OFFICE_HEADS) or (len(w) >= 3 and w.endswith(_TRADE_ENDINGS)) for w in words)
        )

    def _surname_first(self, joined: str) -> bool:
        """Letters joined open with a surname: two of the four when there are four (남궁○○), else one."""
        return joined[:2] in self._surname2 if len(joined) == 4 else joined[0] in self._surname1

    def _spaced_name(self, joined: str) -> bool:
        """Letters that read as a name joined: a surname first, no word, title or form example."""
        return (
            2 <= len(joined) <= 4
            and self._surname_first(joined)
            and joined not in self._cues
            and joined not in self._not_names
            and not any(letter in _NOT_IN_NAME for letter in joined)
            and not common_word(joined)
        )

    def _rejoined(self, view: TextView, runs: list[re.Match[str]], found: dict[int, Hit]) -> None:
        """Letters OCR spaced apart (팀장 마 루 한, 대표 조 은 결), read again joined: the lines around
        them are analysed with the run written as one word, and a name found exactly there by a rule (a
        slot, a label, a title) or by the model at MODEL_SURE is the spaced run's. At most _REJOIN_MAX
        runs per text."""
        norm = view.norm
        sure = _policy_score(MODEL_SURE, (self._model or packaged()).threshold)
        tried = 0
        for begin, run, whole in _sub_runs(runs):
            letters = run.split(" ")
            joined = "".join(letters)
            if letters[-1] in _NOT_IN_NAME or "모" in letters[1:2]:
                continue
            whole_joined = whole.replace(" ", "")
            if whole != run and all(common_word(half) for half in (whole_joined[:2], whole_joined[2:])):
                continue  # (two words of a heading hold no name: '전 화 번 호', '수 신 각 시·도지사')
            if joined[0] not in self._surname1 and joined[:2] not in self._surname2:
                continue
            start, end = begin, begin + len(run)
            if any(h.start < end and start < h.end for h in found.values()):
                continue
            if joined in self._cues or joined in self._not_names:
                continue
            if self._heading_letters(joined):
                continue
            tried += 1
            if tried > _REJOIN_MAX:
                return
            first = view.line_index(start)
            # (at most _REJOIN_REACH characters either side: a converter may run a whole table into one line)
            lo = max(view.line_bounds(max(first - 1, 0))[0], start - _REJOIN_REACH)
            hi = min(view.line_bounds(min(first + 1, len(view.line_starts) - 1))[1], end + _REJOIN_REACH)
            window = norm[lo:start] + joined + norm[end:hi]
            at = start - lo
            hits = list(self._find(TextView(window), rejoin=False))
            # (a slot or a title must say so, or the model be sure: in a scan's noise it reads letters as names)
            if any(
                h.start == at
                and h.end == at + len(joined)
                and (not h.why.startswith(_MODEL_WHY) or h.score >= sure)
                for h in hits
            ):
                found[start] = Hit(start, end, 0.8, "name written with spaces, in its slot once joined")

    def _heading_letters(self, joined: str) -> bool:
        """Letters spaced out that spell a heading's word ('제 목', '조 제'; a name Kiwi knows, 석훈, is no
        heading) or two words of one ('기 안 부 서', '표 창 상 훈'; 남궁, 황보, 독고 are words to Kiwi too)."""
        if known_word(joined) and morphemes(joined)[0][1] != "NNP":
            return True
        return (
            len(joined) == 4
            and joined[:2] not in self._surname2
            and all(ordinary_word(half, half) for half in (joined[:2], joined[2:]))
        )

    def _cells_beside_identifiers(self, view: TextView) -> list[tuple[int, int]]:
        """A name-shaped cell (three syllables after a surname, or four after a two-syllable one; no word
        of the dictionary) in a table
        row that also holds a resident number, a mobile or a birth date: a roster row whose header is
        missing or far above ('4 | 이세은 | 1979-09-11 | +82-10-…')."""
        out: list[tuple[int, int]] = []
        rows = {view.line_index(m.start()) for m in ROW_IDENTIFIER.finditer(view.norm)}
        for index in sorted(rows):  # a row with several identifiers is read once
            if view.line_separator(index) is None:
                continue
            start, end = view.line_bounds(index)
            for cell in _HANGUL_CELL.finditer(view.norm, start, end):
                value = cell.group("value")
                if (
                    # label cells of a form row (전자우편, 형제자매) have other shapes
                    self._name_shaped(value)
                    and view.cell_is(cell.start("value"), value)
                    and not _word_in_cell(value)
                    and not _category_cell(view, value)
                    and not _date_key(value)
                    # (a party's label before its own name field: '공탁자  성명 ○○○  주민등록번호 …')
                    and not _NAME_LABEL_NEXT.match(view.norm, cell.end("value"))
                ):
                    out.append((cell.start("value"), cell.end("value")))
            # a surname and one syllable right after the row's number (3 | 나무 | 1990-01-02 | …): in a
            # person's row that cell is the name, even when it is also a word
            first = _ROW_NUMBER_THEN_TWO.match(view.norm, start, end)
            if first is not None:
                value = first.group("value")
                if (
                    value[0] in self._surname1
                    and view.cell_is(first.start("value"), value)
                    and not self._place(value)
                    and not _category_cell(view, value)
                ):
                    out.append((first.start("value"), first.end("value")))
            # a foreign name in several words ('아니타 샤르마', '응우옌 반 안'): no word of two
            # syllables or more is a word of the dictionary
            for cell in _WORDS_CELL.finditer(view.norm, start, end):
                value = cell.group("value")
                if (
                    view.cell_is(cell.start("value"), value)
                    and not _words_of_language(value)
                    and not COUNTRY_NAME.match(value)  # '베트남 하노이': a place of issue or travel
                ):
                    out.append((cell.start("value"), cell.end("value")))
        return out

    @staticmethod
    def _foreigners_first_cells(view: TextView) -> list[tuple[int, int]]:
        """In a roster row that holds a foreigner's registration number, the cell of several Hangul
        words before it is the holder's name as transcribed, whatever Kiwi makes of its words
        ('라미레스 카를로 | 850101-5…'): nothing else of several words comes first in such a row."""
        out: list[tuple[int, int]] = []
        for number in _FOREIGNER_NUMBER.finditer(view.norm):
            index = view.line_index(number.start())
            if view.line_separator(index) is None:
                continue
            start, _ = view.line_bounds(index)
            cell = next(iter(_WORDS_CELL.finditer(view.norm, start, number.start())), None)
            if cell is None or not view.cell_is(cell.start("value"), cell.group("value")):
                continue
            value = cell.group("value")
            if _anonymised(value) or COUNTRY_NAME.search(value) or _INSTITUTION_WORD.search(value):
                continue
            if all(len(w) >= 2 and not _everyday_word(w) for w in value.split()):
                out.append((cell.start("value"), cell.end("value")))
        return out

    def _spelled_out(self, value: str) -> bool:
        """A name a scan spaced out one syllable at a time after its label ('성 명 도 하 람'): each
        syllable is a word of its own, the whole is a surname and a given name and no word."""
        syllables = value.split(" ")
        joined = "".join(syllables)
        return (
            2 <= len(syllables) <= 4
            and all(len(s) == 1 for s in syllables)
            and (joined[0] in self._surname1 or (len(joined) == 4 and joined[:2] in self._surname2))
            # (a word Kiwi knows only as a rare noun is, in the slot, a name: RARE_NOUN)
            and not (known_word(joined) and morphemes(joined)[0][2] > RARE_NOUN)
            and not any(s in _NOT_IN_NAME for s in syllables)
        )

    def _name_shaped(self, value: str) -> bool:
        """Three syllables after a surname, or four after a two-syllable one: the shapes of Korean names."""
        return (len(value) == 3 and value[0] in self._surname1) or (
            len(value) == 4 and value[:2] in self._surname2
        )

    def _wrapped_name_cells(self, view: TextView) -> list[tuple[int, int]]:
        """A name a narrow table cell wrapped, so the converter joined its lines with a space (구승 우,
        남궁 민수): the whole cell under a name column, or in a row of a person's identifiers."""
        out: list[tuple[int, int]] = []
        for m in _WRAPPED_CELL.finditer(view.norm):
            value = m.group("value")
            joined = value.replace(" ", "")
            index = view.line_index(m.start("value"))
            if view.line_separator(index) is None or not view.cell_is(m.start("value"), value):
                continue
            if not self._name_shaped(joined) or ordinary_word(joined, joined):
                continue
            start, end = view.line_bounds(index)
            if self._name_header(view.column_header(m.start("value"))) or ROW_IDENTIFIER.search(
                view.norm, start, end
            ):
                out.append((m.start("value"), m.end("value")))
        return out

    def _labelled_values(self, view: TextView, found: dict[int, Hit]) -> None:
        """The whole value of a name field (성명: 응우옌 반 안, 민원인: 강산) and a name a role holds in
        brackets (위원장(임환)). The field says a name stands there, so a value that is also a word
        (장미, 노을, 한결) is still the person's; only what fields hold instead of names (생략, 본인)
        and companies are not."""
        fields = [
            (m.start("value"), m.end("value"))
            for pattern in (_NAME_FIELD, _NAME_CELL_FIELD, _NAME_LINE_FIELD)
            for m in pattern.finditer(view.norm)
            if not _SPEAKER_IN_BRACKETS.match(view.norm, m.start(), m.start("value"))
        ]
        # one space after the label is also how a title runs ('임차인 정보 확인서'): no word of it is vocabulary
        fields += [
            (m.start("value"), m.end("value"))
            for m in _NAME_SPACED_FIELD.finditer(view.norm)
            if (
                not any(known_word(w) and morphemes(w)[0][1] != "NNP" for w in m.group("value").split())
                and not _said(m.group("value"))
            )
            or self._spelled_out(m.group("value"))
        ]
        for m in _BRACKETED.finditer(view.norm):
            group = "a" if m.group("a") else "b"
            fields.append((m.start(group), m.end(group)))
        fields += self._cells_beside_identifiers(view)
        fields += self._wrapped_name_cells(view)
        # (a foreigner's transcribed name is stated by its place in the row, as a slot's value is)
        slots = (
            set(slot_values(view.norm))
            | set(self._foreigners_first_cells(view))
            | set(role_slot_values(view.norm))
        )
        fields += slots
        for m in _NAME_ANSWER.finditer(view.norm):
            index = view.line_index(m.start("value"))
            above_start, above_end = view.line_bounds(index - 1) if index else (0, 0)
            if index and _NAME_QUESTION.search(view.norm, above_start, above_end):
                fields.append((m.start("value"), m.end("value")))
        for pattern in (_SPEAKER, _LOG_FIELD) if log_keys_present(view.norm) else (_SPEAKER,):
            for m in pattern.finditer(view.norm):
                name = m.group("name")
                if (
                    (name[0] in self._surname1 or name[:2] in self._surname2)
                    and not ordinary_word(name, name)
                    and not (len(name) >= 3 and common_word(name))  # '당연직 위원:' the kind of member
                ):
                    fields.append((m.start("name"), m.end("name")))
        for m in _ROLE_LIST.finditer(view.norm):
            marked = re.search(r"[·,、ㆍ]", m.group("list"))
            bench = re.match(_BENCH, m.group()) and re.search(r"[ ]{2}", m.group("list"))
            if not marked and not bench:
                continue  # one word after a role is the rules' to judge (위원 구성, 간사 회의)
            for part in re.finditer(r"(?:(?![ ]{2})[^·,、ㆍ])+", m.group("list")):
                item = _LIST_ITEM.fullmatch(part.group().strip())
                if item is None:
                    continue
                value = item.group("item")
                if not marked and ordinary_word(value, value):
                    continue  # a column beside the names ('위원  ○○○    외부위원'), not one of them
                offset = m.start("list") + part.start() + part.group().index(value)
                if value[0] in self._surname1 or value[:2] in self._surname2:
                    fields.append((offset, offset + len(value)))
        for pattern in (_RELATIVE, _OFFICE_CELL, _CELL_BEFORE_OFFICE):
            for m in pattern.finditer(view.norm):
                value = m.group("value")
                if (value[0] in self._surname1 or value[:2] in self._surname2) and not (
                    pattern is not _RELATIVE and verb_form(value)
                ):  # (a personnel order's action beside the office is no name: '전보함  ○○과')
                    fields.append((m.start("value"), m.end("value")))
        for m in _REPRESENTATIVE.finditer(view.norm):
            value = m.group("value")
            if (value[0] in self._surname1 or value[:2] in self._surname2) and not ordinary_word(
                value, value
            ):
                fields.append((m.start("value"), m.end("value")))  # not '대표 사례': 대표 before a noun
        for start, end in fields:
            value = view.norm[start:end]
            while " " in value and value.rsplit(" ", 1)[1] in self._field_tails:
                # 담당자: 한지우 주무관 — the title is not the name; 민원인: 한지우 입니다 — nor the copula
                value = value.rsplit(" ", 1)[0]
                end = start + len(value)
            while " " in value and value.split(" ", 1)[0].endswith(self._field_heads):
                # 상담자: 사회복지주무관 백빛나리, 보고자: 총무과 ○○○ — nor the job or the office before it
                head = value.split(" ", 1)[0]
                value = value[len(head) + 1 :]
                start += len(head) + 1
            inside = [h for h in found.values() if start <= h.start < end]
            if (inside and len(value.split()) == 1) or any(h.end - h.start >= end - start for h in inside):
                continue  # already found whole
            bare = value.replace(" ", "")
            if (
                bare in self._not_names
                or bare.upper().replace("-", "") in self._not_names  # the form example romanised
                or bare in _NO_NAME
                or _group_of_people(value)
                or _local_government(view, bare)
                or bare in self._cues
                or _NOT_A_PERSON.search(value)
                or NATIONALITY_CELL.search(value)  # '국 적 네팔' read as a field '국' and a value
            ):
                continue
            # (a surname and one syllable is a name even when the syllable ends offices: 도원, 이국; and
            # so is a surname and two ending in 원 that are no word: 나소원, not 감사원)
            office = bare.endswith(_OFFICE_END) and not (
                bare[0] in self._surname1
                and (len(bare) == 2 or (len(bare) == 3 and bare.endswith("원") and not known_word(bare)))
            )
            if _FIELD_KEY.search(bare) or office or bare.endswith(self._office_titles):
                continue  # a header row (성명 ⇥ 생년월일), an office (주택과) or an office-holder (주택과장)
            if _COMPANY_AFTER.match(view.norm, end, end + 4) or (
                len(bare) >= 4 and bare.endswith(_TRADE_ENDINGS)
            ):
                continue  # a firm in the field ('예금주: ○○건설'), not a person
            words = value.split()
            latin_slot = value.isascii() and (start, end) in slots  # 'YONGJUN' under 로마자 이름, 'KIM/JINU'
            if (
                len(words) == 1
                and not (2 <= len(value) <= 4)
                and not _foreign_word_name(value)
                and not latin_slot
            ):
                continue  # one word of 5+ syllables is a company (가람정보기술), not a name
            if (
                len(words) > 1
                and words[0] not in self._surname1  # 박 세르게이: a Korean surname, a known given name
                and (start, end) not in slots  # a signature or a stated name is a name, Kiwi's 크리스티나 too
                and any(len(w) >= 4 and not w.isascii() and known_word(w) for w in words)
            ):
                continue  # 올가 페트로바 is a name; 정책홍보 뉴스레터 holds a word of the dictionary
            if len(words) > 1 and any(w in self._cues or w.endswith(_OFFICE_END) for w in words[:-1]):
                continue  # 세무과 주무관 최하람: an office and a title before the name the rules found
            if len(value.split()) == 1 and len(value) == 2 and value[0] not in self._surname1:
                continue  # a two-syllable value without a surname is a remark, not a name
            for h in inside:
                del found[h.start]
            found[start] = Hit(start, end, 0.8, "value of a name field")
