#!/usr/bin/env python3
"""Builds the pii_bj independent evaluation set (standard library only).

python make_set.py  -> pii_bj.jsonl, pii_bj.meta.jsonl, stats.json (then re-reads and validates)
Seeded with the string "pii_bj-2026"; output is deterministic.
"""
import json, random, re, sys, unicodedata, os, collections, hashlib

SEED = "pii_bj-2026"
HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "KR_ADDRESS", "DATE_OF_BIRTH", "KR_BANK_ACCOUNT",
         "KR_RRN", "IP_ADDRESS", "KR_PASSPORT", "KR_BRN", "KR_DRIVER_LICENSE", "KR_VEHICLE_PLATE",
         "KR_HEALTH_INSURANCE", "CREDIT_CARD", "KR_FRN", "KR_CRN"]

# ---------------------------------------------------------------- check digits
W_RRN = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]

def rrn_check(d12):
    return (11 - sum(int(a) * b for a, b in zip(d12, W_RRN)) % 11) % 10

def frn_check(d12):
    return (13 - sum(int(a) * b for a, b in zip(d12, W_RRN)) % 11) % 10

def brn_ok(d):
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(int(d[i]) * w[i] for i in range(9)) + (int(d[8]) * 5) // 10
    return (10 - s % 10) % 10 == int(d[9])

def crn_check(d12):
    s = sum(int(d12[i]) * (1 if i % 2 == 0 else 2) for i in range(12))
    return (10 - s % 10) % 10

def luhn_ok(d):
    s, alt = 0, False
    for ch in reversed(d):
        n = int(ch)
        if alt:
            n *= 2
            if n > 9:
                n -= 9
        s += n
        alt = not alt
    return s % 10 == 0

def luhn_complete(d):
    for c in "0123456789":
        if luhn_ok(d + c):
            return d + c

# ---------------------------------------------------------------- value generators
SURN = list("김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용") + ["남궁", "황보", "선우", "제갈", "독고", "사공", "서문"]
GIV = ["민준", "서연", "도윤", "하은", "지호", "수아", "예준", "지유", "시우", "채원", "주원", "다은", "현우", "윤서", "건우", "서현",
       "우진", "지민", "선호", "은비", "태윤", "미경", "영수", "정희", "순자", "상철", "경숙", "명호", "혜진", "동훈", "보람", "슬기",
       "재형", "나래", "한결", "가온", "종팔", "말순", "기춘", "옥분", "성민", "유나", "태식", "미란", "광수", "정란", "승우", "소윤",
       "현철", "명자", "병국", "은숙", "재석", "다빈", "이안", "로운", "해솔", "채림", "용갑", "덕희", "춘자", "만수", "영길", "봉순"]
FOREIGN_LATIN = ["NGUYEN VAN HUNG", "TRAN THI MAI", "Maria Cristina SANTOS", "Juan DELA CRUZ", "SOMCHAI KAEWPRASERT",
                 "Bakhodir TOSHMATOV", "Gulnora YUSUPOVA", "WANG XIAOMING", "LI NA", "SATO YUKI", "TANAKA HIROSHI",
                 "John Michael BAKER", "Emily WATSON", "Olga PETROVA", "Dmitri IVANOV", "Ahmed HASSAN", "Siti NURHALIZA",
                 "Budi SANTOSO", "Ram Bahadur THAPA", "Sokha CHEA", "Aung Kyaw MOE", "Batbayar GANBOLD", "Priya SHARMA",
                 "Kamal HOSSAIN", "Nuwan PERERA", "Anna MUELLER", "Pierre DUBOIS", "Lucas OLIVEIRA", "Chen Wei-Ling", "Farida KARIMOVA"]
FOREIGN_HANGUL = ["응우옌 반 훙", "쩐 티 마이", "마리아 산토스", "솜차이 깨우쁘라셋", "바코디르 토시마토프", "왕샤오밍", "사토 유키",
                  "존 베이커", "올가 페트로바", "아흐메드 하산", "부디 산토소", "람 바하두르 타파", "소카 체아", "바트바야르 간볼드",
                  "프리야 샤르마", "카말 호세인", "누완 페레라", "안나 뮐러", "루카스 올리베이라", "굴노라 유수포바", "아웅 초 모에"]
SIDO = [("서울특별시", "서울"), ("부산광역시", "부산"), ("대구광역시", "대구"), ("인천광역시", "인천"), ("광주광역시", "광주"),
        ("대전광역시", "대전"), ("울산광역시", "울산"), ("경기도", "경기"), ("강원특별자치도", "강원"), ("충청북도", "충북"),
        ("충청남도", "충남"), ("전북특별자치도", "전북"), ("전라남도", "전남"), ("경상북도", "경북"), ("경상남도", "경남"), ("제주특별자치도", "제주")]
SGG = {"서울": ["강서구", "노원구", "관악구", "성북구", "중랑구", "은평구", "송파구"], "부산": ["사하구", "해운대구", "부산진구", "금정구"],
       "대구": ["수성구", "달서구", "북구"], "인천": ["남동구", "부평구", "미추홀구", "연수구"], "광주": ["광산구", "북구", "서구"],
       "대전": ["유성구", "서구", "대덕구"], "울산": ["남구", "울주군", "동구"], "경기": ["수원시 권선구", "안산시 단원구", "화성시", "평택시", "의정부시", "김포시", "고양시 일산동구"],
       "강원": ["춘천시", "원주시", "강릉시", "홍천군"], "충북": ["청주시 흥덕구", "충주시", "음성군"], "충남": ["천안시 서북구", "아산시", "당진시"],
       "전북": ["전주시 완산구", "익산시", "군산시"], "전남": ["여수시", "순천시", "목포시", "해남군"], "경북": ["포항시 남구", "구미시", "경산시"],
       "경남": ["창원시 의창구", "김해시", "거제시", "통영시"], "제주": ["제주시", "서귀포시"]}
ROADS = ["솔내로", "버들길", "가람로", "한샘로", "새뜰길", "미리내로", "늘품로", "꽃마을길", "장터로", "은행나무길", "달빛로", "해오름로",
         "모래내로", "청솔로", "느티로", "도란길", "바람개비길", "갈대밭로", "누리로", "햇살마을길"]
DONG = ["신월동", "상계동", "봉천동", "하단동", "범어동", "구월동", "월곡동", "둔산동", "삼산동", "매탄동", "고잔동", "퇴계동", "복대동", "쌍용동", "효자동", "학동"]
APT = ["한빛아파트", "푸른마을", "햇살빌라", "대원맨션", "새솔아파트", "은하오피스텔"]
BANKS = [("KB국민은행", "6-2-6"), ("국민은행", "6-2-6"), ("신한은행", "3-3-6"), ("우리은행", "4-3-6"), ("하나은행", "3-6-5"),
         ("NH농협은행", "3-4-4-2"), ("농협", "6-2-6"), ("IBK기업은행", "3-6-2-3"), ("카카오뱅크", "3333-2-7"), ("토스뱅크", "1000-4-4"),
         ("새마을금고", "9002-4-4-1"), ("우체국", "6-2-6"), ("SC제일은행", "3-2-6"), ("부산은행", "3-4-4-2"), ("대구은행", "3-2-6-1"),
         ("신협", "3-3-6"), ("케이뱅크", "100-3-6"), ("수협은행", "3-2-6"), ("광주은행", "3-3-6"), ("경남은행", "3-2-7"), ("씨티은행", "3-6-3"),
         ("전북은행", "3-2-7"), ("제주은행", "2-2-6")]
CARD_ISSUERS = ["신한카드", "삼성카드", "KB국민카드", "현대카드", "롯데카드", "우리카드", "하나카드", "BC카드", "NH농협카드"]


