#!/usr/bin/env python3
"""make_set.py -- deterministic generator for the pii_aw Korean PII evaluation set.

Standard library only.  Every random choice for record i of template t comes from
random.Random("pii_aw-2026|<t>|<i>") (a suffix "|r<k>" is appended when a draft fails
validation and is retried).  Run:  python3 make_set.py
Writes pii_aw.jsonl, pii_aw.meta.jsonl, stats.json and re-validates the written files.
"""
import collections
import datetime as dt
import json
import os
import random
import re
import sys
import unicodedata

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "pii_aw-2026"
TYPES = ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "KR_ADDRESS", "DATE_OF_BIRTH",
         "KR_RRN", "KR_FRN", "KR_PASSPORT", "KR_DRIVER_LICENSE", "CREDIT_CARD",
         "KR_BANK_ACCOUNT", "PHONE_NUMBER", "IP_ADDRESS", "KR_HEALTH_INSURANCE",
         "KR_BRN", "KR_CRN", "KR_VEHICLE_PLATE"]
TYPES = sorted(set(TYPES))
assert len(TYPES) == 16


class DraftError(Exception):
    """A draft failed validation; the record is retried with another seed suffix."""


def need(cond, msg):
    if not cond:
        raise DraftError(msg)


# ---------------------------------------------------------------------------
# value / negative carriers
# ---------------------------------------------------------------------------
class V:
    """A gold value: typ, text as written (noise included), sub-kind, format."""
    __slots__ = ("typ", "s", "sub", "fmt", "clean", "noise", "extra")

    def __init__(self, typ, s, sub, fmt, clean=None, noise=None, extra=None):
        self.typ, self.s, self.sub, self.fmt = typ, s, sub, fmt
        self.clean = s if clean is None else clean
        self.noise = list(noise or [])
        self.extra = dict(extra or {})

    def copy(self, s=None, tag=None):
        v = V(self.typ, self.s if s is None else s, self.sub, self.fmt, self.clean,
              self.noise, self.extra)
        if tag and tag not in v.noise:
            v.noise.append(tag)
        return v


class N:
    """A tagged hard negative (never labelled)."""
    __slots__ = ("s", "cat")

    def __init__(self, s, cat):
        self.s, self.cat = s, cat


# ---------------------------------------------------------------------------
# check digits
# ---------------------------------------------------------------------------
RRN_W = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]


def rrn_check(d12):
    return (11 - sum(int(a) * b for a, b in zip(d12, RRN_W)) % 11) % 10


def frn_check(d12):
    return (13 - sum(int(a) * b for a, b in zip(d12, RRN_W)) % 11) % 10


def brn_check(d9):
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(int(a) * b for a, b in zip(d9, w)) + (int(d9[8]) * 5) // 10
    return (10 - s % 10) % 10


def crn_check(d12):
    s = sum(int(a) * (1 if i % 2 == 0 else 2) for i, a in enumerate(d12))
    return (10 - s % 10) % 10


