#!/usr/bin/env python3
"""pii_q: independent synthetic evaluation set for a Korean PII detector.

Standard library only.  Deterministic: every random.Random is seeded with a
string "pii_q-2026|<template>|<i>" (plus "|r<k>" for a retry), no set/dict
iteration order is relied on for output.  Writes pii_q.jsonl,
pii_q.meta.jsonl, README.md and MD5SUMS (last), then re-reads and validates.
"""
import hashlib
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter, namedtuple

OUT = os.path.dirname(os.path.abspath(__file__))
SEEDP = "pii_q-2026"

Sp = namedtuple("Sp", "type text kind noise clean")
Neg = namedtuple("Neg", "text cat")

# ---------------------------------------------------------------- builder


class Rec:
    def __init__(self, genre):
        self.genre = genre
        self.buf = []
        self.n = 0
        self.spans = []
        self.negs = []

    def add(self, *items):
        for it in items:
            if it is None:
                continue
            if isinstance(it, str):
                self.buf.append(it)
                self.n += len(it)
            elif isinstance(it, Neg):
                self.negs.append((self.n, self.n + len(it.text), it.cat, it.text))
                self.buf.append(it.text)
                self.n += len(it.text)
            elif isinstance(it, Sp):
                self.spans.append((self.n, self.n + len(it.text), it))
                self.buf.append(it.text)
                self.n += len(it.text)
            elif isinstance(it, (list, tuple)):
                self.add(*it)
            else:
                raise TypeError(it)
        return self

    def text(self):
        return "".join(self.buf)


def S(typ, value, kind, noise=(), clean=None):
    return Sp(typ, value, kind, tuple(noise), value if clean is None else clean)


# ---------------------------------------------------------------- pools
SURN = ("김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 전 고 문 양 손 배 백 허 유 남 심 노 하 곽 성 차 주 우 구 "
        "민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 탁 국 "
        "어 은 편 용 예 경 봉 태 목 피 감 음 빈 동 온 범 좌 팽 승 간 상 시 갈 단 견 당").split()
SURN_W = [22, 15, 9, 5, 5] + [2] * 20 + [1] * (len(SURN) - 25)
SURN2 = ["남궁", "황보", "선우", "제갈", "독고", "사공", "서문"]
GIV = ("민 서 지 현 준 우 예 도 하 윤 수 영 진 호 은 성 재 원 희 혜 경 태 승 연 정 동 상 주 유 미 선 아 보 나 다 소 채 "
       "시 건 규 한 석 철 용 환 훈 빈 율 린 온 별 솔 결 찬 혁 범 균 창 종 명 기 광 숙 자 순 옥 란 애 덕 남 택 식 열 욱 효").split()
FOREIGN_LAT = ["Michael Thompson", "Sarah O'Connor", "NGUYEN VAN AN", "TRAN THI HOA", "Ahmed Karimov", "Maria Santos",
               "TANAKA YUI", "Olga Petrova", "John Whitaker", "RAJ KUMAR SHARMA", "Emily Carter", "Batbayar Ganbold",
               "LI XIAOMING", "WANG FANG", "Dilnoza Yusupova", "Siti Rahmawati", "Jean-Luc Moreau", "Priya Nair",
               "SUZUKI KENTA", "Carlos Mendoza", "Anna Schmidt", "Mohammad Rahim", "PHAM MINH DUC", "Aigerim Bekova"]
FOREIGN_HAN = ["마이클 톰슨", "응우옌 반 안", "쩐 티 호아", "아흐메드 카리모프", "마리아 산토스", "다나카 유이",
               "올가 페트로바", "라즈 쿠마르", "바트바야르 간볼드", "리 샤오밍", "왕 팡", "딜노자 유수포바",
               "시티 라흐마와티", "프리야 나이르", "스즈키 겐타", "카를로스 멘도사", "안나 슈미트", "팜 민 득",
               "아이게림 베코바", "존 휘태커", "에밀리 카터", "무함마드 라힘"]
FOREIGNERS = [  # latin, hangul, nation, code
    ("NGUYEN VAN AN", "응우옌 반 안", "베트남", "VNM"), ("TRAN THI HOA", "쩐 티 호아", "베트남", "VNM"),
    ("PHAM MINH DUC", "팜 민 득", "베트남", "VNM"), ("LI XIAOMING", "리 샤오밍", "중국", "CHN"),
    ("WANG FANG", "왕 팡", "중국", "CHN"), ("Dilnoza Yusupova", "딜노자 유수포바", "우즈베키스탄", "UZB"),
    ("Ahmed Karimov", "아흐메드 카리모프", "우즈베키스탄", "UZB"), ("RAJ KUMAR SHARMA", "라즈 쿠마르 샤르마", "네팔", "NPL"),
    ("Maria Santos", "마리아 산토스", "필리핀", "PHL"), ("Batbayar Ganbold", "바트바야르 간볼드", "몽골", "MNG"),
    ("Siti Rahmawati", "시티 라흐마와티", "인도네시아", "IDN"), ("Michael Thompson", "마이클 톰슨", "미국", "USA"),
    ("Emily Carter", "에밀리 카터", "미국", "USA"), ("John Whitaker", "존 휘태커", "미국", "USA"),
    ("Olga Petrova", "올가 페트로바", "러시아", "RUS"), ("Aigerim Bekova", "아이게림 베코바", "카자흐스탄", "KAZ"),
    ("TANAKA YUI", "다나카 유이", "일본", "JPN"), ("SUZUKI KENTA", "스즈키 겐타", "일본", "JPN"),
    ("Carlos Mendoza", "카를로스 멘도사", "멕시코", "MEX"), ("Anna Schmidt", "안나 슈미트", "독일", "DEU"),
    ("Mohammad Rahim", "무함마드 라힘", "방글라데시", "BGD"), ("Priya Nair", "프리야 나이르", "인도", "IND"),
    ("SOK DARA", "속 다라", "캄보디아", "KHM"), ("Somchai Wongsa", "솜차이 웡사", "태국", "THA"),
    ("Jean-Luc Moreau", "장뤼크 모로", "프랑스", "FRA"), ("Sarah O'Connor", "세라 오코너", "아일랜드", "IRL")]
NATION = [("베트남", "VNM"), ("중국", "CHN"), ("우즈베키스탄", "UZB"), ("네팔", "NPL"), ("필리핀", "PHL"),
          ("캄보디아", "KHM"), ("몽골", "MNG"), ("인도네시아", "IDN"), ("미국", "USA"), ("러시아", "RUS"),
          ("카자흐스탄", "KAZ"), ("태국", "THA")]
BANKS = [  # name, groups
    ("국민은행", (6, 2, 6)), ("신한은행", (3, 3, 6)), ("우리은행", (4, 3, 6)), ("하나은행", (3, 6, 5)),
    ("농협은행", (3, 4, 4, 2)), ("NH농협", (6, 2, 6)), ("IBK기업은행", (3, 6, 2, 3)), ("SC제일은행", (3, 2, 6)),
    ("카카오뱅크", (4, 2, 7)), ("토스뱅크", (4, 4, 4)), ("케이뱅크", (3, 3, 6)), ("우체국", (6, 2, 6)),
    ("새마을금고", (4, 2, 6, 1)), ("수협은행", (3, 2, 6)), ("부산은행", (3, 4, 4, 2)), ("대구은행", (3, 2, 6, 1)),
    ("광주은행", (3, 3, 6)), ("신협", (3, 2, 6, 1)), ("경남은행", (3, 2, 7)), ("씨티은행", (3, 6, 3))]
EMAIL_DOM = ["naver.com", "gmail.com", "daum.net", "hanmail.net", "kakao.com", "nate.com", "hotmail.com",
             "outlook.kr", "korea.kr", "hanbit-eng.co.kr", "seoyeon.ac.kr", "dongbang-log.com", "mirae-cnc.kr",
             "snu.ac.kr", "yahoo.co.kr", "icloud.com"]
ROM = {"김": "kim", "이": "lee", "박": "park", "최": "choi", "정": "jung", "강": "kang", "조": "cho", "윤": "yoon",
       "장": "jang", "임": "lim", "한": "han", "오": "oh", "서": "seo", "신": "shin", "권": "kwon", "황": "hwang",
       "안": "ahn", "송": "song", "류": "ryu", "전": "jeon"}
LAT_WORDS = ["sky", "blue", "sunny", "mint", "star", "jjang", "hope", "river", "moon", "dream", "lucky", "green",
             "happy", "tiger", "coffee", "daily", "jay", "soo", "min", "hana", "duri", "bom", "gaeul", "eun"]
SIDO = [("서울특별시", "서울", ["마포구", "강서구", "노원구", "송파구", "관악구", "은평구", "성북구", "동작구", "중랑구", "양천구"]),
        ("부산광역시", "부산", ["해운대구", "사하구", "부산진구", "동래구", "남구", "북구"]),
        ("대구광역시", "대구", ["수성구", "달서구", "북구", "동구"]),
        ("인천광역시", "인천", ["남동구", "부평구", "연수구", "계양구", "서구"]),
        ("광주광역시", "광주", ["북구", "광산구", "서구"]),
        ("대전광역시", "대전", ["유성구", "서구", "중구", "대덕구"]),
        ("울산광역시", "울산", ["남구", "중구", "울주군"]),
        ("경기도", "경기", ["수원시 팔달구", "성남시 분당구", "고양시 일산동구", "용인시 수지구", "부천시", "화성시", "안산시 단원구",
                        "남양주시", "평택시", "의정부시", "김포시", "파주시"]),
        ("강원특별자치도", "강원", ["춘천시", "원주시", "강릉시", "속초시"]),
        ("충청북도", "충북", ["청주시 흥덕구", "충주시", "제천시"]),
        ("충청남도", "충남", ["천안시 동남구", "아산시", "서산시", "공주시"]),
        ("전북특별자치도", "전북", ["전주시 완산구", "익산시", "군산시"]),
        ("전라남도", "전남", ["여수시", "순천시", "목포시", "나주시"]),
        ("경상북도", "경북", ["포항시 남구", "구미시", "경산시", "안동시"]),
        ("경상남도", "경남", ["창원시 성산구", "김해시", "진주시", "양산시"]),
        ("제주특별자치도", "제주", ["제주시", "서귀포시"])]
ROADS = ["중앙로", "문화로", "새말로", "은행나무로", "솔샘로", "한내로", "달빛로", "장미로", "버들로", "매봉로", "큰골길", "샘터로",
         "청송로", "푸른들로", "가람로", "동산로", "별마루로", "시장로", "학교길", "느티로", "하늘길", "구름재로", "강나루로"]
DONGS = ["신정동", "상계동", "대명동", "구월동", "신부동", "용현동", "봉명동", "중리동", "학동", "교동", "송정동", "삼산동"]
APTS = ["한빛아파트", "푸른마을아파트", "햇살빌라", "대림타운", "성원맨션", "새솔아파트", "동남하이츠", "그린빌"]
INST_ADDR = ["세종특별자치시 도움6로 11 정부세종청사 6동", "서울특별시 종로구 세종대로 209 정부서울청사",
             "대전광역시 서구 청사로 189 정부대전청사", "경기도 과천시 관문로 47 정부과천청사",
             "세종특별자치시 한누리대로 402 정부세종청사 17동", "서울특별시 중구 세종대로 110 서울시청",
             "부산광역시 연제구 중앙대로 1001 부산광역시청", "경기도 수원시 영통구 도청로 30 경기도청"]
SWITCH = ["1588-2188", "1577-1000", "1600-0700", "1544-9001", "1644-2828", "1566-7782", "1661-2626", "1899-0910"]
SHORTC = ["110", "120", "1345", "1350", "1355", "126"]
DEPTS = ["운영지원과", "민원봉사과", "교통행정과", "세정과", "복지정책과", "정보보호팀", "감사담당관실", "도시계획과",
         "재난안전과", "여권과", "외국인정책과", "개인정보보호과", "총무과", "보건정책과", "기획조정실"]
COMPANIES = ["(주)한빛엔지니어링", "주식회사 미래씨앤씨", "(주)동방로지스", "청솔건설(주)", "(유)새벽물산",
             "주식회사 다온소프트", "(주)가람환경", "누리테크 주식회사", "(주)보람식품", "(주)세진기계"]
CRN_PREFIX = ["110111", "110114", "131111", "134811", "160111", "124611", "284311", "175611", "206211", "110171"]
RANK = ["주무관", "사무관", "서기관", "과장", "팀장", "담당관", "실무관", "국장"]
PLATE_CH = list("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주")
DL_REGION = [("서울", 11), ("부산", 12), ("경기", 13), ("강원", 14), ("충북", 15), ("충남", 16), ("전북", 17),
             ("전남", 18), ("경북", 19), ("경남", 20), ("제주", 21), ("대구", 22), ("인천", 23), ("광주", 24),
             ("대전", 25), ("울산", 26), ("경기북부", 28)]
HDIG = "공일이삼사오육칠팔구"
MONTHS_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


# ---------------------------------------------------------------- value generators
def pick(r, seq):
    return seq[r.randrange(len(seq))]


def digits(r, n):
    return "".join(str(r.randrange(10)) for _ in range(n))


def ko_name(r):
    if r.random() < 0.05:
        nm = pick(r, SURN2) + pick(r, GIV) + (pick(r, GIV) if r.random() < 0.5 else "")
    else:
        nm = r.choices(SURN, SURN_W)[0] + pick(r, GIV) + pick(r, GIV)
    if nm == "홍길동" or nm[1:] in ("길동",):
        nm = "김" + nm[1:]
    return nm


def FP(r):
    """Foreign person: returns (latin Sp, hangul Sp, nation, code)."""
    lat, han, nat, code = pick(r, FOREIGNERS)
    return S("PERSON", lat, "name_foreign_latin"), S("PERSON", han, "name_foreign_hangul"), nat, code


def PN(r, kind=None):
    """PERSON span; kind in ko / lat / han."""
    if kind is None:
        kind = "ko"
    if kind == "ko":
        return S("PERSON", ko_name(r), "name_ko")
    f = FP(r)
    return f[0] if kind == "lat" else f[1]


def rand_date(r, y0, y1):
    y = r.randint(y0, y1)
    m = r.randint(1, 12)
    d = r.randint(1, 28 if m == 2 else (30 if m in (4, 6, 9, 11) else 31))
    return y, m, d


RRN_W = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]


def rrn_check(d12):
    s = sum(int(a) * b for a, b in zip(d12, RRN_W))
    return (11 - s % 11) % 10


def frn_check(d12):
    s = sum(int(a) * b for a, b in zip(d12, RRN_W))
    return (13 - s % 11) % 10


def rrn_value(r, kind="valid", y0=1948, y1=2012):
    if kind == "post2020":
        y, m, d = rand_date(r, 2020, 2025)
        if y == 2020 and m < 10:
            m = r.randint(10, 12)
        g = r.choice("34")
        body = "%02d%02d%02d" % (y % 100, m, d) + g + digits(r, 5)
        c = (rrn_check(body) + r.randint(1, 9)) % 10
        return body[:6] + "-" + body[6:] + str(c), (y, m, d)
    y, m, d = rand_date(r, y0, y1)
    g = r.choice("12") if y < 2000 else r.choice("34")
    body = "%02d%02d%02d" % (y % 100, m, d) + g
    if kind == "masked":
        mk = r.choice(["******", "******", "●●●●●●", "XXXXXX", "xxxxxx"])
        return body[:6] + "-" + g + mk, (y, m, d)
    body += digits(r, 5)
    return body[:6] + "-" + body[6:] + str(rrn_check(body)), (y, m, d)


def frn_value(r, masked=False):
    y, m, d = rand_date(r, 1960, 2015)
    g = r.choice("56") if y < 2000 else r.choice("78")
    office = r.randrange(10, 99, 2)
    body = "%02d%02d%02d" % (y % 100, m, d) + g + "%02d" % office + digits(r, 2) + str(r.randint(6, 9))
    if masked:
        return body[:6] + "-" + g + "******", (y, m, d)
    return body[:6] + "-" + body[6:] + str(frn_check(body)), (y, m, d)


