"""Corpus-wide PDF fidelity: Hangul yield of text-layer PDFs, Korean yield of OCR'd PDFs, agreement
with Hancom-saved HWPX/HWP twins of the same document, bad-file outcomes, pages/s and peak RSS.

Run: .venv/bin/python benchmarks/pdf_fidelity.py [--skip-ocr] [--only SUBSTR] [--seconds S]
Uses ../shared/corpus, or $GONGMUN_SHARED/corpus as the tests do (catalog.csv decides each file's category: `korean_text`, `hangul_not_extractable`,
`image_only`). Prints one line per file (names and numbers only, never document text), then the
summary the acceptance criteria of issue 4 ask for.

Twin agreement: `chars` is the F1 of the two texts' character multisets ignoring whitespace (content);
`words` is the F1 of their whitespace-separated token multisets (a wrong split or glue of a Korean word
costs tokens, so it measures line joining).
"""

from __future__ import annotations

import argparse
import csv
import os
import resource
import sys
import time
from collections import Counter
from pathlib import Path

from gongmun.converters import ConversionError, Limits, convert_bytes
from gongmun.converters.quality import hangul_ratio

CORPUS = Path(os.environ.get("GONGMUN_SHARED", Path(__file__).resolve().parents[2] / "shared")) / "corpus"


def bag_f1(a: Counter[str], b: Counter[str]) -> float:
    common = sum((a & b).values())
    if not common:
        return 0.0
    p, r = common / sum(b.values()), common / sum(a.values())
    return 2 * p * r / (p + r)


def agreement(reference: str, text: str) -> tuple[float, float]:
    chars = bag_f1(
        Counter(c for c in reference if not c.isspace()), Counter(c for c in text if not c.isspace())
    )
    words = bag_f1(Counter(reference.split()), Counter(text.split()))
    return chars, words