def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_complete(rng, prefix, length):
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def digits(rng, n, first_nonzero=False):
    s = "".join(rng.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def rand_date(rng, lo, hi):
    a, b = dt.date(*lo).toordinal(), dt.date(*hi).toordinal()
    return dt.date.fromordinal(rng.randint(a, b))


# ---------------------------------------------------------------------------
# name pools (invented combinations)
# ---------------------------------------------------------------------------
SUR1 = (["김"] * 20 + ["이"] * 15 + ["박"] * 9 + ["최"] * 5 + ["정"] * 5 +
        ["강", "조", "윤", "장", "임"] * 3 +
        list("한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹모탁국어은편용예경봉"))
SUR2 = ["남궁", "황보", "선우", "제갈", "독고", "사공", "서문", "동방"]
GIVEN2 = ("민수 지훈 서연 지민 현우 수빈 도윤 하은 예준 서윤 민준 지우 수아 건우 유진 은지 성민 혜진 "
          "동현 지영 상훈 미경 정호 영희 경민 태형 윤서 채원 시우 하준 다은 재원 소연 준호 은영 명숙 "
          "순자 영수 광호 옥순 기철 말순 춘자 복남 대현 승연 가영 나연 보영 세진 우진 재희 현정 희정 "
          "종민 정숙 미란 선영 태희 인호 용준 규리 아름 혜원 주희 진아 경아 한결 다온 나래 새롬 서진 "
          "윤호 재석 형준 민경 수정 은숙 영철 병철 봉수 말자 금순 동욱 석진 원희 태민 주원 예린 가을 "
          "소율 이안 도하 서하 로운 지안 승훈 민재 태준 수현 정연 미진 현숙 경호 상철 용희 재웅 "
          "혜숙 정란 보미 세아 유나 한별 지율 시온 채윤 연우 우현 성훈 지환 영민 충남 진호 명철 "
          "상욱 기현 은별 소희 윤아 다인 하린 예서 준서 민호 태윤 정민 경태 수경 희수 창민").split()
GIVEN1 = list("혁훈준솔별린율결빈찬웅탁철근란숙")
GIVEN3 = ["빛나리", "아름솔", "한가람", "새로미", "하늘빛", "나래온", "보드리", "다소니", "가온누"]

FOREIGN = [  # (latin surname, latin given, hangul surname, hangul given, order, nationality)
    ("NGUYEN", "Van An", "응우옌", "반 안", "sg", "베트남"),
    ("NGUYEN", "Thi Hoa", "응우옌", "티 호아", "sg", "베트남"),
    ("TRAN", "Minh Tuan", "쩐", "민 뚜언", "sg", "베트남"),
    ("PHAM", "Thi Lan", "팜", "티 란", "sg", "베트남"),
    ("LE", "Quang Huy", "레", "꽝 후이", "sg", "베트남"),
    ("WANG", "Lei", "왕", "레이", "sg", "중국"),
    ("ZHANG", "Yuting", "장", "위팅", "sg", "중국"),
    ("LIU", "Haoran", "류", "하오란", "sg", "중국"),
    ("CHEN", "Xiaomei", "천", "샤오메이", "sg", "중국"),
    ("TANAKA", "Yuki", "다나카", "유키", "sg", "일본"),
    ("SATO", "Kenji", "사토", "겐지", "sg", "일본"),
    ("SANTOS", "Maria Luisa", "산토스", "마리아 루이사", "gs", "필리핀"),
    ("REYES", "Jose Antonio", "레예스", "호세 안토니오", "gs", "필리핀"),
    ("KARIMOV", "Aziz", "카리모프", "아지즈", "gs", "우즈베키스탄"),
    ("RAKHIMOVA", "Dilnoza", "라히모바", "딜노자", "gs", "우즈베키스탄"),
    ("IVANOVA", "Olga", "이바노바", "올가", "gs", "러시아"),
    ("PETROV", "Sergei", "페트로프", "세르게이", "gs", "러시아"),
    ("MILLER", "John", "밀러", "존", "gs", "미국"),
    ("CARTER", "Emily", "카터", "에밀리", "gs", "미국"),
    ("WONGSA", "Somchai", "웡사", "솜차이", "gs", "태국"),
    ("THAPA", "Ram Bahadur", "타파", "람 바하두르", "gs", "네팔"),
    ("GANBOLD", "Bat-Erdene", "간볼드", "바트에르덴", "gs", "몽골"),
    ("SANTOSO", "Budi", "산토소", "부디", "gs", "인도네시아"),
    ("HASSAN", "Ahmed", "하산", "아흐메드", "gs", "이집트"),
    ("SILVA", "Ana Paula", "실바", "아나 파울라", "gs", "브라질"),
]
NAT_PASSPORT = {"베트남": "VN", "중국": "CN", "일본": "JP", "필리핀": "PH", "우즈베키스탄": "UZ",
                "러시아": "RU", "미국": "US", "태국": "TH", "네팔": "NP", "몽골": "MN",
                "인도네시아": "ID", "이집트": "EG", "브라질": "BR"}

PLACEHOLDER_PERSONS = ["갑", "을", "병", "홍길동", "김○○", "이○○", "박**", "정 모 씨", "A씨", "B씨",
                       "최△△", "성명 미상", "OOO", "○○○"]


def gen_person(rng, kind=None):
    if kind is None:
        kind = rng.choices(["ko3", "ko2", "ko_sur2", "ko4long", "foreign_latin", "foreign_hangul"],
                           [68, 8, 9, 3, 5, 7])[0]
    if kind == "ko3":
        return V("PERSON", rng.choice(SUR1) + rng.choice(GIVEN2), "ko_3syl", "plain")
    if kind == "ko2":
        return V("PERSON", rng.choice(SUR1) + rng.choice(GIVEN1), "ko_2syl", "plain")
    if kind == "ko_sur2":
        if rng.random() < 0.75:
            return V("PERSON", rng.choice(SUR2) + rng.choice(GIVEN2), "ko_sur2_4syl", "plain")
        return V("PERSON", rng.choice(SUR2) + rng.choice(GIVEN1), "ko_sur2_3syl", "plain")
    if kind == "ko4long":
        return V("PERSON", rng.choice(SUR1) + rng.choice(GIVEN3), "ko_4syl_long", "plain")
    f = rng.choice(FOREIGN)
    return foreign_name(rng, f, "latin" if kind == "foreign_latin" else "hangul")


def foreign_name(rng, f, script, fmt=None):
    ls, lg, hs, hg, order, _nat = f
    if script == "latin":
        fmt = fmt or rng.choice(["upper_sg", "title_gs", "upper_sg_comma", "title_sg"])
        tg = lg if lg[0].isupper() else lg.title()
        if fmt == "upper_sg":
            s = ls + " " + lg.upper()
        elif fmt == "upper_sg_comma":
            s = ls + ", " + lg.upper()
        elif fmt == "title_sg":
            s = ls.title() + " " + tg
        else:
            s = tg + " " + ls.title()
        return V("PERSON", s, "foreign_latin", fmt, extra={"nat": _nat})
    fmt = fmt or rng.choice(["hg_native", "hg_native", "hg_nospace"])
    if order == "sg":
        s = hs + " " + hg if fmt == "hg_native" else hs + hg.replace(" ", "")
    else:
        s = hg + " " + hs if fmt == "hg_native" else hg.replace(" ", "") + hs
    return V("PERSON", s, "foreign_hangul", fmt, extra={"nat": _nat})


def spaced_name(v):
    """Letter-spaced Korean name: 김민수 -> 김 민 수 (noise tag spaced_name)."""
    if " " in v.s or not all("\uac00" <= c <= "\ud7a3" for c in v.s):
        return v
    return v.copy(" ".join(v.s), "spaced_name")


# ---------------------------------------------------------------------------
# dates of birth
# ---------------------------------------------------------------------------
MON3 = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()
MONF = ("January February March April May June July August September October "
        "November December").split()
DOB_FMTS = ["dot_sp", "dot_sp_noend", "dot_pad_end", "dot_pad", "dot_nopad", "hyph", "slash",
            "ko", "ko_nosp", "ko_pad", "yy_dot", "yy_dot_end", "yy_dot_sp", "yy_ko", "yymmdd",
            "yyyymmdd", "en_dmy", "en_mdy", "apos"]


def fmt_date(d, f):
    y, m, dd = d.year, d.month, d.day
    yy = y % 100
    table = {
        "dot_sp": f"{y}. {m}. {dd}.", "dot_sp_noend": f"{y}. {m}. {dd}",
        "dot_pad_end": f"{y}.{m:02d}.{dd:02d}.", "dot_pad": f"{y}.{m:02d}.{dd:02d}",
        "dot_nopad": f"{y}.{m}.{dd}", "hyph": f"{y}-{m:02d}-{dd:02d}",
        "slash": f"{y}/{m:02d}/{dd:02d}", "ko": f"{y}년 {m}월 {dd}일",
        "ko_nosp": f"{y}년{m}월{dd}일", "ko_pad": f"{y}년 {m:02d}월 {dd:02d}일",
        "yy_dot": f"{yy:02d}.{m:02d}.{dd:02d}", "yy_dot_end": f"{yy:02d}.{m:02d}.{dd:02d}.",
        "yy_dot_sp": f"{yy:02d}. {m}. {dd}.", "yy_ko": f"{yy:02d}년 {m}월 {dd}일",
        "yymmdd": f"{yy:02d}{m:02d}{dd:02d}", "yyyymmdd": f"{y}{m:02d}{dd:02d}",
        "en_dmy": f"{dd:02d} {MON3[m - 1]} {y}", "en_mdy": f"{MONF[m - 1]} {dd}, {y}",
        "apos": f"'{yy:02d}. {m}. {dd}.",
    }
    return table[f]


def gen_dob(rng, fmt=None, lo=(1941, 1, 1), hi=(2007, 12, 31), date=None, fmts=None):
    d = date or rand_date(rng, lo, hi)
    fmt = fmt or rng.choice(fmts or DOB_FMTS)
    return V("DATE_OF_BIRTH", fmt_date(d, fmt), "dob_" + fmt, fmt, extra={"date": d.isoformat()})


def gen_date_neg(rng, lo=(2019, 1, 1), hi=(2026, 12, 5), fmt=None):
    d = rand_date(rng, lo, hi)
    fmt = fmt or rng.choice(["dot_sp", "dot_pad_end", "ko", "hyph", "dot_sp"])
    return N(fmt_date(d, fmt), "date")


# ---------------------------------------------------------------------------
# national identifiers
# ---------------------------------------------------------------------------
MASKS = ["*", "●", "X", "x", "○", "■"]


def _rrn_front(d):
    return f"{d.year % 100:02d}{d.month:02d}{d.day:02d}"


def _join13(a, b, fmt):
    return {"hyph": f"{a}-{b}", "plain": a + b, "sp_hyph": f"{a} - {b}", "space": f"{a} {b}"}[fmt]


def gen_rrn(rng, kind=None, date=None, fmt=None, male=None):
    kind = kind or rng.choices(["valid", "post2020", "masked", "post2020_changed"], [50, 14, 30, 6])[0]
    male = rng.random() < 0.5 if male is None else male
    if kind == "post2020":
        date = date or rand_date(rng, (2020, 10, 1), (2026, 11, 20))
    elif date is None:
        date = rand_date(rng, (1938, 1, 1), (2005, 12, 31))
    if kind == "post2020" or kind == "post2020_changed":
        g = ("3" if male else "4") if date.year >= 2000 else ("1" if male else "2")
        while True:
            body = _rrn_front(date) + g + digits(rng, 5)
            c = str(rng.randint(0, 9))
            if int(c) != rrn_check(body):
                break
        full = body + c
    elif kind == "masked":
        g = ("3" if male else "4") if date.year >= 2000 else ("1" if male else "2")
        m = rng.choice(MASKS)
        fmt = fmt or rng.choice(["hyph", "hyph", "hyph", "sp_hyph"])
        s = _join13(_rrn_front(date), g + m * 6, fmt)
        return V("KR_RRN", s, "rrn_masked", fmt, extra={"date": date.isoformat(), "mask": m})
    else:
        g = ("3" if male else "4") if date.year >= 2000 else ("1" if male else "2")
        region = f"{rng.randint(0, 95):02d}"
        body = _rrn_front(date) + g + region + digits(rng, 2) + str(rng.randint(1, 4))
        full = body + str(rrn_check(body))
    fmt = fmt or rng.choices(["hyph", "plain", "sp_hyph", "space"], [75, 12, 7, 6])[0]
    sub = {"valid": "rrn_valid", "post2020": "rrn_post2020", "post2020_changed": "rrn_post2020_changed"}[kind]
    return V("KR_RRN", _join13(full[:6], full[6:], fmt), sub, fmt,
             extra={"date": date.isoformat(), "digits": full})


def gen_frn(rng, date=None, fmt=None, male=None):
    date = date or rand_date(rng, (1950, 1, 1), (2006, 12, 31))
    male = rng.random() < 0.5 if male is None else male
    g = ("5" if male else "6") if date.year < 2000 else ("7" if male else "8")
    office = f"{rng.randint(1, 49) * 2:02d}"
    body = _rrn_front(date) + g + office + digits(rng, 2) + rng.choice("6789")
    full = body + str(frn_check(body))
    fmt = fmt or rng.choices(["hyph", "plain", "sp_hyph"], [80, 12, 8])[0]
    return V("KR_FRN", _join13(full[:6], full[6:], fmt), "frn_legacy", fmt,
             extra={"date": date.isoformat(), "digits": full})


def _L(rng, n=1, pool="ABCDEFGHJKLMNPRSTUVWXYZ"):
    return "".join(rng.choice(pool) for _ in range(n))


def gen_passport(rng, kind=None, nat=None):
    if nat and nat != "KR":
        kind = "foreign_" + nat
    kind = kind or rng.choices(["kr_old", "kr_new", "foreign"], [35, 40, 25])[0]
    if kind == "foreign":
        kind = "foreign_" + rng.choice(["CN", "VN", "JP", "US", "PH", "UZ", "RU", "TH", "NP", "MN", "ID"])
    if kind == "kr_old":
        s = rng.choice("MMMMSRGD") + digits(rng, 8)
    elif kind == "kr_new":
        s = rng.choice("MMMMSRGD") + digits(rng, 3) + _L(rng) + digits(rng, 4)
    else:
        c = kind.split("_")[1]
        s = {
            "CN": lambda: rng.choice(["E" + digits(rng, 8), "E" + _L(rng, 1, "ABCDEFGH") + digits(rng, 7)]),
            "VN": lambda: rng.choice("BCN") + digits(rng, 7),
            "JP": lambda: _L(rng, 2, "MTRKE") + digits(rng, 7),
            "US": lambda: rng.choice([digits(rng, 9, True), "A" + digits(rng, 8)]),
            "PH": lambda: "P" + digits(rng, 7) + _L(rng),
            "UZ": lambda: rng.choice(["FA", "AA", "AB"]) + digits(rng, 7),
            "RU": lambda: rng.choice(["72", "75", "76"]) + digits(rng, 7),
            "TH": lambda: _L(rng, 2, "ABSTUVZ") + digits(rng, 7),
            "NP": lambda: "PA" + digits(rng, 7),
            "MN": lambda: "E" + digits(rng, 7),
            "ID": lambda: rng.choice("BCX") + digits(rng, 7),
            "EG": lambda: "A" + digits(rng, 8),
            "BR": lambda: _L(rng, 2, "FGY") + digits(rng, 6),
        }[c]()
        return V("KR_PASSPORT", s, "passport_foreign", c)
    return V("KR_PASSPORT", s, "passport_" + kind, kind)


DL_REGIONS = {"서울": 11, "부산": 12, "경기": 13, "강원": 14, "충북": 15, "충남": 16, "전북": 17,
              "전남": 18, "경북": 19, "경남": 20, "제주": 21, "대구": 22, "인천": 23, "광주": 24,
              "대전": 25, "울산": 26}


def gen_dl(rng, fmt=None):
    reg = rng.choice(sorted(DL_REGIONS))
    code = DL_REGIONS[reg]
    yy = rng.choice([rng.randint(85, 99), rng.randint(0, 25)])
    serial = digits(rng, 6)
    tail = str(rng.randint(0, 9)) + str(rng.choice([0, 0, 0, 1, 1, 2]))
    fmt = fmt or rng.choices(["hyph", "name_sp", "name_nosp", "plain", "spaced", "name_plain"],
                             [40, 15, 10, 20, 8, 7])[0]
    y2 = f"{yy:02d}"
    s = {"hyph": f"{code}-{y2}-{serial}-{tail}", "name_sp": f"{reg} {y2}-{serial}-{tail}",
         "name_nosp": f"{reg}{y2}-{serial}-{tail}", "plain": f"{code}{y2}{serial}{tail}",
         "spaced": f"{code} {y2} {serial} {tail}", "name_plain": f"{reg} {y2}{serial}{tail}"}[fmt]
    return V("KR_DRIVER_LICENSE", s, "dl_region_name" if fmt.startswith("name") else "dl_numeric", fmt,
             extra={"digits": f"{code}{y2}{serial}{tail}"})


CARD_BRANDS = [("visa", ["4"], 16), ("master", ["51", "52", "53", "54", "55", "2221", "2720"], 16),
               ("bc", ["9410", "9420", "9430", "9441", "9460"], 16), ("jcb", ["3528", "3547", "3569"], 16),
               ("amex", ["34", "37"], 15), ("local", ["9490", "9409"], 16)]


def gen_card(rng, brand=None, fmt=None, masked=None):
    b = [x for x in CARD_BRANDS if x[0] == brand][0] if brand else rng.choice(CARD_BRANDS)
    num = luhn_complete(rng, rng.choice(b[1]), b[2])
    masked = (rng.random() < 0.22) if masked is None else masked
    if b[2] == 15:
        groups = [num[:4], num[4:10], num[10:]]
    else:
        groups = [num[i:i + 4] for i in range(0, 16, 4)]
    if masked:
        m = rng.choice(["*", "*", "X", "●"])
        if b[2] == 15:
            groups = [groups[0], groups[1][:2] + m * 4, m * 1 + groups[2][1:]]
        else:
            style = rng.choice(["mid8", "mid6", "mid4"])
            if style == "mid8":
                groups = [groups[0], m * 4, m * 4, groups[3]]
            elif style == "mid6":
                groups = [groups[0], groups[1][:2] + m * 2, m * 4, groups[3]]
            else:
                groups = [groups[0], groups[1], m * 4, groups[3]]
    fmt = fmt or (rng.choice(["dash", "dash", "space"]) if masked else
                  rng.choices(["dash", "space", "plain"], [60, 25, 15])[0])
    sep = {"dash": "-", "space": " ", "plain": ""}[fmt]
    return V("CREDIT_CARD", sep.join(groups), "card_" + b[0] + ("_masked" if masked else ""), fmt,
             extra={"full": num})


BANKS = [  # name variants, groupings, fixed first-group prefixes
    (["KB국민은행", "국민은행", "국민"], ["6-2-6", "3-2-4-3"], []),
    (["신한은행", "신한"], ["3-3-6", "3-2-6"], ["110", "100", "140"]),
    (["우리은행", "우리"], ["4-3-6"], ["1002", "1005"]),
    (["하나은행", "KEB하나은행", "하나"], ["3-6-5"], []),
    (["NH농협은행", "농협은행", "농협"], ["3-4-4-2", "6-2-6"], ["302", "301", "351", "352", "356"]),
    (["IBK기업은행", "기업은행"], ["3-6-2-3"], []),
    (["SC제일은행", "제일은행"], ["3-2-6"], []),
    (["카카오뱅크"], ["4-2-7"], ["3333", "3355"]),
    (["케이뱅크"], ["3-3-6"], ["100", "110"]),
    (["토스뱅크"], ["4-4-4"], ["1000", "1001"]),
    (["우체국", "우체국예금"], ["6-2-6"], []),
    (["새마을금고", "MG새마을금고"], ["4-4-4-1"], ["9002", "9003", "9100"]),
    (["신협"], ["3-3-6"], ["131", "132", "135"]),
    (["부산은행", "BNK부산은행"], ["3-4-4-2"], ["101", "112"]),
    (["iM뱅크", "대구은행"], ["3-2-6-1"], ["508", "504"]),
    (["광주은행"], ["3-3-6"], []),
    (["경남은행", "BNK경남은행"], ["3-2-7"], []),
    (["전북은행"], ["3-2-7"], []),
    (["수협은행", "수협"], ["3-2-6-1"], []),
    (["한국씨티은행", "씨티은행"], ["3-6-3"], []),
]


def gen_account(rng, bank_idx=None, fmt=None):
    bi = rng.randrange(len(BANKS)) if bank_idx is None else bank_idx
    names, groups, prefixes = BANKS[bi]
    g = rng.choice(groups)
    sizes = [int(x) for x in g.split("-")]
    parts = [digits(rng, n) for n in sizes]
    cand = [p for p in prefixes if len(p) == sizes[0]]
    if cand:
        parts[0] = rng.choice(cand)
    fmt = fmt or rng.choices(["hyph", "plain", "space"], [75, 18, 7])[0]
    sep = {"hyph": "-", "plain": "", "space": " "}[fmt]
    bank = rng.choice(names)
    return bank, V("KR_BANK_ACCOUNT", sep.join(parts), "acct_" + g, fmt,
                   extra={"bank": names[0], "grouping": g})


AREA = ["02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055",
        "061", "062", "063", "064"]


def gen_phone(rng, kind="mobile", fmt=None, area=None):
    if kind == "mobile":
        if rng.random() < 0.06:
            pre, mid = rng.choice(["011", "016", "017", "019"]), digits(rng, 3, True)
        else:
            pre, mid = "010", digits(rng, 4, True)
        last = digits(rng, 4)
        fmt = fmt or rng.choices(["hyph", "plain", "space", "dot", "intl", "paren", "intl_sp"],
                                 [62, 12, 8, 5, 5, 4, 4])[0]
        s = {"hyph": f"{pre}-{mid}-{last}", "plain": pre + mid + last, "space": f"{pre} {mid} {last}",
             "dot": f"{pre}.{mid}.{last}", "intl": f"+82-{pre[1:]}-{mid}-{last}",
             "paren": f"({pre}){mid}-{last}", "intl_sp": f"+82 {pre[1:]} {mid} {last}"}[fmt]
        return V("PHONE_NUMBER", s, "phone_mobile", fmt)
    if kind == "070":
        pre = "070"
    else:
        pre = area or rng.choice(AREA)
    mid = digits(rng, rng.choice([3, 4]) if pre != "070" else 4, True)
    if mid[0] in "01":
        mid = rng.choice("23456789") + mid[1:]
    last = digits(rng, 4)
    fmt = fmt or rng.choices(["hyph", "paren", "paren_old", "dot", "space"], [72, 10, 6, 6, 6])[0]
    s = {"hyph": f"{pre}-{mid}-{last}", "paren": f"({pre}) {mid}-{last}",
         "paren_old": f"{pre}){mid}-{last}", "dot": f"{pre}.{mid}.{last}",
         "space": f"{pre} {mid} {last}"}[fmt]
    return V("PHONE_NUMBER", s, {"landline": "phone_landline", "fax": "phone_fax",
                                 "070": "phone_070"}[kind], fmt)


ROM_SUR = ["kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "han", "oh",
           "seo", "shin", "kwon", "hwang", "ahn", "song", "ryu", "hong", "nam", "baek", "ko"]
ROM_SYL = ["min", "su", "ji", "hun", "seo", "yeon", "hyun", "woo", "jun", "ho", "young", "eun",
           "kyung", "jin", "sung", "hee", "dong", "sang", "mi", "jung", "yoon", "tae", "ha", "joo", "sun",
           "na", "ra", "bin", "sol", "yul", "chan", "gyu", "won", "ah"]
WORDS = ["sky", "blue", "sunny", "happy", "star", "moon", "river", "green", "tiger", "lucky", "mint",
         "cloud", "ocean", "apple", "rain", "forest"]
MAIL_PERSONAL = ["naver.com", "gmail.com", "daum.net", "hanmail.net", "kakao.com", "nate.com",
                 "outlook.com", "hotmail.com", "icloud.com", "yahoo.co.kr"]


def gen_email(rng, kind="personal", domain=None):
    a, b = rng.choice(ROM_SUR), rng.choice(ROM_SYL) + rng.choice(ROM_SYL)
    style = rng.randrange(6)
    if style == 0:
        local = f"{b}.{a}"
    elif style == 1:
        local = f"{a}{b}{rng.randint(1, 99):02d}"
    elif style == 2:
        local = f"{rng.choice(WORDS)}{rng.randint(10, 9999)}"
    elif style == 3:
        local = f"{a[0]}{b}_{rng.randint(70, 99)}"
    elif style == 4:
        local = f"{a}.{b}{rng.randint(1, 9)}"
    else:
        local = f"{b}{a}"
    if kind == "personal":
        dom = domain or rng.choice(MAIL_PERSONAL)
    elif kind == "official":
        dom = domain or rng.choice(["korea.kr", "korea.kr", "korea.kr"])
    else:
        dom = domain or "example-firm.co.kr"
    return V("EMAIL_ADDRESS", f"{local}@{dom}", "email_" + kind, "plain")


SIDO = [
    ("서울특별시", "서울", "종로구 중구 용산구 성동구 광진구 동대문구 중랑구 성북구 강북구 도봉구 노원구 은평구 서대문구 마포구 양천구 강서구 구로구 금천구 영등포구 동작구 관악구 서초구 강남구 송파구 강동구"),
    ("부산광역시", "부산", "중구 서구 동구 영도구 부산진구 동래구 남구 북구 해운대구 사하구 금정구 강서구 연제구 수영구 사상구 기장군"),
    ("대구광역시", "대구", "중구 동구 서구 남구 북구 수성구 달서구 달성군"),
    ("인천광역시", "인천", "중구 동구 미추홀구 연수구 남동구 부평구 계양구 서구 강화군"),
    ("광주광역시", "광주", "동구 서구 남구 북구 광산구"),
    ("대전광역시", "대전", "동구 중구 서구 유성구 대덕구"),
    ("울산광역시", "울산", "중구 남구 동구 북구 울주군"),
    ("세종특별자치시", "세종", ""),
    ("경기도", "경기", "수원시_팔달구 수원시_영통구 성남시_분당구 고양시_일산동구 용인시_수지구 부천시 안산시_단원구 안양시_동안구 남양주시 화성시 평택시 의정부시 시흥시 파주시 김포시 광명시 군포시 하남시 오산시 이천시 양주시 구리시 안성시 포천시 의왕시 여주시 양평군 과천시 가평군"),
    ("강원특별자치도", "강원", "춘천시 원주시 강릉시 동해시 속초시 삼척시 홍천군 횡성군 평창군 정선군 철원군 인제군 양양군"),
    ("충청북도", "충북", "청주시_상당구 청주시_흥덕구 충주시 제천시 보은군 옥천군 영동군 진천군 괴산군 음성군 단양군"),
    ("충청남도", "충남", "천안시_동남구 천안시_서북구 공주시 보령시 아산시 서산시 논산시 당진시 금산군 부여군 홍성군 예산군 태안군"),
    ("전북특별자치도", "전북", "전주시_완산구 전주시_덕진구 군산시 익산시 정읍시 남원시 김제시 완주군 무주군 고창군 부안군"),
    ("전라남도", "전남", "목포시 여수시 순천시 나주시 광양시 담양군 곡성군 고흥군 보성군 화순군 해남군 영암군 무안군 완도군"),
    ("경상북도", "경북", "포항시_남구 포항시_북구 경주시 김천시 안동시 구미시 영주시 영천시 상주시 문경시 경산시 의성군 청도군 칠곡군 예천군 울진군"),
    ("경상남도", "경남", "창원시_의창구 창원시_성산구 진주시 통영시 사천시 김해시 밀양시 거제시 양산시 함안군 창녕군 남해군 하동군 거창군"),
    ("제주특별자치도", "제주", "제주시 서귀포시"),
]
ROAD_STEMS = ["새솔", "한빛", "솔매", "느티나무", "물푸레", "달빛", "버들", "청솔", "노을", "가온", "미리내",
              "새봄", "해오름", "다솜", "푸른솔", "별빛", "햇살", "꽃뫼", "늘푸른", "반딧불", "참나무",
              "솔바람", "모란", "향나무", "단풍", "들꽃", "샘터", "시루", "돌담", "오동", "은행골", "매화",
              "갈대", "꽃내음", "두레", "너울", "마루", "온누리", "한울", "바우"]
DONG_STEMS = ["가람", "한들", "서창", "신촌", "구암", "도화", "매곡", "상리", "하리", "송정", "신흥", "덕암",
              "용산", "봉곡", "석교", "대야", "금곡", "학산", "평리", "월암"]
APTS = ["한빛아파트", "푸른마을3단지", "새솔빌라", "다온하이츠", "청솔타운", "느티마을아파트", "해오름맨션",
        "가람리버뷰", "별빛그린빌", "솔숲주공2단지"]


def _sigungu(rng, sido):
    lst = sido[2].split()
    return rng.choice(lst).replace("_", " ") if lst else ""


def gen_address(rng, kind=None, start=None, unit=None, sido_idx=None):
    sido = SIDO[rng.randrange(len(SIDO))] if sido_idx is None else SIDO[sido_idx]
    kind = kind or rng.choices(["road", "jibun"], [72, 28])[0]
    start = start or rng.choices(["sido_full", "sido_short", "sigungu"], [60, 22, 18])[0]
    sgg = _sigungu(rng, sido)
    if not sgg and start == "sigungu":
        start = "sido_full"
    head = {"sido_full": sido[0], "sido_short": sido[1], "sigungu": ""}[start]
    pieces = [x for x in [head, sgg] if x]
    dong = rng.choice(DONG_STEMS)
    if kind == "road":
        if sido[0].startswith("경기") or sido[0].endswith("도"):
            if rng.random() < 0.25:
                pieces.append(rng.choice(DONG_STEMS) + rng.choice(["읍", "면"]))
        road = rng.choice(ROAD_STEMS) + rng.choice(["로", "로", "길", "대로"])
        if rng.random() < 0.3:
            road += f" {rng.randint(1, 90)}번길"
        bno = str(rng.randint(1, 480))
        if rng.random() < 0.15:
            bno += f"-{rng.randint(1, 30)}"
        pieces += [road, bno]
        body = " ".join(pieces)
        unit_kind = unit if unit is not None else rng.choices(["apt", "floor", "none", "room", "floor_only"],
                                                              [35, 15, 30, 10, 10])[0]
        u = {"apt": f", {rng.randint(101, 125)}동 {rng.randint(1, 25)}{rng.randint(1, 6):02d}호",
             "floor": f", {rng.randint(2, 12)}층 {rng.randint(2, 12)}{rng.randint(1, 9):02d}호",
             "room": f", {rng.randint(1, 5)}{rng.randint(1, 9):02d}호",
             "floor_only": f" {rng.randint(2, 15)}층", "none": ""}[unit_kind]
        s = body + u
        paren = f"({dong}동" + (f", {rng.choice(APTS)})" if unit_kind == "apt" else ")")
        sub = "addr_road_" + start
    else:
        if sido[0].endswith("도") and rng.random() < 0.6:
            pieces += [dong + rng.choice(["읍", "면"]), rng.choice(DONG_STEMS) + "리"]
        else:
            pieces.append(dong + "동")
        lot = rng.choice([f"{rng.randint(1, 999)}-{rng.randint(1, 40)}", f"{rng.randint(1, 999)}번지",
                          f"산 {rng.randint(1, 120)}-{rng.randint(1, 9)}", str(rng.randint(1, 1500))])
        pieces.append(lot)
        unit_kind = unit if unit is not None else rng.choices(["apt", "none", "room"], [40, 45, 15])[0]
        if unit_kind == "apt" and not lot.startswith("산"):
            pieces.append(f"{rng.choice(APTS)} {rng.randint(101, 120)}동 {rng.randint(1, 20)}{rng.randint(1, 4):02d}호")
        elif unit_kind == "room":
            pieces.append(f"{rng.randint(1, 3)}층")
        s = " ".join(pieces)
        paren = None
        sub = "addr_jibun_" + start
    postal = f"{rng.randint(1, 63):02d}{rng.randint(0, 999):03d}"
    return V("KR_ADDRESS", s, sub, kind, extra={"postal": postal, "paren": paren})


def addr_parts(rng, v, postal=None, paren=None, neg_cat=None):
    """[postal code] address [(dong, apt)] -- the address V, or an N if neg_cat is given."""
    postal = rng.random() < 0.35 if postal is None else postal
    paren = (rng.random() < 0.5) if paren is None else paren
    out = []
    if postal:
        pf = rng.choice(["({})", "[{}]", "우 {}", "우){}", "({})"])
        out += [N(pf.format(v.extra["postal"]), "postal_code"), " "]
    out.append(N(v.s, neg_cat) if neg_cat else v)
    if paren and v.extra.get("paren"):
        out.append(" " + v.extra["paren"])
    return out


def gen_hi(rng, fmt=None):
    num = rng.choice("1234567") + digits(rng, 10)
    fmt = fmt or rng.choices(["plain", "hyph1", "space"], [70, 22, 8])[0]
    s = {"plain": num, "hyph1": num[0] + "-" + num[1:], "space": num[:4] + " " + num[4:]}[fmt]
    return V("KR_HEALTH_INSURANCE", s, "hi_11digit", fmt, extra={"digits": num})


def gen_brn(rng, kind=None, fmt=None, mid=None):
    kind = kind or rng.choice(["corp", "indiv"])
    if mid is None:
        mid = rng.choice(["81", "86", "87", "88", "85"]) if kind == "corp" else f"{rng.randint(1, 79):02d}"
    body = f"{rng.randint(101, 899)}{mid}{digits(rng, 4)}"
    full = body + str(brn_check(body))
    fmt = fmt or rng.choices(["hyph", "plain", "space"], [80, 14, 6])[0]
    s = {"hyph": f"{full[:3]}-{full[3:5]}-{full[5:]}", "plain": full,
         "space": f"{full[:3]} {full[3:5]} {full[5:]}"}[fmt]
    return V("KR_BRN", s, "brn_" + kind, fmt, extra={"digits": full})


CRN_OFFICES = ["1101", "1101", "1201", "1301", "1345", "1350", "1358", "1401", "1501", "1601", "1701",
               "1801", "1901", "2001", "2101", "1711", "1311", "2201"]


def gen_crn(rng, kind="11", fmt=None):
    body = rng.choice(CRN_OFFICES) + kind + digits(rng, 6)
    full = body + str(crn_check(body))
    fmt = fmt or rng.choices(["hyph", "plain", "sp_hyph"], [82, 12, 6])[0]
    return V("KR_CRN", _join13(full[:6], full[6:], fmt), "crn_" + kind, fmt, extra={"digits": full})


PLATE_PRIV = list("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주")
PLATE_REG = ["서울", "부산", "경기", "인천", "대구", "광주", "대전", "울산", "강원", "충북", "충남",
             "전북", "전남", "경북", "경남", "제주", "세종"]


def gen_plate(rng, kind=None):
    kind = kind or rng.choices(["2d", "3d", "region", "commercial", "nospace", "rental"],
                               [25, 30, 12, 13, 12, 8])[0]
    n4 = digits(rng, 4, True)
    if kind == "2d":
        s = f"{rng.randint(10, 99)}{rng.choice(PLATE_PRIV)} {n4}"
    elif kind == "3d":
        s = f"{rng.randint(100, 699)}{rng.choice(PLATE_PRIV)} {n4}"
    elif kind == "region":
        s = f"{rng.choice(PLATE_REG)} {rng.randint(10, 99)}{rng.choice(PLATE_PRIV)} {n4}"
    elif kind == "commercial":
        s = f"{rng.choice(PLATE_REG)} {rng.randint(10, 99)}{rng.choice('바사아자배')} {n4}"
    elif kind == "nospace":
        s = f"{rng.randint(10, 699)}{rng.choice(PLATE_PRIV)}{n4}"
    else:
        s = f"{rng.randint(10, 699)}{rng.choice('하허호')} {n4}"
    return V("KR_VEHICLE_PLATE", s, "plate_" + kind, kind)


def gen_ip(rng, kind=None):
    kind = kind or rng.choices(["public", "private", "ipv6"], [55, 35, 10])[0]
    if kind == "private":
        s = rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                        f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                        f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"])
    elif kind == "public":
        while True:
            a = rng.randint(1, 223)
            if a not in (10, 127, 172, 192, 100, 169):
                break
        s = f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    else:
        s = rng.choice(["2001", "2406", "2404", "240e"]) + ":" + ":".join(f"{rng.randint(0, 65535):x}" for _ in range(3)) + "::" + f"{rng.randint(1, 4095):x}"
    return V("IP_ADDRESS", s, "ip_" + kind, kind)


# ---------------------------------------------------------------------------
# institutions (invented addresses and numbers) and hard-negative generators
# ---------------------------------------------------------------------------
INST_BASE = [  # name, head (office title), domain, kind, sido index, sigungu, departments
    ("행정안전부", "행정안전부장관", "mois.go.kr", "central", 7, "", "디지털정부정책과 개인정보보호정책과 주민과 운영지원과"),
    ("국세청", "국세청장", "nts.go.kr", "central", 7, "", "납세자보호담당관 법인세과 부가가치세과 운영지원과"),
    ("보건복지부", "보건복지부장관", "mohw.go.kr", "central", 7, "", "기초생활보장과 아동복지정책과 보험정책과 운영지원과"),
    ("교육부", "교육부장관", "moe.go.kr", "central", 7, "", "학생건강정책과 교원정책과 운영지원과"),
    ("법무부", "법무부장관", "moj.go.kr", "central", 8, "과천시", "체류관리과 국적과 외국인정책과"),
    ("국토교통부", "국토교통부장관", "molit.go.kr", "central", 7, "", "자동차정책과 주택정책과 운영지원과"),
    ("고용노동부", "고용노동부장관", "moel.go.kr", "central", 7, "", "근로감독기획과 고용서비스정책과"),
    ("서울특별시 마포구", "마포구청장", "mapo.go.kr", "local", 0, "마포구", "민원여권과 복지정책과 교통행정과 세무1과 총무과"),
    ("서울특별시 노원구", "노원구청장", "nowon.kr", "local", 0, "노원구", "민원여권과 생활보장과 주차관리과 총무과"),
    ("부산광역시 해운대구", "해운대구청장", "haeundae.go.kr", "local", 1, "해운대구", "민원여권과 복지정책과 교통행정과"),
    ("경기도 수원시", "수원시장", "suwon.go.kr", "local", 8, "수원시 팔달구", "민원봉사과 복지정책과 차량등록사업소 총무과"),
    ("경기도 화성시", "화성시장", "hscity.go.kr", "local", 8, "화성시", "민원지적과 복지정책과 교통정책과"),
    ("충청남도 아산시", "아산시장", "asan.go.kr", "local", 11, "아산시", "민원토지과 사회복지과 교통행정과"),
    ("전라남도 순천시", "순천시장", "suncheon.go.kr", "local", 13, "순천시", "민원과 주민복지과 교통과"),
    ("경상북도 안동시", "안동시장", "andong.go.kr", "local", 14, "안동시", "민원지적과 복지정책과 교통행정과"),
    ("강원특별자치도 춘천시", "춘천시장", "chuncheon.go.kr", "local", 9, "춘천시", "민원과 복지정책과 교통과"),
    ("제주특별자치도", "제주특별자치도지사", "jeju.go.kr", "local", 16, "제주시", "도민안전실 복지정책과 총무과"),
    ("서울특별시교육청", "서울특별시교육감", "sen.go.kr", "edu", 0, "종로구", "학생생활교육과 총무과 교육정책과"),
    ("경기도교육청", "경기도교육감", "goe.go.kr", "edu", 8, "수원시 영통구", "학생생활인권과 총무과"),
    ("서울마포경찰서", "서울마포경찰서장", "smpa.go.kr", "police", 0, "마포구", "교통과 수사과 경무과"),
    ("부산해운대경찰서", "부산해운대경찰서장", "bspolice.go.kr", "police", 1, "해운대구", "교통과 수사과 경무과"),
    ("수원남부소방서", "수원남부소방서장", "gg.go.kr", "fire", 8, "수원시 영통구", "119구급대 예방안전과 대응총괄과"),
    ("국민건강보험공단", "국민건강보험공단 이사장", "nhis.or.kr", "agency", 9, "원주시", "자격부과실 급여관리실 고객지원실"),
    ("근로복지공단", "근로복지공단 이사장", "comwel.or.kr", "agency", 6, "중구", "보험가입부 재활보상부"),
    ("도로교통공단", "도로교통공단 이사장", "koroad.or.kr", "agency", 9, "원주시", "운전면허본부 교통안전처"),
    ("중앙행정심판위원회", "중앙행정심판위원회 위원장", "simpan.go.kr", "central", 7, "", "행정심판총괄과 재결관리과"),
    ("감사원", "감사원장", "bai.go.kr", "central", 0, "종로구", "공공기관감사국 지방행정감사국"),
    ("서울특별시 보라매병원", "병원장", "brmh.org", "hospital", 0, "동작구", "원무팀 응급의학과 의무기록팀"),
    ("○○대학교병원", "병원장", "hosp.ac.kr", "hospital", 10, "청주시 흥덕구", "원무팀 의무기록팀"),
]
SWITCH_SUFFIX = ["2114", "1000", "0114", "8000", "3114", "5114", "2000"]
CALL_PREFIX = ["1588", "1577", "1600", "1544", "1644", "1566", "1661", "1899"]
SHORT_CODES = ["110", "120", "126", "1345", "1350", "1355", "182", "112", "119"]


def _build_inst():
    r = random.Random(PREFIX + "|institutions")
    out = []
    for name, head, dom, kind, si, sgg, depts in INST_BASE:
        sido = SIDO[si]
        road = r.choice(ROAD_STEMS) + r.choice(["로", "대로", "길"])
        parts = [sido[0]] + ([sgg] if sgg else []) + [road, str(r.randint(1, 400))]
        if kind == "central" and si == 7:
            parts.append(f"정부세종청사 {r.randint(1, 16)}동")
        area = {0: "02", 1: "051", 6: "052", 7: "044", 8: "031", 9: "033", 10: "043", 11: "041",
                13: "061", 14: "054", 16: "064"}[si]
        tel = f"{area}-{r.randint(200, 899)}-{r.choice(SWITCH_SUFFIX)}"
        call = f"{r.choice(CALL_PREFIX)}-{r.randint(1000, 9999)}"
        out.append(dict(name=name, head=head, domain=dom, kind=kind, addr=" ".join(parts),
                        post=f"{r.randint(1, 63):02d}{r.randint(0, 999):03d}", tel=tel, call=call,
                        depts=depts.split(), area=area,
                        brn=None))
    for it in out:   # the institution's own 고유번호 (non-profit 82/83 code)
        body = f"{r.randint(101, 899)}83{r.randint(0, 9999):04d}"
        it["brn"] = f"{body[:3]}-{body[3:5]}-{body[5:]}{brn_check(body)}"
    return out


INST = _build_inst()
INST_TELS = {i["tel"] for i in INST} | {i["call"] for i in INST}
INST_ADDRS = {i["addr"] for i in INST}


def pick_inst(rng, kinds=None):
    c = [i for i in INST if kinds is None or i["kind"] in kinds]
    return rng.choice(c)


COMPANY_STEMS = ["한빛", "다온", "새솔", "가람", "푸른솔", "미래누리", "온새미", "해오름", "청담", "누리", "바른",
                 "대한", "동방", "세움", "이음", "나래", "한결", "든든"]
COMPANY_TAILS = ["엔지니어링", "테크", "건설", "산업", "시스템즈", "정보통신", "컨설팅", "환경", "물산", "디자인",
                 "에너지", "소프트", "상사", "종합건설", "푸드"]


def company(rng):
    n = rng.choice(COMPANY_STEMS) + rng.choice(COMPANY_TAILS)
    form = rng.choice(["(주){}", "주식회사 {}", "{}(주)", "㈜{}", "{} 주식회사", "유한회사 {}", "{}"])
    return form.format(n)


def neg_company(rng):
    return N(company(rng), "company_name")


def neg_docnum(rng, inst=None):
    dept = rng.choice(inst["depts"]) if inst else rng.choice(["운영지원과", "민원여권과", "복지정책과"])
    f = rng.choice(["{d}-{n}", "{d}-{n}", "{d} 제{n}호", "부가{a}-{b}", "서면-{y}-법인-{n}",
                    "{short}{a}-{b}"])
    return N(f.format(d=dept, n=rng.randint(101, 99999), a=rng.randint(22600, 46099),
                      b=rng.randint(11, 9999), y=rng.randint(2015, 2026),
                      short=rng.choice(["행정", "감사", "인사", "총무"])), "document_number")


CASE_KINDS = {"civil": ["가단", "가합", "가소", "나"], "admin": ["구합", "구단", "누", "두"], "crim": ["고단", "고합", "고약", "노", "도"],
              "other": ["조심", "중앙행심", "재결", "형제"]}


def neg_case(rng, group=None):
    y = rng.randint(2012, 2026)
    group = group or rng.choice(sorted(CASE_KINDS))
    k = rng.choice(CASE_KINDS[group])
    if k == "조심":
        f = f"조심 {y}서{rng.randint(100, 9999)}"
    elif k == "중앙행심":
        f = f"중앙행심 제{y}-{rng.randint(1000, 29999)}호"
    elif k == "형제":
        f = f"{y}형제{rng.randint(1000, 99999)}호"
    else:
        f = f"{y}{k}{rng.randint(100, 999999 if k == '가단' else 99999)}"
    return N(f, "case_number")


LAWS = ["개인정보 보호법", "주민등록법", "여권법", "도로교통법", "출입국관리법", "공공기관의 정보공개에 관한 법률",
        "국민건강보험법", "소득세법", "부가가치세법", "국민기초생활 보장법", "지방공무원법", "국가공무원법",
        "민원 처리에 관한 법률", "행정심판법", "근로기준법", "자동차관리법", "초·중등교육법", "119구조·구급에 관한 법률"]


def neg_statute(rng, laws=None):
    law = rng.choice(laws or LAWS)
    art = f"제{rng.randint(2, 60)}조"
    if rng.random() < 0.6:
        art += rng.choice(["", " "]) + f"제{rng.randint(1, 5)}항"
    if rng.random() < 0.3:
        art += rng.choice(["", " "]) + f"제{rng.randint(1, 9)}호"
    f = rng.choice(["「{l}」 {a}", "「{l}」 {a}", "「{l} 시행령」 {a}", "「{l} 시행규칙」 {a}", "같은 법 {a}",
                    "{l} {a}", "「{l}」 {a} 및 같은 법 시행령 제{k}조"])
    return N(f.format(l=law, a=art, k=rng.randint(2, 40)), "statute_citation")


AMOUNT_RANGES = {"fee": (1, 300, 100), "fine": (2, 20, 10000), "small": (10, 3500, 1000), "mid": (100, 9000, 10000),
                 "large": (1000, 200000, 10000)}


def neg_amount(rng, kind=None):
    if kind:
        lo, hi, step = AMOUNT_RANGES[kind]
        v = rng.randint(lo, hi) * step
        if kind in ("small", "mid") and rng.random() < 0.3:
            v += rng.randint(1, 99) * 10
    else:
        v = rng.choice([rng.randint(1, 999) * 1000, rng.randint(1, 9999) * 10000, rng.randint(1000, 99999999)])
    f = rng.choice(["{:,}원", "금{:,}원", "₩{:,}", "{:,} 원", "{:,}원정"])
    return N(f.format(v), "amount")


def neg_receipt(rng):
    f = rng.choice([f"{rng.randint(1, 9)}AA-{rng.randint(2001, 2612)}-{rng.randint(0, 9999999):07d}",
                    f"{rng.randint(2020, 2026)}-{rng.randint(0, 9999999):07d}",
                    f"제{rng.randint(2019, 2026)}-{rng.randint(1, 99999)}호",
                    f"{rng.randint(2019, 2026)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-{rng.randint(1, 9999):04d}"])
    return N(f, "receipt_number")


def neg_public_id(rng):
    f = rng.choice([f"0{rng.randint(31, 64)}-{rng.randint(2015, 2026)}-{rng.randint(1000, 9999)}",
                    f"{rng.randint(2022, 2026)}{rng.randint(1, 12):02d}{rng.randint(10000, 99999)}-00",
                    f"{rng.randint(1101, 4899)}-{rng.randint(2015, 2026)}-{rng.randint(0, 999999):06d}",
                    f"{rng.randint(11110, 50130)}-{rng.randint(100, 999)}-{rng.randint(10000, 99999)}",
                    f"R{rng.randint(24, 26)}BK{rng.randint(0, 99999999):08d}"])
    return N(f, "public_record_id")


def neg_docverify(rng):
    while True:
        s = "-".join(f"{rng.randint(0, 9999):04d}" for _ in range(4))
        if not luhn_ok(s.replace("-", "")):
            return N(s, "document_number")


def neg_placeholder(rng, pool=None):
    return N(rng.choice(pool or PLACEHOLDER_PERSONS), "placeholder_person")


def neg_office(rng, inst=None):
    inst = inst or pick_inst(rng)
    return N(inst["head"], "official_by_office")


NAME_SHAPED = {"name_shaped_place": ["정선", "강진", "진주", "김포", "이천", "하남", "남원", "문경", "안성", "고성",
                                     "양평", "홍천", "서천", "한남동", "신정동"],
               "name_shaped_common": ["이사", "조정", "강화", "정원", "한계", "문서", "주문", "조사", "박람회", "유지",
                                      "고시", "공정", "안전", "신청", "우수"],
               "name_shaped_product": ["한라봉", "진로", "백설", "하이트", "한우", "한라", "고려"]}


def neg_version(rng):
    return N(rng.choice([f"10.0.{rng.randint(17000, 22631)}.{rng.randint(100, 4000)}",
                         f"{rng.randint(1, 12)}.{rng.randint(0, 9)}.{rng.randint(0, 99)}.{rng.randint(0, 999)}",
                         f"v{rng.randint(1, 5)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}"]), "version_number")


def neg_userid(rng):
    return N(rng.choice([f"u{rng.randint(10000, 99999)}", f"admin{rng.randint(1, 30):02d}",
                         f"op_{rng.randint(100, 999)}", f"EMP{rng.randint(100000, 999999)}"]), "user_id")


def neg_switch(rng, inst, label=True):
    r = rng.random()
    if r < 0.55:
        return [rng.choice(["대표전화 ", "대표번호 ", "☎ 대표 ", "(대표) ", "대표 "]) if label else "",
                N(inst["tel"], "institution_switchboard")]
    if r < 0.85:
        return [rng.choice(["콜센터 ", "고객센터 ", "상담센터 ", ""]), N(inst["call"], "institution_switchboard")]
    code = rng.choice(SHORT_CODES)
    return [rng.choice(["정부민원안내콜센터(", "국번 없이 ", "☎ "]), N(code, "institution_switchboard"),
            ")" if "(" in "정부민원안내콜센터(" else ""]


def neg_inst_email(rng, inst):
    return N(rng.choice(["minwon", "help", "privacy", "webmaster", "foi", "info"]) + "@" + inst["domain"],
             "institution_email")


def inst_addr_parts(rng, inst, postal=True):
    out = []
    if postal:
        out += [rng.choice(["우 ", "(우)", "우편번호 ", ""]), N(inst["post"], "postal_code"), " "]
    out.append(N(inst["addr"], "institution_address"))
    return out


# ---------------------------------------------------------------------------
# document builder
# ---------------------------------------------------------------------------
class Doc:
    def __init__(self, rng):
        self.rng = rng
        self.segs = []          # [kind, payload]; kind in t / s / n
        self.layout = []

    def t(self, *parts):
        for p in parts:
            if p is None or p == "":
                continue
            if isinstance(p, str):
                self.segs.append(["t", p])
            elif isinstance(p, V):
                self.segs.append(["s", p.copy()])
            elif isinstance(p, N):
                self.segs.append(["n", N(p.s, p.cat)])
            elif isinstance(p, (list, tuple)):
                self.t(*p)
            else:
                raise TypeError(repr(p))
        return self

    def lay(self, *tags):
        for tag in tags:
            if tag not in self.layout:
                self.layout.append(tag)

    @staticmethod
    def seg_text(seg):
        return seg[1] if seg[0] == "t" else seg[1].s

    def text(self):
        return "".join(self.seg_text(s) for s in self.segs)

    def render(self):
        pos, text, spans, negs = 0, [], [], []
        for seg in self.segs:
            s = self.seg_text(seg)
            if seg[0] == "s":
                spans.append((pos, pos + len(s), seg[1]))
            elif seg[0] == "n":
                negs.append((pos, pos + len(s), seg[1]))
            text.append(s)
            pos += len(s)
        return "".join(text), spans, negs


# ---------------------------------------------------------------------------
# noise
# ---------------------------------------------------------------------------
CONF = {"0": "O", "1": "lI", "5": "S", "8": "B"}
ODD_HYPHENS = ["‐", "－", "–", "—", "―", "‑"]


def _fw(s):
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() and c.isascii() else c for c in s)


