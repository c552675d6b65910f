#!/usr/bin/env python3
"""Build the pii_g Korean PII evaluation set.

    python3 make_set.py            # writes pii_g.jsonl, pii_g.meta.jsonl, README.md, MD5SUMS

Standard library only.  Deterministic: every random choice comes from random.Random(<string seed>),
no set/dict iteration order depends on hashing, so the output is byte-identical across runs and
PYTHONHASHSEED values.
"""
import hashlib
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import pgcore as C  # noqa: E402
import pgtemplates as T  # noqa: E402

SEED = "pii_g/2025-eval/v1"
PREFIX = "pg"

GENRE = {
    "t_gongmun": "공문", "t_gongmun_nopii": "공문",
    "t_minwon": "민원 회신",
    "t_press": "보도자료", "t_press_nopii": "보도자료",
    "t_minutes": "회의록",
    "t_judgment": "판결문",
    "t_accident": "사고 보고서",
    "t_audit": "감사 보고서", "t_narrative": "감사 보고서",
    "t_foreign": "외국인·다문화", "t_foreign_table": "외국인·다문화",
    "t_welfare": "복지 신청", "t_birth": "복지 신청",
    "t_hr": "채용·인사",
    "t_edu": "교육",
    "t_medical": "의료·건강보험",
    "t_delegation": "서식(신청서·동의서·위임장)", "t_consent": "서식(신청서·동의서·위임장)",
    "t_application": "서식(신청서·동의서·위임장)",
    "t_log": "로그",
    "t_table": "표", "t_driver_roster": "표", "t_vendor_table": "표",
    "t_contract": "계약서",
    "t_vehicle": "차량·과태료",
    "t_transcript": "녹취록·상담기록",
    "t_card_incident": "카드·결제",
    "t_nopii_stats": "통계·공지", "t_sysnotice_nopii": "통계·공지",
    "t_passport_office": "여권 민원",
}
NOPII_TEMPLATES = {"t_gongmun_nopii", "t_press_nopii", "t_nopii_stats", "t_sysnotice_nopii"}

PLAN = [("t_gongmun", 22), ("t_gongmun_nopii", 8), ("t_minwon", 24), ("t_press", 14), ("t_press_nopii", 5),
        ("t_minutes", 16), ("t_judgment", 12), ("t_accident", 13), ("t_audit", 12), ("t_foreign", 22),
        ("t_foreign_table", 11), ("t_welfare", 16), ("t_hr", 16), ("t_edu", 16), ("t_medical", 15),
        ("t_delegation", 14), ("t_consent", 14), ("t_application", 12), ("t_log", 13), ("t_table", 20),
        ("t_contract", 14), ("t_vehicle", 12), ("t_transcript", 12), ("t_card_incident", 9), ("t_nopii_stats", 7),
        ("t_sysnotice_nopii", 5), ("t_driver_roster", 8), ("t_passport_office", 10), ("t_vendor_table", 11), ("t_birth", 12), ("t_narrative", 14)]
# OCR re-renderings of these base templates (noise on text and on most numeric spans)
OCR_BASES = ["t_narrative", "t_gongmun", "t_minwon", "t_welfare", "t_foreign", "t_medical", "t_delegation", "t_contract",
             "t_vehicle", "t_table", "t_hr", "t_accident", "t_application", "t_gongmun_nopii"]
N_OCR = 32

NUMERIC_TYPES = {"KR_RRN", "KR_FRN", "KR_BRN", "KR_CRN", "CREDIT_CARD", "KR_BANK_ACCOUNT", "PHONE_NUMBER",
                 "KR_HEALTH_INSURANCE"}


# ----------------------------------------------------------------------------------------- validation

class Reject(Exception):
    pass


REJECTS = Counter()


def date_ok(y, m, d):
    return 1 <= m <= 12 and 1 <= d <= (29 if m == 2 and C.leap(y) else C.DAYS[m - 1] if m != 2 else 28)


