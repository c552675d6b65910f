"""HWP 5 fidelity on a folder of real files: how much of Hancom's own PrvText preview our text
reproduces (issue 3, acceptance 1), and which files end as which Failure.

    .venv/bin/python benchmarks/hwp5_fidelity.py [DIR] [--limit N] [--worst K] [--json OUT] [--unhwp]
                                                 [--kordoc [DIR]]

DIR defaults to ../shared/corpus/nts. Prints the failure codes, the agreement mean, the share of
files at >= 0.95 and the worst files (by name only: the texts contain personal data). With
--unhwp (when that peer is installed) the same measure is taken on unhwp's plain text, with --kordoc
on kordoc's (its Markdown's tags, table bars and heading marks removed; benchmarks/kordoc_peer.py).
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


def measure_unhwp(paths: list[Path]) -> dict[str, object]:
    """The same agreement measure on unhwp's plain text, for the files that have a PrvText."""
    import unhwp  # type: ignore[import-not-found]

    from gongmun.converters.hwp5.cfb import CompoundFile
    from gongmun.converters.quality import prefix_agreement

    values: list[float] = []
    for path in paths:
        data = path.read_bytes()
        try:
            cf = CompoundFile(data)
            if not cf.exists("PrvText") or not cf.exists("FileHeader"):
                continue
            preview = cf.read("PrvText").decode("utf-16-le", "replace").split("\x00", 1)[0]
            text = unhwp.parse_bytes(data).plain_text
        except Exception:
            continue
        values.append(prefix_agreement(preview, text))
    return {
        "unhwp_with_preview": len(values),
        "unhwp_agreement_mean": round(statistics.fmean(values), 5) if values else None,
        "unhwp_share_ge_095": round(sum(v >= 0.95 for v in values) / len(values), 5) if values else None,
    }


def _previews(paths: list[Path]) -> dict[Path, str]:
    """Hancom's PrvText of every file that has one."""
    from gongmun.converters.hwp5.cfb import CompoundFile

    out: dict[Path, str] = {}
    for path in paths:
        try:
            cf = CompoundFile(path.read_bytes())
            if cf.exists("PrvText") and cf.exists("FileHeader"):
                out[path] = cf.read("PrvText").decode("utf-16-le", "replace").split("\x00", 1)[0]
        except Exception:
            continue
    return out


def measure_kordoc(paths: list[Path], root: Path) -> dict[str, object]:
    """The same agreement measure on kordoc's text, for the files that have a PrvText."""
    from kordoc_peer import parse_all, plain_text

    from gongmun.converters.quality import prefix_agreement

    previews = _previews(paths)
    parsed = parse_all(root, list(previews))
    values = [prefix_agreement(previews[p], plain_text(parsed[p].markdown)) for p in previews if p in parsed]
    return {
        "kordoc_with_preview": len(values),
        "kordoc_agreement_mean": round(statistics.fmean(values), 5) if values else None,
        "kordoc_share_ge_095": round(sum(v >= 0.95 for v in values) / len(values), 5) if values else None,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--worst", type=int, default=10)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--unhwp", action="store_true", help="also measure the unhwp peer")
    ap.add_argument("--kordoc", nargs="?", const="", default=None, help="also measure kordoc (its folder)")
    args = ap.parse_args(argv)
    paths = sorted(p for p in args.dir.iterdir() if p.is_file())
    if args.limit:
        paths = paths[: args.limit]
    result = measure(paths)
    if args.unhwp:
        result.update(measure_unhwp(paths))
    if args.kordoc is not None:
        from kordoc_peer import find_kordoc

        root = find_kordoc(args.kordoc or None)
        if root is None:
            print("kordoc not installed: left out", file=sys.stderr)
        else:
            result.update(measure_kordoc(paths, root))
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
