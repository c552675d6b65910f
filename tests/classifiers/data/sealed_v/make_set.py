# -*- coding: utf-8 -*-
"""sens_v generator: python make_set.py  (run with /work/evalsets/venv_sens_v/bin/python).

Deterministic: every random.Random is seeded with a string "sens_v-2026|<template>|<variant>".
Writes sens_v.jsonl, sens_v.meta.jsonl, files/*.hwpx|*.pdf, README.md, MD5SUMS; then validates.
"""
import hashlib
import json
import os
import random
import re
import shutil
import subprocess
import sys
import unicodedata
import zipfile
import xml.etree.ElementTree as ET

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from sv_templates import TEMPLATES  # noqa: E402
from sv_render import render_text, render_hwpx, render_pdf, pdf_safe  # noqa: E402

REASON_ORDER = ["OIDA-9-1-1", "OIDA-9-1-2", "OIDA-9-1-3", "OIDA-9-1-4", "OIDA-9-1-5", "OIDA-9-1-6",
                "OIDA-9-1-7", "OIDA-9-1-8", "PIPA-23", "PIPA-24"]
MARKINGS = ["none", "대외비", "III급", "II급", "I급"]
DISC = ["public", "partial", "non_public"]
FORMAT_CYCLE = ["text", "hwpx", "pdf", "text", "pdf", "hwpx", "text", "hwpx", "text", "pdf"]
TEXT_LOC = {"page_header": "first_line", "page_footer": "last_line", "textbox_stamp": "stamp_line"}

FULLW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789"}
LOOKALIKE = {"는": "늗", "을": "올", "다": "디", "하": "히", "의": "외", "로": "르"}


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"\s+", "", s)


def ocr_noise(text, protect, r):
    """OCR-like noise outside protected strings; protected strings may get inner spaces only."""
    spans = []
    for p in protect:
        if not p:
            continue
        for m in re.finditer(re.escape(p), text):
            spans.append((m.start(), m.end()))
    spans.sort()
    out = []
    i = 0
    prot = [False] * len(text)
    for a, b in spans:
        for k in range(a, b):
            prot[k] = True
    col = 0
    for i, c in enumerate(text):
        if prot[i]:
            out.append(c)
            if c not in " \n" and r.random() < 0.12:
                out.append(" ")
            col = 0 if c == "\n" else col + 1
            continue
        x = r.random()
        if c in FULLW and x < 0.35:
            c = FULLW[c]
        elif c == "." and x < 0.08:
            c = ","
        elif c in LOOKALIKE and x < 0.05:
            c = LOOKALIKE[c]
        elif c == " " and x < 0.08:
            c = "  "
        elif c == " " and x < 0.12:
            c = ""
        out.append(c)
        col = 0 if c == "\n" else col + 1
        if col > 38 and c == " " and r.random() < 0.5:
            out.append("\n")
            col = 0
    return "".join(out)


def build():
    plan = []
    for name, fn, count, _ in TEMPLATES:
        for v in range(count):
            plan.append((name, fn, v))
    docs = []
    for i, (name, fn, v) in enumerate(plan):
        from sv_common import Gen
        g = Gen(f"{name}|{v}")
        d = fn(g, v)
        d["template"], d["variant"] = name, v
        d["format"] = FORMAT_CYCLE[i % len(FORMAT_CYCLE)]
        d["reasons"] = sorted(set(d["reasons"]), key=REASON_ORDER.index)
        docs.append(d)
    # OCR noise on every 5th inline-text document
    nt = 0
    for d in docs:
        if d["format"] != "text":
            continue
        nt += 1
        r = random.Random(f"sens_v-2026|{d['template']}|{d['variant']}|fmt")
        d["tsep"] = r.choice([" | ", "\t", "  ", "|"])
        d["ocr"] = (nt % 5 == 3)
    return docs


