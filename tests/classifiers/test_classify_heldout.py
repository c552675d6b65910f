"""Issue 6 acceptance thresholds on the independent held-out sets (tests/classifiers/data).

Both sets were written by hand without reading ../shared/pii-dev's texts or templates (see
data/README.md), so they measure how the rules generalise beyond the dev set. Metrics are computed here
the way pii-dev/score.py --sensitivity computes them, so the test needs nothing outside the repository.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from shared_core import classify_text

from gongmun.classifiers.metrics import disclosure_report, reason_report

DATA = Path(__file__).resolve().parent / "data"
SETS = {"heldout_sensitivity": 98, "heldout2_sensitivity": 25}
CLASSIFIED = {"대외비", "III급", "II급", "I급"}

Scored = tuple[list[dict[str, object]], list[dict[str, object]]]


@pytest.fixture(scope="module", params=sorted(SETS))
def scored(request: pytest.FixtureRequest) -> Scored:
    path = DATA / f"{request.param}.jsonl"
    gold = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    assert len(gold) == SETS[request.param]
    return gold, [classify_text(str(doc["text"])).to_dict() for doc in gold]


def test_marking_accuracy_and_no_classified_document_unmarked(scored: Scored) -> None:
    gold, pred = scored
    pairs = list(zip(gold, pred, strict=True))
    assert sum(g["marking"] == p["marking"] for g, p in pairs) / len(pairs) >= 0.97
    assert [g["id"] for g, p in pairs if g["marking"] in CLASSIFIED and p["marking"] == "none"] == []


def test_mentions_stay_unmarked(scored: Scored) -> None:
    gold, pred = scored
    pairs = zip(gold, pred, strict=True)
    assert [g["id"] for g, p in pairs if g["marking"] == "none" and p["marking"] != "none"] == []


def test_disclosure_macro_f1(scored: Scored) -> None:
    gold, pred = scored
    report = disclosure_report([str(g["disclosure"]) for g in gold], [str(p["disclosure"]) for p in pred])
    assert report["macro_f1"] >= 0.85


def test_reason_micro_f1(scored: Scored) -> None:
    gold, pred = scored
    as_lists = [[str(r) for r in d["reasons"]] for d in gold], [[str(r) for r in d["reasons"]] for d in pred]  # type: ignore[attr-defined]
    assert reason_report(*as_lists)["micro"]["f1"] >= 0.7
