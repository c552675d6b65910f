#!/usr/bin/env python3
"""Build the pii_e independent evaluation set for Korean PII detection.

    python3 make_set.py            # writes pii_e.jsonl, pii_e.meta.jsonl, MD5SUMS, updates README counts
    python3 make_set.py --check    # only re-reads and validates the written files

Standard library only. Deterministic: every record is generated from an rng
seeded with a string (random.Random(str) hashes the string with SHA-512, not
with hash()), nothing iterates over sets or dicts whose order could depend on
PYTHONHASHSEED, and JSON is written with a fixed key order.
"""
import datetime
import hashlib
import ipaddress
import json
import os
import random
import re
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from gen.doc import Doc  # noqa: E402
from gen.values import V, rrn_check, brn_check, crn_check, luhn_ok, BANKS, REGIONS, SURNAMES, TWO_SURNAMES, MONTHS_EN  # noqa: E402
from gen import noise as NZ  # noqa: E402
from gen.common import TEMPLATES  # noqa: E402
import gen.t_admin  # noqa: E402,F401
import gen.t_forms  # noqa: E402,F401
import gen.t_misc  # noqa: E402,F401

SEED = "pii_e/2025-kr-pii-eval/v1"
OUT = os.path.join(HERE, "pii_e.jsonl")
META = os.path.join(HERE, "pii_e.meta.jsonl")
SPOT_RATE = 0.05
MAX_ATTEMPTS = 40

TYPES = ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "KR_ADDRESS", "DATE_OF_BIRTH", "KR_BANK_ACCOUNT", "KR_RRN",
         "IP_ADDRESS", "KR_PASSPORT", "KR_BRN", "KR_DRIVER_LICENSE", "KR_FRN", "KR_VEHICLE_PLATE",
         "KR_HEALTH_INSURANCE", "CREDIT_CARD", "KR_CRN"]

# (template, number of clean records, number of OCR re-renderings)
PLAN = [
    ("minwon_letter", 24, 0), ("minwon_notice_form", 8, 4), ("minwon_general_nopii", 5, 0),
    ("press_award", 9, 0), ("press_policy", 8, 0), ("press_nopii", 4, 0),
    ("minutes_committee", 9, 0), ("minutes_residents", 6, 0), ("minutes_personnel", 5, 2),
    ("accident_traffic", 10, 2), ("accident_industrial", 7, 2), ("accident_facility", 5, 0), ("accident_privacy_leak", 5, 0),
    ("audit_subsidy", 5, 0), ("audit_card", 8, 0), ("audit_privacy_lookup", 5, 0), ("audit_contract", 6, 0),
    ("judgment_fraud", 7, 2), ("judgment_dui", 7, 1), ("judgment_immigration", 7, 1), ("judgment_card", 6, 0),
    ("judgment_anonymised", 4, 0),
    ("welfare_form", 18, 5), ("subsidy_business_form", 9, 2), ("welfare_blank_form", 4, 1),
    ("passport_application", 10, 2),
    ("roster_overseas_trip", 7, 2), ("roster_emergency", 5, 0), ("roster_drivers", 7, 2), ("roster_no_header", 5, 0),
    ("roster_personnel_order", 3, 0),
    ("contract_service", 8, 2), ("contract_lease", 4, 0), ("contract_lecturer", 5, 2), ("contract_vehicle_rental", 5, 0),
    ("contract_privacy_outsourcing", 5, 0),
    ("police_telecom", 5, 0), ("police_finance", 5, 0), ("police_reply_bank", 4, 2), ("police_ip", 4, 0),
    ("police_immig", 6, 1), ("police_vehicle", 5, 0),
    ("foreign_integrated_app", 10, 3), ("foreign_eps_roster", 7, 2), ("foreign_extension_notice", 6, 0),
    ("foreign_marriage", 5, 1), ("foreign_teacher_visa", 4, 0),
    ("medaid_notice", 7, 2), ("medaid_referral", 5, 1), ("hi_refund", 5, 0), ("hi_foreign", 5, 1),
    ("arrears_local_tax", 8, 2), ("arrears_corp", 7, 0), ("arrears_hi", 6, 0),
    ("hiring_announce", 4, 0), ("hiring_individual", 7, 0), ("hiring_roster", 6, 1), ("hiring_foreign_teacher", 4, 0),
    ("log_access", 6, 0), ("log_debug_payload", 6, 0), ("log_payment", 7, 0), ("log_csv_export", 8, 0), ("log_lpr", 4, 0),
    ("log_mail_server", 3, 0), ("log_nopii", 3, 0),
    ("email_thread", 8, 0), ("email_foreign_teacher", 5, 0), ("email_participants", 5, 0),
    ("sms_log", 7, 0), ("sms_phishing", 6, 0), ("call_transcript", 10, 0),
    ("news_crime", 6, 0), ("news_human", 7, 0), ("news_accident", 5, 0), ("news_nopii", 4, 0),
]
OCR_GENRE = "OCR 스캔본"


