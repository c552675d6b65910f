#!/usr/bin/env python3
"""pii_v: independent synthetic evaluation set for a Korean PII detector.

Deterministic, standard library only.  Every random.Random is seeded with a
string "pii_v-2026|<template>|<i>" (plus "|retry<k>" when a draft fails the
per-record checks).  Output: pii_v.jsonl, pii_v.meta.jsonl, README.md, MD5SUMS.
"""
import hashlib, json, os, random, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- primitives
class S:
    """A gold span value."""
    __slots__ = ("text", "type", "kind", "noise", "clean")
    def __init__(self, text, type_, kind, noise=(), clean=None):
        self.text, self.type, self.kind = text, type_, kind
        self.noise = tuple(noise)
        self.clean = text if clean is None else clean

class N:
    """A tagged hard negative (unlabelled text)."""
    __slots__ = ("text", "cat")
    def __init__(self, text, cat):
        self.text, self.cat = text, cat

class Doc:
    def __init__(self):
        self.buf, self.n, self.spans, self.negs = [], 0, [], []
    def _w(self, s):
        self.buf.append(s); self.n += len(s)
    def add(self, x):
        if isinstance(x, S):
            st = self.n; self._w(x.text); self.spans.append((st, self.n, x))
        elif isinstance(x, N):
            st = self.n; self._w(x.text); self.negs.append((st, self.n, x))
        else:
            self._w(str(x))
    _pat = re.compile(r"\{(\w+)\}")
    def f(self, fmt, **kw):
        pos = 0
        for m in self._pat.finditer(fmt):
            self.add(fmt[pos:m.start()]); self.add(kw[m.group(1)]); pos = m.end()
        self.add(fmt[pos:])
    def l(self, fmt="", **kw):
        self.f(fmt + "\n", **kw)
    def text(self):
        return "".join(self.buf)

# ---------------------------------------------------------------- pools
SUR = (["김"] * 10 + ["이"] * 8 + ["박"] * 5 + ["최"] * 3 + ["정"] * 3 + ["강", "조", "윤", "장", "임"] * 2 +
       list("한오서신권황안송류전고문양손배백허유남심노하곽성차주우구민진나지엄변채원천방공현함염여추도석선설마길연위표명기반왕금옥육인맹탁국봉") +
       ["남궁", "황보", "선우", "제갈", "독고", "사공"])
GIVEN = ("민준 서연 지훈 수빈 현우 지은 도윤 하은 예준 서윤 시우 지우 주원 하윤 건우 서현 우진 민서 채원 준서 지민 유준 "
         "수아 은우 지아 정우 윤서 승현 다은 재현 예은 동현 가은 성민 소연 태윤 유진 영수 영희 미경 정숙 상철 경호 혜진 성호 "
         "은정 명숙 광수 순자 병철 미란 재훈 나래 보람 한결 슬기 아람 지혜 상훈 종민 혜원 기현 세영 다인 예린 준혁 태민 "
         "정민 수진 현주 경민 영호 미숙 춘자 옥순 말순 동욱 재석 형준 태호 윤희 선영 지영 은영 효진 주희 승우 민재 현석 "
         "채윤 소율 하람 로운 시윤 도현 연우 서준 가윤 나연 이든 아린 규리 민혁 병훈 창민 용준 대성 상우 인혜 문정 숙희").split()
KR_ROMAN = [("김민준", "KIM MINJUN"), ("이서연", "LEE SEOYEON"), ("박지훈", "PARK JIHUN"), ("최수빈", "CHOI SUBIN"),
            ("정현우", "JUNG HYUNWOO"), ("강지은", "KANG JIEUN"), ("조도윤", "CHO DOYUN"), ("윤하은", "YOON HAEUN"),
            ("장예준", "JANG YEJUN"), ("임서윤", "LIM SEOYUN"), ("한시우", "HAN SIWOO"), ("오지우", "OH JIWOO"),
            ("서주원", "SEO JUWON"), ("신하윤", "SHIN HAYUN"), ("권건우", "KWON GEONWOO"), ("황서현", "HWANG SEOHYUN"),
            ("안우진", "AHN WOOJIN"), ("송민서", "SONG MINSEO"), ("류채원", "RYU CHAEWON"), ("전준서", "JEON JUNSEO"),
            ("고유준", "KO YUJUN"), ("문수아", "MOON SUA"), ("양은우", "YANG EUNWOO"), ("배지아", "BAE JIA"),
            ("백정우", "BAEK JUNGWOO"), ("남궁윤서", "NAMGOONG YUNSEO"), ("황보승현", "HWANGBO SEUNGHYUN"),
            ("선우다은", "SUNWOO DAEUN"), ("노재현", "NOH JAEHYUN"), ("차은정", "CHA EUNJUNG")]
# nationality: (Korean name, ISO, family list, given list, order)  each entry (Latin, Hangul)
FOREIGN = {
    "베트남": ("VNM", [("NGUYEN", "응우옌"), ("TRAN", "쩐"), ("LE", "레"), ("PHAM", "팜"), ("HOANG", "호앙"), ("VU", "부")],
             [("VAN HUNG", "반 훙"), ("THI LAN", "티 란"), ("VAN TUAN", "반 뚜언"), ("THI MAI", "티 마이"),
              ("DUC THANH", "득 타인"), ("THI HOA", "티 호아"), ("MINH HIEU", "민 히에우"), ("THI LINH", "티 린")], "FG"),
    "중국": ("CHN", [("WANG", "왕"), ("LI", "리"), ("ZHANG", "장"), ("LIU", "류"), ("CHEN", "천"), ("ZHAO", "자오"), ("ZHOU", "저우")],
           [("WEI", "웨이"), ("NA", "나"), ("YONG", "융"), ("YANG", "양"), ("JING", "징"), ("LEI", "레이"), ("HUI", "후이"), ("JUN", "쥔")], "FG"),
    "필리핀": ("PHL", [("SANTOS", "산토스"), ("REYES", "레예스"), ("CRUZ", "크루스"), ("GARCIA", "가르시아"), ("MENDOZA", "멘도사")],
            [("MARIA", "마리아"), ("JOSE", "호세"), ("ANA", "아나"), ("MARK", "마크"), ("JOY", "조이"), ("RAMON", "라몬")], "GF"),
    "우즈베키스탄": ("UZB", [("KARIMOV", "카리모프"), ("TURSUNOV", "투르수노프"), ("ALIYEV", "알리예프"), ("RASHIDOV", "라시도프")],
               [("AKMAL", "아크말"), ("SARDOR", "사르도르"), ("JASUR", "자수르"), ("BOBUR", "보부르"), ("OTABEK", "오타벡")], "GF"),
    "몽골": ("MNG", [("GANBOLD", "간볼드"), ("DORJ", "도르지"), ("TSOGT", "초그트"), ("BATAA", "바타")],
           [("BATBAYAR", "바트바야르"), ("ENKHJARGAL", "엥흐자르갈"), ("TEMUULEN", "테무렌"), ("SARANGEREL", "사랑게렐")], "GF"),
    "캄보디아": ("KHM", [("CHAN", "찬"), ("SOK", "속"), ("HENG", "헹"), ("PHAL", "팔")],
             [("SOKHA", "소카"), ("DARA", "다라"), ("VANNAK", "반낙"), ("SREYNIT", "스레이닛")], "GF"),
    "네팔": ("NPL", [("THAPA", "타파"), ("GURUNG", "구룽"), ("TAMANG", "타망"), ("RAI", "라이")],
           [("RAM BAHADUR", "람 바하두르"), ("SITA", "시타"), ("BIKASH", "비카시"), ("ANITA", "아니타")], "GF"),
    "인도네시아": ("IDN", [("SANTOSO", "산토소"), ("RAHAYU", "라하유"), ("WIBOWO", "위보워"), ("SAPUTRA", "사푸트라")],
              [("BUDI", "부디"), ("SITI", "시티"), ("AGUS", "아구스"), ("DEWI", "데위")], "GF"),
    "미국": ("USA", [("MILLER", "밀러"), ("JOHNSON", "존슨"), ("BROWN", "브라운"), ("DAVIS", "데이비스")],
           [("JOHN", "존"), ("EMILY", "에밀리"), ("MICHAEL", "마이클"), ("SARAH", "세라")], "GF"),
    "태국": ("THA", [("SUKJAI", "숙자이"), ("WONGSA", "웡사"), ("CHAIYA", "차이야")],
           [("SOMCHAI", "솜차이"), ("MALEE", "말리"), ("ANAN", "아난")], "GF"),
}
NATS = list(FOREIGN.keys())

REGIONS = [
    ("서울특별시", "서울", ["마포구", "강남구", "송파구", "관악구", "노원구", "은평구", "성북구", "영등포구", "구로구", "강서구"], "11"),
    ("부산광역시", "부산", ["해운대구", "부산진구", "사하구", "동래구", "북구"], "12"),
    ("대구광역시", "대구", ["수성구", "달서구", "북구", "동구"], "14"),
    ("인천광역시", "인천", ["남동구", "부평구", "연수구", "서구", "미추홀구"], "15"),
    ("광주광역시", "광주", ["북구", "광산구", "서구"], "16"),
    ("대전광역시", "대전", ["유성구", "서구", "중구", "대덕구"], "17"),
    ("울산광역시", "울산", ["남구", "중구", "울주군"], "26"),
    ("세종특별자치시", "세종", [""], "28"),
    ("경기도", "경기", ["수원시 팔달구", "성남시 분당구", "고양시 일산동구", "용인시 수지구", "부천시", "안산시 단원구", "화성시", "평택시", "김포시", "의정부시"], "13"),
    ("강원특별자치도", "강원", ["춘천시", "원주시", "강릉시", "홍천군"], "18"),
    ("충청북도", "충북", ["청주시 흥덕구", "충주시", "제천시", "음성군"], "19"),
    ("충청남도", "충남", ["천안시 동남구", "아산시", "서산시", "당진시", "논산시"], "20"),
    ("전북특별자치도", "전북", ["전주시 완산구", "군산시", "익산시", "정읍시"], "21"),
    ("전라남도", "전남", ["목포시", "여수시", "순천시", "나주시", "해남군"], "22"),
    ("경상북도", "경북", ["포항시 북구", "구미시", "경주시", "안동시", "경산시"], "23"),
    ("경상남도", "경남", ["창원시 성산구", "김해시", "진주시", "양산시", "거제시"], "24"),
    ("제주특별자치도", "제주", ["제주시", "서귀포시"], "25"),
]
ROAD = ["중앙로", "한빛로", "은행나무길", "새말로", "동산로", "푸른솔로", "매화길", "가람로", "봉수대로", "청림로", "미리내길",
        "솔빛로", "들꽃로", "하늘마루길", "장터로", "누리로", "샘골길", "느티로", "달맞이길", "물빛로", "학당로", "별빛로"]
DONG = ["신부동", "성산동", "상계동", "봉명동", "우산동", "장기동", "교동", "월평동", "호계동", "율량동", "옥동", "연산동"]
APT = ["한빛아파트", "푸른마을아파트", "햇살빌라", "그린하이츠", "행복주택", "미소빌", "대림타운", "솔숲맨션"]
BANKS = [("KB국민은행", [6, 2, 6], ""), ("신한은행", [3, 3, 6], "110"), ("우리은행", [4, 3, 6], "1002"),
         ("하나은행", [3, 6, 5], ""), ("NH농협은행", [3, 4, 4, 2], "3"), ("IBK기업은행", [3, 6, 2, 3], "0"),
         ("카카오뱅크", [4, 2, 7], "3333"), ("토스뱅크", [4, 4, 4], "1000"), ("우체국", [6, 2, 6], ""),
         ("새마을금고", [4, 2, 6, 1], "9002"), ("SC제일은행", [3, 2, 6], ""), ("부산은행", [3, 4, 4, 2], "1"),
         ("수협은행", [3, 2, 6, 1], ""), ("케이뱅크", [3, 3, 6], "100")]
AREA = ["02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055", "061", "062", "063", "064"]
DOMAINS = ["naver.com", "daum.net", "gmail.com", "hanmail.net", "kakao.com", "nate.com", "outlook.kr", "hotmail.com"]
ROMAN_SYL = ["min", "seo", "ji", "hyun", "su", "jun", "woo", "yeon", "ha", "eun", "do", "yun", "jae", "sung", "hee",
             "kyung", "young", "tae", "na", "ra", "bo", "chan", "kim", "lee", "park", "choi", "jung", "kang", "han"]
COMPANIES = ["(주)한빛엔지니어링", "㈜새솔테크", "주식회사 누리데이터", "(주)가람건설", "유한회사 다온물류", "(주)미르소프트",
             "㈜솔빛환경", "주식회사 온새미로", "(주)하람정보통신", "㈜도담산업", "(주)청림조경", "주식회사 별하랩"]
AGENCIES = [("행정안전부", "세종특별자치시 도움6로 42 정부세종청사", "044-205"), ("보건복지부", "세종특별자치시 도움4로 13 정부세종청사 10동", "044-202"),
            ("국토교통부", "세종특별자치시 도움6로 11 정부세종청사 6동", "044-201"), ("법무부", "경기도 과천시 관문로 47 정부과천청사 1동", "02-2110"),
            ("경기도청", "경기도 수원시 영통구 도청로 30", "031-8008"), ("마포구청", "서울특별시 마포구 월드컵로 212", "02-3153"),
            ("충청남도청", "충청남도 홍성군 홍북읍 충남대로 21", "041-635"), ("부산광역시청", "부산광역시 연제구 중앙대로 1001", "051-888"),
            ("국민건강보험공단", "강원특별자치도 원주시 건강로 32", "033-736"), ("도로교통공단", "강원특별자치도 원주시 혁신로 2", "033-749")]
OFFICES = ["국세청장", "행정안전부장관", "마포구청장", "세무서장", "경찰서장", "출입국·외국인청장", "시장", "교육감", "보건소장"]
TITLES = ["주무관", "사무관", "서기관", "팀장", "과장", "계장", "실무관", "행정관"]

HDIG = "공일이삼사오육칠팔구"
HDIG_MAP = {c: str(i) for i, c in enumerate(HDIG)}
HDIG_MAP["영"] = "0"

def days_in(y, m):
    return [31, 29 if (y % 4 == 0 and (y % 100 or y % 400 == 0)) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]

W_RRN = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
def rrn_check(d12):
    return (11 - sum(int(a) * b for a, b in zip(d12, W_RRN)) % 11) % 10
def frn_check(d12):
    return (13 - sum(int(a) * b for a, b in zip(d12, W_RRN)) % 11) % 10
def brn_check(d9):
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(int(a) * b for a, b in zip(d9, w)) + (int(d9[8]) * 5) // 10
    return (10 - s % 10) % 10
def crn_check(d12):
    s = sum(int(a) * (1 if k % 2 == 0 else 2) for k, a in enumerate(d12))
    return (10 - s % 10) % 10
def luhn_ok(num):
    t = 0
    for k, ch in enumerate(reversed(num)):
        d = int(ch)
        if k % 2 == 1:
            d *= 2
            if d > 9: d -= 9
        t += d
    return t % 10 == 0
def luhn_complete(prefix, length):
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c

