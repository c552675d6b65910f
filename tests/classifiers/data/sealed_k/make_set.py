# -*- coding: utf-8 -*-
"""Generate the sens_k independent sensitivity evaluation set.

python make_set.py   -> sens_k.jsonl, sens_k.meta.jsonl, files/, MD5SUMS, README.md (tables part)

Deterministic: every record uses random.Random("<SEED>-<template>-<k>") (string seeds are
hashed with SHA-512 by CPython, independent of PYTHONHASHSEED); zip entries carry a fixed
timestamp; reportlab runs with rl_config.invariant = 1.
"""
import hashlib
import json
import os
import random
import re
import shutil
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from reportlab import rl_config  # noqa: E402
rl_config.invariant = 1

import render  # noqa: E402
from forms import Ctx  # noqa: E402
import templates_public as TP  # noqa: E402
import templates_partial as TPA  # noqa: E402
import templates_nonpublic as TN  # noqa: E402
import templates_content as TC  # noqa: E402

SEED = "sens_k-20250611"
DISC = {"public", "partial", "non_public"}
MARK = {"none", "대외비", "III급", "II급", "I급"}
REASON_ORDER = ["OIDA-9-1-%d" % i for i in range(1, 9)] + ["PIPA-23", "PIPA-24"]

RRN_RE = re.compile(r"(?<!\d)\d{6}-[1-8]\d{6}(?!\d)")


def all_templates():
    reg = {}
    for mod in (TP, TPA, TN, TC):
        for k in mod.REG:  # dict preserves definition order
            reg[k] = mod.REG[k]
    return reg


def build():
    reg = all_templates()
    plan = []
    for name, (fn, n, lo, hi) in reg.items():
        for k in range(n):
            plan.append((name, k))
    order_rng = random.Random(SEED + "-order")
    order_rng.shuffle(plan)
    recs = []
    for i, (name, k) in enumerate(plan):
        fn, n, lo, hi = reg[name]
        rng = random.Random("%s-%s-%d" % (SEED, name, k))
        year = rng.randrange(lo, hi + 1)
        rid = "sensk-%04d" % (i + 1)
        ctx = Ctx(rng, year, rid)
        out = fn(ctx)
        out["reasons"] = sorted(set(out["reasons"]), key=REASON_ORDER.index)
        recs.append((rid, name, year, ctx, out))
    return recs


