#!/usr/bin/env python3
"""Generator for the pii_aa independent Korean PII evaluation set.

Standard library only.  Every random choice comes from
random.Random("pii_aa-2026|<template>|<i>[|retry<k>]") -- string seeds, which
Python hashes with SHA-512 independently of PYTHONHASHSEED.

    python3 make_set.py          # writes pii_aa.jsonl, pii_aa.meta.jsonl, stats.json
                                 # then re-reads and validates them
"""
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "pii_aa-2026"

TYPES = ["PERSON", "KR_RRN", "KR_FRN", "PHONE_NUMBER", "EMAIL_ADDRESS", "KR_ADDRESS",
         "KR_BANK_ACCOUNT", "CREDIT_CARD", "KR_PASSPORT", "KR_DRIVER_LICENSE",
         "DATE_OF_BIRTH", "IP_ADDRESS", "KR_BRN", "KR_CRN", "KR_VEHICLE_PLATE",
         "KR_HEALTH_INSURANCE"]
P, RRN, FRN, PH, EM, AD, AC, CC, PP, DL, DOB, IP, BRN, CRN, VP, HI = TYPES


# ----------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------
def has_batchim(ch):
    o = ord(ch)
    if 0xAC00 <= o <= 0xD7A3:
        return (o - 0xAC00) % 28 != 0
    return False


def josa(word, pair):
    """pair: '은는', '이가', '을를', '과와', '으로로'-> handled as ('으로','로')."""
    last = word[-1]
    if pair == "으로":
        return "으로" if has_batchim(last) and (ord(last) - 0xAC00) % 28 != 8 else "로"
    a, b = pair[0], pair[1]
    return a if has_batchim(last) else b


FW = {str(d): chr(0xFF10 + d) for d in range(10)}


def fullwidth(s):
    return "".join(FW.get(c, c) for c in s)


def dig(r, n, first_nonzero=False):
    s = "".join(r.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = r.choice("123456789") + s[1:]
    return s


def won(n):
    return f"{n:,}원"


def ymd(r, y0=2023, y1=2025):
    return r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28)


def date_dot(y, m, d):
    return f"{y}. {m}. {d}."


# ----------------------------------------------------------------------------
# name pools (all invented combinations)
# ----------------------------------------------------------------------------
SUR_W = [("김", 20), ("이", 15), ("박", 9), ("최", 5), ("정", 5), ("강", 3), ("조", 3), ("윤", 3),
         ("장", 3), ("임", 3), ("한", 2), ("오", 2), ("서", 2), ("신", 2), ("권", 2), ("황", 2),
         ("안", 2), ("송", 2), ("류", 1), ("전", 1), ("홍", 1), ("고", 1), ("문", 1), ("양", 1),
         ("손", 1), ("배", 1), ("백", 1), ("허", 1), ("유", 1), ("남", 1), ("심", 1), ("노", 1),
         ("하", 1), ("곽", 1), ("성", 1), ("차", 1), ("주", 1), ("우", 1), ("구", 1), ("민", 1),
         ("진", 1), ("나", 1), ("지", 1), ("엄", 1), ("변", 1), ("채", 1), ("원", 1), ("천", 1),
         ("방", 1), ("공", 1), ("현", 1), ("함", 1), ("염", 1), ("여", 1), ("추", 1), ("도", 1),
         ("석", 1), ("설", 1), ("마", 1), ("길", 1), ("연", 1), ("위", 1), ("표", 1), ("명", 1),
         ("기", 1), ("반", 1), ("왕", 1), ("금", 1), ("옥", 1), ("육", 1), ("인", 1), ("맹", 1),
         ("탁", 1), ("국", 1), ("어", 1), ("은", 1), ("편", 1), ("봉", 1), ("태", 1), ("목", 1),
         ("피", 1), ("감", 1)]
SURS = [s for s, w in SUR_W for _ in range(w)]
RARE_SURS = ["남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "동방"]
SUR_ROM = {"김": "kim", "이": "lee", "박": "park", "최": "choi", "정": "jung", "강": "kang", "조": "cho",
           "윤": "yoon", "장": "jang", "임": "lim", "한": "han", "오": "oh", "서": "seo", "신": "shin",
           "권": "kwon", "황": "hwang", "안": "ahn", "송": "song", "류": "ryu", "전": "jeon", "홍": "hong",
           "고": "ko", "문": "moon", "양": "yang", "손": "son", "배": "bae", "백": "baek", "허": "heo",
           "유": "yoo", "남": "nam", "심": "shim", "노": "noh", "하": "ha", "곽": "kwak", "성": "sung",
           "차": "cha", "주": "joo", "우": "woo", "구": "koo", "민": "min", "진": "jin", "나": "na",
           "지": "ji", "엄": "eom", "변": "byun", "채": "chae", "원": "won", "천": "chun", "방": "bang",
           "공": "kong", "현": "hyun", "함": "ham", "염": "yeom", "여": "yeo", "추": "choo", "도": "do",
           "석": "seok", "설": "seol", "마": "ma", "길": "gil", "연": "yeon", "위": "wi", "표": "pyo",
           "명": "myung", "기": "ki", "반": "ban", "왕": "wang", "금": "keum", "옥": "ok", "육": "yook",
           "인": "in", "맹": "maeng", "탁": "tak", "국": "kook", "어": "eo", "은": "eun", "편": "pyun",
           "봉": "bong", "태": "tae", "목": "mok", "피": "pi", "감": "kam", "남궁": "namgung",
           "황보": "hwangbo", "제갈": "jegal", "선우": "sunwoo", "독고": "dokgo", "사공": "sagong",
           "서문": "seomun", "동방": "dongbang"}
GIV_ROM = {"민": "min", "서": "seo", "지": "ji", "현": "hyun", "우": "woo", "준": "jun", "하": "ha",
           "윤": "yun", "수": "su", "영": "young", "진": "jin", "성": "sung", "호": "ho", "은": "eun",
           "연": "yeon", "혜": "hye", "정": "jung", "경": "kyung", "재": "jae", "동": "dong", "상": "sang",
           "희": "hee", "원": "won", "주": "joo", "승": "seung", "태": "tae", "기": "ki", "선": "sun",
           "미": "mi", "유": "yu", "아": "a", "다": "da", "예": "ye", "채": "chae", "소": "so", "나": "na",
           "한": "han", "도": "do", "건": "gun", "시": "si", "율": "yul", "인": "in", "석": "seok",
           "규": "kyu", "철": "chul", "훈": "hoon", "범": "beom", "환": "hwan", "종": "jong", "근": "geun",
           "순": "soon", "숙": "sook", "자": "ja", "옥": "ok", "분": "bun", "남": "nam", "용": "yong",
           "광": "kwang", "명": "myung", "혁": "hyuk", "찬": "chan", "결": "gyeol", "솔": "sol",
           "람": "ram", "빈": "bin", "린": "rin", "겸": "gyeom", "휘": "hwi", "향": "hyang", "란": "ran",
           "봉": "bong", "덕": "deok", "복": "bok", "춘": "chun", "길": "gil", "식": "sik", "보": "bo",
           "애": "ae", "슬": "seul", "별": "byeol", "온": "on"}
GIVS = list(GIV_ROM)
# full names that are also ordinary words (surname + given)
WORDLIKE = ["하늘", "이슬", "우주", "강산", "나라", "고수", "배우", "신용", "전기", "성공", "정의",
            "유지", "오늘", "한결", "하나", "주인", "안전", "은하", "진주", "정다운", "한마음",
            "이기자", "정직한", "오로라", "나누리", "하얀", "방송", "구름"]
FOREIGN = [("응우옌 티 란", "NGUYEN THI LAN", "베트남", "VN"), ("쩐 반 훙", "TRAN VAN HUNG", "베트남", "VN"),
           ("팜 티 마이", "PHAM THI MAI", "베트남", "VN"), ("레 반 남", "LE VAN NAM", "베트남", "VN"),
           ("왕웨이", "WANG WEI", "중국", "CN"), ("리우양", "LIU YANG", "중국", "CN"),
           ("장샤오밍", "ZHANG XIAOMING", "중국", "CN"), ("다나카 유키", "TANAKA YUKI", "일본", "JP"),
           ("사토 겐지", "SATO KENJI", "일본", "JP"), ("마리아 산토스", "MARIA SANTOS", "필리핀", "PH"),
           ("크리스티나 레예스", "CRISTINA REYES", "필리핀", "PH"), ("존 스미스", "JOHN SMITH", "미국", "US"),
           ("사라 존슨", "SARAH JOHNSON", "미국", "US"), ("아흐마드 카림", "AHMAD KARIM", "우즈베키스탄", "UZ"),
           ("아지즈 라흐모노프", "AZIZ RAKHMONOV", "우즈베키스탄", "UZ"),
           ("바트바야르 도르지", "BATBAYAR DORJ", "몽골", "MN"), ("수파차이 분마", "SUPACHAI BOONMA", "태국", "TH"),
           ("올가 이바노바", "OLGA IVANOVA", "러시아", "RU"), ("엘레나 페트로바", "ELENA PETROVA", "러시아", "RU"),
           ("누르 아이니", "NUR AINI", "인도네시아", "ID"), ("쿠마르 라지", "KUMAR RAJ", "네팔", "NP"),
           ("로드리고 페레스", "RODRIGO PEREZ", "페루", "PE"), ("하산 알리", "HASAN ALI", "파키스탄", "PK"),
           ("누엔 반 득", "NGUYEN VAN DUC", "베트남", "VN")]


def kname(r, rare=0.12, wordlike=0.0):
    """returns (name, subkind)"""
    x = r.random()
    if x < wordlike:
        return r.choice(WORDLIKE), "name_wordlike"
    if x < wordlike + rare:
        s = r.choice(RARE_SURS)
        g = r.choice(GIVS) + (r.choice(GIVS) if r.random() < 0.8 else "")
        return s + g, "name_rare_surname"
    s = r.choice(SURS)
    y = r.random()
    if y < 0.10:
        return s + r.choice(GIVS), "name_2syl"
    g1 = r.choice(GIVS)
    g2 = r.choice([g for g in GIVS if g != g1])
    return s + g1 + g2, "name_3syl"


def romanize(name):
    for s in sorted(SUR_ROM, key=len, reverse=True):
        if name.startswith(s):
            rest = name[len(s):]
            return SUR_ROM[s], "".join(GIV_ROM.get(c, "k") for c in rest)
    return "k", "".join(GIV_ROM.get(c, "k") for c in name)


def fname(r, latin=None):
    f = r.choice(FOREIGN)
    if latin is None:
        latin = r.random() < 0.4
    if latin:
        v = f[1] if r.random() < 0.6 else f[1].title()
        return v, f, "name_foreign_latin"
    return f[0], f, "name_foreign_hangul"


# ----------------------------------------------------------------------------
# identifiers
# ----------------------------------------------------------------------------
W12 = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]


def rrn_check(d12):
    s = sum(int(a) * b for a, b in zip(d12, W12))
    return str((11 - s % 11) % 10)


def frn_check(d12):
    s = sum(int(a) * b for a, b in zip(d12, W12))
    return str((13 - s % 11) % 10)


def birth(r, y0=1945, y1=2004):
    return r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28)


def rrn_digits(r, kind="valid", y0=1945, y1=2004):
    if kind == "post2020":
        y, m, d = r.randint(2020, 2024), r.randint(1, 12), r.randint(1, 28)
        if y == 2020 and m < 10:
            m = r.randint(10, 12)
        g = r.choice("34")
        body = f"{y % 100:02d}{m:02d}{d:02d}" + g + dig(r, 5)
        good = rrn_check(body)
        bad = r.choice([c for c in "0123456789" if c != good])
        return body + bad, (y, m, d)
    y, m, d = birth(r, y0, y1)
    g = r.choice("12") if y < 2000 else r.choice("34")
    body = f"{y % 100:02d}{m:02d}{d:02d}" + g + f"{r.randint(0, 95):02d}" + dig(r, 2) + r.choice("12345")
    return body + rrn_check(body), (y, m, d)


def frn_digits(r, y0=1960, y1=2004):
    y, m, d = birth(r, y0, y1)
    g = r.choice("56") if y < 2000 else r.choice("78")
    body = f"{y % 100:02d}{m:02d}{d:02d}" + g + dig(r, 2) + r.choice(["00", "02", "04", "06", "08"])[0] + \
        r.choice("02468") + r.choice("0123456789")
    body = body[:12]
    return body + frn_check(body), (y, m, d)


def fmt_rrn(r, d13, style=None):
    style = style or r.choice(["hy"] * 7 + ["none", "sp"])
    if style == "hy":
        return d13[:6] + "-" + d13[6:], []
    if style == "none":
        return d13, ["no_sep"]
    return d13[:6] + " - " + d13[6:], ["space_sep"]


def masked_rrn(r, d13):
    ch = r.choice(["*", "*", "●", "X", "x", "○"])
    return d13[:6] + "-" + d13[6] + ch * 6


def luhn_ok(num):
    s = 0
    for i, c in enumerate(reversed(num)):
        v = int(c)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0


def luhn_complete(prefix, length, r):
    body = prefix + dig(r, length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


CARD_BRANDS = [("visa", "4", 16), ("master", "5" + "12345"[0], 16), ("master", "53", 16), ("master", "55", 16),
               ("bc", "94", 16), ("jcb", "35", 16), ("amex", "37", 15), ("amex", "34", 15), ("visa", "4", 16)]


def card(r, sep=None):
    brand, pre, n = r.choice(CARD_BRANDS)
    if brand == "jcb":
        pre = str(r.randint(3528, 3589))
    if brand == "bc":
        pre = "94" + str(r.randint(10, 99))
    num = luhn_complete(pre, n, r)
    sep = sep if sep is not None else r.choice(["-", "-", "-", " ", ""])
    if n == 15:
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[i:i + 4] for i in range(0, 16, 4)]
    tags = {"-": [], " ": ["space_sep"], "": ["no_sep"]}[sep]
    return sep.join(parts), "card_" + brand, list(tags)


def brn(r):
    while True:
        d = dig(r, 3, True) + r.choice(["81", "86", "87", "88", "12", "23", "35", "41", "05"]) + dig(r, 4)
        s = sum(int(a) * b for a, b in zip(d, [1, 3, 7, 1, 3, 7, 1, 3, 5]))
        s += (int(d[8]) * 5) // 10
        c = (10 - s % 10) % 10
        v = d + str(c)
        return v[:3] + "-" + v[3:5] + "-" + v[5:]


def crn(r):
    office = r.choice(["1101", "1101", "1311", "1201", "1301", "1345", "1358", "1601", "1801", "2011"])
    kind = r.choice(["11", "11", "11", "71", "14"])
    d = office + kind + dig(r, 6)
    s = sum(int(a) * b for a, b in zip(d, [1, 2] * 6))
    return d[:6] + "-" + d[6:] + str((10 - s % 10) % 10)


DL_REG = [("11", "서울"), ("12", "부산"), ("13", "경기"), ("14", "강원"), ("15", "충북"), ("16", "충남"),
          ("17", "전북"), ("18", "전남"), ("19", "경북"), ("20", "경남"), ("21", "제주"), ("22", "대구"),
          ("23", "인천"), ("24", "광주"), ("25", "대전"), ("26", "울산"), ("28", "경기북부")]


