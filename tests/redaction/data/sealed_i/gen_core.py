"""Core pools, value generators, document builder and noise for pii_i.

Standard library only.  Every random choice goes through a random.Random
instance that the caller seeds with a string seed "pii_i-2026|...".
"""
import unicodedata

PER = "PERSON"
PHONE = "PHONE_NUMBER"
EMAIL = "EMAIL_ADDRESS"
ADDR = "KR_ADDRESS"
DOB = "DATE_OF_BIRTH"
ACCT = "KR_BANK_ACCOUNT"
RRN = "KR_RRN"
IP = "IP_ADDRESS"
PASS = "KR_PASSPORT"
BRN = "KR_BRN"
DL = "KR_DRIVER_LICENSE"
FRN = "KR_FRN"
PLATE = "KR_VEHICLE_PLATE"
HI = "KR_HEALTH_INSURANCE"
CARD = "CREDIT_CARD"
CRN = "KR_CRN"
ALL_TYPES = [PER, PHONE, EMAIL, ADDR, DOB, ACCT, RRN, IP, PASS, BRN, DL, FRN,
             PLATE, HI, CARD, CRN]

# ---------------------------------------------------------------- names
SURNAMES = [("김", "KIM", 21), ("이", "LEE", 15), ("박", "PARK", 8), ("최", "CHOI", 5),
            ("정", "JUNG", 4), ("강", "KANG", 3), ("조", "CHO", 3), ("윤", "YOON", 3),
            ("장", "JANG", 3), ("임", "LIM", 2), ("한", "HAN", 2), ("오", "OH", 2),
            ("서", "SEO", 2), ("신", "SHIN", 2), ("권", "KWON", 2), ("황", "HWANG", 2),
            ("안", "AHN", 2), ("송", "SONG", 2), ("류", "RYU", 1), ("전", "JEON", 1),
            ("홍", "HONG", 1), ("고", "KO", 1), ("문", "MOON", 1), ("양", "YANG", 1),
            ("손", "SON", 1), ("배", "BAE", 1), ("백", "BAEK", 1), ("허", "HEO", 1),
            ("유", "YOO", 1), ("남", "NAM", 1), ("심", "SIM", 1), ("노", "NOH", 1),
            ("하", "HA", 1), ("곽", "KWAK", 1), ("성", "SUNG", 1), ("차", "CHA", 1),
            ("주", "JOO", 1), ("우", "WOO", 1), ("구", "KOO", 1), ("민", "MIN", 1),
            ("진", "JIN", 1), ("나", "NA", 1), ("엄", "EOM", 1), ("채", "CHAE", 1),
            ("원", "WON", 1), ("천", "CHEON", 1), ("방", "BANG", 1), ("공", "KONG", 1),
            ("현", "HYUN", 1), ("함", "HAM", 1), ("변", "BYUN", 1), ("염", "YEOM", 1),
            ("여", "YEO", 1), ("추", "CHOO", 1), ("도", "DO", 1), ("석", "SEOK", 1),
            ("설", "SEOL", 1), ("마", "MA", 1), ("길", "KIL", 1), ("연", "YEON", 1),
            ("표", "PYO", 1), ("탁", "TAK", 1), ("국", "KOOK", 1), ("편", "PYUN", 1),
            ("왕", "WANG", 1), ("금", "KEUM", 1), ("옥", "OK", 1), ("육", "YUK", 1),
            ("맹", "MAENG", 1), ("제", "JE", 1), ("용", "YONG", 1),
            ("남궁", "NAMGOONG", 1), ("황보", "HWANGBO", 1), ("선우", "SUNWOO", 1),
            ("제갈", "JEGAL", 1), ("독고", "DOKGO", 1), ("사공", "SAGONG", 1)]
GIVEN = [("민", "MIN"), ("수", "SU"), ("지", "JI"), ("현", "HYEON"), ("서", "SEO"),
         ("연", "YEON"), ("준", "JUN"), ("우", "WOO"), ("영", "YEONG"), ("호", "HO"),
         ("진", "JIN"), ("은", "EUN"), ("혜", "HYE"), ("성", "SEONG"), ("윤", "YUN"),
         ("아", "A"), ("하", "HA"), ("유", "YU"), ("재", "JAE"), ("원", "WON"),
         ("동", "DONG"), ("훈", "HUN"), ("경", "GYEONG"), ("미", "MI"), ("정", "JEONG"),
         ("희", "HUI"), ("상", "SANG"), ("철", "CHEOL"), ("태", "TAE"), ("석", "SEOK"),
         ("승", "SEUNG"), ("예", "YE"), ("소", "SO"), ("채", "CHAE"), ("도", "DO"),
         ("혁", "HYEOK"), ("빈", "BIN"), ("규", "GYU"), ("솔", "SOL"), ("율", "YUL"),
         ("형", "HYEONG"), ("찬", "CHAN"), ("건", "GEON"), ("범", "BEOM"), ("환", "HWAN"),
         ("선", "SEON"), ("옥", "OK"), ("순", "SUN"), ("숙", "SUK"), ("덕", "DEOK"),
         ("광", "GWANG"), ("용", "YONG"), ("주", "JU"), ("나", "NA"), ("다", "DA"),
         ("래", "RAE"), ("람", "RAM"), ("별", "BYEOL"), ("한", "HAN"), ("결", "GYEOL")]
# given names that read like ordinary words/particles in the templates
BAD_GIVEN = {"수정", "정수", "은지", "하나", "나다", "다나", "도수", "주수", "수주", "정원",
             "원수", "동원", "선원", "지원", "성원", "현재", "재현", "주민", "민주", "영주",
             "주영", "경주", "선정", "상주", "예정", "정예", "석주", "건설", "설경", "진정",
             "미나", "나래", "동주", "현재", "정지", "재정", "성수", "수성", "정상", "상정", "주택", "상태", "태도", "지도", "도지", "선호", "호선", "주도", "도주", "수도", "호수", "수호", "한정", "정한"}
FORBIDDEN_NAMES = {"홍길동", "김철수", "이영희"}  # form-example names are kept out of the pool


def ko_name(rng, allow_single=True):
    while True:
        s, rom, _ = rng.choices(SURNAMES, weights=[w for _, _, w in SURNAMES])[0]
        r = rng.random()
        if allow_single and r < 0.05:
            g = [rng.choice(GIVEN)]
        else:
            g = [rng.choice(GIVEN), rng.choice(GIVEN)]
            if g[0][0] == g[1][0]:
                continue
        given = "".join(x[0] for x in g)
        if given in BAD_GIVEN:
            continue
        name = s + given
        if name in FORBIDDEN_NAMES:
            continue
        return {"ko": name, "sur": s, "given": given, "sur_rom": rom,
                "given_rom": [x[1] for x in g]}


