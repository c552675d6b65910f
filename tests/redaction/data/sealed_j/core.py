# -*- coding: utf-8 -*-
"""pii_j core: value generators, noise functions and the record builder.

Standard library only.  All randomness flows through random.Random objects that
are seeded with strings ("pii_j-2026|..."), which Python hashes with SHA-512, so
the output does not depend on PYTHONHASHSEED.
"""
import datetime
import re
import unicodedata

# ---------------------------------------------------------------------------
# entity / negative markers used by the templates
# ---------------------------------------------------------------------------


class E:
    """An entity value to be labelled."""
    __slots__ = ("type", "value", "kind", "noise")

    def __init__(self, type_, value, kind, noise=True):
        self.type = type_
        self.value = value
        self.kind = kind
        self.noise = noise  # False: never apply value noise (e.g. already spelled out)


class N:
    """A tagged hard negative (never labelled, never noised)."""
    __slots__ = ("value", "cat")

    def __init__(self, value, cat):
        self.value = value
        self.cat = cat


# ---------------------------------------------------------------------------
# names
# ---------------------------------------------------------------------------

SURNAMES = (
    ["김"] * 20 + ["이"] * 14 + ["박"] * 8 + ["최"] * 5 + ["정"] * 5 + ["강"] * 3 + ["조"] * 3 +
    ["윤"] * 3 + ["장"] * 3 + ["임"] * 3 + ["한", "오", "서", "신", "권", "황", "안", "송", "류", "전",
                                          "홍", "고", "문", "양", "손", "배", "백", "허", "유", "남", "심",
                                          "노", "하", "곽", "성", "차", "주", "우", "구", "민", "진", "나",
                                          "지", "엄", "채", "원", "천", "방", "공", "현", "함", "변", "염",
                                          "여", "추", "도", "소", "석", "설", "마", "길", "연", "위", "표",
                                          "명", "기", "반", "왕", "금", "옥", "육", "인", "맹", "탁", "국",
                                          "어", "편", "예", "경", "봉", "태", "목", "피", "감"] +
    ["남궁", "황보", "선우", "제갈", "독고", "사공", "서문"]
)

GIVEN_M = ["민준", "서준", "도윤", "예준", "시우", "하준", "주원", "지호", "지후", "준우", "준서", "건우",
           "현우", "우진", "민재", "현준", "지훈", "성민", "정훈", "상훈", "영호", "영수", "영철", "성호",
           "정호", "동현", "승현", "재현", "태현", "민수", "진우", "종민", "경수", "상철", "광수", "기석",
           "병철", "용준", "재훈", "승우", "한결", "은호", "태윤", "동욱", "형준", "석진", "대현", "창민",
           "근호", "윤호", "철민", "봉수", "만석", "덕희", "재석", "규현", "원석", "희철"]
GIVEN_F = ["서연", "서윤", "지우", "서현", "민서", "하은", "하윤", "윤서", "지유", "채원", "지민", "수빈",
           "은지", "지은", "수진", "미경", "은영", "현정", "정희", "영숙", "순자", "미숙", "경희", "혜진",
           "지영", "선영", "소영", "유진", "다은", "예린", "보람", "나연", "혜원", "수연", "은정", "미영",
           "명숙", "옥순", "가영", "슬기", "아름", "세희", "연경", "주희", "윤정", "민아", "해인", "다솜",
           "말순", "금례", "효진", "소희", "유나", "채린"]
GIVEN_1 = ["훈", "혁", "진", "결", "솔", "웅", "란", "현", "윤", "준"]

SURNAME_ROM = {
    "김": "kim", "이": "lee", "박": "park", "최": "choi", "정": "jung", "강": "kang", "조": "cho",
    "윤": "yoon", "장": "jang", "임": "lim", "한": "han", "오": "oh", "서": "seo", "신": "shin",
    "권": "kwon", "황": "hwang", "안": "ahn", "송": "song", "류": "ryu", "전": "jeon", "홍": "hong",
    "고": "ko", "문": "moon", "양": "yang", "손": "son", "배": "bae", "백": "baek", "허": "heo",
    "유": "yoo", "남": "nam", "심": "shim", "노": "noh", "하": "ha", "곽": "kwak", "성": "sung",
    "차": "cha", "주": "joo", "우": "woo", "구": "koo", "민": "min", "진": "jin", "나": "na",
    "지": "ji", "엄": "eom", "채": "chae", "원": "won", "천": "cheon", "방": "bang", "공": "kong",
    "현": "hyun", "함": "ham", "변": "byun", "염": "yeom", "여": "yeo", "추": "choo", "도": "do",
    "소": "so", "석": "seok", "설": "seol", "마": "ma", "길": "gil", "연": "yeon", "위": "wi",
    "표": "pyo", "명": "myung", "기": "ki", "반": "ban", "왕": "wang", "금": "geum", "옥": "ok",
    "육": "yuk", "인": "in", "맹": "maeng", "탁": "tak", "국": "kook", "어": "eo", "편": "pyeon",
    "예": "ye", "경": "kyung", "봉": "bong", "태": "tae", "목": "mok", "피": "pi", "감": "gam",
    "남궁": "namgung", "황보": "hwangbo", "선우": "sunwoo", "제갈": "jegal", "독고": "dokgo",
    "사공": "sagong", "서문": "seomun",
}

