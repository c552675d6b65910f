# -*- coding: utf-8 -*-
"""pii_l: independent evaluation set for a Korean PII detector.

    python3 make_set.py

writes pii_l.jsonl, pii_l.meta.jsonl, README.md and MD5SUMS (last) into the
directory of this file, then re-reads and re-validates the written files.
Standard library only.  Every record is generated from
random.Random("pii_l-2026|<template>|<i>"), so the output does not depend
on PYTHONHASHSEED or on dict/set ordering.
"""
import collections
import datetime
import hashlib
import ipaddress
import json
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import core  # noqa: E402
from core import Doc, P, N  # noqa: E402
import tpl_forms  # noqa: E402
import tpl_tables  # noqa: E402
import tpl_digital  # noqa: E402
import tpl_speech  # noqa: E402
import tpl_ocr  # noqa: E402
import tpl_prose  # noqa: E402
import tpl_admin  # noqa: E402

SET = "pii_l"
SEED_PREFIX = "pii_l-2026"

TYPES = ["PERSON", "KR_RRN", "KR_FRN", "KR_PASSPORT", "KR_DRIVER_LICENSE", "CREDIT_CARD", "KR_BANK_ACCOUNT",
         "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH", "KR_ADDRESS", "KR_HEALTH_INSURANCE",
         "KR_VEHICLE_PLATE", "KR_BRN", "KR_CRN", "IP_ADDRESS"]

# (template key, function, genre, count, ocr)
REGISTRY = [
    ("passport_app", tpl_forms.t_passport_app, "신청서·증명서", 20, False),
    ("alien_app", tpl_forms.t_alien_app, "신청서·증명서", 28, False),
    ("driver_form", tpl_forms.t_driver_form, "신청서·증명서", 22, False),
    ("payment_app", tpl_forms.t_payment_app, "신청서·증명서", 16, False),
    ("certificate", tpl_forms.t_certificate, "신청서·증명서", 24, False),
    ("consent", tpl_forms.t_consent, "신청서·증명서", 14, False),
    ("card_form", tpl_forms.t_card_form, "신청서·증명서", 16, False),
    ("roster", tpl_tables.t_roster, "표·명부", 60, False),
    ("csv", tpl_tables.t_csv, "CSV", 26, False),
    ("access_log", tpl_digital.t_access_log, "시스템 로그", 20, False),
    ("json_log", tpl_digital.t_json_log, "시스템 로그", 12, False),
    ("email", tpl_digital.t_email, "이메일", 30, False),
    ("chat", tpl_digital.t_chat, "메신저·문자", 14, False),
    ("sms", tpl_digital.t_sms, "메신저·문자", 12, False),
    ("call", tpl_speech.t_call, "통화 녹취", 40, False),
    ("ocr_idcard", tpl_ocr.t_ocr_idcard, "OCR", 14, True),
    ("ocr_dl", tpl_ocr.t_ocr_dl, "OCR", 16, True),
    ("ocr_arc", tpl_ocr.t_ocr_arc, "OCR", 18, True),
    ("ocr_passport", tpl_ocr.t_ocr_passport, "OCR", 14, True),
    ("ocr_bankbook", tpl_ocr.t_ocr_bankbook, "OCR", 10, True),
    ("ocr_card", tpl_ocr.t_ocr_card, "OCR", 12, True),
    ("ocr_hicard", tpl_ocr.t_ocr_hicard, "OCR", 8, True),
    ("ocr_brncert", tpl_ocr.t_ocr_brncert, "OCR", 10, True),
    ("ocr_carreg", tpl_ocr.t_ocr_carreg, "OCR", 8, True),
    ("ocr_form:passport_app", tpl_forms.t_passport_app, "OCR", 6, True),
    ("ocr_form:alien_app", tpl_forms.t_alien_app, "OCR", 6, True),
    ("ocr_form:certificate", tpl_forms.t_certificate, "OCR", 6, True),
    ("ocr_form:payment_app", tpl_forms.t_payment_app, "OCR", 5, True),
    ("ocr_form:contract", tpl_admin.t_contract, "OCR", 5, True),
    ("news", tpl_prose.t_news, "뉴스", 30, False),
    ("press", tpl_prose.t_press, "보도자료", 22, False),
    ("minwon_reply", tpl_prose.t_minwon_reply, "민원 회신", 28, False),
    ("minutes", tpl_prose.t_minutes, "회의록", 22, False),
    ("incident", tpl_prose.t_incident, "사고·감사 보고서", 20, False),
    ("audit", tpl_prose.t_audit, "사고·감사 보고서", 16, False),
    ("judgment", tpl_prose.t_judgment, "판결문", 20, False),
    ("gongmun", tpl_admin.t_gongmun, "공문", 30, False),
    ("contract", tpl_admin.t_contract, "계약서", 22, False),
    ("hr_order", tpl_admin.t_hr_order, "인사명령", 12, False),
    ("bill", tpl_admin.t_bill, "고지서·통지서", 20, False),
    ("notice", tpl_admin.t_notice, "공고·안내", 40, False),
    ("nopii_log", tpl_admin.t_nopii_log, "시스템 로그", 10, False),
    ("nopii_table", tpl_admin.t_nopii_table, "표·명부", 10, False),
    ("nopii_csv", tpl_admin.t_nopii_csv, "CSV", 8, False),
    ("nopii_faq", tpl_admin.t_nopii_faq, "공고·안내", 8, False),
    ("nopii_news", tpl_admin.t_nopii_news, "뉴스", 8, False),
    ("nopii_email", tpl_admin.t_nopii_email, "이메일", 6, False),
]