def roman(p, rng, style=None):
    style = style or rng.choice(["UPPER", "UPPER_SP", "Title", "Hyphen", "GivenFirst"])
    gr = p["given_rom"]
    if style == "UPPER":
        return p["sur_rom"] + " " + "".join(gr)
    if style == "UPPER_SP":
        return p["sur_rom"] + " " + " ".join(gr)
    if style == "Title":
        return p["sur_rom"].title() + " " + "".join(gr).title()
    if style == "Hyphen":
        return p["sur_rom"].title() + " " + "-".join(gr).title()
    return "".join(gr).title() + " " + p["sur_rom"].title()


# foreign names: nationality -> (surnames, givens, hangul_joined, latin_order, passport fmt)
FOREIGN = {
    "베트남": dict(en="VIETNAM", code="VNM",
                sur=[("NGUYEN", "응우옌"), ("TRAN", "쩐"), ("LE", "레"), ("PHAM", "팜"),
                     ("HOANG", "호앙"), ("VU", "부"), ("DANG", "당"), ("BUI", "부이")],
                mid=[("VAN", "반"), ("THI", "티"), ("DUC", "득"), ("MINH", "민")],
                giv=[("AN", "안"), ("LAN", "란"), ("HUNG", "흥"), ("MAI", "마이"),
                     ("HUONG", "흐엉"), ("TUAN", "뚜안"), ("LINH", "린"), ("HOA", "호아"),
                     ("THAO", "타오")], order="SMG", join=" "),
    "중국": dict(en="CHINA", code="CHN",
               sur=[("WANG", "왕"), ("LI", "리"), ("ZHANG", "장"), ("LIU", "류"),
                    ("CHEN", "천"), ("ZHAO", "자오"), ("HUANG", "황"), ("SUN", "쑨")],
               mid=[],
               giv=[("WEI", "웨이"), ("JIE", "제"), ("XIAOMING", "샤오밍"), ("LEI", "레이"),
                    ("YAN", "옌"), ("HUIMIN", "후이민"), ("JUN", "쥔"), ("MEILING", "메이링"),
                    ("HAOYU", "하오위")], order="SG", join=""),
    "필리핀": dict(en="PHILIPPINES", code="PHL",
                sur=[("SANTOS", "산토스"), ("REYES", "레예스"), ("CRUZ", "크루즈"),
                     ("GARCIA", "가르시아"), ("BAUTISTA", "바우티스타"), ("MENDOZA", "멘도사")],
                mid=[],
                giv=[("MARIA CLARA", "마리아 클라라"), ("JOSE", "호세"), ("ANGELICA", "안젤리카"),
                     ("MARK ANTHONY", "마크 앤서니"), ("JOY", "조이"), ("RICARDO", "리카르도")],
                order="GS", join=" "),
    "우즈베키스탄": dict(en="UZBEKISTAN", code="UZB",
                   sur=[("KARIMOV", "카리모프"), ("YUSUPOV", "유수포프"), ("RAKHIMOV", "라히모프"),
                        ("TOSHMATOV", "토시마토프")],
                   mid=[],
                   giv=[("AZIZ", "아지즈"), ("BOBUR", "보부르"), ("DILSHOD", "딜쇼드"),
                        ("JASUR", "자수르"), ("SHERZOD", "셰르조드")], order="SG", join=" "),
    "네팔": dict(en="NEPAL", code="NPL",
               sur=[("THAPA", "타파"), ("GURUNG", "구룽"), ("RAI", "라이"), ("TAMANG", "타망")],
               mid=[("BAHADUR", "바하두르"), ("KUMAR", "쿠마르")],
               giv=[("RAM", "람"), ("KRISHNA", "크리슈나"), ("BIKASH", "비카스"),
                    ("SURESH", "수레시")], order="GMS", join=" "),
    "몽골": dict(en="MONGOLIA", code="MNG",
               sur=[("DORJ", "도르지"), ("BOLD", "볼드"), ("GANBAATAR", "간바타르")],
               mid=[],
               giv=[("BATBAYAR", "바트바야르"), ("OYUNCHIMEG", "어윤치멕"), ("TEMUULEN", "테무운"),
                    ("ENKHJIN", "엥흐진")], order="GS", join=" "),
    "인도네시아": dict(en="INDONESIA", code="IDN",
                  sur=[("SANTOSO", "산토소"), ("RAHAYU", "라하유"), ("WIJAYA", "위자야")],
                  mid=[],
                  giv=[("BUDI", "부디"), ("SITI", "시티"), ("AGUS", "아구스"), ("DEWI", "데위")],
                  order="GS", join=" "),
    "미국": dict(en="UNITED STATES OF AMERICA", code="USA",
               sur=[("SMITH", "스미스"), ("JOHNSON", "존슨"), ("BROWN", "브라운"),
                    ("MILLER", "밀러"), ("WILSON", "윌슨")],
               mid=[],
               giv=[("JOHN", "존"), ("EMILY", "에밀리"), ("MICHAEL", "마이클"), ("SARAH", "세라"),
                    ("DAVID", "데이비드")], order="GS", join=" "),
    "러시아": dict(en="RUSSIAN FEDERATION", code="RUS",
                sur=[("PETROV", "페트로프"), ("SOKOLOV", "소콜로프"), ("VOLKOV", "볼코프"),
                     ("IVANOVA", "이바노바")],
                mid=[],
                giv=[("IVAN", "이반"), ("ANNA", "안나"), ("SERGEI", "세르게이"), ("OLGA", "올가")],
                order="GS", join=" "),
    "태국": dict(en="THAILAND", code="THA",
               sur=[("SRISUK", "스리숙"), ("CHAIYAPORN", "차이야폰"), ("WONGSA", "웡사")],
               mid=[],
               giv=[("SOMCHAI", "솜차이"), ("NARONG", "나롱"), ("MALEE", "말리")],
               order="GS", join=" "),
}
NATIONS = list(FOREIGN.keys())


def foreign_name(rng, nat=None):
    nat = nat or rng.choice(NATIONS)
    f = FOREIGN[nat]
    s = rng.choice(f["sur"])
    g = rng.choice(f["giv"])
    m = rng.choice(f["mid"]) if f["mid"] else None
    parts = {"S": s, "G": g, "M": m}
    seq = [parts[c] for c in f["order"] if parts[c] is not None]
    latin = " ".join(x[0] for x in seq)
    hangul = (f["join"]).join(x[1] for x in seq)
    # surname / given-name split for forms (Surname first in passports)
    given_latin = " ".join(x[0] for x in seq if x is not s)
    return {"nat": nat, "nat_en": f["en"], "code": f["code"], "latin": latin,
            "hangul": hangul, "sur_latin": s[0], "given_latin": given_latin,
            "title": latin.title()}