_INI = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
_MED = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we",
        "wi", "yu", "eu", "ui", "i"]
_FIN = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p",
        "t", "t", "ng", "t", "t", "k", "t", "p", "t"]


def romanize(s):
    out = []
    for ch in s:
        c = ord(ch) - 0xAC00
        if 0 <= c < 11172:
            out.append(_INI[c // 588] + _MED[(c % 588) // 28] + _FIN[c % 28])
        else:
            out.append(ch)
    return "".join(out)


def split_name(name):
    for sn in ("남궁", "황보", "선우", "제갈", "독고", "사공", "서문"):
        if name.startswith(sn) and len(name) > 2:
            return sn, name[len(sn):]
    return name[0], name[1:]


def kr_name(r, gender=None):
    while True:
        sn = r.choice(SURNAMES)
        g = gender or r.choice("MF")
        if r.random() < 0.04:
            gn = r.choice(GIVEN_1)
        else:
            gn = r.choice(GIVEN_M if g == "M" else GIVEN_F)
        n = sn + gn
        if n not in ("홍길동", "홍길순") and sn != gn[:len(sn)]:
            return n


def distinct_names(r, k):
    out = []
    while len(out) < k:
        n = kr_name(r)
        if all(n not in o and o not in n for o in out):
            out.append(n)
    return out


# foreign residents: (latin, hangul, nationality_ko, nationality_en, passport_style)
FOREIGN = [
    ("NGUYEN VAN AN", "응우옌 반 안", "베트남", "VIETNAM", "VN"),
    ("TRAN THI MAI", "쩐 티 마이", "베트남", "VIETNAM", "VN"),
    ("PHAM MINH TUAN", "팜 민 뚜언", "베트남", "VIETNAM", "VN"),
    ("LE THI HOA", "레 티 호아", "베트남", "VIETNAM", "VN"),
    ("BUI VAN HUNG", "부이 반 훙", "베트남", "VIETNAM", "VN"),
    ("WANG XIAOMING", "왕샤오밍", "중국", "CHINA", "CN"),
    ("LIU YANG", "류양", "중국", "CHINA", "CN"),
    ("ZHANG WEI", "장웨이", "중국", "CHINA", "CN"),
    ("CHEN JING", "천징", "중국", "CHINA", "CN"),
    ("MARIA SANTOS CRUZ", "마리아 산토스 크루스", "필리핀", "PHILIPPINES", "PH"),
    ("JOSE REYES DELA CRUZ", "호세 레예스 델라크루스", "필리핀", "PHILIPPINES", "PH"),
    ("SOMCHAI PHROMMA", "솜차이 프롬마", "태국", "THAILAND", "TH"),
    ("NARISARA KAEWSAI", "나리사라 깨우사이", "태국", "THAILAND", "TH"),
    ("RUSTAMOV JASUR", "루스타모프 자수르", "우즈베키스탄", "UZBEKISTAN", "UZ"),
    ("KARIMOVA DILNOZA", "카리모바 딜노자", "우즈베키스탄", "UZBEKISTAN", "UZ"),
    ("BAT-ERDENE GANBOLD", "바트에르덴 간볼드", "몽골", "MONGOLIA", "MN"),
    ("SITI NURHALIZA", "시티 누르할리자", "인도네시아", "INDONESIA", "ID"),
    ("AGUS SETIAWAN", "아구스 세티아완", "인도네시아", "INDONESIA", "ID"),
    ("RAM BAHADUR THAPA", "람 바하두르 타파", "네팔", "NEPAL", "NP"),
    ("JOHN MICHAEL SMITH", "존 마이클 스미스", "미국", "UNITED STATES OF AMERICA", "US"),
    ("EMILY JOHNSON", "에밀리 존슨", "미국", "UNITED STATES OF AMERICA", "US"),
    ("TANAKA HIROSHI", "다나카 히로시", "일본", "JAPAN", "JP"),
    ("MD RAHIM UDDIN", "모하메드 라힘 우딘", "방글라데시", "BANGLADESH", "BD"),
    ("IVANOV SERGEI", "이바노프 세르게이", "러시아", "RUSSIAN FEDERATION", "RU"),
]


def title_latin(s):
    return " ".join(w.capitalize() if "-" not in w else "-".join(x.capitalize() for x in w.split("-"))
                    for w in s.split())


# ---------------------------------------------------------------------------
# check digits and ID generators
# ---------------------------------------------------------------------------

RRN_W = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]


def rrn_check(d12):
    s = sum(int(a) * b for a, b in zip(d12, RRN_W))
    return (11 - s % 11) % 10


def frn_check(d12):
    s = sum(int(a) * b for a, b in zip(d12, RRN_W))
    return (13 - s % 11) % 10


def rand_date(r, y0, y1, m0=1, m1=12):
    while True:
        y = r.randint(y0, y1)
        m = r.randint(1, 12)
        if (y == y0 and m < m0) or (y == y1 and m > m1):
            continue
        d = r.randint(1, 28 if m == 2 else 30)
        return datetime.date(y, m, d)


def rrn_pre(r, y0=1945, y1=2005, gender=None, dt=None):
    dt = dt or rand_date(r, y0, min(y1, 2020), 1, 9 if y1 >= 2020 else 12)
    g = gender or r.choice("MF")
    if dt.year < 2000:
        gd = "1" if g == "M" else "2"
    else:
        gd = "3" if g == "M" else "4"
    d12 = dt.strftime("%y%m%d") + gd + "%02d" % r.randint(0, 95) + "%02d" % r.randint(0, 99) + str(r.randint(1, 9))
    return d12[:6] + "-" + d12[6:] + str(rrn_check(d12)), dt


def rrn_post(r):
    dt = rand_date(r, 2020, 2025, 10, 12)
    if dt.year == 2020 and dt.month < 10:
        dt = datetime.date(2020, 10, dt.day)
    gd = r.choice("34")
    tail = "".join(str(r.randint(0, 9)) for _ in range(5))
    d12 = dt.strftime("%y%m%d") + gd + tail
    c = r.randint(0, 9)
    if c == rrn_check(d12):
        c = (c + 1 + r.randint(0, 7)) % 10
    return d12[:6] + "-" + d12[6:] + str(c), dt


def rrn_masked(r, y0=1950, y1=2004):
    rr, dt = rrn_pre(r, y0, y1)
    mask = r.choice(["*" * 6, "*" * 6, "●" * 6, "X" * 6, "x" * 6, "○" * 6])
    return rr[:8] + mask, dt


def frn(r, y0=1965, y1=2004, dt=None):
    dt = dt or rand_date(r, y0, y1)
    g = r.choice("MF")
    if dt.year < 2000:
        gd = "5" if g == "M" else "6"
    else:
        gd = "7" if g == "M" else "8"
    office = "%02d" % (2 * r.randint(5, 49))
    d12 = dt.strftime("%y%m%d") + gd + office + "%02d" % r.randint(0, 99) + str(r.randint(6, 9))
    return d12[:6] + "-" + d12[6:] + str(frn_check(d12)), dt


def frn_masked(r):
    f, dt = frn(r)
    return f[:8] + r.choice(["*" * 6, "●" * 6]), dt


def luhn_digit(partial):
    s = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return (10 - s % 10) % 10


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


CARD_PREFIX = [("visa", "4"), ("visa", "4"), ("master", "5"), ("master", "2"), ("bc", "94"), ("jcb", "35"),
               ("amex", "3"), ("local", "6")]


def card(r, brand=None):
    brand = brand or r.choice([b for b, _ in CARD_PREFIX])
    if brand == "visa":
        pre = "4" + "".join(str(r.randint(0, 9)) for _ in range(5))
    elif brand == "master":
        pre = r.choice(["51", "52", "53", "54", "55", "2221", "2720", "2411"])
    elif brand == "bc":
        pre = r.choice(["9410", "9420", "9411", "9490"])
    elif brand == "jcb":
        pre = str(r.randint(3528, 3589))
    elif brand == "amex":
        pre = r.choice(["34", "37"])
    else:
        pre = r.choice(["6253", "6210", "6011"])
    ln = 15 if brand == "amex" else 16
    body = pre + "".join(str(r.randint(0, 9)) for _ in range(ln - 1 - len(pre)))
    num = body + str(luhn_digit(body))
    assert luhn_ok(num)
    return brand, num


def card_fmt(r, num, style=None):
    style = style or r.choice(["dash", "dash", "space", "plain"])
    if len(num) == 15:
        groups = [num[:4], num[4:10], num[10:]]
    else:
        groups = [num[i:i + 4] for i in range(0, 16, 4)]
    if style == "dash":
        return "-".join(groups)
    if style == "space":
        return " ".join(groups)
    return num


# bank name -> digit grouping
BANKS = [
    ("KB국민은행", [6, 2, 6]), ("국민은행", [3, 2, 4, 3]), ("신한은행", [3, 3, 6]), ("우리은행", [4, 3, 6]),
    ("하나은행", [3, 6, 5]), ("NH농협은행", [3, 4, 4, 2]), ("농협", [3, 4, 4, 2]), ("IBK기업은행", [3, 6, 2, 3]),
    ("카카오뱅크", [4, 2, 7]), ("토스뱅크", [4, 4, 4]), ("우체국", [6, 2, 6]), ("새마을금고", [4, 4, 4, 1]),
    ("SC제일은행", [3, 2, 6]), ("부산은행", [3, 4, 4, 2]), ("iM뱅크", [3, 2, 6, 1]), ("케이뱅크", [3, 3, 6]),
    ("수협은행", [4, 4, 4]), ("신협", [3, 3, 6]), ("광주은행", [3, 3, 6]), ("경남은행", [3, 2, 7]),
]


def account(r, bank=None):
    name, grp = bank or r.choice(BANKS)
    parts = []
    for i, g in enumerate(grp):
        if name == "카카오뱅크" and i == 0:
            parts.append("3333")
        elif name == "우리은행" and i == 0:
            parts.append("1002")
        elif name == "토스뱅크" and i == 0:
            parts.append("1000")
        else:
            p = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(g - 1))
            parts.append(p)
    return name, "-".join(parts)


