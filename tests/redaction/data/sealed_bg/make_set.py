# -*- coding: utf-8 -*-
"""Core helpers for the pii_bg evaluation set: markers, generators, noise, checks.
Standard library only. All names, numbers and addresses are invented."""
import re
import unicodedata

TYPES = ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "KR_ADDRESS", "DATE_OF_BIRTH",
         "KR_BANK_ACCOUNT", "KR_RRN", "IP_ADDRESS", "KR_PASSPORT", "KR_BRN",
         "KR_DRIVER_LICENSE", "KR_FRN", "KR_VEHICLE_PLATE", "KR_HEALTH_INSURANCE",
         "CREDIT_CARD", "KR_CRN"]

# ---------------------------------------------------------------- markers
# gold span:      ⟦TYPE:value⟧  or ⟦TYPE#subkind@noise1,noise2:value⟧
# hard negative:  ⟪category:text⟫
MARK_RE = re.compile(r"⟦([A-Z_]+)(?:#([a-z0-9_\-]+))?(?:@([a-z0-9_,]+))?:(.*?)⟧|⟪([a-z_]+):(.*?)⟫", re.S)


ALIAS = {"P": "PERSON", "TEL": "PHONE_NUMBER", "EM": "EMAIL_ADDRESS", "AD": "KR_ADDRESS", "DOB": "DATE_OF_BIRTH",
         "ACC": "KR_BANK_ACCOUNT", "RRN": "KR_RRN", "IP": "IP_ADDRESS", "PP": "KR_PASSPORT", "BRN": "KR_BRN",
         "DL": "KR_DRIVER_LICENSE", "FRN": "KR_FRN", "CAR": "KR_VEHICLE_PLATE", "HI": "KR_HEALTH_INSURANCE",
         "CC": "CREDIT_CARD", "CRN": "KR_CRN"}
NEG_ALIAS = {"sw": "switchboard", "inst": "inst_address", "off": "office_title", "doc": "doc_number", "case": "case_number",
             "law": "statute", "amt": "amount", "ph": "placeholder_person", "mask": "masked_person", "co": "company_name",
             "uid": "user_id", "rcpt": "receipt_number", "short": "short_code", "ver": "version", "dt": "date_not_birth",
             "instacct": "institution_account", "instbrn": "institution_brn", "instmail": "institution_email", "anon": "anonymised_party",
             "post": "postal_code", "tmpl": "placeholder"}


def strip_markers(marked):
    out = []
    pos = 0
    n = 0
    spans, negs = [], []
    for m in MARK_RE.finditer(marked):
        seg = marked[pos:m.start()]
        out.append(seg)
        n += len(seg)
        if m.group(1):
            typ, sub, noise, val = ALIAS.get(m.group(1), m.group(1)), m.group(2), m.group(3), m.group(4)
            assert typ in TYPES, ("bad type", typ, marked[:80])
            assert val and val == val.strip(), ("edge whitespace", val)
            spans.append({"start": n, "end": n + len(val), "type": typ, "value": val,
                          "subkind": sub, "noise": noise.split(",") if noise else []})
            out.append(val)
            n += len(val)
        else:
            cat, val = NEG_ALIAS.get(m.group(5), m.group(5)), m.group(6)
            negs.append({"start": n, "end": n + len(val), "category": cat, "text": val})
            out.append(val)
            n += len(val)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    for ch in "⟦⟧⟪⟫":
        assert ch not in text, ("stray marker", marked[:120])
    return text, spans, negs


def S(typ, val, sub=None, noise=None):
    h = typ
    if sub:
        h += "#" + sub
    if noise:
        h += "@" + ",".join(noise)
    return "⟦%s:%s⟧" % (h, val)


def N(cat, text):
    return "⟪%s:%s⟫" % (cat, text)


# ---------------------------------------------------------------- checksums
def rrn_check(d12):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return (11 - sum(int(a) * b for a, b in zip(d12, w)) % 11) % 10


def frn_check(d12):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return (13 - sum(int(a) * b for a, b in zip(d12, w)) % 11) % 10


def brn_check(d9):
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(int(a) * b for a, b in zip(d9, w)) + (int(d9[8]) * 5) // 10
    return (10 - s % 10) % 10


def crn_check(d12):
    w = [1, 2] * 6
    return (10 - sum(int(a) * b for a, b in zip(d12, w)) % 10) % 10


def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_complete(prefix_digits):
    for c in "0123456789":
        if luhn_ok(prefix_digits + c):
            return prefix_digits + c


# ---------------------------------------------------------------- normalisation
HANGUL_DIGIT = {"공": "0", "영": "0", "빵": "0", "일": "1", "이": "2", "삼": "3", "사": "4",
                "오": "5", "육": "6", "륙": "6", "칠": "7", "팔": "8", "구": "9"}
CONFUSE = {"O": "0", "o": "0", "D": "0", "l": "1", "I": "1", "|": "1", "S": "5", "B": "8", "Z": "2"}
MASKCH = "*●○X×xＸ＊"


def charmap(s):
    """length-preserving map of full-width forms and unicode dashes to ASCII"""
    out = []
    for ch in s:
        o = ord(ch)
        if 0xFF01 <= o <= 0xFF5E:
            ch = chr(o - 0xFEE0)
        elif ch in "‐‑‒–—―－−":
            ch = "-"
        elif ch == "\u3000":
            ch = " "
        out.append(ch)
    return "".join(out)


def digits_of(val, hangul=False, confuse=True, keepmask=False):
    v = charmap(unicodedata.normalize("NFKC", val))
    out = []
    for ch in v:
        if ch.isdigit():
            out.append(ch)
        elif keepmask and ch in MASKCH:
            out.append("*")
        elif confuse and ch in CONFUSE:
            out.append(CONFUSE[ch])
        elif hangul and ch in HANGUL_DIGIT:
            out.append(HANGUL_DIGIT[ch])
    return "".join(out)


def valid_date(y, m, d):
    if not (1 <= m <= 12):
        return False
    mdays = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return 1 <= d <= mdays[m - 1]


def rrn_century(g):
    return {"1": 1900, "2": 1900, "3": 2000, "4": 2000, "5": 1900, "6": 1900, "7": 2000, "8": 2000,
            "9": 1800, "0": 1800}[g]


# ---------------------------------------------------------------- generators
SUR = ("김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 전 홍 유 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 "
       "주 우 구 민 류 나 진 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 "
       "금 옥 육 인 맹 제 탁 국 어 은 편 용 예 봉 경 남궁 황보 선우 제갈 독고 사공").split()
SUR_W = [40, 30, 25, 15, 14, 10, 9, 9, 9, 8] + [3] * (len(SUR) - 17) + [1] * 7
GIV_A = "민 서 지 현 수 영 준 호 우 진 하 윤 성 은 재 예 도 건 태 경 상 혜 미 정 희 보 나 채 아 소 다 시 유 주 한 승 동 가 규 석 원 혁 철 기 용 선 순 자 옥 세 연 인 명 광 종 찬 형 훈 범 슬 담 별 솔 온 율 린 결".split()
GIV_B = "민 서 지 현 수 영 준 호 우 진 하 윤 성 은 재 연 빈 원 훈 석 철 희 숙 자 경 아 린 율 결 람 솔 별 온 환 혁 규 식 남 섭 란 미 정 주 후 완 열 찬 균 근 태 욱 웅 애 임 옥 분 순 봉 래 비".split()
AVOID = {"홍길동", "김철수", "이영희", "김영희", "이철수"}

VN_FAM = [("응우옌", "NGUYEN"), ("쩐", "TRAN"), ("레", "LE"), ("팜", "PHAM"), ("호앙", "HOANG"), ("부", "VU"), ("당", "DANG"), ("도", "DO")]
VN_MID = [("반", "VAN"), ("티", "THI"), ("득", "DUC"), ("민", "MINH"), ("꽝", "QUANG")]
VN_GIV = [("뚜언", "TUAN"), ("흐엉", "HUONG"), ("린", "LINH"), ("롱", "LONG"), ("투", "THU"), ("하이", "HAI"), ("안", "ANH"), ("즈엉", "DUONG"), ("끄엉", "CUONG"), ("탄", "THANH")]
UZ_GIV = [("아지즈", "AZIZ"), ("딜노자", "DILNOZA"), ("자수르", "JASUR"), ("굴노라", "GULNORA"), ("티무르", "TIMUR"), ("샤흐조드", "SHAKHZOD")]
UZ_FAM = [("카리모프", "KARIMOV"), ("유수포프", "YUSUPOV"), ("라흐모노프", "RAKHMONOV"), ("토시모프", "TOSHMATOV"), ("이스마일로프", "ISMAILOV")]
PH_GIV = [("마리셀", "MARICEL"), ("호세", "JOSE"), ("안젤리카", "ANGELICA"), ("로웰", "ROWELL"), ("제니", "JENNY"), ("마크", "MARK")]
PH_FAM = [("산토스", "SANTOS"), ("레예스", "REYES"), ("멘도사", "MENDOZA"), ("바우티스타", "BAUTISTA"), ("가르시아", "GARCIA"), ("빌라누에바", "VILLANUEVA")]
CN_NAMES = [("왕하이룽", "WANG HAILONG"), ("리우팡", "LIU FANG"), ("장웨이", "ZHANG WEI"), ("천징", "CHEN JING"), ("자오레이", "ZHAO LEI"), ("쑨메이링", "SUN MEILING"), ("저우카이", "ZHOU KAI")]
MN_NAMES = [("바트바야르 간톨가", "BATBAYAR GANTULGA"), ("오윤체첵 두게르", "OYUNTSETSEG DUGER"), ("엥흐바트 자르갈", "ENKHBAT JARGAL")]
TH_NAMES = [("솜차이 분미", "SOMCHAI BOONMEE"), ("니파폰 찬타위", "NIPAPORN CHANTAWEE"), ("쁘라윳 쌩통", "PRAYUT SAENGTHONG")]
ID_NAMES = [("시티 누르아이니", "SITI NURAINI"), ("아구스 프라세티요", "AGUS PRASETYO"), ("데위 아스투티", "DEWI ASTUTI")]
NP_NAMES = [("수닐 타파", "SUNIL THAPA"), ("라메시 구룽", "RAMESH GURUNG"), ("비크람 라이", "BIKRAM RAI")]
WEST = [("다니엘 브루너", "Daniel BRUNNER"), ("에밀리 파커", "Emily PARKER"), ("소피 르메르", "Sophie LEMAIRE"), ("마르코 벨리니", "Marco BELLINI"), ("안나 코발스카", "Anna KOWALSKA"), ("올레크 세묘노프", "Oleg SEMYONOV"), ("제임스 오코너", "James O'CONNOR"), ("루카스 헤르만", "Lukas HERRMANN"), ("카밀라 로차", "Camila ROCHA"), ("야마다 하루토", "YAMADA HARUTO"), ("스즈키 미오", "SUZUKI MIO")]

WEST_GIV = [("다니엘", "Daniel"), ("에밀리", "Emily"), ("소피", "Sophie"), ("마르코", "Marco"), ("안나", "Anna"), ("올레크", "Oleg"), ("제임스", "James"), ("루카스", "Lukas"),
            ("카밀라", "Camila"), ("클라라", "Clara"), ("토마스", "Tomas"), ("엘레나", "Elena"), ("니콜라", "Nicola"), ("한나", "Hanna"), ("펠릭스", "Felix"), ("이사벨", "Isabel")]
WEST_FAM = [("브루너", "Brunner"), ("파커", "Parker"), ("르메르", "Lemaire"), ("벨리니", "Bellini"), ("코발스카", "Kowalska"), ("세묘노프", "Semyonov"), ("오코너", "O'Connor"),
            ("헤르만", "Herrmann"), ("로차", "Rocha"), ("베버", "Weber"), ("모로", "Moreau"), ("리치", "Ricci"), ("노바크", "Novak"), ("페레이라", "Pereira"), ("클라인", "Klein"), ("던컨", "Duncan")]

COUNTRIES = {  # nationality: (korean name, passport generator key, name pool)
    "VNM": ("베트남", "vn"), "UZB": ("우즈베키스탄", "uz"), "PHL": ("필리핀", "ph"), "CHN": ("중국", "cn"),
    "MNG": ("몽골", "mn"), "THA": ("태국", "th"), "IDN": ("인도네시아", "id"), "NPL": ("네팔", "np"),
    "USA": ("미국", "us"), "GBR": ("영국", "gb"), "DEU": ("독일", "de"), "FRA": ("프랑스", "fr"),
    "JPN": ("일본", "jp"), "CAN": ("캐나다", "ca"), "AUS": ("호주", "au"), "RUS": ("러시아", "ru"),
    "ITA": ("이탈리아", "it"), "POL": ("폴란드", "pl"), "BRA": ("브라질", "br"), "IND": ("인도", "in"),
}