# ---------------------------------------------------------------- numbers
RRN_W = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]


def _chk_rrn(d12):
    s = sum(int(a) * b for a, b in zip(d12, RRN_W))
    return (11 - s % 11) % 10


def _chk_frn(d12):
    s = sum(int(a) * b for a, b in zip(d12, RRN_W))
    return (13 - s % 11) % 10


DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def birth(rng, lo=1948, hi=2004):
    y = rng.randint(lo, hi)
    m = rng.randint(1, 12)
    dmax = DAYS[m - 1] + (1 if m == 2 and y % 4 == 0 else 0)
    return y, m, rng.randint(1, dmax)


def rrn(rng, kind=None, b=None, sep="-"):
    """kind: rrn_valid | rrn_post2020 | rrn_masked"""
    if kind is None:
        r = rng.random()
        kind = "rrn_valid" if r < 0.8 else "rrn_masked"   # adults; post-2020 numbers only where a child is meant
    if kind == "rrn_post2020":
        y = rng.randint(2020, 2025)
        m = rng.randint(10, 12) if y == 2020 else rng.randint(1, 12)
        d = rng.randint(1, DAYS[m - 1])
        b = (y, m, d)
    y, m, d = b or birth(rng)
    male = rng.random() < 0.5
    g = (1 if male else 2) if y < 2000 else (3 if male else 4)
    front = "%02d%02d%02d" % (y % 100, m, d)
    if kind == "rrn_masked":
        mc = rng.choice(["*", "*", "●", "X", "x"])
        return front + sep + str(g) + mc * 6, kind, (y, m, d)
    if kind == "rrn_valid":
        mid = str(g) + "".join(str(rng.randint(0, 9)) for _ in range(5))
        c = _chk_rrn(front + mid)
        return front + sep + mid + str(c), kind, (y, m, d)
    # post-2020: random tail, check digit deliberately invalid
    mid = str(g) + "".join(str(rng.randint(0, 9)) for _ in range(5))
    c = (_chk_rrn(front + mid) + rng.randint(1, 9)) % 10
    return front + sep + mid + str(c), kind, (y, m, d)


def frn(rng, b=None, sep="-"):
    y, m, d = b or birth(rng, 1958, 2005)
    male = rng.random() < 0.5
    g = (5 if male else 6) if y < 2000 else (7 if male else 8)
    front = "%02d%02d%02d" % (y % 100, m, d)
    org = rng.randrange(10, 99, 2)           # registration office: even
    serial = "%02d" % rng.randint(0, 99)
    typ = str(rng.choice([6, 7, 8, 9]))
    d12 = front + str(g) + "%02d" % org + serial + typ
    c = _chk_frn(d12)
    return front + sep + d12[6:] + str(c), "frn_valid", (y, m, d)


def frn_valid(v):
    d = [c for c in v if c.isdigit()]
    if len(d) != 13 or d[6] not in "5678":
        return False
    if int(d[7] + d[8]) % 2:
        return False
    return _chk_frn("".join(d[:12])) == int(d[12])


def rrn_valid(v):
    d = "".join(c for c in v if c.isdigit())
    return len(d) == 13 and _chk_rrn(d[:12]) == int(d[12])