def load_catalog() -> list[dict[str, str]]:
    with (CORPUS / "catalog.csv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def category(row: dict[str, str]) -> str:
    features = row["features"].split()
    korean_repo = "rhwp" in row["source_repo"].lower()
    if "hangul_not_extractable" in features or ("image_only" in features and korean_repo):
        return "korean_ocr"
    if "korean_text" in features:
        return "korean_text"
    if row["local_path"].startswith("bad/"):
        return "bad"
    return "other"


def twin_text(row: dict[str, str], rows: list[dict[str, str]], cache: dict[str, str | None]) -> str | None:
    """Text of a Hancom-saved HWPX (else HWP 5) version of the same document, when one converts."""
    stem = Path(row["local_path"]).stem
    for fmt in ("hwpx", "hwp5"):
        candidates = [
            o
            for o in rows
            if o["group"] == row["group"] and o["format"] == fmt and not o["local_path"].startswith("bad/")
        ]
        # A group can hold several documents of one series (monthly statistics): prefer the same name.
        candidates.sort(key=lambda o: not stem.startswith(Path(o["local_path"]).stem.split("-hwp")[0]))
        for other in candidates:
            path = other["local_path"]
            if path not in cache:
                try:
                    cache[path] = convert_bytes((CORPUS / path).read_bytes(), path).to_text()
                except Exception:  # a twin converter still in progress must not stop the benchmark
                    cache[path] = None
            if cache[path]:
                return cache[path]
    return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--skip-ocr", action="store_true", help="leave out the OCR category (slow)")
    ap.add_argument("--category", default="", help="only this category (korean_text, korean_ocr, bad, other)")
    ap.add_argument("--only", default="", help="only files whose path contains this")
    ap.add_argument("--seconds", type=float, default=Limits().seconds, help="per-document time budget")
    args = ap.parse_args(argv)
    if not (CORPUS / "catalog.csv").exists():
        print(f"corpus not found: {CORPUS}", file=sys.stderr)
        return 2
    rows = load_catalog()
    pdfs = [r for r in rows if r["local_path"].lower().endswith(".pdf") and args.only in r["local_path"]]
    if args.category:
        pdfs = [r for r in pdfs if category(r) == args.category]
    if args.skip_ocr:
        pdfs = [r for r in pdfs if category(r) != "korean_ocr"]
    limits = Limits(seconds=args.seconds)
    results: dict[str, list[dict[str, object]]] = {}
    twins: dict[str, str | None] = {}
    seconds = {"text": 0.0, "ocr": 0.0}
    pages = {"text": 0, "ocr": 0}
    for row in pdfs:
        cat = category(row)
        rec: dict[str, object] = {"name": row["local_path"]}
        started = time.monotonic()
        try:
            doc = convert_bytes((CORPUS / row["local_path"]).read_bytes(), row["local_path"], limits)
        except ConversionError as exc:
            rec.update(status=f"error:{exc.code}", secs=time.monotonic() - started)
            results.setdefault(cat, []).append(rec)
            print(f"{cat:12s} {rec['status']:22s} {rec['secs']:6.1f}s {row['local_path']}")
            continue
        secs = time.monotonic() - started
        text = doc.to_text()
        ocr_pages = int(doc.quality.get("ocr_pages") or 0)
        path_kind = "ocr" if ocr_pages else "text"
        seconds[path_kind] += secs
        pages[path_kind] += max(ocr_pages, doc.metadata.page_count or 0) if path_kind == "text" else ocr_pages
        rec.update(
            status="ok" if not doc.warnings else "ok+warning",
            secs=secs,
            hangul=hangul_ratio(text),
            ocr_pages=ocr_pages,
            flags=",".join(doc.source.flags),
            blocks=len(doc.blocks),
        )
        reference = twin_text(row, rows, twins) if cat in ("korean_text", "korean_ocr") else None
        if reference:
            rec["chars"], rec["words"] = agreement(reference, text)
        results.setdefault(cat, []).append(rec)
        twin = f" chars={rec['chars']:.3f} words={rec['words']:.3f}" if reference else ""
        print(
            f"{cat:12s} {rec['status']:22s} {secs:6.1f}s pages={doc.metadata.page_count} "
            f"hangul={rec['hangul']:.2f} ocr_pages={ocr_pages} flags={rec['flags']}{twin} {row['local_path']}"
        )
    summarize(results, seconds, pages)
    return 0


def summarize(
    results: dict[str, list[dict[str, object]]], seconds: dict[str, float], pages: dict[str, int]
) -> None:
    def share(cat: str, ok: object) -> str:
        recs = results.get(cat, [])
        good = sum(1 for r in recs if ok(r))  # type: ignore[operator]
        return f"{good}/{len(recs)} ({good / len(recs):.1%})" if recs else "n/a"

    def hangul_over(r: dict[str, object], limit: float) -> bool:
        return float(r.get("hangul", 0.0)) > limit  # type: ignore[arg-type]

    print("--- summary")
    print(
        "korean text-layer PDFs with hangul_ratio > 0.3:", share("korean_text", lambda r: hangul_over(r, 0.3))
    )
    print(
        "korean OCR PDFs yielding Korean (hangul_ratio > 0.3):",
        share("korean_ocr", lambda r: hangul_over(r, 0.3)),
    )
    print(
        "bad PDFs ending as ConversionError or text with a warning:",
        share("bad", lambda r: str(r["status"]).startswith("error") or r["status"] == "ok+warning"),
    )
    for cat in ("korean_text", "korean_ocr"):
        twin = [r for r in results.get(cat, []) if "chars" in r]
        if twin:
            chars = sum(float(r["chars"]) for r in twin) / len(twin)  # type: ignore[arg-type]
            words = sum(float(r["words"]) for r in twin) / len(twin)  # type: ignore[arg-type]
            print(f"{cat} twin agreement over {len(twin)} files: chars_f1={chars:.3f} words_f1={words:.3f}")
    for kind in ("text", "ocr"):
        if pages[kind]:
            print(
                f"{kind} path: {pages[kind]} pages in {seconds[kind]:.1f}s = {pages[kind] / seconds[kind]:.2f} pages/s"
            )
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    raise SystemExit(main())
