"""The Beam pipeline of DESIGN.md: match → read → reshuffle → process → dedup → write Parquet.

Everything document-level lives in the document core (core.py); this module only wires it into
Beam, so the same job runs in-process, on local processes (`--workers N`), or on Dataflow/Flink/Spark.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from typing import Any

import apache_beam as beam
from apache_beam.io.parquetio import WriteToParquet
from apache_beam.metrics import Metrics

from gongmun.schemas.arrow import CORPUS_SCHEMA, EXCLUDED_SCHEMA, FAILED_SCHEMA, FINDINGS_SCHEMA

from .core import Outcome, failure, failure_outcome
from .rows import duplicate_row
from .stage import Resources

METRICS_NAMESPACE = "gongmun"


class ProcessDocuments(beam.DoFn):
    """Reads each file and routes it to exactly one of corpus / excluded / failed."""

    def __init__(self, resources: Resources, isolate: bool = True) -> None:
        self.resources = resources
        self.deduplicate = resources.policy.routing.deduplicate
        self.isolate = isolate
        self._core: Any = None

    def setup(self) -> None:
        if self.isolate:
            from .isolation import IsolatedCore

            self._core = IsolatedCore(self.resources)
        else:
            from .core import DocumentCore

            self._core = DocumentCore(self.resources)

    def process(self, uri: str) -> Iterator[Any]:
        # every row, the report and the console see only the redacted form of the name
        safe = self._core.safe_uri(uri)
        try:
            data = read_file(uri)
        except Exception as exc:
            message = f"{type(exc).__name__}: cannot read {safe}"  # the OS message repeats the raw path
            outcome = failure_outcome(failure(safe, b"", "read", "unreadable", message, type(exc).__name__))
        else:
            outcome = self._core.outcome(safe, data)
        _count(outcome)
        if outcome.kind == "corpus" and self.deduplicate:
            # findings wait for the duplicate decision before they are tagged with their route
            yield beam.pvalue.TaggedOutput("corpus", (outcome.text_hash, outcome))
            return
        for finding in outcome.findings:
            yield beam.pvalue.TaggedOutput("findings", finding)
        yield beam.pvalue.TaggedOutput(outcome.kind, outcome.row)

    def teardown(self) -> None:
        close = getattr(self._core, "close", None)
        if close is not None:
            close()


def read_file(uri: str) -> bytes:
    """The input's bytes by its exact name: the list is already expanded, so no name is read as a
    pattern (Beam's MatchAll took '[' in '…_[관악산]_….hwpx' for a glob and silently lost the file)."""
    from apache_beam.io.filesystem import CompressionTypes
    from apache_beam.io.filesystems import FileSystems

    with FileSystems.open(uri, compression_type=CompressionTypes.UNCOMPRESSED) as fh:
        data: bytes = fh.read()
    return data


def _count(outcome: Outcome) -> None:
    """Beam metrics, so a runner's console (Dataflow's too) shows the same counts as the manifest."""
    Metrics.counter(METRICS_NAMESPACE, f"outcome.{outcome.kind}").inc()
    if outcome.kind == "failed":
        Metrics.counter(METRICS_NAMESPACE, f"failed.{outcome.row['stage']}.{outcome.row['error']}").inc()
    elif outcome.kind == "excluded":
        Metrics.counter(METRICS_NAMESPACE, f"excluded.{outcome.row['reason'].split('[')[0]}").inc()


def keep_first_duplicate(item: tuple[str, Iterable[Outcome]]) -> Iterator[Any]:
    """Exact duplicates (same redacted text) keep the smallest (doc_id, uri); the rest are excluded,
    and their findings are tagged as excluded too."""
    _, outcomes = item
    ordered = sorted(outcomes, key=lambda o: (o.row["doc_id"], o.row["uri"]))
    kept = ordered[0]
    for finding in kept.findings:
        yield beam.pvalue.TaggedOutput("findings", finding)
    yield kept.row
    for dup in ordered[1:]:
        Metrics.counter(METRICS_NAMESPACE, "excluded.duplicate").inc()
        for finding in dup.findings:
            yield beam.pvalue.TaggedOutput("findings", {**finding, "routed_to": "excluded"})
        yield beam.pvalue.TaggedOutput("excluded", duplicate_row(kept.row, dup.row))


def build_pipeline(
    p: beam.Pipeline,
    files: list[str],
    staging: str,
    resources: Resources,
    isolate: bool = True,
) -> None:
    """Add the whole job to `p`, writing every output under the `staging` directory."""
    policy = resources.policy
    shards = max(1, -(-len(files) // policy.corpus.rows_per_shard))
    outcomes = (
        p
        | "Inputs" >> beam.Create(files)
        | "Spread" >> beam.Reshuffle()
        | "Process"
        >> beam.ParDo(ProcessDocuments(resources, isolate)).with_outputs(
            "corpus", "excluded", "failed", "findings"
        )
    )
    if policy.routing.deduplicate:
        deduped = (
            outcomes.corpus
            | "GroupByText" >> beam.GroupByKey()
            | "Dedup" >> beam.FlatMap(keep_first_duplicate).with_outputs("excluded", "findings", main="kept")
        )
        corpus = deduped.kept
        excluded = (outcomes.excluded, deduped.excluded) | "AllExcluded" >> beam.Flatten()
        findings = (outcomes.findings, deduped.findings) | "AllFindings" >> beam.Flatten()
    else:
        corpus, excluded, findings = outcomes.corpus, outcomes.excluded, outcomes.findings

    for split in ("train", "validation"):
        (
            corpus
            | f"Only{split}" >> beam.Filter(lambda row, s=split: row["split"] == s)
            | f"Write{split}"
            >> WriteToParquet(
                f"{staging}/corpus/{split}",
                CORPUS_SCHEMA,
                codec="zstd",
                file_name_suffix=".parquet",
                num_shards=shards,
                shard_name_template="-SSSSS-of-NNNNN",
                record_batch_size=256,
                row_group_buffer_size=16 * 1024 * 1024,
            )
        )
    for name, pcoll, schema in (
        ("excluded", excluded, EXCLUDED_SCHEMA),
        ("failed", outcomes.failed, FAILED_SCHEMA),
        ("findings", findings, FINDINGS_SCHEMA),
    ):
        pcoll | f"Write{name}" >> WriteToParquet(
            f"{staging}/{name}",
            schema,
            codec="zstd",
            file_name_suffix=".parquet",
            num_shards=1,
            shard_name_template="",
        )


def run_secret(run_id: str, user_secret: bytes | None) -> bytes:
    """The per-run HMAC key for findings' value hashes. Never written to any output."""
    import os

    return user_secret or hashlib.sha256(os.urandom(32) + run_id.encode()).digest()


__all__ = ["Outcome", "ProcessDocuments", "build_pipeline", "run_secret"]
