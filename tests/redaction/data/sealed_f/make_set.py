#!/usr/bin/env python3
"""Build the pii_f independent evaluation set for the Korean PII detector.

python3 make_set.py        -> writes pii_f.jsonl, pii_f.meta.jsonl, MD5SUMS and validates them.

Deterministic: every random.Random is seeded with a *string* (hashed with SHA-512 by the
random module, independent of PYTHONHASHSEED); no set/dict iteration order depends on hashing.
Standard library only.
"""
import datetime
import hashlib
import json
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import pf_values as V  # noqa: E402
from pf_doc import Doc  # noqa: E402
import pf_templates as T  # noqa: E402

SEED = "pii_f|2025|independent-eval"

GENRE_COUNTS = [
    ("민원 처리 결과 통지", 14), ("보도자료", 12), ("회의록", 12), ("사고 보고서", 12), ("감사·점검 보고서", 12),
    ("판결문·결정문", 12), ("복지·보조금 신청서", 16), ("장학금 신청서", 10), ("인사발령", 12), ("계약서", 14),
    ("수사·사실조회 공문", 20), ("외국인·다문화 서류", 22), ("의료·요양", 14), ("체납·과태료 고지", 14),
    ("채용·시험 결과", 12), ("로그·시스템 출력", 20), ("민원 상담 녹취", 14), ("이메일", 14), ("SMS·문자", 10),
    ("지역 뉴스", 12), ("가정통신문", 10), ("군 관련 서류", 12), ("농어업 지원", 16), ("표·명부", 18),
]
NEG_PER_TEMPLATE = 4
N_OCR = 26
BASE_NOISE = 0.06
OCR_NOISE = 0.55

TYPES = ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "KR_ADDRESS", "DATE_OF_BIRTH", "KR_BANK_ACCOUNT", "KR_RRN",
         "IP_ADDRESS", "KR_PASSPORT", "KR_BRN", "KR_DRIVER_LICENSE", "KR_FRN", "KR_VEHICLE_PLATE",
         "KR_HEALTH_INSURANCE", "CREDIT_CARD", "KR_CRN"]
MIN_SPANS = {t: 25 for t in TYPES}
for t in ["KR_RRN", "KR_FRN", "KR_PASSPORT", "KR_DRIVER_LICENSE", "CREDIT_CARD", "KR_BANK_ACCOUNT", "PHONE_NUMBER",
          "EMAIL_ADDRESS", "PERSON"]:
    MIN_SPANS[t] = 70


# ---------------------------------------------------------------------------
def plan():
    """Return list of (genre, template_fn, template_name, noise_p, text_noise, base_genre, no_pii)."""
    items = []
    for g, n in GENRE_COUNTS:
        for i in range(n):
            fn = T.TEMPLATES[g][i % len(T.TEMPLATES[g])]
            items.append((g, fn, BASE_NOISE, False, None, False))
    for g, fn in T.NEG_TEMPLATES.items():
        for i in range(NEG_PER_TEMPLATE):
            items.append((g, fn, 0.0, False, None, True))
    pr = random.Random(SEED + "|ocr-plan")
    genres = [g for g, _ in GENRE_COUNTS]
    for i in range(N_OCR):
        base = genres[i % len(genres)] if i < len(genres) else pr.choice(genres)
        fn = T.TEMPLATES[base][0]
        items.append(("OCR 스캔", fn, OCR_NOISE, True, base, False))
    random.Random(SEED + "|order").shuffle(items)
    return items


def build(idx, item):
    genre, fn, noise_p, text_noise, base, no_pii = item
    last_err = None
    for attempt in range(40):
        r = random.Random("%s|rec|%d|%s|%d" % (SEED, idx, fn.__name__, attempt))
        d = Doc(r, genre, fn.__name__, noise_p, text_noise)
        fn(d)
        text = d.text()
        rec_id = "pf-%04d" % (idx + 1)
        spans = d.spans
        err = validate_record(text, spans, d.negs, no_pii)
        if err is None:
            rec = {"id": rec_id, "text": text,
                   "spans": [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in spans], "genre": genre}
            noises = sorted({x for s in spans for x in s["noise"]})
            meta = {"id": rec_id, "genre": genre, "template": fn.__name__, "base_genre": base,
                    "no_pii": no_pii, "value_noise_p": noise_p, "text_noise": text_noise, "attempt": attempt,
                    "noise_tags": noises,
                    "spans": [{"start": s["start"], "end": s["end"], "type": s["type"], "kind": s["kind"],
                               "text": text[s["start"]:s["end"]], "clean": s["clean"], "noise": s["noise"]} for s in spans],
                    "hard_negatives": d.negs}
            return rec, meta
        last_err = err
    raise RuntimeError("record %d (%s) failed validation 40 times: %s" % (idx, fn.__name__, last_err))


