"""`gongmun classify FILE [--jsonl-in FILE] [--classifier MODEL]`: sensitivity as JSON."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from ._common import EXIT_OK, EXIT_USAGE, JsonlTexts, build_core, error, process_file

if TYPE_CHECKING:
    from gongmun.pipelines.core import DocumentCore

NAME = "classify"
HELP = "classify a document's sensitivity (disclosure, security marking, legal reasons) as JSON"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", nargs="?", help="document to convert and classify ('-' for stdin)")
    parser.add_argument(
        "--jsonl-in",
        metavar="FILE",
        help='classify lines {"id","text"} instead; writes {"id","disclosure","marking","reasons","score"}',
    )
    parser.add_argument(
        "--classifier", metavar="MODEL", help="model directory from `gongmun train-classifier`"
    )
    parser.add_argument("--policy", metavar="FILE", help="policy YAML (default: packaged)")


def run(args: argparse.Namespace) -> int:
    if bool(args.file) == bool(args.jsonl_in):
        error("classify: give exactly one of FILE or --jsonl-in FILE")
        return EXIT_USAGE
    core = build_core(args.policy, args.classifier)
    if core is None:
        return EXIT_USAGE
    if args.jsonl_in:
        return _run_jsonl(core, args.jsonl_in)
    result = process_file(core, args.file)
    if isinstance(result, int):
        return result
    work = result.work
    assert work.doc is not None and work.sensitivity is not None
    out = {
        "uri": args.file,
        "doc_id": work.doc.doc_id,
        **work.sensitivity.to_dict(),
        "route": work.action,
        "route_reason": work.reason,
    }
    print(json.dumps(out, ensure_ascii=False))
    return EXIT_OK


def _run_jsonl(core: DocumentCore, path: str) -> int:
    from gongmun.redaction import RedactionError

    records = JsonlTexts(path, "classify")
    for number, record, text in records:
        try:
            sens = core.classify_text(text)
        except RedactionError as exc:
            records.fail(number, str(exc))
            continue
        row = {
            "id": record.get("id"),
            "disclosure": sens.disclosure,
            "marking": sens.marking,
            "reasons": sens.reasons,
            "score": sens.score,
        }
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    return records.exit_code()
