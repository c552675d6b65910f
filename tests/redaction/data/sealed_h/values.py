"""Value generators for the pii_h evaluation set (standard library only).

Every value is invented.  Each generator returns a V(text, clean, kind, noise)
where `text` is the string that is written into the document, `clean` the
canonical (noise-free) value, `kind` a sub-kind tag and `noise` a list of
noise tags applied to the value.
"""
from collections import namedtuple
import unicodedata

V = namedtuple("V", "text clean kind noise")


def mk(text, kind, clean=None, noise=None):
    return V(text, text if clean is None else clean, kind, list(noise or []))


# ---------------------------------------------------------------- names
SURNAMES = (
    ["김"] * 20 + ["이"] * 14 + ["박"] * 8 + ["최"] * 5 + ["정"] * 5 + ["강"] * 3 + ["조"] * 3
    + ["윤"] * 3 + ["장"] * 3 + ["임"] * 3
    + "한 오 서 신 권 황 안 송 전 홍 유 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 주 우 구 민 류 나 진 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 라 왕 금 옥 육 인 맹 제 탁 국 어 은 편 용 예 봉 부".split()
)
SURNAMES2 = "남궁 황보 선우 제갈 독고 사공 서문".split()

GIVEN = """민준 서준 도윤 예준 시우 하준 주원 지호 지후 준우 준서 건우 현우 우진 선우 연우 유준 정우 승우 승현 시윤 준혁 은우 지환
승민 지우 유찬 윤우 민성 준영 시후 진우 지원 수호 재윤 시현 동현 태윤 민재 한결 재원 민우 은찬 윤호 현준 재민 성민 영훈 상철
서연 서윤 지우 서현 민서 하은 하윤 윤서 지유 지민 채원 지아 수아 다은 은서 예은 수빈 소율 예린 지원 시은 소윤 유나 채은 가은
윤아 민지 수민 예원 다인 서영 유진 하린 은채 아린 혜원 지현 미경 영숙 정희 순자 경자 영자 미숙 은정 현숙 혜진 지영 미영 선영
성호 영수 영철 정호 광수 상훈 동훈 성진 재훈 현석 기현 병철 종민 태호 경호 창민 용준 형준 대현 석진 인호 준호 진혁 세훈 규민
보람 슬기 아름 다솜 한별 새봄 가람 나래 누리 하늘 초롱 은비 예슬 소연 혜림 수정 경민 혜수 정민 은영 지혜 미라 선희 명숙 옥순
도현 태민 원준 주안 이안 로운 시온 하람 서우 이준 유주 채아 다온 라희 온유 해솔 윤슬 아윤 서아 하율""".split()
GIVEN1 = "준 솔 현 결 율 담 찬 훈 빈 혁 윤 환".split()

BLACKLIST = {"홍길동", "이순신", "김연아", "박지성", "손흥민", "김구", "유관순", "안중근", "세종", "김유신",
             "이방원", "정약용", "장영실", "강감찬", "윤봉길", "김정은", "김정일", "김일성", "박정희", "이승만",
             "전두환", "노태우", "김영삼", "김대중", "노무현", "이명박", "박근혜", "문재인", "윤석열", "이재명",
             "김건희", "한동훈", "정우성", "이정재", "송강호", "김혜수", "이병헌", "이효리", "유재석", "강호동",
             "김민재", "이강인", "황희찬", "김하늘", "박보검", "송혜교", "전지현", "김태희", "한예슬", "김수현",
             "이민호", "박서준", "지성", "공유", "현빈"}


def korean_name(r, allow_two_syllable_surname=True):
    while True:
        if allow_two_syllable_surname and r.random() < 0.05:
            sn = r.choice(SURNAMES2)
        else:
            sn = r.choice(SURNAMES)
        gn = r.choice(GIVEN1) if r.random() < 0.06 else r.choice(GIVEN)
        n = sn + gn
        if n not in BLACKLIST:
            return n


