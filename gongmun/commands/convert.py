"""`gongmun convert`: documents to stdout as text, Markdown, JSON or JSONL (no redaction)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ._common import EXIT_OK, EXIT_SOME_FAILED, EXIT_UNREADABLE, error, progress, read_input

NAME = "convert"
HELP = "convert documents to text, markdown, json or jsonl on stdout (no redaction)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument("--to", choices=("text", "markdown", "json", "jsonl"), default="text")


def _record(path: str) -> dict[str, Any]:
    from gongmun.converters import ConversionError, convert_bytes, sniff

    rec: dict[str, Any] = {
        "uri": path,
        "format": None,
        "doc_id": None,
        "text": None,
        "metadata": None,
        "quality": None,
        "warnings": [],
        "error": None,
        "_doc": None,
    }
    try:
        data = read_input(path)
    except OSError as exc:
        rec["error"] = f"unreadable: {exc.strerror or exc}"
        return rec
    rec["format"] = sniff(data)
    try:
        doc = convert_bytes(data, path)
    except ConversionError as exc:
        rec["error"] = f"{exc.code}: {exc.message}"
        return rec
    except Exception as exc:  # a converter bug must not end a batch of conversions
        rec["error"] = f"corrupt: {type(exc).__name__}"
        return rec
    rec.update(
        format=doc.source.format,
        doc_id=doc.doc_id,
        text=doc.to_text(),
        metadata=doc.metadata.to_dict(),
        quality=doc.quality,
        warnings=doc.warnings,
        _doc=doc,
    )
    return rec


def run(args: argparse.Namespace) -> int:
    failed = 0
    documents = []
    for path in progress(args.files, total=len(args.files), desc="convert"):
        rec = _record(path)
        doc = rec.pop("_doc")
        if rec["error"]:
            failed += 1
            error(f"{path}: {rec['error']}")
        if args.to == "jsonl":
            print(json.dumps(rec, ensure_ascii=False))
        elif doc is not None:
            if args.to == "json":
                documents.append(doc.to_dict())
                continue
            if len(args.files) > 1:
                print(f"==> {path} <==")
            print(doc.to_markdown() if args.to == "markdown" else doc.to_text())
    if args.to == "json" and documents:
        print(json.dumps(documents[0] if len(args.files) == 1 else documents, ensure_ascii=False, indent=1))
    sys.stdout.flush()
    if failed and len(args.files) == 1:
        return EXIT_UNREADABLE
    return EXIT_SOME_FAILED if failed else EXIT_OK
