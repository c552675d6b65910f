#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""make_set.py -- generator for the sealed PII evaluation set pii_b.

Run: python3 make_set.py [--stats]
Writes pii_b.jsonl and pii_b.meta.jsonl next to this file, then re-reads and re-validates them.
Seeded (SEED below) and deterministic; uses only the standard library.
Sections: core (markup, identifier generators, check digits, noise), pools (names, addresses,
institutions), genre templates (parts 1-3), hand-written records, assembly/validation/output.
"""
from collections import Counter, defaultdict
import datetime as dt
import json
import os
import random
import re
import sys
import unicodedata


# ======================================================================
# section: core
# ======================================================================
"""Core helpers for make_set.py (pii_b): markup, value generators, noise.

Everything here is synthetic. Formats follow public descriptions of the Korean
identifiers (see README.md, "Sources").
"""

US = "\x1f"
LAB_L, LAB_R = "\u27e6", "\u27e7"   # ⟦ ⟧ labelled span
HN_L, HN_R = "\u27ea", "\u27eb"     # ⟪ ⟫ tagged hard negative

TYPES = ["KR_RRN", "KR_FRN", "KR_PASSPORT", "KR_DRIVER_LICENSE", "KR_BRN", "KR_CRN",
         "KR_BANK_ACCOUNT", "KR_HEALTH_INSURANCE", "KR_VEHICLE_PLATE", "KR_ADDRESS",
         "PHONE_NUMBER", "EMAIL_ADDRESS", "CREDIT_CARD", "IP_ADDRESS", "PERSON",
         "DATE_OF_BIRTH"]
ID_TYPES = [t for t in TYPES if t not in ("PERSON", "KR_ADDRESS")]


class State:
    """Per-record generation state (set by the assembler)."""
    rng = None
    noise_p = 0.25


def R():
    return State.rng


# ---------------------------------------------------------------- markup
def lab(typ, value, kind, noise=()):
    assert typ in TYPES, typ
    for ch in (US, LAB_R, LAB_L, HN_L, HN_R):
        assert ch not in value, (typ, value)
    assert value == value.strip() and value, (typ, repr(value))
    return f"{LAB_L}{typ}{US}{kind}{US}{','.join(noise)}{US}{value}{LAB_R}"


def hn(cat, value):
    for ch in (US, LAB_R, LAB_L, HN_L, HN_R):
        assert ch not in value
    return f"{HN_L}{cat}{US}{value}{HN_R}"


MARK_RE = re.compile("\u27e6([A-Z_]+)\x1f([^\x1f]*)\x1f([^\x1f]*)\x1f([^\u27e7]*)\u27e7"
                     "|\u27ea([a-z_]+)\x1f([^\u27eb]*)\u27eb")


def parse(marked):
    out, spans, hns = [], [], []
    pos = n = 0
    for m in MARK_RE.finditer(marked):
        chunk = marked[pos:m.start()]
        out.append(chunk)
        n += len(chunk)
        if m.group(1):
            v = m.group(4)
            spans.append({"start": n, "end": n + len(v), "type": m.group(1),
                          "kind": m.group(2),
                          "noise": [x for x in m.group(3).split(",") if x], "value": v})
        else:
            v = m.group(6)
            hns.append({"start": n, "end": n + len(v), "category": m.group(5), "value": v})
        out.append(v)
        n += len(v)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    for ch in (US, LAB_L, LAB_R, HN_L, HN_R):
        assert ch not in text, "unparsed markup in: " + text[:200]
    return text, spans, hns


# ---------------------------------------------------------------- check digits
def rrn_check(d12):
    s = sum(int(a) * w for a, w in zip(d12, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]))
    return (11 - s % 11) % 10


def frn_check(d12):
    s = sum(int(a) * w for a, w in zip(d12, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]))
    return (13 - s % 11) % 10


def brn_check(d9):
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(int(a) * b for a, b in zip(d9, w)) + (int(d9[8]) * 5) // 10
    return (10 - s % 10) % 10


def crn_check(d12):
    s = sum(int(a) * (1 if i % 2 == 0 else 2) for i, a in enumerate(d12))
    return (10 - s % 10) % 10


def luhn_ok(digits):
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix_body):
    for c in "0123456789":
        if luhn_ok(prefix_body + c):
            return prefix_body + c
    raise AssertionError


# ---------------------------------------------------------------- dates
def rand_date(y0, y1, after=None):
    r = R()
    while True:
        y = r.randint(y0, y1)
        m = r.randint(1, 12)
        day = r.randint(1, 31)
        try:
            d = dt.date(y, m, day)
        except ValueError:
            continue
        if after and d < after:
            continue
        return d


MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MON_L = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sep.", "Oct.", "Nov.", "Dec."]
DOB_STYLES = ["dot_sp", "dot_sp", "dot_sp", "dot_pad", "dot_nopad", "iso", "iso", "kor", "kor", "kor_pad",
              "yy_dot", "yymmdd", "yyyymmdd", "slash", "kor_yy", "passport", "en_us"]


def fmt_dob(d, style):
    y, m, dd = d.year, d.month, d.day
    return {
        "dot_sp": f"{y}. {m}. {dd}.",
        "dot_pad": f"{y}.{m:02d}.{dd:02d}.",
        "dot_nopad": f"{y}.{m}.{dd}.",
        "dot_pad_noend": f"{y}.{m:02d}.{dd:02d}",
        "iso": f"{y}-{m:02d}-{dd:02d}",
        "kor": f"{y}년 {m}월 {dd}일",
        "kor_pad": f"{y}년 {m:02d}월 {dd:02d}일",
        "yy_dot": f"{y % 100:02d}.{m:02d}.{dd:02d}",
        "yymmdd": f"{y % 100:02d}{m:02d}{dd:02d}",
        "yyyymmdd": f"{y}{m:02d}{dd:02d}",
        "slash": f"{y}/{m:02d}/{dd:02d}",
        "kor_yy": f"{y % 100:02d}년 {m}월 {dd}일",
        "passport": f"{dd:02d} {MON[m - 1]} {y}",
        "passport_kr": f"{dd:02d} {m}월/{MON[m - 1]} {y}",
        "en_us": f"{MON_L[m - 1]} {dd}, {y}",
        "hangul": None,
    }[style]


def fmt_date_event(d, style=None):
    """An ordinary (non-birth) date, used in text and as hard negatives."""
    r = R()
    style = style or r.choice(["dot_sp", "dot_sp", "kor", "iso"])
    return fmt_dob(d, style)


# ---------------------------------------------------------------- identifiers
def _digits(n):
    r = R()
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def gen_rrn(kind, dob=None, gender=None):
    """kinds: valid (pre-2020 assignment, checksum ok), post2020 (born >= 2020-10,
    random tail, checksum deliberately invalid), reissued (adult birth date, number
    (re)assigned after 2020-10, random tail, checksum invalid), masked*"""
    r = R()
    if kind == "post2020":
        dob = dob or rand_date(2020, 2024, after=dt.date(2020, 10, 5))
    else:
        dob = dob or rand_date(1942, 2005)
    if gender is None:
        gender = r.choice("MF")
    if dob.year >= 2000:
        g = "3" if gender == "M" else "4"
    else:
        g = "1" if gender == "M" else "2"
    front = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}"
    if kind == "valid":
        body = front + g + f"{r.randint(0, 95):02d}" + _digits(2) + str(r.randint(1, 4))
        num = body + str(rrn_check(body))
    elif kind in ("post2020", "reissued"):
        while True:
            body = front + g + _digits(5)
            last = str(r.randint(0, 9))
            if int(last) != rrn_check(body):
                break
        num = body + last
    else:
        raise ValueError(kind)
    return f"{num[:6]}-{num[6:]}", dob, gender


def mask_rrn(dob, gender, style):
    g = ("3" if gender == "M" else "4") if dob.year >= 2000 else ("1" if gender == "M" else "2")
    front = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}"
    return {
        "star": f"{front}-{g}******",
        "dot": f"{front}-{g}\u25cf\u25cf\u25cf\u25cf\u25cf\u25cf",
        "x": f"{front}-{g}xxxxxx",
        "X": f"{front}-{g}XXXXXX",
        "star_all": f"{front}-*******",
        "star_sp": f"{front} - {g}******",
    }[style]


def gen_frn(dob=None, gender=None):
    r = R()
    dob = dob or rand_date(1958, 2004)
    gender = gender or r.choice("MF")
    if dob.year >= 2000:
        g = "7" if gender == "M" else "8"
    else:
        g = "5" if gender == "M" else "6"
    front = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}"
    office = f"{r.randrange(10, 99, 2):02d}"
    body = front + g + office + _digits(2) + str(r.randint(6, 9))
    assert len(body) == 12
    num = body + str(frn_check(body))
    return f"{num[:6]}-{num[6:]}", dob, gender


def frn_valid(num):
    d = re.sub(r"\D", "", num)
    if len(d) != 13 or d[6] not in "5678":
        return False
    if int(d[7:9]) % 2 != 0 or d[11] not in "6789":
        return False
    return int(d[12]) == frn_check(d[:12])


PASS_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def gen_passport(kind):
    r = R()
    if kind == "kr_old":
        return r.choice("MMMMMSRGD") + f"{r.randint(10000000, 99999999)}"
    if kind == "kr_new":
        return (r.choice("MMMMMMSRGD") + f"{r.randint(100, 999)}" + r.choice(PASS_LETTERS)
                + f"{r.randint(0, 9999):04d}")
    if kind == "cn":
        if r.random() < 0.5:
            return "E" + f"{r.randint(10000000, 99999999)}"
        return r.choice(["EA", "EB", "EH"]) + f"{r.randint(1000000, 9999999)}"
    if kind == "vn":
        return r.choice("CBN") + f"{r.randint(1000000, 9999999)}"
    if kind == "ph":
        return "P" + f"{r.randint(1000000, 9999999)}" + r.choice("ABC")
    if kind == "jp":
        return r.choice(["TK", "TR", "MZ", "TZ"]) + f"{r.randint(1000000, 9999999)}"
    if kind == "us":
        return f"{r.randint(500000000, 699999999)}"
    if kind == "ru":
        return f"7{r.randint(10000000, 99999999)}"
    if kind == "in":
        return r.choice("JKLMNPRSTUVWZ") + f"{r.randint(1000000, 9999999)}"
    if kind == "mn":
        return "E" + f"{r.randint(1000000, 9999999)}"
    if kind == "other":
        return r.choice("ABCFGHKLNPRTX") + f"{r.randint(10000000, 99999999)}"
    if kind == "uz":
        return r.choice(["FA", "AD", "AB"]) + f"{r.randint(1000000, 9999999)}"
    raise ValueError(kind)


DL_REGION = [("11", "서울"), ("12", "부산"), ("13", "경기"), ("14", "강원"), ("15", "충북"),
             ("16", "충남"), ("17", "전북"), ("18", "전남"), ("19", "경북"), ("20", "경남"),
             ("21", "제주"), ("22", "대구"), ("23", "인천"), ("24", "광주"), ("25", "대전"),
             ("26", "울산"), ("28", "경기북부")]


def gen_dl(kind):
    r = R()
    code, name = r.choice(DL_REGION)
    yy = f"{r.choice(list(range(88, 100)) + list(range(0, 25))):02d}"
    serial = f"{r.randint(0, 999999):06d}"
    tail = f"{r.randint(0, 9)}{r.choice('0000011112')}"
    if kind == "numeric":
        return f"{code}-{yy}-{serial}-{tail}"
    if kind == "region_name":
        return f"{name} {yy}-{serial}-{tail}"
    if kind == "region_name_nospace":
        return f"{name}{yy}-{serial}-{tail}"
    if kind == "plain12":
        return f"{code}{yy}{serial}{tail}"
    raise ValueError(kind)


def gen_brn(kind="individual"):
    r = R()
    while True:
        head = f"{r.randint(101, 899)}"
        if kind == "individual":
            mid = f"{r.randint(1, 79):02d}"
        elif kind == "exempt":
            mid = f"{r.randint(90, 99)}"
        else:
            mid = r.choice(["81", "86", "87", "88", "81", "86"])
        ser = f"{r.randint(0, 9999):04d}"
        body = head + mid + ser
        return f"{head}-{mid}-{ser}{brn_check(body)}"


CRN_OFFICE = ["1101", "1101", "1101", "1311", "1345", "1358", "1201", "1601", "1701", "1801",
              "2011", "2101", "2301", "1501", "1401", "1611", "1746", "2841"]


def gen_crn(kind="stock"):
    r = R()
    typ = {"stock": "11", "llc": "14", "nonprofit": "21", "foreign": "71"}[kind]
    body = r.choice(CRN_OFFICE) + typ + f"{r.randint(0, 999999):06d}"
    return f"{body[:6]}-{body[6:]}{crn_check(body)}"


CARD_BINS = [("visa", "4", 16), ("visa", "4518", 16), ("visa", "4364", 16), ("master", "5310", 16),
             ("master", "5409", 16), ("master", "5522", 16), ("bc", "9410", 16), ("bc", "9430", 16),
             ("jcb", "3562", 16), ("amex", "3776", 15), ("amex", "3437", 15)]


def gen_card():
    r = R()
    brand, pre, ln = r.choice(CARD_BINS)
    body = pre + _digits(ln - len(pre) - 1)
    num = luhn_complete(body)
    if ln == 15:
        return f"{num[:4]}-{num[4:10]}-{num[10:]}", brand, num
    return f"{num[:4]}-{num[4:8]}-{num[8:12]}-{num[12:]}", brand, num


def mask_card(num, style):
    if len(num) == 15:
        return f"{num[:4]}-{num[4:6]}****-*{num[11:]}"
    if style == "first6last4":
        return f"{num[:4]}-{num[4:6]}**-****-{num[12:]}"
    if style == "mid8":
        return f"{num[:4]}-****-****-{num[12:]}"
    if style == "mid_x":
        return f"{num[:4]}-{num[4:8]}-XXXX-{num[12:]}"
    raise ValueError(style)


BANKS = [
    ("KB국민은행", [6, 2, 6]), ("국민은행", [3, 2, 4, 3]), ("신한은행", [3, 3, 6]),
    ("우리은행", [4, 3, 6]), ("하나은행", [3, 6, 5]), ("NH농협은행", [3, 4, 4, 2]),
    ("농협", [3, 2, 6]), ("IBK기업은행", [3, 6, 2, 3]), ("카카오뱅크", [4, 2, 7]),
    ("토스뱅크", [4, 4, 4]), ("케이뱅크", [3, 3, 6]), ("SC제일은행", [3, 2, 6]),
    ("우체국", [6, 2, 6]), ("새마을금고", [4, 4, 4, 1]), ("부산은행", [3, 4, 4, 2]),
    ("iM뱅크", [3, 2, 6, 1]), ("수협은행", [4, 4, 4]), ("광주은행", [3, 3, 6]),
    ("경남은행", [3, 2, 7]), ("신협", [3, 3, 6]),
]
BANK_PREFIX = {"신한은행": ["110", "140", "100"], "카카오뱅크": ["3333", "3355", "7979"],
               "우리은행": ["1002", "1005"], "NH농협은행": ["302", "301", "351", "356"],
               "토스뱅크": ["1000", "1001"], "케이뱅크": ["100"], "새마을금고": ["9002", "9003"],
               "우체국": ["010", "014"], "수협은행": ["1010", "2074"], "신협": ["131", "132"]}


def gen_account(bank=None):
    r = R()
    if bank is None:
        bank, groups = r.choice(BANKS)
    else:
        groups = dict(BANKS)[bank]
    parts = []
    for i, g in enumerate(groups):
        if i == 0 and bank in BANK_PREFIX:
            p = r.choice(BANK_PREFIX[bank])
            p = (p + _digits(g))[:g]
        else:
            p = _digits(g)
            if i == 0 and p[0] == "0":
                p = str(r.randint(1, 9)) + p[1:]
        parts.append(p)
    return bank, "-".join(parts)


def mask_account(acc):
    parts = acc.split("-")
    if len(parts) >= 3:
        parts[1] = "*" * len(parts[1])
        return "-".join(parts)
    return acc[:-4] + "****"


def gen_health():
    r = R()
    return str(r.randint(1, 7)) + _digits(10)


PLATE_PRIVATE = list("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주")
PLATE_BUS = list("바사아자")
PLATE_RENT = list("하허호")
PLATE_REGION = ["서울", "부산", "대구", "인천", "광주", "대전", "울산", "경기", "강원", "충북",
                "충남", "전북", "전남", "경북", "경남", "제주", "세종"]


def gen_plate(kind):
    r = R()
    back = f"{r.randint(1000, 9999)}"
    if kind == "old2":
        return f"{r.randint(10, 69)}{r.choice(PLATE_PRIVATE)} {back}"
    if kind == "new3":
        return f"{r.randint(100, 699)}{r.choice(PLATE_PRIVATE)} {back}"
    if kind == "region_old":
        return f"{r.choice(PLATE_REGION)} {r.randint(10, 69)}{r.choice(PLATE_PRIVATE)} {back}"
    if kind == "commercial":
        return f"{r.choice(PLATE_REGION)} {r.choice([r.randint(10, 69), r.randint(70, 79), r.randint(80, 97)])}{r.choice(PLATE_BUS)} {back}"
    if kind == "rental":
        return f"{r.randint(100, 699)}{r.choice(PLATE_RENT)} {back}"
    if kind == "truck":
        return f"{r.randint(80, 97)}{r.choice(PLATE_PRIVATE)} {back}"
    if kind == "delivery":
        return f"{r.randint(80, 97)}배 {back}"
    if kind == "nospace":
        return f"{r.randint(100, 699)}{r.choice(PLATE_PRIVATE)}{back}"
    raise ValueError(kind)


# ---------------------------------------------------------------- phones, e-mail, ip
AREA = ["02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054",
        "055", "061", "062", "063", "064"]


def gen_phone(kind):
    r = R()
    if kind == "mobile":
        return f"010-{r.randint(2000, 9999)}-{r.randint(0, 9999):04d}"
    if kind == "mobile_old":
        return f"{r.choice(['011', '016', '017', '019'])}-{r.randint(200, 999)}-{r.randint(0, 9999):04d}"
    if kind == "mobile_plain":
        return f"010{r.randint(2000, 9999)}{r.randint(0, 9999):04d}"
    if kind == "mobile_dot":
        return f"010.{r.randint(2000, 9999)}.{r.randint(0, 9999):04d}"
    if kind == "mobile_intl":
        return f"+82-10-{r.randint(2000, 9999)}-{r.randint(0, 9999):04d}"
    if kind == "landline":
        a = r.choice(AREA)
        mid = f"{r.randint(200, 999)}" if (a != "02" and r.random() < 0.5) else f"{r.randint(2000, 9999)}"
        return f"{a}-{mid}-{r.randint(0, 9999):04d}"
    if kind == "landline_paren":
        a = r.choice(AREA)
        return f"({a}) {r.randint(200, 999)}-{r.randint(0, 9999):04d}"
    if kind == "070":
        return f"070-{r.randint(2000, 9999)}-{r.randint(0, 9999):04d}"
    raise ValueError(kind)


def mask_phone(p):
    parts = p.split("-")
    parts[1] = parts[1][:-2] + "**" if len(parts) == 3 and len(parts[1]) >= 3 else parts[1]
    parts[1] = "*" * len(parts[1]) if R().random() < 0.5 else parts[1]
    return "-".join(parts)


HANGUL_DIGIT = {"0": "공", "1": "일", "2": "이", "3": "삼", "4": "사", "5": "오", "6": "육",
                "7": "칠", "8": "팔", "9": "구"}


def hangul_digits(v):
    out = []
    for ch in v:
        if ch.isdigit():
            out.append(HANGUL_DIGIT[ch])
        elif ch == "-":
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def gen_ip(kind):
    r = R()
    if kind == "private":
        c = r.random()
        if c < 0.45:
            return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if c < 0.75:
            return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if kind == "public":
        while True:
            a = r.randint(1, 223)
            if a not in (10, 127, 172, 192, 169, 100):
                break
        return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if kind == "ipv6":
        pre = r.choice(["2001:2d8", "2406:5900", "2404:6800", "fe80:", "2001:e60"])
        groups = [f"{r.randint(0, 65535):x}" for _ in range(4)]
        if pre.endswith(":"):
            return f"fe80::{groups[0]}:{groups[1]}:{groups[2]}:{groups[3]}"
        return f"{pre}:{groups[0]}::{groups[1]}:{groups[2]}"
    raise ValueError(kind)


# ---------------------------------------------------------------- noise
FW = str.maketrans("0123456789-.@", "０１２３４５６７８９－．＠")
UDASHES = ["\u2010", "\u2011", "\u2013", "\u2014", "\u2212", "\uff0d"]
OCR_MAP = {"0": ["O", "o", "D"], "1": ["l", "I", "|"], "5": ["S"], "8": ["B"], "2": ["Z"], "6": ["b"]}
OCR_MAP_SAFE = {"0": ["O"], "1": ["l", "I"], "5": ["S"], "8": ["B"]}


def n_fullwidth(v):
    return v.translate(FW)


def n_udash(v):
    if "-" not in v:
        return None
    d = R().choice(UDASHES)
    return v.replace("-", d)


def n_space(v):
    r = R()
    if "-" in v and r.random() < 0.6:
        idx = [i for i, c in enumerate(v) if c == "-"]
        i = r.choice(idx)
        rep = r.choice([" - ", " -", "- "])
        return v[:i] + rep + v[i + 1:]
    cand = [i for i in range(1, len(v)) if v[i - 1].isdigit() and v[i].isdigit()]
    if not cand:
        return None
    i = r.choice(cand)
    return v[:i] + " " + v[i:]


def n_newline(v):
    r = R()
    idx = [i for i, c in enumerate(v) if c in "- "]
    if idx:
        i = r.choice(idx)
        if v[i] == "-":
            return v[:i + 1] + "\n" + v[i + 1:]
        return v[:i] + "\n" + v[i + 1:]
    cand = [i for i in range(2, len(v) - 1) if v[i - 1].isdigit() and v[i].isdigit()]
    if not cand:
        return None
    i = r.choice(cand)
    return v[:i] + "\n" + v[i:]


def n_ocr(v, skip_first=0):
    r = R()
    pos = [i for i, c in enumerate(v) if c in OCR_MAP_SAFE and i >= skip_first]
    if not pos:
        return None
    k = 1 if r.random() < 0.7 or len(pos) < 3 else 2
    chosen = r.sample(pos, k)
    s = list(v)
    for i in chosen:
        s[i] = r.choice(OCR_MAP_SAFE[s[i]])
    return "".join(s)


def n_email(v, how):
    r = R()
    local, dom = v.split("@")
    if how == "fullwidth_at":
        return local + "\uff20" + dom
    if how == "spaced_at":
        return local + " @ " + dom
    if how == "obfuscated_at":
        return local + r.choice(["[at]", "(at)", " at ", "[@]"]) + dom
    if how == "ocr_confusion":
        opts = []
        if "l" in local:
            opts.append(("l", "1"))
        if "o" in local:
            opts.append(("o", "0"))
        if opts and r.random() < 0.6:
            a, b = r.choice(opts)
            i = local.index(a)
            return local[:i] + b + local[i + 1:] + "@" + dom
        return local + "@" + dom.replace(".", ",", 1)
    return None


NOISE_OK = {
    "KR_RRN": ["fullwidth", "unicode_dash", "space_in_number", "newline_in_number", "ocr_confusion"],
    "KR_FRN": ["fullwidth", "unicode_dash", "space_in_number", "ocr_confusion", "newline_in_number"],
    "KR_PASSPORT": ["fullwidth", "ocr_confusion", "space_in_number"],
    "KR_DRIVER_LICENSE": ["fullwidth", "unicode_dash", "space_in_number", "newline_in_number", "ocr_confusion"],
    "KR_BRN": ["fullwidth", "unicode_dash", "space_in_number", "ocr_confusion", "newline_in_number"],
    "KR_CRN": ["fullwidth", "unicode_dash", "space_in_number", "ocr_confusion"],
    "KR_BANK_ACCOUNT": ["fullwidth", "unicode_dash", "space_in_number", "newline_in_number", "ocr_confusion"],
    "KR_HEALTH_INSURANCE": ["fullwidth", "space_in_number", "ocr_confusion", "newline_in_number"],
    "KR_VEHICLE_PLATE": ["fullwidth", "space_in_number", "ocr_confusion"],
    "PHONE_NUMBER": ["fullwidth", "unicode_dash", "space_in_number", "newline_in_number", "ocr_confusion"],
    "EMAIL_ADDRESS": ["fullwidth_at", "spaced_at", "obfuscated_at", "ocr_confusion"],
    "CREDIT_CARD": ["fullwidth", "unicode_dash", "space_in_number", "newline_in_number", "ocr_confusion"],
    "IP_ADDRESS": ["fullwidth", "ocr_confusion", "space_in_number"],
    "DATE_OF_BIRTH": ["fullwidth", "ocr_confusion", "space_in_number"],
}


def apply_noise(typ, v, how):
    if how == "fullwidth":
        return n_fullwidth(v)
    if how == "unicode_dash":
        return n_udash(v)
    if how == "space_in_number":
        if typ == "IP_ADDRESS":
            i = [k for k, c in enumerate(v) if c == "."]
            if not i:
                return None
            k = R().choice(i)
            return v[:k + 1] + " " + v[k + 1:]
        if typ == "KR_VEHICLE_PLATE":
            return v.replace(" ", "") if " " in v else None
        if typ == "DATE_OF_BIRTH":
            if "." in v and " " not in v:
                return v.replace(".", ". ").rstrip()
            return n_space(v) if "-" in v else None
        if typ == "KR_PASSPORT":
            return v[:4] + " " + v[4:]
        return n_space(v)
    if how == "newline_in_number":
        return n_newline(v)
    if how == "ocr_confusion":
        skip = 0
        if typ == "KR_PASSPORT":
            skip = 1
        if typ == "KR_VEHICLE_PLATE":
            skip = 0
        return n_ocr(v, skip)
    if how in ("fullwidth_at", "spaced_at", "obfuscated_at") or (how == "ocr_confusion" and typ == "EMAIL_ADDRESS"):
        return n_email(v, how)
    return None


def ID(typ, value, kind, p=None, noise=None, extra_noise=()):
    """Return markup for an identifier, applying random noise with probability p."""
    r = R()
    p = State.noise_p if p is None else p
    applied = list(extra_noise)
    v = value
    if noise is not None:
        for how in noise:
            nv = apply_noise(typ, v, how) if typ != "EMAIL_ADDRESS" else n_email(v, how)
            assert nv is not None, (typ, v, how)
            v = nv
            applied.append(how)
    elif typ in NOISE_OK and r.random() < p:
        opts = list(NOISE_OK[typ])
        r.shuffle(opts)
        for how in opts:
            nv = apply_noise(typ, v, how) if typ != "EMAIL_ADDRESS" else n_email(v, how)
            if nv and nv != v and nv.strip() == nv:
                v = nv
                applied.append(how)
                break
    return lab(typ, v, kind, applied)


# ======================================================================
# section: pools
# ======================================================================
"""Name, address, institution and company pools for pii_b (all synthetic combinations)."""

SURNAMES = [("김", "kim", 21), ("이", "lee", 15), ("박", "park", 8), ("최", "choi", 5), ("정", "jung", 4),
            ("강", "kang", 2.3), ("조", "cho", 2.1), ("윤", "yoon", 2.1), ("장", "jang", 2), ("임", "lim", 1.7),
            ("한", "han", 1.5), ("오", "oh", 1.5), ("서", "seo", 1.5), ("신", "shin", 1.5), ("권", "kwon", 1.4),
            ("황", "hwang", 1.4), ("안", "ahn", 1.4), ("송", "song", 1.3), ("류", "ryu", 1.2), ("전", "jeon", 1.1),
            ("홍", "hong", 1.1), ("고", "ko", 0.9), ("문", "moon", 0.9), ("양", "yang", 0.9), ("손", "son", 0.9),
            ("배", "bae", 0.8), ("백", "baek", 0.8), ("허", "heo", 0.7), ("유", "yu", 0.7), ("남", "nam", 0.6),
            ("심", "shim", 0.6), ("노", "noh", 0.6), ("하", "ha", 0.5), ("곽", "kwak", 0.4), ("성", "sung", 0.4),
            ("차", "cha", 0.4), ("주", "joo", 0.4), ("우", "woo", 0.4), ("구", "koo", 0.4), ("민", "min", 0.3),
            ("진", "jin", 0.3), ("나", "na", 0.3), ("지", "ji", 0.3), ("엄", "um", 0.3), ("채", "chae", 0.3),
            ("원", "won", 0.3), ("천", "cheon", 0.2), ("방", "bang", 0.2), ("공", "kong", 0.2), ("현", "hyun", 0.2),
            ("함", "ham", 0.2), ("변", "byun", 0.2), ("염", "yeom", 0.2), ("여", "yeo", 0.2), ("추", "chu", 0.15),
            ("도", "do", 0.15), ("석", "seok", 0.1), ("설", "seol", 0.1), ("마", "ma", 0.1), ("길", "gil", 0.1),
            ("연", "yeon", 0.1), ("위", "wi", 0.1), ("표", "pyo", 0.1), ("명", "myung", 0.1), ("기", "ki", 0.1),
            ("반", "ban", 0.1), ("왕", "wang", 0.1), ("금", "keum", 0.1), ("옥", "ok", 0.1), ("인", "in", 0.1),
            ("맹", "maeng", 0.1), ("제", "je", 0.1), ("탁", "tak", 0.1), ("국", "kook", 0.1), ("어", "eo", 0.1),
            ("편", "pyeon", 0.1), ("용", "yong", 0.1), ("봉", "bong", 0.1), ("태", "tae", 0.1), ("빈", "bin", 0.05),
            ("팽", "paeng", 0.05), ("육", "yook", 0.05), ("경", "kyung", 0.05)]
SURNAMES2 = [("남궁", "namgung"), ("황보", "hwangbo"), ("선우", "sunwoo"), ("제갈", "jegal"), ("사공", "sagong"),
             ("서문", "seomun"), ("독고", "dokgo")]

GIVEN_M = [("민준", "minjun"), ("서준", "seojun"), ("도윤", "doyoon"), ("예준", "yejun"), ("시우", "siwoo"),
           ("하준", "hajun"), ("주원", "juwon"), ("지호", "jiho"), ("준우", "junwoo"), ("건우", "gunwoo"),
           ("현우", "hyunwoo"), ("지훈", "jihoon"), ("우진", "woojin"), ("민재", "minjae"), ("현준", "hyunjun"),
           ("정우", "jungwoo"), ("승현", "seunghyun"), ("준혁", "junhyuk"), ("동현", "donghyun"), ("태윤", "taeyoon"),
           ("재원", "jaewon"), ("성민", "sungmin"), ("상훈", "sanghoon"), ("정호", "jungho"), ("영수", "youngsoo"),
           ("영호", "youngho"), ("성호", "sungho"), ("동욱", "dongwook"), ("재훈", "jaehoon"), ("경수", "kyungsoo"),
           ("진호", "jinho"), ("민호", "minho"), ("상철", "sangchul"), ("종민", "jongmin"), ("광수", "kwangsoo"),
           ("병철", "byungchul"), ("기현", "kihyun"), ("태식", "taesik"), ("용준", "yongjun"), ("대현", "daehyun"),
           ("석진", "seokjin"), ("인호", "inho"), ("창민", "changmin"), ("형준", "hyungjun"), ("승우", "seungwoo"),
           ("철민", "chulmin"), ("희성", "heesung"), ("만수", "mansoo"), ("재석", "jaeseok"), ("영철", "youngchul"),
           ("규태", "kyutae"), ("한결", "hangyeol"), ("도현", "dohyun"), ("윤호", "yoonho"), ("세진", "sejin")]
GIVEN_F = [("서연", "seoyeon"), ("서윤", "seoyoon"), ("지우", "jiwoo"), ("서현", "seohyun"), ("민서", "minseo"),
           ("하은", "haeun"), ("하윤", "hayoon"), ("윤서", "yoonseo"), ("지민", "jimin"), ("채원", "chaewon"),
           ("지윤", "jiyoon"), ("은서", "eunseo"), ("수아", "sua"), ("다은", "daeun"), ("예은", "yeeun"),
           ("수빈", "subin"), ("소율", "soyul"), ("예린", "yerin"), ("유진", "yujin"), ("가은", "gaeun"),
           ("영숙", "youngsook"), ("정숙", "jungsook"), ("영희", "younghee"), ("미숙", "misook"), ("경희", "kyunghee"),
           ("정희", "junghee"), ("미경", "mikyung"), ("은정", "eunjung"), ("현정", "hyunjung"), ("지영", "jiyoung"),
           ("수진", "sujin"), ("미영", "miyoung"), ("혜진", "hyejin"), ("은영", "eunyoung"), ("선영", "sunyoung"),
           ("윤정", "yoonjung"), ("혜영", "hyeyoung"), ("지현", "jihyun"), ("미정", "mijung"), ("소영", "soyoung"),
           ("나연", "nayeon"), ("보람", "boram"), ("슬기", "seulgi"), ("다혜", "dahye"), ("혜원", "hyewon"),
           ("은비", "eunbi"), ("하린", "harin"), ("정민", "jungmin"), ("경아", "kyunga"), ("순자", "soonja"),
           ("옥순", "oksoon"), ("말순", "malsoon"), ("명자", "myungja"), ("연경", "yeonkyung"), ("효진", "hyojin")]
GIVEN_1 = [("솔", "sol"), ("훈", "hoon"), ("담", "dam"), ("율", "yul"), ("별", "byul"), ("찬", "chan"),
           ("혁", "hyuk"), ("란", "ran"), ("건", "gun"), ("준", "jun"), ("웅", "woong"), ("린", "rin")]

FOREIGN = [("팜 티 후엉", "PHAM THI HUONG", "vn", "F"), ("응우옌 반 남", "NGUYEN VAN NAM", "vn", "M"),
           ("쩐 티 란", "TRAN THI LAN", "vn", "F"), ("알렉산더 김", "Alexander Kim", "ru", "M"),
           ("타냐 이바노바", "Tanya Ivanova", "ru", "F"), ("마리아 산토스", "Maria Santos", "ph", "F"),
           ("왕웨이", "WANG WEI", "cn", "M"), ("리우 양", "LIU YANG", "cn", "F"), ("장샤오밍", "ZHANG XIAOMING", "cn", "M"),
           ("바트바야르 간툴가", "Batbayar Gantulga", "mn", "M"), ("라훌 샤르마", "Rahul Sharma", "in", "M"),
           ("아지즈 카리모프", "Aziz Karimov", "uz", "M"), ("스즈키 하루토", "SUZUKI Haruto", "jp", "M"),
           ("에밀리 존슨", "Emily Johnson", "us", "F"), ("누르 아이니", "Nur Aini", "id", "F"),
           ("소피아 로드리게스", "Sofia Rodriguez", "us", "F"), ("올가 페트로바", "Olga Petrova", "ru", "F"),
           ("로한 페르난도", "Rohan Fernando", "lk", "M"), ("아이굴 누를라노바", "Aigul Nurlanova", "kz", "F"),
           ("다니엘 오코너", "Daniel O'Connor", "us", "M"), ("제니퍼 리", "Jennifer Lee", "us", "F"),
           ("구엔 티 마이", "NGUYEN THI MAI", "vn", "F"), ("사라 뮐러", "Sarah Mueller", "de", "F"),
           ("압둘라 라흐마노프", "Abdullah Rakhmanov", "uz", "M")]
COUNTRY_KR = {"vn": "베트남", "ru": "러시아", "ph": "필리핀", "cn": "중국", "mn": "몽골", "in": "인도",
              "uz": "우즈베키스탄", "jp": "일본", "us": "미국", "id": "인도네시아", "lk": "스리랑카",
              "kz": "카자흐스탄", "de": "독일"}
PASS_KIND = {"vn": "vn", "cn": "cn", "ph": "ph", "jp": "jp", "us": "us", "uz": "uz", "ru": "ru", "in": "in",
             "mn": "mn", "id": "other", "lk": "other", "kz": "other", "de": "other"}


def _wchoice(items, weights):
    r = R()
    x = r.random() * sum(weights)
    for it, w in zip(items, weights):
        x -= w
        if x < 0:
            return it
    return items[-1]


class Person:
    def __init__(self, name, kind, sur_r, giv_r, gender, latin=None, country=None):
        self.name, self.kind, self.sur_r, self.giv_r = name, kind, sur_r, giv_r
        self.gender, self.latin, self.country = gender, latin, country
        self.dob = None

    def __repr__(self):
        return self.name


_used = set()


def reset_names():
    _used.clear()


def newp(gender=None, kind=None, old=False, young=False):
    """A synthetic person. kind: kr, kr2 (two-syllable surname), kr1 (one-syllable given
    name), foreign (Hangul transcription), latin (foreign name in Latin script),
    kr_latin (Korean name romanised)."""
    r = R()
    for _ in range(200):
        k = kind or _wchoice(["kr", "kr2", "kr1"], [0.90, 0.05, 0.05])
        g = gender or r.choice("MF")
        if k in ("foreign", "latin"):
            f = r.choice(FOREIGN)
            p = Person(f[0] if k == "foreign" else f[1], "name_foreign_hangul" if k == "foreign" else "name_foreign_latin",
                       None, None, f[3], latin=f[1], country=f[2])
            p.hangul = f[0]
        else:
            if k == "kr2":
                sur, sr = r.choice(SURNAMES2)
            else:
                s = _wchoice(SURNAMES, [x[2] for x in SURNAMES])
                sur, sr = s[0], s[1]
            if k == "kr1":
                giv, gr = r.choice(GIVEN_1)
            else:
                pool = GIVEN_M if g == "M" else GIVEN_F
                if young:
                    pool = pool[:20]
                elif old:
                    pool = pool[20:]
                giv, gr = r.choice(pool)
            name = sur + giv
            kk = {"kr": "name_kr", "kr2": "name_kr_2surname", "kr1": "name_kr_1given",
                  "kr_latin": "name_kr_latin"}[k]
            if k == "kr_latin":
                style = r.choice(["SUR GIV", "Giv Sur", "SUR Giv"])
                gcap = gr.capitalize()
                if style == "SUR GIV":
                    name = f"{sr.upper()} {gr.upper()}"
                elif style == "Giv Sur":
                    name = f"{gcap} {sr.capitalize()}"
                else:
                    name = f"{sr.upper()} {gcap}"
            p = Person(name, kk, sr, gr, g)
        if p.name not in _used:
            _used.add(p.name)
            if k in ("foreign", "latin") and not (old or young):
                p.dob = rand_date(1972, 2003)
            elif old:
                p.dob = rand_date(1945, 1972)
            elif young:
                p.dob = rand_date(2008, 2019)
            else:
                p.dob = rand_date(1952, 2003)
            return p
    raise AssertionError("name pool exhausted")


def P(p, spaced=False):
    """Markup for a person's name."""
    if not spaced and State.noise_p >= 0.75 and R().random() < 0.12:
        spaced = True
    if spaced and p.kind.startswith("name_kr") and " " not in p.name:
        v = " ".join(p.name)
        return lab("PERSON", v, p.kind, ["spaced_name"])
    return lab("PERSON", p.name, p.kind)


