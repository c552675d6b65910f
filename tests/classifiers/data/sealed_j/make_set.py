# -*- coding: utf-8 -*-
"""Build the sens_j evaluation set (deterministic, seeded).

    /work/evalsets/venv_sens_j/bin/python make_set.py

Writes sens_j.jsonl, sens_j.meta.jsonl, files/*.hwpx|*.pdf and MD5SUMS next to this script.
Output is byte-identical across runs and PYTHONHASHSEED values.
"""
import hashlib
import json
import os
import random
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import templates as T  # noqa: E402
from render import render_text, ocr_noise, hwpx_bytes, pdf_bytes  # noqa: E402

SEED = 20250611
N_HWPX = 50
N_PDF = 46
OCR_FRAC = 0.105
REASON_ORDER = ["OIDA-9-1-%d" % i for i in range(1, 9)] + ["PIPA-23", "PIPA-24"]

MIN_YEAR = {"t_privacy_policy": 2012, "t_privacy_training": 2012, "t_complaint_result": 2006, "t_foi_guide": 2004,
            "t_foi_decision": 2004, "t_mandated_list": 2017, "t_award": 2005, "t_interview_scores": 2013,
            "t_disability": 2019, "t_school_violence": 2020, "t_union": 2006, "t_tax_seizure": 2017,
            "t_local_tax_audit": 2011, "t_password": 2005, "t_doc_register": 2005, "t_trip_passport": 2008,
            "t_mislabeled": 2005, "t_roster_rrn": 2000, "t_case_note": 2012, "t_whistleblower": 2011,
            "t_malicious_complaint": 2008, "t_subsidy": 2004, "t_patient_list": 2004}


def pick_year(rng, tname):
    lo = MIN_YEAR.get(tname, 1995)
    r = rng.random()
    if r < 0.16:
        y = rng.randint(1995, 2003)
    elif r < 0.36:
        y = rng.randint(2004, 2013)
    else:
        y = rng.randint(2014, 2026)
    return max(y, lo) if y >= lo else rng.randint(lo, 2026)


def build():
    plan = []
    for group in (T.PUBLIC, T.PARTIAL, T.NONPUBLIC):
        for fn, n in group:
            for k in range(n):
                plan.append((fn, k))
    order = random.Random(SEED).sample(range(len(plan)), len(plan))
    recs = []
    for pos, pi in enumerate(order):
        fn, k = plan[pi]
        rng = random.Random("%d|%s|%d" % (SEED, fn.__name__, k))
        y = pick_year(rng, fn.__name__)
        doc, lab = fn(rng, y)
        lab["reasons"] = sorted(set(lab["reasons"]), key=REASON_ORDER.index)
        recs.append({"id": "sj-%04d" % (pos + 1), "tname": fn.__name__, "year": y, "doc": doc, "lab": lab,
                     "rng": random.Random("%d|fmt|%s|%d" % (SEED, fn.__name__, k))})
    # formats
    frng = random.Random(SEED + 1)
    idx = list(range(len(recs)))
    frng.shuffle(idx)
    # bias: about two thirds of the formally marked / informally marked records go to binary formats,
    # so that running headers/footers and 보안등급 cells are exercised in HWPX/PDF.
    front = [i for i in idx if (recs[i]["lab"]["marking"] != "none" or recs[i]["tname"] == "t_informal")
             and frng.random() < 0.68]
    idx = front + [i for i in idx if i not in front]
    fmt = {}
    hw = [i for i in idx if recs[i]["year"] >= 2014][:N_HWPX]
    for i in hw:
        fmt[i] = "hwpx"
    pdfc = [i for i in idx if i not in fmt][:N_PDF]
    for i in pdfc:
        fmt[i] = "pdf"
    texts = [i for i in range(len(recs)) if i not in fmt]
    n_ocr = int(round(len(texts) * OCR_FRAC))
    ocr = set(frng.sample(texts, n_ocr))
    return recs, fmt, ocr


