"""pii_m: independent Korean PII evaluation set generator (standard library only).

python make_set.py   -> pii_m.jsonl, pii_m.meta.jsonl, README.md (stats block), MD5SUMS
Deterministic: every random.Random is seeded with a string "pii_m-2026|<template>|<i>[|retry<k>]".
"""
import datetime
import hashlib
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pii_m_lib import Gen, PAGE_RE, SURNAMES, SURNAMES2, GIVEN, GIVEN1, FOREIGN, SIDO, PASSPORT_FMT  # noqa: E402
import pii_m_prose as P1  # noqa: E402
import pii_m_prose2 as P2  # noqa: E402
import pii_m_forms as F  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
PLAN = [("judgment", P1.t_judgment, 50), ("audit", P1.t_audit, 35), ("accident", P1.t_accident, 40), ("counsel", P1.t_counsel, 45),
        ("minutes", P2.t_minutes, 35), ("news", P2.t_news, 35), ("obit_award", P2.t_obit, 25), ("letter", P2.t_letter, 35),
        ("idcard_ocr", F.t_idcard, 45), ("bankbook_ocr", F.t_bankbook, 20), ("foreign_doc", F.t_foreign_doc, 35),
        ("table_noheader", F.t_table, 30), ("claim_form", F.t_claim, 40), ("kv_form", F.t_kvform, 40), ("gongmun", F.t_gongmun, 20), ("hard_negative_only", F.t_negative, 40)]

# ------------------------------------------------------------ validation helpers
HYMAP = str.maketrans({"‐": "-", "－": "-", "–": "-", "—": "-", "−": "-"})


def norm(s):
    s = PAGE_RE.sub("", s)
    s = unicodedata.normalize("NFKC", s).translate(HYMAP)
    return re.sub(r"\s+", "", s)


def valid_date(y, m, d):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


W = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]


def rrn_parts(n):
    m = re.fullmatch(r"(\d{2})(\d{2})(\d{2})-(\d)(.{6})", n)
    assert m, n
    yy, mm, dd, gd = int(m.group(1)), int(m.group(2)), int(m.group(3)), int(m.group(4))
    cent = {1: 1900, 2: 1900, 3: 2000, 4: 2000, 5: 1900, 6: 1900, 7: 2000, 8: 2000}[gd]
    assert valid_date(cent + yy, mm, dd), n
    return cent + yy, mm, dd, gd, m.group(5)


def wsum(d12, w=W):
    return sum(int(a) * b for a, b in zip(d12, w))


def luhn(num):
    t = 0
    for i, c in enumerate(reversed(num)):
        d = int(c) * (2 if i % 2 else 1)
        t += d - 9 if d > 9 else d
    return t % 10 == 0


KO_SUR = set(SURNAMES) | set(SURNAMES2)
KO_GIV = set(GIVEN) | set(GIVEN1)
FOREIGN_TOK = set()
for _c, (_s, _g) in FOREIGN.items():
    for a, h in _s + _g:
        FOREIGN_TOK.update(a.split())
        FOREIGN_TOK.update(h.split())
ADDR_START = set()
for full, short, gus in SIDO:
    ADDR_START.update([full, short])
    for gu, _ in gus:
        ADDR_START.add(gu.split()[0])


def pat_re(p):
    return "".join("\\d" if c == "#" else "[A-Z]" if c == "A" else re.escape(c) for c in p)


PASS_RE = [re.compile(r"[MSRGD]\d{8}"), re.compile(r"[MSRGD]\d{3}[A-Z]\d{4}")] + \
          [re.compile(pat_re(p).replace("\\ ", "")) for ps in PASSPORT_FMT.values() for p in ps]