def josa(word, with_batchim, without):
    last = word.strip()[-1]
    if "\uac00" <= last <= "\ud7a3":
        return with_batchim if (ord(last) - 0xAC00) % 28 else without
    return with_batchim


def PJ(p, a, b):
    """Name followed by the right particle (the particle is outside the span)."""
    return P(p) + josa(p.name, a, b)


def email_local(p):
    r = R()
    if p.sur_r is None:
        parts = p.latin.lower().replace("'", "").split()
        return r.choice([".".join(parts), parts[0] + parts[-1][0], parts[-1] + parts[0][:3]])
    y = f"{p.dob.year % 100:02d}" if p.dob else "88"
    return r.choice([f"{p.giv_r}.{p.sur_r}", f"{p.sur_r}{p.giv_r}", f"{p.giv_r}{y}",
                     f"{p.sur_r[0]}{p.giv_r}", f"{p.sur_r}.{p.giv_r}{r.randint(1, 99)}",
                     f"{p.giv_r}_{p.sur_r}", f"{p.sur_r}{p.giv_r[:2]}{r.randint(10, 999)}"])


PERSONAL_DOMAINS = ["naver.com", "naver.com", "gmail.com", "gmail.com", "daum.net", "hanmail.net",
                    "kakao.com", "nate.com", "hotmail.com", "outlook.com"]


def personal_email(p):
    return f"{email_local(p)}@{R().choice(PERSONAL_DOMAINS)}"


def official_email(p, domain):
    r = R()
    if p.sur_r is None:
        return f"{email_local(p)}@{domain}"
    return f"{r.choice([p.giv_r + p.sur_r[0], p.sur_r + p.giv_r, p.giv_r + '.' + p.sur_r, p.sur_r[0] + p.giv_r + str(r.randint(1, 9))])}@{domain}"


# ---------------------------------------------------------------- addresses
# (시/도 full, short forms, 시/군/구, [roads], [법정동 for parenthetical/지번], [읍·면 리 for 지번])
REGIONS = [
    ("서울특별시", ["서울", "서울시"], "마포구", ["월드컵북로", "성미산로", "독막로", "양화로", "망원로"], ["성산동", "망원동", "합정동"], []),
    ("서울특별시", ["서울", "서울시"], "강남구", ["테헤란로", "언주로", "도곡로", "선릉로", "삼성로"], ["역삼동", "대치동", "개포동"], []),
    ("서울특별시", ["서울", "서울시"], "노원구", ["동일로", "상계로", "노원로", "한글비석로"], ["상계동", "중계동", "하계동"], []),
    ("서울특별시", ["서울", "서울시"], "관악구", ["관악로", "남부순환로", "봉천로", "신림로"], ["봉천동", "신림동"], []),
    ("서울특별시", ["서울", "서울시"], "송파구", ["올림픽로", "송파대로", "백제고분로", "오금로"], ["잠실동", "가락동", "문정동"], []),
    ("서울특별시", ["서울", "서울시"], "은평구", ["통일로", "연서로", "은평로"], ["불광동", "응암동", "진관동"], []),
    ("서울특별시", ["서울", "서울시"], "동대문구", ["왕산로", "천호대로", "답십리로"], ["전농동", "답십리동"], []),
    ("부산광역시", ["부산", "부산시"], "해운대구", ["해운대로", "센텀중앙로", "좌동순환로", "재반로"], ["우동", "좌동", "중동"], []),
    ("부산광역시", ["부산", "부산시"], "부산진구", ["중앙대로", "가야대로", "전포대로"], ["부전동", "전포동", "양정동"], []),
    ("대구광역시", ["대구", "대구시"], "수성구", ["달구벌대로", "동대구로", "들안로", "범어로"], ["범어동", "만촌동", "황금동"], []),
    ("인천광역시", ["인천", "인천시"], "연수구", ["컨벤시아대로", "송도과학로", "원인재로"], ["송도동", "연수동"], []),
    ("인천광역시", ["인천", "인천시"], "남동구", ["인하로", "예술로", "구월로", "남동대로"], ["구월동", "간석동", "논현동"], []),
    ("광주광역시", ["광주", "광주시"], "북구", ["용봉로", "설죽로", "서하로", "우치로"], ["용봉동", "운암동", "두암동"], []),
    ("대전광역시", ["대전", "대전시"], "유성구", ["대학로", "엑스포로", "유성대로", "노은로"], ["봉명동", "궁동", "도룡동"], []),
    ("울산광역시", ["울산", "울산시"], "남구", ["삼산로", "번영로", "돋질로"], ["삼산동", "달동", "신정동"], []),
    ("세종특별자치시", ["세종", "세종시"], "", ["한누리대로", "보듬로", "가름로", "노을3로"], ["도담동", "아름동", "새롬동"], ["조치원읍 신흥리", "연서면 봉암리"]),
    ("경기도", ["경기"], "수원시 영통구", ["광교로", "봉영로", "매탄로", "청명로"], ["매탄동", "영통동", "이의동"], []),
    ("경기도", ["경기"], "성남시 분당구", ["판교역로", "황새울로", "정자일로", "불정로"], ["정자동", "서현동", "수내동"], []),
    ("경기도", ["경기"], "고양시 일산동구", ["중앙로", "일산로", "호수로", "장백로"], ["장항동", "마두동", "백석동"], []),
    ("경기도", ["경기"], "화성시", ["동탄대로", "봉담읍 동화길", "향남읍 발안로"], ["반송동", "청계동"], ["봉담읍 상리", "향남읍 행정리", "서신면 궁평리"]),
    ("경기도", ["경기"], "용인시 수지구", ["포은대로", "문정로", "수지로"], ["풍덕천동", "상현동"], []),
    ("경기도", ["경기"], "양평군", ["양평읍 양근로", "용문면 용문로"], [], ["양평읍 양근리", "옥천면 아신리", "서종면 문호리"]),
    ("강원특별자치도", ["강원", "강원도"], "춘천시", ["중앙로", "공지로", "후석로", "퇴계로"], ["효자동", "석사동", "퇴계동"], ["신북읍 천전리"]),
    ("강원특별자치도", ["강원", "강원도"], "원주시", ["원일로", "북원로", "단구로"], ["단계동", "무실동"], ["문막읍 건등리"]),
    ("충청북도", ["충북"], "청주시 상당구", ["상당로", "대성로", "용암로"], ["용암동", "금천동"], ["낭성면 관정리"]),
    ("충청남도", ["충남"], "천안시 서북구", ["불당대로", "쌍용대로", "번영로"], ["불당동", "쌍용동", "백석동"], ["성환읍 성월리"]),
    ("전북특별자치도", ["전북"], "전주시 완산구", ["효자로", "홍산로", "팔달로"], ["효자동", "서신동"], []),
    ("전라남도", ["전남"], "순천시", ["중앙로", "연향번영길", "백강로"], ["연향동", "조례동"], ["해룡면 신대리", "별량면 동송리"]),
    ("경상북도", ["경북"], "포항시 북구", ["중흥로", "삼호로", "새천년대로"], ["양덕동", "장성동"], ["흥해읍 성곡리"]),
    ("경상남도", ["경남"], "창원시 성산구", ["중앙대로", "원이대로", "창이대로"], ["상남동", "중앙동"], []),
    ("제주특별자치도", ["제주", "제주도"], "제주시", ["연삼로", "노형로", "첨단로", "연북로"], ["노형동", "연동", "이도이동"], ["애월읍 납읍리", "조천읍 신촌리", "구좌읍 세화리"]),
]
APT = ["한빛아파트", "푸른마을", "햇살마을 2단지", "은행나무아파트", "새솔마을 3단지", "솔빛마을 5단지",
       "청솔아파트", "행복주택", "금호어울림", "대림빌라", "해오름빌", "미래타운"]


def gen_address(kind=None, with_unit=None):
    """Returns (pre, value, post, kind): pre/post are unlabelled decorations
    (postal code before, parenthetical after)."""
    r = R()
    reg = r.choice(REGIONS)
    sido, shorts, sgg, roads, dongs, ris = reg
    kind = kind or _wchoice(["road_full", "road_short", "road_sgg", "jibun", "jibun_rural"],
                           [0.45, 0.2, 0.12, 0.13, 0.10])
    if kind == "jibun_rural" and not ris:
        kind = "road_full"
    if kind == "jibun" and not dongs:
        kind = "road_full"
    if kind == "road_sgg" and not sgg:
        kind = "road_full"
    head_sido = sido if kind in ("road_full", "jibun", "jibun_rural") else r.choice(shorts)
    parts = [head_sido] if kind != "road_sgg" else []
    if sgg:
        parts.append(sgg)
    unit = ""
    post = ""
    if with_unit is None:
        with_unit = r.random() < 0.6
    if kind.startswith("road"):
        road = r.choice(roads)
        if r.random() < 0.3 and not road.endswith("길"):
            road = road + f"{r.randint(1, 60)}번길"
        num = f"{r.randint(1, 480)}" + (f"-{r.randint(1, 40)}" if r.random() < 0.25 else "")
        parts += [road, num]
        if with_unit:
            unit = r.choice([f", {r.randint(101, 115)}동 {r.randint(1, 25)}{r.randint(1, 4):02d}호",
                             f", {r.randint(2, 5)}층 {r.randint(2, 5)}0{r.randint(1, 4)}호",
                             f" {r.randint(2, 12)}층", f", {r.randint(1, 3)}0{r.randint(1, 9)}호",
                             f", {r.randint(101, 112)}동 {r.randint(1, 20)}0{r.randint(1, 4)}호"])
        if dongs and r.random() < 0.45:
            post = f" ({r.choice(dongs)}" + (f", {r.choice(APT)})" if r.random() < 0.5 else ")")
    elif kind == "jibun":
        parts += [r.choice(dongs), f"{r.randint(1, 1500)}-{r.randint(1, 60)}" if r.random() < 0.6 else f"{r.randint(1, 1500)}"]
        if with_unit:
            unit = " " + r.choice(APT) + f" {r.randint(101, 110)}동 {r.randint(1, 15)}0{r.randint(1, 4)}호"
    else:
        parts += [r.choice(ris), ("산 " if r.random() < 0.2 else "") + f"{r.randint(1, 999)}" + (f"-{r.randint(1, 20)}" if r.random() < 0.5 else "")]
    value = " ".join(parts) + unit
    pre = ""
    if r.random() < 0.35:
        pre = f"({r.randint(10000, 63999):05d}) "
    return pre, value, post, kind


