# -*- coding: utf-8 -*-
"""Build the sens_r evaluation set (document sensitivity).

    /work/evalsets/venv_sens_r/bin/python make_set.py

Writes sens_r.jsonl, sens_r.meta.jsonl, files/*.hwpx|*.pdf and MD5SUMS, then validates.
Deterministic: every random choice uses random.Random seeded with a "sens_r-2026|..." string;
no dict/set iteration order is relied upon; PDF output uses reportlab invariant mode and
HWPX zip entries carry a fixed timestamp."""
import hashlib
import json
import os
import random
import re
import shutil
import subprocess
import sys
import zipfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib_sr import noisify, render_inline, render_hwpx, render_pdf  # noqa: E402
from templates_sr import PLAN  # noqa: E402

SEED = "sens_r-2026"
N_HWPX, N_PDF = 52, 52
DISCLOSURE = {"public", "partial", "non_public"}
MARKING = {"none", "대외비", "III급", "II급", "I급"}
REASONS = {"OIDA-9-1-%d" % i for i in range(1, 9)} | {"PIPA-23", "PIPA-24"}

STATED_RE = re.compile(r"(부분공개|비공개|비 공 개|공개)\s*(\([^)]*\))?")


def wrap_lines(rng, text):
    out = []
    for ln in text.split("\n"):
        while len(ln) > 44 and rng.random() < 0.7:
            cut = rng.randint(28, 44)
            out.append(ln[:cut])
            ln = ln[cut:]
        out.append(ln)
    return "\n".join(out)


