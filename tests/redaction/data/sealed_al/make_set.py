#!/usr/bin/env python3
"""pii_al: independent Korean public-sector PII evaluation set (synthetic).

Deterministic generator, standard library only.
    python3 make_set.py            # writes pii_al.jsonl, pii_al.meta.jsonl, stats.json, then re-validates
Every random choice comes from random.Random("pii_al-2026|<template>|<i>") (retries append "|r<k>").
"""
import json, os, re, sys, random, unicodedata, hashlib, datetime

OUT = os.path.dirname(os.path.abspath(__file__))
SEED_PREFIX = "pii_al-2026"

# ---------------------------------------------------------------- pools
SURN1 = list("김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용")
SURN2 = ["남궁", "황보", "선우", "제갈", "독고", "사공", "서문"]
GIVEN = list("민서지현준우도윤하은수예진영성재승유혜경태동정원희연상호철미소주아나다보채시규건훈석율람솔빈찬결인환범기형광종숙순자옥향란명효봄슬별온")

FOREIGN = [  # (latin family list, latin given list, hangul family, hangul given) aligned
    (["NGUYEN", "TRAN", "LE", "PHAM", "HOANG", "VU", "DANG", "BUI"], ["응우옌", "쩐", "레", "팜", "호앙", "부", "당", "부이"],
     ["THI HOA", "VAN TUAN", "THI LAN", "VAN HUNG", "THI NGOC", "DUC THANH", "MINH ANH", "THI LINH"],
     ["티 호아", "반 뚜언", "티 란", "반 흥", "티 응옥", "득 타인", "민 안", "티 린"]),
    (["WANG", "ZHANG", "LIU", "CHEN", "YANG", "ZHAO", "ZHOU", "SUN"], ["왕", "장", "류", "천", "양", "자오", "저우", "쑨"],
     ["WEI", "FANG", "JING", "LEI", "YAN", "QIANG", "XIULAN", "HAORAN"],
     ["웨이", "팡", "징", "레이", "옌", "창", "슈란", "하오란"]),
    (["KARIMOV", "RAHIMOV", "YUSUPOV", "TURSUNOV", "ALIYEV"], ["카리모프", "라히모프", "유수포프", "투르수노프", "알리예프"],
     ["AZIZ", "BOBUR", "JASUR", "SARDOR", "OTABEK"], ["아지즈", "보부르", "자수르", "사르도르", "오타벡"]),
    (["SANTOS", "REYES", "CRUZ", "GARCIA", "BAUTISTA"], ["산토스", "레예스", "크루스", "가르시아", "바우티스타"],
     ["MARIA", "JOSE", "ANGELICA", "MARK", "JOY"], ["마리아", "호세", "안젤리카", "마크", "조이"]),
    (["GURUNG", "TAMANG", "SHRESTHA", "RAI", "MAGAR"], ["구룽", "타망", "슈레스타", "라이", "마가르"],
     ["RAM", "SITA", "BIKASH", "ANITA", "SURESH"], ["람", "시타", "비카스", "아니타", "수레시"]),
    (["BATBAYAR", "GANBOLD", "ENKHTUYA", "BOLD"], ["바트바야르", "간볼드", "엥흐투야", "볼드"],
     ["TEMUULEN", "NARAN", "ODGEREL", "MUNKH"], ["테무질렌", "나랑", "오드게렐", "뭉흐"]),
    (["HARRIS", "MILLER", "BAKER", "COOPER", "WALSH"], ["해리스", "밀러", "베이커", "쿠퍼", "월시"],
     ["EMILY", "MICHAEL", "SARAH", "DANIEL", "OLIVIA"], ["에밀리", "마이클", "세라", "대니얼", "올리비아"]),
]
NATION = ["베트남", "중국", "우즈베키스탄", "필리핀", "네팔", "몽골", "미국"]
NATION_EN = ["VIETNAM", "CHINA", "UZBEKISTAN", "PHILIPPINES", "NEPAL", "MONGOLIA", "USA"]

SIDO = [  # (full, short forms, [sgg])
    ("서울특별시", ["서울시", "서울"], ["종로구", "중구", "용산구", "성동구", "광진구", "마포구", "서대문구", "강서구", "관악구", "노원구", "송파구", "강남구", "은평구", "동작구"]),
    ("부산광역시", ["부산시", "부산"], ["해운대구", "사하구", "동래구", "부산진구", "수영구", "기장군"]),
    ("대구광역시", ["대구시", "대구"], ["수성구", "달서구", "북구", "달성군"]),
    ("인천광역시", ["인천시", "인천"], ["남동구", "부평구", "연수구", "서구", "강화군"]),
    ("광주광역시", ["광주시", "광주"], ["북구", "광산구", "서구"]),
    ("대전광역시", ["대전시", "대전"], ["유성구", "서구", "대덕구"]),
    ("울산광역시", ["울산시", "울산"], ["남구", "울주군", "중구"]),
    ("경기도", ["경기"], ["수원시 팔달구", "수원시 영통구", "성남시 분당구", "고양시 일산동구", "용인시 수지구", "부천시", "화성시", "남양주시", "파주시", "김포시", "양평군", "가평군"]),
    ("강원특별자치도", ["강원도", "강원"], ["춘천시", "원주시", "강릉시", "홍천군"]),
    ("충청북도", ["충북"], ["청주시 상당구", "충주시", "제천시", "옥천군"]),
    ("충청남도", ["충남"], ["천안시 서북구", "아산시", "공주시", "홍성군"]),
    ("전북특별자치도", ["전라북도", "전북"], ["전주시 완산구", "군산시", "익산시", "남원시"]),
    ("전라남도", ["전남"], ["목포시", "여수시", "순천시", "나주시", "해남군"]),
    ("경상북도", ["경북"], ["포항시 남구", "구미시", "경주시", "안동시", "칠곡군"]),
    ("경상남도", ["경남"], ["창원시 성산구", "김해시", "진주시", "양산시", "거제시"]),
    ("제주특별자치도", ["제주도", "제주"], ["제주시", "서귀포시"]),
]
SEJONG = "세종특별자치시"
ROADSTEM = ["한빛", "솔내", "가람", "누리", "새솔", "은하수", "하늬", "물빛", "꽃담", "별빛", "온누리", "도담", "나래", "푸른숲", "달맞이", "들꽃", "햇살", "미리내", "구름다리", "아름", "샘터", "버들", "노을", "다온", "여울", "늘봄", "청솔", "단비", "해오름", "솔바람", "모래내", "느티", "은행나무", "반딧불", "갈대밭"]
DONGSTEM = ["한빛", "솔내", "가람", "누리", "새솔", "하늬", "물빛", "꽃담", "별빛", "도담", "나래", "들꽃", "햇살", "샘터", "버들", "여울"]
APT = ["한빛아파트", "푸른마을3단지", "솔내빌라", "누리오피스텔", "새솔마을 2단지아파트", "햇살타운", "별빛하이츠", "여울채아파트", "도담맨션"]
BANKS = [  # name, grouping, sub
    ("국민은행", [6, 2, 6], "kb"), ("KB국민은행", [3, 2, 4, 3], "kb_old"), ("신한은행", [3, 3, 6], "shinhan"),
    ("우리은행", [4, 3, 6], "woori"), ("하나은행", [3, 6, 5], "hana"), ("농협은행", [3, 4, 4, 2], "nh"),
    ("NH농협", [6, 2, 6], "nh_personal"), ("IBK기업은행", [3, 6, 2, 3], "ibk"), ("우체국", [6, 2, 6], "post"),
    ("새마을금고", [4, 2, 6, 1], "kfcc"), ("카카오뱅크", [4, 2, 7], "kakao"), ("토스뱅크", [4, 4, 4], "toss"),
    ("부산은행", [3, 4, 4, 2], "busan"), ("SC제일은행", [3, 2, 6], "sc"), ("수협은행", [3, 2, 6], "suhyup"),
]
CO_STEM = ["한빛", "다온", "누리", "새솔", "가람", "도담", "미리내", "온새미로", "해오름", "청솔", "바른", "으뜸", "푸른솔", "은빛"]
CO_SUF = ["엔지니어링", "건설", "정보기술", "테크", "산업", "환경", "컨설팅", "디자인", "푸드", "시스템즈", "인쇄", "조경", "전기", "통신"]
ORGS = [  # (agency name, dept list, domain, city for 청사)
    ("행정안전부", ["지역경제지원관실", "주민과", "정보공개정책과", "자치행정과"], "mois.go.kr", "sejong"),
    ("보건복지부", ["기초생활보장과", "아동복지정책과", "노인정책과"], "mohw.go.kr", "sejong"),
    ("법무부", ["체류관리과", "외국인정책과", "출입국심사과"], "moj.go.kr", "gov"),
    ("국토교통부", ["자동차정책과", "도로운영과"], "molit.go.kr", "sejong"),
    ("고용노동부", ["외국인력정책과", "고용지원정책과"], "moel.go.kr", "sejong"),
    ("교육부", ["학생지원국", "교육복지정책과"], "moe.go.kr", "sejong"),
    ("경찰청", ["교통운영과", "운전면허계"], "police.go.kr", "seoul"),
]
LOCAL = [("서울특별시 마포구", "마포구청", "마포구청장"), ("경기도 수원시", "수원시청", "수원시장"), ("부산광역시 해운대구", "해운대구청", "해운대구청장"),
         ("충청남도 천안시", "천안시청", "천안시장"), ("전라남도 순천시", "순천시청", "순천시장"), ("강원특별자치도 원주시", "원주시청", "원주시장"),
         ("경상북도 구미시", "구미시청", "구미시장"), ("대전광역시 유성구", "유성구청", "유성구청장"), ("인천광역시 부평구", "부평구청", "부평구청장"),
         ("제주특별자치도 제주시", "제주시청", "제주시장"), ("경상남도 김해시", "김해시청", "김해시장"), ("전북특별자치도 군산시", "군산시청", "군산시장")]
ROMA = ["min", "seo", "ji", "hyun", "jun", "woo", "do", "yoon", "ha", "eun", "su", "ye", "jin", "young", "sung", "jae", "yu", "hye", "kyung", "tae", "dong", "won", "hee", "sang", "ho", "chul", "mi", "so", "joo", "na", "bo", "chae", "gyu", "hoon", "seok", "sol", "bin", "chan"]
ROMA_SUR = ["kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "han", "oh", "shin", "kwon", "hwang", "ahn", "song", "hong"]
MAILDOM = ["naver.com", "daum.net", "hanmail.net", "gmail.com", "kakao.com", "nate.com", "outlook.kr"]
HDIG = "공일이삼사오육칠팔구"
HDIG_ALT = {"영": "0", "공": "0", "일": "1", "이": "2", "삼": "3", "사": "4", "오": "5", "육": "6", "륙": "6", "칠": "7", "팔": "8", "구": "9"}


def josa(word, pair):
    a, b = pair.split("/")
    ch = word[-1]
    if "가" <= ch <= "힣":
        jong = (ord(ch) - 0xAC00) % 28
        if a == "으로":
            return word + ("로" if jong in (0, 8) else "으로")
        return word + (a if jong else b)
    return word + b


# ---------------------------------------------------------------- builder
class B:
    def __init__(self):
        self.parts, self.pos, self.spans, self.negs = [], 0, [], []

    def t(self, *xs):
        for x in xs:
            self.parts.append(x)
            self.pos += len(x)
        return self

    scan = 0.0
    r = None

    def p(self, v, typ=None, sub=None, noise=()):
        # v may be a tuple (text, type, sub, noise)
        if isinstance(v, tuple):
            v, typ, sub, noise = v
        if self.scan and not noise and typ in SCAN_TYPES and self.r.random() < self.scan:
            v, noise = nz(self.r, v, ocr_noise_kinds(self.r, typ not in ("KR_PASSPORT", "KR_DRIVER_LICENSE")))
            noise = list(noise) + ["scanned_doc"]
        assert v and v == v.strip(), repr(v)
        self.spans.append({"start": self.pos, "end": self.pos + len(v), "type": typ, "sub_kind": sub, "noise": list(noise), "value": v})
        return self.t(v)

    def n(self, v, cat):
        self.negs.append({"start": self.pos, "end": self.pos + len(v), "text": v, "category": cat})
        return self.t(v)

    def text(self):
        return "".join(self.parts)


SCAN_TYPES = ("KR_RRN", "KR_FRN", "PHONE_NUMBER", "KR_BANK_ACCOUNT", "CREDIT_CARD", "KR_BRN", "KR_CRN", "KR_HEALTH_INSURANCE", "KR_DRIVER_LICENSE", "KR_PASSPORT")


def V(text, typ, sub, noise=()):
    return (text, typ, sub, tuple(noise))


# ---------------------------------------------------------------- value generators
def kname_raw(r):
    s = r.choice(SURN2) if r.random() < 0.08 else r.choice(SURN1)
    g = r.choice(GIVEN) + (r.choice(GIVEN) if r.random() < 0.93 else "")
    return s + g


class Ctx:
    """per-record state: used names (avoid duplicates that would collide)"""

    def __init__(self, r):
        self.r = r
        self.used = set()

    def kname(self):
        for _ in range(50):
            n = kname_raw(self.r)
            if n not in self.used and not any(n in u or u in n for u in self.used):
                self.used.add(n)
                return n
        raise RuntimeError("names")

    def person(self, spaced=False):
        n = self.kname()
        if spaced:
            return V(" ".join(n), "PERSON", "ko_spaced", ["spaced_name"])
        return V(n, "PERSON", "ko_name" if len(n) <= 3 or n[:2] not in SURN2 else "ko_name_2syl_surname")

    def foreign(self, script=None):
        r = self.r
        gi = r.randrange(len(FOREIGN))
        fam_l, fam_h, giv_l, giv_h = FOREIGN[gi]
        i, j = r.randrange(len(fam_l)), r.randrange(len(giv_l))
        script = script or r.choice(["latin", "hangul", "latin_title"])
        if script == "hangul":
            n = fam_h[i] + ("" if gi == 1 else " ") + giv_h[j]
        elif script == "latin":
            n = fam_l[i] + " " + giv_l[j]
        else:
            n = " ".join(w.capitalize() for w in (giv_l[j] + " " + fam_l[i]).split())
        if n in self.used:
            return self.foreign(script)
        self.used.add(n)
        return V(n, "PERSON", "foreign_" + ("hangul" if script == "hangul" else "latin"), ()), gi, (fam_l[i], giv_l[j], fam_h[i], giv_h[j])


def rdate(r, y0=1950, y1=2003):
    y = r.randint(y0, y1)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    return datetime.date(y, m, d)


def rrn_check(d12):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    s = sum(int(a) * b for a, b in zip(d12, w))
    return (11 - s % 11) % 10


def frn_check(d12):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    s = sum(int(a) * b for a, b in zip(d12, w))
    return (13 - s % 11) % 10


def rrn(r, kind="valid", dob=None, sep="-"):
    if kind == "post2020":
        dob = dob or datetime.date(r.choice([2020, 2021, 2022, 2023, 2024]), r.randint(10, 12), r.randint(1, 28))
        if dob < datetime.date(2020, 10, 1):
            dob = datetime.date(2021, dob.month, dob.day)
        g = r.choice("34")
        body = f"{dob:%y%m%d}{g}" + "".join(str(r.randint(0, 9)) for _ in range(5))
        c = (rrn_check(body) + r.randint(1, 9)) % 10
        return f"{body[:6]}{sep}{body[6:]}{c}", "rrn_post2020", dob
    dob = dob or rdate(r)
    g = r.choice("12") if dob.year < 2000 else r.choice("34")
    if kind == "masked":
        m = r.choice(["*", "●", "X", "x", "○"])
        return f"{dob:%y%m%d}{sep}{g}{m * 6}", "rrn_masked", dob
    body = f"{dob:%y%m%d}{g}" + "".join(str(r.randint(0, 9)) for _ in range(5))
    return f"{body[:6]}{sep}{body[6:]}{rrn_check(body)}", "rrn_valid", dob


def frn(r, dob=None, sep="-"):
    dob = dob or rdate(r, 1960, 2004)
    g = (r.choice("56") if dob.year < 2000 else r.choice("78"))
    while True:
        org = r.randint(10, 98)
        if org % 2 == 0:
            break
    body = f"{dob:%y%m%d}{g}{org:02d}{r.randint(0, 99):02d}{r.choice('6789')}"
    return f"{body[:6]}{sep}{body[6:]}{frn_check(body)}", "frn_valid", dob


def brn(r):
    while True:
        d = [r.randint(0, 9) for _ in range(9)]
        if d[0] == 0:
            continue
        d[3] = r.choice([8, 1, 2, 0])
        d[4] = r.randint(1, 9)
        w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
        s = sum(a * b for a, b in zip(d, w)) + (d[8] * 5) // 10
        c = (10 - s % 10) % 10
        x = "".join(map(str, d)) + str(c)
        return f"{x[:3]}-{x[3:5]}-{x[5:]}"


def crn(r, sep="-"):
    office = r.choice(["1101", "1144", "1201", "1311", "1346", "1358", "1501", "1601", "1711", "1801", "2014", "2301", "1949"])
    kind = r.choice(["11", "11", "11", "14", "12", "13", "21", "22", "71"])
    serial = "".join(str(r.randint(0, 9)) for _ in range(6))
    body = office + kind + serial
    s = sum(int(a) * (1 if i % 2 == 0 else 2) for i, a in enumerate(body))
    c = (10 - s % 10) % 10
    return f"{body[:6]}{sep}{body[6:]}{c}"


def luhn_ok(num):
    s, alt = 0, False
    for ch in reversed(num):
        d = int(ch)
        if alt:
            d *= 2
            if d > 9:
                d -= 9
        s += d
        alt = not alt
    return s % 10 == 0


def card(r, brand=None):
    brand = brand or r.choice(["visa", "master", "bc", "jcb", "amex", "visa", "master"])
    pre = {"visa": "4" + str(r.randint(0, 9)), "master": "5" + str(r.randint(1, 5)), "bc": "94" + str(r.randint(0, 9)),
           "jcb": str(r.randint(3528, 3589)), "amex": r.choice(["34", "37"])}[brand]
    L = 15 if brand == "amex" else 16
    body = pre + "".join(str(r.randint(0, 9)) for _ in range(L - 1 - len(pre)))
    for c in range(10):
        if luhn_ok(body + str(c)):
            x = body + str(c)
            break
    sep = r.choice(["-", "-", " ", ""])
    if L == 15:
        s = f"{x[:4]}{sep}{x[4:10]}{sep}{x[10:]}"
    else:
        s = sep.join([x[0:4], x[4:8], x[8:12], x[12:16]])
    return s, "card_" + brand


def passport(r, kind=None):
    kind = kind or r.choice(["old", "new", "new"])
    p = r.choice("MMMMSGDR") if kind in ("old", "new") else None
    if kind == "official":
        p, kind = r.choice("GD"), r.choice(["old", "new"])
    if kind == "old":
        return p + "".join(str(r.randint(0, 9)) for _ in range(8)), "passport_old"
    return p + "".join(str(r.randint(0, 9)) for _ in range(3)) + r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + "".join(str(r.randint(0, 9)) for _ in range(4)), "passport_new"


def passport_foreign(r, gi):
    D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    if gi == 0:
        return "C" + D(7), "passport_foreign"
    if gi == 1:
        return r.choice(["E" + D(8), "EA" + D(7), "EJ" + D(7)]), "passport_foreign"
    if gi == 2:
        return r.choice(["FA", "AB", "AD"]) + D(7), "passport_foreign"
    if gi == 3:
        return "P" + D(7) + r.choice("ABC"), "passport_foreign"
    if gi == 4:
        return "PA" + D(7), "passport_foreign"
    if gi == 5:
        return "E" + D(7), "passport_foreign"
    return r.choice(["5", "6"]) + D(8), "passport_foreign_digits"


DL_REG = [("11", "서울"), ("12", "부산"), ("13", "경기"), ("14", "강원"), ("15", "충북"), ("16", "충남"), ("17", "전북"), ("18", "전남"), ("19", "경북"), ("20", "경남"), ("21", "제주"), ("22", "대구"), ("23", "인천"), ("24", "광주"), ("25", "대전"), ("26", "울산"), ("28", "경기북부")]


def dlic(r, kind=None):
    code, name = r.choice(DL_REG)
    yy = f"{r.randint(85, 124) % 100:02d}"
    ser = f"{r.randint(0, 999999):06d}"
    ck = f"{r.randint(0, 99):02d}"
    kind = kind or r.choice(["num", "num", "name", "name_nospace", "plain"])
    if kind == "num":
        return f"{code}-{yy}-{ser}-{ck}", "dl_num"
    if kind == "name":
        return f"{name} {yy}-{ser}-{ck}", "dl_name"
    if kind == "name_nospace":
        return f"{name}{yy}-{ser}-{ck}", "dl_name"
    return f"{code}{yy}{ser}{ck}", "dl_plain"


PLATE_H = list("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주")


def plate(r, kind=None):
    kind = kind or r.choice(["2", "3", "3", "region", "commercial", "nospace", "rental"])
    n4 = f"{r.randint(1000, 9999)}"
    if kind == "2":
        return f"{r.randint(10, 69)}{r.choice(PLATE_H)} {n4}", "plate_2digit"
    if kind == "3":
        return f"{r.randint(100, 699)}{r.choice(PLATE_H)} {n4}", "plate_3digit"
    if kind == "rental":
        return f"{r.randint(10, 69)}{r.choice('하허호')} {n4}", "plate_rental"
    if kind == "region":
        return f"{r.choice(['서울', '경기', '부산', '인천', '대구', '충남', '전북'])} {r.randint(10, 69)}{r.choice(PLATE_H)} {n4}", "plate_region"
    if kind == "commercial":
        return f"{r.choice(['서울', '경기', '부산', '인천', '광주', '대전'])} {r.randint(70, 98)}{r.choice('바사아자배')} {n4}", "plate_commercial"
    return f"{r.randint(100, 699)}{r.choice(PLATE_H)}{n4}", "plate_nospace"


def hins(r):
    x = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(10))
    f = r.choice(["plain", "plain", "dash1", "dash4"])
    if f == "dash1":
        return x[0] + "-" + x[1:], "hi_11_dash"
    if f == "dash4":
        return x[:4] + "-" + x[4:8] + "-" + x[8:], "hi_11_grouped"
    return x, "hi_11"