FW = str.maketrans("0123456789-", "０１２３４５６７８９－")

# ---------------------------------------------------------------- generator
class G:
    def __init__(self, rng):
        self.r = rng
    def ch(self, seq): return self.r.choice(seq)
    def ri(self, a, b): return self.r.randint(a, b)
    def p(self, x): return self.r.random() < x
    def digits(self, n): return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    # --- persons
    def kname(self):
        while True:
            n = self.ch(SUR) + self.ch(GIVEN)
            if n != "홍길동": return n
    def person(self, name=None):
        return S(name or self.kname(), "PERSON", "kr_name")
    def foreigner(self, nat=None):
        nat = nat or self.ch(NATS)
        iso, fams, givs, order = FOREIGN[nat]
        f = self.ch(fams); g = self.ch(givs)
        if order == "FG":
            lat = f[0] + " " + g[0]; han = f[1] + (" " if " " in g[1] or nat == "베트남" else "") + g[1]
        else:
            lat = f[0] + " " + g[0]; han = g[1] + " " + f[1]   # passport: SURNAME GIVEN ; Hangul in given-family order
        return {"nat": nat, "iso": iso, "latin": S(lat, "PERSON", "foreign_latin"),
                "title": S(" ".join(w.capitalize() for w in (lat.split() if order == "FG" else (g[0] + " " + f[0]).split())), "PERSON", "foreign_latin"),
                "hangul": S(han, "PERSON", "foreign_hangul"), "sex": self.ch("MF")}
    # --- dates
    def birth(self, lo=1950, hi=2004):
        y = self.ri(lo, hi); m = self.ri(1, 12); d = self.ri(1, days_in(y, m)); return (y, m, d)
    def dob(self, b=None, style=None):
        y, m, d = b or self.birth()
        styles = ["dot_space", "hangul", "iso", "dot_pad", "yy_dot", "yymmdd", "dot_nopad", "slash", "dot_pad_noend", "eng"]
        st = style or self.ch(styles)
        t = {"dot_space": f"{y}. {m}. {d}.", "hangul": f"{y}년 {m}월 {d}일", "iso": f"{y}-{m:02d}-{d:02d}",
             "dot_pad": f"{y}.{m:02d}.{d:02d}.", "yy_dot": f"{y % 100:02d}.{m:02d}.{d:02d}", "yymmdd": f"{y % 100:02d}{m:02d}{d:02d}",
             "dot_nopad": f"{y}.{m}.{d}", "slash": f"{y}/{m:02d}/{d:02d}", "dot_pad_noend": f"{y}.{m:02d}.{d:02d}",
             "eng": f"{d:02d} {['JAN','FEB','MAR','APR','MAY','JUN','JUL','AUG','SEP','OCT','NOV','DEC'][m-1]} {y}"}[st]
        return S(t, "DATE_OF_BIRTH", "dob_" + st)
    def date(self, lo=2021, hi=2025):
        y = self.ri(lo, hi); m = self.ri(1, 12); d = self.ri(1, days_in(y, m)); return (y, m, d)
    # --- national ids
    def rrn(self, b=None, kind=None, sex=None):
        kind = kind or self.ch(["rrn_valid"] * 5 + ["rrn_post2020"] * 2 + ["rrn_masked"] * 3)
        if kind == "rrn_post2020":
            y = self.ri(2020, 2025); m = self.ri(10, 12) if y == 2020 else self.ri(1, 12); d = self.ri(1, days_in(y, m))
        else:
            y, m, d = b or self.birth()
        sx = sex or self.ch("MF")
        g = (1 if sx == "M" else 2) + (2 if y >= 2000 else 0)
        front = f"{y % 100:02d}{m:02d}{d:02d}"
        mid = f"{g}" + self.digits(5)
        c = rrn_check(front + mid)
        if kind == "rrn_post2020":
            c = (c + self.ri(1, 9)) % 10
        if kind == "rrn_masked":
            mc = self.ch(["*", "*", "●", "X", "x", "○"])
            return S(f"{front}-{g}" + mc * 6, "KR_RRN", kind)
        return S(f"{front}-{mid}{c}", "KR_RRN", kind)
    def frn(self, b=None, masked=False, sex=None):
        y, m, d = b or self.birth(1960, 2004)
        sx = sex or self.ch("MF")
        g = (5 if sx == "M" else 6) + (2 if y >= 2000 else 0)
        front = f"{y % 100:02d}{m:02d}{d:02d}"
        mid = f"{g}" + f"{self.ri(10, 49) * 2}" + self.digits(3)
        if masked:
            mc = self.ch(["*", "●", "X"])
            return S(f"{front}-{g}" + mc * 6, "KR_FRN", "frn_masked")
        return S(f"{front}-{mid}{frn_check(front + mid)}", "KR_FRN", "frn_valid")
    def passport_kr(self, masked=False):
        L = self.ch("MMMMMSRGD")
        if self.p(0.5):
            v, k = L + self.digits(8), "passport_kr_old"
        else:
            v, k = L + self.digits(3) + self.ch("ABCDEFGHJKLMNPQRSTUVWXYZ") + self.digits(4), "passport_kr_new"
        if masked:
            v, k = v[:4] + "****" + v[8:], "passport_masked"
        return S(v, "KR_PASSPORT", k)
    def passport_foreign(self, iso):
        r = self
        v = {"VNM": lambda: self.ch("CB") + r.digits(7), "CHN": lambda: ("E" + r.digits(8)) if self.p(0.5) else ("E" + self.ch("ABCDEGH") + r.digits(7)),
             "PHL": lambda: "P" + r.digits(7) + self.ch("ABC"), "UZB": lambda: self.ch(["FA", "AA", "AC"]) + r.digits(7),
             "MNG": lambda: "E" + r.digits(7), "KHM": lambda: "N" + r.digits(7), "NPL": lambda: r.digits(8) if self.p(0.3) else "PA" + r.digits(7),
             "IDN": lambda: self.ch("ABCX") + r.digits(7), "USA": lambda: r.digits(9), "THA": lambda: self.ch(["AA", "AB", "AC"]) + r.digits(7)}[iso]()
        return S(v, "KR_PASSPORT", "passport_foreign")
    def dl(self, style=None, masked=False):
        reg = self.ch(REGIONS)
        code = reg[3]
        yy = f"{self.ri(0, 24):02d}"; serial = self.digits(6); cc = self.digits(2)
        st = style or self.ch(["num", "num", "region_space", "region_nospace", "plain12"])
        if masked:
            return S(f"{code}-{yy}-{serial[:2]}****-{cc}" if self.p(0.5) else f"{code}-{yy}-******-{cc}", "KR_DRIVER_LICENSE", "dl_masked")
        t = {"num": f"{code}-{yy}-{serial}-{cc}", "region_space": f"{reg[1]} {yy}-{serial}-{cc}",
             "region_nospace": f"{reg[1]}{yy}-{serial}-{cc}", "plain12": f"{code}{yy}{serial}{cc}"}[st]
        return S(t, "KR_DRIVER_LICENSE", "dl_" + st)
    def hi(self, masked=False):
        v = str(self.ri(1, 9)) + self.digits(10)
        if masked:
            return S(v[:6] + "*****" if self.p(0.5) else v[:3] + "****" + v[7:], "KR_HEALTH_INSURANCE", "hi_masked")
        if self.p(0.2):
            return S(v[0] + "-" + v[1:], "KR_HEALTH_INSURANCE", "hi_dash")
        return S(v, "KR_HEALTH_INSURANCE", "hi_11")
    # --- finance
    def card(self, masked=False, sep=None):
        kind = self.ch(["visa", "master", "bc", "bc", "jcb", "amex"])
        if kind == "amex":
            num = luhn_complete(self.ch(["34", "37"]) + self.digits(12), 15); groups = [num[:4], num[4:10], num[10:]]
        else:
            pre = {"visa": "4" + self.digits(5), "master": "5" + str(self.ri(1, 5)) + self.digits(4),
                   "bc": "94" + self.ch(["10", "11", "20", "90"]) + self.digits(2), "jcb": "35" + str(self.ri(28, 89))+ self.digits(2)}[kind]
            num = luhn_complete(pre + self.digits(9), 16); groups = [num[i:i + 4] for i in range(0, 16, 4)]
        sep = self.ch(["-", "-", " ", ""]) if sep is None else sep
        if masked:
            if kind == "amex":
                g = [groups[0], groups[1][:2] + "****", "*" * 1 + groups[2][1:]]
            else:
                st = self.ch(["a", "b", "c"])
                if st == "a": g = [groups[0], groups[1][:2] + "**", "****", groups[3]]
                elif st == "b": g = [groups[0], "****", "****", groups[3]]
                else: g = [groups[0], groups[1], "****", groups[3]]
            return S((sep or "-").join(g), "CREDIT_CARD", "card_masked_" + kind)
        return S(sep.join(groups), "CREDIT_CARD", "card_" + kind)
    def account(self, masked=False, bank=None):
        b = bank or self.ch(BANKS)
        name, grp, pre = b
        tot = sum(grp)
        d = pre + self.digits(tot - len(pre))
        parts = []; k = 0
        for gl in grp:
            parts.append(d[k:k + gl]); k += gl
        sep = self.ch(["-"] * 6 + [" ", ""])
        if masked:
            if len(parts) >= 3:
                parts[1] = "*" * len(parts[1])
            else:
                parts[-1] = parts[-1][:-4] + "****"
            return name, S("-".join(parts), "KR_BANK_ACCOUNT", "acct_masked")
        return name, S(sep.join(parts), "KR_BANK_ACCOUNT", "acct_" + "-".join(map(str, grp)))
    # --- contact
    def mobile(self, sep=None, masked=False):
        a, b = self.digits(4), self.digits(4)
        a = str(self.ri(2, 9)) + a[1:]
        sep = self.ch(["-"] * 6 + [" ", ".", ""]) if sep is None else sep
        if masked:
            return S(self.ch([f"010-****-{b}", f"010-{a[:2]}**-{b}", f"010-{a}-**{b[2:]}"]), "PHONE_NUMBER", "phone_masked")
        return S(f"010{sep}{a}{sep}{b}", "PHONE_NUMBER", "mobile")
    def landline(self, area=None, sep="-"):
        ar = area or self.ch(AREA)
        mid = str(self.ri(2, 9)) + self.digits(self.ch([2, 3]) if ar != "02" else self.ch([2, 3]))
        t = f"({ar}) {mid}-{self.digits(4)}" if sep == "paren" else f"{ar}{sep}{mid}{sep}{self.digits(4)}"
        return S(t, "PHONE_NUMBER", "landline")
    def direct(self, prefix):
        return S(f"{prefix}-{self.digits(4)}", "PHONE_NUMBER", "direct_line")
    def p070(self):
        return S(f"070-{self.ri(4000, 8999)}-{self.digits(4)}", "PHONE_NUMBER", "voip_070")
    def email(self, hint=None, domain=None):
        loc = hint or (self.ch(ROMAN_SYL) + self.ch(["", ".", "_"]) + self.ch(ROMAN_SYL) + (self.digits(self.ri(0, 4))))
        return S(loc + "@" + (domain or self.ch(DOMAINS)), "EMAIL_ADDRESS", "email")
    def email_masked(self):
        loc = self.ch(ROMAN_SYL) + self.ch(ROMAN_SYL)
        return S(loc[:3] + "***@" + self.ch(DOMAINS), "EMAIL_ADDRESS", "email_masked")
    def ip(self, private=None):
        priv = self.p(0.4) if private is None else private
        if priv:
            t = self.ch([f"192.168.{self.ri(0, 30)}.{self.ri(2, 254)}", f"10.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(2, 254)}",
                         f"172.{self.ri(16, 31)}.{self.ri(0, 255)}.{self.ri(2, 254)}"])
            return S(t, "IP_ADDRESS", "ipv4_private")
        return S(f"{self.ch([211, 175, 121, 58, 222, 118, 59, 112, 1, 39, 106, 220])}.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}", "IP_ADDRESS", "ipv4_public")
    def ip_masked(self):
        return S(f"{self.ch([211, 175, 121, 58])}.{self.ri(10, 255)}.***.{self.ri(1, 254)}", "IP_ADDRESS", "ip_masked")
    def ipv6(self):
        return S("2001:" + ":".join(f"{self.ri(0, 65535):x}" for _ in range(3)) + "::" + f"{self.ri(1, 65535):x}", "IP_ADDRESS", "ipv6")
    # --- address
    def region(self): return self.ch(REGIONS)
    def address(self, style=None):
        reg = self.region()
        full, short, gus, _ = reg
        gu = self.ch(gus)
        st = style or self.ch(["road_full", "road_full", "road_short", "road_gu", "jibun"])
        unit = self.ch(["", "", f", {self.ri(101, 115)}동 {self.ri(1, 25)}{self.ri(1, 4):02d}호", f", {self.ri(2, 9)}층 {self.ri(2, 9)}0{self.ri(1, 5)}호",
                        f" {self.ri(2, 12)}층", f", {self.ri(101, 505)}호"])
        road = self.ch(ROAD) + (f"{self.ri(1, 40)}번길" if self.p(0.3) else "")
        bno = f"{self.ri(1, 350)}" + (f"-{self.ri(1, 30)}" if self.p(0.2) else "")
        pre = {"road_full": full, "road_short": short, "road_gu": "", "jibun": self.ch([full, short])}[st]
        if st == "road_gu" and not gu:
            pre = full
        if st == "jibun":
            apt = (" " + self.ch(APT)) if self.p(0.5) else ""
            u = f" {self.ri(101, 112)}동 {self.ri(1, 20)}{self.ri(1, 4):02d}호" if apt else self.ch(["", f" {self.ri(101, 305)}호"])
            t = " ".join(x for x in [pre, gu, self.ch(DONG), f"{self.ri(1, 999)}-{self.ri(1, 40)}"] if x) + apt + u
        else:
            t = " ".join(x for x in [pre, gu, road, bno] if x) + unit
        return S(t, "KR_ADDRESS", "addr_" + st)
    def zipc(self):
        return N(f"({self.ri(1, 63):02d}{self.digits(3)})", "postal_code")
    def plate(self, style=None, masked=False):
        h = self.ch(list("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주"))
        st = style or self.ch(["2", "3", "3", "region", "commercial", "nospace"])
        if st == "2": t = f"{self.ri(10, 99)}{h} {self.ri(1000, 9999)}"
        elif st == "3": t = f"{self.ri(100, 699)}{h} {self.ri(1000, 9999)}"
        elif st == "region": t = f"{self.region()[1]} {self.ri(10, 99)}{h} {self.ri(1000, 9999)}"
        elif st == "commercial": t = f"{self.region()[1]} {self.ri(70, 99)}{self.ch('바사아자')} {self.ri(1000, 9999)}"
        else: t = f"{self.ri(100, 399)}{h}{self.ri(1000, 9999)}"
        if masked:
            t = t[:-4] + t[-4] + "**" + t[-1]
            return S(t, "KR_VEHICLE_PLATE", "plate_masked")
        return S(t, "KR_VEHICLE_PLATE", "plate_" + st)
    def brn(self, masked=False):
        d9 = f"{self.ri(101, 899)}{self.ch(['81', '86', '87', '88', '01', '05', '13', '22'])}{self.digits(4)}"
        v = d9 + str(brn_check(d9))
        if masked:
            return S(f"{v[:3]}-{v[3:5]}-*****", "KR_BRN", "brn_masked")
        return S(f"{v[:3]}-{v[3:5]}-{v[5:]}", "KR_BRN", "brn_valid")
    def crn(self, masked=False):
        d12 = self.ch(["1101", "1311", "1346", "1201", "1601", "2841", "1748"]) + self.ch(["11", "11", "31", "71"]) + self.digits(6)
        v = d12 + str(crn_check(d12))
        if masked:
            return S(f"{v[:6]}-*******", "KR_CRN", "crn_masked")
        return S(f"{v[:6]}-{v[6:]}", "KR_CRN", "crn_valid")
    # --- hard negatives
    def company(self): return N(self.ch(COMPANIES), "company_name")
    def agency(self): return self.ch(AGENCIES)
    def switchboard(self, ag=None):
        if ag and self.p(0.6):
            return N(f"{ag[2]}-{self.ch(['2114', '1114', '0114', '7114'])}", "institution_switchboard")
        return N(f"{self.ch(['1588', '1577', '1600', '1544', '1644', '1566', '1661', '1899'])}-{self.digits(4)}", "institution_switchboard")
    def docno(self):
        return N(self.ch([f"{self.ch(['운영지원과', '감사담당관', '민원봉사과', '교통행정과', '체류관리과', '자격부과부', '정보보호팀'])}-{self.ri(100, 9999)}",
                          f"부가{self.ri(46000, 46099)}-{self.ri(10, 999)}", f"서면-{self.ri(2019, 2025)}-법인-{self.ri(1000, 9999)}",
                          f"재산세과-{self.ri(100, 999)}", f"법인-{self.ri(10, 999)}"]), "document_number")
    def caseno(self):
        y = self.ri(2019, 2025)
        return N(self.ch([f"{y}가단{self.ri(1000, 99999)}", f"{y}가합{self.ri(1000, 99999)}", f"{y}고단{self.ri(100, 9999)}",
                          f"{y}구합{self.ri(1000, 99999)}", f"{y}두{self.ri(10000, 99999)}", f"{y}나{self.ri(1000, 99999)}",
                          f"조심 {y}서{self.ri(1000, 9999)}", f"{y}고약{self.ri(10000, 99999)}", f"{y}노{self.ri(100, 9999)}"]), "case_number")
    def statute(self):
        return N(self.ch(["「개인정보 보호법」 제15조 제1항 제1호", "「주민등록법 시행규칙」 제2조", "「도로교통법」 제80조 제1항",
                          "「출입국관리법」 제31조", "「민원 처리에 관한 법률」 제27조", "「여권법」 제9조 제1항", "같은 법 시행령 제9조 제1항",
                          "「소득세법」 제89조 제1항 제3호", "「자동차관리법」 제10조", "「국민건강보험법」 제12조", "「민법」 제750조",
                          "「행정업무의 운영 및 혁신에 관한 규정」 제7조", "「도로교통법 시행규칙」 제77조 제1항"]), "statute_citation")
    def receipt(self):
        return N(self.ch([f"{self.ri(1, 9)}AA-{self.ri(2301, 2512)}-{self.digits(7)}", f"{self.ri(2023, 2025)}-{self.digits(6)}",
                          f"접수-{self.ri(2023, 2025)}{self.digits(5)}", f"{self.ri(20230101, 20251231)}-{self.digits(5)}"]), "receipt_number")
    def assetno(self):
        return N(self.ch([f"{self.ri(18, 25)}-{self.ri(1000, 9999)}-{self.digits(5)}", f"A{self.ri(2018, 2025)}-{self.digits(6)}",
                          f"{self.ri(41000, 41999)}-{self.ri(100, 999)}-{self.digits(5)}"]), "asset_number")
    def mgmtno(self):
        return N(self.ch([f"{self.ch(AREA[1:])}-{self.ri(2019, 2025)}-{self.digits(4)}", f"{self.ri(1101, 4899)}-{self.ri(2019, 2025)}-{self.digits(6)}",
                          f"{self.ri(2023, 2025)}{self.digits(7)}-00"]), "management_number")
    def amount(self):
        return N(self.ch([f"{self.ri(1, 999):,}{self.ri(0, 999):03d},000원", f"₩{self.ri(1, 90)},{self.ri(0, 999):03d},000", f"금 {self.ri(1, 99):,}{self.ri(0, 999):03d},{self.ri(0, 999):03d}원"]), "amount")
    def placeholder_person(self):
        return N(self.ch(["홍길동", "김○○", "박**", "이○○", "정 모 씨", "최모씨", "갑", "을", "A씨", "B법인", "김XX"]), "placeholder_person")
    def version(self):
        return N(self.ch([f"10.0.{self.ri(19041, 22631)}.{self.ri(1000, 4999)}", f"v{self.ri(1, 9)}.{self.ri(0, 20)}.{self.ri(0, 30)}", f"build {self.ri(2023, 2025)}.{self.ri(1, 12)}.{self.ri(100, 999)}"]), "version_number")
    def userid(self):
        return N(self.ch([f"u{self.ri(10000, 99999)}", f"emp{self.ri(1000, 9999)}", f"usr_{self.ri(100, 999)}"]), "system_user_id")

    # --- noise
    def noisy(self, s, ops=None, n=1):
        """Apply OCR-style noise to a span value; keeps clean value."""
        t = s.text
        avail = []
        if re.search(r"\d", t):
            avail += ["fullwidth_digits", "unicode_hyphen", "space_in_number", "newline_in_number", "ocr_confusable"]
        if s.type == "PERSON" and re.fullmatch(r"[가-힣]{2,4}", t):
            avail = ["spaced_name"]
        if not avail:
            return s
        ops = ops or self.r.sample(avail, min(n, len(avail)))
        tags = []
        for op in ops:
            if op == "fullwidth_digits":
                t = t.translate(FW); tags.append(op)
            elif op == "unicode_hyphen" and "-" in t:
                t = t.replace("-", self.ch(["‐", "－", "–"])); tags.append(op)
            elif op == "space_in_number":
                pos = [k for k in range(1, len(t)) if t[k - 1].isdigit() and (t[k].isdigit() or t[k] == "-")]
                if pos:
                    k = self.ch(pos); t = t[:k] + " " + t[k:]; tags.append(op)
            elif op == "newline_in_number":
                pos = [k for k in range(2, len(t) - 1) if t[k - 1] not in " \n" and t[k] not in " \n"]
                if pos:
                    k = self.ch(pos); t = t[:k] + "\n" + t[k:]; tags.append(op)
            elif op == "ocr_confusable":
                cmap = {"0": ["O", "o"], "1": ["l", "I"], "5": ["S"], "8": ["B"]}
                idx = [k for k, c in enumerate(t) if c in cmap]
                if idx:
                    for k in sorted(self.r.sample(idx, min(len(idx), self.ri(1, 2)))):
                        t = t[:k] + self.ch(cmap[t[k]]) + t[k + 1:]
                    tags.append(op)
            elif op == "spaced_name":
                t = " ".join(t); tags.append(op)
        return S(t, s.type, s.kind, s.noise + tuple(tags), s.clean)
    def spoken(self, s, style=None):
        """Digits read aloud in Hangul (call transcripts)."""
        st = style or self.ch(["plain", "e", "mixed"])
        groups = re.split(r"[- ]", s.clean)
        out = []
        for gi, grp in enumerate(groups):
            w = "".join(HDIG[int(c)] if c.isdigit() else c for c in grp)
            if st == "mixed" and gi == 0 and grp.isdigit() and self.p(0.5):
                w = grp
            out.append(w)
        joiner = {"plain": " ", "e": "에 ", "mixed": " "}[st]
        if s.type == "KR_RRN":
            joiner = self.ch([" 다시 ", " 에 ", " "])
        t = joiner.join(out)
        return S(t, s.type, s.kind, s.noise + ("spoken_digits_" + st,), s.clean)