def op_confusable(s, rng):
    idx = [i for i, c in enumerate(s) if c in CONF]
    if not idx:
        return None
    for i in rng.sample(idx, min(len(idx), rng.choice([1, 1, 2]))):
        s = s[:i] + rng.choice(CONF[s[i]]) + s[i + 1:]
    return s


def op_fullwidth(s, rng):
    t = _fw(s)
    if rng.random() < 0.5:
        t = t.replace("-", "－")
    return t if t != s else None


def op_hyphen(s, rng):
    if "-" not in s:
        return None
    return s.replace("-", rng.choice(ODD_HYPHENS))


def _interior(s, ok):
    return [i for i in range(1, len(s)) if ok(s, i)]


def op_space(s, rng):
    pos = _interior(s, lambda s, i: s[i - 1] not in " \n" and s[i] not in " \n"
                    and (s[i - 1].isalnum() or s[i].isalnum()))
    if not pos:
        return None
    i = rng.choice(pos)
    return s[:i] + " " + s[i:]


def op_newline(s, rng):
    hy = [i + 1 for i, c in enumerate(s[:-1]) if c in "-." and i > 0]
    sp = [i for i, c in enumerate(s) if c == " " and 0 < i < len(s) - 1]
    if sp and rng.random() < 0.5:
        i = rng.choice(sp)
        return s[:i] + "\n" + s[i + 1:]
    if hy:
        i = rng.choice(hy)
        return s[:i] + "\n" + s[i:]
    pos = _interior(s, lambda s, i: s[i - 1] not in " \n" and s[i] not in " \n")
    if not pos:
        return None
    i = rng.choice(pos)
    return s[:i] + "\n" + s[i:]


def op_lost_bracket(s, rng):
    if "(" in s:
        return s.replace("(", "", 1)
    if ")" in s[1:]:
        return s.replace(")", "", 1)
    return None


def op_name_wrap(s, rng):
    if " " in s:
        i = rng.choice([i for i, c in enumerate(s) if c == " "])
        return s[:i] + "\n" + s[i + 1:]
    if len(s) < 2:
        return None
    i = rng.randint(1, len(s) - 1)
    return s[:i] + "\n" + s[i:]


def op_email_space(s, rng):
    pos = [i for i, c in enumerate(s) if c in "@."]
    i = rng.choice(pos)
    return s[:i] + rng.choice([" ", ""]) + s[i] + " " + s[i + 1:] if s[i] == "@" else s[:i] + " " + s[i:]


def op_fw_at(s, rng):
    return s.replace("@", "＠")


NUMERIC_OPS = [("confusable", op_confusable, 3), ("fullwidth_digits", op_fullwidth, 2),
               ("unicode_hyphen", op_hyphen, 2), ("space_in_number", op_space, 2),
               ("newline_in_number", op_newline, 2), ("lost_bracket", op_lost_bracket, 1)]
TYPE_OPS = {
    "PERSON": [("spaced_name", None, 3), ("wrapped", op_name_wrap, 2)],
    "KR_ADDRESS": [("wrapped", op_newline, 4), ("fullwidth_digits", op_fullwidth, 1),
                   ("confusable", op_confusable, 1)],
    "EMAIL_ADDRESS": [("space_in_value", op_email_space, 2), ("fullwidth_symbol", op_fw_at, 1),
                      ("confusable", op_confusable, 1)],
    "DATE_OF_BIRTH": [("confusable", op_confusable, 3), ("fullwidth_digits", op_fullwidth, 2),
                      ("space_in_number", op_space, 2), ("newline_in_number", op_newline, 1)],
}


def noisify(v, rng, forbid=()):
    ops = [o for o in TYPE_OPS.get(v.typ, NUMERIC_OPS) if o[0] not in forbid]
    if not ops:
        return v
    for _ in range(6):
        tag, fn, _w = rng.choices(ops, [o[2] for o in ops])[0]
        if tag == "spaced_name":
            nv = spaced_name(v)
            if nv is not v:
                return nv
            continue
        s = fn(v.s, rng)
        if s and s != v.s and s.strip() == s:
            return v.copy(s, tag)
    return v


def canon(s):
    s = "".join(unicodedata.normalize("NFKC", c) for c in s)
    for h in ODD_HYPHENS:
        s = s.replace(h, "-")
    s = s.translate(str.maketrans({"O": "0", "l": "1", "I": "1", "S": "5", "B": "8"}))
    return re.sub(r"[\s()]", "", s)


def hardwrap(d, rng, width, span_prob=0.0):
    """Wrap lines at about `width` characters; a span crossing the margin is split with
    probability span_prob (tag wrapped / newline_in_number)."""
    col = 0
    for seg in d.segs:
        if seg[0] == "t":
            out = []
            for ch in seg[1]:
                if ch == "\n":
                    col = 0
                    out.append(ch)
                elif ch == " " and col >= width:
                    out.append("\n")
                    col = 0
                else:
                    out.append(ch)
                    col += 1
            seg[1] = "".join(out)
        else:
            s = seg[1].s
            if seg[0] == "s" and col + len(s) > width + 4 and len(s) > 5 and rng.random() < span_prob \
                    and "\n" not in s:
                v = seg[1]
                if v.typ == "PERSON":
                    ns = op_name_wrap(s, rng)
                    tag = "wrapped"
                elif v.typ in ("KR_ADDRESS", "DATE_OF_BIRTH"):
                    ns, tag = op_newline(s, rng), "wrapped"
                else:
                    ns, tag = op_newline(s, rng), "newline_in_number"
                if ns and ns.strip() == ns:
                    seg[1] = v.copy(ns, tag)
                    s = ns
            if "\n" in s:
                col = len(s) - s.rindex("\n") - 1
            else:
                col += len(s)


def ocr_plain(s, rng):
    out = []
    for ch in s:
        r = rng.random()
        if ch in CONF and r < 0.05:
            out.append(rng.choice(CONF[ch]))
        elif ch in "()「」『』[]" and r < 0.3:
            out.append({"「": "[", "」": "]"}.get(ch, "") if r < 0.1 else "")
        elif ch == "·" and r < 0.5:
            out.append(".")
        elif ch == " " and r < 0.03:
            out.append("  ")
        elif "\uac00" <= ch <= "\ud7a3" and r < 0.008:
            out.append(ch + " ")
        else:
            out.append(ch)
    return "".join(out)


def ocr_render(d, rng, span_p=0.5):
    for seg in d.segs:
        if seg[0] == "t":
            seg[1] = ocr_plain(seg[1], rng)
        elif seg[0] == "n":
            if rng.random() < 0.15:
                ns = op_confusable(seg[1].s, rng) if rng.random() < 0.6 else op_fullwidth(seg[1].s, rng)
                if ns:
                    seg[1].s = ns
        else:
            if rng.random() < span_p:
                seg[1] = noisify(seg[1], rng)
                if rng.random() < 0.15:
                    seg[1] = noisify(seg[1], rng, forbid=tuple(seg[1].noise))
    hardwrap(d, rng, rng.randint(30, 52), span_prob=0.3)
    d.lay("ocr_scan")


# ---------------------------------------------------------------------------
# layout helpers (running heads, page numbers, sign-off blocks, grids, tables)
# ---------------------------------------------------------------------------
def has_batchim(w):
    c = w[-1]
    if "\uac00" <= c <= "\ud7a3":
        return (ord(c) - 0xAC00) % 28 != 0
    return c in "0136781LMNRlmnr"


def josa(w, a, b):
    return a if has_batchim(w) else b


def nm(v, particle=None):
    """name followed by a particle chosen from its last syllable (span = name only)."""
    if particle is None:
        return [v]
    pairs = {"은": ("은", "는"), "이": ("이", "가"), "을": ("을", "를"), "과": ("과", "와"),
             "으로": ("으로", "로"), "이다": ("이다", "다")}
    if particle in pairs:
        base = v.s
        return [v, josa(base, *pairs[particle])]
    return [v, particle]


def spaced_label(rng, label, p=0.3):
    if len(label) <= 4 and " " not in label and rng.random() < p:
        return (" " if len(label) > 2 else "   ").join(label)
    return label


PAGE_FMTS = ["- {p} -", "{p} / {t}", "페이지 {p} / {t}", "― {p} ―", "({p}쪽 중 {p}쪽)", "- {p} / {t} -", "{p}",
             "Page {p} of {t}"]


def page_mark(fmt, p, t):
    s = fmt.format(p=p, t=t)
    if "쪽 중" in fmt:
        s = f"({t}쪽 중 {p}쪽)"
    return s


def running_head(rng, inst=None, title=None):
    r = rng.random()
    if r < 0.3 and inst:
        return [inst["name"], " " * rng.randint(2, 8), title or ""]
    if r < 0.5:
        return [rng.choice(["공개구분: ", "공개여부: "]), rng.choice(["부분공개(6)", "공개", "비공개(5)", "부분공개"])]
    if r < 0.7:
        return ["문서확인번호 ", neg_docverify(rng)]
    if r < 0.85:
        return [title or "업무 참고자료", rng.choice([" (안)", "", " [요약]"])]
    return ["출력일시: ", gen_date_neg(rng, (2026, 1, 1), (2026, 12, 5), fmt="dot_pad"), f" {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}",
            "  출력자: ", rng.choice(["민원여권과", "총무과", "정보공개담당"])]


def paginate(d, rng, inst=None, title=None, head_p=0.6):
    """Insert running head, page break(s) with page numbers and a final page number."""
    total = rng.choice([2, 2, 3])
    fmt = rng.choice(PAGE_FMTS)
    head = running_head(rng, inst, title) if rng.random() < head_p else None
    text_len = sum(len(Doc.seg_text(s)) for s in d.segs)
    cands, pos = [], 0
    for k, seg in enumerate(d.segs):
        s = Doc.seg_text(seg)
        if seg[0] == "t" and "\n" in s and text_len * 0.3 < pos < text_len * 0.8:
            cands.append(k)
        pos += len(s)
    breaks = sorted(rng.sample(cands, min(len(cands), total - 1))) if cands else []
    for n, k in enumerate(reversed(breaks)):
        seg = d.segs[k]
        s = seg[1]
        i = s.index("\n")
        pno = len(breaks) - n
        sep = rng.choice(["\n\f", "\n\n", "\n"])
        ins = [["t", s[:i + 1] + "\n" + page_mark(fmt, pno, total) + sep]]
        if head:
            ins += Doc(rng).t(*head).segs + [["t", "\n"]]
        ins += [["t", s[i + 1:]]]
        d.segs[k:k + 1] = ins
    total = len(breaks) + 1
    if head:
        d.segs[0:0] = Doc(rng).t(*head).segs + [["t", "\n\n"]]
        d.lay("running_head")
    d.t("\n\n" + page_mark(fmt, total, total))
    d.lay("page_number")
    if breaks:
        d.lay("page_break")


def grid(d, rng, pairs, style=None):
    """label/value form grid. pairs: [(label, parts)]."""
    style = style or rng.choice(["colon", "colon", "pipe2", "tab", "lines", "box", "square", "spaced"])
    d.lay("form_grid")
    if style == "pipe2":
        for k in range(0, len(pairs), 2):
            row = pairs[k:k + 2]
            d.t("|")
            for lab, val in row:
                d.t(" " + spaced_label(rng, lab) + " | ", val, " |")
            d.t("\n")
        return
    for lab, val in pairs:
        lab2 = spaced_label(rng, lab)
        if style == "colon":
            d.t(lab2, rng.choice([": ", " : ", ":"]), val, "\n")
        elif style == "tab":
            d.t(lab2, "\t", val, "\n")
        elif style == "lines":
            d.t(lab2, "\n", val, "\n")
        elif style == "box":
            d.t("│ ", lab2, " │ ", val, " │\n")
        elif style == "square":
            d.t(rng.choice(["□ ", "○ ", "- ", "ㅇ "]), lab2, " : ", val, "\n")
        else:
            d.t(lab2, " " * rng.randint(2, 6), val, "\n")


def _split_for_wrap(v, rng):
    s = v.s
    sp = [i for i, c in enumerate(s) if c == " " and 2 < i < len(s) - 2]
    if not sp:
        return None
    i = rng.choice(sp)
    a, b = s[:i], s[i + 1:]
    va = v.copy(a, "cell_split")
    vb = v.copy(b, "cell_split")
    va.extra = dict(v.extra, fragment="1/2", whole=v.s)
    vb.extra = dict(v.extra, fragment="2/2", whole=v.s)
    va.clean, vb.clean = a, b
    return va, vb


def table(d, rng, header, rows, style=None, wrap_p=0.35):
    """Flattened table. header None -> no header row. A long cell may wrap onto a second line."""
    style = style or rng.choice(["pipe", "pipe", "pipe_bare", "tab", "spaces", "lines", "box"])
    d.lay("table_header" if header else "table_noheader")
    sp = " " * rng.randint(2, 4)
    sep = {"pipe": " | ", "pipe_bare": " | ", "tab": "\t", "spaces": sp, "box": " │ "}.get(style)

    def line(cells):
        if style == "lines":
            for c in cells:
                d.t(c, "\n")
            return
        if style == "pipe":
            d.t("| ")
        if style == "box":
            d.t("│ ")
        for k, c in enumerate(cells):
            if k:
                d.t(sep)
            d.t(c)
        if style == "pipe":
            d.t(" |")
        if style == "box":
            d.t(" │")
        d.t("\n")
    if header:
        line(header)
        if style in ("pipe", "box") and rng.random() < 0.6:
            d.t(("|" if style == "pipe" else "├") + "---|" * len(header) + "\n")
    wrapped = False
    for row in rows:
        cand = [k for k, c in enumerate(row) if isinstance(c, V) and c.typ in ("KR_ADDRESS",)
                or (isinstance(c, V) and c.typ == "PERSON" and c.sub == "foreign_latin")]
        if cand and not wrapped and rng.random() < wrap_p:
            k = rng.choice(cand)
            v = row[k]
            if style == "lines" or k == len(row) - 1:
                ns = op_newline(v.s, rng) if v.typ == "KR_ADDRESS" else op_name_wrap(v.s, rng)
                if ns and ns.strip() == ns:
                    row = list(row)
                    row[k] = v.copy(ns, "cell_wrap")
                    line(row)
                    wrapped = True
                    d.lay("cell_wrap")
                    continue
            else:
                parts = _split_for_wrap(v, rng)
                if parts:
                    row = list(row)
                    row[k] = parts[0]
                    line(row)
                    cont = [""] * len(row)
                    cont[k] = parts[1]
                    line(cont)
                    wrapped = True
                    d.lay("cell_wrap")
                    continue
        line(row)


def attachments(d, rng, items):
    d.lay("attachment_list")
    if len(items) == 1:
        d.t(rng.choice(["붙임  ", "붙 임  ", "※ 붙임: "]), items[0], rng.choice([" 1부.  끝.", " 1부. 끝.", "  1부.  끝."]), "\n")
        return
    d.t(rng.choice(["붙임  ", "붙 임  "]))
    for k, it in enumerate(items):
        if k:
            d.t("      ")
        d.t(f"{k + 1}. ", it, " 1부.", "  끝." if k == len(items) - 1 else "", "\n")


TITLES_OFF = ["주무관", "주무관", "주무관", "사무관", "서기관", "팀장", "계장", "행정주사", "주사보", "실무관"]


def approval_block(d, rng, inst, nopii=False, spaced=None, dept=None):
    """Electronic 공문 footer: 결재/협조 line, 시행/접수 line, address, phone/fax/e-mail."""
    d.lay("approval_line", "footer_block")
    dept = dept or rng.choice(inst["depts"])
    spaced = rng.random() < 0.3 if spaced is None else spaced
    chain = [rng.choice(["주무관", "주무관", "실무관", "행정주사"]), rng.choice(["팀장", "사무관", "계장"]),
             rng.choice(["과장", "과장", "담당관", "국장"])]
    d.t("\n")
    if not nopii:
        people = [gen_person(rng, rng.choice(["ko3", "ko3", "ko3", "ko2", "ko_sur2"])) for _ in chain]
        for k, (tt, p) in enumerate(zip(chain, people)):
            pv = spaced_name(p) if spaced else p
            if spaced:
                d.lay("letter_spaced_name")
            if k == len(chain) - 1 and rng.random() < 0.6:
                d.t(tt, " ", rng.choice(["전결 ", "전결 ", "대결 "]),
                    f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}" + " " if rng.random() < 0.5 else "", pv)
            else:
                d.t(spaced_label(rng, tt, 0.2), rng.choice([" ", "  ", "\t"]), pv)
            d.t(rng.choice(["   ", "    ", "\t", "\n"]) if k < 2 else "\n")
        if rng.random() < 0.5:
            d.t("협조자", rng.choice(["  ", " "]), rng.choice(inst["depts"]), " ",
                rng.choice(["주무관", "팀장", "사무관"]), " ", gen_person(rng), "\n")
    else:
        d.t(" ".join(chain), "  ", rng.choice(["(전자결재)", "(서명생략)", ""]), "\n")
    dd = dpair(rng, "", y=rng.choice([2025, 2026]), fmt=rng.choice(["dot_sp", "dot_sp", "dot_pad_end"]))
    d.t("시행  ", neg_docnum(rng, inst), " (", dd[0], ")")
    d.t(rng.choice(["    접수  ", "  접수 "]))
    if rng.random() < 0.5:
        d.t(N(rng.choice(inst_dept_words) + "-" + str(rng.randint(10, 9999)), "document_number"), " ")
    d.t("(", dd[2], ")\n")
    d.t(rng.choice(["우 ", "우) ", "우편번호 "]), N(inst["post"], "postal_code"), " ",
        N(inst["addr"], "institution_address"), rng.choice(["  / ", " / "]), f"www.{inst['domain']}\n")
    if nopii:
        d.t(rng.choice(["전화 ", "대표전화 "]), N(inst["tel"], "institution_switchboard"), "  / ",
            neg_inst_email(rng, inst), " / ", rng.choice(["대국민 공개", "공개", "부분공개(6)"]), "\n")
        return None
    ph = gen_phone(rng, "landline", area=inst["area"], fmt=rng.choice(["hyph", "hyph", "paren"]))
    fx = gen_phone(rng, "fax", area=inst["area"], fmt="hyph")
    d.t(rng.choice(["전화번호 ", "전화 ", "☎ "]), ph, rng.choice(["  전송 ", "  팩스번호 ", "  FAX "]), fx)
    if rng.random() < 0.8:
        d.t(" / ", gen_email(rng, "official"))
    d.t(" / ", rng.choice(["대국민 공개", "공개", "부분공개(6)", "비공개(6)"]), "\n")
    return people


def sender_line(d, rng, inst):
    d.t("\n", rng.choice(["", "  "]), neg_office(rng, inst), rng.choice(["  [직인생략]", " (직인)", "", "  ㊞"]), "\n")


# ---------------------------------------------------------------------------
# templates, part A: 공문, 민원, forms, consent, reports, ledgers, tables
# ---------------------------------------------------------------------------
def ndate(rng, y0=2021, y1=2026, fmt=None):
    return gen_date_neg(rng, (y0, 1, 1), (y1, 11, 30) if y1 == 2026 else (y1, 12, 28), fmt)


def dpair(rng, sep=" ~ ", y=2026, fmt=None):
    """two ordered non-birth dates in the same format: [from, sep, to]."""
    a = rand_date(rng, (y, 1, 1), (y, 10, 20))
    b = a + dt.timedelta(days=rng.randint(1, 45))
    fmt = fmt or rng.choice(["dot_sp", "dot_pad_end", "ko", "hyph", "dot_sp"])
    return [N(fmt_date(a, fmt), "date"), sep, N(fmt_date(b, fmt), "date")]


GM_TITLES = ["개인정보 보호 실태 점검 결과 통보", "2027년도 민원서비스 개선 계획 제출 요청", "주민등록 사실조사 협조 요청",
             "차량 관련 자료 제출 요청에 대한 회신", "보조금 지급 대상자 명단 송부", "교육 참석자 명단 제출",
             "국외출장 결과 보고", "자원봉사자 상해보험 가입 협조", "공무직 근로자 채용 결과 통보",
             "민원 처리 지연에 따른 조치 결과 보고", "체납액 징수 독려 협조 요청", "위원회 위촉 예정자 추천"]


def name_shaped_sentence(rng):
    """a sentence with a word that looks like a Korean name but is a place, common noun or product."""
    k = rng.randrange(6)
    if k == 0:
        return ["※ ", N(rng.choice(["정선", "강진", "진주", "남원", "문경", "홍천", "서천"]), "name_shaped_place"),
                rng.choice([" 지역 축제 기간에는 민원 창구 운영 시간을 연장합니다.", " 출장소는 당분간 휴무합니다.", " 일대 도로 공사로 우회 바랍니다."]), "\n"]
    if k == 1:
        return ["※ ", N(rng.choice(["이사", "정원", "조정", "한계", "주문"]), "name_shaped_common"),
                rng.choice([" 관련 사항은 별도 안내 예정", " 변경 시 사전 통보 요망", " 절차는 종전과 같음"]), "\n"]
    if k == 2:
        return ["※ 지역 특산물(", N(rng.choice(["한라봉", "한우", "백설기"]), "name_shaped_product"), ") 홍보 부스를 운영합니다.\n"]
    if k == 3:
        return ["※ 장소: ", N(rng.choice(["한남동", "신정동", "하남", "김포", "이천", "안성"]), "name_shaped_place"),
                rng.choice([" 주민센터 2층", " 시민회관", " 종합운동장"]), "\n"]
    if k == 4:
        return ["※ 위원회 ", N(rng.choice(["조사", "공정", "안전", "우수"]), "name_shaped_common"),
                rng.choice(["분과 회의는 격주로 개최", " 사례는 누리집에 게시"]), "\n"]
    return ["※ 협찬: ", N(rng.choice(["진로", "하이트", "한라", "고려"]) + rng.choice(["", "식품", "산업"]), "name_shaped_product"), "\n"]


HEADS_90S = ["내무부장관", "총무처장관", "보건사회부장관", "서울특별시장", "경기도지사", "부산직할시장", "교육부장관"]


