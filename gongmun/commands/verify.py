"""`gongmun verify DIR`: rescan a run's outputs for leaks and check them against the manifest.

Every string column of every Parquet output is rescanned (corpus shards, excluded, failed,
findings): `text` and `markdown`, but also `uri`, `title` and the other metadata columns, and every
string inside `document_json`, since a name or number that the body lost may survive in a title
property or a file name. Exits non-zero when a high-confidence identifier (RRN, FRN, passport,
licence, card, account) remains in any of them, when manifest.json does not match the files on
disk, or when the run's policy switched protections off and verify was not told the same
(--allow-unsafe). The rescan always
uses the packaged detectors, whatever the run's policy was.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from typing import Any

from ._common import EXIT_OK, EXIT_SOME_FAILED, EXIT_UNREADABLE, error, progress

NAME = "verify"
HELP = "rescan a run's corpus for residual personal data and check shard hashes/counts against its manifest"
JSON_COLUMNS = ("document_json",)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("dir", help="output directory of `gongmun run` (local path or gs:// s3://)")
    parser.add_argument(
        "--allow-unsafe",
        metavar="ITEMS",
        default="",
        help="comma-separated protections the run's policy switched off on purpose (its unsafe_allow)",
    )


def run(args: argparse.Namespace) -> int:
    from apache_beam.io.filesystems import FileSystems

    from gongmun.pipelines.versions import resolve
    from gongmun.redaction import Redactor
    from gongmun.redaction.leakcheck import scan_texts

    root = resolve(args.dir)
    shards = sorted(
        m.path for m in FileSystems.match([FileSystems.join(root, "corpus", "*.parquet")])[0].metadata_list
    )
    if not shards:
        error(f"verify: no corpus shards under {args.dir}/corpus")
        return EXIT_UNREADABLE
    redactor = Redactor()  # the packaged detectors, never a run's weaker policy
    outputs = sorted(
        set(shards)
        | {m.path for m in FileSystems.match([FileSystems.join(root, "*.parquet")])[0].metadata_list}
    )
    try:
        leaks = scan_texts(redactor, _output_strings(outputs))
    except OSError as exc:
        error(f"verify: cannot read corpus: {type(exc).__name__}")
        return EXIT_UNREADABLE
    manifest = check_manifest(root, shards)
    told = sorted({item.strip() for item in args.allow_unsafe.split(",") if item.strip()})
    unsafe = unsafe_mismatch(manifest.get("unsafe", []), told)
    report = {"dir": args.dir, "shards": len(shards), **leaks.to_dict(), "manifest": manifest}
    if unsafe:
        report["unsafe"] = unsafe
        error(f"verify: {unsafe}")
    ok = leaks.high_confidence == 0 and not manifest["problems"] and not unsafe
    report["ok"] = ok
    print(json.dumps(report, ensure_ascii=False, indent=2))
    summary = ", ".join(f"{t} {n}" for t, n in sorted(leaks.by_type.items())) or "none"
    print(
        f"gongmun verify: {leaks.texts} texts, residual hits: {summary}; "
        f"high-confidence: {leaks.high_confidence}; manifest problems: {len(manifest['problems'])}",
        file=sys.stderr,
    )
    return EXIT_OK if ok else EXIT_SOME_FAILED


def _output_strings(paths: list[str]) -> Any:
    """(row id, column, string) for every string value of every output table."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    from apache_beam.io.filesystems import FileSystems

    for path in progress(paths, total=len(paths), desc="verify"):
        with FileSystems.open(path) as fh:
            table = pq.read_table(fh)
        names = table.column_names
        ids = table.column("doc_id").to_pylist() if "doc_id" in names else list(range(table.num_rows))
        name = path.rsplit("/", 1)[-1]
        for column, field in zip(names, table.schema, strict=True):
            if column in JSON_COLUMNS:
                for row_id, raw in zip(ids, table.column(column).to_pylist(), strict=True):
                    for where, value in _json_strings(raw or ""):
                        yield f"{name}:{row_id}", f"{column}{where}", value
            elif pa.types.is_string(field.type) or pa.types.is_large_string(field.type):
                for row_id, value in zip(ids, table.column(column).to_pylist(), strict=True):
                    yield f"{name}:{row_id}", column, value or ""
            elif pa.types.is_list(field.type) and pa.types.is_string(field.type.value_type):
                for row_id, values in zip(ids, table.column(column).to_pylist(), strict=True):
                    for value in values or []:
                        yield f"{name}:{row_id}", column, value or ""


