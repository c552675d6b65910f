"""Core helpers for the pii_g evaluation set: value generators, noise, document builder.

Standard library only.  All randomness comes from random.Random objects that the caller
seeds with strings, so the output does not depend on PYTHONHASHSEED.
"""
import re
import unicodedata

# ----------------------------------------------------------------------------------------
# value object / hard negative object
# ----------------------------------------------------------------------------------------


class V:
    """A PII value to be written into the text (one gold span)."""

    def __init__(self, typ, text, clean=None, kind="", fmt="", noise=None):
        self.type = typ
        self.text = text
        self.clean = text if clean is None else clean
        self.kind = kind
        self.fmt = fmt
        self.noise = list(noise or [])

    def copy(self, text=None, add_noise=None):
        v = V(self.type, self.text if text is None else text, self.clean, self.kind, self.fmt, self.noise)
        if add_noise:
            v.noise.append(add_noise)
        return v

    def __repr__(self):
        return "V(%s,%r)" % (self.type, self.text)


class N:
    """A tagged hard negative (looks like PII, is not)."""

    def __init__(self, cat, text):
        self.cat = cat
        self.text = text


# ----------------------------------------------------------------------------------------
# names
# ----------------------------------------------------------------------------------------

SURNAMES = ("김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 전 홍 고 문 양 손 배 백 허 유 남 심 노 하 곽 성 차 "
            "주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 "
            "금 옥 육 인 맹 제 탁 국 어 은 편 용 예 경 봉").split()
# frequency-ish weighting: the first 12 surnames appear more often
SURNAME_W = [8] * 12 + [2] * (len(SURNAMES) - 12)
TWO_SURNAMES = ["남궁", "황보", "선우", "제갈", "독고", "사공", "서문"]
GIVEN = ("민준 서준 도윤 예준 시우 하준 지호 주원 지후 준우 준서 건우 도현 현우 지훈 우진 서진 민재 현준 연우 "
         "유준 정우 승우 승현 시윤 준혁 은우 지환 승민 유찬 윤우 민성 준영 시후 진우 지원 수호 재윤 시현 동현 "
         "수현 서연 서윤 서현 민서 하은 하윤 윤서 지유 지민 채원 지아 수아 은서 다은 예은 수빈 소율 예린 지안 "
         "시은 하린 가은 윤아 민지 유진 수민 영숙 정숙 순자 영자 미경 미숙 경희 정희 은주 혜진 성호 영호 상철 "
         "영수 정호 광수 동욱 재훈 성민 현철 병철 종훈 기현 태식 명숙 옥순 경자 말순 상훈 재석 혜원 보람 "
         "슬기 한결 나래 다온 이안 로운 태희 은정 미란 선희 승희 경태 창민 용준 형석 두식 봉수 기순 해진 "
         "진영 소영 나연 세영 주희 연경 태윤 준기 대호 석진 윤정 은비 가람 하늘 새봄 동건 범수 일권 찬영").split()
SINGLE_GIVEN = ["결", "솔", "훈", "진", "웅", "란", "윤", "혁"]
FORBIDDEN_NAMES = {"홍길동", "김철수", "이영희"}  # form placeholders / textbook names

# (hangul, latin, nationality, passport-style)
FOREIGN = [
    ("응우옌 반 안", "NGUYEN VAN AN", "베트남", "VN"), ("응우옌 티 투 항", "NGUYEN THI THU HANG", "베트남", "VN"),
    ("쩐 티 마이", "TRAN THI MAI", "베트남", "VN"), ("팜 반 득", "PHAM VAN DUC", "베트남", "VN"),
    ("레 티 란", "LE THI LAN", "베트남", "VN"), ("보 꽝 민", "VO QUANG MINH", "베트남", "VN"),
    ("무함마드 아크발", "MUHAMMAD AKBAR", "파키스탄", "PK"), ("무함마드 알리 칸", "MUHAMMAD ALI KHAN", "파키스탄", "PK"),
    ("아흐메드 하산", "AHMED HASSAN", "방글라데시", "BD"), ("마리아 산토스", "MARIA SANTOS", "필리핀", "PH"),
    ("크리스티나 레예스", "CRISTINA REYES", "필리핀", "PH"), ("제니퍼 가르시아", "JENNIFER GARCIA", "필리핀", "PH"),
    ("왕웨이", "WANG WEI", "중국", "CN"), ("리우 양", "LIU YANG", "중국", "CN"), ("장메이링", "ZHANG MEILING", "중국", "CN"),
    ("천샤오훙", "CHEN XIAOHONG", "중국", "CN"), ("다바수렝 바트바야르", "DAVAASUREN BATBAYAR", "몽골", "MN"),
    ("어용체체그 간바트", "OYUNTSETSEG GANBAT", "몽골", "MN"), ("아지즈 카리모프", "AZIZ KARIMOV", "우즈베키스탄", "UZ"),
    ("굴나라 유수포바", "GULNARA YUSUPOVA", "우즈베키스탄", "UZ"), ("소피아 이바노바", "SOFIA IVANOVA", "러시아", "RU"),
    ("시리퐁 분미", "SIRIPHONG BOONMEE", "태국", "TH"), ("솜차이 캄폰", "SOMCHAI KAMPHON", "태국", "TH"),
    ("비크람 샤르마", "VIKRAM SHARMA", "인도", "IN"), ("다나카 유키", "TANAKA YUKI", "일본", "JP"),
    ("사토 하루토", "SATO HARUTO", "일본", "JP"), ("존 밀러", "JOHN MILLER", "미국", "US"),
    ("에밀리 존슨", "EMILY JOHNSON", "미국", "US"), ("누르 아이샤 빈티 라만", "NUR AISHA BINTI RAHMAN", "인도네시아", "ID"),
    ("데위 lestari", "DEWI LESTARI", "인도네시아", "ID"), ("속 찬나", "SOK CHANNA", "캄보디아", "KH"),
    ("라즈 쿠마르 타파", "RAJ KUMAR THAPA", "네팔", "NP"),
]
# fix the one mixed entry above (kept for clarity of intent)
FOREIGN = [(h if h != "데위 lestari" else "데위 레스타리", l, n, p) for (h, l, n, p) in FOREIGN]