class Retry(Exception):
    pass


# ---------------------------------------------------------------- generation
def build_record(tname, k, ocr):
    t = TEMPLATES[tname]
    for attempt in range(MAX_ATTEMPTS):
        seed = f"{SEED}|{'ocr' if ocr else 'clean'}|{tname}|{k}|{attempt}"
        r = random.Random(seed)
        v = V(r)
        d = Doc(r, ocr=ocr, spot_rate=0.0 if ocr else SPOT_RATE)
        t["fn"](d, r, v)
        text = d.text()
        try:
            soft_checks(text, d.spans, d.negs, t["nopii"])
        except Retry:
            continue
        return text, d, attempt, seed
    raise RuntimeError(f"could not build {tname} #{k} after {MAX_ATTEMPTS} attempts")


# ---------------------------------------------------------------- validation
LEAK_PATTERNS = [
    ("mobile", re.compile(r"01[016789]\s?[-.‐－–]?\s?\d{3,4}\s?[-.‐－–]?\s?\d{4}")),
    ("landline", re.compile(r"(?<!\d)0\d{1,2}-\d{3,4}-\d{4}(?!\d)")),
    ("email", re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")),
    ("rrn_shape", re.compile(r"(?<!\d)\d{6}\s?[-‐－–]\s?[\d*●Xx○]{7}(?!\d)")),
    ("card16", re.compile(r"(?<!\d)\d{4}[- ]?\d{4}[- ]?\d{4}[- ]?\d{4}(?!\d)")),
    ("ipv4", re.compile(r"(?<![\d.])(\d{1,3}\.){3}\d{1,3}(?![\d.])")),
]


def soft_checks(text, spans, negs, nopii):
    """checks that may fail by chance (name collisions, accidental look-alikes): caller retries"""
    covered = [False] * len(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            covered[i] = True
    neg_cov = list(covered)
    for n in negs:
        for i in range(n["start"], n["end"]):
            neg_cov[i] = True
    # every other occurrence of a labelled surface string must also be labelled
    for s in spans:
        surf = text[s["start"]:s["end"]]
        if len(surf) < 2:
            raise Retry
        for m in re.finditer(re.escape(surf), text):
            if not all(covered[m.start():m.end()]):
                raise Retry
    # PII-looking strings outside spans must be tagged hard negatives
    for name, pat in LEAK_PATTERNS:
        for m in pat.finditer(text):
            if name == "ipv4":
                try:
                    ipaddress.ip_address(m.group(0))
                except ValueError:
                    continue
            if not any(neg_cov[m.start():m.end()]):
                raise Retry
    # hard negatives must not overlap spans
    for n in negs:
        if any(covered[n["start"]:n["end"]]):
            raise Retry


def _date_ok(y, m, d):
    try:
        return datetime.date(y, m, d)
    except ValueError:
        return None


def _yy(yy, ref=None):
    return 2000 + yy if yy <= 24 else 1900 + yy


def check_kind(typ, kind, clean):
    """hard format / check-digit assertions on the clean value"""
    c = clean
    if typ == "KR_RRN":
        m = re.fullmatch(r"(\d{2})(\d{2})(\d{2})-(.)(.{6})", c)
        assert m, c
        g = m.group(4)
        cent = 1900 if g in "12" else 2000
        dt = _date_ok(cent + int(m.group(1)), int(m.group(2)), int(m.group(3)))
        assert dt, c
        digits = c.replace("-", "")
        if kind == "rrn_valid":
            assert g in "1234" and digits.isdigit() and rrn_check(digits[:12]) == int(digits[12]), c
            assert dt < datetime.date(2020, 10, 1), c
        elif kind == "rrn_post2020":
            assert g in "34" and digits.isdigit() and rrn_check(digits[:12]) != int(digits[12]), c
            assert dt >= datetime.date(2020, 10, 1), c
        elif kind == "rrn_masked":
            assert g in "1234" and len(set(m.group(5))) == 1 and m.group(5)[0] in "*●Xx○", c
        elif kind == "rrn_masked_back7":
            assert c.endswith("-*******"), c
        else:
            raise AssertionError(kind)
    elif typ == "KR_FRN":
        m = re.fullmatch(r"(\d{2})(\d{2})(\d{2})-([5-8])(.{6})", c)
        assert m, c
        cent = 1900 if m.group(4) in "56" else 2000
        assert _date_ok(cent + int(m.group(1)), int(m.group(2)), int(m.group(3))), c
        digits = c.replace("-", "")
        if kind == "frn_valid":
            assert digits.isdigit() and rrn_check(digits[:12], foreign=True) == int(digits[12]), c
            assert int(digits[7:9]) % 2 == 0 and digits[11] in "6789", c
        else:
            assert kind == "frn_masked" and m.group(5) == "******", c
    elif typ == "KR_BRN":
        assert re.fullmatch(r"\d{3}-\d{2}-\d{5}", c), c
        dg = c.replace("-", "")
        assert brn_check(dg[:9]) == int(dg[9]), c
    elif typ == "KR_CRN":
        assert re.fullmatch(r"\d{6}-\d{7}", c), c
        dg = c.replace("-", "")
        assert crn_check(dg[:12]) == int(dg[12]), c
    elif typ == "CREDIT_CARD":
        if kind == "card_masked":
            assert re.fullmatch(r"\d{4}-\d{2}\*\*-\*{4}-\d{4}", c), c
        else:
            dg = c.replace("-", "")
            assert dg.isdigit() and luhn_ok(dg), c
            assert (len(dg) == 15) == (kind == "card_amex") and len(dg) in (15, 16), c
    elif typ == "KR_PASSPORT":
        if kind == "passport_kr_old":
            assert re.fullmatch(r"[MSGDR]\d{8}", c), c
        elif kind == "passport_kr_new":
            assert re.fullmatch(r"[MSGDR]\d{3}[A-Z]\d{4}", c), c
        else:
            assert re.fullmatch(r"[A-Z]{0,2}\d[\d ]{5,9}[A-Z]?", c) and sum(ch.isdigit() for ch in c) >= 6, c
    elif typ == "KR_DRIVER_LICENSE":
        pats = {"dl_numeric": r"(1[1-9]|2[0-8])-\d{2}-\d{6}-\d{2}", "dl_region_space": r"[가-힣]{2,4} \d{2}-\d{6}-\d{2}",
                "dl_region_nospace": r"[가-힣]{2,4}\d{2}-\d{6}-\d{2}", "dl_plain12": r"(1[1-9]|2[0-8])\d{10}"}
        assert re.fullmatch(pats[kind], c), c
    elif typ == "KR_VEHICLE_PLATE":
        assert re.fullmatch(r"([가-힣]{2} )?\d{2,3}[가-힣] ?\d{4}", c), c
    elif typ == "KR_HEALTH_INSURANCE":
        assert re.fullmatch(r"[1-9]\d{10}", c), c
    elif typ == "PHONE_NUMBER":
        if kind == "mobile_masked":
            assert re.fullmatch(r"010-(\*{4}|[2-9]\d\*\*)-\d{4}", c), c
        elif kind.startswith("mobile"):
            assert re.fullmatch(r"(010|\+82-10)[-. ]?[2-9]\d{3}[-. ]?\d{4}", c), c
        elif kind == "voip070":
            assert re.fullmatch(r"070-\d{4}-\d{4}", c), c
        else:
            assert re.fullmatch(r"0\d{1,2}-[2-9]\d{2,3}-\d{4}", c), c
            assert not c.endswith("-2114"), c
    elif typ == "EMAIL_ADDRESS":
        assert re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", c), c
    elif typ == "IP_ADDRESS":
        a = ipaddress.ip_address(c)
        assert (a.version == 6) == (kind == "ipv6"), c
        if kind == "ipv4_private":
            assert a.is_private, c
    elif typ == "DATE_OF_BIRTH":
        assert parse_dob(kind[4:], c), c
    elif typ == "KR_BANK_ACCOUNT":
        pat = tuple(int(x) for x in kind[5:].split("-"))
        assert re.fullmatch("-".join(r"\d{%d}" % g for g in pat), c), c
    elif typ == "KR_ADDRESS":
        heads = [x[0] for x in REGIONS] + [x[1] for x in REGIONS] + [s.split()[0] for x in REGIONS for s in x[3]]
        assert any(c.startswith(h + " ") for h in heads), c
        assert not re.match(r"\(?\d{5}\)", c), c
        assert c[-1] not in ",() ", c
    elif typ == "PERSON":
        if kind == "name_ko_latin":
            assert re.fullmatch(r"[A-Za-z]+ [A-Za-z]+(-[A-Za-z]+)?", c), c
        elif kind.startswith("name_ko"):
            assert re.fullmatch(r"[가-힣]{2,4}", c), c
            sur = c[:2] if kind == "name_ko_2surname" else c[0]
            assert (sur in TWO_SURNAMES) if kind == "name_ko_2surname" else (sur in SURNAMES), c
            assert c not in ("홍길동",), c
        elif kind == "name_hanja":
            assert re.fullmatch(r"[\u4e00-\u9fff]{2,4}", c), c
        elif kind == "name_foreign_latin":
            assert re.fullmatch(r"[A-Za-z]+( [A-Za-z]+)+", c), c
        elif kind == "name_foreign_hangul":
            assert re.fullmatch(r"[가-힣]+( [가-힣]+)*", c), c
        else:
            raise AssertionError(kind)
    else:
        raise AssertionError(typ)


def parse_dob(form, s):
    y = m = d = None
    if form in ("dot_spaced", "dot_spaced_noend"):
        mm = re.fullmatch(r"(\d{4})\. (\d{1,2})\. (\d{1,2})" + (r"\." if form == "dot_spaced" else ""), s)
    elif form == "korean":
        mm = re.fullmatch(r"(\d{4})년 (\d{1,2})월 (\d{1,2})일", s)
    elif form == "korean_short":
        mm = re.fullmatch(r"(\d{2})년 (\d{1,2})월 (\d{1,2})일", s)
    elif form == "iso":
        mm = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
    elif form in ("dot_padded", "dot_padded_noend"):
        mm = re.fullmatch(r"(\d{4})\.(\d{2})\.(\d{2})" + (r"\." if form == "dot_padded" else ""), s)
    elif form == "short_dot":
        mm = re.fullmatch(r"(\d{2})\.(\d{2})\.(\d{2})", s)
    elif form == "yymmdd":
        mm = re.fullmatch(r"(\d{2})(\d{2})(\d{2})", s)
    elif form == "yyyymmdd":
        mm = re.fullmatch(r"(\d{4})(\d{2})(\d{2})", s)
    elif form == "slash":
        mm = re.fullmatch(r"(\d{4})/(\d{2})/(\d{2})", s)
    elif form == "eng":
        mm = re.fullmatch(r"(\d{2}) ([A-Z]{3}) (\d{4})", s)
        if mm and mm.group(2) in MONTHS_EN:
            return _date_ok(int(mm.group(3)), MONTHS_EN.index(mm.group(2)) + 1, int(mm.group(1)))
        return None
    elif form in ("dmy_slash", "dmy_dot"):
        mm = re.fullmatch(r"(\d{2})[/.](\d{2})[/.](\d{4})", s)
        if mm:
            return _date_ok(int(mm.group(3)), int(mm.group(2)), int(mm.group(1)))
        return None
    else:
        return None
    if not mm:
        return None
    y = int(mm.group(1))
    if y < 100:
        y = _yy(y)
    return _date_ok(y, int(mm.group(2)), int(mm.group(3)))


def hard_checks(rec, meta, nopii):
    text = rec["text"]
    spans = rec["spans"]
    assert rec["id"] == meta["id"]
    assert len(spans) == len(meta["spans"])
    prev_end = 0
    for s, ms in zip(spans, meta["spans"]):
        assert (s["start"], s["end"], s["type"]) == (ms["start"], ms["end"], ms["type"])
        assert 0 <= s["start"] < s["end"] <= len(text), s
        assert s["start"] >= prev_end, ("overlap/unsorted", rec["id"], s)
        prev_end = s["end"]
        surf = text[s["start"]:s["end"]]
        assert surf == surf.strip() and surf, (rec["id"], surf)
        assert s["type"] in TYPES
        assert NZ.canon(surf, ms["noise"]) == NZ.canon(ms["clean"], ms["noise"]), (rec["id"], surf, ms)
        if not ms["noise"]:
            assert surf == ms["clean"], (rec["id"], surf, ms["clean"])
        check_kind(s["type"], ms["kind"], ms["clean"])
    for n in meta["hard_negatives"]:
        assert text[n["start"]:n["end"]] == n["text"], n
    if nopii:
        assert not spans, rec["id"]
    else:
        assert spans, rec["id"]
    soft_checks(text, spans, meta["hard_negatives"], nopii)


# ---------------------------------------------------------------- main
def generate():
    jobs = []
    for tname, n_clean, n_ocr in PLAN:
        assert tname in TEMPLATES, tname
        for k in range(n_clean):
            jobs.append((tname, k, False))
    for tname, n_clean, n_ocr in PLAN:
        for k in range(n_ocr):
            jobs.append((tname, k, True))
    # interleave genres deterministically: order by a hash of the job key
    jobs.sort(key=lambda j: hashlib.sha256(f"{SEED}|order|{j[0]}|{j[1]}|{j[2]}".encode()).hexdigest())
    recs, metas = [], []
    for i, (tname, k, ocr) in enumerate(jobs):
        text, d, attempt, seed = build_record(tname, k, ocr)
        rid = f"pe-{i + 1:04d}"
        base = TEMPLATES[tname]["genre"]
        genre = OCR_GENRE if ocr else base
        rec = OrderedDict([("id", rid), ("text", text),
                           ("spans", [OrderedDict([("start", s["start"]), ("end", s["end"]), ("type", s["type"])]) for s in d.spans]),
                           ("genre", genre)])
        meta = OrderedDict([("id", rid), ("template", tname), ("genre", genre), ("base_genre", base), ("ocr", ocr),
                            ("no_pii", TEMPLATES[tname]["nopii"]), ("seed", seed), ("attempt", attempt),
                            ("record_noise", sorted(d.plain_tags)),
                            ("spans", [OrderedDict([("start", s["start"]), ("end", s["end"]), ("type", s["type"]),
                                                    ("kind", s["kind"]), ("clean", s["clean"]),
                                                    ("noise", s["noise"])]) for s in d.spans]),
                            ("hard_negatives", [OrderedDict([("start", n["start"]), ("end", n["end"]),
                                                             ("category", n["cat"] if "cat" in n else n["category"]),
                                                             ("text", n["text"])]) for n in d.negs])])
        hard_checks(rec, meta, TEMPLATES[tname]["nopii"])
        recs.append(rec)
        metas.append(meta)
    return recs, metas


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line, object_pairs_hook=OrderedDict) for line in f]


