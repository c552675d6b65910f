#!/usr/bin/env python3
"""pii_w: independent synthetic evaluation set for a Korean PII detector.

Standard library only.  Every random choice comes from random.Random seeded with a
string "pii_w-2026|<template>|<i>" (plus "#<k>" on a rare retry), so the output does not
depend on PYTHONHASHSEED.  Run:  python make_set.py
"""
import json, os, random, re, sys, unicodedata, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
PFX = "pii_w-2026"

# ---------------------------------------------------------------- record builder
class S:
    """A gold value: type, exact surface string, sub-kind, noise tags."""
    def __init__(self, typ, v, kind, noise=(), **extra):
        self.typ, self.v, self.kind, self.noise = typ, v, kind, tuple(noise)
        self.extra = extra
    def __str__(self):
        return self.v

class N:
    """A tagged hard negative."""
    def __init__(self, v, cat):
        self.v, self.cat = v, cat

class Doc:
    def __init__(self):
        self.buf, self.n, self.spans, self.negs = [], 0, [], []
    def _add(self, s):
        self.buf.append(s); self.n += len(s)
    def __call__(self, *items):
        for it in items:
            if isinstance(it, S):
                st = self.n; self._add(it.v)
                self.spans.append({"start": st, "end": self.n, "type": it.typ,
                                   "kind": it.kind, "noise": list(it.noise), "v": it.v})
                if "ymd" in it.extra:
                    self.spans[-1]["ymd"] = it.extra["ymd"]
            elif isinstance(it, N):
                st = self.n; self._add(it.v)
                self.negs.append({"start": st, "end": self.n, "text": it.v, "category": it.cat})
            else:
                self._add(str(it))
        return self
    @property
    def text(self):
        return "".join(self.buf)

# ---------------------------------------------------------------- pools
SURN = ("김 김 김 김 이 이 이 이 박 박 박 최 최 정 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 전 고 문 양 손 "
        "배 백 허 남 심 노 하 곽 성 차 주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 석 설 마 "
        "연 위 표 명 기 반 왕 금 옥 육 인 맹 탁 국 봉 황보 남궁 선우 제갈 독고 사공").split()
GIV = ("민 서 지 현 수 준 영 진 우 연 윤 하 은 호 성 재 혜 정 태 경 희 동 석 승 원 유 훈 미 주 아 선 형 "
       "철 규 빈 솔 예 채 다 나 보 상 기 종 인 한 찬 용 숙 옥 순 자 택 환 건 겸 율 결 담 별 슬 휘 람 령").split()

FOREIGN = {  # nationality: (family list, given list, order) each item (latin, hangul)
    "베트남": ([("NGUYEN", "응우옌"), ("TRAN", "쩐"), ("LE", "레"), ("PHAM", "팜"), ("HOANG", "호앙"), ("VO", "보")],
              [("VAN HUNG", "반 훙"), ("THI LAN", "티 란"), ("MINH TUAN", "민 뚜안"), ("DUC ANH", "득 아인"), ("THI HOA", "티 호아"), ("QUANG HAI", "꽝 하이")], "fg"),
    "필리핀": ([("SANTOS", "산토스"), ("REYES", "레예스"), ("CRUZ", "크루스"), ("GARCIA", "가르시아"), ("BAUTISTA", "바우티스타")],
              [("MARIA CLARA", "마리아 클라라"), ("JOSE MIGUEL", "호세 미겔"), ("ANGELICA", "안젤리카"), ("MARK ANTHONY", "마크 앤서니"), ("JOVELYN", "조블린")], "gf"),
    "네팔": ([("THAPA", "타파"), ("GURUNG", "구룽"), ("TAMANG", "타망"), ("RAI", "라이"), ("SHRESTHA", "슈레스타")],
            [("RAM BAHADUR", "람 바하두르"), ("SITA", "시타"), ("BISHNU", "비슈누"), ("KUMAR", "쿠마르"), ("ANITA", "아니타")], "gf"),
    "인도네시아": ([("SANTOSO", "산토소"), ("WIJAYA", "위자야"), ("SAPUTRA", "사푸트라"), ("HIDAYAT", "히다야트")],
               [("BUDI", "부디"), ("AGUS", "아구스"), ("DEWI", "데위"), ("RIZKI", "리즈키"), ("EKO", "에코")], "gf"),
    "우즈베키스탄": ([("KARIMOV", "카리모프"), ("YUSUPOV", "유수포프"), ("RAHIMOVA", "라히모바"), ("TOSHEV", "토셰프")],
                [("AKMAL", "아크말"), ("DILSHOD", "딜쇼드"), ("NILUFAR", "닐루파르"), ("SHERZOD", "셰르조드")], "gf"),
    "캄보디아": ([("SOK", "속"), ("CHAN", "찬"), ("KIM", "킴"), ("PHAL", "팔")],
              [("DARA", "다라"), ("SOPHEAP", "소피압"), ("VIBOL", "비볼"), ("CHANTHA", "찬타")], "fg"),
    "중국": ([("WANG", "왕"), ("LIU", "류"), ("ZHANG", "장"), ("CHEN", "천"), ("ZHAO", "자오")],
            [("WEI", "웨이"), ("XIAOMING", "샤오밍"), ("JING", "징"), ("HAIYAN", "하이옌"), ("LEI", "레이")], "fg"),
    "몽골": ([("GANBOLD", "간볼드"), ("BATBAYAR", "바트바야르"), ("ENKHTUYA", "엥흐투야")],
            [("TEMUULEN", "테무렌"), ("OYUNA", "오유나"), ("BOLD", "볼드")], "gf"),
    "스리랑카": ([("PERERA", "페레라"), ("FERNANDO", "페르난도"), ("SILVA", "실바")],
              [("KASUN", "카순"), ("NIMAL", "니말"), ("DILANI", "딜라니")], "gf"),
    "미국": ([("MILLER", "밀러"), ("JOHNSON", "존슨"), ("BROWN", "브라운")],
            [("JOHN", "존"), ("EMILY", "에밀리"), ("DAVID", "데이비드")], "gf"),
}
NATS = list(FOREIGN.keys())

SIDO = [("서울특별시", "서울", ["마포구", "관악구", "노원구", "송파구", "은평구", "강서구", "성북구", "동작구"]),
        ("부산광역시", "부산", ["해운대구", "사하구", "부산진구", "동래구"]),
        ("대구광역시", "대구", ["수성구", "달서구", "북구"]),
        ("인천광역시", "인천", ["남동구", "부평구", "연수구", "서구"]),
        ("광주광역시", "광주", ["북구", "광산구", "서구"]),
        ("대전광역시", "대전", ["유성구", "서구", "대덕구"]),
        ("울산광역시", "울산", ["남구", "중구", "울주군"]),
        ("경기도", "경기", ["수원시 팔달구", "성남시 분당구", "안산시 단원구", "화성시", "김포시", "평택시", "고양시 일산동구", "시흥시"]),
        ("충청남도", "충남", ["천안시 서북구", "아산시", "당진시"]),
        ("경상남도", "경남", ["김해시", "창원시 의창구", "양산시"]),
        ("전라북도", "전북", ["전주시 완산구", "익산시", "군산시"]),
        ("강원특별자치도", "강원", ["춘천시", "원주시", "강릉시"])]
ROADS = ["월드컵로", "중앙로", "번영로", "한빛로", "솔샘로", "새터로", "은행나무길", "공단로", "산업로", "매화로",
         "버들로", "장미로", "느티나무로", "호수공원로", "문화로", "시장길", "강변로", "동산로", "청림로", "새말길"]
APTS = ["한빛아파트", "푸른마을", "대림빌라", "현대아파트", "주공아파트", "e편한세상", "행복주택", "은하빌라"]
DONG = ["성산동", "신림동", "상계동", "가락동", "중동", "우만동", "고잔동", "봉담읍", "신촌동", "남산동"]
RI = ["동화리", "상리", "하리", "신평리", "덕산리"]

INST_ADDR = ["세종특별자치시 도움6로 11 정부세종청사 6동", "서울특별시 종로구 세종대로 209 정부서울청사",
             "대전광역시 서구 청사로 189 정부대전청사", "경기도 과천시 관문로 47 정부과천청사",
             "서울특별시 중구 세종대로 110 서울특별시청", "부산광역시 연제구 중앙대로 1001 부산광역시청",
             "경기도 수원시 영통구 도청로 30 경기도청", "강원특별자치도 원주시 건강로 32 국민건강보험공단"]
INSTS = [("행정안전부", "디지털정부정책과", "044-205-"), ("보건복지부", "기초생활보장과", "044-202-"),
         ("고용노동부", "외국인력정책과", "044-202-"), ("국토교통부", "자동차정책과", "044-201-"),
         ("서울특별시 마포구", "복지정책과", "02-3153-"), ("경기도 화성시", "교통정책과", "031-5189-"),
         ("부산광역시 사하구", "주민복지과", "051-220-"), ("대전광역시 유성구", "자치행정과", "042-611-"),
         ("법무부 출입국·외국인정책본부", "체류관리과", "02-2110-"), ("경찰청", "교통안전과", "02-3150-")]
HEADS = {"행정안전부": "행정안전부장관", "보건복지부": "보건복지부장관", "고용노동부": "고용노동부장관",
         "국토교통부": "국토교통부장관", "서울특별시 마포구": "마포구청장", "경기도 화성시": "화성시장",
         "부산광역시 사하구": "사하구청장", "대전광역시 유성구": "유성구청장",
         "법무부 출입국·외국인정책본부": "법무부장관", "경찰청": "경찰청장"}
CALLC = ["1588-", "1577-", "1600-", "1544-", "1644-", "1566-", "1661-", "1899-"]
SHORTC = ["110 정부민원안내콜센터", "120 다산콜센터", "126 국세상담센터", "1345 외국인종합안내센터", "1350 고용노동부 고객상담센터"]
COMPANIES = ["(주)한빛엔지니어링", "(주)새솔물산", "대성정밀(주)", "(주)미래렌터카", "(유)바른건설", "(주)청림식품",
             "동해산업(주)", "(주)우리파킹", "(주)하늘모빌리티", "삼정금속(주)", "(주)누리테크", "(주)초록농산"]
STATUTES = ["「개인정보 보호법」 제17조 제1항", "「국민기초생활 보장법」 제21조", "「주민등록법 시행규칙」 제2조",
            "「외국인근로자의 고용 등에 관한 법률」 제25조", "「도로교통법」 제32조", "「여권법」 제7조",
            "같은 법 시행령 제9조 제1항", "「행정업무의 운영 및 혁신에 관한 규정」 제13조", "「국민건강보험법」 제5조 제2항",
            "「출입국관리법」 제31조", "「자동차관리법」 제10조", "「사회보장급여의 이용·제공 및 수급권자 발굴에 관한 법률」 제5조"]
BANKS = {  # name: digit groups
    "KB국민은행": (6, 2, 6), "신한은행": (3, 3, 6), "우리은행": (4, 3, 6), "하나은행": (3, 6, 5),
    "NH농협은행": (3, 4, 4, 2), "IBK기업은행": (3, 6, 2, 3), "카카오뱅크": (4, 2, 7), "토스뱅크": (4, 4, 4),
    "우체국": (6, 2, 6), "새마을금고": (4, 2, 6, 1), "SC제일은행": (3, 2, 6), "케이뱅크": (3, 3, 6),
    "부산은행": (3, 4, 4, 2), "수협은행": (3, 2, 6, 1)}
BANKN = list(BANKS.keys())
DL_REG = [("11", "서울"), ("12", "부산"), ("13", "경기"), ("14", "강원"), ("15", "충북"), ("16", "충남"),
          ("17", "전북"), ("18", "전남"), ("19", "경북"), ("20", "경남"), ("21", "제주"), ("22", "대구"),
          ("23", "인천"), ("24", "광주"), ("25", "대전"), ("26", "울산"), ("28", "경기")]
PLATE_REG = ["서울", "부산", "경기", "인천", "대구", "광주", "대전", "울산", "강원", "충남", "경남", "전북"]
PRIV_H = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주"
MAILD = ["naver.com", "gmail.com", "daum.net", "hanmail.net", "kakao.com", "nate.com", "outlook.kr"]
LATN = ["minsu", "jihye", "sky", "blue", "happy", "jun", "seo", "hana", "moon", "rain", "star", "sol", "dream", "tiger"]

# ---------------------------------------------------------------- value generators
def dg(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))

def name(rng):
    while True:
        s = rng.choice(SURN)
        g = rng.choice(GIV) if (len(s) == 1 and rng.random() < 0.04) else rng.choice(GIV) + rng.choice(GIV)
        if s + g != "홍길동" and g[0] != g[-1] or len(g) == 1:
            return s + g

def P(rng, kind="kr"):
    return S("PERSON", name(rng), kind)

def FP(rng, nat=None):
    """returns (latin S, hangul S, nat)"""
    nat = nat or rng.choice(NATS)
    fam, giv, order = FOREIGN[nat]
    f, g = rng.choice(fam), rng.choice(giv)
    if order == "fg":
        lat, han = f[0] + " " + g[0], f[1] + " " + g[1]
    else:
        lat, han = g[0] + " " + f[0], g[1] + " " + f[1]
    if nat == "중국":
        han = han.replace(" ", "")
    return S("PERSON", lat, "foreign_latin"), S("PERSON", han, "foreign_hangul"), nat