def main():
    recs, fmt, ocr = build()
    fdir = os.path.join(HERE, "files")
    os.makedirs(fdir, exist_ok=True)
    for f in sorted(os.listdir(fdir)):
        os.remove(os.path.join(fdir, f))
    out, meta = [], []
    for i, r in enumerate(recs):
        doc, lab, rng = r["doc"], r["lab"], r["rng"]
        f = fmt.get(i, "text")
        title = doc.get("title") or r["tname"]
        m = {"id": r["id"], "template": r["tname"], "format": f, "year": r["year"], "genre": lab["genre"],
             "cues": lab["cues"], "deciding_cue": lab["deciding"], "mention_only": lab["mention_only"],
             "content_only": lab["content_only"], "t_mislabeled": r["tname"] == "t_mislabeled",
             "pre2004_layout": r["year"] < 2004, "ocr_noise": False, "table_style": None, "run_on": False,
             "label_reason": lab["reason"]}
        rec = {"id": r["id"]}
        if f == "text":
            ts = rng.choice(["pipe", "pipe", "bar", "tab", "tab", "runon"])
            runon = rng.random() < 0.1
            txt = render_text(doc, ts, runon)
            if i in ocr:
                txt = ocr_noise(txt, rng, protect=[c["cue"] for c in lab["cues"]])
                m["ocr_noise"] = True
            rec["text"] = txt
            m["table_style"], m["run_on"] = ts, runon
        else:
            rel = "files/%s.%s" % (r["id"], f)
            bdoc = binary_prep(doc, r["id"])
            data = hwpx_bytes(bdoc, title) if f == "hwpx" else pdf_bytes(bdoc, title)
            with open(os.path.join(HERE, rel), "wb") as fh:
                fh.write(data)
            rec["file"] = rel
            m["has_running_header"] = bool(doc.get("header"))
            m["has_running_footer"] = bool(doc.get("footer"))
        rec.update({"disclosure": lab["disclosure"], "marking": lab["marking"], "reasons": lab["reasons"],
                    "genre": lab["genre"]})
        out.append(rec)
        meta.append(m)
    with open(os.path.join(HERE, "sens_j.jsonl"), "w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "sens_j.meta.jsonl"), "w", encoding="utf-8") as fh:
        for m in meta:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    validate(out, meta)
    paths = ["sens_j.jsonl", "sens_j.meta.jsonl"] + ["files/" + x for x in sorted(os.listdir(fdir))] + \
            ["make_set.py", "templates.py", "render.py", "common.py"]
    with open(os.path.join(HERE, "MD5SUMS"), "w") as fh:
        for p in paths:
            fh.write("%s  %s\n" % (hashlib.md5(open(os.path.join(HERE, p), "rb").read()).hexdigest(), p))
    print("records", len(out), "binary", sum(1 for x in out if "file" in x))


def binary_prep(doc, rid):
    """Binary documents always get a running header and footer; a 결재 line becomes a table when the
    document has no other table (as in a 기안문 결재란)."""
    d = dict(doc)
    d["closing"] = list(doc.get("closing", []))
    if not d.get("header"):
        d["header"] = (doc.get("head") or [""])[0] or doc.get("title", "")
    if not d.get("footer"):
        d["footer"] = "문서관리번호 %s" % rid.upper()
    if not any(isinstance(x, dict) for x in doc.get("body", [])):
        for k, ln in enumerate(d["closing"]):
            if ln.startswith("★") or ln.startswith("기안자"):
                toks = ln.replace("★", "").split("   ")
                d["closing"][k] = {"table": [[t.strip() for t in toks]]}
                break
    return d


def validate(out, meta):
    D = {"public", "partial", "non_public"}
    M = {"none", "대외비", "III급", "II급", "I급"}
    for rec, m in zip(out, meta):
        assert rec["disclosure"] in D and rec["marking"] in M, rec["id"]
        assert all(x in REASON_ORDER for x in rec["reasons"]), rec
        if rec["disclosure"] == "public":
            assert rec["reasons"] == [] and rec["marking"] == "none", rec["id"]
        else:
            assert rec["reasons"], rec["id"]
        if rec["marking"] in ("III급", "II급", "I급"):
            assert "OIDA-9-1-1" in rec["reasons"] and len(rec["reasons"]) >= 2 and rec["disclosure"] == "non_public"
        if rec["marking"] == "대외비":
            assert "OIDA-9-1-1" not in rec["reasons"] and rec["disclosure"] == "non_public"
        if "file" in rec:
            p = os.path.join(HERE, rec["file"])
            if p.endswith(".hwpx"):
                with zipfile.ZipFile(p) as z:
                    names = z.namelist()
                    assert names[0] == "mimetype" and z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
                    assert z.read("mimetype") == b"application/hwp+zip"
                    for n in ("META-INF/container.xml", "Contents/content.hpf", "Contents/header.xml",
                              "Contents/section0.xml", "Preview/PrvText.txt"):
                        assert n in names
                    sec = z.read("Contents/section0.xml").decode("utf-8")
                    assert "<hp:t>" in sec and "<hp:tbl" in sec or "<hp:t>" in sec
                    import xml.dom.minidom
                    xml.dom.minidom.parseString(sec)
            else:
                assert open(p, "rb").read(5) == b"%PDF-"
        else:
            assert rec["text"].strip()


if __name__ == "__main__":
    main()