def ocr_label(g, lab):
    """Noisy label text (not a span)."""
    if g.p(0.4) and len(lab) >= 2:
        k = g.ri(1, len(lab) - 1); return lab[:k] + " " + lab[k:]
    if g.p(0.2):
        return " ".join(lab)
    return lab

def cell_sep(g):
    return g.ch([" | ", "|", "\t", "   ", "  |  "])

# ================================================================ templates
def fmt_date(y, m, d, g):
    return g.ch([f"{y}. {m}. {d}.", f"{y}년 {m}월 {d}일", f"{y}.{m:02d}.{d:02d}."])

def t_gongmun(g):
    D = Doc(); ag = g.agency()
    rec = g.ch(["수신자 참조", "수신 " + g.ch(["각 시·도지사", "각 중앙행정기관의 장", "○○장관(운영지원과장)", "내부결재"]), "수신 민원인 귀하"])
    D.l(ag[0]); D.l(); D.l(rec)
    D.l("(경유)")
    subj = g.ch(["개인정보 처리 실태 점검 결과 통보", "체류자격 변경 신청 관련 자료 제출 요청", "2025년 상반기 정보보안 점검 계획 알림",
                 "민원 처리 결과 회신", "공공데이터 개방 관련 협조 요청", "불법 주정차 과태료 이의신청 처리 결과 알림"])
    D.l("제목 " + subj); D.l()
    D.f("1. 관련: {A}, {B}\n", A=g.docno(), B=g.statute())
    kind = g.ri(0, 3)
    if kind == 0:
        p = g.person(); D.f("2. 귀 기관에서 요청한 {P} 씨(생년월일 {B}) 관련 자료를 아래와 같이 송부합니다.\n", P=p, B=g.dob())
        D.f("  가. 주소: {A}\n  나. 연락처: {T}\n", A=g.address(), T=g.mobile())
    elif kind == 1:
        D.f("2. 점검 결과 일부 부서에서 주민등록번호 전체({R})가 평문으로 저장된 사례가 확인되었으므로 조치하시기 바랍니다.\n", R=g.rrn(kind="rrn_masked"))
        D.f("3. 점검 대상 서버({I})의 접근기록은 별도 송부합니다.\n", I=g.ip())
    elif kind == 2:
        f = g.foreigner(); D.f("2. {NAT} 국적 {H}({L}, 외국인등록번호 {F})의 체류기간 연장 신청과 관련하여 재직 여부를 확인하여 주시기 바랍니다.\n",
                               NAT=f["nat"], H=f["hangul"], L=f["latin"], F=g.frn(masked=g.p(0.3)))
    else:
        D.f("2. 붙임 계획에 따라 추진하되, 세부 사항은 {ST}에 따릅니다.\n", ST=g.statute())
    D.l("붙임  " + g.ch(["점검 결과 1부.", "관련 자료 1부.", "세부 계획 1부."]) + "  끝.")
    D.l(); D.l(ag[0].replace("청", "청장") if ag[0].endswith("청") else ag[0] + "장관" if ag[0].endswith("부") else ag[0] + "이사장")
    a, b, c = g.person(), g.person(), g.person()
    t1, t2 = g.ch(["주무관", "행정주사", "실무관"]), g.ch(["사무관", "팀장", "계장"])
    D.f("기안자 {T1} {A}  검토자 {T2} {B}  전결 과장 {C}\n", T1=t1, A=a, T2=t2, B=b, C=c)
    y, m, d = g.date()
    D.f("시행 {DN} ({DT})  접수 {RN}\n", DN=g.docno(), DT=f"{y}. {m}. {d}.", RN=g.receipt())
    D.f("우 {Z} {AA} / {W}\n", Z=N(f"{g.ri(10, 63)}{g.digits(3)}", "postal_code"), AA=N(ag[1], "institution_address"), W="www.example.go.kr")
    D.f("전화 {T} 전송 {F} / {E} / 대국민 공개\n", T=g.direct(ag[2]), F=g.direct(ag[2]), E=g.email(domain="korea.kr"))
    return "공문", D

def t_minwon(g):
    D = Doc(); ag = g.agency(); p = g.person()
    D.l(ag[0] + " " + g.ch(["민원 처리 결과 통지", "민원회신", "질의에 대한 회신"]))
    D.f("민원인: {P} 귀하\n", P=p)
    if g.p(0.5): D.f("주소: {Z} {A}\n", Z=g.zipc(), A=g.address())
    D.f("접수번호: {R}\n\n", R=g.receipt())
    opener = g.ch(["안녕하십니까? 평소 {AG} 행정에 관심을 가져 주신 데 감사드립니다.",
                   "귀하께서 국민신문고를 통해 제출하신 민원에 대한 검토 결과를 다음과 같이 알려드립니다.",
                   "{PP}님께서 문의하신 사항에 대하여 답변드립니다."])
    D.f(opener + "\n", AG=ag[0], PP=p)
    case = g.ri(0, 4)
    if case == 0:
        pl = g.plate(); y, m, d = g.date()
        D.f("귀하 소유 차량({PL})에 대한 {DT} 주정차위반 과태료 부과는 {ST}에 따른 것으로, 단속 당시 사진 자료에 의해 위반 사실이 확인되었습니다.\n",
            PL=pl, DT=f"{y}. {m}. {d}.", ST=g.statute())
        D.f("다만 {PP} 님께서 제출하신 의견진술서를 고려하여 {AM}으로 감경하였음을 알려드립니다.\n", PP=p, AM=g.amount())
    elif case == 1:
        bank, ac = g.account()
        D.f("요청하신 환급금은 {B} {AC}(예금주 {PP}) 계좌로 {DT}까지 지급될 예정입니다.\n", B=bank, AC=ac, PP=p, DT=fmt_date(*g.date(2025, 2025), g))
    elif case == 2:
        D.f("민원 내용 중 이웃 주민 {Q} 씨의 연락처({T}) 제공 요청은 {ST}에 따라 제3자 동의 없이 제공할 수 없음을 양해하여 주시기 바랍니다.\n",
            Q=g.person(), T=g.mobile(), ST=g.statute())
    elif case == 3:
        D.f("주민등록번호 변경 신청서에 기재된 번호({R})는 위원회 심사를 거쳐 처리될 예정이며, 결과는 별도 통지하겠습니다.\n", R=g.rrn())
    else:
        D.f("{ST}에 따라 처리기간이 연장되었으며, 관련 문서({DN})를 참고하시기 바랍니다.\n", ST=g.statute(), DN=g.docno())
    o = g.person(); t = g.ch(TITLES)
    D.f("추가 문의 사항은 {AG} {DEP} {O} {T}(☎ {PH})에게 연락 주시면 친절히 안내해 드리겠습니다.\n",
        AG=ag[0], DEP=g.ch(["민원봉사과", "교통행정과", "자치행정과", "복지정책과"]), O=o, T=t, PH=g.direct(ag[2]))
    D.f("※ 야간·휴일 문의: {SW} 또는 {SC}\n", SW=g.switchboard(ag), SC=N(g.ch(["110 정부민원안내콜센터", "120 다산콜센터", "1345 외국인종합안내센터"]), "short_code"))
    return "민원 회신", D