BASE_GENRE = {"passport_app": "신청서·증명서", "alien_app": "신청서·증명서", "certificate": "신청서·증명서",
              "payment_app": "신청서·증명서", "contract": "계약서"}


# ---------------------------------------------------------------------------
# generation
# ---------------------------------------------------------------------------

def generate():
    recs = []
    for key, fn, genre, count, ocr in REGISTRY:
        for i in range(count):
            rng = random.Random("%s|%s|%d" % (SEED_PREFIX, key, i))
            d = Doc(rng, ocr=ocr)
            extra = fn(rng, d) or {}
            raw = d.text()
            text = raw.rstrip()
            spans = sorted(d.spans, key=lambda s: (s[0], s[1]))
            negs = sorted(d.negs, key=lambda s: (s[0], s[1]))
            for s, e, p in spans:
                assert raw[s:e] == p.text, (key, i, p.text)
                assert e <= len(text)
            rec = {"template": key, "i": i, "genre": genre, "text": text, "spans": spans, "negs": negs,
                   "no_pii": bool(extra.pop("no_pii", False)), "extra": extra}
            if key.startswith("ocr_form:"):
                rec["base_genre"] = BASE_GENRE[key.split(":", 1)[1]]
            recs.append(rec)
    order = random.Random("%s|order|0" % SEED_PREFIX)
    order.shuffle(recs)
    for k, r in enumerate(recs, 1):
        r["id"] = "%s-%04d" % (SET, k)
    return recs


# ---------------------------------------------------------------------------
# validation helpers
# ---------------------------------------------------------------------------

HYPH = ["\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\uFF0D", "\u2212"]
HSYL = {"공": "0", "영": "0", "일": "1", "이": "2", "삼": "3", "사": "4", "오": "5", "육": "6", "칠": "7",
        "팔": "8", "구": "9"}
CONFMAP = {"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"}
NUMERIC = {"KR_RRN", "KR_FRN", "KR_BRN", "KR_CRN", "CREDIT_CARD", "KR_BANK_ACCOUNT", "PHONE_NUMBER",
           "KR_HEALTH_INSURANCE", "KR_DRIVER_LICENSE", "KR_PASSPORT"}
MASKCH = "*●Xx○"


def norm(s, typ, noise):
    s = unicodedata.normalize("NFKC", s)
    for h in HYPH:
        s = s.replace(h, "-")
    if "spoken_email" in noise:
        s = s.replace(" 골뱅이 ", "@").replace(" 닷컴", ".com").replace(" 점 ", ".")
    if "hangul_digits" in noise:
        s = s.replace("다시", "-").replace("에", "")
        s = "".join(HSYL.get(c, c) for c in s)
    if "ocr_confusable" in noise:
        s = "".join(CONFMAP.get(c, c) for c in s)
    s = re.sub(r"\s+", "", s)
    if typ == "PHONE_NUMBER" and s.startswith("+82"):
        s = "0" + s[3:].lstrip("-")
    if typ in NUMERIC:
        s = re.sub(r"[-.,)]", "", s)
    return s


def date_ok(yy, mm, dd, century):
    try:
        return datetime.date(century + yy, mm, dd)
    except ValueError:
        return None


def rrn_date(front, g):
    g = int(g)
    century = {1: 1900, 2: 1900, 3: 2000, 4: 2000, 5: 1900, 6: 1900, 7: 2000, 8: 2000, 9: 1800, 0: 1800}[g]
    return date_ok(int(front[:2]), int(front[2:4]), int(front[4:6]), century)


PLATE_LET = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주바사아자배하허호"
PLATE_RE = re.compile(r"^((서울|부산|대구|인천|광주|대전|울산|경기|강원|충북|충남|전북|전남|경북|경남|제주|세종) )?"
                      r"\d{2,3}[" + PLATE_LET + r"] ?\d{4}$")
DL_REG = "|".join(r for _, r in core.DL_REGIONS)
DL_RE = re.compile(r"^(1[1-9]|2[0-8])-\d{2}-\d{6}-\d{2}$|^(" + DL_REG + r") \d{2}-\d{6}-\d{2}$")
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
PHONE_RE = re.compile(r"^(010-[2-9]\d{3}-\d{4}|070-\d{4}-\d{4}|02-\d{3,4}-\d{4}|0[3-6]\d-\d{3,4}-\d{4})$")
SIDO = set()
for _full, _shorts, _sggs, _d in core.REGIONS:
    SIDO.add(_full)
    SIDO.update(_shorts)
SGG_FIRST = set()
for _full, _shorts, _sggs, _d in core.REGIONS:
    for _s in _sggs:
        if _s:
            SGG_FIRST.add(_s.split(" ")[0])
KO_NAMES = set()
for _s in core.SUR1 + core.SUR2:
    for _g in core.GIVEN:
        KO_NAMES.add(_s + _g)