def rdate(rng, y0, y1):
    y = rng.randint(y0, y1); m = rng.randint(1, 12); d = rng.randint(1, 28)
    return y, m, d

def dob_str(y, m, d, style):
    M = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()
    return {"dot_sp": f"{y}. {m}. {d}.", "kor": f"{y}년 {m}월 {d}일", "iso": f"{y}-{m:02d}-{d:02d}",
            "dot0": f"{y}.{m:02d}.{d:02d}.", "yy": f"{y % 100:02d}.{m:02d}.{d:02d}", "six": f"{y % 100:02d}{m:02d}{d:02d}",
            "slash": f"{y}/{m:02d}/{d:02d}", "dmy": f"{d:02d}/{m:02d}/{y}", "mon": f"{d:02d} {M[m - 1]} {y}",
            "dot_plain": f"{y}.{m}.{d}", "dot0n": f"{y}.{m:02d}.{d:02d}"}[style]

DOB_STYLES = ["dot_sp", "kor", "iso", "dot0", "yy", "six", "slash", "dot_plain", "dot0n"]

def DOB(rng, ymd=None, style=None, y0=1940, y1=2005):
    y, m, d = ymd or rdate(rng, y0, y1)
    style = style or rng.choice(DOB_STYLES)
    return S("DATE_OF_BIRTH", dob_str(y, m, d, style), "dob_" + style, ymd=(y, m, d))

W12 = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
def rrn_check(d12):
    return (11 - sum(int(a) * b for a, b in zip(d12, W12)) % 11) % 10

def frn_check(d12):
    return (13 - sum(int(a) * b for a, b in zip(d12, W12)) % 11) % 10

def RRN(rng, kind=None, ymd=None, sep="-"):
    kind = kind or rng.choice(["rrn_valid", "rrn_valid", "rrn_post2020", "rrn_masked"])
    if kind == "rrn_post2020":
        y, m, d = ymd or (rng.choice([2020, 2021, 2022, 2023, 2024]), rng.randint(10, 12), rng.randint(1, 28))
        if y > 2020:
            m = ymd[1] if ymd else rng.randint(1, 12)
    else:
        y, m, d = ymd or rdate(rng, 1942, 2012)
    g = (1 if y < 2000 else 3) + rng.randint(0, 1)
    front = f"{y % 100:02d}{m:02d}{d:02d}"
    if kind == "rrn_masked":
        mk = rng.choice(["*", "*", "●", "X"])
        return S("KR_RRN", front + sep + str(g) + mk * 6, kind, ymd=(y, m, d))
    body = front + str(g) + dg(rng, 5)
    c = rrn_check(body)
    if kind == "rrn_post2020":
        c = (c + rng.randint(1, 9)) % 10
    return S("KR_RRN", front + sep + body[6:] + str(c), kind, ymd=(y, m, d))

def FRN(rng, ymd=None):
    y, m, d = ymd or rdate(rng, 1965, 2004)
    g = (5 if y < 2000 else 7) + rng.randint(0, 1)
    body = f"{y % 100:02d}{m:02d}{d:02d}{g}" + f"{rng.randint(10, 48) * 2:02d}" + dg(rng, 2) + rng.choice("6789")
    return S("KR_FRN", body[:6] + "-" + body[6:] + str(frn_check(body)), "frn_legacy", ymd=(y, m, d))

def BRN(rng):
    while True:
        mid = rng.choice(["81", "86", "87", "88", "01", "05", "13", "22", "37", "43", "59"])
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(2)] + [int(x) for x in mid] + [rng.randint(0, 9) for _ in range(4)]
        w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
        s = sum(a * b for a, b in zip(d, w)) + (d[8] * 5) // 10
        c = (10 - s % 10) % 10
        v = "".join(map(str, d)) + str(c)
        return S("KR_BRN", f"{v[:3]}-{v[3:5]}-{v[5:]}", "brn_corp" if mid[0] == "8" else "brn_indiv")

def CRN(rng):
    front = rng.choice(["110111", "110114", "131111", "134811", "284411", "180111", "160111", "124611", "170111"])
    body = front + dg(rng, 6)
    s = sum(int(a) * (1 if i % 2 == 0 else 2) for i, a in enumerate(body))
    return S("KR_CRN", front + "-" + body[6:] + str((10 - s % 10) % 10), "crn_valid")

