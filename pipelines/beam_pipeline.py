"""The Beam pipeline of DESIGN.md: match → read → reshuffle → process → dedup → write Parquet.

Everything document-level lives in the document core (core.py); this module only wires it into
Beam, so the same job runs in-process, on local processes (`--workers N`), or on Dataflow/Flink/Spark.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import apache_beam as beam
from apache_beam.io.parquetio import WriteToParquet
from apache_beam.metrics import Metrics

from gongmun.schemas.arrow import CORPUS_SCHEMA, EXCLUDED_SCHEMA, FAILED_SCHEMA, FINDINGS_SCHEMA

from .core import Outcome, failure, failure_outcome, too_large
from .result_store import ChunkWriter, InputFile, read_chunk
from .rows import duplicate_row
from .stage import Resources

METRICS_NAMESPACE = "gongmun"


class ProcessDocuments(beam.DoFn):
    """Reads each input and turns it into exactly one Outcome (corpus, excluded or failed), recording
    it in the run's result store as it completes (result_store.py), so a killed run resumes."""

    def __init__(self, resources: Resources, isolate: bool = True, store: str | None = None) -> None:
        self.resources = resources
        self.isolate = isolate
        self.store = store
        self.max_bytes = resources.policy.limits.max_input_mb * 1024 * 1024
        self._core: Any = None
        self._writer: ChunkWriter | None = None

    def setup(self) -> None:
        if self.isolate:
            from .isolation import IsolatedCore

            self._core = IsolatedCore(self.resources)
        else:
            from .core import DocumentCore

            self._core = DocumentCore(self.resources)
        if self.store is not None:
            self._writer = ChunkWriter(self.store)

    def process(self, item: InputFile) -> Iterator[Outcome]:
        # every row, the report and the console see only the redacted form of the name
        safe = self._core.safe_uri(item.uri)
        if item.size > self.max_bytes:
            # stat before read: an oversized input is never loaded into memory
            outcome = failure_outcome(too_large(safe, item.size, self.max_bytes))
        else:
            try:
                data = read_file(item.uri)
            except Exception as exc:
                message = f"{type(exc).__name__}: cannot read {safe}"  # the OS message repeats the raw path
                outcome = failure_outcome(
                    failure(safe, b"", "read", "unreadable", message, type(exc).__name__)
                )
            else:
                outcome = self._core.outcome(safe, data)
        Metrics.counter(METRICS_NAMESPACE, "processed").inc()
        if self._writer is not None:
            self._writer.add(item.key, outcome)
        yield outcome

    def finish_bundle(self) -> None:
        if self._writer is not None:
            self._writer.flush()

    def teardown(self) -> None:
        if self._writer is not None:
            self._writer.flush()
        close = getattr(self._core, "close", None)
        if close is not None:
            close()


def stored_outcomes(item: tuple[str, tuple[str, ...]]) -> Iterator[Outcome]:
    """The outcomes a previous, interrupted or older run recorded for inputs that did not change."""
    path, keys = item
    wanted = set(keys)
    for key, outcome in read_chunk(path):
        if key in wanted:
            wanted.discard(key)  # a key repeated inside one chunk counts once
            Metrics.counter(METRICS_NAMESPACE, "reused").inc()
            yield outcome


class RouteOutcomes(beam.DoFn):
    """Tags each outcome with its output; corpus rows wait for the duplicate decision if it is on."""

    def __init__(self, deduplicate: bool) -> None:
        self.deduplicate = deduplicate

    def process(self, outcome: Outcome) -> Iterator[Any]:
        _count(outcome)
        if outcome.kind == "corpus" and self.deduplicate:
            # findings wait for the duplicate decision before they are tagged with their route
            yield beam.pvalue.TaggedOutput("corpus", (outcome.text_hash, outcome))
            return
        for finding in outcome.findings:
            yield beam.pvalue.TaggedOutput("findings", finding)
        yield beam.pvalue.TaggedOutput(outcome.kind, outcome.row)


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
    todo: list[InputFile],
    staging: str,
    resources: Resources,
    isolate: bool = True,
    store: str | None = None,
    reuse: list[tuple[str, tuple[str, ...]]] | None = None,
) -> None:
    """Add the whole job to `p`, writing every output under the `staging` directory. `todo` are
    processed (and recorded in the result store under `store`); `reuse` lists stored chunks and the
    keys wanted from each, whose outcomes join the processed ones unchanged."""
    policy = resources.policy
    total = len(todo) + sum(len(keys) for _, keys in reuse or [])
    shards = max(1, -(-total // policy.corpus.rows_per_shard))
    processed = (
        p
        | "Inputs" >> beam.Create(todo)
        | "Spread" >> beam.Reshuffle()
        | "Process" >> beam.ParDo(ProcessDocuments(resources, isolate, store))
    )
    if reuse:
        stored = (
            p
            | "StoredChunks" >> beam.Create(reuse)
            | "SpreadChunks" >> beam.Reshuffle()
            | "Reuse" >> beam.FlatMap(stored_outcomes)
        )
        processed = (processed, stored) | "AllOutcomes" >> beam.Flatten()
    outcomes = processed | "Route" >> beam.ParDo(RouteOutcomes(policy.routing.deduplicate)).with_outputs(
        "corpus", "excluded", "failed", "findings"
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


__all__ = ["Outcome", "ProcessDocuments", "build_pipeline"]
