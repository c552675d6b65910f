"""The Kiwi morphological analyser, loaded once per process and asked only about short strings.

Tagging whole documents with Kiwi runs at ~90,000 chars/s, well below the analyzer's budget, so the
person recognizer asks it only about name candidates that already have some context: is this string
an ordinary word (NNG, verb, adverb …) or a proper noun?
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

# Kiwi tags words it does not know (most names) as NNG too, but with a much lower score: known
# morphemes score above about -17, unseen names around -20 to -30.
KNOWN_WORD_SCORE = -17.0
COMMON_TAGS = frozenset(
    {"NNG", "NNB", "NR", "NP", "VV", "VA", "VX", "MAG", "MAJ", "MM", "IC", "XR", "VCP", "XSN"}
)


@lru_cache(maxsize=1)
def kiwi() -> Any:
    import warnings

    from kiwipiepy import Kiwi

    # No worker threads: words are analysed one at a time in the caller's thread, and a pool of
    # one thread per core only competed with the other worker processes (a 2-worker run was slower
    # than one) and doubled the start-up (2.1 s + 2.7 s first call, against 1.6 s + 1.4 s).
    # Without the multi-word dictionary (phrases, never a single word, which is all we ask about)
    # load + first call take 1.7 s instead of 3.5 s in every worker; on 3,000 KLUE words one
    # analysis differs, and the PII sets score the same or better.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # 0's meaning changed in 0.21: now "none"
        analyser = Kiwi(num_workers=0, load_multi_dict=False)
    analyser.tokenize("김민수 주무관에게 문의하여 주시기 바랍니다.")  # first calls are slow: warm up at load
    return analyser


@lru_cache(maxsize=65536)
def morphemes(word: str) -> tuple[tuple[str, str, float], ...]:
    """(form, tag, score) of each morpheme Kiwi reads in `word`."""
    return tuple((t.form, t.tag, t.score) for t in kiwi().tokenize(word))


# endings of institutional or abstract nouns (부서장, 가맹점, 위원회, 전문가) and of places (진입로, 경로당); a
# known word with one of these endings is not a name even next to a title
_NOUN_ENDINGS = tuple("장점집회원가자관사서소실처과국부청팀단비료금법권률율세액물품제로당")


# particles that are also common final syllables of given names (이승은, 김하나, 박지도)
_NAME_LIKE_PARTICLES = frozenset(("은", "나", "도", "라", "란"))


def _verbal(parts: tuple[tuple[str, str, float], ...], strong: bool = False) -> bool:
    """A conjugated verb or adjective: a known stem opening the word and an ending closing it
    (가진다, 정하는, 아니라, 요구하는), perhaps with particles after the ending (위하여는).

    Names Kiwi splits oddly (이건서 → 이 + 이 + 건 + 서, 민한미 → 민 + 하 + ㄴ + 미) either open
    with a pronoun or determiner or do not end in an ending, so both ends are required.
    """
    while len(parts) > 2 and _particle_after_ending(parts[-1], parts[-2]):
        parts = parts[:-1]  # a particle after the ending (위하여는, 하여도) leaves it a verb form
    if len(parts) < 2 or not parts[-1][1].startswith("E"):
        return False
    (form, tag, score), tag2 = parts[0], parts[1][1]
    if score <= KNOWN_WORD_SCORE:
        return False
    if tag in ("VV", "VA", "VX", "VCN", "VCP"):
        # (a one-syllable stem may be a surname, but not with the honorific 시 and the conditional 면
        # after it: '전화 주시면(…)', '오시면')
        honorific_if = len(parts) == 3 and parts[1][0] == "시" and parts[1][1] == "EP" and parts[2][0] == "면"
        return len(form) >= 2 or form in ("하", "되") or honorific_if
    # a one-syllable adverb or noun made a verb (정하는, 구하는), or a root made one (이러한, 깨끗한); next
    # to a title or label a noun syllable before a verb stem is a surname before a given name that is
    # also a stem (반빛나)
    verbs = ("XSV", "XSA") if strong else ("XSV", "XSA", "VV", "VA")
    return (tag in ("NNG", "MAG") and tag2 in verbs) or (
        tag == "XR" and score > _FREQUENT_ROOT_SCORE and tag2 in ("XSV", "XSA")
    )


# a root this frequent is everyday vocabulary (이러한, 깨끗한); names Kiwi reads as rare roots (서성한) are not
_FREQUENT_ROOT_SCORE = -10.0


def _particle_after_ending(last: tuple[str, str, float], before: tuple[str, str, float]) -> bool:
    """A whole-syllable particle closing a verb form after its ending (위하여는: 위하 + 어 + 는); Kiwi's
    odd splits of names end in a lone jamo particle instead (목하린 → … 리 + ᆫ)."""
    return last[1].startswith("J") and before[1].startswith("E") and all("가" <= ch <= "힣" for ch in last[0])


def verb_form(word: str) -> bool:
    """A conjugated verb or adjective (전보함, 승진함, 하였음), which no cell of names holds."""
    return _verbal(morphemes(word), strong=True)


def ordinary_word(word: str, name: str, strong: bool = False) -> bool:
    """True when Kiwi reads the candidate as vocabulary rather than a name.

    Kiwi splits unseen names into whatever morphemes fit (명유람 → 명 + 유람), so only clear cases
    count: a known noun followed only by particles (근무를, 경우에는; when the last syllable could
    also end a name, only without other evidence), a known verb stem with an ending (위하여), or a
    name that is one known morpheme (two syllables, or three with a noun ending or very frequent).
    """
    parts = morphemes(word)
    head = parts[0] if parts else ("", "", 0.0)
    known_head = head[2] > KNOWN_WORD_SCORE and word.startswith(head[0])
    if known_head and len(parts) >= 2:
        tail = parts[1:]
        particles_only = head[1] in COMMON_TAGS and all(t[1].startswith("J") for t in tail)
        name_like = (
            strong and len(head[0]) == 2 and head[2] <= -11.5 and word[len(head[0]) :] in _NAME_LIKE_PARTICLES
        )
        if particles_only and not name_like:  # 이승은 may be a name, 소유권은 is not
            return True
    if _verbal(parts, strong):
        return True
    alone = morphemes(name)
    derived = len(alone) == 2 and alone[1][1] == "XSN" and alone[1][2] > -7.0
    if derived and alone[0][1] == "NNG" and alone[0][2] > -12.5:
        return True  # a frequent noun with an explicit derivational suffix (사실상, 편의성)
    if len(name) == 2 and all(score > KNOWN_WORD_SCORE for _, _, score in alone):
        return True  # two syllables Kiwi reads as known words (이를, 위에, 두고, 정수): names are rarer
    if len(alone) != 1:
        return False
    form, tag, score = alone[0]
    if tag not in COMMON_TAGS or score <= KNOWN_WORD_SCORE or form != name:
        return False
    if tag in ("MAG", "MAJ", "MM", "IC"):  # adverbs and determiners (공고히, 모두) are never names
        return True
    return len(name) <= 2 or name.endswith(_NOUN_ENDINGS) or score > -12.5


# one-syllable readings; number + counter (사+원, 이+수) or prefix readings are vocabulary
_SYLLABLE_TAGS = frozenset({"NNG", "NNP", "MAG", "MM"})
_NOT_NAME_TAGS = ("J", "E", "XS", "V", "IC", "MAJ")
RARE_NOUN = -13.5  # in a name slot, common nouns rarer than this are more likely names (정찬, 지준)


def surname_and_syllable(name: str) -> bool:
    """A two-syllable candidate Kiwi reads as two unrelated one-syllable words (강+결, 옥+린, 용+욱):
    a surname and a one-syllable given name. Vocabulary reads as one word (가결, 전산), a word and
    a particle or ending (기산 → 기사+ㄴ) or a noun and a suffix (팀별); those stay rejected."""
    parts = morphemes(name)
    return (
        len(name) == 2
        and len(parts) == 2
        and all(len(form) == 1 and tag in _SYLLABLE_TAGS for form, tag, _ in parts)
        and "".join(form for form, _, _ in parts) == name
    )


def two_syllable_name(name: str, slot: bool) -> bool:
    """A two-syllable candidate with name context (one-syllable given name: 최윤, 김현, 정찬).

    Next to a title: a surname and a syllable (see above). In a slot that holds a name (a 성명:
    field, a 성명 column) also a proper noun or a rare common noun (최윤, 정찬); never a word
    with a particle, an ending, a suffix or a verb in it (제빈 → 제비+ㄴ, 팀별, 박찬 → 박차+ㄴ)."""
    parts = morphemes(name)
    if any(tag.startswith(_NOT_NAME_TAGS) for _, tag, _ in parts):
        return False
    if surname_and_syllable(name):
        return True
    if len(parts) != 1 or parts[0][0] != name:
        return False
    _, tag, score = parts[0]
    # Kiwi tags rare vocabulary and OCR debris as rare proper nouns too (제척, 하운): only in a slot
    return slot and (tag == "NNP" or (tag == "NNG" and score <= RARE_NOUN))


def known_word(word: str) -> bool:
    """One morpheme Kiwi knows (not a rare or unseen one) spanning the whole word: 민주주의, 이러한."""
    parts = morphemes(word)
    return len(parts) == 1 and parts[0][0] == word and parts[0][2] > KNOWN_WORD_SCORE


def common_word(word: str) -> bool:
    """A word Kiwi knows that is not a proper noun: letters spaced out that spell it are a heading or a
    word ('내 용', '구 분'), while the names Kiwi knows as proper nouns stay names."""
    return known_word(word) and morphemes(word)[0][1] != "NNP"


def proper_noun(word: str) -> bool:
    """One morpheme Kiwi reads as a proper noun spanning the whole word."""
    parts = morphemes(word)
    return len(parts) == 1 and parts[0][0] == word and parts[0][1] == "NNP"


def known_place(name: str) -> bool:
    """A proper noun in Kiwi's dictionary that ends like a place or an office (경기도, 연수구)."""
    alone = morphemes(name)
    return len(alone) == 1 and alone[0][1] == "NNP" and alone[0][2] > KNOWN_WORD_SCORE


