"""The Beam pipelines of a run: process the inputs into the result store, then publish from it.

1. Processing: inputs → reshuffle → the document core (core.py) → one recorded outcome per input
   (result_store.py). Nothing else is held: a killed run keeps every outcome recorded so far.
2. Publishing: recorded chunks → route each outcome (duplicates, decided beforehand from the chunks'
   headers, become excluded rows) → Parquet parts, streamed (shard_writer.py). No step groups whole rows, so memory does
   not grow with the corpus, and a resumed run publishes exactly what an uninterrupted one would.

The same graphs run in-process, on local processes (`--workers N`), or on Dataflow/Flink/Spark.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import apache_beam as beam
from apache_beam.metrics import Metrics

from .core import Outcome, failure, failure_outcome, too_large
from .result_store import ChunkWriter, InputFile, read_chunk
from .rows import duplicate_row
from .shard_writer import Part, plan_parts, write_part
from .stage import Resources

METRICS_NAMESPACE = "gongmun"
# requests handed to the isolation child at once: the one it works on and the next, so it never waits
# for the parent between documents
PIPELINE_DEPTH = 2


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
            from .isolation import IsolatedCore, take_prestarted

            self._core = take_prestarted(self.resources) or IsolatedCore(self.resources)
        else:
            from .core import DocumentCore

            self._core = DocumentCore(self.resources)
        self._writer = ChunkWriter(self.store)

    def process(self, item: InputFile) -> Iterator[str]:
        if not self.isolate:
            safe = self._core.safe_uri(item.uri)
            problem, data = self._read(item)
            outcome = self._core.outcome(safe, data) if data is not None else None
            yield self._record((item, problem), safe, outcome)
            return
        # pipelined: the child works on this document while the parent records the one before it
        problem, data = self._read(item)
        self._core.submit(item.uri, data, (item, problem))
        while self._core.in_flight >= PIPELINE_DEPTH:
            yield self._record(*self._core.result())

    def _read(self, item: InputFile) -> tuple[Exception | str | None, bytes | None]:
        """(problem, bytes): the input's bytes, or why there are none (too large, unreadable)."""
        if item.size > self.max_bytes:
            return "too_large", None  # stat before read: an oversized input is never loaded into memory
        try:
            return None, read_file(item.uri)
        except Exception as exc:
            return exc, None

    def _record(
        self, tag: tuple[InputFile, Exception | str | None], safe: str, outcome: Outcome | None
    ) -> str:
        """Record one input's outcome under its key; an input that was not read gets its failure
        here, named by its redacted URI (every row, the report and the console see only that)."""
        item, problem = tag
        if outcome is None:
            if problem == "too_large":
                outcome = failure_outcome(too_large(safe, item.size, self.max_bytes))
            else:
                kind = type(problem).__name__
                message = f"{kind}: cannot read {safe}"  # the OS message repeats the raw path
                outcome = failure_outcome(failure(safe, b"", "read", "unreadable", message, kind))
        Metrics.counter(METRICS_NAMESPACE, "processed").inc()
        _count(outcome)
        assert self._writer is not None
        self._writer.add(item.key, outcome)
        return outcome.kind

    def finish_bundle(self) -> None:
        while self.isolate and self._core is not None and self._core.in_flight:
            self._record(*self._core.result())
        if self._writer is not None:
            self._writer.flush()

    def teardown(self) -> None:
        if self._writer is not None:
            self._writer.flush()
        close = getattr(self._core, "close", None)
        if close is not None:
            close()


class PublishChunk:
    """Routes every wanted outcome of one recorded chunk as (output name, row), for WritePart. A corpus outcome
    left out as an exact or near duplicate becomes an excluded row pointing at the one kept, and its
    findings are routed to excluded too; every corpus row names its near-duplicate cluster."""

    def __init__(self, left_out: Mapping[str, tuple[str, str]], cluster_of: Mapping[str, str]) -> None:
        self.left_out = left_out  # key -> (doc_id kept, reason); only the copies, so it stays small
        self.cluster_of = cluster_of  # key -> representative's doc_id; only members of clusters

    def rows(self, item: tuple[str, tuple[str, ...]]) -> Iterator[tuple[str, dict[str, Any]]]:
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
                    yield "findings", {**finding, "routed_to": "excluded"}
                yield "excluded", duplicate_row({"doc_id": kept}, outcome.row, reason)
                continue
            for finding in outcome.findings:
                yield "findings", finding
            row = outcome.row
            if outcome.kind == "corpus":
                row = {**row, "near_dup_cluster": self.cluster_of.get(key, row["doc_id"])}
            yield outcome.kind, row


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


class WritePart(beam.DoFn):
    """One planned part of the publishing (shard_writer.plan_parts): its outcomes routed by
    PublishChunk and written to that part's files of every output."""

    def __init__(self, route: PublishChunk, staging: str) -> None:
        self.route = route
        self.staging = staging

    def process(self, part: Part) -> Iterator[int]:
        index, chunks = part
        rows = (pair for chunk in chunks for pair in self.route.rows(chunk))
        counts = write_part(self.staging, index, rows)
        yield sum(counts.values())


def build_publishing(
    p: beam.Pipeline,
    chunks: list[tuple[str, tuple[str, ...]]],
    left_out: Mapping[str, tuple[str, str]],
    cluster_of: Mapping[str, str],
    staging: str,
    resources: Resources,
) -> None:
    """Add the publishing of the recorded outcomes to `p`: `chunks` lists each chunk and the keys
    wanted from it; every part is written under the `staging` directory, and shard_writer.assemble
    names the files once the pipeline is done. Only Create, Reshuffle and a ParDo: every runner
    executes these alike (Beam's own file sinks do not run on its DaskRunner)."""
    parts = plan_parts(chunks, resources.policy.corpus.rows_per_shard)
    (
        p
        | "Parts" >> beam.Create(parts)
        | "SpreadParts" >> beam.Reshuffle()
        | "WriteParts" >> beam.ParDo(WritePart(PublishChunk(left_out, cluster_of), staging))
    )


__all__ = ["Outcome", "ProcessDocuments", "build_processing", "build_publishing"]