def t_news(g):
    D = Doc()
    region = g.region()
    kind = g.ri(0, 3)
    rep = g.person()
    if kind == 0:
        d = g.person(); age = g.ri(21, 78); pl = g.plate()
        D.f("[{R}=뉴스] {RP} 기자 = {RG} {GU}의 한 교차로에서 승용차가 보행자를 치는 사고가 발생했다.\n", R=region[1], RP=rep, RG=region[0], GU=g.ch(region[2]) or "",)
        D.f("경찰에 따르면 {D}({AGE}) 씨가 몰던 {PL} 차량이 신호를 무시하고 횡단보도로 진입했다.\n", D=d, AGE=age, PL=pl)
        w = g.person()
        D.f("사고를 목격한 인근 상인 {W} 씨는 \"차가 속도를 줄이지 않고 그대로 들어왔다\"고 말했다.\n", W=w)
        D.f("경찰은 {D} 씨를 상대로 음주 여부 등을 조사하고 있다. 피해자 {X}은 인근 병원으로 옮겨졌다.\n", D=d, X=N(g.ch(["A(34)씨", "정 모 씨", "이모(62)씨"]), "placeholder_person"))
    elif kind == 1:
        f = g.foreigner(); age = g.ri(24, 45)
        D.f("{NAT} 출신 이주노동자 {H}({AGE}) 씨가 지역 봉사단체로부터 감사패를 받았다.\n", NAT=f["nat"], H=f["hangul"], AGE=age)
        D.f("{HH} 씨는 지난겨울 폭설 때 고립된 노인 가구를 찾아 제설 작업을 도왔다고 한다. 그는 \"한국에서 받은 도움을 조금이나마 돌려주고 싶었다\"고 소감을 밝혔다.\n", HH=f["hangul"])
        c = g.person()
        D.f("단체 대표 {C} 씨는 \"{HH} 씨 같은 이웃이 있어 든든하다\"며 웃었다.\n", C=c, HH=f["hangul"])
    elif kind == 2:
        m = g.person(); age = g.ri(50, 70)
        D.f("{OFF}은 {DT} 정례 브리핑에서 새 정책을 발표했다.\n", OFF=N(g.ch(OFFICES[:3]), "office_title"), DT=fmt_date(*g.date(2025, 2025), g))
        D.f("이 자리에서 {M} 정책실장은 \"현장의 목소리를 최대한 반영하겠다\"고 강조했다.\n", M=m)
        q = g.person(); q2 = g.person()
        D.f("시민단체 활동가 {Q}({A1}) 씨는 \"구체적인 재원 대책이 빠졌다\"고 지적했고, 주민 {Q2}({A2}) 씨도 비슷한 우려를 나타냈다.\n", Q=q, A1=g.ri(30, 60), Q2=q2, A2=g.ri(30, 80))
    else:
        v = g.person(); s = g.person()
        D.f("보이스피싱 조직에 속아 1억 원을 잃을 뻔한 70대 여성이 은행 직원의 기지로 피해를 면했다.\n")
        D.f("{RG} {GU} 지점에서 근무하는 {S} 대리는 고객이 평소와 달리 거액을 현금으로 찾으려 하자 경찰에 신고했다.\n", RG=region[1], GU=g.ch(region[2]) or "", S=s)
        D.f("경찰은 {S} 대리에게 감사장을 수여했다. 조직원들이 사용한 대포통장 명의자는 {X}로 확인됐다.\n", S=s, X=N(g.ch(["김모(29)씨", "20대 남성 B씨", "박모씨"]), "placeholder_person"))
    D.f("{RP} 기자 {E}\n", RP=rep, E=g.email())
    return "뉴스", D

def t_bodo(g):
    D = Doc(); ag = g.agency()
    D.l("보 도 자 료"); D.f("배포 일시: {DT}  |  보도 시점: 배포 즉시\n", DT=fmt_date(*g.date(2024, 2025), g))
    D.l(g.ch(["외국인 주민 생활 안내 책자 10개 언어로 발간", "공공기관 개인정보 유출 방지 대책 발표", "운전면허 갱신 온라인 신청 확대",
              "건강보험 외국인 가입자 안내 강화", "청년 창업기업 100곳 선정"]))
    q = g.person()
    D.f("- {AG} {Q} {POS}은 \"{QUOTE}\"라고 밝혔다.\n", AG=ag[0], Q=q, POS=g.ch(["차관", "국장", "실장", "본부장"]),
        QUOTE=g.ch(["국민 불편이 없도록 끝까지 챙기겠다", "현장에서 체감할 수 있는 변화를 만들겠다", "관계 기관과 긴밀히 협력하겠다"]))
    if g.p(0.5):
        c = g.person()
        D.f("- 이번 사업에 참여한 {CO} 대표 {C} 씨는 \"지원 덕분에 시제품을 완성할 수 있었다\"고 말했다.\n", CO=g.company(), C=c)
    D.l()
    D.l("담당 부서\t" + g.ch(["외국인정책과", "개인정보보호정책과", "운전면허관리팀", "창업지원과"]))
    D.f("책임자\t과장 {A}\t({T1})\n담당자\t{TT} {B}\t({T2})\n", A=g.person(), T1=g.direct(ag[2]), TT=g.ch(["사무관", "주무관"]), B=g.person(), T2=g.direct(ag[2]))
    if g.p(0.4):
        D.f("\t\t{E}\n", E=g.email(domain="korea.kr"))
    D.f("※ 일반 문의: {SW} ({AG} 대표)\n", SW=g.switchboard(ag), AG=ag[0])
    return "보도자료", D

def t_meeting(g):
    D = Doc()
    y, m, d = g.date()
    D.l(g.ch(["제3차 개인정보 보호위원회 실무협의회 회의록", "외국인 주민 지원 협의체 회의록", "정보공개심의회 회의록", "교통안전 대책 회의 결과"]))
    D.f("일시: {DT} 14:00~16:10\n장소: {PL}\n", DT=f"{y}. {m}. {d}.", PL=g.ch(["본관 3층 소회의실", "별관 대회의실", "영상회의(온라인)"]))
    ppl = [g.person() for _ in range(g.ri(3, 6))]
    roles = ["위원장", "위원", "위원", "간사", "위원", "자문위원"]
    sep = g.ch([", ", " / ", "·"])
    D.add("참석자: ")
    for k, p in enumerate(ppl):
        if k: D.add(sep)
        if g.p(0.5): D.f("{R} {P}", R=roles[k], P=p)
        else: D.f("{P} {R}", R=roles[k], P=p)
    D.add("\n")
    if g.p(0.4):
        f = g.foreigner(); D.f("배석: 통역 {F}({L})\n", F=f["hangul"], L=f["title"])
    D.l("\n【발언 요지】")
    lines = ["안건 1에 대해 이견 없으면 원안대로 의결하겠습니다.", "민원인 연락처가 회의자료에 그대로 노출되어 있어 다음 회의부터는 마스킹이 필요합니다.",
             "예산 집행 실적이 목표 대비 낮은 이유를 설명해 주시기 바랍니다.", "현장 점검 결과는 다음 회의에 보고드리겠습니다.",
             "외국인 근로자 숙소 실태조사는 통역 인력을 먼저 확보해야 합니다.", "사무국 안에 동의합니다."]
    for k in range(g.ri(3, 5)):
        p = ppl[k % len(ppl)]
        form = g.ri(0, 2)
        if form == 0: D.f("○ {P} {R}: {L}\n", P=p, R=roles[k % len(ppl)], L=g.ch(lines))
        elif form == 1: D.f("{P} 위원 — {L}\n", P=p, L=g.ch(lines))
        else: D.f("- {P} 위원은 {L2}고 말함.\n", P=p, L2=g.ch(["민원 회신 기한을 지켜야 한다", "통계표 작성 기준을 통일해야 한다", "위탁업체 관리 감독을 강화해야 한다"]))
    if g.p(0.5):
        p = g.person()
        D.f("※ 안건 2 관련 민원인 {P}(연락처 {T})에게는 회의 결과를 서면으로 안내하기로 함.\n", P=p, T=g.mobile(masked=g.p(0.3)))
    D.f("기록: {R}  {P}\n", R=g.ch(["간사", "주무관"]), P=ppl[-1])
    return "회의록", D

def t_judgment(g):
    D = Doc()
    court = g.ch(["서울중앙지방법원", "수원지방법원", "대전지방법원", "부산지방법원 동부지원", "인천지방법원"])
    D.l(court); D.l("판        결"); D.f("사    건   {C} {T}\n", C=g.caseno(), T=g.ch(["손해배상(자)", "대여금", "부당이득금", "사기", "도로교통법위반(음주운전)"]))
    a = g.person(); b = g.person()
    civil = g.p(0.6)
    if civil:
        D.f("원    고   {A}\n           {AD}\n", A=a, AD=g.address())
        D.f("           소송대리인 변호사 {L}\n", L=g.person())
        D.f("피    고   {B} ({DB}생)\n           {AD}\n", B=b, DB=g.dob(style=g.ch(["dot_space", "hangul", "dot_pad"])), AD=g.address())
    else:
        D.f("피 고 인   {B} ({R}), {JOB}\n           주거 {AD}\n", B=b, R=g.rrn(kind=g.ch(["rrn_masked", "rrn_valid"])), JOB=g.ch(["회사원", "무직", "자영업", "운전기사"]), AD=g.address())
        D.f("검    사   {P}(기소), {Q}(공판)\n", P=g.person(), Q=g.person())
    D.f("판결선고   {DT}\n\n", DT=fmt_date(*g.date(), g))
    D.l("주    문"); D.l("1. " + (g.ch(["피고는 원고에게 금 12,500,000원 및 이에 대한 지연손해금을 지급하라.", "원고의 청구를 기각한다."]) if civil else g.ch(["피고인을 징역 1년에 처한다.", "피고인을 벌금 8,000,000원에 처한다."])))
    D.l("\n이    유")
    k = g.ch([0, 1]) if civil else g.ch([0, 2])
    if k == 0:
        pl = g.plate(); dl = g.dl()
        D.f("{ROLE} {B}은 {DT} 23:40경 {PL} 승용차를 운전하여 {RD} 앞 도로를 진행하다가 {VR} {A}을 들이받았다. 당시 운전자의 운전면허(번호 {DL})는 정지 상태였다.\n",
            ROLE="피고" if civil else "피고인", B=b, DT=fmt_date(*g.date(), g), PL=pl, RD=g.address(style="road_gu"), VR="원고" if civil else "피해자", A=a, DL=dl)
    elif k == 1:
        bank, ac = g.account()
        D.f("원고 {A}은 피고 {B}에게 {DT} 3회에 걸쳐 합계 {AM}을 피고 명의의 {BK} 계좌({AC})로 송금하였다. 증인 {W}의 진술도 이에 부합한다.\n",
            A=a, B=b, DT=fmt_date(*g.date(), g), AM=g.amount(), BK=bank, AC=ac, W=g.person())
    else:
        c = g.card(masked=g.p(0.5))
        D.f("피고인 {B}은 피해자 {A}의 신용카드({CD})를 습득한 후 편의점 등에서 7회 사용하였다. 피해자는 \"카드를 잃어버린 줄도 몰랐다\"고 진술하였다.\n",
            B=b, A=a, CD=c)
    D.f("따라서 {ST}에 의하여 주문과 같이 판결한다.\n\n", ST=g.statute())
    D.f("판사   {J}\n", J=g.person()) if g.p(0.6) else D.f("재판장 판사 {J1}  판사 {J2}  판사 {J3}\n", J1=g.person(), J2=g.person(), J3=g.person())
    return "판결문", D

def t_accident(g):
    D = Doc()
    D.l(g.ch(["교통사고 발생 보고", "공용차량 사고 경위서", "안전사고 발생 보고서(1보)"]))
    y, m, d = g.date()
    D.f("1. 발생 일시: {DT} {H}:{MI}경\n", DT=f"{y}. {m}. {d}.", H=g.ri(6, 22), MI=f"{g.ri(0, 59):02d}")
    D.f("2. 발생 장소: {A} 앞 교차로\n", A=g.address(style=g.ch(["road_full", "road_gu"])))
    a = g.person(); b = g.person()
    D.l("3. 관련자")
    D.f("  가. 운전자: {A}({AG}세, {POS}) / 차량 {PL} / 면허번호 {DL} / 연락처 {T}\n", A=a, AG=g.ri(25, 60), POS=g.ch(["운전원", "주무관", "시설관리직"]), PL=g.plate(), DL=g.dl(), T=g.mobile())
    D.f("  나. 상대방: {B}({AG}세) / 차량 {PL} / 면허 {DL} / 연락처 {T}\n", B=b, AG=g.ri(20, 75), PL=g.plate(), DL=g.dl(masked=g.p(0.2)), T=g.mobile(sep=g.ch(["-", ""])))
    if g.p(0.5): D.f("     상대방 보험사 접수번호 {R}\n", R=g.receipt())
    D.f("4. 사고 경위: {A} {POS}이 공용차량({AS})을 운행 중 좌회전하던 {B} 씨 차량과 충돌\n", A=a, POS=g.ch(["운전원", "주무관"]), AS=g.assetno(), B=b)
    D.f("5. 조치 사항: 보험 처리 및 {B} 씨 병원 이송. 보고자 {R} {T}\n", B=b, R=g.person(), T=g.ch(TITLES))
    return "사고 보고서", D

def t_audit(g):
    D = Doc()
    D.l(g.ch(["자체감사 결과 보고", "특정감사 결과 처분 요구서", "보조금 집행 실태 감사 결과"]))
    D.f("감사 기간: {D1} ~ {D2}\n감사반: 반장 {A}, 반원 {B}·{C}\n\n", D1=fmt_date(*g.date(2024, 2024), g), D2=fmt_date(*g.date(2025, 2025), g), A=g.person(), B=g.person(), C=g.person())
    D.l("【지적사항 1】 " + g.ch(["보조금 부당 지급", "계약 업무 부적정", "개인정보 관리 소홀"]))
    p = g.person(); bank, ac = g.account(masked=g.p(0.25)); co = g.company()
    D.f("{P} 주무관은 {CO}(사업자등록번호 {BR})에 대한 검수 절차를 거치지 않고 대금 {AM}을 지급하였으며, 그중 일부가 업체 대표 {R}의 개인 계좌({BK} {AC})로 입금되었다.\n",
        P=p, CO=co, BR=g.brn(), AM=g.amount(), R=g.person(), BK=bank, AC=ac)
    D.f("관련 문서 {DN}, 물품 관리번호 {AS} 참조.\n", DN=g.docno(), AS=g.assetno())
    if g.p(0.5):
        D.f("【지적사항 2】 수강생 명단 파일에 카드번호({CD})와 주민등록번호({R})가 암호화 없이 저장되어 있었음.\n", CD=g.card(masked=g.p(0.4)), R=g.rrn())
    D.f("처분 요구: {P} 주무관 경고, 관련 규정({ST}) 준수 교육 실시\n", P=p, ST=g.statute())
    return "감사 보고서", D

