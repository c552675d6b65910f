"""End-to-end batch benchmark: `gongmun run` against a peer composite, interleaved, as ratios.

The composite does less than gongmun (no classification, no review route, no manifest): unhwp's text
extraction, maskingtape's Korean PII masking and one pyarrow Parquet file, in one process. Both are
timed as whole processes (start-up included) on the same files, in rounds that alternate, so the
machine's noise falls on both. Peak RSS is the sum over the process tree, sampled every 0.2 s.

    .venv/bin/python benchmarks/e2e.py [DIR] [--copies K] [--rounds N] [--resume]

DIR defaults to ../shared/corpus/nts (1,982 real rulings). --copies K adds K re-saved copies of every
file (a few bytes appended, so each has its own sha256 and is processed in full) to scale the set.
--resume also measures reruns after a SIGKILL at 10%, 50% and 90% (time against a clean run, rows
compared with it) and a rerun over the archive grown by 10% new files. unhwp and maskingtape
are benchmark-only dependencies (`pip install unhwp maskingtape`); without them the composite is
skipped and only gongmun's numbers are printed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DIR = REPO.parent / "shared" / "corpus" / "nts"

COMPOSITE = r"""
import sys, pyarrow as pa, pyarrow.parquet as pq, unhwp
from maskingtape import Pipeline
files, out = sys.argv[1], sys.argv[2]
pipe = Pipeline()
rows = []
for path in open(files, encoding="utf-8").read().splitlines():
    try:
        text = pipe.anonymize(unhwp.extract_text(path)).text
    except Exception as exc:
        text = ""
    rows.append({"uri": path, "text": text})
pq.write_table(pa.Table.from_pylist(rows), out, compression="zstd")
"""


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as fh:
                ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        tree.setdefault(ppid, []).append(int(entry))
    return tree


def _rss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree_rss_mib(root: int) -> tuple[float, float]:
    """(total RSS of the tree, largest single process) in MiB."""
    tree, stack, sizes = _children(), [root], []
    while stack:
        pid = stack.pop()
        sizes.append(_rss_kib(pid))
        stack.extend(tree.get(pid, []))
    return sum(sizes) / 1024, max(sizes, default=0) / 1024


def timed(cmd: list[str], kill_when: Any = None) -> dict[str, float]:
    """Wall seconds and peak RSS of a command's process tree; `kill_when()` true → SIGKILL the tree."""
    start = time.monotonic()
    proc = subprocess.Popen(
        cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True
    )
    peak = peak_one = 0.0
    killed = False
    while proc.poll() is None:
        total, one = tree_rss_mib(proc.pid)
        peak, peak_one = max(peak, total), max(peak_one, one)
        if kill_when is not None and not killed and kill_when():
            os.killpg(proc.pid, signal.SIGKILL)
            killed = True
        time.sleep(0.2)
    stderr = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    if proc.returncode not in (0, 1) and not killed:
        raise SystemExit(f"{cmd[2] if len(cmd) > 2 else cmd[0]} failed ({proc.returncode}): {stderr[-300:]}")
    return {"seconds": time.monotonic() - start, "peak_rss_mib": peak, "peak_process_mib": peak_one}


def assemble(source: Path, copies: int, work: Path) -> list[Path]:
    files = sorted(p for p in source.rglob("*") if p.is_file() and p.suffix.lower() in (".hwp", ".hwpx"))
    if copies == 0:
        return files
    out = work / "inputs"
    out.mkdir()
    made = []
    for k in range(copies + 1):
        for p in files:
            target = out / f"{k:02d}_{p.name}"
            shutil.copyfile(p, target)
            if k:
                with target.open("ab") as fh:
                    fh.write(b"\0" * k)  # trailing bytes after the compound file: a re-saved copy
            made.append(target)
    return made


def gongmun_cmd(files: list[Path], out: Path, workers: int) -> list[str]:
    parent = files[0].parent if len({p.parent for p in files}) == 1 else None
    inputs = [str(parent)] if parent is not None else [str(p) for p in files]
    return [
        sys.executable,
        "-m",
        "gongmun.cli",
        "run",
        *inputs,
        "--out",
        str(out),
        "--fresh",
        *(["--workers", str(workers)] if workers > 1 else []),
    ]


