"""A finished run's files: listing, hashing and counting them for the manifest that accounts for them.

Beam writes every output of a run under its staging directory; versions.py makes that directory the
current version once the manifest is written into it.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from typing import Any

import pyarrow.parquet as pq
from apache_beam.io.filesystems import FileSystems

TABLES = ("excluded", "failed", "findings")


def _list(pattern: str) -> list[str]:
    try:
        return sorted(m.path for m in FileSystems.match([pattern])[0].metadata_list)
    except Exception:
        return []


def _relative(path: str, root: str) -> str:
    return path[len(root) :].lstrip("/")


def remove_tree(path: str) -> None:
    if FileSystems.exists(path):
        FileSystems.delete([path])


def file_entry(path: str, root: str) -> dict[str, Any]:
    digest = hashlib.sha256()
    with FileSystems.open(path) as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    with FileSystems.open(path) as fh:
        meta = pq.ParquetFile(fh).metadata
        rows = meta.num_rows
    return {
        "path": _relative(path, root),
        "sha256": digest.hexdigest(),
        "rows": rows,
        "bytes": FileSystems.match([path])[0].metadata_list[0].size_in_bytes,
    }


def read_columns(path: str, columns: list[str]) -> list[dict[str, Any]]:
    with FileSystems.open(path) as fh:
        rows: list[dict[str, Any]] = pq.read_table(fh, columns=columns).to_pylist()
    return rows


def output_files(out: str) -> dict[str, list[str]]:
    files = {"corpus": _list(FileSystems.join(out, "corpus", "*.parquet"))}
    for table in TABLES:
        files[table] = _list(FileSystems.join(out, f"{table}.parquet"))
    return files


def summarize(out: str) -> tuple[dict[str, list[dict[str, Any]]], dict[str, Any]]:
    """Output entries (path, sha256, rows) and reconciling counts, read back from the written files."""
    files = output_files(out)
    outputs = {name: [file_entry(p, out) for p in paths] for name, paths in files.items()}
    corpus_rows = [
        r for p in files["corpus"] for r in read_columns(p, ["split", "format", "disclosure", "marking"])
    ]
    excluded = [r for p in files["excluded"] for r in read_columns(p, ["format", "reason"])]
    failed = [r for p in files["failed"] for r in read_columns(p, ["stage", "error", "format"])]
    findings = [r for p in files["findings"] for r in read_columns(p, ["entity_type", "routed_to"])]
    counts = {
        "corpus": len(corpus_rows),
        "excluded": len(excluded),
        "failed": len(failed),
        "corpus_by_split": dict(Counter(r["split"] for r in corpus_rows)),
        "by_format": dict(Counter(r["format"] or "unknown" for r in corpus_rows + excluded + failed)),
        "corpus_by_disclosure": dict(Counter(r["disclosure"] for r in corpus_rows)),
        "excluded_by_reason": dict(Counter(r["reason"] for r in excluded)),
        "failed_by_error": dict(Counter(f"{r['stage']}/{r['error']}" for r in failed)),
        "findings": len(findings),
        "findings_by_type": dict(Counter(r["entity_type"] for r in findings)),
    }
    return outputs, counts


def write_json(path: str, data: dict[str, Any]) -> None:
    payload = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False).encode("utf-8")
    write_bytes(path, payload)


def write_bytes(path: str, payload: bytes) -> None:
    """Write then rename, so readers never see half a manifest."""
    tmp = path + ".tmp"
    with FileSystems.create(tmp) as fh:
        fh.write(payload)
    if FileSystems.exists(path):
        FileSystems.delete([path])
    FileSystems.rename([tmp], [path])