def dlic(r, style=None):
    code, reg = r.choice(DL_REG)
    yy = f"{r.randint(85, 124) % 100:02d}"
    ser, chk = dig(r, 6), dig(r, 2)
    style = style or r.choice(["num", "num", "num", "reg", "regns", "plain"])
    if style == "num":
        return f"{code}-{yy}-{ser}-{chk}", "dl_numeric", []
    if style == "reg":
        return f"{reg} {yy}-{ser}-{chk}", "dl_region_name", []
    if style == "regns":
        return f"{reg}{yy}-{ser}-{chk}", "dl_region_name", ["no_space"]
    return f"{code}{yy}{ser}{chk}", "dl_plain12", ["no_sep"]


def passport_kr(r):
    pre = r.choice("MMMMMSGDR")
    if r.random() < 0.5:
        return pre + dig(r, 8), "passport_old"
    return pre + dig(r, 3) + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + dig(r, 4), "passport_new"


def passport_foreign(r, cc):
    if cc == "VN":
        return "C" + dig(r, 7)
    if cc == "CN":
        return "E" + dig(r, 8)
    if cc == "JP":
        return r.choice(["TK", "TR", "MU"]) + dig(r, 7)
    if cc == "PH":
        return "P" + dig(r, 7) + r.choice("ABC")
    if cc == "US":
        return dig(r, 9, True)
    if cc == "UZ":
        return "FA" + dig(r, 7)
    if cc == "MN":
        return "E" + dig(r, 7)
    if cc == "TH":
        return "AA" + dig(r, 7)
    if cc == "RU":
        return "75" + dig(r, 7)
    if cc == "ID":
        return "B" + dig(r, 7)
    if cc == "NP":
        return "PA" + dig(r, 7)
    if cc == "PK":
        return "AB" + dig(r, 7)
    return "P" + dig(r, 7)


BANKS = [("KB국민은행", [6, 2, 6]), ("국민은행", [3, 2, 4, 3]), ("신한은행", [3, 3, 6]), ("우리은행", [4, 3, 6]),
         ("하나은행", [3, 6, 5]), ("NH농협은행", [3, 4, 4, 2]), ("농협", [3, 4, 4, 2]), ("IBK기업은행", [3, 6, 2, 3]),
         ("카카오뱅크", [4, 2, 7]), ("토스뱅크", [4, 4, 4]), ("우체국", [6, 2, 6]), ("SC제일은행", [3, 2, 6]),
         ("새마을금고", [4, 2, 7]), ("부산은행", [3, 4, 4, 2]), ("iM뱅크", [3, 2, 6, 1]), ("케이뱅크", [3, 3, 6]),
         ("수협은행", [3, 2, 6]), ("광주은행", [3, 3, 6])]
BANK_PREFIX = {"신한은행": "110", "카카오뱅크": "3333", "토스뱅크": "1000", "우리은행": "1002",
               "NH농협은행": "302", "농협": "352", "새마을금고": "9003", "케이뱅크": "100"}


def account(r, sep=None):
    bank, groups = r.choice(BANKS)
    total = sum(groups)
    pre = BANK_PREFIX.get(bank, "")
    digits = pre + dig(r, total - len(pre), first_nonzero=(pre == ""))
    sep = sep if sep is not None else r.choice(["-"] * 6 + ["", " "])
    parts, k = [], 0
    for g in groups:
        parts.append(digits[k:k + g])
        k += g
    tags = {"-": [], " ": ["space_sep"], "": ["no_sep"]}[sep]
    return bank, sep.join(parts), "acct_" + "-".join(map(str, groups)), list(tags)


AREA = ["02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055", "061",
        "062", "063", "064"]


def mobile(r, style=None):
    a, b = dig(r, 4), dig(r, 4)
    a = r.choice("23456789") + a[1:]
    style = style or r.choice(["hy"] * 8 + ["sp", "dot", "none", "intl"])
    if style == "hy":
        return f"010-{a}-{b}", "phone_mobile", []
    if style == "sp":
        return f"010 {a} {b}", "phone_mobile", ["space_sep"]
    if style == "dot":
        return f"010.{a}.{b}", "phone_mobile", ["dot_sep"]
    if style == "none":
        return f"010{a}{b}", "phone_mobile", ["no_sep"]
    return f"+82-10-{a}-{b}", "phone_mobile_intl", []


def landline(r, area=None, style=None):
    area = area or r.choice(AREA)
    mid = dig(r, r.choice([3, 4]) if area == "02" else r.choice([3, 3, 4]))
    mid = r.choice("2345678") + mid[1:]
    last = dig(r, 4)
    style = style or r.choice(["hy"] * 8 + ["paren", "paren2"])
    if style == "paren":
        return f"({area}) {mid}-{last}", "phone_landline", []
    if style == "paren2":
        return f"{area}){mid}-{last}", "phone_landline", []
    return f"{area}-{mid}-{last}", "phone_landline", []


def voip(r):
    if r.random() < 0.6:
        return f"070-{r.choice('2345678')}{dig(r, 3)}-{dig(r, 4)}", "phone_070", []
    return f"050{r.choice('2456')}-{dig(r, 4, True)}-{dig(r, 4)}", "phone_050x", []


def any_phone(r):
    x = r.random()
    if x < 0.6:
        return mobile(r)
    if x < 0.88:
        return landline(r)
    return voip(r)


FREE_DOM = ["naver.com", "daum.net", "hanmail.net", "gmail.com", "kakao.com", "nate.com", "outlook.kr"]
CO_DOM = ["hanbit-eng.co.kr", "saemaeul-tech.com", "greenbridge.kr", "daon-design.co.kr",
          "haneul-logis.com", "sol-medical.co.kr", "nuri-edu.kr", "mirae-build.co.kr"]


def email(r, name=None, company=False):
    if name and r.random() < 0.8:
        sr, gr = romanize(name)
        local = r.choice([f"{gr}.{sr}", f"{sr}{gr}", f"{sr}.{gr}", f"{gr}{sr}{r.randint(1, 99)}",
                          f"{sr}{gr[:1]}{r.randint(70, 99)}", f"{gr}_{sr}"])
    else:
        local = r.choice(["sky", "blue", "moon", "happy", "jjang", "dream", "tiger", "mint"]) + \
            r.choice(["", "_", "."]) + r.choice(["love", "day", "star", "kr", "0"]) + str(r.randint(1, 999))
    dom = r.choice(CO_DOM) if company else r.choice(FREE_DOM)
    return f"{local}@{dom}", "email_company" if company else "email_personal"


def official_email(r, name):
    sr, gr = romanize(name)
    return f"{sr}{gr[:2]}{r.randint(1, 99)}@korea.kr", "email_official"


def ip(r, private=None):
    private = r.random() < 0.35 if private is None else private
    if private:
        return r.choice([f"192.168.{r.randint(0, 20)}.{r.randint(2, 254)}",
                         f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                         f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}"]), "ip_private"
    a = r.choice([58, 59, 61, 106, 110, 112, 114, 118, 121, 122, 125, 175, 180, 183, 203, 210, 211, 218, 220, 222])
    return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}", "ip_public"


def ipv6(r):
    return "2001:db8:" + ":".join(f"{r.randint(0, 65535):x}" for _ in range(3)) + "::" + f"{r.randint(1, 4095):x}", "ip_v6"


def dob(r, y=None, m=None, d=None):
    if y is None:
        y, m, d = birth(r)
    st = r.choice(["dot", "kor", "iso", "dot0", "short", "six"])
    v = {"dot": f"{y}. {m}. {d}.", "kor": f"{y}년 {m}월 {d}일", "iso": f"{y}-{m:02d}-{d:02d}",
         "dot0": f"{y}.{m:02d}.{d:02d}.", "short": f"{y % 100:02d}.{m:02d}.{d:02d}",
         "six": f"{y % 100:02d}{m:02d}{d:02d}"}[st]
    return v, "dob_" + st


HANGUL_PLATE = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주"


def plate(r):
    x = r.random()
    h = r.choice(HANGUL_PLATE)
    if x < 0.35:
        return f"{r.randint(10, 99)}{h} {dig(r, 4, True)}", "plate_2digit", []
    if x < 0.7:
        return f"{r.randint(100, 399)}{h} {dig(r, 4, True)}", "plate_3digit", []
    if x < 0.8:
        return f"{r.randint(100, 399)}{h}{dig(r, 4, True)}", "plate_3digit", ["no_space"]
    if x < 0.9:
        return f"{r.choice(['서울', '경기', '부산', '인천'])} {r.randint(10, 99)}{h} {dig(r, 4, True)}", "plate_region", []
    return f"{r.choice(['서울', '경기', '대구'])} {r.randint(70, 79)}{r.choice('바사아자')} {dig(r, 4, True)}", "plate_commercial", []


def health_ins(r):
    v = r.choice("1234567") + dig(r, 10)
    if r.random() < 0.2:
        return v[0] + "-" + v[1:], "hi_hyphen", []
    return v, "hi_11digit", []


# ----------------------------------------------------------------------------
# addresses
# ----------------------------------------------------------------------------
SIDO = [("서울특별시", "서울시", "서울", ["마포구", "강남구", "노원구", "송파구", "관악구", "은평구", "동작구"]),
        ("부산광역시", "부산시", "부산", ["해운대구", "부산진구", "사하구", "동래구"]),
        ("대구광역시", "대구시", "대구", ["수성구", "달서구"]),
        ("인천광역시", "인천시", "인천", ["연수구", "남동구", "부평구"]),
        ("광주광역시", "광주시", "광주", ["북구", "광산구"]),
        ("대전광역시", "대전시", "대전", ["유성구", "서구"]),
        ("울산광역시", "울산시", "울산", ["남구", "울주군"]),
        ("경기도", "경기도", "경기", ["수원시 팔달구", "성남시 분당구", "고양시 일산동구", "용인시 수지구",
                                "부천시", "화성시", "안산시 단원구", "남양주시", "평택시"]),
        ("강원특별자치도", "강원도", "강원", ["춘천시", "원주시", "강릉시"]),
        ("충청북도", "충북", "충북", ["청주시 흥덕구", "충주시"]),
        ("충청남도", "충남", "충남", ["천안시 동남구", "아산시", "공주시"]),
        ("전북특별자치도", "전북", "전북", ["전주시 완산구", "익산시", "군산시"]),
        ("전라남도", "전남", "전남", ["여수시", "순천시", "목포시"]),
        ("경상북도", "경북", "경북", ["포항시 남구", "구미시", "경산시"]),
        ("경상남도", "경남", "경남", ["창원시 성산구", "김해시", "진주시"]),
        ("제주특별자치도", "제주도", "제주", ["제주시", "서귀포시"])]
ROAD_STEM = ["한빛", "새말", "은행나무", "솔내", "가람", "미리내", "청솔", "푸른", "다솜", "너른들", "햇살",
             "별빛", "느티", "모란", "버들", "장미", "갈매", "학마을", "물빛", "꽃뫼", "큰골", "산들"]
DONG = ["성산동", "상계동", "중동", "신림동", "역삼동", "연산동", "매탄동", "정자동", "송천동", "봉명동",
        "용호동", "옥동", "화정동", "삼천동", "교동", "탄방동", "주엽동"]
APT = ["한빛아파트", "푸른마을아파트", "새솔아파트", "햇살마을 2단지", "솔내마을 3단지", "느티빌라",
       "청솔맨션", "별빛타운"]


