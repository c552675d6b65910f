#!/usr/bin/env python3
"""Build the pii_bf independent evaluation set.

Standard library only, deterministic (seeded with the string "pii_bf-2026").
Writes pii_bf.jsonl, pii_bf.meta.jsonl and stats.json, then re-reads and validates them.

Marker syntax (used both by handwritten.py and by the templates below):
  ⟦TYPE:value⟧                 gold span
  ⟦TYPE/subkind+noise1+noise2:value⟧   gold span with explicit sub-kind / extra noise tags
  ⟪category:text⟫              tagged hard negative (text kept, not labelled)
"""
import json, os, random, re, sys, unicodedata
from collections import Counter, defaultdict

SEED = "pii_bf-2026"
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

TYPES = ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "KR_ADDRESS", "DATE_OF_BIRTH",
         "KR_BANK_ACCOUNT", "KR_RRN", "IP_ADDRESS", "KR_PASSPORT", "KR_BRN",
         "KR_DRIVER_LICENSE", "KR_FRN", "KR_VEHICLE_PLATE", "KR_HEALTH_INSURANCE",
         "CREDIT_CARD", "KR_CRN"]

ALIAS = {"P": "PERSON", "PH": "PHONE_NUMBER", "EM": "EMAIL_ADDRESS", "AD": "KR_ADDRESS", "DOB": "DATE_OF_BIRTH",
         "ACC": "KR_BANK_ACCOUNT", "RRN": "KR_RRN", "IP": "IP_ADDRESS", "PP": "KR_PASSPORT", "BRN": "KR_BRN",
         "DL": "KR_DRIVER_LICENSE", "FRN": "KR_FRN", "CAR": "KR_VEHICLE_PLATE", "HI": "KR_HEALTH_INSURANCE",
         "CC": "CREDIT_CARD", "CRN": "KR_CRN"}
NEG_ALIAS = {"inst_addr": "institution_address", "inst_phone": "institution_phone", "office": "office_title",
             "docno": "doc_number", "caseno": "case_number", "date": "date_not_birth", "placeholder": "placeholder_person",
             "masked": "masked_person", "company": "company_name", "receipt": "receipt_number", "postal": "postal_code",
             "inst_email": "institution_email", "bid": "bid_number", "version": "version_number", "code": "institution_code"}
MARK_RE = re.compile(r"⟦([A-Z_]+)(?:/([a-z0-9_]+))?((?:\+[a-z0-9_]+)*):(.*?)⟧|⟪([a-z_]+):(.*?)⟫", re.S)

# ---------------------------------------------------------------- helpers
def S(typ, val, sub=None, noise=()):
    assert typ in TYPES, typ
    head = typ + ("/" + sub if sub else "") + "".join("+" + n for n in noise)
    return "⟦%s:%s⟧" % (head, val)

def N(cat, text):
    return "⟪%s:%s⟫" % (cat, text)

def parse(marked):
    out, spans, negs, pos = [], [], [], 0
    last = 0
    for m in MARK_RE.finditer(marked):
        plain = marked[last:m.start()]
        assert "⟦" not in plain and "⟪" not in plain and "⟧" not in plain and "⟫" not in plain, plain[:80]
        out.append(plain); pos += len(plain)
        if m.group(1):
            typ, sub, noise, val = ALIAS.get(m.group(1), m.group(1)), m.group(2), m.group(3), m.group(4)
            assert typ in TYPES, typ
            spans.append({"start": pos, "end": pos + len(val), "type": typ,
                          "sub": sub, "noise": [x for x in noise.split("+") if x], "value": val})
        else:
            cat, val = NEG_ALIAS.get(m.group(5), m.group(5)), m.group(6)
            negs.append({"start": pos, "end": pos + len(val), "category": cat, "text": val})
        out.append(val); pos += len(val)
        last = m.end()
    tail = marked[last:]
    assert "⟦" not in tail and "⟪" not in tail and "⟧" not in tail and "⟫" not in tail, tail[:80]
    out.append(tail)
    return "".join(out), spans, negs

# ---------------------------------------------------------------- normalisation / checks
HYPHENS = "‐‑‒–—－−"
CONF = {"O": "0", "o": "0", "l": "1", "I": "1", "|": "1", "S": "5", "B": "8", "Z": "2"}
HANGUL_DIGIT = dict(zip("공영일이삼사오육륙칠팔구", "001234566789"))
NUMERIC = {"PHONE_NUMBER", "KR_RRN", "KR_FRN", "KR_BRN", "KR_CRN", "CREDIT_CARD",
           "KR_BANK_ACCOUNT", "KR_HEALTH_INSURANCE", "IP_ADDRESS"}

def nfkc(s):
    s = unicodedata.normalize("NFKC", s)
    for h in HYPHENS:
        s = s.replace(h, "-")
    return s

def digits_of(val, conf=True):
    s = nfkc(val)
    if conf:
        s = "".join(CONF.get(c, c) for c in s)
    return s

def only_digits(s):
    return re.sub(r"[^0-9]", "", s)

def rrn_check(d):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return (11 - sum(int(a) * b for a, b in zip(d[:12], w)) % 11) % 10

def frn_check(d):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return (13 - sum(int(a) * b for a, b in zip(d[:12], w)) % 11) % 10

def brn_check(d):
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(int(a) * b for a, b in zip(d[:9], w)) + (int(d[8]) * 5) // 10
    return (10 - s % 10) % 10

def crn_check(d):
    s = sum(int(a) * (1 if i % 2 == 0 else 2) for i, a in enumerate(d[:12]))
    return (10 - s % 10) % 10

def luhn_ok(d):
    tot = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0

def luhn_complete(d):
    for c in "0123456789":
        if luhn_ok(d + c):
            return d + c

def valid_date(y, m, d):
    import datetime
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False

def rrn_birth(d):
    g = int(d[6])
    cent = {1: 1900, 2: 1900, 3: 2000, 4: 2000, 5: 1900, 6: 1900, 7: 2000, 8: 2000, 9: 1800, 0: 1800}[g]
    return cent + int(d[:2]), int(d[2:4]), int(d[4:6])

# ---------------------------------------------------------------- pools (all invented)
SURN = ("김 김 김 이 이 이 박 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 전 홍 고 문 양 손 배 백 허 유 "
        "남 심 노 하 곽 성 차 주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 "
        "연 위 표 명 기 반 라 왕 금 옥 육 인 맹 제 모 탁 국 남궁 황보 선우 제갈 독고 사공").split()
GIVEN = ("민준 서연 지훈 수빈 예린 도윤 하은 준서 지우 현우 서윤 건우 채원 유진 승민 다은 정호 미경 영수 순자 "
         "경희 상철 은정 태희 동현 혜진 성민 지영 재훈 소연 병철 명숙 광수 옥순 진혁 우진 시우 윤서 가윤 재원 "
         "태오 세영 정란 기석 덕희 말순 용준 혜원 창민 경아 주연 인호 선희 은비 종욱 민석 철민 규리 수아 도현 "
         "연주 상우 희정 영자 춘식 복남 정숙 대호 명진 윤아 승현 해진 찬영 나윤 하준 주원 서진 예준 지안 "
         "태민 보영 은숙 재석 미란 형준 동건 소희 영철 정미 다현 준혁 유나 석진 경민 혜린 성훈 수정 봉규 "
         "금순 완규 기철 영란 희수 재경 원석 상민 지혜 효진 한별 이준 서하 은우 채은 가은 범수 현정").split()
FOREIGN = [("NGUYEN VAN HUNG", "응우옌 반 훙", "베트남"), ("TRAN THI MAI", "쩐 티 마이", "베트남"),
           ("PHAM MINH TUAN", "팜 민 뚜언", "베트남"), ("LE THI HOA", "레 티 호아", "베트남"),
           ("Maria Clara Santos", "마리아 클라라 산토스", "필리핀"), ("Jose Reyes", "호세 레예스", "필리핀"),
           ("Ana Dela Cruz", "아나 델라크루즈", "필리핀"), ("WANG XIAOMING", "왕샤오밍", "중국"),
           ("ZHANG LIHUA", "장리화", "중국"), ("LIU JIANGUO", "류젠궈", "중국"),
           ("Aziz Karimov", "아지즈 카리모프", "우즈베키스탄"), ("Dilnoza Yusupova", "딜노자 유수포바", "우즈베키스탄"),
           ("Bayarmaa Enkhbold", "바야르마 엥흐볼드", "몽골"), ("Rahul Sharma", "라훌 샤르마", "인도"),
           ("Somchai Prasert", "솜차이 쁘라셋", "태국"), ("Bikash Thapa", "비카스 타파", "네팔"),
           ("Ahmed Hassan", "아흐메드 하산", "이집트"), ("Olga Petrova", "올가 페트로바", "러시아"),
           ("Michael Brown", "마이클 브라운", "미국"), ("Emily Johnson", "에밀리 존슨", "미국"),
           ("Thomas Weber", "토마스 베버", "독일"), ("Camille Durand", "카미유 뒤랑", "프랑스"),
           ("SATO KENJI", "사토 겐지", "일본"), ("TANAKA YUMI", "다나카 유미", "일본"),
           ("Siti Rahmawati", "시티 라마와티", "인도네시아"), ("Sokha Chan", "소카 찬", "캄보디아"),
           ("Kyaw Zin Htet", "쪼 진 텟", "미얀마"), ("Nurlan Abenov", "누를란 아베노프", "카자흐스탄"),
           ("James O'Connor", "제임스 오코너", "영국"), ("Priya Nair", "프리야 나이르", "인도")]
SIDO = [("서울특별시", "서울"), ("부산광역시", "부산"), ("대구광역시", "대구"), ("인천광역시", "인천"),
        ("광주광역시", "광주"), ("대전광역시", "대전"), ("울산광역시", "울산"), ("경기도", "경기"),
        ("강원특별자치도", "강원"), ("충청북도", "충북"), ("충청남도", "충남"), ("전북특별자치도", "전북"),
        ("전라남도", "전남"), ("경상북도", "경북"), ("경상남도", "경남"), ("제주특별자치도", "제주")]
SGG = {"서울": ["마포구", "은평구", "노원구", "강서구", "송파구", "관악구", "중랑구", "성북구"],
       "부산": ["해운대구", "사하구", "동래구", "부산진구"], "대구": ["수성구", "달서구", "북구"],
       "인천": ["남동구", "부평구", "연수구", "계양구"], "광주": ["광산구", "북구", "서구"],
       "대전": ["유성구", "서구", "대덕구"], "울산": ["남구", "울주군", "중구"],
       "경기": ["수원시 팔달구", "성남시 분당구", "고양시 일산동구", "안산시 단원구", "화성시", "김포시", "평택시", "의정부시"],
       "강원": ["춘천시", "원주시", "강릉시"], "충북": ["청주시 흥덕구", "충주시", "제천시"],
       "충남": ["천안시 동남구", "아산시", "서산시"], "전북": ["전주시 완산구", "익산시", "군산시"],
       "전남": ["순천시", "여수시", "목포시"], "경북": ["포항시 북구", "구미시", "경주시"],
       "경남": ["창원시 의창구", "김해시", "진주시"], "제주": ["제주시", "서귀포시"]}
ROADS = ["새말로", "솔빛길", "한울로", "느티나무로", "은행정로", "푸른들길", "매봉로", "달맞이길", "가람로",
         "별빛로", "바람재길", "초록길", "개나리로", "단풍나무길", "물푸레로", "서릿길", "미리내로", "햇살로",
         "다솜로", "청솔로", "가온길", "누리로", "보라매길", "구름다리로", "비단길"]
