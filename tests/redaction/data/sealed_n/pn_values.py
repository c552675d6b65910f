"""Value generators for pii_n (standard library only, deterministic given an rng)."""
import datetime


class S:
    """A span to be labelled: text as written, type, sub-kind, noise tags, clean value."""
    def __init__(self, text, typ, kind, noise=None, clean=None):
        self.text = text
        self.typ = typ
        self.kind = kind
        self.noise = list(noise or [])
        self.clean = clean if clean is not None else text


class N:
    """A tagged hard negative."""
    def __init__(self, text, cat):
        self.text = text
        self.cat = cat


SURNAMES = ("김 김 김 김 이 이 이 박 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 전 홍 "
            "고 문 양 손 배 백 허 유 남 심 노 하 곽 성 차 주 우 구 민 진 지 엄 채 원 천 방 공 "
            "현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용").split()
SURNAMES2 = ["남궁", "황보", "선우", "제갈", "독고", "사공", "서문"]
GIVEN1 = list("민서지현준우예도하윤수영진호은성연재동혜경태주원승희정훈유나채다소아한시건범규혁찬율")
GIVEN2 = list("준윤우연현아진희수원영호민빈린경석철혁훈주은서람솔결미숙자옥순철환용열기")
FOREIGN_LATIN = ["Michael Turner", "Sarah Whitfield", "NGUYEN VAN AN", "Tran Thi Lan", "Maria Santos",
                 "Olga Petrova", "Ahmed Karim", "John O'Neill", "Yuki Tanaka", "Batbayar Ganzorig",
                 "Anita Sharma", "Carlos Mendes", "Emily Harper", "Dmitri Volkov", "Siti Rahmawati",
                 "Kevin Lindqvist", "Aigerim Nurlanovna", "Pham Minh Duc"]
FOREIGN_HANGUL = ["응우옌 반 안", "쩐 티 란", "마리아 산토스", "왕웨이", "리우양", "올가 페트로바",
                  "아메드 카림", "바트바야르", "아니타 샤르마", "다나카 유키", "팜 민 득", "존 오닐"]

ROMAN = {"김": "kim", "이": "lee", "박": "park", "최": "choi", "정": "jung", "강": "kang", "조": "cho",
         "윤": "yoon", "장": "jang", "임": "lim", "한": "han", "오": "oh", "서": "seo", "신": "shin",
         "권": "kwon", "황": "hwang", "안": "ahn", "송": "song", "류": "ryu", "전": "jeon", "홍": "hong"}
ROMAN_G = ["minsu", "jiwoo", "seoyeon", "hyunwoo", "yuna", "dohyun", "eunji", "jihoon", "sora", "taeho",
           "haneul", "minji", "jaewon", "sujin", "yerin", "junho", "dabin", "seungmin", "hyejin", "woojin"]
DOMAINS = ["naver.com", "gmail.com", "daum.net", "hanmail.net", "kakao.com", "nate.com", "outlook.com",
           "hanbit-eng.co.kr", "daeyang-const.com", "mirae-it.kr", "seoul-law.kr", "korea.kr"]
BAD_NAMES = {"홍길동"}


def person(rng, kind=None):
    r = rng.random()
    if kind == "foreign" or (kind is None and r < 0.05):
        if rng.random() < 0.5:
            return S(rng.choice(FOREIGN_LATIN), "PERSON", "foreign_latin")
        return S(rng.choice(FOREIGN_HANGUL), "PERSON", "foreign_hangul")
    while True:
        if rng.random() < 0.06:
            nm = rng.choice(SURNAMES2) + rng.choice(GIVEN1) + rng.choice(GIVEN2)
            k = "kr_name_2surname"
        elif rng.random() < 0.07:
            nm = rng.choice(SURNAMES) + rng.choice("혁찬율범규훈")
            k = "kr_name_2syl"
        else:
            nm = rng.choice(SURNAMES) + rng.choice(GIVEN1) + rng.choice(GIVEN2)
            k = "kr_name"
        if nm not in BAD_NAMES and nm[-1] != nm[-2]:
            return S(nm, "PERSON", k)


