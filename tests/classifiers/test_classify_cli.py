"""The classify command on real files (FILE path), bad inputs, and the pii-dev acceptance bar
(--jsonl-in), measured the way ../shared/pii-dev/score.py --sensitivity measures it."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest
from conftest import PII_DEV, needs_corpus

from gongmun.classifiers.metrics import disclosure_report, reason_report
from gongmun.commands import classify


def _run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    classify.add_arguments(parser)
    return classify.run(parser.parse_args(argv))


@pytest.mark.parametrize(
    ("parts", "disclosure", "reasons"),
    [
        # a published 결재문서 that states '공개구분 부분공개(5,7)' in its own table
        (("hwpx", "rhwp__36341511_masked.hwpx"), "partial", ["OIDA-9-1-5", "OIDA-9-1-7"]),
        # a 과업지시서 (RFP): nothing to withhold
        (("hwp5", "HWPtoHWPX__3.과업지시서_070.hwp"), "public", []),
    ],
)
def test_classify_real_file(
    parts: tuple[str, str], disclosure: str, reasons: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    path = needs_corpus(*parts)
    assert _run([str(path)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["marking"], out["disclosure"], out["reasons"]) == ("none", disclosure, reasons)
    assert out["classifier"].startswith("gongmun-rules@") and len(out["doc_id"]) == 64


def test_unreadable_inputs_exit_3(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.hwp"
    empty.write_bytes(b"")
    assert _run([str(empty)]) == 3
    assert _run([str(tmp_path / "missing.hwp")]) == 3
    err = capsys.readouterr().err
    assert err.count("gongmun:") == 2 and "Traceback" not in err


def test_usage_errors(tmp_path: Path) -> None:
    assert _run([]) == 2
    assert _run(["x.hwp", "--jsonl-in", "y.jsonl"]) == 2
    assert _run(["--jsonl-in", "y.jsonl", "--classifier", str(tmp_path / "no-model")]) == 2


def test_bad_jsonl_line_is_reported_and_others_classified(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "대외비\\n검토"}\nnot json\n{"id": "b"}\n', encoding="utf-8")
    assert _run(["--jsonl-in", str(src)]) == 1
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows == [
        {"id": "a", "disclosure": "non_public", "marking": "대외비", "reasons": ["OIDA-9-1-5"], "score": 0.99}
    ]


def test_pii_dev_acceptance(capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 6 acceptance: marking accuracy >= 0.97 with no secret/대외비 called none, disclosure
    macro-F1 >= 0.85, reason micro-F1 >= 0.7 on ../shared/pii-dev/sensitivity_dev.jsonl."""
    gold_path = PII_DEV / "sensitivity_dev.jsonl"
    if not gold_path.exists():
        pytest.skip("pii-dev not available")
    assert _run(["--jsonl-in", str(gold_path)]) == 0
    pred = {r["id"]: r for r in map(json.loads, capsys.readouterr().out.splitlines())}
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    marking_ok = sum(pred[g["id"]]["marking"] == g["marking"] for g in gold) / len(gold)
    missed = [g["id"] for g in gold if g["marking"] != "none" and pred[g["id"]]["marking"] == "none"]
    disc = disclosure_report([g["disclosure"] for g in gold], [pred[g["id"]]["disclosure"] for g in gold])
    reasons = reason_report([g["reasons"] for g in gold], [pred[g["id"]]["reasons"] for g in gold])
    assert marking_ok >= 0.97 and missed == []
    assert disc["macro_f1"] >= 0.85
    assert reasons["micro"]["f1"] >= 0.7
