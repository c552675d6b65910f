"""Canary: documents carrying known fake identifiers go through the real pipeline, and none of the raw
values appears in any output file or in the logs."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pyarrow.parquet as pq
from canary_docs import (
    CANARY_NAME,
    CANARY_RRN,
    CANARY_VALUES,
    hwp5_with_canary,
    hwp5_with_title,
    hwpx_with_canary,
    pdf_with_canary,
)
from cli_runs import gongmun, run_cli
from conftest import SAMPLE_DOCS

# a second person, named only in the file names (no body text gives context for it)
FILE_NAME_PERSON = "편하윤"


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

    assert not _leaks(out, run.stdout + run.stderr, CANARY_VALUES)


def _leaks(out: Path, logs: str, values: tuple[str, ...]) -> list[str]:
    """Where any of the values appears: every output file (Parquet decoded, every column) and logs."""
    files = [p for p in out.rglob("*") if p.is_file()]
    assert any(p.suffix == ".parquet" for p in files)
    leaks = []
    for path in files:
        blob = path.read_bytes().decode("latin-1")
        text = path.read_bytes().decode("utf-8", errors="ignore")
        if path.suffix == ".parquet":  # compressed pages: search the decoded values, every column
            text = json.dumps(pq.read_table(path).to_pylist(), ensure_ascii=False, default=str)
        for value in values:
            if any(v in blob or v in text for v in _variants(value)):
                leaks.append(f"{path.relative_to(out)}: {value[:1]}***")
    for value in values:
        if value in logs:
            leaks.append(f"logs: {value[:1]}***")
    return leaks


def test_file_names_carry_nothing_out_and_verify_rescans_every_column(tmp_path: Path) -> None:
    """A name and a resident number in the file names of an HWP 5, an HWPX and a PDF (and of a
    broken file, reported as a failure), and in the title metadata of all three (the name
    the body gives context for, with no context in the title), reach no output, report or log; a
    value planted later in `uri` or `document_json` makes `verify` fail."""
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    inputs = tmp_path / "in"
    inputs.mkdir()
    stem = f"{FILE_NAME_PERSON}_{CANARY_RRN}"
    title = f"{CANARY_NAME} 민원 회신 {CANARY_RRN}"
    short = f"민원인 {CANARY_NAME}(주민등록번호 {CANARY_RRN})"  # the ruling's runs are short
    hwp5_with_canary(SAMPLE_DOCS / "nts_ruling_075979.hwp", inputs / f"{stem}.hwp", short)
    hwp5_with_title(inputs / f"{stem}.hwp", title)
    hwpx_with_canary(SAMPLE_DOCS / "fire_report.hwpx", inputs / f"{stem}.hwpx", title)
    pdf_with_canary(inputs / f"{stem}.pdf", title)
    (inputs / f"{stem} 사본.hwp").write_bytes(b"not an hwp file")
    out = tmp_path / "out"
    run = run_cli([inputs], out)
    assert run.code in (0, 1), run.stderr[-2000:]
    assert len(run.corpus(["uri"])) == 3 and len(run.table("failed")) == 1
    assert not _leaks(out, run.stdout + run.stderr, (FILE_NAME_PERSON, CANARY_NAME, CANARY_RRN))
    titles = [json.loads(r["document_json"])["metadata"]["title"] for r in run.corpus(["document_json"])]
    assert sum(t.startswith("[PERSON") and t.rstrip().endswith("]") for t in titles) == 3, titles
    assert all("[KR_RRN]" in r["uri"] for r in run.corpus(["uri"]) + run.table("failed"))
    clean = gongmun("verify", str(out))
    assert clean.returncode == 0, clean.stderr[-2000:]

    import pyarrow as pa

    shard = sorted((out / "corpus").glob("*.parquet"))[0]
    table = pq.read_table(shard)
    rows = table.to_pylist()
    rows[0]["uri"] = f"/archive/{CANARY_RRN}.hwp"
    doc = json.loads(rows[-1]["document_json"])
    doc["metadata"]["title"] = f"주민등록번호 {CANARY_RRN}"
    rows[-1]["document_json"] = json.dumps(doc, ensure_ascii=False)
    pq.write_table(pa.Table.from_pylist(rows, schema=table.schema), shard)
    planted = gongmun("verify", str(out))
    assert planted.returncode == 1
    report = json.loads(planted.stdout)
    columns = {e["column"] for e in report["examples"] if e["type"] == "KR_RRN"}
    assert "uri" in columns and any(c.startswith("document_json") for c in columns), columns
    assert CANARY_RRN not in planted.stdout + planted.stderr