def digits(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


# ---------------- RRN / FRN -----------------
W_RRN = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]


def rrn_check(d12):
    s = sum(int(a) * w for a, w in zip(d12, W_RRN))
    return (11 - s % 11) % 10


def frn_check(d12):
    s = sum(int(a) * w for a, w in zip(d12, W_RRN))
    return (13 - s % 11) % 10


def rand_date(rng, y0, y1):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28 if m == 2 else 30)
    return datetime.date(y, m, d)


def rrn(rng, kind=None, sep="-"):
    kind = kind or rng.choice(["rrn_valid"] * 5 + ["rrn_post2020"] * 2 + ["rrn_masked"] * 2)
    if kind == "rrn_post2020":
        dt = rand_date(rng, 2020, 2024)
        if dt.year == 2020 and dt.month < 10:
            dt = dt.replace(month=rng.randint(10, 12))
        g = rng.choice("34")
        body = dt.strftime("%y%m%d") + g + digits(rng, 5)
        c = (rrn_check(body) + rng.randint(1, 9)) % 10
        return S(body[:6] + sep + body[6:] + str(c), "KR_RRN", kind)
    dt = rand_date(rng, 1948, 2012)
    g = rng.choice("12") if dt.year < 2000 else rng.choice("34")
    body = dt.strftime("%y%m%d") + g + digits(rng, 5)
    if kind == "rrn_masked":
        m = rng.choice(["*", "●", "X", "*", "x"])
        return S(body[:6] + sep + g + m * 6, "KR_RRN", kind)
    return S(body[:6] + sep + body[6:] + str(rrn_check(body)), "KR_RRN", "rrn_valid")


def frn(rng, sep="-"):
    dt = rand_date(rng, 1955, 2008)
    g = rng.choice("56") if dt.year < 2000 else rng.choice("78")
    office = "%02d" % (rng.randrange(10, 50) * 2 % 100)
    body = dt.strftime("%y%m%d") + g + office + digits(rng, 2) + rng.choice("789")
    return S(body[:6] + sep + body[6:] + str(frn_check(body)), "KR_FRN", "frn_legacy")


# ---------------- passport / DL / plate -----------------
def passport(rng, kind=None):
    kind = kind or rng.choice(["pp_old", "pp_new", "pp_new", "pp_foreign"])
    L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    if kind == "pp_old":
        return S(rng.choice("MMMSMG") + digits(rng, 8), "KR_PASSPORT", kind)
    if kind == "pp_new":
        return S(rng.choice("MMMMSGDR") + digits(rng, 3) + rng.choice(L) + digits(rng, 4), "KR_PASSPORT", kind)
    f = rng.randrange(5)
    if f == 0:
        v = "C" + digits(rng, 7)          # e.g. Viet Nam
    elif f == 1:
        v = "E" + digits(rng, 8)          # e.g. China
    elif f == 2:
        v = rng.choice(["TK", "TR", "MZ"]) + digits(rng, 7)   # e.g. Japan
    elif f == 3:
        v = "P" + digits(rng, 7) + rng.choice("ABC")           # e.g. Philippines
    else:
        v = "N" + digits(rng, 7)
    return S(v, "KR_PASSPORT", "pp_foreign")


DL_REGION = [("서울", "11"), ("부산", "12"), ("경기", "13"), ("강원", "14"), ("충북", "15"), ("충남", "16"),
             ("전북", "17"), ("전남", "18"), ("경북", "19"), ("경남", "20"), ("제주", "21"), ("대구", "22"),
             ("인천", "23"), ("광주", "24"), ("대전", "25"), ("울산", "26"), ("경기", "28")]


def driver_license(rng, kind=None):
    reg, code = rng.choice(DL_REGION)
    yy = "%02d" % rng.choice(list(range(85, 100)) + list(range(0, 25)))
    ser, ck = digits(rng, 6), digits(rng, 2)
    kind = kind or rng.choice(["dl_code", "dl_code", "dl_name", "dl_name_nospace", "dl_plain"])
    if kind == "dl_code":
        v = f"{code}-{yy}-{ser}-{ck}"
    elif kind == "dl_name":
        v = f"{reg} {yy}-{ser}-{ck}"
    elif kind == "dl_name_nospace":
        v = f"{reg}{yy}-{ser}-{ck}"
    else:
        v = code + yy + ser + ck
    return S(v, "KR_DRIVER_LICENSE", kind)