# foreign names: (latin family, hangul family), (latin given, hangul given); order noted per culture
FOREIGN = {
    "베트남": {"fam": [("NGUYEN", "응우옌"), ("TRAN", "쩐"), ("LE", "레"), ("PHAM", "팜"), ("HOANG", "호앙"),
                    ("VU", "부"), ("DANG", "당"), ("BUI", "부이"), ("DO", "도"), ("NGO", "응오")],
             "mid": [("THI", "티"), ("VAN", "반"), ("THANH", "타인"), ("NGOC", "응옥"), ("DUC", "득")],
             "giv": [("LAN", "란"), ("HOA", "호아"), ("HUONG", "흐엉"), ("TUAN", "뚜언"), ("LINH", "린"),
                     ("THU", "투"), ("HANH", "하인"), ("MAI", "마이"), ("NAM", "남"), ("TRANG", "짱")],
             "order": "fmg", "country": "VNM"},
    "중국": {"fam": [("WANG", "왕"), ("LI", "리"), ("ZHANG", "장"), ("LIU", "류"), ("CHEN", "천"),
                   ("YANG", "양"), ("ZHAO", "자오"), ("HUANG", "황"), ("ZHOU", "저우"), ("WU", "우")],
            "mid": [],
            "giv": [("FANG", "팡"), ("WEI", "웨이"), ("JING", "징"), ("LEI", "레이"), ("YAN", "옌"),
                    ("XIAOMEI", "샤오메이"), ("HAORAN", "하오란"), ("YUTING", "위팅"), ("JUN", "쥔"), ("MIN", "민")],
            "order": "fg", "country": "CHN"},
    "필리핀": {"fam": [("SANTOS", "산토스"), ("REYES", "레예스"), ("CRUZ", "크루스"), ("BAUTISTA", "바우티스타"),
                    ("OCAMPO", "오캄포"), ("MENDOZA", "멘도사"), ("VILLANUEVA", "비야누에바")],
             "mid": [],
             "giv": [("MARIA CRISTINA", "마리아 크리스티나"), ("JOSE", "호세"), ("ANGELICA", "안젤리카"),
                     ("MARK ANTHONY", "마크 앤서니"), ("JOY", "조이"), ("RICARDO", "리카르도")],
             "order": "gf", "country": "PHL"},
    "우즈베키스탄": {"fam": [("KARIMOV", "카리모프"), ("RAKHIMOVA", "라히모바"), ("YUSUPOV", "유수포프"),
                        ("TOSHMATOVA", "토시마토바"), ("ABDULLAEV", "압둘라예프")],
                "mid": [],
                "giv": [("AZIZ", "아지즈"), ("DILNOZA", "딜노자"), ("BEKZOD", "벡조드"), ("SHAHNOZA", "샤흐노자"),
                        ("JASUR", "자수르")],
                "order": "fg", "country": "UZB"},
    "몽골": {"fam": [("BATBAYAR", "바트바야르"), ("GANBOLD", "간볼드"), ("ENKHBAATAR", "엥흐바타르"),
                   ("TSEND", "쳰드")],
            "mid": [],
            "giv": [("ENKHJARGAL", "엥흐자르갈"), ("TSETSEG", "체첵"), ("BOLORMAA", "볼로르마"), ("TEMUULEN", "테무렌")],
            "order": "fg", "country": "MNG"},
    "태국": {"fam": [("SRISUK", "스리숙"), ("WONGSA", "웡사"), ("CHAIYAPORN", "차이야폰")],
            "mid": [],
            "giv": [("SOMCHAI", "솜차이"), ("SUDARAT", "수다랏"), ("PORNTIP", "폰팁"), ("ANAN", "아난")],
            "order": "gf", "country": "THA"},
    "네팔": {"fam": [("GURUNG", "구룽"), ("TAMANG", "타망"), ("SHRESTHA", "쉬레스타"), ("RAI", "라이")],
            "mid": [],
            "giv": [("BIKASH", "비카스"), ("SABINA", "사비나"), ("RAJESH", "라제시"), ("ANJALI", "안잘리")],
            "order": "gf", "country": "NPL"},
    "미국": {"fam": [("MILLER", "밀러"), ("JOHNSON", "존슨"), ("CARTER", "카터"), ("BROOKS", "브룩스"),
                   ("HAYES", "헤이스")],
            "mid": [],
            "giv": [("EMILY ROSE", "에밀리 로즈"), ("DANIEL", "대니얼"), ("SARAH", "세라"), ("KEVIN", "케빈"),
                    ("OLIVIA", "올리비아")],
            "order": "gf", "country": "USA"},
    "인도네시아": {"fam": [("SETIAWAN", "세티아완"), ("PRATAMA", "프라타마"), ("HIDAYAT", "히다얏")],
              "mid": [],
              "giv": [("DEWI", "데위"), ("AGUS", "아구스"), ("RINA", "리나"), ("BUDI", "부디")],
              "order": "gf", "country": "IDN"},
    "캄보디아": {"fam": [("SOK", "속"), ("CHAN", "찬"), ("KEO", "께오")],
             "mid": [],
             "giv": [("SREYMOM", "스레이몸"), ("DARA", "다라"), ("VANNAK", "반낙")],
             "order": "fg", "country": "KHM"},
}
FOREIGN_COUNTRIES = list(FOREIGN.keys())


def foreign_name(r, country=None, script=None, style=None):
    """Return (V, country). script: 'latin' | 'hangul'."""
    country = country or r.choice(FOREIGN_COUNTRIES)
    d = FOREIGN[country]
    fam = r.choice(d["fam"])
    giv = r.choice(d["giv"])
    mid = r.choice(d["mid"]) if d["mid"] else None
    script = script or r.choice(["latin", "hangul"])
    idx = 0 if script == "latin" else 1
    order = d["order"]
    parts = []
    for ch in order:
        if ch == "f":
            parts.append(fam[idx])
        elif ch == "m" and mid:
            parts.append(mid[idx])
        elif ch == "g":
            parts.append(giv[idx])
    if script == "latin":
        style = style or r.choice(["upper", "upper", "title", "comma"])
        if style == "title":
            parts = [" ".join(w.capitalize() for w in p.split()) for p in parts]
            text = " ".join(parts)
        elif style == "comma":
            # passport style: FAMILY, GIVEN
            famp = fam[0]
            rest = [p for p in parts if p != famp]
            text = famp + ", " + " ".join(rest)
        else:
            text = " ".join(parts)
        kind = "foreign_latin"
    else:
        sep = r.choice([" ", " ", ""]) if len(parts) > 1 else ""
        if sep == "" and any(" " in p for p in parts):
            sep = " "
        text = sep.join(parts)
        kind = "foreign_hangul"
    return mk(text, kind), country


# ---------------------------------------------------------------- dates
def rand_date(r, y0, y1):
    y = r.randint(y0, y1)
    m = r.randint(1, 12)
    dmax = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    d = r.randint(1, dmax)
    return y, m, d