DONGS = ["신월동", "상계동", "망원동", "월평동", "봉명동", "금호동", "우산동", "호계동", "송정동", "대명동"]
APTS = ["한빛", "푸른마을", "솔내음", "늘푸른", "새숲", "누리채", "다온", "하늘채움", "별마루", "가온누리"]
BANKS = {"국민": "6-2-6", "신한": "3-3-6", "우리": "4-3-6", "하나": "3-6-5", "농협": "3-4-4-2",
         "IBK기업": "3-6-2-3", "카카오뱅크": "4-2-7", "토스뱅크": "4-4-4", "우체국": "6-2-6",
         "새마을금고": "4-2-6-1", "SC제일": "3-2-6", "부산": "3-4-4-2", "대구": "3-2-6-1", "수협": "3-2-6",
         "신협": "5-2-6", "케이뱅크": "3-3-6"}
EMAIL_DOM = ["naver.com", "daum.net", "hanmail.net", "gmail.com", "kakao.com", "nate.com", "outlook.kr"]
ROMA = ["minjun", "seoyeon", "jihoon", "subin", "yerin", "doyoon", "haeun", "junseo", "jiwoo", "hyunwoo",
        "chaewon", "yujin", "seungmin", "daeun", "jungho", "mikyung", "youngsoo", "taehee", "donghyun",
        "hyejin", "sungmin", "jiyoung", "jaehoon", "soyeon", "woojin", "siwoo", "yunseo", "taeo", "sewon"]
