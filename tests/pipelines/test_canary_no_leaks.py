"""Canary: documents carrying known fake identifiers go through the real pipeline, and none of the raw
values appears in any output file or in the logs."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pyarrow.parquet as pq
from canary_docs import CANARY_VALUES, hwp5_with_canary, hwpx_with_canary, pdf_with_canary
from cli_runs import run_cli
from conftest import SAMPLE_DOCS


def _variants(value: str) -> set[str]:
    """The value as written, without separators, and as UTF-16 (HWP's own encoding)."""
    forms = {value, value.replace("-", "")}
    return forms | {f.encode("utf-16-le").decode("latin-1") for f in forms}


def test_no_canary_value_survives_anywhere(tmp_path: Path) -> None:
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    inputs = tmp_path / "in"
    inputs.mkdir()
    hwp5_with_canary(SAMPLE_DOCS / "selection_report.hwp", inputs / "canary.hwp")
    hwpx_with_canary(SAMPLE_DOCS / "fire_report.hwpx", inputs / "canary.hwpx")
    pdf_with_canary(inputs / "canary.pdf")
    out = tmp_path / "out"
    run = run_cli([inputs], out, "--verbose")
    assert run.code == 0, run.stderr[-2000:]
    corpus = run.corpus(["uri", "text", "redacted_types"])
    assert len(corpus) == 3, "all three canary documents must reach the corpus, redacted"
    for row in corpus:
        assert {"KR_RRN", "PHONE_NUMBER", "EMAIL_ADDRESS", "PERSON"} <= set(row["redacted_types"]), row["uri"]

    files = [p for p in out.rglob("*") if p.is_file()]
    assert any(p.suffix == ".parquet" for p in files)
    leaks = []
    for path in files:
        blob = path.read_bytes().decode("latin-1")
        text = path.read_bytes().decode("utf-8", errors="ignore")
        if path.suffix == ".parquet":  # compressed pages: search the decoded values, every column
            text = json.dumps(pq.read_table(path).to_pylist(), ensure_ascii=False, default=str)
        for value in CANARY_VALUES:
            if any(v in blob or v in text for v in _variants(value)):
                leaks.append(f"{path.relative_to(out)}: {value[:1]}***")
    for value in CANARY_VALUES:
        if value in run.stderr or value in run.stdout:
            leaks.append(f"logs: {value[:1]}***")
    assert not leaks, leaks