def T_gongmun_90s(d, rng, nopii):
    inst = pick_inst(rng, ["local", "edu", "police"])
    y = rng.randint(1991, 1999)
    unit = inst["name"].split()[-1][-1] if inst["kind"] == "local" else "청"
    d.t(" " * rng.randint(4, 12), "  ".join(inst["name"].split()[-1]), "\n\n")
    d.t("문서번호  ", N(f"{rng.choice(['총무', '민원', '주민', '사회'])} {rng.randint(1000, 99999):05d}-{rng.randint(1, 999)}",
                       "document_number"), "\n")
    d.t("시행일자  ", ndate(rng, y, y, "dot_sp"), "\n", "(경  유)\n", "수    신  ", N(rng.choice(HEADS_90S), "official_by_office"), "\n",
        "참    조  ", rng.choice(["민원과장", "총무과장", "주민과장", "사회과장"]), "\n\n")
    d.t("선 결 |            | 지 시 |\n접 수 | 일자 ", ndate(rng, y, y, "dot_nopad"), " |\n      | 시간 ",
        f"{rng.randint(9, 17)}:{rng.randint(0, 59):02d}", " |\n      | 번호 ", str(rng.randint(1, 9999)), " |\n처리과 |\n담당자 |\n\n")
    d.lay("approval_line", "form_grid")
    d.t("제    목  ", rng.choice(["주민등록 일제정리 결과 보고", "생활보호대상자 책정 결과 보고", "공무원 교육 입교자 통보",
                                "도로 점용 허가 사항 통보", "무연고 사망자 처리 보고"]), "\n\n")
    d.t("  1. 관련 : ", rng.choice(["내무부", "보건사회부", "총무처"]), " ", N(f"{rng.choice(['주민', '사회', '인사'])} {rng.randint(10000, 99999)}-{rng.randint(10, 999)}", "document_number"),
        "(", ndate(rng, y, y, "dot_nopad"), ")\n")
    d.t("  2. 위 호와 관련하여 우리 ", unit, "의 추진 결과를 아래와 같이 보고합니다.\n\n", "                 - 아    래 -\n\n")
    if nopii:
        d.t("      가. 대상 : ", str(rng.randint(2, 40)), "세대 ", str(rng.randint(3, 90)), "명\n      나. 소요 예산 : ",
            neg_amount(rng, "mid"), "\n      다. 근거 : ", neg_statute(rng), "\n")
    else:
        hdr = ["번호", "성  명", "주민등록번호", "주        소", "비고"] if rng.random() < 0.7 else None
        rows = []
        for k in range(rng.randint(2, 4)):
            dob = rand_date(rng, (1925, 1, 1), (y - 18, 12, 31))
            rows.append([str(k + 1), gen_person(rng, rng.choice(["ko3", "ko3", "ko2", "ko_sur2"])),
                         gen_rrn(rng, "valid", date=dob, fmt="hyph"),
                         gen_address(rng, start=rng.choice(["sido_short", "sigungu"])),
                         rng.choice(["말소", "재등록", "직권정리", "거주불명", ""])])
        table(d, rng, hdr, rows, style=rng.choice(["spaces", "pipe", "tab"]))
    d.t("\n  붙임 : ", rng.choice(["정리대상자 명단", "관련 서류", "현황표"]), " 1부.  끝.\n")
    d.lay("attachment_list")
    d.t("\n" + " " * 12, "  ".join(list(inst["head"])) if len(inst["head"]) <= 6 else inst["head"], " (직인)\n\n")
    if not nopii:
        people = [gen_person(rng, "ko3") for _ in range(3)]
        sp = rng.random() < 0.5
        lab = ["기안자 " + rng.choice(["주사보", "서기", "행정서기"]), "검토자 " + rng.choice(["행정주사", "계장"]),
               "결재권자 " + rng.choice(["과장", "총무과장"])]
        for l, p in zip(lab, people):
            d.t(l, " ", spaced_name(p) if sp else p, "   ")
        if sp:
            d.lay("letter_spaced_name")
        d.t("\n")
        ph = gen_phone(rng, "landline", area=inst["area"], fmt=rng.choice(["paren", "paren_old", "hyph"]))
        d.t("우 ", N(f"{rng.randint(100, 799)}-{rng.randint(10, 990):03d}", "postal_code"), " ",
            N(inst["addr"], "institution_address"), " / 전화 ", ph, " / 전송 ",
            gen_phone(rng, "fax", area=inst["area"], fmt="paren_old"), "\n")
    else:
        d.t("우 ", N(f"{rng.randint(100, 799)}-{rng.randint(10, 990):03d}", "postal_code"), " ",
            N(inst["addr"], "institution_address"), " / 대표 ", N(inst["tel"], "institution_switchboard"), "\n")
    d.lay("footer_block")


def _gm_body_item(d, rng, nopii):
    k = rng.randrange(6)
    if nopii:
        d.t("  가. 대상: ", rng.choice(["관내 공동주택 관리주체", "각 실·국 서무담당", "읍·면·동 주민센터"]), "\n  나. 기한: ",
            ndate(rng, 2026, 2026), "까지\n  다. 근거: ", neg_statute(rng), "\n")
        return
    p = gen_person(rng)
    if k == 0:
        dob = gen_dob(rng, fmts=["dot_sp", "ko", "dot_pad_end", "yy_dot"])
        d.t("  가. 신청인: ", p, " (", dob, rng.choice(["생)", " 생)", ")"]), "\n  나. 연락처: ", gen_phone(rng), "\n  다. 주소: ",
            addr_parts(rng, gen_address(rng)), "\n")
    elif k == 1:
        d.t("  가. 추천인: ", rng.choice(inst_dept_words), " ", rng.choice(["주무관", "팀장"]), " ", p, "(",
            gen_phone(rng, "landline"), ", ", gen_email(rng, "official"), ")\n")
    elif k == 2:
        b, acc = gen_account(rng)
        d.t("  가. 지급 계좌: ", b, " ", acc, " (예금주 ", p, ")\n  나. 지급액: ", neg_amount(rng, "small"), "\n")
    elif k == 3:
        d.t("  가. 위반 차량: ", gen_plate(rng), " (소유자 ", p, ")\n  나. 위반 일시: ", ndate(rng, 2025, 2026), " ",
            f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}", "\n  다. 적용 법조: ", neg_statute(rng), "\n")
    elif k == 4:
        d.t("  가. 대상자: ", p, rng.choice([" 씨", "", " 님"]), " (주민등록번호 ", gen_rrn(rng), ")\n  나. 조치 사항: ",
            rng.choice(["거주사실 확인 후 직권 정리", "사실조사 결과 회신", "정정 처리 완료"]), "\n")
    else:
        d.t("  가. 출장자: ", rng.choice(["주무관", "사무관"]), " ", p, " (여권번호 ", gen_passport(rng, rng.choice(["kr_old", "kr_new"])),
            ")\n  나. 출장 기간: ", dpair(rng), "\n")


inst_dept_words = ["민원여권과", "복지정책과", "총무과", "교통행정과", "세무과", "자치행정과", "정보통신과"]


def T_gongmun_elec(d, rng, nopii):
    inst = pick_inst(rng)
    title = rng.choice(GM_TITLES)
    d.t(inst["name"], "\n\n", rng.choice(["수신  ", "수신자  "]),
        rng.choice([neg_office(rng), N("수신자 참조", "official_by_office"), N(rng.choice(INST)["head"] + "(" + rng.choice(inst_dept_words) + "장)", "official_by_office")]),
        "\n(경유)\n제목  ", title, "\n\n")
    d.t("1. 관련: ", neg_docnum(rng, inst), "(", ndate(rng), ")\n")
    d.t("2. ", rng.choice(["위 호와 관련하여", "「" + rng.choice(LAWS) + "」에 따라"]), " ",
        rng.choice(["아래와 같이 통보하오니 업무에 참고하시기 바랍니다.", "다음과 같이 협조를 요청합니다.",
                    "추진 결과를 붙임과 같이 제출합니다."]), "\n")
    _gm_body_item(d, rng, nopii)
    if rng.random() < 0.5:
        d.t("3. 문의 사항은 ", rng.choice(inst["depts"]), "(", N(inst["tel"], "institution_switchboard"), ")로 연락하여 주시기 바랍니다.\n")
    d.t("\n")
    attachments(d, rng, rng.sample(["점검 결과표", "대상자 명단", "제출 양식", "관련 지침", "회의 자료"], rng.randint(1, 3)))
    sender_line(d, rng, inst)
    approval_block(d, rng, inst, nopii=nopii)
    if rng.random() < 0.6:
        paginate(d, rng, inst, title)


def T_gongmun_list(d, rng, nopii):
    inst = pick_inst(rng)
    title = rng.choice(["교육 참석자 명단 제출", "포상 대상자 추천 명단 송부", "자원봉사자 상해보험 가입 명단 송부",
                        "위원회 위촉 예정자 명단 제출", "현장점검 참여자 명단 통보"])
    d.t(inst["name"], "\n수신  ", neg_office(rng), "\n제목  ", title, "\n\n1. ", neg_docnum(rng, inst), "(",
        ndate(rng), ")호와 관련입니다.\n2. 붙임과 같이 명단을 제출합니다.\n\n")
    d.t(rng.choice(["[붙임] ", "붙임 1. ", "<명단>\n"]), rng.choice(["명단", "대상자 명단", ""]), "\n")
    hdr = rng.choice([["연번", "소속", "직급", "성명", "생년월일", "연락처"], ["번호", "성명", "생년월일", "휴대전화", "이메일"], None])
    rows = []
    for k in range(rng.randint(3, 6)):
        p = gen_person(rng)
        if hdr and len(hdr) == 5:
            rows.append([str(k + 1), p, gen_dob(rng, fmts=["dot_pad", "yy_dot", "hyph", "yymmdd"]), gen_phone(rng), gen_email(rng)])
        else:
            rows.append([str(k + 1), rng.choice(inst["depts"]), rng.choice(["주무관", "행정6급", "사무관", "실무관", "7급"]), p,
                         gen_dob(rng, fmts=["dot_pad", "yy_dot", "hyph", "yymmdd", "dot_sp"]),
                         gen_phone(rng, rng.choice(["mobile", "mobile", "landline"]))])
    table(d, rng, hdr, rows)
    d.t("\n")
    sender_line(d, rng, inst)
    approval_block(d, rng, inst)
    if rng.random() < 0.5:
        paginate(d, rng, inst, title)


def T_gongmun_nopii(d, rng, nopii):
    inst = pick_inst(rng)
    era = rng.random()
    title = rng.choice(["2027년 정부혁신 실행계획 수립 지침 시달", "청사 시설 안전점검 일정 안내", "용역 입찰 공고 게재 요청",
                        "예산 집행 실적 제출 요청", "민원 응대 매뉴얼 개정 안내", "개인정보 파일 보유 현황 정비 요청"])
    d.t(inst["name"], "\n수신  ", rng.choice([N("수신자 참조", "official_by_office"), neg_office(rng)]), "\n제목  ", title, "\n\n")
    d.t("1. 관련: ", neg_statute(rng), " 및 ", neg_docnum(rng, inst), "(", ndate(rng), ")\n")
    d.t("2. ", rng.choice(["위 호와 관련하여", "붙임 계획에 따라"]), " 다음 사항을 ", rng.choice(["알려드리니", "요청하오니"]),
        " 기한 내 조치하여 주시기 바랍니다.\n")
    d.t("  가. 사업명: ", rng.choice(["청사 승강기 교체 공사", "민원 안내 시스템 고도화", "공공데이터 품질관리"]), " (계약상대자: ",
        neg_company(rng), ")\n  나. 사업비: ", neg_amount(rng, "large"), "\n  다. 공고번호: ", neg_public_id(rng), "\n")
    d.t("  라. 제출기한: ", ndate(rng, 2026, 2026), "까지\n  마. 관련 사건: ", neg_case(rng), " 판결 취지 반영\n")
    if rng.random() < 0.4:
        d.t("  바. 세금계산서 발행: ", inst["name"], " (고유번호 ", N(inst["brn"], "institution_number"), ")\n")
    if rng.random() < 0.5:
        d.t(name_shaped_sentence(rng))
    if rng.random() < 0.5:
        cat, words = rng.choice(sorted(NAME_SHAPED.items()))
        w = rng.choice(words)
        d.t("  바. 참고: ", N(w, cat), rng.choice([" 지역 현장 확인 결과를 포함할 것", "에 관한 사항은 별도 통보", " 관련 건은 제외"]), "\n")
    d.t("3. 제출 시 개인정보(", N("홍길동", "placeholder_person"), ", ", N("000000-0000000", "placeholder_person"),
        " 등 예시 제외)는 포함하지 마시기 바랍니다.\n\n" if rng.random() < 0.5 else "3. 협조하여 주시기 바랍니다.\n\n")
    attachments(d, rng, [rng.choice(["지침", "계획(안)", "제출 양식"])])
    sender_line(d, rng, inst)
    approval_block(d, rng, inst, nopii=True)
    if era < 0.5:
        paginate(d, rng, inst, title)


MINWON_TOPICS = ["plate", "plate", "welfare", "rrn", "passport", "dl", "noise", "road"]


def T_minwon_reply(d, rng, nopii):
    inst = pick_inst(rng, ["local", "police", "central"])
    topic = rng.choice(MINWON_TOPICS)
    p = gen_person(rng)
    d.t(rng.choice(["민원 처리 결과 통지", "민 원 회 신", "국민신문고 민원 답변", "민원 처리 결과 알림"]), "\n\n")
    grid(d, rng, [("접수번호", neg_receipt(rng)), ("접수일", ndate(rng, 2025, 2026)),
                  ("민원인", [p, rng.choice([" 귀하", "", " 님"])]),
                  ("주소", addr_parts(rng, gen_address(rng))), ("연락처", gen_phone(rng))],
         style=rng.choice(["colon", "pipe2", "tab", "square"]))
    d.t("\n1. 평소 ", inst["name"].split()[-1], " 행정에 관심을 가져 주신 데 감사드립니다.\n")
    if rng.random() < 0.5:
        d.t("2. ", p, rng.choice([" 님께서 ", "님께서 "]), "신청하신 민원에 대한 검토 결과를 다음과 같이 알려드립니다.\n")
    else:
        d.t("2. 귀하께서 신청하신 민원에 대한 검토 결과를 다음과 같이 알려드립니다.\n")
    if topic == "plate":
        d.t("  가. 귀하 소유 차량(", gen_plate(rng), ")에 대한 주정차위반 과태료 ", neg_amount(rng, "fine"),
            "은 ", neg_statute(rng), "에 따라 부과된 것입니다.\n  나. 의견진술 기한: ", ndate(rng, 2026, 2026), "\n")
    elif topic == "welfare":
        b, acc = gen_account(rng)
        d.t("  가. 신청하신 긴급생계지원금 ", neg_amount(rng, "small"), "은 ", ndate(rng, 2026, 2026), " 귀하 명의 계좌(", b, " ", acc,
            ")로 지급될 예정입니다.\n")
    elif topic == "rrn":
        d.t("  가. 주민등록표 정정 대상: ", gen_rrn(rng, rng.choice(["masked", "valid"])), "\n  나. ", neg_statute(rng),
            "에 따라 정정 처리하였습니다.\n")
    elif topic == "passport":
        d.t("  가. 여권번호 ", gen_passport(rng, rng.choice(["kr_old", "kr_new"])), "의 재발급 신청은 ",
            ndate(rng, 2026, 2026), " 처리 완료되었습니다.\n")
    elif topic == "dl":
        d.t("  가. 운전면허(", gen_dl(rng), ") 행정처분 이의신청은 ", neg_statute(rng), "에 따라 기각되었습니다.\n")
    else:
        d.t("  가. 현장 확인 결과 ", rng.choice(["소음 기준 이내로 측정되었습니다.", "도로 파손 부분을 보수하였습니다.",
                                             "해당 시설은 사유지로 확인되었습니다."]), "\n")
    off = gen_person(rng)
    d.t("3. 추가 문의는 ", rng.choice(inst["depts"]), " ", off, " ", rng.choice(["주무관", "팀장", "실무관"]), "(",
        rng.choice(["☎ ", "전화 ", ""]), gen_phone(rng, "landline", area=inst["area"]), ")에게 연락 주시면 ",
        "친절히 안내해 드리겠습니다.\n" if rng.random() < 0.7 else "안내해 드리겠습니다.\n")
    d.t("\n", neg_office(rng, inst), "\n")
    if rng.random() < 0.3:
        d.t(name_shaped_sentence(rng))
    if rng.random() < 0.4:
        d.t("※ 이 통지에 이의가 있는 경우 ", neg_statute(rng), "에 따라 이의신청을 할 수 있습니다. 정부민원안내콜센터 ",
            N(rng.choice(SHORT_CODES[:2]), "institution_switchboard"), "\n")
    if rng.random() < 0.5:
        paginate(d, rng, inst, "민원 처리 결과")


def T_minwon_email(d, rng, nopii):
    inst = pick_inst(rng, ["local", "central", "agency"])
    p = gen_person(rng)
    em = gen_email(rng)
    off = gen_person(rng)
    oem = gen_email(rng, "official")
    d.t("보낸사람: ", rng.choice(inst["depts"]), " ", off, " <", oem, ">\n받는사람: ", p, " <", em, ">\n",
        "날짜: ", ndate(rng, 2025, 2026, "dot_pad"), " ", f"{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}",
        "\n제목: [회신] ", rng.choice(["정보공개 청구 관련 문의", "보조금 신청 서류 보완 요청", "체류 관련 문의에 대한 답변", "과태료 납부 문의"]), "\n\n")
    d.t(p, rng.choice(["님, 안녕하십니까.", " 님 안녕하세요.", " 선생님께,"]), "\n", inst["name"], " ", rng.choice(inst["depts"]), " ", off,
        " 주무관입니다.\n\n")
    d.t(rng.choice(["문의하신 건에 대하여 아래와 같이 답변드립니다.", "요청하신 서류 보완 사항을 안내드립니다."]), "\n")
    r = rng.random()
    if r < 0.3:
        d.t("- 제출하신 통장 사본의 계좌번호(", gen_account(rng)[1], ")와 신청서 기재 번호가 달라 확인이 필요합니다.\n")
    elif r < 0.6:
        d.t("- 신청서의 생년월일(", gen_dob(rng), ")이 주민등록상 정보와 일치하지 않습니다.\n")
    else:
        d.t("- 연락 가능한 전화번호(현재 ", gen_phone(rng), ")로 회신 부탁드립니다.\n")
    d.t("- 관련 규정: ", neg_statute(rng), "\n- 처리 기한: ", ndate(rng, 2026, 2026), "\n\n감사합니다.\n\n")
    d.t("-----\n", off, " | ", inst["name"], " ", rng.choice(inst["depts"]), "\nT. ", gen_phone(rng, "landline", area=inst["area"]),
        " | F. ", gen_phone(rng, "fax", area=inst["area"]), "\n", inst_addr_parts(rng, inst, postal=False), "\n")
    d.lay("footer_block")


APP_KINDS = ["긴급복지 지원 신청서", "보조금 교부 신청서", "거주자 우선주차 신청서", "장학금 지급 신청서",
             "재난지원금 지급 신청서", "출산지원금 신청서"]


def T_form_application(d, rng, nopii):
    inst = pick_inst(rng, ["local", "edu"])
    kind = rng.choice(APP_KINDS)
    d.t(rng.choice(["■ ", ""]), rng.choice(["[별지 제", "별지 제"]), str(rng.randint(1, 30)), "호서식] ", rng.choice(["<개정 2023. 6. 30.>", ""]), "\n")
    d.t(" ".join(kind) if rng.random() < 0.3 else kind, "\n", "※ 뒤쪽의 작성방법을 읽고 작성하시기 바랍니다.\n\n")
    d.t("접수번호 ", neg_receipt(rng), "   접수일 ", ndate(rng, 2026, 2026), "   처리기간 ", str(rng.choice([7, 14, 30])), "일\n")
    p = gen_person(rng)
    dob = rand_date(rng, (1945, 1, 1), (2004, 12, 31))
    pairs = [("성명", p), ("주민등록번호", gen_rrn(rng, rng.choice(["valid", "valid", "masked"]), date=dob)),
             ("주소", addr_parts(rng, gen_address(rng))), ("전화번호", gen_phone(rng, rng.choice(["landline", "mobile"]))),
             ("휴대전화", gen_phone(rng)), ("전자우편", gen_email(rng))]
    if rng.random() < 0.5:
        pairs.insert(1, ("생년월일", gen_dob(rng, date=dob, fmts=["dot_sp", "dot_pad", "hyph", "ko", "yymmdd", "ko_nosp"])))
    if "주차" in kind:
        pairs.append(("차량번호", gen_plate(rng)))
    if "출산" in kind:
        cd = rand_date(rng, (2024, 1, 1), (2026, 11, 20))
        pairs += [("자녀 성명", gen_person(rng, rng.choice(["ko3", "ko2"]))), ("자녀 생년월일", gen_dob(rng, date=cd)),
                  ("자녀 주민등록번호", gen_rrn(rng, "post2020", date=cd))]
    b, acc = gen_account(rng)
    holder = p if rng.random() < 0.8 else gen_person(rng)
    pairs += [("은행명", b), ("계좌번호", acc), ("예금주", holder)]
    d.t("신청인\n")
    grid(d, rng, pairs)
    d.t("\n위와 같이 ", rng.choice(["신청합니다.", "신청하며, 기재 사항이 사실임을 확인합니다."]), "\n\n",
        " " * 20, ndate(rng, 2026, 2026, rng.choice(["ko", "dot_sp"])), "\n", " " * 16, "신청인  ", p,
        rng.choice(["  (서명 또는 인)", " (인)", "  ㊞", " (서명)"]), "\n\n", neg_office(rng, inst), " 귀하\n")
    d.lay("signoff_seal")
    d.t("\n", rng.choice(["210mm×297mm[백상지 80g/㎡]", "210㎜×297㎜(일반용지 60g/㎡(재활용품))", ""]), "\n")
    if rng.random() < 0.5:
        d.t("담당 공무원 확인사항: 주민등록표 등본 (", rng.choice(["행정정보 공동이용", "확인"]), ")\n")


def T_form_vehicle(d, rng, nopii):
    inst = pick_inst(rng, ["local", "police", "agency"])
    kind = rng.choice(["자동차 이전등록 신청서", "운전경력증명서 발급 신청서", "자동차 말소등록 신청서"])
    d.t(kind, "\n\n")
    seller, buyer = gen_person(rng), gen_person(rng)
    if "이전" in kind:
        d.t("| 자동차등록번호 | ", gen_plate(rng), " | 차대번호 | ", N("KM" + _L(rng, 1, "HJ") + digits(rng, 2) + _L(rng, 3) + digits(rng, 9), "vehicle_id_number"), " |\n")
        d.lay("form_grid")
        d.t("양도인\n")
        grid(d, rng, [("성명(명칭)", seller), ("주민(법인)등록번호", gen_rrn(rng, "valid")), ("주소", gen_address(rng)),
                      ("전화번호", gen_phone(rng))], style=rng.choice(["pipe2", "colon", "tab"]))
        d.t("양수인\n")
        corp = rng.random() < 0.3
        grid(d, rng, [("성명(명칭)", neg_company(rng) if corp else buyer),
                      ("주민(법인)등록번호", gen_crn(rng) if corp else gen_rrn(rng, rng.choice(["valid", "masked"]))),
                      ("주소", gen_address(rng)), ("전화번호", gen_phone(rng, "landline" if corp else "mobile"))],
             style=rng.choice(["pipe2", "colon", "tab"]))
        d.t("매매금액 ", neg_amount(rng, "mid"), "   잔금지급일 ", ndate(rng, 2026, 2026), "\n")
    elif "경력" in kind:
        grid(d, rng, [("성명", seller), ("생년월일", gen_dob(rng)), ("운전면허번호", gen_dl(rng)),
                      ("주소", addr_parts(rng, gen_address(rng))), ("연락처", gen_phone(rng)),
                      ("제출처", rng.choice(["회사 제출용", "관공서 제출용"]))])
    else:
        grid(d, rng, [("소유자", seller), ("생년월일", gen_dob(rng)), ("자동차등록번호", gen_plate(rng)),
                      ("말소사유", rng.choice(["폐차", "수출", "도난"])), ("연락처", gen_phone(rng))])
    d.t("\n", ndate(rng, 2026, 2026, "ko"), "\n신청인 ", seller, " (서명 또는 인)\n", neg_office(rng, inst), " 귀하\n")
    d.lay("signoff_seal")
    if rng.random() < 0.4:
        d.t("\n수수료 ", neg_amount(rng, "fee"), " / 문의 ", neg_switch(rng, inst), "\n")


def T_form_blank(d, rng, nopii):
    inst = pick_inst(rng)
    kind = rng.choice(APP_KINDS + ["개인정보 수집·이용 동의서", "정보공개 청구서", "전입신고서"])
    d.t("[작성 예시] ", kind, "\n\n")
    grid(d, rng, [("성명", N(rng.choice(["홍길동", "홍 길 동", "김○○"]), "placeholder_person")),
                  ("주민등록번호", N(rng.choice(["000000-0000000", "######-#######", "000000-0******"]), "placeholder_person")),
                  ("주소", rng.choice(["○○시 ○○구 ○○로 00", "(도로명주소 기재)", "□□도 □□군 □□면"])),
                  ("전화번호", rng.choice([N("000-0000-0000", "placeholder_number"), "(    )   -", N("010-0000-0000", "placeholder_number")])),
                  ("생년월일", rng.choice(["    년   월   일", "YYYY.MM.DD.", "0000. 00. 00."]))])
    d.t("\n※ 작성 방법\n1. 성명은 가족관계등록부상 성명을 적습니다.\n2. 신청 수수료: ", neg_amount(rng, "fee"), "\n3. 근거: ",
        neg_statute(rng), "\n4. 문의: ", inst["name"], " ", neg_switch(rng, inst), "\n")
    d.t("5. 접수 후 처리 결과는 ", ndate(rng, 2026, 2026), "부터 조회할 수 있습니다.\n")
    if rng.random() < 0.5:
        d.t("\n", " " * 10, "년     월     일\n신청인             (서명 또는 인)\n", neg_office(rng, inst), " 귀하\n")
    d.t("\n", rng.choice(["210mm×297mm[백상지 80g/㎡]", "210㎜×297㎜"]), "\n")
    d.lay("form_grid")
    if rng.random() < 0.5:
        paginate(d, rng, inst, kind)


CONSENT_PURPOSE = ["민원 처리 및 결과 통지", "보조금 지급 및 사후관리", "교육 신청자 관리", "자원봉사 활동 관리", "위원회 운영"]


def T_consent(d, rng, nopii):
    inst = pick_inst(rng)
    d.t(rng.choice(["개인정보 수집·이용 동의서", "개인정보 수집ㆍ이용 및 제공 동의서", "[개인정보 수집 및 이용 동의]"]), "\n\n")
    d.t(inst["name"], "은(는) ", neg_statute(rng, ["개인정보 보호법"]), "에 따라 아래와 같이 개인정보를 수집·이용하고자 합니다.\n\n")
    d.t("1. 수집·이용 목적: ", rng.choice(CONSENT_PURPOSE), "\n2. 수집 항목: 성명, 생년월일, 주소, 연락처",
        rng.choice([", 계좌번호", ", 이메일", ""]), "\n3. 보유 기간: ", rng.choice(["3년", "5년", "목적 달성 시까지", "1년"]),
        "\n4. 동의를 거부할 권리가 있으나, 거부 시 ", rng.choice(["지원이 제한될 수 있습니다.", "신청이 불가합니다."]), "\n\n")
    d.t("  동의함 ", rng.choice(["☑", "■", "[V]", "(O)"]), "   동의하지 않음 ", rng.choice(["□", "[ ]", "( )"]), "\n\n")
    if rng.random() < 0.4:
        d.t("■ 고유식별정보 처리 동의 (주민등록번호)\n  동의함 ☑   동의하지 않음 □\n\n")
    p = gen_person(rng)
    dob = rand_date(rng, (1940, 1, 1), (2007, 12, 31))
    pairs = [("성명", [p, rng.choice(["  (서명)", " (인)", "", "  ㊞"])]),
             ("생년월일", gen_dob(rng, date=dob)), ("연락처", gen_phone(rng))]
    if rng.random() < 0.5:
        pairs.append(("주소", gen_address(rng)))
    if rng.random() < 0.35:
        pairs.append(("주민등록번호", gen_rrn(rng, rng.choice(["valid", "masked"]), date=dob)))
    if rng.random() < 0.3:
        pairs.append(("이메일", gen_email(rng)))
    d.t(ndate(rng, 2025, 2026, rng.choice(["ko", "dot_sp"])), "\n\n")
    d.t(rng.choice(["동의자(정보주체)", "정보주체", "본인"]), "\n")
    grid(d, rng, pairs, style=rng.choice(["colon", "spaced", "lines", "pipe2"]))
    d.lay("signoff_seal")
    d.t("\n", neg_office(rng, inst), " 귀하\n")