def acct_fmt(r, a):
    x = r.random()
    if x < 0.72:
        return a
    if x < 0.9:
        return a.replace("-", "")
    return a.replace("-", " ")


PASS_KR_PREFIX = ["M"] * 8 + ["S", "G", "D", "R"]


def passport_kr(r, style=None):
    p = r.choice(PASS_KR_PREFIX)
    style = style or r.choice(["old", "new", "new"])
    if style == "old":
        return p + "".join(str(r.randint(0, 9)) for _ in range(8))
    return p + "%03d" % r.randint(0, 999) + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + "%04d" % r.randint(0, 9999)


def passport_foreign(r, style):
    dg = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
    if style == "VN":
        return r.choice("CCNB") + dg(7)
    if style == "CN":
        return r.choice(["E" + dg(8), "EA" + dg(7), "EJ" + dg(7), "G" + dg(8)])
    if style == "PH":
        return r.choice(["P" + dg(7) + r.choice("ABC"), "EC" + dg(7)])
    if style in ("TH", "UZ"):
        return r.choice(["AA", "AB", "FA", "AC"]) + dg(7)
    if style == "MN":
        return "E" + dg(7)
    if style == "ID":
        return r.choice("BCX") + dg(7)
    if style == "NP":
        return "PA" + dg(7)
    if style == "US":
        return r.choice(["5", "6", "A"]) + dg(8)
    if style == "JP":
        return r.choice(["TK", "TR", "MU"]) + dg(7)
    if style == "BD":
        return r.choice(["EA", "EB"]) + dg(7)
    if style == "RU":
        return "7" + dg(8)
    return "P" + dg(7)


