"""PII benchmark: gongmun's Korean analyzer vs Presidio's default configuration vs ko-pii.

One run, the same texts for every system: overlap precision/recall/F1 (type must match, as in
../shared/pii-dev/score.py), hits on tagged hard negatives (switchboards, institution addresses)
and characters per second in a single process (CPU time of a cold first pass and of a warm
second pass). No text or value is printed.

    .venv/bin/python benchmarks/pii.py [--gold ../shared/pii-dev/pii_dev.jsonl] [--json out.json]

Presidio's default configuration needs the en_core_web_lg spaCy model for its NER; that model is
not installed (and not downloadable offline), so the default recognizer set runs with a blank
English spaCy pipeline: every pattern recognizer of the default registry, no NER-based PERSON or
LOCATION. ko-pii is a benchmark-only dependency (`pip install ko-pii`); it is skipped if absent.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = REPO.parent / "shared" / "pii-dev" / "pii_dev.jsonl"

Spans = list[tuple[int, int, str]]

PRESIDIO_TYPES = {
    "EMAIL_ADDRESS": "EMAIL_ADDRESS",
    "PHONE_NUMBER": "PHONE_NUMBER",
    "CREDIT_CARD": "CREDIT_CARD",
    "IP_ADDRESS": "IP_ADDRESS",
    "PERSON": "PERSON",
    "LOCATION": "KR_ADDRESS",
    "KR_RRN": "KR_RRN",
    "KR_FRN": "KR_FRN",
    "KR_BRN": "KR_BRN",
    "KR_PASSPORT": "KR_PASSPORT",
    "KR_DRIVER_LICENSE": "KR_DRIVER_LICENSE",
}
KO_PII_TYPES = {
    "RRN": "KR_RRN",
    "FRN": "KR_FRN",
    "BUSINESS_REG": "KR_BRN",
    "CORP_REG": "KR_CRN",
    "DRIVER_LICENSE": "KR_DRIVER_LICENSE",
    "CARD": "CREDIT_CARD",
    "MEDICAL_INSURANCE": "KR_HEALTH_INSURANCE",
    "FAX": "PHONE_NUMBER",
    "ACCOUNT": "KR_BANK_ACCOUNT",
    "PASSPORT": "KR_PASSPORT",
    "PHONE": "PHONE_NUMBER",
    "EMAIL": "EMAIL_ADDRESS",
    "IP": "IP_ADDRESS",
    "VEHICLE": "KR_VEHICLE_PLATE",
    "PERSON": "PERSON",
    "ADDRESS": "KR_ADDRESS",
    "DT_BIRTH": "DATE_OF_BIRTH",
}


def ours() -> Callable[[str], Spans]:
    from gongmun.redaction import Redactor

    redactor = Redactor()
    return lambda text: [(s.start, s.end, s.entity_type) for s in redactor.analyze_text(text)]


def ours_presidio_path() -> Callable[[str], Spans]:
    import dataclasses

    from gongmun.redaction import Redactor
    from gongmun.schemas.policy import load_policy

    redactor = Redactor(dataclasses.replace(load_policy().redaction, engine="presidio"))
    return lambda text: [(s.start, s.end, s.entity_type) for s in redactor.analyze_text(text)]


def presidio_default() -> Callable[[str], Spans]:
    import spacy
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    from gongmun.redaction.offline import offline_tldextract

    offline_tldextract()  # its EmailRecognizer would otherwise try to download the suffix list
    nlp_engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": "blank"}])
    nlp_engine.nlp = {"en": spacy.blank("en")}  # en_core_web_lg is not available offline
    engine = AnalyzerEngine(nlp_engine=nlp_engine, supported_languages=["en"])

    def run(text: str) -> Spans:
        results = engine.analyze(text, language="en")
        return [
            (r.start, r.end, PRESIDIO_TYPES[r.entity_type])
            for r in results
            if r.entity_type in PRESIDIO_TYPES
        ]

    return run


def ko_pii() -> Callable[[str], Spans]:
    from ko_pii import detect_all

    def run(text: str) -> Spans:
        return [(d.start, d.end, KO_PII_TYPES[d.label]) for d in detect_all(text) if d.label in KO_PII_TYPES]

    return run


SYSTEMS: dict[str, Callable[[], Callable[[str], Spans]]] = {
    "gongmun (lean path)": ours,
    "gongmun (AnalyzerEngine.analyze)": ours_presidio_path,
    "presidio default": presidio_default,
    "ko-pii": ko_pii,
}


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score(gold: list[dict[str, Any]], meta: dict[str, Any], preds: list[Spans]) -> dict[str, Any]:
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # tp_pred, n_pred, tp_gold, n_gold
    neg_hits: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for record, spans in zip(gold, preds, strict=True):
        gs = [(s["start"], s["end"], s["type"]) for s in record["spans"]]
        for g in gs:
            per[g[2]][3] += 1
            per[g[2]][2] += any(p[2] == g[2] and overlaps(g[:2], p[:2]) for p in spans)
        for p in spans:
            per[p[2]][1] += 1
            per[p[2]][0] += any(g[2] == p[2] and overlaps(g[:2], p[:2]) for g in gs)
        for neg in meta.get(record["id"], {}).get("negatives", []):
            cat = neg["cat"]
            neg_hits[cat][1] += 1
            neg_hits[cat][0] += any(overlaps((neg["start"], neg["end"]), p[:2]) for p in spans)
    total = [sum(v[i] for v in per.values()) for i in range(4)]
    return {
        "micro": prf(*total),
        "types": {t: prf(*v) for t, v in sorted(per.items())},
        "hard_negatives": {c: {"hit": h, "tagged": n} for c, (h, n) in sorted(neg_hits.items())},
    }


def prf(tp_p: int, n_p: int, tp_g: int, n_g: int) -> dict[str, float]:
    p = tp_p / n_p if n_p else 0.0
    r = tp_g / n_g if n_g else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}


def timed(run: Callable[[str], Spans], texts: list[str]) -> tuple[list[Spans], float, float]:
    start_cpu, start_wall = time.process_time(), time.perf_counter()
    preds = [run(text) for text in texts]
    return preds, time.process_time() - start_cpu, time.perf_counter() - start_wall


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--json", type=Path, help="also write the results here")
    ap.add_argument("--only", nargs="*", help="system names to run (default: all)")
    args = ap.parse_args()
    if not args.gold.exists():
        print(f"gold file not found: {args.gold}", file=sys.stderr)
        return 2
    gold = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    meta_path = args.gold.with_name(args.gold.name.replace(".jsonl", ".meta.jsonl"))
    meta = {}
    if meta_path.exists():
        meta = {m["id"]: m for m in map(json.loads, meta_path.read_text(encoding="utf-8").splitlines()) if m}
    texts = [g["text"] for g in gold]
    chars = sum(map(len, texts))
    results: dict[str, Any] = {"gold": str(args.gold), "records": len(texts), "chars": chars, "systems": {}}
    for name, factory in SYSTEMS.items():
        if args.only and name not in args.only:
            continue
        try:
            build_start = time.perf_counter()
            run = factory()
            run("워밍업 문장입니다.")
            build = time.perf_counter() - build_start
        except ImportError as exc:
            print(f"{name}: skipped ({exc.name} not installed)", file=sys.stderr)
            continue
        preds, cpu, wall = timed(run, texts)
        _, cpu_warm, _ = timed(run, texts)
        entry = score(gold, meta, preds)
        entry.update(
            build_seconds=round(build, 2),
            chars_per_s_cold_cpu=round(chars / cpu),
            chars_per_s_cold_wall=round(chars / wall),
            chars_per_s_warm_cpu=round(chars / cpu_warm),
        )
        results["systems"][name] = entry
        print_entry(name, entry)
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


def print_entry(name: str, e: dict[str, Any]) -> None:
    m = e["micro"]
    neg = e["hard_negatives"]
    sw = [neg.get(c, {"hit": 0, "tagged": 0}) for c in ("switchboard", "switchboard_labelled")]
    inst = neg.get("institution_address", {"hit": 0, "tagged": 0})
    print(f"== {name}")
    print(
        f"   overlap micro P {m['p']:.3f} R {m['r']:.3f} F1 {m['f1']:.3f} | "
        f"chars/s cold {e['chars_per_s_cold_cpu']:,} (CPU) {e['chars_per_s_cold_wall']:,} (wall), "
        f"warm {e['chars_per_s_warm_cpu']:,} (CPU) | build {e['build_seconds']} s"
    )
    print(
        f"   switchboards hit {sum(x['hit'] for x in sw)}/{sum(x['tagged'] for x in sw)}, "
        f"institution addresses hit {inst['hit']}/{inst['tagged']}"
    )
    for t, v in e["types"].items():
        print(f"   {t:22s} P {v['p']:.3f} R {v['r']:.3f} F1 {v['f1']:.3f}")


if __name__ == "__main__":
    sys.exit(main())