def ADDR(kind=None, with_unit=None, wrap=False, allow_pre=True):
    """Markup for an address with optional postal code (hard negative) and parenthetical."""
    r = R()
    pre, value, post, k = gen_address(kind, with_unit)
    noise = []
    if not wrap and State.noise_p >= 0.75 and r.random() < 0.25:
        wrap = True
    if wrap and " " in value:
        sp = [i for i, c in enumerate(value) if c == " "]
        i = sp[len(sp) // 2]
        value = value[:i] + "\n" + value[i + 1:]
        noise = ["wrapped"]
    out = ""
    if pre and allow_pre:
        out += "(" + hn("postal_code", pre[1:6]) + ") "
    out += lab("KR_ADDRESS", value, "addr_" + k, noise)
    out += post
    return out


# ---------------------------------------------------------------- institutions
INSTITUTIONS = [
    dict(name="행정안전부", head="행정안전부장관", addr="세종특별자치시 도움6로 42", bldg="정부세종청사 중앙동", post="30112",
         web="www.mois.go.kr", tel="044-205-1000", dom="korea.kr", tel_pre="044-205-",
         depts=["정보공개정책과", "개인정보보호과", "디지털정부정책과", "민원제도혁신과", "공공데이터정책과", "운영지원과"]),
    dict(name="기획재정부", head="기획재정부장관", addr="세종특별자치시 갈매로 477", bldg="정부세종청사 4동", post="30109",
         web="www.moef.go.kr", tel="044-215-2114", dom="korea.kr", tel_pre="044-215-",
         depts=["예산총괄과", "재정정보과", "복지예산과", "운영지원과"]),
    dict(name="서울특별시", head="서울특별시장", addr="서울특별시 중구 세종대로 110", bldg="서울특별시청", post="04524",
         web="www.seoul.go.kr", tel="02-120", dom="seoul.go.kr", tel_pre="02-2133-",
         depts=["정보공개정책과", "주택정책과", "교통정책과", "복지정책과", "시민소통담당관"]),
    dict(name="경기도", head="경기도지사", addr="경기도 수원시 영통구 도청로 30", bldg="경기도청", post="16508",
         web="www.gg.go.kr", tel="031-120", dom="gg.go.kr", tel_pre="031-8008-",
         depts=["정보공개과", "일자리정책과", "농업정책과", "교통국 택시정책과", "복지정책과"]),
    dict(name="부산광역시", head="부산광역시장", addr="부산광역시 연제구 중앙대로 1001", bldg="부산광역시청", post="47545",
         web="www.busan.go.kr", tel="051-120", dom="korea.kr", tel_pre="051-888-",
         depts=["행정자치과", "해양정책과", "청년정책담당관", "건축정책과"]),
    dict(name="서울특별시 마포구", head="마포구청장", addr="서울특별시 마포구 월드컵로 212", bldg="마포구청", post="03937",
         web="www.mapo.go.kr", tel="02-3153-8114", dom="mapo.go.kr", tel_pre="02-3153-",
         depts=["민원여권과", "교통행정과", "세무1과", "복지정책과", "자치행정과"]),
    dict(name="성남시", head="성남시장", addr="경기도 성남시 중원구 성남대로 997", bldg="성남시청", post="13437",
         web="www.seongnam.go.kr", tel="031-729-2114", dom="korea.kr", tel_pre="031-729-",
         depts=["차량등록사업소", "세정과", "정보통신과", "청소행정과"]),
    dict(name="제주특별자치도", head="제주특별자치도지사", addr="제주특별자치도 제주시 문연로 6", bldg="제주특별자치도청", post="63122",
         web="www.jeju.go.kr", tel="064-710-2114", dom="korea.kr", tel_pre="064-710-",
         depts=["총무과", "관광정책과", "외국인정책팀", "자치행정과"]),
    dict(name="국민건강보험공단", head="국민건강보험공단 이사장", addr="강원특별자치도 원주시 건강로 32", bldg="국민건강보험공단 본부", post="26464",
         web="www.nhis.or.kr", tel="1577-1000", dom="nhis.or.kr", tel_pre="033-736-",
         depts=["자격부과실", "급여관리실", "정보보호실"]),
    dict(name="조달청", head="조달청장", addr="대전광역시 서구 청사로 189", bldg="정부대전청사 1동", post="35208",
         web="www.pps.go.kr", tel="1588-0800", dom="korea.kr", tel_pre="042-724-",
         depts=["구매총괄과", "계약관리과", "전자조달국 전자조달기획과"]),
    dict(name="강원특별자치도 춘천시", head="춘천시장", addr="강원특별자치도 춘천시 시청길 11", bldg="춘천시청", post="24278",
         web="www.chuncheon.go.kr", tel="033-250-3000", dom="korea.kr", tel_pre="033-250-",
         depts=["교통과", "민원토지과", "세정과"]),
]

SWITCHBOARD_SHORT = [("정부민원안내콜센터", "110"), ("다산콜재단", "120"), ("국세상담센터", "126"),
                     ("외국인종합안내센터", "1345"), ("고용노동부 고객상담센터", "1350"),
                     ("국민연금공단", "1355"), ("경찰민원콜센터", "182")]
SWITCH_1588 = ["1588-2188", "1577-1000", "1644-2828", "1566-0025", "1661-0423", "1899-0025", "1600-8282", "1544-0114"]

COMPANIES = ["(주)한빛엔지니어링", "주식회사 새롬정보기술", "다솔아이티 주식회사", "(유)푸른조경", "(주)미래환경산업",
             "누리소프트(주)", "(주)대한측량기술", "청솔건설(주)", "(주)바른데이터", "주식회사 하늘물산",
             "(주)온누리식품", "(합)동해수산", "(주)가람디자인", "주식회사 세움안전", "(주)우리인쇄",
             "(주)한결모빌리티", "에이치에스테크 주식회사", "(주)늘봄케어", "(주)초록에너지", "한울회계법인"]
SERVICE_SHOPS = ["다온영상", "하늘번역", "빛길스튜디오", "바른디자인", "소리공방", "온새미기획"]
SHOPS = ["햇살문구", "정다운식당", "우리동네세탁", "새봄꽃집", "다온인쇄", "행복약국", "성실카센터", "바다횟집",
         "소망공업사", "맑은물상회"]
COMPANY_DOMAINS = ["hanbit-eng.co.kr", "saerom-it.com", "dasol.co.kr", "mirae-env.kr", "nurisoft.co.kr",
                   "bareundata.com", "garam-design.kr", "seum-safety.co.kr"]

OFFICIAL_TITLES = ["주무관", "주무관", "주무관", "행정주사", "행정주사보", "전산주사", "사무관", "행정사무관"]
REVIEW_TITLES = ["팀장", "사무관", "서기관", "행정사무관"]
FINAL_TITLES = ["과장", "과장", "팀장", "국장", "담당관"]


def direct_line(inst):
    r = R()
    pre = inst["tel_pre"]
    return pre + f"{r.randint(1000, 9999)}"


# ======================================================================
# section: genres1
# ======================================================================
"""Genre templates, part 1: 공문, 보도자료, 민원 회신, 회의록."""


# ---------------------------------------------------------------- small helpers
def pick(*xs):
    return R().choice(xs)


def choose(*xs):
    """Template variant: the assembler may force one (round-robin coverage)."""
    f = getattr(State, "forced", None)
    if f in xs:
        return f
    return R().choice(xs)


def chance(p):
    return R().random() < p


def d_event(y0=None, y1=None):
    """A past date relative to the record's reference date (State.ref_date)."""
    import datetime as _dt
    ref = getattr(State, "ref_date", None)
    if ref is None or y0 is not None:
        return rand_date(y0 or 2022, y1 or 2025)
    return ref - _dt.timedelta(days=R().randint(0, 420))


def d_future(lo=3, hi=90):
    import datetime as _dt
    ref = getattr(State, "ref_date", None) or rand_date(2023, 2025)
    return ref + _dt.timedelta(days=R().randint(lo, hi))


def HDF(lo=3, hi=90):
    return HD(d_future(lo, hi))


def HD(d=None, style=None):
    d = d or d_event()
    return hn("date", fmt_dob(d, style or pick("dot_sp", "dot_sp", "kor")))


def d_pair(y0=None, y1=None, lo=1, hi=400):
    import datetime as _dt
    d1 = d_event(y0, y1)
    return d1, d1 + _dt.timedelta(days=R().randint(lo, hi))


def HDR(sep="~", tail="", lo=1, hi=400):
    d1, d2 = d_pair(lo=lo, hi=hi)
    st = pick("dot_sp", "dot_sp", "kor")
    return f"{HD(d1, st)}{sep}{HD(d2, st)}{tail}"


WEEKDAY = "월화수목금토일"


def WD(d):
    return WEEKDAY[d.weekday()]


def AMT(lo=3, hi=9999):
    """An amount (hard negative); lo/hi in units of 10,000 won."""
    r = R()
    v = r.randint(lo, hi) * 10000 + r.choice([0, 0, 0, 5000, 2300, 7700])
    return hn("amount", pick(f"금 {v:,}원", f"{v:,}원", f"₩{v:,}", f"금{v:,}원(부가가치세 포함)"))


def DOCNO(dept):
    r = R()
    d = dept.split()[-1]
    return hn("doc_number", f"{d}-{r.randint(120, 9999)}")


def RECEIPT():
    r = R()
    return hn("receipt_number", pick(f"{r.randint(1, 2)}AA-{r.randint(22, 25)}{r.randint(1, 12):02d}-{r.randint(0, 9999999):07d}",
                                     f"{r.randint(2022, 2025)}-{r.randint(1, 12):02d}{r.randint(1, 28):02d}-{r.randint(1, 9999):04d}"))


def MGMTNO():
    r = R()
    return hn("management_number", pick(f"0{r.randint(2, 6)}{r.randint(1, 9)}-{r.randint(2018, 2025)}-{r.randint(1000, 9999)}",
                                        f"{r.randint(41000, 41999)}-{r.randint(100, 999)}-{r.randint(10000, 99999)}",
                                        f"{r.randint(1101, 4899)}-{r.randint(2019, 2025)}-{r.randint(0, 999999):06d}"))


def CASENO(kind=None):
    r = R()
    ref = getattr(State, "ref_date", None)
    y = (ref.year - r.randint(1, 2)) if ref else r.randint(2019, 2025)
    k = kind or pick("가단", "가합", "가소", "나", "구합", "고단", "고합", "노", "드단", "머")
    return hn("case_number", f"{y}{k}{r.randint(1000, 999999)}")


STATUTES = {
    "info": ["「공공기관의 정보공개에 관한 법률」 제9조제1항제6호", "「공공기관의 정보공개에 관한 법률」 제6조", "같은 법 시행령 제9조제1항",
             "「공공기관의 정보공개에 관한 법률」 제24조"],
    "privacy": ["「개인정보 보호법」 제15조제1항", "「개인정보 보호법」 제24조의2", "「개인정보 보호법」 제34조", "「개인정보 보호법」 제18조제2항",
                "「개인정보 보호법」 제17조"],
    "minwon": ["「민원 처리에 관한 법률」 제16조", "「민원 처리에 관한 법률」 제27조", "같은 법 시행령 제24조"],
    "subsidy": ["「보조금 관리에 관한 법률」 제17조", "「보조금 관리에 관한 법률」 제33조", "「지방자치단체 보조금 관리에 관한 법률」 제31조"],
    "tax": ["「소득세법」 제94조제1항제3호", "「소득세법」 제89조제1항제3호", "같은 법 시행령 제154조제1항", "「지방세징수법」 제56조"],
    "traffic": ["「도로교통법」 제32조", "「도로교통법」 제160조제3항", "「주차장법」 제10조의2"],
    "immig": ["「출입국관리법」 제31조", "「출입국관리법」 제25조"],
    "health": ["「국민건강보험법」 제5조", "「국민건강보험법 시행규칙」 제2조"],
    "contract": ["「지방자치단체를 당사자로 하는 계약에 관한 법률」 제15조", "「국가를 당사자로 하는 계약에 관한 법률 시행령」 제26조제1항제5호",
                 "「국가를 당사자로 하는 계약에 관한 법률」 제12조"],
    "civil": ["「민법」 제750조", "「민법」 제396조", "「민법」 제763조"],
    "personnel": ["「지방공무원법」 제48조", "「국가공무원법」 제56조", "「공무원 징계령」 제2조"],
    "safety": ["「산업안전보건법」 제54조", "「중대재해 처벌 등에 관한 법률」 제4조"],
    "doc": ["「행정업무의 운영 및 혁신에 관한 규정」 제10조", "「행정업무의 운영 및 혁신에 관한 규정 시행규칙」 제2조"],
    "welfare": ["「긴급복지지원법」 제15조", "「긴급복지지원법」 제5조"],
    "resident": ["「주민등록법」 제29조제2항", "「주민등록법」 제7조의4"],
}


def STATUTE(topic=None):
    if topic:
        return hn("statute", pick(*STATUTES[topic]))
    return hn("statute", pick("「개인정보 보호법」 제15조제1항", "「공공기관의 정보공개에 관한 법률」 제9조제1항제6호",
                              "「민원 처리에 관한 법률」 제27조", "「도로교통법」 제32조", "「주민등록법」 제29조제2항",
                              "「지방세징수법」 제56조", "「보조금 관리에 관한 법률」 제33조", "「출입국관리법」 제31조",
                              "「국민건강보험법」 제5조", "「지방공무원법」 제48조", "「국가계약법 시행령」 제26조제1항제5호",
                              "「행정업무의 운영 및 혁신에 관한 규정」 제10조", "같은 법 시행령 제9조제1항"))


def SWITCH(inst=None):
    if inst is not None and chance(0.6):
        return hn("switchboard", inst["tel"])
    if chance(0.5):
        name, num = R().choice(SWITCHBOARD_SHORT)
        return f"{name}(국번없이 {hn('short_code', num)})"
    return hn("switchboard", R().choice(SWITCH_1588))


def INSTADDR(inst, with_bldg=True):
    v = inst["addr"] + ((" " + inst["bldg"]) if with_bldg and chance(0.5) else "")
    return hn("institution_address", v)


def deputy(inst):
    n = inst["name"]
    if n in ("행정안전부", "기획재정부"):
        return "차관"
    if n in ("조달청",):
        return "차장"
    if n.endswith("공단"):
        return "상임이사"
    if n.endswith("도") or n.endswith("자치도"):
        return "행정부지사"
    if n.endswith("구"):
        return "부구청장"
    return "부시장"


def OFFICE(inst):
    return hn("official_by_office", inst["head"])


def COMPANY():
    return hn("company_name", R().choice(COMPANIES))


def SHOP():
    return hn("company_name", R().choice(SHOPS))


def ANON():
    r = R()
    sur = pick("김", "이", "박", "최", "정", "강", "조", "윤")
    return hn("anonymised_person", pick(f"{sur}○○", f"{sur}**", f"{sur}OO", f"{sur} 모 씨", f"{sur}모씨"))


def MOB(kind="mobile", p=None):
    return ID("PHONE_NUMBER", gen_phone(kind), "phone_" + kind, p=p)


def LAND(kind="landline"):
    return ID("PHONE_NUMBER", gen_phone(kind), "phone_" + kind)


def DIRECT(inst, paren=False):
    r = R()
    v = inst["tel_pre"] + f"{r.randint(1000, 9999)}"
    if paren:
        a, b, c = v.split("-")
        v = f"({a}){b}-{c}"
        return ID("PHONE_NUMBER", v, "phone_official_direct_paren")
    return ID("PHONE_NUMBER", v, "phone_official_direct")


def FAX(inst):
    r = R()
    v = inst["tel_pre"] + f"{r.randint(1000, 9999)}"
    return ID("PHONE_NUMBER", v, "phone_fax")


def EMAIL(p, domain=None):
    v = official_email(p, domain) if domain else personal_email(p)
    return ID("EMAIL_ADDRESS", v, "email_official" if domain else "email_personal")


def DOB(p, style=None, noise=None):
    style = style or R().choice(DOB_STYLES)
    return ID("DATE_OF_BIRTH", fmt_dob(p.dob, style), "dob_" + style, noise=noise)


def RRN(p, kind=None):
    """kind: valid / post2020 / reissued / masked_<style>. Sets p.dob from the number."""
    r = R()
    kind = kind or pick("valid", "valid", "valid", "reissued", "masked_star", "masked_star", "masked_dot", "masked_x")
    if kind.startswith("masked"):
        style = kind.split("_", 1)[1]
        v = mask_rrn(p.dob, p.gender, style)
        return ID("KR_RRN", v, "rrn_" + kind, p=0.15, extra_noise=["masked"])
    if kind == "post2020":
        v, dob, g = gen_rrn("post2020", gender=p.gender)
        p.dob = dob
    else:
        v, dob, g = gen_rrn(kind, dob=p.dob, gender=p.gender)
        p.dob = dob
    return ID("KR_RRN", v, "rrn_" + kind)


def FRN(p, masked=False):
    v, dob, g = gen_frn(dob=p.dob, gender=p.gender)
    p.dob = dob
    if masked:
        return ID("KR_FRN", v[:8] + "******", "frn_masked", p=0.1, extra_noise=["masked"])
    return ID("KR_FRN", v, "frn_valid")


def PASSPORT(kind=None, p=None):
    if kind is None and p is not None and p.country in PASS_KIND:
        kind = PASS_KIND[p.country]
    kind = kind or pick("kr_old", "kr_new", "kr_new")
    return ID("KR_PASSPORT", gen_passport(kind), "passport_" + kind)


def DL(kind=None):
    kind = kind or pick("numeric", "numeric", "numeric", "region_name", "region_name_nospace", "plain12")
    return ID("KR_DRIVER_LICENSE", gen_dl(kind), "dl_" + kind)


def BRN(kind="individual"):
    return ID("KR_BRN", gen_brn(kind), "brn_" + kind)


def CRN(kind="stock"):
    return ID("KR_CRN", gen_crn(kind), "crn_" + kind)


def CARD(masked=None):
    v, brand, num = gen_card()
    if masked is None:
        masked = chance(0.35)
    if masked:
        style = pick("first6last4", "first6last4", "mid8", "mid_x")
        return ID("CREDIT_CARD", mask_card(num, style), "card_masked_" + brand, p=0.1, extra_noise=["masked"])
    return ID("CREDIT_CARD", v, "card_" + brand)


def ACCT(bank=None, masked=False, hangul=False):
    """Returns (bank_name, markup)."""
    b, v = gen_account(bank)
    if masked:
        return b, ID("KR_BANK_ACCOUNT", mask_account(v), "acct_masked", p=0.1, extra_noise=["masked"])
    if hangul:
        return b, ID("KR_BANK_ACCOUNT", hangul_digits(v), "acct_hangul", noise=[], extra_noise=["hangul_digits"])
    return b, ID("KR_BANK_ACCOUNT", v, "acct_" + str(len(v.replace("-", ""))) + "d")


def HEALTH():
    return ID("KR_HEALTH_INSURANCE", gen_health(), "nhis_11d")


def PLATE(kind=None):
    kind = kind or pick("old2", "old2", "new3", "new3", "region_old", "commercial", "rental", "truck", "delivery", "nospace")
    return ID("KR_VEHICLE_PLATE", gen_plate(kind), "plate_" + kind)


def IP(kind=None):
    kind = kind or pick("public", "public", "private", "private", "ipv6")
    return ID("IP_ADDRESS", gen_ip(kind), "ip_" + kind, p=0.12 if kind != "ipv6" else 0)


def MOB_HANGUL():
    v = gen_phone("mobile")
    return lab("PHONE_NUMBER", hangul_digits(v), "phone_mobile_hangul", ["hangul_digits"])


def MOB_MASKED():
    v = mask_phone(gen_phone("mobile"))
    return lab("PHONE_NUMBER", v, "phone_mobile_masked", ["masked"])


# ================================================================ 공문
COMPLAINTS = ["아파트 단지 앞 이면도로 불법 주정차 상시 단속 요청", "공원 내 야간 소음 및 음주 행위 단속 요청",
              "버스정류장 승차대 파손 보수 요청", "재활용 선별장 악취 민원", "어린이보호구역 과속방지턱 설치 요청",
              "주택가 무단 투기 쓰레기 처리 요청", "가로등 고장 신고", "불법 현수막 철거 요청"]


def gongmun_footer(inst, dept, nopii):
    r = R()
    d = State.ref_date
    mmdd = f"{d.month}/{d.day}" if chance(0.5) else f"{d.month:02d}/{d.day:02d}"
    lines = ["", OFFICE(inst), ""]
    if nopii:
        lines.append(f"★주무관 {hn('anonymised_person', '○○○')}   {pick(*REVIEW_TITLES)} {hn('anonymised_person', '○○○')}   "
                     f"{pick(*FINAL_TITLES)} 전결 {mmdd} {hn('anonymised_person', '○○○')}")
        lines.append(f"시행  {DOCNO(dept)} ({HD(d)})   접수")
        lines.append(f"우 {hn('postal_code', inst['post'])}  {INSTADDR(inst)}  / {inst['web']}")
        lines.append(f"전화번호 {hn('switchboard', inst['tel'])}(대표)   / 대국민 공개")
        return "\n".join(lines)
    p1 = newp()
    p2 = newp()
    p3 = newp()
    t1 = pick(*OFFICIAL_TITLES)
    lines.append(f"★{t1} {P(p1)}   {pick(*REVIEW_TITLES)} {P(p2)}   {pick(*FINAL_TITLES)} {pick('전결', '전결', '대결')} {mmdd} {P(p3)}")
    if chance(0.4):
        p4 = newp()
        lines.append(f"협조자  {pick('정보통신과', '예산담당관', '법무담당관', '감사담당관')} {pick(*OFFICIAL_TITLES)} {P(p4)}")
    lines.append(f"시행  {DOCNO(dept)} ({HD(d)})   접수  ")
    lines.append(f"우 {hn('postal_code', inst['post'])}  {INSTADDR(inst)}  / {inst['web']}")
    fax = f"  팩스번호 {FAX(inst)}" if chance(0.75) else ""
    dl = DIRECT(inst, paren=chance(0.25))
    lines.append(f"전화번호 {dl}{fax}  / {EMAIL(p1, inst['dom'])} / {pick('대국민 공개', '부분공개(6)', '비공개(6)', '공개')}")
    return "\n".join(lines)


def g_gongmun(nopii):
    r = R()
    inst = r.choice(INSTITUTIONS)
    dept = r.choice(inst["depts"])
    d = d_event()
    head = [inst["name"], ""]
    if nopii:
        t = choose("edu", "opinion", "stats", "move")
        if t == "edu":
            title = "2025년 정보공개 실무자 교육 참석 안내"
            body = (f"1. 관련: {DOCNO(dept)}({HD()}).\n"
                    f"2. {STATUTE('info')}에 따른 업무 담당자의 역량 강화를 위하여 아래와 같이 교육을 실시하오니, "
                    f"소속 담당자가 참석할 수 있도록 협조하여 주시기 바랍니다.\n"
                    f"  가. 일시: {HDF()} 14:00~17:00\n  나. 장소: {INSTADDR(inst)} 대회의실\n"
                    f"  다. 대상: 각 기관 정보공개 업무 담당자(기관별 1명)\n"
                    f"  라. 신청 방법: 붙임 서식 작성 후 {HDF()}까지 공문으로 제출\n"
                    f"붙임  참석자 명단 서식 1부.  끝.")
        elif t == "opinion":
            title = "「개인정보 보호법 시행령」 일부개정령안 의견 조회"
            body = (f"1. 귀 기관의 무궁한 발전을 기원합니다.\n"
                    f"2. 우리 부에서는 {STATUTE('privacy')}의 위임 사항을 정비하기 위하여 붙임과 같이 개정안을 마련하였습니다.\n"
                    f"3. 이에 대한 귀 기관의 의견을 {HDF()}까지 제출하여 주시기 바라며, 기한까지 회신이 없는 경우 의견이 없는 것으로 간주합니다.\n"
                    f"4. 아울러 붙임 서식의 작성 예시(성명: {hn('placeholder_person', '홍길동')}, "
                    f"주민등록번호: {hn('placeholder_number', '000000-0000000')})를 참고하시기 바랍니다.\n"
                    f"붙임  1. 개정안 및 신·구조문대비표 1부.\n      2. 의견 제출 서식 1부.  끝.")
        elif t == "stats":
            n1, n2 = r.randint(1200, 98000), r.randint(100, 900)
            title = "2024년 하반기 민원 처리 실적 제출 요청"
            body = (f"1. {DOCNO(dept)}({HD()})와 관련입니다.\n"
                    f"2. 2024년 하반기 민원 처리 실적(접수 {n1:,}건, 이송 {n2:,}건 기준)을 붙임 서식에 따라 작성하여 "
                    f"{HDF()}까지 제출하여 주시기 바랍니다.\n"
                    f"3. 실적 산정 시 관리번호({MGMTNO()}) 체계를 유지하여 주시고, 문의 사항은 {SWITCH(inst)}로 연락 주시기 바랍니다.\n"
                    f"붙임  실적 제출 서식 1부.  끝.")
        else:
            title = f"{inst['name']} 청사 민원실 이전 안내"
            body = (f"1. 청사 리모델링 공사에 따라 민원실을 아래와 같이 임시 이전하오니 업무에 참고하시기 바랍니다.\n"
                    f"  가. 이전 기간: {HDR(' ~ ')}\n  나. 임시 민원실: {INSTADDR(inst, with_bldg=False)} 별관 1층\n"
                    f"  다. 민원 상담: {SWITCH(inst)}\n"
                    f"2. 기존 민원실 우편물 주소(우 {hn('postal_code', inst['post'])})는 변경 없이 사용합니다.  끝.")
        recip = pick("수신자 참조", "각 시·도지사(정보공개 담당부서장)", "내부결재")
        txt = "\n".join(head) + f"\n수신  {recip}\n(경유)\n제목  {title}\n\n{body}\n" + gongmun_footer(inst, dept, True)
        return txt, "gongmun_" + t
    t = choose("transfer", "training", "subsidy", "subsidy_shop", "plate", "committee", "leak", "trip")
    if t == "transfer":
        c = newp()
        title = "민원 이송 알림"
        body = (f"1. 관련: {DOCNO(dept)}({HD()}).\n"
                f"2. 우리 기관에 접수된 아래 민원은 귀 기관 소관 사항으로 판단되어 {STATUTE('minwon')}에 따라 이송합니다.\n"
                f"  가. 민원인: {P(c)} (연락처 {MOB()})\n"
                f"  나. 주소: {ADDR()}\n"
                f"  다. 민원 요지: {pick(*COMPLAINTS)}\n"
                f"  라. 신청번호: {RECEIPT()}\n"
                f"3. 처리 결과는 민원인에게 직접 통지하여 주시고, 그 사본을 우리 기관에 송부하여 주시기 바랍니다.  끝.")
    elif t == "training":
        title = "2025년 공공데이터 품질관리 실무자 교육 대상자 추천"
        rows = []
        for i in range(r.randint(2, 4)):
            q = newp()
            rows.append(f"{i + 1} | {pick(*inst['depts'])} | {pick('행정주사', '행정주사보', '전산주사', '행정서기')} | {P(q)} | "
                        f"{DOB(q, pick('dot_sp', 'iso', 'yymmdd', 'dot_pad'))} | {DIRECT(inst)} | {EMAIL(q, inst['dom'])}")
        body = (f"1. {DOCNO(dept)}({HD()})와 관련입니다.\n"
                f"2. 「2025년 공공데이터 품질관리 실무자 교육」 대상자를 아래와 같이 추천합니다.\n"
                f"연번 | 소속 | 직급 | 성명 | 생년월일 | 연락처 | 전자우편\n" + "\n".join(rows) +
                f"\n3. 교육 일정: {HDF(20, 40)}~{HDF(41, 60)}, 장소: 지방자치인재개발원.  끝.")
    elif t in ("subsidy", "subsidy_shop"):
        rep = newp()
        title = "2025년 소상공인 스마트상점 보조금 교부 결정 통지"
        if t == "subsidy":
            bank, acc = ACCT()
            co = COMPANY()
            biz = f"{co} (대표이사 {P(rep)}, 사업자등록번호 {BRN('corp')}, 법인등록번호 {CRN()})"
            holder = co
        else:
            bank, acc = ACCT()
            biz = f"{SHOP()} (대표 {P(rep)}, 사업자등록번호 {BRN('individual')})"
            holder = P(rep)
        body = (f"1. {STATUTE('subsidy')}에 따라 아래와 같이 보조금 교부를 결정하여 통지합니다.\n"
                f"  가. 보조사업자: {biz}\n"
                f"  나. 사업장 소재지: {ADDR(kind=pick('road_full', 'road_short'))}\n"
                f"  다. 교부 결정액: {AMT(300, 5000)}\n"
                f"  라. 지급 계좌: {bank} {acc} (예금주: {holder})\n"
                f"2. 보조금은 교부 목적 외의 용도로 사용할 수 없으며, 사업 완료 후 30일 이내에 실적보고서를 제출하여야 합니다.  끝.")
    elif t == "plate":
        title = "자동차세 체납차량 번호판 영치 결과 통보"
        rows = []
        for i in range(r.randint(1, 3)):
            o = newp()
            rows.append(f"  {'가나다'[i]}. 차량번호 {PLATE(pick('old2', 'new3', 'region_old', 'truck'))} / 소유자 {P(o)}"
                        f"({RRN(o, pick('masked_star', 'masked_star', 'masked_x', 'valid'))}) / 주소 {ADDR(allow_pre=False)} / 체납액 {AMT(10, 300)}")
        body = (f"1. 2025년 상반기 체납차량 일제 단속 결과 아래 차량의 번호판을 영치하였기에 통보합니다.\n" + "\n".join(rows) +
                f"\n2. 체납액 납부가 확인되면 즉시 번호판을 반환하여 주시기 바랍니다.  끝.")
    elif t == "committee":
        title = f"{inst['name']} 정보공개심의회 외부위원 위촉"
        rows = []
        for i in range(r.randint(1, 3)):
            q = newp()
            rows.append(f"  {'가나다'[i]}. {P(q)}({pick('한국대학교 행정학과 교수', '변호사', '시민단체 활동가', '전 공무원', '회계사')}, "
                        f"{DOB(q, pick('dot_sp', 'kor', 'dot_pad'))}생) 연락처 {MOB()}, 전자우편 {EMAIL(q)}")
        body = (f"1. {STATUTE('info')}에 따라 정보공개심의회 외부위원을 아래와 같이 위촉하고자 합니다.\n" + "\n".join(rows) +
                f"\n2. 위촉 기간: {HDF()}부터 2년.  끝.")
    elif t == "leak":
        c = newp()
        title = "누리집 게시판 개인정보 노출 사고 처리 결과 보고"
        body = (f"1. {HD()} 우리 기관 누리집 자유게시판에 민원인 {P(c)}의 휴대전화번호({MOB()})와 "
                f"전자우편 주소({EMAIL(c)})가 첨부파일 형태로 노출된 사실이 확인되었습니다.\n"
                f"2. 해당 게시물은 발견 즉시 비공개 처리하였으며, 노출 기간 중 열람 IP는 {IP('public')} 등 {r.randint(2, 9)}건입니다.\n"
                f"3. {P(c)} 님에게는 {HD()} 유선으로 통지하였고, {STATUTE('privacy')}에 따른 신고는 대상이 아님을 확인하였습니다.  끝.")
    else:
        a, b = newp(), newp()
        title = "국외 출장 결과 보고"
        body = (f"1. 출장 개요\n  가. 출장자: {pick('서기관', '사무관')} {P(a)}, {pick('주무관', '행정주사')} {P(b)}\n"
                f"  나. 기간: {HDR(lo=6, hi=6)}(5박 7일)\n  다. 출장지: {pick('싱가포르', '에스토니아 탈린', '덴마크 코펜하겐', '일본 도쿄')}\n"
                f"2. 출장자 여권번호: {P(a)} {PASSPORT('kr_new')}, {P(b)} {PASSPORT()}(관용)\n"
                f"3. 주요 결과: 전자정부 협력 양해각서 후속 회의 참석 및 데이터 정책 벤치마킹.  끝.")
    recip = {"transfer": pick("서울특별시장(교통정책과장)", "각 구청장(민원담당과장)", "한국교통안전공단 이사장"),
             "plate": pick("각 구청장(세무과장)", "수신자 참조"), "trip": "내부결재", "leak": pick("내부결재", "개인정보보호위원회 위원장"),
             }.get(t, pick("수신자 참조", "내부결재", "한국지역정보개발원장"))
    if "장" in recip and recip not in ("수신자 참조", "내부결재"):
        recip = hn("official_by_office", recip)
    txt = "\n".join(head) + f"\n수신  {recip}\n(경유)\n제목  {title}\n\n{body}\n" + gongmun_footer(inst, dept, False)
    return txt, "gongmun_" + t


# ================================================================ 보도자료
def bodo_contact(inst, dept, nopii):
    if nopii:
        return f"\n\n문의: {inst['name']} {dept} ({SWITCH(inst)})"
    a, b = newp(), newp()
    if chance(0.5):
        return (f"\n\n담당 부서  {inst['name']} {dept}\n책임자  과  장  {P(a)} ({DIRECT(inst)})\n"
                f"담당자  {pick('사무관', '주무관', '서기관')}  {P(b)} ({DIRECT(inst)})")
    extra = ""
    if chance(0.4):
        extra = f"\n이 보도자료와 관련하여 보다 자세한 내용이나 취재를 원하시면 {dept} {P(b)} {pick('사무관', '주무관')}({DIRECT(inst)}, {EMAIL(b, inst['dom'])})에게 연락 주시기 바랍니다."
        return f"\n\n담당 부서 | {dept} | 책임자 | 과장 | {P(a)} | ({DIRECT(inst)})" + extra
    return (f"\n\n담당 부서 | {dept} | 책임자 | 과장 | {P(a)} | ({DIRECT(inst)})\n"
            f" | | 담당자 | {pick('사무관', '주무관')} | {P(b)} | ({DIRECT(inst)})")


QUOTES = ["처음에는 막막했지만 주변의 도움 덕분에 여기까지 올 수 있었다", "앞으로도 지역 주민을 위해 봉사하겠다",
          "행정 서비스가 더 가까워졌다는 것을 체감한다", "작은 아이디어가 실제 서비스로 이어져 기쁘다",
          "현장의 목소리가 정책에 반영되기를 바란다", "이웃과 함께 살아가는 마을을 만들고 싶다"]


def g_bodo(nopii):
    r = R()
    inst = r.choice(INSTITUTIONS)
    dept = r.choice(inst["depts"])
    d = State.ref_date
    import datetime as _dt
    d0 = d - _dt.timedelta(days=1)
    hdr = f"{pick('보 도 자 료', '보도자료')}\n보도 일시  {HD(d)}({WD(d)}) 12:00 이후 / 배포 일시  {HD(d0)}({WD(d0)}) 14:00\n\n"
    if nopii:
        t = choose("stats", "fire", "campaign")
        if t == "stats":
            n = r.randint(100000, 900000)
            body = (f"2024년 정보공개 청구 {n:,}건… 전년 대비 {r.randint(3, 19)}% 증가\n"
                    f"- 온라인 청구 비율 92% 넘어서, 평균 처리기간 7.4일로 단축\n\n"
                    f"{OFFICE(inst)}은 {HD()} 「2024년 정보공개 연차보고서」를 국회에 제출했다고 밝혔다. "
                    f"보고서에 따르면 전체 청구 중 전부공개는 {r.randint(60, 80)}%, 부분공개는 {r.randint(10, 20)}%였다. "
                    f"비공개 사유로는 {STATUTE('info')}(개인정보)가 가장 많았다.\n"
                    f"자세한 내용은 정보공개포털(www.open.go.kr) 또는 {SWITCH()}로 문의하면 된다.")
        elif t == "fire":
            body = (f"겨울철 주택 화재 잇따라… \"전기난로 사용 주의\"\n\n"
                    f"지난달 {pick('○○군', '△△면', '□□동')}의 한 단독주택에서 전기난로 과열로 불이 나 집에 있던 {ANON()}(72)가 "
                    f"연기를 마셔 병원으로 옮겨졌다. 불은 이웃 주민 {ANON()}가 소화기로 초기 진화해 크게 번지지 않았다. "
                    f"{pick('A씨', 'B씨')}(40대)는 \"타는 냄새가 나서 나가 보니 연기가 가득했다\"고 말했다.\n"
                    f"소방 당국은 화재 발생 시 {hn('short_code', '119')}에 즉시 신고하고, 화재 예방 상담은 {SWITCH()}를 이용해 달라고 당부했다.")
        else:
            body = (f"개인정보 보호 주간 캠페인 실시\n\n"
                    f"{OFFICE(inst)}은 {HD()}부터 일주일간 '개인정보 보호 주간' 캠페인을 진행한다. "
                    f"이번 캠페인은 주민등록번호 등 고유식별정보를 서식에 기재하지 않도록 안내하는 데 중점을 둔다. "
                    f"예를 들어 신청서 견본에 '{hn('placeholder_person', '홍길동')}, {hn('placeholder_number', '000000-0000000')}'처럼 "
                    f"예시 값만 쓰도록 하고, 실제 번호는 확인 후 즉시 파기하도록 했다.\n"
                    f"캠페인 관련 문의는 개인정보 침해신고센터(국번없이 {hn('short_code', '118')})로 하면 된다.")
        return hdr + body + bodo_contact(inst, dept, True), "bodo_" + t
    t = choose("award", "foreign", "visit", "minister", "hero", "startup")
    if t == "award":
        a, b, c = newp(), newp(), newp()
        body = (f"'제{r.randint(3, 9)}회 공공데이터 활용 창업경진대회' 시상식 개최\n\n"
                f"{inst['name']}{josa(inst['name'], '은', '는')} {HD()} 정부세종컨벤션센터에서 시상식을 열었다고 밝혔다. "
                f"대상은 저상버스 실시간 안내 서비스를 개발한 {COMPANY()} 팀이 차지했다. 팀을 이끈 {P(a)} 대표({r.randint(28, 58)})는 "
                f"\"{pick(*QUOTES)}\"고 소감을 밝혔다.\n"
                f"최우수상을 받은 {P(b)}({r.randint(22, 45)}) 씨는 \"{pick(*QUOTES)}\"라고 말했다. "
                f"이날 시상식에는 {P(c)} {inst['name']} {deputy(inst)}{josa(deputy(inst), '이', '가')} 참석해 수상자들을 격려했다.")
    elif t == "foreign":
        f1 = newp(kind="foreign")
        f2 = newp(kind="foreign")
        body = (f"외국인 주민 생활 정착 지원 '다문화 행복센터' 문 열어\n\n"
                f"{COUNTRY_KR.get(f1.country, '베트남')} 출신 결혼이민자 {P(f1)}({lab('PERSON', f1.latin, 'name_foreign_latin')}, {r.randint(26, 44)}) 씨는 "
                f"\"한국어 교실과 통역 서비스 덕분에 아이 학교 상담도 혼자 할 수 있게 됐다\"고 말했다. "
                f"센터에서 통번역 상담사로 일하는 {P(f2)}({r.randint(30, 50)}) 씨도 \"{pick(*QUOTES)}\"고 전했다.\n"
                f"외국인 주민은 외국인종합안내센터(국번없이 {hn('short_code', '1345')})에서도 상담을 받을 수 있다.")
    elif t == "visit":
        a, b = newp(), newp()
        ttl = pick('시장', '구청장', '군수')
        body = (f"전통시장 현장 간담회 개최\n\n"
                f"{P(a)} {ttl}{josa(ttl, '은', '는')} {HD()} 관내 전통시장 상인회를 찾아 간담회를 열었다. "
                f"상인회장 {P(b)}({r.randint(50, 72)}) 씨는 \"주차 공간이 부족해 손님이 줄고 있다\"며 공영주차장 확충을 건의했다. "
                f"이에 {P(a)} {ttl}{josa(ttl, '은', '는')} \"관계 부서와 검토하겠다\"고 답했다. 한편 이날 간담회에 참석한 {ANON()}(58)는 "
                f"익명을 요구하며 임대료 부담을 호소했다.")
    elif t == "minister":
        a = newp()
        body = (f"디지털 행정서비스 혁신 방안 발표\n\n"
                f"{OFFICE(inst)}은 {HD()} {'국무회의' if inst['name'] in ('행정안전부', '기획재정부', '조달청') else '확대간부회의'}에서 '디지털 행정서비스 혁신 방안'을 보고했다고 밝혔다. "
                f"{P(a)} {pick('장관은', '차관은', '청장은', '실장은')} \"국민이 서류를 떼지 않아도 되는 행정을 만들겠다\"고 강조했다. "
                f"혁신 방안에 따라 {r.randint(50, 300)}종의 구비서류가 전자적으로 확인된다.\n"
                f"관련 문의는 {SWITCH(inst)}로 하면 된다.")
    elif t == "hero":
        a = newp(old=True)
        b = newp()
        body = (f"30년째 무료 급식 봉사… 국민추천포상 수상\n\n"
                f"{ADDR(kind='road_sgg', with_unit=False, allow_pre=False)}에서 작은 식당을 운영하는 {P(a)}({r.randint(62, 80)}) 씨가 올해 국민추천포상을 받는다. "
                f"{P(a)} 씨는 1995년부터 매주 토요일 홀몸 어르신들에게 점심을 대접해 왔다. "
                f"그를 추천한 이웃 {P(b)}({r.randint(30, 60)}) 씨는 \"{pick(*QUOTES)}\"고 말했다. "
                f"{P(a)} 씨는 \"{pick(*QUOTES)}\"라고 소감을 밝혔다.")
    else:
        a, b = newp(), newp(kind="kr_latin")
        body = (f"청년 창업기업 해외 진출 지원 성과\n\n"
                f"{COMPANY()} {P(a)} 대표({r.randint(29, 45)})는 \"정부 지원으로 싱가포르 법인을 세울 수 있었다\"고 말했다. "
                f"현지 법인장을 맡은 {P(b)} 이사는 \"{pick(*QUOTES)}\"라고 덧붙였다. 이 회사는 지난해 매출 {AMT()}을 기록했다.")
    return hdr + body + bodo_contact(inst, dept, False), "bodo_" + t


# ================================================================ 민원 회신
def g_minwon(nopii):
    r = R()
    inst = r.choice(INSTITUTIONS)
    dept = r.choice(inst["depts"])
    if nopii:
        t = choose("generic", "generic2")
        body = (f"{inst['name']}\n\n수신  {hn('role_only', '민원인')} 귀하\n제목  민원({RECEIPT()}) 처리 결과 알림\n\n"
                f"1. 평소 {inst['name']} 행정에 관심을 가져 주신 데 대하여 감사드립니다.\n"
                f"2. 귀하께서 {HD()} 국민신문고를 통해 제기하신 \"{pick(*COMPLAINTS)}\" 민원에 대한 검토 결과를 알려드립니다.\n"
                f"  가. 검토 결과: 해당 구간은 {STATUTE('traffic')}에 따른 관리 대상으로, {HDF()}까지 현장 조사를 거쳐 조치할 예정입니다.\n"
                f"  나. 참고로 민원 처리 과정에서 수집된 정보는 처리 완료 후 관리번호 {MGMTNO()}로 보관됩니다.\n"
                f"3. 추가 문의는 {SWITCH(inst)}{' 또는 ' + SWITCH() if t == 'generic2' else ''}로 연락 주시기 바랍니다.  끝.\n\n"
                f"{OFFICE(inst)}")
        return body, "minwon_" + t
    c = newp()
    off = newp()
    t = choose("parking", "noise", "passport", "license", "license", "health", "health", "refund", "foreigner", "hangul_phone", "ip", "card")
    salute = pick(f"{P(c)} 귀하", f"{P(c)} 님", f"민원인 {P(c)} 귀하")
    addr_line = f"\n주소  {ADDR()}" if chance(0.5) and t != "noise" else ""
    head = f"{inst['name']}\n\n수신  {salute}{addr_line}\n제목  민원({RECEIPT()}) 처리 결과 알림\n\n1. 평소 {inst['name']} 행정에 관심을 가져 주신 데 대하여 감사드립니다.\n"
    if t == "parking":
        mid = (f"2. 귀하께서 신고하신 불법 주정차 차량({PLATE(pick('old2', 'new3', 'nospace'))})에 대하여 현장 확인 결과 "
               f"{HD()} 과태료 부과 대상으로 처리하였음을 알려드립니다.\n"
               f"  ※ 신고 차량 소유자의 인적사항은 {STATUTE('privacy')}에 따라 알려드릴 수 없음을 양해하여 주시기 바랍니다.\n")
    elif t == "noise":
        mid = (f"2. 귀하의 거주지({ADDR(kind=pick('road_full', 'jibun'), allow_pre=False)}) 인근 공사장 소음에 대하여 "
               f"{HD()} 소음도를 측정한 결과 기준치(65dB)를 초과하여 공사 시간 조정 명령을 하였습니다.\n")
    elif t == "passport":
        mid = (f"2. 귀하께서 문의하신 여권(여권번호 {PASSPORT(pick('kr_old', 'kr_new'))})의 재발급 지연 사유는 "
               f"기재사항 변경(영문 성명 {lab('PERSON', c.sur_r.upper() + ' ' + c.giv_r.upper(), 'name_kr_latin')}) 심사에 따른 것으로, "
               f"{HDF()}까지 발급될 예정입니다.\n") if c.sur_r else (f"2. 여권 재발급은 {HDF()}까지 완료될 예정입니다.\n")
    elif t == "license":
        mid = (f"2. 귀하의 운전면허({DL()})는 정기 적성검사 기간({HD()}까지)이 경과하여 과태료 부과 대상이나, "
               f"입원 사실이 확인되어 기간 연장을 승인하였습니다.\n")
    elif t == "health":
        mid = (f"2. 귀하(건강보험증 번호 {HEALTH()})의 피부양자 자격 상실 처리는 {HD()} 소득 자료 반영에 따른 것입니다.\n"
               f"  가. 생년월일: {DOB(c)}\n  나. 이의신청은 통지를 받은 날부터 90일 이내에 할 수 있습니다.\n")
    elif t == "refund":
        bank, acc = ACCT()
        mid = (f"2. 과오납된 지방세 환급금 {AMT(1, 80)}은 귀하께서 신청하신 {bank} 계좌({acc}, 예금주 {P(c)})로 "
               f"{HD()} 지급하였습니다.\n")
    elif t == "foreigner":
        f = newp(kind=pick("foreign", "latin"))
        mid = (f"2. 귀하의 배우자 {P(f)}(외국인등록번호 {FRN(f, masked=chance(0.3))})의 체류기간 연장 허가와 관련하여 "
               f"구비서류(가족관계증명서 등)를 {HDF()}까지 보완 제출하여 주시기 바랍니다.\n")
    elif t == "hangul_phone":
        mid = (f"2. 지난 {HD()} 통화 중 불러 주신 번호({MOB_HANGUL()})로 두 차례 연락을 드렸으나 연결되지 않아 서면으로 회신드립니다.\n"
               f"  가. 요청하신 보도블록 보수는 {HD()}에 완료하였습니다.\n")
    elif t == "card":
        d1, d2 = d_pair(lo=3, hi=30)
        mid = (f"2. 귀하께서 {HD(d1)} 체육시설 사용료 결제 시 이중 승인되었다고 하신 카드({CARD()})의 승인 내역을 확인한 결과, "
               f"1건({AMT(1, 30)})을 {HD(d2)} 취소 처리하였습니다.\n")
    else:
        mid = (f"2. 귀하께서 제기하신 누리집 계정 도용 의심 건에 대하여 접속 기록을 확인한 결과, {HD()} 03:12에 "
               f"{IP('public')}에서 귀하의 계정으로 로그인한 기록이 있었으며, 해당 계정의 전자우편({EMAIL(c)})으로 "
               f"비밀번호 재설정 안내를 발송하였습니다.\n")
    tail = (f"3. 기타 궁금하신 사항은 {dept} {P(off)} {pick('주무관', '주무관', '팀장')}({pick('☎ ', '전화 ', '')}{DIRECT(inst)}"
            f"{', ' + EMAIL(off, inst['dom']) if chance(0.5) else ''})에게 연락 주시면 안내해 드리겠습니다.  끝.\n\n{OFFICE(inst)}")
    return head + mid + tail, "minwon_" + t


# ================================================================ 회의록
COMMITTEES = ["정보공개심의회", "개인정보 보호위원회 실무협의회", "지방보조금심의위원회", "도시계획위원회 소위원회",
              "주민참여예산위원회", "공공데이터 제공 분쟁조정 실무회의", "교통안전대책 협의회", "청년정책위원회"]
AGENDA = ["2025년도 정보공개 운영 계획(안) 심의", "공공데이터 개방 확대 방안 보고", "민간 위탁사업 성과 평가 결과 보고",
          "지방보조금 신규 사업 적격성 심사", "위원회 운영 세칙 일부 개정(안)", "비공개 대상 정보 세부기준 정비(안)"]
REMARKS = ["원안에 동의합니다. 다만 시행 시기는 조정이 필요해 보입니다.", "예산 산출 근거를 보완해 주시기 바랍니다.",
           "현장 의견을 더 수렴한 뒤 다음 회의에서 다시 논의했으면 합니다.", "개인정보 처리 부분은 별도 검토가 필요합니다.",
           "작년 실적과 비교한 자료를 추가로 제출해 주십시오.", "간사께서 관련 법령 해석을 확인해 주시기 바랍니다."]


def g_minutes(nopii):
    r = R()
    com = pick(*COMMITTEES)
    inst = r.choice(INSTITUTIONS)
    n = r.randint(1, 12)
    head = f"{com} 제{n}차 회의록\n\n일시: {HD()} 14:00~16:{r.randint(10, 50)}\n장소: {INSTADDR(inst)} {pick('소회의실', '대회의실', '3층 회의실')}\n"
    ag = r.sample(AGENDA, 2)
    if nopii:
        body = (f"참석: 위원장 외 위원 {r.randint(5, 11)}명(서면 참석 1명 포함)\n안건: 1. {ag[0]} 2. {ag[1]}\n\n회의 내용\n"
                f"○ {hn('role_only', '위원장')}: 성원이 되었으므로 회의를 개회하겠습니다.\n"
                f"○ {hn('anonymised_person', 'A위원')}: {pick(*REMARKS)}\n"
                f"○ {hn('anonymised_person', 'B위원')}: {pick(*REMARKS)}\n"
                f"○ {hn('role_only', '간사')}: 관련 규정({STATUTE('info')})에 따라 보완하겠습니다.\n"
                f"○ {hn('anonymised_person', 'C위원')}: {pick(*REMARKS)}\n"
                f"의결 결과: 제1호 안건 수정 의결, 제2호 안건 원안 접수\n"
                f"※ 회의록의 위원 성명은 {STATUTE('info')}에 따라 익명 처리함")
        return head + body, "minutes_anon"
    t = choose("standard", "list", "resident")
    chair = newp()
    members = [newp(kind=pick("kr", "kr", "kr", "kr2", "kr1")) for _ in range(r.randint(3, 5))]
    sec = newp()
    if t == "standard":
        att = (f"참석자: 위원장 {P(chair)}, 위원 " + ", ".join(P(m) for m in members) +
               f" / 간사 {P(sec)}\n")
        if chance(0.5):
            ab = newp()
            att += f"불참: {P(ab)} 위원(해외 출장)\n"
        att += f"안건: 1. {ag[0]} 2. {ag[1]}\n\n회의 내용\n"
        lines = [f"○ 위원장({P(chair)}): 성원이 되었으므로 회의를 개회하겠습니다."]
        for m in r.sample(members, min(3, len(members))):
            lines.append(f"○ {P(m)} 위원: {pick(*REMARKS)}")
        lines.append(f"○ 간사({P(sec)}): 말씀하신 자료는 {HDF()}까지 위원님들께 전자우편으로 송부하겠습니다.")
        m = r.choice(members)
        lines.append(f"○ {P(chair)} 위원장: {P(m)} 위원님 의견을 반영하여 수정 의결하겠습니다.")
        return head + att + "\n".join(lines) + "\n의결 결과: 제1호 안건 수정 의결", "minutes_standard"
    if t == "list":
        ext = newp()
        att = (f"■ 참석 위원({len(members) + 1}명): " + ", ".join(P(m) for m in [chair] + members) + "\n"
               f"■ 외부 전문가: {P(ext)}({pick('한국행정연구원', '한국정보화진흥원', '○○대학교')}, {EMAIL(ext)})\n"
               f"■ 배석: {pick(*inst['depts'])} {pick('사무관', '주무관')} {P(sec)}({DIRECT(inst)})\n\n"
               f"■ 주요 논의\n")
        lines = []
        for m in r.sample(members, min(2, len(members))):
            lines.append(f"  - {P(m)}: {pick(*REMARKS)}")
        lines.append(f"  - {P(ext)}: 해외 사례를 보면 비식별 조치 후 개방이 일반적입니다.")
        return head + att + "\n".join(lines), "minutes_list"
    # resident meeting
    reps = [newp(old=chance(0.5)) for _ in range(r.randint(2, 3))]
    att = (f"참석: 주민대표 " + ", ".join(f"{P(x)}({MOB()})" for x in reps) +
           f", {inst['name']} {pick(*inst['depts'])} {pick('팀장', '주무관')} {P(sec)}\n\n논의 내용\n")
    lines = []
    for x in reps:
        lines.append(f"- {P(x)}: {pick('마을 진입로 확장이 시급합니다.', '버스 배차 간격을 줄여 주십시오.', '경로당 보수 예산을 반영해 주십시오.', '하천변 산책로 조명이 너무 어둡습니다.')}")
    lines.append(f"- {P(sec)}: 검토 결과는 다음 달 중 주민대표께 개별 안내드리겠습니다.")
    if chance(0.5):
        x = reps[0]
        lines.append(f"※ 회의 결과 회신 주소: {P(x)}, {ADDR()}")
    return head + att + "\n".join(lines), "minutes_resident"


# ======================================================================
# section: genres2
# ======================================================================
"""Genre templates, part 2: 사건·사고 보고서, 감사 결과, 판결문, 인사명령, 계약서."""


def age_of(p, ref_year=2025):
    return ref_year - p.dob.year


def sex(p):
    return "남" if p.gender == "M" else "여"


# ================================================================ 사건·사고 보고서
def g_incident(nopii):
    r = R()
    inst = r.choice(INSTITUTIONS)
    d = State.ref_date
    hh, mm = r.randint(0, 23), r.choice([5, 10, 20, 30, 40, 50])
    head = f"{pick('사건·사고 발생 보고', '안전사고 발생 보고(1보)', '상황 보고')}\n{inst['name']} {pick(*inst['depts'])}\n\n"
    if nopii:
        body = (f"1. 개요\n ○ 일시: {HD(d)} {hh:02d}:{mm:02d}경\n ○ 장소: 관내 {pick('○○교차로', '△△초등학교 앞 횡단보도', '□□공원 산책로', '○○시장 주차장')}\n"
                f" ○ 관련자: {pick('운전자', '작업자', '이용객')} {hn('anonymised_person', 'A씨')}(40대, {pick('남', '여')}), "
                f"{pick('보행자', '동료 작업자', '행인')} {hn('anonymised_person', 'B씨')}(70대)\n"
                f"2. 경위\n {hn('anonymised_person', 'A씨')}가 {pick('우회전하던 중', '자재를 옮기던 중', '계단을 내려가던 중')} "
                f"{hn('anonymised_person', 'B씨')}와 부딪쳐 {hn('anonymised_person', 'B씨')}가 경상을 입음. "
                f"{hn('short_code', '119')} 구급대가 인근 병원으로 이송함.\n"
                f"3. 조치 사항\n 관할 경찰서 사건번호 {MGMTNO()}로 접수, 현장 안전시설 보강 예정({HDF()}까지).\n"
                f"※ 관련자 인적사항은 개인정보 보호를 위해 별도 관리함")
        return head + body, "incident_anon"
    t = choose("traffic", "construction", "daycare", "breach", "fire")
    if t == "traffic":
        a, b = newp(), newp(old=chance(0.5))
        body = (f"1. 개요\n ○ 일시: {HD(d)} {hh:02d}:{mm:02d}경\n ○ 장소: {pick('○○사거리', '시청 앞 교차로', '△△터널 입구')}\n"
                f" ○ 가해 차량: {PLATE(pick('old2', 'new3', 'rental', 'commercial', 'truck'))} ({pick('쏘나타', 'K5', '포터2', '스타리아', '아반떼')}), "
                f"운전자 {P(a)}({sex(a)}, {age_of(a)}세, {MOB()}, 면허번호 {DL()})\n"
                f" ○ 피해자: 보행자 {P(b)}({sex(b)}, {DOB(b, pick('dot_sp', 'iso', 'kor', 'yymmdd'))}생, 주소 {ADDR(allow_pre=False)})\n"
                f"2. 경위\n {P(a)}은(는) 우회전 중 횡단보도를 건너던 {P(b)}을(를) 발견하지 못하고 충격함. "
                f"{P(b)}은(는) 다리 골절로 병원 이송.\n"
                f"3. 조치: 관할 경찰서 교통조사계 인계(접수 {RECEIPT()}), 보험사 연락.")
    elif t == "construction":
        w = newp(kind=pick("foreign", "latin"))
        s = newp()
        body = (f"1. 개요\n ○ 일시: {HD(d)} {hh:02d}:{mm:02d}경\n ○ 장소: {COMPANY()} 시공 ○○복합청사 신축 공사 현장\n"
                f" ○ 재해자: {P(w)}({COUNTRY_KR.get(w.country, '베트남')}, {sex(w)}, {age_of(w)}세, "
                f"외국인등록번호 {FRN(w, masked=chance(0.3))}, 여권번호 {PASSPORT(p=w)})\n"
                f" ○ 현장 책임자: 현장소장 {P(s)}({MOB()})\n"
                f"2. 경위\n {P(w)} 씨가 3층 비계에서 자재를 옮기던 중 약 4m 아래로 추락하여 머리를 다침. "
                f"{P(s)} 소장이 즉시 {hn('short_code', '119')}에 신고함.\n"
                f"3. 조치: 작업 중지 명령, {STATUTE('safety')}에 따른 중대재해 여부 검토.")
    elif t == "daycare":
        ch = newp(young=True)
        pa = newp()
        te = newp(gender="F")
        body = (f"1. 개요\n ○ 일시: {HD(d)} 11:{mm:02d}경\n ○ 장소: {pick('○○어린이집', '△△유치원', '□□지역아동센터')} 놀이터\n"
                f" ○ 피해 아동: {P(ch)}({sex(ch)}, {DOB(ch, pick('dot_sp', 'iso', 'kor', 'dot_pad'))}생)\n"
                f" ○ 보호자: {pick('부', '모')} {P(pa)} ({MOB()})\n"
                f" ○ 담당 교사: {P(te)}\n"
                f"2. 경위\n 미끄럼틀에서 내려오던 {P(ch)} 어린이가 균형을 잃고 넘어져 이마가 찢어짐. "
                f"{P(te)} 교사가 응급처치 후 보호자에게 연락함.\n"
                f"3. 조치: 인근 의원에서 봉합 치료, 놀이시설 안전점검 실시.")
    elif t == "breach":
        a = newp()
        vict = [newp() for _ in range(r.randint(1, 3))]
        body = (f"1. 개요\n ○ 탐지 일시: {HD(d)} {hh:02d}:{mm:02d}\n ○ 대상 시스템: 민원 포털(버전 4.2.17)\n"
                f" ○ 공격 IP: {IP('public')}, {IP('public')}\n"
                f" ○ 도용 계정: {hn('user_id', pick('minwon_admin', 'u' + str(r.randint(10000, 99999)), 'op_batch01'))} (관리자 {P(a)}, {EMAIL(a, inst['dom'])})\n"
                f"2. 유출 의심 정보\n" + "\n".join(f" - {P(v)} / {EMAIL(v)} / {MOB()}" for v in vict) +
                f"\n3. 조치: 계정 잠금, 방화벽 차단, 내부망 접속지 {IP('private')} 점검, 한국인터넷진흥원 신고(국번없이 {hn('short_code', '118')}).")
    else:
        a = newp(old=True)
        b = newp()
        body = (f"1. 개요\n ○ 일시: {HD(d)} {hh:02d}:{mm:02d}경\n ○ 장소: {ADDR(kind=pick('road_full', 'jibun_rural'), with_unit=False)} 주택\n"
                f" ○ 거주자: {P(a)}({sex(a)}, {age_of(a)}세, {RRN(a, pick('masked_star', 'valid', 'masked_dot'))})\n"
                f" ○ 신고자: 이웃 주민 {P(b)}({MOB()})\n"
                f"2. 경위\n 주방 전기난로 과열로 추정되는 화재가 발생하여 {P(b)} 씨가 신고함. {P(a)} 씨는 연기 흡입으로 병원 이송.\n"
                f"3. 피해: 주택 일부 소실(재산 피해 약 {AMT(100, 9000)})")
    return head + body, "incident_" + t


# ================================================================ 감사 결과
def g_audit(nopii):
    r = R()
    inst = r.choice(INSTITUTIONS)
    head = f"{inst['name']} {pick('감사 결과 처분요구서', '자체감사 결과 보고', '특정감사 결과')}\n\n"
    if nopii:
        body = (f"1. 감사 개요\n 감사 기간: {HDR()} / 감사 대상: {pick(*inst['depts'])} 계약 업무\n"
                f"2. 지적 사항: 수의계약 부적정\n 관련자 {hn('anonymised_person', 'A')}(행정6급)는 {STATUTE('contract')}에 따른 견적 제출 절차를 거치지 않고 "
                f"{hn('company_name', 'B사')}와 {AMT()}의 용역 계약을 체결하였다. 또한 검수 조서({DOCNO('계약관리과')})를 사후에 작성하였다.\n"
                f"3. 처분 요구: {hn('anonymised_person', 'A')} 경징계, 관련 부서 기관주의\n"
                f"※ 이 공개본은 {STATUTE('info')}에 따라 관련자 및 업체명을 익명 처리하였음")
        return head + body, "audit_anon"
    t = choose("contract", "card", "lookup", "subsidy")
    if t == "contract":
        a, rep = newp(), newp()
        bank, acc = ACCT()
        body = (f"1. 지적 사항: 수의계약 체결 및 대금 지급 부적정\n"
                f" ○ 관련자: {pick(*inst['depts'])} 행정6급 {P(a)}(현 {pick(*inst['depts'])})\n"
                f" ○ 내용: {PJ(a, '은', '는')} {HDR('부터 ', '까지')} {COMPANY()}(대표 {P(rep)}, 사업자등록번호 {BRN('corp')})와 "
                f"{r.randint(3, 9)}건의 수의계약을 분할 체결하였다. 특히 대금 {AMT()}을 업체 법인 계좌가 아닌 대표자 개인 명의 "
                f"{bank} 계좌({acc})로 지급하였다.\n"
                f" ○ 관련 규정: {STATUTE('contract')}\n2. 처분 요구: {P(a)} 경징계, 부당 지급액 회수")
    elif t == "card":
        a = newp()
        body = (f"1. 지적 사항: 출장여비 부당 수령\n"
                f" ○ 관련자: {pick('시설7급', '행정6급', '공업8급')} {P(a)}\n"
                f" ○ 내용: {PJ(a, '은', '는')} {HD()} 관외 출장을 신청하고 실제로는 출장지에 가지 않았으며, 본인 신용카드({CARD()})로 "
                f"결제한 주유 영수증을 증빙으로 제출하여 여비 {AMT(5, 120)}을 수령하였다. 해당 차량({PLATE(pick('old2', 'new3'))})의 "
                f"하이패스 기록에도 출장지 통행 내역이 없다.\n2. 처분 요구: {P(a)} 중징계, 여비 환수")
    elif t == "lookup":
        a = newp()
        vs = [newp() for _ in range(r.randint(1, 2))]
        body = (f"1. 지적 사항: 개인정보 목적 외 조회\n"
                f" ○ 관련자: {pick(*inst['depts'])} {pick('행정주사', '행정주사보')} {P(a)} (접속 계정 {hn('user_id', pick('hjs0' + str(r.randint(10, 99)), 'u' + str(r.randint(10000, 99999))))})\n"
                f" ○ 내용: {PJ(a, '은', '는')} 업무와 무관하게 지인 " + ", ".join(f"{P(v)}({RRN(v, pick('masked_star', 'masked_x', 'valid'))})" for v in vs) +
                f"의 주민등록 정보를 {HD()} 업무용 PC(IP {IP('private')})에서 {r.randint(3, 20)}회 조회하였다.\n"
                f"2. 처분 요구: {P(a)} 징계, 접속기록 점검 주기 단축")
    else:
        vs = [newp() for _ in range(r.randint(2, 3))]
        rows = []
        for v in vs:
            bank, acc = ACCT(masked=chance(0.3))
            rows.append(f"  - {P(v)} ({DOB(v, pick('dot_sp', 'yymmdd', 'iso'))}) / {bank} {acc} / 부정수급액 {AMT(50, 900)}")
        body = (f"1. 지적 사항: 긴급복지 생계지원금 부정수급\n"
                f" ○ 내용: 소득 조사 결과 아래 수급자가 재산을 누락 신고하여 생계지원금을 부정 수급한 사실을 확인하였다.\n"
                + "\n".join(rows) + f"\n2. 처분 요구: 부정수급액 환수 및 {STATUTE('welfare')}에 따른 제재부가금 부과")
    return head + body, "audit_" + t


# ================================================================ 판결문
COURTS = ["서울중앙지방법원", "수원지방법원 성남지원", "대전지방법원", "부산지방법원 동부지원", "광주지방법원",
          "인천지방법원", "의정부지방법원 고양지원", "서울가정법원", "제주지방법원"]


def g_judgment(nopii):
    r = R()
    court = pick(*COURTS)
    import datetime as _dt
    d1 = d_event()
    d2 = d1 + _dt.timedelta(days=r.randint(14, 42))

    def before(lo=120, hi=900):
        return HD(d1 - _dt.timedelta(days=r.randint(lo, hi)))
    if nopii:
        body = (f"{court}\n판 결\n\n사 건  {CASENO('가단')} 손해배상(기)\n원 고  {hn('anonymised_person', 'A')}\n"
                f"피 고  {hn('company_name', '주식회사 B')}\n변론종결  {HD(d1)}\n판결선고  {HD(d2)}\n\n주 문\n"
                f"1. 피고는 원고에게 {AMT()} 및 이에 대하여 {before(60, 400)}부터 다 갚는 날까지 연 12%의 비율로 계산한 돈을 지급하라.\n"
                f"2. 원고의 나머지 청구를 기각한다.\n3. 소송비용 중 1/3은 원고가, 나머지는 피고가 각 부담한다.\n\n이 유\n"
                f"원고는 피고가 운영하는 매장에서 넘어져 상해를 입었다고 주장한다. 갑 제1호증의 기재에 의하면 ... "
                f"{STATUTE('civil')}에 비추어 피고의 책임을 70%로 제한한다.\n\n※ 이 판결서는 개인정보 보호를 위해 비실명 처리되었습니다.")
        return body, "judgment_anon"
    t = choose("loan", "loan", "criminal", "family", "corp")
    judge = newp()
    if t == "loan":
        pl, df, law = newp(), newp(), newp()
        bank, acc = ACCT()
        body = (f"{court}\n판 결\n\n사 건  {CASENO('가단')} 대여금\n"
                f"원 고  {P(pl)} ({RRN(pl, pick('valid', 'valid', 'masked_star', 'reissued'))})\n       {ADDR()}\n"
                f"       소송대리인 변호사 {P(law)}\n"
                f"피 고  {P(df)} ({RRN(df, pick('valid', 'masked_star', 'masked_x'))})\n       {ADDR()}\n"
                f"변론종결  {HD(d1)}\n판결선고  {HD(d2)}\n\n주 문\n"
                f"1. 피고는 원고에게 {AMT()} 및 이에 대하여 {before(60, 400)}부터 다 갚는 날까지 연 12%의 비율로 계산한 돈을 지급하라.\n"
                f"2. 소송비용은 피고가 부담한다.\n3. 제1항은 가집행할 수 있다.\n\n이 유\n"
                f"1. 기초 사실\n 원고는 {before(500, 900)} 피고에게 돈을 빌려주면서 피고 명의의 {bank} 계좌({acc})로 송금하였다. "
                f"피고 {P(df)}은(는) 변제기가 지나도록 이를 갚지 않았다.\n"
                f"2. 판단\n 위 인정 사실에 의하면 피고는 원고에게 위 돈을 지급할 의무가 있다.\n\n판사  {P(judge)}")
    elif t == "criminal":
        df = newp()
        vic = newp()
        body = (f"{court}\n판 결\n\n사 건  {CASENO('고단')} 사기\n"
                f"피 고 인  {P(df)} ({RRN(df, pick('masked_star', 'valid', 'masked_star'))}), {pick('무직', '회사원', '자영업')}\n"
                f"주거  {ADDR(allow_pre=False)}\n등록기준지  {ADDR(kind=pick('road_full', 'jibun_rural'), with_unit=False, allow_pre=False)}\n"
                f"검 사  {P(newp())}(기소), {P(newp())}(공판)\n변 호 인  변호사 {P(newp())}(국선)\n판결선고  {HD(d2)}\n\n주 문\n"
                f"피고인을 징역 {r.randint(6, 24)}월에 처한다. 다만, 이 판결 확정일부터 2년간 위 형의 집행을 유예한다.\n\n이 유\n"
                f"범 죄 사 실\n피고인은 {before(90, 500)} 중고거래 사이트에서 피해자 {P(vic)}에게 노트북을 판매할 것처럼 속여 "
                f"피고인 명의의 {ACCT()[0]} 계좌로 {AMT(30, 300)}을 송금받았다. 피고인은 당시 휴대전화({MOB()})를 이용하여 피해자와 연락하였다.\n\n판사  {P(judge)}")
    elif t == "family":
        a, b = newp(gender="M"), newp(gender="F")
        ch = newp(young=True)
        body = (f"{court}\n심 판\n\n사 건  {CASENO('느단')} 친권자 변경\n"
                f"청 구 인  {P(b)} ({DOB(b, pick('dot_sp', 'kor'))}생)\n           {ADDR()}\n"
                f"상 대 방  {P(a)} ({DOB(a, pick('dot_sp', 'kor'))}생)\n           {ADDR()}\n"
                f"사건본인  {P(ch)} ({RRN(ch, pick('valid', 'masked_star'))})\n\n주 문\n"
                f"사건본인의 친권자 및 양육자를 청구인으로 변경한다.\n\n이 유\n"
                f"청구인과 상대방은 {before(400, 1500)} 협의이혼하였고, 사건본인 {P(ch)}은(는) 그 후 청구인과 함께 생활하여 왔다.\n\n판사  {P(judge)}")
    else:
        pl = newp()
        rep = newp()
        body = (f"{court}\n판 결\n\n사 건  {CASENO('가합')} 공사대금\n원 고  {P(pl)}\n       {ADDR()}\n"
                f"       {hn('company_name', pick('누리건축', '한결인테리어', '다온설비'))}이라는 상호로 개인사업 영위(사업자등록번호 {BRN('individual')})\n"
                f"피 고  {COMPANY()} (법인등록번호 {CRN()})\n       {ADDR(kind='road_full', with_unit=chance(0.5))}\n       대표이사 {P(rep)}\n"
                f"변론종결  {HD(d1)}\n판결선고  {HD(d2)}\n\n주 문\n"
                f"1. 피고는 원고에게 {AMT()}을 지급하라.\n2. 소송비용은 피고가 부담한다.\n\n판사  {P(judge)}")
    return body, "judgment_" + t


# ================================================================ 인사명령
def g_personnel(nopii):
    r = R()
    inst = r.choice(INSTITUTIONS)
    d = State.ref_date
    no = hn("doc_number", f"{inst['name']} 발령 제{d.year}-{r.randint(10, 350)}호")
    if nopii:
        body = (f"인사발령 알림\n\n{no}\n{HD(d)}자 정기 인사발령을 다음과 같이 공지합니다.\n"
                f"1. 발령 규모: 승진 {r.randint(3, 20)}명, 전보 {r.randint(20, 90)}명, 신규임용 {r.randint(1, 12)}명\n"
                f"2. 세부 명단은 내부 인사시스템 공지사항(관리번호 {MGMTNO()})에서 확인하시기 바랍니다.\n"
                f"3. 부임 일자: {HD(d)}\n\n{OFFICE(inst)}")
        return body, "personnel_notice"
    t = choose("standard", "table", "newhire", "leave")
    if t == "standard":
        lines = [f"인 사 발 령\n\n{no}\n{HD(d)}자\n\n◇ 승 진"]
        ranks = [("서기관", "행정사무관"), ("행정사무관", "행정주사"), ("행정주사", "행정주사보"), ("전산주사", "전산주사보")]
        for new, cur in r.sample(ranks, r.randint(1, 3)):
            lines.append(f"  ○ {new}\n    - {cur} {P(newp())} ({pick(*inst['depts'])})")
        lines.append("◇ 전 보")
        for dpt in r.sample(inst["depts"], min(len(inst["depts"]), r.randint(2, 4))):
            if chance(0.4):
                lines.append(f"  ○ {dpt}{'장' if not dpt.endswith('관') else ''}  {pick('서기관', '행정사무관')} {P(newp())}")
            else:
                lines.append(f"  ○ {dpt}  {pick('행정주사', '전산주사', '행정주사보', '행정사무관')} {P(newp())}")
        lines.append(f"◇ 직무대리\n  ○ {pick(*inst['depts'])}장 직무대리  행정사무관 {P(newp())}")
        body = "\n".join(lines) + f"\n\n{OFFICE(inst)}"
    elif t == "table":
        rows = ["직급 | 성명 | 현 소속 | 발령 사항 | 비고"]
        for _ in range(r.randint(3, 6)):
            q = newp(kind=pick("kr", "kr", "kr", "kr2", "kr1"))
            rows.append(f"{pick('행정주사', '행정주사보', '전산서기', '시설주사', '행정사무관')} | {P(q)} | {pick(*inst['depts'])} | "
                        f"{pick(*inst['depts'])} 근무를 명함 | {pick('', '승진', '파견 복귀', '')}")
        body = f"{no}\n{HD(d)}자 인사발령\n\n" + "\n".join(rows)
    elif t == "newhire":
        lines = [f"신규 임용 발령\n\n{no}\n"]
        for _ in range(r.randint(2, 4)):
            q = newp()
            q.dob = rand_date(1990, 2002)
            lines.append(f"○ {pick('행정주사보', '전산서기보', '사회복지주사보', '행정서기보')} 시보 {P(q)}"
                         f"({DOB(q, pick('dot_sp', 'dot_pad', 'kor', 'iso', 'yy_dot'))}) - {pick(*inst['depts'])} 근무를 명함")
        body = "\n".join(lines) + f"\n※ 시보 기간: {HD(d)}부터 6개월\n\n{OFFICE(inst)}"
    else:
        a = newp()
        b = newp()
        body = (f"인 사 발 령\n\n{no}\n\n◇ 휴 직\n  행정주사 {P(a)} - {pick('육아휴직', '질병휴직', '가사휴직')} "
                f"({HDR()})\n◇ 복 직\n  전산주사보 {P(b)} - {pick(*inst['depts'])} 근무를 명함\n"
                f"◇ 국외 훈련 파견\n  행정사무관 {P(a if chance(0.3) else newp())} - {pick('OECD 사무국', '미국 시러큐스대학교', '싱가포르 국립대학교')} "
                f"(여권번호 {PASSPORT(pick('kr_new', 'kr_old'))})\n\n{OFFICE(inst)}")
    return body, "personnel_" + t


# ================================================================ 계약서
def g_contract(nopii):
    r = R()
    inst = r.choice(INSTITUTIONS)
    cno = hn("doc_number", f"제{r.randint(2023, 2025)}-{r.randint(1, 999):04d}호")
    if nopii:
        body = (f"용역 계약서(표준 서식)\n\n계약번호: {cno}\n발주기관(갑): {inst['name']}\n주소: {INSTADDR(inst)}\n"
                f"계약상대자(을): 상호 ______________  대표자 ______________\n"
                f"  사업자등록번호 ___-__-_____   법인등록번호 ______-_______\n"
                f"  (작성 예: 대표자 {hn('placeholder_person', '홍길동')}, 사업자등록번호 {hn('placeholder_number', '123-45-67890')})\n"
                f"계약금액: 금 ______원(부가가치세 포함)\n나라장터 공고번호: {hn('bid_number', f'R25BK{r.randint(10000000, 99999999)}-000')}\n"
                f"제1조(목적) 이 계약은 갑이 발주한 용역의 수행에 관한 사항을 정함을 목적으로 한다.\n"
                f"제2조(계약 보증금) 을은 {STATUTE('contract')}에 따라 계약 보증금을 납부하여야 한다.")
        return body, "contract_blank"
    t = choose("goods", "service_indiv", "lease", "labor", "advisor")
    rep = newp()
    if t == "goods":
        bank, acc = ACCT()
        co = COMPANY()
        body = (f"물품 구매 계약서\n\n계약번호: {cno}\n계약명: {pick('업무용 노트북 120대 구매', '청사 CCTV 교체', '민원실 키오스크 도입')}\n"
                f"발주기관(갑): {inst['name']} (주소: {INSTADDR(inst)}, 전화 {hn('switchboard', inst['tel'])})\n"
                f"계약상대자(을): {co}\n  대표이사: {P(rep)}\n  사업자등록번호: {BRN('corp')}\n  법인등록번호: {CRN()}\n"
                f"  주소: {ADDR(kind=pick('road_full', 'road_short'))}\n  전화: {LAND()}  팩스: {LAND()}\n"
                f"  담당자 전자우편: {ID('EMAIL_ADDRESS', rep.giv_r + '.' + rep.sur_r + '@' + pick('hanbit-eng.co.kr', 'saerom-it.com', 'nurisoft.co.kr'), 'email_company_person')}\n"
                f"계약금액: {AMT()}\n대금 지급 계좌: {bank} {acc} (예금주: {co})\n\n"
                f"위 계약을 증명하기 위하여 계약서 2통을 작성하여 각 1통씩 보관한다.\n{HD()}\n"
                f"갑 {OFFICE(inst)} (인)    을 대표이사 {P(rep)} (인)")
    elif t == "service_indiv":
        bank, acc = ACCT()
        body = (f"용역 계약서\n\n계약번호: {cno}\n용역명: {pick('홍보 영상 제작', '정책 연구 자료 번역', '행사 사진 촬영')}\n"
                f"계약상대자: {hn('company_name', pick(*SERVICE_SHOPS))} 대표 {P(rep)}\n  생년월일: {DOB(rep)}\n  사업자등록번호: {BRN('individual')}\n"
                f"  사업장 주소: {ADDR()}\n  연락처: {MOB()} / {EMAIL(rep)}\n"
                f"계약금액: {AMT()}\n지급 계좌: {bank} {acc} (예금주 {P(rep)})\n\n{HD()}\n계약상대자 {P(rep)} (서명)")
    elif t == "lease":
        les = newp(old=True)
        bank, acc = ACCT()
        body = (f"공유재산 임대차 계약서\n\n임대인(갑): {inst['name']}\n"
                f"임차인(을): {P(les)}\n  주민등록번호: {RRN(les, pick('valid', 'valid', 'masked_star', 'reissued'))}\n"
                f"  주소: {ADDR()}\n  연락처: {MOB()}\n"
                f"임대 물건: {pick('○○공원 매점', '시청 지하 1층 구내식당', '공영주차장 부지 일부')} ({r.randint(20, 200)}㎡)\n"
                f"연간 임대료: {AMT(100, 3000)}\n임대 기간: {HDR()}\n"
                f"보증금 반환 계좌: {bank} {acc} (예금주: {P(les)})\n\n"
                f"제5조(원상복구) 을은 계약이 종료되면 임대 물건을 원상으로 회복하여 반환하여야 한다.\n\n"
                f"갑 {OFFICE(inst)} (인)  을 {P(les)} (인)")
    elif t == "labor":
        w = newp(kind=pick("kr", "kr", "kr", "foreign"))
        bank, acc = ACCT()
        idline = (f"  외국인등록번호: {FRN(w)}\n" if w.kind == "name_foreign_hangul" else
                  f"  주민등록번호: {RRN(w, pick('valid', 'masked_star', 'reissued', 'valid'))}\n")
        body = (f"기간제근로자 표준근로계약서\n\n사용자: {inst['name']} ({OFFICE(inst)})\n근로자: {P(w)}\n" + idline +
                f"  주소: {ADDR()}\n  연락처: {MOB()}\n"
                f"1. 근로계약기간: {HDR('부터 ', '까지')}\n2. 근무 장소: {pick(*inst['depts'])}\n"
                f"3. 업무 내용: {pick('민원 안내 보조', '자료 정리 및 입력', '시설 관리 보조')}\n4. 임금: 월 {AMT(180, 320)}\n"
                f"5. 임금 지급 방법: 근로자 명의 {bank} 계좌({acc})에 입금\n\n{HD()}\n근로자 {P(w)} (서명)")
    else:
        a = newp()
        bank, acc = ACCT()
        body = (f"자문위원 위촉 계약서\n\n위원: {P(a)} ({pick('○○대학교 교수', '변호사', '세무사')})\n"
                f"  생년월일: {DOB(a)}   휴대전화: {MOB()}\n  전자우편: {EMAIL(a)}\n"
                f"  자택 주소: {ADDR()}\n자문료: 회당 {AMT(20, 60)}\n입금 계좌: {bank} {acc}\n"
                f"주민등록번호(원천징수용): {RRN(a, pick('valid', 'masked_star', 'valid'))}")
    return body, "contract_" + t


# ======================================================================
# section: genres3
# ======================================================================
"""Genre templates, part 3: 동의서, 신청서, 시스템 접속 로그, 표."""


# ================================================================ 동의서
def g_consent(nopii):
    r = R()
    inst = r.choice(INSTITUTIONS)
    purpose = pick("2025년 청년 일자리 지원사업 참여자 관리", "주민참여예산위원 공개 모집", "평생학습 강좌 수강 신청",
                   "재난지원금 지급 대상자 확인", "공공 와이파이 이용자 민원 대응")
    head = (f"개인정보 수집·이용 동의서\n\n{inst['name']}{josa(inst['name'], '은', '는')} 「{purpose}」을(를) 위하여 {STATUTE('privacy')}에 따라 아래와 같이 개인정보를 수집·이용하고자 합니다.\n"
            f"1. 수집 항목: 성명, 생년월일, 휴대전화번호, 주소, 전자우편\n2. 보유 기간: 사업 종료 후 3년\n"
            f"3. 동의를 거부할 권리가 있으며, 거부 시 사업 참여가 제한될 수 있습니다.\n\n")
    if nopii:
        t = choose("blank", "example")
        if t == "blank":
            body = ("성명: ____________   생년월일: ____년 __월 __일\n휴대전화: 010-____-____\n주소: ______________________\n"
                    "□ 동의함  □ 동의하지 않음\n\n      년    월    일\n동의자:            (서명)")
        else:
            body = (f"[작성 예시]\n성명: {hn('placeholder_person', '홍길동')}   생년월일: {hn('placeholder_date', '1900. 1. 1.')}\n"
                    f"휴대전화: {hn('placeholder_number', '010-0000-0000')}\n주소: ○○시 ○○구 ○○로 00\n"
                    f"■ 동의함  □ 동의하지 않음\n\n※ 문의: {SWITCH(inst)}")
        return head + body, "consent_" + t
    t = choose("adult", "adult", "child", "foreigner", "uniqueid")
    if t == "adult":
        a = newp()
        body = (f"성명: {P(a)}   생년월일: {DOB(a)}\n휴대전화: {MOB()}\n"
                f"주소: {ADDR()}\n전자우편: {EMAIL(a)}\n"
                f"■ 동의함  □ 동의하지 않음\n\n{HD()}\n동의자: {P(a)} (서명)")
    elif t == "child":
        c = newp(young=True)
        g = newp()
        cid = f"아동 주민등록번호: {RRN(c, 'post2020')}" if chance(0.5) else f"아동 생년월일: {DOB(c)}"
        body = (f"[만 14세 미만 아동의 경우 법정대리인 동의]\n아동 성명: {P(c)}   {cid}\n"
                f"법정대리인 성명: {P(g)} (관계: {pick('부', '모', '조모')})\n법정대리인 연락처: {MOB()}\n"
                f"주소: {ADDR()}\n■ 동의함  □ 동의하지 않음\n\n{HD()}\n법정대리인 {P(g)} (서명)")
    elif t == "foreigner":
        f = newp(kind="latin")
        body = (f"Name (성명): {P(f)}\nDate of birth (생년월일): {DOB(f, pick('passport', 'en_us', 'iso', 'passport'))}\n"
                f"Alien registration No. (외국인등록번호): {FRN(f)}\nMobile (휴대전화): {MOB(pick('mobile', 'mobile_intl'))}\n"
                f"E-mail: {EMAIL(f)}\n■ I agree (동의함)  □ I do not agree\n\n{HD()}\nSignature: {P(f)}")
    else:
        a = newp()
        body = (f"[고유식별정보 처리 동의]\n{STATUTE('privacy')}에 따라 주민등록번호를 수집합니다.\n"
                f"성명: {P(a)}   주민등록번호: {RRN(a, pick('valid', 'valid', 'reissued', 'masked_star'))}\n"
                f"연락처: {MOB()}\n■ 동의함  □ 동의하지 않음\n\n{HD()}\n동의자 {P(a)} (인)")
    return head + body, "consent_" + t


# ================================================================ 신청서
def g_application(nopii):
    r = R()
    inst = r.choice(INSTITUTIONS)
    if nopii:
        t = choose("passport_blank", "parking_blank")
        if t == "passport_blank":
            body = (f"여권 발급 신청서 작성 안내\n\n1. 한글 성명은 가족관계등록부와 같게 적습니다(예: {hn('placeholder_person', '홍길동')}).\n"
                    f"2. 로마자 성명은 여권에 기재된 대로 적습니다(예: {hn('placeholder_person', 'HONG GILDONG')}).\n"
                    f"3. 주민등록번호 칸에는 {hn('placeholder_number', '000000-0000000')} 형식으로 적습니다.\n"
                    f"4. 여권번호는 {hn('placeholder_number', 'M12345678')}과 같이 영문 1자리와 숫자 8자리(차세대 전자여권은 {hn('placeholder_number', 'M123A4567')}) 형식입니다.\n"
                    f"5. 문의: 외교부 여권안내({SWITCH()})")
        else:
            body = (f"거주자 우선주차 신청 안내\n\n신청 자격: 구역 내 주민등록 및 차량 등록이 된 자\n"
                    f"구비 서류: 자동차등록증 사본, 신분증\n신청 기간: {HDR()}\n접수처: {INSTADDR(inst)} 1층 교통행정과\n"
                    f"배정 결과 조회: 관리번호({MGMTNO()}) 입력 후 확인\n문의: {SWITCH(inst)}")
        return body, "application_" + t
    t = choose("passport", "arc", "dl_record", "dl_record", "nhis_dependent", "nhis_dependent", "parking", "welfare", "autopay", "autopay", "business")
    a = newp()
    if t == "passport":
        e = newp()
        body = (f"여권 발급 신청서\n\n한글 성명: {P(a)}\n로마자 성명: {lab('PERSON', a.sur_r.upper() + ' ' + a.giv_r.upper(), 'name_kr_latin')}\n"
                f"주민등록번호: {RRN(a, pick('valid', 'valid', 'reissued'))}\n"
                f"휴대전화: {MOB()}   전자우편: {EMAIL(a)}\n"
                f"여권 종류: 복수여권(10년)   이전 여권번호: {PASSPORT('kr_old')}\n"
                f"긴급연락처: {P(e)} ({pick('배우자', '부', '모', '형제')}) {MOB()}\n"
                f"신청일: {HD()}   접수번호: {RECEIPT()}")
    elif t == "arc":
        f = newp(kind="latin")
        body = (f"외국인등록 신청서 (APPLICATION FORM)\n\n성 Surname / 명 Given names: {P(f)}\n"
                f"생년월일 Date of Birth: {DOB(f, pick('passport', 'passport_kr', 'iso', 'yyyymmdd'))}\n"
                f"성별 Sex: {'M' if f.gender == 'M' else 'F'}   국적 Nationality: {COUNTRY_KR.get(f.country, '미국')}\n"
                f"여권번호 Passport No.: {PASSPORT(p=f)}\n"
                f"대한민국 내 주소 Address in Korea: {ADDR()}\n"
                f"전화 Tel: {MOB(pick('mobile', 'mobile_intl', 'mobile'))}   E-mail: {EMAIL(f)}\n"
                f"근무처: {COMPANY()}   사업자등록번호: {BRN('corp')}")
    elif t == "dl_record":
        body = (f"운전경력증명서 발급 신청서\n\n성명: {P(a)}\n생년월일: {DOB(a)}\n운전면허번호: {DL()}\n"
                f"주소: {ADDR()}\n연락처: {MOB()}\n용도: {pick('취업 제출용', '보험사 제출용', '관공서 제출용')}\n신청일: {HD()}")
    elif t == "nhis_dependent":
        baby = newp(young=True)
        body = (f"직장가입자 피부양자 자격취득 신고서\n\n[가입자]\n성명: {P(a)}\n주민등록번호: {RRN(a, pick('valid', 'valid', 'masked_star', 'reissued'))}\n"
                f"건강보험증 번호: {HEALTH()}\n사업장: {COMPANY()} (사업장관리번호 {MGMTNO()})\n전화: {MOB()}\n"
                f"[피부양자]\n성명: {P(baby)}   관계: 자녀\n"
                f"주민등록번호: {RRN(baby, 'post2020')}\n취득일: {HD()}")
    elif t == "parking":
        body = (f"거주자 우선주차 신청서\n\n신청인: {P(a)}\n생년월일: {DOB(a)}\n주소: {ADDR()}\n"
                f"연락처: {MOB()}{', ' + LAND() if chance(0.4) else ''}\n"
                f"차량번호: {PLATE(pick('old2', 'new3', 'new3', 'nospace'))}   차종: {pick('승용', '승합', '화물')}\n"
                f"희망 구역: {pick('A-12', 'B-07', 'C-23')}구역\n신청일: {HD()}")
    elif t == "welfare":
        bank, acc = ACCT()
        body = (f"긴급복지 지원 신청서\n\n신청인: {P(a)}   주민등록번호: {RRN(a, pick('valid', 'masked_star', 'reissued', 'masked_dot'))}\n"
                f"주소: {ADDR()}\n연락처: {MOB()}\n위기 사유: {pick('주소득자 사망', '중한 질병', '실직')}\n"
                f"지원금 입금 계좌: {bank} {acc}  예금주: {P(a)}\n"
                f"가구원: {P(newp())}({pick('배우자', '자녀')}), {P(newp(young=True))}(자녀)")
    elif t == "autopay":
        body = (f"지방세 신용카드 자동납부 신청서\n\n납세자: {P(a)}\n생년월일: {DOB(a)}\n"
                f"카드번호: {CARD(masked=chance(0.3))}   유효기간: {r.randint(1, 12):02d}/{r.randint(26, 30)}\n"
                f"카드 소유자: {P(a)}\n연락처: {MOB()}   전자우편: {EMAIL(a)}\n대상 세목: 자동차세(차량번호 {PLATE(pick('old2', 'new3'))})")
    else:
        body = (f"사업자등록 정정 신고서\n\n상호: {SHOP()}\n대표자: {P(a)}\n주민등록번호: {RRN(a, pick('valid', 'masked_star', 'valid'))}\n"
                f"사업자등록번호: {BRN('individual')}\n사업장 소재지: {ADDR()}\n"
                f"전화: {LAND()}   휴대전화: {MOB()}\n정정 사유: 사업장 이전\n신고일: {HD()}")
    return body, "application_" + t


# ================================================================ 시스템 접속 로그
def ts(d):
    r = R()
    return f"{d.isoformat()} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"


def UID():
    r = R()
    return hn("user_id", pick(f"u{r.randint(10000, 99999)}", f"emp{r.randint(1000, 9999)}",
                              pick("admin", "sysop", "batch_etl", "minwon01", "portal_svc", "dba_ro")))


def VER():
    r = R()
    return hn("version_number", pick(f"10.0.{r.randint(17000, 22631)}.{r.randint(100, 4000)}",
                                     f"124.0.{r.randint(6000, 6400)}.{r.randint(10, 200)}",
                                     f"4.{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(1000, 9999)}"))


def g_log(nopii):
    r = R()
    d = State.ref_date
    inst = r.choice(INSTITUTIONS)
    if nopii:
        lines = [f"# portal-auth.log (발췌, 개인식별정보 제외)"]
        for _ in range(r.randint(4, 7)):
            lines.append(f"{ts(d)} {pick('INFO', 'INFO', 'WARN')} [auth] {pick('LOGIN_SUCCESS', 'LOGIN_FAIL', 'SESSION_EXPIRED', 'LOGOUT')} "
                         f"user={UID()} session={r.getrandbits(48):012x} agent=Windows NT {VER()}")
        lines.append(f"{ts(d)} INFO [sys] build={VER()} heap=512MB")
        return "\n".join(lines), "log_noid"
    t = choose("app", "apache", "csv", "json", "privacy_access", "firewall", "payment")
    if t == "payment":
        lines = []
        for _ in range(r.randint(3, 5)):
            a = newp(kind=pick("kr", "kr", "kr_latin"))
            lines.append(f"{ts(d)} [pg-gw] {pick('APPROVED', 'APPROVED', 'DECLINED', 'CANCELLED')} order={r.randint(10**9, 10**10 - 1)} "
                         f"buyer={P(a)} card={CARD(masked=chance(0.5))} amount={r.randint(1, 500) * 1000} ip={IP('public')}")
        return "\n".join(lines), "log_payment"
    if t == "app":
        lines = []
        for _ in range(r.randint(3, 6)):
            a = newp(kind=pick("kr", "kr", "kr_latin"))
            ok = chance(0.7)
            lines.append(f"{ts(d)} {'INFO' if ok else 'WARN'}  [sso] {'login success' if ok else 'login failed'} uid={UID()} "
                         f"name={P(a)} ip={IP(pick('public', 'private'))}" + (f" email={EMAIL(a, inst['dom'])}" if chance(0.5) else ""))
        return "\n".join(lines), "log_app"
    if t == "apache":
        lines = []
        for _ in range(r.randint(3, 6)):
            lines.append(f"{IP(pick('public', 'public', 'ipv6'))} - {UID() if chance(0.5) else '-'} [{d.day:02d}/{['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][d.month - 1]}/{d.year}:"
                         f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} +0900] "
                         f"\"{pick('GET', 'POST')} /minwon/{pick('apply.do', 'view.do?seq=' + str(r.randint(1000, 99999)), 'download.do')} HTTP/1.1\" "
                         f"{pick('200', '200', '302', '404', '500')} {r.randint(200, 90000)}")
        return "\n".join(lines), "log_apache"
    if t == "csv":
        lines = ["접속일시,사용자ID,성명,부서,접속IP,이메일,수행업무"]
        for _ in range(r.randint(3, 5)):
            a = newp()
            lines.append(f"{ts(d)},{UID()},{P(a)},{pick(*inst['depts'])},{IP(pick('private', 'private', 'public'))},"
                         f"{EMAIL(a, inst['dom'])},{pick('조회', '다운로드', '수정', '출력')}")
        return "\n".join(lines), "log_csv"
    if t == "json":
        lines = []
        for _ in range(r.randint(2, 4)):
            a = newp(kind=pick("kr", "latin", "kr_latin"))
            lines.append("{" + f"\"ts\":\"{d.isoformat()}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}+09:00\","
                         f"\"event\":\"{pick('PASSWORD_RESET', 'MFA_ENROLL', 'PROFILE_UPDATE')}\",\"user\":\"{UID()}\","
                         f"\"display_name\":\"{P(a)}\",\"client_ip\":\"{IP()}\",\"email\":\"{EMAIL(a)}\"" +
                         (f",\"phone\":\"{MOB()}\"" if chance(0.4) else "") + "}")
        return "\n".join(lines), "log_json"
    if t == "privacy_access":
        lines = [f"[개인정보처리시스템 접속기록] 시스템: 주민등록 업무 지원 / 기간: {HD(d)}",
                 "계정 | 접속일시 | 접속지 정보 | 처리한 정보주체 | 수행업무"]
        for _ in range(r.randint(3, 5)):
            subj = newp()
            lines.append(f"{UID()} | {ts(d)} | {IP('private')} | {P(subj)}({RRN(subj, pick('masked_star', 'masked_star', 'masked_x'))}) | "
                         f"{pick('조회', '출력', '정정', '등본 발급')}")
        if chance(0.5):
            lines.append(f"{UID()} | {ts(d)} | {IP('private')} | {ANON()} | 조회")
        return "\n".join(lines), "log_privacy_access"
    lines = []
    for _ in range(r.randint(3, 6)):
        lines.append(f"{ts(d)} fw01 action={pick('deny', 'allow', 'deny')} proto={pick('tcp', 'udp')} src={IP('public')}:{r.randint(1024, 65535)} "
                     f"dst={IP('private')}:{pick('443', '22', '3389', '8080')} rule={r.randint(100, 999)}")
    return "\n".join(lines), "log_firewall"


