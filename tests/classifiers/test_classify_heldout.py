"""Issue 6 acceptance thresholds on the independent held-out set (tests/classifiers/data).

The set was written by hand without reading ../shared/pii-dev's texts or templates (see data/README.md),
so it measures how the rules generalise beyond the dev set. Metrics are computed here the way
pii-dev/score.py --sensitivity computes them, so the test needs nothing outside the repository.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gongmun.classifiers import SensitivityClassifier
from gongmun.classifiers.metrics import disclosure_report, reason_report

HELDOUT = Path(__file__).resolve().parent / "data" / "heldout_sensitivity.jsonl"
CLASSIFIED = {"대외비", "III급", "II급", "I급"}


@pytest.fixture(scope="module")
def scored() -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    gold = [json.loads(line) for line in HELDOUT.read_text(encoding="utf-8").splitlines() if line]
    clf = SensitivityClassifier()
    pred = [clf.classify_text(str(doc["text"])).to_dict() for doc in gold]
    return gold, pred


def test_heldout_set_is_the_documented_one(
    scored: tuple[list[dict[str, object]], list[dict[str, object]]],
) -> None:
    gold, _ = scored
    assert len(gold) == 98
    assert {str(d["marking"]) for d in gold} == {"none"} | CLASSIFIED


def test_marking_accuracy_and_no_classified_document_unmarked(
    scored: tuple[list[dict[str, object]], list[dict[str, object]]],
) -> None:
    gold, pred = scored
    correct = sum(g["marking"] == p["marking"] for g, p in zip(gold, pred, strict=True))
    assert correct / len(gold) >= 0.97
    missed = [
        g["id"]
        for g, p in zip(gold, pred, strict=True)
        if g["marking"] in CLASSIFIED and p["marking"] == "none"
    ]
    assert missed == []


def test_mentions_stay_unmarked(scored: tuple[list[dict[str, object]], list[dict[str, object]]]) -> None:
    gold, pred = scored
    false = [
        g["id"] for g, p in zip(gold, pred, strict=True) if g["marking"] == "none" and p["marking"] != "none"
    ]
    assert false == []


def test_disclosure_macro_f1(scored: tuple[list[dict[str, object]], list[dict[str, object]]]) -> None:
    gold, pred = scored
    report = disclosure_report([str(g["disclosure"]) for g in gold], [str(p["disclosure"]) for p in pred])
    assert report["macro_f1"] >= 0.85


def test_reason_micro_f1(scored: tuple[list[dict[str, object]], list[dict[str, object]]]) -> None:
    gold, pred = scored
    report = reason_report(
        [list(g["reasons"]) for g in gold],  # type: ignore[call-overload]
        [list(p["reasons"]) for p in pred],  # type: ignore[call-overload]
    )
    assert report["micro"]["f1"] >= 0.7
