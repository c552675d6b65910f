"""Foreign persons' names, in Latin script or written out in Hangul (응우옌 반 민, 올가 페트로바).

Neither has a Korean surname to start from, so the cue is the frame a document puts such a name in:
a name field or role before it (성명:, 피고인, 통역, 내담자, From:), an e-mail address after it, a row
of a foreign workers' table (a cell naming a country), or, for Hangul, brackets right after it that
hold what only a person has: an age (28), a nationality and age (베트남, 23세), or the same name in
Latin script (LE THI LAN). Helpers of the person recognizer (one recognizer per entity type).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..base import Hit
from ..kiwi import KNOWN_WORD_SCORE, common_word, known_word, morphemes, unseen_or_proper, verb_form
from ..lexicons import load
from ..namemodel.gazetteer import known_kind
from ..patterns import ROW_IDENTIFIER
from ..textview import TextView
from .name_slots import compound_of_nouns

COUNTRIES = (
    "중국|대만|홍콩|일본|몽골|베트남|필리핀|태국|캄보디아|라오스|미얀마|말레이시아|인도네시아|싱가포르|동티모르|"
    "네팔|인도|스리랑카|방글라데시|파키스탄|우즈베키스탄|카자흐스탄|키르기스스탄|타지키스탄|투르크메니스탄|러시아|"
    "우크라이나|미국|캐나다|멕시코|브라질|영국|프랑스|독일|이탈리아|스페인|호주|뉴질랜드|이집트|나이지리아|"
    "폴란드|네덜란드|벨기에|스위스|오스트리아|스웨덴|노르웨이|덴마크|핀란드|아일랜드|포르투갈|그리스|체코|헝가리|"
    "루마니아|불가리아|벨라루스|튀르키예|터키|사우디아라비아|아랍에미리트|칠레|아르헨티나|콜롬비아|페루|케냐|"
    "에티오피아|남아프리카공화국|"
    "China|Vietnam|Viet Nam|Philippines|Thailand|Cambodia|Nepal|Indonesia|Uzbekistan|Russia|USA|UK|"
    # the three-letter codes passports and exports use, and the names exports print in capitals
    "CHN|VNM|PHL|THA|IDN|MNG|UZB|NPL|KHM|MMR|LKA|BGD|PAK|KAZ|KGZ|RUS|CAN|JPN|TWN|IND|LAO|GBR|AUS|"
    "BRA|FRA|DEU|ITA|ESP|MEX|POL|TUR|NGA|EGY|NZL|SGP|MYS|"
    "CHINA|VIETNAM|VIET NAM|PHILIPPINES|THAILAND|CAMBODIA|NEPAL|INDONESIA|UZBEKISTAN|RUSSIA|JAPAN|MONGOLIA|"
    "BANGLADESH|MYANMAR|PAKISTAN|KAZAKHSTAN|KYRGYZSTAN|SRI LANKA|UNITED STATES|CANADA|LAOS|Japan|Mongolia|"
    "Bangladesh|Myanmar|Pakistan|Kazakhstan|Kyrgyzstan|Sri Lanka|United States|Canada|Laos"
)
# a form printing the Hangul transcription in brackets after the Latin name: '… LE THI HOA  (한글 레 티 호아)'
_HANGUL_IN_BRACKETS = re.compile(
    r"[(（]\s*한\s*글(?:\s*(?:성\s*명|이\s*름))?\s*[:：]?\s*(?P<value>[가-힣]{1,10}(?: [가-힣]{1,8}){0,3})\s*[)）]"
)
# a bilingual form's field for the name in Hangul, the value in the next cell or after a colon or a gap:
# '| 성명(한글) | 찐 민 띠엔 |', '한글 성명: …', '성명(한글)   …'
_HANGUL_NAME_FIELD = re.compile(
    r"(?:성\s*명\s*[(（]\s*한\s*글\s*[)）]|한\s*글\s*(?:성\s*명|이\s*름))[ \t]*(?:[|:：\t][ \t]*|[ ]{2,})"
    r"(?P<value>[가-힣]{1,10}(?: [가-힣]{1,8}){0,3})(?=[ \t]*(?:$|[|\t]|[ ]{2}))",
    re.MULTILINE,
)
# a table cell that is a country: '| 베트남 |', '\t중국\t', or a column of an aligned table
COUNTRY_CELL = re.compile(
    rf"(?:^|[|\t,]|[ ]{{2,}}|[ ]/)[ \t]*(?:{COUNTRIES})(?:\s*\([^)|\t]*\))?[ \t]*(?=$|[|\t,]|[ ]{{2,}}|/[ ])",
    re.MULTILINE,
)
# the shapes a roster or a passport gives a foreigner's name in Latin script: in capitals, capitalised, or
# the surname in capitals beside a capitalised given name ('ADA OKAFOR', 'Ada Okafor', 'Ada OKAFOR',
# 'OKAFOR, Ada'); alternatives to put in a group, shared by the passport and birth-date rules' row frames
ROSTER_LATIN_NAME = r"[A-Z]{2,}(?:,? [A-Z]{2,}){1,3}|[A-Z][a-z]+(?: [A-Z][a-z]+){1,3}|[A-Z][a-z]+ [A-Z]{2,}|[A-Z]{2,},? [A-Z][a-z]+"
# any country's name or code, anywhere (whole, with fullmatch)
COUNTRY_NAME = re.compile(f"(?:{COUNTRIES})")
# a cell naming a nationality, with whatever label a scan left before it ('국 적 네팔'): not a name
NATIONALITY_CELL = re.compile(rf"(?:^|\s)(?:{COUNTRIES})$")
# a numbered row that a converter ran together, or an export's comma-separated line: the row number,
# the person's name (Hangul words, or Latin words with 'SURNAME, GIVEN' allowed), then the nationality
# ('3 아구스 프라타마 인도네시아 X09…', '1,KEO, SREYMOM,캄보디아,…')
_LATIN_WORDS = r"[A-Z][A-Za-z'\-]*(?:,? [A-Z][A-Za-z'\-]*){1,3}"
_NUMBERED_WITH_COUNTRY = re.compile(
    rf"(?:^|(?<=\s))\d{{1,4}}(?P<sep>[ ,])[ ]?(?P<value>[가-힣]{{2,10}}(?: [가-힣]{{1,8}}){{0,3}}|{_LATIN_WORDS})"
    rf"(?P=sep)[ ]?(?:{COUNTRIES})(?=[ ,]|$)",
    re.MULTILINE,
)
# (or a numbered item of a list, the name and the nationality apart by a comma: '2) ○○ ○ ○○, 베트남, …')
_ITEM_WITH_COUNTRY = re.compile(
    rf"^[ \t]*\d{{1,3}}[.)][ \t]+(?P<value>[가-힣]{{1,10}}(?: [가-힣]{{1,8}}){{0,3}}|{_LATIN_WORDS})"
    rf"[ ]?,[ ]?(?:{COUNTRIES})(?=[ ,(]|$)",
    re.MULTILINE,
)


_NAME_COLUMN = re.compile(r"성\s*명|이\s*름|[Nn]ame|NAME")
# a form's own keys, which a two-column form puts where a header row's cells would be
_FORM_KEY = re.compile(r"(?:국적|성별|주소|연락처|번호|일자|월일|기간|자격|구분|비고)$")


# a foreign name in Hangul words opening a row, its next cell a birth date ('○○○ ○○⇥1960.01.02.⇥…')
_HANGUL_ROW_HEAD = re.compile(
    r"^[ \t|]*(?P<value>[가-힣]{2,6}(?: [가-힣]{1,6}){1,2})[ ]*[\t|][ \t|]*"
    r"(?=(?:19|20)?\d{2}[.\-/ ]|\d{6}[\t|]|\d{1,2}[\-/ ](?:[A-Za-z]{3}|\d{1,2})[\-/ ])",
    re.MULTILINE,
)


def numbered_with_country(view: TextView) -> list[re.Match[str]]:
    """Numbered rows with a name before a nationality (found once per text, read for both scripts)."""
    cached: list[re.Match[str]] | None = view.__dict__.get("_numbered_with_country")
    if cached is None:
        cached = view.__dict__["_numbered_with_country"] = [
            *_NUMBERED_WITH_COUNTRY.finditer(view.norm),
            *_ITEM_WITH_COUNTRY.finditer(view.norm),
        ]
    return cached


def country_rows(view: TextView) -> frozenset[int]:
    """Indices of the lines holding a country cell: the rows of a foreign workers' table (found once
    per text, shared by the person and passport recognizers)."""
    cached: frozenset[int] | None = view.__dict__.get("_country_rows")
    if cached is None:
        # (most texts name no country: a scan for the names alone skips fast to their first letters, the
        # cell pattern's open start cannot)
        found = COUNTRY_NAME.search(view.norm) is not None
        cached = frozenset(
            view.line_index(m.end() - 1) for m in (COUNTRY_CELL.finditer(view.norm) if found else ())
        )
        view.__dict__["_country_rows"] = cached
    return cached


def in_country_row(view: TextView, pos: int, value: str) -> bool:
    """`value` fills its own cell in a table row that has a cell naming a country."""
    return view.line_index(pos) in country_rows(view) and view.cell_is(pos, value)


# (the passport's order, surname and comma first, writes the given name in capitals or capitalised:
# 'OMAR, BAKYT', 'OMAR, Bakyt'; Latin letters with accents count: 'José Núñez')
_LATIN = re.compile(
    r"(?<![A-Za-z])[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ž'\-]+(?:(?: [A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ž'\-]*){1,3}"
    r"|, [A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ž'\-]+(?: [A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ž'\-]*){0,2})"
    # (a passport after one space is no word of the name: '… Ada FA0091534'; a scan may glue the next cell's
    # digits to the name itself, though: 'ADA OKAFOR1730611-…')
    r"(?![A-Za-zÀ-ÖØ-öø-ž])(?!(?<=[ ][A-Z])\d)(?!(?<=[ ][A-Z]{2})\d)"
)
# a scanned registration card: the holder's name in capitals on the line after the number line (the
# OCR may wrap it: 'AGUS⏎HIDAYAT', 'CHEN,⏎YAN')
_CARD_NAME = re.compile(
    r"\d{6}[ ]?[\-–‐－][ ]?[\dOoIl]{7}[^\n]{0,30}\n(?P<value>[A-Z]{2,}(?:,?[ \n][A-Z]{2,}){1,3})(?=[ \t]*\n|$)"
)
# an airline booking's name element and passport line write SURNAME/GIVEN: 'NM1KIM/MINA MS', and after
# the sex and the passport's expiry in SSR DOCS: '…/F/15MAR33/KIM/MINA'
# (the name SURNAME/GIVEN and the title a booking writes after it; date_of_birth's rosters read them too)
SLASHED_NAME = r"[A-Z]{2,}/[A-Z]{2,}(?: [A-Z]{2,}){0,2}?"
BOOKING_TITLE = r"M(?:R|S|RS|ISS|STR)"
_BOOKING_NAME = re.compile(
    r"(?:(?<![A-Z])NM\d|/[MF]/\d{2}[A-Z]{3}\d{2}/|^[ \t]*\d{1,3}[.)]?[ \t]+)"
    rf"(?P<value>{SLASHED_NAME})(?= {BOOKING_TITLE}\b|[ \t]+\d|[ \t]*$)",
    re.MULTILINE,
)
# what else in a row makes its Latin words a person's name: a resident or registration number, a
# passport number, a mobile, a full birth date
# (a passport's letters and digits, a closing letter too, or a Korean one's 2021 shape: 'P1234567A', 'M123A4567')
_PERSON_ROW = re.compile(
    rf"{ROW_IDENTIFIER.pattern}"
    r"|(?<![A-Za-z0-9])(?:[A-Z]{1,2}\d{7,8}|[A-Z]{1,2}\d{6,8}[A-Z]|[MSGDR]\d{3}[A-Z]\d{4})(?![A-Za-z0-9])"
)
_LATIN_CONTEXT = re.compile(
    r"성\s*명|이\s*름|신청인|청구인|예금주|수신|인적사항|대\s*표\s*자|(?:^|\s)을\s*$|외국인|귀하|서명|씨|님|Name|name|"
    r"명\s*의|결\s*제\s*자|요\s*청\s*인|받\s*는\s*분|환\s*자|"
    r"피\s*고\s*인|운\s*전\s*자|통\s*역|내\s*담\s*자|근\s*로\s*자|고\s*용\s*주|배\s*석|대\s*상\s*자|피\s*(?:혐\s*)?의\s*자|"
    r"(?:^|\n)\s*(?:From|To|Cc|보낸\s*사람|받는\s*사람)\s*:"
)
# an official's title or a sign-off's role right before the name: '확인자 과장 …', '사무관 …', '세대주: …'
_TITLE_BEFORE = re.compile(
    r"(?:주무관|사무관|서기관|실무관|과장|팀장|계장|국장|실장|담당관|확인자?|작성자|세대주)[ \t:：]*$"
)
# a lone capitalised word (a surname or a given name alone in a cell), and the headers of name columns
_LATIN_WORD = re.compile(r"(?<![A-Za-z'\-])[A-Z][A-Za-z'\-]+,?(?![A-Za-z'\-])")
_NAME_HEADER = re.compile(r"성\s*명|이\s*름|성\s*명\s*\(\s*영\s*문\s*\)|(?i:name)|예\s*금\s*주|대\s*표\s*자")
# a form's label naming a person's role, set apart from the value by a colon or a column gap
# ('제보자: …', '신  청  인   …', '신 고 인⇥…'), its letters spaced out or not
_PERSON_LABEL_BEFORE = re.compile(
    r"(?:^|[\s(])[가-힣](?:[ ]{0,2}[가-힣]){0,3}[ ]{0,2}(?:자|인)(?:[ \t]*[:：]|[ ]{2,}|\t)[ \t]*$"
)
# a person introduced by nationality, as reports and news do: '몽골 국적 BOLAT SEITKALI(…)'
_NATIONALITY_BEFORE = re.compile(rf"(?:{COUNTRIES})[ ]?국적(?:의|인)?[ \t]*$")
# a decision's or a notice's 'the above-named': '※ 위 JOHN SMITH의 정보는 …'
_ABOVE_NAMED = re.compile(r"(?:^|\s)위[ \t]*$")
# a member or a relative named in brackets after the role: '위원(JOHN SMITH)', '남편(JOHN SMITH)은'
_ROLE_BRACKET = re.compile(
    r"(?:위\s*원\s*장|위\s*원|간\s*사|의\s*장|남\s*편|아\s*내|배\s*우\s*자|자\s*녀|아\s*들|딸|부\s*친|모\s*친)"
    r"[ \t]*[(（][ \t]*$"
)
# an item of a list of members or attendees, Hangul names before it: '참석자: 위원 ○○○, ○○○, JOHN SMITH'
_LISTED_AMONG = re.compile(r"(?:참\s*석|위\s*원|명\s*단|참\s*가)[^\n]*[가-힣]{2,4},[ ]?$")
# an item of a list after a label for people ('거주자: ○○, ○○, …', '주문자: …'): the label, then only words and
# commas on the line before the name; an attendance list's items ('참석: ○○(대사관), …') only with the
# affiliation in brackets after the name (organisations attend too)
_LISTED_AFTER_LABEL = re.compile(r"(?<![가-힣])[가-힣]{0,3}(?:자|인|이사)[ \t]*[:：](?:[^\n:：\d]*,)?[ \t]*$")
_ATTENDING = re.compile(r"(?:참\s*석|명\s*단)[ \t]*[:：](?:[^\n:：\d]*,)?[ \t]*$")
_AFFILIATION_AFTER = re.compile(r"[ \t]?[(（][가-힣 ]{2,12}[)）]")
# an item of a comma-separated list whose neighbours are Korean names ('○○○(인솔), Jane ROE, ○○○, …')
_HANGUL_ITEM_BEFORE = re.compile(r"(?:^|[,:：][ ]?)(?P<name>[가-힣]{2,4})(?:\([가-힣 ]{1,6}\))?,[ ]?$")
_HANGUL_ITEM_AFTER = re.compile(r",[ ]?(?P<name>[가-힣]{2,4})(?:\([가-힣 ]{1,6}\))?(?=[,\n]|$)")


def _between_korean_names(view: TextView, start: int, end: int) -> bool:
    """The Latin name is an item of a list of people: the items on both sides are Korean names (a surname
    first, no word of the dictionary)."""
    before = _HANGUL_ITEM_BEFORE.search(view.left(start, 24, 1))
    after = _HANGUL_ITEM_AFTER.match(view.norm, end, min(len(view.norm), end + 24))
    if before is None or after is None:
        return False
    surnames = load("surnames")
    return all(m.group("name")[0] in surnames and not known_word(m.group("name")) for m in (before, after))


# a Korean name, then its romanisation as the next ' / ' field or in brackets: '○○○ / KIM HANA / 여권 …', '○○○(KIM HANA)'
_KOREAN_NAME_BEFORE = re.compile(r"(?:^|[\s:：\-])(?P<name>[가-힣]{2,4})[ \t]*(?:/|[(（])[ \t]*$")


# the Latin letters a Korean syllable's first consonant is romanised with (ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ)
_INITIAL_LETTERS = (
    "GK",
    "GK",
    "N",
    "DT",
    "DT",
    "RLNY",
    "M",
    "BP",
    "BP",
    "S",
    "S",
    "AEIOUYW",
    "JC",
    "JC",
    "CJ",
    "K",
    "T",
    "P",
    "H",
)


def _romanises(syllable: str, word: str) -> bool:
    """The Latin word opens as the Hangul syllable's first consonant is romanised."""
    return word[:1] in _INITIAL_LETTERS[(ord(syllable) - 0xAC00) // 588]


def _romanised_after_korean_name(view: TextView, start: int, value: str) -> bool:
    """The Latin name in capitals spells the Korean name right before it (a surname first, no word of the
    dictionary; its words open with the surname's and the given name's first sounds): the same person's
    name as a passport writes it. A word and its English gloss ('변경방법 (DB REBUILD …)') fail the sounds."""
    m = _KOREAN_NAME_BEFORE.search(view.left(start, 12, 1))
    words = value.split()
    if m is None or not value.isupper() or not 2 <= len(words) <= 3:
        return False
    name = m.group("name")
    if name[0] not in load("surnames") or known_word(name):
        return False
    return _romanises(name[0], words[0]) and any(_romanises(syl, words[1]) for syl in name[1:3])


# a row without separators: the name, one space, the country, then the person's number further on the line
# ('○○ ○○ 네팔 710428-5…  201호', '○○ ○○ 대만 / 외국인등록번호 …')
_COUNTRY_AFTER = re.compile(rf"[ ](?:{COUNTRIES})(?=[ /,])")


def _country_then_identifier(view: TextView, end: int, value: str) -> bool:
    """The name in capitals, its country right after it, and a registration, passport or phone number
    later on its line."""
    country = _COUNTRY_AFTER.match(view.norm, end, end + 12)
    if country is None or not value.isupper():
        return False
    line_end = view.line_at(end)[1]
    return _PERSON_ROW.search(view.norm, country.end(), line_end) is not None


_EMAIL_AFTER = re.compile(r"\s*<[^<>@\s]+[@＠]")
# what right after a Latin name makes it a person's: the nationality in brackets ('… (인도) 621013-…'), or
# as the next ' / ' field ('객실 211: … / 몽골 / 여권 …'), or a passport as the next field or cell
# ('KIM HANA / M123A4567 / 만료 …')
_AFTER_LATIN_NAME = re.compile(
    rf"[ \t]?[(（][ \t]*(?:{COUNTRIES})[ \t]*[,)）·]|[ \t]*/[ \t]*(?:{COUNTRIES})[ \t]*(?:/|$)"
    r"|[ \t]*(?:/|\t|[ ]{2,})[ \t]*[A-Z]{1,2}\d[0-9A-Z]{6,8}(?![A-Za-z0-9])",
    re.MULTILINE,
)
# a letter's salutation and sign-off, and a doctor's title: 'Dear Ms. ○○,', 'Best regards,⏎○○', '(Dr. ○○ ○○)'
_LETTER_NAME = re.compile(
    r"(?:Dear|Hello|Hi)[ ]+(?:(?:Mr|Ms|Mrs|Miss|Dr|Prof)\.?[ ]+)?(?P<greeted>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?=[ ]?[,:!])"
    r"|(?:(?:Best|Kind|Warm)[ ]regards|Regards|Sincerely(?:[ ]yours)?|Yours[ ]sincerely|Best[ ]wishes),[ \t]*\n?[ \t]*"
    r"(?P<signed>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})[ \t]*(?:$|[|/][ \t])"  # (or its position after: '○○ | Division')
    r"|(?<![A-Za-z])(?:Dr|Prof)\.[ ](?P<titled>[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})(?![A-Za-z])",
    re.MULTILINE,
)
# words of an organisation, a team or a greeting to many, never of a person's name: the frames above and
# the letter's also hold 'Samsung Electronics / 베트남 / …', 'Dear Customer Service,', 'Regards,⏎Human Resources'
_ORGANISATION_WORD = re.compile(
    r"(?<![A-Za-z])(?:Co|Corp|Corporation|Inc|Ltd|LLC|Company|Group|Trading|Electronics|Industries|Industry|"
    r"Services?|Team|Department|Dept|Office|Bank|University|College|School|Cent(?:er|re)|Hospital|Clinic|"
    r"Association|Agency|Ministry|Embassy|Consulate|Support|Customers?|Resources|Manager|Sir|Madam|"
    r"Colleagues|All|Everyone|Committee|Board|Foundation|Institute|Airlines?|Hotel|Travel|Tours|Desk|Staff|"
    r"Logistics|Shipping|Express|Systems|Solutions|Consulting|Partners|Studio|Council|Motors|Global)"
    r"(?![A-Za-z])",
    re.I,
)
# a person's role or a firm's or school's title right before a Latin name, one space between ('목격자 ○○ ○○',
# '수취인 ○○ ○○ ○○', '대표 ○○ ○○', '회원 ○○ ○○'): a word ending as people's roles do (…자, …인, …객), or a title
# _TITLE_BEFORE (officials') does not hold
_ROLE_BEFORE_LATIN = re.compile(
    r"(?:^|[\s(:：])(?:[가-힣]{1,4}(?:자|인|객)|부장|사장|회장|대표|교수|박사|선생님?|회원|조합원)[ \t]*$"
)
# a foreign name in Hangul words as a ' / ' field, the nationality or the person's number the next field
# ('객실 783: ○ ○ ○ / 베트남 / 여권 …', '결혼이민자: ○ ○ ○ / 외국인등록번호 …')
_SLASHED_BEFORE_NATIONALITY = re.compile(
    r"(?:^|[:：]|[ ]/)[ \t]*(?P<value>[가-힣]{1,8}(?: [가-힣]{1,8}){0,3})[ \t]*/[ \t]*"
    rf"(?:(?:{COUNTRIES})[ \t]*(?:/|$)|(?:외국인[ ]?등록[ ]?번호|여[ ]?권)[ \t]*[:：]?[ \t]*[A-Z0-9])",
    re.MULTILINE,
)
# a field that says what the person holds or lacks, not who they are ('국제운전면허 소지 / 여권 …')
_HOLDS = re.compile(r"(?:소지|미소지|보유|면허|성명|이름)$")
# a person's role or kin right before the name: an English form's label ('Invitee: ', 'Sender: ', 'Contact in
# Berlin: '), a Korean one or a relative ('강사: ', '자녀 ', '모 '), a delegation's Chinese list ('团长 ')
_ROLE_LABEL_BEFORE_LATIN = re.compile(
    r"(?:^|[\s(/])(?:(?:Invitee|Inviter|Sender|Receiver|Recipient|Contact(?:[ ]person)?(?:[ ]in[ ][A-Z][a-z]+)?|"
    r"Guest|Applicant|Student|Employee|Participant|Travell?er|Visitor|Speaker|Attendee|Host|Guardian|"
    r"Beneficiary|Payee|Holder|Patient|Lecturer|Instructor|Tenant|Landlord|Witness|Interpreter|"
    r"Passenger|PASSENGER|GUEST|[Tt]our[ ][Ll]eader|[Gg]uide)"
    r"(?:[ ]?/[ ]?[가-힣]{1,6})?[ ]?[:：]"
    r"|(?:자녀|배우자|남편|아내|부|모|딸|아들|공동\s*대표|강사|团长|团员|團長|團員)(?:[ ]?[:：])?"
    r"|(?:[Tt]our[ ][Ll]eader|[Gg]uide)[ ])[ \t]*$"
)
# an English honorific right before the name ('Guest: Mr. ○○ ○○')
_HONORIFIC_BEFORE = re.compile(r"(?<![A-Za-z])(?:Mr|Ms|Mrs|Miss|Mx|Dr|Prof)\.?[ ]$")
# a group booking's row opening with SURNAME/GIVEN, a wide gap, then the person's date or passport
_BOOKING_ROW = re.compile(
    rf"^[ \t]*(?P<value>{SLASHED_NAME})(?:[ ]{BOOKING_TITLE})?(?=[ ]{{2,}}|\t)",
    re.MULTILINE,
)
# a ticket's or itinerary's passenger, written SURNAME/GIVEN ('Passenger: KIM/MINA MR')
_PASSENGER = re.compile(
    rf"(?:Passenger|PASSENGER|Pax|PAX)(?:[ ]?[Nn]ame|[ ]?NAME)?[ \t]*:[ \t]*(?P<value>{SLASHED_NAME})"
    rf"(?= {BOOKING_TITLE}\b|[ \t]*$|[ \t]{{2,}})",
    re.MULTILINE,
)
# a title or an age right after the name, the way Korean prose introduces a person: 'Anna Berg 교수는',
# 'Tom Reed(41)가', 'Ivo Lind 자문위원:'
_PARTICLE = r"(?:은|는|이|가|의|을|를|께서|과|와|도|에게)?"
_TITLE_AFTER = re.compile(
    # (the word ends after the title and its particle: '교수는', '자문위원:' — not '위원회')
    rf"[ \t]?(?:(?:교수|작가|(?:자문)?위원|박사|대표|감독|선수|기자|연구원|변호사|씨|님|PM|PL|CEO|CTO|CFO){_PARTICLE}"
    r"(?=[ \t.,:：!?\"'”’)]|$)"
    # (an age in brackets, then Hangul: '(41)가 …', '(41) 씨' — not 'TIPS(2):', 'CHAR(5),', 'STRING(40) REFERENCE')
    rf"|\(\s*\d{{1,3}}\s*(?:세)?\s*\){_PARTICLE}(?=[ \t]?[가-힣]))"
)

# an official's title from the lexicon right after the name ('… 국장', '… 지도사는'), as reports and press
# releases write foreign officials and staff
_LEXICON_TITLE_AFTER = re.compile(
    r"[ \t]?(?:"
    + "|".join(sorted((re.escape(t) for t in load("name_titles") if len(t) >= 2), key=len, reverse=True))
    + rf"){_PARTICLE}(?=[ \t.,:：!?\"'”’()]|$)"
)

# what brackets after a Hangul name hold when the name is a person's
_PERSON_BRACKET = re.compile(
    rf"[ \t]?\([ \t]*(?:\d{{1,3}}(?:세)?[ \t]*[,)]|(?:{COUNTRIES})[ \t]*[,)·]|[A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+){{1,3}}[ \t]*[,)])"
)
# role words that open the frame and so end the name going backwards
_STOP_WORDS = frozenset(
    [
        "통역",
        "배석",
        "내담자",
        "근로자",
        "고용주",
        "결혼이민자",
        "이민자",
        "유학생",
        "출신",
        "피고인",
        "피해자",
        "신청인",
        "민원인",
        "대표",
        "위원",
        "위원장",
        "간사",
        "씨",
        "님",
        "및",
        "와",
        "과",
        "저는",
        "제",
        "그",
        "이",
        "고",
        "인",
    ]
)
_HANGUL_WORD = re.compile(r"[가-힣]{1,6}$")
_HANGUL_RUN = re.compile(r"[가-힣]{1,10}(?: [가-힣]{1,8}){0,3}")
# what names do not end in: an organisation's kind (다산콜센터, 새롬정보기술) or a case ending (문의는)
NOT_NAME_END = (
    "센터",
    "기술",
    "데이터",
    "정보",
    "시스템",
    "회사",
    "협회",
    "재단",
    "공단",
    "공사",
    "은행",
    "병원",
    "학교",
    "사무소",
    "위원회",
    "본부",
    "는",
    "을",
    "를",
    "에서",
    "으로",
    "에게",
)
# a Latin-script name (upper or title case, a line wrap allowed between its words) and its Hangul form
# in brackets, which may wrap too: 'Batbayar⏎Tserendorj (바트바야르 체렌도르지)'
_PAIR = re.compile(
    r"(?<![A-Za-z])(?:[A-Z][A-Z'\-]+(?:[ \n][A-Z][A-Z'\-]+){1,3}|[A-Z][a-z'\-]+(?:[ \n][A-Z][a-z'\-]+){1,3})"
    r"[ \t]?\([ \t]*(?P<value>[가-힣]{1,6}(?:[ \n][가-힣]{1,6}){0,3})[ \t]*\)"
)


_SIGN_MARK = re.compile(r"서\s*명(?:\s*(?:또는|或은|/)\s*(?:날\s*)?인)?|날?\s*인|인\s*감|印")
# the English of bilingual forms' labels ('여권 번호 Passport No.', 'Address In Korea'), and the form's
# example name: none of these is a person
_FORM_WORDS = frozenset(
    [
        "no",
        "name",
        "full",
        "address",
        "korea",
        "country",
        "home",
        "registration",
        "passport",
        "card",
        "date",
        "birth",
        "nationality",
        "sex",
        "issue",
        "expiry",
        "form",
        "application",
        "alien",
        "change",
        "status",
        "email",
        "e-mail",
        "phone",
        "tel",
        "mobile",
        "signature",
        "number",
        "of",
        "in",
        "the",
        "and",
        "for",
        "to",
        "at",
        "by",
        "period",
        "place",
        "type",
        "purpose",
        "stay",
        "office",
        "surname",
        "given",
        "names",
        # the English titles bilingual forms carry beside their Korean ones
        "report",
        "alteration",
        "certificate",
        "request",
        "notification",
        "declaration",
        "permit",
        "permission",
        "extension",
        "reissuance",
        "confirmation",
        "consent",
        "statement",
        "license",
        "licence",
        "driver's",
        "code",
    ]
)
_EXAMPLE_NAMES = frozenset(("HONG GILDONG", "HONG GIL DONG", "HONG GIL-DONG", "GILDONG HONG"))


def form_words(value: str) -> bool:
    return value.upper() in _EXAMPLE_NAMES or any(w.lower().strip(".,") in _FORM_WORDS for w in value.split())


# a passport's or a bilingual form's split name fields: 'Surname: WIJAYA   Given names: DEWI',
# 'Surname⏎IVANOVA' on the next line too, and '성명/Name HA⏎DONGJEONG' that OCR wrapped
# (in capitals or capitalised: 'Surname: Okafor   Given names: Ada'); a Korean passport application
# puts the romanised name's two parts in brackets: '로마자성명 (성) HONG (이름) GILSOO'
_SPLIT_NAME_FIELD = re.compile(
    # (a bilingual page writes the Korean label after a slash: 'Surname/성 …', 'Given names/이름 …')
    r"(?:(?:Surname|SURNAME|Given[ ]names?|GIVEN[ ]NAMES?)(?:[ ]?/[ ]?(?:성|이[ ]?름))?|[(（][ \t]*(?:성|이[ \t]*름)[ \t]*[)）])[ \t]*[:：]?[ \t]*\n?[ \t]*"
    r"(?P<value>[A-Z][A-Za-z'\-]+(?:[ ][A-Z][A-Za-z'\-]+){0,3})(?=[ \t]{2,}|[ \t]*$|[ \t]*[(（])",
    re.MULTILINE,
)
# a bilingual form's signature field whose narrow cell wrapped the signed name: 'Signature: Lina⏎ORLOVA'
_WRAPPED_SIGNATURE = re.compile(
    r"[Ss]ignature[ \t]*[:：][ \t]*(?P<value>[A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+){0,2}\n"
    r"[A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+){0,2})(?=[ \t]*(?:\n|$))"
)
_WRAPPED_NAME_FIELD = re.compile(
    r"(?:Name|NAME|성\s*명)[ \t]*[:：|]?[ \t]*(?P<value>[A-Z]{2,}(?:[ ][A-Z]{2,}){0,2}\n[A-Z]{2,}(?:[ ][A-Z]{2,}){0,2})(?=[ \t]*$)",
    re.MULTILINE,
)


def _title_word(word: str) -> bool:
    """'Seok', 'Hye-rim', 'Byeol-Sun', "O'Neil": capitalised, the rest lower or each joined part capitalised."""
    if word[:1].isupper() and word[1:].islower():
        return True
    parts = [p for p in re.split(r"[\-']", word) if p]
    # (a one-letter part before an apostrophe is a prefix: "O'Connor", "D'Souza")
    return bool(parts) and all(p[:1].isupper() and (len(p) == 1 or p[1:].islower()) for p in parts)


def _name_casing(words: list[str]) -> bool:
    """Every word capitalised ('Bakyt Omar'), or the surname in capitals beside a capitalised given name,
    as passports and immigration forms write it ('Bakyt OMAR', 'OMAR Bakyt')."""
    return all(_title_word(w) or _capital_surname(w) for w in words) and any(_title_word(w) for w in words)


def _capital_surname(word: str) -> bool:
    """A surname in capitals has a vowel: an acronym beside a word ('SQL Developer') has none."""
    return word.isupper() and len(word) >= 2 and any(ch in "AEIOUY" for ch in word)


# a booking's title or a job's abbreviation after the name ('… MS', '… PM'), not a word of it
_TITLE_WORD = re.compile(rf"{BOOKING_TITLE}|PM|PL|CEO|CTO|CFO")


def _without_leading_labels(start: int, value: str) -> tuple[int, str]:
    """'Name NAM CHAERIN' → 'NAM CHAERIN': a form's English label the match ran into is not the name."""
    words = value.split(" ")
    while len(words) > 2 and words[0].lower().strip(".,:") in _FORM_WORDS:
        start += len(words[0]) + 1
        words = words[1:]
    return start, " ".join(words)


def latin_names(view: TextView) -> Iterator[Hit]:
    """Names in Latin script ('EMILY JOHNSON', 'Jihyun Kim') in a frame that makes them a person's."""
    for m in _LATIN.finditer(view.norm):
        start, value = _without_leading_labels(m.start(), m.group())
        words = value.split(" ")
        if len(words) > 2 and _TITLE_WORD.fullmatch(words[-1]):
            value = " ".join(words[:-1])  # a booking's title or a job after the name ('… MS', '… PM')
        end = start + len(value)
        if len(value.split()) < 2 or not (value.isupper() or _name_casing(value.split())):
            continue
        if (
            form_words(value)
            or COUNTRY_NAME.fullmatch(value)  # (a country written in two words: 'Viet Nam')
            or ("," in value and any(COUNTRY_NAME.fullmatch(w) for w in value.split(", ")))
        ):
            continue  # (a town and its country after a comma: 'Udon Thani, Thailand')
        context = " ".join((view.left(start, 24, 1), view.right(end, 8), view.column_header(start)))
        if (
            _LATIN_CONTEXT.search(context)
            or _TITLE_BEFORE.search(view.left(start, 12, 1))
            or _ABOVE_NAMED.search(view.left(start, 6, 1))
            or _ROLE_BRACKET.search(view.left(start, 8, 1))
            or _NATIONALITY_BEFORE.search(view.left(start, 16, 1))
            or _PERSON_LABEL_BEFORE.search(view.left(start, 16, 1))
            or _LISTED_AMONG.search(view.left(start, 80, 1))
            or _between_korean_names(view, start, end)
            or _romanised_after_korean_name(view, start, value)
            or _country_then_identifier(view, end, value)
            or _EMAIL_AFTER.match(view.norm, end, end + 40)
            or (_TITLE_AFTER.match(view.norm, end, end + 12) and not _ORGANISATION_WORD.search(value))
            or (
                (
                    _AFTER_LATIN_NAME.match(view.norm, end, end + 32)
                    or _ROLE_BEFORE_LATIN.search(view.left(start, 12, 1))
                    or _ROLE_LABEL_BEFORE_LATIN.search(view.left(start, 24, 1))
                    or _HONORIFIC_BEFORE.search(view.left(start, 6, 1))
                    or _LEXICON_TITLE_AFTER.match(view.norm, end, end + 12)
                    or _LISTED_AFTER_LABEL.search(view.left(start, 80, 1))
                    or (
                        _ATTENDING.search(view.left(start, 80, 1))
                        and _AFFILIATION_AFTER.match(view.norm, end, end + 16)
                    )
                )
                and not _ORGANISATION_WORD.search(value)
            )
            or in_country_row(view, start, value)
            or _in_person_row(view, start, end)
        ):
            yield Hit(start, end, 0.8, "Latin-script name with context")
    norm = view.norm
    split = any(word in norm for word in ("urname", "URNAME", "iven", "IVEN", "(성)", "( 성)", "(성 )"))
    for pattern in (_SPLIT_NAME_FIELD, _WRAPPED_NAME_FIELD) if split else (_WRAPPED_NAME_FIELD,):
        for m in pattern.finditer(view.norm):
            if not form_words(m.group("value").replace("\n", " ")):
                yield Hit(m.start("value"), m.end("value"), 0.8, "Latin-script name in a name field")
    for m in _WRAPPED_SIGNATURE.finditer(view.norm) if "ignature" in norm else ():
        words = m.group("value").split()
        if (m.group("value").isupper() or _name_casing(words)) and not form_words(" ".join(words)):
            yield Hit(m.start("value"), m.end("value"), 0.8, "Latin-script name signed, wrapped by the form")
    if view.mentions(_NAME_HEADER) and view.mentions(_LATIN_WORD):
        yield from _latin_cells(view)
    for m in _BOOKING_NAME.finditer(view.norm) if "/" in norm else ():
        yield Hit(m.start("value"), m.end("value"), 0.8, "Latin-script name in an airline booking's record")
    for m in _BOOKING_ROW.finditer(view.norm) if "/" in norm else ():
        if _PERSON_ROW.search(view.norm, *view.line_at(m.start("value"))):
            yield Hit(m.start("value"), m.end("value"), 0.8, "SURNAME/GIVEN opening a booking list's row")
    for m in _PASSENGER.finditer(view.norm) if "/" in norm else ():
        yield Hit(m.start("value"), m.end("value"), 0.8, "passenger's name on a ticket, SURNAME/GIVEN")
    for m in _LETTER_NAME.finditer(view.norm):
        group = next(g for g in ("greeted", "signed", "titled") if m.group(g))
        if not form_words(m.group(group)) and not _ORGANISATION_WORD.search(m.group(group)):
            yield Hit(m.start(group), m.end(group), 0.8, "name in a letter's salutation, sign-off or a title")
    for m in _CARD_NAME.finditer(view.norm):
        value = m.group("value")
        if not form_words(value.replace("\n", " ")):
            yield Hit(
                m.start("value"), m.end("value"), 0.8, "Latin-script name under a card's registration number"
            )
    for m in numbered_with_country(view):
        value = m.group("value")
        if not value[0].isascii() or form_words(value):
            continue
        yield Hit(
            m.start("value"), m.end("value"), 0.8, "Latin-script name before a nationality in a numbered row"
        )


def _latin_cells(view: TextView) -> Iterator[Hit]:
    """A single Latin word that fills a cell of a name column ('| 3 | SURNAME, | …', and its wrapped
    rest 'GIVEN' in the row under it): a surname or a given name written alone."""
    for m in _LATIN_WORD.finditer(view.norm):
        value = m.group()
        bare = value.rstrip(",")
        if form_words(bare) or not view.cell_is(m.start(), value):
            continue
        if bare.isupper() and len(bare) <= 3:
            continue  # a country's code (USA, IND) in a row the header does not line up with
        if _NAME_HEADER.fullmatch(view.column_header(m.start()).strip()):
            yield Hit(m.start(), m.start() + len(bare), 0.8, "Latin-script name alone in a name column")


# what opens a list's line before its first field: a row number or a bullet ('1)', '2.', '-')
_LINE_OPENING = re.compile(r"[ \t]*(?:(?:\d{1,3}[.)]|[\-·•○])[ \t]*|\d{1,4}[ \t]+)?")
# a field's end in a list cut by slashes, or the identifier right after one space ('… Ada 900107-5…')
_FIELD_CLOSE = re.compile(
    r"[ ]/[ ]|[ ](?:\d{6}[ ]?-|[A-Z]{1,2}\d{6,8}[A-Z]?(?![A-Za-z0-9])"
    # (or the person's birth date: '01 ADA OKAFOR 02.07.1967 …', '… 10 FEB 1988 …', '… 1960-04-05 …')
    r"|\d{1,2}[./ ](?:\d{1,2}|[A-Z]{3})[./ ](?:19|20)\d{2}|(?:19|20)\d{2}[.\-/]\d{1,2}[.\-/]\d{1,2}"
    # (or the nationality, a longer name leaving one space before its padded column: '○○ ○○ 태국    …')
    rf"|(?:{COUNTRIES})(?=[ ]{{2,}}|\t|$))",
    re.MULTILINE,
)
# (a list of foreigners marks its rows with the nationality, or a passport's number after its word, as well)
_FOREIGNER_MARK = re.compile(
    rf"(?<![가-힣A-Za-z])(?:{COUNTRIES})(?![가-힣A-Za-z])|(?:여\s*권|[Pp]assport)(?:\s*번\s*호|\s*[Nn]o\.?)?[ \t:：]*[A-Z0-9]"
)


# what else marks a roster's row as a person's, in a text that lists people: a card's or an account's long
# number (masked or not), a number masked in its middle, a birth date written day first
_ROW_MARK = re.compile(
    r"(?<![\d\-])\d[\d*●]{11,18}(?![\d\-])|(?<!\d)\d{2}[ ]?\*{3,}\d{2}|(?<![\d.])\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}"
    r"|(?<!\d)\d{1,2} [A-Z]{3} (?:19|20)\d{2}"
)
_ROSTER_WORDS = re.compile(
    r"명\s*단|대\s*상|목\s*록|대\s*장|명\s*부|PAX|LIST|List|신\s*청|참\s*가|탑\s*승|승\s*객|투\s*숙|환\s*불|수\s*강|입\s*국|출\s*국"
)


def _in_person_row(view: TextView, start: int, end: int) -> bool:
    """The Latin words stand as a cell of their own (bars, tabs, commas, semicolons or wide gaps around them,
    or opening a numbered list's line before a slash or the identifier) in a row that holds a person's
    identifier or nationality: a roster of foreign staff, residents, guests or invitees."""
    line_start, line_end = view.line_at(start)
    if not (
        _PERSON_ROW.search(view.norm, line_start, line_end)
        or _FOREIGNER_MARK.search(view.norm, line_start, line_end)
        or (_ROW_MARK.search(view.norm, line_start, line_end) and view.mentions(_ROSTER_WORDS))
    ):
        return False
    before = view.norm[max(line_start, start - 3) : start]
    after = view.norm[end : min(line_end, end + 3)]
    opens = bool(
        before == "" or before[-1] in "|\t,;" or before.endswith("  ") or re.search(r"[|,;\t]\s*$", before)
    )
    closes = bool(
        after == "" or after[0] in "|\t,;" or after.startswith("  ") or re.match(r"\s*[|,;\t]", after)
    )
    if _LINE_OPENING.fullmatch(view.norm, line_start, start):
        opens = True  # (the first field of a line, numbered or bulleted or not)
        closes = closes or _FIELD_CLOSE.match(view.norm, end) is not None
    return bool(opens and closes)


def hangul_names(view: TextView, surnames: frozenset[str]) -> Iterator[Hit]:
    """Foreign names written in Hangul: two to four words (or one word the analyser does not know)
    right before a person's brackets, or alone in a cell of a foreign workers' row."""
    for m in _PERSON_BRACKET.finditer(view.norm):
        span = _words_before(view, m.start())
        if span is not None:
            yield Hit(span[0], span[1], 0.8, "foreign name before an age, nationality or romanisation")
    for m in _HANGUL_IN_BRACKETS.finditer(view.norm):
        if not m.group("value").endswith(NOT_NAME_END):
            yield Hit(m.start("value"), m.end("value"), 0.8, "Hangul form of a name in a form's brackets")
    for m in _HANGUL_NAME_FIELD.finditer(view.norm):
        value = m.group("value")
        words = [w for w in value.split() if len(w) >= 2]
        if not (value.endswith(NOT_NAME_END) or any(common_word(w) or verb_form(w) for w in words)):
            yield Hit(m.start("value"), m.end("value"), 0.8, "Hangul name in a form's Hangul-name field")
    for m in _HANGUL_ROW_HEAD.finditer(view.norm) if "\t" in view.norm or "|" in view.norm else ():
        value = m.group("value")
        words = value.split()
        if transcription_words(words) and not _all_vocabulary(value) and not value.endswith(NOT_NAME_END):
            yield Hit(m.start("value"), m.end("value"), 0.8, "foreign name opening a row before a birth date")
    for m in _SLASHED_BEFORE_NATIONALITY.finditer(view.norm) if " / " in view.norm else ():
        value = m.group("value")
        if not (
            value.endswith(NOT_NAME_END)
            or _FORM_KEY.search(value)
            or _HOLDS.search(value)
            or COUNTRY_CELL.fullmatch(value)
            or _all_vocabulary(value)
        ):
            yield Hit(m.start("value"), m.end("value"), 0.8, "foreign name as the field before a nationality")
    for m in numbered_with_country(view):
        value = m.group("value")
        if value[0].isascii() or value.endswith(NOT_NAME_END) or _all_vocabulary(value):
            continue
        if " " not in value and value[0] in surnames and len(value) <= 4:
            continue  # a Korean name: the rules and the model judge it
        yield Hit(
            m.start("value"), m.end("value"), 0.8, "foreign name before a nationality in a numbered row"
        )
    for row in sorted(country_rows(view)):
        start, end = view.line_bounds(row)
        for m in _HANGUL_RUN.finditer(view.norm, start, end):
            value = m.group()
            if NATIONALITY_CELL.search(value):
                continue  # '국 적 네팔': the nationality's cell, its label spaced out by a scan
            if (
                (
                    _NAME_COLUMN.search(view.column_header(m.start()))
                    or _after_latin_name_cell(view, m.start())
                )
                and view.cell_is(m.start(), value)
                and not value.endswith(NOT_NAME_END)
                and not value.replace(" ", "").endswith(_TRADE_ENDINGS)  # (a firm's cell: ○○회계법인)
                and not _FORM_KEY.search(value)
                and not COUNTRY_CELL.fullmatch(value)
            ):
                yield Hit(
                    m.start(), m.end(), 0.8, "foreign name under a name column in a row naming a country"
                )
                continue
            if (
                len(value.replace(" ", "")) >= 3
                and (" " in value or value[0] not in surnames)
                and view.cell_is(m.start(), value)
                and not COUNTRY_CELL.fullmatch(value)
                and not value.endswith(NOT_NAME_END)
                and not value.replace(" ", "").endswith(_TRADE_ENDINGS)  # (a firm's cell: ○○회계법인)
                and not any(len(w) >= 3 and _word_of_cell(w, value) for w in value.split())
                and not _all_vocabulary(value)
            ):
                yield Hit(m.start(), m.end(), 0.8, "foreign name in a row naming a country")


_LATIN_CELL_BEFORE = re.compile(
    r"(?:^|[|\t,]|[ ]{2})[ \t]*[A-Z][A-Za-z'\-]+(?:,? [A-Z][A-Za-z'\-]*){1,3}(?:[ \t]*[|\t,][ \t]*|[ ]{2,})$"
)


def _after_latin_name_cell(view: TextView, pos: int) -> bool:
    """The cell before is a name in capitals: this cell is its Hangul transcription ('ELENA MARQUEZ,엘레나 마르케스')."""
    line_start, _ = view.line_at(pos)
    return _LATIN_CELL_BEFORE.search(view.norm, line_start, pos) is not None


def transcription_words(words: list[str]) -> bool:
    """Words a foreign name's Hangul form is made of: one of them a proper noun or a noun Kiwi has
    never seen (세르게이, 파울라), none a compound of known words or a known word with its particle or
    ending (유한회사, 계좌로, 송금하였으나)."""
    evidence = False
    for word in words:
        if len(word) < 2:
            continue
        parts = morphemes(word)
        if len(parts) == 1 and parts[0][0] == word:
            evidence = evidence or unseen_or_proper(word)
        elif any(tag in ("NNG", "NNB") and score > KNOWN_WORD_SCORE for _, tag, score in parts):
            return False
    return evidence


def _all_vocabulary(value: str) -> bool:
    """Every word of two or more syllables is one Kiwi knows, or a compound of words it knows: a status
    cell (신규 고용, 계약 만료, 외국인등록 신청, 재입국허가), not a name (디팍 타파, 부 티 란). In a cell of
    several words the words must be common ones (not proper nouns: Kiwi lists many foreign names, 레나
    브라운) and one at least a frequent one (Kiwi knows 레예스 and 아웅 only as rare words; 서류 증빙 보완 has
    서류)."""
    longer = [w for w in value.split() if len(w) >= 2]
    if not longer:
        return False
    if " " not in value:
        return all(known_word(w) or compound_of_nouns(w) for w in longer)
    return all(_common_in_cell(w) or compound_of_nouns(w) for w in longer) and any(
        _frequent_in_cell(w) or compound_of_nouns(w) for w in longer
    )


def _word_of_cell(word: str, value: str) -> bool:
    """A word that makes the cell no name: one Kiwi knows; in a cell of several words a frequent common
    one (see _all_vocabulary)."""
    return known_word(word) if " " not in value else _frequent_in_cell(word)


def _common_in_cell(word: str) -> bool:
    return (
        common_word(word) or COUNTRY_NAME.fullmatch(word) is not None
    )  # ('국적 러시아': a label and a country)


def _frequent_in_cell(word: str) -> bool:
    return COUNTRY_NAME.fullmatch(word) is not None or (
        common_word(word) and morphemes(word)[0][2] > _RARE_IN_NAME_CELL
    )


# (status words of such rows rank above it, 만료 -14.3; the foreign name parts Kiwi knows as rare words below,
# 아웅 -14.9, 레예스 -16.9)
_RARE_IN_NAME_CELL = -14.5


def romanised_pairs(view: TextView) -> Iterator[Hit]:
    """A Latin-script name and its Hangul form in brackets: 'OLGA PETROVA (올가 페트로바)'; both are the
    person's name."""
    for m in _PAIR.finditer(view.norm):
        value = m.group("value")
        if value.endswith(NOT_NAME_END) or (" " not in value and known_word(value)) or form_words(m.group()):
            continue  # 'KOREA EXPRESSWAY (한국도로공사)' is an organisation, not a person
        latin_end = view.norm.rindex("(", m.start(), m.start("value"))
        while view.norm[latin_end - 1] in " \t":
            latin_end -= 1
        if _SIGN_MARK.fullmatch(value):  # 'NARA DOHA (서명 또는 인)': the bracket is where they sign
            yield Hit(m.start(), latin_end, 0.8, "Latin-script name before its signature")
            continue
        yield Hit(m.start(), latin_end, 0.8, "Latin-script name with its Hangul form")
        yield Hit(m.start("value"), m.end("value"), 0.8, "Hangul form of a Latin-script name")


# The same name in both scripts side by side, the Hangul as a transcription of the Latin words:
# 'WU FANG(우팡, 중국)', 'BAT ERDENE / 바트 에르덴', '시리 퐁사(SIRI PHONGSA)'. A transcription has no
# more words than the Latin it renders (a Chinese given name may join its syllables: 'ZHAO LIN' 자오린).
_LATIN_NAME = r"[A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+){1,3}"
_TITLE_NAME = r"[A-Z][a-z'\-]+(?: [A-Z][a-z'\-]+){1,3}"
_HANGUL_NAME = r"[가-힣]{1,6}(?: [가-힣]{1,6}){0,3}"
# (news writes the Latin in title case and the age after the transcription: 'Rosa Quispe(로사 키스페, 34) 씨')
_LATIN_THEN_HANGUL = re.compile(
    rf"(?<![A-Za-z])(?P<latin>{_LATIN_NAME}|{_TITLE_NAME})(?:[ \t]?\([ \t]*(?P<a>{_HANGUL_NAME})[ \t]*,"
    rf"|[ \t]+/[ \t]+(?P<b>{_HANGUL_NAME})[ \t]*$)",
    re.MULTILINE,
)
# (a person's: 씨, 님 or a subject's particle follows; a term glossed in English, '최저높이(MINIMUM HEIGHT)',
# '문자형식(ASCII CODE)로', is followed by anything else)
# (news writes the Latin in title case with the age: '카를로스 멘도사(Carlos Mendoza·41) 씨가'; a record writes it
# after a name label with a space: '환자명: 아리프 하산 (ARIF HASAN)')
# (a title-case brand glossed after its Hangul, '맥도날드(McDonald Korea)는', has no age: title case needs one)
_LATIN_WITH_AGE = rf"(?:{_LATIN_NAME}|[A-Z][a-z'\-]+(?: [A-Z][a-z'\-]+){{1,3}})[·,][ ]?\d{{1,3}}(?:세)?"
# (title case without an age is a person's when 씨 or 님 follows: '로사 키스페(Rosa Quispe) 님께')
_HANGUL_THEN_LATIN = re.compile(
    rf"(?<![가-힣])(?P<hangul>{_HANGUL_NAME})\((?P<latin>{_LATIN_NAME})(?:[·,][ ]?\d{{1,3}}(?:세)?)?\)"
    r"[ ]?(?:씨|님|(?:은|는|이|가|의|에게|께서)(?![가-힣]))"
    rf"|(?<![가-힣])(?P<hangul2>{_HANGUL_NAME})\((?P<latin2>{_LATIN_WITH_AGE})\)"
    rf"|(?<![가-힣])(?P<hangul3>{_HANGUL_NAME})\((?P<latin3>{_TITLE_NAME})\)[ ]?(?:씨|님)"
)
# what every reading above needs: a fast scan says whether any may match
_LATIN_IN_BRACKETS = re.compile(r"\([A-Z]")
_LABELLED_PAIR = re.compile(
    rf"(?:성\s*명|이\s*름|환\s*자\s*명|[Nn]ame)[^:：\n]{{0,8}}[:：][ \t]*(?P<hangul>{_HANGUL_NAME})[ \t]*\((?P<latin>{_LATIN_NAME})\)"
)


# an office or body's name with its English name in brackets: '국제협력과(INTERNATIONAL TEAM)'
_BODY_END = re.compile(r"(?:과|팀|실|국|처|청|부|원|단|소|관|회)$")  # (회사, 공사, 학교: NOT_NAME_END)


def _common_word(word: str) -> bool:
    """A word of the dictionary that is no rare proper noun: '미래', '서울' (a rare one, '우팡', may be a name)."""
    if not known_word(word):
        return False
    (_, tag, score), *_ = morphemes(word)
    return tag != "NNP" or score > -10


_COUNTRY_WORD = re.compile(rf"(?:{COUNTRIES})|국적$")


def _status_words(hangul: str) -> bool:
    """A nationality or a status in words of the language where a transcription could stand."""
    return bool(_COUNTRY_WORD.search(hangul)) or any(compound_of_nouns(w) for w in hangul.split())


def _transcribes(hangul: str, latin: str) -> bool:
    words, latin_words = hangul.split(), latin.split()
    return (
        len(words) <= len(latin_words)
        and not _BODY_END.search(hangul)
        and not (len(words) == 1 and _common_word(hangul))
        and len(hangul.replace(" ", "")) >= 2
        and not hangul.endswith(NOT_NAME_END)
        and not (len(words) == 1 and len(hangul) > 5)
    )


_LATIN_PRESENT = re.compile(r"[A-Z][A-Za-z'\-]+ [A-Z]")


def transcribed_pairs(view: TextView) -> Iterator[Hit]:
    """The Hangul transcription beside a Latin-script name in capitals: the same person's name."""
    if not _LATIN_PRESENT.search(view.norm):
        return  # (every pair holds a Latin name of two words or more)
    for m in _LATIN_THEN_HANGUL.finditer(view.norm):
        group = "a" if m.group("a") else "b"
        if group == "a" and _status_words(m.group(group)):
            # 'Rosa Quispe(결혼이민, …)', '(칠레 국적, 43세)': the bracket says what the person is, not their name
            if not form_words(m.group("latin")):
                yield Hit(m.start("latin"), m.end("latin"), 0.8, "Latin-script name before its details")
            continue
        if _transcribes(m.group(group), m.group("latin")) and not form_words(m.group("latin")):
            yield Hit(m.start(group), m.end(group), 0.8, "Hangul transcription after a Latin-script name")
            yield Hit(m.start("latin"), m.end("latin"), 0.8, "Latin-script name before its transcription")
    for m in _LABELLED_PAIR.finditer(view.norm):
        if _transcribes(m.group("hangul"), m.group("latin")) and not form_words(m.group("latin")):
            yield Hit(m.start("latin"), m.end("latin"), 0.8, "Latin-script form of a labelled name")
    for m in _HANGUL_THEN_LATIN.finditer(view.norm) if _LATIN_IN_BRACKETS.search(view.norm) else ():
        g = next(g for g in ("hangul", "hangul2", "hangul3") if m.group(g))
        hangul = m.group(g)
        latin = re.sub(r"[·,][ ]?\d.*$", "", m.group(g.replace("hangul", "latin")))  # no age
        # going back from the bracket, the name keeps only the words the Latin has ('반장 시리 퐁사')
        keep = hangul.split()[-len(latin.split()) :]
        value = " ".join(keep)
        start = m.end(g) - len(value)
        if _transcribes(value, latin) and not form_words(latin) and value not in _STOP_WORDS:
            yield Hit(start, m.end(g), 0.8, "Hangul name before its Latin-script form")


_TRADE_ENDINGS = tuple(sorted(load("trade_endings")))


def _person_word(word: str) -> bool:
    """A word the list of known names gives as a person's name or part of one (다니엘, 니콜라): Kiwi knows
    it as a proper noun, and it is a name's, not a place's or a firm's."""
    return (known_kind(word) or "").startswith("person")


def _words_before(view: TextView, pos: int) -> tuple[int, int] | None:
    """The name that ends at `pos`: Hangul words going back until a role word, punctuation or a
    word of the dictionary; none when that leaves a single ordinary word."""
    line_start, _ = view.line_at(pos)
    end = pos
    while end > line_start and view.norm[end - 1] in " \t":
        end -= 1
    start = end
    words: list[str] = []
    while len(words) < 4:
        m = _HANGUL_WORD.search(view.norm, line_start, start)
        if m is None or m.end() != start:
            break
        word = m.group()
        if (
            word in _STOP_WORDS
            or (len(word) >= 3 and known_word(word) and not _person_word(word))
            or word.endswith(NOT_NAME_END)
            or (
                len(word) >= 2 and verb_form(word)
            )  # ('길을 건너려던 ○○○(18)': a verb's form ends the words before)
        ):
            break
        words.insert(0, word)
        start = m.start()
        if start == line_start or view.norm[start - 1] != " ":
            break
        start -= 1
    if view.norm[start] == " ":
        start += 1
    if not words or len(words) < 2:
        return None  # one word before '(28)' is a Korean name: the rules and the model judge it
    longer = [w for w in words if len(w) >= 2]
    if longer and all((known_word(w) and not _person_word(w)) or not unseen_or_proper(w) for w in longer):
        return None  # '본회의 의결 (3)', '공개구분 부분공개(6)': words of the dictionary, not a name
    return start, end