# ================================================================ 표
def g_table(nopii):
    r = R()
    inst = r.choice(INSTITUTIONS)
    sep = pick(" | ", "|", "\t")
    if nopii:
        t = choose("budget", "contacts", "stats")
        if t == "budget":
            rows = [sep.join(["사업명", "2024 예산", "2025 예산", "증감"])]
            for nm in r.sample(["정보공개 시스템 운영", "공공데이터 개방", "민원 콜센터 운영", "개인정보 보호 교육", "청사 시설 관리"], 3):
                a, b = r.randint(100, 9000) * 1000000, r.randint(100, 9000) * 1000000
                rows.append(sep.join([nm, hn("amount", f"{a:,}"), hn("amount", f"{b:,}"), hn("amount", f"{b - a:+,}")]))
            return "(단위: 원)\n" + "\n".join(rows), "table_budget"
        if t == "contacts":
            rows = [sep.join(["기관", "대표전화", "주소"])]
            for i in r.sample(INSTITUTIONS, 3):
                rows.append(sep.join([i["name"], hn("switchboard", i["tel"]), hn("institution_address", i["addr"])]))
            rows.append(sep.join(["정부민원안내콜센터", hn("short_code", "110"), "-"]))
            return "\n".join(rows), "table_contacts"
        rows = [sep.join(["연도", "접수", "처리", "관리번호"])]
        for y in range(2021, 2025):
            rows.append(sep.join([str(y), f"{r.randint(1000, 9999):,}", f"{r.randint(900, 9000):,}", MGMTNO()]))
        return "\n".join(rows), "table_stats"
    t = choose("attendees", "scholar", "headerless", "headerless", "companies", "vehicles", "foreign_workers", "headerless_tab",
               "patients", "drivers", "refunds")
    if t == "attendees":
        rows = [sep.join(["연번", "소속", "직위", "성명", "연락처", "서명"])]
        for i in range(r.randint(3, 6)):
            a = newp(kind=pick("kr", "kr", "kr", "kr2", "kr1", "foreign"))
            rows.append(sep.join([str(i + 1), pick(*inst["depts"], "○○대학교", "시민단체"), pick("주무관", "팀장", "교수", "위원", "대표"),
                                  P(a), MOB(pick("mobile", "mobile", "landline")), ""]).rstrip())
        return f"{pick('간담회', '설명회', '워크숍')} 참석자 명단\n" + "\n".join(rows), "table_attendees"
    if t == "scholar":
        rows = [sep.join(["번호", "성명", "생년월일", "학교", "지급 계좌"])]
        for i in range(r.randint(3, 5)):
            a = newp(young=True)
            a.dob = rand_date(2007, 2011)
            bank, acc = ACCT(masked=chance(0.2))
            rows.append(sep.join([str(i + 1), P(a), DOB(a, pick("iso", "dot_pad", "yymmdd", "dot_sp")),
                                  pick("○○고등학교", "△△중학교", "□□고등학교"), f"{bank} {acc}"]))
        return "2025년 장학금 지급 대상자\n" + "\n".join(rows), "table_scholar"
    if t in ("headerless", "headerless_tab"):
        s = "\t" if t == "headerless_tab" else sep
        rows = []
        for i in range(r.randint(3, 6)):
            a = newp(kind=pick("kr", "kr", "kr", "kr2", "kr1"))
            cols = [str(i + 1), P(a), MOB()]
            if chance(0.7):
                cols.append(DOB(a, pick("iso", "dot_pad", "yymmdd", "dot_sp", "yy_dot")))
            if chance(0.4):
                cols.append(pick("참석", "불참", "대리참석"))
            rows.append(s.join(cols))
        return "\n".join(rows), "table_" + t
    if t == "refunds":
        rows = [sep.join(["성명", "결제 카드", "환불액", "연락처"])]
        for _ in range(r.randint(2, 4)):
            a = newp()
            rows.append(sep.join([P(a), CARD(), AMT(1, 30), MOB()]))
        return "체육시설 사용료 환불 대상자\n" + "\n".join(rows), "table_refunds"
    if t == "patients":
        rows = [sep.join(["연번", "성명", "생년월일", "건강보험증 번호", "연락처"])]
        for i in range(r.randint(3, 4)):
            a = newp(old=chance(0.6))
            rows.append(sep.join([str(i + 1), P(a), DOB(a, pick("iso", "dot_pad", "yymmdd", "dot_sp")), HEALTH(), MOB()]))
        return "2025년 방문 건강검진 대상자 명단\n" + "\n".join(rows), "table_patients"
    if t == "drivers":
        rows = [sep.join(["성명", "소속", "운전면허번호", "면허 종별", "연락처"])]
        for _ in range(r.randint(2, 4)):
            a = newp()
            rows.append(sep.join([P(a), pick(*inst["depts"]), DL(), pick("1종 보통", "1종 대형", "2종 보통"), MOB()]))
        return "공용차량 운전 등록자 현황\n" + "\n".join(rows), "table_drivers"
    if t == "companies":
        rows = [sep.join(["상호", "대표자", "사업자등록번호", "법인등록번호", "소재지", "전화"])]
        for _ in range(r.randint(2, 4)):
            a = newp()
            rows.append(sep.join([COMPANY(), P(a), BRN("corp"), CRN(pick("stock", "stock", "llc")),
                                  ADDR(kind=pick("road_full", "road_short"), with_unit=chance(0.4), allow_pre=False), LAND()]))
        return "입찰 참가 업체 현황\n" + "\n".join(rows), "table_companies"
    if t == "vehicles":
        rows = [sep.join(["차량번호", "차종", "소유자", "연락처", "등록일"])]
        for _ in range(r.randint(3, 5)):
            a = newp()
            rows.append(sep.join([PLATE(), pick("승용", "화물", "승합"), P(a), MOB(), HD()]))
        return "공영주차장 정기권 등록 차량\n" + "\n".join(rows), "table_vehicles"
    rows = [sep.join(["성명(영문)", "국적", "외국인등록번호", "여권번호", "체류만료일"])]
    for _ in range(r.randint(2, 4)):
        f = newp(kind="latin")
        rows.append(sep.join([P(f), COUNTRY_KR.get(f.country, "베트남"), FRN(f, masked=chance(0.2)), PASSPORT(p=f), HD()]))
    return "외국인 근로자 고용 현황\n" + "\n".join(rows), "table_foreign_workers"


