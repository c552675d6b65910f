#!/usr/bin/env python3
"""pii_u: independent synthetic evaluation set for a Korean PII detector.

Standard library only.  Every random.Random is seeded with a string
"pii_u-2026|<template>|<i>[|r<attempt>]", so output does not depend on
PYTHONHASHSEED.  Writes pii_u.jsonl and pii_u.meta.jsonl, then re-reads and
validates them.  Run:  python make_set.py
"""
import datetime
import ipaddress
import json
import os
import random
import re
import sys
import unicodedata

OUT = os.path.dirname(os.path.abspath(__file__))
TYPES = ["PERSON", "KR_RRN", "KR_FRN", "KR_PASSPORT", "KR_DRIVER_LICENSE", "CREDIT_CARD",
         "KR_BANK_ACCOUNT", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH", "KR_ADDRESS",
         "KR_HEALTH_INSURANCE", "KR_VEHICLE_PLATE", "KR_BRN", "KR_CRN", "IP_ADDRESS"]


# ----------------------------------------------------------------------------
# document builder
# ----------------------------------------------------------------------------
class S:
    """a gold span value"""
    __slots__ = ("val", "typ", "kind", "noise")

    def __init__(self, val, typ, kind, noise=()):
        self.val, self.typ, self.kind, self.noise = val, typ, kind, list(noise)


class N:
    """a tagged hard negative"""
    __slots__ = ("val", "cat")

    def __init__(self, val, cat):
        self.val, self.cat = val, cat


JOSA = {"은": ("은", "는"), "이": ("이", "가"), "을": ("을", "를"), "과": ("과", "와"),
        "으로": ("으로", "로"), "이라고": ("이라고", "라고"), "아": ("아", "야"), "의": ("의", "의"),
        "에게": ("에게", "에게"), "이며": ("이며", "며")}


def has_batchim(word):
    w = word.strip()
    if not w:
        return False
    c = w[-1]
    if "가" <= c <= "힣":
        return (ord(c) - 0xAC00) % 28 != 0
    if c.isdigit():
        return c in "0136789"
    return c.lower() in "lmnr"


def josa(word, j):
    a, b = JOSA[j]
    if j == "으로":
        w = word.strip()
        if w and "가" <= w[-1] <= "힣" and (ord(w[-1]) - 0xAC00) % 28 == 8:  # ㄹ
            return "로"
    return a if has_batchim(word) else b


class Doc:
    def __init__(self, genre, r, ocr=False):
        self.genre, self.r, self.ocr = genre, r, ocr
        self.buf, self.pos, self.spans, self.negs = [], 0, [], []

    def t(self, s):
        if self.ocr:
            s = ocr_plain(s, self.r)
        self.buf.append(s)
        self.pos += len(s)

    def add(self, x):
        if isinstance(x, S):
            v = x.val
            if self.ocr and not x.noise and x.typ != "EMAIL_ADDRESS" and self.r.random() < 0.6:
                v, tags = ocr_value(x, self.r)
                x = S(v, x.typ, x.kind, tags)
            assert v == v.strip() and v, (v, x.typ)
            self.spans.append({"start": self.pos, "end": self.pos + len(v), "type": x.typ,
                               "kind": x.kind, "noise": list(x.noise), "value": v})
            self.buf.append(v)
            self.pos += len(v)
        elif isinstance(x, N):
            self.negs.append({"start": self.pos, "end": self.pos + len(x.val),
                              "category": x.cat, "text": x.val})
            self.buf.append(x.val)
            self.pos += len(x.val)
        else:
            self.t(str(x))

    def f(self, fmt, **kw):
        """fmt with {name} or {name:josa} placeholders; kw values S, N or str."""
        parts = re.split(r"\{(\w+)(?::(\w+))?\}", fmt)
        for k in range(0, len(parts), 3):
            if parts[k]:
                self.t(parts[k])
            if k + 1 < len(parts):
                x = kw[parts[k + 1]]
                self.add(x)
                if parts[k + 2]:
                    v = x.val if isinstance(x, (S, N)) else str(x)
                    self.t(josa(v, parts[k + 2]))
        return self

    def text(self):
        return "".join(self.buf)


# ----------------------------------------------------------------------------
# OCR noise
# ----------------------------------------------------------------------------
FWMAP = str.maketrans("0123456789-", "０１２３４５６７８９－")
CONF = {"0": "O", "1": "l", "5": "S", "8": "B"}
CONF_BACK = {"O": "0", "o": "0", "l": "1", "I": "1", "|": "1", "S": "5", "B": "8"}
NUMERIC_TYPES = {"KR_RRN", "KR_FRN", "CREDIT_CARD", "KR_BANK_ACCOUNT", "PHONE_NUMBER",
                 "KR_BRN", "KR_CRN", "KR_HEALTH_INSURANCE", "KR_DRIVER_LICENSE"}


def ocr_plain(s, r):
    out = []
    for ch in s:
        x = r.random()
        if ch == ":" and x < 0.25:
            out.append(r.choice([" :", ";", "：", ". "]))
        elif ch == "·" and x < 0.5:
            out.append("ㆍ")
        elif ch == " " and x < 0.06:
            out.append("  ")
        elif "가" <= ch <= "힣" and x < 0.015:
            out.append(ch + " ")
        else:
            out.append(ch)
    return "".join(out)


def ocr_value(x, r):
    v, tags = x.val, []
    if x.typ == "PERSON":
        if re.fullmatch(r"[가-힣]{2,5}", v) and r.random() < 0.6:
            return " ".join(v), ["spaced_name"]
        return v, []
    digit_pos = [i for i, c in enumerate(v) if c.isdigit()]
    choice = r.choice(["fullwidth_digits", "unicode_hyphen", "space_in_number",
                       "newline_in_number", "confusable"])
    if choice == "fullwidth_digits":
        v = v.translate(FWMAP)
    elif choice == "unicode_hyphen" and "-" in v:
        v = v.replace("-", r.choice(["‐", "－", "–"]))
    elif choice == "space_in_number" and len(digit_pos) > 3:
        cand = [i for i in digit_pos[1:-1] if v[i - 1].isdigit()]
        if cand:
            i = r.choice(cand)
            v = v[:i] + " " + v[i:]
        else:
            choice = None
    elif choice == "newline_in_number":
        if "-" in v:
            i = r.choice([i for i, c in enumerate(v) if c == "-"])
            v = v[:i + 1] + "\n" + v[i + 1:]
        elif " " in v.strip():
            i = r.choice([i for i, c in enumerate(v) if c == " "])
            v = v[:i] + "\n" + v[i + 1:]
        else:
            choice = None
    elif choice == "confusable" and x.typ in NUMERIC_TYPES:
        cand = [i for i in digit_pos if v[i] in CONF and 0 < i < len(v) - 1]
        if cand:
            for i in r.sample(cand, min(2, len(cand))):
                ch = CONF[v[i]]
                if v[i] == "1":
                    ch = r.choice(["l", "I"])
                v = v[:i] + ch + v[i + 1:]
        else:
            choice = None
    else:
        choice = None
    if choice:
        tags.append(choice)
    return v, tags


# ----------------------------------------------------------------------------
# value generators
# ----------------------------------------------------------------------------
SURN = ("김 김 김 김 이 이 이 이 박 박 박 최 최 정 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 전 고 문 양 "
        "손 배 백 허 유 남 심 노 하 곽 성 차 주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 "
        "소 석 선 설 마 길 연 위 표 명 기 반 라 왕 금 옥 육 인 맹 제 탁 국 어 은 편 용 예 경 봉 사 부 "
        "태 목 형 피 두 감 음 빈 동 온 호 범 좌 홍 남궁 황보 선우 제갈 독고 사공 서문").split()
GIV1 = "민 서 지 현 준 우 연 수 영 하 윤 은 예 진 도 재 성 혜 정 아 원 호 승 유 채 다 희 경 태 동 상 혁 훈 석 철 규 빈 나 미 선 주 소 인 기 형 용 찬 건 명 보 한 결 율 온 세 가 시 종 광 병 순 옥 숙 자 덕 창 환 범 길 봉 해 효 근 민 시".split()
GIV2 = "민 서 지 현 준 우 연 수 영 하 윤 은 진 도 재 성 혜 정 아 원 호 승 유 채 희 경 태 동 상 혁 훈 석 철 규 빈 나 미 선 주 인 기 형 용 찬 건 명 람 솔 별 결 율 린 섭 식 택 열 웅 욱 란 숙 자 순 희 옥 은 겸 완 엽".split()
F_LATIN_GIVEN = ["John", "Emily", "Michael", "Sarah", "David", "Olga", "Aziz", "Fatima", "Rahul", "Maria",
                 "Thi Huong", "Van Anh", "Minh Tuan", "Wei", "Yuki", "Hiroshi", "Ana", "Jose", "Bolat",
                 "Dilnoza", "Nurlan", "Priya", "Sophie", "Lucas", "Aigerim", "Rustam", "Siti", "Budi"]
F_LATIN_FAM = ["Smith", "Johnson", "Miller", "Petrova", "Karimov", "Nguyen", "Tran", "Le", "Kumar", "Garcia",
               "Santos", "Tanaka", "Sato", "Wang", "Li", "Zhang", "Ivanov", "Tashkentova", "Rahman",
               "Dela Cruz", "Yusupov", "Bauer", "Martin", "Wibowo", "Sharma", "Pham"]
F_HANGUL = ["응우옌 티 흐엉", "응우옌 반 민", "쩐 티 란", "레 반 훙", "팜 티 투", "존 스미스", "에밀리 존슨",
            "마이클 브라운", "올가 페트로바", "아지즈 카리모프", "라훌 쿠마르", "마리아 산토스", "다나카 유키",
            "사토 히로시", "왕웨이", "리우양", "장리나", "딜노자 유수포바", "누를란 아흐메도프", "시티 라흐마",
            "부디 위보워", "소피 마르탱", "루카스 바우어", "아이게림 세릭", "호세 가르시아", "프리야 샤르마",
            "쿠마르 라즈", "바트바야르", "엥흐자르갈", "세르게이 이바노프"]
NATIONS = {"VN": "베트남", "CN": "중국", "UZ": "우즈베키스탄", "PH": "필리핀", "US": "미국", "JP": "일본",
           "KZ": "카자흐스탄", "ID": "인도네시아", "IN": "인도", "NP": "네팔", "MN": "몽골", "TH": "태국"}


def kname(r):
    while True:
        s = r.choice(SURN)
        n = s + r.choice(GIV1) + r.choice(GIV2)
        if n != "홍길동" and n[-2] != n[-1]:
            return n


def P(r):
    return S(kname(r), "PERSON", "name_ko")


def PF(r, script=None):
    script = script or r.choice(["latin", "hangul"])
    if script == "latin":
        g, f = r.choice(F_LATIN_GIVEN), r.choice(F_LATIN_FAM)
        v = r.choice([f"{g} {f}", f"{f.upper()} {g.upper()}", f"{g} {f}"])
        return S(v, "PERSON", "name_foreign_latin")
    return S(r.choice(F_HANGUL), "PERSON", "name_foreign_hangul")


def rand_date(r, y0, y1):
    y = r.randint(y0, y1)
    m = r.randint(1, 12)
    d = r.randint(1, 28 if m == 2 else (30 if m in (4, 6, 9, 11) else 31))
    return datetime.date(y, m, d)


RRN_W = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]


def rrn_check(d12):
    return (11 - sum(int(a) * b for a, b in zip(d12, RRN_W)) % 11) % 10


def frn_check(d12):
    return (13 - sum(int(a) * b for a, b in zip(d12, RRN_W)) % 11) % 10


def yymmdd(dt):
    return dt.strftime("%y%m%d")


def RRN(r, kind=None, dt=None, sep="-"):
    kind = kind or r.choice(["rrn_valid"] * 5 + ["rrn_post2020"] * 2 + ["rrn_masked"] * 3)
    if kind == "rrn_post2020":
        dt = dt or rand_date(r, 2020, 2025)
        if dt < datetime.date(2020, 10, 1):
            dt = datetime.date(2020, 10 + r.randint(0, 2), r.randint(1, 28))
    dt = dt or rand_date(r, 1948, 2006)
    g = str((1 if dt.year < 2000 else 3) + r.randint(0, 1))
    front = yymmdd(dt)
    if kind == "rrn_masked":
        mc = r.choice(["*", "*", "●", "X", "x"])
        return S(front + "-" + g + mc * 6, "KR_RRN", kind)
    body = front + g + "".join(str(r.randint(0, 9)) for _ in range(5))
    c = rrn_check(body)
    if kind == "rrn_post2020":
        c = (c + r.randint(1, 9)) % 10
    v = body[:6] + sep + body[6:] + str(c)
    return S(v, "KR_RRN", kind + ("" if sep == "-" else "_nosep"))


def FRN(r, dt=None, masked=False):
    dt = dt or rand_date(r, 1960, 2005)
    g = str((5 if dt.year < 2000 else 7) + r.randint(0, 1))
    front = yymmdd(dt)
    if masked:
        return S(front + "-" + g + "*" * 6, "KR_FRN", "frn_masked")
    inst = r.choice([10, 12, 14, 20, 22, 24, 30, 36, 42, 50, 58, 60, 66, 72, 80])
    body = front + g + f"{inst:02d}" + f"{r.randint(0, 99):02d}" + str(r.randint(6, 9))
    return S(body[:6] + "-" + body[6:] + str(frn_check(body)), "KR_FRN", "frn_valid")


