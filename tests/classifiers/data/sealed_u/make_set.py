"""Generate and validate the sens_u sensitivity evaluation set.

    python make_set.py          # writes sens_u.jsonl, sens_u.meta.jsonl, files/, sens_u.validation.txt, MD5SUMS

Deterministic: every random.Random is seeded with a string "sens_u-2026|<template>|<variant>"; no set/dict
iteration order is relied upon; zip entries carry a fixed timestamp; PDFs use invariant=1.
"""
import sys

sys.dont_write_bytecode = True
import hashlib
import json
import os
import random
import re
import shutil
import subprocess
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from gen_common import rng_for, safe, SEED_PREFIX  # noqa: E402
from tpl_public import PUBLIC  # noqa: E402
from tpl_partial import PARTIAL  # noqa: E402
from tpl_nonpublic import NONPUBLIC  # noqa: E402
from render_hwpx import write_hwpx, hwpx_text  # noqa: E402
from render_pdf import write_pdf  # noqa: E402

DISC = {"public", "partial", "non_public"}
MARK = {"none", "대외비", "III급", "II급", "I급"}
REASONS = {f"OIDA-9-1-{i}" for i in range(1, 9)} | {"PIPA-23", "PIPA-24"}
GRADES = {"III급", "II급", "I급"}
FORMATS = ["text", "hwpx", "pdf", "text"]


def nows(s):
    return re.sub(r"\s+", "", s)


def build():
    items = []
    for name, fn, n in PUBLIC + PARTIAL + NONPUBLIC:
        for v in range(n):
            res = fn(rng_for(name, v), v)
            res["doc"].sanitize()
            res["cue_text"] = safe(res["cue_text"])
            res["template"], res["variant"] = name, v
            items.append(res)
    for i, it in enumerate(items):
        it["format"] = FORMATS[i % 4]
    random.Random(f"{SEED_PREFIX}|order|0").shuffle(items)
    return items