PLATE_H = list("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주")


def plate(rng):
    k = rng.randrange(5)
    if k == 0:
        v = f"{rng.randint(10, 99)}{rng.choice(PLATE_H)} {digits(rng, 4)}"
    elif k == 1:
        v = f"{rng.randint(100, 399)}{rng.choice(PLATE_H)} {rng.randint(1000, 9999)}"
    elif k == 2:
        v = f"{rng.choice(['서울', '경기', '부산', '인천'])} {rng.randint(10, 99)}{rng.choice(PLATE_H)} {rng.randint(1000, 9999)}"
    elif k == 3:
        v = f"{rng.choice(['서울', '경기', '대구'])} {rng.randint(70, 79)}{rng.choice('바사아자')} {rng.randint(1000, 9999)}"
    else:
        v = f"{rng.randint(100, 399)}{rng.choice(PLATE_H)}{rng.randint(1000, 9999)}"
    return S(v, "KR_VEHICLE_PLATE", "plate")


# ---------------- card / account -----------------
def luhn_ok(num):
    s, alt = 0, False
    for ch in reversed(num):
        d = int(ch)
        if alt:
            d *= 2
            if d > 9:
                d -= 9
        s += d
        alt = not alt
    return s % 10 == 0


def luhn_complete(prefix, length):
    body = prefix
    while len(body) < length - 1:
        body += str(0)
    return body


def card(rng, kind=None, sep=None):
    kind = kind or rng.choice(["visa", "master", "bc", "jcb", "amex", "visa", "master"])
    if kind == "card_masked":
        base = card(rng, sep="")
        raw = base.clean.replace("-", "")
        raw = raw[:6] + "*" * (len(raw) - 10) + raw[-4:]
        sep = sep if sep is not None else "-"
        g = [raw[i:i + 4] for i in range(0, 16, 4)] if len(raw) == 16 else [raw[:4], raw[4:10], raw[10:]]
        v = sep.join(g)
        return S(v, "CREDIT_CARD", "card_masked")
    pref = {"visa": "4" + digits(rng, 5), "master": str(rng.randint(51, 55)) + digits(rng, 4),
            "bc": "94" + digits(rng, 4), "jcb": str(rng.randint(3528, 3589)) + digits(rng, 2),
            "amex": rng.choice(["34", "37"]) + digits(rng, 4)}[kind]
    length = 15 if kind == "amex" else 16
    body = pref + digits(rng, length - 1 - len(pref))
    for c in range(10):
        if luhn_ok(body + str(c)):
            num = body + str(c)
            break
    if sep is None:
        sep = rng.choice(["-", "-", " ", ""])
    if length == 16:
        v = sep.join(num[i:i + 4] for i in range(0, 16, 4))
    else:
        v = sep.join([num[:4], num[4:10], num[10:]])
    return S(v, "CREDIT_CARD", "card_" + kind)


BANKS = [("KB국민은행", (6, 2, 6)), ("신한은행", (3, 3, 6)), ("우리은행", (4, 3, 6)), ("하나은행", (3, 6, 5)),
         ("NH농협은행", (3, 4, 4, 2)), ("IBK기업은행", (3, 6, 2, 3)), ("SC제일은행", (3, 2, 6)),
         ("카카오뱅크", (4, 2, 7)), ("토스뱅크", (4, 4, 4)), ("우체국", (6, 2, 6)), ("새마을금고", (4, 4, 4, 1)),
         ("부산은행", (3, 4, 4, 2)), ("대구은행", (3, 2, 6, 1)), ("케이뱅크", (3, 3, 6)), ("수협은행", (3, 2, 6))]


