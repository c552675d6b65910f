"""Acceptance on the shared PII development set (skipped without ../shared): one bounded test.

Only aggregate numbers appear in failure messages — never a value from the set."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pii_scoring import acceptance_failures, add, new_tally, overlaps, predict

INSTITUTIONAL = ("switchboard", "switchboard_labelled", "institution_address")


def test_pii_dev_set_meets_acceptance(pii_dev_dir: Path, redactor: Any) -> None:
    gold = [
        json.loads(line) for line in (pii_dev_dir / "pii_dev.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    meta = {
        m["id"]: m
        for m in map(
            json.loads, (pii_dev_dir / "pii_dev.meta.jsonl").read_text(encoding="utf-8").splitlines()
        )
    }
    per = new_tally()
    institutional = [0, 0]
    for record in gold:
        pred = predict(redactor, record["text"])
        add(per, [(g["start"], g["end"], g["type"]) for g in record["spans"]], pred)
        for neg in meta[record["id"]]["negatives"]:
            if neg["cat"] in INSTITUTIONAL:
                institutional[1] += 1
                institutional[0] += any(overlaps((neg["start"], neg["end"]), p[:2]) for p in pred)
    failures = acceptance_failures(per)
    assert not failures, "; ".join(failures)
    assert institutional[0] <= 0.02 * institutional[1], (
        f"institutional hits {institutional[0]}/{institutional[1]}"
    )
