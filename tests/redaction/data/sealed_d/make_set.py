#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""make_set.py - deterministic generator for the independent PII evaluation set pii_d.

    python3 make_set.py            # writes pii_d.jsonl, pii_d.meta.jsonl, MD5SUMS and prints stats

Standard library only. Seeded via string seeds (random.Random(str) hashes with SHA-512, so the
output does not depend on PYTHONHASHSEED). Templates and pools live in gen_core.py / gen_genres.py.
"""
import hashlib
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_core import Builder, luhn_ok, rrn_check, frn_check, brn_check  # noqa: E402
from gen_genres import GENRES  # noqa: E402

SEED = "pii_d-2024-11"
NOISY_P = 0.34
EXCLUDE = {"시스템 로그": ("ocr_confusion", "wrapped", "newline_in_number", "spaced_name"),
           "전자우편": ("ocr_confusion", "wrapped", "newline_in_number")}
HERE = os.path.dirname(os.path.abspath(__file__))

LEAK_PATTERNS = [
    ("email", re.compile(r"[A-Za-z0-9._%+-]+\s?[@＠]\s?[A-Za-z0-9.-]+\.[A-Za-z]{2,}")),
    ("mobile", re.compile(r"(?<!\d)01[016789][-.\s]?\d{3,4}[-.\s]?\d{4}(?!\d)")),
    ("rrn_shape", re.compile(r"(?<!\d)\d{6}\s?[-－‐]\s?\d{7}(?!\d)")),
    ("card_shape", re.compile(r"(?<!\d)\d{4}[-\s]?\d{4}[-\s]?\d{4}[-\s]?\d{4}(?!\d)")),
]


class Invalid(Exception):
    pass


def check_value(sp):
    k, clean = sp["kind"], sp["clean"]
    d = re.sub(r"\D", "", clean)
    if k.startswith("rrn_valid"):
        if len(d) != 13 or rrn_check(d[:12]) != d[12]:
            raise Invalid("rrn checksum " + clean)
    elif k.startswith("rrn_post2020"):
        if len(d) != 13 or rrn_check(d[:12]) == d[12] or d[6] not in "34" or int(d[:4]) < 2010:
            raise Invalid("rrn post2020 " + clean)
    elif k in ("rrn_masked", "frn_masked"):
        if not re.fullmatch(r"\d{6}-\d[*●Xx○]{6}", clean):
            raise Invalid("masked id " + clean)
    elif k.startswith("frn_valid"):
        if len(d) != 13 or frn_check(d[:12]) != d[12] or d[6] not in "5678":
            raise Invalid("frn " + clean)
    elif k.startswith("card_") and not k.startswith("card_masked"):
        if not luhn_ok(d) or len(d) not in (15, 16):
            raise Invalid("card " + clean)
    elif k == "brn":
        if len(d) != 10 or brn_check(d[:9]) != d[9]:
            raise Invalid("brn " + clean)
    elif k == "crn":
        s = sum(int(a) * (1 if i % 2 == 0 else 2) for i, a in enumerate(d[:12]))
        if len(d) != 13 or str((10 - s % 10) % 10) != d[12]:
            raise Invalid("crn " + clean)
    elif k == "health_11":
        if len(d) != 11:
            raise Invalid("health " + clean)


def validate(text, spans, negs, template):
    prev_end = -1
    covered = [False] * len(text)
    for sp in spans:
        s, e = sp["start"], sp["end"]
        if not (0 <= s < e <= len(text)):
            raise Invalid("bounds")
        if text[s:e] != sp["text"]:
            raise Invalid("text mismatch")
        if s < prev_end:
            raise Invalid("overlap/sort")
        if text[s].isspace() or text[e - 1].isspace():
            raise Invalid("edge whitespace")
        prev_end = e
        for i in range(s, e):
            covered[i] = True
        check_value(sp)
    negcov = [False] * len(text)
    for ng in negs:
        for i in range(ng["start"], ng["end"]):
            if covered[i]:
                raise Invalid("negative overlaps span")
            negcov[i] = True
    # every other occurrence of a labelled string must be labelled too
    for sp in spans:
        v = sp["text"]
        if len(v) < 2:
            raise Invalid("short span")
        for m in re.finditer(re.escape(v), text):
            if not all(covered[m.start():m.end()]):
                raise Invalid(f"unlabelled repeat of {v!r}")
    # nothing PII-shaped may sit outside spans unless it is a tagged negative
    norm = unicodedata.normalize("NFKC", text)
    if len(norm) == len(text):
        for name, pat in LEAK_PATTERNS:
            for m in pat.finditer(norm):
                rng_ = range(m.start(), m.end())
                if any(covered[i] for i in rng_) or all(negcov[i] for i in rng_):
                    continue
                raise Invalid(f"leak {name}: {m.group()!r}")
    if template.endswith("nopii") or template in ("minutes_anon", "form_blank"):
        if spans:
            raise Invalid("no-PII template produced spans")
    elif not spans:
        raise Invalid("PII template produced no spans")


def build_all():
    recs = []
    for gi, (genre, fn, count) in enumerate(GENRES):
        for i in range(count):
            for attempt in range(50):
                rng = random.Random(f"{SEED}|{gi}|{i}|{attempt}")
                noisy = rng.random() < NOISY_P
                b = Builder(rng, noisy, EXCLUDE.get(genre, ()))
                template = fn(b, rng)
                text = b.text()
                try:
                    validate(text, b.spans, b.negs, template)
                except Invalid as ex:
                    last = str(ex)
                    continue
                break
            else:
                raise SystemExit(f"could not build {genre} #{i}: {last}")
            recs.append((genre, template, text, b.spans, b.negs, noisy))
    order = list(range(len(recs)))
    random.Random(SEED + "|order").shuffle(order)
    out, meta = [], []
    for n, idx in enumerate(order, 1):
        genre, template, text, spans, negs, noisy = recs[idx]
        rid = f"pii_d-{n:04d}"
        out.append({"id": rid, "text": text,
                    "spans": [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in spans],
                    "genre": genre})
        rec_noise = any(s["noise"] for s in spans) or any(ng.get("noise") for ng in negs) or \
            (noisy and ("\n" in "".join(s["text"] for s in spans)))
        meta.append({"id": rid, "genre": genre, "template": template,
                     "noisy_record": bool(rec_noise),
                     "spans": [{"start": s["start"], "end": s["end"], "type": s["type"], "kind": s["kind"],
                                "noise": s["noise"], "clean": s["clean"]} for s in spans],
                     "hard_negatives": negs})
    return out, meta


def dump(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")


def md5(path):
    return hashlib.md5(open(path, "rb").read()).hexdigest()


def reread_check(path_main, path_meta):
    main = [json.loads(l) for l in open(path_main, encoding="utf-8")]
    meta = [json.loads(l) for l in open(path_meta, encoding="utf-8")]
    assert len(main) == len(meta)
    for r, m in zip(main, meta):
        assert r["id"] == m["id"]
        prev = -1
        for sp, ms in zip(r["spans"], m["spans"]):
            assert sp["start"] >= prev and sp["start"] < sp["end"]
            prev = sp["end"]
            v = r["text"][sp["start"]:sp["end"]]
            assert v == v.strip() and v
            assert (sp["start"], sp["end"], sp["type"]) == (ms["start"], ms["end"], ms["type"])
            if not ms["noise"]:
                assert v == ms["clean"], (v, ms)
        for ng in m["hard_negatives"]:
            assert r["text"][ng["start"]:ng["end"]] == ng["text"]
    return main, meta


def stats(main, meta):
    types, kinds, genres, noise_ops, negcats = Counter(), Counter(), Counter(), Counter(), Counter()
    g_spans, g_empty, g_noisy = Counter(), Counter(), Counter()
    noisy_spans = 0
    for r, m in zip(main, meta):
        genres[r["genre"]] += 1
        g_spans[r["genre"]] += len(r["spans"])
        if not r["spans"]:
            g_empty[r["genre"]] += 1
        if m["noisy_record"]:
            g_noisy[r["genre"]] += 1
        for s in m["spans"]:
            types[s["type"]] += 1
            kinds[s["kind"]] += 1
            if s["noise"]:
                noisy_spans += 1
            for op in s["noise"]:
                noise_ops[op] += 1
        for ng in m["hard_negatives"]:
            negcats[ng["category"]] += 1
    return dict(types=types, kinds=kinds, genres=genres, noise_ops=noise_ops, negcats=negcats,
                g_spans=g_spans, g_empty=g_empty, g_noisy=g_noisy, noisy_spans=noisy_spans)


def main():
    out, meta = build_all()
    p1 = os.path.join(HERE, "pii_d.jsonl")
    p2 = os.path.join(HERE, "pii_d.meta.jsonl")
    dump(p1, out)
    dump(p2, meta)
    main_, meta_ = reread_check(p1, p2)
    st = stats(main_, meta_)
    with open(os.path.join(HERE, "MD5SUMS"), "w", encoding="utf-8", newline="\n") as f:
        for fn in ["pii_d.jsonl", "pii_d.meta.jsonl", "make_set.py", "gen_core.py", "gen_genres.py", "README.md"]:
            if os.path.exists(os.path.join(HERE, fn)):
                f.write(f"{md5(os.path.join(HERE, fn))}  {fn}\n")
    print(f"records {len(main_)}  spans {sum(st['types'].values())}  no-PII {sum(st['g_empty'].values())}  "
          f"noisy records {sum(1 for m in meta_ if m['noisy_record'])}  noisy spans {st['noisy_spans']}")
    if "--stats" in sys.argv:
        print(json.dumps({k: dict(sorted(v.items(), key=lambda x: -x[1])) if isinstance(v, Counter) else v
                          for k, v in st.items()}, ensure_ascii=False, indent=1))
    print("md5 pii_d.jsonl", md5(p1))


if __name__ == "__main__":
    main()