def check_value(sp, raw):
    t, sub = sp["type"], sp["sub"]
    n = norm(raw)
    if t == "KR_RRN":
        y, m, d, gd, tail = rrn_parts(n)
        assert gd in (1, 2, 3, 4)
        assert (gd in (1, 2)) == (y < 2000)
        if sub == "rrn_masked":
            assert len(set(tail)) == 1 and not tail[0].isdigit(), n
        else:
            assert tail.isdigit()
            d12 = n.replace("-", "")
            ok = (11 - wsum(d12[:12]) % 11) % 10 == int(d12[12])
            if sub == "rrn_valid":
                assert ok and (y, m) < (2020, 10), n
            else:
                assert sub == "rrn_post2020" and not ok and (y, m) >= (2020, 10), n
    elif t == "KR_FRN":
        y, m, d, gd, tail = rrn_parts(n)
        assert gd in (5, 6, 7, 8)
        if sub == "frn_masked":
            assert not tail[0].isdigit() and len(set(tail)) == 1
        else:
            d12 = n.replace("-", "")
            assert (13 - wsum(d12[:12]) % 11) % 10 == int(d12[12]), n
    elif t == "CREDIT_CARD":
        dd = n.replace("-", "")
        assert dd.isdigit() and len(dd) in (15, 16) and luhn(dd), n
    elif t == "KR_BRN":
        d = n.replace("-", "")
        s = wsum(d[:9], [1, 3, 7, 1, 3, 7, 1, 3, 5]) + int(d[8]) * 5 // 10
        assert re.fullmatch(r"\d{3}-\d{2}-\d{5}", n) and (10 - s % 10) % 10 == int(d[9]), n
    elif t == "KR_CRN":
        d = n.replace("-", "")
        s = sum(int(a) * (1 if i % 2 == 0 else 2) for i, a in enumerate(d[:12]))
        assert re.fullmatch(r"\d{6}-\d{7}", n) and (10 - s % 10) % 10 == int(d[12]), n
    elif t == "KR_PASSPORT":
        assert any(p.fullmatch(n) for p in PASS_RE), n
    elif t == "KR_DRIVER_LICENSE":
        assert re.fullmatch(r"(\d{2}-|서울|부산|경기|강원|충북|충남|전북|전남|경북|경남|제주|대구|인천|광주|대전|울산|경기북부)\d{2}-\d{6}-\d{2}|\d{12}", n), n
    elif t == "KR_VEHICLE_PLATE":
        assert re.fullmatch(r"(서울|경기|부산|인천|대구|충남|전북)?\d{2,3}[가-힣]\d{4}", n), n
    elif t == "KR_BANK_ACCOUNT":
        dd = n.replace("-", "")
        assert re.fullmatch(r"\d+(-\d+)*", n) and 10 <= len(dd) <= 14, n
    elif t == "PHONE_NUMBER":
        assert re.fullmatch(r"(\+82)?0?10[-.]?\d{4}[-.]?\d{4}|0\d{1,2}-\d{3,4}-\d{4}|070-\d{4}-\d{4}|\+\d{1,3}[-\d() ]{7,16}\d", n) or \
            re.fullmatch(r"\+\d[\d\-()]+", n), n
    elif t == "EMAIL_ADDRESS":
        assert re.fullmatch(r"[a-z0-9._]+@[a-z0-9.-]+\.[a-z]{2,}", n), n
    elif t == "IP_ADDRESS":
        assert all(0 <= int(x) <= 255 for x in n.split(".")) and n.count(".") == 3, n
    elif t == "KR_HEALTH_INSURANCE":
        assert re.fullmatch(r"\d{11}|\d-\d{10}", n), n
    elif t == "DATE_OF_BIRTH":
        ds = re.findall(r"\d+", n)
        if len(ds) == 1:
            ds = [ds[0][:2], ds[0][2:4], ds[0][4:]]
        y = int(ds[0])
        y = y if y > 100 else (1900 + y if y > 25 else 2000 + y)
        assert valid_date(y, int(ds[1]), int(ds[2])) and 1920 <= y <= 2012, n
    elif t == "PERSON":
        assert raw == raw.strip()
        if sub.startswith("foreign"):
            assert all(tok in FOREIGN_TOK for tok in raw.split()), raw
        else:
            c = raw.replace(" ", "")
            ok = (c[:2] in KO_SUR and c[2:] in KO_GIV) or (c[:1] in KO_SUR and c[1:] in KO_GIV)
            assert ok, raw
    elif t == "KR_ADDRESS":
        assert raw.split()[0] in ADDR_START, raw
    else:
        raise AssertionError(t)