def address(r, wrap=False):
    sido = r.choice(SIDO)
    sgg = r.choice(sido[3])
    start = r.choice(["full", "full", "short", "abbr", "sgg"])
    head = {"full": sido[0] + " ", "short": sido[1] + " ", "abbr": sido[2] + " ", "sgg": ""}[start]
    sub = "addr_road"
    if r.random() < 0.25:
        sub = "addr_jibun"
        lot = f"{r.randint(1, 999)}" + (f"-{r.randint(1, 40)}" if r.random() < 0.6 else "")
        body = f"{sgg} {r.choice(DONG)} {lot}" + ("번지" if r.random() < 0.3 else "")
        if r.random() < 0.6:
            body += f" {r.choice(APT)} {r.randint(101, 115)}동 {r.randint(1, 25)}0{r.randint(1, 6)}호"
    else:
        road = r.choice(ROAD_STEM) + r.choice(["로", "로", "길", f"로{r.randint(1, 80)}번길", f"로 {r.randint(1, 40)}길"])
        body = f"{sgg} {road} {r.randint(1, 399)}" + (f"-{r.randint(1, 30)}" if r.random() < 0.2 else "")
        u = r.random()
        if u < 0.35:
            body += f", {r.randint(101, 120)}동 {r.randint(1, 29)}0{r.randint(1, 6)}호"
        elif u < 0.55:
            fl = r.randint(2, 9)
            body += f", {fl}층 {fl}0{r.randint(1, 9)}호"
        elif u < 0.7:
            body += f" {r.randint(2, 12)}층"
        elif u < 0.8:
            body += f" {r.randint(1, 5)}0{r.randint(1, 9)}호"
    v = (head + body).strip()
    tags = []
    if wrap:
        sp = [m.start() for m in re.finditer(" ", v)]
        if len(sp) >= 2:
            k = sp[len(sp) // 2]
            v = v[:k] + "\n" + v[k + 1:]
            tags.append("wrapped")
    return v, sub + ("_" + start if start != "full" else ""), tags


def postal(r):
    return f"({r.randint(1, 63):02d}{dig(r, 3)})"


INST_ADDR = ["세종특별자치시 갈매로 388 정부세종청사 15동", "세종특별자치시 도움5로 20 정부세종청사 9동",
             "서울특별시 종로구 세종대로 209 정부서울청사", "대전광역시 서구 청사로 189 정부대전청사 3동",
             "경기도 과천시 관문로 47 정부과천청사 5동", "서울특별시 중구 세종대로 110 서울특별시청",
             "부산광역시 연제구 중앙대로 1001 부산광역시청", "경기도 수원시 팔달구 효원로 1 경기도청",
             "인천광역시 남동구 정각로 29 인천광역시청"]
ORGS = ["행정안전부", "보건복지부", "고용노동부", "교육부", "국토교통부", "서울특별시", "경기도", "부산광역시",
        "국민건강보험공단", "한국사회보장정보원", "마포구청", "수원시", "세종특별자치시교육청"]
DEPTS = ["운영지원과", "정보공개과", "복지정책과", "민원담당관", "감사담당관", "인사과", "교통행정과",
         "세무1과", "주민복지과", "개인정보보호팀", "청년정책과", "도시재생과"]
COMPANIES = ["(주)한빛엔지니어링", "주식회사 새마을테크", "(주)그린브릿지", "다온디자인(주)", "(주)하늘물류",
             "솔메디칼 주식회사", "누리교육(주)", "(주)미래건설", "해오름푸드 주식회사"]
SWITCH = lambda r: r.choice(["1588", "1577", "1600", "1544", "1644", "1566", "1661", "1899"]) + "-" + dig(r, 4, True)


def docno(r, dept=None):
    dept = dept or r.choice(DEPTS)
    return f"{dept}-{r.randint(100, 9999)}"


def statute(r):
    return r.choice(["「개인정보 보호법」 제17조 제1항", "「개인정보 보호법」 제24조의2", "「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호",
                     "「국가공무원법」 제78조 제1항", "「지방공무원법」 제48조", "「도로교통법」 제44조 제1항",
                     "「국민기초생활 보장법」 제23조", "「출입국관리법」 제31조", "같은 법 시행령 제9조 제1항",
                     "「민원 처리에 관한 법률」 제27조", "「근로기준법」 제17조", "「주민등록법」 제7조의2"])


def casenum(r):
    return r.choice([f"{r.randint(2022, 2025)}고단{r.randint(1000, 9999)}", f"{r.randint(2022, 2025)}구합{r.randint(10000, 99999)}",
                     f"{r.randint(2022, 2025)}노{r.randint(100, 3999)}", f"{r.randint(2022, 2025)}가단{r.randint(100000, 999999)}",
                     f"{r.randint(2022, 2025)}두{r.randint(10000, 99999)}", f"중앙행심 제{r.randint(2022, 2025)}-{r.randint(1000, 29999)}호"])


def recvno(r):
    return f"{r.randint(1, 9)}AA-{r.randint(22, 25)}{r.randint(1, 12):02d}-{dig(r, 7)}"


PRODUCT = ["SM-S921N", "KX-TS500", "LG-F700K", "DS-2CD1043G2", "모델명 RTX-4070", "AP-2024-07", "HP M404dn",
           "SKU 8801234", "KS C IEC 62368-1", "CE-MS-0931"]
PLACE_LIKE = ["하남", "안양", "정선", "홍성", "고성", "양산", "남원", "김해", "김포", "이천", "오산", "유성", "진도",
              "장흥", "안성", "서산", "조치원", "신안", "한남동", "도봉", "강화", "구례", "문경", "임실"]
NOUN_RESULT = ["조사", "성과", "지원", "신청", "심사"]
NOUN_LIKE = ["조사", "정부", "이번", "최근", "한편", "주민", "신청", "안내", "전국", "유선", "강화", "구청",
             "지원", "공고", "이상", "지난", "장기", "조치", "정보", "기간", "오전", "유보", "방문", "고지", "성과"]


# ----------------------------------------------------------------------------
# document builder
# ----------------------------------------------------------------------------
class Doc:
    def __init__(self, r, ocr=False):
        self.r = r
        self.parts = []
        self.pos = 0
        self.spans = []
        self.negs = []
        self.ocr = ocr

    def t(self, s):
        if self.ocr:
            s = ocr_plain(self.r, s)
        self.parts.append(s)
        self.pos += len(s)
        return self

    def s(self, val, typ, kind, noise=()):
        noise = list(noise)
        if self.ocr and typ != P:
            val, extra = ocr_value(self.r, val, typ)
            noise += extra
        if self.ocr and typ == P and " " not in val and len(val) in (2, 3, 4) and re.fullmatch(r"[가-힣]+", val) \
                and self.r.random() < 0.35:
            val = " ".join(val)
            noise.append("spaced_name")
        self.spans.append({"start": self.pos, "end": self.pos + len(val), "type": typ, "kind": kind,
                           "noise": sorted(set(noise)), "value": val})
        self.parts.append(val)
        self.pos += len(val)
        return self

    def n(self, s, cat):
        self.negs.append({"start": self.pos, "end": self.pos + len(s), "text": s, "category": cat})
        self.parts.append(s)
        self.pos += len(s)
        return self

    # convenience writers -------------------------------------------------
    def name(self, **kw):
        v, k = kname(self.r, **kw)
        self.s(v, P, k)
        return v

    def text(self):
        return "".join(self.parts)


def ocr_plain(r, s):
    out = []
    for ch in s:
        x = r.random()
        if ch == "·" and x < 0.5:
            out.append(".")
        elif ch == ":" and x < 0.3:
            out.append(r.choice([";", " :", "："]))
        elif ch == "|" and x < 0.4:
            out.append(r.choice(["ㅣ", "l", "I"]))
        elif "가" <= ch <= "힣" and x < 0.03:
            out.append(ch + " ")
        else:
            out.append(ch)
    return "".join(out)


def ocr_value(r, v, typ):
    tags = []
    if typ in (EM, AD):
        if typ == AD and r.random() < 0.3 and v.count(" ") >= 2:
            sp = [m.start() for m in re.finditer(" ", v)]
            k = r.choice(sp[1:])
            v = v[:k] + "\n" + v[k + 1:]
            tags.append("wrapped")
        return v, tags
    if not re.search(r"\d", v):
        return v, tags
    x = r.random()
    if x < 0.3:
        v = fullwidth(v)
        tags.append("fullwidth_digits")
    if "-" in v and r.random() < 0.35:
        v = v.replace("-", r.choice(["‐", "－", "—"]))
        tags.append("unicode_hyphen")
    if r.random() < 0.2 and "-" in v:
        k = v.index("-")
        v = v[:k + 1] + "\n" + v[k + 1:]
        tags.append("newline_in_number")
    elif r.random() < 0.2 and typ != VP:
        m = list(re.finditer(r"[0-9０-９]{4,}", v))
        if m:
            mm = r.choice(m)
            k = mm.start() + 2
            v = v[:k] + " " + v[k:]
            tags.append("space_in_number")
    return v, tags


def noisy_number(r, v, p=0.25):
    """occasional real-world noise for non-OCR genres"""
    tags = []
    if r.random() < p:
        c = r.choice(["fw", "nl", "uh"])
        if c == "fw":
            v = fullwidth(v)
            tags.append("fullwidth_digits")
        elif c == "nl" and "-" in v:
            k = v.rindex("-")
            v = v[:k + 1] + "\n" + v[k + 1:]
            tags.append("newline_in_number")
        elif c == "uh" and "-" in v:
            v = v.replace("-", "‐")
            tags.append("unicode_hyphen")
    return v, tags


# span writers that generate the value -------------------------------------
def W_rrn(d, kind=None, noise_p=0.15, d13=None):
    r = d.r
    kind = kind or r.choice(["valid"] * 6 + ["post2020", "masked", "masked"])
    if d13 is not None:
        if kind == "masked":
            v, sub, tags = masked_rrn(r, d13), "rrn_masked", ["masked"]
        else:
            v, tags = fmt_rrn(r, d13)
            sub = "rrn_post2020" if kind == "post2020" else "rrn_valid"
            v, t2 = noisy_number(r, v, noise_p)
            tags += t2
        d.s(v, RRN, sub, tags)
        return v
    if kind == "masked":
        d13, _ = rrn_digits(r)
        v, sub, tags = masked_rrn(r, d13), "rrn_masked", ["masked"]
    elif kind == "post2020":
        d13, _ = rrn_digits(r, "post2020")
        v, tags = fmt_rrn(r, d13)
        sub = "rrn_post2020"
    else:
        d13, _ = rrn_digits(r)
        v, tags = fmt_rrn(r, d13)
        sub = "rrn_valid"
    if kind != "masked":
        v, t2 = noisy_number(r, v, noise_p)
        tags += t2
    d.s(v, RRN, sub, tags)
    return v


def W_frn(d, masked=False, noise_p=0.15):
    r = d.r
    d13, _ = frn_digits(r)
    if masked:
        v, sub, tags = masked_rrn(r, d13), "frn_masked", ["masked"]
    else:
        v, tags = fmt_rrn(r, d13)
        v, t2 = noisy_number(r, v, noise_p)
        tags += t2
        sub = "frn_valid"
    d.s(v, FRN, sub, tags)
    return v


def W_phone(d, kind="any", noise_p=0.12):
    r = d.r
    f = {"any": any_phone, "mobile": mobile, "land": landline, "voip": voip}[kind]
    v, sub, tags = f(r)
    v, t2 = noisy_number(r, v, noise_p)
    d.s(v, PH, sub, tags + t2)
    return v


def W_direct(d):
    r = d.r
    v = f"044-{r.randint(200, 215)}-{dig(r, 4)}" if r.random() < 0.6 else landline(r, r.choice(AREA))[0]
    d.s(v, PH, "phone_official_direct")
    return v


def W_email(d, name=None, company=False):
    v, sub = email(d.r, name, company)
    d.s(v, EM, sub)
    return v


def W_addr(d, wrap=None):
    wrap = (d.r.random() < 0.1) if wrap is None else wrap
    v, sub, tags = address(d.r, wrap)
    d.s(v, AD, sub, tags)
    return v


def W_acct(d, noise_p=0.1, sep=None):
    bank, v, sub, tags = account(d.r, sep)
    v, t2 = noisy_number(d.r, v, noise_p)
    return bank, v, sub, tags + t2


def W_card(d, noise_p=0.1, sep=None):
    v, sub, tags = card(d.r, sep)
    v, t2 = noisy_number(d.r, v, noise_p)
    d.s(v, CC, sub, tags + t2)
    return v


def W_pp(d, foreign=None):
    if foreign:
        d.s(passport_foreign(d.r, foreign[3]), PP, "passport_foreign")
    else:
        v, sub = passport_kr(d.r)
        d.s(v, PP, sub)


def W_dl(d, style=None):
    v, sub, tags = dlic(d.r, style)
    v, t2 = noisy_number(d.r, v, 0.1)
    d.s(v, DL, sub, tags + t2)


def W_dob(d, *ymd_):
    v, sub = dob(d.r, *ymd_) if ymd_ else dob(d.r)
    d.s(v, DOB, sub)


def W_plate(d):
    v, sub, tags = plate(d.r)
    d.s(v, VP, sub, tags)


def W_hi(d):
    v, sub, tags = health_ins(d.r)
    d.s(v, HI, sub, tags)


def W_ip(d, private=None):
    v, sub = ip(d.r, private)
    d.s(v, IP, sub)


def W_brn(d):
    d.s(brn(d.r), BRN, "brn_valid")


def W_crn(d):
    d.s(crn(d.r), CRN, "crn_valid")


def N_switch(d, pre="대표전화 "):
    r = d.r
    if r.random() < 0.5:
        d.t(pre)
        d.n(SWITCH(r), "switchboard_15xx")
    else:
        d.t(pre)
        d.n(f"{r.choice(['044', '02', '031', '051'])}-{r.choice(['120', '200', '215', '330'])}-{r.choice(['2114', '0114', '1000', '7000'])}",
            "switchboard_main")
        if "대표" not in pre:
            d.t("(대표)")


def N_date(d):
    y, m, dd = ymd(d.r)
    d.n(d.r.choice([f"{y}. {m}. {dd}.", f"{y}년 {m}월 {dd}일", f"{y}-{m:02d}-{dd:02d}"]), "date")


def N_range(d, y0=2023, y1=2025):
    r = d.r
    a = (r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))
    b = (a[0] + r.randint(0, 1), r.randint(1, 12), r.randint(1, 28))
    if b <= a:
        b = (a[0] + 1, b[1], b[2])
    st = r.choice(["dot", "kor", "iso"])
    f = {"dot": lambda y, m, dd: f"{y}. {m}. {dd}.", "kor": lambda y, m, dd: f"{y}년 {m}월 {dd}일",
         "iso": lambda y, m, dd: f"{y}-{m:02d}-{dd:02d}"}[st]
    d.n(f(*a), "date")
    d.t(" ~ ")
    d.n(f(*b), "date")


def N_amount(d):
    r = d.r
    d.n(r.choice([won(r.randint(10, 9999) * 1000), f"₩{r.randint(1, 90) * 1000000:,}", f"금 {won(r.randint(1, 500) * 10000)}",
                  f"{r.randint(1, 900)}만 원"]), "amount")


# ----------------------------------------------------------------------------
# genre templates.  Each takes a Doc and returns nothing.
# ----------------------------------------------------------------------------
OUTLETS = ["[한빛일보]", "[새솔뉴스]", "[지역신문 모란저널]", "[미래경제]", "[누리방송]"]
OCCUP = ["회사원", "주부", "대학생", "자영업자", "택시기사", "간호사", "농민", "공인중개사", "교사", "어린이집 교사",
         "소방관", "요양보호사", "배달원", "프리랜서 디자이너", "전직 교사"]


def pname(d, particle=None, **kw):
    """write a Korean name followed by a particle; returns name"""
    v = d.name(**kw)
    if particle:
        d.t(josa(v, particle) if len(particle) == 2 and particle not in ("에게", "씨는", "님은", "님이") else particle)
    return v


def news_award(d):
    r = d.r
    d.t(r.choice(OUTLETS) + " ")
    city = r.choice(["하남시", "양산시", "김포시", "오산시", "남원시", "서산시"])
    d.n(city, "place_namelike")
    d.t("는 ")
    N_date(d)
    d.t(f" 시청 대회의실에서 '제{r.randint(3, 30)}회 시민대상' 시상식을 열고 유공 시민 {r.randint(5, 12)}명에게 상을 수여했다고 밝혔다.\n\n")
    d.t(f"영예의 대상은 {r.choice(OCCUP)} ")
    a = d.name(wordlike=0.15)
    d.t(f"({r.randint(30, 78)})씨가 받았다. ")
    d.s(a, P, "name_repeat")
    d.t(f"씨는 {r.randint(5, 30)}년 동안 지역 노인들에게 무료 도시락을 배달해 왔다. 최우수상은 ")
    for k in range(3):
        d.name(rare=0.3)
        d.t("·" if k < 2 else "")
    d.t("씨에게 돌아갔다. 봉사상 수상자인 결혼이민자 ")
    fv, f, fk = fname(r, latin=False)
    d.s(fv, P, fk)
    d.t(f"({r.randint(28, 50)})씨는 “{f[2]}에서 온 지 {r.randint(5, 15)}년 만에 받은 상이라 더 뜻깊다”고 말했다.\n\n")
    d.t("시상식에는 ")
    d.n(city + "장", "official_by_office")
    d.t("과 ")
    b = d.name()
    d.t(" 시의회 의장, ")
    d.n(r.choice(["정선", "오산", "안성", "하남"]) + "교육지원청", "place_namelike")
    d.t("의 ")
    c = d.name(rare=0.25)
    d.t(" 교육장 등이 참석했다. ")
    d.s(b, P, "name_repeat")
    d.t(" 의장은 “")
    d.s(a, P, "name_in_quote")
    d.t(f" 씨 같은 이웃이 있어 우리 지역이 따뜻하다”고 말했다. 심사위원장을 맡은 ")
    e = d.name(rare=0.3)
    d.t(f" {r.choice(['교수', '전 교장', '변호사'])}는 “올해는 추천 건수가 {r.randint(40, 120)}건으로 지난해보다 늘었다”고 전했다.\n\n")
    d.t("시상금은 ")
    N_amount(d)
    d.t("이며, 수상자 명단은 시 누리집에 게시된다. 문의는 ")
    d.n(city + " " + r.choice(DEPTS), "org")
    d.t("(")
    N_switch(d, "")
    d.t(").\n")
    if r.random() < 0.6:
        d.t("\n")
        rep = d.name()
        d.t(" 기자 ")
        W_email(d, rep, company=False)
        d.t("\n")