# ======================================================================
# section: special
# ======================================================================
"""Hand-written records (fixed text; identifier values come from the seeded generators)."""


def N(name, kind="name_kr"):
    return lab("PERSON", name, kind)


def person(name, gender="M", dob=None):
    p = Person(name, "name_kr", None, None, gender)
    p.dob = dob or rand_date(1960, 1998)
    return p


INST = {i["name"]: i for i in INSTITUTIONS}


def s01():
    return (f"보도자료\n\n골목상권 살리기 '우리동네 가게' 지원사업 성과\n\n"
            f"서울 마포구에서 15년째 빵집을 운영하는 {N('이정민')}(41) 씨는 \"임대료 지원 덕분에 가게 문을 닫지 않을 수 있었다\"고 말했다. "
            f"같은 골목에서 분식집을 하는 {hn('anonymised_person', '박 모')}(63) 씨도 비슷한 이야기를 했다. "
            f"지원사업 운영을 맡은 {COMPANY()}의 {N('최영호')} 대표(58)는 \"내년에는 지원 대상을 두 배로 늘릴 계획\"이라고 밝혔다. "
            f"{N('최영호')} 대표는 이날 간담회에서 {N('이정민')} 씨에게 감사패를 전달했다.\n"
            f"문의: 마포구 일자리경제과({hn('switchboard', '02-3153-8114')})"), "보도자료", "hand_quotes_age"


