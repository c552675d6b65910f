"""Build heldout_sensitivity.jsonl from heldout_sensitivity.src.txt (see README.md in this folder).

The source is one document per '### id | disclosure | marking | reasons…' header; '⇥' stands for a tab
(a table-cell boundary) so the source stays readable. Run from anywhere: writes next to this file.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DISCLOSURE = {"public", "partial", "non_public"}
MARKING = {"none", "대외비", "III급", "II급", "I급"}


def parse(source: str) -> list[dict[str, object]]:
    docs: list[dict[str, object]] = []
    for chunk in source.split("### ")[1:]:
        head, _, body = chunk.partition("\n")
        doc_id, disclosure, marking, reasons = (part.strip() for part in head.split("|"))
        assert disclosure in DISCLOSURE and marking in MARKING, head
        text = body.rstrip("\n").replace("⇥", "\t")
        docs.append(
            {
                "id": doc_id,
                "text": text,
                "disclosure": disclosure,
                "marking": marking,
                "reasons": sorted(reasons.split()),
            }
        )
    assert len({d["id"] for d in docs}) == len(docs), "duplicate ids"
    return docs


def main() -> None:
    for name in ("heldout_sensitivity", "heldout2_sensitivity"):
        docs = parse((HERE / f"{name}.src.txt").read_text(encoding="utf-8"))
        with open(HERE / f"{name}.jsonl", "w", encoding="utf-8") as out:
            for doc in docs:
                out.write(json.dumps(doc, ensure_ascii=False) + "\n")
        print(f"{name}: {len(docs)} documents")


if __name__ == "__main__":
    main()
