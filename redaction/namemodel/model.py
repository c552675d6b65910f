"""Score name candidates with the shipped weights and keep, per word, the best reading above the bar.

The weights are a feature → weight table (redaction/models/names/weights.json). Scoring runs in
three steps so that the ordinary words of a document cost a dictionary lookup:
1. the word's own score (stem, suffix; memoised per reading): a reading more than SCREEN logit units
   below p = 0.5 is dropped. Measured when the model was built: the screen keeps 99% of the names the full
   model accepts and drops about two thirds of all readings (see the README beside the weights);
2. the context (the words and marks around it);
3. Kiwi's reading of the stem, asked only if the best Kiwi weights could still lift it over the bar
   (an exact bound: this step never changes a decision).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import repeat

from .candidates import WORD, Candidate, readings
from .features import context_features, kiwi_features, stem_features

SCREEN = 5.0  # logit units below p = 0.5 at which a reading is dropped on its own score (absolute, so a
# lower keeping threshold does not widen the screen: the screen was measured at the 0.5 bar)
_MEMO_LIMIT = 200_000


def _kiwi_bound(weights: dict[str, float]) -> float:
    """The most Kiwi's features can add to a score, over the combinations kiwi_features can emit:
    one reading (kn=1, tag and score bucket of the whole) or pieces (kn=2/3, a first and second tag)."""
    w = weights.get
    tags = {f[3:].split("|")[0] for f in weights if f.startswith(("kt=", "ks="))}
    buckets = ("hi", "mid", "lo", "unk")

    def head(tag: str, whole: bool) -> float:
        return w(f"kt={tag}|{whole}", 0.0) + max(w(f"ks={tag}|{b}|{whole}", 0.0) for b in buckets)

    second = max([w(f, 0.0) for f in weights if f.startswith("kt2=")] + [0.0])
    one = w("kn=1", 0.0) + max([head(t, x) for t in tags for x in (True, False)] + [0.0])
    pieces = max(w(f"kn={k}", 0.0) for k in (2, 3)) + max([head(t, False) for t in tags] + [0.0]) + second
    return max(one, pieces, w("k=none", 0.0))


@dataclass(frozen=True, slots=True)
class NameSpan:
    start: int
    end: int
    probability: float


class NameModel:
    def __init__(self, weights: dict[str, float], bias: float, threshold: float, name: str) -> None:
        self.weights = weights
        self.bias = bias
        self.threshold = threshold
        self.name = name
        self._bar = math.log(threshold / (1.0 - threshold))
        self._kiwi_gain = _kiwi_bound(weights)
        self._own: dict[str, tuple[tuple[int, str, float], ...]] = {}

    def _sum(self, feats: list[str]) -> float:
        # (map over dict.get adds in the same order as a loop, without a Python frame per feature)
        return sum(map(self.weights.get, feats, repeat(0.0)))

    def _screened(self, word: str) -> tuple[tuple[int, str, float], ...]:
        """(stem length, suffix, own score) of the word's readings that pass the screen, memoised
        per word: documents repeat their vocabulary, and most words have no reading left."""
        kept = self._own.get(word)
        if kept is None:
            if len(self._own) > _MEMO_LIMIT:
                self._own.clear()
            floor = -SCREEN  # logit of the reading alone; the bar itself may sit below p = 0.5
            scored = ((n, sx, self.bias + self._sum(stem_features(word[:n], sx))) for n, sx in readings(word))
            kept = self._own[word] = tuple(r for r in scored if r[2] >= floor)
        return kept

    def find(self, text: str, skip: frozenset[int] = frozenset()) -> list[NameSpan]:
        """Names in `text`: at most one reading per word, probability at least the threshold. Words
        starting at an offset in `skip` (names the rules already found) are not scored again."""
        best: dict[int, NameSpan] = {}
        for m in WORD.finditer(text):
            if m.start() in skip:
                continue
            kept = self._screened(m.group())
            if not kept:
                continue
            for length, suffix, own in kept:
                self._decide(text, Candidate(m.start(), m.start() + length, m.end(), suffix), own, best)
        return sorted(best.values(), key=lambda s: s.start)

    def _decide(self, text: str, c: Candidate, own: float, best: dict[int, NameSpan]) -> None:
        bar = self._bar
        stem = text[c.start : c.end]
        z = own + self._sum(context_features(text, c))
        if z + self._kiwi_gain < bar:
            return
        z += self._sum(kiwi_features(stem))
        if z < bar:
            return
        p = 1.0 / (1.0 + math.exp(-z))
        held = best.get(c.start)
        if held is None or p > held.probability:
            best[c.start] = NameSpan(c.start, c.end, p)


@lru_cache(maxsize=1)
def packaged() -> NameModel:
    """The shipped model, loaded once per process."""
    raw = (
        resources.files("gongmun.redaction").joinpath("models/names/weights.json").read_text(encoding="utf-8")
    )
    data = json.loads(raw)
    return NameModel(data["weights"], float(data["bias"]), float(data["threshold"]), str(data["name"]))
