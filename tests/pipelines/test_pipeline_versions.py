"""Runs that survive: versions made current at once, one run per output directory, recorded results
reused by reruns and grown archives, oversized inputs refused from their size alone (issue 13)."""

from __future__ import annotations

import os
import pickle
import shutil
import time
from pathlib import Path

import pytest
from cli_runs import placements, rows_key, run_cli
from conftest import SAMPLE_DOCS

from gongmun.pipelines import result_store
from gongmun.pipelines.core import Outcome
from gongmun.pipelines.output_lock import OutputLock, OutputLocked

SAMPLES = sorted(p for p in SAMPLE_DOCS.iterdir() if p.suffix in (".hwp", ".hwpx", ".pdf"))


def test_a_second_run_into_a_locked_dir_fails_at_once(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with OutputLock(str(out)):
        blocked = run_cli([SAMPLE_DOCS], out)
        with pytest.raises(OutputLocked):
            OutputLock(str(out)).__enter__()
    assert blocked.code == 2, blocked.stderr
    lines = [ln for ln in blocked.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "in use by another gongmun run" in lines[0], blocked.stderr
    assert "Traceback" not in blocked.stderr
    assert not (out / "manifest.json").exists()
    assert not (out / ".state").exists()  # refused before any input was stated or processed


def test_a_grown_archive_processes_only_new_files(tmp_path: Path) -> None:
    first_in, out = tmp_path / "in", tmp_path / "out"
    first_in.mkdir()
    for p in SAMPLES[:3]:
        shutil.copy2(p, first_in / p.name)
    first = run_cli([first_in], out)
    assert first.manifest["inputs"]["processed"] == 3 and first.manifest["inputs"]["reused"] == 0
    for p in SAMPLES[3:]:
        shutil.copy2(p, first_in / p.name)
    (first_in / SAMPLES[0].name).unlink()  # one file left the archive
    grown = run_cli([first_in], out)
    grown_id = grown.manifest["run_id"]  # CliRun reads DIR's current manifest, which the next run replaces
    changes = grown.manifest["inputs"]
    assert changes["processed"] == len(SAMPLES) - 3 and changes["reused"] == 2, changes
    assert changes["new"] == len(SAMPLES) - 3 and changes["removed"] == 1, changes
    assert grown.manifest["counts"]["reconciled"]
    assert all(len(v) == 1 for v in placements(grown).values())
    # the same rows as one clean run over the grown archive
    clean = run_cli([first_in], tmp_path / "clean")
    assert rows_key(grown) == rows_key(clean)
    assert "unchanged since an earlier run" in grown.stderr
    # both versions are kept (keep_versions: 2); a third run prunes the oldest
    assert len(list((out / "versions").iterdir())) == 2
    third = run_cli([first_in], out)
    assert third.manifest["inputs"]["processed"] == 0
    assert sorted(p.name for p in (out / "versions").iterdir()) == sorted(
        [grown_id, third.manifest["run_id"]]
    )


def test_a_touched_file_is_processed_again(tmp_path: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    for p in SAMPLES[:2]:
        shutil.copy2(p, src / p.name)
    run_cli([src], out)
    os.utime(src / SAMPLES[0].name, (time.time() + 10, time.time() + 10))
    again = run_cli([src], out)
    assert again.manifest["inputs"]["processed"] == 1 and again.manifest["inputs"]["reused"] == 1


def test_an_oversized_input_is_refused_by_its_size(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    big = src / "huge_scan.pdf"
    with big.open("wb") as fh:  # sparse: 3 MiB by its size, nothing on disk to read
        fh.truncate(3 * 1024 * 1024)
    shutil.copy2(SAMPLES[0], src / SAMPLES[0].name)
    policy = tmp_path / "small.yaml"
    policy.write_text("limits:\n  max_input_mb: 1\n", encoding="utf-8")
    run = run_cli([src], tmp_path / "out", "--policy", str(policy))
    failed = {Path(r["uri"]).name: r for r in run.table("failed")}
    assert failed["huge_scan.pdf"]["stage"] == "read" and failed["huge_scan.pdf"]["error"] == "too_large"
    assert failed["huge_scan.pdf"]["bytes"] == 3 * 1024 * 1024
    assert run.manifest["counts"]["reconciled"]


def test_chunks_are_whole_or_ignored(tmp_path: Path) -> None:
    out = str(tmp_path)
    writer = result_store.ChunkWriter(out, every=2)
    for n in range(3):
        writer.add(f"k{n}", Outcome("failed", {"n": n}))
    writer.flush()
    paths = result_store.chunk_paths(out)
    assert len(paths) == 2
    assert sorted(result_store.index(out)) == ["k0", "k1", "k2"]
    # a damaged chunk (a disk fault, a foreign file) counts as absent: its documents are redone
    Path(result_store.results_dir(out), "zz-broken.chunk").write_bytes(pickle.dumps([("k9", "corpus")])[:5])
    assert "k9" not in result_store.index(out)
    assert [o.row["n"] for _, o in result_store.read_chunk(paths[0])] == [0, 1]
    assert not [p for p in os.listdir(result_store.results_dir(out)) if p.endswith(".tmp")]


def test_state_keeps_no_raw_names(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    named = src / "민원_탁서윤_800101-1234567.hwpx"
    shutil.copy2(next(p for p in SAMPLES if p.suffix == ".hwpx"), named)
    out = tmp_path / "out"
    run_cli([src], out)
    state = out / ".state"
    blobs = b"".join(p.read_bytes() for p in state.rglob("*") if p.is_file())
    assert "탁서윤".encode() not in blobs and b"800101" not in blobs
    assert oct((state / "secret").stat().st_mode & 0o777) == "0o600"


def test_report_rebuilds_inside_the_current_version(tmp_path: Path) -> None:
    from cli_runs import gongmun

    out = tmp_path / "out"
    run_cli(SAMPLES[:2], out)
    rebuilt = gongmun("report", str(out))
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert (out / "report.html").is_symlink() and (out / "report.html").is_file()


def test_progress_counts_what_workers_recorded(tmp_path: Path) -> None:
    import io

    from gongmun.pipelines.progress import RunProgress

    out = str(tmp_path)
    before = result_store.ChunkWriter(out, every=1)
    before.add("old", Outcome("corpus", {}))  # an earlier run's chunk is not this run's progress
    stream = io.StringIO()
    progress = RunProgress(out, total=10, reused=2, stream=stream, poll=0.05, log_every=0.0)
    writer = result_store.ChunkWriter(out, every=3)
    for n, kind in enumerate(["corpus", "corpus", "failed"]):
        writer.add(f"k{n}", Outcome(kind, {}))
    progress.refresh()
    line = progress.line()
    assert "3/10 documents (+2 reused)" in line and "corpus 2" in line and "failed 1" in line
    with progress:
        time.sleep(0.3)
    assert "3/10 documents" in stream.getvalue()  # logged while running, a line at a time off a terminal


def test_exact_duplicates_are_kept_once(tmp_path: Path) -> None:
    """Two inputs with the same redacted text: the smaller (doc_id, uri) is kept, the other is an
    excluded row pointing at it, and its findings are routed to excluded."""
    src = tmp_path / "in"
    src.mkdir()
    original = next(p for p in SAMPLES if p.suffix == ".hwpx")
    shutil.copy2(original, src / "a_copy.hwpx")
    shutil.copy2(original, src / "b_copy.hwpx")
    run = run_cli([src], tmp_path / "out")
    corpus = run.corpus(["doc_id", "uri"])
    excluded = run.table("excluded")
    assert len(corpus) == 1 and Path(corpus[0]["uri"]).name == "a_copy.hwpx"
    assert [(Path(r["uri"]).name, r["reason"], r["duplicate_of"]) for r in excluded] == [
        ("b_copy.hwpx", "duplicate", corpus[0]["doc_id"])
    ]
    routed = {(Path(f["uri"]).name, f["routed_to"]) for f in run.table("findings")}
    assert routed <= {("a_copy.hwpx", "corpus"), ("b_copy.hwpx", "excluded")}
    assert ("b_copy.hwpx", "excluded") in routed
    assert run.manifest["counts"]["excluded_by_reason"] == {"duplicate": 1}


def test_near_duplicates_keep_one_representative(tmp_path: Path) -> None:
    """Two plain-text notices that differ in one date fall in one cluster: the representative stays,
    the other is excluded as `near_duplicate`; a different document stays alone."""
    from gongmun.pipelines.near_duplicates import clusters, signature, similarity

    body = "".join(
        f"{n}. 민원 처리 기간을 단축하기 위하여 접수 창구를 통합 운영합니다. 세부 사항 {n}호.\n"
        for n in range(40)
    )
    first, second = "공고 2025-1 " + body, "공고 2025-2 " + body
    other = "".join(
        f"{n}번째 항목: 하천 정비 사업의 예산 집행 현황과 향후 계획을 보고합니다.\n" for n in range(40)
    )
    a, b, c = signature(first), signature(second), signature(other)
    assert similarity(a, b) >= 0.9 > similarity(a, c)
    found = clusters([("a", "1", a), ("b", "2", b), ("c", "3", c)], 0.9)
    assert found == {"a": "a", "b": "a"}
    assert clusters([("a", "1", a), ("b", "2", b)], 1.0) == {}  # a threshold of 1 keeps both


def test_near_duplicate_documents_in_a_run(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    original = SAMPLE_DOCS / "selection_report.pdf"
    shutil.copy2(original, src / "a.pdf")
    data = original.read_bytes()
    (src / "b.pdf").write_bytes(data + b"\n% re-saved\n")  # the same text, another file
    run = run_cli([src], tmp_path / "out")
    corpus = run.corpus(["doc_id", "uri", "near_dup_cluster"])
    assert all(r["near_dup_cluster"] for r in corpus)
    excluded = run.table("excluded")
    # the copy's text is the same after redaction: an exact duplicate, decided before clustering; the
    # smaller doc_id (sha256 of the file) is kept
    assert [r["reason"] for r in excluded] == ["duplicate"]
    assert excluded[0]["duplicate_of"] == corpus[0]["doc_id"] == corpus[0]["near_dup_cluster"]
    assert "near_duplicate_clusters" in run.manifest["counts"]
