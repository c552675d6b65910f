"""Acceptance on the shared PII development set (skipped without ../shared): one bounded test.

Only aggregate numbers appear in failure messages — never a value from the set."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from gongmun.redaction import Redactor

RECALL_FLOOR = (
    "KR_RRN",
    "KR_FRN",
    "KR_PASSPORT",
    "KR_DRIVER_LICENSE",
    "CREDIT_CARD",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
)


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def test_pii_dev_set_meets_acceptance(pii_dev_dir: Path) -> None:
    gold = [
        json.loads(line) for line in (pii_dev_dir / "pii_dev.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    meta = {
        m["id"]: m
        for m in map(
            json.loads, (pii_dev_dir / "pii_dev.meta.jsonl").read_text(encoding="utf-8").splitlines()
        )
    }
    redactor = Redactor()
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # tp_pred, n_pred, tp_gold, n_gold
    institutional = [0, 0]
    for record in gold:
        pred = [(s.start, s.end, s.entity_type) for s in redactor.analyze_text(record["text"])]
        for g in record["spans"]:
            key = (g["start"], g["end"])
            per[g["type"]][3] += 1
            per[g["type"]][2] += any(p[2] == g["type"] and overlaps(key, p[:2]) for p in pred)
        for p in pred:
            per[p[2]][1] += 1
            per[p[2]][0] += any(
                g["type"] == p[2] and overlaps((g["start"], g["end"]), p[:2]) for g in record["spans"]
            )
        for neg in meta[record["id"]]["negatives"]:
            if neg["cat"] in ("switchboard", "switchboard_labelled", "institution_address"):
                institutional[1] += 1
                institutional[0] += any(overlaps((neg["start"], neg["end"]), p[:2]) for p in pred)
    tp_p, n_p, tp_g, n_g = (sum(v[i] for v in per.values()) for i in range(4))
    precision, recall = tp_p / n_p, tp_g / n_g
    f1 = 2 * precision * recall / (precision + recall)
    assert f1 >= 0.95, f"micro overlap F1 {f1:.3f}"
    for entity in RECALL_FLOOR:
        r = per[entity][2] / per[entity][3]
        assert r >= 0.99, f"{entity} recall {r:.3f}"
    person_p, person_r = per["PERSON"][0] / per["PERSON"][1], per["PERSON"][2] / per["PERSON"][3]
    assert person_p >= 0.92 and person_r >= 0.92, f"PERSON P {person_p:.3f} R {person_r:.3f}"
    assert institutional[0] <= 0.02 * institutional[1], (
        f"institutional hits {institutional[0]}/{institutional[1]}"
    )