def T_consent_minor(d, rng, nopii):
    inst = pick_inst(rng, ["edu", "local", "hospital"])
    d.t("만 14세 미만 아동의 개인정보 수집·이용에 대한 법정대리인 동의서\n\n")
    child = gen_person(rng, rng.choice(["ko3", "ko3", "ko2"]))
    post = rng.random() < 0.6
    cdob = rand_date(rng, (2020, 10, 1), (2025, 12, 31)) if post else rand_date(rng, (2013, 1, 1), (2020, 9, 30))
    parent = gen_person(rng)
    d.t("아동 성명: ", child, "   생년월일: ", gen_dob(rng, date=cdob), "\n")
    if rng.random() < 0.6:
        d.t("주민등록번호: ", gen_rrn(rng, "post2020" if post else rng.choice(["valid", "masked"]), date=cdob), "\n")
    d.t("\n수집 목적: ", rng.choice(["어린이집 입소 대기 관리", "아동수당 지급", "예방접종 안내", "방과후 프로그램 운영"]),
        "\n보유 기간: ", rng.choice(["졸업 시까지", "3년", "지급 종료 후 5년"]), "\n\n")
    d.t("본인은 위 아동의 법정대리인으로서 개인정보 수집·이용에 동의합니다.\n\n", ndate(rng, 2025, 2026, "ko"), "\n")
    grid(d, rng, [("법정대리인 성명", [parent, " (서명)"]), ("아동과의 관계", rng.choice(["부", "모", "조모", "후견인"])),
                  ("연락처", gen_phone(rng)), ("주소", addr_parts(rng, gen_address(rng, unit="apt")))],
         style=rng.choice(["colon", "pipe2", "lines"]))
    if rng.random() < 0.4:
        d.t("건강보험증 번호: ", gen_hi(rng), "\n")
    d.t("\n", neg_office(rng, inst) if inst["kind"] != "hospital" else inst["name"], " 귀하\n")
    d.lay("signoff_seal")


def neg_dong_head(rng):
    return N(rng.choice(DONG_STEMS) + rng.choice(["동장", "읍장", "면장", "동 주민센터장"]), "official_by_office")


def T_report_move(d, rng, nopii):
    y = rng.randint(2019, 2026)
    d.t(rng.choice(["전입신고서", "전 입 신 고 서", "[별지 제15호서식] 전입신고서"]), "\n\n", "접수번호 ", neg_receipt(rng), "\n")
    p = gen_person(rng, rng.choice(["ko3", "ko3", "ko2", "ko_sur2"]))
    pdob = rand_date(rng, (1950, 1, 1), (1995, 12, 31))
    me = gen_rrn(rng, rng.choice(["valid", "valid", "masked"]), date=pdob)
    grid(d, rng, [("신고인 성명", p), ("주민등록번호", me), ("전화번호", gen_phone(rng))], style=rng.choice(["pipe2", "colon", "box"]))
    old_head = gen_person(rng)
    d.t("전 주소: ", addr_parts(rng, gen_address(rng)), "  (세대주: ", old_head, ")\n")
    d.t("현 주소: ", addr_parts(rng, gen_address(rng, unit=rng.choice(["apt", "floor", "none"]))), "\n\n전입자\n")
    rows = [["1", p, me.copy(), "본인"]]
    for k in range(rng.randint(1, 3)):
        rel = rng.choice(["배우자", "자", "자", "동거인", "형제"])
        if rel == "자":
            cd = rand_date(rng, (2008, 1, 1), (2025, 12, 31))
            kind = "post2020" if cd >= dt.date(2020, 10, 1) else rng.choice(["valid", "masked"])
        else:
            cd = rand_date(rng, (1945, 1, 1), (1998, 12, 31))
            kind = rng.choice(["valid", "masked"])
        rows.append([str(k + 2), gen_person(rng), gen_rrn(rng, kind, date=cd), rel])
    table(d, rng, ["번호", "성명", "주민등록번호", "세대주와의 관계"] if rng.random() < 0.6 else None, rows)
    d.t("\n신고일  ", ndate(rng, y, y, rng.choice(["ko", "dot_sp"])), "\n신고인  ", p, rng.choice(["  (서명 또는 인)", " ㊞", " (인)"]),
        "\n\n", neg_dong_head(rng), " 귀하\n")
    d.lay("signoff_seal")
    d.t("\n※ 전입신고 시 확정일자 부여 수수료 ", neg_amount(rng, "fee"), " / 담당: 주민센터 ", rng.choice(["민원팀", "주민등록 담당"]), "\n")


def T_report_lost(d, rng, nopii):
    inst = pick_inst(rng, ["police", "local"])
    kind = rng.choice(["card", "dl", "passport", "frn", "card"])
    p = gen_person(rng, "foreign_latin" if kind == "frn" else None)
    d.t({"card": "신용카드 분실·도난 신고 접수증", "dl": "운전면허증 분실 신고서", "passport": "여권 분실 신고서",
         "frn": "외국인등록증 분실 신고서"}[kind], "\n\n접수번호: ", neg_receipt(rng), "\n")
    pairs = [("신고인", p), ("생년월일", gen_dob(rng, fmts=["dot_pad_end", "dot_sp", "en_dmy"] if kind == "frn" else None)),
             ("연락처", gen_phone(rng)), ("주소", addr_parts(rng, gen_address(rng)))]
    if kind == "card":
        pairs.append(("카드번호", gen_card(rng)))
        pairs.append(("카드사", rng.choice(["국민카드", "신한카드", "BC카드", "삼성카드", "현대카드", "롯데카드"])))
    elif kind == "dl":
        pairs.append(("면허번호", gen_dl(rng)))
    elif kind == "passport":
        pairs += [("여권번호", gen_passport(rng, rng.choice(["kr_old", "kr_new"]))), ("발급일", ndate(rng, 2015, 2025))]
    else:
        pairs += [("외국인등록번호", gen_frn(rng)), ("국적", p.extra.get("nat", "베트남")),
                  ("여권번호", gen_passport(rng, nat=NAT_PASSPORT.get(p.extra.get("nat"), "VN")))]
    grid(d, rng, pairs)
    d.t("분실 일시: ", ndate(rng, 2026, 2026), " ", f"{rng.randint(0, 23):02d}시경", "\n분실 장소: ",
        rng.choice(["지하철 2호선 차내", "○○시장 인근", "택시 안", "공원 화장실", "버스정류장"]), "\n\n")
    d.t("위와 같이 신고합니다.\n", ndate(rng, 2026, 2026, "ko"), "\n신고인 ", p, " (서명)\n\n", neg_office(rng, inst), " 귀하\n")
    d.lay("signoff_seal")
    if kind == "card":
        d.t("※ 카드사 분실신고센터: ", N(rng.choice(CALL_PREFIX) + "-" + str(rng.randint(1000, 9999)), "institution_switchboard"), "\n")


def T_ledger_visitor(d, rng, nopii):
    inst = pick_inst(rng)
    d.t(rng.choice(["방문자 출입 관리대장", "청사 출입자 명부", "외부인 출입 기록부"]), "  (", inst["name"], ")\n")
    hdr = ["일자", "입실", "퇴실", "성명", "소속", "연락처", "차량번호", "방문목적"]
    rows = []
    for k in range(rng.randint(4, 7)):
        t1 = rng.randint(8, 17)
        comp = neg_company(rng) if rng.random() < 0.5 else rng.choice(["개인", "민원인", "-"])
        rows.append([ndate(rng, 2026, 2026, "dot_pad"), f"{t1:02d}:{rng.randint(0, 59):02d}", f"{t1 + 1:02d}:{rng.randint(0, 59):02d}",
                     gen_person(rng), comp, gen_phone(rng), gen_plate(rng) if rng.random() < 0.6 else "도보",
                     rng.choice(["민원 상담", "회의", "납품", "면담", "시설 점검"])])
    table(d, rng, hdr if rng.random() < 0.55 else None, rows, style=rng.choice(["pipe", "tab", "spaces", "box"]))
    d.t("\n확인자: ", rng.choice(["청원경찰", "당직 근무자", "안내 데스크"]), " ", gen_person(rng), " (인)\n")
    d.lay("signoff_seal")
    if rng.random() < 0.7:
        paginate(d, rng, inst, "방문자 관리대장")


def T_ledger_payment(d, rng, nopii):
    inst = pick_inst(rng, ["local", "central", "agency"])
    title, prog = rng.choice([("보조금 지급 대장", "청년 월세 지원"), ("지원금 지급 명세", "긴급복지 생계지원"),
                              ("장학금 지급 내역", "지역인재 장학금"), ("수당 지급 대장", "농어민 수당"), ("장려금 지급 대장", "출산 장려금")])
    d.t(title, "\n", "지급일: ", ndate(rng, 2026, 2026), "   사업명: ", prog, "\n\n")
    hdr = ["연번", "성명", "생년월일", "은행", "계좌번호", "예금주", "지급액"]
    rows, total = [], 0
    unit = rng.choice([100000, 300000, 500000, 1000000, 2000000])
    for k in range(rng.randint(3, 6)):
        p = gen_person(rng)
        b, acc = gen_account(rng)
        holder = p if rng.random() < 0.75 else gen_person(rng)
        amt = unit * rng.choice([1, 1, 1, 2])
        total += amt
        rows.append([str(k + 1), p, gen_dob(rng, fmts=["dot_pad", "yymmdd", "hyph", "yy_dot"]), b, acc, holder, N(f"{amt:,}원", "amount")])
    if rng.random() < 0.3:
        b, acc = gen_account(rng)
        c = neg_company(rng)
        total += unit
        rows.append([str(len(rows) + 1), c, "-", b, acc, N(c.s, "company_name"), N(f"{unit:,}원", "amount")])
    table(d, rng, hdr if rng.random() < 0.6 else None, rows)
    d.t("\n합계 ", N(f"{total:,}원", "amount"), "\n\n작성자 ", rng.choice(["주무관", "실무관"]), " ", gen_person(rng), "   확인자 ",
        rng.choice(["팀장", "과장"]), " ", gen_person(rng), "\n")
    d.lay("approval_line")
    if rng.random() < 0.6:
        paginate(d, rng, inst, "지급 대장")


def T_ledger_issue(d, rng, nopii):
    inst = pick_inst(rng, ["local"])
    d.t(rng.choice(["제증명 발급대장", "민원서류 발급 대장", "가족관계증명서 발급 기록"]), "\n")
    rows = []
    for k in range(rng.randint(3, 6)):
        appl = gen_person(rng)
        agent = gen_person(rng) if rng.random() < 0.3 else "본인"
        rows.append([neg_receipt(rng), ndate(rng, 2026, 2026, "dot_pad"), appl,
                     gen_rrn(rng, rng.choice(["masked", "masked", "valid"])), agent,
                     rng.choice(["등본", "초본", "인감증명", "가족관계증명서"]), neg_amount(rng, "fee")])
    table(d, rng, ["발급번호", "발급일", "신청인", "주민등록번호", "대리인", "종류", "수수료"] if rng.random() < 0.5 else None, rows,
          style=rng.choice(["pipe", "spaces", "tab"]))
    d.t("\n담당: ", neg_dong_head(rng), " / 확인 ", gen_person(rng), "\n")
    if rng.random() < 0.6:
        paginate(d, rng, inst, "발급대장")


def _table_topic(rng, idx=None):
    k = rng.randrange(10) if idx is None else idx
    if k == 0:
        return ("위원회 위원 명단", ["연번", "소속", "직위", "성명", "연락처", "이메일"],
                lambda i: [str(i), rng.choice(["○○대학교", "한국○○연구원", "법무법인 ○○", "시민단체"]), rng.choice(["교수", "연구위원", "변호사", "대표"]),
                           gen_person(rng), gen_phone(rng), gen_email(rng)])
    if k == 1:
        return ("교육 수강자 명단", ["번호", "성명", "생년월일", "휴대전화", "소속"],
                lambda i: [str(i), gen_person(rng), gen_dob(rng, fmts=["dot_pad", "hyph", "yymmdd", "yy_dot", "dot_sp"]), gen_phone(rng),
                           rng.choice(inst_dept_words)])
    if k == 2:
        return ("체납자 현황", ["연번", "체납자", "사업자등록번호", "주소", "체납액"],
                lambda i: [str(i), gen_person(rng), gen_brn(rng, "indiv"), gen_address(rng), neg_amount(rng, "mid")])
    if k == 3:
        return ("차량 소유자 현황", ["번호", "소유자", "차량번호", "주소", "연락처"],
                lambda i: [str(i), gen_person(rng), gen_plate(rng), gen_address(rng), gen_phone(rng)])
    if k == 4:
        def f4(i):
            p = gen_person(rng, "foreign_latin")
            nat = p.extra["nat"]
            return [str(i), p, nat, gen_frn(rng), gen_passport(rng, nat=NAT_PASSPORT[nat]), neg_company(rng)]
        return ("외국인 근로자 명단", ["연번", "성명(영문)", "국적", "외국인등록번호", "여권번호", "사업장"], f4)
    if k == 5:
        return ("수급자 명단", ["번호", "성명", "주민등록번호", "건강보험증번호", "연락처"],
                lambda i: [str(i), gen_person(rng), gen_rrn(rng), gen_hi(rng), gen_phone(rng)])
    if k == 6:
        return ("법인카드 외 결제 내역", ["일자", "사용자", "카드번호", "승인번호", "금액"],
                lambda i: [ndate(rng, 2026, 2026, "dot_pad"), gen_person(rng), gen_card(rng),
                           N(f"{rng.randint(10000000, 99999999)}", "transaction_number"), neg_amount(rng, "small")])
    if k == 7:
        return ("참여 법인 현황", ["연번", "법인명", "대표자", "법인등록번호", "사업자등록번호", "소재지"],
                lambda i: [str(i), neg_company(rng), gen_person(rng), gen_crn(rng), gen_brn(rng, "corp"), gen_address(rng)])
    if k == 8:
        return ("운전 요원 면허 현황", ["번호", "성명", "면허종별", "면허번호", "연락처"],
                lambda i: [str(i), gen_person(rng), rng.choice(["1종 보통", "1종 대형", "2종 보통", "1종 특수"]), gen_dl(rng), gen_phone(rng)])
    return ("접속 IP 현황", ["번호", "사용자", "접속 IP", "접속일", "이메일"],
            lambda i: [str(i), gen_person(rng), gen_ip(rng), ndate(rng, 2026, 2026, "hyph"), gen_email(rng)])


def _table_doc(d, rng, header_on, style, topic=None):
    title, hdr, mk = _table_topic(rng, topic)
    if rng.random() < 0.7:
        o, c = rng.choice([("<", ">"), ("[", "]"), ("■ ", ""), ("○ ", ""), ("", "")])
        d.t(o + title + c, rng.choice(["", " (" + str(rng.randint(2024, 2026)) + "년 기준)"]), "\n")
    rows = [mk(i + 1) for i in range(rng.randint(3, 7))]
    table(d, rng, hdr if header_on else None, rows, style=style, wrap_p=0.5)
    if rng.random() < 0.6:
        d.t(rng.choice(["※ 자료: ", "출처: ", "※ 작성: "]), pick_inst(rng)["name"], " ", rng.choice(inst_dept_words), " (",
            ndate(rng, 2026, 2026), " 기준)\n")
    else:
        d.t("※ 본 자료는 ", neg_statute(rng), "에 따라 목적 외 이용을 금합니다.\n")


def T_table_pipe_header(d, rng, nopii):
    _table_doc(d, rng, True, rng.choice(["pipe", "pipe_bare", "box"]))
    if rng.random() < 0.5:
        paginate(d, rng, None, None)


def T_table_tab_header(d, rng, nopii):
    _table_doc(d, rng, True, rng.choice(["tab", "spaces", "lines"]))


def T_table_noheader_spaces(d, rng, nopii):
    _table_doc(d, rng, False, rng.choice(["spaces", "tab", "lines"]))


def T_table_noheader_pipe(d, rng, nopii):
    _table_doc(d, rng, False, rng.choice(["pipe", "pipe_bare", "box"]))
    if rng.random() < 0.5:
        paginate(d, rng, None, None)


# ---------------------------------------------------------------------------
# templates, part B: contracts, personnel, minutes, press, news, judgments
# ---------------------------------------------------------------------------
G, E = N("갑", "placeholder_person"), N("을", "placeholder_person")


def T_contract_service(d, rng, nopii):
    inst = pick_inst(rng)
    comp = company(rng)
    ceo = gen_person(rng)
    kind = rng.choice(["용역", "물품구매", "공사", "유지관리 용역"])
    d.t(rng.choice([f"{kind} 계약서", " ".join(f"{kind}계약서"), f"표준 {kind} 계약서"]), "\n\n")
    grid(d, rng, [("계약명", rng.choice(["민원 안내 시스템 유지관리", "청사 청소 및 경비", "통계 조사 용역", "방역 소모품 구매"])),
                  ("계약번호", neg_public_id(rng)), ("계약금액", [neg_amount(rng, "large"), " (부가가치세 포함)"]),
                  ("계약기간", [dpair(rng)])], style=rng.choice(["pipe2", "colon", "box"]))
    d.t("\n발주기관(", G, ")\n")
    grid(d, rng, [("기관명", inst["name"]), ("고유번호", N(inst["brn"], "institution_number")), ("주소", N(inst["addr"], "institution_address")),
                  ("대표자", neg_office(rng, inst))], style="colon")
    d.t("계약상대자(", E, ")\n")
    pairs = [("상호", N(comp, "company_name")), ("대표자", ceo), ("사업자등록번호", gen_brn(rng, "corp")),
             ("주소", addr_parts(rng, gen_address(rng, unit=rng.choice(["floor", "floor_only", "none"])))), ("전화", gen_phone(rng, rng.choice(["landline", "070"])))]
    if rng.random() < 0.7:
        pairs.insert(3, ("법인등록번호", gen_crn(rng)))
    if rng.random() < 0.4:
        pairs.append(("담당자", [gen_person(rng), " ", rng.choice(["과장", "대리", "부장"]), " (", gen_phone(rng), ", ", gen_email(rng, "company", domain=rng.choice(["hanbit.co.kr", "daon-tech.com", "saesol.kr"])), ")"]))
    grid(d, rng, pairs, style=rng.choice(["colon", "pipe2", "tab", "lines"]))
    b, acc = gen_account(rng)
    d.t("대금 지급 계좌: ", b, " ", acc, " (예금주: ", N(comp, "company_name"), ")\n\n")
    d.t("제1조(목적) 이 계약은 ", G, "이 발주하는 ", kind, "의 수행에 필요한 사항을 정함을 목적으로 한다.\n")
    d.t("제2조(계약보증금) ", E, "은 계약금액의 100분의 10에 해당하는 ", neg_amount(rng, "mid"), "을 계약보증금으로 납부한다.\n")
    d.t("제3조(지체상금) ", E, "이 계약기간 내에 의무를 이행하지 못한 경우 ", neg_statute(rng), "에 따른 지체상금을 ", G,
        "에게 납부한다.\n")
    d.t("제4조(개인정보 보호) ", E, "은 업무 수행 중 알게 된 개인정보를 ", N("「개인정보 보호법」", "statute_citation"), "에 따라 처리한다.\n\n")
    d.t("위 계약을 증명하기 위하여 계약서 2통을 작성하여 각 1통씩 보관한다.\n\n", ndate(rng, 2026, 2026, "ko"), "\n\n")
    d.t(G, " ", neg_office(rng, inst), rng.choice([" (직인)", " ㊞"]), "\n", E, " ", N(comp, "company_name"), "  대표이사 ", ceo,
        rng.choice([" (인)", " ㊞", "  (서명 또는 날인)"]), "\n")
    d.lay("signoff_seal")
    if rng.random() < 0.6:
        paginate(d, rng, inst, kind + " 계약서")


def T_contract_lease(d, rng, nopii):
    d.t(rng.choice(["부동산 임대차 계약서", "주택임대차 표준계약서", "상가건물 임대차 계약서"]), "\n\n")
    lessor, lessee = gen_person(rng), gen_person(rng)
    d.t("임대인(", G, ")과 임차인(", E, ")은 아래 표시 부동산에 관하여 다음과 같이 임대차 계약을 체결한다.\n\n")
    d.t("1. 부동산의 표시\n소재지: ", gen_address(rng, unit="apt"), "\n면적: ", f"{rng.randint(33, 135)}.{rng.randint(10, 99)}㎡", "\n\n")
    d.t("2. 계약 내용\n보증금: ", neg_amount(rng, "large"), "   월 차임: ", neg_amount(rng, "small"), "\n계약기간: ", dpair(rng), "\n")
    b, acc = gen_account(rng)
    d.t("차임 입금 계좌: ", b, " ", acc, " 예금주 ", lessor, "\n\n")
    d.t("특약사항: ", rng.choice(["반려동물 사육 불가", "도배는 임대인 부담", "전입신고 및 확정일자 즉시 진행"]), "\n\n", ndate(rng, 2026, 2026, "ko"), "\n")
    for role, p in (("임대인", lessor), ("임차인", lessee)):
        grid(d, rng, [(role, [p, rng.choice([" (인)", " (서명)", ""])]), ("주민등록번호", gen_rrn(rng, rng.choice(["valid", "masked", "valid"]))),
                      ("주소", gen_address(rng)), ("전화", gen_phone(rng))], style=rng.choice(["pipe2", "colon", "spaced"]))
    bk = gen_person(rng)
    d.t("개업공인중개사  사무소 명칭 ", N(rng.choice(COMPANY_STEMS) + "공인중개사사무소", "company_name"), "  대표 ", bk, "  등록번호 ",
        N(f"{rng.randint(11110, 48890)}-{rng.randint(2015, 2025)}-{rng.randint(10000, 99999)}", "public_record_id"), "\n",
        "사업자등록번호 ", gen_brn(rng, "indiv"), "  전화 ", gen_phone(rng, "landline"), "\n")
    d.lay("signoff_seal")


def T_contract_employment(d, rng, nopii):
    inst = pick_inst(rng, ["local", "edu", "agency"])
    w = gen_person(rng)
    d.t(rng.choice(["근로계약서(공무직)", "기간제 근로자 표준근로계약서", "단시간 근로자 근로계약서"]), "\n\n")
    d.t(neg_office(rng, inst), "(이하 \"사용자\"라 함)과 ", w, "(이하 \"근로자\"라 함)은 다음과 같이 근로계약을 체결한다.\n\n")
    d.t("1. 근로계약기간: ", dpair(rng, "부터 "), "까지\n2. 근무 장소: ", inst["name"], " ",
        rng.choice(inst["depts"]), "\n3. 업무 내용: ", rng.choice(["민원 안내", "시설 관리", "자료 정리", "급식 보조"]), "\n4. 임금: 월 ",
        neg_amount(rng, "small"), "\n5. 임금 지급일: 매월 ", str(rng.randint(10, 25)), "일\n")
    b, acc = gen_account(rng)
    d.t("6. 지급 방법: 근로자 명의 예금통장에 입금 (", b, " ", acc, ")\n7. 사회보험 적용: 고용보험, 산재보험, 국민연금, 건강보험\n")
    d.t("8. 기타: 이 계약에 정함이 없는 사항은 ", neg_statute(rng), "에 따른다.\n\n", ndate(rng, 2026, 2026, "ko"), "\n\n")
    d.t("(사용자) ", neg_office(rng, inst), " (직인)\n")
    grid(d, rng, [("(근로자) 성명", [w, rng.choice([" (서명)", " (인)"])]), ("생년월일", gen_dob(rng, lo=(1960, 1, 1), hi=(2005, 12, 31))),
                  ("주소", gen_address(rng)), ("연락처", gen_phone(rng))], style=rng.choice(["colon", "spaced", "pipe2"]))
    d.lay("signoff_seal")


def T_personnel_order(d, rng, nopii):
    inst = pick_inst(rng, ["local", "central", "edu"])
    o, c = rng.choice([("", ""), ("(", ")"), ("[", "]")])
    d.t(inst["name"], " 인사발령\n", o, N(f"{inst['name'].split()[-1]} 인사발령 제{rng.randint(2024, 2026)}-{rng.randint(1, 300)}호", "document_number"),
        c, "\n\n")
    sections = rng.sample(["승진", "전보", "신규임용", "휴직", "직무대리", "복직"], rng.randint(2, 4))
    for sec in sections:
        d.t("□ ", sec, "\n")
        rows = []
        for _ in range(rng.randint(1, 4)):
            p = gen_person(rng, rng.choice(["ko3", "ko3", "ko3", "ko2", "ko_sur2", "ko4long"]))
            if sec == "신규임용":
                rows.append([rng.choice(inst["depts"]), rng.choice(["지방행정서기보", "행정9급", "전산8급", "사회복지9급"]), p,
                             ["(", gen_dob(rng, lo=(1990, 1, 1), hi=(2003, 12, 31), fmts=["dot_sp", "yy_dot", "dot_pad_end"]), rng.choice(["생)", ")"])]])
            elif sec == "휴직":
                rows.append([rng.choice(inst["depts"]), rng.choice(["행정7급", "주무관"]), p,
                             rng.choice(["육아휴직(", "질병휴직(", "가사휴직("]), dpair(rng), ")"])
            elif sec == "직무대리":
                rows.append([rng.choice(inst["depts"]) + "장 직무대리", rng.choice(["행정6급", "지방행정주사"]), p, ""])
            else:
                rows.append([rng.choice(inst["depts"]), rng.choice(["행정5급", "행정6급", "지방행정사무관", "시설6급"]), p,
                             rng.choice(["", "(" + rng.choice(inst["depts"]) + "에서)"])])
        table(d, rng, ["소속", "직급", "성명", "비고"] if rng.random() < 0.5 else None, rows, style=rng.choice(["spaces", "pipe", "tab", "lines"]))
    d.t("\n", ndate(rng, 2026, 2026, rng.choice(["dot_sp", "ko"])), "자\n\n", neg_office(rng, inst), "\n")
    if rng.random() < 0.5:
        paginate(d, rng, inst, "인사발령")


def T_personnel_overseas(d, rng, nopii):
    inst = pick_inst(rng, ["central", "local", "agency"])
    d.t(rng.choice(["공무국외출장 명령", "국외출장 결과 보고서", "공무국외여행 허가 신청"]), "\n\n1. 출장 목적: ",
        rng.choice(["국제회의 참석", "선진 사례 조사", "업무 협약 체결", "교육 훈련 참가"]), "\n2. 출장국: ",
        rng.choice(["일본 도쿄", "베트남 하노이", "독일 베를린", "미국 워싱턴", "싱가포르"]), "\n3. 기간: ", dpair(rng), "\n4. 출장자\n")
    rows = []
    for k in range(rng.randint(2, 5)):
        p = gen_person(rng, rng.choice(["ko3", "ko3", "ko2", "ko_sur2"]))
        rows.append([str(k + 1), rng.choice(inst["depts"]), rng.choice(["서기관", "사무관", "주무관", "과장"]), p,
                     gen_passport(rng, rng.choice(["kr_old", "kr_new", "kr_new"])),
                     gen_dob(rng, lo=(1965, 1, 1), hi=(1998, 12, 31), fmts=["dot_pad", "en_dmy", "yymmdd", "hyph", "dot_sp"])])
    table(d, rng, ["연번", "소속", "직위", "성명", "여권번호", "생년월일"] if rng.random() < 0.6 else None, rows)
    d.t("5. 소요 예산: ", neg_amount(rng, "mid"), " (", rng.choice(["국외여비", "국제화여비"]), ")\n6. 근거: ", neg_statute(rng), "\n\n")
    approval_block(d, rng, inst)
    if rng.random() < 0.5:
        paginate(d, rng, inst, "국외출장")


