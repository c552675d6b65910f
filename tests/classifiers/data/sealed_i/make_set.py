# -*- coding: utf-8 -*-
"""Generator for the independent sensitivity evaluation set `sens_i`.

    /work/evalsets/venv_sens_i/bin/python make_set.py

Writes sens_i.jsonl, sens_i.meta.jsonl, files/*.hwpx|*.pdf and MD5SUMS into this folder.
Deterministic: every random draw comes from random.Random(str) seeds (hashed with SHA-512,
independent of PYTHONHASHSEED); zip entries have fixed timestamps; reportlab runs with
rl_config.invariant = 1.
"""
import hashlib
import json
import os
import random
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from reportlab import rl_config  # noqa: E402
rl_config.invariant = 1

import render  # noqa: E402
from common import REASON_ORDER  # noqa: E402
from t_public import PUBLIC  # noqa: E402
from t_partial import PARTIAL  # noqa: E402
from t_nonpublic import NONPUBLIC  # noqa: E402

SEED = 20250611
PREFIX = "sens_i"
MARKINGS = ["none", "대외비", "III급", "II급", "I급"]
DISCLOSURES = ["public", "partial", "non_public"]


def build_docs():
    docs = []
    for group in (PUBLIC, PARTIAL, NONPUBLIC):
        for fn, n in group:
            for i in range(n):
                rng = random.Random("%d|%s|%d" % (SEED, fn.__name__, i))
                d = fn(rng, i)
                d.creator = "sens_i synthetic"
                docs.append(d)
    order = random.Random("%d|order" % SEED)
    order.shuffle(docs)
    return docs


def assign_formats(docs):
    """~38 % binary (alternating hwpx/pdf), rest text; OCR noise on ~10 % of text records."""
    fmts = []
    nbin = 0
    ntext = 0
    for k, d in enumerate(docs):
        if k % 8 in (0, 3, 5):
            fmts.append("hwpx" if nbin % 2 == 0 else "pdf")
            nbin += 1
        else:
            fmts.append("text")
            ntext += 1
    return fmts


def main():
    docs = build_docs()
    fmts = assign_formats(docs)
    os.makedirs(os.path.join(HERE, "files"), exist_ok=True)
    # remove stale binaries
    for f in sorted(os.listdir(os.path.join(HERE, "files"))):
        os.remove(os.path.join(HERE, "files", f))
    recs = []
    metas = []
    text_k = 0
    for k, (d, fmt) in enumerate(zip(docs, fmts)):
        rid = "%s_%04d" % (PREFIX, k + 1)
        rng = random.Random("%d|render|%s" % (SEED, rid))
        rec = {"id": rid}
        meta = {"id": rid, "template": d.template, "format": fmt, "year": d.year, "genre": d.genre}
        ocr_kinds = []
        table_style = None
        runon = False
        if fmt == "text":
            table_style = rng.choice(["pipe", "pipe_tight", "tab", "spaces", "pipe"])
            runon = rng.random() < 0.15
            with_running = rng.random() < 0.3
            txt = render.to_text(d, table_style=table_style, runon=runon, with_running=with_running)
            if text_k % 10 == 4:  # ~10 % of text records
                txt, ocr_kinds = __import__("common").ocr(txt, rng)
            text_k += 1
            rec["text"] = txt
        else:
            if not d.run_head:
                d.run_head = [d.title if len(d.title) <= 40 else d.title[:40] + "…"]
            if not d.run_foot:
                d.run_foot = ["%s · %d" % (d.genre, d.year)]
            fname = "files/%s.%s" % (rid, fmt)
            data = render.to_hwpx(d) if fmt == "hwpx" else render.to_pdf(d)
            with open(os.path.join(HERE, fname), "wb") as fh:
                fh.write(data)
            rec["file"] = fname
        rec["disclosure"] = d.disclosure
        rec["marking"] = d.marking
        rec["reasons"] = d.reasons
        rec["genre"] = d.genre
        recs.append(rec)
        meta.update({
            "title": d.title,
            "cues": d.cues,
            "deciding_cue": d.deciding,
            "mention_only": d.mention_only,
            "content_only": d.content_only,
            "ocr_noise": ocr_kinds,
            "table_flattening": table_style if (fmt == "text" and any(b[0] == "t" for b in d.blocks)) else None,
            "run_on": runon,
            "label_reason": d.reason_text,
        })
        metas.append(meta)
    validate(recs, metas)
    with open(os.path.join(HERE, "%s.jsonl" % PREFIX), "w", encoding="utf-8", newline="\n") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    with open(os.path.join(HERE, "%s.meta.jsonl" % PREFIX), "w", encoding="utf-8", newline="\n") as fh:
        for m in metas:
            fh.write(json.dumps(m, ensure_ascii=False, sort_keys=False) + "\n")
    write_md5()
    summary(recs, metas)