def kname(rng, allow_two=True):
    if allow_two and rng.random() < 0.07:
        s = rng.choice(TWO_SURNAMES)
    else:
        s = rng.choices(SURNAMES, weights=SURNAME_W)[0]
    while True:
        g = rng.choice(SINGLE_GIVEN) if rng.random() < 0.03 else rng.choice(GIVEN)
        if s + g not in FORBIDDEN_NAMES:
            return s + g


def person(rng, used=None):
    while True:
        n = kname(rng)
        if used is None or n not in used:
            if used is not None:
                used.add(n)
            return V("PERSON", n, kind="name_ko")


def foreigner(rng):
    h, l, nat, pp = rng.choice(FOREIGN)
    return (V("PERSON", h, kind="name_foreign_hangul"), V("PERSON", l, kind="name_foreign_latin"), nat, pp)


# ----------------------------------------------------------------------------------------
# numeric identifiers
# ----------------------------------------------------------------------------------------

def _d(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def rand_date(rng, y0, y1, after=None):
    while True:
        y = rng.randint(y0, y1)
        m = rng.randint(1, 12)
        dd = rng.randint(1, 28 if m == 2 and not leap(y) else DAYS[m - 1])
        if after and (y, m, dd) < after:
            continue
        if (y, m, dd) > (2024, 12, 31):
            continue
        return y, m, dd


RRN_W = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]


def rrn_check(d12):
    s = sum(int(a) * w for a, w in zip(d12, RRN_W))
    return (11 - s % 11) % 10


def frn_check(d12):
    s = sum(int(a) * w for a, w in zip(d12, RRN_W))
    return (13 - s % 11) % 10


MASKS = ["*", "*", "*", "●", "X", "x", "○", "#"]


def rrn(rng, kind=None, who="any"):
    """who: 'any', 'adult' (born <= 2004, no post-2020 numbers) or 'child' (mostly post-Oct-2020 numbers)."""
    if who == "adult":
        kind = kind or rng.choices(["rrn_valid", "rrn_masked"], [6, 3])[0]
    elif who == "child":
        kind = kind or rng.choices(["rrn_valid", "rrn_post2020", "rrn_masked"], [3, 6, 1])[0]
    kind = kind or rng.choices(["rrn_valid", "rrn_post2020", "rrn_masked"], [5, 3, 3])[0]
    if kind in ("rrn_valid", "rrn_masked"):
        y0, y1 = {"adult": (1938, 2004), "child": (2006, 2019)}.get(who, (1938, 2019))
        y, m, dd = rand_date(rng, y0, y1)
        if y >= 2020:
            y = 2019
        g = rng.choice("12") if y < 2000 else rng.choice("34")
    else:  # post2020
        y, m, dd = rand_date(rng, 2020, 2024, after=(2020, 10, 1))
        g = rng.choice("34")
    front = "%02d%02d%02d" % (y % 100, m, dd)
    if kind == "rrn_masked":
        mk = rng.choice(MASKS)
        clean = front + "-" + g + mk * 6
        return V("KR_RRN", clean, clean, kind, meta_date(y, m, dd))
    body = g + _d(rng, 5)
    c = rrn_check(front + body)
    if kind == "rrn_post2020":
        c = (c + rng.randint(1, 9)) % 10  # post-Oct-2020 numbers carry no check digit
    clean = front + "-" + body + str(c)
    return V("KR_RRN", clean, clean, kind, meta_date(y, m, dd))


def meta_date(y, m, d):
    return "%04d-%02d-%02d" % (y, m, d)


def frn(rng, kind=None, who="any"):
    if who == "adult":
        kind = kind or rng.choices(["frn_valid", "frn_masked"], [7, 2])[0]
    kind = kind or rng.choices(["frn_valid", "frn_post2020", "frn_masked"], [6, 2, 2])[0]
    if kind == "frn_post2020":
        y, m, dd = rand_date(rng, 2020, 2024, after=(2020, 10, 1))
    else:
        y, m, dd = rand_date(rng, 1955, 2004 if who == "adult" else 2019)
    if y < 2000:
        g = rng.choice("56")
    else:
        g = rng.choice("78")
    front = "%02d%02d%02d" % (y % 100, m, dd)
    if kind == "frn_masked":
        mk = rng.choice(MASKS)
        clean = front + "-" + g + mk * 6
        return V("KR_FRN", clean, clean, kind, meta_date(y, m, dd))
    while True:
        office = "%02d" % (rng.randint(1, 49) * 2 % 100)  # even registration-office code
        typ = rng.choice("6789")
        body = g + office + _d(rng, 2) + typ
        c = frn_check(front + body)
        if kind == "frn_post2020":
            c = (c + rng.randint(1, 9)) % 10
        clean = front + "-" + body + str(c)
        return V("KR_FRN", clean, clean, kind, meta_date(y, m, dd))