def luhn_ok(ds):
    t = 0
    for i, ch in enumerate(reversed(ds)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9: x -= 9
        t += x
    return t % 10 == 0

def CARD(rng, brand=None, sep="-", masked=False):
    brand = brand or rng.choice(["visa", "master", "bc", "bc", "jcb", "amex", "local"])
    pre = {"visa": "4" + dg(rng, 5), "master": str(rng.randint(51, 55)) + dg(rng, 4),
           "bc": rng.choice(["9410", "9420", "9430"]) + dg(rng, 2), "jcb": str(rng.randint(3528, 3589)) + dg(rng, 2),
           "amex": rng.choice(["34", "37"]) + dg(rng, 4), "local": rng.choice(["5365", "4579", "6253", "9490"]) + dg(rng, 2)}[brand]
    n = 15 if brand == "amex" else 16
    body = pre + dg(rng, n - len(pre) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            body += c; break
    groups = [body[:4], body[4:10], body[10:]] if n == 15 else [body[i:i + 4] for i in range(0, 16, 4)]
    if masked:
        if n == 15:
            groups = [groups[0], groups[1][:2] + "****", "*" + groups[2][1:]]
        else:
            style = rng.randint(0, 2)
            if style == 0: groups = [groups[0], groups[1][:2] + "**", "****", groups[3]]
            elif style == 1: groups = [groups[0], "****", "****", groups[3]]
            else: groups = [groups[0], groups[1], "****", groups[3]]
        return S("CREDIT_CARD", sep.join(groups), "card_masked_" + brand)
    return S("CREDIT_CARD", sep.join(groups), "card_" + brand, digits=body)

def ACCT(rng, bank=None, sep="-", masked=False):
    bank = bank or rng.choice(BANKN)
    gs = [dg(rng, k) for k in BANKS[bank]]
    if gs[0][0] == "0" and bank not in ("우체국",):
        gs[0] = str(rng.randint(1, 9)) + gs[0][1:]
    kind = "acct_" + "-".join(str(k) for k in BANKS[bank])
    if masked:
        i = len(gs) - 2 if len(gs) > 2 else 1
        gs[i] = "*" * len(gs[i]); kind += "_masked"
    return S("KR_BANK_ACCOUNT", sep.join(gs), kind), bank

def MOB(rng, sep="-"):
    return S("PHONE_NUMBER", sep.join(["010", str(rng.randint(2, 9)) + dg(rng, 3), dg(rng, 4)]), "mobile")

def LAND(rng, kind="landline", area=None):
    area = area or rng.choice(["02", "031", "032", "051", "053", "042", "062", "033", "041", "055", "063", "070"])
    mid = str(rng.randint(2, 9)) + dg(rng, 2 if rng.random() < 0.3 else 3)
    return S("PHONE_NUMBER", f"{area}-{mid}-{dg(rng, 4)}", "voip" if area == "070" else kind)

def DIRECT(rng, prefix):
    return S("PHONE_NUMBER", prefix + dg(rng, 4), "direct_line")

def romanize_id(rng):
    return rng.choice(LATN) + rng.choice(["", ".", "_"]) + rng.choice(LATN + [""]) + dg(rng, rng.choice([0, 2, 3, 4]))

def EMAIL(rng, dom=None, local=None):
    local = local or romanize_id(rng)
    local = local.strip("._") or "user" + dg(rng, 3)
    return S("EMAIL_ADDRESS", local + "@" + (dom or rng.choice(MAILD)), "email_personal" if not dom else "email_org")

def PASS_KR(rng, kind=None):
    kind = kind or rng.choice(["old", "new"])
    pre = rng.choice("MMMMSGDR")
    v = pre + (dg(rng, 8) if kind == "old" else dg(rng, 3) + rng.choice("ABCDEFGHJK") + dg(rng, 4))
    return S("KR_PASSPORT", v, "passport_kr_" + kind)

def PASS_F(rng, nat):
    L = lambda: rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
    v = {"베트남": lambda: rng.choice("CB") + dg(rng, 7), "필리핀": lambda: "P" + dg(rng, 7) + L(),
         "중국": lambda: rng.choice(["E", "EA", "EJ"]) + dg(rng, 7 if True else 8), "네팔": lambda: "PA" + dg(rng, 7),
         "인도네시아": lambda: rng.choice("BCX") + dg(rng, 7), "우즈베키스탄": lambda: rng.choice(["FA", "AB", "AD"]) + dg(rng, 7),
         "캄보디아": lambda: "N" + dg(rng, 8), "몽골": lambda: "E" + dg(rng, 7), "스리랑카": lambda: "N" + dg(rng, 7),
         "미국": lambda: dg(rng, 9)}[nat]()
    return S("KR_PASSPORT", v, "passport_foreign")

def DL(rng, style=None):
    code, reg = rng.choice(DL_REG)
    yy = f"{rng.randint(85, 124) % 100:02d}"
    body = f"{yy}-{dg(rng, 6)}-{dg(rng, 2)}"
    style = style or rng.choice(["num", "num", "num", "name", "name_nosp", "plain"])
    v = {"num": f"{code}-{body}", "name": f"{reg} {body}", "name_nosp": f"{reg}{body}",
         "plain": (code + body).replace("-", "")}[style]
    return S("KR_DRIVER_LICENSE", v, "dl_" + style)

def PLATE(rng, style=None):
    style = style or rng.choice(["2d", "3d", "3d", "region", "commercial", "rental", "nospace"])
    h = rng.choice(PRIV_H)
    if style == "2d": v = f"{rng.randint(10, 99)}{h} {dg(rng, 4)}"
    elif style == "3d": v = f"{rng.randint(100, 399)}{h} {dg(rng, 4)}"
    elif style == "region": v = f"{rng.choice(PLATE_REG)} {rng.randint(10, 99)}{h} {dg(rng, 4)}"
    elif style == "commercial": v = f"{rng.choice(PLATE_REG)} {rng.randint(70, 99)}{rng.choice('바사아자')} {dg(rng, 4)}"
    elif style == "rental": v = f"{rng.randint(10, 399)}{rng.choice('하허호')} {dg(rng, 4)}"
    else: v = f"{rng.randint(10, 399)}{h}{dg(rng, 4)}"
    v = v.replace(" 0000", " 1000")
    return S("KR_VEHICLE_PLATE", v, "plate_" + style)

def HI(rng, sep=""):
    v = str(rng.randint(1, 9)) + dg(rng, 10)
    if sep:
        v = v[:1] + sep + v[1:6] + sep + v[6:]
    return S("KR_HEALTH_INSURANCE", v, "hi_11" + ("_sep" if sep else ""))

def IP(rng, kind=None):
    kind = kind or rng.choice(["public", "public", "private", "private", "v6"])
    if kind == "public":
        v = f"{rng.choice([59, 61, 112, 118, 121, 175, 211, 220, 203, 14])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    elif kind == "private":
        v = rng.choice([f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}", f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                        f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])
    else:
        v = "2001:" + ":".join(f"{rng.randint(0, 65535):x}" for _ in range(3)) + "::" + f"{rng.randint(1, 65535):x}"
    return S("IP_ADDRESS", v, "ip_" + kind)

def ADDR(rng, style=None):
    full, short, gus = rng.choice(SIDO)
    gu = rng.choice(gus)
    style = style or rng.choice(["road_full", "road_full", "road_short", "road_gu", "jibun"])
    unit = rng.choice(["", f", {rng.randint(101, 115)}동 {rng.randint(1, 25)}0{rng.randint(1, 4)}호", f", {rng.randint(2, 5)}층 {rng.randint(2, 5)}0{rng.randint(1, 3)}호",
                       f" {rng.randint(2, 9)}층", f", {rng.randint(1, 3)}0{rng.randint(1, 9)}호"])
    road = f"{rng.choice(ROADS)} {rng.randint(3, 299)}" + (f"-{rng.randint(1, 30)}" if rng.random() < 0.2 else "")
    if style == "road_full": v = f"{full} {gu} {road}{unit}"
    elif style == "road_short": v = f"{short} {gu} {road}{unit}"
    elif style == "road_gu": v = f"{gu} {road}{unit}"
    else:
        v = f"{full} {gu} {rng.choice(DONG)} {rng.randint(10, 999)}-{rng.randint(1, 40)}"
        if rng.random() < 0.5:
            v += f" {rng.choice(APTS)} {rng.randint(101, 112)}동 {rng.randint(1, 15)}0{rng.randint(1, 4)}호"
    return S("KR_ADDRESS", v, "addr_" + style)

def postal(rng):
    return f"({rng.randint(1, 63):02d}{dg(rng, 3)})"

# ---------------------------------------------------------------- noise
FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789"}
CONF = {"0": "O", "1": "l", "5": "S", "8": "B"}
HDIG = dict(zip("0123456789", "공일이삼사오육칠팔구"))

def noisy(rng, s, kinds):
    v, tags = s.v, list(s.noise)
    for k in kinds:
        if k == "fullwidth_digits":
            v = "".join(FW.get(c, c) for c in v).replace("-", "－") if rng.random() < 0.5 else "".join(FW.get(c, c) for c in v)
        elif k == "unicode_hyphen":
            if "-" not in v: continue
            v = v.replace("-", rng.choice(["‐", "－", "–"]))
        elif k == "space_in_number":
            pos = [i for i in range(1, len(v)) if v[i - 1].isdigit() and v[i].isdigit()]
            if not pos: continue
            i = rng.choice(pos); v = v[:i] + " " + v[i:]
        elif k == "space_around_sep":
            if "-" not in v: continue
            v = v.replace("-", " - ", 1)
        elif k == "newline_in_number":
            pos = [i for i in range(2, len(v) - 1) if v[i - 1].isdigit() and (v[i].isdigit() or v[i] == "-")]
            if not pos: continue
            i = rng.choice(pos); v = v[:i] + "\n" + v[i:]
        elif k == "ocr_confusable":
            pos = [i for i, c in enumerate(v) if c in CONF or c == "1"]
            if not pos: continue
            for i in sorted(rng.sample(pos, min(2, len(pos)))):
                c = v[i]
                v = v[:i] + (rng.choice("lI") if c == "1" else CONF[c]) + v[i + 1:]
        elif k == "spaced_name":
            v = " ".join(v)
        elif k == "hangul_digits":
            v = "".join(HDIG.get(c, " " if c == "-" else c) for c in v)
        elif k == "dots":
            v = v.replace("-", ".")
        elif k == "spaces":
            v = v.replace("-", " ")
        elif k == "nosep":
            v = v.replace("-", "")
        else:
            raise ValueError(k)
        tags.append(k)
    return S(s.typ, v, s.kind, tags, **s.extra)

OCR_K = ["fullwidth_digits", "unicode_hyphen", "space_in_number", "newline_in_number", "ocr_confusable", "space_around_sep"]

def ocr(rng, s, p=0.7):
    if rng.random() > p:
        return s
    return noisy(rng, s, [rng.choice(OCR_K)])

# ---------------------------------------------------------------- negatives
def docno(rng, dept):
    return N(f"{dept}-{rng.randint(100, 9999)}", "doc_number")

def callcenter(rng):
    return N(rng.choice(CALLC) + dg(rng, 4), "call_center")

def switchboard(prefix, rng):
    return N(prefix + rng.choice(["2114", "2000", "1114", "0114"]), "switchboard")

def statute(rng):
    return N(rng.choice(STATUTES), "statute")

def receipt(rng):
    return N(rng.choice([f"{rng.randint(1, 9)}AA-{rng.randint(2301, 2412)}-{dg(rng, 7)}", f"{rng.randint(2023, 2025)}-{dg(rng, 6)}",
                         f"민원{rng.randint(2023, 2025)}{dg(rng, 7)}"]), "receipt_number")

def masked_name(rng):
    s = rng.choice(SURN[:40])
    return N(rng.choice([s + "○○", s + "**", s + "모 씨", s + " 모 씨", s + "○○ 씨", s + "*" + rng.choice(GIV)]), "masked_name")

def D(rng, y0=2023, y1=2025):
    y, m, d = rdate(rng, y0, y1)
    return rng.choice([f"{y}. {m}. {d}.", f"{y}.{m:02d}.{d:02d}.", f"{y}-{m:02d}-{d:02d}", f"{y}년 {m}월 {d}일"])

def won(rng, lo=10, hi=5000):
    return f"{rng.randint(lo, hi) * 1000:,}원"

def pick(rng, *xs):
    return rng.choice(xs)

# ================================================================ templates
def kyeoljae(rng, d, inst, dept, pre):
    """결재란 + 시행/footer of a 공문. Officials are PERSON spans; switchboard/청사 are negatives."""
    ranks = [("주무관", "기안자"), ("사무관", "검토자"), ("팀장", "검토자"), ("과장", "결재권자")]
    people = [(r, P(rng)) for r, _ in ranks[:rng.randint(2, 4)]]
    style = rng.randint(0, 2)
    if style == 0:
        d("\n\n")
        for i, (r, p) in enumerate(people):
            d(r, " ", p, " " * rng.randint(2, 5) if i < len(people) - 1 else "")
        d(pick(rng, " 전결 ", "  전결  "), D(rng), "\n")
    elif style == 1:
        d("\n\n기안자 ", people[0][0], " ", people[0][1], "\t검토자 ", people[1][0], " ", people[1][1],
          "\t결재권자 ", people[-1][0], " ", people[-1][1], "\n")
    else:
        d("\n\n", " | ".join(r for r, _ in people), "\n")
        for i, (r, p) in enumerate(people):
            d(p, " | " if i < len(people) - 1 else "\n")
    if rng.random() < 0.5:
        d("협조자 ", pick(rng, "주무관 ", "행정주사 ", ""), P(rng), "\n")
    d("시행 ", docno(rng, dept), " (", D(rng), ")  접수 ", pick(rng, "", "민원실-" + str(rng.randint(10, 999)) + " "), "\n")
    addr = rng.choice(INST_ADDR)
    d("우 ", N(f"{rng.randint(10, 63)}{dg(rng, 3)}", "postal_code"), "  ", N(addr, "institution_address"), " / www.", pick(rng, "mois", "mohw", "moel", "molit", "gov"), ".go.kr\n")
    ph = DIRECT(rng, pre); fx = DIRECT(rng, pre)
    fx = S("PHONE_NUMBER", fx.v, "fax")
    loc = people[0][1]
    d("전화번호 ", ph, "  팩스번호 ", fx, "  /", EMAIL(rng, "korea.kr"), "  /", pick(rng, "공개", "부분공개(6)", "비공개(6)"), "\n")
    if rng.random() < 0.4:
        d("(대표전화 ", switchboard(pre, rng), ")\n")

def t_gongmun(rng, d):
    inst, dept, pre = rng.choice(INSTS)
    head = HEADS[inst]
    d(inst, "\n", "수신  ", pick(rng, "수신자 참조", "내부결재", f"{rng.choice(list(HEADS.values()))}({pick(rng, '운영지원과장', '민원담당관', '총무과장')})"), "\n(경유)\n")
    v = rng.randint(0, 5)
    if v == 0:
        p = P(rng); r = RRN(rng, pick(rng, "rrn_masked", "rrn_valid")); a, bank = ACCT(rng)
        d("제목  긴급복지 생계지원금 지급 대상자 통보\n\n1. 관련: ", statute(rng), "\n",
          "2. 위 법에 따라 아래 대상자에게 생계지원금을 지급하였음을 알려드립니다.\n",
          "  가. 대상자: ", p, " (", r, ")\n  나. 주소: ", ADDR(rng), "\n  다. 지급액: ", won(rng, 300, 1800),
          "\n  라. 입금계좌: ", bank, " ", a, " (예금주 ", p, ")\n붙임  지급결의서 1부.  끝.\n\n", N(head, "office_title"))
    elif v == 1:
        p = P(rng); pl = PLATE(rng); ad = ADDR(rng)
        d("제목  불법 주정차 과태료 부과 사전통지 반송 건 재송달 요청\n\n1. ", docno(rng, "교통지도과"), "(", D(rng), ")호와 관련입니다.\n",
          "2. 아래 차량 소유자에게 발송한 사전통지서가 수취인 불명으로 반송되어 주민등록 주소지로 재송달을 요청합니다.\n",
          "   - 차량번호: ", pl, "\n   - 소유자: ", p, pick(rng, "", " (", ""), "\n   - 주소: ", ad, "\n   - 고지번호: ", N(f"{rng.randint(2024, 2025)}-{dg(rng, 2)}-{dg(rng, 6)}", "public_record_id"),
          "\n3. 재송달 결과는 ", D(rng), "까지 회신하여 주시기 바랍니다.  끝.\n\n", N(head, "office_title"))
    elif v == 2:
        lat, han, nat = FP(rng); f = FRN(rng); ps = PASS_F(rng, nat); b = BRN(rng); rep = P(rng)
        d("제목  외국인근로자 고용변동 신고 처리 결과 알림\n\n1. ", statute(rng), "에 따른 고용변동 신고에 대하여 다음과 같이 처리하였습니다.\n",
          "  ○ 근로자: ", lat, "(", han, ", ", nat, ")\n  ○ 외국인등록번호: ", f, "   여권번호: ", ps, "\n",
          "  ○ 사업장: ", N(rng.choice(COMPANIES), "company_name"), " (사업자등록번호 ", b, ", 대표 ", rep, ")\n",
          "  ○ 변동사유: ", pick(rng, "근로계약 해지", "사업장 이탈", "근로계약 기간 연장"), "\n2. 이의가 있는 경우 ", N(rng.choice(SHORTC), "short_code"), "로 문의하시기 바랍니다.  끝.\n\n", N(head, "office_title"))
    elif v == 3:
        p = P(rng); m = MOB(rng); e = EMAIL(rng)
        d("제목  민원 이송 통보(", N(f"민원{rng.randint(2024, 2025)}{dg(rng, 7)}", "receipt_number"), ")\n\n",
          "1. 귀 기관의 발전을 기원합니다.\n2. 우리 부에 접수된 ", p, " 님의 민원은 귀 기관 소관 사항으로 판단되어 ",
          N(rng.choice(STATUTES[7:8]), "statute"), "에 따라 이송하오니 처리하여 주시기 바랍니다.\n",
          "   - 민원인 연락처: ", m, " / ", e, "\n   - 민원 요지: ", pick(rng, "주차장 소음 민원", "복지급여 중지 이의", "외국인 근로자 체불 임금 신고"),
          "\n붙임  민원서류 사본 1부.  끝.\n\n", N(head, "office_title"))
    elif v == 4:
        rows = [(P(rng), PASS_KR(rng), DOB(rng, style=rng.choice(["dot0n", "iso", "dot_sp"]), y0=1965, y1=1995)) for _ in range(rng.randint(2, 4))]
        d("제목  국외출장 계획 보고(", pick(rng, "OECD 회의", "한-베 고용허가제 협의", "국제교통포럼"), ")\n\n1. 출장자\n")
        for r in rows:
            d("  - ", pick(rng, "서기관 ", "사무관 ", "주무관 "), r[0], " (여권번호 ", r[1], ", 생년월일 ", r[2], ")\n")
        d("2. 기간: ", D(rng), " ~ ", D(rng), "\n3. 경비: ", won(rng, 2000, 9000), "  끝.\n\n", N(head, "office_title"))
    else:
        # no PII body (persons only in 결재란)
        d("제목  ", pick(rng, "2025년 개인정보 보호 교육 실시 계획", "공공데이터 개방 실태 점검 결과 통보", "민원처리 기준표 개정 알림"), "\n\n1. 관련: ",
          statute(rng), ", ", docno(rng, dept), "(", D(rng), ")\n2. ", pick(rng, "각 기관은 붙임 계획에 따라 교육을 실시하고 결과를 제출하여 주시기 바랍니다.",
                                                             "점검 결과 미흡 사항은 ", "개정 사항을 민원 편람에 반영하여 주시기 바랍니다."),
          "\n붙임  ", pick(rng, "계획서 1부.", "점검 결과 1부.", "개정 기준표 1부."), "  끝.\n\n", N(head, "office_title"))
    kyeoljae(rng, d, inst, dept, pre)
    return "공문"

def t_nopii_gongmun(rng, d):
    inst, dept, pre = rng.choice(INSTS)
    d(inst, " 공고 제", N(f"{rng.randint(2024, 2025)}-{rng.randint(10, 999)}", "notice_number"), "호\n\n",
      pick(rng, "외국인근로자 고용허가제 설명회 개최 공고", "개인정보 처리방침 변경 공고", "주차장 운영 시간 변경 안내", "사회보장급여 신청 안내"), "\n\n",
      statute(rng), " 및 ", statute(rng), "에 따라 다음과 같이 공고합니다.\n\n", D(rng), "\n\n", N(HEADS[inst], "office_title"), "\n\n",
      "1. 일시: ", D(rng), " 14:00\n2. 장소: ", N(rng.choice(INST_ADDR), "institution_address"), " 대회의실\n",
      "3. 문의: ", N(HEADS[inst].replace("장관", "").replace("청장", "청").replace("시장", "시청"), "office_title"), " ", dept, " (대표전화 ", switchboard(pre, rng), ", ",
      callcenter(rng), ")\n4. 신청서 작성 예시: 성명 ", N("홍길동", "placeholder_person"), ", 주민등록번호 ", N("000000-0000000", "placeholder_rrn"),
      "\n※ 관리번호 ", N(f"0{rng.randint(31, 64)}-{rng.randint(2019, 2025)}-{dg(rng, 4)}", "public_record_id"), " / 나라장터 공고번호 ",
      N(f"{rng.randint(2024, 2025)}{dg(rng, 7)}-00", "public_record_id"), "\n")
    return "공문"

def t_welfare(rng, d):
    kind = rng.randint(0, 3)
    p = P(rng); rr = RRN(rng, pick(rng, "rrn_valid", "rrn_valid", "rrn_post2020", "rrn_masked") if kind != 2 else "rrn_valid", ymd=None)
    y, m, dd = rr.extra["ymd"]
    dob = DOB(rng, (y, m, dd))
    hi = HI(rng, pick(rng, "", "", "", "-"))
    title = ["사회보장급여(기초생활보장) 신청서", "건강보험 피부양자 자격(취득·상실) 신고서", "노인장기요양 인정 신청서", "긴급지원 신청서(생계·의료)"][kind]
    d(N(f"[별지 제{rng.randint(1, 30)}호서식]", "form_number"), " <개정 ", D(rng, 2019, 2024), ">\n", title, "\n",
      "접수번호 ", receipt(rng), "   처리기간 ", pick(rng, "30일", "14일", "즉시"), "\n")
    sep = pick(rng, "\n", "\n", " | ")
    d("신청인 성명 ", p, sep, "주민등록번호 ", rr, sep, "생년월일 ", dob, sep, "건강보험증번호 ", hi, "\n")
    d("주소 ", postal(rng), " ", ADDR(rng), pick(rng, "", f" ({rng.choice(DONG)})"), "\n")
    d("전화번호 ", LAND(rng), "   휴대전화 ", MOB(rng), "\n")
    if rng.random() < 0.6:
        d("전자우편 ", EMAIL(rng), "\n")
    if kind in (0, 1):
        d(pick(rng, "가구원 현황", "피부양자 명세"), "\n", pick(rng, "관계\t성명\t생년월일\t건강보험증번호\n", "관계 | 성명 | 생년월일 | 건강보험번호\n", ""))
        for _ in range(rng.randint(1, 3)):
            rel = rng.choice(["배우자", "자녀", "부", "모", "손자녀"])
            q = P(rng); db = DOB(rng, style=rng.choice(["iso", "dot0n", "six", "dot_sp"]), y0=1940, y1=2019)
            if kind == 0:
                d(rel, "\t", q, "\t", db, "\t", HI(rng), "\n")
            else:
                d(rel, " | ", q, " | ", db, " | ", HI(rng), "\n")
    if kind in (0, 3):
        a, bank = ACCT(rng)
        d("급여 수령 계좌: ", bank, " ", a, "  예금주 ", p, "\n")
    if kind == 2:
        g = P(rng)
        d("대리인 ", g, " (관계: ", pick(rng, "자녀", "배우자", "형제"), ", 연락처 ", MOB(rng), ")\n")
    d("「", pick(rng, "사회보장급여법", "국민건강보험법", "노인장기요양보험법", "긴급복지지원법"), "」에 따라 위와 같이 신청합니다.\n", D(rng), "\n신청인 ", p,
      " (서명 또는 인)\n", N(rng.choice(["마포구청장", "사하구청장", "국민건강보험공단 이사장", "화성시장", "유성구청장"]), "office_title"), " 귀하\n",
      "※ 문의: 국민건강보험공단 고객센터 ", N("1577-1000", "call_center"), ", 보건복지상담센터 ", N("129", "short_code"), "\n")
    return "복지·건강 서식"

def t_card_slip(rng, d):
    b = BRN(rng); rep = P(rng); co = rng.choice(["한빛마트", "청림식당", "누리약국", "바른카센터", "새솔주유소", "푸른정육점", "소망편의점"])
    masked = rng.random() < 0.5
    c = CARD(rng, masked=masked, sep=pick(rng, "-", "-", " "))
    d(pick(rng, "[신용카드 매출전표]", "*** 카드 영수증 ***", "신용승인 (고객용)"), "\n",
      "카드종류: ", pick(rng, "BC", "신한", "KB국민", "현대", "삼성", "롯데", "하나"), pick(rng, "카드", " 체크"), "\n",
      "카드번호: ", c, "\n", "유효기간: **/**\n",
      "거래일시: ", D(rng), " ", f"{rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}", "\n",
      "승인번호: ", N(dg(rng, 8), "approval_number"), "   할부: 일시불\n", "공급가액 ", won(rng, 1, 200), "\n",
      "가맹점명: ", co, "\n", "대표자: ", rep, "\n", "사업자번호: ", b, "\n",
      "가맹점주소: ", ADDR(rng, pick(rng, "road_full", "road_short", "road_gu")), "\n",
      "가맹점번호: ", N(dg(rng, 9), "merchant_number"), "  TEL ", LAND(rng, "business"), "\n")
    if rng.random() < 0.4:
        d("회원명: ", P(rng), " 님\n")
    d("문의: 카드사 고객센터 ", callcenter(rng), "\n")
    return "금융 전표"

def t_bank(rng, d):
    v = rng.randint(0, 2)
    if v == 0:
        p = P(rng); dob = DOB(rng, style=rng.choice(["six", "dot0n", "iso", "kor"]))
        a, bank = ACCT(rng, sep=pick(rng, "-", "", "-"))
        d("자동이체(CMS) 출금이체 신청서\n", "─" * 20, "\n", "납부자(신청인) : ", p, "\n생년월일 : ", dob, "\n",
          "출금은행 : ", bank, "    계좌번호 : ", a, "\n예금주 : ", p, "   (예금주 생년월일 ", dob, ")\n",
          "연락처 : ", MOB(rng), "\n")
        if rng.random() < 0.6:
            c = CARD(rng)
            d("※ 카드 자동납부 선택 시 카드번호: ", c, "  유효기간 ", f"{rng.randint(1, 12):02d}/{rng.randint(26, 30)}", "\n")
        d("수납기관: ", N(rng.choice(COMPANIES), "company_name"), " (이용기관 식별코드 ", N(dg(rng, 8), "public_record_id"), ")\n",
          "신청일 : ", D(rng), "   신청인 ", p, " (인)\n")
    elif v == 1:
        s1, s2 = P(rng), P(rng)
        a1, b1 = ACCT(rng, masked=rng.random() < 0.6); a2, b2 = ACCT(rng)
        d(pick(rng, "이체확인증", "송금 확인증", "타행이체 결과"), "\n", "거래일시 ", D(rng), " ", f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}", "\n",
          "출금계좌  ", b1, " ", a1, "\n", "보내는 분  ", s1, "\n", "입금계좌  ", b2, " ", a2, "\n", "받는 분  ", s2, "\n",
          "이체금액  ", won(rng, 10, 9000), "\n수수료  0원\n", "거래번호  ", N(dg(rng, 12), "transaction_number"), "\n",
          "메모  ", pick(rng, "월세", "보증금 잔금", "회비", "환불", ""), "\n")
    else:
        d(pick(rng, "환불 계좌 등록 요청서", "보조금 지급 계좌 변경 신청", "임대보증금 반환 계좌 신고서"), "\n")
        p = P(rng); a, bank = ACCT(rng, sep=pick(rng, "-", " ", "")); rr = RRN(rng)
        d("성 명: ", p, "\n주민등록번호: ", rr, "\n", "은 행: ", bank, "\n계좌번호: ", a, "\n예금주: ", p, "\n",
          "연락처: ", MOB(rng), " / ", EMAIL(rng), "\n", "위 계좌는 본인 명의 계좌임을 확인합니다.  ", D(rng), "\n")
        if rng.random() < 0.5:
            d("※ 법인 명의 계좌(예금주 ", N(rng.choice(COMPANIES), "company_name"), ")는 사업자등록증 사본을 첨부하십시오.\n")
    return "금융 전표"

def t_rental(rng, d):
    co = rng.choice(["(주)미래렌터카", "(주)하늘모빌리티", "제주바람렌트카", "(주)누리렌탈"])
    b = BRN(rng); rep = P(rng); p = P(rng); dl = DL(rng); pl = PLATE(rng, "rental"); dob = DOB(rng, y0=1960, y1=2003)
    d("자동차 대여 계약서 (", N(co, "company_name"), ")\n계약번호 ", N(f"RC{rng.randint(2024, 2025)}-{dg(rng, 6)}", "contract_number"), "\n\n",
      "[임차인]\n성명: ", p, "    생년월일: ", dob, "\n운전면허번호: ", dl, "  (", pick(rng, "1종보통", "2종보통", "1종대형"), ")\n",
      "면허 적성검사 만료일: ", D(rng, 2026, 2032), "\n주소: ", ADDR(rng), "\n휴대전화: ", MOB(rng), "\n")
    if rng.random() < 0.55:
        q = P(rng)
        d("[제2운전자]\n성명: ", q, "  운전면허번호: ", DL(rng), "  연락처: ", MOB(rng), "\n")
    d("[차량]\n차종: ", pick(rng, "아반떼 CN7", "K5", "쏘렌토", "카니발", "아이오닉5"), "  차량번호: ", pl, "\n",
      "대여일시: ", D(rng), " 10:00  반납예정: ", D(rng), " 10:00\n", "[결제]\n카드번호: ", CARD(rng, masked=rng.random() < 0.3), "  금액 ", won(rng, 50, 900), "\n\n",
      "[대여사업자] 상호 ", N(co, "company_name"), " / 대표 ", rep, " / 사업자등록번호 ", b, pick(rng, "", " / 법인등록번호 "))
    if d.buf[-1] == " / 법인등록번호 ":
        d(CRN(rng))
    d("\n", "영업소 ", ADDR(rng, "road_full"), "  ", LAND(rng, "business"), "\n",
      "긴급출동 ", callcenter(rng), "\n")
    return "렌터카·주차"

def t_parking(rng, d):
    v = rng.randint(0, 2)
    if v == 0:  # CSV log
        d(pick(rng, "입출차_기록_", "parking_log_"), dg(rng, 8), ".csv\n")
        hdr = rng.random() < 0.7
        if hdr:
            d("일련번호,차량번호,입차시각,출차시각,요금,구분\n")
        for i in range(rng.randint(3, 7)):
            pl = PLATE(rng, rng.choice(["2d", "3d", "3d", "nospace", "commercial"]))
            day = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"; h = rng.randint(6, 20)
            d(f"{rng.randint(10000, 99999)},", pl, f",{day} {h:02d}:{rng.randint(0, 59):02d},",
              f"{day} {h + rng.randint(1, 3):02d}:{rng.randint(0, 59):02d},{rng.randint(0, 30) * 500},", pick(rng, "일반", "정기", "경차감면"), "\n")
    elif v == 1:  # 정기주차 roster, spaces
        d(pick(rng, "○○아파트 정기주차 등록 명부", "공영주차장 월정기권 신청자 명단"), "\n")
        hdr = rng.random() < 0.6
        if hdr:
            d("동호수".ljust(12), "성명".ljust(8), "차량번호".ljust(14), "연락처\n")
        for i in range(rng.randint(3, 6)):
            p = P(rng); pl = PLATE(rng, rng.choice(["2d", "3d", "3d"])); ph = MOB(rng)
            d(f"{rng.randint(101, 112)}-{rng.randint(1, 20)}0{rng.randint(1, 4)}".ljust(12), p, " " * (8 - len(p.v) + 2), pl, " " * (14 - len(pl.v)), ph, "\n")
        d("※ 명부는 ", statute(rng), "에 따라 목적 달성 후 파기함\n")
    else:  # 불법주정차 단속
        d("불법주정차 단속 내역 통지\n")
        for i in range(rng.randint(2, 4)):
            d("단속번호 ", N(f"{rng.randint(2024, 2025)}{dg(rng, 8)}", "public_record_id"), " | ", PLATE(rng), " | ", D(rng), " | ",
              pick(rng, "소화전 앞", "횡단보도", "어린이보호구역", "버스정류소"), " | 과태료 ", won(rng, 40, 120), "\n")
        d("소유자 ", P(rng), " 귀하 / 주소 ", ADDR(rng), "\n의견진술: ", N(rng.choice(INST_ADDR[4:7]), "institution_address"), " 교통지도과\n")
    return "렌터카·주차"

def t_accident(rng, d):
    p1, p2 = P(rng), P(rng); a1, a2 = rng.randint(21, 78), rng.randint(8, 85)
    pl1, pl2 = PLATE(rng), PLATE(rng); dl = DL(rng)
    title = pick(rng, "교통사고 발생 보고", "관용차량 사고 경위서", "안전사고 조사 보고서")
    d(title, "\n\n1. 발생 개요\n  ○ 일시: ", D(rng), " ", f"{rng.randint(6, 23)}:{rng.randint(0, 5)}0경", "\n  ○ 장소: ", ADDR(rng, pick(rng, "road_gu", "road_short")), " 앞 교차로\n",
      "2. 관련자\n  ○ 운전자: ", pick(rng, "운전주사 ", "주무관 ", ""), p1, "(", str(a1), "), 면허번호 ", dl, ", 차량 ", pl1, "\n",
      "  ○ 상대방: ", p2, "(", str(a2), "·", pick(rng, "보행자", "자전거 운전자", "택시 운전자"), ")", pick(rng, ", 차량 ", ""))
    if d.buf[-1] == ", 차량 ":
        d(pl2)
    d(", 연락처 ", MOB(rng), "\n3. 경위\n  ", p1, pick(rng, "은 ", " 주사는 ", "의 진술에 따르면 "),
      pick(rng, "좌회전 신호를 기다리던 중 후방 차량에 추돌당하였다고 한다.", "우회전 중 횡단보도를 건너던 상대방을 미처 발견하지 못하였다.", "주차 중 후진하다 상대 차량 측면을 접촉하였다."),
      "\n  상대방 ", p2, pick(rng, " 씨는 ", "는 "), pick(rng, "경상으로 인근 병원에서 치료 후 귀가하였다.", "현장에서 합의 의사를 밝혔다.", "보험 처리를 요청하였다."),
      "\n4. 보험 접수번호 ", N(f"{rng.randint(2024, 2025)}{dg(rng, 2)}-{dg(rng, 6)}", "insurance_claim_number"), " (", pick(rng, "DB손해보험", "현대해상", "삼성화재"), " ", callcenter(rng), ")\n",
      "5. 조치: ", statute(rng), "에 따라 ", pick(rng, "안전교육 실시", "차량 수리 의뢰", "사고조사위원회 회부"), "\n")
    return "사고·감사 보고서"

def t_audit(rng, d):
    p1, p2, p3 = P(rng), P(rng), P(rng)
    a, bank = ACCT(rng); cc = CARD(rng)
    d(pick(rng, "감사 결과 처분 요구서", "특정감사 결과 보고", "복무감사 지적사항"), "\n\n", "1. 감사 개요: ", D(rng), " ~ ", D(rng), " (감사관 ", p3, ")\n",
      "2. 지적 내용\n  ", pick(rng, "회계과 ", "시설관리팀 ", "복지정책과 "), pick(rng, "주무관 ", "행정주사보 ", "시설주사 "), p1, "(", pick(rng, "7급", "8급", "6급"), ")은 ",
      D(rng), "부터 ", D(rng), "까지 법인카드(", cc, ")로 ", won(rng, 300, 4000), "을 사적으로 사용하였다.\n",
      "  또한 ", p1, pick(rng, "은 ", "은 거래처 대표 "), p2, pick(rng, "의 ", " 명의의 "), "계좌(", bank, " ", a, ")로 용역대금 일부를 이체하도록 하였다.\n",
      "3. 처분 요구: ", p1, " ", N("징계(경징계)", "disposition"), ", 관련 금액 회수\n",
      "4. 근거: ", statute(rng), ", ", N(f"감사실-{rng.randint(100, 3000)}", "doc_number"), "\n")
    if rng.random() < 0.5:
        d("※ 제보자 ", masked_name(rng), "의 신원은 비공개\n")
    return "사고·감사 보고서"

def t_foreign(rng, d):
    v = rng.randint(0, 2)
    if v == 0:  # 표준근로계약서
        lat, han, nat = FP(rng); f = FRN(rng); ps = PASS_F(rng, nat); b = BRN(rng); rep = P(rng)
        y, m, dd = f.extra["ymd"]
        d("표준근로계약서 (Standard Labor Contract)\n", "사업주(Employer): ", N(rng.choice(COMPANIES), "company_name"), "  대표자 ", rep, "\n",
          "사업자등록번호: ", b, "  법인등록번호: ", CRN(rng) if rng.random() < 0.5 else "(개인사업자)", "  전화: ", LAND(rng, "business"), "\n소재지: ", ADDR(rng, pick(rng, "road_full", "jibun")), "\n\n",
          "근로자 성명(Name): ", lat, " / ", han, "\n국적: ", nat, "   생년월일(Date of birth): ", DOB(rng, (y, m, dd), rng.choice(["dmy", "mon", "dot0n", "iso"])), "\n",
          "여권번호(Passport No.): ", ps, "\n", pick(rng, "외국인등록번호", "Alien Registration No."), ": ", f, "\n",
          "휴대전화: ", MOB(rng), "\n임금 수령 계좌: ", ACCT(rng)[0], pick(rng, " (본인 명의)", ""), "\n",
          "계약기간: ", D(rng), " ~ ", D(rng, 2026, 2028), "  체류자격 E-9\n", "※ ", statute(rng), "  외국인종합안내센터 ", N("1345", "short_code"), "\n")
    elif v == 1:  # roster
        d(pick(rng, "외국인근로자 현황", "기숙사 입주자 명단", "E-9 근로자 체류기간 연장 대상자"), "  (", N(rng.choice(COMPANIES), "company_name"), ")\n")
        sep = rng.choice([" | ", "\t", "   "])
        if rng.random() < 0.65:
            d(sep.join(["연번", "성명", "한글성명", "국적", "외국인등록번호", "여권번호", "연락처"]), "\n")
        for i in range(rng.randint(3, 6)):
            lat, han, nat = FP(rng)
            d(str(i + 1), sep, lat, sep, han, sep, nat, sep, FRN(rng), sep, PASS_F(rng, nat), sep, MOB(rng), "\n")
        d("담당 ", pick(rng, "인사팀 ", "관리부 "), P(rng), " (", LAND(rng, "business"), ")\n")
    else:  # 체류기간 연장 허가 신청 / 통합신청서
        lat, han, nat = FP(rng); f = FRN(rng); ps = PASS_F(rng, nat)
        y, m, dd = f.extra["ymd"]
        d("통합신청서 (APPLICATION FORM)\n□ 체류기간 연장허가  □ 체류자격 변경허가\n",
          "성 Surname / 명 Given names: ", lat, "\n", "생년월일 Date of Birth: ", DOB(rng, (y, m, dd), rng.choice(["mon", "iso", "dot0n", "dmy"])), "  국적 Nationality: ", nat, "\n",
          "외국인등록번호 Alien Reg. No.: ", f, "\n", "여권번호 Passport No.: ", ps, "  발급일자 ", D(rng, 2018, 2023), "\n",
          "대한민국 내 주소 Address in Korea: ", ADDR(rng), "\n", "전화 Tel.: ", MOB(rng), "  E-mail: ", EMAIL(rng), "\n",
          "신청인 서명: ", han, "\n", "접수번호 ", N(f"{rng.randint(2024, 2025)}{dg(rng, 2)}-{dg(rng, 7)}", "receipt_number"), "\n")
        if rng.random() < 0.5:
            d("대리 신청인: ", P(rng), " (행정사, 사무소 ", LAND(rng, "business"), ")\n")
    return "외국인 근로자 서류"

def t_news(rng, d):
    reg = rng.choice(["서울 마포구", "경기 화성시", "부산 사하구", "충남 당진시", "전북 익산시", "대전 유성구"])
    v = rng.randint(0, 3)
    rep = P(rng)
    if v == 0:
        p = P(rng); age = rng.randint(60, 89)
        d("[", pick(rng, "사람들", "우리 동네", "이웃"), "] ", reg, " ", pick(rng, "폐지 줍던 손으로 장학금", "40년 이발소 문 닫는 날", "홀몸 어르신 돌보는 청년들"), "\n\n",
          reg, "에 사는 ", p, "(", str(age), ") 씨는 ", pick(rng, "매일 새벽 다섯 시면 리어카를 끌고 골목에 나선다.", "올해로 40년째 같은 자리에서 가위를 잡았다.", "지난겨울부터 이웃 노인들의 안부를 묻는 전화를 돌리고 있다."),
          " ", p, " 씨는 \"", pick(rng, "대단한 일도 아닌데 부끄럽다", "손님들이 가족 같았다", "누군가는 해야 하는 일"), "\"며 웃었다.\n",
          "딸 ", P(rng), "(", str(age - rng.randint(25, 35)), ") 씨도 ", pick(rng, "주말마다 일을 거든다.", "아버지의 뜻을 잇겠다고 했다.", "자원봉사에 나섰다."), "\n",
          N(rng.choice(["마포구청장", "화성시장", "사하구청장", "유성구청장"]), "office_title"), "은 ", p, " 씨에게 감사패를 전달했다.\n\n", rep, " 기자 ", EMAIL(rng, rng.choice(["hankook.example.kr", "ilbo.example.com", "news.example.co.kr"])), "\n")
    elif v == 1:
        p = P(rng); q = P(rng)
        d(pick(rng, "음주 운전 차량 인도 돌진…보행자 중상", "새벽 화재로 일가족 대피", "보이스피싱 수거책 검거"), "\n\n",
          reg, pick(rng, "에서 ", "의 한 도로에서 "), D(rng), " ", pick(rng, "승용차가 인도로 돌진해", "다세대주택에서 불이 나", "현금 수거책이"), " ",
          pick(rng, "보행자가 크게 다쳤다.", "주민 12명이 대피했다.", "경찰에 붙잡혔다."), "\n",
          "경찰에 따르면 ", pick(rng, "운전자 ", "피의자 ", "집주인 "), masked_name(rng), "(", str(rng.randint(20, 70)), ")는 ", pick(rng, "면허 취소 수치 상태였던 것으로 조사됐다.", "혐의를 인정했다.", "대피 과정에서 연기를 마셨다."), "\n",
          "현장을 목격한 ", p, "(", str(rng.randint(20, 70)), ") 씨는 \"", pick(rng, "굉음과 함께 차가 튀어 올랐다", "연기가 계단을 가득 채웠다", "수상한 남성이 봉투를 건네받았다"), "\"고 말했다.\n",
          pick(rng, "관할 소방서 ", "○○경찰서 "), pick(rng, "조사계장 ", "현장대응단장 ", "형사과장 "), q, " 경감은 \"", pick(rng, "정확한 경위를 조사 중", "추가 피해자를 확인하고 있다", "공범을 추적하고 있다"), "\"이라고 밝혔다.\n", rep, " 기자\n")
    elif v == 2:
        lat, han, nat = FP(rng)
        d(pick(rng, "이주노동자 월급 떼먹은 사업주 입건", "외국인 근로자, 화재 현장서 이웃 구해"), "\n\n",
          nat, " 출신 ", han, "(", str(rng.randint(22, 45)), ") 씨는 ", pick(rng, "지난 3년간 경기 김포의 한 공장에서 일했다.", "불길 속으로 뛰어들어 노인 두 명을 구했다."), " ",
          han, "(", lat, ") 씨는 \"", pick(rng, "고향 가족에게 보낼 돈이었다", "당연히 해야 할 일을 했다"), "\"고 말했다.\n",
          "지원단체 ", pick(rng, "상담팀장 ", "사무국장 "), P(rng), " 씨는 \"", pick(rng, "비슷한 사례가 잇따르고 있다", "체류 연장을 지원하겠다"), "\"고 전했다.\n",
          "(문의: 외국인노동자 상담 ", N(rng.choice(SHORTC[3:5]), "short_code"), ")\n", rep, " 기자 ", EMAIL(rng, "news.example.co.kr"), "\n")
    else:
        p1, p2 = P(rng), P(rng)
        d(pick(rng, "[인사] ", "[부고] "), "\n")
        if d.buf[-2] == "[인사] ":
            d(N(rng.choice(list(HEADS.values())), "office_title"), " 인사\n◇ 국장급 전보\n▷ ", pick(rng, "기획조정실장 ", "복지정책관 "), p1, "\n▷ ", pick(rng, "대변인 ", "감사관 "), p2, "\n")
        else:
            d(p1, "(", pick(rng, "전 ", ""), pick(rng, "화성시청 국장", "한빛일보 논설위원", "초등학교 교장"), ")씨 별세, ", p2, "(", pick(rng, "회사원", "교사", "자영업"), ")씨 부친상 = ", D(rng),
              ", ", pick(rng, "서울대병원", "한빛병원", "성모병원"), " 장례식장, 발인 ", D(rng), ". ", LAND(rng, "business"), "\n")
    return "뉴스"

def t_press(rng, d):
    inst, dept, pre = rng.choice(INSTS)
    chief, staff = P(rng), P(rng)
    w1, w2 = P(rng), P(rng)
    d(N(inst, "institution_name"), " 보도자료\n보도시점 ", D(rng), " 12:00\n\n",
      pick(rng, "올해 '나눔 대상' 수상자 발표", "외국인 근로자 권익 보호 우수 사업장 선정", "모범 운전자 표창"), "\n\n",
      pick(rng, "- ", "□ "), "수상자는 ", pick(rng, "30년간 무료 급식 봉사를 해 온 ", "외국인 근로자 기숙사를 개선한 ", "무사고 25년 택시 운전자 "), w1, " 씨(", str(rng.randint(40, 80)), "·", pick(rng, "자원봉사자", "사업주", "개인택시"), ")와 ",
      w2, " 씨(", str(rng.randint(30, 70)), ")이다.\n", pick(rng, "- ", "□ "), w1, " 씨는 \"", pick(rng, "함께한 이웃들 덕분", "더 열심히 하라는 뜻으로 알겠다"), "\"라고 소감을 밝혔다.\n",
      pick(rng, "- ", "□ "), N(HEADS[inst], "office_title"), "은 \"", pick(rng, "수상자들의 헌신에 감사드린다", "우수 사례를 널리 확산하겠다"), "\"고 말했다.\n\n",
      "담당 부서  ", N(inst, "institution_name"), " ", dept, "\n책임자  과  장  ", chief, "  (", DIRECT(rng, pre), ")\n담당자  ", pick(rng, "사무관  ", "주무관  "), staff, "  (", DIRECT(rng, pre), ")\n")
    if rng.random() < 0.5:
        d("※ 대표전화 ", switchboard(pre, rng), " / ", N(rng.choice(INST_ADDR), "institution_address"), "\n")
    return "보도자료"

def t_minwon(rng, d):
    inst, dept, pre = rng.choice(INSTS)
    p = P(rng); staff = P(rng)
    d(pick(rng, "민원 처리 결과 통지", "국민신문고 민원 답변", "민원 회신"), "\n\n", p, pick(rng, " 님 귀하", " 님께", " 귀하"), "\n",
      "접수번호: ", receipt(rng), "\n주소: ", ADDR(rng), "\n\n",
      pick(rng, "안녕하십니까? ", "평소 행정에 관심을 가져 주신 데 감사드립니다. "), p, " 님께서 ", D(rng), " 신청하신 민원에 대하여 다음과 같이 답변드립니다.\n")
    v = rng.randint(0, 3)
    if v == 0:
        d("귀하께서 문의하신 차량(", PLATE(rng), ")에 대한 과태료는 ", statute(rng), "에 따라 부과된 것으로, 의견진술 기간 내 증빙을 제출하시면 감경될 수 있습니다.\n")
    elif v == 1:
        d("귀하의 건강보험 자격(증번호 ", HI(rng), ")은 ", D(rng), "자로 피부양자에서 지역가입자로 전환되었으며, 이의가 있으면 ", N("1577-1000", "call_center"), "로 문의하십시오.\n")
    elif v == 2:
        d("요청하신 환급금 ", won(rng, 10, 500), "은 등록하신 계좌(", ACCT(rng, masked=rng.random() < 0.5)[0], ")로 ", D(rng), " 입금될 예정입니다.\n")
    else:
        d("신고하신 ", pick(rng, "이웃 소음", "불법 현수막", "가로등 고장"), " 건은 현장 확인 결과 조치를 완료하였습니다. 추가 문의는 ", N(rng.choice(SHORTC[:2]), "short_code"), "를 이용하시기 바랍니다.\n")
    d("처리 내용에 만족하지 않으시면 ", statute(rng), "에 따라 이의신청을 하실 수 있습니다.\n\n담당: ", dept, " ", pick(rng, "주무관 ", "행정주사 ", ""), staff, " (", DIRECT(rng, pre))
    if rng.random() < 0.5:
        d(", ", EMAIL(rng, "korea.kr"))
    d(")\n")
    d(N(HEADS[inst], "office_title"), "\n")
    return "민원 처리 결과 통지"

def t_minutes(rng, d):
    chair = P(rng); mem = [P(rng) for _ in range(rng.randint(3, 6))]; sec = P(rng)
    d(pick(rng, "제", "제 "), str(rng.randint(1, 40)), "차 ", pick(rng, "외국인 근로자 고충처리위원회", "주차장 운영위원회", "사회보장위원회 실무협의회", "개인정보 보호위원회 소위원회"), " 회의록\n",
      "일시: ", D(rng), " 14:00~16:00  장소: ", pick(rng, "본관 3층 회의실", "별관 대회의실", "화상회의"), "\n")
    st = rng.randint(0, 2)
    if st == 0:
        d("참석자: 위원장 ", chair, ", 위원 ", )
        for i, m in enumerate(mem):
            d(m, ", " if i < len(mem) - 1 else "")
        d(" (", str(len(mem) + 1), "명)\n", "간사: ", sec, pick(rng, " 주무관\n", "\n"))
    elif st == 1:
        d("참석자\n", "구분\t성명\t소속\n", "위원장\t", chair, "\t", pick(rng, "한빛대학교", "외부위원"), "\n")
        for m in mem:
            d("위원\t", m, "\t", pick(rng, "변호사", "노무법인", "시민단체", "구청", "공인회계사"), "\n")
        d("간사\t", sec, "\t", pick(rng, "복지정책과", "교통정책과"), "\n")
    else:
        d("○ 참석 위원(", str(len(mem) + 1), "명): ", chair, "(위원장), ")
        for i, m in enumerate(mem):
            d(m, "·" if i < len(mem) - 1 else "")
        d("\n○ 배석: 간사 ", sec, "\n")
    d("\n[안건 1] ", pick(rng, "사업장 변경 신청 심의", "정기권 요금 조정", "급여 중지 이의신청 심의"), "\n")
    lines = [
        lambda: d("○ 위원장(", chair, "): 회의를 시작하겠습니다. 간사는 안건을 설명해 주십시오.\n"),
        lambda: d(chair, " 위원장: 이의 없으시면 원안대로 의결하겠습니다.\n"),
        lambda: (lambda m: d("○ ", m, " 위원: ", pick(rng, "신청인 ", "해당 근로자 "), FP(rng)[1], pick(rng, " 씨의 경우 ", " 님은 "), pick(rng, "임금 체불이 3개월째라 변경을 허용해야 합니다.", "숙소 환경이 열악하다고 진술했습니다."), "\n"))(rng.choice(mem)),
        lambda: (lambda m: d(m, " 위원은 \"", pick(rng, "요금 인상 폭이 과도하다", "민원인 ", "현장 확인이 먼저"), "\"라고 지적했다.\n"))(rng.choice(mem)),
        lambda: d("○ 간사(", sec, "): ", pick(rng, "신청인 ", "이의신청인 "), masked_name(rng), pick(rng, "은 ", "의 "), pick(rng, "소득 재산 조사 결과 기준을 초과합니다.", "사업장에서 폭언을 들었다고 합니다."), "\n"),
        lambda: (lambda m: d(m, ": ", pick(rng, "동의합니다.", "보류 의견입니다.", "추가 자료를 요청합니다."), "\n"))(rng.choice(mem)),
    ]
    for f in rng.sample(lines, rng.randint(3, 6)):
        f()
    d("\n[의결] ", pick(rng, "원안 가결", "수정 가결", "차기 회의 재논의"), "\n작성 ", sec, " / 확인 위원장 ", chair, "\n")
    return "회의록"

def t_judgment(rng, d):
    p = P(rng); lawyer = P(rng); judge = [P(rng) for _ in range(rng.randint(1, 3))]
    case = f"{rng.randint(2022, 2025)}{pick(rng, '고단', '고합', '고정', '노')}{rng.randint(100, 9999)}"
    d(pick(rng, "○○지방법원", "△△지방법원 ○○지원"), "\n판  결\n\n사  건  ", N(case, "case_number"), "  ", pick(rng, "도로교통법위반(음주운전)", "사기", "전자금융거래법위반", "근로기준법위반"), "\n")
    if rng.random() < 0.7:
        d("피 고 인  ", p, " (", RRN(rng, "rrn_masked") if rng.random() < 0.6 else DOB(rng, style="kor"), pick(rng, ")", "생)"), ", ", pick(rng, "회사원", "무직", "자영업", "운전기사"), "\n",
          "주거  ", ADDR(rng), "\n등록기준지  ", ADDR(rng, "road_short"), "\n")
        named = True
    else:
        d("피 고 인  ", N("A", "placeholder_person"), "\n")
        named = False
    d("검  사  ", P(rng), "(기소), ", P(rng), "(공판)\n변 호 인  변호사 ", lawyer, "(국선)\n판결선고  ", D(rng), "\n\n주  문\n피고인을 ", pick(rng, "징역 8월에 처한다.", "벌금 700만 원에 처한다.", "징역 1년에 처한다. 다만, 이 판결 확정일부터 2년간 위 형의 집행을 유예한다."), "\n\n이  유\n범 죄 사 실\n")
    if named:
        v = rng.randint(0, 2)
        if v == 0:
            d("피고인은 ", D(rng), " 혈중알코올농도 0.1", dg(rng, 2), "%의 술에 취한 상태로 ", PLATE(rng), " 승용차를 운전하였다. 피고인의 운전면허(", DL(rng), ")는 이미 취소된 상태였다.\n")
        elif v == 1:
            a, bank = ACCT(rng)
            d("피고인은 성명불상자로부터 ", pick(rng, "체크카드", "계좌 접근매체"), "를 건네받아 피해자 ", P(rng), "으로부터 ", bank, " ", a, " 계좌로 ", won(rng, 500, 9000), "을 송금받았다.\n")
        else:
            lat, han, nat = FP(rng)
            d("피고인은 ", N(rng.choice(COMPANIES), "company_name"), "의 대표로서 근로자 ", han, "(", lat, ")의 임금 ", won(rng, 300, 900), "을 지급기일 내에 지급하지 아니하였다.\n")
    else:
        d("피고인은 ", D(rng), " 피해자 ", N(pick(rng, "B", "C"), "placeholder_person"), "에게 ", won(rng, 100, 900), "을 편취하였다.\n")
    d("\n법령의 적용\n", statute(rng), ", ", N(pick(rng, "형법 제347조 제1항", "형법 제62조 제1항", "도로교통법 제148조의2 제3항"), "statute"), "\n\n판사 ")
    for i, j in enumerate(judge):
        d(j, "  " if i < len(judge) - 1 else "\n")
    return "판결문"

def t_roster(rng, d):
    v = rng.randint(0, 4)
    sep = rng.choice([" | ", "|", "\t", "  ", "    "])
    hdr = rng.random() < 0.65
    n = rng.randint(3, 6)
    if v == 0:
        d(pick(rng, "직원 비상연락망", "부서 연락처", "TF 구성원 명단"), "\n")
        if hdr: d(sep.join(["성명", "직위", "휴대전화", "이메일"]), "\n")
        for _ in range(n):
            d(P(rng), sep, pick(rng, "팀장", "과장", "대리", "주무관", "사원"), sep, MOB(rng, pick(rng, "-", "-", ".", "")), sep, EMAIL(rng, pick(rng, None, "corp.example.co.kr")), "\n")
    elif v == 1:
        d(pick(rng, "수당 지급 명단", "강사료 지급 내역", "자원봉사 실비 지급 대장"), "\n")
        if hdr: d(sep.join(["성명", "생년월일", "은행", "계좌번호", "금액"]), "\n")
        for _ in range(n):
            a, bank = ACCT(rng, masked=rng.random() < 0.15)
            d(P(rng), sep, DOB(rng, style=rng.choice(["six", "dot0n", "iso", "yy"])), sep, bank, sep, a, sep, won(rng, 30, 900), "\n")
    elif v == 2:
        d(pick(rng, "관용차량 운전원 명부", "셔틀버스 운전기사 명단", "대리운전 기사 등록 현황"), "\n")
        if hdr: d(sep.join(["성명", "주민등록번호", "운전면허번호", "면허종류", "연락처"]), "\n")
        for _ in range(n):
            d(P(rng), sep, RRN(rng, pick(rng, "rrn_valid", "rrn_masked", "rrn_valid")), sep, DL(rng), sep, pick(rng, "1종대형", "1종보통", "2종보통"), sep, MOB(rng), "\n")
    elif v == 3:
        d(pick(rng, "법인카드 관리대장", "구매카드 사용자 현황"), "\n")
        if hdr: d(sep.join(["사용자", "카드번호", "한도", "비고"]), "\n")
        for _ in range(n):
            d(P(rng), sep, CARD(rng, masked=rng.random() < 0.3), sep, won(rng, 500, 5000), sep, pick(rng, "업무추진비", "일반", "출장"), "\n")
    else:
        d(pick(rng, "바우처 이용자 명단", "방문건강관리 대상자", "장기요양 수급자 현황"), "\n")
        if hdr: d(sep.join(["성명", "주민등록번호", "건강보험증번호", "주소", "연락처"]), "\n")
        for _ in range(n):
            d(P(rng), sep, RRN(rng), sep, HI(rng), sep, ADDR(rng, pick(rng, "road_gu", "road_short")), sep, pick(rng, MOB(rng), LAND(rng)), "\n")
    if rng.random() < 0.4:
        d("작성: ", pick(rng, "총무팀 ", "복지팀 ", ""), P(rng), "  ", D(rng), "\n")
    return "표"

def csvq(s):
    return '"' + s.replace('"', '""') + '"' if ("," in s or "\n" in s) else s

def t_csv(rng, d):
    v = rng.randint(0, 2)
    if v == 0:
        d("회원번호,이름,생년월일,휴대폰,이메일,가입일,최근접속IP\n")
        for _ in range(rng.randint(3, 6)):
            p, db, m, e, ip = P(rng), DOB(rng, style=rng.choice(["iso", "six"])), MOB(rng, pick(rng, "-", "")), EMAIL(rng), IP(rng, pick(rng, "public", "private"))
            d(N(f"M{dg(rng, 7)}", "user_id"), ",", p, ",", db, ",", m, ",", e, ",", f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", ",", ip, "\n")
    elif v == 1:
        d("id,name,rrn,address,phone,account\n")
        for i in range(rng.randint(3, 5)):
            a, bank = ACCT(rng)
            ad = ADDR(rng)
            d(str(i + 1), ",", P(rng), ",", RRN(rng), ",\"", ad, "\",", MOB(rng), ",", bank, " ", a, "\n") if "," in ad.v else \
                d(str(i + 1), ",", P(rng), ",", RRN(rng), ",", ad, ",", MOB(rng), ",", bank, " ", a, "\n")
    else:
        d("\"사업장명\",\"대표자\",\"사업자등록번호\",\"법인등록번호\",\"전화\",\"소재지\"\n")
        for _ in range(rng.randint(3, 5)):
            d("\"", N(rng.choice(COMPANIES), "company_name"), "\",\"", P(rng), "\",\"", BRN(rng), "\",\"", pick(rng, CRN(rng), "-"), "\",\"", LAND(rng, "business"), "\",\"", ADDR(rng, "road_full"), "\"\n")
    return "CSV"

def t_log(rng, d):
    v = rng.randint(0, 2)
    if v == 0:
        for _ in range(rng.randint(4, 8)):
            ip = IP(rng)
            d(f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}+09:00 ",
              pick(rng, "INFO ", "WARN ", "INFO "), pick(rng, "login ok ", "login failed ", "download ", "privacy_view "), "user=", N(f"u{dg(rng, 5)}", "user_id"), " src=", ip,
              pick(rng, "", " agent=Windows NT ", " client=v"), "\n")
            if d.buf[-2] in (" agent=Windows NT ", " client=v"):
                d.buf.pop(); d.n -= 1
                d(N(pick(rng, "10.0.19045.3803", "10.0.22631.4317", "3.12.4.2024"), "version_number"), "\n")
    elif v == 1:
        d("[보안관제] 비정상 접근 탐지 보고\n", "탐지시각 ", D(rng), " 03:", str(rng.randint(10, 59)), "\n", "출발지 ", IP(rng, "public"), " → 목적지 ", N(f"10.{rng.randint(0, 9)}.0.{rng.randint(1, 9)}", "internal_server"), pick(rng, " (WAS)\n", " (DB 서버)\n"),
          "대상 계정 ", EMAIL(rng), " 외 ", str(rng.randint(2, 40)), "건\n", "조치: 차단(", N(f"FW-{rng.randint(2024, 2025)}-{dg(rng, 4)}", "doc_number"), "), 담당 ", P(rng), " ", MOB(rng), "\n")
        if rng.random() < 0.4:
            d("추가 IP: ", IP(rng, "v6"), ", ", IP(rng, "public"), "\n")
    else:
        d("From: ", EMAIL(rng), "\nReceived: from mail.example.co.kr ([", IP(rng, "public"), "])\nX-Originating-IP: [", IP(rng, "private"), "]\n",
          "Subject: ", pick(rng, "비밀번호 재설정 요청", "결제 실패 알림", "계정 잠금 해제"), "\nX-Mailer: ", N(pick(rng, "Outlook 16.0.5423.1000", "Thunderbird 115.10.1"), "version_number"), "\n")
    return "시스템 로그"

def t_email(rng, d):
    snd, rcv = P(rng), P(rng)
    se, re_ = EMAIL(rng), EMAIL(rng, pick(rng, None, "korea.kr", "corp.example.co.kr"))
    d("보낸사람: ", snd, " <", se, ">\n받는사람: ", rcv, " <", re_, ">\n")
    if rng.random() < 0.4:
        cc = P(rng)
        d("참조: ", cc, " <", EMAIL(rng), ">\n")
    d("제목: ", pick(rng, "환불 계좌 보내드립니다", "렌트 차량 반납 관련", "계약서 수정본 송부", "출입국 서류 문의"), "\n\n", rcv, pick(rng, "님, 안녕하세요. ", " 주무관님께, ", " 선생님 안녕하세요.\n"))
    v = rng.randint(0, 3)
    if v == 0:
        a, bank = ACCT(rng, sep=pick(rng, "-", "", " "))
        d(pick(rng, "말씀하신 환불 건 관련해서 ", "보증금 반환 "), "계좌는 ", bank, " ", a, "이고 예금주는 ", snd, "입니다.\n")
    elif v == 1:
        d("어제 반납한 차량(", PLATE(rng, "rental"), ") 관련 보험 처리를 위해 제 면허번호 ", DL(rng), " 보내드립니다. 결제하신 카드 ", CARD(rng, masked=True), "로 취소 처리 부탁드립니다.\n")
    elif v == 2:
        d("수정한 계약서 첨부합니다. 사업자등록번호 ", BRN(rng), ", 법인등록번호 ", CRN(rng), " 기재 확인 부탁드립니다.\n")
    else:
        lat, han, nat = FP(rng)
        d("저희 회사 직원 ", han, "(", lat, ") 씨의 여권번호가 ", PASS_F(rng, nat), "로 변경되어 외국인등록번호 ", FRN(rng), " 기준으로 정정 신청하려 합니다.\n")
    d("\n", pick(rng, "감사합니다.\n", "좋은 하루 되세요.\n", "확인 후 회신 부탁드립니다.\n"), snd, pick(rng, " 드림", "", " 올림"), "\n")
    if rng.random() < 0.7:
        d("--\n", snd, " | ", pick(rng, "대리", "과장", "대표", "행정사"), " | ", N(rng.choice(COMPANIES), "company_name"), "\nM ", MOB(rng, pick(rng, "-", ".", " ", ".")), pick(rng, "  T ", "  Tel. "), LAND(rng, "business"), "\n", ADDR(rng, "road_full"), "\n")
    return "이메일"

def spoken(rng, s, kind="hangul_digits"):
    return noisy(rng, s, [kind])

def t_call(rng, d):
    p = P(rng)
    d(pick(rng, "[상담 녹취록]", "[콜센터 STT 결과]", "통화 녹음 전사"), " 상담번호 ", N(f"{rng.randint(2024, 2025)}{dg(rng, 9)}", "receipt_number"), "\n")
    d("상담원: 네, ", pick(rng, "한빛카드", "누리렌터카", "국민연금 상담센터", "외국인 상담센터"), " 상담원입니다. 무엇을 도와드릴까요?\n고객: ", pick(rng, "카드 분실 신고하려고요.", "예약 변경 좀 하려고요.", "환불이 아직 안 들어와서요."), "\n",
      "상담원: 본인 확인을 위해 성함 말씀 부탁드립니다.\n고객: ", p, pick(rng, "입니다.", "이요.", "예요."), "\n")
    if rng.random() < 0.5:
        d("상담원: 생년월일 여섯 자리 말씀해 주세요.\n고객: ", spoken(rng, DOB(rng, style="six")), "이요.\n")
    m = MOB(rng)
    d("상담원: 등록된 연락처 뒷자리 확인해 주시겠어요?\n고객: 번호는 ", spoken(rng, m) if rng.random() < 0.7 else m, pick(rng, "이에요.", "입니다."), "\n")
    v = rng.randint(0, 2)
    if v == 0:
        c = CARD(rng)
        d("상담원: 분실하신 카드 번호 기억하시나요?\n고객: ", spoken(rng, c) if rng.random() < 0.5 else c, pick(rng, " 맞을 거예요.", "요.", ""), "\n")
    elif v == 1:
        a, bank = ACCT(rng)
        d("상담원: 환불받으실 계좌 불러 주세요.\n고객: ", bank, " ", spoken(rng, a) if rng.random() < 0.6 else a, pick(rng, "요.", "입니다.", ""), "\n")
    else:
        r = RRN(rng, pick(rng, "rrn_valid", "rrn_post2020"))
        d("상담원: 주민등록번호 전체 말씀 부탁드립니다.\n고객: ", spoken(rng, r) if rng.random() < 0.5 else r, pick(rng, "요.", "입니다."), "\n")
    d("상담원: 확인 감사합니다, ", p, " 고객님. ", pick(rng, "처리되었습니다.", "담당 부서로 연결해 드리겠습니다.", "문자로 안내드리겠습니다."), "\n")
    if rng.random() < 0.5:
        d("상담원: 추가 문의는 ", callcenter(rng), "로 주시면 됩니다.\n")
    return "통화 녹취"

def t_ocr_id(rng, d):
    v = rng.randint(0, 3)
    if v == 0:
        p = P(rng); r = RRN(rng, "rrn_valid")
        d(pick(rng, "주민등록증", "주 민 등 록 증"), "\n", noisy(rng, p, ["spaced_name"]) if rng.random() < 0.4 else p, " (", pick(rng, "金", ""), ")\n", ocr(rng, r, 0.8), "\n",
          ocr(rng, ADDR(rng, "road_full"), 0.0), "\n", D(rng, 2005, 2022), "\n", N(rng.choice(["서울특별시 마포구청장", "경기도 화성시장", "부산광역시 사하구청장"]), "office_title"), "\n")
    elif v == 1:
        p = P(rng); r = RRN(rng, "rrn_valid"); dl = DL(rng, pick(rng, "num", "name", "plain"))
        d("자동차운전면허증 (Driver's License)\n", pick(rng, "1종보통", "2종보통"), "\n", ocr(rng, dl, 0.8), "\n", p, "\n", ocr(rng, r, 0.6), "\n",
          ADDR(rng), "\n적성검사기간 ", D(rng, 2026, 2033), "\n조건 ", pick(rng, "A", "B", "자동변속기"), "\n", N(pick(rng, "서울특별시경찰청장", "경기도남부경찰청장", "부산광역시경찰청장"), "office_title"), "\n")
    elif v == 2:
        lat, han, nat = FP(rng); f = FRN(rng)
        d("외국인등록증\nRESIDENCE CARD\n", ocr(rng, f, 0.8), "  ", pick(rng, "남 M", "여 F"), "  ", nat, "\n", lat, "\n", "체류자격 ", pick(rng, "비전문취업(E-9)", "방문취업(H-2)", "결혼이민(F-6)"), "\n발급일자 ", D(rng, 2019, 2024), "\n", N("출입국·외국인청장", "office_title"), "\n")
    else:
        kr = rng.random() < 0.5
        if kr:
            p = P(rng); ps = PASS_KR(rng); dob = DOB(rng, style="mon")
            d("PASSPORT 여권\nType P  Country KOR\nPassport No. ", ocr(rng, ps, 0.6), "\n성/Surname ", pick(rng, "KIM", "LEE", "PARK", "CHOI"), "\n", p, "\n생년월일/Date of birth ", dob, "\n",
              "발급관청/Authority ", N("MINISTRY OF FOREIGN AFFAIRS", "institution_name"), "\n")
        else:
            lat, han, nat = FP(rng); ps = PASS_F(rng, nat)
            d("PASSPORT\nPassport No. ", ocr(rng, ps, 0.6), "\nName ", lat, "\nNationality ", nat, "\nDate of birth ", DOB(rng, style="mon", y0=1970, y1=2003), "\n")
    return "OCR"

def t_ocr_form(rng, d):
    """A welfare or rental form re-rendered with OCR noise."""
    p = P(rng)
    d(pick(rng, "사회보장급여 신청서", "건강보험 자격취득 신고서", "자동차 대여 계약서", "임대차 계약서"), pick(rng, " (스캔본)", "", " - OCR"), "\n")
    d("성 명 ", noisy(rng, p, ["spaced_name"]) if rng.random() < 0.5 else p, "\n")
    rr = RRN(rng, pick(rng, "rrn_valid", "rrn_post2020", "rrn_masked"))
    d("주민등록번호 ", ocr(rng, rr, 0.9), "\n")
    if rng.random() < 0.6:
        d("건강보험증번호 ", ocr(rng, HI(rng), 0.9), "\n")
    else:
        d("운전면허번호 ", ocr(rng, DL(rng), 0.9), "\n")
    d("주 소 ", ADDR(rng), "\n연락처 ", ocr(rng, MOB(rng), 0.8), "\n")
    a, bank = ACCT(rng)
    d("입금계좌 ", bank, " ", ocr(rng, a, 0.8), "\n")
    if rng.random() < 0.5:
        d("카드번호 ", ocr(rng, CARD(rng), 0.9), "\n")
    if rng.random() < 0.4:
        d("이메일 ", EMAIL(rng), "\n")
    d("위와 같이 신청합니다. ", D(rng), "  신청인 ", p, " (인)\n")
    return "OCR"

def t_nopii_misc(rng, d):
    v = rng.randint(0, 3)
    if v == 0:
        d("세무 질의회신\n", N(pick(rng, f"서면-{rng.randint(2020, 2024)}-법인-{rng.randint(1000, 9999)}", f"재산세과-{rng.randint(100, 999)}", f"부가46015-{rng.randint(100, 999)}"), "doc_number"), " (", D(rng, 2019, 2024), ")\n\n",
          "[질의] ", N(pick(rng, "갑", "A법인", "B사"), "placeholder_person"), "은 ", N(pick(rng, "을", "C법인"), "placeholder_person"), "에게 부동산을 양도하고 대금을 분할 수령함. 양도시기는?\n",
          "[회신] ", statute(rng), " 및 ", N("「소득세법」 제98조", "statute"), "에 따라 대금을 청산한 날을 양도시기로 보는 것임. 사건번호 ", N(f"조심 {rng.randint(2019, 2024)}서{rng.randint(1000, 9999)}", "case_number"), " 참조.\n")
    elif v == 1:
        d("[시스템 점검 공지]\n", D(rng), " 02:00~06:00 서버 점검으로 서비스가 중단됩니다. 점검 후 버전 ", N(pick(rng, "10.0.19045.3803", "4.2.17.1102", "2.8.1.0"), "version_number"), "이 적용됩니다.\n",
          "문의: ", callcenter(rng), " / ", N(rng.choice(SHORTC), "short_code"), "\n고객센터 운영 주소: ", N(rng.choice(INST_ADDR), "institution_address"), "\n")
    elif v == 2:
        d("개인정보 수집·이용 동의서 (작성 예시)\n성명: ", N("홍길동", "placeholder_person"), "\n주민등록번호: ", N("000000-0000000", "placeholder_rrn"), "\n",
          "연락처: ", N("010-0000-0000", "placeholder_phone"), "\n주소: ○○시 ○○구 ○○로 00\n계좌: ○○은행 000-000-000000\n", "※ 위 예시를 참고하여 실제 정보를 기재하십시오. 근거: ", statute(rng), "\n")
    else:
        d(pick(rng, "징계처분 결과 공개", "민원 처리 현황 통계"), "\n", D(rng), " 기준 처리 건수 ", str(rng.randint(100, 900)), "건, 처리율 ", str(rng.randint(80, 99)), "%\n",
          "대상: ", masked_name(rng), ", ", masked_name(rng), " 외 ", str(rng.randint(2, 9)), "명 (", N(pick(rng, "운영지원과-1234", "감사담당관-552", "인사과-88"), "doc_number"), ")\n",
          "관리번호 ", N(f"{rng.randint(41100, 41999)}-100-{dg(rng, 5)}", "public_record_id"), ", ", N(f"1101-{rng.randint(2020, 2025)}-{dg(rng, 6)}", "public_record_id"), "\n",
          "예산 ", N(f"₩{rng.randint(10, 90)},000,000", "amount"), "  우 ", N(f"{rng.randint(10, 63)}{dg(rng, 3)}", "postal_code"), "\n")
    return ["세무 질의회신", "공지", "서식(예시)", "공문"][v]

# ================================================================ driver
TEMPLATES = [  # (name, function, count, planned_no_pii)
    ("gongmun", t_gongmun, 60, False), ("nopii_gongmun", t_nopii_gongmun, 15, True),
    ("welfare", t_welfare, 45, False), ("card_slip", t_card_slip, 30, False), ("bank", t_bank, 35, False),
    ("rental", t_rental, 30, False), ("parking", t_parking, 20, False), ("accident", t_accident, 15, False),
    ("audit", t_audit, 12, False), ("foreign", t_foreign, 45, False), ("news", t_news, 30, False),
    ("press", t_press, 15, False), ("minwon", t_minwon, 25, False), ("minutes", t_minutes, 20, False),
    ("judgment", t_judgment, 15, False), ("roster", t_roster, 40, False), ("csv", t_csv, 15, False),
    ("log", t_log, 18, False), ("email", t_email, 30, False), ("call", t_call, 25, False),
    ("ocr_id", t_ocr_id, 40, False), ("ocr_form", t_ocr_form, 25, False), ("nopii_misc", t_nopii_misc, 25, True),
]

HYPH = {"‐": "-", "－": "-", "–": "-"}
REV_CONF = {"O": "0", "l": "1", "I": "1", "S": "5", "B": "8"}
REV_H = {v: k for k, v in HDIG.items()}

def normv(sp):
    v = unicodedata.normalize("NFKC", sp["v"])
    v = "".join(HYPH.get(c, c) for c in v)
    if "hangul_digits" in sp["noise"]:
        v = "".join(REV_H.get(c, c) for c in v)
    if "ocr_confusable" in sp["noise"]:
        v = "".join(REV_CONF.get(c, c) for c in v)
    return v

def digits(v):
    return "".join(c for c in v if c.isdigit())

def valid_date(y, m, d):
    try:
        datetime.date(y, m, d); return True
    except ValueError:
        return False

RX = {
    "mobile": re.compile(r"01[016789][-. ]?\d{3,4}[-. ]?\d{4}"),
    "landline": re.compile(r"(?<!\d)0\d{1,2}-\d{3,4}-\d{4}(?!\d)"),
    "email": re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+"),
    "rrn_shape": re.compile(r"\d{6}\s?-\s?\d{7}"),
    "card_shape": re.compile(r"\d{4}[- ]\d{4}[- ]\d{4}[- ]\d{4}"),
    "ipv4": re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])"),
    "brn_shape": re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{5}(?![\d-])"),
}
P_PASS = re.compile(r"^(?:[MSGDR]\d{8}|[MSGDR]\d{3}[A-Z]\d{4}|[A-Z]{1,2}\d{7,8}[A-Z]?|\d{9})$")
P_DL = re.compile(r"^(?:\d{2}-\d{2}-\d{6}-\d{2}|[가-힣]{2} ?\d{2}-\d{6}-\d{2}|\d{12})$")
P_PLATE = re.compile(r"^(?:[가-힣]{2} )?\d{2,3}[가-힣] ?\d{4}$")
SIDO_STARTS = tuple([s[0] for s in SIDO] + [s[1] for s in SIDO] + [g.split()[0] for s in SIDO for g in s[2]])