def t_contract(g):
    D = Doc(); ag = g.agency(); co = g.company()
    D.l(g.ch(["용역 계약서", "물품 구매 계약서", "위탁 계약서"]))
    D.f("계약번호: {CN}\n", CN=g.mgmtno())
    D.f("발주기관(갑): {AG}  주소: {AA}\n", AG=ag[0], AA=N(ag[1], "institution_address"))
    D.f("계약상대자(을): {CO}\n", CO=co)
    rep = g.person()
    D.f("  대표자: {R}\n  주소: {A}\n  사업자등록번호: {B}\n", R=rep, A=g.address(), B=g.brn())
    if g.p(0.7): D.f("  법인등록번호: {C}\n", C=g.crn())
    D.f("  전화: {T}  팩스: {F}\n", T=g.landline(), F=g.landline())
    D.f("  담당자: {M} ({E}, {T})\n", M=g.person(), E=g.email(), T=g.mobile())
    bank, ac = g.account()
    if g.p(0.5):
        D.f("대금 지급 계좌: {BK} {AC} (예금주: {CO})\n", BK=bank, AC=ac, CO=co)
    else:
        D.f("대금 지급 계좌: {BK} {AC} (예금주: {R})\n", BK=bank, AC=ac, R=rep)
    D.f("계약금액: {AM} (부가가치세 포함)\n", AM=g.amount())
    D.f("갑 {AG} 계약담당관 {O}   을 {CO} 대표 {R} (인)\n", AG=ag[0], O=g.person(), CO=co, R=rep)
    return "계약서", D

def t_consent(g):
    D = Doc()
    blank = g.p(0.15)
    D.l(g.ch(["개인정보 수집·이용 동의서", "장학금 지급 신청서", "자원봉사자 등록 신청서", "교육 수강 신청서 및 개인정보 동의서"]))
    if blank:
        D.f("성명: ________ (예: {H})\n생년월일: ____년 __월 __일\n주민등록번호: {Z}\n휴대전화: 010-____-____\n", H=N("홍길동", "placeholder_person"), Z=N("000000-0000000", "placeholder_rrn"))
        D.f("※ 수집 근거: {ST}\n", ST=g.statute()); return "신청서·동의서", D
    b = g.birth(); p = g.person()
    sep = g.ch([": ", " : ", "\t", "  "])
    D.f("성명" + sep + "{P}\n", P=p)
    if g.p(0.6): D.f("생년월일" + sep + "{B}\n", B=g.dob(b))
    if g.p(0.6): D.f("주민등록번호" + sep + "{R}\n", R=g.rrn(b, kind=g.ch(["rrn_valid", "rrn_masked"])))
    D.f("주소" + sep + "{Z} {A}\n", Z=g.zipc(), A=g.address())
    D.f("휴대전화" + sep + "{T}\n", T=g.mobile())
    if g.p(0.7): D.f("이메일" + sep + "{E}\n", E=g.email())
    if g.p(0.6):
        bank, ac = g.account(masked=g.p(0.2)); D.f("입금 계좌" + sep + "{BK} {AC} (예금주 {P})\n", BK=bank, AC=ac, P=p)
    if g.p(0.3): D.f("건강보험증번호" + sep + "{H}\n", H=g.hi())
    D.f("수집 근거: {ST} / 보유기간: 3년\n", ST=g.statute())
    D.f("위 내용에 동의합니다.  {DT}  신청인 {P} (서명)\n", DT=fmt_date(*g.date(2025, 2025), g), P=p)
    return "신청서·동의서", D

def t_certificate(g):
    D = Doc()
    kind = g.ri(0, 2); p = g.person(); b = g.birth(1965, 2000)
    D.f("발급번호 {N}\n", N=g.receipt())
    if kind == 0:
        co = g.company()
        D.l("재 직 증 명 서")
        D.f("성    명: {P}\n주민등록번호: {R}\n주    소: {A}\n", P=p, R=g.rrn(b, kind=g.ch(["rrn_valid", "rrn_masked", "rrn_masked"])), A=g.address())
        D.f("소    속: {CO} 기술연구소\n재직기간: {D1} ~ 현재\n용    도: 금융기관 제출용\n", CO=co, D1=fmt_date(*g.date(2010, 2022), g))
        D.f("위 사람은 당사에 재직하고 있음을 증명합니다.\n{CO} 대표이사 {R} (직인)\n사업자등록번호 {B}  법인등록번호 {C}\n", CO=co, R=g.person(), B=g.brn(), C=g.crn())
    elif kind == 1:
        D.l("경 력 증 명 서")
        D.f("성명 {P} ({DB}생)\n", P=p, DB=g.dob(b))
        D.f("근무처: {AG}  직급: {T}  연락처: {PH}\n", AG=g.agency()[0], T=g.ch(["행정주사보", "행정주사", "전산주사"]), PH=g.mobile())
        D.f("위와 같이 증명함. 발급 담당: {O} 주무관\n", O=g.person())
    else:
        D.l("주민등록표 초본 (발췌)")
        D.f("성명(한자): {P}({HJ})\n주민등록번호: {R}\n", P=p, HJ=g.ch(["金民俊", "李瑞妍", "朴志勳", "崔秀彬", "鄭賢宇"]), R=g.rrn(b, kind=g.ch(["rrn_valid", "rrn_masked"])))
        for _ in range(g.ri(1, 3)):
            D.f("{DT} 전입  {A}\n", DT=fmt_date(*g.date(2005, 2024), g), A=g.address())
        D.f("세대주 관계: 본인   ※ 위변조 확인: 정부24 문서확인번호 {N}\n", N=N(f"{g.digits(4)}-{g.digits(4)}-{g.digits(4)}-{g.digits(4)}"[:14], "document_number"))
    return "증명서", D

def t_foreign_form(g):
    D = Doc(); f = g.foreigner(); b = g.birth(1965, 2003)
    D.l(g.ch(["통합신청서 (외국인등록 / 체류기간연장)", "APPLICATION FORM 통합신청서", "체류지 변경 신고서"]))
    D.f("성 Surname / 명 Given names: {L}\n한글성명: {H}\n", L=f["latin"], H=f["hangul"])
    D.f("생년월일 Date of Birth: {B}   성별 Sex: {S}   국적 Nationality: {N}\n", B=g.dob(b, style=g.ch(["eng", "iso", "dot_pad", "dot_space"])), S=f["sex"], N=f["nat"])
    D.f("외국인등록번호 Alien Registration No.: {F}\n", F=g.frn(b, masked=g.p(0.2), sex=f["sex"]))
    D.f("여권번호 Passport No.: {PP}   여권 만료일: {E}\n", PP=g.passport_foreign(f["iso"]), E=fmt_date(*g.date(2026, 2033), g))
    D.f("대한민국 내 주소 Address in Korea: {A}\n", A=g.address())
    D.f("전화 Tel: {T}   휴대전화 Cell phone: {M}\n", T=g.landline() if g.p(0.6) else "없음", M=g.mobile())
    if g.p(0.6): D.f("이메일 E-mail: {E}\n", E=g.email())
    if g.p(0.6):
        co = g.company()
        D.f("근무처 Workplace: {CO} (사업자등록번호 {B}) 대표 {R}\n", CO=co, B=g.brn(), R=g.person())
    D.f("신청일 {DT}   신청인 서명 {L}\n", DT=fmt_date(*g.date(2025, 2025), g), L=f["title"])
    D.f("접수번호 {RC}  담당 {O}\n", RC=g.receipt(), O=g.person())
    return "외국인 체류 서류", D

def t_foreign_roster(g):
    D = Doc(); sep = cell_sep(g); header = g.p(0.6)
    D.l(g.ch(["외국인 근로자 고용 현황", "기숙사 입주자 명단", "외국인 계절근로자 배정 명부", "E-9 근로자 보험 가입 명세"]))
    cols = ["연번", "성명(영문)", "국적", "외국인등록번호", "여권번호", "연락처"]
    if header: D.l(sep.join(cols))
    for k in range(g.ri(2, 5)):
        f = g.foreigner(); b = g.birth(1970, 2003)
        D.f("{K}" + sep + "{L}" + sep + "{N}" + sep + "{F}" + sep + "{P}" + sep + "{T}\n", K=str(k + 1), L=g.ch([f["latin"], f["title"]]), N=f["iso"],
            F=g.frn(b, masked=g.p(0.2), sex=f["sex"]), P=g.passport_foreign(f["iso"]), T=g.mobile(masked=g.p(0.15)))
    D.f("작성: {O} (사업장 관리번호 {M})\n", O=g.person(), M=g.mgmtno())
    return "명부 표", D

def t_roster(g):
    D = Doc(); sep = cell_sep(g); header = g.p(0.6)
    kind = g.ri(0, 2)
    D.l(g.ch(["2025년 상반기 교육 수강생 명단", "자원봉사자 연락망", "위원 위촉 명단", "주차 정기권 등록 현황", "수당 지급 명세"]))
    if kind == 0:
        cols = ["성명", "생년월일", "휴대전화", "이메일"]
        if header: D.l(sep.join(cols))
        for _ in range(g.ri(3, 6)):
            D.f("{P}" + sep + "{B}" + sep + "{T}" + sep + "{E}\n", P=g.person(), B=g.dob(), T=g.mobile(), E=g.email())
    elif kind == 1:
        cols = ["성명", "차량번호", "연락처", "주소"]
        if header: D.l(sep.join(cols))
        for _ in range(g.ri(3, 5)):
            D.f("{P}" + sep + "{PL}" + sep + "{T}" + sep + "{A}\n", P=g.person(), PL=g.plate(masked=g.p(0.15)), T=g.mobile(), A=g.address())
    else:
        cols = ["성명", "은행", "계좌번호", "지급액"]
        if header: D.l(sep.join(cols))
        for _ in range(g.ri(3, 6)):
            bank, ac = g.account(masked=g.p(0.2))
            D.f("{P}" + sep + "{BK}" + sep + "{AC}" + sep + "{AM}\n", P=g.person(), BK=bank, AC=ac, AM=g.amount())
    D.f("※ 총 인원 및 합계는 붙임 통계표 참조 ({DN})\n", DN=g.docno())
    return "명부 표", D

def t_csv(g):
    D = Doc(); kind = g.ri(0, 2)
    if kind == 0:
        D.l("member_id,name,birth,mobile,email,card_no,reg_ip")
        for _ in range(g.ri(3, 5)):
            D.f("{U},{P},{B},{T},{E},{C},{I}\n", U=g.userid(), P=g.person(), B=g.dob(style=g.ch(["iso", "yymmdd", "dot_pad_noend"])), T=g.mobile(sep=g.ch(["-", ""])),
                E=g.email(), C=g.card(masked=g.p(0.5), sep=g.ch(["-", ""])), I=g.ip())
    elif kind == 1:
        D.l("\"순번\",\"성명\",\"주민등록번호\",\"건강보험증번호\",\"주소\"")
        for k in range(g.ri(3, 5)):
            D.f("\"{K}\",\"{P}\",\"{R}\",\"{H}\",\"{A}\"\n", K=str(k + 1), P=g.person(), R=g.rrn(), H=g.hi(masked=g.p(0.2)), A=g.address())
    else:
        D.l("거래일자;예금주;은행;계좌번호;금액;비고")
        for _ in range(g.ri(3, 6)):
            y, m, d = g.date(2025, 2025); bank, ac = g.account(masked=g.p(0.2))
            D.f("{DT};{P};{BK};{AC};{AM};{RM}\n", DT=f"{y}-{m:02d}-{d:02d}", P=g.person(), BK=bank, AC=ac, AM=N(f"{g.ri(1, 999)}000", "amount"), RM=g.ch(["환급", "수당", "여비", ""]))
    return "CSV", D

def t_log(g):
    D = Doc(); kind = g.ri(0, 2)
    for _ in range(g.ri(3, 6)):
        y, m, d = g.date(2025, 2025)
        ts = f"{y}-{m:02d}-{d:02d} {g.ri(0, 23):02d}:{g.ri(0, 59):02d}:{g.ri(0, 59):02d}"
        if kind == 0:
            D.f("[{TS}] INFO login success user={U} ip={I} agent=Windows {V}\n", TS=ts, U=g.userid(), I=g.ip(), V=g.version())
        elif kind == 1:
            D.f("{TS} payment.approve card={C} amount={AM} ref={R} client={I}\n", TS=ts, C=g.card(masked=g.p(0.6), sep=""), AM=N(f"{g.ri(1, 500)}00", "amount"), R=g.receipt(), I=g.ip())
        else:
            D.f("{TS} WARN mail.relay from=<{E1}> to=<{E2}> src={I}\n", TS=ts, E1=g.email(), E2=g.email(), I=g.ch([g.ip(), g.ipv6(), g.ip_masked()]))
    if g.p(0.3): D.f("# exported by {U} ({DT})\n", U=g.userid(), DT="2025-06-30")
    return "시스템 로그", D

def t_email(g):
    D = Doc(); a = g.person(); b = g.person(); ea = g.email(); eb = g.email()
    D.f("보낸 사람: {A} <{EA}>\n받는 사람: {B} <{EB}>\n", A=a, EA=ea, B=b, EB=eb)
    if g.p(0.4): D.f("참조: {C} <{EC}>\n", C=g.person(), EC=g.email())
    D.l("제목: " + g.ch(["RE: 환불 계좌 안내", "서류 보완 요청드립니다", "[회신] 출장 정산 자료", "Fwd: 외국인 직원 체류 서류"]))
    D.l()
    D.f("{B}님, 안녕하세요. {A}입니다.\n", B=b, A=a)
    k = g.ri(0, 3)
    if k == 0:
        bank, ac = g.account()
        D.f("요청하신 환불은 {BK} {AC}로 진행하겠습니다. 예금주가 {A} 본인이 맞는지 확인 부탁드립니다.\n", BK=bank, AC=ac, A=a)
    elif k == 1:
        D.f("출장 정산에 쓴 법인카드 번호({C})와 영수증 승인번호 {R}를 첨부합니다.\n", C=g.card(masked=True), R=N(f"{g.digits(8)}", "approval_number"))
    elif k == 2:
        f = g.foreigner()
        D.f("{L} 씨의 여권({P})과 외국인등록증({F}) 사본을 보내드립니다. 한글 이름은 {H}입니다.\n", L=f["title"], P=g.passport_foreign(f["iso"]), F=g.frn(sex=f["sex"]), H=f["hangul"])
    else:
        D.f("운전면허증({DL}) 사본과 주민등록번호 뒷자리를 가린 등본({R})을 함께 보냅니다.\n", DL=g.dl(), R=g.rrn(kind="rrn_masked"))
    D.f("\n--\n{A} | {CO}\nT. {T}  M. {M}\n", A=a, CO=g.company(), T=g.landline(), M=g.mobile())
    return "이메일", D

