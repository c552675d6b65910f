"""`gongmun scan FILE|- [--jsonl-in FILE]`: PII findings as JSONL, values never printed raw."""

from __future__ import annotations

import argparse
import json
from typing import Any

from ._common import (
    EXIT_OK,
    EXIT_SOME_FAILED,
    EXIT_UNREADABLE,
    EXIT_USAGE,
    JsonlTexts,
    error,
    read_input,
)

NAME = "scan"
HELP = "find personal information in a document or in JSONL texts; prints findings as JSONL (values masked)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", nargs="?", help="document or UTF-8 text file to scan ('-' for stdin)")
    parser.add_argument(
        "--jsonl-in",
        metavar="FILE",
        help='scan lines {"id","text"} instead; writes {"id","spans":[{"start","end","type","score"}]}',
    )
    parser.add_argument("--policy", metavar="FILE", help="policy YAML whose `redaction:` section to use")


def run(args: argparse.Namespace) -> int:
    if bool(args.file) == bool(args.jsonl_in):
        error("scan: give exactly one of FILE or --jsonl-in FILE")
        return EXIT_USAGE
    redactor = build_redactor(args.policy)
    if redactor is None:
        return EXIT_USAGE
    if args.jsonl_in:
        return _run_jsonl(redactor, args.jsonl_in)
    return _run_file(redactor, args.file)


def build_redactor(policy_path: str | None) -> Any:
    """The Redactor configured by the policy's `redaction:` section (None after a usage error)."""
    from gongmun.config import PolicyError, load_policy
    from gongmun.redaction import Redactor

    try:
        policy = load_policy(policy_path)
        return Redactor(policy.section("redaction"))
    except (PolicyError, ValueError) as exc:
        error(f"policy: {exc}")
        return None


def _run_jsonl(redactor: Any, path: str) -> int:
    from gongmun.redaction import RedactionError

    records = JsonlTexts(path, "scan")
    for number, record, text in records:
        try:
            spans = redactor.analyze_text(text)
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


def _run_file(redactor: Any, path: str) -> int:
    from gongmun.redaction import RedactionError
    from gongmun.redaction.operators import masked_preview

    try:
        data = read_input(path)
    except OSError as exc:
        error(f"{path}: unreadable: {type(exc).__name__}")
        return EXIT_UNREADABLE
    try:
        doc = load_document(data, path)
    except ValueError as exc:
        error(f"{path}: {exc}")
        return EXIT_UNREADABLE
    try:
        result = redactor.redact(doc)
    except RedactionError as exc:
        error(f"{path}: {exc}")
        return EXIT_SOME_FAILED
    for f in result.findings:
        value = source_value(doc, f.block, f.cell, f.start, f.end)
        row = {"uri": path, **f.to_dict(), "masked": masked_preview(value)}
        print(json.dumps(row, ensure_ascii=False))
    return EXIT_OK


def load_document(data: bytes, uri: str) -> Any:
    """A converted document, or plain UTF-8 text wrapped as a one-paragraph-per-line document."""
    from gongmun.converters import ConversionError, convert_bytes

    try:
        return convert_bytes(data, uri)
    except ConversionError as exc:
        if exc.code != "unsupported":
            raise ValueError(f"{exc.code}: {exc.message}") from None
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            raise ValueError(f"{exc.code}: {exc.message}") from None
    return text_document(text, uri, data)


def text_document(text: str, uri: str, data: bytes) -> Any:
    import hashlib

    from gongmun.schemas import Block, Document, Provenance

    digest = hashlib.sha256(data).hexdigest()
    blocks = [Block("paragraph", line, order=i) for i, line in enumerate(text.split("\n"))]
    return Document(digest, Provenance(uri, digest, len(data), "text"), blocks=blocks)


def source_value(doc: Any, block: int, cell: int | None, start: int, end: int) -> str:
    """The original text a finding points at (only ever shown masked)."""
    if block < 0 or block >= len(doc.blocks):
        return ""
    b = doc.blocks[block]
    if cell is not None and b.rows is not None:
        cells = [c for row in b.rows for c in row]
        return cells[cell].text[start:end] if cell < len(cells) else ""
    return str(b.text[start:end])
