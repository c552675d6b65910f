# -*- coding: utf-8 -*-
"""Generator for the independent evaluation set sens_q (Korean document sensitivity).

Usage:  /work/evalsets/venv_sens_q/bin/python make_set.py
Writes sens_q.jsonl, sens_q.meta.jsonl, files/*, MD5SUMS. Deterministic: every random
draw comes from random.Random seeded with a string in the "sens_q-2026|..." namespace;
nothing depends on hash() or set/dict iteration order of unhashable-seeded objects.
"""
import hashlib
import json
import os
import re
import subprocess
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from sq_lib import R, render_text, render_hwpx, render_pdf, ocr_noise  # noqa: E402
import sq_templates as T  # noqa: E402

PLAN = [
    # ---------------- public
    ("t_pub_gongmun", T.t_pub_gongmun, 12, {}),
    ("t_pub_press", T.t_pub_press, 8, {}),
    ("t_pub_bid", T.t_pub_bid, 4, {}),
    ("t_pub_minutes", T.t_pub_minutes, 4, {}),
    ("t_pub_minwon_masked", T.t_pub_minwon_masked, 5, {}),
    ("t_pub_audit_summary", T.t_pub_audit_summary, 3, {}),
    ("t_pub_contract_notice", T.t_pub_contract_notice, 3, {}),
    ("t_pub_report_long", T.t_pub_report_long, 6, {}),
    ("t_pub_informal", T.t_pub_informal, 3, {}),
    ("t_pub_school", T.t_pub_school, 3, {}),
    ("t_pub_fire", T.t_pub_fire, 3, {}),
    ("t_m_guideline", T.t_m_guideline, 4, {}),
    ("t_m_foi_guide", T.t_m_foi_guide, 4, {}),
    ("t_m_security_audit", T.t_m_security_audit, 3, {}),
    ("t_m_declass", T.t_m_declass, 3, {}),
    ("t_m_cover_letter", T.t_m_cover_letter, 4, {}),
    ("t_m_password", T.t_m_password, 4, {}),
    ("t_m_grade", T.t_m_grade, 4, {}),
    ("t_m_foi_decision", T.t_m_foi_decision, 3, {}),
    ("t_m_training", T.t_m_training, 3, {}),
    ("t_m_committee_rules", T.t_m_committee_rules, 2, {}),
    # ---------------- partial
    ("t_par_gongmun6", T.t_par_gongmun6, 9, {}),
    ("t_par_minwon", T.t_par_minwon, 6, {}),
    ("t_par_contract", T.t_par_contract, 7, {}),
    ("t_par_contract_trade", T.t_par_contract_trade, 4, {}),
    ("t_par_minutes_private", T.t_par_minutes_private, 4, {}),
    ("t_par_subsidy", T.t_par_subsidy, 4, {}),
    ("t_mislabeled", T.t_par_mislabeled, 4, {}),
    ("t_mislabeled_long", T.t_par_mislabeled, 3, {"long": True}),
    ("t_par_event_roster", T.t_par_event_roster, 5, {}),
    ("t_par_fire_incident", T.t_par_fire_incident, 4, {}),
    ("t_par_trip_passport", T.t_par_trip_passport, 4, {}),
    ("t_par_vehicle_dl", T.t_par_vehicle_dl, 3, {}),
    ("t_par_frn", T.t_par_frn, 3, {}),
    ("t_par_edu_instructor", T.t_par_edu_instructor, 3, {}),
    ("t_par_court", T.t_par_court, 3, {}),
    ("t_par_part_sentence", T.t_par_part_sentence, 4, {}),
    ("t_par_checkbox", T.t_par_checkbox, 4, {}),
    # ---------------- non_public
    ("t_np_secret_III_2", T.t_np_secret, 8, {"grade": "III급", "basis": "2"}),
    ("t_np_secret_III_3", T.t_np_secret, 4, {"grade": "III급", "basis": "3"}),
    ("t_np_secret_II", T.t_np_secret, 6, {"grade": "II급", "basis": "2"}),
    ("t_np_secret_I", T.t_np_secret, 3, {"grade": "I급", "basis": "2"}),
    ("t_np_daeoebi_3", T.t_np_daeoebi, 4, {"basis": "3"}),
    ("t_np_daeoebi_4", T.t_np_daeoebi, 3, {"basis": "4"}),
    ("t_np_daeoebi_5", T.t_np_daeoebi, 7, {"basis": "5"}),
    ("t_np_daeoebi_56", T.t_np_daeoebi, 2, {"basis": "56"}),
    ("t_np_daeoebi_58", T.t_np_daeoebi, 2, {"basis": "58"}),
    ("t_np_discipline", T.t_np_discipline, 4, {}),
    ("t_np_sickleave", T.t_np_sickleave, 3, {}),
    ("t_np_union", T.t_np_union, 2, {}),
    ("t_np_internal_review", T.t_np_internal_review, 3, {}),
    ("t_np_internal_review_long", T.t_np_internal_review, 2, {"long": True}),
    ("t_np_investigation", T.t_np_investigation, 5, {}),
    ("t_np_exam", T.t_np_exam, 3, {}),
    ("t_np_bid_price", T.t_np_bid_price, 2, {}),
    ("t_np_roster", T.t_np_roster, 3, {}),
    ("t_np_roster_health", T.t_np_roster, 2, {"health": True}),
    ("t_np_facility", T.t_np_facility, 3, {}),
    ("t_np_land", T.t_np_land, 2, {}),
    ("t_np_tradesecret", T.t_np_tradesecret, 2, {}),
    ("t_np_informal", T.t_np_informal, 3, {}),
]