def account(r, bank=None):
    b = bank or r.choice(BANKS)
    name, grp, sub = b
    digits = []
    for k, g in enumerate(grp):
        digits.append("".join(str(r.randint(0, 9)) for _ in range(g)))
    if sub == "kakao":
        digits[0] = "3333"
    if sub == "toss":
        digits[0] = "1000"
    if sub == "shinhan":
        digits[0] = "110"
    if r.random() < 0.15:
        return name, "".join(digits), "acct_" + sub + "_nodash"
    return name, "-".join(digits), "acct_" + sub


def ipaddr(r, kind=None):
    kind = kind or r.choice(["pub", "pub", "pub", "priv", "priv", "v6"] if r.random() < 0.2 else ["pub", "pub", "priv"])
    if kind == "priv":
        return r.choice([f"10.{r.randint(0,255)}.{r.randint(0,255)}.{r.randint(1,254)}", f"192.168.{r.randint(0,255)}.{r.randint(1,254)}", f"172.{r.randint(16,31)}.{r.randint(0,255)}.{r.randint(1,254)}"]), "ipv4_private"
    if kind == "v6":
        return "2001:db8:" + ":".join(f"{r.randint(0, 65535):x}" for _ in range(3)) + "::" + f"{r.randint(1, 65535):x}", "ipv6"
    a = r.choice([1, 14, 27, 39, 49, 58, 59, 61, 106, 110, 112, 115, 118, 121, 125, 175, 180, 183, 203, 210, 211, 218, 220, 222])
    return f"{a}.{r.randint(0,255)}.{r.randint(0,255)}.{r.randint(1,254)}", "ipv4_public"


def mobile(r, fmt=None):
    a, b = f"{r.randint(2000, 9999)}", f"{r.randint(0, 9999):04d}"
    fmt = fmt or r.choice(["dash"] * 6 + ["space", "plain", "dot", "intl", "intl_space"])
    p = {"dash": f"010-{a}-{b}", "space": f"010 {a} {b}", "plain": f"010{a}{b}", "dot": f"010.{a}.{b}",
         "intl": f"+82-10-{a}-{b}", "intl_space": f"+82 10 {a} {b}"}[fmt]
    return p, "mobile" + ("" if fmt == "dash" else "_" + fmt)


def landline(r, area=None, kind="landline"):
    area = area or r.choice(["02", "031", "032", "033", "041", "042", "043", "051", "052", "053", "054", "055", "061", "062", "063", "064", "070"])
    mid = f"{r.randint(200, 999)}" if area != "02" or r.random() < 0.5 else f"{r.randint(2000, 9999)}"
    if area == "070":
        mid = f"{r.randint(4000, 8999)}"
        kind = "internet070"
    return f"{area}-{mid}-{r.randint(0, 9999):04d}", kind


def email(r, ko=True):
    lp = r.choice([r.choice(ROMA) + r.choice(ROMA) + str(r.randint(1, 99)), r.choice(ROMA_SUR) + "." + r.choice(ROMA) + r.choice(ROMA),
                   r.choice(ROMA) + "_" + r.choice(ROMA_SUR) + str(r.randint(70, 99)), r.choice(ROMA_SUR) + r.choice(ROMA) + r.choice(ROMA)])
    return lp + "@" + r.choice(MAILDOM), "email_personal"


def email_official(r, dom):
    return r.choice(ROMA_SUR) + r.choice(ROMA) + str(r.randint(1, 999)) + "@" + dom, "email_official"


def company(r):
    st, sf = r.choice(CO_STEM), r.choice(CO_SUF)
    return r.choice([f"(주){st}{sf}", f"주식회사 {st}{sf}", f"{st}{sf}(주)", f"{st}{sf} 주식회사", f"㈜{st}{sf}", f"{st}{sf}"])


def road(r):
    stem = r.choice(ROADSTEM)
    k = r.random()
    if k < 0.4:
        return f"{stem}로 {r.randint(1, 399)}"
    if k < 0.7:
        return f"{stem}로{r.randint(1, 99)}번길 {r.randint(1, 80)}"
    if k < 0.85:
        return f"{stem}길 {r.randint(1, 150)}-{r.randint(1, 20)}"
    return f"{stem}대로 {r.randint(100, 999)}"


def address(r, form=None, unit=None):
    """returns (span_text, sub, postal, paren)"""
    form = form or r.choice(["full", "full", "short", "sgg", "jibun", "sejong"])
    si = r.choice(SIDO)
    sgg = r.choice(si[2])
    if unit is None:
        unit = r.random() < 0.6
    u = ""
    if unit:
        u = r.choice([f", {r.randint(101, 125)}동 {r.randint(1, 25)}{r.randint(1, 4):02d}호", f", {r.randint(2, 9)}층 {r.randint(2, 9)}0{r.randint(1, 4)}호",
                      f" {r.randint(2, 15)}층", f", {r.randint(1, 4)}0{r.randint(1, 9)}호", f", 지하1층 B{r.randint(1, 9)}호"])
    if form == "jibun":
        dong = r.choice(DONGSTEM) + r.choice(["동", "리", "동"])
        lot = f"{r.randint(1, 999)}-{r.randint(1, 60)}" if r.random() < 0.7 else f"{r.randint(1, 999)}"
        apt = (" " + r.choice(APT)) if unit and r.random() < 0.6 else ""
        uu = u.lstrip(", ").strip() if unit else ""
        s = f"{si[0] if r.random() < 0.6 else si[1][0]} {sgg} {dong} {lot}{apt}" + ((" " + uu) if uu else "")
        return s, "addr_jibun", None, None
    rd = road(r)
    if form == "sejong":
        s = f"{SEJONG} {rd}{u}"
    elif form == "full":
        s = f"{si[0]} {sgg} {rd}{u}"
    elif form == "short":
        s = f"{r.choice(si[1])} {sgg} {rd}{u}"
    else:
        s = f"{sgg} {rd}{u}"
    postal = f"{r.randint(1, 63999):05d}" if r.random() < 0.35 else None
    paren = f"({r.choice(DONGSTEM)}동" + (f", {r.choice(APT)})" if unit and r.random() < 0.5 else ")") if r.random() < 0.35 else None
    return s, "addr_road_" + form, postal, paren


def put_addr(b, r, form=None, unit=None, allow_extra=True, wrap=False):
    s, sub, postal, paren = address(r, form, unit)
    if wrap or (b.scan and r.random() < b.scan * 0.5):
        sp = [i for i, ch in enumerate(s) if ch == " "][1:]
        if sp:
            i = r.choice(sp)
            s = s[:i] + "\n" + s[i + 1:]
            b.p(V(s, "KR_ADDRESS", sub, ["wrapped"]))
            return s
    if postal and allow_extra:
        b.t("(").n(postal, "postal_code").t(") ")
    b.p(s, "KR_ADDRESS", sub)
    if paren and allow_extra:
        b.t(" ").n(paren, "address_reference")
    return s


def inst_address(r, org=None):
    rd = r.choice(ROADSTEM) + "로 " + str(r.randint(1, 300))
    if org:
        return (f"{org} {rd} " + r.choice(["청사 본관", "청사 3층", "별관 2층", ""])).strip()
    k = r.random()
    if k < 0.3:
        return f"{SEJONG} {rd} 정부세종청사 {r.randint(1, 17)}동"
    si = r.choice(SIDO)
    sgg = r.choice(si[2])
    return f"{si[0]} {sgg} {rd} " + r.choice(["시청 본관", "구청 별관", "청사 3층", "정부청사 별관", "행정복지센터", "합동청사 2층"])


# DOB formats
def dob_fmt(r, d, style=None):
    style = style or r.choice(["dot_sp", "dot_sp", "kor", "kor", "iso", "dot0", "yy_dot", "compact", "slash", "dot_nosp", "passport", "passport_new", "hangul"])
    mon = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"][d.month - 1]
    s = {"dot_sp": f"{d.year}. {d.month}. {d.day}.", "kor": f"{d.year}년 {d.month}월 {d.day}일", "iso": f"{d:%Y-%m-%d}", "dot0": f"{d:%Y.%m.%d}.",
         "yy_dot": f"{d:%y.%m.%d}", "compact": f"{d:%y%m%d}", "slash": f"{d:%Y/%m/%d}", "dot_nosp": f"{d.year}.{d.month}.{d.day}",
         "passport": f"{d.day:02d} {mon} {d.year}", "passport_new": f"{d.day:02d} {d.month}월/{mon} {d.year}", "hangul": hangul_date(d)}[style]
    return s, "dob_" + style


def sino(n):
    ds = "영일이삼사오육칠팔구"
    out = ""
    for unit, name in ((1000, "천"), (100, "백"), (10, "십")):
        q, n = divmod(n, unit)
        if q:
            out += ("" if q == 1 else ds[q]) + name
    if n:
        out += ds[n]
    return out


def hangul_date(d):
    return f"{sino(d.year)}년 {sino(d.month)}월 {sino(d.day)}일"


def unsino(s):
    ds = "영일이삼사오육칠팔구"
    tot, cur = 0, 0
    for ch in s:
        if ch in ds:
            cur = ds.index(ch)
        else:
            u = {"천": 1000, "백": 100, "십": 10}[ch]
            tot += (cur or 1) * u
            cur = 0
    return tot + cur


# ---------------------------------------------------------------- noise
FW = {str(i): chr(0xFF10 + i) for i in range(10)}


def nz(r, s, kinds):
    """apply noise kinds to a numeric string s; returns (s, tags)"""
    tags = []
    for k in kinds:
        if k == "fullwidth_digits":
            s2 = "".join(FW.get(c, c) for c in s)
            if r.random() < 0.5:
                s2 = s2.replace("-", "－")
            if s2 != s:
                s = s2
                tags.append(k)
        elif k == "unicode_hyphen" and "-" in s:
            s = s.replace("-", r.choice(["‐", "－", "–"]))
            tags.append(k)
        elif k == "space_in_number":
            if "-" in s:
                s = s.replace("-", r.choice([" - ", "- ", " -"]), 1)
            else:
                i = len(s) // 2
                s = s[:i] + " " + s[i:]
            tags.append(k)
        elif k == "newline_in_number":
            if "-" in s:
                i = s.index("-") + 1
            else:
                i = len(s) // 2
            s = s[:i] + "\n" + s[i:]
            tags.append(k)
        elif k == "ocr_O_for_0" and "0" in s:
            idx = [i for i, c in enumerate(s) if c == "0"]
            for i in r.sample(idx, min(len(idx), r.randint(1, 2))):
                s = s[:i] + r.choice("OO o") .strip()[:1] + s[i + 1:] if False else s[:i] + r.choice(["O", "O", "o"]) + s[i + 1:]
            tags.append(k)
        elif k == "ocr_l_for_1" and "1" in s:
            idx = [i for i, c in enumerate(s) if c == "1"]
            for i in r.sample(idx, min(len(idx), r.randint(1, 2))):
                s = s[:i] + r.choice(["l", "I", "l"]) + s[i + 1:]
            tags.append(k)
        elif k == "hangul_digits":
            s = "".join(HDIG[int(c)] if c.isdigit() else (" " if c in "-." else c) for c in s)
            tags.append(k)
    return s, tags


def ocr_noise_kinds(r, allow_ocr_letters=True):
    pool = ["fullwidth_digits", "unicode_hyphen", "space_in_number", "newline_in_number"]
    if allow_ocr_letters:
        pool += ["ocr_O_for_0", "ocr_l_for_1", "ocr_O_for_0", "ocr_l_for_1"]
    k = r.randint(1, 2)
    ks = r.sample(pool, k)
    if "fullwidth_digits" in ks and ("ocr_O_for_0" in ks or "ocr_l_for_1" in ks):
        ks.remove("fullwidth_digits")
    if "unicode_hyphen" in ks and "fullwidth_digits" in ks:
        ks.remove("unicode_hyphen")
    return ks


def noisy(r, text, typ, sub, kinds):
    s, tags = nz(r, text, kinds)
    return V(s, typ, sub, tags)


# ---------------------------------------------------------------- negatives
def docno(r, dept=None):
    dept = dept or r.choice(["운영지원과", "자치행정과", "민원여권과", "교통행정과", "복지정책과", "세무과", "감사담당관", "인사과", "회계과", "체류관리과", "정보공개정책과"])
    return f"{dept}-{r.randint(100, 19999)}"


def statute(r):
    return r.choice([f"「개인정보 보호법」 제{r.choice([15, 17, 18, 23, 24, 29])}조 제{r.randint(1, 3)}항", f"「도로교통법」 제{r.choice([44, 93, 148])}조의2 제1항",
                     f"「국민기초생활 보장법」 제{r.randint(7, 30)}조", f"「출입국관리법」 제{r.choice([31, 35, 36, 94])}조", f"「주민등록법」 제{r.choice([7, 16, 29])}조 제2항",
                     f"「공공기관의 정보공개에 관한 법률」 제9조 제1항 제{r.randint(1, 8)}호", f"같은 법 시행령 제{r.randint(2, 40)}조 제{r.randint(1, 4)}항",
                     f"「지방재정법」 제{r.randint(17, 33)}조", f"「국가를 당사자로 하는 계약에 관한 법률」 제{r.randint(5, 27)}조", f"「국가공무원법」 제{r.choice([56, 63, 78])}조"])


def caseno(r, k=None):
    k = k or r.choice(["고단", "고합", "가단", "가합", "구합", "누", "두", "노", "고약", "고정"])
    return f"{r.randint(2019, 2025)}{k}{r.randint(100, 99999)}"


def receipt(r):
    return f"{r.randint(1, 9)}{r.choice(['AA', 'AB', 'AC', 'BA'])}-{r.randint(2301, 2512)}-{r.randint(0, 9999999):07d}"


def amount(r):
    v = r.randint(1, 900) * r.choice([1000, 10000, 100000, 1000])
    return r.choice([f"{v:,}원", f"금{v:,}원", f"₩{v:,}", f"{v // 10000:,}만 원" if v >= 10000 else f"{v:,}원"])


def today(r):
    d = datetime.date(r.choice([2023, 2024, 2025]), r.randint(1, 12), r.randint(1, 28))
    return d


def dstr(d, style=0):
    return [f"{d.year}. {d.month}. {d.day}.", f"{d.year}.{d.month:02d}.{d.day:02d}.", f"{d.year}년 {d.month}월 {d.day}일", f"{d:%Y-%m-%d}"][style]


