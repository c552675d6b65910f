#!/usr/bin/env python3
"""pii_am: independent Korean public-sector PII evaluation set generator.

Standard library only. Deterministic: every random choice comes from
random.Random("pii_am-2026|<template>|<i>") (string seed), retries append "|r<k>".
Usage:  python3 make_set.py            (writes all files into this folder)
"""
import hashlib, json, os, random, re, sys, unicodedata
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "pii_am"
SEED_PREFIX = "pii_am-2026"

# ---------------------------------------------------------------- builder
class V:
    """A gold PII value."""
    __slots__ = ("text", "type", "sub", "noise")
    def __init__(self, text, typ, sub, noise=()):
        self.text, self.type, self.sub, self.noise = text, typ, sub, list(noise)

class N:
    """A tagged hard negative."""
    __slots__ = ("text", "cat")
    def __init__(self, text, cat):
        self.text, self.cat = text, cat

PH = re.compile(r"\{(\w+)\}")

class Doc:
    def __init__(self):
        self.parts, self.spans, self.negs, self.n = [], [], [], 0
    def _put(self, x):
        if isinstance(x, V):
            s = self.n; self.parts.append(x.text); self.n += len(x.text)
            self.spans.append({"start": s, "end": self.n, "type": x.type,
                               "sub_kind": x.sub, "noise": list(x.noise), "value": x.text})
        elif isinstance(x, N):
            s = self.n; self.parts.append(x.text); self.n += len(x.text)
            self.negs.append({"start": s, "end": self.n, "text": x.text, "category": x.cat})
        elif isinstance(x, (list, tuple)):
            for y in x: self._put(y)
        else:
            x = str(x); self.parts.append(x); self.n += len(x)
    def add(self, fmt, **kw):
        """fmt with {key} placeholders; kw values are V, N, str or lists thereof."""
        pos = 0
        for m in PH.finditer(fmt):
            self._put(fmt[pos:m.start()]); self._put(kw[m.group(1)]); pos = m.end()
        self._put(fmt[pos:])
        return self
    def put(self, *xs):
        for x in xs: self._put(x)
        return self
    def text(self):
        return "".join(self.parts)

# ---------------------------------------------------------------- pools
SURNAMES = ("김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 전 홍 유 고 문 양 손 배 백 허 남 심 노 하 곽 "
            "성 차 주 우 구 민 류 나 진 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 "
            "기 반 왕 금 옥 육 인 맹 제 탁 국 어 은 편 용 예 봉 부").split()
SURNAMES2 = "남궁 황보 선우 제갈 독고 사공 서문".split()
GIVEN = ("민 수 지 영 현 우 서 준 하 진 혜 성 호 경 훈 윤 재 동 상 희 정 연 미 숙 철 석 규 태 형 원 주 나 아 "
         "채 다 소 예 린 빈 결 솔 담 율 별 온 찬 건 시 도 한 선 혁 범 욱 환 승 용 기 광 남 순 옥 란 향 섭 근 "
         "식 택 봉 명 국 일 조 보 효 인 의 웅 창 대 열 록 겸 휘 람 슬 채 름 루 강 완 탁 옥 애 분 례 자").split()
FAM_LAT = ["NGUYEN", "TRAN", "PHAM", "HOANG", "WANG", "ZHANG", "LIU", "CHEN", "ZHAO", "SMITH", "JOHNSON",
           "GARCIA", "SANTOS", "REYES", "KUMAR", "SINGH", "IVANOV", "PETROVA", "TANAKA", "SATO", "KHAN",
           "RAHMAN", "SILVA", "MULLER", "DUBOIS", "NOVAK", "KARIMOV", "YUSUPOVA", "BATBAYAR", "OCHIR"]
GIV_LAT = ["MINH ANH", "THI LAN", "VAN DUC", "THI HUONG", "WEI", "FANG", "XIAOMEI", "JUN", "JOHN", "MARIA",
           "ANNA", "DMITRI", "OLGA", "RAHUL", "AISHA", "YUKI", "HIROSHI", "JOSE", "LUCAS", "EMMA", "SARDOR",
           "DILNOZA", "ENKHJARGAL", "TUYA", "PRIYA", "MICHAEL", "SOFIA", "ALEXEI", "NOOR", "KENJI"]
FAM_HAN = ["응우옌", "쩐", "팜", "호앙", "왕", "장", "류", "천", "자오", "스미스", "존슨", "가르시아", "산토스",
           "레예스", "쿠마르", "싱", "이바노프", "페트로바", "다나카", "사토", "칸", "라만", "실바", "뮐러",
           "카리모프", "유수포바", "바트바야르"]
GIV_HAN = ["티 란", "반 득", "민 안", "티 흐엉", "웨이", "팡", "샤오메이", "존", "마리아", "안나", "드미트리",
           "올가", "라훌", "아이샤", "유키", "히로시", "호세", "루카스", "엠마", "사르도르", "딜노자", "프리야",
           "마이클", "소피아", "알렉세이", "누르", "켄지"]
NATION = ["베트남", "중국", "필리핀", "우즈베키스탄", "몽골", "네팔", "인도네시아", "캄보디아", "태국", "미국",
          "러시아", "카자흐스탄", "스리랑카", "방글라데시", "일본"]
REGIONS = OrderedDict([
    ("서울특별시", ("서울", ["종로구", "중구", "용산구", "성동구", "광진구", "마포구", "서대문구", "은평구", "강서구",
                       "관악구", "송파구", "노원구", "도봉구", "강동구", "동작구", "영등포구"])),
    ("부산광역시", ("부산", ["해운대구", "수영구", "사하구", "동래구", "부산진구", "금정구", "기장군"])),
    ("대구광역시", ("대구", ["수성구", "달서구", "북구", "달성군"])),
    ("인천광역시", ("인천", ["연수구", "남동구", "부평구", "계양구", "미추홀구", "강화군"])),
    ("광주광역시", ("광주", ["북구", "광산구", "남구", "서구"])),
    ("대전광역시", ("대전", ["유성구", "서구", "대덕구", "중구"])),
    ("울산광역시", ("울산", ["남구", "울주군", "중구", "동구"])),
    ("세종특별자치시", ("세종", [""])),
    ("경기도", ("경기", ["수원시 팔달구", "수원시 영통구", "성남시 분당구", "고양시 일산동구", "용인시 수지구",
                     "부천시", "화성시", "남양주시", "안산시 단원구", "평택시", "파주시", "김포시", "광명시",
                     "하남시", "양평군", "가평군", "의정부시"])),
    ("강원특별자치도", ("강원", ["춘천시", "원주시", "강릉시", "속초시", "홍천군", "정선군"])),
    ("충청북도", ("충북", ["청주시 상당구", "청주시 흥덕구", "충주시", "제천시", "음성군"])),
    ("충청남도", ("충남", ["천안시 서북구", "아산시", "공주시", "서산시", "홍성군"])),
    ("전북특별자치도", ("전북", ["전주시 완산구", "군산시", "익산시", "남원시", "완주군"])),
    ("전라남도", ("전남", ["목포시", "여수시", "순천시", "나주시", "해남군"])),
    ("경상북도", ("경북", ["포항시 남구", "경주시", "구미시", "안동시", "칠곡군"])),
    ("경상남도", ("경남", ["창원시 성산구", "진주시", "김해시", "양산시", "거제시", "통영시"])),
    ("제주특별자치도", ("제주", ["제주시", "서귀포시"])),
])
ROAD_A = ["새", "한", "푸른", "늘", "별", "은", "가", "솔", "해", "달", "꽃", "청", "도", "미", "누", "다", "온", "단",
          "무지개", "햇", "바람", "구름", "물", "참"]
ROAD_B = ["솔", "울", "샘", "봄", "빛", "내", "람", "뫼", "담", "결", "마루", "들", "나래", "숲", "골", "여울", "터",
          "누리", "노을"]
APT_A = ["한빛", "누리", "푸르지오", "솔숲", "햇살", "은하", "별하", "금강", "청솔", "다온", "샘터", "미리내"]
APT_B = ["아파트", "마을", "빌라", "타운", "하이츠", "맨션", "주택"]
BANKS = [("국민은행", (6, 2, 6)), ("KB국민은행", (3, 2, 4, 3)), ("신한은행", (3, 3, 6)), ("우리은행", (4, 3, 6)),
         ("하나은행", (3, 6, 5)), ("농협", (3, 4, 4, 2)), ("NH농협은행", (6, 2, 6)), ("IBK기업은행", (3, 6, 2, 3)),
         ("카카오뱅크", (4, 2, 7)), ("우체국", (6, 2, 6)), ("새마을금고", (4, 2, 6, 1)), ("수협은행", (3, 2, 6)),
         ("SC제일은행", (3, 2, 6)), ("부산은행", (3, 4, 4, 2)), ("대구은행", (3, 2, 6, 1)), ("광주은행", (3, 3, 6)),
         ("케이뱅크", (3, 3, 6)), ("신협", (3, 3, 6))]
MAIL_DOM = ["naver.com", "daum.net", "hanmail.net", "gmail.com", "nate.com", "kakao.com", "outlook.kr"]
ROMA = ["kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "han", "oh", "seo", "shin",
        "kwon", "hwang", "ahn", "song", "hong", "yoo", "ko", "moon", "yang", "son", "bae", "baek", "heo", "nam"]
ROMA2 = ["minsu", "jiyoung", "hyun", "seojun", "haeun", "jin", "sunny", "dh", "js", "yh", "sk", "mj", "hj", "tk",
         "blue", "star", "sky", "moon", "happy", "green", "dream", "jw", "sh", "eun"]
FIRM_A = ["한결", "새빛", "다온", "미래", "대성", "동해", "청림", "가온", "해솔", "누리", "정우", "세진", "태광",
          "한마음", "푸른", "오름", "삼정", "보람"]
FIRM_B = ["엔지니어링", "건설", "테크", "산업", "정보통신", "컨설팅", "환경", "물산", "이앤씨", "시스템즈",
          "디자인", "종합건설", "푸드", "로지스"]
DEPTS = ["운영지원과", "민원봉사과", "복지정책과", "교통행정과", "세무과", "도시계획과", "정보통신과", "감사담당관",
         "총무과", "환경관리과", "평생교육과", "자치행정과", "안전총괄과", "건축과", "주민복지과", "일자리경제과"]
ORGS = ["행정안전부", "보건복지부", "국토교통부", "고용노동부", "법무부", "교육부", "환경부", "여성가족부",
        "국민권익위원회", "개인정보보호위원회"]
PLACE_NEG = ["김포", "이천", "정선", "진주", "하남", "안성", "신안", "고성", "연천", "문경", "성주", "태안", "남원",
             "홍천", "양주", "서산", "한림", "조치원", "송도", "우정", "민락", "은행"]
TITLES = ["주무관", "사무관", "서기관", "과장", "팀장", "국장", "계장", "실장", "연구관", "행정관", "선임",
          "주사", "주사보", "담당", "부장", "위원", "교사", "간호사", "상담사"]
GRADE_TITLE = ["행정주사", "행정주사보", "행정서기", "행정사무관", "시설주사", "세무주사", "사회복지주사", "전산주사보"]

# ---------------------------------------------------------------- value generators
NAMES_MADE = set()
RRN_W = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]

def digits(r, n): return "".join(str(r.randrange(10)) for _ in range(n))

def kname(r, two=None):
    if two is None: two = r.random() < 0.08
    sur = r.choice(SURNAMES2) if two else r.choice(SURNAMES)
    g1 = r.choice(GIVEN); g2 = r.choice([x for x in GIVEN if x != g1])
    g = g1 + ("" if r.random() < 0.06 else g2)
    nm = sur + g
    NAMES_MADE.add(nm)
    return nm

def person(r, kind=None, spaced=False):
    """Returns V for a person name. kind: kr | kr2 | lat | han | None(random mostly kr)."""
    if kind is None:
        x = r.random(); kind = "kr" if x < 0.86 else ("kr2" if x < 0.92 else ("lat" if x < 0.96 else "han"))
    if kind in ("kr", "kr2"):
        nm = kname(r, kind == "kr2"); sub = "kr_name_2surname" if nm[:2] in SURNAMES2 else "kr_name"
    elif kind == "lat":
        f, g = r.choice(FAM_LAT), r.choice(GIV_LAT)
        nm = r.choice([f + " " + g, g.title() + " " + f.title(), f + ", " + g]) if r.random() < .8 else f + " " + g
        sub = "foreign_latin"
    else:
        f, g = r.choice(FAM_HAN), r.choice(GIV_HAN)
        nm = r.choice([f + " " + g, g + " " + f, f + g.replace(" ", "")])
        sub = "foreign_hangul"
    NAMES_MADE.add(nm)
    noise = []
    if spaced and sub.startswith("kr"):
        nm = " ".join(nm); noise = ["spaced_name"]
    return V(nm, "PERSON", sub, noise)

def same(v):
    """Another occurrence of an already-labelled value."""
    return V(v.text, v.type, v.sub, v.noise)

def rand_date(r, y0, y1):
    y = r.randint(y0, y1); m = r.randint(1, 12); d = r.randint(1, 28 if m == 2 else 30)
    return y, m, d

def rrn(r, kind="valid", birth=None):
    if kind == "post2020":
        y = r.choice([2020, 2021, 2022, 2023, 2024]); m = r.randint(10, 12) if y == 2020 else r.randint(1, 12)
        d = r.randint(1, 28)
    else:
        y, m, d = birth or rand_date(r, 1945, 2008)
    g = (1 if y < 2000 else 3) + r.randrange(2)
    front = "%02d%02d%02d" % (y % 100, m, d)
    body = front + str(g) + digits(r, 5)
    c = (11 - sum(int(a) * b for a, b in zip(body, RRN_W)) % 11) % 10
    if kind == "post2020":
        c = (c + r.randint(1, 9)) % 10
    if kind == "masked":
        mk = r.choice(["*", "●", "X", "x", "○"])
        return V(front + "-" + str(g) + mk * 6, "KR_RRN", "rrn_masked")
    return V(front + "-" + body[6:] + str(c), "KR_RRN", "rrn_post2020" if kind == "post2020" else "rrn_valid")

def frn(r, masked=False):
    y, m, d = rand_date(r, 1955, 2006)
    g = (5 if y < 2000 else 7) + r.randrange(2)
    front = "%02d%02d%02d" % (y % 100, m, d)
    office = "%02d" % (2 * r.randint(5, 49))
    body = front + str(g) + office + digits(r, 2) + str(r.choice([6, 7, 8, 9]))
    c = (13 - sum(int(a) * b for a, b in zip(body, RRN_W)) % 11) % 10
    if masked:
        return V(front + "-" + str(g) + "*" * 6, "KR_FRN", "frn_masked")
    return V(front + "-" + body[6:] + str(c), "KR_FRN", "frn_valid")

def brn(r):
    mid = r.choice(["%02d" % r.randint(1, 79), "81", "86", "87", "88"])
    b = "%03d" % r.randint(101, 899) + mid + digits(r, 4)
    s = sum(int(a) * w for a, w in zip(b, [1, 3, 7, 1, 3, 7, 1, 3, 5])) + (int(b[8]) * 5) // 10
    c = (10 - s % 10) % 10
    t = b[:3] + "-" + b[3:5] + "-" + b[5:] + str(c)
    return V(t if r.random() < .88 else t.replace("-", ""), "KR_BRN", "brn_valid")

def crn(r):
    b = r.choice(["1101", "1201", "1301", "1311", "1345", "1501", "1601", "1710", "1801", "2001", "2801", "1146"]) + \
        r.choice(["11", "11", "11", "12", "13", "14", "21", "71"]) + digits(r, 6)
    c = (10 - sum(int(a) * (1 if i % 2 == 0 else 2) for i, a in enumerate(b)) % 10) % 10
    return V(b[:6] + "-" + b[6:] + str(c), "KR_CRN", "crn_valid")