def brn_value(r):
    while True:
        d = [r.randint(1, 9)] + [r.randrange(10) for _ in range(8)]
        d[3] = r.choice([0, 1, 2, 8])
        s = sum(a * b for a, b in zip(d, [1, 3, 7, 1, 3, 7, 1, 3, 5])) + (d[8] * 5) // 10
        c = (10 - s % 10) % 10
        v = "".join(map(str, d)) + str(c)
        return v[:3] + "-" + v[3:5] + "-" + v[5:]


def brn_ok(v):
    v = re.sub(r"\D", "", v)
    if len(v) != 10:
        return False
    d = list(map(int, v))
    s = sum(a * b for a, b in zip(d, [1, 3, 7, 1, 3, 7, 1, 3, 5])) + (d[8] * 5) // 10
    return (10 - s % 10) % 10 == d[9]


def crn_value(r):
    body = pick(r, CRN_PREFIX) + digits(r, 6)
    s = sum(int(a) * (1 if i % 2 == 0 else 2) for i, a in enumerate(body))
    return body[:6] + "-" + body[6:] + str((10 - s % 10) % 10)


def crn_ok(v):
    v = re.sub(r"\D", "", v)
    s = sum(int(a) * (1 if i % 2 == 0 else 2) for i, a in enumerate(v[:12]))
    return len(v) == 13 and (10 - s % 10) % 10 == int(v[12])


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


def card_value(r, masked=False, sep=None):
    brand = r.choices(["visa", "master", "bc", "jcb", "amex", "local"], [4, 3, 3, 1, 1, 2])[0]
    pre = {"visa": "4" + digits(r, 5), "master": str(r.randint(51, 55)) + digits(r, 4), "bc": "94" + digits(r, 4),
           "jcb": "35" + str(r.randint(28, 89)) + digits(r, 2), "amex": r.choice(["34", "37"]) + digits(r, 4),
           "local": r.choice(["5365", "4579", "6253", "9490", "4906"]) + digits(r, 2)}[brand]
    n = 15 if brand == "amex" else 16
    body = pre + digits(r, n - 7)
    for c in range(10):
        if luhn_ok(body + str(c)):
            num = body + str(c)
            break
    if sep is None:
        sep = r.choices(["-", " ", "", "."], [6, 3, 2, 1])[0]
    groups = (4, 6, 5) if n == 15 else (4, 4, 4, 4)
    if masked:
        style = r.randrange(3)
        lst = list(num)
        for i in range(len(lst)):
            if style == 0 and 6 <= i < n - 4:
                lst[i] = "*"
            elif style == 1 and 4 <= i < n - 4:
                lst[i] = "*"
            elif style == 2 and 8 <= i < 12:
                lst[i] = "*"
        num_m = "".join(lst)
    else:
        num_m = num
    out, p = [], 0
    for g in groups:
        out.append(num_m[p:p + g])
        p += g
    return sep.join(out), brand, num


