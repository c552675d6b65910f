"""Score the document core on a labelled sensitivity set, the way issue 11 measures it.

    .venv/bin/python benchmarks/sensitivity_set.py tests/classifiers/data/independent_a/sens_a.jsonl [--out PRED]

Text records are classified from one analysis of their text; file records (`"file": …`) go through
the whole core (convert, analyse, classify, route). Prints disclosure accuracy as labelled, label
accuracy counting the `review` route as not public, marking accuracy, reason micro-F1, and the number
of non-public, 대외비 or 비밀 documents routed to the corpus (the error that matters). No text is printed.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Any


def predict(gold_path: Path, classifier: str | None = None) -> list[dict[str, Any]]:
    from gongmun.pipelines.core import DocumentCore
    from gongmun.pipelines.route import route
    from gongmun.pipelines.stage import Resources
    from gongmun.schemas.policy import load_policy

    core = DocumentCore(Resources(load_policy(), os.urandom(32), classifier_model=classifier))
    rows = []
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        gold = json.loads(line)
        if "file" in gold:
            path = gold_path.parent / gold["file"]
            result = core.process(str(path), path.read_bytes())
            if result.failure is not None:
                rows.append({"id": gold["id"], "failed": result.failure.error})
                continue
            sens, action = result.work.sensitivity, result.work.action
        else:
            sens = core.classify_text(gold["text"])
            action = route(sens, core.policy.routing).action
        assert sens is not None
        rows.append({"id": gold["id"], **sens.to_dict(), "route": action, "evidence": None})
    return rows


def score(gold_path: Path, pred: list[dict[str, Any]]) -> dict[str, Any]:
    from gongmun.classifiers.metrics import reason_report

    gold = {g["id"]: g for g in map(json.loads, gold_path.read_text(encoding="utf-8").splitlines()) if g}
    n = len(pred)
    ok = [p for p in pred if "failed" not in p]
    withheld = [g for g in gold.values() if g["disclosure"] == "non_public" or g["marking"] != "none"]

    def label_right(p: dict[str, Any]) -> bool:
        g = gold[p["id"]]
        if p["route"] == "review":  # held for a person: right unless the document was public
            return bool(g["disclosure"] != "public")
        return bool(g["disclosure"] == p["disclosure"])

    leaks = [
        p["id"]
        for p in ok
        if p["route"] == "include"
        and (gold[p["id"]]["disclosure"] == "non_public" or gold[p["id"]]["marking"] != "none")
    ]
    reasons = reason_report([gold[p["id"]]["reasons"] for p in ok], [p["reasons"] for p in ok])
    return {
        "documents": n,
        "failed": n - len(ok),
        "disclosure_accuracy": round(sum(gold[p["id"]]["disclosure"] == p["disclosure"] for p in ok) / n, 3),
        "label_accuracy_review_as_not_public": round(sum(label_right(p) for p in ok) / n, 3),
        "marking_accuracy": round(sum(gold[p["id"]]["marking"] == p["marking"] for p in ok) / n, 3),
        "reason_micro_f1": round(reasons["micro"]["f1"], 3),
        "held_for_review": sum(p["route"] == "review" for p in ok),
        "withheld_documents": len(withheld),
        "withheld_routed_to_corpus": len(leaks),
        "leaked_ids": leaks,
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", type=Path)
    ap.add_argument("--out", type=Path, help="also write the predictions (labels only) here")
    ap.add_argument("--classifier", help="a trained text model directory (gongmun train-classifier)")
    args = ap.parse_args()
    pred = predict(args.gold, args.classifier)
    if args.out:
        args.out.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in pred), encoding="utf-8")
    print(json.dumps(score(args.gold, pred), ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