def write_all(out):
    docs = build()
    fdir = os.path.join(out, "files")
    if os.path.isdir(fdir):
        shutil.rmtree(fdir)
    os.makedirs(fdir)
    recs, metas = [], []
    for i, d in enumerate(docs, 1):
        did = f"sens_v-{i:04d}"
        loc = d["cue_location"]
        flags = list(d["flags"])
        rec = {"id": did}
        if d["format"] == "text":
            text = render_text(d, d["tsep"])
            if d["ocr"]:
                r = random.Random(f"sens_v-2026|{d['template']}|{d['variant']}|ocr")
                text = ocr_noise(text, [d["cue_text"]] + d["pii"], r)
                flags.append("ocr_noise")
            loc = TEXT_LOC.get(loc, loc)
            rec["text"] = text
        elif d["format"] == "hwpx":
            rel = f"files/{did}.hwpx"
            with open(os.path.join(out, rel), "wb") as f:
                f.write(render_hwpx(d))
            rec["file"] = rel
        else:
            rel = f"files/{did}.pdf"
            font = "HYGothic-Medium" if i % 3 == 0 else "HYSMyeongJo-Medium"
            with open(os.path.join(out, rel), "wb") as f:
                f.write(render_pdf(d, font))
            rec["file"] = rel
        rec.update({"disclosure": d["disclosure"], "marking": d["marking"], "reasons": d["reasons"], "genre": d["genre"]})
        recs.append(rec)
        metas.append({"id": did, "template": d["template"], "variant": d["variant"], "format": d["format"],
                      "cue": d["cue"], "cue_location": loc, "cue_text": d["cue_text"], "flags": flags,
                      "has_header": bool(d.get("header")), "has_footer": bool(d.get("footer")),
                      "n_tables": sum(1 for b in d["blocks"] if b[0] == "tbl"),
                      "n_boxes": sum(1 for b in d["blocks"] if b[0] == "box"),
                      "header_text": d.get("header") or "", "footer_text": d.get("footer") or "",
                      "unmasked_ids": d["pii"]})
    with open(os.path.join(out, "sens_v.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "sens_v.meta.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in metas:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    return recs, metas


# ------------------------------------------------------------------ validation
HP = "{http://www.hancom.co.kr/hwpml/2011/paragraph}"
RRN_RE = re.compile(r"(?<!\d)(\d{2})(\d{2})(\d{2})-([1-8])(\d{6})(?!\d)")
DL_RE = re.compile(r"(?<![\d-])\d{2}-\d{2}-\d{6}-\d{2}(?![\d-])")


def rrn_ok(m):
    body = "".join(m.groups())
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return (11 - sum(int(c) * k for c, k in zip(body, w)) % 11) % 10 == int(body[12])


def hwpx_text(path, meta):
    with zipfile.ZipFile(path) as z:
        assert z.testzip() is None
        infos = z.infolist()
        assert infos[0].filename == "mimetype" and infos[0].compress_type == zipfile.ZIP_STORED, path
        assert z.read("mimetype") == b"application/hwp+zip"
        names = z.namelist()
        for req in ["version.xml", "Contents/header.xml", "Contents/section0.xml", "Contents/content.hpf",
                    "META-INF/container.xml"]:
            assert req in names, (path, req)
        for n in names:
            if n.endswith((".xml", ".hpf")):
                ET.fromstring(z.read(n))
        sec = ET.fromstring(z.read("Contents/section0.xml"))
    assert (sec.find(f".//{HP}header") is not None) == meta["has_header"], path
    assert (sec.find(f".//{HP}footer") is not None) == meta["has_footer"], path
    assert len(sec.findall(f".//{HP}tbl")) == meta["n_tables"], path
    assert len(sec.findall(f".//{HP}rect")) == meta["n_boxes"], path
    if meta["has_header"]:
        ht = "".join(t.text or "" for t in sec.find(f".//{HP}header").iter(f"{HP}t"))
        assert norm(meta["header_text"]) in norm(ht), path
    return "\n".join(t.text or "" for t in sec.iter(f"{HP}t"))


def pdf_text(path, meta):
    with open(path, "rb") as f:
        head = f.read(5)
    assert head == b"%PDF-", path
    txt = subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", path, "-"], capture_output=True, check=True).stdout.decode("utf-8")
    pages = [p for p in txt.split("\f") if p.strip()]
    assert pages, path
    for p in pages:
        if meta["has_header"]:
            assert norm(pdf_safe(meta["header_text"])) in norm(p), (path, "header missing on a page")
        if meta["has_footer"]:
            assert norm(pdf_safe(meta["footer_text"])) in norm(p), (path, "footer missing on a page")
        assert re.search(r"-\s*\d+\s*-", p), (path, "page number")
    return txt


def validate(out):
    recs = [json.loads(l) for l in open(os.path.join(out, "sens_v.jsonl"), encoding="utf-8")]
    metas = [json.loads(l) for l in open(os.path.join(out, "sens_v.meta.jsonl"), encoding="utf-8")]
    assert len(recs) == len(metas) >= 200
    ids = [r["id"] for r in recs]
    assert len(set(ids)) == len(ids)
    nfmt = {"text": 0, "hwpx": 0, "pdf": 0}
    for r, m in zip(recs, metas):
        assert r["id"] == m["id"]
        keys = list(r.keys())
        assert keys in (["id", "text", "disclosure", "marking", "reasons", "genre"],
                        ["id", "file", "disclosure", "marking", "reasons", "genre"]), keys
        D, M, R = r["disclosure"], r["marking"], r["reasons"]
        assert D in DISC and M in MARKINGS and all(x in REASON_ORDER for x in R), r["id"]
        assert R == sorted(set(R), key=REASON_ORDER.index)
        # --- README label rules
        if D == "public":
            assert R == [] and M == "none", r["id"]
        else:
            assert R, r["id"]
        if M in ("III급", "II급", "I급"):
            assert D == "non_public" and "OIDA-9-1-1" in R and ("OIDA-9-1-2" in R or "OIDA-9-1-3" in R), r["id"]
        else:
            assert "OIDA-9-1-1" not in R, r["id"]
        if M == "대외비":
            assert D != "public" and len([x for x in R if x != "OIDA-9-1-1"]) >= 1
        if "PIPA-24" in R:
            assert "OIDA-9-1-6" in R
        if m["cue"] == "mention_only":
            assert M == "none" and D == "public", r["id"]
        # --- text extraction
        if "text" in r:
            nfmt["text"] += 1
            text = r["text"]
        else:
            p = os.path.join(out, r["file"])
            assert os.path.isfile(p)
            if r["file"].endswith(".hwpx"):
                nfmt["hwpx"] += 1
                text = hwpx_text(p, m)
            else:
                nfmt["pdf"] += 1
                text = pdf_text(p, m)
        nt = norm(text)
        if m["cue_text"]:
            cue = pdf_safe(m["cue_text"]) if m["format"] == "pdf" else m["cue_text"]
            assert norm(cue) in nt, (r["id"], m["cue_text"])
        # PIPA-24 iff an unmasked RRN / driver licence number is present
        nk = nt
        found = [x for x in RRN_RE.finditer(nk) if rrn_ok(x)] + list(DL_RE.finditer(nk))
        assert bool(found) == ("PIPA-24" in R), (r["id"], [x.group(0) for x in found])
        for u in m["unmasked_ids"]:
            assert norm(u) in nk, (r["id"], u)
        # masked RRNs never carry PIPA-24 by themselves (checked by the iff above)
    return recs, metas, nfmt


def counts(recs, metas, nfmt):
    from collections import Counter
    c = {"disclosure": Counter(r["disclosure"] for r in recs), "marking": Counter(r["marking"] for r in recs),
         "reasons": Counter(x for r in recs for x in r["reasons"]), "format": nfmt,
         "cue": Counter(m["cue"] for m in metas), "cue_location": Counter(m["cue_location"] for m in metas),
         "genre": Counter(r["genre"] for r in recs), "template": Counter(m["template"] for m in metas),
         "flags": Counter(f for m in metas for f in m["flags"])}
    return c


def write_md5(out):
    rows = []
    for root, dirs, files in os.walk(out):
        dirs.sort()
        for fn in sorted(files):
            p = os.path.join(root, fn)
            rel = os.path.relpath(p, out)
            if rel == "MD5SUMS" or "__pycache__" in rel:
                continue
            rows.append((rel, hashlib.md5(open(p, "rb").read()).hexdigest()))
    rows.sort()
    with open(os.path.join(out, "MD5SUMS"), "w", encoding="utf-8", newline="\n") as f:
        for rel, h in rows:
            f.write(f"{h}  {rel}\n")


def main():
    out = HERE
    write_all(out)
    recs, metas, nfmt = validate(out)
    c = counts(recs, metas, nfmt)
    assert nfmt["hwpx"] >= 45 and nfmt["pdf"] >= 45, nfmt
    mk = c["marking"]
    assert mk["대외비"] >= 10 and mk["III급"] >= 8 and mk["II급"] >= 4 and mk["I급"] >= 2, mk
    from sv_readme import write_readme
    write_readme(out, recs, metas, c)
    shutil.rmtree(os.path.join(out, "__pycache__"), ignore_errors=True)
    write_md5(out)
    print(json.dumps({k: dict(sorted(v.items())) for k, v in c.items() if k in ("disclosure", "marking", "format", "reasons")},
                     ensure_ascii=False))
    print("validation OK:", len(recs), "records")


if __name__ == "__main__":
    sys.dont_write_bytecode = True
    main()
