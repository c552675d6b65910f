#!/usr/bin/env python3
"""make_set.py -- independent Korean PII evaluation set "pii_ac" (standard library only).

Usage:  python3 make_set.py          (writes pii_ac.jsonl, pii_ac.meta.jsonl, stats.json)

Every random choice comes from random.Random("pii_ac-2026|<template>|<i>") string seeds
(string seeds are hashed with SHA-512 by CPython, independent of PYTHONHASHSEED), and no
set/dict iteration order influences the output, so the files are byte-identical across
runs and PYTHONHASHSEED values.  All names, numbers and addresses are invented.
"""
import json, random, re, unicodedata, os, sys, collections

PREFIX = "pii_ac-2026"
HERE = os.path.dirname(os.path.abspath(__file__))

# ----------------------------------------------------------------------------- pools
SUR_COMMON = list("김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현")
SUR_RARE = list("함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사피감음빈동호범좌팽승간상갈견당화창빙묵뇌초")
SUR_TWO = ["남궁", "황보", "선우", "제갈", "독고", "사공", "서문", "동방"]
GIV = list("민서지현수준영우은하윤도예진재성혜정유주희승연다채시아원태동경호소나미상세가건형석규훈빈율린온결솔찬혁용철숙자순옥남복춘길창범광덕기래봉애란선미슬담별")
WORD_NAMES = ["신용", "유리", "방석", "지구", "전기", "장미", "안정", "조명", "우주", "문명", "공기", "반지",
              "나무", "구름", "하늘", "고운", "이상", "한결", "노을", "주연", "정의", "강산", "마음", "은하",
              "한마음", "한송이", "배다리"]
FOREIGN = [  # (hangul given/family, latin, nationality)
    ("응우옌 티 흐엉", "NGUYEN THI HUONG", "VN"), ("쩐 반 남", "TRAN VAN NAM", "VN"), ("레 티 마이", "LE THI MAI", "VN"),
    ("팜 반 뚜언", "PHAM VAN TUAN", "VN"), ("보 티 투", "VO THI THU", "VN"), ("응우옌 반 득", "NGUYEN VAN DUC", "VN"),
    ("왕웨이", "WANG WEI", "CN"), ("리우양", "LIU YANG", "CN"), ("장리나", "ZHANG LINA", "CN"), ("천하오", "CHEN HAO", "CN"),
    ("바트바야르 간바트", "BATBAYAR GANBAT", "MN"), ("에르덴수렝 볼로르", "ERDENSUREN BOLOR", "MN"),
    ("마리아 산토스", "MARIA SANTOS", "PH"), ("로드리고 레예스", "RODRIGO REYES", "PH"), ("제니 델라크루즈", "JENNY DELA CRUZ", "PH"),
    ("아지즈 카리모프", "AZIZ KARIMOV", "UZ"), ("딜노자 유수포바", "DILNOZA YUSUPOVA", "UZ"),
    ("아나스타시아 페트로바", "ANASTASIA PETROVA", "RU"), ("세르게이 이바노프", "SERGEI IVANOV", "RU"),
    ("타나폰 숙삼란", "THANAPHON SUKSAMRAN", "TH"), ("솜착 분미", "SOMCHAK BOONMEE", "TH"),
    ("라훌 샤르마", "RAHUL SHARMA", "IN"), ("무하마드 하산", "MUHAMMAD HASSAN", "PK"), ("스리 위다야티", "SRI WIDAYATI", "ID"),
    ("다니엘 밀러", "DANIEL MILLER", "US"), ("제시카 브라운", "JESSICA BROWN", "US"), ("사토 유키", "SATO YUKI", "JP"),
    ("누르 아이니 빈티 라힘", "NUR AINI BINTI RAHIM", "MY"), ("소피아 로드리게스", "SOFIA RODRIGUEZ", "US"),
]
NAT_KO = {"VN": "베트남", "CN": "중국", "MN": "몽골", "PH": "필리핀", "UZ": "우즈베키스탄", "RU": "러시아", "TH": "태국",
          "IN": "인도", "PK": "파키스탄", "ID": "인도네시아", "US": "미국", "JP": "일본", "MY": "말레이시아"}
ROMA = ["minsu", "jihoon", "seoyeon", "hyunwoo", "eunji", "dohyun", "yejin", "sungmin", "haneul", "jiwoo", "taeyang",
        "sora", "kyungho", "mirae", "dabin", "junho", "soyoung", "hyejin", "woojin", "gaeun", "byeol", "chanwoo", "nari"]
MAIL_DOM = ["naver.com", "daum.net", "hanmail.net", "gmail.com", "kakao.com", "nate.com", "outlook.kr", "icloud.com"]

REGIONS = [
    ("서울특별시", "서울", [("마포구", ["성산동", "망원동", "합정동"]), ("관악구", ["봉천동", "신림동"]), ("노원구", ["상계동", "중계동"]),
                       ("강서구", ["화곡동", "등촌동"]), ("성북구", ["정릉동", "길음동"]), ("송파구", ["가락동", "문정동"])]),
    ("부산광역시", "부산", [("해운대구", ["우동", "좌동"]), ("사하구", ["하단동", "괴정동"]), ("동래구", ["명륜동", "온천동"])]),
    ("인천광역시", "인천", [("남동구", ["구월동", "만수동"]), ("연수구", ["송도동", "연수동"])]),
    ("대구광역시", "대구", [("수성구", ["범어동", "만촌동"]), ("달서구", ["상인동", "월성동"])]),
    ("광주광역시", "광주", [("북구", ["운암동", "용봉동"]), ("광산구", ["수완동", "신가동"])]),
    ("대전광역시", "대전", [("유성구", ["봉명동", "노은동"]), ("서구", ["둔산동", "괴정동"])]),
    ("울산광역시", "울산", [("남구", ["삼산동", "무거동"])]),
    ("세종특별자치시", "세종", [("", ["아름동", "종촌동", "고운동"])]),
    ("경기도", "경기", [("수원시 팔달구", ["인계동", "우만동"]), ("성남시 분당구", ["정자동", "서현동"]), ("고양시 일산동구", ["장항동", "백석동"]),
                     ("화성시", ["동탄동", "봉담읍"]), ("안산시 단원구", ["고잔동", "원곡동"]), ("의정부시", ["호원동", "신곡동"])]),
    ("강원특별자치도", "강원", [("춘천시", ["석사동", "후평동"]), ("원주시", ["단계동", "무실동"])]),
    ("충청북도", "충북", [("청주시 흥덕구", ["복대동", "가경동"]), ("충주시", ["연수동", "칠금동"])]),
    ("충청남도", "충남", [("천안시 서북구", ["쌍용동", "불당동"]), ("아산시", ["배방읍", "온천동"])]),
    ("전북특별자치도", "전북", [("전주시 완산구", ["효자동", "평화동"]), ("익산시", ["영등동", "모현동"])]),
    ("전라남도", "전남", [("여수시", ["학동", "문수동"]), ("순천시", ["조례동", "연향동"])]),
    ("경상북도", "경북", [("포항시 남구", ["대잠동", "이동"]), ("구미시", ["송정동", "인동동"])]),
    ("경상남도", "경남", [("창원시 성산구", ["상남동", "중앙동"]), ("김해시", ["내외동", "장유동"])]),
    ("제주특별자치도", "제주", [("제주시", ["노형동", "연동"]), ("서귀포시", ["동홍동", "서호동"])]),
]
ROAD_STEM = ["새솔", "한빛", "푸른숲", "늘봄", "다온", "햇살", "은행나무", "달맞이", "솔밭", "모란", "청림", "가온", "누리",
             "버들", "꽃마을", "샘골", "구름재", "별빛", "동백", "미리내", "장터", "오목", "배울", "느티"]
APT = ["한빛아파트", "푸른마을", "햇살타운", "새솔아파트", "다온빌", "늘봄하이츠", "미래빌라", "가온아파트", "청림맨션", "누리캐슬"]
AREA = ["02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055", "061", "062", "063", "064"]
BANKS = [("KB국민은행", [6, 2, 6], ""), ("국민은행", [6, 2, 6], ""), ("신한은행", [3, 3, 6], "1"), ("우리은행", [4, 3, 6], "1"),
         ("하나은행", [3, 6, 5], ""), ("NH농협은행", [3, 4, 4, 2], "3"), ("농협", [3, 4, 4, 2], "3"), ("IBK기업은행", [3, 6, 2, 3], "0"),
         ("카카오뱅크", [4, 2, 7], "3333"), ("우체국", [6, 2, 6], ""), ("새마을금고", [4, 4, 4, 1], "900"),
         ("부산은행", [3, 4, 4, 2], "1"), ("SC제일은행", [3, 2, 6], ""), ("토스뱅크", [4, 4, 4], "1000"), ("수협은행", [4, 4, 4], "10"),
         ("케이뱅크", [3, 3, 6], "100"), ("iM뱅크", [3, 2, 6, 1], "5")]
DL_REGION = {"11": "서울", "12": "부산", "13": "경기", "14": "강원", "15": "충북", "16": "충남", "17": "전북", "18": "전남",
             "19": "경북", "20": "경남", "21": "제주", "22": "대구", "23": "인천", "24": "광주", "25": "대전", "26": "울산", "28": "경기북부"}
PLATE_PRIV = list("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주")
PLATE_COMM = list("바사아자")
PLATE_RENT = list("하허호")
STATUTES = ["「도로교통법」 제32조", "「질서위반행위규제법」 제16조 제1항", "「국민기초생활 보장법」 제27조", "「긴급복지지원법」 제9조 제1항 제1호",
            "「아동수당법」 제4조", "「민원 처리에 관한 법률」 제27조", "「개인정보 보호법」 제35조", "「주택임대차보호법」 제3조의2",
            "「의료법」 제17조 제1항", "「국가공무원법」 제32조의5", "「민법」 제750조", "「도로교통법」 제148조의2 제3항 제2호",
            "같은 법 시행령 제88조 제4항", "「자동차관리법」 제84조 제2항", "「식품위생법」 제75조", "「초·중등교육법 시행령」 제47조",
            "「전자금융거래법」 제49조 제4항 제2호", "「형법」 제347조 제1항", "「공익직불제법」 제9조"]
DEPTS = ["민원여권과", "교통행정과", "주차관리과", "복지정책과", "희망복지지원과", "가족정책과", "세무1과", "건축과", "환경위생과",
         "자치행정과", "총무과", "교육지원과", "청년정책과", "농업정책과", "보건행정과", "도로관리과"]
OFF_TITLES = ["주무관", "주무관", "주무관", "팀장", "사무관", "담당"]
HEADS = ["마포구청장", "관악구청장", "수원시장", "해운대구청장", "유성구청장", "춘천시장", "청주시장", "전주시장", "김해시장",
         "제주특별자치도지사", "노원구청장", "화성시장", "세종특별자치시장", "연수구청장"]

# ----------------------------------------------------------------------------- helpers
def batchim(ch):
    o = ord(ch[-1]) - 0xAC00
    return 0 <= o < 11172 and o % 28 != 0

def josa(name, pair):  # pair like "은/는"
    a, b = pair.split("/")
    last = name.strip()[-1]
    if not ("가" <= last <= "힣"):
        return b if pair in ("은/는", "이/가", "을/를", "과/와") else b
    return a if batchim(last) else b

def luhn_ok(num):
    s, alt = 0, False
    for ch in reversed(num):
        d = int(ch)
        if alt:
            d *= 2
            if d > 9: d -= 9
        s += d; alt = not alt
    return s % 10 == 0

def luhn_complete(prefix, length):
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise ValueError

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
    s = sum(int(a) * (1 if k % 2 == 0 else 2) for k, a in enumerate(d12))
    return (10 - s % 10) % 10

FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789"}
_OCR = {"on": False}
OCR_WORDS = [("번호", "변호"), ("성명", "성 명"), ("연락처", "연락저"), ("주소", "주 소"), ("생년월일", "생년윌일"), ("계좌", "계솨"),
             ("발급", "발금"), ("합니다", "합니디"), ("담당", "담 당"), ("차량", "자량"), ("。", "."), ("결정", "결청")]

def ocr_text(r, s):
    """noise for running text outside spans (offsets are computed after it is applied)"""
    for a, b in OCR_WORDS:
        if a in s and r.random() < 0.3:
            s = s.replace(a, b, 1)
    if "|" in s and r.random() < 0.7:
        s = s.replace("|", r.choice(["l", "I", "ㅣ", "!", "1"]))
    if ". " in s and r.random() < 0.15:
        s = s.replace(". ", ", ", 1)
    return s