def news_incident(d):
    r = d.r
    d.t(r.choice(OUTLETS) + " ")
    d.t(f"{r.choice(['경기', '부산', '충남', '전북'])} {r.choice(['남부경찰서', '중부경찰서', '동부경찰서'])}는 보이스피싱 조직에 자신의 통장을 넘긴 혐의(전자금융거래법 위반)로 ")
    occ = r.choice(OCCUP)
    d.t(f"{occ} ")
    s = r.choice(SURS)
    d.n(f"{s}모({r.randint(25, 60)})씨", "anonymised_person")
    d.t("를 불구속 입건했다고 ")
    N_date(d)
    d.t(" 밝혔다.\n\n경찰에 따르면 ")
    d.n(f"{r.choice(SURS)}씨", "anonymised_person")
    d.t(f"는 지난해 {r.randint(1, 12)}월 ‘고수익 아르바이트’ 광고를 보고 체크카드 {r.randint(2, 5)}장을 건넨 것으로 조사됐다. 피해자 ")
    d.n(f"A({r.randint(60, 85)})씨", "anonymised_person")
    d.t("는 ")
    N_amount(d)
    d.t("을 잃었다.\n\n")
    d.n("이번", "namelike_noun")
    d.t(" 사건을 수사한 ")
    a = d.name()
    d.t(f" 경위는 “{r.choice(['통장을 빌려주는 것만으로도 처벌받는다', '대가를 약속하는 계좌 대여 제안은 모두 범죄'])}”고 강조했다. ")
    b = d.name(rare=0.3)
    ttl = r.choice(['연구위원', '교수'])
    d.t(f" {r.choice(['한국금융연구소', '새솔대학교 경찰행정학과', '누리정책연구원'])} {ttl}{josa(ttl, '은는')} “피해 금액의 {r.randint(20, 70)}%가 60대 이상에서 발생했다”고 말했다. 같은 날 ")
    c = d.name()
    d.t(r.choice([josa(c, "은는"), " 의원은"]) + " 국회 정무위원회에서 계좌 대여 처벌 강화를 위한 개정안을 대표 발의했다. 이 법안에는 ")
    e = d.name()
    d.t("·")
    f2 = d.name(rare=0.3)
    d.t(" 의원 등 ")
    d.t(f"{r.randint(10, 20)}명이 공동 발의자로 이름을 올렸다.\n피해 신고는 경찰청(112) 또는 금융감독원(")
    d.n("1332", "short_code")
    d.t(")으로 하면 된다. 현장을 목격한 ")
    d.t(r.choice(OCCUP) + " ")
    w = d.name(rare=0.2, wordlike=0.1)
    d.t(f"({r.randint(20, 70)})씨는 “")
    d.t("옆집 사는 ")
    w2 = d.name(wordlike=0.15)
    d.t(f" 할머니{r.choice(['가', '께서'])} 먼저 이상한 전화를 받았다고 해서 같이 신고했다”고 전했다.\n")


def news_press(d):
    r = d.r
    org = r.choice(ORGS[:9])
    d.t("보 도 자 료\n")
    d.t("보도시점: ")
    N_date(d)
    d.t(f" 배포 즉시\n\n{org}, ‘청년 마음건강 바우처’ 대상 확대\n- 올해 {r.randint(2, 9)}만 명에서 내년 {r.randint(10, 20)}만 명으로 -\n\n")
    d.n(org, "org")
    d.t(f"(장관 ")
    m = d.name()
    d.t(f")는 청년 마음건강 지원사업 대상을 확대한다고 밝혔다. ")
    d.s(m, P, "name_repeat")
    d.t(f" 장관은 “")
    d.t("청년들이 비용 걱정 없이 상담받도록 하겠다”며 현장 간담회에 참석한 ")
    for k in range(r.randint(2, 4)):
        if k:
            d.t("·")
        if r.random() < 0.3:
            fv, f, fk = fname(r, latin=False)
            d.s(fv, P, fk)
        else:
            d.name(rare=0.3, wordlike=0.15)
    d.t(" 씨 등 청년 참여자들의 의견을 들었다. 참여자 ")
    x = d.name(wordlike=0.25)
    d.t(f"({r.randint(20, 34)})씨는 “상담 선생님인 ")
    y = d.name()
    d.t(f"{josa(y, '과와')} 이야기하며 버틸 힘을 얻었다”고 말했다.\n\n")
    d.t("신청은 ")
    N_date(d)
    d.t("부터 복지로 누리집 또는 읍면동 행정복지센터에서 할 수 있으며, 자세한 사항은 보건복지상담센터(")
    d.n("129", "short_code")
    d.t(")로 문의하면 된다.\n\n담당 부서  " + r.choice(DEPTS) + "\n책임자  과  장  ")
    a = d.name()
    d.t("  (")
    W_direct(d)
    d.t(")\n담당자  사무관  ")
    b = d.name(rare=0.2)
    d.t("  (")
    W_direct(d)
    d.t(")\n")
    if r.random() < 0.5:
        d.t("          주무관  ")
        d.name()
        d.t("  (")
        W_direct(d)
        d.t(", ")
        v, sub = official_email(r, a)
        d.s(v, EM, sub)
        d.t(")\n")


def news_profile(d):
    r = d.r
    d.t(r.choice(OUTLETS) + " [사람들] ")
    a = d.name(rare=0.5, wordlike=0.3)
    d.t(f" {r.choice(['시인', '목공 장인', '마을활동가', '청년 농부', '바리스타'])}\n\n")
    d.t(f"“{r.choice(['작은 일을 오래 하는 게 제 재주예요', '동네가 곧 제 작업실이죠'])}.” ")
    d.s(a, P, "name_repeat")
    d.t(f"({r.randint(30, 70)})씨를 만난 곳은 ")
    d.n(r.choice(PLACE_LIKE), "place_namelike")
    d.t(" 외곽의 한 작업장이었다. ")
    d.s(a, P, "name_repeat")
    d.t(josa(a, "은는") + f" {r.randint(1995, 2015)}년 서울 생활을 접고 내려왔다. 처음 {r.randint(3, 5)}년은 어머니 ")
    b = d.name()
    d.t(f"({r.randint(60, 90)})씨의 일을 도왔고, 지금은 동생 ")
    c = d.name(wordlike=0.2)
    d.t(josa(c, "과와") + " 함께 공방을 꾸린다. 주말마다 찾아오는 수강생 ")
    e = d.name(rare=0.3)
    d.t("씨는 “")
    d.s(a, P, "name_in_quote")
    d.t(" 선생님에게 배운 뒤로 손이 달라졌다”고 했다. 공방 이름 ‘")
    d.n(r.choice(["나무와 사람", "모란공방", "느티작업실", "한결목공"]), "org")
    d.t(f"’은 돌아가신 아버지 ")
    g = d.name()
    d.t(" 씨가 남긴 메모에서 따왔다고 한다. ")
    d.s(c, P, "name_repeat")
    d.t("의 꿈은 “형")
    d.t("의 작업을 다음 세대에게 전하는 것”이다. 일본인 수강생 ")
    fv, f, fk = fname(r, latin=False)
    d.s(fv, P, fk)
    d.t("도 ")
    d.t(f"{r.randint(2, 4)}년째 이곳을 찾는다.\n")


def minutes(d):
    r = d.r
    com = r.choice(["개인정보보호위원회 자문단", "시민참여예산위원회", "학교운영위원회", "지역사회보장협의체 실무분과",
                    "공유재산심의회", "인사위원회"])
    d.t(f"제{r.randint(1, 40)}차 {com} 회의록\n\n1. 일시: ")
    N_date(d)
    d.t(f" {r.randint(10, 16)}:00\n2. 장소: {r.choice(['본관 3층 소회의실', '별관 대회의실', '화상회의'])}\n3. 참석자: 위원장 ")
    chair = d.name()
    d.t(", 위원 ")
    mem = []
    for k in range(r.randint(3, 5)):
        if k:
            d.t("·")
        mem.append(d.name(rare=0.25, wordlike=0.1))
    d.t(", 간사 ")
    sec = d.name()
    d.t(" 주무관\n4. 불참: ")
    ab = d.name()
    d.t(" 위원(사전 서면의견 제출)\n\n")
    d.t("○ 위원장(")
    d.s(chair, P, "name_repeat")
    d.t("): 성원이 되었으므로 회의를 개의하겠습니다. 간사님, 안건을 보고해 주시기 바랍니다.\n")
    d.t(f"○ 간사(주무관 ")
    d.s(sec, P, "name_repeat")
    d.t(f"): 제1호 안건은 ‘{r.choice(['민원인 개인정보 파기 기준', '청년 공간 운영 예산', '교복 지원 확대'])}’입니다. ")
    d.t(f"지난 회의에서 ")
    d.s(mem[0], P, "name_repeat")
    d.t(" 위원님께서 요청하신 자료를 배포하였습니다.\n")
    d.t(f"○ ")
    d.s(mem[1], P, "name_repeat")
    d.t(f" 위원: 자료 {r.randint(3, 12)}쪽을 보면 ")
    N_amount(d)
    d.t("이 편성되어 있는데, 산출 근거가 부족합니다. ")
    d.s(mem[0], P, "name_repeat")
    d.t(" 위원 의견에 동의합니다.\n")
    d.t("○ ")
    d.s(mem[0], P, "name_repeat")
    d.t(" 위원: 민원을 제기한 주민 ")
    c = d.name()
    d.t("씨에게 결과를 회신했는지 확인이 필요합니다. 연락처가 ")
    W_phone(d, "mobile")
    d.t("로 되어 있는데 통화가 안 된다고 들었습니다.\n")
    d.t("○ 간사(")
    d.s(sec, P, "name_repeat")
    d.t(f"): ")
    d.s(c, P, "name_repeat")
    d.t(" 님께는 ")
    N_date(d)
    d.t(" 서면으로 회신했고, 주소지(")
    W_addr(d)
    d.t(")로 등기 발송했습니다.\n")
    if len(mem) > 2:
        d.t("○ ")
        d.s(mem[2], P, "name_repeat")
        d.t(f" 위원: {statute(r)}에 따라 보유기간이 지나면 파기해야 합니다. 간사는 ")
        d.s(sec, P, "name_repeat")
        d.t(" 주무관에게 일정표를 받아 주십시오.\n")
    d.t("○ 위원장(")
    d.s(chair, P, "name_repeat")
    d.t("): 원안 가결을 선포합니다. 다음 회의는 ")
    N_date(d)
    d.t("에 열겠습니다.\n\n작성자: ")
    d.s(sec, P, "name_repeat")
    d.t(" (")
    W_direct(d)
    d.t(")\n")


def minutes_nopii(d):
    r = d.r
    d.t(f"제{r.randint(1, 40)}차 정책조정회의 결과\n\n□ 일시: ")
    N_date(d)
    d.t("\n□ 참석: ")
    offs = ["기획조정실장", "정책기획관", "혁신행정담당관", "운영지원과장", "감사관", "대변인"]
    r.shuffle(offs)
    for k, o in enumerate(offs[:4]):
        if k:
            d.t(", ")
        d.n(o, "official_by_office")
    d.t(" 등 ")
    d.t(f"{r.randint(8, 15)}명\n\n□ 주요 논의\n ○ ")
    d.n(statute(r), "statute")
    d.t(" 개정에 따른 후속 조치 점검\n ○ ")
    d.n(r.choice(NOUN_RESULT), "namelike_noun")
    d.t(f" 결과 보고 및 예산 ")
    N_amount(d)
    d.t(" 조정\n ○ 관련 문서: ")
    d.n(docno(r), "document_number")
    d.t(f"\n\n□ 향후 계획: 차기 회의 ")
    N_date(d)
    d.t(". 끝.\n")


def judgment(d):
    r = d.r
    court = r.choice(["서울중앙지방법원", "수원지방법원 안산지원", "부산지방법원", "대전지방법원", "광주지방법원 순천지원"])
    d.t(f"{court}\n판       결\n\n사       건  ")
    d.n(casenum(r), "case_number")
    crime = r.choice(["사기", "도로교통법위반(음주운전)", "전자금융거래법위반", "컴퓨터등사용사기"])
    d.t(f" {crime}\n피   고   인  ")
    foreign = r.random() < 0.3
    if foreign:
        fv, f, fk = fname(r)
        d.s(fv, P, fk)
        d.t(" (")
        W_frn(d, masked=r.random() < 0.1)
        d.t(f"), 국적 {f[2]}\n   여권번호  ")
        W_pp(d, f)
    else:
        a = d.name(rare=0.2)
        d.t(" (")
        W_rrn(d, kind=r.choice(["valid", "valid", "masked"]))
        d.t(f"), {r.choice(OCCUP)}")
    d.t("\n   주거  ")
    W_addr(d)
    if not foreign:
        d.t("\n   등록기준지  ")
        W_addr(d)
    d.t("\n검       사  ")
    d.name()
    d.t("(기소), ")
    d.name()
    d.t("(공판)\n변   호   인  변호사 ")
    d.name(rare=0.2)
    d.t(f"({r.choice(['국선', '사선'])})\n판 결 선 고  ")
    N_date(d)
    d.t("\n\n주       문\n피고인을 징역 ")
    d.t(f"{r.randint(6, 24)}월에 처한다. 다만, 이 판결 확정일부터 {r.randint(1, 3)}년간 위 형의 집행을 유예한다.\n\n이       유\n범 죄 사 실\n")
    if "음주" in crime:
        d.t(f"피고인은 ")
        N_date(d)
        d.t(f" 23:40경 혈중알코올농도 0.{r.randint(80, 190)}%의 술에 취한 상태로 ")
        W_plate(d)
        d.t(f" {r.choice(['쏘나타', 'K5', '포터', '아반떼'])} 차량을 약 {r.randint(2, 9)}km 운전하였다. 피고인의 운전면허(")
        W_dl(d)
        d.t(")는 ")
        d.n("「도로교통법」 제93조 제1항 제1호", "statute")
        d.t("에 따라 취소되었다.\n")
    else:
        d.t("피고인은 피해자 ")
        v = d.name(wordlike=0.1)
        d.t(josa(v, "을를") + " 속여 피해자 명의의 ")
        bank, acv, sub, tags = W_acct(d)
        d.t(f"{bank} 계좌(")
        d.s(acv, AC, sub, tags)
        d.t(")에서 ")
        N_amount(d)
        d.t("을 피고인이 관리하는 계좌로 이체받고, 피해자의 신용카드(")
        W_card(d)
        d.t(")로 ")
        N_amount(d)
        d.t(f" 상당의 물품을 결제하였다. 피해자 ")
        d.s(v, P, "name_repeat")
        d.t("의 연락처(")
        W_phone(d, "mobile")
        d.t(")와 이메일(")
        W_email(d, v)
        d.t(")이 범행에 이용되었다.\n")
    d.t("\n판사  ")
    d.name()
    d.t("\n")


def judgment_anon(d):
    r = d.r
    d.t("대 법 원\n제 ")
    d.t(f"{r.randint(1, 3)} 부\n판  결\n\n사건  ")
    d.n(casenum(r), "case_number")
    d.t(" 손해배상(기)\n원고, 피상고인  ")
    d.n(r.choice(["A", "원고 1"]), "anonymised_person")
    d.t("\n피고, 상고인  ")
    d.n(r.choice(COMPANIES), "company")
    d.t("\n원심판결  ")
    d.n(f"{r.choice(['서울고등법원', '대전고등법원'])} ", "org")
    N_date(d)
    d.t(" 선고 ")
    d.n(casenum(r), "case_number")
    d.t(" 판결\n\n주  문\n상고를 기각한다.\n\n이  유\n원심은 ")
    d.n(statute(r), "statute")
    d.t("을 근거로 피고가 원고의 개인정보를 동의 없이 제3자에게 제공하였다고 보아 위자료 ")
    N_amount(d)
    d.t("을 인정하였다. 관련 법리와 기록에 비추어 보면 원심 판단에 잘못이 없다.\n\n재판장 대법관 ")
    d.name()
    d.t("\n주  심 대법관 ")
    d.name(rare=0.2)
    d.t("\n")