DL_REGION = [("서울", "11"), ("부산", "12"), ("경기", "13"), ("강원", "14"), ("충북", "15"), ("충남", "16"),
             ("전북", "17"), ("전남", "18"), ("경북", "19"), ("경남", "20"), ("제주", "21"), ("대구", "22"),
             ("인천", "23"), ("광주", "24"), ("대전", "25"), ("울산", "26"), ("경기북부", "28")]


def driver_license(r, style=None):
    rname, code = r.choice(DL_REGION)
    yy = "%02d" % r.choice(list(range(88, 100)) + list(range(0, 25)))
    serial = "%06d" % r.randint(0, 999999)
    tail = str(r.randint(0, 9)) + r.choice("0001112")
    style = style or r.choice(["num"] * 6 + ["region", "region_nospace", "plain"])
    if style == "num":
        return code + "-" + yy + "-" + serial + "-" + tail, style
    if style == "region":
        return rname + " " + yy + "-" + serial + "-" + tail, style
    if style == "region_nospace":
        return rname + yy + "-" + serial + "-" + tail, style
    return code + yy + serial + tail, style


def brn(r):
    while True:
        d = "%03d" % r.randint(101, 899) + "%02d" % r.choice([1, 5, 10, 12, 13, 21, 22, 81, 86, 87, 88]) + \
            "%04d" % r.randint(0, 9999)
        w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
        s = sum(int(a) * b for a, b in zip(d, w)) + (int(d[8]) * 5) // 10
        c = (10 - s % 10) % 10
        return d[:3] + "-" + d[3:5] + "-" + d[5:] + str(c)


def brn_ok(x):
    d = re.sub(r"\D", "", x)
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(int(a) * b for a, b in zip(d[:9], w)) + (int(d[8]) * 5) // 10
    return len(d) == 10 and (10 - s % 10) % 10 == int(d[9])


def crn(r):
    office = r.choice(["1101", "1101", "1311", "1201", "1345", "1358", "2841", "1615", "1647", "2011", "1501"])
    kind = r.choice(["11", "11", "11", "14", "21", "22"])
    d12 = office + kind + "%06d" % r.randint(0, 999999)
    s = sum(int(a) * b for a, b in zip(d12, [1, 2] * 6))
    return d12[:6] + "-" + d12[6:] + str((10 - s % 10) % 10)


def crn_ok(x):
    d = re.sub(r"\D", "", x)
    s = sum(int(a) * b for a, b in zip(d[:12], [1, 2] * 6))
    return len(d) == 13 and (10 - s % 10) % 10 == int(d[12])


def rrn_ok(x):
    d = re.sub(r"\D", "", x)
    return len(d) == 13 and rrn_check(d[:12]) == int(d[12])


def frn_ok(x):
    d = re.sub(r"\D", "", x)
    return len(d) == 13 and frn_check(d[:12]) == int(d[12]) and d[6] in "5678"


def health_no(r):
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(10))


PLATE_H_PRIV = list("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주")
PLATE_H_COM = list("바사아자")
PLATE_H_RENT = list("하허호")
PLATE_REGION = ["서울", "부산", "경기", "인천", "대구", "광주", "대전", "울산", "강원", "충북", "충남", "전북",
                "전남", "경북", "경남", "제주"]


