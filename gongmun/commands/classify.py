"""`gongmun classify FILE [--jsonl-in FILE] [--classifier MODEL]`: sensitivity as JSON."""

from __future__ import annotations

import argparse
import json
import sys

from ._common import (
    EXIT_OK,
    EXIT_UNREADABLE,
    EXIT_USAGE,
    JsonlTexts,
    error,
    read_input,
)

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


def run(args: argparse.Namespace) -> int:
    if bool(args.file) == bool(args.jsonl_in):
        error("classify: give exactly one of FILE or --jsonl-in FILE")
        return EXIT_USAGE
    from gongmun.classifiers import SensitivityClassifier

    try:
        classifier = SensitivityClassifier(args.classifier)
    except (OSError, ValueError, KeyError) as exc:
        error(f"classify: cannot load model {args.classifier}: {exc}")
        return EXIT_USAGE
    if args.jsonl_in:
        return _run_jsonl(classifier, args.jsonl_in)
    return _run_file(classifier, args.file)


def _run_file(classifier: object, path: str) -> int:
    from gongmun.classifiers import SensitivityClassifier
    from gongmun.converters import ConversionError, convert_bytes

    assert isinstance(classifier, SensitivityClassifier)
    try:
        data = read_input(path)
        doc = convert_bytes(data, path)
    except ConversionError as exc:
        error(f"{path}: {exc.code}: {exc.message}")
        return EXIT_UNREADABLE
    except OSError as exc:
        error(f"{path}: unreadable: {type(exc).__name__}")
        return EXIT_UNREADABLE
    sens = classifier.classify(doc)
    out = {"uri": path, "doc_id": doc.doc_id, **sens.to_dict()}
    print(json.dumps(out, ensure_ascii=False))
    return EXIT_OK


def _run_jsonl(classifier: object, path: str) -> int:
    from gongmun.classifiers import SensitivityClassifier

    assert isinstance(classifier, SensitivityClassifier)
    records = JsonlTexts(path, "classify")
    for _, record, text in records:
        sens = classifier.classify_text(text)
        row = {
            "id": record.get("id"),
            "disclosure": sens.disclosure,
            "marking": sens.marking,
            "reasons": sens.reasons,
            "score": sens.score,
        }
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    return records.exit_code()