def decision(d):
    r = d.r
    d.t("재  결  서\n\n사 건  ")
    d.n(casenum(r), "case_number")
    d.t(f" {r.choice(['운전면허 취소처분 취소청구', '기초생활수급자 급여 중지처분 취소청구', '영업정지처분 취소청구'])}\n청 구 인  ")
    a = d.name(rare=0.3)
    d.t("\n          ")
    W_addr(d)
    d.t("\n          생년월일  ")
    W_dob(d)
    d.t("\n          대리인 행정사 ")
    d.name()
    d.t(" (")
    W_phone(d, "land")
    d.t(")\n피청구인  ")
    d.n(r.choice(["서울특별시경찰청장", "수원시장", "마포구청장", "부산광역시경찰청장"]), "official_by_office")
    d.t("\n\n주  문\n청구인의 청구를 기각한다.\n\n이  유\n1. 사건개요\n가. 청구인은 ")
    N_date(d)
    d.t(" 혈중알코올농도 0.0" + str(r.randint(3, 9)) + "% 상태로 ")
    W_plate(d)
    d.t(" 차량을 운전하였다.\n나. 피청구인은 청구인의 운전면허(제1종 보통, ")
    W_dl(d)
    d.t(")를 ")
    d.n(r.choice(["「도로교통법」 제93조 제1항 제1호", "「도로교통법」 제93조 제1항"]), "statute")
    d.t("에 따라 취소하였다.\n2. 청구인 주장\n청구인은 생계를 위해 운전이 필요하며 배우자 ")
    d.name()
    d.t(josa(d.spans[-1]["value"], "과와") + " 자녀 ")
    kid = d.name()
    d.t(josa(kid, "을를") + " 부양하고 있다고 주장한다.\n\n")
    d.n("중앙행정심판위원회", "org")
    d.t("\n")


def complaint_reply(d):
    r = d.r
    d.t(f"{r.choice(ORGS[5:])}\n수신  ")
    a = d.name(rare=0.2, wordlike=0.05)
    d.t(" 귀하\n")
    d.t("      ")
    d.t(postal(r) + " ")
    W_addr(d)
    if r.random() < 0.4:
        d.t(f" ({r.choice(DONG)}, {r.choice(APT)})")
    d.t("\n(경유)\n제목  민원 처리 결과 알림(")
    d.n(recvno(r), "receipt_number")
    d.t(")\n\n1. 귀하께서 ")
    N_date(d)
    d.t(" 국민신문고를 통해 제기하신 민원에 대한 답변입니다.\n")
    kind = r.choice(["parking", "refund", "noise", "license"])
    if kind == "parking":
        d.t("2. 귀하 소유 차량(")
        W_plate(d)
        d.t(f")에 부과된 주정차위반 과태료 ")
        N_amount(d)
        d.t("에 대해 의견진술 내용을 검토한 결과, 단속 당시 장애인 보호자 운전 사실이 확인되어 과태료를 부과하지 않기로 하였습니다.\n")
        d.t("3. 이미 납부하신 금액은 아래 계좌로 환급됩니다.\n   - 환급계좌: ")
        bank, acv, sub, tags = W_acct(d)
        d.t(bank + " ")
        d.s(acv, AC, sub, tags)
        d.t(" (예금주 ")
        d.s(a, P, "name_repeat")
        d.t(")\n")
    elif kind == "refund":
        d.t("2. 체육시설 사용료 중복 결제 건은 결제 카드(")
        W_card(d)
        d.t(")로 승인 취소 처리하였으며, 카드사 사정에 따라 3~7영업일이 소요될 수 있습니다.\n")
    elif kind == "noise":
        d.t("2. 민원 대상 사업장(")
        d.n(r.choice(COMPANIES), "company")
        d.t(", 대표자 ")
        d.name()
        d.t(", 사업자등록번호 ")
        W_brn(d)
        d.t(")에 대해 소음 측정을 실시한 결과 기준 이내로 확인되었습니다.\n")
    else:
        d.t("2. 운전면허 갱신 안내 우편이 반송된 건과 관련하여, 면허번호 ")
        W_dl(d)
        d.t("의 주소지가 전입신고 전 주소로 남아 있어 발생한 것으로 확인되었습니다.\n")
    d.t(f"{4 if kind == 'parking' else 3}. 기타 궁금하신 사항은 {r.choice(DEPTS)} 주무관 ")
    o = d.name()
    d.t("(")
    W_direct(d)
    d.t(r.choice([")", ", 팩스 "]))
    if d.parts[-1] == ", 팩스 ":
        d.s(landline(r)[0], PH, "phone_fax")
        d.t(")")
    d.t("에게 연락하여 주시기 바랍니다. 정부민원안내콜센터(")
    d.n("110", "short_code")
    d.t(")에서도 안내받으실 수 있습니다.\n\n")
    d.n(r.choice(["마포구청장", "수원시장", "경기도지사", "서울특별시장"]), "official_by_office")
    d.t("\n\n시행  ")
    d.n(docno(r), "document_number")
    d.t(" (")
    N_date(d)
    d.t(")  ")
    d.n(r.choice(INST_ADDR), "institution_address")
    d.t("  /  ")
    N_switch(d, "전화 ")
    d.t("\n")


def complaint_anon(d):
    r = d.r
    d.t("민원 회신(공개용)\n\n민원인: ")
    d.n(r.choice(SURS) + r.choice(["○○", "**", "OO"]), "masked_name")
    d.t("\n접수번호: ")
    d.n(recvno(r), "receipt_number")
    d.t("\n\n귀하의 민원에 대하여 다음과 같이 답변드립니다. 요청하신 ")
    d.n(r.choice(NOUN_RESULT), "namelike_noun")
    d.t(" 관련 자료는 ")
    d.n(statute(r), "statute")
    d.t("에 따라 부분공개 대상입니다. 수수료 ")
    N_amount(d)
    d.t("는 ")
    N_date(d)
    d.t("까지 납부하여 주십시오.\n문의: ")
    N_switch(d, "대표전화 ")
    d.t("\n")


def audit(d):
    r = d.r
    d.t(f"{r.choice(['감사 결과 처분요구서', '자체감사 결과 공개문', '종합감사 결과'])}\n\n1. 감사 개요\n  ○ 감사기간: ")
    N_range(d)
    d.t("\n  ○ 감사반: 감사관실 ")
    d.name()
    d.t(" 사무관 외 ")
    d.t(f"{r.randint(2, 5)}명\n\n2. 지적사항: 보조금 집행 부적정\n  ")
    d.t(f"{r.choice(DEPTS)}에서는 ")
    N_date(d)
    d.t(" 보조사업자 ")
    d.n(r.choice(COMPANIES), "company")
    d.t("(대표 ")
    d.name()
    d.t(")에 보조금 ")
    N_amount(d)
    d.t("을 교부하면서 정산서류를 확인하지 않았다. 특히 대표자 개인 계좌(")
    bank, acv, sub, tags = W_acct(d)
    d.t(bank + " ")
    d.s(acv, AC, sub, tags)
    d.t(")로 입금된 ")
    N_amount(d)
    d.t("에 대한 증빙이 없었다.\n\n3. 관련자\n")
    rows = r.randint(2, 4)
    for k in range(rows):
        d.t(f"  {k + 1}) {r.choice(['6급', '7급', '5급', '8급'])} ")
        d.name(rare=0.15, wordlike=0.05)
        d.t(f"(당시 {r.choice(DEPTS)}, 현 {r.choice(DEPTS)}) — {r.choice(['경징계', '훈계', '주의'])}\n")
    d.t("\n4. 조치: ")
    d.n(statute(r), "statute")
    d.t("에 따라 관련자 징계 요구, 보조금 ")
    N_amount(d)
    d.t(" 회수\n")


def discipline(d):
    r = d.r
    d.t("징 계 의 결 서\n\n징계혐의자  소속: ")
    d.t(r.choice(DEPTS) + "   직급: " + r.choice(["지방행정주사", "지방행정주사보", "행정주사", "세무주사보"]) + "   성명: ")
    a = d.name(rare=0.2)
    d.t("\n            생년월일: ")
    W_dob(d)
    d.t("   주소: ")
    W_addr(d)
    d.t("\n의결주문  ")
    d.t(r.choice(["정직 1월", "감봉 2월", "견책"]))
    d.t("\n\n이  유\n혐의자 ")
    d.s(a, P, "name_repeat")
    d.t(josa(a, "은는") + " ")
    N_date(d)
    d.t(" 민원인 ")
    b = d.name()
    d.t("의 주민등록번호(")
    W_rrn(d)
    d.t(")와 휴대전화번호(")
    W_phone(d, "mobile")
    d.t(")를 업무 목적 외로 조회하여 지인 ")
    c = d.name(wordlike=0.1)
    d.t("에게 제공하였다. 이는 ")
    d.n(r.choice(["「개인정보 보호법」 제59조 제2호", "「지방공무원법」 제48조", "「국가공무원법」 제56조"]), "statute")
    d.t("을 위반한 것이다.\n\n")
    N_date(d)
    d.t("\n")
    d.n(r.choice(["○○시 인사위원회", "경기도 인사위원회", "보통징계위원회"]), "org")
    d.t("\n위원장 ")
    d.name()
    d.t("  위원 ")
    for k in range(3):
        if k:
            d.t("  ")
        d.name(rare=0.2)
    d.t("\n")


def personnel(d):
    r = d.r
    d.t(f"인 사 발 령\n\n{r.choice(ORGS)} 공고 ")
    d.n(f"제{r.randint(2023, 2025)}-{r.randint(10, 999)}호", "document_number")
    d.t("\n발령일자: ")
    N_date(d)
    d.t("\n\n")
    for sec in r.sample(["◇ 승진", "◇ 전보", "◇ 신규임용", "◇ 직무대리", "◇ 휴직"], r.randint(2, 4)):
        d.t(sec + "\n")
        for k in range(r.randint(2, 5)):
            lvl = r.choice(["▷서기관", "▷행정사무관", "▷행정주사", "▷전산주사보", "▷"])
            d.t(f"{lvl} {r.choice(DEPTS)}{r.choice(['장', ' ', ' 팀장 '])}")
            if d.parts[-1].endswith("장"):
                d.t(" ")
            d.name(rare=0.15, wordlike=0.05)
            d.t("\n")
        d.t("\n")
    if r.random() < 0.75:
        d.t("◇ 국외출장 (")
        N_range(d)
        d.t(f", {r.choice(['싱가포르', '독일 베를린', '미국 워싱턴', '일본 도쿄'])})\n")
        for k in range(r.randint(1, 3)):
            d.t("  ")
            d.name()
            d.t(f" {r.choice(['서기관', '행정사무관', '주무관'])}  여권번호 ")
            W_pp(d)
            d.t("\n")
    d.t("\n")
    d.n(r.choice(["행정안전부장관", "경기도지사", "교육감", "수원시장"]), "official_by_office")
    d.t("\n")


def personnel_list(d):
    r = d.r
    d.t(f"[인사] {r.choice(ORGS)}\n")
    for k in range(r.randint(4, 8)):
        d.t(f"▲{r.choice(DEPTS)}{r.choice(['장', ' 서기관', ' 과장', ''])} ")
        d.name(rare=0.25, wordlike=0.1)
        d.t("\n")
    d.t("▲국장급 전보 ")
    for k in range(r.randint(2, 3)):
        if k:
            d.t("·")
        d.name()
    d.t("\n")


def school(d):
    r = d.r
    d.t(f"{r.choice(['새솔초등학교', '한빛중학교', '모란고등학교', '느티초등학교'])} 학생 상담 기록부\n\n학생 성명: ")
    kid = d.name(rare=0.15)
    d.t(f"   학년/반: {r.randint(1, 6)}학년 {r.randint(1, 9)}반\n생년월일: ")
    if r.random() < 0.4:
        post = r.random() < 0.3
        d13, (y, m, dd) = rrn_digits(r, "post2020") if post else rrn_digits(r, y0=2008, y1=2018)
        W_dob(d, y, m, dd)
        d.t("   주민등록번호: ")
        W_rrn(d, kind="post2020" if post else r.choice(["valid", "masked"]), d13=d13)
    else:
        W_dob(d, *birth(r, 2008, 2018))
    d.t("\n보호자: ")
    pa = d.name()
    d.t(f"({r.choice(['부', '모', '조모'])})   연락처: ")
    W_phone(d, "mobile")
    d.t("\n주소: ")
    W_addr(d)
    d.t("\n건강보험증번호: ")
    W_hi(d)
    d.t("\n\n상담일: ")
    N_date(d)
    d.t("   상담교사: ")
    t = d.name()
    d.t(f"\n상담내용: ")
    d.s(kid, P, "name_repeat")
    d.t(f"{josa(kid, '이가')} 최근 같은 반 학생 ")
    o = d.name(wordlike=0.15)
    d.t(f"{josa(o, '과와')} 갈등을 겪고 있다고 호소함. 어머니 ")
    d.s(pa, P, "name_repeat")
    d.t(" 님과 통화하여 가정 내 상황을 확인함. 담임 ")
    d.name()
    d.t(" 교사와 협의 후 다음 주 재상담 예정.\n")


def hospital(d):
    r = d.r
    foreign = r.random() < 0.35
    d.t(f"{r.choice(['새솔병원', '한빛의료원', '모란요양병원', '햇살의원'])} 입원 기록지\n\n환자명: ")
    if foreign:
        fv, f, fk = fname(r)
        d.s(fv, P, fk)
        d.t(f"   국적: {f[2]}\n외국인등록번호: ")
        W_frn(d)
        d.t("   여권번호: ")
        W_pp(d, f)
    else:
        d.name(rare=0.15)
        d.t("\n주민등록번호: ")
        W_rrn(d)
        d.t("   건강보험증번호: ")
        W_hi(d)
    d.t("\n주소: ")
    W_addr(d)
    d.t("\n연락처: ")
    W_phone(d)
    d.t("   보호자: ")
    g = d.name()
    d.t(f"({r.choice(['배우자', '자녀', '형제'])}, ")
    W_phone(d, "mobile")
    d.t(")\n입원일: ")
    N_date(d)
    d.t(f"   진료과: {r.choice(['내과', '정형외과', '신경과', '재활의학과'])}   주치의: ")
    doc = d.name(rare=0.2)
    d.t("\n결제: ")
    if r.random() < 0.5:
        d.t("신용카드 ")
        W_card(d)
    else:
        d.t("무통장입금 ")
        bank, acv, sub, tags = W_acct(d)
        d.t(bank + " ")
        d.s(acv, AC, sub, tags)
        d.t(" (입금자 ")
        d.s(g, P, "name_repeat")
        d.t(")")
    d.t(f"\n경과: 입원 {r.randint(2, 10)}일째, 통증 감소. ")
    d.s(doc, P, "name_repeat")
    d.t(" 과장 회진 시 퇴원 계획 설명함.\n")


def welfare(d):
    r = d.r
    foreign = r.random() < 0.5
    d.t(f"{r.choice(['행정복지센터', '가족센터', '정신건강복지센터', '노인복지관'])} 초기상담 기록지\n\n상담일시: ")
    N_date(d)
    d.t("   상담자: 사회복지주무관 ")
    w = d.name()
    d.t("\n\n[내담자]\n성명: ")
    if foreign:
        fv, f, fk = fname(r)
        d.s(fv, P, fk)
        d.t(f"  (결혼이민자, {f[2]})\n외국인등록번호: ")
        W_frn(d, masked=r.random() < 0.1)
        d.t("\n여권번호: ")
        W_pp(d, f)
    else:
        c = d.name(rare=0.15)
        d.t("\n주민등록번호: ")
        W_rrn(d)
    d.t("\n주소: ")
    W_addr(d)
    d.t("\n연락처: ")
    W_phone(d)
    d.t("\n\n[가구원]\n")
    for k in range(r.randint(1, 3)):
        rel = r.choice(['배우자', '자녀', '자녀', '모', '부'])
        d.t(f"- {rel} ")
        d.name(rare=0.1, wordlike=0.05)
        d.t(" (")
        if rel == "자녀":
            kk = r.choice(["valid", "masked", "post2020"])
            d13 = rrn_digits(r, "post2020")[0] if kk == "post2020" else rrn_digits(r, y0=2005, y1=2019)[0]
            W_rrn(d, kind=kk, d13=d13)
        elif rel == "배우자":
            W_rrn(d, kind=r.choice(["valid", "masked"]), d13=rrn_digits(r, y0=1960, y1=1998)[0])
        else:
            W_rrn(d, kind=r.choice(["valid", "masked"]), d13=rrn_digits(r, y0=1935, y1=1965)[0])
        d.t(")\n")
    d.t("\n[상담 내용]\n")
    d.t(f"배우자 실직으로 월세 {r.randint(2, 9)}개월 체납. 긴급생계지원 ")
    N_amount(d)
    d.t(" 신청 안내. 지원금 입금계좌: ")
    bank, acv, sub, tags = W_acct(d)
    d.t(bank + " ")
    d.s(acv, AC, sub, tags)
    d.t("\n국민행복카드 번호 ")
    W_card(d)
    d.t(" 바우처 잔액 확인함.\n")
    d.t("담당자 ")
    d.s(w, P, "name_repeat")
    d.t(" 주무관이 ")
    N_date(d)
    d.t(" 가정방문 예정. 사례관리 근거: ")
    d.n(r.choice(["「사회보장급여의 이용ㆍ제공 및 수급권자 발굴에 관한 법률」 제42조의2", "「국민기초생활 보장법」 제23조", "「긴급복지지원법」 제9조"]), "statute")
    d.t("\n")


