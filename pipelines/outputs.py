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


def list_matching(pattern: str) -> list[str]:
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
    files = {"corpus": list_matching(FileSystems.join(out, "corpus", "*.parquet"))}
    for table in TABLES:
        files[table] = list_matching(FileSystems.join(out, f"{table}.parquet"))
    return files


def _tally(paths: list[str], columns: list[str], *keys: Any) -> tuple[int, list[Counter[str]]]:
    """Rows, and a count of each key(row), over files read once each and one at a time (a shard's few
    columns), so the driver's memory does not grow with the corpus."""
    rows, tallies = 0, [Counter[str]() for _ in keys]
    for path in paths:
        part = read_columns(path, columns)
        rows += len(part)
        for key, tally in zip(keys, tallies, strict=True):
            tally.update(key(r) for r in part)
    return rows, tallies


def _format(row: dict[str, Any]) -> str:
    return str(row["format"] or "unknown")


def summarize(out: str) -> tuple[dict[str, list[dict[str, Any]]], dict[str, Any]]:
    """Output entries (path, sha256, rows) and reconciling counts, read back from the written files."""
    files = output_files(out)
    outputs = {name: [file_entry(p, out) for p in paths] for name, paths in files.items()}
    n_corpus, (by_split, corpus_formats, by_disclosure) = _tally(
        files["corpus"],
        ["split", "format", "disclosure"],
        lambda r: r["split"],
        _format,
        lambda r: r["disclosure"],
    )
    n_excluded, (by_reason, excluded_formats) = _tally(
        files["excluded"], ["reason", "format"], lambda r: r["reason"], _format
    )
    n_failed, (by_error, failed_formats) = _tally(
        files["failed"], ["stage", "error", "format"], lambda r: f"{r['stage']}/{r['error']}", _format
    )
    n_findings, (by_type,) = _tally(files["findings"], ["entity_type"], lambda r: r["entity_type"])
    counts = {
        "corpus": n_corpus,
        "excluded": n_excluded,
        "failed": n_failed,
        "corpus_by_split": dict(by_split),
        "by_format": dict(corpus_formats + excluded_formats + failed_formats),
        "corpus_by_disclosure": dict(by_disclosure),
        "excluded_by_reason": dict(by_reason),
        "failed_by_error": dict(by_error),
        "findings": n_findings,
        "findings_by_type": dict(by_type),
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
