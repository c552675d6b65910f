"""Driving one batch job: expand inputs, run the Beam pipeline, publish outputs, write the manifest."""

from __future__ import annotations

import os
import platform
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from typing import Any

from apache_beam.io.filesystems import FileSystems

from gongmun import __version__
from gongmun.schemas import SCHEMA_VERSION
from gongmun.schemas.policy import Policy

from . import beam_worker
from . import result_store as store
from .dataset_card import dataset_card
from .inputs import InputSet
from .output_lock import OutputLock
from .outputs import remove_tree, summarize, write_bytes, write_json
from .progress import RunProgress
from .report import write_report
from .review_decisions import ReviewDecisions
from .shard_writer import assemble
from .stage import Resources
from .versions import clean_staging, make_current, staging_dir
from .versions import prune as prune_versions

_VERSIONED = (
    "apache-beam",
    "pyarrow",
    "presidio-analyzer",
    "spacy",
    "kiwipiepy",
    "olefile",
    "lxml",
    "pdfplumber",
    "pypdfium2",
)


@dataclass
class RunResult:
    out: str
    manifest: dict[str, Any]
    failures: list[dict[str, Any]] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, Any]:
        counts: dict[str, Any] = self.manifest["counts"]
        return counts


# Runners Beam ships but does not register by short name.
RUNNER_ALIASES = {"DaskRunner": "apache_beam.runners.dask.dask_runner.DaskRunner"}


class RunIncomplete(RuntimeError):
    """The written outputs do not account for every input: the version is not made current."""


class RunnerUnavailable(ValueError):
    """--runner names no runner Beam can create here (a usage error, not a failed run)."""


def _provision_with(options: Any) -> Any:
    """What the FnApiRunner tells its worker processes: by default they get no pipeline options and
    log at INFO whatever the options say; here they get the run's harness log level."""
    from apache_beam.options.pipeline_options import WorkerOptions
    from apache_beam.portability.api import beam_provision_api_pb2
    from apache_beam.runners.job.utils import dict_to_struct
    from apache_beam.runners.portability.fn_api_runner.fn_runner import ExtendedProvisionInfo

    # only the log level: a Struct holds numbers as floats, which the workers' argument parser rejects
    level = options.view_as(WorkerOptions).default_sdk_harness_log_level
    wanted = {"beam:option:default_sdk_harness_log_level:v1": str(level)}
    return ExtendedProvisionInfo(
        beam_provision_api_pb2.ProvisionInfo(
            retrieval_token="unused-retrieval-token", pipeline_options=dict_to_struct(wanted)
        )
    )


def pipeline_options(
    beam_args: list[str], workers: int | None, documents: bool = False
) -> tuple[Any, Any, str]:
    """Options and runner. Local runs use Beam's FnApiRunner directly: the plain DirectRunner of Beam
    2.77 first tries to download Prism, which fails offline. Other runners are created here, before
    any work, so that a misspelt or uninstalled runner is one line and exit 2, not a traceback.
    `documents`: the pipeline processes documents, so local worker processes start their document
    child first thing (beam_worker.py)."""
    from apache_beam.options.pipeline_options import (
        DirectOptions,
        PipelineOptions,
        StandardOptions,
        WorkerOptions,
    )
    from apache_beam.runners.runner import create_runner

    options = PipelineOptions(beam_args)
    worker = options.view_as(WorkerOptions)
    if worker.default_sdk_harness_log_level is None:
        # workers log their gRPC housekeeping at INFO; gongmun reports a run's progress and problems
        worker.default_sdk_harness_log_level = os.environ.get(beam_worker.LEVEL_VARIABLE, "ERROR")
    runner_name = options.view_as(StandardOptions).runner or "FnApiRunner"
    if runner_name in ("DirectRunner", "FnApiRunner", "BundleBasedDirectRunner"):
        from apache_beam.runners.portability.fn_api_runner import FnApiRunner
        from apache_beam.transforms.environments import SubprocessSDKEnvironment

        direct = options.view_as(DirectOptions)
        environment = None
        if workers and workers > 1:
            # Beam's multi_processing mode, with our entry point for the workers (beam_worker.py)
            direct.direct_num_workers = workers
            environment = SubprocessSDKEnvironment.from_command_string(beam_worker.command(documents))
        options.view_as(StandardOptions).runner = None
        return (
            options,
            FnApiRunner(default_environment=environment, provision_info=_provision_with(options)),
            "FnApiRunner" + (f" (multi_processing x{workers})" if workers and workers > 1 else ""),
        )
    try:
        runner = create_runner(RUNNER_ALIASES.get(runner_name, runner_name))
    except (ValueError, ImportError) as exc:
        raise RunnerUnavailable(
            f"--runner {runner_name}: not a Beam runner available here ({type(exc).__name__})"
        ) from None
    options.view_as(StandardOptions).runner = None
    return options, runner, runner_name