def contract_service(d):
    r = d.r
    d.t(f"{r.choice(['용역계약서', '물품구매계약서', '소프트웨어 유지관리 용역 계약서'])}\n\n계약번호: ")
    d.n(f"{r.randint(2023, 2025)}{dig(r, 7, True)}-00", "procurement_number")
    d.t("\n\n발주기관(갑): ")
    org = r.choice(ORGS)
    d.n(org, "org")
    d.t("\n  주소: ")
    d.n(r.choice(INST_ADDR), "institution_address")
    d.t("\n  계약담당자: ")
    d.name()
    d.t(" 주무관 (")
    W_direct(d)
    d.t(")\n\n계약상대자(을): ")
    co = r.choice(COMPANIES)
    d.n(co, "company")
    d.t("\n  대표자: ")
    rep = d.name(rare=0.2)
    d.t("\n  사업자등록번호: ")
    W_brn(d)
    d.t("   법인등록번호: ")
    W_crn(d)
    d.t("\n  주소: ")
    d.t(postal(r) + " ")
    W_addr(d)
    d.t("\n  전화: ")
    W_phone(d, "land")
    d.t("   이메일: ")
    W_email(d, rep, company=True)
    d.t("\n\n제1조(계약금액) 총 계약금액은 ")
    N_amount(d)
    d.t("(부가가치세 포함)으로 한다.\n제2조(대금 지급) 갑은 을이 지정한 계좌(")
    bank, acv, sub, tags = W_acct(d)
    d.t(bank + " ")
    d.s(acv, AC, sub, tags)
    d.t(", 예금주 ")
    if r.random() < 0.5:
        d.n(co, "company")
    else:
        d.s(rep, P, "name_repeat")
    d.t(")로 대금을 지급한다.\n제3조(개인정보 보호) 을은 ")
    d.n(r.choice(["「개인정보 보호법」 제26조", "「개인정보 보호법」 제29조", "같은 법 시행령 제28조"]), "statute")
    d.t("을 준수한다.\n\n")
    N_date(d)
    d.t("\n갑  ")
    d.n(r.choice(["행정안전부장관", "수원시장", "교육감", "경기도지사"]), "official_by_office")
    d.t("  (인)\n을  ")
    d.n(co, "company")
    d.t(" 대표이사 ")
    d.s(rep, P, "name_repeat")
    d.t("  (인)\n")


def contract_lease(d):
    r = d.r
    d.t("부동산(주택) 임대차 계약서\n\n임대인과 임차인 쌍방은 아래 표시 부동산에 관하여 다음 내용과 같이 임대차계약을 체결한다.\n\n1. 부동산의 표시\n  소재지: ")
    W_addr(d)
    d.t(f"\n  면적: {r.randint(39, 114)}.{r.randint(10, 99)}㎡\n2. 계약내용\n  보증금: ")
    N_amount(d)
    d.t("  월차임: ")
    N_amount(d)
    d.t("\n  입금계좌: ")
    bank, acv, sub, tags = W_acct(d)
    d.t(bank + " ")
    d.s(acv, AC, sub, tags)
    d.t(" (예금주 ")
    lname = None
    d.t("")
    lname_v, lk = kname(r, rare=0.15)
    d.s(lname_v, P, lk)
    d.t(")\n\n특약사항: 임차인은 ")
    N_date(d)
    d.t("까지 전입신고를 한다.\n\n")
    for role, nm in (("임대인", lname_v), ("임차인", None)):
        d.t(f"{role}  주소: ")
        W_addr(d)
        d.t("\n        주민등록번호: ")
        W_rrn(d, kind=r.choice(["valid", "valid", "valid", "masked"]))
        d.t("  전화: ")
        W_phone(d, "mobile")
        d.t("  성명: ")
        if nm:
            d.s(nm, P, "name_repeat")
        else:
            d.name(rare=0.15, wordlike=0.05)
        d.t(" (인)\n")
    d.t("공인중개사  사무소 ")
    d.n(r.choice(["한빛공인중개사사무소", "모란부동산", "햇살공인중개사"]), "company")
    d.t("  대표 ")
    d.name()
    d.t("  등록번호 ")
    d.n(f"{r.randint(11000, 48999)}-{r.randint(2015, 2024)}-{dig(r, 5)}", "registry_number")
    d.t("  사업자등록번호 ")
    W_brn(d)
    d.t("\n")


def contract_labor(d):
    r = d.r
    d.t("표준근로계약서 (외국인 근로자용)\n\n사업주: ")
    co = r.choice(COMPANIES)
    d.n(co, "company")
    d.t("  대표 ")
    d.name(rare=0.2)
    d.t("  사업자등록번호 ")
    W_brn(d)
    d.t("\n사업장 소재지: ")
    W_addr(d)
    d.t("  전화 ")
    W_phone(d, r.choice(["land", "voip"]))
    d.t("\n\n근로자 성명: ")
    fv, f, fk = fname(r, latin=True)
    d.s(fv, P, fk)
    d.t(f"  국적: {f[2]}\n외국인등록번호: ")
    W_frn(d)
    d.t("  여권번호: ")
    W_pp(d, f)
    d.t("\n휴대전화: ")
    W_phone(d, "mobile")
    d.t("\n\n1. 근로계약기간: ")
    N_range(d)
    d.t("\n2. 임금: 월 ")
    N_amount(d)
    d.t(" (매월 10일 지급)\n3. 임금지급방법: 근로자 명의 예금통장 입금 (")
    bank, acv, sub, tags = W_acct(d)
    d.t(bank + " ")
    d.s(acv, AC, sub, tags)
    d.t(")\n4. 근거: ")
    d.n(r.choice(["「근로기준법」 제17조", "「외국인근로자의 고용 등에 관한 법률」 제9조"]), "statute")
    d.t("\n\n")
    N_date(d)
    d.t("\n")


def form_consent(d):
    r = d.r
    d.t(f"개인정보 수집·이용 동의서\n\n{r.choice(['2025년 청년 월세 지원사업', '평생학습 강좌 수강', '자원봉사자 등록', '공공일자리 참여'])} 신청과 관련하여 아래와 같이 개인정보를 수집·이용합니다.\n\n")
    d.t("■ 수집 항목: 성명, 생년월일, 주소, 연락처, 이메일, 계좌번호\n■ 보유 기간: 3년\n■ 근거: ")
    d.n(r.choice(["「개인정보 보호법」 제15조 제1항 제1호", "「개인정보 보호법」 제15조 제1항"]), "statute")
    d.t("\n\n위 내용에 동의합니다.  ☑ 동의함  □ 동의하지 않음\n\n")
    d.t("성명: ")
    a = d.name(rare=0.15, wordlike=0.05)
    d.t("   생년월일: ")
    W_dob(d)
    d.t("\n주소: ")
    W_addr(d)
    d.t("\n휴대전화: ")
    W_phone(d, "mobile")
    d.t("   이메일: ")
    W_email(d, a)
    d.t("\n지급계좌: ")
    bank, acv, sub, tags = W_acct(d)
    d.t(bank + " ")
    d.s(acv, AC, sub, tags)
    d.t("\n\n")
    N_date(d)
    d.t("\n신청인  ")
    d.s(a, P, "name_repeat")
    d.t("  (서명)\n\n")
    d.n(r.choice(["수원시장", "마포구청장", "경기도지사"]), "official_by_office")
    d.t(" 귀하\n")


def form_autopay(d):
    r = d.r
    d.t("자동이체(CMS) 신청서\n\n납부자 성명: ")
    a = d.name(rare=0.2)
    d.t("   납부자 생년월일(사업자번호): ")
    if r.random() < 0.7:
        W_dob(d)
    else:
        W_brn(d)
    d.t("\n연락처: ")
    W_phone(d)
    d.t("\n주소: ")
    W_addr(d)
    d.t("\n\n출금 방법: ")
    if r.random() < 0.5:
        d.t("☑ 카드  □ 계좌\n카드번호: ")
        W_card(d)
        d.t(f"   유효기간: {r.randint(1, 12):02d}/{r.randint(26, 31)}\n")
    else:
        d.t("□ 카드  ☑ 계좌\n은행명: ")
        bank, acv, sub, tags = W_acct(d)
        d.t(bank + "   계좌번호: ")
        d.s(acv, AC, sub, tags)
        d.t("   예금주: ")
        d.s(a, P, "name_repeat")
        d.t("\n")
    d.t("예금주(카드 소유주) 주민등록번호: ")
    W_rrn(d, kind=r.choice(["valid", "masked", "masked"]))
    d.t("\n\n출금 금액: ")
    N_amount(d)
    d.t("   출금일: 매월 25일\n고객센터 ")
    d.n(SWITCH(r), "switchboard_15xx")
    d.t("\n")


def form_idcopy(d):
    r = d.r
    d.t(f"{r.choice(['차량 등록 신청서', '렌터카 대여 신청서', '공영주차장 정기권 신청서', '거주자 우선주차 신청서'])}\n\n")
    d.t("신청인 성명 ")
    a = d.name(rare=0.2, wordlike=0.05)
    d.t("\n주민등록번호 ")
    W_rrn(d)
    d.t("\n운전면허번호 ")
    W_dl(d)
    d.t("\n차량번호 ")
    W_plate(d)
    d.t("\n주소 ")
    W_addr(d)
    d.t("\n전화 ")
    W_phone(d)
    d.t("\n\n* 본인 확인을 위해 신분증 사본을 첨부합니다.\n위임 시 대리인 성명 ")
    d.name()
    d.t("  대리인 연락처 ")
    W_phone(d, "mobile")
    d.t("\n")


def form_visa(d):
    r = d.r
    d.t("통합신청서 (외국인등록, 체류기간 연장)\nAPPLICATION FORM\n\n성 Surname / 명 Given names: ")
    fv, f, fk = fname(r, latin=True)
    d.s(fv, P, fk)
    d.t(f"\n국적 Nationality: {f[2]}\n생년월일 Date of Birth: ")
    W_dob(d)
    d.t("\n외국인등록번호 Registration No.: ")
    W_frn(d)
    d.t("\n여권번호 Passport No.: ")
    W_pp(d, f)
    d.t("\n대한민국 내 주소 Address in Korea: ")
    W_addr(d)
    d.t("\n전화 Tel: ")
    W_phone(d)
    d.t("   휴대전화 Cell phone: ")
    W_phone(d, "mobile")
    d.t("\nE-Mail: ")
    W_email(d)
    d.t("\n\n신원보증인 성명: ")
    g = d.name()
    d.t("  주민등록번호: ")
    W_rrn(d)
    d.t("\n\n수수료 ")
    N_amount(d)
    d.t("  / 외국인종합안내센터 ")
    d.n("1345", "short_code")
    d.t("\n")


def form_blank(d):
    r = d.r
    d.t(f"{r.choice(['개인정보 열람 청구서', '정보공개 청구서', '주민등록표 열람 신청서'])} [작성 예시]\n\n")
    d.t("청구인 성명: ")
    d.n("홍길동", "form_example_name")
    d.t("\n주민등록번호: ")
    d.n("000000-0000000", "placeholder_id")
    d.t("\n주소: ○○시 ○○구 ○○로 00\n전화번호: ")
    d.n("000-0000-0000", "placeholder_id")
    d.t("\n\n※ 처리기간: 접수일부터 ")
    d.t(f"{r.choice([10, 20])}일 이내\n※ 근거: ")
    d.n(statute(r), "statute")
    d.t("\n※ 수수료: ")
    N_amount(d)
    d.t("\n※ 문의: ")
    N_switch(d, "")
    d.t("\n\n")
    d.n(r.choice(["○○시장", "○○구청장", "행정안전부장관"]), "official_by_office")
    d.t(" 귀하\n")


def roster(d):
    r = d.r
    kind = r.choice(["contact", "foreign", "foreign", "driver", "driver", "card", "pay", "trip", "trip"])
    sep = r.choice(["|", " | ", "\t"])
    header = r.random() < 0.65
    cols = {"contact": ["연번", "성명", "생년월일", "연락처", "이메일", "주소"],
            "foreign": ["연번", "성명", "국적", "외국인등록번호", "여권번호", "연락처"],
            "driver": ["연번", "성명", "운전면허번호", "차량번호", "연락처"],
            "card": ["연번", "부서", "사용자", "카드번호", "월 한도"],
            "pay": ["연번", "성명", "주민등록번호", "은행", "계좌번호", "지급액"],
            "trip": ["연번", "성명", "직급", "여권번호", "여권만료일"]}[kind]
    title = {"contact": "자원봉사자 연락망", "foreign": "외국인 근로자 명단", "driver": "관용차량 운전원 현황",
             "card": "법인카드 사용자 현황", "pay": "강사수당 지급 명세", "trip": "국외출장자 명단"}[kind]
    d.t(f"[{title}]\n" if r.random() < 0.8 else "")
    if header:
        d.t(sep.join(cols) + "\n")
    pool = r.sample(FOREIGN, 8)
    for k in range(r.randint(4, 7)):
        d.t(f"{k + 1}{sep}")
        if kind == "contact":
            a = d.name(rare=0.2, wordlike=0.05)
            d.t(sep)
            W_dob(d)
            d.t(sep)
            W_phone(d, "mobile", noise_p=0.05)
            d.t(sep)
            W_email(d, a)
            d.t(sep)
            W_addr(d, wrap=False)
        elif kind == "foreign":
            f = pool[k]
            fv, fk = (f[1], "name_foreign_latin") if r.random() < 0.5 else (f[0], "name_foreign_hangul")
            d.s(fv, P, fk)
            d.t(f"{sep}{f[2]}{sep}")
            W_frn(d, noise_p=0.05)
            d.t(sep)
            W_pp(d, f)
            d.t(sep)
            W_phone(d, "mobile", noise_p=0.05)
        elif kind == "driver":
            d.name(rare=0.2)
            d.t(sep)
            W_dl(d)
            d.t(sep)
            W_plate(d)
            d.t(sep)
            W_phone(d, "mobile", noise_p=0.05)
        elif kind == "card":
            d.t(r.choice(DEPTS) + sep)
            d.name(rare=0.2)
            d.t(sep)
            W_card(d, noise_p=0.05)
            d.t(sep)
            N_amount(d)
        elif kind == "pay":
            d.name(rare=0.2, wordlike=0.05)
            d.t(sep)
            W_rrn(d, noise_p=0.05)
            d.t(sep)
            bank, acv, sub, tags = W_acct(d, noise_p=0.0)
            d.t(bank + sep)
            d.s(acv, AC, sub, tags + ["in_table"])
            d.t(sep)
            N_amount(d)
        else:
            d.name(rare=0.2)
            d.t(sep + r.choice(["서기관", "행정사무관", "주무관", "연구관"]) + sep)
            W_pp(d)
            d.t(sep)
            y, m, dd = ymd(r, 2026, 2034)
            d.n(f"{y}-{m:02d}-{dd:02d}", "date")
        d.t("\n")
    if r.random() < 0.4:
        d.t(f"작성: {r.choice(DEPTS)} ")
        d.name()
        d.t(" / 작성일 ")
        N_date(d)
        d.t("\n")