def switchboard(r):
    return r.choice([f"1588-{r.randint(1000, 9999)}", f"1577-{r.randint(1000, 9999)}", f"1600-{r.randint(1000, 9999)}", f"1644-{r.randint(1000, 9999)}", f"1899-{r.randint(1000, 9999)}",
                     "110", "120", "1345", "182", f"044-{r.randint(200, 215)}-{r.choice(['1114', '2114', '0114', '5114'])}"])


def inst_phone_neg(b, r):
    sw = switchboard(r)
    if len(sw) <= 4:
        pre = r.choice(["정부민원안내콜센터(국번 없이 ", "콜센터 ", "안내전화(국번 없이 "])
        b.t(pre).n(sw, "switchboard").t(")" if "(" in pre else "")
    else:
        b.t(r.choice(["대표전화 ", "(대표) ", "고객센터 ", "대표번호: "])).n(sw, "switchboard")


# ---------------------------------------------------------------- templates
def head_of(org):
    return "경찰청장" if org[0] == "경찰청" else org[0] + "장관"


def org_pick(r):
    return r.choice(ORGS)


def official_block(b, r, c, org, kinds=("기안자", "검토자", "결재권자")):
    titles = {"기안자": ["주무관", "행정주사", "주무관", "전산주사보"], "검토자": ["사무관", "팀장", "행정사무관"], "결재권자": ["과장", "국장", "팀장"], "협조자": ["주무관", "사무관"]}
    names = {}
    for k in kinds:
        t = r.choice(titles[k])
        n = c.person()
        names[k] = n
        if k == "결재권자":
            b.t(f"{k} {t} ").p(n).t(r.choice(["", " 전결", "(전결)"]))
        else:
            b.t(f"{k} {t} ").p(n)
        b.t(r.choice(["    ", "  ", "\t"]))
    b.t("\n")
    return names


def footer_block(b, r, c, org_name, dept, dom, rec_no, loc=None):
    b.t("시행 ").n(f"{dept}-{r.randint(100, 19999)}", "doc_number").t(f" ({dstr(today(r), 0)})")
    b.t("  접수 ").n(rec_no, "doc_number").t("\n")
    b.t("우 ").n(f"{r.randint(1, 63999):05d}", "postal_code").t(" ").n(inst_address(r, loc).strip(), "institution_address").t(" / ")
    b.t(r.choice([f"www.{dom}", f"https://www.{dom}"]) + "\n")
    style = r.random()
    if style < 0.6:
        b.t("전화 ").p(_land(r, "044", "official_direct")).t(r.choice([" / 전송 ", "  전송 ", " 팩스 "])).p(_land(r, "044", "fax")).t(" / ")
    else:
        b.t("전화번호 ").p(_land(r, r.choice(["02", "044", "031"]), "official_direct")).t(" 팩스번호 ").p(_land(r, "044", "fax")).t(" ")
    b.p(_eoff(r, "korea.kr")).t(" / " + r.choice(["대국민 공개", "공개", "부분공개(6)", "비공개(6)"]) + "\n")


def hdr(b, r, org):
    b.t(f"{org[0]}\n\n")


# 1. 공문: 체납차량
def t_gongmun_vehicle(r, b, c):
    loc = r.choice(LOCAL)
    b.t(f"{loc[1]}\n\n수신  ").n(r.choice(["경찰청장", "○○구청장", "자동차등록사업소장", "한국교통안전공단 이사장"]), "official_title").t(r.choice(["(교통운영과장)", "(차량등록팀장)", ""]))
    b.t("\n(경유)\n제목  자동차세 체납 차량 번호판 영치 협조 요청\n\n")
    b.t("1. 귀 기관의 무궁한 발전을 기원합니다.\n2. 관련: ").n(statute(r), "statute").t(", ").n(docno(r, "세무과"), "doc_number").t(f"({dstr(today(r), 0)})\n")
    b.t(f"3. 우리 {'구' if loc[2].endswith('구청장') else '시'} 관내 자동차세 2회 이상 체납 차량에 대하여 아래와 같이 번호판 영치를 요청하오니 협조하여 주시기 바랍니다.\n\n")
    seps = r.choice([" | ", "\t", " │ "])
    if r.random() < 0.5:
        b.t(seps.join(["연번", "차량번호", "소유자", "주소", "체납액"]) + "\n")
        head = True
    else:
        head = False
    for i in range(r.randint(3, 6)):
        b.t(f"{i + 1}{seps}").p(_plate(r))
        b.t(seps)
        if r.random() < 0.2:
            b.n(r.choice([kname_raw(r)[0] + "○○", kname_raw(r)[0] + "**"]), "masked_name")
        else:
            b.p(c.person())
        b.t(seps)
        put_addr(b, r, r.choice(["sgg", "short", "full"]), allow_extra=False)
        b.t(seps).n(amount(r), "amount").t("\n")
    b.t("\n※ 위 자료는 ").n(statute(r), "statute").t("에 따라 체납처분 목적으로만 이용하여야 합니다.\n")
    b.t("붙임  체납 차량 목록 1부.  끝.\n\n")
    b.n(loc[2], "official_title").t("\n\n")
    official_block(b, r, c, None)
    footer_block(b, r, c, loc[1], "세무과", "city.go.kr", docno(r, "교통행정과"), loc[0])
    return "공문"


def _land(r, area=None, kind="landline"):
    p = landline(r, area, kind)
    return V(p[0], "PHONE_NUMBER", p[1])


def _eoff(r, dom):
    e = email_official(r, dom)
    return V(e[0], "EMAIL_ADDRESS", e[1])


def _plate(r, kind=None):
    p = plate(r, kind)
    return V(p[0], "KR_VEHICLE_PLATE", p[1])


def _phone(r, mob=True, **kw):
    p = mobile(r, **kw) if mob else landline(r)
    return V(p[0], "PHONE_NUMBER", p[1])


def _email(r):
    e = email(r)
    return V(e[0], "EMAIL_ADDRESS", e[1])


def _dob(r, d, style=None):
    s, sub = dob_fmt(r, d, style)
    return V(s, "DATE_OF_BIRTH", sub, ["hangul_digits"] if sub == "dob_hangul" else [])


def _rrn(r, kind="valid", dob=None, sep="-"):
    s, sub, d = rrn(r, kind, dob, sep)
    return V(s, "KR_RRN", sub), d


def _frn(r, dob=None):
    s, sub, d = frn(r, dob)
    return V(s, "KR_FRN", sub), d


def _acct(r, bank=None):
    bn, num, sub = account(r, bank)
    return bn, V(num, "KR_BANK_ACCOUNT", sub)


def _pp(r, kind=None):
    s, sub = passport(r, kind)
    return V(s, "KR_PASSPORT", sub)


def _dl(r, kind=None):
    s, sub = dlic(r, kind)
    return V(s, "KR_DRIVER_LICENSE", sub)


def _hi(r):
    s, sub = hins(r)
    return V(s, "KR_HEALTH_INSURANCE", sub)


def _card(r, brand=None):
    s, sub = card(r, brand)
    return V(s, "CREDIT_CARD", sub)


def _brn(r):
    return V(brn(r), "KR_BRN", "brn")


def _crn(r):
    return V(crn(r), "KR_CRN", "crn")


def _ip(r, kind=None):
    s, sub = ipaddr(r, kind)
    return V(s, "IP_ADDRESS", sub)


# 2. 공문: 외국인 체류 협조
def t_gongmun_foreign(r, b, c):
    org = ORGS[2]
    office = r.choice(["서울출입국·외국인청", "수원출입국·외국인사무소", "부산출입국·외국인청", "인천출입국·외국인청", "광주출입국·외국인사무소", "대구출입국·외국인사무소"])
    b.t(f"법무부 {office}\n\n수신  ").n(r.choice(["고용노동부 ○○지청장", "○○시장", "○○경찰서장"]), "official_title").t("\n제목  등록외국인 체류지 변경 미신고자 확인 협조\n\n")
    b.t("1. 관련: ").n(statute(r), "statute").t(" 및 ").n(docno(r, "체류관리과"), "doc_number").t("\n")
    b.t("2. 아래 등록외국인은 체류지 변경 후 14일 이내에 신고하지 않은 것으로 확인되어, 실제 거주 여부 및 고용 관계를 확인하여 회신하여 주시기 바랍니다.\n\n")
    sep = r.choice([" | ", "\t", " / "])
    if r.random() < 0.6:
        b.t(sep.join(["순번", "성명", "국적", "외국인등록번호", "여권번호", "신고 체류지"]) + "\n")
    for i in range(r.randint(2, 4)):
        pv, gi, parts = c.foreign(r.choice(["latin", "hangul"]))
        b.t(f"{i + 1}{sep}").p(pv).t(sep + NATION[gi] + sep)
        fv, d = _frn(r)
        b.p(fv).t(sep)
        ps, psub = passport_foreign(r, gi)
        b.p(V(ps, "KR_PASSPORT", psub)).t(sep)
        put_addr(b, r, r.choice(["sgg", "short", "jibun"]), allow_extra=False)
        b.t("\n")
    b.t("\n3. 회신 기한: ").n(dstr(today(r), 0), "date").t("까지(기한 내 미회신 시 ").n(statute(r), "statute").t("에 따라 처리 예정)\n")
    b.t("4. 문의: 외국인종합안내센터(국번 없이 ").n("1345", "switchboard").t(") 또는 담당자 직통 ").p(_land(r, r.choice(["02", "031", "051"]), "official_direct")).t("\n끝.\n\n")
    b.n(office + "장", "official_title").t("\n\n")
    official_block(b, r, c, None, ("기안자", "결재권자"))
    footer_block(b, r, c, office, "체류관리과", "immigration.go.kr", receipt(r))
    return "공문"


# 3. 공문: 보조금 지급 업체
def t_gongmun_subsidy(r, b, c):
    org = org_pick(r)
    dept = r.choice(org[1])
    b.t(f"{org[0]}\n\n수신  수신자 참조\n제목  {r.choice(['소상공인 경영안정 보조금', '스마트공장 구축 지원금', '친환경 설비 교체 보조금'])} 교부 결정 통보\n\n")
    b.t("1. ").n(statute(r), "statute").t(" 및 ").n(f"{org[0]} 공고 제{r.randint(2023, 2025)}-{r.randint(10, 999)}호", "notice_number").t("와 관련입니다.\n")
    b.t("2. 심사 결과 아래 사업자에 대하여 보조금 교부를 결정하였으므로, 교부조건을 준수하도록 안내하여 주시기 바랍니다.\n\n")
    for i in range(r.randint(2, 4)):
        co = company(r)
        b.t(f"  {'가나다라'[i]}. 상호: ").n(co, "company_name").t("  대표: ").p(c.person()).t("\n")
        lbl = r.choice(["사업자등록번호", "사업자번호", "등록번호", "사업자 등록번호"])
        b.t(f"      {lbl}: ").p(_brn(r))
        if r.random() < 0.6:
            b.t(r.choice(["  법인등록번호: ", " / 법인번호 ", "  (법인등록번호 "])).p(_crn(r)).t(")" if b.parts[-2].startswith("  (") else "")
        b.t("\n      지급계좌: ")
        bn, av = _acct(r)
        b.t(bn + " ").p(av).t(" (예금주: ").n(co, "company_name").t(")  교부액: ").n(amount(r), "amount").t("\n")
    b.t("\n붙임  1. 교부조건 1부.  2. 보조금 집행 지침 1부.  끝.\n\n")
    b.n(head_of(org), "official_title").t("\n\n수신자  ").n(r.choice(["경기도지사", "서울특별시장", "부산광역시장"]), "official_title").t(", ").n(r.choice(["중소벤처기업청장", "한국산업기술진흥원장"]), "official_title").t("\n\n")
    official_block(b, r, c, None, ("기안자", "검토자", "협조자", "결재권자"))
    footer_block(b, r, c, org[0], dept, org[2], docno(r))
    return "공문"


# 4. 공문 no-PII
def t_gongmun_nopii(r, b, c):
    org = org_pick(r)
    dept = r.choice(org[1])
    b.t(f"{org[0]}\n\n수신  수신자 참조\n제목  {r.choice(['정보공개 처리 실태 점검 계획 알림', '개인정보 보호 교육 일정 안내', '2025년 상반기 업무보고 자료 제출 요청'])}\n\n")
    b.t("1. 관련: ").n(docno(r, dept), "doc_number").t(f"({dstr(today(r), 0)}), ").n(statute(r), "statute").t("\n")
    b.t("2. 각 기관은 붙임 서식에 따라 ").n(dstr(today(r), 2), "date").t("까지 제출하여 주시기 바랍니다.\n")
    b.t("  가. 대상: 소속기관 및 산하 공공기관 ").n(f"{r.randint(12, 90)}개", "count").t("\n  나. 예산: ").n(amount(r), "amount").t(" (").n(f"{r.randint(2024, 2025)}년도 예산 {r.randint(1000, 9999)}-{r.randint(100, 999)}", "budget_code").t(")\n")
    b.t("  다. 작성 예시: 성명 ").n("홍길동", "placeholder_person").t(", 주민등록번호 ").n("000000-0000000", "placeholder_number").t(" 형식으로 기재하되 실제 정보는 입력하지 말 것\n")
    b.t("  라. 제출 사례 중 민원인 ").n(r.choice(SURN1) + "○○", "masked_name").t(" 씨 관련 건은 익명 처리하여 공유함\n")
    b.t("3. 문의: ")
    inst_phone_neg(b, r)
    b.t(" / 주소 ").n(inst_address(r), "institution_address").t("\n붙임  제출 서식 1부.  끝.\n\n").n(head_of(org), "official_title").t("\n\n시행 ").n(docno(r, dept), "doc_number").t(f" ({dstr(today(r), 0)})\n")
    b.t("우 ").n(f"{r.randint(1, 63999):05d}", "postal_code").t(" ").n(inst_address(r), "institution_address").t(" / ").n(f"privacy@{org[2]}", "institution_email").t(" / 공개\n")
    return "공문"


# 5. 민원 회신: 불법주정차
def t_minwon_parking(r, b, c):
    loc = r.choice(LOCAL)
    who = c.person()
    b.t(f"{loc[1]} 민원 처리 결과 통지\n\n")
    b.t(r.choice(["민원인: ", "신청인 성명: ", "받는 분: "])).p(who).t(r.choice([" 귀하\n", " 님\n", "\n"]))
    b.t(r.choice(["주소: ", "주 소 : ", "(주소) "]))
    put_addr(b, r)
    b.t("\n신청번호: ").n(receipt(r), "receipt_number").t(f"   접수일: {dstr(today(r), 3)}\n\n")
    b.p(who).t("님께서 안전신문고를 통해 신고하신 불법 주정차 민원에 대한 처리 결과를 알려드립니다.\n")
    pv = _plate(r)
    if r.random() < 0.5:
        b.t("신고하신 차량(").p(pv).t(")은 ")
    else:
        b.t("신고 대상 차량 ").p(pv).t(r.choice(["은 ", "의 경우 "]))
    b.t(f"{dstr(today(r), 2)} 현장 확인 결과 소화전 5미터 이내 정차로 확인되어 ").n(statute(r), "statute").t("에 따라 과태료 ").n(amount(r), "amount").t(" 부과 예고 대상으로 처리하였습니다.\n")
    if r.random() < 0.5:
        pv2 = _plate(r)
        b.t("다만, 함께 신고하신 ").p(pv2).t(" 차량은 긴급자동차로 확인되어 제외되었음을 양해하여 주시기 바랍니다.\n")
    b.t("또한 민원 처리 과정에서 확인이 필요하여 기재하신 연락처(").p(_phone(r)).t(")로 연락드렸으나 통화가 되지 않아 문자로 안내드렸습니다.\n")
    if r.random() < 0.4:
        b.t("회신 내용에 이의가 있으신 경우 ").p(_email(r)).t(" 계정으로 추가 의견을 보내주신 내용과 함께 재검토하겠습니다.\n")
    b.t("\n처리 담당: 교통행정과 ").p(c.person()).t(r.choice([" 주무관", " 단속요원", " 팀장"])).t(" (").p(_land(r, "0" + str(r.choice([31, 51, 41, 61, 33])), "official_direct")).t(")\n")
    b.t("기타 문의: ")
    inst_phone_neg(b, r)
    b.t("\n").n(loc[2], "official_title").t("\n")
    return "민원 회신"


# 6. 민원 회신: 환불(카드/계좌)
def t_minwon_refund(r, b, c):
    org = r.choice(["국립자연휴양림관리소", "한국문화정보원", "○○시설관리공단", "국립중앙과학관", "시립체육센터"])
    who = c.person()
    b.t(f"{org} 고객지원팀\n\n제목: 이중 결제 환불 요청에 대한 회신\n\n")
    b.p(who).t(r.choice([" 고객님, 안녕하십니까.\n", "님 귀하\n", " 님께\n"]))
    b.t(f"{dstr(today(r), 2)} 온라인 예약(예약번호 ").n(f"R{r.randint(10000000, 99999999)}", "reservation_number").t(") 결제 과정에서 동일 금액 ").n(amount(r), "amount").t("이 두 번 승인된 사실을 확인하였습니다.\n")
    cv = _card(r)
    b.t(r.choice(["승인된 카드 번호는 ", "결제 카드: ", "확인된 카드번호 "])).p(cv).t(r.choice(["이며, ", " / ", "(본인 명의)이며 "]))
    b.t("카드사 취소 처리는 영업일 기준 3~5일 소요됩니다.\n")
    if r.random() < 0.6:
        bn, av = _acct(r)
        b.t("카드 취소가 불가한 부분은 말씀하신 " + bn + " ").p(av).t(" (예금주 ").p(who).t(")로 현금 환불하겠습니다.\n")
    b.t("추가 문의는 담당자 ").p(c.person()).t(r.choice(["(", " 대리(", " 주임("])).p(_land(r)).t(")에게 연락하시거나 고객센터 ").n(switchboard(r).replace("110", "1588-0110"), "switchboard").t("로 문의해 주십시오.\n")
    b.t("※ 본 회신은 ").n(statute(r), "statute").t("에 따라 개인정보를 최소한으로 기재하였습니다.\n")
    return "민원 회신"


def _fixlandline(v):
    return v


