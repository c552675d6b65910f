"""Features of a name candidate: its syllables, its suffix, and the words and marks around it.

Plain strings, so the shipped weights are a readable table (feature → weight) and scoring is a sum
of dictionary lookups: no vectoriser or numerical library in the worker. They come in three groups
the scorer can add up separately: the stem and its suffix (the same wherever the word recurs, so
memoised), the context (words and marks around it), and Kiwi's reading of the stem (asked last,
only when it could still decide).
"""

from __future__ import annotations

import re

from ..lexicons import load
from .candidates import Candidate
from .gazetteer import known_kind

_SURNAMES = load("surnames")
SURNAME1 = frozenset(s for s in _SURNAMES if len(s) == 1)
SURNAME2 = frozenset(s for s in _SURNAMES if len(s) == 2)
_TITLES = frozenset(load("name_titles")) | frozenset(load("person_roles"))
_LONG_TITLES = tuple(sorted((t for t in _TITLES if len(t) >= 2), key=len, reverse=True))
_PARTICLES = frozenset(load("particles"))
_PARTICLE_LENGTHS = tuple(sorted({len(p) for p in _PARTICLES}, reverse=True))
_NEXT = re.compile(r"[ \t]{0,2}([^\s가-힣A-Za-z0-9]{0,2})[ \t]{0,2}([가-힣]+)")
_PREV = re.compile(r"([가-힣]+)([^\s가-힣]{0,2})[ \t]{0,2}$")
_AGE = re.compile(r"\(\s*\d{1,3}\s*(?:세|살)?\s*[,·)]")
_PAREN = re.compile(r"\(\s*[가-힣A-Za-z]")
_CUES = frozenset(("ntitle", "ntitle_end", "ptitle", "ptitle_end", "age", "paren"))  # context cues of a name


def without_particle(word: str) -> str:
    """A word without a trailing particle (대통령은 → 대통령), the longest particle first."""
    for k in _PARTICLE_LENGTHS:
        if len(word) > k and word[-k:] in _PARTICLES:
            return word[:-k]
    return word


def _mark(ch: str) -> str:
    if not ch:
        return "none"
    if ch.isdigit():
        return "digit"
    if ch.isspace():
        return "space"
    if "A" <= ch <= "z":
        return "latin"
    return ch


def _titled(word: str) -> bool:
    return word in _TITLES or word.endswith(_LONG_TITLES)


def stem_features(stem: str, suffix: str) -> list[str]:
    """What the word itself says: length, syllables, a surname-like start, the suffix glued to it."""
    n = len(stem)
    f = [f"L={n}", f"w={stem}", f"e={stem[-1]}", f"sx={suffix}", f"sxL={suffix}|{n}", f"s1={stem[0]}"]
    f += [f"c={ch}" for ch in stem]
    f += [f"b={stem[i : i + 2]}" for i in range(n - 1)]
    surname = ""
    if stem[:2] in SURNAME2 and n >= 3:
        surname = stem[:2]
    elif stem[0] in SURNAME1:
        surname = stem[0]
    if surname:
        given = stem[len(surname) :]
        f += [f"sur{len(surname)}L={n}", f"s={surname}", f"g={given}"]
        f += [f"g{i}={ch}" for i, ch in enumerate(given)]
    else:
        f.append(f"nosurL={n}")
    kind = known_kind(stem)
    if kind is not None:
        f += [f"gz={kind}", f"gz={kind}|{bool(surname)}"]
    return f


def context_features(text: str, c: Candidate) -> list[str]:
    """What surrounds the word: an age or a bracket after it, the next words (a role: 대표, 의원),
    the word before it (an organisation, a role), punctuation."""
    surname = text[c.start] in SURNAME1 or text[c.start : c.start + 2] in SURNAME2
    f: list[str] = []
    after = text[c.word_end : c.word_end + 24]
    if _AGE.match(after):
        f.append("age")
    elif _PAREN.match(after):
        f.append("paren")
    f.append(f"a1={_mark(after[:1])}|{c.suffix == ''}")
    m = _NEXT.match(after)
    if m:
        nw = m.group(2)
        bare = without_particle(nw)
        f += [f"nw={nw}", f"nb={bare}", f"n1={nw[:1]}", f"n2={nw[:2]}", f"nm={m.group(1)}", f"nl={bare[-1:]}"]
        nk = known_kind(bare)
        if nk is not None:
            f.append(f"ngz={nk}")
        if bare in _TITLES or nw in _TITLES:
            f += ["ntitle", f"ntitle|{surname}"]
        elif bare.endswith(_LONG_TITLES):
            f += ["ntitle_end", f"ntitle_end|{surname}"]
        if c.suffix == "":
            f.append(f"nb0={bare}")
            m2 = _NEXT.match(after, m.end())
            if m2:
                bare2 = without_particle(m2.group(2))
                f += [f"nn={bare2}", f"nnl={bare2[-1:]}"]
                if _titled(bare2):
                    f.append("nntitle")
    else:
        f.append("nw=none")
    before = text[max(0, c.start - 14) : c.start]
    pm = _PREV.search(before)
    if pm:
        pw = pm.group(1)
        f += [f"pw={pw}", f"p1={pw[-1:]}", f"p2={pw[-2:]}", f"pm={pm.group(2)}"]
        pk = known_kind(without_particle(pw))
        if pk is not None:
            f.append(f"pgz={pk}")
        if without_particle(pw) in _TITLES or pw in _TITLES:
            f.append("ptitle")
        elif pw.endswith(_LONG_TITLES):
            f.append("ptitle_end")
    else:
        f.append(f"pc={_mark(before[-1:])}")
    kind = known_kind(text[c.start : c.end])
    if kind is not None:  # how far the list is trusted depends on the cues around the name
        cued = not _CUES.isdisjoint(f)
        f += [f"gzt={kind}|{cued}", f"gzx={kind}|{c.suffix[:1] or 'none'}"]
    return f


def kiwi_features(stem: str) -> list[str]:
    """How Kiwi reads the stem alone: one known proper noun (트럼프, 문재인), vocabulary, or pieces."""
    from ..kiwi import morphemes

    parts = morphemes(stem)
    if not parts:
        return ["k=none"]
    form, tag, score = parts[0]
    bucket = "hi" if score > -11 else "mid" if score > -14 else "lo" if score > -17 else "unk"
    whole = len(parts) == 1 and form == stem
    f = [f"kn={min(len(parts), 3)}", f"kt={tag[:3]}|{whole}", f"ks={tag[:3]}|{bucket}|{whole}"]
    if len(parts) >= 2:
        f.append(f"kt2={tag[:3]}|{parts[1][1][:3]}")
    return f


def features(text: str, c: Candidate) -> list[str]:
    """All features but Kiwi's (training adds those, the scorer asks for them last)."""
    return stem_features(text[c.start : c.end], c.suffix) + context_features(text, c)