def check_span(sp):
    t, k = sp["type"], sp["kind"]
    v = normv(sp)
    compact = re.sub(r"[\s]", "", v)
    if t == "KR_RRN":
        if k == "rrn_masked":
            assert re.fullmatch(r"\d{6}-[1-4][*●X]{6}", compact), v
            ds = compact[:6] + compact[7]
        else:
            ds = digits(compact); assert len(ds) == 13 and re.fullmatch(r"\d{6}-?\d{7}", compact), v
        g = int(ds[6]); y = (1900 if g in (1, 2) else 2000) + int(ds[:2])
        assert valid_date(y, int(ds[2:4]), int(ds[4:6])), v
        if k == "rrn_valid": assert rrn_check(ds[:12]) == int(ds[12]), v
        if k == "rrn_post2020":
            assert rrn_check(ds[:12]) != int(ds[12]) and (y, int(ds[2:4])) >= (2020, 10), v
    elif t == "KR_FRN":
        ds = digits(compact); assert len(ds) == 13 and ds[6] in "5678" and frn_check(ds[:12]) == int(ds[12]), v
    elif t == "KR_CRN":
        ds = digits(compact); assert len(ds) == 13
        s = sum(int(a) * (1 if i % 2 == 0 else 2) for i, a in enumerate(ds[:12])); assert (10 - s % 10) % 10 == int(ds[12]), v
    elif t == "KR_BRN":
        d = [int(c) for c in digits(compact)]; assert len(d) == 10
        s = sum(a * b for a, b in zip(d, [1, 3, 7, 1, 3, 7, 1, 3, 5])) + (d[8] * 5) // 10; assert (10 - s % 10) % 10 == d[9], v
    elif t == "CREDIT_CARD":
        body = re.sub(r"[-\s]", "", compact)
        if "masked" in k:
            assert "*" in body and len(body) in (15, 16) and re.fullmatch(r"[\d*]+", body), v
        else:
            assert body.isdigit() and len(body) in (15, 16) and luhn_ok(body), v
    elif t == "KR_BANK_ACCOUNT":
        body = re.sub(r"[-\s.]", "", compact); assert re.fullmatch(r"[\d*]{10,14}", body), v
        assert ("*" in body) == ("masked" in k), v
    elif t == "PHONE_NUMBER":
        ds = digits(compact); assert ds[0] == "0" and 9 <= len(ds) <= 11, v
    elif t == "EMAIL_ADDRESS":
        assert re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._]*[A-Za-z0-9]?@[a-z0-9.-]+\.[a-z]{2,}", v), v
    elif t == "IP_ADDRESS":
        if k == "ip_v6":
            assert ":" in v and re.fullmatch(r"[0-9a-f:]+", v), v
        else:
            o = v.split("."); assert len(o) == 4 and all(x.isdigit() and 0 <= int(x) <= 255 for x in o), v
    elif t == "KR_HEALTH_INSURANCE":
        assert len(digits(compact)) == 11 and re.fullmatch(r"[\d-]+", compact), v
    elif t == "DATE_OF_BIRTH":
        y, m, d = sp["ymd"]; assert valid_date(y, m, d) and dob_str(y, m, d, k[4:]) == v, v
    elif t == "KR_PASSPORT":
        assert P_PASS.fullmatch(compact), v
    elif t == "KR_DRIVER_LICENSE":
        assert P_DL.fullmatch(re.sub(r"(?<=\d) (?=\d)|(?<=\d) (?=-)|(?<=-) (?=\d)", "", v).replace("\n", "")), v
    elif t == "KR_VEHICLE_PLATE":
        assert P_PLATE.fullmatch(v), v
    elif t == "KR_ADDRESS":
        assert v.startswith(SIDO_STARTS) and not v.startswith("(") and not v.endswith(")"), v
    elif t == "PERSON":
        raw = sp["v"]
        if k == "kr":
            assert re.fullmatch(r"[가-힣]{2,4}", raw.replace(" ", "")) and not raw.endswith(("씨", "님")), raw
        else:
            assert re.fullmatch(r"[A-Z ]+|[가-힣 ]+", raw), raw
    else:
        raise AssertionError("unknown type " + t)

