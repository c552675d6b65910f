"""Build the packaged person-name model (redaction/models/names/weights.json) and measure it.

    .venv/bin/python scripts/train_name_model.py [--shared ../shared] [--folds 5] [--out FILE]

A logistic regression over name candidates (redaction/namemodel): every Hangul word read as a 2-5
syllable stem plus a particle or honorific, described by its syllables, Kiwi's reading of it, and the
words and marks around it. Why logistic regression: the decision is a weighing of many weak, mostly
independent cues (a role after the word, an age in parentheses, a surname-like first syllable, a
proper-noun reading), which a linear model does with readable weights, trains in a minute on two
cores and scores with dictionary lookups; a CRF over the same features gained nothing measurable on
word-level decisions, and a neural model would need data we do not have.

Training data:
- the KLUE-NER wikitree half in ../shared/klue-ner (CC BY-SA 4.0: the weights carry its attribution
  and licence, see redaction/models/names/README.md), measured by k-fold (each fold scored by a
  model that never saw it);
- synthetic sentences (scripts/name_sentences.py), written for gongmun;
- hand-written news sentences (scripts/name_prose/*.jsonl, about 3,800, written for gongmun by four
  helpers who read no project file, evaluation set or KLUE sentence; see the README there);
- the project's own PII sets of public-sector documents (tests/redaction/data: every set that has had
  its first or single score; a set kept untouched for a single score, named in UNTOUCHED, never trains
  it), at a low weight (see PII_SET_WEIGHT);
- as negatives, lines of real National Tax Service rulings (public works; they name no persons).

A candidate that overlaps a gold name without being it (one word of a spaced foreign name) is left out
rather than taught as a non-name.

The features include what the packaged list of known names says of a word and its neighbours
(redaction/namemodel/gazetteer.py), hidden from half of the examples in training (see fit).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))
OUT = REPO / "redaction" / "models" / "names" / "weights.json"
DATA = REPO / "tests" / "redaction" / "data"
PROSE = REPO / "scripts" / "name_prose"
# sets committed unscored and kept untouched for a session's single score: never training data (pii_bd's
# single score was taken with weights built without it; it stays here so that this script rebuilds them;
# pii_bf to pii_bo, and pii_bw, pii_bx and pii_by (2026-12-08), came after the committed weights were built,
# so they stay out for the same reason)
UNTOUCHED = frozenset(
    {
        "pii_bd",
        "pii_be",
        "pii_bf",
        "pii_bg",
        "pii_bh",
        "pii_bi",
        "pii_bj",
        "pii_bk",
        "pii_bl",
        "pii_bm",
        "pii_bn",
        "pii_bo",
        "pii_bw",
        "pii_bx",
        "pii_by",
    }
)
# (0.3 was chosen on KLUE alone: its 5 folds read recall 0.728 / precision 0.880 against 0.689 / 0.926 at
# 0.5; with the PII sets in training the model is bolder, and 0.4 kept KLUE's precision where it was; with the
# hand-written news sentences too (2026-12-07) its five folds read recall / precision 0.827 / 0.915 at 0.3 and
# 0.824 / 0.920 at 0.4, and the project's PII sets 63 more names found at 0.3 for 334 more false ones (of 165,441
# names): 0.3, as recall is what protects)
THRESHOLD = 0.3
C = 3.0
_FULL = re.compile(r"^[가-힣]{2,4}$")

Example = tuple[list[str], int, float]
# Template-built text repeats its contexts thousands of times; weighted down so that the contexts the
# model learns come mostly from real prose (KLUE) and real documents (the rulings).
SYNTHETIC_WEIGHT = 0.3
# Hand-written news sentences: prose like KLUE's, so at full weight.
PROSE_WEIGHT = 1.0
# The PII sets hold over a million candidates from documents (forms, tables, rosters, letters, transcripts).
# Measured with eight of the sets (sealed_au … sealed_bb) and sealed_bc left out of training, the whole
# analyzer's PERSON on the eight read recall 0.947 → 0.965 / 0.969 / 0.971 at weight 0.03 / 0.3 / 1.0
# at threshold 0.3 (precision 0.974 → 0.973 / 0.978 / 0.973), but KLUE's five folds lost precision as the weight grew
# (recognizer 0.911 → 0.889 / 0.861 at 0.03 / 0.3): the documents' contexts outweighed news prose. Hence a
# low weight and a higher threshold (above), at which KLUE's precision holds.
PII_SET_WEIGHT = 0.03
# (0.5 measured on the project's PII sets: without it, invented towns, shops and car models in
# public-sector records read as names; KLUE's five folds score the same either way)
GAZETTEER_DROPOUT = 0.5
GAZETTEER_FEATURES = ("gz=", "ngz=", "pgz=", "gzt=", "gzx=")


def examples(text: str, spans: list[tuple[int, int]]) -> list[tuple[object, list[str], int]]:
    from gongmun.redaction.namemodel.candidates import candidates
    from gongmun.redaction.namemodel.features import features, kiwi_features

    gold = set(spans)
    out: list[tuple[object, list[str], int]] = []
    for c in candidates(text):
        label = int((c.start, c.end) in gold)
        if not label and any(c.start < end and start < c.end for start, end in gold):
            continue  # a piece of a longer name ('반' of '응우옌 반 안'): neither a name nor a non-name
        out.append((c, features(text, c) + kiwi_features(text[c.start : c.end]), label))
    return out


def klue(shared: Path) -> list[dict]:
    path = shared / "klue-ner" / "klue_ner_wikitree_dev.jsonl"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def pii_set_paths() -> list[Path]:
    """The PII sets that may train the model: every set but the untouched ones (and no meta files)."""
    paths = [DATA / "heldout_pii.jsonl", *sorted(DATA.glob("*/pii_*.jsonl"))]
    return [p for p in paths if not p.name.endswith(".meta.jsonl") and p.stem not in UNTOUCHED]


def person_spans(paths: list[Path]) -> list[tuple[str, list[tuple[int, int]]]]:
    """Each record's text and its PERSON spans, from JSONL files in the PII label contract's shape."""
    out = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                out.append((r["text"], [(s["start"], s["end"]) for s in r["spans"] if s["type"] == "PERSON"]))
    return out


def pii_sets() -> list[tuple[str, list[tuple[int, int]]]]:
    return person_spans(pii_set_paths())


def prose_sets() -> list[tuple[str, list[tuple[int, int]]]]:
    """Hand-written news sentences with every person marked (scripts/name_prose)."""
    return person_spans(sorted(PROSE.glob("prose_*.jsonl")))


def nts_lines(shared: Path, docs: int = 400) -> list[str]:
    from gongmun.converters import convert_bytes

    paths = sorted((shared / "corpus" / "nts").glob("*.hwp"))
    random.Random(0).shuffle(paths)
    lines: list[str] = []
    for path in paths[:docs]:
        try:
            doc = convert_bytes(path.read_bytes(), str(path))
        except Exception:
            continue
        lines += [
            ln.strip()[:400] for ln in doc.to_text().splitlines() if len(re.findall("[가-힣]", ln)) >= 15
        ]
    return lines


def _without_list(feats: list[str]) -> list[str]:
    return [f for f in feats if not f.startswith(GAZETTEER_FEATURES)]


def fit(rows: list[Example]) -> tuple[dict[str, float], float]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    # Gazetteer dropout: the known-names features are hidden from a share of the examples, so that the
    # other weights still have to explain the names and non-names the list knows; trained with the list
    # always present, the model leans on it to reject known firms and places and scores unknown ones
    # (an invented city or shop) as names.
    rng = random.Random(0)
    shown = [_without_list(f) if rng.random() < GAZETTEER_DROPOUT else f for f, _, _ in rows]
    dv = DictVectorizer()
    x = dv.fit_transform([dict.fromkeys(f, 1) for f in shown])
    lr = LogisticRegression(C=C, max_iter=3000)
    lr.fit(x, [y for _, y, _ in rows], sample_weight=[w for _, _, w in rows])
    weights = {
        name: round(float(w), 4)
        for name, w in zip(dv.feature_names_, lr.coef_[0], strict=True)
        if abs(w) >= 0.005
    }
    return weights, float(lr.intercept_[0])


def score(gold: list[dict], predicted: list[list[tuple[int, int]]]) -> dict[str, float]:
    """score_names.py's measure: recall on full names, precision of predicted spans (overlap)."""
    tp = fn = ptp = pfp = 0
    for g, ps in zip(gold, predicted, strict=True):
        for s in g["spans"]:
            if _FULL.match(s["value"]):
                hit = any(min(s["end"], e) > max(s["start"], b) for b, e in ps)
                tp, fn = tp + hit, fn + (not hit)
        for b, e in ps:
            ok = any(min(s["end"], e) > max(s["start"], b) for s in g["spans"])
            ptp, pfp = ptp + ok, pfp + (not ok)
    r = tp / max(1, tp + fn)
    p = ptp / max(1, ptp + pfp)
    return {"recall": round(r, 3), "precision": round(p, 3), "f1": round(2 * p * r / max(1e-9, p + r), 3)}


