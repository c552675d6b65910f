#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Build the pii_j independent evaluation set.

    python make_set.py            # writes pii_j.jsonl, pii_j.meta.jsonl, README.md, MD5SUMS

Deterministic: every random.Random is seeded with a string "pii_j-2026|...".
Standard library only.  Imports core.py and templates.py from this folder.
"""
import collections
import hashlib
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

import random  # noqa: E402

import core  # noqa: E402
import templates  # noqa: E402

SEED = "pii_j-2026"
TYPES = ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "KR_ADDRESS", "DATE_OF_BIRTH", "KR_BANK_ACCOUNT", "KR_RRN",
         "IP_ADDRESS", "KR_PASSPORT", "KR_BRN", "KR_DRIVER_LICENSE", "KR_FRN", "KR_VEHICLE_PLATE",
         "KR_HEALTH_INSURANCE", "CREDIT_CARD", "KR_CRN"]
MIN80 = ["KR_RRN", "KR_FRN", "KR_PASSPORT", "KR_DRIVER_LICENSE", "CREDIT_CARD", "KR_BANK_ACCOUNT", "PHONE_NUMBER",
         "EMAIL_ADDRESS"]
OCR_TEMPLATES = {"t_ocr_idcard", "t_ocr_form"}


class Soft(Exception):
    """A recoverable problem (collision of values): the record is regenerated."""


def pick_profile(r, tname):
    if tname in OCR_TEMPLATES:
        return r.choice(["ocr_light", "ocr_heavy", "ocr_heavy"])
    x = r.random()
    if tname == "t_callcenter":
        return "clean" if x < 0.7 else "typing"
    if tname in ("t_syslog", "t_csv"):
        return "clean" if x < 0.75 else "typing"
    if x < 0.66:
        return "clean"
    if x < 0.84:
        return "typing"
    if x < 0.96:
        return "ocr_light"
    return "ocr_heavy"


# ---------------------------------------------------------------------------
# validation
# ---------------------------------------------------------------------------

TITLE_WORDS = ["주무관", "사무관", "서기관", "과장", "팀장", "위원", "장관", "씨", "님", "귀하", "기자", "성명", "대표"]
PII_SHAPES = [
    ("mobile", re.compile(r"(?<!\d)01[016789][-. ]?\d{3,4}[-. ]?\d{4}(?!\d)")),
    ("email", re.compile(r"[A-Za-z0-9._+-]+@[A-Za-z0-9-]+\.[A-Za-z0-9.]+")),
    ("rrn_shape", re.compile(r"(?<!\d)\d{6}-\d{7}(?!\d)")),
    ("card_shape", re.compile(r"(?<!\d)\d{4}[- ]?\d{4}[- ]?\d{4}[- ]?\d{4}(?!\d)")),
    ("ipv4", re.compile(r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d.])")),
]


def check_value(sp):
    """Format / check-digit assertions on the clean value, and noisy-vs-clean consistency."""
    t, k, clean, noisy = sp["type"], sp["kind"], sp["clean"], sp["text"]
    digits = re.sub(r"\D", "", core.denoise(clean, t))
    if t == "KR_RRN":
        assert re.fullmatch(r"\d{6}-\d[\d*●○Xx]{6}", clean), clean
        if k == "rrn_valid":
            assert core.rrn_ok(clean), clean
            assert clean[7] in "1234"
        elif k == "rrn_post2020":
            assert not core.rrn_ok(clean) and clean[7] in "34" and clean[:2] in ("20", "21", "22", "23", "24", "25"), clean
            assert int(clean[:4]) >= 2010, clean
        elif k == "rrn_masked":
            assert sum(1 for c in clean[8:] if c in "*●○Xx") == 6 and clean[7] in "1234", clean
        else:
            raise AssertionError(k)
    elif t == "KR_FRN":
        if k == "frn_valid":
            assert core.frn_ok(clean), clean
        else:
            assert clean[7] in "5678" and len(clean) == 14
    elif t == "CREDIT_CARD":
        assert core.luhn_ok(digits) and len(digits) in (15, 16), clean
    elif t == "KR_BRN":
        assert core.brn_ok(clean), clean
    elif t == "KR_CRN":
        assert core.crn_ok(clean), clean
    elif t == "KR_PASSPORT":
        assert re.fullmatch(r"[A-Z]{1,2}\d{7,8}[A-Z]?|[MSGDR]\d{3}[A-Z]\d{4}|[A-Z]\d{8}|\d{9}", clean), clean
        if k == "passport_kr":
            assert clean[0] in "MSGDR"
    elif t == "KR_DRIVER_LICENSE":
        assert re.fullmatch(r"(\d{2}-|[가-힣]{2,4} ?)\d{2}-\d{6}-\d{2}|\d{12}", clean), clean
    elif t == "KR_BANK_ACCOUNT":
        assert 10 <= len(digits) <= 14, clean
    elif t == "PHONE_NUMBER":
        assert (9 <= len(digits) <= 11 and digits[0] == "0") or (clean.startswith("+82") and len(digits) == 12), clean
    elif t == "KR_HEALTH_INSURANCE":
        assert re.fullmatch(r"\d{11}", clean)
    elif t == "EMAIL_ADDRESS":
        if k in ("email_spoken", "email_obfuscated"):
            pass
        else:
            assert re.fullmatch(r"[a-z0-9._]+@[a-z0-9.-]+\.[a-z]+", clean), clean
    elif t == "IP_ADDRESS":
        assert ":" in clean or all(0 <= int(x) <= 255 for x in clean.split(".")), clean
    elif t == "KR_VEHICLE_PLATE":
        assert re.fullmatch(r"([가-힣]{2} )?\d{2,3}[가-힣] ?\d{4}", clean), clean
    elif t == "DATE_OF_BIRTH":
        assert re.search(r"\d", clean)
    elif t == "PERSON":
        assert clean != "홍길동"
        for w in TITLE_WORDS:
            assert not clean.endswith(w) or k != "kr_name", clean
        if k == "kr_name":
            assert re.fullmatch(r"[가-힣]{2,4}", clean), clean
    elif t == "KR_ADDRESS":
        assert not clean.startswith("(") and not clean.endswith(")"), clean
    # noisy value vs clean value
    if not sp["noise"]:
        assert noisy == clean, (noisy, clean)
    else:
        a = core.squash(core.denoise(noisy, t))
        b = core.squash(core.denoise(clean, t))
        if t in core.NUMERIC_TYPES:
            if t != "IP_ADDRESS":
                a, b = a.replace(".", ""), b.replace(".", "")
            assert len(a) == len(b), (noisy, clean)
            for x, y in zip(a, b):
                assert x == y or core.DECONFUSE.get(x) == y, (noisy, clean)
        elif t == "EMAIL_ADDRESS":
            a = a.replace(",", ".").replace(" ", "")
            assert a.replace(".", "") == b.replace(".", ""), (noisy, clean)
        else:
            assert a == b, (noisy, clean)


def validate(rec, meta):
    text = rec["text"]
    spans = rec["spans"]
    prev_end = 0
    covered = [False] * len(text)
    for s, m in zip(spans, meta["spans"]):
        assert 0 <= s["start"] < s["end"] <= len(text), s
        assert s["start"] >= prev_end, ("overlap/unsorted", s)
        prev_end = s["end"]
        seg = text[s["start"]:s["end"]]
        assert seg == m["text"], (seg, m["text"])
        assert not seg[0].isspace() and not seg[-1].isspace(), repr(seg)
        assert s["type"] in TYPES
        check_value(m)
        for i in range(s["start"], s["end"]):
            covered[i] = True
    negcov = [False] * len(text)
    for n in meta["hard_negatives"]:
        assert text[n["start"]:n["end"]] == n["text"]
        for i in range(n["start"], n["end"]):
            assert not covered[i], ("negative overlaps span", n)
            negcov[i] = True
    # every other occurrence of a labelled string must also be labelled
    for m in meta["spans"]:
        for val in {m["text"], m["clean"]}:
            if len(val) < 2:
                continue
            for mm in re.finditer(re.escape(val), text):
                if not all(covered[mm.start():mm.end()]):
                    raise Soft("unlabelled repeat of %r" % val)
    # PII-looking strings outside spans/negatives
    masked = "".join("#" if (covered[i] or negcov[i]) else c for i, c in enumerate(text))
    masked_n = unicodedata.normalize("NFKC", masked)
    if len(masked_n) == len(masked):
        masked = masked_n
    for name, rx in PII_SHAPES:
        mm = rx.search(masked)
        if mm:
            raise Soft("unlabelled %s %r" % (name, mm.group(0)))
    # 홍길동 never labelled
    for s in spans:
        assert text[s["start"]:s["end"]] != "홍길동"


# ---------------------------------------------------------------------------
# generation
# ---------------------------------------------------------------------------


def build_one(tname, fn, idx):
    for attempt in range(40):
        r = random.Random("%s|%s|%d|%d" % (SEED, tname, idx, attempt))
        profile = pick_profile(r, tname)
        d = core.Doc(r, profile)
        genre, base = fn(d, r)
        text = d.text
        spans = [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in d.spans]
        n_noisy = sum(1 for s in d.spans if s["noise"])
        if profile != "clean" and d.spans and n_noisy == 0:
            continue
        if profile != "clean" and not d.spans and d.text_noise_edits == 0:
            continue
        rec = {"id": None, "text": text, "spans": spans, "genre": genre}
        meta = {"id": None, "template": tname, "genre": genre, "base_genre": base, "noise_profile": profile,
                "attempt": attempt, "text_noise_edits": d.text_noise_edits,
                "spans": [{"start": s["start"], "end": s["end"], "type": s["type"], "kind": s["kind"],
                           "clean": s["clean"], "text": s["text"], "noise": s["noise"]} for s in d.spans],
                "hard_negatives": d.negs}
        try:
            validate(rec, meta)
        except Soft:
            continue
        return rec, meta
    raise RuntimeError("could not build %s #%d" % (tname, idx))


def build_all():
    plan = []
    for fn, count in templates.TEMPLATES:
        for i in range(count):
            plan.append((fn.__name__, fn, i))
    order = random.Random(SEED + "|order")
    order.shuffle(plan)
    recs, metas = [], []
    for n, (tname, fn, i) in enumerate(plan, 1):
        rec, meta = build_one(tname, fn, i)
        rid = "pj-%04d" % n
        rec["id"] = rid
        meta["id"] = rid
        recs.append(rec)
        metas.append(meta)
    return recs, metas


def dump_jsonl(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")


def md_table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    for row in rows:
        out.append("| " + " | ".join(str(x) for x in row) + " |")
    return "\n".join(out)


def stats(recs, metas):
    st = {}
    tc = collections.Counter(s["type"] for r in recs for s in r["spans"])
    st["types"] = tc
    kinds = collections.defaultdict(collections.Counter)
    noisy_by_type = collections.Counter()
    for m in metas:
        for s in m["spans"]:
            kinds[s["type"]][s["kind"]] += 1
            if s["noise"]:
                noisy_by_type[s["type"]] += 1
    st["kinds"] = kinds
    st["noisy_by_type"] = noisy_by_type
    g = collections.OrderedDict()
    for r, m in zip(recs, metas):
        x = g.setdefault(r["genre"], [0, 0, 0, 0])
        x[0] += 1
        x[1] += 0 if r["spans"] else 1
        x[2] += len(r["spans"])
        x[3] += len(m["hard_negatives"])
    st["genres"] = g
    st["profiles"] = collections.Counter(m["noise_profile"] for m in metas)
    st["profile_spans"] = collections.Counter()
    for m in metas:
        st["profile_spans"][m["noise_profile"]] += len(m["spans"])
    st["noise_tags"] = collections.Counter(t for m in metas for s in m["spans"] for t in s["noise"])
    st["neg_cats"] = collections.Counter(n["category"] for m in metas for n in m["hard_negatives"])
    st["templates"] = collections.Counter(m["template"] for m in metas)
    st["n"] = len(recs)
    st["n_spans"] = sum(tc.values())
    st["noisy_spans"] = sum(noisy_by_type.values())
    return st


def write_readme(st):
    genres = sorted(st["genres"].items(), key=lambda kv: -kv[1][0])
    gt = md_table(["genre", "records", "of which no PII", "gold spans", "tagged hard negatives"],
                  [[k, v[0], v[1], v[2], v[3]] for k, v in genres] +
                  [["**total**", st["n"], sum(v[1] for v in st["genres"].values()), st["n_spans"],
                    sum(v[3] for v in st["genres"].values())]])
    tt = md_table(["type", "spans", "with noise", "sub-kinds"],
                  [[t, st["types"].get(t, 0), st["noisy_by_type"].get(t, 0),
                    ", ".join("%s %d" % kv for kv in sorted(st["kinds"][t].items(), key=lambda kv: (-kv[1], kv[0])))]
                   for t in TYPES])
    pt = md_table(["noise profile", "records", "gold spans"],
                  [[p, st["profiles"][p], st["profile_spans"][p]] for p in ["clean", "typing", "ocr_light", "ocr_heavy"]])
    nt = md_table(["span noise tag", "spans"], sorted(st["noise_tags"].items(), key=lambda kv: (-kv[1], kv[0])))
    ht = md_table(["hard-negative category", "count"], sorted(st["neg_cats"].items(), key=lambda kv: (-kv[1], kv[0])))
    tmt = md_table(["template", "records"], sorted(st["templates"].items()))
    noisy_recs = st["n"] - st["profiles"]["clean"]
    text = README_TEMPLATE.format(n=st["n"], n_spans=st["n_spans"], genre_table=gt, type_table=tt, profile_table=pt,
                                  noise_table=nt, neg_table=ht, template_table=tmt, noisy_recs=noisy_recs,
                                  noisy_pct=round(100.0 * noisy_recs / st["n"]), noisy_spans=st["noisy_spans"])
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


README_TEMPLATE = open(os.path.join(HERE, "README.tmpl.md"), encoding="utf-8").read() if os.path.exists(
    os.path.join(HERE, "README.tmpl.md")) else "{genre_table}\n"


def main():
    recs, metas = build_all()
    # re-validate everything
    for r, m in zip(recs, metas):
        validate(r, m)
    st = stats(recs, metas)
    for t in MIN80:
        assert st["types"][t] >= 80, (t, st["types"][t])
    for t in TYPES:
        assert st["types"][t] > 0, t
    dump_jsonl(os.path.join(HERE, "pii_j.jsonl"), recs)
    dump_jsonl(os.path.join(HERE, "pii_j.meta.jsonl"), metas)
    # re-read and re-validate the written files
    with open(os.path.join(HERE, "pii_j.jsonl"), encoding="utf-8") as f:
        recs2 = [json.loads(x) for x in f]
    with open(os.path.join(HERE, "pii_j.meta.jsonl"), encoding="utf-8") as f:
        metas2 = [json.loads(x) for x in f]
    assert len(recs2) == len(recs)
    ids = set()
    for r, m in zip(recs2, metas2):
        assert set(r.keys()) == {"id", "text", "spans", "genre"}
        assert r["id"] == m["id"] and r["id"] not in ids
        ids.add(r["id"])
        validate(r, m)
    write_readme(st)
    files = ["pii_j.jsonl", "pii_j.meta.jsonl", "make_set.py", "core.py", "templates.py", "README.tmpl.md", "README.md"]
    with open(os.path.join(HERE, "MD5SUMS"), "w", encoding="utf-8", newline="\n") as f:
        for fn in files:
            with open(os.path.join(HERE, fn), "rb") as g:
                f.write("%s  %s\n" % (hashlib.md5(g.read()).hexdigest(), fn))
    print("records", st["n"], "spans", st["n_spans"])
    for t in TYPES:
        print("  %-20s %d" % (t, st["types"].get(t, 0)))
    print("genres", {k: v[0] for k, v in st["genres"].items()})
    print("profiles", dict(st["profiles"]))
    print("retries", sum(m["attempt"] for m in metas))


if __name__ == "__main__":
    main()