class G:
    def __init__(self, rng):
        self.r = rng

    def d(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def name(self):
        return self.r.choice(SURN) + self.r.choice(GIV)

    def fname(self, latin=None):
        if latin is None:
            latin = self.r.random() < 0.55
        return self.r.choice(FOREIGN_LATIN if latin else FOREIGN_HANGUL)

    def mobile(self):
        return "010-%s-%s" % (self.d(4), self.d(4)) if self.r.random() < 0.8 else "010%s%s" % (self.d(4), self.d(4))

    def landline(self):
        a = self.r.choice(["02", "031", "032", "033", "041", "042", "051", "053", "055", "061", "062", "064", "070"])
        return "%s-%s-%s" % (a, self.d(self.r.choice([3, 4])).lstrip("0").rjust(3, "5")[:4], self.d(4))

    def email(self, nm=None):
        ids = ["minsu", "jh.park", "sky", "hope", "gildong", "bluesea", "kimsy", "leejw", "happyday", "moon", "ocean", "tiger", "star", "haneul"]
        dom = ["naver.com", "daum.net", "hanmail.net", "gmail.com", "kakao.com", "nate.com", "outlook.com", "hanbit-eng.co.kr", "yahoo.co.kr"]
        return "%s%s@%s" % (self.r.choice(ids), self.d(self.r.choice([2, 3, 4])), self.r.choice(dom))

    def birth(self, lo=1940, hi=2019):
        y = self.r.randint(lo, hi)
        m = self.r.randint(1, 12)
        dd = self.r.randint(1, 28)
        return y, m, dd

    def rrn(self, post=False, mask=None, lo=1940, hi=2004):
        if post:
            y, m, dd = self.r.choice([2020, 2021, 2022, 2023, 2024, 2025]), 0, 0
            m = self.r.randint(10, 12) if y == 2020 else self.r.randint(1, 12)
            dd = self.r.randint(1, 28)
        else:
            y, m, dd = self.birth(lo, hi)
        g = (self.r.choice("12") if y < 2000 else self.r.choice("34"))
        d12 = "%02d%02d%02d%s%s" % (y % 100, m, dd, g, self.d(5))
        if mask:
            return "%s-%s%s" % (d12[:6], g, mask * 6)
        c = rrn_check(d12)
        if post:
            c = (c + self.r.randint(1, 9)) % 10
        return d12[:6] + "-" + d12[6:] + str(c)

    def frn(self):
        y, m, dd = self.birth(1950, 2012)
        g = self.r.choice("56") if y < 2000 else self.r.choice("78")
        d12 = "%02d%02d%02d%s%s%s%s" % (y % 100, m, dd, g, self.r.choice(["10", "12", "14", "20", "22", "24", "30", "44"]), self.d(2), self.r.choice("789"))
        return d12[:6] + "-" + d12[6:] + str(frn_check(d12))

    def brn(self):
        while True:
            d = self.r.choice(["1", "2", "3", "4", "5", "6"]) + self.d(2) + self.r.choice(["81", "86", "87", "01", "11", "13", "22", "90"]) + self.d(4)
            for c in "0123456789":
                if brn_ok(d + c):
                    return "%s-%s-%s" % (d[:3], d[3:5], d[5:] + c)

    def crn(self):
        d12 = self.r.choice(["1101", "1311", "1201", "1344", "1601", "2301", "1746"]) + self.r.choice(["11", "71", "31", "15"]) + self.d(6)
        return d12[:6] + "-" + d12[6:] + str(crn_check(d12))

    def card(self, kind=None, sep=None):
        kind = kind or self.r.choice(["visa", "master", "bc", "jcb", "amex", "visa", "master", "local", "union"])
        pre = {"visa": "4" + self.d(3), "master": self.r.choice(["51", "52", "53", "54", "55"]) + self.d(2), "bc": "94" + self.d(2),
               "jcb": "35" + self.r.choice(["28", "40", "69", "89"]), "amex": self.r.choice(["34", "37"]) + self.d(2),
               "local": self.r.choice(["9410", "9430", "9490", "6251", "9420"]), "union": "62" + self.d(2)}[kind]
        n = 15 if kind == "amex" else 16
        d = luhn_complete(pre + self.d(n - 5))
        if sep is None:
            sep = self.r.choice(["-", "-", " ", ""])
        if n == 15:
            return sep.join([d[:4], d[4:10], d[10:]])
        return sep.join([d[i:i + 4] for i in range(0, 16, 4)])

    def card_masked(self):
        d = self.card(sep="")
        d = d if len(d) == 16 else d + "0"
        m = self.r.choice(["*", "X", "●"])
        return "%s-%s%s-%s-%s" % (d[:4], d[4:6], m * 2, m * 4, d[12:])

    def passport(self, kind=None):
        kind = kind or self.r.choice(["kr_old", "kr_new", "kr_new", "kr_new", "foreign", "foreign", "masked"])
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        if kind == "kr_old":
            return self.r.choice("MMMSRGD") + self.d(8)
        if kind == "kr_new":
            return self.r.choice("MMMMSRGD") + self.d(3) + self.r.choice(L) + self.d(4)
        if kind == "masked":
            p = self.passport("kr_new" if self.r.random() < 0.6 else "kr_old")
            return p[:4] + "****" + p[8:] if self.r.random() < 0.5 else p[:3] + "XXXX" + p[7:]
        shapes = [lambda: "C" + self.d(7), lambda: "B" + self.d(7), lambda: "P" + self.d(7) + self.r.choice(L), lambda: "E" + self.d(8),
                  lambda: "EA" + self.d(7), lambda: "TZ" + self.d(7), lambda: "MU" + self.d(7), lambda: self.r.choice("AB") + self.d(7),
                  lambda: "AA" + self.d(7), lambda: "FA" + self.d(7), lambda: self.r.choice("56") + self.d(8), lambda: "1" + self.d(8),
                  lambda: "C" + self.r.choice(L) + self.d(2) + self.r.choice(L) + self.d(2) + self.r.choice(L) + self.d(1),
                  lambda: self.d(2) + self.r.choice(L) + self.r.choice(L) + self.d(5), lambda: "N" + self.d(7), lambda: "MA" + self.d(6),
                  lambda: "7" + self.d(1) + " " + self.d(7), lambda: "K" + self.d(7), lambda: "J" + self.d(7), lambda: "EH" + self.d(7)]
        return self.r.choice(shapes)()

    def account(self, bank=None):
        b, shape = bank or self.r.choice(BANKS)
        parts = []
        for p in shape.split("-"):
            if len(p) > 1 and p.isdigit() and int(p) > 12:
                parts.append(p)
            else:
                parts.append(self.d(int(p)))
        if parts[0].startswith("0"):
            parts[0] = "1" + parts[0][1:]
        return b, "-".join(parts)

    def account_masked(self):
        b, a = self.account()
        parts = a.split("-")
        i = max(range(len(parts)), key=lambda k: len(parts[k]))
        p = parts[i]
        parts[i] = p[:len(p) // 2 - 1] + self.r.choice("*X●") * 3 + p[len(p) // 2 + 2:]
        return b, "-".join(parts)

    def addr(self, form=None):
        full, short = self.r.choice(SIDO)
        sgg = self.r.choice(SGG[short])
        form = form or self.r.choice(["road", "road", "road_short", "sgg", "jibun"])
        unit = self.r.choice(["", ", %d동 %d호" % (self.r.randint(101, 115), self.r.randint(101, 1904)), ", %d층 %d호" % (self.r.randint(2, 9), self.r.randint(201, 905)),
                              " %d층" % self.r.randint(2, 12), ", %d호" % self.r.randint(101, 402)])
        road = "%s %d%s" % (self.r.choice(ROADS), self.r.randint(1, 240), self.r.choice(["", "", "-%d" % self.r.randint(1, 30)]))
        if form == "road":
            return "%s %s %s%s" % (full, sgg, road, unit)
        if form == "road_short":
            return "%s %s %s%s" % (short, sgg, road, unit)
        if form == "sgg":
            return "%s %s%s" % (sgg, road, unit)
        lot = "%d-%d" % (self.r.randint(1, 999), self.r.randint(1, 40))
        apt = self.r.choice(["", " " + self.r.choice(APT)])
        return "%s %s %s %s%s%s" % (full if self.r.random() < 0.5 else short, sgg, self.r.choice(DONG), lot, apt, unit if unit else "")

    def dob(self, y=None, form=None):
        if y is None:
            y, m, dd = self.birth(1938, 2006)
        else:
            y, m, dd = y
        mon = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"][m - 1]
        forms = {"dot_sp": "%d. %d. %d." % (y, m, dd), "kor": "%d년 %d월 %d일" % (y, m, dd), "iso": "%d-%02d-%02d" % (y, m, dd),
                 "dot0": "%d.%02d.%02d." % (y, m, dd), "dot0n": "%d.%02d.%02d" % (y, m, dd), "yy_dot": "%02d.%02d.%02d" % (y % 100, m, dd),
                 "yymmdd": "%02d%02d%02d" % (y % 100, m, dd), "slash": "%d/%02d/%02d" % (y, m, dd), "dmy_en": "%02d %s %d" % (dd, mon, y),
                 "dmy_slash": "%02d/%02d/%d" % (dd, m, y), "kor_yy": "%02d년 %d월 %d일" % (y % 100, m, dd), "compact8": "%d%02d%02d" % (y, m, dd),
                 "dmy_dash": "%02d-%s-%d" % (dd, mon.title(), y)}
        form = form or self.r.choice(list(forms))
        return forms[form]

    def hi(self):
        return self.r.choice("12345678") + self.d(10)

    def dl(self):
        regions = [("서울", "11"), ("부산", "12"), ("경기", "13"), ("강원", "14"), ("충북", "15"), ("충남", "16"), ("전북", "17"), ("전남", "18"),
                   ("경북", "19"), ("경남", "20"), ("제주", "21"), ("대구", "22"), ("인천", "23"), ("광주", "24"), ("대전", "25"), ("울산", "26")]
        nm, code = self.r.choice(regions)
        yy = "%02d" % self.r.randint(0, 24)
        body = "%s-%s-%s" % (yy, self.d(6), self.d(2))
        f = self.r.random()
        if f < 0.35:
            return "%s-%s" % (code, body)
        if f < 0.6:
            return "%s %s" % (nm, body)
        if f < 0.75:
            return "%s%s" % (nm, body)
        return code + body.replace("-", "")

    def plate(self):
        ko = self.r.choice("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주")
        f = self.r.random()
        if f < 0.35:
            return "%d%s %s" % (self.r.randint(10, 99), ko, self.d(4))
        if f < 0.6:
            return "%d%s %s" % (self.r.randint(100, 699), ko, self.d(4))
        if f < 0.75:
            return "%s %d%s %s" % (self.r.choice(["서울", "경기", "부산", "인천", "대구"]), self.r.randint(10, 99), ko, self.d(4))
        if f < 0.87:
            return "%s %d%s %s" % (self.r.choice(["서울", "경기", "충남", "경남"]), self.r.randint(70, 89), self.r.choice("바사아자배"), self.d(4))
        return "%d%s%s" % (self.r.randint(100, 399), self.r.choice("하허호"), self.d(4))

    def ip(self):
        f = self.r.random()
        if f < 0.5:
            return "%d.%d.%d.%d" % (self.r.choice([59, 61, 112, 118, 121, 175, 211, 220, 223]), self.r.randint(0, 255), self.r.randint(0, 255), self.r.randint(1, 254))
        if f < 0.85:
            return self.r.choice(["192.168.%d.%d", "10.%d.12.%d", "172.16.%d.%d"]) % (self.r.randint(0, 254), self.r.randint(1, 254))
        return "2001:db8:%x:%x::%x" % (self.r.randint(1, 65535), self.r.randint(1, 65535), self.r.randint(1, 255))


# ---------------------------------------------------------------- OCR noise on values
FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789-"}
CONF = {"0": "O", "1": "l", "5": "S", "8": "B"}

def noise(rng, v, kinds):
    for k in kinds:
        if k == "fw":
            v = "".join(FW.get(c, c) for c in v)
        elif k == "uh":
            v = v.replace("-", rng.choice(["‐", "－", "–"]))
        elif k == "sp":
            idx = [i for i in range(1, len(v)) if v[i - 1] not in " \n" and v[i] not in " \n"]
            i = rng.choice(idx)
            v = v[:i] + " " + v[i:]
        elif k == "nl":
            idx = [i for i in range(2, len(v) - 1) if v[i - 1] not in " \n" and v[i] not in " \n"]
            i = rng.choice(idx)
            v = v[:i] + "\n" + v[i:]
        elif k == "conf":
            idx = [i for i, c in enumerate(v) if c in CONF]
            if idx:
                i = rng.choice(idx)
                v = v[:i] + CONF[v[i]] + v[i + 1:]
        elif k == "spname":
            v = " ".join(v)
    return v

# ---------------------------------------------------------------- marker parsing
ABBR = {}
MARK = re.compile(r"⟦([A-Z_]+)((?:\|[a-z_0-9]+)*):(.*?)⟧|⟪([a-z_]+):(.*?)⟫", re.S)

def gen_placeholder(g, token, cache):
    if token in cache:
        return cache[token]
    base = token[1:].split("#")[0]
    base, _, nz = base.partition("!")
    val = {"rrn": lambda: g.rrn(), "rrn_post": lambda: g.rrn(post=True), "rrn_old": lambda: g.rrn(lo=1922, hi=1962), "rrn_child": lambda: g.rrn(lo=2005, hi=2019), "rrn_mask": lambda: g.rrn(mask=g.r.choice(["*", "●", "X", "*"])),
           "frn": g.frn, "brn": g.brn, "crn": g.crn, "card": lambda: g.card(), "amex": lambda: g.card("amex"), "card_mask": g.card_masked,
           "cardn": lambda: g.card(sep=""), "cardh": lambda: g.card(sep="-"), "cards": lambda: g.card(sep=" "),
           "hi": g.hi}[base]()
    if nz:
        val = noise(g.r, val, nz.split(","))
    cache[token] = val
    return val

def parse(marked, g):
    """returns text, spans[(s,e,type,tags,value)], hard negatives[(s,e,cat,text)]"""
    out, spans, hns, pos, cache = [], [], [], 0, {}
    n = 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        n += len(marked[pos:m.start()])
        if m.group(1):
            typ, tags, val = ABBR.get(m.group(1), m.group(1)), [t for t in m.group(2).split("|") if t], m.group(3)
            if val.startswith("@"):
                val = gen_placeholder(g, val, cache)
            assert typ in TYPES, typ
            spans.append((n, n + len(val), typ, tags, val))
        else:
            val = m.group(5)
            hns.append((n, n + len(val), m.group(4), val))
        out.append(val)
        n += len(val)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert "⟦" not in text and "⟪" not in text and "⟧" not in text and "⟫" not in text, marked[:80]
    return text, spans, hns

# ---------------------------------------------------------------- subkinds and noise tags
def norm(v):
    v = unicodedata.normalize("NFKC", v)
    for a, b in (("‐", "-"), ("–", "-"), ("－", "-")):
        v = v.replace(a, b)
    return v

def digits_conf(v):
    v = norm(v)
    return "".join({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"}.get(c, c) for c in v)

def noise_tags(typ, v, tags):
    t = set(x for x in tags if x not in ("masked",))
    if any(0xFF10 <= ord(c) <= 0xFF19 for c in v):
        t.add("fullwidth_digits")
    if any(c in "‐－–" for c in v):
        t.add("unicode_hyphen")
    if "\n" in v:
        t.add("newline_in_value")
    if typ == "PERSON" and re.fullmatch(r"[가-힣]( [가-힣]){1,3}", v):
        t.add("spaced_name")
    elif " " in v and typ in ("KR_RRN", "KR_FRN", "PHONE_NUMBER", "KR_BANK_ACCOUNT", "KR_BRN", "KR_CRN", "KR_HEALTH_INSURANCE", "IP_ADDRESS", "EMAIL_ADDRESS"):
        t.add("space_in_number")
    elif " " in v and typ == "CREDIT_CARD" and not re.fullmatch(r"[\d●*X]{4}( [\d●*X]{4,6}){2,3}", v):
        t.add("space_in_number")
    if typ not in ("PERSON", "KR_ADDRESS", "EMAIL_ADDRESS", "KR_PASSPORT", "DATE_OF_BIRTH", "KR_VEHICLE_PLATE", "KR_DRIVER_LICENSE") and re.search(r"[OolISB]", norm(v)):
        t.add("ocr_confusable")
    return sorted(t)

def subkind(typ, v):
    n = norm(v).replace("\n", "").replace(" ", "")
    if typ == "KR_RRN":
        if re.search(r"[*●X]", n):
            return "rrn_masked"
        d = re.sub(r"\D", "", digits_conf(n))
        if d[6] in "34" and int(d[:2]) >= 20 and (int(d[:2]), int(d[2:4])) >= (20, 10):
            return "rrn_post2020"
        return "rrn_valid"
    if typ == "KR_PASSPORT":
        if re.search(r"[*●X]{3,}", n):
            return "passport_masked"
        if re.fullmatch(r"[MSRGDT]\d{8}", digits_conf(n)) or re.fullmatch(r"[MSRGDT]\d{8}", n):
            return "passport_kr_old"
        if re.fullmatch(r"[MSRGDT]\d{3}[A-Z]\d{4}", n) or re.fullmatch(r"[MSRGDT]\d{3}[A-Z]\d{4}", n[0] + digits_conf(n[1:4]) + n[4] + digits_conf(n[5:])):
            return "passport_kr_new"
        return "passport_foreign"
    if typ == "PERSON":
        if re.search(r"[A-Za-z]", v):
            return "name_latin"
        if v.replace(" ", "").replace("\n", "") in [x.replace(" ", "") for x in FOREIGN_HANGUL] or " " in v and len(v.replace(" ", "")) > 4:
            return "name_foreign_hangul"
        return "name_korean"
    if typ == "PHONE_NUMBER":
        return "mobile" if digits_conf(n).replace("-", "").startswith("01") or digits_conf(n).startswith("+8210") else ("voip_070" if n.startswith("070") else "landline")
    if typ == "CREDIT_CARD":
        if re.search(r"[*●X]", n):
            return "card_masked"
        d = re.sub(r"\D", "", digits_conf(n))
        return "amex" if len(d) == 15 else ("bc_local" if d[0] == "9" else {"4": "visa", "5": "master", "3": "jcb", "6": "unionpay", "2": "master"}.get(d[0], "other"))
    if typ == "DATE_OF_BIRTH":
        if "年" in v:
            return "hanja_numerals"
        v = re.sub(r"(?<=\d)[Ol]|[Ol](?=\d)", lambda m: {"O": "0", "l": "1"}[m.group()], norm(v))
        n = v.replace("\n", "").replace(" ", "")
        for pat, k in [(r"\d{2}[A-Z]{3}\d{2}", "ddmonyy"), (r"\d{2}\. ?\d{1,2}\. ?\d{1,2}\.?", "yy_dot"), (r"\d{4}년 ?\d{1,2}월 ?\d{1,2}일", "kor"), (r"\d{2}년 ?\d{1,2}월 ?\d{1,2}일", "kor_yy"), (r"\d{4}\. ?\d{1,2}\. ?\d{1,2}\.?", "dot"),
                       (r"\d{4}-\d{2}-\d{2}", "iso"), (r"\d{4}/\d{2}/\d{2}", "slash"), (r"\d{2}/\d{2}/\d{4}", "dmy_slash"), (r"\d{2}\.\d{2}\.\d{2}\.?", "yy_dot"),
                       (r"\d{6}", "yymmdd"), (r"\d{8}", "compact8"), (r"\d{1,2}[ -][A-Za-z]{3}[ -]\d{4}", "dmy_en")]:
            if re.fullmatch(pat, n.replace(" ", "") if k in ("yymmdd", "compact8") else norm(v).replace("\n", " ")):
                return k
        return "other"
    if typ == "KR_ADDRESS":
        if re.search(r"[동리가] \d+(-\d+)?", v) and not re.search(r"(로|길) \d", v):
            return "jibun"
        if v.startswith(tuple(s[0] for s in SIDO)):
            return "road_full"
        if v.startswith(tuple(s[1] + " " for s in SIDO)):
            return "road_short_sido"
        return "from_sigungu"
    if typ == "KR_DRIVER_LICENSE":
        return "dl_name" if re.match(r"[가-힣]", n) else ("dl_12digits" if re.fullmatch(r"\d{12}", n) else "dl_numeric")
    if typ == "KR_VEHICLE_PLATE":
        return "plate_region" if re.match(r"[가-힣]{2}", n) else ("plate_3digit" if re.match(r"\d{3}", n) else "plate_2digit")
    if typ == "IP_ADDRESS":
        return "ipv6" if ":" in n else ("ipv4_private" if re.match(r"(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)", n) else "ipv4_public")
    if typ == "KR_BANK_ACCOUNT":
        return "account_masked" if re.search(r"[*●X]", n) else "account"
    return typ.lower()

# ---------------------------------------------------------------- validation
PAT_LOOKALIKE = [
    ("mobile", r"(?<![\d])01[016789][-. ]?\d{3,4}[-. ]?\d{4}(?!\d)"),
    ("landline", r"(?<![\d-])0\d{1,2}-\d{3,4}-\d{4}(?![\d-])"),
    ("email", r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"),
    ("rrn_shape", r"(?<!\d)\d{6}-[1-8][\d*●X]{6}(?!\d)"),
    ("card16", r"(?<!\d)\d{4}[- ]?\d{4}[- ]?\d{4}[- ]?\d{4}(?!\d)"),
    ("ipv4", r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])"),
    ("kr_passport", r"(?<![A-Za-z0-9])[MSRGD](?:\d{8}|\d{3}[A-Z]\d{4})(?![A-Za-z0-9])"),
    ("plate", r"(?<![\d가-힣])\d{2,3}[가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주바사아자배하허호] ?\d{4}(?!\d)"),
]

def check_value(typ, v, sk):
    n = norm(v).replace("\n", "").replace(" ", "")
    dc = digits_conf(n)
    if typ == "KR_RRN":
        d = re.sub(r"[^\d*●X]", "", dc)
        assert len(d) == 13, v
        mm, dd = int(d[2:4]), int(d[4:6])
        assert 1 <= mm <= 12 and 1 <= dd <= 31, v
        if sk == "rrn_masked":
            assert d[6] in "1234" and len(re.sub(r"\d", "", d)) == 6, v
        elif sk == "rrn_post2020":
            assert rrn_check(d[:12]) != int(d[12]), v
        else:
            assert d[6] in "1234" and rrn_check(d[:12]) == int(d[12]), v
    elif typ == "KR_FRN":
        d = re.sub(r"\D", "", dc)
        assert len(d) == 13 and d[6] in "5678" and frn_check(d[:12]) == int(d[12]), v
    elif typ == "KR_BRN":
        d = re.sub(r"\D", "", dc)
        assert len(d) == 10 and brn_ok(d), v
    elif typ == "KR_CRN":
        d = re.sub(r"\D", "", dc)
        assert len(d) == 13 and crn_check(d[:12]) == int(d[12]), v
    elif typ == "CREDIT_CARD":
        if sk == "card_masked":
            assert re.fullmatch(r"\d{4}-\d{2}[*X●]{2}-[*X●]{4}-\d{4}", n), v
        else:
            d = re.sub(r"\D", "", dc)
            assert len(d) in (15, 16) and luhn_ok(d), v
    elif typ == "PHONE_NUMBER":
        assert re.fullmatch(r"\+?[\d\-. ()]{9,20}", dc) and 9 <= len(re.sub(r"\D", "", dc)) <= 13, v
    elif typ == "EMAIL_ADDRESS":
        assert re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", n), v
    elif typ == "IP_ADDRESS":
        if ":" in n:
            assert re.fullmatch(r"[0-9a-f:]+", n), v
        else:
            p = n.split(".")
            assert len(p) == 4 and all(0 <= int(x) <= 255 for x in p), v
    elif typ == "KR_PASSPORT":
        assert re.fullmatch(r"[A-Z0-9*X]{7,10}", dc.replace("-", "")), v
    elif typ == "KR_BANK_ACCOUNT":
        d = re.sub(r"[^\d*X●]", "", dc)
        assert 10 <= len(d) <= 16 and re.fullmatch(r"[\d*X●-]+", dc), v
    elif typ == "KR_HEALTH_INSURANCE":
        assert len(re.sub(r"\D", "", dc)) == 11 and re.fullmatch(r"[\d-]+", dc), v
    elif typ == "KR_DRIVER_LICENSE":
        assert re.fullmatch(r"([가-힣]{2})?(\d{2}-?)?\d{2}-?\d{6}-?\d{2}", dc), v
    elif typ == "KR_VEHICLE_PLATE":
        assert re.fullmatch(r"([가-힣]{2})?\d{2,3}[가-힣]\d{4}", dc), v
    elif typ == "DATE_OF_BIRTH":
        assert (re.search(r"\d", n) or "年" in n) and sk != "other", v
    elif typ == "PERSON":
        assert not re.search(r"(씨|님|귀하|주무관|과장)$", v) and not re.search(r"\d", v), v
        assert v not in ("홍길동",) and "○" not in v and "*" not in v, v
    elif typ == "KR_ADDRESS":
        assert re.search(r"\d", v), v


def validate(rec, meta):
    text, spans = rec["text"], rec["spans"]
    prev = 0
    for sp, ms in zip(spans, meta["spans"]):
        s, e = sp["start"], sp["end"]
        assert 0 <= s < e <= len(text) and s >= prev, (rec["id"], sp)
        prev = e
        v = text[s:e]
        assert v == ms["value"] and v.strip() == v, (rec["id"], v)
        check_value(sp["type"], v, ms["subkind"])
    # every other occurrence of a labelled value is labelled
    cov = [None] * len(text)
    for sp in spans:
        for i in range(sp["start"], sp["end"]):
            cov[i] = sp["type"]
    hn = [False] * len(text)
    for h in meta["hard_negatives"]:
        for i in range(h["start"], h["end"]):
            hn[i] = True
    vals = set(text[sp["start"]:sp["end"]] for sp in spans)
    for v in vals:
        for m in re.finditer(re.escape(v), text):
            if not all(cov[i] for i in range(m.start(), m.end())):
                # allowed if the occurrence is inside a hangul word (e.g. a name inside a longer word) and tagged
                raise AssertionError((rec["id"], "unlabelled repeat", v, text[max(0, m.start() - 20):m.end() + 20]))
    nt = norm(text)
    assert len(nt) == len(text) or True
    # look-alikes outside spans, computed on a per-char normalised copy to keep offsets
    pt = "".join(norm(c) if len(norm(c)) == 1 else c for c in text)
    for kind, pat in PAT_LOOKALIKE:
        for m in re.finditer(pat, pt):
            rng = range(m.start(), m.end())
            if any(cov[i] for i in rng):
                continue
            if all(hn[i] for i in rng):
                continue
            if kind == "ipv4" and re.search(r"(버전|ver|v)\s*$", pt[max(0, m.start() - 6):m.start()], re.I):
                continue
            raise AssertionError((rec["id"], "look-alike outside span", kind, m.group(), pt[max(0, m.start() - 30):m.end() + 10]))
    if meta["planned_no_pii"]:
        assert not spans, rec["id"]
    else:
        assert spans, (rec["id"], "no spans")


# ---------------------------------------------------------------- build
def build_record(idx, marked, genre, template, handwritten, ocr, g, planned_no_pii=False):
    text, spans, hns = parse(marked, g)
    spans.sort()
    rid = "pii_bj-%04d" % idx
    rec = {"id": rid, "text": text, "spans": [{"start": s, "end": e, "type": t} for s, e, t, _, _ in spans], "genre": genre}
    meta = {"id": rid, "template": template, "genre": genre, "handwritten": handwritten, "ocr": ocr, "planned_no_pii": planned_no_pii,
            "spans": [{"start": s, "end": e, "type": t, "subkind": subkind(t, v), "noise": noise_tags(t, v, tags), "value": v} for s, e, t, tags, v in spans],
            "hard_negatives": [{"start": s, "end": e, "category": c, "text": v} for s, e, c, v in sorted(hns)]}
    return rec, meta


# ---------------------------------------------------------------- templates
def M(t, v):
    return "⟦%s:%s⟧" % (t, v)

def N(c, v):
    return "⟪%s:%s⟫" % (c, v)

INST = [("세종특별자치시 도움6로 11 정부세종청사", "044-205-1000"), ("경기도 수원시 팔달구 효원로 1", "031-8008-2114"),
        ("서울특별시 중구 세종대로 110", "02-2133-7114"), ("대전광역시 서구 청사로 189", "042-481-4114"), ("부산광역시 연제구 중앙대로 1001", "051-888-1234"),
        ("전라남도 무안군 삼향읍 오룡길 1", "061-286-2114"), ("제주특별자치도 제주시 문연로 6", "064-710-2114")]
OFFICES = ["법무부장관", "○○경찰서장", "○○소방서장", "○○구청장", "○○세무서장", "○○출입국·외국인사무소장", "○○교육지원청 교육장", "○○보건소장", "○○지방법원장"]
SWITCH = ["1588-1234", "1577-3388", "1600-4418", "1544-0100", "1644-2020", "1566-3030", "1661-9900", "1899-4411", "1345", "120", "110", "1350"]
FCC = {"NGUYEN VAN HUNG": "VNM", "TRAN THI MAI": "VNM", "Maria Cristina SANTOS": "PHL", "Juan DELA CRUZ": "PHL", "SOMCHAI KAEWPRASERT": "THA",
       "Bakhodir TOSHMATOV": "UZB", "Gulnora YUSUPOVA": "UZB", "WANG XIAOMING": "CHN", "LI NA": "CHN", "SATO YUKI": "JPN", "TANAKA HIROSHI": "JPN",
       "John Michael BAKER": "USA", "Emily WATSON": "GBR", "Olga PETROVA": "RUS", "Dmitri IVANOV": "RUS", "Ahmed HASSAN": "EGY", "Siti NURHALIZA": "MYS",
       "Budi SANTOSO": "IDN", "Ram Bahadur THAPA": "NPL", "Sokha CHEA": "KHM", "Aung Kyaw MOE": "MMR", "Batbayar GANBOLD": "MNG", "Priya SHARMA": "IND",
       "Kamal HOSSAIN": "BGD", "Nuwan PERERA": "LKA", "Anna MUELLER": "DEU", "Pierre DUBOIS": "FRA", "Lucas OLIVEIRA": "BRA", "Chen Wei-Ling": "TWN", "Farida KARIMOVA": "KAZ"}
COUNTRIES = ["VNM", "PHL", "THA", "UZB", "IDN", "NPL", "KHM", "MMR", "MNG", "CHN", "USA", "GBR", "DEU", "FRA", "JPN", "IND", "LKA", "BGD", "RUS", "KAZ"]

def inst(g):
    a, ph = g.r.choice(INST)
    return N("inst_addr", a), (N("inst_phone", ph) + ("(대표)" if "-" in ph and len(ph) > 8 else ""))

def dnum(g):
    return N("docno", "%s-%d" % (g.r.choice(["민원봉사과", "수사과", "체류관리과", "교무행정실", "세무과", "구급대", "총무과"]), g.r.randint(100, 9999)))

def case(g):
    return N("case", "%d%s%d" % (g.r.randint(2019, 2026), g.r.choice(["고단", "고합", "가단", "가합", "타경", "카단", "드단", "노", "형제", "구합", "머", "차전"]), g.r.randint(1000, 99999)))

def amt(g):
    return N("amount", "{:,}원".format(g.r.randint(1, 9999) * 1000))

def dt(g):
    y, m, d = g.birth(2019, 2026)
    return N("date", g.r.choice(["%d. %d. %d." % (y, m, d), "%d-%02d-%02d" % (y, m, d), "%d년 %d월 %d일" % (y, m, d)]))

def pname(g, foreign_p=0.12):
    if g.r.random() < foreign_p:
        return g.fname()
    return g.name()

def ocrv(g, v, p=0.0):
    if g.r.random() < p:
        k = g.r.choice([["fw"], ["uh"], ["sp"], ["conf"], ["nl"], ["fw", "uh"]])
        v2 = noise(g.r, v, k)
        return v2
    return v

def acct(g, p=0.0):
    b, a = g.account()
    return b, ocrv(g, a, p)

def T_police_statement(g):
    n, n2 = g.name(), g.name()
    b, a = acct(g)
    return "경찰_진술조서", "\n".join([
        "진술조서(피해자)", "성명: %s  생년월일: %s  직업: %s" % (M("PERSON", n), M("DATE_OF_BIRTH", g.dob()), g.r.choice(["자영업", "회사원", "주부", "무직", "운수업"])),
        "연락처: %s  주거: %s" % (M("PHONE_NUMBER", g.mobile()), M("KR_ADDRESS", g.addr())),
        "사건번호 %s  접수 %s" % (case(g), dt(g)),
        "문: 돈을 보낸 계좌를 말해 주세요.", "답: %s %s 계좌입니다. 예금주는 %s라고 되어 있었어요. 모두 %s입니다." % (b, M("KR_BANK_ACCOUNT", a), M("PERSON", n2), amt(g)),
        "조사자 경위 %s" % M("PERSON", g.name())])

def T_police_suspects(g):
    rows = []
    for i in range(g.r.randint(2, 4)):
        rows.append("%d. %s(%s, %s) %s" % (i + 1, M("PERSON", g.name()), M("KR_RRN", g.rrn(mask=g.r.choice([None, None, "*"]))), g.r.choice(["남", "여"]),
                                           M("KR_ADDRESS", g.addr())))
    return "경찰_사건기록", "피의자 명단 (%s)\n%s\n작성 %s" % (N("case", "%d형제%d" % (g.r.randint(2022, 2026), g.r.randint(1000, 99999))), "\n".join(rows), N("office", "○○경찰서장"))

def T_traffic(g):
    return "경찰_사건기록", "교통사고 사실확인원\n가해차량 %s 운전자 %s (면허 %s)\n피해차량 %s 운전자 %s %s\n발생 %s / 처리 %s" % (
        M("KR_VEHICLE_PLATE", g.plate()), M("PERSON", g.name()), M("KR_DRIVER_LICENSE", g.dl()), M("KR_VEHICLE_PLATE", g.plate()),
        M("PERSON", pname(g, 0.2)), M("PHONE_NUMBER", g.mobile()), dt(g), N("office", "○○경찰서 교통조사계"))

def T_court_judgment(g):
    return "법원_판결", "판결\n사건 %s\n원고 %s\n  %s\n피고 %s (%s생)\n  %s\n변론종결 %s\n판사 %s" % (
        case(g), M("PERSON", g.name()), M("KR_ADDRESS", g.addr()), M("PERSON", pname(g)), M("DATE_OF_BIRTH", g.dob()), M("KR_ADDRESS", g.addr()), dt(g), M("PERSON", g.name()))

def T_court_garnish(g):
    b, a = acct(g)
    return "법원_결정", "채권압류 및 추심명령\n%s\n채무자 %s (%s)\n압류할 채권: 채무자 명의 %s 예금 계좌 %s\n청구금액 %s\n사법보좌관 %s" % (
        case(g), M("PERSON", g.name()), M("KR_RRN", g.rrn()), b, M("KR_BANK_ACCOUNT", a), amt(g), M("PERSON", g.name()))

def T_court_mediation(g):
    b, a = acct(g)
    p1, p2 = g.name(), g.name()
    return "법원_조정조서", "조정조서 %s\n신청인 %s / 피신청인 %s\n1. 피신청인은 신청인에게 %s을 %s까지 신청인 계좌(%s %s)로 지급한다.\n2. 소송비용은 각자 부담한다." % (
        case(g), M("PERSON", p1), M("PERSON", p2), amt(g), dt(g), b, M("KR_BANK_ACCOUNT", a))

def T_probation(g):
    return "교정_보호관찰", "보호관찰 개시 신고서\n대상자 %s  생년월일 %s\n주거 %s\n연락처 %s\n직업 %s / 동거인 %s(%s)" % (
        M("PERSON", g.name()), M("DATE_OF_BIRTH", g.dob()), M("KR_ADDRESS", g.addr()), M("PHONE_NUMBER", g.mobile()), g.r.choice(["일용직", "배달원", "무직"]),
        M("PERSON", g.name()), g.r.choice(["모", "배우자", "형"]))

def T_prison_visit(g):
    rows = []
    for _ in range(g.r.randint(2, 4)):
        rows.append("%s | %s | %s | %s" % (N("date", "%02d:%02d" % (g.r.randint(9, 16), g.r.choice([0, 20, 40]))), M("PERSON", g.name()), M("KR_RRN", g.rrn()), M("PHONE_NUMBER", g.mobile())))
    return "교정_보호관찰", "접견 신청 대장 (수용번호 %s)\n%s" % (N("code", str(g.r.randint(100, 9999))), "\n".join(rows))

def T_119(g):
    return "소방_구급", "구급일지 %s\n환자 %s (%s세, %s)\n생년월일 %s\n장소 %s\n신고자 %s %s\n이송 %s" % (
        dt(g), M("PERSON", g.name()), g.r.randint(2, 95), g.r.choice(["남", "여"]), M("DATE_OF_BIRTH", g.dob()), M("KR_ADDRESS", g.addr("sgg")),
        M("PERSON", g.name()), M("PHONE_NUMBER", g.mobile()), N("inst_addr", g.r.choice(["○○대학교병원", "○○의료원", "○○병원 응급실"])))

def T_fire_insp(g):
    return "소방_점검", "소방시설 자체점검 결과 보고\n대상 %s %s\n관계인 %s (%s)\n사업자등록번호 %s\n점검자 %s (소방안전관리자)" % (
        N("company", "(주)" + g.r.choice(["해솔", "누리", "가온", "한빛"]) + g.r.choice(["물산", "정밀", "유통"])), M("KR_ADDRESS", g.addr()), M("PERSON", g.name()),
        M("PHONE_NUMBER", g.landline()), M("KR_BRN", g.brn()), M("PERSON", g.name()))

def T_hospital_visit(g):
    return "병원_진료", "진료비 영수증\n환자 %s  등록번호 %s\n주민등록번호 %s\n건강보험 %s\n진료기간 %s\n본인부담 %s" % (
        M("PERSON", g.name()), N("code", g.d(8)), M("KR_RRN", g.rrn(post=g.r.random() < 0.3)), M("KR_HEALTH_INSURANCE", g.hi()), dt(g), amt(g))

def T_health_center(g):
    rows = []
    for _ in range(g.r.randint(3, 5)):
        rows.append("%s\t%s\t%s\t%s" % (M("PERSON", pname(g, 0.2)), M("DATE_OF_BIRTH", g.dob()), M("KR_HEALTH_INSURANCE", g.hi()), g.r.choice(["정상", "재검", "유소견"])))
    return "보건소", "\n".join(rows)

def T_lab_request(g):
    return "병원_검사", "[검사의뢰] 수진자:%s 생년월일:%s 성별:%s 의뢰의:%s 검사:%s 연락처:%s" % (
        M("PERSON", g.name()), M("DATE_OF_BIRTH", g.dob()), g.r.choice("MF"), M("PERSON", g.name()), g.r.choice(["CBC", "LFT", "HbA1c", "TSH"]), M("PHONE_NUMBER", g.mobile()))

def T_school_enroll(g):
    return "학교_행정", "입학원서\n학생 %s (%s)\n보호자 %s  %s  %s\n주소 %s" % (
        M("PERSON", g.name()), M("DATE_OF_BIRTH", g.dob((g.r.randint(2008, 2019), g.r.randint(1, 12), g.r.randint(1, 28)))), M("PERSON", g.name()),
        M("PHONE_NUMBER", g.mobile()), M("EMAIL_ADDRESS", g.email()), M("KR_ADDRESS", g.addr()))

def T_daycare(g):
    rows = []
    for _ in range(g.r.randint(3, 5)):
        rows.append("%s / %s / 보호자 %s %s" % (M("PERSON", g.name()), M("KR_RRN", g.rrn(post=True) if g.r.random() < 0.6 else g.rrn(lo=2015, hi=2019)), M("PERSON", g.name()), M("PHONE_NUMBER", g.mobile())))
    return "어린이집", "보육료 지원 대상 아동 명단\n" + "\n".join(rows)

def T_school_refund(g):
    rows = []
    for _ in range(g.r.randint(3, 5)):
        b, a = acct(g)
        rows.append("%s %s %s %s" % (M("PERSON", g.name()), b, M("KR_BANK_ACCOUNT", a), amt(g)))
    return "학교_행정", "\n".join(rows)

def T_visa(g):
    f = g.fname(True)
    return "출입국", "사증발급신청서\n성명 %s\n국적 %s  생년월일 %s\n여권번호 %s  발급일 %s\n국내 연락처 %s\n초청인 %s %s" % (
        M("PERSON", f), FCC[f], M("DATE_OF_BIRTH", g.dob(form=g.r.choice(["dmy_en", "iso", "dmy_slash", "dot0n"]))),
        M("KR_PASSPORT", g.passport("foreign")), dt(g), M("PHONE_NUMBER", g.mobile()), M("PERSON", g.name()), M("KR_RRN", g.rrn()))

def T_passport_reissue(g):
    n = g.name()
    return "출입국", "여권 발급 신청 처리 대장\n신청인 %s / 주민등록번호 %s / 종전 여권 %s / 신규 여권 %s\n수령 %s" % (
        M("PERSON", n), M("KR_RRN", g.rrn(mask=g.r.choice([None, "*"]))), M("KR_PASSPORT", g.passport(g.r.choice(["kr_old", "masked"]))), M("KR_PASSPORT", g.passport("kr_new")), dt(g))

def T_stay_list(g):
    rows = []
    pool = g.r.sample(FOREIGN_LATIN, 5)
    for i in range(g.r.randint(3, 5)):
        fn = pool[i]
        rows.append("%d|%s|%s|%s|%s" % (i + 1, M("PERSON", fn), FCC[fn], M("KR_PASSPORT", g.passport("foreign")), M("KR_FRN", g.frn())))
    return "출입국", "\n".join(rows)

def T_worker(g):
    b, a = acct(g)
    f = g.fname()
    return "외국인근로자", "외국인근로자 고용변동 신고\n근로자 %s / 외국인등록번호 %s / 여권 %s\n사업장 %s (대표 %s, 사업자 %s)\n급여계좌 %s %s" % (
        M("PERSON", f), M("KR_FRN", g.frn()), M("KR_PASSPORT", g.passport("foreign")), M("KR_ADDRESS", g.addr()), M("PERSON", g.name()), M("KR_BRN", g.brn()), b, M("KR_BANK_ACCOUNT", a))

def T_crew(g):
    rows = []
    pool = g.r.sample(FOREIGN_LATIN, 6)
    for i in range(g.r.randint(4, 6)):
        kr = g.r.random() < 0.35
        nm = g.name() if kr else pool[i]
        rows.append("%02d %-6s %s %s %s %s" % (i + 1, g.r.choice(["MASTER", "C/E", "1/O", "AB", "OS", "COOK", "OILER"]), M("PERSON", nm), "KOR" if kr else FCC[nm],
                                          M("KR_PASSPORT", g.passport(g.r.choice(["kr_old", "kr_new"]) if kr else "foreign")), M("DATE_OF_BIRTH", g.dob(form="dmy_en"))))
    return "선원", "CREW LIST / %s\n%s" % (N("company", "M/V " + g.r.choice(["HAN RIVER", "DONGBAEK 3", "SEOHAE STAR", "NAMHAE 101"])), "\n".join(rows))

def T_pax(g):
    rows = []
    for i in range(g.r.randint(3, 6)):
        rows.append("%s\t%s\t%s" % (M("PERSON", g.r.choice([g.name(), g.fname(True)])), M("KR_PASSPORT", g.passport()), M("DATE_OF_BIRTH", g.dob(form=g.r.choice(["iso", "dmy_en", "compact8"])))))
    return "항공_명단", "%s\n%s" % (N("flight", g.r.choice(["KE", "OZ", "7C", "LJ", "TW", "ZE"]) + str(g.r.randint(100, 999))), "\n".join(rows))

def T_travel_refund(g):
    return "여행사_명단", "환불 처리 — 예약자 %s, 결제카드 %s(%s), 여권 %s, 연락처 %s, 환불액 %s" % (
        M("PERSON", g.name()), M("CREDIT_CARD", g.card()), g.r.choice(CARD_ISSUERS), M("KR_PASSPORT", g.passport()), M("PHONE_NUMBER", g.mobile()), amt(g))

def T_hotel(g):
    rows = []
    for _ in range(g.r.randint(2, 4)):
        rows.append("  %s  %s  %s  %s" % (g.r.randint(201, 1520), M("PERSON", pname(g, 0.5)), M("CREDIT_CARD", g.card()), M("PHONE_NUMBER", g.mobile())))
    return "숙박_명단", "IN-HOUSE GUEST (%s)\n%s" % (dt(g), "\n".join(rows))

def T_event(g):
    rows = []
    for _ in range(g.r.randint(3, 5)):
        rows.append("- %s (%s) %s" % (M("PERSON", pname(g)), g.r.choice(["참가자", "발표자", "자원봉사자"]), M("EMAIL_ADDRESS", g.email())))
    return "행사_명단", "참가자 명단\n" + "\n".join(rows) + "\n문의 %s" % N("inst_phone", g.r.choice(SWITCH))

def T_card_complaint(g):
    return "카드_민원", "[%s 민원] 회원 %s, 카드번호 %s, 연락처 %s — %s 결제 건 이중청구 확인 후 %s 환불. 환불계좌 %s" % (
        g.r.choice(CARD_ISSUERS), M("PERSON", g.name()), M("CREDIT_CARD", g.card_masked() if g.r.random() < 0.3 else g.card()), M("PHONE_NUMBER", g.mobile()), dt(g), amt(g), M("KR_BANK_ACCOUNT", g.account()[1]))

def T_bank_refund(g):
    b, a = g.account_masked() if g.r.random() < 0.25 else acct(g)
    return "은행_민원", "환불(반환) 신청서\n성명 %s\n생년월일 %s\n은행 %s\n계좌번호 %s\n사용 카드 %s" % (
        M("PERSON", g.name()), M("DATE_OF_BIRTH", g.dob()), b, M("KR_BANK_ACCOUNT", a), M("CREDIT_CARD", g.card()))

def T_insurance(g):
    b, a = g.account_masked() if g.r.random() < 0.2 else acct(g)
    return "보험_청구", "보험금 지급 결정 안내\n%s 고객님(%s)의 청구(%s)에 대해 %s을 %s %s 계좌로 지급합니다.\n진료 병원: %s" % (
        M("PERSON", g.name()), M("DATE_OF_BIRTH", g.dob()), N("receipt", "CL" + g.d(10)), amt(g), b, M("KR_BANK_ACCOUNT", a), N("company", "○○병원"))

def T_registry(g):
    return "부동산_등기", "순위번호 %d | 소유권이전 | 접수 %s | 소유자 %s %s %s" % (
        g.r.randint(1, 9), dt(g), M("PERSON", g.name()), M("KR_RRN", g.rrn(mask="*")), M("KR_ADDRESS", g.addr()))

def T_auction(g):
    return "부동산_경매", "매각 허가 결정 — %s\n최고가매수신고인 %s (%s) %s\n보증금 반환 계좌 %s" % (
        case(g), M("PERSON", g.name()), M("KR_RRN", g.rrn()), M("KR_ADDRESS", g.addr()), M("KR_BANK_ACCOUNT", g.account()[1]))

def T_vehicle(g):
    return "차량_등록", "자동차 등록원부(갑) 요약\n등록번호 %s\n소유자 %s  %s\n사용본거지 %s" % (
        M("KR_VEHICLE_PLATE", g.plate()), M("PERSON", g.name()), M("KR_RRN", g.rrn()), M("KR_ADDRESS", g.addr()))

def T_fine(g):
    rows = []
    for _ in range(g.r.randint(3, 5)):
        rows.append("%s %s %s %s" % (M("KR_VEHICLE_PLATE", g.plate()), M("PERSON", g.name()), N("date", "%02d-%02d %02d:%02d" % (g.r.randint(1, 12), g.r.randint(1, 28), g.r.randint(0, 23), g.r.randint(0, 59))), amt(g)))
    return "차량_과태료", "\n".join(rows)

def T_dl_check(g):
    return "차량_면허", "운전면허 진위확인 요청 — 성명 %s, 면허번호 %s, 생년월일 %s, 차량 %s" % (
        M("PERSON", g.name()), M("KR_DRIVER_LICENSE", g.dl()), M("DATE_OF_BIRTH", g.dob()), M("KR_VEHICLE_PLATE", g.plate()))

def T_tax(g):
    b, a = acct(g)
    return "세무_민원", "환급금 지급 통지\n%s 귀하 (사업자등록번호 %s)\n환급액 %s / 지급계좌 %s %s\n%s" % (
        M("PERSON", g.name()), M("KR_BRN", g.brn()), amt(g), b, M("KR_BANK_ACCOUNT", a), N("office", g.r.choice(["○○세무서장", "국세청장"])))

def T_corp(g):
    return "세무_민원", "법인 등록 사항\n상호 %s\n법인등록번호 %s\n사업자등록번호 %s\n대표이사 %s (%s)\n본점 %s" % (
        N("company", "주식회사 " + g.r.choice(["가온", "새빛", "누리", "한결", "도담"]) + g.r.choice(["테크", "건설", "푸드"])), M("KR_CRN", g.crn()), M("KR_BRN", g.brn()),
        M("PERSON", g.name()), M("DATE_OF_BIRTH", g.dob()), M("KR_ADDRESS", g.addr()))

def T_contract(g):
    co = "(주)" + g.r.choice(["솔빛", "다온", "해랑"]) + "엔지니어링"
    return "계약서", "용역 계약서\n(을) 상호 %s 대표자 %s\n사업자등록번호 %s / 법인등록번호 %s\n주소 %s / 전화 %s\n대금 지급 계좌 %s (예금주 %s)" % (
        N("company", co), M("PERSON", g.name()), M("KR_BRN", g.brn()), M("KR_CRN", g.crn()), M("KR_ADDRESS", g.addr()),
        M("PHONE_NUMBER", g.landline()), M("KR_BANK_ACCOUNT", g.account()[1]), N("company", co))

def T_breach(g):
    return "유출신고", "개인정보 유출 신고\n신고기관 %s\n책임자 %s %s %s\n공격 IP %s, %s\n유출 건수 %s" % (
        N("company", "(주)" + g.r.choice(["오늘몰", "바로배송", "하루여행"])), M("PERSON", g.name()), M("PHONE_NUMBER", g.landline()), M("EMAIL_ADDRESS", g.email()),
        M("IP_ADDRESS", g.ip()), M("IP_ADDRESS", g.ip()), N("amount", "%d건" % g.r.randint(10, 99999)))

def T_accesslog(g):
    rows = []
    for _ in range(g.r.randint(3, 5)):
        rows.append("%s %s %s %s %s" % (N("date", "2026-0%d-%02d %02d:%02d:%02d" % (g.r.randint(1, 3), g.r.randint(1, 28), g.r.randint(0, 23), g.r.randint(0, 59), g.r.randint(0, 59))),
                                        N("userid", "u%d" % g.r.randint(10000, 99999)), M("IP_ADDRESS", g.ip()), g.r.choice(["VIEW", "DOWNLOAD", "PRINT"]), M("PERSON", g.name())))
    return "접속기록", "\n".join(rows)

def T_minwon(g):
    a, ph = inst(g)
    return "민원_회신", "%s 님 귀하\n주소 %s\n귀하의 민원(%s)에 대한 처리 결과를 알려드립니다.\n담당 %s 주무관 %s\n%s %s" % (
        M("PERSON", g.name()), M("KR_ADDRESS", g.addr()), N("receipt", "1AA-%02d%02d-%07d" % (g.r.randint(20, 26), g.r.randint(1, 12), g.r.randint(1, 9999999))),
        M("PERSON", g.name()), M("PHONE_NUMBER", g.landline()), a, ph)

def T_ocr_form(g):
    n = g.name()
    sp = " ".join(n) if g.r.random() < 0.5 else n
    return "OCR_스캔", "(OCR) 신청서\n성 명 %s\n주민번호 %s\n계좌 %s\n전화 %s" % (
        M("PERSON", sp), M("KR_RRN", ocrv(g, g.rrn(), 1.0)), M("KR_BANK_ACCOUNT", ocrv(g, g.account()[1], 1.0)), M("PHONE_NUMBER", ocrv(g, g.mobile(), 0.7)))

def T_ocr_passport(g):
    return "OCR_스캔", "여권사본(OCR) 성명 %s 여권번호 %s 생년월일 %s 카드 %s" % (
        M("PERSON", g.fname(True)), M("KR_PASSPORT", ocrv(g, g.passport(), 0.6)), M("DATE_OF_BIRTH", g.dob(form=g.r.choice(["dmy_en", "dot0n", "iso"]))),
        M("CREDIT_CARD", ocrv(g, g.card(), 0.8)))

def T_prose_person(g):
    n1, n2, n3 = g.name(), g.name(), g.fname()
    return "보도자료", "%s(%d) 씨는 \"%s\"라고 말했다. 이웃 %s 씨와 %s 씨도 현장에 있었다.\n담당 %s 주무관 %s" % (
        M("PERSON", n1), g.r.randint(20, 80), g.r.choice(["불이 순식간에 번졌어요", "아이를 찾아서 다행입니다", "구급대가 빨리 와 줬어요"]), M("PERSON", n2), M("PERSON", n3),
        M("PERSON", g.name()), M("PHONE_NUMBER", g.landline()))

def T_nopii_notice(g):
    a, ph = inst(g)
    return "공문", "%s\n수신 %s\n제목 %s\n1. 관련: %s\n2. %s에 따라 %s까지 제출하여 주시기 바랍니다. 예산 %s.\n%s / %s" % (
        N("office", g.r.choice(OFFICES)), N("office", "수신자 참조"), g.r.choice(["개인정보 보호 교육 실시", "민원 처리 실태 점검", "구급차 정비 계획", "체류외국인 통계 제출"]),
        dnum(g), N("law", g.r.choice(["「개인정보 보호법」 제29조", "「민원 처리에 관한 법률」 제5조", "「소방기본법」 제35조", "「출입국관리법」 제20조"])), dt(g), amt(g), a, ph)

def T_nopii_stats(g):
    return "통계", "%s 처리 현황: 접수 %s, 처리 %s, 이관 %s. 평균 처리기간 %d일. (%s, %s)" % (
        g.r.choice(["여권", "과태료 이의", "119 신고", "사증", "보험 민원"]), N("amount", "%d건" % g.r.randint(100, 9999)), N("amount", "%d건" % g.r.randint(50, 999)),
        N("amount", "%d건" % g.r.randint(1, 50)), g.r.randint(2, 30), case(g), N("inst_phone", g.r.choice(SWITCH)))

def T_nopii_placeholder(g):
    return "안내문", "작성 예시: 성명 %s, 주민등록번호 %s, 주소 %s, 계좌 %s — 실제 정보로 바꾸어 적으십시오. 문의 %s" % (
        N("placeholder", "홍길동"), N("placeholder", "000000-0000000"), N("placeholder", "○○시 ○○구 ○○로 00"), N("placeholder", "000-000000-00000"), N("inst_phone", g.r.choice(SWITCH)))

TEMPLATES = [T_police_statement, T_police_suspects, T_traffic, T_court_judgment, T_court_garnish, T_court_mediation, T_probation, T_prison_visit,
             T_119, T_fire_insp, T_hospital_visit, T_health_center, T_lab_request, T_school_enroll, T_daycare, T_school_refund, T_visa,
             T_passport_reissue, T_stay_list, T_worker, T_crew, T_pax, T_travel_refund, T_hotel, T_event, T_card_complaint, T_bank_refund,
             T_insurance, T_registry, T_auction, T_vehicle, T_fine, T_dl_check, T_tax, T_corp, T_contract, T_breach, T_accesslog, T_minwon,
             T_ocr_form, T_ocr_passport, T_prose_person]

def T_rental(g):
    return "차량_렌트", "렌터카 대여계약서\n임차인 %s  생년월일 %s\n운전면허 %s\n제2운전자 %s 면허 %s\n차량 %s\n보증 결제카드 %s\n연락처 %s" % (
        M("PERSON", pname(g, 0.25)), M("DATE_OF_BIRTH", g.dob()), M("KR_DRIVER_LICENSE", g.dl()), M("PERSON", g.name()), M("KR_DRIVER_LICENSE", g.dl()),
        M("KR_VEHICLE_PLATE", g.plate()), M("CREDIT_CARD", g.card()), M("PHONE_NUMBER", g.mobile()))

def T_dl_rows(g):
    rows = []
    for _ in range(g.r.randint(3, 5)):
        rows.append("%s, %s, %s, %s" % (M("KR_DRIVER_LICENSE", ocrv(g, g.dl(), 0.1)), M("PERSON", g.name()), g.r.choice(["1종보통", "2종보통", "1종대형", "2종소형"]), N("date", "%d-%02d-%02d" % (g.r.randint(2026, 2034), g.r.randint(1, 12), g.r.randint(1, 28)))))
    return "차량_면허", "\n".join(rows)

def T_card_log(g):
    rows = []
    for _ in range(g.r.randint(3, 5)):
        rows.append("%s APPROVE card=%s amt=%s merchant=%s" % (N("date", "2026-0%d-%02dT%02d:%02d" % (g.r.randint(1, 3), g.r.randint(1, 28), g.r.randint(0, 23), g.r.randint(0, 59))),
                                                             M("CREDIT_CARD", ocrv(g, g.card(sep=g.r.choice(["", "-"])), 0.08)), g.r.randint(1000, 990000), N("code", "MID" + g.d(8))))
    return "카드_로그", "\n".join(rows)

def T_card_dispute(g):
    return "카드_민원", "이의제기 접수증: 회원 %s / 카드 %s / 대체 발급 카드 %s / 가맹점 %s (%s)" % (
        M("PERSON", g.name()), M("CREDIT_CARD", g.r.choice([g.card_masked(), g.card()])), M("CREDIT_CARD", g.card()), N("company", "(주)" + g.r.choice(["하루마켓", "온누리여행"])), M("KR_BRN", g.brn()))

def T_creditors(g):
    rows = []
    for i in range(g.r.randint(2, 4)):
        rows.append("%d %s %s 대표이사 %s %s" % (i + 1, N("company", "주식회사 " + g.r.choice(["한빛", "누리", "가온", "새봄", "다솜"]) + g.r.choice(["캐피탈", "대부", "파이낸스", "상사"])), M("KR_CRN", g.crn()), M("PERSON", g.name()), amt(g)))
    return "법원_결정", "채권자 목록 (%s)\n%s" % (case(g), "\n".join(rows))

def T_corp_registry(g):
    return "부동산_등기", "근저당권설정 | 채권최고액 %s | 근저당권자 %s %s %s | 채무자 %s %s" % (
        amt(g), N("company", "주식회사 " + g.r.choice(["해솔", "미래", "솔내"]) + "저축은행"), M("KR_CRN", g.crn()), M("KR_ADDRESS", g.addr()), M("PERSON", g.name()), M("KR_ADDRESS", g.addr()))

TEMPLATES += [T_rental, T_dl_rows, T_card_log, T_card_dispute, T_creditors, T_corp_registry]

def T_biz_list(g):
    rows = []
    for _ in range(g.r.randint(3, 5)):
        rows.append("%s | %s | %s | %s" % (N("company", g.r.choice(["해솔", "다온", "바른", "초록", "늘봄", "한마음"]) + g.r.choice(["식당", "상회", "약국", "공방", "여행사", "세탁"])),
                                           M("KR_BRN", ocrv(g, g.brn(), 0.1)), M("PERSON", g.name()), M("PHONE_NUMBER", g.r.choice([g.landline(), g.mobile()]))))
    return "세무_민원", "\n".join(rows)

def T_corp_rows(g):
    rows = []
    for _ in range(g.r.randint(2, 4)):
        rows.append("%s\t%s\t%s" % (N("company", "(주)" + g.r.choice(["가람", "솔빛", "누리", "새봄", "한울"]) + g.r.choice(["건설", "물산", "기술"])), M("KR_CRN", g.crn()), M("KR_BRN", g.brn())))
    return "계약_입찰", "\n".join(rows)

TEMPLATES += [T_biz_list, T_corp_rows]

def T_kr_pp_list(g):
    rows = []
    hdr = g.r.random() < 0.5
    for i in range(g.r.randint(3, 5)):
        n = g.name()
        rows.append("%s%s%s%s" % ("%02d  " % (i + 1) if hdr else "", M("PERSON", n), "  " if hdr else " | ",
                                  ("  " if hdr else " | ").join([M("KR_PASSPORT", g.passport(g.r.choice(["kr_old", "kr_new", "kr_new", "masked"]))),
                                                                 M("DATE_OF_BIRTH", g.dob(form=g.r.choice(["iso", "dot0n", "yymmdd", "dot_sp"])))])))
    head = "번호  성명  여권번호  생년월일\n" if hdr else ""
    return "여행사_명단", "%s 단체 출국자 명단\n%s%s" % (N("company", g.r.choice(["○○여행사", "□□투어", "(주)하나로관광"])), head, "\n".join(rows))

def T_masked_report(g):
    b, a = g.account_masked()
    return "마스킹", "본인확인 결과(마스킹 출력)\n성명 %s\n주민등록번호 %s\n여권 %s\n카드 %s\n계좌 %s %s" % (
        M("PERSON", g.name()), M("KR_RRN", g.rrn(mask=g.r.choice(["*", "●", "X"]))), M("KR_PASSPORT", g.passport("masked")), M("CREDIT_CARD", g.card_masked()), b, M("KR_BANK_ACCOUNT", a))

TEMPLATES += [T_kr_pp_list, T_masked_report]

NOPII = [T_nopii_notice, T_nopii_stats, T_nopii_placeholder]

NOISY_TYPES = {"PHONE_NUMBER": ["fw", "uh", "sp", "conf", "nl"], "KR_RRN": ["fw", "uh", "sp", "conf", "nl"], "KR_FRN": ["fw", "uh", "sp", "conf"],
               "KR_BRN": ["fw", "uh", "sp"], "KR_CRN": ["fw", "uh", "conf"], "KR_BANK_ACCOUNT": ["fw", "uh", "sp", "conf", "nl"],
               "CREDIT_CARD": ["fw", "sp", "conf", "nl"], "KR_HEALTH_INSURANCE": ["fw", "sp", "conf"], "KR_DRIVER_LICENSE": ["fw", "uh"],
               "KR_PASSPORT": ["conf", "sp", "fw"], "DATE_OF_BIRTH": ["fw"], "KR_VEHICLE_PLATE": ["fw"]}

def ocr_render(marked, rng):
    """OCR-style rendering of a template document: noise inside some values, light noise in the running text."""
    out, pos = [], 0
    def plain(t):
        t = re.sub(r"\.(?=\s)", lambda m: "," if rng.random() < 0.25 else ".", t)
        t = re.sub(r" ", lambda m: "  " if rng.random() < 0.08 else " ", t)
        return t
    for m in MARK.finditer(marked):
        out.append(plain(marked[pos:m.start()]))
        if m.group(1):
            typ, val = m.group(1), m.group(3)
            if typ in NOISY_TYPES and rng.random() < 0.55:
                val = noise(rng, val, [rng.choice(NOISY_TYPES[typ])])
            elif typ == "PERSON" and re.fullmatch(r"[가-힣]{2,4}", val) and rng.random() < 0.35:
                val = " ".join(val)
            out.append("⟦%s%s:%s⟧" % (typ, m.group(2), val))
        else:
            out.append(m.group(0))
        pos = m.end()
    out.append(plain(marked[pos:]))
    return "".join(out)

TARGET = {"PERSON": 300, "PHONE_NUMBER": 150, "EMAIL_ADDRESS": 80, "KR_ADDRESS": 120, "DATE_OF_BIRTH": 125, "KR_BANK_ACCOUNT": 125,
          "KR_RRN": 100, "IP_ADDRESS": 80, "KR_PASSPORT": 150, "KR_BRN": 82, "KR_DRIVER_LICENSE": 82, "KR_VEHICLE_PLATE": 80,
          "KR_HEALTH_INSURANCE": 80, "CREDIT_CARD": 115, "KR_FRN": 80, "KR_CRN": 82}
N_TEMPLATE_PII = 238
N_TEMPLATE_NOPII = 26


def main():
    global ABBR
    sys.path.insert(0, HERE)
    import handwritten
    ABBR = handwritten.ABBR
    master = random.Random(SEED)
    items = []  # (marked, genre, template, handwritten, ocr, planned_no_pii, g)
    for i, (genre, ocr, text) in enumerate(handwritten.H):
        g = G(random.Random("%s/hw/%d" % (SEED, i)))
        planned = "⟦" not in text
        items.append((text, genre, "hw_%03d" % (i + 1), True, ocr, planned, g))
    counts = collections.Counter()
    for it in items:
        counts.update(m.group(1) and ABBR.get(m.group(1), m.group(1)) for m in MARK.finditer(it[0]) if m.group(1))
    # template records: each template once, then greedy deficit-driven choice among 5 random candidates
    tcount = collections.Counter()
    def render(tf, k):
        g = G(random.Random("%s/%s/%d" % (SEED, tf.__name__, k)))
        genre, marked = tf(g)
        ocr = genre.startswith("OCR")
        if not ocr and g.r.random() < 0.11:
            marked, genre, ocr = ocr_render(marked, g.r), "OCR_스캔(%s)" % genre, True
        return marked, genre, tf.__name__, False, ocr, False, G(random.Random("%s/%s/%d/p" % (SEED, tf.__name__, k)))
    def tcounts(marked):
        return collections.Counter(m.group(1) for m in MARK.finditer(marked) if m.group(1))
    for tf in TEMPLATES:
        it = render(tf, tcount[tf.__name__]); tcount[tf.__name__] += 1
        items.append(it); counts.update(tcounts(it[0]))
    while sum(1 for it in items if not it[3] and not it[5]) < N_TEMPLATE_PII:
        best = None
        for tf in master.sample(TEMPLATES, len(TEMPLATES)):
            it = render(tf, tcount[tf.__name__])
            c = tcounts(it[0])
            gain = sum(min(c[t], max(0, TARGET[t] - counts[t])) * (max(0, TARGET[t] - counts[t]) / TARGET[t]) ** 2 for t in c) / (1 + 0.2 * tcount[tf.__name__]) + master.random() * 1e-3
            if best is None or gain > best[0]:
                best = (gain, tf, it, c)
        _, tf, it, c = best
        tcount[tf.__name__] += 1
        items.append(it); counts.update(c)
    for k in range(N_TEMPLATE_NOPII):
        tf = NOPII[k % len(NOPII)]
        g = G(random.Random("%s/%s/%d" % (SEED, tf.__name__, k)))
        genre, marked = tf(g)
        items.append((marked, genre, tf.__name__, False, False, True, g))
    master.shuffle(items)
    recs, metas = [], []
    for idx, (marked, genre, tpl, hw, ocr, planned, g) in enumerate(items, 1):
        rec, meta = build_record(idx, marked, genre, tpl, hw, ocr, g, planned)
        recs.append(rec); metas.append(meta)
    out = os.path.join(HERE, "pii_bj.jsonl"); outm = os.path.join(HERE, "pii_bj.meta.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(outm, "w", encoding="utf-8") as f:
        for m in metas:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    # re-read and validate
    R = [json.loads(l) for l in open(out, encoding="utf-8")]
    MM = [json.loads(l) for l in open(outm, encoding="utf-8")]
    errors = []
    for r, m in zip(R, MM):
        assert r["id"] == m["id"] and set(r) == {"id", "text", "spans", "genre"}
        try:
            validate(r, m)
        except AssertionError as e:
            errors.append(str(e))
    if errors:
        for e in errors:
            print("INVALID:", e)
        sys.exit(1)
    stats = collections.OrderedDict()
    stats["records"] = len(R)
    stats["handwritten_records"] = sum(m["handwritten"] for m in MM)
    stats["template_records"] = len(R) - stats["handwritten_records"]
    stats["templates_used"] = len(set(m["template"] for m in MM if not m["handwritten"]))
    stats["no_pii_records"] = sum(1 for r in R if not r["spans"])
    stats["ocr_records"] = sum(m["ocr"] for m in MM)
    stats["spans"] = sum(len(r["spans"]) for r in R)
    tc = collections.Counter(s["type"] for r in R for s in r["spans"])
    stats["spans_by_type"] = {t: tc[t] for t in TYPES}
    stats["subkinds"] = dict(sorted(collections.Counter("%s/%s" % (s["type"], s["subkind"]) for m in MM for s in m["spans"]).items()))
    stats["noisy_spans"] = sum(1 for m in MM for s in m["spans"] if s["noise"])
    stats["noise_tags"] = dict(sorted(collections.Counter(t for m in MM for s in m["spans"] for t in s["noise"]).items()))
    stats["hard_negatives"] = dict(sorted(collections.Counter(h["category"] for m in MM for h in m["hard_negatives"]).items()))
    g2 = collections.defaultdict(lambda: [0, 0, 0])
    for r in R:
        g2[r["genre"]][0] += 1; g2[r["genre"]][1] += (not r["spans"]); g2[r["genre"]][2] += len(r["spans"])
    stats["genres"] = {k: {"records": v[0], "no_pii": v[1], "spans": v[2]} for k, v in sorted(g2.items())}
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8") as f:
        json.dump(stats, f, ensure_ascii=False, indent=1)
        f.write("\n")
    mins = {"KR_PASSPORT": 110, "KR_BANK_ACCOUNT": 110, "CREDIT_CARD": 100, "DATE_OF_BIRTH": 110}
    for t in TYPES:
        assert tc[t] >= mins.get(t, 70), (t, tc[t])
    assert stats["handwritten_records"] >= 140 and stats["templates_used"] >= 40 and len(R) >= 350
    print(json.dumps({k: stats[k] for k in ("records", "handwritten_records", "template_records", "templates_used", "no_pii_records", "ocr_records", "spans", "spans_by_type")}, ensure_ascii=False, indent=1))
    print("validation OK")


if __name__ == "__main__":
    main()
