"""Every single-document command says what the batch job decided for the same file.

`gongmun classify FILE`, `scan FILE` and `redact FILE` go through the same document core as
`gongmun run`, so their labels, findings and text must equal the rows the run wrote. The files are
every folder of ../shared/corpus (bad/ included): by default all of bad/ and the smallest files of
each other folder (OCR of scanned PDFs is slow), all 2,500 with GONGMUN_COMMANDS_CORPUS=all (then
GONGMUN_COMMANDS_RUN=DIR may name an existing run over them). Without the corpus, sample_docs/ stand in.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from cli_runs import CliRun, run_cli
from conftest import CORPUS, SAMPLE_DOCS

from gongmun.cli import main
from gongmun.pipelines.inputs import expand_inputs

PER_FOLDER = 3  # smallest files per corpus folder in the default sample
FULL = os.environ.get("GONGMUN_COMMANDS_CORPUS") == "all"


def chosen_files() -> list[str]:
    if not CORPUS.exists():
        return expand_inputs([str(SAMPLE_DOCS)]).files
    files = expand_inputs([str(CORPUS)]).files
    if os.environ.get("GONGMUN_COMMANDS_CORPUS") == "all":
        return files
    by_folder: dict[str, list[str]] = {}
    for f in files:
        by_folder.setdefault(Path(f).parent.name, []).append(f)
    # bad/ whole (every refusal code), the others a spread through their sorted listing
    return [
        f
        for folder, fs in sorted(by_folder.items())
        for f in (fs if folder == "bad" else fs[:: max(1, len(fs) // PER_FOLDER)])
    ]


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> tuple[CliRun, list[str]]:
    files = chosen_files()
    existing = os.environ.get("GONGMUN_COMMANDS_RUN")
    if FULL and existing:
        return CliRun(0, "", "", Path(existing)), files
    run = run_cli(files, tmp_path_factory.mktemp("batch") / "out", timeout=3000)
    assert run.code in (0, 1), run.stderr[-2000:]
    assert run.manifest["counts"]["reconciled"]
    return run, files


def command(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def finding_key(f: dict[str, Any]) -> tuple[Any, ...]:
    return (
        f["entity_type"],
        f["block"],
        f["cell"],
        f["start"],
        f["end"],
        round(f["score"], 3),
        f["recognizer"],
        f["operator"],
    )


@pytest.mark.timeout(14400 if FULL else 900)
def test_classify_scan_and_redact_match_the_run(
    batch: tuple[CliRun, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    run, files = batch
    rows: dict[str, tuple[str, dict[str, Any]]] = {r["uri"]: ("corpus", r) for r in run.corpus()}
    for name in ("excluded", "failed"):
        rows.update({r["uri"]: (name, r) for r in run.table(name)})
    findings: dict[str, list[tuple[Any, ...]]] = {}
    for f in run.table("findings"):
        findings.setdefault(f["uri"], []).append(finding_key(f))
    mismatches: list[str] = []
    for path in files:
        kind, row = rows[path]
        code, out, err = command(capsys, "classify", path)
        if kind == "failed":
            want = 3 if row["stage"] == "convert" else 1
            if code != want or f"{row['error']}" not in err:
                mismatches.append(f"{path}: classify exit {code}, run failed {row['stage']}/{row['error']}")
            continue
        label = json.loads(out)
        # a copy left out of the corpus (exact or near duplicate) is a run's decision across documents;
        # on its own the document routes as its label says
        copy = kind == "excluded" and row["reason"] in ("duplicate", "near_duplicate")
        route = "exclude" if kind == "excluded" and not copy else "include"
        if kind == "excluded" and row["reason"].startswith("needs_review:"):
            route = "review"  # held for a person: the command names the route the run took
        got = (label["disclosure"], label["marking"], label["reasons"], label["route"])
        if got != (row["disclosure"], row["marking"], row["reasons"], route):
            mismatches.append(f"{path}: classify {got} != run {kind} {row.get('reason', '')}")
        _, out, _ = command(capsys, "scan", path)
        scanned = sorted(finding_key(json.loads(line)) for line in out.splitlines())
        if scanned != sorted(findings.get(path, [])):
            mismatches.append(f"{path}: scan {len(scanned)} findings, run {len(findings.get(path, []))}")
        if kind == "corpus":
            _, out, _ = command(capsys, "redact", path)
            if out != row["text"] + "\n":
                mismatches.append(f"{path}: redact text differs from the corpus row")
    assert mismatches == []