# 7. 민원 회신: 개인정보 정정 (RRN, DOB)
def t_minwon_correction(r, b, c):
    loc = r.choice(LOCAL)
    who = c.person()
    rv, d = _rrn(r, r.choice(["valid", "valid", "masked"]))
    b.t(f"{loc[1]} 민원여권과\n\n수신  ").p(who).t(" 귀하 (")
    put_addr(b, r, allow_extra=False)
    b.t(")\n제목  가족관계등록부 기재사항 정정 신청 처리 결과 안내\n\n")
    b.t("1. 귀하께서 ").n(dstr(today(r), 0), "date").t(" 제출하신 정정 신청(접수번호 ").n(receipt(r), "receipt_number").t(")에 대한 회신입니다.\n")
    b.t("2. 신청 내용: 등록부상 출생연월일을 ")
    wrong = rdate(r)
    b.n(dstr(wrong, 2), "date").t("에서 ")
    dv = _dob(r, d, r.choice(["kor", "dot_sp", "dot0"]))
    b.p(dv).t("로 정정\n")
    b.t("3. 검토 결과: 제출하신 출생증명서와 주민등록번호(").p(rv).t(")의 생년월일 부분이 일치하여 ").n(statute(r), "statute").t("에 따라 정정을 허가하였습니다.\n")
    b.t("4. 정정된 등록사항별 증명서는 가까운 행정복지센터에서 발급받으실 수 있으며, 처리 결과에 대한 문의는 담당자 ").p(c.person()).t(" 주무관(☎ ").p(_land(r, None, "official_direct")).t(")에게 하시기 바랍니다.\n끝.\n\n").n(loc[2], "official_title").t("\n")
    return "민원 회신"


# 8. 민원 no-PII
def t_minwon_nopii(r, b, c):
    b.t("질의 회신\n\n[질의 요지]\n").n("갑", "placeholder_person").t("은 ").n(dstr(today(r), 0), "date").t(" ").n("을", "placeholder_person").t(r.choice(["로부터 주택을 임차하였는데, 임대인 ", "과 공동으로 사업을 하였는데, 상대방 "])).n(r.choice(SURN1) + r.choice(["모 씨", "○○ 씨", "**"]), "masked_name")
    b.t("의 체납을 이유로 보증금 반환이 지연되는 경우 ").n(statute(r), "statute").t("의 적용 여부\n\n[회신]\n")
    b.t("1. ").n(statute(r), "statute").t("에 따르면 … 보증금 ").n(amount(r), "amount").t(" 범위 안에서 우선변제권이 인정됩니다.\n")
    b.t("2. 참고 선례: ").n(caseno(r, "다"), "case_number").t(", ").n(docno(r, "부동산정책과"), "doc_number").t("\n3. 구체적인 사실관계는 관할 세무서 상담센터(").n(f"1588-{r.randint(1000, 9999)}", "switchboard").t(") 또는 ").n(inst_address(r), "institution_address").t(" 민원실에서 확인하시기 바랍니다.\n")
    b.t(f"회신일: {dstr(today(r), 2)}  관리번호 ").n(f"{r.choice(['031', '02', '055'])}-{r.randint(2020, 2025)}-{r.randint(1000, 9999)}", "management_number").t("\n")
    return "민원 회신"


# 9. 보도자료
def t_press(r, b, c):
    org = org_pick(r)
    dept = r.choice(org[1])
    topic = r.choice(["올해의 모범 공무원", "생활 속 안전 지킴이 유공자", "적극행정 우수 사례", "외국인 주민 정착 우수 사례"])
    b.t(f"보도자료\n\n{org[0]} | 보도시점: {dstr(today(r), 0)} 12:00 이후 (").n(dstr(today(r), 0), "date").t(" 석간)\n\n")
    b.t(f"「{topic}」 선정 결과 발표\n- 총 {r.randint(5, 30)}명 선정, 포상금 ").n(amount(r), "amount").t(" 지급 -\n\n")
    n1 = c.person()
    age = r.randint(24, 78)
    b.t(josa(org[0], "은/는") + f" {topic} 선정 결과를 발표했다. 대상은 ")
    place = r.choice(SIDO)
    b.t(f"{place[1][0]} {r.choice(place[2])}에 사는 ").p(n1).t(f"({age}) 씨가 차지했다. ")
    b.p(n1).t(r.choice([" 씨는 ", "씨는 "])).t(r.choice(["폭우로 고립된 이웃 주민을 구조한 공로를 인정받았다. ", "10년간 무료 급식 봉사를 이어 온 점이 높이 평가됐다. "]))
    if r.random() < 0.5:
        pv, gi, _ = c.foreign(r.choice(["hangul", "hangul", "latin_title"]))
        b.t(f"우수상에는 {NATION[gi]} 출신 결혼이민자 ").p(pv).t(f"({r.randint(25, 50)}) 씨와 ")
    else:
        b.t("우수상에는 ")
    n2 = c.person()
    b.p(n2).t(r.choice([f"({r.randint(30, 65)}) ", " "])).t(r.choice(["주무관이 이름을 올렸다.\n", "경위가 선정됐다.\n", "소방장이 각각 선정됐다.\n"]))
    b.t("\n").p(n1).t(" 씨는 시상식에서 \"").t(r.choice(["당연히 해야 할 일을 했을 뿐입니다", "이웃과 함께한 시간이 더 큰 상이었다", "앞으로도 봉사를 이어가겠다"])).t("\"").t(r.choice(["라고 말했다.", "며 소감을 밝혔다.", "고 전했다."])).t("\n")
    boss = c.person()
    b.t(f"{org[0]} ").p(boss).t(r.choice([" 차관은 ", " 실장은 ", " 국장은 "])).t("\"수상자들의 헌신이 공동체를 지탱하고 있다\"고 강조했다.\n\n")
    b.t("※ 사진 제공: ").n(r.choice(SURN1) + "○○", "masked_name").t(" 작가 / 문의는 ").n(f"press@{org[2]}", "institution_email").t("\n\n")
    b.t("담당 부서 | " + dept + "\n")
    b.t("책임자 | 과장 ").p(c.person()).t(" | ").p(_land(r, "044", "official_direct")).t("\n")
    b.t("담당자 | " + r.choice(["사무관", "주무관", "서기관"]) + " ").p(c.person()).t(" | ").p(_land(r, "044", "official_direct"))
    if r.random() < 0.5:
        b.t(" | ").p(_eoff(r, "korea.kr"))
    b.t("\n대표전화 ").n(f"044-{r.randint(200, 215)}-{r.choice(['1114', '2114'])}", "switchboard").t(" / ").n(inst_address(r), "institution_address").t("\n")
    return "보도자료"


def t_press_nopii(r, b, c):
    org = org_pick(r)
    b.t(f"보도자료  {org[0]}  {dstr(today(r), 0)}\n\n")
    b.t(f"{r.choice(['2024년 주민등록 인구통계 발표', '외국인 주민 현황 조사 결과', '자동차 등록대수 2,600만 대 돌파'])}\n\n")
    b.t(f"- 전년 대비 {r.randint(1, 9)}.{r.randint(0, 9)}% 증가, 예산 ").n(amount(r), "amount").t(" 투입 -\n\n")
    b.t(josa(org[0], "은/는") + " ").n(dstr(today(r), 2), "date").t(" 기준 통계를 발표했다. 근거는 ").n(statute(r), "statute").t("이며, 자세한 자료는 ").n(f"www.{org[2]}", "institution_url").t("에서 볼 수 있다.\n")
    b.t("관계자는 \"개인 식별 정보는 모두 제외하고 집계했다\"고 설명했다. 정책 문의 ").n(switchboard(r), "switchboard").t(", 정부민원안내콜센터 ").n("110", "switchboard").t(".\n")
    b.t("통계 관리번호 ").n(f"{r.randint(101, 999)}-{r.randint(2020, 2025)}-{r.randint(1000, 9999)}", "management_number").t(" / 승인번호 ").n(f"제{r.randint(100000, 999999)}호", "approval_number").t("\n담당 부서 | 정보공개정책과 | 대표전화 ").n(f"044-{r.randint(200, 215)}-2114", "switchboard").t("\n")
    return "보도자료"


# 10. 뉴스 사건 기사
def t_news(r, b, c):
    city = r.choice(SIDO)
    sgg = r.choice(city[2])
    v = c.person()
    a = r.randint(20, 80)
    b.t(f"[{r.choice(['사회', '지역', '사건사고'])}] {city[1][0]} {sgg}서 {r.choice(['음주운전 차량이 보행자 충격', '만취 운전자 신호 위반 사고', '음주 차량에 길 건너던 주민 부상'])}\n\n")
    b.t(f"{dstr(today(r), 2)} 오후 {r.randint(1, 11)}시께 {city[1][0]} {sgg}의 한 도로에서 ")
    pv = _plate(r)
    b.p(v).t(f"({a}) 씨가 몰던 ").p(pv).t(r.choice([" 승용차가 ", " 차량이 "])).t("신호를 위반해 길을 건너던 ").p(c.person()).t(f"({r.randint(8, 17)}) 양을 치었다.\n" if r.random() < 0.3 else f"({r.randint(20, 85)}) 씨를 치었다.\n")
    b.t(f"경찰에 따르면 사고 당시 ").p(v).t(" 씨의 혈중알코올농도는 면허 취소 수준인 0.").t(f"{r.randint(80, 190)}%였다. 경찰은 ").p(v).t(" 씨를 ").n(statute(r), "statute").t(" 위반 혐의로 입건했다.\n")
    b.t("목격자 ").p(c.person()).t(r.choice([f"({r.randint(20, 70)}) 씨는 ", " 씨는 "])).t("\"차가 갑자기 속도를 높였다\"고 말했다. ")
    b.t("한편 같은 날 인근에서 발생한 유사 사고의 운전자 ").n(r.choice(["A씨", "B씨", "C(35)씨"]), "placeholder_person").t("에 대해서도 조사가 진행 중이다.\n")
    if r.random() < 0.5:
        b.t(f"\n{r.choice(['김', '이', '박', '최'])}기자 ").p(_email(r)).t("\n")
    else:
        b.t("\n").p(c.person()).t(" 기자\n")
    b.t("제보: ").n(r.choice(["카카오톡 okjebo", "1588-" + str(r.randint(1000, 9999))]), "switchboard").t("\n")
    return "뉴스 기사"


# 11. 회의록
def t_minutes(r, b, c):
    com = r.choice(["개인정보 분쟁조정위원회", "지방보조금심의위원회", "정보공개심의회", "외국인주민 지원협의회", "교통안전위원회", "학교운영위원회"])
    b.t(f"제{r.randint(1, 40)}차 {com} 회의록\n\n일시: {dstr(today(r), 2)} 14:00~16:30\n장소: ").n(inst_address(r), "institution_address").t(" 소회의실\n\n")
    chair = c.person()
    mem = [c.person() for _ in range(r.randint(3, 6))]
    sp = r.random() < 0.3
    b.t("참석자: 위원장 ").p(chair).t(", 위원 ")
    for i, m in enumerate(mem):
        if i:
            b.t(r.choice([", ", "·", ", "]))
        b.p(m)
    b.t(r.choice([" (이상 ", " 등 "]) + f"{len(mem) + 1}명" + (")" if b.parts[-1].startswith(" (") else "") + "\n")
    sec = c.person()
    b.t("간사: ").p(sec).t(r.choice([" 주무관(", " 사무관 / 연락처 "])).p(_phone(r)).t(")\n" if b.parts[-2].endswith("(") else "\n")
    b.t("불참: ").n(r.choice(SURN1) + "○○", "masked_name").t(" 위원(사전 서면의견 제출)\n\n")
    b.t("1. 개회\n○ 위원장(").p(chair).t("): 성원이 되었으므로 회의를 개의하겠습니다.\n")
    b.t("2. 안건 심의\n")
    for k in range(r.randint(3, 5)):
        m = r.choice(mem)
        style = r.random()
        if style < 0.3:
            b.t("○ ").p(m).t(" 위원: ")
        elif style < 0.55:
            b.t("○ ").p(m).t(" 위원 - ")
        elif style < 0.75:
            b.t("(").p(m).t(" 위원) ")
        else:
            b.p(m).t(" 위원은 ")
        b.t(r.choice(["신청인의 자료 제출이 미비하므로 보완 후 재상정하는 것이 타당하다고 봅니다.\n", "예산 ", "사업 대상자 선정 기준을 명확히 해야 합니다.\n", "동의합니다.\n"]))
        if b.parts[-1] == "예산 ":
            b.n(amount(r), "amount").t(" 중 집행 잔액을 확인해 달라고 요청했다.\n")
    if r.random() < 0.6:
        ap = c.person()
        b.t("○ 신청인 진술: 신청인 ").p(ap).t(r.choice([f"({r.randint(25, 80)}세)", ""])).t("은 " if False else "").t(" 씨는 ").t("연락처 ").p(_phone(r)).t(", 주소 ")
        put_addr(b, r, allow_extra=False)
        b.t("로 통지를 받기를 희망한다고 진술함.\n")
    b.t("3. 의결: 원안 가결(찬성 ").n(f"{len(mem)}명", "count").t(")\n4. 폐회\n\n붙임  회의 자료 1부.\n작성자 ").p(sec).t("   확인자 위원장 ").p(chair).t(" (서명)\n")
    return "회의록"


def t_minutes_nopii(r, b, c):
    b.t(f"{r.choice(['정보공개심의회', '지방보조금심의위원회'])} 회의 결과(공개용)\n\n일시: ").n(dstr(today(r), 2), "date").t(" / 장소: ").n(inst_address(r), "institution_address").t("\n참석: 위원 ").n(f"{r.randint(5, 11)}명", "count").t(" (위원 명단은 ").n(statute(r), "statute").t("에 따라 비공개)\n")
    b.t("안건 1: 청구번호 ").n(receipt(r), "receipt_number").t(" 이의신청 - 기각\n안건 2: ").n(docno(r), "doc_number").t(" 관련 보조금 ").n(amount(r), "amount").t(" 환수 여부 - 원안 가결\n")
    b.t("발언 요지: ").n(r.choice(SURN1) + "○○", "masked_name").t(" 위원은 \"청구인 ").n("갑", "placeholder_person").t("의 주장이 이유 없다\"고 하였음.\n문의: ").n(switchboard(r), "switchboard").t("\n")
    return "회의록"


# 12. 판결문: 형사 (음주운전/무면허)
def t_judgment_criminal(r, b, c):
    court = r.choice(["서울중앙지방법원", "수원지방법원 성남지원", "부산지방법원 동부지원", "대전지방법원", "광주지방법원 순천지원", "인천지방법원"])
    b.t(f"{court}\n판       결\n\n사       건  ").n(caseno(r, r.choice(["고단", "고정", "고합"])), "case_number").t(" 도로교통법위반(음주운전) 등\n")
    d = c.person()
    b.t("피  고  인  ").p(d).t(r.choice([" (", " ("]))
    rv, dob = _rrn(r, r.choice(["masked", "masked", "valid"]))
    b.p(rv).t("), " + r.choice(["회사원", "자영업", "무직", "운전기사"]) + "\n")
    b.t("주       거  ")
    put_addr(b, r)
    b.t("\n등록기준지  ")
    put_addr(b, r, r.choice(["short", "sgg", "jibun"]), unit=False, allow_extra=False)
    b.t("\n검       사  ").p(c.person()).t("(기소), ").p(c.person()).t("(공판)\n변  호  인  변호사 ").p(c.person()).t("(국선)\n")
    b.t(f"판 결 선 고  {dstr(today(r), 0)}\n\n주       문\n\n피고인을 징역 {r.randint(6, 18)}월에 처한다.\n다만, 이 판결 확정일부터 2년간 위 형의 집행을 유예한다.\n\n이       유\n\n범 죄 사 실\n\n")
    dl = _dl(r)
    pv = _plate(r)
    b.t(f"피고인은 {dstr(today(r), 0)} 운전면허(").p(dl).t(r.choice([")가 취소되었음에도 ", ")의 효력이 정지된 상태에서 "]))
    b.t(f"{dstr(today(r), 0)} 22:40경 ")
    put_addr(b, r, r.choice(["sgg", "short"]), unit=False, allow_extra=False)
    b.t(" 앞 도로에서부터 약 2km 구간을 혈중알코올농도 0.").t(f"{r.randint(30, 200):03d}%의 술에 취한 상태로 ").p(pv).t(" 승용차를 운전하였다.\n")
    if r.random() < 0.5:
        vic = c.person()
        b.t("피고인은 위 일시·장소에서 전방주시의무를 게을리하여 피해자 ").p(vic).t(f"({r.randint(20, 80)}세)가 운전하는 ").p(_plate(r)).t(" 차량의 뒷범퍼 부분을 들이받아, 피해자 ").p(vic).t("에게 약 2주간의 치료가 필요한 경추 염좌 등의 상해를 입게 하였다.\n")
    b.t("\n법령의 적용\n1. 범죄사실에 대한 해당법조 및 형의 선택\n   ").n(statute(r), "statute").t(", ").n("형법 제62조 제1항", "statute").t("\n\n판사  ").p(c.person()).t("\n")
    return "판결문·결정문"


# 13. 판결문: 민사 (대여금/사기 피해, 계좌)
def t_judgment_civil(r, b, c):
    court = r.choice(["서울동부지방법원", "의정부지방법원 고양지원", "대구지방법원 서부지원", "창원지방법원", "청주지방법원"])
    p1, p2 = c.person(), c.person()
    b.t(f"{court}\n판결\n\n사건  ").n(caseno(r, r.choice(["가단", "가소", "가합"])), "case_number").t(" " + r.choice(["대여금", "부당이득금", "손해배상(기)"]) + "\n")
    b.t("원고  ").p(p1).t("\n      ")
    put_addr(b, r)
    b.t("\n      소송대리인 변호사 ").p(c.person()).t("\n피고  ").p(p2).t("\n      ")
    if r.random() < 0.5:
        put_addr(b, r)
    else:
        b.t("송달장소 ")
        put_addr(b, r, "full")
    b.t(f"\n변론종결  {dstr(today(r), 0)}\n판결선고  {dstr(today(r), 0)}\n\n주문\n1. 피고는 원고에게 ").n(amount(r), "amount").t(f" 및 이에 대하여 {dstr(today(r), 0)}부터 다 갚는 날까지 연 12%의 비율로 계산한 돈을 지급하라.\n2. 소송비용은 피고가 부담한다.\n\n이유\n1. 인정사실\n")
    bn, av = _acct(r)
    b.t(f"가. 원고는 {dstr(today(r), 0)} 피고 명의의 {bn} 계좌(").p(av).t(r.choice([")로 ", ", 이하 '이 사건 계좌')로 "])).n(amount(r), "amount").t("을 송금하였다(갑 제2호증).\n")
    if r.random() < 0.6:
        b.t("나. 피고는 원고에게 차용증을 작성하여 주면서 연락처로 ").p(_phone(r)).t("를 기재하였고, 변제기를 ").n(dstr(today(r), 0), "date").t("로 정하였다.\n")
    if r.random() < 0.4:
        third = c.person()
        bn2, av2 = _acct(r)
        b.t("다. 위 금원 중 일부는 다시 피고의 지인인 ").p(third).t(f"의 {bn2} 계좌 ").p(av2).t("로 이체되었다.\n")
    b.t("[인정근거] 다툼 없는 사실, 갑 제1 내지 5호증(가지번호 포함)의 기재, 변론 전체의 취지\n2. 판단\n위 인정사실에 의하면 ").n(statute(r), "statute").t(" … 원고의 청구는 이유 있다.\n\n판사 ").p(c.person()).t("\n")
    return "판결문·결정문"