ROMA_S = ["kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "han", "oh", "seo", "shin"]
COMPANIES = ["(주)한빛엔지니어링", "주식회사 솔내음", "(주)다온테크", "가람건설(주)", "(주)푸른들식품",
             "누리정보통신(주)", "(주)별마루디자인", "주식회사 미리내소프트", "(유)청솔물류", "(주)햇살에너지"]
INST = [("서울특별시 중구 시민광장로 101 시민청사", "02-2133-0000"),
        ("세종특별자치시 한누리대로 2130 정부세종청사 9동", "044-200-1114"),
        ("경기도 수원시 팔달구 도청길 30 경기도청", "031-8008-2114"),
        ("부산광역시 연제구 중앙대로 1101 시청", "051-888-1114"),
        ("대전광역시 서구 청사로 189 정부대전청사 3동", "042-481-4114"),
        ("전라남도 무안군 삼향읍 오룡길 1 도청", "061-286-2114")]
ROMAN_PAIRS = [("김민준", "KIM", "MINJUN"), ("이서연", "LEE", "SEOYEON"), ("박지훈", "PARK", "JIHOON"),
               ("최수빈", "CHOI", "SUBIN"), ("정예린", "JUNG", "YERIN"), ("강도윤", "KANG", "DOYUN"),
               ("조하은", "CHO", "HAEUN"), ("윤준서", "YOON", "JUNSEO"), ("장지우", "JANG", "JIWOO"),
               ("임현우", "LIM", "HYUNWOO"), ("한채원", "HAN", "CHAEWON"), ("오유진", "OH", "YUJIN"),
               ("서승민", "SEO", "SEUNGMIN"), ("신다은", "SHIN", "DAEUN"), ("황보태희", "HWANGBO", "TAEHEE"),
               ("남궁세영", "NAMGOONG", "SEYOUNG"), ("류지영", "RYU", "JIYOUNG"), ("배동현", "BAE", "DONGHYUN")]
HOTLINES = ["1588-2188", "1577-1000", "1600-3570", "1544-0113", "1644-2828", "1566-0025", "1661-0900", "1899-7800"]

# ---------------------------------------------------------------- generators
class G:
    def __init__(self, rng):
        self.r = rng
    def c(self, seq):
        return self.r.choice(seq)
    def d(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))
    def name(self):
        s = self.c(SURN)
        g = self.c(GIVEN)
        if self.r.random() < 0.05:
            g = self.c("혁 결 솔 진 훈 란 민 호".split())
        return s + g
    def foreign(self):
        return self.c(FOREIGN)
    def mobile(self):
        a, b = self.d(4), self.d(4)
        f = self.r.random()
        if f < 0.6: return "010-%s-%s" % (a, b)
        if f < 0.72: return "010 %s %s" % (a, b)
        if f < 0.82: return "010%s%s" % (a, b)
        if f < 0.9: return "010.%s.%s" % (a, b)
        return "+82-10-%s-%s" % (a, b)
    def land(self):
        ac = self.c(["02", "031", "032", "033", "041", "042", "043", "051", "052", "053", "054", "055", "061", "062", "063", "064", "070"])
        mid = self.d(4 if ac in ("02", "070") or self.r.random() < .5 else 3)
        if mid[0] == "0": mid = "5" + mid[1:]
        return "%s-%s-%s" % (ac, mid, self.d(4))
    def email(self, name_ok=True):
        loc = self.c([self.c(ROMA) + "." + self.c(ROMA_S), self.c(ROMA_S) + self.c(ROMA) + self.d(2),
                      self.c(ROMA)[0:2] + self.c(ROMA_S) + "_" + self.d(3), self.c(ROMA) + self.d(4)])
        return loc + "@" + self.c(EMAIL_DOM)
    def off_email(self):
        return self.c(ROMA) + self.c(["", ".", "_"]) + self.c(ROMA_S) + self.c(["", self.d(2)]) + "@korea.kr"
    def dob_ymd(self, lo=1940, hi=2008):
        import datetime
        y = self.r.randint(lo, hi); m = self.r.randint(1, 12); d = self.r.randint(1, 28)
        return y, m, d
    def dob(self, ymd=None, fmt=None):
        y, m, d = ymd or self.dob_ymd()
        MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
        fmts = {"dot_spaced": "%d. %d. %d." % (y, m, d), "korean": "%d년 %d월 %d일" % (y, m, d),
                "iso": "%04d-%02d-%02d" % (y, m, d), "dot_compact": "%04d.%02d.%02d." % (y, m, d),
                "dot_nofinal": "%04d.%02d.%02d" % (y, m, d), "yy_dot": "%02d.%02d.%02d" % (y % 100, m, d),
                "yymmdd": "%02d%02d%02d" % (y % 100, m, d), "ymd8": "%04d%02d%02d" % (y, m, d),
                "slash": "%04d/%02d/%02d" % (y, m, d), "english": "%02d %s %04d" % (d, MON[m - 1], y),
                "kr_en": "%02d %d월/%s %04d" % (d, m, MON[m - 1], y), "yy_korean": "%02d년 %d월 %d일" % (y % 100, m, d),
                "dmy_slash": "%02d/%02d/%04d" % (d, m, y), "english_long": "%s %d, %d" % (
                    ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                     "October", "November", "December"][m - 1], d, y)}
        k = fmt or self.c(list(fmts))
        return fmts[k], "dob_" + k
    def rrn(self, kind=None, ymd=None):
        k = kind or self.c(["valid"] * 6 + ["masked"] * 3)
        if k == "post2020":
            y = self.r.randint(2020, 2025); m = self.r.randint(10 if y == 2020 else 1, 12); d = self.r.randint(1, 28)
            g = self.c("34")
        else:
            y, m, d = ymd or self.dob_ymd(1940, 2005)
            if y >= 2020 and m >= 10: y = 2019
            g = self.c("12") if y < 2000 else self.c("34")
        body = "%02d%02d%02d%s%s" % (y % 100, m, d, g, self.d(5))
        if k == "masked":
            mk = self.c(["*", "●", "X", "*", "x"])
            return "%s-%s%s" % (body[:6], g, mk * 6), "rrn_masked"
        c = rrn_check(body)
        if k == "post2020":
            c = (c + self.r.randint(1, 9)) % 10
        return "%s-%s%d" % (body[:6], body[6:], c), "rrn_" + k
    def frn(self, ymd=None):
        y, m, d = ymd or self.dob_ymd(1955, 2006)
        g = self.c("56") if y < 2000 else self.c("78")
        body = "%02d%02d%02d%s%s" % (y % 100, m, d, g, self.d(5))
        return "%s-%s%d" % (body[:6], body[6:], frn_check(body)), "frn"
    def brn(self):
        while True:
            b = self.d(3) + self.c(["81", "86", "87", "88", "01", "05", "13", "24", "85"]) + self.d(4)
            if b[0] != "0": break
        b += str(brn_check(b))
        return "%s-%s-%s" % (b[:3], b[3:5], b[5:]), "brn"
    def crn(self):
        b = "%04d" % self.r.randint(1101, 2871) + self.c(["11", "12", "71", "81"]) + self.d(6)
        b += str(crn_check(b))
        return "%s-%s" % (b[:6], b[6:]), "crn"
    def card(self, brand=None, sep=None, mask=None):
        br = brand or self.c(["visa", "master", "master2", "amex", "jcb", "bc", "unionpay", "diners", "local9"])
        pre = {"visa": "4" + self.d(5), "master": "5" + self.c("12345") + self.d(4), "master2": "22" + self.c("3456789") + self.d(3),
               "amex": "3" + self.c("47") + self.d(4), "jcb": "35" + self.c("3456789") + self.d(3),
               "bc": "94" + self.d(4), "unionpay": "62" + self.d(4), "diners": "36" + self.d(4), "local9": "9" + self.c("0124") + self.d(4)}[br]
        L = {"amex": 15, "diners": 14}.get(br, 16)
        num = luhn_complete(pre + self.d(L - 7))
        s = sep if sep is not None else self.c(["-", "-", " ", "", "-", " "])
        if L == 16: groups = [num[0:4], num[4:8], num[8:12], num[12:]]
        elif L == 15: groups = [num[0:4], num[4:10], num[10:]]
        else: groups = [num[0:4], num[4:10], num[10:]]
        sub = "card_" + br
        if mask:
            mk = self.c(["*", "*", "●", "X"])
            flat = list(num)
            if mask == "mid":
                for i in range(6 if L == 16 else 6, L - 4): flat[i] = mk
            else:
                for i in range(4, L - 4): flat[i] = mk
            num2 = "".join(flat)
            groups = [num2[0:4], num2[4:8], num2[8:12], num2[12:]] if L == 16 else [num2[0:4], num2[4:10], num2[10:]]
            sub += "_masked"
        return s.join(groups), sub
    def account(self, bank=None):
        b = bank or self.c(list(BANKS))
        pat = BANKS[b]
        parts = [self.d(int(x)) for x in pat.split("-")]
        if parts[0][0] == "0": parts[0] = "1" + parts[0][1:]
        if self.r.random() < 0.15:
            return b, "".join(parts), "acct_" + pat.replace("-", "_") + "_nodash"
        return b, "-".join(parts), "acct_" + pat.replace("-", "_")
    def passport(self, kind=None):
        k = kind or self.c(["kr_old", "kr_new", "kr_new", "foreign", "foreign"])
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        if k == "kr_old":
            return self.c("MMMMSGDR") + self.d(8), "passport_kr_old"
        if k == "kr_new":
            return self.c("MMMMSGDR") + self.d(3) + self.c(L) + self.d(4), "passport_kr_new"
        if k == "kr_masked":
            v = self.c("MMS") + self.d(3) + self.c(L) + self.d(4)
            return v[:5] + "****", "passport_kr_masked"
        cc = self.c(["CN", "VN", "PH", "JP", "US", "DE", "FR", "IN", "TH", "UZ", "MN", "ID", "RU", "GB", "NP", "KH"])
        v = {"CN": "E" + self.c(L) + self.d(7), "VN": self.c("CBN") + self.d(7), "PH": "P" + self.d(7) + self.c("ABC"),
             "JP": "T" + self.c("KRZ") + self.d(7), "US": self.c(["", "A"]) + self.d(8) if self.r.random() < .5 else self.d(9),
             "DE": "C" + "".join(self.c("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
             "FR": self.d(2) + self.c(L) + self.c(L) + self.d(5), "IN": self.c("JKLMNPRSTUVZ") + self.d(7),
             "TH": "A" + self.c("ABC") + self.d(7), "UZ": self.c(["FA", "AD", "AB"]) + self.d(7),
             "MN": "E" + self.d(7), "ID": self.c("XBCE") + self.d(7), "RU": "7" + self.d(1) + " " + self.d(7),
             "GB": "1" + self.d(8), "NP": "PA" + self.d(7), "KH": "N0" + self.d(7)}[cc]
        return v, "passport_foreign_" + cc.lower()
    def dl(self):
        regions = [("서울", 11), ("부산", 12), ("경기", 13), ("강원", 14), ("충북", 15), ("충남", 16), ("전북", 17),
                   ("전남", 18), ("경북", 19), ("경남", 20), ("제주", 21), ("대구", 22), ("인천", 23), ("광주", 24), ("대전", 25), ("울산", 26)]
        nm, code = self.c(regions)
        yy = "%02d" % self.r.randint(85, 124 if False else 99) if self.r.random() < .5 else "%02d" % self.r.randint(0, 24)
        body = "%s-%s-%s" % (yy, self.d(6), self.d(2))
        f = self.r.random()
        if f < 0.5: return "%d-%s" % (code, body), "dl_numeric"
        if f < 0.7: return "%s %s" % (nm, body), "dl_region_space"
        if f < 0.8: return "%s%s" % (nm, body), "dl_region_nospace"
        return "%d%s" % (code, body.replace("-", "")), "dl_12digits"
    def plate(self):
        h = self.c("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주")
        f = self.r.random()
        if f < 0.35: return "%02d%s %s" % (self.r.randint(10, 99), h, self.d(4)), "plate_2digit"
        if f < 0.6: return "%d%s %s" % (self.r.randint(100, 699), h, self.d(4)), "plate_3digit"
        if f < 0.75: return "%s %02d%s %s" % (self.c([s[1] for s in SIDO]), self.r.randint(10, 99), self.c("바사아자배"), self.d(4)), "plate_commercial"
        if f < 0.85: return "%d%s %s" % (self.r.randint(10, 99), self.c("하허호"), self.d(4)), "plate_rental"
        return "%02d%s%s" % (self.r.randint(10, 99), h, self.d(4)), "plate_nospace"
    def health(self):
        return self.c("1234567") + self.d(10), "hi_11digits"
    def ip(self):
        f = self.r.random()
        if f < 0.45: return "%d.%d.%d.%d" % (self.c([211, 121, 175, 58, 112, 220, 203, 61, 118, 14]), self.r.randint(1, 254), self.r.randint(0, 254), self.r.randint(1, 254)), "ipv4_public"
        if f < 0.6: return "192.168.%d.%d" % (self.r.randint(0, 30), self.r.randint(2, 254)), "ipv4_private"
        if f < 0.75: return "10.%d.%d.%d" % (self.r.randint(0, 250), self.r.randint(0, 250), self.r.randint(2, 254)), "ipv4_private"
        if f < 0.85: return "172.%d.%d.%d" % (self.r.randint(16, 31), self.r.randint(0, 250), self.r.randint(2, 254)), "ipv4_private"
        return "2001:%x:%x::%x" % (self.r.randint(0x200, 0xfff), self.r.randint(0x100, 0xffff), self.r.randint(0x10, 0xffff)), "ipv6"
    def address(self, unit=True, form=None):
        full, short = self.c(SIDO)
        sido = self.c([full, full, short])
        sgg = self.c(SGG[short])
        f = form or self.c(["road", "road", "road", "from_sgg", "jibun"])
        if f == "jibun":
            apt = self.c(APTS)
            a = "%s %s %s %d-%d %s아파트 %d동 %d호" % (sido, sgg, self.c(DONGS), self.r.randint(10, 999), self.r.randint(1, 30), apt, self.r.randint(101, 115), self.r.randint(1, 25) * 100 + self.r.randint(1, 6))
            return a, "addr_jibun", ""
        base = "%s %s %d" % (self.c(ROADS), "" if True else "", self.r.randint(1, 420))
        base = base.replace("  ", " ")
        a = ("%s %s %s" % (sido, sgg, base)) if f == "road" else ("%s %s" % (sgg, base))
        if unit:
            a += self.c([", %d동 %d호" % (self.r.randint(101, 120), self.r.randint(1, 25) * 100 + self.r.randint(1, 6)),
                         ", %d층 %d호" % ((lambda x: (x, x * 100 + self.r.randint(1, 9)))(self.r.randint(2, 9))),
                         " %d층" % self.r.randint(2, 12), ", %d호" % self.r.randint(101, 905), ""])
        ref = self.c(["", "", " (%s)" % self.c(DONGS), " (%s, %s아파트)" % (self.c(DONGS), self.c(APTS))])
        return a, "addr_" + f, ref
    def postal(self):
        return "%05d" % self.r.randint(1000, 63644)
    def date(self, lo=2023, hi=2026):
        return "%d. %d. %d." % (self.r.randint(lo, hi), self.r.randint(1, 12), self.r.randint(1, 28))
    def amount(self):
        return "{:,}원".format(self.r.randint(1, 9999) * 1000)
    def docno(self):
        return self.c(["운영지원과", "민원행정과", "총무과", "복지정책과", "교통행정과", "감사담당관", "출입국관리과", "세무과"]) + "-" + str(self.r.randint(100, 9999))

# ---------------------------------------------------------------- OCR noise
FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789-"}

def noisy(rng, typ, val):
    """Return (noisy_value, tags). Never introduces whitespace at either edge."""
    tags = []
    if typ == "PERSON":
        if " " not in val and len(val) >= 3 and rng.random() < 0.5:
            return " ".join(val), ["spaced_name"]
        if len(val) >= 3 and " " not in val and rng.random() < 0.4:
            k = rng.randint(1, len(val) - 1)
            return val[:k] + "\n" + val[k:], ["newline_in_name"]
        return val, []
    if typ == "KR_ADDRESS":
        sp = [i for i, c in enumerate(val) if c == " "]
        if sp:
            i = rng.choice(sp)
            return val[:i] + "\n" + val[i + 1:], ["wrapped"]
        return val, []
    if typ == "EMAIL_ADDRESS":
        if rng.random() < 0.5:
            return val.replace("@", "＠"), ["fullwidth_at"]
        return val.replace(".", ". ", 1) if "." in val.split("@")[1] and False else val, []
    v = val
    choice = rng.choice(["fullwidth_digits", "unicode_hyphen", "space_in_number", "newline_in_number", "confusable"])
    if choice == "fullwidth_digits":
        v = "".join(FW.get(c, c) for c in v); tags.append(choice)
    elif choice == "unicode_hyphen" and "-" in v:
        v = v.replace("-", rng.choice(["‐", "－", "–"])); tags.append(choice)
    elif choice == "space_in_number":
        idx = [i for i in range(1, len(v)) if v[i - 1].isdigit() and v[i].isdigit()]
        if idx:
            i = rng.choice(idx); v = v[:i] + " " + v[i:]; tags.append(choice)
        elif "-" in v:
            v = v.replace("-", " - ", 1); tags.append(choice)
    elif choice == "newline_in_number":
        if "-" in v and typ != "IP_ADDRESS":
            i = v.index("-"); v = v[:i + 1] + "\n" + v[i + 1:]; tags.append(choice)
        else:
            idx = [i for i in range(2, len(v) - 1) if v[i - 1].isdigit() and v[i].isdigit()]
            if idx:
                i = rng.choice(idx); v = v[:i] + "\n" + v[i:]; tags.append(choice)
    elif choice == "confusable":
        cand = [i for i, c in enumerate(v) if c in "0158" and i > 0]
        if typ == "KR_PASSPORT":
            cand = [i for i in cand if i > 0]
        if cand:
            i = rng.choice(cand)
            rep = {"0": "O", "1": rng.choice("lI"), "5": "S", "8": "B"}[v[i]]
            v = v[:i] + rep + v[i + 1:]; tags.append(choice)
    return v, tags

def ocrize(rng, marked, p=0.7):
    def sub(m):
        if not m.group(1):
            return m.group(0)
        typ, sb, nz, val = m.group(1), m.group(2), m.group(3), m.group(4)
        if rng.random() < p:
            v2, tags = noisy(rng, typ, val)
            if tags:
                return S(typ, v2, sb, [x for x in nz.split("+") if x] + tags)
        return m.group(0)
    out = MARK_RE.sub(sub, marked)
    # light noise on plain text: dropped/doubled spaces and '·' -> '.'
    pieces = MARK_RE.split(out)
    res, last = [], 0
    for m in MARK_RE.finditer(out):
        plain = out[last:m.start()]
        plain = "".join((c if c != "·" else ".") for c in plain)
        plain = re.sub(r"(?<=[가-힣]) (?=[가-힣])", lambda _: rng.choice([" ", " ", " ", "", "  "]), plain)
        res.append(plain); res.append(m.group(0)); last = m.end()
    tail = out[last:]
    tail = re.sub(r"(?<=[가-힣]) (?=[가-힣])", lambda _: rng.choice([" ", " ", " ", "", "  "]), tail)
    res.append(tail)
    return "".join(res)

# ---------------------------------------------------------------- templates
TEMPLATES = []

def T(name, genre, count, ocr_p=0.0):
    def deco(fn):
        def run(g):
            m = fn(g)
            if ocr_p and g.r.random() < ocr_p:
                return ocrize(g.r, m), True
            return m, False
        TEMPLATES.append((name, genre, count, run))
        return fn
    return deco

def P(v): return S("PERSON", v)
def SP(typ, pair): return S(typ, pair[0], pair[1])
def inst(g):
    a, p = g.c(INST)
    return N("institution_address", a), N("institution_phone", p)
def addr(g, **kw):
    a, sub, ref = g.address(**kw)
    return S("KR_ADDRESS", a, sub) + ref
def acct(g, bank=None):
    b, v, sub = g.account(bank)
    return b, S("KR_BANK_ACCOUNT", v, sub)
def pers_rank(g):
    return g.c(["주무관", "사무관", "서기관", "팀장", "과장", "실무관", "연구관"])

@T("t_gongmun_footer", "공문", 5, 0.15)
def _(g):
    ia, ip = inst(g)
    a, b, c = g.name(), g.name(), g.name()
    org = g.c(["민원행정과", "복지정책과", "도시재생과", "교통행정과", "세무과", "정보통신과"])
    body = g.c(["2026년 상반기 주민참여예산 사업 추진 계획을 다음과 같이 알려 드립니다.",
                "관내 공공시설 안전점검 결과를 붙임과 같이 통보하니 조치 결과를 제출하여 주시기 바랍니다.",
                "개인정보 보호 교육 이수 현황을 제출하여 주시기 바랍니다."])
    return (f"{g.c(['○○구', '△△시', '□□군'])}\n\n수신  {N('office_title', g.c(['각 동장', '각 실·과장', '수신자 참조']))}\n(경유)\n"
            f"제목  {body[:14]} 관련 알림\n\n1. 관련: {N('doc_number', g.docno())}({g.date()})\n2. {body}\n\n붙임  계획서 1부.  끝.\n\n"
            f"{N('office_title', g.c(['○○구청장', '△△시장', '□□군수']))}\n\n{pers_rank(g)} {P(a)}   {g.c(['팀장', '사무관'])} {P(b)}   {org}장 {P(c)}\n"
            f"협조자\n시행 {N('doc_number', org + '-' + str(g.r.randint(1000, 9999)))} ({g.date()})  접수\n"
            f"우 {N('postal_code', g.postal())}  {ia}  / {N('url', 'www.example.go.kr')}\n"
            f"전화번호 {S('PHONE_NUMBER', g.land())}  팩스번호 {S('PHONE_NUMBER', g.land())}  / {S('EMAIL_ADDRESS', g.off_email())}  / 대국민 공개\n"
            f"(대표전화 {ip})")

@T("t_press", "보도자료", 4)
def _(g):
    a, b, c = g.name(), g.name(), g.name()
    q = g.c(["현장의 목소리를 정책에 담겠다", "안전에는 타협이 없다", "주민 불편을 최소화하겠다"])
    return (f"보도자료  배포 {N('date_not_birth', g.date())}\n\n□ {N('office_title', g.c(['행정안전부 장관', '보건복지부 차관', '국토교통부 제1차관']))}은 "
            f"{g.r.randint(2, 28)}일 현장 간담회를 열었다.\n□ 간담회에 참석한 주민 {P(a)} 씨({g.r.randint(25, 80)})는 \"{q}는 약속을 지켜 달라\"고 말했다.\n"
            f"□ {P(b)} 정책관은 \"{q}\"며 \"{N('statute', '「재난 및 안전관리 기본법」 제4조')}에 따라 예산 {N('amount', g.amount())}을 투입한다\"고 밝혔다.\n\n"
            f"담당 부서 {g.c(['안전정책과', '지역복지과', '도로정책과'])}  책임자 과장 {P(b)} ({S('PHONE_NUMBER', g.land())})\n"
            f"                담당자 사무관 {P(c)} ({S('PHONE_NUMBER', g.land())}, {S('EMAIL_ADDRESS', g.off_email())})")

@T("t_news", "뉴스 기사", 5, 0.1)
def _(g):
    a, b = g.name(), g.name()
    pl = g.plate()
    return (f"{g.c(['경찰', '소방당국', '해경'])}에 따르면 {N('date_not_birth', g.date())} 오후 {g.r.randint(1, 11)}시께 "
            f"{g.c(SGG['경기'])} 한 교차로에서 {P(a)}({g.r.randint(20, 79)})씨가 몰던 {SP('KR_VEHICLE_PLATE', pl)} 승용차가 신호를 위반해 "
            f"횡단보도를 건너던 {P(b)}({g.r.randint(8, 85)})양{g.c(['', '과 함께 있던 일행'])}을 치었다. {P(b)}양은 인근 병원으로 옮겨졌다.\n"
            f"{P(a)}씨는 경찰 조사에서 \"앞을 제대로 보지 못했다\"고 진술했다. 경찰은 블랙박스를 확보해 정확한 경위를 조사하고 있다. "
            f"({N('reporter', '사회부 기자')})")

@T("t_minutes", "회의록", 3, 0.1)
def _(g):
    ns = [g.name() for _ in range(5)]
    lines = [f"{g.c(['제3차', '제12차', '2026년 제1회'])} {g.c(['주민자치위원회', '개인정보 보호위원회', '도시계획위원회'])} 회의록",
             f"일시: {g.date()} 14:00   장소: 본관 2층 회의실",
             "참석자: " + ", ".join(f"{P(n)}{g.c(['', ' 위원', '(위원장)'])}" for n in ns[:4]),
             f"배석: {N('office_title', '총무과장')}, 주무관 {P(ns[4])}",
             f"○ 위원장 {P(ns[0])}: 성원이 되었으므로 회의를 개의하겠습니다.",
             f"○ {P(ns[1])} 위원: 안건 제2호 관련하여 {N('amount', g.amount())}은 과다하다고 봅니다.",
             f"○ 주무관 {P(ns[4])}: 연락은 {S('PHONE_NUMBER', g.mobile())}로 주시면 자료를 보내드리겠습니다.",
             f"○ {P(ns[2])}: {P(ns[1])} 위원님 의견에 동의합니다."]
    return "\n".join(lines)

@T("t_transcript", "녹취록", 4, 0.2)
def _(g):
    a = g.name(); y, m, d = g.dob_ymd(1950, 2000)
    dv, dsub = g.dob((y, m, d), g.c(["korean", "dot_spaced", "yymmdd"]))
    return (f"[녹취록] 상담 일시 {g.date()} 10:{g.r.randint(10, 59)}\n상담원: 네, 본인 확인을 위해 성함 말씀해 주세요.\n"
            f"민원인: {P(a)}입니다.\n상담원: 생년월일도 부탁드립니다.\n민원인: {S('DATE_OF_BIRTH', dv, dsub)}요.\n"
            f"상담원: 연락받으실 번호는요?\n민원인: {S('PHONE_NUMBER', g.mobile())}번이요. 아, 집은 {S('PHONE_NUMBER', g.land())}이고요.\n"
            f"상담원: {P(a)} 님, 확인되었습니다. 처리 결과는 문자로 안내드리겠습니다. (상담원 ID {N('user_id', 'cs' + g.d(4))})")

@T("t_judgment", "판결문", 4)
def _(g):
    a, b = g.name(), g.name()
    return (f"{N('office_title', g.c(['서울중앙지방법원', '수원지방법원', '대전지방법원']))}\n판  결\n사  건  {N('case_number', '20%d가단%d' % (g.r.randint(23, 26), g.r.randint(10000, 99999)))} 손해배상(기)\n"
            f"원  고  {P(a)}\n       {addr(g)}\n       소송대리인 변호사 {P(b)}\n피  고  {N('masked_person', g.c(SURN) + '○○')}\n"
            f"변론종결  {N('date_not_birth', g.date())}\n\n주  문\n1. 피고는 원고에게 {N('amount', g.amount())} 및 이에 대하여 지연손해금을 지급하라.\n"
            f"이  유\n원고는 {N('statute', '민법 제750조')}에 따라 청구한다. 원고 {P(a)}의 진술에 의하면 피고는 원고 명의 계좌({acct(g)[1]})로 송금을 약속하였다.")

@T("t_decision", "재결서", 4)
def _(g):
    a = g.name(); dv = g.dob(fmt=g.c(["dot_spaced", "korean", "dot_compact"]))
    return (f"{N('office_title', '중앙행정심판위원회')}\n재 결\n사건번호  {N('case_number', '20%d-%d' % (g.r.randint(24, 26), g.r.randint(1000, 29999)))}\n"
            f"청 구 인  {P(a)} ({SP('DATE_OF_BIRTH', dv)}생)\n          {addr(g)}\n피청구인  {N('office_title', g.c(['○○시장', '△△경찰서장', '□□구청장']))}\n"
            f"청구인 {P(a)}은 {N('date_not_birth', g.date())} 운전면허 취소처분을 받았다. 면허번호 {SP('KR_DRIVER_LICENSE', g.dl())}.\n주문  청구를 기각한다.")

@T("t_minwon", "민원 회신", 5, 0.15)
def _(g):
    a = g.name(); ia, ip = inst(g)
    return (f"민원 처리 결과 통지\n{P(a)} 귀하\n주소: {N('postal_code', '(' + g.postal() + ')')} {addr(g)}\n"
            f"접수번호 {N('receipt_number', '1AA-%s-%s' % (g.d(4), g.d(7)))}\n"
            f"귀하께서 {N('date_not_birth', g.date())} 제출하신 민원에 대한 검토 결과를 알려 드립니다. "
            f"휴대전화({S('PHONE_NUMBER', g.mobile())})와 전자우편({S('EMAIL_ADDRESS', g.email())})으로도 안내해 드렸습니다.\n문의: {g.c(['도로관리과', '환경위생과'])} 주무관 {P(g.name())} {S('PHONE_NUMBER', g.land())}\n"
            f"기타 문의는 {N('hotline', '110')} 정부민원안내콜센터 또는 {ip}으로 연락 바랍니다.")

@T("t_audit", "감사·징계 보고서", 5)
def _(g):
    a = g.name(); pl = g.plate()
    return (f"징계의결 요구서\n1. 인적사항  성명 {P(a)}  소속 {g.c(['도로과', '세무2과', '총무과'])}  직급 지방행정주사보\n"
            f"   주민등록번호 {SP('KR_RRN', g.rrn(g.c(['masked', 'valid'])))}  주소 {addr(g)}\n"
            f"2. 비위 사실  위 사람은 {N('date_not_birth', g.date())} 혈중알코올농도 0.0{g.r.randint(31, 99)}% 상태로 {SP('KR_VEHICLE_PLATE', pl)} 차량을 운전하였다.\n"
            f"3. 관계 법령  {N('statute', '「지방공무원법」 제55조')}\n조사담당 감사관 {P(g.name())} (☎ {S('PHONE_NUMBER', g.land())})")

@T("t_accident", "사고·사건 보고서", 5, 0.2)
def _(g):
    a, b = g.name(), g.name()
    return (f"교통사고 발생 보고\n- 일시: {N('date_not_birth', g.date())} 08:{g.r.randint(10, 59)}\n- 장소: {g.c(SGG['서울'])} {g.c(ROADS)} 앞 교차로\n"
            f"- 가해 차량: {SP('KR_VEHICLE_PLATE', g.plate())} (운전자 {P(a)}, {SP('DATE_OF_BIRTH', g.dob())}생, 면허 {SP('KR_DRIVER_LICENSE', g.dl())}, 연락처 {S('PHONE_NUMBER', g.mobile())})\n"
            f"- 피해 차량: {SP('KR_VEHICLE_PLATE', g.plate())} (운전자 {P(b)}, 면허 {SP('KR_DRIVER_LICENSE', g.dl())}, 연락처 {S('PHONE_NUMBER', g.mobile())})\n"
            f"- 조치: 보험 접수({N('receipt_number', '사고접수 ' + g.d(2) + '-' + g.d(7))}), 경상 1명")

@T("t_personnel", "인사발령", 3)
def _(g):
    rows = []
    for _ in range(g.r.randint(3, 6)):
        rows.append(f"{g.c(['지방행정서기', '지방행정주사', '지방시설주사보', '지방사회복지주사'])}  {P(g.name())}  "
                    f"{g.c(['민원여권과', '복지정책과', '도로과', '세무과'])} → {g.c(['자치행정과', '기획예산과', '보건소', '○○동'])}")
    return (f"인사발령 ({N('date_not_birth', g.date())}자)\n{N('office_title', g.c(['○○구청장', '△△시장']))}\n전보\n" + "\n".join(rows) +
            f"\n\n직무대리 명령: {P(g.name())} (과장 직무대리)")

@T("t_overseas_trip", "국외출장", 5, 0.2)
def _(g):
    rows = []
    for _ in range(g.r.randint(2, 4)):
        n = g.name()
        dv = g.dob(g.dob_ymd(1962, 1999), fmt=g.c(["iso", "dot_compact", "ymd8", "dot_spaced"]))
        rows.append(f"{P(n)} | {g.c(['서기관', '사무관', '주무관'])} | {SP('KR_PASSPORT', g.passport(g.c(['kr_old', 'kr_new', 'kr_new'])))} | {SP('DATE_OF_BIRTH', dv)}")
    return (f"국외출장 계획\n출장지: {g.c(['베트남 하노이', '독일 베를린', '몽골 울란바토르', '미국 시애틀'])}\n기간: {g.date(2026, 2026)} ~ (6일간)\n"
            f"출장자\n" + "\n".join(rows) + f"\n소요예산: {N('amount', g.amount())} ({N('statute', '공무원 여비 규정 별표 4')})")

@T("t_contract", "계약서", 7)
def _(g):
    ia, ip = inst(g); co = g.c(COMPANIES); rep = g.name(); bank, ac = acct(g)
    return (f"물품 구매 계약서\n계약번호 {N('bid_number', '20%d%s-00' % (g.r.randint(24, 26), g.d(7)))}\n"
            f"(갑) {N('office_title', g.c(['○○시장', '△△교육청 교육장']))}  주소 {ia}\n"
            f"(을) 상호 {N('company_name', co)}  대표자 {P(rep)}\n     사업자등록번호 {SP('KR_BRN', g.brn())}  법인등록번호 {SP('KR_CRN', g.crn())}\n"
            f"     주소 {addr(g)}  전화 {S('PHONE_NUMBER', g.land())}\n"
            f"계약금액 {N('amount', g.amount())} (부가세 포함)\n대금 지급 계좌: {bank}{'은행' if bank in ('국민', '신한', '우리', '하나', 'SC제일', '부산', '대구') else ''} {ac} (예금주 {N('company_name', co)})\n"
            f"을 담당자 {P(g.name())} {S('PHONE_NUMBER', g.mobile())} / {S('EMAIL_ADDRESS', g.email())}")

@T("t_consent", "동의서", 5, 0.15)
def _(g):
    a = g.name()
    return (f"개인정보 수집·이용 동의서\n수집 항목: 성명, 생년월일, 연락처, 주소\n보유 기간: 3년 ({N('statute', '개인정보 보호법 제15조')})\n"
            f"□ 동의함  ■ 동의하지 않음 → 위 사항에 동의합니다.\n성명: {P(a)}   생년월일: {SP('DATE_OF_BIRTH', g.dob())}\n"
            f"휴대전화: {S('PHONE_NUMBER', g.mobile())}   이메일: {S('EMAIL_ADDRESS', g.email())}\n주소: {addr(g)}\n"
            f"{N('date_not_birth', g.date())}   신청인 {P(a)} (서명)\n※ 작성 예시: 성명 {N('placeholder_person', '홍길동')}")

@T("t_application", "신청서", 6, 0.2)
def _(g):
    a = g.name(); bank, ac = acct(g)
    return (f"긴급복지 지원 신청서\n신청인 성명 {P(a)}  주민등록번호 {SP('KR_RRN', g.rrn())}\n주소 {addr(g)}\n"
            f"전화 {S('PHONE_NUMBER', g.mobile())}  건강보험증 번호 {SP('KR_HEALTH_INSURANCE', g.health())}\n지원금 입금 계좌 {bank} {ac} 예금주 {P(a)}\n"
            f"가구원: {P(g.name())} (배우자, {SP('DATE_OF_BIRTH', g.dob())}), {P(g.name())} (자녀, {g.c([SP('DATE_OF_BIRTH', g.dob((g.r.randint(2008, 2019), g.r.randint(1, 12), g.r.randint(1, 28)))), SP('KR_RRN', g.rrn('post2020'))])})")

@T("t_immigration", "출입국·체류 민원", 8, 0.2)
def _(g):
    lat, han, nat = g.foreign(); ymd = g.dob_ymd(1960, 2004)
    return (f"체류기간 연장허가 신청 접수증\n접수번호 {N('receipt_number', g.d(4) + '-' + g.d(8))}\n"
            f"성명(영문) {P(lat)}  성명(한글) {P(han)}  국적 {nat}\n생년월일 {SP('DATE_OF_BIRTH', g.dob(ymd, fmt=g.c(['english', 'iso', 'dmy_slash', 'ymd8', 'kr_en'])))}\n"
            f"외국인등록번호 {SP('KR_FRN', g.frn(ymd))}\n여권번호 {SP('KR_PASSPORT', g.passport('foreign'))}\n"
            f"체류지 {addr(g)}\n연락처 {S('PHONE_NUMBER', g.mobile())} / {S('EMAIL_ADDRESS', g.email())}\n담당 {N('office_title', '체류관리과 심사관')} / 문의 {N('hotline', '1345')}")

@T("t_foreign_employment", "외국인 고용", 9, 0.15)
def _(g):
    co = g.c(COMPANIES); rows = []
    for _ in range(g.r.randint(2, 4)):
        lat, han, nat = g.foreign(); ymd = g.dob_ymd(1965, 2004)
        rows.append(f"{P(lat)}\t{nat}\t{SP('KR_FRN', g.frn(ymd))}\t{SP('KR_PASSPORT', g.passport('foreign'))}\t{SP('DATE_OF_BIRTH', g.dob(ymd, fmt=g.c(['iso', 'dot_compact', 'english'])))}")
    return (f"외국인근로자 고용변동 신고\n사업장 {N('company_name', co)} 사업자등록번호 {SP('KR_BRN', g.brn())}\n"
            f"사업주 {P(g.name())} 연락처 {S('PHONE_NUMBER', g.land())}\n" + "\n".join(rows) +
            f"\n(관할: {N('office_title', '○○고용센터')}, {N('hotline', '1350')})")

@T("t_welfare", "복지·상담 기록", 5)
def _(g):
    a = g.name(); bank, ac = acct(g); ymd = g.dob_ymd(1934, 1965)
    return (f"상담일지 ({N('date_not_birth', g.date(2026, 2026))})\n대상자: {P(a)}({2026 - ymd[0]}세, 독거)  주민등록번호 {SP('KR_RRN', g.rrn('masked', ymd))}\n"
            f"건강보험증번호 {SP('KR_HEALTH_INSURANCE', g.health())}\n주거: {addr(g)}\n"
            f"내용: 대상자는 무릎 통증으로 외출이 어렵다고 함. 딸 {P(g.name())}({S('PHONE_NUMBER', g.mobile())})과 통화함.\n"
            f"기초연금 수령 계좌 {bank} {ac} 확인.\n담당 사회복지사 {P(g.name())}")

@T("t_medical", "의료·보건 기록", 5, 0.15)
def _(g):
    a = g.name(); ymd = g.dob_ymd(1940, 2005)
    return (f"진료의뢰서\n환자 성명 {P(a)}   생년월일 {SP('DATE_OF_BIRTH', g.dob(ymd))}\n"
            f"주민등록번호 {SP('KR_RRN', g.rrn(g.c(['valid', 'valid', 'masked']), ymd))}\n건강보험 증번호 {SP('KR_HEALTH_INSURANCE', g.health())}\n"
            f"보호자 {P(g.name())} (관계: {g.c(['배우자', '자녀', '모'])}, {S('PHONE_NUMBER', g.mobile())})\n"
            f"상병명: 제2형 당뇨병 (E11.9)\n의뢰 의사 {P(g.name())}  ({N('company_name', g.c(['한빛내과의원', '솔내음가정의학과']))}, 요양기관기호 {N('institution_code', g.d(8))})")

@T("t_school", "학교 기록", 4)
def _(g):
    a = g.name()
    return (f"학생 전입 처리 내역\n학생: {P(a)} {g.c(['군', '양'])} ({g.r.randint(1, 6)}학년)  생년월일 {SP('DATE_OF_BIRTH', g.dob((g.r.randint(2013, 2019), g.r.randint(1, 12), g.r.randint(1, 28))))}\n"
            f"보호자: {P(g.name())} ({S('PHONE_NUMBER', g.mobile())})\n새 주소: {addr(g)}\n"
            f"담임 교사 {P(g.name())} / 학교 {N('institution_phone', g.land())}(교무실)")

@T("t_tax", "세무", 5)
def _(g):
    a = g.name(); bank, ac = acct(g)
    return (f"종합소득세 환급금 지급 안내\n납세자 {P(a)}  주민등록번호 {SP('KR_RRN', g.rrn(g.c(['valid', 'masked'])))}\n"
            f"사업자등록번호 {SP('KR_BRN', g.brn())} (상호: {N('company_name', g.c(['한결공방', '다온상회', '솔빛분식']))})\n"
            f"환급금 {N('amount', g.amount())}을 {bank} {ac}로 지급합니다.\n근거: {N('statute', '「국세기본법」 제51조')}  문서번호 {N('doc_number', '부가' + g.d(5) + '-' + g.d(3))}")

@T("t_auction", "경매·공탁", 3)
def _(g):
    a, b = g.name(), g.name()
    return (f"공탁서 (금전)\n공탁번호 {N('case_number', '20%d금제%d호' % (g.r.randint(24, 26), g.r.randint(100, 9999)))}\n"
            f"채권자 {N('company_name', g.c(COMPANIES))} (법인등록번호 {SP('KR_CRN', g.crn())})\n공탁자 {P(a)}  주민등록번호 {SP('KR_RRN', g.rrn())}\n  주소 {addr(g)}\n피공탁자 {P(b)}  주소 {addr(g)}\n"
            f"공탁금액 {N('amount', g.amount())}\n회수 시 입금계좌 {acct(g)[1]}")

@T("t_refund_list", "금융 환불·지급 목록", 10, 0.2)
def _(g):
    rows = []
    for i in range(g.r.randint(3, 6)):
        rows.append(" | ".join([str(i + 1), P(g.name()), SP("CREDIT_CARD", g.card(mask=g.c([None, None, "mid", "all"]))),
                                N("amount", g.amount()), N("receipt_number", "승인 " + g.d(8))]))
    return f"{g.c(['수강료', '체험행사 참가비', '주차요금'])} 환불 대상자 목록 ({N('date_not_birth', g.date())})\n" + "\n".join(rows)

@T("t_access_log", "접속 로그", 7)
def _(g):
    rows = []
    for _ in range(g.r.randint(4, 7)):
        ipv, sub = g.ip()
        extra = g.c(["", "", f" email={S('EMAIL_ADDRESS', g.email())}"])
        rows.append(f"2026-{g.r.randint(1, 12):02d}-{g.r.randint(1, 28):02d} {g.r.randint(0, 23):02d}:{g.r.randint(0, 59):02d}:{g.r.randint(0, 59):02d} "
                    f"user={N('user_id', 'u' + g.d(5))} src={S('IP_ADDRESS', ipv, sub)} action={g.c(['LOGIN', 'VIEW', 'DOWNLOAD', 'LOGOUT'])}{extra}")
    return "개인정보처리시스템 접속기록 점검 결과\n" + "\n".join(rows) + f"\n서버 {N('version_number', 'v10.0.19045.3803')}"

@T("t_parcel", "택배·우편", 4, 0.25)
def _(g):
    a = g.name()
    return (f"[등기 반송 안내]\n등기번호 {N('receipt_number', g.d(13))}\n받는 분 {P(a)} {S('PHONE_NUMBER', g.mobile())}\n"
            f"{N('postal_code', g.postal())} {addr(g)}\n보내는 곳 {N('office_title', '○○세무서')}\n반송 사유: 수취인 부재(3회)")

@T("t_parking", "차량·주차 기록", 5, 0.15)
def _(g):
    rows = []
    for _ in range(g.r.randint(3, 5)):
        rows.append(f"{SP('KR_VEHICLE_PLATE', g.plate())}  {P(g.name())}  {S('PHONE_NUMBER', g.mobile())}  {g.c(['정기', '일반', '감면(장애)'])}")
    return f"공영주차장 정기권 등록 현황 ({N('date_not_birth', g.date())} 기준)\n" + "\n".join(rows) + f"\n결제카드 {SP('CREDIT_CARD', g.card(mask='mid'))}"

@T("t_email", "e-mail", 4)
def _(g):
    a = g.name(); e = g.email()
    return (f"From: {P(a)} <{S('EMAIL_ADDRESS', e)}>\nTo: {N('institution_email', 'minwon@example.go.kr')}\nSubject: 환불 계좌 변경 요청\n\n"
            f"안녕하세요, {P(a)}입니다. 지난번 알려드린 계좌 대신 {acct(g)[0]} {acct(g)[1]}로 환불 부탁드립니다.\n"
            f"결제했던 카드({SP('CREDIT_CARD', g.card(mask=g.c([None, 'mid'])))})로 취소가 어렵다면 계좌로 받겠습니다. 급한 일은 {S('PHONE_NUMBER', g.mobile())}로 연락 주세요.\n감사합니다.\n{P(a)} 드림")

@T("t_chat", "chat", 6, 0.1)
def _(g):
    a, b = g.name(), g.name()
    cv, csub = g.card()
    return (f"[{P(a)}] [오후 2:{g.r.randint(10, 59)}] 팀장님 법인카드 번호 다시 알려주실 수 있나요?\n"
            f"[{P(b)}] [오후 2:{g.r.randint(10, 59)}] {S('CREDIT_CARD', cv, csub)} 유효기간 {g.r.randint(1, 12):02d}/{g.r.randint(27, 31)}\n"
            f"[{P(a)}] [오후 2:{g.r.randint(10, 59)}] 감사합니다! 참석자 {P(g.name())} 생일이 {SP('DATE_OF_BIRTH', g.dob(fmt=g.c(['dot_compact', 'yy_dot', 'korean'])))}인데 보험 가입에 필요하대요")

@T("t_receipt", "영수증", 10, 0.3)
def _(g):
    cv, csub = g.card(mask=g.c([None, "mid", "mid"]))
    return (f"신용카드 매출전표\n가맹점명 {N('company_name', g.c(['다온문구', '솔빛식당', '한빛주유소']))}\n사업자번호 {SP('KR_BRN', g.brn())}\n"
            f"대표자 {P(g.name())}\n카드번호 {S('CREDIT_CARD', cv, csub)}\n승인번호 {N('receipt_number', g.d(8))}\n"
            f"거래일시 {N('date_not_birth', g.date())} 12:{g.r.randint(10, 59)}\n합계 {N('amount', g.amount())}")

@T("t_box_table", "표", 4, 0.15)
def _(g):
    rows = []
    for _ in range(g.r.randint(3, 5)):
        rows.append(f"│ {P(g.name())} │ {SP('DATE_OF_BIRTH', g.dob(fmt=g.c(['dot_compact', 'iso', 'yy_dot', 'ymd8'])))} │ {S('PHONE_NUMBER', g.mobile())} │")
    return "┌──────┬──────────┬──────────────┐\n" + "\n├──────┼──────────┼──────────────┤\n".join(rows) + "\n└──────┴──────────┴──────────────┘"

@T("t_tab_table", "표", 4, 0.2)
def _(g):
    rows = []
    for _ in range(g.r.randint(3, 5)):
        b, ac = acct(g)
        rows.append(f"{P(g.name())}\t{SP('KR_RRN', g.rrn())}\t{S('PHONE_NUMBER', g.mobile())}\t{b}\t{ac}")
    return "\n".join(rows)

@T("t_aligned_table", "표", 6)
def _(g):
    rows = []
    for _ in range(g.r.randint(3, 5)):
        n = g.name()
        rows.append(f"{P(n)}{' ' * (8 - len(n))}{SP('KR_DRIVER_LICENSE', g.dl())}   {SP('KR_VEHICLE_PLATE', g.plate())}   {SP('DATE_OF_BIRTH', g.dob(fmt='yymmdd'))}")
    return f"운전자 교육 이수 명단 (제{g.r.randint(2, 40)}기)\n" + "\n".join(rows)

@T("t_ocr_idcard", "OCR 신분증 사본", 5, 1.0)
def _(g):
    a = g.name()
    return (f"주민등록증\n{P(a)}\n{SP('KR_RRN', g.rrn('valid'))}\n"
            f"{addr(g)}\n{N('date_not_birth', g.date(2015, 2024))}\n{N('office_title', g.c(['서울특별시 마포구청장', '경기도 화성시장']))}")

@T("t_ocr_passport", "OCR 여권 사본", 6, 1.0)
def _(g):
    a, sur, giv = g.c(ROMAN_PAIRS)
    pv, psub = g.passport(g.c(["kr_old", "kr_new", "kr_new"]))
    y, m, d = g.dob_ymd(1950, 2010)
    return (f"여권 PASSPORT\n종류/Type PM  발행국/Issuing country KOR\n여권번호/Passport No. {S('KR_PASSPORT', pv, psub)}\n"
            f"성/Surname {P(sur)}  이름/Given names {P(giv)}\n한글성명 {P(a)}\n"
            f"생년월일/Date of birth {SP('DATE_OF_BIRTH', g.dob((y, m, d), 'kr_en'))}\n"
            f"발급일/Date of issue {N('date_not_birth', '%02d %d월/%s 20%d' % (g.r.randint(1, 28), 5, 'MAY', g.r.randint(20, 25)))}")

@T("t_visa_application", "출입국·체류 민원", 5)
def _(g):
    lat, han, nat = g.foreign()
    return (f"사증발급인정서 신청 명단\n초청 기관 {N('company_name', g.c(COMPANIES))}\n"
            f"1) {P(lat)} / {nat} / 여권 {SP('KR_PASSPORT', g.passport('foreign'))} / 생년월일 {SP('DATE_OF_BIRTH', g.dob(fmt=g.c(['english', 'english_long', 'dmy_slash'])))}\n"
            f"2) {P(g.foreign()[0])} / 여권 {SP('KR_PASSPORT', g.passport('foreign'))} / 생년월일 {SP('DATE_OF_BIRTH', g.dob(fmt='iso'))}\n"
            f"초청 담당자 {P(g.name())} ({S('EMAIL_ADDRESS', g.email())})")

@T("t_vehicle_fine", "차량·주차 기록", 5, 0.15)
def _(g):
    a = g.name()
    return (f"과태료 부과 사전통지서\n고지번호 {N('receipt_number', g.d(4) + '-' + g.d(6) + '-' + g.d(2))}\n"
            f"차량번호 {SP('KR_VEHICLE_PLATE', g.plate())}  소유자 {P(a)}\n주소 {addr(g)}\n위반일시 {N('date_not_birth', g.date())}  "
            f"위반장소 {g.c(SGG['인천'])} {g.c(ROADS)}\n과태료 {N('amount', '40,000원')}  (가상계좌 {N('virtual_account', '5620-' + g.d(4) + '-' + g.d(6))})")

@T("t_dl_admin", "행정처분", 10)
def _(g):
    rows = []
    for _ in range(g.r.randint(2, 4)):
        rows.append(f"- {P(g.name())} ({SP('DATE_OF_BIRTH', g.dob(fmt=g.c(['dot_spaced', 'yy_dot', 'korean'])))}) 면허번호 {SP('KR_DRIVER_LICENSE', g.dl())} 처분 {g.c(['정지 100일', '취소', '정지 40일'])}")
    return f"운전면허 행정처분 대상자 통보 ({N('doc_number', '교통과-' + g.d(4))})\n" + "\n".join(rows)

@T("t_health_notice", "의료·보건 기록", 7)
def _(g):
    a = g.name()
    deps = ", ".join(f"{P(g.name())}({SP('DATE_OF_BIRTH', g.dob())})" for _ in range(g.r.randint(1, 3)))
    return (f"건강보험 자격취득 통지\n가입자 {P(a)}  증번호 {SP('KR_HEALTH_INSURANCE', g.health())}\n피부양자 {deps}\n"
            f"사업장 관리번호 {N('institution_code', g.d(11) + '0')}\n문의 {N('hotline', '1577-1000')}")

@T("t_scholarship", "금융 환불·지급 목록", 5)
def _(g):
    rows = []
    for i in range(g.r.randint(3, 5)):
        b, ac = acct(g)
        rows.append(f"|{i + 1}|{P(g.name())}|{SP('DATE_OF_BIRTH', g.dob((g.r.randint(2002, 2008), g.r.randint(1, 12), g.r.randint(1, 28)), g.c(['ymd8', 'dot_compact', 'yymmdd'])))}|{b}|{ac}|{N('amount', g.amount())}|")
    return "\n".join(rows)

@T("t_volunteer", "명단", 3)
def _(g):
    rows = [f"{P(g.name())} ({g.r.randint(19, 72)}) {S('PHONE_NUMBER', g.mobile())} {S('EMAIL_ADDRESS', g.email())}" for _ in range(g.r.randint(3, 5))]
    return "자원봉사자 모집 결과(합격자)\n" + "\n".join(rows) + f"\n※ 문의 {N('institution_phone', g.land())} (대표)"

@T("t_business", "사업자 현황", 7)
def _(g):
    co = g.c(COMPANIES)
    return (f"입찰 참가자격 등록 현황\n상호 {N('company_name', co)}\n대표자 {P(g.name())}  생년월일 {SP('DATE_OF_BIRTH', g.dob())}\n"
            f"사업자등록번호 {SP('KR_BRN', g.brn())}\n법인등록번호 {SP('KR_CRN', g.crn())}\n본점 소재지 {addr(g)}\n"
            f"전화 {S('PHONE_NUMBER', g.land())}  팩스 {S('PHONE_NUMBER', g.land())}\n공고번호 {N('bid_number', '20%s-00' % g.d(9))}")

@T("t_police", "사고·사건 보고서", 5, 0.2)
def _(g):
    a, b = g.name(), g.name()
    return (f"사이버 금융범죄 발생 보고\n피해자 {P(a)}({g.r.randint(30, 80)}세, {S('PHONE_NUMBER', g.mobile())})는 {N('date_not_birth', g.date())} 문자 링크를 눌러 "
            f"{SP('CREDIT_CARD', g.card())} 카드 정보를 입력하였음.\n피의 계좌: {acct(g)[0]} {acct(g)[1]} (명의인 {P(b)}, {SP('KR_RRN', g.rrn())})\n"
            f"접속 IP {SP('IP_ADDRESS', g.ip())}, {SP('IP_ADDRESS', g.ip())}\n사건번호 {N('case_number', '20%d-%06d' % (g.r.randint(24, 26), g.r.randint(1, 999999)))}")

@T("t_nopii_notice", "공고", 14)
def _(g):
    ia, ip = inst(g)
    return (f"{N('office_title', g.c(['○○시', '△△구']))} 공고 제{g.r.randint(2024, 2026)}-{g.r.randint(10, 999)}호\n{g.c(['도시계획시설', '주민등록 사실조사', '공유재산 매각'])} 안내\n"
            f"{N('statute', g.c(['「국토의 계획 및 이용에 관한 법률」 제30조', '「주민등록법」 제20조', '「공유재산 및 물품 관리법」 제29조']))}에 따라 다음과 같이 공고합니다.\n"
            f"1. 기간: {N('date_not_birth', g.date(2026, 2026))}부터 30일간\n2. 예정가격: {N('amount', g.amount())}\n"
            f"3. 문의: {ia} / {ip} 또는 {N('hotline', g.c(HOTLINES))}\n4. 작성 예: 성명 {N('placeholder_person', '홍길동')}, 주민등록번호 {N('placeholder_rrn', '000000-0000000')}")

@T("t_nopii_stats", "통계 보고", 12)
def _(g):
    rows = "\n".join(f"| {y}년 | {g.r.randint(100, 9999):,}건 | {g.r.randint(1, 99)}.{g.r.randint(0, 9)}% |" for y in range(2021, 2026))
    return (f"{g.c(['개인정보 유출 신고', '여권 발급', '외국인 등록', '운전면허 취소'])} 현황 (단위: 건)\n{rows}\n"
            f"자료: {N('office_title', g.c(['개인정보보호위원회', '외교부 여권과', '경찰청 교통국']))}, 문서 {N('doc_number', g.docno())}\n"
            f"※ 담당 {N('office_title', '통계담당관')} ({N('institution_phone', g.land())})")

@T("t_hotel", "숙박 명부", 5, 0.2)
def _(g):
    rows = []
    for _ in range(g.r.randint(2, 4)):
        lat, han, nat = g.foreign()
        rows.append(f"{P(lat)}, {nat}, {SP('KR_PASSPORT', g.passport(g.c(['foreign', 'foreign', 'kr_new'])))}, 객실 {g.r.randint(2, 15)}0{g.r.randint(1, 9)}")
    return "외국인 숙박객 명부 제출\n" + "\n".join(rows) + f"\n보증금 결제 카드 {SP('CREDIT_CARD', g.card(mask=g.c([None, 'mid'])))}\n제출자 {N('company_name', '(주)별마루호텔')} 지배인 {P(g.name())}"

@T("t_card_loss", "금융 환불·지급 목록", 9, 0.2)
def _(g):
    a = g.name()
    return (f"카드 분실 신고 접수 내역\n신고인 {P(a)} 생년월일 {SP('DATE_OF_BIRTH', g.dob(fmt=g.c(['yymmdd', 'dot_compact', 'iso'])))}\n"
            f"분실 카드 1) {SP('CREDIT_CARD', g.card())}  2) {SP('CREDIT_CARD', g.card(mask=g.c([None, 'mid'])))}\n"
            f"재발급 수령 주소 {addr(g)}\n회신 연락처 {S('PHONE_NUMBER', g.mobile())}\n상담 {N('hotline', g.c(HOTLINES))}")

@T("t_security", "접속 로그", 7)
def _(g):
    rows = [f"{N('date_not_birth', g.date())} 공격 시도 출발지 {SP('IP_ADDRESS', g.ip())} → 목적지 {N('institution_ip', '203.0.113.' + str(g.r.randint(1, 200)))} 차단" for _ in range(g.r.randint(2, 4))]
    return "보안관제 일일 보고\n" + "\n".join(rows) + f"\n관제요원 {P(g.name())} (내선 {N('extension', g.d(4))})"

@T("t_travel_group", "국외출장", 5, 0.25)
def _(g):
    rows = []
    for i in range(g.r.randint(3, 5)):
        rows.append(f"{i + 1}. {P(g.name())} {SP('KR_PASSPORT', g.passport(g.c(['kr_old', 'kr_new', 'kr_masked'])))} {SP('DATE_OF_BIRTH', g.dob(fmt=g.c(['yy_dot', 'yymmdd', 'dot_compact'])))}")
    return f"해외연수 참가자 항공권 발권 명단\n" + "\n".join(rows) + f"\n발권 담당 {N('company_name', '(유)청솔여행')}"

@T("t_hi_dependents", "복지·상담 기록", 16)
def _(g):
    rows = [f"{P(g.name())}  {SP('KR_HEALTH_INSURANCE', g.health())}  {SP('KR_RRN', g.rrn(g.c(['valid', 'post2020', 'masked'])))}" for _ in range(g.r.randint(2, 4))]
    return "의료급여 수급자 변동 내역\n" + "\n".join(rows)

@T("t_crn_list", "사업자 현황", 21)
def _(g):
    rows = [f"{N('company_name', g.c(COMPANIES))} · {SP('KR_CRN', g.crn())} · {SP('KR_BRN', g.brn())} · 대표 {P(g.name())}" for _ in range(g.r.randint(2, 4))]
    return "보조금 교부 대상 법인 목록\n" + "\n".join(rows)

@T("t_frn_roster", "외국인 주민", 10, 0.2)
def _(g):
    rows = []
    for i in range(g.r.randint(2, 4)):
        lat, han, nat = g.foreign()
        rows.append(f"{i + 1} | {P(g.c([lat, han]))} | {nat} | {SP('KR_FRN', g.frn())} | {S('PHONE_NUMBER', g.mobile())}")
    return (f"외국인 주민 한국어교실 수강생 명단 ({N('date_not_birth', g.date())} 개강)\n" + "\n".join(rows) +
            f"\n담당 {N('office_title', '○○구 가족센터')} {N('institution_phone', g.land())}")

# ---------------------------------------------------------------- PII-looking scanner
LOOKS = [("mobile", re.compile(r"(?<![0-9])(?:\+82[- ]?)?0?1[016789][-. ]?\d{3,4}[-. ]?\d{4}(?![0-9])")),
         ("landline", re.compile(r"(?<![0-9])0\d{1,2}[-)]\d{3,4}-\d{4}(?![0-9])")),
         ("email", re.compile(r"[A-Za-z0-9._%+-]+[@＠][A-Za-z0-9.-]+\.[A-Za-z]{2,}")),
         ("rrn_shape", re.compile(r"(?<![0-9])\d{6}\s?-\s?[\d*●Xx]{7}(?![0-9])")),
         ("card16", re.compile(r"(?<![0-9])\d{4}[- ]?\d{4}[- ]?\d{4}[- ]?\d{4}(?![0-9])")),
         ("ipv4", re.compile(r"(?<![0-9.])(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}(?![0-9.])")),
         ("kr_passport", re.compile(r"(?<![A-Za-z0-9])[MSGDR]\d{3}[A-Z]\d{4}(?![A-Za-z0-9])|(?<![A-Za-z0-9])[MSGDR]\d{8}(?![A-Za-z0-9])")),
         ("brn", re.compile(r"(?<![0-9])\d{3}-\d{2}-\d{5}(?![0-9-])")),
         ("plate", re.compile(r"(?<![0-9])\d{2,3}[가-힣] ?\d{4}(?![0-9])"))]

def scan_outside(text, spans, negs):
    cover = [False] * len(text)
    for s in spans + negs:
        for i in range(s["start"], s["end"]):
            cover[i] = True
    t = nfkc(text) if len(nfkc(text)) == len(text) else text
    bad = []
    for name, rx in LOOKS:
        for m in rx.finditer(t):
            if name == "plate" and m.group(0)[-5:].strip()[-4:].isdigit() and re.search(r"[년월일시분원명개건호층동번]", m.group(0)):
                continue
            if not any(cover[m.start():m.end()]):
                bad.append((name, m.group(0)))
    return bad

# ---------------------------------------------------------------- span validation by kind
def check_span(sp):
    typ, v, sub = sp["type"], sp["value"], sp["sub"] or ""
    if typ in NUMERIC or typ in ("KR_DRIVER_LICENSE",):
        d = only_digits(digits_of(v))
    if typ == "KR_RRN":
        dd = digits_of(v)
        if "masked" in sub:
            m = re.fullmatch(r"(\d{6})\s*-\s*(\d)([*●Xx＊]{6})", re.sub(r"\s", "", dd))
            assert m, v
            g = int(m.group(2)); y, mo, da = rrn_birth(m.group(1) + m.group(2) + "000000")
            assert g in (1, 2, 3, 4) and valid_date(y, mo, da), v
            return
        assert len(d) == 13, v
        y, mo, da = rrn_birth(d); assert valid_date(y, mo, da) and int(d[6]) in (1, 2, 3, 4), v
        ok = rrn_check(d) == int(d[12])
        if "post2020" in sub:
            assert (y, mo) >= (2020, 10) and not ok, ("post2020", v)
        else:
            assert ok and (y, mo) < (2020, 10), ("rrn", v)
    elif typ == "KR_FRN":
        assert len(d) == 13 and int(d[6]) in (5, 6, 7, 8) and frn_check(d) == int(d[12]), ("frn", v)
        y, mo, da = rrn_birth(d); assert valid_date(y, mo, da), v
    elif typ == "KR_BRN":
        assert len(d) == 10 and brn_check(d) == int(d[9]), ("brn", v)
    elif typ == "KR_CRN":
        assert len(d) == 13 and crn_check(d) == int(d[12]), ("crn", v)
    elif typ == "CREDIT_CARD":
        raw = re.sub(r"[\s\-]", "", digits_of(v))
        if re.search(r"[*●X＊x]", raw):
            assert len(raw) in (14, 15, 16) and re.fullmatch(r"[\d*●Xx]+", raw) and sum(c.isdigit() for c in raw) >= 7, ("cardmask", v)
        else:
            assert len(d) in (14, 15, 16) and luhn_ok(d), ("luhn", v)
    elif typ == "KR_HEALTH_INSURANCE":
        assert len(d) == 11, ("hi", v)
    elif typ == "KR_BANK_ACCOUNT":
        assert 10 <= len(d) <= 14, ("acct", v)
    elif typ == "PHONE_NUMBER":
        d = only_digits("".join(HANGUL_DIGIT.get(c, c) for c in digits_of(v)))
        assert 8 <= len(d) <= 13, ("phone", v)
    elif typ == "IP_ADDRESS":
        vv = re.sub(r"\s", "", digits_of(v))
        if ":" in vv:
            assert re.fullmatch(r"[0-9a-fA-F:]+", vv), v
        else:
            parts = vv.split(".")
            assert len(parts) == 4 and all(p.isdigit() and int(p) < 256 for p in parts), ("ip", v)
    elif typ == "EMAIL_ADDRESS":
        assert re.fullmatch(r"[A-Za-z0-9._%+-]+\s?[@＠]\s?[A-Za-z0-9.-]+\.[A-Za-z]{2,}", nfkc(v).replace("＠", "@")), ("email", v)
    elif typ == "KR_DRIVER_LICENSE":
        assert len(d) in (10, 12), ("dl", v)
    elif typ == "KR_VEHICLE_PLATE":
        assert re.search(r"\d{2,3}[가-힣]\d{4}$", re.sub(r"\s", "", digits_of(v))), ("plate", v)
    elif typ == "KR_PASSPORT":
        vv = re.sub(r"\s", "", nfkc(v))
        assert 7 <= len(vv) <= 10 and re.fullmatch(r"[A-Z0-9*●Xl]+", vv), ("passport", v)
    elif typ == "DATE_OF_BIRTH":
        assert re.search(r"\d|[일이삼사오육칠팔구십]", v), v
    elif typ == "KR_ADDRESS":
        assert re.search(r"\d", v), v
    elif typ == "PERSON":
        assert not re.search(r"(씨|님|주무관|과장|귀하|에게)$", v), v

# ---------------------------------------------------------------- auto sub-kind / noise
def auto_sub(sp):
    typ, v = sp["type"], sp["value"]
    if sp["sub"]:
        return sp["sub"]
    n = nfkc(v)
    if typ == "PERSON":
        if re.search(r"[A-Za-z]", v): return "latin_script"
        if re.fullmatch(r"[가-힣](\s[가-힣]){1,3}", v): return "korean_spaced"
        if " " in v or len(v.replace("\n", "")) >= 5: return "foreign_hangul"
        return "korean"
    if typ == "KR_RRN":
        if re.search(r"[*●Xx＊]", v): return "rrn_masked"
        d = only_digits(digits_of(v))
        y, mo, _ = rrn_birth(d)
        return "rrn_post2020" if (y, mo) >= (2020, 10) else "rrn_valid"
    if typ == "KR_PASSPORT":
        vv = re.sub(r"\s", "", n)
        if re.search(r"[*●]", vv): return "passport_kr_masked"
        if re.fullmatch(r"[MSGDR][0-9OlI]{8}", vv): return "passport_kr_old"
        if re.fullmatch(r"[MSGDR][0-9OlI]{3}[A-Z][0-9OlI]{4}", vv): return "passport_kr_new"
        return "passport_foreign"
    if typ == "CREDIT_CARD":
        d = re.sub(r"[\s\-.]", "", digits_of(v))
        m = "_masked" if re.search(r"[*●X]", d) else ""
        b = ("amex" if d[:2] in ("34", "37") else "visa" if d[0] == "4" else "master" if d[0] in "52" else
             "jcb" if d[:2] == "35" else "bc" if d[:2] == "94" else "unionpay" if d[:2] == "62" else
             "diners" if d[:2] in ("36", "30") else "local9" if d[0] == "9" else "other")
        return "card_" + b + m
    if typ == "DATE_OF_BIRTH":
        if re.search(r"[일이삼사오육칠팔구십백천]{2}", v) and not re.search(r"\d", n): return "dob_hangul_numerals"
        if re.search(r"[A-Za-z]", v): return "dob_english"
        if "년" in v: return "dob_korean"
        if re.fullmatch(r"\d{6}", n): return "dob_yymmdd"
        if re.fullmatch(r"\d{8}", n): return "dob_ymd8"
        if "/" in n: return "dob_slash"
        if "-" in n: return "dob_iso"
        if re.fullmatch(r"\d{4}\.\s\d{1,2}\.\s\d{1,2}\.?", n): return "dob_dot_spaced"
        if re.fullmatch(r"\d{2}\.\d{1,2}\.\d{1,2}\.?", n): return "dob_yy_dot"
        return "dob_dot_compact"
    if typ == "PHONE_NUMBER":
        d = only_digits("".join(HANGUL_DIGIT.get(c, c) for c in digits_of(v)))
        if d.startswith("82"): d = "0" + d[2:]
        if d.startswith("01"): return "mobile"
        if d.startswith("070"): return "voip_070"
        return "landline_fax"
    if typ == "KR_ADDRESS":
        return "addr_jibun" if re.search(r"\d+-\d+\s", n) else ("addr_road" if re.match(r"[가-힣]+(도|시|특별자치도|특별시|광역시)\s", n) or re.match(r"(서울|부산|대구|인천|광주|대전|울산|경기|강원|충북|충남|전북|전남|경북|경남|제주|세종)\s", n) else "addr_from_sgg")
    if typ == "IP_ADDRESS":
        if ":" in v: return "ipv6"
        vv = re.sub(r"\s", "", n)
        return "ipv4_private" if re.match(r"(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)", vv) else "ipv4_public"
    if typ == "KR_BANK_ACCOUNT":
        vv = re.sub(r"\s", "", digits_of(v))
        return "acct_" + ("_".join(str(len(x)) for x in vv.split("-")) if "-" in vv else "nodash_%d" % len(vv))
    if typ == "KR_DRIVER_LICENSE":
        if re.match(r"[가-힣]+\s", v): return "dl_region_space"
        if re.match(r"[가-힣]", v): return "dl_region_nospace"
        return "dl_numeric" if "-" in n else "dl_12digits"
    if typ == "KR_VEHICLE_PLATE":
        vv = re.sub(r"\s", "", n)
        if re.match(r"[가-힣]{2}\d{2}[바사아자배]", vv): return "plate_commercial"
        if re.match(r"\d{2}[하허호]", vv): return "plate_rental"
        if " " not in v: return "plate_nospace"
        return "plate_3digit" if re.match(r"\d{3}", vv) else "plate_2digit"
    return {"KR_BRN": "brn", "KR_FRN": "frn", "KR_CRN": "crn", "KR_HEALTH_INSURANCE": "hi_11digits",
            "EMAIL_ADDRESS": "email"}.get(typ, typ.lower())

def auto_noise(sp):
    v = sp["value"]; tags = set(sp["noise"])
    if any("\uff10" <= c <= "\uff19" for c in v): tags.add("fullwidth_digits")
    if any(c in HYPHENS for c in v): tags.add("unicode_hyphen")
    if "\n" in v:
        tags.add("newline_in_number" if sp["type"] in NUMERIC or sp["type"] in ("KR_PASSPORT", "KR_DRIVER_LICENSE", "DATE_OF_BIRTH") else "wrapped")
    if sp["type"] in NUMERIC and sp["type"] != "IP_ADDRESS" and re.search(r"[OolISB|]", v):
        tags.add("confusable")
    if sp["type"] in NUMERIC and re.search(r"\d\s+\d", v) and sp["type"] not in ("PHONE_NUMBER", "CREDIT_CARD") : tags.add("space_in_number")
    if sp["type"] == "KR_PASSPORT" and re.fullmatch(r"[MSGDR][0-9OlI]{3}[A-Z0-9][0-9OlI]{4}|[MSGDR][0-9OlI]{8}", v) and re.search(r"[OlI]", v[1:]):
        tags.add("confusable")
    if sp["type"] == "DATE_OF_BIRTH" and re.search(r"[OlI](?=\d)|(?<=\d)[OlI]", v):
        tags.add("confusable")
    if sp["type"] == "KR_DRIVER_LICENSE" and re.search(r"[OlI]", v):
        tags.add("confusable")
    if sp["type"] == "KR_DRIVER_LICENSE" and re.search(r"\d\s+\d", v):
        tags.add("space_in_number")
    if sp["type"] == "PHONE_NUMBER" and re.search(r"[공영일이삼사오육칠팔구]{3}", v):
        tags.add("hangul_numerals")
    if sp["type"] == "PERSON" and re.fullmatch(r"[가-힣](\s[가-힣]){1,3}", v): tags.add("spaced_name")
    if sp["type"] == "DATE_OF_BIRTH" and re.search(r"[일이삼사오육칠팔구십]{2}", v) and not re.search(r"\d", nfkc(v)): tags.add("hangul_numerals")
    return sorted(tags)

# ---------------------------------------------------------------- build
def build():
    rng = random.Random(SEED)
    import handwritten
    recs = []
    for i, d in enumerate(handwritten.DOCS):
        recs.append({"template": "hand_%03d" % (i + 1), "genre": d["genre"], "handwritten": True,
                     "ocr": d.get("ocr", False), "marked": d["text"]})
    g = G(rng)
    for name, genre, count, fn in TEMPLATES:
        for k in range(count):
            marked, ocr = fn(g)
            recs.append({"template": name, "genre": genre, "handwritten": False, "ocr": ocr, "marked": marked})
    rng.shuffle(recs)
    out, meta = [], []
    for n, r in enumerate(recs):
        text, spans, negs = parse(r["marked"])
        rid = "pii_bf-%04d" % (n + 1)
        for sp in spans:
            sp["subkind"] = auto_sub(sp); sp["noise"] = auto_noise(sp)
        out.append({"id": rid, "text": text,
                    "spans": [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in spans],
                    "genre": r["genre"]})
        meta.append({"id": rid, "template": r["template"], "genre": r["genre"], "handwritten": r["handwritten"],
                     "ocr": r["ocr"],
                     "spans": [{"start": s["start"], "end": s["end"], "type": s["type"], "subkind": s["subkind"],
                                "noise": s["noise"], "value": s["value"]} for s in spans],
                     "hard_negatives": negs})
    return out, meta

def validate(out, meta):
    errs = []
    ids = set()
    for rec, m in zip(out, meta):
        assert rec["id"] == m["id"] and rec["id"] not in ids; ids.add(rec["id"])
        t = rec["text"]; sps = rec["spans"]
        prev = 0
        for s, ms in zip(sps, m["spans"]):
            try:
                assert 0 <= s["start"] < s["end"] <= len(t) and s["start"] >= prev, "order/overlap"
                v = t[s["start"]:s["end"]]
                assert v == ms["value"], "value mismatch"
                assert v == v.strip() and v, "edge whitespace"
                check_span(dict(ms, value=v, sub=ms["subkind"]))
            except AssertionError as e:
                errs.append((rec["id"], m["template"], "span", str(e), t[s["start"]:s["end"]]))
            prev = s["end"]
        # every other occurrence of a labelled value is labelled
        covered = set((s["start"], s["end"]) for s in sps)
        for s in sps:
            v = t[s["start"]:s["end"]]
            for mm in re.finditer(re.escape(v), t):
                a, b = mm.start(), mm.end()
                if (a, b) in covered: continue
                if any(x["start"] <= a and b <= x["end"] for x in sps): continue
                errs.append((rec["id"], m["template"], "unlabelled_occurrence", v, t[max(0, a - 15):b + 15]))
        for h in m["hard_negatives"]:
            if any(not (h["end"] <= s["start"] or s["end"] <= h["start"]) for s in sps):
                errs.append((rec["id"], m["template"], "neg_overlaps_span", h["text"], ""))
            assert t[h["start"]:h["end"]] == h["text"]
        for name, val in scan_outside(t, m["spans"], m["hard_negatives"]):
            errs.append((rec["id"], m["template"], "pii_looking_outside", name, val))
        for ch in "⟦⟧⟪⟫":
            if ch in t: errs.append((rec["id"], m["template"], "marker_left", ch, ""))
    return errs

def stats(out, meta):
    st = {"records": len(out), "records_no_pii": sum(1 for r in out if not r["spans"]),
          "handwritten_records": sum(1 for m in meta if m["handwritten"]),
          "templated_records": sum(1 for m in meta if not m["handwritten"]),
          "templates": len(set(m["template"] for m in meta if not m["handwritten"])),
          "ocr_records": sum(1 for m in meta if m["ocr"]),
          "spans_total": sum(len(r["spans"]) for r in out)}
    st["by_genre"] = {}
    for r in out:
        gg = st["by_genre"].setdefault(r["genre"], {"records": 0, "no_pii": 0, "spans": 0, "handwritten": 0})
        gg["records"] += 1; gg["spans"] += len(r["spans"]); gg["no_pii"] += (not r["spans"])
    for m in meta:
        st["by_genre"][m["genre"]]["handwritten"] += m["handwritten"]
    st["by_type"] = dict(Counter(s["type"] for r in out for s in r["spans"]).most_common())
    st["by_type_handwritten"] = dict(Counter(s["type"] for m in meta if m["handwritten"] for s in m["spans"]).most_common())
    sk = defaultdict(Counter)
    for m in meta:
        for s in m["spans"]:
            sk[s["type"]][s["subkind"]] += 1
    st["by_subkind"] = {k: dict(v.most_common()) for k, v in sk.items()}
    st["noise"] = dict(Counter(n for m in meta for s in m["spans"] for n in s["noise"]).most_common())
    st["spans_with_noise"] = sum(1 for m in meta for s in m["spans"] if s["noise"])
    st["hard_negatives"] = dict(Counter(h["category"] for m in meta for h in m["hard_negatives"]).most_common())
    st["hard_negatives_total"] = sum(st["hard_negatives"].values())
    return st

def main():
    out, meta = build()
    errs = validate(out, meta)
    if errs:
        for e in errs[:200]:
            print("ERR", e)
        print("errors:", len(errs)); sys.exit(1)
    st = stats(out, meta)
    def dump(path, rows):
        with open(os.path.join(HERE, path), "w", encoding="utf-8", newline="\n") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    dump("pii_bf.jsonl", out); dump("pii_bf.meta.jsonl", meta)
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8") as f:
        json.dump(st, f, ensure_ascii=False, indent=1); f.write("\n")
    # re-read and validate
    out2 = [json.loads(l) for l in open(os.path.join(HERE, "pii_bf.jsonl"), encoding="utf-8")]
    meta2 = [json.loads(l) for l in open(os.path.join(HERE, "pii_bf.meta.jsonl"), encoding="utf-8")]
    assert out2 == out and meta2 == meta
    for r in out2:
        assert set(r) == {"id", "text", "spans", "genre"}
        for s in r["spans"]:
            assert set(s) == {"start", "end", "type"} and s["type"] in TYPES
    errs = validate(out2, meta2)
    assert not errs, errs[:5]
    assert st == stats(out2, meta2)
    print(json.dumps({k: st[k] for k in ("records", "records_no_pii", "handwritten_records", "templated_records", "templates", "spans_total")}, ensure_ascii=False))
    print(json.dumps(st["by_type"], ensure_ascii=False))

if __name__ == "__main__":
    main()