def recheck():
    recs, metas = read_jsonl(OUT), read_jsonl(META)
    assert len(recs) == len(metas)
    ids = [r["id"] for r in recs]
    assert ids == [f"pe-{i + 1:04d}" for i in range(len(recs))]
    for rec, meta in zip(recs, metas):
        assert list(rec.keys()) == ["id", "text", "spans", "genre"]
        hard_checks(rec, meta, meta["no_pii"])
    return recs, metas


def stats(recs, metas):
    tc = Counter()
    kc = Counter()
    gc = Counter()
    g_nopii = Counter()
    g_spans = Counter()
    noisy = Counter()
    negc = Counter()
    for rec, meta in zip(recs, metas):
        gc[rec["genre"]] += 1
        if not rec["spans"]:
            g_nopii[rec["genre"]] += 1
        g_spans[rec["genre"]] += len(rec["spans"])
        for s in meta["spans"]:
            tc[s["type"]] += 1
            kc[(s["type"], s["kind"])] += 1
            for t in s["noise"]:
                noisy[t] += 1
        for n in meta["hard_negatives"]:
            negc[n["category"]] += 1
    n_noisy_spans = sum(1 for m in metas for s in m["spans"] if s["noise"])
    return tc, kc, gc, g_nopii, g_spans, noisy, negc, n_noisy_spans