def fmt_date(r, y, m, d, style=None):
    style = style or r.choice(["dot_sp", "dot_sp", "kor", "iso", "dot0", "yy_dot", "yymmdd", "slash", "dot0_nodot"])
    if style == "dot_sp":
        s = "%d. %d. %d." % (y, m, d)
    elif style == "kor":
        s = "%d년 %d월 %d일" % (y, m, d)
    elif style == "iso":
        s = "%04d-%02d-%02d" % (y, m, d)
    elif style == "dot0":
        s = "%04d.%02d.%02d." % (y, m, d)
    elif style == "dot0_nodot":
        s = "%04d.%02d.%02d" % (y, m, d)
    elif style == "yy_dot":
        s = "%02d.%02d.%02d" % (y % 100, m, d)
    elif style == "yymmdd":
        s = "%02d%02d%02d" % (y % 100, m, d)
    elif style == "slash":
        s = "%04d/%02d/%02d" % (y, m, d)
    else:
        raise ValueError(style)
    return s, style


def dob(r, y0=1940, y1=2006, style=None):
    y, m, d = rand_date(r, y0, y1)
    s, st = fmt_date(r, y, m, d, style)
    return mk(s, "dob_" + st, clean="%04d-%02d-%02d" % (y, m, d))


def other_date(r, y0=2019, y1=2025, style=None):
    y, m, d = rand_date(r, y0, y1)
    s, _ = fmt_date(r, y, m, d, style or r.choice(["dot_sp", "kor", "iso", "dot0"]))
    return s


# ---------------------------------------------------------------- national IDs
RRN_W = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]


def rrn_check(d12):
    s = sum(int(a) * b for a, b in zip(d12, RRN_W))
    return str((11 - s % 11) % 10)


def frn_check(d12):
    s = sum(int(a) * b for a, b in zip(d12, RRN_W))
    return str((13 - s % 11) % 10)


def _birth6(r, y0, y1):
    y, m, d = rand_date(r, y0, y1)
    return y, "%02d%02d%02d" % (y % 100, m, d)


MASKS = ["******", "●●●●●●", "XXXXXX", "xxxxxx", "＊＊＊＊＊＊", "○○○○○○"]


def rrn(r, kind=None, y0=1940, y1=2008):
    kind = kind or r.choice(["rrn_valid"] * 6 + ["rrn_post2020"] * 2 + ["rrn_masked"] * 3)
    if kind == "rrn_post2020":
        y, b6 = _birth6(r, 2020, 2024)
        if y == 2020:
            b6 = "20%02d%02d" % (r.randint(10, 12), r.randint(1, 28))
        g = r.choice("34")
        rest = "".join(r.choice("0123456789") for _ in range(6))
        d12 = b6 + g + rest[:5]
        # random tail (no check digit since Oct 2020); keep it checksum-invalid to be unambiguous
        last = rest[5]
        if last == rrn_check(d12):
            last = str((int(last) + 3) % 10)
        clean = b6 + "-" + g + rest[:5] + last
    else:
        y, b6 = _birth6(r, y0, y1)
        g = (r.choice("12") if y < 2000 else r.choice("34"))
        if kind == "rrn_masked":
            mask = r.choice(MASKS)
            clean = b6 + "-" + g + mask
            return mk(clean, kind)
        region = "%02d%02d" % (r.randint(0, 95), r.randint(0, 99))
        d12 = b6 + g + region + str(r.randint(0, 9))
        clean = b6 + "-" + d12[6:] + rrn_check(d12)
    sep = r.choice(["-"] * 8 + [" - ", ""])
    text = clean.replace("-", sep) if sep != "-" else clean
    return mk(text, kind, clean=clean)


def frn(r, kind=None, y0=1960, y1=2006):
    kind = kind or r.choice(["frn_valid"] * 5 + ["frn_masked"])
    y, b6 = _birth6(r, y0, y1)
    g = r.choice("56") if y < 2000 else r.choice("78")
    if kind == "frn_masked":
        clean = b6 + "-" + g + r.choice(MASKS)
        return mk(clean, kind)
    org = "%02d" % (r.randint(1, 49) * 2)
    d12 = b6 + g + org + "%02d" % r.randint(0, 99) + r.choice("6789")
    clean = b6 + "-" + d12[6:] + frn_check(d12)
    sep = r.choice(["-"] * 8 + [" - ", ""])
    text = clean.replace("-", sep) if sep != "-" else clean
    return mk(text, kind, clean=clean)


def brn(r, corp=False):
    while True:
        a = "%03d" % r.randint(101, 899)
        b = "%02d" % (r.choice([81, 86, 87, 88]) if corp else r.randint(1, 79))
        c = "%04d" % r.randint(0, 9999)
        d9 = a + b + c
        w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
        s = sum(int(x) * y for x, y in zip(d9, w)) + (int(d9[8]) * 5) // 10
        chk = str((10 - s % 10) % 10)
        clean = a + "-" + b + "-" + c + chk
        sep = r.choice(["-"] * 6 + [""])
        return mk(clean.replace("-", sep), "brn_corp" if corp else "brn_individual", clean=clean)


def crn(r):
    office = r.choice(["1101", "1301", "1311", "1345", "1201", "1615", "1746", "2011", "1758", "1844", "1346"])
    kind = r.choice(["11", "11", "11", "14", "21", "22"])
    serial = "%06d" % r.randint(1, 999999)
    d12 = office + kind + serial
    s = sum(int(x) * (1 if i % 2 == 0 else 2) for i, x in enumerate(d12))
    chk = str((10 - s % 10) % 10)
    clean = d12[:6] + "-" + d12[6:] + chk
    sep = r.choice(["-"] * 7 + [""])
    return mk(clean.replace("-", sep), "crn", clean=clean)


