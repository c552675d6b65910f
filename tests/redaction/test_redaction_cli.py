"""The scan, redact and verify commands, run through their module interface (as gongmun.cli does)."""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path
from types import ModuleType

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from gongmun.commands import redact, scan, verify

RRN = "900101-1234568"  # synthetic


def run(module: ModuleType, *argv: str) -> int:
    parser = argparse.ArgumentParser()
    module.add_arguments(parser)
    return int(module.run(parser.parse_args(list(argv))))


def test_scan_jsonl_writes_one_line_per_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.jsonl"
    records = [
        {"id": "a", "text": f"주민등록번호: {RRN}"},
        {"id": "b", "text": "대표전화 044-215-2114"},
        {"id": "c", "text": "담당: 사무관 한지우 (010-2345-6789)"},
    ]
    src.write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\nnot json\n", encoding="utf-8"
    )
    assert run(scan, "--jsonl-in", str(src)) == 1  # the broken line is reported, the rest is scanned
    captured = capsys.readouterr()
    lines = [json.loads(line) for line in captured.out.splitlines()]
    assert [line["id"] for line in lines] == ["a", "b", "c"]
    assert [(s["type"], s["start"], s["end"]) for s in lines[0]["spans"]] == [("KR_RRN", 8, 22)]
    assert lines[1]["spans"] == []
    assert [s["type"] for s in lines[2]["spans"]] == ["PERSON", "PHONE_NUMBER"]
    assert "in.jsonl:4: bad record" in captured.err


def test_scan_text_file_prints_masked_values(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "letter.txt"
    src.write_text(f"성명: 배도윤\n주민등록번호: {RRN}\n", encoding="utf-8")
    assert run(scan, str(src)) == 0
    out = capsys.readouterr().out
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["entity_type"], r["block"], r["masked"]) for r in rows] == [
        ("PERSON", 0, "배**"),
        ("KR_RRN", 1, "9*****-*******"),
    ]
    assert RRN not in out and "배도윤" not in out


def test_scan_needs_exactly_one_input(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(scan) == 2


def test_redact_prints_redacted_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "letter.txt"
    src.write_text(f"연락처: 010-2345-6789\n주민등록번호: {RRN}\n", encoding="utf-8")
    assert run(redact, str(src)) == 0
    assert capsys.readouterr().out.splitlines()[:2] == ["연락처: [전화번호]", "주민등록번호: [주민등록번호]"]


def test_redact_refuses_binary_garbage(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "junk.bin"
    src.write_bytes(b"\xff\xfe\x00\x81" * 64)
    assert run(redact, str(src)) == 3
    assert "unsupported" in capsys.readouterr().err


def write_run(root: Path, texts: list[str]) -> Path:
    (root / "corpus").mkdir(parents=True)
    shard = root / "corpus" / "train-00000-of-00001.parquet"
    table = pa.table({"doc_id": [f"d{i}" for i in range(len(texts))], "text": texts, "markdown": texts})
    pq.write_table(table, shard)
    entry = {
        "path": "corpus/train-00000-of-00001.parquet",
        "sha256": hashlib.sha256(shard.read_bytes()).hexdigest(),
        "rows": len(texts),
    }
    manifest = {"outputs": {"corpus": [entry]}, "counts": {"corpus": len(texts)}}
    (root / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return shard


def test_verify_passes_a_clean_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_run(tmp_path, ["주민등록번호: [주민등록번호]", "문의: 대표전화 044-215-2114"])
    assert run(verify, str(tmp_path)) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is True and report["manifest"] == {"checked": True, "problems": [], "unsafe": []}


def test_verify_fails_on_a_planted_rrn_and_masks_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_run(tmp_path, ["정상 문서입니다.", f"신청인 주민등록번호 {RRN} 확인"])
    assert run(verify, str(tmp_path)) == 1
    captured = capsys.readouterr()
    report = json.loads(captured.out)
    assert report["high_confidence_residuals"] == 2  # text and markdown columns
    assert report["residual_by_type"] == {"KR_RRN": 2}
    assert {e["masked"] for e in report["examples"]} == {"9*****-*******"}
    assert RRN not in captured.out + captured.err


def test_verify_reports_manifest_mismatch(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shard = write_run(tmp_path, ["정상 문서입니다."])
    pq.write_table(
        pa.table({"doc_id": ["x", "y"], "text": ["a", "b"]}), shard
    )  # rewritten after the manifest
    assert run(verify, str(tmp_path)) == 1
    problems = json.loads(capsys.readouterr().out)["manifest"]["problems"]
    assert problems == [
        "corpus/train-00000-of-00001.parquet: sha256 mismatch",
        "corpus/train-00000-of-00001.parquet: manifest says 1 rows, file has 2",
        "counts.corpus is 1 but the listed shards hold 2 rows",
    ]


def test_verify_without_corpus_is_unreadable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(verify, str(tmp_path)) == 3
