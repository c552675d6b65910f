"""Driving one batch job: expand inputs, run the Beam pipeline, publish outputs, write the manifest."""

from __future__ import annotations

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

from .dataset_card import dataset_card
from .inputs import InputSet
from .outputs import publish, remove_tree, summarize, write_bytes, write_json
from .report import write_report
from .review_decisions import ReviewDecisions
from .stage import Resources

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


def pipeline_options(beam_args: list[str], workers: int | None) -> tuple[Any, Any, str]:
    """Options and runner. Local runs use Beam's FnApiRunner directly: the plain DirectRunner of Beam
    2.77 first tries to download Prism, which fails offline."""
    from apache_beam.options.pipeline_options import DirectOptions, PipelineOptions, StandardOptions

    options = PipelineOptions(beam_args)
    runner_name = options.view_as(StandardOptions).runner or "FnApiRunner"
    if runner_name in ("DirectRunner", "FnApiRunner", "BundleBasedDirectRunner"):
        from apache_beam.runners.portability.fn_api_runner import FnApiRunner

        direct = options.view_as(DirectOptions)
        if workers and workers > 1:
            direct.direct_num_workers = workers
            direct.direct_running_mode = "multi_processing"
        options.view_as(StandardOptions).runner = None
        return (
            options,
            FnApiRunner(),
            "FnApiRunner" + (f" (multi_processing x{workers})" if workers and workers > 1 else ""),
        )
    return options, None, runner_name


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
) -> RunResult:
    import apache_beam as beam

    from .beam_pipeline import build_pipeline, run_secret

    run_id = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ") + "-" + uuid.uuid4().hex[:8]
    started = datetime.now(UTC).isoformat(timespec="seconds")
    t0 = time.monotonic()
    if not FileSystems.exists(out):
        FileSystems.mkdirs(out)
    staging = FileSystems.join(out, f".staging-{run_id}")
    options, runner, runner_label = pipeline_options(beam_args or [], workers)
    secret = run_secret(run_id, None)
    pipeline = beam.Pipeline(runner=runner, options=options)
    released = review.released if review else frozenset()
    resources = Resources(policy, secret, classifier_model, released)
    build_pipeline(pipeline, inputs.files, staging, resources, isolate)
    try:
        pipeline.run().wait_until_finish()
    except BaseException:
        remove_tree(staging)
        raise
    publish(staging, out)
    outputs, counts = summarize(out)
    counts["inputs"] = len(inputs.files)
    counts["reconciled"] = counts["inputs"] == counts["corpus"] + counts["excluded"] + counts["failed"]
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
        "classifier": {"rules": "gongmun-rules", "model": classifier_model or _packaged_model()},
        "inputs": {
            "files": len(inputs.files),
            "skipped_in_directories": len(inputs.skipped),
            "unmatched_arguments": len(inputs.missing),
        },
        "counts": counts,
        "outputs": outputs,
    }
    write_json(FileSystems.join(out, "manifest.json"), manifest)
    write_bytes(FileSystems.join(out, "README.md"), dataset_card(manifest).encode("utf-8"))
    write_report(out, manifest)
    failures: list[dict[str, Any]] = []
    if outputs["failed"]:
        from .outputs import read_columns

        failures = read_columns(FileSystems.join(out, "failed.parquet"), ["uri", "stage", "error", "message"])
    return RunResult(out, manifest, sorted(failures, key=lambda r: r["uri"]))


def _packaged_model() -> str | None:
    from gongmun.classifiers.model import packaged_name

    name = packaged_name()
    return f"packaged:{name}" if name else None