# ---------------------------------------------------------------- passports
def passport(r, kind=None):
    kind = kind or r.choice(["pp_kr_old", "pp_kr_new", "pp_kr_new", "pp_foreign"])
    pre = r.choice("MMMMMSRGD")
    if kind == "pp_kr_old":
        s = pre + "%08d" % r.randint(10000000, 99999999)
    elif kind == "pp_kr_new":
        s = pre + "%03d" % r.randint(0, 999) + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + "%04d" % r.randint(0, 9999)
    else:
        return foreign_passport(r)
    return mk(s, kind)


def foreign_passport(r, country=None):
    country = country or r.choice(FOREIGN_COUNTRIES)
    if country == "베트남":
        s = r.choice("CCCB") + "%07d" % r.randint(0, 9999999)
    elif country == "중국":
        s = r.choice(["E", "EA", "EB", "EC"]) + ""
        s += "%0*d" % (9 - len(s), r.randint(0, 10 ** (9 - len(s)) - 1))
    elif country == "필리핀":
        s = "P" + "%07d" % r.randint(0, 9999999) + r.choice("ABC")
    elif country == "우즈베키스탄":
        s = r.choice(["AA", "AB", "FA"]) + "%07d" % r.randint(0, 9999999)
    elif country == "몽골":
        s = "E" + "%07d" % r.randint(0, 9999999)
    elif country == "태국":
        s = r.choice(["AA", "AB", "AC"]) + "%07d" % r.randint(0, 9999999)
    elif country == "네팔":
        s = "%08d" % r.randint(10000000, 99999999)
    elif country == "미국":
        s = r.choice(["5", "6", "A"]) + "%08d" % r.randint(0, 99999999)
    elif country == "인도네시아":
        s = r.choice(["X", "C", "B"]) + "%07d" % r.randint(0, 9999999)
    else:
        s = "N" + "%08d" % r.randint(0, 99999999)
    return mk(s, "pp_foreign")


# ---------------------------------------------------------------- driver licence
DL_REGIONS = [("서울", "11"), ("부산", "12"), ("경기", "13"), ("강원", "14"), ("충북", "15"), ("충남", "16"),
              ("전북", "17"), ("전남", "18"), ("경북", "19"), ("경남", "20"), ("제주", "21"), ("대구", "22"),
              ("인천", "23"), ("광주", "24"), ("대전", "25"), ("울산", "26"), ("경기북부", "28")]


def driver_license(r, kind=None):
    kind = kind or r.choice(["dl_code", "dl_code", "dl_name", "dl_name_nospace", "dl_plain"])
    name, code = r.choice(DL_REGIONS)
    yy = "%02d" % r.choice(list(range(88, 100)) + list(range(0, 25)))
    ser = "%06d" % r.randint(0, 999999)
    cc = "%02d" % r.randint(0, 99)
    clean = "%s-%s-%s-%s" % (code, yy, ser, cc)
    if kind == "dl_code":
        text = clean
    elif kind == "dl_name":
        text = "%s %s-%s-%s" % (name, yy, ser, cc)
    elif kind == "dl_name_nospace":
        text = "%s%s-%s-%s" % (name, yy, ser, cc)
    else:
        text = code + yy + ser + cc
    return mk(text, kind, clean=clean)


# ---------------------------------------------------------------- cards
def luhn_ok(s):
    ds = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, n in enumerate(reversed(ds)):
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def _luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


CARD_BINS = [("visa", "4", 16), ("visa", "4", 16), ("master", "5", 16), ("bc", "94", 16), ("bc", "9490", 16),
             ("jcb", "35", 16), ("amex", "37", 15), ("amex", "34", 15), ("local", "9410", 16)]


def card(r, kind=None):
    brand, pre, ln = r.choice(CARD_BINS)
    if brand == "master":
        pre = str(r.randint(51, 55))
    if brand == "jcb":
        pre = str(r.randint(3528, 3589))
    body = pre + "".join(str(r.randint(0, 9)) for _ in range(ln - len(pre) - 1))
    num = body + _luhn_digit(body)
    assert luhn_ok(num)
    if ln == 16:
        groups = [num[0:4], num[4:8], num[8:12], num[12:16]]
    else:
        groups = [num[0:4], num[4:10], num[10:15]]
    clean = "-".join(groups)
    kind = kind or r.choice(["card_full"] * 4 + ["card_masked"])
    sep = r.choice(["-", "-", "-", " ", ""])
    if kind == "card_masked":
        mch = r.choice(["*", "*", "X", "●", "#"])
        if ln == 16:
            style = r.choice(["mid2", "mid2", "first6last4", "last4only"])
            if style == "mid2":
                g = [groups[0], mch * 4, mch * 4, groups[3]]
            elif style == "first6last4":
                g = [groups[0], groups[1][:2] + mch * 2, mch * 4, groups[3]]
            else:
                g = [groups[0], groups[1], mch * 4, groups[3]]
        else:
            g = [groups[0], mch * 6, groups[2]]
        if sep == "":
            sep = "-"
        text = sep.join(g)
        return mk(text, "card_masked_" + brand, clean=clean)
    text = sep.join(groups)
    return mk(text, "card_" + brand, clean=clean)