def cross_validate(gold: list[dict], klue_ex: list, extra: list[Example], folds: int) -> dict[str, object]:
    """Each KLUE fold scored by a model trained without it: the model alone and the full recognizer."""
    from gongmun.redaction.namemodel.model import NameModel
    from gongmun.redaction.recognizers.person import KoPersonRecognizer
    from gongmun.redaction.textview import TextView

    order = list(range(len(gold)))
    random.Random(0).shuffle(order)
    parts = [set(order[i::folds]) for i in range(folds)]
    alone: list[list[tuple[int, int]]] = [[] for _ in gold]
    full: list[list[tuple[int, int]]] = [[] for _ in gold]
    for k, test in enumerate(parts):
        train = [(f, y, 1.0) for i, ex in enumerate(klue_ex) if i not in test for _, f, y in ex] + extra
        weights, bias = fit(train)
        model = NameModel(weights, bias, THRESHOLD, f"fold{k}")
        recognizer = KoPersonRecognizer(name_model=model)
        for i in test:
            text = gold[i]["text"]
            alone[i] = [(s.start, s.end) for s in model.find(text)]
            full[i] = [(h.start, h.end) for h in recognizer.find(TextView(text))]
        print(f"fold {k + 1}/{folds} done", file=sys.stderr)
    return {"model_alone": score(gold, alone), "recognizer": score(gold, full), "folds": folds}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--folds", type=int, default=5, help="k-fold measure on KLUE (0: skip)")
    ap.add_argument("--synthetic", type=int, default=6000)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    from name_sentences import sentences

    gold = klue(args.shared)
    klue_ex = [examples(g["text"], [(s["start"], s["end"]) for s in g["spans"]]) for g in gold]
    extra: list[Example] = []
    for text, spans in sentences(args.synthetic):
        extra += [(f, y, SYNTHETIC_WEIGHT) for _, f, y in examples(text, spans)]
    prose = prose_sets()
    for text, spans in prose:
        extra += [(f, y, PROSE_WEIGHT) for _, f, y in examples(text, spans)]
    own_sets = pii_sets()
    for text, spans in own_sets:
        extra += [(f, y, PII_SET_WEIGHT) for _, f, y in examples(text, spans)]
    nts = nts_lines(args.shared) if (args.shared / "corpus").exists() else []
    for line in nts:
        extra += [(f, y, 1.0) for _, f, y in examples(line, [])]
    measured: dict[str, object] = {}
    if gold and args.folds:
        measured = cross_validate(gold, klue_ex, extra, args.folds)
        print(json.dumps(measured), file=sys.stderr)
    weights, bias = fit([(f, y, 1.0) for ex in klue_ex for _, f, y in ex] + extra)
    digest = hashlib.sha256(json.dumps(weights, sort_keys=True).encode()).hexdigest()[:8]
    out = {
        "name": f"name-logreg@{digest}",
        "threshold": THRESHOLD,
        "bias": round(bias, 4),
        "trained_on": {
            "klue_sentences": len(gold),
            "synthetic_sentences": args.synthetic,
            "prose_sentences": len(prose),
            "pii_set_records": len(own_sets),
            "pii_sets": len(pii_set_paths()),
            "nts_lines": len(nts),
        },
        "kfold_on_klue": measured,
        "licence": "CC BY-SA 4.0 (trained on KLUE-NER data); see README.md" if gold else "project",
        "weights": dict(sorted(weights.items())),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(weights)} weights, {out['name']})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
