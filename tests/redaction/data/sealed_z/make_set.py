# -*- coding: utf-8 -*-
"""pii_z: independent synthetic evaluation set for a Korean PII detector.

Standard library only.  Every record is produced from
random.Random("pii_z-2026|<template>|<i>") and nothing else, so the output is
byte-identical across runs and PYTHONHASHSEED values.

    python make_set.py          # writes pii_z.jsonl, pii_z.meta.jsonl, stats.json
"""
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SEED_PREFIX = "pii_z-2026"

TYPES = [
    "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "KR_ADDRESS", "DATE_OF_BIRTH",
    "KR_BANK_ACCOUNT", "KR_RRN", "IP_ADDRESS", "KR_PASSPORT", "KR_BRN",
    "KR_DRIVER_LICENSE", "KR_FRN", "KR_VEHICLE_PLATE", "KR_HEALTH_INSURANCE",
    "CREDIT_CARD", "KR_CRN",
]


# ----------------------------------------------------------------------------
# record builder
# ----------------------------------------------------------------------------
class B:
    def __init__(self, rng):
        self.rng = rng
        self.parts = []
        self.n = 0
        self.spans = []   # dicts start,end,type,kind,noise,clean
        self.negs = []    # dicts start,end,text,category

    def t(self, s):
        self.parts.append(s)
        self.n += len(s)
        return self

    def s(self, text, typ, kind, noise=(), clean=None):
        assert typ in TYPES, typ
        assert text and text == text.strip(), repr(text)
        self.spans.append({"start": self.n, "end": self.n + len(text), "type": typ,
                           "kind": kind, "noise": list(noise),
                           "clean": clean if clean is not None else text})
        self.t(text)
        return self

    def neg(self, text, cat):
        self.negs.append({"start": self.n, "end": self.n + len(text), "text": text,
                          "category": cat})
        self.t(text)
        return self

    def text(self):
        return "".join(self.parts)


# ----------------------------------------------------------------------------
# Korean helpers
# ----------------------------------------------------------------------------
def batchim(word):
    ch = word[-1]
    if "가" <= ch <= "힣":
        return (ord(ch) - 0xAC00) % 28 != 0
    return ch.isdigit() and ch in "013678"


def j(word, pair):
    a, b_ = pair.split("/")
    return a if batchim(word) else b_


SURNAMES = (["김"] * 10 + ["이"] * 8 + ["박"] * 5 + ["최"] * 3 + ["정"] * 3 +
            list("강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용"))
SURNAMES2 = ["남궁", "황보", "선우", "제갈", "독고", "사공", "서문"]
GIVEN1 = list("민서지수현준영은하예도유윤재승태동상성정혜경진우연소채시원주다아나보가미희선석호철용규")
GIVEN2 = list("수민현아진우영호희서연준은빈원윤경숙철훈석혁람솔율찬겸린혜정나주환규식태")
PLACEHOLDER = ["홍길동", "김철수", "이영희"]


def ko_name(rng, allow2=True):
    while True:
        if allow2 and rng.random() < 0.07:
            sn = rng.choice(SURNAMES2)
            g = rng.choice(GIVEN1) + (rng.choice(GIVEN2) if rng.random() < 0.6 else "")
            kind = "ko_name_2syl_surname"
        else:
            sn = rng.choice(SURNAMES)
            g = rng.choice(GIVEN1) + rng.choice(GIVEN2)
            kind = "ko_name"
        nm = sn + g
        if nm in PLACEHOLDER or len(nm) < 3:
            continue
        return nm, kind


FOREIGN = {
    # nationality: (surnames[(latin, hangul)], given[(latin, hangul)])
    "베트남": ([("NGUYEN", "응우옌"), ("TRAN", "쩐"), ("LE", "레"), ("PHAM", "팜"), ("HOANG", "호앙"), ("VU", "부"), ("DANG", "당"), ("BUI", "부이")],
             [("VAN HUNG", "반 훙"), ("THI LAN", "티 란"), ("DUC ANH", "득 아인"), ("THI MAI", "티 마이"), ("MINH TUAN", "민 뚜언"), ("NGOC HOA", "응옥 호아"), ("VAN LONG", "반 롱"), ("THI THAO", "티 타오")]),
    "중국": ([("WANG", "왕"), ("LI", "리"), ("ZHANG", "장"), ("LIU", "류"), ("CHEN", "천"), ("ZHAO", "자오"), ("HUANG", "황")],
           [("XIAOMING", "샤오밍"), ("JIANGUO", "젠궈"), ("MEILING", "메이링"), ("HAOYU", "하오위"), ("YUTING", "위팅"), ("ZHIWEI", "즈웨이")]),
    "필리핀": ([("SANTOS", "산토스"), ("REYES", "레예스"), ("CRUZ", "크루스"), ("BAUTISTA", "바우티스타"), ("GARCIA", "가르시아")],
            [("MARIA CLARA", "마리아 클라라"), ("JOSE MIGUEL", "호세 미겔"), ("ANGELICA", "안젤리카"), ("RAMON", "라몬"), ("JOY", "조이")]),
    "우즈베키스탄": ([("KARIMOV", "카리모프"), ("YUSUPOV", "유수포프"), ("RASHIDOVA", "라시도바"), ("TOSHMATOV", "토시마토프")],
               [("BEKZOD", "베크조드"), ("DILNOZA", "딜노자"), ("SARDOR", "사르도르"), ("JAHONGIR", "자홍기르")]),
    "네팔": ([("GURUNG", "구룽"), ("TAMANG", "타망"), ("SHRESTHA", "슈레스타"), ("RAI", "라이")],
           [("BIKASH", "비카스"), ("SUNITA", "수니타"), ("RAMESH", "라메시"), ("ANJALI", "안잘리")]),
    "인도네시아": ([("SETIAWAN", "세티아완"), ("WIJAYA", "위자야"), ("SAPUTRA", "사푸트라"), ("LESTARI", "레스타리")],
              [("ADI", "아디"), ("DEWI", "데위"), ("RIZKY", "리즈키"), ("PUTRI", "푸트리")]),
    "미국": ([("SMITH", "스미스"), ("JOHNSON", "존슨"), ("MILLER", "밀러"), ("DAVIS", "데이비스"), ("WALKER", "워커")],
           [("DANIEL", "대니얼"), ("EMILY", "에밀리"), ("MICHAEL", "마이클"), ("SARAH", "세라"), ("KEVIN", "케빈")]),
    "몽골": ([("BATBAYAR", "바트바야르"), ("GANBOLD", "간볼드"), ("ENKHTUYA", "엥흐투야")],
           [("TEMUULEN", "테무운"), ("NARAN", "나랑"), ("BOLD", "볼드")]),
    "태국": ([("SRISUK", "스리숙"), ("CHAIYAPORN", "차이야폰"), ("WONGSA", "웡사")],
           [("SOMCHAI", "솜차이"), ("NATTAYA", "낫타야"), ("KITTI", "낏띠")]),
}
NATIONS = list(FOREIGN.keys())
NAT_CODE = {"베트남": "VNM", "중국": "CHN", "필리핀": "PHL", "우즈베키스탄": "UZB", "네팔": "NPL",
            "인도네시아": "IDN", "미국": "USA", "몽골": "MNG", "태국": "THA"}


def foreign_name(rng, nat=None):
    nat = nat or rng.choice(NATIONS)
    sur, giv = FOREIGN[nat]
    s = rng.choice(sur)
    g = rng.choice(giv)
    if nat in ("미국", "필리핀"):
        latin_forms = [g[0] + " " + s[0], s[0] + " " + g[0], (g[0] + " " + s[0]).title()]
        hangul = g[1] + " " + s[1]
    elif nat == "중국":
        latin_forms = [s[0] + " " + g[0], s[0].title() + " " + g[0].title()]
        hangul = s[1] + g[1]
    else:
        latin_forms = [s[0] + " " + g[0], (s[0] + " " + g[0]).title()]
        hangul = s[1] + " " + g[1]
    return rng.choice(latin_forms), hangul, nat