def write(items):
    fdir = os.path.join(HERE, "files")
    if os.path.isdir(fdir):
        shutil.rmtree(fdir)
    os.makedirs(fdir)
    recs, metas = [], []
    for k, it in enumerate(items, 1):
        rid = f"sens_u-{k:04d}"
        doc = it["doc"]
        rec = {"id": rid}
        pages = doc.npages()
        text = doc.to_text()
        if it["format"] == "text":
            rec["text"] = text
        elif it["format"] == "hwpx":
            rel = f"files/{rid}.hwpx"
            write_hwpx(doc, os.path.join(HERE, rel), text)
            rec["file"] = rel
        else:
            rel = f"files/{rid}.pdf"
            pages = write_pdf(doc, os.path.join(HERE, rel))
            rec["file"] = rel
        rec.update({"disclosure": it["disclosure"], "marking": it["marking"], "reasons": it["reasons"], "genre": it["genre"]})
        recs.append(rec)
        metas.append({"id": rid, "template": it["template"], "variant": it["variant"], "format": it["format"],
                      "cue": it["cue"], "cue_location": it["cue_location"], "cue_text": it["cue_text"],
                      "flags": it["flags"], "pages": pages,
                      "has_header": bool(doc.header), "has_footer": bool(doc.footer),
                      "n_tables": sum(1 for b in doc.blocks if b[0] == "table"),
                      "n_boxes": sum(1 for b in doc.blocks if b[0] == "box"),
                      "n_footnotes": sum(1 for b in doc.blocks if b[0] == "fn"),
                      "header_text": doc.header or "", "footer_text": doc.footer or "",
                      "full_text": text})
    with open(os.path.join(HERE, "sens_u.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "sens_u.meta.jsonl"), "w", encoding="utf-8") as f:
        for m in metas:
            m2 = {k: v for k, v in m.items() if k != "full_text"}
            f.write(json.dumps(m2, ensure_ascii=False) + "\n")
    return metas


RRN_RE = re.compile(r"(?<!\d)\d{2}[01]\d[0-3]\d-[1-8]\d{6}(?!\d)")
PASS_RE = re.compile(r"(?<![A-Z0-9])[MSRGD]\d{8}(?![0-9])")
DL_RE = re.compile(r"(?<!\d)\d{2}-\d{2}-\d{6}-\d{2}(?!\d)")


def field_word(s):
    """Disclosure decision stated by a 공개구분 value (checkbox forms: the ticked option)."""
    s = nows(s)
    words = {"공개": "public", "부분공개": "partial", "비공개": "non_public", "부분": "partial"}
    for pat in (r"■(부분공개|비공개|공개)", r"\[V\](부분공개|비공개|공개)", r"(부분공개|비공개|공개)\(■\)"):
        m = re.search(pat, s)
        if m:
            return words[m.group(1)]
    if "부분공개" in s:
        return "partial"
    if "비공개" in s:
        return "non_public"
    if "공개" in s:
        return "public"
    return None


def validate(metas):
    errs = []
    recs = [json.loads(l) for l in open(os.path.join(HERE, "sens_u.jsonl"), encoding="utf-8")]
    meta = [json.loads(l) for l in open(os.path.join(HERE, "sens_u.meta.jsonl"), encoding="utf-8")]
    assert len(recs) == len(meta) == len(metas)
    full = {m["id"]: m["full_text"] for m in metas}
    fmt = Counter()
    for rec, m in zip(recs, meta):
        rid = rec["id"]
        assert rid == m["id"]
        keys = set(rec)
        ok_keys = ({"id", "text", "disclosure", "marking", "reasons", "genre"}, {"id", "file", "disclosure", "marking", "reasons", "genre"})
        if keys not in ok_keys:
            errs.append(f"{rid}: keys {sorted(keys)}")
        d, mk, rs = rec["disclosure"], rec["marking"], rec["reasons"]
        if d not in DISC or mk not in MARK or not set(rs) <= REASONS or len(set(rs)) != len(rs):
            errs.append(f"{rid}: bad label values")
        # ---- label rules
        if (d == "public") != (not rs):
            errs.append(f"{rid}: public iff no reasons")
        if mk in GRADES and not ("OIDA-9-1-1" in rs and d == "non_public" and len(rs) >= 2):
            errs.append(f"{rid}: 비밀 needs -1 + content reason, non_public")
        if "OIDA-9-1-1" in rs and mk not in GRADES:
            errs.append(f"{rid}: -1 without 비밀 marking")
        if mk == "대외비" and (d != "non_public" or "OIDA-9-1-1" in rs or not rs):
            errs.append(f"{rid}: 대외비 rule")
        txt = full[rid]
        unmasked = bool(RRN_RE.search(txt) or PASS_RE.search(txt) or DL_RE.search(txt))
        if unmasked != ("PIPA-24" in rs):
            errs.append(f"{rid}: PIPA-24 vs unmasked id ({unmasked})")
        if "PIPA-24" in rs and "OIDA-9-1-6" not in rs:
            errs.append(f"{rid}: PIPA-24 without -6")
        if "mention_only" in m["flags"] and (mk != "none" or d != "public"):
            errs.append(f"{rid}: mention-only must be public/none")
        if m["cue"] == "field" and "t_mislabeled" not in m["flags"]:
            fw = field_word(m["cue_text"])
            if fw != d:
                errs.append(f"{rid}: stated field {m['cue_text']!r} -> {fw} but gold {d}")
        if "t_mislabeled" in m["flags"] and not (d == "partial" and "PIPA-24" in rs and "공개" in txt):
            errs.append(f"{rid}: mislabeled rule")
        if m["cue_text"] and nows(m["cue_text"]) not in nows(txt):
            errs.append(f"{rid}: cue not in text")
        # ---- format checks
        fmt[m["format"]] += 1
        if "text" in rec:
            if rec["text"] != txt:
                errs.append(f"{rid}: text mismatch")
        elif rec["file"].endswith(".hwpx"):
            try:
                t, parts = hwpx_text(os.path.join(HERE, rec["file"]))
            except Exception as e:  # noqa: BLE001
                errs.append(f"{rid}: hwpx invalid {e}")
                continue
            if m["cue_text"] and nows(m["cue_text"]) not in nows(t):
                errs.append(f"{rid}: cue not in hwpx")
            if m["has_header"] and nows(m["header_text"]) not in [nows(x) for x in parts["header"]]:
                errs.append(f"{rid}: hwpx header missing")
            if m["has_footer"] and nows(m["footer_text"]) not in [nows(x) for x in parts["footer"]]:
                errs.append(f"{rid}: hwpx footer missing")
            if (parts["tbl"], parts["rect"], parts["footNote"]) != (m["n_tables"], m["n_boxes"], m["n_footnotes"]):
                errs.append(f"{rid}: hwpx object counts")
        else:
            path = os.path.join(HERE, rec["file"])
            t = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout
            pages = t.split("\f")
            pages = [p for p in pages if p.strip()]
            if len(pages) != m["pages"]:
                errs.append(f"{rid}: pdf pages {len(pages)} != {m['pages']}")
            if m["cue_text"] and nows(m["cue_text"]) not in nows(t):
                errs.append(f"{rid}: cue not in pdf text")
            for pg in pages:
                if m["has_header"] and nows(m["header_text"]) not in nows(pg):
                    errs.append(f"{rid}: pdf header missing on a page")
                    break
                if m["has_footer"] and nows(m["footer_text"]) not in nows(pg):
                    errs.append(f"{rid}: pdf footer missing on a page")
                    break
    # ---- composition
    dc = Counter(r["disclosure"] for r in recs)
    mc = Counter(r["marking"] for r in recs)
    n = len(recs)
    if n < 220 or fmt["hwpx"] < 50 or fmt["pdf"] < 50:
        errs.append(f"size/format: {n} {dict(fmt)}")
    for k, lo, hi in (("public", .30, .40), ("partial", .25, .35), ("non_public", .30, .40)):
        if not lo <= dc[k] / n <= hi:
            errs.append(f"disclosure share {k} {dc[k] / n:.2f}")
    for k, lo in (("대외비", 12), ("III급", 8), ("II급", 5), ("I급", 2)):
        if mc[k] < lo:
            errs.append(f"marking {k} {mc[k]} < {lo}")
    return errs, recs, meta, fmt


def summary(recs, meta, fmt):
    n = len(recs)
    lines = [f"records {n}", "format " + json.dumps(dict(sorted(fmt.items())), ensure_ascii=False)]
    for key in ("disclosure", "marking", "genre"):
        c = Counter(r[key] for r in recs)
        lines.append(f"{key} " + json.dumps(dict(sorted(c.items())), ensure_ascii=False))
    rc = Counter(x for r in recs for x in r["reasons"])
    lines.append("reasons " + json.dumps(dict(sorted(rc.items())), ensure_ascii=False))
    for key in ("cue", "cue_location", "template"):
        c = Counter(m[key] for m in meta)
        lines.append(f"{key} " + json.dumps(dict(sorted(c.items())), ensure_ascii=False))
    fc = Counter(f for m in meta for f in m["flags"])
    lines.append("flags " + json.dumps(dict(sorted(fc.items())), ensure_ascii=False))
    lines.append("multi_page_docs " + str(sum(1 for m in meta if m["pages"] > 1)))
    return "\n".join(lines) + "\n"


def write_md5():
    out = []
    for root, dirs, files in os.walk(HERE):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for fn in sorted(files):
            p = os.path.join(root, fn)
            rel = os.path.relpath(p, HERE)
            if rel == "MD5SUMS":
                continue
            out.append(f"{hashlib.md5(open(p, 'rb').read()).hexdigest()}  {rel}")
    out.sort(key=lambda x: x.split("  ", 1)[1])
    with open(os.path.join(HERE, "MD5SUMS"), "w") as f:
        f.write("\n".join(out) + "\n")


def main():
    items = build()
    metas = write(items)
    errs, recs, meta, fmt = validate(metas)
    s = summary(recs, meta, fmt)
    s += "validation: " + ("OK" if not errs else f"{len(errs)} errors") + "\n"
    with open(os.path.join(HERE, "sens_u.validation.txt"), "w", encoding="utf-8") as f:
        f.write(s)
    print(s)
    for e in errs[:60]:
        print("ERR", e)
    shutil.rmtree(os.path.join(HERE, "__pycache__"), ignore_errors=True)
    write_md5()
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