class Doc:
    def __init__(self, template, i, genre):
        self.template, self.i, self.genre = template, i, genre
        self.seed = f"{PREFIX}|{template}|{i}"
        self.r = random.Random(self.seed)
        self.buf, self.n = [], 0
        self.spans, self.negs, self.rec_tags = [], [], []
        self.base_genre = None
        self.head = self.r.choice(HEADS)
        self.ocr = False   # when true, p() applies span noise with some probability
        if _OCR["on"]:
            self.base_genre, self.genre, self.ocr = genre, G_OCR, True
            self.template = "ocr_" + template
            self.seed = f"{PREFIX}|{self.template}|{i}"
            self.r = random.Random(self.seed)

    def t(self, *ss):
        if self.ocr:
            ss = [ocr_text(self.r, s) for s in ss]
        for s in ss:
            self.buf.append(s); self.n += len(s)
        return self

    def p(self, val, typ, sub, noise=()):
        noise = list(noise)
        clean = val.replace(" ", "") if "spaced_name" in noise else val
        if self.ocr and not noise and typ != "PERSON" and typ != "KR_ADDRESS" and self.r.random() < 0.45:
            val, noise = noisify(self.r, val, typ)
        if self.ocr and not noise and typ == "PERSON" and self.r.random() < 0.2 and len(val) == 3 and all("가" <= c <= "힣" for c in val):
            val, noise = " ".join(val), ["spaced_name"]
        if self.ocr and not noise and typ == "KR_ADDRESS" and self.r.random() < 0.35 and " " in val:
            ks = [k for k, c in enumerate(val) if c == " "]
            k = ks[len(ks) // 2]
            val, noise = val[:k] + "\n" + val[k + 1:], ["wrapped"]
        assert val and val == val.strip(), (val, typ)
        self.buf.append(val); self.n += len(val)
        self.spans.append({"start": self.n - len(val), "end": self.n, "type": typ, "sub": sub, "noise": noise, "clean": clean})
        return self

    def neg(self, val, cat):
        self.negs.append({"start": self.n, "end": self.n + len(val), "text": val, "category": cat})
        self.buf.append(val); self.n += len(val)
        return self

    def text(self):
        return "".join(self.buf)

def noisify(r, val, typ):
    """OCR-style noise inside a value; returns (noisy, tags)."""
    kind = r.choice(["fullwidth_digits", "unicode_hyphen", "space_in_number", "newline_in_number", "ocr_char_sub", "fullwidth_digits"])
    if kind == "unicode_hyphen" and "-" not in val: kind = "fullwidth_digits"
    if kind == "newline_in_number" and "-" not in val and " " not in val: kind = "fullwidth_digits"
    if kind == "space_in_number" and "-" not in val: kind = "fullwidth_digits"
    if typ == "EMAIL_ADDRESS":
        kind = r.choice(["space_in_email", "ocr_char_sub"])
    if kind == "fullwidth_digits":
        out = "".join(FW.get(c, c) for c in val)
        if out == val: return val, []
        return out, [kind]
    if kind == "unicode_hyphen":
        h = r.choice(["‐", "－", "–", "‑"])
        return val.replace("-", h), [kind]
    if kind == "space_in_number":
        return val.replace("-", r.choice([" - ", " -", "- ", " "]), 1 if r.random() < 0.5 else -1), [kind]
    if kind == "newline_in_number":
        sep = "-" if "-" in val else " "
        k = val.index(sep)
        return val[:k + 1].rstrip() + "\n" + val[k + 1:].lstrip(), [kind]
    if kind == "ocr_char_sub":
        subs = {"0": "O", "1": "l", "5": "S", "8": "B", "@": "@"} if typ != "EMAIL_ADDRESS" else {"o": "0", "l": "1", ".": ","}
        idx = [k for k, c in enumerate(val) if c in subs and (typ != "EMAIL_ADDRESS" or (c != "." or k > val.index("@")))]
        if typ == "EMAIL_ADDRESS":
            idx = [k for k in idx if val[k] != "@"]
        if not idx: return val, []
        k = r.choice(idx)
        return val[:k] + subs[val[k]] + val[k + 1:], [kind]
    if kind == "space_in_email":
        k = val.index("@")
        return val[:k] + " @ " + val[k + 1:] if r.random() < 0.5 else val[:k] + "@ " + val[k + 1:], [kind]
    return val, []

# ----------------------------------------------------------------------------- value generators
def dob(r, lo=1942, hi=2003):
    y = r.randint(lo, hi); m = r.randint(1, 12); d = r.randint(1, 28)
    return y, m, d

def fmt_dob(r, y, m, d, style=None):
    style = style or r.choice(["dot_space", "kor", "iso", "dot0", "yy", "six", "dot_nospace", "slash"])
    s = {"dot_space": f"{y}. {m}. {d}.", "kor": f"{y}년 {m}월 {d}일", "iso": f"{y}-{m:02d}-{d:02d}",
         "dot0": f"{y}.{m:02d}.{d:02d}.", "yy": f"{y % 100:02d}.{m:02d}.{d:02d}", "six": f"{y % 100:02d}{m:02d}{d:02d}",
         "dot_nospace": f"{y}.{m}.{d}", "slash": f"{y}/{m:02d}/{d:02d}"}[style]
    return s, "dob_" + style

def rrn(r, y, m, d, female=None, mask=None):
    female = r.random() < 0.5 if female is None else female
    g = (1 if y < 2000 else 3) + (1 if female else 0)
    front = f"{y % 100:02d}{m:02d}{d:02d}"
    post = (y, m) >= (2020, 10)
    if mask:
        ch = r.choice(["*", "*", "●", "X", "x"]) if mask is True else mask
        return f"{front}-{g}{ch * 6}", "rrn_masked"
    body = f"{front}{g}" + "".join(str(r.randint(0, 9)) for _ in range(5))
    c = rrn_check(body)
    if post:
        c = (c + r.randint(1, 9)) % 10
        return f"{body[:6]}-{body[6:]}{c}", "rrn_post2020"
    return f"{body[:6]}-{body[6:]}{c}", "rrn_valid"

def frn(r, y, m, d, female=None):
    female = r.random() < 0.5 if female is None else female
    g = (5 if y < 2000 else 7) + (1 if female else 0)
    office = r.randrange(10, 99, 2)
    body = f"{y % 100:02d}{m:02d}{d:02d}{g}{office:02d}{r.randint(0, 99):02d}{r.randint(6, 9)}"
    return f"{body[:6]}-{body[6:]}{frn_check(body)}", "frn_valid"

def brn(r):
    if True:
        d9 = f"{r.randint(101, 899)}{r.choice(['81', '86', '87', '88', '01', '05', '10', '12', '13', '23', '26'])}{r.randint(0, 9999):04d}"
        c = brn_check(d9)
        return f"{d9[:3]}-{d9[3:5]}-{d9[5:]}{c}", "brn_valid"

def crn(r):
    office = r.choice(["1101", "1311", "1201", "1301", "1601", "1701", "1801", "2001", "1346", "1748", "2841"])
    kind = r.choice(["11", "11", "11", "21", "22", "14"])
    d12 = office + kind + f"{r.randint(0, 999999):06d}"
    return f"{d12[:6]}-{d12[6:]}{crn_check(d12)}", "crn_valid"

def mobile(r, style=None):
    a, b = r.randint(2000, 9999), r.randint(0, 9999)
    pre = r.choice(["010"] * 12 + ["011", "016", "019"])
    style = style or r.choices(["hyphen", "space", "none", "dot", "intl"], [70, 8, 8, 6, 4])[0]
    s = {"hyphen": f"{pre}-{a}-{b:04d}", "space": f"{pre} {a} {b:04d}", "none": f"{pre}{a}{b:04d}", "dot": f"{pre}.{a}.{b:04d}",
         "intl": f"+82-{pre[1:]}-{a}-{b:04d}"}[style]
    return s, "mobile_" + style

def landline(r, area=None, style=None):
    area = area or r.choice(AREA)
    mid = r.randint(200, 999) if r.random() < 0.3 else r.randint(2000, 9899)
    if area == "070": mid = r.randint(4000, 8999)
    last = r.randint(0, 9999)
    style = style or r.choices(["hyphen", "paren", "dot"], [85, 10, 5])[0]
    s = {"hyphen": f"{area}-{mid}-{last:04d}", "paren": f"({area}) {mid}-{last:04d}", "dot": f"{area}.{mid}.{last:04d}"}[style]
    return s, ("voip_" if area == "070" else "landline_") + style

def email(r, official=False):
    loc = r.choice(ROMA)
    if r.random() < 0.5: loc += str(r.randint(1, 999))
    elif r.random() < 0.5: loc = loc[:1] + r.choice([".", "_", ""]) + r.choice(ROMA)
    dom = "korea.kr" if official else r.choice(MAIL_DOM)
    return f"{loc}@{dom}", "email_official" if official else "email_private"

def account(r, bank_idx=None):
    bank, groups, pre = BANKS[bank_idx] if bank_idx is not None else r.choice(BANKS)
    total = sum(groups)
    digits = pre + "".join(str(r.randint(0, 9)) for _ in range(total - len(pre)))
    out, k = [], 0
    for g in groups:
        out.append(digits[k:k + g]); k += g
    s = "-".join(out)
    sub = "acct_grouped"
    if r.random() < 0.12:
        s = digits; sub = "acct_plain"
    return bank, s, sub

def card(r):
    kind = r.choice(["visa", "master", "bc", "jcb", "amex", "visa", "master", "local"])
    if kind == "amex":
        pre = r.choice(["34", "37"]) + "".join(str(r.randint(0, 9)) for _ in range(12))
        num = luhn_complete(pre, 15)
        style = r.choice(["4-6-5", "plain", "4 6 5"])
        if style == "plain": return num, "card_amex_plain"
        sep = "-" if "-" in style else " "
        return f"{num[:4]}{sep}{num[4:10]}{sep}{num[10:]}", "card_amex"
    pre = {"visa": "4" + f"{r.randint(0, 99999):05d}", "master": str(r.randint(51, 55)) + f"{r.randint(0, 9999):04d}",
           "bc": "94" + f"{r.randint(0, 9999):04d}", "jcb": str(r.randint(3528, 3589)) + f"{r.randint(0, 99):02d}",
           "local": r.choice(["9490", "9411", "6253", "9420"]) + f"{r.randint(0, 99):02d}"}[kind]
    pre += "".join(str(r.randint(0, 9)) for _ in range(15 - len(pre)))
    num = luhn_complete(pre, 16)
    style = r.choices(["-", " ", ""], [60, 25, 15])[0]
    return style.join([num[0:4], num[4:8], num[8:12], num[12:16]]), "card_" + kind

def kor_passport(r, prefix=None):
    prefix = prefix or r.choice("MMMMMSRGD")
    if r.random() < 0.55:
        return f"{prefix}{r.randint(100, 999)}{r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{r.randint(0, 9999):04d}", "passport_kr_new"
    return f"{prefix}{r.randint(10000000, 99999999)}", "passport_kr_old"

def foreign_passport(r, nat):
    d = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
    v = {"VN": r.choice("CBN") + d(7), "CN": r.choice(["E" + d(8), "EA" + d(7), "EJ" + d(7)]), "MN": "E" + d(7),
         "PH": "P" + d(7) + r.choice("ABC"), "UZ": "FA" + d(7), "RU": "7" + d(8), "TH": "AA" + d(7), "IN": r.choice("JKLMN") + d(7),
         "PK": "AB" + d(7), "ID": r.choice("ABCX") + d(7), "US": str(r.randint(5, 6)) + d(8), "JP": "T" + r.choice("KRSZ") + d(7),
         "MY": "A" + d(8)}[nat]
    return v, "passport_foreign"

def dl(r):
    code = r.choice(list(DL_REGION))
    yy = f"{r.randint(90, 124) % 100:02d}"
    serial = f"{r.randint(0, 999999):06d}"; chk = f"{r.randint(0, 99):02d}"
    style = r.choices(["num", "region", "region_nospace", "plain"], [55, 20, 10, 15])[0]
    reg = DL_REGION[code]
    if style == "num": return f"{code}-{yy}-{serial}-{chk}", "dl_numeric"
    if style == "region": return f"{reg} {yy}-{serial}-{chk}", "dl_region"
    if style == "region_nospace": return f"{reg}{yy}-{serial}-{chk}", "dl_region_nospace"
    return f"{code}{yy}{serial}{chk}", "dl_plain12"

def plate(r):
    style = r.choices(["new2", "new3", "region", "commercial", "nospace", "rental"], [35, 30, 10, 10, 8, 7])[0]
    if style == "new2": return f"{r.randint(10, 99)}{r.choice(PLATE_PRIV)} {r.randint(1000, 9999)}", "plate_2digit"
    if style == "new3": return f"{r.randint(100, 699)}{r.choice(PLATE_PRIV)} {r.randint(1000, 9999)}", "plate_3digit"
    if style == "nospace": return f"{r.randint(10, 399)}{r.choice(PLATE_PRIV)}{r.randint(1000, 9999)}", "plate_nospace"
    if style == "rental": return f"{r.randint(10, 99)}{r.choice(PLATE_RENT)} {r.randint(1000, 9999)}", "plate_rental"
    reg = r.choice(["서울", "부산", "경기", "인천", "대구", "광주", "대전", "울산", "충남", "경북"])
    if style == "region": return f"{reg} {r.randint(10, 99)}{r.choice(PLATE_PRIV)} {r.randint(1000, 9999)}", "plate_region"
    return f"{reg} {r.randint(70, 79)}{r.choice(PLATE_COMM)} {r.randint(1000, 9999)}", "plate_commercial"

def health_ins(r):
    n = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(10))
    return n, "hi_11digit"

def ipaddr(r):
    k = r.choice(["pub", "pub", "priv"])
    if k == "priv": return f"192.168.{r.randint(0, 255)}.{r.randint(2, 254)}", "ip_private"
    return f"{r.choice([211, 121, 175, 118, 59, 61, 222, 112])}.{r.randint(1, 254)}.{r.randint(0, 255)}.{r.randint(1, 254)}", "ip_public"

def kname(r, kind=None):
    kind = kind or r.choices(["common", "rare_surname", "two_syll_surname", "single_given", "word_name"], [58, 15, 9, 9, 9])[0]
    if kind == "common":
        nm = r.choice(SUR_COMMON) + r.choice(GIV) + r.choice(GIV)
        return (nm if nm != "홍길동" else "홍길준"), "ko_common"
    if kind == "rare_surname": return r.choice(SUR_RARE) + r.choice(GIV) + r.choice(GIV), "ko_rare_surname"
    if kind == "two_syll_surname":
        return r.choice(SUR_TWO) + r.choice(GIV) + (r.choice(GIV) if r.random() < 0.7 else ""), "ko_two_syll_surname"
    if kind == "single_given": return r.choice(SUR_COMMON) + r.choice(GIV), "ko_single_given"
    return r.choice(WORD_NAMES), "ko_word_name"

def fname(r, script=None):
    h, l, nat = r.choice(FOREIGN)
    script = script or r.choice(["hangul", "hangul", "latin"])
    return (h if script == "hangul" else l), ("foreign_hangul" if script == "hangul" else "foreign_latin"), nat

def address(r, style=None):
    sido, short, sggs = r.choice(REGIONS)
    sgg, dongs = r.choice(sggs)
    dong = r.choice(dongs)
    style = style or r.choices(["road_full", "road_short", "sgg_start", "jibun"], [45, 20, 15, 20])[0]
    if style == "sgg_start" and not sgg: style = "road_full"
    road = r.choice(ROAD_STEM) + r.choice(["로", "길", "로", "대로"])
    if r.random() < 0.3: road += f"{r.randint(1, 80)}번길"
    bno = str(r.randint(1, 480)) + (f"-{r.randint(1, 30)}" if r.random() < 0.25 else "")
    u = r.random(); apt = r.choice(APT)
    if u < 0.45: unit = f", {r.randint(101, 115)}동 {r.randint(1, 25)}{r.randint(1, 4):02d}호"
    elif u < 0.6: unit = f", {r.randint(2, 9)}층 {r.randint(2, 9)}0{r.randint(1, 5)}호"
    elif u < 0.72: unit = f" {r.randint(2, 12)}층"
    elif u < 0.85: unit = f", {r.randint(1, 5)}0{r.randint(1, 9)}호"
    else: unit = ""
    postal = f"{r.randint(1, 63999):05d}"
    paren = f"({dong}" + (f", {apt})" if u < 0.45 else ")")
    head = {"road_full": sido, "road_short": short, "sgg_start": "", "jibun": sido}[style]
    parts = [x for x in [head, sgg] if x]
    if style == "jibun":
        lot = f"{r.randint(1, 1999)}" + (f"-{r.randint(1, 40)}" if r.random() < 0.6 else "")
        tail = ""
        if u < 0.45: tail = f" {apt} {r.randint(101, 115)}동 {r.randint(1, 25)}{r.randint(1, 4):02d}호"
        elif u < 0.72: tail = f" {r.randint(1, 5)}0{r.randint(1, 9)}호"
        a = " ".join(parts + [dong, lot]) + tail
        paren = None
    else:
        a = " ".join(parts + [road, bno]) + unit
    return a, "addr_" + style, postal, paren

def inst_address(r):
    sido, short, sggs = r.choice(REGIONS)
    sgg, _ = r.choice(sggs)
    road = r.choice(["시청로", "구청로", "중앙로", "청사로", "문화로", "행정로"])
    return " ".join([x for x in [sido, sgg, road, str(r.randint(1, 200))] if x])

def switchboard(r):
    k = r.choice(["1588", "1577", "1600", "1544", "1644", "1566", "1661", "1899", "main", "main", "short"])
    if k == "main": return f"{r.choice(AREA)}-{r.randint(200, 999)}-{r.choice(['2114', '1114', '0114', '3114', '2000'])}"
    if k == "short": return r.choice(["110", "120", "126", "1345", "1350", "1355", "129", "182"])
    return f"{k}-{r.randint(1000, 9999)}"