def composite_available() -> bool:
    probe = subprocess.run([sys.executable, "-c", "import unhwp, maskingtape"], capture_output=True)
    return probe.returncode == 0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dir", nargs="?", default=str(DEFAULT_DIR))
    ap.add_argument("--copies", type=int, default=0)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--resume", action="store_true")
    ap.add_argument("--json", metavar="FILE")
    args = ap.parse_args()
    source = Path(args.dir)
    if not source.is_dir():
        print(f"e2e: no such directory {source}", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="gongmun-e2e-"))
    try:
        files = assemble(source, args.copies, work)
        n = len(files)
        listing = work / "files.txt"
        listing.write_text("\n".join(map(str, files)), encoding="utf-8")
        peer = composite_available()
        results: dict[str, list[dict[str, float]]] = {"composite": [], "gongmun_1": [], "gongmun_2": []}
        for r in range(args.rounds):
            if peer:
                results["composite"].append(
                    timed([sys.executable, "-c", COMPOSITE, str(listing), str(work / f"peer{r}.parquet")])
                )
            for workers in (1, 2):
                out = work / f"run{r}_{workers}"
                results[f"gongmun_{workers}"].append(timed(gongmun_cmd(files, out, workers)))
                shutil.rmtree(out, ignore_errors=True)
        summary: dict[str, Any] = {"documents": n, "rounds": args.rounds}
        for name, runs in results.items():
            if runs:
                best = min(x["seconds"] for x in runs)
                summary[name] = {
                    "docs_per_s": round(n / best, 1),
                    "seconds": round(best, 1),
                    "peak_rss_mib": round(max(x["peak_rss_mib"] for x in runs)),
                    "peak_process_mib": round(max(x["peak_process_mib"] for x in runs)),
                }
        if peer:
            base = summary["composite"]["docs_per_s"]
            summary["ratio_1_worker"] = round(summary["gongmun_1"]["docs_per_s"] / base, 2)
            summary["ratio_2_workers"] = round(summary["gongmun_2"]["docs_per_s"] / base, 2)
        summary["scaling_2_over_1"] = round(
            summary["gongmun_2"]["docs_per_s"] / summary["gongmun_1"]["docs_per_s"], 2
        )
        if args.resume:
            summary["resume"] = resume_check(files, work)
        print(json.dumps(summary, ensure_ascii=False, indent=2))
        if args.json:
            Path(args.json).write_text(json.dumps(summary, ensure_ascii=False, indent=2), encoding="utf-8")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


def corpus_rows(out: Path) -> list[tuple[str, str, str]]:
    """What a resumed run must reproduce: which documents, with which text, in which split."""
    import pyarrow.parquet as pq

    rows: list[tuple[str, str, str]] = []
    for shard in sorted((out / "corpus").glob("*.parquet")):
        table = pq.read_table(shard, columns=["doc_id", "split", "text"]).to_pylist()
        rows += [(r["doc_id"], r["split"], r["text"]) for r in table]
    return sorted(rows)


def resume_check(files: list[Path], work: Path) -> dict[str, Any]:
    """A clean run; runs killed once 10%, 50% and 90% of the documents are recorded, each rerun and its
    rows compared with the clean run's; then a run over the same inputs plus 10% new files."""
    from gongmun.pipelines import result_store

    clean_out = work / "clean"
    clean = timed(gongmun_cmd(files, clean_out, 1))
    clean_rows = corpus_rows(clean_out)
    report: dict[str, Any] = {"clean_seconds": round(clean["seconds"], 1)}
    for share in (0.1, 0.5, 0.9):
        out = work / f"killed{int(share * 100)}"
        mark = int(len(files) * share)

        def recorded(out: Path = out, mark: int = mark) -> bool:
            return (
                sum(len(result_store.read_chunk_keys(p)) for p in result_store.chunk_paths(str(out))) >= mark
            )

        killed = timed(gongmun_cmd(files, out, 1), kill_when=recorded)
        rerun = timed([c for c in gongmun_cmd(files, out, 1) if c != "--fresh"])
        manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
        report[f"kill_at_{int(share * 100)}"] = {
            "killed_after_seconds": round(killed["seconds"], 1),
            "rerun_seconds": round(rerun["seconds"], 1),
            "rerun_over_clean": round(rerun["seconds"] / clean["seconds"], 2),
            "rows_equal_clean": corpus_rows(out) == clean_rows,
            "rerun_inputs": manifest["inputs"],
        }
        shutil.rmtree(out, ignore_errors=True)
    report["grown_by_10_percent"] = grown_check(files, work, clean_out, clean["seconds"])
    return report


def grown_check(files: list[Path], work: Path, out: Path, clean_seconds: float) -> dict[str, Any]:
    """The clean run's archive plus 10% new files (re-saved copies, so each is new content), run again
    into the same output: only the new files are processed and every input is accounted for."""
    grown = work / "grown"
    grown.mkdir()
    extra = files[: max(1, len(files) // 10)]
    for i, p in enumerate(extra):
        target = grown / f"new{i:05d}_{p.name}"
        shutil.copyfile(p, target)
        with target.open("ab") as fh:
            fh.write(b"\0" * 7)
    inputs = [*files, *sorted(grown.iterdir())]
    parents = sorted({str(p.parent) for p in inputs})
    cmd = [sys.executable, "-m", "gongmun.cli", "run", *parents, "--out", str(out)]
    run = timed(cmd)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    return {
        "inputs": len(inputs),
        "seconds": round(run["seconds"], 1),
        "over_first_run": round(run["seconds"] / clean_seconds, 2),
        "manifest_inputs": manifest["inputs"],
        "reconciled": manifest["counts"].get("reconciled"),
    }


if __name__ == "__main__":
    sys.exit(main())