def check_value(v):
    """format / check-digit assertions on the clean value and consistency of the written (noisy) text."""
    k, cl, tx = v.kind, v.clean, v.text
    dg_text = C.digits_of(tx)
    dg_clean = C.digits_of(cl)
    if v.type == "KR_RRN":
        assert re.fullmatch(r"\d{6}-[1-4](\d{6}|([*●X x○#])\2{5})", cl), cl
        yy, mm, dd = int(cl[:2]), int(cl[2:4]), int(cl[4:6])
        y = (1900 if cl[7] in "12" else 2000) + yy
        assert date_ok(y, mm, dd), cl
        if k == "rrn_valid":
            assert C.rrn_check(cl[:6] + cl[7:13]) == int(cl[13]) and (y, mm) < (2020, 10), cl
        elif k == "rrn_post2020":
            assert (y, mm) >= (2020, 10) and C.rrn_check(cl[:6] + cl[7:13]) != int(cl[13]), cl
        else:
            assert k == "rrn_masked" and len(set(cl[8:])) == 1, cl
        assert dg_text == dg_clean.replace(" ", ""), (tx, cl)
    elif v.type == "KR_FRN":
        assert re.fullmatch(r"\d{6}-[5-8](\d{6}|([*●X x○#])\2{5})", cl), cl
        y = (1900 if cl[7] in "56" else 2000) + int(cl[:2])
        assert date_ok(y, int(cl[2:4]), int(cl[4:6])), cl
        if k == "frn_valid":
            assert C.frn_check(cl[:6] + cl[7:13]) == int(cl[13]), cl
            assert int(cl[8:10]) % 2 == 0 and cl[12] in "6789", cl
        elif k == "frn_post2020":
            assert (y, int(cl[2:4])) >= (2020, 10), cl
        else:
            assert k == "frn_masked", cl
        assert dg_text == dg_clean, (tx, cl)
    elif v.type == "KR_BRN":
        assert C.brn_valid(cl), cl
        assert dg_text == re.sub(r"\D", "", cl), (tx, cl)
    elif v.type == "KR_CRN":
        assert C.crn_valid(cl), cl
        assert dg_text == re.sub(r"\D", "", cl), (tx, cl)
    elif v.type == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", cl)
        if k == "card_masked":
            assert re.fullmatch(r"\d{4,6}[*X●#]{5,8}\d{4}", d) and len(d) in (15, 16), cl
        else:
            assert d.isdigit() and len(d) in (15, 16) and C.luhn_ok(d), cl
            assert (len(d) == 15) == (k == "card_amex"), cl
        assert dg_text == dg_clean, (tx, cl)
    elif v.type == "KR_BANK_ACCOUNT":
        groups = [int(x) for x in k.split("_")[1].split("-")]
        d = re.sub(r"\D", "", cl)
        assert len(d) == sum(groups) and 10 <= len(d) <= 14, cl
        assert dg_text == d, (tx, cl)
    elif v.type == "PHONE_NUMBER":
        if k == "mobile_masked":
            assert re.fullmatch(r"010-[0-9*X●]{4}-[0-9*X●]{4}", cl) and re.search(r"[*X●]", cl), cl
        else:
            assert re.fullmatch(r"0\d{1,2}-\d{3,4}-\d{4}", cl), cl
            if k == "mobile":
                assert re.fullmatch(r"01[016789]-\d{3,4}-\d{4}", cl), cl
            if k == "internet070":
                assert cl.startswith("070-")
            if k.startswith("landline"):
                assert not cl.startswith("01") and not cl.startswith("070"), cl
            dt = dg_text[2:] if dg_text.startswith("82") and "+" in tx else dg_text
            dc = dg_clean[1:] if dt != dg_clean else dg_clean
            assert dt == dc or dt == dg_clean, (tx, cl)
    elif v.type == "KR_HEALTH_INSURANCE":
        assert re.fullmatch(r"[1-9]\d{10}", cl), cl
        assert dg_text == cl, (tx, cl)
    elif v.type == "KR_PASSPORT":
        if k == "passport_kr_old":
            assert re.fullmatch(r"[MSRGD]\d{8}", cl), cl
        elif k == "passport_kr_new":
            assert re.fullmatch(r"[MSRGD]\d{3}[A-Z]\d{4}", cl), cl
        else:
            assert re.fullmatch(r"[A-Z]{0,2}\d{7,9}[A-Z]?", cl) and 8 <= len(cl) <= 10, cl
        assert C.digits_of(tx) == cl or C.digits_of(tx).upper() == cl, (tx, cl)
    elif v.type == "KR_DRIVER_LICENSE":
        codes = dict(C.DL_REGIONS)
        if k == "dl_masked":
            assert re.search(r"[*X●]", cl)
        else:
            assert re.fullmatch(r"(1[1-9]|2[0-68])-\d{2}-\d{6}-\d{2}", cl), cl
            t = C.denoise(tx)
            m = re.match(r"(서울|부산|경기북부|경기|강원|충북|충남|전북|전남|경북|경남|제주|대구|인천|광주|대전|울산)\s*", t)
            if m:
                t = "%02d" % codes[m.group(1)] + t[m.end():]
            assert C.digits_of(t) == re.sub(r"\D", "", cl), (tx, cl)
    elif v.type == "KR_VEHICLE_PLATE":
        assert re.fullmatch(r"((서울|부산|경기|인천|대구|광주|대전|울산|충남|경남|전북|강원) )?\d{2,3}[가-힣] ?\d{4}", cl), cl
    elif v.type == "IP_ADDRESS":
        if k == "ipv6":
            assert re.fullmatch(r"[0-9a-f:]+", cl) and "::" in cl, cl
        else:
            parts = [int(x) for x in cl.split(".")]
            assert len(parts) == 4 and all(0 <= p <= 255 for p in parts), cl
            priv = parts[0] == 10 or (parts[0] == 192 and parts[1] == 168) or (parts[0] == 172 and 16 <= parts[1] <= 31)
            assert priv == (k == "ip_private"), cl
    elif v.type == "EMAIL_ADDRESS":
        assert re.fullmatch(r"[a-z0-9._]+@[a-z0-9.-]+\.[a-z]{2,}", cl), cl
    elif v.type == "DATE_OF_BIRTH":
        y, m, d = map(int, cl.split("-"))
        assert date_ok(y, m, d) and 1900 < y < 2025, cl
        t = C.denoise(tx).replace("O", "0").replace("l", "1").replace("I", "1")
        t = re.sub(r"(?<=\d)[ \n]+(?=\d)", "", t)
        nums = [int(x) for x in re.findall(r"\d+", t)]
        if len(nums) == 1:
            s = "%06d" % nums[0]
            nums = [int(s[:2]), int(s[2:4]), int(s[4:])]
        assert nums[0] % 100 == y % 100 and nums[1] == m and nums[2] == d, (tx, cl)
    elif v.type == "KR_ADDRESS":
        assert re.search(r"\d", cl) and re.search(r"(시|도|구|군|세종) ", cl), cl
        assert not re.match(r"\(\d{5}\)", cl) and not cl.endswith(")"), cl
    elif v.type == "PERSON":
        assert v.clean not in C.FORBIDDEN_NAMES and "○" not in v.clean and "*" not in v.clean, cl
        assert not re.search(r"(주무관|사무관|과장|위원|씨|님|귀하)$", cl), cl
        assert tx.replace(" ", "").replace("\n", "") == cl.replace(" ", ""), (tx, cl)
    else:
        raise AssertionError("unknown type " + v.type)


