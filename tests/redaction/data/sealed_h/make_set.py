#!/usr/bin/env python3
"""Build the pii_h Korean PII evaluation set.

    python3 make_set.py            # writes pii_h.jsonl, pii_h.meta.jsonl, README.md, MD5SUMS and validates

Standard library only. Deterministic: every random draw comes from random.Random(<string seed>),
no set/dict-order dependence, so output is byte-identical across runs and PYTHONHASHSEED values.
"""
import hashlib
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import values as VV  # noqa: E402
from core import Builder, TYPES  # noqa: E402
import tpl_forms as F  # noqa: E402
import tpl_docs as D  # noqa: E402
import tpl_misc as M  # noqa: E402

SEED = "pii_h-2025"

# (template, number of records)
PLAN = [
    (F.T_passport_app, 14), (F.T_resident_app, 10), (F.T_consent, 14), (F.T_poa, 12), (F.T_confirm, 12),
    (F.T_recruit, 14), (F.T_personnel, 12), (F.T_welfare, 14), (F.T_child_benefit, 10),
    (F.T_foreigner_reg, 18), (F.T_multicultural, 12), (F.T_medical, 18), (F.T_tax, 16), (F.T_school, 14),
    (D.T_minwon_reply, 18), (D.T_meeting, 14), (D.T_press, 14), (D.T_judgment, 12), (D.T_accident, 12),
    (D.T_audit, 10), (D.T_police, 16), (D.T_gongmun, 14),
    (M.T_election, 10), (M.T_logs, 14), (M.T_tables, 20), (M.T_callcenter, 12), (M.T_vehicle, 14),
    (M.T_finance, 12), (M.T_contract, 10), (M.T_foreign_workers, 14), (M.T_id_scan, 16), (M.T_nopii, 24),
    (M.T_bidders, 10), (M.T_card_claim, 12),
]
FORCED_PROFILE = {"T_callcenter": "clean", "T_id_scan": "ocr", "T_nopii": None}