# ---------------------------------------------------------------- bank accounts
BANK_FORMATS = [
    ("국민은행", [6, 2, 6]), ("KB국민은행", [6, 2, 6]), ("신한은행", [3, 3, 6]), ("우리은행", [4, 3, 6]),
    ("하나은행", [3, 6, 5]), ("농협은행", [3, 4, 4, 2]), ("NH농협", [6, 2, 6]), ("IBK기업은행", [3, 6, 2, 3]),
    ("카카오뱅크", [4, 2, 7]), ("토스뱅크", [4, 4, 4]), ("케이뱅크", [3, 3, 6]), ("새마을금고", [4, 2, 6, 1]),
    ("우체국", [6, 2, 6]), ("부산은행", [3, 4, 4, 2]), ("iM뱅크", [3, 2, 6, 1]), ("SC제일은행", [3, 2, 6]),
    ("신협", [3, 3, 6]), ("경남은행", [3, 2, 7]), ("광주은행", [3, 3, 6]), ("수협은행", [3, 2, 6]),
    ("전북은행", [3, 2, 7]), ("제주은행", [2, 2, 6]),
]
BANK_PREFIX = {"신한은행": ["110", "100", "140"], "우리은행": ["1002", "1005"], "카카오뱅크": ["3333", "3355", "7979"],
               "토스뱅크": ["1000", "1001"], "케이뱅크": ["100", "110"], "새마을금고": ["9002", "9003"],
               "농협은행": ["301", "302", "351", "352"], "신협": ["131", "132"], "iM뱅크": ["508", "505"]}


def bank_account(r, bank=None):
    bank_fmt = None
    if bank:
        for b, f in BANK_FORMATS:
            if b == bank:
                bank_fmt = (b, f)
    bank, fmt = bank_fmt or r.choice(BANK_FORMATS)
    groups = []
    for i, n in enumerate(fmt):
        if i == 0 and bank in BANK_PREFIX and len(BANK_PREFIX[bank][0]) == n:
            groups.append(r.choice(BANK_PREFIX[bank]))
        else:
            groups.append("".join(str(r.randint(0, 9)) for _ in range(n)))
    if groups[0][0] == "0":
        groups[0] = str(r.randint(1, 9)) + groups[0][1:]
    clean = "-".join(groups)
    style = r.choice(["dash"] * 6 + ["plain", "space"])
    if style == "plain":
        text = "".join(groups)
    elif style == "space":
        text = " ".join(groups)
    else:
        text = clean
    return mk(text, "acct_" + "-".join(str(x) for x in fmt)), bank


# ---------------------------------------------------------------- phones
AREA = ["02"] * 5 + ["031"] * 3 + ["032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055",
                                   "061", "062", "063", "064"]


def mobile(r, kind=None):
    mid = "%04d" % r.randint(2000, 9999)
    last = "%04d" % r.randint(0, 9999)
    pre = "010" if r.random() < 0.95 else r.choice(["011", "016", "019"])
    if pre != "010":
        mid = "%03d" % r.randint(200, 999) if r.random() < 0.5 else mid
    clean = "%s-%s-%s" % (pre, mid, last)
    kind = kind or r.choice(["mob"] * 11 + ["mob_masked"])
    if kind == "mob_masked":
        mch = r.choice(["****", "****", "XXXX", "○○○○", "●●●●", "**"+mid[2:]])
        if len(mch) != len(mid):
            mch = mch[:len(mid)]
        text = "%s-%s-%s" % (pre, mch, last)
        return mk(text, "mob_masked", clean=clean)
    style = r.choice(["dash"] * 7 + ["plain", "space", "dot", "intl", "intl_sp", "paren"])
    if style == "plain":
        text = pre + mid + last
    elif style == "space":
        text = "%s %s %s" % (pre, mid, last)
    elif style == "dot":
        text = "%s.%s.%s" % (pre, mid, last)
    elif style == "intl":
        text = "+82-%s-%s-%s" % (pre[1:], mid, last)
    elif style == "intl_sp":
        text = "+82 %s %s %s" % (pre[1:], mid, last)
    elif style == "paren":
        text = "%s)%s-%s" % (pre, mid, last)
    else:
        text = clean
    return mk(text, "mob" + ("" if style == "dash" else "_" + style), clean=clean)


def landline(r, area=None, kind="tel"):
    area = area or r.choice(AREA)
    if area == "070":
        mid = "%04d" % r.randint(4000, 8999)
    elif area == "02":
        mid = "%d" % r.randint(2000, 9999) if r.random() < 0.7 else "%d" % r.randint(200, 999)
    else:
        mid = "%d" % r.randint(200, 999) if r.random() < 0.5 else "%d" % r.randint(2000, 9999)
    last = "%04d" % r.randint(0, 9999)
    clean = "%s-%s-%s" % (area, mid, last)
    style = r.choice(["dash"] * 7 + ["paren", "paren_sp", "dot", "space"])
    if style == "paren":
        text = "(%s)%s-%s" % (area, mid, last)
    elif style == "paren_sp":
        text = "(%s) %s-%s" % (area, mid, last)
    elif style == "dot":
        text = "%s.%s.%s" % (area, mid, last)
    elif style == "space":
        text = "%s %s %s" % (area, mid, last)
    else:
        text = clean
    return mk(text, kind + ("" if style == "dash" else "_" + style), clean=clean)


def voip(r):
    v = landline(r, "070", "voip")
    return v


def gov_direct(r, area=None):
    """Direct line of an official: e.g. 044-201-3456"""
    area = area or r.choice(["02", "044", "044", "031", "042", "051", "062", "053", "064"])
    mid = ("%d" % r.randint(2100, 2199)) if area == "02" else ("%d" % r.randint(200, 215))
    last = "%04d" % r.randint(1000, 9999)
    clean = "%s-%s-%s" % (area, mid, last)
    text = clean if r.random() < 0.8 else clean.replace("-", r.choice([".", " "]))
    return mk(text, "tel_official", clean=clean)


