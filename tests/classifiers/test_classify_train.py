"""train-classifier on a small generated set: a model directory and held-out report are written, and
classify --classifier uses the model (it changes a label the rules alone get wrong), while explicit
markings and fields still win over it."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest
from classify_synth import generate, negotiation_text, write
from shared_core import classify_rules_only, core

from gongmun.classifiers import SensitivityClassifier
from gongmun.commands import classify, train_classifier
from gongmun.schemas import Sensitivity


def with_model(model_dir: Path, text: str) -> Sensitivity:
    """The rules plus a trained model, fed by the same PII analysis as the pipeline."""
    return SensitivityClassifier(str(model_dir)).classify_text(text, core().spans(text))


def _args(module: object, argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    module.add_arguments(parser)
    return parser.parse_args(argv)


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("train")
    labelled = write(tmp / "labelled.jsonl", generate())
    out = tmp / "model"
    assert train_classifier.run(_args(train_classifier, [str(labelled), "--out", str(out)])) == 0
    return out


def test_model_and_report_written(model_dir: Path) -> None:
    assert {p.name for p in model_dir.iterdir()} == {"model.json", "weights.npz", "report.json", "report.txt"}
    report = json.loads((model_dir / "report.json").read_text(encoding="utf-8"))
    assert report["examples"] == 96
    assert report["held_out"]["n_test"] == 24 and report["held_out"]["n_train"] == 72
    model_only = report["scores"]["model_only"]
    # eight well-separated kinds: a working model gets the held-out disclosure nearly right
    assert model_only["disclosure"]["accuracy"] >= 0.9
    assert model_only["reasons"]["micro"]["f1"] >= 0.8
    assert "held-out: 24 of 96" in (model_dir / "report.txt").read_text(encoding="utf-8")


def test_model_changes_what_rules_miss(model_dir: Path) -> None:
    text = negotiation_text()
    assert classify_rules_only(text).disclosure == "public"
    sens = with_model(model_dir, text)
    assert (sens.disclosure, sens.reasons) == ("non_public", ["OIDA-9-1-5"])
    assert "+tfidf-logreg@" in sens.classifier


def test_explicit_evidence_wins_over_model(model_dir: Path) -> None:
    stated = with_model(model_dir, negotiation_text() + "\n공개구분: 공개")
    assert (stated.disclosure, stated.marking) == ("public", "none")
    stamped = with_model(model_dir, "대외비\n" + generate(1, seed=3)[0]["text"])  # type: ignore[operator]
    assert (stamped.disclosure, stamped.marking) == ("non_public", "대외비")


def test_classify_command_uses_model(
    model_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    jsonl = tmp_path / "in.jsonl"
    jsonl.write_text(
        json.dumps({"id": "n1", "text": negotiation_text(5)}, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    assert classify.run(_args(classify, ["--jsonl-in", str(jsonl), "--classifier", str(model_dir)])) == 0
    row = json.loads(capsys.readouterr().out)
    assert (row["id"], row["disclosure"], row["reasons"]) == ("n1", "non_public", ["OIDA-9-1-5"])


def test_bad_labels_are_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "x", "disclosure": "secret"}\n', encoding="utf-8")
    assert train_classifier.run(_args(train_classifier, [str(bad), "--out", str(tmp_path / "m")])) == 2
    assert "line 1" in capsys.readouterr().err
