"""Train a TextModel from labelled JSONL, measure it on a held-out split, save model and report.

The report states what was measured: the split, the held-out size, the model alone and the full
classifier (rules + model), so an agency can see whether its model adds anything over the rules.
The saved model is refit on all examples after measuring; the report says so.
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gongmun.schemas import DISCLOSURES, REASONS

from .metrics import disclosure_report, reason_report
from .model import Params, TextModel

# The PII analysis of a text: (start, end, entity type) spans.
SpansOf = Callable[[str], list[tuple[int, int, str]]]

REPORT_JSON = "report.json"
REPORT_TXT = "report.txt"


@dataclass(frozen=True, slots=True)
class Example:
    id: str
    text: str
    disclosure: str
    reasons: tuple[str, ...]


class LabelError(ValueError):
    """A labelled line that cannot be used; message names the line, never its text."""


def load_examples(path: str | Path) -> list[Example]:
    examples: list[Example] = []
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                text, disclosure = rec["text"], rec["disclosure"]
                reasons = tuple(rec.get("reasons") or ())
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise LabelError(
                    f"line {number}: needs JSON with text and disclosure ({type(exc).__name__})"
                ) from None
            if (
                disclosure not in DISCLOSURES
                or any(r not in REASONS for r in reasons)
                or not isinstance(text, str)
            ):
                raise LabelError(f"line {number}: unknown disclosure or reason label")
            examples.append(Example(str(rec.get("id", number)), text, disclosure, reasons))
    return examples


def split(examples: list[Example], held_out: float, seed: int) -> tuple[list[Example], list[Example]]:
    """Stratified by disclosure: each class keeps about `held_out` of its examples aside (at least one
    when it has two or more)."""
    by_class: dict[str, list[Example]] = defaultdict(list)
    for ex in examples:
        by_class[ex.disclosure].append(ex)
    rng = random.Random(seed)
    train: list[Example] = []
    test: list[Example] = []
    for label in sorted(by_class):
        group = sorted(by_class[label], key=lambda e: e.id)
        rng.shuffle(group)
        n_test = max(1, round(len(group) * held_out)) if len(group) >= 2 else 0
        test += group[:n_test]
        train += group[n_test:]
    return train, test


def _fit(examples: list[Example], params: Params) -> TextModel:
    return TextModel.fit(
        [e.text for e in examples],
        [e.disclosure for e in examples],
        [list(e.reasons) for e in examples],
        params,
    )


def evaluate(model: TextModel, test: list[Example], spans_of: SpansOf) -> dict[str, Any]:
    """The model alone, and the full classifier (rules first, then this model); `spans_of` is the PII
    analysis the classifier reads personal data from."""
    from .classifier import SensitivityClassifier

    disc, rs = model.probabilities([e.text for e in test])
    pred_d = [model.classes[int(row.argmax())] for row in disc]
    pred_r = [
        [c for c, p in zip(model.reason_codes, row, strict=True) if p >= 0.5] if d != "public" else []
        for d, row in zip(pred_d, rs, strict=True)
    ]
    gold_d = [e.disclosure for e in test]
    gold_r = [list(e.reasons) for e in test]
    clf = SensitivityClassifier(packaged=False)
    clf.model, clf.name = model, f"{clf.rules_name}+{model.name}"
    full = [clf.classify_text(e.text, spans_of(e.text)) for e in test]
    return {
        "model_only": {
            "disclosure": disclosure_report(gold_d, pred_d),
            "reasons": reason_report(gold_r, pred_r),
        },
        "rules_plus_model": {
            "disclosure": disclosure_report(gold_d, [s.disclosure for s in full]),
            "reasons": reason_report(gold_r, [s.reasons for s in full]),
        },
    }


def train(
    labelled: str | Path,
    out: str | Path,
    spans_of: SpansOf,
    held_out: float = 0.25,
    params: Params | None = None,
) -> dict[str, Any]:
    params = params or Params()
    examples = load_examples(labelled)
    if len(examples) < 8 or len({e.disclosure for e in examples}) < 2:
        raise LabelError("need at least 8 labelled lines with two or more disclosure classes")
    train_set, test_set = split(examples, held_out, params.seed)
    measured = _fit(train_set, params)
    scores = evaluate(measured, test_set, spans_of)
    final = _fit(examples, params)
    final.meta["trained_on"] = {"file": Path(labelled).name, "examples": len(examples)}
    final.save(out)
    report = {
        "model": final.name,
        "labelled_file": Path(labelled).name,
        "examples": len(examples),
        "held_out": {
            "fraction": held_out,
            "seed": params.seed,
            "n_train": len(train_set),
            "n_test": len(test_set),
        },
        "note": "scores from a model fit on the training split only; the saved model is refit on all examples",
        "reasons_learned": final.reason_codes,
        "scores": scores,
    }
    Path(out, REPORT_JSON).write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    Path(out, REPORT_TXT).write_text(format_report(report), encoding="utf-8")
    return report


def format_report(report: dict[str, Any]) -> str:
    h = report["held_out"]
    lines = [
        f"model {report['model']} trained on {report['examples']} examples from {report['labelled_file']}",
        f"held-out: {h['n_test']} of {h['n_train'] + h['n_test']} (stratified by disclosure, seed {h['seed']})",
        f"note: {report['note']}",
    ]
    for name, block in report["scores"].items():
        d, r = block["disclosure"], block["reasons"]
        lines.append(
            f"{name:17s} disclosure acc {d['accuracy']:.3f} macro-F1 {d['macro_f1']:.3f} | "
            f"reasons micro-F1 {r['micro']['f1']:.3f} exact-set {r['exact_set_accuracy']:.3f}"
        )
    return "\n".join(lines) + "\n"
