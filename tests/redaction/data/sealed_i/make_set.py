#!/usr/bin/env python3
"""Build the independent Korean PII evaluation set `pii_i`.

    python3 make_set.py            # writes pii_i.jsonl, pii_i.meta.jsonl, MD5SUMS, stats.json
    python3 make_set.py --check    # re-reads and validates the written files only

Deterministic: all randomness comes from random.Random instances seeded with
string seeds "pii_i-2026|...".  No set/dict-hash iteration order is relied on.
Standard library only.
"""
import hashlib
import json
import os
import random
import re
import sys
import unicodedata

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from gen_core import *  # noqa: E402,F401,F403
import gen_core as G  # noqa: E402
import templates_a as A  # noqa: E402
import templates_b as B  # noqa: E402

SEED = "pii_i-2026"

PLAN = [  # (template function, number of records)
    (A.t_form_resident, 18), (A.t_form_passport, 20), (A.t_form_dl, 18), (A.t_form_foreigner, 24),
    (A.t_form_consent, 18), (A.t_form_payment, 22), (A.t_certificate, 22), (A.t_roster, 70),
    (A.t_csv, 24), (A.t_ocr_id, 40), (B.t_gongmun, 30), (B.t_minutes, 18), (B.t_press, 26),
    (B.t_minwon, 26), (B.t_judgment, 22), (B.t_call, 30), (B.t_syslog, 26), (B.t_email, 24),
    (B.t_contract, 22), (B.t_vehicle, 16), (B.t_health, 12), (B.t_nopii, 36),
]

SPELLED_PREFIX = ("phone_spoken_", "phone_written_hangul_", "email_spelled", "email_obfuscated", "dob_spoken")


def choose_profile(fname, rng):
    r = rng.random()
    if fname == "t_ocr_id":
        return "ocr" if r < 0.55 else "ocr_heavy"
    if fname in ("t_syslog", "t_csv"):
        return "clean" if r < 0.8 else "typing"
    if fname in ("t_call", "t_email"):
        return "clean" if r < 0.62 else "typing"
    if r < 0.68:
        return "clean"
    if r < 0.86:
        return "ocr"
    if r < 0.91:
        return "ocr_heavy"
    return "typing"


def render(doc, profile, rng):
    out, spans, hns, plain_tags = [], [], [], []
    pos = 0
    for kind, val, m in doc.parts:
        if kind == "t":
            txt, tags = noise_plain(val, profile, rng)
            plain_tags += tags
        elif kind == "h":
            txt = val
            hns.append({"start": pos, "end": pos + len(txt), "category": m["cat"], "text": txt})
        else:
            if m["kind"].startswith(SPELLED_PREFIX):
                txt, tags = val, []
            else:
                txt, tags = noise_span(val, m, profile, rng)
            spans.append({"start": pos, "end": pos + len(txt), "type": m["type"], "kind": m["kind"],
                          "clean": m["clean"], "noise": tags, "text": txt})
        out.append(txt)
        pos += len(txt)
    return "".join(out), spans, hns, sorted(set(plain_tags))


# ------------------------------------------------------------------ validation
def unspell_phone(s, kind):
    if kind.startswith("phone_spoken_particle"):
        return s.replace("에 ", "-")
    t = "".join(HANGUL_TO_D.get(c, c) for c in s)
    if kind.startswith("phone_spoken_hangul") or kind.endswith("_hangul"):
        return t.replace(" ", "-")
    return t