def T_minutes(d, rng, nopii):
    inst = pick_inst(rng)
    comm = rng.choice(["개인정보 보호위원회", "정보공개심의회", "인사위원회", "지방보조금심의위원회", "교통안전위원회", "학교운영위원회"])
    d.t(f"제{rng.randint(1, 40)}차 ", comm, " 회의록\n\n")
    chair = gen_person(rng)
    mem = [gen_person(rng) for _ in range(rng.randint(3, 6))]
    sec = gen_person(rng)
    d.t("일시: ", ndate(rng, 2025, 2026, rng.choice(["ko", "dot_sp"])), " ", f"{rng.randint(10, 16)}:00", "\n장소: ",
        inst["name"], " ", rng.choice(["소회의실", "대회의실", "영상회의실"]), "\n")
    style = rng.randrange(3)
    d.t("참석자: 위원장 ", chair, ", 위원 ")
    for k, m in enumerate(mem[:-1]):
        d.t(m, ", " if k < len(mem) - 2 else "")
    d.t(" (위원장 포함 " + str(len(mem)) + "명)\n" if style else "\n")
    d.t("불참: ", mem[-1], " 위원(", rng.choice(["개인 사정", "출장"]), ")\n간사: ", rng.choice(inst["depts"]), " ", sec, " 주무관\n\n")
    d.t("안건: ", rng.choice(["정보공개 청구 건에 대한 공개 여부 심의", "보조금 지원 대상 선정", "징계 의결 요구 건", "개인정보 파일 보유기간 연장"]),
        " (", neg_receipt(rng), ")\n\n")
    for _ in range(rng.randint(3, 6)):
        who = rng.choice([("위원장", chair)] + [("위원", m) for m in mem[:-1]] + [("간사", sec)])
        fmt = rng.randrange(4)
        if fmt == 0:
            d.t("○ ", who[0], "(", who[1], "): ")
        elif fmt == 1:
            d.t(who[1], " ", who[0], ": ")
        elif fmt == 2:
            d.t("◇ ", who[0], " ", who[1], " : ")
        else:
            d.t(who[0], "  ", who[1], "\n  ")
        k = rng.randrange(6)
        d.t([["청구인의 주장은 타당하다고 봅니다."], ["예산 집행률이 낮은 사유를 설명해 주시기 바랍니다."],
             [neg_statute(rng), "의 취지를 고려하면 부분공개가 적절합니다."], ["다른 의견 있으십니까?"],
             ["관련 판례(", neg_case(rng), ")도 참고하였습니다."], ["원안대로 의결하는 것에 동의합니다."]][k], "\n")
    d.t("\n의결: ", rng.choice(["원안 가결", "수정 가결", "부결", "재심의"]), "\n\n", rng.choice(["위원장 ", "회의록 작성: 간사 "]),
        chair if rng.random() < 0.5 else sec, " (서명)\n")
    d.lay("signoff_seal")
    if rng.random() < 0.5:
        paginate(d, rng, inst, comm)


def T_minutes_anon(d, rng, nopii):
    inst = pick_inst(rng)
    d.t(rng.choice(["정보공개심의회 회의 결과(공개용)", "위원회 회의록 요지", "심의 결과 요약"]), "\n\n일시: ", ndate(rng, 2025, 2026), "\n장소: ",
        inst["name"], " 회의실\n참석: 위원장 포함 ", str(rng.randint(5, 9)), "명\n\n")
    for _ in range(rng.randint(3, 5)):
        ph = N(rng.choice(["A위원", "B위원", "C위원", "위원 D", "○○○ 위원", "김○○ 위원"]), "placeholder_person")
        d.t("- ", ph, ": ", rng.choice(["해당 정보는 ", "청구 대상 문서는 "]), neg_statute(rng), rng.choice(["에 해당하여 비공개가 타당함.", "에 따라 부분공개함이 타당함."]), "\n")
    d.t("- 위원장: ", neg_case(rng), " 판결의 취지를 참고하여 ", rng.choice(["부분공개", "공개"]), "로 의결함.\n\n", "※ 위원 명단은 ",
        N("「공공기관의 정보공개에 관한 법률」 제9조제1항제6호", "statute_citation"), "에 따라 비공개\n", name_shaped_sentence(rng), "문의: ", inst["name"], " ",
        neg_switch(rng, inst), "\n")


def T_press_release(d, rng, nopii):
    inst = pick_inst(rng, ["central", "local", "agency"])
    d.t(rng.choice(["보 도 자 료", "보도자료", "[보도참고자료]"]), "\n", inst["name"], "\n\n")
    grid(d, rng, [("보도 일시", [ndate(rng, 2026, 2026), "(", rng.choice("월화수목금"), ") ", rng.choice(["12:00", "06:00", "즉시"])]),
                  ("배포 일시", ndate(rng, 2026, 2026))], style="pipe2")
    dept = rng.choice(inst["depts"])
    if nopii:
        d.t("담당 부서 ", dept, "  (", neg_switch(rng, inst, label=False), ")\n\n")
    else:
        grid(d, rng, [("담당 부서", dept), ("책임자", [rng.choice(["과장", "국장"]), " ", gen_person(rng), " (", gen_phone(rng, "landline", area=inst["area"]), ")"]),
                      ("담당자", [rng.choice(["사무관", "주무관", "서기관"]), " ", gen_person(rng), " (", gen_phone(rng, "landline", area=inst["area"]), ")"])],
             style=rng.choice(["pipe2", "colon", "tab"]))
    d.t("\n", rng.choice(["민원 처리 기간 평균 3일 단축", "개인정보 유출 신고 절차 간소화", "우수 공무원 포상 실시", "어르신 교통안전 교육 확대"]), "\n\n")
    if nopii:
        d.t("- ", neg_office(rng, inst), "은 ", ndate(rng, 2026, 2026), " ", rng.choice(["관계기관 회의를 열고", "제도 개선안을 발표하고"]),
            " 총 ", neg_amount(rng, "large"), "을 투입한다고 밝혔다.\n- 이번 조치는 ", neg_statute(rng), " 개정에 따른 것이다.\n")
    else:
        minister = gen_person(rng)
        head = inst["head"]
        ttl = next((x for x in ["이사장", "구청장", "교육감", "도지사", "장관", "청장", "시장", "위원장"] if head.endswith(x)), "기관장")
        d.t("- ", inst["name"], "(", ttl, " ", minister, ")", josa(inst["name"], "은", "는"), " ",
            ndate(rng, 2026, 2026), " ", rng.choice(["유공자 시상식을 개최했다고 밝혔다.", "업무협약을 체결했다고 밝혔다."]), "\n")
        aw = gen_person(rng)
        age = rng.randint(28, 70)
        d.t("- 이날 대상을 받은 ", aw, rng.choice([f"({age}) 씨는", f" 씨({age})는", f"(여·{age}) 씨는", f" {rng.choice(['주무관', '팀장'])}은"]), " \"",
            rng.choice(["주민들과 함께 만든 결과", "동료들 덕분", "앞으로도 현장에서 답을 찾겠다"]), "\"라고 말했다.\n")
        if rng.random() < 0.5:
            d.t("- 협약식에는 ", neg_company(rng), " 대표 ", gen_person(rng), " 등이 참석했다.\n")
    if rng.random() < 0.5:
        d.t(name_shaped_sentence(rng))
    d.t("\n※ 붙임: ", rng.choice(["행사 사진 2매", "추진 계획 1부"]), "\n", "문의: ", inst["name"], " ", neg_switch(rng, inst), "\n")
    d.lay("attachment_list")
    if rng.random() < 0.5:
        paginate(d, rng, inst, "보도자료")


def T_news(d, rng, nopii):
    kind = rng.choice(["accident", "obit", "people", "good", "lost"])
    rep = gen_person(rng, "ko3")
    d.t("[", rng.choice(["사회", "지역", "인물", "사건·사고"]), "] ")
    city = rng.choice(SIDO)[1]
    if kind == "accident":
        p1, p2 = gen_person(rng), gen_person(rng)
        d.t(city, "서 승용차·화물차 충돌…", str(rng.randint(1, 4)), "명 부상\n\n", rep, " 기자 = ", ndate(rng, 2026, 2026, "ko").s.split("년 ")[1] if False else "",
            rng.choice(["지난 ", ""]), str(rng.randint(1, 28)), "일 오후 ", str(rng.randint(1, 11)), "시께 ", city, " 한 교차로에서 ",
            p1, f"({rng.randint(20, 80)})", " 씨가 몰던 승용차(", gen_plate(rng), ")와 ", p2, f"({rng.randint(20, 80)})",
            " 씨의 화물차가 충돌했다.\n경찰은 ", N(rng.choice(["A씨", "운전자 B씨", "정 모 씨"]), "placeholder_person"),
            "를 상대로 정확한 사고 경위를 조사하고 있다.\n")
    elif kind == "obit":
        dead = gen_person(rng)
        kids = [gen_person(rng) for _ in range(rng.randint(1, 3))]
        d.t("부고\n\n▲", dead, " 씨 별세, ", kids[0], "(", rng.choice(["○○일보 기자", "자영업", "교사"]), ")")
        for k in kids[1:]:
            d.t("·", k)
        dd = dpair(rng, "")
        d.t(" 씨 ", rng.choice(["부친상", "모친상", "빙부상"]), " = ", dd[0], " ", rng.choice(["○○병원", "□□장례식장"]),
            " ", str(rng.randint(1, 9)), "호실, 발인 ", dd[2], " 연락처 ", gen_phone(rng), "\n")
    elif kind == "people":
        d.t("인사 동정\n\n◇", pick_inst(rng)["name"], "\n")
        for _ in range(rng.randint(2, 5)):
            d.t("▲", rng.choice(inst_dept_words), rng.choice(["장", "팀장"]), " ", gen_person(rng), "\n")
    elif kind == "good":
        p = gen_person(rng)
        d.t("20년째 무료 급식 봉사…", city, " ", p, " 씨\n\n", rep, " 기자 = ", city, "에서 식당을 운영하는 ", p,
            f"({rng.randint(40, 80)})", " 씨는 ", rng.choice(["매주 화요일", "매달 첫째 주"]), " 홀몸 어르신들에게 점심을 대접해 왔다.\n",
            p, " 씨는 \"", rng.choice(["받은 만큼 돌려드리는 것", "할 수 있을 때까지 하겠다"]), "\"고 말했다.\n")
        if rng.random() < 0.6:
            d.t(gen_dob(rng, fmts=["ko", "ko_nosp"], lo=(1946, 1, 1), hi=(1986, 12, 31)), " ", rng.choice(["전남 해남", "경북 의성", "충남 부여", "함경도"]),
                "에서 태어난 ", p, " 씨는 ", rng.choice(["스무 살에 상경해", "어려운 형편 속에서도"]), " 봉사를 이어 왔다.\n")
    else:
        p = gen_person(rng)
        d.t("버스에 두고 내린 현금 ", neg_amount(rng, "small"), "…기사가 주인 찾아줘\n\n", rep, " 기자 = 시내버스 기사 ", p, f"({rng.randint(40, 65)})",
            " 씨가 승객이 놓고 내린 가방을 경찰에 인계했다. 가방 안에는 ", gen_person(rng), " 씨 명의의 신분증과 카드(", gen_card(rng, masked=True),
            ")가 들어 있었다.\n")
    if rng.random() < 0.6:
        d.t(name_shaped_sentence(rng))
    d.t("\n", rep, " 기자 ", gen_email(rng, "company", domain=rng.choice(["newsk.co.kr", "dailyhan.com", "ilbo-news.kr"])), "\n")
    d.t(rng.choice(["<저작권자 ⓒ 무단전재 및 재배포 금지>", "ⓒ 무단 전재-재배포, AI 학습 및 활용 금지", "Copyright ⓒ All rights reserved."]), "\n")
    d.lay("footer_block")


# ---------------------------------------------------------------------------
# templates, part C: judgments, audit, police, fire, hospital, school, welfare,
# transcripts, logs, tax replies, FOI decisions, immigration
# ---------------------------------------------------------------------------
COURTS = ["서울중앙지방법원", "서울행정법원", "수원지방법원", "부산지방법원 동부지원", "대전지방법원", "광주고등법원", "대구지방법원 서부지원"]


def T_judgment_civil(d, rng, nopii):
    court = rng.choice([c for c in COURTS if "행정" not in c and "고등" not in c])
    d.t("  ".join(court) if rng.random() < 0.4 else court, "\n", rng.choice(["판  결", "판 결", "판결"]), "\n\n")
    d.t("사      건  ", neg_case(rng, "civil"), " ", rng.choice(["손해배상(자)", "대여금", "부당이득금", "임대차보증금 반환"]), "\n")
    pl, df = gen_person(rng), gen_person(rng)
    d.t("원      고  ", pl, "\n            ", gen_address(rng), "\n")
    if rng.random() < 0.6:
        d.t("            소송대리인 변호사 ", gen_person(rng), "\n")
    d.t("피      고  1. ", df, "\n               ", gen_address(rng), "\n")
    corp = rng.random() < 0.5
    if corp:
        d.t("            2. ", neg_company(rng), "\n               ", gen_address(rng, unit=rng.choice(["floor", "none"])), "\n               대표이사 ", gen_person(rng), "\n")
    dd = dpair(rng, "", y=rng.choice([2024, 2025, 2026]))
    d.t("변 론 종 결  ", dd[0], "\n판 결 선 고  ", dd[2], "\n\n", rng.choice(["주      문", "주 문"]), "\n")
    d.t("1. 피고", "들은 연대하여" if corp else "는", " 원고에게 ", neg_amount(rng, "mid"), " 및 이에 대하여 ", ndate(rng, 2022, 2025, "dot_sp"),
        "부터 다 갚는 날까지 연 12%의 비율로 계산한 돈을 지급하라.\n2. 소송비용은 피고", "들이" if corp else "가", " 부담한다.\n\n이      유\n")
    r = rng.random()
    if r < 0.4:
        d.t("1. 기초사실\n  가. 피고 ", nm(df, "은"), " ", ndate(rng, 2023, 2025), " ", gen_plate(rng), " 승용차를 운전하던 중 원고를 충격하였다.\n")
    elif r < 0.7:
        b, acc = gen_account(rng)
        d.t("1. 인정사실\n  원고는 피고에게 ", neg_amount(rng, "mid"), "을 피고 명의의 ", b, " 계좌(", acc, ")로 송금하였다(갑 제1호증).\n")
    else:
        d.t("1. 인정사실\n  원고는 ", gen_address(rng, unit="apt"), "에 관하여 피고와 임대차계약을 체결하였다.\n")
    d.t("2. 판단\n  ", neg_statute(rng), "에 비추어 원고의 청구는 이유 있다.\n\n", "판사  ", gen_person(rng), "\n")
    d.lay("signoff_seal")
    if rng.random() < 0.6:
        paginate(d, rng, None, court)


def T_decision_admin(d, rng, nopii):
    inst = pick_inst(rng, ["local", "police"])
    d.t(rng.choice(["중앙행정심판위원회", "○○시 행정심판위원회"]), "\n", rng.choice(["재  결", "재 결 서", "재결"]), "\n\n")
    cl = gen_person(rng)
    d.t("사      건  ", rng.choice([neg_case(rng, "other"), N(f"{rng.randint(2024, 2026)}-{rng.randint(1000, 29999)}", "case_number")]), " ", rng.choice(["자동차운전면허 취소처분 취소청구", "영업정지처분 취소청구", "과태료 부과처분 취소청구"]), "\n")
    d.t("청  구  인  ", cl, "\n            ", addr_parts(rng, gen_address(rng), paren=False), "\n")
    if rng.random() < 0.4:
        d.t("            대리인 행정사 ", gen_person(rng), "\n")
    d.t("피청구인  ", N(rng.choice(["서울특별시경찰청장", "경기도북부경찰청장", inst["head"]]), "official_by_office"), "\n재결일  ",
        ndate(rng, 2025, 2026), "\n\n주문  청구인의 청구를 ", rng.choice(["기각한다.", "인용한다.", "일부 인용한다."]), "\n\n청구 취지\n  피청구인이 ",
        ndate(rng, 2025, 2026), " 청구인에게 한 ", rng.choice(["제1종 보통 운전면허", "운전면허"]), " 취소처분을 취소한다.\n\n이유\n")
    dob = gen_dob(rng, fmts=["dot_sp", "ko", "yy_dot_sp", "dot_pad_end"])
    d.t("1. 사건 개요\n  청구인(", dob, "생)은 ", ndate(rng, 2025, 2026), " 혈중알코올농도 0.", str(rng.randint(80, 160)), "% 상태로 ",
        gen_plate(rng), " 차량을 운전하였다는 이유로 피청구인으로부터 운전면허(", gen_dl(rng), ") 취소처분을 받았다.\n")
    d.t("2. 관계 법령\n  ", neg_statute(rng, ["도로교통법", "행정심판법"]), "\n3. 판단\n  청구인의 주장은 받아들이기 어렵다.\n\n위원장 ", gen_person(rng),
        rng.choice(["", "  위원 "]), "\n")
    d.lay("signoff_seal")


def T_judgment_anon(d, rng, nopii):
    d.t(rng.choice(["판례 해설", "[판결 요지]", "주요 판결 소개"]), "\n\n", rng.choice(COURTS), " ", ndate(rng, 2022, 2026), " 선고 ", neg_case(rng, "crim"), " 판결\n\n")
    d.t("【사안】 피고인 ", N(rng.choice(["A", "갑", "김○○", "甲"]), "placeholder_person"), "은 피해자 ",
        N(rng.choice(["B(여, 34세)", "을", "이**", "乙"]), "placeholder_person"), "에게 ", neg_amount(rng, "mid"), "을 편취하였다.\n")
    d.t("【판단】 ", neg_statute(rng), "의 '기망'에 해당한다고 본 원심 판단은 정당하다(", neg_case(rng, "crim"), " 참조).\n")
    d.t("【의의】 ", rng.choice(["보이스피싱 전달책의 고의 판단 기준을 제시", "개인정보 부정취득의 범위를 명확히 함"]), ".\n")
    if rng.random() < 0.5:
        cat, words = rng.choice(sorted(NAME_SHAPED.items()))
        d.t("※ 사건 발생지: ", N(rng.choice(words), cat), rng.choice([" 일대", " 인근", ""]), "\n")
    d.t("\n자료: 법원 종합법률정보 / 작성: ", rng.choice(["법무담당관실", "송무팀"]), "\n")


def T_audit(d, rng, nopii):
    inst = pick_inst(rng, ["local", "central", "edu"])
    d.t(rng.choice(["감사결과 처분요구서", "자체감사 결과 보고", "특정감사 결과"]), "\n\n1. 감사대상: ", inst["name"], " ", rng.choice(inst["depts"]), "\n2. 감사기간: ",
        dpair(rng), "\n3. 지적사항: ", rng.choice(["보조금 부당 지급", "계약 업무 부적정", "개인정보 관리 소홀"]), "\n\n")
    o1, o2 = gen_person(rng), gen_person(rng)
    ceo = gen_person(rng)
    comp = company(rng)
    b, acc = gen_account(rng)
    d.t("가. 현황 및 문제점\n  ", rng.choice(inst["depts"]), " 주무관 ", nm(o1, "은"), " ", ndate(rng, 2025, 2026), " ", N(comp, "company_name"), "(대표 ", ceo,
        ", 사업자등록번호 ", gen_brn(rng), ")과 ", neg_amount(rng, "mid"), " 상당의 수의계약을 체결하면서 대금을 대표자 개인 계좌(", b, " ", acc,
        ")로 지급하였다.\n  당시 팀장 ", nm(o2, "은"), " 이를 확인하지 않은 채 결재하였다.\n\n")
    d.t("나. 관계 법령\n  ", neg_statute(rng), "\n\n다. 조치 사항\n")
    table(d, rng, ["소속", "직급", "성명", "처분요구"] if rng.random() < 0.6 else None,
          [[rng.choice(inst["depts"]), "행정7급", o1.copy(), rng.choice(["경징계", "훈계", "주의"])],
           [rng.choice(inst["depts"]), "행정6급", o2.copy(), rng.choice(["주의", "훈계"])]], style=rng.choice(["pipe", "spaces", "tab"]))
    d.t("\n", neg_office(rng, inst), "\n")
    if rng.random() < 0.7:
        paginate(d, rng, inst, "감사결과")


def T_disciplinary(d, rng, nopii):
    inst = pick_inst(rng, ["local", "central", "police", "fire"])
    p = gen_person(rng)
    d.t(rng.choice(["징 계 의 결 서", "징계의결서", "징계 등 의결서"]), "\n\n")
    grid(d, rng, [("소속", inst["name"] + " " + rng.choice(inst["depts"])), ("직위(직급)", rng.choice(["행정6급", "경사", "소방장", "지방행정주사보"])),
                  ("성명", p), ("생년월일", gen_dob(rng, lo=(1965, 1, 1), hi=(1998, 12, 31)))], style=rng.choice(["pipe2", "box", "colon"]))
    d.t("의결주문  ", rng.choice(["정직 1월", "감봉 3월", "견책", "강등"]), "에 처한다.\n\n이유\n  혐의자는 ", ndate(rng, 2025, 2026), " ",
        f"{rng.randint(20, 23)}:{rng.randint(0, 59):02d}", "경 혈중알코올농도 0.0", str(rng.randint(40, 99)), "% 상태로 ", place_text(rng),
        " 부근에서 본인 소유 ", gen_plate(rng, rng.choice(["2d", "3d", "region", "nospace"])), " 승용차를 운전하다 적발되어 운전면허(", gen_dl(rng), ")가 ", rng.choice(["정지", "취소"]),
        "되었다.\n  이는 ", neg_statute(rng, ["국가공무원법", "지방공무원법"]), " 위반에 해당한다.\n\n", ndate(rng, 2026, 2026, "ko"), "\n\n")
    d.t(rng.choice(["인사위원회", "보통징계위원회", "징계위원회"]), "\n위원장 ", gen_person(rng), " (인)\n")
    for _ in range(rng.randint(2, 4)):
        d.t("위원 ", gen_person(rng, rng.choice(["ko3", "ko3", "ko2", "ko_sur2"])), rng.choice([" (인)", " ㊞", ""]), rng.choice(["   ", "\n"]))
    d.t("\n")
    d.lay("signoff_seal")


def place_text(rng):
    """an incident location that is not anyone's address (no building number): left unlabelled."""
    sido = rng.choice(SIDO)
    sgg = _sigungu(rng, sido) or sido[0]
    return f"{sgg} {rng.choice(ROAD_STEMS)}{rng.choice(['로', '길'])} {rng.choice(['○○사거리', '교차로', '버스정류장 인근', '지하차도 입구', '삼거리'])}"


def T_police_accident(d, rng, nopii):
    inst = pick_inst(rng, ["police"])
    d.t(rng.choice(["교통사고 발생 보고", "교통사고 실황조사서", "사고 접수 기록"]), "\n접수번호: ", neg_receipt(rng), "\n발생일시: ", ndate(rng, 2026, 2026),
        " ", f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}", "\n발생장소: ", place_text(rng), "\n\n")
    rows = []
    for role in ["제1당사자", "제2당사자"] + (["동승자"] if rng.random() < 0.3 else []):
        p = gen_person(rng)
        rows.append([role, p, gen_dob(rng, fmts=["dot_pad", "yymmdd", "yy_dot", "hyph"]), gen_dl(rng) if role != "동승자" else "-",
                     gen_plate(rng) if role != "동승자" else "-", gen_phone(rng), rng.choice(["○○화재", "□□손해보험", "무보험"])])
    table(d, rng, ["구분", "성명", "생년월일", "면허번호", "차량번호", "연락처", "보험사"] if rng.random() < 0.6 else None, rows,
          style=rng.choice(["pipe", "tab", "spaces", "lines"]))
    d.t("\n사고 개요: ", rows[0][1].copy(), josa(rows[0][1].s, "이", "가"), " 운전하던 차량이 신호를 위반하여 ", rows[1][1].copy(), "의 차량 측면을 충격함.\n")
    d.t("조치: ", neg_statute(rng, ["도로교통법"]), " 적용, 범칙금 ", neg_amount(rng, "fine"), " 부과\n\n작성자 ", inst["name"], " 교통조사계 ",
        rng.choice(["경위", "경사", "순경"]), " ", gen_person(rng), "\n")
    d.lay("signoff_seal")


def T_police_complaint(d, rng, nopii):
    inst = pick_inst(rng, ["police"])
    c, s = gen_person(rng), gen_person(rng)
    d.t(rng.choice(["고 소 장", "사건 접수 확인", "진정서"]), "\n\n고소인\n")
    grid(d, rng, [("성명", c), ("주민등록번호", gen_rrn(rng)), ("주소", addr_parts(rng, gen_address(rng))), ("전화", gen_phone(rng)),
                  ("이메일", gen_email(rng))], style=rng.choice(["colon", "spaced", "pipe2", "lines"]))
    d.t("\n피고소인\n")
    b, acc = gen_account(rng)
    grid(d, rng, [("성명", [s, rng.choice(["", " (인적사항 불상)"])]), ("연락처", gen_phone(rng)), ("계좌", [b, " ", acc])], style="colon")
    d.t("\n고소 취지\n  고소인은 피고소인을 ", neg_statute(rng), " 위반 혐의로 고소하오니 처벌하여 주시기 바랍니다.\n\n고소 이유\n  ",
        "고소인은 ", ndate(rng, 2026, 2026), " 중고거래 앱에서 물품 대금 ", neg_amount(rng, "small"), "을 위 계좌로 송금하였으나 피고소인 ", nm(s, "은"),
        " 물품을 보내지 않고 연락을 끊었습니다.\n  피고소인은 거래 당시 자신이 ", gen_dob(rng, fmts=["ko", "yy_ko", "ko_nosp"], lo=(1975, 1, 1), hi=(2004, 12, 31)),
        rng.choice(["생이라고 말하였습니다.", "에 태어났다며 학생증을 보여 주었습니다."]), "\n", rng.choice(["  피고소인이 사용한 계정 IP는 ", "  거래 당시 접속 IP: "]), gen_ip(rng, "public"), "\n\n")
    d.t(ndate(rng, 2026, 2026, "ko"), "\n고소인 ", c, " (인)\n\n", neg_office(rng, inst), " 귀하\n")
    d.lay("signoff_seal")


