#!/usr/bin/env python3
"""pii_s: independent synthetic evaluation set for a Korean PII detector.

Standard library only. Every random.Random is seeded with a string
"pii_s-2026|<template>|<i>" (plus "|retry|<k>" when a draft record fails
validation), so the output is byte-identical across runs and PYTHONHASHSEED values.

    python make_set.py      -> pii_s.jsonl, pii_s.meta.jsonl (then validates them)
"""
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter, OrderedDict

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "pii_s-2026"


def RNG(*parts):
    return random.Random("|".join([PREFIX] + [str(p) for p in parts]))


# ---------------------------------------------------------------------------
# check digits
# ---------------------------------------------------------------------------
W_RRN = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]


def rrn_check(d12):
    s = sum(int(a) * b for a, b in zip(d12, W_RRN))
    return (11 - s % 11) % 10


def frn_check(d12):
    s = sum(int(a) * b for a, b in zip(d12, W_RRN))
    return (13 - s % 11) % 10


def brn_check(d9):
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(int(a) * b for a, b in zip(d9, w))
    s += (int(d9[8]) * 5) // 10
    return (10 - s % 10) % 10


def crn_check(d12):
    w = [1, 2] * 6
    s = sum(int(a) * b for a, b in zip(d12, w))
    return (10 - s % 10) % 10


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


MDAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def days_in(y, m):
    if m == 2 and (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)):
        return 29
    return MDAYS[m - 1]


def valid_date(y, m, d):
    return 1 <= m <= 12 and 1 <= d <= days_in(y, m)


# ---------------------------------------------------------------------------
# record builder
# ---------------------------------------------------------------------------
class Sp:
    """A gold span value."""
    __slots__ = ("typ", "kind", "val", "noise", "clean")

    def __init__(self, typ, kind, val, noise=(), clean=None):
        self.typ, self.kind, self.val = typ, kind, val
        self.noise = list(noise)
        self.clean = val if clean is None else clean


class Ng:
    """A tagged hard negative (left unlabelled)."""
    __slots__ = ("val", "cat")

    def __init__(self, val, cat):
        self.val, self.cat = val, cat


class Doc:
    def __init__(self):
        self.buf = []
        self.n = 0
        self.spans = []
        self.negs = []

    def s(self, *items):
        for it in items:
            if isinstance(it, str):
                self.buf.append(it)
                self.n += len(it)
            elif isinstance(it, Sp):
                self.spans.append({"start": self.n, "end": self.n + len(it.val), "type": it.typ,
                                   "kind": it.kind, "noise": list(it.noise), "clean": it.clean,
                                   "value": it.val})
                self.buf.append(it.val)
                self.n += len(it.val)
            elif isinstance(it, Ng):
                self.negs.append({"start": self.n, "end": self.n + len(it.val), "category": it.cat,
                                  "text": it.val})
                self.buf.append(it.val)
                self.n += len(it.val)
            elif it is None:
                continue
            elif isinstance(it, (list, tuple)):
                self.s(*it)
            else:
                raise TypeError(repr(it))
        return self

    def text(self):
        return "".join(self.buf)


# ---------------------------------------------------------------------------
# pools
# ---------------------------------------------------------------------------
SURNAMES = (["김"] * 10 + ["이"] * 8 + ["박"] * 5 + ["최"] * 3 + ["정"] * 3 +
            list("강조윤장임한오서신권황안송류전고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제탁국어은편용예경봉")
            + ["남궁", "황보", "선우", "제갈", "독고", "사공", "서문"])
GIVEN = list("민서지현수영준우윤예은하도시연유건승재원태성진혜경아주빈호훈석희정인상동규나다미라송채소율온찬솔결담린겸효선용철광근숙순옥자남봉춘애란혁욱범섭웅필명환열창")
FOREIGN_FIRST = ["Nguyen Van", "Tran Thi", "Maria", "John", "Emily", "Aziz", "Olga", "Ahmed", "Priya",
                 "Rodrigo", "Bat-Erdene", "Siti", "Daniel", "Sophie", "Hiroshi", "Ivan", "Fatima", "Juan"]
FOREIGN_LAST = ["Minh", "Hoa", "Santos", "Carter", "Watson", "Karimov", "Petrova", "Hassan", "Sharma",
                "Pereira", "Ganzorig", "Rahma", "Miller", "Laurent", "Tanaka", "Sokolov", "Begum", "Garcia"]
FOREIGN_HANGUL = ["응우옌 반 민", "쩐 티 호아", "마리아 산토스", "존 카터", "에밀리 왓슨", "아지즈 카리모프",
                  "올가 페트로바", "아메드 하산", "프리야 샤르마", "호드리구 페레이라", "바트에르덴 간조리그",
                  "시티 라흐마", "대니얼 밀러", "소피 로랑", "다나카 히로시", "이반 소콜로프", "파티마 베굼",
                  "후안 가르시아", "왕웨이", "리우양", "팜 티 투", "누르벡 아사노프"]
NATIONS = ["베트남", "중국", "필리핀", "우즈베키스탄", "네팔", "캄보디아", "인도네시아", "몽골", "태국", "미국", "러시아", "스리랑카"]
NATION_EN = ["VIETNAM", "CHINA", "PHILIPPINES", "UZBEKISTAN", "NEPAL", "CAMBODIA", "INDONESIA", "MONGOLIA",
             "THAILAND", "U.S.A.", "RUSSIA", "SRI LANKA"]


def kname(rng):
    while True:
        sur = rng.choice(SURNAMES)
        if rng.random() < 0.06:
            g = rng.choice(GIVEN)
        else:
            g = rng.choice(GIVEN) + rng.choice(GIVEN)
        nm = sur + g
        if nm != "홍길동" and (len(g) == 1 or g[0] != g[1]):
            return nm


def P(rng, spaced=False):
    nm = kname(rng)
    if spaced:
        return Sp("PERSON", "kr_name", " ".join(nm), ["spaced_name"], nm)
    return Sp("PERSON", "kr_name", nm)


def FP(rng, script=None):
    script = script or rng.choice(["latin", "hangul", "latin_upper"])
    if script == "hangul":
        return Sp("PERSON", "foreign_hangul", rng.choice(FOREIGN_HANGUL))
    v = rng.choice(FOREIGN_FIRST) + " " + rng.choice(FOREIGN_LAST)
    if script == "latin_upper":
        return Sp("PERSON", "foreign_latin", v.upper())
    return Sp("PERSON", "foreign_latin", v)


def has_batchim(w):
    c = w[-1]
    if c.isdigit():
        return c in "136780"
    if "가" <= c <= "힣":
        return (ord(c) - 0xAC00) % 28 != 0
    return c.lower() in "lmnr"


def jo(w, pair):
    a, b = pair.split("/")
    if isinstance(w, Sp):
        w = w.clean
    if pair == "으로/로":
        c = w[-1]
        if "가" <= c <= "힣" and (ord(c) - 0xAC00) % 28 in (0, 8):
            return "로"
    return a if has_batchim(w) else b


# ---------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------
def dob(rng, lo=1948, hi=2004):
    y = rng.randint(lo, hi)
    m = rng.randint(1, 12)
    d = rng.randint(1, days_in(y, m))
    return (y, m, d)


def fmt_date(ymd, style):
    y, m, d = ymd
    return {
        "dot_sp": "%d. %d. %d." % (y, m, d),
        "dot_sp_nofinal": "%d. %d. %d" % (y, m, d),
        "kor": "%d년 %d월 %d일" % (y, m, d),
        "iso": "%04d-%02d-%02d" % (y, m, d),
        "dot0": "%04d.%02d.%02d." % (y, m, d),
        "dot0_nofinal": "%04d.%02d.%02d" % (y, m, d),
        "yy_dot": "%02d.%02d.%02d" % (y % 100, m, d),
        "yymmdd": "%02d%02d%02d" % (y % 100, m, d),
        "slash": "%04d/%02d/%02d" % (y, m, d),
        "yyyymmdd": "%04d%02d%02d" % (y, m, d),
        "kor_short": "%d년 %d월 %d일" % (y, m, d),
    }[style]


DOB_STYLES = ["dot_sp", "kor", "iso", "dot0", "yy_dot", "yymmdd", "slash", "dot0_nofinal", "yyyymmdd", "dot_sp_nofinal"]


def DOB(rng, ymd=None, style=None):
    ymd = ymd or dob(rng)
    style = style or rng.choice(DOB_STYLES)
    return Sp("DATE_OF_BIRTH", "dob_" + style, fmt_date(ymd, style), clean=fmt_date(ymd, style))


def doc_date(rng, lo=2022, hi=2025, style="dot_sp"):
    return fmt_date(dob(rng, lo, hi), style)


MASKS = ["*", "*", "*", "●", "X", "x", "○"]


def RRN(rng, kind=None, ymd=None, sep="-"):
    kind = kind or rng.choices(["rrn_valid", "rrn_post2020", "rrn_masked"], [5, 2, 3])[0]
    if kind == "rrn_post2020":
        y = rng.randint(2020, 2025)
        m = rng.randint(10, 12) if y == 2020 else rng.randint(1, 12)
        d = rng.randint(1, days_in(y, m))
        g = rng.choice("34")
        while True:
            tail = "".join(rng.choice("0123456789") for _ in range(6))
            d12 = "%02d%02d%02d" % (y % 100, m, d) + g + tail[:5]
            if int(tail[5]) != rrn_check(d12):
                break
        front, back = d12[:6], d12[6:] + tail[5]
    else:
        y, m, d = ymd or dob(rng, 1940, 2004)
        g = rng.choice("12") if y < 2000 else rng.choice("34")
        front = "%02d%02d%02d" % (y % 100, m, d)
        if kind == "rrn_masked":
            mk = rng.choice(MASKS)
            nvis = 1
            back = g + mk * 6
        else:
            d12 = front + g + "".join(rng.choice("0123456789") for _ in range(5))
            back = d12[6:] + str(rrn_check(d12))
    v = front + sep + back
    return Sp("KR_RRN", kind, v, clean=front + "-" + back)


def FRN(rng, ymd=None, sep="-", masked=False):
    y, m, d = ymd or dob(rng, 1958, 2005)
    g = rng.choice("56") if y < 2000 else rng.choice("78")
    front = "%02d%02d%02d" % (y % 100, m, d)
    if masked:
        back = g + rng.choice(MASKS) * 6
        return Sp("KR_FRN", "frn_masked", front + sep + back, clean=front + "-" + back)
    d12 = front + g + "%02d" % rng.choice([10, 12, 14, 16, 20, 22, 24, 26, 30, 32]) + \
        "".join(rng.choice("0123456789") for _ in range(3))
    back = d12[6:] + str(frn_check(d12))
    return Sp("KR_FRN", "frn_valid", front + sep + back, clean=front + "-" + back)


def PASS(rng, kind=None):
    kind = kind or rng.choices(["passport_old", "passport_new", "passport_foreign"], [3, 4, 2])[0]
    L = rng.choice("MMMMSGDR")
    dg = lambda k: "".join(rng.choice("0123456789") for _ in range(k))
    if kind == "passport_old":
        v = L + dg(8)
    elif kind == "passport_new":
        v = L + dg(3) + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + dg(4)
    else:
        shape = rng.choice(["C7", "E8", "P7A", "B7", "AB7", "N8"])
        if shape == "C7":
            v = rng.choice("CEGK") + dg(7)
        elif shape == "E8":
            v = rng.choice("EGK") + dg(8)
        elif shape == "P7A":
            v = "P" + dg(7) + rng.choice("ABC")
        elif shape == "B7":
            v = "B" + dg(7)
        elif shape == "AB7":
            v = rng.choice(["AB", "EK", "PA", "LR"]) + dg(7)
        else:
            v = dg(9)
    return Sp("KR_PASSPORT", kind, v)


DL_REGIONS = [("서울", 11), ("부산", 12), ("경기", 13), ("강원", 14), ("충북", 15), ("충남", 16), ("전북", 17),
              ("전남", 18), ("경북", 19), ("경남", 20), ("제주", 21), ("대구", 22), ("인천", 23), ("광주", 24),
              ("대전", 25), ("울산", 26), ("경기북부", 28)]


def DL(rng, kind=None):
    kind = kind or rng.choices(["dl_num", "dl_name", "dl_name_nospace", "dl_plain"], [5, 2, 1, 2])[0]
    rn, rc = rng.choice(DL_REGIONS)
    if kind in ("dl_name", "dl_name_nospace") and rn == "경기북부":
        rn = "경기"
    yy = "%02d" % rng.choice(list(range(80, 100)) + list(range(0, 25)))
    ser = "".join(rng.choice("0123456789") for _ in range(6))
    tail = str(rng.randint(0, 9)) + rng.choice("00000112")
    if kind == "dl_num":
        v = "%d-%s-%s-%s" % (rc, yy, ser, tail)
    elif kind == "dl_name":
        v = "%s %s-%s-%s" % (rn, yy, ser, tail)
    elif kind == "dl_name_nospace":
        v = "%s%s-%s-%s" % (rn, yy, ser, tail)
    else:
        v = "%d%s%s%s" % (rc, yy, ser, tail)
    return Sp("KR_DRIVER_LICENSE", kind, v)


CARD_BRANDS = [("visa", ["4"], 16), ("master", ["51", "52", "53", "54", "55"], 16), ("bc", ["9410", "9420", "9411"], 16),
               ("jcb", ["3528", "3530", "3562"], 16), ("amex", ["34", "37"], 15), ("local", ["6243", "9490", "9445"], 16)]


def CARD(rng, brand=None, sep=None, masked=False):
    b = [x for x in CARD_BRANDS if brand is None or x[0] == brand]
    name, pref, ln = rng.choice(b)
    p = rng.choice(pref)
    body = p + "".join(rng.choice("0123456789") for _ in range(ln - 1 - len(p)))
    num = luhn_complete(body)
    sep = rng.choice(["-", "-", " ", ""]) if sep is None else sep
    if masked:
        mk = rng.choice(["*", "*", "X", "●"])
        if ln == 16:
            m = num[:6] + mk * 6 + num[12:]
        else:
            m = num[:6] + mk * 5 + num[11:]
        num_shown = m
        kind = "card_masked_" + name
    else:
        num_shown = num
        kind = "card_" + name
    if ln == 16:
        groups = [num_shown[i:i + 4] for i in range(0, 16, 4)]
    else:
        groups = [num_shown[:4], num_shown[4:10], num_shown[10:]]
    v = sep.join(groups)
    return Sp("CREDIT_CARD", kind, v, clean="-".join(groups))


