"""Sensitivity labels over real documents: how often do the rules fire on published files?

Every file in ../shared/corpus was published in a public repository, so nearly all should come out
without a marking, and non-public labels deserve a look. Prints counts per label and, for each
document that is not public, the rules that fired (rule names and masked snippets only, no text).

    .venv/bin/python benchmarks/classify_corpus.py [--folders hwp5 hwpx pdf] [--nts 200] [--seconds 20]
"""

from __future__ import annotations

import argparse
import collections
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folders", nargs="*", default=["hwp5", "hwpx", "pdf", "hwp3"])
    ap.add_argument("--nts", type=int, default=200, help="random sample of nts/ rulings (0 = none)")
    ap.add_argument("--seconds", type=float, default=20.0, help="conversion time limit per document")
    ap.add_argument("--show", type=int, default=40, help="non-public documents to list")
    ap.add_argument("--cache", type=Path, help="keep converted documents here (JSON) to rerun rules quickly")
    args = ap.parse_args()

    from gongmun.classifiers import SensitivityClassifier
    from gongmun.converters import ConversionError, Limits, convert_bytes
    from gongmun.redaction import Redactor

    files = [p for f in args.folders for p in sorted((CORPUS / f).glob("*")) if p.is_file()]
    nts = sorted((CORPUS / "nts").glob("*"))
    files += random.Random(0).sample(nts, min(args.nts, len(nts)))
    clf = SensitivityClassifier()
    redactor = Redactor()  # the classifier reads personal data from the document's PII analysis
    counts: collections.Counter[tuple[str, str]] = collections.Counter()
    flagged: list[str] = []
    failed = 0
    started = time.monotonic()
    for path in files:
        doc = _convert(path, args, convert_bytes, Limits, ConversionError)
        if doc is None:
            failed += 1
            continue
        sens = clf.classify(doc, redactor.redact(doc).findings)
        counts[(sens.marking, sens.disclosure)] += 1
        if sens.marking != "none" or sens.disclosure != "public":
            rules = "; ".join(f"{e.label}<{e.source}>{e.snippet!r}" for e in sens.evidence[:6])
            flagged.append(
                f"{path.parent.name}/{path.name[:50]}  {sens.marking} {sens.disclosure} {sens.reasons}  {rules}"
            )
    total = sum(counts.values())
    print(f"{total} classified, {failed} not convertible, {time.monotonic() - started:.0f}s")
    for (marking, disclosure), n in counts.most_common():
        print(f"  {marking:6s} {disclosure:11s} {n:5d}  {n / max(total, 1):.1%}")
    print(f"not public: {len(flagged)}")
    for line in flagged[: args.show]:
        print("  " + line)
    return 0


def _convert(path: Path, args: argparse.Namespace, convert_bytes, limits, conversion_error):  # type: ignore[no-untyped-def]
    """Convert (or read back from the cache); None when the converter refuses or fails."""
    from gongmun.schemas import Document

    cached = args.cache / (path.parent.name + "__" + path.name + ".json") if args.cache else None
    if cached is not None and cached.exists():
        return Document.from_json(cached.read_text(encoding="utf-8"))
    try:
        doc = convert_bytes(path.read_bytes(), str(path), limits(seconds=args.seconds))
    except conversion_error:
        return None
    except Exception:  # a converter bug is not this benchmark's subject
        return None
    if cached is not None:
        cached.parent.mkdir(parents=True, exist_ok=True)
        cached.write_text(doc.to_json(), encoding="utf-8")
    return doc


if __name__ == "__main__":
    sys.exit(main())