# ---------------------------------------------------------------- validation helpers
SHAPES = [
    ("mobile", re.compile(r"(?<![\d])01[016789][-. ]?\d{3,4}[-. ]?\d{4}(?!\d)")),
    ("landline", re.compile(r"(?<![\d])0\d{1,2}[-.)] ?\d{3,4}[-. ]\d{4}(?!\d)")),
    ("email", re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")),
    ("rrn_like", re.compile(r"(?<!\d)\d{6} ?- ?\d{7}(?!\d)")),
    ("card_like", re.compile(r"(?<!\d)\d{4}[- ]?\d{4}[- ]?\d{4}[- ]?\d{4}(?!\d)")),
    ("ipv4", re.compile(r"(?<![\d.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d.])")),
    ("plate", re.compile(r"(?<!\d)\d{2,3}[가-힣] ?\d{4}(?!\d)")),
]


def norm_digits(s):
    s = unicodedata.normalize("NFKC", s)
    s = s.replace("O", "0").replace("o", "0").replace("l", "1").replace("I", "1")
    return "".join(c for c in s if c.isdigit())


def rrn_ok(d):
    return VV.rrn_check(d[:12]) == d[12]


def check_value(sp):
    """Format / check-digit assertions on the clean value by kind; consistency of text with clean."""
    k, c, t = sp["kind"], sp["clean"], sp["value"]
    d = "".join(ch for ch in c if ch.isdigit())
    noisy_spoken = any(n in ("hangul_digits", "spoken_separator", "spoken_email") for n in sp["noise"])
    if k == "rrn_valid":
        assert len(d) == 13 and rrn_ok(d) and d[6] in "1234", sp
    elif k == "rrn_post2020":
        assert len(d) == 13 and d[6] in "34" and int(d[:4]) >= 2010 and not rrn_ok(d), sp
    elif k in ("rrn_masked", "frn_masked"):
        assert re.fullmatch(r"\d{6}-[1-8]\D{6}", c), sp
    elif k == "frn_valid":
        assert len(d) == 13 and d[6] in "5678" and VV.frn_check(d[:12]) == d[12], sp
    elif k.startswith("brn"):
        w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
        s = sum(int(x) * y for x, y in zip(d[:9], w)) + (int(d[8]) * 5) // 10
        assert len(d) == 10 and (10 - s % 10) % 10 == int(d[9]), sp
    elif k == "crn":
        s = sum(int(x) * (1 if i % 2 == 0 else 2) for i, x in enumerate(d[:12]))
        assert len(d) == 13 and (10 - s % 10) % 10 == int(d[12]), sp
    elif k.startswith("card_") and not k.startswith("card_masked"):
        assert len(d) in (15, 16) and VV.luhn_ok(d), sp
    elif k.startswith("card_masked"):
        assert len(d) in (15, 16) and VV.luhn_ok(d), sp
        assert 0 < len(norm_digits(t)) < len(d), sp
    elif k.startswith("pp_kr_old"):
        assert re.fullmatch(r"[MSRGD]\d{8}", c), sp
    elif k.startswith("pp_kr_new"):
        assert re.fullmatch(r"[MSRGD]\d{3}[A-Z]\d{4}", c), sp
    elif k == "pp_foreign":
        assert re.fullmatch(r"[A-Z0-9]{8,9}", c), sp
    elif k.startswith("dl_"):
        assert re.fullmatch(r"(1[1-9]|2[0-68])-\d{2}-\d{6}-\d{2}", c), sp
    elif k.startswith("hi_"):
        assert re.fullmatch(r"\d{11}", c), sp
    elif k.startswith("ip_v6"):
        assert "::" in c, sp
    elif k.startswith("ip_"):
        assert all(0 <= int(x) <= 255 for x in c.split(".")), sp
    elif k.startswith("email"):
        assert re.fullmatch(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+\.[a-z]{2,}", c), sp
    elif k.startswith("dob_"):
        assert re.fullmatch(r"(19|20)\d\d-\d\d-\d\d", c), sp
    elif k.startswith("plate"):
        assert re.fullmatch(r"([가-힣]{2} )?\d{2,3}[가-힣] ?\d{4}", c), sp
    elif k.startswith("acct_"):
        assert 10 <= len(d) <= 14, sp
    elif k.startswith(("mob", "tel", "voip")):
        assert 9 <= len(d) <= 11 or k == "mob_masked", sp
    # noisy text must still encode the same digits (except dictated/masked forms)
    if not noisy_spoken and "masked" not in k and sp["type"] not in ("PERSON", "EMAIL_ADDRESS", "KR_ADDRESS",
                                                                     "DATE_OF_BIRTH", "IP_ADDRESS"):
        nt = norm_digits(t)
        if k.startswith(("mob_intl",)):
            nt = "0" + nt[2:]
        if k.startswith("dl_name"):
            nt = d[:2] + nt
        assert nt == d, (sp, nt, d)


def record_problems(text, spans, negs):
    probs = []
    prev_end = -1
    for sp in spans:
        s, e = sp["start"], sp["end"]
        if not (0 <= s < e <= len(text)):
            probs.append("bounds")
        if s < prev_end:
            probs.append("overlap/order")
        prev_end = e
        v = text[s:e]
        if v != sp["value"]:
            probs.append("value mismatch")
        if v != v.strip():
            probs.append("edge whitespace")
    # every other occurrence of a labelled string must be labelled too
    for sp in spans:
        v = sp["value"]
        if len(v) < 2:
            continue
        i = text.find(v)
        while i >= 0:
            if not any(o["start"] <= i and i + len(v) <= o["end"] for o in spans):
                probs.append("unlabelled repeat of %r" % v)
                break
            i = text.find(v, i + 1)
    # PII-looking shapes outside spans and tagged negatives
    chars = list(text)
    for x in list(spans) + list(negs):
        for j in range(x["start"], x["end"]):
            chars[j] = "#"
    blank = "".join(chars)
    for nm, rx in SHAPES:
        m = rx.search(blank)
        if m:
            probs.append("unlabelled %s shape %r" % (nm, m.group(0)))
    for ng in negs:
        if text[ng["start"]:ng["end"]] != ng["text"]:
            probs.append("neg mismatch")
    return probs


def build_record(fn, k):
    name = fn.__name__
    for attempt in range(200):
        r = random.Random("%s|%s|%d|%d" % (SEED, name, k, attempt))
        forced = FORCED_PROFILE.get(name, "")
        if forced:
            profile = forced
        elif forced is None:
            profile = "clean"
        else:
            x = r.random()
            profile = "clean" if x < 0.62 else ("light" if x < 0.82 else "ocr")
        import tpl_common
        tpl_common.LAST_LOCAL.clear()
        b = Builder(r, profile)
        fn(r, b)
        text = b.text()
        if text.endswith("\n"):
            text = text.rstrip("\n") + "\n"
        probs = record_problems(text, b.spans, b.negs)
        if name == "T_nopii" and b.spans:
            probs.append("no-PII record has spans")
        if name != "T_nopii" and not b.spans:
            probs.append("empty")
        if probs:
            continue
        for sp in b.spans:
            check_value(sp)
        return b, text, attempt
    raise RuntimeError("could not build %s #%d: %s" % (name, k, probs))


def main():
    recs = []
    retries = 0
    for fn, n in PLAN:
        for k in range(n):
            b, text, attempt = build_record(fn, k)
            retries += attempt
            recs.append((fn.__name__, k, b, text))
    order = random.Random(SEED + "|order")
    order.shuffle(recs)
    out, meta = [], []
    for i, (tname, k, b, text) in enumerate(recs):
        rid = "ph-%04d" % (i + 1)
        out.append(OrderedDict([
            ("id", rid), ("text", text),
            ("spans", [OrderedDict([("start", s["start"]), ("end", s["end"]), ("type", s["type"])]) for s in b.spans]),
            ("genre", b.genre)]))
        meta.append(OrderedDict([
            ("id", rid), ("template", tname), ("template_index", k), ("genre", b.genre), ("subgenre", b.subgenre),
            ("noise_profile", b.profile), ("layout", sorted(set(b.notes))),
            ("spans", [OrderedDict([("start", s["start"]), ("end", s["end"]), ("type", s["type"]), ("kind", s["kind"]),
                                    ("clean", s["clean"]), ("noise", s["noise"])]) for s in b.spans]),
            ("hard_negatives", [OrderedDict([("start", x["start"]), ("end", x["end"]), ("category", x["category"]),
                                             ("text", x["text"])]) for x in b.negs]),
        ]))
    p_main = os.path.join(HERE, "pii_h.jsonl")
    p_meta = os.path.join(HERE, "pii_h.meta.jsonl")
    with open(p_main, "w", encoding="utf-8", newline="\n") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(p_meta, "w", encoding="utf-8", newline="\n") as f:
        for o in meta:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("retries: %d" % retries)
    stats = validate(p_main, p_meta)
    write_readme(stats, retries)
    write_md5()
    print_stats(stats)


def validate(p_main, p_meta):
    recs = [json.loads(l) for l in open(p_main, encoding="utf-8")]
    metas = [json.loads(l) for l in open(p_meta, encoding="utf-8")]
    assert len(recs) == len(metas) >= 330
    ids = [r["id"] for r in recs]
    assert ids == ["ph-%04d" % (i + 1) for i in range(len(recs))]
    st = {"types": Counter(), "kinds": Counter(), "genre_recs": Counter(), "genre_spans": Counter(), "genre_nopii": Counter(),
          "noise": Counter(), "negs": Counter(), "noisy_spans": 0, "profiles": Counter(), "n": len(recs), "nopii": 0,
          "type_noisy": Counter()}
    for r, m in zip(recs, metas):
        assert r["id"] == m["id"]
        text = r["text"]
        assert len(r["spans"]) == len(m["spans"])
        prev = -1
        for sp, ms in zip(r["spans"], m["spans"]):
            s, e = sp["start"], sp["end"]
            assert sp["type"] in TYPES
            assert 0 <= s < e <= len(text) and s >= prev, (r["id"], sp)
            prev = e
            v = text[s:e]
            assert v == v.strip(), (r["id"], v)
            assert (ms["start"], ms["end"], ms["type"]) == (s, e, sp["type"])
            check_value(dict(ms, value=v))
            st["types"][sp["type"]] += 1
            st["kinds"][(sp["type"], ms["kind"])] += 1
            for n in ms["noise"]:
                st["noise"][n] += 1
            if ms["noise"]:
                st["noisy_spans"] += 1
                st["type_noisy"][sp["type"]] += 1
        for ng in m["hard_negatives"]:
            assert text[ng["start"]:ng["end"]] == ng["text"]
            assert not any(sp["start"] < ng["end"] and ng["start"] < sp["end"] for sp in r["spans"])
            st["negs"][ng["category"]] += 1
        probs = record_problems(text, [dict(x, value=text[x["start"]:x["end"]]) for x in r["spans"]], m["hard_negatives"])
        assert not probs, (r["id"], probs)
        g = r["genre"]
        st["genre_recs"][g] += 1
        st["genre_spans"][g] += len(r["spans"])
        st["profiles"][m["noise_profile"]] += 1
        if not r["spans"]:
            st["nopii"] += 1
            st["genre_nopii"][g] += 1
    big = ["KR_RRN", "KR_FRN", "KR_PASSPORT", "KR_DRIVER_LICENSE", "CREDIT_CARD", "KR_BANK_ACCOUNT", "PHONE_NUMBER",
           "EMAIL_ADDRESS", "PERSON"]
    short = [(t, st["types"][t]) for t in TYPES if st["types"][t] < (80 if t in big else 30)]
    if short:
        print_stats(st)
        raise SystemExit("coverage too low: %r" % short)
    return st


def print_stats(st):
    print("records: %d (no PII: %d)" % (st["n"], st["nopii"]))
    print("spans: %d (with noise: %d)" % (sum(st["types"].values()), st["noisy_spans"]))
    for t in TYPES:
        print("  %-22s %5d" % (t, st["types"][t]))
    print("genres:")
    for g, n in sorted(st["genre_recs"].items(), key=lambda x: (-x[1], x[0])):
        print("  %-20s %4d recs %5d spans" % (g, n, st["genre_spans"][g]))
    print("hard negatives: %d" % sum(st["negs"].values()))


# ---------------------------------------------------------------- README
KIND_DESC = {
    "rrn_valid": "pre-Oct-2020 RRN, valid check digit", "rrn_post2020": "birth ≥ 2020-10, random tail (checksum-invalid)",
    "rrn_masked": "back part masked (`*`, `●`, `X`, `x`, `＊`, `○`), gender digit kept",
    "frn_valid": "FRN, gender digit 5–8, legacy check digit", "frn_masked": "back part masked",
}


def write_readme(st, retries):
    tpl = open(os.path.join(HERE, "README.template.md"), encoding="utf-8").read()
    lines = ["| type | spans | with noise | sub-kinds |", "|---|---|---|---|"]
    for t in TYPES:
        ks = sorted(((k, n) for (tt, k), n in st["kinds"].items() if tt == t), key=lambda x: (-x[1], x[0]))
        lines.append("| %s | %d | %d | %s |" % (t, st["types"][t], st["type_noisy"][t], ", ".join("`%s` %d" % kn for kn in ks)))
    lines.append("| **total** | **%d** | **%d** | |" % (sum(st["types"].values()), st["noisy_spans"]))
    type_table = "\n".join(lines)
    g = ["| genre | records | of which no PII | gold spans |", "|---|---|---|---|"]
    for gn, n in sorted(st["genre_recs"].items(), key=lambda x: (-x[1], x[0])):
        g.append("| %s | %d | %d | %d |" % (gn, n, st["genre_nopii"][gn], st["genre_spans"][gn]))
    g.append("| **total** | **%d** | **%d** | **%d** |" % (st["n"], st["nopii"], sum(st["types"].values())))
    genre_table = "\n".join(g)
    nz = ", ".join("`%s` %d" % kv for kv in sorted(st["noise"].items(), key=lambda x: (-x[1], x[0])))
    ng = ["| category | count |", "|---|---|"] + ["| %s | %d |" % kv for kv in sorted(st["negs"].items(), key=lambda x: (-x[1], x[0]))]
    pr = ", ".join("%s %d" % kv for kv in sorted(st["profiles"].items()))
    txt = (tpl.replace("{{TYPE_TABLE}}", type_table).replace("{{GENRE_TABLE}}", genre_table)
           .replace("{{NOISE}}", nz).replace("{{NEG_TABLE}}", "\n".join(ng)).replace("{{N}}", str(st["n"]))
           .replace("{{NOPII}}", str(st["nopii"])).replace("{{SPANS}}", str(sum(st["types"].values())))
           .replace("{{NEGS}}", str(sum(st["negs"].values()))).replace("{{PROFILES}}", pr)
           .replace("{{NOISY}}", str(st["noisy_spans"])))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(txt)


def write_md5():
    files = ["README.md", "README.template.md", "core.py", "make_set.py", "pii_h.jsonl", "pii_h.meta.jsonl",
             "tpl_common.py", "tpl_docs.py", "tpl_forms.py", "tpl_misc.py", "values.py"]
    with open(os.path.join(HERE, "MD5SUMS"), "w", encoding="utf-8", newline="\n") as f:
        for fn in files:
            h = hashlib.md5(open(os.path.join(HERE, fn), "rb").read()).hexdigest()
            f.write("%s  %s\n" % (h, fn))


if __name__ == "__main__":
    main()