def versions() -> dict[str, str]:
    found = {"python": platform.python_version()}
    for name in _VERSIONED:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "not installed"
    return found


def run_job(
    inputs: InputSet,
    out: str,
    policy: Policy,
    beam_args: list[str] | None = None,
    workers: int | None = None,
    classifier_model: str | None = None,
    isolate: bool = True,
    review: ReviewDecisions | None = None,
    fresh: bool = False,
    show_progress: bool = True,
) -> RunResult:
    """Run the job into a new version of `out` and make it current; one run per `out` at a time
    (OutputLocked otherwise). Inputs whose results an earlier run into `out` recorded under the same
    code, policy and model are not processed again (`fresh` forgets them)."""
    from .isolation import discard_prestarted

    with OutputLock(out):
        try:
            return _run_locked(
                inputs,
                out,
                policy,
                beam_args,
                workers,
                classifier_model,
                isolate,
                review,
                fresh,
                show_progress,
            )
        finally:
            discard_prestarted()  # a child started early and never used (nothing left to process)


def _run_locked(
    inputs: InputSet,
    out: str,
    policy: Policy,
    beam_args: list[str] | None,
    workers: int | None,
    classifier_model: str | None,
    isolate: bool,
    review: ReviewDecisions | None,
    fresh: bool,
    show_progress: bool,
) -> RunResult:
    import apache_beam as beam

    from .beam_pipeline import build_processing, build_publishing

    run_id = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ") + "-" + uuid.uuid4().hex[:8]
    started = datetime.now(UTC).isoformat(timespec="seconds")
    t0 = time.monotonic()
    if not FileSystems.exists(out):
        FileSystems.mkdirs(out)
    clean_staging(out)
    if fresh:
        store.discard(out)
    secret = store.load_or_create_secret(out)
    released = review.released if review else frozenset()
    resources = Resources(policy, secret, classifier_model, released)
    options, runner, runner_label = pipeline_options(beam_args or [], workers, documents=True)
    if isolate and runner_label == "FnApiRunner":
        # the DoFn will run in this process: start its document child now, so that the child's start-up
        # overlaps the listing of inputs and Beam's start (isolation.prestart)
        from .isolation import prestart

        prestart(resources)
    model = classifier_model or _packaged_model()
    fingerprint = store.fingerprint(
        __version__, SCHEMA_VERSION, policy.sha256, model or "", ",".join(sorted(released))
    )
    files = store.stat_inputs(inputs.files, secret, fingerprint)
    known = store.index(out)
    todo = [f for f in files if f.key not in known]
    reused = len(files) - len(todo)
    if todo:
        processing = beam.Pipeline(runner=runner, options=options)
        build_processing(processing, todo, resources, out, isolate)
        with RunProgress(out, len(todo), reused, enabled=show_progress):
            processing.run().wait_until_finish()
        known = store.index(out)
    wanted: dict[str, str] = {}
    for f in files:
        if f.key not in known:
            raise RuntimeError("a processed input has no recorded outcome")  # never silently dropped
        wanted[f.key] = known[f.key]
    chunks: dict[str, list[str]] = {}
    for key, path in wanted.items():
        chunks.setdefault(path, []).append(key)
    staging = staging_dir(out, run_id)
    options, runner, _ = pipeline_options(beam_args or [], workers)
    publishing = beam.Pipeline(runner=runner, options=options)
    near = policy.routing.near_duplicate_threshold
    left_out, cluster_of = store.duplicates(out, wanted, near) if policy.routing.deduplicate else ({}, {})
    build_publishing(
        publishing, sorted((c, tuple(k)) for c, k in chunks.items()), left_out, cluster_of, staging, resources
    )
    try:
        publishing.run().wait_until_finish()
        assemble(staging, policy.corpus.rows_per_shard)
    except BaseException:
        remove_tree(staging)
        raise
    outputs, counts = summarize(staging)
    counts["inputs"] = len(inputs.files)
    counts["reconciled"] = counts["inputs"] == counts["corpus"] + counts["excluded"] + counts["failed"]
    if not counts["reconciled"]:
        # fail closed: a version that loses documents never replaces the previous one
        remove_tree(staging)
        raise RunIncomplete(
            f"the outputs hold {counts['corpus'] + counts['excluded'] + counts['failed']} of "
            f"{counts['inputs']} inputs; the new version was discarded and the previous one stays current"
        )
    counts["near_duplicate_clusters"] = len(set(cluster_of.values()))
    names = {store.name_hash(secret, f.uri) for f in files}
    manifest: dict[str, Any] = {
        "run_id": run_id,
        "gongmun_version": __version__,
        "schema_version": SCHEMA_VERSION,
        "started_at": started,
        "finished_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "seconds": round(time.monotonic() - t0, 2),
        "runner": runner_label,
        "versions": versions(),
        "policy": {
            "source": policy.source,
            "version": policy.version,
            "sha256": policy.sha256,
            "file_sha256": policy.file_sha256,
            "effective": dict(policy.raw),
        },
        "unsafe": list(policy.unsafe),
        "review_decisions": review.manifest() if review else None,
        "classifier": {"rules": "gongmun-rules", "model": model},
        "inputs": {
            "files": len(inputs.files),
            "skipped_in_directories": len(inputs.skipped),
            "unmatched_arguments": len(inputs.missing),
            **input_changes(names, store.previous_names(out), len(todo), reused),
        },
        "counts": counts,
        "outputs": outputs,
    }
    write_json(FileSystems.join(staging, "manifest.json"), manifest)
    write_bytes(FileSystems.join(staging, "README.md"), dataset_card(manifest).encode("utf-8"))
    write_report(staging, manifest)
    version = make_current(out, staging, run_id)
    store.record_names(out, names)
    prune_versions(out, run_id, policy.corpus.keep_versions)
    store.prune(out, chunks)
    failures: list[dict[str, Any]] = []
    if outputs["failed"]:
        from .outputs import read_columns

        failures = read_columns(
            FileSystems.join(version, "failed.parquet"), ["uri", "stage", "error", "message"]
        )
    return RunResult(out, manifest, sorted(failures, key=lambda r: r["uri"]))


def input_changes(names: set[str], previous: set[str] | None, processed: int, reused: int) -> dict[str, int]:
    """How this run's inputs relate to the version before it: processed now or reused unchanged,
    and how many names are new or gone since then (keyed hashes, never the names themselves)."""
    changes = {"processed": processed, "reused": reused}
    if previous is not None:
        changes["new"] = len(names - previous)
        changes["removed"] = len(previous - names)
    return changes


def _packaged_model() -> str | None:
    from gongmun.classifiers.model import packaged_name

    name = packaged_name()
    return f"packaged:{name}" if name else None