class Gen:
    def __init__(self, rng):
        self.r = rng
        self.used = set()
        self.rec_names = set()
        self.tries = 0

    _corpus = None

    def corpus(self):
        """all literal text of the generator and the hand-written documents: generated names must not occur in it"""
        if Gen._corpus is None:
            import os
            here = os.path.dirname(os.path.abspath(__file__))
            Gen._corpus = "".join(open(os.path.join(here, f), encoding="utf-8").read() for f in ("make_set.py", "handwritten.py"))
        return Gen._corpus

    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def wpick(self, seq, w):
        return self.r.choices(seq, weights=w, k=1)[0]

    def d(self, n):
        return "".join(str(self.r.randrange(10)) for _ in range(n))

    # ---- persons
    def name(self, single=False):
        while True:
            s = self.wpick(SUR, SUR_W)
            k = self.r.random()
            if k < 0.06 and len(s) == 1:
                g = self.pick(GIV_A)
            elif k < 0.08:
                g = self.pick(GIV_A) + self.pick(GIV_B) + self.pick(GIV_B)
            else:
                g = self.pick(GIV_A) + self.pick(GIV_B)
            n = s + g
            if n in AVOID or n in self.used or g[0] == g[-1] and len(g) == 2 or n in self.corpus():
                continue
            self.used.add(n)
            return n

    def foreign(self, nat=None):
        """returns (hangul, latin, nat)"""
        if nat is None:
            nat = self.pick(["VNM", "VNM", "UZB", "PHL", "CHN", "MNG", "THA", "IDN", "NPL", "USA", "GBR", "DEU", "FRA", "JPN", "CAN", "RUS", "ITA", "POL", "BRA", "IND", "AUS"])
        if nat == "VNM":
            f, m, g = self.pick(VN_FAM), self.pick(VN_MID), self.pick(VN_GIV)
            h, l = "%s %s %s" % (f[0], m[0], g[0]), "%s %s %s" % (f[1], m[1], g[1])
        elif nat in ("UZB", "RUS"):
            g, f = self.pick(UZ_GIV), self.pick(UZ_FAM)
            h, l = "%s %s" % (g[0], f[0]), "%s %s" % (f[1], g[1])
        elif nat == "PHL":
            g, f = self.pick(PH_GIV), self.pick(PH_FAM)
            h, l = "%s %s" % (g[0], f[0]), "%s %s" % (f[1], g[1])
        elif nat == "CHN":
            h, l = self.pick(CN_NAMES)
        elif nat == "MNG":
            h, l = self.pick(MN_NAMES)
        elif nat == "THA":
            h, l = self.pick(TH_NAMES)
        elif nat == "IDN":
            h, l = self.pick(ID_NAMES)
        elif nat in ("NPL", "IND"):
            h, l = self.pick(NP_NAMES)
        else:
            f, g = self.pick(WEST_GIV), self.pick(WEST_FAM)
            h, l = "%s %s" % (f[0], g[0]), "%s %s" % (f[1], g[1].upper())
        if (h in self.rec_names or h in self.used) and self.tries < 20:
            self.tries += 1
            return self.foreign(nat)
        self.tries = 0
        self.rec_names.add(h)
        return h, l, nat

    # ---- dates
    def ymd(self, y0=1950, y1=2005):
        y = self.r.randint(y0, y1)
        m = self.r.randint(1, 12)
        d = self.r.randint(1, 28)
        return y, m, d

    def dob(self, y, m, d, style=None):
        MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
        MONL = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        styles = ["dot_spaced", "dot_padded", "dot_padded_noend", "korean", "korean_padded", "iso", "slash",
                  "yy_dot", "yy_dot_spaced", "compact6", "compact8", "en_dmy", "en_mdy", "dmy_dot", "passport_bi",
                  "yy_korean", "apostrophe", "hanja"]
        if style is None:
            style = self.wpick(styles, [14, 10, 6, 12, 4, 8, 3, 5, 3, 5, 3, 4, 2, 3, 2, 3, 2, 1])
        yy = "%02d" % (y % 100)
        f = {
            "dot_spaced": "%d. %d. %d." % (y, m, d),
            "dot_padded": "%d.%02d.%02d." % (y, m, d),
            "dot_padded_noend": "%d.%02d.%02d" % (y, m, d),
            "korean": "%d년 %d월 %d일" % (y, m, d),
            "korean_padded": "%d년 %02d월 %02d일" % (y, m, d),
            "iso": "%d-%02d-%02d" % (y, m, d),
            "slash": "%d/%02d/%02d" % (y, m, d),
            "yy_dot": "%s.%02d.%02d" % (yy, m, d),
            "yy_dot_spaced": "%s. %d. %d." % (yy, m, d),
            "compact6": "%s%02d%02d" % (yy, m, d),
            "compact8": "%d%02d%02d" % (y, m, d),
            "en_dmy": "%02d %s %d" % (d, MON[m - 1], y),
            "en_mdy": "%s %d, %d" % (MONL[m - 1], d, y),
            "dmy_dot": "%02d.%02d.%d" % (d, m, y),
            "passport_bi": "%02d %d월/%s %d" % (d, m, MON[m - 1], y),
            "yy_korean": "%s년 %d월 %d일" % (yy, m, d),
            "apostrophe": "'%s. %d. %d." % (yy, m, d),
            "hanja": "%d年 %d月 %d日" % (y, m, d),
        }[style]
        return f, style

    # ---- national ids
    def rrn(self, kind="valid", y=None, m=None, d=None, sep="-"):
        if kind == "post2020":
            y = y or self.r.randint(2020, 2025)
            m = m or (self.r.randint(10, 12) if y == 2020 else self.r.randint(1, 12))
            d = d or self.r.randint(1, 28)
            g = self.pick("34")
            while True:
                body = "%02d%02d%02d%s%s" % (y % 100, m, d, g, self.d(5))
                last = self.r.randrange(10)
                if last != rrn_check(body):
                    break
            return body[:6] + sep + body[6:] + str(last), (y, m, d)
        if y is None:
            y, m, d = self.ymd(1940, 2004)
        g = self.pick("12") if y < 2000 else self.pick("34")
        body = "%02d%02d%02d%s%s" % (y % 100, m, d, g, self.d(5))
        full = body + str(rrn_check(body))
        if kind == "masked":
            mk = self.pick(["******", "******", "●●●●●●", "XXXXXX", "******", "xxxxxx"])
            return full[:6] + sep + full[6] + mk, (y, m, d)
        if kind == "masked7":
            return full[:6] + sep + "*******", (y, m, d)
        return full[:6] + sep + full[6:], (y, m, d)

    def frn(self, y=None, m=None, d=None, masked=False):
        if y is None:
            y, m, d = self.ymd(1960, 2006)
        g = self.pick("56") if y < 2000 else self.pick("78")
        while True:
            org = self.r.randrange(0, 99, 2)
            body = "%02d%02d%02d%s%02d%s" % (y % 100, m, d, g, org, self.d(3))
            full = body + str(frn_check(body))
            break
        if masked:
            return full[:6] + "-" + full[6] + "******", (y, m, d)
        return full[:6] + "-" + full[6:], (y, m, d)

    def brn(self, sep="-"):
        mid = self.pick(["81", "86", "87", "88", "85", "01", "05", "10", "13", "21", "25", "37", "41", "09"])
        body = self.pick(["1", "2", "3", "4", "5", "6"]) + self.d(2) + mid + self.d(4)
        full = body + str(brn_check(body))
        return full[:3] + sep + full[3:5] + sep + full[5:]

    def crn(self):
        office = self.pick(["1101", "1311", "1301", "1101", "1201", "1346", "1648", "2001", "1801", "1501"])
        kind = self.pick(["11", "11", "11", "71", "14", "12", "35"])
        body = office + kind + self.d(6)
        return body[:6] + "-" + body[6:] + str(crn_check(body))

    # ---- cards
    def card(self, brand=None, sep=None, masked=False):
        if brand is None:
            brand = self.wpick(["visa", "master", "bc", "amex", "jcb", "unionpay", "diners", "discover", "master2", "local"],
                               [24, 20, 12, 9, 9, 6, 4, 4, 5, 7])
        if brand == "visa":
            pre, L = "4" + self.d(5), 16
        elif brand == "master":
            pre, L = "5" + self.pick("12345") + self.d(4), 16
        elif brand == "master2":
            pre, L = "2" + self.pick(["221", "3", "5", "6", "70"]) , 16
            pre = (pre + self.d(6))[:6]
            if not ("222100" <= pre <= "272099"):
                pre = "2345" + self.d(2)
        elif brand == "bc":
            pre, L = "94" + self.pick(["10", "20", "30", "61", "90"]) + self.d(2), 16
        elif brand == "amex":
            pre, L = "3" + self.pick("47") + self.d(4), 15
        elif brand == "jcb":
            pre, L = "35" + str(self.r.randint(28, 89)) + self.d(2), 16
        elif brand == "unionpay":
            pre, L = "62" + self.d(4), 16
        elif brand == "diners":
            pre, L = "36" + self.d(4), 14
        elif brand == "discover":
            pre, L = "6011" + self.d(2), 16
        else:  # domestic local-only brands (synthetic prefix 9xxx)
            pre, L = "9" + self.pick(["0", "1", "2", "3", "5", "6"]) + self.d(4), 16
        num = luhn_complete(pre + self.d(L - len(pre) - 1))
        if sep is None:
            sep = self.wpick(["-", " ", "", "."], [55, 30, 12, 3])
        if L == 15:
            g = [num[:4], num[4:10], num[10:]]
        elif L == 14:
            g = [num[:4], num[4:10], num[10:]]
        else:
            g = [num[i:i + 4] for i in range(0, 16, 4)]
        if masked:
            style = self.r.randrange(4)
            g = list(g)
            if L == 16:
                if style == 0:
                    g[1] = g[1][:2] + "**"; g[2] = "****"
                elif style == 1:
                    g[1] = "****"; g[2] = "****"
                elif style == 2:
                    g[2] = "****"
                else:
                    g[1] = "●●●●"; g[2] = "●●●●"
            else:
                g[1] = "******"
        return sep.join(g), brand + ("_masked" if masked else "")

    # ---- passports
    def passport(self, nat="KOR", kind=None):
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        if nat == "KOR":
            kind = kind or self.wpick(["old", "new"], [45, 55])
            p = self.wpick("MSRGD", [80, 6, 4, 6, 4])
            if kind == "old":
                return p + self.d(8), "kr_old"
            return p + self.d(3) + self.pick(L) + self.d(4), "kr_new"
        g = COUNTRIES[nat][1]
        if g == "vn":
            v = self.pick("CBN") + self.d(7)
        elif g in ("uz", "th", "mn"):
            v = self.pick(["AA", "AB", "FA", "AC", "AD"]) + self.d(7) if g != "mn" else "E" + self.d(7)
        elif g == "ph":
            v = "P" + self.d(7) + self.pick("ABC")
        elif g == "cn":
            v = self.pick("EG") + self.d(8) if self.r.random() < 0.6 else "E" + self.pick(L) + self.d(7)
        elif g == "id":
            v = self.pick("BCX") + self.d(7)
        elif g in ("np", "us", "gb"):
            v = self.d(9) if g != "np" else self.d(8)
            if v[0] == "0":
                v = "5" + v[1:]
        elif g == "de":
            v = self.pick("CFGHJK") + "".join(self.pick("0123456789CFGHJKLMNPRTVWXYZ") for _ in range(3)) + self.d(4) + self.pick("0123456789CFGHJKLMNPRTVWXYZ")
        elif g == "fr":
            v = self.d(2) + self.pick(L) + self.pick(L) + self.d(5)
        elif g == "jp":
            v = self.pick(["TR", "TK", "MZ", "TZ"]) + self.d(7)
        elif g == "ca":
            v = self.pick(["AB", "GA", "HK", "AE"]) + self.d(6)
        elif g == "au":
            v = self.pick(["PA", "PB", "N", "E"]) + self.d(7)
        elif g == "ru":
            v = self.d(2) + " " + self.d(7) if self.r.random() < 0.5 else self.d(9)
        elif g == "it":
            v = self.pick(["YA", "YB", "AA"]) + self.d(7)
        elif g == "pl":
            v = self.pick(["EA", "EB", "ER"]) + self.d(7)
        elif g == "br":
            v = self.pick(["FT", "GA", "YB"]) + self.d(6)
        else:  # in
            v = self.pick("JKLMNPRSTZ") + self.d(7)
        return v, "foreign_" + nat.lower()

    def mask_passport(self, v):
        k = self.r.randrange(3)
        if k == 0:
            return v[:3] + "*" * (len(v) - 5) + v[-2:]
        if k == 1:
            return v[:5] + "****"[: len(v) - 5]
        return v[0] + "●●●●" + v[5:]

    # ---- driver licence / plates / HI / accounts
    REG = [("서울", "11"), ("부산", "12"), ("경기", "13"), ("강원", "14"), ("충북", "15"), ("충남", "16"), ("전북", "17"), ("전남", "18"),
           ("경북", "19"), ("경남", "20"), ("제주", "21"), ("대구", "22"), ("인천", "23"), ("광주", "24"), ("대전", "25"), ("울산", "26"), ("경기북부", "28")]

    def dl(self, kind=None):
        reg, code = self.pick(self.REG)
        yy = "%02d" % self.r.choice(list(range(85, 100)) + list(range(0, 25)))
        ser, chk = self.d(6), self.d(2)
        kind = kind or self.wpick(["num", "region_space", "region_nospace", "plain12", "num_space"], [45, 20, 10, 15, 10])
        if kind == "num":
            v = "%s-%s-%s-%s" % (code, yy, ser, chk)
        elif kind == "region_space":
            v = "%s %s-%s-%s" % (reg, yy, ser, chk)
        elif kind == "region_nospace":
            v = "%s%s-%s-%s" % (reg, yy, ser, chk)
        elif kind == "plain12":
            v = code + yy + ser + chk
        else:
            v = "%s %s %s %s" % (code, yy, ser, chk)
        return v, "dl_" + kind

    PLATE_H = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주하허호"
    PLATE_C = "바사아자배"

    def plate(self, kind=None):
        kind = kind or self.wpick(["p2", "p3", "region", "commercial", "nospace", "rental"], [30, 30, 12, 10, 10, 8])
        if kind == "p2":
            v = "%02d%s %s" % (self.r.randint(10, 99), self.pick(self.PLATE_H), self.d(4))
        elif kind == "p3":
            v = "%d%s %s" % (self.r.randint(100, 399), self.pick(self.PLATE_H), self.d(4))
        elif kind == "region":
            v = "%s %02d%s %s" % (self.pick(["서울", "경기", "부산", "인천", "대구", "충남", "전북", "경남"]), self.r.randint(10, 99), self.pick(self.PLATE_H), self.d(4))
        elif kind == "commercial":
            v = "%s %d%s %s" % (self.pick(["서울", "경기", "부산", "인천", "광주", "대전"]), self.r.randint(70, 98), self.pick(self.PLATE_C), self.d(4))
        elif kind == "rental":
            v = "%d%s %s" % (self.r.randint(10, 399), self.pick("허하호"), self.d(4))
        else:
            v = "%d%s%s" % (self.r.randint(10, 399), self.pick(self.PLATE_H), self.d(4))
        if v[-4] == "0" and self.r.random() < 0.5:
            v = v[:-4] + "7" + v[-3:]
        return v, "plate_" + kind

    def hi(self, kind=None):
        v = self.pick("12345678") + self.d(10)
        kind = kind or self.wpick(["plain", "dash", "space"], [70, 15, 15])
        if kind == "dash":
            v = v[0] + "-" + v[1:]
        elif kind == "space":
            v = v[:1] + " " + v[1:6] + " " + v[6:]
        return v, "hi_" + kind

    BANKS = [("KB국민은행", (6, 2, 6)), ("국민은행", (3, 2, 4, 3)), ("신한은행", (3, 3, 6)), ("우리은행", (4, 3, 6)), ("하나은행", (3, 6, 5)),
             ("NH농협은행", (3, 4, 4, 2)), ("농협", (6, 2, 6)), ("IBK기업은행", (3, 6, 2, 3)), ("SC제일은행", (3, 2, 6)),
             ("카카오뱅크", (4, 2, 7)), ("토스뱅크", (4, 4, 4)), ("우체국", (6, 2, 6)), ("새마을금고", (4, 4, 4, 1)),
             ("부산은행", (3, 4, 4, 2)), ("대구은행", (3, 2, 6, 1)), ("수협은행", (3, 2, 6)), ("케이뱅크", (3, 3, 6)), ("신협", (3, 3, 6))]

    def account(self, bank=None, sep="-"):
        if bank is None:
            bank, grp = self.pick(self.BANKS)
        else:
            grp = dict(self.BANKS)[bank]
        parts = [self.d(n) for n in grp]
        if bank == "NH농협은행":
            parts[0] = self.pick(["301", "302", "351", "352", "356"])
        if bank == "카카오뱅크":
            parts[0] = "3333"
        if bank == "토스뱅크":
            parts[0] = "1000"
        return bank, sep.join(parts), "acct_" + "-".join(map(str, grp)) + ("" if sep == "-" else "_nosep" if sep == "" else "_space")

    def mobile(self, sep="-"):
        p = self.wpick(["010", "011", "016", "019"], [94, 2, 2, 2])
        mid = self.d(4) if p == "010" else self.d(self.pick([3, 4]))
        if mid[0] == "0":
            mid = str(self.r.randint(2, 9)) + mid[1:]
        return p + sep + mid + sep + self.d(4)

    def landline(self, area=None):
        area = area or self.pick(["02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055", "061", "062", "063", "064", "070"])
        if area == "070":
            return "070-" + str(self.r.randint(4, 8)) + self.d(3) + "-" + self.d(4)
        mid = str(self.r.randint(2, 9)) + self.d(self.pick([2, 3]))
        return area + "-" + mid + "-" + self.d(4)

    DOMAINS = ["naver.com", "hanmail.net", "gmail.com", "daum.net", "kakao.com", "nate.com", "outlook.com", "yahoo.co.kr", "hotmail.com", "icloud.com"]
    ROMA = {"김": "kim", "이": "lee", "박": "park", "최": "choi", "정": "jung", "강": "kang", "조": "cho", "윤": "yoon", "장": "jang", "임": "lim", "한": "han", "오": "oh",
            "서": "seo", "신": "shin", "권": "kwon", "황": "hwang", "안": "ahn", "송": "song", "전": "jeon", "홍": "hong", "유": "yoo", "고": "ko", "문": "moon", "양": "yang"}

    def email(self, name=None, kind="private", dom=None):
        base = self.ROMA.get(name[0], "y") if name else self.pick(["sky", "blue", "sun", "moon", "river", "dream", "happy", "green"])
        user = self.pick([base + self.d(self.pick([2, 3, 4])), base + "." + self.pick(["js", "mh", "hj", "sy", "dk", "yr", "jw"]) + self.d(2),
                          self.pick(["haneul", "sol", "dasom", "byeol", "nuri", "garam", "onbit", "jinu", "mirae"]) + self.pick(["_", ".", ""]) + self.d(self.pick([2, 4])), base + self.pick(["_", ""]) + self.pick(["love", "zzang", "star", "life", "day"]) + self.d(2)])
        if kind == "official":
            dom = dom or self.pick(["korea.kr", "korea.kr", "korea.kr", "seoul.go.kr", "gg.go.kr", "busan.go.kr", "sen.go.kr"])
            user = base + self.pick(["", ".", "_"]) + self.pick(["js", "minji", "hyun", "sw", "yk", "dh", "eun"]) + self.d(self.pick([0, 2, 3]))
        elif kind == "company":
            dom = dom or self.pick(["hanbit-eng.co.kr", "saemteo.kr", "nurilab.co.kr", "garamsoft.com", "dasomtech.co.kr", "onbit.kr"])
        return user + "@" + (dom or self.pick(self.DOMAINS))

    def ip(self, kind=None):
        kind = kind or self.wpick(["public", "private", "ipv6"], [60, 32, 8])
        if kind == "public":
            a = self.pick([1, 14, 27, 39, 49, 58, 59, 61, 106, 110, 112, 116, 118, 121, 125, 175, 180, 183, 203, 211, 218, 220, 221, 222])
            return "%d.%d.%d.%d" % (a, self.r.randint(0, 255), self.r.randint(0, 255), self.r.randint(1, 254)), "ipv4_public"
        if kind == "private":
            k = self.r.randrange(3)
            if k == 0:
                return "10.%d.%d.%d" % (self.r.randint(0, 255), self.r.randint(0, 255), self.r.randint(1, 254)), "ipv4_private"
            if k == 1:
                return "192.168.%d.%d" % (self.r.randint(0, 255), self.r.randint(1, 254)), "ipv4_private"
            return "172.%d.%d.%d" % (self.r.randint(16, 31), self.r.randint(0, 255), self.r.randint(1, 254)), "ipv4_private"
        return "2001:%x:%x:%x::%x" % (self.r.randint(0x200, 0xfff), self.r.randint(1, 0xffff), self.r.randint(1, 0xffff), self.r.randint(1, 0xfff)), "ipv6"

    # ---- addresses
    SIDO = [("서울특별시", "서울", ["마포구", "강서구", "노원구", "송파구", "은평구", "관악구", "성동구", "중랑구", "동작구"]),
            ("부산광역시", "부산", ["해운대구", "사하구", "동래구", "부산진구", "금정구"]),
            ("대구광역시", "대구", ["수성구", "달서구", "북구"]), ("인천광역시", "인천", ["남동구", "연수구", "부평구", "계양구"]),
            ("광주광역시", "광주", ["북구", "광산구", "서구"]), ("대전광역시", "대전", ["유성구", "서구", "대덕구"]),
            ("울산광역시", "울산", ["남구", "중구", "울주군"]), ("세종특별자치시", "세종", [""]),
            ("경기도", "경기", ["수원시 팔달구", "성남시 분당구", "고양시 일산동구", "용인시 수지구", "화성시", "남양주시", "평택시", "안산시 단원구", "파주시", "의정부시"]),
            ("강원특별자치도", "강원", ["춘천시", "원주시", "강릉시"]), ("충청북도", "충북", ["청주시 흥덕구", "충주시", "제천시"]),
            ("충청남도", "충남", ["천안시 서북구", "아산시", "공주시", "당진시"]), ("전북특별자치도", "전북", ["전주시 완산구", "익산시", "군산시"]),
            ("전라남도", "전남", ["목포시", "여수시", "순천시"]), ("경상북도", "경북", ["포항시 북구", "구미시", "경주시", "안동시"]),
            ("경상남도", "경남", ["창원시 성산구", "김해시", "진주시", "양산시"]), ("제주특별자치도", "제주", ["제주시", "서귀포시"])]
    ROADS = ["한빛로", "새솔길", "늘봄로", "푸른내길", "은행나무로", "가온로", "다솜길", "해오름로", "별빛로", "누리로", "솔밭길", "물빛로", "매화길",
             "느티로", "미리내로", "꽃담길", "바람골길", "청석로", "돌샘길", "너른들로", "아침뜰로", "개나리길", "초록뫼로", "달맞이로", "새터길", "방울샘로"]
    DONG = ["상리", "하리", "신촌리", "도천리", "성산동", "상계동", "중앙동", "신월동", "봉명동", "효자동", "송정동", "대화동"]
    APT = ["한빛아파트", "늘푸른빌라", "새솔마을아파트", "다온빌", "미리내타운", "해솔맨션"]

    def address(self, kind=None, short=None):
        sido, sshort, gus = self.pick(self.SIDO)
        gu = self.pick(gus)
        kind = kind or self.wpick(["road", "road_unit", "road_apt", "jibun", "from_gu"], [25, 25, 20, 15, 15])
        if short is None:
            short = self.r.random() < 0.3
        head = (sshort if short else sido) + (" " + gu if gu else "")
        if kind == "from_gu" and gu:
            head = gu
        road = self.pick(self.ROADS)
        if self.r.random() < 0.3:
            road += "%d번길" % self.r.randint(3, 60)
        num = str(self.r.randint(1, 240))
        if self.r.random() < 0.15:
            num += "-%d" % self.r.randint(1, 20)
        if kind == "jibun":
            v = "%s %s %d-%d" % (head, self.pick(self.DONG), self.r.randint(10, 999), self.r.randint(1, 40))
            if self.r.random() < 0.5:
                v += " %s %d호" % (self.pick(self.APT), self.r.randint(101, 905))
            return v, "addr_jibun"
        v = "%s %s %s" % (head, road, num)
        if kind == "road_unit":
            v += self.pick([", %d층" % self.r.randint(2, 9), " %d층" % self.r.randint(2, 9), ", %d층 %d호" % (self.r.randint(2, 9), self.r.randint(201, 909)), ", %d호" % self.r.randint(101, 1203)])
        elif kind == "road_apt":
            v += ", %d동 %d호" % (self.r.randint(101, 125), self.r.randint(101, 2304))
        return v, "addr_" + ("from_gu" if kind == "from_gu" else "road_short" if short else "road")

    INST = [("세종특별자치시 한누리대로 402 정부세종청사 7동", "(30117)"), ("서울특별시 종로구 세종대로 209 정부서울청사", "(03171)"),
            ("대전광역시 서구 청사로 189 정부대전청사", "(35208)"), ("경기도 과천시 관문로 47 정부과천청사", "(13809)"),
            ("경기도 수원시 팔달구 효원로 1", "(16490)"), ("강원특별자치도 춘천시 중앙로 1", "(24266)"),
            ("부산광역시 연제구 중앙대로 1001", "(47545)"), ("충청남도 홍성군 홍북읍 충남대로 21", "(32255)"),
            ("서울특별시 마포구 월드컵로 212 마포구청", "(03937)"), ("전라남도 무안군 삼향읍 오룡길 1", "(58564)")]

    def inst_addr(self):
        return self.pick(self.INST)