def plate(r, style=None):
    style = style or r.choice(["new3", "new3", "old2", "old2", "region", "commercial", "rent", "nospace"])
    if style == "new3":
        return "%03d" % r.randint(100, 399) + r.choice(PLATE_H_PRIV) + " %04d" % r.randint(1000, 9999), style
    if style == "old2":
        return "%02d" % r.randint(10, 99) + r.choice(PLATE_H_PRIV) + " %04d" % r.randint(1000, 9999), style
    if style == "region":
        return r.choice(PLATE_REGION) + " %02d" % r.randint(10, 99) + r.choice(PLATE_H_PRIV) + \
            " %04d" % r.randint(1000, 9999), style
    if style == "commercial":
        return r.choice(PLATE_REGION) + " %02d" % r.randint(70, 79) + r.choice(PLATE_H_COM) + \
            " %04d" % r.randint(1000, 9999), style
    if style == "rent":
        return "%02d" % r.randint(10, 99) + r.choice(PLATE_H_RENT) + " %04d" % r.randint(1000, 9999), style
    return "%03d" % r.randint(100, 399) + r.choice(PLATE_H_PRIV) + "%04d" % r.randint(1000, 9999), style


def ipv4(r, private=None):
    private = r.random() < 0.35 if private is None else private
    if private:
        c = r.choice(["10", "192.168", "172"])
        if c == "10":
            return "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(2, 254))
        if c == "192.168":
            return "192.168.%d.%d" % (r.randint(0, 20), r.randint(2, 254))
        return "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(2, 254))
    a = r.choice([1, 14, 27, 39, 49, 58, 59, 61, 106, 110, 112, 115, 118, 121, 125, 175, 180, 182, 183,
                  203, 210, 211, 218, 220, 221, 222, 223])
    return "%d.%d.%d.%d" % (a, r.randint(0, 255), r.randint(0, 255), r.randint(2, 254))


def ipv6(r):
    pre = r.choice(["2001:2d8", "2406:5900", "2001:e60", "2404:6800"])
    tail = ":".join("%x" % r.randint(0, 0xffff) for _ in range(4))
    return pre + ":" + "%x" % r.randint(1, 0xfff) + "::" + tail


# ---------------------------------------------------------------------------
# phones, e-mails, addresses, dates
# ---------------------------------------------------------------------------

AREA = ["02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055", "061",
        "062", "063", "064"]


def mobile(r, sep="-"):
    return "010" + sep + "%04d" % r.randint(2000, 9999) + sep + "%04d" % r.randint(0, 9999)


def mobile_fmt(r):
    x = r.random()
    if x < 0.7:
        return mobile(r)
    if x < 0.82:
        return mobile(r, "")
    if x < 0.92:
        return mobile(r, " ")
    return mobile(r, ".")


def landline(r, area=None):
    area = area or r.choice(AREA)
    mid = "%03d" % r.randint(200, 999) if area != "02" and r.random() < 0.3 else "%04d" % r.randint(2000, 9999)
    return area + "-" + mid + "-" + "%04d" % r.randint(0, 9999)


def phone_any(r):
    x = r.random()
    if x < 0.6:
        return mobile_fmt(r), "mobile"
    if x < 0.9:
        return landline(r), "landline"
    return "070-" + "%04d" % r.randint(2000, 9999) + "-%04d" % r.randint(0, 9999), "voip"


MAIL_DOM = ["naver.com"] * 5 + ["gmail.com"] * 4 + ["daum.net"] * 2 + ["hanmail.net"] * 2 + ["kakao.com", "nate.com",
                                                                                             "hotmail.com",
                                                                                             "outlook.com"]


def email_for(r, name, domain=None):
    sn, gn = split_name(name)
    s = SURNAME_ROM.get(sn, romanize(sn))
    g = romanize(gn)
    style = r.randint(0, 6)
    if style == 0:
        loc = g + "." + s
    elif style == 1:
        loc = s + g
    elif style == 2:
        loc = s + "." + g + str(r.randint(1, 99))
    elif style == 3:
        loc = g[0] + g[-1] + s + "%02d" % r.randint(70, 99)
    elif style == 4:
        loc = s + "_" + g
    elif style == 5:
        loc = g + str(r.randint(1980, 2005))
    else:
        loc = s[0] + g + r.choice(["", "0", "1", "7", "88"])
    return loc + "@" + (domain or r.choice(MAIL_DOM))


def email_latin(r, latin, domain=None):
    parts = latin.lower().replace("-", "").split()
    loc = parts[-1] + "." + parts[0] if r.random() < 0.5 else parts[0] + parts[-1][:3] + str(r.randint(1, 99))
    return loc + "@" + (domain or r.choice(["gmail.com", "yahoo.com", "naver.com", "hotmail.com"]))


