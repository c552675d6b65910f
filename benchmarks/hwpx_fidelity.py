"""Corpus-wide HWPX fidelity: conversion success rate and Preview/PrvText.txt agreement.

Run: .venv/bin/python benchmarks/hwpx_fidelity.py [DIR ...] [--worst N] [--kordoc [DIR]]
Defaults to ../shared/corpus/hwpx. Prints one line per failure and per low-agreement file (names
only, never text), then the summary the acceptance criteria ask for (prvtext_mean), and for
transparency the same measure against the full text including equations and notes (fulltext_mean).
With --kordoc the same measure on kordoc's text, over the same files (benchmarks/kordoc_peer.py).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import zipfile
from pathlib import Path

from gongmun.converters import ConversionError, convert_bytes
from gongmun.converters.hwpx import decode_preview
from gongmun.converters.quality import prefix_agreement

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "hwpx"


def _full_text_agreement(path: Path, text: str) -> float:
    """The same measure against all of our text, equations and notes included (the converter's own
    signal leaves out the block kinds Hancom's preview never contains)."""
    with zipfile.ZipFile(path) as zf:
        preview = decode_preview(zf.read("Preview/PrvText.txt"))
    return prefix_agreement(preview[:16384], text)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="*", type=Path, default=[DEFAULT])
    ap.add_argument("--worst", type=int, default=10, help="list the N lowest-agreement files")
    ap.add_argument("--kordoc", nargs="?", const="", default=None, help="also measure kordoc (its folder)")
    args = ap.parse_args(argv)
    files = sorted(p for d in args.dirs for p in d.glob("*.hwpx"))
    if not files:
        print("no .hwpx files found", file=sys.stderr)
        return 2
    ok, failures, scores, no_preview = 0, [], [], 0
    full: list[float] = []
    started = time.monotonic()
    for path in files:
        try:
            doc = convert_bytes(path.read_bytes(), str(path))
        except ConversionError as exc:
            failures.append((path.name, exc.code, exc.message))
            continue
        ok += 1
        agreement = doc.quality.get("prvtext_agreement")
        if isinstance(agreement, float):
            scores.append((agreement, path.name))
            full.append(_full_text_agreement(path, doc.to_text()))
        else:
            no_preview += 1
    elapsed = time.monotonic() - started
    for name, code, message in failures:
        print(f"FAIL {code:12s} {name}: {message}")
    for score, name in sorted(scores)[: args.worst]:
        print(f"LOW  {score:.4f} {name}")
    mean = statistics.fmean(s for s, _ in scores) if scores else float("nan")
    print(
        f"files={len(files)} converted={ok} ({ok / len(files):.1%}) failed={len(failures)} "
        f"with_preview={len(scores)} no_preview={no_preview} prvtext_mean={mean:.4f} "
        f"prvtext_median={statistics.median(s for s, _ in scores) if scores else float('nan'):.4f} "
        f"fulltext_mean={statistics.fmean(full) if full else float('nan'):.4f} seconds={elapsed:.1f}"
    )
    if args.kordoc is not None:
        _kordoc(files, args.kordoc or None)
    return 0


def _kordoc(files: list[Path], explicit: str | None) -> None:
    """kordoc beside us on the same previews: each tool's whole text output against Hancom's preview,
    on the files whose preview holds text."""
    from kordoc_peer import find_kordoc, parse_all, plain_text

    root = find_kordoc(explicit)
    if root is None:
        print("kordoc not installed: left out")
        return
    previews: dict[Path, str] = {}
    for path in files:
        try:
            with zipfile.ZipFile(path) as zf:
                preview = decode_preview(zf.read("Preview/PrvText.txt"))
        except (KeyError, zipfile.BadZipFile, OSError):
            continue
        if preview.strip():
            previews[path] = preview[:16384]
    parsed = parse_all(root, list(previews))
    ours, theirs = [], []
    for path, preview in previews.items():
        try:
            text = convert_bytes(path.read_bytes(), str(path)).to_text()
        except ConversionError:
            text = ""
        ours.append(prefix_agreement(preview, text))
        theirs.append(prefix_agreement(preview, plain_text(parsed[path].markdown)) if path in parsed else 0.0)
    for name, values in (("gongmun", ours), ("kordoc", theirs)):
        share = sum(v >= 0.95 for v in values) / len(values) if values else float("nan")
        mean = statistics.fmean(values) if values else float("nan")
        print(f"{name} (whole text, same {len(values)} files): mean={mean:.4f} share_ge_0.95={share:.1%}")


if __name__ == "__main__":
    raise SystemExit(main())