def s02():
    inst = INST["행정안전부"]
    a, b, c, d = N("남궁은비", "name_kr_2surname"), N("김솔", "name_kr_1given"), N("황보석진", "name_kr_2surname"), N("윤별", "name_kr_1given")
    em = ID("EMAIL_ADDRESS", "eunbi.namgung@korea.kr", "email_official")
    return (f"행정안전부\n수신  {hn('official_by_office', '각 중앙행정기관장(정보공개 담당관)')}\n(경유)\n"
            f"제목  2025년 정보공개 종합평가 계획 알림\n\n"
            f"1. {STATUTE('info')}에 따라 2025년 정보공개 종합평가를 실시합니다.\n"
            f"2. 평가 지표에 관한 문의는 담당자(☎ {ID('PHONE_NUMBER', '044-205-2417', 'phone_official_direct')})에게, "
            f"평가 시스템 장애는 유지보수 콜센터({hn('switchboard', '1588-2188')})로 연락하시기 바랍니다.\n"
            f"붙임  평가 편람 1부.  끝.\n\n{hn('official_by_office', '행정안전부장관')}\n\n"
            f"★주무관 {a}   사무관 {b}   정보공개정책과장 전결 06/14 {c}\n협조자  디지털정부정책과 전산주사 {d}\n"
            f"시행  {hn('doc_number', '정보공개정책과-1874')} ({hn('date', '2025. 6. 14.')})   접수\n"
            f"우 {hn('postal_code', '30112')}  {hn('institution_address', '세종특별자치시 도움6로 42 정부세종청사 중앙동')}  / www.mois.go.kr\n"
            f"전화번호 {ID('PHONE_NUMBER', '044-205-2417', 'phone_official_direct')}  팩스번호 {ID('PHONE_NUMBER', '044-205-8954', 'phone_fax')}"
            f"  / {em} / 대국민 공개\n(대표전화 {hn('switchboard', '044-205-1000')})"), "공문", "hand_gongmun_2surname"


