"""Overlap scoring as ../shared/pii-dev/score.py defines it, for the acceptance tests on the dev and
held-out sets. Only aggregate numbers ever leave this module."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

HIGH_RISK = (
    "KR_RRN",
    "KR_FRN",
    "KR_PASSPORT",
    "KR_DRIVER_LICENSE",
    "CREDIT_CARD",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
)

Span = tuple[int, int, str]


def overlaps(a: tuple[int, ...], b: tuple[int, ...]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def new_tally() -> defaultdict[str, list[int]]:
    """Per type: [correct predictions, predictions, found gold spans, gold spans]."""
    return defaultdict(lambda: [0, 0, 0, 0])


def add(per: defaultdict[str, list[int]], gold: list[Span], pred: list[Span]) -> None:
    """Count one record: a span counts when a span of the same type overlaps it."""
    for g in gold:
        per[g[2]][3] += 1
        per[g[2]][2] += any(p[2] == g[2] and overlaps(g[:2], p[:2]) for p in pred)
    for p in pred:
        per[p[2]][1] += 1
        per[p[2]][0] += any(g[2] == p[2] and overlaps(g[:2], p[:2]) for g in gold)


def predict(redactor: Any, text: str) -> list[Span]:
    return [(s.start, s.end, s.entity_type) for s in redactor.analyze_text(text)]


def acceptance_failures(per: defaultdict[str, list[int]]) -> list[str]:
    """Issue 5's thresholds: micro overlap F1 >= 0.95, recall >= 0.99 on the high-risk types present,
    PERSON precision and recall >= 0.92."""
    tp_p, n_p, tp_g, n_g = (sum(v[i] for v in per.values()) for i in range(4))
    precision, recall = tp_p / n_p, tp_g / n_g
    f1 = 2 * precision * recall / (precision + recall)
    failures = []
    if f1 < 0.95:
        failures.append(f"micro overlap F1 {f1:.3f} (P {precision:.3f} R {recall:.3f})")
    for entity in HIGH_RISK:
        if per[entity][3]:
            r = per[entity][2] / per[entity][3]
            if r < 0.99:
                failures.append(f"{entity} recall {r:.3f}")
    person_p, person_r = per["PERSON"][0] / per["PERSON"][1], per["PERSON"][2] / per["PERSON"][3]
    if person_p < 0.92 or person_r < 0.92:
        failures.append(f"PERSON P {person_p:.3f} R {person_r:.3f}")
    return failures