def validate(recs, metas):
    ids = set()
    for r, m in zip(recs, metas):
        assert r["id"] not in ids
        ids.add(r["id"])
        assert r["disclosure"] in DISCLOSURES, r
        assert r["marking"] in MARKINGS, r
        assert all(x in REASON_ORDER for x in r["reasons"]), r
        assert r["reasons"] == sorted(set(r["reasons"]), key=REASON_ORDER.index)
        if r["disclosure"] == "public":
            assert not r["reasons"], r["id"]
            assert r["marking"] == "none", r["id"]
        else:
            assert r["reasons"], r["id"]
        if r["marking"] in ("III급", "II급", "I급"):
            assert "OIDA-9-1-1" in r["reasons"] and len(r["reasons"]) >= 2, r["id"]
        if r["marking"] == "대외비":
            assert "OIDA-9-1-1" not in r["reasons"], r["id"]
        if m["mention_only"]:
            assert r["marking"] == "none"
        if "file" in r:
            p = os.path.join(HERE, r["file"])
            assert os.path.exists(p)
            data = open(p, "rb").read()
            if p.endswith(".hwpx"):
                assert data[30:38] == b"mimetype"
                assert b"application/hwp+zip" in data[:100]
            else:
                assert data.startswith(b"%PDF")
        else:
            t = r["text"]
            assert t.strip()
        # PIPA-24 iff unmasked RRN/FRN/passport in source (checked on text records)
        if "text" in r and not m["ocr_noise"]:
            import re
            t = unicodedata.normalize("NFKC", r["text"])
            full = re.search(r"\b\d{6}-[1-8]\d{6}\b", t) or re.search(r"\bM\d{2,3}[A-G]?\d{4,5}\b", t)
            assert bool(full) == ("PIPA-24" in r["reasons"]), (r["id"], m["template"])


def write_md5():
    names = ["%s.jsonl" % PREFIX, "%s.meta.jsonl" % PREFIX, "make_set.py", "render.py", "common.py", "t_public.py",
             "t_partial.py", "t_nonpublic.py", "README.md"]
    names += ["files/" + f for f in sorted(os.listdir(os.path.join(HERE, "files")))]
    with open(os.path.join(HERE, "MD5SUMS"), "w", encoding="utf-8", newline="\n") as fh:
        for n in names:
            h = hashlib.md5(open(os.path.join(HERE, n), "rb").read()).hexdigest()
            fh.write("%s  %s\n" % (h, n))


def summary(recs, metas):
    from collections import Counter
    c = Counter
    print("records", len(recs))
    print("format", sorted(c(m["format"] for m in metas).items()))
    print("disclosure", sorted(c(r["disclosure"] for r in recs).items()))
    print("marking", sorted(c(r["marking"] for r in recs).items()))
    print("reasons", sorted(c(x for r in recs for x in r["reasons"]).items(), key=lambda kv: REASON_ORDER.index(kv[0])))
    print("content_only", sum(m["content_only"] for m in metas), "mention_only", sum(m["mention_only"] for m in metas),
          "ocr", sum(1 for m in metas if m["ocr_noise"]), "text", sum(1 for m in metas if m["format"] == "text"))
    ys = [m["year"] for m in metas]
    print("years", min(ys), max(ys))


if __name__ == "__main__":
    main()