def t_judgment_nopii(r, b, c):
    b.t("[판결요지 공개본]\n사건 ").n(caseno(r, r.choice(["두", "누", "구합"])), "case_number").t(" 정보공개거부처분취소\n원고 ").n(r.choice(["A", "甲", "원고 1"]), "placeholder_person").t(" / 피고 ").n(r.choice(["○○시장", "국세청장", "서울특별시 교육감"]), "official_title").t("\n")
    b.t("판시사항: ").n(statute(r), "statute").t("에서 정한 비공개대상정보의 범위\n판결요지: 공무원의 성명·직위는 ").n("「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호 라목", "statute").t("에 따라 공개 대상이다. 원심(").n(caseno(r, "누"), "case_number").t(") 판단은 정당하다.\n")
    b.t("참조판례: ").n(caseno(r, "두"), "case_number").t(", ").n(caseno(r, "두"), "case_number").t("\n소송비용 ").n(amount(r), "amount").t(" 원고 부담\n")
    return "판결문·결정문"


# 14. 감사 결과
def t_audit(r, b, c):
    org = r.choice(["○○도 감사위원회", "행정안전부 감사관실", "○○시 감사담당관", "교육청 감사관"])
    d1 = today(r)
    d2 = d1 + datetime.timedelta(days=r.randint(5, 40))
    b.t(f"{org}\n감사 결과 처분요구서\n\n1. 감사 개요: ").n(dstr(d1, 0), "date").t(" ~ ").n(dstr(d2, 0), "date").t(", 감사번호 ").n(f"감사{r.randint(2023, 2025)}-{r.randint(10, 99)}", "audit_number").t("\n")
    b.t("2. 처분 요구 사항: 업무추진비 부당 집행\n3. 관련자\n")
    sep = r.choice(["|", "\t", " | "])
    b.t(sep.join(["소속", "직급", "성명", "생년월일", "비위 내용"]) + "\n")
    people = []
    for i in range(r.randint(2, 4)):
        n = c.person()
        people.append(n)
        d = rdate(r, 1965, 1995)
        b.t(r.choice(["회계과", "총무팀", "세무과", "문화관광과"]) + sep + r.choice(["지방행정주사", "지방세무주사보", "6급", "7급"]) + sep).p(n).t(sep).p(_dob(r, d, r.choice(["dot_sp", "dot0", "yy_dot", "iso"]))).t(sep + r.choice(["개인 용도 카드 결제", "허위 출장", "물품 대금 과다 지급"]) + "\n")
    b.t("\n4. 감사 결과\n")
    n = people[0]
    cv = _card(r)
    b.t("가. ").p(n).t(r.choice(["은 ", "는 "]) if False else "").t(josa(n[0], "은/는")[len(n[0]):] + " ")
    b.t(f"{dstr(today(r), 0)}부터 {r.randint(3, 12)}개월간 본인 명의 개인 신용카드(").p(cv).t(")로 결제한 사적 식사비 ").n(amount(r), "amount").t("을 업무추진비로 정산받았다.\n")
    bn, av = _acct(r)
    b.t("나. 정산금은 위 관련자의 급여계좌(" + bn + " ").p(av).t(")로 입금되었으며, 이는 ").n(statute(r), "statute").t(" 위반이다.\n")
    if len(people) > 1:
        b.t("다. 결재권자 ").p(people[1]).t(r.choice([" 역시 증빙을 확인하지 않고 결재하였다.\n", "의 관리·감독 책임도 인정된다.\n"]))
    b.t("5. 조치: ").p(n).t(" 경징계, 부당이득 환수(").n(amount(r), "amount").t(")\n문의: 감사담당관실 ").n(switchboard(r), "switchboard").t("\n")
    return "감사·징계"


# 15. 징계의결서
def t_discipline(r, b, c):
    b.t("징 계 의 결 서\n\n")
    n = c.person()
    d = rdate(r, 1965, 1998)
    style = r.random()
    if style < 0.5:
        b.t("인적사항 | 소속: ").n(r.choice(["○○시 교통과", "○○구 세무과", "○○도 도로관리사업소"]), "org_unit").t(" | 직위(급): 지방행정주사보 | 성명: ").p(n).t(" | 생년월일: ").p(_dob(r, d)).t("\n")
    else:
        b.t("소    속  ○○시 " + r.choice(["재난안전과", "청소행정과"]) + "\n직    급  지방시설주사\n성    명  ").p(n).t("\n생년월일  ").p(_dob(r, d)).t(r.choice(["생", ""])).t("\n")
    b.t("주    소  ")
    put_addr(b, r)
    b.t("\n\n의결주문: 정직 " + str(r.randint(1, 3)) + "월\n\n이유\n")
    b.t(f"혐의자 ").p(n).t(josa(n[0], "은/는")[len(n[0]):])
    b.t(f" {dstr(today(r), 0)} 23:10경 혈중알코올농도 0.{r.randint(80, 160)}% 상태로 자신 소유의 ").p(_plate(r)).t(" 차량을 운전하다 적발되어 ").n(caseno(r, "고약"), "case_number").t(" 약식명령(벌금 ").n(amount(r), "amount").t(")을 받았다.\n")
    b.t("이는 ").n("「국가공무원법」 제63조", "statute").t(" 품위유지의무 위반에 해당한다. 운전면허(").p(_dl(r)).t(")는 취소되었다.\n\n")
    b.t(f"{dstr(today(r), 0)}\n○○시 인사위원회 위원장 ").p(c.person()).t(" (인)\n위원 ").p(c.person()).t(", ").p(c.person()).t("\n")
    return "감사·징계"


# 16. 인사발령 (국외출장: 관용여권)
def t_personnel(r, b, c):
    org = org_pick(r)
    kind = r.choice(["trip", "move", "trip"])
    b.t(f"{org[0]} 인사발령\n").n(f"{org[0]} 인사명령 제{r.randint(2023, 2025)}-{r.randint(10, 400)}호", "order_number").t("\n\n")
    if kind == "move":
        for i in range(r.randint(4, 8)):
            n = c.person()
            b.t(r.choice(["전보 ", "승진임용 ", "신규임용 ", "직무대리 "]) + r.choice(["행정사무관 ", "행정주사 ", "주무관 "])).p(n)
            if r.random() < 0.4:
                b.t(" (").p(_dob(r, rdate(r, 1970, 1999), r.choice(["dot_sp", "yy_dot", "kor"]))).t(r.choice(["생)", ")"]))
            b.t(f"  {r.choice(org[1])} 근무를 명함\n")
    else:
        b.t(f"국외출장 명령\n1. 출장 목적: {r.choice(['OECD 디지털정부 회의 참석', '재외국민 행정서비스 벤치마킹', '국제 교통안전 포럼 발표'])}\n2. 출장 기간: ").n(dstr(today(r), 0), "date").t(" ~ ").n(dstr(today(r), 0), "date").t("\n3. 출장자\n")
        sep = r.choice([" | ", "\t"])
        if r.random() < 0.7:
            b.t(sep.join(["소속", "직급", "성명", "영문성명", "여권번호", "생년월일"]) + "\n")
        for i in range(r.randint(3, 6)):
            n = c.person()
            b.t(r.choice(org[1]) + sep + r.choice(["서기관", "사무관", "주무관"]) + sep).p(n).t(sep)
            en = r.choice(ROMA_SUR).upper() + " " + r.choice(ROMA).upper() + r.choice(ROMA).upper()
            b.p(V(en, "PERSON", "ko_name_latin")).t(sep)
            b.p(_pp(r, r.choice(["official", "official", None]))).t(sep)
            b.p(_dob(r, rdate(r, 1968, 1998), r.choice(["passport", "passport_new", "dot0", "iso"]))).t("\n")
        b.t("4. 경비: ").n(amount(r), "amount").t(" (").n(f"{r.randint(1000, 9999)}-{r.randint(100, 999)}-{r.randint(100, 999)}", "budget_code").t(")\n")
    b.t(f"\n{dstr(today(r), 0)}\n").n(head_of(org), "official_title").t("\n")
    return "인사발령"


# 17. 계약서
def t_contract(r, b, c):
    loc = r.choice(LOCAL)
    co = company(r)
    ceo = c.person()
    b.t(f"{r.choice(['용역', '물품구매', '공사'])} 계약서\n\n계약번호: ").n(f"{r.randint(2023, 2025)}{r.randint(100000000, 999999999)}-00", "bid_number").t(f"\n계약명: {r.choice(['청사 시설물 유지보수', '민원 안내 시스템 고도화', '공공 와이파이 확충'])}\n계약금액: ").n(amount(r), "amount").t(" (부가가치세 포함)\n\n")
    b.t("발주기관(갑)\n  기관명: ").n(loc[1], "org_name").t("\n  주소: ").n(inst_address(r, loc[0]), "institution_address").t("\n  대표자: ").n(loc[2], "official_title").t("\n\n")
    b.t("계약상대자(을)\n  상호: ").n(co, "company_name").t("\n  대표자: ").p(ceo).t("\n")
    lab = r.choice(["  사업자등록번호: ", "  사업자번호: ", "  등록번호(사업자): "])
    b.t(lab).p(_brn(r)).t("\n")
    if r.random() < 0.85:
        b.t(r.choice(["  법인등록번호: ", "  법인번호: "])).p(_crn(r)).t("\n")
    b.t(r.choice(["  소재지: ", "  주소: ", "  본점 소재지: "]))
    put_addr(b, r)
    b.t("\n  전화: ").p(_land(r, None, "company_phone")).t(r.choice(["  팩스: ", " / FAX "])).p(_land(r, None, "company_fax")).t("\n")
    b.t("  담당자: ").p(c.person()).t(r.choice([" 과장 ", " 대리 "])).t("(").p(_phone(r)).t(", ").p(_email(r)).t(")\n\n")
    b.t("제1조(계약의 목적) 갑과 을은 ").n(statute(r), "statute").t("에 따라 신의성실의 원칙에 입각하여 이 계약을 이행한다.\n")
    b.t("제5조(대금 지급) 갑은 검수 완료 후 14일 이내에 을이 지정한 다음 계좌로 대금을 지급한다.\n")
    bn, av = _acct(r)
    b.t(f"  은행명: {bn}  계좌번호: ").p(av).t("  예금주: ").n(co, "company_name").t("\n")
    b.t("제12조(지체상금) 지체상금률은 1일 ").n("0.5/1,000", "rate").t("로 한다.\n\n")
    b.t(f"{dstr(today(r), 0)}\n\n갑 ").n(loc[2], "official_title").t(" (인)\n을 ").n(co, "company_name").t(" 대표이사 ").p(ceo).t(" (인)\n")
    return "계약·입찰"


# 18. 입찰 결과
def t_bid(r, b, c):
    b.t("개찰 결과 공고\n\n공고번호: ").n(f"R{r.randint(24, 25)}BK{r.randint(10000000, 99999999)}-000", "bid_number").t("\n공고명: " + r.choice(["청사 청소용역", "도로 재포장 공사", "전산장비 유지관리"]) + "\n개찰일시: ").n(dstr(today(r), 3), "date").t(" 11:00\n기초금액: ").n(amount(r), "amount").t("\n\n")
    sep = r.choice([" | ", "\t", " ; "])
    head = r.random() < 0.5
    if head:
        b.t(sep.join(["순위", "업체명", "대표자", "사업자등록번호", "법인등록번호", "투찰금액", "비고"]) + "\n")
    for i in range(r.randint(4, 7)):
        co = company(r)
        b.t(f"{i + 1}{sep}").n(co, "company_name").t(sep).p(c.person()).t(sep).p(_brn(r)).t(sep)
        if r.random() < 0.8:
            b.p(_crn(r))
        else:
            b.t("-")
        b.t(sep).n(amount(r), "amount").t(sep + r.choice(["낙찰", "", "적격심사 대상", "무효(서류 미비)"]) + "\n")
    b.t("\n※ 낙찰자는 ").n(dstr(today(r), 2), "date").t("까지 계약보증금을 납부하여야 합니다. 문의: 조달정보개방포털 ").n("1588-0800", "switchboard").t("\n")
    return "계약·입찰"


def t_bid_nopii(r, b, c):
    b.t("입찰 공고\n\n공고번호 ").n(f"{r.randint(2024, 2025)}{r.randint(10000000, 99999999)}-00", "bid_number").t("\n사업명: ").t(r.choice(["하천 정비", "청사 방수", "CCTV 교체"])).t(" / 추정가격 ").n(amount(r), "amount").t("\n")
    b.t("입찰참가자격: ").n(statute(r), "statute").t("에 따른 자격을 갖춘 자\n제출서류: 사업자등록증 사본(예: 사업자등록번호 ").n("000-00-00000", "placeholder_number").t("), 법인등기부등본\n")
    b.t("입찰보증금 납부계좌: ").n(f"농협 {r.randint(301, 355)}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}-{r.randint(10, 99)}", "institution_account").t(" (예금주: ○○시청)\n")
    b.t("문의: ").n(inst_address(r), "institution_address").t(" 회계과 / ").n(switchboard(r), "switchboard").t(" / 관리번호 ").n(f"{r.randint(41000, 48999)}-{r.randint(100, 999)}-{r.randint(10000, 99999)}", "management_number").t("\n")
    return "계약·입찰"


# 19. 복지 급여 신청서
def t_welfare(r, b, c):
    kind = r.choice(["기초연금 지급 신청서", "긴급지원 신청서", "사회보장급여 신청(변경)서", "주거급여 신청서"])
    b.t(f"■ 사회복지사업법 시행규칙 [별지 제{r.randint(1, 30)}호서식]\n{kind}\n\n※ 뒤쪽의 작성방법을 읽고 작성하시기 바랍니다.      접수번호 ").n(receipt(r), "receipt_number").t("\n\n")
    app = c.person()
    rv, dob = _rrn(r, "valid", rdate(r, 1935, 1985))
    sep = r.choice([" | ", "  "])
    b.t("신청인" + sep + r.choice(["성명", "성 명", "이름"]) + sep).p(app).t(sep + r.choice(["주민등록번호", "주민번호"]) + sep)
    if r.random() < 0.15:
        front, back = rv[0].split("-")
        b.p(V(front + " | " + back, "KR_RRN", rv[2], ["split_cells"]))
    else:
        b.p(rv)
    b.t("\n" + sep + r.choice(["주소", "주소(실거주지)", "거주지"]) + sep)
    put_addr(b, r)
    b.t("\n" + sep + r.choice(["전화번호", "연락처"]) + sep).p(_land(r, None, "home_phone")).t(sep + r.choice(["휴대전화", "휴대폰", "H.P"]) + sep).p(_phone(r)).t("\n")
    if r.random() < 0.5:
        b.t(sep + "전자우편" + sep).p(_email(r)).t("\n")
    b.t("\n가구원 현황\n")
    if r.random() < 0.6:
        b.t(sep.join(["관계", "성명", "주민등록번호", "건강보험증번호", "비고"]) + "\n")
    for rel in r.sample(["배우자", "자녀", "자녀", "부", "모", "손자녀"], r.randint(2, 4)):
        n = c.person()
        b.t(rel + sep).p(n).t(sep)
        kd = r.choice(["valid", "valid", "masked", "post2020"] if rel in ("자녀", "손자녀") else ["valid", "masked"])
        b.p(_rrn(r, kd)[0]).t(sep).p(_hi(r)).t(sep + r.choice(["동거", "", "별거", "장애인"]) + "\n")
    b.t("\n급여 수령 계좌\n")
    bn, av = _acct(r)
    b.t(sep.join(["금융기관명", bn]) + sep + "계좌번호" + sep).p(av).t(sep + "예금주" + sep).p(app).t("\n")
    b.t(f"\n본인은 위와 같이 신청하며, ").n(statute(r), "statute").t("에 따른 금융정보 등의 제공에 동의합니다.\n\n{0}\n신청인 ".format(dstr(today(r), 0))).p(app).t(" (서명 또는 인)\n")
    if r.random() < 0.5:
        b.t("대리 신청인: ").p(c.person()).t(r.choice([" (관계: 자녀, 연락처 ", " / 연락처: "])).p(_phone(r)).t(")\n" if b.parts[-2].startswith(" (") else "\n")
    b.t("\n").n(r.choice(LOCAL)[2], "official_title").t(" 귀하\n")
    return "복지·급여 신청서"


# 20. 아동수당 (post-2020 RRN)
def t_child(r, b, c):
    b.t("아동수당 지급 신청서\n\n")
    par = c.person()
    b.t("■ 보호자\n  성명: ").p(par).t("   생년월일: ")
    d = rdate(r, 1980, 1996)
    b.p(_dob(r, d)).t("\n  주민등록번호: ").p(_rrn(r, "valid", d)[0]).t("\n  주소: ")
    put_addr(b, r)
    b.t("\n  휴대전화: ").p(_phone(r)).t("\n\n■ 아동\n")
    for i in range(r.randint(1, 3)):
        ch = c.person()
        cv, cd = _rrn(r, "post2020")
        b.t(f"  {i + 1}) 성명 ").p(ch).t(" / 주민등록번호 ").p(cv).t(" / 출생일 ").p(_dob(r, cd, r.choice(["dot_sp", "kor", "iso", "dot0"]))).t("\n")
        if r.random() < 0.5:
            b.t("     건강보험 피부양자 (증번호 ").p(_hi(r)).t(")\n")
    bn, av = _acct(r)
    b.t(f"\n■ 지급계좌: {bn} ").p(av).t(" (예금주 ").p(par).t(")\n\n※ 아동수당은 ").n(statute(r), "statute").t("에 따라 만 8세 미만 아동에게 월 ").n("10만 원", "amount").t("을 지급합니다. 문의 보건복지상담센터 ").n("129", "switchboard").t("\n")
    return "복지·급여 신청서"