# ---------------------------------------------------------------- OCR noise
FWD = str.maketrans("0123456789", "０１２３４５６７８９")
CONF_OUT = {"0": "O", "1": "l", "5": "S", "8": "B"}
NUMERIC = {"PHONE_NUMBER", "KR_RRN", "KR_FRN", "KR_BRN", "KR_CRN", "CREDIT_CARD", "KR_BANK_ACCOUNT",
           "KR_HEALTH_INSURANCE", "KR_DRIVER_LICENSE"}


class Ctx:
    """Span factory used by the templates. When .ocr is set, span values may receive OCR noise."""

    def __init__(self, gen):
        self.g = gen
        self.r = gen.r
        self.ocr = False
        self.p_noise = 0.6

    def noisy(self, typ, v):
        r = self.r
        if not self.ocr or r.random() > self.p_noise:
            return v, []
        digits = [i for i, c in enumerate(v) if c.isdigit()]
        if typ == "PERSON":
            if re.fullmatch(r"[가-힣]{2,4}", v):
                return " ".join(v), ["spaced_name"]
            return v, []
        if typ == "KR_ADDRESS":
            sp = [i for i, c in enumerate(v) if c == " "]
            if sp:
                i = r.choice(sp[1:] or sp)
                return v[:i] + "\n" + v[i + 1:], ["wrapped"]
            return v, []
        if typ in ("EMAIL_ADDRESS", "IP_ADDRESS"):
            if typ == "IP_ADDRESS" and ":" not in v and r.random() < 0.5:
                return v.translate(FWD), ["fullwidth_digits"]
            return v, []
        if len(digits) < 4:
            return v, []
        opts = ["fullwidth_digits", "space_in_number", "newline_in_number", "confusable"]
        if "-" in v:
            opts.append("unicode_hyphen")
        if typ == "DATE_OF_BIRTH":
            opts = ["fullwidth_digits", "confusable"]
        if typ == "KR_VEHICLE_PLATE":
            opts = ["fullwidth_digits", "space_in_number", "confusable"]
        k = r.choice(opts)
        if k == "fullwidth_digits":
            return v.translate(FWD), [k]
        if k == "unicode_hyphen":
            h = r.choice(["‐", "－", "–"])
            return v.replace("-", h), [k]
        inner = [i for i in digits if 0 < i < len(v) - 1 and v[i - 1].isdigit()]
        if not inner:
            return v, []
        i = r.choice(inner)
        if k == "space_in_number":
            return v[:i] + " " + v[i:], [k]
        if k == "newline_in_number":
            return v[:i] + "\n" + v[i:], [k]
        cand = [j for j in digits if 0 < j < len(v) - 1 and v[j] in CONF_OUT]
        if typ == "KR_PASSPORT":
            cand = [j for j in cand if j > 1]
        if not cand:
            return v.translate(FWD), ["fullwidth_digits"]
        j = r.choice(cand)
        return v[:j] + CONF_OUT[v[j]] + v[j + 1:], ["confusable"]

    def s(self, typ, v, sub=None, noise=True):
        tags = []
        if noise:
            v, tags = self.noisy(typ, v)
        return S(typ, v, sub, tags)

    # shortcuts -----------------------------------------------------------
    def P(self, name=None, sub=None):
        name = name or self.g.name()
        return self.s("PERSON", name, sub)

    def NAME(self):
        return self.g.name()

    def FOR(self, nat=None):
        return self.g.foreign(nat)

    def MOB(self, sep="-"):
        return self.s("PHONE_NUMBER", self.g.mobile(sep), "mobile")

    def TEL(self, area=None, sub="landline"):
        v = self.g.landline(area)
        return self.s("PHONE_NUMBER", v, "internet" if v.startswith("070") else sub)

    def MAIL(self, name=None, kind="private", dom=None):
        return self.s("EMAIL_ADDRESS", self.g.email(name, kind, dom), "email_" + kind)

    def ADDR(self, kind=None, short=None):
        v, sub = self.g.address(kind, short)
        return self.s("KR_ADDRESS", v, sub)

    def DOB(self, y=None, m=None, d=None, style=None, y0=1950, y1=2005):
        if y is None:
            y, m, d = self.g.ymd(y0, y1)
        v, st = self.g.dob(y, m, d, style)
        return self.s("DATE_OF_BIRTH", v, "dob_" + st)

    def RRN(self, kind=None, y=None, m=None, d=None):
        kind = kind or self.g.wpick(["valid", "post2020", "masked"], [55, 10, 35])
        v, _ = self.g.rrn(kind, y, m, d)
        return self.s("KR_RRN", v, "rrn_" + ("masked" if kind.startswith("masked") else kind))

    def FRN(self, masked=False, y=None, m=None, d=None):
        v, _ = self.g.frn(y, m, d, masked)
        return self.s("KR_FRN", v, "frn_masked" if masked else "frn_valid")

    def BRN(self):
        return self.s("KR_BRN", self.g.brn(), "brn_valid")

    def CRN(self):
        return self.s("KR_CRN", self.g.crn(), "crn_valid")

    def CARD(self, brand=None, sep=None, masked=None):
        if masked is None:
            masked = self.r.random() < 0.3
        v, sub = self.g.card(brand, sep, masked)
        return self.s("CREDIT_CARD", v, "card_" + sub)

    def PASS(self, nat="KOR", kind=None, masked=None):
        v, sub = self.g.passport(nat, kind)
        if masked is None:
            masked = self.r.random() < 0.12
        if masked:
            v, sub = self.g.mask_passport(v.replace(" ", "")), "passport_masked"
        else:
            sub = "passport_" + sub
        return self.s("KR_PASSPORT", v, sub)

    def DL(self, kind=None):
        v, sub = self.g.dl(kind)
        return self.s("KR_DRIVER_LICENSE", v, sub)

    def PLATE(self, kind=None):
        v, sub = self.g.plate(kind)
        return self.s("KR_VEHICLE_PLATE", v, sub)

    def HI(self, kind=None):
        v, sub = self.g.hi(kind)
        return self.s("KR_HEALTH_INSURANCE", v, sub)

    def ACCT(self, bank=None, sep="-"):
        b, v, sub = self.g.account(bank, sep)
        return b, self.s("KR_BANK_ACCOUNT", v, sub)

    def IP(self, kind=None):
        v, sub = self.g.ip(kind)
        return self.s("IP_ADDRESS", v, sub)


# ---------------------------------------------------------------- inference of sub-kinds and noise (hand-written spans)
def infer_noise(typ, v):
    tags = []
    if any(0xFF10 <= ord(c) <= 0xFF19 for c in v):
        tags.append("fullwidth_digits")
    if any(c in "‐‑‒–—―－−" for c in v):
        tags.append("unicode_hyphen")
    if "\n" in v:
        tags.append("newline_in_number" if typ in NUMERIC or typ in ("KR_PASSPORT", "IP_ADDRESS") else "wrapped")
    if typ in NUMERIC | {"IP_ADDRESS"} and any(c in "OolISB|" for c in v) and typ != "KR_DRIVER_LICENSE":
        tags.append("confusable")
    if typ == "PERSON" and re.fullmatch(r"[가-힣]( [가-힣]){1,3}", v):
        tags.append("spaced_name")
    if typ in NUMERIC | {"DATE_OF_BIRTH", "KR_PASSPORT"} and re.search(r"[공영일이삼사오육칠팔구십백천]{2}", v) and not re.search(r"\d", v):
        tags.append("hangul_digits")
    return tags


def infer_sub(typ, v):
    n = charmap(unicodedata.normalize("NFKC", v))
    masked = any(c in MASKCH for c in v)
    if typ == "PERSON":
        if re.search(r"[A-Za-z]", v):
            return "foreign_latin"
        if re.fullmatch(r"[가-힣]( [가-힣]){1,3}", v):
            return "ko_spaced"
        if " " in v or len(v) > 4:
            return "foreign_hangul"
        return "ko"
    if typ == "KR_RRN":
        if masked:
            return "rrn_masked"
        d = digits_of(v)
        y = rrn_century(d[6]) + int(d[:2])
        return "rrn_post2020" if (y, int(d[2:4])) >= (2020, 10) else "rrn_valid"
    if typ == "KR_FRN":
        return "frn_masked" if masked else "frn_valid"
    if typ == "PHONE_NUMBER":
        d = digits_of(v, hangul=True)
        if n.strip().startswith("+") or d.startswith("82"):
            return "intl"
        if d.startswith("01"):
            return "mobile"
        if d.startswith("070"):
            return "internet"
        if d.startswith("050"):
            return "safe_number"
        return "landline"
    if typ == "EMAIL_ADDRESS":
        return "email_official" if re.search(r"(korea\.kr|go\.kr|\.re\.kr)$", n) else "email_private"
    if typ == "KR_ADDRESS":
        if re.search(r"(로|길)\s*\d", n):
            return "addr_road"
        return "addr_jibun"
    if typ == "DATE_OF_BIRTH":
        z = re.sub(r"\s+", " ", n)
        z = re.sub(r"(?<=\d)[OlSB]|[OlSB](?=\d)", lambda mm: CONFUSE[mm.group()], z)
        if re.fullmatch(r"\d{2}[A-Z]{3}\d{2}", z):
            return "dob_pnr"
        if not re.search(r"\d", z):
            return "dob_hangul_words"
        if re.search(r"[가-힣]/[A-Z]{3}", z):
            return "dob_passport_bi"
        if re.fullmatch(r"\d{1,2} [A-Z]{3} \d{4}", z):
            return "dob_en_dmy"
        if re.search(r"[A-Za-z]", z):
            return "dob_en_mdy" if re.match(r"[A-Za-z]", z) else "dob_en_other"
        if "年" in z:
            return "dob_hanja"
        if re.fullmatch(r"\d{4}년 \d{2}월 \d{2}일", z):
            return "dob_korean_padded"
        if re.fullmatch(r"\d{2}년 \d{1,2}월 \d{1,2}일", z):
            return "dob_yy_korean"
        if "년" in z:
            return "dob_korean"
        if re.fullmatch(r"\d{6}", z):
            return "dob_compact6"
        if re.fullmatch(r"\d{8}", z):
            return "dob_compact8"
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", z):
            return "dob_iso"
        if "/" in z:
            return "dob_slash"
        if z.startswith("'"):
            return "dob_apostrophe"
        if re.fullmatch(r"\d{2}\.\d{2}\.\d{4}", z):
            return "dob_dmy_dot"
        if re.fullmatch(r"\d{4}\. \d{1,2}\. \d{1,2}\.", z):
            return "dob_dot_spaced"
        if re.fullmatch(r"\d{4}\.\d{2}\.\d{2}\.", z):
            return "dob_dot_padded"
        if re.fullmatch(r"\d{4}\.\d{2}\.\d{2}", z):
            return "dob_dot_padded_noend"
        if re.fullmatch(r"\d{2}\. \d{1,2}\. \d{1,2}\.", z):
            return "dob_yy_dot_spaced"
        if re.fullmatch(r"\d{2}\.\d{2}\.\d{2}", z):
            return "dob_yy_dot"
        return "dob_other"
    if typ == "KR_BANK_ACCOUNT":
        return "acct_masked" if masked else "acct_" + "-".join(str(len(p)) for p in re.split(r"[-\s]+", n) if p)
    if typ == "KR_PASSPORT":
        if masked:
            return "passport_masked"
        z = re.sub(r"\s", "", n)
        if re.fullmatch(r"[MSRGD][0-9OlSB]{8}", z):
            return "passport_kr_old"
        if re.fullmatch(r"[MSRGD][0-9OlSB]{3}[A-Z][0-9OlSB]{4}", z):
            return "passport_kr_new"
        return "passport_foreign"
    if typ == "CREDIT_CARD":
        d = digits_of(v)
        b = "amex" if d[:2] in ("34", "37") else "visa" if d[:1] == "4" else "master" if d[:1] in "52" else "jcb" if d[:2] == "35" else "bc" if d[:2] == "94" else "unionpay" if d[:2] == "62" else "diners" if d[:2] == "36" else "discover" if d[:4] == "6011" else "local"
        return "card_" + b + ("_masked" if masked else "")
    if typ == "KR_DRIVER_LICENSE":
        if re.match(r"[가-힣]", n):
            return "dl_region_space" if re.match(r"[가-힣]+ ", n) else "dl_region_nospace"
        return "dl_plain12" if re.fullmatch(r"\d{12}", n) else "dl_num"
    if typ == "KR_VEHICLE_PLATE":
        z = n.replace("\n", " ")
        if re.match(r"[가-힣]{2}\s?\d{2}[바사아자배]", z):
            return "plate_commercial"
        if re.match(r"[가-힣]{2}\s", z):
            return "plate_region"
        if " " not in z:
            return "plate_nospace"
        return "plate_p3" if re.match(r"\d{3}", z) else "plate_p2"
    if typ == "KR_HEALTH_INSURANCE":
        return "hi_plain" if re.fullmatch(r"\d{11}", n) else "hi_sep"
    if typ == "IP_ADDRESS":
        if ":" in n:
            return "ipv6"
        return "ipv4_private" if re.match(r"(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)", n) else "ipv4_public"
    if typ in ("KR_BRN", "KR_CRN"):
        return typ[3:].lower() + ("_masked" if masked else "_valid")
    return typ.lower()


# ---------------------------------------------------------------- validation
TITLES = ("씨", "님", "귀하", "주무관", "사무관", "과장", "위원", "장관", "에게", "께서", "께", "군", "양")


