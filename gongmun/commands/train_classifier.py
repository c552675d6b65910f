"""`gongmun train-classifier LABELED.jsonl --out MODEL`: train a text model with a held-out report."""

from __future__ import annotations

import argparse

from ._common import EXIT_OK, EXIT_UNREADABLE, EXIT_USAGE, error

NAME = "train-classifier"
HELP = "train a sensitivity text model from labelled JSONL; prints and saves a held-out report"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("labelled", metavar="LABELED.jsonl", help='lines {"text","disclosure","reasons"}')
    parser.add_argument("--out", required=True, metavar="MODEL", help="model directory to write")
    parser.add_argument("--held-out", type=float, default=0.25, help="fraction kept aside for the report")
    parser.add_argument("--seed", type=int, default=0)


def run(args: argparse.Namespace) -> int:
    from gongmun.classifiers.model import Params
    from gongmun.classifiers.training import LabelError, format_report, train

    if not 0.0 < args.held_out < 1.0:
        error("train-classifier: --held-out must be between 0 and 1")
        return EXIT_USAGE
    import os

    from gongmun.pipelines.core import DocumentCore
    from gongmun.pipelines.stage import Resources
    from gongmun.schemas.policy import load_policy

    # the held-out report scores the full classifier, fed by the PII analysis as in a run
    core = DocumentCore(Resources(load_policy(), os.urandom(32)))
    try:
        report = train(args.labelled, args.out, core.spans, args.held_out, Params(seed=args.seed))
    except LabelError as exc:
        error(f"train-classifier: {args.labelled}: {exc}")
        return EXIT_USAGE
    except OSError as exc:
        error(f"train-classifier: {type(exc).__name__}: {exc.strerror or exc}")
        return EXIT_UNREADABLE
    print(format_report(report), end="")
    print(f"saved model and report to {args.out}")
    return EXIT_OK
