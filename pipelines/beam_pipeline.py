"""The Beam pipeline of DESIGN.md: match → read → reshuffle → process → dedup → write Parquet.

Everything document-level lives in pipelines/process.py; this module only wires it into Beam, so
the same job runs in-process, on local processes (`--workers N`), or on Dataflow/Flink/Spark.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from typing import Any

import apache_beam as beam
from apache_beam.io import fileio
from apache_beam.io.parquetio import WriteToParquet

from gongmun.config import Policy
from gongmun.schemas.arrow import CORPUS_SCHEMA, EXCLUDED_SCHEMA, FAILED_SCHEMA, FINDINGS_SCHEMA

from .process import Outcome


class ProcessDocuments(beam.DoFn):
    """Reads each file and routes it to exactly one of corpus / excluded / failed."""

    def __init__(self, policy: Policy, secret: bytes, model: str | None, isolate: bool = True) -> None:
        self.policy = policy
        self.secret = secret
        self.model = model
        self.isolate = isolate
        self._processor: Any = None

    def setup(self) -> None:
        if self.isolate:
            from .isolation import IsolatedProcessor

            self._processor = IsolatedProcessor(self.policy, self.secret, self.model)
        else:
            from .process import DocumentProcessor

            self._processor = DocumentProcessor(self.policy, self.secret, self.model)

    def process(self, readable: fileio.ReadableFile) -> Iterator[Any]:
        from .process import failure_outcome

        uri = readable.metadata.path
        try:
            data = readable.read()
        except Exception as exc:
            outcome = failure_outcome(uri, b"", "read", type(exc).__name__, str(exc))
        else:
            outcome = self._processor.process(uri, data)
        for finding in outcome.findings:
            yield beam.pvalue.TaggedOutput("findings", finding)
        if outcome.kind == "corpus":
            yield beam.pvalue.TaggedOutput("corpus", (outcome.text_hash, outcome.row))
        else:
            yield beam.pvalue.TaggedOutput(outcome.kind, outcome.row)

    def teardown(self) -> None:
        close = getattr(self._processor, "close", None)
        if close is not None:
            close()


def keep_first_duplicate(item: tuple[str, Iterable[dict[str, Any]]]) -> Iterator[Any]:
    """Exact duplicates (same redacted text) keep the smallest (doc_id, uri); the rest are excluded."""
    _, rows = item
    ordered = sorted(rows, key=lambda r: (r["doc_id"], r["uri"]))
    yield ordered[0]
    for dup in ordered[1:]:
        yield beam.pvalue.TaggedOutput(
            "excluded",
            {
                **{k: dup[k] for k in EXCLUDED_SCHEMA.names if k in dup and k not in ("reason", "evidence")},
                "reason": "duplicate",
                "evidence": [],
                "duplicate_of": ordered[0]["doc_id"],
            },
        )


def build_pipeline(
    p: beam.Pipeline,
    files: list[str],
    staging: str,
    policy: Policy,
    secret: bytes,
    model: str | None = None,
    isolate: bool = True,
) -> None:
    """Add the whole job to `p`, writing every output under the `staging` directory."""
    corpus_cfg = policy.section("corpus")
    rows_per_shard = int(corpus_cfg.get("rows_per_shard", 5000))
    shards = max(1, -(-len(files) // rows_per_shard))
    dedup = bool(policy.section("routing").get("deduplicate", True))

    outcomes = (
        p
        | "Inputs" >> beam.Create(files)
        | "Match" >> fileio.MatchAll()
        | "Read" >> fileio.ReadMatches()
        | "Spread" >> beam.Reshuffle()
        | "Process"
        >> beam.ParDo(ProcessDocuments(policy, secret, model, isolate)).with_outputs(
            "corpus", "excluded", "failed", "findings"
        )
    )
    if dedup:
        deduped = (
            outcomes.corpus
            | "GroupByText" >> beam.GroupByKey()
            | "Dedup" >> beam.FlatMap(keep_first_duplicate).with_outputs("excluded", main="kept")
        )
        corpus, duplicates = deduped.kept, deduped.excluded
        excluded = (outcomes.excluded, duplicates) | "AllExcluded" >> beam.Flatten()
    else:
        corpus = outcomes.corpus | "DropKey" >> beam.Values()
        excluded = outcomes.excluded

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
        ("findings", outcomes.findings, FINDINGS_SCHEMA),
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
