"""`gongmun redact FILE [--to text|markdown]`: the redacted document on stdout."""

from __future__ import annotations

import argparse

from ._common import EXIT_OK, EXIT_USAGE, build_core, error, process_file

NAME = "redact"
HELP = "convert a document, redact personal information and print the redacted text"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="document or UTF-8 text file ('-' for stdin)")
    parser.add_argument(
        "--to", choices=("text", "markdown"), default="text", help="output form (default text)"
    )
    parser.add_argument("--policy", metavar="FILE", help="policy YAML (default: packaged)")


def run(args: argparse.Namespace) -> int:
    core = build_core(args.policy)
    if core is None:
        return EXIT_USAGE
    result = process_file(core, args.file)
    if isinstance(result, int):
        return result
    work = result.work
    if work.action != "include":
        error(f"{args.file}: note: `gongmun run` would exclude this document ({work.reason})")
    out = work.redacted
    assert out is not None
    print(out.to_markdown() if args.to == "markdown" else out.to_text())
    return EXIT_OK
