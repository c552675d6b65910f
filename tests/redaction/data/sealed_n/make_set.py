"""Deterministic generator + validator for the pii_n evaluation set (standard library only).

python make_set.py  -> writes pii_n.jsonl, pii_n.meta.jsonl, stats.json; validates; prints counts.
"""
import datetime
import hashlib
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pn_values import rrn_check, frn_check, luhn_ok, crn_check  # noqa: E402
from pn_tpl_prose import PROSE  # noqa: E402
from pn_tpl_struct import STRUCT  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
HD = {c: str(i) for i, c in enumerate("공일이삼사오육칠팔구")}
HD["영"] = "0"
CONF_BACK = str.maketrans({"O": "0", "l": "1", "I": "1", "B": "8", "S": "5"})
MIN_TYPES = ["KR_RRN", "KR_FRN", "KR_PASSPORT", "KR_DRIVER_LICENSE", "CREDIT_CARD", "KR_BANK_ACCOUNT", "PHONE_NUMBER",
             "EMAIL_ADDRESS"]


def denoise(s, noise):
    t = unicodedata.normalize("NFKC", s)
    t = re.sub(r"\s+", "", t)
    t = t.replace("‐", "-").replace("–", "-").replace("－", "-")
    if "confusable_letters" in noise:
        t = t.translate(CONF_BACK)
    if "hangul_digits" in noise:
        t = "".join(HD.get(c, c) for c in t)
        t = re.sub(r"[^0-9]", "", t)
    return t


def only_digits(s):
    return re.sub(r"[^0-9]", "", s)


def check_value(typ, kind, clean):
    c = clean
    dg = only_digits(c)
    if typ == "KR_RRN":
        assert re.fullmatch(r"\d{6}-?[\d][\d*●Xx]{6}", c), c
        yy, mm, dd, g = int(c[:2]), int(c[2:4]), int(c[4:6]), c[6 if len(c) == 13 else 7]
        century = 1900 if g in "12" else 2000
        dt = datetime.date(century + yy, mm, dd)
        if kind == "rrn_masked":
            tail = c[-6:]
            assert len(set(tail)) == 1 and tail[0] in "*●Xx" and g in "1234", c
        elif kind == "rrn_valid":
            assert rrn_check(dg[:12]) == int(dg[12]) and dt < datetime.date(2020, 10, 1), c
        else:
            assert rrn_check(dg[:12]) != int(dg[12]) and dt >= datetime.date(2020, 10, 1), c
    elif typ == "KR_FRN":
        assert len(dg) == 13 and dg[6] in "5678" and frn_check(dg[:12]) == int(dg[12]), c
        datetime.date((1900 if dg[6] in "56" else 2000) + int(dg[:2]), int(dg[2:4]), int(dg[4:6]))
    elif typ == "CREDIT_CARD":
        if kind == "card_masked":
            raw = re.sub(r"[- ]", "", c)
            assert len(raw) in (15, 16) and raw[:6].isdigit() and raw[-4:].isdigit() and set(raw[6:-4]) == {"*"}, c
        else:
            assert len(dg) in (15, 16) and luhn_ok(dg), c
    elif typ == "KR_PASSPORT":
        assert re.fullmatch(r"[MSGDR]\d{8}|[MSGDR]\d{3}[A-Z]\d{4}|[A-Z]{1,2}\d{7,8}[A-Z]?", c), c
    elif typ == "KR_DRIVER_LICENSE":
        assert re.fullmatch(r"(\d{2}-|[가-힣]{2} ?)\d{2}-\d{6}-\d{2}|\d{12}", c), c
    elif typ == "KR_BANK_ACCOUNT":
        assert 10 <= len(dg) <= 14 and re.fullmatch(r"[\d-]+", c), c
    elif typ == "PHONE_NUMBER":
        if kind == "mobile_masked":
            assert re.fullmatch(r"010-\d\d\*\*-\d{4}", c), c
        elif kind == "mobile":
            assert dg.startswith("010") or dg.startswith("8210"), c
            assert len(dg) in (11, 12), c
        else:
            assert re.fullmatch(r"\(?0\d{1,2}\)?[- ]\d{3,4}-\d{4}", c), c
            assert not re.match(r"(15|16|18)\d\d", dg), c
    elif typ == "EMAIL_ADDRESS":
        assert re.fullmatch(r"[a-z0-9._]+@[a-z0-9-]+(\.[a-z]{2,})+", c), c
    elif typ == "IP_ADDRESS":
        if ":" not in c:
            assert all(0 <= int(x) <= 255 for x in c.split(".")) and len(c.split(".")) == 4, c
    elif typ == "KR_BRN":
        w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
        s = sum(int(a) * b for a, b in zip(dg, w)) + int(dg[8]) * 5 // 10
        assert (10 - s % 10) % 10 == int(dg[9]), c
    elif typ == "KR_CRN":
        assert len(dg) == 13 and crn_check(dg[:12]) == int(dg[12]), c
    elif typ == "KR_HEALTH_INSURANCE":
        assert re.fullmatch(r"\d{11}", c), c
    elif typ == "KR_VEHICLE_PLATE":
        assert re.fullmatch(r"([가-힣]{2} )?\d{2,3}[가-힣] ?\d{4}", c), c
    elif typ == "DATE_OF_BIRTH":
        assert re.fullmatch(r"[\d. 년월일-]+", c), c
    elif typ == "PERSON":
        assert c not in ("홍길동",) and not re.search(r"(씨|님|귀하|주무관|과장)$", c), c
    elif typ == "KR_ADDRESS":
        assert not c.startswith("(") and re.search(r"\d", c), c


