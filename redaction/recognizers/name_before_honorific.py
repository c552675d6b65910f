"""A one-word name right before 씨: '○○○ 씨는', '○○씨가', whatever the word's syllables.

News, 보도자료 and statements call people 'X 씨'; Korean adds 씨 to a person's name, and to little else. The
rules read a name before 씨 when it opens with a surname and the model when its syllables and context say
so, but a foreign name (a transcription's syllables), a stage name or a given name alone may do neither.
Here the honorific decides for a word of two to five syllables with nothing of the dictionary in it: not a
common noun (지수 씨, 보람 씨 may be the word), not a word that ends in 씨 itself (아저씨, 손글씨), not a
surname alone (남궁 씨: the contract leaves it to the rules), not a firm's '& C' (○○이앤씨), not a
hidden person (김모 씨, ○○ 씨), not a title or a role (기사, 사장: the person's title, then 씨 is rare, and
the rules know those words), not a place. A letter's salutation line addressing one word with 님 ('○○○ 님께',
'○○○님,') is read the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from ..kiwi import common_word, known_word
from ..lexicons import load
from ..textview import TextView

_SURNAMES = frozenset(load("surnames"))
_WORD_BEFORE_SSI = re.compile(
    r"(?<![가-힣○*●])(?P<word>[가-힣]{2,5})[ ]?씨"
    r"(?:께서|에게|한테|와의|와|과|는|가|를|의|도|다|였다|이다|였고|로|에)?(?![가-힣])"
)
# a letter or a notice opening with its addressee: '○○○ 님께', '○○○님,' alone at the head of a line
_SALUTATION = re.compile(r"^[ \t]*(?P<word>[가-힣]{2,5})[ ]?님(?:께|,|[ \t]*$)", re.MULTILINE)

# a firm's mark before or after the word: '주식회사 ○○씨', '○○씨(주)', '상호: ○○씨'
_FIRM_BEFORE = re.compile(r"(?:주식회사|\(주\)|㈜|유한회사|상호|법인명|업체명|회사명)[ \t:：)]*$")
_FIRM_AFTER = re.compile(r"[ ]?(?:\(주\)|㈜|\(유\))")


def names_before_ssi(view: TextView, refused: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """(start, end) of one-word names before 씨 or a salutation's 님; `refused` is the caller's list of words
    no name is (its titles, roles, fillers, places)."""
    ssi = _WORD_BEFORE_SSI.finditer(view.norm) if "씨" in view.norm else iter(())
    salutations = _SALUTATION.finditer(view.norm) if "님" in view.norm else iter(())
    for m in (*ssi, *salutations):
        word = m.group("word")
        if word.endswith(("모", "앤", "엔")) or common_word(word) or refused(word):
            continue  # (…앤씨, …엔씨: a firm's '& C', '○○이앤씨(주)')
        if known_word(word + "씨") or known_word(word[-1] + "씨") or word in _SURNAMES:
            continue  # a word that ends in 씨 (아저씨, 손글씨: 글씨), a surname alone (남궁 씨)
        if known_word(word + "님"):
            continue  # a word that takes 님 (아버님, 사모님): kin or a role addressed, not a name
        if _FIRM_BEFORE.search(view.left(m.start(), 10, 1)) or _FIRM_AFTER.match(view.norm, m.end()):
            continue
        yield m.start("word"), m.end("word")