def DOB(r, dt=None, form=None):
    dt = dt or rand_date(r, 1940, 2010)
    y, m, d = dt.year, dt.month, dt.day
    forms = {"dot_space": f"{y}. {m}. {d}.", "korean": f"{y}년 {m}월 {d}일", "iso": f"{y}-{m:02d}-{d:02d}",
             "dot_pad": f"{y}.{m:02d}.{d:02d}.", "yy_dot": f"{y % 100:02d}.{m:02d}.{d:02d}",
             "yymmdd": f"{y % 100:02d}{m:02d}{d:02d}", "yyyymmdd": f"{y}{m:02d}{d:02d}",
             "slash": f"{y}/{m:02d}/{d:02d}", "dot_nopad": f"{y}.{m}.{d}", "korean_nospace": f"{y}년{m}월{d}일"}
    form = form or r.choice(list(forms))
    return S(forms[form], "DATE_OF_BIRTH", "dob_" + form)


HDIG = "공일이삼사오육칠팔구"


def spoken(digits):
    return "".join(HDIG[int(c)] for c in digits)


def DOB_spoken(r, dt=None):
    dt = dt or rand_date(r, 1950, 2005)
    return S(spoken(yymmdd(dt)), "DATE_OF_BIRTH", "dob_spoken")


AREA = ["02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055", "061",
        "062", "063", "064"]