def switchboard(r):
    """Institution switchboard / call centre: NOT PII (hard negative)."""
    c = r.random()
    if c < 0.45:
        return r.choice(["1588", "1577", "1600", "1544", "1644", "1566", "1661", "1899"]) + "-" + "%04d" % r.randint(0, 9999)
    if c < 0.6:
        return r.choice(["110", "120", "1345", "1350", "1355", "182", "129", "1382"])
    area = r.choice(["02", "044", "031", "051", "042", "062"])
    mid = ("%d" % r.randint(2100, 2199)) if area == "02" else ("%d" % r.randint(200, 215))
    return "%s-%s-%s" % (area, mid, r.choice(["1114", "2114", "0114", "1004", "3114"]))


# ---------------------------------------------------------------- email
EMAIL_DOMAINS_PRIV = ["naver.com", "naver.com", "gmail.com", "gmail.com", "daum.net", "hanmail.net", "kakao.com",
                      "nate.com", "hotmail.com", "outlook.com", "icloud.com", "yahoo.co.kr"]
EMAIL_DOMAINS_CO = ["hanbit-eng.co.kr", "saesol.kr", "garam-tech.com", "doamsoft.co.kr", "nuri-law.kr",
                    "bitnara.net", "haneul-med.or.kr", "sol-edu.co.kr"]
EMAIL_DOMAINS_GOV = ["korea.kr", "korea.kr", "mois.go.kr", "seoul.go.kr", "gg.go.kr", "police.go.kr", "sen.go.kr",
                     "nhis.or.kr", "nts.go.kr"]

ROMAN = {"김": "kim", "이": "lee", "박": "park", "최": "choi", "정": "jung", "강": "kang", "조": "cho", "윤": "yoon",
         "장": "jang", "임": "lim", "한": "han", "오": "oh", "서": "seo", "신": "shin", "권": "kwon", "황": "hwang",
         "안": "ahn", "송": "song", "전": "jeon", "홍": "hong", "유": "yoo", "고": "ko", "문": "moon", "양": "yang",
         "손": "son", "배": "bae", "백": "baek", "허": "heo", "남": "nam"}
HANDLE_WORDS = ["sky", "blue", "sunny", "happy", "moon", "star", "hana", "dream", "tiger", "ocean", "maple", "jjang",
                "love", "mint", "cloud", "rain", "lucky", "daisy", "river", "forest"]


def email(r, name=None, domain_kind=None):
    domain_kind = domain_kind or r.choice(["priv", "priv", "priv", "co"])
    dom = r.choice({"priv": EMAIL_DOMAINS_PRIV, "co": EMAIL_DOMAINS_CO, "gov": EMAIL_DOMAINS_GOV}[domain_kind])
    sur = ROMAN.get(name[0], "k") if name else r.choice(list(ROMAN.values()))
    w = r.choice(HANDLE_WORDS)
    n = r.randint(1, 9999)
    style = r.randint(0, 5)
    if style == 0:
        local = "%s%s%d" % (w, sur, n % 100)
    elif style == 1:
        local = "%s.%s%02d" % (sur, w, n % 100)
    elif style == 2:
        local = "%s_%d" % (w, n)
    elif style == 3:
        local = "%s%d%s" % (sur, 1960 + n % 50, w[:2])
    elif style == 4:
        local = "%s-%s" % (w, sur)
    else:
        local = "%s%s" % (sur, "".join(r.choice("abcdefghjkmnprstwxyz") for _ in range(r.randint(2, 4))))
    clean = local + "@" + dom
    kind = "email_" + domain_kind
    if r.random() < 0.1:
        obf = r.choice(["(at)", "[at]", " [at] ", "(골뱅이)"])
        text = local + obf + dom
        return mk(text, kind + "_obfuscated", clean=clean)
    return mk(clean, kind)


# ---------------------------------------------------------------- addresses
SIDO = [
    ("서울특별시", ["서울시", "서울"], ["강남구", "마포구", "노원구", "관악구", "송파구", "은평구", "동작구", "성북구", "강서구", "중랑구"]),
    ("부산광역시", ["부산시", "부산"], ["해운대구", "부산진구", "사하구", "동래구", "수영구"]),
    ("대구광역시", ["대구시", "대구"], ["수성구", "달서구", "북구"]),
    ("인천광역시", ["인천시", "인천"], ["남동구", "연수구", "부평구", "서구"]),
    ("광주광역시", ["광주시", "광주"], ["북구", "광산구", "서구"]),
    ("대전광역시", ["대전시", "대전"], ["유성구", "서구", "중구"]),
    ("울산광역시", ["울산시", "울산"], ["남구", "중구", "울주군"]),
    ("세종특별자치시", ["세종시", "세종"], [""]),
    ("경기도", ["경기"], ["수원시 팔달구", "성남시 분당구", "고양시 일산동구", "용인시 수지구", "화성시", "부천시", "안산시 단원구",
                      "남양주시", "파주시", "평택시", "의정부시", "김포시"]),
    ("강원특별자치도", ["강원도", "강원"], ["춘천시", "원주시", "강릉시", "홍천군"]),
    ("충청북도", ["충북"], ["청주시 흥덕구", "충주시", "제천시", "옥천군"]),
    ("충청남도", ["충남"], ["천안시 서북구", "아산시", "공주시", "홍성군"]),
    ("전북특별자치도", ["전라북도", "전북"], ["전주시 완산구", "익산시", "군산시", "남원시"]),
    ("전라남도", ["전남"], ["여수시", "순천시", "목포시", "나주시", "해남군"]),
    ("경상북도", ["경북"], ["포항시 북구", "구미시", "경주시", "안동시"]),
    ("경상남도", ["경남"], ["창원시 성산구", "김해시", "진주시", "거제시"]),
    ("제주특별자치도", ["제주도", "제주"], ["제주시", "서귀포시"]),
]
ROAD_STEMS = ["한빛로", "새솔로", "가람길", "느티나무로", "솔샘로", "은행나무길", "도담로", "배울로", "푸른들로", "햇살로",
              "장미길", "버들로", "매화로", "다솜로", "미리내로", "온누리길", "별빛로", "꽃뫼로", "물빛로", "한울로", "들꽃길",
              "소나무로", "청송로", "모래내로", "하늬로"]