def check_value(typ, v, sub):
    """returns an error string or None"""
    n = charmap(unicodedata.normalize("NFKC", v))
    masked = any(c in MASKCH for c in v)
    hangul = "hangul_digits" in (sub or "")
    if typ == "KR_RRN":
        d = digits_of(v, hangul=hangul, keepmask=True)
        if masked:
            if not (re.fullmatch(r"\d{7}\*{6}", d) or re.fullmatch(r"\d{6}\*{7}", d)):
                return "rrn mask shape " + d
            if len(d) == 13 and d[6] not in "1234":
                return "rrn gender"
            y = (rrn_century(d[6]) if d[6] != "*" else 1900) + int(d[:2])
            if not valid_date(y, int(d[2:4]), int(d[4:6])):
                return "rrn date"
            return None
        if not re.fullmatch(r"\d{13}", d) or d[6] not in "1234":
            return "rrn shape " + d
        y = rrn_century(d[6]) + int(d[:2])
        if not valid_date(y, int(d[2:4]), int(d[4:6])):
            return "rrn date"
        ok = rrn_check(d[:12]) == int(d[12])
        if (y, int(d[2:4])) >= (2020, 10):
            return None if not ok else "post2020 rrn has valid check digit"
        if y >= 2021:
            return "rrn future"
        return None if ok else "rrn checksum"
    if typ == "KR_FRN":
        d = digits_of(v, keepmask=True)
        if masked:
            return None if re.fullmatch(r"\d{6}[5-8]\*{6}", d) else "frn mask"
        if not re.fullmatch(r"\d{6}[5-8]\d{6}", d):
            return "frn shape " + d
        if not valid_date(rrn_century(d[6]) + int(d[:2]), int(d[2:4]), int(d[4:6])):
            return "frn date"
        return None if frn_check(d[:12]) == int(d[12]) else "frn checksum"
    if typ == "KR_BRN":
        d = digits_of(v, keepmask=True)
        if masked:
            return None if len(d) == 10 else "brn mask"
        return None if re.fullmatch(r"\d{10}", d) and brn_check(d[:9]) == int(d[9]) else "brn checksum " + d
    if typ == "KR_CRN":
        d = digits_of(v)
        return None if re.fullmatch(r"\d{13}", d) and crn_check(d[:12]) == int(d[12]) else "crn checksum " + d
    if typ == "CREDIT_CARD":
        d = digits_of(v, hangul=hangul, keepmask=True)
        if masked:
            return None if 14 <= len(d) <= 16 and d[:4].isdigit() else "card mask " + d
        return None if 14 <= len(d) <= 16 and "*" not in d and luhn_ok(d) else "luhn " + d
    if typ == "KR_PASSPORT":
        z = re.sub(r"\s", "", n)
        if masked:
            return None if 7 <= len(z) <= 10 else "passport mask"
        if hangul:
            return None
        return None if re.fullmatch(r"[A-Za-z0-9]{7,10}", z) and sum(c.isdigit() for c in z) >= 3 else "passport shape " + z
    if typ == "KR_DRIVER_LICENSE":
        d = digits_of(v, keepmask=True)
        if re.match(r"[가-힣]", n):
            return None if len(d) == 10 and n.split()[0][:2] in [x for x, _ in Gen.REG] else "dl digits " + d
        return None if len(d) == 12 else "dl digits " + d
    if typ == "KR_VEHICLE_PLATE":
        z = re.sub(r"\s", "", n)
        z = "".join(CONFUSE.get(c, c) for c in z).replace("*", "0")
        return None if re.fullmatch(r"([가-힣]{2})?\d{2,3}[가-힣]\d{4}|[가-힣]{4}[가-힣]\d{4}", z) else "plate " + z
    if typ == "KR_HEALTH_INSURANCE":
        d = digits_of(v, hangul=hangul, keepmask=True)
        return None if len(d) == 11 else "hi digits " + d
    if typ == "KR_BANK_ACCOUNT":
        d = digits_of(v, hangul=hangul, keepmask=True)
        return None if 10 <= len(d) <= 16 else "acct digits " + d
    if typ == "PHONE_NUMBER":
        d = digits_of(v, hangul=hangul)
        if d.startswith("82"):
            d = "0" + d[2:]
        return None if 9 <= len(d) <= 12 and d.startswith("0") else "phone digits " + d
    if typ == "EMAIL_ADDRESS":
        return None if re.fullmatch(r"[\w.+\-']+@[\w\-]+(\.[\w\-]+)+", re.sub(r"\s", "", n)) else "email"
    if typ == "IP_ADDRESS":
        if ":" in n:
            return None
        parts = "".join(CONFUSE.get(ch, ch) for ch in n).split(".")
        return None if len(parts) == 4 and all(p.isdigit() and int(p) <= 255 for p in parts) else "ip"
    if typ == "DATE_OF_BIRTH":
        if not re.search(r"\d", n):
            return None if hangul or re.search(r"[년월일]", n) else "dob words"
        n2 = "".join(CONFUSE.get(c, c) if c in "OlSB" else c for c in n)
        nums = [int(x) for x in re.findall(r"\d+", n2)]
        if re.fullmatch(r"\d{6}|\d{8}", re.sub(r"\D", "", n2)) and len(nums) == 1:
            s = re.sub(r"\D", "", n2)
            nums = [int(s[:-4]), int(s[-4:-2]), int(s[-2:])]
        if re.search(r"[A-Za-z]{3}", n):
            return None if nums else "dob en"
        if len(nums) != 3:
            return "dob parts %r" % nums
        y, m, dd = nums
        if dd > 1900:
            y, dd = dd, y
        if y < 100:
            y += 1900 if y > 25 else 2000
        return None if valid_date(y, m, dd) and 1900 <= y <= 2026 else "dob date %r" % nums
    if typ == "KR_ADDRESS":
        return None if re.search(r"\d", n) and re.match(r"[가-힣]", n) else "address"
    if typ == "PERSON":
        if re.fullmatch(r"[가-힣]{2,5}", v) and v.endswith(TITLES) and len(v) >= 4:
            return "person title?"
        if v in AVOID:
            return "placeholder name labelled"
        return None
    return None