PII_SHAPES = [
    ("mobile", re.compile(r"01[016789][-. ]?\d{3,4}[-. ]?\d{4}")),
    ("email", re.compile(r"[A-Za-z0-9._+-]+@[A-Za-z0-9-]+\.[A-Za-z.]+")),
    ("rrn_shape", re.compile(r"(?<!\d)\d{6}-\d{7}(?!\d)")),
    ("card16", re.compile(r"(?<!\d)\d{4}[- ]?\d{4}[- ]?\d{4}[- ]?\d{4}(?!\d)")),
    ("ipv4", re.compile(r"(?<![\d.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d.])")),
    ("landline", re.compile(r"(?<!\d)0(2|[3-6][1-5]|70)-\d{3,4}-\d{4}(?!\d)")),
]


def validate_record(text, spans, negs, planned_nopii):
    last = 0
    for s, e, v in spans:
        if not (0 <= s < e <= len(text)):
            raise Reject("bounds")
        if s < last:
            raise Reject("overlap/sort")
        last = e
        if text[s:e] != v.text:
            raise Reject("offset")
        if text[s:e] != text[s:e].strip() or text[s] in " \t\n" or text[e - 1] in " \t\n":
            raise Reject("whitespace edge %r" % v.text)
        try:
            check_value(v)
        except (AssertionError, IndexError, ValueError, KeyError) as ex:
            REJECTS[v.type + ":" + type(ex).__name__] += 1
            raise Reject("value check %s %r" % (v.type, ex))
    for s, e, n in negs:
        if text[s:e] != n.text:
            raise Reject("neg offset")
        for s2, e2, v in spans:
            if s < e2 and s2 < e:
                raise Reject("neg overlaps span")
    covered = [False] * len(text)
    for s, e, v in spans:
        for i in range(s, e):
            covered[i] = True
    ncovered = list(covered)
    for s, e, n in negs:
        for i in range(s, e):
            ncovered[i] = True
    # every other occurrence of a labelled string must be labelled as well
    for s, e, v in spans:
        if len(v.text) < 2:
            continue
        for m in re.finditer(re.escape(v.text), text):
            if not all(covered[m.start():m.end()]):
                raise Reject("unlabelled repeat %r" % v.text)
    # PII-shaped strings outside spans/negatives are not allowed
    nt = unicodedata.normalize("NFKC", text)
    assert len(nt) == len(text) or True
    if len(nt) == len(text):
        for name, rx in PII_SHAPES:
            for m in rx.finditer(nt):
                if not any(covered[m.start():m.end()]) and not any(ncovered[m.start():m.end()]):
                    raise Reject("unlabelled %s %r" % (name, m.group()))
    if planned_nopii and spans:
        raise Reject("no-PII record has spans")
    if not planned_nopii and not spans:
        raise Reject("PII record without spans")