def account_value(r, masked=False, sep="-"):
    bank, groups = pick(r, BANKS)
    parts = [digits(r, g) for g in groups]
    if groups == (3, 3, 6) and bank == "신한은행":
        parts[0] = r.choice(["110", "100", "140"])
    if bank == "카카오뱅크":
        parts[0] = "3333"
    if masked:
        i = r.randrange(1, len(parts)) if len(parts) > 1 else 0
        p = parts[i]
        k = max(2, len(p) // 2)
        parts[i] = p[:len(p) - k] + "*" * k if r.random() < 0.5 else "*" * k + p[k:]
    return bank, sep.join(parts)


def phone_value(r, kind="mobile", sep="-"):
    if kind == "mobile":
        parts = [r.choice(["010", "010", "010", "011", "016", "017", "019"]), digits(r, 4), digits(r, 4)]
        parts[1] = str(r.randint(2, 9)) + parts[1][1:]
    elif kind == "070":
        parts = ["070", str(r.randint(4, 8)) + digits(r, 3), digits(r, 4)]
    elif kind == "gov":
        parts = [r.choice(["044", "02", "042"]), str(r.randint(2, 9)) + digits(r, 2) if r.random() < 0.4 else
                 str(r.randint(2, 9)) + digits(r, 3), digits(r, 4)]
    else:
        ac = r.choice(["02", "031", "032", "033", "041", "042", "043", "051", "052", "053", "054", "055", "061",
                       "062", "063", "064"])
        parts = [ac, str(r.randint(2, 9)) + digits(r, 2 if r.random() < 0.3 else 3), digits(r, 4)]
    if sep == "+82":
        return "+82-" + parts[0][1:] + "-" + parts[1] + "-" + parts[2]
    return sep.join(parts)


def phone_spelled(r):
    v = phone_value(r, "mobile", "-")
    sp = " ".join("".join(HDIG[int(c)] for c in g) for g in v.split("-"))
    if r.random() < 0.3:
        sp = sp.replace(" ", "에 ", 1)
    return sp, v


def spell(s, zero="공"):
    return "".join((zero if c == "0" else HDIG[int(c)]) if c.isdigit() else c for c in s)


def email_value(r, name=None):
    if name and name[0] in ROM and r.random() < 0.6:
        loc = ROM[name[0]] + r.choice([".", "_", ""]) + pick(r, LAT_WORDS) + (digits(r, r.randint(0, 3)))
    else:
        loc = pick(r, LAT_WORDS) + r.choice(["", ".", "_"]) + pick(r, LAT_WORDS) + digits(r, r.randint(1, 4))
    return loc + "@" + pick(r, EMAIL_DOM)


def passport_value(r, kind=None):
    kind = kind or r.choices(["old", "new", "foreign"], [3, 5, 2])[0]
    if kind == "old":
        return r.choice("MMMS") + digits(r, 8), "passport_old"
    if kind == "new":
        return r.choice("MMMMSRGD") + digits(r, 3) + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(r, 4), "passport_new"
    f = r.randrange(5)
    if f == 0:
        return "E" + digits(r, 8), "passport_foreign"
    if f == 1:
        return "C" + digits(r, 7), "passport_foreign"
    if f == 2:
        return "P" + digits(r, 7) + r.choice("ABC"), "passport_foreign"
    if f == 3:
        return r.choice(["TR", "TK", "MU"]) + digits(r, 7), "passport_foreign"
    return "N" + digits(r, 7), "passport_foreign"


def dl_value(r, style=None):
    reg, code = pick(r, DL_REGION)
    yy = "%02d" % r.randint(0, 24) if r.random() < 0.6 else "%02d" % r.randint(85, 99)
    body = yy + "-" + digits(r, 6) + "-" + digits(r, 2)
    style = style or r.choices(["code", "name", "name_nosp", "plain"], [5, 3, 1, 2])[0]
    if style == "code":
        return "%02d-%s" % (code, body), "dl_code"
    if style == "name":
        return reg + " " + body, "dl_name"
    if style == "name_nosp":
        return reg + body, "dl_name"
    return "%02d%s" % (code, body.replace("-", "")), "dl_plain12"


def plate_value(r, style=None):
    style = style or r.choices(["2d", "3d", "region", "commercial", "nosp", "rental"], [4, 4, 2, 2, 1, 1])[0]
    if style == "2d":
        return "%02d%s %s" % (r.randint(10, 99), pick(r, PLATE_CH), digits(r, 4)), "plate_2d"
    if style == "3d":
        return "%d%s %s" % (r.randint(100, 699), pick(r, PLATE_CH), digits(r, 4)), "plate_3d"
    if style == "region":
        return "%s %02d%s %s" % (pick(r, SIDO)[1], r.randint(10, 99), pick(r, PLATE_CH), digits(r, 4)), "plate_region"
    if style == "commercial":
        return "%s %02d%s %s" % (pick(r, SIDO)[1], r.randint(70, 79), r.choice("바사아자배"), digits(r, 4)), "plate_commercial"
    if style == "rental":
        return "%d%s %s" % (r.randint(10, 99), r.choice("하허호"), digits(r, 4)), "plate_rental"
    return "%d%s%s" % (r.randint(10, 399), pick(r, PLATE_CH), digits(r, 4)), "plate_nospace"


def hi_value(r, style=None):
    v = str(r.randint(1, 9)) + digits(r, 10)
    style = style or r.choice(["plain", "plain", "dash", "space"])
    if style == "dash":
        return v[0] + "-" + v[1:], "hi_dash"
    if style == "space":
        return v[:4] + " " + v[4:7] + " " + v[7:], "hi_space"
    return v, "hi_plain"


def ip_value(r, kind=None):
    kind = kind or r.choices(["public", "private", "v6"], [6, 3, 1])[0]
    if kind == "private":
        return r.choice(["192.168.%d.%d" % (r.randint(0, 254), r.randint(2, 254)),
                         "10.%d.%d.%d" % (r.randint(0, 254), r.randint(0, 254), r.randint(2, 254)),
                         "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 254), r.randint(2, 254))]), "ip_private"
    if kind == "v6":
        return "2001:%x:%x:%x::%x" % (r.randint(0x200, 0xfff), r.randint(1, 0xffff), r.randint(1, 0xffff),
                                     r.randint(1, 0xffff)), "ipv6"
    a = r.choice([1, 14, 27, 39, 49, 58, 59, 61, 106, 110, 112, 115, 118, 121, 125, 175, 180, 183, 203, 211, 218, 222])
    return "%d.%d.%d.%d" % (a, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)), "ip_public"


def dob_value(r, ymd=None, style=None):
    y, m, d = ymd or rand_date(r, 1945, 2010)
    style = style or r.choice(["dot_sp", "kor", "iso", "dot0", "yy_dot", "yymmdd", "slash", "kor_yy", "dot_nodot"])
    f = {"dot_sp": "%d. %d. %d." % (y, m, d), "kor": "%d년 %d월 %d일" % (y, m, d), "iso": "%d-%02d-%02d" % (y, m, d),
         "dot0": "%d.%02d.%02d." % (y, m, d), "yy_dot": "%02d.%02d.%02d" % (y % 100, m, d),
         "yymmdd": "%02d%02d%02d" % (y % 100, m, d), "slash": "%d/%02d/%02d" % (y, m, d),
         "kor_yy": "%02d년 %d월 %d일" % (y % 100, m, d), "dot_nodot": "%d.%d.%d" % (y, m, d),
         "en": "%02d %s %d" % (d, MONTHS_EN[m - 1], y)}[style]
    return S("DATE_OF_BIRTH", f, "dob_" + style, clean=f)


def addr_value(r, style=None):
    full, short, sgg = pick(r, SIDO)
    gu = pick(r, sgg)
    style = style or r.choices(["road_full", "road_short", "road_gu", "jibeon"], [4, 3, 2, 2])[0]
    unit = r.choice(["", ", %d동 %d호" % (r.randint(101, 115), r.randint(1, 25) * 100 + r.randint(1, 8)),
                     ", %d층 %d호" % (r.randint(2, 9), r.randint(1, 9) * 100 + r.randint(1, 12)),
                     " %d층" % r.randint(2, 12), ", %d호" % (r.randint(1, 5) * 100 + r.randint(1, 10))])
    road = pick(r, ROADS)
    if r.random() < 0.4:
        road += " %d번길" % r.randint(3, 88)
    bn = str(r.randint(1, 350)) + ("-%d" % r.randint(1, 30) if r.random() < 0.2 else "")
    head = {"road_full": full + " " + gu, "road_short": short + " " + gu, "road_gu": gu, "jibeon": short + " " + gu}[style]
    if style == "jibeon":
        apt = (" " + pick(r, APTS)) if r.random() < 0.5 else ""
        u = (" %d동 %d호" % (r.randint(101, 112), r.randint(1, 20) * 100 + r.randint(1, 6))) if apt else ""
        v = "%s %s %d-%d%s%s" % (head, pick(r, DONGS), r.randint(1, 999), r.randint(1, 40), apt, u)
    else:
        v = "%s %s %s%s" % (head, road, bn, unit)
    return S("KR_ADDRESS", v, "addr_" + style)


def postal(r):
    return "%05d" % r.randint(1000, 63999)


# span helpers
def RRN(r, kind=None, **kw):
    kind = kind or r.choices(["valid", "post2020", "masked"], [6, 2, 3])[0]
    v, ymd = rrn_value(r, kind, **kw)
    return S("KR_RRN", v, "rrn_" + kind)


def FRN(r, masked=False):
    v, ymd = frn_value(r, masked)
    return S("KR_FRN", v, "frn_masked" if masked else "frn_valid")


def CARD(r, masked=None, sep=None):
    masked = r.random() < 0.3 if masked is None else masked
    v, brand, full = card_value(r, masked, sep)
    return S("CREDIT_CARD", v, "card_%s%s" % (brand, "_masked" if masked else ""))


def ACC(r, masked=None, sep="-"):
    masked = r.random() < 0.12 if masked is None else masked
    bank, v = account_value(r, masked, sep)
    return bank, S("KR_BANK_ACCOUNT", v, "acct_masked" if masked else "acct")


def PH(r, kind=None, sep=None):
    kind = kind or r.choices(["mobile", "land", "070"], [6, 3, 1])[0]
    sep = sep if sep is not None else r.choices(["-", ".", " ", ""], [10, 1, 1, 1])[0]
    if kind == "mobile" and sep == "-" and r.random() < 0.05:
        sep = "+82"
    return S("PHONE_NUMBER", phone_value(r, kind, sep), "phone_" + kind)


def EM(r, name=None):
    return S("EMAIL_ADDRESS", email_value(r, name), "email")


def PP(r, kind=None):
    v, k = passport_value(r, kind)
    return S("KR_PASSPORT", v, k)


def DL(r, style=None):
    v, k = dl_value(r, style)
    return S("KR_DRIVER_LICENSE", v, k)


def PL(r, style=None):
    v, k = plate_value(r, style)
    return S("KR_VEHICLE_PLATE", v, k)


def HI(r, style=None):
    v, k = hi_value(r, style)
    return S("KR_HEALTH_INSURANCE", v, k)


def IP(r, kind=None):
    v, k = ip_value(r, kind)
    return S("IP_ADDRESS", v, k)


def BRN(r):
    return S("KR_BRN", brn_value(r), "brn")


def CRN(r):
    return S("KR_CRN", crn_value(r), "crn")


def DOB(r, style=None):
    return dob_value(r, None, style)


def ADDR(r, style=None):
    return addr_value(r, style)


# hard negatives
def N_doc(r):
    return Neg(r.choice(["%s-%d" % (pick(r, DEPTS), r.randint(100, 9999)), "민원-%d" % r.randint(1000, 99999),
                         "서면-%d-법인-%d" % (r.randint(2019, 2025), r.randint(100, 9999)),
                         "재산세과-%d" % r.randint(10, 999), "부가46015-%d" % r.randint(10, 999)]), "doc_number")


def N_case(r):
    y = r.randint(2019, 2025)
    return Neg(r.choice(["%d고단%d" % (y, r.randint(100, 9999)), "%d고합%d" % (y, r.randint(10, 999)),
                         "%d노%d" % (y, r.randint(100, 3999)), "%d구합%d" % (y, r.randint(1000, 99999)),
                         "%d고약%d" % (y, r.randint(1000, 29999)), "%d두%d" % (y, r.randint(10000, 69999))]),
               "case_number")


def N_stat(r):
    return Neg(r.choice(["「개인정보 보호법」 제%d조 제1항" % r.choice([15, 17, 18, 23, 24, 29]),
                         "「도로교통법」 제%d조 제1항" % r.choice([44, 43, 148, 152]),
                         "「주민등록법」 제%d조" % r.choice([7, 24, 29, 37]),
                         "「여권법」 제%d조 제%d항" % (r.randint(5, 16), r.randint(1, 3)),
                         "「출입국관리법」 제%d조" % r.choice([31, 33, 35, 94]),
                         "「전자금융거래법」 제6조 제3항 제2호", "「형법」 제347조 제1항",
                         "같은 법 시행령 제%d조 제%d항" % (r.randint(2, 40), r.randint(1, 4)),
                         "「행정업무의 운영 및 혁신에 관한 규정」 제%d조" % r.randint(4, 20)]), "statute")


def N_recv(r):
    return Neg("%dAA-%02d%02d-%07d" % (r.randint(1, 9), r.randint(20, 25), r.randint(1, 12), r.randint(0, 9999999)),
               "public_record_id")


def N_switch(r):
    return Neg(pick(r, SWITCH), "switchboard")


def N_amount(r):
    return Neg(r.choice(["%s원" % format(r.randint(1, 9999) * 1000, ","), "₩%s" % format(r.randint(1, 900) * 100000, ",")]),
               "amount")


def N_date(r):
    y, m, d = rand_date(r, 2022, 2026)
    return Neg(r.choice(["%d. %d. %d." % (y, m, d), "%d년 %d월 %d일" % (y, m, d), "%d-%02d-%02d" % (y, m, d)]), "date")


def N_company(r):
    return Neg(pick(r, COMPANIES), "company_name")


def N_placeholder(r):
    s = ko_name(r)[0]
    return Neg(r.choice([s + "○○", s + "**", s + " 모 씨", "홍길동", "갑", "을"]), "placeholder_person")


def N_inst_addr(r):
    return Neg(pick(r, INST_ADDR), "inst_address")


def N_office(r):
    return Neg(r.choice(["행정안전부장관", "경찰청장", "국세청장", "마포구청장", "수원시장", "외교부장관", "법무부장관",
                         "세무서장", "서울특별시장", "출입국·외국인청장"]), "office_title")


# ---------------------------------------------------------------- noise
CONF = {"0": "O", "1": "lI", "5": "S", "8": "B"}
CONF_PAIRS = {("0", "O"), ("0", "o"), ("1", "l"), ("1", "I"), ("5", "S"), ("8", "B")}
FW = str.maketrans("0123456789", "０１２３４５６７８９")
NUMERIC = {"KR_RRN", "KR_FRN", "KR_PASSPORT", "KR_DRIVER_LICENSE", "CREDIT_CARD", "KR_BANK_ACCOUNT", "PHONE_NUMBER",
           "KR_HEALTH_INSURANCE", "KR_VEHICLE_PLATE", "KR_BRN", "KR_CRN", "DATE_OF_BIRTH", "IP_ADDRESS"}


def interior_positions(t):
    return [i for i in range(1, len(t)) if t[i - 1].isalnum() and t[i].isalnum()]


def noisy(r, sp, p=0.6):
    """Apply OCR noise to a span (returns new Sp with noise tags)."""
    if r.random() > p:
        return sp
    t, tags = sp.text, []
    if sp.type == "PERSON":
        if sp.kind == "name_ko":
            t = " ".join(t)
            tags.append("spaced_name")
        else:
            return sp
    elif sp.type == "KR_ADDRESS":
        sps = [i for i, c in enumerate(t) if c == " "]
        if len(sps) > 2:
            i = sps[r.randrange(1, len(sps))]
            t = t[:i] + "\n" + t[i + 1:]
            tags.append("wrapped")
    elif sp.type in NUMERIC and sp.type not in ("IP_ADDRESS",):
        ops = r.sample(["fullwidth_digits", "unicode_hyphen", "space_in_number", "newline_in_number", "confusable"],
                       r.choice([1, 1, 2]))
        for op in ops:
            if op == "fullwidth_digits":
                t2 = t.translate(FW)
                if r.random() < 0.5:
                    t2 = t2.replace("-", "－")
            elif op == "unicode_hyphen":
                t2 = t.replace("-", r.choice(["‐", "－", "–"]))
            elif op == "space_in_number":
                if "-" in t and r.random() < 0.5:
                    t2 = t.replace("-", r.choice([" - ", " -", "- "]), 1)
                else:
                    pos = interior_positions(t)
                    if not pos:
                        continue
                    i = pick(r, pos)
                    t2 = t[:i] + " " + t[i:]
            elif op == "newline_in_number":
                pos = interior_positions(t)
                if not pos:
                    continue
                i = pick(r, pos)
                t2 = t[:i] + "\n" + t[i:]
            else:
                cand = [i for i, c in enumerate(t) if c in CONF]
                if not cand:
                    continue
                lst = list(t)
                for i in r.sample(cand, min(len(cand), r.choice([1, 1, 2]))):
                    lst[i] = r.choice(CONF[lst[i]])
                t2 = "".join(lst)
            if t2 != t:
                t = t2
                tags.append(op)
    if not tags:
        return sp
    return sp._replace(text=t, noise=tuple(sp.noise) + tuple(tags))


def plain_ocr(r, s):
    """OCR-style damage to plain (non-span) text: doubled spaces, bar/letter confusions, dropped dots."""
    out = []
    for ch in s:
        x = r.random()
        if ch == " " and x < 0.08:
            out.append("  ")
        elif ch == "|" and x < 0.3:
            out.append(r.choice(["l", "I", "ㅣ"]))
        elif ch == ":" and x < 0.25:
            out.append(r.choice([";", " :", "."]))
        elif ch == "·" and x < 0.4:
            out.append(r.choice([".", "ㆍ", ""]))
        else:
            out.append(ch)
    return "".join(out)


class OcrRec(Rec):
    """Record whose plain text and spans get OCR noise."""

    def __init__(self, genre, r, p=0.55):
        super().__init__(genre)
        self.r = r
        self.p = p

    def add(self, *items):
        for it in items:
            if isinstance(it, str):
                super().add(plain_ocr(self.r, it))
            elif isinstance(it, Sp):
                super().add(noisy(self.r, it, self.p))
            elif isinstance(it, (list, tuple)) and not isinstance(it, (Sp, Neg)):
                self.add(*it)
            else:
                super().add(it)
        return self


def jo(word, pair):
    """Korean particle: pair like '은는', '이가', '을를', '과와'."""
    ch = word.text if isinstance(word, Sp) else word
    ch = ch.rstrip()[-1]
    if "가" <= ch <= "힣":
        return pair[0] if (ord(ch) - 0xAC00) % 28 else pair[1]
    return pair[1]


_MK = {"ocr": None}


def mk(genre):
    r = _MK["ocr"]
    if r is not None:
        return OcrRec(genre, r)
    return Rec(genre)


# ---------------------------------------------------------------- templates: prose
def t_news(r):
    rec = mk("뉴스")
    k = r.randrange(7)
    a = PN(r)
    ag = r.randint(19, 78)
    police = r.choice(["서울 마포경찰서", "부산 해운대경찰서", "경기 수원남부경찰서", "인천 남동경찰서", "대전 유성경찰서",
                       "충남 천안동남경찰서", "경북 포항남부경찰서", "광주 광산경찰서"])
    rep = PN(r)
    if k == 0:
        v = PN(r)
        bank, acc = ACC(r, masked=False)
        rec.add(police, "는 검찰·금융기관을 사칭해 노인들로부터 돈을 가로챈 혐의(사기)로 보이스피싱 조직 수거책 ", a,
                "(%d)씨를 구속했다고 %d일 밝혔다.\n" % (ag, r.randint(2, 28)),
                "경찰에 따르면 ", a, "씨는 지난달 ", ADDR(r, "road_gu"), " 인근에서 피해자 ", v,
                "(%d)씨로부터 현금 " % r.randint(65, 84), N_amount(r), "을 건네받는 등 모두 %d차례에 걸쳐 돈을 챙긴 것으로 조사됐다. " % r.randint(3, 11),
                "조직은 피해자에게 \"", bank, " ", acc, " 계좌가 범죄에 연루됐다\"며 접근한 것으로 드러났다.\n",
                "경찰은 ", a, "씨의 휴대전화(", PH(r, "mobile"), ")에 남은 대화 기록을 토대로 윗선을 추적하고 있다. ",
                PN(r), " 수사과장은 \"기관은 절대 전화로 현금을 요구하지 않는다\"고 당부했다.\n\n",
                rep, " 기자 ", EM(r, rep.text))
    elif k == 1:
        pl = PL(r)
        b = PN(r)
        rec.add("%d일 오전 %d시 %d분께 " % (r.randint(1, 28), r.randint(1, 11), r.randint(1, 59)), ADDR(r, "road_short"),
                " 앞 교차로에서 ", pl, " 승용차가 신호를 기다리던 화물차를 들이받았다.\n이 사고로 승용차 운전자 ", a,
                "(%d)씨가 크게 다쳐 인근 병원으로 옮겨졌고, 화물차 운전자 " % ag, b, "(%d)씨는 경상을 입었다. " % r.randint(30, 66),
                "경찰 관계자는 \"", a, "씨가 혈중알코올농도 0.%03d%%의 면허취소 수준 상태였다\"며 " % r.randint(80, 190),
                r.choice(["\"블랙박스 영상을 확보해 정확한 경위를 조사 중\"이라고 말했다.",
                          "\"동승자 진술도 확인하고 있다\"고 전했다."]), "\n",
                r.choice(["목격자 ", "현장에 있던 주민 "]), PN(r), "씨는 \"쾅 하는 소리에 나와 보니 차 앞부분이 완전히 찌그러져 있었다\"고 했다.\n",
                rep, " 기자")
    elif k == 2:
        rec.add(ADDR(r, "jibeon"), "에 사는 ", a, "(%d) 할머니가 " % r.randint(72, 93),
                r.choice(["평생 폐지를 모아 마련한 ", "김밥 장사로 모은 ", "노점을 하며 아껴 모은 "]), N_amount(r),
                "을 지역 장학재단에 기탁했다.\n", a, " 할머니는 \"나처럼 배우지 못해 서러운 아이가 없었으면 한다\"며 수줍게 웃었다. ",
                "재단 이사장 ", PN(r), " 씨는 \"", a, " 님의 뜻을 기려 '", a, "' 장학금을 만들겠다\"고 밝혔다.\n",
                "할머니의 사연은 손녀 ", PN(r), "(%d)씨가 SNS에 글을 올리며 알려졌다.\n" % r.randint(19, 31))
    elif k == 3:
        fl, fh, nat, _ = FP(r)
        f = fh if r.random() < 0.7 else fl
        rec.add(nat, " 국적 외국인 노동자 ", f, "(%d)씨가 " % r.randint(22, 41),
                r.choice(["불이 난 다세대주택에 뛰어들어 주민 3명을 구했다.", "물에 빠진 초등학생을 구조했다.",
                          "쓰러진 택시기사에게 심폐소생술을 해 목숨을 살렸다."]), "\n",
                "소방당국에 따르면 ", f, "씨는 ", ADDR(r, "road_gu"), " 인근을 지나다 이를 목격하고 망설임 없이 나섰다. ",
                "체류 기간이 얼마 남지 않았던 ", f, "씨에 대해 법무부는 영주권 심사 등 지원 방안을 검토하겠다고 밝혔다. ",
                "같은 공장에서 일하는 ", PN(r), "(%d)씨는 \"평소에도 동료들을 잘 챙기는 친구\"라고 말했다.\n" % r.randint(30, 60),
                rep, " 기자 ", EM(r, rep.text))
    elif k == 4:
        c = PN(r)
        rec.add(r.choice(["전세사기", "코인 투자 사기", "중고거래 사기"]), " 피해자들이 %d일 " % r.randint(1, 28),
                r.choice(["서울중앙지법", "수원지법", "인천지법", "부산지법"]), " 앞에서 기자회견을 열었다.\n",
                "피해자 대표 ", a, "(%d)씨는 \"임대인 " % ag, c, "씨 명의 계좌로 보증금을 보냈는데, ", c,
                "씨는 연락을 끊었다\"고 주장했다. 피해자 측이 공개한 문자메시지에는 ", c, "씨가 사용한 번호 ", PH(r, "mobile"),
                "가 적혀 있었다.\n", "한편 검찰은 ", c, "씨를 ", N_stat(r), " 위반 혐의로 기소했으며 첫 공판은 다음 달 열린다. ",
                "사건번호는 ", N_case(r), "이다.\n", rep, " 기자")
    elif k == 5:
        b = PN(r)
        rec.add("[인터뷰] 귀농 10년 차 ", a, " 씨 \"땅은 거짓말을 하지 않아요\"\n\n",
                ADDR(r, "road_short"), "에서 유기농 딸기를 기르는 ", a, "(%d) 씨를 만났다. " % ag,
                "대기업 연구원이던 ", a, " 씨는 ", "%d년 아내 " % r.randint(2008, 2016), b,
                " 씨와 함께 고향으로 내려왔다.\n\"처음 3년은 매년 적자였어요. ", b,
                " 씨가 아니었으면 버티지 못했을 겁니다.\" 그가 웃으며 말했다.\n농장 문의는 ",
                PH(r, r.choice(["mobile", "land"])), "로 하면 된다.\n", rep, " 기자 ", EM(r, rep.text))
    else:
        rec.add(r.choice(["소방청", "해양경찰청", "산림청"]), "은 ", N_date(r), " 발생한 사고와 관련해 실종자 ",
                a, "(%d)씨의 수색을 이어가고 있다고 밝혔다. " % ag, a, "씨는 ", ADDR(r, "road_full"),
                "에 거주하며, 가족은 ", a, "씨가 마지막으로 연락한 시각이 오후 %d시께라고 진술했다.\n" % r.randint(1, 11),
                "실종 당시 ", a, "씨는 ", PL(r), " 흰색 SUV를 타고 있었다. 경찰은 목격자가 있으면 ",
                "국번 없이 112 또는 담당 형사 ", PN(r), " 경위(", PH(r, "mobile"), ")에게 제보해 달라고 당부했다.\n")
    return rec


def t_press(r):
    rec = mk("보도자료")
    minister = PN(r)
    dept = pick(r, DEPTS)
    d1 = N_date(r)
    topic = r.choice([("운전면허 갱신 안내 문자 사칭 스미싱 주의", "운전면허"), ("여권 발급 수수료 인하", "여권"),
                      ("개인정보 유출 신고 절차 개선", "개인정보"), ("외국인 근로자 체류 지원 확대", "외국인"),
                      ("노후 경유차 조기폐차 지원", "자동차")])
    rec.add("보 도 자 료\n", r.choice(["보도시점: ", "배포 즉시 보도 | 배포일: "]), d1, "\n",
            topic[0], "\n- ", r.choice(["다음 달부터 시행", "관계부처 합동 발표", "현장 의견 반영"]), " -\n\n")
    paras = [
        ["정부는 ", topic[1], " 관련 제도를 개선한다고 밝혔다. ", minister, " ",
         r.choice(["장관은", "차관은", "청장은"]), " \"국민이 체감할 수 있도록 현장의 목소리를 듣겠다\"고 말했다.\n"],
        ["이번 조치는 ", N_stat(r), "에 근거한 것으로, 지난해 접수된 민원 %d건을 분석한 결과를 반영했다.\n" % r.randint(300, 9000)],
        ["현장 간담회에 참석한 ", r.choice(["택시기사", "자영업자", "대학생", "이주노동자 지원센터 활동가"]), " ",
         PN(r), " 씨는 \"", r.choice(["절차가 너무 복잡했다", "안내 문자가 진짜인지 알 수 없었다", "서류를 몇 번이나 다시 냈다"]),
         "\"며 개선을 요청했다.\n"],
        ["자세한 내용은 ", N_switch(r), " 또는 정부민원안내콜센터(", Neg(pick(r, SHORTC), "switchboard"), ")로 문의하면 된다.\n"],
    ]
    r.shuffle(paras[1:3])
    for p in paras:
        rec.add(p)
    c1, c2 = PN(r), PN(r)
    tel1, tel2 = PH(r, "gov", "-"), PH(r, "gov", "-")
    style = r.randrange(3)
    if style == 0:
        rec.add("\n담당 부서: ", dept, "\t책임자: 과장 ", c1, " (", tel1, ")\n\t\t담당자: ", r.choice(["사무관", "주무관"]),
                " ", c2, " (", tel2, ", ", EM(r, c2.text), ")\n")
    elif style == 1:
        rec.add("\n| 담당 부서 | ", dept, " | 책임자 | ", c1, " 과장 | ", tel1, " |\n| | | 담당자 | ", c2, " 서기관 | ",
                tel2, " |\n")
    else:
        rec.add("\n이 보도자료와 관련하여 보다 자세한 내용이나 취재를 원하시면 ", dept, " ", c2, " 사무관(", tel2,
                ", ", EM(r, c2.text), ")에게 연락주시기 바랍니다.\n")
    rec.add(r.choice(["대표전화 ", "(대표) "]), Neg(r.choice(["044-205-%d114" % r.randint(1, 9), "02-2100-%d114" % r.randint(1, 9)]),
                                              "switchboard"), "  ", N_inst_addr(r), "\n")
    return rec


def t_judgment(r):
    rec = mk("판결문")
    court = r.choice(["서울중앙지방법원", "수원지방법원 안산지원", "인천지방법원", "대전지방법원", "부산지방법원 동부지원",
                      "광주지방법원 순천지원", "의정부지방법원 고양지원"])
    k = r.randrange(5)
    crime = ["사기, 전자금융거래법위반", "도로교통법위반(음주운전), 도로교통법위반(무면허운전)", "여신전문금융업법위반, 사기",
             "여권법위반, 출입국관리법위반", "사기, 공문서위조"][k]
    foreign = k == 3 or (k == 4 and r.random() < 0.3)
    if foreign:
        fl, fh, fnat, _ = FP(r)
        d = fh if r.random() < 0.6 else fl
    else:
        d = PN(r)
    rec.add(court, "\n판      결\n사      건\t", N_case(r), "\t", crime, "\n피 고 인\t", d, " (")
    if foreign:
        rec.add(FRN(r, masked=r.random() < 0.3), "), ", r.choice(["일용직", "무직", "공장 근로자"]), ", 국적 ", fnat)
    else:
        rec.add(RRN(r, y0=1955, y1=2003), "), ", r.choice(["무직", "회사원", "자영업", "택시기사", "일용직"]))
    rec.add("\n주거\t", ADDR(r), "\n")
    if not foreign and r.random() < 0.6:
        rec.add("등록기준지\t", ADDR(r, "road_full"), "\n")
    pros = PN(r)
    law = PN(r)
    rec.add("검      사\t", pros, "(기소), ", PN(r), "(공판)\n변 호 인\t", r.choice(["변호사 ", "법무법인 한결 담당변호사 "]), law,
            r.choice(["(국선)", "", "(사선)"]), "\n판 결 선 고\t", N_date(r), "\n\n주      문\n피고인을 징역 %d년%s에 처한다.\n" % (
                r.randint(1, 4), r.choice(["", " 6월"])),
            r.choice(["다만, 이 판결 확정일부터 3년간 위 형의 집행을 유예한다.\n", "", "압수된 증 제1호를 몰수한다.\n"]),
            "\n이      유\n범 죄 사 실\n")
    v = PN(r)
    if k == 0:
        bank, acc = ACC(r, masked=False)
        bank2, acc2 = ACC(r, masked=False)
        rec.add("피고인은 %d. %d. 초순경 성명불상의 보이스피싱 조직원으로부터 \"통장을 빌려주면 1개당 " % (r.randint(2021, 2024), r.randint(1, 12)),
                N_amount(r), "을 주겠다\"는 제안을 받고 이를 승낙하였다.\n피고인은 그 무렵 피고인 명의의 ", bank, " 계좌(", acc,
                ")와 ", bank2, " 계좌(", acc2, ")에 연결된 체크카드를 퀵서비스 기사에게 건네주었다.\n",
                "위 조직원은 피해자 ", v, "에게 전화하여 검사를 사칭하며 \"당신 명의 계좌가 범행에 이용되었다\"고 거짓말하였고, ",
                "이에 속은 피해자 ", v, "은 " if jo(v, "은는") == "은" else "는 ", "위 ", bank, " 계좌(", acc, ")로 ", N_amount(r),
                "을 송금하였다.\n")
    elif k == 1:
        pl = PL(r)
        dl = DL(r)
        rec.add("피고인은 ", N_date(r), " 23:%02d경 혈중알코올농도 0.%03d%%의 술에 취한 상태로 " % (r.randint(0, 59), r.randint(80, 230)),
                ADDR(r, "road_gu"), " 앞 도로에서부터 약 %d km 구간에서 " % r.randint(2, 14), pl,
                " 쏘나타 승용차를 운전하였다.\n피고인은 ", N_date(r), " 음주운전으로 운전면허(", dl,
                ")가 취소되었음에도 위와 같이 운전하였다.\n", "증거의 요지\n1. 피고인의 법정진술\n1. 증인 ", v,
                "의 법정진술\n1. 주취운전자 정황진술보고서, 운전면허대장(", dl, ")\n")
    elif k == 2:
        c1 = CARD(r, masked=False)
        c2 = CARD(r, masked=r.random() < 0.5)
        rec.add("피고인은 ", N_date(r), " ", ADDR(r, "road_gu"), " 소재 편의점 앞에서 피해자 ", v,
                "이 분실한 신용카드(카드번호 ", c1, ")를 습득하였다.\n피고인은 같은 날 위 카드를 이용하여 %d회에 걸쳐 합계 " % r.randint(3, 19),
                N_amount(r), " 상당의 물품을 결제하였다.\n또한 피고인은 피해자 ", PN(r), " 명의의 카드(", c2,
                ")로 온라인 결제를 시도하였다.\n")
    elif k == 3:
        pp1, pp2 = PP(r, "foreign"), PP(r, r.choice(["old", "new"]))
        rec.add("피고인은 %d. %d.경 단기방문(C-3) 자격으로 입국한 후 체류기간을 넘겨 불법 체류하였다.\n" % (r.randint(2016, 2023), r.randint(1, 12)),
                "피고인은 ", N_date(r), " 성명불상자로부터 대한민국 국민 ", v, " 명의의 여권(여권번호 ", pp2,
                ")을 교부받아 이를 행사하였다. 피고인 본인의 여권번호는 ", pp1, "이다.\n")
    else:
        rec.add("피고인은 ", N_date(r), " 피해자 ", v, "에게 \"관공서 납품 계약을 따 주겠다\"고 거짓말하여 ",
                N_amount(r), "을 교부받았다. 피고인은 피해자에게 위조한 공문서(문서번호 ", N_doc(r), ")를 보여주었고, 연락처로 ",
                PH(r, "mobile"), "를 알려주었다.\n")
    rec.add("\n법령의 적용\n", N_stat(r), "\n\n판사\t", PN(r), "\n")
    return rec


def t_minutes(r):
    rec = mk("회의록")
    cm = r.choice(["개인정보보호위원회 실무협의회", "교통안전정책 자문위원회", "외국인주민 지원 협의체", "정보공개심의회",
                   "주민참여예산위원회 분과회의", "공무원 징계위원회(비공개 부분 제외)"])
    mem = [PN(r) for _ in range(r.randint(4, 6))]
    if r.random() < 0.25:
        mem[-1] = PN(r, "han")
    sec = PN(r)
    rec.add("제%d차 %s 회의록\n" % (r.randint(1, 14), cm), "일시: ", N_date(r), " %d:00~%d:30\n" % (r.randint(9, 14), r.randint(15, 18)),
            "장소: ", r.choice(["정부세종청사 6동 대회의실", "구청 3층 소회의실", "화상회의(온나라 영상회의)"]), "\n참석자: 위원장 ", mem[0])
    for m in mem[1:]:
        rec.add(", ", r.choice(["위원 ", "", "외부위원 "]), m)
    rec.add(r.choice(["\n불참: ", "\n(불참) "]), N_placeholder(r), " 위원\n간사: ", pick(r, DEPTS), " ", sec, " ",
            r.choice(["사무관", "주무관"]), r.choice(["", ""]))
    if r.random() < 0.6:
        rec.add(" (연락처 ", PH(r, r.choice(["gov", "mobile"])), ")")
    rec.add("\n\n1. 개회\n", mem[0], " 위원장: 성원이 되었으므로 회의를 시작하겠습니다. ", sec, " 사무관께서 안건을 보고해 주십시오.\n",
            sec, " 간사: 오늘 안건은 ", r.choice(["민원 처리 지연 사례 검토", "신규 사업 예산 조정", "개인정보 유출 재발 방지 대책",
                                              "자문 의견 반영 결과"]), "입니다. 자료 %d쪽을 보시면 됩니다.\n" % r.randint(2, 30))
    lines = [
        (mem[1], ["지난 회의에서 ", mem[2], " 위원님이 지적하신 부분이 아직 반영되지 않은 것 같습니다."]),
        (mem[2], ["네, 저도 같은 생각입니다. 특히 ", N_stat(r), " 해석을 다시 봐야 합니다."]),
        (mem[3], ["현장에서는 민원인 ", PN(r), " 씨 사례처럼 서류를 세 번씩 다시 내는 일이 있다고 들었습니다."]),
        (mem[1], ["예산은 ", N_amount(r), " 정도로 추정됩니다. 근거 자료는 간사님께 메일(", EM(r, sec.text), ")로 보내겠습니다."]),
        (mem[-1], ["외부 전문가로서 말씀드리면, 처리 기한을 명확히 하는 것이 먼저입니다."]),
        (mem[0], ["그러면 ", mem[3], " 위원 의견대로 보완해서 다음 회의에 다시 상정하겠습니다."]),
    ]
    for sp, body in lines[:r.randint(4, 6)]:
        rec.add(sp, r.choice([" 위원: ", " 위원 : ", ": ", " 위원장: " if sp is mem[0] else " 위원: "]), body, "\n")
    rec.add("\n3. 폐회\n", r.choice(["(", "※ "]), "회의록 작성: ", sec, r.choice([", 확인: ", " / 확인: 위원장 "]), mem[0], r.choice([")", ""]), "\n")
    return rec


def t_minwon(r):
    rec = mk("민원 처리 결과 통지")
    foreign = r.random() < 0.3
    nm = PN(r, r.choice(["lat", "han"])) if foreign else PN(r)
    k = r.randrange(7)
    rec.add(r.choice(["", "민원 처리 결과 통지서\n\n"]), nm, " 귀하\n", "주소: ")
    if r.random() < 0.5:
        rec.add("(", Neg(postal(r), "postal_code"), ") ")
    rec.add(ADDR(r), "\n\n",
            "1. 귀하께서 ", r.choice(["국민신문고", "정부24", "방문 접수", "우편"]), "로 신청하신 민원(신청번호 ", N_recv(r), ")에 대한 검토 결과를 알려드립니다.\n")
    if k == 0:
        dl = DL(r)
        rec.add("2. 귀하의 운전면허(면허번호 ", dl, ")는 적성검사 기간이 ", N_date(r), "까지이므로 기간 내 갱신하지 않으면 ",
                N_stat(r), "에 따라 과태료가 부과됩니다. 면허번호 ", dl, "로 조회한 결과 미납 범칙금은 없습니다.\n")
    elif k == 1:
        pp = PP(r, "foreign" if foreign else r.choice(["old", "new"]))
        rec.add("2. 분실 신고된 여권(", pp, ")은 ", N_date(r), "자로 효력이 상실되었으며, 새 여권은 신청일로부터 영업일 기준 5일 후 수령 가능합니다. ",
                "본인이 직접 신분증을 지참하여 방문하시기 바랍니다.\n")
    elif k == 2:
        bank, acc = ACC(r)
        rec.add("2. 과오납된 ", r.choice(["자동차세", "지방소득세", "주민세", "환경개선부담금"]), " ", N_amount(r), "은 귀하가 지정하신 ",
                bank, " 계좌(", acc, ", 예금주 ", nm, ")로 ", N_date(r), "까지 환급될 예정입니다.\n")
    elif k == 3:
        pl = PL(r)
        rec.add("2. 귀하 소유 차량(", pl, ")에 대한 주정차 위반 과태료 의견진술을 검토한 결과, 제출하신 ",
                r.choice(["진료 기록", "블랙박스 영상", "화물 하역 증빙"]), "이 인정되어 부과를 취소하였습니다. ",
                "향후 같은 차량(", pl, ")에 대한 단속 사진은 정부24에서 확인할 수 있습니다.\n")
    elif k == 4:
        hi = HI(r)
        rec.add("2. 건강보험증 번호 ", hi, "로 확인한 결과, 귀하는 ", N_date(r), "부터 피부양자 자격이 유지되고 있습니다. ",
                "자격 관련 추가 문의는 국민건강보험공단 ", N_switch(r), "으로 하시기 바랍니다.\n")
    elif k == 5:
        f = FRN(r, masked=r.random() < 0.2)
        rec.add("2. 외국인등록번호 ", f, "에 대한 체류기간 연장 허가 신청은 ", r.choice(["허가", "보완 요청", "불허"]),
                " 처리되었습니다. 보완 서류는 ", N_date(r), "까지 제출하셔야 하며, 외국인종합안내센터(", Neg("1345", "switchboard"),
                ")에서 ", r.choice(["영어·중국어·베트남어", "20개 언어"]), " 상담을 받을 수 있습니다.\n")
    else:
        rec.add("2. 요청하신 정보는 ", N_stat(r), "에 따른 비공개 대상 정보로서 공개할 수 없음을 알려드립니다. ",
                "이의신청은 결정 통지를 받은 날부터 30일 이내에 하실 수 있습니다.\n")
    rec.add("3. 기타 궁금하신 사항은 ", pick(r, DEPTS), " ")
    off = PN(r)
    if r.random() < 0.5:
        rec.add(off, " ", pick(r, RANK), "(☎ ", PH(r, "gov"), ")")
    else:
        rec.add("담당자 ", off, "(전화 ", PH(r, "gov"), ", 이메일 ", EM(r, off.text), ")")
    rec.add("에게 연락 주시면 친절히 안내해 드리겠습니다.\n", r.choice(["귀하의 가정에 행복이 가득하시길 바랍니다.\n", ""]),
            "\n", N_office(r), "\n")
    return rec


def t_accident(r):
    k = r.randrange(3)
    if k == 0:
        rec = mk("사고 보고서")
        rec.add("개인정보 유출 사고 보고서\n\n1. 사고 개요\n- 발생 일시: ", N_date(r), " 02:%02d경\n" % r.randint(0, 59),
                "- 유형: ", r.choice(["웹 취약점(SQL 인젝션)을 이용한 회원 DB 무단 조회", "관리자 계정 탈취", "직원 실수로 인한 엑셀 파일 오발송"]),
                "\n- 최초 인지: 보안관제요원 ", PN(r), " (야간 근무)\n\n2. 공격 출발지\n")
        for _ in range(r.randint(2, 4)):
            rec.add("  ", IP(r, r.choice(["public", "public", "v6"])), " (", r.choice(["해외", "국내 VPN", "Tor 출구노드 추정"]), ")\n")
        rec.add("\n3. 유출 확인 항목(샘플)\n")
        for _ in range(r.randint(2, 4)):
            n = PN(r)
            rec.add("  - ", n, " / ", EM(r, n.text), " / ", PH(r, "mobile"), " / 카드 ", CARD(r, masked=r.random() < 0.6), "\n")
        rec.add("\n4. 조치 사항\n- 유출 대상자 %d명에게 개별 통지(" % r.randint(12, 9000), N_stat(r), ")\n- 사내 서버(",
                IP(r, "private"), ") 접근 통제 및 로그 보존\n- 보고자: 정보보호팀장 ", PN(r), "\n")
        return rec
    if k == 1:
        rec = mk("사고 보고서")
        d1, d2 = PN(r), PN(r)
        rec.add("교통사고 발생 보고\n\n", r.choice(["관용차량 운행 중 발생한 사고를 아래와 같이 보고합니다.\n\n", "아래와 같이 사고 경위를 보고합니다.\n\n"]),
                "가. 일시·장소: ", N_date(r), " 14:%02d, " % r.randint(0, 59), ADDR(r, "road_short"), " 앞 교차로\n",
                "나. 관련 차량\n  ① 관용차 ", PL(r), " (운전자 ", pick(r, DEPTS), " ", d1, " ", pick(r, RANK), ", 면허번호 ", DL(r), ")\n",
                "  ② 상대 차량 ", PL(r), " (운전자 ", d2, ", %d세, 연락처 " % r.randint(21, 77), PH(r, "mobile"), ", 면허 ", DL(r), ")\n",
                "다. 경위: ", d1, " ", r.choice(["주무관이", "운전원이"]), " 신호에 따라 좌회전하던 중 ", d2,
                " 씨 차량이 황색 신호에 진입하여 측면 충돌함.\n라. 피해: ", d2, " 씨 경상(전치 2주), 관용차 앞 범퍼 파손(수리비 약 ", N_amount(r), ")\n",
                "마. 보험 접수번호 ", Neg("%d-%06d" % (r.randint(2023, 2025), r.randint(0, 999999)), "public_record_id"), "\n")
        return rec
    rec = mk("사고 보고서")
    w = PN(r)
    rec.add("산업재해 발생 보고\n\n", r.choice(["", "【긴급】 "]), N_company(r), " ", r.choice(["물류센터", "제2공장", "건설현장"]),
            "에서 작업자 1명이 부상을 입은 사고가 발생하여 보고합니다.\n\n재해자: ", w, " (생년월일 ", DOB(r),
            ", 건강보험증 번호 ", HI(r), ")\n주소: ", ADDR(r), "\n비상연락처: ", r.choice(["배우자 ", "자녀 ", "부친 "]), PN(r), " ",
            PH(r, "mobile"), "\n\n경위: 재해자 ", w, " 씨는 지게차 하역 작업 중 ", r.choice(["낙하물에 맞아", "팔레트에 발이 끼어", "미끄러져"]),
            " 부상을 입었으며, 현장 관리자 ", PN(r), "가 즉시 119에 신고하였음.\n")
    return rec


def t_audit(r):
    rec = mk("감사 보고서")
    rec.add("감사 결과 처분 요구서\n\n", r.choice(["1. 제 목: ", "■ 제목: "]), r.choice(["긴급복지 지원금 부정수급", "청년 월세 지원 중복 지급",
                                                                        "보조금 집행 부적정", "실업급여 부정수급 방조"]), "\n",
            "2. 관계기관: ", r.choice(["○○구청", "○○시 복지재단", "○○군청"]), "\n3. 내용\n")
    rows = r.randint(2, 4)
    rec.add(r.choice(["  감사 결과 아래 수급자에 대한 지급이 부적정하였다.\n", "  아래 대상자는 수급 요건을 충족하지 않았음에도 지원금을 받았다.\n"]))
    for _ in range(rows):
        n = PN(r)
        bank, acc = ACC(r)
        rec.add("  - ", n, "(", RRN(r, r.choice(["valid", "masked"]), y0=1950, y1=2000), ") ", bank, " ", acc, " 지급액 ", N_amount(r), "\n")
    co = N_company(r)
    rec.add("  또한 보조사업자 ", co, "(사업자등록번호 ", BRN(r), ", 법인등록번호 ", CRN(r), ", 대표자 ", PN(r),
            ")는 허위 세금계산서로 ", N_amount(r), "을 정산하였다.\n4. 처분 요구: ", r.choice(["회수", "주의", "징계(경징계)"]),
            "\n   관련자: ", pick(r, DEPTS), " ", PN(r), " ", pick(r, RANK), "\n   근거: ", N_stat(r), "\n")
    return rec


def t_gongmun(r):
    rec = mk("공문")
    org, sig = pick(r, [("행정안전부", "행정안전부장관"), ("○○광역시", "○○광역시장"), ("○○구", "○○구청장"),
                        ("국토교통부", "국토교통부장관"), ("서울출입국·외국인청", "서울출입국·외국인청장"), ("경찰청", "경찰청장")])
    k = r.randrange(3)
    rec.add(org, "\n수신  ", r.choice(["수신자 참조", "각 시·도지사(총무과장)", "○○장관(운영지원과장)"]), "\n(경유)\n제목  ",
            ["국외출장 계획 알림", "관용차량 운전원 지정 알림", "보조금 지급 대상자 통보"][k], "\n\n",
            "1. 관련: ", N_doc(r), "(", N_date(r), ")\n2. ", N_stat(r), "에 따라 아래와 같이 알려드립니다.\n")
    if k == 0:
        for i in range(r.randint(2, 3)):
            n = PN(r)
            rec.add("  %s) " % "가나다"[i], n, " ", pick(r, RANK), " / 여권번호 ", PP(r, r.choice(["old", "new"])), " / ", N_date(r), "~\n")
    elif k == 1:
        for i in range(r.randint(1, 3)):
            n = PN(r)
            rec.add("  %s) 운전원 " % "가나다"[i], n, " (면허번호 ", DL(r), ", 차량 ", PL(r), ")\n")
    else:
        for i in range(r.randint(1, 3)):
            n = PN(r)
            bank, acc = ACC(r)
            rec.add("  %s) " % "가나다"[i], n, ", ", bank, " ", acc, ", ", N_amount(r), "\n")
    rec.add("붙임  ", r.choice(["점검 결과 1부.", "명단 1부.", "계획서 1부."]), "  끝.\n\n", Neg(sig, "office_title"), "\n\n")
    a, b, c = PN(r), PN(r), PN(r)
    lay = r.randrange(2)
    if lay == 0:
        rec.add("주무관 ", a, "\t사무관 ", b, "\t", pick(r, DEPTS), "장 ", Neg("전결", "other"), " ", c, "\n")
    else:
        rec.add("기안자 ", pick(r, RANK), " ", a, "  검토자 ", pick(r, RANK), " ", b, "  결재권자 과장 ", c, "\n")
    rec.add("협조자 ", r.choice(["", "", "주무관 "]), PN(r), "\n시행 ", N_doc(r), " (", N_date(r), ")  접수 \n",
            "우 ", Neg(postal(r), "postal_code"), " ", N_inst_addr(r), "  / ", Neg("www.%s.go.kr" % r.choice(["mois", "molit", "police", "moj"]), "url"), "\n",
            "전화번호 ", PH(r, "gov"), "  팩스번호 ", PH(r, "gov"), "  / ", EM(r, a.text), "  / ", r.choice(["공개", "부분공개(6)", "비공개(6)"]), "\n")
    return rec


def t_contract(r):
    rec = mk("용역 계약서")
    co = N_company(r)
    rep = PN(r)
    bank, acc = ACC(r, masked=False)
    rec.add(r.choice(["용역 계약서", "물품구매 계약서", "표준 용역계약서"]), "\n\n", r.choice(["○○구청", "○○시 교육청", "○○공단"]), "(이하 \"갑\")과 ",
            co, "(이하 \"을\")은 다음과 같이 계약을 체결한다.\n\n제1조(목적) ", r.choice(["청사 방역", "민원 시스템 유지보수", "폐기물 수집 운반"]),
            " 용역의 수행에 필요한 사항을 정한다.\n제2조(계약금액) 금 ", N_amount(r), "(부가가치세 포함)\n제3조(대금 지급) 갑은 을이 지정한 계좌(",
            bank, " ", acc, ", 예금주 ", co if r.random() < 0.6 else rep, ")로 대금을 지급한다.\n\n")
    rec.add("(갑) ", N_inst_addr(r), "\n     계약담당관 ", PN(r), " (전화 ", PH(r, "gov"), ")\n",
            "(을) 상호: ", co, "\n     대표자: ", rep, "\n     주소: ", ADDR(r), "\n     사업자등록번호: ", BRN(r), "\n",
            r.choice(["     법인등록번호: ", "     법인등록번호 "]), CRN(r), "\n     연락처: ", PH(r, r.choice(["land", "mobile"])),
            " / ", EM(r, rep.text), "\n     현장대리인: ", PN(r), " (", PH(r, "mobile"), ")\n")
    return rec


# ---------------------------------------------------------------- templates: forms, tables, machine text
def form_fields(r, foreign=False, want=None):
    """Return list of (label, item) for an applicant."""
    if foreign:
        fl, fh, nat, _ = FP(r)
        nm = fl if r.random() < 0.6 else fh
    else:
        nm = PN(r)
    f = [("성명", nm)]
    if foreign:
        if nm is fl and r.random() < 0.5:
            f.append(("한글성명", fh))
        f.append(("외국인등록번호", FRN(r, masked=r.random() < 0.15)))
        f.append(("국적", nat))
        f.append(("여권번호", PP(r, "foreign")))
        f.append(("생년월일", DOB(r, r.choice(["iso", "dot0", "en", "slash"]))))
    else:
        f.append((r.choice(["주민등록번호", "주민등록번호", "생년월일"]), None))
        if f[-1][0] == "주민등록번호":
            f[-1] = ("주민등록번호", RRN(r))
        else:
            f[-1] = ("생년월일", DOB(r))
    f.append((r.choice(["주소", "주 소", "현주소"]), ADDR(r)))
    f.append((r.choice(["휴대전화", "연락처", "전화번호"]), PH(r, "mobile")))
    if r.random() < 0.7:
        f.append(("전자우편", EM(r, nm.text)))
    return nm, f


def t_application(r):
    rec = mk("신청서")
    foreign = r.random() < 0.3
    k = r.randrange(5)
    title = ["운전면허증 재발급 신청서", "여권 재발급 신청서", "보조금 지급 신청서", "렌터카 대여 계약서", "체류기간 연장 허가 신청서"][k]
    if k == 4:
        foreign = True
    nm, f = form_fields(r, foreign)
    if k == 0:
        f.append(("면허번호", DL(r)))
    elif k == 1:
        f.append(("기존 여권번호", PP(r, "foreign" if foreign else r.choice(["old", "new"]))))
    elif k == 2:
        bank, acc = ACC(r)
        f.append(("입금계좌", [bank, " ", acc]))
        if r.random() < 0.6:
            f.append(("건강보험증 번호", HI(r)))
        f.append(("예금주", nm))
    elif k == 3:
        f.append(("운전면허번호", DL(r)))
        f.append(("차량번호", PL(r, "rental")))
        f.append(("결제카드", CARD(r)))
    else:
        f.append(("근무처", N_company(r)))
        f.append(("근무처 사업자등록번호", BRN(r)))
    sep = r.choice([": ", " : ", "\t", "  ", " | "])
    rec.add("[별지 제%d호서식]\n" % r.randint(1, 40), title, "\n", r.choice(["", "※ 뒤쪽의 작성방법을 읽고 작성하시기 바랍니다.\n"]),
            r.choice(["접수번호 ", "처리번호 "]), N_recv(r), "  접수일 ", N_date(r), "\n")
    for lab, it in f:
        rec.add(lab, sep, it, "\n")
    rec.add("\n위와 같이 신청합니다.\n", N_date(r), "\n신청인 ", nm, " (서명 또는 인)\n", N_office(r), " 귀하\n")
    if r.random() < 0.4:
        rec.add("\n작성 예시) 성명: ", Neg("홍길동", "placeholder_person"), ", 주민등록번호: ", Neg("000000-0000000", "masked_placeholder"), "\n")
    return rec


def t_certificate(r):
    k = r.randrange(3)
    rec = mk("증명서")
    if k == 0:
        nm = PN(r)
        rec.add("재 직 증 명 서\n\n성    명: ", nm, "\n주민등록번호: ", RRN(r, r.choice(["valid", "masked"]), y0=1960, y1=2002), "\n주    소: ",
                ADDR(r), "\n소    속: ", N_company(r), " ", r.choice(["영업팀", "생산부", "경영지원실"]), "\n재직기간: ", N_date(r), " ~ 현재\n",
                "용    도: ", r.choice(["금융기관 제출용", "관공서 제출용", "비자 발급용"]), "\n\n위 사실을 증명합니다.\n\n", N_date(r), "\n",
                N_company(r), " 대표이사 ", PN(r), " (인)\n사업자등록번호 ", BRN(r), "  전화 ", PH(r, "land"), "\n")
    elif k == 1:
        nm, nh, nat, _ = FP(r)
        rec.add("외국인등록사실증명\n\n발급번호 ", N_recv(r), "\n성명  ", nm, "\n", r.choice(["한글성명  ", "성명(한글)  "]), nh,
                "\n외국인등록번호  ", FRN(r), "\n국적  ", nat, "\n여권번호  ", PP(r, "foreign"), "\n체류지  ", ADDR(r), "\n",
                "체류자격  ", r.choice(["E-9", "D-2", "F-6", "E-7", "H-2"]), "\n\n", N_office(r), "\n")
    else:
        nm = PN(r)
        rec.add("운전경력증명서\n\n성명 ", nm, "   생년월일 ", DOB(r, r.choice(["dot_sp", "iso", "yymmdd", "kor"])), "\n면허번호 ", DL(r),
                "   종별 ", r.choice(["1종 보통", "2종 보통", "1종 대형"]), "\n주소 ", ADDR(r), "\n최근 3년간 교통사고 ", r.choice(["없음", "1건"]),
                ", 법규위반 ", r.choice(["없음", "신호위반 1회"]), "\n\n", N_date(r), "\n", N_office(r), "\n")
    return rec


COLS = {
    "성명": lambda r, ctx: ctx["name"],
    "주민등록번호": lambda r, ctx: RRN(r),
    "외국인등록번호": lambda r, ctx: FRN(r),
    "여권번호": lambda r, ctx: PP(r),
    "면허번호": lambda r, ctx: DL(r),
    "카드번호": lambda r, ctx: CARD(r),
    "계좌번호": lambda r, ctx: ACC(r),
    "휴대전화": lambda r, ctx: PH(r, "mobile"),
    "이메일": lambda r, ctx: EM(r, ctx["name"].text),
    "주소": lambda r, ctx: ADDR(r),
    "생년월일": lambda r, ctx: DOB(r),
    "차량번호": lambda r, ctx: PL(r),
    "건강보험증번호": lambda r, ctx: HI(r),
    "접속IP": lambda r, ctx: IP(r),
}
COLSETS = [
    ["성명", "주민등록번호", "휴대전화", "주소"],
    ["성명", "외국인등록번호", "여권번호", "휴대전화"],
    ["성명", "여권번호", "생년월일", "이메일"],
    ["성명", "면허번호", "차량번호", "휴대전화"],
    ["성명", "카드번호", "휴대전화", "이메일"],
    ["성명", "계좌번호", "주민등록번호"],
    ["성명", "건강보험증번호", "생년월일", "주소"],
    ["성명", "외국인등록번호", "계좌번호"],
    ["성명", "면허번호", "주민등록번호", "휴대전화"],
    ["성명", "카드번호", "계좌번호"],
    ["성명", "이메일", "접속IP"],
    ["성명", "외국인등록번호", "휴대전화", "주소"],
    ["성명", "외국인등록번호", "생년월일", "여권번호"],
    ["성명", "건강보험증번호", "주민등록번호", "휴대전화"],
]


def table_rows(r, rec, cols, nrows, sep, header=True, idx=True, foreign_p=0.15, extra=None):
    if header:
        hdr = (["연번"] if idx else []) + cols + (extra or [])
        rec.add(sep.join(hdr), "\n")
    for i in range(nrows):
        ctx = {"name": PN(r, r.choice(["lat", "han"])) if r.random() < foreign_p else PN(r)}
        cells = []
        if idx:
            cells.append(str(i + 1))
        for c in cols:
            it = COLS[c](r, ctx)
            if c == "계좌번호":
                it = [it[0], " ", it[1]] if r.random() < 0.5 else it[1]
            cells.append(it)
        for e in (extra or []):
            cells.append(r.choice(["정상", "보완", "지급완료", "반려", "-", "확인"]))
        for j, c in enumerate(cells):
            if j:
                rec.add(sep)
            rec.add(c)
        rec.add("\n")


def t_table(r):
    rec = mk("표")
    cols = pick(r, COLSETS)
    if "외국인등록번호" in cols:
        fp = 0.7
    else:
        fp = 0.1
    sep = r.choice([" | ", "|", "\t", "   ", "  "])
    rec.add(r.choice(["□ 지원 대상자 명단", "[붙임] 출장자 명단", "차량 운전원 현황", "수강생 명부", "환급 대상자 목록", "", "3. 세부 내역"]), "\n")
    table_rows(r, rec, cols, r.randint(2, 6), sep, header=r.random() < 0.7, idx=r.random() < 0.6, foreign_p=fp,
               extra=["비고"] if r.random() < 0.3 else None)
    if r.random() < 0.5:
        rec.add(r.choice(["※ 개인정보가 포함되어 있으므로 외부 유출 금지\n", "(총 %d명, 자료 기준일 " % r.randint(2, 6)]),
                )
        if rec.buf[-1].startswith("(총"):
            rec.add(N_date(r), ")\n")
    return rec


def t_csv(r):
    rec = mk("CSV")
    cols = pick(r, COLSETS)
    fp = 0.7 if "외국인등록번호" in cols else 0.1
    hdr = r.random() < 0.8
    if hdr:
        rec.add(",".join(["no"] + cols + ["등록일"]), "\n")
    for i in range(r.randint(3, 7)):
        ctx = {"name": PN(r, r.choice(["lat", "han"])) if r.random() < fp else PN(r)}
        rec.add(str(i + 1))
        for c in cols:
            it = COLS[c](r, ctx)
            if c == "계좌번호":
                it = it[1]
            q = isinstance(it, Sp) and ("," in it.text or " " in it.text)
            rec.add(",", "\"" if q else "", it, "\"" if q else "")
        rec.add(",", N_date(r) if r.random() < 0.3 else "%d-%02d-%02d" % rand_date(r, 2023, 2025), "\n")
    return rec


def t_log(r):
    rec = mk("시스템 로그")
    k = r.randrange(3)
    for i in range(r.randint(4, 8)):
        ts = "%d-%02d-%02dT%02d:%02d:%02d" % (2025, r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
        if k == 0:
            rec.add(ts, " sshd[%d]: " % r.randint(1000, 65000), r.choice(["Failed password", "Accepted publickey"]), " for ",
                    Neg("u%05d" % r.randint(1, 99999), "user_id"), " from ", IP(r), " port %d ssh2\n" % r.randint(1024, 65535))
        elif k == 1:
            rec.add(ts, " INFO pay.api order=%d status=%s card=" % (r.randint(10 ** 7, 10 ** 8), r.choice(["APPROVED", "DECLINED"])),
                    CARD(r, masked=r.random() < 0.7, sep=r.choice(["-", ""])), " buyer=", EM(r), " ip=", IP(r), "\n")
        else:
            rec.add(ts, " [", r.choice(["WARN", "INFO", "AUDIT"]), "] user=", Neg("u%05d" % r.randint(1, 99999), "user_id"),
                    " action=", r.choice(["VIEW_RESIDENT", "DOWNLOAD_ROSTER", "UPDATE_CONTACT"]), " target_phone=", PH(r, "mobile", ""),
                    " client=", IP(r, "private"), " agent=Windows ", Neg("10.0.%d.%d" % (r.randint(17000, 22631), r.randint(100, 4000)), "version"), "\n")
    return rec


def t_email(r):
    rec = mk("이메일")
    a, b = PN(r), PN(r, r.choice(["ko", "ko", "lat"]))
    ea, eb = EM(r, a.text), EM(r, b.text)
    k = r.randrange(3)
    rec.add("From: ", a, " <", ea, ">\nTo: ", b, " <", eb, ">\n", r.choice(["Cc: ", ""]))
    if rec.buf[-1] == "Cc: ":
        c = PN(r)
        rec.add(c, " <", EM(r, c.text), ">\n")
    rec.add("Date: ", N_date(r), "\nSubject: ", ["[확인요청] 해외 출장 항공권 발권 정보", "입금 계좌 변경 안내", "렌터카 예약 확정"][k], "\n\n")
    rec.add(b, " ", r.choice(["님", "과장님", "선생님", "대리님"]), ", 안녕하세요. ", a, "입니다.\n")
    if k == 0:
        rec.add("발권을 위해 출장자 여권 정보를 아래와 같이 보내드립니다.\n")
        for _ in range(r.randint(1, 3)):
            n = PN(r)
            rec.add("- ", n, " / ", PP(r, r.choice(["old", "new", "new"])), " / 생년월일 ", DOB(r, r.choice(["iso", "dot0", "yymmdd", "en"])), "\n")
        rec.add("결제는 법인카드 ", CARD(r), "로 부탁드립니다.\n")
    elif k == 1:
        bank, acc = ACC(r)
        rec.add("이번 달부터 대금 입금 계좌가 ", bank, " ", acc, "로 변경되었습니다. 예금주는 ", r.choice([a, N_company(r)]), "입니다.\n",
                "사업자등록번호(", BRN(r), ")는 동일합니다.\n")
    else:
        rec.add("예약 차량은 ", PL(r, "rental"), "이며, 운전자 면허번호 ", DL(r), " 확인되었습니다. 보증금은 카드 ", CARD(r, masked=True),
                "로 승인되었습니다.\n")
    rec.add("\n감사합니다.\n", a, " 드림\n", r.choice(["M. ", "HP ", "휴대폰 "]), PH(r, "mobile"), r.choice([" | T. ", " / 사무실 "]),
            PH(r, "land"), "\n")
    return rec


def t_call(r):
    rec = mk("통화 녹취")
    k = r.randrange(4)
    ag, cu = PN(r), PN(r)
    rec.add("[통화 녹취록] 상담 일시 ", N_date(r), " / 상담원 ", ag, "\n\n상담원: 네, ", r.choice(["고객센터", "카드 분실 신고센터", "민원 상담실"]),
            " ", ag, "입니다. 무엇을 도와드릴까요?\n고객: 아, 네. 제가 ", r.choice(["카드를 잃어버려서요", "본인 확인 좀 하려고요", "주소를 바꾸려고요",
                                                                           "환불 계좌를 알려 드리려고요"]), ".\n",
            "상담원: 본인 확인을 위해 성함 말씀해 주시겠어요?\n고객: ", cu, "이요" if jo(cu, "이가") == "이" else "요", ".\n")
    if k == 0:
        ph, clean = phone_spelled(r)
        rec.add("상담원: 등록된 휴대폰 번호 말씀해 주세요.\n고객: ", S("PHONE_NUMBER", ph, "phone_spelled", ("spelled_hangul",), clean), "요.\n")
        v, _, full = card_value(r, False, "")
        sp = " ".join(spell(v[i:i + 4]) for i in range(0, len(v), 4))
        rec.add("상담원: 분실하신 카드 번호를 아시면 불러 주세요.\n고객: ", S("CREDIT_CARD", sp, "card_spelled", ("spelled_hangul",), v),
                "... 이거 맞나요?\n")
    elif k == 1:
        rv, _ = rrn_value(r, "valid", 1950, 2004)
        sp = spell(rv[:6]) + " 다시 " + spell(rv[7:])
        rec.add("상담원: 주민등록번호 앞자리와 뒷자리 말씀해 주세요.\n고객: ", S("KR_RRN", sp, "rrn_spelled", ("spelled_hangul",), rv), ".\n",
                "상담원: 확인되었습니다. 연락처는 ", PH(r, "mobile", " "), " 맞으시죠?\n고객: 네.\n")
    elif k == 2:
        rec.add("상담원: 새 주소 말씀해 주세요.\n고객: ", ADDR(r), "이요.\n상담원: 연락 가능한 번호는요?\n고객: ", PH(r, "mobile", " "),
                "요. 아 그리고 집 전화는 ", PH(r, "land", " "), "예요.\n")
    else:
        bank, acc = ACC(r, masked=False, sep=" ")
        rec.add("상담원: 환불받으실 계좌 불러 주세요.\n고객: ", bank, " ", acc, "이요. 예금주는 저 ", cu, "이고요.\n",
                "상담원: 혹시 이메일 주소도 있으실까요?\n고객: ", EM(r), "입니다.\n")
    rec.add("상담원: 처리되었습니다. 추가 문의는 ", N_switch(r), "로 연락 주세요.\n", "(녹취 끝)\n")
    return rec


def t_prose2(r):
    k = r.randrange(5)
    a, b, c = PN(r), PN(r), PN(r)
    if k == 0:
        rec = mk("사고 보고서")
        rec.add("학교 안전사고 경위서\n\n", N_date(r), " 5교시 체육 수업 중 2학년 ", a, " 학생(%d세)이 뜀틀을 넘다 손목을 다쳤습니다. " % r.randint(13, 17),
                "담당 교사 ", b, "은 " if jo(b, "은는") == "은" else "는 ", "즉시 보건교사 ", c, "에게 응급처치를 요청하였고, ",
                c, " 선생님은 부목을 댄 뒤 보호자에게 연락하였습니다.\n보호자 ", PN(r), " 씨(", PH(r, "mobile"), ")는 \"아이가 많이 놀랐지만 괜찮다\"고 말했으며, ",
                "학생은 ", r.choice(["인근 정형외과", "대학병원 응급실"]), "에서 골절 진단을 받았습니다. 학교안전공제회 청구 시 학생의 건강보험증 번호(",
                HI(r), ")와 생년월일(", dob_value(r, rand_date(r, 2008, 2012), r.choice(["dot_sp", "iso", "kor"])), ")을 기재하였습니다.\n\n작성자 ", b, " (서명)\n")
    elif k == 1:
        rec = mk("감사 보고서")
        kk = r.randrange(3)
        rec.add("[감사 결과] ", ["출장비 부당 수령", "초과근무수당 부정 수령", "관용차량 사적 사용"][kk], "\n\n",
                "감사 결과 ", pick(r, DEPTS), " 소속 ", a, "(%d) " % r.randint(28, 59), pick(r, RANK), "은 ",
                "%d년 %d월부터 %d개월간 " % (r.randint(2022, 2024), r.randint(1, 12), r.randint(2, 14)))
        if kk == 0:
            rec.add("실제로 출장을 가지 않고도 여비 ", N_amount(r), "을 청구하였다. ", a, "의 상급자인 ", b,
                    " 과장은 \"결재 과정에서 이를 확인하지 못했다\"고 진술하였다.\n")
        elif kk == 1:
            rec.add("퇴근 후 지문만 찍고 귀가하는 방식으로 초과근무수당 ", N_amount(r), "을 받았다. 동료 ", b, " 주무관은 \"", a,
                    " 씨가 저녁마다 사무실에 없었다\"고 말했다.\n")
        else:
            rec.add("주말마다 관용차량(", PL(r), ")을 개인 용도로 사용하였다. 운행일지에는 운전자로 ", b, " 주무관의 이름과 면허번호(", DL(r),
                    ")가 적혀 있었으나, ", b, " 주무관은 \"그날은 휴가였다\"고 해명하였다.\n")
        rec.add("이에 ", N_stat(r), "에 따라 ", a, "에게 ", r.choice(["경징계", "중징계", "훈계"]), " 처분을 요구한다.\n감사관 ", c, "\n")
    elif k == 2:
        rec = mk("보도자료")
        w = [PN(r) for _ in range(r.randint(2, 4))]
        rec.add("「올해의 ", r.choice(["모범 공무원", "자원봉사자", "안전 지킴이", "청렴 공무원"]), "」 시상식 개최\n\n", N_office(r), "은 ", N_date(r),
                " 청사 대강당에서 시상식을 열고 %d명에게 상장을" % len(w), " 수여했다고 밝혔다.\n")
        for i, x in enumerate(w):
            rec.add(r.choice(["대상을 받은 ", "최우수상 수상자인 ", "우수상을 받은 ", "특별상을 받은 "]), pick(r, DEPTS), " ", x, "(%d) " % r.randint(27, 60),
                    pick(r, RANK), r.choice(["은 ", "은 "]), r.choice(["태풍 피해 복구 현장을 48시간 지켰다", "민원 처리 기간을 절반으로 줄였다",
                                                          "독거노인 120가구를 매주 방문했다", "불법 주정차 민원 시스템을 직접 개발했다"]),
                    ". " if i % 2 else ". ", x, r.choice([" 씨는 \"", " 수상자는 \""]), r.choice(["동료들 덕분", "당연한 일을 했을 뿐", "가족에게 고맙다"]),
                    "\"이라고 소감을 밝혔다.\n" if r.random() < 0.5 else "\"고 말했다.\n")
        rec.add("\n담당: ", pick(r, DEPTS), " ", c, " 주무관(", PH(r, "gov"), ")\n")
    elif k == 3:
        rec = mk("민원 처리 결과 통지")
        rec.add(a, " 님께\n\n", r.choice(["층간소음", "반려견 소음", "공사장 먼지", "불법 주차"]), " 관련 민원에 대해 답변드립니다.\n",
                "담당 직원이 ", N_date(r), " 현장을 방문하여 ", ADDR(r), "에 거주하시는 상대 세대 ", b, " 님과 면담하였습니다. ",
                b, " 님은 \"", r.choice(["밤 10시 이후에는 조심하겠다", "매트를 추가로 깔겠다", "관리사무소와 협의하겠다"]), "\"고 약속하셨습니다.\n",
                "향후에도 같은 문제가 계속되면 이웃사이센터(", N_switch(r), ")의 중재 서비스를 이용하실 수 있습니다. 민원인 ", a, " 님의 연락처(",
                PH(r, "mobile"), ")로 처리 과정을 문자로 안내해 드리겠습니다.\n\n", pick(r, DEPTS), " 주무관 ", c, "\n")
    else:
        rec = mk("회의록")
        rec.add("○○지구 도시개발사업 주민설명회 회의록\n일시 ", N_date(r), " 19:00  장소 ", r.choice(["○○동 행정복지센터 2층", "○○초등학교 강당"]), "\n",
                "사회: ", pick(r, DEPTS), " ", a, " 팀장\n\n", a, " 팀장: 사업 개요를 설명드리겠습니다. (자료 설명)\n",
                "주민 ", b, "(%d): 보상 기준이 너무 낮습니다. 저는 여기서 30년을 살았어요.\n" % r.randint(45, 85),
                a, " 팀장: ", b, " 님 말씀 잘 알겠습니다. 감정평가는 ", N_stat(r), "에 따라 진행됩니다.\n",
                "주민 ", N_placeholder(r), ": 공사 기간 중 소음 대책은 있습니까?\n",
                "시공사 현장소장 ", c, ": 저희가 방음벽을 설치할 예정입니다. 문의는 현장사무실 ", PH(r, "land"), "로 주십시오.\n",
                "주민 ", PN(r), ": 다음 설명회 일정은 문자로 알려주세요.\n(이상 %d명 참석)\n" % r.randint(21, 58))
    return rec


def t_ocr_id(r):
    rec = OcrRec("OCR", r, p=0.5)
    k = r.randrange(6)
    rec.base = ["주민등록증", "운전면허증", "외국인등록증", "여권", "통장사본", "사업자등록증"][k]
    if k == 0:
        nm = PN(r)
        rec.add("주민등록증\n", nm, "\n",
                RRN(r, "valid", y0=1950, y1=2005), "\n", ADDR(r), "\n", N_date(r), "\n", r.choice(["서울특별시 마포구청장", "수원시 팔달구청장", "부산광역시 해운대구청장"]), "\n")
    elif k == 1:
        nm = PN(r)
        rec.add("자동차운전면허증\nDriver's License\n", r.choice(["1종보통", "2종보통", "1종대형"]), "  ", DL(r), "\n", nm, "  ",
                RRN(r, r.choice(["valid", "valid", "masked"]), y0=1950, y1=2005), "\n", ADDR(r), "\n적성검사기간 ", Neg("%d.01.01. ~ %d.12.31." % ((lambda y: (y, y))(r.randint(2026, 2034))), "date"),
                "\n", r.choice(["서울", "경기남부", "부산"]), "지방경찰청장\n", r.choice(["", "암호일련번호 " + r.choice("ABCDEFG") + digits(r, 5) + "\n"]))
    elif k == 2:
        nm, nh, nat, _ = FP(r)
        rec.add("RESIDENCE CARD 외국인등록증\n", FRN(r), "  ", r.choice(["남/M", "여/F"]), "\n", nm, "\n국가 ", nat, "  체류자격 ",
                r.choice(["E-9", "D-2", "F-2", "E-7"]), "\n발급일자 ", N_date(r), "\n", N_office(r), "\n")
    elif k == 3:
        fl, fh, fnat, fcode = FP(r)
        if r.random() < 0.5:
            nat, nm = (fnat, fcode), fl
        else:
            kn = ko_name(r)
            rom = ROM.get(kn[0], "kim").upper()
            nat, nm = ("대한민국", "KOR"), S("PERSON", rom + " " + r.choice(["MINSU", "JIYOUNG", "SEOYEON", "HYUNWOO", "JIHOON", "EUNJI", "DOYUN", "HARIN"]), "name_romanized")
        ppk = "foreign" if nat[1] != "KOR" else r.choice(["old", "new"])
        pp = PP(r, ppk)
        dob = DOB(r, "en")
        rec.add("PASSPORT 여권\nType P  Code ", nat[1], "  Passport No. ", pp, "\nSurname/Given names ", nm, "\nNationality ", nat[0],
                "\nDate of birth ", dob, "\nSex ", r.choice("MF"), "\nDate of issue ", N_date(r), "\n")
        if nat[1] == "KOR" and r.random() < 0.6:
            rec.add("한글성명 ", S("PERSON", kn, "name_ko"), "\n")
    elif k == 4:
        bank, acc = ACC(r, masked=False)
        nm = PN(r)
        rec.add(bank, "\n", r.choice(["보통예금 통장", "저축예금", "입출금이 자유로운 예금"]), "\n계좌번호 ", acc, "\n", r.choice(["예금주 ", "성명 "]), nm, " 님\n",
                "신규일 ", N_date(r), "  관리점 ", r.choice(["신촌", "영통", "서면", "둔산"]), "지점\n", N_amount(r), "\n")
    else:
        co = N_company(r)
        rec.add("사 업 자 등 록 증\n(법인사업자)\n등록번호 : ", BRN(r), "\n법인명(단체명) : ", co, "\n대 표 자 : ", PN(r), "\n개업연월일 : ",
                N_date(r), "   법인등록번호 : ", CRN(r), "\n사업장 소재지 : ", ADDR(r), "\n사업의 종류 : 업태 ", r.choice(["서비스", "제조", "도소매"]),
                "  종목 ", r.choice(["소프트웨어 개발", "기계부품", "식자재"]), "\n", r.choice(["마포", "수원", "해운대", "청주"]), "세무서장\n")
    return rec


OCR_BASES = ["t_application", "t_certificate", "t_minwon", "t_judgment", "t_accident", "t_gongmun", "t_table", "t_audit",
             "t_contract", "t_prose2", "t_news", "t_minutes"]


def t_ocr_doc(r):
    name = pick(r, OCR_BASES)
    _MK["ocr"] = r
    try:
        rec = globals()[name](r)
    finally:
        _MK["ocr"] = None
    rec.base = rec.genre
    rec.genre = "OCR"
    rec.add("\n", Neg("- %d -" % r.randint(1, 9), "page_number"))
    return rec


def t_negative(r):
    rec = mk(r.choice(["공문", "보도자료", "판결문", "민원 처리 결과 통지", "회의록"]))
    k = r.randrange(4)
    if k == 0:
        rec.add("수신  수신자 참조\n제목  개인정보 처리방침 개정 알림\n\n1. 관련: ", N_doc(r), "\n2. ", N_stat(r), "에 따라 처리방침을 개정하였음을 알려드립니다.\n",
                "3. 문의: ", N_switch(r), " 또는 정부민원안내콜센터 ", Neg("110", "switchboard"), "\n붙임 개정 전문 1부. 끝.\n\n", N_office(r), "\n",
                "시행 ", N_doc(r), " (", N_date(r), ")\n우 ", Neg(postal(r), "postal_code"), " ", N_inst_addr(r), "  대표전화 ",
                Neg("044-205-%d114" % r.randint(1, 9), "switchboard"), "\n")
    elif k == 1:
        rec.add(N_office(r), "은 ", N_date(r), " 2025년도 예산 ", N_amount(r), "을 확정했다고 밝혔다. 이번 예산은 ", N_stat(r),
                "에 따른 것으로, 민원 처리 기간 단축과 ", r.choice(["교통안전 시설 확충", "디지털 취약계층 지원", "외국인 주민 통역 서비스"]),
                "에 중점을 두었다.\n", "관련 공고는 제", Neg("%d-%d" % (r.randint(2024, 2025), r.randint(100, 2999)), "notice_number"),
                "호로 게재되었으며, 나라장터 공고번호는 ", Neg("2025%07d-00" % r.randint(0, 9999999), "public_record_id"), "이다.\n")
    elif k == 2:
        rec.add("사건 ", N_case(r), "\n원고 ", N_placeholder(r), "\n피고 ", N_office(r), "\n\n원고는 ", N_date(r), " 피고에게 정보공개를 청구하였으나 피고는 ",
                N_stat(r), "을 이유로 비공개 결정을 하였다. 원고의 청구 금액은 ", N_amount(r), "이며, 관리번호 ",
                Neg("%03d-%d-%04d" % (r.choice([31, 32, 41, 51, 61]), r.randint(2019, 2025), r.randint(0, 9999)), "public_record_id"), "로 관리되고 있다.\n")
    else:
        rec.add("작성 예시\n성명: ", Neg("홍길동", "placeholder_person"), "\n주민등록번호: ", Neg("000000-0000000", "masked_placeholder"),
                "\n주소: ○○시 ○○구 ○○로 00\n연락처: ", Neg("010-0000-0000", "masked_placeholder"), "\n※ 민원인 ", N_placeholder(r),
                "의 신청 사례를 참고하십시오. 접수번호 ", N_recv(r), ", 처리 프로그램 버전 ", Neg("10.0.%d.%d" % (r.randint(17000, 22631), r.randint(1, 3999)), "version"), "\n")
    return rec


# ---------------------------------------------------------------- validation
HYPH = {"‐": "-", "－": "-", "–": "-", "‑": "-"}
HMAP = {c: str(i) for i, c in enumerate(HDIG)}
HMAP["영"] = "0"


def nfkc_char(c):
    n = unicodedata.normalize("NFKC", c)
    return n if len(n) == 1 else c


def norm_noisy(s):
    s = "".join(HYPH.get(c, nfkc_char(c)) for c in s)
    return re.sub(r"\s+", "", s)


def noisy_matches_clean(sp):
    if "spelled_hangul" in sp.noise:
        got = "".join(HMAP.get(c, c) for c in sp.text)
        return re.sub(r"\D", "", got) == re.sub(r"\D", "", sp.clean)
    a, b = norm_noisy(sp.text), re.sub(r"\s+", "", sp.clean)
    if len(a) != len(b):
        return False
    return all(x == y or (y, x) in CONF_PAIRS for x, y in zip(a, b))


def valid_date(y, m, d):
    if not (1 <= m <= 12):
        return False
    md = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return 1 <= d <= md[m - 1]


def rrn_date(v):
    g = int(v[6])
    cent = {1: 1900, 2: 1900, 3: 2000, 4: 2000, 5: 1900, 6: 1900, 7: 2000, 8: 2000, 9: 1800, 0: 1800}[g]
    return cent + int(v[:2]), int(v[2:4]), int(v[4:6])


KO_NAME_RE = re.compile("^(%s)[%s]{1,2}$" % ("|".join(SURN2 + SURN), "".join(GIV)))
TITLES = ("씨", "님", "귀하", "과장", "주무관", "사무관", "위원", "장관")


def check_kind(sp):
    """Format / check-digit assertions on the clean value. Returns error string or None."""
    v, k, t = sp.clean, sp.kind, sp.type
    d = re.sub(r"\D", "", v)
    if t == "KR_RRN":
        if k == "rrn_masked":
            if not re.fullmatch(r"\d{6}-[1-4][*●Xx]{6}", v):
                return "rrn mask shape"
            return None if valid_date(*rrn_date(v[:6] + v[7])) else "rrn date"
        if not re.fullmatch(r"\d{6}-\d{7}", v):
            return "rrn shape"
        if not valid_date(*rrn_date(d)) or d[6] not in "1234":
            return "rrn date/gender"
        ok = rrn_check(d[:12]) == int(d[12])
        if k in ("rrn_valid", "rrn_spelled"):
            return None if ok else "rrn checksum"
        if k == "rrn_post2020":
            y, m, _ = rrn_date(d)
            return None if (not ok and (y, m) >= (2020, 10)) else "post2020 rule"
        return "rrn kind"
    if t == "KR_FRN":
        if k == "frn_masked":
            return None if re.fullmatch(r"\d{6}-[5-8]\*{6}", v) else "frn mask"
        if not re.fullmatch(r"\d{6}-[5-8]\d{6}", v) or not valid_date(*rrn_date(d)):
            return "frn shape"
        return None if frn_check(d[:12]) == int(d[12]) else "frn checksum"
    if t == "KR_BRN":
        return None if re.fullmatch(r"\d{3}-\d{2}-\d{5}", v) and brn_ok(v) else "brn"
    if t == "KR_CRN":
        return None if re.fullmatch(r"\d{6}-\d{7}", v) and crn_ok(v) else "crn"
    if t == "CREDIT_CARD":
        if "masked" in k:
            return None if re.fullmatch(r"[\d*]{4}([-. ]?[\d*]{4,6}){2,3}", v) and len(d) >= 8 and "*" in v else "card mask"
        return None if len(d) in (15, 16) and luhn_ok(d) else "luhn"
    if t == "KR_PASSPORT":
        pat = {"passport_old": r"[MS]\d{8}", "passport_new": r"[MSRGD]\d{3}[A-Z]\d{4}",
               "passport_foreign": r"(E\d{8}|C\d{7}|P\d{7}[A-C]|(TR|TK|MU)\d{7}|N\d{7})"}[k]
        return None if re.fullmatch(pat, v) else "passport"
    if t == "KR_DRIVER_LICENSE":
        regs = "|".join(x for x, _ in DL_REGION)
        codes = {"%02d" % c for _, c in DL_REGION}
        if k == "dl_code":
            return None if re.fullmatch(r"\d{2}-\d{2}-\d{6}-\d{2}", v) and v[:2] in codes else "dl code"
        if k == "dl_name":
            return None if re.fullmatch(r"(%s) ?\d{2}-\d{6}-\d{2}" % regs, v) else "dl name"
        return None if re.fullmatch(r"\d{12}", v) and v[:2] in codes else "dl plain"
    if t == "KR_VEHICLE_PLATE":
        return None if re.fullmatch(r"([가-힣]{2} )?\d{2,3}[가-힣] ?\d{4}", v) else "plate"
    if t == "KR_HEALTH_INSURANCE":
        return None if len(d) == 11 and re.fullmatch(r"[\d -]+", v) else "hi"
    if t == "IP_ADDRESS":
        if k == "ipv6":
            return None if re.fullmatch(r"[0-9a-f]{1,4}(:[0-9a-f]{0,4}){2,7}", v) else "ipv6"
        parts = v.split(".")
        return None if len(parts) == 4 and all(p.isdigit() and int(p) <= 255 for p in parts) else "ipv4"
    if t == "EMAIL_ADDRESS":
        return None if re.fullmatch(r"[a-z0-9._]+@[a-z0-9-]+(\.[a-z0-9-]+)+", v) else "email"
    if t == "PHONE_NUMBER":
        if v.startswith("+82"):
            return None if re.fullmatch(r"\+82-1\d-\d{4}-\d{4}", v) else "intl"
        return None if re.fullmatch(r"0\d{1,2}[-. ]?\d{3,4}[-. ]?\d{4}", v) and 9 <= len(d) <= 11 else "phone"
    if t == "KR_BANK_ACCOUNT":
        return None if re.fullmatch(r"[\d*]+([- ][\d*]+)+|[\d*]{10,14}", v) and 10 <= len(v.replace("-", "").replace(" ", "")) <= 16 else "acct"
    if t == "DATE_OF_BIRTH":
        m = (re.fullmatch(r"(\d{4})\. (\d{1,2})\. (\d{1,2})\.", v) or re.fullmatch(r"(\d{4})년 (\d{1,2})월 (\d{1,2})일", v)
             or re.fullmatch(r"(\d{4})[-/](\d{2})[-/](\d{2})", v) or re.fullmatch(r"(\d{4})\.(\d{2})\.(\d{2})\.", v)
             or re.fullmatch(r"(\d{4})\.(\d{1,2})\.(\d{1,2})", v) or re.fullmatch(r"(\d{2})\.(\d{2})\.(\d{2})", v)
             or re.fullmatch(r"(\d{2})(\d{2})(\d{2})", v) or re.fullmatch(r"(\d{2})년 (\d{1,2})월 (\d{1,2})일", v))
        if m:
            return None if valid_date(int(m.group(1)) if len(m.group(1)) == 4 else 1900 + int(m.group(1)), int(m.group(2)), int(m.group(3))) else "dob date"
        m = re.fullmatch(r"(\d{2}) ([A-Z]{3}) (\d{4})", v)
        return None if m and m.group(2) in MONTHS_EN else "dob"
    if t == "KR_ADDRESS":
        heads = [x for s in SIDO for x in (s[0], s[1])] + [g for s in SIDO for g in s[2]]
        if not any(v.startswith(h + " ") for h in heads):
            return "addr head"
        return None if re.search(r"\d", v) and not v.endswith(("(", ",")) else "addr tail"
    if t == "PERSON":
        if k == "name_ko":
            return None if KO_NAME_RE.match(v) and v != "홍길동" else "ko name"
        if k == "name_romanized":
            return None if re.fullmatch(r"[A-Z]+ [A-Z]+", v) else "romanized"
        if k == "name_foreign_latin":
            return None if v in [x[0] for x in FOREIGNERS] else "lat"
        return None if v in [x[1] for x in FOREIGNERS] else "han"
    return "unknown type"


PII_LOOK = [
    ("mobile", re.compile(r"(?<![\d])(?:\+82-?1\d|01[016789])[-. ]?\d{3,4}[-. ]?\d{4}(?!\d)")),
    ("landline", re.compile(r"(?<![\d-])0(?:2|[3-6][1-5]|70)-\d{3,4}-\d{4}(?!\d)")),
    ("email", re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z0-9.-]+")),
    ("rrn_shape", re.compile(r"(?<!\d)\d{6}\s?-\s?(?:\d{7}|[1-8][*●Xx]{6})(?!\d)")),
    ("card_shape", re.compile(r"(?<!\d)\d{4}[- .]?[\d*]{4}[- .]?[\d*]{4}[- .]?\d{3,4}(?!\d)")),
    ("ipv4", re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")),
    ("brn_shape", re.compile(r"(?<!\d)\d{3}-\d{2}-\d{5}(?!\d)")),
    ("plate_shape", re.compile(r"(?<!\d)\d{2,3}[%s] ?\d{4}(?!\d)" % "".join(PLATE_CH + list("바사아자배하허호")))),
    ("dl_shape", re.compile(r"(?<!\d)\d{2}-\d{2}-\d{6}-\d{2}(?!\d)")),
    ("passport_shape", re.compile(r"(?<![A-Za-z0-9])[MSRGD]\d{3}[A-Z]\d{4}(?![A-Za-z0-9])|(?<![A-Za-z0-9])[MS]\d{8}(?![A-Za-z0-9])")),
]


def validate(text, spans, negs):
    errs = []
    prev = 0
    for (s, e, sp) in spans:
        if not (0 <= s < e <= len(text)):
            errs.append("bounds")
        if s < prev:
            errs.append("order/overlap")
        prev = e
        if text[s:e] != sp.text:
            errs.append("text mismatch")
        if text[s:e] != text[s:e].strip():
            errs.append("edge whitespace %r" % sp.text)
        c = check_kind(sp)
        if c:
            errs.append("%s %s %r" % (c, sp.kind, sp.clean))
        if not noisy_matches_clean(sp):
            errs.append("noise mismatch %r %r" % (sp.text, sp.clean))
    # every other occurrence of a labelled value must be inside a span
    cover = [False] * len(text)
    for (s, e, sp) in spans:
        for i in range(s, e):
            cover[i] = True
    for (s, e, sp) in spans:
        i = text.find(sp.text)
        while i >= 0:
            if not all(cover[i:i + len(sp.text)]):
                errs.append("unlabelled repeat %r" % sp.text)
                break
            i = text.find(sp.text, i + 1)
    # PII-looking strings outside spans
    masked = list(text)
    for (s, e, sp) in spans:
        for i in range(s, e):
            masked[i] = "\x00"
    masked = "".join(HYPH.get(c, nfkc_char(c)) for c in masked)
    negcov = [False] * len(text)
    for (s, e, cat, t) in negs:
        for i in range(s, e):
            negcov[i] = True
    for nm, rx in PII_LOOK:
        for m in rx.finditer(masked):
            if nm == "ipv4" and not all(int(p) <= 255 for p in m.group().split(".")):
                continue
            if not all(negcov[m.start():m.end()]):
                errs.append("unlabelled %s %r" % (nm, m.group()))
    # names used in this record appearing outside spans, hard negatives must not overlap spans
    for (s, e, cat, t) in negs:
        if any(cover[s:e]):
            errs.append("negative overlaps span")
    return errs


# ---------------------------------------------------------------- main
PLAN = [  # template, count
    ("t_news", 48), ("t_press", 30), ("t_judgment", 44), ("t_minutes", 30), ("t_minwon", 46), ("t_accident", 32),
    ("t_audit", 18), ("t_gongmun", 24), ("t_contract", 14), ("t_application", 34), ("t_certificate", 20),
    ("t_table", 36), ("t_csv", 22), ("t_log", 22), ("t_email", 26), ("t_call", 28), ("t_ocr_id", 40),
    ("t_ocr_doc", 50), ("t_prose2", 50), ("t_negative", 28),
]


def build_one(tname, i):
    last = None
    for k in range(40):
        seed = "%s|%s|%d" % (SEEDP, tname, i) + ("" if k == 0 else "|r%d" % k)
        r = random.Random(seed)
        rec = globals()[tname](r)
        text = rec.text()
        errs = validate(text, rec.spans, rec.negs)
        if tname != "t_negative" and not rec.spans:
            errs.append("no spans")
        if tname == "t_negative" and rec.spans:
            errs.append("spans in negative")
        if not errs:
            return rec, text, seed
        last = errs
    raise SystemExit("cannot build %s %d: %s" % (tname, i, last))


def main():
    built = []
    for tname, n in PLAN:
        for i in range(n):
            rec, text, seed = build_one(tname, i)
            built.append((tname, i, seed, rec, text))
    order = list(range(len(built)))
    random.Random(SEEDP + "|order|0").shuffle(order)
    recs, metas = [], []
    for n, j in enumerate(order):
        tname, i, seed, rec, text = built[j]
        rid = "pii_q-%04d" % (n + 1)
        recs.append({"id": rid, "text": text,
                     "spans": [{"start": s, "end": e, "type": sp.type} for s, e, sp in rec.spans],
                     "genre": rec.genre})
        m = {"id": rid, "template": tname, "seed": seed, "genre": rec.genre}
        if getattr(rec, "base", None):
            m["base_genre"] = rec.base
        m["spans"] = [{"start": s, "end": e, "type": sp.type, "kind": sp.kind, "noise": list(sp.noise)}
                      for s, e, sp in rec.spans]
        m["hard_negatives"] = [{"start": s, "end": e, "category": c, "text": t} for s, e, c, t in rec.negs]
        metas.append(m)
    with open(os.path.join(OUT, "pii_q.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for x in recs:
            f.write(json.dumps(x, ensure_ascii=False, sort_keys=False) + "\n")
    with open(os.path.join(OUT, "pii_q.meta.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for x in metas:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    stats = recheck(metas)
    write_readme(stats)
    write_md5()
    print(json.dumps(stats["by_type"], ensure_ascii=False))
    print("records", stats["n"], "spans", stats["nspans"])


def recheck(metas_in):
    """Re-read the written files and validate again."""
    recs = [json.loads(l) for l in open(os.path.join(OUT, "pii_q.jsonl"), encoding="utf-8")]
    metas = [json.loads(l) for l in open(os.path.join(OUT, "pii_q.meta.jsonl"), encoding="utf-8")]
    assert len(recs) == len(metas) == len(metas_in)
    ids = set()
    by_type, by_genre, genre_n, genre_empty, genre_sp = Counter(), Counter(), Counter(), Counter(), Counter()
    kinds, noise, negcat, tmpl = Counter(), Counter(), Counter(), Counter()
    type_genre = Counter()
    for x, m in zip(recs, metas):
        assert set(x) == {"id", "text", "spans", "genre"} and x["id"] == m["id"] and x["id"] not in ids
        ids.add(x["id"])
        t = x["text"]
        prev = 0
        for sp, ms in zip(x["spans"], m["spans"]):
            assert (sp["start"], sp["end"], sp["type"]) == (ms["start"], ms["end"], ms["type"])
            assert 0 <= prev <= sp["start"] < sp["end"] <= len(t)
            v = t[sp["start"]:sp["end"]]
            assert v == v.strip() and v
            prev = sp["end"]
            by_type[sp["type"]] += 1
            type_genre[(sp["type"], x["genre"])] += 1
            kinds[(sp["type"], ms["kind"])] += 1
            for nz in ms["noise"]:
                noise[nz] += 1
        for hn in m["hard_negatives"]:
            assert t[hn["start"]:hn["end"]] == hn["text"]
            negcat[hn["category"]] += 1
        genre_n[x["genre"]] += 1
        genre_sp[x["genre"]] += len(x["spans"])
        if not x["spans"]:
            genre_empty[x["genre"]] += 1
        tmpl[m["template"]] += 1
    return {"n": len(recs), "nspans": sum(by_type.values()), "by_type": dict(sorted(by_type.items(), key=lambda a: -a[1])),
            "genre_n": genre_n, "genre_empty": genre_empty, "genre_sp": genre_sp, "kinds": kinds, "noise": noise,
            "negcat": negcat, "tmpl": tmpl, "type_genre": type_genre,
            "ocr_bases": Counter(m.get("base_genre") for m in metas if m["genre"] == "OCR")}


TYPE_ORDER = ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "KR_ADDRESS", "DATE_OF_BIRTH", "KR_BANK_ACCOUNT", "KR_RRN", "KR_FRN",
              "KR_PASSPORT", "KR_DRIVER_LICENSE", "CREDIT_CARD", "KR_VEHICLE_PLATE", "KR_HEALTH_INSURANCE", "KR_BRN", "KR_CRN",
              "IP_ADDRESS"]

INDEPENDENCE = """## Independence

While building this set I read exactly one file outside `/work/evalsets/pii_q/`:
`/work/shared/pii-dev/README.md` (its PII sections: the 16 entity types, the span
rules, the NOT-PII list and the JSONL format). I did not open, list or read anything
under `/work/main`, `/work/wt`, any other folder of `/work/evalsets`, or anything else
in `/work/shared` (in particular not `make_dev.py`, the dev `.jsonl` files, `score.py`
or `baseline.py`). I read no detector code, ran no detector and looked at no other
evaluation set. I used no search results: the formats (RRN/FRN check digits, BRN and
CRN check digits, Luhn, passport, driver-licence, plate, account groupings) come from
the pii-dev README and general knowledge of public Korean formats. All templates, prose,
name pools, address stems and generators in `make_set.py` were written from scratch for
this set.
"""


def write_readme(st):
    L = []
    L.append("# pii_q — independent Korean PII evaluation set (synthetic)\n")
    L.append("A synthetic evaluation set for a Korean PII detector, written independently of the detector and of the "
             "pii-dev set. It follows the 16 entity types, span rules and JSONL format of the pii-dev README. "
             "It leans towards **prose** (뉴스, 보도자료, 판결문, 회의록, 민원 회신, 사고·감사 보고서) and **OCR** of "
             "scanned forms and ID cards. Every text, name and number is generated; check-digit-valid numbers are random and "
             "may coincide with real ones by chance, so treat the files as sensitive-looking test data.\n")
    L.append("## Files\n")
    L.append("| file | content |\n|---|---|")
    L.append("| `make_set.py` | Generator (standard library only). `python3 make_set.py` writes everything below, re-reads and validates it. |")
    L.append("| `pii_q.jsonl` | %d records `{\"id\",\"text\",\"spans\":[{\"start\",\"end\",\"type\"}],\"genre\"}`. Offsets are Python `str` indices; spans are sorted and non-overlapping. |" % st["n"])
    L.append("| `pii_q.meta.jsonl` | Per record: `template`, `seed`, `genre`, `base_genre` (OCR records), per-span `kind` (sub-kind) and `noise` tags, and `hard_negatives` (offsets, `category`, text). |")
    L.append("| `MD5SUMS` | Checksums of the files above, written last. |\n")
    L.append("## Composition by genre\n")
    L.append("| genre | records | of which no PII | gold spans |\n|---|---|---|---|")
    for g, n in sorted(st["genre_n"].items(), key=lambda a: (-a[1], a[0])):
        L.append("| %s | %d | %d | %d |" % (g, n, st["genre_empty"][g], st["genre_sp"][g]))
    L.append("| **total** | **%d** | **%d** | **%d** |\n" % (st["n"], sum(st["genre_empty"].values()), st["nspans"]))
    L.append("OCR records re-render other genres with OCR damage; their base genres: " +
             ", ".join("%s %d" % (k, v) for k, v in sorted(st["ocr_bases"].items(), key=lambda a: (-a[1], a[0]))) + ".\n")
    L.append("## Composition by type\n")
    L.append("| type | spans | sub-kinds |\n|---|---|---|")
    for t in TYPE_ORDER:
        ks = sorted(((k, v) for (tt, k), v in st["kinds"].items() if tt == t), key=lambda a: (-a[1], a[0]))
        L.append("| %s | %d | %s |" % (t, st["by_type"].get(t, 0), ", ".join("`%s` %d" % kv for kv in ks)))
    L.append("")
    L.append("Noise tags on spans: " + ", ".join("`%s` %d" % kv for kv in sorted(st["noise"].items(), key=lambda a: (-a[1], a[0]))) +
             ". `confusable` = OCR letter/digit swaps (O/0, l/1, I/1, S/5, B/8); `spelled_hangul` = digits spoken in Hangul in call "
             "transcripts (공일공 …, RRN read as `…다시…`); the span covers the whole spoken value.\n")
    L.append("Hard negatives (tagged in the meta file, never labelled): " +
             ", ".join("`%s` %d" % kv for kv in sorted(st["negcat"].items(), key=lambda a: (-a[1], a[0]))) + ".\n")
    L.append("## Conventions (from the pii-dev README)\n")
    L.append("- PERSON spans hold the name only (no 씨/님/귀하/titles/particles/role labels); spaced OCR names (`김 민 수`) are one span; "
             "foreign names in Latin or Hangul are labelled. 갑/을, `김○○`, `박**`, `정 모 씨`, `홍길동` and company names are not.\n"
             "- KR_ADDRESS runs from 시/도 (full or short) or 시/군/구 to the building/lot number and unit; postal codes in `( )` are outside. "
             "Institution (청사/시청/도청) addresses are hard negatives.\n"
             "- DATE_OF_BIRTH covers only the date (trailing `.` of `1985. 3. 12.` inside); the first six RRN digits are not labelled separately. "
             "Forms: `1985. 3. 12.`, `1985년 3월 12일`, `85년 3월 12일`, `1985-03-12`, `1985/03/12`, `1985.03.12.`, `1985.3.12`, `85.03.12`, `850312`, `12 MAR 1985`.\n"
             "- KR_BANK_ACCOUNT is the number only (bank name and 예금주 outside). Masked RRNs/FRNs/cards/accounts are still labelled.\n"
             "- Switchboards (15xx/16xx/18xx, 대표전화, 110/120/126/1345…), 접수번호/관리번호/공고번호, document numbers, case numbers, statutes, "
             "amounts, dates, postal codes, version numbers, user IDs and `000000-0000000`/`010-0000-0000` are hard negatives. Officials' direct "
             "lines, fax numbers in 공문 footers, company numbers and all mobiles are PHONE_NUMBER.\n"
             "- KR_HEALTH_INSURANCE uses 11 digits (plain, `1-2345678901` or `1234 567 8901`); the format is synthetic as in pii-dev.\n")
    L.append("## Validation (performed by `make_set.py` on every run)\n")
    L.append("- Each record is generated from a `random.Random` seeded with the string `pii_q-2026|<template>|<i>` (`|r<k>` appended for a "
             "retry when a draw fails validation); the record order is shuffled with `pii_q-2026|order|0`. No hash-order dependence: "
             "running with different `PYTHONHASHSEED` values gives byte-identical files (checked: see MD5SUMS).\n"
             "- Spans: in bounds, sorted, non-overlapping, no whitespace at either edge, `text[start:end]` equals the (possibly noisy) value; "
             "re-checked after re-reading the written files.\n"
             "- Every other occurrence of a labelled string in the same record lies inside a span.\n"
             "- No PII-looking string outside spans unless it is a tagged hard negative: mobiles (incl. +82), landlines `0xx-xxx(x)-xxxx`, e-mails, "
             "`######-#######` and masked RRN shapes, 15/16-digit card shapes, IPv4 (octets ≤255), BRN shapes, plates, `NN-NN-NNNNNN-NN` licences, "
             "Korean passport shapes. The check runs on NFKC-normalised text (full-width digits and unicode hyphens folded).\n"
             "- Noisy spans: after NFKC, hyphen folding and whitespace removal the value must equal the clean value, up to the OCR confusable "
             "pairs; spelled Hangul digits must map back to the clean digits.\n"
             "- Check digits / formats on the clean value: RRN pre-2020 checksum-valid with valid date and gender 1–4; post-2020 birth ≥ 2020-10 "
             "and checksum deliberately invalid; masked RRN valid date + 6 mask chars; FRN gender 5–8 with legacy check (13 − Σ mod 11) mod 10; "
             "BRN weights 1,3,7,1,3,7,1,3,5 + ⌊5·d₉/10⌋; CRN alternating weights 1,2 with (10 − Σ mod 10) mod 10; unmasked cards Luhn-valid "
             "(Visa/Master/BC/JCB/local 16 digits, Amex 15); passports `M12345678`, `M123A4567` (M/S/R/G/D), foreign `E…`, `C…`, `P…A`, `TR…`, `N…`; "
             "driver licences with region code 11–28 or region name; plates; 11-digit health insurance; IPv4/IPv6; e-mail; DOB date validity; "
             "address heads; PERSON values drawn from the name pools (no titles).\n"
             "- Records from the negative template have no spans; every other record has at least one.\n")
    L.append("## Caveats\n")
    L.append("- Templated text: although the prose was written with many variants per genre, a model that fits templates will score higher here "
             "than on real documents.\n- Names are random surname + syllable combinations; road names are invented stems not matched to districts.\n"
             "- Label judgments (e.g. officials' direct lines are PII, institution switchboards are not) follow the pii-dev README.\n")
    L.append(INDEPENDENCE)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L))


def write_md5():
    lines = []
    for fn in ["make_set.py", "pii_q.jsonl", "pii_q.meta.jsonl", "README.md"]:
        h = hashlib.md5(open(os.path.join(OUT, fn), "rb").read()).hexdigest()
        lines.append("%s  %s\n" % (h, fn))
    with open(os.path.join(OUT, "MD5SUMS"), "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(lines))


if __name__ == "__main__":
    main()