def T_fire_ems(d, rng, nopii):
    inst = pick_inst(rng, ["fire"])
    d.t(rng.choice(["구급활동일지", "119 구급 출동 기록", "구급 이송 기록지"]), "\n출동번호: ", neg_receipt(rng), "   신고일시: ", ndate(rng, 2026, 2026, "dot_pad"),
        " ", f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}", "\n")
    pt = gen_person(rng)
    pdob = rand_date(rng, (1931, 1, 1), (2022, 12, 31))
    age = 2025 - pdob.year
    pairs = [("환자 성명", pt), ("성별/나이", rng.choice(["남", "여"]) + f"/{age}세"), ("생년월일", gen_dob(rng, date=pdob)),
             ("주소", gen_address(rng)), ("신고자 연락처", gen_phone(rng))]
    if rng.random() < 0.6:
        pairs.append(("보호자", [gen_person(rng), " (", rng.choice(["배우자", "자녀", "부", "모"]), ", ", gen_phone(rng), ")"]))
    grid(d, rng, pairs, style=rng.choice(["pipe2", "colon", "tab", "box"]))
    d.t("\n환자 상태: ", rng.choice(["의식 명료, 흉통 호소", "낙상 후 좌측 대퇴부 통증", "호흡곤란, SpO2 88%"]), "\n이송 병원: ",
        rng.choice(["○○대학교병원 응급실", "□□병원", "서울특별시 보라매병원"]), "\n출동 대원: ")
    crew = rng.randint(2, 3)
    for k in range(crew):
        d.t(rng.choice(["소방장", "소방교", "소방사"]), " ", gen_person(rng, rng.choice(["ko3", "ko3", "ko2", "ko_sur2"])), ", " if k < crew - 1 else "")
    d.t("\n", inst["name"], " ", rng.choice(inst["depts"]), "\n")
    d.lay("signoff_seal")


def T_hospital_bill(d, rng, nopii):
    clinic = rng.choice(COMPANY_STEMS) + rng.choice(["내과의원", "정형외과의원", "이비인후과", "소아청소년과의원", "치과의원"])
    d.t("진료비 계산서·영수증\n", rng.choice(["[■ 외래  □ 입원]", "[□ 외래 ■ 입원]"]), "\n\n")
    pt = gen_person(rng)
    grid(d, rng, [("환자등록번호", N(f"{rng.randint(10000000, 99999999)}", "hospital_record_number")), ("환자 성명", pt),
                  ("주민등록번호", gen_rrn(rng, rng.choice(["masked", "masked", "valid"]))),
                  ("건강보험증번호", gen_hi(rng)), ("진료기간", [dpair(rng)])],
         style=rng.choice(["pipe2", "colon", "box", "tab"]))
    d.t("\n본인부담금 ", neg_amount(rng, "small"), "   공단부담금 ", neg_amount(rng, "small"), "   합계 ", neg_amount(rng, "small"), "\n\n")
    d.t("납부 방법: 카드 ", gen_card(rng), "  승인번호 ", N(f"{rng.randint(10000000, 99999999)}", "transaction_number"), "\n\n")
    d.t("요양기관 명칭 ", N(clinic, "company_name"), "   대표자 ", gen_person(rng), "\n사업자등록번호 ", gen_brn(rng, "indiv"),
        "   전화 ", gen_phone(rng, "landline"), "\n소재지 ", gen_address(rng, unit=rng.choice(["floor", "floor_only"])), "\n", ndate(rng, 2026, 2026, "ko"), "\n")
    d.lay("form_grid", "signoff_seal")


def T_hospital_record(d, rng, nopii):
    d.t(rng.choice(["진료의뢰서", "입원 기록 요약", "응급실 접수 기록"]), "\n\n")
    pt = gen_person(rng)
    dob = rand_date(rng, (1935, 1, 1), (2024, 12, 31))
    pairs = [("환자명", pt), ("생년월일", gen_dob(rng, date=dob)), ("건강보험증 번호", gen_hi(rng)), ("주소", gen_address(rng)),
             ("연락처", gen_phone(rng))]
    if dob >= dt.date(2020, 10, 1) and rng.random() < 0.7:
        pairs.insert(2, ("주민등록번호", gen_rrn(rng, "post2020", date=dob)))
    elif rng.random() < 0.2:
        pt = gen_person(rng, "foreign_latin")
        pairs[0] = ("환자명", pt)
        pairs.insert(2, ("외국인등록번호", gen_frn(rng)))
    grid(d, rng, pairs)
    d.t("\n진단명: ", rng.choice(["급성 기관지염", "요추 염좌", "2형 당뇨병", "고혈압"]), " (", rng.choice(["J20.9", "S33.5", "E11.9", "I10"]), ")\n의뢰 사유: ",
        rng.choice(["정밀 검사 필요", "전문 진료 필요", "수술 적응증 평가"]), "\n\n의뢰 기관: ", N(rng.choice(COMPANY_STEMS) + "의원", "company_name"),
        "  담당의 ", gen_person(rng), "\n회신 연락처: ", gen_phone(rng, rng.choice(["landline", "fax"])), "\n")
    d.lay("form_grid", "signoff_seal")


def T_school(d, rng, nopii):
    inst = pick_inst(rng, ["edu"])
    school = rng.choice(DONG_STEMS) + rng.choice(["초등학교", "중학교", "고등학교"])
    st, par, tch = gen_person(rng, rng.choice(["ko3", "ko3", "ko2"])), gen_person(rng), gen_person(rng)
    kind = rng.randrange(3)
    if kind == 0:
        d.t(school, " 가정통신문 회신서\n\n", f"{rng.randint(1, 6)}학년 {rng.randint(1, 9)}반 {rng.randint(1, 30)}번  이름: ", st, "\n")
        d.t("체험학습 참가에 ", rng.choice(["동의합니다", "동의하지 않습니다"]), ".\n보호자 ", par, " (서명)   연락처 ", gen_phone(rng), "\n")
        if rng.random() < 0.5:
            d.t("비상 연락처: ", gen_phone(rng), " (", rng.choice(["모", "부", "조부모"]), ")\n")
        d.t("\n담임 교사 ", tch, "\n")
    elif kind == 1:
        d.t(rng.choice(["학생 상담 기록", "학교폭력 사안 접수 보고"]), " (", school, ")\n\n")
        grid(d, rng, [("학생", st), ("생년월일", gen_dob(rng, lo=(2008, 1, 1), hi=(2019, 12, 31))), ("보호자", par), ("보호자 연락처", gen_phone(rng)),
                      ("주소", gen_address(rng, unit="apt"))])
        d.t("\n상담 내용: ", st, josa(st.s, "은", "는"), " ", rng.choice(["교우 관계 어려움을 호소함.", "등교 거부 경향이 있음.", "진로 상담을 희망함."]), "\n상담교사 ", tch,
            "\n관련 근거: ", neg_statute(rng), "\n")
    else:
        d.t(school, " 방과후학교 수강 신청 명단\n")
        rows = [[str(k + 1), gen_person(rng), gen_dob(rng, lo=(2012, 1, 1), hi=(2019, 12, 31), fmts=["dot_pad", "yymmdd", "hyph"]), gen_person(rng), gen_phone(rng)]
                for k in range(rng.randint(3, 6))]
        table(d, rng, ["번호", "학생명", "생년월일", "보호자", "연락처"] if rng.random() < 0.5 else None, rows)
        d.t("수강료 ", neg_amount(rng, "small"), " / 담당 ", tch, " 교사\n")
    if rng.random() < 0.4:
        d.t(name_shaped_sentence(rng))
    d.t("\n", N(school + "장", "official_by_office"), "\n")


def T_welfare(d, rng, nopii):
    inst = pick_inst(rng, ["local"])
    p = gen_person(rng)
    dob = rand_date(rng, (1930, 1, 1), (1975, 12, 31))
    age = 2026 - dob.year
    d.t(rng.choice(["통합사례관리 상담일지", "기초생활보장 상담 기록", "위기가구 발굴 조사표"]), "\n상담일: ", ndate(rng, 2026, 2026), "  상담자: ",
        rng.choice(["사회복지주무관", "통합사례관리사"]), " ", gen_person(rng), "\n\n")
    if rng.random() < 0.6:
        d.t("대상자 ", p, rng.choice([f"(만 {age}세, ", f" 씨({age}세, ", "("]), gen_dob(rng, date=dob, fmts=["ko", "dot_sp", "yy_ko", "dot_pad_end"]),
            "생)", josa(p.s, "은 ", "는 "))
    else:
        d.t("대상자 ", p, josa(p.s, "은 ", "는 "), gen_dob(rng, date=dob, fmts=["ko", "dot_sp", "ko_pad", "yy_ko"]),
            rng.choice([" 출생으로 ", "에 태어나 ", " 생으로 "]), rng.choice(["현재 ", ""]))
    d.t(gen_address(rng), "에 ", rng.choice(["홀로 거주하며", "배우자와 거주하며"]),
        " ", rng.choice(["월세 체납으로 퇴거 위기에 있음.", "만성질환으로 근로 능력이 없음.", "자녀와 연락이 끊긴 상태임."]), "\n")
    kid = gen_person(rng)
    d.t("자녀 ", kid, "(", gen_phone(rng), ")와 통화하였으나 부양 의사 없음을 확인함.\n\n세대원 현황\n")
    rows = [["본인", p.copy(), gen_rrn(rng, rng.choice(["valid", "masked"]), date=dob), gen_hi(rng)]]
    if rng.random() < 0.25:
        f = rng.choice(FOREIGN)
        rows.append(["배우자", foreign_name(rng, f, "hangul"), gen_frn(rng), gen_hi(rng)])
    if rng.random() < 0.6:
        cd = rand_date(rng, (2008, 1, 1), (2025, 12, 31))
        kind = "post2020" if cd >= dt.date(2020, 10, 1) else rng.choice(["valid", "masked"])
        rows.append(["손자녀", gen_person(rng), gen_rrn(rng, kind, date=cd), gen_hi(rng)])
    table(d, rng, ["관계", "성명", "주민등록번호", "건강보험증번호"] if rng.random() < 0.5 else None, rows)
    b, acc = gen_account(rng)
    d.t("\n급여 수령 계좌: ", b, " ", acc, rng.choice(["", " (압류방지 행복지킴이통장)"]), "\n지원 결정: 긴급생계 ", neg_amount(rng, "small"), "\n근거: ",
        neg_statute(rng), "\n")
    if rng.random() < 0.6:
        paginate(d, rng, inst, "상담일지")


def T_call_transcript(d, rng, nopii):
    p = gen_person(rng)
    agent = gen_person(rng, "ko3")
    d.t(rng.choice(["[상담 녹취록]", "통화 녹취 요약", "콜센터 상담 이력"]), "  상담일시 ", ndate(rng, 2026, 2026, "hyph"), " ",
        f"{rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}", "  상담번호 ", neg_receipt(rng), "\n\n")
    A, C = rng.choice([("상담사", "고객"), ("상담원", "민원인"), ("직원", "통화자")])
    d.t(A, ": 네, 상담사 ", agent, "입니다. 본인 확인을 위해 성함과 생년월일 말씀해 주시겠어요?\n")
    dob = gen_dob(rng, fmts=["yy_ko", "ko", "yymmdd", "ko_nosp", "yy_dot"])
    d.t(C, ": ", p, josa(p.s, "이고요", "고요"), ", ", dob, rng.choice(["이요.", "입니다.", "생이에요."]), "\n")
    d.t(A, ": 확인 감사합니다. 등록된 연락처가 ", gen_phone(rng), " 맞으신가요?\n", C, ": 아니요, 지금은 ", gen_phone(rng), rng.choice(["로 바뀌었어요.", "이에요."]), "\n")
    r = rng.random()
    if r < 0.35:
        b, acc = gen_account(rng)
        d.t(A, ": 환급받으실 계좌 불러 주세요.\n", C, ": ", b, " ", acc, rng.choice(["요.", "입니다."]), "\n")
    elif r < 0.7:
        d.t(C, ": 카드 번호는 ", gen_card(rng, fmt=rng.choice(["space", "dash"])), " 이고 유효기간은 ", f"{rng.randint(1, 12):02d}/{rng.randint(27, 31)}", "이에요.\n")
    else:
        d.t(C, ": 주소는 ", gen_address(rng), "이고 이메일은 ", gen_email(rng), "입니다.\n")
    d.t(A, ": 처리 결과는 문자로 안내드리겠습니다. 추가 문의는 ", N(rng.choice(CALL_PREFIX) + "-" + str(rng.randint(1000, 9999)), "institution_switchboard"),
        "번으로 연락 주세요.\n")


def T_chat(d, rng, nopii):
    people = [gen_person(rng) for _ in range(rng.randint(2, 3))]
    d.t(rng.choice(["[카카오톡] 민원 대응 단톡방 대화 내보내기", "메신저 대화 기록", "Talk_", ""]), rng.choice(["", str(rng.randint(2026, 2026))]), "\n저장한 날짜 : ",
        ndate(rng, 2026, 2026, "dot_sp"), "\n\n")
    msgs = [lambda: (lambda ba: ["계좌 보내드려요 ", ba[0], " ", ba[1]])(gen_account(rng)),
            lambda: ["제 번호 ", gen_phone(rng), " 로 연락 주세요"],
            lambda: ["서류는 ", gen_email(rng), " 로 보내 주시면 됩니다"],
            lambda: ["주소 ", gen_address(rng), " 로 택배 부탁드려요"],
            lambda: ["차번호 ", gen_plate(rng), " 입니다 주차 등록 부탁드려요"],
            lambda: ["생년월일 ", gen_dob(rng, fmts=["yymmdd", "dot_pad", "yy_dot"]), " 이에요"],
            lambda: ["네 확인했습니다 ", neg_amount(rng, "small"), " 입금 완료"],
            lambda: ["사업자번호는 ", gen_brn(rng), " 입니다"]]
    for _ in range(rng.randint(5, 8)):
        who = rng.choice(people)
        f = rng.randrange(3)
        tm = f"{rng.choice(['오전', '오후'])} {rng.randint(1, 12)}:{rng.randint(0, 59):02d}"
        if f == 0:
            d.t(ndate(rng, 2026, 2026, "dot_sp"), " ", tm, ", ", who, " : ")
        elif f == 1:
            d.t("[", who, "] [", tm, "] ")
        else:
            d.t(who, "  ", tm, "\n")
        d.t(rng.choice(msgs)(), "\n")


def T_access_log(d, rng, nopii):
    d.t(rng.choice(["개인정보처리시스템 접속기록", "[접속기록 점검 결과]", "access_audit.log"]), "\n", rng.choice(["일시 | 사용자ID | 접속IP | 처리 | 정보주체 | 사유\n", ""]))
    for _ in range(rng.randint(4, 8)):
        ts = ndate(rng, 2026, 2026, "hyph")
        tm = f" {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        sep = rng.choice([" | ", "\t", ","])
        d.t(ts, tm, sep, neg_userid(rng), sep, gen_ip(rng, rng.choice(["private", "private", "public"])), sep,
            rng.choice(["조회", "수정", "출력", "다운로드"]), sep)
        if nopii or rng.random() < 0.2:
            d.t(rng.choice(["-", "(일괄)", "N/A"]))
        else:
            d.t(gen_person(rng))
        d.t(sep, rng.choice(["민원처리", "자격확인", "사실조사", "사유미입력"]), "\n")
    d.t("client: ", rng.choice(["Windows 10", "Windows 11"]), " build ", neg_version(rng), "\n")


def T_web_log(d, rng, nopii):
    for _ in range(rng.randint(4, 7)):
        ip = gen_ip(rng, rng.choice(["public", "public", "ipv6", "private"]))
        path = rng.choice(["/minwon/apply", "/login", "/foi/request", "/board/view?id=" + str(rng.randint(100, 9999))])
        d.t(ip, " - - [", f"{rng.randint(1, 28):02d}/{rng.choice(MON3).title()}/2026:{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} +0900", "] \"",
            rng.choice(["GET", "POST"]), " ", path)
        if rng.random() < 0.3:
            d.t("&" if "?" in path else "?", "email=", gen_email(rng))
        d.t(" HTTP/1.1\" ", rng.choice(["200", "302", "404"]), " ", str(rng.randint(200, 90000)), " \"Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/",
            N(f"{rng.randint(100, 131)}.0.{rng.randint(4000, 6999)}.{rng.randint(10, 250)}", "version_number"), " Safari/537.36\"\n")


def T_tax_reply(d, rng, nopii):
    d.t(rng.choice(["[세법 해석 질의회신]", "질의회신 사례", "서면질의 회신"]), " ", neg_docnum(rng), " (", ndate(rng, 2015, 2026), ")\n\n【질의】\n")
    d.t(G, "은 ", ndate(rng, 2010, 2024, "ko"), " ", N(rng.choice(["A법인", "B사", "(주)○○"]), "placeholder_person"), "으로부터 토지를 ", neg_amount(rng, "large"),
        "에 취득하였으며, 배우자 ", E, "에게 증여한 후 ", rng.choice(["양도", "임대", "수용"]), "된 경우 ", neg_statute(rng), "의 적용 여부\n\n【회신】\n")
    d.t("귀 질의의 경우 기존 해석사례(", neg_docnum(rng), ")를 참고하기 바랍니다. 다만, ", neg_statute(rng), "에 따라 사실판단할 사항입니다.\n")
    if not nopii:
        d.t("\n※ 질의자: ", gen_person(rng), " 세무사 (", N(rng.choice(COMPANY_STEMS) + " 세무회계", "company_name"), ", ", gen_phone(rng, "landline"), ")\n")
    d.t("\n【관련 법령】\n  ", neg_statute(rng), "\n  ", neg_statute(rng), "\n")


def T_foi_decision(d, rng, nopii):
    inst = pick_inst(rng)
    p = gen_person(rng)
    d.t(rng.choice(["정보 (부분)공개 결정 통지서", "정보공개 결정 통지", "비공개 결정 통지서"]), "\n\n")
    grid(d, rng, [("접수번호", neg_receipt(rng)), ("접수일", ndate(rng, 2026, 2026)), ("청구인 성명", p), ("주소", addr_parts(rng, gen_address(rng))),
                  ("전화번호", gen_phone(rng)), ("전자우편", gen_email(rng))], style=rng.choice(["pipe2", "colon", "box", "tab"]))
    d.t("\n청구 내용: ", rng.choice(["2025년 업무추진비 집행 내역", "○○ 용역 계약서 일체", "민원 처리 관련 회의록"]), "\n결정 내용: ",
        rng.choice(["부분공개", "공개", "비공개"]), "\n비공개 사유: ", N("「공공기관의 정보공개에 관한 법률」 제9조제1항제" + str(rng.choice([5, 6, 7])) + "호", "statute_citation"),
        "\n공개 방법: ", rng.choice(["전자우편", "열람", "사본 교부"]), "  수수료 ", neg_amount(rng, "fee"), "\n\n")
    d.t("※ 이 결정에 불복하는 경우 ", neg_statute(rng, ["공공기관의 정보공개에 관한 법률", "행정심판법"]), "에 따라 이의신청을 할 수 있습니다.\n\n", neg_office(rng, inst), "\n")
    approval_block(d, rng, inst)
    if rng.random() < 0.5:
        paginate(d, rng, inst, "정보공개 결정")


def T_immigration(d, rng, nopii):
    inst = [i for i in INST if i["name"] == "법무부"][0]
    f = rng.choice(FOREIGN)
    latin = foreign_name(rng, f, "latin")
    hang = foreign_name(rng, f, "hangul")
    nat = f[5]
    dob = rand_date(rng, (1960, 1, 1), (2004, 12, 31))
    d.t(rng.choice(["통합신청서 (체류기간 연장허가)", "체류지 변경 신고서", "외국인등록 사실증명 발급 신청"]), "\n", rng.choice(["APPLICATION FORM", ""]), "\n\n")
    grid(d, rng, [("성명(영문) / Name", latin), ("성명(한글)", hang), ("생년월일 / Date of Birth", gen_dob(rng, date=dob, fmts=["en_dmy", "dot_pad", "hyph", "yyyymmdd", "en_mdy"])),
                  ("국적 / Nationality", nat), ("외국인등록번호", gen_frn(rng, date=dob)), ("여권번호 / Passport No.", gen_passport(rng, nat=NAT_PASSPORT[nat])),
                  ("대한민국 내 주소", gen_address(rng)), ("전화 / Tel", gen_phone(rng)), ("E-mail", gen_email(rng))],
         style=rng.choice(["colon", "pipe2", "lines", "box"]))
    comp = company(rng)
    d.t("\n근무처: ", N(comp, "company_name"), "  사업자등록번호: ", gen_brn(rng, "corp"), "  전화: ", gen_phone(rng, rng.choice(["landline", "070"])), "\n")
    if rng.random() < 0.5:
        g = gen_person(rng, "ko3")
        d.t("신원보증인: ", g, "  (주민등록번호 ", gen_rrn(rng, rng.choice(["valid", "masked"])), ", 연락처 ", gen_phone(rng), ")\n")
    d.t("\n신청일 / Date: ", ndate(rng, 2026, 2026, rng.choice(["dot_sp", "hyph"])), "\n신청인 서명 / Signature: ", latin, "\n\n",
        rng.choice(["○○출입국·외국인사무소장", "서울출입국·외국인청장"]), " 귀하\n")
    d.t("※ 수수료 ", neg_amount(rng, "fee"), " / 외국인종합안내센터 ", N("1345", "institution_switchboard"), "\n")
    d.lay("form_grid", "signoff_seal")


# ---------------------------------------------------------------------------
# templates, part D: refunds, bid results, foreign-worker reports, tax payment ledgers
# ---------------------------------------------------------------------------
def T_refund_request(d, rng, nopii):
    inst = pick_inst(rng, ["local", "agency", "edu"])
    d.t(rng.choice(["환불(취소) 신청서", "사용료 반환 청구서", "카드 결제 취소 요청서"]), "\n\n")
    p = gen_person(rng)
    card = gen_card(rng)
    pairs = [("신청인", p), ("생년월일", gen_dob(rng)), ("휴대전화", gen_phone(rng)), ("결제 카드번호", card),
             ("결제일", ndate(rng, 2026, 2026)), ("결제금액", neg_amount(rng, "small")), ("승인번호", N(f"{rng.randint(10000000, 99999999)}", "transaction_number"))]
    if rng.random() < 0.5:
        b, acc = gen_account(rng)
        pairs += [("환불 계좌", [b, " ", acc]), ("예금주", p)]
    if rng.random() < 0.4:
        pairs.append(("카드 소지자", [gen_person(rng), " (", rng.choice(["배우자", "자녀", "부모"]), ")"]))
    grid(d, rng, pairs)
    d.t("\n환불 사유: ", rng.choice(["시설 이용 취소", "중복 결제", "프로그램 폐강", "과오납"]), "\n근거: ", neg_statute(rng), "\n\n",
        ndate(rng, 2026, 2026, "ko"), "\n신청인 ", p, " (서명)\n", neg_office(rng, inst), " 귀하\n")
    d.lay("signoff_seal")


def T_tax_card_ledger(d, rng, nopii):
    inst = pick_inst(rng, ["local"])
    d.t(rng.choice(["지방세 카드납부 내역", "세외수입 카드 수납 대장", "과태료 카드 납부 명세"]), " (", ndate(rng, 2026, 2026), " 기준)\n")
    rows = []
    for k in range(rng.randint(3, 6)):
        rows.append([str(k + 1), gen_person(rng), rng.choice(["자동차세", "재산세", "주민세", "주정차 과태료"]),
                     gen_card(rng), N(f"{rng.randint(10000000, 99999999)}", "transaction_number"), neg_amount(rng, "small")])
    table(d, rng, ["번호", "납세자", "세목", "카드번호", "승인번호", "금액"] if rng.random() < 0.6 else None, rows)
    d.t("\n수납 담당 ", rng.choice(["세무1과", "징수과"]), " ", gen_person(rng), "\n")
    if rng.random() < 0.6:
        paginate(d, rng, inst, "카드 수납 대장")


def T_bid_result(d, rng, nopii):
    inst = pick_inst(rng)
    d.t(rng.choice(["개찰 결과", "입찰 참가자 현황", "적격심사 대상 업체 현황"]), "\n공고번호: ", neg_public_id(rng), "\n건명: ",
        rng.choice(["청사 LED 조명 교체", "민원 콜센터 위탁 운영", "도로 유지보수 단가 계약", "전산 장비 유지관리"]), "\n개찰일시: ",
        ndate(rng, 2026, 2026), "\n\n")
    rows = []
    for k in range(rng.randint(3, 6)):
        rows.append([str(k + 1), neg_company(rng), gen_person(rng), gen_brn(rng, "corp"), gen_crn(rng, rng.choice(["11", "11", "14", "13"])),
                     neg_amount(rng, "large")])
    table(d, rng, ["순위", "업체명", "대표자", "사업자등록번호", "법인등록번호", "투찰금액"] if rng.random() < 0.6 else None, rows)
    d.t("\n※ 낙찰하한율 ", f"{rng.randint(80, 88)}.{rng.randint(0, 999):03d}%", " 적용, 근거: ", neg_statute(rng), "\n담당: ",
        rng.choice(inst["depts"]), " ", gen_person(rng), " (", gen_phone(rng, "landline", area=inst["area"]), ")\n")
    if rng.random() < 0.5:
        paginate(d, rng, inst, "개찰 결과")


def T_foreign_worker(d, rng, nopii):
    d.t(rng.choice(["외국인근로자 고용변동 등 신고서", "외국인 근로자 고용 현황 보고", "고용허가제 근로자 명단"]), "\n\n사업장\n")
    comp = company(rng)
    grid(d, rng, [("사업장명", N(comp, "company_name")), ("대표자", gen_person(rng)), ("사업자등록번호", gen_brn(rng, "corp")),
                  ("법인등록번호", gen_crn(rng)), ("소재지", gen_address(rng, unit=rng.choice(["none", "floor_only"]))),
                  ("전화", gen_phone(rng, rng.choice(["landline", "070"])))], style=rng.choice(["colon", "pipe2", "tab"]))
    d.t("\n근로자\n")
    rows = []
    for k in range(rng.randint(2, 4)):
        f = rng.choice(FOREIGN)
        nm_ = foreign_name(rng, f, rng.choice(["latin", "latin", "hangul"]))
        dob = rand_date(rng, (1975, 1, 1), (2004, 12, 31))
        rows.append([str(k + 1), nm_, f[5], gen_dob(rng, date=dob, fmts=["dot_pad", "en_dmy", "yyyymmdd", "hyph"]), gen_frn(rng, date=dob),
                     gen_passport(rng, nat=NAT_PASSPORT[f[5]]), rng.choice(["입국", "사업장 변경", "이탈", "계약 연장"])])
    table(d, rng, ["연번", "성명", "국적", "생년월일", "외국인등록번호", "여권번호", "변동사유"] if rng.random() < 0.6 else None, rows)
    d.t("\n신고일: ", ndate(rng, 2026, 2026), "   신고인(사업주): ", N(comp, "company_name"), " (인)\n",
        rng.choice(["○○고용센터장", "○○지방고용노동청장"]), " 귀하\n")
    d.t("※ 문의: 외국인력상담센터 ", N(rng.choice(CALL_PREFIX) + "-" + str(rng.randint(1000, 9999)), "institution_switchboard"), "\n")
    d.lay("form_grid", "signoff_seal")


