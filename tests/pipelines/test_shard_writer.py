"""The publishing's own Parquet writer: parts planned by size, written streaming, named at the end."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from gongmun.pipelines import shard_writer
from gongmun.pipelines.shard_writer import assemble, plan_parts, write_part
from gongmun.schemas.arrow import CORPUS_SCHEMA, FINDINGS_SCHEMA


def value(t: pa.DataType, i: int) -> Any:
    """A value of any Arrow type (the writer does not read meaning into rows)."""
    if pa.types.is_struct(t):
        return {f.name: value(f.type, i) for f in t}
    if pa.types.is_list(t) or pa.types.is_large_list(t):
        return [value(t.value_type, i)]
    if pa.types.is_string(t) or pa.types.is_large_string(t):
        return f"v{i}"
    if pa.types.is_boolean(t):
        return bool(i % 2)
    if pa.types.is_integer(t):
        return i
    if pa.types.is_floating(t):
        return float(i)
    if pa.types.is_binary(t):
        return b"x"
    if pa.types.is_timestamp(t):
        return None
    if pa.types.is_map(t):
        return [(value(t.key_type, i), value(t.item_type, i))]
    raise AssertionError(f"no value for {t}")


def row(schema: pa.Schema, i: int, **fields: Any) -> dict[str, Any]:
    return {**{f.name: value(f.type, i) for f in schema}, **fields}


@pytest.mark.parametrize(
    ("chunks", "size", "expected"),
    [
        ([("a", ("1", "2")), ("b", ("3",))], 10, [(0, (("a", ("1", "2")), ("b", ("3",))))]),
        ([("a", ("1", "2", "3"))], 2, [(0, (("a", ("1", "2")),)), (1, (("a", ("3",)),))]),
        ([("a", ("1",)), ("b", ("2", "3"))], 2, [(0, (("a", ("1",)), ("b", ("2",)))), (1, (("b", ("3",)),))]),
        ([], 5, []),
    ],
)
def test_parts_hold_at_most_the_shard_size(
    chunks: list[tuple[str, tuple[str, ...]]], size: int, expected: list[Any]
) -> None:
    assert plan_parts(chunks, size) == expected


def test_parts_become_named_shards_and_single_tables(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shard_writer, "BATCH_ROWS", 3)  # several batches and row groups per part
    monkeypatch.setattr(shard_writer, "ROW_GROUP_BYTES", 1)
    staging = str(tmp_path)
    n = 0
    for index in range(3):
        pairs: list[tuple[str, dict[str, Any]]] = []
        for _ in range(10):
            split = "validation" if n % 5 == 0 else "train"
            pairs.append(("corpus", row(CORPUS_SCHEMA, n, doc_id=f"d{n}", split=split)))
            pairs.append(("findings", row(FINDINGS_SCHEMA, n, doc_id=f"d{n}")))
            n += 1
        counts = write_part(staging, index, iter(pairs))
        assert counts == {"train": 8, "validation": 2, "findings": 10}
    assemble(staging, rows_per_shard=10)
    names = sorted(p.name for p in (tmp_path / "corpus").iterdir())
    # train parts are renamed as they are; the small validation parts are gathered into one shard
    assert names == [
        "train-00000-of-00003.parquet",
        "train-00001-of-00003.parquet",
        "train-00002-of-00003.parquet",
        "validation-00000-of-00001.parquet",
    ]
    corpus = [r for p in sorted((tmp_path / "corpus").iterdir()) for r in pq.read_table(p).to_pylist()]
    assert sorted(r["doc_id"] for r in corpus) == sorted(f"d{i}" for i in range(30))
    assert pq.ParquetFile(tmp_path / "corpus" / "train-00000-of-00003.parquet").num_row_groups > 1
    assert pq.read_table(tmp_path / "findings.parquet").num_rows == 30
    for table in ("excluded", "failed"):  # no rows: a file with the schema, as readers expect
        assert pq.read_table(tmp_path / f"{table}.parquet").num_rows == 0
    assert not (tmp_path / ".parts").exists()
    assert not list(tmp_path.rglob("*.tmp-*"))


def test_an_empty_publishing_still_writes_every_file(tmp_path: Path) -> None:
    assemble(str(tmp_path), rows_per_shard=100)
    assert sorted(p.name for p in (tmp_path / "corpus").iterdir()) == [
        "train-00000-of-00001.parquet",
        "validation-00000-of-00001.parquet",
    ]
    assert pq.read_table(tmp_path / "corpus" / "train-00000-of-00001.parquet").schema.equals(CORPUS_SCHEMA)