SIDO = [
    ("서울특별시", ["서울", "서울시"], ["마포구", "강서구", "노원구", "송파구", "관악구", "은평구", "성북구", "동작구", "양천구"]),
    ("부산광역시", ["부산", "부산시"], ["해운대구", "사하구", "동래구", "부산진구", "북구"]),
    ("대구광역시", ["대구"], ["수성구", "달서구", "북구"]),
    ("인천광역시", ["인천"], ["남동구", "부평구", "연수구", "서구"]),
    ("광주광역시", ["광주"], ["북구", "광산구", "서구"]),
    ("대전광역시", ["대전"], ["서구", "유성구", "중구"]),
    ("울산광역시", ["울산"], ["남구", "중구", "울주군"]),
    ("경기도", ["경기"], ["수원시 팔달구", "성남시 분당구", "고양시 일산동구", "용인시 수지구", "부천시", "화성시",
                      "남양주시", "안산시 단원구", "평택시", "김포시"]),
    ("강원특별자치도", ["강원"], ["춘천시", "원주시", "강릉시"]),
    ("충청북도", ["충북"], ["청주시 흥덕구", "충주시", "제천시"]),
    ("충청남도", ["충남"], ["천안시 서북구", "아산시", "공주시"]),
    ("전북특별자치도", ["전북"], ["전주시 완산구", "익산시", "군산시"]),
    ("전라남도", ["전남"], ["순천시", "여수시", "목포시"]),
    ("경상북도", ["경북"], ["포항시 북구", "구미시", "경주시"]),
    ("경상남도", ["경남"], ["창원시 성산구", "김해시", "진주시"]),
    ("제주특별자치도", ["제주"], ["제주시", "서귀포시"]),
]
ROADS = ["중앙로", "시청로", "문화로", "평화로", "은행나무길", "새터로", "하늘길", "동산로", "장미로", "솔빛로", "대학로",
         "한빛로", "가람로", "호수로", "산성로", "버들로", "배울로", "푸른길", "누리로", "매봉로", "햇살로", "금강로",
         "신촌로", "양지로", "백마로", "복사골로", "구름다리길", "목련로"]
DONGS = ["성산동", "망원동", "신정동", "중동", "상계동", "인계동", "정자동", "탄현동", "풍덕천동", "둔산동", "봉명동", "연산동",
         "조례동", "용당동", "노형동", "관저동", "월평동", "송정동", "호계동", "석남동"]
APTS = ["한빛", "푸르지오", "래미안", "자이", "힐스테이트", "e편한세상", "더샵", "롯데캐슬", "주공", "현대", "삼익", "우성",
        "SK뷰", "꿈에그린", "센트럴파크"]


def address(r, style=None):
    """Returns (address_value, postal_code, tail_parenthetical or '', kind)."""
    full, shorts, sgg = r.choice(SIDO)
    sg = r.choice(sgg)
    style = style or r.choice(["road", "road", "road", "road_short", "road_sgg", "jibun"])
    postal = "%05d" % r.randint(1000, 63999)
    dong = r.choice(DONGS)
    apt = r.choice(APTS)
    if style == "jibun":
        lot = "%d-%d" % (r.randint(1, 999), r.randint(1, 30)) if r.random() < 0.7 else str(r.randint(1, 1500))
        a = full + " " + sg + " " + dong + " " + lot
        u = r.random()
        if u < 0.5:
            a += " " + apt + "아파트 " + "%d동 %d호" % (r.randint(101, 120), r.randint(1, 25) * 100 + r.randint(1, 6))
        elif u < 0.75:
            a += " %d층" % r.randint(1, 5)
        return a, postal, "", "addr_jibun"
    road = r.choice(ROADS)
    if r.random() < 0.35:
        road += " %d번길" % r.randint(1, 80)
    num = str(r.randint(1, 400)) + ("-%d" % r.randint(1, 20) if r.random() < 0.15 else "")
    head = {"road": full, "road_short": r.choice(shorts), "road_sgg": ""}[style]
    a = (head + " " if head else "") + sg + " " + road + " " + num
    u = r.random()
    tail = ""
    if u < 0.45:
        a += ", %d동 %d호" % (r.randint(101, 120), r.randint(1, 25) * 100 + r.randint(1, 6))
        tail = "(%s, %s아파트)" % (dong, apt) if r.random() < 0.6 else "(%s)" % dong
    elif u < 0.65:
        a += ", %d층 %d호" % (r.randint(2, 9), r.randint(1, 9) * 100 + r.randint(1, 9))
        tail = "(%s)" % dong if r.random() < 0.5 else ""
    elif u < 0.8:
        a += " %d층" % r.randint(1, 12)
    else:
        tail = "(%s)" % dong if r.random() < 0.5 else ""
    return a, postal, tail, "addr_" + style


def dob_fmt(r, dt, style=None):
    styles = ["dot_space", "kor", "iso", "dot0", "yy_dot", "yymmdd", "dot_nodot_end"]
    style = style or r.choice(styles)
    if style == "dot_space":
        return "%d. %d. %d." % (dt.year, dt.month, dt.day)
    if style == "kor":
        return "%d년 %d월 %d일" % (dt.year, dt.month, dt.day)
    if style == "iso":
        return dt.strftime("%Y-%m-%d")
    if style == "dot0":
        return dt.strftime("%Y.%m.%d.")
    if style == "yy_dot":
        return dt.strftime("%y.%m.%d")
    if style == "yymmdd":
        return dt.strftime("%y%m%d")
    return dt.strftime("%Y.%m.%d")