def check_value(sp):
    """Return an error string or None.  `sp` has text, clean, type, kind."""
    typ, kind, clean, txt = sp["type"], sp["kind"], sp["clean"], sp["text"]
    if txt != txt.strip():
        return "whitespace at span edge"
    if kind.startswith("phone_"):
        if kind.startswith(("phone_spoken", "phone_written")):
            if unspell_phone(txt, kind) != clean:
                return "spelled phone mismatch %r %r" % (txt, clean)
    elif kind == "email_spelled":
        if B.unspell_email(txt) != clean:
            return "spelled email mismatch"
    elif kind == "email_obfuscated":
        if txt.replace(" [at] ", "@").replace(" [dot] ", ".") != clean:
            return "obfuscated email mismatch"
    elif kind == "dob_spoken":
        if not re.fullmatch(r"\d{2}년 \d{1,2}월 \d{1,2}일", txt):
            return "dob_spoken"
    elif not noisy_matches_clean(txt, clean, typ):
        return "noise does not reduce to clean value: %r vs %r" % (txt, clean)
    c = clean
    dg = "".join(ch for ch in c if ch.isdigit())
    if typ == RRN:
        if not re.fullmatch(r"\d{6}-?[1-4]([0-9]{6}|[*●Xx]{6})", c):
            return "rrn shape"
        y, mo, d = int(c[:2]), int(c[2:4]), int(c[4:6])
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            return "rrn date"
        if kind == "rrn_valid" and not rrn_valid(c):
            return "rrn checksum"
        if kind == "rrn_post2020" and (rrn_valid(c) or y > 25 or (y == 20 and mo < 10)):
            return "rrn_post2020 must be checksum-invalid and born >= 2020-10"
    elif typ == FRN:
        if not frn_valid(c):
            return "frn checksum"
    elif typ == CARD:
        if not luhn_ok(c) or len(dg) not in (15, 16):
            return "luhn"
    elif typ == BRN:
        if not brn_ok(c):
            return "brn checksum"
    elif typ == CRN:
        if not crn_ok(c):
            return "crn checksum"
    elif typ == PASS:
        if not re.fullmatch(r"[A-Z]{1,2}\d{7,8}|[MSRGD]\d{3}[A-Z]\d{4}|P\d{7}[A-Z]|\d{9}", c):
            return "passport shape %r" % c
    elif typ == DL:
        if not re.fullmatch(r"(\d{2}-|[가-힣]{2,4} ?)\d{2}-\d{6}-\d{2}|\d{12}", c):
            return "dl shape"
    elif typ == PHONE:
        if not re.fullmatch(r"(01[016789][-. ]?\d{3,4}[-. ]?\d{4})|(0\d{1,2}-\d{3,4}-\d{4})|(070-\d{4}-\d{4})", c):
            return "phone shape %r" % c
    elif typ == EMAIL:
        if not re.fullmatch(r"[a-z0-9._]+@[a-z0-9.-]+\.[a-z]{2,}", c):
            return "email shape %r" % c
    elif typ == HI:
        if not re.fullmatch(r"\d{11}", c):
            return "hi shape"
    elif typ == PLATE:
        if not re.fullmatch(r"([가-힣]{2} )?\d{2,3}[가-힣] ?\d{4}", c):
            return "plate shape"
    elif typ == IP:
        if ":" not in c and not all(0 <= int(x) <= 255 for x in c.split(".")):
            return "ip"
    elif typ == ACCT:
        if not (10 <= len(dg) <= 14):
            return "account length"
    elif typ == DOB and kind != "dob_spoken":
        if len(dg) < 6:
            return "dob"
    elif typ == PER:
        if re.search(r"(씨|님|귀하|주무관|사무관|과장|위원)$", c) or c in G.FORBIDDEN_NAMES:
            return "person has title or example name"
    return None


OUTSIDE_PATTERNS = [
    ("mobile", re.compile(r"01[016789][-. ]?\d{3,4}[-. ]?\d{4}")),
    ("email", re.compile(r"[A-Za-z0-9._]+@[A-Za-z0-9-]+\.[A-Za-z.]+")),
    ("rrn_shape", re.compile(r"(?<!\d)\d{6}-\d{7}(?!\d)")),
    ("card_shape", re.compile(r"(?<!\d)\d{4}[- ]?\d{4}[- ]?\d{4}[- ]?\d{4}(?!\d)")),
    ("ipv4", re.compile(r"(?<![\d.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d.])")),
]


def validate_record(text, spans, hns):
    errs = []
    prev = 0
    for sp in spans:
        if not (0 <= sp["start"] < sp["end"] <= len(text)):
            errs.append("span out of range")
            continue
        if sp["start"] < prev:
            errs.append("overlap/unsorted")
        prev = sp["end"]
        if text[sp["start"]:sp["end"]] != sp["text"]:
            errs.append("slice mismatch")
        e = check_value(sp)
        if e:
            errs.append(e)
    # every occurrence of a labelled string must be inside a span
    for sp in spans:
        s = sp["text"]
        if len(s) < 2:
            continue
        i = text.find(s)
        while i >= 0:
            if not any(o["start"] <= i and i + len(s) <= o["end"] for o in spans):
                errs.append("unlabelled repeat of %r" % s)
                break
            i = text.find(s, i + 1)
    # no PII-looking strings outside spans / tagged hard negatives
    masked = list(text)
    for o in spans + hns:
        for k in range(o["start"], o["end"]):
            masked[k] = "#"
    mt = unicodedata.normalize("NFKC", "".join(masked))
    for name, rx in OUTSIDE_PATTERNS:
        m = rx.search(mt)
        if m:
            errs.append("PII-like %s outside spans: %r" % (name, m.group(0)))
    return errs


# ------------------------------------------------------------------ build
def build():
    plan = []
    for fn, n in PLAN:
        plan += [fn] * n
    random.Random(SEED + "|plan").shuffle(plan)
    records, metas = [], []
    for i, fn in enumerate(plan):
        rid = "pi-%04d" % (i + 1)
        prof = choose_profile(fn.__name__, random.Random("%s|profile|%s" % (SEED, rid)))
        for attempt in range(40):
            trng = random.Random("%s|rec|%s|%s|try%d" % (SEED, rid, fn.__name__, attempt))
            doc, tname, genre = fn(trng)
            nrng = random.Random("%s|noise|%s|try%d" % (SEED, rid, attempt))
            text, spans, hns, ptags = render(doc, prof, nrng)
            errs = validate_record(text, spans, hns)
            if not errs:
                break
        else:
            raise SystemExit("record %s (%s) failed validation: %s" % (rid, fn.__name__, errs))
        records.append({"id": rid, "text": text,
                        "spans": [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in spans],
                        "genre": genre})
        metas.append({"id": rid, "template": tname, "genre": genre, "noise_profile": prof, "attempt": attempt,
                      "plain_noise": ptags,
                      "spans": [{"start": s["start"], "end": s["end"], "type": s["type"], "kind": s["kind"],
                                 "clean": s["clean"], "noise": s["noise"]} for s in spans],
                      "hard_negatives": hns})
    return records, metas


