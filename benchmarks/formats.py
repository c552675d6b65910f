"""Converter throughput and memory per format over ../shared/corpus.

For each format the corpus files (chosen by the catalog's `format` column, so misnamed files count
under their real format) go through `gongmun.converters.convert_bytes` in a fresh subprocess, whose
peak RSS is then that format's alone. Reported: files/s (all formats), pages/s for PDF split into the
text-layer path and the OCR path (a PDF whose quality says ocr_pages > 0 counts as OCR; its OCR'd
pages over its time), and peak RSS.

Run: .venv/bin/python benchmarks/formats.py [--formats hwpx,hwp3,pdf] [--limit N] [--json]
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
FOLDERS = {"hwpx": ("hwpx", "hwp3"), "hwp3": ("hwp3",), "pdf": ("pdf", "hwp3"), "hwp5": ("hwp5",)}


def corpus_files(corpus: Path, fmt: str, limit: int | None) -> list[Path]:
    """Files whose catalog format is exactly `fmt` (truncated or misnamed variants excluded)."""
    rows = csv.DictReader((corpus / "catalog.csv").open(encoding="utf-8"))
    files = sorted(
        corpus / r["local_path"]
        for r in rows
        if r["format"] == fmt and r["local_path"].split("/")[0] in FOLDERS.get(fmt, (fmt,))
    )
    files = [f for f in files if f.exists()]
    return files[:limit] if limit else files


def worker(fmt: str, paths: list[str]) -> dict[str, Any]:
    """Runs inside the subprocess: convert every file, time it, count pages and OCR."""
    from gongmun.converters import ConversionError, convert_bytes

    result: dict[str, Any] = {"format": fmt, "files": len(paths), "ok": 0, "failed": {}, "seconds": 0.0}
    text = {"pages": 0, "seconds": 0.0}
    ocr = {"pages": 0, "seconds": 0.0}
    for path in paths:
        data = Path(path).read_bytes()
        started = time.perf_counter()
        try:
            doc = convert_bytes(data, path)
        except ConversionError as exc:
            result["failed"][exc.code] = result["failed"].get(exc.code, 0) + 1
            result["seconds"] += time.perf_counter() - started
            continue
        except Exception as exc:  # a crash is a measurement, not a reason to stop
            key = f"crash:{type(exc).__name__}"
            result["failed"][key] = result["failed"].get(key, 0) + 1
            result["seconds"] += time.perf_counter() - started
            continue
        elapsed = time.perf_counter() - started
        result["seconds"] += elapsed
        result["ok"] += 1
        pages = doc.metadata.page_count or 0
        ocr_pages = int(doc.quality.get("ocr_pages") or 0)
        bucket = ocr if ocr_pages else text
        bucket["pages"] += ocr_pages or pages
        bucket["seconds"] += elapsed
    result["files_per_s"] = round(result["files"] / result["seconds"], 2) if result["seconds"] else None
    if fmt == "pdf":
        for name, bucket in (("text", text), ("ocr", ocr)):
            result[f"{name}_pages"] = bucket["pages"]
            result[f"{name}_pages_per_s"] = (
                round(bucket["pages"] / bucket["seconds"], 2)
                if bucket["seconds"] and bucket["pages"]
                else None
            )
    result["peak_rss_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    result["seconds"] = round(result["seconds"], 2)
    return result


def run_format(fmt: str, files: list[Path], timeout: float) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--worker", fmt]
    payload = "\n".join(str(f) for f in files)
    try:
        proc = subprocess.run(
            cmd, input=payload, capture_output=True, text=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired:
        return {"format": fmt, "files": len(files), "error": f"timed out after {timeout:g}s"}
    if proc.returncode != 0:
        tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        return {"format": fmt, "files": len(files), "error": f"worker exited {proc.returncode}: {tail}"}
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def _line(r: dict[str, Any]) -> str:
    if "error" in r:
        return f"{r['format']:5s} files={r['files']:4d} ERROR {r['error']}"
    out = (
        f"{r['format']:5s} files={r['files']:4d} ok={r['ok']:4d} failed={sum(r['failed'].values()):3d} "
        f"seconds={r['seconds']:8.2f} files/s={r['files_per_s']} peak_rss={r['peak_rss_mib']} MiB"
    )
    if r["format"] == "pdf":
        out += (
            f" text_pages={r['text_pages']} text_pages/s={r['text_pages_per_s']}"
            f" ocr_pages={r['ocr_pages']} ocr_pages/s={r['ocr_pages_per_s']}"
        )
    if r["failed"]:
        out += f" failures={r['failed']}"
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--formats", default="hwpx,hwp3,pdf")
    ap.add_argument("--limit", type=int, default=None, help="at most N files per format")
    ap.add_argument("--timeout", type=float, default=3600.0, help="seconds per format")
    ap.add_argument("--json", action="store_true", help="print one JSON object per format")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        paths = [line for line in sys.stdin.read().splitlines() if line]
        print(json.dumps(worker(args.worker, paths)))
        return 0
    if not (args.corpus / "catalog.csv").exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    for fmt in [f.strip() for f in args.formats.split(",") if f.strip()]:
        files = corpus_files(args.corpus, fmt, args.limit)
        result = (
            run_format(fmt, files, args.timeout)
            if files
            else {"format": fmt, "files": 0, "error": "no files"}
        )
        print(json.dumps(result) if args.json else _line(result), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
