"""The compliance report (report.html): what was removed, what was kept out, what failed, and why.

Built only from a run's own outputs (manifest and the Parquet tables), so `gongmun report DIR` can
rebuild it at any time. Like every output it shows no raw personal value: findings are counted by
type and position, excluded documents show masked evidence only.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from html import escape
from typing import Any

from apache_beam.io.filesystems import FileSystems

from .outputs import output_files, read_columns

_STYLE = """
body{font-family:system-ui,'Noto Sans KR','Nanum Gothic',sans-serif;margin:2rem;max-width:72rem;color:#222}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ccc}
table{border-collapse:collapse;margin:.5rem 0;font-size:.9rem}td,th{border:1px solid #ccc;padding:.25rem .5rem;
text-align:left;vertical-align:top}th{background:#f3f3f3}.ok{color:#176b2c}.bad{color:#a11}.muted{color:#666}
"""


def _table(headers: list[str], rows: list[list[Any]]) -> str:
    if not rows:
        return '<p class="muted">none</p>'
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def _rows(files: list[str], columns: list[str]) -> list[dict[str, Any]]:
    return [r for path in files for r in read_columns(path, columns)]


def build_report(out: str, manifest: dict[str, Any]) -> str:
    files = output_files(out)
    corpus = _rows(files["corpus"], ["uri", "doc_id", "format", "disclosure", "marking", "redaction_count"])
    excluded = _rows(
        files["excluded"], ["uri", "format", "reason", "marking", "disclosure", "reasons", "evidence"]
    )
    failed = _rows(files["failed"], ["uri", "format", "stage", "error", "message"])
    findings = _rows(
        files["findings"], ["doc_id", "entity_type", "recognizer", "operator", "routed_to", "score"]
    )
    c = manifest["counts"]
    by_type: dict[str, Counter[str]] = defaultdict(Counter)
    for f in findings:
        by_type[f["entity_type"]][f["recognizer"]] += 1
    ops = Counter((f["entity_type"], f["operator"]) for f in findings)
    reconciled = '<span class="ok">yes</span>' if c["reconciled"] else '<span class="bad">NO</span>'
    parts = [
        "<!doctype html><html lang='ko'><head><meta charset='utf-8'><title>gongmun compliance report</title>",
        f"<style>{_STYLE}</style></head><body>",
        f"<h1>gongmun compliance report — run {escape(manifest['run_id'])}</h1>",
        f"<p>gongmun {escape(manifest['gongmun_version'])}, finished {escape(manifest['finished_at'])}, "
        f"runner {escape(manifest['runner'])}. Policy <code>{escape(manifest['policy']['source'])}</code> "
        f"version {escape(manifest['policy']['version'])}, sha256 <code>{escape(manifest['policy']['sha256'])}</code>.</p>",
        *(
            [
                f"<p><strong>WARNING: protections switched off by policy: {escape(', '.join(unsafe))}</strong></p>"
            ]
            if (unsafe := manifest.get("unsafe") or [])
            else []
        ),
        "<h2>Accounting</h2>",
        _table(
            ["inputs", "corpus", "excluded", "failed", "reconciled"],
            [[c["inputs"], c["corpus"], c["excluded"], c["failed"], "yes" if c["reconciled"] else "NO"]],
        ),
        f"<p>Every input must appear exactly once in corpus, excluded or failed: {reconciled}.</p>",
        "<h2>Redactions by type</h2>",
        _table(
            ["entity type", "count", "recognizers"],
            [
                [t, sum(cnt.values()), ", ".join(f"{k} ({v})" for k, v in cnt.most_common())]
                for t, cnt in sorted(by_type.items())
            ],
        ),
        _table(["entity type", "operator", "count"], [[t, o, n] for (t, o), n in sorted(ops.items())]),
        "<p class='muted'>Values are never stored; findings.parquet holds positions and a keyed hash.</p>",
        "<h2>Documents in the corpus</h2>",
        _table(
            ["source", "format", "disclosure", "marking", "redactions"],
            [
                [r["uri"], r["format"], r["disclosure"], r["marking"], r["redaction_count"]]
                for r in sorted(corpus, key=lambda r: r["uri"])
            ],
        ),
        "<h2>Excluded by policy</h2>",
        _table(
            ["source", "reason", "marking", "disclosure", "legal reasons", "evidence (masked)"],
            [
                [
                    r["uri"],
                    r["reason"],
                    r["marking"] or "",
                    r["disclosure"] or "",
                    ", ".join(r["reasons"] or []),
                    " | ".join(r["evidence"] or []),
                ]
                for r in sorted(excluded, key=lambda r: r["uri"])
            ],
        ),
        "<h2>Failed inputs</h2>",
        _table(
            ["source", "format", "stage", "error", "reason"],
            [
                [r["uri"], r["format"], r["stage"], r["error"], r["message"]]
                for r in sorted(failed, key=lambda r: r["uri"])
            ],
        ),
        "</body></html>",
    ]
    return "\n".join(parts)


def write_report(out: str, manifest: dict[str, Any]) -> str:
    from .outputs import write_bytes

    path = FileSystems.join(out, "report.html")
    write_bytes(path, build_report(out, manifest).encode("utf-8"))
    return path