def main():
    outdir = HERE
    fdir = os.path.join(outdir, "files")
    if os.path.isdir(fdir):
        shutil.rmtree(fdir)
    os.makedirs(fdir)
    recs = build()
    lines, metas = [], []
    n_text = 0
    fmt_counter = 0
    for idx, (rid, name, year, ctx, out) in enumerate(recs):
        doc = out["doc"]
        frng = random.Random("%s-fmt-%s" % (SEED, rid))
        binary = (idx % 10) in (1, 4, 7)
        rec = {"id": rid}
        meta_extra = {}
        if binary:
            fmt = "hwpx" if fmt_counter % 2 == 0 else "pdf"
            fmt_counter += 1
            if not doc.get("header"):
                doc["header"] = doc["title"][:48]
            if not doc.get("footer"):
                doc["footer"] = "문서관리번호 %d-%04d" % (year, frng.randrange(1, 9999))
            rel = "files/%s.%s" % (rid, fmt)
            data = render.to_hwpx(doc, year) if fmt == "hwpx" else render.to_pdf(doc, year)
            with open(os.path.join(outdir, rel), "wb") as fh:
                fh.write(data)
            rec["file"] = rel
            ocr = []
            plain, sep = render.to_text(doc, frng)
            meta_extra["table_sep"] = "native_table"
        else:
            fmt = "text"
            runon = (n_text % 10) in (2, 8)
            plain, sep = render.to_text(doc, frng, runon=runon)
            ocr = []
            if n_text % 10 == 5:
                plain, ocr = render.ocr_noise(plain, frng)
            n_text += 1
            rec["text"] = plain
            meta_extra["table_sep"] = {" | ": "pipe_spaced", "|": "pipe", "\t": "tab"}[sep]
            meta_extra["run_on_lines"] = runon
        rec.update({"disclosure": out["disclosure"], "marking": out["marking"], "reasons": out["reasons"], "genre": out["genre"]})
        # ---- validation
        assert out["disclosure"] in DISC and out["marking"] in MARK, rid
        assert all(x in REASON_ORDER for x in out["reasons"]), rid
        if out["disclosure"] == "public":
            assert out["reasons"] == [] and out["marking"] == "none", rid
        else:
            assert out["reasons"], rid
        if out["marking"] in ("III급", "II급", "I급"):
            assert "OIDA-9-1-1" in out["reasons"] and len(out["reasons"]) >= 2, rid
        if out["marking"] == "대외비":
            assert "OIDA-9-1-1" not in out["reasons"], rid
        if out["marking"] != "none":
            assert out["disclosure"] == "non_public" and not out["mention_only"], rid
        has_rrn = bool(RRN_RE.search(plain))
        if has_rrn:
            assert "PIPA-24" in out["reasons"], (rid, name)
        if "PIPA-24" in out["reasons"] and fmt == "text" and not ocr:
            assert has_rrn or re.search(r"[A-Z]\d{7,8}|[A-Z]\d{3}[A-Z]\d{4}", plain), (rid, name)
        if out["content_only"]:
            assert out["marking"] == "none", rid
            for bad in ("공개구분", "공개 구분", "공개여부", "비공개(", "대외비", "급비밀", "급 비밀", "취급주의", "유출 금지"):
                assert bad not in plain, (rid, name, bad)
        assert "홍길동" not in plain or out["disclosure"] == "public", rid
        lines.append(json.dumps(rec, ensure_ascii=False))
        meta = {"id": rid, "template": name, "format": fmt, "year": year, "genre": out["genre"],
                "cues": ctx.cues, "deciding_cue": out["deciding"],
                "deciding_cue_text": ctx.cues[0]["cue"] if ctx.cues else None, "mention_only": out["mention_only"],
                "content_only": out["content_only"], "ocr_noise": ocr, "label_reason": out["why"]}
        meta.update(meta_extra)
        metas.append(json.dumps(meta, ensure_ascii=False))
    with open(os.path.join(outdir, "sens_k.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    with open(os.path.join(outdir, "sens_k.meta.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(metas) + "\n")
    stats(outdir, recs)
    write_md5(outdir)


def write_md5(outdir):
    paths = ["sens_k.jsonl", "sens_k.meta.jsonl", "stats.json", "make_set.py", "common.py", "forms.py", "render.py", "templates_public.py", "templates_partial.py", "templates_nonpublic.py", "templates_content.py"] + sorted("files/" + f for f in os.listdir(os.path.join(outdir, "files")))
    with open(os.path.join(outdir, "MD5SUMS"), "w") as fh:
        for p in paths:
            with open(os.path.join(outdir, p), "rb") as f:
                fh.write("%s  %s\n" % (hashlib.md5(f.read()).hexdigest(), p))


def stats(outdir, recs):
    recl = [json.loads(l) for l in open(os.path.join(outdir, "sens_k.jsonl"), encoding="utf-8")]
    meta = [json.loads(l) for l in open(os.path.join(outdir, "sens_k.meta.jsonl"), encoding="utf-8")]
    c = {"disclosure": Counter(r["disclosure"] for r in recl), "marking": Counter(r["marking"] for r in recl),
         "reasons": Counter(x for r in recl for x in r["reasons"]), "format": Counter(m["format"] for m in meta),
         "genre": Counter(r["genre"] for r in recl)}
    c["content_only"] = Counter((r["disclosure"]) for r, m in zip(recl, meta) if m["content_only"])
    c["mention_only"] = sum(1 for m in meta if m["mention_only"])
    c["ocr"] = sum(1 for m in meta if m["ocr_noise"])
    c["templates"] = len(set(m["template"] for m in meta))
    c["years"] = (min(m["year"] for m in meta), max(m["year"] for m in meta))
    c["decades"] = Counter("%d-%d" % (m["year"] // 5 * 5, m["year"] // 5 * 5 + 4) for m in meta)
    by_t = {}
    for r, m in zip(recl, meta):
        t = by_t.setdefault(m["template"], [0, r["disclosure"], r["genre"], Counter()])
        t[0] += 1
        t[3][r["marking"]] += 1
    c["by_template"] = {k: [v[0], v[1], v[2], dict(v[3])] for k, v in by_t.items()}
    with open(os.path.join(outdir, "stats.json"), "w", encoding="utf-8") as fh:
        json.dump({k: (dict(v) if isinstance(v, Counter) else v) for k, v in c.items()}, fh, ensure_ascii=False, indent=1, sort_keys=True)
    print(json.dumps({k: (dict(v) if isinstance(v, Counter) else v) for k, v in c.items() if k != "by_template"}, ensure_ascii=False))


if __name__ == "__main__":
    main()