DONG = ["신정동", "봉명동", "상계동", "효자동", "화정동", "용현동", "중앙동", "반석동", "덕천동", "금호동", "우산동", "도화동"]
RI = ["송정리", "덕산리", "중리", "상서리", "동화리", "평촌리", "신촌리"]
EUPMYEON = ["봉담읍", "우성면", "청북읍", "남면", "서면", "금산면"]
APTS = ["한빛아파트", "새솔마을", "푸른숲아파트", "가람빌라", "도담주공", "햇살타운", "은하수맨션", "솔빛채"]


def address(r, kind=None, region=None):
    full, shorts, sggs = region or r.choice(SIDO)
    sgg = r.choice(sggs)
    kind = kind or r.choice(["addr_road"] * 6 + ["addr_road_short"] * 2 + ["addr_road_sgg"] * 2 + ["addr_jibun"] * 2)
    sido = full if kind in ("addr_road", "addr_jibun") else r.choice(shorts)
    unit = r.choice(["", "", ", %d동 %d호" % (r.randint(101, 115), r.randint(1, 25) * 100 + r.randint(1, 6)),
                     ", %d동 %d호" % (r.randint(101, 115), r.randint(1, 25) * 100 + r.randint(1, 6)),
                     " %d층" % r.randint(2, 9), ", %d층 %d호" % (r.randint(2, 5), r.randint(2, 5) * 100 + r.randint(1, 9)),
                     " %d호" % r.randint(101, 509)])
    after = ""
    if kind == "addr_jibun":
        if sgg.endswith("구") or sgg == "":
            loc = r.choice(DONG)
        else:
            loc = r.choice(EUPMYEON) + " " + r.choice(RI)
        lot = "%d" % r.randint(1, 999) + (("-%d" % r.randint(1, 30)) if r.random() < 0.6 else "")
        apt = ""
        if unit.startswith(", ") and "동" in unit:
            apt = " " + r.choice(APTS) + " " + unit[2:]
            unit = ""
        body = " ".join(x for x in [sido, sgg, loc, lot] if x) + apt + unit
    else:
        road = r.choice(ROAD_STEMS)
        if r.random() < 0.4:
            road += "%d%s" % (r.randint(1, 80), r.choice(["길", "번길"]))
        num = "%d" % r.randint(1, 320) + (("-%d" % r.randint(1, 12)) if r.random() < 0.2 else "")
        if kind == "addr_road_sgg":
            parts = [sgg or "조치원읍", road + " " + num]
        else:
            parts = [sido, sgg, road + " " + num]
        body = " ".join(x for x in parts if x) + unit
        if r.random() < 0.35:
            extra = r.choice(DONG)
            if unit and r.random() < 0.5:
                extra += ", " + r.choice(APTS)
            after = " (" + extra + ")"
    body = body.replace("  ", " ")
    return mk(body, kind), after


def postcode(r):
    return "%05d" % r.randint(1000, 63644)


# ---------------------------------------------------------------- plates, HI, IP
PLATE_PRIVATE = list("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주")
PLATE_COMM = list("바사아자")
PLATE_RENT = list("하허호")


def plate(r, kind=None):
    kind = kind or r.choice(["plate_2", "plate_3", "plate_3", "plate_region", "plate_comm", "plate_nospace", "plate_rent"])
    if kind == "plate_2":
        s = "%02d%s %04d" % (r.randint(10, 99), r.choice(PLATE_PRIVATE), r.randint(1000, 9999))
    elif kind == "plate_3":
        s = "%03d%s %04d" % (r.randint(100, 699), r.choice(PLATE_PRIVATE), r.randint(1000, 9999))
    elif kind == "plate_region":
        s = "%s %02d%s %04d" % (r.choice(["서울", "경기", "부산", "인천", "대구", "충남", "전북"]), r.randint(10, 99),
                                r.choice(PLATE_PRIVATE), r.randint(1000, 9999))
    elif kind == "plate_comm":
        s = "%s %02d%s %04d" % (r.choice(["서울", "경기", "부산", "인천", "대구", "충남", "전북"]), r.randint(70, 79),
                                r.choice(PLATE_COMM), r.randint(1000, 9999))
    elif kind == "plate_rent":
        s = "%02d%s %04d" % (r.randint(10, 99), r.choice(PLATE_RENT), r.randint(1000, 9999))
    else:
        s = "%03d%s%04d" % (r.randint(100, 699), r.choice(PLATE_PRIVATE), r.randint(1000, 9999))
    return mk(s, kind)