def roster_nopii(d):
    r = d.r
    sep = r.choice(["|", " | ", "\t"])
    d.t("[2025년 부서별 예산 집행 현황]\n")
    d.t(sep.join(["부서", "예산액", "집행액", "집행률", "문서번호"]) + "\n")
    for k in range(r.randint(4, 7)):
        dept = r.choice(DEPTS)
        d.t(dept + sep)
        N_amount(d)
        d.t(sep)
        N_amount(d)
        d.t(sep + f"{r.randint(10, 99)}.{r.randint(0, 9)}%" + sep)
        d.n(docno(r, dept), "document_number")
        d.t("\n")


def access_log(d):
    r = d.r
    d.t(f"# 개인정보처리시스템 접속기록 ({r.choice(['복지행정시스템', '민원처리시스템', '학사관리시스템', '인사정보시스템'])})\n")
    d.t("# 일시 | 사용자ID | 접속IP | 수행업무 | 정보주체\n")
    for k in range(r.randint(5, 9)):
        y, m, dd = ymd(r, 2024, 2025)
        d.n(f"{y}-{m:02d}-{dd:02d} {r.randint(8, 19):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}", "date")
        d.t(" | ")
        d.n(f"u{r.randint(10000, 99999)}", "system_user_id")
        d.t(" | ")
        if r.random() < 0.05:
            v, sub = ipv6(r)
            d.s(v, IP, sub)
        else:
            W_ip(d)
        d.t(" | " + r.choice(["조회", "수정", "출력", "다운로드", "삭제"]) + " | ")
        x = r.random()
        if x < 0.35:
            d.name(rare=0.15)
            d.t("(")
            if r.random() < 0.2:
                W_frn(d, masked=True)
            else:
                W_rrn(d, kind="masked")
            d.t(")")
        elif x < 0.55:
            d.t("rrn=")
            W_rrn(d, kind="valid", noise_p=0)
        elif x < 0.7:
            d.t("email=")
            W_email(d)
        elif x < 0.78:
            d.t("tel=")
            W_phone(d, "mobile", noise_p=0)
        elif x < 0.85:
            if r.random() < 0.5:
                d.t("dl_no=")
                W_dl(d, style=r.choice(["num", "plain"]))
            else:
                d.t("card_no=")
                W_card(d, noise_p=0, sep=r.choice(["", "-"]))
        else:
            d.t("대상자 ")
            d.n(f"{r.randint(2, 400)}건", "count")
        d.t("\n")
    d.t("# client=")
    d.n(r.choice(["10.0.19045.3803", "10.0.22631.4169", "6.1.7601.24544"]), "version_number")
    d.t("\n")


def access_log_nopii(d):
    r = d.r
    d.t("# 접속기록 점검 결과 요약\n")
    for k in range(r.randint(3, 6)):
        y, m, dd = ymd(r, 2024, 2025)
        d.n(f"{y}-{m:02d}-{dd:02d}", "date")
        d.t(" 점검대상 ")
        d.n(f"u{r.randint(10000, 99999)}", "system_user_id")
        d.t(f" 과다조회 {r.randint(0, 40)}건, 소명 완료\n")
    d.t("# agent=")
    d.n(r.choice(["10.0.19045.3803", "10.0.22631.4169"]), "version_number")
    d.t("\n")


def email_thread(d):
    r = d.r
    a, ak = kname(r, rare=0.2)
    b, bk = kname(r, rare=0.2)
    co = r.choice(COMPANIES)
    subj = r.choice(["견적서 송부", "출장 일정 및 항공권", "세금계산서 발행 요청", "계약서 서명본 회신"])
    ae, aek = email(r, a, company=True)
    be, bek = email(r, b, company=r.random() < 0.5)
    d.t("From: ")
    d.s(a, P, ak)
    d.t(" <")
    d.s(ae, EM, aek)
    d.t(">\nTo: ")
    d.s(b, P, bk)
    d.t(" <")
    d.s(be, EM, bek)
    d.t(">\nDate: ")
    N_date(d)
    d.t(f"\nSubject: RE: {subj}\n\n")
    d.s(b, P, "name_repeat")
    d.t(" 님 안녕하세요, ")
    d.s(a, P, "name_repeat")
    d.t("입니다.\n")
    if "항공" in subj:
        d.t("요청하신 대로 출장자 여권 정보 보내드립니다.\n")
        for k in range(r.randint(1, 3)):
            d.t("- ")
            d.name()
            d.t(" / ")
            W_pp(d)
            d.t(" / 생년월일 ")
            W_dob(d)
            d.t("\n")
        d.t("항공권 결제는 법인카드 ")
        W_card(d)
        d.t("로 부탁드립니다.\n")
    elif "세금" in subj:
        d.t("세금계산서는 아래 정보로 발행해 주세요.\n상호: ")
        d.n(co, "company")
        d.t("\n사업자등록번호: ")
        W_brn(d)
        if r.random() < 0.6:
            d.t("\n법인등록번호: ")
            W_crn(d)
        d.t("\n입금 계좌: ")
        bank, acv, sub, tags = W_acct(d)
        d.t(bank + " ")
        d.s(acv, AC, sub, tags)
        d.t("\n")
    else:
        d.t("첨부 파일 확인 부탁드립니다. 현장 담당은 ")
        c = d.name(wordlike=0.1)
        d.t(" 과장이고, 연락처는 ")
        W_phone(d, "mobile")
        d.t("입니다. 자재는 ")
        W_addr(d)
        d.t("로 보내 주시면 됩니다.\n")
    d.t("\n감사합니다.\n\n")
    d.s(a, P, "name_repeat")
    d.t(f" {r.choice(['대리', '과장', '팀장', '매니저'])}\n")
    d.n(co, "company")
    d.t(" | T. ")
    W_phone(d, "land", noise_p=0)
    d.t(" | M. ")
    W_phone(d, "mobile", noise_p=0)
    d.t("\n")
    if r.random() < 0.5:
        d.t("\n-----Original Message-----\nFrom: ")
        d.s(b, P, "name_repeat")
        d.t(" <")
        d.s(be, EM, "email_repeat")
        d.t(">\n> 안녕하세요. 지난번 말씀드린 건 진행 상황 공유 부탁드립니다.\n> 급한 건은 ")
        W_phone(d, "mobile")
        d.t("로 연락 주세요.\n")


CHAT_NICK = ["엄마", "아빠", "큰딸", "막내", "부장님", "팀장님", "집주인", "택배기사님"]


def chat(d):
    r = d.r
    kind = r.choice(["family", "deal", "landlord", "work"])
    day = ymd(r, 2024, 2025)
    d.t(f"--------------- {day[0]}년 {day[1]}월 {day[2]}일 ---------------\n")
    a, ak = kname(r, rare=0.2, wordlike=0.1)
    b, bk = kname(r, rare=0.2)

    clock = [r.randint(8 * 60, 20 * 60)]

    def line(who, whok):
        clock[0] = min(clock[0] + r.randint(0, 25), 23 * 60 + 59)
        hh, mm = divmod(clock[0], 60)
        ap = "오전" if hh < 12 else "오후"
        hh = hh if hh <= 12 else hh - 12
        d.t(f"[{who if whok is None else ''}")
        if whok is not None:
            d.s(who, P, whok)
        d.t(f"] [{ap} {hh}:{mm:02d}] ")

    if kind == "family":
        line(r.choice(CHAT_NICK[:4]), None)
        d.t("주민번호 뒷자리 알려줘 병원 접수해야 돼\n")
        line(r.choice(CHAT_NICK[:4]), None)
        W_rrn(d, kind=r.choice(["valid", "valid", "post2020"]), noise_p=0.1)
        d.t("\n")
        line(r.choice(CHAT_NICK[:4]), None)
        d.t("그리고 외할머니 건강보험증 번호 ")
        W_hi(d)
        d.t(" 이거 맞지?\n")
        line(r.choice(CHAT_NICK[:4]), None)
        d.t("응 ")
        d.s(b, P, bk)
        d.t(" 이모한테도 전해줘 ")
        W_phone(d, "mobile")
        d.t("\n")
    elif kind == "deal":
        line(a, ak)
        d.t("입금은 ")
        bank, acv, sub, tags = W_acct(d, noise_p=0.2, sep=r.choice(["-", "", " "]))
        d.t(bank.replace("은행", "") + " ")
        d.s(acv, AC, sub, tags)
        d.t(" ")
        d.s(a, P, "name_repeat")
        d.t("으로 해주세요\n" if has_batchim(a[-1]) else "로 해주세요\n")
        line(b, bk)
        d.t("넵 택배 받으실 주소 주세요\n")
        line(a, ak)
        W_addr(d)
        d.t(" 입니다 ")
        W_phone(d, "mobile")
        d.t("\n")
        line(b, bk)
        d.t("카드결제도 되나요? ")
        W_card(d, noise_p=0.2, sep=r.choice(["", " ", "-"]))
        d.t(" 이거요\n")
    elif kind == "landlord":
        line(r.choice(["집주인", "관리실"]), None)
        d.s(b, P, bk)
        d.t("씨 계약서에 외국인등록번호 적어주세요\n")
        line(b, bk)
        fv, f, fk = fname(r)
        d.t("제 아내 ")
        d.s(fv, P, fk)
        d.t(" 거예요 ")
        W_frn(d, noise_p=0.2)
        d.t(" 여권은 ")
        W_pp(d, f)
        d.t("\n")
        line(r.choice(["집주인", "관리실"]), None)
        d.t("감사합니다 차량 등록할 번호판도요\n")
        line(b, bk)
        W_plate(d)
        d.t(" 입니다\n")
    else:
        line(a, ak)
        d.t("내일 렌터카 예약했어요 면허번호 ")
        W_dl(d)
        d.t(" 로 했습니다\n")
        line(b, bk)
        d.t("ㅇㅋ ")
        c = d.name(wordlike=0.2)
        d.t(josa(c, "이가") + " 운전하기로 했어 메일은 ")
        W_email(d, c)
        d.t("\n")
        line(a, ak)
        d.t("출장비는 ")
        bank, acv, sub, tags = W_acct(d, noise_p=0.3)
        d.t(bank + " ")
        d.s(acv, AC, sub, tags)
        d.t("으로 넣어주세요\n")


def sms(d):
    r = d.r
    d.t("[Web발신]\n")
    kind = r.choice(["delivery", "bank", "hospital"])
    if kind == "delivery":
        d.t("[")
        d.n(r.choice(["한빛택배", "모란로지스", "(주)하늘물류"]), "company")
        d.t("] ")
        a = d.name(rare=0.2)
        d.t("님 고객님의 상품이 오늘 배송 예정입니다. 배송지: ")
        W_addr(d)
        d.t(" 배송기사 ")
        d.name()
        d.t(" ")
        v, sub, tags = voip(r)
        d.s(v, PH, sub, tags)
        d.t("\n고객센터 ")
        d.n(SWITCH(r), "switchboard_15xx")
    elif kind == "bank":
        d.t("[")
        d.n(r.choice(["모란은행", "한빛카드", "새솔저축은행"]), "org")
        d.t("] ")
        a = d.name(rare=0.2, wordlike=0.1)
        d.t("님 ")
        d.t(f"{r.randint(1, 12):02d}/{r.randint(1, 28):02d} {r.randint(8, 23):02d}:{r.randint(0, 59):02d} ")
        N_amount(d)
        d.t(" 일시불 승인 카드 ")
        W_card(d, noise_p=0.1)
        d.t("\n누적 ")
        N_amount(d)
    else:
        d.t("[")
        d.n(r.choice(["새솔병원", "햇살의원"]), "org")
        d.t("] ")
        a = d.name(rare=0.2)
        d.t(f"님 ")
        N_date(d)
        d.t(f" {r.randint(9, 17)}시 진료 예약되었습니다. 변경은 ")
        W_phone(d, "land")
        d.t(" (")
        d.name()
        d.t(" 간호사)")
    d.t("\n")


def notice(d):
    r = d.r
    org = r.choice(ORGS)
    kind = r.choice(["bid", "guide", "event", "law"])
    d.n(org, "org")
    d.t(" 공고 ")
    d.n(f"제{r.randint(2023, 2025)}-{r.randint(10, 999)}호", "document_number")
    d.t("\n\n")
    if kind == "bid":
        d.t(f"{r.choice(['청사 시설관리 용역', '정보시스템 유지보수', '공용차량 임차'])} 입찰 공고\n\n1. 나라장터 공고번호: ")
        d.n(f"R{r.randint(24, 25)}BK{dig(r, 8)}-00" if r.random() < 0.5 else f"{r.randint(2024, 2025)}{dig(r, 7, True)}-00",
            "procurement_number")
        d.t("\n2. 기초금액: ")
        N_amount(d)
        d.t(" (부가가치세 포함)\n3. 입찰서 제출 마감: ")
        N_date(d)
        d.t(" 10:00\n4. 납품 장소: ")
        d.n(r.choice(INST_ADDR), "institution_address")
        d.t("\n5. 규격: ")
        d.n(r.choice(PRODUCT), "product_code")
        d.t(" 또는 동등 이상\n6. 근거: ")
        d.n(statute(r), "statute")
        d.t("\n")
    elif kind == "guide":
        d.t("개인정보 처리방침 변경 안내\n\n")
        d.n(org, "org")
        d.t("은(는) ")
        d.n(statute(r), "statute")
        d.t("에 따라 개인정보 처리방침을 변경합니다. 시행일은 ")
        N_date(d)
        d.t("입니다. 주민등록번호는 법령에서 허용한 경우에만 수집하며, 수집 목적 외로 이용하지 않습니다. ")
        d.n(r.choice(["이번", "한편", "최근"]), "namelike_noun")
        d.t(" 개정 사항은 누리집에서 확인할 수 있습니다.\n개인정보 보호책임자: ")
        d.n(r.choice(["기획조정실장", "정보화담당관", "운영지원과장"]), "official_by_office")
        d.t("\n문의: ")
        N_switch(d, "대표전화 ")
        d.t(", 개인정보 침해신고센터 ")
        d.n("118", "short_code")
        d.t("\n")
    elif kind == "event":
        place = r.choice(PLACE_LIKE)
        d.t(f"제{r.randint(2, 25)}회 ")
        d.n(place, "place_namelike")
        d.t(" 시민 걷기대회 개최 안내\n\n○ 일시: ")
        N_date(d)
        d.t(" 09:00\n○ 장소: ")
        d.n(place, "place_namelike")
        d.t(f" {r.choice(['체육공원', '종합운동장', '호수공원'])}\n○ 참가비: ")
        N_amount(d)
        d.t("\n○ 접수: 시 누리집 또는 다산콜센터(")
        d.n("120", "short_code")
        d.t(")\n○ 주최: ")
        d.n(r.choice(["하늘공원 사랑회", "한결봉사단", "나라사랑 운동본부", "이슬회"]), "org_namelike")
        d.t("\n※ 우천 시 ")
        N_date(d)
        d.t("로 연기\n")
    else:
        d.t("행정처분 기준 개정 안내\n\n")
        d.n(statute(r), "statute")
        d.t(" 및 ")
        d.n(statute(r), "statute")
        d.t("의 개정에 따라 과태료 기준을 ")
        N_amount(d)
        d.t("에서 ")
        N_amount(d)
        d.t("으로 상향합니다. 관련 판례(")
        d.n(casenum(r), "case_number")
        d.t(")와 ")
        d.n(r.choice(NOUN_RESULT), "namelike_noun")
        d.t(" 결과를 반영하였습니다. 관리번호 ")
        d.n(f"{r.choice(['031', '041', '051'])}-{r.randint(2019, 2024)}-{r.randint(1000, 9999)}", "management_number")
        d.t(", 문서번호 ")
        d.n(docno(r), "document_number")
        d.t("\n우 ")
        d.n(f"{r.randint(1, 63):02d}{dig(r, 3)}", "postal_code")
        d.t(" ")
        d.n(r.choice(INST_ADDR), "institution_address")
        d.t(" / ")
        N_switch(d, "")
        d.t("\n")
    d.t("\n")
    N_date(d)
    d.t("\n")
    d.n(r.choice(["행정안전부장관", "경기도지사", "수원시장", "마포구청장", "국민건강보험공단 이사장"]), "official_by_office")
    d.t("\n")