def _mid(r, n):
    return str(r.randint(2, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


def _d(r, n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def PHONE(r, kind=None, style=None):
    kind = kind or r.choice(["mobile"] * 3 + ["landline", "landline", "070"])
    if kind == "mobile":
        parts = ["010" if r.random() < 0.93 else r.choice(["011", "016", "019"]), _mid(r, 4), _d(r, 4)]
    elif kind == "070":
        parts = ["070", _mid(r, 4), _d(r, 4)]
    else:
        a = r.choice(AREA)
        parts = [a, _mid(r, r.choice([3, 4])), _d(r, 4)]
    style = style or r.choice(["hyphen"] * 6 + ["dot", "space", "nosep", "paren", "intl"])
    if style == "hyphen":
        v = "-".join(parts)
    elif style == "dot":
        v = ".".join(parts)
    elif style == "space":
        v = " ".join(parts)
    elif style == "nosep":
        v = "".join(parts)
    elif style == "paren":
        v = f"({parts[0]}) {parts[1]}-{parts[2]}"
    elif style == "intl":
        v = f"+82-{parts[0][1:]}-{parts[1]}-{parts[2]}" if r.random() < .5 else f"+82 {parts[0][1:]} {parts[1]} {parts[2]}"
    return S(v, "PHONE_NUMBER", f"phone_{kind}_{style}")


def PHONE_spoken(r):
    parts = ["010", _mid(r, 4), _d(r, 4)]
    st = r.choice(["hangul", "hangul_e", "digits_e"])
    if st == "hangul":
        v = " ".join(spoken(p) for p in parts)
    elif st == "hangul_e":
        v = "에 ".join(spoken(p) for p in parts)
    else:
        v = "에 ".join(parts)
    return S(v, "PHONE_NUMBER", "phone_mobile_spoken_" + st)


ROMA = {"김": "kim", "이": "lee", "박": "park", "최": "choi", "정": "jung", "강": "kang", "조": "cho",
        "윤": "yoon", "장": "jang", "임": "lim", "한": "han", "오": "oh", "서": "seo", "신": "shin"}
LOCS = ["minsu", "jh.park", "sy_lee", "hana", "jiwoo", "doyoon", "seojin", "kmh", "yjchoi", "bluesky",
        "happyday", "sunny", "hyun", "dlwlsgh", "wnsdud", "tjdgus", "jinny", "ekdms", "sgkim", "moon.light",
        "yeonwoo", "haneul", "jsh", "khj", "pjy", "ohsj", "nari", "garam", "solbi", "byul"]
DOMS = ["naver.com", "gmail.com", "daum.net", "hanmail.net", "kakao.com", "nate.com", "korea.kr",
        "hanbit-eng.co.kr", "seoul-med.or.kr", "dmail.co.kr", "outlook.com", "mirae-tech.com"]


def EMAIL(r, kind=None, dom=None):
    loc = r.choice(LOCS)
    if r.random() < 0.5:
        loc += str(r.choice([r.randint(1, 99), r.randint(1960, 2005)]))
    dom = dom or r.choice(DOMS)
    kind = kind or r.choice(["email_plain"] * 7 + ["email_at_paren", "email_at_bracket", "email_spaced",
                                                   "email_fullwidth_at"])
    d1, d2 = dom.split(".", 1)
    if kind == "email_plain":
        v = f"{loc}@{dom}"
    elif kind == "email_at_paren":
        v = f"{loc}(at){dom}" if r.random() < .5 else f"{loc}(at){d1}(dot){d2}"
    elif kind == "email_at_bracket":
        v = f"{loc} [at] {d1} [dot] {d2}"
    elif kind == "email_spaced":
        v = f"{loc} @ {dom}"
    elif kind == "email_fullwidth_at":
        v = f"{loc}＠{dom}"
    elif kind == "email_spoken":
        loc = re.sub(r"\d", "", loc).replace(".", "").replace("_", "") or "minsu"
        v = f"{loc} 골뱅이 {d1} 점 {d2.replace('.', ' 점 ')}"
    return S(v, "EMAIL_ADDRESS", kind)


BANKS = [("KB국민은행", [6, 2, 6]), ("국민은행", [6, 2, 6]), ("신한은행", [3, 3, 6]), ("우리은행", [4, 3, 6]),
         ("하나은행", [3, 6, 5]), ("NH농협은행", [3, 4, 4, 2]), ("농협", [6, 2, 6]), ("IBK기업은행", [3, 6, 2, 3]),
         ("카카오뱅크", [4, 2, 7]), ("토스뱅크", [4, 4, 4]), ("우체국", [6, 2, 6]), ("SC제일은행", [3, 2, 6]),
         ("부산은행", [3, 4, 4, 2]), ("iM뱅크", [3, 2, 6, 1]), ("새마을금고", [4, 4, 4, 1]), ("케이뱅크", [3, 3, 6]),
         ("수협은행", [3, 2, 6]), ("신협", [3, 3, 6]), ("경남은행", [3, 2, 7])]


def ACCT(r, style=None):
    bank, grp = r.choice(BANKS)
    parts = [_d(r, n) for n in grp]
    if parts[0][0] == "0":
        parts[0] = "1" + parts[0][1:]
    style = style or r.choice(["hyphen"] * 6 + ["nosep", "space", "masked"])
    if style == "nosep":
        v = "".join(parts)
    elif style == "space":
        v = " ".join(parts)
    else:
        if style == "masked":
            k = r.randrange(1, len(parts))
            parts[k] = parts[k][:max(0, len(parts[k]) - 4)] + "*" * min(4, len(parts[k]))
        v = "-".join(parts)
    return bank, S(v, "KR_BANK_ACCOUNT", "acct_" + style)


def luhn_digit(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def CARD(r, brand=None, style=None):
    brand = brand or r.choice(["visa", "master", "bc", "jcb", "amex", "visa", "master", "bc"])
    pre = {"visa": "4" + _d(r, 5), "master": str(r.randint(51, 55)) + _d(r, 4), "bc": "9410" + _d(r, 2),
           "jcb": "35" + str(r.randint(28, 89)) + _d(r, 2), "amex": r.choice(["34", "37"]) + _d(r, 4)}[brand]
    n = 15 if brand == "amex" else 16
    body = pre + _d(r, n - 1 - len(pre))
    num = body + luhn_digit(body)
    style = style or r.choice(["hyphen"] * 5 + ["space", "nosep", "masked"])
    grp = [4, 6, 5] if brand == "amex" else [4, 4, 4, 4]
    parts, i = [], 0
    for g in grp:
        parts.append(num[i:i + g])
        i += g
    if style == "masked":
        if brand == "amex":
            parts[1] = "******"
        else:
            parts[1] = parts[1][:2] + "**"
            parts[2] = "****"
        v = "-".join(parts)
    else:
        v = {"hyphen": "-", "space": " ", "nosep": ""}[style].join(parts)
    return S(v, "CREDIT_CARD", f"card_{brand}_{style}")


PASS_PREF = ["M", "M", "M", "M", "S", "G", "D", "R"]


def PASSPORT(r, kind=None):
    kind = kind or r.choice(["pp_kr_old", "pp_kr_new", "pp_kr_new", "pp_foreign"])
    if kind == "pp_kr_old":
        v = r.choice(PASS_PREF) + _d(r, 8)
    elif kind == "pp_kr_new":
        v = r.choice(PASS_PREF) + _d(r, 3) + r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + _d(r, 4)
    else:
        c = r.choice(["VN", "CN", "UZ", "PH", "JP", "KZ", "IN", "MN", "NP", "US"])
        v = {"VN": "C" + _d(r, 7), "CN": "E" + _d(r, 8), "UZ": "FA" + _d(r, 7), "PH": "P" + _d(r, 7) + "A",
             "JP": "TK" + _d(r, 7), "KZ": "N" + _d(r, 8), "IN": "K" + _d(r, 7), "MN": "E" + _d(r, 7),
             "NP": "PA" + _d(r, 7), "US": "A" + _d(r, 8)}[c]
        return S(v, "KR_PASSPORT", "pp_foreign_" + c)
    return S(v, "KR_PASSPORT", kind)


DL_REG = {"서울": 11, "부산": 12, "경기": 13, "강원": 14, "충북": 15, "충남": 16, "전북": 17, "전남": 18,
          "경북": 19, "경남": 20, "제주": 21, "대구": 22, "인천": 23, "광주": 24, "대전": 25, "울산": 26}


def DL(r, kind=None):
    reg = r.choice(list(DL_REG))
    yy = f"{r.randint(88, 124) % 100:02d}"
    ser, chk = _d(r, 6), _d(r, 2)
    kind = kind or r.choice(["dl_num", "dl_num", "dl_name", "dl_name_nospace", "dl_plain"])
    if kind == "dl_num":
        v = f"{DL_REG[reg]}-{yy}-{ser}-{chk}"
    elif kind == "dl_name":
        v = f"{reg} {yy}-{ser}-{chk}"
    elif kind == "dl_name_nospace":
        v = f"{reg}{yy}-{ser}-{chk}"
    else:
        v = f"{DL_REG[reg]}{yy}{ser}{chk}"
    return S(v, "KR_DRIVER_LICENSE", kind)


PLATE_PRIV = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주"
PLATE_REGION = ["서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "경기", "강원", "충북", "충남",
                "전북", "전남", "경북", "경남", "제주"]


def PLATE(r, kind=None):
    kind = kind or r.choice(["plate_2d", "plate_3d", "plate_3d", "plate_region", "plate_commercial",
                             "plate_nospace", "plate_rental"])
    if kind == "plate_2d":
        v = f"{r.randint(10, 99)}{r.choice(PLATE_PRIV)} {_mid(r, 4)}"
    elif kind == "plate_3d":
        v = f"{r.randint(100, 699)}{r.choice(PLATE_PRIV)} {_mid(r, 4)}"
    elif kind == "plate_region":
        v = f"{r.choice(PLATE_REGION)} {r.randint(10, 99)}{r.choice(PLATE_PRIV)} {_mid(r, 4)}"
    elif kind == "plate_commercial":
        v = f"{r.choice(PLATE_REGION)} {r.randint(70, 99)}{r.choice('바사아자')} {_mid(r, 4)}"
    elif kind == "plate_rental":
        v = f"{r.randint(10, 699)}{r.choice('하허호')} {_mid(r, 4)}"
    else:
        v = f"{r.randint(10, 699)}{r.choice(PLATE_PRIV)}{_mid(r, 4)}"
    return S(v, "KR_VEHICLE_PLATE", kind)


BRN_W = [1, 3, 7, 1, 3, 7, 1, 3, 5]


def brn_check(d9):
    s = sum(int(a) * b for a, b in zip(d9, BRN_W)) + (int(d9[8]) * 5) // 10
    return (10 - s % 10) % 10


def BRN(r, corp=None, sep="-"):
    corp = r.random() < 0.5 if corp is None else corp
    mid = f"{r.randint(81, 88)}" if corp else f"{r.choice([r.randint(1, 79), r.randint(90, 99)]):02d}"
    d9 = f"{r.randint(101, 899)}{mid}{_d(r, 4)}"
    d = d9 + str(brn_check(d9))
    v = f"{d[:3]}{sep}{d[3:5]}{sep}{d[5:]}"
    return S(v, "KR_BRN", "brn" + ("" if sep == "-" else "_nosep"))


def crn_check(d12):
    s = sum(int(a) * (1 if i % 2 == 0 else 2) for i, a in enumerate(d12))
    return (10 - s % 10) % 10


def CRN(r):
    office = r.choice(["1101", "1101", "1301", "1201", "1345", "1358", "1701", "2001", "1601", "2301", "1801"])
    typ = r.choice(["11", "11", "11", "14", "12", "13", "71", "21"])
    d12 = office + typ + _d(r, 6)
    return S(f"{d12[:6]}-{d12[6:]}{crn_check(d12)}", "KR_CRN", "crn")


def HI(r):
    return S(str(r.randint(1, 7)) + _d(r, 10), "KR_HEALTH_INSURANCE", "hi_11")


def IP(r, kind=None):
    kind = kind or r.choice(["ipv4_public", "ipv4_public", "ipv4_private", "ipv6"])
    if kind == "ipv4_public":
        while True:
            a = r.randint(1, 223)
            if a not in (10, 127, 172, 192, 100, 169):
                break
        v = f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    elif kind == "ipv4_private":
        v = r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                      f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                      f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])
    else:
        v = f"2001:{r.choice(['db8', '2d8', '230', 'e60'])}:{r.randint(1, 0xffff):x}:{r.randint(1, 0xffff):x}::{r.randint(1, 0xffff):x}"
    return S(v, "IP_ADDRESS", kind)


# addresses ------------------------------------------------------------------
ADDR = [
    ("서울특별시", "서울", [("마포구", ["월드컵북로", "성미산로", "독막로", "양화로"], ["성산동", "망원동", "합정동"]),
                        ("관악구", ["봉천로", "남부순환로", "관악로"], ["봉천동", "신림동"]),
                        ("노원구", ["동일로", "상계로", "한글비석로"], ["상계동", "중계동"]),
                        ("송파구", ["올림픽로", "송파대로", "오금로"], ["잠실동", "가락동", "문정동"]),
                        ("강서구", ["공항대로", "화곡로", "등촌로"], ["화곡동", "등촌동"])]),
    ("부산광역시", "부산", [("해운대구", ["해운대로", "센텀중앙로", "좌동순환로"], ["우동", "좌동"]),
                        ("부산진구", ["중앙대로", "가야대로"], ["부전동", "전포동"])]),
    ("대구광역시", "대구", [("수성구", ["달구벌대로", "동대구로"], ["범어동", "만촌동"]),
                        ("달서구", ["월배로", "달서대로"], ["상인동", "월성동"])]),
    ("인천광역시", "인천", [("연수구", ["컨벤시아대로", "송도과학로"], ["송도동", "연수동"]),
                        ("부평구", ["부평대로", "경원대로"], ["부평동", "산곡동"])]),
    ("광주광역시", "광주", [("북구", ["첨단과기로", "서하로"], ["용봉동", "운암동"])]),
    ("대전광역시", "대전", [("유성구", ["대학로", "계룡로", "한밭대로"], ["궁동", "봉명동"]),
                        ("서구", ["둔산로", "계룡로"], ["둔산동", "탄방동"])]),
    ("울산광역시", "울산", [("남구", ["삼산로", "돋질로"], ["삼산동", "달동"])]),
    ("경기도", "경기", [("수원시 팔달구", ["인계로", "권광로"], ["인계동", "우만동"]),
                    ("성남시 분당구", ["판교역로", "정자일로", "황새울로"], ["정자동", "서현동"]),
                    ("고양시 일산동구", ["중앙로", "호수로"], ["장항동", "마두동"]),
                    ("용인시 수지구", ["포은대로", "수지로"], ["풍덕천동", "죽전동"]),
                    ("화성시", ["동탄대로", "봉담로"], ["반송동", "청계동"])]),
    ("강원특별자치도", "강원", [("춘천시", ["중앙로", "퇴계로"], ["퇴계동", "석사동"]),
                          ("원주시", ["단구로", "시청로"], ["단계동", "무실동"])]),
    ("충청북도", "충북", [("청주시 흥덕구", ["가경로", "직지대로"], ["가경동", "복대동"])]),
    ("충청남도", "충남", [("천안시 서북구", ["불당대로", "쌍용대로"], ["불당동", "쌍용동"])]),
    ("전북특별자치도", "전북", [("전주시 완산구", ["효자로", "홍산로"], ["효자동", "서신동"])]),
    ("전라남도", "전남", [("순천시", ["연향번영길", "팔마로"], ["연향동", "조례동"])]),
    ("경상북도", "경북", [("포항시 남구", ["포스코대로", "대잠로"], ["대잠동", "이동"])]),
    ("경상남도", "경남", [("창원시 성산구", ["중앙대로", "원이대로"], ["상남동", "중앙동"]),
                      ("김해시", ["김해대로", "가야로"], ["내동", "삼계동"])]),
    ("제주특별자치도", "제주", [("제주시", ["연북로", "노연로"], ["노형동", "연동"])]),
]
APTS = ["한빛아파트", "푸른마을", "래미안", "자이", "현대아파트", "주공2단지", "해오름빌라", "청솔마을", "e편한세상",
        "삼익맨션", "그린빌", "센트럴파크"]


def ADDRESS(r, kind=None, unit=None):
    sido, short, sggs = r.choice(ADDR)
    sgg, roads, dongs = r.choice(sggs)
    kind = kind or r.choice(["addr_road_full", "addr_road_full", "addr_road_short", "addr_road_sgg",
                             "addr_jibun", "addr_jibun"])
    unit = r.choice(["apt", "floor", "none", "floorroom", "apt"]) if unit is None else unit
    post_paren = None
    if kind.startswith("addr_road"):
        road = r.choice(roads)
        if r.random() < 0.4:
            road += f"{r.randint(1, 60)}{r.choice(['길', '번길'])}"
        num = str(r.randint(1, 399)) + (f"-{r.randint(1, 30)}" if r.random() < .2 else "")
        head = {"addr_road_full": f"{sido} {sgg}", "addr_road_short": f"{short} {sgg}", "addr_road_sgg": sgg}[kind]
        v = f"{head} {road} {num}"
        if unit == "apt":
            v += f", {r.randint(101, 120)}동 {r.randint(1, 25)}{r.randint(1, 4):02d}호"
            post_paren = f"({r.choice(dongs)}, {r.choice(APTS)})"
        elif unit == "floor":
            v += f" {r.randint(2, 15)}층"
        elif unit == "floorroom":
            v += f", {r.randint(2, 9)}층 {r.randint(2, 9)}{r.randint(1, 20):02d}호"
        elif r.random() < .5:
            post_paren = f"({r.choice(dongs)})"
    else:
        head = r.choice([sido, short])
        v = f"{head} {sgg} {r.choice(dongs)} {r.randint(1, 1999)}" + (f"-{r.randint(1, 40)}" if r.random() < .6 else "")
        if unit == "apt":
            v += f" {r.choice(APTS)} {r.randint(101, 120)}동 {r.randint(1, 25)}{r.randint(1, 4):02d}호"
        elif unit in ("floor", "floorroom"):
            v += f" {r.randint(2, 5)}층"
    return S(v, "KR_ADDRESS", kind), post_paren


def POSTAL(r):
    return f"{r.randint(1, 63):02d}{_d(r, 3)}"


# hard negatives -------------------------------------------------------------
INST_ADDR = ["세종특별자치시 도움6로 11 정부세종청사 6동", "서울특별시 종로구 세종대로 209 정부서울청사",
             "대전광역시 서구 청사로 189 정부대전청사", "서울특별시 중구 세종대로 110", "경기도 수원시 팔달구 효원로 1",
             "부산광역시 연제구 중앙대로 1001", "인천광역시 남동구 정각로 29", "대구광역시 중구 공평로 88",
             "강원특별자치도 춘천시 중앙로 1", "제주특별자치도 제주시 문연로 6", "경상남도 창원시 의창구 중앙대로 300",
             "서울특별시 마포구 월드컵로 212 마포구청", "충청북도 청주시 상당구 상당로 82"]
INST_NAMES = ["행정안전부", "보건복지부", "국토교통부", "고용노동부", "마포구청", "수원시청", "부산광역시청",
              "국민건강보험공단", "한국도로공사", "법무부 출입국·외국인정책본부", "서울지방경찰청", "경기도교육청"]
SWITCH = ["1588-", "1577-", "1600-", "1544-", "1644-", "1566-", "1661-", "1899-"]
COMPANIES = ["(주)한빛엔지니어링", "㈜미래테크", "(주)다온건설", "주식회사 새봄식품", "(유)청람물류", "(주)누리소프트",
             "한결세무회계", "(주)동해해운", "바른정보기술(주)", "(주)세움디자인", "주식회사 온새미로", "(합)가온상사"]


def inst_phone(r):
    a = r.choice(AREA)
    return N(f"{a}-{_mid(r, 3)}-{r.choice(['2114', '1000', '0114', '3114', '2000'])}", "institution_switchboard")


def switch(r):
    return N(r.choice(SWITCH) + _d(r, 4), "switchboard_15xx")


def docno(r):
    return N(r.choice([f"운영지원과-{r.randint(100, 9999)}", f"민원봉사과-{r.randint(100, 9999)}",
                       f"교통행정과-{r.randint(100, 9999)}", f"감사담당관-{r.randint(10, 999)}",
                       f"서면-{r.randint(2019, 2024)}-법인-{r.randint(100, 9999)}", f"재산세과-{r.randint(10, 999)}",
                       f"부가46015-{r.randint(10, 999)}"]), "document_number")


def statute(r):
    return N(r.choice(["「개인정보 보호법」 제17조 제1항", "「주민등록법」 제29조 제2항", "「도로교통법」 제32조",
                       "「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호", "같은 법 시행령 제12조 제3항",
                       "「출입국관리법」 제31조", "「건축법」 제79조 제1항", "「민원 처리에 관한 법률」 제27조",
                       "「지방세법」 제111조 제1항 제2호", "「여권법」 제9조", "「자동차관리법」 제10조 제5항",
                       "「형법」 제347조 제1항", "「소음·진동관리법」 제21조"]), "statute_citation")


def receipt(r):
    return N(r.choice([f"1AA-{r.randint(2301, 2412)}-{_d(r, 7)}", f"2AB-{r.randint(2301, 2412)}-{_d(r, 7)}",
                       f"{r.randint(1101, 1199)}-{r.randint(2021, 2025)}-{_d(r, 6)}"]), "receipt_number")


def caseno(r):
    return N(r.choice([f"{r.randint(2019, 2025)}고단{r.randint(100, 9999)}", f"{r.randint(2019, 2025)}가합{r.randint(1000, 99999)}",
                       f"{r.randint(2019, 2025)}노{r.randint(100, 3999)}", f"{r.randint(2019, 2025)}구합{r.randint(100, 9999)}",
                       f"{r.randint(2019, 2025)}고약{r.randint(1000, 29999)}", f"{r.randint(2019, 2025)}두{r.randint(10000, 99999)}"]),
             "case_number")


def mgmtno(r):
    return N(f"0{r.randint(31, 64)}-{r.randint(2019, 2025)}-{r.randint(1000, 9999)}", "management_number")


def bidno(r):
    return N(f"{r.randint(2023, 2025)}{r.randint(1, 12):02d}{_d(r, 5)}-00", "procurement_number")


def amount(r):
    return N(f"{r.randint(1, 999)},{_d(r, 3)},{r.randint(1, 9)}00원", "amount")


def version(r):
    return N(r.choice([f"10.0.{r.randint(17763, 22631)}.{r.randint(100, 4000)}", f"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 99)}.{r.randint(100, 9999)}"]), "version_number")


def userid(r):
    return N(r.choice(["u", "usr", "id_", "emp"]) + _d(r, 5), "system_user_id")


# ----------------------------------------------------------------------------
# small helpers for prose
# ----------------------------------------------------------------------------
def C(r, *xs):
    return r.choice(xs)


def kdate(r, y0=2022, y1=2025):
    dt = rand_date(r, y0, y1)
    return f"{dt.year}. {dt.month}. {dt.day}."


def age(r, a=20, b=78):
    return str(r.randint(a, b))


QV = ["말했다", "밝혔다", "전했다", "설명했다", "덧붙였다", "강조했다", "털어놨다", "주장했다"]


# ----------------------------------------------------------------------------
# templates
# ----------------------------------------------------------------------------
def t_news(r):
    d = Doc("뉴스", r)
    frame = r.randrange(13)
    rep = P(r)
    if frame == 0:
        a, b = P(r), P(r)
        d.f("{dt} 오전 {h}시께 {area}의 한 다세대주택 3층에서 불이 나 집 안에 있던 {a}({x}) 씨가 연기를 들이마셔 "
            "병원으로 옮겨졌다. 불은 40여 분 만에 꺼졌다. 처음 신고한 이웃 {b}({y}) 씨는 \"복도에서 타는 냄새가 "
            "나서 문을 두드렸는데 대답이 없었다\"며 당시 상황을 전했다. 소방 당국은 {a:이} 쓰던 전기난로에서 "
            "불이 시작된 것으로 보고 있다.\n", dt=kdate(r), h=r.randint(1, 11), area=N(C(r, "서울 강서구", "부산 사하구", "경기 부천시"), "district_only"),
            a=a, b=b, x=age(r, 60, 90), y=age(r))
    elif frame == 1:
        a = P(r)
        comp = N(r.choice(COMPANIES), "company_name")
        d.f("{comp} {a} 대표({x})는 \"지역 청년을 뽑아 3년 동안 키워 보니 이직률이 절반으로 줄었다\"고 {q}. "
            "{a} 대표는 이날 고용노동부 장관 표창을 받았다. 회사 측은 내년에 신입 사원 40명을 더 뽑을 계획이다.\n",
            comp=comp, a=a, x=age(r, 38, 70), q=C(r, *QV))
    elif frame == 2:
        f, h = PF(r, "hangul"), P(r)
        d.f("{nat} 출신 결혼이민자 {f}({x}) 씨는 올해 요양보호사 자격증을 땄다. \"처음엔 한국어 시험이 제일 "
            "어려웠다\"는 그는 남편 {h} 씨와 함께 {area}에서 작은 분식집을 운영한다. {h} 씨는 \"아내가 밤마다 "
            "문제집을 붙잡고 있었다\"고 웃었다.\n", nat=r.choice(list(NATIONS.values())), f=f, h=h, x=age(r, 25, 45),
            area=N(C(r, "충남 아산시", "경북 구미시", "전남 영암군"), "district_only"))
    elif frame == 3:
        a, v = P(r), P(r)
        d.f("경찰에 따르면 A({x})씨는 지난달 {d1} 새벽 술에 취한 상태로 {pl} 승용차를 몰다 신호 대기 중이던 택시를 "
            "들이받은 혐의를 받는다. 이 사고로 택시 기사 {v}({y}) 씨가 목과 허리를 다쳤다. A씨의 혈중알코올농도는 "
            "면허 취소 수준이었다. 사건을 맡은 {a} 경위는 \"블랙박스 영상을 확보했다\"고 {q}.\n",
            x=age(r, 22, 60), d1=f"{r.randint(1, 28)}일", pl=PLATE(r), v=v, y=age(r, 45, 72), a=a, q=C(r, *QV))
        d.negs.append({"start": d.text().index("A("), "end": d.text().index("A(") + 1, "category": "placeholder_person", "text": "A"})
    elif frame == 4:
        f = PF(r, "latin")
        a = P(r)
        d.f("미국 출신 그림책 작가 {f}({x})가 {mon}월 한 달 동안 국립중앙도서관에서 원화 전시회를 연다. "
            "번역을 맡은 {a:은} \"작가가 한국 독자들의 편지를 모두 직접 읽었다\"고 소개했다. 전시는 무료다.\n",
            f=f, x=age(r, 35, 70), mon=r.randint(1, 12), a=a)
    elif frame == 5:
        a, b, c = P(r), P(r), P(r)
        d.f("{a} 의원은 이날 국정감사에서 \"개인정보 유출 신고가 3년 새 두 배로 늘었다\"고 지적했다. 이에 대해 "
            "{b} 개인정보보호위원회 위원장은 \"과징금 기준을 다시 살펴보겠다\"고 답했다. 같은 당 {c} 의원도 "
            "\"공공기관부터 점검해야 한다\"고 {q}.\n", a=a, b=b, c=c, q=C(r, *QV))
    elif frame == 6:
        a, b, c = P(r), P(r), P(r)
        d.f("◇ 부고\n▲{a} 씨 별세, {b}·{c} 씨 부친상 = {dt} {hosp} 장례식장 {room}호실, 발인 {dd}일 오전 {h}시. "
            "☎ {tel}\n", a=a, b=b, c=c, dt=kdate(r), hosp=C(r, "서울아산병원", "분당서울대병원", "부산대병원"),
            room=r.randint(1, 30), dd=r.randint(1, 28), h=r.randint(5, 9), tel=inst_phone(r))
    elif frame == 8:
        a, b, c = P(r), P(r), PF(r, "latin")
        d.f("올해 '이달의 우수 공무원'에는 {dept} {a}({x}) 주무관과 {b}({y}) 소방장이 뽑혔다. {a} 주무관은 외국인 "
            "주민을 위한 민원 안내를 8개 언어로 만들었고, {b:은} 지난 여름 폭우 때 고립된 주민 12명을 구조했다. "
            "안내문 감수를 도운 {c} 교수는 \"작은 배려가 큰 차이를 만든다\"고 평가했다.\n", dept=C(r, "수원시 민원여권과", "광진구 자치행정과", "김해시 외국인주민센터"),
            a=a, x=age(r, 28, 55), b=b, y=age(r, 28, 55), c=c)
    elif frame == 9:
        a, b = P(r), P(r)
        d.f("검찰은 회삿돈 14억 원을 빼돌린 혐의(특정경제범죄가중처벌법상 횡령)로 경리 담당 직원 {a}({x})씨를 구속 기소했다고 "
            "{dd}일 밝혔다. {a}씨는 5년 동안 거래처 대금을 자신의 계좌로 돌려받은 것으로 조사됐다. 회사 대표 {b}씨는 "
            "\"믿었던 직원이라 더 충격이 크다\"고 말했다. 재판은 {cn} 사건으로 진행된다.\n", a=a, x=age(r, 30, 55), dd=r.randint(1, 28), b=b, cn=caseno(r))
    elif frame == 10:
        a = PF(r, "hangul")
        b = P(r)
        d.f("한국 생활 12년 차인 {a} 씨가 다문화 가정 아이들을 위한 무료 공부방을 열었다. 공부방을 함께 꾸린 "
            "이웃 주민 {b}({y}) 씨는 \"{a} 씨가 먼저 문을 두드렸다\"며 \"아이들 웃음소리가 늘었다\"고 전했다.\n", a=a, b=b, y=age(r, 30, 70))
    elif frame == 11:
        a, b, c = P(r), P(r), P(r)
        d.f("{team}의 {a} 감독은 경기 뒤 \"선수들이 끝까지 버텨 줬다\"고 소감을 밝혔다. 결승골을 넣은 {b}({y})는 "
            "\"{c} 선배의 패스가 워낙 좋았다\"며 공을 돌렸다.\n", team=C(r, "수원FC", "대전하나시티즌", "부산 아이파크"), a=a, b=b, y=age(r, 19, 34), c=c)
    elif frame == 12:
        a, b = P(r), P(r)
        d.f("{area}에서 70대 치매 노인이 실종 9시간 만에 무사히 발견됐다. 노인을 처음 발견한 편의점 직원 {a}({x}) 씨는 "
            "\"맨발로 계셔서 이상하다고 생각했다\"고 회상했다. 가족인 {b} 씨는 \"평생 잊지 못할 은인\"이라며 고개를 숙였다.\n",
            area=N(C(r, "대구 달서구", "광주 북구", "강원 원주시"), "district_only"), a=a, x=age(r, 19, 40), b=b)
    else:
        a, b = P(r), PF(r)
        d.f("\"손님이 두고 간 가방에 현금 800만 원이 들어 있었어요.\" 택시 기사 {a}({x}) 씨는 지난 {dd}일 밤 "
            "가방을 가까운 지구대에 맡겼다. 가방 주인은 출장차 한국을 찾은 {b} 씨였다. 그는 \"한국 사람들의 "
            "정직함에 놀랐다\"며 {a} 씨에게 감사 편지를 보냈다.\n", a=a, x=age(r, 50, 75), dd=r.randint(1, 28), b=b)
    d.f("{rep} 기자 {em}\n", rep=rep, em=EMAIL(r, "email_plain", dom=C(r, "yna.co.kr", "hankook-news.com", "dmail.co.kr", "kbsnews.kr")))
    return d


def t_press(r):
    d = Doc("보도자료", r)
    minister, dir_, off1, off2 = P(r), P(r), P(r), P(r)
    dept = C(r, "개인정보정책과", "주민과", "외국인정책과", "자동차정책과", "재난안전정책과", "여권과")
    d.f("보도자료\n보도 시점: {dt}(배포 시) | 배포: {dt}\n", dt=kdate(r))
    title = C(r, "주민등록번호 변경 신청, 온라인으로도 가능해진다", "외국인 근로자 체류 지원 확대",
              "자동차 번호판 위조 방지 기술 도입", "여권 발급 대기 시간 절반으로", "개인정보 유출 신고 절차 간소화")
    d.t(f"{title}\n")
    d.f("- {minister} 장관 \"국민이 체감하는 변화를 만들겠다\" -\n\n", minister=minister)
    bv = r.randrange(4)
    org = N(r.choice(INST_NAMES[:4]), "institution_name")
    if bv == 0:
        d.f("{org}(장관 {minister})는 {dt}부터 관련 제도를 개선해 시행한다고 밝혔다. {minister} 장관은 이날 "
            "브리핑에서 \"현장의 목소리를 충분히 들었다\"고 강조했다.\n", org=org, minister=minister, dt=kdate(r))
    elif bv == 1:
        d.f("{org}는 {dt} 정부세종청사에서 관계기관 합동 점검회의를 열고 후속 조치를 논의했다. 회의를 주재한 "
            "{minister} 장관은 \"국민 불편이 없도록 세심하게 챙겨 달라\"고 당부했다.\n", org=org, minister=minister, dt=kdate(r))
    elif bv == 2:
        d.f("이번 개선안은 지난해 접수된 국민제안(제안번호 {rc})을 반영한 것이다. 제안자인 회사원 {cz}({x}) 씨는 "
            "\"제 의견이 실제 제도로 이어져 뿌듯하다\"고 말했다. {minister} 장관은 제안자에게 감사장을 전달했다.\n",
            rc=receipt(r), cz=P(r), x=age(r, 25, 60), minister=minister)
    else:
        d.f("{minister} 장관은 {dt} 현장 간담회에서 외국인 근로자 {fw} 씨 등 참석자들의 이야기를 들었다. {fw} 씨는 "
            "\"체류 연장 서류가 너무 복잡하다\"고 호소했고, {minister} 장관은 \"바로 고치겠다\"고 답했다.\n",
            minister=minister, dt=kdate(r), fw=PF(r))
    if r.random() < 0.5:
        cm, ce = P(r), N(r.choice(COMPANIES), "company_name")
        d.f("시범 사업에 참여한 {ce}의 {cm} 팀장은 \"처리 기간이 일주일에서 하루로 줄었다\"고 {q}.\n", ce=ce, cm=cm, q=C(r, *QV))
    d.t("\n")
    st = r.randrange(3)
    if st == 0:
        d.f("담당 부서 | {dept} | 책임자 | 과장 {dir_} | ({p1})\n", dept=dept, dir_=dir_, p1=PHONE(r, "landline", "hyphen"))
        d.f("         |          | 담당자 | 사무관 {o1} | ({p2}, {e1})\n", o1=off1, p2=PHONE(r, "landline", "hyphen"), e1=EMAIL(r, "email_plain", dom="korea.kr"))
        if r.random() < .6:
            d.f("         |          | 담당자 | 주무관 {o2} | ({p3})\n", o2=off2, p3=PHONE(r, "landline", "hyphen"))
    elif st == 1:
        d.f("담당 부서: {dept}\n책임자: 과장 {dir_} ☎ {p1}\n담당자: 사무관 {o1} ☎ {p2} / {e1}\n",
            dept=dept, dir_=dir_, p1=PHONE(r, "landline", "hyphen"), o1=off1, p2=PHONE(r, "landline", "hyphen"),
            e1=EMAIL(r, "email_plain", dom="korea.kr"))
    else:
        d.f("이 보도자료와 관련하여 자세한 내용이나 취재를 원하시면 {dept} {o1} 사무관({p2}) 또는 {o2} 주무관({p3})에게 "
            "연락주시기 바랍니다.\n", dept=dept, o1=off1, p2=PHONE(r, "landline", "hyphen"), o2=off2, p3=PHONE(r, "landline", "hyphen"))
    d.f("{org} 대표전화 {sw} | {addr}\n", org=N(r.choice(INST_NAMES[:5]), "institution_name"), sw=inst_phone(r), addr=N(r.choice(INST_ADDR), "institution_address"))
    return d


def t_minwon(r):
    d = Doc("민원회신", r)
    cit = P(r) if r.random() < .85 else PF(r)
    off = P(r)
    d.f("{cit} 귀하\n\n", cit=cit) if r.random() < .5 else d.f("수신: {cit} 님 (우 {pc})\n제목: 민원 처리 결과 알림\n\n", cit=cit, pc=N(POSTAL(r), "postal_code"))
    d.f("1. 귀하께서 국민신문고를 통해 신청하신 민원(접수번호 {rc})에 대한 검토 결과를 알려드립니다.\n", rc=receipt(r))
    topic = r.randrange(8)
    if topic == 0:
        pl = PLATE(r)
        d.f("2. 귀하께서 신고하신 차량({pl})은 현장 확인 결과 {when} 소화전 앞 5미터 이내에 정차한 사실이 확인되어 "
            "{law}에 따라 과태료 부과 절차를 진행하였습니다. 참고로 신고인 {cit} 님의 인적 사항은 "
            "피신고인에게 제공되지 않습니다.\n", pl=pl, when=kdate(r), law=statute(r), cit=cit)
    elif topic == 1:
        a, pp = ADDRESS(r, unit="none")
        d.f("2. 요청하신 {a} 앞 보도 파손 구간은 {dt}까지 보수를 마칠 예정입니다. 공사 기간 동안 통행에 불편을 드려 "
            "죄송합니다.\n", a=a, dt=kdate(r))
    elif topic == 2:
        a, pp = ADDRESS(r, unit="apt")
        d.f("2. 민원인 주소지({a}) 인근 공사장의 야간 소음에 대하여 {dt} 22시 측정을 실시한 결과 기준치를 초과하여 "
            "{law}에 따라 공사 중지 명령을 내렸습니다.\n", a=a, dt=kdate(r), law=statute(r))
    elif topic == 3:
        d.f("2. 주민등록표의 생년월일({dob}) 정정은 가족관계등록부 정정이 먼저 이루어져야 가능합니다. 관련 서류를 "
            "갖추어 주소지 읍·면·동 주민센터를 방문하여 주시기 바랍니다({law}).\n", dob=DOB(r), law=statute(r))
    elif topic == 5:
        d.f("2. {cit} 님께서 요청하신 외국인 배우자 {sp}의 체류기간 연장 건은 {law}에 따라 관할 출입국·외국인사무소에서 "
            "처리하는 사항이므로 해당 기관으로 이송하였음을 알려드립니다. 이송 시 외국인등록번호({frn})와 여권번호({pp})가 "
            "함께 전달되었습니다.\n", cit=cit, sp=PF(r), law=statute(r), frn=FRN(r), pp=PASSPORT(r, "pp_foreign"))
    elif topic == 6:
        d.f("2. 귀하의 건강보험료 경감 신청에 대하여 검토한 결과, 신청인 {cit}(건강보험증번호 {hi})의 소득 요건이 충족되어 "
            "{dt}부터 경감이 적용됩니다. 결정 내용에 이의가 있으시면 90일 이내에 이의신청을 하실 수 있습니다.\n", cit=cit, hi=HI(r), dt=kdate(r))
    else:
        bank, ac = ACCT(r, "hyphen")
        d.f("2. 과오납된 지방세 환급금 {amt}은 귀하께서 지정하신 {bank} 계좌({ac})로 {dt}에 입금될 예정입니다.\n",
            amt=amount(r), bank=bank, ac=ac, dt=kdate(r))
    d.f("3. 추가 문의 사항은 {dept} {off} 주무관(☎ {tel})에게 연락하시거나 정부민원안내콜센터(☎ {c110})를 이용하여 "
        "주시기 바랍니다. 끝.\n\n", dept=C(r, "교통행정과", "건설과", "환경과", "세무과", "민원여권과"), off=off,
        tel=PHONE(r, "landline", C(r, "hyphen", "hyphen", "dot")), c110=N("110", "short_code"))
    d.f("{chief}\n", chief=N(C(r, "마포구청장", "수원시장", "해운대구청장", "유성구청장", "춘천시장"), "official_title_only"))
    d.f("시행 {dn} ({dt}) | {addr} | 전화 {sw} | 팩스 {fax} | 공개구분: 부분공개(6)\n", dn=docno(r), dt=kdate(r),
        addr=N(r.choice(INST_ADDR), "institution_address"), sw=inst_phone(r), fax=PHONE(r, "landline", "hyphen"))
    return d


def t_minutes(r):
    d = Doc("회의록", r)
    chair = P(r)
    mem = [P(r) for _ in range(r.randint(3, 6))]
    sec = P(r)
    ext = PF(r) if r.random() < .35 else None
    d.f("{title} 회의록\n일시: {dt} 14:00~16:30\n장소: 정부세종청사 6동 소회의실\n", title=C(r, "제3차 개인정보 분쟁조정위원회", "2024년 제2회 지역교통안전협의회", "외국인주민 지원 정책자문단", "청사 보안관리위원회"), dt=kdate(r))
    d.f("참석자: 위원장 {c}, 위원 ", c=chair)
    for i, m in enumerate(mem):
        d.add(m)
        d.t(", " if i < len(mem) - 1 else "")
    if ext:
        d.f(" (외부 자문위원 {e})", e=ext)
    d.f("\n불참: 김○○ 위원(개인 사정)\n간사: {s}\n\n", s=sec)
    d.negs.append({"start": d.text().index("김○○"), "end": d.text().index("김○○") + 3, "category": "masked_name", "text": "김○○"})
    lines = ["지난 회의에서 제기된 사항부터 보고드리겠습니다.", "현장 점검 결과를 보면 개선이 필요한 부분이 많습니다.",
             "예산 확보가 먼저라고 봅니다.", "저도 같은 의견입니다만 일정이 너무 촉박합니다.",
             "민원인 입장에서 다시 한번 검토해 주셨으면 합니다.", "다음 회의 때 구체적인 수치를 가져오겠습니다.",
             "법률 검토는 이미 마쳤습니다.", "외국인 주민 대상 안내문은 6개 언어로 만들었습니다."]
    styles = r.randrange(3)
    speakers = [(chair, "위원장")] + [(m, "위원") for m in r.sample(mem, min(3, len(mem)))] + [(sec, "간사")]
    if ext:
        speakers.append((ext, "자문위원"))
    r.shuffle(speakers)
    for sp, role in speakers:
        line = r.choice(lines)
        if styles == 0:
            d.f("{sp} {role}: {line}\n", sp=sp, role=role, line=line)
        elif styles == 1:
            d.f("○ {role} {sp}: {line}\n", sp=sp, role=role, line=line)
        else:
            d.f("{sp} {role}{p} \"{line}\"라고 {q}.\n", sp=sp, role=role, p=josa(role, "은"), line=line.rstrip("."), q=C(r, "말했다", "발언했다", "답했다", "제안했다"))
    d.f("\n결정 사항: 위원장 {c:은} 다음 회의를 {dt}에 열기로 하고 간사 {s}에게 자료 준비를 요청함.\n", c=chair, dt=kdate(r), s=sec)
    return d


def t_accident(r):
    d = Doc("사고보고서", r)
    v1, v2, wit = P(r), P(r), P(r) if r.random() < .6 else PF(r)
    a, pp = ADDRESS(r, C(r, "addr_road_full", "addr_road_short", "addr_jibun"), unit="none")
    d.f("교통사고 발생 보고\n1. 일시: {dt} {h}:{m}경\n2. 장소: {a} 앞 교차로\n", dt=kdate(r), h=r.randint(6, 23), m=f"{r.randint(0, 59):02d}", a=a)
    pl1, pl2 = PLATE(r), PLATE(r)
    d.f("3. 관련 차량 및 운전자\n  가. 제1차량 {pl1} / 운전자 {v1}({x}세, 남) / 면허번호 {dl1} / 연락처 {ph1}\n", pl1=pl1, v1=v1, x=age(r), dl1=DL(r), ph1=PHONE(r, "mobile"))
    d.f("  나. 제2차량 {pl2} / 운전자 {v2}({y}세, 여) / 면허번호 {dl2} / 연락처 {ph2}\n", pl2=pl2, v2=v2, y=age(r), dl2=DL(r), ph2=PHONE(r, "mobile"))
    d.f("4. 사고 경위: 제1차량이 황색 신호에 교차로에 진입하면서 좌회전하던 제2차량의 우측 뒷부분을 충격함. "
        "목격자 {w}{jw} \"{pl1} 차량이 속도를 줄이지 않았다\"고 진술함.\n", w=wit, jw=" 씨는" if wit.kind != "name_ko" else josa(wit.val, "은"), pl1=pl1)
    d.f("5. 피해 상황: {v2} 경상(전치 2주), 차량 일부 파손. 보험 접수번호 {rc}.\n", v2=v2, rc=N(f"{r.randint(2023, 2025)}{_d(r, 2)}-{_d(r, 6)}", "insurance_claim_number"))
    d.f("보고자: {dept} 경사 {rp} (☎ {tel})\n", dept=C(r, "교통조사계", "교통사고조사팀"), rp=P(r), tel=PHONE(r, "landline"))
    return d


def t_safety(r):
    d = Doc("사고보고서", r)
    inj = P(r) if r.random() < .7 else PF(r)
    sup = P(r)
    comp = N(r.choice(COMPANIES), "company_name")
    a, pp = ADDRESS(r, unit="floor")
    d.f("산업재해 발생 보고서\n사업장: {comp} (사업자등록번호 {brn})\n소재지: {a}\n", comp=comp, brn=BRN(r), a=a)
    ph = PHONE(r, "mobile")
    bd = rand_date(r, 1955, 2004)
    d.f("재해자: {inj} / 생년월일 {dob} / 외국인등록번호 {frn} / 연락처 {ph}\n" if inj.kind != "name_ko" else
        "재해자: {inj} / 생년월일 {dob} / 주민등록번호 {frn} / 연락처 {ph}\n",
        inj=inj, dob=DOB(r, bd), frn=FRN(r, bd) if inj.kind != "name_ko" else RRN(r, C(r, "rrn_valid", "rrn_masked"), dt=bd), ph=ph)
    d.f("발생 경위: {dt} 오후 작업 중 {inj:이} 지게차 포크에 발등을 다쳐 인근 병원으로 이송됨. 현장 관리자 {sup} 반장은 "
        "\"안전화 착용은 확인했다\"고 진술함. 재해자의 건강보험 자격(증번호 {hi}) 확인 후 산재 신청 예정.\n",
        dt=kdate(r), inj=inj, sup=sup, hi=HI(r))
    d.f("근로복지공단 고객센터 {sw} 안내 완료.\n", sw=switch(r))
    return d


def t_audit(r):
    d = Doc("감사보고서", r)
    o1, o2, rep = P(r), P(r), P(r)
    comp = N(r.choice(COMPANIES), "company_name")
    d.f("{org} 자체감사 결과 보고\n\n1. 감사 개요\n- 감사 기간: {d1} ~ {d2}\n- 감사 근거: {law}\n\n2. 지적 사항\n",
        org=N(r.choice(INST_NAMES), "institution_name"), d1=kdate(r), d2=kdate(r), law=statute(r))
    fr = r.randrange(5)
    bank, ac = ACCT(r)
    if fr == 0:
        d.f("가. 수의계약 부적정: 회계과 {o1} 주무관(7급)은 {comp}(대표 {rep}, 사업자등록번호 {brn}, 법인등록번호 {crn})와 "
            "분할 수의계약을 체결하였음. 계약 대금 {amt}은 업체 계좌({bank} {ac})로 지급되었음.\n",
            o1=o1, comp=comp, rep=rep, brn=BRN(r, True), crn=CRN(r), amt=amount(r), bank=bank, ac=ac)
    elif fr == 1:
        d.f("가. 업무추진비 부당 집행: {o1} 사무관은 {dt} 개인 신용카드({card})로 결제한 식대를 업무추진비로 "
            "청구하였음. {o1:은} \"착오였다\"고 소명하였으나 동석자 {o2}의 진술과 맞지 않음.\n",
            o1=o1, dt=kdate(r), card=CARD(r), o2=o2)
    elif fr == 3:
        d.f("가. 보조금 부정 수급: 수급자 {rep}({x}세)는 {a}에 실제 거주하지 않으면서 전입신고만 한 채 주거급여를 받았음. "
            "사실조사를 한 {o1} 주무관과 통장 {o2}의 확인서에 따르면 해당 주소에는 다른 세대가 살고 있었음.\n",
            rep=rep, x=age(r, 30, 80), a=ADDRESS(r)[0], o1=o1, o2=o2)
    elif fr == 4:
        d.f("가. 전산 접속기록 점검: 퇴직자 {o1}의 계정({uid})이 퇴직 후에도 {ip}에서 {n}회 접속한 기록이 있음. "
            "정보화 담당 {o2} 주무관은 \"계정 삭제 요청을 받지 못했다\"고 답변함.\n", o1=o1, uid=userid(r), ip=IP(r, "ipv4_public"),
            n=r.randint(3, 40), o2=o2)
    else:
        d.f("가. 개인정보 과다 수집: 민원 접수 시 신청인 {rep}의 주민등록번호({rrn}) 전체와 휴대전화({ph})를 "
            "수기 대장에 기록·보관함. 담당자 {o1} 주무관은 \"예전 서식을 그대로 썼다\"고 진술함.\n",
            rep=rep, rrn=RRN(r), ph=PHONE(r, "mobile"), o1=o1)
    d.f("나. 관용차량 운행일지 미작성: {o2} 주무관이 {dt} 관용차를 개인 용무에 사용한 것으로 의심되나 운행일지가 없어 "
        "확인 불가. 관리번호 {mg}.\n\n3. 조치 요구: 주의 {n1}건, 시정 {n2}건, 징계 {n3}건\n감사관 {aud}\n",
        o2=o2, dt=kdate(r), mg=mgmtno(r), n1=r.randint(1, 5), n2=r.randint(0, 3), n3=r.randint(0, 2), aud=P(r))
    return d


def t_judgment(r):
    d = Doc("판결문", r)
    dfn = P(r) if r.random() < .8 else PF(r, "hangul")
    vic, jud, pro, law = P(r), P(r), P(r), P(r)
    a, pp = ADDRESS(r)
    d.f("{court}\n판 결\n사 건  {cn} {crime}\n피 고 인  {dfn} (", court=C(r, "서울중앙지방법원", "수원지방법원", "부산지방법원 동부지원", "대전지방법원"),
        cn=caseno(r), crime=C(r, "사기", "횡령", "도로교통법위반(음주운전)", "개인정보보호법위반"), dfn=dfn)
    if dfn.kind == "name_ko":
        d.add(RRN(r, C(r, "rrn_masked", "rrn_masked", "rrn_valid")))
    else:
        d.add(FRN(r, masked=r.random() < .5))
    d.f("), {job}\n주거 {a}", job=C(r, "회사원", "무직", "자영업", "일용직"), a=a)
    if pp:
        d.t(" " + pp)
    d.f("\n검 사  {pro}(기소), {pro2}(공판)\n변 호 인  변호사 {law}(국선)\n판결선고  {dt}\n\n주 문\n피고인을 징역 {m}월에 처한다.\n\n이 유\n",
        pro=pro, pro2=P(r), law=law, dt=kdate(r, 2024, 2025), m=r.randint(4, 18))
    k = r.randrange(3)
    if k == 0:
        bank, ac = ACCT(r, "hyphen")
        d.f("피고인은 {dt}경 피해자 {vic}에게 \"투자하면 원금을 보장해 주겠다\"고 거짓말하여 이에 속은 피해자로부터 "
            "피고인 명의의 {bank} 계좌({ac})로 {amt}을 송금받았다. 이로써 피고인은 피해자를 기망하여 재물을 편취하였다"
            "({st}).\n", dt=kdate(r, 2021, 2023), vic=vic, bank=bank, ac=ac, amt=amount(r), st=statute(r))
    elif k == 1:
        d.f("피고인은 {dt} 23:40경 혈중알코올농도 0.1{x}%의 술에 취한 상태로 {pl} 승용차를 운전하였다. 피고인은 "
            "2019년에도 같은 범행으로 벌금형을 받은 전력이 있다. 피해자 {vic:은} 법정에서 \"차가 갑자기 인도로 "
            "올라왔다\"고 진술하였다.\n", dt=kdate(r, 2021, 2023), x=r.randint(0, 9), pl=PLATE(r), vic=vic)
    else:
        d.f("피고인은 {comp}의 고객관리 담당자로서 업무상 알게 된 고객 {vic}의 휴대전화번호({ph})와 주소를 "
            "지인에게 넘겨주었다. 증인 {w}의 법정 진술, 압수된 휴대전화의 메시지 내역 등에 의하여 유죄로 인정한다.\n",
            comp=N(r.choice(COMPANIES), "company_name"), vic=vic, ph=PHONE(r, "mobile"), w=P(r))
    d.f("\n판사 {j}\n", j=jud)
    return d


def t_form(r):
    d = Doc("신청서·증명서", r)
    k = r.randrange(6)
    nm = P(r)
    if k == 0:
        d.f("여권 발급 신청서\n※ 작성 예시: 성명 {ex}, 주민등록번호 {z}\n성명(한글) {nm}\n성명(영문) {en}\n주민등록번호 {rrn}\n"
            "종전 여권번호 {pp}\n휴대전화 {ph}\n전자우편 {em}\n긴급연락처 {ec} ({rel}, {ph2})\n",
            ex=N("홍길동", "form_example_name"), z=N("000000-0000000", "placeholder_number"), nm=nm,
            en=S(r.choice(["KIM MINSU", "LEE SEOYEON", "PARK JIHOON", "CHOI YUNA", "JUNG HAYOON", "KANG DOHYUN"]), "PERSON", "name_romanized"),
            rrn=RRN(r), pp=PASSPORT(r, C(r, "pp_kr_old", "pp_kr_new")), ph=PHONE(r, "mobile"), em=EMAIL(r),
            ec=P(r), rel=C(r, "배우자", "부", "모", "자녀"), ph2=PHONE(r, "mobile"))
    elif k == 1:
        comp = N(r.choice(COMPANIES), "company_name")
        a, pp = ADDRESS(r)
        d.f("재 직 증 명 서\n성    명: {nm}\n생년월일: {dob}\n주    소: {a}\n소    속: {comp} 경영지원팀\n"
            "재직기간: {d1} ~ 현재\n용    도: 금융기관 제출용\n위 사실을 증명합니다.\n{dt}\n{comp2} 대표이사 {ceo} (인)\n"
            "사업자등록번호 {brn} | 대표전화 {tel}\n", nm=nm, dob=DOB(r), a=a, comp=comp, d1=kdate(r, 2010, 2022), dt=kdate(r),
            comp2=N(comp.val, "company_name"), ceo=P(r), brn=BRN(r, True), tel=PHONE(r, "landline"))
    elif k == 2:
        f = PF(r)
        c = r.choice(list(NATIONS))
        a, pp = ADDRESS(r)
        d.f("외국인등록 사실증명 발급 신청\n성명 {f}\n국적 {nat}\n외국인등록번호 {frn}\n여권번호 {pp}\n체류자격 E-9\n"
            "체류지 {a}\n연락처 {ph}\n", f=f, nat=NATIONS[c], frn=FRN(r), pp=PASSPORT(r, "pp_foreign"), a=a, ph=PHONE(r, "mobile", C(r, "hyphen", "nosep")))
    elif k == 3:
        d.f("건강보험 자격득실 확인서\n가입자 {nm} ({rrn})\n건강보험증번호 {hi}\n사업장명칭 {comp}\n자격취득일 {d1}\n"
            "피부양자 {dep} (생년월일 {dob}, 배우자)\n발급번호 {iss}\n", nm=nm, rrn=RRN(r, C(r, "rrn_masked", "rrn_valid")), hi=HI(r),
            comp=N(r.choice(COMPANIES), "company_name"), d1=kdate(r, 2005, 2023), dep=P(r), dob=DOB(r),
            iss=N(f"{_d(r, 4)}-{_d(r, 4)}-{_d(r, 4)}-{_d(r, 4)}", "document_issue_number"))
        d.t("문의: 국민건강보험공단 ")
        d.add(N("1577-1000", "switchboard_15xx"))
        d.t("\n")
    elif k == 4:
        bank, ac = ACCT(r)
        d.f("보조금 지급 신청서\n신청인 성명: {nm}    생년월일: {dob}\n주소: {a}\n전화: {ph} / 휴대폰: {mp}\n"
            "입금 계좌: {bank} {ac} (예금주 {nm})\n개인정보 수집·이용 동의: ☑ 동의함\n", nm=nm, dob=DOB(r), a=ADDRESS(r)[0],
            ph=PHONE(r, "landline"), mp=PHONE(r, "mobile"), bank=bank, ac=ac)
    else:
        d.f("운전경력증명서\n성명 {nm}\n주민등록번호 {rrn}\n면허번호 {dl}\n면허종별 1종보통\n최초취득일 {d1}\n"
            "최근 5년간 사고·위반 내역: 없음\n발급기관: 서울지방경찰청장\n", nm=nm, rrn=RRN(r, C(r, "rrn_masked", "rrn_valid", "rrn_valid")),
            dl=DL(r), d1=kdate(r, 1995, 2020))
    return d


def _sep(r):
    return r.choice(["|", " | ", "\t", "   ", "  "])


ROSTERS = {
    "foreign": (["성명", "국적", "외국인등록번호", "여권번호", "연락처"], "외국인 근로자 명부"),
    "contact": (["성명", "부서", "휴대전화", "이메일"], "비상연락망"),
    "pay": (["성명", "생년월일", "은행", "계좌번호", "지급액"], "강사료 지급 명단"),
    "driver": (["성명", "면허번호", "차량번호", "연락처"], "관용차 운전원 배정표"),
    "member": (["성명", "주민등록번호", "주소", "전화"], "교육생 명단"),
    "card": (["성명", "카드번호", "유효기간", "이메일"], "카드 등록 대장"),
    "dep": (["성명", "관계", "주민등록번호", "건강보험증번호"], "피부양자 명단"),
    "vendor": (["상호", "대표자", "사업자등록번호", "법인등록번호", "전화"], "협력업체 현황"),
    "traveler": (["성명", "여권번호", "생년월일", "휴대전화"], "국외출장자 명단"),
    "parking": (["성명", "차량번호", "동호수", "연락처"], "정기주차 등록 현황"),
}


def roster_cell(r, col, person):
    if col == "성명":
        return person
    if col == "국적":
        return r.choice(list(NATIONS.values()))
    if col == "외국인등록번호":
        return FRN(r, masked=r.random() < .15)
    if col == "여권번호":
        return PASSPORT(r)
    if col in ("연락처", "휴대전화"):
        return PHONE(r, "mobile")
    if col == "전화":
        return PHONE(r)
    if col == "부서":
        return r.choice(["총무팀", "기획팀", "민원실", "정보화팀", "시설팀"])
    if col == "이메일":
        return EMAIL(r)
    if col == "생년월일":
        return DOB(r)
    if col == "은행":
        return None
    if col == "지급액":
        return N(f"{r.randint(1, 9)}{r.choice(['00', '50'])},000", "amount")
    if col == "면허번호":
        return DL(r)
    if col == "차량번호":
        return PLATE(r)
    if col == "주민등록번호":
        return RRN(r)
    if col == "주소":
        return ADDRESS(r)[0]
    if col == "카드번호":
        return CARD(r)
    if col == "유효기간":
        return f"{r.randint(1, 12):02d}/{r.randint(26, 31)}"
    if col == "관계":
        return r.choice(["배우자", "자녀", "부", "모"])
    if col == "건강보험증번호":
        return HI(r)
    if col == "상호":
        return N(r.choice(COMPANIES), "company_name")
    if col == "대표자":
        return person
    if col == "사업자등록번호":
        return BRN(r)
    if col == "법인등록번호":
        return CRN(r)
    if col == "동호수":
        return f"{r.randint(101, 112)}동 {r.randint(1, 20)}0{r.randint(1, 4)}호"
    raise KeyError(col)


def t_roster(r, key=None):
    d = Doc("명부·표", r)
    key = key or r.choice(list(ROSTERS) + ["foreign", "foreign", "driver", "traveler"])
    cols, title = ROSTERS[key]
    sep = _sep(r)
    if r.random() < .6:
        d.t(f"[{title}]\n")
    header = r.random() < .7
    if header:
        d.t(sep.join((["연번"] if sep != "   " else ["No"]) + cols) + "\n")
    for i in range(r.randint(3, 6)):
        person = PF(r) if key == "foreign" or (key == "traveler" and r.random() < .2) else P(r)
        d.t(f"{i + 1}{sep}")
        bank = None
        for j, col in enumerate(cols):
            if col == "은행":
                bank, ac = ACCT(r)
                d.t(bank)
            elif col == "계좌번호":
                d.add(ac)
            else:
                c = roster_cell(r, col, person)
                d.add(c)
            if j < len(cols) - 1:
                d.t(sep)
        d.t("\n")
    if r.random() < .4:
        d.f("※ 작성자: {w} / 개인정보 취급 주의\n", w=P(r))
    return d


def t_csv(r):
    d = Doc("CSV", r)
    k = r.randrange(4)
    if k == 0:
        d.t("name,birth,mobile,email,address\n")
        for _ in range(r.randint(3, 6)):
            d.add(P(r)); d.t(","); d.add(DOB(r, form=C(r, "iso", "yyyymmdd", "dot_pad"))); d.t(",")
            d.add(PHONE(r, "mobile", C(r, "hyphen", "nosep"))); d.t(","); d.add(EMAIL(r, "email_plain")); d.t(",\"")
            d.add(ADDRESS(r)[0]); d.t("\"\n")
    elif k == 1:
        d.t("회원ID,성명,국적,외국인등록번호,여권번호,가입일\n")
        for _ in range(r.randint(3, 6)):
            d.add(userid(r)); d.t(","); d.add(PF(r)); d.t(f",{r.choice(list(NATIONS))},"); d.add(FRN(r)); d.t(",")
            d.add(PASSPORT(r, "pp_foreign")); d.t(f",{kdate(r).replace(' ', '')}\n")
    elif k == 2:
        d.t("order_no;buyer;card_no;phone;ip\n")
        for _ in range(r.randint(3, 6)):
            d.add(N(f"ORD{_d(r, 10)}", "order_number")); d.t(";"); d.add(P(r)); d.t(";"); d.add(CARD(r)); d.t(";")
            d.add(PHONE(r, "mobile")); d.t(";"); d.add(IP(r, C(r, "ipv4_public", "ipv4_private"))); d.t("\n")
    else:
        d.t("\"사업자명\",\"대표자\",\"사업자등록번호\",\"법인등록번호\",\"계좌\"\n")
        for _ in range(r.randint(3, 5)):
            bank, ac = ACCT(r, C(r, "hyphen", "nosep"))
            d.t("\""); d.add(N(r.choice(COMPANIES), "company_name")); d.t("\",\""); d.add(P(r)); d.t("\",\"")
            d.add(BRN(r, sep=C(r, "-", ""))); d.t("\",\""); d.add(CRN(r)); d.t(f"\",\"{bank} "); d.add(ac); d.t("\"\n")
    return d


def _ts(r):
    dt = rand_date(r, 2024, 2025)
    return f"{dt.isoformat()} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"


def t_log(r):
    d = Doc("시스템로그", r)
    k = r.randrange(6)
    for _ in range(r.randint(3, 6)):
        if k == 0:
            ip = IP(r, C(r, "ipv4_public", "ipv4_public", "ipv6"))
            d.add(ip); d.t(" - "); d.add(userid(r))
            d.t(f" [{r.randint(1, 28):02d}/Mar/2025:{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:11 +0900] \"GET /minwon/view?id={_d(r, 6)} HTTP/1.1\" 200 {r.randint(300, 9000)}\n")
        elif k == 1:
            d.t(f"{_ts(r)} [AUTH] login {r.choice(['success', 'fail'])} account=")
            d.add(EMAIL(r, "email_plain")); d.t(" src_ip="); d.add(IP(r)); d.t(" agent=Win ")
            d.add(version(r)); d.t("\n")
        elif k == 2:
            d.t(f"{_ts(r)} {r.choice(['IN ', 'OUT'])} GATE-{r.randint(1, 4):02d} plate=")
            d.add(PLATE(r, C(r, "plate_nospace", "plate_3d", "plate_2d", "plate_commercial", "plate_rental")))
            d.t(f" type={r.choice(['정기', '방문', '일반'])} fee={r.choice([0, 1000, 3000])}\n")
        elif k == 3:
            d.t(f"{_ts(r)} [SMS] send to=")
            d.add(PHONE(r, "mobile", C(r, "nosep", "hyphen", "intl"))); d.t(f" tmpl=AUTH_OTP result=DELIVERED msgid={_d(r, 12)}\n")
        elif k == 4:
            d.t(f"{_ts(r)} etax issue ok seq={_d(r, 8)} supplier_brn=")
            d.add(BRN(r, sep=C(r, "", "-"))); d.t(" buyer_brn="); d.add(BRN(r, sep=C(r, "", "-"))); d.t(" buyer_corp=")
            d.add(CRN(r)); d.t("\n")
        else:
            d.t(f"{_ts(r)} fw DENY tcp ")
            d.add(IP(r, "ipv4_public")); d.t(f":{r.randint(1024, 65000)} -> "); d.add(IP(r, "ipv4_private")); d.t(f":{r.choice([22, 3389, 443, 8080])} rule=R{r.randint(1, 300)}\n")
    return d


def t_email(r):
    d = Doc("이메일", r)
    s, t_ = P(r), P(r) if r.random() < .8 else PF(r, "latin")
    se, te = EMAIL(r, "email_plain"), EMAIL(r, "email_plain")
    d.f("From: {s} <{se}>\nTo: {t} <{te}>\nDate: {dt}\nSubject: ", s=s, se=se, t=t_, te=te, dt=_ts(r))
    k = r.randrange(4)
    if k == 0:
        bank, ac = ACCT(r)
        d.f("[재송부] 강의료 입금 계좌 안내\n\n{t}님 안녕하세요.\n지난번 보내드린 계좌번호에 오타가 있어 다시 보냅니다. "
            "{bank} {ac}, 예금주는 제 이름({s})입니다. 신분증 사본은 따로 첨부하지 않았고, 필요하시면 "
            "주민번호 앞자리 {rrn}만 알려드릴게요.\n", t=t_, bank=bank, ac=ac, s=s, rrn=RRN(r, "rrn_masked"))
    elif k == 1:
        f = PF(r)
        d.f("Re: 방한 일정 및 숙소\n\n{t}님, 초청 대상자 {f}의 여권번호({pp}), 외국인등록번호({frn})와 생년월일({dob})을 확인했습니다. "
            "공항 픽업은 제 휴대폰 {ph}로 연락 주시면 됩니다. 숙소는 {a}입니다.\n", t=t_, f=f, pp=PASSPORT(r, "pp_foreign"), frn=FRN(r),
            dob=DOB(r, form=C(r, "iso", "dot_space", "korean")), ph=PHONE(r, "mobile", C(r, "hyphen", "dot", "space")), a=ADDRESS(r, unit="floorroom")[0])
    elif k == 2:
        d.f("회의 참석자 연락처 공유\n\n안녕하세요, {s}입니다. 다음 주 회의 외부 참석자 연락처입니다.\n- {a1}: {p1}, {e1}\n- {a2}: {p2}, {e2}\n"
            "스팸 때문에 메일 주소는 [at] 형태로 적었습니다.\n", s=s, a1=P(r), p1=PHONE(r), e1=EMAIL(r, C(r, "email_at_bracket", "email_at_paren")),
            a2=PF(r), p2=PHONE(r, "mobile", "intl"), e2=EMAIL(r, C(r, "email_spaced", "email_fullwidth_at", "email_at_paren")))
    else:
        d.f("법인카드 분실 신고 건\n\n{t}님, 어제 분실한 카드({card})는 카드사에 정지 요청했습니다. 재발급 카드는 "
            "{a}로 배송됩니다. 카드사 고객센터({sw})에서 본인 확인 문자가 갈 수 있습니다.\n", t=t_, card=CARD(r),
            a=ADDRESS(r)[0], sw=switch(r))
    d.f("\n--\n{s} | {comp}\nT. {tel}  M. {mp}\n", s=s, comp=N(r.choice(COMPANIES), "company_name"), tel=PHONE(r, "landline"), mp=PHONE(r, "mobile", C(r, "hyphen", "dot")))
    return d


def t_call(r):
    d = Doc("통화녹취", r)
    cust = P(r)
    agent = P(r)
    d.f("[상담 녹취록] 상담사 {ag} / 통화일시 {ts}\n상담사: 네, 고객님. 본인 확인을 위해 성함 말씀 부탁드립니다.\n고객: {c}이요.\n",
        ag=agent, ts=_ts(r), c=cust)
    d.f("상담사: 생년월일 여섯 자리 말씀해 주세요.\n고객: {dob}.\n", dob=DOB_spoken(r) if r.random() < .6 else DOB(r, form="yymmdd"))
    k = r.randrange(4)
    if k == 0:
        d.f("상담사: 연락받으실 번호가 어떻게 되세요?\n고객: {ph}요.\n상담사: 확인 감사합니다.\n", ph=PHONE_spoken(r))
    elif k == 1:
        bank, ac = ACCT(r, C(r, "hyphen", "space", "nosep"))
        d.f("상담사: 환불 받으실 계좌 불러 주시겠어요?\n고객: {bank}이고요, {ac}입니다. 예금주는 저예요.\n", bank=bank, ac=ac)
    elif k == 2:
        d.f("상담사: 결제하신 카드 번호 전체를 불러 주세요.\n고객: {card}요. 뒷자리 {l4}.\n", card=CARD(r, style=C(r, "space", "hyphen")), l4=N(_d(r, 4), "card_last4_alone"))
    else:
        d.f("상담사: 메일 주소도 확인할게요.\n고객: {em}이요.\n상담사: 그리고 차량번호도 말씀해 주세요.\n고객: {pl}요.\n",
            em=EMAIL(r, "email_spoken"), pl=PLATE(r, C(r, "plate_2d", "plate_3d")))
    if k != 0 and r.random() < .6:
        d.f("상담사: 문자 받으실 휴대폰 번호도 말씀해 주시겠어요?\n고객: {ph}이요.\n", ph=PHONE_spoken(r) if r.random() < .7 else PHONE(r, "mobile", "space"))
    d.f("상담사: 추가 문의는 콜센터 {sw}로 연락 주세요. 상담사 {ag}였습니다.\n", sw=switch(r), ag=agent)
    return d


def t_ocr(r):
    d = Doc("OCR", r, ocr=True)
    k = r.randrange(7)
    if k == 0:
        a, pp = ADDRESS(r)
        d.f("주민등록증\n{nm}\n{rrn}\n{a}\n{dt}\n{chief}\n", nm=P(r), rrn=RRN(r, "rrn_valid"), a=a, dt=kdate(r, 2010, 2024),
            chief=N(C(r, "서울특별시 마포구청장", "경기도 수원시장", "부산광역시 해운대구청장"), "official_title_only"))
    elif k == 1:
        nm = P(r)
        d.f("자동차운전면허증 (Driver's License)\n1종보통\n{dl}\n{nm}\n{rrn}\n{a}\n적성검사기간 2031.01.01~2031.12.31\n"
            "서울지방경찰청장\n", dl=DL(r, C(r, "dl_num", "dl_name")), nm=nm, rrn=RRN(r, C(r, "rrn_valid", "rrn_masked")), a=ADDRESS(r)[0])
    elif k == 2:
        f = PF(r, "latin")
        d.f("외국인등록증 RESIDENCE CARD\n{frn}\n성명 Name {f}\n국가 {nat}\n체류자격 E-9\n발급일자 {dt}\n"
            "출입국·외국인청장\n", frn=FRN(r), f=f, nat=r.choice(list(NATIONS.values())), dt=kdate(r))
    elif k == 3:
        d.f("여권 PASSPORT\n종류 PM  발행국 KOR  여권번호 {pp}\n성/Surname {sn}\n이름/Given names {gn}\n"
            "생년월일 {dob}\n", pp=PASSPORT(r, C(r, "pp_kr_old", "pp_kr_new")),
            sn=S(r.choice(["KIM", "LEE", "PARK", "CHOI", "JUNG"]), "PERSON", "name_romanized_part"),
            gn=S(r.choice(["MINSU", "SEOYEON", "JIHOON", "YUNA", "HAYOON", "DOHYUN"]), "PERSON", "name_romanized_part"),
            dob=S(f"{r.randint(1, 28):02d} {r.choice(['JAN', 'MAR', 'MAY', 'JUL', 'SEP', 'NOV'])} {r.randint(1950, 2010)}", "DATE_OF_BIRTH", "dob_passport"))
    elif k == 4:
        bank, ac = ACCT(r)
        d.f("통장 사본\n{bank}\n계좌번호 {ac}\n예금주 {nm}\n신규일 {dt}\n", bank=bank, ac=ac, nm=P(r), dt=kdate(r, 2010, 2024))
    elif k == 5:
        a, pp = ADDRESS(r, "addr_road_full", "floorroom")
        d.f("사 업 자 등 록 증\n(일반과세자)\n등록번호 : {brn}\n상    호 : {comp}\n대 표 자 : {nm}\n개업연월일 : {dt}\n"
            "생년월일 : {dob}\n사업장 소재지 : {a}\n{tax}\n", brn=BRN(r, False), comp=N(r.choice(COMPANIES), "company_name"), nm=P(r),
            dt=kdate(r, 2010, 2024), dob=DOB(r, form=C(r, "korean", "dot_space")), a=a, tax=N(C(r, "마포세무서장", "수원세무서장", "동래세무서장"), "official_title_only"))
    else:
        a, pp = ADDRESS(r)
        d.f("자동차등록증\n자동차등록번호 {pl}\n차대번호 {vin}\n최초등록일 {dt}\n소유자 성명 {nm}\n생년월일(법인등록번호) {rrn}\n"
            "사용본거지 {a}\n", pl=PLATE(r, C(r, "plate_2d", "plate_3d")), vin=N("KMH" + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(14)), "vin"),
            dt=kdate(r, 2012, 2024), nm=P(r), rrn=RRN(r, "rrn_masked"), a=a)
    return d


def t_contract(r):
    d = Doc("계약서", r)
    comp = N(r.choice(COMPANIES), "company_name")
    ceo = P(r)
    a, pp = ADDRESS(r, C(r, "addr_road_full", "addr_road_short"), "floor")
    bank, ac = ACCT(r, "hyphen")
    d.f("용역 계약서\n\n발주기관(갑): {inst}\n주소: {ia}\n\n계약상대자(을): {comp}\n대표자: {ceo}\n사업자등록번호: {brn}\n"
        "법인등록번호: {crn}\n주소: {a}\n전화: {tel}\n담당자: {pm} 과장 ({pmp}, {pme})\n\n", inst=N(r.choice(INST_NAMES), "institution_name"),
        ia=N(r.choice(INST_ADDR), "institution_address"), comp=comp, ceo=ceo, brn=BRN(r, True), crn=CRN(r), a=a,
        tel=PHONE(r, "landline"), pm=P(r), pmp=PHONE(r, "mobile"), pme=EMAIL(r))
    d.f("제5조(대금 지급) 갑은 검수 완료 후 14일 이내에 을이 지정한 계좌({bank} {ac}, 예금주 {comp2})로 대금을 지급한다.\n"
        "제9조(비밀유지) 을은 용역 수행 중 알게 된 개인정보를 {law}에 따라 처리한다.\n입찰공고번호: {bid}\n\n{dt}\n갑 {chief} (인)   을 {comp3} 대표이사 {ceo} (인)\n",
        bank=bank, ac=ac, comp2=N(comp.val, "company_name"), law=statute(r), bid=bidno(r), dt=kdate(r),
        chief=N(C(r, "행정안전부장관", "국토교통부장관", "마포구청장"), "official_title_only"), comp3=N(comp.val, "company_name"), ceo=ceo)
    return d


def t_payment(r):
    d = Doc("결제·영수증", r)
    k = r.randrange(3)
    if k == 0:
        d.f("신용카드 매출전표\n카드번호 {card}\n승인일시 {ts}\n승인번호 {ap}\n가맹점명 {comp}\n사업자번호 {brn}\n가맹점주소 {a}\n"
            "합계 {amt}\n", card=CARD(r, style=C(r, "masked", "masked", "hyphen")), ts=_ts(r), ap=N(_d(r, 8), "approval_number"),
            comp=N(r.choice(COMPANIES), "company_name"), brn=BRN(r), a=ADDRESS(r, unit="floor")[0], amt=amount(r))
    elif k == 1:
        nm = P(r)
        d.f("[카드 이용 안내] {nm}님, {card} 카드로 {amt}이 결제되었습니다. 본인이 아닌 경우 {sw}로 신고하세요. 결제 IP {ip}\n",
            nm=nm, card=CARD(r, style="masked"), amt=amount(r), sw=switch(r), ip=IP(r, "ipv4_public"))
    else:
        d.f("온라인 주문 확인\n주문자: {nm}\n받는 분: {rc} / {ph}\n배송지: {a}\n결제수단: {brand} {card}\n", nm=P(r), rc=P(r),
            ph=PHONE(r, "mobile", C(r, "hyphen", "nosep", "dot")), a=ADDRESS(r)[0], brand=C(r, "신용카드", "체크카드"), card=CARD(r, style=C(r, "masked", "nosep", "space")))
    return d


def t_vehicle(r):
    d = Doc("과태료고지서", r)
    nm = P(r)
    a, pp = ADDRESS(r)
    pc = N(POSTAL(r), "postal_code")
    d.f("주정차위반 과태료 사전통지서\n({pc}) {a}", pc=pc, a=a)
    if pp:
        d.t(" " + pp)
    d.f("\n{nm} 귀하\n차량번호: {pl}\n위반일시: {ts}\n위반장소: {place}\n납부금액: {amt}\n가상계좌: {vbank} {va}\n"
        "의견진술 기한: {dt}\n근거: {law}\n문의: {dept} (☎ {tel})\n",
        nm=nm, pl=PLATE(r), ts=_ts(r), place=C(r, "시청역 3번 출구 앞", "OO초등학교 어린이보호구역", "중앙시장 입구 소화전 앞"),
        amt=N(C(r, "40,000원", "80,000원", "120,000원"), "amount"), vbank=C(r, "우리은행", "농협"),
        va=N(f"{r.randint(500, 599)}-{_d(r, 6)}-{_d(r, 5)}", "virtual_account_institution"), dt=kdate(r), law=statute(r),
        dept=C(r, "교통지도과", "주차관리팀"), tel=inst_phone(r))
    return d


def t_noPII(r):
    d = Doc(C(r, "공문", "안내문", "질의회신"), r)
    k = r.randrange(4)
    if k == 0:
        d.f("수신 {rec}\n(경유)\n제목 개인정보 처리방침 개정 안내\n1. 관련: {dn}({dt})\n2. {law}에 따라 개인정보 처리방침을 "
            "개정하였으므로 각 기관에서는 홈페이지 게시 내용을 갱신하여 주시기 바랍니다.\n붙임 개정 처리방침 1부. 끝.\n\n{chief}\n"
            "시행 {dn2} ({dt}) 접수 {dn3}\n{ia} / 전화 {sw} / 공개\n", rec=N("수신자 참조", "recipient_line"), dn=docno(r), dt=kdate(r),
            law=statute(r), chief=N(C(r, "행정안전부장관", "보건복지부장관"), "official_title_only"), dn2=docno(r), dn3=docno(r),
            ia=N(r.choice(INST_ADDR), "institution_address"), sw=inst_phone(r))
    elif k == 1:
        d.f("[질의] 갑은 {yr}년 A법인으로부터 토지를 취득하였고, 을에게 일부를 양도하였음. 이 경우 양도소득세 과세 여부는?\n"
            "[회신] 귀 질의의 경우 {law}에 따라 판단하는 것이며, 기존 해석사례({dn})를 참고하시기 바랍니다. 사실관계: 취득가액 {amt}, "
            "관련 판례 {cn}.\n", yr=r.randint(2010, 2022), law=statute(r), dn=docno(r), amt=amount(r), cn=caseno(r))
    elif k == 2:
        d.f("개인정보 입력 예시\n성명: {ex}\n주민등록번호: {z}\n휴대전화: 010-0000-0000\n※ 위는 작성 예시이며 실제 정보를 입력하세요. "
            "문의: 정부민원안내콜센터 {c110}, 다산콜센터 {c120}, {sw}\n", ex=N("홍길동", "form_example_name"), z=N("000000-0000000", "placeholder_number"),
            c110=N("110", "short_code"), c120=N("120", "short_code"), sw=switch(r))
        d.negs.append({"start": d.text().index("010-0000-0000"), "end": d.text().index("010-0000-0000") + 13, "category": "placeholder_number", "text": "010-0000-0000"})
    else:
        d.f("시스템 점검 공지\n점검 일시: {dt} 02:00~06:00\n대상: 민원포털 서버(버전 {ver}), 관리번호 {mg}\n나라장터 공고번호 {bid}\n"
            "점검 중에는 {sw}(평일 09~18시)로 문의하시기 바랍니다. 접수번호 {rc} 건은 점검 후 처리됩니다.\n", dt=kdate(r), ver=version(r),
            mg=mgmtno(r), bid=bidno(r), sw=switch(r), rc=receipt(r))
    return d


TEMPLATES = [
    ("news", t_news, 45), ("press", t_press, 30), ("minwon", t_minwon, 36), ("minutes", t_minutes, 28),
    ("accident", t_accident, 34), ("safety", t_safety, 14), ("audit", t_audit, 26), ("judgment", t_judgment, 26),
    ("form", t_form, 54), ("roster", t_roster, 72), ("csv", t_csv, 26), ("log", t_log, 40), ("email", t_email, 32),
    ("call", t_call, 30), ("ocr", t_ocr, 64), ("contract", t_contract, 18), ("payment", t_payment, 26),
    ("vehicle", t_vehicle, 14), ("nopii", t_noPII, 28),
]


# ----------------------------------------------------------------------------
# validation
# ----------------------------------------------------------------------------
DASHES = "‐‑‒–—－﹣−"
SPOKEN_EMAIL = [(" 골뱅이 ", "@"), (" 점 ", "."), ("(at)", "@"), ("(dot)", "."), (" [at] ", "@"), (" [dot] ", ".")]


def norm(v, noise):
    x = unicodedata.normalize("NFKC", v)
    for c in DASHES:
        x = x.replace(c, "-")
    if "confusable" in noise:
        x = "".join(CONF_BACK.get(c, c) for c in x)
    return x


def valid_date(y, m, d):
    try:
        return datetime.date(y, m, d)
    except ValueError:
        return None


def check_value(sp):
    typ, kind, v = sp["type"], sp["kind"], norm(sp["value"], sp["noise"])
    compact = re.sub(r"\s", "", v)
    if typ == "KR_RRN":
        m = re.fullmatch(r"(\d{2})(\d{2})(\d{2})-?([1-4])([\d*●Xx]{6})", compact)
        assert m, v
        yy, mm, dd, g = int(m[1]), int(m[2]), int(m[3]), int(m[4])
        dt = valid_date((1900 if g in (1, 2) else 2000) + yy, mm, dd)
        assert dt, v
        digits = compact.replace("-", "")
        if kind.startswith("rrn_valid"):
            assert digits.isdigit() and rrn_check(digits[:12]) == int(digits[12]), v
        elif kind == "rrn_post2020":
            assert digits.isdigit() and rrn_check(digits[:12]) != int(digits[12]) and dt >= datetime.date(2020, 10, 1), v
        else:
            assert len(re.findall(r"[*●Xx]", m[5])) == 6, v
    elif typ == "KR_FRN":
        m = re.fullmatch(r"(\d{6})-?([5-8])([\d*]{6})", compact)
        assert m, v
        g = int(m[2])
        assert valid_date((1900 if g in (5, 6) else 2000) + int(m[1][:2]), int(m[1][2:4]), int(m[1][4:])), v
        if kind == "frn_valid":
            digits = compact.replace("-", "")
            assert frn_check(digits[:12]) == int(digits[12]) and int(digits[7:9]) % 2 == 0 and digits[11] in "6789", v
        else:
            assert m[3] == "******", v
    elif typ == "KR_BRN":
        digits = compact.replace("-", "")
        assert re.fullmatch(r"\d{10}", digits) and brn_check(digits[:9]) == int(digits[9]), v
    elif typ == "KR_CRN":
        assert re.fullmatch(r"\d{6}-\d{7}", compact), v
        digits = compact.replace("-", "")
        assert crn_check(digits[:12]) == int(digits[12]), v
    elif typ == "CREDIT_CARD":
        digits = re.sub(r"[- ]", "", compact)
        if kind.endswith("masked"):
            assert re.fullmatch(r"\d{4,6}[\d*]{5,8}\d{4,5}", digits) and "*" in digits and len(digits) in (15, 16), v
        else:
            assert digits.isdigit() and len(digits) in (15, 16) and luhn_ok(digits), v
    elif typ == "KR_PASSPORT":
        if kind == "pp_kr_old":
            assert re.fullmatch(r"[MSGDR]\d{8}", compact), v
        elif kind == "pp_kr_new":
            assert re.fullmatch(r"[MSGDR]\d{3}[A-Z]\d{4}", compact), v
        else:
            assert re.fullmatch(r"[A-Z]{1,2}\d{7,8}[A-Z]?", compact), v
    elif typ == "KR_DRIVER_LICENSE":
        assert re.fullmatch(r"(?:(?:[가-힣]{2})?\d{2}-\d{6}-\d{2}|\d{2}-\d{2}-\d{6}-\d{2}|\d{12})", compact), v
        if re.match(r"[가-힣]", compact):
            assert compact[:2] in DL_REG, v
        else:
            assert 11 <= int(compact[:2]) <= 28, v
    elif typ == "KR_VEHICLE_PLATE":
        assert re.fullmatch(r"(?:[가-힣]{2})?\d{2,3}[가-힣]\d{4}", compact), v
    elif typ == "KR_HEALTH_INSURANCE":
        assert re.fullmatch(r"[1-7]\d{10}", compact), v
    elif typ == "KR_BANK_ACCOUNT":
        assert re.fullmatch(r"\d[\d*]*(?:[- ][\d*]+)*", v.replace("\n", " ")) and 10 <= len(re.sub(r"\D", "", compact.replace("*", "0"))) <= 14, v
    elif typ == "PHONE_NUMBER":
        x = v
        if "spoken" in kind:
            x = "".join(str(HDIG.index(c)) if c in HDIG else c for c in x).replace("에", "")
        digits = re.sub(r"\D", "", x)
        if x.startswith("+82"):
            digits = "0" + digits[2:]
        assert digits.startswith("0") and 9 <= len(digits) <= 11, v
    elif typ == "EMAIL_ADDRESS":
        x = v
        for a, b in SPOKEN_EMAIL:
            x = x.replace(a, b)
        x = re.sub(r"\s*@\s*", "@", x)
        assert re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", x), v
    elif typ == "IP_ADDRESS":
        ipaddress.ip_address(compact)
    elif typ == "DATE_OF_BIRTH":
        if kind == "dob_spoken":
            x = "".join(str(HDIG.index(c)) for c in v)
            assert len(x) == 6 and valid_date(2000 + int(x[:2]), int(x[2:4]), int(x[4:])), v
        elif kind == "dob_passport":
            datetime.datetime.strptime(compact, "%d%b%Y")
        else:
            nums = [int(n) for n in re.findall(r"\d+", compact)]
            if len(nums) == 1:
                s = str(re.findall(r"\d+", compact)[0])
                nums = [int(s[:4]), int(s[4:6]), int(s[6:])] if len(s) == 8 else [2000 + int(s[:2]), int(s[2:4]), int(s[4:])]
            assert len(nums) == 3 and valid_date(nums[0] if nums[0] > 99 else 2000 + nums[0], nums[1], nums[2]), v
    elif typ == "KR_ADDRESS":
        first = v.split()[0]
        heads = {a[0] for a in ADDR} | {a[1] for a in ADDR} | {s[0].split()[0] for a in ADDR for s in a[2]}
        assert first in heads, v
        assert re.search(r"(\d|호|층)$", compact), v
    elif typ == "PERSON":
        x = v.replace(" ", "")
        if kind == "name_ko":
            assert re.fullmatch(r"[가-힣]{3,4}", x) and x != "홍길동", v
            assert not re.search(r"(씨|님|과장|위원|주무관|사무관|귀하)$", x), v
        else:
            assert re.fullmatch(r"[A-Za-z가-힣 ]+", v), v
    else:
        raise AssertionError(typ)


PII_SHAPES = [
    ("mobile", re.compile(r"(?<!\d)01[016789][-. ]?\d{3,4}[-. ]?\d{4}(?!\d)")),
    ("email", re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z]")),
    ("rrn_shape", re.compile(r"(?<!\d)\d{6}\s?-\s?[1-8][\d*●X]{6}(?!\d)")),
    ("card16", re.compile(r"(?<!\d)\d{4}[- ]?\d{4}[- ]?\d{4}[- ]?\d{4}(?!\d)")),
    ("ipv4", re.compile(r"(?<![\d.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d.])")),
    ("brn", re.compile(r"(?<!\d)\d{3}-\d{2}-\d{5}(?!\d)")),
    ("dl", re.compile(r"(?<!\d)\d{2}-\d{2}-\d{6}-\d{2}(?!\d)")),
    ("plate", re.compile(r"(?<!\d)\d{2,3}[" + PLATE_PRIV + "바사아자하허호] ?\d{4}(?!\d)")),
    ("passport", re.compile(r"(?<![A-Za-z0-9])[MSGDR]\d{3}[A-Z0-9]\d{4}(?![A-Za-z0-9])")),
    ("landline", re.compile(r"(?<![\d-])0\d{1,2}-\d{3,4}-\d{4}(?![\d-])")),
]


class Collision(Exception):
    pass


def validate_record(text, spans, negs, strict=True):
    last = 0
    covered = [False] * len(text)
    for sp in spans:
        s, e = sp["start"], sp["end"]
        assert 0 <= s < e <= len(text) and s >= last, ("order/bounds", sp)
        assert text[s:e] == sp["value"], sp
        assert not text[s].isspace() and not text[e - 1].isspace(), ("edge whitespace", sp)
        assert sp["type"] in TYPES
        check_value(sp)
        for k in range(s, e):
            covered[k] = True
        last = e
    for ng in negs:
        assert text[ng["start"]:ng["end"]] == ng["text"], ng
        if any(covered[ng["start"]:ng["end"]]):
            raise Collision("neg overlaps span")
    # every other occurrence of a labelled value must be labelled
    starts = {(sp["start"], sp["end"]) for sp in spans}
    for sp in spans:
        v = sp["value"]
        i = text.find(v)
        while i >= 0:
            if (i, i + len(v)) not in starts:
                # a different span covering exactly? otherwise unlabelled repeat
                raise Collision(f"unlabelled repeat {v!r}")
            i = text.find(v, i + 1)
    # unlabelled PII shapes outside spans and outside tagged hard negatives
    masked = list(text)
    for sp in spans:
        for k in range(sp["start"], sp["end"]):
            masked[k] = "\x00"
    for ng in negs:
        for k in range(ng["start"], ng["end"]):
            masked[k] = "\x01"
    mt = "".join(masked)
    for name, rx in PII_SHAPES:
        m = rx.search(mt)
        if m:
            raise AssertionError(f"unlabelled {name}: {m.group(0)!r} in {text[max(0, m.start() - 30):m.end() + 30]!r}")


# ----------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------
def build():
    recs, metas = [], []
    retries = 0
    for tname, fn, n in TEMPLATES:
        for i in range(n):
            for attempt in range(50):
                seed = f"pii_u-2026|{tname}|{i}" + (f"|r{attempt}" if attempt else "")
                r = random.Random(seed)
                d = fn(r)
                text = d.text()
                spans = sorted(d.spans, key=lambda x: x["start"])
                negs = sorted(d.negs, key=lambda x: x["start"])
                try:
                    validate_record(text, spans, negs)
                except Collision:
                    retries += 1
                    continue
                break
            else:
                raise RuntimeError(f"could not generate {tname} {i}")
            recs.append((tname, seed, d.genre, text, spans, negs, d.ocr))
    order = random.Random("pii_u-2026|order|0")
    order.shuffle(recs)
    out, meta = [], []
    for k, (tname, seed, genre, text, spans, negs, ocr) in enumerate(recs):
        rid = f"pii_u-{k + 1:04d}"
        out.append({"id": rid, "text": text,
                    "spans": [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in spans],
                    "genre": genre})
        meta.append({"id": rid, "template": tname, "seed": seed, "genre": genre, "ocr": ocr,
                     "spans": [{"start": s["start"], "end": s["end"], "type": s["type"], "kind": s["kind"],
                                "noise": s["noise"]} for s in spans],
                     "hard_negatives": [{"start": g["start"], "end": g["end"], "category": g["category"],
                                         "text": g["text"]} for g in negs]})
    return out, meta, retries


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")


def reread_and_check(path, mpath):
    rows = [json.loads(x) for x in open(path, encoding="utf-8")]
    metas = [json.loads(x) for x in open(mpath, encoding="utf-8")]
    assert len(rows) == len(metas)
    ids = set()
    for row, me in zip(rows, metas):
        assert set(row) == {"id", "text", "spans", "genre"} and row["id"] == me["id"] and row["id"] not in ids
        ids.add(row["id"])
        assert len(row["spans"]) == len(me["spans"])
        spans = []
        for sp, ms in zip(row["spans"], me["spans"]):
            assert (sp["start"], sp["end"], sp["type"]) == (ms["start"], ms["end"], ms["type"])
            spans.append(dict(ms, value=row["text"][sp["start"]:sp["end"]]))
        negs = [dict(g) for g in me["hard_negatives"]]
        validate_record(row["text"], spans, negs)
    return rows, metas


def main():
    out, meta, retries = build()
    p1, p2 = os.path.join(OUT, "pii_u.jsonl"), os.path.join(OUT, "pii_u.meta.jsonl")
    write_jsonl(p1, out)
    write_jsonl(p2, meta)
    rows, metas = reread_and_check(p1, p2)
    from collections import Counter
    tc = Counter(sp["type"] for r_ in rows for sp in r_["spans"])
    gc = Counter(r_["genre"] for r_ in rows)
    empty = sum(1 for r_ in rows if not r_["spans"])
    print(f"records {len(rows)}  spans {sum(tc.values())}  no-PII records {empty}  collision-retries {retries}")
    for t in TYPES:
        print(f"  {t:22s} {tc[t]}")
    need = ["KR_RRN", "KR_FRN", "KR_PASSPORT", "KR_DRIVER_LICENSE", "CREDIT_CARD", "KR_BANK_ACCOUNT",
            "PHONE_NUMBER", "EMAIL_ADDRESS"]
    short = [t for t in need if tc[t] < 90]
    assert len(rows) >= 450, len(rows)
    assert not short, short
    assert all(tc[t] > 0 for t in TYPES)
    print("validation OK")


if __name__ == "__main__":
    main()