def romanize_local(rng):
    a = rng.choice(["minsu", "jiyoung", "hyunwoo", "seoyeon", "dohyun", "yuna", "jaewon", "eunji", "taeho", "soobin",
                    "haneul", "junho", "mirae", "sangmin", "yerin", "kyungsoo", "bora", "dongwook", "nari", "hojin"])
    b_ = rng.choice(["kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "han", "oh", "seo"])
    st = rng.randrange(6)
    if st == 0:
        return a + "." + b_
    if st == 1:
        return b_ + a + str(rng.randint(1, 99))
    if st == 2:
        return a[0] + a[-1] + b_ + str(rng.randint(70, 99))
    if st == 3:
        return a + "_" + str(rng.randint(100, 9999))
    if st == 4:
        return b_ + "." + a
    return rng.choice(["sunny", "blue", "happy", "green", "moon", "star", "river", "tiger"]) + a[:3] + str(rng.randint(1, 999))


PRIVATE_DOMAINS = ["naver.com", "gmail.com", "daum.net", "hanmail.net", "kakao.com", "nate.com", "outlook.com", "icloud.com"]


def email(rng, kind="private", company=None):
    loc = romanize_local(rng)
    if kind == "official":
        return loc + "@" + rng.choice(["korea.kr", "korea.kr", "seoul.go.kr", "gg.go.kr", "sen.go.kr", "police.go.kr"])
    if kind == "company":
        return loc + "@" + (company or rng.choice(["hanbit-eng.co.kr", "daon-soft.com", "seorin.kr", "mirae-tech.co.kr"]))
    return loc + "@" + rng.choice(PRIVATE_DOMAINS)


# ----------------------------------------------------------------------------
# identifier generators (clean values)
# ----------------------------------------------------------------------------
def rand_date(rng, y0, y1):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    d = rng.randint(1, [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1])
    return y, m, d


def rrn_check(d12):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    s = sum(int(a) * b for a, b in zip(d12, w))
    return (11 - s % 11) % 10


def frn_check(d12):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    s = sum(int(a) * b for a, b in zip(d12, w))
    return (13 - s % 11) % 10


def rrn(rng, post2020=False, y0=1945, y1=2019):
    if post2020:
        while True:
            y, m, d = rand_date(rng, 2020, 2025)
            if (y, m) >= (2020, 10):
                break
        g = rng.choice("34")
        body = "%02d%02d%02d" % (y % 100, m, d) + g + "".join(rng.choice("0123456789") for _ in range(5))
        c = (rrn_check(body) + rng.randint(1, 9)) % 10  # deliberately not the legacy check digit
        return body[:6] + "-" + body[6:] + str(c), (y, m, d)
    y, m, d = rand_date(rng, y0, min(y1, 2019))
    if y >= 2000:
        g = rng.choice("34")
    else:
        g = rng.choice("12")
    body = "%02d%02d%02d" % (y % 100, m, d) + g + "%02d" % rng.randint(0, 95) + "%02d" % rng.randint(0, 99) + str(rng.randint(1, 4))
    return body[:6] + "-" + body[6:] + str(rrn_check(body)), (y, m, d)


def frn(rng):
    y, m, d = rand_date(rng, 1958, 2012)
    g = rng.choice("56") if y < 2000 else rng.choice("78")
    office = "%02d" % (rng.randint(1, 49) * 2)
    body = "%02d%02d%02d" % (y % 100, m, d) + g + office + "%02d" % rng.randint(0, 99) + rng.choice("6789")
    return body[:6] + "-" + body[6:] + str(frn_check(body)), (y, m, d)


MASK_CHARS = ["*", "*", "*", "●", "X", "x", "○", "＊", "#"]


def mask_rrn(rng, full):
    """full: 'YYMMDD-GNNNNNC'.  Returns (masked, subkind)."""
    mc = rng.choice(MASK_CHARS)
    st = rng.randrange(6)
    if st <= 1:
        return full[:8] + mc * 6, "masked_keep_gender"
    if st == 2:
        return full[:7] + mc * 7, "masked_all_back"
    if st == 3:
        k = rng.choice([3, 4])
        return full[:8 + (7 - 1 - k)] + mc * k, "masked_tail"
    if st == 4:
        return full[:4] + mc * 2 + "-" + full[7] + mc * 6, "masked_birthday_and_back"
    return mc * 6 + "-" + full[7:], "masked_front"


DL_REGIONS = [("11", "서울"), ("12", "부산"), ("13", "경기"), ("14", "강원"), ("15", "충북"), ("16", "충남"),
              ("17", "전북"), ("18", "전남"), ("19", "경북"), ("20", "경남"), ("21", "제주"), ("22", "대구"),
              ("23", "인천"), ("24", "광주"), ("25", "대전"), ("26", "울산"), ("28", "경기북부")]


def dl(rng, style=None):
    code, region = rng.choice(DL_REGIONS)
    yy = "%02d" % rng.choice(list(range(75, 100)) + list(range(0, 25)))
    serial = "%06d" % rng.randint(0, 999999)
    tail = str(rng.randint(0, 9)) + str(rng.choice([0, 0, 0, 1, 1, 2]))
    styles = ["code_dash", "code_dash", "region_space", "region_nospace", "plain12", "code_space",
              "region_plain", "masked"]
    st = style or rng.choice(styles)
    if region == "경기북부" and st.startswith("region"):
        st = "code_dash"
    if st == "code_dash":
        v = "%s-%s-%s-%s" % (code, yy, serial, tail)
    elif st == "region_space":
        v = "%s %s-%s-%s" % (region, yy, serial, tail)
    elif st == "region_nospace":
        v = "%s%s-%s-%s" % (region, yy, serial, tail)
    elif st == "plain12":
        v = code + yy + serial + tail
    elif st == "code_space":
        v = "%s %s %s %s" % (code, yy, serial, tail)
    elif st == "region_plain":
        v = "%s %s%s%s" % (region, yy, serial, tail)
    else:
        mc = rng.choice(["*", "*", "●", "X"])
        if rng.random() < 0.5:
            v = "%s-%s-%s%s-%s" % (code, yy, serial[:2], mc * 4, mc * 2)
        else:
            v = "%s-%s-%s-%s" % (code, yy, mc * 6, tail)
    return v, "dl_" + st


LET = "ABCDEFGHJKLMNPRSTUVWXYZ"


def passport_kr(rng, style=None, prefix=None):
    p = prefix or rng.choice("MMMMMMSRGD")
    st = style or rng.choice(["old", "new", "new", "masked"] if rng.random() < 0.9 else ["old"])
    if st == "old":
        return p + "%08d" % rng.randint(10000000, 99999999), "passport_kr_old"
    if st == "new":
        return p + "%03d" % rng.randint(0, 999) + rng.choice(LET) + "%04d" % rng.randint(0, 9999), "passport_kr_new"
    v = p + "%03d" % rng.randint(0, 999) + rng.choice(LET) + "%04d" % rng.randint(0, 9999)
    return v[:5] + "****", "passport_kr_masked"


def passport_foreign(rng, nat):
    d = lambda k: "".join(rng.choice("0123456789") for _ in range(k))
    if nat == "베트남":
        v = rng.choice("CBN") + d(7)
    elif nat == "중국":
        v = rng.choice(["E", "EA", "EB", "EH"])
        v = v + d(9 - len(v))
    elif nat == "필리핀":
        v = "P" + d(7) + rng.choice("ABC")
    elif nat == "우즈베키스탄":
        v = rng.choice(["FA", "AA", "AB"]) + d(7)
    elif nat == "네팔":
        v = "PA" + d(7) if rng.random() < 0.5 else "0" + d(7)
    elif nat == "인도네시아":
        v = rng.choice("XBCE") + d(7)
    elif nat == "미국":
        v = d(9) if rng.random() < 0.5 else "A" + d(8)
    elif nat == "몽골":
        v = "E" + d(7)
    else:
        v = rng.choice(["AA", "AB"]) + d(7)
    return v, "passport_foreign"


def luhn_digit(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        x = int(ch)
        if i % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def card(rng, brand=None, fmt=None):
    brand = brand or rng.choice(["visa", "visa", "master", "master", "bc", "bc", "local", "jcb", "amex", "unionpay"])
    pre = {"visa": "4" + str(rng.randint(0, 9)), "master": str(rng.randint(51, 55)),
           "bc": rng.choice(["9410", "9420", "9430"]), "local": rng.choice(["9490", "9440", "9560"]),
           "jcb": str(rng.randint(3528, 3589)), "amex": rng.choice(["34", "37"]),
           "unionpay": "62" + str(rng.randint(10, 99))}[brand]
    n = 15 if brand == "amex" else 16
    body = pre + "".join(rng.choice("0123456789") for _ in range(n - 1 - len(pre)))
    num = body + luhn_digit(body)
    fmt = fmt or rng.choice(["dash", "dash", "dash", "space", "plain", "masked", "masked"])
    if brand == "amex":
        groups = [num[:4], num[4:10], num[10:]]
    else:
        groups = [num[i:i + 4] for i in range(0, 16, 4)]
    if fmt == "dash":
        return "-".join(groups), "card_" + brand
    if fmt == "space":
        return " ".join(groups), "card_" + brand
    if fmt == "plain":
        return num, "card_" + brand + "_plain"
    mc = rng.choice(["*", "*", "X", "●"])
    if brand == "amex":
        return "-".join([groups[0], mc * 6, groups[2]]), "card_masked"
    st = rng.randrange(3)
    if st == 0:
        g = [groups[0], groups[1][:2] + mc * 2, mc * 4, groups[3]]
    elif st == 1:
        g = [groups[0], mc * 4, mc * 4, groups[3]]
    else:
        g = [groups[0], groups[1], mc * 4, groups[3]]
    return "-".join(g), "card_masked"


BANKS = [
    # name, groups, leading digits options
    ("국민은행", [6, 2, 6], ["", ""]), ("KB국민은행", [3, 2, 4, 3], [""]), ("신한은행", [3, 3, 6], ["110", "100", "140"]),
    ("우리은행", [4, 3, 6], ["1002", "1005"]), ("하나은행", [3, 6, 5], [""]), ("NH농협은행", [3, 4, 4, 2], ["301", "302", "351", "352"]),
    ("지역농협", [6, 2, 6], [""]), ("IBK기업은행", [3, 6, 2, 3], [""]), ("SC제일은행", [3, 2, 6], [""]),
    ("카카오뱅크", [4, 2, 7], ["3333", "3355"]), ("토스뱅크", [4, 4, 4], ["1000", "1001"]), ("케이뱅크", [3, 3, 6], ["100"]),
    ("우체국", [6, 2, 6], [""]), ("새마을금고", [4, 4, 4, 1], ["9002", "9003"]), ("신협", [3, 3, 6], ["131", "132"]),
    ("부산은행", [3, 4, 4, 2], ["101", "112"]), ("iM뱅크(대구)", [3, 2, 6, 1], ["504", "508"]), ("수협은행", [3, 2, 6], ["101", "106"]),
    ("한국씨티은행", [3, 6, 3], [""]), ("경남은행", [3, 2, 7], ["207"]), ("광주은행", [3, 3, 6], ["107", "021"]),
    ("전북은행", [3, 2, 7], ["513"]), ("제주은행", [2, 2, 6], ["70"]), ("산업은행", [3, 4, 4, 3], ["020"]),
]


def bank_account(rng, bank=None, fmt=None):
    if bank is None:
        bk = rng.choice(BANKS)
    else:
        bk = [x for x in BANKS if x[0] == bank][0]
    name, groups, lead = bk
    digits = sum(groups)
    ld = rng.choice(lead)
    s = ld + "".join(rng.choice("0123456789") for _ in range(digits - len(ld)))
    if s[0] == "0" and not ld:
        s = str(rng.randint(1, 9)) + s[1:]
    out, i = [], 0
    for g in groups:
        out.append(s[i:i + g])
        i += g
    fmt = fmt or rng.choice(["dash"] * 6 + ["plain", "masked"])
    kind = "acct_" + name
    if fmt == "plain":
        return s, name, kind + "_plain"
    if fmt == "masked":
        mc = rng.choice(["*", "*", "X", "●"])
        k = 1 if len(out) > 2 else 1
        out[k] = mc * len(out[k])
        return "-".join(out), name, "acct_masked"
    return "-".join(out), name, kind


AREA = ["02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055", "061", "062", "063", "064"]


def mobile(rng, fmt=None):
    a = "010" if rng.random() < 0.95 else rng.choice(["011", "016", "017", "019"])
    m = "%04d" % rng.randint(2000, 9999)
    l = "%04d" % rng.randint(0, 9999)
    fmt = fmt or rng.choice(["dash"] * 7 + ["plain", "dot", "space", "intl", "paren", "masked"])
    if fmt == "dash":
        return "%s-%s-%s" % (a, m, l), "mobile"
    if fmt == "plain":
        return a + m + l, "mobile_nodash"
    if fmt == "dot":
        return "%s.%s.%s" % (a, m, l), "mobile"
    if fmt == "space":
        return "%s %s %s" % (a, m, l), "mobile"
    if fmt == "intl":
        return "+82-%s-%s-%s" % (a[1:], m, l), "mobile_intl"
    if fmt == "paren":
        return "(%s)%s-%s" % (a, m, l), "mobile"
    mc = rng.choice(["*", "*", "X"])
    return "%s-%s-%s" % (a, mc * 4, l), "mobile_masked"


def landline(rng, area=None, kind="landline"):
    a = area or rng.choice(AREA)
    if a == "070":
        kind = "voip070"
    mid = "%d" % rng.randint(200, 999) if (a != "02" and rng.random() < 0.4) else "%04d" % rng.randint(2000, 9999)
    return "%s-%s-%04d" % (a, mid, rng.randint(0, 9999)), kind


def switchboard(rng):
    st = rng.randrange(4)
    if st == 0:
        return rng.choice(["1588", "1577", "1600", "1544", "1644", "1566", "1661", "1899"]) + "-%04d" % rng.randint(0, 9999)
    if st == 1:
        return rng.choice(["110", "120", "126", "1345", "1350", "1355", "182", "112", "119"])
    return landline(rng)[0]


def health_ins(rng):
    v = "".join(rng.choice("0123456789") for _ in range(11))
    v = str(rng.randint(1, 9)) + v[1:]
    if rng.random() < 0.35:
        return v[:1] + "-" + v[1:], "hi_dash"
    return v, "hi_plain"


def brn_check(d9):
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(int(a) * b for a, b in zip(d9, w)) + (int(d9[8]) * 5) // 10
    return str((10 - s % 10) % 10)


def brn(rng, mid=None):
    head = "%03d" % rng.randint(101, 899)
    mid = mid or rng.choice(["%02d" % rng.randint(1, 79), "81", "86", "87", "88", "%02d" % rng.randint(90, 99)])
    ser = "%04d" % rng.randint(0, 9999)
    d9 = head + mid + ser
    v = d9 + brn_check(d9)
    return v[:3] + "-" + v[3:5] + "-" + v[5:]


def crn_check(d12):
    s = sum(int(a) * (1 if i % 2 == 0 else 2) for i, a in enumerate(d12))
    return str((10 - s % 10) % 10)


def crn(rng):
    office = rng.choice(["1101", "1144", "1201", "1311", "1345", "1358", "1471", "1501", "1601", "1701", "1748",
                         "1801", "1901", "2001", "2201", "2301", "2401", "2501", "2601", "2801"])
    typ = rng.choice(["11", "11", "11", "14", "71", "12"])
    d12 = office + typ + "%06d" % rng.randint(0, 999999)
    v = d12 + crn_check(d12)
    return v[:6] + "-" + v[6:]


HANGUL_PLATE = list("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주")
PLATE_REGIONS = ["서울", "부산", "경기", "인천", "대구", "광주", "대전", "울산", "강원", "충북", "충남", "전북", "전남", "경북", "경남", "제주", "세종"]


def plate(rng, rental=False):
    if rental:
        h = rng.choice("하허호")
    else:
        h = rng.choice(HANGUL_PLATE)
    st = rng.randrange(6)
    n4 = "%04d" % rng.randint(1, 9999)
    if st <= 1:
        return "%02d%s %s" % (rng.randint(10, 99), h, n4), "plate_2digit"
    if st == 2:
        return "%03d%s %s" % (rng.randint(100, 699), h, n4), "plate_3digit"
    if st == 3:
        return "%s %02d%s %s" % (rng.choice(PLATE_REGIONS), rng.randint(10, 99), h, n4), "plate_region"
    if st == 4:
        return "%s %02d%s %s" % (rng.choice(PLATE_REGIONS), rng.randint(70, 79), rng.choice("바사아자"), n4), "plate_commercial"
    return "%02d%s%s" % (rng.randint(10, 99), h, n4), "plate_nospace"


def ipv4(rng, private=False):
    if private:
        if rng.random() < 0.5:
            return "192.168.%d.%d" % (rng.randint(0, 254), rng.randint(2, 254)), "ipv4_private"
        return "10.%d.%d.%d" % (rng.randint(0, 254), rng.randint(0, 254), rng.randint(2, 254)), "ipv4_private"
    while True:
        a = rng.randint(1, 223)
        if a not in (10, 127, 172, 192, 169, 100):
            break
    return "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)), "ipv4_public"


def ipv6(rng):
    return "2001:db8:%x:%x::%x" % (rng.randint(1, 0xffff), rng.randint(1, 0xffff), rng.randint(1, 0xfff)), "ipv6"


def dob(rng, y0=1950, y1=2012, ymd=None):
    y, m, d = ymd or rand_date(rng, y0, y1)
    st = rng.randrange(8)
    if st == 0:
        return "%d. %d. %d." % (y, m, d), "dob_dot_space"
    if st == 1:
        return "%d년 %d월 %d일" % (y, m, d), "dob_korean"
    if st == 2:
        return "%d-%02d-%02d" % (y, m, d), "dob_iso"
    if st == 3:
        return "%d.%02d.%02d." % (y, m, d), "dob_dot"
    if st == 4:
        return "%02d.%02d.%02d" % (y % 100, m, d), "dob_short"
    if st == 5:
        return "%02d%02d%02d" % (y % 100, m, d), "dob_6digit"
    if st == 6:
        return "%d/%02d/%02d" % (y, m, d), "dob_slash"
    return "%d.%02d.%02d" % (y, m, d), "dob_dot_nofinal"


MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]

# addresses -----------------------------------------------------------------
SIDO = [
    ("서울특별시", "서울시", "서울", ["마포구", "강서구", "노원구", "관악구", "송파구", "은평구", "동대문구", "성북구", "구로구", "강동구"]),
    ("부산광역시", "부산시", "부산", ["해운대구", "사하구", "부산진구", "동래구", "북구"]),
    ("대구광역시", "대구시", "대구", ["수성구", "달서구", "북구"]),
    ("인천광역시", "인천시", "인천", ["연수구", "남동구", "부평구", "서구"]),
    ("광주광역시", "광주시", "광주", ["북구", "광산구", "서구"]),
    ("대전광역시", "대전시", "대전", ["유성구", "서구", "중구"]),
    ("울산광역시", "울산시", "울산", ["남구", "중구", "울주군"]),
    ("경기도", "경기도", "경기", ["수원시 팔달구", "수원시 영통구", "성남시 분당구", "고양시 일산동구", "용인시 기흥구", "화성시", "안산시 단원구", "남양주시", "파주시", "평택시"]),
    ("강원특별자치도", "강원도", "강원", ["춘천시", "원주시", "강릉시"]),
    ("충청북도", "충북", "충북", ["청주시 흥덕구", "충주시", "제천시"]),
    ("충청남도", "충남", "충남", ["천안시 서북구", "아산시", "당진시"]),
    ("전북특별자치도", "전북", "전북", ["전주시 완산구", "익산시", "군산시"]),
    ("전라남도", "전남", "전남", ["여수시", "순천시", "목포시"]),
    ("경상북도", "경북", "경북", ["포항시 북구", "구미시", "경산시"]),
    ("경상남도", "경남", "경남", ["창원시 성산구", "김해시", "진주시"]),
    ("제주특별자치도", "제주도", "제주", ["제주시", "서귀포시"]),
]
ROADS = ["한빛로", "누리길", "은행나무로", "새말로", "가람로", "솔샘로", "푸른들로", "다솜길", "미리내로", "한울로",
         "꽃뫼로", "별가람길", "가온로", "햇살로", "무지개로", "느티로", "들꽃길", "바른길", "청솔로", "온누리로"]
DONGS = ["상리", "중앙동", "신흥동", "월곡동", "은빛동", "하늘동", "송정리", "대추리", "봉산동", "초록동"]
APTS = ["한빛아파트", "푸른마을", "햇살빌라", "누리오피스텔", "가람타운", "솔빛아파트"]


def address(rng):
    sido = rng.choice(SIDO)
    sgg = rng.choice(sido[3])
    st = rng.randrange(6)
    if st in (0, 1):
        head = sido[0] + " " + sgg
        kind = "addr_road_full"
    elif st == 2:
        head = rng.choice([sido[1], sido[2]]) + " " + sgg
        kind = "addr_road_short"
    elif st == 3:
        head = sgg
        kind = "addr_road_from_sgg"
    elif st == 4:
        head = sido[0] + " " + sgg
        lot = "%s %d-%d" % (rng.choice(DONGS), rng.randint(1, 999), rng.randint(1, 30))
        unit = rng.choice(["", " " + rng.choice(APTS) + " %d동 %d호" % (rng.randint(101, 115), rng.randint(101, 1504)),
                           " %d층" % rng.randint(1, 5)])
        return head + " " + lot + unit, "addr_jibun"
    else:
        head = sido[0] + " " + sgg
        kind = "addr_road_full"
    road = rng.choice(ROADS)
    if rng.random() < 0.3:
        road = road + " %d번길" % rng.randint(1, 90)
    num = "%d" % rng.randint(1, 450)
    if rng.random() < 0.2:
        num += "-%d" % rng.randint(1, 20)
    unit = rng.choice(["", "", ", %d동 %d호" % (rng.randint(101, 120), rng.randint(101, 2504)),
                       ", %d층 %d호" % (rng.randint(2, 9), rng.randint(201, 909)), " %d층" % rng.randint(2, 12),
                       ", %d호" % rng.randint(101, 1204)])
    return head + " " + road + " " + num + unit, kind


INST_ADDR = ["세종특별자치시 한누리대로 4 정부세종청사 15동", "세종특별자치시 도움로 19 정부세종청사 8동",
             "서울특별시 종로구 세종대로 209 정부서울청사", "경기도 수원시 팔달구 효원로 1", "대전광역시 서구 청사로 189 정부대전청사 2동",
             "부산광역시 연제구 중앙대로 1001", "인천광역시 남동구 정각로 29", "전라남도 무안군 삼향읍 오룡길 1"]


def postal(rng):
    return "%05d" % rng.randint(1000, 63644)


# ----------------------------------------------------------------------------
# noise
# ----------------------------------------------------------------------------
HYPHENS = ["‐", "–", "−", "－"]
HANGUL_DIGITS = "공일이삼사오육칠팔구"
CONF = {"0": "O", "1": "l", "5": "S", "8": "B"}


def fw(s):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(chr(ord(ch) + 0xFEE0))
        elif ch == "-":
            out.append("－")
        else:
            out.append(ch)
    return "".join(out)


def noisify(rng, v, allowed=("ocr_confusion", "fullwidth_digits", "unicode_hyphen", "space_in_number",
                             "newline_in_number"), k=None):
    """Apply 1-2 OCR-style noises to a numeric value.  Returns (text, tags)."""
    k = k or (1 if rng.random() < 0.75 else 2)
    cand = list(allowed)
    if "-" not in v:
        cand = [c for c in cand if c != "unicode_hyphen"]
    tags = []
    rng.shuffle(cand)
    for kind in cand:
        if len(tags) >= k:
            break
        if kind == "ocr_confusion":
            pos = [i for i, ch in enumerate(v) if ch in CONF]
            if not pos:
                continue
            for i in sorted(rng.sample(pos, min(len(pos), rng.choice([1, 1, 2])))):
                v = v[:i] + CONF[v[i]] + v[i + 1:]
        elif kind == "fullwidth_digits":
            if "ocr_confusion" in tags:
                continue
            v = fw(v)
        elif kind == "unicode_hyphen":
            if "-" not in v:
                continue
            h = rng.choice(HYPHENS)
            v = v.replace("-", h)
        elif kind == "space_in_number":
            if "-" in v and rng.random() < 0.6:
                i = v.index("-")
                v = v[:i] + rng.choice([" - ", " -", "- "]) + v[i + 1:]
            else:
                cut = [i for i in range(2, len(v) - 1) if v[i - 1].isalnum() and v[i].isalnum()]
                if not cut:
                    continue
                i = rng.choice(cut)
                v = v[:i] + " " + v[i:]
        elif kind == "newline_in_number":
            cut = [i for i in range(2, len(v) - 1) if v[i - 1] not in " \n" and v[i] not in " \n"]
            if not cut or "\n" in v:
                continue
            i = rng.choice(cut)
            v = v[:i] + "\n" + v[i:]
        tags.append(kind)
    return v, tags


def hangul_digits(v):
    return "".join(HANGUL_DIGITS[int(ch)] if ch.isdigit() else ch for ch in v)


def spaced(name):
    return " ".join(ch for ch in name if ch != " ")


# helpers that add spans ------------------------------------------------------
def maybe_noise(rng, b, v, typ, kind, p=0.0, allowed=None):
    if rng.random() < p:
        nv, tags = noisify(rng, v, allowed) if allowed else noisify(rng, v)
        if tags:
            b.s(nv, typ, kind, tags, clean=v)
            return
    b.s(v, typ, kind)


def name_kind(nm):
    return "ko_name_2syl_surname" if nm[:2] in SURNAMES2 else "ko_name"


def add_person(b, rng, p_spaced=0.0):
    nm, kind = ko_name(rng)
    if rng.random() < p_spaced:
        b.s(spaced(nm), "PERSON", kind, ["spaced_name"], clean=nm)
    else:
        b.s(nm, "PERSON", kind)
    return nm


def add_rrn(b, rng, p_noise=0.0, mode=None, y0=1945, y1=2019):
    mode = mode or rng.choice(["valid", "valid", "masked", "masked", "masked", "nodash"])
    if mode == "post2020":
        v, ymd = rrn(rng, post2020=True)
        kind = "rrn_post2020"
    else:
        v, ymd = rrn(rng, y0=y0, y1=y1)
        kind = "rrn_valid"
        if mode == "masked":
            v, sub = mask_rrn(rng, v)
            kind = "rrn_" + sub
        elif mode == "nodash":
            v = v.replace("-", "")
            kind = "rrn_nodash"
    if kind.startswith("rrn_masked"):
        maybe_noise(rng, b, v, "KR_RRN", kind, p_noise, ("space_in_number", "unicode_hyphen", "newline_in_number"))
    else:
        maybe_noise(rng, b, v, "KR_RRN", kind, p_noise)
    return ymd


def add_frn(b, rng, p_noise=0.0, masked_p=0.2):
    v, ymd = frn(rng)
    kind = "frn_valid"
    r = rng.random()
    if r < masked_p:
        mc = rng.choice(["*", "*", "●", "X"])
        v = v[:8] + mc * 6
        kind = "frn_masked"
        maybe_noise(rng, b, v, "KR_FRN", kind, p_noise, ("space_in_number", "unicode_hyphen"))
        return ymd
    if r < masked_p + 0.12:
        v = v.replace("-", "")
        kind = "frn_nodash"
    maybe_noise(rng, b, v, "KR_FRN", kind, p_noise)
    return ymd


def add_dl(b, rng, p_noise=0.0, style=None):
    v, kind = dl(rng, style)
    if kind == "dl_masked":
        b.s(v, "KR_DRIVER_LICENSE", kind)
    else:
        maybe_noise(rng, b, v, "KR_DRIVER_LICENSE", kind, p_noise)


def add_card(b, rng, p_noise=0.0, brand=None, fmt=None):
    v, kind = card(rng, brand, fmt)
    if kind == "card_masked":
        b.s(v, "CREDIT_CARD", kind)
    else:
        maybe_noise(rng, b, v, "CREDIT_CARD", kind, p_noise)


def add_acct(b, rng, p_noise=0.0, bank=None, fmt=None):
    v, name, kind = bank_account(rng, bank, fmt)
    return v, name, kind


def add_phone(b, rng, mob=True, p_noise=0.0, area=None, kind=None):
    if mob:
        v, k = mobile(rng)
    else:
        v, k = landline(rng, area)
    if kind:
        k = kind
    if k == "mobile_masked":
        b.s(v, "PHONE_NUMBER", k)
    else:
        maybe_noise(rng, b, v, "PHONE_NUMBER", k, p_noise, ("fullwidth_digits", "unicode_hyphen", "space_in_number", "ocr_confusion"))
    return v


def add_addr(b, rng, p_wrap=0.0):
    v, kind = address(rng)
    if rng.random() < p_wrap and " " in v:
        sp = [i for i, ch in enumerate(v) if ch == " "]
        i = rng.choice(sp[len(sp) // 2:])
        b.s(v[:i] + "\n" + v[i + 1:], "KR_ADDRESS", kind, ["wrapped"], clean=v)
    else:
        b.s(v, "KR_ADDRESS", kind)


def add_pp_kr(b, rng, p_noise=0.0, style=None, prefix=None):
    v, kind = passport_kr(rng, style, prefix)
    if kind == "passport_kr_masked":
        b.s(v, "KR_PASSPORT", kind)
    else:
        maybe_noise(rng, b, v, "KR_PASSPORT", kind, p_noise, ("ocr_confusion", "space_in_number", "fullwidth_digits"))


def add_pp_foreign(b, rng, nat, p_noise=0.0):
    v, kind = passport_foreign(rng, nat)
    maybe_noise(rng, b, v, "KR_PASSPORT", kind + "_" + NAT_CODE[nat], p_noise, ("space_in_number", "fullwidth_digits"))


def add_foreign_person(b, rng, nat=None, script=None):
    lat, han, nat = foreign_name(rng, nat)
    script = script or rng.choice(["latin", "hangul"])
    if script == "latin":
        b.s(lat, "PERSON", "foreign_latin")
    else:
        b.s(han, "PERSON", "foreign_hangul")
    return lat, han, nat


def add_email(b, rng, kind="private"):
    v = email(rng, kind)
    if rng.random() < 0.06:
        at = v.index("@")
        v = v[:min(3, at)] + "***" + v[at:]
        b.s(v, "EMAIL_ADDRESS", "email_masked")
    else:
        b.s(v, "EMAIL_ADDRESS", "email_" + kind)
    return v


def add_dob(b, rng, y0=1950, y1=2012, ymd=None):
    v, kind = dob(rng, y0, y1, ymd)
    b.s(v, "DATE_OF_BIRTH", kind)


# hard negatives -------------------------------------------------------------
DEPTS = ["민원봉사과", "교통행정과", "운영지원과", "감사담당관", "복지정책과", "세무과", "자치행정과", "교육지원과", "총무과", "차량등록사업소"]


def docno(rng):
    st = rng.randrange(4)
    if st == 0:
        return "%s-%d" % (rng.choice(DEPTS), rng.randint(100, 19999))
    if st == 1:
        return "%s-%d-%d" % (rng.choice(["서면", "법규", "사전"]), rng.randint(2019, 2025), rng.randint(100, 9999))
    if st == 2:
        return "%s%d-%d" % (rng.choice(["부가", "소득", "법인"]), rng.randint(46000, 46099), rng.randint(10, 999))
    return "%s 제%d-%d호" % (rng.choice(["고시", "공고", "훈령", "예규"]), rng.randint(2019, 2025), rng.randint(1, 450))


STATUTES = ["「도로교통법」 제148조의2 제3항 제2호", "「도로교통법」 제152조 제1호", "「개인정보 보호법」 제24조의2 제1항",
            "「형법」 제268조", "「교통사고처리 특례법」 제3조 제1항", "「출입국관리법」 제31조", "「외국인근로자의 고용 등에 관한 법률」 제25조",
            "「지방공무원법」 제69조 제1항", "「국가공무원법」 제78조 제1항 제1호", "「민원 처리에 관한 법률」 제27조",
            "같은 법 시행령 제9조 제1항", "「여권법」 제16조 제1호", "「의료법」 제21조", "「초·중등교육법」 제25조",
            "「특정범죄 가중처벌 등에 관한 법률」 제5조의3 제1항", "「공공감사에 관한 법률」 제23조", "「자동차손해배상 보장법」 제46조"]


def casenum(rng):
    y = rng.randint(2019, 2025)
    return rng.choice(["%d고단%d" % (y, rng.randint(100, 9999)), "%d고합%d" % (y, rng.randint(10, 999)),
                       "%d노%d" % (y, rng.randint(100, 4999)), "%d가단%d" % (y, rng.randint(1000, 599999)),
                       "%d구단%d" % (y, rng.randint(1000, 99999)), "%d고약%d" % (y, rng.randint(1000, 99999)),
                       "%d도%d" % (y, rng.randint(1000, 19999))])


def receipt_no(rng):
    st = rng.randrange(3)
    if st == 0:
        return "%dAA-%02d%02d-%07d" % (rng.randint(1, 9), rng.randint(19, 25), rng.randint(1, 12), rng.randint(0, 9999999))
    if st == 1:
        return "%d-%04d-%06d" % (rng.randint(2019, 2025), rng.randint(1, 9999), rng.randint(0, 999999))
    return "%04d-%d-%07d" % (rng.randint(1101, 6500), rng.randint(2019, 2025), rng.randint(0, 9999999))


def approval_no(rng):
    return "%08d" % rng.randint(0, 99999999)


def amount(rng):
    v = rng.randint(1, 9999) * rng.choice([10, 100, 1000, 10000])
    return rng.choice(["{:,}원".format(v), "금 {:,}원".format(v), "₩{:,}".format(v), "{:,}원".format(v)])


def ndate(rng, y0=2019, y1=2025):
    y, m, d = rand_date(rng, y0, y1)
    return rng.choice(["%d. %d. %d." % (y, m, d), "%d년 %d월 %d일" % (y, m, d), "%d-%02d-%02d" % (y, m, d),
                       "%d.%02d.%02d." % (y, m, d)])


def version(rng):
    return rng.choice(["v%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 99)),
                       "10.0.%d.%d" % (rng.randint(17000, 26000), rng.randint(100, 4999)),
                       "%d.%d.%d.%d" % (rng.randint(1, 30), rng.randint(0, 9), rng.randint(1000, 9999), rng.randint(10, 999))])


def model_code(rng):
    return rng.choice(["SM-%s%03d%s" % (rng.choice("SAGF"), rng.randint(100, 999), rng.choice("NKB")),
                       "HX-%04d%s" % (rng.randint(1000, 9999), rng.choice("AB")),
                       "KMH%s%s%08d" % (rng.choice("DEFG"), rng.choice("1234"), rng.randint(0, 99999999)) + "%d" % rng.randint(10, 99),
                       "880%010d" % rng.randint(0, 9999999999),
                       "LG-%02d%s%04d" % (rng.randint(10, 99), rng.choice("UQT"), rng.randint(0, 9999)),
                       "P/N %d-%04d-%02d" % (rng.randint(100, 999), rng.randint(0, 9999), rng.randint(0, 99))])


def masked_name(rng):
    nm, _ = ko_name(rng, allow2=False)
    return rng.choice([nm[0] + "○○", nm[0] + "**", nm[0] + "◯◯", nm[0] + " 모 씨", nm[0] + "모", nm[0] + "*" + nm[2],
                       rng.choice("ABCDEFG"), nm[0] + "OO"])


def public_brn(rng):
    return brn(rng, mid="83")


def inst_name(rng):
    return rng.choice(["한빛시", "누리군", "가람구", "새솔시", "푸른시", "솔내군"])


# ----------------------------------------------------------------------------
# templates
# ----------------------------------------------------------------------------
def age_of(ymd, year=2025):
    return year - ymd[0]


def t_news(rng, b):
    city = rng.choice(["수원", "청주", "부산", "광주", "인천", "춘천", "창원", "대전", "전주", "서울"])
    b.t("[%s=%s] " % (city, rng.choice(["한빛일보", "누리뉴스", "가람신문", "새솔방송"])))
    sido = rng.choice(SIDO)
    sgg = rng.choice(sido[3])
    kind = rng.randrange(5)
    if kind == 0:  # traffic accident
        b.t("지난 ").neg(ndate(rng, 2024, 2025), "date_not_birth")
        b.t(" 오후 %d시 %d분께 %s %s의 한 교차로에서 " % (rng.randint(1, 11), rng.randint(1, 59), sgg, rng.choice(DONGS)))
        pv, pk = plate(rng)
        b.s(pv, "KR_VEHICLE_PLATE", pk)
        b.t(" 승용차가 횡단보도를 건너던 보행자를 들이받았다. 이 사고로 ")
        b.neg(masked_name(rng), "masked_name")
        b.t("(%d)씨가 머리를 크게 다쳐 병원으로 옮겨졌다. 경찰에 따르면 운전자 " % rng.randint(20, 85))
        if rng.random() < 0.5:
            nm = add_person(b, rng)
            b.t("(%d)씨는 운전면허가 취소된 상태였으며, 면허번호 " % rng.randint(21, 70))
            add_dl(b, rng)
            b.t("로 조회한 결과 지난해에도 무면허 운전으로 적발된 것으로 확인됐다. ")
        else:
            b.neg(rng.choice("ABC"), "masked_name")
            b.t("(%d)씨는 음주 측정을 거부한 것으로 알려졌다. " % rng.randint(21, 70))
    elif kind == 1:  # fire / rescue with named citizen
        b.t("%s 소재 %s에서 불이 나 주민 %d명이 대피했다. 불은 소방서 추산 " % (sgg, rng.choice(["다가구주택", "상가 건물", "물류창고", "아파트 12층"]), rng.randint(3, 40)))
        b.neg(amount(rng), "amount").t(" 상당의 재산 피해를 낸 뒤 1시간 만에 꺼졌다. 불이 난 것을 처음 발견한 이웃 주민 ")
        nm = add_person(b, rng)
        b.t("(%d)씨는 \"연기가 복도에 가득 차 있었다\"고 말했다. " % rng.randint(25, 80))
        b.t("%s소방서 " % city)
        nm2 = add_person(b, rng)
        b.t(" 현장대응단장은 \"정확한 화재 원인을 조사하고 있다\"고 밝혔다. 문의는 소방서 대표전화(")
        b.neg(landline(rng)[0], "switchboard").t(")로 하면 된다. ")
    elif kind == 2:  # foreign worker accident
        lat, han, nat = foreign_name(rng)
        b.t("%s의 한 공장에서 %s 국적 근로자 " % (sgg, nat))
        b.s(han, "PERSON", "foreign_hangul")
        b.t("(%d)씨가 기계에 끼여 숨졌다. 고용노동부는 사업주 " % rng.randint(22, 45))
        b.neg(masked_name(rng), "masked_name")
        b.t("씨를 「산업안전보건법」 위반 혐의로 입건했다. 유족 측 대리인 ")
        add_person(b, rng)
        b.t(" 변호사는 \"회사는 안전교육을 하지 않았다\"고 주장했다. ")
    elif kind == 3:  # named suspect (신상공개)
        b.t("경찰은 신상정보공개심의위원회를 열고 피의자 ")
        nm = add_person(b, rng)
        b.t("(%d)의 이름과 나이, 얼굴을 공개하기로 했다. " % rng.randint(20, 60))
        b.s(nm, "PERSON", b.spans[-1]["kind"])
        b.t(j(nm, "은/는") + " ")
        b.neg(ndate(rng, 2024, 2025), "date_not_birth")
        b.t(" 새벽 %s의 한 주점에서 " % sgg)
        b.neg(masked_name(rng), "masked_name")
        b.t("(%d)씨를 흉기로 찌른 혐의를 받고 있다. " % rng.randint(20, 70))
        b.t("사건을 맡은 %s경찰서 " % city)
        add_person(b, rng)
        b.t(" 형사과장은 \"추가 범행 여부를 수사 중\"이라고 말했다. ")
    else:  # reward story
        b.t("%s경찰서는 " % city)
        b.neg(ndate(rng, 2024, 2025), "date_not_birth")
        b.t(" 보이스피싱 피해를 막은 은행원 ")
        add_person(b, rng)
        b.t("(%d)씨와 택시기사 " % rng.randint(25, 60))
        add_person(b, rng)
        b.t("(%d)씨에게 감사장을 전달했다. 이들은 " % rng.randint(40, 75))
        b.neg(masked_name(rng), "masked_name")
        b.t("(%d)씨가 " % rng.randint(60, 90))
        b.neg(amount(rng), "amount")
        b.t("을 인출하려는 것을 수상히 여겨 112에 신고했다. ")
    b.t("\n")
    add_person(b, rng)
    b.t(" 기자 ")
    if rng.random() < 0.7:
        b.s(email(rng, "company", rng.choice(["hanbitilbo.co.kr", "nurinews.kr", "garamnews.com", "saesolbc.co.kr"])),
            "EMAIL_ADDRESS", "email_company")
    else:
        add_email(b, rng)
    if rng.random() < 0.3:
        b.t("\n제보: 카카오톡 ").neg("okjebo", "user_id").t(" / 대표전화 ").neg(switchboard(rng), "switchboard")


COURTS = ["한빛지방법원", "누리지방법원 가람지원", "새솔지방법원", "푸른지방법원 솔내지원"]
JOBS = ["회사원", "무직", "자영업", "일용노동", "택시기사", "대학생", "화물차 운전기사", "요양보호사"]


def t_judgment(rng, b):
    b.t(rng.choice(COURTS) + "\n판        결\n사        건  ")
    b.neg(casenum(rng), "case_number")
    foreign = rng.random() < 0.3
    crime = rng.choice(["도로교통법위반(음주운전)", "도로교통법위반(무면허운전)", "교통사고처리특례법위반(치상)",
                        "특정범죄가중처벌등에관한법률위반(위험운전치상)", "도로교통법위반(음주측정거부)"])
    b.t(" " + crime + "\n피   고   인  ")
    if foreign:
        lat, han, nat = foreign_name(rng)
        b.s(lat, "PERSON", "foreign_latin").t(" (")
        b.s(han, "PERSON", "foreign_hangul").t("), %s\n              외국인등록번호 " % rng.choice(JOBS))
        ymd = add_frn(b, rng, masked_p=0.5)
        b.t(", 국적 %s\n              여권번호 " % nat)
        add_pp_foreign(b, rng, nat)
        b.t("\n              주거 ")
        add_addr(b, rng)
    else:
        nm = add_person(b, rng)
        b.t(" (")
        if rng.random() < 0.6:
            add_rrn(b, rng, mode=rng.choice(["masked", "masked", "masked", "valid"]))
        else:
            add_dob(b, rng, 1955, 2003)
            b.t("생")
        b.t("), %s\n              주거 " % rng.choice(JOBS))
        add_addr(b, rng)
        b.t("\n              등록기준지 ")
        add_addr(b, rng)
    b.t("\n검        사  ")
    add_person(b, rng)
    b.t("(기소), ")
    add_person(b, rng)
    b.t("(공판)\n변   호   인  ")
    if rng.random() < 0.5:
        b.t("법무법인 %s 담당변호사 " % rng.choice(["한결", "누리", "가온", "바른빛"]))
    else:
        b.t("변호사 ")
    add_person(b, rng)
    b.t(rng.choice(["(국선)", "", "(사선)"]) + "\n판 결 선 고  ")
    b.neg(ndate(rng, 2023, 2025), "date_not_birth")
    b.t("\n\n주        문\n피고인을 징역 %d월에 처한다. 다만, 이 판결 확정일부터 %d년간 위 형의 집행을 유예한다.\n\n이        유\n범 죄 사 실\n피고인은 " % (rng.randint(4, 18), rng.randint(1, 3)))
    b.neg(ndate(rng, 2022, 2024), "date_not_birth")
    b.t(" %02d:%02d경 %s %s에 있는 %s 앞 도로에서 " % (rng.randint(0, 23), rng.randint(0, 59), rng.choice(rng.choice(SIDO)[3]),
                                                 rng.choice(ROADS), rng.choice(["편의점", "○○아파트", "주유소", "초등학교"])))
    if "무면허" in crime or rng.random() < 0.5:
        b.t("자동차운전면허(면허번호 ")
        add_dl(b, rng)
        b.t(")가 " + rng.choice(["취소된", "정지된"]) + " 상태에서 ")
    else:
        b.t("혈중알코올농도 0.%03d%%의 술에 취한 상태로 " % rng.randint(30, 250))
    pv, pk = plate(rng)
    b.s(pv, "KR_VEHICLE_PLATE", pk)
    b.t(" " + rng.choice(["승용차", "화물차", "승합차", "이륜차"]) + "를 약 %dkm 구간 운전하였다." % rng.randint(1, 15))
    if rng.random() < 0.6:
        b.t(" 피고인은 위와 같이 운전하다가 피해자 ")
        if rng.random() < 0.6:
            b.neg(rng.choice(["A", "B", "C"]) + "(" + rng.choice(["여", "남"]) + ", %d세)" % rng.randint(10, 80), "masked_name")
        else:
            add_person(b, rng)
            b.t("(%s, %d세)" % (rng.choice(["여", "남"]), rng.randint(10, 80)))
        b.t("에게 약 %d주간의 치료가 필요한 상해를 입게 하였다." % rng.randint(2, 12))
    if rng.random() < 0.4:
        b.t(" 피고인은 범행 후 피해자 명의 ")
        v, bank, k = bank_account(rng)
        b.t(bank + " 계좌(")
        b.s(v, "KR_BANK_ACCOUNT", k)
        b.t(")로 합의금 ").neg(amount(rng), "amount").t("을 송금하였다.")
    b.t("\n\n법령의 적용\n1. 범죄사실에 대한 해당법조 및 형의 선택\n   ")
    b.neg(rng.choice(STATUTES[:5]), "statute").t(", ").neg(rng.choice(STATUTES[5:]), "statute")
    b.t("\n\n판사  ")
    add_person(b, rng)


def t_discipline(rng, b):
    inst = inst_name(rng)
    st = rng.randrange(3)
    if st == 0:
        b.t("%s 인사위원회\n징 계 의 결 서\n\n징계혐의자 인적사항\n소속: %s %s\n직위(직급): %s\n성명: " % (
            inst, inst, rng.choice(DEPTS), rng.choice(["지방행정주사", "지방시설주사보", "지방세무주사", "지방운전주사보"])))
        nm = add_person(b, rng)
        b.t("\n생년월일: ")
        add_dob(b, rng, 1965, 1998)
        b.t("\n의결주문: 「지방공무원법」 제72조에 따라 \"%s\"에 처한다.\n\n이유\n혐의자 " % rng.choice(["견책", "감봉 1월", "정직 1월", "정직 3월", "강등"]))
        b.s(nm, "PERSON", name_kind(nm))
        b.t(j(nm, "은/는") + " ")
        b.neg(ndate(rng, 2023, 2025), "date_not_birth")
        b.t(" %s 일대에서 혈중알코올농도 0.%03d%% 상태로 자가용 승용차(" % (rng.choice(rng.choice(SIDO)[3]), rng.randint(30, 200)))
        pv, pk = plate(rng)
        b.s(pv, "KR_VEHICLE_PLATE", pk)
        b.t(")를 운전하다 적발되어 운전면허(")
        add_dl(b, rng)
        b.t(")가 취소되었다. 이는 ").neg(rng.choice(STATUTES[8:10]), "statute").t("의 품위유지 의무를 위반한 것이다.\n")
        b.t("간사 ")
        add_person(b, rng)
        b.t("   위원장 ").neg(inst + "부시장", "office_title")
    elif st == 1:
        b.t("%s 감사결과 처분요구서\n\n1. 감사 개요\n감사기간: " % inst)
        b.neg(ndate(rng, 2024, 2025), "date_not_birth")
        b.t(" ~ ").neg(ndate(rng, 2024, 2025), "date_not_birth")
        b.t("\n감사반장 ")
        add_person(b, rng)
        b.t(" 감사관, 반원 ")
        add_person(b, rng)
        b.t(", ")
        add_person(b, rng)
        b.t("\n\n2. 지적 사항: 업무추진비 부당 집행\n%s " % rng.choice(DEPTS))
        nm = add_person(b, rng)
        b.t(" 주무관은 ")
        b.neg(ndate(rng, 2023, 2024), "date_not_birth")
        b.t("부터 개인 신용카드(")
        add_card(b, rng)
        b.t(")로 결제한 %d건을 업무추진비로 청구하여 " % rng.randint(3, 40))
        b.neg(amount(rng), "amount")
        b.t("을 본인 명의 ")
        v, bank, k = bank_account(rng)
        b.t(bank + " 계좌(")
        b.s(v, "KR_BANK_ACCOUNT", k)
        b.t(")로 지급받았다.\n\n3. 처분 요구\n관련자\t")
        b.s(nm, "PERSON", name_kind(nm))
        b.t("\t%s\t경징계\n관련자\t" % rng.choice(["지방행정주사", "지방행정주사보"]))
        add_person(b, rng)
        b.t("\t%s\t훈계\n관련자\t" % rng.choice(["지방행정사무관", "지방행정주사"]))
        b.neg(masked_name(rng), "masked_name")
        b.t("\t(퇴직)\t통보\n근거: ").neg(rng.choice(STATUTES[13:16]), "statute")
    else:
        b.t("%s 감사결과 공개문\n\n제목: %s 종합감사 결과\n문서번호: " % (inst, rng.choice(DEPTS)))
        b.neg(docno(rng), "document_number")
        b.t("\n\n가. 관련자 ")
        b.neg(masked_name(rng), "masked_name")
        b.t("(지방행정주사)는 민원인 ")
        add_person(b, rng)
        b.t("의 주민등록번호(")
        add_rrn(b, rng, mode="masked")
        b.t(")가 기재된 서류를 제3자에게 교부하였다.\n나. 관련자 ")
        b.neg(masked_name(rng), "masked_name")
        b.t("(지방행정주사보)는 외국인 민원인 ")
        lat, han, nat = add_foreign_person(b, rng)
        b.t("의 외국인등록번호 ")
        add_frn(b, rng, masked_p=0.3)
        b.t("를 업무 외 목적으로 조회하였다.\n\n문의: 감사담당관 ")
        add_person(b, rng)
        b.t(" (")
        add_phone(b, rng, mob=False, area=rng.choice(AREA))
        b.t(") / 대표전화 ").neg(switchboard(rng), "switchboard")


def head_title(inst):
    return inst + {"시": "장", "군": "수", "구": "청장"}[inst[-1]]


def official_footer(rng, b, inst):
    b.t("\n\n")
    b.neg(head_title(inst), "office_title")
    b.t("\n\n")
    b.t("주무관 ")
    add_person(b, rng)
    b.t("   팀장 ")
    add_person(b, rng)
    b.t("   %s장 전결 " % rng.choice(["과", "국", "소"]))
    b.neg(ndate(rng, 2024, 2025), "date_not_birth")
    b.t("\n시행 ").neg(docno(rng), "document_number").t(" (").neg(ndate(rng, 2024, 2025), "date_not_birth").t(")")
    b.t("\n우 ").neg(postal(rng), "postal_code").t(" ").neg(rng.choice(INST_ADDR), "institution_address")
    b.t("\n전화 ")
    add_phone(b, rng, mob=False, area=rng.choice(["044", "031", "02", "063"]))
    b.t("  전송 ")
    add_phone(b, rng, mob=False, area=rng.choice(["044", "031", "02"]), kind="fax")
    b.t("  ")
    add_email(b, rng, "official")
    b.t("  /공개")


def t_civil_reply(rng, b):
    inst = inst_name(rng)
    b.t("%s\n수신 " % inst)
    nm = add_person(b, rng)
    b.t(" 귀하 (우").neg(postal(rng), "postal_code").t(" ")
    add_addr(b, rng)
    b.t(")\n(경유)\n제목 민원(")
    b.neg(receipt_no(rng), "receipt_number")
    b.t(") 처리 결과 알림\n\n1. 평소 시정에 관심을 가져 주셔서 감사합니다.\n2. 귀하께서 ")
    b.neg(ndate(rng, 2024, 2025), "date_not_birth")
    b.t(" 국민신문고(신청번호 ").neg(receipt_no(rng), "receipt_number").t(")로 신청하신 민원에 대한 검토 결과를 다음과 같이 알려 드립니다.\n")
    topic = rng.randrange(6)
    if topic == 0:
        b.t("  가. 귀하의 운전면허(면허번호 ")
        add_dl(b, rng)
        b.t(")는 정기 적성검사 기간(").neg(ndate(rng, 2025, 2026), "date_not_birth").t("까지)이 남아 있어 지금 갱신하실 필요가 없습니다.\n")
        b.t("  나. 면허증 재발급은 가까운 운전면허시험장(대표 ").neg("1577-1120", "switchboard").t(")에서 가능합니다.\n")
    elif topic == 1:
        b.t("  가. 민원인 ")
        lat, han, nat = add_foreign_person(b, rng, script="latin")
        b.t("(외국인등록번호 ")
        add_frn(b, rng)
        b.t(", 여권번호 ")
        add_pp_foreign(b, rng, nat)
        b.t(")의 체류기간 연장 신청은 관할 출입국·외국인사무소에서 처리하는 사항입니다.\n")
        b.t("  나. 문의: 외국인종합안내센터 ").neg("1345", "switchboard").t("\n")
    elif topic == 2:
        b.t("  가. 과오납된 자동차세 ").neg(amount(rng), "amount").t("은 귀하가 지정하신 ")
        v, bank, k = bank_account(rng)
        b.t(bank + " ")
        b.s(v, "KR_BANK_ACCOUNT", k)
        b.t("(예금주 ")
        b.s(nm, "PERSON", name_kind(nm))
        b.t(") 계좌로 ").neg(ndate(rng, 2025, 2025), "date_not_birth").t("까지 환급됩니다.\n")
    elif topic == 3:
        b.t("  가. 귀하의 차량(")
        pv, pk = plate(rng)
        b.s(pv, "KR_VEHICLE_PLATE", pk)
        b.t(")에 부과된 주정차위반 과태료(고지번호 ").neg(receipt_no(rng), "receipt_number").t(")는 의견진술이 받아들여져 부과가 취소되었습니다.\n")
    elif topic == 4:
        b.t("  가. 귀하의 주민등록번호(")
        add_rrn(b, rng, mode="masked")
        b.t(")가 기재된 등본은 정정 처리되었으며, 정정 전 번호 ")
        add_rrn(b, rng, mode="valid")
        b.t("는 더 이상 사용되지 않습니다.\n")
    else:
        b.t("  가. 귀하께서 요청하신 여권(")
        add_pp_kr(b, rng)
        b.t(") 분실 신고는 ").neg(ndate(rng, 2024, 2025), "date_not_birth").t("에 접수되었습니다. 영사콜센터(").neg("+82-2-3210-0404", "switchboard").t(")에서도 확인하실 수 있습니다.\n")
    b.t("3. 추가로 궁금한 사항은 %s " % rng.choice(DEPTS))
    add_person(b, rng)
    b.t(" 주무관(")
    add_phone(b, rng, mob=False, area=rng.choice(["044", "02", "031", "061"]))
    b.t(", ")
    add_email(b, rng, "official")
    b.t(")에게 연락하시거나 정부민원안내콜센터(").neg("110", "switchboard").t(")를 이용하여 주시기 바랍니다.")
    official_footer(rng, b, inst)


SCHOOLS = ["한빛초등학교", "누리중학교", "가람고등학교", "새솔초등학교", "푸른중학교", "솔내고등학교"]


def t_school(rng, b):
    sch = rng.choice(SCHOOLS)
    st = rng.randrange(5)
    if st == 4:
        b.t("%s유치원 %s반 원아 비상연락망\n" % (rng.choice(["누리", "한빛", "새솔"]), rng.choice(["해님", "별님", "꽃잎", "새싹"])))
        sep = rng.choice(["\t", " | ", "  "])
        for i in range(rng.randint(3, 6)):
            add_person(b, rng)
            b.t(sep)
            add_rrn(b, rng, mode="post2020" if rng.random() < 0.7 else "masked", y0=2019, y1=2019)
            b.t(sep)
            add_person(b, rng)
            b.t(sep)
            add_phone(b, rng)
            b.t("\n")
        b.t("담임 ")
        add_person(b, rng)
        b.t("  원 대표전화 ").neg(landline(rng)[0], "switchboard")
        return
    if st == 0:
        b.t("%s 해외 수학여행 참가 학생 여권 명단\n" % sch)
        for i in range(rng.randint(3, 6)):
            b.t("%d\t%d-%d\t" % (i + 1, rng.randint(1, 3), rng.randint(1, 9)))
            nm = add_person(b, rng)
            b.t("\t")
            lat = rng.choice(["KIM", "LEE", "PARK", "CHOI", "JUNG"]) + " " + rng.choice(["MINJUN", "SEOYEON", "JIHO", "HAYOON", "DOYUN", "SUAH", "EUNWOO"])
            b.s(lat, "PERSON", "ko_name_latin")
            b.t("\t")
            add_pp_kr(b, rng, p_noise=0.1, prefix="M")
            b.t("\t")
            add_dob(b, rng, 2007, 2012)
            b.t("\n")
        b.t("인솔교사 ")
        add_person(b, rng)
        b.t(" (")
        add_phone(b, rng)
        b.t(")  여행사 대표전화 ").neg(switchboard(rng), "switchboard")
    elif st == 1:
        b.t("%s 교외체험학습 신청서\n학생 성명: " % sch)
        add_person(b, rng)
        b.t("   학년/반/번호: %d학년 %d반 %d번\n생년월일: " % (rng.randint(1, 6), rng.randint(1, 10), rng.randint(1, 30)))
        add_dob(b, rng, 2008, 2018)
        b.t("\n체험학습 기간: ").neg(ndate(rng, 2025, 2025), "date_not_birth").t(" ~ ").neg(ndate(rng, 2025, 2025), "date_not_birth")
        b.t("\n보호자 성명: ")
        add_person(b, rng)
        b.t(" (관계: %s)   연락처: " % rng.choice(["부", "모", "조모"]))
        add_phone(b, rng)
        b.t("\n보호자 이메일: ")
        add_email(b, rng)
        b.t("\n인솔자: ")
        add_person(b, rng)
        b.t("\n※ 작성 예시: 학생 성명 ").neg("홍길동", "placeholder_name").t(", 연락처 ").neg("010-0000-0000", "placeholder_number")
    elif st == 2:
        b.t("%s 방과후학교 수강료 환불 신청서\n학생: " % sch)
        add_person(b, rng)
        b.t(" (%d-%d)\n신청인(보호자): " % (rng.randint(1, 6), rng.randint(1, 9)))
        nm = add_person(b, rng)
        b.t("\n주소: ")
        add_addr(b, rng)
        b.t("\n환불 계좌: ")
        v, bank, k = bank_account(rng)
        b.t(bank + " ")
        b.s(v, "KR_BANK_ACCOUNT", k)
        b.t(" 예금주 ")
        b.s(nm, "PERSON", name_kind(nm))
        b.t("\n환불 금액: ").neg(amount(rng), "amount")
        b.t("\n보호자 주민등록번호: ")
        add_rrn(b, rng, mode=rng.choice(["masked", "valid"]), y0=1970, y1=1992)
        b.t("\n담당: 행정실 ")
        add_person(b, rng)
        b.t(" (")
        add_phone(b, rng, mob=False)
        b.t(")")
    else:
        b.t("%s 학생 건강조사서 (보건실 보관)\n성명: " % sch)
        add_person(b, rng)
        b.t("  성별: %s  생년월일: " % rng.choice(["남", "여"]))
        add_dob(b, rng, 2008, 2018)
        b.t("\n건강보험증 번호: ")
        v, k = health_ins(rng)
        b.s(v, "KR_HEALTH_INSURANCE", k)
        b.t("\n알레르기: %s\n비상연락처: " % rng.choice(["땅콩", "없음", "우유", "복숭아"]))
        add_phone(b, rng)
        b.t(" (")
        add_person(b, rng)
        b.t(")\n주치의 병원: 한빛소아과 대표 ").neg(landline(rng)[0], "switchboard")


def t_hospital(rng, b):
    hosp = rng.choice(["한빛대학교병원", "누리의료원", "가람병원", "새솔요양병원"])
    st = rng.randrange(5)
    if st == 4:
        b.t("%s 소아청소년과 예방접종 기록\n\n피접종자: " % hosp)
        add_person(b, rng)
        b.t("\n주민등록번호: ")
        ymd = add_rrn(b, rng, mode="post2020")
        b.t("\n건강보험 증번호: ")
        v, k = health_ins(rng)
        b.s(v, "KR_HEALTH_INSURANCE", k)
        b.t("\n보호자: ")
        add_person(b, rng)
        b.t(" (%s)  연락처 " % rng.choice(["모", "부", "조모"]))
        add_phone(b, rng)
        b.t("\n접종 내역: %s %d차 (" % (rng.choice(["DTaP", "MMR", "수두", "일본뇌염", "인플루엔자"]), rng.randint(1, 4)))
        b.neg(ndate(rng, 2024, 2025), "date_not_birth")
        b.t(") 백신 로트번호 ").neg("%s%06d" % (rng.choice(["AB", "KX", "TF"]), rng.randint(0, 999999)), "product_model_code")
        b.t("\n접종의: ")
        add_person(b, rng)
        b.t("  예방접종도우미 ").neg("1339", "switchboard")
        return
    if st == 0:
        b.t("%s 입원약정서\n\n환자 성명: " % hosp)
        add_person(b, rng)
        b.t("   등록번호: ").neg("%08d" % rng.randint(0, 99999999), "record_id")
        b.t("\n주민등록번호: ")
        add_rrn(b, rng, p_noise=0.1, mode="post2020" if rng.random() < 0.25 else None)
        b.t("\n주소: ")
        add_addr(b, rng)
        b.t("\n연락처: ")
        add_phone(b, rng)
        b.t("\n건강보험 증번호: ")
        v, k = health_ins(rng)
        b.s(v, "KR_HEALTH_INSURANCE", k)
        b.t("\n\n보호자(연대보증인) 성명: ")
        add_person(b, rng)
        b.t(" (관계: %s)\n보호자 주민등록번호: " % rng.choice(["배우자", "자녀", "부", "모", "형제"]))
        add_rrn(b, rng, mode="masked")
        b.t("\n보호자 연락처: ")
        add_phone(b, rng)
        b.t("\n\n입원일: ").neg(ndate(rng, 2024, 2025), "date_not_birth")
        b.t("   주치의: ")
        add_person(b, rng)
        b.t("\n원무과 대표전화 ").neg(switchboard(rng), "switchboard")
    elif st == 1:
        b.t("%s 진 단 서\n\n환자의 성명: " % hosp)
        add_person(b, rng)
        b.t("   성별: %s\n주민등록번호: " % rng.choice(["남", "여"]))
        add_rrn(b, rng)
        b.t("\n주소: ")
        add_addr(b, rng)
        b.t("\n병명: %s (임상적 추정)  질병분류기호: " % rng.choice(["요추 염좌", "우측 경골 골절", "급성 위장염", "뇌진탕"]))
        b.neg(rng.choice(["S33.5", "S82.201", "K52.9", "S06.0"]), "diagnosis_code")
        b.t("\n발병일: ").neg(ndate(rng, 2024, 2025), "date_not_birth")
        b.t("  진단일: ").neg(ndate(rng, 2024, 2025), "date_not_birth")
        b.t("\n의사 면허번호 제").neg("%d" % rng.randint(10000, 150000), "license_number_other").t("호  의사 성명: ")
        add_person(b, rng)
        b.t("\n병원 사업자등록번호: ")
        b.s(brn(rng, mid=rng.choice(["82", "90", "96"])), "KR_BRN", "brn_valid")
    elif st == 2:
        b.t("%s 국제진료센터 외국인 환자 등록카드\n\n" % hosp)
        lat, han, nat = foreign_name(rng)
        b.t("Name(영문): ")
        b.s(lat, "PERSON", "foreign_latin")
        b.t("\n한글 성명: ")
        b.s(han, "PERSON", "foreign_hangul")
        b.t("\n국적: %s (%s)\nPassport No.: " % (nat, NAT_CODE[nat]))
        add_pp_foreign(b, rng, nat, p_noise=0.1)
        b.t("\n외국인등록번호: ")
        add_frn(b, rng, masked_p=0.15)
        b.t("\nDate of birth: ")
        y, m, d = rand_date(rng, 1960, 2005)
        b.s("%02d %s %d" % (d, MONTHS[m - 1], y), "DATE_OF_BIRTH", "dob_passport_style")
        b.t("\n연락처: ")
        add_phone(b, rng)
        b.t("\n통역 요청 언어: %s\n접수자: " % rng.choice(["베트남어", "영어", "중국어", "러시아어"]))
        add_person(b, rng)
    else:
        b.t("%s 진료비 수납 내역\n\n환자: " % hosp)
        add_person(b, rng)
        b.t("  (")
        add_rrn(b, rng, mode="masked")
        b.t(")\n진료비 총액 ").neg(amount(rng), "amount").t(", 본인부담금 ").neg(amount(rng), "amount")
        b.t("\n결제: 신용카드 ")
        add_card(b, rng, p_noise=0.1)
        b.t(" 할부 %s  승인번호 " % rng.choice(["일시불", "3개월", "6개월"]))
        b.neg(approval_no(rng), "approval_number")
        b.t("\n가맹점 사업자번호 ")
        b.s(brn(rng, mid="82"), "KR_BRN", "brn_valid")
        b.t("\n환불 계좌(환자 본인): ")
        v, bank, k = bank_account(rng)
        b.t(bank + " ")
        b.s(v, "KR_BANK_ACCOUNT", k)


RENTAL = ["한빛렌터카", "누리모빌리티", "가람카셰어", "솔내렌트"]
CAR_MODELS = ["아반떼(CN7)", "쏘나타 DN8", "K5 3세대", "카니발 KA4", "스타리아", "레이 EV"]


def t_rental(rng, b):
    comp = rng.choice(RENTAL)
    b.t("%s 자동차 대여 계약서\n계약번호: " % comp)
    b.neg("R%d-%06d" % (rng.randint(2024, 2025), rng.randint(0, 999999)), "document_number")
    b.t("\n대여 차량: %s  차량번호 " % rng.choice(CAR_MODELS))
    pv, pk = plate(rng, rental=True)
    b.s(pv, "KR_VEHICLE_PLATE", pk)
    b.t("  차대번호 ").neg(model_code(rng), "product_model_code")
    b.t("\n대여일시: ").neg(ndate(rng, 2025, 2025), "date_not_birth").t(" 10:00  반납예정: ").neg(ndate(rng, 2025, 2025), "date_not_birth")
    b.t("\n\n[제1운전자]\n성명: ")
    add_person(b, rng, p_spaced=0.05)
    b.t("   생년월일: ")
    add_dob(b, rng, 1960, 2004)
    b.t("\n운전면허번호: ")
    add_dl(b, rng, p_noise=0.12)
    b.t("   면허종류: %s   적성검사 만료일: " % rng.choice(["1종보통", "2종보통", "1종대형"]))
    b.neg(ndate(rng, 2026, 2033), "date_not_birth")
    b.t("\n휴대전화: ")
    add_phone(b, rng)
    b.t("\n주소: ")
    add_addr(b, rng)
    if rng.random() < 0.55:
        b.t("\n\n[제2운전자]\n성명: ")
        if rng.random() < 0.25:
            lat, han, nat = add_foreign_person(b, rng, script="latin")
            b.t("   국제운전면허 / 여권번호: ")
            add_pp_foreign(b, rng, nat)
        else:
            add_person(b, rng)
            b.t("   면허번호: ")
            add_dl(b, rng, p_noise=0.1)
        b.t("\n연락처: ")
        add_phone(b, rng)
    b.t("\n\n결제 카드: ")
    add_card(b, rng, p_noise=0.05)
    b.t("  유효기간 %02d/%02d  승인번호 " % (rng.randint(1, 12), rng.randint(26, 31)))
    b.neg(approval_no(rng), "approval_number")
    b.t("\n대여요금 ").neg(amount(rng), "amount").t("  보증금 ").neg(amount(rng), "amount")
    b.t("\n%s 고객센터 " % comp).neg(switchboard(rng), "switchboard")
    b.t("  사업자등록번호 ")
    b.s(brn(rng, mid=rng.choice(["81", "86", "87"])), "KR_BRN", "brn_valid")
    b.t("\n담당 직원: ")
    add_person(b, rng)


def t_traffic(rng, b):
    st = rng.randrange(4)
    police = rng.choice(["한빛경찰서", "누리경찰서", "가람경찰서", "솔내경찰서"])
    if st == 0:
        b.t("교통사고 사실확인원\n접수번호: ").neg(receipt_no(rng), "receipt_number")
        b.t("\n발생일시: ").neg(ndate(rng, 2024, 2025), "date_not_birth").t(" %02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59)))
        b.t("\n발생장소: %s %s 교차로\n\n[운전자 1]\n성명: " % (rng.choice(SIDO)[0], rng.choice(ROADS)))
        add_person(b, rng)
        b.t("\n주민등록번호: ")
        add_rrn(b, rng, mode="masked")
        b.t("\n운전면허번호: ")
        add_dl(b, rng, p_noise=0.1)
        b.t("\n차량번호: ")
        pv, pk = plate(rng)
        b.s(pv, "KR_VEHICLE_PLATE", pk)
        b.t("\n보험사: %s 사고접수번호 " % rng.choice(["한빛손해보험", "누리화재"])).neg("%d-%08d" % (rng.randint(2024, 2025), rng.randint(0, 99999999)), "receipt_number")
        b.t("\n\n[운전자 2]\n성명: ")
        if rng.random() < 0.25:
            add_foreign_person(b, rng)
            b.t("\n외국인등록번호: ")
            add_frn(b, rng)
        else:
            add_person(b, rng)
            b.t("\n운전면허번호: ")
            add_dl(b, rng, p_noise=0.1)
        b.t("\n연락처: ")
        add_phone(b, rng)
        b.t("\n\n위와 같이 교통사고가 접수되었음을 확인합니다.\n%s장  (담당 조사관 " % police)
        add_person(b, rng)
        b.t(" 경위, ")
        add_phone(b, rng, mob=False)
        b.t(")")
    elif st == 1:
        b.t("자동차운전면허 행정처분 결정 통지서\n\n성명: ")
        add_person(b, rng)
        b.t("\n생년월일: ")
        add_dob(b, rng, 1955, 2004)
        b.t("\n면허번호: ")
        add_dl(b, rng)
        b.t("\n주소: ")
        add_addr(b, rng)
        b.t("\n처분 내용: 운전면허 %s (처분 벌점 %d점)\n처분 기간: " % (rng.choice(["정지 40일", "정지 100일", "취소"]), rng.choice([40, 100, 110, 121])))
        b.neg(ndate(rng, 2025, 2025), "date_not_birth").t(" ~ ").neg(ndate(rng, 2025, 2026), "date_not_birth")
        b.t("\n근거: ").neg(rng.choice(["「도로교통법」 제93조 제1항", "「도로교통법」 시행규칙 별표 28"]), "statute")
        b.t("\n\n%s장\n문의: 교통관리계 " % rng.choice(["한빛시경찰청", "누리도경찰청"]))
        add_person(b, rng)
        b.t(" (")
        add_phone(b, rng, mob=False)
        b.t(") / 경찰민원콜센터 ").neg("182", "switchboard")
    elif st == 2:
        b.t("범칙금 납부 통고서\n\n위반자: ")
        add_person(b, rng)
        b.t("   면허번호: ")
        add_dl(b, rng, p_noise=0.1)
        b.t("\n차량번호: ")
        pv, pk = plate(rng)
        b.s(pv, "KR_VEHICLE_PLATE", pk)
        b.t("\n위반일시: ").neg(ndate(rng, 2025, 2025), "date_not_birth")
        b.t("\n위반내용: %s\n범칙금액: " % rng.choice(["신호위반", "속도위반(20km/h 초과)", "중앙선 침범", "안전띠 미착용"]))
        b.neg(amount(rng), "amount")
        b.t("  벌점: %d점\n전자납부번호: " % rng.choice([10, 15, 30]))
        b.neg("%04d-%d-%07d" % (rng.randint(1100, 6500), rng.randint(2019, 2025), rng.randint(0, 9999999)), "receipt_number")
        b.t("\n가상계좌(경찰청 세입): %s " % rng.choice(["국민은행", "우리은행"]))
        b.neg(bank_account(rng, fmt="dash")[0], "institution_account")
        b.t("\n단속 경찰관: ")
        add_person(b, rng)
        b.t(" 경사")
    else:
        b.t("운전면허 정지·취소처분 사전통지서\n\n수신: ")
        nm = add_person(b, rng)
        b.t(" 귀하\n주민등록번호: ")
        add_rrn(b, rng, mode=rng.choice(["masked", "valid"]))
        b.t("\n운전면허번호: ")
        add_dl(b, rng)
        b.t(" (")
        b.t(rng.choice(["1종보통", "2종보통", "1종대형, 2종소형"]))
        b.t(")\n귀하는 ").neg(ndate(rng, 2025, 2025), "date_not_birth")
        b.t(" 누산 벌점이 %d점에 이르러 운전면허가 %s될 예정입니다. 의견이 있으시면 " % (rng.choice([121, 201, 271]), rng.choice(["취소", "정지"])))
        b.neg(ndate(rng, 2025, 2025), "date_not_birth")
        b.t("까지 출석하거나 서면으로 제출하시기 바랍니다.\n담당자 ")
        add_person(b, rng)
        b.t(" (")
        add_phone(b, rng, mob=False)
        b.t(", 팩스 ")
        add_phone(b, rng, mob=False, kind="fax")
        b.t(")")


def ocr_text(rng, s, p=0.04):
    """Light OCR noise on label text (not on spans)."""
    out = []
    for ch in s:
        r = rng.random()
        if ch == " " and r < p:
            continue
        if "가" <= ch <= "힣" and r < p / 2:
            out.append(ch + " ")
            continue
        out.append(ch)
    return "".join(out)


def t_dl_scan(rng, b):
    T = lambda s: b.t(ocr_text(rng, s))
    T(rng.choice(["자동차운전면허증\n(Driver's License)\n", "자 동 차 운 전 면 허 증\n", "[스캔본] 운전면허증 사본\n"]))
    T(rng.choice(["1종보통", "2종보통", "1종대형 2종소형", "1종보통  2종소형"]) + "\n")
    code_style = rng.choice(["code_dash", "code_dash", "region_space", "region_nospace", "plain12", "code_space", "region_plain"])
    add_dl(b, rng, p_noise=0.55, style=code_style)
    b.t("\n")
    add_person(b, rng, p_spaced=0.35)
    b.t("\n")
    if rng.random() < 0.7:
        add_rrn(b, rng, p_noise=0.4, mode=rng.choice(["valid", "valid", "masked", "nodash"]))
    else:
        add_rrn(b, rng, p_noise=0.3, mode="masked")
    b.t("\n")
    add_addr(b, rng, p_wrap=0.4)
    b.t("\n")
    T("적성검사기간 ")
    y = rng.randint(2025, 2033)
    b.neg("%d.01.01~%d.12.31" % (y, y), "date_not_birth")
    b.t("\n")
    T("갱신기간 ") if rng.random() < 0.3 else None
    b.neg("%d.%02d.%02d" % (rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(1, 28)), "date_not_birth")
    b.t("\n")
    b.neg("".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(6)), "licence_serial")
    b.t("\n")
    T(rng.choice(["서울특별시경찰청장", "경기도남부경찰청장", "부산광역시경찰청장", "전라남도경찰청장", "강원특별자치도경찰청장"]))
    if rng.random() < 0.5:
        b.t("\n")
        T("조건: ")
        b.t(rng.choice(["A(자동변속기)", "없음", "B(의수)"]))
    if rng.random() < 0.4:
        b.t("\n---\n")
        T("위 사본은 원본과 틀림없음을 확인함. 제출자 ")
        add_person(b, rng)
        b.t(" (")
        add_phone(b, rng, p_noise=0.3)
        b.t(")")


def t_roster(rng, b):
    sep = rng.choice(["|", " | ", "\t", " ｜ ", "  "])
    cols = rng.choice([["name", "dl", "phone"], ["name", "rrn", "bank"], ["name", "frn", "pp", "nat"],
                       ["name", "dept", "phone", "email"], ["name", "dob", "card"], ["no", "name", "dl", "plate"],
                       ["name", "pp", "dob"], ["no", "name", "frn", "bank"], ["name", "rrn", "addr"],
                       ["name", "dl", "rrn", "phone"]])
    if rng.random() < 0.5:
        b.t(rng.choice(["붙임 1.", "[별지]", "※ 명단", "(표)", "-- 2쪽 --"]) + "\n")
    nrows = rng.randint(3, 7)
    for r in range(nrows):
        cells = []
        nat = rng.choice(NATIONS)
        for ci, c in enumerate(cols):
            if ci:
                b.t(sep)
            if c == "no":
                b.t(str(r + 1))
            elif c == "name":
                if "frn" in cols or "nat" in cols:
                    add_foreign_person(b, rng, nat)
                elif rng.random() < 0.08:
                    b.neg(masked_name(rng), "masked_name")
                else:
                    add_person(b, rng)
            elif c == "dl":
                add_dl(b, rng, p_noise=0.1)
            elif c == "phone":
                add_phone(b, rng, mob=rng.random() < 0.8)
            elif c == "rrn":
                add_rrn(b, rng, p_noise=0.05)
            elif c == "bank":
                v, bank, k = bank_account(rng)
                b.t(bank + sep)
                b.s(v, "KR_BANK_ACCOUNT", k)
            elif c == "frn":
                add_frn(b, rng, p_noise=0.05)
            elif c == "pp":
                if "frn" in cols or "nat" in cols:
                    add_pp_foreign(b, rng, nat)
                else:
                    add_pp_kr(b, rng)
            elif c == "nat":
                b.t(nat)
            elif c == "dept":
                b.t(rng.choice(DEPTS))
            elif c == "email":
                add_email(b, rng, "official")
            elif c == "dob":
                add_dob(b, rng)
            elif c == "card":
                add_card(b, rng)
            elif c == "plate":
                pv, pk = plate(rng)
                b.s(pv, "KR_VEHICLE_PLATE", pk)
            elif c == "addr":
                add_addr(b, rng)
        b.t("\n")
    if rng.random() < 0.4:
        b.t("합계 %d명  " % nrows).neg(amount(rng), "amount")


def t_passport(rng, b):
    st = rng.randrange(4)
    if st == 0:
        T = lambda s: b.t(ocr_text(rng, s, 0.03))
        T("여권 PASSPORT\n종류/Type  발행국/Issuing country  여권번호/Passport No.\nPM  KOR  ")
        add_pp_kr(b, rng, p_noise=0.35, style=rng.choice(["old", "new", "new"]))
        sur = rng.choice(["KIM", "LEE", "PARK", "CHOI", "JUNG", "KANG", "YOON", "NAMGUNG"])
        giv = rng.choice(["MINSEO", "JIHOON", "SOYEON", "HYUNWOO", "YEJIN", "TAEYANG", "DAEUN"])
        b.t("\n")
        T("성명/Name ")
        b.s(sur + " " + giv, "PERSON", "ko_name_latin")
        b.t("\n")
        T("한글성명 ")
        add_person(b, rng, p_spaced=0.3)
        b.t("\n")
        T("생년월일/Date of birth ")
        y, m, d = rand_date(rng, 1950, 2010)
        b.s("%02d %d월/%s %d" % (d, m, MONTHS[m - 1], y), "DATE_OF_BIRTH", "dob_passport_style")
        b.t("\n")
        T("발급일/Date of issue ")
        y2, m2, d2 = rand_date(rng, 2016, 2024)
        b.neg("%02d %d월/%s %d" % (d2, m2, MONTHS[m2 - 1], y2), "date_not_birth")
        b.t("\n")
        T("기간만료일/Date of expiry ")
        b.neg("%02d %d월/%s %d" % (d2, m2, MONTHS[m2 - 1], y2 + 10), "date_not_birth")
        b.t("\n")
        T("발행관청/Authority  MINISTRY OF FOREIGN AFFAIRS")
    elif st == 1:
        b.t("여권 발급 신청서\n\n성명(한글): ")
        nm = add_person(b, rng)
        b.t("   성명(로마자): ")
        b.s(rng.choice(["HONG", "SEO", "MOON", "BAEK", "HWANG"]) + " " + rng.choice(["GAYEON", "JUNSEO", "MINA", "SEUNGHO"]), "PERSON", "ko_name_latin")
        b.t("\n주민등록번호: ")
        add_rrn(b, rng, mode="post2020" if rng.random() < 0.3 else None)
        b.t("\n전화번호: ")
        add_phone(b, rng)
        b.t("\n긴급연락처: ")
        add_person(b, rng)
        b.t(" (%s) " % rng.choice(["배우자", "부", "모", "동생"]))
        add_phone(b, rng)
        b.t("\n이전 여권번호: ")
        add_pp_kr(b, rng, style=rng.choice(["old", "new"]))
        b.t("\n신청 종류: 복수여권 10년 (수수료 ").neg(amount(rng), "amount").t(")\n접수번호: ").neg(receipt_no(rng), "receipt_number")
        b.t("\n\n※ 기재례: 성명 ").neg("홍길동", "placeholder_name").t(", 주민등록번호 ").neg("000000-0000000", "placeholder_number")
    elif st == 2:
        b.t("공무 국외출장 명단 (%s 대표단)\n" % rng.choice(["한빛시", "누리군", "교육청"]))
        for i in range(rng.randint(3, 6)):
            b.t("%d. " % (i + 1))
            add_person(b, rng)
            b.t(" %s, 관용여권 " % rng.choice(["과장", "팀장", "주무관", "사무관"]))
            add_pp_kr(b, rng, prefix=rng.choice("GGGM"), style=rng.choice(["old", "new"]))
            b.t(", 휴대전화 ")
            add_phone(b, rng)
            b.t("\n")
        b.t("출장기간: ").neg(ndate(rng, 2025, 2025), "date_not_birth").t(" ~ ").neg(ndate(rng, 2025, 2025), "date_not_birth")
        b.t("\n근거: ").neg(docno(rng), "document_number")
    else:
        b.t("사증발급인정서 신청 명단\n초청 사업장: ")
        b.neg("(주)" + rng.choice(["한빛정밀", "누리식품", "가람산업"]), "company_name")
        b.t(" 대표 ")
        add_person(b, rng)
        b.t("\n")
        for i in range(rng.randint(2, 5)):
            lat, han, nat = foreign_name(rng)
            b.t("%d) " % (i + 1))
            b.s(lat, "PERSON", "foreign_latin")
            b.t(" / %s / 여권 " % NAT_CODE[nat])
            add_pp_foreign(b, rng, nat, p_noise=0.08)
            b.t(" / 생년월일 ")
            add_dob(b, rng, 1975, 2004)
            b.t(" / 체류자격 ").neg(rng.choice(["E-9", "E-7", "H-2", "D-2"]), "visa_code")
            b.t("\n")


def t_foreign(rng, b):
    st = rng.randrange(3)
    if st == 0:
        b.t("외국인근로자 고용 현황 (%s)\n사업주: " % rng.choice(["한빛농장", "누리정밀", "가람수산"]))
        add_person(b, rng)
        b.t("  사업자등록번호 ")
        b.s(brn(rng, mid="%02d" % rng.randint(1, 79)), "KR_BRN", "brn_valid")
        b.t("\n")
        for i in range(rng.randint(3, 6)):
            lat, han, nat = foreign_name(rng)
            b.t("%d\t" % (i + 1))
            b.s(lat, "PERSON", "foreign_latin")
            b.t("\t%s\t" % nat)
            add_frn(b, rng, masked_p=0.1, p_noise=0.05)
            b.t("\t")
            add_pp_foreign(b, rng, nat)
            b.t("\t").neg(rng.choice(["E-9", "H-2", "E-7-4"]), "visa_code").t("\t")
            if rng.random() < 0.5:
                v, bank, k = bank_account(rng)
                b.t(bank + " ")
                b.s(v, "KR_BANK_ACCOUNT", k)
            else:
                add_phone(b, rng)
            b.t("\n")
    elif st == 1:
        b.t("외국인등록 사실증명\n\n성명: ")
        lat, han, nat = foreign_name(rng)
        b.s(lat, "PERSON", "foreign_latin")
        b.t(" (")
        b.s(han, "PERSON", "foreign_hangul")
        b.t(")\n외국인등록번호: ")
        add_frn(b, rng, masked_p=0.1, p_noise=0.1)
        b.t("\n국적: %s\n여권번호: " % nat)
        add_pp_foreign(b, rng, nat)
        b.t("\n체류지: ")
        add_addr(b, rng)
        b.t("\n체류자격: ").neg(rng.choice(["F-6", "E-9", "D-10", "F-4", "H-2"]), "visa_code")
        b.t("\n체류기간: ").neg(ndate(rng, 2024, 2025), "date_not_birth").t(" ~ ").neg(ndate(rng, 2026, 2028), "date_not_birth")
        b.t("\n\n발급번호 ").neg(receipt_no(rng), "receipt_number")
        b.t("\n%s출입국·외국인사무소장" % rng.choice(["한빛", "누리", "가람"]))
    else:
        b.t("사업장 변경 신청서\n\n[근로자]\n성명: ")
        lat, han, nat = add_foreign_person(b, rng)
        b.t("\n외국인등록번호: ")
        add_frn(b, rng)
        b.t("\n여권번호: ")
        add_pp_foreign(b, rng, nat)
        b.t("\n휴대전화: ")
        add_phone(b, rng)
        b.t("\n\n[현 사업장]\n사업장명: ").neg("(주)" + rng.choice(["한빛정밀", "누리식품", "가람산업", "솔내물류"]), "company_name")
        b.t("\n대표자: ")
        add_person(b, rng)
        b.t("\n사업자등록번호: ")
        b.s(brn(rng, mid=rng.choice(["81", "86"])), "KR_BRN", "brn_valid")
        b.t("\n법인등록번호: ")
        b.s(crn(rng), "KR_CRN", "crn_valid")
        b.t("\n소재지: ")
        add_addr(b, rng)
        b.t("\n\n고용센터 상담 ").neg("1350", "switchboard")


def t_payment(rng, b):
    st = rng.randrange(4)
    if st == 0:
        b.t("%s %s 지급 명단\n" % (inst_name(rng), rng.choice(["청년 월세 지원금", "출산 장려금", "농업인 수당", "긴급 생계비"])))
        sep = rng.choice(["\t", " | ", "|"])
        for i in range(rng.randint(4, 8)):
            b.t("%d%s" % (i + 1, sep))
            nm = add_person(b, rng)
            b.t(sep)
            v, bank, k = bank_account(rng)
            b.t(bank + sep)
            b.s(v, "KR_BANK_ACCOUNT", k)
            b.t(sep)
            b.neg(amount(rng), "amount")
            b.t("\n")
        b.t("지급일: ").neg(ndate(rng, 2025, 2025), "date_not_birth")
    elif st == 1:
        b.t("환급금 계좌 신고서\n\n신고인 성명: ")
        nm = add_person(b, rng)
        b.t("\n주민등록번호: ")
        add_rrn(b, rng)
        b.t("\n연락처: ")
        add_phone(b, rng)
        b.t("\n환급받을 계좌: ")
        v, bank, k = bank_account(rng)
        b.t(bank + " / ")
        b.s(v, "KR_BANK_ACCOUNT", k)
        b.t(" / 예금주 ")
        b.s(nm, "PERSON", name_kind(nm))
        b.t("\n\n※ 세입 납부 계좌(%s 명의): %s " % (inst_name(rng), rng.choice(["농협", "국민은행"])))
        b.neg(bank_account(rng, fmt="dash")[0], "institution_account")
        b.t("은 환급 계좌로 쓸 수 없습니다.")
    elif st == 2:
        b.t("외부 강사 수당 지급 조서\n\n강사명: ")
        nm = add_person(b, rng)
        b.t("\n소속: %s\n주민등록번호: " % rng.choice(["한빛대학교", "프리랜서", "누리연구소"]))
        add_rrn(b, rng, mode=rng.choice(["valid", "valid", "nodash", "masked"]))
        b.t("\n주소: ")
        add_addr(b, rng)
        b.t("\n지급액: ").neg(amount(rng), "amount").t(" (원천징수 3.3%)")
        b.t("\n입금 계좌: ")
        v, bank, k = bank_account(rng)
        b.t(bank + " ")
        b.s(v, "KR_BANK_ACCOUNT", k)
        b.t("\n이메일: ")
        add_email(b, rng)
    else:
        b.t("입금 오류 정정 요청\n\n%s 귀중\n\n" % rng.choice(["한빛은행 고객센터", "누리시 회계과"]))
        b.t("요청인 ")
        nm = add_person(b, rng)
        b.t(" 본인은 ")
        b.neg(ndate(rng, 2025, 2025), "date_not_birth")
        b.t(" ")
        v, bank, k = bank_account(rng)
        b.t(bank + " 계좌 ")
        b.s(v, "KR_BANK_ACCOUNT", k)
        b.t("로 보내야 할 ").neg(amount(rng), "amount").t("을 착오로 ")
        v2, bank2, k2 = bank_account(rng)
        b.t(bank2 + " ")
        b.s(v2, "KR_BANK_ACCOUNT", k2)
        b.t("(예금주 ")
        add_person(b, rng)
        b.t(")로 송금하였습니다. 반환을 요청합니다.\n연락처 ")
        add_phone(b, rng)
        b.t(" / ")
        add_email(b, rng)


def t_card(rng, b):
    st = rng.randrange(3)
    if st == 0:
        b.t("신용카드 부정사용 신고 접수증\n\n신고인: ")
        add_person(b, rng)
        b.t("\n카드번호: ")
        add_card(b, rng, p_noise=0.1)
        b.t("\n부정사용 내역\n")
        for i in range(rng.randint(2, 4)):
            b.neg(ndate(rng, 2025, 2025), "date_not_birth")
            b.t("  %s  " % rng.choice(["해외 온라인 가맹점", "편의점", "게임 아이템", "항공권"]))
            b.neg(amount(rng), "amount")
            b.t("  승인번호 ").neg(approval_no(rng), "approval_number")
            b.t("\n")
        b.t("재발급 카드: ")
        add_card(b, rng, fmt="masked")
        b.t("\n연락처: ")
        add_phone(b, rng)
        b.t("\n카드사 고객센터 ").neg(switchboard(rng), "switchboard")
    elif st == 1:
        b.t("결제 내역 확인서 (가맹점 보관용)\n가맹점: ").neg("(주)" + rng.choice(["한빛마트", "누리주유소", "가람약국"]), "company_name")
        b.t("  사업자번호 ")
        b.s(brn(rng), "KR_BRN", "brn_valid")
        b.t("\n")
        for i in range(rng.randint(2, 4)):
            add_card(b, rng, fmt=rng.choice(["masked", "dash", "plain"]))
            b.t("  ")
            b.neg(amount(rng), "amount")
            b.t("  승인 ").neg(approval_no(rng), "approval_number")
            b.t("  단말기 ").neg(model_code(rng), "product_model_code")
            b.t("\n")
    else:
        b.t("민원 상담 메모: 카드 분실\n민원인 ")
        add_person(b, rng)
        b.t("씨가 %s에서 지갑을 분실했다며 카드 정지를 요청함. 분실 카드: " % rng.choice(["지하철역", "버스", "택시"]))
        add_card(b, rng)
        b.t(", ")
        add_card(b, rng)
        b.t(". 신분증(운전면허 ")
        add_dl(b, rng)
        b.t(")도 함께 분실. 회신 번호 ")
        add_phone(b, rng)
        b.t(".")


COMPANIES = ["(주)한빛엔지니어링", "누리소프트 주식회사", "(주)가람건설", "솔내테크(주)", "(유)새솔환경", "다온정보통신(주)"]


def t_contract(rng, b):
    inst = inst_name(rng)
    comp = rng.choice(COMPANIES)
    b.t("%s 용역 계약서\n\n계약명: %s\n계약번호: " % (inst, rng.choice(["청사 시설관리 용역", "정보시스템 유지보수", "도로 보수 설계 용역", "민원 콜센터 운영"])))
    b.neg("%d%07d-00" % (rng.randint(2024, 2025), rng.randint(0, 9999999)), "document_number")
    b.t("\n계약금액: ").neg(amount(rng), "amount")
    b.t("\n\n[발주기관] %s\n주소: " % inst).neg(rng.choice(INST_ADDR), "institution_address")
    b.t("\n사업자등록번호: ").neg(public_brn(rng), "public_body_brn")
    b.t("\n대표전화: ").neg(switchboard(rng), "switchboard")
    b.t("\n\n[계약상대자] ").neg(comp, "company_name")
    b.t("\n대표자: ")
    add_person(b, rng)
    b.t("\n사업자등록번호: ")
    b.s(brn(rng, mid=rng.choice(["81", "86", "87", "88"])), "KR_BRN", "brn_valid")
    b.t("\n법인등록번호: ")
    b.s(crn(rng), "KR_CRN", "crn_valid")
    b.t("\n주소: ")
    add_addr(b, rng)
    b.t("\n전화: ")
    add_phone(b, rng, mob=False)
    b.t("  담당자 ")
    add_person(b, rng)
    b.t(" (")
    add_phone(b, rng)
    b.t(", ")
    b.s(email(rng, "company"), "EMAIL_ADDRESS", "email_company")
    b.t(")\n대금 지급 계좌: ")
    v, bank, k = bank_account(rng)
    b.t(bank + " ")
    b.s(v, "KR_BANK_ACCOUNT", k)
    b.t(" (예금주: ").neg(comp, "company_name").t(")")
    if rng.random() < 0.5:
        b.t("\n\n[연대보증인] 성명 ")
        add_person(b, rng)
        b.t(", 주민등록번호 ")
        add_rrn(b, rng)
        b.t(", 주소 ")
        add_addr(b, rng)
    b.t("\n\n계약일: ").neg(ndate(rng, 2025, 2025), "date_not_birth")
    b.t("\n근거: ").neg(rng.choice(["「지방자치단체를 당사자로 하는 계약에 관한 법률」 제14조", "「국가를 당사자로 하는 계약에 관한 법률」 시행령 제26조"]), "statute")


def t_access_log(rng, b):
    b.t("개인정보처리시스템 접속기록 (%s)\n" % rng.choice(["민원행정시스템", "차량등록시스템", "복지통합관리", "학적관리"]))
    b.t("시스템 버전 ").neg(version(rng), "version_number").t("\n")
    for i in range(rng.randint(4, 7)):
        b.neg("%s %02d:%02d:%02d" % ("2025-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28)), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)), "date_not_birth")
        b.t(" | ")
        b.neg("u%05d" % rng.randint(10000, 99999), "user_id")
        b.t(" | ")
        add_person(b, rng)
        b.t(" | ")
        if rng.random() < 0.15:
            v, k = ipv6(rng)
        else:
            v, k = ipv4(rng, private=rng.random() < 0.4)
        b.s(v, "IP_ADDRESS", k)
        b.t(" | %s | 대상: " % rng.choice(["조회", "다운로드", "수정", "출력"]))
        r = rng.random()
        if r < 0.35:
            add_rrn(b, rng, mode="masked")
        elif r < 0.5:
            add_frn(b, rng, masked_p=0.5)
        elif r < 0.65:
            add_dl(b, rng)
        else:
            add_person(b, rng)
        b.t("\n")
    b.t("점검자: ")
    add_person(b, rng)
    b.t(" (")
    add_email(b, rng, "official")
    b.t(")")


def t_consent(rng, b):
    st = rng.randrange(3)
    if st == 2:
        b.t("개인정보 수집·이용 동의서 (작성 예시)\n성명: ").neg("홍길동", "placeholder_name")
        b.t("\n생년월일: ").neg("1900. 1. 1.", "placeholder_number")
        b.t("\n주민등록번호: ").neg("000000-0000000", "placeholder_number")
        b.t("\n휴대전화: ").neg("010-0000-0000", "placeholder_number")
        b.t("\n수집 항목: 성명, 생년월일, 연락처, 차량번호\n보유 기간: 3년\n근거: ").neg(rng.choice(STATUTES[2:3]), "statute")
        b.t("\n문의: ").neg(switchboard(rng), "switchboard")
        return
    b.t("%s 개인정보 수집·이용 동의서\n\n성명: " % rng.choice(["공영주차장 정기권 신청", "평생학습 수강 신청", "자원봉사 등록", "생활지원금 신청"]))
    add_person(b, rng)
    b.t("   생년월일: ")
    add_dob(b, rng)
    b.t("\n휴대전화: ")
    add_phone(b, rng)
    b.t("   이메일: ")
    add_email(b, rng)
    b.t("\n주소: ")
    add_addr(b, rng)
    if rng.random() < 0.6:
        b.t("\n차량번호: ")
        pv, pk = plate(rng)
        b.s(pv, "KR_VEHICLE_PLATE", pk)
    if rng.random() < 0.4:
        b.t("\n건강보험증 번호: ")
        v, k = health_ins(rng)
        b.s(v, "KR_HEALTH_INSURANCE", k)
    if rng.random() < 0.4:
        b.t("\n신분 확인: 운전면허증(")
        add_dl(b, rng)
        b.t(")")
    b.t("\n\n본인은 위와 같이 개인정보 수집·이용에 동의합니다.  ").neg(ndate(rng, 2025, 2025), "date_not_birth")
    b.t("\n※ 동의를 거부할 수 있으며, 거부 시 서비스 이용이 제한될 수 있습니다. (").neg("「개인정보 보호법」 제15조", "statute").t(")")


def t_call(rng, b):
    b.t("전화 상담 기록 (%s)\n상담원: 성함이 어떻게 되십니까?\n민원인: " % rng.choice(["120 다산콜 이관", "민원실", "콜센터 녹취 요약"]))
    nm = add_person(b, rng)
    b.t("입니다.\n상담원: 회신받으실 연락처 말씀해 주세요.\n민원인: ")
    v, k = mobile(rng, "dash")
    st = rng.randrange(3)
    if st == 0:
        hv = hangul_digits(v).replace("-", " ")
        b.s(hv, "PHONE_NUMBER", k, ["hangul_digits"], clean=v)
    elif st == 1:
        hv = hangul_digits(v)
        b.s(hv, "PHONE_NUMBER", k, ["hangul_digits"], clean=v)
    else:
        b.s(v.replace("-", " "), "PHONE_NUMBER", k)
    b.t("이요.\n")
    topic = rng.randrange(3)
    if topic == 0:
        b.t("상담원: 환급받으실 계좌도 불러 주세요.\n민원인: ")
        v, bank, k = bank_account(rng, fmt="dash")
        b.t(bank + " ")
        if rng.random() < 0.6:
            b.s(hangul_digits(v).replace("-", " "), "KR_BANK_ACCOUNT", k, ["hangul_digits"], clean=v)
        else:
            b.s(v, "KR_BANK_ACCOUNT", k)
        b.t("입니다. 예금주는 제 이름이고요.\n")
    elif topic == 1:
        b.t("상담원: 본인 확인을 위해 면허번호를 말씀해 주세요.\n민원인: ")
        v, k = dl(rng, style="code_dash")
        if rng.random() < 0.6:
            b.s(hangul_digits(v).replace("-", " "), "KR_DRIVER_LICENSE", k, ["hangul_digits"], clean=v)
        else:
            b.s(v, "KR_DRIVER_LICENSE", k)
        b.t("이요.\n")
    else:
        b.t("상담원: 생년월일이 어떻게 되세요?\n민원인: ")
        y, m, d = rand_date(rng, 1950, 2000)
        b.s("%d년 %d월 %d일" % (y, m, d), "DATE_OF_BIRTH", "dob_korean")
        b.t("이요. 주민번호 뒷자리는 ")
        b.neg("말씀드리기 어렵습니다", "refusal_text")
        b.t(".\n")
    b.t("상담원: 확인되었습니다. 담당 부서(")
    add_phone(b, rng, mob=False)
    b.t(")에서 연락드릴 예정입니다. 상담 번호는 ").neg(receipt_no(rng), "receipt_number").t("입니다.\n상담원 ")
    add_person(b, rng)


def t_nopii(rng, b):
    inst = inst_name(rng)
    st = rng.randrange(4)
    if st == 0:
        b.t("%s 보도자료\n\n%s, 운전면허 갱신 안내 강화\n\n" % (inst, inst))
        b.t("%s는 " % inst).neg(ndate(rng, 2025, 2025), "date_not_birth")
        b.t("부터 운전면허 적성검사 대상자에게 문자 안내를 시행한다고 밝혔다. 대상자는 약 %d명이며, 예산 " % rng.randint(1000, 90000))
        b.neg(amount(rng), "amount").t("이 투입된다. 근거는 ").neg(rng.choice(STATUTES), "statute").t("이다.\n")
        b.t("면허번호 기재 예시는 ").neg("00-00-000000-00", "placeholder_number").t("이며, 실제 번호를 입력하지 말 것을 당부했다.\n")
        b.t("문의: 대표전화 ").neg(switchboard(rng), "switchboard").t(", 도로교통공단 ").neg("1577-1120", "switchboard")
        b.t("\n붙임: 안내문 1부. ").neg(docno(rng), "document_number")
    elif st == 1:
        b.t("%s 공고 " % inst).neg(docno(rng), "document_number")
        b.t("\n\n%s 입찰 공고\n1. 입찰 번호: " % rng.choice(["청사 청소용역", "관용차량 임차", "CCTV 교체"]))
        b.neg("%d%07d-00" % (rng.randint(2024, 2025), rng.randint(0, 9999999)), "document_number")
        b.t("\n2. 추정 가격: ").neg(amount(rng), "amount")
        b.t("\n3. 발주기관: %s (사업자등록번호 " % inst).neg(public_brn(rng), "public_body_brn").t(")")
        b.t("\n4. 주소: (").neg(postal(rng), "postal_code").t(") ").neg(rng.choice(INST_ADDR), "institution_address")
        b.t("\n5. 요구 규격: 모델 ").neg(model_code(rng), "product_model_code").t(" 또는 동등 이상, 펌웨어 ").neg(version(rng), "version_number")
        b.t("\n6. 문의: 계약팀 ").neg(switchboard(rng), "switchboard")
        b.t("\n%s장" % inst)
    elif st == 2:
        b.t("세무 질의 회신\n\n[질의] 거주자 ").neg("갑", "anonymised_party").t("이 ")
        b.neg(ndate(rng, 2019, 2023), "date_not_birth")
        b.t(" 취득한 주택을 ").neg("을", "anonymised_party").t("에게 양도한 경우 ")
        b.neg(rng.choice(STATUTES[:3] + ["「소득세법」 제89조 제1항 제3호"]), "statute").t("의 적용 여부\n[회신] ")
        b.neg(docno(rng), "document_number").t("(").neg(ndate(rng, 2020, 2024), "date_not_birth").t(") 참고. 관련 판례 ")
        b.neg(casenum(rng), "case_number").t(".\n담당: ").neg("국세청장", "office_title").t(", 국세상담센터 ").neg("126", "switchboard")
    else:
        b.t("민원 처리 현황 (%s 분기)\n" % rng.choice(["1", "2", "3", "4"]))
        for i in range(rng.randint(3, 5)):
            b.neg(receipt_no(rng), "receipt_number").t("\t")
            b.neg(masked_name(rng), "masked_name").t("\t")
            b.t(rng.choice(["처리완료", "이송", "진행중"]) + "\t")
            b.neg(ndate(rng, 2025, 2025), "date_not_birth").t("\n")
        b.t("시스템 버전 ").neg(version(rng), "version_number").t(" / 관리번호 ").neg("%03d-%d-%04d" % (rng.randint(31, 64), rng.randint(2019, 2025), rng.randint(0, 9999)), "management_number")
        b.t("\n문의 ").neg(switchboard(rng), "switchboard")


def t_ocr_misc(rng, b):
    """OCR re-render of a short identity-bearing form (noisy labels and values)."""
    T = lambda s: b.t(ocr_text(rng, s, 0.06))
    T(rng.choice(["[스캔] 위임장\n", "[OCR] 신분증 사본 첨부\n", "[팩스 수신] 개인정보 제공 동의서\n"]))
    T("성 명 : ")
    add_person(b, rng, p_spaced=0.4)
    b.t("\n")
    T("주민등록번호 : ")
    add_rrn(b, rng, p_noise=0.7)
    b.t("\n")
    T("주 소 : ")
    add_addr(b, rng, p_wrap=0.5)
    b.t("\n")
    T("연 락 처 : ")
    add_phone(b, rng, p_noise=0.6)
    b.t("\n")
    r = rng.random()
    if r < 0.4:
        T("운전면허번호 : ")
        add_dl(b, rng, p_noise=0.7)
    elif r < 0.7:
        T("외국인등록번호 : ")
        add_frn(b, rng, p_noise=0.7, masked_p=0.1)
    else:
        T("여권번호 : ")
        add_pp_kr(b, rng, p_noise=0.7, style=rng.choice(["old", "new"]))
    b.t("\n")
    T("입금계좌 : ")
    v, bank, k = bank_account(rng, fmt="dash")
    b.t(bank + " ")
    maybe_noise(rng, b, v, "KR_BANK_ACCOUNT", k, 0.7)
    if rng.random() < 0.5:
        b.t("\n")
        T("카드번호 : ")
        add_card(b, rng, p_noise=0.7, fmt=rng.choice(["dash", "space"]))
    b.t("\n")
    T("위임받는 사람 : ")
    add_person(b, rng, p_spaced=0.3)
    b.t(" (")
    add_phone(b, rng, p_noise=0.4)
    b.t(")\n")
    b.neg(ndate(rng, 2025, 2025), "date_not_birth")


TEMPLATES = [
    # name, genre, count, fn
    ("news_incident", "사건·사고 기사", 40, t_news),
    ("court_judgment", "판결문", 42, t_judgment),
    ("discipline_audit", "징계·감사 결과", 36, t_discipline),
    ("civil_reply", "민원 회신", 42, t_civil_reply),
    ("school_record", "학교 기록", 36, t_school),
    ("hospital_record", "병원 기록", 32, t_hospital),
    ("rental_contract", "렌터카·교통 문서", 30, t_rental),
    ("traffic_document", "렌터카·교통 문서", 30, t_traffic),
    ("dl_scan", "운전면허증 스캔(OCR)", 30, t_dl_scan),
    ("roster_headerless", "명부 표(머리행 없음)", 42, t_roster),
    ("passport_immigration", "여권·출입국", 28, t_passport),
    ("foreign_resident", "외국인 고용·체류", 30, t_foreign),
    ("payment_account", "지급·계좌 문서", 34, t_payment),
    ("card_document", "카드 결제·분실", 22, t_card),
    ("service_contract", "계약서", 20, t_contract),
    ("access_log", "접속기록", 12, t_access_log),
    ("consent_form", "개인정보 동의서·신청서", 20, t_consent),
    ("call_transcript", "전화 상담 기록", 18, t_call),
    ("ocr_misc", "OCR 스캔 서식", 24, t_ocr_misc),
    ("no_pii_notice", "PII 없는 공문·공지", 22, t_nopii),
]


# ----------------------------------------------------------------------------
# validation
# ----------------------------------------------------------------------------
HYPH_RE = re.compile("[‐‑‒–—−－]")
CONF_INV = {"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"}


def conf_norm(s, typ):
    s = unicodedata.normalize("NFKC", s)
    s = HYPH_RE.sub("-", s)
    s = re.sub(r"\s+", "", s)
    s = "".join(str(HANGUL_DIGITS.index(ch)) if ch in HANGUL_DIGITS else ch for ch in s)
    if typ not in ("PERSON", "EMAIL_ADDRESS", "KR_ADDRESS", "IP_ADDRESS"):
        s = "".join(CONF_INV.get(ch, ch) for ch in s).replace("-", "")
    return s


def valid_date(y, m, d):
    try:
        import datetime
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


def century(g):
    return {"1": 1900, "2": 1900, "5": 1900, "6": 1900, "3": 2000, "4": 2000, "7": 2000, "8": 2000, "9": 1800, "0": 1800}[g]


MASKSET = set("*●Xx○＊#")
KO_NAME_RE = re.compile(r"^(?:%s|[%s])[가-힣]{1,2}$" % ("|".join(SURNAMES2), "".join(sorted(set(SURNAMES)))))
LATIN_NAME_RE = re.compile(r"^[A-Za-z]+(?: [A-Za-z]+){1,3}$")
HANGUL_FOREIGN = set()
for _nat, (_s, _g) in FOREIGN.items():
    for _a in _s:
        for _b in _g:
            HANGUL_FOREIGN.add(_a[1] + " " + _b[1])
            HANGUL_FOREIGN.add(_a[1] + _b[1])
            HANGUL_FOREIGN.add(_b[1] + " " + _a[1])


class VErr(Exception):
    pass


def check(cond, msg):
    if not cond:
        raise VErr(msg)


def validate_value(typ, kind, clean):
    c = clean
    if typ == "KR_RRN":
        if kind in ("rrn_valid", "rrn_nodash", "rrn_post2020"):
            d = c.replace("-", "")
            check(re.fullmatch(r"\d{13}", d), "rrn shape " + c)
            check(kind == "rrn_nodash" or c[6] == "-", "rrn dash")
            y = century(d[6]) + int(d[:2])
            check(valid_date(y, int(d[2:4]), int(d[4:6])), "rrn date")
            ok = str(rrn_check(d[:12])) == d[12]
            if kind == "rrn_post2020":
                check(d[6] in "34" and (y, int(d[2:4])) >= (2020, 10) and not ok, "post2020 " + c)
            else:
                check(d[6] in "1234" and ok, "rrn check " + c)
        else:
            check(kind.startswith("rrn_masked"), kind)
            check(re.fullmatch(r"[\d*●Xx○＊#]{6}-[\d*●Xx○＊#]{7}", c), "masked rrn shape " + c)
            nm = sum(ch in MASKSET for ch in c)
            check(1 <= nm <= 8 and sum(ch.isdigit() for ch in c) >= 4, "mask count " + c)
            if c[7].isdigit():
                check(c[7] in "1234", "mask gender")
            if all(ch.isdigit() for ch in c[:6]):
                g = c[7] if c[7].isdigit() else "1"
                check(valid_date(century(g) + int(c[:2]), int(c[2:4]), int(c[4:6])) or
                      valid_date(2000 + int(c[:2]), int(c[2:4]), int(c[4:6])), "mask date " + c)
    elif typ == "KR_FRN":
        if kind == "frn_masked":
            check(re.fullmatch(r"\d{6}-[5-8][*●X]{6}", c), "frn masked " + c)
        else:
            d = c.replace("-", "")
            check(re.fullmatch(r"\d{13}", d) and d[6] in "5678", "frn shape " + c)
            check(int(d[7:9]) % 2 == 0 and d[11] in "6789", "frn office/type " + c)
            check(str(frn_check(d[:12])) == d[12], "frn check " + c)
            check(str(rrn_check(d[:12])) != d[12] or True, "")
            check(valid_date(century(d[6]) + int(d[:2]), int(d[2:4]), int(d[4:6])), "frn date")
    elif typ == "KR_BRN":
        d = c.replace("-", "")
        check(re.fullmatch(r"\d{3}-\d{2}-\d{5}", c) and brn_check(d[:9]) == d[9] and d[3:5] != "83", "brn " + c)
    elif typ == "KR_CRN":
        d = c.replace("-", "")
        check(re.fullmatch(r"\d{6}-\d{7}", c) and crn_check(d[:12]) == d[12], "crn " + c)
    elif typ == "CREDIT_CARD":
        if kind == "card_masked":
            check(re.fullmatch(r"\d{4}-[\d*X●]{4,6}-[\d*X●]{4,5}(-\d{4})?", c), "card masked " + c)
            check(c[:4].isdigit() and c[-4:].isdigit(), "card masked ends")
        else:
            d = re.sub(r"[- ]", "", c)
            check(re.fullmatch(r"\d{15,16}", d) and luhn_ok(d), "luhn " + c)
    elif typ == "KR_DRIVER_LICENSE":
        codes = [x[0] for x in DL_REGIONS]
        regions = [x[1] for x in DL_REGIONS]
        if kind == "dl_masked":
            check(re.fullmatch(r"\d{2}-\d{2}-[\d*●X]{6}-[\d*●X]{2}", c) and c[:2] in codes, "dl masked " + c)
        elif kind.startswith("dl_region"):
            m = re.fullmatch(r"([가-힣]{2,4}) ?(\d{2})[- ]?(\d{6})[- ]?(\d{2})", c)
            check(m and m.group(1) in regions, "dl region " + c)
        else:
            d = re.sub(r"[- ]", "", c)
            check(re.fullmatch(r"\d{12}", d) and d[:2] in codes, "dl code " + c)
    elif typ == "KR_PASSPORT":
        if kind == "passport_kr_old":
            check(re.fullmatch(r"[MSRGD]\d{8}", c), "pp old " + c)
        elif kind == "passport_kr_new":
            check(re.fullmatch(r"[MSRGD]\d{3}[A-Z]\d{4}", c), "pp new " + c)
        elif kind == "passport_kr_masked":
            check(re.fullmatch(r"[MSRGD]\d{3}[A-Z]\*{4}", c), "pp masked " + c)
        else:
            check(kind.startswith("passport_foreign_") and re.fullmatch(r"[A-Z]{0,2}\d{7,9}[A-Z]?", c) and 8 <= len(c) <= 9, "pp foreign " + c)
    elif typ == "KR_BANK_ACCOUNT":
        check(re.fullmatch(r"[\d*X●]+(-[\d*X●]+)*", c), "acct shape " + c)
        nd = sum(ch.isdigit() or ch in "*X●" for ch in c)
        check(10 <= nd <= 14, "acct len " + c)
        check((kind == "acct_masked") == any(ch in "*X●" for ch in c), "acct mask")
    elif typ == "PHONE_NUMBER":
        d = re.sub(r"[-. ()+]", "", c)
        if kind.startswith("mobile"):
            if kind == "mobile_masked":
                check(re.fullmatch(r"01\d-[*X]{4}-\d{4}", c), "mobile masked " + c)
            elif kind == "mobile_intl":
                check(re.fullmatch(r"\+82-1\d-\d{4}-\d{4}", c), "intl " + c)
            else:
                check(re.fullmatch(r"01[016789]\d{8}", d), "mobile " + c)
        else:
            check(re.fullmatch(r"0\d{1,2}-\d{3,4}-\d{4}", c) and c.split("-")[0] in AREA + ["070"], "landline " + c)
    elif typ == "EMAIL_ADDRESS":
        check(re.fullmatch(r"[A-Za-z0-9._*+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", c), "email " + c)
    elif typ == "IP_ADDRESS":
        if kind == "ipv6":
            check(re.fullmatch(r"[0-9a-f:]+", c) and "::" in c, "ipv6 " + c)
        else:
            parts = c.split(".")
            check(len(parts) == 4 and all(p.isdigit() and 0 <= int(p) <= 255 for p in parts), "ipv4 " + c)
    elif typ == "DATE_OF_BIRTH":
        nums = [int(x) for x in re.findall(r"\d+", c)]
        if kind == "dob_6digit":
            nums = [int(c[:2]), int(c[2:4]), int(c[4:])]
        if kind == "dob_passport_style":
            mon = [m for m in MONTHS if m in c][0]
            d, y = int(c[:2]), int(c[-4:])
            check(valid_date(y, MONTHS.index(mon) + 1, d), "dob pp " + c)
        else:
            check(len(nums) == 3, "dob parts " + c)
            y, m, d = nums
            if y < 100:
                y += 1900 if y > 25 else 2000
            check(valid_date(y, m, d) and 1940 <= y <= 2020, "dob " + c)
    elif typ == "KR_ADDRESS":
        heads = []
        for s in SIDO:
            heads += [s[0], s[1], s[2]] + s[3]
        check(any(c.startswith(h + " ") for h in heads), "addr head " + c)
        check(re.search(r"\d", c) and not c.startswith("(") and not c.endswith(")"), "addr " + c)
    elif typ == "KR_VEHICLE_PLATE":
        check(re.fullmatch(r"(?:[가-힣]{2} )?\d{2,3}[가-힣] ?\d{4}", c), "plate " + c)
    elif typ == "KR_HEALTH_INSURANCE":
        check(re.fullmatch(r"\d{11}|\d-\d{10}", c), "hi " + c)
    elif typ == "PERSON":
        if kind.startswith("ko_name") and kind != "ko_name_latin":
            check(KO_NAME_RE.fullmatch(c) and c not in PLACEHOLDER, "ko name " + c)
        elif kind in ("foreign_latin", "ko_name_latin"):
            check(LATIN_NAME_RE.fullmatch(c), "latin name " + c)
        else:
            check(kind == "foreign_hangul" and c in HANGUL_FOREIGN, "hangul foreign " + c)
    else:
        raise VErr("type " + typ)


SHAPES = [("mobile", re.compile(r"(?<!\d)01[016789][-. ]?\d{3,4}[-. ]?\d{4}(?!\d)")),
          ("email", re.compile(r"[\w.+*-]+@[\w-]+\.[\w.]+")),
          ("rrn_shape", re.compile(r"(?<!\d)\d{6}\s?-\s?\d{7}(?!\d)")),
          ("card_shape", re.compile(r"(?<!\d)\d{4}[- ]\d{4}[- ]\d{4}[- ]\d{4}(?!\d)")),
          ("ipv4", re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])"))]


def validate_record(text, spans, negs):
    n = len(text)
    prev_end = -1
    covered = [False] * n
    for sp in spans:
        s, e = sp["start"], sp["end"]
        check(0 <= s < e <= n, "bounds")
        check(s >= prev_end, "overlap/sort")
        prev_end = e
        seg = text[s:e]
        check(seg == seg.strip(), "edge whitespace %r" % seg)
        check(sp["type"] in TYPES, "type")
        check(conf_norm(seg, sp["type"]) == conf_norm(sp["clean"], sp["type"]), "noisy vs clean %r %r" % (seg, sp["clean"]))
        if not sp["noise"]:
            check(seg == sp["clean"], "clean mismatch")
        validate_value(sp["type"], sp["kind"], sp["clean"])
        for i in range(s, e):
            covered[i] = True
    for ng in negs:
        check(text[ng["start"]:ng["end"]] == ng["text"], "neg text")
        for sp in spans:
            check(ng["end"] <= sp["start"] or ng["start"] >= sp["end"], "neg overlaps span")
    # every other occurrence of a labelled string must be labelled
    for sp in spans:
        seg = text[sp["start"]:sp["end"]]
        if len(seg) < 3:
            continue
        i = text.find(seg)
        while i >= 0:
            check(any(o["start"] <= i and i + len(seg) <= o["end"] for o in spans), "unlabelled repeat %r" % seg)
            i = text.find(seg, i + 1)
    # PII-looking strings outside spans and hard negatives
    cov2 = covered[:]
    for ng in negs:
        for i in range(ng["start"], ng["end"]):
            cov2[i] = True
    for nm, rx in SHAPES:
        for m in rx.finditer(text):
            check(all(cov2[i] for i in range(m.start(), m.end())), "unlabelled %s %r" % (nm, m.group()))


# ----------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------
def generate():
    records, metas = [], []
    rid = 0
    for tname, genre, count, fn in TEMPLATES:
        for i in range(count):
            seed = "%s|%s|%d" % (SEED_PREFIX, tname, i)
            rng = random.Random(seed)
            last = None
            for attempt in range(60):
                b = B(rng)
                fn(rng, b)
                text = b.text()
                try:
                    validate_record(text, b.spans, b.negs)
                    break
                except VErr as ex:
                    last = ex
                    if "unlabelled" not in str(ex):
                        raise
            else:
                raise SystemExit("could not build %s: %s" % (seed, last))
            rid += 1
            rec_id = "pii_z-%04d" % rid
            records.append({"id": rec_id, "text": text,
                            "spans": [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in b.spans],
                            "genre": genre})
            metas.append({"id": rec_id, "template": tname, "seed": seed, "attempts": attempt + 1, "genre": genre,
                          "no_pii": not b.spans,
                          "spans": [{"start": s["start"], "end": s["end"], "type": s["type"], "kind": s["kind"],
                                     "noise": s["noise"]} for s in b.spans],
                          "hard_negatives": b.negs})
    return records, metas


def dump_jsonl(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")


def main():
    records, metas = generate()
    dump_jsonl(os.path.join(HERE, "pii_z.jsonl"), records)
    dump_jsonl(os.path.join(HERE, "pii_z.meta.jsonl"), metas)

    # re-read and re-check
    rr = [json.loads(l) for l in open(os.path.join(HERE, "pii_z.jsonl"), encoding="utf-8")]
    mm = [json.loads(l) for l in open(os.path.join(HERE, "pii_z.meta.jsonl"), encoding="utf-8")]
    assert len(rr) == len(mm) == len(records)
    ids = set()
    for r, m in zip(rr, mm):
        assert set(r) == {"id", "text", "spans", "genre"} and r["id"] == m["id"] and r["id"] not in ids
        ids.add(r["id"])
        prev = -1
        for s, ms in zip(r["spans"], m["spans"]):
            assert (s["start"], s["end"], s["type"]) == (ms["start"], ms["end"], ms["type"])
            assert s["start"] >= prev and s["type"] in TYPES
            prev = s["end"]
        for ng in m["hard_negatives"]:
            assert r["text"][ng["start"]:ng["end"]] == ng["text"]

    type_c, kind_c, noise_c, neg_c = Counter(), Counter(), Counter(), Counter()
    genre_rec, genre_nopii, genre_spans = Counter(), Counter(), Counter()
    tmpl_rec = Counter()
    noisy_spans = 0
    for r, m in zip(rr, mm):
        genre_rec[r["genre"]] += 1
        tmpl_rec[m["template"]] += 1
        genre_spans[r["genre"]] += len(r["spans"])
        if not r["spans"]:
            genre_nopii[r["genre"]] += 1
        for s in m["spans"]:
            type_c[s["type"]] += 1
            kind_c[s["type"] + "/" + s["kind"]] += 1
            if s["noise"]:
                noisy_spans += 1
            for t in s["noise"]:
                noise_c[t] += 1
        for ng in m["hard_negatives"]:
            neg_c[ng["category"]] += 1
    stats = {
        "records": len(rr),
        "records_without_pii": sum(genre_nopii.values()),
        "gold_spans": sum(type_c.values()),
        "spans_with_noise": noisy_spans,
        "hard_negatives": sum(neg_c.values()),
        "by_genre": {g: {"records": genre_rec[g], "no_pii": genre_nopii[g], "spans": genre_spans[g]} for g in genre_rec},
        "by_template": dict(tmpl_rec),
        "by_type": {t: type_c[t] for t in TYPES},
        "by_type_kind": dict(sorted(kind_c.items())),
        "noise_tags": dict(sorted(noise_c.items())),
        "hard_negative_categories": dict(sorted(neg_c.items(), key=lambda x: (-x[1], x[0]))),
        "retries": sum(1 for m in mm if m["attempts"] > 1),
    }
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(stats, f, ensure_ascii=False, indent=1)
        f.write("\n")
    mins = {"KR_RRN": 100, "KR_FRN": 100, "KR_PASSPORT": 100, "KR_DRIVER_LICENSE": 100, "CREDIT_CARD": 100,
            "KR_BANK_ACCOUNT": 100, "PHONE_NUMBER": 100, "EMAIL_ADDRESS": 100, "PERSON": 500}
    short = [(t, type_c[t], v) for t, v in mins.items() if type_c[t] < v]
    missing = [t for t in TYPES if type_c[t] == 0]
    print(json.dumps({k: stats[k] for k in ("records", "records_without_pii", "gold_spans", "spans_with_noise",
                                            "hard_negatives", "by_type", "by_genre", "noise_tags",
                                            "hard_negative_categories", "retries")}, ensure_ascii=False, indent=1))
    if short or missing or len(rr) < 480:
        print("REQUIREMENTS NOT MET:", short, missing, len(rr), file=sys.stderr)
        sys.exit(1)
    print("OK: all requirements met")


if __name__ == "__main__":
    main()