def t_call(g):
    D = Doc(); agent = g.person(); cust = g.person(); b = g.birth()
    D.l(g.ch(["[상담 녹취록] 카드 분실 신고", "[통화 내용 전사] 환급금 문의", "[콜센터 STT] 본인 확인 절차", "[녹취] 면허 갱신 문의"]))
    D.f("상담원: 네, 상담원 {A}입니다. 성함 말씀해 주시겠어요?\n고객: {C}이요.\n", A=agent, C=cust)
    D.f("상담원: {C} 고객님, 본인 확인을 위해 생년월일 부탁드립니다.\n", C=cust)
    y, m, d = b
    if g.p(0.5):
        dobsp = S(f"{HDIG[y // 1000]}{HDIG[y // 100 % 10]}{HDIG[y // 10 % 10]}{HDIG[y % 10]}년 {m}월 {d}일", "DATE_OF_BIRTH", "dob_spoken", ("spoken_digits",), f"{y}년 {m}월 {d}일")
    else:
        dobsp = S(" ".join("".join(HDIG[int(c)] for c in grp) for grp in [f"{y % 100:02d}", f"{m:02d}", f"{d:02d}"]), "DATE_OF_BIRTH", "dob_spoken", ("spoken_digits",), f"{y % 100:02d} {m:02d} {d:02d}")
    D.f("고객: {B}요.\n", B=dobsp)
    k = g.ri(0, 3)
    ph = g.mobile()
    D.f("상담원: 등록된 연락처 확인하겠습니다. 번호 불러 주시겠어요?\n고객: {P}이에요.\n", P=g.spoken(ph))
    if k == 0:
        c = g.card()
        D.f("상담원: 분실하신 카드 번호 알고 계시면 불러 주세요.\n고객: {C}요.\n", C=g.spoken(c))
        D.f("상담원: 확인됐습니다. {CM} 카드 정지 처리하겠습니다.\n", CM=g.card(masked=True))
    elif k == 1:
        bank, ac = g.account()
        D.f("상담원: 환급받으실 계좌 말씀해 주세요.\n고객: {BK}, {AC}입니다.\n", BK=bank, AC=g.spoken(ac))
    elif k == 2:
        r = g.rrn(b, kind="rrn_valid")
        D.f("상담원: 주민등록번호 열세 자리 불러 주시겠어요?\n고객: {R}.\n", R=g.spoken(r))
    else:
        dl = g.dl(style="num")
        D.f("상담원: 면허증에 있는 번호 불러 주세요.\n고객: {DL}이요.\n", DL=g.spoken(dl))
    if g.p(0.4): D.f("고객: 메일로도 보내 주세요. {E}예요.\n", E=g.email())
    D.f("상담원: 감사합니다, 상담원 {A}였습니다. 추가 문의는 {SW}로 연락 주세요.\n", A=agent, SW=g.switchboard())
    return "통화 녹취", D

def t_ocr_id(g):
    D = Doc(); kind = g.ri(0, 3); base = ["주민등록증", "운전면허증", "외국인등록증", "여권"][kind]
    nz = lambda s, n=1: g.noisy(s, n=n) if g.p(0.75) else s
    D.l(g.ch(["[스캔본 OCR]", "=== OCR 결과 (신뢰도 0.8" + str(g.ri(1, 9)) + ") ===", "<<이미지 인식 텍스트>>"]))
    if kind == 0:
        p = g.person(); b = g.birth()
        D.l(ocr_label(g, "주민등록증"))
        D.f("{P}\n{R}\n{A}\n{DT}\n", P=nz(p), R=nz(g.rrn(b, kind=g.ch(["rrn_valid", "rrn_valid", "rrn_masked"])), 2), A=g.address(), DT=fmt_date(*g.date(2015, 2024), g))
        D.f("{OFF}\n", OFF=N(g.ch(["서울특별시 마포구청장", "수원시 팔달구청장", "부산광역시 해운대구청장"]), "office_title"))
    elif kind == 1:
        p = g.person(); b = g.birth()
        D.l(ocr_label(g, "자동차운전면허증") + " Driver's License")
        D.f("{DL}\n{P}\n{R}\n{A}\n", DL=nz(g.dl(style=g.ch(["num", "region_space", "region_nospace"])), 2), P=nz(p), R=nz(g.rrn(b, kind="rrn_masked")), A=g.address())
        D.f("적성검사기간 {D1}~{D2}  1종보통\n{OFF}\n", D1=f"{g.ri(2026, 2033)}.01.01", D2=f"{g.ri(2026, 2033)}.12.31", OFF=N(g.ch(["서울지방경찰청장", "경기남부경찰청장", "부산경찰청장"]), "office_title"))
    elif kind == 2:
        f = g.foreigner(); b = g.birth(1970, 2003)
        D.l(ocr_label(g, "외국인등록증") + " RESIDENCE CARD")
        D.f("{F}  {S}  {N}\n{L}\n", F=nz(g.frn(b, sex=f["sex"]), 2), S=f["sex"], N=f["iso"], L=f["latin"])
        D.f("체류자격 E-9  발급일자 {DT}\n{OFF}\n", DT=fmt_date(*g.date(2020, 2025), g), OFF=N("서울출입국·외국인청장", "office_title"))
        if g.p(0.5): D.f("(뒷면) 체류지 {A}\n", A=g.address())
    else:
        if g.p(0.5):
            hn, ln = g.ch(KR_ROMAN); p = S(ln, "PERSON", "kr_name_roman"); ph = S(hn, "PERSON", "kr_name"); nat = "KOR"; pp = g.passport_kr()
        else:
            f = g.foreigner(); p = f["latin"]; ph = f["hangul"]; nat = f["iso"]; pp = g.passport_foreign(f["iso"])
        b = g.birth()
        D.l(ocr_label(g, "여권") + " PASSPORT")
        D.f("Type PM  Country {C}  Passport No. {PP}\n", C=nat, PP=nz(pp))
        D.f("Surname/Given names {P}\n{H}\nDate of birth {B}\n", P=p, H=ph, B=nz(g.dob(b, style="eng")))
        D.f("Date of expiry {E}\n", E=f"{g.ri(1, 28):02d} MAR {g.ri(2027, 2034)}")
    return "OCR 신분증", D

def t_ocr_form(g):
    D = Doc()
    nz = lambda s, n=1: g.noisy(s, n=n) if g.p(0.7) else s
    title = g.ch(["운전면허 재발급 신청서", "주민등록표 등본 교부 신청서", "건강보험 피부양자 자격 취득 신고서", "외국인 체류지 변경 신고서", "자동차 이전등록 신청서"])
    D.l("▣ 스캔 문서 인식 결과 (" + g.ch(["팩스 수신", "민원실 스캔", "우편 접수"]) + ")")
    D.l(" ".join(title) if g.p(0.3) else title)
    p = g.person(); b = g.birth()
    D.f(ocr_label(g, "성명") + " {P}  " + ocr_label(g, "생년월일") + " {B}\n", P=nz(p), B=nz(g.dob(b)))
    if "운전면허" in title:
        D.f(ocr_label(g, "면허번호") + " {DL}\n", DL=nz(g.dl(), 2))
        D.f(ocr_label(g, "주민등록번호") + " {R}\n", R=nz(g.rrn(b, kind=g.ch(["rrn_valid", "rrn_masked"])), 2))
    elif "건강보험" in title:
        D.f(ocr_label(g, "건강보험증번호") + " {H}\n", H=nz(g.hi(), 2))
        D.f(ocr_label(g, "피부양자") + " {Q}  " + ocr_label(g, "주민등록번호") + " {R}\n", Q=g.person(), R=nz(g.rrn(kind=g.ch(["rrn_valid", "rrn_post2020"])), 2))
    elif "외국인" in title:
        f = g.foreigner()
        D.f(ocr_label(g, "외국인등록번호") + " {F}\n" + "Name {L}\n", F=nz(g.frn(sex=f["sex"]), 2), L=f["latin"])
        D.f(ocr_label(g, "여권번호") + " {PP}\n", PP=nz(g.passport_foreign(f["iso"])))
    elif "자동차" in title:
        D.f(ocr_label(g, "자동차등록번호") + " {PL}\n" + ocr_label(g, "양수인") + " {Q}  " + ocr_label(g, "사업자등록번호") + " {B}\n", PL=g.plate(), Q=g.person(), B=nz(g.brn(), 2))
    else:
        D.f(ocr_label(g, "주민등록번호") + " {R}\n", R=nz(g.rrn(b), 2))
    D.f(ocr_label(g, "주소") + " {A}\n", A=nz(g.address()) if g.p(0.3) else g.address())
    D.f(ocr_label(g, "전화번호") + " {T}\n", T=nz(g.mobile(), 2))
    D.f("수수료 {AM}  " + ocr_label(g, "접수번호") + " {R}\n", AM=g.amount(), R=g.receipt())
    D.f("신청인 {P} (서명 또는 인)\n", P=p)
    return "OCR 서식", D

def t_ocr_cert(g):
    D = Doc(); nz = lambda s, n=1: g.noisy(s, n=n) if g.p(0.7) else s
    co = g.company(); rep = g.person()
    D.l(g.ch(["사 업 자 등 록 증", "사업자등록증명", "법인 등기사항 요약"]) + " (" + g.ch(["법인사업자", "일반과세자"]) + ")")
    D.f(ocr_label(g, "등록번호") + " : {B}\n", B=nz(g.brn(), 2))
    D.f(ocr_label(g, "법인명(단체명)") + " : {CO}\n" + ocr_label(g, "대 표 자") + " : {R}\n", CO=co, R=nz(rep))
    D.f(ocr_label(g, "개업연월일") + " : {D}   " + ocr_label(g, "법인등록번호") + " : {C}\n", D=fmt_date(*g.date(2005, 2023), g), C=nz(g.crn(), 2))
    D.f(ocr_label(g, "사업장 소재지") + " : {A}\n", A=g.address())
    if g.p(0.5): D.f(ocr_label(g, "대표자 생년월일") + " : {DB}\n", DB=nz(g.dob()))
    D.f("{OFF} (인)  발급번호 {N}\n", OFF=N(g.ch(["마포세무서장", "수원세무서장", "부산진세무서장"]), "office_title"), N=g.receipt())
    return "OCR 증명서", D

def t_card_slip(g):
    D = Doc(); co = g.company()
    D.l(g.ch(["[카드 매출전표]", "신용카드 영수증", "결제 내역서 (고객용)"]))
    D.f("가맹점명: {CO}\n사업자번호: {B}\n대표자: {R}  TEL {T}\n", CO=co, B=g.brn(), R=g.person(), T=g.landline())
    D.f("카드번호: {C}\n", C=g.card(masked=g.p(0.7)))
    D.f("승인번호: {A}  가맹점번호: {M}\n거래일시: 2025/{MM}/{DD} {H}:{MI}\n", A=N(g.digits(8), "approval_number"), M=N(g.digits(9), "merchant_number"),
        MM=f"{g.ri(1, 12):02d}", DD=f"{g.ri(1, 28):02d}", H=f"{g.ri(9, 21):02d}", MI=f"{g.ri(0, 59):02d}")
    D.f("금액: {AM}\n", AM=g.amount())
    if g.p(0.5): D.f("구매자: {P} ({T})\n", P=g.person(), T=g.mobile(masked=g.p(0.5)))
    return "카드 매출전표", D

def t_fine(g):
    D = Doc(); p = g.person(); pl = g.plate()
    D.l(g.ch(["과태료 부과 사전통지서", "주정차 위반 단속 결과 통지", "의견진술 기한 안내"]))
    D.f("수신: {P} 귀하 ({Z} {A})\n", P=p, Z=g.zipc(), A=g.address())
    y, m, d = g.date()
    D.f("위반 차량: {PL}\n위반 일시: {DT} {H}:{MI}\n위반 장소: {LOC}\n", PL=pl, DT=f"{y}.{m:02d}.{d:02d}", H=f"{g.ri(0, 23):02d}", MI=f"{g.ri(0, 59):02d}",
        LOC=N(g.ch(["시청 앞 버스정류장", "초등학교 정문 앞 어린이보호구역", "소방시설 주변 5m 이내"]), "place"))
    D.f("근거 법령: {ST}\n과태료: {AM}\n", ST=g.statute(), AM=g.amount())
    bank, _ = g.account()
    D.f("납부 가상계좌: {BK} {VA} (예금주: {AG})\n", BK=bank, VA=N(f"{g.ri(500, 599)}{g.digits(11)}", "virtual_account_institution"), AG=g.agency()[0])
    D.f("고지번호 {M}   문의: {AG} 교통행정과 {O} 주무관 {T}\n", M=g.mgmtno(), AG=g.agency()[0], O=g.person(), T=g.landline())
    if g.p(0.4):
        D.f("※ 차량 소유자 변경 이력: {PL2} → {PL} (이전 소유자 {Q})\n", PL2=g.plate(masked=True), PL=pl, Q=g.person())
    return "과태료 통지", D

def t_health(g):
    D = Doc(); p = g.person(); b = g.birth()
    D.l(g.ch(["건강보험 자격득실 확인서", "요양비 지급 청구서", "보험료 경감 신청서"]))
    D.f("가입자 성명 {P}   생년월일 {B}\n", P=p, B=g.dob(b))
    D.f("건강보험증번호 {H}   주민등록번호 {R}\n", H=g.hi(masked=g.p(0.25)), R=g.rrn(b, kind=g.ch(["rrn_valid", "rrn_masked", "rrn_masked"])))
    if g.p(0.6):
        q = g.person(); D.f("피부양자 {Q} (배우자, 증번호 {H})\n", Q=q, H=g.hi())
    if g.p(0.5):
        bank, ac = g.account(); D.f("지급 계좌 {BK} {AC}  예금주 {P}\n", BK=bank, AC=ac, P=p)
    D.f("연락처 {T}  사업장 관리번호 {M}\n", T=g.mobile(), M=g.mgmtno())
    D.f("{OFF}  담당 {O}  ({SW})\n", OFF=N("국민건강보험공단 " + g.ch(["마포지사장", "수원지사장", "해운대지사장"]), "office_title"), O=g.person(), SW=N("1577-1000", "institution_switchboard"))
    return "건강보험", D

def t_hr(g):
    D = Doc()
    D.l(g.ch(["인 사 명 령", "인사발령 통지", "직무대리 지정"]))
    D.f("{DN}  ({DT})\n", DN=g.docno(), DT=fmt_date(*g.date(2025, 2025), g))
    for _ in range(g.ri(2, 4)):
        form = g.ri(0, 2)
        if form == 0: D.f("{G}({R}) {P}  {D1} → {D2}\n", G=N(g.ch(["4급", "5급", "6급", "3급(부이사관)"]), "grade"), R=g.ch(["서기관", "사무관", "주사"]), P=g.person(),
                          D1=g.ch(["운영지원과", "감사담당관"]), D2=g.ch(["정보화담당관", "기획재정담당관"]))
        elif form == 1: D.f("행정사무관 {P}  국외출장({C}, {D})\n", P=g.person(), C=g.ch(["프랑스 파리", "베트남 하노이", "미국 워싱턴"]), D=f"{g.ri(3, 10)}박 {g.ri(5, 12)}일")
        else: D.f("- {P} {T}을 {D} 직무대리로 지정함\n", P=g.person(), T=g.ch(["서기관", "팀장"]), D=N(g.ch(["운영지원과장", "정보보호팀장"]), "office_title"))
    D.f("{OFF}\n", OFF=N(g.ch(["행정안전부장관", "보건복지부장관", "경기도지사"]), "office_title"))
    return "인사명령", D

