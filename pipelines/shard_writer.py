"""The run's Parquet outputs, written by our own code rather than Beam's file sinks.

Beam's file sinks finish in a step that needs side inputs and a grouping, which not every runner
executes the same way (Beam's DaskRunner leaves their temporary files behind and writes nothing).
Here each publishing element is one *part* — a planned slice of the recorded outcomes — and one
DoFn call writes that part's rows of every output to its own files, streaming (a row group is cut
at ROW_GROUP_BYTES, so memory stays bounded whatever the part's size). After the pipeline, the
driver gives the parts their final names: train parts become corpus shards by renaming, small
validation parts and the single-file tables are concatenated row group by row group.

A part is written under a temporary name and renamed when complete, so a retried bundle replaces
its part and a failed attempt never leaves half a file under a final name.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from apache_beam.io.filesystems import FileSystems

from gongmun.schemas.arrow import CORPUS_SCHEMA, EXCLUDED_SCHEMA, FAILED_SCHEMA, FINDINGS_SCHEMA

from .outputs import TABLES, list_matching

SCHEMAS: dict[str, pa.Schema] = {
    "train": CORPUS_SCHEMA,
    "validation": CORPUS_SCHEMA,
    "excluded": EXCLUDED_SCHEMA,
    "failed": FAILED_SCHEMA,
    "findings": FINDINGS_SCHEMA,
}
SPLITS = ("train", "validation")
PARTS = ".parts"
BATCH_ROWS = 256
ROW_GROUP_BYTES = 16 * 1024 * 1024

ChunkKeys = tuple[str, tuple[str, ...]]  # a recorded chunk and the keys wanted from it
Part = tuple[int, tuple[ChunkKeys, ...]]


def plan_parts(chunks: Iterable[ChunkKeys], rows_per_part: int) -> list[Part]:
    """Slices of at most `rows_per_part` wanted outcomes, in chunk order; a large chunk is split
    over several parts (each reads the chunk and keeps its own keys)."""
    parts: list[Part] = []
    current: list[ChunkKeys] = []
    room = rows_per_part
    for path, keys in chunks:
        rest = tuple(keys)
        while rest:
            take, rest = rest[:room], rest[room:]
            current.append((path, take))
            room -= len(take)
            if room == 0:
                parts.append((len(parts), tuple(current)))
                current, room = [], rows_per_part
    if current:
        parts.append((len(parts), tuple(current)))
    return parts


def part_path(staging: str, output: str, index: int) -> str:
    return FileSystems.join(staging, PARTS, f"{output}-{index:06d}.parquet")


class _Stream:
    """One output file: rows buffered into record batches, a row group written per ROW_GROUP_BYTES."""

    def __init__(self, path: str, schema: pa.Schema) -> None:
        self.path = path
        self.temp = f"{path}.tmp-{uuid.uuid4().hex[:8]}"
        self.schema = schema
        self.rows: list[dict[str, Any]] = []
        self.batches: list[pa.RecordBatch] = []
        self.pending = 0
        self._fh: Any = None
        self._writer: pq.ParquetWriter | None = None

    def add(self, row: dict[str, Any]) -> None:
        self.rows.append(row)
        if len(self.rows) >= BATCH_ROWS:
            self._batch()
            if self.pending >= ROW_GROUP_BYTES:
                self._row_group()

    def _batch(self) -> None:
        if self.rows:
            batch = pa.RecordBatch.from_pylist(self.rows, schema=self.schema)
            self.batches.append(batch)
            self.pending += batch.nbytes
            self.rows = []

    def _row_group(self) -> None:
        if not self.batches:
            return
        if self._writer is None:
            self._fh = FileSystems.create(self.temp)
            self._writer = pq.ParquetWriter(self._fh, self.schema, compression="zstd")
        self._writer.write_table(pa.Table.from_batches(self.batches, schema=self.schema))
        self.batches, self.pending = [], 0

    def close(self) -> None:
        self._batch()
        self._row_group()
        if self._writer is not None:
            self._writer.close()
            self._fh.close()
            if FileSystems.exists(self.path):
                FileSystems.delete([self.path])
            FileSystems.rename([self.temp], [self.path])


def write_part(staging: str, index: int, rows: Iterator[tuple[str, dict[str, Any]]]) -> dict[str, int]:
    """Write one part's (output, row) pairs; an output with no rows gets no file. Row counts back."""
    streams: dict[str, _Stream] = {}
    counts: dict[str, int] = {}
    for output, row in rows:
        name = row["split"] if output == "corpus" else output
        stream = streams.get(name)
        if stream is None:
            stream = streams[name] = _Stream(part_path(staging, name, index), SCHEMAS[name])
        stream.add(row)
        counts[name] = counts.get(name, 0) + 1
    for stream in streams.values():
        stream.close()
    return counts


def _parts_of(staging: str, output: str) -> list[str]:
    return list_matching(FileSystems.join(staging, PARTS, f"{output}-*.parquet"))


def _rows(path: str) -> int:
    with FileSystems.open(path) as fh:
        return int(pq.ParquetFile(fh).metadata.num_rows)


def _concatenate(paths: list[str], target: str, schema: pa.Schema) -> None:
    """One file from several, a row group at a time (an empty file with the schema from none)."""
    temp = f"{target}.tmp-{uuid.uuid4().hex[:8]}"
    with FileSystems.create(temp) as out, pq.ParquetWriter(out, schema, compression="zstd") as writer:
        if not paths:
            writer.write_table(schema.empty_table())
        for path in paths:
            with FileSystems.open(path) as fh:
                source = pq.ParquetFile(fh)
                for i in range(source.num_row_groups):
                    writer.write_table(source.read_row_group(i))
    FileSystems.rename([temp], [target])


def _groups(paths: list[str], rows_per_shard: int) -> list[list[str]]:
    """Consecutive parts gathered into shards of about `rows_per_shard` rows."""
    groups: list[list[str]] = []
    size = rows_per_shard
    for path in paths:
        n = _rows(path)
        if not groups or size + n > rows_per_shard:
            groups.append([])
            size = 0
        groups[-1].append(path)
        size += n
    return groups


def assemble(staging: str, rows_per_shard: int) -> None:
    """Final names for the written parts: corpus/{split}-SSSSS-of-NNNNN.parquet and one file per table."""
    corpus = FileSystems.join(staging, "corpus")
    if not FileSystems.exists(corpus):
        FileSystems.mkdirs(corpus)
    for split in SPLITS:
        groups = _groups(_parts_of(staging, split), rows_per_shard) or [[]]
        for k, group in enumerate(groups):
            target = FileSystems.join(staging, "corpus", f"{split}-{k:05d}-of-{len(groups):05d}.parquet")
            if len(group) == 1:
                FileSystems.rename(group, [target])
            else:
                _concatenate(group, target, SCHEMAS[split])
    for table in TABLES:
        _concatenate(_parts_of(staging, table), FileSystems.join(staging, f"{table}.parquet"), SCHEMAS[table])
    parts = FileSystems.join(staging, PARTS)
    if FileSystems.exists(parts):
        FileSystems.delete([parts])