# ---------------------------------------------------------------------------
# validation
RE_MOBILE = re.compile(r"(?<!\d)01[016789][-. ]?\d{3,4}[-. ]?\d{4}(?!\d)")
RE_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")
RE_RRNSHAPE = re.compile(r"(?<!\d)\d{6}\s?-\s?\d{7}(?!\d)")
RE_CARD = re.compile(r"(?<!\d)\d{4}[- ]?\d{4}[- ]?\d{4}[- ]?\d{4}(?!\d)")
RE_IPV4 = re.compile(r"(?<![\d.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d.])")


def _valid_date(yy, mm, dd, century):
    try:
        return datetime.date(century + yy, mm, dd)
    except ValueError:
        return None


def check_kind(typ, kind, clean):
    """Format / check-digit assertions on the clean value. Return error string or None."""
    c = unicodedata.normalize("NFKC", clean)
    if typ in ("KR_RRN", "KR_FRN"):
        m = re.fullmatch(r"(\d{2})(\d{2})(\d{2})-(\d)(.{6})", c)
        if not m:
            return "id shape"
        g = int(m.group(4))
        century = {1: 1900, 2: 1900, 3: 2000, 4: 2000, 5: 1900, 6: 1900, 7: 2000, 8: 2000}.get(g)
        if century is None:
            return "gender digit"
        if typ == "KR_RRN" and g > 4 or typ == "KR_FRN" and g < 5:
            return "gender digit for type"
        bd = _valid_date(int(m.group(1)), int(m.group(2)), int(m.group(3)), century)
        if bd is None:
            return "birth date"
        digits = c.replace("-", "")
        if kind.endswith("masked"):
            if len(set(m.group(5))) != 1 or m.group(5)[0].isdigit():
                return "mask"
            return None
        w = V.RRN_W
        s = sum(int(a) * b for a, b in zip(digits[:12], w))
        if kind == "rrn_valid":
            return None if (11 - s % 11) % 10 == int(digits[12]) else "rrn checksum"
        if kind == "rrn_post2020":
            if bd < datetime.date(2020, 10, 1):
                return "post2020 date"
            return "post2020 checksum should be invalid" if (11 - s % 11) % 10 == int(digits[12]) else None
        if kind == "frn_valid":
            return None if (13 - s % 11) % 10 == int(digits[12]) else "frn checksum"
        return "unknown id kind"
    if typ == "KR_BRN":
        dg = c.replace("-", "")
        if not re.fullmatch(r"\d{3}-\d{2}-\d{5}", c):
            return "brn shape"
        w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
        s = sum(int(x) * y for x, y in zip(dg, w)) + (int(dg[8]) * 5) // 10
        return None if (10 - s % 10) % 10 == int(dg[9]) else "brn check"
    if typ == "KR_CRN":
        if not re.fullmatch(r"\d{6}-\d{7}", c):
            return "crn shape"
        dg = c.replace("-", "")
        s = sum(int(x) * (1 if i % 2 == 0 else 2) for i, x in enumerate(dg[:12]))
        return None if (10 - s % 10) % 10 == int(dg[12]) else "crn check"
    if typ == "CREDIT_CARD":
        dg = re.sub(r"[- ]", "", c)
        if kind == "card_masked":
            return None if re.fullmatch(r"\d{4,6}[\d*]{6,8}\d{4}", dg) and "*" in dg else "masked card"
        if len(dg) not in (15, 16) or not dg.isdigit():
            return "card length"
        return None if V.luhn_ok(dg) else "luhn"
    if typ == "KR_PASSPORT":
        if kind == "passport_kr_old":
            return None if re.fullmatch(r"[MSGDR]\d{8}", c) else "kr old passport"
        if kind == "passport_kr_new":
            return None if re.fullmatch(r"[MSGDR]\d{3}[A-Z]\d{4}", c) else "kr new passport"
        return None if re.fullmatch(r"[A-Z0-9]{8,10}", c) else "foreign passport"
    if typ == "KR_DRIVER_LICENSE":
        regions = "|".join(sorted({n for _, n in V.DL_REGION}))
        pats = {"dl_code": r"(1[1-9]|2[0-8])-\d{2}-\d{6}-\d{2}", "dl_name": r"(%s) \d{2}-\d{6}-\d{2}" % regions,
                "dl_name_nospace": r"(%s)\d{2}-\d{6}-\d{2}" % regions, "dl_plain": r"(1[1-9]|2[0-8])\d{10}"}
        return None if re.fullmatch(pats[kind], c) else "dl pattern"
    if typ == "KR_VEHICLE_PLATE":
        return None if re.fullmatch(r"([가-힣]{2} )?\d{2,3}[가-힣] ?\d{4}", c) else "plate"
    if typ == "KR_HEALTH_INSURANCE":
        return None if re.fullmatch(r"\d{11}", c) else "hi"
    if typ == "IP_ADDRESS":
        if kind == "ipv6":
            return None if re.fullmatch(r"[0-9a-f]{1,4}(:[0-9a-f]{1,4}){7}", c) else "ipv6"
        p = c.split(".")
        return None if len(p) == 4 and all(x.isdigit() and 0 <= int(x) <= 255 for x in p) else "ipv4"
    if typ == "EMAIL_ADDRESS":
        return None if re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", c) else "email"
    if typ == "PHONE_NUMBER":
        dg = re.sub(r"[-. ]", "", c.replace("+82", "0"))
        if kind == "mobile_masked":
            return None if re.fullmatch(r"01\d-[\d*]{3,4}-[\d*]{4}", c) and "*" in c else "masked phone"
        if kind.startswith("mobile"):
            return None if re.fullmatch(r"01[016789]\d{7,8}", dg) else "mobile"
        return None if re.fullmatch(r"0\d{8,10}", dg) else "landline"
    if typ == "KR_BANK_ACCOUNT":
        dg = c.replace("-", "")
        return None if dg.isdigit() and 10 <= len(dg) <= 14 else "account"
    if typ == "DATE_OF_BIRTH":
        MON = {m: i + 1 for i, m in enumerate(["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"])}
        m = re.fullmatch(r"(\d{2})\s(\w{3})\s(\d{4})", c)
        if m:
            return None if _valid_date(int(m.group(3)) % 100, MON[m.group(2)], int(m.group(1)), int(m.group(3)) // 100 * 100) else "dob"
        nums = re.findall(r"\d+", c)
        if len(nums) == 1:
            x = nums[0]
            nums = [x[:4], x[4:6], x[6:]] if len(x) == 8 else [x[:2], x[2:4], x[4:]]
        if len(nums) != 3:
            return "dob parts"
        y = int(nums[0])
        y = y if y > 100 else 1900 + y if y > 25 else 2000 + y
        return None if _valid_date(y % 100, int(nums[1]), int(nums[2]), y // 100 * 100) else "dob date"
    if typ == "PERSON":
        return None if c and not re.search(r"(주무관|사무관|과장|위원|씨|님|귀하|성명|대표자)$", c) else "person"
    if typ == "KR_ADDRESS":
        return None if re.search(r"\d", c) and not c.startswith("(") else "address"
    return "unknown type"


def canon_match(s):
    typ, kind, noisy, clean = s["type"], s["kind"], s["value"], s["clean"]
    if "hangul_digits" in s["noise"]:
        a = re.sub(r"\D", "", V.canon(noisy, spoken=True))
        b = re.sub(r"\D", "", clean)
        return a == b
    numeric = typ in ("KR_RRN", "KR_FRN", "PHONE_NUMBER", "CREDIT_CARD", "KR_BANK_ACCOUNT", "KR_BRN", "KR_CRN",
                      "KR_HEALTH_INSURANCE", "IP_ADDRESS")
    a, b = V.canon(noisy, numeric=numeric), V.canon(clean, numeric=numeric)
    if typ == "EMAIL_ADDRESS":
        a, b = a.lower(), b.lower()
    return a == b


def validate_record(text, spans, negs, no_pii):
    prev_end = 0
    for s in spans:
        s["value"] = text[s["start"]:s["end"]]
        if not (0 <= s["start"] < s["end"] <= len(text)):
            return "bounds"
        if s["start"] < prev_end:
            return "overlap/order"
        prev_end = s["end"]
        v = s["value"]
        if v != v.strip():
            return "edge whitespace %r" % v
        if s["type"] not in TYPES:
            return "type"
        if not canon_match(s):
            return "noise canon mismatch %r vs %r" % (v, s["clean"])
        e = check_kind(s["type"], s["kind"], s["clean"])
        if e:
            return "%s: %s %r" % (s["type"], e, s["clean"])
    if no_pii and spans:
        return "no-PII record has spans"
    if not no_pii and not spans:
        return "PII record without spans"
    covered = [False] * len(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            covered[i] = True
    for n in negs:
        if any(covered[i] for i in range(n["start"], n["end"])):
            return "negative overlaps span"
    # every other occurrence of a labelled string must also be labelled
    for s in spans:
        v = s["value"]
        if len(v) < 2:
            continue
        i = text.find(v)
        while i != -1:
            if not any(covered[j] for j in range(i, i + len(v))):
                return "unlabelled repeat of %r" % v
            i = text.find(v, i + 1)
    # PII-shaped strings outside spans must be tagged hard negatives
    negcov = [False] * len(text)
    for n in negs:
        for i in range(n["start"], n["end"]):
            negcov[i] = True
    for rx in (RE_MOBILE, RE_EMAIL, RE_RRNSHAPE, RE_CARD, RE_IPV4):
        for m in rx.finditer(text):
            rng = range(m.start(), m.end())
            if any(covered[i] for i in rng):
                continue
            if all(negcov[i] for i in rng):
                continue
            return "untagged PII-shaped string %r" % m.group(0)
    return None


def revalidate_files(data_path, meta_path):
    recs = [json.loads(x) for x in open(data_path, encoding="utf-8")]
    metas = [json.loads(x) for x in open(meta_path, encoding="utf-8")]
    assert len(recs) == len(metas)
    for i, (r, m) in enumerate(zip(recs, metas)):
        assert r["id"] == m["id"] == "pf-%04d" % (i + 1)
        assert list(r.keys()) == ["id", "text", "spans", "genre"]
        assert len(r["spans"]) == len(m["spans"])
        spans = []
        for a, b in zip(r["spans"], m["spans"]):
            assert (a["start"], a["end"], a["type"]) == (b["start"], b["end"], b["type"])
            assert r["text"][a["start"]:a["end"]] == b["text"], (r["id"], b)
            spans.append(dict(b))
        err = validate_record(r["text"], spans, m["hard_negatives"], m["no_pii"])
        assert err is None, (r["id"], err)
        for n in m["hard_negatives"]:
            assert r["text"][n["start"]:n["end"]] == n["text"]
    return recs, metas


def main():
    items = plan()
    recs, metas = [], []
    for idx, item in enumerate(items):
        rec, meta = build(idx, item)
        recs.append(rec)
        metas.append(meta)
    dp = os.path.join(HERE, "pii_f.jsonl")
    mp = os.path.join(HERE, "pii_f.meta.jsonl")
    with open(dp, "w", encoding="utf-8", newline="\n") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(mp, "w", encoding="utf-8", newline="\n") as f:
        for m in metas:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    recs, metas = revalidate_files(dp, mp)

    # statistics
    counts = {t: 0 for t in TYPES}
    for rec in recs:
        for s in rec["spans"]:
            counts[s["type"]] += 1
    print("records:", len(recs), " no-PII:", sum(1 for m in metas if m["no_pii"]), " spans:", sum(counts.values()))
    short = []
    for t in TYPES:
        flag = "" if counts[t] >= MIN_SPANS[t] else "  << below target %d" % MIN_SPANS[t]
        if flag:
            short.append(t)
        print("  %-20s %5d%s" % (t, counts[t], flag))
    noisy = sum(1 for m in metas for s in m["spans"] if s["noise"])
    print("noisy spans:", noisy, " hard negatives:", sum(len(m["hard_negatives"]) for m in metas))
    if len(recs) < 320 or short:
        raise SystemExit("targets not met: %s" % short)

    names = ["make_set.py", "pf_values.py", "pf_doc.py", "pf_templates.py", "pii_f.jsonl", "pii_f.meta.jsonl"]
    if os.path.exists(os.path.join(HERE, "README.md")):
        names.append("README.md")
    with open(os.path.join(HERE, "MD5SUMS"), "w", encoding="utf-8", newline="\n") as f:
        for n in names:
            f.write("%s  %s\n" % (hashlib.md5(open(os.path.join(HERE, n), "rb").read()).hexdigest(), n))
    print("wrote pii_f.jsonl, pii_f.meta.jsonl, MD5SUMS")


if __name__ == "__main__":
    main()
