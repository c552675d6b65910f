"""HWP 5 fidelity on a folder of real files: how much of Hancom's own PrvText preview our text
reproduces (issue 3, acceptance 1), and which files end as which Failure.

    .venv/bin/python benchmarks/hwp5_fidelity.py [DIR] [--limit N] [--worst K] [--json OUT]

DIR defaults to ../shared/corpus/nts. Prints the failure codes, the agreement mean, the share of
files at >= 0.95 and the worst files (by name only: the texts contain personal data).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

from gongmun.converters import ConversionError, convert_bytes

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "nts"


def measure(paths: list[Path]) -> dict[str, object]:
    scores: dict[str, float] = {}
    failures: Counter[str] = Counter()
    failed_files: dict[str, str] = {}
    sources: Counter[str] = Counter()
    started = time.perf_counter()
    for path in paths:
        try:
            doc = convert_bytes(path.read_bytes(), str(path))
        except ConversionError as exc:
            failures[exc.code] += 1
            failed_files[path.name] = exc.code
            continue
        sources[str(doc.source.format) + ":" + str(doc.quality.get("text_source"))] += 1
        score = doc.quality.get("prvtext_agreement")
        if isinstance(score, float):
            scores[path.name] = score
    values = list(scores.values())
    return {
        "files": len(paths),
        "seconds": round(time.perf_counter() - started, 2),
        "failures": dict(failures),
        "failed_files": failed_files,
        "sources": dict(sources),
        "with_preview": len(values),
        "agreement_mean": round(statistics.fmean(values), 5) if values else None,
        "share_ge_095": round(sum(v >= 0.95 for v in values) / len(values), 5) if values else None,
        "scores": scores,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--worst", type=int, default=10)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    paths = sorted(p for p in args.dir.iterdir() if p.is_file())
    if args.limit:
        paths = paths[: args.limit]
    result = measure(paths)
    scores: dict[str, float] = result.pop("scores")  # type: ignore[assignment]
    failed = result.pop("failed_files")
    print(json.dumps(result, ensure_ascii=False, indent=1))
    print("failed:", json.dumps(failed, ensure_ascii=False))
    for name, score in sorted(scores.items(), key=lambda kv: kv[1])[: args.worst]:
        print(f"  {score:.4f}  {name}")
    if args.json:
        args.json.write_text(
            json.dumps({**result, "failed_files": failed, "scores": scores}, ensure_ascii=False)
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