def _json_strings(raw: str) -> Any:
    """(path, value) of every string in a JSON document; an unreadable one is scanned as text."""
    try:
        data = json.loads(raw)
    except ValueError:
        yield "", raw
        return
    stack: list[tuple[str, Any]] = [("", data)]
    while stack:
        where, node = stack.pop()
        if isinstance(node, str):
            yield where, node
        elif isinstance(node, dict):
            stack.extend((f"{where}.{k}", v) for k, v in node.items())
        elif isinstance(node, list):
            stack.extend((f"{where}[]", v) for v in node)


def unsafe_mismatch(recorded: list[str], told: list[str]) -> str:
    """Empty when the protections the run switched off are exactly the ones verify was told of."""
    if sorted(recorded) == told:
        return ""
    if recorded:
        return f"the run's policy switched protections off ({', '.join(sorted(recorded))}); " + (
            f"--allow-unsafe names {', '.join(told)}" if told else "pass --allow-unsafe with the same list"
        )
    return f"--allow-unsafe names {', '.join(told)}, but the run switched no protection off"


def check_manifest(root: str, shards: list[str]) -> dict[str, Any]:
    """Shard hashes and row counts against manifest.json; tolerant of missing sections."""
    from apache_beam.io.filesystems import FileSystems

    path = FileSystems.join(root, "manifest.json")
    if not FileSystems.exists(path):
        return {"checked": False, "problems": []}
    problems: list[str] = []
    try:
        with FileSystems.open(path) as fh:
            manifest = json.loads(fh.read().decode("utf-8"))
    except (OSError, ValueError) as exc:
        return {"checked": True, "problems": [f"manifest.json unreadable: {type(exc).__name__}"]}
    outputs = manifest.get("outputs") if isinstance(manifest, dict) else None
    if not isinstance(outputs, dict):
        return {"checked": True, "problems": ["manifest.json has no outputs section"]}
    listed: set[str] = set()
    corpus_rows = 0
    for table, entries in outputs.items():
        for entry in entries if isinstance(entries, list) else []:
            if not isinstance(entry, dict) or "path" not in entry:
                problems.append(f"{table}: malformed entry")
                continue
            full = FileSystems.join(root, entry["path"])
            listed.add(full.rstrip("/"))
            file_problems, rows = _check_file(full, entry)
            problems.extend(f"{entry['path']}: {p}" for p in file_problems)
            if table == "corpus":
                corpus_rows += rows
    for shard in shards:
        if shard.rstrip("/") not in listed:
            problems.append(f"{shard.rsplit('/', 1)[-1]}: corpus shard not listed in the manifest")
    counts = manifest.get("counts", {})
    expected = counts.get("corpus") if isinstance(counts, dict) else None
    if isinstance(expected, int) and expected != corpus_rows:
        problems.append(f"counts.corpus is {expected} but the listed shards hold {corpus_rows} rows")
    unsafe = manifest.get("unsafe") or []
    return {"checked": True, "problems": problems, "unsafe": [str(u) for u in unsafe]}


def _check_file(path: str, entry: dict[str, Any]) -> tuple[list[str], int]:
    """(problems, rows) of one listed output file."""
    import pyarrow.parquet as pq
    from apache_beam.io.filesystems import FileSystems

    if not FileSystems.exists(path):
        return ["missing"], 0
    problems: list[str] = []
    digest = hashlib.sha256()
    with FileSystems.open(path) as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    if "sha256" in entry and entry["sha256"] != digest.hexdigest():
        problems.append("sha256 mismatch")
    rows = 0
    if path.endswith(".parquet"):
        with FileSystems.open(path) as fh:
            rows = pq.ParquetFile(fh).metadata.num_rows
        if "rows" in entry and entry["rows"] != rows:
            problems.append(f"manifest says {entry['rows']} rows, file has {rows}")
    return problems, rows