def build():
    jobs = []
    for fn, n in PLAN:
        for k in range(n):
            jobs.append((fn, k))
    assert len(jobs) == 240, len(jobs)
    random.Random(SEED + "|order").shuffle(jobs)
    formats = ["hwpx"] * N_HWPX + ["pdf"] * N_PDF + ["inline"] * (len(jobs) - N_HWPX - N_PDF)
    random.Random(SEED + "|format").shuffle(formats)

    fdir = os.path.join(HERE, "files")
    if os.path.isdir(fdir):
        shutil.rmtree(fdir)
    os.makedirs(fdir)

    recs, metas = [], []
    for i, ((fn, k), fmt) in enumerate(zip(jobs, formats)):
        did = "sr-%04d" % (i + 1)
        rng = random.Random("%s|%s|%d" % (SEED, fn.__name__, k))
        r = fn(rng, k)
        doc = r["doc"]
        flags = list(r["flags"])
        nrng = random.Random("%s|noise|%s" % (SEED, did))
        noisy = fmt != "hwpx" and nrng.random() < 0.17
        if noisy:
            lvl = nrng.choice([1, 1, 2])
            doc.map_text(lambda t: noisify(nrng, t, lvl))
            flags.append("noise")
        irng = random.Random("%s|inline|%s" % (SEED, did))
        text = render_inline(doc, irng)
        if noisy and fmt == "inline":
            text = wrap_lines(nrng, text)
        flags = [f for f in flags if f != "long"]
        if len(text) >= 2400:
            flags.append("long")
        rec = {"id": did}
        if fmt == "inline":
            rec["text"] = text
        else:
            rel = "files/%s.%s" % (did, fmt)
            path = os.path.join(HERE, rel)
            (render_hwpx if fmt == "hwpx" else render_pdf)(doc, path, r["title"])
            rec["file"] = rel
        rec["disclosure"] = r["disclosure"]
        rec["marking"] = r["marking"]
        rec["reasons"] = sorted(r["reasons"])
        rec["genre"] = r["genre"]
        recs.append(rec)

        # where the cue sits (offset in the linearised text; for files this is the
        # text as rendered before layout, i.e. header first and footer last)
        cue_text = r["cue_text"]
        off = None
        if cue_text:
            off = text.find(cue_text)
            if off < 0:
                off = None
        elif "stated" in flags:
            ms = [m for m in STATED_RE.finditer(text)]
            if ms:
                m = ms[-1] if r["cue_loc"] in ("closing_field", "footer", "part_sentence", "citation", "attachment_line") else ms[0]
                off, cue_text = m.start(), m.group(0)
        metas.append({
            "id": did, "template": fn.__name__, "variant": k, "format": fmt, "genre": r["genre"],
            "disclosure": r["disclosure"], "marking": r["marking"], "reasons": rec["reasons"],
            "title": r["title"], "cue": r["cue"], "cue_location": r["cue_loc"], "cue_text": cue_text,
            "cue_char_offset": off, "text_chars": len(text),
            "cue_relative_position": (round(off / max(1, len(text)), 3) if off is not None else None),
            "flags": sorted(set(flags)),
        })
    with open(os.path.join(HERE, "sens_r.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "sens_r.meta.jsonl"), "w", encoding="utf-8") as f:
        for m in metas:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")


def extract_hwpx(path):
    with zipfile.ZipFile(path) as z:
        assert z.testzip() is None
        names = z.namelist()
        assert names[0] == "mimetype" and z.read("mimetype") == b"application/hwp+zip"
        for req in ("version.xml", "META-INF/container.xml", "Contents/content.hpf", "Contents/header.xml", "Contents/section0.xml"):
            assert req in names, req
            ET.fromstring(z.read(req))
        root = ET.fromstring(z.read("Contents/section0.xml"))
    ns = "{http://www.hancom.co.kr/hwpml/2011/paragraph}t"
    return "\n".join((e.text or "") for e in root.iter(ns))


def extract_pdf(path):
    return subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", path, "-"], capture_output=True, check=True).stdout.decode("utf-8")


def squash(s):
    import unicodedata
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def validate():
    recs = [json.loads(l) for l in open(os.path.join(HERE, "sens_r.jsonl"), encoding="utf-8")]
    metas = [json.loads(l) for l in open(os.path.join(HERE, "sens_r.meta.jsonl"), encoding="utf-8")]
    assert len(recs) == len(metas) == 240
    ids = set()
    have_pdftotext = shutil.which("pdftotext") is not None
    for r, m in zip(recs, metas):
        assert r["id"] == m["id"] and r["id"] not in ids
        ids.add(r["id"])
        keys = list(r.keys())
        assert keys == ["id", "text" if "text" in r else "file", "disclosure", "marking", "reasons", "genre"], keys
        assert r["disclosure"] in DISCLOSURE and r["marking"] in MARKING
        assert all(x in REASONS for x in r["reasons"]) and r["reasons"] == sorted(set(r["reasons"]))
        assert (r["disclosure"] == "public") == (r["reasons"] == [])
        if r["marking"] in ("III급", "II급", "I급"):
            assert "OIDA-9-1-1" in r["reasons"] and len(r["reasons"]) >= 2 and r["disclosure"] == "non_public"
        else:
            assert "OIDA-9-1-1" not in r["reasons"]
        if r["marking"] != "none":
            assert r["disclosure"] == "non_public"
        if "mention_only" in m["flags"]:
            assert r["marking"] == "none" and r["disclosure"] == "public"
        if "file" in r:
            p = os.path.join(HERE, r["file"])
            txt = extract_hwpx(p) if p.endswith(".hwpx") else (extract_pdf(p) if have_pdftotext else None)
            if txt is not None:
                assert len(squash(txt)) > 150, (r["id"], len(txt))
                if m["cue_text"] and "noise" not in m["flags"]:
                    assert squash(m["cue_text"]) in squash(txt), (r["id"], m["cue_text"])
        else:
            assert len(r["text"]) > 150
            if m["cue_text"] and "noise" not in m["flags"]:
                assert m["cue_text"] in r["text"], (r["id"], m["cue_text"])
    print("validation OK: %d records" % len(recs))


def md5sums():
    out = []
    for root, dirs, files in os.walk(HERE):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for fn in sorted(files):
            if fn == "MD5SUMS" or fn.endswith(".pyc"):
                continue
            p = os.path.join(root, fn)
            rel = os.path.relpath(p, HERE)
            out.append("%s  %s" % (hashlib.md5(open(p, "rb").read()).hexdigest(), rel))
    out.sort(key=lambda s: s[34:])
    with open(os.path.join(HERE, "MD5SUMS"), "w") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    build()
    validate()
    md5sums()