def s03():
    bank, acc = "국민은행", ID("KR_BANK_ACCOUNT", hangul_digits(gen_account("KB국민은행")[1]), "acct_hangul", noise=[], extra_noise=["hangul_digits"])
    ph = MOB_HANGUL()
    c = newp()
    return (f"민원 상담 녹취 요약\n\n상담 일시: {HD()} 10:42\n상담원: 민원콜센터 {hn('anonymised_person', '상담원 ○○○')}\n"
            f"민원인: {P(c)}\n요지: 민원인은 과오납 환급금을 받을 계좌를 구두로 불러 주었음. "
            f"\"{bank} {acc}이고요, 예금주는 제 이름 {P(c)}으로 돼 있어요. 연락은 {ph}로 주세요.\"\n"
            f"처리: 계좌 확인 후 {HDF()} 환급 예정. 관리번호 {MGMTNO()}."), "민원 회신", "hand_hangul_digits"


def s04():
    a, b, c, d = newp(), newp(gender="F"), newp(), newp()
    return (f"제7차 청년정책위원회 회의록(요지)\n\n"
            f"○ 위원장: 오늘은 '{P(b)}' 위원이 제안한 청년 월세 지원 확대안을 먼저 논의하겠습니다.\n"
            f"○ {P(a)} 위원: {P(b)} 위원의 안에 찬성합니다. 다만 소득 기준은 {P(c)}에게 자료를 받아 다시 보겠습니다.\n"
            f"○ {P(b)} 위원: 고맙습니다. {PJ(d, '과', '와')} 함께 현장 조사 결과를 정리했습니다.\n"
            f"○ 간사: “{P(d)}” 연구원의 보고서는 전자우편으로 송부하였습니다.\n"
            f"○ 위원장: {hn('anonymised_person', 'C위원')}은 서면으로 반대 의견을 제출하셨습니다."), "회의록", "hand_names_particles_quotes"


def s05():
    pl, df = newp(gender="F"), newp(gender="M")
    pl_rrn = RRN(pl, "valid")
    v, dob, g = gen_rrn("valid", dob=df.dob, gender="M")
    v = v[:6] + "-\n" + v[7:]
    df_rrn = lab("KR_RRN", v, "rrn_valid", ["newline_in_number"])
    law = newp()
    return (f"서울중앙지방법원\n판 결\n\n사 건  {CASENO('가단')} 소유권이전등기\n"
            f"원 고  {P(pl)} ({pl_rrn})\n       {ADDR(kind='road_full', with_unit=True)}\n"
            f"       소송대리인 변호사 {P(law)}\n"
            f"피 고  {P(df)} ({df_rrn})\n       {ADDR(kind='jibun', with_unit=True)}\n\n"
            f"주 문\n1. 피고는 원고에게 별지 목록 기재 부동산에 관하여 {HD()} 매매를 원인으로 한 소유권이전등기 절차를 이행하라.\n"
            f"2. 소송비용은 피고가 부담한다.\n\n이 유\n"
            f"갑 제1호증(매매계약서)의 기재에 의하면, 원고가 {hn('date', '2021. 4. 9.')} 피고로부터 위 부동산을 매수하고 대금을 모두 지급한 사실이 인정된다. "
            f"{hn('anonymised_person', '을')} 제2호증의 기재만으로는 이를 뒤집기 어렵다.\n\n판사  {P(newp())}"), "판결문", "hand_judgment_rrn_newline"


def s06():
    f1h, f1l = N("응우옌 반 남", "name_foreign_hangul"), N("NGUYEN VAN NAM", "name_foreign_latin")
    f2h = N("타냐 이바노바", "name_foreign_hangul")
    f2l = N("Tanya Ivanova", "name_foreign_latin")
    return (f"외국인 근로자 산업재해 발생 보고\n\n1. 재해자: {f1h}({f1l}), 베트남, 남, 31세\n"
            f"   여권번호 {ID('KR_PASSPORT', gen_passport('vn'), 'passport_vn')}, 외국인등록번호 {FRN(newp(gender='M'))}\n"
            f"2. 목격자: 통역 담당 {f2h}(영문 성명 {f2l}, 러시아 국적)\n"
            f"3. 경위: {f1h} 씨가 사출기 금형 교체 작업 중 손가락을 다쳐 인근 병원으로 이송됨. "
            f"{f2h} 씨가 현장에서 통역을 지원함.\n"
            f"4. 사업장: {COMPANY()}, 사업자등록번호 {BRN('corp')}, 담당자 연락처 {LAND()}"), "사건·사고 보고서", "hand_foreign_names"


def s07():
    a = newp()
    b = newp()
    acc_bank, acc = ACCT()
    v, brand, num = gen_card()
    masked = lab("CREDIT_CARD", mask_card(num, "first6last4") if len(num) == 16 else mask_card(num, ""), "card_masked_" + brand, ["masked"])
    return (f"감사 결과 (요약)\n\n{pick('행정6급', '시설6급')} {PJ(a, '은', '는')} {hn('date', '2024. 2. 5.')}부터 같은 해 {hn('date', '2024. 9. 30.')}까지 "
            f"관용차량 주유비를 본인 명의 카드({masked})로 결제한 뒤 법인카드로 중복 청구하는 방법으로 {AMT(50, 900)}을 부당 수령하였다. "
            f"{PJ(a, '은', '는')} 수령한 돈을 배우자 {P(b)} 명의 {acc_bank} 계좌({acc})로 이체하였다. "
            f"{hn('official_by_office', '감사관')}은 {P(a)}에 대한 중징계를 요구하고, {hn('official_by_office', '○○구청장')}에게 재발 방지 대책을 통보하였다. "
            f"한편 같은 부서 {hn('anonymised_person', '김○○')} 주무관은 관여 사실이 확인되지 않았다."), "감사 결과", "hand_audit_masked_card"


def s08():
    return (f"세무 질의 회신\n\n[질의] {hn('anonymised_person', '갑')}은 {hn('company_name', 'A법인')}의 대표이사로서 {hn('anonymised_person', '을')}에게 "
            f"주식을 양도하였는바, 양도소득세 과세 여부를 질의함.\n"
            f"[회신] {STATUTE('tax')} 및 {STATUTE('tax')}에 따라 과세되는 것이며, 귀 질의의 경우 사실관계를 종합하여 판단할 사항임.\n"
            f"[관련 해석 사례] {hn('doc_number', '서면-2021-법인-1234')}({hn('date', '2021. 8. 3.')}), {hn('doc_number', '재산세과-659')}\n"
            f"※ 질의자 {hn('anonymised_person', '김○○')}, {hn('anonymised_person', '박**')}의 인적사항은 삭제함."), "민원 회신", "hand_anon_tax"


def s09():
    a = newp()
    rv, dob, g = gen_rrn("valid", dob=a.dob, gender=a.gender)
    ocr_rrn = rv.replace("0", "O", 1)
    if ocr_rrn == rv:
        ocr_rrn = rv.replace("1", "l", 1)
    ph = gen_phone("mobile")
    b, acc = gen_account("신한은행")
    return (f"[스캔 문서 OCR 결과]\n주 민 등 록 표 등 본 발 급 신 청 서\n"
            f"성   명 : {P(a, spaced=True)}\n"
            f"주민등록번호 : {lab('KR_RRN', ocr_rrn, 'rrn_valid', ['ocr_confusion'])}\n"
            f"주    소 : {ADDR(wrap=True, allow_pre=False)}\n"
            f"연 락 처 : {ID('PHONE_NUMBER', ph, 'phone_mobile', noise=['fullwidth'])}\n"
            f"수수료 환불 계좌 : 신한 {ID('KR_BANK_ACCOUNT', acc, 'acct_12d', noise=['unicode_dash'])}\n"
            f"발 급 용 도 : 관 공 서 제 출 용"), "신청서", "hand_ocr_render"


def s10():
    rows = []
    for i in range(5):
        a = newp(kind=pick("kr", "kr", "kr1", "kr2"))
        rows.append("\t".join([P(a), MOB(pick("mobile", "mobile", "mobile_plain")), DOB(a, pick("iso", "yymmdd", "dot_pad", "yyyymmdd")),
                               pick("1조", "2조", "3조")]))
    return "\n".join(rows), "표", "hand_headerless_tab"


def s11():
    return (f"2025-03-04 08:59:12 INFO  [vpn] auth ok user={hn('user_id', 'kimms01')} src={IP('public')} "
            f"mail={ID('EMAIL_ADDRESS', 'minsu.kim@korea.kr', 'email_official')} client=FortiClient {VER2()}\n"
            f"2025-03-04 09:01:47 INFO  [vpn] auth ok user={hn('user_id', 'leejy')} src={ID('IP_ADDRESS', '2001:2d8:e11a::4b:1c07', 'ip_ipv6')} "
            f"mail={ID('EMAIL_ADDRESS', 'jiyoung.lee@korea.kr', 'email_official')}\n"
            f"2025-03-04 09:03:02 WARN  [vpn] auth fail user={hn('user_id', 'admin')} src={IP('public')} reason=bad_credentials\n"
            f"2025-03-04 09:03:09 WARN  [vpn] auth fail user={hn('user_id', 'admin')} src={IP('public')} reason=bad_credentials\n"
            f"2025-03-04 09:10:33 INFO  [vpn] tunnel up user={hn('user_id', 'kimms01')} assigned={IP('private')}"), "시스템 접속 로그", "hand_vpn_log"


def VER2():
    r = R()
    return hn("version_number", f"7.2.{r.randint(0, 9)}.{r.randint(1000, 1999)}")


def s12():
    a = newp()
    v, brand, num = gen_card()
    if len(num) == 15:
        mc = mask_card(num, "")
    else:
        mc = f"{num[:4]}-{num[4:6]}**-****-{num[12:]}"
    b, acc = gen_account("우리은행")
    parts = acc.split("-")
    macc = f"{parts[0]}-***-***{parts[2][-3:]}"
    return (f"결제 내역 확인서\n\n고객명: {P(a)}\n결제 카드: {lab('CREDIT_CARD', mc, 'card_masked_' + brand, ['masked'])}\n"
            f"환불 계좌: 우리은행 {lab('KR_BANK_ACCOUNT', macc, 'acct_masked', ['masked'])}\n"
            f"주민등록번호: {RRN(a, 'masked_star')}\n승인번호: {hn('management_number', str(R().randint(10000000, 99999999)))}\n"
            f"결제 금액: {AMT(1, 50)}"), "신청서", "hand_masked_ids"


def s13():
    a, b, c, d = newp(), newp(gender="F"), newp(), newp()
    return (f"인사 기록 카드 발췌\n\n{P(a)} 주무관은 {DOB(a, 'kor')}생으로, {hn('date', '2015. 3. 2.')} 공직에 입문하였다.\n"
            f"{P(b)} 사무관(생년월일: {DOB(b, 'yy_dot')})은 {hn('date', '2019년 7월 1일')} 현 부서로 전입하였다.\n"
            f"{P(c)}({DOB(c, 'dot_sp')}생)은 전산직으로 {hn('date', '2021. 1. 4.')} 임용되었다.\n"
            f"{P(d)} 팀장은 {DOB(d, 'kor')}에 태어나 올해 정년을 {hn('date', '2027. 6. 30.')}에 맞는다."), "인사명령", "hand_dob_prose"


def s14():
    r = R()
    return (f"민원 처리 현황 (2025년 5월)\n\n"
            f"접수번호 {hn('receipt_number', '1AA-2505-0123456')} 건은 {hn('date', '2025. 5. 12.')} 처리 완료되었습니다.\n"
            f"관리번호 {hn('management_number', '031-2021-7350')}(토지), {hn('management_number', '02-2024-0153')}(건축물)은 보완 요청 중입니다.\n"
            f"나라장터 공고번호 {hn('bid_number', '20250312345-00')}의 개찰 결과는 {hn('date', '2025. 5. 20.')} 공개합니다.\n"
            f"관련 사건: {hn('case_number', '2024구합56789')}, {hn('case_number', '조심 2022서1234')}\n"
            f"등기 관리번호 {hn('management_number', '1101-2023-004521')}, 지적 관리번호 {hn('management_number', '41135-100-12345')}\n"
            f"프로그램 버전 {hn('version_number', '10.0.19045.3803')}에서 출력됨. 우 {hn('postal_code', '30109')}.\n"
            f"문의: {hn('switchboard', '1577-1000')}, {hn('switchboard', '1644-2828')}, 정부민원안내콜센터 {hn('short_code', '110')}"), "표", "hand_hardneg_numbers"


def s15():
    return (f"개인정보 처리방침 작성 예시\n\n"
            f"1. 수집 항목 예시: 성명({hn('placeholder_person', '홍길동')}), 주민등록번호({hn('placeholder_number', '000000-0000000')}), "
            f"휴대전화번호({hn('placeholder_number', '010-0000-0000')})\n"
            f"2. 익명 처리 예시: '{hn('anonymised_person', '김○○')}', '{hn('anonymised_person', '박**')}', '{hn('anonymised_person', '정 모 씨')}', "
            f"'{hn('company_name', 'A법인')}', '{hn('company_name', 'B사')}'\n"
            f"3. 개인정보 보호책임자: {hn('official_by_office', '운영지원과장')}(대표전화 {hn('switchboard', '044-215-2114')})\n"
            f"4. 처리 위탁: {COMPANY()}(전산 유지보수), {COMPANY()}(콜센터 운영)"), "동의서", "hand_placeholders"


def s16():
    a = newp()
    b1, acc1 = ACCT()
    b2, acc2 = ACCT()
    co = COMPANY()
    return (f"용역대금 지급 명세\n\n1. {co} 기성금: {b1} {acc1} (예금주: {co})\n"
            f"2. {SHOP()} 잔금: {b2} {acc2} (예금주: {P(a)})\n"
            f"3. 지급일: {hn('date', '2025. 4. 25.')} / 지급 총액 {AMT()}\n"
            f"※ 2번 업체는 개인사업자로서 대표자 {P(a)} 명의 계좌로 지급함"), "계약서", "hand_account_holders"


def s17():
    return (f"인 사 발 령\n\n{hn('doc_number', '성남시 발령 제2025-41호')}\n\n"
            f"○ 행정주사 {N('김솔', 'name_kr_1given')} - 세정과 근무를 명함\n"
            f"○ 행정주사보 {N('선우하린', 'name_kr_2surname')} - 정보통신과 근무를 명함\n"
            f"○ 전산주사 {N('제갈윤', 'name_kr_2surname')} - 정보통신과 데이터팀장 직무대리를 명함\n"
            f"○ 행정사무관 {N('이 준', 'name_kr_1given')} - 청소행정과장 직무대리를 명함\n\n{hn('official_by_office', '성남시장')}"), "인사명령", "hand_rare_name_shapes"


def s18():
    return (f"Meeting note (국제협력과)\n\n"
            f"Attendees: Ms. {N('Tanya Ivanova', 'name_foreign_latin')} (Embassy), Mr. {N('NGUYEN VAN NAM', 'name_foreign_latin')}, "
            f"{N('PARK Seo-yeon', 'name_kr_latin')} (국제협력과)\n"
            f"{N('Tanya Ivanova', 'name_foreign_latin')} asked for the visa statistics; {N('PARK Seo-yeon', 'name_kr_latin')} will e-mail them to "
            f"{ID('EMAIL_ADDRESS', 'tanya.ivanova@gmail.com', 'email_personal', noise=['obfuscated_at'])} by Friday.\n"
            f"Contact: {ID('PHONE_NUMBER', '+82-10-' + str(R().randint(2000, 9999)) + '-' + f'{R().randint(0, 9999):04d}', 'phone_mobile_intl')}"), "회의록", "hand_latin_names"


def s19():
    a = newp()
    return (f"주정차 위반 의견진술 회신\n\n"
            f"귀하 소유 차량 {ID('KR_VEHICLE_PLATE', gen_plate('nospace'), 'plate_nospace')}은(는) {hn('date', '2025. 2. 11.')} 어린이보호구역에서 단속되었습니다. "
            f"의견진술 시 제출하신 사업용 차량({ID('KR_VEHICLE_PLATE', '경기 75바 ' + str(R().randint(1000, 9999)), 'plate_commercial')}) 대차 증빙은 "
            f"인정되지 않아 과태료를 부과합니다. 렌터카({PLATE('rental')}) 이용 기간과도 겹치지 않습니다.\n"
            f"수신: {P(a)} 귀하 / 문의 {SWITCH()}"), "민원 회신", "hand_plates_prose"


def s20():
    a = newp()
    return (f"건강보험 자격 관련 민원 답변\n\n{P(a)} 님의 건강보험증 번호는 {ID('KR_HEALTH_INSURANCE', gen_health(), 'nhis_11d', noise=['space_in_number'])}이며, "
            f"{hn('date', '2025. 1. 1.')}자로 직장가입자 자격을 취득하셨습니다. 운전면허번호 {ID('KR_DRIVER_LICENSE', gen_dl('region_name'), 'dl_region_name')}로 "
            f"본인 확인을 마쳤습니다. 자세한 사항은 {hn('switchboard', '1577-1000')}으로 문의하십시오."), "민원 회신", "hand_health_dl"


def s21():
    rep = newp()
    return (f"법인 현황 확인서\n\n상호: {COMPANY()}\n대표이사: {P(rep)} (주민등록번호 {RRN(rep, 'masked_star')})\n"
            f"법인등록번호: {CRN()}\n사업자등록번호: {BRN('corp')}\n본점 소재지: {ADDR(kind='road_full', with_unit=True)}\n"
            f"발급번호: {hn('management_number', str(R().randint(1000, 9999)) + '-' + str(R().randint(1000, 9999)) + '-' + str(R().randint(1000, 9999)) + '-' + str(R().randint(1000, 9999)))}"), "계약서", "hand_crn_vs_rrn"


def s22():
    people = [newp() for _ in range(3)]
    return (f"[스캔본] 주민 공청회 참석 서명부\n" +
            "\n".join(f"{i + 1}. {P(p, spaced=(i == 1))}  {ID('PHONE_NUMBER', gen_phone('mobile'), 'phone_mobile', noise=[pick('fullwidth', 'newline_in_number', 'ocr_confusion')])}  (서명)"
                      for i, p in enumerate(people))), "표", "hand_ocr_signin"


def s23():
    return (f"통계 브리핑\n\n올해 1분기 콜센터 상담 건수는 1,588건 늘어난 45,120건이었다. 010으로 시작하는 휴대전화 번호로 발송된 "
            f"안내 문자는 2,024,315건으로 집계됐다. 상담 유형 코드 {hn('management_number', '02-1234')}(세무), "
            f"{hn('management_number', '031-77')}(교통)가 가장 많았다. 자세한 내용은 {hn('institution_address', '세종특별자치시 갈매로 477')} "
            f"정부세종청사 4동 기자실에서 배포한다."), "보도자료", "hand_hardneg_stats"


def s24():
    return (f"정보공개 결정 통지\n\n1. 청구하신 정보 중 결재권자 성명·직위는 {hn('statute', '「공공기관의 정보공개에 관한 법률」 제9조제1항제6호')} 라목에 따라 공개합니다.\n"
            f"2. 다만 민원인 {hn('anonymised_person', '○○○')}의 주소·연락처는 {STATUTE('privacy')}에 따라 비공개합니다.\n"
            f"3. 불복 절차: 이의신청(30일 이내), 행정심판, 행정소송\n"
            f"{hn('official_by_office', '행정안전부장관')}  (담당: {hn('official_by_office', '정보공개정책과장')}, {hn('switchboard', '044-205-1000')})"), "민원 회신", "hand_nopii_decision"


def s25():
    f = N("팜 티 후엉", "name_foreign_hangul")
    f_l = N("PHAM THI HUONG", "name_foreign_latin")
    h = newp(gender="M")
    return (f"다문화가족 방문교육 신청서\n\n신청인(외국인 배우자): {f}\n영문 성명: {f_l}\n"
            f"생년월일: {ID('DATE_OF_BIRTH', '14 3월/MAR 1993', 'dob_passport_kr')}\n"
            f"외국인등록번호: {FRN(newp(gender='F'), masked=True)}\n배우자: {P(h)} ({MOB()})\n"
            f"주소: {ADDR(kind='jibun_rural')}\n통역 필요 언어: 베트남어"), "신청서", "hand_foreign_dob_passport"


def s26():
    a = newp()
    return (f"정보보안 점검 결과\n\n점검 대상 PC(사용자 {P(a)}, 사번 {hn('user_id', 'emp4471')})에서 "
            f"비인가 원격접속 프로그램이 발견되었다. 접속 이력상 외부 IP {ID('IP_ADDRESS', gen_ip('public'), 'ip_public', noise=['ocr_confusion'])}, "
            f"{IP('public')}에서 각각 접속하였다. 내부 IP는 {IP('private')}이며, 운영체제 버전은 {hn('version_number', '10.0.22631.3447')}이다."), "감사 결과", "hand_ip_prose"


def s27():
    return (f"위원회 참석 수당 지급 조서\n\n연번 | 성명 | 주민등록번호 | 지급액 | 계좌\n"
            + "\n".join(_row27(i) for i in range(3))), "표", "hand_allowance_table"


def _row27(i):
    a = newp()
    rrn = RRN(a, pick("valid", "reissued", "masked_star", "valid"))
    b, acc = ACCT()
    return f"{i + 1} | {P(a)} | {rrn} | {AMT(10, 40)} | {b} {acc}"


def s28():
    a = newp()
    b = newp()
    return (f"판결 요지(공개용)\n\n원고 {hn('anonymised_person', 'A')}는 피고 {hn('company_name', '주식회사 B')}를 상대로 부당해고 구제를 청구하였다. "
            f"법원은 {hn('case_number', '2023구합71234')} 사건에서 원고의 청구를 인용하였다. "
            f"재판장 판사 {P(a)}, 판사 {P(b)}, 판사 {P(newp())}.\n"
            f"※ 당사자 성명은 비실명 처리하였으나 법관 성명은 공개함"), "판결문", "hand_judges_only"


def s29():
    a = newp()
    return (f"긴급 연락망 (문자 수신용)\n\n{P(a)} 팀장 {ID('PHONE_NUMBER', gen_phone('mobile'), 'phone_mobile', noise=['unicode_dash'])} / "
            f"사무실 {ID('PHONE_NUMBER', gen_phone('landline_paren'), 'phone_landline_paren')} / "
            f"인터넷전화 {ID('PHONE_NUMBER', gen_phone('070'), 'phone_070')}\n"
            f"비상시 상황실 {hn('switchboard', '044-205-1000')} 또는 {hn('short_code', '119')}"), "표", "hand_phone_shapes"


def s30():
    a = newp()
    return (f"개인정보 열람 청구서\n\n청구인: {P(a)}\n생년월일: {ID('DATE_OF_BIRTH', fmt_dob(a.dob, 'dot_sp'), 'dob_dot_sp', noise=['fullwidth'])}\n"
            f"전자우편: {ID('EMAIL_ADDRESS', personal_email_for(a), 'email_personal', noise=['fullwidth_at'])}\n"
            f"열람 대상: 본인의 CCTV 촬영 영상({hn('date', '2025. 3. 8.')} 14시경)\n청구일: {HD()}"), "신청서", "hand_fullwidth"


def personal_email_for(p):
    return personal_email(p)


def s31():
    return (f"사고 조사 결과(공개본)\n\n{hn('date', '2025. 1. 9.')} 발생한 승강기 사고의 피해자는 {hn('anonymised_person', '이○○')}(60대)이며, "
            f"관리업체 {COMPANY()}의 점검 기록 누락이 원인으로 확인되었다. {hn('official_by_office', '○○시장')}은 {hn('statute', '「승강기 안전관리법」 제82조')}에 따라 "
            f"과태료 {AMT(100, 3000)}을 부과하였다. 동일 사례 신고는 {hn('switchboard', '1566-0025')}."), "사건·사고 보고서", "hand_nopii_incident"


def s32():
    a, b = newp(), newp()
    return (f"출입 기록 확인 요청 회신\n\n요청하신 방문객 {P(a)}(차량 {PLATE()})의 {hn('date', '2025. 4. 2.')} 출입 기록을 송부합니다. "
            f"동행인 {P(b)}의 연락처({MOB_MASKED()})는 일부 가림 처리하였습니다."), "민원 회신", "hand_masked_phone"


SPECIALS = [s01, s02, s03, s04, s05, s06, s07, s08, s09, s10, s11, s12, s13, s14, s15, s16, s17, s18, s19, s20,
            s21, s22, s23, s24, s25, s26, s27, s28, s29, s30, s31, s32]