BANKS = OrderedDict([
    ("국민은행", [(6, 2, 6), (3, 2, 4, 3)]),
    ("신한은행", [(3, 3, 6), (3, 2, 6)]),
    ("우리은행", [(4, 3, 6)]),
    ("하나은행", [(3, 6, 5)]),
    ("농협은행", [(3, 4, 4, 2), (6, 2, 6)]),
    ("IBK기업은행", [(3, 6, 2, 3)]),
    ("카카오뱅크", [(4, 2, 7)]),
    ("토스뱅크", [(4, 4, 4)]),
    ("새마을금고", [(4, 4, 4, 1)]),
    ("우체국", [(6, 2, 6)]),
    ("SC제일은행", [(3, 2, 6)]),
    ("부산은행", [(3, 4, 4, 2)]),
    ("대구은행", [(3, 2, 6, 1)]),
    ("수협은행", [(4, 4, 4)]),
    ("케이뱅크", [(3, 3, 6)]),
    ("신협", [(3, 3, 6)]),
])
BANK_PREFIX = {"우리은행": "1002", "카카오뱅크": "3333", "토스뱅크": "1000", "새마을금고": "9002",
               "신한은행": "110", "케이뱅크": "100", "농협은행": "302"}


def ACCT(rng, bank=None, sep="-", masked=False):
    bank = bank or rng.choice(list(BANKS))
    grp = rng.choice(BANKS[bank])
    digs = "".join(rng.choice("0123456789") for _ in range(sum(grp)))
    pre = BANK_PREFIX.get(bank)
    if pre and len(pre) <= grp[0] and rng.random() < 0.8:
        digs = pre + digs[len(pre):]
    if digs[0] == "0" and bank not in ("우체국",):
        digs = "1" + digs[1:]
    parts, i = [], 0
    for g in grp:
        parts.append(digs[i:i + g])
        i += g
    kind = "acct_%d" % len(parts)
    if masked:
        mk = rng.choice(["*", "*", "X"])
        j = len(parts) - 2 if len(parts) > 2 else 1
        parts[j] = mk * len(parts[j])
        kind = "acct_masked"
    v = sep.join(parts)
    return bank, Sp("KR_BANK_ACCOUNT", kind, v, clean="-".join(parts))


AREA = ["02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055", "061", "062", "063", "064"]


def PHONE(rng, kind=None, sep="-", area=None):
    kind = kind or rng.choice(["mobile", "mobile", "landline", "fax", "voip"])
    dg = lambda k: "".join(rng.choice("0123456789") for _ in range(k))
    if kind == "mobile":
        a, b, c = "010", str(rng.randint(2, 9)) + dg(3), dg(4)
    elif kind == "voip":
        a, b, c = "070", str(rng.randint(2, 8)) + dg(3), dg(4)
    else:
        a = area or rng.choice(AREA)
        b = str(rng.randint(2, 9)) + dg(rng.choice([2, 3]))
        c = dg(4)
    if sep == "+82":
        v = "+82-%s-%s-%s" % (a[1:], b, c)
    else:
        v = sep.join([a, b, c])
    return Sp("PHONE_NUMBER", "phone_" + kind, v, clean="-".join([a, b, c]))


ROMA = ["kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "han", "oh", "seo", "shin", "kwon",
        "hwang", "ahn", "song", "ryu", "hong", "jeon", "ko", "moon", "yang", "son", "bae", "baek", "heo", "nam", "sim"]
ROMA_G = ["minsu", "jihye", "seoyeon", "junho", "hyunwoo", "yuna", "dohyun", "sujin", "eunji", "taeyang", "haneul",
          "jiwon", "seungmin", "yerin", "mingyu", "sora", "jaehyuk", "dabin", "hojun", "nari", "woojin", "chaeeun"]
FREEMAIL = ["naver.com", "gmail.com", "daum.net", "hanmail.net", "kakao.com", "nate.com", "outlook.com", "icloud.com"]
CO_DOMAINS = ["hanbit-eng.co.kr", "saemaeul-tech.com", "daon-soft.co.kr", "pureun.kr", "gaon-law.com",
              "miraenet.co.kr", "solbit.io", "ks-logis.co.kr"]


def EMAIL(rng, kind=None):
    kind = kind or rng.choice(["free", "free", "company", "official"])
    loc = rng.choice([
        lambda: rng.choice(ROMA_G) + rng.choice(["", ".", "_"]) + rng.choice(ROMA),
        lambda: rng.choice(ROMA) + rng.choice(ROMA_G)[:rng.randint(2, 5)] + str(rng.randint(1, 9999)),
        lambda: rng.choice(ROMA_G) + str(rng.randint(70, 99)),
        lambda: rng.choice(ROMA)[0] + rng.choice(ROMA_G) + rng.choice(["", "0", "1"]) + str(rng.randint(1, 99)),
    ])()
    if kind == "free":
        dom = rng.choice(FREEMAIL)
    elif kind == "company":
        dom = rng.choice(CO_DOMAINS)
    else:
        dom = rng.choice(["korea.kr", "korea.kr", "seoul.go.kr", "gg.go.kr"])
    return Sp("EMAIL_ADDRESS", "email_" + kind, loc + "@" + dom)


SIDO = [("서울특별시", ["서울시", "서울"], ["마포구", "강서구", "노원구", "송파구", "관악구", "은평구", "동작구", "성북구"]),
        ("부산광역시", ["부산시", "부산"], ["해운대구", "사하구", "동래구", "부산진구"]),
        ("대구광역시", ["대구시", "대구"], ["수성구", "달서구", "북구"]),
        ("인천광역시", ["인천시", "인천"], ["연수구", "부평구", "남동구", "계양구"]),
        ("광주광역시", ["광주시", "광주"], ["북구", "광산구", "서구"]),
        ("대전광역시", ["대전시", "대전"], ["유성구", "서구", "대덕구"]),
        ("울산광역시", ["울산시", "울산"], ["남구", "중구", "울주군"]),
        ("경기도", ["경기"], ["수원시 팔달구", "성남시 분당구", "고양시 일산동구", "용인시 기흥구", "화성시", "파주시", "안양시 동안구", "남양주시"]),
        ("강원특별자치도", ["강원"], ["춘천시", "원주시", "강릉시"]),
        ("충청북도", ["충북"], ["청주시 흥덕구", "충주시", "제천시"]),
        ("충청남도", ["충남"], ["천안시 서북구", "아산시", "공주시"]),
        ("전북특별자치도", ["전북"], ["전주시 완산구", "군산시", "익산시"]),
        ("전라남도", ["전남"], ["순천시", "여수시", "목포시"]),
        ("경상북도", ["경북"], ["포항시 북구", "구미시", "경산시"]),
        ("경상남도", ["경남"], ["창원시 성산구", "김해시", "진주시"]),
        ("제주특별자치도", ["제주"], ["제주시", "서귀포시"])]
ROADS = ["한빛", "새말", "은행나무", "가람", "늘솔", "다온", "푸른들", "소망", "햇살", "모란", "청솔", "미리내", "솔빛",
         "큰골", "새터", "반석", "버들", "달빛", "수정", "너른들", "샘골", "배나무", "하늘마루", "물레방아"]
DONGS = ["성산동", "상계동", "역삼동", "월평동", "교동", "중앙동", "신촌동", "대화동", "송정동", "봉명동", "용담동", "석사동"]
APTS = ["한빛아파트", "푸른마을", "솔빛마을", "늘푸른아파트", "새터빌라", "다온하이츠", "미리내아파트", "청솔마을"]


def ADDR(rng, kind=None, with_zip=False, with_ref=False):
    """returns (prefix_text, Sp, suffix_text)"""
    kind = kind or rng.choice(["addr_road", "addr_road", "addr_short_sido", "addr_from_sigungu", "addr_jibun"])
    full, shorts, sgg = rng.choice(SIDO)
    gu = rng.choice(sgg)
    road = rng.choice(ROADS) + rng.choice(["로", "로", "길", "대로"])
    if rng.random() < 0.35:
        road += "%d번길" % rng.randint(2, 88)
    num = str(rng.randint(1, 380)) + (("-%d" % rng.randint(1, 30)) if rng.random() < 0.2 else "")
    unit = rng.choice(["", ", %d동 %d호" % (rng.randint(101, 115), rng.randint(1, 25) * 100 + rng.randint(1, 6)),
                       ", %d층" % rng.randint(2, 15), ", %d층 %d호" % (rng.randint(2, 9), rng.randint(1, 9) * 100 + rng.randint(1, 12)),
                       " %d호" % (rng.randint(1, 5) * 100 + rng.randint(1, 9))])
    if kind == "addr_jibun":
        v = "%s %s %s %d-%d" % (rng.choice([full] + shorts), gu, rng.choice(DONGS), rng.randint(1, 999), rng.randint(1, 40))
        if rng.random() < 0.6:
            v += " %s %d동 %d호" % (rng.choice(APTS), rng.randint(101, 112), rng.randint(1, 20) * 100 + rng.randint(1, 4))
        ref = ""
    else:
        head = {"addr_road": full, "addr_short_sido": rng.choice(shorts), "addr_from_sigungu": None}[kind]
        if head:
            v = "%s %s %s %s%s" % (head, gu, road, num, unit)
        else:
            v = "%s %s %s%s" % (gu, road, num, unit)
        ref = " (%s%s)" % (rng.choice(DONGS), (", " + rng.choice(APTS)) if rng.random() < 0.5 else "")
    pre = "(%05d) " % rng.randint(1000, 63999) if with_zip else ""
    suf = ref if with_ref else ""
    return pre, Sp("KR_ADDRESS", kind, v), suf


def HI(rng, sep=None):
    d = str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(10))
    sep = rng.choice(["", "", "", "-"]) if sep is None else sep
    v = d if not sep else d[:1] + sep + d[1:]
    return Sp("KR_HEALTH_INSURANCE", "hi_11" if not sep else "hi_1_10", v, clean=d)


PLATE_PRIV = list("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주")
PLATE_REGION = ["서울", "부산", "경기", "인천", "대구", "광주", "대전", "울산", "충남", "경북", "전남", "제주"]


def PLATE(rng, kind=None):
    kind = kind or rng.choice(["plate_2", "plate_3", "plate_3", "plate_region", "plate_commercial", "plate_nospace", "plate_rental"])
    n4 = "%04d" % rng.randint(1, 9999)
    if kind == "plate_2":
        v = "%02d%s %s" % (rng.randint(10, 99), rng.choice(PLATE_PRIV), n4)
    elif kind == "plate_3":
        v = "%03d%s %s" % (rng.randint(100, 699), rng.choice(PLATE_PRIV), n4)
    elif kind == "plate_region":
        v = "%s %02d%s %s" % (rng.choice(PLATE_REGION), rng.randint(10, 99), rng.choice(PLATE_PRIV), n4)
    elif kind == "plate_commercial":
        v = "%s %02d%s %s" % (rng.choice(PLATE_REGION), rng.randint(70, 99), rng.choice("바사아자"), n4)
    elif kind == "plate_rental":
        v = "%02d%s %s" % (rng.randint(10, 99), rng.choice("하허호"), n4)
    else:
        v = "%03d%s%s" % (rng.randint(100, 699), rng.choice(PLATE_PRIV), n4)
    return Sp("KR_VEHICLE_PLATE", kind, v)


def BRN(rng, sep="-"):
    d9 = "%03d" % rng.randint(101, 899) + "%02d" % rng.choice([1, 5, 12, 23, 81, 81, 86, 87, 88]) + \
        "".join(rng.choice("0123456789") for _ in range(4))
    d = d9 + str(brn_check(d9))
    v = sep.join([d[:3], d[3:5], d[5:]])
    return Sp("KR_BRN", "brn_valid", v, clean=d)


def CRN(rng, sep="-"):
    d12 = rng.choice(["1101", "1101", "1311", "1201", "1601", "2841", "1358", "1144", "1501"]) + \
        rng.choice(["11", "11", "11", "14", "71"]) + "".join(rng.choice("0123456789") for _ in range(6))
    d = d12 + str(crn_check(d12))
    v = d[:6] + sep + d[6:]
    return Sp("KR_CRN", "crn_valid", v, clean=d)