def dump(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")


def md5(path):
    h = hashlib.md5()
    with open(path, "rb") as f:
        h.update(f.read())
    return h.hexdigest()


def recheck():
    recs = [json.loads(l) for l in open(os.path.join(HERE, "pii_i.jsonl"), encoding="utf-8")]
    metas = [json.loads(l) for l in open(os.path.join(HERE, "pii_i.meta.jsonl"), encoding="utf-8")]
    assert len(recs) == len(metas) >= 400
    ids = set()
    for r, m in zip(recs, metas):
        assert set(r) == {"id", "text", "spans", "genre"}, r.keys()
        assert r["id"] == m["id"] and r["id"] not in ids
        ids.add(r["id"])
        spans = []
        for s, ms in zip(r["spans"], m["spans"]):
            assert set(s) == {"start", "end", "type"} and s["type"] in ALL_TYPES
            assert (s["start"], s["end"], s["type"]) == (ms["start"], ms["end"], ms["type"])
            spans.append(dict(ms, text=r["text"][s["start"]:s["end"]]))
        assert len(r["spans"]) == len(m["spans"])
        errs = validate_record(r["text"], spans, m["hard_negatives"])
        assert not errs, (r["id"], errs)
        for h in m["hard_negatives"]:
            assert r["text"][h["start"]:h["end"]] == h["text"]
            assert not any(s["start"] < h["end"] and h["start"] < s["end"] for s in r["spans"]), (r["id"], h)
    return recs, metas


def stats(recs, metas):
    st = {"records": len(recs), "by_type": {}, "by_genre": {}, "by_profile": {}, "by_kind": {}, "noisy_spans_by_type": {},
          "noise_tags": {}, "hard_negatives": {}, "templates": {}, "no_pii_records": 0, "spans": 0}
    for r, m in zip(recs, metas):
        g = st["by_genre"].setdefault(r["genre"], {"records": 0, "no_pii": 0, "spans": 0, "noisy_records": 0})
        g["records"] += 1
        g["spans"] += len(r["spans"])
        g["no_pii"] += 0 if r["spans"] else 1
        g["noisy_records"] += m["noise_profile"] != "clean"
        st["no_pii_records"] += 0 if r["spans"] else 1
        st["spans"] += len(r["spans"])
        p = st["by_profile"].setdefault(m["noise_profile"], {"records": 0, "spans": 0, "noisy_spans": 0})
        p["records"] += 1
        p["spans"] += len(r["spans"])
        st["templates"][m["template"]] = st["templates"].get(m["template"], 0) + 1
        for s in m["spans"]:
            st["by_type"][s["type"]] = st["by_type"].get(s["type"], 0) + 1
            k = st["by_kind"].setdefault(s["type"], {})
            k[s["kind"]] = k.get(s["kind"], 0) + 1
            if s["noise"]:
                p["noisy_spans"] += 1
                st["noisy_spans_by_type"][s["type"]] = st["noisy_spans_by_type"].get(s["type"], 0) + 1
                for t in s["noise"]:
                    st["noise_tags"][t] = st["noise_tags"].get(t, 0) + 1
        for h in m["hard_negatives"]:
            st["hard_negatives"][h["category"]] = st["hard_negatives"].get(h["category"], 0) + 1
    for key in ("by_type", "templates", "hard_negatives", "noise_tags", "noisy_spans_by_type"):
        st[key] = dict(sorted(st[key].items(), key=lambda kv: (-kv[1], kv[0])))
    st["by_kind"] = {t: dict(sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))) for t, v in sorted(st["by_kind"].items())}
    return st


def main():
    if "--check" not in sys.argv:
        recs, metas = build()
        dump(os.path.join(HERE, "pii_i.jsonl"), recs)
        dump(os.path.join(HERE, "pii_i.meta.jsonl"), metas)
    recs, metas = recheck()
    st = stats(recs, metas)
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(st, f, ensure_ascii=False, indent=1)
        f.write("\n")
    import readme_gen
    readme_gen.write(os.path.join(HERE, "README.md"), st)
    names = ["pii_i.jsonl", "pii_i.meta.jsonl", "make_set.py", "gen_core.py", "templates_a.py", "templates_b.py",
             "readme_gen.py", "stats.json", "README.md"]
    with open(os.path.join(HERE, "MD5SUMS"), "w", newline="\n") as f:
        for n in names:
            f.write("%s  %s\n" % (md5(os.path.join(HERE, n)), n))
    print("records", st["records"], "spans", st["spans"], "no-PII", st["no_pii_records"])
    print(json.dumps(st["by_type"], ensure_ascii=False))
    print(json.dumps(st["by_profile"], ensure_ascii=False))


if __name__ == "__main__":
    main()