def brn(rng):
    while True:
        a = "%03d" % rng.randint(101, 899)
        b = "%02d" % rng.choice(list(range(1, 80)) + [81, 82, 85, 86, 87, 88])
        c = _d(rng, 4)
        d9 = a + b + c
        w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
        s = sum(int(x) * y for x, y in zip(d9, w)) + (int(d9[8]) * 5) // 10
        chk = (10 - s % 10) % 10
        return a + "-" + b + "-" + c + str(chk)


def brn_valid(clean):
    d = re.sub(r"\D", "", clean)
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(int(x) * y for x, y in zip(d[:9], w)) + (int(d[8]) * 5) // 10
    return len(d) == 10 and (10 - s % 10) % 10 == int(d[9])


CRN_OFFICES = ["1101", "1150", "1201", "1301", "1311", "1350", "1358", "1401", "1501", "1511", "1601", "1647",
               "1701", "1748", "1801", "1855", "1901", "2001", "2011", "2101", "2201", "2301", "2401", "2501",
               "2601", "2849"]


def crn(rng):
    office = rng.choice(CRN_OFFICES)
    kind = rng.choice(["11", "11", "11", "12", "13", "14", "21", "71"])
    d12 = office + kind + _d(rng, 6)
    s = sum(int(x) * (1 if i % 2 == 0 else 2) for i, x in enumerate(d12))
    chk = (10 - s % 10) % 10
    return d12[:6] + "-" + d12[6:] + str(chk)


def crn_valid(clean):
    d = re.sub(r"\D", "", clean)
    s = sum(int(x) * (1 if i % 2 == 0 else 2) for i, x in enumerate(d[:12]))
    return len(d) == 13 and (10 - s % 10) % 10 == int(d[12])