# ----------------------------------------------------------------------------------------- build

def build():
    plan = []
    for name, n in PLAN:
        plan += [name] * n
    prng = random.Random(SEED + "/plan")
    prng.shuffle(plan)
    ocr_rng = random.Random(SEED + "/ocr")
    ocr_items = [ocr_rng.choice(OCR_BASES) for _ in range(N_OCR)]
    # insert OCR records at spread positions
    full = []
    step = len(plan) / float(N_OCR)
    j = 0
    for i, name in enumerate(plan):
        full.append((name, False))
        if j < N_OCR and i >= int((j + 0.5) * step):
            full.append((ocr_items[j], True))
            j += 1
    while j < N_OCR:
        full.append((ocr_items[j], True))
        j += 1

    records, metas = [], []
    T.COUNTS.clear()
    for idx, (tname, is_ocr) in enumerate(full, 1):
        rid = "%s-%04d" % (PREFIX, idx)
        fn = getattr(T, tname)
        planned_nopii = tname in NOPII_TEMPLATES
        last_err = None
        for attempt in range(40):
            r = random.Random("%s|%s|%d" % (SEED, rid, attempt))
            d = C.Doc(r)
            if is_ocr:
                d.ocr = True
                d.noise_p = 0.45
            else:
                d.noise_p = 0.0 if tname == "t_log" else 0.08
            ret = fn(r, d)
            text = d.text()
            spans = sorted(d.spans, key=lambda x: (x[0], x[1]))
            negs = sorted(d.negs, key=lambda x: (x[0], x[1]))
            nop = planned_nopii or (tname == "t_consent" and not spans)
            try:
                validate_record(text, spans, negs, nop)
            except Reject as ex:
                last_err = ex
                REJECTS[str(ex)[:120]] += 1
                continue
            break
        else:
            raise SystemExit("%s (%s): could not build a valid record: %s" % (rid, tname, last_err))
        for s, e, v in spans:
            T.COUNTS[v.type] += 1
        genre = "OCR" if is_ocr else GENRE[tname]
        rec = {"id": rid, "text": text, "spans": [{"start": s, "end": e, "type": v.type} for s, e, v in spans],
               "genre": genre}
        rec_noise = sorted({nz for _, _, v in spans for nz in v.noise})
        meta = {"id": rid, "template": tname, "genre": genre, "base_genre": GENRE[tname], "ocr": is_ocr,
                "no_pii": not spans, "attempt": attempt, "record_noise": (["ocr_text_wraps"] if is_ocr else []) + rec_noise,
                "table_style": ret if isinstance(ret, str) else None,
                "spans": [{"start": s, "end": e, "type": v.type, "kind": v.kind, "fmt": v.fmt, "clean": v.clean,
                           "noise": v.noise} for s, e, v in spans],
                "hard_negatives": [{"start": s, "end": e, "category": n.cat, "text": n.text} for s, e, n in negs]}
        records.append(rec)
        metas.append(meta)
    return records, metas