# 21. 병원 기록
def t_hospital(r, b, c):
    hos = r.choice(["○○시립병원", "국립중앙의료원", "○○의료원", "보건소 진료실"])
    p = c.person()
    d = rdate(r, 1940, 2015)
    b.t(f"{hos}\n{r.choice(['입원 기록지', '진료비 계산서·영수증', '퇴원 요약지'])}\n\n")
    b.t("환자등록번호 ").n(f"{r.randint(10000000, 99999999)}", "chart_number").t("   ")
    b.t(r.choice(["환자명 ", "성명: ", "환자 성명 "])).p(p).t("   ")
    b.t(r.choice(["생년월일 ", "DOB ", "생년월일: "])).p(_dob(r, d)).t("   성별 " + r.choice(["남", "여"]) + "\n")
    b.t(r.choice(["건강보험증번호 ", "보험증번호: ", "건보 증번호 "])).p(_hi(r)).t("   자격: " + r.choice(["건강보험", "의료급여 1종", "의료급여 2종"]) + "\n")
    b.t("주소 ")
    put_addr(b, r)
    b.t("\n보호자 ").p(c.person()).t(" (" + r.choice(["배우자", "자녀", "모"]) + ") ").p(_phone(r)).t("\n\n")
    b.t(f"입원일 {dstr(today(r), 3)} / 진단명: {r.choice(['폐렴', '요추 추간판 탈출증', '급성 충수염', '제2형 당뇨병'])} (KCD ").n(r.choice(["J18.9", "M51.2", "K35.8", "E11.9"]), "diagnosis_code").t(")\n")
    b.t("주치의 ").p(c.person()).t(" / 담당 간호사 ").p(c.person()).t("\n진료비 총액 ").n(amount(r), "amount").t(", 본인부담금 ").n(amount(r), "amount").t("\n")
    if r.random() < 0.5:
        b.t("결제: 신용카드 ").p(_card(r)).t(" 일시불\n")
    b.t("병원 대표전화 ").n(switchboard(r), "switchboard").t("\n")
    return "학교·병원 기록"


# 22. 학교 장학금/학생기록
def t_school(r, b, c):
    sch = r.choice(["○○고등학교", "○○중학교", "○○초등학교", "○○대학교 학생처"])
    b.t(f"{sch} {r.choice(['교육급여 신청 학생 명단', '장학금 지급 대상자 확인서', '학생 상담 기록부'])}\n\n")
    sep = r.choice([" | ", "\t"])
    b.t(sep.join(["학년반", "학번", "학생 성명", "생년월일", "보호자", "보호자 연락처", "지급 계좌"]) + "\n" if r.random() < 0.6 else "")
    for i in range(r.randint(3, 5)):
        b.t(f"{r.randint(1, 3)}-{r.randint(1, 9)}" + sep).n(f"{r.randint(2023, 2025)}{r.randint(1000, 9999)}", "student_id").t(sep).p(c.person()).t(sep)
        b.p(_dob(r, rdate(r, 2006, 2016), r.choice(["iso", "dot0", "compact", "yy_dot", "kor"]))).t(sep).p(c.person()).t(sep).p(_phone(r)).t(sep)
        bn, av = _acct(r)
        b.t(bn + " ").p(av).t("\n")
    b.t("\n담임교사 ").p(c.person()).t(r.choice([" 선생님 확인", " (인)"])).t("\n행정실 ").n(switchboard(r), "switchboard").t(" / 교육급여 근거 ").n(statute(r), "statute").t("\n")
    return "학교·병원 기록"


# 23. 상담/채팅 기록
def t_chat(r, b, c):
    b.t(f"[{r.choice(['120 다산콜 상담 이력', '정부24 챗봇 상담 로그', '국민연금 상담 녹취 전사', '복지로 채팅상담'])}] 상담번호 ").n(f"C{r.randint(2024, 2025)}{r.randint(1000000, 9999999)}", "consult_number").t("\n")
    n = c.kname()
    agent = c.person()
    clock = [r.randint(9 * 3600, 17 * 3600)]
    def ts():
        clock[0] += r.randint(4, 95)
        x = clock[0]
        return f"[{x // 3600:02d}:{x % 3600 // 60:02d}:{x % 60:02d}] "
    b.t(ts() + "상담사(").p(agent).t("): 안녕하세요. 상담사 ").p(agent).t("입니다. 무엇을 도와드릴까요?\n")
    b.t(ts() + "고객: " + r.choice(["환급금 입금이 안 돼서요.", "과태료 카드 납부가 두 번 됐어요.", "주소 변경 확인하려고요."]) + "\n")
    b.t(ts() + "상담사: 본인 확인을 위해 성함 말씀해 주시겠어요?\n")
    if r.random() < 0.5:
        b.t(ts() + "고객: ").p(V(" ".join(n), "PERSON", "ko_spaced", ["spaced_name"])).t(" 이요. " + r.choice(["", "이름 한 글자씩 불러드렸어요."]) + "\n")
        b.t(ts() + "상담사: ").p(V(n, "PERSON", "ko_name")).t(" 고객님 맞으시죠?\n")
    else:
        b.t(ts() + "고객: ").p(V(n, "PERSON", "ko_name")).t(r.choice(["입니다.", "이요.", "예요."])).t("\n")
    b.t(ts() + "상담사: 생년월일도 부탁드립니다.\n" + ts() + "고객: ")
    d = rdate(r, 1950, 2000)
    b.p(_dob(r, d, r.choice(["compact", "kor", "hangul", "yy_dot", "dot_nosp"]))).t(r.choice(["요.", " 입니다.", "이에요."])).t("\n")
    b.t(ts() + "상담사: 연락 가능한 번호 남겨주시겠어요?\n" + ts() + "고객: ")
    if r.random() < 0.35:
        pv = mobile(r, "dash")
        s, tags = nz(r, pv[0], ["hangul_digits"])
        b.p(V(s, "PHONE_NUMBER", "mobile", tags)).t(" 이요\n")
    else:
        b.p(_phone(r)).t(r.choice(["이요", " 으로 주세요", ""])).t("\n")
    topic = r.random()
    if topic < 0.5:
        b.t(ts() + "고객: 카드번호는 ").p(_card(r)).t(" 이고요, 같은 금액 ").n(amount(r), "amount").t("이 두 번 나갔어요.\n")
    else:
        bn, av = _acct(r)
        b.t(ts() + f"고객: 환급 계좌는 {bn} ").p(av).t(" 이에요.\n")
    if r.random() < 0.5:
        b.t(ts() + "고객: 결과는 메일로 받을게요. ").p(_email(r)).t("\n")
    b.t(ts() + "상담사: 확인 감사합니다. 처리 후 문자 드리겠습니다. 추가 문의는 ").n(r.choice(["120", "110", "1355"]), "switchboard").t("번으로 주세요.\n")
    b.t("--- 상담 종료 / 상담 유형: 민원안내 / 처리 담당 ").n(r.choice(["세무과", "교통행정과"]), "org_unit").t("\n")
    return "상담·채팅 기록"


# 24. 접속 로그
def t_log(r, b, c):
    sys_ = r.choice(["개인정보처리시스템", "새올행정시스템", "사회보장정보시스템(행복e음)", "차세대 지방세정보시스템"])
    b.t(f"# {sys_} 접속기록 점검 결과 ({dstr(today(r), 3)})\n# 근거: ").n(statute(r), "statute").t("\n# agent version ").n(f"{r.randint(5, 12)}.{r.randint(0, 9)}.{r.randint(1000, 20000)}.{r.randint(100, 9999)}", "version").t("\n")
    users = [(f"u{r.randint(10000, 99999)}", c.person()) for _ in range(r.randint(2, 4))]
    ips = [_ip(r) for _ in range(r.randint(3, 6))]
    day = today(r)
    secs = sorted(r.sample(range(86400), r.randint(8, 14)))
    for x in secs:
        uid, nm = r.choice(users)
        ip = r.choice(ips)
        tstamp = f"{day:%Y-%m-%d} {x // 3600:02d}:{x % 3600 // 60:02d}:{x % 60:02d}"
        fmt = r.random()
        if fmt < 0.45:
            b.t(tstamp + " INFO user=").n(uid, "user_id").t(" src=").p(ip).t(" action=" + r.choice(["READ", "DOWNLOAD", "UPDATE", "PRINT"]) + f" menu={r.choice(['수급자조회', '체납자조회', '주민등록조회'])} count={r.randint(1, 500)}\n")
        elif fmt < 0.75:
            b.t(f"{tstamp} | ").n(uid, "user_id").t(" | ").p(nm).t(" | ").p(ip).t(f" | {r.choice(['로그인 성공', '로그인 실패(비밀번호 오류)', '엑셀 다운로드'])}\n")
        else:
            b.t(f"{tstamp} [WARN] 비인가 단말 접속 시도 from ").p(ip).t(f" port {r.randint(1024, 65535)} (").n(f"session {r.randint(100000, 999999)}", "session_id").t(")\n")
    b.t("\n[점검 의견] 취급자 ").p(users[0][1]).t("(").n(users[0][0], "user_id").t(")의 야간 대량 조회는 업무 관련성 소명 필요. 접속 IP ").p(ips[0]).t("는 사무실 대역 밖임.\n")
    if r.random() < 0.5:
        b.t("조회 대상 정보주체: ").p(c.person()).t(", ").p(c.person()).t(" 등 ").n(f"{r.randint(3, 80)}명", "count").t("\n")
    return "접속 로그"


def t_log_nopii(r, b, c):
    b.t("# 시스템 상태 점검 로그 (요약)\n")
    for k in range(r.randint(6, 10)):
        b.t(f"{dstr(today(r), 3)} {r.randint(0, 23):02d}:{r.randint(0, 59):02d} ").t(r.choice(["backup ok size=", "cpu=", "patch applied ver="]))
        last = b.parts[-1]
        if last.startswith("patch"):
            b.n(f"{r.randint(5, 12)}.{r.randint(0, 9)}.{r.randint(1000, 30000)}.{r.randint(100, 9999)}", "version")
        elif last.startswith("backup"):
            b.n(f"{r.randint(1, 900)}GB", "count")
        else:
            b.t(f"{r.randint(1, 99)}%")
        b.t(" job=").n(f"JOB-{r.randint(2024, 2025)}-{r.randint(1000, 9999)}", "job_id").t(" user=").n(f"u{r.randint(10000, 99999)}", "user_id").t("\n")
    b.t("문의: 통합유지관리센터 ").n(switchboard(r), "switchboard").t("\n")
    return "접속 로그"


# 25. OCR 스캔 (forms)
def ocrtxt(r, s):
    """light OCR noise on label text (never on digits)"""
    rep = {"주민등록번호": ["주민등륵번호", "주민등록번 호", "주민등록번호"], "성명": ["성 명", "셩명", "성명"], "주소": ["주 소", "주소", "추소"], "생년월일": ["생년윌일", "생 년 월 일", "생년월일"], "전화": ["전 화", "전화"], "계좌번호": ["계좌번 호", "계좌번호"]}
    for k, v in rep.items():
        if k in s:
            s = s.replace(k, r.choice(v))
    return s


def ocr_num(r, v):
    s, typ, sub, _ = v
    kinds = ocr_noise_kinds(r, typ not in ("KR_PASSPORT", "KR_DRIVER_LICENSE") or sub == "dl_num")
    return noisy(r, s, typ, sub, kinds)


def t_ocr_resident(r, b, c):
    b.t(ocrtxt(r, "주민등록표\n(등 본)\n\n이 등본은 세대별 주민등록표의 원본내용과 틀림없음을 증명합니다.\n") + f"{dstr(today(r), 2)}\n\n")
    head = c.person()
    b.t(ocrtxt(r, "세대주 성명 ")).p(head if r.random() < 0.7 else V(" ".join(head[0]), "PERSON", "ko_spaced", ["spaced_name"]))
    head_sp = b.spans[-1]["value"]
    b.t("   세대구성 사유 및 일자  전입세대구성 ").n(dstr(today(r), 1), "date").t("\n" + ocrtxt(r, "현주소: "))
    a = put_addr(b, r, r.choice(["full", "short", "jibun"]), allow_extra=False)
    b.t("\n\n번호 | 세대주 관계 | 성 명 | 주민등록번호 | 전입일 / 변동일 | 변동사유\n")
    for i in range(r.randint(2, 4)):
        if i == 0:
            nv = V(head_sp, "PERSON", "ko_spaced" if " " in head_sp else "ko_name", ["spaced_name"] if " " in head_sp else [])
            rel = "본인"
        else:
            nv = c.person(spaced=r.random() < 0.25)
            rel = r.choice(["배우자", "자", "자녀", "모"])
        b.t(f"{i + 1} | {rel} | ").p(nv).t(" | ")
        rv, _ = _rrn(r, r.choice(["valid", "valid", "masked", "post2020"] if rel in ("자", "자녀") else ["valid", "valid", "masked"]))
        b.p(ocr_num(r, rv) if r.random() < 0.7 and rv[2] != "rrn_masked" else rv).t(" | ").n(dstr(today(r), 1), "date").t(" | 전입\n")
    b.t("\n" + ocrtxt(r, "발급기관: ")).n(r.choice(LOCAL)[2], "official_title").t("  (직인생략)  발급번호 ").n(f"{r.randint(1000, 9999)}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}", "issue_number").t("\n")
    return "OCR 스캔"


def t_ocr_passport(r, b, c):
    b.t("■ 여권법 시행규칙 [별지 제1호서식]\n" + r.choice(["여권 발급 신청서", "여 권 발 급 신 청 서", "여권발급신청서"]) + "\nAPPLICATION FOR PASSPORT\n\n")
    n = c.kname()
    d = rdate(r, 1950, 2010)
    b.t(ocrtxt(r, "성명(한글) ")).p(V(n, "PERSON", "ko_name") if r.random() < 0.7 else V(" ".join(n), "PERSON", "ko_spaced", ["spaced_name"]))
    en = r.choice(ROMA_SUR).upper() + " " + (r.choice(ROMA) + r.choice(ROMA)).upper()
    b.t("\n로마자성명 Surname/Given names  ").p(V(en, "PERSON", "ko_name_latin")).t("\n")
    rv, _ = _rrn(r, "valid", d)
    b.t(ocrtxt(r, "주민등록번호 ")).p(ocr_num(r, rv)).t("\n")
    b.t("여권종류 [√]일반 [ ]관용 [ ]외교관   여권기간 [√]10년\n")
    b.t(ocrtxt(r, "전화 ")).p(ocr_num(r, _phone(r, fmt="dash"))).t("   " + r.choice(["비상연락처", "긴급연락처"]) + " 성명 ").p(c.person()).t(" 관계 " + r.choice(["모", "배우자", "형제"]) + " 전화번호 ").p(_phone(r)).t("\n")
    b.t(ocrtxt(r, "주소 "))
    put_addr(b, r, allow_extra=False)
    b.t("\n종전 여권번호 ").p(_pp(r, "old")).t(r.choice(["  (분실)", "  (기간만료)", ""])).t("\n" + ocrtxt(r, "※ 발급 여권번호: ")).p(_pp(r, "new")).t("\n")
    b.t("접수번호 ").n(receipt(r), "receipt_number").t(f"  접수일 {dstr(today(r), 1)}\n")
    return "OCR 스캔"


def t_ocr_dl(r, b, c):
    b.t(r.choice(["[운전면허증 사본 첨부]", "운 전 면 허 증", "자동차운전면허증 (Driver's License)"]) + "\n")
    b.t(r.choice(["1종보통", "2종보통", "1종 대형"]) + "\n")
    dv = _dl(r, r.choice(["num", "name", "plain", "name"]))
    if r.random() < 0.6:
        dv = ocr_num(r, dv)
    b.p(dv).t("\n")
    n = c.person(spaced=r.random() < 0.3)
    b.p(n).t("\n")
    rv, d = _rrn(r, "valid")
    if r.random() < 0.5:
        b.p(ocr_num(r, rv)).t("\n")
    else:
        b.p(_dob(r, d, r.choice(["dot0", "yy_dot", "iso"]))).t(" (생년월일)\n")
    put_addr(b, r, allow_extra=False)
    d1 = today(r)
    b.t(f"\n적성검사기간 {dstr(d1, 1)} ~ {dstr(d1.replace(year=d1.year + 1), 1)}\n식별번호 ").n(f"{r.choice('ABCDEFGH')}{r.randint(1, 9)}{r.choice('ABCDEFGH')}{r.randint(10, 99)}{r.choice('XYZW')}", "serial_code").t("\n")
    b.n(r.choice(["서울특별시경찰청장", "경기도남부경찰청장", "부산광역시경찰청장"]), "official_title").t("\n")
    return "OCR 스캔"


def t_ocr_bankbook(r, b, c):
    bn, av = _acct(r)
    b.t(f"[통장 사본]\n{bn}\n" + r.choice(["보통예금", "저축예금", "입출금이 자유로운 예금"]) + "\n")
    b.t(ocrtxt(r, "계좌번호 "))
    b.p(ocr_num(r, av) if r.random() < 0.75 else av)
    n = c.person(spaced=r.random() < 0.3)
    b.t("\n" + r.choice(["예금주 ", "성명 ", "고객명 "])).p(n).t(r.choice([" 님", " 귀하", ""])).t("\n")
    b.t(f"신규일 {dstr(today(r), 1)}\n").t(r.choice(["관리점 ", "개설점 "])).t(r.choice(["○○지점", "본점영업부"]) + " ").n(switchboard(r), "switchboard").t("\n")
    b.t("※ 첨부 사유: 보상금 수령 계좌 확인 / 신청인 휴대전화 ").p(ocr_num(r, _phone(r, fmt="dash"))).t("\n")
    return "OCR 스캔"


def t_ocr_frncard(r, b, c):
    pv, gi, parts = c.foreign("latin")
    b.t(r.choice(["외국인등록증 RESIDENCE CARD", "외 국 인 등 록 증", "[외국인등록증 사본]"]) + "\n")
    fv, d = _frn(r)
    b.t("외국인등록번호 ").p(ocr_num(r, fv) if r.random() < 0.7 else fv).t("\n성명 ").p(pv).t("\n")
    b.t(f"국가/지역 {NATION_EN[gi]}   체류자격 ").n(r.choice(["E-9", "F-6", "D-2", "E-7", "H-2", "F-2"]), "visa_code").t("\n발급일자 ").n(dstr(today(r), 1), "date").t("\n")
    b.n(r.choice(["서울출입국·외국인청장", "수원출입국·외국인사무소장", "법무부장관"]), "official_title").t("\n[뒷면] 체류지: ")
    put_addr(b, r, allow_extra=False)
    b.t(" / 신고일 ").n(dstr(today(r), 1), "date").t("\n")
    return "OCR 스캔"


