"""Held-out metrics for the training report, computed the way pii-dev/score.py does for sensitivity."""

from __future__ import annotations

from typing import Any


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "support": n_gold}


def disclosure_report(gold: list[str], pred: list[str]) -> dict[str, Any]:
    """Accuracy, per-class P/R/F1 and macro-F1 over the classes present in gold or prediction."""
    classes = sorted(set(gold) | set(pred))
    per = {
        c: _prf(
            sum(g == p == c for g, p in zip(gold, pred, strict=True)),
            pred.count(c),
            gold.count(c),
        )
        for c in classes
    }
    acc = sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold) if gold else 0.0
    macro = sum(v["f1"] for v in per.values()) / len(per) if per else 0.0
    return {"accuracy": round(acc, 4), "macro_f1": round(macro, 4), "per_class": per}


def reason_report(gold: list[list[str]], pred: list[list[str]]) -> dict[str, Any]:
    """Micro P/R/F1 over (document, reason) pairs, per-reason scores and exact-set accuracy."""
    pairs_g = {(i, r) for i, rs in enumerate(gold) for r in rs}
    pairs_p = {(i, r) for i, rs in enumerate(pred) for r in rs}
    micro = _prf(len(pairs_g & pairs_p), len(pairs_p), len(pairs_g))
    codes = sorted({r for _, r in pairs_g | pairs_p})
    per = {
        c: _prf(
            len({x for x in pairs_g & pairs_p if x[1] == c}),
            len({x for x in pairs_p if x[1] == c}),
            len({x for x in pairs_g if x[1] == c}),
        )
        for c in codes
    }
    exact = sum(set(g) == set(p) for g, p in zip(gold, pred, strict=True)) / len(gold) if gold else 0.0
    return {"micro": micro, "per_reason": per, "exact_set_accuracy": round(exact, 4)}