for _s in core.SUR2:
    for _g in core.GIVEN1:
        KO_NAMES.add(_s + _g)
FOREIGN_NAMES = set()
for _f in core.FOREIGN:
    FOREIGN_NAMES.add(_f[0])
    FOREIGN_NAMES.add(_f[1])
    FOREIGN_NAMES.add(core.title_case(_f[0]))
TITLE_WORDS = ["주무관", "사무관", "과장", "위원", "장관", "씨", "님", "귀하", "성명", "대표자", "팀장"]
PARTICLES = "은는이가의을를에게"


def check_value(p_type, text, kind, noise, fmt, canon):
    """Returns a list of error strings for one labelled value."""
    errs = []
    if p_type == "DATE_OF_BIRTH":
        dt = datetime.date.fromisoformat(canon)
        expected = core.fmt_date(dt, fmt)
        if norm(text, p_type, noise) != norm(expected, p_type, noise):
            errs.append("dob surface %r != %r" % (text, expected))
        if not (1900 <= dt.year <= 2022):
            errs.append("dob year")
        return errs
    if norm(text, p_type, noise) != norm(canon, p_type, noise):
        errs.append("surface %r does not denote canonical %r" % (text, canon))
    c = canon
    if p_type == "KR_RRN":
        m = re.match(r"^(\d{6})-(\d)([\d" + MASKCH + r"]{6})$", c)
        if not m:
            return errs + ["rrn shape %r" % c]
        dt = rrn_date(m.group(1), m.group(2))
        if dt is None or m.group(2) not in "1234":
            errs.append("rrn date/gender %r" % c)
        body = c.replace("-", "")
        if kind == "rrn_valid":
            if not body.isdigit() or core.rrn_check(body[:12]) != int(body[12]):
                errs.append("rrn checksum %r" % c)
            if dt and dt >= datetime.date(2020, 10, 1):
                errs.append("rrn_valid after 2020-10")
        elif kind == "rrn_post2020":
            if not body.isdigit() or core.rrn_check(body[:12]) == int(body[12]):
                errs.append("post2020 rrn must fail checksum %r" % c)
            if dt and dt < datetime.date(2020, 10, 1):
                errs.append("post2020 date")
        elif kind == "rrn_masked":
            if not re.match(r"^\d{6}-[1-4][" + MASKCH + r"]{6}$", c):
                errs.append("masked rrn %r" % c)
        else:
            errs.append("rrn kind")
    elif p_type == "KR_FRN":
        m = re.match(r"^(\d{6})-(\d)([\d" + MASKCH + r"]{6})$", c)
        if not m or m.group(2) not in "5678" or rrn_date(m.group(1), m.group(2)) is None:
            return errs + ["frn shape/date %r" % c]
        body = c.replace("-", "")
        if kind == "frn_valid":
            if core.frn_check(body[:12]) != int(body[12]) or int(body[7:9]) % 2 or body[11] not in "6789":
                errs.append("frn legacy check %r" % c)
        elif kind != "frn_masked":
            errs.append("frn kind")
    elif p_type == "KR_BRN":
        if not re.match(r"^\d{3}-\d{2}-\d{5}$", c) or core.brn_check(c.replace("-", "")[:9]) != int(c[-1]):
            errs.append("brn check %r" % c)
    elif p_type == "KR_CRN":
        if not re.match(r"^\d{6}-\d{7}$", c) or core.crn_check(c.replace("-", "")[:12]) != int(c[-1]):
            errs.append("crn check %r" % c)
    elif p_type == "CREDIT_CARD":
        dg = c.replace("-", "")
        brand = kind.split("_")[-1]
        exp_len = 15 if brand == "amex" else 16
        if len(dg) != exp_len:
            errs.append("card length %r" % c)
        if kind.startswith("card_masked"):
            if not any(ch in dg for ch in "*X#") or not dg[:4].isdigit() or not dg[-4:].isdigit():
                errs.append("masked card %r" % c)
        elif not dg.isdigit() or not core.luhn_ok(dg):
            errs.append("luhn %r" % c)
        pre = {"visa": ("4",), "master": ("51", "52", "53", "54", "55"), "bc": ("94",), "amex": ("34", "37"),
               "unionpay": ("62",), "jcb": tuple(str(x) for x in range(3528, 3590))}[brand]
        if not dg.startswith(pre):
            errs.append("card prefix %r" % c)
    elif p_type == "KR_PASSPORT":
        if kind == "passport_kr_old" and not re.match(r"^[MSGDR]\d{8}$", c):
            errs.append("old passport %r" % c)
        elif kind == "passport_kr_new" and not re.match(r"^[MSGDR]\d{3}[A-Z]\d{4}$", c):
            errs.append("new passport %r" % c)
        elif kind.startswith("passport_foreign") and (not re.match(r"^[A-Z0-9]{7,9}$", c) or sum(ch.isdigit() for ch in c) < 5):
            errs.append("foreign passport %r" % c)
    elif p_type == "KR_DRIVER_LICENSE":
        if not DL_RE.match(c):
            errs.append("dl %r" % c)
    elif p_type == "KR_VEHICLE_PLATE":
        if not PLATE_RE.match(c):
            errs.append("plate %r" % c)
    elif p_type == "KR_HEALTH_INSURANCE":
        if not re.match(r"^[1-7]\d{10}$", c):
            errs.append("hi %r" % c)
    elif p_type == "KR_BANK_ACCOUNT":
        dg = c.replace("-", "")
        if not re.match(r"^[\d*]{10,14}$", dg) or (kind == "acct_masked") != ("*" in dg):
            errs.append("account %r" % c)
        if kind != "acct_masked":
            grp = [int(x) for x in kind.split("_")[2].split("-")]
            if [len(x) for x in c.split("-")] != grp:
                errs.append("account grouping %r" % c)
    elif p_type == "PHONE_NUMBER":
        if not PHONE_RE.match(c):
            errs.append("phone %r" % c)
        if kind == "phone_mobile" and not c.startswith("010-"):
            errs.append("mobile prefix")
    elif p_type == "EMAIL_ADDRESS":
        if not EMAIL_RE.match(c):
            errs.append("email %r" % c)
    elif p_type == "IP_ADDRESS":
        try:
            ip = ipaddress.ip_address(c)
        except ValueError:
            return errs + ["ip %r" % c]
        if kind == "ip_private" and not ip.is_private:
            errs.append("ip private %r" % c)
        if kind == "ip_public" and (ip.is_private or ip.is_reserved or ip.is_loopback):
            errs.append("ip public %r" % c)
    elif p_type == "KR_ADDRESS":
        first = c.split(" ")[0]
        if first not in SIDO and first not in SGG_FIRST:
            errs.append("address start %r" % c)
        if not re.search(r"\d", c) or c.endswith(")") or re.match(r"^\(\d{5}\)", c) or c.endswith(","):
            errs.append("address shape %r" % c)
    elif p_type == "PERSON":
        if kind in ("ko_name", "ko_compound_surname"):
            if c not in KO_NAMES:
                errs.append("name not from pool %r" % c)
        elif kind == "ko_name_hanja":
            if not all("\u4e00" <= ch <= "\u9fff" for ch in c):
                errs.append("hanja %r" % c)
        elif kind == "ko_name_latin":
            if not re.match(r"^[A-Za-z]+(,? [A-Za-z]+)+$", c):
                errs.append("latin %r" % c)
        else:
            if c not in FOREIGN_NAMES:
                errs.append("foreign name %r" % c)
        for w in TITLE_WORDS:
            if c.endswith(w) and c not in KO_NAMES:
                errs.append("title inside name %r" % c)
    else:
        errs.append("unknown type %s" % p_type)
    return errs