def IP(rng, kind=None):
    kind = kind or rng.choice(["ip_public", "ip_public", "ip_private"])
    if kind == "ip_public":
        while True:
            a = rng.randint(1, 223)
            if a not in (10, 100, 127, 169, 172, 192, 198, 203):
                break
        v = "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
    elif kind == "ip_private":
        v = rng.choice(["10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)),
                        "192.168.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254)),
                        "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254))])
    else:
        v = "2406:%x:%x::%x" % (rng.randint(0x1000, 0xffff), rng.randint(0x10, 0xffff), rng.randint(1, 0xffff))
    return Sp("IP_ADDRESS", kind, v)


# ---------------------------------------------------------------------------
# noise
# ---------------------------------------------------------------------------
FWD = {c: chr(ord(c) + 0xFEE0) for c in "0123456789"}
CONF_FWD = {"0": "O", "1": "l", "5": "S", "8": "B"}
HYPHENS = ["‐", "－", "–"]


def noisy(sp, rng, kinds=None, n=None):
    """apply OCR noise to the value of a span (digits-type values)"""
    kinds = kinds or ["fw", "hy", "sp", "nl", "cf"]
    v = sp.val
    tags = []
    picks = rng.sample(kinds, min(len(kinds), n or rng.choice([1, 1, 2])))
    for k in picks:
        if k == "fw" and re.search(r"\d", v):
            v = "".join(FWD.get(c, c) for c in v).replace("-", "－")
            tags.append("fullwidth_digits")
        elif k == "hy" and "-" in v:
            h = rng.choice(HYPHENS)
            v = v.replace("-", h)
            tags.append("unicode_hyphen")
        elif k in ("sp", "nl"):
            pos = [i for i in range(1, len(v)) if v[i - 1].isdigit() and v[i].isdigit()]
            if len(pos) >= 2:
                i = rng.choice(pos[1:-1] or pos)
                v = v[:i] + (" " if k == "sp" else "\n") + v[i:]
                tags.append("space_in_number" if k == "sp" else "newline_in_number")
        elif k == "cf":
            pos = [i for i, c in enumerate(v) if c in CONF_FWD]
            if pos:
                for i in sorted(rng.sample(pos, min(len(pos), rng.choice([1, 1, 2])))):
                    c = CONF_FWD[v[i]]
                    if v[i] == "1" and rng.random() < 0.4:
                        c = "I"
                    v = v[:i] + c + v[i + 1:]
                tags.append("confusable_letters")
    sp2 = Sp(sp.typ, sp.kind, v, sp.noise + tags, sp.clean)
    return sp2


HDIG = {"0": ["공", "영"], "1": ["일"], "2": ["이"], "3": ["삼"], "4": ["사"], "5": ["오"], "6": ["육"],
        "7": ["칠"], "8": ["팔"], "9": ["구"]}


def spoken(sp, rng, sep=" "):
    out = []
    for c in sp.clean:
        if c.isdigit():
            out.append(HDIG[c][0] if c != "0" else rng.choice(["공", "공", "영"]))
        elif c == "-":
            out.append(sep)
        else:
            out.append(c)
    v = "".join(out)
    return Sp(sp.typ, sp.kind, v, sp.noise + ["spoken_digits"], sp.clean)


# ---------------------------------------------------------------------------
# hard negatives
# ---------------------------------------------------------------------------
DEPTS = ["운영지원과", "민원행정과", "정보보호담당관", "자치행정과", "교통행정과", "여권과", "체류관리과", "복지정책과",
         "감사담당관", "재무과", "혁신행정담당관", "디지털정책과", "차량등록사업소", "세무과", "보건행정과", "인사과"]
AGENCIES = ["행정안전부", "보건복지부", "국토교통부", "법무부", "외교부", "경찰청", "국세청", "고용노동부", "개인정보보호위원회",
            "서울특별시 마포구", "경기도 화성시", "부산광역시 해운대구", "충청남도 천안시", "대전광역시 유성구", "전북특별자치도 전주시"]
HEADS = {"행정안전부": "행정안전부장관", "보건복지부": "보건복지부장관", "국토교통부": "국토교통부장관", "법무부": "법무부장관",
         "외교부": "외교부장관", "경찰청": "경찰청장", "국세청": "국세청장", "고용노동부": "고용노동부장관",
         "개인정보보호위원회": "개인정보보호위원회위원장", "서울특별시 마포구": "마포구청장", "경기도 화성시": "화성시장",
         "부산광역시 해운대구": "해운대구청장", "충청남도 천안시": "천안시장", "대전광역시 유성구": "유성구청장",
         "전북특별자치도 전주시": "전주시장"}
INST_ADDR = {"행정안전부": "세종특별자치시 도움6로 42 정부세종청사 중앙동", "보건복지부": "세종특별자치시 도움4로 13 정부세종청사 10동",
             "국토교통부": "세종특별자치시 도움6로 11 정부세종청사 6동", "법무부": "경기도 과천시 관문로 47 정부과천청사 1동",
             "외교부": "서울특별시 종로구 사직로8길 60", "경찰청": "서울특별시 서대문구 통일로 97",
             "국세청": "세종특별자치시 국세청로 8-14", "고용노동부": "세종특별자치시 한누리대로 422 정부세종청사 11동",
             "개인정보보호위원회": "서울특별시 종로구 세종대로 209 정부서울청사",
             "서울특별시 마포구": "서울특별시 마포구 월드컵로 212", "경기도 화성시": "경기도 화성시 남양읍 시청로 159",
             "부산광역시 해운대구": "부산광역시 해운대구 중동2로 11", "충청남도 천안시": "충청남도 천안시 서북구 번영로 156",
             "대전광역시 유성구": "대전광역시 유성구 대학로 211", "전북특별자치도 전주시": "전북특별자치도 전주시 완산구 노송광장로 10"}
SWITCH = ["044-205-1000", "044-202-2114", "02-2100-2114", "044-201-3114", "02-3150-2114", "1588-0365", "1577-1000",
          "1600-1234", "1544-0114", "1644-5118", "1566-0125", "1661-0070", "1899-0010"]
SHORTCODES = ["110", "120", "126", "1345", "1350", "1355"]
STATUTES = ["「개인정보 보호법」 제17조제1항제1호", "「개인정보 보호법」 제24조의2", "「주민등록법」 제29조제2항",
            "「도로교통법」 제93조제1항제1호", "「여권법」 제7조", "「출입국관리법」 제31조", "「주민등록법 시행규칙」 제2조",
            "「행정업무의 운영 및 혁신에 관한 규정」 제10조", "「민원 처리에 관한 법률」 제27조", "같은 법 시행령 제19조제1항",
            "「국민건강보험법」 제5조", "「자동차관리법」 제10조", "「정보공개법」 제9조제1항제6호", "「형법」 제347조제1항",
            "「전자금융거래법」 제6조", "「부가가치세법」 제8조"]
COMPANIES = ["(주)한빛엔지니어링", "주식회사 다온소프트", "(주)새마을테크", "푸른물류 주식회사", "(유)솔빛건설", "가온법무법인",
             "(주)미래넷", "케이에스로지스(주)", "(주)늘솔환경", "청솔정보통신 주식회사"]
PLACEHOLDERS = ["홍길동", "김○○", "박**", "이○○", "정 모 씨", "A씨", "갑", "을", "B사", "최모씨"]


def N_docno(rng, dept=None, f=None):
    f = f or rng.choice(["dept", "dept", "tax", "seomyeon", "year"])
    dept = dept or rng.choice(DEPTS)
    if f == "dept":
        v = "%s-%d" % (dept, rng.randint(100, 9999))
    elif f == "tax":
        v = rng.choice(["부가46015-%d", "재산세과-%d", "법인-%d", "소득46011-%d"]) % rng.randint(10, 999)
    elif f == "seomyeon":
        v = "서면-%d-%s-%d" % (rng.randint(2019, 2024), rng.choice(["법인", "부가", "소득"]), rng.randint(100, 4999))
    else:
        v = "%s-%d-%d" % (dept, rng.randint(2022, 2025), rng.randint(10, 9999))
    return Ng(v, "document_number")


def ST(rng, pair):
    ng = N_statute(rng)
    return [ng, jo(ng.val, pair)]


def N_case(rng, kind=None):
    k = kind or rng.choice(["구합", "고단", "가합", "노", "두", "가단", "고정", "고합", "누"])
    n = rng.randint(1000, 99999) if k not in ("가단",) else rng.randint(100000, 5999999)
    return Ng("%d%s%d" % (rng.randint(2019, 2025), k, n), "case_number")


def N_receipt(rng):
    f = rng.choice(["epeople", "year", "mgmt", "tender", "permit"])
    if f == "epeople":
        v = "%dAA-%02d%02d-%07d" % (rng.randint(1, 2), rng.randint(22, 25), rng.randint(1, 12), rng.randint(1, 9999999))
        return Ng(v, "receipt_number")
    if f == "year":
        return Ng("%d-%s-%06d" % (rng.randint(2022, 2025), rng.choice(["민원", "접수", "신청"]), rng.randint(1, 999999)), "receipt_number")
    if f == "mgmt":
        return Ng("%03d-%d-%04d" % (rng.choice([31, 32, 41, 51, 61]), rng.randint(2019, 2025), rng.randint(1, 9999)), "management_number")
    if f == "tender":
        return Ng("%d%02d%05d-00" % (rng.randint(2022, 2025), rng.randint(1, 12), rng.randint(1, 99999)), "tender_number")
    return Ng("%d-%d-%06d" % (rng.randint(1101, 4199), rng.randint(2020, 2025), rng.randint(1, 999999)), "permit_number")


def N_switch(rng):
    return Ng(rng.choice(SWITCH), "institution_phone")


def N_statute(rng):
    return Ng(rng.choice(STATUTES), "statute_citation")


def N_company(rng):
    return Ng(rng.choice(COMPANIES), "company_name")


def N_ph(rng):
    v = rng.choice(PLACEHOLDERS)
    return Ng(v, "placeholder_person")


def N_inst_addr(rng, ag):
    return Ng(INST_ADDR[ag], "institution_address")


def N_amount(rng):
    a = rng.randint(3, 9999) * 1000
    return Ng("{:,}원".format(a), "amount")


def N_userid(rng):
    return Ng(rng.choice(["u", "usr", "emp", "c"]) + str(rng.randint(1000, 99999)), "system_user_id")


def N_version(rng):
    return Ng(rng.choice(["10.0.19045.3803", "10.0.22631.4460", "6.1.7601.24545", "2.4.57.1", "3.12.1.0"]), "version_number")


def N_zip(rng):
    return Ng("우 %05d" % rng.randint(1000, 63999), "postal_code")


def ddate(rng, style=None):
    return fmt_date(dob(rng, 2022, 2025), style or rng.choice(["dot_sp", "dot_sp", "kor", "iso"]))


# ---------------------------------------------------------------------------
# templates
# ---------------------------------------------------------------------------
AG_AREA = {"외교부": "02", "경찰청": "02", "개인정보보호위원회": "02", "법무부": "02", "서울특별시 마포구": "02",
           "경기도 화성시": "031", "부산광역시 해운대구": "051", "충청남도 천안시": "041", "대전광역시 유성구": "042",
           "전북특별자치도 전주시": "063"}


def official_phone(rng, ag=None):
    area = AG_AREA.get(ag, "044") if ag else rng.choice(AREA)
    return PHONE(rng, "landline", area=area)


def approval_line(d, rng, dept):
    v = rng.randint(0, 4)
    a, b, c = P(rng), P(rng), P(rng)
    if v == 0:
        d.s("\n주무관 ", a, "    사무관 ", b, "    ", dept, "장 전결 ", ddate(rng, "iso")[5:].replace("-", "/"), " ", c)
    elif v == 1:
        d.s("\n기안자 주무관 ", a, "\n검토자 사무관 ", b, "\n결재권자 과장 ", c)
    elif v == 2:
        d.s("\n주무관 | 사무관 | 과장\n", a, " | ", b, " | 전결 ", c)
    elif v == 3:
        d.s("\n★주무관 ", a, "  팀장 ", b, "  국장 대결 ", c, "\n협조자  ", rng.choice(DEPTS), " 주무관 ", P(rng))
    else:
        d.s("\n담당 ", a, "\t팀장 ", b, "\t과장 ", c, "(전결)")


def gm_footer(d, rng, ag, dept):
    d.s("\n\n", HEADS[ag], rng.choice(["", " (직인생략)", "  [직인]"]))
    approval_line(d, rng, dept)
    d.s("\n\n시행  ", N_docno(rng, dept, rng.choice(["dept", "year"])), " (", ddate(rng, "dot_sp"), ")    접수  ")
    d.s("\n", N_zip(rng), "  ", N_inst_addr(rng, ag), "  / www.example.go.kr")
    d.s("\n전화번호 ", official_phone(rng, ag), "  팩스번호 ", PHONE(rng, "fax", area=AG_AREA.get(ag, "044")), "  / ", EMAIL(rng, "official"),
        "  / ", rng.choice(["대국민 공개", "부분공개(6)", "비공개(6)"]))
    if rng.random() < 0.4:
        d.s("\n문의: 대표전화 ", N_switch(rng))


def tpl_gongmun(rng):
    d = Doc()
    ag = rng.choice(AGENCIES)
    dept = rng.choice(DEPTS)
    d.s(ag, "\n\n수신  ", rng.choice(["수신자 참조", "경찰청장(교통안전과장)", "각 시·도지사(자치행정과장)", "법무부장관(체류관리과장)",
                                     "국민건강보험공단 이사장", "마포구청장(민원여권과장)"]), "\n(경유)\n제목  ")
    v = rng.randint(0, 5)
    if v == 0:
        d.s("사망자 등 재산조회 대상자 통보\n\n1. 관련: ", N_docno(rng), "(", ddate(rng), ")\n2. ", N_statute(rng),
            "에 따라 아래 대상자에 대한 조회를 요청합니다.\n")
        for k in range(rng.randint(1, 3)):
            nm = P(rng)
            pre, ad, suf = ADDR(rng, with_zip=rng.random() < .5, with_ref=rng.random() < .4)
            d.s("  %s. 성명: " % "가나다"[k], nm, " / 주민등록번호: ", RRN(rng, rng.choice(["rrn_valid", "rrn_masked"])),
                "\n      주소: ", pre, ad, suf, "\n")
        d.s("3. 회신 시 대상자의 연락처(", PHONE(rng, "mobile"), ")는 보호조치 후 활용하여 주시기 바랍니다.")
    elif v == 1:
        nm = P(rng)
        d.s("운전면허 행정처분 대상자 통보\n\n1. ", N_statute(rng), " 관련입니다.\n2. 우리 청 관내에서 단속된 아래 운전자에 대하여 면허 정지 처분이 필요하여 통보합니다.\n\n",
            "  ○ 위반자: ", nm, " (", DOB(rng), "생)\n  ○ 운전면허번호: ", DL(rng), "\n  ○ 차량번호: ", PLATE(rng),
            "\n  ○ 위반일시: ", ddate(rng), " 23:40경\n  ○ 위반내용: 혈중알코올농도 0.0", str(rng.randint(3, 7)), "% 운전\n3. 처분 결과를 ",
            ddate(rng), "까지 회신하여 주시기 바랍니다.")
    elif v == 2:
        d.s("국외출장 여권 발급 협조 요청\n\n1. ", rng.choice(["OECD 개인정보 작업반 회의", "한-베트남 전자정부 협력 회의", "APEC 디지털 장관회의 실무협의"]),
            " 참석을 위한 출장자의 관용여권 발급을 요청합니다.\n2. 출장자\n")
        for k in range(rng.randint(2, 4)):
            d.s("  %d) " % (k + 1), rng.choice(["서기관 ", "사무관 ", "주무관 ", "과장 "]), P(rng), "  여권번호 ",
                PASS(rng, rng.choice(["passport_old", "passport_new"])), "  ", rng.choice(["", "생년월일 "]))
            if d.buf[-1] == "생년월일 ":
                d.s(DOB(rng, style=rng.choice(["dot0", "iso", "dot_sp"])))
            d.s("\n")
        d.s("3. 출장기간: ", ddate(rng), " ~ ", ddate(rng), ".")
    elif v == 3:
        w = FP(rng)
        d.s("외국인근로자 고용변동 신고 처리 통보\n\n1. ", N_statute(rng), "에 따라 사업장 ", N_company(rng),
            "(사업자등록번호 ", BRN(rng), ")에서 신고한 고용변동 내용을 통보합니다.\n2. 근로자: ", w, " / 국적: ", rng.choice(NATIONS),
            "\n   외국인등록번호: ", FRN(rng), "  여권번호: ", PASS(rng, "passport_foreign"),
            "\n   사업장 담당자: ", P(rng), " 대리 (", PHONE(rng, "mobile"), ")")
    elif v == 4:
        bank, ac = ACCT(rng)
        rep = P(rng)
        d.s("보조금 교부 결정 및 지급 계좌 확인\n\n1. ", N_docno(rng), "와 관련됩니다.\n2. ", rng.choice(["청년창업", "소상공인 경영개선", "농촌체험마을"]),
            " 지원사업 보조금을 아래와 같이 교부합니다.\n  - 보조사업자: ", rng.choice(["새봄상회", "다솜공방", "햇살식당", "푸른농원"]),
            " (대표 ", rep, ", 사업자등록번호 ", BRN(rng), ")\n  - 교부금액: ", N_amount(rng), "\n  - 지급계좌: ", bank, " ", ac,
            " (예금주 ", rep, ")\n3. 정산보고서는 ", ddate(rng), "까지 제출하시기 바랍니다.")
    else:
        d.s("개인정보 유출 신고 관련 자료 제출 요청\n\n1. ", N_statute(rng), "에 따른 유출 신고(", N_receipt(rng), ")와 관련입니다.\n",
            "2. 유출 의심 접속 기록: ", IP(rng, "ip_public"), " → 관리자 계정 ", N_userid(rng), "\n",
            "3. 유출 통지 대상 중 연락이 되지 않은 정보주체 ", P(rng), "(", EMAIL(rng, "free"), ")에게는 우편으로 통지하였습니다.")
    d.s("\n\n붙임  1. ", rng.choice(["대상자 명단", "출장계획서", "신고서 사본", "교부결정서"]), " 1부.")
    if rng.random() < 0.5:
        d.s("\n      2. 작성 예시(", Ng("홍길동", "placeholder_person"), ") 1부.")
    if rng.random() < 0.5:
        d.s("\n      3. ", P(rng), " 외 ", str(rng.randint(2, 9)), "명 서명부 1부.")
    d.s("  끝.")
    gm_footer(d, rng, ag, dept)
    return d, "공문"


def tpl_minwon(rng):
    d = Doc()
    ag = rng.choice(AGENCIES)
    dept = rng.choice(DEPTS)
    cit = P(rng) if rng.random() < .85 else FP(rng, "hangul")
    pre, ad, suf = ADDR(rng, with_zip=True, with_ref=rng.random() < .5)
    style = rng.randint(0, 2)
    if style == 0:
        d.s(cit, " 귀하\n", pre, ad, suf, "\n\n제목  민원 처리 결과 통지(신청번호 ", N_receipt(rng), ")\n\n")
        d.s("1. 평소 ", ag, " 행정에 관심을 가져 주신 데 대해 감사드립니다.\n")
        d.s("2. 귀하께서 ", ddate(rng), " 국민신문고를 통하여 제출하신 민원에 대한 검토 결과를 아래와 같이 알려드립니다.\n")
    elif style == 1:
        d.s("[민원 회신] ", ag, " ", dept, "\n받는 분: ", cit, " 님 (", PHONE(rng, "mobile"), ")\n\n")
        d.s("안녕하십니까. ", cit, " 님께서 문의하신 사항에 대하여 답변드립니다.\n")
    else:
        d.s("민원 답변서\n\n민원인  ", cit, "\n주  소  ", ad, "\n연락처  ", PHONE(rng, rng.choice(["mobile", "landline"])),
            "\n처리기관  ", ag, " ", dept, "\n\n")
    topic = rng.randint(0, 6)
    if topic == 0:
        pl = PLATE(rng)
        d.s("○ 귀하 명의 차량(", pl, ")에 부과된 과태료는 ", Ng("「도로교통법」 제160조제3항", "statute_citation"), "에 따른 것이나, 제출하신 진료기록을 검토한 결과 긴급한 사유가 인정되어 부과를 취소하였습니다.\n",
            "○ 다만 같은 날 ", pl, " 차량에 대한 주정차 위반 건은 의견진술 기간이 지나 별도 이의신청이 필요합니다.\n")
    elif topic == 1:
        d.s("○ 문의하신 카드(", CARD(rng, masked=True), ")의 부정사용 건은 카드사 보상절차를 거쳐야 하며, 경찰 신고 접수증(", N_receipt(rng),
            ")을 함께 제출하시면 처리가 빨라집니다.\n")
    elif topic == 2:
        bank, ac = ACCT(rng, masked=rng.random() < .3)
        d.s("○ 과오납된 ", rng.choice(["지방세", "수수료", "자동차세", "주민세"]), " ", N_amount(rng), "은 귀하께서 신청서에 적으신 ", bank, " 계좌(",
            ac, ")로 ", ddate(rng), "에 환급될 예정입니다.\n")
    elif topic == 3:
        sp = FP(rng)
        d.s("○ 귀하의 배우자 ", sp, "(외국인등록번호 ", FRN(rng), ")의 체류기간 연장은 ", Ng("「출입국관리법」 제25조", "statute_citation"),
            "에 따라 만료일 4개월 전부터 신청할 수 있습니다. 방문 시 여권(", PASS(rng, "passport_foreign"), ")을 지참하십시오.\n")
    elif topic == 4:
        fam = P(rng)
        d.s("○ 피부양자로 등록을 요청하신 ", fam, "(", DOB(rng, style=rng.choice(["dot_sp", "kor", "iso"])), "생)의 건강보험증 번호는 ",
            HI(rng), "이며, 자격 취득일은 ", ddate(rng), "입니다.\n")
    elif topic == 5:
        d.s("○ 운전면허증(", DL(rng), ") 재발급은 가까운 운전면허시험장이나 경찰서 민원실에서 가능하며, 주민등록번호 뒷자리는 ",
            RRN(rng, "rrn_masked"), "와 같이 가려서 제출하셔도 됩니다.\n")
    else:
        d.s("○ 요청하신 공공시설 이용 안내는 별도 개인정보가 필요하지 않습니다. 신청서 작성 예시의 ", Ng("홍길동", "placeholder_person"),
            "과 ", Ng("000000-0000000", "placeholder_number"), "은 실제 정보가 아닙니다.\n")
    off = P(rng)
    cl = rng.randint(0, 3)
    if cl == 0:
        d.s("3. 추가로 궁금하신 사항은 ", dept, " ", off, " 주무관(☎ ", official_phone(rng, ag), ")에게 연락하여 주시면 성실히 안내해 드리겠습니다. 끝.")
    elif cl == 1:
        d.s("\n기타 문의는 정부민원안내콜센터(국번 없이 ", Ng(rng.choice(SHORTCODES), "short_code"), ") 또는 담당자 ", off,
            "(", EMAIL(rng, "official"), ")에게 하시기 바랍니다.")
    elif cl == 2:
        d.s("\n\n", ddate(rng), "\n", HEADS[ag], "\n(담당: ", dept, " ", off, ", ", official_phone(rng, ag), ")")
    else:
        d.s("\n답변이 만족스럽지 못하신 경우 ", N_statute(rng), "에 따라 이의신청을 하실 수 있습니다.\n담당자 ", off, " 드림")
    return d, "민원회신"


def tpl_press(rng):
    d = Doc()
    ag = rng.choice(AGENCIES[:9])
    head = HEADS[ag]
    minister = P(rng)
    d.s("보도자료\n", ag, "\n보도시점: ", ddate(rng), " 12:00 (", rng.choice(["", "온라인 "]), "엠바고)\n\n")
    v = rng.randint(0, 3)
    if v == 0:
        hero = P(rng)
        age = rng.randint(24, 78)
        d.s("「", rng.choice(["올해의 안전 지킴이", "적극행정 우수공무원", "개인정보 보호 유공자"]), "」에 ", hero, " 씨 등 12명 선정\n\n",
            ag, "는 ", ddate(rng), " 시상식을 열고 ", hero, "(", str(age), ") 씨 등 12명에게 표창을 수여했다고 밝혔다.\n",
            hero, " 씨는 지난해 ", rng.choice(["침수된 지하차도에서 운전자 3명을 구조했다", "보이스피싱 피해를 막아 노인의 예금을 지켰다", "주민센터의 개인정보 방치 문제를 제보했다"]),
            ". ", minister, " 장관은 \"작은 관심이 큰 사고를 막는다\"며 감사의 뜻을 전했다.\n")
        if rng.random() < .6:
            f = FP(rng, rng.choice(["hangul", "latin"]))
            d.s("외국인 수상자인 ", f, " 씨는 \"한국에서 받은 도움을 돌려주고 싶었다\"고 말했다.\n")
    elif v == 1:
        d.s("개인정보 유출 사고 과징금 부과\n\n", ag, "는 회원 정보 ", str(rng.randint(2, 90)), "만 건이 유출된 ", N_company(rng),
            "에 과징금을 부과했다. 조사 결과 공격자는 해외 IP(", IP(rng, "ip_public"), ")에서 관리자 페이지에 접속한 것으로 드러났다.\n",
            minister, " 위원장은 \"접근통제 의무는 기본 중의 기본\"이라고 강조했다. 개인정보 침해 신고는 ", Ng("118", "short_code"), "번으로 하면 된다.\n")
    elif v == 2:
        vic = P(rng)
        d.s("보이스피싱 조직원 검거\n\n", ag, "는 수사기관을 사칭해 피해자 ", vic, "(", str(rng.randint(60, 85)), ") 씨에게서 ",
            N_amount(rng), "을 가로챈 조직원 ", P(rng), "(", str(rng.randint(20, 40)), ") 등 3명을 검거했다고 밝혔다. 이들은 ",
            rng.choice(BANKS_LIST), " 대포계좌(", ACCT(rng)[1], ")를 이용했다.\n", "피해 사실을 알린 딸 ", P(rng), " 씨는 \"아버지가 전화를 끊지 못하셨다\"고 전했다.\n")
    else:
        d.s("도서 지역 원격진료 시범사업 확대\n\n", ag, "는 ", rng.choice(["신안군", "옹진군", "울릉군"]), " 등 6개 군으로 시범사업을 넓힌다. 현장을 찾은 ",
            minister, " 장관은 주민 ", P(rng), " 할머니(", str(rng.randint(70, 93)), ")의 손을 잡고 \"불편한 점을 말씀해 달라\"고 했다.\n")
    d.s("\n담당 부서  ", rng.choice(DEPTS), "\n책임자  과장  ", P(rng), " (", official_phone(rng, ag), ")\n담당자  ",
        rng.choice(["사무관", "주무관", "서기관"]), "  ", P(rng), " (", official_phone(rng, ag), ")")
    if rng.random() < .4:
        d.s("\n          주무관  ", P(rng), " (", EMAIL(rng, "official"), ")")
    if rng.random() < .5:
        d.s("\n※ 일반 문의: 대표전화 ", N_switch(rng))
    return d, "보도자료"


BANKS_LIST = list(BANKS)


def tpl_news(rng):
    d = Doc()
    reporter = P(rng)
    v = rng.randint(0, 3)
    city = rng.choice(["수원", "청주", "전주", "창원", "천안", "김해", "포항", "원주"])
    if v == 0:
        dr = P(rng)
        pl = PLATE(rng)
        d.s("[", city, "=뉴스] ", reporter, " 기자 = 음주 상태로 차를 몰다 신호등을 들이받은 혐의로 ", dr, "(", str(rng.randint(21, 67)),
            ") 씨가 경찰에 입건됐다.\n경찰에 따르면 ", dr, " 씨는 ", ddate(rng, "kor"), " 새벽 ", pl, " 승용차를 몰다 사고를 냈다. 동승자 ",
            Ng("A씨", "placeholder_person"), "(30대)는 경상을 입었다.\n목격자 ", P(rng), " 씨는 \"차가 휘청거리며 달려왔다\"고 말했다.\n", reporter, " 기자 ", EMAIL(rng, "company"))
    elif v == 1:
        mayor = P(rng)
        d.s(city, "시장 ", mayor, " \"주민등록번호 수집 관행 없애겠다\"\n\n", mayor, " 시장은 ", ddate(rng, "kor"), " 기자간담회에서 ", ST(rng, "을/를"),
            " 언급하며 \"민원서식에서 주민등록번호 기재란을 모두 점검하라\"고 지시했다. 이 자리에 배석한 ", P(rng),
            " 부시장은 \"하반기까지 정비를 마치겠다\"고 답했다.\n/", reporter, " 기자")
    elif v == 2:
        a, b = P(rng), FP(rng, rng.choice(["hangul", "latin"]))
        d.s("【", city, "】 이주노동자 쉼터를 운영하는 ", a, "(", str(rng.randint(40, 70)), ") 목사는 \"체불 임금 상담이 매주 20건이 넘는다\"고 했다. 쉼터에서 만난 ",
            b, " 씨는 월급 대신 받은 통장 사본을 보여줬다. 계좌번호는 ", ACCT(rng)[1], "였고 예금주는 그의 고용주였다.\n", reporter, " 기자")
    else:
        a = P(rng)
        d.s("유명 온라인 쇼핑몰에서 카드 정보가 새어나가 해외 결제가 잇따랐다. 피해자 ", a, "(", str(rng.randint(25, 60)), ") 씨는 \"쓰지도 않은 ",
            N_amount(rng), "이 결제됐다\"며 카드 번호(", CARD(rng, masked=True), ")가 찍힌 문자를 내밀었다. 업체 측은 \"", N_version(rng),
            " 버전 패치 이전 서버가 문제였다\"고 해명했다. (", reporter, " 기자)")
    return d, "뉴스"


def tpl_minutes(rng):
    d = Doc()
    chair = P(rng)
    mem = [P(rng) for _ in range(rng.randint(3, 6))]
    sec = P(rng)
    title = rng.choice(["개인정보 보호 심의위원회", "정보공개심의회", "교통안전 정책자문위원회", "외국인주민 지원협의회", "청사 보안 점검회의"])
    d.s("제", str(rng.randint(2, 41)), "차 ", title, " 회의록\n\n일 시: ", ddate(rng), " 14:00~16:10\n장 소: ", rng.choice(["본관 3층 소회의실", "온라인(화상)", "별관 대회의실"]),
        "\n참석자: 위원장 ", chair)
    for m in mem:
        d.s(", ", m)
    d.s(" 위원\n간  사: ", rng.choice(DEPTS), " ", sec, "\n불참: ", Ng(rng.choice(["김○○", "이○○", "박**"]), "placeholder_person"), " 위원(서면 의견 제출)\n\n")
    d.s("1. 개회\n", chair, " 위원장: 성원이 되었으므로 회의를 시작하겠습니다.\n\n2. 안건 심의\n")
    for k in range(rng.randint(2, 4)):
        sp = rng.choice(mem)
        t = rng.randint(0, 5)
        if t == 0:
            d.s(sp, " 위원: 안건 자료 7쪽에 민원인 주민등록번호(", RRN(rng, "rrn_masked"), ")가 가려져 있긴 하지만 생년월일이 노출돼 있습니다. 전체 삭제가 맞습니다.\n")
        elif t == 1:
            d.s(sec, " 간사: 지난 회의 때 요청하신 자료는 ", N_docno(rng), "로 배포했습니다. 문의는 제 직통번호 ", PHONE(rng, "landline"), "로 주십시오.\n")
        elif t == 2:
            d.s(sp, " 위원: ", rng.choice(["차량 ", "관용차 "]), PLATE(rng), " 운행일지에 운전자 면허번호 ", DL(rng), "가 그대로 적혀 있습니다. 공개 대상에서 빼야 합니다.\n")
        elif t == 3:
            d.s(chair, " 위원장: ", sp, " 위원 의견에 동의하십니까?\n", rng.choice(mem), " 위원: 동의합니다. 다만 ", N_statute(rng), " 해석은 법제처 의견을 받아 보죠.\n")
        elif t == 4:
            f = FP(rng)
            d.s(sp, " 위원: 외국인 신청인 ", f, "의 여권번호 ", PASS(rng, "passport_foreign"), "와 외국인등록번호 ", FRN(rng), "가 첨부 서류에 있습니다. 마스킹 후 공개하는 것이 타당합니다.\n")
        else:
            d.s(sp, " 위원: 참고로 사무국 이메일(", EMAIL(rng, "official"), ") 말고 제 개인 메일 ", EMAIL(rng, "free"), "로도 자료를 보내 주세요.\n")
    d.s("\n3. 의결: 원안 가결(", str(len(mem) + 1), "인 찬성)\n\n작성자 ", sec, "  확인자 위원장 ", chair, " (서명)")
    return d, "회의록"


def tpl_judgment(rng):
    d = Doc()
    v = rng.randint(0, 2)
    judges = [P(rng) for _ in range(3)]
    if v == 0:
        pl = P(rng)
        lic = DL(rng)
        pre, ad, suf = ADDR(rng)
        court = rng.choice(["서 울 행 정 법 원", "수원지방법원", "대전지방법원", "광주지방법원"])
        d.s(court, "\n제", str(rng.randint(1, 14)), "부\n판        결\n\n사      건  ", N_case(rng, "구합"), " 자동차운전면허취소처분취소\n원      고  ",
            pl, "\n            ", ad, "\n            소송대리인 변호사 ", P(rng), "\n피      고  ", rng.choice(["서울특별시경찰청장", "경기도남부경찰청장", "대전광역시경찰청장"]),
            "\n변 론 종 결  ", ddate(rng), "\n\n주      문\n1. 원고의 청구를 기각한다.\n2. 소송비용은 원고가 부담한다.\n\n이      유\n1. 처분의 경위\n가. 원고는 ",
            ddate(rng, "dot_sp"), " 혈중알코올농도 0.", str(rng.randint(80, 190)), "%의 술에 취한 상태로 ", PLATE(rng), " 승용차를 운전하였다.\n나. 피고는 ",
            N_statute(rng), "에 따라 원고의 운전면허(제1종 보통, 면허번호 ", lic, ")를 취소하는 이 사건 처분을 하였다.\n2. 판단\n원고는 생계를 위해 운전이 필요하다고 주장하나, ")
        d.s("원고의 배우자 ", P(rng), "의 진술서 등만으로는 처분이 재량권을 일탈하였다고 보기 어렵다.\n")
    elif v == 1:
        dfn = P(rng)
        victims = [P(rng) for _ in range(rng.randint(2, 3))]
        d.s(rng.choice(["인천지방법원", "부산지방법원 동부지원", "서울중앙지방법원"]), "\n판결\n\n사건  ", N_case(rng, "고단"), " 사기, 전자금융거래법위반\n피고인  ",
            dfn, " (", RRN(rng, rng.choice(["rrn_masked", "rrn_valid", "rrn_post2020" if False else "rrn_masked"])), "), 무직\n주거  ")
        pre, ad, suf = ADDR(rng)
        d.s(ad, "\n등록기준지  ", rng.choice(["경상북도 안동시", "전라남도 나주시", "충청북도 제천시"]), "\n검사  ", P(rng), "(기소), ", P(rng), "(공판)\n변호인  변호사 ", P(rng), "(국선)\n\n이유\n범 죄 사 실\n")
        d.s("피고인은 성명불상의 보이스피싱 조직원에게 자신 명의의 ")
        bank, ac = ACCT(rng)
        d.s(bank, " 계좌(", ac, ")의 접근매체를 양도하였다. 위 조직원은 ")
        for i, vc in enumerate(victims):
            d.s(vc, "에게서 ", N_amount(rng), "을" if True else "", ", " if i < len(victims) - 1 else "")
        d.s(" 각 송금받았다. 또한 피고인은 피해자 ", victims[0], "의 신용카드(", CARD(rng), ")를 이용하여 온라인 결제를 하였다.\n증거의 요지\n1. 증인 ",
            victims[-1], "의 법정진술\n1. 계좌거래내역, 카드 승인내역\n")
    else:
        lessor, lessee = P(rng), P(rng)
        pre, ad, suf = ADDR(rng, rng.choice(["addr_road", "addr_jibun"]))
        d.s(rng.choice(["의정부지방법원", "청주지방법원", "창원지방법원"]), "\n판 결\n\n사 건  ", N_case(rng, "가단"), " 임대차보증금반환\n원 고  ", lessee,
            "\n      ", ADDR(rng)[1], "\n피 고  ", lessor, "\n      ", ADDR(rng)[1], "\n\n주 문\n피고는 원고에게 ", N_amount(rng),
            " 및 이에 대하여 다 갚는 날까지 연 12%의 비율로 계산한 돈을 지급하라.\n\n이 유\n원고는 피고로부터 ", ad,
            "를 임차하고 보증금을 피고 명의 ")
        bank, ac = ACCT(rng)
        d.s(bank, " ", ac, " 계좌로 송금하였다. 공인중개사 ", P(rng), "의 증언에 의하면 피고는 계약 종료 후에도 보증금 반환을 미루었다.\n")
    d.s("\n", ddate(rng), "\n\n재판장 판사  ", judges[0], "\n      판사  ", judges[1], "\n      판사  ", judges[2])
    return d, "판결문"


def tpl_report(rng):
    d = Doc()
    v = rng.randint(0, 2)
    writer = P(rng)
    if v == 0:
        d.s("개인정보 유출 사고 경위 보고\n\n1. 개요\n  - 발생일시: ", ddate(rng), " 02:14\n  - 인지경위: 보안관제센터 탐지(공격지 IP ", IP(rng, "ip_public"), ")\n",
            "  - 유출 항목: 성명, 주민등록번호, 휴대전화번호, 이메일\n\n2. 유출 확인 샘플(", str(rng.randint(3, 5)), "건 중 일부)\n")
        for k in range(rng.randint(2, 4)):
            d.s("  ", str(k + 1), ") ", P(rng), " / ", RRN(rng), " / ", PHONE(rng, "mobile"), " / ", EMAIL(rng, "free"), "\n")
        d.s("\n3. 조치사항\n  - 관리자 계정 ", N_userid(rng), " 비밀번호 초기화, 내부망 ", IP(rng, "ip_private"), " 서버 격리\n",
            "  - 정보주체 통지: ", ddate(rng), " 문자 및 이메일 발송\n\n보고자  정보보호담당 ", writer, " (", PHONE(rng, "landline"), ")")
    elif v == 1:
        dr1, dr2 = P(rng), P(rng)
        d.s("관용차량 교통사고 보고서\n\n□ 사고 개요\n  ○ 일시/장소: ", ddate(rng), " 08:50 / ", rng.choice(["국도 17호선 진입로", "청사 앞 교차로", "외곽순환도로 하남JC"]),
            "\n  ○ 관용차량: ", PLATE(rng, rng.choice(["plate_3", "plate_2"])), " (운전자 ", rng.choice(DEPTS), " 주무관 ", dr1, ", 면허번호 ", DL(rng), ")\n",
            "  ○ 상대차량: ", PLATE(rng), " (운전자 ", dr2, ", ", PHONE(rng, "mobile"), ", 면허번호 ", DL(rng), ")\n",
            "□ 피해 상황\n  ○ 상대 운전자 ", dr2, " 경상(전치 2주), 관용차 범퍼 파손\n□ 향후 조치\n  ○ ", N_company(rng), "(보험사) 접수번호 ",
            N_receipt(rng), "로 대물 처리 중\n\n", ddate(rng), "  보고자 ", writer)
    else:
        aud = P(rng)
        off = P(rng)
        bank, ac = ACCT(rng)
        d.s("감사 결과 처분 요구서(요약)\n\n1. 감사대상: ", rng.choice(AGENCIES[9:]), " ", rng.choice(DEPTS), "\n2. 지적사항: 보조금 부당 집행\n",
            "   관련자 ", off, "(", rng.choice(["6급", "7급", "지방행정주사보"]), ")은 업무추진비 ", N_amount(rng), "을 본인 명의 ", bank, " 계좌(", ac,
            ")로 이체한 후 개인 용도로 사용하였다.\n   법인카드(", CARD(rng, brand=rng.choice(["bc", "local"]), masked=rng.random() < .4),
            ") 사용내역 중 심야 시간 결제 ", str(rng.randint(3, 19)), "건도 소명되지 않았다.\n3. 처분요구: 징계(중징계), 회수\n4. 근거: ",
            N_statute(rng), "\n\n감사관 ", aud, "   감사보조자 ", P(rng))
    return d, "보고서"


ROSTER_COLS = {
    "성명": lambda rng: P(rng),
    "생년월일": lambda rng: DOB(rng),
    "주민등록번호": lambda rng: RRN(rng),
    "휴대전화": lambda rng: PHONE(rng, "mobile", sep=rng.choice(["-", "-", "", " ", "."])),
    "연락처": lambda rng: PHONE(rng),
    "이메일": lambda rng: EMAIL(rng),
    "주소": lambda rng: ADDR(rng)[1],
    "외국인등록번호": lambda rng: FRN(rng),
    "여권번호": lambda rng: PASS(rng),
    "운전면허번호": lambda rng: DL(rng),
    "차량번호": lambda rng: PLATE(rng),
    "카드번호": lambda rng: CARD(rng, masked=rng.random() < .25),
    "계좌번호": lambda rng: ACCT(rng, masked=rng.random() < .15)[1],
    "건강보험증번호": lambda rng: HI(rng),
    "사업자등록번호": lambda rng: BRN(rng),
    "법인등록번호": lambda rng: CRN(rng),
    "접속IP": lambda rng: IP(rng),
}
ROSTER_SETS = [
    ("교육 참석자 명단", ["성명", "생년월일", "휴대전화", "이메일"]),
    ("재난지원금 지급 대상자", ["성명", "주민등록번호", "주소", "계좌번호"]),
    ("외국인 근로자 현황", ["성명", "외국인등록번호", "여권번호", "연락처"]),
    ("관용차 운전원 현황", ["성명", "운전면허번호", "차량번호", "휴대전화"]),
    ("법인카드 사용자 목록", ["성명", "카드번호", "연락처"]),
    ("협력업체 현황", ["업체명", "사업자등록번호", "법인등록번호", "대표자", "연락처"]),
    ("피부양자 신고 현황", ["성명", "생년월일", "건강보험증번호", "주소"]),
    ("국외출장자 명단", ["성명", "여권번호", "생년월일", "휴대전화"]),
    ("시스템 접근 권한 부여 현황", ["성명", "이메일", "접속IP", "카드번호"]),
    ("행사 자원봉사자 명단", ["성명", "주민등록번호", "휴대전화", "운전면허번호"]),
    ("체류외국인 면담 기록", ["성명", "국적", "외국인등록번호", "여권번호"]),
    ("보조금 수령 계좌 목록", ["예금주", "은행", "계좌번호", "휴대전화"]),
    ("건강검진 대상자 명단", ["성명", "건강보험증번호", "생년월일", "연락처"]),
    ("의료급여 수급자 변동 현황", ["성명", "주민등록번호", "건강보험증번호", "주소"]),
]


def roster_cell(rng, col, row_ctx):
    if col in ("성명", "대표자", "예금주"):
        if col == "성명" and row_ctx.get("foreign"):
            return FP(rng)
        return P(rng)
    if col == "업체명":
        return N_company(rng)
    if col == "국적":
        return rng.choice(NATIONS)
    if col == "은행":
        row_ctx["bank"] = rng.choice(BANKS_LIST)
        return row_ctx["bank"]
    if col == "계좌번호" and row_ctx.get("bank"):
        return ACCT(rng, row_ctx["bank"], masked=rng.random() < .15)[1]
    return ROSTER_COLS[col](rng)


def tpl_roster(rng):
    d = Doc()
    title, cols = rng.choice(ROSTER_SETS)
    foreign = "외국인등록번호" in cols
    sepk = rng.choice(["pipe", "pipe_sp", "tab", "spaces", "pipe_edge"])
    header = rng.random() < .6
    numbered = rng.random() < .5
    if rng.random() < .7:
        d.s(rng.choice(["[붙임] ", "■ ", "", "<표> "]), title, rng.choice(["", " (", " - "]))
        if d.buf[-1] == " (":
            d.s(ddate(rng), " 기준)")
        elif d.buf[-1] == " - ":
            d.s(rng.choice(DEPTS))
        d.s("\n")
    seps = {"pipe": "|", "pipe_sp": " | ", "tab": "\t", "spaces": None, "pipe_edge": " | "}

    def line(cells):
        if sepk == "pipe_edge":
            d.s("| ")
        for j, c in enumerate(cells):
            if j:
                d.s(seps[sepk] if seps[sepk] else " " * rng.randint(2, 6))
            d.s(c)
        if sepk == "pipe_edge":
            d.s(" |")
        d.s("\n")
    hc = (["연번"] if numbered else []) + cols
    if header:
        line(hc)
        if sepk in ("pipe_edge",) and rng.random() < .6:
            d.s("|" + "|".join(["---"] * len(hc)) + "|\n")
    for r in range(rng.randint(3, 6)):
        ctx = {"foreign": foreign}
        cells = ([str(r + 1)] if numbered else []) + [roster_cell(rng, c, ctx) for c in cols]
        line(cells)
    if rng.random() < .4:
        d.s("※ 본 자료는 ", rng.choice(["업무 목적 외 사용을 금합니다.", "보존기간 경과 후 파기합니다.", "개인정보가 포함되어 있습니다."]), " 작성: ", P(rng), "\n")
    d.buf[-1] = d.buf[-1].rstrip("\n") if d.buf[-1] == "\n" else d.buf[-1]
    if d.buf[-1] == "":
        d.buf.pop()
        d.n -= 1
    return d, "명부"


def tpl_csv(rng):
    d = Doc()
    v = rng.randint(0, 4)
    delim = rng.choice([",", ",", ";"])
    quote = rng.random() < .4

    def row(cells):
        for j, c in enumerate(cells):
            if j:
                d.s(delim)
            if quote and not (isinstance(c, str) and c.isdigit()):
                d.s('"', c, '"')
            else:
                d.s(c)
        d.s("\n")
    if v == 0:
        hdr = ["no", "name", "rrn", "mobile", "email", "reg_date"]
        mk = lambda i: [str(1000 + i), P(rng), RRN(rng, sep=rng.choice(["-", "-", ""])), PHONE(rng, "mobile", sep=rng.choice(["-", ""])),
                        EMAIL(rng, "free"), ddate(rng, "iso")]
    elif v == 1:
        hdr = ["회원ID", "성명", "카드번호", "유효기간", "승인금액"]
        mk = lambda i: [N_userid(rng), P(rng), CARD(rng, sep=rng.choice(["", "-"]), masked=rng.random() < .2),
                        "%02d/%02d" % (rng.randint(1, 12), rng.randint(26, 30)), str(rng.randint(1, 900) * 1000)]
    elif v == 2:
        hdr = ["접수번호", "신청인", "외국인등록번호", "여권번호", "국적", "휴대폰"]
        mk = lambda i: [N_receipt(rng), FP(rng, rng.choice(["latin_upper", "latin", "hangul"])), FRN(rng), PASS(rng, "passport_foreign"),
                        rng.choice(NATION_EN), PHONE(rng, "mobile")]
    elif v == 4:
        hdr = ["수진자", "생년월일", "건강보험증번호", "진료과", "청구액"]
        mk = lambda i: [P(rng), DOB(rng, style=rng.choice(["iso", "yyyymmdd", "dot0_nofinal"])), HI(rng), rng.choice(["내과", "정형외과", "치과", "안과"]),
                        str(rng.randint(5, 900) * 100)]
    else:
        hdr = ["예금주", "은행", "계좌번호", "지급액", "연락처", "비고"]

        def mk(i):
            b, a = ACCT(rng, sep=rng.choice(["-", "-", ""]))
            return [P(rng), b, a, str(rng.randint(10, 500) * 10000), PHONE(rng), rng.choice(["", "재지급", "계좌변경"])]
    if rng.random() < .8:
        row(hdr)
    for i in range(rng.randint(3, 6)):
        row(mk(i))
    return d, "CSV"


def ts(rng):
    y, m, dd = dob(rng, 2023, 2025)
    return "%04d-%02d-%02d %02d:%02d:%02d" % (y, m, dd, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))


def tpl_log(rng):
    d = Doc()
    v = rng.randint(0, 3)
    n = rng.randint(4, 8)
    if v == 0:
        for i in range(n):
            d.s(ts(rng), " [", rng.choice(["INFO", "INFO", "WARN", "ERROR"]), "] ", rng.choice(["auth", "gw", "privacy-audit"]), " user=", N_userid(rng),
                " src=", IP(rng), " action=", rng.choice(["LOGIN", "LOGOUT", "VIEW_RECORD", "EXPORT", "LOGIN_FAIL"]))
            t = rng.randint(0, 4)
            if t == 0:
                d.s(" target_rrn=", RRN(rng, rng.choice(["rrn_valid", "rrn_masked"])))
            elif t == 1:
                d.s(" target_name=", P(rng))
            elif t == 2:
                d.s(" notify=", EMAIL(rng))
            elif t == 3:
                d.s(" client=", N_version(rng))
            d.s("\n")
    elif v == 1:
        for i in range(n):
            ip = IP(rng, "ip_public")
            d.s(ip, " - - [", "%02d/%s/2025:%02d:%02d:%02d +0900" % (rng.randint(1, 28), rng.choice(["Jan", "Mar", "May", "Aug", "Nov"]), rng.randint(0, 23),
                rng.randint(0, 59), rng.randint(0, 59)), "] \"", rng.choice(["GET /api/member?email=", "POST /login?id=", "GET /mypage?mail="]),
                EMAIL(rng, "free"), " HTTP/1.1\" ", rng.choice(["200", "302", "401", "404"]), " ", str(rng.randint(200, 9000)), "\n")
    elif v == 2:
        for i in range(n):
            d.s(ts(rng), " PAYMENT ", rng.choice(["APPROVED", "DECLINED", "REFUND"]), " card=", CARD(rng, sep="", masked=rng.random() < .5),
                " amt=", str(rng.randint(1, 500) * 100), " tel=", PHONE(rng, "mobile", sep=""), " ip=", IP(rng), "\n")
    else:
        for i in range(n):
            t = rng.randint(0, 3)
            d.s(ts(rng), " SMS-GW ")
            if t == 0:
                d.s("send to=", PHONE(rng, "mobile", sep=rng.choice(["", "-"])), " tmpl=OTP result=OK")
            elif t == 1:
                d.s("send to=", PHONE(rng, "mobile", sep="+82"), " tmpl=NOTICE result=OK")
            elif t == 2:
                d.s("callback=", N_switch(rng), " (대표번호, 발신번호 등록)")
            else:
                d.s("bounce mail=", EMAIL(rng), " reason=mailbox_full relay=", IP(rng, "ip_private"))
            d.s("\n")
    return d, "로그"


def tpl_email(rng):
    d = Doc()
    snd = P(rng) if rng.random() < .8 else FP(rng, "latin")
    rcv = P(rng)
    se, re_ = EMAIL(rng), EMAIL(rng)
    d.s("From: ", snd, " <", se, ">\nTo: ", rcv, " <", re_, ">\n")
    if rng.random() < .5:
        d.s("Cc: ", EMAIL(rng), "\n")
    d.s("Date: ", ddate(rng, "iso"), " 10:", "%02d" % rng.randint(0, 59), "\nSubject: ")
    v = rng.randint(0, 4)
    if v == 0:
        bank, ac = ACCT(rng)
        d.s("[회신] 강사료 지급 서류\n\n", rcv, " 주무관님, 안녕하세요. ", snd, "입니다.\n요청하신 강사료 지급 정보 보내드립니다.\n\n",
            "- 주민등록번호: ", RRN(rng, "rrn_valid"), "\n- 입금계좌: ", bank, " ", ac, "\n- 주소: ", ADDR(rng)[1], "\n\n신분증 사본은 첨부파일로 드립니다.\n")
    elif v == 1:
        d.s("여권 사본 송부 (출장 항공권 발권용)\n\n안녕하세요, 여행사 담당 ", P(rng), " 과장님.\n출장자 여권 정보입니다.\n")
        for k in range(rng.randint(2, 3)):
            d.s("  ", P(rng), "  ", PASS(rng, rng.choice(["passport_old", "passport_new"])), "  만료 ", ddate(rng, "iso"), "\n")
    elif v == 2:
        d.s("RE: 외국인 강사 채용 서류\n\n> 외국인등록증 앞뒷면이 필요합니다.\n\n", rcv, "님,\n", FP(rng), " 선생님의 외국인등록번호는 ", FRN(rng),
            " 이고, 여권번호는 ", PASS(rng, "passport_foreign"), " 입니다. 휴대폰 ", PHONE(rng, "mobile"), "로 직접 연락하셔도 됩니다.\n")
    elif v == 3:
        d.s("법인카드 분실 신고 건\n\n", rcv, " 님께\n오늘 오전 ", rng.choice(["KTX 안에서", "출장지 식당에서", "택시에서"]), " 법인카드를 분실했습니다.\n카드번호 ",
            CARD(rng), " 분실 신고는 카드사(", N_switch(rng), ")에 완료했습니다.\n")
    else:
        d.s("차량 출입 등록 요청\n\n다음 주 점검 인력 차량 등록 부탁드립니다.\n", P(rng), " / ", PLATE(rng), " / ", PHONE(rng, "mobile"), "\n", P(rng), " / ",
            PLATE(rng), " / 면허 ", DL(rng), "\n")
    d.s("\n--\n", snd, rng.choice([" 드림", "", " 올림"]), "\n", rng.choice(["", N_company(rng).val + " ", "주무관 "]))
    if rng.random() < .7:
        d.s("T. ", PHONE(rng, "landline"), " | M. ", PHONE(rng, "mobile", sep=rng.choice(["-", ".", " "])), " | ", se)
    else:
        d.s("Tel ", PHONE(rng, rng.choice(["landline", "voip"])), "  Fax ", PHONE(rng, "fax"))
    return d, "이메일"


def tpl_call(rng):
    d = Doc()
    agent = P(rng)
    cust = P(rng)
    a, c = rng.choice([("상담원", "고객"), ("상담사", "민원인"), ("A", "B")])
    d.s("[통화 녹취록] 접수번호 ", N_receipt(rng), "\n", a, ": 네, ", rng.choice(["국민연금 상담센터", "카드 분실신고센터", "출입국 민원센터", "교통민원 콜센터"]),
        " 상담원 ", agent, "입니다.\n")
    v = rng.randint(0, 3)
    ph = PHONE(rng, "mobile")
    d.s(c, ": 네, 저 ", cust, "인데요, ", rng.choice(["카드를 잃어버려서요.", "주소가 바뀌어서 전화드렸어요.", "체류 연장 때문에요.", "과태료 문의하려고요."]), "\n")
    d.s(a, ": 본인 확인을 위해 생년월일 말씀해 주시겠어요?\n", c, ": ", DOB(rng, style=rng.choice(["kor", "yymmdd", "kor_short"])), "이요.\n")
    d.s(a, ": 연락 가능한 번호도 부탁드립니다.\n", c, ": ", spoken(ph, rng), "이요.\n")
    if v == 0:
        card = CARD(rng, sep=" ")
        d.s(a, ": 분실하신 카드 번호 알고 계세요?\n", c, ": 네, 카드 앞면 사진이 있어서요. ", card, "요.\n", a, ": 확인되었습니다. 즉시 정지 처리하겠습니다.\n")
    elif v == 1:
        d.s(a, ": 새 주소 말씀해 주세요.\n", c, ": ", ADDR(rng, rng.choice(["addr_road", "addr_short_sido", "addr_from_sigungu"]))[1], "요.\n",
            a, ": 이메일로도 안내문 받으시겠어요?\n", c, ": 네, ", EMAIL(rng, "free"), "으로 보내주세요.\n")
    elif v == 2:
        d.s(a, ": 외국인등록번호 불러 주시겠어요?\n", c, ": ", spoken(FRN(rng), rng, " "), "요.\n", a, ": 여권번호도요.\n", c, ": ", PASS(rng, "passport_foreign"), "입니다.\n")
    else:
        d.s(a, ": 차량번호가 어떻게 되세요?\n", c, ": ", PLATE(rng), "요. 운전면허 번호는 ", DL(rng, "dl_num"), "이고요.\n")
    d.s(a, ": 처리 결과는 ", rng.choice(["문자로", "알림톡으로"]), " 안내드리겠습니다. 상담원 ", agent, "이었습니다.\n" if has_batchim(agent.val) else "였습니다.\n")
    return d, "통화녹취"


OCR_LABEL = {"성명": ["성 명", "성명", "성  명", "셩명"], "주민등록번호": ["주민등록번호", "주민등록번 호", "주민 등록번호", "주민등륵번호"],
             "주소": ["주소", "주 소", "주  소"], "전화": ["전화번호", "연락처", "연 락 처", "휴대전화"], "생년월일": ["생년월일", "생년 월일", "생넌월일"]}


def ol(rng, k):
    return rng.choice(OCR_LABEL[k])


def nz(sp, rng, p=.6, kinds=None):
    return noisy(sp, rng, kinds) if rng.random() < p else sp


def tpl_ocr_form(rng):
    d = Doc()
    v = rng.randint(0, 4)
    nm = P(rng, spaced=rng.random() < .3)
    brk = rng.choice([": ", " ", "  ", "\t", ":"])
    if v == 0:
        d.s(rng.choice(["여권 발급 신청서", "여 권 발 급 신 청 서"]), "\n※ 뒤쪽의 작성 방법을 읽고 작성하시기 바랍니다.\n", ol(rng, "성명"), brk, nm, "\n",
            ol(rng, "주민등록번호"), brk, nz(RRN(rng, rng.choice(["rrn_valid", "rrn_valid", "rrn_post2020"])), rng), "\n",
            "종전 여권번호", brk, nz(PASS(rng, rng.choice(["passport_old", "passport_new"])), rng, kinds=["cf", "sp"]), "\n",
            ol(rng, "전화"), brk, nz(PHONE(rng, "mobile"), rng), "\n", "비상연락처", brk, P(rng), " (", rng.choice(["배우자", "부", "모", "자녀"]), ") ",
            nz(PHONE(rng, "mobile"), rng), "\n", "신청인 ", nm, " (서명 또는 인)")
    elif v == 1:
        d.s("운전면허증 갱신·재발급 신청서\n", ol(rng, "성명"), brk, nm, "   ", ol(rng, "주민등록번호"), brk, nz(RRN(rng), rng), "\n면허번호", brk,
            nz(DL(rng), rng), "\n", ol(rng, "주소"), brk, ADDR(rng)[1], "\n", ol(rng, "전화"), brk, nz(PHONE(rng, "mobile"), rng), "\n",
            "※ 대리인 신청 시 위임장 첨부 (작성 예: ", Ng("홍길동", "placeholder_person"), ")")
    elif v == 2:
        w = FP(rng, rng.choice(["latin_upper", "hangul"]))
        d.s("외국인등록 신청서 APPLICATION FORM FOR ALIEN REGISTRATION\n성명 Name", brk, w, "\n",
            "외국인등록번호 Registration No.", brk, nz(FRN(rng), rng), "\n여권번호 Passport No.", brk, nz(PASS(rng, "passport_foreign"), rng, kinds=["cf", "sp"]),
            "\n국적 Nationality", brk, rng.choice(NATION_EN), "\n", ol(rng, "전화"), " Tel", brk, nz(PHONE(rng, "mobile"), rng), "\n",
            "E-mail", brk, EMAIL(rng, "free"))
    elif v == 3:
        bank = rng.choice(BANKS_LIST)
        d.s("자동이체(CMS) 출금 동의서\n예금주", brk, nm, "\n", ol(rng, "생년월일"), brk, DOB(rng, style=rng.choice(["yymmdd", "dot0", "yy_dot"])),
            "\n출금은행", brk, bank, "\n계좌번호", brk, nz(ACCT(rng, bank)[1], rng), "\n", ol(rng, "전화"), brk, nz(PHONE(rng, "mobile"), rng), "\n",
            "카드 납부 시 카드번호", brk, nz(CARD(rng), rng), "\n", "신청일 ", ddate(rng), "  신청인 ", nm, " (인)")
    else:
        d.s("건강보험 피부양자 자격(취득·상실) 신고서\n직장가입자 ", ol(rng, "성명"), brk, nm, "  건강보험증번호", brk, nz(HI(rng), rng), "\n",
            "피부양자 ", ol(rng, "성명"), brk, P(rng), "  ", ol(rng, "주민등록번호"), brk, nz(RRN(rng, "rrn_post2020"), rng), "\n",
            "피부양자 ", ol(rng, "성명"), brk, P(rng), "  ", ol(rng, "주민등록번호"), brk, nz(RRN(rng), rng), "\n",
            ol(rng, "주소"), brk, ADDR(rng)[1], "\n사업장 ", N_company(rng), "  사업자등록번호", brk, nz(BRN(rng), rng), "\n",
            "제출처: 국민건강보험공단 (", N_switch(rng), ")")
    return d, "OCR"


def tpl_ocr_id(rng):
    d = Doc()
    v = rng.randint(0, 3)
    nm = P(rng, spaced=rng.random() < .25)
    if v == 0:
        y = dob(rng, 1950, 2004)
        d.s(rng.choice(["주민등록증", "주 민 등 록 증"]), "\n", nm, rng.choice(["", " (", "  "]))
        if d.buf[-1] == " (":
            d.s(rng.choice(["金", "李", "朴"]), "某)")
        d.s("\n", nz(RRN(rng, "rrn_valid", ymd=y), rng, .8), "\n", ADDR(rng, rng.choice(["addr_road", "addr_jibun"]))[1], "\n",
            ddate(rng, "dot_sp"), "\n", rng.choice(["서울특별시 마포구청장", "경기도 화성시장", "부산광역시 해운대구청장"]))
    elif v == 1:
        d.s("자동차운전면허증\nDriver's License\n", rng.choice(["1종보통", "2종보통", "1종대형"]), "\n", nz(DL(rng, rng.choice(["dl_num", "dl_name"])), rng, .7),
            "\n", nm, "\n", nz(RRN(rng, rng.choice(["rrn_valid", "rrn_masked"])), rng, .5), "\n", ADDR(rng)[1], "\n적성검사기간\n", ddate(rng, "dot0_nofinal"),
            "~", fmt_date(dob(rng, 2026, 2034), "dot0_nofinal"), "\n", rng.choice(["서울특별시경찰청장", "경기도남부경찰청장", "인천광역시경찰청장"]))
    elif v == 2:
        w = FP(rng, "latin_upper")
        d.s("외국인등록증\nRESIDENCE CARD\n", nz(FRN(rng), rng, .7), "\n", w, "\n국가/지역 ", rng.choice(NATION_EN), "\n체류자격 ",
            rng.choice(["E-9", "F-6", "D-2", "E-7", "F-4"]), "\n발급일자 ", ddate(rng, "dot0_nofinal"), "\n출입국·외국인청장")
    else:
        d.s("PASSPORT 여권\n종류/Type PM  발행국/Issuing country KOR\n여권번호/Passport No. ", nz(PASS(rng, rng.choice(["passport_new", "passport_old"])), rng, .5, ["cf", "sp"]),
            "\n성/Surname ", rng.choice(ROMA).upper(), "\n이름/Given names ", rng.choice(ROMA_G).upper(), "\n한글성명 ", nm,
            "\n생년월일/Date of birth ", DOB(rng, style=rng.choice(["dot0", "kor"])), "\n", "주민등록번호 ", RRN(rng, "rrn_masked"))
    return d, "OCR"


def tpl_cert(rng):
    d = Doc()
    v = rng.randint(0, 4)
    nm = P(rng)
    if v == 4:
        d.s("건강보험 자격득실 확인서\n\n가입자 성명  ", nm, "    ", rng.choice(["건강보험증번호", "증번호", "건강보험증 번호"]), "  ", HI(rng), "\n",
            "생년월일  ", DOB(rng, style=rng.choice(["dot0", "kor", "dot_sp"])), "\n\n구분 | 사업장명칭 | 자격취득일 | 자격상실일\n")
        for k in range(rng.randint(2, 4)):
            d.s(rng.choice(["직장가입자", "지역가입자", "직장피부양자"]), " | ", N_company(rng), " | ", ddate(rng, "iso"), " | ", rng.choice(["", ddate(rng, "iso")]), "\n")
        dep = P(rng)
        d.s("\n피부양자 ", dep, " (증번호 ", HI(rng), ")\n위 사실을 확인합니다.\n", ddate(rng, "kor"), "\n국민건강보험공단 이사장 (", N_switch(rng), ")")
    elif v == 0:
        ceo = P(rng)
        d.s(rng.choice(["재 직 증 명 서", "재직증명서", "경력증명서"]), "\n\n성        명 : ", nm, "\n주민등록번호 : ", RRN(rng, rng.choice(["rrn_valid", "rrn_masked"])),
            "\n주        소 : ", ADDR(rng)[1], "\n소        속 : ", rng.choice(["경영지원팀", "연구소", "생산1팀"]), "\n재 직 기 간 : ", ddate(rng), " ~ 현재\n용        도 : ",
            rng.choice(["금융기관 제출용", "비자 발급용", "관공서 제출용"]), "\n\n위와 같이 재직하고 있음을 증명합니다.\n\n", ddate(rng, "kor"), "\n\n",
            N_company(rng), "\n사업자등록번호 ", BRN(rng), "\n대표이사  ", ceo, "  (직인)\n(담당자 ", P(rng), ", ", PHONE(rng, "landline"), ")")
    elif v == 1:
        d.s("가족관계증명서(일반)\n등록기준지  ", rng.choice(["경상남도 밀양시", "전라북도 정읍시", "충청남도 논산시"]), "\n\n구분 | 성명 | 출생연월일 | 주민등록번호 | 성별\n",
            "본인 | ", nm, " | ", DOB(rng, style="kor"), " | ", RRN(rng, "rrn_masked"), " | ", rng.choice(["남", "여"]), "\n")
        for rel in rng.sample(["부", "모", "배우자", "자녀"], rng.randint(2, 3)):
            d.s(rel, " | ", P(rng), " | ", DOB(rng, style="kor"), " | ", RRN(rng, "rrn_masked"), " | ", rng.choice(["남", "여"]), "\n")
        d.s("\n위 가족관계증명서는 가족관계등록부의 기록사항과 틀림없음을 증명합니다.\n", ddate(rng, "kor"), "\n", rng.choice(["서울특별시 강서구청장", "수원시 팔달구청장"]))
    elif v == 2:
        rep = P(rng)
        d.s("법인 등기사항 일부증명서(현재 사항)\n등기번호 ", "%06d" % rng.randint(1, 999999), "\n등록번호 ", CRN(rng), "\n상    호 ", N_company(rng), "\n본    점 ",
            ADDR(rng, "addr_road")[1], "\n\n임원에 관한 사항\n사내이사 ", rep, " ", DOB(rng, style="kor"), "생\n대표이사 ", rep, "\n감사 ", P(rng), " ",
            DOB(rng, style="kor"), "생\n\n사업자등록번호 ", BRN(rng), "  (대표전화 ", PHONE(rng, "landline"), ")")
    else:
        d.s("납 세 증 명 서\n\n납세자  상호(법인명) ", N_company(rng), "   사업자등록번호 ", BRN(rng), "\n        성명(대표자) ", nm, "   주민(법인)등록번호 ",
            CRN(rng), "\n        주소(본점) ", ADDR(rng)[1], "\n증명서 사용목적  ", rng.choice(["대금수령", "입찰참가", "해외이주"]),
            "\n\n", N_statute(rng), "에 따라 위와 같이 체납액이 없음을 증명합니다.\n발급번호 ", N_receipt(rng), "\n", rng.choice(["종로세무서장", "수원세무서장", "해운대세무서장"]))
    return d, "증명서"


def tpl_contract(rng):
    d = Doc()
    ag = rng.choice(AGENCIES)
    rep = P(rng)
    bank, ac = ACCT(rng)
    person_owner = rng.random() < .5
    d.s(rng.choice(["용역 계약서", "물품 구매 계약서", "정보시스템 유지관리 계약서"]), "\n\n", ag, "(이하 \"갑\")" + jo(ag, "과/와") + " ", N_company(rng), "(이하 \"을\")는 다음과 같이 계약을 체결한다.\n\n",
        "제1조(계약금액) 금 ", N_amount(rng), "(부가가치세 포함)\n제2조(대금 지급) 갑은 검수 완료 후 14일 이내에 을이 지정한 계좌(", bank, " ", ac, ", 예금주 ")
    if person_owner:
        d.s(rep, ")로 지급한다.\n")
    else:
        d.s(N_company(rng), ")로 지급한다.\n")
    d.s("제3조(개인정보 보호) 을은 ", ST(rng, "을/를"), " 준수한다.\n\n", ddate(rng, "kor"), "\n\n", "갑  ", ag, "\n    주소 ", N_inst_addr(rng, ag), "\n    ", HEADS[ag], " (인)\n\n",
        "을  상호 ", N_company(rng), "\n    사업자등록번호 ", BRN(rng, rng.choice(["-", "-", ""])), "   법인등록번호 ", CRN(rng), "\n    주소 ")
    pre, ad, suf = ADDR(rng, with_zip=rng.random() < .5, with_ref=rng.random() < .3)
    d.s(pre, ad, suf, "\n    대표이사 ", rep, " (인)   전화 ", PHONE(rng, rng.choice(["landline", "voip"])), "\n    실무 담당 ", P(rng), " 과장 ", PHONE(rng, "mobile"),
        " / ", EMAIL(rng, "company"))
    if rng.random() < .4:
        d.s("\n공고번호 ", N_receipt(rng), "  나라장터 계약")
    return d, "계약서"


def tpl_hr(rng):
    d = Doc()
    v = rng.randint(0, 2)
    d.s([rng.choice(["인 사 명 령", "인사발령"]), "국외출장 명령", "인 사 명 령"][v], "\n\n")
    if v == 0:
        for k in range(rng.randint(3, 6)):
            d.s(rng.choice(["승진 ", "전보 ", "신규임용 ", "직무대리 "]), rng.choice(["행정사무관 ", "행정주사 ", "전산서기 ", "서기관 "]), P(rng), "  ",
                rng.choice(DEPTS), rng.choice(["", " (", ""]))
            if d.buf[-1] == " (":
                d.s("전 ", rng.choice(DEPTS), ")")
            d.s("\n")
    elif v == 1:
        d.s("다음 사람의 국외출장을 명함.\n\n출장국: ", rng.choice(["베트남 하노이", "프랑스 파리", "미국 워싱턴 D.C.", "몽골 울란바토르"]), "\n출장기간: ", ddate(rng), " ~ ", ddate(rng), "\n\n")
        for k in range(rng.randint(2, 4)):
            d.s(rng.choice(["서기관", "사무관", "주무관"]), "\t", P(rng), "\t", PASS(rng, rng.choice(["passport_old", "passport_new"])), "\t", PHONE(rng, "mobile"), "\n")
    else:
        nm = P(rng)
        d.s("휴직 명령\n\n", rng.choice(DEPTS), " 행정주사 ", nm, "\n", N_statute(rng), "에 따라 ", ddate(rng), "부터 1년간 육아휴직을 명함.\n",
            "휴직 중 연락처: ", PHONE(rng, "mobile"), " / 주소: ", ADDR(rng)[1], "\n")
    d.s("\n", ddate(rng), "\n", HEADS[rng.choice(AGENCIES)])
    return d, "인사명령"


def tpl_nopii(rng):
    d = Doc()
    ag = rng.choice(AGENCIES)
    v = rng.randint(0, 4)
    if v == 0:
        d.s("질의회신\n\n[질의] ", Ng("갑", "placeholder_person"), "은 ", Ng("A법인", "placeholder_person"), "의 대표이사로서 ", N_statute(rng),
            "의 적용 여부를 질의함.\n[회신] 귀 질의의 경우 기존 해석사례(", N_docno(rng), ", ", ddate(rng), ")를 참고하기 바람.\n관련 판례: 대법원 ", N_case(rng, "두"), "\n")
    elif v == 1:
        d.s("공지사항\n\n", ag, " 민원실 이전 안내\n새 주소: ", N_inst_addr(rng, ag), "\n문의: 대표전화 ", N_switch(rng), " 또는 정부민원안내콜센터 ",
            Ng(rng.choice(SHORTCODES), "short_code"), "\n서식 작성 예시: 성명 ", Ng("홍길동", "placeholder_person"), ", 주민등록번호 ",
            Ng("000000-0000000", "placeholder_number"), "\n")
    elif v == 2:
        d.s("입찰 공고\n\n공고번호 ", N_receipt(rng), "\n사업명: ", rng.choice(["민원 통합 시스템 고도화", "청사 보안 CCTV 교체", "통계 DB 구축"]), "\n추정가격: ",
            N_amount(rng), "\n근거: ", N_statute(rng), "\n참가자격: ", N_company(rng), " 등 중소기업자\n문의: ", rng.choice(DEPTS), " (", N_switch(rng), ")\n")
    elif v == 3:
        d.s("보안 점검 결과\n\n점검 대상 PC ", str(rng.randint(20, 400)), "대 중 OS 버전 ", N_version(rng), " 미만 ", str(rng.randint(1, 19)),
            "대 확인.\n관련 공문: ", N_docno(rng), "\n사례: 직원 ", Ng(rng.choice(["김○○", "박**", "이○○"]), "placeholder_person"), " 주무관 PC에서 USB 무단 사용\n")
    else:
        d.s("행정심판 재결 요지\n\n사건 ", N_case(rng, "구합"), " / 청구인 ", Ng("정 모 씨", "placeholder_person"), " / 피청구인 ", HEADS[ag], "\n",
            "청구인은 ", N_statute(rng), " 위반을 이유로 한 처분의 취소를 구하였으나, 관리번호 ", N_receipt(rng), " 사건과 같이 기각되었다.\n")
    return d, "무PII"


TEMPLATES = OrderedDict([
    ("gongmun", (tpl_gongmun, 48)),
    ("minwon", (tpl_minwon, 42)),
    ("press", (tpl_press, 24)),
    ("news", (tpl_news, 24)),
    ("minutes", (tpl_minutes, 28)),
    ("judgment", (tpl_judgment, 30)),
    ("report", (tpl_report, 30)),
    ("roster", (tpl_roster, 50)),
    ("csv", (tpl_csv, 24)),
    ("log", (tpl_log, 24)),
    ("email", (tpl_email, 36)),
    ("call", (tpl_call, 26)),
    ("ocr_form", (tpl_ocr_form, 30)),
    ("ocr_id", (tpl_ocr_id, 28)),
    ("cert", (tpl_cert, 24)),
    ("contract", (tpl_contract, 22)),
    ("hr", (tpl_hr, 18)),
    ("nopii", (tpl_nopii, 30)),
])


# ---------------------------------------------------------------------------
# validation
# ---------------------------------------------------------------------------
CONF_BACK = {"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"}
HDIG_BACK = {"공": "0", "영": "0", "일": "1", "이": "2", "삼": "3", "사": "4", "오": "5", "육": "6", "칠": "7", "팔": "8", "구": "9"}
SEPS = set(" \n\t-‐–－.")


def nfkc1(s):
    out = []
    for c in s:
        n = unicodedata.normalize("NFKC", c)
        out.append(n if len(n) == 1 else c)
    return "".join(out)


def canon(s, spoken_ok=False):
    s = nfkc1(s)
    out = []
    for c in s:
        if c in SEPS:
            continue
        if spoken_ok and c in HDIG_BACK:
            c = HDIG_BACK[c]
        out.append(c)
    return "".join(out)


def canon_pair(noisy_v, clean_v, spoken_ok):
    a, b = canon(noisy_v, spoken_ok), canon(clean_v)
    if len(a) != len(b):
        return False
    for x, y in zip(a, b):
        if x != y and CONF_BACK.get(x) != y:
            return False
    return True


SURNAME_SET = set(SURNAMES)
FOREIGN_SET = set(FOREIGN_HANGUL) | {f + " " + l for f in FOREIGN_FIRST for l in FOREIGN_LAST} | \
    {(f + " " + l).upper() for f in FOREIGN_FIRST for l in FOREIGN_LAST}
DL_CODES = {c for _, c in DL_REGIONS}
DL_NAMES = {n for n, _ in DL_REGIONS}
ADDR_HEADS = {s[0] for s in SIDO} | {x for s in SIDO for x in s[1]} | {g.split()[0] for s in SIDO for g in s[2]}


def check_kind(sp):
    t, k, c = sp["type"], sp["kind"], sp["clean"]
    if t == "KR_RRN":
        f, b = c.split("-")
        y2, m, dd, g = int(f[:2]), int(f[2:4]), int(f[4:6]), b[0]
        y = (1900 if g in "12" else 2000) + y2
        assert g in "1234" and valid_date(y, m, dd), c
        if k == "rrn_valid":
            assert b.isdigit() and rrn_check(f + b[:6]) == int(b[6]), c
            assert y < 2020 or (y == 2020 and m < 10), c
        elif k == "rrn_post2020":
            assert b.isdigit() and rrn_check(f + b[:6]) != int(b[6]) and (y > 2020 or m >= 10) and g in "34", c
        else:
            assert len(set(b[1:])) == 1 and not b[1].isdigit() and len(b) == 7, c
    elif t == "KR_FRN":
        f, b = c.split("-")
        g = b[0]
        y = (1900 if g in "56" else 2000) + int(f[:2])
        assert g in "5678" and valid_date(y, int(f[2:4]), int(f[4:6])), c
        if k == "frn_valid":
            assert frn_check(f + b[:6]) == int(b[6]), c
        else:
            assert len(set(b[1:])) == 1 and not b[1].isdigit(), c
    elif t == "KR_PASSPORT":
        pat = {"passport_old": r"[MSGDR]\d{8}", "passport_new": r"[MSGDR]\d{3}[A-Z]\d{4}",
               "passport_foreign": r"(?:[CEGKB]\d{7}|[EGK]\d{8}|P\d{7}[ABC]|[A-Z]{2}\d{7}|\d{9})"}[k]
        assert re.fullmatch(pat, c), c
    elif t == "KR_DRIVER_LICENSE":
        m = re.fullmatch(r"(\d{2})-(\d{2})-(\d{6})-(\d{2})", c) or re.fullmatch(r"(\d{2})(\d{2})(\d{6})(\d{2})", c)
        if m:
            assert int(m.group(1)) in DL_CODES, c
        else:
            m = re.fullmatch(r"(\D+?) ?(\d{2})-(\d{6})-(\d{2})", c)
            assert m and m.group(1) in DL_NAMES, c
    elif t == "CREDIT_CARD":
        digs = c.replace("-", "")
        if "masked" in k:
            assert len(digs) in (15, 16) and digs[:6].isdigit() and digs[-4:].isdigit(), c
        else:
            assert digs.isdigit() and len(digs) in (15, 16) and luhn_ok(digs), c
    elif t == "KR_BANK_ACCOUNT":
        digs = c.replace("-", "")
        assert 10 <= len(digs) <= 14 and (digs.isdigit() or k == "acct_masked"), c
    elif t == "PHONE_NUMBER":
        assert re.fullmatch(r"(01[0]|070|0\d{1,2})-\d{3,4}-\d{4}", c), c
    elif t == "EMAIL_ADDRESS":
        assert re.fullmatch(r"[a-z0-9._]+@[a-z0-9.-]+\.[a-z]{2,}", c), c
    elif t == "DATE_OF_BIRTH":
        digs = re.findall(r"\d+", c)
        if len(digs) == 1:
            s = digs[0]
            digs = [s[:-4], s[-4:-2], s[-2:]]
        y, m, dd = [int(x) for x in digs]
        y = y if y > 100 else (1900 + y if y > 25 else 2000 + y)
        assert valid_date(y, m, dd) and 1930 < y < 2026, c
    elif t == "KR_ADDRESS":
        assert c.split()[0] in ADDR_HEADS and re.search(r"(\d|호|층|동)$", c), c
    elif t == "KR_HEALTH_INSURANCE":
        assert re.fullmatch(r"\d{11}", c), c
    elif t == "KR_VEHICLE_PLATE":
        assert re.fullmatch(r"(?:[가-힣]{2} )?\d{2,3}[가-힣] ?\d{4}", c), c
    elif t == "KR_BRN":
        assert len(c) == 10 and brn_check(c[:9]) == int(c[9]), c
    elif t == "KR_CRN":
        assert len(c) == 13 and crn_check(c[:12]) == int(c[12]), c
    elif t == "IP_ADDRESS":
        if ":" in c:
            assert re.fullmatch(r"[0-9a-f:]+", c), c
        else:
            ps = [int(x) for x in c.split(".")]
            assert len(ps) == 4 and all(0 <= x <= 255 for x in ps), c
    elif t == "PERSON":
        if k == "kr_name":
            assert re.fullmatch(r"[가-힣]{2,4}", c) and (c[0] in SURNAME_SET or c[:2] in SURNAME_SET) and c != "홍길동", c
        else:
            assert c in FOREIGN_SET, c
    else:
        raise AssertionError(t)


SCAN = [("mobile", re.compile(r"(?<!\d)01[016789][-. ]?\d{3,4}[-. ]?\d{4}(?!\d)")),
        ("email", re.compile(r"[A-Za-z0-9._+-]+@[A-Za-z0-9-]+\.[A-Za-z0-9.-]+")),
        ("rrn_shape", re.compile(r"(?<!\d)\d{6} ?- ?[\d*●Xx○]{7}(?!\d)")),
        ("card_shape", re.compile(r"(?<!\d)\d{4}[- ]?\d{4}[- ]?\d{4}[- ]?\d{4}(?!\d)")),
        ("ipv4", re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])"))]


class Invalid(Exception):
    pass


def validate(text, spans, negs, planned_empty):
    prev_end = 0
    for sp in spans:
        s, e = sp["start"], sp["end"]
        if not (0 <= s < e <= len(text)) or s < prev_end:
            raise Invalid("bounds/order")
        prev_end = e
        v = text[s:e]
        if v != sp["value"] or v != v.strip():
            raise Invalid("value/edge whitespace")
        check_kind(sp)
        if sp["noise"] or v != sp["clean"]:
            if sp["type"] != "PERSON" or sp["noise"]:
                if not canon_pair(v, sp["clean"], "spoken_digits" in sp["noise"]):
                    raise Invalid("noise canon %r %r" % (v, sp["clean"]))
    for ng in negs:
        for sp in spans:
            if ng["start"] < sp["end"] and sp["start"] < ng["end"]:
                raise Invalid("neg overlaps span")
    # every other occurrence of a labelled value must be labelled
    for val in sorted({sp["value"] for sp in spans}):
        i = text.find(val)
        while i >= 0:
            j = i + len(val)
            if not any(sp["start"] <= i and j <= sp["end"] for sp in spans):
                raise Invalid("unlabelled occurrence of %r" % val)
            i = text.find(val, i + 1)
    # PII-looking strings outside spans
    nt = nfkc1(text)
    for name, rx in SCAN:
        for m in rx.finditer(nt):
            a, b = m.span()
            if any(sp["start"] < b and a < sp["end"] for sp in spans):
                continue
            if any(ng["start"] <= a and b <= ng["end"] for ng in negs):
                continue
            raise Invalid("unlabelled %s %r" % (name, m.group()))
    # names of labelled persons must not appear inside placeholders, etc.
    if planned_empty and spans:
        raise Invalid("planned empty but has spans")
    if not planned_empty and not spans:
        raise Invalid("no spans")


def build(tname, i):
    fn, _ = TEMPLATES[tname]
    last = None
    for k in range(60):
        rng = RNG(tname, i) if k == 0 else RNG(tname, i, "retry", k)
        d, genre = fn(rng)
        text = d.text()
        assert len(text) == d.n
        text = text.rstrip()
        try:
            validate(text, d.spans, d.negs, tname == "nopii")
        except Invalid as ex:
            last = ex
            continue
        return text, d.spans, d.negs, genre, k
    raise SystemExit("cannot build %s %d: %s" % (tname, i, last))


def main():
    plan = [(t, i) for t, (_, n) in TEMPLATES.items() for i in range(n)]
    RNG("order", 0).shuffle(plan)
    recs, metas = [], []
    retries = Counter()
    for idx, (t, i) in enumerate(plan):
        text, spans, negs, genre, k = build(t, i)
        rid = "pii_s-%04d" % (idx + 1)
        recs.append(OrderedDict([("id", rid), ("text", text),
                                 ("spans", [OrderedDict([("start", s["start"]), ("end", s["end"]), ("type", s["type"])]) for s in spans]),
                                 ("genre", genre)]))
        metas.append(OrderedDict([("id", rid), ("template", "%s|%d" % (t, i)), ("genre", genre), ("attempt", k),
                                  ("spans", [OrderedDict([("start", s["start"]), ("end", s["end"]), ("type", s["type"]), ("kind", s["kind"]),
                                                          ("noise", s["noise"])]) for s in spans]),
                                  ("hard_negatives", [OrderedDict([("start", n["start"]), ("end", n["end"]), ("category", n["category"]),
                                                                   ("text", n["text"])]) for n in negs])]))
        retries[k > 0] += 1
    with open(os.path.join(OUT, "pii_s.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "pii_s.meta.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in metas:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    reread_check()


def reread_check():
    recs = [json.loads(l) for l in open(os.path.join(OUT, "pii_s.jsonl"), encoding="utf-8")]
    metas = [json.loads(l) for l in open(os.path.join(OUT, "pii_s.meta.jsonl"), encoding="utf-8")]
    assert len(recs) == len(metas)
    ids = set()
    by_type, by_genre, by_genre_spans, empty_by_genre, kinds, noise, negcat = Counter(), Counter(), Counter(), Counter(), Counter(), Counter(), Counter()
    for r, m in zip(recs, metas):
        assert r["id"] == m["id"] and r["id"] not in ids and list(r) == ["id", "text", "spans", "genre"]
        ids.add(r["id"])
        text = r["text"]
        spans = []
        for s, ms in zip(r["spans"], m["spans"]):
            assert (s["start"], s["end"], s["type"]) == (ms["start"], ms["end"], ms["type"])
            spans.append(dict(s, value=text[s["start"]:s["end"]]))
        prev = 0
        for s in spans:
            assert prev <= s["start"] < s["end"] <= len(text) and s["value"] == s["value"].strip()
            prev = s["end"]
        for val in {s["value"] for s in spans}:
            i = text.find(val)
            while i >= 0:
                assert any(s["start"] <= i and i + len(val) <= s["end"] for s in spans), (r["id"], val)
                i = text.find(val, i + 1)
        by_genre[r["genre"]] += 1
        by_genre_spans[r["genre"]] += len(spans)
        if not spans:
            empty_by_genre[r["genre"]] += 1
        for s, ms in zip(spans, m["spans"]):
            by_type[s["type"]] += 1
            kinds[(s["type"], ms["kind"])] += 1
            for nz_ in ms["noise"]:
                noise[nz_] += 1
        for n in m["hard_negatives"]:
            assert text[n["start"]:n["end"]] == n["text"]
            negcat[n["category"]] += 1
    stats = OrderedDict([("records", len(recs)), ("spans", sum(by_type.values())),
                         ("by_type", OrderedDict(sorted(by_type.items(), key=lambda x: -x[1]))),
                         ("by_genre", OrderedDict((g, [by_genre[g], empty_by_genre[g], by_genre_spans[g]]) for g in sorted(by_genre))),
                         ("kinds", OrderedDict(("%s/%s" % k, v) for k, v in sorted(kinds.items()))),
                         ("noise", OrderedDict(sorted(noise.items()))),
                         ("hard_negatives", OrderedDict(sorted(negcat.items())))])
    for t in ["KR_RRN", "KR_FRN", "KR_PASSPORT", "KR_DRIVER_LICENSE", "CREDIT_CARD", "KR_BANK_ACCOUNT", "PHONE_NUMBER", "EMAIL_ADDRESS"]:
        if by_type[t] < 90:
            print("WARNING: only %d spans of %s" % (by_type[t], t), file=sys.stderr)
    assert len(recs) >= 450
    with open(os.path.join(OUT, "stats.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(stats, ensure_ascii=False, indent=1) + "\n")
    print(json.dumps(OrderedDict([("records", stats["records"]), ("spans", stats["spans"]), ("by_type", stats["by_type"])]), ensure_ascii=False))


if __name__ == "__main__":
    main()
