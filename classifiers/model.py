"""A trainable text model for agencies with labelled archives: character n-gram TF-IDF + logistic
regression, one multinomial model for disclosure and one binary model per reason.

Character n-grams suit Korean (agglutinative endings, no tokenizer needed, robust to spacing).
The model is saved as JSON (vocabulary, parameters) plus a NumPy .npz of weights, loaded without
pickle: a model directory from elsewhere cannot run code on load.
"""

from __future__ import annotations

import hashlib
import itertools
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from gongmun.schemas import DISCLOSURES, REASONS

from .decide import ModelView

FORMAT = "gongmun-textmodel/1"
# The model shipped with gongmun (scripts/train_sensitivity_model.py builds it; its README says from what).
PACKAGED = Path(__file__).parent / "models" / "sensitivity"
MAX_CHARS = 20000  # the model reads a document's first 20,000 characters, as it was trained
META_FILE = "model.json"
WEIGHTS_FILE = "weights.npz"


@dataclass(slots=True)
class Params:
    ngram_min: int = 1
    ngram_max: int = 4
    max_features: int = 50000
    c: float = 10.0
    seed: int = 0


class TextModel:
    """Disclosure probabilities and reason probabilities for one text."""

    def __init__(self, meta: dict[str, Any], weights: dict[str, np.ndarray]) -> None:
        p = meta["params"]
        self.meta = meta
        self.name = meta["name"]
        self.classes: list[str] = meta["disclosure_classes"]
        self.reason_codes: list[str] = meta["reason_codes"]
        self.ngrams = (int(p["ngram_min"]), int(p["ngram_max"]))
        self.vocabulary: dict[str, int] = meta["vocabulary"]
        self.idf = weights["idf"]
        self.w = weights
        # row-major copies: gathering a document's columns from a column-major matrix is slow
        self._coef = (
            np.ascontiguousarray(weights["disc_coef"]),
            np.ascontiguousarray(weights["reason_coef"]),
        )
        self._grams: dict[str, tuple[int, ...]] = {}

    def _word_grams(self, word: str) -> tuple[int, ...]:
        """Vocabulary indices of one word's n-grams, with repeats (memoised per word: words repeat)."""
        lo, hi = self.ngrams
        vocabulary = self.vocabulary
        padded = f" {word} "
        found: list[int] = []
        for n in range(lo, hi + 1):
            for start in range(max(1, len(padded) - n + 1)):
                j = vocabulary.get(padded[start : start + n])
                if j is not None:
                    found.append(j)
            if n >= len(padded):  # a word shorter than the longer n-grams is itself once
                break
        return tuple(found)

    def features(self, text: str) -> np.ndarray:
        """TF-IDF of the text's character n-grams within words, as scikit-learn's `char_wb` analyzer
        with `sublinear_tf` computes it (tests/classifiers/test_packaged_model.py checks they agree),
        done here so a worker does not import scikit-learn and its address space (the worker's memory
        cap counts it) just to read one vector."""
        index, values = self.sparse_features(text)
        x = np.zeros(len(self.idf), dtype=np.float32)
        x[index] = values
        return x

    def sparse_features(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The non-zero entries of `features`: a document touches a few hundred of the 50,000
        n-grams, so scoring gathers those weights instead of multiplying whole rows."""
        grams = self._grams
        found_lists: list[tuple[int, ...]] = []
        times_of: list[int] = []
        # each distinct word once, weighted by its count, in order of first use
        for word, times in Counter(_prep(text).lower().split()).items():
            found = grams.get(word)
            if found is None:
                found = grams[word] = self._word_grams(word)
                if len(grams) > 200_000:  # an archive's vocabulary is bounded; a hostile one is not
                    grams.clear()
            if found:
                found_lists.append(found)
                times_of.append(times)
        if not found_lists:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        flat = np.fromiter(itertools.chain.from_iterable(found_lists), dtype=np.int64)
        weights = np.repeat(np.asarray(times_of, dtype=np.float64), [len(f) for f in found_lists])
        # the n-grams in order of first use, as counting word by word would list them (so the sums below
        # are the same to the last bit)
        uniques, first = np.unique(flat, return_index=True)
        index = uniques[np.argsort(first, kind="stable")]
        tf = np.bincount(flat, weights=weights)[index].astype(np.float32)
        values = (1.0 + np.log(tf)) * self.idf[index]
        norm = float(np.linalg.norm(values))
        if norm:
            values /= norm
        return index, values

    @staticmethod
    def fit(texts: list[str], disclosures: list[str], reasons: list[list[str]], params: Params) -> TextModel:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        vec = TfidfVectorizer(
            analyzer="char_wb",
            ngram_range=(params.ngram_min, params.ngram_max),
            sublinear_tf=True,
            max_features=params.max_features,
            dtype=np.float32,
        )
        x = vec.fit_transform([_prep(t) for t in texts])
        disc = LogisticRegression(
            C=params.c, class_weight="balanced", max_iter=2000, random_state=params.seed
        )
        disc.fit(x, disclosures)
        codes, coefs, intercepts = [], [], []
        for code in REASONS:
            y = np.array([code in r for r in reasons])
            if y.sum() < 2 or (~y).sum() < 2:
                continue  # too few examples to learn anything honest
            lr = LogisticRegression(
                C=params.c, class_weight="balanced", max_iter=2000, random_state=params.seed
            )
            lr.fit(x, y)
            codes.append(code)
            coefs.append(lr.coef_[0])
            intercepts.append(lr.intercept_[0])
        n_feat = x.shape[1]
        weights = {
            "idf": vec.idf_.astype(np.float32),
            "disc_coef": disc.coef_.astype(np.float32),
            "disc_intercept": disc.intercept_.astype(np.float32),
            "reason_coef": np.array(coefs, dtype=np.float32).reshape(len(codes), n_feat),
            "reason_intercept": np.array(intercepts, dtype=np.float32),
        }
        vocab = {k: int(v) for k, v in vec.vocabulary_.items()}
        digest = hashlib.sha256(
            json.dumps(sorted(vocab)).encode() + weights["disc_coef"].tobytes()
        ).hexdigest()
        meta = {
            "format": FORMAT,
            "name": f"tfidf-logreg@{digest[:8]}",
            "params": {
                "ngram_min": params.ngram_min,
                "ngram_max": params.ngram_max,
                "max_features": params.max_features,
                "c": params.c,
                "seed": params.seed,
            },
            "disclosure_classes": [str(c) for c in disc.classes_],
            "reason_codes": codes,
            "n_train": len(texts),
            "vocabulary": vocab,
        }
        return TextModel(meta, weights)

    def probabilities(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """(n, classes) disclosure probabilities and (n, reasons) reason probabilities."""
        disc_coef, reason_coef = self._coef
        logits = np.zeros((len(texts), disc_coef.shape[0]), dtype=np.float32)
        reason_logits = np.zeros((len(texts), reason_coef.shape[0]), dtype=np.float32)
        for row, text in enumerate(texts):
            index, values = self.sparse_features(text)
            logits[row] = disc_coef[:, index] @ values
            reason_logits[row] = reason_coef[:, index] @ values
        logits += self.w["disc_intercept"]
        reason_logits += self.w["reason_intercept"]
        if logits.shape[1] == 1:  # two classes: sklearn stores one row
            logits = np.hstack([-logits, logits])
        logits = logits - logits.max(axis=1, keepdims=True)
        disc = np.exp(logits)
        disc /= disc.sum(axis=1, keepdims=True)
        return np.asarray(disc), 1.0 / (1.0 + np.exp(-np.asarray(reason_logits)))

    def predict(self, text: str) -> ModelView:
        disc, rs = self.probabilities([text])
        return ModelView(
            disclosure={c: float(p) for c, p in zip(self.classes, disc[0], strict=True)},
            reasons={c: float(p) for c, p in zip(self.reason_codes, rs[0], strict=True)},
            name=self.name,
        )

    def save(self, directory: str | Path) -> None:
        out = Path(directory)
        out.mkdir(parents=True, exist_ok=True)
        (out / META_FILE).write_text(json.dumps(self.meta, ensure_ascii=False), encoding="utf-8")
        np.savez_compressed(out / WEIGHTS_FILE, **self.w)  # type: ignore[arg-type]

    @staticmethod
    def load(directory: str | Path) -> TextModel:
        path = Path(directory)
        meta = json.loads((path / META_FILE).read_text(encoding="utf-8"))
        if meta.get("format") != FORMAT:
            raise ValueError(f"not a {FORMAT} model: {path}")
        unknown = set(meta["disclosure_classes"]) - set(DISCLOSURES) | set(meta["reason_codes"]) - set(
            REASONS
        )
        if unknown:
            raise ValueError(f"model has unknown labels {sorted(unknown)}")
        with np.load(path / WEIGHTS_FILE, allow_pickle=False) as npz:
            weights = {k: npz[k] for k in npz.files}
        return TextModel(meta, weights)


def _prep(text: str) -> str:
    """Digits carry no topic, only identity: fold them so numbers do not become features."""
    from .text import normalize

    folded = normalize(text[:MAX_CHARS])
    return folded.translate(_digit_zeros(folded)) if any(ch.isdigit() for ch in folded) else folded


_DIGIT_ZEROS: dict[int, str] = {}


def _digit_zeros(text: str) -> dict[int, str]:
    """A translation table sending every digit of `text` (any script: str.isdigit) to '0', grown as
    digits are met."""
    for ch in set(text):
        if ch.isdigit():
            _DIGIT_ZEROS[ord(ch)] = "0"
    return _DIGIT_ZEROS


def packaged_name() -> str | None:
    """The packaged model's name, for the manifest; None when the package has none."""
    meta = PACKAGED / META_FILE
    if not meta.exists():
        return None
    return str(json.loads(meta.read_text(encoding="utf-8"))["name"])