# 26. 외국인 등록 신청서
def t_foreign_reg(r, b, c):
    b.t("■ 출입국관리법 시행규칙 [별지 제34호서식]\n통합신청서 (신고서) / APPLICATION FORM\n[√] 외국인 등록 / FOREIGN RESIDENT REGISTRATION\n\n")
    pv, gi, (fl, gl, fh, gh) = c.foreign("latin")
    b.t("성 Surname  ").p(V(fl, "PERSON", "foreign_latin_surname")).t("   명 Given names  ").p(V(gl, "PERSON", "foreign_latin_given")).t("\n")
    c.used.add(fl)
    c.used.add(gl)
    d = rdate(r, 1965, 2004)
    b.t("생년월일 또는 외국인등록번호 Date of Birth or Foreign Resident Registration No.  ")
    if r.random() < 0.5:
        fv, _ = _frn(r, d)
        b.p(fv)
    else:
        b.p(_dob(r, d, r.choice(["iso", "dot0", "passport", "slash"])))
    b.t(f"\n성별 Sex [{'√' if r.random() < 0.5 else ' '}]남 M  국적 Nationality {NATION_EN[gi]}\n")
    ps, psub = passport_foreign(r, gi)
    b.t("여권 번호 Passport No.  ").p(V(ps, "KR_PASSPORT", psub)).t("   여권발급일자 ").n(dstr(today(r), 3), "date").t("  여권유효기간 ").n(dstr(today(r), 3), "date").t("\n")
    b.t("대한민국 내 주소 Address In Korea  ")
    put_addr(b, r, allow_extra=False)
    b.t("\n전화 번호 Telephone No.  ").p(_land(r, None, "home_phone")).t("   휴대 전화 Cell phone No.  ").p(_phone(r)).t("\n")
    b.t("전자우편 E-Mail  ").p(_email(r)).t("\n")
    co = company(r)
    b.t("근무처 Current Workplace  ").n(co, "company_name").t("  사업자등록번호 Business Registration No.  ").p(_brn(r)).t("  전화번호 ").p(_land(r, None, "company_phone")).t("\n")
    b.t("신청일 Date of application ").n(dstr(today(r), 3), "date").t("   신청인 서명 Signature  ").p(pv).t("\n")
    b.t("\n※ 외국인종합안내센터 ").n("1345", "switchboard").t("\n")
    return "외국인 관련 서식"


# 27. 외국인 근로자 고용 명부
def t_foreign_employ(r, b, c):
    co = company(r)
    b.t(f"외국인근로자 고용변동 신고서\n\n사업장명: ").n(co, "company_name").t("  대표자: ").p(c.person()).t("\n사업자등록번호: ").p(_brn(r)).t("  사업장 소재지: ")
    put_addr(b, r)
    b.t("\n담당자 연락처: ").p(_phone(r)).t("\n\n")
    sep = r.choice([" | ", "\t"])
    if r.random() < 0.6:
        b.t(sep.join(["연번", "성명", "국적", "외국인등록번호", "여권번호", "변동사유", "변동일"]) + "\n")
    for i in range(r.randint(3, 6)):
        pv, gi, _ = c.foreign(r.choice(["latin", "hangul", "latin"]))
        b.t(f"{i + 1}{sep}").p(pv).t(sep + NATION[gi] + sep).p(_frn(r)[0]).t(sep)
        ps, psub = passport_foreign(r, gi)
        b.p(V(ps, "KR_PASSPORT", psub)).t(sep + r.choice(["근로계약 해지", "사업장 변경", "이탈", "계약 연장"]) + sep).n(dstr(today(r), 3), "date").t("\n")
    b.t("\n위와 같이 ").n(statute(r), "statute").t("에 따라 신고합니다.\n").n(r.choice(["고용노동부 ○○지청장", "○○고용센터장"]), "official_title").t(" 귀하\n")
    return "외국인 관련 서식"


# 28. 과태료 부과 사전통지서
def t_traffic_fine(r, b, c):
    loc = r.choice(LOCAL)
    b.t(f"{loc[1]}\n과태료 부과 사전통지서 (의견제출 안내)\n\n")
    owner = c.person()
    b.t(r.choice(["수 신 자: ", "받는 분 ", "소유자 성명: "])).p(owner).t(r.choice([" 귀하\n", "\n"]))
    b.t(r.choice(["주소: ", "송달 주소 "]))
    put_addr(b, r)
    b.t("\n\n위반 차량  ").p(_plate(r)).t(f"    차종 {r.choice(['승용', '승합', '화물'])}\n차대번호 ").n("KMH" + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(14)), "vin").t("\n")
    b.t(f"위반 일시  {dstr(today(r), 3)} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}\n위반 장소  ")
    put_addr(b, r, "sgg", unit=False, allow_extra=False)
    b.t(" 앞 어린이보호구역\n위반 내용  제한속도 초과(").n(f"{r.randint(21, 40)}km/h", "count").t(")\n근거 법령  ").n(statute(r), "statute").t("\n과태료 금액  ").n(amount(r), "amount").t(" (사전납부 시 20% 감경)\n")
    b.t("납부 계좌(가상계좌)  ").n(f"{r.choice(['농협', '국민', '우리'])} {r.randint(7900, 7999)}-{r.randint(100, 999)}-{r.randint(100000, 999999)}", "institution_account").t(" 예금주 ").n(loc[1], "org_name").t("\n")
    b.t("전자납부번호  ").n(f"{r.randint(1000, 9999)}-{r.randint(1, 9)}-{r.randint(24, 25)}-{r.randint(10000000, 99999999)}", "payment_number").t("\n")
    if r.random() < 0.5:
        b.t("\n※ 실제 운전자가 다른 경우 운전자 성명·운전면허번호를 기재하여 제출: 운전자 ").p(c.person()).t(" / 면허번호 ").p(_dl(r)).t("\n")
    b.t("\n문의: 교통행정과 단속팀 ").p(c.person()).t(" 주무관 ").p(_land(r, None, "official_direct")).t(" / 경찰민원콜센터 ").n("182", "switchboard").t("\n")
    return "차량·교통"


# 29. 운전면허 행정처분 결정 통지 / 면허 확인 명부
def t_dl_notice(r, b, c):
    if r.random() < 0.5:
        b.t(f"{r.choice(['서울', '경기남부', '부산', '충남'])}경찰청\n운전면허 정지·취소 처분 결정 통지서\n\n")
        n = c.person()
        d = rdate(r, 1960, 2002)
        b.t("성    명 ").p(n).t("\n생년월일 ").p(_dob(r, d)).t("\n면허번호 ").p(_dl(r)).t("\n주    소 ")
        put_addr(b, r)
        b.t(f"\n\n처분 내용: 운전면허 {r.choice(['정지 100일', '취소(결격기간 1년)', '정지 40일'])}\n처분 사유: 벌점 초과(누산 ").n(f"{r.randint(121, 300)}점", "count").t(")\n근거: ").n(statute(r), "statute").t("\n")
        b.t("위 처분에 불복하는 경우 ").n("「행정심판법」 제27조", "statute").t("에 따라 90일 이내에 행정심판을 청구할 수 있습니다. 사건번호 ").n(f"{r.randint(2024, 2025)}-{r.randint(10000, 99999)}", "case_number").t("\n")
        b.t("담당 ").p(c.person()).t(" 경위 ").p(_land(r, None, "official_direct")).t("\n")
    else:
        b.t(f"운전직 공무원 운전면허 보유 확인 결과 ({dstr(today(r), 0)})\n\n")
        sep = r.choice([" | ", "\t"])
        if r.random() < 0.5:
            b.t(sep.join(["소속", "직급", "성명", "면허번호", "면허종별", "확인결과"]) + "\n")
        for i in range(r.randint(4, 7)):
            b.t(r.choice(["차량관리팀", "청소행정과", "보건소", "총무과"]) + sep + r.choice(["운전주사보", "운전서기", "공무직"]) + sep).p(c.person()).t(sep).p(_dl(r)).t(sep + r.choice(["1종대형", "1종보통", "2종보통"]) + sep + r.choice(["유효", "유효", "적성검사 도래"]) + "\n")
        b.t("\n조회 근거: ").n(statute(r), "statute").t(" / 조회 시스템 관리번호 ").n(f"{r.randint(100, 999)}-{r.randint(2020, 2025)}-{r.randint(1000, 9999)}", "management_number").t("\n")
    return "차량·교통"


# 30. 무헤더 표
def t_table(r, b, c):
    b.t(r.choice(["[붙임] 명단", "별첨 2.", "(엑셀 붙여넣기)", "대상자 목록 (헤더 생략)"]) + "\n")
    sep = r.choice(["\t", " | ", ",", " ; "])
    cols = r.sample(["phone", "email", "addr", "dob", "rrn", "acct", "plate", "hi", "card", "ip", "dl", "pp"], r.randint(2, 4))
    for i in range(r.randint(4, 7)):
        b.t(f"{i + 1}{sep}").p(c.person())
        for col in cols:
            b.t(sep)
            if col == "phone":
                b.p(_phone(r, mob=r.random() < 0.7))
            elif col == "email":
                b.p(_email(r))
            elif col == "addr":
                put_addr(b, r, allow_extra=False, unit=False if sep == "," else None)
            elif col == "dob":
                b.p(_dob(r, rdate(r), r.choice(["iso", "dot0", "compact", "yy_dot"])))
            elif col == "rrn":
                b.p(_rrn(r, r.choice(["valid", "masked"]))[0])
            elif col == "acct":
                b.p(_acct(r)[1])
            elif col == "plate":
                b.p(_plate(r))
            elif col == "hi":
                b.p(_hi(r))
            elif col == "card":
                b.p(_card(r))
            elif col == "ip":
                b.p(_ip(r))
            elif col == "dl":
                b.p(_dl(r))
            elif col == "pp":
                b.p(_pp(r))
        b.t("\n")
    b.t("(총 ").n(f"{r.randint(4, 7)}건", "count").t(")\n")
    return "표"


# 31. 개인정보 유출 조사 보고서
def t_breach(r, b, c):
    b.t(f"개인정보 유출사고 조사 결과 보고\n\n1. 개요\n  ○ 사고 일시: {dstr(today(r), 2)} 03:12경\n  ○ 신고 근거: ").n(statute(r), "statute").t("\n  ○ 접수번호: ").n(receipt(r), "receipt_number").t("\n\n")
    atk = [_ip(r, "pub") for _ in range(r.randint(1, 3))]
    b.t("2. 침입 경로\n  공격자는 ")
    for i, a in enumerate(atk):
        if i:
            b.t(", ")
        b.p(a)
    b.t(" 에서 웹 취약점을 이용하여 회원 DB에 접근하였다. 관리자 계정 담당자 ").p(c.person()).t("(").p(_eoff(r, "korea.kr")).t(")의 세션이 탈취된 것으로 추정된다.\n\n")
    b.t("3. 유출 항목 표본(정보주체 통지 대상)\n")
    sep = r.choice([" | ", "\t"])
    for i in range(r.randint(4, 7)):
        b.t(f"{i + 1}{sep}").p(c.person()).t(sep).p(_email(r)).t(sep).p(_phone(r)).t(sep).p(_card(r)).t("\n")
    b.t("\n4. 조치: 정보주체 통지 완료, 한국인터넷진흥원 신고(").n("118", "switchboard").t("), 과징금 예상액 ").n(amount(r), "amount").t("\n  보고자 ").p(c.person()).t(" 정보보호담당관\n")
    return "감사·조사 보고서"


# 32. 차량 관련 공문: 렌터카 대여 확인
def t_rental(r, b, c):
    co = company(r)
    b.t(f"자동차 대여 계약 사실 확인서\n\n회사명: ").n(co, "company_name").t("  사업자등록번호 ").p(_brn(r)).t("\n")
    b.t("본 회사는 아래 차량을 다음 임차인에게 대여하였음을 확인합니다.\n\n차량번호: ").p(_plate(r, "rental")).t("  차종: " + r.choice(["쏘나타", "아반떼", "카니발", "모닝"]) + "\n")
    n = c.person()
    b.t("임차인 ").p(n).t(", 생년월일 ").p(_dob(r, rdate(r, 1960, 2003))).t(", 운전면허 ").p(_dl(r)).t("\n")
    b.t("연락처 ").p(_phone(r)).t(" / 주소 ")
    put_addr(b, r)
    b.t(f"\n대여 기간: {dstr(today(r), 3)} 10:00 ~ {dstr(today(r), 3)} 18:00\n결제 카드 ").p(_card(r)).t("\n")
    if r.random() < 0.5:
        b.t("제2운전자 ").p(c.person()).t(" (면허번호 ").p(_dl(r)).t(")\n")
    b.t("\n위 내용은 과태료 운전자 변경 신청(").n(statute(r), "statute").t(")을 위해 제출합니다.\n").n(co, "company_name").t(" 대표 ").p(c.person()).t(" (인)  ").p(_land(r, None, "company_phone")).t("\n")
    return "차량·교통"


# 33. 결정문 (행정심판 재결서)
def t_decision(r, b, c):
    b.t(f"{r.choice(['중앙행정심판위원회', '○○도 행정심판위원회', '서울특별시 행정심판위원회'])}\n재 결\n\n사건 ").n(f"{r.randint(2023, 2025)}-{r.randint(1000, 99999)}", "case_number").t(" " + r.choice(["자동차운전면허 취소처분 취소청구", "기초생활수급자 보장중지처분 취소청구", "영업정지처분 취소청구"]) + "\n")
    cl = c.person()
    b.t("청구인 ").p(cl).t("\n       ")
    put_addr(b, r)
    b.t("\n       대리인 행정사 ").p(c.person()).t("\n피청구인 ").n(r.choice(["서울특별시경찰청장", "○○구청장", "○○시장"]), "official_title").t("\n\n주문 청구인의 청구를 기각한다.\n\n청구취지 피청구인이 ").n(dstr(today(r), 0), "date").t(" 청구인에게 한 처분을 취소한다.\n\n이유\n1. 사건개요\n")
    b.t("가. 청구인은 ").p(_dob(r, rdate(r, 1950, 2000), r.choice(["kor", "dot_sp"]))).t("생으로, ").t(r.choice(["운전면허(", "기초생활 수급자(수급번호 "]))
    if b.parts[-1].startswith("운전"):
        b.p(_dl(r)).t(")를 보유한 사람이다.\n")
        b.t("나. 청구인은 ").n(dstr(today(r), 0), "date").t(" ").p(_plate(r)).t(" 차량을 운전하다가 음주측정에 불응하였다.\n")
    else:
        b.n(f"{r.randint(10000000, 99999999)}", "beneficiary_number").t(")로서 급여를 본인 명의 계좌 ")
        b.p(_acct(r)[1]).t("로 수령하여 왔다.\n나. 피청구인은 청구인의 자녀 ").p(c.person()).t("의 소득이 확인되었다는 이유로 보장을 중지하였다.\n")
    b.t("2. 관계법령: ").n(statute(r), "statute").t("\n3. 판단: 청구인의 주장은 이유 없다.\n\n").n(dstr(today(r), 0), "date").t("\n위원장 ").p(c.person()).t("\n")
    return "판결문·결정문"


# 34. 외국인 관련: 사증 발급 인정 (초청인/피초청인)
def t_visa(r, b, c):
    b.t("사증발급인정신청서 (초청 사유서 첨부)\n\n[피초청인]\n")
    pv, gi, _ = c.foreign("latin")
    b.t("Name in full: ").p(pv).t("  Nationality: " + NATION_EN[gi] + "\n")
    d = rdate(r, 1970, 2002)
    b.t("Date of Birth: ").p(_dob(r, d, r.choice(["passport", "iso", "slash"]))).t("  Passport No.: ")
    ps, psub = passport_foreign(r, gi)
    b.p(V(ps, "KR_PASSPORT", psub)).t("\n\n[초청인]\n성명 ")
    inv = c.person()
    b.p(inv).t("  관계: " + r.choice(["배우자", "고용주", "지도교수"]) + "\n주민등록번호 ").p(_rrn(r)[0]).t("\n주소 ")
    put_addr(b, r)
    b.t("\n연락처 ").p(_phone(r)).t("  이메일 ").p(_email(r)).t("\n여권번호(초청인) ").p(_pp(r)).t("\n\n")
    b.t("초청 사유: ").p(inv).t(r.choice(["은 ", "는 "]) if False else "").t(josa(inv[0], "은/는")[len(inv[0]):] + " 피초청인 ").p(pv).t(r.choice(["과 ", "와 "]) if False else "").t(josa(pv[0], "과/와")[len(pv[0]):] + f" {dstr(today(r), 0)} 혼인신고를 하였으며 ").n(statute(r), "statute").t("에 따라 초청합니다.\n접수 ").n(receipt(r), "receipt_number").t(" / 하이코리아 ").n("1345", "switchboard").t("\n")
    return "외국인 관련 서식"


SCANNABLE = ("welfare", "child", "foreign_reg", "foreign_employ", "contract", "hospital", "visa", "rental", "traffic_fine", "dl_notice", "table", "school")