def render_counts(recs, metas):
    tc, kc, gc, g_nopii, g_spans, noisy, negc, n_noisy = stats(recs, metas)
    L = []
    L.append(f"Records: **{len(recs)}** ({sum(g_nopii.values())} with no PII). Gold spans: **{sum(tc.values())}** "
             f"({n_noisy} of them carry value noise).\n")
    L.append("| genre | records | of which no PII | gold spans |")
    L.append("|---|---|---|---|")
    for g in sorted(gc, key=lambda x: (-gc[x], x)):
        L.append(f"| {g} | {gc[g]} | {g_nopii[g]} | {g_spans[g]} |")
    L.append(f"| **total** | **{len(recs)}** | **{sum(g_nopii.values())}** | **{sum(tc.values())}** |\n")
    L.append("| type | spans | kinds |")
    L.append("|---|---|---|")
    for t in TYPES:
        kinds = ", ".join(f"{k} {n}" for (tt, k), n in sorted(kc.items()) if tt == t)
        L.append(f"| {t} | {tc[t]} | {kinds} |")
    L.append("")
    L.append("Span noise (a span may carry several): " + ", ".join(f"`{k}` {v}" for k, v in sorted(noisy.items())) + "\n")
    L.append("Tagged hard negatives (meta file): " + ", ".join(f"`{k}` {v}" for k, v in sorted(negc.items())) + "\n")
    return "\n".join(L)


