"""pyarrow schemas of every Parquet file a run writes.

One place defines the columns so writers, readers, tests and the dataset card cannot drift apart.
Personal data never has a column here: excluded and failed rows carry provenance and reasons only,
findings carry offsets and a keyed hash.
"""

from __future__ import annotations

import pyarrow as pa

from .document import SCHEMA_VERSION

_STR_LIST = pa.list_(pa.string())

PROVENANCE_FIELDS: list[pa.Field] = [
    pa.field("doc_id", pa.string(), nullable=False),
    pa.field("uri", pa.string(), nullable=False),
    pa.field("sha256", pa.string(), nullable=False),
    pa.field("bytes", pa.int64(), nullable=False),
    pa.field("format", pa.string()),
    pa.field("format_version", pa.string()),
    pa.field("flags", _STR_LIST),
    pa.field("converter", pa.string()),
    pa.field("converter_version", pa.string()),
]

CORPUS_SCHEMA: pa.Schema = pa.schema(
    [
        *PROVENANCE_FIELDS,
        pa.field("split", pa.string(), nullable=False),
        # doc_id of the representative of the document's near-duplicate cluster (its own when alone)
        pa.field("near_dup_cluster", pa.string()),
        pa.field("text", pa.string(), nullable=False),
        pa.field("markdown", pa.string(), nullable=False),
        pa.field("title", pa.string()),
        pa.field("doc_number", pa.string()),
        pa.field("agency", pa.string()),
        # the parts of a 공문 (schemas/official.py); null when the document is not one
        pa.field("sender", pa.string()),
        pa.field("recipients", _STR_LIST),
        pa.field("enforced_on", pa.string()),
        pa.field("approver_positions", _STR_LIST),
        pa.field("stated_disclosure", pa.string()),
        pa.field("stated_level", pa.string()),
        pa.field("stated_items", pa.list_(pa.int32())),
        pa.field("created", pa.string()),
        pa.field("modified", pa.string()),
        pa.field("language", pa.string()),
        pa.field("page_count", pa.int32()),
        pa.field("n_blocks", pa.int32()),
        pa.field("n_tables", pa.int32()),
        pa.field("n_chars", pa.int64()),
        pa.field("text_source", pa.string()),
        pa.field("hangul_ratio", pa.float32()),
        pa.field("garbled_ratio", pa.float32()),
        pa.field("ocr_pages", pa.int32()),
        pa.field("prvtext_agreement", pa.float32()),
        pa.field("disclosure", pa.string()),
        pa.field("marking", pa.string()),
        pa.field("reasons", _STR_LIST),
        pa.field("redaction_count", pa.int32()),
        pa.field("redacted_types", _STR_LIST),
        pa.field("warnings", _STR_LIST),
        pa.field("document_json", pa.string()),
    ],
    metadata={"gongmun.schema_version": SCHEMA_VERSION, "gongmun.table": "corpus"},
)

EXCLUDED_SCHEMA: pa.Schema = pa.schema(
    [
        *PROVENANCE_FIELDS,
        pa.field("reason", pa.string(), nullable=False),
        pa.field("disclosure", pa.string()),
        pa.field("marking", pa.string()),
        pa.field("reasons", _STR_LIST),
        pa.field("evidence", _STR_LIST),
        pa.field("duplicate_of", pa.string()),
    ],
    metadata={"gongmun.schema_version": SCHEMA_VERSION, "gongmun.table": "excluded"},
)

FAILED_SCHEMA: pa.Schema = pa.schema(
    [
        pa.field("uri", pa.string(), nullable=False),
        pa.field("sha256", pa.string(), nullable=False),
        pa.field("bytes", pa.int64()),
        pa.field("format", pa.string()),
        pa.field("stage", pa.string(), nullable=False),
        pa.field("error", pa.string(), nullable=False),
        pa.field("message", pa.string(), nullable=False),
        pa.field("exception", pa.string()),
    ],
    metadata={"gongmun.schema_version": SCHEMA_VERSION, "gongmun.table": "failed"},
)

FINDINGS_SCHEMA: pa.Schema = pa.schema(
    [
        pa.field("doc_id", pa.string(), nullable=False),
        pa.field("uri", pa.string(), nullable=False),
        pa.field("entity_type", pa.string(), nullable=False),
        pa.field("block", pa.int32(), nullable=False),
        pa.field("cell", pa.int32()),
        pa.field("start", pa.int32(), nullable=False),
        pa.field("end", pa.int32(), nullable=False),
        pa.field("score", pa.float32()),
        pa.field("recognizer", pa.string()),
        pa.field("operator", pa.string()),
        pa.field("value_hash", pa.string()),
        pa.field("routed_to", pa.string()),
    ],
    metadata={"gongmun.schema_version": SCHEMA_VERSION, "gongmun.table": "findings"},
)

SCHEMAS: dict[str, pa.Schema] = {
    "corpus": CORPUS_SCHEMA,
    "excluded": EXCLUDED_SCHEMA,
    "failed": FAILED_SCHEMA,
    "findings": FINDINGS_SCHEMA,
}