# noun-forming syllables that end vocabulary (소유권, 고용률, 제안사) far more often than names
_ABSTRACT_SUFFIXES = frozenset("권률율적비료금법력품물감별들증분점액량사자원처과실팀장관소회단명란표차직반")
_STRICT_SUFFIXES = frozenset("권률율적비료금법력품물감들증분점액량자차란표장직회반")


# a noun Kiwi ranks this high is everyday vocabulary (우수, 상급, 정예), not the given name after a surname
_FREQUENT_NOUN_SCORE = -6.0


def prefixed_noun(name: str) -> bool:
    """A prefix and an everyday noun (최우수, 최상급: 최 'most' + 우수): vocabulary, though the prefix is
    also a surname and the whole reads like a surname and a given name."""
    parts = morphemes(name)
    return (
        len(parts) == 2
        and parts[0][1] == "XPN"
        and parts[1][1] == "NNG"
        and parts[1][2] > _FREQUENT_NOUN_SCORE
        and parts[0][0] + parts[1][0] == name
    )


def derived_noun(name: str, strict: bool = False) -> bool:
    """A known noun plus a noun-forming syllable (고용률, 사업명, 제안사): vocabulary.

    With `strict` (the candidate has name context) only the suffixes that practically never end a
    given name count; without context any noun-forming syllable after a known noun does.
    """
    suffixes = _STRICT_SUFFIXES if strict else _ABSTRACT_SUFFIXES
    if len(name) < 3 or name[-1] not in suffixes:
        return False
    head = morphemes(name[:-1])
    floor = -12.5 if strict else KNOWN_WORD_SCORE  # with name context only frequent heads (가능자, 전기차)
    return len(head) == 1 and head[0][1] == "NNG" and head[0][2] > floor


def unseen_or_proper(name: str) -> bool:
    """Kiwi reads the name as a proper noun or contains a noun it has never seen: the only readings
    under which a candidate without any context (a bullet's subject, a lone line) is taken."""
    return any(
        tag == "NNP" or (tag == "NNG" and score <= KNOWN_WORD_SCORE) for _, tag, score in morphemes(name)
    )
