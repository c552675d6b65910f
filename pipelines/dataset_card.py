"""The dataset card (README.md) written beside every run's corpus: what is in it and how it was made."""

from __future__ import annotations

from typing import Any

from gongmun.schemas.arrow import CORPUS_SCHEMA

_COLUMN_NOTES = {
    "doc_id": "sha256 of the source file's bytes",
    "text": "redacted plain text in reading order (tables as tab-separated rows)",
    "markdown": "redacted Markdown (tables as pipe or HTML tables)",
    "split": "train or validation, fixed by the document hash",
    "document_json": "the redacted structured document (blocks, table cells, metadata) as JSON",
    "prvtext_agreement": "share of Hancom's own preview text our text reproduces (HWP 5/HWPX)",
    "text_source": "body, preview (body unreadable; Hancom preview used) or ocr",
    "reasons": "정보공개법 제9조 / 개인정보 보호법 reason codes",
    "redacted_types": "entity types removed from this document",
    "title": "the 공문's 제목 when it is one, else the file's title metadata",
    "doc_number": "시행 number (처리과명-일련번호) of a 공문, else one found in the text",
    "agency": "행정기관명 at the head of a 공문, else from metadata",
    "sender": "발신명의 of a 공문 (null when not a 공문 or 내부결재)",
    "recipients": "수신 of a 공문 (the 수신자 list when it says 수신자 참조)",
    "enforced_on": "ISO date of the 시행 line",
    "approver_positions": "직위 in the 결재란, 기안자 first; names are never stored",
    "stated_disclosure": "the 공개 구분 entry as printed, e.g. 부분공개(6)",
    "stated_level": "that entry as public, partial or non_public",
    "stated_items": "정보공개법 제9조 제1항 items the entry cites",
}


def _unsafe_warning(unsafe: list[str]) -> list[str]:
    """Protections the run's policy switched off, stated before anything else."""
    if not unsafe:
        return []
    return [
        f"> **WARNING: this run's policy switched protections off: {', '.join(unsafe)}.** Personal or",
        "> classified information of these kinds may remain in the corpus (`unsafe_allow` in the policy).",
        "",
    ]


def dataset_card(manifest: dict[str, Any]) -> str:
    counts = manifest["counts"]
    policy = manifest["policy"]
    lines = [
        "---",
        "language: [ko]",
        "pretty_name: gongmun corpus",
        "configs:",
        "- config_name: default",
        "  data_files:",
        "  - split: train",
        "    path: corpus/train-*.parquet",
        "  - split: validation",
        "    path: corpus/validation-*.parquet",
        "---",
        "",
        "# gongmun corpus",
        "",
        *_unsafe_warning(manifest.get("unsafe") or []),
        f"Run `{manifest['run_id']}`, gongmun {manifest['gongmun_version']}, schema {manifest['schema_version']}, "
        f"finished {manifest['finished_at']}.",
        "",
        "Korean public-sector documents converted to text, with personal information redacted and",
        "documents routed by their sensitivity under 정보공개법, 보안업무규정 and 개인정보 보호법.",
        "",
        "## Counts",
        "",
        "| | documents |",
        "|---|---|",
        f"| inputs | {counts['inputs']} |",
        f"| corpus | {counts['corpus']} ({_kv(counts['corpus_by_split'])}) |",
        f"| excluded by policy | {counts['excluded']} ({_kv(counts['excluded_by_reason'])}) |",
        f"| failed | {counts['failed']} ({_kv(counts['failed_by_error'])}) |",
        f"| redactions | {counts['findings']} ({_kv(counts['findings_by_type'])}) |",
        f"| near-duplicate clusters | {counts.get('near_duplicate_clusters', 0)} (one representative each "
        "stays; `near_dup_cluster` names it on every corpus row) |",
        "",
        f"Every input appears exactly once in corpus, excluded or failed: reconciled = {counts['reconciled']}.",
        "",
        "## Policy",
        "",
        f"`{policy['source']}`, version `{policy['version']}`, sha256 `{policy['sha256']}`.",
        "",
        "## Files",
        "",
        "- `corpus/{train,validation}-NNNNN-of-NNNNN.parquet`: the training text (schema below).",
        "- `excluded.parquet`: documents kept out by policy: provenance and reasons, never text.",
        "- `failed.parquet`: inputs that could not be processed: provenance, stage, error.",
        "- `findings.parquet`: one row per redaction: type, position, recognizer, keyed hash; never the value.",
        "- `manifest.json`: versions, policy hash, counts, sha256 of every file.",
        "",
        "## Corpus schema",
        "",
        "| column | type | meaning |",
        "|---|---|---|",
    ]
    lines += [f"| `{f.name}` | {f.type} | {_COLUMN_NOTES.get(f.name, '')} |" for f in CORPUS_SCHEMA]
    lines += [
        "",
        "## Reading it",
        "",
        "```python",
        "import pyarrow.dataset as ds",
        'table = ds.dataset("corpus", format="parquet").to_table(columns=["doc_id", "text"])',
        "```",
        "",
        "## Provenance and licence",
        "",
        "Each row keeps its source URI, the sha256 of the source bytes, the converter and its version.",
        "The licence of the text is that of the source documents: Korean public works are often released",
        "under 공공누리 (KOGL) types 1–4, which differ on commercial use and derivatives. Check each",
        "source's terms before redistribution; this card does not grant any licence.",
        "",
    ]
    return "\n".join(lines)


def _kv(d: dict[str, Any]) -> str:
    return ", ".join(f"{k}: {v}" for k, v in sorted(d.items())) or "none"