def s33():
    a = newp()
    return (f"운전면허 행정처분 사전 통지서\n\n성명: {P(a)}\n운전면허번호: {DL('numeric')}\n"
            f"(구 면허증 표기: {ID('KR_DRIVER_LICENSE', gen_dl('region_name'), 'dl_region_name')})\n"
            f"주소: {ADDR()}\n처분 내용: 벌점 누산 {R().randint(40, 120)}점에 따른 면허 정지 {R().randint(40, 120)}일\n"
            f"처분 사유 발생일: {HD()}\n의견 제출 기한: {HDF()}\n"
            f"※ 의견 제출은 가까운 경찰서 민원실 또는 경찰민원콜센터(국번없이 {hn('short_code', '182')})로 문의"), "민원 회신", "hand_dl_notice"


def s34():
    a = newp(gender="M")
    b = newp(gender="F")
    b.dob = rand_date(1972, 1988)
    c = newp()
    rows = [f"가입자 | {P(a)} | {RRN(a, 'valid')} | {HEALTH()} | 직장가입자",
            f"배우자 | {P(b)} | {RRN(b, pick('valid', 'masked_star'))} | {HEALTH()} | 피부양자",
            f"자녀 | {P(c)} | {RRN(c, 'post2020')} | {HEALTH()} | 피부양자"]
    return (f"건강보험 자격득실 확인서\n\n관계 | 성명 | 주민등록번호 | 건강보험증 번호 | 자격 구분\n" + "\n".join(rows) +
            f"\n\n발급일: {HD()}   발급번호: {hn('management_number', str(R().randint(100000, 999999)) + '-' + str(R().randint(1000, 9999)))}\n"
            f"{hn('official_by_office', '국민건강보험공단 이사장')}"), "신청서", "hand_nhis_family"


def s35():
    a = newp()
    v1, b1, n1 = gen_card()
    v2, b2, n2 = gen_card()
    return (f"민원 내용(원문)\n\n안녕하세요. 저는 {PJ(a, '이라고', '라고')} 합니다. 지난달 체육시설 사용료를 온라인으로 결제했는데 "
            f"제 카드({ID('CREDIT_CARD', v1, 'card_' + b1)})로 두 번 승인이 났습니다. 한 건은 취소해 주시고, "
            f"취소가 어려우면 다른 카드 {ID('CREDIT_CARD', v2.replace('-', ' '), 'card_' + b2, extra_noise=['space_grouping'])}로 재결제해도 됩니다. "
            f"연락은 {MOB()}로 부탁드립니다.\n\n[답변] 이중 승인된 {AMT(1, 30)}은 {HD()} 취소 처리하였습니다."), "민원 회신", "hand_card_prose"


def s36():
    rows = []
    for _ in range(4):
        rep = newp()
        rows.append(f"{COMPANY()}\t{P(rep)}\t{CRN(pick('stock', 'stock', 'llc', 'nonprofit', 'foreign'))}\t{BRN('corp')}\t{LAND()}")
    return ("협약 참여 법인 명부\n상호\t대표자\t법인등록번호\t사업자등록번호\t전화\n" + "\n".join(rows)), "표", "hand_crn_table"


def s37():
    a = newp()
    return (f"과태료 부과 사전통지서\n\n위반 차량: {PLATE(pick('new3', 'old2', 'region_old'))}\n소유자: {P(a)}\n"
            f"생년월일: {DOB(a, pick('dot_sp', 'kor', 'yymmdd'))}\n주소: {ADDR()}\n"
            f"위반 일시: {HD()} 08:14   위반 장소: {pick('○○초등학교 앞 어린이보호구역', '△△로 버스전용차로')}\n"
            f"과태료: {AMT(4, 15)}\n가상계좌 납부: {hn('management_number', '562-' + str(R().randint(100000, 999999)) + '-' + str(R().randint(10000, 99999)))}(위택스 고지서 번호 기준)\n"
            f"문의: {SWITCH()}"), "민원 회신", "hand_fine_notice"


def s38():
    rows = []
    for _ in range(3):
        f = newp(kind="foreign")
        f.dob = rand_date(1996, 2005)
        rows.append(f"- {P(f)} / {lab('PERSON', f.latin, 'name_foreign_latin')} / 외국인등록번호 {FRN(f, masked=chance(0.25))} / "
                    f"여권 {PASSPORT(p=f)} / 연락처 {MOB()}")
    return ("외국인 유학생 기숙사 입사자 명단(국제교류팀)\n" + "\n".join(rows) +
            f"\n※ 비상 연락: 국제교류팀 {hn('switchboard', '1899-0025')}"), "표", "hand_foreign_students"


def s39():
    a = newp()
    b = newp()
    return (f"차량 도난 신고 접수 보고\n\n신고인 {P(a)}({MOB()})은 {HD()} 새벽 자택 주차장에 세워 둔 "
            f"{ID('KR_VEHICLE_PLATE', gen_plate('new3'), 'plate_new3')} 승용차가 없어졌다고 신고하였다. "
            f"주차장 CCTV에는 인근 렌터카 {PLATE('rental')}가 함께 찍혔으며, 렌터카 업체 {COMPANY()}에 확인한 결과 임차인은 "
            f"{P(b)}(면허번호 {DL(pick('numeric', 'region_name_nospace'))})으로 확인되었다. 택배 차량 {PLATE('delivery')}는 관련이 없는 것으로 판단된다."), "사건·사고 보고서", "hand_vehicle_theft"


def s40():
    a = newp()
    return (f"정기 결제 등록 확인\n\n회원명: {P(a)}\n등록 카드: {CARD(masked=False)}\n"
            f"예비 카드: {CARD(masked=True)}\n청구지 주소: {ADDR()}\n전자우편: {EMAIL(a)}"), "신청서", "hand_card_register"


def s41():
    return (f"보도참고자료\n\n{hn('official_by_office', '행정안전부장관')}은 {HD()} 지방자치단체 민원실 대표번호를 {hn('switchboard', '1588-2188')}로 통합한다고 밝혔다. "
            f"기존 번호({hn('switchboard', '02-2100-3399')}, {hn('switchboard', '044-205-1000')})도 당분간 병행 운영한다. "
            f"{hn('official_by_office', '디지털정부실장')}은 \"전화 한 통으로 민원을 해결하게 될 것\"이라고 말했다. "
            f"이번 통합에는 예산 {hn('amount', '12억 3천만 원')}이 투입된다."), "보도자료", "hand_nopii_switchboard"


def s42():
    return (f"행정안전부\n수신  수신자 참조\n제목  공문서 작성 시 개인정보 표기 기준 안내\n\n"
            f"1. {STATUTE('doc')}와 관련입니다.\n"
            f"2. 공문서 본문에 민원인의 주민등록번호를 적어야 할 경우 뒷자리를 가리고({hn('placeholder_number', '000000-*******')} 형식), "
            f"성명은 {hn('anonymised_person', '홍○○')}과 같이 표기하여 주시기 바랍니다.\n"
            f"3. 예시 서식의 {hn('placeholder_person', '홍길동')}, {hn('placeholder_number', '010-0000-0000')}은 실제 값으로 바꾸지 말고 그대로 두십시오.  끝.\n\n"
            f"{hn('official_by_office', '행정안전부장관')}\n\n★주무관 {hn('anonymised_person', '○○○')}  과장 전결 {hn('anonymised_person', '○○○')}\n"
            f"시행  {hn('doc_number', '정보공개정책과-2210')} ({HD()})\n우 {hn('postal_code', '30112')} {hn('institution_address', '세종특별자치시 도움6로 42')}"
            f" / 전화번호 {hn('switchboard', '044-205-1000')}(대표) / 대국민 공개"), "공문", "hand_nopii_guideline"


SPECIALS += [s33, s34, s35, s36, s37, s38, s39, s40, s41, s42]


def s43():
    a = newp()
    return (f"여권 분실 신고서\n\n성명(한글): {P(a)}\n성명(로마자): {lab('PERSON', a.sur_r.upper() + ' ' + a.giv_r.upper(), 'name_kr_latin')}\n"
            f"생년월일: {DOB(a, pick('passport_kr', 'dot_sp', 'kor'))}\n분실 여권번호: {PASSPORT('kr_new')}\n"
            f"(이전 여권번호 {PASSPORT('kr_old')}는 기간만료로 반납)\n분실 일시·장소: {HD()} 인천국제공항 제1여객터미널\n"
            f"연락처: {MOB()}\n※ 분실 신고된 여권은 습득하더라도 다시 사용할 수 없습니다. 문의 영사콜센터 {hn('switchboard', '02-3210-0404')}"), "신청서", "hand_passport_loss"


def s44():
    rows = ["연번\t성명\t직급\t여권번호\t출국일"]
    for i in range(3):
        q = newp()
        rows.append(f"{i + 1}\t{P(q)}\t{pick('서기관', '행정사무관', '행정주사')}\t"
                    f"{ID('KR_PASSPORT', 'G' + gen_passport('kr_new')[1:], 'passport_kr_new')}\t{HDF()}")
    return ("관용여권 발급 대상자 명단\n" + "\n".join(rows) + f"\n※ 관용여권은 공무 목적으로만 사용\n문의: 운영지원과(대표 {hn('switchboard', '044-205-1000')})"), "표", "hand_official_passports"


SPECIALS += [s43, s44]


# ======================================================================
# section: main_part
# ======================================================================
"""Assembly, validation and output for pii_b."""


SEED = 20250611
HERE = os.path.dirname(os.path.abspath(__file__))

# (genre label, generator, records, of which planned no-PII, PII variants, no-PII variants)
PLAN = [
    ("공문", g_gongmun, 26, 5, ["transfer", "training", "subsidy", "subsidy_shop", "plate", "committee", "leak", "trip"],
     ["edu", "opinion", "stats", "move"]),
    ("보도자료", g_bodo, 22, 5, ["award", "foreign", "visit", "minister", "hero", "startup"], ["stats", "fire", "campaign"]),
    ("민원 회신", g_minwon, 20, 4, ["license", "health", "card", "parking", "noise", "passport", "refund", "foreigner",
                                  "hangul_phone", "ip", "license", "health", "card"], ["generic", "generic2"]),
    ("회의록", g_minutes, 16, 4, ["standard", "list", "resident"], []),
    ("사건·사고 보고서", g_incident, 14, 3, ["traffic", "construction", "daycare", "breach", "fire"], []),
    ("감사 결과", g_audit, 12, 3, ["contract", "card", "lookup", "subsidy"], []),
    ("판결문", g_judgment, 14, 3, ["loan", "criminal", "family", "corp"], []),
    ("인사명령", g_personnel, 14, 2, ["standard", "table", "newhire", "leave"], []),
    ("계약서", g_contract, 16, 3, ["goods", "service_indiv", "lease", "labor", "advisor"], []),
    ("동의서", g_consent, 16, 4, ["adult", "child", "foreigner", "uniqueid"], ["blank", "example"]),
    ("신청서", g_application, 22, 3, ["dl_record", "nhis_dependent", "autopay", "passport", "arc", "parking", "welfare",
                                   "business", "dl_record", "nhis_dependent", "autopay"], ["passport_blank", "parking_blank"]),
    ("시스템 접속 로그", g_log, 16, 3, ["payment", "app", "apache", "csv", "json", "privacy_access", "firewall"], []),
    ("표", g_table, 26, 6, ["patients", "drivers", "attendees", "scholar", "headerless", "headerless_tab", "companies",
                           "vehicles", "foreign_workers", "refunds", "patients", "drivers"], ["budget", "contacts", "stats"]),
]

# ---------------------------------------------------------------- validation helpers
UDASH_RE = re.compile("[\u2010\u2011\u2012\u2013\u2014\u2212\uff0d]")
OCR_BACK = str.maketrans({"O": "0", "o": "0", "D": "0", "l": "1", "I": "1", "|": "1", "S": "5", "B": "8", "Z": "2", "b": "6"})


def norm(v, keep_letters=False):
    v = unicodedata.normalize("NFKC", v)
    v = UDASH_RE.sub("-", v)
    v = re.sub(r"\s+", "", v)
    return v


def digits_of(v, ocr=True):
    v = norm(v)
    if ocr:
        v = v.translate(OCR_BACK)
    return re.sub(r"\D", "", v)


def check_format(sp):
    """Format and check-digit assertions by kind (after NFKC / OCR reversal)."""
    t, k, v, noise = sp["type"], sp["kind"], sp["value"], sp["noise"]
    ocr = "ocr_confusion" in noise
    if t == "KR_RRN":
        if "masked" in noise:
            n = norm(v)
            if ocr:
                n = n.translate(OCR_BACK)
            assert re.fullmatch(r"\d{6}-[1-4]?[*\u25cfxX]{6,7}", n), v
            return
        d = digits_of(v)
        assert len(d) == 13 and d[6] in "1234", v
        ok = rrn_check(d[:12]) == int(d[12])
        if k == "rrn_valid":
            assert ok, v
        else:
            assert not ok, v
        if k == "rrn_post2020":
            yy, mm = int(d[:2]), int(d[2:4])
            assert d[6] in "34" and (2000 + yy, mm) >= (2020, 10), v
    elif t == "KR_FRN":
        if "masked" in noise:
            assert re.fullmatch(r"\d{6}-[5-8][*]{6}", norm(v).translate(OCR_BACK) if ocr else norm(v)), v
            return
        assert frn_valid(digits_of(v)), v
    elif t == "KR_BRN":
        d = digits_of(v)
        assert len(d) == 10 and brn_check(d[:9]) == int(d[9]), v
    elif t == "KR_CRN":
        d = digits_of(v)
        assert len(d) == 13 and crn_check(d[:12]) == int(d[12]), v
    elif t == "CREDIT_CARD":
        if "masked" in noise:
            assert re.fullmatch(r"[\d*X-]+", norm(v)) and len(re.sub(r"\D", "", norm(v))) >= 6, v
            return
        d = digits_of(v)
        assert len(d) in (15, 16) and luhn_ok(d), v
    elif t == "KR_PASSPORT":
        n = norm(v)
        if ocr:
            safe = str.maketrans({"O": "0", "l": "1", "I": "1", "S": "5", "B": "8"})
            if k == "passport_kr_new":
                n = n[0] + n[1:4].translate(safe) + n[4] + n[5:].translate(safe)
            elif k in ("passport_us", "passport_ru"):
                n = n.translate(safe)
            elif k == "passport_ph":
                n = n[0] + n[1:8].translate(safe) + n[8:]
            else:
                lead = len(re.match(r"[A-Z]*", n).group(0)) if k in ("passport_jp", "passport_uz", "passport_cn") else 1
                n = n[:lead] + n[lead:].translate(safe)
        pats = {"passport_kr_old": r"[MSRGD]\d{8}", "passport_kr_new": r"[MSRGD]\d{3}[A-Z]\d{4}",
                "passport_cn": r"(E\d{8}|E[ABH]\d{7})", "passport_vn": r"[CBN]\d{7}", "passport_ph": r"P\d{7}[A-C]",
                "passport_jp": r"(TK|TR|MZ|TZ)\d{7}", "passport_us": r"\d{9}", "passport_uz": r"(FA|AD|AB)\d{7}",
                "passport_ru": r"7\d{8}", "passport_in": r"[A-Z]\d{7}", "passport_mn": r"E\d{7}", "passport_other": r"[A-Z]\d{8}"}
        assert re.fullmatch(pats[k], n), (k, v)
    elif t == "KR_DRIVER_LICENSE":
        n = norm(v)
        if ocr:
            n = n.translate(OCR_BACK)
        assert re.fullmatch(r"(\d{2}-?|서울|부산|경기|강원|충북|충남|전북|전남|경북|경남|제주|대구|인천|광주|대전|울산|경기북부)?\d{2}-?\d{6}-?\d{2}", n), v
        assert len(re.sub(r"\D", "", n)) in (10, 12), v
    elif t == "KR_BANK_ACCOUNT":
        if "masked" in noise:
            assert "*" in v
            return
        if "hangul_digits" in noise:
            assert re.fullmatch(r"[공일이삼사오육칠팔구 ]+", v), v
            return
        d = digits_of(v)
        assert 10 <= len(d) <= 14, v
    elif t == "KR_HEALTH_INSURANCE":
        assert len(digits_of(v)) == 11, v
    elif t == "KR_VEHICLE_PLATE":
        n = norm(v)
        if ocr:
            n = n.translate(OCR_BACK)
        assert re.fullmatch(r"([가-힣]{2})?\d{2,3}[가-힣]\d{4}", n), v
    elif t == "PHONE_NUMBER":
        if "hangul_digits" in noise:
            assert re.fullmatch(r"[공영일이삼사오육칠팔구 ]+", v), v
            return
        if "masked" in noise:
            assert "*" in v
            return
        n = norm(v)
        if ocr:
            n = n.translate(OCR_BACK)
        d = re.sub(r"\D", "", n)
        if n.startswith("+82"):
            assert 11 <= len(d) <= 12, v
        else:
            assert d.startswith("0") and 9 <= len(d) <= 11, v
    elif t == "EMAIL_ADDRESS":
        n = unicodedata.normalize("NFKC", v)
        n = re.sub(r"\s*(\[at\]|\(at\)|\[@\]| at |@)\s*", "@", n)
        n = n.replace(",", ".")
        assert re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}", n), v
    elif t == "IP_ADDRESS":
        n = norm(v)
        if ocr:
            n = n.translate(OCR_BACK)
        if ":" in n:
            assert re.fullmatch(r"[0-9a-f:]+", n) and "::" in n, v
        else:
            parts = n.split(".")
            assert len(parts) == 4 and all(p.isdigit() and 0 <= int(p) <= 255 for p in parts), v
    elif t == "DATE_OF_BIRTH":
        n = unicodedata.normalize("NFKC", v)
        if ocr:
            n = n.translate(OCR_BACK)
        assert re.search(r"\d", n) and not n.endswith("생"), v
    elif t == "PERSON":
        assert not re.search(r"(씨|님|귀하|주무관|사무관|과장|위원|대표|장관)$", v), v
        assert not re.search(r"^(성명|대표자)", v), v
        assert not re.search(r"[은는이가의을를에게]$", v) or v in ("이 준",) or len(v) <= 4 or " " in v or v.isascii(), v
    elif t == "KR_ADDRESS":
        assert not v.startswith("("), v
        assert not v.endswith(")"), v


LEAK_RES = [
    ("mobile", re.compile(r"(?<!\d)01[016789][- .]?\d{3,4}[- .]?\d{4}(?!\d)")),
    ("email", re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z.]{2,}")),
    ("rrn_shape", re.compile(r"(?<!\d)\d{6} ?[-\u2010\u2013] ?\d{7}(?!\d)")),
    ("card_shape", re.compile(r"(?<!\d)\d{4}[- ]\d{4}[- ]\d{4}[- ]\d{3,4}(?!\d)")),
    ("ipv4", re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")),
]


def covered(a, b, intervals):
    return any(s <= a and b <= e for s, e in intervals)


def validate_record(rec, meta, planned_nopii):
    text = rec["text"]
    spans = meta["spans"]
    prev_end = -1
    for sp in spans:
        s, e = sp["start"], sp["end"]
        assert 0 <= s < e <= len(text)
        assert text[s:e] == sp["value"], (rec["id"], sp)
        v = sp["value"]
        assert v == v.strip() and not v[0].isspace() and not v[-1].isspace(), (rec["id"], v)
        assert s >= prev_end, ("overlap/unsorted", rec["id"], sp)
        prev_end = e
        assert sp["type"] in TYPES
        check_format(sp)
    sp_iv = [(sp["start"], sp["end"]) for sp in spans]
    hn_iv = [(h["start"], h["end"]) for h in meta["hard_negatives"]]
    for h in meta["hard_negatives"]:
        assert text[h["start"]:h["end"]] == h["text"]
        for s, e in sp_iv:
            assert h["end"] <= s or e <= h["start"], ("hard negative overlaps span", rec["id"], h)
    # every other occurrence of a labelled value must be labelled too
    for v in sorted({sp["value"] for sp in spans}):
        i = text.find(v)
        while i != -1:
            assert covered(i, i + len(v), sp_iv), ("unlabelled occurrence", rec["id"], v, text[max(0, i - 20):i + len(v) + 20])
            i = text.find(v, i + 1)
    # PII-shaped strings outside spans must be tagged hard negatives
    for name, rx in LEAK_RES:
        for m in rx.finditer(text):
            a, b = m.span()
            if covered(a, b, sp_iv) or any(s < b and a < e for s, e in sp_iv):
                continue
            if name == "ipv4" and any(s <= a and b <= e for s, e in hn_iv):
                continue
            assert covered(a, b, hn_iv), ("PII-shaped string outside spans", rec["id"], name, m.group(0))
    if planned_nopii:
        assert not spans, ("planned no-PII record has spans", rec["id"], spans)
    elif planned_nopii is False:
        assert spans, ("PII record without spans", rec["id"])


# ---------------------------------------------------------------- build
def build():
    rng = random.Random(SEED)
    State.rng = rng
    plan = []
    for genre, fn, n, k, pv, nv in PLAN:
        for i in range(n):
            nop = i < k
            vs = nv if nop else pv
            j = i if nop else i - k
            plan.append(("gen", genre, fn, nop, vs[j % len(vs)] if vs else None))
    for s in SPECIALS:
        plan.append(("hand", None, s, None, None))
    rng.shuffle(plan)
    records, metas = [], []
    for idx, (src, genre, fn, nopii, forced) in enumerate(plan):
        State.forced = forced
        State.ref_date = rand_date(2023, 2025)
        rid = f"pb-{idx + 1:04d}"
        reset_names()
        x = rng.random()
        level = "low" if x < 0.5 else ("mid" if x < 0.82 else "high")
        State.noise_p = {"low": 0.15, "mid": 0.38, "high": 0.8}[level]
        if src == "hand":
            marked, genre, template = fn()
        else:
            marked, template = fn(nopii)
        text, spans, hns = parse(marked)
        rec = {"id": rid, "text": text,
               "spans": [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in spans],
               "genre": genre}
        meta = {"id": rid, "genre": genre, "source": "hand-written" if src == "hand" else "template",
                "template": template, "no_pii": not spans, "noise_level": level,
                "spans": [{"start": s["start"], "end": s["end"], "type": s["type"], "kind": s["kind"],
                           "noise": s["noise"], "value": s["value"]} for s in spans],
                "hard_negatives": [{"start": h["start"], "end": h["end"], "category": h["category"], "text": h["value"]}
                                   for h in hns]}
        validate_record(rec, meta, nopii if src == "gen" else None)
        records.append(rec)
        metas.append(meta)
    return records, metas


def stats(records, metas):
    out = []
    n = len(records)
    nopii = sum(1 for m in metas if m["no_pii"])
    out.append(f"records: {n}, no-PII: {nopii} ({100 * nopii / n:.1f}%), hand-written: {sum(1 for m in metas if m['source'] == 'hand-written')}")
    tc = Counter(s["type"] for m in metas for s in m["spans"])
    out.append(f"spans: {sum(tc.values())}")
    noisy = Counter(s["type"] for m in metas for s in m["spans"] if s["noise"])
    out.append("\n| type | spans | with noise |\n|---|---|---|")
    for t in TYPES:
        out.append(f"| {t} | {tc[t]} | {noisy[t]} |")
    ids = [s for m in metas for s in m["spans"] if s["type"] in ID_TYPES]
    nid = sum(1 for s in ids if s["noise"])
    out.append(f"\nidentifier spans: {len(ids)}, with noise: {nid} ({100 * nid / len(ids):.1f}%)")
    nc = Counter(x for m in metas for s in m["spans"] for x in s["noise"])
    out.append("\n| noise | spans |\n|---|---|")
    for k, v in sorted(nc.items(), key=lambda kv: -kv[1]):
        out.append(f"| {k} | {v} |")
    gc = defaultdict(lambda: [0, 0, 0])
    for m in metas:
        g = gc[m["genre"]]
        g[0] += 1
        g[1] += m["no_pii"]
        g[2] += len(m["spans"])
    out.append("\n| genre | records | no PII | spans |\n|---|---|---|---|")
    for g, (a, b, c) in sorted(gc.items(), key=lambda kv: -kv[1][0]):
        out.append(f"| {g} | {a} | {b} | {c} |")
    hc = Counter(h["category"] for m in metas for h in m["hard_negatives"])
    out.append(f"\nhard negatives: {sum(hc.values())}\n| category | count |\n|---|---|")
    for k, v in sorted(hc.items(), key=lambda kv: -kv[1]):
        out.append(f"| {k} | {v} |")
    kc = Counter(s["kind"] for m in metas for s in m["spans"])
    out.append("\n| kind | spans |\n|---|---|")
    for k, v in sorted(kc.items()):
        out.append(f"| {k} | {v} |")
    lv = Counter(m["noise_level"] for m in metas)
    out.append(f"\nnoise levels: {dict(sorted(lv.items()))}")
    return "\n".join(out), nid / len(ids)


def main():
    records, metas = build()
    ratio = stats(records, metas)[1]
    assert ratio >= 0.25, f"identifier noise ratio {ratio:.3f} < 0.25"
    assert len(records) >= 220
    nopii = sum(1 for m in metas if m["no_pii"]) / len(records)
    assert 0.17 <= nopii <= 0.25, nopii
    with open(os.path.join(HERE, "pii_b.jsonl"), "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "pii_b.meta.jsonl"), "w", encoding="utf-8") as f:
        for m in metas:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    # re-read and re-check offsets
    with open(os.path.join(HERE, "pii_b.jsonl"), encoding="utf-8") as f:
        rr = [json.loads(line) for line in f]
    with open(os.path.join(HERE, "pii_b.meta.jsonl"), encoding="utf-8") as f:
        mm = [json.loads(line) for line in f]
    assert len(rr) == len(mm)
    for r, m in zip(rr, mm):
        assert r["id"] == m["id"] and len(r["spans"]) == len(m["spans"])
        for a, b in zip(r["spans"], m["spans"]):
            assert (a["start"], a["end"], a["type"]) == (b["start"], b["end"], b["type"])
            assert r["text"][a["start"]:a["end"]] == b["value"]
        validate_record(r, m, None)
    if "--stats" in sys.argv:
        print(stats(records, metas)[0])
    else:
        print(f"wrote {len(records)} records; identifier noise {ratio:.1%}; no-PII {nopii:.1%}")


if __name__ == "__main__":
    main()
