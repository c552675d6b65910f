"""The main job end to end on real documents: layout, accounting, readers, reruns, runners."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pyarrow.dataset as ds
import pytest
from cli_runs import REPO, CliRun, placements, rows_key, run_cli
from conftest import SAMPLE_DOCS, needs_corpus

from gongmun.schemas.arrow import CORPUS_SCHEMA, EXCLUDED_SCHEMA, FAILED_SCHEMA, FINDINGS_SCHEMA

SAMPLES = sorted(p for p in SAMPLE_DOCS.iterdir() if p.suffix in (".hwp", ".hwpx", ".pdf"))


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory: pytest.TempPathFactory) -> CliRun:
    return run_cli([SAMPLE_DOCS], tmp_path_factory.mktemp("sample") / "out")


def test_sample_run_writes_the_whole_layout(sample_run: CliRun) -> None:
    out = sample_run.out
    assert sample_run.code == 1, sample_run.stderr  # the two broken samples fail, on purpose
    for name in (
        "excluded.parquet",
        "failed.parquet",
        "findings.parquet",
        "manifest.json",
        "README.md",
        "report.html",
    ):
        assert (out / name).is_file(), name
    shards = sorted(p.name for p in (out / "corpus").glob("*.parquet"))
    assert "train-00000-of-00001.parquet" in shards
    assert not list(out.glob("versions/.staging-*")), "staging directory left behind"
    assert (out / "current").is_symlink() and (out / "versions" / sample_run.manifest["run_id"]).is_dir()
    assert "gongmun run: 7 inputs" in sample_run.stderr


def test_every_sample_lands_exactly_once(sample_run: CliRun) -> None:
    seen = placements(sample_run)
    assert sorted(Path(u).name for u in seen) == sorted(p.name for p in SAMPLES)
    assert all(len(v) == 1 for v in seen.values()), seen
    failed = {Path(r["uri"]).name: (r["stage"], r["error"]) for r in sample_run.table("failed")}
    assert failed == {
        "broken_html_named.hwp": ("convert", "unsupported"),
        "broken_password.pdf": ("convert", "encrypted"),
    }
    m = sample_run.manifest
    assert m["counts"]["inputs"] == 7 and m["counts"]["reconciled"] is True
    assert m["counts"]["corpus"] + m["counts"]["excluded"] == 5


def test_corpus_reads_with_pyarrow_and_duckdb(sample_run: CliRun) -> None:
    corpus = sample_run.out / "corpus"
    table = ds.dataset(corpus, format="parquet").to_table()
    assert table.schema.remove_metadata() == CORPUS_SCHEMA.remove_metadata()
    assert table.num_rows >= 4
    formats = {
        row[0]
        for row in duckdb.sql(f"SELECT DISTINCT format FROM read_parquet('{corpus}/*.parquet')").fetchall()
    }
    assert {"hwp5", "hwpx", "pdf", "hwp3"} <= formats
    (shortest,) = duckdb.sql(f"SELECT min(length(text)) FROM read_parquet('{corpus}/*.parquet')").fetchall()[
        0
    ]
    assert shortest > 50
    for name, schema in (
        ("excluded", EXCLUDED_SCHEMA),
        ("failed", FAILED_SCHEMA),
        ("findings", FINDINGS_SCHEMA),
    ):
        got = ds.dataset(sample_run.out / f"{name}.parquet", format="parquet").schema
        assert got.remove_metadata() == schema.remove_metadata(), name


def test_manifest_hashes_every_output(sample_run: CliRun) -> None:
    import hashlib

    m = sample_run.manifest
    assert m["policy"]["sha256"] and m["versions"]["apache-beam"].startswith("2.77")
    for entries in m["outputs"].values():
        for entry in entries:
            data = (sample_run.out / entry["path"]).read_bytes()
            assert hashlib.sha256(data).hexdigest() == entry["sha256"]
    assert sum(e["rows"] for e in m["outputs"]["corpus"]) == m["counts"]["corpus"]


def test_rerun_into_same_dir_gives_same_rows(sample_run: CliRun, tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(sample_run.out, out)
    stale = out / "corpus" / "train-00007-of-00009.parquet"
    stale.write_bytes(b"left over from an older run")
    again = run_cli([SAMPLE_DOCS], out)
    assert again.code == 1, again.stderr
    assert not stale.exists(), "a rerun must replace the previous run's shards"
    assert rows_key(again) == rows_key(sample_run)


def test_killed_run_leaves_the_previous_version_whole(sample_run: CliRun, tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(sample_run.out, out, symlinks=True)
    before = rows_key(sample_run)
    proc = subprocess.Popen(
        [sys.executable, "-m", "gongmun.cli", "run", str(SAMPLE_DOCS), "--out", str(out), "--fresh"],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and not list(out.glob("versions/.staging-*")):
        time.sleep(0.005)
    os.killpg(proc.pid, signal.SIGKILL)  # at once: publishing a few rows takes a fraction of a second
    proc.wait()
    assert list(out.glob("versions/.staging-*")), "the run should have been killed while staging"
    # the previous version is still the current one, whole, and verifies
    assert rows_key(CliRun(0, "", "", out)) == before
    assert (
        json.loads((out / "manifest.json").read_text(encoding="utf-8"))["run_id"]
        == sample_run.manifest["run_id"]
    )
    again = run_cli([SAMPLE_DOCS], out)
    assert again.code == 1, again.stderr
    assert not list(out.glob("versions/.staging-*")), "the next run removes a dead run's staging"
    assert rows_key(again) == before


def test_two_workers_give_the_same_rows(sample_run: CliRun, tmp_path: Path) -> None:
    multi = run_cli([SAMPLE_DOCS], tmp_path / "out", "--workers", "2")
    assert multi.code == 1, multi.stderr
    assert "multi_processing" in multi.manifest["runner"]
    assert rows_key(multi) == rows_key(sample_run)
    # the worker processes keep their housekeeping off the console (pipelines/beam_worker.py)
    assert not [line for line in multi.stderr.splitlines() if line.startswith(("INFO", "WARNING"))], (
        multi.stderr
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def test_portable_runner_job_service_gives_the_same_rows(sample_run: CliRun, tmp_path: Path) -> None:
    port = _free_port()
    service = subprocess.Popen(
        [sys.executable, "-m", "apache_beam.runners.portability.local_job_service_main", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.2)
        portable = run_cli(
            [SAMPLE_DOCS],
            tmp_path / "out",
            "--runner",
            "PortableRunner",
            f"--job_endpoint=localhost:{port}",
            "--environment_type=LOOPBACK",
        )
    finally:
        service.kill()
        service.wait()
    assert portable.code == 1, portable.stderr
    assert portable.manifest["runner"] == "PortableRunner"
    assert rows_key(portable) == rows_key(sample_run)


def test_dask_runner_on_a_local_cluster_gives_the_same_rows(sample_run: CliRun, tmp_path: Path) -> None:
    """Several dask.distributed worker processes (daemonic, as the nanny starts them), each with its
    own document child: the rows, excluded, failed and findings are those of the local run."""
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        dask = run_cli(
            [SAMPLE_DOCS],
            tmp_path / "out",
            "--runner",
            "DaskRunner",
            f"--dask_client_address={cluster.scheduler_address}",
        )
    assert dask.code == 1, dask.stderr
    assert dask.manifest["runner"] == "DaskRunner"
    assert rows_key(dask) == rows_key(sample_run)
    for table in ("excluded", "failed", "findings"):
        assert len(dask.table(table)) == len(sample_run.table(table)), table


def test_an_unknown_runner_is_a_usage_error(tmp_path: Path) -> None:
    run = run_cli([SAMPLE_DOCS], tmp_path / "out", "--runner", "NoSuchRunner")
    assert run.code == 2
    assert run.stderr.strip().splitlines() == [
        "gongmun: --runner NoSuchRunner: not a Beam runner available here (ValueError)"
    ]


def test_samples_and_every_bad_file_are_accounted_for(tmp_path: Path) -> None:
    bad = needs_corpus("bad")
    run = run_cli([SAMPLE_DOCS, bad], tmp_path / "out")
    inputs = SAMPLES + sorted(p for p in bad.iterdir() if p.is_file())
    assert run.code == 1, run.stderr
    seen = placements(run)
    assert sorted(seen) == sorted(str(p) for p in inputs)
    assert all(len(v) == 1 for v in seen.values()), {k: v for k, v in seen.items() if len(v) != 1}
    for row in run.table("failed"):
        assert row["message"] and "\n" not in row["message"], row
        assert f"failed: {row['uri']} [{row['stage']}/{row['error']}]" in run.stderr
    counts = run.manifest["counts"]
    assert counts["reconciled"] and counts["inputs"] == len(inputs)
    assert f"gongmun run: {len(inputs)} inputs" in run.stderr