def nb_date(r, y0=2023, y1=2025):
    y = r.randint(y0, y1); m = r.randint(1, 12); d = r.randint(1, 28)
    return r.choice([f"{y}. {m}. {d}.", f"{y}년 {m}월 {d}일", f"{y}-{m:02d}-{d:02d}", f"{y}.{m:02d}.{d:02d}."])

def amount(r, lo=10000, hi=5000000):
    v = r.randint(lo // 1000, hi // 1000) * 1000
    return r.choice([f"{v:,}원", f"금{v:,}원", f"₩{v:,}", f"{v:,} 원"])

def docno(r, dept=None):
    dept = dept or r.choice(DEPTS)
    return f"{dept}-{r.randint(100, 29999)}"

# ----------------------------------------------------------------------------- writer helpers
def mk(d, foreign_p=0.0, lo=1942, hi=2003, kind=None, script=None):
    r = d.r
    P = {}
    if r.random() < foreign_p:
        P["name"], P["sub"], P["nat"] = fname(r, script); P["foreign"] = True
    else:
        P["name"], P["sub"] = kname(r, kind); P["nat"] = "KR"; P["foreign"] = False
    P["y"], P["m"], P["d"] = dob(r, lo, hi)
    P["female"] = r.random() < 0.5
    return P

def W_name(d, P, spaced_p=0.0):
    nm = P["name"]
    if spaced_p and d.r.random() < spaced_p and not P["foreign"] and len(nm) == 3:
        return d.p(" ".join(nm), "PERSON", P["sub"], ["spaced_name"])
    return d.p(nm, "PERSON", P["sub"])

def W_id(d, P, mask_p=0.0, mask=None):
    """the person's number is drawn once and reused; masked forms keep its first 8 characters"""
    r = d.r
    if "idv" not in P:
        if P["foreign"]:
            P["idv"], P["idsub"] = frn(r, P["y"], P["m"], P["d"], P["female"])
        else:
            P["idv"], P["idsub"] = rrn(r, P["y"], P["m"], P["d"], P["female"])
    if P["foreign"]:
        return d.p(P["idv"], "KR_FRN", P["idsub"])
    if r.random() < mask_p:
        ch = mask or r.choice(["*", "*", "●", "X", "x"])
        return d.p(P["idv"][:8] + ch * 6, "KR_RRN", "rrn_masked")
    return d.p(P["idv"], "KR_RRN", P["idsub"])

def W_dob(d, P, style=None):
    v, sub = fmt_dob(d.r, P["y"], P["m"], P["d"], style)
    return d.p(v, "DATE_OF_BIRTH", sub)

def W_addr(d, postal_p=0.3, paren_p=0.4, style=None):
    a, sub, postal, paren = address(d.r, style)
    if d.r.random() < postal_p:
        d.t(d.r.choice([f"({postal}) ", f"우 {postal} ", f"[{postal}] "]))
    d.p(a, "KR_ADDRESS", sub)
    if paren and d.r.random() < paren_p:
        d.t(" " + paren)
    return d

def W_mobile(d, style=None):
    v, sub = mobile(d.r, style); return d.p(v, "PHONE_NUMBER", sub)

def W_land(d, area=None, style=None):
    v, sub = landline(d.r, area, style); return d.p(v, "PHONE_NUMBER", sub)

def W_email(d, official=False):
    v, sub = email(d.r, official); return d.p(v, "EMAIL_ADDRESS", sub)

def W_acct(d, holder=None, bank_idx=None, style=None):
    bank, a, sub = account(d.r, bank_idx)
    style = style or d.r.choice(["a", "b", "c"])
    if style == "a":
        d.t(f"{bank} "); d.p(a, "KR_BANK_ACCOUNT", sub)
        if holder: d.t(" (예금주: "); W_name(d, holder); d.t(")")
    elif style == "b":
        d.t(f"은행명: {bank}, 계좌번호: "); d.p(a, "KR_BANK_ACCOUNT", sub)
        if holder: d.t(", 예금주: "); W_name(d, holder)
    else:
        if holder: W_name(d, holder); d.t(" / ")
        d.t(f"{bank} / "); d.p(a, "KR_BANK_ACCOUNT", sub)
    return d

def W_ip(d):
    v, sub = ipaddr(d.r); return d.p(v, "IP_ADDRESS", sub)

def W_card(d):
    v, sub = card(d.r); return d.p(v, "CREDIT_CARD", sub)

def W_plate(d):
    v, sub = plate(d.r); return d.p(v, "KR_VEHICLE_PLATE", sub)

def W_dl(d):
    v, sub = dl(d.r); return d.p(v, "KR_DRIVER_LICENSE", sub)

def W_pass(d, P=None, fresh=False):
    if P is not None and not fresh:
        if "pp" not in P:
            P["pp"] = foreign_passport(d.r, P["nat"]) if P["foreign"] else kor_passport(d.r)
        return d.p(P["pp"][0], "KR_PASSPORT", P["pp"][1])
    if P is not None and P["foreign"]:
        v, sub = foreign_passport(d.r, P["nat"])
    else:
        v, sub = kor_passport(d.r)
    return d.p(v, "KR_PASSPORT", sub)

def W_off(d, title=None, before=None):
    """official name with title before or after"""
    r = d.r
    P = mk(d)
    title = title or r.choice(OFF_TITLES)
    if before is None: before = r.random() < 0.5
    if before: d.t(title + " "); W_name(d, P)
    else: W_name(d, P); d.t(" " + title)
    return P

def inst_of(head):
    for a, b in (("구청장", "구청"), ("도지사", "도청"), ("시장", "시청")):
        if head.endswith(a): return head[:-len(a)] + b
    return head

def N_inst_line(d, label=None):
    r = d.r
    label = label or r.choice(["대표전화 ", "(대표) ", "대표번호 ", "콜센터 ", "민원콜센터 "])
    d.t(label); d.neg(switchboard(r), "institution_switchboard")
    return d

def N_inst_addr(d):
    d.neg(inst_address(d.r), "institution_address"); return d

def N_date(d): return d.neg(nb_date(d.r), "date_not_birth")
def N_period(d, y0=2023, y1=2025):
    r = d.r
    y = r.randint(y0, y1); m = r.randint(1, 12); dd = r.randint(1, 28)
    y2, m2 = (y + 1, m) if r.random() < 0.5 else (y + (m + 2 > 12), (m + 2 - 1) % 12 + 1)
    st = r.choice(["dot", "iso", "kor"])
    f = lambda a, b, c: {"dot": f"{a}. {b}. {c}.", "iso": f"{a}-{b:02d}-{c:02d}", "kor": f"{a}년 {b}월 {c}일"}[st]
    d.neg(f(y, m, dd), "date_not_birth"); d.t(" ~ "); d.neg(f(y2, m2, dd), "date_not_birth")
    return d

def N_amt(d, lo=10000, hi=5000000): return d.neg(amount(d.r, lo, hi), "amount")
def N_stat(d): return d.neg(d.r.choice(STATUTES), "statute_citation")
def N_doc(d, dept=None): return d.neg(docno(d.r, dept), "document_number")
def N_head(d, h=None): return d.neg(h or d.head, "official_title_only")

def N_masked_name(d):
    r = d.r
    s = r.choice(SUR_COMMON)
    v = r.choice([s + "○○", s + "**", s + "모 씨", s + " 모 씨", s + "○" + r.choice(GIV), "홍길동"])
    return d.neg(v, "masked_or_placeholder_person")

def N_case(d):
    r = d.r
    y = r.randint(2019, 2025)
    v = r.choice([f"{y}가단{r.randint(1000, 99999)}", f"{y}고단{r.randint(100, 9999)}", f"{y}구합{r.randint(100, 9999)}",
                  f"{y}나{r.randint(1000, 99999)}", f"{y}노{r.randint(100, 9999)}", f"{y}가소{r.randint(10000, 999999)}",
                  f"{y}고정{r.randint(100, 9999)}", f"{y}두{r.randint(1000, 99999)}"])
    return d.neg(v, "case_number")

def N_receipt(d):
    r = d.r
    v = r.choice([f"{r.randint(1, 9)}AA-{r.randint(2301, 2512)}-{r.randint(0, 9999999):07d}",
                  f"{r.randint(2023, 2025)}-{r.randint(1, 99):02d}-{r.randint(0, 999999):06d}",
                  f"제{r.randint(2023, 2025)}-{r.randint(1, 9999)}호", f"{r.randint(1100, 5099)}-{r.randint(2023, 2025)}-{r.randint(0, 999999):06d}"])
    return d.neg(v, "receipt_or_record_number")

def N_product(d):
    r = d.r
    v = r.choice([f"SM-{r.choice('SAGN')}{r.randint(100, 999)}N", f"모델 {r.choice(['KH', 'LG', 'DW'])}-{r.randint(1000, 9999)}{r.choice('ABC')}",
                  f"품목코드 {r.randint(10, 99)}-{r.randint(1000, 9999)}-{r.randint(10, 99)}", f"제품번호 P{r.randint(100000, 999999)}",
                  f"EDI {r.choice('ABCDEFGHJ')}{r.randint(1000, 9999)}", f"약품코드 {r.randint(600000000, 699999999)}"])
    return d.neg(v, "product_code")

def N_email_inst(d):
    r = d.r
    v = f"{r.choice(['minwon', 'help', 'info', 'welfare', 'press', 'traffic'])}@{r.choice(['hanbit', 'saesol', 'gaon', 'nuri'])}{r.choice(['-gu', 'si', ''])}.go.kr"
    return d.neg(v, "institution_email")

# ----------------------------------------------------------------------------- templates
G_MW, G_FINE, G_SUB, G_WEL = "민원 회신 공문", "과태료·행정처분 통지서", "보조금·수당 지급 결정", "복지 상담 일지"
G_SCH, G_MED, G_LEASE, G_HR = "가정통신문·학생 명렬표", "진료비 영수증·진단서", "임대차 계약서·위임장", "인사 발령·경력증명서"
G_JUD, G_MIN, G_PR, G_OCR = "판결문", "회의록", "보도자료", "OCR 스캔 문서·표"

def kyulmun(d, head=None, dept=None, names=True):
    """결문: 기관장, 결재란, 시행/접수, 주소, 전화/전송, 공개구분"""
    r = d.r
    dept = dept or r.choice(DEPTS)
    d.t("\n\n"); N_head(d, head); d.t("\n\n")
    no_names = (not names) or r.random() < 0.12
    if no_names:
        d.t("주무관 (서명)   팀장 (서명)   과장 전결\n")
    else:
        style = r.choice(["line", "line", "grid"])
        if style == "line":
            d.t("주무관 "); W_name(d, mk(d)); d.t("   팀장 "); W_name(d, mk(d)); d.t("   " + r.choice(["과장", "민원여권과장", "동장"]) + " ")
            W_name(d, mk(d)); d.t(" 전결 "); d.neg(f"{r.randint(3, 12)}/{r.randint(1, 28)}", "date_not_birth"); d.t("\n")
        else:
            d.t("기안자 | 검토자 | 결재권자\n주무관 "); W_name(d, mk(d)); d.t(" | 팀장 "); W_name(d, mk(d)); d.t(" | 과장 "); W_name(d, mk(d)); d.t(" 전결\n")
        if r.random() < 0.35:
            d.t("협조자 " + r.choice(DEPTS).replace("과", "") + "팀장 "); W_name(d, mk(d)); d.t("\n")
    d.t("시행 "); N_doc(d, dept); d.t(" ("); N_date(d); d.t(")   접수\n")
    d.t("우 " + f"{r.randint(1, 63999):05d} "); N_inst_addr(d); d.t(f" / https://www.{r.choice(['hanbit', 'gaon', 'nuri', 'saesol'])}.go.kr\n")
    if no_names:
        d.t("전화번호 "); d.neg(f"{r.choice(AREA)}-{r.randint(200, 999)}-{r.randint(1000, 9999)}", "institution_switchboard"); d.t(" (대표)  ")
        d.t("/ "); N_email_inst(d)
    else:
        d.t("전화번호 "); W_land(d, style="hyphen"); d.t("  전송 "); W_land(d, style="hyphen"); d.t(" / "); W_email(d, official=True)
    d.t(" / " + r.choice(["대국민 공개", "부분공개(6)", "비공개(6)", "공개"]))
    return d

def t_minwon_reply(i):
    d = Doc("minwon_reply", i, G_MW); r = d.r
    dept = r.choice(DEPTS)
    d.t(inst_of(d.head) + "\n\n수신  ")
    citizen = mk(d, foreign_p=0.12)
    nopii = r.random() < 0.06
    if nopii:
        d.t("민원인 귀하\n(경유)\n")
    else:
        W_name(d, citizen, spaced_p=0.05); d.t(r.choice([" 귀하", " 님", "  귀하"]))
        if r.random() < 0.7:
            d.t(" ("); W_addr(d, postal_p=0.6, paren_p=0.2); d.t(")")
        d.t("\n(경유)\n")
    topic = r.choice(["parking", "passport", "license", "road", "noise", "privacy", "welfare", "tax"])
    titles = {"parking": "불법 주정차 신고", "passport": "여권 재발급 지연", "license": "운전면허 행정처분 이의", "road": "보도블록 파손 정비",
              "noise": "공사장 소음", "privacy": "개인정보 열람·정정", "welfare": "기초연금 수급 문의", "tax": "자동차세 환급"}
    d.t(f"제목  민원({titles[topic]}) 처리 결과 회신\n\n")
    d.t("1. 평소 구정에 관심을 가져 주신 데 대하여 감사드립니다.\n2. 귀하께서 "); N_date(d)
    d.t(" 국민신문고(신청번호 "); N_receipt(d); d.t(")를 통하여 제출하신 민원에 대한 검토 결과를 다음과 같이 알려드립니다.\n")
    if nopii:
        d.t("  가. 신청하신 사항은 관계 부서 현장 확인 결과 조치가 완료되었습니다.\n  나. 관련 근거: "); N_stat(d); d.t("\n")
    elif topic == "parking":
        d.t("  가. 신고하신 차량("); W_plate(d); d.t(")에 대하여 현장 확인 후 과태료 "); N_amt(d, 40000, 80000)
        d.t("을 부과하였습니다.\n")
        if r.random() < 0.5:
            d.t("  나. 함께 신고하신 차량 "); W_plate(d); d.t(", "); W_plate(d); d.t("은 단속 시간 외 주차로 확인되어 계도 조치하였습니다.\n")
        else:
            d.t("  나. 근거: "); N_stat(d); d.t("\n")
    elif topic == "passport":
        d.t("  가. 민원인 "); W_name(d, citizen); d.t(josa(citizen["name"], "이/가") if not citizen["foreign"] else " 씨가")
        d.t(" 신청하신 여권(구 여권번호 "); W_pass(d, citizen, fresh=True); d.t(")은 ")
        N_date(d); d.t(" 발급이 완료되었으며, 신규 여권번호는 "); W_pass(d, citizen, fresh=True); d.t("입니다.\n")
        d.t("  나. 수령 시 신분증을 지참하시기 바랍니다.\n")
    elif topic == "license":
        d.t("  가. 귀하의 운전면허(면허번호 "); W_dl(d); d.t(")에 대한 정지 처분은 "); N_stat(d); d.t("에 따른 것으로 적법합니다.\n")
        d.t("  나. 이의가 있으신 경우 처분을 안 날부터 90일 이내에 행정심판을 청구할 수 있습니다.\n")
    elif topic == "privacy":
        d.t("  가. 정정 요청하신 주민등록번호("); W_id(d, citizen, mask_p=0.5); d.t(")의 기재 오류는 "); N_date(d)
        d.t("자로 정정되었습니다.\n  나. 생년월일도 "); W_dob(d, citizen); d.t("로 함께 정정되었습니다.\n")
        if r.random() < 0.6:
            d.t("  다. 열람 요청하신 접속기록: "); N_date(d); d.t(" 접속 IP "); W_ip(d); d.t(", 처리자 ID "); d.neg(f"u{r.randint(10000, 99999)}", "system_user_id")
            d.t(", 프로그램 버전 "); d.neg(f"10.0.{r.randint(17000, 22999)}.{r.randint(100, 4999)}", "version_number"); d.t("\n")
    elif topic == "welfare":
        d.t("  가. "); W_name(d, citizen); d.t(" 님(생년월일 "); W_dob(d, citizen); d.t(")의 기초연금은 소득인정액 산정 결과 월 ")
        N_amt(d, 100000, 340000); d.t("으로 결정되었으며, 지급 계좌는 "); W_acct(d, holder=citizen, style="a"); d.t("입니다.\n")
    elif topic == "tax":
        d.t("  가. 환급금 "); N_amt(d, 10000, 300000); d.t("은 신고하신 계좌("); W_acct(d, style="a"); d.t(")로 "); N_date(d); d.t(" 입금될 예정입니다.\n")
        if r.random() < 0.5:
            d.t("  나. 대상 차량: "); W_plate(d); d.t("\n")
    else:
        d.t("  가. 현장 점검 결과 시공사에 개선 명령을 하였으며, 추가 민원은 "); N_inst_line(d); d.t("로 문의하시기 바랍니다.\n")
    if not nopii and r.random() < 0.45:
        d.t("  ※ 회신 연락처: "); W_mobile(d)
        if r.random() < 0.6: d.t(", "); W_email(d)
        d.t("\n")
    d.t("3. 기타 궁금하신 사항은 " + dept + " ")
    if nopii:
        d.t("담당자(") ; d.neg(f"{r.choice(AREA)}-{r.randint(200, 999)}-{r.choice(['2114', '0114'])}", "institution_switchboard"); d.t(", 대표)에게 연락 주시면 친절히 안내해 드리겠습니다.  끝.")
        kyulmun(d, head=d.head, dept=dept, names=False)
        return d
    P = mk(d)
    if r.random() < 0.5:
        W_name(d, P); d.t(" 주무관(☎ "); W_land(d); d.t(")")
    else:
        d.t("주무관 "); W_name(d, P); d.t("(전화 "); W_land(d); d.t(", "); W_email(d, official=True); d.t(")")
    d.t("에게 연락 주시면 친절히 안내해 드리겠습니다.  끝.")
    kyulmun(d, head=d.head, dept=dept)
    return d

def t_fine_notice(i):
    d = Doc("fine_notice", i, G_FINE); r = d.r
    kind = r.choice(["parking", "parking", "license", "license", "inspection", "business", "speed"])
    P = mk(d, foreign_p=0.15)
    if kind in ("parking", "speed", "inspection"):
        ttl = {"parking": "주정차위반 과태료 부과 사전통지서", "speed": "과속 단속 과태료 부과 사전통지서", "inspection": "자동차 정기검사 지연 과태료 부과 고지서"}[kind]
        d.t(inst_of(d.head) + " " + ttl + "\n\n")
        company = kind == "inspection" and r.random() < 0.5
        d.t("고지번호 "); N_receipt(d); d.t("\n전자납부번호 "); d.neg(f"{r.randint(11000, 11999)}-{r.randint(1, 9)}-{r.randint(23, 25)}-{r.randint(1, 9)}-{r.randint(0, 9999999):07d}", "payment_number"); d.t("\n")
        d.t("차량번호: "); W_plate(d); d.t("\n")
        if company:
            d.t(f"소유자: (주){r.choice(ROAD_STEM)}물류  대표자 "); W_name(d, P); d.t("\n법인등록번호: "); d.p(*crn(r)[:1], "KR_CRN", "crn_valid"); d.t("\n")
            d.t("사업자등록번호: "); d.p(brn(r)[0], "KR_BRN", "brn_valid"); d.t("\n")
        else:
            d.t("소유자(납부자): "); W_name(d, P, spaced_p=0.05); d.t("\n")
            if r.random() < 0.6:
                d.t("생년월일: "); W_dob(d, P); d.t("\n")
            else:
                d.t("주민(법인)등록번호: " if not P["foreign"] else "외국인등록번호: "); W_id(d, P, mask_p=0.6); d.t("\n")
        d.t("주소: "); W_addr(d, postal_p=0.4, paren_p=0.4); d.t("\n")
        d.t("위반일시: "); N_date(d); d.t(f" {r.randint(7, 22):02d}:{r.randint(0, 59):02d}\n")
        d.t("위반장소: " + r.choice(["망원역 2번 출구 앞 도로", "중앙시장 입구 교차로", "○○초등학교 어린이보호구역", "시청 앞 버스정류장 부근", "해안도로 3km 지점"]) + "\n")
        d.t("위반내용: " + r.choice(["어린이보호구역 내 주정차", "버스정류소 10m 이내 정차", "제한속도 20km/h 초과", "정기검사 기간 경과 31일"]) + "\n")
        d.t("근거법령: "); N_stat(d); d.t("\n과태료 금액: "); N_amt(d, 40000, 600000); d.t(" (사전납부 시 20% 감경: "); N_amt(d, 32000, 480000); d.t(")\n")
        d.t("납부기한: "); N_date(d); d.t("\n")
        d.t(f"가상계좌: {r.choice(['농협', '국민은행', '우리은행'])} "); d.neg(f"{r.randint(790, 799)}{r.randint(10000000, 99999999)}{r.randint(100, 999)}", "institution_account"); d.t(f" (예금주: {inst_of(d.head)})\n")
        if r.random() < 0.55:
            d.t("신용카드 자동납부 신청 카드번호: "); W_card(d); d.t(" (유효기간 " + f"{r.randint(1, 12):02d}/{r.randint(26, 30)}" + ")\n")
        d.t("의견진술: 기한 내 의견서를 제출할 수 있습니다. 문의 " + r.choice(DEPTS) + " ")
        W_off(d, "주무관", before=False); d.t(" "); W_land(d); d.t(", 안내 "); N_inst_line(d, ""); d.t("\n")
        if r.random() < 0.3:
            d.t("※ 차량 양도 시 양수인 "); W_name(d, mk(d)); d.t(josa("가", "의/의") + " 연락처 "); W_mobile(d); d.t("를 기재하여 주십시오.\n")
    elif kind == "license":
        d.t(r.choice(["서울마포경찰서장", "수원남부경찰서장", "해운대경찰서장", "유성경찰서장", "청주흥덕경찰서장"]))
        d.t("\n\n운전면허 " + r.choice(["정지", "취소"]) + " 결정 통지서\n\n")
        d.t("문서번호 "); d.neg(f"교통과-{r.randint(1000, 9999)}", "document_number"); d.t("\n")
        d.t("성    명: "); W_name(d, P); d.t("\n")
        d.t("주민등록번호: " if not P["foreign"] else "외국인등록번호: "); W_id(d, P, mask_p=0.3); d.t("\n")
        if P["foreign"] and r.random() < 0.6:
            d.t("여권번호: "); W_pass(d, P); d.t("\n")
        d.t("면허번호: "); W_dl(d); d.t(f"  (면허종별: {r.choice(['1종 보통', '2종 보통', '1종 대형', '2종 소형'])})\n")
        d.t("주    소: "); W_addr(d, postal_p=0.2); d.t("\n")
        d.t("처분사유: 혈중알코올농도 0.0" + str(r.randint(30, 79)) + "% 상태 운전 (적발일 "); N_date(d); d.t(")\n")
        if r.random() < 0.7:
            d.t("적발차량: "); W_plate(d); d.t("\n")
        d.t("처분내용: 면허정지 " + str(r.choice([40, 60, 100])) + "일 (벌점 " + str(r.choice([40, 60, 100])) + "점)\n처분기간: "); N_date(d); d.t(" ~ "); N_date(d); d.t("\n")
        d.t("근거: "); N_stat(d); d.t("\n")
        d.t("담당: 교통관리계 경위 "); W_name(d, mk(d)); d.t(" ("); W_land(d); d.t(")\n")
    else:
        d.t(d.head + "\n\n행정처분(영업정지) 사전통지서\n\n")
        d.t(f"업소명: {r.choice(ROAD_STEM)}{r.choice(['식당', '분식', '마트', '카페', '정육점'])}\n영업자 성명: "); W_name(d, P); d.t("\n")
        d.t("생년월일: "); W_dob(d, P); d.t("\n사업자등록번호: "); d.p(brn(r)[0], "KR_BRN", "brn_valid"); d.t("\n")
        d.t("영업소 소재지: "); W_addr(d, postal_p=0.2, style=r.choice(["road_full", "sgg_start"])); d.t("\n")
        d.t("영업자 연락처: "); W_mobile(d); d.t(" / 업소 "); W_land(d); d.t("\n")
        d.t("위반사항: 유통기한 경과 제품 보관 ("); N_product(d); d.t(")\n처분내용: 영업정지 15일\n근거: "); N_stat(d); d.t("\n")
        d.t("의견제출기한: "); N_date(d); d.t("\n문의: " + r.choice(DEPTS) + " "); W_off(d, r.choice(["주무관", "식품위생감시원"]), before=False)
        d.t(" ("); W_land(d); d.t(")\n")
    d.t("\n"); N_head(d); d.t(" (직인생략)")
    return d

def t_subsidy(i):
    d = Doc("subsidy", i, G_SUB); r = d.r
    prog = r.choice(["아동수당", "긴급복지 생계지원", "청년월세 한시 특별지원", "공익직불금", "출산지원금", "에너지바우처", "장애인 보조기기 지원금", "소상공인 재기지원금"])
    multi = r.random() < 0.3
    d.t(d.head + "\n\n" + prog + " 지급 결정 통지서\n\n")
    d.t("문서번호 "); N_doc(d); d.t("   결정일 "); N_date(d); d.t("\n\n")
    if multi:
        d.t("1. 지급 결정 내역\n연번 | 성명 | 생년월일 | 은행 | 계좌번호 | 지급액\n")
        for k in range(r.randint(3, 6)):
            P = mk(d, foreign_p=0.12)
            bank, a, sub = account(r)
            d.t(f"{k + 1} | "); W_name(d, P); d.t(" | "); W_dob(d, P, r.choice(["iso", "dot0", "six"])); d.t(f" | {bank} | ")
            d.p(a, "KR_BANK_ACCOUNT", sub); d.t(" | "); N_amt(d, 100000, 3000000); d.t("\n")
        d.t("\n2. 근거: "); N_stat(d); d.t("\n3. 지급일: "); N_date(d); d.t("\n")
    else:
        P = mk(d, foreign_p=0.2)
        d.t("1. 신청인\n  성명: "); W_name(d, P); d.t("\n  ")
        d.t("주민등록번호: " if not P["foreign"] else "외국인등록번호: "); W_id(d, P, mask_p=0.25); d.t("\n")
        if P["foreign"]:
            d.t("  국적: " + NAT_KO[P["nat"]] + "  여권번호: "); W_pass(d, P); d.t("\n")
        d.t("  주소: "); W_addr(d, postal_p=0.3); d.t("\n  연락처: "); W_mobile(d)
        if r.random() < 0.5: d.t("  전자우편: "); W_email(d)
        d.t("\n")
        if prog == "아동수당" or prog == "출산지원금":
            C = mk(d, lo=2018, hi=2024, kind="common"); C["foreign"] = False
            d.t("  대상 아동: "); W_name(d, C); d.t(" ("); W_dob(d, C); d.t("생, "); W_id(d, C, mask_p=0.3); d.t(")\n")
        d.t("2. 결정 내용: 지급 (월 "); N_amt(d, 100000, 700000); d.t(")\n3. 지급 방법: ")
        if prog in ("에너지바우처", "소상공인 재기지원금") or r.random() < 0.2:
            d.t("국민행복카드 등 바우처 카드("); W_card(d); d.t(")에 포인트로 지급\n")
        else:
            d.t("신청인 명의 계좌 입금 — "); holder = P if r.random() < 0.7 else mk(d)
            W_acct(d, holder=holder); d.t("\n")
            if holder is not P:
                d.t("   ※ 예금주가 신청인과 다른 경우 위임장을 첨부함 (대리인 연락처 "); W_mobile(d); d.t(")\n")
        if prog == "소상공인 재기지원금":
            d.t("  사업자등록번호: "); d.p(brn(r)[0], "KR_BRN", "brn_valid"); d.t("\n")
        d.t("4. 근거: "); N_stat(d); d.t("\n")
    d.t("5. 이의신청: 결정을 안 날부터 90일 이내. 문의 " + r.choice(DEPTS) + " ")
    W_off(d, before=False); d.t("("); W_land(d); d.t(") 또는 "); N_inst_line(d, "보건복지상담센터 "); d.t("\n\n"); N_head(d)
    return d

def t_welfare_log(i):
    d = Doc("welfare_log", i, G_WEL); r = d.r
    d.t(r.choice(["희망복지지원단", "맞춤형복지팀", "통합사례관리"]) + " 상담 일지\n\n")
    d.t("상담일시: "); N_date(d); d.t(f" {r.randint(9, 17)}:{r.choice(['00', '30'])}   상담방법: " + r.choice(["가정방문", "내방", "전화"]) + "\n")
    d.t("상담자: " + r.choice(["사회복지주무관", "통합사례관리사", "복지팀장"]) + " "); W_name(d, mk(d)); d.t("\n\n")
    H = mk(d, lo=1950, hi=1990)
    d.t("■ 대상자\n성명: "); W_name(d, H); d.t(f" ({'여' if H['female'] else '남'})\n주민등록번호: "); W_id(d, H, mask_p=0.3)
    d.t("\n연락처: "); W_mobile(d); d.t("\n주소: "); W_addr(d, postal_p=0.15, paren_p=0.5); d.t("\n")
    if r.random() < 0.45:
        d.t("건강보험증 번호: "); d.p(health_ins(r)[0], "KR_HEALTH_INSURANCE", "hi_11digit"); d.t("\n")
    d.t("\n■ 가구원 현황\n관계 | 성명 | 생년월일 | 주민(외국인)등록번호 | 비고\n")
    members = []
    sp = mk(d, foreign_p=0.45, lo=1960, hi=1995)
    members.append(("배우자", sp))
    for _ in range(r.randint(1, 3)):
        K = mk(d, lo=2004, hi=2024, kind=r.choice(["common", "common", "word_name", "single_given"]))
        if K["sub"] == "ko_common" and H["sub"] in ("ko_common", "ko_rare_surname", "ko_single_given"):
            K["name"] = H["name"][0] + K["name"][1:]
        members.append(("자녀", K))
    if r.random() < 0.35: members.append(("모", mk(d, lo=1935, hi=1955)))
    for rel, M in members:
        if rel == "자녀": M["foreign"] = False
        d.t(rel + " | "); W_name(d, M); d.t(" | "); W_dob(d, M, r.choice(["dot_space", "iso", "dot0"])); d.t(" | "); W_id(d, M, mask_p=0.25)
        note = ""
        if M["foreign"]:
            d.t(" | " + NAT_KO[M["nat"]] + ", 여권 "); W_pass(d, M); d.t("\n")
        elif rel == "자녀" and M["y"] >= 2012:
            d.t(" | " + r.choice(["초등학교 재학", "어린이집", "중학교 재학", "가정보육"]) + "\n")
        else:
            d.t(" | " + r.choice(["장애 3급", "만성질환", "구직 중", "-"]) + "\n")
    d.t("\n■ 상담 내용\n")
    hn = H["name"]
    d.t("대상자 "); W_name(d, H); d.t(josa(hn, "은/는") + " " + r.choice(["실직 후 월세가 3개월 체납된 상태로", "배우자 입원으로 소득이 끊겨", "사업 실패로 채무가 있어"]) + " 긴급지원을 요청함. ")
    spn = sp["name"]
    if sp["foreign"]:
        d.t("배우자 "); W_name(d, sp); d.t(" 씨는 " + NAT_KO[sp["nat"]] + " 출신 결혼이민자로 외국인등록번호 "); W_id(d, sp); d.t("를 확인하였고, 체류기간 연장이 필요함. ")
    else:
        d.t("배우자 "); W_name(d, sp)
        if r.random() < 0.5:
            d.t(" 씨는 식당 일을 하다 허리를 다쳐 쉬고 있음. ")
        else:
            d.t(" 씨와 통화함(연락처 "); W_mobile(d); d.t("). ")
    kid = [M for rel, M in members if rel == "자녀"][0]
    d.t("자녀 "); W_name(d, kid); d.t(josa(kid["name"], "은/는") + " 학교 상담교사 "); W_name(d, mk(d)); d.t(" 선생님과 연계함.\n")
    if r.random() < 0.55:
        d.t("재산 조사: 차량 "); W_plate(d); d.t(f" ({r.randint(2008, 2020)}년식, 시가 "); N_amt(d, 1000000, 9000000); d.t("), 예금 ")
        bank, a, sub = account(r); d.t(bank + " "); d.p(a, "KR_BANK_ACCOUNT", sub); d.t(" 잔액 "); N_amt(d, 0, 900000); d.t("\n")
    if r.random() < 0.3:
        d.t("체납 카드: "); W_card(d); d.t(" (연체 "); N_amt(d, 100000, 3000000); d.t(")\n")
    d.t("\n■ 조치 계획\n- 긴급복지 생계지원 신청 ("); N_stat(d); d.t(")\n- 지역자활센터 연계 ("); N_inst_line(d, "대표 "); d.t(")\n")
    d.t("- 다음 방문 예정일: "); N_date(d); d.t("\n")
    return d

def t_school(i):
    d = Doc("school", i, G_SCH); r = d.r
    school = r.choice(ROAD_STEM) + r.choice(["초등학교", "중학교", "고등학교", "유치원"])
    kind = r.choice(["letter", "letter", "roster", "roster", "trip", "letter_nopii"])
    if kind.startswith("letter"):
        d.t("가 정 통 신 문\n" + school + "  " + r.choice(["교무행정실", "보건실", "행정실", "교육복지실"]) + "   발행일 "); N_date(d); d.t("\n\n")
        topic = r.choice(["현장체험학습 안내", "방과후학교 수강료 납부 안내", "학교 급식 알레르기 조사", "교육급여 신청 안내", "독감 예방접종 안내"])
        d.t("제목: " + topic + "\n\n학부모님, 안녕하십니까? 가정에 건강과 행복이 가득하시길 바랍니다.\n")
        d.t("1. 일시: "); N_date(d); d.t("\n2. 비용: 1인당 "); N_amt(d, 5000, 300000); d.t(f" (스쿨뱅킹 출금, 관련 규정: ")
        N_stat(d); d.t(")\n3. 문의: ")
        if kind == "letter_nopii":
            d.t("학교 교무실 "); N_inst_line(d, "(대표) "); d.t(", 학교 홈페이지 공지사항\n\n"); d.neg(school + "장", "official_title_only")
            d.t("\n\n---------- 절 취 선 ----------\n참가 동의서\n학년 반 번 학생 성명: __________  보호자 성명: __________ (서명)\n보호자 연락처: ___-____-____\n")
            return d
        T = mk(d)
        d.t(r.choice(["담임교사", "보건교사", "교육복지사", "행정실장"]) + " "); W_name(d, T); d.t(" ("); W_land(d); d.t(r.choice([", ", " / "])); W_email(d, official=r.random() < 0.5)
        d.t(")\n\n"); d.neg(school + "장", "official_title_only")
        if r.random() < 0.5:
            d.t(" "); W_name(d, mk(d)); d.t(" (직인생략)")
        d.t("\n\n---------- 절 취 선 ----------\n참가 동의서\n")
        S = mk(d, lo=2012, hi=2017, kind=r.choice(["common", "common", "word_name", "rare_surname", "two_syll_surname"]))
        G = mk(d, foreign_p=0.15)
        d.t(f"{min(6, max(1, 2025 - S['y'] - 7))}학년 {r.randint(1, 9)}반 {r.randint(1, 30)}번  학생 성명: "); W_name(d, S); d.t("\n보호자 성명: "); W_name(d, G)
        d.t(" (서명)  관계: " + r.choice(["부", "모", "조모"]) + "\n보호자 연락처: "); W_mobile(d); d.t("\n")
        if r.random() < 0.4:
            d.t("학생 생년월일: "); W_dob(d, S); d.t("\n")
        if "급여" in topic and r.random() < 0.8:
            d.t("급여 입금 계좌: "); W_acct(d, holder=G); d.t("\n")
        if r.random() < 0.3:
            d.t("비상 연락 전자우편: "); W_email(d); d.t("\n")
        return d
    if kind == "roster":
        yr = r.randint(2024, 2025)
        off = {"초": 6, "중": 12, "고": 15, "유": 0}[[c for c in "초중고유" if c in school][0]]
        grade = r.randint(1, 6 if off == 6 else 3) if off else r.randint(5, 7)
        by = yr - off - grade if off else yr - grade
        d.t(f"{yr}학년도 {school} " + (f"{grade}학년 {r.randint(1, 9)}반" if off else f"만{grade}세 {r.choice(['햇살', '새싹', '별님'])}반") + " 학생 명렬표\n담임: ")
        W_name(d, mk(d)); d.t(" 교사 (교무실 "); N_inst_line(d, ""); d.t(")\n\n")
        cols = r.choice([["번호", "성명", "생년월일", "보호자", "보호자 연락처"], ["번호", "성명", "성별", "생년월일", "주소", "비상연락처"],
                         ["번호", "성명", "생년월일", "보호자", "연락처", "전자우편"]])
        sep = r.choice([" | ", "\t", " │ "])
        d.t(sep.join(cols) + "\n")
        for k in range(r.randint(5, 9)):
            S = mk(d, lo=by, hi=by, kind=r.choice(["common", "common", "common", "word_name", "single_given", "rare_surname", "two_syll_surname"]))
            if r.random() < 0.08:
                S["name"], S["sub"], S["nat"] = fname(r, "hangul"); S["foreign"] = True
            d.t(str(k + 1))
            for c in cols[1:]:
                d.t(sep)
                if c == "성명": W_name(d, S)
                elif c == "성별": d.t("여" if S["female"] else "남")
                elif c == "생년월일": W_dob(d, S, r.choice(["iso", "dot0", "six", "dot_space"]))
                elif c == "보호자": W_name(d, mk(d, foreign_p=0.08))
                elif c == "주소": W_addr(d, postal_p=0, paren_p=0, style=r.choice(["sgg_start", "road_short"]))
                elif c == "전자우편": W_email(d)
                else: W_mobile(d, "hyphen")
            d.t("\n")
        d.t("\n※ 본 명렬표는 학급 비상연락 목적 외 사용을 금합니다. ("); N_stat(d); d.t(")")
        return d
    # trip report form filled
    d.t("교외체험학습 신청서\n\n" + school + "장 귀하\n\n")
    S = mk(d, lo=2008, hi=2019); G = mk(d, foreign_p=0.1)
    d.t("학생: "); W_name(d, S); d.t(f" ({r.randint(1, 6)}학년 {r.randint(1, 9)}반)\n기간: "); N_date(d); d.t(" ~ "); N_date(d); d.t("\n")
    d.t("목적지: " + r.choice(["제주도 가족여행", "일본 오사카(해외)", "베트남 다낭(해외)", "외가 방문(전남 순천)"]) + "\n")
    if "해외" in d.buf[-1]:
        d.t("여권번호(학생): "); W_pass(d); d.t("\n")
    d.t("인솔 보호자: "); W_name(d, G); d.t(" (" + r.choice(["부", "모"]) + ")  연락처: "); W_mobile(d); d.t("\n")
    d.t("신청일: "); N_date(d); d.t("   보호자 "); W_name(d, G); d.t(" (서명)\n담임 확인: "); W_name(d, mk(d)); d.t(" (인)")
    return d

def t_medical(i):
    d = Doc("medical", i, G_MED); r = d.r
    P = mk(d, foreign_p=0.2, lo=1940, hi=2015)
    private = r.random() < 0.7
    hosp = r.choice(ROAD_STEM) + r.choice(["내과의원", "정형외과의원", "소아청소년과의원", "한의원", "병원", "치과의원"]) if private else r.choice(["시립", "도립", "국립"]) + r.choice(ROAD_STEM) + "병원"
    kind = r.choice(["receipt", "receipt", "diagnosis"])
    if kind == "receipt":
        d.t("[별지 제1호서식] 진료비 계산서·영수증\n\n환자등록번호 "); d.neg(f"{r.randint(10000000, 99999999)}", "receipt_or_record_number")
        d.t("   환자 성명 "); W_name(d, P); d.t("\n진료기간 "); N_period(d); d.t("   야간(공휴일)진료 □\n")
        if r.random() < 0.6:
            d.t("주민등록번호 " if not P["foreign"] else "외국인등록번호 "); W_id(d, P, mask_p=0.5); d.t("\n")
        if P["foreign"] and r.random() < 0.7:
            d.t("여권번호 "); W_pass(d, P); d.t("\n")
        if r.random() < 0.5:
            d.t("건강보험증번호 "); d.p(health_ins(r)[0], "KR_HEALTH_INSURANCE", "hi_11digit"); d.t("\n")
        d.t("항목 | 본인부담금 | 공단부담금 | 전액본인부담\n진찰료 | "); N_amt(d, 1000, 20000); d.t(" | "); N_amt(d, 5000, 40000); d.t(" | 0\n")
        d.t("검사료 | "); N_amt(d, 1000, 90000); d.t(" | "); N_amt(d, 1000, 90000); d.t(" | "); N_product(d); d.t("\n")
        d.t("환자부담 총액 "); N_amt(d, 3000, 500000); d.t("\n납부방법: ")
        pay = r.choice(["card", "card", "cash", "transfer"])
        if pay == "card":
            d.t("카드 "); W_card(d); d.t(f"  승인번호 {r.randint(10000000, 99999999)}  할부 일시불\n")
        elif pay == "transfer":
            d.t("계좌이체 (환불계좌 "); W_acct(d, holder=P, style="a"); d.t(")\n")
        else:
            d.t("현금 (현금영수증 "); W_mobile(d, "hyphen"); d.t(")\n")
        d.t("\n요양기관 명칭 " + hosp + "\n")
        if private:
            d.t("사업자등록번호 "); d.p(brn(r)[0], "KR_BRN", "brn_valid"); d.t("   대표자 "); W_name(d, mk(d)); d.t("\n사업장 소재지 "); W_addr(d, postal_p=0, style="road_full")
            d.t("\n전화번호 "); W_land(d); d.t("\n")
        else:
            d.t("고유번호 "); d.neg(f"{r.randint(101, 899)}-83-{r.randint(10000, 99999)}", "institution_id"); d.t("\n소재지 "); N_inst_addr(d)
            d.t("\n"); N_inst_line(d); d.t("\n")
        d.t("발행일 "); N_date(d)
    else:
        d.t("진 단 서\n\n병록번호 "); d.neg(f"{r.randint(100000, 999999)}", "receipt_or_record_number"); d.t("   연번호 "); d.neg(f"제{r.randint(2024, 2025)}-{r.randint(1, 9999):04d}호", "receipt_or_record_number")
        d.t("\n환자의 성명 "); W_name(d, P, spaced_p=0.05); d.t(f"   성별 {'여' if P['female'] else '남'}\n")
        d.t("주민등록번호 " if not P["foreign"] else "외국인등록번호 "); W_id(d, P, mask_p=0.3)
        d.t("\n생년월일 "); W_dob(d, P); d.t(f" (만 {2025 - P['y']}세)\n주소 "); W_addr(d, postal_p=0.1); d.t("\n전화번호 "); W_mobile(d); d.t("\n")
        dx = r.choice([("요추 염좌", "S33.5"), ("급성 위장염", "K52.9"), ("우측 발목 골절", "S82.6"), ("우울 에피소드", "F32.1"), ("폐렴", "J18.9")])
        d.t("병명 [임상적 추정] " + dx[0] + "  분류번호 " + dx[1] + "\n발병일 "); N_date(d); d.t("   진단일 "); N_date(d); d.t("\n")
        d.t("향후 치료 의견: " + str(r.randint(2, 12)) + "주간 안정 가료를 요함.\n용도: " + r.choice(["보험회사 제출용", "회사 제출용", "경찰서 제출용", "학교 제출용"]) + "\n\n")
        d.t("의료기관 " + hosp + "\n주소 ")
        if private: W_addr(d, postal_p=0, style="road_full")
        else: N_inst_addr(d)
        d.t("\n전화 ")
        if private: W_land(d)
        else: N_inst_line(d, "")
        d.t("\n면허번호 제" + str(r.randint(10000, 139999)) + "호   의사 성명 "); W_name(d, mk(d)); d.t(" (인)\n")
        d.t("발행일 "); N_date(d)
    return d

def t_lease_poa(i):
    d = Doc("lease_poa", i, G_LEASE); r = d.r
    if r.random() < 0.55:
        d.t("주택임대차 표준계약서\n\n임대인과 임차인 쌍방은 아래 표시 주택에 관하여 다음과 같이 계약을 체결한다.\n\n[임차주택의 표시]\n소재지 ")
        W_addr(d, postal_p=0, paren_p=0.5); d.t(f"\n토지 지목 대  면적 {r.randint(40, 300)}㎡   건물 구조 철근콘크리트  면적 {r.randint(20, 130)}.{r.randint(1, 99)}㎡\n\n")
        d.t("[계약내용] 보증금 "); N_amt(d, 5000000, 500000000); d.t("  차임 월 "); N_amt(d, 100000, 1500000); d.t("  계약금 "); N_amt(d, 1000000, 30000000)
        d.t("\n임대차기간: "); N_period(d); d.t("\n차임 입금계좌: ")
        L = mk(d, lo=1945, hi=1990); T = mk(d, foreign_p=0.3, lo=1970, hi=2003)
        W_acct(d, holder=L); d.t("\n특약사항: 임차인은 전입신고 후 확정일자를 받기로 함. 주차 1대(차량번호 ")
        if r.random() < 0.6: W_plate(d)
        else: d.t("미정")
        d.t(").\n\n본 계약을 증명하기 위하여 서명 또는 날인한다.  "); N_date(d); d.t("\n\n")
        corp_landlord = r.random() < 0.2
        if corp_landlord:
            d.t(f"임대인  상호 (주){r.choice(ROAD_STEM)}하우징  법인등록번호 "); d.p(crn(r)[0], "KR_CRN", "crn_valid"); d.t("  대표이사 "); W_name(d, L)
            d.t("\n        주소 "); W_addr(d, postal_p=0); d.t("  전화 "); W_land(d); d.t("\n")
        else:
            d.t("임대인  주소 "); W_addr(d, postal_p=0); d.t("\n        주민등록번호 "); W_id(d, L, mask_p=0.15); d.t("  전화 "); W_mobile(d); d.t("  성명 "); W_name(d, L); d.t(" (인)\n")
        d.t("임차인  주소 "); W_addr(d, postal_p=0); d.t("\n        " + ("주민등록번호 " if not T["foreign"] else "외국인등록번호 ")); W_id(d, T, mask_p=0.15)
        if T["foreign"]:
            d.t("  여권번호 "); W_pass(d, T)
        d.t("  전화 "); W_mobile(d); d.t("  성명 "); W_name(d, T); d.t(" (인)\n")
        d.t(f"개업공인중개사  사무소 명칭 {r.choice(ROAD_STEM)}공인중개사사무소  등록번호 "); d.neg(f"{r.randint(11000, 48999)}-{r.randint(2015, 2024)}-{r.randint(0, 99999):05d}", "receipt_or_record_number")
        d.t("\n        사업자등록번호 "); d.p(brn(r)[0], "KR_BRN", "brn_valid"); d.t("  대표 "); W_name(d, mk(d)); d.t("  전화 "); W_land(d)
        if r.random() < 0.5: d.t("  이메일 "); W_email(d)
        d.t("\n        사무소 소재지 "); W_addr(d, postal_p=0, style=r.choice(["road_full", "sgg_start"]))
        return d
    task = r.choice(["전입신고", "자동차 이전등록", "여권 수령", "주민등록표 등본 발급", "인감증명서 발급", "보조금 수령"])
    d.t("위 임 장\n\n")
    A = mk(d, foreign_p=0.2); B = mk(d, foreign_p=0.1)
    d.t("■ 위임하는 사람(위임인)\n성명: "); W_name(d, A); d.t("\n" + ("주민등록번호: " if not A["foreign"] else "외국인등록번호: ")); W_id(d, A, mask_p=0.1)
    d.t("\n주소: "); W_addr(d, postal_p=0.2); d.t("\n전화번호: "); W_mobile(d); d.t("\n\n")
    d.t("■ 위임받는 사람(수임인)\n성명: "); W_name(d, B); d.t("   위임인과의 관계: " + r.choice(["배우자", "자녀", "형제", "지인", "직원"]) + "\n")
    d.t(("주민등록번호: " if not B["foreign"] else "외국인등록번호: ")); W_id(d, B, mask_p=0.1); d.t("\n")
    idk = r.choice(["dl", "dl", "dl", "passport", "passport", "rrn"])
    if idk == "dl": d.t("신분증: 운전면허증 (면허번호 "); W_dl(d); d.t(")\n")
    elif idk == "passport": d.t("신분증: 여권 (여권번호 "); W_pass(d, B); d.t(")\n")
    else: d.t("신분증: 주민등록증 (발급일 "); N_date(d); d.t(")\n")
    d.t("전화번호: "); W_mobile(d); d.t("\n\n위임 내용: 위임인 "); W_name(d, A); d.t(josa(A["name"], "은/는") + f" 위 수임인에게 '{task}'에 관한 일체의 권한을 위임합니다.\n")
    if task == "자동차 이전등록":
        d.t("대상 차량: "); W_plate(d); d.t(f" ({r.choice(['쏘나타', '아반떼', '모닝', '카니발', '스포티지'])}, 차대번호 "); d.neg(f"KMH{r.choice('ABCDEFGH')}{r.randint(10000000000000, 99999999999999)}", "product_code"); d.t(")\n")
    if task == "보조금 수령":
        d.t("수령 계좌: "); W_acct(d, holder=B); d.t("\n")
    if task == "여권 수령":
        d.t("수령할 여권: "); W_pass(d, A); d.t("\n")
    d.t("\n"); N_date(d); d.t("\n위임인 "); W_name(d, A); d.t(" (서명 또는 인)\n\n"); N_head(d); d.t(" 귀하\n※ 위임장 양식 예시: 성명 ")
    d.neg("홍길동", "masked_or_placeholder_person"); d.t(", 주민등록번호 "); d.neg("000000-0000000", "masked_or_placeholder_person")
    return d

def t_hr(i):
    d = Doc("hr", i, G_HR); r = d.r
    kind = r.choice(["order", "order", "travel", "cert", "cert_private"])
    if kind == "order":
        d.t(d.head + "\n인사발령 통지\n\n발령번호 "); d.neg(f"제{r.randint(2024, 2025)}-{r.randint(10, 300)}호", "document_number"); d.t("   발령일자 "); N_date(d); d.t("\n\n")
        d.t("소속 | 직급 | 성명 | 발령사항\n")
        for _ in range(r.randint(3, 8)):
            d.t(r.choice(DEPTS) + " | " + r.choice(["지방행정주사", "지방행정주사보", "지방사회복지주사", "지방시설주사", "지방행정서기"]) + " | ")
            W_name(d, mk(d), spaced_p=0.04); d.t(" | " + r.choice(["승진 임용", "전보", "직무대리 명함", "휴직(육아)", "복직", "신규 임용(시보)"]) + "\n")
        d.t("\n위와 같이 발령합니다. 근거: "); N_stat(d); d.t("\n\n"); N_head(d)
        if r.random() < 0.5:
            d.t("\n\n담당: 총무과 인사팀 "); W_name(d, mk(d)); d.t(" 주무관("); W_land(d); d.t(")")
        return d
    if kind == "travel":
        d.t(r.choice(["행정안전부", "보건복지부", "국토교통부", r.choice(HEADS)]) + "\n공무국외출장 명령\n\n명령번호 "); N_doc(d, "운영지원과"); d.t("\n")
        d.t("출장국가: " + r.choice(["베트남(하노이)", "독일(베를린)", "일본(도쿄)", "미국(워싱턴 D.C.)"]) + "   출장기간: "); N_period(d); d.t("\n\n")
        d.t("소속 | 직급 | 성명 | 생년월일 | 여권번호 | 비고\n")
        for _ in range(r.randint(2, 5)):
            P = mk(d, lo=1965, hi=1998)
            d.t(r.choice(DEPTS) + " | " + r.choice(["서기관", "사무관", "주무관", "과장"]) + " | "); W_name(d, P); d.t(" | "); W_dob(d, P, r.choice(["dot0", "iso", "dot_space"]))
            d.t(" | "); d.p(kor_passport(r, r.choice("GGGMD"))[0], "KR_PASSPORT", "passport_kr_official"); d.t(" | " + r.choice(["단장", "단원", "통역"]) + "\n")
        d.t("\n여비: 항공료 "); N_amt(d, 500000, 3000000); d.t("  근거: "); N_stat(d); d.t("\n"); N_head(d, r.choice(["행정안전부장관", "보건복지부장관", "국토교통부장관"]))
        return d
    P = mk(d, lo=1960, hi=2000)
    d.t("경 력 증 명 서\n\n발급번호 "); N_receipt(d); d.t("\n성명: "); W_name(d, P); d.t("   생년월일: "); W_dob(d, P); d.t("\n")
    if r.random() < 0.5: d.t("주민등록번호: "); W_id(d, P, mask_p=0.6); d.t("\n")
    d.t("주소: "); W_addr(d, postal_p=0.1); d.t("\n")
    if kind == "cert":
        d.t("근무기관 | 근무기간 | 직급 | 담당업무\n")
        for _ in range(r.randint(2, 4)):
            d.t(r.choice(DEPTS) + " | "); N_date(d); d.t(" ~ "); N_date(d); d.t(" | " + r.choice(["지방행정주사보", "지방행정주사", "지방운전주사보"]) + " | " + r.choice(["민원", "인사", "차량 운행", "회계"]) + "\n")
        if r.random() < 0.6:
            d.t("운전직 자격: 1종 대형 운전면허 (면허번호 "); W_dl(d); d.t(")\n")
        d.t("용도: " + r.choice(["경력 채용 제출용", "은행 제출용", "호봉 재획정"]) + "\n위 사실을 증명합니다.  "); N_date(d); d.t("\n\n"); N_head(d)
        d.t("\n발급 담당자 "); W_name(d, mk(d)); d.t(" ("); W_land(d); d.t(")")
    else:
        d.t("근무기간: "); N_date(d); d.t(" ~ "); N_date(d); d.t("\n직위: " + r.choice(["대리", "과장", "사원", "팀장"]) + "   업무: " + r.choice(["물류 배송", "경리", "영업", "설계"]) + "\n")
        if r.random() < 0.5:
            d.t("업무용 차량: "); W_plate(d); d.t("\n")
        d.t("위 사실을 증명합니다.  "); N_date(d); d.t(f"\n\n회사명: (주){r.choice(ROAD_STEM)}{r.choice(['테크', '물산', '건설', '푸드'])}\n사업자등록번호: "); d.p(brn(r)[0], "KR_BRN", "brn_valid")
        if r.random() < 0.5: d.t("\n법인등록번호: "); d.p(crn(r)[0], "KR_CRN", "crn_valid")
        d.t("\n소재지: "); W_addr(d, postal_p=0.3, style="road_full"); d.t("\n대표이사: "); W_name(d, mk(d)); d.t(" (직인)\n전화: "); W_land(d)
        if r.random() < 0.5: d.t("  인사담당 "); W_email(d)
    return d

def t_judgment(i):
    d = Doc("judgment", i, G_JUD); r = d.r
    court = r.choice(["서울중앙지방법원", "수원지방법원", "부산지방법원 동부지원", "대전지방법원", "청주지방법원", "광주지방법원 순천지원", "서울행정법원"])
    anon = r.random() < 0.15
    kind = r.choice(["civil", "criminal_dui", "criminal_fraud", "criminal_dui", "civil"])
    d.t(court + "\n판        결\n\n사        건   "); N_case(d)
    if kind == "civil":
        d.t(" 손해배상(" + r.choice(["자", "기"]) + ")\n원        고   ")
        A = mk(d, foreign_p=0.12)
        if anon: d.neg(r.choice(["A", "갑", "원고 1"]), "masked_or_placeholder_person"); d.t("\n")
        else:
            W_name(d, A); d.t("\n               "); W_addr(d, postal_p=0, paren_p=0.5); d.t("\n")
        d.t("               소송대리인 변호사 "); W_name(d, mk(d)); d.t("\n피        고   ")
        corp = r.random() < 0.5
        if corp:
            d.t(f"{r.choice(ROAD_STEM)}화재해상보험 주식회사\n               "); W_addr(d, postal_p=0, style="road_full"); d.t("\n               대표이사 "); W_name(d, mk(d))
            if r.random() < 0.5: d.t("\n               법인등록번호 "); d.p(crn(r)[0], "KR_CRN", "crn_valid")
            d.t("\n               소송대리인 법무법인 " + r.choice(["한결", "새솔", "다온", "누리"]) + " 담당변호사 "); W_name(d, mk(d)); d.t(", "); W_name(d, mk(d)); d.t("\n")
        else:
            B = mk(d)
            if anon: d.neg(r.choice(["B", "을", "피고 1"]), "masked_or_placeholder_person"); d.t("\n")
            else: W_name(d, B); d.t("\n               "); W_addr(d, postal_p=0); d.t("\n")
        d.t("변 론 종 결   "); N_date(d); d.t("\n판 결 선 고   "); N_date(d); d.t("\n\n주        문\n1. 피고는 원고에게 "); N_amt(d, 1000000, 90000000)
        d.t(" 및 이에 대하여 "); N_date(d); d.t("부터 다 갚는 날까지 연 12%의 비율로 계산한 돈을 지급하라.\n2. 소송비용은 피고가 부담한다.\n\n이        유\n1. 기초사실\n가. 원고는 ")
        N_date(d); d.t(" "); 
        if anon: d.t("원고 차량을")
        else: W_plate(d); d.t(" 차량(이하 '원고 차량')을")
        d.t(" 운전하여 교차로를 통과하던 중 ")
        if anon: d.t("소외 C가 운전하던 차량과 충돌하였다.\n")
        else:
            C = mk(d); d.t("소외 "); W_name(d, C); d.t(josa(C["name"], "이/가") + " 운전하던 "); W_plate(d); d.t(" 차량과 충돌하였다.\n")
        d.t("나. 관련 법리: "); N_stat(d); d.t("\n")
    else:
        dui = kind == "criminal_dui"
        d.t(" " + ("도로교통법위반(음주운전)" if dui else "사기, 전자금융거래법위반") + "\n피   고   인   ")
        A = mk(d, foreign_p=0.2, lo=1960, hi=2003)
        if anon:
            d.neg(r.choice(["A", "김○○", "피고인 1"]), "masked_or_placeholder_person"); d.t(" (" + r.choice(["80년생", "회사원", "무직"]) + ")\n")
        else:
            W_name(d, A, spaced_p=0.04); d.t(" (")
            if r.random() < 0.5: W_id(d, A, mask_p=0.4)
            else: W_dob(d, A, "dot_space"); d.t("생")
            d.t("), " + r.choice(["회사원", "무직", "자영업", "일용직"]) + "\n               주거 "); W_addr(d, postal_p=0, paren_p=0.3)
            if not A["foreign"] and r.random() < 0.5:
                d.t("\n               등록기준지 "); W_addr(d, postal_p=0, paren_p=0, style=r.choice(["jibun", "road_full"]))
            if A["foreign"]:
                d.t("\n               국적 " + NAT_KO[A["nat"]] + ", 여권번호 "); W_pass(d, A)
            d.t("\n")
        d.t("검        사   "); W_name(d, mk(d)); d.t("(기소), "); W_name(d, mk(d)); d.t("(공판)\n변   호   인   " + r.choice(["변호사 ", "법무법인 가온 담당변호사 ", "국선변호인 변호사 "])); W_name(d, mk(d))
        d.t("\n판 결 선 고   "); N_date(d); d.t("\n\n주        문\n피고인을 징역 " + str(r.randint(6, 24)) + "월에 처한다. 다만, 이 판결 확정일부터 2년간 위 형의 집행을 유예한다.\n\n이        유\n범 죄 사 실\n")
        if dui:
            d.t("피고인은 "); N_date(d); d.t(f" {r.randint(0, 23):02d}:{r.randint(0, 59):02d}경 혈중알코올농도 0.{r.randint(80, 199)}%의 술에 취한 상태로 ")
            if anon: d.t("승용차를")
            else: W_plate(d); d.t(" " + r.choice(["쏘나타", "그랜저", "봉고3 화물차", "K5"]) + " 승용차를")
            d.t(" 약 " + str(r.randint(2, 15)) + "km 구간에서 운전하였다.")
            if not anon and r.random() < 0.9:
                d.t(" 피고인은 "); N_date(d); d.t(" 운전면허(면허번호 "); W_dl(d); d.t(")가 취소된 상태였다.")
            d.t("\n")
        else:
            V = mk(d)
            d.t("피고인은 성명불상의 보이스피싱 조직원과 공모하여 "); N_date(d); d.t("경 피해자 ")
            if anon: d.neg("B", "masked_or_placeholder_person"); d.t("에게 전화하여 ")
            else: W_name(d, V); d.t("(" + str(r.randint(25, 85)) + "세)에게 "); W_mobile(d); d.t("로 전화하여 ")
            d.t("검찰 수사관을 사칭하고, 피해자로 하여금 "); N_amt(d, 3000000, 90000000); d.t("을 피고인 명의 ")
            if anon: d.t("계좌로 송금하게 하였다.\n")
            else:
                bank, a, sub = account(r); d.t(bank + " 계좌(" ); d.p(a, "KR_BANK_ACCOUNT", sub); d.t(")로 송금하게 하였다. ")
                d.t("또한 피고인은 피해자 명의 신용카드("); W_card(d); d.t(") 정보를 이용하여 "); N_amt(d, 100000, 5000000); d.t("을 결제하였고, 당시 접속 IP는 ")
                W_ip(d); d.t("였다.\n")
        d.t("법령의 적용: "); N_stat(d); d.t("\n")
    d.t("\n판사 "); W_name(d, mk(d), spaced_p=0.1)
    return d

def t_minutes(i):
    d = Doc("minutes", i, G_MIN); r = d.r
    com = r.choice(["주차환경개선 주민협의회", "지방보조금심의위원회", "도시계획위원회", "교통안전 주민설명회", "학교운영위원회", "생활보장위원회"])
    d.t(f"{com} 제{r.randint(1, 12)}차 회의록\n\n일시: "); N_date(d); d.t(f" {r.randint(10, 19)}:00\n장소: " + r.choice(["구청 3층 소회의실", "주민센터 2층 다목적실", "학교 회의실", "시청 별관 대회의실"]) + "\n")
    members, used = [], set()
    while len(members) < 3 + (r.randint(0, 3) if not members else 0) and len(members) < 6:
        M = mk(d, kind=r.choice(["common", "common", "rare_surname", "two_syll_surname", "single_given", "word_name"]))
        if M["name"] not in used:
            used.add(M["name"]); members.append(M)
    d.t("참석위원: 위원장 "); W_name(d, members[0])
    for M in members[1:]: d.t(", "); W_name(d, M)
    d.t(" (총 " + str(len(members)) + "명)\n")
    if r.random() < 0.5:
        ab = mk(d); d.t("불참: "); W_name(d, ab); d.t(" 위원(개인 사정)\n")
    staff = mk(d)
    d.t("배석: " + r.choice(DEPTS) + "장, 간사 "); W_name(d, staff); d.t(" 주무관\n")
    cit = [mk(d, foreign_p=0.15) for _ in range(r.randint(1, 3))]
    d.t("방청: 주민 "); W_name(d, cit[0]); d.t(" 외 " + str(r.randint(2, 12)) + "명\n\n안건: 제" + str(r.randint(1, 40)) + "호 안건 "
        + r.choice(["거주자우선주차구역 조정", "민간단체 보조금 교부", "어린이보호구역 확대", "급식 업체 선정"]) + " ("); N_doc(d); d.t(")\n\n회의 내용\n")
    m0 = members[0]["name"]
    d.t("○ 위원장("); W_name(d, members[0]); d.t("): 성원이 되었으므로 회의를 개의하겠습니다. 간사는 경과를 보고해 주십시오.\n")
    d.t("○ 간사("); W_name(d, staff); d.t(" 주무관): 관련 근거는 "); N_stat(d); d.t("이며, 예산은 "); N_amt(d, 1000000, 90000000); d.t("입니다.\n")
    for M in members[1:3]:
        d.t("○ "); W_name(d, M); d.t(" 위원: " + r.choice(["민원이 계속되는 구역부터 우선 검토해야 합니다.", "보조금 정산이 미흡했던 단체는 제외해야 합니다.", "현장 실사를 한 번 더 하면 좋겠습니다."]) + "\n")
    C = cit[0]
    d.t("○ 주민 "); W_name(d, C); d.t(" 씨: \"")
    say = r.choice(["plate", "phone", "addr", "plain"])
    if say == "plate": d.t("매일 밤 저희 집 앞에 "); W_plate(d); d.t(" 차량이 세워져 있어서 소방차가 못 들어옵니다.\"\n")
    elif say == "phone": d.t("결과는 제 휴대폰 "); W_mobile(d); d.t("으로 알려 주세요.\"\n")
    elif say == "addr": d.t("저는 "); W_addr(d, postal_p=0, paren_p=0, style="sgg_start"); d.t("에 사는데 골목이 너무 좁습니다.\"\n")
    else: d.t("주민 의견을 충분히 들어 주셨으면 합니다.\"\n")
    if len(cit) > 1:
        C2 = cit[1]; d.t("○ "); W_name(d, C2); d.t(josa(C2["name"], "은/는") if not C2["foreign"] else " 씨는"); d.t(" 지난번 민원 회신(")
        N_receipt(d); d.t(")을 받지 못했다고 하여 간사가 "); W_email(d); d.t("로 다시 보내기로 함.\n")
    d.t("○ 위원장: "); W_name(d, members[-1]); d.t(" 위원님 의견대로 현장 실사 후 차기 회의에서 의결하겠습니다.\n\n결정사항: 원안 가결(찬성 " + str(r.randint(3, 7)) + ", 반대 0)\n")
    d.t("작성자: 간사 "); W_name(d, staff); d.t("   확인: 위원장 "); W_name(d, members[0]); d.t(" (서명)")
    return d

def t_press(i):
    d = Doc("press", i, G_PR); r = d.r
    inst = d.head
    d.t("보 도 자 료\n" + inst_of(inst) + "\n보도일시: "); N_date(d); d.t(" 조간 (온라인 " + str(r.randint(6, 12)) + ":00 이후)\n")
    nopii = r.random() < 0.18
    d.t("담당부서: " + r.choice(DEPTS) + "  ")
    if nopii:
        d.t("문의: "); N_inst_line(d, "대표전화 ")
    else:
        d.t("책임자: 과장 "); W_name(d, mk(d)); d.t(" ("); W_land(d); d.t(")  담당자: " + r.choice(["팀장", "주무관", "사무관"]) + " "); W_name(d, mk(d)); d.t(" ("); W_land(d); d.t(")")
        if r.random() < 0.5: d.t("  "); W_email(d, official=True)
    title = r.choice(["장한 시민상 수상자 선정", "폭염 속 쓰러진 노인 구한 시민 표창", "다문화가정 나눔 행사 개최", "불법 주정차 과태료 체납 집중 정리", "청년 창업 지원 대상자 발표"])
    d.t("\n\n" + title + "\n\n")
    d.t("- " + inst + "은 " ); N_date(d); d.t(" " + r.choice(["시청 대회의실", "구청 광장", "주민센터"]) + "에서 행사를 열었다고 밝혔다.\n")
    if nopii:
        d.t("- 이번 사업에는 총 "); N_amt(d, 10000000, 900000000); d.t("이 투입되며, 자세한 내용은 "); N_inst_line(d, "콜센터 "); d.t(" 또는 누리집에서 확인할 수 있다.\n")
        d.t("- 수상자 "); N_masked_name(d); d.t(f"({r.randint(20, 80)}) 씨는 \"이웃과 함께 받은 상\"이라고 말했다.\n- 근거: "); N_stat(d)
        return d
    A = mk(d, foreign_p=0.2)
    an = A["name"]
    d.t("- " + r.choice(["올해 수상자인 ", "이날 표창을 받은 ", "주인공 "])); W_name(d, A, spaced_p=0.03); d.t(f"({r.randint(19, 84)}) 씨는 ")
    d.t(r.choice(["지난달 쓰러진 이웃을 심폐소생술로 구했다.", "10년간 독거노인 도시락 배달 봉사를 해 왔다.", "베트남 출신 결혼이민자로 통역 봉사를 하고 있다."]) + " ")
    W_name(d, A); d.t(r.choice([" 씨는 ", (" 씨는 " if A["foreign"] else josa(A["name"], "은/는") + " ")]) + "\"앞으로도 이웃을 돕겠다\"고 말했다.\n")
    B = mk(d, kind=r.choice(["common", "word_name", "single_given", "rare_surname", "two_syll_surname"]))
    d.t("- 함께 선정된 "); W_name(d, B); d.t(josa(B["name"], "은/는") + " " + r.choice(["○○동 통장으로", "자율방범대원으로", "청소년 멘토로"]) + " 활동해 왔으며, 시상은 " + inst + "이 직접 했다.\n")
    if r.random() < 0.35:
        C = mk(d); d.t("- 구조 당시 상황은 시민 "); W_name(d, C); d.t(" 씨가 제보한 블랙박스 영상(차량 "); W_plate(d); d.t(")으로 확인됐다.\n")
    if r.random() < 0.3:
        d.t("- 한편 수상자 "); N_masked_name(d); d.t(" 씨는 본인 요청으로 실명을 공개하지 않았다.\n")
    d.t("- 문의: "); N_inst_line(d); d.t(" / 주소 "); N_inst_addr(d); d.t("\n")
    return d

def t_ocr_table(i):
    d = Doc("ocr_table", i, G_OCR); r = d.r
    d.base_genre = "표(스캔)"
    bar = r.choice(["l", "I", "ㅣ", "|", "!", "1"])
    B = f" {bar} " if (r.random() < 0.8 or bar not in "|ㅣ") else bar
    kind = r.choice(["arrears", "payees", "foreign_workers", "license", "voucher"])
    title = {"arrears": "과태료 체납자 명단", "payees": "긴급지원 수급자 지급 명단", "foreign_workers": "외국인 근로자 고용허가 대상자 명단",
             "license": "운전면허 정지 대상자 통보 명단", "voucher": "바우처 카드 발급 대상자"}[kind]
    d.ocr = True
    d.t(inst_of(d.head) + " " + title + " (스캔본)\n")
    d.ocr = False
    cols = {"arrears": ["연번", "성명", "주민번호", "차량번호", "주소", "체납액"], "payees": ["연번", "성명", "생년월일", "은행", "계좌번호", "연락처"],
            "foreign_workers": ["연번", "성명", "국적", "외국인등록번호", "여권번호", "연락처"], "license": ["연번", "성명", "주민번호", "면허번호", "차량번호"],
            "voucher": ["연번", "성명", "생년월일", "카드번호", "연락처", "전자우편"]}[kind]
    hdr = B.join(cols)
    hdr = hdr.replace("번호", r.choice(["번호", "변호", "번 호"])).replace("성명", r.choice(["성명", "성 명", "셩명"]))
    d.t((bar + " " if B.startswith(" ") else bar) + hdr + (" " + bar if B.startswith(" ") else bar) + "\n")
    for k in range(r.randint(4, 8)):
        P = mk(d, foreign_p=1.0 if kind == "foreign_workers" else 0.1, script="latin" if kind == "foreign_workers" and r.random() < 0.6 else None)
        d.t((bar + " " if B.startswith(" ") else bar) + str(k + 1))
        for c in cols[1:]:
            d.t(B)
            d.ocr = True
            if c == "성명": W_name(d, P)
            elif c == "주민번호":
                if r.random() < 0.15 and not P["foreign"]:
                    v, sub = rrn(r, P["y"], P["m"], P["d"], P["female"])
                    if sub == "rrn_valid":
                        d.ocr = False
                        d.p(v[:6], "KR_RRN", "rrn_split_front", ["split_cell"]); d.t(B); d.p(v[7:], "KR_RRN", "rrn_split_back", ["split_cell"])
                    else:
                        d.p(v, "KR_RRN", sub)
                else:
                    W_id(d, P, mask_p=0.3)
            elif c == "외국인등록번호": W_id(d, P)
            elif c == "여권번호": W_pass(d, P)
            elif c == "차량번호": W_plate(d)
            elif c == "주소": W_addr(d, postal_p=0, paren_p=0, style=r.choice(["sgg_start", "road_short", "jibun"]))
            elif c == "체납액":
                d.ocr = False; N_amt(d, 40000, 900000)
            elif c == "생년월일": W_dob(d, P, r.choice(["six", "dot0", "iso", "yy"]))
            elif c == "은행":
                d.ocr = False; bidx = r.randrange(len(BANKS)); d.t(BANKS[bidx][0])
            elif c == "계좌번호":
                bank, a, sub = account(r, bidx); d.p(a, "KR_BANK_ACCOUNT", sub)
            elif c == "연락처":
                if r.random() < 0.1:
                    d.ocr = False
                    v, _ = mobile(r, "hyphen"); a1, a2, a3 = v.split("-")
                    d.p(a1, "PHONE_NUMBER", "mobile_split_cell", ["split_cell"]); d.t(B); d.p(a2, "PHONE_NUMBER", "mobile_split_cell", ["split_cell"]); d.t(B)
                    d.p(a3, "PHONE_NUMBER", "mobile_split_cell", ["split_cell"])
                else:
                    W_mobile(d)
            elif c == "면허번호": W_dl(d)
            elif c == "카드번호": W_card(d)
            elif c == "전자우편": W_email(d)
            elif c == "국적": d.t(NAT_KO[P["nat"]])
            d.ocr = False
        d.t((" " + bar if B.startswith(" ") else bar) + "\n")
    d.t("\n※ 본 명단은 업무 목적 외 사용 금지 — 근거 "); N_stat(d); d.t(" / 작성일 "); N_date(d)
    if r.random() < 0.6:
        d.t(" / 작성자 "); W_name(d, mk(d)); d.t(" ("); W_land(d); d.t(")")
    return d

def t_blank_form(i):
    d = Doc("blank_form", i, G_LEASE); r = d.r
    kind = r.choice(["poa", "lease", "diag", "fine_guide", "consent", "subsidy_guide", "school_form", "minutes_blank"])
    d.genre = {"poa": G_LEASE, "lease": G_LEASE, "diag": G_MED, "fine_guide": G_FINE, "consent": G_SUB, "subsidy_guide": G_SUB,
               "school_form": G_SCH, "minutes_blank": G_MIN}[kind]
    if kind == "poa":
        d.t("위 임 장 (서식)\n\n위임인 성명: ____________ (작성 예: "); d.neg("홍길동", "masked_or_placeholder_person"); d.t(")\n주민등록번호: "); d.neg("000000-0000000", "masked_or_placeholder_person")
        d.t("\n주소: ______________________\n전화번호: ___-____-____\n수임인 성명: ____________\n위임 사무: 주민등록표 등본 발급\n\n"); N_date(d); d.t("  위임인 (서명)\n\n"); N_head(d); d.t(" 귀하")
    elif kind == "lease":
        d.t("주택임대차 표준계약서 (빈 양식)\n\n소재지: \n보증금: 금          원정(₩          )\n임대인 성명/주민등록번호/주소/전화: \n임차인 성명/주민등록번호/주소/전화: \n")
        d.t("※ 이 계약서는 "); N_stat(d); d.t("을 근거로 법무부·국토교통부가 작성한 표준서식입니다. 상담 "); N_inst_line(d, "대한법률구조공단 "); d.t("")
    elif kind == "diag":
        d.t("진단서 발급 안내\n\n진단서 발급 수수료는 "); N_amt(d, 10000, 20000); d.t("이며 "); N_stat(d); d.t("에 따라 환자 본인 또는 대리인(위임장 지참)만 발급받을 수 있습니다.\n")
        d.t("원무과 "); N_inst_line(d, "(대표) "); d.t("\n주소 "); N_inst_addr(d)
    elif kind == "fine_guide":
        d.t("과태료 납부 안내\n\n1. 납부 방법: 가상계좌, 신용카드, 위택스(wetax.go.kr)\n2. 자진납부 시 20% 감경 ("); N_stat(d); d.t(")\n3. 기한: 고지서 수령 후 "); N_date(d); d.t("까지\n")
        d.t("4. 문의: " + r.choice(DEPTS) + " "); N_inst_line(d, "대표 "); d.t(", 정부민원안내콜센터 "); d.neg("110", "institution_switchboard"); d.t("\n\n"); N_head(d)
    elif kind == "consent":
        d.t("개인정보 수집·이용 동의서\n\n수집 항목: 성명, 생년월일, 주소, 연락처, 계좌번호\n보유 기간: 5년\n근거: "); N_stat(d)
        d.t("\n동의함 □  동의하지 않음 □\n\n"); N_date(d); d.t("\n신청인 성명: __________ (서명)\n\n"); N_head(d); d.t(" 귀하")
    elif kind == "subsidy_guide":
        d.t("청년월세 한시 특별지원 신청 안내\n\n지원 금액: 월 최대 "); N_amt(d, 200000, 200000); d.t(", 최대 12개월\n신청 기간: "); N_date(d); d.t(" ~ "); N_date(d)
        d.t("\n문의: "); N_inst_line(d, "콜센터 "); d.t(" / "); N_email_inst(d); d.t("\n주소: "); N_inst_addr(d); d.t(" "); N_head(d)
    elif kind == "school_form":
        d.t("방과후학교 수강 신청서\n\n학년  반  번  성명: ________\n보호자 연락처: ________\n수강료 "); N_amt(d, 30000, 150000); d.t(" (교재 "); N_product(d)
        d.t(")\n문의: 행정실 "); N_inst_line(d, ""); d.t("\n\n"); d.neg(r.choice(ROAD_STEM) + "초등학교장", "official_title_only")
    else:
        d.t("주민자치회 회의록 (공개본)\n\n일시: "); N_date(d); d.t("\n참석: 위원 12명 중 9명 출석\n안건: "); N_doc(d); d.t(" 마을축제 예산 "); N_amt(d, 1000000, 9000000)
        d.t("\n발언: 위원 "); N_masked_name(d); d.t(" — 예산 증액 필요\n          위원 "); N_masked_name(d); d.t(" — 원안 찬성\n결정: 원안 가결\n\n"); N_head(d)
    return d

def ocr_variant(fn):
    def g(i):
        _OCR["on"] = True
        try:
            return fn(i)
        finally:
            _OCR["on"] = False
    return g

PLAN = [("minwon_reply", t_minwon_reply, 46), ("fine_notice", t_fine_notice, 52), ("subsidy", t_subsidy, 44),
        ("welfare_log", t_welfare_log, 40), ("school", t_school, 46), ("medical", t_medical, 44), ("lease_poa", t_lease_poa, 46),
        ("hr", t_hr, 38), ("judgment", t_judgment, 42), ("minutes", t_minutes, 34), ("press", t_press, 36),
        ("ocr_table", t_ocr_table, 36), ("ocr_doc", None, 32), ("blank_form", t_blank_form, 22)]
OCR_BASES = [t_minwon_reply, t_fine_notice, t_subsidy, t_welfare_log, t_medical, t_lease_poa, t_judgment, t_hr]

# ----------------------------------------------------------------------------- validation
DEOCR = {"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"}

def norm_num(v, noise):
    v = unicodedata.normalize("NFKC", v)
    for h in "‐－–‑":
        v = v.replace(h, "-")
    if "ocr_char_sub" in noise:
        v = "".join(DEOCR.get(c, c) if not ("가" <= c <= "힣") else c for c in v) if not re.search(r"[A-Z]{2}|[a-z]{2}", v) else v
    return re.sub(r"[\s]", "", v)

def valid_date(y, m, dd):
    import datetime
    try:
        datetime.date(y, m, dd); return True
    except ValueError:
        return False

def check_value(sp, v):
    t, sub, noise = sp["type"], sp["sub"], sp["noise"]
    n = norm_num(v, noise)
    if t in ("KR_RRN", "KR_FRN") and not sub.startswith("rrn_split"):
        m = re.fullmatch(r"(\d{6})-?(\d)([\d*●Xx]{6})", n)
        assert m, (sub, v)
        front, g, rest = m.groups()
        yy, mm, dd = int(front[:2]), int(front[2:4]), int(front[4:])
        cent = 1900 if g in "1256" else 2000
        assert valid_date(cent + yy, mm, dd), v
        if t == "KR_FRN":
            assert g in "5678" and frn_check(front + g + rest[:5]) == int(rest[5]), v
        elif sub == "rrn_masked":
            assert g in "1234" and len(set(rest)) == 1 and rest[0] in "*●Xx", v
        elif sub == "rrn_valid":
            assert g in "1234" and rrn_check(front + g + rest[:5]) == int(rest[5]), v
        elif sub == "rrn_post2020":
            assert (cent + yy, mm) >= (2020, 10) and rrn_check(front + g + rest[:5]) != int(rest[5]), v
        else:
            raise AssertionError(sub)
    elif t == "KR_BRN":
        d10 = n.replace("-", ""); assert len(d10) == 10 and brn_check(d10[:9]) == int(d10[9]), v
    elif t == "KR_CRN":
        d13 = n.replace("-", ""); assert len(d13) == 13 and crn_check(d13[:12]) == int(d13[12]), v
    elif t == "CREDIT_CARD":
        dd = re.sub(r"[-\s]", "", n); assert dd.isdigit() and len(dd) in (15, 16) and luhn_ok(dd), v
    elif t == "PHONE_NUMBER":
        dd = re.sub(r"[-.()\s+]", "", n)
        if sub == "mobile_split_cell": assert dd.isdigit() and len(dd) in (3, 4), v
        else: assert dd.isdigit() and 9 <= len(dd) <= 12, v
    elif t == "EMAIL_ADDRESS":
        assert re.fullmatch(r"[A-Za-z0-9._]+\s?@\s?[a-z0-9.,\-]+", v), v
    elif t == "KR_PASSPORT":
        assert re.fullmatch(r"[A-Z]{0,2}\d{7,9}[A-Z]?|[A-Z]\d{3}[A-Z]\d{4}", n), v
    elif t == "KR_DRIVER_LICENSE":
        assert re.fullmatch(r"(\d{2}-|[가-힣]{2,4}\s?)\d{2}-\d{6}-\d{2}|\d{12}", re.sub(r"(?<=\d)\s(?=\d)|\s(?=-)|(?<=-)\s", "", unicodedata.normalize("NFKC", v).replace("‐", "-").replace("－", "-").replace("–", "-").replace("‑", "-").replace("\n", "")) if "ocr_char_sub" not in noise else n), v
    elif t == "KR_VEHICLE_PLATE":
        assert re.fullmatch(r"([가-힣]{2} ?)?\d{2,3}[가-힣] ?\d{4}", unicodedata.normalize("NFKC", v).replace("\n", " ") if "ocr_char_sub" not in noise else n) or "ocr_char_sub" in noise, v
    elif t == "KR_BANK_ACCOUNT":
        dd = n.replace("-", ""); assert dd.isdigit() and 11 <= len(dd) <= 14, v
    elif t == "KR_HEALTH_INSURANCE":
        assert n.isdigit() and len(n) == 11, v
    elif t == "IP_ADDRESS":
        parts = n.split("."); assert len(parts) == 4 and all(0 <= int(x) <= 255 for x in parts), v
    elif t == "DATE_OF_BIRTH":
        assert re.search(r"\d", v) and not v.endswith("생"), v
    elif t == "PERSON":
        assert not re.search(r"(씨|님|귀하|주무관|위원|과장|팀장)$", v), v
        assert not re.search(r"[은는이가을를의]$", v) or sp["sub"] in ("ko_word_name", "ko_common", "ko_single_given", "ko_rare_surname", "ko_two_syll_surname", "foreign_hangul"), v
    elif t == "KR_ADDRESS":
        assert not v.startswith("(") and not v.endswith(")") and not re.match(r"\d{5}", v), v

OCR_PAIRS = {("O", "0"), ("l", "1"), ("S", "5"), ("B", "8"), ("0", "o"), ("1", "l"), (",", ".")}

def check_noise(v, clean, noise, rid):
    """the noisy text must derive from the clean value by the listed noise operations only"""
    if not noise:
        assert v == clean, (rid, v, clean); return
    a = unicodedata.normalize("NFKC", v)
    for h in "‐－–‑":
        a = a.replace(h, "-")
    a = re.sub(r"[\s-]", "", a); b = re.sub(r"[\s-]", "", clean)
    assert len(a) == len(b), (rid, v, clean)
    diffs = [(x, y) for x, y in zip(a, b) if x != y]
    assert all((x, y) in OCR_PAIRS for x, y in diffs) and len(diffs) <= 1, (rid, v, clean, diffs)
    assert (len(diffs) == 1) == ("ocr_char_sub" in noise), (rid, v, noise)

LEAK = [("mobile", re.compile(r"(?<![\d])01[016789][-. ]?\d{3,4}[-. ]?\d{4}(?!\d)")), ("email", re.compile(r"[A-Za-z0-9._]+@[A-Za-z0-9.-]+\.[a-z]{2,}")),
        ("rrn_shape", re.compile(r"(?<!\d)\d{6}-\d{7}(?!\d)")), ("card_shape", re.compile(r"(?<!\d)\d{4}[- ]?\d{4}[- ]?\d{4}[- ]?\d{4}(?!\d)"))]

def validate(rec, meta, expect_empty):
    text, spans = rec["text"], rec["spans"]
    prev = 0
    for sp, ms in zip(spans, meta["spans"]):
        s, e = sp["start"], sp["end"]
        assert 0 <= s < e <= len(text) and s >= prev, (rec["id"], sp)
        prev = e
        v = text[s:e]
        assert v == v.strip() and v == ms["text"], (rec["id"], v)
        check_value({"type": sp["type"], "sub": ms["sub"], "noise": []}, ms["clean"])
        check_noise(v, ms["clean"], ms["noise"], rec["id"])
    # outside-span leaks
    mask = list(text)
    for sp in spans:
        for k in range(sp["start"], sp["end"]): mask[k] = "\0"
    neg_ok = {(n["start"], n["end"]) for n in meta["hard_negatives"]}
    outside = "".join(mask)
    for nm, rx in LEAK:
        for m in rx.finditer(outside):
            inside_neg = any(a <= m.start() and m.end() <= b for a, b in neg_ok)
            assert inside_neg, (rec["id"], nm, m.group())
    # every other occurrence of a labelled string must be labelled too
    for sp in spans:
        v = text[sp["start"]:sp["end"]]
        if len(v) < 3: continue
        for m in re.finditer(re.escape(v), text):
            assert any(o["start"] <= m.start() and m.end() <= o["end"] for o in spans), (rec["id"], "unlabelled repeat", v)
    # hard negatives must not overlap gold spans
    for n in meta["hard_negatives"]:
        assert text[n["start"]:n["end"]] == n["text"], (rec["id"], n)
        for sp in spans:
            assert n["end"] <= sp["start"] or sp["end"] <= n["start"], (rec["id"], "neg overlaps gold", n)
    if expect_empty is not None:
        assert (len(spans) == 0) == expect_empty

# ----------------------------------------------------------------------------- build
def build():
    docs = []
    for name, fn, cnt in PLAN:
        for i in range(cnt):
            if name == "ocr_doc":
                docs.append(ocr_variant(OCR_BASES[i % len(OCR_BASES)])(i))
            else:
                docs.append(fn(i))
    recs, metas = [], []
    for k, d in enumerate(docs):
        text = d.text()
        rid = f"pii_ac-{k + 1:04d}"
        spans = sorted(d.spans, key=lambda s: s["start"])
        rec = {"id": rid, "text": text, "spans": [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in spans], "genre": d.genre}
        meta = {"id": rid, "template": d.template, "seed": d.seed, "genre": d.genre, "base_genre": d.base_genre,
                "spans": [{"start": s["start"], "end": s["end"], "type": s["type"], "sub": s["sub"], "noise": s["noise"], "text": text[s["start"]:s["end"]], "clean": s["clean"]} for s in spans],
                "hard_negatives": sorted(d.negs, key=lambda n: n["start"])}
        validate(rec, meta, None)
        recs.append(rec); metas.append(meta)
    return recs, metas

def stats_of(recs, metas):
    c = lambda: collections.Counter()
    by_genre, by_tpl, by_type, by_sub, by_noise, by_neg = c(), c(), c(), c(), c(), c()
    genre_spans, genre_empty, tpl_spans = c(), c(), c()
    for r_, m in zip(recs, metas):
        by_genre[r_["genre"]] += 1; by_tpl[m["template"]] += 1
        genre_spans[r_["genre"]] += len(r_["spans"]); tpl_spans[m["template"]] += len(r_["spans"])
        if not r_["spans"]: genre_empty[r_["genre"]] += 1
        for s in m["spans"]:
            by_type[s["type"]] += 1; by_sub[s["type"] + "/" + s["sub"]] += 1
            for nz in s["noise"]: by_noise[nz] += 1
        for n in m["hard_negatives"]: by_neg[n["category"]] += 1
    srt = lambda C: dict(sorted(C.items(), key=lambda kv: (-kv[1], kv[0])))
    return {"records": len(recs), "records_without_pii": sum(1 for r_ in recs if not r_["spans"]),
            "gold_spans": sum(len(r_["spans"]) for r_ in recs), "hard_negatives": sum(len(m["hard_negatives"]) for m in metas),
            "by_genre": {g: {"records": by_genre[g], "no_pii": genre_empty[g], "spans": genre_spans[g]} for g in sorted(by_genre)},
            "by_template": {t: {"records": by_tpl[t], "spans": tpl_spans[t]} for t in sorted(by_tpl)},
            "by_type": srt(by_type), "by_subkind": srt(by_sub), "by_noise_tag": srt(by_noise), "by_hard_negative_category": srt(by_neg)}

def dump_jsonl(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")

def main():
    recs, metas = build()
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    dump_jsonl(os.path.join(out, "pii_ac.jsonl"), recs)
    dump_jsonl(os.path.join(out, "pii_ac.meta.jsonl"), metas)
    st = stats_of(recs, metas)
    with open(os.path.join(out, "stats.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(st, f, ensure_ascii=False, indent=1); f.write("\n")
    # re-read and re-validate
    R = [json.loads(l) for l in open(os.path.join(out, "pii_ac.jsonl"), encoding="utf-8")]
    M = [json.loads(l) for l in open(os.path.join(out, "pii_ac.meta.jsonl"), encoding="utf-8")]
    assert len(R) == len(M) == len(recs)
    for r_, m in zip(R, M):
        assert r_["id"] == m["id"]
        validate(r_, m, None)
    print(json.dumps({k: st[k] for k in ("records", "records_without_pii", "gold_spans", "hard_negatives", "by_type")}, ensure_ascii=False, indent=1))

if __name__ == "__main__":
    main()