def t_tax(g):
    D = Doc()
    D.f("[질의회신] {DN}, {DT}\n", DN=g.docno(), DT=fmt_date(*g.date(2019, 2024), g))
    D.l("【질의】")
    D.f("{A}은 {B}로부터 {AM}에 토지를 취득하였으며, 이 경우 {ST}의 적용 여부를 질의함.\n", A=N("갑", "placeholder_person"), B=N(g.ch(["을", "A법인", "B사"]), "placeholder_person"), AM=g.amount(), ST=g.statute())
    D.l("【회신】")
    D.f("귀 질의의 경우 기존 해석사례({DN})를 참고하시기 바랍니다. 관련 사건 {C} 판결 참조.\n", DN=g.docno(), C=g.caseno())
    if g.p(0.3):
        D.f("※ 질의자 {P}({T})에게 서면 회신함.\n", P=g.person(), T=g.mobile())
    return "세무 질의회신", D

def t_stats_neg(g):
    D = Doc(); sep = cell_sep(g)
    D.l(g.ch(["<표 3> 시·도별 외국인 등록 현황 (단위: 명)", "〈표〉 연도별 운전면허 발급 건수", "민원 접수·처리 현황", "개인정보 유출 신고 통계"]))
    D.l(sep.join(["구분", "2022", "2023", "2024", "증감률"]))
    for reg in g.r.sample(REGIONS, g.ri(3, 6)):
        D.f("{R}" + sep + "{A}" + sep + "{B}" + sep + "{C}" + sep + "{D}\n", R=reg[1], A=N(f"{g.ri(1, 400):,}{g.ri(0, 999):03d}", "statistic"),
            B=N(f"{g.ri(1, 400):,}{g.ri(0, 999):03d}", "statistic"), C=N(f"{g.ri(1, 400):,}{g.ri(0, 999):03d}", "statistic"), D=N(f"{g.ri(-9, 19)}.{g.ri(0, 9)}%", "statistic"))
    D.f("자료: {AG} 통계연보 (통계 승인번호 제{N}호), 기준일 {DT}\n", AG=g.agency()[0], N=N(str(g.ri(101001, 999999)), "statistic_code"), DT=fmt_date(*g.date(), g))
    if g.p(0.5): D.f("주: {ST}에 따른 등록 기준. 문의 {SW}\n", ST=g.statute(), SW=g.switchboard())
    return "통계표", D

def t_ledger_neg(g):
    D = Doc(); sep = cell_sep(g); kind = g.ri(0, 3)
    if kind == 0:
        D.l("문서 등록 대장"); D.l(sep.join(["등록번호", "시행일자", "제목", "생산부서"]))
        for _ in range(g.ri(3, 6)):
            D.f("{N}" + sep + "{DT}" + sep + "{T}" + sep + "{DEP}\n", N=g.docno(), DT=fmt_date(*g.date(), g), T=g.ch(["보안점검 결과", "예산 배정", "민원 회신", "위원회 개최"]), DEP=g.ch(["운영지원과", "감사담당관", "총무과"]))
    elif kind == 1:
        D.l("사건 진행 목록"); 
        for _ in range(g.ri(3, 6)):
            D.f("{C}  {P} 대 {Q}  {ST}\n", C=g.caseno(), P=g.placeholder_person(), Q=g.placeholder_person(), ST=g.ch(["변론종결", "조정회부", "선고"]))
    elif kind == 2:
        D.l("물품 관리대장 (전산장비)"); D.l(sep.join(["자산번호", "품명", "취득일", "취득가액", "OS 버전"]))
        for _ in range(g.ri(3, 6)):
            D.f("{A}" + sep + "{T}" + sep + "{DT}" + sep + "{AM}" + sep + "{V}\n", A=g.assetno(), T=g.ch(["노트북", "데스크톱", "복합기", "서버"]), DT=fmt_date(*g.date(2018, 2025), g), AM=g.amount(), V=g.version())
    else:
        D.l("민원 접수 대장"); D.l(sep.join(["접수번호", "관리번호", "민원인", "처리기한"]))
        for _ in range(g.ri(3, 6)):
            D.f("{R}" + sep + "{M}" + sep + "{P}" + sep + "{DT}\n", R=g.receipt(), M=g.mgmtno(), P=g.placeholder_person(), DT=fmt_date(*g.date(2025, 2025), g))
    D.f("※ 개인정보는 {ST}에 따라 비식별 처리함. 예시 번호 {Z}\n", ST=g.statute(), Z=N(g.ch(["000000-0000000", "******-*******", "010-0000-0000"]), "placeholder_value"))
    return "문서·사건 대장", D

def t_dl_admin(g):
    D = Doc(); hn, roman = g.ch(KR_ROMAN); p = g.person(hn); b = g.birth()
    D.l(g.ch(["운전면허 정지처분 결정 통지서", "운전면허 행정처분 이의신청서", "국제운전면허증 발급 신청"]))
    D.f("성명 {P}\n주민등록번호 {R}\n면허번호 {DL}\n", P=p, R=g.rrn(b, kind=g.ch(["rrn_valid", "rrn_masked"])), DL=g.dl(masked=g.p(0.2)))
    D.f("주소 {A}\n연락처 {T}\n", A=g.address(), T=g.mobile())
    if "국제" in D.text():
        D.f("여권번호 {PP} / 영문성명 {L}\n", PP=g.passport_kr(), L=S(roman, "PERSON", "kr_name_roman"))
    else:
        D.f("처분 사유: {DT} 혈중알코올농도 0.0{N}% 상태로 {PL} 차량 운전 ({ST})\n", DT=fmt_date(*g.date(), g), N=g.ri(30, 79), PL=g.plate(), ST=g.statute())
        D.f("처분 내용: 면허정지 100일 ({D1} ~ {D2})\n", D1=fmt_date(*g.date(2025, 2025), g), D2=fmt_date(*g.date(2025, 2025), g))
    D.f("{OFF}  담당 {O} ({T})\n", OFF=N(g.ch(["서울특별시경찰청장", "경기남부경찰청장"]), "office_title"), O=g.person(), T=g.landline())
    return "운전면허 처분", D

def t_passport(g):
    D = Doc(); hn, ln = g.ch(KR_ROMAN); p = S(hn, "PERSON", "kr_name"); pr = S(ln, "PERSON", "kr_name_roman"); b = g.birth()
    D.l(g.ch(["여권 발급 신청서", "여권 재발급 신청서(분실)", "여권 분실 신고서"]))
    D.f("한글성명 {P}  로마자성명 {L}\n주민등록번호 {R}\n", P=p, L=pr, R=g.rrn(b, kind=g.ch(["rrn_valid", "rrn_valid", "rrn_masked"])))
    if "분실" in D.text():
        D.f("분실 여권번호 {PP} (발급일 {DT})\n", PP=g.passport_kr(masked=g.p(0.25)), DT=fmt_date(*g.date(2016, 2023), g))
        D.f("분실 경위: {DT} {PL} 관광 중 가방 도난. 현지 경찰 신고번호 {N}\n", DT=fmt_date(*g.date(2024, 2025), g), PL=g.ch(["이탈리아 로마", "스페인 바르셀로나", "베트남 호치민"]), N=N(f"PR-{g.digits(6)}", "police_report_number"))
    else:
        D.f("종전 여권번호 {PP}\n", PP=g.passport_kr())
    D.f("연락처 {T}  긴급연락처 {Q} {T2}\n", T=g.mobile(), Q=g.person(), T2=g.mobile())
    if g.p(0.5): D.f("이메일 {E}\n", E=g.email())
    D.f("접수 기관: {AG} 여권과  접수번호 {R}\n", AG=g.ch(["마포구청", "수원시청", "외교부 여권안내센터"]), R=g.receipt())
    return "여권 신청", D

def t_refund(g):
    D = Doc(); p = g.person()
    D.l(g.ch(["과오납금 환급 안내", "지방세 환급금 지급 통지", "보증금 반환 안내"]))
    D.f("{P} 님께\n", P=p)
    bank, ac = g.account(masked=g.p(0.35))
    D.f("아래와 같이 환급금이 발생하여 안내해 드립니다.\n  환급액: {AM}\n  지급 계좌: {BK} {AC}\n", AM=g.amount(), BK=bank, AC=ac)
    D.f("  납세자 주민등록번호: {R}\n", R=g.rrn(kind="rrn_masked"))
    if g.p(0.4): D.f("  사업자등록번호: {B}\n", B=g.brn(masked=g.p(0.5)))
    if g.p(0.3): D.f("  법인등록번호: {C}\n", C=g.crn(masked=True))
    D.f("계좌가 변경된 경우 {DT}까지 담당자({O}, {T})에게 알려 주십시오. 고지번호 {M}\n", DT=fmt_date(*g.date(2025, 2025), g), O=g.person(), T=g.landline(), M=g.mgmtno())
    return "환급 안내", D

def t_masked_mix(g):
    """Notices where most identifiers are partly masked but still identify."""
    D = Doc(); p = g.person()
    D.l(g.ch(["개인정보 유출 통지", "본인확인 결과 안내", "정보주체 열람 청구에 대한 통지"]))
    D.f("{P} 님, {CO}에서 보관하던 귀하의 정보 일부가 외부에 노출된 사실을 알려드립니다.\n", P=p, CO=g.company())
    D.l("노출 항목:")
    items = [("휴대전화", g.mobile(masked=True)), ("이메일", g.email_masked()), ("카드번호", g.card(masked=True)), ("주민등록번호", g.rrn(kind="rrn_masked")),
             ("계좌번호", g.account(masked=True)[1]), ("접속 IP", g.ip_masked()), ("여권번호", g.passport_kr(masked=True)), ("운전면허번호", g.dl(masked=True)),
             ("건강보험증번호", g.hi(masked=True)), ("차량번호", g.plate(masked=True))]
    for lab, v in g.r.sample(items, g.ri(3, 6)):
        D.f(" - " + lab + ": {V}\n", V=v)
    D.f("문의: 개인정보보호책임자 {O} ({T}, {E})\n", O=g.person(), T=g.landline(), E=g.email())
    D.f("신고 접수: {SC}\n", SC=N("118 개인정보침해 신고센터", "short_code"))
    return "유출 통지", D

TEMPLATES = [
    ("t_gongmun", t_gongmun, 22), ("t_minwon", t_minwon, 22), ("t_news", t_news, 18), ("t_bodo", t_bodo, 14),
    ("t_meeting", t_meeting, 20), ("t_judgment", t_judgment, 22), ("t_accident", t_accident, 14), ("t_audit", t_audit, 12),
    ("t_contract", t_contract, 14), ("t_consent", t_consent, 18), ("t_certificate", t_certificate, 14),
    ("t_foreign_form", t_foreign_form, 22), ("t_foreign_roster", t_foreign_roster, 18), ("t_roster", t_roster, 16),
    ("t_csv", t_csv, 16), ("t_log", t_log, 14), ("t_email", t_email, 18), ("t_call", t_call, 30),
    ("t_ocr_id", t_ocr_id, 28), ("t_ocr_form", t_ocr_form, 26), ("t_ocr_cert", t_ocr_cert, 14), ("t_card_slip", t_card_slip, 16),
    ("t_fine", t_fine, 12), ("t_health", t_health, 14), ("t_hr", t_hr, 10), ("t_tax", t_tax, 12), ("t_stats_neg", t_stats_neg, 12),
    ("t_ledger_neg", t_ledger_neg, 14), ("t_dl_admin", t_dl_admin, 30), ("t_passport", t_passport, 16), ("t_refund", t_refund, 12),
    ("t_masked_mix", t_masked_mix, 18),
]

# ================================================================ validation
CONF = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8", "‐": "-", "–": "-", "－": "-"})
def norm_val(t, spoken=False):
    t = unicodedata.normalize("NFKC", t)
    if spoken:
        t = t.replace("다시", "-").replace("에", "")
        t = "".join(HDIG_MAP.get(c, c) for c in t)
    t = t.translate(CONF)
    return re.sub(r"[\s\-]", "", t)

def digits_of(t):
    return re.sub(r"\D", "", unicodedata.normalize("NFKC", t))

def valid_date(y, m, d):
    return 1 <= m <= 12 and 1 <= d <= days_in(y, m)

def check_value(s):
    """Format / check-digit assertions on the clean value."""
    c, k, ty = s.clean, s.kind, s.type
    if ty in ("KR_RRN", "KR_FRN"):
        m = re.fullmatch(r"(\d{2})(\d{2})(\d{2})-(\d)([\d*●Xx○]{6})", c); assert m, c
        g = int(m.group(4)); yy = int(m.group(1))
        y = (2000 if g in (3, 4, 7, 8) else 1900) + yy
        assert valid_date(y, int(m.group(2)), int(m.group(3))), c
        if ty == "KR_RRN": assert g in (1, 2, 3, 4), c
        else: assert g in (5, 6, 7, 8), c
        d = c.replace("-", "")
        if k.endswith("masked"):
            assert len(set(m.group(5))) == 1 and not m.group(5)[0].isdigit(), c
        elif k == "rrn_valid":
            assert rrn_check(d[:12]) == int(d[12]) and (y, int(m.group(2))) < (2020, 10), c
        elif k == "rrn_post2020":
            assert rrn_check(d[:12]) != int(d[12]) and (y, int(m.group(2))) >= (2020, 10), c
        elif k == "frn_valid":
            assert frn_check(d[:12]) == int(d[12]), c
        else:
            raise AssertionError(k)
    elif ty == "KR_BRN":
        if k == "brn_masked": assert re.fullmatch(r"\d{3}-\d{2}-\*{5}", c)
        else:
            d = c.replace("-", ""); assert re.fullmatch(r"\d{3}-\d{2}-\d{5}", c) and brn_check(d[:9]) == int(d[9]), c
    elif ty == "KR_CRN":
        if k == "crn_masked": assert re.fullmatch(r"\d{6}-\*{7}", c)
        else:
            d = c.replace("-", ""); assert re.fullmatch(r"\d{6}-\d{7}", c) and crn_check(d[:12]) == int(d[12]), c
    elif ty == "CREDIT_CARD":
        d = re.sub(r"[- ]", "", c)
        if "masked" in k: assert re.fullmatch(r"[\d*]{15,16}", d) and d.count("*") >= 4 and d[:4].isdigit(), c
        else: assert d.isdigit() and len(d) in (15, 16) and luhn_ok(d), c
    elif ty == "KR_PASSPORT":
        assert re.fullmatch(r"[MSRGD]\d{8}|[MSRGD]\d{3}[A-Z]\d{4}|[MSRGD]\d{3}\*{4}\d{1}|[MSRGD]\d{3}\*{4}|[A-Z]{1,2}\d{7,8}[A-Z]?|\d{8,9}|[MSRGD]\d{2,3}[A-Z*]?\*{3,4}\d{0,4}", c), c
    elif ty == "KR_DRIVER_LICENSE":
        assert re.fullmatch(r"(\d{2}|[가-힣]{2} ?)-?\d{2}-[\d*]{6}-\d{2}|\d{12}", c) or re.fullmatch(r"\d{2}-\d{2}-[\d*]{6}-\d{2}", c) or re.fullmatch(r"[가-힣]{2} ?\d{2}-\d{6}-\d{2}", c), c
    elif ty == "KR_HEALTH_INSURANCE":
        assert re.fullmatch(r"[\d*]{11}|\d-\d{10}", c) and c[0] != "0", c
    elif ty == "KR_BANK_ACCOUNT":
        d = re.sub(r"[- ]", "", c); assert re.fullmatch(r"[\d*]{10,14}", d) and sum(ch.isdigit() for ch in d) >= 6, c
    elif ty == "PHONE_NUMBER":
        d = re.sub(r"[^\d*]", "", c); assert re.fullmatch(r"0[1-9][\d*]{7,9}", d), c
        if k == "mobile": assert re.fullmatch(r"010\d{8}", d), c
    elif ty == "EMAIL_ADDRESS":
        assert re.fullmatch(r"[a-z0-9._*]+@[a-z0-9.-]+\.[a-z]{2,}", c), c
    elif ty == "IP_ADDRESS":
        if k == "ipv6": assert re.fullmatch(r"2001(:[0-9a-f]{1,4}){3}::[0-9a-f]{1,4}", c)
        elif k == "ip_masked": assert re.fullmatch(r"\d{1,3}\.\d{1,3}\.\*{3}\.\d{1,3}", c)
        else:
            p = [int(x) for x in c.split(".")]; assert len(p) == 4 and all(0 <= x <= 255 for x in p), c
    elif ty == "KR_VEHICLE_PLATE":
        assert re.fullmatch(r"([가-힣]{2} )?\d{2,3}[가-힣] ?[\d*]{4}", c), c
    elif ty == "DATE_OF_BIRTH":
        assert re.search(r"\d", c) and not c.endswith("생"), c
    elif ty == "KR_ADDRESS":
        assert re.search(r"\d", c) and re.match(r"[가-힣]", c), c
    elif ty == "PERSON":
        assert c != "홍길동" and not re.search(r"(씨|님|귀하|주무관|사무관|과장|위원)$", c) and "○" not in c and "*" not in c, c

