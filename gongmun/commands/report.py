"""`gongmun report DIR`: (re)build a run's HTML compliance report from its outputs."""

from __future__ import annotations

import argparse
import json

from ._common import EXIT_OK, EXIT_UNREADABLE, error

NAME = "report"
HELP = "rebuild the HTML compliance report (report.html) of a run directory"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("dir", metavar="DIR", help="a run's --out directory")


def run(args: argparse.Namespace) -> int:
    from apache_beam.io.filesystems import FileSystems

    from gongmun.pipelines.report import write_report
    from gongmun.pipelines.versions import resolve

    root = resolve(args.dir)  # the current version's own directory: the report is rewritten there
    manifest_path = FileSystems.join(root, "manifest.json")
    try:
        with FileSystems.open(manifest_path) as fh:
            manifest = json.loads(fh.read().decode("utf-8"))
    except (OSError, ValueError) as exc:
        error(f"{args.dir} is not a finished gongmun run (manifest.json unreadable: {type(exc).__name__})")
        return EXIT_UNREADABLE
    print(write_report(root, manifest))
    return EXIT_OK
