"""`gongmun scan FILE|- [--jsonl-in FILE]`: PII findings as JSONL, values never printed raw."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from ._common import EXIT_OK, EXIT_USAGE, JsonlTexts, build_core, error, process_file

if TYPE_CHECKING:
    from gongmun.pipelines.core import DocumentCore
    from gongmun.schemas import Document

NAME = "scan"
HELP = "find personal information in a document or in JSONL texts; prints findings as JSONL (values masked)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", nargs="?", help="document or UTF-8 text file to scan ('-' for stdin)")
    parser.add_argument(
        "--jsonl-in",
        metavar="FILE",
        help='scan lines {"id","text"} instead; writes {"id","spans":[{"start","end","type","score"}]}',
    )
    parser.add_argument("--policy", metavar="FILE", help="policy YAML (default: packaged)")


def run(args: argparse.Namespace) -> int:
    if bool(args.file) == bool(args.jsonl_in):
        error("scan: give exactly one of FILE or --jsonl-in FILE")
        return EXIT_USAGE
    core = build_core(args.policy)
    if core is None:
        return EXIT_USAGE
    if args.jsonl_in:
        return _run_jsonl(core, args.jsonl_in)
    return _run_file(core, args.file)


def _run_jsonl(core: DocumentCore, path: str) -> int:
    from gongmun.redaction import RedactionError

    records = JsonlTexts(path, "scan")
    for number, record, text in records:
        try:
            spans = core.redactor.analyze_text(text)
        except RedactionError as exc:
            records.fail(number, str(exc))
            continue
        out = {
            "id": record.get("id"),
            "spans": [
                {"start": s.start, "end": s.end, "type": s.entity_type, "score": s.score} for s in spans
            ],
        }
        print(json.dumps(out, ensure_ascii=False))
    return records.exit_code()


def _run_file(core: DocumentCore, path: str) -> int:
    from gongmun.redaction.operators import masked_preview

    result = process_file(core, path)
    if isinstance(result, int):
        return result
    doc = result.work.doc
    assert doc is not None
    for f in result.work.findings:
        value = source_value(doc, f.block, f.cell, f.start, f.end)
        row = {"uri": path, **f.to_dict(), "masked": masked_preview(value)}
        print(json.dumps(row, ensure_ascii=False))
    return EXIT_OK


def source_value(doc: Document, block: int, cell: int | None, start: int, end: int) -> str:
    """The original text a finding points at (only ever shown masked)."""
    if block < 0 or block >= len(doc.blocks):
        return ""
    b = doc.blocks[block]
    if cell is not None and b.rows is not None:
        cells = [c for row in b.rows for c in row]
        return cells[cell].text[start:end] if cell < len(cells) else ""
    return str(b.text[start:end])