SCAN = [
    ("mobile", re.compile(r"(?<!\d)01[016789][-. ]?\d{3,4}[-. ]?\d{4}(?!\d)")),
    ("landline", re.compile(r"(?<![\d-])0\d{1,2}[-.)]\s?\d{3,4}[-.]\d{4}(?!\d)")),
    ("switchboard_shape", re.compile(r"(?<![\d-])1[5-9]\d\d-\d{4}(?!\d)")),
    ("email", re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")),
    ("rrn_shape", re.compile(r"(?<!\d)\d{6}\s?-\s?[\d*●Xx○]{7}(?!\d)")),
    ("digits13", re.compile(r"(?<!\d)\d{13}(?!\d)")),
    ("card_shape", re.compile(r"(?<!\d)\d{4}[- ]?[\d*]{4}[- ]?[\d*]{4}[- ]?\d{3,4}(?!\d)")),
    ("ipv4", re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")),
    ("ipv6", re.compile(r"(?<![0-9A-Fa-f:])[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*::[0-9a-f:]*")),
    ("passport_shape", re.compile(r"(?<![A-Za-z0-9])[MSGDR](\d{8}|\d{3}[A-Z]\d{4})(?![A-Za-z0-9])")),
    ("brn_shape", re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{5}(?![\d-])")),
    ("dl_shape", re.compile(r"(?<!\d)\d{2}-\d{2}-\d{6}-\d{2}(?!\d)")),
    ("plate_shape", re.compile(r"(?<![\d가-힣])\d{2,3}[" + PLATE_LET + r"] ?\d{4}(?!\d)")),
    ("hyphen_number", re.compile(r"(?<![\d-])\d{2,6}-\d{2,7}-\d{2,7}(?:-\d{1,3})?(?![\d-])")),
    ("long_digits", re.compile(r"(?<![\d.])\d{10,16}(?![\d.])")),
]


def scan_unlabelled(text, spans, negs):
    buf = list(text)
    for s, e in spans:
        for k in range(s, e):
            buf[k] = "§"
    for s, e in negs:
        for k in range(s, e):
            buf[k] = "¤"
    masked = unicodedata.normalize("NFKC", "".join(buf))
    hits = []
    for name, rx in SCAN:
        for m in rx.finditer(masked):
            g = m.group(0)
            if name == "ipv4" and not all(int(x) <= 255 for x in m.groups()):
                continue
            if name == "hyphen_number" and re.match(r"^(19|20)\d\d-\d\d-\d\d$", g):
                continue
            hits.append((name, g))
    return hits


def validate_record(rid, text, spans, negs, no_pii):
    """spans: list of dicts with start,end,type,kind,noise,format,canonical."""
    errs = []
    prev_end = -1
    for sp in spans:
        s, e = sp["start"], sp["end"]
        if not (0 <= s < e <= len(text)):
            errs.append("span out of bounds %r" % sp)
            continue
        if s < prev_end:
            errs.append("spans overlap/unsorted at %d" % s)
        prev_end = e
        v = text[s:e]
        if v != v.strip() or v[0].isspace() or v[-1].isspace():
            errs.append("edge whitespace %r" % v)
        if sp["type"] not in TYPES:
            errs.append("bad type %s" % sp["type"])
        for m in check_value(sp["type"], v, sp["kind"], sp["noise"], sp["format"], sp["canonical"]):
            errs.append("%s: %s" % (sp["type"], m))
    for ng in negs:
        for sp in spans:
            if ng["start"] < sp["end"] and sp["start"] < ng["end"]:
                errs.append("negative overlaps span %r" % ng)
        if text[ng["start"]:ng["end"]] != ng["text"]:
            errs.append("negative text mismatch")
    # every other occurrence of a labelled value must be labelled
    cover = [(sp["start"], sp["end"]) for sp in spans]
    seen = set()
    for sp in spans:
        v = text[sp["start"]:sp["end"]]
        if v in seen:
            continue
        seen.add(v)
        k = text.find(v)
        while k != -1:
            ke = k + len(v)
            if not any(a <= k and ke <= b for a, b in cover):
                errs.append("unlabelled repeat of %r at %d" % (v, k))
            k = text.find(v, k + 1)
    for name, g in scan_unlabelled(text, cover, [(n["start"], n["end"]) for n in negs]):
        errs.append("unlabelled PII-looking %s %r" % (name, g))
    if no_pii and spans:
        errs.append("no-PII record has spans")
    if not no_pii and not spans:
        errs.append("record without spans")
    return ["%s: %s" % (rid, x) for x in errs]


# ---------------------------------------------------------------------------
# output
# ---------------------------------------------------------------------------

def to_rows(recs):
    gold, meta = [], []
    for r in recs:
        gold.append({"id": r["id"], "text": r["text"],
                     "spans": [{"start": s, "end": e, "type": p.type} for s, e, p in r["spans"]],
                     "genre": r["genre"]})
        m = {"id": r["id"], "template": r["template"], "seed": "%s|%s|%d" % (SEED_PREFIX, r["template"], r["i"]),
             "genre": r["genre"]}
        if "base_genre" in r:
            m["base_genre"] = r["base_genre"]
        m["no_pii"] = r["no_pii"]
        m["spans"] = [{"start": s, "end": e, "type": p.type, "kind": p.kind, "noise": list(p.noise),
                       "format": p.fmt, "canonical": p.canon} for s, e, p in r["spans"]]
        m["hard_negatives"] = [{"start": s, "end": e, "category": n.cat, "text": n.text} for s, e, n in r["negs"]]
        if r["extra"]:
            m["extra"] = r["extra"]
        meta.append(m)
    return gold, meta


def dump_jsonl(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")


def load_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def validate_files(gold_path, meta_path):
    gold = load_jsonl(gold_path)
    meta = load_jsonl(meta_path)
    errs = []
    assert len(gold) == len(meta)
    ids = set()
    texts = set()
    for g, m in zip(gold, meta):
        if list(g.keys()) != ["id", "text", "spans", "genre"]:
            errs.append("%s: key order %r" % (g.get("id"), list(g.keys())))
        if g["id"] != m["id"] or g["id"] in ids:
            errs.append("id mismatch/duplicate %s" % g["id"])
        ids.add(g["id"])
        if g["text"] in texts:
            errs.append("%s: duplicate text" % g["id"])
        texts.add(g["text"])
        if [(s["start"], s["end"], s["type"]) for s in g["spans"]] != [(s["start"], s["end"], s["type"]) for s in m["spans"]]:
            errs.append("%s: gold/meta spans differ" % g["id"])
        for s in g["spans"]:
            if list(s.keys()) != ["start", "end", "type"]:
                errs.append("%s: span keys" % g["id"])
        errs += validate_record(g["id"], g["text"], m["spans"], m["hard_negatives"], m["no_pii"])
    return gold, meta, errs


def stats(gold, meta):
    by_type = collections.Counter()
    by_genre = collections.OrderedDict()
    for _k, _f, ge, _c, _o in REGISTRY:
        if ge not in by_genre:
            by_genre[ge] = {"records": 0, "no_pii": 0, "spans": 0}
    kinds = collections.defaultdict(collections.Counter)
    noise = collections.Counter()
    noisy_spans = 0
    negs = collections.Counter()
    for g, m in zip(gold, meta):
        ge = g["genre"]
        if ge not in by_genre:
            by_genre[ge] = {"records": 0, "no_pii": 0, "spans": 0}
        by_genre[ge]["records"] += 1
        by_genre[ge]["no_pii"] += 0 if g["spans"] else 1
        by_genre[ge]["spans"] += len(g["spans"])
        for s in m["spans"]:
            by_type[s["type"]] += 1
            kinds[s["type"]][s["kind"]] += 1
            if s["noise"]:
                noisy_spans += 1
            for t in s["noise"]:
                noise[t] += 1
        for h in m["hard_negatives"]:
            negs[h["category"]] += 1
    return by_type, by_genre, kinds, noise, noisy_spans, negs


def md_table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "|".join(["---"] * len(header)) + "|"]
    for r in rows:
        out.append("| " + " | ".join(str(x) for x in r) + " |")
    return "\n".join(out)


INDEPENDENCE = """## Independence

This set was written from scratch by a helper session asked to build an evaluation
set independent of the detector under test.  Exactly what was read:

1. `/work/shared/pii-dev/README.md`, the whole file, and nothing else under
   `/work/shared`.  Its PII sections (the 16 entity types, the span-boundary rules,
   the NOT-PII list and the JSONL record format) are the labelling specification
   followed here.  The dev set's generator, scorer, baseline and data files were
   not opened.
2. Results of a search tool over stored public material (excerpts only; no text
   was copied into this set):
   - web pages on driver-licence numbers (a blog explaining `11-23-123456-00` as
     region code + issue year + serial + 2 digits; a news item on the switch from
     region names to region numbers);
   - web pages on 자동차 등록번호판 (차종 ranges 01–69/70–79/80–97/98–99;
     비사업용 letters; 바·사·아·자 for 운수사업, 하·허·호 for rental, 배 for delivery);
   - web pages on bank account lengths (국민 14/12/11 digits, 우리 13, 하나 14,
     신한 평생계좌);
   - web pages on the 2021 차세대 전자여권 (`M12345678` → `M123A4567`) and on the
     passport prefix letters M/S/R/G/D (including a passport.go.kr page);
   - public source files showing the RRN check digit (weights 2–9,2–5,
     (11 − Σ mod 11) mod 10, and the post-Oct-2020 change), the legacy 외국인등록번호
     check ((13 − Σ mod 11) mod 10, even registration-office digits, 12th digit
     6–9), the 법인등록번호 check (weights 1,2,1,2,…, (10 − Σ mod 10) mod 10) and the
     사업자등록번호 weights (1,3,7,1,3,7,1,3,5).
3. Written from general knowledge, without looking anything up: card brand prefixes
   and the Luhn check, telephone area codes, the layout of a 공문 (수신/(경유)/제목/
   붙임…끝/결재란/시행·접수/우편번호·주소/전화·전송/공개 구분), and all prose.
   The statutes suggested as sources (개인정보 보호법, 주민등록법 시행규칙, 여권법,
   도로교통법 시행규칙, 행정업무의 운영 및 혁신에 관한 규정) were not read in full;
   they appear only as citation strings (hard negatives).

Nothing under `/work/main`, `/work/wt` or any other folder of `/work/evalsets` was
listed, opened or read (the only directory listing was of this folder,
`/work/evalsets/pii_l/`); no detector code or other evaluation set was read, and no
detector was run on this set.

All names, numbers, addresses and texts are synthetic and produced by the generator
in this folder.  Check-digit-valid numbers are random and may coincide with real
numbers by chance; treat the files as sensitive-looking test data.
"""


def write_readme(path, gold, meta, by_type, by_genre, kinds, noise, noisy_spans, negs):
    n = len(gold)
    n_nopii = sum(1 for g in gold if not g["spans"])
    tot = sum(by_type.values())
    L = []
    L.append("# pii_l — independent evaluation set for Korean PII detection (synthetic)\n")
    L.append("`pii_l.jsonl` holds %d records with %d gold spans of the 16 PII types defined in the "
             "pii-dev README (%d records contain no PII and are there to measure false positives). "
             "Records follow that README's format exactly: `{\"id\",\"text\",\"spans\":[{\"start\",\"end\",\"type\"}],"
             "\"genre\"}`; offsets are Python `str` indices; spans are sorted, non-overlapping, and "
             "`text[start:end]` is exactly the (possibly noisy) value.\n" % (n, tot, n_nopii))
    L.append("## Files\n")
    L.append(md_table(["file", "content"], [
        ["`make_set.py`", "entry point: generates, validates, writes all outputs, re-reads and re-validates them"],
        ["`core.py`", "document builder, value generators with check digits, OCR/speech noise, hard negatives"],
        ["`common.py`", "helpers shared by templates (officials, agencies, form rendering)"],
        ["`tpl_forms.py`, `tpl_tables.py`, `tpl_digital.py`, `tpl_speech.py`, `tpl_ocr.py`, `tpl_prose.py`, `tpl_admin.py`",
         "document templates"],
        ["`pii_l.jsonl`", "gold records"],
        ["`pii_l.meta.jsonl`", "per record: template, seed string, base genre of OCR re-renders, per-span sub-kind, "
                               "noise tags, format and canonical value, and tagged hard negatives with category"],
        ["`MD5SUMS`", "checksums of every other file, written last"],
    ]))
    L.append("\nRegenerate with `python3 make_set.py` (standard library only).  Each record uses "
             "`random.Random(\"pii_l-2026|<template>|<i>\")`; the record order is shuffled with "
             "`random.Random(\"pii_l-2026|order|0\")`.  Output is byte-identical across runs and "
             "`PYTHONHASHSEED` values (checked with two different seeds).\n")
    L.append("## Composition by genre\n")
    L.append(md_table(["genre", "records", "of which no PII", "gold spans"],
                      [[g, v["records"], v["no_pii"], v["spans"]] for g, v in by_genre.items()] +
                      [["**total**", "**%d**" % n, "**%d**" % n_nopii, "**%d**" % tot]]))
    L.append("\nGenres: application forms and certificates (여권·외국인등록·운전면허·지급 신청서, 재직/경력증명서, "
             "자격득실 확인서, 주민등록표 초본, 가족관계증명서, 동의서, 카드 신청서); rosters flattened to text "
             "(`|`, ` | `, tabs, markdown pipes or runs of spaces, with and without header rows); CSV exports "
             "(quoted cells, `,` or `;`); system logs (web access logs, application logs, privacy-system "
             "access records, JSON lines); e-mails with headers, quoted replies and signatures; messenger and SMS "
             "exports; call transcripts (digits read out in Hangul, `다시` for the hyphen, spoken e-mail "
             "addresses); OCR of 주민등록증, 운전면허증, 외국인등록증, 여권, 통장, 신용카드, 건강보험증, "
             "사업자등록증, 자동차등록증 and of re-rendered forms and contracts; news (accidents with ages in "
             "parentheses, awards, council debates, foreign residents, 부고, 인사); 보도자료 with 담당 부서 blocks; "
             "민원 replies; 회의록; incident and audit reports; 판결문; 공문 with 결재란 and footer; contracts "
             "and leases; 인사명령; bills and notices; and no-PII notices (입찰공고, 질의회신, 점검 안내, "
             "정보공개 결정, 서식 예시, 통계, 판례 소개) full of hard negatives.\n")
    L.append("## Templates\n")
    tc = collections.Counter(m["template"] for m in meta)
    ts = collections.Counter()
    for m in meta:
        ts[m["template"]] += len(m["spans"])
    L.append(md_table(["template", "genre", "records", "gold spans"],
                      [[k, g, tc[k], ts[k]] for k, _f, g, _c, _o in REGISTRY]))
    L.append("\nTemplates named `ocr_form:<t>` re-render template `<t>` with OCR damage; their base genre is in the "
             "meta file.  Each template draws its wording from several alternative frames and randomly includes, "
             "orders and formats its fields, so no single sentence frame dominates.\n")
    L.append("## Spans by type\n")
    rows = []
    for t in TYPES:
        ks = ", ".join("%s %d" % (k, v) for k, v in sorted(kinds[t].items()))
        rows.append([t, by_type[t], ks])
    L.append(md_table(["type", "spans", "sub-kinds (meta `kind`)"], rows))
    L.append("\n%d spans carry noise (meta `noise`): %s.\n" % (
        noisy_spans, ", ".join("%s %d" % (k, v) for k, v in sorted(noise.items()))))
    L.append("Separator variants (meta `format`): hyphen, none, space, dot, international `+82`, spoken.\n")
    L.append("## Hard negatives (tagged in meta, left unlabelled)\n")
    L.append(md_table(["category", "count"], sorted(negs.items())))
    L.append("\nCategories follow the pii-dev README NOT-PII list: institution switchboards and `(대표)` numbers, "
             "1588-type and short codes, institution addresses, institution e-mail placeholders, officials named only "
             "by office, document numbers, statute citations, case numbers, 접수번호/관리번호/공고번호/전자납부번호 "
             "(`public_record_id`), amounts, postal codes, version numbers, placeholder and masked persons "
             "(`홍길동`, `김○○`, `정 모 씨`, `갑`, `A법인`), placeholder numbers (`000000-0000000`, `010-0000-0000`), "
             "company names, system user IDs, internal extensions, card serials and VINs.\n")
    L.append("## Labelling conventions used\n")
    L.append("- PERSON covers the name only (no 씨/님/귀하/주무관/위원, particles, or `성명:`), Korean names "
             "(including 남궁/황보/선우/제갈/독고/사공/서문), Hanja names, romanised names (`KIM MINSU`, `LEE, JIHO`), "
             "and foreign names in Hangul and Latin script; spaced OCR names (`김 민 수`) are one span.\n"
             "- Officials acting in office, ministers named in 보도자료, judges, prosecutors, 대표자 and 예금주 who "
             "are natural persons are labelled; company 예금주 and company names are not.\n"
             "- Institution contact points (대표전화, 1588-…, short codes, 청사 addresses) are hard negatives; an "
             "official's direct line, fax numbers in 공문 footers, company numbers, 장례식장 numbers and every mobile "
             "number are PHONE_NUMBER.  Company addresses and citizens' addresses are KR_ADDRESS.\n"
             "- KR_ADDRESS starts at the 시/도 (full or short) or at the 시/군/구 and runs to the building/lot "
             "number and unit; postal codes before it and `(동, 아파트)` after it are outside the span.\n"
             "- DATE_OF_BIRTH covers only the date (`생`, labels outside).  Forms: `1985. 3. 12.`, `1985년 3월 12일`, "
             "`1985년 03월 12일`, `1985-03-12`, `1985.03.12.`, `1985.03.12`, `1985.3.12`, `85.03.12`, `850312`, "
             "`19850312`, `1985/03/12`, `12 MAR 1985`, `12 3월/MAR 1985`, `85년 3월 12일`, and read-out digits.\n"
             "- KR_RRN includes pre-2020 checksum-valid numbers, post-Oct-2020 numbers (checksum deliberately "
             "invalid) and masked numbers (`850312-1******`, `●`, `X`, `x`, `○`).  KR_FRN: gender digit 5–8; "
             "unmasked ones satisfy the legacy FRN check.  CREDIT_CARD includes masked numbers that keep the first "
             "4–6 and last 4 digits; KR_BANK_ACCOUNT includes numbers with 3–4 starred digits.\n"
             "- KR_DRIVER_LICENSE and KR_VEHICLE_PLATE include the region prefix when present.  Every passport "
             "number is KR_PASSPORT, foreign ones included.  KR_HEALTH_INSURANCE is 11 digits (sometimes written "
             "`1-2345678901`); the format is synthetic, as in the pii-dev README.\n"
             "- Table cells each get their own span.  Noise characters inside a value are inside the span.\n")
    L.append("## Validation performed by `make_set.py`\n")
    L.append("Run on the in-memory records and again on the re-read files; the run aborts on any error.\n\n"
             "- `text[start:end]` equals the inserted value (asserted at generation and on the files); spans in "
             "bounds, sorted, non-overlapping, no whitespace at either edge; gold and meta spans identical; unique "
             "ids and texts; key order `id, text, spans, genre`.\n"
             "- Every value's surface, after undoing its recorded noise (NFKC, hyphen variants, Hangul digits, "
             "`다시`, OCR letter confusions, inserted spaces/line breaks, spoken e-mail), denotes its canonical "
             "value.\n"
             "- Check digits and formats on the canonical value: RRN checksum valid for pre-2020, invalid for "
             "post-2020 (birth date ≥ 2020-10-01), valid date and gender digit, 6 mask characters for masked; "
             "FRN legacy check `(13 − Σ mod 11) mod 10` with even registration-office digits; BRN weights "
             "1,3,7,1,3,7,1,3,5 + ⌊5·d₉/10⌋; CRN weights 1,2,… with `(10 − Σ mod 10) mod 10`; Luhn and brand "
             "prefix/length for cards; passport, DL, plate, phone, e-mail, IP (`ipaddress`), account grouping, "
             "health-insurance and DOB format checks; PERSON values come from the name pools.\n"
             "- Every other occurrence of a labelled string in the same record is labelled.\n"
             "- With spans and tagged hard negatives blanked, the text is scanned for PII-looking strings "
             "(mobiles, landlines, 15xx numbers, e-mails, `######-#######`, 13-digit runs, card shapes, IPv4/IPv6, "
             "passport shapes, BRN and DL shapes, plates, hyphenated number groups, 10–16 digit runs); any hit is an "
             "error, so every such string in the text is either gold or a tagged hard negative.\n"
             "- Records planned as no-PII have no spans; all others have at least one.\n")
    L.append("## Caveats\n")
    L.append("- Generated from templates with varied frames; a model fitted to these templates will look better "
             "than it is.  Use the set to test conventions and failure modes.\n"
             "- Road names, agencies such as 한빛시/새솔구/가람군 and companies are invented; some real agency "
             "names are used with invented numbers.  Institution addresses are hard negatives only by context.\n"
             "- Ambiguous cases were avoided rather than labelled (no surname-only or given-name-only references, "
             "no MRZ lines, no masked phone numbers, no 주민등록번호 앞자리 alone).\n")
    L.append(INDEPENDENCE)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L))


def main():
    recs = generate()
    gold, meta = to_rows(recs)
    errs = []
    for g, m in zip(gold, meta):
        errs += validate_record(g["id"], g["text"], m["spans"], m["hard_negatives"], m["no_pii"])
    if errs:
        for e in errs[:200]:
            print("ERROR", e)
        print("%d errors" % len(errs))
        sys.exit(1)
    gp = os.path.join(HERE, SET + ".jsonl")
    mp = os.path.join(HERE, SET + ".meta.jsonl")
    dump_jsonl(gp, gold)
    dump_jsonl(mp, meta)
    gold2, meta2, errs = validate_files(gp, mp)
    if errs:
        for e in errs[:200]:
            print("ERROR", e)
        print("%d errors after re-read" % len(errs))
        sys.exit(1)
    st = stats(gold2, meta2)
    write_readme(os.path.join(HERE, "README.md"), gold2, meta2, *st)
    files = sorted(f for f in os.listdir(HERE) if (f.endswith(".py") or f.endswith(".jsonl") or f == "README.md"))
    with open(os.path.join(HERE, "MD5SUMS"), "w", encoding="utf-8", newline="\n") as f:
        for fn in files:
            with open(os.path.join(HERE, fn), "rb") as fh:
                f.write("%s  %s\n" % (hashlib.md5(fh.read()).hexdigest(), fn))
    by_type = st[0]
    print("records %d, spans %d, no-PII %d" % (len(gold2), sum(by_type.values()), sum(1 for g in gold2 if not g["spans"])))
    for t in TYPES:
        print("  %-20s %d" % (t, by_type[t]))


if __name__ == "__main__":
    main()