def luhn_ok(num):
    d = [int(c) for c in num][::-1]
    s = 0
    for i, x in enumerate(d):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_complete(prefix, length, rng):
    body = prefix + _d(rng, length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


CARD_BRANDS = [("visa", ["4"], 16), ("master", ["51", "52", "53", "54", "55", "2221", "2720"], 16),
               ("bc", ["9410", "9420", "9430", "9445", "9490"], 16), ("jcb", ["3528", "3562", "3569"], 16),
               ("amex", ["34", "37"], 15), ("unionpay", ["6250", "6244"], 16), ("local", ["9409", "9411"], 16)]


def card(rng, kind=None, style=None):
    masked = kind == "card_masked" or (kind is None and rng.random() < 0.22)
    brand, pre, ln = rng.choice(CARD_BRANDS)
    num = luhn_complete(rng.choice(pre), ln, rng)
    style = style or rng.choices(["dash", "space", "plain"], [6, 3, 2])[0]
    groups = [4, 6, 5] if ln == 15 else [4, 4, 4, 4]
    if masked:
        mk = rng.choice(["*", "*", "X", "●", "#"])
        if ln == 15:
            num = num[:4] + mk * 7 + num[-4:] if rng.random() < 0.5 else num[:6] + mk * 5 + num[-4:]
        else:
            num = num[:6] + mk * 6 + num[-4:] if rng.random() < 0.6 else num[:4] + mk * 8 + num[-4:]
    parts, i = [], 0
    for g in groups:
        parts.append(num[i:i + g])
        i += g
    sep = {"dash": "-", "space": " ", "plain": ""}[style]
    txt = sep.join(parts)
    return V("CREDIT_CARD", txt, txt, "card_masked" if masked else "card_" + brand, style)


BANKS = [
    ("KB국민은행", [6, 2, 6], ""), ("국민은행", [3, 2, 4, 3], ""), ("신한은행", [3, 3, 6], "110"), ("신한은행", [3, 2, 6], "1"),
    ("우리은행", [4, 3, 6], "1002"), ("하나은행", [3, 6, 5], ""), ("NH농협은행", [3, 4, 4, 2], "3"),
    ("농협", [3, 4, 4, 2], "35"), ("지역농협", [6, 2, 6], ""), ("IBK기업은행", [3, 6, 2, 3], ""),
    ("기업은행", [3, 6, 2, 3], ""), ("카카오뱅크", [4, 2, 7], "3333"), ("토스뱅크", [4, 4, 4], "1000"),
    ("케이뱅크", [3, 3, 6], "100"), ("우체국", [6, 2, 6], ""), ("새마을금고", [4, 4, 4, 1], "900"),
    ("부산은행", [3, 4, 4, 2], "1"), ("iM뱅크", [3, 2, 6, 1], "5"), ("대구은행", [3, 2, 6, 1], "5"),
    ("SC제일은행", [3, 2, 6], ""), ("수협은행", [3, 2, 6], "1"), ("신협", [3, 3, 6], "13"),
    ("경남은행", [3, 2, 7], "2"), ("광주은행", [3, 3, 6], "1"), ("전북은행", [3, 2, 7], "5"), ("KDB산업은행", [3, 4, 4, 3], "0"),
]


def account(rng, style=None):
    bank, groups, pre = rng.choice(BANKS)
    n = sum(groups)
    num = pre + "".join(str(rng.randint(0, 9)) if i else str(rng.randint(1, 9)) for i in range(n - len(pre)))
    style = style or rng.choices(["dash", "plain", "space"], [7, 2, 1])[0]
    parts, i = [], 0
    for g in groups:
        parts.append(num[i:i + g])
        i += g
    sep = {"dash": "-", "plain": "", "space": " "}[style]
    txt = sep.join(parts)
    return bank, V("KR_BANK_ACCOUNT", txt, txt, "acct_" + "-".join(map(str, groups)), style)


def bank_v(rng, style=None):
    return account(rng, style)


KR_PP_PREFIX = ["M", "M", "M", "M", "S", "R", "G", "D"]


def passport(rng, style=None):
    """style: kr_old, kr_new, or a country code of FOREIGN."""
    style = style or rng.choice(["kr_old", "kr_new", "kr_new"])
    if style == "kr_old":
        t = rng.choice(KR_PP_PREFIX) + _d(rng, 8)
        k = "passport_kr_old"
    elif style == "kr_new":
        t = rng.choice(KR_PP_PREFIX) + _d(rng, 3) + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + _d(rng, 4)
        k = "passport_kr_new"
    else:
        k = "passport_foreign"
        c = style
        if c == "VN":
            t = rng.choice("CBN") + _d(rng, 7)
        elif c == "CN":
            t = rng.choice(["E" + _d(rng, 8), "EA" + _d(rng, 7), "EH" + _d(rng, 7), "G" + _d(rng, 8)])
        elif c == "PH":
            t = "P" + _d(rng, 7) + rng.choice("ABC")
        elif c == "JP":
            t = rng.choice(["TZ", "TR", "MZ", "TK"]) + _d(rng, 7)
        elif c == "US":
            t = str(rng.randint(5, 6)) + _d(rng, 8)
        elif c == "UZ":
            t = rng.choice(["FA", "AA", "AD"]) + _d(rng, 7)
        elif c == "MN":
            t = "E" + _d(rng, 7)
        elif c == "RU":
            t = "7" + _d(rng, 8)
        elif c == "TH":
            t = rng.choice(["AA", "AB", "AC"]) + _d(rng, 7)
        elif c == "ID":
            t = rng.choice(["A", "B", "X"]) + _d(rng, 7)
        elif c == "KH":
            t = "N" + _d(rng, 8)
        elif c == "NP":
            t = "PA" + _d(rng, 7)
        elif c == "PK":
            t = rng.choice(["AB", "BK", "CJ"]) + _d(rng, 7)
        elif c == "BD":
            t = rng.choice(["A", "B", "EB"]) + _d(rng, 7)
        elif c == "IN":
            t = rng.choice("JKLMNPRSTUZ") + _d(rng, 7)
        else:
            t = rng.choice("ABCDEFG") + _d(rng, 7)
    return V("KR_PASSPORT", t, t, k, style)


DL_REGIONS = [("서울", 11), ("부산", 12), ("경기", 13), ("강원", 14), ("충북", 15), ("충남", 16), ("전북", 17),
              ("전남", 18), ("경북", 19), ("경남", 20), ("제주", 21), ("대구", 22), ("인천", 23), ("광주", 24),
              ("대전", 25), ("울산", 26), ("경기북부", 28)]


def driver_license(rng, kind=None):
    kind = kind or rng.choices(["dl_code", "dl_name", "dl_name_nospace", "dl_plain", "dl_masked"], [5, 4, 2, 2, 1])[0]
    reg, code = rng.choice(DL_REGIONS)
    yy = "%02d" % rng.choice(list(range(85, 100)) + list(range(0, 25)))
    ser = _d(rng, 6)
    ck = _d(rng, 2)
    clean = "%02d-%s-%s-%s" % (code, yy, ser, ck)
    if kind == "dl_code":
        t = clean
    elif kind == "dl_name":
        t = "%s %s-%s-%s" % (reg, yy, ser, ck)
    elif kind == "dl_name_nospace":
        t = "%s%s-%s-%s" % (reg, yy, ser, ck)
    elif kind == "dl_plain":
        t = clean.replace("-", "")
    else:
        mk = rng.choice("*X●")
        t = "%02d-%s-%s-%s" % (code, yy, ser[:3] + mk * 3, mk * 2) if rng.random() < 0.5 else \
            "%s %s-%s-%s" % (reg, yy, mk * 6, ck)
    return V("KR_DRIVER_LICENSE", t, clean if kind != "dl_masked" else t, kind)


def health_ins(rng):
    t = str(rng.randint(1, 9)) + _d(rng, 10)
    k = "hi_11digit"
    r = rng.random()
    if r < 0.15:
        t2 = t[0] + "-" + t[1:]
        k = "hi_1-10"
    elif r < 0.25:
        t2 = t[:4] + "-" + t[4:8] + "-" + t[8:]
        k = "hi_4-4-3"
    else:
        t2 = t
    return V("KR_HEALTH_INSURANCE", t2, t, k)


REGION_LAND = ["031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055", "061", "062", "063", "064"]


def phone(rng, kind=None):
    kind = kind or rng.choices(["mobile", "landline", "internet070", "mobile_masked"], [6, 4, 1, 1])[0]
    if kind == "mobile":
        a, b, c = "010", "%04d" % rng.randint(2000, 9999), _d(rng, 4)
        if rng.random() < 0.05:
            a, b = rng.choice(["011", "016", "017", "019"]), "%03d" % rng.randint(200, 999)
        f = rng.choices(["dash", "space", "plain", "dot", "paren", "intl", "intl_space"], [12, 2, 2, 1, 1, 1, 1])[0]
        clean = "%s-%s-%s" % (a, b, c)
        t = {"dash": clean, "space": "%s %s %s" % (a, b, c), "plain": a + b + c, "dot": "%s.%s.%s" % (a, b, c),
             "paren": "(%s)%s-%s" % (a, b, c), "intl": "+82-%s-%s-%s" % (a[1:], b, c),
             "intl_space": "+82 %s %s %s" % (a[1:], b, c)}[f]
        return V("PHONE_NUMBER", t, clean, "mobile", f)
    if kind == "mobile_masked":
        a, b, c = "010", "%04d" % rng.randint(2000, 9999), _d(rng, 4)
        mk = rng.choice("*X●")
        r = rng.random()
        if r < 0.5:
            t = "%s-%s-%s" % (a, mk * 4, c)
        elif r < 0.8:
            t = "%s-%s-%s" % (a, b[:2] + mk * 2, c)
        else:
            t = "%s-%s-%s" % (a, b, c[:2] + mk * 2)
        return V("PHONE_NUMBER", t, t, "mobile_masked", "dash")
    if kind == "internet070":
        clean = "070-%04d-%s" % (rng.randint(2000, 9999), _d(rng, 4))
        return V("PHONE_NUMBER", clean, clean, "internet070", "dash")
    # landline
    if rng.random() < 0.35:
        a = "02"
        b = "%d" % rng.randint(2000, 9999) if rng.random() < 0.6 else "%d" % rng.randint(200, 999)
    else:
        a = rng.choice(REGION_LAND)
        b = "%d" % rng.randint(200, 999) if rng.random() < 0.5 else "%d" % rng.randint(2000, 9999)
    c = _d(rng, 4)
    clean = "%s-%s-%s" % (a, b, c)
    f = rng.choices(["dash", "paren", "paren_space", "dot", "space"], [10, 2, 1, 1, 1])[0]
    t = {"dash": clean, "paren": "(%s)%s-%s" % (a, b, c), "paren_space": "(%s) %s-%s" % (a, b, c),
         "dot": "%s.%s.%s" % (a, b, c), "space": "%s %s %s" % (a, b, c)}[f]
    return V("PHONE_NUMBER", t, clean, "landline", f)


def gov_line(rng):
    """direct line of an official (044 / 02 / regional)"""
    a = rng.choice(["044", "044", "02", "031", "042", "053", "062", "064"])
    if a == "02":
        b = "%04d" % rng.randint(2100, 3999)
    else:
        b = "%03d" % rng.randint(200, 999)
    clean = "%s-%s-%s" % (a, b, _d(rng, 4))
    return V("PHONE_NUMBER", clean, clean, "landline_direct", "dash")


ROMA = ["minjun", "seoyeon", "jihoon", "hyunwoo", "sujin", "eunji", "dohyun", "yuna", "kimhs", "parkjy", "leesm",
        "choi.dh", "jung_mk", "kang.sy", "hana", "skyblue", "greentea", "moonlight", "happyday", "jjang", "bora",
        "hj.yoon", "sw.han", "ys_lim", "okja", "dreamer", "nuri", "saebom", "haneul", "gaeul", "yeoreum", "taeyang",
        "starfish", "j.kwon", "mkoh", "sbaek", "hyeri", "tiger", "sunflower", "ocean", "nguyen.van", "mai.tran",
        "akbar.m", "maria.s", "wangwei", "batbayar", "aziz.k", "ivanova.s", "sharma.v", "yuki.t"]
DOMAINS = ["naver.com", "naver.com", "naver.com", "daum.net", "hanmail.net", "gmail.com", "gmail.com", "kakao.com",
           "nate.com", "hotmail.com", "outlook.com", "yahoo.co.kr"]
CO_DOMAINS = ["hanbit-eng.co.kr", "saerom-it.com", "daeyang.kr", "gaon-design.co.kr", "mirae-sol.com",
              "bluehill.co.kr", "seorin.net", "dasan-lab.kr"]


def email(rng, domain=None, local=None):
    local = local or rng.choice(ROMA)
    if rng.random() < 0.55:
        local += str(rng.randint(1, 9999))
    d = domain or rng.choice(DOMAINS)
    t = local + "@" + d
    return V("EMAIL_ADDRESS", t, t, "email_gov" if d == "korea.kr" else ("email_company" if d in CO_DOMAINS
                                                                           else "email_personal"))


def ip(rng, kind=None):
    kind = kind or rng.choices(["ip_public", "ip_private", "ipv6"], [6, 3, 1])[0]
    if kind == "ip_public":
        while True:
            a = rng.randint(1, 223)
            if a not in (10, 127, 172, 192, 169, 100):
                break
        t = "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
    elif kind == "ip_private":
        r = rng.random()
        if r < 0.45:
            t = "192.168.%d.%d" % (rng.randint(0, 255), rng.randint(2, 254))
        elif r < 0.8:
            t = "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254))
        else:
            t = "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(2, 254))
    else:
        t = "2001:%x:%x:%x::%x" % (rng.randint(0x200, 0xfff), rng.randint(0, 0xffff), rng.randint(0, 0xffff),
                                  rng.randint(1, 0xffff))
    return V("IP_ADDRESS", t, t, kind)


PLATE_PRIV = list("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주")
PLATE_COMM = list("바사아자")
PLATE_REG = ["서울", "부산", "경기", "인천", "대구", "광주", "대전", "울산", "충남", "경남", "전북", "강원"]


def plate(rng, kind=None):
    kind = kind or rng.choices(["plate_2digit", "plate_3digit", "plate_region", "plate_commercial", "plate_nospace",
                                "plate_rental"], [3, 4, 1, 2, 2, 1])[0]
    h = rng.choice(PLATE_PRIV)
    if kind == "plate_2digit":
        t = "%02d%s %04d" % (rng.randint(10, 99), h, rng.randint(1000, 9999))
    elif kind == "plate_3digit":
        t = "%03d%s %04d" % (rng.randint(100, 699), h, rng.randint(1000, 9999))
    elif kind == "plate_region":
        t = "%s %02d%s %04d" % (rng.choice(PLATE_REG), rng.randint(10, 99), h, rng.randint(1000, 9999))
    elif kind == "plate_commercial":
        t = "%s %02d%s %04d" % (rng.choice(PLATE_REG), rng.randint(70, 98), rng.choice(PLATE_COMM),
                                rng.randint(1000, 9999))
    elif kind == "plate_rental":
        t = "%02d%s %04d" % (rng.randint(10, 99), rng.choice("하허호"), rng.randint(1000, 9999))
    else:
        t = "%03d%s%04d" % (rng.randint(100, 699), h, rng.randint(1000, 9999))
    return V("KR_VEHICLE_PLATE", t, t, kind)


def dob(rng, y0=1940, y1=2018, fmt=None):
    y, m, dd = rand_date(rng, y0, y1)
    fmt = fmt or rng.choice(["dot_space", "kor", "iso", "dot_pad", "dot_pad_nodot", "yy_dot", "yymmdd", "slash",
                             "dot_space", "kor"])
    t = {"dot_space": "%d. %d. %d." % (y, m, dd), "kor": "%d년 %d월 %d일" % (y, m, dd),
         "iso": "%d-%02d-%02d" % (y, m, dd), "dot_pad": "%d.%02d.%02d." % (y, m, dd),
         "dot_pad_nodot": "%d.%02d.%02d" % (y, m, dd), "yy_dot": "%02d.%02d.%02d" % (y % 100, m, dd),
         "yymmdd": "%02d%02d%02d" % (y % 100, m, dd), "slash": "%d/%02d/%02d" % (y, m, dd)}[fmt]
    return V("DATE_OF_BIRTH", t, meta_date(y, m, dd), "dob_" + fmt)


# ----------------------------------------------------------------------------------------
# addresses
# ----------------------------------------------------------------------------------------

SIDO = [
    ("서울특별시", "서울", ["마포구", "강남구", "노원구", "관악구", "송파구", "은평구", "중랑구", "성북구", "강서구", "동작구"]),
    ("부산광역시", "부산", ["해운대구", "사하구", "부산진구", "동래구", "금정구", "수영구"]),
    ("대구광역시", "대구", ["수성구", "달서구", "북구", "중구"]),
    ("인천광역시", "인천", ["남동구", "부평구", "연수구", "계양구", "미추홀구"]),
    ("광주광역시", "광주", ["북구", "서구", "광산구", "남구"]),
    ("대전광역시", "대전", ["유성구", "서구", "중구", "대덕구"]),
    ("울산광역시", "울산", ["남구", "중구", "울주군"]),
    ("세종특별자치시", "세종", [""]),
    ("경기도", "경기", ["수원시 팔달구", "수원시 영통구", "성남시 분당구", "고양시 일산동구", "용인시 수지구", "안산시 단원구",
                     "화성시", "김포시", "파주시", "의정부시", "평택시", "남양주시", "시흥시"]),
    ("강원특별자치도", "강원", ["춘천시", "원주시", "강릉시", "홍천군"]),
    ("충청북도", "충북", ["청주시 흥덕구", "충주시", "제천시", "음성군"]),
    ("충청남도", "충남", ["천안시 서북구", "아산시", "공주시", "당진시", "홍성군"]),
    ("전북특별자치도", "전북", ["전주시 완산구", "익산시", "군산시", "김제시"]),
    ("전라남도", "전남", ["목포시", "순천시", "여수시", "나주시", "무안군"]),
    ("경상북도", "경북", ["포항시 북구", "구미시", "경주시", "안동시", "경산시"]),
    ("경상남도", "경남", ["창원시 성산구", "김해시", "진주시", "양산시", "거제시"]),
    ("제주특별자치도", "제주", ["제주시", "서귀포시"]),
]
ROADS = ["중앙로", "번영로", "월드컵북로", "은행로", "문화로", "시민로", "새말로", "한누리대로", "가람로", "꽃길로", "솔빛로",
         "청석로", "동부대로", "해맞이로", "대학로", "평화로", "산업로", "봉화로", "달빛로", "매화길", "느티로", "새싹로",
         "장터길", "강변로", "호수로", "서원로", "미래로", "희망로", "연꽃로", "다솜로"]
DONGS = ["신정동", "상계동", "봉천동", "망원동", "역삼동", "인계동", "정자동", "둔산동", "월평동", "만수동", "연산동",
         "범어동", "송정동", "봉명동", "석사동", "효자동", "용당동", "호계동", "상대동", "노형동", "금곡동", "운서동"]
EUPMYEON = ["조치원읍", "금남면", "장기면", "진접읍", "와부읍", "봉담읍", "청북읍", "오창읍", "남면", "송악읍"]
APTS = ["한빛", "푸른숲", "새솔", "늘푸른", "햇살마을", "드림파크", "센트럴힐", "하늘채", "은하수", "가온누리", "청솔",
        "우성", "현대", "주공2단지", "다온빌", "미소빌라"]


def address(rng, kind=None):
    kind = kind or rng.choices(["addr_road", "addr_road_short", "addr_sigungu", "addr_jibun"], [5, 2, 2, 3])[0]
    full, short, sgg = rng.choice(SIDO)
    gu = rng.choice(sgg)
    sido = full if kind != "addr_road_short" else short
    if gu == "" and kind == "addr_sigungu":
        kind = "addr_road"
    pieces = []
    if kind != "addr_sigungu":
        pieces.append(sido)
    if gu:
        pieces.append(gu)
    if kind == "addr_jibun":
        pieces.append(rng.choice(EUPMYEON if gu in ("", "화성시", "남양주시", "음성군", "당진시") and rng.random() < 0.7
                                 else DONGS))
        lot = "%d" % rng.randint(1, 1899) + ("-%d" % rng.randint(1, 60) if rng.random() < 0.7 else "")
        if rng.random() < 0.15:
            lot = "산 " + lot
        pieces.append(lot)
        r = rng.random()
        if r < 0.45:
            pieces.append("%s아파트 %d동 %d호" % (rng.choice(APTS), rng.randint(101, 120),
                                             rng.randint(1, 25) * 100 + rng.randint(1, 6)))
        elif r < 0.65:
            pieces.append("%d층" % rng.randint(1, 5))
        t = " ".join(pieces)
    else:
        road = rng.choice(ROADS)
        if rng.random() < 0.4:
            road += " %d번길" % rng.randint(2, 88) if rng.random() < 0.5 else "%d번길" % rng.randint(2, 88)
        pieces.append(road)
        pieces.append("%d" % rng.randint(1, 420) + ("-%d" % rng.randint(1, 30) if rng.random() < 0.2 else ""))
        t = " ".join(pieces)
        r = rng.random()
        if r < 0.4:
            t += ", %d동 %d호" % (rng.randint(101, 125), rng.randint(1, 30) * 100 + rng.randint(1, 6))
        elif r < 0.55:
            t += ", %d층 %d호" % (rng.randint(2, 9), rng.randint(1, 9) * 100 + rng.randint(1, 12))
        elif r < 0.7:
            t += " %d층" % rng.randint(2, 12)
        elif r < 0.8:
            t += ", %d호" % rng.randint(101, 1505)
    return V("KR_ADDRESS", t, t, kind)


def postal(rng):
    return "%05d" % rng.randint(1000, 63644)


# institutional addresses (hard negatives)
INST_ADDR = ["세종특별자치시 도움6로 11 정부세종청사 6동", "세종특별자치시 한누리대로 402 정부세종청사 10동",
             "서울특별시 종로구 세종대로 209 정부서울청사", "대전광역시 서구 청사로 189 정부대전청사 1동",
             "경기도 과천시 관문로 47 정부과천청사 2동", "서울특별시 마포구 월드컵로 212 마포구청",
             "경기도 수원시 팔달구 효원로 1 경기도청", "부산광역시 연제구 중앙대로 1001 부산광역시청",
             "충청남도 홍성군 홍북읍 충남대로 21 충청남도청", "제주특별자치도 제주시 문연로 6 제주특별자치도청",
             "강원특별자치도 원주시 건강로 32 국민건강보험공단", "전라남도 나주시 빛가람로 661 한국전력공사"]
SWITCH = ["1588-1234", "1577-1000", "1644-2828", "1566-0114", "1600-8282", "1544-9988", "1661-2300", "1899-7733",
          "1588-3900", "1577-2114"]
SHORT = ["110", "120", "126", "1345", "1350", "1355", "182", "1333"]


# ----------------------------------------------------------------------------------------
# noise
# ----------------------------------------------------------------------------------------

FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789"}
HANGUL_DIGIT = {"0": "공", "1": "일", "2": "이", "3": "삼", "4": "사", "5": "오", "6": "육", "7": "칠", "8": "팔",
                "9": "구"}


def _interior_positions(t, pred):
    return [i for i in range(1, len(t)) if pred(t[i - 1], t[i])]


def n_fullwidth(v, rng):
    t = "".join(FW.get(c, c) for c in v.text)
    if rng.random() < 0.7:
        t = t.replace("-", "－")
    return v.copy(t, "fullwidth_digits") if t != v.text else None


def n_hyphen(v, rng):
    if "-" not in v.text:
        return None
    h = rng.choice(["‐", "－", "–", "‑", "−"])
    return v.copy(v.text.replace("-", h), "unicode_hyphen")


def n_space(v, rng):
    t = v.text
    r = rng.random()
    if "-" in t and r < 0.5:
        t = t.replace("-", rng.choice([" - ", "- ", " -"]), rng.randint(1, 2))
    else:
        pos = _interior_positions(t, lambda a, b: a.isdigit() and b.isdigit())
        if not pos:
            return None
        p = rng.choice(pos)
        t = t[:p] + " " + t[p:]
    return v.copy(t, "space_in_number")


def n_newline(v, rng):
    t = v.text
    pos = _interior_positions(t, lambda a, b: a == "-" or a == " ")
    if not pos or rng.random() < 0.25:
        pos = _interior_positions(t, lambda a, b: a.isdigit() and b.isdigit()) or pos
    if not pos:
        return None
    p = rng.choice(pos)
    if t[p - 1] == " ":
        t = t[:p - 1] + "\n" + t[p:]
    else:
        t = t[:p] + "\n" + t[p:]
    return v.copy(t, "newline_in_number")


def n_ocr_letters(v, rng):
    t = list(v.text)
    pos = [i for i, c in enumerate(t) if c in "01"]
    if not pos:
        return None
    k = max(1, len(pos) // 3)
    for i in rng.sample(pos, min(k, len(pos))):
        t[i] = "O" if t[i] == "0" else rng.choice("lI")
    return v.copy("".join(t), "ocr_letter_digits")


def n_dictated(v, rng):
    """digits spelled in Hangul, as written down from a phone call (공일공 일이삼사 오육칠팔)."""
    if not re.fullmatch(r"[0-9\- ]+", v.text):
        return None
    zero = rng.choice(["공", "영"])
    groups = re.split(r"[- ]", v.text)
    joiner = rng.choice([" ", " ", "-", " 다시 "]) if v.type in ("KR_RRN", "KR_FRN") else rng.choice([" ", " ", "-", ", "])
    t = joiner.join("".join(zero if c == "0" else HANGUL_DIGIT[c] for c in g) for g in groups)
    return v.copy(t, "hangul_digits")


def n_spaced_name(v, rng):
    if " " in v.text or len(v.text) < 2:
        return None
    return v.copy(" ".join(v.text), "spaced_name")


def n_wrapped_name(v, rng):
    if " " in v.text or len(v.text) < 3:
        return None
    p = rng.randint(1, len(v.text) - 1)
    return v.copy(v.text[:p] + "\n" + v.text[p:], "wrapped")


DIGIT_NOISES = [n_fullwidth, n_hyphen, n_space, n_newline, n_ocr_letters]


def noisy(v, rng, which=None):
    """apply one noise suitable for the value type; returns v unchanged when nothing applies."""
    if v.type == "PERSON":
        if v.kind == "name_ko":
            f = which or rng.choice([n_spaced_name, n_spaced_name, n_wrapped_name])
            return f(v, rng) or v
        return v
    if v.type in ("EMAIL_ADDRESS",):
        if rng.random() < 0.5:
            t = v.text.replace("@", rng.choice([" @ ", "@ ", "＠"]), 1)
            return v.copy(t, "email_at_noise")
        t = v.text.replace(".", rng.choice([". ", " .", ","]), 1)
        return v.copy(t, "email_dot_noise")
    if v.type == "KR_ADDRESS":
        t = v.text
        pos = [i for i, c in enumerate(t) if c == " " and 0 < i < len(t) - 1]
        if not pos:
            return v
        p = rng.choice(pos)
        return v.copy(t[:p] + "\n" + t[p + 1:], "wrapped")
    fs = [which] if which else list(DIGIT_NOISES)
    rng.shuffle(fs)
    for f in fs:
        r = f(v, rng)
        if r is not None and r.text != v.text:
            return r
    return v


# ----------------------------------------------------------------------------------------
# document builder
# ----------------------------------------------------------------------------------------

PH = re.compile(r"\{(\w+)\}")
LIGHT_NOISE_TYPES = {"KR_RRN", "KR_FRN", "CREDIT_CARD", "KR_BANK_ACCOUNT", "PHONE_NUMBER", "KR_HEALTH_INSURANCE",
                     "KR_BRN", "KR_CRN", "KR_DRIVER_LICENSE"}


class Doc:
    def __init__(self, rng):
        self.rng = rng
        self.buf = []
        self.pos = 0
        self.spans = []  # (start, end, V)
        self.negs = []  # (start, end, N)
        self.ocr = False
        self.noise_p = 0.0  # probability of noise on digit values (OCR records)

    def t(self, s):
        if not s:
            return
        if self.ocr:
            s = self._ocr_text(s)
        self.buf.append(s)
        self.pos += len(s)

    def _raw(self, s):
        self.buf.append(s)
        self.pos += len(s)

    def _ocr_text(self, s):
        r = self.rng
        out = []
        for ch in s:
            if ch == " " and r.random() < 0.06:
                out.append("\n")  # hard wrap
            elif ch == "·" and r.random() < 0.5:
                out.append(".")
            elif ch == ":" and r.random() < 0.15:
                out.append(r.choice([";", " :", "："]))
            else:
                out.append(ch)
        return "".join(out)

    def add(self, x):
        if x is None:
            return
        if isinstance(x, V):
            if self.noise_p and self.rng.random() < self.noise_p:
                if self.ocr:
                    x = noisy(x, self.rng)
                elif x.type in LIGHT_NOISE_TYPES:
                    # born-digital documents: only full-width digits, odd hyphens, stray spaces
                    x = noisy(x, self.rng, self.rng.choice([n_fullwidth, n_hyphen, n_space, n_hyphen]))
            self.spans.append((self.pos, self.pos + len(x.text), x))
            self._raw(x.text)
        elif isinstance(x, N):
            self.negs.append((self.pos, self.pos + len(x.text), x))
            self._raw(x.text)
        elif isinstance(x, (list, tuple)):
            for y in x:
                self.add(y)
        else:
            self.t(str(x))

    def f(self, tmpl, **kw):
        parts = PH.split(tmpl)
        for i, p in enumerate(parts):
            if i % 2 == 0:
                self.t(p)
            else:
                self.add(kw[p])
        return self

    def text(self):
        return "".join(self.buf)


# ----------------------------------------------------------------------------------------
# validation helpers
# ----------------------------------------------------------------------------------------

REV_HANGUL = {v: k for k, v in HANGUL_DIGIT.items()}
REV_HANGUL["영"] = "0"


def denoise(t):
    t = unicodedata.normalize("NFKC", t)
    t = t.replace("다시", "-")
    for h in "‐‑–−":
        t = t.replace(h, "-")
    if re.fullmatch(r"[공영일이삼사오육칠팔구 ,\n\-]+", t):  # digits spelled in Hangul (dictated)
        t = "".join(REV_HANGUL.get(c, c) for c in t)
    return t


def digits_of(t, letters_ok=False):
    t = denoise(t)
    if not letters_ok:
        t = t.replace("O", "0").replace("l", "1").replace("I", "1")
    return re.sub(r"[^0-9A-Za-z*●○#]", "", t)