def update_readme(block):
    path = os.path.join(HERE, "README.md")
    if not os.path.exists(path):
        return
    s = open(path, encoding="utf-8").read()
    a, b = "<!-- COUNTS:BEGIN -->", "<!-- COUNTS:END -->"
    if a in s and b in s:
        s = s[:s.index(a) + len(a)] + "\n" + block + "\n" + s[s.index(b):]
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(s)


def write_md5():
    files = ["make_set.py", "gen/__init__.py", "gen/values.py", "gen/noise.py", "gen/doc.py", "gen/common.py",
             "gen/t_admin.py", "gen/t_forms.py", "gen/t_misc.py", "pii_e.jsonl", "pii_e.meta.jsonl", "README.md"]
    lines = []
    for fn in files:
        p = os.path.join(HERE, fn)
        if os.path.exists(p):
            lines.append(f"{hashlib.md5(open(p, 'rb').read()).hexdigest()}  {fn}")
    with open(os.path.join(HERE, "MD5SUMS"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def main():
    if "--check" in sys.argv:
        recs, metas = recheck()
        print(render_counts(recs, metas))
        print("OK: re-read and validated", len(recs), "records")
        return
    recs, metas = generate()
    write_jsonl(OUT, recs)
    write_jsonl(META, metas)
    recs2, metas2 = recheck()
    assert recs2 == recs and metas2 == metas
    block = render_counts(recs, metas)
    update_readme(block)
    write_md5()
    print(block)
    print("OK:", len(recs), "records written and validated")


if __name__ == "__main__":
    main()
