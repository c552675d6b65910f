"""HWP 3 fidelity: each HWP 3 file's text against its Hancom-saved twin (same catalog `group`).

The twin is the HWPX conversion when there is one (read with our HWPX converter), else the HWP 5
conversion (our HWP 5 converter when it is installed, else pyhwp's text extractor as an oracle).
Similarity is difflib's ratio 2*M/(len(a)+len(b)) on whitespace-free text, where the matches M come
from a two-level alignment (lines first, then characters inside unmatched line runs): plain
character-level SequenceMatcher is quadratic on the million-character documents here.

Run: .venv/bin/python benchmarks/hwp3_fidelity.py [--corpus DIR]
"""

from __future__ import annotations

import argparse
import csv
import re
import subprocess
import sys
from difflib import SequenceMatcher
from pathlib import Path

from gongmun.converters import ConversionError, convert_bytes

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus"
_WS = re.compile(r"\s+")


def similarity(a: str, b: str) -> float:
    """Whitespace-insensitive similarity of two texts (difflib ratio, two-level alignment)."""
    la = [_WS.sub("", line) for line in a.splitlines()]
    lb = [_WS.sub("", line) for line in b.splitlines()]
    la, lb = [x for x in la if x], [x for x in lb if x]
    total = sum(map(len, la)) + sum(map(len, lb))
    if total == 0:
        return 1.0
    matched = 0
    for op, i1, i2, j1, j2 in SequenceMatcher(None, la, lb, autojunk=False).get_opcodes():
        if op == "equal":
            matched += sum(len(x) for x in la[i1:i2])
        elif op == "replace":
            sa, sb = "".join(la[i1:i2]), "".join(lb[j1:j2])
            if len(sa) * len(sb) <= 4_000_000:
                matched += sum(
                    m.size for m in SequenceMatcher(None, sa, sb, autojunk=False).get_matching_blocks()
                )
            else:  # a huge unaligned run: fall back to the bounded junk heuristic
                matched += sum(m.size for m in SequenceMatcher(None, sa, sb).get_matching_blocks())
    return 2 * matched / total


def twin_text(path: Path) -> str:
    data = path.read_bytes()
    try:
        return convert_bytes(data, str(path)).to_text()
    except (ConversionError, ImportError, AttributeError, KeyError):
        if path.suffix.lower() != ".hwp":
            raise
    # HWP 5 twin without our HWP 5 converter: pyhwp is the test oracle.
    exe = Path(sys.executable).with_name("hwp5txt")
    return subprocess.run(
        [str(exe), str(path)], capture_output=True, text=True, check=True, timeout=300
    ).stdout


def pairs(corpus: Path) -> list[tuple[Path, Path | None]]:
    rows = list(csv.DictReader((corpus / "catalog.csv").open(encoding="utf-8")))
    out = []
    for row in rows:
        if row["format"] != "hwp3" or not row["local_path"].startswith("hwp3/"):
            continue
        group = [r for r in rows if r["group"] == row["group"] and r is not row]
        twin = next((r for r in group if r["format"] == "hwpx"), None) or next(
            (r for r in group if r["format"] == "hwp5"), None
        )
        out.append((corpus / row["local_path"], corpus / twin["local_path"] if twin else None))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    args = ap.parse_args(argv)
    scores = []
    for hwp3, twin in pairs(args.corpus):
        doc = convert_bytes(hwp3.read_bytes(), str(hwp3))
        if twin is None:
            print(f"{hwp3.name:40s} chars={len(doc.to_text()):8d} no twin in catalog")
            continue
        score = similarity(doc.to_text(), twin_text(twin))
        scores.append(score)
        print(f"{hwp3.name:40s} chars={len(doc.to_text()):8d} twin={twin.name:40s} similarity={score:.4f}")
    if scores:
        print(f"pairs={len(scores)} min={min(scores):.4f} mean={sum(scores) / len(scores):.4f}")
    return 0 if scores and min(scores) >= 0.95 else 1


if __name__ == "__main__":
    raise SystemExit(main())