def bank_account(rng, plain=False):
    bank, grp = rng.choice(BANKS)
    parts = [digits(rng, n) for n in grp]
    if bank == "카카오뱅크":
        parts[0] = "3333"
    elif bank == "토스뱅크":
        parts[0] = "1000"
    elif parts[0][0] == "0":
        parts[0] = "1" + parts[0][1:]
    v = "".join(parts) if plain else "-".join(parts)
    return bank, S(v, "KR_BANK_ACCOUNT", "acct_" + "-".join(map(str, grp)) + ("_plain" if plain else ""))


# ---------------- phone / email / ip -----------------
AREA = ["02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055", "061",
        "062", "063", "064"]


def mobile(rng, style=None):
    a, b = digits(rng, 4), digits(rng, 4)
    if a[0] == "0":
        a = str(rng.randint(2, 9)) + a[1:]
    style = style or rng.choice(["-", "-", "-", "-", ".", " ", "", "+82"])
    if style == "+82":
        v = f"+82-10-{a}-{b}" if rng.random() < 0.5 else f"+82 10 {a} {b}"
    else:
        v = style.join(["010", a, b])
    return S(v, "PHONE_NUMBER", "mobile")


def landline(rng, area=None, kind="landline"):
    area = area or rng.choice(AREA + ["070"])
    if area == "02":
        mid = str(rng.randint(2, 9)) + digits(rng, rng.choice([2, 3]))
    elif area == "070":
        mid = str(rng.randint(4, 8)) + digits(rng, 3)
    else:
        mid = str(rng.randint(2, 9)) + digits(rng, 2)
    v = f"{area}-{mid}-{digits(rng, 4)}"
    if rng.random() < 0.1:
        v = f"({area}) {mid}-{v.split('-')[-1]}"
    return S(v, "PHONE_NUMBER", kind if area != "070" else "voip070")


def official_line(rng):
    # direct line of an official at the Sejong government complex (not the 대표 number)
    v = f"044-{rng.choice(['200', '201', '202', '203', '204', '205', '215'])}-{rng.randint(3000, 7999)}"
    return S(v, "PHONE_NUMBER", "official_direct")


def email(rng, name_s=None):
    sur = rng.choice(list(ROMAN.values()))
    g = rng.choice(ROMAN_G)
    form = rng.randrange(5)
    if form == 0:
        loc = g + sur
    elif form == 1:
        loc = f"{sur}.{g}"
    elif form == 2:
        loc = f"{g}{rng.randint(70, 99)}"
    elif form == 3:
        loc = f"{sur}_{g[:3]}{rng.randint(1, 999)}"
    else:
        loc = f"{g[0]}{sur}{rng.randint(10, 2024)}"
    return S(f"{loc}@{rng.choice(DOMAINS)}", "EMAIL_ADDRESS", "email")


def ip(rng):
    k = rng.randrange(10)
    if k < 4:
        v = f"{rng.choice([211, 175, 121, 59, 118, 220, 106])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        kk = "ipv4_public"
    elif k < 9:
        v = rng.choice([f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}",
                        f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                        f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])
        kk = "ipv4_private"
    else:
        v = "2001:db8:%x:%x::%x" % (rng.randint(1, 0xffff), rng.randint(1, 0xffff), rng.randint(1, 0xfff))
        kk = "ipv6"
    return S(v, "IP_ADDRESS", kk)


# ---------------- address / dob / brn / crn / health -----------------
SIDO = [("서울특별시", "서울", ["마포구", "강서구", "노원구", "송파구", "관악구", "은평구", "동작구"]),
        ("부산광역시", "부산", ["해운대구", "사하구", "동래구", "수영구"]),
        ("대구광역시", "대구", ["수성구", "달서구", "북구"]),
        ("인천광역시", "인천", ["연수구", "부평구", "남동구"]),
        ("광주광역시", "광주", ["서구", "북구", "광산구"]),
        ("대전광역시", "대전", ["유성구", "서구", "대덕구"]),
        ("경기도", "경기", ["수원시 영통구", "성남시 분당구", "고양시 일산동구", "용인시 수지구", "화성시", "파주시"]),
        ("강원특별자치도", "강원", ["춘천시", "원주시", "강릉시"]),
        ("충청북도", "충북", ["청주시 흥덕구", "충주시"]),
        ("전북특별자치도", "전북", ["전주시 완산구", "군산시"]),
        ("경상남도", "경남", ["창원시 성산구", "김해시", "진주시"]),
        ("제주특별자치도", "제주", ["제주시", "서귀포시"])]