# OCR genre: re-render selected templates with OCR noise
OCR_BASES = [("form_consent", form_consent), ("form_idcopy", form_idcopy), ("form_visa", form_visa),
             ("complaint_reply", complaint_reply), ("contract_lease", contract_lease), ("welfare", welfare),
             ("hospital", hospital), ("roster", roster), ("discipline", discipline)]

GENRES = [  # genre, n, [(template, fn, no_pii)]
    ("news", 44, [("news_award", news_award, False), ("news_incident", news_incident, False),
                  ("news_press", news_press, False), ("news_profile", news_profile, False)]),
    ("minutes", 30, [("minutes", minutes, False), ("minutes", minutes, False), ("minutes", minutes, False),
                     ("minutes", minutes, False), ("minutes_nopii", minutes_nopii, True)]),
    ("judgment", 30, [("judgment", judgment, False), ("decision", decision, False), ("judgment", judgment, False),
                      ("judgment_anon", judgment_anon, False)]),
    ("complaint_reply", 32, [("complaint_reply", complaint_reply, False)] * 6 + [("complaint_anon", complaint_anon, True)]),
    ("audit_discipline", 28, [("audit", audit, False), ("discipline", discipline, False)]),
    ("personnel", 28, [("personnel", personnel, False), ("personnel_list", personnel_list, False)]),
    ("school_hospital", 34, [("school", school, False), ("hospital", hospital, False)]),
    ("welfare", 32, [("welfare", welfare, False)]),
    ("contract", 33, [("contract_service", contract_service, False), ("contract_lease", contract_lease, False),
                      ("contract_labor", contract_labor, False)]),
    ("form", 42, [("form_consent", form_consent, False), ("form_autopay", form_autopay, False),
                  ("form_idcopy", form_idcopy, False), ("form_visa", form_visa, False),
                  ("form_autopay", form_autopay, False), ("form_blank", form_blank, True)]),
    ("roster", 44, [("roster", roster, False)] * 5 + [("roster_nopii", roster_nopii, True)]),
    ("access_log", 26, [("access_log", access_log, False)] * 5 + [("access_log_nopii", access_log_nopii, True)]),
    ("ocr", 36, None),
    ("email", 32, [("email_thread", email_thread, False)]),
    ("chat", 36, [("chat", chat, False), ("chat", chat, False), ("sms", sms, False)]),
    ("notice", 34, [("notice", notice, True)]),
]
GENRE_DESC = {"news": "보도자료·기사", "minutes": "회의록", "judgment": "판결문·결정문·재결서",
              "complaint_reply": "민원 회신", "audit_discipline": "감사 결과·징계의결서", "personnel": "인사 발령",
              "school_hospital": "학교 상담기록·병원 입원기록", "welfare": "복지 상담기록", "contract": "계약서",
              "form": "신청서·동의서", "roster": "명단·표", "access_log": "접속기록 로그", "ocr": "OCR 스캔 문서",
              "email": "이메일 스레드", "chat": "메신저·문자", "notice": "공고·안내문 (PII 없음)"}


# ----------------------------------------------------------------------------
# validation
# ----------------------------------------------------------------------------
SEPS = " -‐－—.\n"


def norm_digits(v):
    v = unicodedata.normalize("NFKC", v)
    return "".join(c for c in v if c not in SEPS + "‐—")


def valid_date(y, m, d):
    import datetime
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


def check_value(sp):
    """format / check-digit checks by type; returns error string or None"""
    v, t, k = sp["value"], sp["type"], sp["kind"]
    n = norm_digits(v)
    if t in (RRN, FRN):
        if k.endswith("masked"):
            if not re.fullmatch(r"\d{7}[*●Xx○]{6}", n):
                return "masked shape"
            if len(set(n[7:])) != 1:
                return "mask chars"
            g = n[6]
        else:
            if not re.fullmatch(r"\d{13}", n):
                return "13 digits"
            g = n[6]
            if t == RRN and k == "rrn_valid" and rrn_check(n[:12]) != n[12]:
                return "rrn check"
            if t == RRN and k == "rrn_post2020" and rrn_check(n[:12]) == n[12]:
                return "post2020 should be checksum-invalid"
            if t == FRN and frn_check(n[:12]) != n[12]:
                return "frn check"
        cent = {"1": 1900, "2": 1900, "3": 2000, "4": 2000, "5": 1900, "6": 1900, "7": 2000, "8": 2000}.get(g)
        if cent is None or (t == RRN and g not in "1234") or (t == FRN and g not in "5678"):
            return "gender digit"
        if not valid_date(cent + int(n[:2]), int(n[2:4]), int(n[4:6])):
            return "birth date"
        if k == "rrn_post2020" and (cent + int(n[:2]), int(n[2:4])) < (2020, 10):
            return "post2020 date"
    elif t == CC:
        if not re.fullmatch(r"\d{15,16}", n) or not luhn_ok(n):
            return "luhn"
    elif t == BRN:
        if not re.fullmatch(r"\d{10}", n):
            return "brn shape"
        s = sum(int(a) * b for a, b in zip(n, [1, 3, 7, 1, 3, 7, 1, 3, 5])) + (int(n[8]) * 5) // 10
        if (10 - s % 10) % 10 != int(n[9]):
            return "brn check"
    elif t == CRN:
        s = sum(int(a) * b for a, b in zip(n, [1, 2] * 6))
        if not re.fullmatch(r"\d{13}", n) or (10 - s % 10) % 10 != int(n[12]):
            return "crn check"
    elif t == PP:
        if not re.fullmatch(r"[MSGDR]\d{8}|[MSGDR]\d{3}[A-Z]\d{4}|[A-Z]{1,2}\d{7,8}[A-Z]?|\d{9}", n):
            return "passport shape"
    elif t == DL:
        regs = "|".join(x[1] for x in DL_REG)
        if not re.fullmatch(r"(1[1-9]|2[0-68])\d{10}|(%s)\d{10}" % regs, n):
            return "dl shape"
    elif t == PH:
        n2 = n.replace("(", "").replace(")", "")
        if n2.startswith("+82"):
            n2 = "0" + n2[3:]
        if not re.fullmatch(r"010\d{8}|02\d{7,8}|0[3-6][1-5]\d{7,8}|070\d{8}|050[2-6]\d{8}", n2):
            return "phone shape"
    elif t == EM:
        if not re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}", v):
            return "email"
    elif t == IP:
        if ":" in v:
            return None
        parts = v.split(".")
        if len(parts) != 4 or not all(p.isdigit() and 0 <= int(p) <= 255 for p in parts):
            return "ip"
    elif t == HI:
        if not re.fullmatch(r"\d{11}", n):
            return "hi"
    elif t == VP:
        if not re.fullmatch(r"([가-힣]{2} ?)?\d{2,3}[가-힣] ?\d{4}", unicodedata.normalize("NFKC", v).replace("\n", " ")):
            return "plate"
    elif t == AC:
        if not re.fullmatch(r"\d{10,14}", n):
            return "account"
    elif t == DOB:
        if not re.search(r"\d", v):
            return "dob"
    elif t == P:
        if v != v.strip() or re.search(r"(씨|님|주무관|과장|위원|귀하)$", v) or re.search(r"[○*]", v):
            return "person form"
    elif t == AD:
        if re.match(r"\(\d{5}\)", v):
            return "postal code inside address"
    return None


SUSPECT = [("mobile", re.compile(r"01[016789][-. ]?\d{3,4}[-. ]?\d{4}")),
           ("email", re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}")),
           ("rrn_shape", re.compile(r"\d{6}\s?[-‐－]\s?\d{7}")),
           ("card16", re.compile(r"\d{4}[- ]?\d{4}[- ]?\d{4}[- ]?\d{4}")),
           ("ipv4", re.compile(r"(?<![\d.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d.])"))]


def validate_record(rec, meta):
    text = rec["text"]
    errs = []
    last = 0
    for sp in rec["spans"]:
        s, e, t = sp["start"], sp["end"], sp["type"]
        if t not in TYPES:
            errs.append(f"type {t}")
        if not (0 <= s < e <= len(text)):
            errs.append("bounds")
            continue
        if s < last:
            errs.append("overlap/order")
        last = e
        seg = text[s:e]
        if seg != seg.strip():
            errs.append(f"whitespace edge {seg!r}")
    for sp, ms in zip(rec["spans"], meta["spans"]):
        full = dict(ms, value=text[sp["start"]:sp["end"]], type=sp["type"])
        if full["value"] != ms["value"]:
            errs.append("value mismatch")
        er = check_value(full)
        if er:
            errs.append(f"{er}: {full['value']!r}")
    covered = [(sp["start"], sp["end"]) for sp in rec["spans"]]
    negs = [(h["start"], h["end"]) for h in meta["hard_negatives"]]
    for h in meta["hard_negatives"]:
        if text[h["start"]:h["end"]] != h["text"]:
            errs.append("neg mismatch")
        for s, e in covered:
            if s < h["end"] and h["start"] < e:
                errs.append(f"neg overlaps span {h['text']!r}")
    # every other occurrence of a labelled string is labelled
    for v in set(text[s:e] for s, e in covered):
        for m in re.finditer(re.escape(v), text):
            if not any(s <= m.start() and m.end() <= e for s, e in covered):
                errs.append(f"unlabelled repeat {v!r}")
                break
    # PII-looking strings outside spans must be tagged hard negatives
    for nm, rx in SUSPECT:
        for m in re.finditer(rx, text):
            if any(s < m.end() and m.start() < e for s, e in covered):
                continue
            if any(s <= m.start() and m.end() <= e for s, e in negs):
                continue
            errs.append(f"unlabelled {nm} {m.group()!r}")
    if meta["planned_no_pii"] and rec["spans"]:
        errs.append("planned no-PII has spans")
    if not meta["planned_no_pii"] and not rec["spans"]:
        errs.append("planned PII record has no spans")
    return errs


# ----------------------------------------------------------------------------
# build
# ----------------------------------------------------------------------------
def build_one(rid, genre, template, fn, no_pii, i, ocr_base=None):
    for attempt in range(40):
        seed = f"{PREFIX}|{template}|{i}" + (f"|retry{attempt}" if attempt else "")
        r = random.Random(seed)
        d = Doc(r, ocr=genre == "ocr")
        fn(d)
        text = d.text()
        spans = [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in d.spans]
        meta = {"id": rid, "genre": genre, "template": template, "seed": seed, "planned_no_pii": no_pii,
                "spans": [{"start": s["start"], "end": s["end"], "type": s["type"], "kind": s["kind"],
                           "noise": s["noise"], "value": s["value"]} for s in d.spans],
                "hard_negatives": d.negs}
        if ocr_base:
            meta["ocr_base_template"] = ocr_base
        rec = {"id": rid, "text": text, "spans": spans, "genre": genre}
        errs = validate_record(rec, meta)
        if not errs:
            return rec, meta
    raise SystemExit(f"{rid} {template}: could not build a valid record: {errs[:5]}")


def build_all():
    recs, metas = [], []
    n = 0
    for genre, count, variants in GENRES:
        for i in range(count):
            n += 1
            rid = f"pii_aa-{n:04d}"
            if genre == "ocr":
                bname, bfn = OCR_BASES[i % len(OCR_BASES)]
                rec, meta = build_one(rid, genre, "ocr_" + bname, bfn, False, i, ocr_base=bname)
            else:
                tname, fn, no_pii = variants[i % len(variants)]
                rec, meta = build_one(rid, genre, tname, fn, no_pii, i)
            recs.append(rec)
            metas.append(meta)
    return recs, metas


def stats_of(recs, metas):
    st = {"records": len(recs), "records_no_pii": sum(1 for r in recs if not r["spans"]),
          "spans": sum(len(r["spans"]) for r in recs), "hard_negatives": sum(len(m["hard_negatives"]) for m in metas)}
    by_genre = defaultdict(lambda: Counter())
    for r, m in zip(recs, metas):
        g = by_genre[r["genre"]]
        g["records"] += 1
        g["no_pii"] += 0 if r["spans"] else 1
        g["spans"] += len(r["spans"])
        g["hard_negatives"] += len(m["hard_negatives"])
    st["by_genre"] = {k: dict(v) for k, v in by_genre.items()}
    st["by_template"] = dict(sorted(Counter(m["template"] for m in metas).items()))
    st["by_type"] = dict(Counter(s["type"] for r in recs for s in r["spans"]).most_common())
    sub = defaultdict(Counter)
    for m in metas:
        for s in m["spans"]:
            sub[s["type"]][s["kind"]] += 1
    st["by_type_subkind"] = {t: dict(sorted(c.items())) for t, c in sorted(sub.items())}
    nz = Counter()
    nzt = defaultdict(Counter)
    for m in metas:
        for s in m["spans"]:
            for tg in s["noise"]:
                nz[tg] += 1
                nzt[tg][s["type"]] += 1
    st["by_noise_tag"] = dict(nz.most_common())
    st["by_noise_tag_type"] = {k: dict(v.most_common()) for k, v in sorted(nzt.items())}
    st["spans_with_noise"] = sum(1 for m in metas for s in m["spans"] if s["noise"])
    st["by_hard_negative_category"] = dict(Counter(h["category"] for m in metas for h in m["hard_negatives"]).most_common())
    return st


def main():
    recs, metas = build_all()
    ids = [r["id"] for r in recs]
    assert len(set(ids)) == len(ids)
    with open(os.path.join(HERE, "pii_aa.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "pii_aa.meta.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in metas:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    st = stats_of(recs, metas)
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(st, f, ensure_ascii=False, indent=1)
        f.write("\n")
    # re-read and validate what was written
    recs2 = [json.loads(l) for l in open(os.path.join(HERE, "pii_aa.jsonl"), encoding="utf-8")]
    metas2 = [json.loads(l) for l in open(os.path.join(HERE, "pii_aa.meta.jsonl"), encoding="utf-8")]
    bad = 0
    for r, m in zip(recs2, metas2):
        assert r["id"] == m["id"]
        e = validate_record(r, m)
        if e:
            bad += 1
            print(r["id"], e[:3], file=sys.stderr)
    assert bad == 0, f"{bad} invalid records"
    print(f"wrote {len(recs2)} records, {st['spans']} spans, {st['records_no_pii']} without PII; validation OK")


if __name__ == "__main__":
    main()
