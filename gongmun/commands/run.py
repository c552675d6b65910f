"""`gongmun run`: the batch job — documents in, corpus + excluded + failed + findings + manifest out."""

from __future__ import annotations

import argparse
import sys

from gongmun.pipelines import early_child  # (the standard library only: it must not import Beam)

from ._common import EXIT_INCOMPLETE, EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, error, load_policy

NAME = "run"
HELP = "convert, classify, redact and route documents into a Parquet corpus with a manifest"
ACCEPTS_EXTRA_ARGS = True  # Beam pipeline options (--project, --region, --temp_location, ...) pass through


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="files, directories, globs, gs:// or s3:// paths"
    )
    parser.add_argument(
        "--out", required=True, metavar="DIR", help="output directory (local or gs://, s3://)"
    )
    parser.add_argument("--policy", metavar="FILE", help="routing/redaction policy YAML (default: packaged)")
    parser.add_argument(
        "--runner",
        metavar="RUNNER",
        help="Beam runner: default in-process FnApiRunner; DataflowRunner, FlinkRunner, SparkRunner, PortableRunner, DaskRunner",
    )
    parser.add_argument(
        "--workers", type=int, metavar="N", help="local worker processes (multi-processing mode)"
    )
    parser.add_argument(
        "--classifier", metavar="MODEL", help="trained sensitivity model (gongmun train-classifier)"
    )
    parser.add_argument(
        "--review",
        metavar="FILE",
        help="review decisions: lines '<doc_id> release|hold [note]' for documents held as needs_review",
    )
    parser.add_argument(
        "--fresh",
        action="store_true",
        help="process every input again, forgetting the results earlier runs into DIR recorded",
    )
    parser.add_argument(
        "--all-files",
        action="store_true",
        help="in directories, take every file (default: .hwp .hwpx .hwt .pdf ... only; content decides the format)",
    )
    parser.epilog = (
        "Any other --option is passed to Beam unchanged (e.g. --project, --region, --job_endpoint)."
    )


def run(args: argparse.Namespace) -> int:
    try:
        return _run(args)
    finally:
        early_child.discard()  # started below and not taken: the run ended before any document


def _run(args: argparse.Namespace) -> int:
    from gongmun.pipelines.inputs import expand_inputs
    from gongmun.pipelines.output_lock import OutputLocked
    from gongmun.pipelines.review_decisions import ReviewFileError, load_review_decisions

    policy = load_policy(args.policy)
    if policy is None:
        return EXIT_USAGE
    try:
        review = load_review_decisions(args.review) if args.review else None
    except ReviewFileError as exc:
        error(str(exc))
        return EXIT_USAGE
    inputs = expand_inputs(args.inputs, all_files=args.all_files)
    for missing in inputs.missing:
        error(f"no files match {missing}")
    if not inputs.files:
        error("nothing to do: no input files")
        return EXIT_USAGE
    beam_args = list(args.extra_args) + ([f"--runner={args.runner}"] if args.runner else [])
    if args.workers is not None and args.workers < 1:
        error("--workers must be at least 1")
        return EXIT_USAGE
    if (args.workers or 1) == 1 and not any(a.startswith("--runner") for a in beam_args):
        # the documents will be processed in this process's own child: start it before Beam's import
        early_child.start(policy)
    from gongmun.pipelines.run import RunIncomplete, RunnerUnavailable, run_job

    try:
        result = run_job(
            inputs,
            args.out,
            policy,
            beam_args,
            args.workers,
            args.classifier,
            review=review,
            fresh=args.fresh,
        )
    except (OutputLocked, RunnerUnavailable) as exc:
        error(str(exc))
        return EXIT_USAGE
    except RunIncomplete as exc:
        error(f"run incomplete: {exc}")
        return EXIT_INCOMPLETE
    c = result.counts
    changes = result.manifest["inputs"]
    splits = ", ".join(f"{n} {s}" for s, n in sorted(c["corpus_by_split"].items())) or "0"
    print(
        f"gongmun run: {c['inputs']} inputs -> {c['corpus']} corpus ({splits}), {c['excluded']} excluded, "
        f"{c['failed']} failed; {c['findings']} redactions; output {args.out}",
        file=sys.stderr,
    )
    if changes["reused"]:
        print(
            f"  {changes['processed']} processed, {changes['reused']} unchanged since an earlier run "
            "(reused; --fresh processes all)",
            file=sys.stderr,
        )
    if inputs.skipped:
        print(
            f"  {len(inputs.skipped)} files in input directories skipped (not document files; --all-files takes them)",
            file=sys.stderr,
        )
    for f in result.failures:
        print(f"  failed: {f['uri']} [{f['stage']}/{f['error']}] {f['message']}", file=sys.stderr)
    if policy.unsafe:
        error(f"WARNING: this corpus was made with protections switched off: {', '.join(policy.unsafe)}")
    return EXIT_SOME_FAILED if c["failed"] or inputs.missing else EXIT_OK