def ev_date(r, y0=2023, y1=2025):
    dt = rand_date(r, y0, y1)
    return dt, "%d. %d. %d." % (dt.year, dt.month, dt.day)


def wd(dt):
    return "월화수목금토일"[dt.weekday()]


def won(r, lo=10000, hi=5000000, step=1000):
    v = r.randint(lo // step, hi // step) * step
    return "{:,}원".format(v)


HANGUL_DIGIT = {"0": "공", "1": "일", "2": "이", "3": "삼", "4": "사", "5": "오", "6": "육", "7": "칠", "8": "팔", "9": "구"}


def to_hangul_digits(s, sep=" "):
    return "".join(HANGUL_DIGIT.get(c, sep if c in "-. " else c) for c in s)


# ---------------------------------------------------------------------------
# noise
# ---------------------------------------------------------------------------

FW_TABLE = {ord(c): chr(ord(c) + 0xFEE0) for c in "0123456789"}
CONFUSE = {"0": ["O", "o", "D"], "1": ["l", "I", "|"], "5": ["S"], "8": ["B"], "2": ["Z"], "6": ["b"],
           "9": ["g"]}
DECONFUSE = {"O": "0", "o": "0", "D": "0", "l": "1", "I": "1", "|": "1", "S": "5", "B": "8", "Z": "2", "b": "6",
             "g": "9"}
NUMERIC_TYPES = {"KR_RRN", "KR_FRN", "KR_PASSPORT", "KR_DRIVER_LICENSE", "CREDIT_CARD", "KR_BANK_ACCOUNT",
                 "PHONE_NUMBER", "KR_BRN", "KR_CRN", "KR_HEALTH_INSURANCE", "DATE_OF_BIRTH", "IP_ADDRESS",
                 "KR_VEHICLE_PLATE"}

PROFILE_P = {"clean": 0.0, "typing": 0.35, "ocr_light": 0.35, "ocr_heavy": 0.65}


def _digit_positions(v):
    return [i for i, c in enumerate(v) if c.isdigit()]


def n_fullwidth(r, v):
    if not any(c.isdigit() for c in v):
        return None
    out = v.translate(FW_TABLE)
    if "-" in out and r.random() < 0.6:
        out = out.replace("-", "－")
    return out


def n_hyphen(r, v):
    if "-" not in v:
        return None
    h = r.choice(["‐", "－", "–", "―", "−"])
    return v.replace("-", h)


def n_space(r, v):
    # spaces inside digit groups or around hyphens
    if "-" in v and r.random() < 0.4:
        return v.replace("-", r.choice([" - ", "- ", " -"]), 1 if r.random() < 0.5 else 9)
    cand = [i for i in range(1, len(v)) if v[i - 1].isdigit() and v[i].isdigit()]
    if not cand:
        return None
    k = 1 if r.random() < 0.6 else 2
    pos = sorted(r.sample(cand, min(k, len(cand))), reverse=True)
    for p in pos:
        v = v[:p] + " " + v[p:]
    return v


def n_newline(r, v):
    if len(v) < 6:
        return None
    seps = [i for i, c in enumerate(v) if c in "- " and 0 < i < len(v) - 1]
    if seps and r.random() < 0.6:
        i = r.choice(seps)
        if v[i] == " ":
            return v[:i] + "\n" + v[i + 1:]
        return v[:i + 1] + "\n" + v[i + 1:]
    i = r.randint(2, len(v) - 2)
    if v[i - 1] == " " or v[i] == " ":
        return None
    return v[:i] + "\n" + v[i:]


def n_confuse(r, v):
    cand = [i for i, c in enumerate(v) if c in CONFUSE]
    if not cand:
        return None
    k = 1 if r.random() < 0.65 else 2
    for i in r.sample(cand, min(k, len(cand))):
        v = v[:i] + r.choice(CONFUSE[v[i]]) + v[i + 1:]
    return v


def n_hangul_digits(r, v):
    return to_hangul_digits(v, r.choice([" ", "에 ", "-"])).replace("  ", " ").strip()


def n_spaced_name(r, v):
    if " " in v or not all("가" <= c <= "힣" for c in v):
        return None
    return " ".join(v)


def n_email(r, v):
    loc, dom = v.split("@")
    x = r.random()
    if x < 0.3:
        return loc + r.choice([" @ ", "@ ", " @"]) + dom, "space_in_email"
    if x < 0.55:
        return loc + "＠" + dom, "fullwidth_at"
    if x < 0.8 and len(loc) > 3:
        i = r.randint(2, len(loc) - 1)
        return loc[:i] + "\n" + loc[i:] + "@" + dom, "newline_in_email"
    if "." in dom:
        return loc + "@" + dom.replace(".", r.choice([" .", ", ", ","]), 1), "dot_confusion"
    return None, None


def n_address(r, v):
    sp = [i for i, c in enumerate(v) if c == " "]
    if not sp:
        return None, None
    x = r.random()
    if x < 0.5:
        i = r.choice(sp[len(sp) // 3:] or sp)
        return v[:i] + "\n" + v[i + 1:], "wrapped"
    if x < 0.75:
        return n_fullwidth(r, v), "fullwidth_digits"
    i = r.choice(sp)
    return v[:i] + "  " + v[i + 1:], "double_space"


def value_noise(r, e, profile):
    """Return (noisy_value, [tags])."""
    v = e.value
    if profile == "clean" or not e.noise:
        return v, []
    if r.random() >= PROFILE_P[profile]:
        return v, []
    t = e.type
    tags = []
    if t == "PERSON":
        if profile.startswith("ocr"):
            nv = n_spaced_name(r, v)
            if nv:
                return nv, ["spaced_name"]
        return v, []
    if t == "EMAIL_ADDRESS":
        nv, tag = n_email(r, v)
        if nv:
            return nv, [tag]
        return v, []
    if t == "KR_ADDRESS":
        nv, tag = n_address(r, v)
        if nv:
            return nv, [tag]
        return v, []
    if t not in NUMERIC_TYPES:
        return v, []
    if profile == "typing":
        ops = [("fullwidth_digits", n_fullwidth), ("space_in_number", n_space), ("unicode_hyphen", n_hyphen)]
    else:
        ops = [("confusable_chars", n_confuse), ("confusable_chars", n_confuse), ("space_in_number", n_space),
               ("fullwidth_digits", n_fullwidth), ("unicode_hyphen", n_hyphen), ("newline_in_number", n_newline)]
    k = 1 if (profile != "ocr_heavy" or r.random() < 0.6) else 2
    for _ in range(k):
        for _try in range(6):
            name, fn = r.choice(ops)
            if name in tags:
                continue
            nv = fn(r, v)
            if nv and nv != v and not nv[0].isspace() and not nv[-1].isspace():
                v = nv
                tags.append(name)
                break
        if "hangul_digits" in tags:
            break
    return v, tags


OCR_TEXT_SUB = {":": [";", " :", ":"], "·": [".", "-"], "ㆍ": [".", "·"], "|": ["l", "I", "!", "|"],
                "(": ["(", "〔"], ")": [")", "〕", "]"], ".": [".", ",", "."], "■": ["口", "■", "ㅁ"],
                "□": ["ㅁ", "口"], "-": ["-", "~"]}


def text_noise(r, s, profile):
    if profile == "clean" or not s:
        return s, 0
    if profile == "typing":
        p = 0.01
    elif profile == "ocr_light":
        p = 0.03
    else:
        p = 0.07
    out = []
    n = 0
    for ch in s:
        if ch == " " and r.random() < p:
            out.append(r.choice(["  ", "", " "]))
            n += 1
        elif ch in OCR_TEXT_SUB and profile != "typing" and r.random() < p * 3:
            out.append(r.choice(OCR_TEXT_SUB[ch]))
            n += 1
        elif profile == "typing" and ch in "():" and r.random() < p * 5:
            out.append({"(": "（", ")": "）", ":": "："}[ch])
            n += 1
        else:
            out.append(ch)
    return "".join(out), n


# ---------------------------------------------------------------------------
# record builder
# ---------------------------------------------------------------------------


class Doc:
    def __init__(self, r, profile):
        self.r = r
        self.profile = profile
        self.buf = []
        self.n = 0
        self.spans = []
        self.negs = []
        self.text_noise_edits = 0

    def _push(self, s):
        st = self.n
        self.buf.append(s)
        self.n += len(s)
        return st

    def add(self, *parts):
        for p in parts:
            if p is None:
                continue
            if isinstance(p, str):
                s, k = text_noise(self.r, p, self.profile)
                self.text_noise_edits += k
                self._push(s)
            elif isinstance(p, E):
                nv, tags = value_noise(self.r, p, self.profile)
                st = self._push(nv)
                self.spans.append({"start": st, "end": st + len(nv), "type": p.type, "kind": p.kind,
                                   "clean": p.value, "text": nv, "noise": tags})
            elif isinstance(p, N):
                st = self._push(p.value)
                self.negs.append({"start": st, "end": st + len(p.value), "category": p.cat, "text": p.value})
            elif isinstance(p, (list, tuple)):
                self.add(*p)
            else:
                raise TypeError(p)

    def raw(self, s):
        """Append text without text noise (used for table padding etc.)."""
        self._push(s)

    @property
    def text(self):
        return "".join(self.buf)


def plain(x):
    """Textual value of a part (for measuring widths in aligned tables)."""
    if isinstance(x, (E, N)):
        return x.value
    return x


# normalisation used by the validator to check noisy spans against clean values
HANGUL_TO_DIGIT = {v: k for k, v in HANGUL_DIGIT.items()}


def denoise(s, typ):
    s = unicodedata.normalize("NFKC", s)
    s = s.replace("‐", "-").replace("–", "-").replace("―", "-").replace("−", "-")
    if typ in NUMERIC_TYPES:
        s = "".join(HANGUL_TO_DIGIT.get(c, c) for c in s)
    return s


def squash(s):
    return re.sub(r"[\s\-]", "", s).replace("에", "")