def health_ins(r):
    s = "%d%010d" % (r.randint(1, 9), r.randint(0, 9999999999))
    style = r.choice(["plain"] * 6 + ["dash"])
    if style == "dash":
        t = s[:1] + "-" + s[1:]
        return mk(t, "hi_dash", clean=s)
    return mk(s, "hi_11")


def ipv4(r, kind=None):
    kind = kind or r.choice(["ip_public", "ip_public", "ip_private"])
    if kind == "ip_private":
        c = r.random()
        if c < 0.5:
            s = "192.168.%d.%d" % (r.randint(0, 20), r.randint(2, 254))
        elif c < 0.8:
            s = "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(2, 254))
        else:
            s = "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(2, 254))
    else:
        first = r.choice([58, 59, 61, 112, 115, 118, 121, 125, 175, 180, 183, 211, 218, 220, 222, 223])
        s = "%d.%d.%d.%d" % (first, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
    return mk(s, kind)


def ipv6(r):
    groups = ["2001", "%x" % r.randint(0x200, 0xfff)] + ["%x" % r.randint(0, 0xffff) for _ in range(2)]
    s = ":".join(groups) + "::" + "%x" % r.randint(1, 0xffff)
    return mk(s, "ip_v6")


# ---------------------------------------------------------------- noise
FW = {str(i): chr(0xFF10 + i) for i in range(10)}
HANGUL_DIGIT = {"0": "공", "1": "일", "2": "이", "3": "삼", "4": "사", "5": "오", "6": "육", "7": "칠", "8": "팔", "9": "구"}


def to_fullwidth(s):
    return "".join(FW.get(c, c) for c in s).replace("-", "－")


def hangul_digits(r, clean, sep_choices=("에 ", " ", ", ", " 다시 ", "의 ")):
    """Dictated form: digits read out one by one in Sino-Korean."""
    groups = clean.replace(" ", "-").split("-")
    zero = r.choice(["공", "공", "영"])
    sep = r.choice(sep_choices)
    out = []
    for g in groups:
        out.append("".join((zero if c == "0" else HANGUL_DIGIT.get(c, c)) for c in g))
    return sep.join(out)


def disp_width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def apply_noise(r, v, typ, n=1):
    """Apply n OCR-type noise operations appropriate to the type. Returns new V."""
    text = v.text
    tags = list(v.noise)
    numeric = typ not in ("PERSON", "EMAIL_ADDRESS", "KR_ADDRESS")
    for _ in range(n):
        if typ == "PERSON":
            opts = ["spaced_name", "newline_in_name"] if len(text) >= 2 and " " not in text else []
            if not opts and " " in text:
                opts = ["wrapped"]
        elif typ == "EMAIL_ADDRESS":
            opts = []
            if "@" in text:
                opts = ["fullwidth_at", "spaced_at"]
        elif typ == "KR_ADDRESS":
            opts = ["wrapped", "fullwidth_digits"]
        else:
            opts = ["fullwidth_digits", "space_in_number", "newline_in_number"]
            if "-" in text:
                opts += ["unicode_hyphen", "unicode_hyphen"]
            if "0" in text:
                opts += ["ocr_O", "ocr_O"]
            if "1" in text:
                opts += ["ocr_l", "ocr_l"]
        opts = [o for o in opts if o not in tags]
        if not opts:
            break
        op = r.choice(opts)
        new = text
        if op == "spaced_name":
            new = " ".join(text)
        elif op == "newline_in_name":
            k = r.randint(1, len(text) - 1)
            new = text[:k] + "\n" + text[k:]
        elif op == "wrapped":
            idxs = [i for i, c in enumerate(text) if c == " " and 0 < i < len(text) - 1]
            if idxs:
                i = r.choice(idxs)
                new = text[:i] + "\n" + text[i + 1:]
        elif op == "fullwidth_at":
            new = text.replace("@", "＠")
        elif op == "spaced_at":
            new = text.replace("@", r.choice([" @ ", " @", "@ "]))
        elif op == "fullwidth_digits":
            new = to_fullwidth(text)
        elif op == "unicode_hyphen":
            h = r.choice(["‐", "–", "−", "—", "－"])
            new = text.replace("-", h)
        elif op == "ocr_O":
            idxs = [i for i, c in enumerate(text) if c == "0"]
            for i in r.sample(idxs, min(len(idxs), r.randint(1, 2))):
                new = new[:i] + r.choice("OOo") + new[i + 1:]
        elif op == "ocr_l":
            idxs = [i for i, c in enumerate(text) if c == "1"]
            for i in r.sample(idxs, min(len(idxs), r.randint(1, 2))):
                new = new[:i] + r.choice("lIl") + new[i + 1:]
        elif op == "space_in_number":
            # insert a space inside a digit group or around a separator
            cand = [i for i in range(1, len(text)) if text[i - 1] not in " \n" and text[i] not in " \n"]
            if "-" in text and r.random() < 0.5:
                new = text.replace("-", r.choice([" - ", "- ", " -"]), 1)
            elif cand:
                i = r.choice(cand)
                new = text[:i] + " " + text[i:]
        elif op == "newline_in_number":
            seps = [i for i, c in enumerate(text) if c in "-－‐–−— " and 0 < i < len(text) - 1]
            if seps:
                i = r.choice(seps)
                if text[i] == " ":
                    new = text[:i] + "\n" + text[i + 1:]
                else:
                    new = text[:i + 1] + "\n" + text[i + 1:]
            else:
                i = r.randint(2, len(text) - 2)
                new = text[:i] + "\n" + text[i:]
        if new != text and new.strip() == new:
            text = new
            tags.append(op)
    return V(text, v.clean, v.kind, tags)