SUSPECT = [("mobile", re.compile(r"(?<![\d])(?:\+82 ?)?0?1[016789][-. ]?\d{3,4}[-. ]?\d{4}(?!\d)")),
           ("email", re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")),
           ("rrn_shape", re.compile(r"(?<!\d)\d{6}\s?[-‐－–]\s?[\d*●X○x]{7}(?!\d)")),
           ("card_shape", re.compile(r"(?<!\d)\d{4}[- ]?\d{4}[- ]?\d{4}[- ]?\d{3,4}(?!\d)")),
           ("ipv4", re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")),
           ("landline", re.compile(r"(?<![\d-])0\d{1,2}-\d{3,4}-\d{4}(?![\d-])")),
           ("passport_kr", re.compile(r"(?<![A-Za-z0-9])[MSRGD]\d{8}(?!\d)"))]


def check_record(text, spans, negs):
    last = 0
    for s in spans:
        assert 0 <= s["start"] < s["end"] <= len(text), s
        assert s["start"] >= last, ("overlap/unsorted", s)
        v = text[s["start"]:s["end"]]
        assert v == v.strip() and v, ("edge whitespace", v)
        last = s["end"]
        check_value(s, v)
    exact = {(s["start"], s["end"]) for s in spans}
    for s in spans:
        v = text[s["start"]:s["end"]]
        i = text.find(v)
        while i >= 0:
            if (i, i + len(v)) not in exact:
                raise AssertionError(("unlabelled repeat", v))
            i = text.find(v, i + 1)
    for kind, rx in SUSPECT:
        for m in rx.finditer(text):
            a, z = m.start(), m.end()
            if any(s["start"] <= a and z <= s["end"] for s in spans):
                continue
            if any(n["start"] <= a and z <= n["end"] for n in negs):
                continue
            raise AssertionError(("unlabelled PII-looking", kind, m.group()))


def build():
    recs = []
    for tname, fn, count in PLAN:
        for i in range(count):
            err = None
            for k in range(40):
                seed = f"pii_m-2026|{tname}|{i}" + (f"|retry{k}" if k else "")
                g = Gen(random.Random(seed))
                try:
                    b, genre = fn(g)
                    text = b.text
                    spans = sorted(b.spans, key=lambda s: s["start"])
                    negs = sorted(b.negs, key=lambda n: n["start"])
                    check_record(text, spans, negs)
                except AssertionError as e:
                    err = e
                    continue
                recs.append({"template": tname, "seed": seed, "genre": genre, "text": text, "spans": spans, "negs": negs})
                break
            else:
                raise SystemExit(f"{tname} {i}: no valid record after retries: {err}")
    order = random.Random("pii_m-2026|order")
    order.shuffle(recs)
    return recs


def main():
    recs = build()
    out, meta = [], []
    for n, r in enumerate(recs, 1):
        rid = f"pii_m-{n:04d}"
        out.append({"id": rid, "text": r["text"], "spans": [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in r["spans"]],
                    "genre": r["genre"]})
        meta.append({"id": rid, "template": r["template"], "seed": r["seed"], "genre": r["genre"],
                     "spans": [{"start": s["start"], "end": s["end"], "type": s["type"], "sub": s["sub"], "noise": s["noise"]} for s in r["spans"]],
                     "hard_negatives": [{"start": x["start"], "end": x["end"], "category": x["category"], "text": x["text"]} for x in r["negs"]]})
    with open(os.path.join(HERE, "pii_m.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "pii_m.meta.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for o in meta:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    # re-read and re-validate
    back = [json.loads(l) for l in open(os.path.join(HERE, "pii_m.jsonl"), encoding="utf-8")]
    mback = [json.loads(l) for l in open(os.path.join(HERE, "pii_m.meta.jsonl"), encoding="utf-8")]
    assert len(back) == len(mback) >= 400
    for o, m in zip(back, mback):
        assert o["id"] == m["id"] and list(o) == ["id", "text", "spans", "genre"]
        sp = [dict(s, sub=ms["sub"]) for s, ms in zip(o["spans"], m["spans"])]
        check_record(o["text"], sp, m["hard_negatives"])
        if m["template"] == "hard_negative_only":
            assert not o["spans"]
    stats(back, mback)


def stats(back, mback):
    by_type = Counter(s["type"] for o in back for s in o["spans"])
    genre_rec, genre_empty, genre_spans = Counter(), Counter(), Counter()
    for o in back:
        genre_rec[o["genre"]] += 1
        genre_spans[o["genre"]] += len(o["spans"])
        genre_empty[o["genre"]] += not o["spans"]
    sub = defaultdict(Counter)
    noise = Counter()
    negc = Counter()
    for m in mback:
        for s in m["spans"]:
            sub[s["type"]][s["sub"]] += 1
            for t in s["noise"]:
                noise[t] += 1
        for x in m["hard_negatives"]:
            negc[x["category"]] += 1
    tmpl = Counter(m["template"] for m in mback)
    lines = ["| genre | records | of which no PII | gold spans |", "|---|---|---|---|"]
    for k in sorted(genre_rec):
        lines.append(f"| {k} | {genre_rec[k]} | {genre_empty[k]} | {genre_spans[k]} |")
    lines.append(f"| **total** | **{len(back)}** | **{sum(genre_empty.values())}** | **{sum(genre_spans.values())}** |")
    lines += ["", "| type | spans | sub-kinds |", "|---|---|---|"]
    for t, c in sorted(by_type.items(), key=lambda x: -x[1]):
        lines.append(f"| {t} | {c} | " + ", ".join(f"{k} {v}" for k, v in sorted(sub[t].items())) + " |")
    lines += ["", "| template | records |", "|---|---|"] + [f"| {k} | {v} |" for k, v in sorted(tmpl.items())]
    lines += ["", "Span noise tags: " + ", ".join(f"`{k}` {v}" for k, v in sorted(noise.items())) + f" (spans with any noise: "
              f"{sum(1 for m in mback for s in m['spans'] if s['noise'])})",
              "", "Hard negatives by category: " + ", ".join(f"`{k}` {v}" for k, v in sorted(negc.items())) + f" (total {sum(negc.values())})"]
    block = "\n".join(lines)
    with open(os.path.join(HERE, "stats.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(block + "\n")
    print(block)
    need = ["KR_RRN", "KR_FRN", "KR_PASSPORT", "KR_DRIVER_LICENSE", "CREDIT_CARD", "KR_BANK_ACCOUNT", "PHONE_NUMBER", "EMAIL_ADDRESS"]
    short = [t for t in need if by_type[t] < 80]
    if short:
        print("WARNING below 80:", short)


if __name__ == "__main__":
    main()