def validate(text, spans, negs):
    prev = 0
    for sp in spans:
        assert 0 <= sp["start"] < sp["end"] <= len(text)
        assert sp["start"] >= prev, "overlap/unsorted"
        prev = sp["end"]
        val = text[sp["start"]:sp["end"]]
        assert val == sp["v"] and val == val.strip(), repr(val)
        check_span(sp)
    for ng in negs:
        assert text[ng["start"]:ng["end"]] == ng["text"]
        for sp in spans:
            assert ng["end"] <= sp["start"] or ng["start"] >= sp["end"], "neg overlaps span"
    # every other occurrence of a labelled value must be labelled
    for v in sorted(set(sp["v"] for sp in spans)):
        i = text.find(v)
        while i >= 0:
            assert any(s["start"] <= i and i + len(v) <= s["end"] for s in spans), "unlabelled occurrence of " + repr(v)
            i = text.find(v, i + 1)
    # no PII-looking strings outside spans and tagged negatives
    masked = list(text)
    for x in spans + negs:
        for j in range(x["start"], x["end"]):
            masked[j] = "\x00"
    masked = "".join(masked)
    for nm, rx in RX.items():
        m = rx.search(masked)
        assert not m, f"unlabelled {nm}: {m.group(0)!r}"

REASONS = {}