TEMPLATES = [
    # name, fn, count, no_pii
    ("gongmun_vehicle", t_gongmun_vehicle, 18, False),
    ("gongmun_foreign", t_gongmun_foreign, 18, False),
    ("gongmun_subsidy", t_gongmun_subsidy, 18, False),
    ("gongmun_nopii", t_gongmun_nopii, 14, True),
    ("minwon_parking", t_minwon_parking, 16, False),
    ("minwon_refund", t_minwon_refund, 16, False),
    ("minwon_correction", t_minwon_correction, 14, False),
    ("minwon_nopii", t_minwon_nopii, 12, True),
    ("press", t_press, 18, False),
    ("press_nopii", t_press_nopii, 10, True),
    ("news", t_news, 16, False),
    ("minutes", t_minutes, 18, False),
    ("minutes_nopii", t_minutes_nopii, 8, True),
    ("judgment_criminal", t_judgment_criminal, 18, False),
    ("judgment_civil", t_judgment_civil, 16, False),
    ("judgment_nopii", t_judgment_nopii, 9, True),
    ("decision", t_decision, 12, False),
    ("audit", t_audit, 14, False),
    ("discipline", t_discipline, 12, False),
    ("breach", t_breach, 18, False),
    ("personnel", t_personnel, 22, False),
    ("contract", t_contract, 18, False),
    ("bid", t_bid, 16, False),
    ("bid_nopii", t_bid_nopii, 9, True),
    ("welfare", t_welfare, 20, False),
    ("child", t_child, 14, False),
    ("hospital", t_hospital, 18, False),
    ("school", t_school, 12, False),
    ("chat", t_chat, 20, False),
    ("log", t_log, 18, False),
    ("log_nopii", t_log_nopii, 8, True),
    ("ocr_resident", t_ocr_resident, 14, False),
    ("ocr_passport", t_ocr_passport, 16, False),
    ("ocr_dl", t_ocr_dl, 16, False),
    ("ocr_bankbook", t_ocr_bankbook, 10, False),
    ("ocr_frncard", t_ocr_frncard, 14, False),
    ("foreign_reg", t_foreign_reg, 16, False),
    ("foreign_employ", t_foreign_employ, 16, False),
    ("visa", t_visa, 12, False),
    ("traffic_fine", t_traffic_fine, 16, False),
    ("dl_notice", t_dl_notice, 20, False),
    ("rental", t_rental, 14, False),
    ("table", t_table, 22, False),
]

# ---------------------------------------------------------------- validation
TYPES = ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "KR_ADDRESS", "DATE_OF_BIRTH", "KR_BANK_ACCOUNT", "KR_RRN", "IP_ADDRESS", "KR_PASSPORT",
         "KR_BRN", "KR_DRIVER_LICENSE", "KR_FRN", "KR_VEHICLE_PLATE", "KR_HEALTH_INSURANCE", "CREDIT_CARD", "KR_CRN"]


def undo(s, typ):
    s = unicodedata.normalize("NFKC", s)
    for h in "‐–－—":
        s = s.replace(h, "-")
    if typ in ("PHONE_NUMBER",) and all(ch in HDIG_ALT or ch == " " for ch in s):
        s = "".join(HDIG_ALT.get(ch, "-") for ch in s)
    s = s.replace("\n", "").replace(" | ", "-")
    s = re.sub(r"\s*-\s*", "-", s)
    if typ in ("KR_RRN", "KR_FRN", "PHONE_NUMBER", "KR_BANK_ACCOUNT", "CREDIT_CARD", "KR_BRN", "KR_CRN", "KR_HEALTH_INSURANCE", "KR_DRIVER_LICENSE"):
        s = s.replace("O", "0").replace("o", "0").replace("l", "1").replace("I", "1")
    return s


def chk_dob(s, sub):
    s = unicodedata.normalize("NFKC", s)
    mons = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
    try:
        if sub == "dob_hangul":
            m = re.fullmatch(r"(\S+)년 (\S+)월 (\S+)일", s)
            y, mo, d = unsino(m[1]), unsino(m[2]), unsino(m[3])
        elif sub in ("dob_passport", "dob_passport_new"):
            m = re.fullmatch(r"(\d{2}) (?:\d{1,2}월/)?([A-Z]{3}) (\d{4})", s)
            d, mo, y = int(m[1]), mons.index(m[2]) + 1, int(m[3])
        elif sub == "dob_compact":
            m = re.fullmatch(r"(\d{2})(\d{2})(\d{2})", s)
            y, mo, d = 1900 + int(m[1]) if int(m[1]) > 25 else 2000 + int(m[1]), int(m[2]), int(m[3])
        elif sub == "dob_yy_dot":
            m = re.fullmatch(r"(\d{2})\.(\d{2})\.(\d{2})", s)
            y, mo, d = 1900 + int(m[1]) if int(m[1]) > 25 else 2000 + int(m[1]), int(m[2]), int(m[3])
        else:
            m = re.fullmatch(r"(\d{4})(?:\. |\.|-|/|년 )(\d{1,2})(?:\. |\.|-|/|월 )(\d{1,2})(?:\.|일)?", s)
            y, mo, d = int(m[1]), int(m[2]), int(m[3])
            if sub == "dob_dot_sp":
                assert s.endswith(".")
        datetime.date(y, mo, d)
        assert 1930 <= y <= 2025
        return True
    except Exception:
        return False


def check_value(sp):
    v, typ, sub = sp["value"], sp["type"], sp["sub_kind"]
    u = undo(v, typ)
    if typ == "PERSON":
        raw = v.replace(" ", "")
        if sub.startswith("ko_name_latin"):
            return re.fullmatch(r"[A-Z]+ [A-Z]+", v) is not None
        if sub.startswith("foreign"):
            words = set()
            for fam_l, fam_h, giv_l, giv_h in FOREIGN:
                for x in fam_l + giv_l:
                    words.update(w.upper() for w in x.split())
                for x in fam_h + giv_h:
                    words.update(x.split())
            toks = v.split()
            if sub.startswith("foreign_latin"):
                return all(t.upper() in words for t in toks)
            hw = set(x for y in FOREIGN for x in y[1] + y[3])
            return all(t in words for t in toks) or any(v.startswith(f) and v[len(f):] in hw for f in hw)
        if sub == "ko_spaced":
            assert " " in v
        s2 = raw[:2] if raw[:2] in SURN2 else raw[:1]
        return (s2 in SURN1 or s2 in SURN2) and all(ch in GIVEN for ch in raw[len(s2):]) and 1 <= len(raw) - len(s2) <= 2
    if typ == "KR_RRN":
        d = u.replace("-", "")
        if sub == "rrn_masked":
            m = re.fullmatch(r"(\d{6})-([1-4])([*●Xx○]{6})", u)
            return bool(m) and chk_dob(m[1], "dob_compact")
        if not re.fullmatch(r"\d{6}-\d{7}", u):
            return False
        ok = rrn_check(d[:12]) == int(d[12])
        if sub == "rrn_valid":
            return ok and d[6] in "1234" and chk_dob(d[:6], "dob_compact")
        return (not ok) and d[6] in "34" and datetime.date(2000 + int(d[:2]), int(d[2:4]), int(d[4:6])) >= datetime.date(2020, 10, 1)
    if typ == "KR_FRN":
        d = u.replace("-", "")
        return re.fullmatch(r"\d{6}-\d{7}", u) is not None and d[6] in "5678" and frn_check(d[:12]) == int(d[12])
    if typ == "KR_BRN":
        if not re.fullmatch(r"\d{3}-\d{2}-\d{5}", u):
            return False
        d = [int(x) for x in u.replace("-", "")]
        w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
        s = sum(a * b for a, b in zip(d, w)) + (d[8] * 5) // 10
        return (10 - s % 10) % 10 == d[9]
    if typ == "KR_CRN":
        if not re.fullmatch(r"\d{6}-\d{7}", u):
            return False
        d = u.replace("-", "")
        s = sum(int(a) * (1 if i % 2 == 0 else 2) for i, a in enumerate(d[:12]))
        return (10 - s % 10) % 10 == int(d[12])
    if typ == "CREDIT_CARD":
        d = re.sub(r"[- ]", "", u)
        L = 15 if sub == "card_amex" else 16
        pre = {"card_visa": "4", "card_master": "5", "card_bc": "94", "card_jcb": "35", "card_amex": "3"}[sub]
        return d.isdigit() and len(d) == L and d.startswith(pre) and luhn_ok(d)
    if typ == "KR_PASSPORT":
        if sub == "passport_old":
            return re.fullmatch(r"[MSGDR]\d{8}", u) is not None
        if sub == "passport_new":
            return re.fullmatch(r"[MSGDR]\d{3}[A-Z]\d{4}", u) is not None
        if sub == "passport_foreign_digits":
            return re.fullmatch(r"\d{9}", u) is not None
        return re.fullmatch(r"[A-Z]{1,2}\d{7,8}[A-Z]?", u) is not None
    if typ == "KR_DRIVER_LICENSE":
        if sub == "dl_num":
            return re.fullmatch(r"(1[1-9]|2[0-68])-\d{2}-\d{6}-\d{2}", u) is not None
        if sub == "dl_name":
            return re.fullmatch(r"(서울|부산|경기|강원|충북|충남|전북|전남|경북|경남|제주|대구|인천|광주|대전|울산|경기북부) ?\d{2}-\d{6}-\d{2}", u) is not None
        return re.fullmatch(r"\d{12}", u) is not None
    if typ == "KR_VEHICLE_PLATE":
        return re.fullmatch(r"(?:(서울|경기|부산|인천|대구|충남|전북|광주|대전) )?\d{2,3}[가-힣] ?\d{4}", u) is not None
    if typ == "KR_HEALTH_INSURANCE":
        return re.fullmatch(r"\d{11}", u.replace("-", "").replace(" ", "")) is not None
    if typ == "KR_BANK_ACCOUNT":
        bank = sub[5:].replace("_nodash", "")
        grp = [g for (_, g, s) in BANKS if s == bank][0]
        if sub.endswith("_nodash"):
            return re.fullmatch(r"\d{%d}" % sum(grp), u) is not None
        return re.fullmatch("-".join(r"\d{%d}" % g for g in grp), u.replace(" ", "")) is not None
    if typ == "IP_ADDRESS":
        if sub == "ipv6":
            return re.fullmatch(r"[0-9a-f:]+", u) is not None and "::" in u
        parts = u.split(".")
        return len(parts) == 4 and all(p.isdigit() and 0 <= int(p) <= 255 for p in parts)
    if typ == "EMAIL_ADDRESS":
        return re.fullmatch(r"[a-z0-9._]+@[a-z0-9.-]+\.[a-z]{2,}", u) is not None
    if typ == "PHONE_NUMBER":
        d = u.replace("+82-", "0").replace("+82 ", "0").replace(" ", "-").replace(".", "-")
        d2 = d.replace("-", "")
        if sub.startswith("mobile"):
            return re.fullmatch(r"010\d{8}", d2) is not None
        return d2.startswith("0") and 9 <= len(d2) <= 11 and d2.isdigit() and not d2.startswith("01")
    if typ == "DATE_OF_BIRTH":
        return chk_dob(v, sub)
    if typ == "KR_ADDRESS":
        heads = [s[0] for s in SIDO] + [x for s in SIDO for x in s[1]] + [x.split()[0] for s in SIDO for x in s[2]] + [SEJONG]
        v = v.replace("\n", " ")
        return any(v.startswith(h + " ") for h in heads) and re.search(r"\d", v) is not None
    return False


LEAK = [("mobile", re.compile(r"(?<![\d.])01[016789][-. ]?\d{3,4}[-. ]?\d{4}(?!\d)")),
        ("email", re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")),
        ("rrn_shape", re.compile(r"(?<!\d)\d{6}\s?[-]\s?\d{7}(?!\d)")),
        ("card16", re.compile(r"(?<!\d)\d{4}[- ]?\d{4}[- ]?\d{4}[- ]?\d{4}(?!\d)"))]


def validate_record(rec, meta):
    text, spans = rec["text"], rec["spans"]
    errs = []
    prev = 0
    for sp, ms in zip(spans, meta["spans"]):
        s, e = sp["start"], sp["end"]
        if not (0 <= s < e <= len(text)):
            errs.append("bounds")
        if s < prev:
            errs.append("overlap/sort")
        prev = e
        seg = text[s:e]
        if seg != ms["value"]:
            errs.append(f"value mismatch {seg!r} {ms['value']!r}")
        if seg != seg.strip():
            errs.append("whitespace edge")
        if sp["type"] not in TYPES:
            errs.append("type")
        if not check_value({"value": seg, "type": sp["type"], "sub_kind": ms["sub_kind"]}):
            errs.append(f"check fail {sp['type']} {ms['sub_kind']} {seg!r}")
    cover = [False] * len(text)
    for sp in spans:
        for i in range(sp["start"], sp["end"]):
            cover[i] = True
    negcover = [False] * len(text)
    for ng in meta["hard_negatives"]:
        if text[ng["start"]:ng["end"]] != ng["text"]:
            errs.append("neg mismatch")
        for i in range(ng["start"], ng["end"]):
            negcover[i] = True
        if any(cover[ng["start"]:ng["end"]]):
            errs.append(f"neg overlaps span {ng['text']!r}")
    # every other occurrence labelled
    for sp in spans:
        v = text[sp["start"]:sp["end"]]
        i = text.find(v)
        while i >= 0:
            if not all(cover[i:i + len(v)]):
                errs.append(f"unlabelled occurrence {v!r}")
                break
            i = text.find(v, i + 1)
    # leak check on NFKC-normalised text (1:1 for the chars used)
    norm = "".join(unicodedata.normalize("NFKC", ch) if len(unicodedata.normalize("NFKC", ch)) == 1 else ch for ch in text)
    for name, rx in LEAK:
        for m in rx.finditer(norm):
            rng = range(m.start(), m.end())
            if all(cover[i] or negcover[i] for i in rng):
                continue
            if any(cover[i] for i in rng) and all(cover[i] or not norm[i].isalnum() for i in rng):
                continue
            if all(negcover[i] or cover[i] or not norm[i].isalnum() for i in rng):
                continue
            errs.append(f"leak {name} {m.group()!r}")
    if meta["no_pii"] and spans:
        errs.append("no_pii with spans")
    if not meta["no_pii"] and not spans:
        errs.append("pii record without spans")
    if meta["no_pii"] and not meta["hard_negatives"]:
        errs.append("no_pii without negatives")
    return errs


# ---------------------------------------------------------------- main
def build_one(tname, fn, i, no_pii):
    for k in range(30):
        seed = f"{SEED_PREFIX}|{tname}|{i}" + (f"|r{k}" if k else "")
        r = random.Random(seed)
        b = B()
        c = Ctx(r)
        b.r = r
        if tname.startswith("ocr_"):
            b.scan = 0.45
        elif tname in SCANNABLE and r.random() < 0.3:
            b.scan = 0.5
        genre = fn(r, b, c)
        text = b.text()
        spans = sorted(b.spans, key=lambda x: x["start"])
        rid = f"pii_al-{tname}-{i:03d}"
        rec = {"id": rid, "text": text, "spans": [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in spans], "genre": genre}
        meta = {"id": rid, "template": tname, "seed": seed, "genre": genre, "no_pii": no_pii,
                "spans": [{"start": s["start"], "end": s["end"], "type": s["type"], "sub_kind": s["sub_kind"], "noise": s["noise"], "value": s["value"]} for s in spans],
                "hard_negatives": sorted(b.negs, key=lambda x: x["start"])}
        errs = validate_record(rec, meta)
        if not errs:
            return rec, meta, k
        last = errs
    raise RuntimeError(f"{tname} {i}: {last}")


def main():
    recs, metas, retries = [], [], 0
    for tname, fn, n, no_pii in TEMPLATES:
        for i in range(n):
            try:
                rec, meta, k = build_one(tname, fn, i, no_pii)
            except Exception as ex:
                if os.environ.get("PII_AL_DEBUG"):
                    print("FAIL", repr(ex)[:300]); break
                raise
            retries += k
            recs.append(rec)
            metas.append(meta)
    # order: interleave deterministically by hash of id (stable, no PYTHONHASHSEED dependence)
    order = sorted(range(len(recs)), key=lambda j: hashlib.md5(recs[j]["id"].encode()).hexdigest())
    recs = [recs[j] for j in order]
    metas = [metas[j] for j in order]
    with open(os.path.join(OUT, "pii_al.jsonl"), "w", encoding="utf-8") as f:
        for r_ in recs:
            f.write(json.dumps(r_, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "pii_al.meta.jsonl"), "w", encoding="utf-8") as f:
        for m in metas:
            mm = dict(m)
            mm["spans"] = [{k: v for k, v in s.items() if k != "value"} for s in m["spans"]]
            f.write(json.dumps(mm, ensure_ascii=False) + "\n")
    stats = compute_stats(recs, metas)
    stats["retries"] = retries
    with open(os.path.join(OUT, "stats.json"), "w", encoding="utf-8") as f:
        json.dump(stats, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    revalidate()
    print(json.dumps({k: stats[k] for k in ("records", "no_pii_records", "spans_total", "by_type")}, ensure_ascii=False))


def compute_stats(recs, metas):
    from collections import Counter
    st = {"records": len(recs), "no_pii_records": sum(m["no_pii"] for m in metas), "spans_total": sum(len(r_["spans"]) for r_ in recs)}
    g, gn, gs, t, ty, sk, nz_, hn, tmpl = Counter(), Counter(), Counter(), Counter(), Counter(), Counter(), Counter(), Counter(), Counter()
    for r_, m in zip(recs, metas):
        g[r_["genre"]] += 1
        gn[r_["genre"]] += m["no_pii"]
        gs[r_["genre"]] += len(r_["spans"])
        tmpl[m["template"]] += 1
        for s in m["spans"]:
            ty[s["type"]] += 1
            sk[s["type"] + ":" + s["sub_kind"]] += 1
            for x in s["noise"]:
                nz_[x] += 1
        for h in m["hard_negatives"]:
            hn[h["category"]] += 1
    st.update({"by_genre": dict(g), "no_pii_by_genre": dict(gn), "spans_by_genre": dict(gs), "by_template": dict(tmpl), "by_type": dict(ty),
               "by_sub_kind": dict(sk), "by_noise": dict(nz_), "noisy_spans": sum(1 for m in metas for s in m["spans"] if s["noise"]),
               "by_hard_negative": dict(hn), "hard_negatives_total": sum(hn.values()), "no_pii_fraction": round(st["no_pii_records"] / len(recs), 4)})
    return st


def revalidate():
    recs = [json.loads(l) for l in open(os.path.join(OUT, "pii_al.jsonl"), encoding="utf-8")]
    metas = [json.loads(l) for l in open(os.path.join(OUT, "pii_al.meta.jsonl"), encoding="utf-8")]
    assert len(recs) == len(metas)
    ids = set()
    for r_, m in zip(recs, metas):
        assert r_["id"] == m["id"] and r_["id"] not in ids
        ids.add(r_["id"])
        assert set(r_) == {"id", "text", "spans", "genre"}
        mm = dict(m)
        mm["spans"] = [dict(s, value=r_["text"][s["start"]:s["end"]]) for s in m["spans"]]
        assert [(s["start"], s["end"], s["type"]) for s in r_["spans"]] == [(s["start"], s["end"], s["type"]) for s in m["spans"]]
        # rebuild from seed must give identical text
        errs = validate_record(r_, mm)
        assert not errs, (r_["id"], errs)
    print("revalidation OK:", len(recs), "records")


if __name__ == "__main__":
    main()