PII_PATTERNS = [
    ("mobile", re.compile(r"(?<!\d)01[016789][-. ]?\d{3,4}[-. ]?\d{4}(?!\d)")),
    ("email", re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")),
    ("rrn_shape", re.compile(r"(?<!\d)\d{6}\s?-\s?[\d*●X]{7}(?!\d)")),
    ("card", re.compile(r"(?<!\d)\d{4}[- ]?[\d*]{4}[- ]?[\d*]{4}[- ]?\d{4}(?!\d)")),
    ("ipv4", re.compile(r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d.])")),
]
ALLOWED_NEG = {"000000-0000000", "010-0000-0000"}

def record_problems(text, spans):
    probs = []
    last = 0
    for st, en, s in spans:
        if not (0 <= st < en <= len(text)): probs.append("bounds")
        if st < last: probs.append("overlap/sort")
        last = en
        v = text[st:en]
        if v != s.text: probs.append("mismatch")
        if v != v.strip(): probs.append("edge whitespace")
    covered = [False] * len(text)
    for st, en, _ in spans:
        for k in range(st, en): covered[k] = True
    # every other occurrence of a labelled value must be labelled
    for st, en, s in spans:
        for m in re.finditer(re.escape(s.text), text):
            if not all(covered[m.start():m.end()]):
                probs.append("unlabelled repeat: " + s.text)
    blank = "".join("§" if covered[k] else ch for k, ch in enumerate(text))
    for variant in (blank, unicodedata.normalize("NFKC", blank)):
        for name, pat in PII_PATTERNS:
            for m in pat.finditer(variant):
                if m.group(0) in ALLOWED_NEG: continue
                probs.append(f"unlabelled {name}: {m.group(0)}")
    return probs

def build(tname, fn, i):
    for attempt in range(40):
        seed = f"pii_v-2026|{tname}|{i}" + (f"|retry{attempt}" if attempt else "")
        g = G(random.Random(seed))
        genre, D = fn(g)
        text = D.text()
        probs = record_problems(text, D.spans)
        if not probs:
            return seed, genre, D, text, attempt
    raise SystemExit(f"{tname}#{i}: could not build a clean record: {probs}")

def main():
    recs, metas = [], []
    n = 0
    retries = 0
    for tname, fn, cnt in TEMPLATES:
        for i in range(cnt):
            n += 1
            seed, genre, D, text, att = build(tname, fn, i)
            retries += att
            rid = f"pii_v-{n:04d}"
            for st, en, s in D.spans:
                check_value(s)
                sp = any(x.startswith("spoken") for x in s.noise)
                if s.type not in ("PERSON", "EMAIL_ADDRESS", "KR_ADDRESS"):
                    assert norm_val(s.text, sp) == norm_val(s.clean, sp), (rid, s.text, s.clean)
                else:
                    assert norm_val(s.text) == norm_val(s.clean), (rid, s.text)
            spans = [{"start": st, "end": en, "type": s.type} for st, en, s in D.spans]
            recs.append({"id": rid, "text": text, "spans": spans, "genre": genre})
            metas.append({"id": rid, "template": tname, "seed": seed, "genre": genre,
                          "spans": [{"start": st, "end": en, "type": s.type, "kind": s.kind, "noise": list(s.noise)} for st, en, s in D.spans],
                          "hard_negatives": [{"start": st, "end": en, "category": x.cat, "text": x.text} for st, en, x in D.negs]})
    with open(os.path.join(HERE, "pii_v.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in recs: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "pii_v.meta.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in metas: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and re-validate
    back = [json.loads(l) for l in open(os.path.join(HERE, "pii_v.jsonl"), encoding="utf-8")]
    mback = [json.loads(l) for l in open(os.path.join(HERE, "pii_v.meta.jsonl"), encoding="utf-8")]
    assert len(back) == len(recs) == len(mback)
    ids = set()
    for r, m in zip(back, mback):
        assert r["id"] not in ids; ids.add(r["id"])
        t = r["text"]; last = 0
        for sp in r["spans"]:
            assert 0 <= sp["start"] < sp["end"] <= len(t) and sp["start"] >= last
            v = t[sp["start"]:sp["end"]]; assert v == v.strip() and v
            last = sp["end"]
        pseudo = [(sp["start"], sp["end"], S(t[sp["start"]:sp["end"]], sp["type"], "")) for sp in r["spans"]]
        assert not record_problems(t, pseudo), (r["id"], record_problems(t, pseudo))
        for h in m["hard_negatives"]:
            assert t[h["start"]:h["end"]] == h["text"]
            assert all(h["end"] <= sp["start"] or h["start"] >= sp["end"] for sp in r["spans"]), (r["id"], h)
    write_readme(recs, metas, retries)
    files = ["make_set.py", "pii_v.jsonl", "pii_v.meta.jsonl", "README.md"]
    with open(os.path.join(HERE, "MD5SUMS"), "w", encoding="utf-8", newline="\n") as f:
        for fn in files:
            f.write(hashlib.md5(open(os.path.join(HERE, fn), "rb").read()).hexdigest() + "  " + fn + "\n")
    print(f"wrote {len(recs)} records, {sum(len(r['spans']) for r in recs)} spans, retries={retries}")

TYPES = ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "KR_ADDRESS", "DATE_OF_BIRTH", "KR_BANK_ACCOUNT", "KR_RRN", "IP_ADDRESS",
         "KR_PASSPORT", "KR_BRN", "KR_DRIVER_LICENSE", "KR_FRN", "KR_VEHICLE_PLATE", "KR_HEALTH_INSURANCE", "CREDIT_CARD", "KR_CRN"]

def write_readme(recs, metas, retries):
    from collections import Counter
    gen = {}
    for r in recs:
        e = gen.setdefault(r["genre"], [0, 0, 0]); e[0] += 1; e[1] += (not r["spans"]); e[2] += len(r["spans"])
    tc = Counter(sp["type"] for r in recs for sp in r["spans"])
    kinds = {}
    noisy = Counter(); noisy_spans = 0
    for m in metas:
        for sp in m["spans"]:
            kinds.setdefault(sp["type"], Counter())[sp["kind"]] += 1
            if sp["noise"]: noisy_spans += 1
            for x in sp["noise"]: noisy[x] += 1
    neg = Counter(h["category"] for m in metas for h in m["hard_negatives"])
    tmpl = Counter(m["template"] for m in metas)
    L = []
    L.append("# pii_v — independent evaluation set for a Korean PII detector (synthetic)\n")
    L.append("Every text, name and number here is synthetic and produced by `make_set.py` (standard library only). "
             "Random generators are seeded only with strings `pii_v-2026|<template>|<i>` (plus `|retry<k>` when a draft record failed the "
             "per-record checks and was redrawn). No hash order is used, so output is byte-identical across runs and `PYTHONHASHSEED` values.\n")
    L.append("## Files\n\n| file | content |\n|---|---|\n| `make_set.py` | generator + validator; `python3 make_set.py` rewrites everything below |\n"
             "| `pii_v.jsonl` | records `{\"id\",\"text\",\"spans\":[{\"start\",\"end\",\"type\"}],\"genre\"}` (Python `str` offsets, sorted, non-overlapping) |\n"
             "| `pii_v.meta.jsonl` | per record: template, seed, genre; per span: `kind` (sub-kind) and `noise` tags; `hard_negatives` with offsets, category and text |\n"
             "| `README.md` | this file |\n| `MD5SUMS` | md5 of the four files above, written last |\n")
    L.append(f"## Composition\n\n{len(recs)} records, {sum(tc.values())} gold spans, {sum(1 for r in recs if not r['spans'])} records without PII.\n")
    L.append("| genre | records | of which no PII | gold spans |\n|---|---|---|---|")
    for k, v in sorted(gen.items(), key=lambda kv: -kv[1][0]):
        L.append(f"| {k} | {v[0]} | {v[1]} | {v[2]} |")
    L.append("\n| type | spans | sub-kinds |\n|---|---|---|")
    for t in TYPES:
        L.append(f"| {t} | {tc[t]} | " + ", ".join(f"{k} {c}" for k, c in sorted(kinds.get(t, {}).items())) + " |")
    L.append(f"\n{noisy_spans} spans carry noise. Noise tags: " + ", ".join(f"`{k}` {c}" for k, c in sorted(noisy.items())) + ".\n")
    L.append("Noise kinds: full-width digits and dashes, Unicode hyphens, spaces or line breaks inside a number, OCR confusables "
             "(O/o for 0, l/I for 1, S for 5, B for 8), names with spaces between syllables, and digits read aloud in Hangul in call transcripts "
             "(`공일공 일이삼사 오육칠팔`, `팔오공삼일이 다시 …`, `…에 …`). Span text is always exactly the noisy string.\n")
    L.append("Partly masked values that still identify are labelled with their type (`kind` ends in `_masked`): RRN/FRN `850312-1******`, "
             "cards `9410-24**-****-3842`, accounts with a starred group, phones `010-****-5678`, e-mails `abc***@naver.com`, passports, "
             "driver licences, health-insurance numbers, BRN/CRN, plates and IPs with starred parts.\n")
    L.append("### Hard negatives (tagged in meta, never labelled)\n\n| category | count |\n|---|---|")
    for k, c in sorted(neg.items(), key=lambda kv: (-kv[1], kv[0])):
        L.append(f"| {k} | {c} |")
    L.append("\n### Templates\n\n" + ", ".join(f"`{k}` {c}" for k, c in tmpl.items()) + "\n")
    L.append("## Label conventions\n\nFollows the PII sections of the pii-dev README: 16 types; PERSON spans exclude titles, particles, 씨/님/귀하 and role labels; "
             "addresses exclude the postal code and trailing parenthetical; DOB includes the trailing period of `1985. 3. 12.` but not `생`; "
             "bank name and 예금주 are outside account spans; plate/licence spans include a region prefix; every passport number (foreign too) is KR_PASSPORT; "
             "masked and post-Oct-2020 RRNs count; institution switchboards, 1588-type numbers, short codes, institution addresses, officials named only by office, "
             "document/case/receipt/management/asset numbers, statute citations, amounts, postal codes, version numbers, placeholder persons (`홍길동`, `김○○`, `갑`), "
             "`000000-0000000`, company names and system user IDs are not labelled. Officials' direct lines, fax numbers in 공문 footers, company numbers and every "
             "mobile are PHONE_NUMBER. Each table cell is its own span.\n")
    L.append("Interpretation choices specific to this set: the 6-digit RRN-style front of a spoken DOB is labelled DATE_OF_BIRTH; romanised Korean names "
             "(`KIM MINJUN`) are PERSON; a credit card shown only as `**** last-4` is not generated (every masked card keeps the first 4 digits); "
             "institution virtual accounts for paying fines (예금주 = agency) are left unlabelled and tagged `virtual_account_institution`; health-insurance numbers "
             "are 11 digits (optionally `d-dddddddddd`), a synthetic format as in pii-dev.\n")
    L.append("## Validation (performed by make_set.py on every run)\n\n"
             "- `text[start:end]` equals the intended (possibly noisy) value; spans are in bounds, sorted, non-overlapping, non-empty and have no edge whitespace. Checked at generation and again after re-reading the files.\n"
             "- Every other occurrence of a labelled string in the same record is also labelled.\n"
             "- Outside spans (raw and NFKC-normalised) there is no mobile number, e-mail, `######-#######` shape, 16-digit card shape or IPv4 "
             "(allowed placeholders: `000000-0000000`, `010-0000-0000`). A draft that fails these checks is redrawn with the next retry seed "
             f"({retries} redraws in total).\n"
             "- Check digits on the clean value: RRN pre-Oct-2020 valid (weights 2..9,2..5, (11−Σ mod 11) mod 10) with valid birth date; post-2020 RRNs deliberately invalid with birth ≥ 2020-10; "
             "FRN gender 5–8 and legacy check (13−Σ mod 11) mod 10; BRN weights 1,3,7,1,3,7,1,3,5 + ⌊5·d₉/10⌋; CRN alternating weights 1,2 with (10−Σ mod 10) mod 10; "
             "cards Luhn (masked cards excepted); masked RRN/FRN have exactly six identical mask characters.\n"
             "- Patterns for passport, licence, plate, account, phone, e-mail, IP, health insurance; PERSON values never carry titles/particles or mask characters and are never `홍길동`.\n"
             "- Noisy spans map back to the clean value after NFKC, hyphen unification, confusable mapping and (for speech) Hangul digit mapping.\n"
             "- Hard-negative offsets match their text and never overlap a gold span.\n"
             "- Determinism: two runs with different `PYTHONHASHSEED` produced byte-identical files (checked when the set was built).\n")
    L.append("## Caveats\n\nTemplate text; scores will flatter template-fitting detectors. Check-digit-valid numbers are random and may coincide with real ones. "
             "Names are random surname + given-name combinations; foreign names are random family + given combinations per nationality.\n")
    L.append("## Independence\n\nThis set was written without reading any detector code or any other evaluation set. The only project file read was "
             "`/work/shared/pii-dev/README.md` (for the 16 entity types, span rules, NOT-PII list and JSONL format); no other file under `/work/shared`, "
             "nothing under `/work/main` or `/work/wt`, and no other folder under `/work/evalsets` was read or listed. No detector was run. "
             "No web pages were consulted; identifier formats (RRN/FRN check digits, passport shapes, driver-licence layout, plate layout, Luhn, bank account "
             "groupings, 공문 structure) come from general knowledge and the pii-dev README.\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L))

if __name__ == "__main__":
    main()