def build():
    recs = []
    retries = 0
    for tname, fn, count, nopii in TEMPLATES:
        for i in range(count):
            for k in range(30):
                seed = f"{PFX}|{tname}|{i}" + (f"#{k}" if k else "")
                rng = random.Random(seed)
                d = Doc()
                genre = fn(rng, d)
                text = d.text
                try:
                    validate(text, d.spans, d.negs)
                    assert bool(d.spans) != nopii, "planned no-PII mismatch"
                except (AssertionError, ValueError, KeyError) as e:
                    retries += 1
                    REASONS[tname + ": " + str(e)[:60]] = REASONS.get(tname + ": " + str(e)[:60], 0) + 1
                    last = e
                    continue
                break
            else:
                raise SystemExit(f"cannot build {tname}|{i}: {last}")
            recs.append((tname, seed, genre, text, d.spans, d.negs))
    order = random.Random(PFX + "|order")
    order.shuffle(recs)
    return recs, retries

def main():
    recs, retries = build()
    out = open(os.path.join(HERE, "pii_w.jsonl"), "w", encoding="utf-8", newline="\n")
    meta = open(os.path.join(HERE, "pii_w.meta.jsonl"), "w", encoding="utf-8", newline="\n")
    for n, (tname, seed, genre, text, spans, negs) in enumerate(recs, 1):
        rid = f"pii_w-{n:04d}"
        out.write(json.dumps({"id": rid, "text": text, "spans": [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in spans],
                              "genre": genre}, ensure_ascii=False) + "\n")
        meta.write(json.dumps({"id": rid, "template": tname, "seed": seed, "genre": genre,
                               "spans": [{"start": s["start"], "end": s["end"], "type": s["type"], "kind": s["kind"], "noise": s["noise"]} for s in spans],
                               "hard_negatives": negs}, ensure_ascii=False) + "\n")
    out.close(); meta.close()
    # re-read and re-validate the written files
    stats_t, stats_g, noisy_n, negcat = {}, {}, 0, {}
    mrecs = [json.loads(l) for l in open(os.path.join(HERE, "pii_w.meta.jsonl"), encoding="utf-8")]
    for l, m in zip(open(os.path.join(HERE, "pii_w.jsonl"), encoding="utf-8"), mrecs):
        r = json.loads(l)
        assert r["id"] == m["id"] and set(r) == {"id", "text", "spans", "genre"}
        sps = [dict(s, kind=ms["kind"], noise=ms["noise"], v=r["text"][s["start"]:s["end"]]) for s, ms in zip(r["spans"], m["spans"])]
        validate_noDOB(r["text"], sps, m["hard_negatives"])
        g = stats_g.setdefault(r["genre"], [0, 0, 0]); g[0] += 1; g[1] += (not r["spans"]); g[2] += len(r["spans"])
        for s in sps:
            stats_t[s["type"]] = stats_t.get(s["type"], 0) + 1
            noisy_n += bool(s["noise"])
        for ng in m["hard_negatives"]:
            negcat[ng["category"]] = negcat.get(ng["category"], 0) + 1
    for k_ in sorted(REASONS, key=lambda x: -REASONS[x])[:15]:
        print("retry", REASONS[k_], k_, file=sys.stderr)
    json.dump({"records": len(mrecs), "retries": retries, "by_type": dict(sorted(stats_t.items())), "by_genre": dict(sorted(stats_g.items())),
               "noisy_spans": noisy_n, "hard_negatives": dict(sorted(negcat.items()))}, sys.stdout, ensure_ascii=False, indent=1)
    print()

def validate_noDOB(text, spans, negs):
    """Re-validation after reading the files: the DOB ymd is recomputed from the text."""
    for s in spans:
        if s["type"] == "DATE_OF_BIRTH":
            s["ymd"] = parse_dob(normv(s), s["kind"][4:])
    validate(text, spans, negs)

def parse_dob(v, style):
    M = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()
    if style == "mon":
        dd, mm, yy = v.split(); return int(yy), M.index(mm) + 1, int(dd)
    ns = [int(x) for x in re.findall(r"\d+", v)]
    if style == "six":
        y = int(v[:2]); return (1900 + y if y >= 20 else 2000 + y), int(v[2:4]), int(v[4:6])
    if style == "yy":
        y = ns[0]; return (1900 + y if y >= 20 else 2000 + y), ns[1], ns[2]
    if style == "dmy":
        return ns[2], ns[1], ns[0]
    return ns[0], ns[1], ns[2]

if __name__ == "__main__":
    main()
