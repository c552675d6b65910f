"""The Beam pipelines of a run: process the inputs into the result store, then publish from it.

1. Processing: inputs → reshuffle → the document core (core.py) → one recorded outcome per input
   (result_store.py). Nothing else is held: a killed run keeps every outcome recorded so far.
2. Publishing: recorded chunks → route each outcome (duplicates, decided beforehand from the chunks'
   headers, become excluded rows) → Parquet shards, streamed. No step groups whole rows, so memory does
   not grow with the corpus, and a resumed run publishes exactly what an uninterrupted one would.

The same graphs run in-process, on local processes (`--workers N`), or on Dataflow/Flink/Spark.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
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

    def __init__(self, resources: Resources, store: str, isolate: bool = True) -> None:
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
        self._writer = ChunkWriter(self.store)

    def process(self, item: InputFile) -> Iterator[str]:
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
        _count(outcome)
        assert self._writer is not None
        self._writer.add(item.key, outcome)
        yield outcome.kind

    def finish_bundle(self) -> None:
        if self._writer is not None:
            self._writer.flush()

    def teardown(self) -> None:
        if self._writer is not None:
            self._writer.flush()
        close = getattr(self._core, "close", None)
        if close is not None:
            close()


class PublishChunk(beam.DoFn):
    """Every wanted outcome of one recorded chunk, tagged with the output it goes to. A corpus outcome
    left out as an exact or near duplicate becomes an excluded row pointing at the one kept, and its
    findings are routed to excluded too; every corpus row names its near-duplicate cluster."""

    def __init__(self, left_out: Mapping[str, tuple[str, str]], cluster_of: Mapping[str, str]) -> None:
        self.left_out = left_out  # key -> (doc_id kept, reason); only the copies, so it stays small
        self.cluster_of = cluster_of  # key -> representative's doc_id; only members of clusters

    def process(self, item: tuple[str, tuple[str, ...]]) -> Iterator[Any]:
        path, keys = item
        wanted = set(keys)
        for key, outcome in read_chunk(path):
            if key not in wanted:
                continue
            wanted.discard(key)  # a key repeated inside one chunk counts once
            copy = self.left_out.get(key) if outcome.kind == "corpus" else None
            if copy is not None:
                kept, reason = copy
                Metrics.counter(METRICS_NAMESPACE, f"excluded.{reason}").inc()
                for finding in outcome.findings:
                    yield beam.pvalue.TaggedOutput("findings", {**finding, "routed_to": "excluded"})
                yield beam.pvalue.TaggedOutput(
                    "excluded", duplicate_row({"doc_id": kept}, outcome.row, reason)
                )
                continue
            for finding in outcome.findings:
                yield beam.pvalue.TaggedOutput("findings", finding)
            row = outcome.row
            if outcome.kind == "corpus":
                row = {**row, "near_dup_cluster": self.cluster_of.get(key, row["doc_id"])}
            yield beam.pvalue.TaggedOutput(outcome.kind, row)


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


def build_processing(
    p: beam.Pipeline, todo: list[InputFile], resources: Resources, store: str, isolate: bool = True
) -> None:
    """Add the processing of `todo` to `p`: each outcome recorded in the result store under `store`."""
    (
        p
        | "Inputs" >> beam.Create(todo)
        | "Spread" >> beam.Reshuffle()
        | "Process" >> beam.ParDo(ProcessDocuments(resources, store, isolate))
    )


def build_publishing(
    p: beam.Pipeline,
    chunks: list[tuple[str, tuple[str, ...]]],
    left_out: Mapping[str, tuple[str, str]],
    cluster_of: Mapping[str, str],
    staging: str,
    resources: Resources,
) -> None:
    """Add the publishing of the recorded outcomes to `p`: `chunks` lists each chunk and the keys
    wanted from it; every output is written under the `staging` directory."""
    policy = resources.policy
    total = sum(len(keys) for _, keys in chunks)
    shards = max(1, -(-total // policy.corpus.rows_per_shard))
    outputs = (
        p
        | "Chunks" >> beam.Create(chunks)
        | "SpreadChunks" >> beam.Reshuffle()
        | "Publish"
        >> beam.ParDo(PublishChunk(left_out, cluster_of)).with_outputs(
            "corpus", "excluded", "failed", "findings"
        )
    )
    corpus, excluded, findings = outputs.corpus, outputs.excluded, outputs.findings

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
        ("failed", outputs.failed, FAILED_SCHEMA),
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


__all__ = ["Outcome", "ProcessDocuments", "build_processing", "build_publishing"]