ROAD = ["한빛로", "새말로", "솔내길", "가람로", "푸른숲길", "누리로", "은행나무길", "별빛로", "송정로", "매봉길",
        "하늘마루로", "온누리길", "두레로", "청라로", "물빛길", "느티로"]
DONG = ["신정동", "중앙동", "송학동", "덕천동", "월평동", "효자동", "상록동", "금호동"]
APT = ["한빛아파트", "푸른마을", "e편한세상", "래미안", "주공아파트", "행복타운"]


def address(rng):
    full, short, gus = rng.choice(SIDO)
    gu = rng.choice(gus)
    k = rng.randrange(6)
    unit = rng.choice(["", f", {rng.randint(101, 115)}동 {rng.randint(1, 25)}0{rng.randint(1, 4)}호",
                       f", {rng.randint(2, 9)}층 {rng.randint(2, 9)}0{rng.randint(1, 5)}호", f" {rng.randint(2, 12)}층",
                       f", {rng.randint(101, 909)}호"])
    road = f"{rng.choice(ROAD)} {rng.randint(1, 299)}" + (f"-{rng.randint(1, 30)}" if rng.random() < 0.3 else "")
    if k in (0, 1):
        v = f"{full} {gu} {road}{unit}"
        kk = "addr_road_full"
    elif k == 2:
        v = f"{short} {gu} {road}{unit}"
        kk = "addr_road_short"
    elif k == 3:
        v = f"{gu} {road}{unit}"
        kk = "addr_from_sigungu"
    else:
        v = f"{full} {gu} {rng.choice(DONG)} {rng.randint(1, 999)}-{rng.randint(1, 40)} {rng.choice(APT)} {rng.randint(101, 112)}동 {rng.randint(1, 20)}0{rng.randint(1, 4)}호"
        kk = "addr_jibun"
    return S(v, "KR_ADDRESS", kk)


def dob(rng, fmt=None):
    dt = rand_date(rng, 1950, 2010)
    fmt = fmt if fmt is not None else rng.randrange(6)
    v = [f"{dt.year}. {dt.month}. {dt.day}.", f"{dt.year}년 {dt.month}월 {dt.day}일", dt.strftime("%Y-%m-%d"),
         dt.strftime("%Y.%m.%d."), dt.strftime("%y.%m.%d"), dt.strftime("%y%m%d")][fmt]
    return S(v, "DATE_OF_BIRTH", "dob_f%d" % fmt)


def brn(rng):
    while True:
        d = digits(rng, 9)
        if d[0] == "0":
            continue
        w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
        s = sum(int(a) * b for a, b in zip(d, w)) + (int(d[8]) * 5) // 10
        c = (10 - s % 10) % 10
        n = d + str(c)
        return S(f"{n[:3]}-{n[3:5]}-{n[5:]}", "KR_BRN", "brn")


def crn_check(d12):
    s = sum(int(a) * (1 if i % 2 == 0 else 2) for i, a in enumerate(d12))
    return (10 - s % 10) % 10


def crn(rng):
    d = rng.choice(["1101", "1311", "1201", "1346", "1601", "2841"]) + rng.choice(["11", "11", "31"]) + digits(rng, 6)
    return S(f"{d[:6]}-{d[6:]}{crn_check(d)}", "KR_CRN", "crn")


def health(rng):
    return S(str(rng.randint(1, 7)) + digits(rng, 10), "KR_HEALTH_INSURANCE", "hi_11digit")


COMPANIES = ["(주)한빛엔지니어링", "대양건설(주)", "주식회사 미래정보기술", "(주)누리소프트", "청솔종합건설 주식회사",
             "(주)다온물산", "한결회계법인", "(주)새봄커뮤니케이션", "가온테크 주식회사", "(유)바른환경"]