OUTSIDE = [
    ("email", re.compile(r"[\w.+\-]+@[\w\-]+(\.[\w\-]+)+")),
    ("mobile", re.compile(r"(?<!\d)01[016789][-. ]?\d{3,4}[-. ]?\d{4}(?!\d)")),
    ("landline", re.compile(r"(?<![\d-])0(2|[3-6][1-5]|70|50\d)[-.)]\s?\d{3,4}[-.]\d{4}(?![\d-])")),
    ("rrn_shape", re.compile(r"(?<!\d)\d{6}\s?-\s?[\d*●X]{7}(?!\d)")),
    ("card", re.compile(r"(?<!\d)\d{4}[- ]?[\d*]{4}[- ]?[\d*]{4}[- ]?\d{4}(?!\d)")),
    ("amex", re.compile(r"(?<!\d)3[47]\d{2}[- ]\d{6}[- ]\d{5}(?!\d)")),
    ("ipv4", re.compile(r"(?<![\d.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d.])")),
    ("passport", re.compile(r"(?<![A-Za-z0-9])[MSRGD]\d{3}[A-Z0-9]\d{4}(?![A-Za-z0-9])")),
    ("brn", re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{5}(?![\d-])")),
    ("dl", re.compile(r"(?<![\d-])\d{2}-\d{2}-\d{6}-\d{2}(?![\d-])")),
    ("plate", re.compile(r"(?<![\d가-힣])\d{2,3}[가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주하허호바사아자배] ?\d{4}(?!\d)")),
]


def validate_record(rec, meta):
    text = rec["text"]
    spans = rec["spans"]
    errs = []
    prev = 0
    for sp, ms in zip(spans, meta["spans"]):
        s, e = sp["start"], sp["end"]
        if not (0 <= s < e <= len(text)):
            errs.append("bounds")
            continue
        if s < prev:
            errs.append("overlap/unsorted")
        prev = e
        v = text[s:e]
        if v != v.strip():
            errs.append("edge whitespace %r" % v)
        if v != ms["value"]:
            errs.append("value mismatch")
        err = check_value(sp["type"], v, ms["subkind"] + "," + ",".join(ms["noise"]))
        if err:
            errs.append("%s %r: %s" % (sp["type"], v, err))
    covered = [(sp["start"], sp["end"]) for sp in spans]
    negs = [(h["start"], h["end"]) for h in meta["hard_negatives"]]
    # every other occurrence of a labelled value is labelled
    for sp in spans:
        v = text[sp["start"]:sp["end"]]
        i = text.find(v)
        while i >= 0:
            if not any(a <= i and i + len(v) <= b for a, b in covered):
                ok = any(a <= i and i + len(v) <= b for a, b in negs)
                if not ok:
                    errs.append("unlabelled repeat of %r at %d" % (v, i))
            i = text.find(v, i + 1)
    mapped = charmap(text)
    for name, rx in OUTSIDE:
        for m in rx.finditer(mapped):
            a, b = m.start(), m.end()
            if any(a < e and s < b for s, e in covered):
                continue
            if any(s <= a and b <= e for s, e in negs):
                continue
            errs.append("PII-looking %s outside spans: %r" % (name, text[a:b]))
    return errs


# ---------------------------------------------------------------- template helpers
AGENCIES = [("행정안전부", "디지털정부정책과"), ("보건복지부", "기초생활보장과"), ("국토교통부", "자동차정책과"), ("법무부", "체류관리과"),
            ("고용노동부", "외국인력담당관"), ("교육부", "학생지원국"), ("국세청", "징세과"), ("서울특별시 마포구", "민원여권과"),
            ("경기도", "복지정책과"), ("부산광역시", "교통정책과"), ("충청남도교육청", "행정과"), ("질병관리청", "예방접종관리과"),
            ("경찰청", "교통안전과"), ("인천광역시 연수구", "세무1과"), ("국민권익위원회", "민원정보분석과"), ("산업통상자원부", "운영지원과")]
SWITCH = ["044-200-5114", "02-2100-3399", "044-201-7000", "031-120", "1577-4510", "1588-7261", "1600-2390", "1644-3057", "1899-0425", "1566-8802"]
SHORT = ["110", "120", "1345", "1350", "1355", "126"]
STATUTES = ["「개인정보 보호법」 제29조", "「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호", "「출입국관리법」 제25조",
            "「도로교통법」 제93조 제1항 제1호", "「국민기초생활 보장법」 제22조", "「지방세기본법」 제60조", "「여권법」 제16조",
            "「외국인근로자의 고용 등에 관한 법률」 제13조", "「국가공무원법」 제78조 제1항", "「주민등록법」 제29조 제2항",
            "「자동차관리법」 제10조", "같은 법 시행령 제9조 제1항", "「민사집행법」 제248조", "「공탁법」 제9조"]


def head_of(ag):
    if ag.endswith("부"):
        return ag + "장관"
    if ag.endswith("구"):
        return ag + "청장"
    if ag.endswith("위원회"):
        return ag + "위원장"
    if ag.endswith("도"):
        return ag + "지사"
    if ag.endswith("광역시") or ag.endswith("시"):
        return ag + "장"
    return ag + "장"


def docno(c):
    return N("doc_number", "%s-%d" % (c.g.pick(["운영지원과", "민원여권과", "복지정책과", "체류관리과", "자동차정책과", "세무1과", "감사담당관", "총무과", "행정과"]), c.r.randint(120, 9999)))


def rdate(c, y0=2024, y1=2026, style="dot"):
    y, m, d = c.r.randint(y0, y1), c.r.randint(1, 12), c.r.randint(1, 28)
    if style == "dot":
        return "%d. %d. %d." % (y, m, d)
    if style == "ko":
        return "%d년 %d월 %d일" % (y, m, d)
    return "%d-%02d-%02d" % (y, m, d)


def drange(c, lo=1, hi=10):
    import datetime
    d0 = datetime.date(c.r.randint(2024, 2026), c.r.randint(1, 12), c.r.randint(1, 28))
    d1 = d0 + datetime.timedelta(days=c.r.randint(lo, hi))
    f = lambda d: "%d. %d. %d." % (d.year, d.month, d.day)
    return f(d0), f(d1)


def amount(c, lo=10000, hi=5000000, tag=False):
    v = "%s원" % format(c.r.randrange(lo, hi, 10), ",")
    return N("amount", v) if tag else v


def sw(c):
    return N("switchboard", c.g.pick(SWITCH))


def inst_addr(c, post=True):
    a, p = c.g.inst_addr()
    return ("%s " % p if post else "") + N("inst_address", a)


def company(c):
    return N("company_name", c.g.pick(["(주)한빛엔지니어링", "주식회사 새터소프트", "(주)누리랩", "가람건설(주)", "(주)다솜테크", "온빛산업 주식회사",
                                       "(유)미리내물류", "주식회사 솔밭식품", "(주)푸른내환경", "해오름컨설팅(주)", "(주)별빛인쇄", "늘봄의료기 주식회사"]))


def age(c, lo=20, hi=80):
    return c.r.randint(lo, hi)


def title(c):
    return c.g.pick(["주무관", "사무관", "팀장", "과장", "서기관", "행정관", "연구관", "계장"])


# ---------------------------------------------------------------- templates (each returns marked text, genre)
def t_gongmun(c):
    ag, dept = c.g.pick(AGENCIES)
    n1, n2, n3 = c.NAME(), c.NAME(), c.NAME()
    subj = c.g.pick(["2026년 개인정보 보호 수준 진단 자료 제출 요청", "민원처리 지연 사례 점검 결과 통보", "외국인 주민 지원사업 추진실적 제출", "차량 관리대장 정비 협조 요청"])
    t = "%s\n\n수신  %s\n(경유)\n제목  %s\n\n1. 관련: %s\n2. 위 호와 관련하여 붙임과 같이 자료를 제출하오니 검토하여 주시기 바랍니다.\n3. 문의사항은 담당자(%s, %s)에게 연락 바랍니다.\n\n붙임  점검표 1부.  끝.\n\n%s\n\n" % (
        head_of(ag), N("office_title", c.g.pick(["수신자 참조", "각 시·도지사(복지정책과장)", "행정안전부장관(디지털정부정책과장)"])), subj,
        docno(c) + "(" + rdate(c) + ")", c.P(n3), c.TEL(c.g.pick(["044", "02", "031"])), N("office_title", head_of(ag)))
    t += "주무관 %s    %s %s    %s 전결 %s\n" % (c.P(n3), title(c), c.P(n2), dept.replace("과", "과장") if dept.endswith("과") else "과장", rdate(c))
    t += "협조자 %s %s\n" % (title(c), c.P(n1))
    t += "시행 %s (%s)   접수 %s\n" % (docno(c), rdate(c), N("doc_number", "%s-%d" % (dept, c.r.randint(10, 999))))
    ia, post = c.g.inst_addr()
    t += "우 %s  %s\n" % (post.strip("()"), N("inst_address", ia))
    t += "전화번호 %s  팩스번호 %s  / %s / 대국민 공개\n" % (c.TEL("044"), c.TEL("044", "fax"), c.MAIL(n3, "official"))
    return t, "공문"


def t_press(c):
    ag, dept = c.g.pick(AGENCIES)
    minister, dir_, off = c.NAME(), c.NAME(), c.NAME()
    cit = c.NAME()
    a = age(c, 30, 70)
    d0 = rdate(c)
    t = "보도자료\n\n보도시점  %s 12:00 이후\n\n%s, 외국인 주민 생활 불편 해소 위해 원스톱 창구 확대\n- 체류·고용·복지 상담을 한 곳에서 -\n\n" % (d0, ag)
    t += "%s는 %s부터 전국 12개 시·군에서 '다문화 원스톱 상담창구'를 운영한다고 밝혔다.\n\n" % (ag, rdate(c))
    t += "%s %s은 \"현장의 목소리를 제도에 담겠다\"라며 \"상담 결과는 매 분기 공개하겠다\"고 말했다.\n\n" % (c.P(minister), head_of(ag).replace(ag, "").strip() or "청장")
    t += "시범 창구를 이용한 %s(%d) 씨는 \"통역 상담까지 한 번에 받을 수 있어 편했다\"고 전했다.\n\n" % (c.P(cit), a)
    t += "□ 상담 예약은 %s 또는 정부민원안내콜센터(%s)로 하면 된다.\n\n" % (sw(c), N("short_code", "110"))
    t += "담당 부서  %s %s\n책임자  과장 %s (%s)\n담당자  사무관 %s (%s, %s)\n" % (ag, dept, c.P(dir_), c.TEL("044"), c.P(off), c.TEL("044"), c.MAIL(off, "official"))
    return t, "보도자료"


def t_news(c):
    n1, n2, n3 = c.NAME(), c.NAME(), c.NAME()
    a1 = age(c, 20, 75)
    place = c.g.pick(["마포구", "수원시 팔달구", "청주시 흥덕구", "해운대구", "유성구"])
    t = "[사회] %s 주택가서 화물차 후진 사고…보행자 경상\n\n" % place
    t += "%s 한 주택가 골목에서 후진하던 1톤 화물차가 길을 걷던 %s(%d) 씨를 치는 사고가 났다.\n" % (place, c.P(n1), a1)
    t += "경찰에 따르면 화물차 운전자 %s(%d)씨는 \"골목이 어두워 보행자를 보지 못했다\"고 진술했다. 사고 차량(%s)은 %s 명의로 등록돼 있었다.\n" % (c.P(n2), age(c), c.PLATE(), company(c))
    t += "%s 씨는 인근 병원으로 옮겨져 치료를 받고 있으며 생명에는 지장이 없는 것으로 전해졌다. 경찰은 %s 씨를 %s 위반 혐의로 입건했다.\n" % (c.P(n1), c.P(n2), N("statute", "「교통사고처리 특례법」"))
    t += "현장을 목격한 주민 %s 씨는 \"평소에도 차량 통행이 잦은 곳\"이라고 말했다.\n\n%s 기자 %s\n" % (c.P(n3), c.P(), c.MAIL(None, "company", "dailynuri.co.kr"))
    return t, "뉴스"


def t_minutes(c):
    names = [c.NAME() for _ in range(5)]
    t = "제%d차 %s 회의록\n\n일시: %s 14:00~16:10\n장소: 본관 3층 소회의실\n" % (c.r.randint(2, 30), c.g.pick(["개인정보보호위원회 실무", "외국인주민지원 협의회", "주차정책 자문위원회", "민원조정위원회"]), rdate(c, style="ko"))
    sep = c.g.pick([", ", "·", " / "])
    t += "참석: 위원장 %s, 위원 %s\n" % (c.P(names[0]), sep.join(c.P(n) for n in names[1:4]))
    t += "배석: %s 주무관, %s(간사)\n불참: %s\n\n" % (c.P(names[4]), N("office_title", "민원여권과장"), N("masked_person", c.g.pick(["김○○", "이○○ 위원", "박** 위원"])))
    t += "○ 위원장(%s): 지난 회의 결과에 대해 간사가 보고해 주시기 바랍니다.\n" % c.P(names[0])
    t += "○ %s 위원: 민원인 %s 씨의 이의신청 건은 %s에 따라 재검토가 필요합니다. 연락처(%s)로 통보하였습니까?\n" % (c.P(names[1]), c.P(), N("statute", c.g.pick(STATUTES)), c.MOB())
    t += "○ %s: 네, %s 자로 통보하였습니다.\n" % (c.P(names[4]), rdate(c))
    t += "○ %s 위원: 동의합니다. 다만 %s 위원님 의견처럼 기준을 명확히 해야 합니다.\n" % (c.P(names[2]), c.P(names[3]))
    t += "\n의결사항: 원안 가결 (찬성 4, 반대 0)\n"
    return t, "회의록"


HDIG = "공일이삼사오육칠팔구"


def sino(n):
    u = "영일이삼사오육칠팔구"
    t, o = divmod(n, 10)
    return ((u[t] if t > 1 else "") + "십" if t else "") + (u[o] if o else "")


def spell(ds):
    return "".join(HDIG[int(x)] if x.isdigit() else x for x in ds)


def t_transcript(c):
    n1, n2 = c.NAME(), c.NAME()
    mob = c.g.mobile("")
    sp = spell(mob[:3]) + " " + spell(mob[3:7]) + " " + spell(mob[7:])
    y, m, d = c.g.ymd(1950, 1999)
    t = "녹취록 (민원 전화 상담, %s)\n\n상담원: 네, %s 민원상담실 %s입니다. 무엇을 도와드릴까요?\n" % (rdate(c), c.g.pick(["마포구청", "국민연금", "출입국"]), c.P(n1))
    t += "민원인: 제가 지난주에 신청한 건 때문에요. 이름은 %s이고요.\n" % c.P(n2)
    t += "상담원: %s 님, 본인 확인을 위해 생년월일 말씀해 주시겠어요?\n" % c.P(n2)
    if c.r.random() < 0.5:
        spoken = "%s년 %s월 %s일" % (sino(y % 100), {6: "유", 10: "시"}.get(m, sino(m)), sino(d))
        t += "민원인: %s이요.\n" % c.s("DATE_OF_BIRTH", spoken, "dob_spoken", noise=False)
    else:
        t += "민원인: %s생이요.\n" % c.DOB(y, m, d, "yy_korean")
    t += "상담원: 확인되었습니다. 회신 받으실 번호가 어떻게 되시죠?\n민원인: %s이요. 아, 집 전화는 %s예요.\n" % (S("PHONE_NUMBER", sp, "mobile", ["hangul_digits"]), c.TEL())
    t += "상담원: 네, 담당 부서에서 %s 이내에 연락드리겠습니다.\n(이하 생략)\n" % c.g.pick(["3일", "7일", "14일"])
    return t, "녹취록"


def t_judgment(c):
    def_ = c.NAME()
    y = c.r.randint(2024, 2026)
    case = "%d고단%d" % (y, c.r.randint(100, 9999))
    t = "%s\n판    결\n\n사    건  %s  %s\n피 고 인  %s (%s), %s\n" % (c.g.pick(["서울중앙지방법원", "수원지방법원 안산지원", "대전지방법원", "부산지방법원 동부지원"]), N("case_number", case),
                                                            c.g.pick(["도로교통법위반(음주운전)", "사기", "여권법위반", "출입국관리법위반"]), c.P(def_), c.RRN(c.g.pick(["valid", "masked"])), c.g.pick(["회사원", "무직", "자영업"]))
    t += "          주거  %s\n          등록기준지  %s\n" % (c.ADDR(), c.ADDR("jibun"))
    t += "검    사  %s(기소), %s(공판)\n변 호 인  변호사 %s (국선)\n판결선고  %s\n\n주    문\n피고인을 벌금 %s에 처한다.\n\n" % (c.P(), c.P(), c.P(), rdate(c), amount(c, 1000000, 20000000, True))
    t += "이    유\n범 죄 사 실\n피고인은 %s %s 승용차를 운전하여 %s 앞 도로를 진행하였다. 피고인의 운전면허번호는 %s이다.\n" % (rdate(c), c.PLATE(), c.g.pick(["○○초등학교", "△△사거리", "시청 후문"]), c.DL())
    t += "\n법령의 적용\n%s, %s\n\n판사  %s\n" % (N("statute", c.g.pick(STATUTES)), N("statute", "형법 제70조 제1항"), c.P())
    return t, "판결문"


def t_appeal(c):
    n = c.NAME()
    t = "%s 행정심판위원회\n재    결\n\n사 건  %s 자동차운전면허 취소처분 취소청구\n청 구 인  %s\n          %s\n" % (
        c.g.pick(["중앙", "경기도", "서울특별시"]), N("case_number", "%d-%05d" % (c.r.randint(2024, 2026), c.r.randint(1, 30000))), c.P(n), c.ADDR())
    t += "피청구인  %s\n\n주    문  청구인의 청구를 기각한다.\n\n청 구 취 지\n피청구인이 %s 청구인에게 한 %s 운전면허(%s) 취소처분을 취소한다.\n\n" % (
        N("office_title", c.g.pick(["서울특별시경찰청장", "경기도남부경찰청장", "부산광역시경찰청장"])), rdate(c), c.g.pick(["제1종 보통", "제2종 보통", "제1종 대형"]), c.DL())
    t += "이    유\n1. 사건개요\n가. 청구인은 %s 혈중알코올농도 0.%03d%%의 술에 취한 상태로 %s 차량을 운전하였다.\n" % (rdate(c), c.r.randint(30, 180), c.PLATE())
    t += "나. 청구인은 %s생으로 운전경력은 %d년이다.\n" % (c.DOB(y0=1955, y1=1999), c.r.randint(3, 30))
    t += "2. 관계법령: %s\n\n%s\n위원장  %s\n" % (N("statute", "「도로교통법」 제93조 제1항 제1호"), rdate(c, style="ko"), c.P())
    return t, "재결서"


def t_minwon_reply(c):
    n = c.NAME()
    t = "민원 처리 결과 통지\n\n%s 귀하\n(우 %s) %s\n\n접수번호: %s\n신청일: %s\n\n" % (c.P(n), c.g.d(5), c.ADDR(), N("receipt_number", "1AA-%02d%02d-%07d" % (c.r.randint(24, 26), c.r.randint(1, 12), c.r.randint(1, 9999999))), rdate(c))
    t += "귀하께서 제출하신 민원에 대한 검토 결과를 다음과 같이 알려드립니다.\n가. 요지: %s\n나. 처리 결과: %s\n" % (
        c.g.pick(["주택가 불법 주정차 단속 요청", "여권 재발급 수수료 환불 요청", "기초연금 지급 계좌 변경", "공원 소음 민원"]),
        c.g.pick(["요청하신 대로 조치하였습니다.", "관련 규정상 수용이 어렵습니다.", "현장 확인 후 계도하였습니다."]))
    if c.r.random() < 0.5:
        b, a = c.ACCT()
        t += "다. 환불금 %s은 신청하신 %s 계좌(%s, 예금주 %s)로 %s 입금될 예정입니다.\n" % (amount(c, 5000, 200000), b, a, c.P(n), rdate(c))
    t += "\n추가 문의는 %s %s(%s)에게 연락하여 주시거나 %s로 문의하시기 바랍니다.\n" % (c.g.pick(["민원여권과", "교통행정과", "복지정책과"]), c.P(), c.TEL(), sw(c))
    t += "\n%s\n" % N("office_title", c.g.pick(["마포구청장", "수원시장", "청주시 흥덕구청장", "해운대구청장"]))
    return t, "민원회신"


def t_audit(c):
    off, chief = c.NAME(), c.NAME()
    t = "감사 결과 처분요구서\n\n1. 감사대상: %s\n2. 관련자: %s %s(%s생), 회계담당 %s\n\n" % (c.g.pick(["○○시 시설관리공단", "△△군 보건소", "□□교육지원청"]), c.g.pick(["6급", "7급", "시설주사"]), c.P(off), c.DOB(y0=1965, y1=1995), c.P(chief))
    d0, d1 = drange(c, 60, 300)
    t += "3. 감사 결과\n위 관련자는 %s부터 %s까지 업무추진비 카드(%s)로 %d회에 걸쳐 %s을 사적으로 결제하였다.\n" % (d0, d1, c.CARD(masked=False), c.r.randint(3, 40), amount(c, 200000, 9000000))
    b, a = c.ACCT()
    t += "또한 결제 대금 일부를 본인 명의 %s 계좌(%s)로 이체받은 사실이 확인되었다.\n" % (b, a)
    t += "4. 조치: %s에 따라 %s에게 %s 처분을 요구함.\n" % (N("statute", "「지방공무원법」 제72조"), N("office_title", c.g.pick(["○○시장", "△△군수", "□□교육장"])), c.g.pick(["중징계", "경징계", "훈계"]))
    return t, "감사보고서"


def t_discipline(c):
    n = c.NAME()
    t = "징 계 의 결 서\n\n징계혐의자  소속: %s  직급: %s  성명: %s\n생년월일: %s\n주소: %s\n\n" % (c.g.pick(["총무과", "세무1과", "민원여권과"]), c.g.pick(["행정 6급", "행정 7급", "세무 8급"]), c.P(n), c.DOB(), c.ADDR())
    t += "의결주문: %s\n\n이유: 징계혐의자 %s은(는) %s 혈중알코올농도 0.%03d%% 상태로 본인 소유 차량(%s)을 운전하다 적발되었고, 이는 %s 위반에 해당한다.\n" % (
        c.g.pick(["정직 1월", "감봉 3월", "견책"]), c.P(n), rdate(c), c.r.randint(30, 150), c.PLATE(), N("statute", "「국가공무원법」 제63조"))
    t += "\n%s\n%s 징계위원회 위원장 %s\n" % (rdate(c, style="ko"), c.g.pick(["○○시", "인사혁신처", "△△도"]), c.P())
    return t, "징계의결서"


def t_accident(c):
    d1, d2 = c.NAME(), c.NAME()
    t = "교통사고 발생 보고\n\n□ 일시/장소: %s 08:40경 / %s 교차로\n□ 관련 차량\n" % (rdate(c), c.g.pick(["시청 앞", "○○초교 앞", "△△IC 진입로"]))
    t += " - 관용차량: %s (운전: %s %s, 면허 %s)\n" % ("공용 승합차 1대", title(c), c.P(d1), c.DL())
    t += " - 상대 차량: %s (운전자 %s, %s생, 연락처 %s)\n" % (c.PLATE(), c.P(d2), c.DOB(style=c.g.pick(["yy_dot", "dot_spaced", "compact6", "korean"])), c.MOB())
    t += "□ 피해: 상대 운전자 경상(전치 2주), 차량 범퍼 파손\n□ 보험: %s 보험 접수번호 %s\n□ 조치: 현장 사진 촬영 후 %s 신고\n" % (c.g.pick(["○○화재", "△△손해"]), N("receipt_number", "%d-%07d" % (c.r.randint(2024, 2026), c.r.randint(1, 9999999))), N("short_code", "112"))
    return t, "사고보고서"


def t_personnel(c):
    rows = []
    kinds = ["승진", "전보", "신규임용", "휴직", "직무대리", "복직"]
    sep = c.g.pick([" | ", "\t", "  "])
    for _ in range(c.r.randint(3, 6)):
        rows.append(sep.join([c.g.pick(["행정5급", "행정6급", "전산7급", "사서8급", "행정9급"]), c.P(), c.g.pick(kinds), c.g.pick(["총무과", "민원여권과", "정보통신과", "복지정책과"])]))
    t = "인 사 발 령\n%s\n\n%s\n\n%s\n" % (docno(c), "\n".join(rows), N("office_title", c.g.pick(["○○시장", "△△구청장", "□□교육감"])))
    return t, "인사발령"


def t_travel(c):
    t = "국외출장 명령\n\n1. 출장목적: %s\n2. 출장기간: %s ~ %s\n3. 출장자\n" % (c.g.pick(["OECD 디지털정부 회의 참석", "재외국민 민원서비스 벤치마킹", "국제 여권 보안 세미나 참석"]), *drange(c, 3, 9))
    style = c.r.randrange(3)
    for i in range(c.r.randint(2, 4)):
        n = c.NAME()
        if style == 0:
            t += " %d) %s %s  여권번호 %s  생년월일 %s\n" % (i + 1, title(c), c.P(n), c.PASS(), c.DOB(style=c.g.pick(["en_dmy", "dot_padded", "passport_bi"])))
        elif style == 1:
            t += "  %s | %s | %s | %s\n" % (c.g.pick(["과장", "사무관", "주무관"]), c.P(n), c.PASS(kind=c.g.pick(["old", "new"])), c.DOB(style=c.g.pick(["iso", "dot_padded_noend"])))
        else:
            t += "  - %s(%s, 여권 %s) 비상연락 %s\n" % (c.P(n), c.g.pick(["주무관", "연구관"]), c.PASS(), c.MOB())
    t += "4. 경비: %s (법인카드 사용)\n5. 근거: %s\n" % (amount(c, 2000000, 15000000), N("statute", "「공무원 여비 규정」 제22조"))
    return t, "국외출장"


def t_contract(c):
    rep = c.NAME()
    b, a = c.ACCT()
    co = company(c)
    t = "용역 계약서\n\n계약번호: %s\n발주기관(갑): %s\n주소: %s\n\n계약상대자(을): %s\n대표자: %s\n사업자등록번호: %s\n법인등록번호: %s\n주소: %s\n전화: %s  이메일: %s\n\n" % (
        N("doc_number", "%d-%05d" % (c.r.randint(2025, 2026), c.r.randint(1, 99999))), N("office_title", c.g.pick(["○○시장", "△△청장", "□□공단 이사장"])), inst_addr(c, False), co, c.P(rep),
        c.BRN(), c.CRN(), c.ADDR(c.g.pick(["road_unit", "road"])), c.TEL(), c.MAIL(None, "company"))
    t += "제1조(계약금액) 금 %s(부가가치세 포함)\n제2조(대금지급) 갑은 을의 청구일로부터 5일 이내에 %s %s(예금주: %s)로 지급한다.\n" % (amount(c, 10000000, 300000000, True), b, a, co)
    t += "제3조(과업 담당) 을의 책임기술자는 %s(%s)로 한다.\n\n%s\n갑  %s (인)\n을  대표이사 %s (인)\n" % (c.P(), c.MOB(), rdate(c, style="ko"), N("office_title", "계약담당관"), c.P(rep))
    return t, "계약서"


def t_consent(c):
    if c.r.random() < 0.25:
        t = "개인정보 수집·이용 동의서 (작성 예시)\n\n성명: %s\n생년월일: %s\n휴대전화: %s\n주민등록번호: %s\n\n수집 항목: 성명, 생년월일, 연락처\n보유 기간: 3년\n※ 동의를 거부할 권리가 있으며, 거부 시 서비스 이용이 제한될 수 있습니다.\n문의: %s\n" % (
            N("placeholder_person", "홍길동"), N("placeholder", "YYYY.MM.DD."), N("placeholder", "010-0000-0000"), N("placeholder", "000000-0000000"), sw(c))
        return t, "동의서"
    n = c.NAME()
    t = "개인정보 수집·이용 동의서\n\n수집 목적: %s\n수집 항목: 성명, 생년월일, 연락처, 주소, 이메일\n보유 기간: %s\n\n" % (c.g.pick(["자원봉사자 관리", "교육 수강생 관리", "장학금 지급", "민원 회신"]), c.g.pick(["1년", "3년", "목적 달성 시까지"]))
    lay = c.r.randrange(2)
    if lay == 0:
        t += "성   명 : %s\n생년월일 : %s\n휴대전화 : %s\n이 메 일 : %s\n주   소 : %s\n" % (c.P(n), c.DOB(), c.MOB(), c.MAIL(n), c.ADDR())
    else:
        t += "| 성명 | %s | 생년월일 | %s |\n| 연락처 | %s | 이메일 | %s |\n| 주소 | %s |\n" % (c.P(n), c.DOB(), c.MOB(c.g.pick(["-", ".", " "])), c.MAIL(n), c.ADDR())
    t += "\n위 내용에 동의합니다.  ■ 동의함  □ 동의하지 않음\n\n%s\n신청인 %s (서명)\n" % (rdate(c, style="ko"), c.P(n))
    return t, "동의서"


def t_passport_app(c):
    n = c.NAME()
    while n[0] not in ROM or len(n) != 3 or any(ch not in GROM for ch in n[1:]):
        n = c.NAME()
    h, l, nat = "", "", ""
    y, m, d = c.g.ymd(1950, 2005)
    rrn, _ = c.g.rrn("valid", y, m, d)
    t = "여권 발급 신청서\n\n①사진  ②여권종류: %s  ③여권번호(기존): %s\n④한글성명: %s  ⑤로마자성명: %s\n⑥주민등록번호: %s\n⑦연락처: %s  ⑧긴급연락처: %s (%s, %s)\n⑨주소: %s\n\n" % (
        c.g.pick(["복수여권", "단수여권", "관용여권"]), c.PASS(kind="old"), c.P(n), c.s("PERSON", romanize(n)), c.s("KR_RRN", rrn, "rrn_valid"), c.MOB(), c.P(), c.g.pick(["배우자", "부", "모", "자녀"]), c.MOB(), c.ADDR())
    t += "접수번호 %s  접수일 %s  접수처 %s\n" % (N("receipt_number", "%s%08d" % (c.g.pick(["PA", "PB"]), c.r.randint(1, 99999999))), rdate(c), c.g.pick(["마포구청 민원여권과", "경기도청 여권민원실"]))
    return t, "신청서"


ROM = {"김": "KIM", "이": "LEE", "박": "PARK", "최": "CHOI", "정": "JUNG", "강": "KANG", "조": "CHO", "윤": "YOON", "장": "JANG", "임": "LIM", "한": "HAN", "오": "OH", "서": "SEO", "신": "SHIN",
       "권": "KWON", "황": "HWANG", "안": "AHN", "송": "SONG", "전": "JEON", "홍": "HONG", "유": "YOO", "고": "KO", "문": "MOON", "양": "YANG", "손": "SON", "배": "BAE", "백": "BAEK", "허": "HEO", "남": "NAM"}
GROM = {"민": "MIN", "서": "SEO", "지": "JI", "현": "HYUN", "수": "SU", "영": "YOUNG", "준": "JUN", "호": "HO", "우": "WOO", "진": "JIN", "하": "HA", "윤": "YUN", "성": "SEONG", "은": "EUN", "재": "JAE",
        "예": "YE", "도": "DO", "건": "GEON", "태": "TAE", "경": "KYUNG", "상": "SANG", "혜": "HYE", "미": "MI", "정": "JEONG", "희": "HEE", "연": "YEON", "빈": "BIN", "원": "WON", "훈": "HOON", "석": "SEOK", "철": "CHUL"}


def romanize(n):
    s = ROM.get(n[0], "KIM")
    g = "".join(GROM.get(ch, "A") for ch in n[1:])
    return "%s %s" % (s, g.capitalize() if len(g) > 3 else g)


def t_stay(c):
    h, l, nat = c.FOR()
    y, m, d = c.g.ymd(1965, 2004)
    t = "체류기간 연장허가 신청 민원 (처리 결과)\n\n신청인: %s (%s)\n국적: %s\n외국인등록번호: %s\n여권번호: %s\n생년월일: %s\n체류지: %s\n연락처: %s\n\n" % (
        c.s("PERSON", l), c.s("PERSON", h), COUNTRIES[nat][0], c.FRN(y=y, m=m, d=d, masked=c.r.random() < 0.2), c.PASS(nat, masked=False), c.DOB(y, m, d, c.g.pick(["dot_padded", "iso", "en_dmy", "dot_spaced"])), c.ADDR(), c.MOB())
    t += "처리 결과: 허가 (체류기간 %s까지)\n담당: %s %s 출입국·외국인사무소 체류관리과\n문의: %s 외국인종합안내센터\n" % (rdate(c, 2026, 2028), c.P(), c.g.pick(["서울", "수원", "인천", "부산"]), N("short_code", "1345"))
    return t, "출입국민원"


def t_foreign_employ(c):
    rows = []
    for _ in range(c.r.randint(2, 5)):
        h, l, nat = c.FOR(c.g.pick(["VNM", "UZB", "PHL", "THA", "IDN", "NPL", "MNG"]))
        y, m, d = c.g.ymd(1975, 2004)
        rows.append([c.s("PERSON", l), COUNTRIES[nat][0], c.PASS(nat, masked=False), c.FRN(y=y, m=m, d=d), c.DOB(y, m, d, c.g.pick(["dot_padded_noend", "iso", "compact8"]))])
    lay = c.r.randrange(3)
    body = ""
    for r in rows:
        if lay == 0:
            body += " | ".join(r) + "\n"
        elif lay == 1:
            body += "\t".join(r) + "\n"
        else:
            body += "│ " + " │ ".join(r) + " │\n"
    t = "외국인근로자 고용변동 신고서\n\n사업장명: %s  사업자등록번호: %s  법인등록번호: %s\n대표자: %s  소재지: %s\n\n%s\n신고일: %s\n관할: %s\n" % (company(c), c.BRN(), c.CRN(), c.P(), c.ADDR(c.g.pick(["road", "jibun"])), body, rdate(c), c.g.pick(["○○고용센터", "△△고용노동지청"]))
    return t, "외국인고용"


def t_welfare(c):
    n, g = c.NAME(), c.NAME()
    a = age(c, 65, 92)
    b, acct = c.ACCT()
    kind = c.g.pick(["masked", "valid"])
    rv, _ = c.g.rrn(kind, 2025 - a, c.r.randint(1, 12), c.r.randint(1, 28))
    sex = "남" if rv[7] in "13" else "여"
    t = "사례관리 상담일지\n\n상담일: %s  상담자: 통합사례관리사 %s\n대상자: %s (%d세, %s)  주민등록번호: %s\n건강보험증번호: %s\n주소: %s\n보호자: %s(%s) %s\n\n" % (
        rdate(c), c.P(), c.P(n), a, sex, c.s("KR_RRN", rv, "rrn_" + kind), c.HI(), c.ADDR(), c.P(g), c.g.pick(["아들", "딸", "며느리"]), c.MOB())
    t += "상담 내용: %s 님은 최근 낙상 후 거동이 불편하다고 호소함. 보호자 %s 씨와 통화하여 방문요양 연계에 동의함. 긴급생계지원금 %s을 %s 계좌(%s)로 지급 예정.\n" % (c.P(n), c.P(g), amount(c, 300000, 1500000), b, acct)
    t += "향후 계획: 2주 후 재방문, %s 연계\n" % c.g.pick(["보건소 방문간호", "노인맞춤돌봄", "정신건강복지센터"])
    return t, "복지상담"


def t_medical(c):
    n = c.NAME()
    y, mo, d = c.g.ymd(1940, 2008)
    dx, code = c.g.pick([("제2형 당뇨병", "E11.9"), ("고혈압", "I10"), ("요추 염좌", "S33.5"), ("급성 기관지염", "J20.9")])
    t = "%s\n\n환자명: %s   성별/나이: %s/%d   생년월일: %s\n건강보험 증번호: %s\n연락처: %s\n\n" % (c.g.pick(["진료의뢰서", "예방접종 내역 확인서", "진단서", "보건소 방문간호 기록"]), c.P(n), c.g.pick(["M", "F"]), 2025 - y, c.DOB(y, mo, d), c.HI(), c.MOB())
    t += "진단명: %s (%s)\n소견: %s\n\n의료기관: %s  의사 %s (면허번호 %s)\n" % (dx, N("code", code), c.g.pick(["추가 검사 필요", "약물 치료 지속", "2주간 안정 요함"]), c.g.pick(["○○의원", "△△보건소", "□□병원"]), c.P(), N("license_no", "제%d호" % c.r.randint(10000, 150000)))
    return t, "의료기록"


def t_school(c):
    st, pa = c.NAME(), c.NAME()
    b, a = c.ACCT()
    t = "%s\n\n학생: %d학년 %d반 %d번 %s (%s)\n보호자: %s (관계: %s, 연락처 %s)\n" % (c.g.pick(["장학금 지급 대상자 확인서", "학교폭력 사안 접수 보고", "교육급여 신청 확인"]), c.r.randint(1, 6), c.r.randint(1, 9), c.r.randint(1, 30), c.P(st), c.DOB(y0=2008, y1=2018), c.P(pa), c.g.pick(["부", "모", "조모"]), c.MOB())
    t += "건강보험증번호: %s\n지급 계좌: %s %s (예금주 %s)\n담임교사: %s\n" % (c.HI(), b, a, c.P(pa), c.P())
    return t, "학교기록"


def t_tax(c):
    n = c.NAME()
    b, a = c.ACCT()
    t = "지방세 환급금 지급 통지서\n\n납세자: %s  (%s)\n주소: %s\n환급 사유: %s\n환급 금액: %s\n\n환급금은 %s 계좌 %s로 지급됩니다. 과세번호 %s\n근거: %s\n문의: 세무1과 %s\n" % (
        c.P(n), c.g.pick([c.RRN("masked"), c.RRN("valid"), c.BRN()]), c.ADDR(), c.g.pick(["자동차세 연납 공제", "재산세 과오납", "지방소득세 경정"]), amount(c, 10000, 900000, True), b, a,
        N("doc_number", "%d-%d-%06d" % (c.r.randint(11000, 48999), c.r.randint(2024, 2026), c.r.randint(1, 999999))), N("statute", "「지방세기본법」 제60조"), c.TEL())
    return t, "세무"


def t_auction(c):
    n1, n2 = c.NAME(), c.NAME()
    t = "%s\n\n사건번호: %s\n채권자: %s\n채무자 겸 소유자: %s (%s)\n목적물 소재지: %s\n최저매각가격: %s\n\n" % (
        c.g.pick(["부동산 매각물건명세서", "공탁금 출급 안내", "배당표"]), N("case_number", "%d타경%d" % (c.r.randint(2023, 2026), c.r.randint(100, 99999))), c.g.pick([company(c) + " (법인등록번호 " + c.CRN() + ")", c.P(n2)]), c.P(n1), c.RRN("masked"), c.ADDR("jibun"), amount(c, 50000000, 900000000))
    b, a = c.ACCT()
    t += "공탁번호 %s, 공탁금 출급청구인 %s, 지급계좌 %s %s\n" % (N("case_number", "%d금제%d호" % (c.r.randint(2024, 2026), c.r.randint(100, 9999))), c.P(n1), b, a)
    return t, "경매공탁"


def t_refund_list(c):
    lay = c.r.randrange(4)
    rows = []
    for i in range(c.r.randint(3, 6)):
        n = c.NAME() if c.r.random() < 0.85 else c.FOR()[1]
        card = c.CARD()
        amt = amount(c, 3000, 300000)
        if lay == 0:
            rows.append("%d | %s | %s | %s | 승인취소" % (i + 1, c.P(n), card, amt))
        elif lay == 1:
            rows.append("%s\t%s\t%s\t%s" % (rdate(c, style="iso"), c.P(n), card, amt))
        elif lay == 2:
            rows.append("%-4d%s    %s    %s" % (i + 1, c.P(n), card, amt))
        else:
            rows.append("┃ %s ┃ %s ┃ %s ┃" % (c.P(n), card, amt))
    t = "%s\n\n%s\n\n합계 %d건. 환불은 카드사 사정에 따라 3~7영업일 소요.\n문의 %s\n" % (c.g.pick(["과오납 수수료 카드 환불 대상자 목록", "행사 참가비 환불 처리 내역", "여권 발급 수수료 취소 승인 목록"]), "\n".join(rows), len(rows), sw(c))
    return t, "환불지급목록"


def t_receipt(c):
    t = "매출전표 (고객용)\n가맹점명: %s\n사업자번호: %s\n대표자: %s\n주소: %s\n전화: %s\n" % (company(c), c.BRN(), c.P(), c.ADDR("road_unit"), c.TEL())
    t += "--------------------------\n카드종류: %s\n카드번호: %s\n승인번호: %s\n거래일시: %s 13:%02d\n금액: %s\n" % (
        c.g.pick(["신용", "체크", "법인"]), c.CARD(masked=c.r.random() < 0.5), N("approval_number", "%08d" % c.r.randint(0, 99999999)), rdate(c, style="iso"), c.r.randint(0, 59), amount(c, 1000, 500000))
    t += "--------------------------\n*** 감사합니다 ***\n"
    return t, "영수증"


def t_access_log(c):
    lines = []
    for _ in range(c.r.randint(4, 8)):
        ts = "%s %02d:%02d:%02d" % (rdate(c, 2026, 2026, "iso"), c.r.randint(0, 23), c.r.randint(0, 59), c.r.randint(0, 59))
        k = c.r.randrange(4)
        if k == 0:
            lines.append("%s [INFO] login ok user=%s src=%s" % (ts, N("user_id", "u%05d" % c.r.randint(1, 99999)), c.IP()))
        elif k == 1:
            lines.append("%s [WARN] 개인정보 조회 user=%s ip=%s target=%s" % (ts, N("user_id", "admin%02d" % c.r.randint(1, 20)), c.IP(), c.P()))
        elif k == 2:
            lines.append("%s %s - - \"GET /minwon/view?id=%d HTTP/1.1\" 200 %d" % (ts, c.IP(), c.r.randint(1000, 99999), c.r.randint(200, 90000)))
        else:
            lines.append("%s [INFO] 메일 발송 to=%s from_ip=%s via %s" % (ts, c.MAIL(), c.IP("private"), N("server", "mail-gw01")))
    t = "# %s 접속기록 (발췌)\n# 시스템: %s  버전 %s\n%s\n" % (c.g.pick(["민원처리시스템", "개인정보처리시스템", "통합복지정보시스템"]), c.g.pick(["WAS-02", "DB-01"]), N("version", "10.0.19045.%d" % c.r.randint(1000, 5000)), "\n".join(lines))
    return t, "접속로그"


def t_delivery(c):
    n, s = c.NAME(), c.NAME()
    t = "반송 우편물 처리 대장\n\n등기번호: %s\n수취인: %s\n수취인 주소: %s\n수취인 연락처: %s\n발송인: %s\n반송 사유: %s\n처리: %s 재발송\n" % (
        N("receipt_number", "%d%09d" % (c.r.randint(1, 9), c.r.randint(0, 999999999))), c.P(n), c.ADDR(), c.g.pick([c.MOB(), c.s("PHONE_NUMBER", "0504-%s-%s" % (c.g.d(4), c.g.d(4)), "safe_number")]),
        c.g.pick([N("office_title", "민원여권과장"), c.P(s)]), c.g.pick(["수취인 부재", "이사불명", "주소 불명"]), rdate(c))
    return t, "택배우편"


def t_parking(c):
    rows = []
    for _ in range(c.r.randint(3, 6)):
        rows.append("%s  %s  %s  %s  %s" % (rdate(c, style="iso"), c.PLATE(), c.g.pick(["소화전 5m 이내", "어린이보호구역", "버스정류소", "횡단보도"]), c.P(), amount(c, 40000, 120000)))
    t = "주정차 위반 과태료 부과 대상 (발췌)\n%s\n\n※ 의견진술 기한 내 미제출 시 과태료가 확정됩니다. 근거 %s\n" % ("\n".join(rows), N("statute", "「도로교통법」 제160조"))
    return t, "차량주차"


def t_email(c):
    a, b = c.NAME(), c.NAME()
    t = "From: %s <%s>\nTo: %s <%s>\nDate: %s 09:%02d\nSubject: RE: %s\nX-Originating-IP: [%s]\n\n" % (
        c.P(a), c.MAIL(a, "official"), c.P(b), c.MAIL(b), rdate(c, style="iso"), c.r.randint(0, 59), c.g.pick(["보조금 정산 서류", "현장 점검 일정", "계약 서류 보완"]), c.IP("public"))
    t += "%s 님 안녕하세요.\n요청하신 서류 잘 받았습니다. 다만 통장 사본의 계좌(%s)와 신청서 기재 계좌가 달라 확인 부탁드립니다.\n" % (c.P(b), c.ACCT()[1])
    t += "\n%s 드림\n%s %s | T. %s | M. %s\n" % (c.P(a), c.g.pick(["○○시 일자리정책과", "△△구 건축과", "□□청 운영지원과"]), title(c), c.TEL(), c.MOB())
    return t, "이메일"


def t_chat(c):
    a, b = c.NAME(), c.NAME()
    ga = a[-2:] if len(a) == 3 else a
    t = "[%s] 업무 단톡방 대화 내보내기\n\n" % rdate(c)
    t += "[%s] [오전 9:12] 혹시 어제 민원인 연락처 아시는 분?\n" % c.P(a)
    t += "[%s] [오전 9:13] %s 씨요? %s 이 번호예요\n" % (c.P(b), c.P(), c.MOB(c.g.pick(["-", "", " "])))
    t += "[%s] [오전 9:14] 감사합니다 ㅎㅎ 그리고 환불 계좌 %s 맞죠? %s\n" % (c.P(a), c.ACCT()[1], c.g.pick(["", "ㅎㅎ", "본인 명의래요"]))
    t += "[%s] [오전 9:15] 네 %s님 맞아요\n" % (c.P(b), c.s("PERSON", ga, "given_only") if len(a) == 3 else c.P(a))
    return t, "채팅"


def t_box_table(c):
    rows = []
    for _ in range(c.r.randint(3, 5)):
        rows.append("│ %s │ %s │ %s │ %s │" % (c.P(), c.DOB(style=c.g.pick(["yy_dot", "dot_padded", "compact6", "iso"])), c.MOB(), c.ACCT()[1]))
    t = "┌────────┬────────┬──────────┬──────────┐\n%s\n└────────┴────────┴──────────┴──────────┘\n(%s 긴급지원 대상자, 내부 검토용)\n" % ("\n".join(rows), rdate(c))
    return t, "표"


def t_tab_table(c):
    rows = []
    for _ in range(c.r.randint(3, 6)):
        rows.append("\t".join([c.P(), c.DOB(), c.MOB(), c.ADDR(c.g.pick(["road", "road_apt", "from_gu"]))]))
    return "\n".join(rows) + "\n", "표"


def t_aligned_passports(c):
    rows = []
    for _ in range(c.r.randint(3, 6)):
        if c.r.random() < 0.5:
            n = c.NAME()
            rows.append("%-6s %-10s %s  %s" % (c.P(n), c.PASS(), c.DOB(style=c.g.pick(["dot_padded", "compact8", "en_dmy"])), c.g.pick(["KOR", "대한민국"])))
        else:
            h, l, nat = c.FOR()
            rows.append("%-22s %-11s %s  %s" % (c.s("PERSON", l), c.PASS(nat), c.DOB(style=c.g.pick(["en_dmy", "iso", "dmy_dot"])), nat))
    t = "%s\n\n%s\n" % (c.g.pick(["국제회의 참가자 사전등록 명단(출입용)", "연수단 항공권 발권 명단", "공항 의전 협조 대상자"]), "\n".join(rows))
    return t, "표"


def t_ocr_idscan(c):
    k = c.r.randrange(3)
    if k == 0:
        n = c.NAME()
        t = "주민등록증\n%s\n%s\n%s\n%s\n%s\n" % (c.P(n), c.RRN("valid"), c.ADDR(), rdate(c, 2015, 2024), N("office_title", c.g.pick(["서울특별시 마포구청장", "경기도 수원시 팔달구청장"])))
    elif k == 1:
        n = c.NAME()
        t = "자동차운전면허증 (Driver's License)\n%s %s\n%s\n%s\n%s\n적성검사기간 %s~%s\n" % (c.g.pick(["1종보통", "2종보통"]), c.DL(), c.P(n), c.RRN(c.g.pick(["valid", "masked"])), c.ADDR(), rdate(c, 2026, 2030), rdate(c, 2030, 2034))
    else:
        n = c.NAME()
        while n[0] not in ROM or len(n) != 3 or any(ch not in GROM for ch in n[1:]):
            n = c.NAME()
        y, m, d = c.g.ymd(1955, 2004)
        t = "PASSPORT  여권\n종류/Type PM  발행국/Issuing country KOR\n여권번호/Passport No. %s\n성/Surname %s\n이름/Given names %s\n생년월일/Date of birth %s\n성별/Sex %s\n" % (
            c.PASS(kind=c.g.pick(["old", "new"]), masked=False), c.s("PERSON", ROM[n[0]], "latin_surname"), c.s("PERSON", romanize(n).split(" ")[1].upper(), "latin_given"), c.DOB(y, m, d, "passport_bi" if c.r.random() < 0.5 else "en_dmy"), c.g.pick(["M", "F"]))
        t += "한글성명 %s\n" % c.P(n)
    return t, "신분증사본"


def t_ocr_form(c):
    n = c.NAME()
    t = "%s\n신 청 인  성명 %s   생년월일 %s\n          주소 %s\n          전화 %s   휴대폰 %s\n차량번호 %s   운전면허번호 %s\n수령계좌 %s %s\n" % (
        c.g.pick(["보조금 교부 신청서", "거주자우선주차 신청서", "전기차 구매 보조금 신청서"]), c.P(n), c.DOB(), c.ADDR(), c.TEL(), c.MOB(), c.PLATE(), c.DL(), *c.ACCT())
    return t, "신청서"


def t_hotel(c):
    rows = []
    for i in range(c.r.randint(3, 5)):
        h, l, nat = c.FOR()
        rows.append("%d. %s (%s) / %s / 여권 %s / 객실 %d" % (i + 1, c.s("PERSON", h), c.s("PERSON", l), COUNTRIES[nat][0], c.PASS(nat), c.r.randint(301, 1520)))
    t = "해외 초청인사 숙박 배정표\n행사: %s\n\n%s\n\n수행: %s %s (%s)\n" % (c.g.pick(["2026 국제 스마트시티 포럼", "한-아세안 지방행정 교류회의"]), "\n".join(rows), title(c), c.P(), c.MOB())
    return t, "행사명단"


def t_vehicle_reg(c):
    n = c.NAME()
    t = "자동차 등록원부(갑) 발급 내역\n\n자동차등록번호: %s\n차명: %s  차대번호: %s\n소유자: %s\n생년월일(법인등록번호): %s\n사용본거지: %s\n최초등록일: %s\n" % (
        c.PLATE(), c.g.pick(["소나타", "카니발", "포터Ⅱ", "아이오닉5"]), N("vin", "KMH" + "".join(c.g.pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(14))), *c.g.pick([(c.P(n), c.DOB()), (company(c), c.CRN())]), c.ADDR(), rdate(c, 2015, 2025))
    return t, "차량주차"


def t_hi_notice(c):
    n = c.NAME()
    t = "건강보험 자격득실 확인서\n\n성명: %s  주민등록번호: %s\n건강보험증번호: %s\n\n| 구분 | 가입자 구분 | 사업장 | 취득일 | 상실일 |\n| 1 | 직장가입자 | %s | %s | %s |\n| 2 | 피부양자 | - | %s | - |\n\n발급: %s 발급번호 %s\n" % (
        c.P(n), c.RRN(), c.HI(), company(c), rdate(c, 2010, 2020), rdate(c, 2020, 2024), rdate(c, 2024, 2026), rdate(c), N("receipt_number", "%04d-%04d-%04d" % (c.r.randint(0, 9999), c.r.randint(0, 9999), c.r.randint(0, 9999))))
    return t, "의료기록"


def t_recruit_nopii(c):
    rows = []
    for _ in range(c.r.randint(4, 7)):
        sur = c.g.pick(SUR[:30])
        rows.append("%s  %s  %s" % (N("receipt_number", "2026-%04d" % c.r.randint(1, 9999)), N("masked_person", sur + c.g.pick(["○○", "**", "◯◯", "□□"])), c.g.pick(["합격", "예비1", "예비2"])))
    t = "%s 제%d회 공개경쟁 임용시험 최종합격자 공고\n\n%s\n\n※ 응시번호 순. 성명은 개인정보 보호를 위해 일부 가림.\n문의: %s %s\n" % (
        N("office_title", c.g.pick(["○○시장", "△△군수", "□□교육감"])), c.r.randint(1, 3), "\n".join(rows), c.g.pick(["총무과", "인사과"]), sw(c))
    return t, "공고"


def t_notice_nopii(c):
    k = c.r.randrange(4)
    if k == 0:
        t = "%s 공고 %s\n\n「%s」에 따라 다음과 같이 행정예고합니다.\n1. 예고사항: 수수료 %s → %s 조정\n2. 의견제출: %s까지 %s(우 %s)\n3. 문의: %s 또는 %s\n" % (
            N("office_title", c.g.pick(["행정안전부", "○○시"])), N("doc_number", "제%d-%d호" % (c.r.randint(2025, 2026), c.r.randint(1, 999))), c.g.pick(["행정절차법", "지방자치법"]), amount(c, 1000, 50000, True), amount(c, 1000, 50000, True), rdate(c), inst_addr(c, False), c.g.d(5), sw(c), N("short_code", c.g.pick(SHORT)))
    elif k == 1:
        t = "세무 질의회신\n\n[질의] 갑은 %s에 주택을 취득하고 을에게 양도하였는바, %s 적용 여부\n[회신] 귀 질의의 경우 %s에 따라 사실판단할 사항임.\n관련 문서: %s, %s\n" % (
            rdate(c, 2018, 2024), N("statute", "「소득세법」 제89조 제1항 제3호"), N("statute", "같은 법 시행령 제154조"), N("doc_number", "서면-%d-법인-%d" % (c.r.randint(2020, 2025), c.r.randint(100, 9999))), N("doc_number", "부가46015-%d" % c.r.randint(10, 999)))
    elif k == 2:
        t = "정보공개 결정 통지\n\n청구번호 %s에 대한 결정 결과 부분공개(6) 결정하였습니다. 비공개 부분은 %s에 해당합니다. 이의신청은 통지를 받은 날부터 30일 이내에 할 수 있습니다.\n담당: %s / %s\n" % (
            N("receipt_number", "%d%07d" % (c.r.randint(2025, 2026), c.r.randint(1, 9999999))), N("statute", "「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호"), N("office_title", "정보공개 담당관"), sw(c))
    else:
        t = "입찰 공고\n\n공고번호: %s\n사업명: %s\n추정가격: %s (부가세 별도)\n입찰서 제출: 나라장터(전자입찰)\n계약부서: %s, %s\n" % (
            N("receipt_number", "R26BK%08d-00" % c.r.randint(0, 99999999)), c.g.pick(["민원 안내 키오스크 유지보수", "청사 보안 시스템 고도화"]), amount(c, 10000000, 900000000, True), N("office_title", "재무과 계약팀"), sw(c))
    return t, "공고"


def t_visa_invite(c):
    h, l, nat = c.FOR()
    y, m, d = c.g.ymd(1970, 2002)
    t = "초 청 장 (Letter of Invitation)\n\n피초청인 성명: %s\n국적: %s   생년월일: %s\n여권번호: %s\n초청 목적: %s\n\n초청인(회사): %s  대표 %s\n사업자등록번호 %s  법인등록번호 %s\n연락처 %s / %s\n" % (
        c.s("PERSON", l), COUNTRIES[nat][0], c.DOB(y, m, d, c.g.pick(["en_dmy", "en_mdy", "iso", "dmy_dot"])), c.PASS(nat, masked=False), c.g.pick(["기술 연수", "상담 및 계약", "전시회 참가"]),
        company(c), c.P(), c.BRN(), c.CRN(), c.TEL(), c.MAIL(None, "company"))
    return t, "출입국민원"


def t_lost_item(c):
    n = c.NAME()
    while n[0] not in ROM or len(n) != 3 or any(ch not in GROM for ch in n[1:]):
        n = c.NAME()
    t = "습득물 접수 대장\n\n접수번호 %s  접수일시 %s\n습득물: %s\n  - 신용카드 1매(%s, 명의 %s)\n  - 운전면허증(%s)\n습득장소: %s 승강장\n습득자: %s(%s)\n" % (
        N("receipt_number", "LF%d%06d" % (c.r.randint(2025, 2026), c.r.randint(1, 999999))), rdate(c), c.g.pick(["검정색 지갑", "갈색 카드지갑"]), c.CARD(masked=False), c.s("PERSON", romanize(n).upper()), c.DL(), c.g.pick(["○○역", "△△버스터미널"]), c.P(), c.MOB())
    t += "반환: 명의인 %s 씨에게 %s 인계\n" % (c.P(n), rdate(c))
    return t, "사건보고서"


def t_volunteer(c):
    rows = []
    for _ in range(c.r.randint(3, 6)):
        n = c.NAME()
        rows.append("%s, %s, %s, %s" % (c.P(n), c.DOB(style=c.g.pick(["yy_dot", "compact6", "dot_spaced", "yy_dot_spaced"])), c.MOB(), c.MAIL(n)))
    t = "자원봉사자 명단(%s 행사)\n%s\n※ 본 명단은 보험 가입 목적 외 사용 금지\n" % (c.g.pick(["봄꽃축제", "하천 정화", "김장 나눔"]), "\n".join(rows))
    return t, "표"


def t_subsidy(c):
    rows = []
    for _ in range(c.r.randint(2, 5)):
        b, a = c.ACCT()
        if c.r.random() < 0.5:
            rows.append("- %s(대표 %s, %s, 법인 %s) : %s %s, %s" % (company(c), c.P(), c.BRN(), c.CRN(), b, a, amount(c, 1000000, 50000000)))
        else:
            rows.append("- %s(개인, %s생) : %s %s, %s" % (c.P(), c.DOB(), b, a, amount(c, 100000, 5000000)))
    t = "보조금 지급 결의서\n\n%s\n\n지급일: %s\n결재: %s\n" % ("\n".join(rows), rdate(c), N("office_title", "회계과장"))
    return t, "환불지급목록"


def t_ip_block(c):
    t = "보안관제 일일 보고 (%s)\n\n□ 차단 IP\n - %s (무차별 대입 시도 %d회)\n - %s, %s\n□ 탐지 계정: %s (소유자 %s, 연락처 %s)\n□ 조치: 방화벽 차단, 비밀번호 초기화\n" % (
        rdate(c), c.IP("public"), c.r.randint(50, 9000), c.IP(), c.IP("public"), N("user_id", "u%05d" % c.r.randint(1, 99999)), c.P(), c.TEL())
    return t, "접속로그"


def t_foreign_bank(c):
    h, l, nat = c.FOR()
    b, a = c.ACCT()
    t = "퇴직금 및 출국만기보험 지급 신청\n\n신청인: %s\n외국인등록번호: %s\n여권번호: %s\n출국예정일: %s\n지급 계좌: %s %s (예금주 %s)\n연락처: %s / 이메일 %s\n" % (
        c.s("PERSON", l), c.FRN(masked=c.r.random() < 0.25), c.PASS(nat), rdate(c), b, a, c.s("PERSON", l), c.MOB(), c.MAIL())
    return t, "외국인고용"


def t_card_dispute(c):
    n = c.NAME()
    a = age(c, 25, 80)
    t = "카드 부정사용 피해 민원 요지\n\n민원인 %s(%d) 씨는 %s 본인 명의 카드 %s이(가) 해외 가맹점에서 %s 결제되었다며 조사를 요청하였다. " % (c.P(n), a, rdate(c), c.CARD(masked=c.r.random() < 0.4), amount(c, 50000, 3000000))
    t += "%s 씨는 같은 날 가족카드(%s)도 분실하였다고 진술하였으며, 생년월일 %s과 휴대전화 %s로 본인 확인을 마쳤다.\n" % (c.P(n), c.CARD(), c.DOB(), c.MOB())
    t += "처리: 카드사(%s) 이첩, 금융감독원 %s 안내\n" % (c.g.pick(["○○카드", "△△카드"]), N("short_code", "1332"))
    return t, "민원회신"


def t_corp_registry(c):
    rep, dir1 = c.NAME(), c.NAME()
    t = "법인 등기사항 변경 신고 확인\n\n상호: %s\n법인등록번호: %s\n사업자등록번호: %s\n본점: %s\n대표이사: %s (%s)\n사내이사: %s\n변경사항: 본점 이전(%s)\n" % (
        company(c), c.CRN(), c.BRN(), c.ADDR(c.g.pick(["road_unit", "road"])), c.P(rep), c.DOB(), c.P(dir1), rdate(c))
    t += "관련 법인(모회사) 법인등록번호 %s\n" % c.CRN()
    return t, "세무"


def t_police(c):
    s1, v1 = c.NAME(), c.NAME()
    t = "사건 발생 보고\n\n1. 사건: %s\n2. 피의자: %s(%s, %d세) 주거 %s, 연락처 %s\n3. 피해자: %s(%d세) %s\n4. 개요: 피의자는 %s 운전하던 차량(%s)으로 피해자 소유 차량(%s)을 들이받고 도주하였다가 %s 검거됨.\n5. 피의자 운전면허: %s\n" % (
        c.g.pick(["도로교통법위반(사고후미조치)", "특수손괴"]), c.P(s1), c.RRN(c.g.pick(["masked", "valid"])), age(c, 20, 70), c.ADDR(), c.MOB(), c.P(v1), age(c), c.MOB(), *((lambda a, b: (a, c.PLATE(), c.PLATE(), b))(*drange(c, 1, 20))), c.DL())
    return t, "사건보고서"


def t_hi_list(c):
    head = c.NAME()
    hi, sub = c.g.hi()
    rows = []
    y0 = c.r.randint(1975, 1995)
    rows.append((c.P(head), c.RRN("valid", y0, c.r.randint(1, 12), c.r.randint(1, 28)), "본인"))
    for rel in c.r.sample(["배우자", "자녀", "부", "모", "자녀"], c.r.randint(1, 3)):
        if rel == "자녀":
            y = min(y0 + c.r.randint(30, 48), 2025)
            m = c.r.randint(1, 12)
            kind = "post2020" if (y, m) >= (2020, 10) else c.g.pick(["valid", "masked"])
        elif rel == "배우자":
            y, m, kind = y0 + c.r.randint(-5, 5), c.r.randint(1, 12), c.g.pick(["valid", "masked"])
        else:
            y, m, kind = y0 - c.r.randint(24, 38), c.r.randint(1, 12), c.g.pick(["valid", "masked"])
        rows.append((c.P(), c.RRN(kind, y, m, c.r.randint(1, 28)), rel))
    sep = c.g.pick([" / ", "\t", " | "])
    body = "\n".join(sep.join(r) for r in rows)
    t = "피부양자 자격취득 신고서\n\n직장가입자 %s  건강보험증번호 %s\n사업장 %s (사업자등록번호 %s, 사업장관리번호 %s)\n\n%s\n\n신고일 %s  접수 %s\n" % (
        c.P(head), c.s("KR_HEALTH_INSURANCE", hi, sub), company(c), c.BRN(), N("receipt_number", "%08d%d" % (c.r.randint(0, 99999999), c.r.randint(0, 9))), body, rdate(c), N("office_title", c.g.pick(["○○지사장", "△△출장소장"])))
    if c.r.random() < 0.5:
        t += "비고: 가입자 %s의 건강보험증번호(%s) 동일 적용\n" % (c.P(head), c.s("KR_HEALTH_INSURANCE", hi, sub, noise=False))
    return t, "의료기록"


def t_withholding(c):
    rows = []
    for i in range(c.r.randint(3, 6)):
        b, a = c.ACCT()
        rows.append("%d  %s  %s  %s  %s %s" % (i + 1, c.P(), c.RRN(c.g.pick(["valid", "valid", "masked"])), amount(c, 100000, 3000000), b, a))
    t = "%s 강사료 지급 및 원천징수 명세\n(소득구분: 기타소득 / 세율 8.8%%)\n\n%s\n\n작성: %s %s\n" % (rdate(c, style="ko")[:8], "\n".join(rows), title(c), c.P())
    return t, "세무"


def t_rental(c):
    n = c.NAME()
    t = "렌터카 임대차 계약서 (사본, 사고 조사용)\n임대인 %s (사업자등록번호 %s)\n\n임차인 %s  생년월일 %s\n운전면허 %s (%s)\n연락처 %s\n결제카드 %s\n차량번호 %s  대여 %s 10:00 ~ 반납 %s 18:00\n제2운전자 %s / 면허 %s\n" % (
        N("company_name", c.g.pick(["(주)바람골렌터카", "늘봄렌트카(주)", "(주)해오름모빌리티", "미리내렌터카"])), c.BRN(), c.P(n), c.DOB(y0=1960, y1=2004), c.DL(), c.g.pick(["1종보통", "2종보통"]), c.MOB(), c.CARD(), c.PLATE("rental"), *drange(c), c.P(), c.DL())
    return t, "차량주차"


def t_frn_payment(c):
    rows = []
    for _ in range(c.r.randint(4, 7)):
        h, l, nat = c.FOR()
        b, a = c.ACCT()
        rows.append("%s(%s) %s %s %s %s" % (c.s("PERSON", h), COUNTRIES[nat][0], c.FRN(masked=c.r.random() < 0.15), c.MOB(), b, a))
    t = "외국인 주민 생활안정지원금 지급 명단\n\n%s\n\n※ 외국인등록번호 뒷자리는 지급 완료 후 파기\n" % "\n".join(rows)
    return t, "외국인고용"


def t_login_history(c):
    n = c.NAME()
    rows = []
    for _ in range(c.r.randint(3, 6)):
        rows.append("%s %02d:%02d  %s  %s  %s" % (rdate(c, 2026, 2026, "iso"), c.r.randint(0, 23), c.r.randint(0, 59), c.IP(), c.g.pick(["PC(Chrome)", "모바일앱", "PC(Edge)"]), c.g.pick(["성공", "실패(비밀번호 오류)", "성공"])))
    t = "계정 접속 이력 확인 결과 (민원인 제공용)\n\n계정: %s (%s)\n\n%s\n\n※ 본인이 아닌 접속이 있으면 %s로 신고하십시오.\n" % (c.MAIL(n), c.P(n), "\n".join(rows), N("short_code", "118"))
    return t, "접속로그"


def t_vendor_list(c):
    rows = []
    for _ in range(c.r.randint(3, 6)):
        rows.append(" | ".join([company(c), c.P(), c.BRN(), c.CRN(), c.TEL(), c.MAIL(None, "company")]))
    t = "입찰 참가 자격 확인 업체 목록\n\n%s\n\n확인자: %s %s\n" % ("\n".join(rows), title(c), c.P())
    return t, "계약서"


def t_trainee_list(c):
    rows = []
    for i in range(c.r.randint(3, 6)):
        n = c.NAME()
        rows.append("%02d. %s  %s  %s" % (i + 1, c.P(n), c.MAIL(n), c.MOB()))
    t = "%s 수강생 명단\n\n%s\n\n※ 수료증은 이메일로 발송\n" % (c.g.pick(["공공데이터 활용 교육", "개인정보 보호 담당자 교육", "생활 법률 아카데미"]), "\n".join(rows))
    return t, "표"


def t_hi_roster(c):
    rows = []
    lay = c.r.randrange(3)
    for i in range(c.r.randint(3, 6)):
        n = c.NAME()
        cells = [c.P(n), c.DOB(style=c.g.pick(["dot_padded", "iso", "yy_dot", "compact8"])), c.HI()]
        if lay == 0:
            rows.append("%d | %s" % (i + 1, " | ".join(cells)))
        elif lay == 1:
            rows.append("\t".join(cells))
        else:
            rows.append("%-3d%s" % (i + 1, "   ".join(cells)))
    t = "%s\n\n%s\n\n%s\n" % (c.g.pick(["국가건강검진 미수검자 안내 대상", "집단 예방접종 대상자 명단(보건소 제출)", "의료급여 전환 대상자 검토 명단"]), "\n".join(rows), c.g.pick(["※ 외부 반출 금지", "작성: 보건행정팀", "※ 건강보험증번호 확인 후 파기"]))
    return t, "의료기록"


def t_dl_roster(c):
    rows = []
    for _ in range(c.r.randint(3, 6)):
        rows.append("%s  %s  %s  %s" % (c.P(), c.DL(), c.g.pick(["1종보통", "1종대형", "2종보통"]), rdate(c, 2026, 2034, "iso")))
    t = "%s\n(성명 / 면허번호 / 종별 / 적성검사 만료일)\n%s\n확인자: %s %s\n" % (c.g.pick(["관용차량 운전자 면허 확인 대장", "어린이 통학버스 운전자 면허 점검", "공용차량 운행 허가자 명단"]), "\n".join(rows), title(c), c.P())
    return t, "차량주차"


def t_card_statement(c):
    rows = []
    cards = [c.CARD(masked=False) for _ in range(c.r.randint(2, 3))]
    for _ in range(c.r.randint(4, 7)):
        rows.append("%s %s %s %s %s" % (rdate(c, 2025, 2026, "iso"), c.g.pick(cards), c.g.pick(["○○식당", "△△문구", "□□주유소", "◇◇서점", "택시"]), amount(c, 5000, 400000), c.P()))
    t = "법인카드 사용 내역 (월간 정산, 카드번호 비마스킹 원본)\n%s\n정산 담당: %s\n" % ("\n".join(rows), c.P())
    return t, "감사보고서"


TEMPLATES = [  # (function, weight)
    (t_gongmun, 6), (t_press, 4), (t_news, 4), (t_minutes, 4), (t_transcript, 4), (t_judgment, 6), (t_appeal, 10), (t_minwon_reply, 4),
    (t_audit, 8), (t_discipline, 3), (t_accident, 7), (t_personnel, 1), (t_travel, 12), (t_contract, 8), (t_consent, 5), (t_passport_app, 6),
    (t_stay, 9), (t_foreign_employ, 12), (t_welfare, 7), (t_medical, 7), (t_school, 4), (t_tax, 6), (t_auction, 4), (t_refund_list, 17),
    (t_receipt, 12), (t_access_log, 14), (t_delivery, 3), (t_parking, 12), (t_email, 6), (t_chat, 4), (t_box_table, 3), (t_tab_table, 3),
    (t_aligned_passports, 9), (t_ocr_idscan, 8), (t_ocr_form, 6), (t_hotel, 5), (t_vehicle_reg, 4), (t_hi_notice, 11), (t_recruit_nopii, 4),
    (t_notice_nopii, 8), (t_visa_invite, 6), (t_lost_item, 5), (t_volunteer, 3), (t_subsidy, 4), (t_ip_block, 9), (t_foreign_bank, 5),
    (t_card_dispute, 10), (t_corp_registry, 11), (t_police, 5), (t_hi_list, 14), (t_withholding, 6), (t_rental, 14), (t_frn_payment, 12),
    (t_login_history, 10), (t_vendor_list, 14), (t_trainee_list, 5), (t_hi_roster, 16), (t_dl_roster, 16), (t_card_statement, 10),
]
ALWAYS_OCR = {"t_ocr_idscan", "t_ocr_form"}


# ---------------------------------------------------------------- assembling records
def ocr_text_noise(marked, r):
    parts = MARK_RE.split(marked)
    # MARK_RE.split interleaves groups; rebuild using finditer instead
    out, pos = [], 0
    for m in MARK_RE.finditer(marked):
        out.append(_noise_plain(marked[pos:m.start()], r))
        out.append(m.group(0))
        pos = m.end()
    out.append(_noise_plain(marked[pos:], r))
    return "".join(out)


def _noise_plain(s, r):
    res = []
    for ch in s:
        x = r.random()
        if ch == "·" and x < 0.5:
            ch = "."
        elif ch == "." and x < 0.08:
            ch = ","
        elif ch == "□" and x < 0.5:
            ch = "ㅁ"
        elif ch == ":" and x < 0.15:
            ch = ";"
        elif "가" <= ch <= "힣" and x < 0.015:
            ch = ch + " "
        res.append(ch)
    return "".join(res)


def hard_wrap(text, spans, negs, width):
    t = list(text)
    lines_start = 0
    i = 0
    last_space = -1
    while i < len(t):
        if t[i] == "\n":
            lines_start, last_space = i + 1, -1
        elif t[i] == " ":
            last_space = i
        if i - lines_start >= width and last_space > lines_start:
            t[last_space] = "\n"
            lines_start, last_space = last_space + 1, -1
        i += 1
    new = "".join(t)
    for sp in spans:
        v = new[sp["start"]:sp["end"]]
        if v != sp["value"]:
            sp["value"] = v
            if "wrapped" not in sp["noise"]:
                sp["noise"].append("wrapped")
    for h in negs:
        h["text"] = new[h["start"]:h["end"]]
    return new


def make_record(marked, genre, template, handwritten, ocr, r, wrap=None):
    text, spans, negs = strip_markers(marked)
    if wrap:
        text = hard_wrap(text, spans, negs, wrap)
    for sp in spans:
        if not sp["subkind"] or (sp["type"] == "DATE_OF_BIRTH" and sp["subkind"] not in ("dob_mrz", "dob_spoken")):
            sp["subkind"] = infer_sub(sp["type"], sp["value"])
        for tg in infer_noise(sp["type"], sp["value"]):
            if tg not in sp["noise"]:
                sp["noise"].append(tg)
    spans.sort(key=lambda x: x["start"])
    rec = {"text": text, "spans": [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in spans], "genre": genre}
    meta = {"template": template, "genre": genre, "handwritten": handwritten, "ocr": ocr,
            "spans": [{"start": s["start"], "end": s["end"], "type": s["type"], "subkind": s["subkind"], "noise": s["noise"], "value": s["value"]} for s in spans],
            "hard_negatives": negs}
    return rec, meta


# ---------------------------------------------------------------- main
SEED = "pii_bg-2026"
TARGET = 452
N_NOPII_TEMPLATE = 30
TARGET_SPANS = {"*": 100, "KR_PASSPORT": 140, "CREDIT_CARD": 140, "DATE_OF_BIRTH": 140}
OUT = "pii_bg.jsonl"
META = "pii_bg.meta.jsonl"
STATS = "stats.json"


def build():
    import random
    import handwritten
    r = random.Random(SEED)
    g = Gen(r)
    c = Ctx(g)
    items = []
    for i, doc in enumerate(handwritten.DOCS):
        genre, marked = doc[0], doc[1]
        ocr = len(doc) > 2 and "ocr" in doc[2]
        items.append(make_record(marked, genre, "hw%03d" % (i + 1), True, ocr, r))
    n_tpl = TARGET - len(items)
    nopii = [t_recruit_nopii, t_notice_nopii]
    pii_t = [(f, w) for f, w in TEMPLATES if f not in nopii]
    counts = {k: 0 for k in TYPES}
    for rec, meta in items:
        for sp in rec["spans"]:
            counts[sp["type"]] += 1

    def emit(f):
        g.rec_names = set()
        c.ocr = f.__name__ in ALWAYS_OCR or r.random() < 0.16
        marked, genre = f(c)
        wrap = None
        if c.ocr:
            marked = ocr_text_noise(marked, r)
            wrap = r.choice([None, 30, 38, 46])
        res = make_record(marked, genre, f.__name__, False, c.ocr, r, wrap)
        c.ocr = False
        return res

    def add(res):
        items.append(res)
        for sp in res[0]["spans"]:
            counts[sp["type"]] += 1

    start = len(items)
    seen = {}
    for f, w in pii_t:          # every template at least twice
        for _ in range(2):
            res = emit(f)
            seen.setdefault(f, set()).update(sp["type"] for sp in res[0]["spans"])
            add(res)
    for k in range(N_NOPII_TEMPLATE):
        add(emit(nopii[k % 2]))
    while len(items) - start < n_tpl:
        need = {k for k in TYPES if counts[k] < TARGET_SPANS.get(k, TARGET_SPANS["*"])}
        focus = max(sorted(need), key=lambda k: (TARGET_SPANS.get(k, TARGET_SPANS["*"]) - counts[k]) / TARGET_SPANS.get(k, TARGET_SPANS["*"])) if need else None
        cand = [(f, w) for f, w in pii_t if focus is None or focus in seen[f]] or pii_t
        f = r.choices([f for f, w in cand], weights=[w for f, w in cand], k=1)[0]
        res = emit(f)
        seen[f].update(sp["type"] for sp in res[0]["spans"])
        if not need or any(sp["type"] in need for sp in res[0]["spans"]):
            add(res)
    r.shuffle(items)
    recs, metas = [], []
    for k, (rec, meta) in enumerate(items):
        rid = "pii_bg-%04d" % (k + 1)
        recs.append({"id": rid, "text": rec["text"], "spans": rec["spans"], "genre": rec["genre"]})
        meta = dict({"id": rid}, **meta)
        metas.append(meta)
    return recs, metas


def compute_stats(recs, metas):
    from collections import Counter
    st = {"records": len(recs), "records_no_pii": sum(1 for x in recs if not x["spans"]),
          "handwritten_records": sum(1 for m in metas if m["handwritten"]), "template_records": sum(1 for m in metas if not m["handwritten"]),
          "templates_used": len(set(m["template"] for m in metas if not m["handwritten"])), "ocr_records": sum(1 for m in metas if m["ocr"]),
          "spans": sum(len(x["spans"]) for x in recs)}
    g = Counter(x["genre"] for x in recs)
    gn = Counter(x["genre"] for x in recs if not x["spans"])
    gs = Counter()
    for x in recs:
        gs[x["genre"]] += len(x["spans"])
    st["by_genre"] = {k: {"records": g[k], "no_pii": gn[k], "spans": gs[k]} for k in sorted(g)}
    t = Counter()
    tsub = Counter()
    noise = Counter()
    tnoise = Counter()
    hwt = Counter()
    for m in metas:
        for s in m["spans"]:
            t[s["type"]] += 1
            tsub[s["type"] + " / " + s["subkind"]] += 1
            if m["handwritten"]:
                hwt[s["type"]] += 1
            for n in s["noise"]:
                noise[n] += 1
            if s["noise"]:
                tnoise[s["type"]] += 1
    st["by_type"] = {k: t[k] for k in TYPES}
    st["by_type_handwritten"] = {k: hwt[k] for k in TYPES}
    st["by_type_subkind"] = dict(sorted(tsub.items()))
    st["noise_tags"] = dict(sorted(noise.items()))
    st["noisy_spans_by_type"] = {k: tnoise[k] for k in TYPES}
    st["noisy_spans"] = sum(1 for m in metas for s in m["spans"] if s["noise"])
    hn = Counter(h["category"] for m in metas for h in m["hard_negatives"])
    st["hard_negatives"] = dict(sorted(hn.items()))
    return st


def main():
    import json
    import sys
    recs, metas = build()
    bad = 0
    for rec, meta in zip(recs, metas):
        errs = validate_record(rec, meta)
        for e in errs:
            bad += 1
            print("%s [%s]: %s" % (rec["id"], meta["template"], e), file=sys.stderr)
    if bad:
        print("%d validation errors" % bad, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for x in recs:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    with open(META, "w", encoding="utf-8", newline="\n") as f:
        for x in metas:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    st = compute_stats(recs, metas)
    with open(STATS, "w", encoding="utf-8", newline="\n") as f:
        json.dump(st, f, ensure_ascii=False, indent=1)
        f.write("\n")
    # ---- re-read and validate
    with open(OUT, encoding="utf-8") as f:
        R = [json.loads(l) for l in f]
    with open(META, encoding="utf-8") as f:
        M = [json.loads(l) for l in f]
    assert len(R) == len(M) == len(recs)
    ids = set()
    for x, m in zip(R, M):
        assert set(x) == {"id", "text", "spans", "genre"}, x.keys()
        assert x["id"] == m["id"] and x["id"] not in ids
        ids.add(x["id"])
        for sp in x["spans"]:
            assert set(sp) == {"start", "end", "type"} and sp["type"] in TYPES
        assert [(s["start"], s["end"], s["type"]) for s in x["spans"]] == [(s["start"], s["end"], s["type"]) for s in m["spans"]]
        for s in m["spans"]:
            assert x["text"][s["start"]:s["end"]] == s["value"]
        for h in m["hard_negatives"]:
            assert x["text"][h["start"]:h["end"]] == h["text"]
            assert not any(h["start"] < s["end"] and s["start"] < h["end"] for s in x["spans"]), ("hard negative overlaps span", x["id"])
        assert not validate_record(x, m)
        if m["template"] in ("t_recruit_nopii", "t_notice_nopii"):
            assert not x["spans"]
        if m["handwritten"] is False and m["template"] not in ("t_recruit_nopii", "t_notice_nopii") and not (m["template"] == "t_consent" and "작성 예시" in x["text"]):
            assert x["spans"], x["id"]
    assert compute_stats(R, M) == st
    print(json.dumps({k: st[k] for k in ("records", "records_no_pii", "handwritten_records", "templates_used", "ocr_records", "spans", "by_type")}, ensure_ascii=False))


if __name__ == "__main__":
    main()