def dump_jsonl(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")


def reread_check(recs_path, meta_path):
    recs = [json.loads(x) for x in open(recs_path, encoding="utf-8")]
    metas = [json.loads(x) for x in open(meta_path, encoding="utf-8")]
    assert len(recs) == len(metas)
    ids = [r["id"] for r in recs]
    assert ids == ["%s-%04d" % (PREFIX, i) for i in range(1, len(recs) + 1)]
    for r, m in zip(recs, metas):
        assert r["id"] == m["id"]
        t = r["text"]
        last = 0
        for sp, ms in zip(r["spans"], m["spans"]):
            s, e = sp["start"], sp["end"]
            assert (s, e, sp["type"]) == (ms["start"], ms["end"], ms["type"])
            assert last <= s < e <= len(t)
            last = e
            v = t[s:e]
            assert v == v.strip()
        for hn in m["hard_negatives"]:
            assert t[hn["start"]:hn["end"]] == hn["text"]
    return recs, metas


# ----------------------------------------------------------------------------------------- README

def md_table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    for row in rows:
        out.append("| " + " | ".join(str(c) for c in row) + " |")
    return "\n".join(out)


def write_readme(recs, metas):
    tc = Counter()
    kinds = defaultdict(Counter)
    noise = Counter()
    noisy_spans = 0
    for m in metas:
        for s in m["spans"]:
            tc[s["type"]] += 1
            kinds[s["type"]][s["kind"]] += 1
            for nz in s["noise"]:
                noise[nz] += 1
            if s["noise"]:
                noisy_spans += 1
    g_rec, g_nopii, g_sp = Counter(), Counter(), Counter()
    for r in recs:
        g_rec[r["genre"]] += 1
        g_sp[r["genre"]] += len(r["spans"])
        if not r["spans"]:
            g_nopii[r["genre"]] += 1
    hn = Counter(h["category"] for m in metas for h in m["hard_negatives"])
    type_rows = []
    for t in sorted(tc, key=lambda x: (-tc[x], x)):
        type_rows.append([t, tc[t], ", ".join("%s %d" % (k, n) for k, n in sorted(kinds[t].items(), key=lambda x: (-x[1], x[0])))])
    genre_rows = [[g, g_rec[g], g_nopii[g], g_sp[g]] for g in sorted(g_rec, key=lambda x: (-g_rec[x], x))]
    genre_rows.append(["**total**", len(recs), sum(g_nopii.values()), sum(g_sp.values())])
    noise_rows = [[k, n] for k, n in sorted(noise.items(), key=lambda x: (-x[1], x[0]))]
    hn_rows = [[k, n] for k, n in sorted(hn.items(), key=lambda x: (-x[1], x[0]))]
    tmpl = Counter(m["template"] for m in metas)
    tmpl_rows = [[k, GENRE[k], n] for k, n in sorted(tmpl.items())]
    ocr_n = sum(1 for m in metas if m["ocr"])

    text = README_TEMPLATE.format(
        n_rec=len(recs), n_spans=sum(tc.values()), n_nopii=sum(g_nopii.values()), n_ocr=ocr_n,
        n_noisy=noisy_spans, n_hn=sum(hn.values()),
        type_table=md_table(["type", "spans", "sub-kinds (meta `kind`)"], type_rows),
        genre_table=md_table(["genre", "records", "of which no PII", "gold spans"], genre_rows),
        noise_table=md_table(["noise tag (meta `noise`)", "spans"], noise_rows),
        hn_table=md_table(["hard-negative category", "tagged strings"], hn_rows),
        tmpl_table=md_table(["template", "genre", "records (incl. OCR re-renderings)"], tmpl_rows),
        seed=SEED)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    return tc, g_rec


README_TEMPLATE = open(os.path.join(HERE, "readme_template.md"), encoding="utf-8").read()


def main():
    recs, metas = build()
    rp, mp = os.path.join(HERE, "pii_g.jsonl"), os.path.join(HERE, "pii_g.meta.jsonl")
    dump_jsonl(rp, recs)
    dump_jsonl(mp, metas)
    recs, metas = reread_check(rp, mp)
    tc, g_rec = write_readme(recs, metas)
    names = ["make_set.py", "pgcore.py", "pgtemplates.py", "readme_template.md", "pii_g.jsonl", "pii_g.meta.jsonl",
             "README.md"]
    with open(os.path.join(HERE, "MD5SUMS"), "w", encoding="utf-8", newline="\n") as f:
        for n in names:
            f.write("%s  %s\n" % (hashlib.md5(open(os.path.join(HERE, n), "rb").read()).hexdigest(), n))
    print("records: %d  spans: %d  no-PII records: %d" % (len(recs), sum(tc.values()),
                                                          sum(1 for r in recs if not r["spans"])))
    print("spans by type:")
    for t in sorted(tc, key=lambda x: (-tc[x], x)):
        print("  %-22s %5d" % (t, tc[t]))
    print("records by genre:")
    for g in sorted(g_rec, key=lambda x: (-g_rec[x], x)):
        print("  %-28s %4d" % (g, g_rec[g]))
    print("rejected attempts:", sorted(REJECTS.items()))
    low = [t for t in T.TARGET if tc[t] < (80 if t in ("KR_RRN", "KR_FRN", "KR_PASSPORT", "KR_DRIVER_LICENSE",
                                                         "CREDIT_CARD", "KR_BANK_ACCOUNT", "PHONE_NUMBER",
                                                         "EMAIL_ADDRESS", "PERSON") else 30)]
    if low or len(recs) < 330:
        raise SystemExit("coverage requirement not met: %s (records %d)" % (low, len(recs)))


if __name__ == "__main__":
    main()
