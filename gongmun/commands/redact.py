"""`gongmun redact FILE [--to text|markdown]`: the redacted document on stdout."""

from __future__ import annotations

import argparse

from ._common import EXIT_OK, EXIT_SOME_FAILED, EXIT_UNREADABLE, EXIT_USAGE, error, read_input

NAME = "redact"
HELP = "convert a document, redact personal information and print the redacted text"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="document or UTF-8 text file ('-' for stdin)")
    parser.add_argument(
        "--to", choices=("text", "markdown"), default="text", help="output form (default text)"
    )
    parser.add_argument("--policy", metavar="FILE", help="policy YAML whose `redaction:` section to use")


def run(args: argparse.Namespace) -> int:
    from gongmun.redaction import RedactionError

    from .scan import build_redactor, load_document

    redactor = build_redactor(args.policy)
    if redactor is None:
        return EXIT_USAGE
    try:
        doc = load_document(read_input(args.file), args.file)
    except OSError as exc:
        error(f"{args.file}: unreadable: {type(exc).__name__}")
        return EXIT_UNREADABLE
    except ValueError as exc:
        error(f"{args.file}: {exc}")
        return EXIT_UNREADABLE
    try:
        result = redactor.redact(doc)
    except RedactionError as exc:
        error(f"{args.file}: {exc}")
        return EXIT_SOME_FAILED
    out = result.document
    print(out.to_markdown() if args.to == "markdown" else out.to_text())
    return EXIT_OK