FMT_PATTERN = ["hwpx", "pdf", "text", "text", "hwpx", "text", "pdf", "text", "text", "hwpx", "pdf", "text"]
NOISE_RATE = 0.3
ALLOWED_DISC = {"public", "partial", "non_public"}
ALLOWED_MARK = {"none", "대외비", "III급", "II급", "I급"}
ALLOWED_REASONS = {"OIDA-9-1-%d" % k for k in range(1, 9)} | {"PIPA-23", "PIPA-24"}
ID_RE = re.compile(r"\d{6}\s*[-‐－]\s*\d{7}|[MSRGD]\d{8}|[MSRGD]\d{3}[A-Z]\d{4}|\d{2}-\d{2}-\d{6}-\d{2}")
KEEP_WORDS = ("공개", "비밀", "대외비", "대 외 비", "급 비 밀", "예고문", "사본", "보호기간", "취급주의", "열람 제한", "유출 금지", "배포 금지", "참고용", "공유용", "게시용")


def protect(line):
    return bool(ID_RE.search(line)) or any(w in line for w in KEEP_WORDS)


def build():
    specs = []
    for tname, fn, n, kw in PLAN:
        rr = R("formats", tname)
        off = rr.randrange(len(FMT_PATTERN))
        for k in range(n):
            specs.append((tname, fn, kw, k, FMT_PATTERN[(off + k) % len(FMT_PATTERN)]))
    order = list(range(len(specs)))
    R("order").shuffle(order)
    files_dir = os.path.join(HERE, "files")
    os.makedirs(files_dir, exist_ok=True)
    for f in os.listdir(files_dir):
        os.remove(os.path.join(files_dir, f))
    recs, metas = [], []
    for pos, si in enumerate(order):
        tname, fn, kw, k, fmt = specs[si]
        did = "sq-%04d" % (pos + 1)
        r = R("doc", did, tname, k)
        kw2 = dict(kw)
        if fn in (T.t_np_secret, T.t_np_daeoebi):
            kw2["fmt"] = fmt
        doc, label, meta = fn(r, k, **kw2)
        dl_ = getattr(doc, "disc_loc", None)
        if dl_ and "결문" in meta["cue_location"]:
            meta["cue_location"] = meta["cue_location"].replace("결문", dl_, 1)
        rec = {"id": did}
        flags = list(meta.get("flags", []))
        if dl_:
            flags.append("stated")
        noise_ops = []
        if fmt == "text":
            txt = render_text(doc, R("render", did))
            nr = R("noise", did)
            if nr.random() < NOISE_RATE:
                txt, noise_ops = ocr_noise(txt, nr, protect)
                if noise_ops:
                    flags.append("noise")
            rec["text"] = txt
        elif fmt == "hwpx":
            data = render_hwpx(doc, doc.title)
            rel = "files/%s.hwpx" % did
            open(os.path.join(HERE, rel), "wb").write(data)
            rec["file"] = rel
        else:
            data = render_pdf(doc, doc.title)
            rel = "files/%s.pdf" % did
            open(os.path.join(HERE, rel), "wb").write(data)
            rec["file"] = rel
        rec.update({"disclosure": label["disclosure"], "marking": label["marking"], "reasons": label["reasons"], "genre": meta["genre"]})
        recs.append(rec)
        m = {"id": did, "template": tname, "format": fmt, "genre": meta["genre"], "agency": meta.get("agency"),
             "disclosure": label["disclosure"], "marking": label["marking"], "reasons": label["reasons"],
             "cue": meta["cue"], "cue_location": meta["cue_location"], "flags": sorted(set(flags)),
             "noise_ops": noise_ops, "has_header": doc.header is not None, "has_footer": doc.footer is not None,
             "has_textbox": any(b[0] == "box" for b in doc.blocks)}
        if "stated_disclosure" in meta:
            m["stated_disclosure"] = meta["stated_disclosure"]
        metas.append(m)
    with open(os.path.join(HERE, "sens_q.jsonl"), "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "sens_q.meta.jsonl"), "w", encoding="utf-8") as f:
        for m in metas:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")


def validate():
    recs = [json.loads(l) for l in open(os.path.join(HERE, "sens_q.jsonl"), encoding="utf-8")]
    metas = [json.loads(l) for l in open(os.path.join(HERE, "sens_q.meta.jsonl"), encoding="utf-8")]
    assert len(recs) == len(metas)
    ids = set()
    for rec, m in zip(recs, metas):
        assert rec["id"] == m["id"] and rec["id"] not in ids
        ids.add(rec["id"])
        assert ("text" in rec) != ("file" in rec)
        assert rec["disclosure"] in ALLOWED_DISC, rec
        assert rec["marking"] in ALLOWED_MARK, rec
        assert all(x in ALLOWED_REASONS for x in rec["reasons"]), rec
        assert rec["reasons"] == sorted(set(rec["reasons"])), rec
        # label-rule consistency
        if rec["disclosure"] == "public":
            assert rec["reasons"] == [] and rec["marking"] == "none"
        else:
            assert rec["reasons"], rec
        if rec["marking"] in ("I급", "II급", "III급"):
            assert "OIDA-9-1-1" in rec["reasons"] and len(rec["reasons"]) >= 2 and rec["disclosure"] == "non_public"
        else:
            assert "OIDA-9-1-1" not in rec["reasons"]
        if "mention_only" in m["flags"]:
            assert rec["marking"] == "none" and rec["disclosure"] == "public"
        if "file" in rec:
            p = os.path.join(HERE, rec["file"])
            if p.endswith(".hwpx"):
                with zipfile.ZipFile(p) as z:
                    assert z.testzip() is None
                    names = z.namelist()
                    assert names[0] == "mimetype" and z.read("mimetype") == b"application/hwp+zip"
                    for need in ("version.xml", "META-INF/container.xml", "Contents/content.hpf", "Contents/header.xml", "Contents/section0.xml"):
                        assert need in names
                    import xml.dom.minidom
                    xml.dom.minidom.parseString(z.read("Contents/section0.xml"))
            else:
                out = subprocess.run(["pdftotext", "-layout", p, "-"], capture_output=True, text=True).stdout
                assert len(out.strip()) > 50 and re.search("[가-힣]", out), p
        else:
            assert len(rec["text"]) > 50
    print("validated", len(recs), "records")


def md5sums():
    paths = []
    for root, _, fs in os.walk(HERE):
        for f in fs:
            full = os.path.join(root, f)
            rel = os.path.relpath(full, HERE)
            if rel == "MD5SUMS" or "__pycache__" in rel:
                continue
            paths.append(rel)
    with open(os.path.join(HERE, "MD5SUMS"), "w") as out:
        for rel in sorted(paths):
            out.write("%s  %s\n" % (hashlib.md5(open(os.path.join(HERE, rel), "rb").read()).hexdigest(), rel))


if __name__ == "__main__":
    build()
    validate()
    if "--no-md5" not in sys.argv:
        md5sums()