def luhn_ok(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9: d -= 9
        t += d
    return t % 10 == 0

def card(r, brand=None, masked=False, sep=None):
    brand = brand or r.choice(["visa", "visa", "master", "master", "bc", "bc", "jcb", "amex", "local"])
    pre = {"visa": "4" + digits(r, 3), "master": "5" + str(r.randint(1, 5)) + digits(r, 2), "bc": "94" + digits(r, 2),
           "jcb": "35" + str(r.randint(28, 89)), "amex": "3" + r.choice("47") + digits(r, 2),
           "local": r.choice(["9410", "9420", "9490", "6251"])}[brand]
    n = 15 if brand == "amex" else 16
    body = pre + digits(r, n - len(pre) - 1)
    for c in "0123456789":
        if luhn_ok(body + c): body += c; break
    sep = sep if sep is not None else r.choice(["-", "-", "-", " ", ""])
    if brand == "amex":
        t = sep.join([body[:4], body[4:10], body[10:]])
    else:
        t = sep.join([body[i:i + 4] for i in range(0, 16, 4)])
    sub = "card_" + brand
    if masked:
        ch = r.choice(["*", "X"])
        if brand == "amex":
            t = sep.join([body[:4], body[4:6] + ch * 4, ch * 1 + body[11:]])
        else:
            t = sep.join([body[:4], body[4:6] + ch * 2, ch * 4, body[12:]])
        sub = "card_masked"
    return V(t, "CREDIT_CARD", sub)

def passport(r, kind=None):
    kind = kind or r.choice(["old", "new", "new", "foreign"])
    if kind == "old":
        return V(r.choice("MMMMSRGD") + digits(r, 8), "KR_PASSPORT", "passport_kr_old")
    if kind == "new":
        return V(r.choice("MMMMSRGD") + digits(r, 3) + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(r, 4),
                 "KR_PASSPORT", "passport_kr_new")
    f = r.choice(["E" + digits(r, 8), "EA" + digits(r, 7), "G" + digits(r, 8), "C" + digits(r, 7), "B" + digits(r, 7),
                  "P" + digits(r, 7) + r.choice("ABC"), "TK" + digits(r, 7), "FA" + digits(r, 7), digits(r, 9),
                  "AA" + digits(r, 7), "N" + digits(r, 7)])
    return V(f, "KR_PASSPORT", "passport_foreign")

DL_REG = {"11": "서울", "12": "부산", "13": "경기", "14": "강원", "15": "충북", "16": "충남", "17": "전북",
          "18": "전남", "19": "경북", "20": "경남", "21": "제주", "22": "대구", "23": "인천", "24": "광주",
          "25": "대전", "26": "울산", "28": "경기북부"}

def dl(r, form=None):
    code = r.choice(list(DL_REG)); yy = "%02d" % r.choice(list(range(88, 100)) + list(range(0, 25)))
    ser = digits(r, 6); tail = digits(r, 2)
    form = form or r.choice(["num", "num", "num", "region", "region_nospace", "plain"])
    if form == "num": t, sub = "%s-%s-%s-%s" % (code, yy, ser, tail), "dl_numeric"
    elif form == "region": t, sub = "%s %s-%s-%s" % (DL_REG[code], yy, ser, tail), "dl_region"
    elif form == "region_nospace": t, sub = "%s%s-%s-%s" % (DL_REG[code], yy, ser, tail), "dl_region"
    else: t, sub = code + yy + ser + tail, "dl_plain12"
    return V(t, "KR_DRIVER_LICENSE", sub)

PLATE_PRIV = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주"
def plate(r, form=None):
    form = form or r.choice(["2d", "3d", "3d", "region", "commercial", "nospace", "rental", "delivery"])
    if form == "2d": t = "%02d%s %04d" % (r.randint(10, 69), r.choice(PLATE_PRIV), r.randint(1000, 9999))
    elif form == "3d": t = "%03d%s %04d" % (r.randint(100, 699), r.choice(PLATE_PRIV), r.randint(1000, 9999))
    elif form == "region": t = "%s %02d%s %04d" % (r.choice(list(DL_REG.values())[:11]), r.randint(10, 69), r.choice(PLATE_PRIV), r.randint(1000, 9999))
    elif form == "commercial": t = "%s %02d%s %04d" % (r.choice(["서울", "경기", "부산", "인천", "대구"]), r.randint(70, 79), r.choice("바사아자"), r.randint(1000, 9999))
    elif form == "nospace": t = "%03d%s%04d" % (r.randint(100, 699), r.choice(PLATE_PRIV), r.randint(1000, 9999))
    elif form == "rental": t = "%02d%s %04d" % (r.randint(10, 99), r.choice("하허호"), r.randint(1000, 9999))
    else: t = "%03d배 %04d" % (r.randint(800, 899), r.randint(1000, 9999))
    return V(t, "KR_VEHICLE_PLATE", "plate_" + form)

def hin(r):
    return V(str(r.randint(1, 9)) + digits(r, 10), "KR_HEALTH_INSURANCE", "hin_11")

def account(r, bank=None):
    b = bank or r.choice(BANKS)
    t = "-".join(digits(r, k) for k in b[1])
    if r.random() < .12: t = t.replace("-", "")
    return b[0], V(t, "KR_BANK_ACCOUNT", "acct_" + "-".join(map(str, b[1])))

def mobile(r, sep=None, masked=False):
    sep = r.choice(["-", "-", "-", "-", ".", " ", ""]) if sep is None else sep
    p = r.choice(["010"] * 9 + ["011", "016", "019"]); a = digits(r, 4); b = digits(r, 4)
    if masked:
        return V(sep.join([p, "****", b]), "PHONE_NUMBER", "phone_mobile_masked")
    t = sep.join([p, a, b])
    if r.random() < .05: t = "+82-" + p[1:] + "-" + a + "-" + b
    return V(t, "PHONE_NUMBER", "phone_mobile")

AREA = ["02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055", "061", "062", "063", "064"]
def landline(r, kind="landline", area=None):
    a = area or r.choice(AREA)
    if kind == "070": t = "070-" + digits(r, 4) + "-" + digits(r, 4)
    else: t = a + "-" + str(r.randint(2, 9)) + digits(r, r.choice([2, 3])) + "-" + digits(r, 4)
    if r.random() < .08: t = "(" + t.replace("-", ")", 1)
    return V(t, "PHONE_NUMBER", "phone_" + kind)

def email(r, gov=False, firm=None):
    loc = r.choice(ROMA) + r.choice(["", ".", "_"]) + r.choice(ROMA2) + r.choice(["", "", str(r.randint(1, 99)), str(r.randint(1970, 2005))])
    dom = "korea.kr" if gov else (firm or r.choice(MAIL_DOM))
    return V(loc + "@" + dom, "EMAIL_ADDRESS", "email_gov" if gov else "email")

def ip(r, kind=None):
    kind = kind or r.choice(["public", "public", "public", "private", "v6"])
    if kind == "private":
        t = r.choice(["10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(2, 254)),
                      "192.168.%d.%d" % (r.randint(0, 255), r.randint(2, 254)),
                      "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(2, 254))])
    elif kind == "v6":
        t = "%x:%x:%x:%x::%x" % (r.choice([0x2001, 0x2404, 0x2406, 0x2400]), r.randint(0x100, 0xffff),
                                  r.randint(0, 0xffff), r.randint(1, 0xffff), r.randint(1, 0xffff))
    else:
        t = "%d.%d.%d.%d" % (r.choice([1, 14, 27, 39, 49, 58, 59, 61, 106, 110, 112, 115, 118, 121, 125, 175, 182, 183,
                                         203, 211, 218, 220, 221, 222]), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
    return V(t, "IP_ADDRESS", "ip_" + kind)

MON_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
def dob(r, form=None, ymd=None):
    y, m, d = ymd or rand_date(r, 1940, 2012)
    forms = ["dot_sp", "dot_sp", "kor", "kor", "iso", "dot0", "yy_dot", "yymmdd", "slash", "dot0_nodot", "passport", "kor_sp"]
    form = form or r.choice(forms)
    t = {"dot_sp": "%d. %d. %d." % (y, m, d), "kor": "%d년 %d월 %d일" % (y, m, d), "iso": "%d-%02d-%02d" % (y, m, d),
         "dot0": "%d.%02d.%02d." % (y, m, d), "yy_dot": "%02d.%02d.%02d" % (y % 100, m, d),
         "yymmdd": "%02d%02d%02d" % (y % 100, m, d), "slash": "%d/%02d/%02d" % (y, m, d),
         "dot0_nodot": "%d.%02d.%02d" % (y, m, d), "passport": "%02d %s %d" % (d, MON_EN[m - 1], y),
         "kor_sp": "%d 년 %02d 월 %02d 일" % (y, m, d), "compact8": "%d%02d%02d" % (y, m, d)}[form]
    return V(t, "DATE_OF_BIRTH", "dob_" + form)

def road(r):
    return r.choice(ROAD_A) + r.choice(ROAD_B) + r.choice(["로", "로", "길", "대로"])

def addr(r, form=None, inst=False):
    """Returns (postal, V-or-N address, trailing parenthetical)."""
    sido = r.choice(list(REGIONS)); short, sgs = REGIONS[sido]; sgg = r.choice(sgs)
    form = form or r.choice(["road", "road", "road_short", "from_sgg", "jibun"])
    head = {"road": sido, "road_short": short, "from_sgg": "", "jibun": r.choice([sido, short])}[form]
    if form == "from_sgg" and not sgg: head = sido
    parts = [x for x in [head, sgg] if x]
    if form == "jibun":
        dong = r.choice(ROAD_A) + r.choice(ROAD_B) + (r.choice(["동", "동", "리"]) if not sgg.endswith("구") else "동")
        if dong.endswith("리"): parts.append(r.choice(ROAD_A) + r.choice(["면", "읍"]))
        parts.append(dong); parts.append("%d-%d" % (r.randint(1, 999), r.randint(1, 40)))
        if r.random() < .6:
            parts.append(r.choice(APT_A) + r.choice(APT_B) + " %d동 %d호" % (r.randint(101, 115), r.randint(1, 25) * 100 + r.randint(1, 8)))
        t = " ".join(parts); tail = ""
    else:
        rd = road(r)
        if r.random() < .3: rd += " %d번길" % r.randint(1, 80)
        parts.append(rd); parts.append(str(r.randint(1, 480)) + (("-%d" % r.randint(1, 20)) if r.random() < .2 else ""))
        t = " ".join(parts)
        if not inst:
            t += r.choice(["", ", %d동 %d호" % (r.randint(101, 120), r.randint(1, 25) * 100 + r.randint(1, 8)),
                           ", %d층 %d호" % (r.randint(2, 9), r.randint(1, 9) * 100 + r.randint(1, 9)), " %d층" % r.randint(2, 12),
                           ", %d호" % (r.randint(1, 12) * 100 + r.randint(1, 9))])
        tail = r.choice(["", "", " (%s동)" % (r.choice(ROAD_A) + r.choice(ROAD_B)),
                         " (%s동, %s)" % (r.choice(ROAD_A) + r.choice(ROAD_B), r.choice(APT_A) + r.choice(APT_B))])
    postal = "%05d" % r.randint(1000, 63600)
    if inst:
        return postal, N(t, "institution_address"), ""
    return postal, V(t, "KR_ADDRESS", "addr_" + form), tail

def firm(r):
    nm = r.choice(FIRM_A) + r.choice(FIRM_B)
    return r.choice(["(주)" + nm, "주식회사 " + nm, nm + "(주)", "㈜" + nm, nm])

def firm_domain(r):
    return r.choice(ROMA2) + r.choice(["eng", "tech", "corp", "co", "sys"]) + r.choice([".co.kr", ".com", ".kr"])

# ---------------------------------------------------------------- noise
HAN_DIG = "공일이삼사오육칠팔구"
HAN_UNDO = {c: str(i) for i, c in enumerate(HAN_DIG)}; HAN_UNDO["영"] = "0"
NUMERIC = {"KR_RRN", "KR_FRN", "KR_BRN", "KR_CRN", "CREDIT_CARD", "KR_HEALTH_INSURANCE", "KR_BANK_ACCOUNT",
           "PHONE_NUMBER", "KR_DRIVER_LICENSE"}

def noisy(r, v, kinds):
    t = v.text; done = []
    for k in kinds:
        if k == "fullwidth_digits":
            t = "".join(chr(0xFF10 + int(c)) if c.isdigit() else ("－" if c == "-" else c) for c in t)
        elif k == "unicode_hyphen":
            if "-" not in t: continue
            t = t.replace("-", r.choice(["‐", "–", "―", "‑"]))
        elif k == "space_in_number":
            if "-" in t and r.random() < .6: t = t.replace("-", r.choice([" - ", " -", "- "]), 1)
            else:
                ds = [i for i in range(1, len(t) - 1) if t[i].isdigit() and t[i - 1].isdigit()]
                if not ds: continue
                i = r.choice(ds); t = t[:i] + " " + t[i:]
        elif k == "newline_in_number":
            cut = [i for i in range(2, len(t) - 2) if t[i - 1] in "-－" or (t[i].isdigit() and t[i - 1].isdigit())]
            if not cut: continue
            i = r.choice(cut); t = t[:i] + "\n" + t[i:]
        elif k == "o_for_0":
            idx = [i for i, c in enumerate(t) if c == "0"]
            if not idx: continue
            for i in r.sample(idx, min(len(idx), r.randint(1, 2))): t = t[:i] + "O" + t[i + 1:]
        elif k == "l_for_1":
            idx = [i for i, c in enumerate(t) if c == "1"]
            if not idx: continue
            for i in r.sample(idx, min(len(idx), r.randint(1, 2))): t = t[:i] + r.choice("lI") + t[i + 1:]
        elif k == "hangul_digits":
            t = "".join(HAN_DIG[int(c)] if c.isdigit() else c for c in t)
        else:
            raise ValueError(k)
        done.append(k)
    return V(t, v.type, v.sub, v.noise + done)

def ocr_num(r, v, p=0.5):
    """Random OCR-type noise for a numeric V."""
    if r.random() > p: return v
    k = r.choice(["fullwidth_digits", "unicode_hyphen", "space_in_number", "newline_in_number", "o_for_0", "l_for_1",
                  "space_in_number", "o_for_0"])
    ks = [k]
    if r.random() < .25:
        k2 = r.choice(["space_in_number", "l_for_1", "o_for_0"])
        if k2 != k and not (k == "fullwidth_digits" and k2 in ("o_for_0", "l_for_1")): ks.append(k2)
    return noisy(r, v, ks)

def undo(t, noise):
    t = unicodedata.normalize("NFKC", t)
    t = re.sub("[‐‑‒–—―]", "-", t)
    if "o_for_0" in noise: t = t.replace("O", "0")
    if "l_for_1" in noise: t = t.replace("l", "1").replace("I", "1")
    if "hangul_digits" in noise: t = "".join(HAN_UNDO.get(c, c) for c in t)
    if "space_in_number" in noise or "newline_in_number" in noise or "wrapped" in noise:
        t = re.sub(r"\s*-\s*", "-", t); t = re.sub(r"(?<=\d)\s+(?=\d)", "", t)
        t = re.sub(r"(?<=[가-힣])\n(?=[가-힣])", "", t); t = t.replace("\n", " ")
    if "spaced_name" in noise: t = t.replace(" ", "")
    return t

# ---------------------------------------------------------------- hard negatives
def n_date(r, y0=2021, y1=2025):
    y, m, d = rand_date(r, y0, y1)
    return N(r.choice(["%d. %d. %d." % (y, m, d), "%d년 %d월 %d일" % (y, m, d), "%d-%02d-%02d" % (y, m, d),
                       "%d.%02d.%02d." % (y, m, d)]), "date")
def n_docnum(r, dept=None):
    return N(r.choice(["%s-%d" % (dept or r.choice(DEPTS), r.randint(100, 19999)),
                       "%s-%d-%d" % (r.choice(["서면", "법규", "사전"]), r.randint(2019, 2025), r.randint(100, 9999)),
                       "%s%d-%d" % (r.choice(["부가", "소득", "법인"]), r.randint(46000, 46099), r.randint(10, 999))]), "doc_number")
def n_case(r):
    y = r.randint(2017, 2025)
    return N(r.choice(["%d%s%d" % (y, r.choice(["구합", "가단", "가합", "고단", "고합", "노", "도", "두", "누", "고정", "고약", "드단", "느단", "카단"]), r.randint(100, 99999)),
                       "조심 %d서%d" % (y, r.randint(100, 9999)), "중앙%d-%d" % (y, r.randint(1000, 29999)),
                       "%d-%05d" % (y, r.randint(1, 30000))]), "case_number")
LAWS = ["개인정보 보호법", "주민등록법", "여권법", "도로교통법", "출입국관리법", "국민기초생활 보장법", "지방공무원법",
        "국가공무원법", "공공기관의 정보공개에 관한 법률", "자동차관리법", "민원 처리에 관한 법률", "국민건강보험법",
        "전자금융거래법", "정보통신망 이용촉진 및 정보보호 등에 관한 법률", "건축법", "공직자윤리법"]
def n_statute(r):
    law = r.choice(LAWS)
    return N(r.choice(["「%s」 제%d조 제%d항" % (law, r.randint(2, 99), r.randint(1, 5)),
                       "「%s 시행령」 제%d조" % (law, r.randint(2, 60)),
                       "「%s」 제%d조의%d" % (law, r.randint(2, 70), r.randint(2, 4)),
                       "같은 법 시행규칙 제%d조 제%d호" % (r.randint(2, 40), r.randint(1, 9))]), "statute")
def n_receipt(r):
    return N(r.choice(["%d%s-%02d%02d-%07d" % (r.randint(1, 9), r.choice(["AA", "AB", "BA", "CA", "DA"]), r.randint(21, 25), r.randint(1, 12), r.randint(0, 9999999)),
                       "제%d-%05d호" % (r.randint(2021, 2025), r.randint(1, 99999)),
                       "%d%02d%02d-%04d" % (r.randint(2021, 2025), r.randint(1, 12), r.randint(1, 28), r.randint(1, 9999))]), "receipt_number")
def n_switch(r):
    return N(r.choice(["%s-%d-%d" % (r.choice(["02", "044", "031", "051", "062", "042"]), r.randint(2000, 2199), r.randint(1000, 9999)),
                       "%s-%04d" % (r.choice(["1588", "1577", "1600", "1544", "1644", "1566", "1661", "1899"]), r.randint(0, 9999)),
                       r.choice(["110", "120", "1345", "1350", "1355", "126", "182", "1388"])]), "switchboard")
def n_amount(r):
    a = r.randint(3, 9000) * r.choice([1000, 10000, 100])
    return N(r.choice(["{:,}원".format(a), "금 {:,}원".format(a), "₩{:,}".format(a), "{:,}천원".format(a // 1000)]), "amount")
def n_version(r):
    return N("%d.%d.%d.%d" % (r.choice([10, 11, 6, 3]), r.randint(0, 9), r.randint(1000, 22999), r.randint(1, 4000)), "version_number")
def n_bid(r):
    return N(r.choice(["R%02dBK%08d-00" % (r.randint(23, 25), r.randint(0, 99999999)),
                       "%d%02d%05d-%02d" % (r.randint(2022, 2025), r.randint(1, 12), r.randint(0, 99999), r.randint(0, 2))]), "bid_number")
def n_mgmt(r):
    return N(r.choice(["%s-%d-%04d" % (r.choice(["031", "041", "052", "061"]), r.randint(2019, 2025), r.randint(1, 9999)),
                       "%d-%d-%06d" % (r.randint(1101, 4800), r.randint(2019, 2025), r.randint(1, 999999)),
                       "%05d-%03d-%05d" % (r.randint(11000, 48999), r.randint(100, 999), r.randint(1, 99999))]), "management_number")
def n_placeholder(r):
    s = r.choice(SURNAMES)
    return N(r.choice([s + "○○", s + "**", s + "모 씨", "홍길동", "갑", "을", "A씨", "B씨", s + "△△", s + "◇◇", s + "OO",
                       "민원인 " + s + "○○", "성명 미상"]), "placeholder_person")
def n_office(r):
    return N(r.choice([r.choice(["마포구청", "수원시", "세종시", "강릉시", "목포시", "부산진구청", "유성구청"]).replace("청", "") + "청장",
                       r.choice(ORGS) + "장관", "국세청장", "경찰서장", "교육감", "세무서장", "출입국·외국인청장",
                       r.choice(ORGS) + "장관(" + r.choice(DEPTS) + "장)"]), "office_title")
def n_place(r):
    return N(r.choice(PLACE_NEG) + r.choice(["", "시", "군", "읍", "역", "IC", "터미널"]), "name_like_place")
def n_firm(r):
    return N(firm(r), "firm_name")
PRODUCTS = ["하윤도시락", "서준김치", "민지두유", "지호생수", "예린쌀", "도윤빵", "수아떡", "채원한과", "현우커피"]
def n_product(r):
    return N(r.choice(PRODUCTS) + r.choice(["", " 세트", " 선물세트"]), "name_like_product")
def n_inst_email(r):
    return N(r.choice(["minwon", "help", "webmaster", "privacy", "info", "press"]) + "@" + r.choice(["mois", "mohw", "molit", "seoul", "gg", "busan", "sejong", "moel"]) + ".go.kr", "institution_email")
def n_zero(r):
    return N(r.choice(["000000-0000000", "000000-*******", "XXXXXX-XXXXXXX"]), "placeholder_number")
def n_uid(r):
    return N(r.choice(["u%05d" % r.randint(1, 99999), "adm%03d" % r.randint(1, 999), "emp%06d" % r.randint(1, 999999)]), "user_id")
def n_postal(r):
    return N("%05d" % r.randint(1000, 63600), "postal_code")

def inst_addr(r):
    return addr(r, r.choice(["road", "road_short"]), inst=True)[1]

def doc_date(r):
    y, m, d = rand_date(r, 2022, 2025)
    return "%d. %d. %d." % (y, m, d)

# ---------------------------------------------------------------- template helpers
L_PHONE = ["전화", "연락처", "휴대전화", "휴대폰", "H.P", "HP", "핸드폰", "Mobile", "☎", "Tel", "전화번호", "연락 가능 번호",
           "휴대폰 번호", "연락전화", "긴급연락처", "자택전화"]
L_MAIL = ["이메일", "E-mail", "전자우편", "메일", "e메일", "전자우편주소", "Email", "이메일 주소"]
L_RRN = ["주민등록번호", "주민번호", "주민등록 번호", "주민등록번호(외국인등록번호)", "주 민 번 호", "RRN", "주민등록번호 13자리"]
L_ADDR = ["주소", "주 소", "거주지", "주소지", "현 주소", "실거주지", "도로명주소", "주거", "주소(거소)", "현거주지", "자택주소"]
L_DOB = ["생년월일", "생 년 월 일", "출생일", "생일", "Date of Birth", "생년월일(YYYY.MM.DD)", "출생연월일", "생년월일(8자리)"]
L_NAME = ["성명", "성 명", "이름", "신청인", "성명(한글)", "대상자", "본인 성명", "Name"]
L_ACCT = ["계좌번호", "입금계좌", "환급계좌", "지급계좌", "계좌", "받으실 계좌", "통장번호"]
L_CARD = ["카드번호", "카드 번호", "결제카드", "신용카드번호", "카드No.", "바우처카드 번호", "체크카드 번호"]
L_HIN = ["건강보험증번호", "건강보험증 번호", "건보증번호", "건강보험 증번호", "보험증번호", "건강보험 가입자 번호"]
L_PASS = ["여권번호", "여권 번호", "Passport No.", "여권No", "여권번호(Passport No.)", "여권"]
L_DL = ["운전면허번호", "면허번호", "운전면허증 번호", "면허증번호", "운전면허 번호", "License No."]
L_PLATE = ["차량번호", "자동차등록번호", "차량 번호", "차번", "등록번호", "차량넘버"]
L_FRN = ["외국인등록번호", "외국인 등록번호", "등록번호", "Registration No.", "외국인번호", "외국인등록증 번호"]
L_BRN = ["사업자등록번호", "사업자번호", "사업자 등록번호", "등록번호(사업자)", "사업자등록No."]
L_CRN = ["법인등록번호", "법인번호", "법인 등록번호", "등록번호(법인)"]
L_IP = ["접속IP", "IP", "접속 IP", "IP주소", "아이피", "client_ip", "source IP", "접속지 IP"]

def fld(r, labels, val, after_p=0.12):
    L = r.choice(labels) if isinstance(labels, list) else labels
    if r.random() < after_p:
        return [val, r.choice([" (%s)" % L, "(%s)" % L, " ← %s" % L])]
    pre = r.choice(["%s: ", "%s : ", "%s ", "○ %s: ", "- %s: ", "[%s] ", "%s∶ ", "%s) ", "· %s: ", "%s\t"]) % L
    return [pre, val]

def addr_items(r, form=None, postal_p=.35):
    postal, a, tail = addr(r, form)
    items = []
    if r.random() < postal_p: items += [r.choice(["(", "[", "우) "]) if False else "(", N(postal, "postal_code"), ") "]
    items.append(a)
    if tail: items.append(tail)
    return items, a

def off_person(r, spaced=False):
    return person(r, r.choice(["kr"] * 12 + ["kr2"]), spaced)

def inst_phone(r):
    return r.choice(["대표전화 ", "대표번호 ", "콜센터 ", "(대표) ", "민원상담 "]), n_switch(r)

def tl(r): return r.choice(TITLES)

# ================================================================ templates (A: 공문, 민원, 보도, 뉴스)
def t_gongmun(r, i, nopii):
    d = Doc(); org = r.choice(ORGS + ["서울특별시 " + r.choice(REGIONS["서울특별시"][1]), "경기도 " + r.choice(REGIONS["경기도"][1]), r.choice(list(REGIONS)) + " 교육청"])
    dept = r.choice(DEPTS)
    d.add("{o}\n\n수신  {rc}\n(경유)\n제목  {ti}\n\n", o=org, rc=r.choice(["수신자 참조", "내부결재", n_office(r), "각 시·군 " + dept + "장"]),
          ti=r.choice(["개인정보 처리 실태 점검 결과 통보", "민원 처리 결과 회신", "보조금 지급 대상자 확정 알림", "출장 결과 보고",
                       "소송 수행 협조 요청", "과태료 부과 사전 통지", "용역 계약 체결 알림", "자료 제출 요청"]))
    d.add("1. 관련: {a} ({b})\n", a=n_docnum(r, dept), b=n_date(r))
    if nopii:
        d.add("2. {s}에 따라 붙임과 같이 {w}하오니 {q}. 담당자: {ph}\n", s=n_statute(r), w=r.choice(["통보", "알려드리", "안내"]),
              q=r.choice(["업무에 참고하시기 바랍니다", "기한 내 회신하여 주시기 바랍니다"]), ph=n_placeholder(r))
        d.add("3. 소요 예산 {a}은 {b} 사업비에서 집행합니다.\n\n붙임  점검 결과 1부.  끝.\n\n{o}\n\n", a=n_amount(r), b=r.choice(["일반회계", "특별회계"]), o=n_office(r))
        d.add("시행 {a} ({b})  접수 {c}\n우 {p}  {ad}  / {h}\n", a=n_docnum(r, dept), b=n_date(r), c=n_receipt(r), p=n_postal(r), ad=inst_addr(r), h=r.choice(["www.gov.kr", "www.mois.go.kr"]))
        x, y = inst_phone(r)
        d.add("{x}{y}  / {m} / 공개구분 {g}\n", x=x, y=y, m=n_inst_email(r), g=r.choice(["공개", "부분공개(6)", "비공개(5)"]))
        return d, "공문"
    ap = person(r, "kr"); cit_dob = dob(r)
    frames = [
        "2. 신청인 {p}(생년월일 {db})이 제출한 서류를 검토한 결과 {s}에 따른 요건을 충족하므로 지급 대상자로 확정합니다.\n",
        "2. {s}에 따라 {p} 님의 주소지({ad})로 결과를 송부하였음을 알려드립니다.\n",
        "2. 민원인({p}, {db}생)의 요청에 따라 처리 결과를 통보하며, 문의는 담당자에게 하시기 바랍니다.\n",
        "2. 계약상대자 대표 {p}(연락처 {ph})에게 {s}에 따른 이행을 촉구하였습니다.\n",
    ]
    f = r.choice(frames); kw = {"p": ap, "s": n_statute(r)}
    if "{db}" in f: kw["db"] = cit_dob
    if "{ad}" in f: kw["ad"] = addr(r)[1]
    if "{ph}" in f: kw["ph"] = mobile(r)
    d.add(f, **kw)
    if r.random() < .5:
        d.add("3. 지급 계좌: {b} {a} (예금주 {p})\n", b=(lambda x: x)(r.choice(BANKS)[0]), a=account(r)[1], p=same(ap))
    d.add("\n붙임  {x} 1부.  끝.\n\n{o}\n\n", x=r.choice(["검토 결과", "명단", "신청서 사본"]), o=n_office(r))
    g1, g2, g3 = off_person(r), off_person(r), off_person(r)
    lay = r.randrange(3)
    if lay == 0:
        d.add("기안자 {t1} {a}   검토자 {t2} {b}   결재권자 {t3} {c}\n", t1=r.choice(GRADE_TITLE), a=g1, t2=r.choice(["행정사무관", "팀장"]), b=g2, t3=r.choice(["과장", "국장"]), c=g3)
    elif lay == 1:
        d.add("주무관 {a}    팀장 {b}    과장 {c} {dt}\n", a=g1, b=g2, c=g3, dt=r.choice(["전결 ", "대결 "]) + doc_date(r))
    else:
        d.add("| 기안 | 검토 | 결재 |\n| {a} | {b} | {c} |\n", a=g1, b=g2, c=g3)
    if r.random() < .4: d.add("협조자 {t} {a}\n", t=r.choice(GRADE_TITLE), a=off_person(r))
    d.add("시행 {a} ({b})  접수 ({c})\n", a=n_docnum(r, dept), b=n_date(r), c=r.choice(["", doc_date(r)]))
    d.add("우 {p}  {ad}  / www.{h}.go.kr\n", p=n_postal(r), ad=inst_addr(r), h=r.choice(["mois", "mohw", "seoul", "gg", "sejong"]))
    area = r.choice(AREA)
    tel_lab, fax_lab = r.choice([("전화", "전송"), ("전화번호", "팩스번호"), ("Tel", "Fax"), ("☎", "FAX")])
    d.add("{tl} {t}  {fl} {f}  / {m} / {g}\n", tl=tel_lab, t=landline(r, area=area), fl=fax_lab, f=landline(r, "fax", area=area),
          m=email(r, gov=True), g=r.choice(["공개", "부분공개(6)", "대국민공개"]))
    return d, "공문"

def t_minwon(r, i, nopii):
    d = Doc()
    d.add("{h}\n", h=r.choice(["민원 처리 결과 통지", "국민신문고 민원 답변서", "질의에 대한 회신", "고충민원 처리 결과 알림"]))
    d.add("신청번호: {a}   접수일: {b}\n\n", a=n_receipt(r), b=n_date(r))
    if nopii:
        d.add("1. 귀하께서 제출하신 민원에 대한 검토 결과를 알려드립니다.\n2. {s}에 따르면 해당 처분은 {o}의 권한에 속하며, "
              "{pl} 일대 도로 점용 허가는 {c} 판결 취지에 따라 재검토 중입니다. 과태료 {a}은 감경 대상이 아닙니다.\n"
              "3. 추가 문의는 {x}{y}로 연락하시거나 {m}으로 보내 주시기 바랍니다. 민원인 표기: {ph}\n",
              s=n_statute(r), o=n_office(r), pl=n_place(r), c=n_case(r), a=n_amount(r), x="정부민원안내콜센터 ", y=N(r.choice(["110", "1345", "120"]), "switchboard"), m=n_inst_email(r), ph=n_placeholder(r))
        return d, "민원 회신"
    p = person(r); off = off_person(r)
    d.add(r.choice(["{p} 귀하\n", "수신: {p} 님\n", "민원인 {p} 님께\n"]), p=p)
    kind = r.randrange(5)
    if kind == 0:
        pl = plate(r)
        d.add("1. 귀하께서 {dt} {pl2} 앞 도로에 주차된 차량({v})에 대해 신고하신 내용을 확인하였습니다. 현장 확인 결과 해당 차량 소유자 {o}에게 과태료 부과 사전통지를 하였습니다.\n",
              dt=n_date(r), pl2=addr(r, "road")[1], v=pl, o=person(r))
        d.add("2. 신고 차량 {v}는 {a} 이후 재적발 시 견인 조치될 수 있습니다.\n", v=same(pl), a=n_date(r))
    elif kind == 1:
        ipv = ip(r, "public")
        d.add("1. {dt} 게시판에 {p}님의 휴대전화 번호({m})와 주소가 노출된 게시물이 올라왔다는 신고를 받고 즉시 비공개 처리하였습니다.\n"
              "2. 게시자의 접속 기록(IP {ip})은 {s}에 따라 수사기관 요청 시 제공됩니다.\n", dt=n_date(r), p=same(p), m=mobile(r), ip=ipv, s=n_statute(r))
    elif kind == 2:
        bank, ac = account(r); cd = card(r, masked=r.random() < .3)
        d.add("1. 귀하께서 요청하신 수수료 환불 건은 결제 카드({c})의 승인 취소가 어려워 {b} 계좌 {a}로 {am}을 반환하기로 하였습니다.\n"
              "2. 예금주가 신청인({p})과 다를 경우 반환이 지연될 수 있습니다.\n", c=cd, b=bank, a=ac, am=n_amount(r), p=same(p))
    elif kind == 3:
        d.add("1. 귀하({db}생, {ad})의 주민등록 사실조사 결과, 실거주가 확인되어 {s}에 따른 직권말소 대상에서 제외되었습니다.\n"
              "2. 세대원 {q}(배우자)의 전입신고도 함께 처리되었습니다.\n", db=dob(r), ad=addr(r)[1], s=n_statute(r), q=person(r, "kr"))
    else:
        hi = hin(r)
        d.add("1. 문의하신 건강보험 자격 관련 사항은 {o} 소관입니다. 보내주신 건강보험증 번호({h})와 주민등록번호 {rr}는 업무 처리 후 즉시 파기하였습니다.\n",
              o=N("국민건강보험공단 " + r.choice(["1577-1000", "1577-1000"]), "switchboard"), h=hi, rr=rrn(r, r.choice(["valid", "masked", "post2020"])))
    d.add("3. 이 답변에 대한 문의는 {dp} {o} {t}({ph}, {m})에게 하여 주시기 바랍니다.\n", dp=r.choice(DEPTS), o=off, t=r.choice(["주무관", "주무관", "사무관", "팀장", "담당"]), ph=landline(r), m=email(r, gov=True))
    x, y = inst_phone(r)
    d.add("※ 야간·휴일에는 {x}{y}를 이용하실 수 있습니다. {dt}\n", x=x, y=y, dt=n_date(r))
    return d, "민원 회신"

QUOTE_V = ["라고 말했다", "라고 밝혔다", "고 강조했다", "며 당부했다", "라고 전했다", "고 설명했다", "고 덧붙였다"]
def t_press(r, i, nopii):
    d = Doc(); org = r.choice(ORGS); dept = r.choice(DEPTS)
    d.add("보도자료\n보도시점: {a} {b}  배포: {c}\n", a=n_date(r), b=r.choice(["조간", "12:00", "즉시"]), c=n_date(r))
    d.add("{t}\n- {s} -\n\n", t=r.choice(["취약계층 긴급 생계비 지원 확대", "외국인 주민 통합지원센터 개소", "개인정보 유출 대응 훈련 실시",
                                           "어르신 교통안전 캠페인 추진", "청년 창업기업 12곳 선정"]), s=r.choice(["정책 수혜자 인터뷰 포함", "현장 점검 결과 발표"]))
    if nopii:
        d.add("{o}는 {dt}부터 {pl} 일대에서 사업을 추진한다고 밝혔다. 총사업비는 {am}이며, {s}에 근거한다. "
              "{f}와 협약을 맺어 {pr} 등 지역 상품도 지원한다. {o2}은 \"현장의 목소리를 듣겠다\"고 말했다.\n",
              o=org, dt=n_date(r), pl=n_place(r), am=n_amount(r), s=n_statute(r), f=n_firm(r), pr=n_product(r), o2=n_office(r))
        x, y = inst_phone(r)
        d.add("문의: {dp} ({x}{y})\n", dp=dept, x=x, y=y)
        return d, "보도자료"
    minister = off_person(r); cit = person(r); age = r.randint(23, 88); mt = r.choice(["장관", "차관", "청장", "시장", "실장"])
    d.add("{o}는 {dt} {pl}에서 {mn} {t}이 참석한 가운데 행사를 열었다고 밝혔다. ", o=org, dt=n_date(r), pl=n_place(r), mn=minister, t=mt)
    fr = r.randrange(4)
    if fr == 0:
        d.add("이날 지원금을 받은 {ad}에 사는 {c}({a}) 씨는 \"덕분에 겨울을 날 수 있게 됐다\"{q}.\n", ad=r.choice(REGIONS[r.choice(list(REGIONS))][1]) or "세종시", c=cit, a=age, q=r.choice(QUOTE_V))
    elif fr == 1:
        d.add("행사에는 {c1}({a1}), {c2}({a2}), {c3}({a3}) 씨 등 수혜자 대표가 함께했다.\n", c1=cit, a1=age, c2=person(r), a2=r.randint(20, 80), c3=person(r, "han"), a3=r.randint(20, 60))
    elif fr == 2:
        d.add("{pr}을 생산하는 {f} 대표 {c}({a})은 \"{w}\"{q}.\n", pr=n_product(r), f=n_firm(r), c=cit, a=age, w=r.choice(["지역과 함께 성장하겠다", "청년 고용을 늘리겠다"]), q=r.choice(QUOTE_V))
    else:
        d.add("우수 사례로 선정된 {n} 출신 결혼이민자 {c}({a}) 씨는 통역 봉사를 하고 있다. {c2} 씨는 \"이웃이 큰 힘이 됐다\"{q}.\n", n=r.choice(NATION), c=person(r, r.choice(["han", "lat"])), a=age, c2=cit, q=r.choice(QUOTE_V))
    d.add("{mn} {t}은 \"{w}\"{q}.\n\n", mn=same(minister), t=mt, w=r.choice(["현장 중심으로 제도를 보완하겠다", "사각지대를 줄이겠다"]), q=r.choice(QUOTE_V))
    r1, r2 = off_person(r), off_person(r); a1 = r.choice(AREA)
    st = r.randrange(3)
    if st == 0:
        d.add("담당 부서  {dp}\n책임자  과장 {a} ({p1})\n담당자  {t} {b} ({p2})\n", dp=dept, a=r1, p1=landline(r, area=a1), t=r.choice(GRADE_TITLE), b=r2, p2=landline(r, area=a1))
    elif st == 1:
        d.add("| 담당 부서 | {dp} | 책임자 | 과장 {a} | {p1} |\n| | | 담당자 | 주무관 {b} | {p2} |\n", dp=dept, a=r1, p1=landline(r, area=a1), b=r2, p2=landline(r, area=a1))
    else:
        d.add("이 보도자료와 관련하여 더 자세한 내용은 {dp} {b} {t}({p2}, {m})에게 연락 주시기 바랍니다.\n", dp=dept, b=r2, t=r.choice(["사무관", "주무관"]), p2=landline(r, area=a1), m=email(r, gov=True))
    return d, "보도자료"

def t_news(r, i, nopii):
    d = Doc(); city = r.choice(list(REGIONS)); sgg = REGIONS[city][1]
    if nopii:
        d.add("[{pl}=연합] {dt} 오전 {pl2} 인근 교차로에서 승용차와 화물차가 충돌해 A씨(52)와 B씨(47)가 다쳤다. 경찰은 {f} 소속 운전자 {ph}를 상대로 "
              "사고 경위를 조사하고 있다. 피해 규모는 {am}으로 추산된다. {o}은 {s} 위반 여부도 살피고 있다.\n",
              pl=n_place(r), dt=n_date(r), pl2=n_place(r), f=n_firm(r), ph=n_placeholder(r), am=n_amount(r), o=n_office(r), s=n_statute(r))
        return d, "뉴스"
    kind = r.randrange(5)
    a = person(r); age = r.randint(19, 79)
    if kind == 0:
        pl = plate(r)
        d.add("{c} {s} 한 도로에서 {dt} 새벽 {a}({ag})씨가 몰던 {pl} 승용차가 가로등을 들이받았다. 이 사고로 동승자 {b}({ag2})씨가 크게 다쳤다.\n"
              "경찰에 따르면 {a2}씨는 면허 취소 수치 상태였으며, 운전면허({dl})는 이미 정지된 상태였다.\n",
              c=REGIONS[city][0], s=r.choice(sgg) or "조치원읍", dt=n_date(r), a=a, ag=age, pl=pl, b=person(r), ag2=r.randint(19, 70), a2=same(a), dl=dl(r))
    elif kind == 1:
        bank, ac = account(r)
        d.add("보이스피싱 조직에 통장을 넘긴 혐의로 {a}({ag})씨 등 3명이 구속됐다. {a2}씨는 {b} 명의 {bk} 계좌({ac})를 빌려준 대가로 {am}을 받았다. "
              "피해자 {v}({ag2}·여)씨는 \"검사라는 말에 속았다\"고 진술했다.\n",
              a=a, ag=age, a2=same(a), b=person(r), bk=bank, ac=ac, am=n_amount(r), v=person(r), ag2=r.randint(50, 85))
    elif kind == 2:
        d.add("{org}는 {dt} 공무원 {a}({ag}) {t}을 직위해제했다고 밝혔다. {a2} {t}은 민원인 {n}명의 주민등록번호를 외부로 유출한 의혹을 받고 있다. "
              "유출된 자료에는 {ex} 같은 번호와 휴대전화 번호 {m} 등이 포함된 것으로 확인됐다.\n",
              org=r.choice(ORGS), dt=n_date(r), a=a, ag=age, t=r.choice(["주무관", "사무관"]), a2=same(a), n=r.randint(20, 900), ex=rrn(r, "masked"), m=mobile(r, masked=r.random() < .3))
    elif kind == 3:
        d.add("{n}에서 온 유학생 {a}({ag})씨가 {pl}에서 지갑을 주워 경찰에 맡겼다. 지갑에는 외국인등록증(등록번호 {fr})과 카드 {cd}가 들어 있었으며, 주인 {b}씨에게 무사히 전달됐다.\n",
              n=r.choice(NATION), a=person(r, r.choice(["lat", "han"])), ag=r.randint(19, 30), pl=n_place(r), fr=frn(r, masked=r.random() < .3), cd=card(r, masked=r.random() < .5), b=person(r))
    else:
        d.add("\"어르신 안부를 매일 확인합니다.\" {s} 통장 {a}({ag})씨는 {dt}부터 홀몸노인 {k}명을 돌보고 있다. 이웃 {b}·{c}씨는 \"{a2} 통장 덕에 든든하다\"고 말했다. "
              "{a2}씨 연락처({m})는 동 주민센터 게시판에도 붙어 있다.\n",
              s=r.choice(sgg) or "세종", a=a, ag=age, dt=n_date(r, 2015, 2023), k=r.randint(5, 40), b=person(r, "kr"), c=person(r, "kr"), a2=same(a), m=mobile(r))
    d.add("/{pl} = {rp} 기자 {m}\n", pl=n_place(r), rp=person(r, "kr"), m=email(r, firm=r.choice(["yna.co.kr", "newsis.com", "kbs.co.kr", "hani.co.kr"])))
    return d, "뉴스"

# ================================================================ templates (B: 회의록, 판결문, 감사·징계, 인사, 계약)
def t_minutes(r, i, nopii):
    d = Doc()
    d.add("{t}\n일시: {dt} 14:00\n장소: {pl} 회의실\n", t=r.choice(["제%d차 개인정보 보호위원회 회의록" % r.randint(1, 40), "주민참여예산위원회 회의록",
                                                                 "인사위원회 회의록", "지역사회보장협의체 실무회의 결과", "교통안전대책 간담회 회의록"]),
          dt=n_date(r), pl=n_place(r))
    if nopii:
        d.add("참석: 위원 7명(명단 별첨, 비공개)\n\n○ 위원장: 상정 안건은 {s} 개정에 따른 후속 조치입니다.\n○ 간사: 예산 {am}은 {o} 협의를 거쳐 확정되었습니다. "
              "{f} 제안은 {c} 결과를 보고 판단하겠습니다.\n○ 위원 {ph}: 이견 없습니다.\n", s=n_statute(r), am=n_amount(r), o=n_office(r), f=n_firm(r), c=n_case(r), ph=n_placeholder(r))
        return d, "회의록"
    mem = [off_person(r) for _ in range(r.randint(3, 6))]
    if r.random() < .3: mem.append(person(r, "lat"))
    style = r.randrange(3)
    if style == 0:
        d.put("참석자: "); 
        for k, m in enumerate(mem):
            d.put(m, " " + r.choice(["위원장", "위원", "위원", "간사", "과장"]) + (", " if k < len(mem) - 1 else "\n"))
    elif style == 1:
        d.put("참석자(", str(len(mem)), "명): ")
        for k, m in enumerate(mem): d.put(r.choice(["위원 ", "", "과장 "]), m, "·" if k < len(mem) - 1 else "\n")
    else:
        d.put("| 구분 | 성명 | 소속 |\n")
        for m in mem: d.put("| ", r.choice(["위원", "간사", "배석"]), " | ", m, " | ", r.choice(DEPTS + ["외부위원"]), " |\n")
    d.put("\n")
    sp = r.sample(mem, min(3, len(mem)))
    lines = [
        "○ {a} 위원장: 개회를 선언합니다. {b} 위원께서 지난 회의 결과를 보고해 주십시오.\n",
        "○ {b} 위원: 민원인 {c} 씨(연락처 {m})가 제기한 사안은 현장 확인을 마쳤습니다.\n",
        "○ {c2} 위원: {a}위원장님 의견에 동의합니다. 다만 {s} 해석은 법무팀 검토가 필요합니다.\n",
        "{b}위원은 \"대상자 {c} 씨의 주소({ad})가 공개 자료에 그대로 남아 있다\"며 삭제를 요청하였음.\n",
        "- {a}: 차량({v}) 소유주에게 재통지하기로 함.\n",
        "간사 {c2}는 외부 자문위원 {e} 교수의 의견서(수신 {em})를 배포하였다.\n",
    ]
    r.shuffle(lines)
    cz = person(r)
    for ln in lines[:r.randint(3, 5)]:
        kw = {"a": same(sp[0]), "b": same(sp[1 % len(sp)]), "c2": same(sp[2 % len(sp)]), "c": cz, "s": n_statute(r)}
        if "{m}" in ln: kw["m"] = mobile(r)
        if "{ad}" in ln: kw["ad"] = addr(r)[1]
        if "{v}" in ln: kw["v"] = plate(r)
        if "{e}" in ln: kw["e"] = person(r); kw["em"] = email(r)
        d.add(ln, **kw); cz = same(cz)
    d.add("\n작성자: {t} {w}  ({dt})\n", t=r.choice(GRADE_TITLE), w=off_person(r), dt=n_date(r))
    return d, "회의록"

def t_judgment(r, i, nopii):
    d = Doc(); court = r.choice(["서울중앙지방법원", "수원지방법원", "대전지방법원", "부산고등법원", "광주지방법원 목포지원", "서울행정법원", "의정부지방법원"])
    if nopii:
        d.add("{c}\n판 결\n사 건  {cs}\n원 고  {ph}\n피 고  {o}\n주 문\n1. 원고의 청구를 기각한다.\n2. 소송비용은 원고가 부담한다.\n이 유\n"
              "원고는 {s}에 따른 처분의 취소를 구하나, 관련 사건 {cs2}의 판단과 같이 이유 없다. 청구금액 {am}.\n판결선고 {dt}\n",
              c=court, cs=n_case(r), ph=n_placeholder(r), o=n_office(r), s=n_statute(r), cs2=n_case(r), am=n_amount(r), dt=n_date(r))
        return d, "판결문·결정문"
    crim = r.random() < .6
    d.add("{c}\n{k}\n사 건  {cs}\n", c=court, k="판 결" if crim or r.random() < .5 else "결 정", cs=n_case(r))
    defn = person(r)
    if crim:
        d.add("피 고 인  {p} ({rr}), {j}\n", p=defn, rr=rrn(r, r.choice(["masked", "masked", "valid"])), j=r.choice(["무직", "회사원", "운전기사", "자영업"]))
        d.put("주거  "); d.put(*addr_items(r, postal_p=0)[0]); d.put("\n")
        if r.random() < .6:
            d.put("등록기준지  "); d.put(addr(r, r.choice(["road", "jibun"]))[1]); d.put("\n")
        d.add("검 사  {a}(기소), {b}(공판)\n변 호 인  변호사 {c}(국선)\n", a=off_person(r), b=off_person(r), c=person(r, "kr"))
        d.add("판결선고  {dt}\n\n주 문\n피고인을 징역 {m}월에 처한다.\n\n이 유\n범 죄 사 실\n", dt=n_date(r), m=r.randint(4, 30))
        kind = r.randrange(4)
        if kind == 0:
            pl = plate(r)
            d.add("피고인은 {dt} 22:40경 혈중알코올농도 0.{x}%의 술에 취한 상태로 {ad} 앞 도로에서 {pl} 승용차를 약 3km 운전하였다. 피고인의 운전면허(면허번호 {dl})는 {dt2} 취소되었다.\n",
                  dt=n_date(r), x=r.randint(80, 199), ad=addr(r, r.choice(["road", "from_sgg"]))[1], pl=pl, dl=dl(r), dt2=n_date(r))
        elif kind == 1:
            bank, ac = account(r); v = person(r); age = r.randint(40, 85)
            d.add("피고인은 {dt} 피해자 {v}({ag}세)에게 전화하여 \"검찰청 수사관인데 계좌가 범죄에 이용되었다\"고 거짓말하여, 이에 속은 피해자로부터 {bk} 계좌({ac})로 {am}을 송금받았다. "
                  "또한 피해자 명의 신용카드({cd})를 이용하여 {am2} 상당을 결제하였다.\n",
                  dt=n_date(r), v=v, ag=age, bk=bank, ac=ac, am=n_amount(r), cd=card(r), am2=n_amount(r))
        elif kind == 2:
            ipv = ip(r)
            d.add("피고인은 {dt} 자신의 주거지에서 IP 주소 {ip}를 사용하여 {org} 홈페이지에 접속한 뒤, 피해자 {v}의 주민등록번호 {rr}와 휴대전화번호 {m}를 무단으로 게시하였다.\n",
                  dt=n_date(r), ip=ipv, org=r.choice(ORGS), v=person(r), rr=rrn(r, r.choice(["valid", "post2020", "masked"])), m=mobile(r))
        else:
            fo = person(r, r.choice(["lat", "han"])); pp = passport(r, "foreign")
            d.add("피고인은 {n} 국적의 {fo}(여권번호 {pp}, 외국인등록번호 {fr})를 고용하면서 {s}를 위반하여 체류자격 외 활동을 하게 하였다. "
                  "피고인은 {fo2}의 여권을 보관하였다.\n", n=r.choice(NATION), fo=fo, pp=pp, fr=frn(r), s=n_statute(r), fo2=same(fo))
        d.add("\n판사  {j}\n", j=off_person(r))
    else:
        d.add("원 고  {p}\n", p=defn); d.put("      "); d.put(*addr_items(r)[0]); d.put("\n")
        d.add("      소송대리인 변호사 {l}\n피 고  {o}\n", l=person(r, "kr"), o=n_office(r))
        d.add("\n주 문\n1. 피고가 {dt} 원고에 대하여 한 처분을 취소한다.\n\n이 유\n1. 처분의 경위\n", dt=n_date(r))
        kind = r.randrange(3)
        if kind == 0:
            d.add("가. 원고는 {db}생으로, 건강보험증번호 {h}의 지역가입자이다. 피고는 원고의 배우자 {s}({db2}생)의 소득을 합산하여 보험료를 부과하였다.\n",
                  db=dob(r, r.choice(["kor", "dot_sp", "dot0"])), h=hin(r), s=person(r), db2=dob(r, r.choice(["kor", "dot_sp"])))
        elif kind == 1:
            d.add("가. 원고는 {f}(사업자등록번호 {b}, 법인등록번호 {c})의 대표이사로서 {s}에 따른 영업정지 처분을 받았다.\n",
                  f=n_firm(r), b=brn(r), c=crn(r), s=n_statute(r))
        else:
            d.add("가. 원고는 {n} 국적 외국인(외국인등록번호 {fr})으로, 피고에게 체류기간 연장을 신청하였으나 불허되었다. 원고의 여권번호는 {pp}이다.\n",
                  n=r.choice(NATION), fr=frn(r), pp=passport(r, "foreign"))
        d.add("나. 인정 근거: 다툼 없는 사실, 갑 제1호증, 을 제2호증의 각 기재, 변론 전체의 취지\n2. 판단\n{s}의 취지에 비추어 원고의 주장은 이유 있다.\n\n재판장 판사 {a}  판사 {b}  판사 {c}\n",
              s=n_statute(r), a=off_person(r), b=off_person(r), c=off_person(r))
    return d, "판결문·결정문"

def t_audit(r, i, nopii):
    d = Doc(); org = r.choice(ORGS + ["경기도", "부산광역시", "전라남도"])
    if nopii:
        d.add("감사 결과 처분요구서\n제목: 보조금 집행 부적정\n관계기관: {o}\n\n{o2}은 {dt}부터 {dt2}까지 보조사업자 {f}에 대해 {s}에 따른 정산을 하지 않았다. 과다 지급액 {am}을 회수하고 관련자 {ph} 등을 주의 조치하시기 바랍니다. (감사번호 {n})\n",
              o=org, o2=n_office(r), dt=n_date(r), dt2=n_date(r), f=n_firm(r), s=n_statute(r), am=n_amount(r), ph=n_placeholder(r), n=n_docnum(r, "감사담당관"))
        return d, "감사·징계"
    if r.random() < .5:
        a = off_person(r); b = off_person(r)
        d.add("감사 결과 처분요구서\n제목: {ti}\n\n1. 현황 및 문제점\n", ti=r.choice(["업무추진비 사적 사용", "개인정보 무단 조회", "관용차량 사적 운행", "계약 업무 부당 처리"]))
        k = r.randrange(3)
        if k == 0:
            d.add("{dp} {g} {a}은 {dt}부터 {dt2}까지 개인정보처리시스템에 접속(접속 IP {ip})하여 업무와 무관한 지인 {c}의 주소({ad})와 전화번호({m})를 {n}회 조회하였다.\n",
                  dp=r.choice(DEPTS), g=r.choice(GRADE_TITLE), a=a, dt=n_date(r), dt2=n_date(r), ip=ip(r, "private"), c=person(r), ad=addr(r)[1], m=mobile(r), n=r.randint(3, 60))
        elif k == 1:
            pl = plate(r)
            d.add("{g} {a}은 관용차량 {pl}을 주말에 사적으로 운행하였고, 이를 묵인한 {t} {b}에게도 책임이 있다. {a2}의 운전면허번호 {dl}로 조회한 결과 벌점 이력도 확인되었다.\n",
                  g=r.choice(GRADE_TITLE), a=a, pl=pl, t=r.choice(["팀장", "과장"]), b=b, a2=same(a), dl=dl(r))
        else:
            d.add("{g} {a}은 {f}(대표 {c}, 사업자등록번호 {br}, 법인등록번호 {cr})과 수의계약을 체결하면서 견적서를 받지 않았다. 대금 {am}은 대표자 개인 계좌({bk} {ac})로 지급되었다.\n",
                  g=r.choice(GRADE_TITLE), a=a, f=n_firm(r), c=person(r), br=brn(r), cr=crn(r), am=n_amount(r), bk=r.choice(BANKS)[0], ac=account(r)[1])
        if r.random() < .6:
            d.add("이와 관련하여 {x}, {y}, {z} 등 {n}명에게서 경위서를 받았으며, {x2}은 \"관행이었다\"고 해명하였다.\n", x=same(b), y=off_person(r), z=off_person(r), n=3, x2=same(b))
        d.add("\n2. 조치할 사항\n{o}은 {a}을 {s}에 따라 {x}하시기 바랍니다.\n", o=n_office(r), a=same(a), s=n_statute(r), x=r.choice(["경징계 이상 징계", "훈계", "주의 조치"]))
    else:
        p = off_person(r)
        d.add("징계의결서\n\n| 소속 | {dp} | 직위(직급) | {g} | 성명 | {p} |\n", dp=r.choice(DEPTS), g=r.choice(GRADE_TITLE), p=p)
        d.add("생년월일: {db}   주소: {ad}\n의결주문: {x}\n\n이유\n", db=dob(r), ad=addr(r)[1], x=r.choice(["정직 1월", "감봉 2월", "견책"]))
        d.add("혐의자 {p}는 {dt} 음주 상태로 자신의 승용차({pl})를 운전하다 적발되어 운전면허(번호 {dl})가 취소되었다. 혐의자는 동승한 동료 {q}에게도 운전을 권유받았다고 진술하였다.\n",
              p=same(p), dt=n_date(r), pl=plate(r), dl=dl(r), q=off_person(r))
        d.add("\n{dt}\n{o} 인사위원회 위원장 {c}\n", dt=n_date(r), o=org, c=off_person(r))
    return d, "감사·징계"

def t_personnel(r, i, nopii):
    d = Doc(); org = r.choice(ORGS + ["서울특별시", "경상남도", "인천광역시"])
    d.add("{o} 인사발령 ({k})\n{dt}\n\n", o=org, k=r.choice(["제%d호" % r.randint(10, 300)]), dt=n_date(r))
    if nopii:
        d.add("1. {s}에 따라 다음 직위의 직무대리를 지정함: {dp}장 직무대리 — 운영지원과장(겸임)\n2. 세부 명단은 인사혁신처 인사시스템(e-사람)에서 확인 (게시번호 {n})\n3. 문의 {x}{y}\n",
              s=n_statute(r), dp=r.choice(DEPTS), n=n_docnum(r, "운영지원과"), x=inst_phone(r)[0], y=n_switch(r))
        return d, "인사발령"
    kind = r.randrange(3)
    if kind == 0:
        d.put(r.choice(["□ 승진\n", "<승진임용>\n"]))
        for _ in range(r.randint(3, 6)):
            d.add("{g}  {p}  ({dp})\n", g=r.choice(["행정5급", "행정6급", "시설6급", "사회복지6급", "전산7급"]), p=off_person(r), dp=r.choice(DEPTS))
        d.put(r.choice(["□ 전보\n", "<전보>\n"]))
        for _ in range(r.randint(2, 4)):
            d.add("{a} → {b}  {g} {p}\n", a=r.choice(DEPTS), b=r.choice(DEPTS), g=r.choice(GRADE_TITLE), p=off_person(r))
    elif kind == 1:
        d.add("국외출장 명령\n출장지: {c}   기간: {a} ~ {b}\n\n", c=r.choice(["베트남 하노이", "독일 베를린", "미국 워싱턴", "일본 도쿄"]), a=n_date(r), b=n_date(r))
        d.put("| 소속 | 직급 | 성명 | 생년월일 | 여권번호 |\n")
        for _ in range(r.randint(2, 4)):
            d.add("| {dp} | {g} | {p} | {db} | {pp} |\n", dp=r.choice(DEPTS), g=r.choice(GRADE_TITLE), p=off_person(r),
                  db=dob(r, r.choice(["dot0", "iso", "dot_sp", "yymmdd"])), pp=passport(r, r.choice(["old", "new", "new"])))
        d.add("※ 관용여권(G) 미소지자는 일반여권으로 대체하며, 출장 후 결과보고서를 {dt}까지 제출\n", dt=n_date(r))
    else:
        d.put("신규임용\n")
        for _ in range(r.randint(2, 4)):
            p = off_person(r)
            d.add("{g} 시보 {p} ({db}생) — {dp} 근무를 명함. 임용일 {dt}\n", g=r.choice(["행정9급", "전산9급", "사회복지9급", "간호8급"]), p=p,
                  db=dob(r, r.choice(["kor", "dot_sp", "dot0", "yy_dot"])), dp=r.choice(DEPTS), dt=n_date(r))
        if r.random() < .5:
            d.add("※ 연락처 확인: {p} {m}\n", p=off_person(r), m=mobile(r))
    d.add("\n{o}\n", o=n_office(r))
    return d, "인사발령"

def t_contract(r, i, nopii):
    d = Doc(); f = firm(r)
    d.add("{t}\n\n", t=r.choice(["용역 계약서", "물품 구매 계약서", "공사 도급 계약서", "입찰 참가 신청서", "협상에 의한 계약 체결 알림"]))
    if nopii:
        d.add("공고번호: {b}\n계약금액: {am}\n발주기관: {o}  ({ad})\n계약상대자: {f}\n계약기간: {dt} ~ {dt2}\n근거: {s}\n문의: {x}{y}\n",
              b=n_bid(r), am=n_amount(r), o=r.choice(ORGS), ad=inst_addr(r), f=n_firm(r), dt=n_date(r), dt2=n_date(r), s=n_statute(r), x="계약 담당 ", y=n_switch(r))
        return d, "계약·입찰"
    ceo = person(r); dom = firm_domain(r)
    d.add("공고번호 {b}\n\n1. 계약 당사자\n(갑) {o}  {ad}\n(을) 상호: {f}\n", b=n_bid(r), o=r.choice(ORGS), ad=inst_addr(r), f=f)
    lines = [["대표자: ", ceo, "\n"], ["대표자 성명 ", ceo, " (인)\n"], ["대표이사 ", ceo, "\n"]]
    d.put(*r.choice(lines))
    d.put(*fld(r, L_BRN, brn(r), 0.15)); d.put("\n")
    if r.random() < .95: d.put(*fld(r, L_CRN, crn(r), 0.15)); d.put("\n")
    d.put(r.choice(["소재지: ", "본점 소재지: ", "사업장 주소: ", "주소: "])); d.put(*addr_items(r)[0]); d.put("\n")
    d.add("{l} {p}  팩스 {fx}\n", l=r.choice(["전화", "대표번호", "연락처"]), p=landline(r), fx=landline(r, "fax"))
    if r.random() < .6:
        d.add("공동수급체 구성원: {f2} (사업자등록번호 {b2}, 법인등록번호 {c2}, 대표 {p2}, 지분 {x}%)\n", f2=N(firm(r), "firm_name"), b2=brn(r), c2=crn(r), p2=person(r), x=r.choice([30, 40, 49]))
    mgr = person(r)
    d.add("실무 담당: {m} {t} ({ph}, {e})\n", m=mgr, t=r.choice(["과장", "대리", "팀장", "책임"]), ph=mobile(r), e=email(r, firm=dom))
    bank, ac = account(r)
    if r.random() < .5:
        d.add("\n2. 대금 지급: {bk} {ac} (예금주: {h})\n", bk=bank, ac=ac, h=N(f, "firm_name"))
    else:
        d.add("\n2. 대금 지급 계좌\n은행명 {bk} / 계좌번호 {ac} / 예금주 {h}\n", bk=bank, ac=ac, h=same(ceo))
    if r.random() < .5:
        d.add("※ 선급금 보증 수수료는 대표자 개인카드({c})로 결제함\n", c=card(r))
    d.add("3. 계약금액: {am}  계약기간: {dt} ~ {dt2}\n\n{dt3}\n갑 {o}  을 {f} 대표 {c} (인)\n", am=n_amount(r), dt=n_date(r), dt2=n_date(r), dt3=n_date(r), o=n_office(r), f=f, c=same(ceo))
    return d, "계약·입찰"

# ================================================================ templates (C: 서식류)
def household(r, d, n):
    hdr = r.choice(["| 관계 | 성명 | 주민등록번호 | 비고 |\n", "관계\t성명\t주민등록번호\n", "| 관계 | 성명 | 생년월일 | |\n"])
    d.put(hdr)
    for _ in range(n):
        rel = r.choice(["배우자", "자녀", "부", "모", "손자녀", "형제"])
        if "생년월일" in hdr:
            d.add("| {a} | {p} | {db} | {x} |\n", a=rel, p=person(r, "kr"), db=dob(r, r.choice(["dot0", "iso", "yymmdd", "dot_sp"])), x=r.choice(["동거", "별거", ""]))
        elif "\t" in hdr:
            d.add("{a}\t{p}\t{rr}\n", a=rel, p=person(r, "kr"), rr=rrn(r, r.choice(["valid", "valid", "post2020", "masked"])))
        else:
            d.add("| {a} | {p} | {rr} | |\n", a=rel, p=person(r, "kr"), rr=rrn(r, r.choice(["valid", "post2020", "masked"])))

def t_welfare(r, i, nopii):
    d = Doc()
    d.add("{t}\n", t=r.choice(["사회보장급여 신청(변경)서", "긴급지원 신청서", "기초연금 지급 신청서", "아동수당 신청서", "에너지바우처 신청서", "장애인 활동지원 신청서"]))
    if nopii:
        d.add("(작성 예시)\n신청인 성명: {h}   주민등록번호: {z}\n주소: (예) ○○시 ○○구 ○○로 00\n※ {s}에 따라 금융정보 제공에 동의합니다.\n※ 문의: {x}{y} / 처리기간 {k}일 / 접수번호 {rc}\n",
              h=N("홍길동", "placeholder_person"), z=n_zero(r), s=n_statute(r), x="보건복지상담센터 ", y=N("129", "switchboard"), k=r.randint(7, 30), rc=n_receipt(r))
        return d, "복지·급여 신청서"
    p = person(r, r.choice(["kr"] * 9 + ["han"]))
    d.add("접수번호 {rc}   접수일 {dt}\n\n① 신청인\n", rc=n_receipt(r), dt=n_date(r))
    d.put(*fld(r, L_NAME, p, 0)); d.put("   ")
    d.put(*fld(r, L_RRN, ocr_num(r, rrn(r, r.choice(["valid", "valid", "masked"])), .25), 0)); d.put("\n")
    d.put(r.choice(L_ADDR) + ": "); d.put(*addr_items(r)[0]); d.put("\n")
    d.put(*fld(r, L_PHONE, mobile(r))); d.put("  ")
    if r.random() < .6: d.put(*fld(r, L_PHONE, landline(r))); d.put("  ")
    d.put(*fld(r, L_MAIL, email(r))); d.put("\n")
    if r.random() < .7: d.put(*fld(r, L_HIN, hin(r))); d.put("\n")
    d.put("② 가구 현황\n"); household(r, d, r.randint(1, 3))
    bank, ac = account(r)
    d.add("③ 급여 수령 계좌\n금융기관명 {b}   {l} {a}   예금주 {p}\n", b=bank, l=r.choice(L_ACCT), a=ocr_num(r, ac, .25), p=same(p))
    if r.random() < .7:
        d.put("④ 바우처 "); d.put(*fld(r, L_CARD, card(r, r.choice(["bc", "local", "visa", "master"]), masked=r.random() < .15))); d.put("\n")
    d.add("\n위와 같이 신청합니다.\n{dt}\n신청인 {p} (서명 또는 인)\n{o} 귀하\n", dt=n_date(r), p=same(p), o=n_office(r))
    if r.random() < .5:
        d.add("[대리 신청] 대리인 성명 {a}  관계 {rel}  연락처 {m}\n", a=person(r, "kr"), rel=r.choice(["자녀", "배우자", "이웃", "사회복지사"]), m=mobile(r))
    return d, "복지·급여 신청서"

def t_school(r, i, nopii):
    d = Doc(); sch = r.choice(["한빛", "새솔", "누리", "가람", "푸른"]) + r.choice(["초등학교", "중학교", "고등학교"])
    if nopii:
        d.add("{s} 가정통신문\n제목: 현장체험학습 안내\n일시: {dt}\n장소: {pl}\n비용: {am}\n※ 개인정보는 {st}에 따라 처리합니다. 문의 교무실({x})\n학교장\n",
              s=sch, dt=n_date(r), pl=n_place(r), am=n_amount(r), st=n_statute(r), x=N(r.choice(AREA) + "-%d-%04d" % (r.randint(200, 999), r.randint(0, 9999)), "switchboard"))
        return d, "학교 기록"
    st = person(r, r.choice(["kr"] * 8 + ["han", "lat"])); pa = person(r, "kr")
    k = r.randrange(3)
    if k == 0:
        d.add("{s} 전입학 신청서\n학생 성명 {a}   생년월일 {db}   성별 {g}\n보호자 {b} (관계: {rel})   휴대전화 {m}\n", s=sch, a=st, db=dob(r, None, rand_date(r, 2007, 2018)), g=r.choice(["남", "여"]), b=pa, rel=r.choice(["부", "모"]), m=mobile(r))
        d.put("현 주소 "); d.put(*addr_items(r)[0]); d.put("\n")
        d.add("학생 건강보험증 번호: {h}\n담임 {t} (교무실 {x})\n", h=hin(r), t=off_person(r), x=N(r.choice(AREA) + "-%d-%04d" % (r.randint(200, 999), r.randint(0, 9999)), "switchboard"))
    elif k == 1:
        d.add("교환학생 파견 명단 ({s})\n| 학년 | 성명 | 여권번호 | 생년월일 | 보호자 연락처 |\n", s=sch)
        for _ in range(r.randint(2, 4)):
            d.add("| {y} | {a} | {pp} | {db} | {m} |\n", y=r.randint(1, 3), a=person(r, "kr"), pp=passport(r, r.choice(["new", "old"])), db=dob(r, r.choice(["dot0", "iso", "yy_dot"]), rand_date(r, 2006, 2011)), m=mobile(r))
    else:
        d.add("{s} 학교폭력 사안 접수 보고\n관련 학생: {a}(2학년), {c}(2학년)\n신고 보호자: {b} ({m}, {e})\n", s=sch, a=st, c=person(r, "kr"), b=pa, m=mobile(r), e=email(r))
        d.add("{a} 학생 보호자 {b}씨는 \"{a2}가 SNS 단체방에서 괴롭힘을 당했다\"고 진술함. 가해 의심 학생 측 IP({ip}) 기록은 {o}에 제출.\n",
              a=same(st), b=same(pa), a2=same(st), ip=ip(r, "public"), o=N(r.choice(["관할 경찰서", "교육지원청"]), "office_title") if False else "교육지원청")
    return d, "학교 기록"

def t_hospital(r, i, nopii):
    d = Doc(); hosp = r.choice(["시립", "도립", "국립", "보훈"]) + r.choice(["중앙병원", "의료원", "재활병원", "요양병원"])
    if nopii:
        d.add("{h} 진료비 안내\n건강보험 적용 기준은 {s}에 따릅니다. 예상 본인부담금 {am}. 예약: {x}\n발행일 {dt}\n", h=hosp, s=n_statute(r), am=n_amount(r), x=n_switch(r), dt=n_date(r))
        return d, "병원 기록"
    pt = person(r, r.choice(["kr"] * 7 + ["lat", "han"]))
    foreign = pt.sub.startswith("foreign")
    d.add("{h} {t}\n등록번호(병록) {n}\n", h=hosp, t=r.choice(["진단서", "입원 기록지", "진료의뢰서", "응급실 내원 기록"]), n=N("%08d" % r.randint(0, 99999999), "management_number"))
    d.put(*fld(r, ["환자명", "환자 성명", "성명", "수진자"], pt, 0)); d.put("  ")
    if foreign:
        d.put(*fld(r, L_FRN, frn(r))); d.put("  "); d.put(*fld(r, L_PASS, passport(r, "foreign"))); d.put("\n")
    else:
        d.put(*fld(r, L_RRN, rrn(r, r.choice(["valid", "post2020", "masked"])))); d.put("\n")
    d.put(*fld(r, L_HIN, hin(r), .2)); d.put("   ")
    d.put(*fld(r, L_DOB, dob(r))); d.put("\n")
    d.put(r.choice(L_ADDR) + " "); d.put(*addr_items(r)[0]); d.put("\n")
    g = person(r, "kr")
    d.add("보호자 {g}({rel}) {m}\n", g=g, rel=r.choice(["배우자", "자녀", "모", "부"]), m=mobile(r))
    d.add("\n{pt} 님은 {dt} 내원하였으며, 수납은 {c} 카드로 처리됨. 주치의 {dr}\n", pt=same(pt), dt=n_date(r), c=card(r, masked=r.random() < .4), dr=person(r, "kr"))
    return d, "병원 기록"

def t_chat(r, i, nopii):
    d = Doc(); agent = off_person(r)
    t0 = r.randint(9, 17)
    def ts(k): return "[%02d:%02d]" % (t0, min(59, 5 + k * 3))
    if nopii:
        d.add("{a} 상담사: 안녕하세요, {o} 상담센터입니다.\n{b} 고객: 여권 재발급 절차 알려주세요.\n{c} 상담사: {s}에 따라 신청서를 작성하시면 되고, 수수료는 {am}입니다. 자세한 건 {x}로 문의하세요.\n{dd} 고객: 네 감사합니다.\n",
              a=ts(0), o=r.choice(ORGS), b=ts(1), c=ts(2), s=n_statute(r), am=n_amount(r), x=n_switch(r), dd=ts(3))
        return d, "상담·채팅 기록"
    cu = person(r)
    d.add("{a} 상담사 {g}: 안녕하세요, 상담사 {g2}입니다. 성함 말씀해 주시겠어요?\n", a=ts(0), g=agent, g2=same(agent))
    d.add("{a} 고객: {c}{x}\n", a=ts(1), c=cu, x=r.choice(["입니다", "이요", " 입니다", "예요"]) if cu.sub.startswith("kr") and not cu.noise else " 입니다")
    sel = r.sample(["rrn", "phone", "card", "plate", "mail", "dl", "frn", "hin", "acct", "addr", "dob", "pass"], r.randint(3, 5))
    k = 2
    for s in sel:
        if s == "rrn":
            v = rrn(r, r.choice(["valid", "post2020"]))
            if r.random() < .45: v = noisy(r, v, ["hangul_digits"])
            d.add("{a} 고객: 주민번호는 {v} 이에요\n", a=ts(k), v=v)
        elif s == "phone":
            v = mobile(r, sep=r.choice(["-", "", " "]))
            if r.random() < .6 and not v.text.startswith("+"): v = noisy(r, v, ["hangul_digits"])
            d.add("{a} 고객: 연락처 {v}로 문자 주세요\n", a=ts(k), v=v)
        elif s == "card": d.add("{a} 고객: 카드번호 불러드릴게요. {v} 유효기간은 {e}\n", a=ts(k), v=card(r, sep=r.choice(["", " ", "-"])), e="%02d/%02d" % (r.randint(1, 12), r.randint(26, 30)))
        elif s == "plate": d.add("{a} 고객: 차번호 {v}이고 과태료 고지서 받았어요\n", a=ts(k), v=plate(r))
        elif s == "mail": d.add("{a} 고객: 메일은 {v} 입니다\n", a=ts(k), v=email(r))
        elif s == "dl": d.add("{a} 고객: 면허번호가 {v} 맞나요?\n", a=ts(k), v=dl(r))
        elif s == "frn": d.add("{a} 고객: 저 외국인이에요. 등록번호 {v}\n", a=ts(k), v=frn(r))
        elif s == "hin": d.add("{a} 고객: 건강보험증 번호는 {v}요\n", a=ts(k), v=hin(r))
        elif s == "acct": b, ac = account(r); d.add("{a} 고객: 환급은 {b} {v}로 해주세요\n", a=ts(k), b=b, v=ac)
        elif s == "addr": d.add("{a} 고객: 주소 바뀌었어요. {v}\n", a=ts(k), v=addr(r)[1])
        elif s == "dob": d.add("{a} 고객: 생일은 {v}이에요\n", a=ts(k), v=dob(r, r.choice(["yymmdd", "kor", "dot_sp", "compact8"])))
        else: d.add("{a} 고객: 여권 {v} 분실했어요\n", a=ts(k), v=passport(r, r.choice(["old", "new"])))
        k += 1
    d.add("{a} 상담사 {g}: 확인되었습니다. 본인 확인 후 처리 결과는 {x} 안내드리겠습니다. 접수번호는 {rc}입니다.\n", a=ts(k), g=same(agent), x=r.choice(["문자로", "내일"]), rc=n_receipt(r))
    return d, "상담·채팅 기록"

def t_log(r, i, nopii):
    d = Doc()
    d.add("# {s} 개인정보처리시스템 접속기록 (발췌)\n# ver {v}\n", s=r.choice(["새올", "복지로 연계", "민원24", "차세대 주민등록"]), v=n_version(r))
    n = r.randint(4, 8)
    for k in range(n):
        y, m, dd = rand_date(r, 2023, 2025)
        tstamp = "%d-%02d-%02d %02d:%02d:%02d" % (y, m, dd, r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
        if nopii:
            d.add("{t} INFO uid={u} action={a} target=- ip=- build {v}\n", t=N(tstamp, "date"), u=n_uid(r), a=r.choice(["LOGIN", "LOGOUT", "SEARCH_LIST", "EXPORT_DENIED"]), v=n_version(r))
            continue
        fmt = r.randrange(4)
        if fmt == 0:
            d.add("{t} uid={u} name={p} ip={ip} action=VIEW subject={s}\n", t=tstamp, u=n_uid(r), p=off_person(r), ip=ip(r), s=r.choice([rrn(r, "masked"), frn(r), frn(r, True), crn(r)]))
        elif fmt == 1:
            d.add("{t} | {u} | {ip} | 조회 | 정보주체 {p} | {m}\n", t=tstamp, u=n_uid(r), ip=ip(r), p=person(r), m=mobile(r, masked=r.random() < .3))
        elif fmt == 2:
            d.add("{ip} - - [{t}] \"GET /minwon/view?id={rc} HTTP/1.1\" 200 5123 \"-\" \"Mozilla/5.0\" user={e}\n", ip=ip(r), t=tstamp, rc=n_receipt(r), e=email(r))
        else:
            d.add("{t} WARN 대량조회 탐지 user={u}({p}) src={ip} 조회건수={c}\n", t=tstamp, u=n_uid(r), p=off_person(r), ip=ip(r, "private"), c=r.randint(100, 5000))
    return d, "접속 로그"

# ================================================================ templates (D: OCR, 외국인, 차량, 표, 청구서)
def spaced_label(r, s):
    return " ".join(s) if r.random() < .4 else s

def wrap_addr(r, v):
    t = v.text; sp = [k for k, c in enumerate(t) if c == " "]
    if len(sp) < 2 or r.random() < .6: return v
    k = r.choice(sp[1:]); return V(t[:k] + "\n" + t[k + 1:], v.type, v.sub, v.noise + ["wrapped"])

def ocr_dob(r, v):
    if r.random() < .5: return v
    k = r.choice(["o_for_0", "l_for_1", "fullwidth_digits", "space_in_number"])
    return noisy(r, v, [k])

def t_ocr(r, i, nopii):
    d = Doc(); form = r.choice(["주민등록증 재발급 신청서", "여권 발급 신청서", "운전면허증 재발급 신청서", "사업자등록 신청서(개인사업자용)", "전입신고서", "자동차 이전등록 신청서"])
    d.add("[스캔본 OCR] {f}\n{x}\n", f=spaced_label(r, form), x=r.choice(["※ 뒤쪽의 작성방법을 읽고 작성하시기 바랍니다.", "□ 신규 ■ 재발급", "(앞쪽)", "접수번호 ｜ 접수일 ｜ 처리기간 즉시"]))
    if nopii:
        d.add("접수번호 {rc}\n성 명 ( ○○○ )   주민등록번호 ( {z} )\n수수료 {am}   근거 {s}\n{o} 귀하   발급일 {dt}\n",
              rc=n_receipt(r), z=n_zero(r), am=n_amount(r), s=n_statute(r), o=n_office(r), dt=n_date(r))
        return d, "OCR 스캔 서식"
    p = person(r, r.choice(["kr"] * 8 + ["kr2"]), spaced=r.random() < .3)
    d.put(spaced_label(r, "성명"), r.choice([" ", " : ", "｜"]), p, r.choice(["   ", "\n"]))
    if "여권" in form:
        d.put(spaced_label(r, "주민등록번호"), " ", ocr_num(r, rrn(r), .8), "\n")
        d.put("Passport No. ", passport(r, r.choice(["old", "new"])), r.choice(["  (구여권)\n", "\n"]))
        d.put("로마자 성명 ", person(r, "lat"), "\n")
    elif "운전" in form:
        d.put(spaced_label(r, "면허번호"), " ", ocr_num(r, dl(r), .7), "\n")
        d.put(spaced_label(r, "생년월일"), " ", ocr_dob(r, dob(r)), "\n")
    elif "사업자" in form:
        d.put(spaced_label(r, "상호"), " ", N(firm(r), "firm_name"), "  ", spaced_label(r, "사업자등록번호"), " ", ocr_num(r, brn(r), .7), "\n")
        d.put(spaced_label(r, "주민등록번호"), " ", ocr_num(r, rrn(r, r.choice(["valid", "masked"])), .7), "\n")
    elif "자동차" in form:
        d.put(spaced_label(r, "자동차등록번호"), " ", plate(r), "\n")
        d.put("양수인 법인등록번호 ", ocr_num(r, crn(r), .7), "  ", spaced_label(r, "사업자등록번호"), " ", ocr_num(r, brn(r), .6), "\n")
    else:
        d.put(spaced_label(r, "주민등록번호"), " ", ocr_num(r, rrn(r, r.choice(["valid", "post2020"])), .8), "\n")
    d.put(spaced_label(r, "주소"), " ")
    postal, a, tail = addr(r); d.put(wrap_addr(r, a), tail, "\n")
    ph = ocr_num(r, mobile(r), .8)
    d.put(spaced_label(r, r.choice(["전화번호", "휴대전화", "연락처"])), " ", ph, "\n")
    extra = r.sample(["card", "hin", "acct", "mail", "frn", "dob"], 2)
    for e in extra:
        if e == "card": d.put("수수료 결제 카드 ", ocr_num(r, card(r), .7), "\n")
        elif e == "hin": d.put(spaced_label(r, "건강보험증번호"), " ", ocr_num(r, hin(r), .7), "\n")
        elif e == "acct":
            b, ac = account(r); d.put("환급 계좌 ", b, " ", ocr_num(r, ac, .7), "\n")
        elif e == "mail": d.put("전자우편 ", email(r), "\n")
        elif e == "frn": d.put("(외국인) 등록번호 ", ocr_num(r, frn(r), .7), "\n")
        else: d.put("생년월일 ", ocr_dob(r, dob(r)), "\n")
    d.add("\n{dt}\n신청인 {p} (서명 또는 인)\n{o} 귀하\n", dt=n_date(r), p=same(p), o=n_office(r))
    return d, "OCR 스캔 서식"

def t_foreign(r, i, nopii):
    d = Doc()
    d.add("{t}\nAPPLICATION FORM\n", t=r.choice(["통합신청서(신고서)", "외국인등록 신청서", "체류기간 연장허가 신청서", "체류자격 변경허가 신청서", "외국인 근로자 고용변동 신고서"]))
    if nopii:
        d.add("□ 외국인등록 □ 등록증재발급 □ 체류기간연장\n※ 작성 예시: 성명 {h}, 외국인등록번호 {z}\n수수료 {am}  근거 {s}\n문의 외국인종합안내센터 {x}\n",
              h=N("HONG GILDONG", "placeholder_person"), z=n_zero(r), am=n_amount(r), s=n_statute(r), x=N("1345", "switchboard"))
        return d, "외국인 관련 서식"
    lat = r.random() < .7
    p = person(r, "lat" if lat else "han")
    ymd = rand_date(r, 1960, 2005)
    d.put(r.choice(["성명 Name In Full: ", "성명(Full name) ", "Surname/Given names ", "성명 "]), p, "\n")
    d.put(*fld(r, ["생년월일 Date of Birth", "생년월일", "Date of Birth", "출생일"], dob(r, r.choice(["dot0_nodot", "passport", "iso", "dot0", "kor"]), ymd), 0)); d.put("   성별 Sex  □M ■F\n")
    d.add("국적 Nationality  {n}\n", n=r.choice(NATION))
    d.put(*fld(r, L_PASS, passport(r, "foreign"), .1)); d.put("   여권발급일자 "); d.put(n_date(r, 2015, 2024)); d.put("\n")
    if r.random() < .85:
        d.put(*fld(r, L_FRN, ocr_num(r, frn(r, masked=r.random() < .1), .3), .1)); d.put("\n")
    d.put("대한민국 내 주소 Address In Korea: "); d.put(*addr_items(r)[0]); d.put("\n")
    d.put("전화 Tel. "); d.put(r.choice([landline(r), V("없음", "x", "x") if False else "-"])); d.put("   휴대전화 Cell phone "); d.put(mobile(r)); d.put("\n")
    if r.random() < .7: d.put("전자우편 E-mail "); d.put(email(r)); d.put("\n")
    if r.random() < .7:
        d.add("근무처 {f}  사업자등록번호 {b}  {hl} {h}\n", f=N(firm(r), "firm_name"), b=brn(r), hl=r.choice(L_HIN), h=hin(r))
        if r.random() < .5: d.add("근무처 법인등록번호 {c}\n", c=crn(r))
    if r.random() < .6:
        d.put(r.choice(["동반 가족 Family members\n", "[동반 가족]\n", "가족사항\n"]))
        for _ in range(r.randint(1, 3)):
            d.add("- {rel} {p} / {fl} {fr} / {pl} {pp}\n", rel=r.choice(["배우자", "자녀", "Spouse", "Child"]), p=person(r, r.choice(["lat", "han"])),
                  fl=r.choice(["외국인등록번호", "등록번호", "ARC No."]), fr=frn(r), pl=r.choice(["여권", "여권번호", "Passport"]), pp=passport(r, "foreign"))
    if r.random() < .5:
        d.add("배우자 성명 {s}  (주민등록번호 {rr})\n", s=person(r, "kr"), rr=rrn(r, r.choice(["valid", "masked"])))
    if r.random() < .4:
        d.add("신원보증인 {g} / {m}\n", g=person(r, "kr"), m=mobile(r))
    d.add("\n신청일 {dt}   신청인 서명 {p}\n공용란: 접수번호 {rc}  {o}\n", dt=n_date(r), p=same(p), rc=n_receipt(r), o=n_office(r))
    return d, "외국인 관련 서식"

def t_vehicle(r, i, nopii):
    d = Doc(); k = r.randrange(4)
    if nopii:
        d.add("불법 주정차 단속 현황 ({dt})\n단속 구역: {pl} 일대 / 단속 건수 {n}건 / 과태료 {am}\n근거 {s}\n※ 차량번호는 {x} 형태로 가림 처리함\n문의 {y}\n",
              dt=n_date(r), pl=n_place(r), n=r.randint(10, 400), am=n_amount(r), s=n_statute(r), x=N("12가 ****", "masked_plate"), y=n_switch(r))
        return d, "차량·교통"
    own = person(r)
    if k == 0:
        d.add("과태료 부과 사전통지서\n\n위반차량 {v}\n소유자 {o}\n", v=plate(r), o=own)
        d.put("주소 "); d.put(*addr_items(r)[0]); d.put("\n")
        d.add("위반일시 {dt} 08:{m:02d}\n위반장소 {pl} 앞\n과태료 {am}\n의견제출: {dt2}까지\n", dt=n_date(r), m=str(r.randint(10, 59)), pl=n_place(r), am=n_amount(r), dt2=n_date(r))
        d.add("※ {o}님께서 실제 운전자가 아닌 경우 운전자 성명·면허번호를 기재하여 제출하십시오. 운전자: {dr} (면허번호 {dl})\n", o=same(own), dr=person(r, "kr"), dl=dl(r))
    elif k == 1:
        d.add("자동차 이전등록 신청서\n자동차등록번호 {v}   차대번호 {vin}\n", v=plate(r), vin=N("KM" + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(15)), "vin"))
        d.add("양도인 성명 {a}  주민등록번호 {ra}\n양수인 성명 {b}  {lb} {rb}\n", a=own, ra=rrn(r, r.choice(["valid", "masked"])), b=person(r), lb=r.choice(["생년월일", "생년월일(법인은 법인등록번호)"]), rb=dob(r))
        d.put("양수인 주소 "); d.put(*addr_items(r)[0]); d.put("\n")
        d.add("매매업자 {f} (법인등록번호 {c}, 사업자등록번호 {br})\n", f=N(firm(r), "firm_name"), c=crn(r), br=brn(r))
    elif k == 2:
        d.add("운전면허 행정처분 결정 통지서\n\n성명 {o}   생년월일 {db}\n면허번호 {dl}   면허종별 {t}\n", o=own, db=dob(r), dl=dl(r), t=r.choice(["1종 보통", "2종 보통", "1종 대형"]))
        d.add("처분 내용: 면허정지 {n}일 (벌점 {p}점)\n처분 사유: {dt} {pl}에서 차량 {v} 운전 중 신호위반\n근거 {s}\n", n=r.randint(30, 100), p=r.randint(40, 100), dt=n_date(r), pl=n_place(r), v=plate(r), s=n_statute(r))
    else:
        d.add("교통사고 사실확인원\n\n사고일시 {dt}\n사고장소 {ad}\n", dt=n_date(r), ad=addr(r, "road")[1])
        d.add("| 구분 | 성명 | 차량번호 | 면허번호 | 연락처 |\n| 가해 | {a} | {va} | {da} | {ma} |\n| 피해 | {b} | {vb} | {db} | {mb} |\n",
              a=own, va=plate(r), da=dl(r), ma=mobile(r), b=person(r), vb=plate(r), db=dl(r), mb=mobile(r))
        d.add("보험사 접수번호 {rc}\n", rc=n_receipt(r))
    d.add("\n{o}\n", o=n_office(r))
    return d, "차량·교통"

def t_table(r, i, nopii):
    d = Doc(); sep = r.choice([" | ", "|", "\t", " ｜ "])
    def row(cells):
        for k, c in enumerate(cells):
            if k: d.put(sep)
            d.put(c)
        d.put("\n")
    d.put(r.choice(["[붙임] 지원 대상자 명단\n", "수혜자 현황표\n", "표 3. 명단(발췌)\n", "계좌 등록 현황\n", "체납자 차량 압류 목록\n"]))
    if nopii:
        row(["연번", "접수번호", "지원금액", "처리일", "근거"])
        for k in range(r.randint(3, 6)): row([str(k + 1), n_receipt(r), n_amount(r), n_date(r), n_statute(r)])
        return d, "표"
    kind = r.randrange(5)
    if kind == 0:  # headerless trailing column
        row(["연번", "성명", "연락처", "비고"])
        for k in range(r.randint(3, 6)): row([str(k + 1), person(r), mobile(r), r.choice(["", "신규", "재신청"]), email(r)])
    elif kind == 1:  # RRN split across cells
        row(["성명", "주민등록번호(앞)", "(뒤)", "주소"])
        for k in range(r.randint(2, 5)):
            v = rrn(r, r.choice(["valid", "valid", "post2020"])); f_, b_ = v.text.split("-")
            row([person(r), V(f_, "KR_RRN", "rrn_split_front", ["split_cells"]), V(b_, "KR_RRN", "rrn_split_back", ["split_cells"]), addr(r)[1]])
    elif kind == 2:
        row(["예금주", "은행", "계좌번호", "사업자번호", "법인번호"])
        for k in range(r.randint(2, 5)):
            b, ac = account(r); row([person(r), b, ac, brn(r), crn(r)])
    elif kind == 3:  # no header at all
        for k in range(r.randint(3, 6)):
            row([person(r), plate(r), dl(r), N(doc_date(r), "date")])
    else:
        row(["성명", "외국인등록번호", "여권번호", "건강보험", "카드"])
        for k in range(r.randint(2, 5)):
            row([person(r, r.choice(["lat", "han", "kr"])), frn(r), passport(r, "foreign"), hin(r), card(r, masked=r.random() < .2)])
    d.add("※ 작성: {p} ({dt})\n", p=off_person(r), dt=n_date(r))
    return d, "표"

def t_request(r, i, nopii):
    d = Doc()
    d.add("{t}\n", t=r.choice(["정보공개 청구서", "개인정보 열람 요구서", "개인정보 수집·이용 동의서", "주민등록표 열람 또는 등·초본 교부 신청서"]))
    if nopii:
        d.add("□ 청구인 정보 (작성 예: {h})\n※ {s}에 따라 처리됩니다. 처리기간 10일.\n수수료 {am} / 접수기관 {o} / 문의 {x}\n", h=n_placeholder(r), s=n_statute(r), am=n_amount(r), o=n_office(r), x=n_switch(r))
        return d, "청구·동의서"
    p = person(r)
    d.put(*fld(r, L_NAME, p)); d.put("\n")
    d.put(*fld(r, L_DOB, dob(r))); d.put("\n")
    if r.random() < .6: d.put(*fld(r, ["여권·외국인등록번호", "외국인등록번호"] if p.sub.startswith("foreign") else L_RRN, frn(r) if p.sub.startswith("foreign") else rrn(r, r.choice(["valid", "masked", "post2020"])))); d.put("\n")
    d.put(r.choice(L_ADDR) + " "); d.put(*addr_items(r)[0]); d.put("\n")
    d.put(*fld(r, L_PHONE, mobile(r))); d.put("  "); d.put(*fld(r, L_MAIL, email(r))); d.put("\n")
    if r.random() < .4:
        d.add("(법인·단체) {f} 사업자등록번호 {b} 법인등록번호 {cr} 대표자 {c}\n", f=N(firm(r), "firm_name"), b=brn(r), cr=crn(r), c=person(r, "kr"))
    if r.random() < .4:
        d.add("수수료 납부: 신용카드 {c}\n", c=card(r))
    d.add("청구 내용: {dt}자 {dn} 문서 일체\n{dt2}\n청구인 {p} (서명)\n", dt=n_date(r), dn=n_docnum(r), dt2=n_date(r), p=same(p))
    return d, "청구·동의서"

# ================================================================ validation
import datetime, ipaddress
SIDO_ALL = set(REGIONS) | {v[0] for v in REGIONS.values()}
SGG_ALL = {s.split()[0] for v in REGIONS.values() for s in v[1] if s}
REGION_NAMES = set(DL_REG.values())
TITLE_END = tuple(TITLES + ["씨", "님", "귀하", "은", "는", "이", "가", "의", "에게", "을", "를"])

def vdate(y, m, d):
    try: datetime.date(y, m, d); return True
    except ValueError: return False

def rrn_ck(s): return (11 - sum(int(a) * b for a, b in zip(s[:12], RRN_W)) % 11) % 10
def frn_ck(s): return (13 - sum(int(a) * b for a, b in zip(s[:12], RRN_W)) % 11) % 10
def front_date(f, g):
    cen = {"1": 1900, "2": 1900, "5": 1900, "6": 1900, "3": 2000, "4": 2000, "7": 2000, "8": 2000, "9": 1800, "0": 1800}[g]
    return cen + int(f[:2]), int(f[2:4]), int(f[4:6])

def brn_ok(s):
    s = s.replace("-", "")
    if not re.fullmatch(r"\d{10}", s): return False
    t = sum(int(a) * w for a, w in zip(s, [1, 3, 7, 1, 3, 7, 1, 3, 5])) + (int(s[8]) * 5) // 10
    return (10 - t % 10) % 10 == int(s[9])
def crn_ok(s):
    if not re.fullmatch(r"\d{6}-\d{7}", s): return False
    s = s.replace("-", "")
    return (10 - sum(int(a) * (1 if k % 2 == 0 else 2) for k, a in enumerate(s[:12])) % 10) % 10 == int(s[12])

DOB_RE = {"dot_sp": r"(\d{4})\. (\d{1,2})\. (\d{1,2})\.", "kor": r"(\d{4})년 (\d{1,2})월 (\d{1,2})일", "iso": r"(\d{4})-(\d\d)-(\d\d)",
          "dot0": r"(\d{4})\.(\d\d)\.(\d\d)\.", "yy_dot": r"(\d\d)\.(\d\d)\.(\d\d)", "yymmdd": r"(\d\d)(\d\d)(\d\d)",
          "slash": r"(\d{4})/(\d\d)/(\d\d)", "dot0_nodot": r"(\d{4})\.(\d\d)\.(\d\d)", "passport": r"(\d\d) ([A-Z]{3}) (\d{4})",
          "kor_sp": r"(\d{4}) 년 (\d\d) 월 (\d\d) 일", "compact8": r"(\d{4})(\d\d)(\d\d)"}

def check_value(sp, text):
    v = text[sp["start"]:sp["end"]]
    assert v == sp["value"], ("value mismatch", v, sp)
    assert v == v.strip() and v, ("edge whitespace", repr(v))
    typ, sub, noise = sp["type"], sp["sub_kind"], sp["noise"]
    u = undo(v, noise)
    if typ == "KR_ADDRESS": u = v.replace("\n", " ")
    fm = lambda p: re.fullmatch(p, u)
    if typ == "PERSON":
        key = v.replace(" ", "") if "spaced_name" in noise else v
        assert key in NAMES_MADE, ("unknown name", v)
        assert not (sub.startswith("kr") and key.endswith(("씨", "님"))), v
    elif typ == "KR_RRN":
        if sub == "rrn_masked":
            assert fm(r"\d{6}-[1-4][*●Xx○]{6}"), u; assert vdate(*front_date(u[:6], u[7])), u
        elif sub == "rrn_split_front": assert fm(r"\d{6}") and vdate(1900 + int(u[:2]), int(u[2:4]), int(u[4:6])) or vdate(2000 + int(u[:2]), int(u[2:4]), int(u[4:6])), u
        elif sub == "rrn_split_back": assert fm(r"[1-4]\d{6}"), u
        else:
            assert fm(r"\d{6}-[1-4]\d{6}"), (u, sp); s = u.replace("-", ""); y, m, d = front_date(s[:6], s[6]); assert vdate(y, m, d), u
            if sub == "rrn_valid": assert rrn_ck(s) == int(s[12]), u
            else: assert rrn_ck(s) != int(s[12]) and (y, m) >= (2020, 10), u
    elif typ == "KR_FRN":
        if sub == "frn_masked": assert fm(r"\d{6}-[5-8]\*{6}"), u
        else:
            assert fm(r"\d{6}-[5-8]\d{6}"), u; s = u.replace("-", ""); assert frn_ck(s) == int(s[12]), u
            assert vdate(*front_date(s[:6], s[6])) and int(s[7:9]) % 2 == 0 and s[11] in "6789", u
    elif typ == "KR_BRN": assert brn_ok(u), u
    elif typ == "KR_CRN": assert crn_ok(u), u
    elif typ == "CREDIT_CARD":
        if sub == "card_masked": assert fm(r"\d{4}[- ]?\d{2}[*X]{2}[- ]?[*X]{4}[- ]?\d{4}|\d{4}[- ]?\d{2}[*X]{4}[- ]?[*X]\d{4}"), u
        else:
            s = re.sub(r"[- ]", "", u); assert re.fullmatch(r"\d{15,16}", s) and luhn_ok(s), u
    elif typ == "KR_PASSPORT":
        pat = {"passport_kr_old": r"[MSRGD]\d{8}", "passport_kr_new": r"[MSRGD]\d{3}[A-Z]\d{4}", "passport_foreign": r"[A-Z]{0,2}\d{7,9}[A-Z]?"}[sub]
        assert fm(pat), u
    elif typ == "KR_DRIVER_LICENSE":
        if sub == "dl_numeric": assert fm(r"\d{2}-\d{2}-\d{6}-\d{2}") and u[:2] in DL_REG, u
        elif sub == "dl_region": assert re.fullmatch(r"(%s) ?\d{2}-\d{6}-\d{2}" % "|".join(REGION_NAMES), u), u
        else: assert fm(r"\d{12}") and u[:2] in DL_REG, u
    elif typ == "KR_VEHICLE_PLATE": assert re.fullmatch(r"((%s) )?\d{2,3}[가-힣] ?\d{4}" % "|".join(REGION_NAMES), u), u
    elif typ == "KR_HEALTH_INSURANCE": assert fm(r"[1-9]\d{10}"), u
    elif typ == "KR_BANK_ACCOUNT":
        groups = [int(x) for x in sub.split("_")[1].split("-")]
        if "-" in u: assert [len(x) for x in u.split("-")] == groups and re.fullmatch(r"[\d-]+", u), u
        else: assert fm(r"\d{%d}" % sum(groups)), u
    elif typ == "PHONE_NUMBER":
        if sub == "phone_mobile": assert fm(r"\+82-1[016789]-\d{4}-\d{4}|01[016789]([-. ]?)\d{4}\1\d{4}"), u
        elif sub == "phone_mobile_masked": assert fm(r"01[016789][-. ]?\*{4}[-. ]?\d{4}"), u
        elif sub == "phone_070": assert fm(r"070-\d{4}-\d{4}"), u
        else: assert fm(r"\(?0\d{1,2}[)-][2-9]\d{2,3}-\d{4}"), u
    elif typ == "EMAIL_ADDRESS": assert fm(r"[a-z0-9._]+@[a-z0-9.-]+\.[a-z]{2,}"), u
    elif typ == "IP_ADDRESS": ipaddress.ip_address(u)
    elif typ == "DATE_OF_BIRTH":
        m = re.fullmatch(DOB_RE[sub.split("_", 1)[1]], u); assert m, (u, sub)
        g = m.groups()
        if sub == "dob_passport": y, mo, d = int(g[2]), MON_EN.index(g[1]) + 1, int(g[0])
        else: y, mo, d = int(g[0]), int(g[1]), int(g[2])
        if y < 100: y += 1900 if y > 25 else 2000
        assert vdate(y, mo, d), u
    elif typ == "KR_ADDRESS":
        first = u.split()[0]
        assert first in SIDO_ALL or first in SGG_ALL, u
        assert re.search(r"(\d|호|층)$", u), u
    else:
        raise AssertionError("type " + typ)

LEAKS = [("mobile", re.compile(r"01[016789][-. ]?\d{3,4}[-. ]?\d{4}")), ("email", re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")),
         ("rrn_shape", re.compile(r"\d{6}\s*-\s*\d{7}")), ("card16", re.compile(r"(?<!\d)\d{4}[- ]?\d{4}[- ]?\d{4}[- ]?\d{4}(?!\d)"))]

def validate_record(text, spans, negs, no_pii):
    last = 0
    for sp in spans:
        assert 0 <= sp["start"] < sp["end"] <= len(text) and sp["start"] >= last, ("order/overlap", sp)
        last = sp["end"]; check_value(sp, text)
    for ng in negs:
        assert text[ng["start"]:ng["end"]] == ng["text"], ng
        for sp in spans: assert ng["end"] <= sp["start"] or ng["start"] >= sp["end"], ("neg overlaps span", ng)
    if no_pii: assert not spans, "no-PII record has spans"
    else: assert spans, "PII record without spans"
    cov = [False] * len(text)
    for sp in spans:
        for k in range(sp["start"], sp["end"]): cov[k] = True
    for v in {text[s["start"]:s["end"]] for s in spans}:
        if len(v) < 2: continue
        k = text.find(v)
        while k >= 0:
            assert all(cov[k:k + len(v)]), ("unlabelled repeat", v)
            k = text.find(v, k + 1)
    masked = list(text)
    for s in spans + negs:
        for k in range(s["start"], s["end"]): masked[k] = "#"
    mt = unicodedata.normalize("NFKC", "".join(masked))
    for nm, rx in LEAKS:
        m = rx.search(mt); assert not m, ("leak", nm, m.group(0) if m else "")

# ================================================================ driver
PLAN = [  # (template, function, records, of which no-PII)
    ("gongmun", t_gongmun, 34, 4), ("minwon", t_minwon, 32, 4), ("press", t_press, 30, 4), ("news", t_news, 34, 3),
    ("minutes", t_minutes, 30, 3), ("judgment", t_judgment, 36, 3), ("audit", t_audit, 28, 3), ("personnel", t_personnel, 24, 3),
    ("contract", t_contract, 30, 3), ("welfare", t_welfare, 30, 3), ("school", t_school, 20, 2), ("hospital", t_hospital, 22, 2),
    ("chat", t_chat, 28, 3), ("log", t_log, 24, 3), ("ocr", t_ocr, 40, 3), ("foreigner", t_foreign, 36, 3),
    ("vehicle", t_vehicle, 32, 3), ("table", t_table, 30, 3), ("request", t_request, 22, 2),
]
PROSE = {"press", "news", "minutes", "judgment", "audit", "minwon"}

def build_all():
    recs = []
    for tname, fn, cnt, nop in PLAN:
        nop_idx = {int((j + 0.5) * cnt / nop) for j in range(nop)}
        for i in range(cnt):
            base = "%s|%s|%d" % (SEED_PREFIX, tname, i); err = None
            for k in range(40):
                seed = base if k == 0 else base + "|r%d" % k
                r = random.Random(seed)
                d, genre = fn(r, i, i in nop_idx)
                text = d.text()
                try:
                    validate_record(text, d.spans, d.negs, i in nop_idx)
                    if i in nop_idx: assert d.negs, "no-PII record without hard negatives"
                    break
                except AssertionError as e:
                    err = e; continue
            else:
                raise SystemExit("could not build %s: %r" % (base, err))
            recs.append({"template": tname, "seed": seed, "genre": genre, "no_pii": i in nop_idx, "text": text,
                         "spans": d.spans, "negs": d.negs, "retries": k})
    order = list(range(len(recs))); random.Random(SEED_PREFIX + "|order").shuffle(order)
    out = []
    for n, j in enumerate(order):
        rec = recs[j]; rec["id"] = "%s-%04d" % (SET, n + 1); out.append(rec)
    return out

def dump(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for row in rows: f.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")

def table(header, rows):
    s = "| " + " | ".join(header) + " |\n|" + "---|" * len(header) + "\n"
    for row in rows: s += "| " + " | ".join(str(x) for x in row) + " |\n"
    return s

def main():
    recs = build_all()
    main_rows = [{"id": r_["id"], "text": r_["text"], "spans": [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in r_["spans"]],
                  "genre": r_["genre"]} for r_ in recs]
    meta_rows = [{"id": r_["id"], "template": r_["template"], "seed": r_["seed"], "genre": r_["genre"], "no_pii": r_["no_pii"],
                  "prose": r_["template"] in PROSE,
                  "spans": [{"start": s["start"], "end": s["end"], "type": s["type"], "sub_kind": s["sub_kind"], "noise": s["noise"]} for s in r_["spans"]],
                  "hard_negatives": [{"start": n["start"], "end": n["end"], "text": n["text"], "category": n["category"]} for n in r_["negs"]]}
                 for r_ in recs]
    dump(os.path.join(HERE, SET + ".jsonl"), main_rows)
    dump(os.path.join(HERE, SET + ".meta.jsonl"), meta_rows)
    # ---- re-read and validate the written files
    rd = [json.loads(l) for l in open(os.path.join(HERE, SET + ".jsonl"), encoding="utf-8")]
    rm = [json.loads(l) for l in open(os.path.join(HERE, SET + ".meta.jsonl"), encoding="utf-8")]
    assert len(rd) == len(rm) == len(recs)
    for a, b in zip(rd, rm):
        assert a["id"] == b["id"] and len(a["spans"]) == len(b["spans"])
        sps = [dict(s, sub_kind=m["sub_kind"], noise=m["noise"], value=a["text"][s["start"]:s["end"]]) for s, m in zip(a["spans"], b["spans"])]
        for s, m in zip(a["spans"], b["spans"]): assert (s["start"], s["end"], s["type"]) == (m["start"], m["end"], m["type"])
        validate_record(a["text"], sps, b["hard_negatives"], b["no_pii"])
        ids = set()
    assert len({a["id"] for a in rd}) == len(rd)
    # ---- stats
    st = OrderedDict()
    st["records"] = len(rd); st["no_pii_records"] = sum(m["no_pii"] for m in rm)
    st["prose_records"] = sum(m["prose"] for m in rm)
    st["gold_spans"] = sum(len(a["spans"]) for a in rd)
    st["retries_total"] = sum(r_["retries"] for r_ in recs)
    def cnt(it): return OrderedDict(sorted(Counter(it).items(), key=lambda kv: (-kv[1], kv[0])))
    st["by_genre"] = cnt(a["genre"] for a in rd)
    st["by_template"] = cnt(m["template"] for m in rm)
    st["no_pii_by_genre"] = cnt(m["genre"] for m in rm if m["no_pii"])
    st["spans_by_genre"] = OrderedDict(sorted(Counter({g: 0 for g in st["by_genre"]}).items()))
    for a in rd: st["spans_by_genre"][a["genre"]] += len(a["spans"])
    st["by_type"] = cnt(s["type"] for a in rd for s in a["spans"])
    st["by_sub_kind"] = cnt(s["type"] + "/" + s["sub_kind"] for m in rm for s in m["spans"])
    st["by_noise_tag"] = cnt(n for m in rm for s in m["spans"] for n in s["noise"])
    st["spans_with_noise"] = sum(1 for m in rm for s in m["spans"] if s["noise"])
    st["hard_negatives_by_category"] = cnt(h["category"] for m in rm for h in m["hard_negatives"])
    st["hard_negatives_total"] = sum(len(m["hard_negatives"]) for m in rm)
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(st, f, ensure_ascii=False, indent=1); f.write("\n")
    write_readme(st)
    files = [SET + ".jsonl", SET + ".meta.jsonl", "stats.json", "README.md", "make_set.py"]
    with open(os.path.join(HERE, "MD5SUMS"), "w", encoding="utf-8", newline="\n") as f:
        for fn in files:
            f.write("%s  %s\n" % (hashlib.md5(open(os.path.join(HERE, fn), "rb").read()).hexdigest(), fn))
    low = {t: c for t, c in st["by_type"].items() if c < 100}
    print("records", st["records"], "spans", st["gold_spans"], "no_pii", st["no_pii_records"], "prose", st["prose_records"], "genres", len(st["by_genre"]))
    print(json.dumps(st["by_type"], ensure_ascii=False))
    if low: print("WARNING types below 100:", low)

README_HEAD = """# pii_am — independent Korean public-sector PII evaluation set (synthetic)

`pii_am` is an evaluation set for a Korean PII detector for public-sector documents. It was written
independently: the author read only the label rules in `/work/shared/pii-dev/README.md` and the public
pages listed under *Independence*. It did not look at any detector, any detector code or any other
evaluation set. Every name, number, and address is invented: names are random surname + given-syllable
combinations, numbers are random (with valid check digits where the real identifier has one), and
addresses use invented road, 동 and 리 names under real 시/도 and 시/군/구.

## Files

| file | content |
|---|---|
| `make_set.py` | Generator (standard library only). It writes every other file and validates them. |
| `pii_am.jsonl` | `{"id","text","spans":[{"start","end","type"}],"genre"}`. Offsets are Python code-point indices. |
| `pii_am.meta.jsonl` | For each record: `template`, the exact `seed` string, `genre`, `no_pii`, `prose`, each span's `sub_kind` and `noise` tags, and the tagged `hard_negatives` (`start`,`end`,`text`,`category`). |
| `stats.json` | Counts by genre, template, type, sub-kind, noise tag and hard-negative category. |
| `README.md` | This file (also written by `make_set.py`). |
| `MD5SUMS` | md5 of the other files, written last. |

## Regeneration

```
cd /work/evalsets/pii_am && python3 make_set.py
```

Every random choice in a record comes from `random.Random("pii_am-2026|<template>|<i>")`, which uses a
**string** seed. A retry after a failed validation uses `"...|r<k>"`, and the seed actually used is stored
in the meta file. The record order is shuffled with `random.Random("pii_am-2026|order")`. The output was
generated under `PYTHONHASHSEED=1` and under `PYTHONHASHSEED=2`, and the two runs were byte-identical
(same MD5SUMS).

## Label conventions (following the dev README)

- 16 types. PERSON spans hold the name only, with no title, particle, 씨/님 or role label. Spaced names
  (`김 민 수`) are covered whole. Foreign names count in Latin or Hangul script.
- KR_ADDRESS runs from the 시/도 (full or short) or from the 시/군/구 down to the number and unit. The
  postal code before it and the parenthetical after it are excluded; both are tagged `postal_code` when a
  postal code is present.
- DATE_OF_BIRTH covers the date only (`생` and the label are outside). RRN prefixes are not labelled as a DOB.
- Masked RRNs (`850312-1******`, `●`, `X`, `○`) are labelled KR_RRN. Post-Oct-2020 RRNs have a deliberately
  invalid check digit.
- Not PII: institution switchboards and short codes, institution (청사 / issuing-agency) addresses,
  institution e-mail addresses (`minwon@….go.kr`), officials named only by office, document, case, receipt,
  bid and management numbers, statute citations, amounts, dates, postal codes, version numbers,
  placeholders (`홍길동`, `김○○`, `A씨`, `갑`, `000000-0000000`), firm names (also when the firm is the 예금주),
  system user IDs, VINs, and name-shaped places and products.
- **Choices this set makes where the dev README is silent** (they are documented so that a scorer can
  exclude them):
  (a) RRNs split across two table cells (`앞 6자리 | 뒤 7자리`) get one KR_RRN span per cell
  (sub-kinds `rrn_split_front`/`rrn_split_back`, noise `split_cells`), following "each cell gets its own span".
  (b) A partly masked mobile number (`010-****-1234`, sub-kind `phone_mobile_masked`), a masked card
  (`9410-12**-****-3456`, `card_masked`) and a masked FRN (`frn_masked`) are labelled, by analogy with masked RRNs.
  (c) A reporter's by-line e-mail and name in news prose are labelled: they belong to a natural person.
  (d) A table column that has no header (extra e-mail column) is labelled by content.

## Noise

Noise tags on spans: `fullwidth_digits` (digits become ０-９ and hyphens `－`), `unicode_hyphen`
(`‐ – ― ‑`), `space_in_number`, `newline_in_number`, `o_for_0` (letter O for zero), `l_for_1`
(`l`/`I` for one), `spaced_name`, `wrapped` (an address with a line break), and `split_cells`. OCR
records also space out their labels (`주 민 등 록 번 호`). Each span's `text[start:end]` is exactly the
noisy string.
"""

README_INDEP = """
## Independence

What was read:
- `/work/shared/pii-dev/README.md` (label rules and span-boundary rules). This was the only local file read.
- Public pages found with the search tool (corpora `pages` and `docs` only):
  - librewiki.net, 운전면허증 article: licence number layout `지역-연도-일련번호-검증/재교부`, 12 digits, or a region name before mid-2014.
  - icedameri.tistory.com/1079: licence number example structure.
  - passport.go.kr 여권이야기 (여권 번호): one letter + 8 digits, and the letters M/S/R/G/D.
  - busanjin.go.kr, 차세대 전자여권 page, and news.imaeil.com (2018-10-15): new passport format M123A4567.
  - ko.phongnhaexplorer.com and 157329.com / dsknw.com pages on Chinese passport numbers (E/G + 8 digits).
  - mir.pe, readonly.wiki and easylaw.go.kr pages on 외국인등록증, and hankyung.com (2023-03-28) on the new
    등록증 (7th digit 5–8 gives the sex; fields are 국가/지역, 체류자격 and 발급일자).
  - dailytoday.co.kr (고양시 신형 외국인등록증 기사).
  - namu.moe and mir.pe pages on 판결서 (민사소송법 제208조 기재사항: 당사자, 주문, 청구취지, 이유 …).
  - A docs search on 행정업무의 운영 및 혁신에 관한 규정 기안문 서식 returned a 행정업무운영 편람 PDF table of
    contents and data.go.kr 기안문 metadata. Only the excerpts were seen.
- No code or issues corpora were used, and no GitHub repository was read.
- No detector, detector code, scorer, baseline or other evaluation set was opened, listed, grepped or run.
  Only `python3` (standard library) was run, to execute this generator.
- The sentence frames, field layouts and value formats were written from the information above and from
  general knowledge of Korean administrative documents. No text was copied.
"""

def write_readme(st):
    s = README_HEAD
    s += "\n## Composition\n\n"
    s += "%d records, %d gold spans, %d records (%.1f %%) with no PII but with hard negatives, %d records (%.1f %%) in running prose " \
         "(보도자료, 뉴스, 회의록, 판결문 이유, 감사·징계 서술, 민원 회신 경위). %d spans carry noise. %d tagged hard negatives.\n\n" % (
        st["records"], st["gold_spans"], st["no_pii_records"], 100.0 * st["no_pii_records"] / st["records"], st["prose_records"],
        100.0 * st["prose_records"] / st["records"], st["spans_with_noise"], st["hard_negatives_total"])
    s += table(["genre", "records", "no PII", "gold spans"], [(g, c, st["no_pii_by_genre"].get(g, 0), st["spans_by_genre"][g]) for g, c in st["by_genre"].items()])
    s += "\n" + table(["type", "spans"], list(st["by_type"].items()))
    s += "\n" + table(["type/sub-kind", "spans"], list(st["by_sub_kind"].items()))
    s += "\n" + table(["noise tag", "spans"], list(st["by_noise_tag"].items()))
    s += "\n" + table(["hard-negative category", "count"], list(st["hard_negatives_by_category"].items()))
    s += "\n" + table(["template", "records"], list(st["by_template"].items()))
    s += """
## Validation performed

`make_set.py` runs these checks at generation time. It runs them again after re-reading the two written
`.jsonl` files and joining them on `id`. A record that fails is regenerated with a retry seed
(`%d` retries were needed in total):
- `text[start:end]` equals the intended value. Spans are in bounds, sorted, non-overlapping and have no
  whitespace at either edge. Hard negatives match their text and never overlap a span.
- Every other occurrence of a labelled string in the record lies inside a span.
- Format and check-digit checks per sub-kind, after the noise is undone (NFKC, hyphen variants mapped back,
  O→0 and l/I→1 where tagged, Hangul digits, spaces and line breaks removed). The checks:
  - RRN: checksum-valid, with a valid date (pre-2020); checksum-invalid with a date ≥ 2020-10 (post-2020);
    masked with a valid date, a gender digit and 6 mask characters.
  - FRN: legacy check digit (13 − Σ mod 11) mod 10, an even office code, and 12th digit 6–9.
  - BRN: weights 1,3,7,1,3,7,1,3,5 plus ⌊5·d₉/10⌋. CRN: alternating weights 1,2, check (10 − Σ mod 10) mod 10.
  - Cards: Luhn.
  - Patterns for the passport (old/new/foreign), driver licence (region code in the table), plate, 11-digit
    health-insurance number, bank grouping per bank, phone, e-mail, IP (`ipaddress`), DOB (a real calendar
    date), address (starts at a 시/도 or 시/군/구 and ends in a number, 호 or 층) and PERSON (must be a
    generated name).
- Leak check: after blanking spans and tagged hard negatives, no mobile number, e-mail, `######-#######`
  shape or 16-digit card shape remains.
- No-PII records have no spans, and each has at least one hard negative. Every other record has spans.
- Determinism: the full output was produced under `PYTHONHASHSEED=1` and `=2`, and the two runs are byte-identical.
""" % st["retries_total"]
    s += README_INDEP
    s += README_SLIPS
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f: f.write(s)

README_SLIPS = """
## Slips and caveats

- At the start the output folder was created with `mkdir -p`, in the same command that printed the dev README.
  No other local path was read.
- During the determinism check a copy of `MD5SUMS` (`MD5SUMS.h1`) was made as scratch inside this folder and deleted afterwards.
- Noise is concentrated in OCR, chat, welfare and foreigner records. Other genres have clean values.
- The templates are hand-written. Their variety is much wider than one frame per genre, but it is still finite,
  and a template-fitting model will score better here than on real documents.
- Some label choices are not covered by the dev README. They are listed under *Label conventions* (a)–(d).
  (b) in particular (masked mobiles and cards) may differ from a detector's intended convention.
- The format of the health-insurance number (11 digits) is synthetic, as in the dev README.
- Check-digit-valid numbers are random, so a few may coincide with real numbers by chance. Treat the files
  as sensitive-looking test data.
"""

if __name__ == "__main__":
    main()
