"""Turning documents, routes, findings and failures into the rows of the run's Parquet files.

Rows are plain dicts matching schemas/arrow.py, so Beam can move them between workers cheaply.
Excluded and failed rows never carry text.
"""

from __future__ import annotations

from typing import Any

from gongmun.schemas import Document, Failure, Finding, Sensitivity
from gongmun.schemas.arrow import PROVENANCE_FIELDS


def provenance_columns(doc: Document) -> dict[str, Any]:
    src = doc.source
    return {
        "doc_id": doc.doc_id,
        "uri": src.uri,
        "sha256": src.sha256,
        "bytes": src.bytes,
        "format": src.format,
        "format_version": src.format_version,
        "flags": list(src.flags),
        "converter": src.converter,
        "converter_version": src.converter_version,
    }


PROVENANCE_NAMES = tuple(f.name for f in PROVENANCE_FIELDS)


def split_of(doc_id: str, validation_fraction: float) -> str:
    """Split by document hash, so a document lands in the same split in every run."""
    return "validation" if int(doc_id[:8], 16) / 0x1_0000_0000 < validation_fraction else "train"


def _float(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) else None


def corpus_row(doc: Document, sens: Sensitivity, findings: list[Finding], split: str) -> dict[str, Any]:
    """`doc` is the redacted document: its text is what the ML team trains on."""
    q = doc.quality
    meta = doc.metadata
    return {
        **provenance_columns(doc),
        "split": split,
        "near_dup_cluster": doc.doc_id,  # the run sets it once clusters are known
        "text": doc.to_text(),
        "markdown": doc.to_markdown(),
        **_descriptive_columns(doc),
        "created": meta.created,
        "modified": meta.modified,
        "language": meta.language,
        "page_count": meta.page_count,
        "n_blocks": len(doc.blocks),
        "n_tables": sum(1 for b in doc.blocks if b.kind == "table"),
        "n_chars": len(doc.to_text()),
        "text_source": str(q.get("text_source") or "body"),
        "hangul_ratio": _float(q.get("hangul_ratio")),
        "garbled_ratio": _float(q.get("garbled_ratio")),
        "ocr_pages": int(_float(q.get("ocr_pages")) or 0),
        "prvtext_agreement": _float(q.get("prvtext_agreement")),
        "disclosure": sens.disclosure,
        "marking": sens.marking,
        "reasons": list(sens.reasons),
        "redaction_count": len(findings),
        "redacted_types": sorted({f.entity_type for f in findings}),
        "warnings": list(doc.warnings),
        "document_json": doc.to_json(),
    }


def _descriptive_columns(doc: Document) -> dict[str, Any]:
    """Title, number and agency from the 공문's own parts when it has them (a template's metadata title
    such as '문 내용' says nothing), else from the file's metadata; the other 공문 parts beside them."""
    meta, parts = doc.metadata, doc.official
    if parts is None:
        return {
            "title": meta.title,
            "doc_number": meta.doc_number,
            "agency": meta.agency,
            "sender": None,
            "recipients": None,
            "enforced_on": None,
            "approver_positions": None,
            "stated_disclosure": None,
            "stated_level": None,
            "stated_items": None,
        }
    return {
        "title": parts.title or meta.title,
        "doc_number": parts.doc_number or meta.doc_number,
        "agency": parts.agency or meta.agency,
        "sender": parts.sender or None,
        "recipients": list(parts.recipients),
        "enforced_on": parts.enforced_on or None,
        "approver_positions": parts.positions,
        "stated_disclosure": parts.disclosure or None,
        "stated_level": parts.disclosure_level or None,
        "stated_items": list(parts.disclosure_items),
    }


def excluded_row(
    doc: Document, sens: Sensitivity | None, reason: str, duplicate_of: str = ""
) -> dict[str, Any]:
    return {
        **provenance_columns(doc),
        "reason": reason,
        "disclosure": sens.disclosure if sens else None,
        "marking": sens.marking if sens else None,
        "reasons": list(sens.reasons) if sens else [],
        "evidence": [f"{e.label} ({e.source}, block {e.block}): {e.snippet}" for e in sens.evidence]
        if sens
        else [],
        "duplicate_of": duplicate_of or None,
    }


def failed_row(failure: Failure) -> dict[str, Any]:
    return {
        "uri": failure.uri,
        "sha256": failure.sha256,
        "bytes": failure.bytes,
        "format": failure.format,
        "stage": failure.stage,
        "error": failure.error,
        "message": failure.message,
        "exception": failure.exception or None,
    }


def duplicate_row(
    kept_row: dict[str, Any], duplicate: dict[str, Any], reason: str = "duplicate"
) -> dict[str, Any]:
    """A duplicate's corpus row (exact, or `near_duplicate`) as an excluded row pointing at the copy
    that was kept."""
    return {
        **{name: duplicate[name] for name in PROVENANCE_NAMES},
        "reason": reason,
        "disclosure": duplicate["disclosure"],
        "marking": duplicate["marking"],
        "reasons": duplicate["reasons"],
        "evidence": [],
        "duplicate_of": kept_row["doc_id"],
    }


def finding_rows(doc: Document, findings: list[Finding], routed_to: str) -> list[dict[str, Any]]:
    return [
        {
            "doc_id": doc.doc_id,
            "uri": doc.source.uri,
            "entity_type": f.entity_type,
            "block": f.block,
            "cell": f.cell,
            "start": f.start,
            "end": f.end,
            "score": f.score,
            "recognizer": f.recognizer,
            "operator": f.operator,
            "value_hash": f.value_hash,
            "routed_to": routed_to,
        }
        for f in findings
    ]