def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, x in enumerate(reversed(ds)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def _luhn_complete(prefix, length, rng):
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card(rng, brand=None, fmt=None):
    brand = brand or rng.choices(["visa", "master", "bc", "jcb", "amex", "local"],
                                 weights=[30, 25, 15, 8, 7, 15])[0]
    if brand == "amex":
        num = _luhn_complete(rng.choice(["34", "37"]), 15, rng)
        groups = [4, 6, 5]
    else:
        pre = {"visa": rng.choice(["4", "4512", "4364", "4579"]),
               "master": rng.choice(["51", "52", "53", "54", "55"]),
               "bc": rng.choice(["9410", "9420", "9430"]),
               "jcb": rng.choice(["3528", "3569", "3568"]),
               "local": rng.choice(["9490", "6243", "9441"])}[brand]
        num = _luhn_complete(pre, 16, rng)
        groups = [4, 4, 4, 4]
    fmt = rng.choices(["-", " ", ""], weights=[50, 35, 15])[0] if fmt is None else fmt
    out, i = [], 0
    for g in groups:
        out.append(num[i:i + g])
        i += g
    return fmt.join(out), "card_" + brand


def digits(rng, n, first_nonzero=False):
    s = "".join(str(rng.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


BANKS = [("국민은행", [6, 2, 6]), ("신한은행", [3, 3, 6]), ("우리은행", [4, 3, 6]),
         ("하나은행", [3, 6, 5]), ("NH농협은행", [3, 4, 4, 2]), ("IBK기업은행", [3, 6, 2, 3]),
         ("SC제일은행", [3, 2, 6]), ("카카오뱅크", [4, 2, 7]), ("토스뱅크", [4, 4, 4]),
         ("케이뱅크", [3, 3, 6]), ("우체국", [6, 2, 6]), ("새마을금고", [4, 2, 6, 1]),
         ("부산은행", [3, 4, 4, 2]), ("대구은행", [3, 2, 6, 1]), ("수협은행", [3, 2, 6]),
         ("신협", [3, 3, 6])]


def account(rng, bank=None, fmt=None):
    b = bank or rng.choice(BANKS)
    name, groups = b
    fmt = rng.choices(["-", "", " "], weights=[75, 20, 5])[0] if fmt is None else fmt
    parts = [digits(rng, g) for g in groups]
    if name == "카카오뱅크":
        parts[0] = "3333"
    if name == "토스뱅크":
        parts[0] = "1000"
    if name == "신한은행":
        parts[0] = rng.choice(["110", "100", "140"])
    if name == "우리은행":
        parts[0] = "1002"
    parts[0] = str(rng.randint(1, 9)) + parts[0][1:] if parts[0][0] == "0" and name != "우체국" else parts[0]
    return fmt.join(parts), "acct_" + name, name


MOBILE_PFX = ["010"] * 12 + ["011", "016", "017", "019"]
AREA = ["02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053",
        "054", "055", "061", "062", "063", "064"]


def mobile(rng, fmt=None):
    p = rng.choice(MOBILE_PFX)
    mid = digits(rng, 4 if p == "010" else rng.choice([3, 4]))
    if mid[0] == "0":
        mid = str(rng.randint(2, 9)) + mid[1:]
    last = digits(rng, 4)
    fmt = rng.choices(["-", "", " ", "."], weights=[70, 14, 10, 6])[0] if fmt is None else fmt
    return fmt.join([p, mid, last]), "mobile"


def landline(rng, area=None, fmt="-", kind="landline"):
    a = area or rng.choice(AREA)
    mid = str(rng.randint(2, 9)) + digits(rng, 2 if a != "02" and rng.random() < 0.4 else 3)
    return fmt.join([a, mid, digits(rng, 4)]), kind


def phone070(rng):
    return "070-" + str(rng.randint(2, 9)) + digits(rng, 3) + "-" + digits(rng, 4), "070"


def any_phone(rng):
    r = rng.random()
    if r < 0.62:
        return mobile(rng)
    if r < 0.92:
        return landline(rng)
    return phone070(rng)


EMAIL_DOM = ["naver.com"] * 5 + ["gmail.com"] * 4 + ["daum.net", "hanmail.net", "nate.com",
                                                        "kakao.com", "hotmail.com", "outlook.kr"]


def email(rng, p=None, dom=None):
    dom = dom or rng.choice(EMAIL_DOM)
    if p is None or rng.random() < 0.25:
        w = rng.choice(["sky", "blue", "sunny", "happy", "moon", "star", "ocean", "green",
                        "dream", "jjang", "hope", "river", "tiger", "maple"])
        loc = w + rng.choice(["", "_", "."]) + digits(rng, rng.choice([2, 3, 4]))
    else:
        sur = p.get("sur_rom", "KIM").lower() if "sur_rom" in p else p.get("sur_latin", "x").lower()
        giv = "".join(p["given_rom"]).lower() if "given_rom" in p else p.get("given_latin", "x").lower().replace(" ", "")
        st = rng.randint(0, 5)
        if st == 0:
            loc = giv + "." + sur
        elif st == 1:
            loc = sur + giv + digits(rng, 2)
        elif st == 2:
            loc = (sur[0] + "".join(x[0] for x in p.get("given_rom", [giv])) ).lower() + digits(rng, rng.choice([2, 4]))
        elif st == 3:
            loc = sur + "_" + giv
        elif st == 4:
            loc = giv + digits(rng, 4)
        else:
            loc = sur + "." + giv + digits(rng, 1)
    return loc + "@" + dom, "email"


def official_email(rng, p):
    loc = "".join(p["given_rom"]).lower() + rng.choice([".", "", "_"]) + p["sur_rom"].lower()
    if rng.random() < 0.3:
        loc += digits(rng, 2)
    return loc + "@korea.kr", "email_official"


# ---------------------------------------------------------------- addresses
SIDO = [("서울특별시", "서울", ["마포구", "강남구", "송파구", "노원구", "관악구", "은평구", "중랑구", "동작구", "강서구", "성북구"]),
        ("부산광역시", "부산", ["해운대구", "부산진구", "사하구", "동래구", "북구"]),
        ("대구광역시", "대구", ["수성구", "달서구", "북구"]),
        ("인천광역시", "인천", ["남동구", "연수구", "부평구", "서구"]),
        ("광주광역시", "광주", ["북구", "광산구", "서구"]),
        ("대전광역시", "대전", ["유성구", "서구", "대덕구"]),
        ("울산광역시", "울산", ["남구", "중구", "울주군"]),
        ("경기도", "경기", ["수원시 팔달구", "성남시 분당구", "고양시 일산동구", "용인시 수지구", "화성시",
                         "안산시 단원구", "부천시", "남양주시", "평택시", "김포시", "의정부시"]),
        ("강원특별자치도", "강원", ["춘천시", "원주시", "강릉시"]),
        ("충청북도", "충북", ["청주시 흥덕구", "충주시", "제천시"]),
        ("충청남도", "충남", ["천안시 서북구", "아산시", "당진시"]),
        ("전북특별자치도", "전북", ["전주시 완산구", "익산시", "군산시"]),
        ("전라남도", "전남", ["목포시", "순천시", "여수시"]),
        ("경상북도", "경북", ["포항시 남구", "구미시", "경산시"]),
        ("경상남도", "경남", ["창원시 성산구", "김해시", "진주시"]),
        ("제주특별자치도", "제주", ["제주시", "서귀포시"])]
ROADS = ["월드컵로", "중앙로", "문화로", "평화로", "번영로", "희망로", "새마을로", "대학로", "동부대로",
         "봉은사로", "송파대로", "노원로", "은평로", "가야대로", "달구벌대로", "인주대로", "상무대로",
         "계룡로", "삼산로", "경수대로", "돌마로", "호수로", "봉영로", "석수로", "경춘로", "상동로",
         "충장로", "금강로", "백제대로", "용당로", "중앙대로", "원이대로", "연삼로", "신대방길",
         "망원로", "성산로", "동일로", "화랑로", "구암로", "덕천로", "서부로", "남부순환로"]
DONG = ["성산동", "망원동", "역삼동", "잠실동", "상계동", "신림동", "불광동", "면목동", "우동", "좌동",
        "범어동", "구월동", "송도동", "봉선동", "둔산동", "삼산동", "인계동", "정자동", "장항동",
        "풍덕천동", "봉명동", "쌍용동", "효자동", "용당동", "상도동", "화곡동", "정릉동"]
APTS = ["한빛아파트", "푸른마을", "현대아파트", "래미안", "주공아파트", "한신빌라", "행복빌라", "e편한세상",
        "롯데캐슬", "금호어울림", "삼익아파트", "대우푸르지오", "우성아파트", "그린빌"]
LOT_TOWN = [("경기도", "화성시", "봉담읍 동화리"), ("경기도", "양평군", "양서면 목왕리"),
            ("충청남도", "당진시", "합덕읍 운산리"), ("전라남도", "순천시", "해룡면 신대리"),
            ("경상북도", "경산시", "하양읍 금락리"), ("강원특별자치도", "원주시", "문막읍 건등리"),
            ("제주특별자치도", "제주시", "애월읍 하귀리"), ("충청북도", "제천시", "봉양읍 주포리")]


def address(rng, form=None):
    """Returns (span_value, kind, postal, paren_ref)."""
    form = form or rng.choices(["road_full", "road_short", "road_gu", "lot"], weights=[45, 20, 20, 15])[0]
    postal = "%05d" % rng.randint(1000, 63644)
    if form == "lot":
        sido, sgg, town = rng.choice(LOT_TOWN)
        if rng.random() < 0.3:
            sido = {"경기도": "경기", "충청남도": "충남", "전라남도": "전남", "경상북도": "경북",
                    "강원특별자치도": "강원", "제주특별자치도": "제주", "충청북도": "충북"}[sido]
        lot = str(rng.randint(1, 999)) + (("-" + str(rng.randint(1, 30))) if rng.random() < 0.6 else "")
        v = "%s %s %s %s" % (sido, sgg, town, lot)
        if rng.random() < 0.4:
            v += " " + rng.choice(APTS) + " " + str(rng.randint(1, 5)) + "0" + str(rng.randint(1, 4)) + "호"
        return v, "addr_lot", postal, None
    full, short, sggs = rng.choice(SIDO)
    sgg = rng.choice(sggs)
    road = rng.choice(ROADS)
    if rng.random() < 0.3:
        road += "%d번길" % rng.randint(1, 60)
    bno = str(rng.randint(1, 320)) + (("-" + str(rng.randint(1, 20))) if rng.random() < 0.2 else "")
    unit = rng.choice(["", "", ", %d동 %d%02d호" % (rng.randint(101, 120), rng.randint(1, 25), rng.randint(1, 6)),
                       ", %d층 %d0%d호" % ((f := rng.randint(2, 9)), f, rng.randint(1, 5)),
                       " %d층" % rng.randint(2, 12), ", %d%02d호" % (rng.randint(1, 9), rng.randint(1, 12))])
    if form == "road_full":
        v = "%s %s %s %s%s" % (full, sgg, road, bno, unit)
    elif form == "road_short":
        v = "%s %s %s %s%s" % (short, sgg, road, bno, unit)
    else:
        v = "%s %s %s%s" % (sgg, road, bno, unit)
    ref = None
    if rng.random() < 0.35:
        ref = "(" + rng.choice(DONG) + ((", " + rng.choice(APTS)) if "동 " in unit else "") + ")"
    return v, "addr_" + form, postal, ref


# ---------------------------------------------------------------- others
def dob(rng, b=None, fmt=None):
    y, m, d = b or birth(rng)
    fmt = fmt if fmt is not None else rng.randint(0, 6)
    v = ["%d. %d. %d." % (y, m, d), "%d년 %d월 %d일" % (y, m, d), "%04d-%02d-%02d" % (y, m, d),
         "%04d.%02d.%02d." % (y, m, d), "%02d.%02d.%02d" % (y % 100, m, d),
         "%02d%02d%02d" % (y % 100, m, d), "%04d.%02d.%02d" % (y, m, d)][fmt]
    return v, "dob_f%d" % fmt, (y, m, d)


PASS_PFX = ["M"] * 14 + ["S", "S", "R", "G", "D"]


def passport_kr(rng, new=None):
    p = rng.choice(PASS_PFX)
    if new is None:
        new = rng.random() < 0.5
    if new:
        return p + digits(rng, 3) + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(rng, 4), "passport_kr_new"
    return p + digits(rng, 8), "passport_kr_old"


def passport_foreign(rng, code):
    if code == "VNM":
        v = rng.choice("CNB") + digits(rng, 7)
    elif code == "CHN":
        v = rng.choice(["E" + digits(rng, 8), "EA" + digits(rng, 7), "EH" + digits(rng, 7)])
    elif code == "PHL":
        v = "P" + digits(rng, 7) + rng.choice("ABC")
    elif code == "UZB":
        v = rng.choice(["FA", "AC", "AD"]) + digits(rng, 7)
    elif code == "NPL":
        v = "PA" + digits(rng, 7)
    elif code == "MNG":
        v = "E" + digits(rng, 7)
    elif code == "IDN":
        v = rng.choice("XBC") + digits(rng, 7)
    elif code == "USA":
        v = rng.choice(["A", "5", "6"]) + digits(rng, 8)
    elif code == "RUS":
        v = "7" + digits(rng, 8)
    else:
        v = "AA" + digits(rng, 7)
    return v, "passport_foreign"


DL_REGION = [("서울", "11"), ("부산", "12"), ("경기", "13"), ("강원", "14"), ("충북", "15"),
             ("충남", "16"), ("전북", "17"), ("전남", "18"), ("경북", "19"), ("경남", "20"),
             ("제주", "21"), ("대구", "22"), ("인천", "23"), ("광주", "24"), ("대전", "25"),
             ("울산", "26"), ("경기북부", "28")]


def driver_license(rng, form=None):
    reg, code = rng.choice(DL_REGION)
    yy = "%02d" % rng.choice(list(range(85, 100)) + list(range(0, 25)))
    ser = digits(rng, 6)
    tail = str(rng.randint(0, 9)) + str(rng.choice([0, 0, 0, 1, 2]))
    form = form or rng.choices(["num", "region_sp", "region_nosp", "plain"], weights=[50, 20, 10, 20])[0]
    if form == "num":
        return "%s-%s-%s-%s" % (code, yy, ser, tail), "dl_num"
    if form == "region_sp":
        return "%s %s-%s-%s" % (reg, yy, ser, tail), "dl_region"
    if form == "region_nosp":
        return "%s%s-%s-%s" % (reg, yy, ser, tail), "dl_region_nosp"
    return code + yy + ser + tail, "dl_plain12"


PLATE_H = list("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주")


def plate(rng, form=None):
    form = form or rng.choices(["2d", "3d", "region", "commercial", "nosp", "rental"],
                               weights=[30, 30, 10, 10, 10, 10])[0]
    h = rng.choice(PLATE_H)
    if form == "2d":
        return "%02d%s %s" % (rng.randint(11, 99), h, digits(rng, 4, True)), "plate_2d"
    if form == "3d":
        return "%d%s %s" % (rng.randint(100, 699), h, digits(rng, 4, True)), "plate_3d"
    if form == "region":
        return "%s %02d%s %s" % (rng.choice(["서울", "경기", "부산", "인천"]), rng.randint(11, 99), h,
                                 digits(rng, 4, True)), "plate_region"
    if form == "commercial":
        return "%s %02d%s %s" % (rng.choice(["서울", "경기", "부산", "대구"]), rng.randint(70, 98),
                                 rng.choice("바사아자"), digits(rng, 4, True)), "plate_commercial"
    if form == "rental":
        return "%02d%s %s" % (rng.randint(11, 99), rng.choice("하허호"), digits(rng, 4, True)), "plate_rental"
    return "%d%s%s" % (rng.randint(100, 399), h, digits(rng, 4, True)), "plate_nosp"


def brn(rng, fmt="-"):
    while True:
        d = digits(rng, 3, True) + "%02d" % rng.choice([1, 3, 5, 6, 11, 13, 21, 23, 81, 85, 86, 87]) + digits(rng, 4)
        w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
        s = sum(int(a) * b for a, b in zip(d, w)) + (int(d[8]) * 5) // 10
        c = (10 - s % 10) % 10
        n = d + str(c)
        return fmt.join([n[:3], n[3:5], n[5:]]) if fmt is not None else n, "brn_valid"


def brn_ok(v):
    d = "".join(c for c in v if c.isdigit())
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(int(a) * b for a, b in zip(d[:9], w)) + (int(d[8]) * 5) // 10
    return len(d) == 10 and (10 - s % 10) % 10 == int(d[9])


def crn(rng, fmt="-"):
    d = "%04d" % rng.choice([1101, 1101, 1311, 1201, 1301, 1711, 1344, 2011, 1601, 1811]) + \
        rng.choice(["11", "11", "11", "71", "31"]) + digits(rng, 6)
    s = sum(int(a) * (1 if i % 2 == 0 else 2) for i, a in enumerate(d))
    c = (10 - s % 10) % 10
    n = d + str(c)
    return n[:6] + fmt + n[6:], "crn_valid"


def crn_ok(v):
    d = "".join(c for c in v if c.isdigit())
    s = sum(int(a) * (1 if i % 2 == 0 else 2) for i, a in enumerate(d[:12]))
    return len(d) == 13 and (10 - s % 10) % 10 == int(d[12])


def health_ins(rng):
    return str(rng.randint(1, 7)) + digits(rng, 10), "hi_11"


def ipv4(rng, private=None):
    private = rng.random() < 0.35 if private is None else private
    if private:
        v = rng.choice(["192.168.%d.%d" % (rng.randint(0, 30), rng.randint(2, 254)),
                        "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254)),
                        "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(2, 254))])
        return v, "ipv4_private"
    a = rng.choice([1, 14, 27, 39, 58, 61, 106, 110, 112, 115, 118, 121, 125, 175, 180, 183, 203, 210, 211, 218, 220, 222])
    return "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)), "ipv4_public"


def ipv6(rng):
    return "2001:%x:%x:%x::%x" % (rng.randint(0x200, 0xfff), rng.randint(0, 0xffff), rng.randint(0, 0xffff),
                                  rng.randint(1, 0xffff)), "ipv6"


# ---------------------------------------------------------------- hard negatives
DEPTS = ["운영지원과", "민원여권과", "주민등록과", "자동차관리과", "외국인주민지원과", "세무과", "복지정책과",
         "교통행정과", "정보통신과", "총무과", "기획예산과", "감사담당관", "체류관리과", "사회복지과", "건축과"]


def docno(rng):
    return rng.choice([
        "%s-%d" % (rng.choice(DEPTS), rng.randint(100, 9999)),
        "%s-%d" % (rng.choice(DEPTS), rng.randint(100, 9999)),
        "제%d-%d호" % (rng.randint(2019, 2025), rng.randint(1, 999)),
        "서면-%d-법규-%d" % (rng.randint(2019, 2024), rng.randint(100, 3999)),
    ]), "doc_number"


STATUTES = ["「개인정보 보호법」 제15조제1항제1호", "「개인정보 보호법」 제24조의2", "「주민등록법」 제29조제2항",
            "「주민등록법 시행규칙」 별지 제10호서식", "「여권법」 제9조", "「여권법 시행령」 제3조",
            "「도로교통법」 제87조제1항", "「도로교통법 시행규칙」 별지 제74호서식", "「출입국관리법」 제31조",
            "「출입국관리법 시행규칙」 제47조", "「민원 처리에 관한 법률」 제27조", "「공공기관의 정보공개에 관한 법률」 제9조제1항제6호",
            "「전자정부법」 제36조", "같은 법 시행령 제9조제1항", "「국민건강보험법」 제96조", "「부가가치세법」 제8조"]


def statute(rng):
    return rng.choice(STATUTES), "statute"


def casenum(rng, criminal=False):
    y = rng.randint(2019, 2025)
    if criminal:
        return rng.choice(["%d고단%d" % (y, rng.randint(100, 9999)), "%d고합%d" % (y, rng.randint(10, 999)),
                           "%d노%d" % (y, rng.randint(100, 4999)), "%d고정%d" % (y, rng.randint(100, 3999))]), "case_number"
    return rng.choice(["%d고단%d" % (y, rng.randint(100, 9999)), "%d고합%d" % (y, rng.randint(10, 999)),
                       "%d노%d" % (y, rng.randint(100, 4999)), "%d가단%d" % (y, rng.randint(1000, 599999)),
                       "%d구합%d" % (y, rng.randint(100, 99999)), "%d고정%d" % (y, rng.randint(100, 3999)),
                       "%d누%d" % (y, rng.randint(1000, 79999))]), "case_number"


def event_date(rng, y0=2022, y1=2025):
    y, m = rng.randint(y0, y1), rng.randint(1, 12)
    d = rng.randint(1, 28)
    return rng.choice(["%d. %d. %d." % (y, m, d), "%d년 %d월 %d일" % (y, m, d), "%04d-%02d-%02d" % (y, m, d),
                       "%04d.%02d.%02d." % (y, m, d)]), "event_date"


def date_range(rng, y0=2023, y1=2026):
    a = (rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))
    span = rng.randint(1, 900)
    o = a[0] * 372 + (a[1] - 1) * 31 + a[2] - 1 + span
    y, rem = divmod(o, 372)
    m, d = divmod(rem, 31)
    b = (y, m + 1, min(d + 1, 28))
    fmt = rng.choice(["%d. %d. %d.", "%04d.%02d.%02d.", "%04d-%02d-%02d", "%d년 %d월 %d일"])
    return (fmt % a, "event_date"), (fmt % b, "event_date")


def fee(rng):
    v = rng.choice([0, 500, 1000, 1200, 2000, 3000, 8000, 10000, 13000, 15000, 30000, 53000])
    return rng.choice(["{:,}원".format(v), "{:,} 원".format(v)]), "amount"


def amount(rng):
    v = rng.randint(1, 9999) * rng.choice([10, 100, 1000, 10000])
    return rng.choice(["{:,}원".format(v), "금{:,}원".format(v), "₩{:,}".format(v), "{:,} 원".format(v)]), "amount"


def receipt_no(rng):
    return rng.choice(["%d%s-%02d%02d-%07d" % (rng.randint(1, 9), rng.choice(["AA", "AB", "BA"]), rng.randint(22, 25),
                                               rng.randint(1, 12), rng.randint(0, 9999999)),
                       "%d-%06d" % (rng.randint(2022, 2025), rng.randint(1, 999999)),
                       "R%d%02d%02d-%05d" % (rng.randint(2022, 2025), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 99999))]), "receipt_number"


def mgmt_no(rng):
    return rng.choice(["%03d-%d-%04d" % (rng.randint(11, 99), rng.randint(2019, 2025), rng.randint(1, 9999)),
                       "%d-%d-%06d" % (rng.randint(1101, 4890), rng.randint(2019, 2025), rng.randint(1, 999999)),
                       "%d-%d-%05d" % (rng.randint(41000, 41999), rng.randint(100, 999), rng.randint(1, 99999))]), "management_number"


def bid_no(rng):
    return "%d%02d%05d-00" % (rng.randint(2022, 2025), rng.randint(1, 12), rng.randint(0, 99999)), "bid_number"


SWITCH_AREA = [("044", "2114"), ("02", "2114"), ("02", "2100"), ("031", "120"), ("042", "1114"), ("051", "888")]


def switchboard(rng, allow_short=True):
    r = rng.random()
    if not allow_short:
        r = r * 0.85
    if r < 0.45:
        a = rng.choice(["02", "044", "031", "042", "051", "053", "062"])
        return "%s-%d%02d-%s" % (a, rng.randint(2, 9), rng.randint(0, 99), rng.choice(["2114", "1114", "0114", "2000"])), "switchboard"
    if r < 0.85:
        return "%s-%04d" % (rng.choice(["1588", "1577", "1600", "1544", "1644", "1566", "1661", "1899"]),
                            rng.randint(1000, 9999)), "switchboard_15xx"
    return rng.choice(["110", "120", "126", "1345", "1350", "1355", "182"]), "short_code"


ORGS = [("행정안전부", "행정안전부장관", "mois"), ("법무부", "법무부장관", "moj"), ("외교부", "외교부장관", "mofa"),
        ("국토교통부", "국토교통부장관", "molit"), ("보건복지부", "보건복지부장관", "mohw"), ("고용노동부", "고용노동부장관", "moel"),
        ("경찰청", "경찰청장", "police"), ("국세청", "국세청장", "nts"), ("서울특별시 마포구", "마포구청장", "mapo"),
        ("서울특별시 노원구", "노원구청장", "nowon"), ("부산광역시 해운대구", "해운대구청장", "haeundae"),
        ("경기도 수원시", "수원시장", "suwon"), ("인천광역시 연수구", "연수구청장", "yeonsu"), ("대전광역시 유성구", "유성구청장", "yuseong"),
        ("경기도 화성시", "화성시장", "hscity"), ("충청남도 천안시", "천안시장", "cheonan"), ("전라남도 순천시", "순천시장", "suncheon"),
        ("경상남도 김해시", "김해시장", "gimhae")]

GOV_BLDGS = ["정부세종청사 %d동" , "정부서울청사 %d층", "정부대전청사 %d동"]


def gov_address(rng):
    r = rng.random()
    if r < 0.4:
        return "세종특별자치시 %s %d %s" % (rng.choice(["도움5로", "도움6로", "갈매로", "다솜2로", "한누리대로"]),
                                      rng.randint(1, 480), "정부세종청사 %d동" % rng.randint(1, 16)), "institution_address"
    if r < 0.6:
        return "서울특별시 종로구 세종대로 %d %s" % (rng.randint(200, 210), "정부서울청사 %d층" % rng.randint(2, 19)), "institution_address"
    full, short, sggs = rng.choice(SIDO[:8])
    sgg = rng.choice(sggs)
    v = "%s %s %s %d %s" % (full, sgg, rng.choice(["시청로", "구청로", "청사로", "중앙로"]), rng.randint(1, 300),
                            rng.choice(["", "", "별관 2층", "민원동"]))
    return v.strip(), "institution_address"


def version_no(rng):
    return "%d.%d.%d.%d" % (rng.randint(1, 12), rng.randint(0, 9), rng.randint(1000, 22999), rng.randint(1, 9999)), "version_number"


def user_id(rng):
    return rng.choice(["u%05d" % rng.randint(1, 99999), "emp%04d" % rng.randint(1, 9999), "svc_batch%02d" % rng.randint(1, 20),
                       "EMP-%05d" % rng.randint(1, 99999)]), "user_id"


# ---------------------------------------------------------------- document builder
class Doc:
    def __init__(self):
        self.parts = []

    def t(self, *xs):
        for x in xs:
            if x:
                self.parts.append(["t", x, None])
        return self

    def s(self, typ, val, kind, clean=None, **kw):
        m = {"type": typ, "kind": kind, "clean": clean if clean is not None else val}
        m.update(kw)
        self.parts.append(["s", val, m])
        return self

    def h(self, val, cat):
        self.parts.append(["h", val, {"cat": cat}])
        return self

    def any_spans(self):
        return any(p[0] == "s" for p in self.parts)


# ---------------------------------------------------------------- noise
FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789"}
CONF = {"0": ["O", "o", "D"], "1": ["l", "I", "|"], "2": ["Z"], "5": ["S"], "8": ["B"], "6": ["b"], "9": ["g"]}
HANGUL_D = {"0": "공", "1": "일", "2": "이", "3": "삼", "4": "사", "5": "오", "6": "육", "7": "칠", "8": "팔", "9": "구"}
HYPHENS = ["‐", "－", "–", "−"]
DIGIT_TYPES = {RRN, FRN, DL, CARD, ACCT, PHONE, BRN, CRN, HI, PASS, PLATE, IP}


def _positions(v, pred):
    return [i for i, c in enumerate(v) if pred(c)]


def op_fullwidth(v, rng):
    out = "".join(FW.get(c, c) for c in v)
    if "-" in out and rng.random() < 0.5:
        out = out.replace("-", "－")
    return out


def op_uhyphen(v, rng):
    if "-" not in v:
        return None
    return v.replace("-", rng.choice(HYPHENS))


def op_space(v, rng):
    if "-" in v and rng.random() < 0.5:
        i = rng.choice(_positions(v, lambda c: c == "-"))
        return v[:i] + rng.choice([" - ", " -", "- "]) + v[i + 1:]
    cand = [i for i in range(1, len(v)) if v[i - 1].isdigit() and v[i].isdigit()]
    if not cand:
        return None
    i = rng.choice(cand)
    return v[:i] + " " + v[i:]


def op_newline(v, rng):
    if "-" in v and rng.random() < 0.6:
        i = rng.choice(_positions(v, lambda c: c == "-"))
        return v[:i + 1] + "\n" + v[i + 1:]
    cand = [i for i in range(2, len(v) - 1) if v[i - 1].isdigit() and v[i].isdigit()]
    if " " in v:
        cand += [i for i in range(1, len(v) - 1) if v[i] == " "]
        i = rng.choice(cand)
        if v[i] == " ":
            return v[:i] + "\n" + v[i + 1:]
        return v[:i] + "\n" + v[i:]
    if not cand:
        return None
    i = rng.choice(cand)
    return v[:i] + "\n" + v[i:]


def op_confusable(v, rng, start=0):
    cand = [i for i, c in enumerate(v) if c in CONF and i >= start]
    if not cand:
        return None
    out = list(v)
    for i in rng.sample(cand, min(len(cand), rng.choice([1, 1, 2]))):
        out[i] = rng.choice(CONF[out[i]])
    return "".join(out)


def op_hangul_digits(v, rng):
    groups = [g for g in range(len(v)) if v[g].isdigit()]
    if not groups:
        return None
    # convert one maximal digit run
    runs, i = [], 0
    while i < len(v):
        if v[i].isdigit():
            j = i
            while j < len(v) and v[j].isdigit():
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    a, b = rng.choice(runs)
    return v[:a] + "".join(HANGUL_D[c] for c in v[a:b]) + v[b:]


def op_spaced_name(v, rng):
    if " " in v or len(v) < 2 or not all("\uac00" <= c <= "\ud7a3" for c in v):
        return None
    return " ".join(v)


def op_wrap(v, rng):
    cand = [i for i in range(1, len(v) - 1) if v[i] == " "]
    if not cand:
        return None
    i = rng.choice(cand)
    return v[:i] + "\n" + v[i + 1:]


def op_email_at(v, rng):
    return v.replace("@", rng.choice(["＠", " @ ", "@ ", " @"]))


def op_email_ocr(v, rng):
    loc, dom = v.split("@", 1)
    if "m" in loc and rng.random() < 0.5:
        i = loc.index("m")
        loc = loc[:i] + "rn" + loc[i + 1:]
    elif any(c in loc for c in "ol"):
        i = rng.choice([k for k, c in enumerate(loc) if c in "ol"])
        loc = loc[:i] + {"o": "0", "l": "1"}[loc[i]] + loc[i + 1:]
    else:
        dom = dom.replace(".", rng.choice([" .", ". ", ","]), 1)
    return loc + "@" + dom


def op_email_wrap(v, rng):
    i = v.index("@")
    return v[:i + 1] + "\n" + v[i + 1:]


OPS = {"fullwidth_digits": op_fullwidth, "unicode_hyphen": op_uhyphen, "space_in_number": op_space,
       "newline_in_number": op_newline, "confusable_letters": op_confusable, "hangul_digits": op_hangul_digits,
       "spaced_name": op_spaced_name, "wrapped": op_wrap, "email_at_variant": op_email_at,
       "email_ocr_confusion": op_email_ocr, "email_wrapped": op_email_wrap}

PROFILE_OPS = {
    "ocr": {"digit": ["fullwidth_digits", "unicode_hyphen", "space_in_number", "newline_in_number", "confusable_letters"],
            "person": ["spaced_name", "wrapped"], "email": ["email_at_variant", "email_ocr_confusion", "email_wrapped"],
            "addr": ["wrapped", "fullwidth_digits"], "dob": ["space_in_number", "confusable_letters", "fullwidth_digits"]},
    "typing": {"digit": ["fullwidth_digits", "unicode_hyphen", "space_in_number", "hangul_digits"],
               "person": ["spaced_name"], "email": ["email_at_variant"], "addr": ["fullwidth_digits"],
               "dob": ["fullwidth_digits", "space_in_number"]},
}
PROFILE_P = {"clean": 0.0, "ocr": 0.5, "ocr_heavy": 0.85, "typing": 0.4}


def span_family(m):
    t = m["type"]
    if t == PER:
        return "person"
    if t == EMAIL:
        return "email"
    if t == ADDR:
        return "addr"
    if t == DOB:
        return "dob"
    return "digit"


def noise_span(val, m, profile, rng):
    if profile == "clean" or m.get("no_noise"):
        return val, []
    if rng.random() >= PROFILE_P[profile]:
        return val, []
    ops = PROFILE_OPS["typing" if profile == "typing" else "ocr"][span_family(m)]
    fam = span_family(m)
    if m["type"] in (PASS, PLATE, IP) or m["kind"].startswith("dl_region"):
        ops = [o for o in ops if o not in ("hangul_digits",)]
    if m["type"] != PHONE:
        ops = [o for o in ops if o != "hangul_digits"]
    n = 2 if profile == "ocr_heavy" and rng.random() < 0.5 else 1
    tags, out = [], val
    for op in rng.sample(ops, min(n, len(ops))):
        if op == "confusable_letters" and m["type"] == PASS:
            new = op_confusable(out, rng, start=2)
        elif op == "confusable_letters" and m["type"] in (PLATE, IP):
            new = None
        else:
            new = OPS[op](out, rng)
        if new and new != out:
            out = new
            tags.append(op)
    return out, tags


def noise_plain(s, profile, rng):
    """Light noise in non-span text.  Returns (text, tags)."""
    if profile == "clean" or not s:
        return s, []
    tags = []
    if profile in ("ocr", "ocr_heavy"):
        p = 0.25 if profile == "ocr" else 0.5
        if "·" in s and rng.random() < p:
            s = s.replace("·", rng.choice([".", "ㆍ", " "]))
            tags.append("middot")
        if len(s) > 25 and " " in s.strip() and rng.random() < p:
            cand = [i for i in range(5, len(s) - 5) if s[i] == " "]
            if cand:
                i = rng.choice(cand)
                s = s[:i] + "\n" + s[i + 1:]
                tags.append("hard_wrap")
        if rng.random() < p * 0.5:
            cand = [i for i in range(1, len(s)) if "\uac00" <= s[i - 1] <= "\ud7a3" and "\uac00" <= s[i] <= "\ud7a3"]
            if cand:
                i = rng.choice(cand)
                s = s[:i] + " " + s[i:]
                tags.append("split_word")
        if rng.random() < p * 0.3 and ":" in s:
            s = s.replace(":", rng.choice([";", " :", "："]), 1)
            tags.append("colon")
    elif profile == "typing":
        if rng.random() < 0.15 and "  " not in s and " " in s:
            i = s.index(" ")
            s = s[:i] + "  " + s[i + 1:]
            tags.append("double_space")
    return s, tags


# ---------------------------------------------------------------- validation helpers
HANGUL_TO_D = {"공": "0", "영": "0", "일": "1", "이": "2", "삼": "3", "사": "4", "오": "5", "육": "6", "륙": "6",
               "칠": "7", "팔": "8", "구": "9"}
REV_CONF = {}
for d_, ls in CONF.items():
    for l_ in ls:
        REV_CONF.setdefault(l_, set()).add(d_)


def norm_basic(s):
    s = unicodedata.normalize("NFKC", s)
    for h in HYPHENS:
        s = s.replace(h, "-")
    return "".join(c for c in s if not c.isspace())


def noisy_matches_clean(noisy, clean, typ):
    """Check that the noisy span text is the clean value plus the known noise."""
    a, b = norm_basic(noisy), norm_basic(clean)
    if typ == EMAIL:
        a = a.replace("rn", "m") if "rn" not in b else a
        a = a.replace(",", ".")
        if len(a) != len(b):
            return False
        return all(x == y or (x == "0" and y == "o") or (x == "1" and y == "l") for x, y in zip(a, b))
    if len(a) != len(b):
        return False
    for x, y in zip(a, b):
        if x == y:
            continue
        if y.isdigit() and (y in REV_CONF.get(x, ()) or HANGUL_TO_D.get(x) == y):
            continue
        return False
    return True