# ---------------------------------------------------------------------------
# registry
# ---------------------------------------------------------------------------
#  template id, genre, records, share of planned no-PII records, wrap_ok (PDF hard wraps)
REGISTRY = [
    ("T_gongmun_90s", "공문(1990년대 타자본)", 18, 0.2, True, T_gongmun_90s),
    ("T_gongmun_elec", "공문(전자결재)", 20, 0.2, True, T_gongmun_elec),
    ("T_gongmun_list", "공문(전자결재)", 14, 0.0, False, T_gongmun_list),
    ("T_gongmun_nopii", "공문(전자결재)", 16, 1.0, True, T_gongmun_nopii),
    ("T_minwon_reply", "민원 회신", 20, 0.0, True, T_minwon_reply),
    ("T_minwon_email", "민원 회신", 12, 0.0, True, T_minwon_email),
    ("T_form_application", "신청서", 18, 0.0, False, T_form_application),
    ("T_form_vehicle", "신청서", 16, 0.0, False, T_form_vehicle),
    ("T_form_blank", "신청서", 12, 1.0, False, T_form_blank),
    ("T_consent", "동의서", 16, 0.0, True, T_consent),
    ("T_consent_minor", "동의서", 14, 0.0, True, T_consent_minor),
    ("T_report_move", "신고서", 14, 0.0, False, T_report_move),
    ("T_report_lost", "신고서", 18, 0.0, False, T_report_lost),
    ("T_ledger_visitor", "대장·관리대장", 14, 0.0, False, T_ledger_visitor),
    ("T_ledger_payment", "대장·관리대장", 14, 0.0, False, T_ledger_payment),
    ("T_ledger_issue", "대장·관리대장", 12, 0.0, False, T_ledger_issue),
    ("T_table_pipe_header", "표(헤더 있음)", 18, 0.0, False, T_table_pipe_header),
    ("T_table_tab_header", "표(헤더 있음)", 14, 0.0, False, T_table_tab_header),
    ("T_table_noheader_spaces", "표(헤더 없음)", 14, 0.0, False, T_table_noheader_spaces),
    ("T_table_noheader_pipe", "표(헤더 없음)", 14, 0.0, False, T_table_noheader_pipe),
    ("T_contract_service", "계약서", 16, 0.0, True, T_contract_service),
    ("T_contract_lease", "계약서", 12, 0.0, True, T_contract_lease),
    ("T_contract_employment", "계약서", 12, 0.0, True, T_contract_employment),
    ("T_personnel_order", "인사명령", 14, 0.0, False, T_personnel_order),
    ("T_personnel_overseas", "인사명령", 14, 0.0, False, T_personnel_overseas),
    ("T_minutes", "회의록", 14, 0.0, True, T_minutes),
    ("T_minutes_anon", "회의록", 10, 1.0, True, T_minutes_anon),
    ("T_press_release", "보도자료", 16, 0.3, True, T_press_release),
    ("T_news", "뉴스 기사", 20, 0.0, True, T_news),
    ("T_judgment_civil", "판결·결정", 14, 0.0, True, T_judgment_civil),
    ("T_decision_admin", "판결·결정", 14, 0.0, True, T_decision_admin),
    ("T_judgment_anon", "판결·결정", 14, 1.0, True, T_judgment_anon),
    ("T_audit", "감사·징계", 12, 0.0, True, T_audit),
    ("T_disciplinary", "감사·징계", 14, 0.0, True, T_disciplinary),
    ("T_police_accident", "경찰 기록", 16, 0.0, False, T_police_accident),
    ("T_police_complaint", "경찰 기록", 12, 0.0, True, T_police_complaint),
    ("T_fire_ems", "소방 기록", 14, 0.0, True, T_fire_ems),
    ("T_hospital_bill", "병원 기록", 14, 0.0, False, T_hospital_bill),
    ("T_hospital_record", "병원 기록", 12, 0.0, True, T_hospital_record),
    ("T_school", "학교 기록", 16, 0.0, True, T_school),
    ("T_welfare", "복지 기록", 14, 0.0, True, T_welfare),
    ("T_call_transcript", "채팅·통화 녹취", 14, 0.0, False, T_call_transcript),
    ("T_chat", "채팅·통화 녹취", 14, 0.0, False, T_chat),
    ("T_access_log", "접속 로그", 14, 0.0, False, T_access_log),
    ("T_web_log", "접속 로그", 12, 0.0, False, T_web_log),
    ("T_tax_reply", "세무 질의회신", 14, 0.75, True, T_tax_reply),
    ("T_foi_decision", "정보공개 결정", 12, 0.0, True, T_foi_decision),
    ("T_immigration", "출입국·체류", 16, 0.0, False, T_immigration),
    ("T_foreign_worker", "출입국·체류", 20, 0.0, False, T_foreign_worker),
    ("T_refund_request", "신청서", 16, 0.0, False, T_refund_request),
    ("T_tax_card_ledger", "대장·관리대장", 12, 0.0, False, T_tax_card_ledger),
    ("T_bid_result", "계약서", 16, 0.0, False, T_bid_result),
]
OCR_ID, OCR_GENRE, OCR_COUNT = "T_ocr_scan", "OCR 스캔", 112
OCR_BASES = ["T_gongmun_90s", "T_gongmun_elec", "T_gongmun_list", "T_gongmun_nopii", "T_minwon_reply",
             "T_form_application", "T_form_vehicle", "T_consent", "T_consent_minor", "T_report_move",
             "T_report_lost", "T_ledger_visitor", "T_ledger_payment", "T_ledger_issue", "T_contract_service",
             "T_contract_lease", "T_contract_employment", "T_personnel_order", "T_personnel_overseas",
             "T_minutes", "T_judgment_civil", "T_decision_admin", "T_audit", "T_disciplinary",
             "T_police_accident", "T_police_complaint", "T_fire_ems", "T_hospital_bill", "T_hospital_record",
             "T_school", "T_welfare", "T_foi_decision", "T_immigration", "T_tax_reply", "T_form_blank",
             "T_refund_request", "T_bid_result", "T_foreign_worker"]
REG = {r[0]: r for r in REGISTRY}


# ---------------------------------------------------------------------------
# validation
# ---------------------------------------------------------------------------
FOREIGN_FORMS = set()
for _f in FOREIGN:
    for _fmt in ["upper_sg", "title_gs", "upper_sg_comma", "title_sg"]:
        FOREIGN_FORMS.add(foreign_name(None, _f, "latin", _fmt).s)
    for _fmt in ["hg_native", "hg_nospace"]:
        FOREIGN_FORMS.add(foreign_name(None, _f, "hangul", _fmt).s)
SIGUNGU_ALL = set()
for _s in SIDO:
    for _g in _s[2].split():
        SIGUNGU_ALL.add(_g.split("_")[0])
ADDR_STARTS = tuple(sorted({s[0] for s in SIDO} | {s[1] for s in SIDO} | SIGUNGU_ALL))
PLATE_RE = re.compile(r"(?:(?:%s) )?\d{2,3}[가-힣] ?\d{4}" % "|".join(PLATE_REG))
PASS_RE = {"kr_old": r"[MSRGD]\d{8}", "kr_new": r"[MSRGD]\d{3}[A-Z]\d{4}"}
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
INST_DOMAINS = {i["domain"] for i in INST}
INST_BRNS = {i["brn"] for i in INST}
SWITCH_RE = re.compile(r"^(15|16|18)\d{2}-?\d{4}$")


def dig(s):
    return re.sub(r"\D", "", s)


def check_value(v):
    """Format / check-digit validation of the clean value of a gold span."""
    c = v.extra.get("whole", v.clean)
    t, sub = v.typ, v.sub
    need(t in TYPES, "bad type " + t)
    if "fragment" not in v.extra:
        need(canon(v.s) == canon(v.clean), f"noise changed value {v.s!r} vs {v.clean!r}")
    else:
        need(canon(v.s) == canon(v.clean), "fragment noise")
        need(v.clean in c, "fragment not in whole")
    if t == "PERSON":
        ok = c in FOREIGN_FORMS
        if not ok and re.fullmatch(r"[가-힣]{2,5}", c):
            ok = (c[:2] in SUR2 and c[2:] in set(GIVEN2) | set(GIVEN1)) or \
                 (c[0] in SUR1 and c[1:] in set(GIVEN2) | set(GIVEN1) | set(GIVEN3))
        need(ok, "person not from pools: " + c)
        need(c not in PLACEHOLDER_PERSONS, "placeholder labelled")
    elif t == "KR_ADDRESS":
        need(c.startswith(ADDR_STARTS), "address start " + c)
        need(re.search(r"[0-9호층지]$", c) is not None, "address end " + c)
        need(c not in INST_ADDRS and not any(a in c for a in INST_ADDRS), "institution address labelled")
    elif t == "DATE_OF_BIRTH":
        need(fmt_date(dt.date.fromisoformat(v.extra["date"]), v.fmt) == c, "dob format")
    elif t == "KR_RRN":
        dd = dt.date.fromisoformat(v.extra["date"])
        front = _rrn_front(dd)
        if sub == "rrn_masked":
            m = re.fullmatch(r"(\d{6}) ?- ?([1-4])([*●Xx○■])\3{5}", c)
            need(m is not None and m.group(1) == front, "masked rrn " + c)
            need((m.group(2) in "12") == (dd.year < 2000), "masked rrn century")
        else:
            d13 = dig(c)
            need(len(d13) == 13 and d13[:6] == front, "rrn digits " + c)
            need(d13[6] in ("12" if dd.year < 2000 else "34"), "rrn gender/century")
            ok = rrn_check(d13[:12]) == int(d13[12])
            if sub == "rrn_valid":
                need(ok and dd < dt.date(2020, 10, 1), "rrn checksum")
            elif sub == "rrn_post2020":
                need(not ok and dd >= dt.date(2020, 10, 1), "post2020 rrn")
            else:
                need(not ok, "changed rrn")
    elif t == "KR_FRN":
        d13 = dig(c)
        need(len(d13) == 13 and d13[6] in "5678" and frn_check(d13[:12]) == int(d13[12]), "frn " + c)
    elif t == "KR_PASSPORT":
        pat = PASS_RE.get(v.fmt, r"[A-Z0-9]{8,9}")
        need(re.fullmatch(pat, c) is not None, "passport " + c)
    elif t == "KR_DRIVER_LICENSE":
        d12 = dig(c)
        need(len(d12) in (10, 12), "dl digits " + c)
        m = re.match(r"([가-힣]{2}) ?", c)
        if m:
            need(m.group(1) in DL_REGIONS and len(d12) == 10, "dl region " + c)
            need(re.fullmatch(r"[가-힣]{2} ?\d{2}(-\d{6}-|\d{6})\d{2}", c) is not None, "dl region form " + c)
        else:
            need(int(d12[:2]) in DL_REGIONS.values(), "dl code " + c)
            need(re.fullmatch(r"\d{2}([- ])\d{2}\1\d{6}\1\d{2}|\d{12}", c) is not None, "dl form " + c)
    elif t == "CREDIT_CARD":
        full = v.extra["full"]
        need(luhn_ok(full), "luhn")
        vis = re.sub(r"[- ]", "", c)
        need(len(vis) == len(full), "card length")
        need(all(a == b or a in "*X●" for a, b in zip(vis, full)), "card visible digits")
        need(("masked" in sub) == any(a in "*X●" for a in vis), "card mask flag")
    elif t == "KR_BANK_ACCOUNT":
        sizes = [int(x) for x in v.extra["grouping"].split("-")]
        need(len(dig(c)) == sum(sizes), "account length")
        if v.fmt == "hyph":
            need([len(x) for x in c.split("-")] == sizes, "account grouping")
    elif t == "PHONE_NUMBER":
        dd = dig(c)
        need(not SWITCH_RE.match(c) and c not in INST_TELS, "institution number labelled")
        if c.startswith("+82"):
            need(len(dd) in (11, 12), "intl phone")
        else:
            need(dd.startswith("0") and 9 <= len(dd) <= 11, "phone digits " + c)
    elif t == "EMAIL_ADDRESS":
        need(EMAIL_RE.fullmatch(c) is not None, "email")
        need(c.split("@")[1] not in INST_DOMAINS, "institution mailbox labelled")
    elif t == "IP_ADDRESS":
        import ipaddress
        ipaddress.ip_address(c)
    elif t == "KR_HEALTH_INSURANCE":
        need(len(dig(c)) == 11, "hi digits")
    elif t == "KR_BRN":
        d10 = dig(c)
        need(len(d10) == 10 and brn_check(d10[:9]) == int(d10[9]), "brn checksum")
        need(c not in INST_BRNS, "institution number labelled")
    elif t == "KR_CRN":
        d13 = dig(c)
        need(len(d13) == 13 and crn_check(d13[:12]) == int(d13[12]), "crn checksum")
    elif t == "KR_VEHICLE_PLATE":
        need(PLATE_RE.fullmatch(c) is not None, "plate " + c)


SUSPECTS = [
    ("mobile", re.compile(r"(?<!\d)01[016789][-. ]?\d{3,4}[-. ]?\d{4}(?!\d)")),
    ("landline", re.compile(r"(?<![\d-])0\d{1,2}[-.)] ?\d{3,4}[-. ]\d{4}(?!\d)")),
    ("email", EMAIL_RE),
    ("rrn_shape", re.compile(r"(?<!\d)\d{6} ?- ?[\d*●Xx○■#]{7}(?![\d*])")),
    ("card_shape", re.compile(r"(?<!\d)\d{4}[- ]\d{4}[- ]\d{4}[- ]\d{4}(?!\d)")),
    ("ipv4", re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")),
    ("long_digits", re.compile(r"(?<!\d)\d{10,16}(?!\d)")),
]


def scan_text(text):
    out = []
    for ch in text:
        n = unicodedata.normalize("NFKC", ch)
        out.append(n if len(n) == 1 else ch)
    s = "".join(out)
    for h in ODD_HYPHENS:
        s = s.replace(h, "-")
    return s


def validate_record(text, spans, negs, no_pii):
    prev_end = -1
    for a, b, v in spans:
        need(0 <= a < b <= len(text), "span bounds")
        need(text[a:b] == v.s, "span text mismatch")
        need(v.s.strip() == v.s and v.s, "span edge whitespace")
        need(a >= prev_end, "overlapping spans")
        prev_end = b
        check_value(v)
    for a, b, n in negs:
        need(text[a:b] == n.s, "negative text mismatch")
        need(all(b <= x or a >= y for x, y, _ in spans), "hard negative overlaps gold span")
        if n.cat == "placeholder_person":
            need(n.s in PLACEHOLDER_PERSONS or n.s not in {v.s for _, _, v in spans}, "placeholder labelled")
    # every other occurrence of a labelled string must be labelled too
    for a, b, v in spans:
        if len(v.s) < 2:
            continue
        for m in re.finditer(re.escape(v.s), text):
            need(any(m.start() < y and x < m.end() for x, y, _ in spans), f"unlabelled repeat of {v.s!r}")
    # PII-shaped strings outside spans must be tagged hard negatives
    st = scan_text(text)
    for name, rx in SUSPECTS:
        for m in rx.finditer(st):
            if name == "ipv4" and not all(int(x) <= 255 for x in m.group().split(".")):
                continue
            if any(m.start() < y and x < m.end() for x, y, _ in spans):
                continue
            need(any(x <= m.start() and m.end() <= y for x, y, _ in negs), f"untagged {name}: {m.group()!r}")
    if no_pii:
        need(not spans, "planned no-PII record has spans")
        need(negs, "no-PII record without hard negatives")
    else:
        need(spans, "PII record without spans")


# ---------------------------------------------------------------------------
# drafting
# ---------------------------------------------------------------------------
def draft(tid, rng):
    d = Doc(rng)
    if tid == OCR_ID:
        base = rng.choice(OCR_BASES)
        _t, bgenre, _n, share, _w, fn = REG[base]
        no_pii = rng.random() < share
        fn(d, rng, no_pii)
        ocr_render(d, rng, span_p=0.7)
        return d, no_pii, OCR_GENRE, base, bgenre
    _t, genre, _n, share, wrap_ok, fn = REG[tid]
    no_pii = rng.random() < share
    fn(d, rng, no_pii)
    if wrap_ok and rng.random() < 0.3:
        hardwrap(d, rng, rng.randint(38, 70), span_prob=0.2)
        d.lay("hard_wrap")
    return d, no_pii, genre, None, None


def make_record(tid, i, retries):
    last = None
    for attempt in range(80):
        seed = f"{PREFIX}|{tid}|{i}" + (f"|r{attempt}" if attempt else "")
        rng = random.Random(seed)
        try:
            d, no_pii, genre, base, bgenre = draft(tid, rng)
            text, spans, negs = d.render()
            stripped = text.rstrip()
            need(all(b <= len(stripped) for _, b, _ in spans + negs), "span in trailing whitespace")
            text = stripped.lstrip("\n")
            shift = len(stripped) - len(text)
            need(all(a >= shift for a, _, _ in spans + negs), "span in leading blank")
            spans = [(a - shift, b - shift, v) for a, b, v in spans]
            negs = [(a - shift, b - shift, n) for a, b, n in negs]
            validate_record(text, spans, negs, no_pii)
        except DraftError as e:
            last = e
            retries[tid] += 1
            if os.environ.get("PII_AW_DEBUG"):
                print(f"retry {tid} {i} attempt {attempt}: {e}", file=sys.stderr)
            continue
        rid = f"pii_aw-{tid[2:]}-{i:03d}"
        rec = {"id": rid, "text": text,
               "spans": [{"start": a, "end": b, "type": v.typ} for a, b, v in spans], "genre": genre}
        meta = {"id": rid, "template": tid, "seed": seed, "genre": genre, "no_pii": no_pii}
        if base:
            meta["base_template"], meta["base_genre"] = base, bgenre
        meta["layout"] = sorted(d.layout)
        meta["spans"] = [{"start": a, "end": b, "type": v.typ, "sub": v.sub, "noise": list(v.noise),
                          "format": v.fmt, "value": v.s, "clean": v.clean,
                          **({"extra": {k: v.extra[k] for k in sorted(v.extra)}} if v.extra else {})}
                         for a, b, v in spans]
        meta["hard_negatives"] = [{"start": a, "end": b, "text": n.s, "category": n.cat} for a, b, n in negs]
        return rec, meta
    raise SystemExit(f"FATAL: {tid} record {i}: 80 drafts failed validation; last error: {last}")


# ---------------------------------------------------------------------------
# output, re-validation of the written files, statistics, determinism check
# ---------------------------------------------------------------------------
OCR_NOISE_TAGS = {"confusable", "fullwidth_digits", "unicode_hyphen", "space_in_number", "newline_in_number",
                  "lost_bracket", "spaced_name", "wrapped", "space_in_value", "fullwidth_symbol"}


def revalidate(out_dir):
    recs = [json.loads(l) for l in open(os.path.join(out_dir, "pii_aw.jsonl"), encoding="utf-8")]
    metas = [json.loads(l) for l in open(os.path.join(out_dir, "pii_aw.meta.jsonl"), encoding="utf-8")]
    assert len(recs) == len(metas)
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for r, m in zip(recs, metas):
        assert r["id"] == m["id"] and r["genre"] == m["genre"]
        assert set(r) == {"id", "text", "spans", "genre"}
        assert [(s["start"], s["end"], s["type"]) for s in r["spans"]] == \
               [(s["start"], s["end"], s["type"]) for s in m["spans"]], r["id"]
        spans = [(s["start"], s["end"], V(s["type"], s["value"], s["sub"], s["format"], s["clean"], s["noise"],
                                          s.get("extra"))) for s in m["spans"]]
        negs = [(h["start"], h["end"], N(h["text"], h["category"])) for h in m["hard_negatives"]]
        try:
            validate_record(r["text"], spans, negs, m["no_pii"])
        except DraftError as e:
            raise SystemExit(f"FATAL: written record {r['id']} fails re-validation: {e}")
        for s in r["spans"]:
            assert s["type"] in TYPES
    return recs, metas


def build_stats(recs, metas, retries):
    C = collections.Counter
    st = {"records": len(recs), "spans": sum(len(r["spans"]) for r in recs)}
    st["no_pii_records"] = sum(m["no_pii"] for m in metas)
    st["no_pii_share"] = round(st["no_pii_records"] / len(recs), 4)
    st["ocr_records"] = sum(m["template"] == OCR_ID for m in metas)
    st["ocr_share"] = round(st["ocr_records"] / len(recs), 4)
    g = collections.defaultdict(lambda: C())
    for m in metas:
        x = g[m["genre"]]
        x["records"] += 1
        x["no_pii"] += m["no_pii"]
        x["spans"] += len(m["spans"])
        x["hard_negatives"] += len(m["hard_negatives"])
    st["by_genre"] = {k: dict(sorted(v.items())) for k, v in sorted(g.items())}
    t = collections.defaultdict(lambda: C())
    for m in metas:
        x = t[m["template"]]
        x["records"] += 1
        x["no_pii"] += m["no_pii"]
        x["spans"] += len(m["spans"])
    st["by_template"] = {k: dict(sorted(v.items())) for k, v in sorted(t.items())}
    st["ocr_base_templates"] = dict(sorted(C(m["base_template"] for m in metas if "base_template" in m).items()))
    allsp = [s for m in metas for s in m["spans"]]
    st["by_type"] = dict(sorted(C(s["type"] for s in allsp).items()))
    st["by_sub_kind"] = dict(sorted(C(s["type"] + "/" + s["sub"] for s in allsp).items()))
    st["by_format"] = dict(sorted(C(s["type"] + "/" + s["format"] for s in allsp).items()))
    st["by_noise_tag"] = dict(sorted(C(n for s in allsp for n in s["noise"]).items()))
    noisy = sum(1 for s in allsp if set(s["noise"]) & OCR_NOISE_TAGS)
    st["spans_with_ocr_noise"] = noisy
    st["ocr_noise_span_share"] = round(noisy / len(allsp), 4)
    st["spans_with_any_noise_or_layout_tag"] = sum(1 for s in allsp if s["noise"])
    st["hard_negatives"] = sum(len(m["hard_negatives"]) for m in metas)
    st["by_hard_negative_category"] = dict(sorted(C(h["category"] for m in metas for h in m["hard_negatives"]).items()))
    st["by_layout_feature"] = dict(sorted(C(f for m in metas for f in m["layout"]).items()))
    layout_core = {"running_head", "page_number", "page_break", "approval_line", "footer_block", "signoff_seal",
                   "attachment_list", "form_grid", "cell_wrap"}
    st["records_with_layout_features"] = sum(1 for m in metas if set(m["layout"]) & layout_core
                                             or any("newline_in_number" in s["noise"] or "wrapped" in s["noise"] for s in m["spans"]))
    st["layout_share"] = round(st["records_with_layout_features"] / len(recs), 4)
    st["draft_retries_by_template"] = dict(sorted((k, v) for k, v in retries.items() if v))
    return st


def md5(path):
    import hashlib
    return hashlib.md5(open(path, "rb").read()).hexdigest()


DATA_FILES = ["pii_aw.jsonl", "pii_aw.meta.jsonl", "stats.json"]


def main():
    out = OUT
    args = sys.argv[1:]
    if "--out" in args:
        out = args[args.index("--out") + 1]
        os.makedirs(out, exist_ok=True)
    retries = collections.Counter()
    recs, metas = [], []
    for tid, _g, n, _s, _w, _f in REGISTRY:
        for i in range(n):
            r, m = make_record(tid, i, retries)
            recs.append(r)
            metas.append(m)
    for i in range(OCR_COUNT):
        r, m = make_record(OCR_ID, i, retries)
        recs.append(r)
        metas.append(m)
    with open(os.path.join(out, "pii_aw.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "pii_aw.meta.jsonl"), "w", encoding="utf-8") as f:
        for m in metas:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    recs2, metas2 = revalidate(out)
    st = build_stats(recs2, metas2, retries)
    with open(os.path.join(out, "stats.json"), "w", encoding="utf-8") as f:
        json.dump(st, f, ensure_ascii=False, indent=1)
        f.write("\n")
    # coverage requirements of the brief
    problems = []
    for t in TYPES:
        if st["by_type"].get(t, 0) < 100:
            problems.append(f"type {t} has {st['by_type'].get(t, 0)} spans (<100)")
    if len(st["by_genre"]) < 20:
        problems.append("fewer than 20 genres")
    if len(st["by_template"]) < 35:
        problems.append("fewer than 35 templates")
    if st["records"] < 650:
        problems.append("fewer than 650 records")
    if st["ocr_noise_span_share"] < 0.08:
        problems.append("OCR noise share below 8%")
    if st["no_pii_share"] < 0.09:
        problems.append("no-PII share below 9%")
    for gname, gv in st["by_genre"].items():
        if gv.get("hard_negatives", 0) == 0:
            problems.append("genre without hard negatives: " + gname)
    if st["layout_share"] < 0.5:
        problems.append("layout share below 50%")
    print(json.dumps({k: st[k] for k in ["records", "spans", "no_pii_share", "ocr_share", "ocr_noise_span_share",
                                         "layout_share", "hard_negatives"]}, ensure_ascii=False))
    print(json.dumps(st["by_type"], ensure_ascii=False))
    if problems:
        raise SystemExit("FATAL coverage: " + "; ".join(problems))
    if "--no-selfcheck" not in args:
        import subprocess
        import tempfile
        ref = {f: md5(os.path.join(out, f)) for f in DATA_FILES}
        for hs in ["0", "4242"]:
            with tempfile.TemporaryDirectory() as tmp:
                env = dict(os.environ, PYTHONHASHSEED=hs)
                subprocess.run([sys.executable, os.path.abspath(__file__), "--out", tmp, "--no-selfcheck"],
                               env=env, check=True, stdout=subprocess.DEVNULL)
                got = {f: md5(os.path.join(tmp, f)) for f in DATA_FILES}
                if got != ref:
                    raise SystemExit(f"FATAL: output differs under PYTHONHASHSEED={hs}: {got} vs {ref}")
        print("determinism: identical md5 under PYTHONHASHSEED=0 and 4242:", json.dumps(ref))


if __name__ == "__main__":
    main()