PII_LOOK = [("mobile", re.compile(r"(?<!\d)01[016789][-. ]?\d{3,4}[-. ]?\d{4}(?!\d)")),
            ("email", re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")),
            ("rrn_shape", re.compile(r"(?<!\d)\d{6}-\d{7}(?!\d)")),
            ("card16", re.compile(r"(?<!\d)\d{4}[- ]?\d{4}[- ]?\d{4}[- ]?\d{4}(?!\d)")),
            ("ipv4", re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])"))]


def validate_record(text, spans, negs, planned_no_pii=False):
    prev = 0
    for (a, b, s) in spans:
        assert 0 <= a < b <= len(text), (a, b)
        assert a >= prev, "overlap/unsorted"
        prev = b
        v = text[a:b]
        assert v == s.text, (v, s.text)
        assert v == v.strip(), repr(v)
        if s.typ != "PERSON" and s.typ != "KR_ADDRESS" and s.typ != "DATE_OF_BIRTH" and s.typ != "EMAIL_ADDRESS" \
                and s.typ != "IP_ADDRESS":
            dn = denoise(v, s.noise)
            ref = only_digits(s.clean) if "hangul_digits" in s.noise else re.sub(r"\s+", "", s.clean)
            assert dn == ref, (v, s.clean, s.noise)
        elif s.typ == "PERSON" and "spaced_name" in s.noise:
            assert v.replace(" ", "") == s.clean
        else:
            assert v == s.clean
        check_value(s.typ, s.kind, s.clean)
    covered = [(a, b) for a, b, _ in spans]
    # every other occurrence of a labelled value must be labelled
    for (a, b, s) in spans:
        v = s.text
        i = text.find(v)
        while i != -1:
            assert any(x <= i and i + len(v) <= y for x, y in covered), ("unlabelled repeat", v)
            i = text.find(v, i + 1)
    # PII-looking strings outside spans must be tagged hard negatives
    norm = unicodedata.normalize("NFKC", text)
    assert len(norm) == len(text) or True
    negc = [(a, b) for a, b, _ in negs]
    for name, rx in PII_LOOK:
        for m in rx.finditer(text):
            a, b = m.span()
            if any(x <= a and b <= y for x, y in covered + negc):
                continue
            if name == "ipv4" and any(a < y and x < b for x, y in negc):
                continue
            raise AssertionError(("unlabelled PII-looking", name, m.group(0)))
    for (a, b, _) in negs:
        assert not any(a < y and x < b for x, y in covered), "negative overlaps span"
    if planned_no_pii:
        assert not spans


def build():
    records, metas = [], []
    idn = 0
    for group in (PROSE, STRUCT):
        for name, fn, n in group:
            for i in range(n):
                for attempt in range(20):
                    seed = f"pii_n-2026|{name}|{i}" + (f"|r{attempt}" if attempt else "")
                    rng = random.Random(seed)
                    d, genre = fn(rng)
                    text = d.text()
                    try:
                        validate_record(text, d.spans, d.negs, planned_no_pii=(name == "negonly"))
                        break
                    except AssertionError as e:
                        last = e
                        continue
                else:
                    raise SystemExit(f"could not build {name} {i}: {last}")
                idn += 1
                rid = f"pii_n-{idn:04d}"
                records.append({"id": rid, "text": text,
                                "spans": [{"start": a, "end": b, "type": s.typ} for a, b, s in d.spans],
                                "genre": genre})
                metas.append({"id": rid, "template": name, "seed": seed, "genre": genre,
                              "spans": [{"start": a, "end": b, "type": s.typ, "kind": s.kind, "noise": s.noise}
                                        for a, b, s in d.spans],
                              "hard_negatives": [{"start": a, "end": b, "category": x.cat, "text": x.text}
                                                 for a, b, x in d.negs]})
    return records, metas


def dump(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")


def reread_check(records):
    with open(os.path.join(HERE, "pii_n.jsonl"), encoding="utf-8") as f:
        back = [json.loads(line) for line in f]
    assert back == records
    ids = set()
    for r in back:
        assert set(r) == {"id", "text", "spans", "genre"}
        assert r["id"] not in ids
        ids.add(r["id"])
        prev = 0
        for s in r["spans"]:
            assert set(s) == {"start", "end", "type"}
            assert prev <= s["start"] < s["end"] <= len(r["text"])
            prev = s["end"]
            v = r["text"][s["start"]:s["end"]]
            assert v.strip() == v and v


def main():
    records, metas = build()
    dump(os.path.join(HERE, "pii_n.jsonl"), records)
    dump(os.path.join(HERE, "pii_n.meta.jsonl"), metas)
    reread_check(records)
    tc = Counter(s["type"] for r in records for s in r["spans"])
    gc = Counter(r["genre"] for r in records)
    gs = Counter()
    gn = Counter()
    for r in records:
        gs[r["genre"]] += len(r["spans"])
        gn[r["genre"]] += (not r["spans"])
    kc = Counter((s["type"], s["kind"]) for m in metas for s in m["spans"])
    nc = Counter(n for m in metas for s in m["spans"] for n in s["noise"])
    hc = Counter(h["category"] for m in metas for h in m["hard_negatives"])
    for t in MIN_TYPES:
        assert tc[t] >= 80, (t, tc[t])
    assert len(records) >= 350
    stats = {"records": len(records), "no_pii_records": sum(1 for r in records if not r["spans"]),
             "spans": sum(tc.values()), "types": dict(sorted(tc.items())),
             "genres": {g: {"records": gc[g], "no_pii": gn[g], "spans": gs[g]} for g in sorted(gc)},
             "kinds": {f"{a}/{b}": c for (a, b), c in sorted(kc.items())}, "noise": dict(sorted(nc.items())),
             "hard_negatives": dict(sorted(hc.items()))}
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(stats, f, ensure_ascii=False, indent=1)
        f.write("\n")
    h = hashlib.md5(open(os.path.join(HERE, "pii_n.jsonl"), "rb").read()).hexdigest()
    print(json.dumps(stats, ensure_ascii=False, indent=1))
    print("md5 pii_n.jsonl", h)


if __name__ == "__main__":
    main()
