#!/usr/bin/env python3
"""pii_t: independent Korean PII evaluation set generator (standard library only)."""
import datetime
import random

SEEDP = "pii_t-2026"


def rng(tpl, i, extra=""):
    return random.Random(f"{SEEDP}|{tpl}|{i}{extra}")


class V:
    """A gold value: text as it appears, type, sub-kind, clean form, noise tags."""
    __slots__ = ("text", "type", "kind", "clean", "noise", "base")

    def __init__(self, text, typ, kind, clean=None, noise=(), base=None):
        self.text = text
        self.base = text if base is None else base
        self.type = typ
        self.kind = kind
        self.clean = text if clean is None else clean
        self.noise = tuple(noise)


class N:
    """A tagged hard negative."""
    __slots__ = ("text", "cat")

    def __init__(self, text, cat):
        self.text = text
        self.cat = cat


class Doc:
    def __init__(self, tpl, genre):
        self.buf = []
        self.n = 0
        self.spans = []
        self.negs = []
        self.tpl = tpl
        self.genre = genre
        self.base_genre = None

    def __call__(self, *parts):
        for p in parts:
            if p is None:
                continue
            if isinstance(p, V):
                st = self.n
                self._t(p.text)
                self.spans.append({"start": st, "end": self.n, "type": p.type, "kind": p.kind,
                                   "noise": list(p.noise), "clean": p.clean, "value": p.text, "base": p.base})
            elif isinstance(p, N):
                st = self.n
                self._t(p.text)
                self.negs.append({"start": st, "end": self.n, "category": p.cat, "text": p.text})
            else:
                self._t(p)
        return self

    def _t(self, s):
        s = str(s)
        self.buf.append(s)
        self.n += len(s)

    def text(self):
        return "".join(self.buf)


# ---------------------------------------------------------------- names
SUR = (["김"] * 20 + ["이"] * 14 + ["박"] * 8 + ["최"] * 5 + ["정"] * 5 + ["강", "조", "윤", "장", "임"] * 3 +
       ["한", "오", "서", "신", "권", "황", "안", "송", "류", "전", "고", "문", "양", "손", "배", "백", "허",
        "남", "심", "노", "하", "곽", "성", "차", "주", "우", "구", "민", "진", "나", "엄", "채", "원", "천",
        "방", "공", "현", "함", "변", "염", "여", "추", "도", "석", "선", "설", "마", "길", "연", "위", "표",
        "명", "기", "반", "왕", "금", "옥", "육", "인", "맹", "탁", "국", "어", "편", "용", "예", "경", "봉",
        "홍", "유", "지", "황보", "남궁", "선우", "제갈", "독고", "사공"])
SUR_ROM = {"김": "kim", "이": "lee", "박": "park", "최": "choi", "정": "jung", "강": "kang", "조": "cho",
           "윤": "yoon", "장": "jang", "임": "lim", "한": "han", "오": "oh", "서": "seo", "신": "shin",
           "권": "kwon", "황": "hwang", "안": "ahn", "송": "song", "류": "ryu", "전": "jeon", "고": "ko",
           "문": "moon", "양": "yang", "손": "son", "배": "bae", "백": "baek", "허": "heo", "홍": "hong",
           "유": "yu", "남궁": "namgung", "황보": "hwangbo", "선우": "sunwoo", "제갈": "jegal"}
SUR_ROM.update({"남": "nam", "심": "shim", "노": "noh", "하": "ha", "곽": "kwak", "성": "sung", "차": "cha", "주": "joo",
    "우": "woo", "구": "koo", "민": "min", "진": "jin", "나": "na", "엄": "eom", "채": "chae", "원": "won", "천": "cheon",
    "방": "bang", "공": "kong", "현": "hyun", "함": "ham", "변": "byun", "염": "yeom", "여": "yeo", "추": "choo", "도": "do",
    "석": "seok", "선": "sun", "설": "seol", "마": "ma", "길": "gil", "연": "yeon", "위": "wi", "표": "pyo", "명": "myung",
    "기": "ki", "반": "ban", "왕": "wang", "금": "keum", "옥": "ok", "육": "yook", "인": "in", "맹": "maeng", "탁": "tak",
    "국": "kook", "어": "eo", "편": "pyun", "용": "yong", "예": "ye", "경": "kyung", "봉": "bong", "지": "ji",
    "독고": "dokgo", "사공": "sagong"})
GIVEN = [("민준", "minjun"), ("서연", "seoyeon"), ("지훈", "jihoon"), ("현우", "hyunwoo"), ("도윤", "doyoon"),
         ("하은", "haeun"), ("서준", "seojun"), ("수빈", "subin"), ("예진", "yejin"), ("지원", "jiwon"),
         ("성민", "sungmin"), ("재현", "jaehyun"), ("은지", "eunji"), ("혜린", "hyerin"), ("태호", "taeho"),
         ("승우", "seungwoo"), ("유진", "yujin"), ("연주", "yeonju"), ("아름", "areum"), ("주원", "juwon"),
         ("동현", "donghyun"), ("상철", "sangchul"), ("미경", "mikyung"), ("선희", "sunhee"), ("영숙", "youngsook"),
         ("옥순", "oksoon"), ("정남", "jungnam"), ("용호", "yongho"), ("기현", "kihyun"), ("혁진", "hyukjin"),
         ("찬영", "chanyoung"), ("경태", "kyungtae"), ("진영", "jinyoung"), ("소희", "sohee"), ("나래", "narae"),
         ("보람", "boram"), ("다은", "daeun"), ("시우", "siwoo"), ("윤서", "yoonseo"), ("채원", "chaewon"),
         ("건우", "gunwoo"), ("준서", "junseo"), ("예린", "yerin"), ("하준", "hajun"), ("민지", "minji"),
         ("수아", "sua"), ("지민", "jimin"), ("은서", "eunseo"), ("승현", "seunghyun"), ("재원", "jaewon"),
         ("영호", "youngho"), ("정희", "junghee"), ("명숙", "myungsook"), ("광수", "kwangsoo"), ("병철", "byungchul"),
         ("순자", "soonja"), ("정미", "jungmi"), ("경민", "kyungmin"), ("동욱", "dongwook"), ("민석", "minseok"),
         ("태윤", "taeyoon"), ("세영", "seyoung"), ("혜진", "hyejin"), ("지혜", "jihye"), ("상민", "sangmin"),
         ("기범", "kibeom"), ("종훈", "jonghoon"), ("현정", "hyunjung"), ("미라", "mira"), ("은영", "eunyoung"),
         ("성희", "sunghee"), ("정훈", "junghoon"), ("우진", "woojin"), ("가영", "gayoung"), ("한결", "hangyeol"),
         ("다온", "daon"), ("이안", "ian"), ("로운", "rowoon"), ("석진", "seokjin"), ("문숙", "moonsook"),
         ("말순", "malsoon"), ("덕배", "deokbae"), ("춘자", "chunja"), ("판석", "panseok"), ("규리", "gyuri")]
FOREIGN = [("Nguyen Thi Lan", "응우옌 티 란", "베트남", "vn"), ("Tran Van Minh", "쩐 반 민", "베트남", "vn"),
           ("Pham Thu Ha", "팜 투 하", "베트남", "vn"), ("Wang Wei", "왕웨이", "중국", "cn"),
           ("Liu Yang", "류양", "중국", "cn"), ("Zhang Min", "장민", "중국", "cn"),
           ("Maria Santos", "마리아 산토스", "필리핀", "ph"), ("Jose Reyes", "호세 레예스", "필리핀", "ph"),
           ("John Miller", "존 밀러", "미국", "us"), ("Emily Clarke", "에밀리 클라크", "영국", "gb"),
           ("Batbayar Gantulga", "바트바야르 간툴가", "몽골", "mn"), ("Aziz Karimov", "아지즈 카리모프", "우즈베키스탄", "uz"),
           ("Olga Ivanova", "올가 이바노바", "러시아", "ru"), ("Siti Rahmawati", "시티 라흐마와티", "인도네시아", "id"),
           ("Somchai Wongsawat", "솜차이 웡사왓", "태국", "th"), ("Ahmed Khan", "아메드 칸", "파키스탄", "pk"),
           ("Sato Yuki", "사토 유키", "일본", "jp"), ("Rahul Sharma", "라훌 샤르마", "인도", "in"),
           ("Dilnoza Yusupova", "딜노자 유수포바", "우즈베키스탄", "uz"), ("Kim Sokha", "킴 소카", "캄보디아", "kh")]


class Person:
    def __init__(self, name, rom, kind, nat="한국", pp="kr", hangul=None, latin=None):
        self.name = name
        self.rom = rom
        self.kind = kind
        self.nat = nat
        self.pp = pp
        self.hangul = hangul
        self.latin = latin

    def v(self):
        return V(self.name, "PERSON", self.kind)

    def vl(self):
        return V(self.latin, "PERSON", "foreign_latin")

    def vh(self):
        return V(self.hangul, "PERSON", "foreign_hangul")


def korean(r, used=None):
    for _ in range(50):
        s = r.choice(SUR)
        g, gr = r.choice(GIVEN)
        name = s + g
        if name == "홍길동":
            continue
        if used is not None:
            if name in used or any(name in u or u in name for u in used):
                continue
            used.add(name)
        kind = "ko_name_2surname" if len(s) == 2 else "ko_name"
        return Person(name, (SUR_ROM[s], gr), kind)
    raise RuntimeError("name pool exhausted")


def foreign(r, used=None, script=None):
    for _ in range(50):
        lat, han, nat, pp = r.choice(FOREIGN)
        if used is not None:
            if lat in used or han in used:
                continue
            used.add(lat)
            used.add(han)
        sc = script or r.choice(["latin", "hangul"])
        name = lat if sc == "latin" else han
        p = Person(name, tuple(lat.lower().split()[:2]) if len(lat.split()) > 1 else (lat.lower(), ""),
                   "foreign_" + sc, nat, pp, han, lat)
        return p
    raise RuntimeError("foreign pool exhausted")


def people(r, k, foreign_p=0.0):
    used = set()
    out = []
    for _ in range(k):
        if r.random() < foreign_p:
            out.append(foreign(r, used))
        else:
            out.append(korean(r, used))
    return out


def spaced_name(p):
    return V(" ".join(p.name), "PERSON", p.kind, clean=p.name, noise=("spaced_name",), base=p.name)


# ---------------------------------------------------------------- dates
def birth(r, lo=1948, hi=2004):
    y = r.randint(lo, hi)
    m = r.randint(1, 12)
    dmax = (datetime.date(y + (m == 12), m % 12 + 1, 1) - datetime.timedelta(days=1)).day
    return datetime.date(y, m, r.randint(1, dmax))


DOB_FMTS = ["dot_space", "korean", "iso", "dot_pad", "dot_pad_nodot", "yy_dot", "yymmdd", "slash",
            "korean_nospace", "yy_korean", "en_dmy", "compact8", "dot_nospace"]
MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def fmt_date(d, f):
    y, m, dd = d.year, d.month, d.day
    return {
        "dot_space": f"{y}. {m}. {dd}.",
        "korean": f"{y}년 {m}월 {dd}일",
        "iso": f"{y}-{m:02d}-{dd:02d}",
        "dot_pad": f"{y}.{m:02d}.{dd:02d}.",
        "dot_pad_nodot": f"{y}.{m:02d}.{dd:02d}",
        "yy_dot": f"{y % 100:02d}.{m:02d}.{dd:02d}",
        "yymmdd": f"{y % 100:02d}{m:02d}{dd:02d}",
        "slash": f"{y}/{m:02d}/{dd:02d}",
        "korean_nospace": f"{y}년{m}월{dd}일",
        "yy_korean": f"{y % 100:02d}년 {m}월 {dd}일",
        "en_dmy": f"{dd:02d} {MON[m - 1]} {y}",
        "compact8": f"{y}{m:02d}{dd:02d}",
        "dot_nospace": f"{y}.{m}.{dd}.",
        "masked_day": f"{y}. {m}. **.",
        "masked_md": f"{y}-{m:02d}-**",
    }[f]


def dob(r, d=None, f=None, lo=1948, hi=2004):
    d = d or birth(r, lo, hi)
    f = f or r.choice(DOB_FMTS)
    kind = "dob_" + f
    return V(fmt_date(d, f), "DATE_OF_BIRTH", kind, clean=d.isoformat())


SINO = "영일이삼사오육칠팔구"
DIG_SPOKEN = "공일이삼사오육칠팔구"


def sino_num(n):
    if n == 0:
        return "영"
    out = ""
    for val, word in ((1000, "천"), (100, "백"), (10, "십")):
        q, n = divmod(n, val)
        if q:
            out += ("" if q == 1 else SINO[q]) + word
    if n:
        out += SINO[n]
    return out


def spoken_date(d, short=False):
    y = sino_num(d.year % 100) if short else sino_num(d.year)
    m = {6: "유", 10: "시"}.get(d.month, sino_num(d.month))
    return f"{y}년 {m}월 {sino_num(d.day)}일"


def dob_spoken(r, d=None, lo=1948, hi=2004):
    d = d or birth(r, lo, hi)
    short = r.random() < 0.5
    return V(spoken_date(d, short), "DATE_OF_BIRTH", "dob_spoken_short" if short else "dob_spoken",
             clean=d.isoformat(), noise=("spoken",))


def speak_digits(s):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(DIG_SPOKEN[int(ch)])
        elif ch in "- ":
            out.append(" ")
    return "".join(out).replace("  ", " ").strip()


def spoken(v):
    return V(speak_digits(v.base), v.type, v.kind + "_spoken", clean=v.clean, noise=("spoken",), base=v.base)


# ---------------------------------------------------------------- national ids
RRN_W = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]


def rrn_check(d12):
    return (11 - sum(int(a) * b for a, b in zip(d12, RRN_W)) % 11) % 10


def frn_check(d12):
    return (13 - sum(int(a) * b for a, b in zip(d12, RRN_W)) % 11) % 10


def yymmdd(d):
    return f"{d.year % 100:02d}{d.month:02d}{d.day:02d}"


def rrn(r, d=None, mode="valid", sep="-", mask_ch="*"):
    if mode == "post2020":
        d = d or birth(r, 2021, 2024)
        if d < datetime.date(2020, 10, 1):
            d = datetime.date(2021, d.month, min(d.day, 28))
    d = d or birth(r)
    g = (1 if d.year < 2000 else 3) + r.randint(0, 1)
    head = yymmdd(d)
    if mode == "masked":
        return V(f"{head}-{g}{mask_ch * 6}", "KR_RRN", "rrn_masked", clean=f"{head}-{g}{mask_ch * 6}")
    if mode == "masked_more":
        return V(f"{head}-{g}{mask_ch * 6}", "KR_RRN", "rrn_masked", clean=f"{head}-{g}{mask_ch * 6}")
    body = str(g) + "".join(str(r.randint(0, 9)) for _ in range(5))
    c = rrn_check(head + body)
    if mode == "post2020":
        c = (c + r.randint(1, 9)) % 10
        kind = "rrn_post2020"
    else:
        kind = "rrn_valid"
    clean = f"{head}-{body}{c}"
    return V(clean.replace("-", sep), "KR_RRN", kind + ("" if sep == "-" else "_sep"), clean=clean)


def frn(r, d=None, masked=False):
    d = d or birth(r, 1960, 2004)
    g = (5 if d.year < 2000 else 7) + r.randint(0, 1)
    head = yymmdd(d)
    if masked:
        v = f"{head}-{g}******"
        return V(v, "KR_FRN", "frn_masked", clean=v)
    while True:
        d7, d8 = r.randint(0, 9), r.randint(0, 9)
        if (d7 * 10 + d8) % 2 == 0:
            break
    body = f"{g}{d7}{d8}{r.randint(0, 9)}{r.randint(0, 9)}{r.randint(6, 9)}"
    clean = f"{head}-{body}{frn_check(head + body)}"
    return V(clean, "KR_FRN", "frn_valid", clean=clean)


PP_PREFIX = "MMMMMMSGDR"


def passport(r, kind=None, nat="kr"):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    dg = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
    if nat != "kr":
        f = {"cn": lambda: "E" + dg(8), "vn": lambda: r.choice("CBN") + dg(7), "ph": lambda: "P" + dg(7) + r.choice(L),
             "us": lambda: dg(9), "gb": lambda: dg(9), "mn": lambda: "E" + dg(7), "uz": lambda: "FA" + dg(7),
             "ru": lambda: "7" + dg(8), "id": lambda: r.choice("ABCX") + dg(7), "th": lambda: "AA" + dg(7),
             "pk": lambda: "AB" + dg(7), "jp": lambda: "T" + r.choice("KRZ") + dg(7), "in": lambda: r.choice("JKLMNPRSTUVWZ") + dg(7),
             "kh": lambda: "N" + dg(8)}[nat]
        v = f()
        return V(v, "KR_PASSPORT", "passport_foreign_" + nat)
    kind = kind or r.choice(["old", "new", "new"])
    p = r.choice(PP_PREFIX)
    if kind == "old":
        v = p + dg(8)
    else:
        v = p + dg(3) + r.choice(L) + dg(4)
    return V(v, "KR_PASSPORT", "passport_" + kind)


DL_REGION = {"서울": 11, "부산": 12, "경기": 13, "강원": 14, "충북": 15, "충남": 16, "전북": 17, "전남": 18,
             "경북": 19, "경남": 20, "제주": 21, "대구": 22, "인천": 23, "광주": 24, "대전": 25, "울산": 26,
             "경기북부": 28}
DL_REGIONS = list(DL_REGION)


def dl(r, style=None):
    reg = r.choice(DL_REGIONS)
    code = DL_REGION[reg]
    yy = r.choice(["9", "0", "1", "2"]) + str(r.randint(0, 9))
    ser = "".join(str(r.randint(0, 9)) for _ in range(6))
    chk = f"{r.randint(0, 99):02d}"
    clean = f"{code}-{yy}-{ser}-{chk}"
    style = style or r.choice(["num", "num", "region", "region_nospace", "plain", "spaced", "dot", "masked"])
    if style == "num":
        t = clean
    elif style == "region":
        t = f"{reg} {yy}-{ser}-{chk}"
    elif style == "region_nospace":
        t = f"{reg}{yy}-{ser}-{chk}"
    elif style == "plain":
        t = f"{code}{yy}{ser}{chk}"
    elif style == "spaced":
        t = f"{code} {yy} {ser} {chk}"
    elif style == "dot":
        t = f"{code}.{yy}.{ser}.{chk}"
    elif style == "masked":
        t = f"{code}-{yy}-{ser[:2]}****-{chk}" if r.random() < 0.5 else f"{code}-{yy}-{ser}-**"
        return V(t, "KR_DRIVER_LICENSE", "dl_masked", clean=t)
    else:
        raise ValueError(style)
    return V(t, "KR_DRIVER_LICENSE", "dl_" + style, clean=clean)


def hi(r, style=None):
    digits = str(r.randint(1, 7)) + "".join(str(r.randint(0, 9)) for _ in range(10))
    style = style or r.choice(["plain", "plain", "dash1", "spaced", "dash4", "masked"])
    if style == "plain":
        t = digits
    elif style == "dash1":
        t = digits[0] + "-" + digits[1:]
    elif style == "spaced":
        t = f"{digits[:4]} {digits[4:8]} {digits[8:]}"
    elif style == "dash4":
        t = f"{digits[:4]}-{digits[4:8]}-{digits[8:]}"
    elif style == "masked":
        t = digits[:7] + "****" if r.random() < 0.6 else digits[:3] + "****" + digits[7:]
        return V(t, "KR_HEALTH_INSURANCE", "hi_masked", clean=t)
    return V(t, "KR_HEALTH_INSURANCE", "hi_" + style, clean=digits)


def luhn_ok(s):
    ds = [int(c) for c in s][::-1]
    tot = 0
    for i, x in enumerate(ds):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_complete(prefix, n, r):
    body = prefix + "".join(str(r.randint(0, 9)) for _ in range(n - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


CARD_PFX = [("visa", "4", 16), ("master", "5" + "12345"[0], 16), ("master", "53", 16), ("master", "55", 16),
            ("bc", "94", 16), ("bc", "9410", 16), ("jcb", "356", 16), ("amex", "37", 15), ("amex", "34", 15),
            ("master", "2221", 16)]


def card(r, style=None):
    brand, pfx, n = r.choice(CARD_PFX)
    num = luhn_complete(pfx, n, r)
    if n == 15:
        g = [num[:4], num[4:10], num[10:]]
    else:
        g = [num[i:i + 4] for i in range(0, 16, 4)]
    style = style or r.choice(["dash", "dash", "space", "plain", "masked"])
    if style == "masked":
        if n == 15:
            t = f"{g[0]}-{g[1][:2]}****-*{g[2][1:]}"
        else:
            t = r.choice([f"{g[0]}-{g[1][:2]}**-****-{g[3]}", f"{g[0]}-****-****-{g[3]}",
                          f"{g[0]} {g[1][:2]}** **** {g[3]}"])
        return V(t, "CREDIT_CARD", "card_masked_" + brand, clean=t)
    sep = {"dash": "-", "space": " ", "plain": ""}[style]
    return V(sep.join(g), "CREDIT_CARD", f"card_{brand}_{style}", clean=num)


BANKS = {"국민은행": [(6, 2, 6), (3, 2, 4, 3)], "신한은행": [(3, 3, 6), (3, 2, 6)], "우리은행": [(4, 3, 6)],
         "하나은행": [(3, 6, 5)], "농협": [(3, 4, 4, 2), (3, 2, 6)], "IBK기업은행": [(3, 6, 2, 3)],
         "카카오뱅크": [(4, 2, 7)], "토스뱅크": [(4, 4, 4)], "우체국": [(6, 2, 6)], "SC제일은행": [(3, 2, 6)],
         "새마을금고": [(4, 4, 4, 1)], "수협은행": [(3, 2, 6)], "부산은행": [(3, 4, 4, 2)], "대구은행": [(3, 2, 6, 1)],
         "케이뱅크": [(3, 3, 6)], "광주은행": [(3, 3, 6)]}
BANK_NAMES = list(BANKS)


def acct(r, bank=None, style=None):
    bank = bank or r.choice(BANK_NAMES)
    grp = r.choice(BANKS[bank])
    parts = ["".join(str(r.randint(0, 9)) for _ in range(k)) for k in grp]
    if parts[0][0] == "0":
        parts[0] = str(r.randint(1, 9)) + parts[0][1:]
    clean = "-".join(parts)
    style = style or r.choice(["dash", "dash", "dash", "plain", "masked"])
    if style == "dash":
        t = clean
    elif style == "plain":
        t = clean.replace("-", "")
    elif style == "space":
        t = clean.replace("-", " ")
    elif style == "masked":
        last = parts[-1]
        ps = parts[:-1] + ["*" * (len(last) - 2) + last[-2:]] if len(last) > 3 else parts[:1] + ["*" * len(p) for p in parts[1:-1]] + [last]
        if len(ps) == len(parts) and ps == parts:
            ps[1] = "*" * len(ps[1])
        t = "-".join(ps)
        return V(t, "KR_BANK_ACCOUNT", "acct_masked", clean=t), bank
    return V(t, "KR_BANK_ACCOUNT", "acct_" + style, clean=clean), bank


AREA = ["02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055", "061", "062", "063", "064"]


def phone(r, kind=None, style=None, area=None):
    kind = kind or r.choice(["mobile", "mobile", "land", "land", "070"])
    d = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
    if kind == "mobile":
        parts = ["010", str(r.randint(2, 9)) + d(3), d(4)]
    elif kind == "070":
        parts = ["070", str(r.randint(4, 8)) + d(3), d(4)]
    else:
        a = area or r.choice(AREA)
        parts = [a, str(r.randint(2, 9)) + d(r.choice([2, 3]) if a != "044" else 2), d(4)]
    clean = "-".join(parts)
    style = style or r.choice(["dash"] * 6 + ["dot", "space", "plain", "paren", "intl"])
    if style == "dash":
        t = clean
    elif style == "dot":
        t = ".".join(parts)
    elif style == "space":
        t = " ".join(parts)
    elif style == "plain":
        t = "".join(parts)
    elif style == "paren":
        t = f"({parts[0]}) {parts[1]}-{parts[2]}"
    elif style == "intl":
        t = f"+82-{parts[0][1:]}-{parts[1]}-{parts[2]}"
    return V(t, "PHONE_NUMBER", f"phone_{kind}_{style}", clean=clean)


DOMAINS = ["naver.com", "gmail.com", "daum.net", "hanmail.net", "kakao.com", "nate.com", "outlook.com", "yahoo.co.kr"]


def email(r, p=None, domain=None):
    if p is not None and p.rom:
        s, g = p.rom
    else:
        s, g = r.choice(list(SUR_ROM.values())), r.choice(GIVEN)[1]
    g = g or "x"
    local = r.choice([f"{g}.{s}", f"{s}{g}", f"{g}{s}{r.randint(70, 99)}", f"{s[0]}{g}{r.randint(1, 999)}",
                      f"{g}_{s}", f"{s}.{g[0]}{r.randint(10, 99)}", f"{g}{r.randint(1000, 9999)}"])
    dom = domain or r.choice(DOMAINS)
    return V(f"{local}@{dom}", "EMAIL_ADDRESS", "email_" + ("work" if domain else "free"))


def ip(r, kind=None):
    kind = kind or r.choice(["public", "public", "private", "ipv6"])
    if kind == "private":
        t = r.choice([f"192.168.{r.randint(0, 255)}.{r.randint(2, 254)}", f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                      f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}"])
    elif kind == "public":
        a = r.choice([1, 14, 27, 39, 49, 58, 59, 61, 106, 110, 112, 115, 118, 121, 125, 175, 180, 182, 183, 203, 211, 218, 220, 222])
        t = f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    else:
        t = "2001:" + ":".join(f"{r.randint(0, 0xffff):x}" for _ in range(3)) + "::" + f"{r.randint(1, 0xffff):x}"
    return V(t, "IP_ADDRESS", "ip_" + kind)


PLATE_PRIV = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주"
PLATE_COM = "바사아자배"
PLATE_RENT = "하허호"
PLATE_REG = ["서울", "부산", "경기", "인천", "대구", "광주", "대전", "울산", "강원", "충북", "충남", "전북", "전남", "경북", "경남", "제주"]


def plate(r, style=None):
    style = style or r.choice(["2d", "3d", "3d", "region", "commercial", "nospace", "rental"])
    d4 = f"{r.randint(1000, 9999)}"
    if style == "2d":
        t = f"{r.randint(10, 99)}{r.choice(PLATE_PRIV)} {d4}"
    elif style == "3d":
        t = f"{r.randint(100, 699)}{r.choice(PLATE_PRIV)} {d4}"
    elif style == "region":
        t = f"{r.choice(PLATE_REG)} {r.randint(10, 99)}{r.choice(PLATE_PRIV)} {d4}"
    elif style == "commercial":
        t = f"{r.choice(PLATE_REG)} {r.randint(70, 99)}{r.choice(PLATE_COM)} {d4}"
    elif style == "nospace":
        t = f"{r.randint(10, 399)}{r.choice(PLATE_PRIV)}{d4}"
    elif style == "rental":
        t = f"{r.randint(10, 99)}{r.choice(PLATE_RENT)} {d4}"
    return V(t, "KR_VEHICLE_PLATE", "plate_" + style)


BRN_W = [1, 3, 7, 1, 3, 7, 1, 3, 5]


def brn_check(d9):
    s = sum(int(a) * b for a, b in zip(d9, BRN_W)) + (int(d9[8]) * 5) // 10
    return (10 - s % 10) % 10


def brn(r, mid=None):
    a = f"{r.randint(101, 899)}"
    b = mid or r.choice(["81", "86", "87", "88", "01", "05", "10", "12", "23", "37"])
    c = f"{r.randint(0, 9999):04d}"
    d9 = a + b + c
    v = f"{a}-{b}-{c}{brn_check(d9)}"
    return V(v, "KR_BRN", "brn_valid", clean=v)


def crn_check(d12):
    s = sum(int(a) * (1 if i % 2 == 0 else 2) for i, a in enumerate(d12))
    return (10 - s % 10) % 10


def crn(r):
    office = r.choice(["1101", "1144", "1301", "1345", "1601", "1701", "2001", "1358", "1811", "2301"])
    kind = r.choice(["11", "11", "11", "12", "13"])
    ser = f"{r.randint(0, 999999):06d}"
    d12 = office + kind + ser
    v = f"{d12[:6]}-{d12[6:]}{crn_check(d12)}"
    return V(v, "KR_CRN", "crn_valid", clean=v)


# ---------------------------------------------------------------- addresses
SIDO = [("서울특별시", "서울", ["마포구", "강서구", "노원구", "관악구", "송파구", "은평구", "성북구", "동작구", "중랑구", "양천구"]),
        ("부산광역시", "부산", ["해운대구", "사하구", "부산진구", "동래구", "수영구"]),
        ("대구광역시", "대구", ["수성구", "달서구", "북구"]),
        ("인천광역시", "인천", ["연수구", "남동구", "부평구", "서구"]),
        ("광주광역시", "광주", ["북구", "광산구", "서구"]),
        ("대전광역시", "대전", ["유성구", "서구", "대덕구"]),
        ("울산광역시", "울산", ["남구", "중구", "울주군 범서읍"]),
        ("경기도", "경기", ["수원시 영통구", "고양시 일산동구", "성남시 분당구", "용인시 수지구", "화성시", "김포시", "남양주시", "파주시"]),
        ("강원특별자치도", "강원", ["춘천시", "원주시", "강릉시"]),
        ("충청북도", "충북", ["청주시 흥덕구", "충주시", "제천시"]),
        ("충청남도", "충남", ["천안시 서북구", "아산시", "공주시"]),
        ("전북특별자치도", "전북", ["전주시 완산구", "익산시", "군산시"]),
        ("전라남도", "전남", ["여수시", "순천시", "목포시"]),
        ("경상북도", "경북", ["포항시 남구", "구미시", "경산시"]),
        ("경상남도", "경남", ["창원시 성산구", "김해시", "진주시"]),
        ("제주특별자치도", "제주", ["제주시", "서귀포시"])]
ROADS = ["성미산로", "양천로", "동일로", "봉천로", "올림픽로", "통일로", "정릉로", "상도로", "해운대로", "낙동대로",
         "중앙대로", "충렬대로", "달구벌대로", "컨벤시아대로", "경인로", "첨단과기로", "대학로", "삼산로", "광교중앙로",
         "호수로", "석사로", "가경로", "불당대로", "기린대로", "여서로", "포스코대로", "원이대로", "연북로", "한누리대로",
         "새말로", "솔빛로", "은행나무길", "배다리로", "매봉로", "장터길", "구름다리길"]
DONGS = ["성산동", "망원동", "상계동", "봉천동", "잠실동", "불광동", "우동", "만촌동", "송도동", "운암동", "둔산동",
         "신정동", "영통동", "정자동", "효자동", "복대동", "쌍용동", "효자동3가", "학동", "연동"]
APTS = ["한빛아파트", "푸른마을아파트", "대림빌라", "새솔아파트", "행복주택", "그린빌", "하늘채아파트", "미래타운"]


def addr(r, style=None):
    full, short, gus = r.choice(SIDO)
    gu = r.choice(gus)
    style = style or r.choice(["road_full", "road_full", "road_short", "road_from_gu", "jibeon", "road_sejong"])
    num = str(r.randint(1, 399)) + r.choice(["", "", "", f"-{r.randint(1, 30)}"])
    unit = r.choice(["", "", f", {r.randint(101, 115)}동 {r.randint(1, 25)}0{r.randint(1, 4)}호", f", {r.randint(2, 9)}층 {r.randint(2, 9)}0{r.randint(1, 5)}호",
                     f" {r.randint(2, 12)}층", f", {r.randint(1, 3)}0{r.randint(1, 9)}호", f" {r.randint(101, 112)}동 {r.randint(1, 20)}0{r.randint(1, 4)}호"])
    road = r.choice(ROADS)
    if r.random() < 0.25:
        road = road + f" {r.randint(2, 60)}번길" if road.endswith("로") else road
    if style == "road_full":
        t = f"{full} {gu} {road} {num}{unit}"
    elif style == "road_short":
        t = f"{short} {gu} {road} {num}{unit}"
    elif style == "road_from_gu":
        t = f"{gu} {road} {num}{unit}"
    elif style == "road_sejong":
        t = f"세종특별자치시 {r.choice(['한누리대로', '도움3로', '보듬7로', '나성북로'])} {r.randint(100, 300)}{unit}"
    else:
        lot = f"{r.randint(1, 999)}-{r.randint(1, 40)}"
        apt = r.choice(["", "", " " + r.choice(APTS)])
        t = f"{r.choice([full, short])} {gu} {r.choice(DONGS)} {lot}{apt}{unit if apt else ''}"
    return V(t, "KR_ADDRESS", "addr_" + style)


def postcode(r):
    return f"{r.randint(1, 63):02d}{r.randint(0, 999):03d}"


# ---------------------------------------------------------------- OCR noise
CONF = {"0": "O", "1": "lI", "5": "S", "8": "B"}
HY = "‐－–"


def ocr(r, v, kinds=None, k=1):
    """Return a noisy copy of V. kinds: list of noise kinds to choose from."""
    if v.type == "PERSON":
        return spaced_name_v(v)
    s = v.text
    pool = kinds or ["fullwidth_digits", "unicode_hyphen", "space_in_number", "newline_in_number", "confusable"]
    pool = [x for x in pool if not (x == "unicode_hyphen" and "-" not in s)]
    if not pool:
        return v
    chosen = []
    for kname in r.sample(pool, min(k, len(pool))):
        chosen.append(kname)
        if kname == "fullwidth_digits":
            s = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() and c.isascii() else c for c in s)
        elif kname == "unicode_hyphen":
            h = r.choice(HY)
            s = s.replace("-", h)
        elif kname in ("space_in_number", "newline_in_number"):
            ins = " " if kname == "space_in_number" else "\n"
            pos = [i for i in range(1, len(s)) if s[i - 1].isalnum() and s[i].isalnum() and s[i - 1] not in "@." and
                   (unicode_digit(s[i - 1]) or unicode_digit(s[i]))]
            if kname == "newline_in_number":
                pos += [i for i in range(1, len(s)) if s[i - 1] in "-‐－–" and s[i].isalnum()]
            if not pos:
                chosen.pop()
                continue
            p = r.choice(sorted(pos))
            s = s[:p] + ins + s[p:]
        elif kname == "confusable":
            pos = [i for i, c in enumerate(s) if c in CONF]
            if not pos:
                chosen.pop()
                continue
            for p in r.sample(pos, min(len(pos), r.randint(1, 2))):
                s = s[:p] + r.choice(CONF[s[p]]) + s[p + 1:]
    return V(s, v.type, v.kind, clean=v.clean, noise=tuple(v.noise) + tuple(chosen), base=v.base)


def unicode_digit(c):
    return c.isdigit()


def spaced_name_v(v):
    if " " in v.text or v.kind.startswith("foreign"):
        return v
    return V(" ".join(v.text), "PERSON", v.kind, clean=v.text, noise=("spaced_name",), base=v.text)


# ---------------------------------------------------------------- hard negatives
AGENCIES = [("행정안전부", "세종특별자치시 도움6로 42 정부세종청사", "044-205-", "운영지원과"),
            ("보건복지부", "세종특별자치시 도움4로 13 정부세종청사 10동", "044-202-", "복지정책과"),
            ("국토교통부", "세종특별자치시 도움6로 11 정부세종청사 6동", "044-201-", "자동차정책과"),
            ("경찰청", "서울특별시 서대문구 통일로 97", "02-3150-", "교통운영과"),
            ("국민건강보험공단 ○○지사", "강원특별자치도 원주시 건강로 32", "033-736-", "자격부과부"),
            ("○○시청", "경기도 수원시 팔달구 효원로 241", "031-228-", "민원여권과"),
            ("○○구청", "서울특별시 마포구 월드컵로 212", "02-3153-", "자치행정과"),
            ("도로교통공단 ○○운전면허시험장", "서울특별시 강서구 남부순환로 137", "02-2660-", "면허관리부"),
            ("법무부 ○○출입국·외국인사무소", "서울특별시 양천구 목동동로 151", "02-2650-", "체류관리과"),
            ("○○교육청", "대전광역시 서구 둔산로 89", "042-480-", "행정과"),
            ("외교부 여권과", "서울특별시 종로구 세종대로 209 정부서울청사", "02-2100-", "여권과"),
            ("○○세무서", "부산광역시 연제구 연제로 12", "051-750-", "민원봉사실")]
SWITCH = ["1588-2114", "1577-1000", "1600-0101", "1544-9114", "1644-2828", "1566-0025", "1661-2001", "1899-0700",
          "110", "120", "126", "1345", "1350", "1355", "1588-8500"]
COMPANIES = ["(주)한빛엔지니어링", "주식회사 새솔테크", "(주)다온물류", "㈜미래정보기술", "푸른건설 주식회사", "(유)하늘소프트",
             "주식회사 누리커뮤니케이션", "(주)바른회계법인", "(주)동해수산", "그린에너지(주)", "주식회사 온새미로", "(주)가온디자인"]


def neg_docno(r):
    return N(r.choice([f"{r.choice(['운영지원과', '복지정책과', '민원여권과', '자치행정과', '교통안전과'])}-{r.randint(100, 9999)}",
                       f"부가{r.randint(46000, 46099)}-{r.randint(10, 999)}", f"재산세과-{r.randint(10, 999)}",
                       f"서면-{r.randint(2019, 2025)}-법인-{r.randint(1000, 9999)}", f"법인-{r.randint(10, 999)}"]), "document_number")


STATUTES = {
    "dl": ["「도로교통법」 제80조 제1항", "「도로교통법」 제87조 제1항", "「도로교통법 시행규칙」 제77조", "「도로교통법」 제93조 제1항 제1호"],
    "hi": ["「국민건강보험법」 제5조 제1항 제2호", "「국민건강보험법」 제9조", "「국민건강보험법 시행규칙」 제2조 제1항"],
    "pp": ["「여권법」 제9조 제1항", "「여권법」 제13조", "「여권법 시행령」 제35조"],
    "rrn": ["「주민등록법」 제7조의4", "「주민등록법」 제29조", "「주민등록법 시행령」 제8조의2"],
    "plate": ["「자동차관리법」 제10조 제5항", "「질서위반행위규제법」 제16조", "「도로교통법」 제160조 제3항"],
    "frn": ["「출입국관리법」 제31조", "「출입국관리법」 제25조", "「출입국관리법 시행령」 제40조"],
}


def neg_statute(r, topic=None):
    if topic in STATUTES:
        return N(r.choice(STATUTES[topic]), "statute_citation")
    return N(r.choice(["「개인정보 보호법」 제24조 제1항", "「주민등록법」 제29조", "「도로교통법」 제80조 제1항",
                       "「도로교통법 시행규칙」 제77조", "「국민건강보험법」 제5조 제1항 제2호", "「출입국관리법」 제31조",
                       "「여권법」 제9조 제1항", "「여신전문금융업법」 제2조 제3호", "같은 법 시행령 제19조 제1항",
                       "「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호", "「자동차관리법」 제10조 제5항",
                       "「민원 처리에 관한 법률」 제27조", "「행정업무의 운영 및 혁신에 관한 규정」 제7조 제3항"]), "statute_citation")


def neg_case(r):
    return N(r.choice([f"{r.randint(2019, 2025)}가단{r.randint(10000, 99999)}", f"{r.randint(2019, 2025)}고단{r.randint(100, 9999)}",
                       f"{r.randint(2019, 2025)}두{r.randint(10000, 99999)}", f"조심 {r.randint(2020, 2025)}서{r.randint(1000, 9999)}",
                       f"{r.randint(2019, 2025)}고약{r.randint(10000, 99999)}", f"{r.randint(2019, 2025)}나{r.randint(10000, 99999)}"]), "case_number")


def neg_receipt(r):
    return N(f"{r.randint(1, 9)}{r.choice('ABCDEFGH')}{r.choice('ABCDEFGH')}-{r.randint(19, 25)}{r.randint(1, 12):02d}-{r.randint(0, 9999999):07d}", "receipt_number")


def neg_receipt11(r):
    """접수번호 with 11 digits (shape of a health-insurance number)."""
    return N(f"{r.randint(2021, 2025)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(0, 999):03d}", "receipt_number_11d")


def neg_mgmt(r):
    return N(f"{r.choice(AREA[1:])}-{r.randint(2019, 2025)}-{r.randint(1000, 9999)}", "management_number")


def neg_asset(r):
    """물품관리번호/자산번호 in 2-2-6-2 shape (same shape as a driver licence number)."""
    return N(f"{r.randint(11, 28)}-{r.randint(19, 25)}-{r.randint(0, 999999):06d}-{r.randint(1, 99):02d}", "asset_number_dl_shape")


def neg_pubreg(r):
    return N(f"11-{r.randint(1000000, 1790000)}-{r.randint(0, 999999):06d}-{r.choice(['01', '10', '11', '14'])}", "publication_registration_number")


def neg_regmail(r):
    return N(f"{r.randint(10**12, 10**13 - 1)}", "registered_mail_number")


def neg_g2b(r):
    return N(f"R{r.randint(24, 25)}BK{r.randint(0, 99999999):08d}-00" if r.random() < 0.5 else f"{r.randint(2023, 2025)}{r.randint(0, 9999999):07d}-00", "procurement_notice_number")


def neg_switch(r):
    return N(r.choice(SWITCH), "switchboard")


def neg_company(r):
    return N(r.choice(COMPANIES), "company_name")


def neg_masked_name(r):
    s = r.choice(["김", "이", "박", "최", "정", "강", "윤"])
    return N(r.choice([f"{s}○○", f"{s}**", f"{s}모", f"{s}△△", f"{s}OO"]), "masked_name")


def neg_placeholder(r):
    return N(r.choice(["홍길동", "000000-0000000", "갑", "을", "A법인", "B사", "○○○", "XXXXXX-XXXXXXX"]), "placeholder")


def neg_amount(r, big=False):
    if big:
        return N(r.choice([f"{r.randint(5, 900) * 1000000:,}원", f"₩{r.randint(10, 990) * 1000000:,}", f"금 {r.randint(100, 9999):,}만원"]), "amount")
    return N(r.choice([f"{r.randint(3, 990) * 100:,}원", f"₩{r.randint(5, 500) * 100:,}", f"{r.randint(1, 90) * 1000:,}원"]), "amount")


def neg_version(r):
    return N(r.choice([f"10.0.{r.randint(17000, 26000)}.{r.randint(1000, 4999)}", f"{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 99)}",
                       f"v{r.randint(1, 5)}.{r.randint(0, 9)}.{r.randint(0, 30)}"]), "version_number")


def neg_userid(r):
    return N(r.choice([f"u{r.randint(10000, 99999)}", f"emp{r.randint(1000, 9999)}", f"svc_batch{r.randint(1, 9)}"]), "system_user_id")


def neg_range(r, f=None):
    a, b = sorted([birth(r, 2019, 2025), birth(r, 2019, 2025)])
    f = f or r.choice(["dot_space", "iso", "dot_pad"])
    return N(fmt_date(a, f), "date_not_dob"), N(fmt_date(b, f), "date_not_dob")


def neg_date(r, f=None):
    d = birth(r, 2019, 2025)
    return N(fmt_date(d, f or r.choice(["dot_space", "korean", "iso", "dot_pad"])), "date_not_dob")


def neg_form_example(r):
    return N(r.choice(["1990. 1. 1.", "1990-01-01", "19900101", "900101-1234567", "010-0000-0000"]), "form_example")


def neg_inst_no(r):
    """고유번호 of a public body (BRN shape, 83 code) — institution, not a private business."""
    a = f"{r.randint(101, 899)}"
    c = f"{r.randint(0, 9999):04d}"
    d9 = a + "83" + c
    return N(f"{a}-83-{c}{brn_check(d9)}", "institution_number")


def neg_postal(r):
    return N(postcode(r), "postal_code")


def neg_hosp_code(r):
    return N(f"{r.randint(10000000, 99999999)}", "institution_code")


def neg_claim(r):
    return N(f"{r.randint(2022, 2025)}-{r.randint(0, 9999999):07d}", "claim_number")


def agency(r):
    return r.choice(AGENCIES)


def inst_addr(ag):
    return N(ag[1], "institution_address")


def inst_phone(r, ag):
    return N(f"{ag[2]}{'2114' if r.random() < 0.5 else '0114'}", "switchboard")


def direct_line(r, ag):
    return V(f"{ag[2]}{r.randint(3000, 9899)}", "PHONE_NUMBER", "phone_direct_official", clean=None)


# ================================================================ helpers for layouts


def fld(d, r, layout, label, *vals, end="\n"):
    if layout == "colon":
        d(f"{label}: ", *vals, end)
    elif layout == "pipe":
        d(f"| {label} | ", *vals, " |" + end)
    elif layout == "spaces":
        d(label + " " * r.randint(3, 8), *vals, end)
    elif layout == "bracket":
        d(f"[{label}] ", *vals, end)
    else:  # tab
        d(f"{label}\t", *vals, end)


LAYOUTS = ["colon", "pipe", "spaces", "bracket", "tab"]


def spaced_label(s):
    return " ".join(s) if len(s) <= 3 else s


# ================================================================ A. 운전면허 신청서
def t_form_license(r, i):
    d = Doc("form_license", "form")
    lay = r.choice(LAYOUTS)
    p = korean(r)
    b = birth(r, 1950, 2004)
    kind = r.choice(["운전면허증 재발급", "운전면허증 갱신(정기적성검사)", "국제운전면허증 발급", "영문 운전면허증 발급", "정기적성검사 연기"])
    d(r.choice([f"{kind} 신청서\n", f"■ 도로교통법 시행규칙 [별지 제{r.randint(60, 80)}호서식]\n{kind} 신청서\n",
                f"[{kind} 신청]\n"]))
    d("접수번호 ", neg_receipt(r), "   접수일 ", neg_date(r), "\n")
    fld(d, r, lay, spaced_label("성명"), p.v())
    if r.random() < 0.5:
        fld(d, r, lay, "주민등록번호", rrn(r, b, r.choice(["valid", "valid", "masked"])))
    else:
        fld(d, r, lay, "생년월일", dob(r, b))
    fld(d, r, lay, "면허번호", dl(r))
    if r.random() < 0.6:
        fld(d, r, lay, "주소", addr(r))
    fld(d, r, lay, r.choice(["휴대전화", "연락처", "전화번호(휴대)"]), phone(r, "mobile"))
    if r.random() < 0.4:
        fld(d, r, lay, "전자우편", email(r, p))
    if "국제" in kind or "영문" in kind:
        fld(d, r, lay, "여권번호", passport(r))
    d(r.choice(["\n", "\n※ 성명란에는 한글로 적습니다(예: ", "\n※ 생년월일은 예시와 같이 적으십시오(예: "]))
    if d.text().endswith("(예: "):
        d(N("홍길동", "placeholder") if d.text().endswith("한글로 적습니다(예: ") else neg_form_example(r), ")\n")
    d("수수료: ", neg_amount(r), "\n", neg_statute(r, "dl"), "에 따라 위와 같이 신청합니다.\n")
    d(r.choice(["신청인 ", "신청인(서명 또는 인) "]), p.v(), r.choice(["", " (서명)", " (인)"]), "\n")
    d(r.choice(["○○운전면허시험장장 귀하", "○○경찰서장 귀하", "도로교통공단 이사장 귀하"]), "\n")
    return d


# ================================================================ B. 건강보험 피부양자 신고서
def t_form_hi(r, i):
    d = Doc("form_hi", "form")
    lay = r.choice(LAYOUTS)
    used = set()
    p = korean(r, used)
    d(r.choice(["직장가입자(지역가입자) 피부양자 자격취득(상실) 신고서\n", "■ 국민건강보험법 시행규칙 [별지 제1호서식]\n피부양자 자격취득 신고서\n",
                "건강보험 피부양자 등록 신청\n"]))
    d("접수번호 ", neg_receipt11(r), "  처리기간 즉시\n")
    d("1. 가입자\n")
    fld(d, r, lay, "성명", p.v())
    fld(d, r, lay, r.choice(["건강보험증번호", "보험증번호", "증번호"]), hi(r))
    b = birth(r, 1960, 1995)
    if r.random() < 0.5:
        fld(d, r, lay, "주민등록번호", rrn(r, b, r.choice(["valid", "masked"])))
    else:
        fld(d, r, lay, "생년월일", dob(r, b))
    fld(d, r, lay, "전화번호", phone(r))
    if r.random() < 0.5:
        fld(d, r, lay, "사업장명칭", neg_company(r))
    d("2. 피부양자\n")
    sep = r.choice([" | ", "\t", "   "])
    if r.random() < 0.6:
        d(sep.join(["성명", "관계", "주민등록번호", "생년월일"]), "\n")
    for k in range(r.randint(1, 3)):
        q = korean(r, used)
        rel = r.choice(["배우자", "자녀", "부", "모", "손자녀"])
        if rel in ("자녀", "손자녀"):
            cb = birth(r, 2015, 2024)
            mode = "post2020" if cb >= datetime.date(2020, 10, 1) else "valid"
        else:
            cb = birth(r, 1940, 1995)
            mode = r.choice(["valid", "masked"])
        d(q.v(), sep, rel, sep, rrn(r, cb, mode), sep, dob(r, cb, r.choice(["dot_space", "iso", "dot_pad", "korean"])), "\n")
    d("신고일 ", neg_date(r), "  신고인 ", p.v(), " (서명 또는 인)\n국민건강보험공단 이사장 귀하\n")
    return d


# ================================================================ C. 여권 신청서
def t_form_passport(r, i):
    d = Doc("form_passport", "form")
    lay = r.choice(LAYOUTS)
    used = set()
    p = korean(r, used)
    b = birth(r)
    d(r.choice(["여권발급신청서\n", "■ 여권법 시행규칙 [별지 제1호서식]\n여권 발급 신청서(재발급)\n", "[여권 재발급 신청]\n"]))
    d("접수번호 ", neg_receipt(r), "\n")
    fld(d, r, lay, "한글성명", p.v())
    lat = V(f"{p.rom[0].upper()} {p.rom[1].upper()}", "PERSON", "ko_name_latin")
    fld(d, r, lay, "로마자성명", lat)
    fld(d, r, lay, "주민등록번호", rrn(r, b, r.choice(["valid", "valid", "masked"])))
    if r.random() < 0.7:
        fld(d, r, lay, r.choice(["종전 여권번호", "기존 여권번호", "여권번호"]), passport(r))
    fld(d, r, lay, "전화번호", phone(r, "mobile"))
    if r.random() < 0.6:
        fld(d, r, lay, "전자우편", email(r, p))
    if r.random() < 0.6:
        fld(d, r, lay, "주소", addr(r))
    q = korean(r, used)
    d("긴급연락처  성명 ", q.v(), "  관계 ", r.choice(["배우자", "부", "모", "형제", "자녀"]), "  전화 ", phone(r, "mobile"), "\n")
    d(r.choice(["※ 로마자성명은 여권에 기재된 것과 같게 적습니다(예: HONG GILDONG).\n", "※ 「여권법」 제9조에 따라 신청합니다.\n"]))
    d("발급수수료 ", neg_amount(r), "   신청일 ", neg_date(r), "\n")
    return d


# ================================================================ D. 외국인등록 / 체류 신청서
def t_form_frn(r, i):
    d = Doc("form_frn", "form")
    lay = r.choice(LAYOUTS)
    p = foreign(r, script="latin")
    b = birth(r, 1970, 2004)
    d(r.choice(["통합신청서 (외국인등록, 체류기간연장허가)\nAPPLICATION FORM\n", "외국인등록 신청서\n", "체류지 변경신고서\n"]))
    d("접수번호 ", neg_receipt(r), "\n")
    sur, *gv = p.latin.split()
    fld(d, r, lay, "성명 Name", p.vl())
    fld(d, r, lay, "국적 Nationality", p.nat)
    fld(d, r, lay, "생년월일 Date of Birth", dob(r, b, r.choice(["en_dmy", "iso", "dot_pad", "slash", "korean"])))
    fld(d, r, lay, "외국인등록번호 ARC No.", frn(r, b, masked=r.random() < 0.15))
    fld(d, r, lay, "여권번호 Passport No.", passport(r, nat=p.pp))
    fld(d, r, lay, "대한민국 내 주소", addr(r))
    fld(d, r, lay, "전화 Tel.", phone(r, "mobile", r.choice(["dash", "plain", "intl"])))
    if r.random() < 0.5:
        fld(d, r, lay, "E-mail", email(r, p))
    if r.random() < 0.5:
        fld(d, r, lay, "근무처", neg_company(r))
    d("신청일 ", neg_date(r), "  신청인 서명 ", p.vl() if r.random() < 0.5 else V(p.hangul, "PERSON", "foreign_hangul"), "\n")
    d(neg_statute(r, "frn"), "\n")
    return d


# ================================================================ E. 증명서
def t_certificate(r, i):
    d = Doc("certificate", "certificate")
    lay = r.choice(LAYOUTS)
    used = set()
    p = korean(r, used)
    b = birth(r, 1955, 2002)
    which = r.choice(["재직", "경력", "운전경력", "자격득실", "납부확인"])
    d("발급번호 ", r.choice([neg_receipt(r), neg_mgmt(r), neg_receipt11(r)]), "\n")
    if which in ("재직", "경력"):
        d(f"{which}증명서\n")
        fld(d, r, lay, "성명", p.v())
        fld(d, r, lay, "생년월일", dob(r, b))
        if r.random() < 0.5:
            fld(d, r, lay, "주소", addr(r))
        fld(d, r, lay, "소속", r.choice(["경영지원팀", "생산2팀", "설계부", "영업본부"]))
        fld(d, r, lay, "재직기간", N(fmt_date(birth(r, 2005, 2015), "dot_space"), "date_not_dob"), " ~ ", "현재")
        c = neg_company(r)
        d("\n위 사람은 당사에 재직하고 있음을 증명합니다.\n", neg_date(r), "\n", c, "\n")
        d("사업자등록번호 ", brn(r), "\n")
        if r.random() < 0.5:
            d("법인등록번호 ", crn(r), "\n")
        d("대표이사 ", korean(r, used).v(), " (직인)\n")
        if r.random() < 0.5:
            d("담당: 인사팀 ", korean(r, used).v(), " ", phone(r, "land"), "\n")
    elif which == "운전경력":
        d("운전경력증명서\n")
        fld(d, r, lay, "성명", p.v())
        fld(d, r, lay, "주민등록번호", rrn(r, b, r.choice(["valid", "masked"])))
        fld(d, r, lay, "면허번호", dl(r))
        fld(d, r, lay, "면허종별", r.choice(["1종보통", "2종보통", "1종대형"]))
        fld(d, r, lay, "최초취득일", neg_date(r))
        d("위반 및 사고 내역: ", r.choice(["해당 없음", "1건(2022. 5. 3. 신호위반, 벌점 15점)"]), "\n")
        d(r.choice(["○○경찰서장", "경찰청장"]), " (직인)\n")
    elif which == "자격득실":
        d("건강보험 자격득실 확인서\n")
        fld(d, r, lay, "성명", p.v())
        fld(d, r, lay, "생년월일", dob(r, b))
        fld(d, r, lay, "건강보험증번호", hi(r))
        d("가입자 구분 | 사업장 명칭 | 자격취득일 | 자격상실일\n")
        for k in range(r.randint(1, 3)):
            d(r.choice(["직장가입자", "지역가입자", "피부양자"]), " | ", neg_company(r), " | ", neg_date(r, "iso"), " | ",
              r.choice(["-", N(fmt_date(birth(r, 2019, 2025), "iso"), "date_not_dob")]), "\n")
        d("국민건강보험공단 이사장 (직인)   문의 ", neg_switch(r), "\n")
    else:
        d("건강보험료 납부확인서\n")
        fld(d, r, lay, "가입자", p.v())
        fld(d, r, lay, "증번호", hi(r))
        fld(d, r, lay, "주소", addr(r))
        d("납부기간 2024.01 ~ 2024.12  납부총액 ", neg_amount(r), "\n")
    return d


# ================================================================ F. 명부 (table flattened)
ROSTER_COLS = {
    "성명": lambda r, p, b: p.v(),
    "생년월일": lambda r, p, b: dob(r, b, r.choice(["dot_space", "iso", "dot_pad", "yy_dot", "yymmdd", "compact8", "korean", "masked_day", "dot_nospace"])),
    "연락처": lambda r, p, b: phone(r, "mobile"),
    "면허번호": lambda r, p, b: dl(r),
    "건강보험증번호": lambda r, p, b: hi(r),
    "이메일": lambda r, p, b: email(r, p),
    "차량번호": lambda r, p, b: plate(r),
    "주소": lambda r, p, b: addr(r),
    "주민등록번호": lambda r, p, b: rrn(r, b, r.choice(["valid", "masked", "masked"])),
    "계좌번호": lambda r, p, b: acct(r)[0],
}


def t_roster(r, i):
    d = Doc("roster", "table")
    title = r.choice(["○○지역 자율방범대 대원 명단", "2025년 안전운전 교육 이수자 명부", "통근버스 운전원 현황", "방문간호 대상자 명부",
                      "행사 자원봉사자 명단", "공용차량 운전 승인자 목록", "의료급여 수급자 현황(발췌)", "체육대회 참가자 명단", ""])
    if title:
        d(title, "\n")
    core_cols = ["성명"]
    extras = r.sample(["생년월일", "연락처", "면허번호", "건강보험증번호", "이메일", "차량번호", "주소", "주민등록번호", "계좌번호"], r.randint(2, 4))
    # emphasis: DL / HI / DOB
    for must in ("면허번호", "건강보험증번호", "생년월일"):
        if must not in extras and r.random() < 0.45:
            extras[r.randrange(len(extras))] = must
    cols = core_cols + list(dict.fromkeys(extras))
    r.shuffle(cols)
    sepk = r.choice(["pipe", "pipe_sp", "tab", "spaces"])
    sep = {"pipe": "|", "pipe_sp": " | ", "tab": "\t", "spaces": None}[sepk]
    has_header = r.random() < 0.5
    with_no = r.random() < 0.5
    hdr = (["연번"] if with_no else []) + cols
    if has_header:
        d((sep or "    ").join(hdr), "\n")
    used = set()
    for k in range(r.randint(3, 6)):
        p = korean(r, used) if r.random() > 0.08 else foreign(r, used)
        b = birth(r, 1950, 2004)
        cells = ([str(k + 1)] if with_no else []) + [ROSTER_COLS[c](r, p, b) for c in cols]
        for j, c in enumerate(cells):
            if j:
                d(sep if sep else " " * r.randint(2, 5))
            d(c)
        d("\n")
    if r.random() < 0.3:
        d("자료 출처: 전산관리번호 ", neg_asset(r), " / 작성일 ", neg_date(r, r.choice(["dot_space", "iso", "dot_pad"])), "\n")
    if r.random() < 0.4:
        d(r.choice(["※ 개인정보는 교육 목적 외 사용 금지\n", "작성: 총무과 / 문의 ", "비고: 결원 1명 충원 예정\n"]))
        if d.text().endswith("문의 "):
            d(neg_switch(r), "\n")
    return d


# ================================================================ G. CSV export
def t_csv(r, i):
    d = Doc("csv", "csv")
    pool = ["name", "birth", "phone", "email", "dl", "hi", "card", "account", "ip", "plate", "frn", "passport"]
    cols = ["id", "name"] + r.sample(pool[1:], r.randint(3, 5))
    hdr_style = r.choice(["en", "ko"])
    ko = {"id": "번호", "name": "성명", "birth": "생년월일", "phone": "휴대폰", "email": "이메일", "dl": "운전면허번호",
          "hi": "건강보험번호", "card": "카드번호", "account": "환불계좌", "ip": "접속IP", "plate": "차량번호", "frn": "외국인등록번호", "passport": "여권번호"}
    if r.random() < 0.75:
        d(",".join(c if hdr_style == "en" else ko[c] for c in cols), "\n")
    used = set()
    quote = r.random() < 0.4
    for k in range(r.randint(3, 6)):
        fr = "frn" in cols or "passport" in cols
        p = foreign(r, used, "latin") if fr and r.random() < 0.6 else korean(r, used)
        b = birth(r, 1950, 2004)
        row = []
        for c in cols:
            if c == "id":
                row.append(N(f"{r.randint(100000, 999999)}", "row_id") if r.random() < 0.3 else str(k + 1))
            elif c == "name":
                row.append(p.v())
            elif c == "birth":
                row.append(dob(r, b, r.choice(["iso", "compact8", "dot_pad_nodot", "slash", "yymmdd", "masked_md"])))
            elif c == "phone":
                row.append(phone(r, "mobile", r.choice(["dash", "plain", "dash"])))
            elif c == "email":
                row.append(email(r, p))
            elif c == "dl":
                row.append(dl(r, r.choice(["num", "plain", "region", "masked"])))
            elif c == "hi":
                row.append(hi(r, r.choice(["plain", "plain", "masked", "dash4"])))
            elif c == "card":
                row.append(card(r, r.choice(["dash", "plain", "masked", "masked"])))
            elif c == "account":
                row.append(acct(r, style=r.choice(["dash", "plain", "masked"]))[0])
            elif c == "ip":
                row.append(ip(r, r.choice(["public", "private"])))
            elif c == "plate":
                row.append(plate(r))
            elif c == "frn":
                row.append(frn(r, b) if r.random() < 0.85 else "")
            elif c == "passport":
                row.append(passport(r, nat=p.pp if p.kind.startswith("foreign") else "kr"))
        for j, c in enumerate(row):
            if j:
                d(",")
            if quote and isinstance(c, V):
                d('"', c, '"')
            else:
                d(c)
        d("\n")
    return d


# ================================================================ H. system log
def t_log(r, i):
    d = Doc("log", "log")
    kind = r.choice(["access", "payment", "sms", "auth"])
    used = set()
    for k in range(r.randint(4, 7)):
        ts = f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
        lvl = r.choice(["INFO", "INFO", "WARN", "DEBUG"])
        if kind == "access":
            d(f"{ts} {lvl} [web-0{r.randint(1, 4)}] user=", neg_userid(r), " ip=", ip(r), " ",
              r.choice(["GET /mypage", "POST /login", "GET /api/v1/claims", "POST /upload"]), f" {r.choice([200, 200, 302, 401, 403])}")
            if r.random() < 0.3:
                d(" agent=Windows NT ", neg_version(r))
            if r.random() < 0.3:
                d(" email=", email(r))
            d("\n")
        elif kind == "payment":
            d(f"{ts} {lvl} pg.approve order=", N(f"ORD{r.randint(10**9, 10**10 - 1)}", "order_number"), " card=", card(r, r.choice(["masked", "masked", "plain", "dash"])),
              " amt=", neg_amount(r))
            if r.random() < 0.5:
                d(" buyer=", korean(r, used).v())
            if r.random() < 0.4:
                d(" from=", ip(r))
            d("\n")
        elif kind == "sms":
            p = korean(r, used)
            d(f"{ts} {lvl} sms.send to=", phone(r, "mobile", r.choice(["plain", "dash"])), " name=", p.v(), " tpl=",
              r.choice(["APPT_REMIND", "OTP", "RESULT_NOTICE"]), " sender=", neg_switch(r), "\n")
        else:
            d(f"{ts} {lvl} auth ", r.choice(["login success", "password mismatch", "otp verified", "account locked"]), " uid=", neg_userid(r),
              " mail=", email(r), " src=", ip(r), "\n")
    return d


# ================================================================ I. e-mail
def t_email(r, i):
    d = Doc("email", "email")
    used = set()
    a, b = korean(r, used), korean(r, used)
    ea = email(r, a, r.choice([None, "hanbit-eng.co.kr", "saesol.kr", "korea.kr"]))
    eb = email(r, b)
    d("From: ", a.v(), " <", ea, ">\nTo: ", b.v(), " <", eb, ">\n")
    if r.random() < 0.4:
        c = korean(r, used)
        d("Cc: ", c.v(), " <", email(r, c), ">\n")
    topic = r.choice(["refund", "license", "hi", "visa", "card"])
    subj = {"refund": "환불 계좌 확인 요청", "license": "운전원 채용 서류 보완", "hi": "피부양자 등록 서류 관련",
            "visa": "외국인 직원 체류기간 연장 건", "card": "법인카드 분실 신고 건"}[topic]
    d("Subject: ", r.choice(["RE: ", "", "[회신] ", "FW: "]), subj, "\nDate: ", neg_date(r, "iso"), " 10:", f"{r.randint(10, 59)}", "\n\n")
    d(b.v(), r.choice([" 님, 안녕하세요.\n", "님 안녕하십니까.\n", " 선생님께\n\n"]))
    if topic == "refund":
        v, bank = acct(r)
        d(r.choice(["말씀하신 환불금은 아래 계좌로 입금할 예정입니다.\n", "환불받으실 계좌를 다시 한번 확인 부탁드립니다.\n"]))
        d(f"  - 은행: {bank}\n  - 계좌번호: ", v, "\n  - 예금주: ", b.v(), "\n")
        d("금액은 ", neg_amount(r), "이며 처리까지 3영업일 정도 걸립니다.\n")
    elif topic == "license":
        d("제출하신 서류 중 운전면허번호가 흐리게 보여 확인드립니다. 면허번호가 ", dl(r), " 맞으신지요?\n")
        if r.random() < 0.5:
            d("생년월일도 ", dob(r), "로 적혀 있는데 주민등록초본과 다릅니다.\n")
    elif topic == "hi":
        d("피부양자로 올리실 어머님(", korean(r, used).v(), ")의 건강보험증번호 ", hi(r), " 로 조회가 되지 않습니다.\n")
        d("생년월일 ", dob(r, lo=1940, hi=1960), " 이 맞는지 확인 부탁드립니다.\n")
    elif topic == "visa":
        f = foreign(r, used)
        d(r.choice(["생산팀 ", "물류센터 "]), f.v(), " 씨의 외국인등록번호는 ", frn(r), ", 여권번호는 ", passport(r, nat=f.pp), "입니다.\n")
        d("만료일 전 출입국사무소 방문이 필요합니다. 대표번호(", neg_switch(r), ")로는 예약이 어렵습니다.\n")
    else:
        d("분실된 카드번호는 ", card(r, r.choice(["dash", "masked"])), "이며 카드사에 정지 요청을 완료했습니다.\n")
        d("재발급 카드는 ", addr(r), "(으)로 배송됩니다.\n")
    d("\n감사합니다.\n", a.v(), r.choice([" 드림\n", "\n"]))
    d(r.choice(["", "팀장 ", "대리 ", "주무관 "]), a.v(), " | ", r.choice(["경영지원팀", "인사팀", "민원여권과", "고객지원팀"]), "\n")
    d("T. ", phone(r, "land"), r.choice(["  M. ", " / HP "]), phone(r, "mobile"), "\nE. ", ea, "\n")
    return d


# ================================================================ J. 통화 녹취
def t_call(r, i):
    d = Doc("call", "transcript")
    used = set()
    p = korean(r, used)
    agent = korean(r, used)
    b = birth(r, 1945, 2003)
    what = r.choice(["card", "hi", "hi", "dl", "dl", "phone", "acct"])
    A, C = r.choice([("상담원", "고객"), ("상담사", "민원인"), ("A", "B")])
    d(f"[녹취록] 통화일시 ", neg_date(r), " 14:", f"{r.randint(10, 59)}", "\n")
    d(f"{A}: 네, ", r.choice(["국민건강보험공단", "○○카드 고객센터", "도로교통공단", "○○구청 민원실"]), " 상담사 ", agent.v(), "입니다.\n")
    d(f"{C}: 네 저기 ", r.choice(["확인 좀 하려고요.", "카드 때문에 전화드렸어요.", "보험증 문의 좀 드리려고요."]), "\n")
    d(f"{A}: 본인 확인을 위해 성함과 생년월일 말씀해 주시겠어요?\n")
    sp = r.random() < 0.8
    d(f"{C}: ", p.v(), "이고요, ", dob_spoken(r, b) if sp else dob(r, b, r.choice(["yymmdd", "korean", "yy_korean"])), r.choice(["이요.", "생이에요.", "입니다."]), "\n")
    d(f"{A}: 연락받으실 번호도 부탁드립니다.\n")
    ph = phone(r, "mobile")
    d(f"{C}: ", spoken(ph) if r.random() < 0.7 else ph, r.choice(["요.", "입니다.", "이에요."]), "\n")
    if what == "card":
        c = card(r, "dash")
        d(f"{A}: 분실하신 카드 번호 아시면 불러 주세요.\n{C}: ", spoken(c), r.choice([" 이거요.", "요."]), "\n")
    elif what == "hi":
        h = hi(r, "plain")
        d(f"{A}: 건강보험증 번호 혹시 보이세요?\n{C}: 네, ", spoken(V(f"{h.clean[:4]} {h.clean[4:8]} {h.clean[8:]}", h.type, h.kind, h.clean)), "이요.\n")
    elif what == "dl":
        x = dl(r, "num")
        if r.random() < 0.5:
            d(f"{A}: 면허증 앞면 면허번호 읽어 주시겠어요?\n{C}: ", spoken(x), "요.\n")
        else:
            reg = [k for k, v in DL_REGION.items() if v == int(x.clean[:2])][0]
            rest = x.clean[3:]
            y = V(f"{reg} " + speak_digits(rest), x.type, "dl_region_spoken", clean=x.clean, noise=("spoken",), base=f"{reg} {rest}")
            d(f"{A}: 면허번호가 지역명으로 시작하나요?\n{C}: 네, ", y, "이에요.\n")
    elif what == "acct":
        v, bank = acct(r, style="dash")
        d(f"{A}: 환급받으실 계좌 말씀해 주세요.\n{C}: {bank}요. ", spoken(v), "이고 예금주는 저예요.\n")
    else:
        d(f"{A}: 자택 번호도 있으신가요?\n{C}: ", spoken(phone(r, "land")), "입니다.\n")
    d(f"{A}: 네 확인되었습니다. 추가 문의는 ", neg_switch(r), "번으로 연락 주시면 됩니다.\n")
    return d


# ================================================================ K. OCR of ID cards
def t_ocr_id(r, i):
    card_t = r.choice(["rrc", "dlc", "arc", "hic", "pp", "dlc", "hic"])
    d = Doc("ocr_id", "ocr")
    d.base_genre = "id_card"
    p = korean(r)
    b = birth(r, 1950, 2004)
    nk = lambda v: ocr(r, v, k=r.randint(1, 2)) if r.random() < 0.75 else v
    if card_t == "rrc":
        d(r.choice(["주민등록증\n", "주 민 등 록 증\n", "주민등록증 \n"]))
        d(nk(p.v()) if r.random() < 0.4 else p.v())
        d("\n", nk(rrn(r, b)), "\n", nk(addr(r)), "\n", neg_date(r, "dot_space"), "\n", r.choice(["서울특별시 마포구청장", "○○시장", "○○군수"]), "\n")
    elif card_t == "dlc":
        d(r.choice(["자동차운전면허증\nDriver's License\n", "자동차운전면허증 (Driver's License)\n", "운 전 면 허 증\n"]))
        d(r.choice(["1종보통", "2종보통", "1종대형"]), "\n", nk(dl(r, r.choice(["num", "region", "region_nospace", "num"]))), "\n")
        d(nk(p.v()) if r.random() < 0.4 else p.v(), "\n", nk(rrn(r, b, r.choice(["valid", "masked"]))), "\n", nk(addr(r)), "\n")
        a_, b_ = neg_range(r, "dot_pad")
        d("적성검사기간 ", a_, " ~ ", b_, "\n", r.choice(["서울지방경찰청장", "경기남부경찰청장", "부산경찰청장"]), "\n")
        if r.random() < 0.5:
            d("식별번호 ", N(f"{r.choice('ABCDEFGHJK')}{r.randint(10000, 99999)}", "card_serial"), "\n")
    elif card_t == "arc":
        f = foreign(r, script="latin")
        d(r.choice(["외국인등록증\nRESIDENCE CARD\n", "외 국 인 등 록 증\n"]))
        d(nk(frn(r, b)), "\n", f.vl(), "\n", f.nat, " / ", r.choice(["E-9", "F-4", "D-2", "H-2", "E-7"]), "\n")
        if r.random() < 0.5:
            d("생년월일 ", nk(dob(r, b, r.choice(["en_dmy", "iso", "dot_pad"]))), "\n")
        d("발급일자 ", neg_date(r), "\n", "○○출입국·외국인사무소장\n")
    elif card_t == "hic":
        d(r.choice(["건강보험증\n", "국민건강보험 건강보험증\n", "건 강 보 험 증\n"]))
        d("증번호 ", nk(hi(r, r.choice(["plain", "dash1", "spaced", "plain"]))), "\n")
        d("가입자 ", nk(p.v()) if r.random() < 0.4 else p.v(), "  ", r.choice(["직장", "지역"]), "\n")
        d("사업장기호 ", N(f"{r.randint(10000000, 99999999)}", "institution_code"), "\n")
        d("성명 | 관계 | 주민등록번호\n")
        used = {p.name}
        d(p.v(), " | 본인 | ", nk(rrn(r, b, r.choice(["valid", "masked"]))), "\n")
        for k in range(r.randint(1, 2)):
            q = korean(r, used)
            cb = birth(r, 2008, 2024)
            d(q.v(), " | ", r.choice(["자녀", "손자녀"]), " | ", nk(rrn(r, cb, "post2020" if cb >= datetime.date(2020, 10, 1) else "valid")), "\n")
        d("발급일 ", neg_date(r), "  국민건강보험공단\n")
    else:
        d("REPUBLIC OF KOREA 대한민국\nPASSPORT 여권\n")
        d("Passport No. ", nk(passport(r)), "\n")
        lat = V(f"{p.rom[0].upper()} {p.rom[1].upper()}", "PERSON", "ko_name_latin")
        d("Name/성명 ", lat, "\n", p.v(), "\n")
        d("Date of birth/생년월일 ", nk(dob(r, b, "en_dmy")), "\n")
        d("Date of issue ", N(fmt_date(birth(r, 2016, 2025), "en_dmy"), "date_not_dob"), "\n")
    return d


# ================================================================ L. OCR of filled forms
def t_ocr_form(r, i):
    base = r.choice([t_form_license, t_form_hi, t_form_passport, t_certificate, t_roster])
    src = base(r, i)
    d = Doc("ocr_form", "ocr")
    d.base_genre = src.genre
    # re-render: walk pieces of src; replace values with noisy versions; add noise to plain text
    txt = src.text()
    pos = 0
    items = sorted([(s["start"], s["end"], "span", s) for s in src.spans] + [(n["start"], n["end"], "neg", n) for n in src.negs])
    for st, en, what, obj in items:
        plain = txt[pos:st]
        d(noisy_plain(r, plain))
        if what == "span":
            v = V(obj["value"], obj["type"], obj["kind"], obj["clean"], obj["noise"])
            if r.random() < 0.6 and v.type != "PERSON" and "spoken" not in v.noise:
                v = ocr(r, v, k=r.randint(1, 2))
            elif v.type == "PERSON" and r.random() < 0.2:
                v = spaced_name_v(v)
            d(v)
        else:
            d(N(obj["text"], obj["category"]))
        pos = en
    d(noisy_plain(r, txt[pos:]))
    return d


def noisy_plain(r, s):
    out = []
    for ch in s:
        x = r.random()
        if ch == ":" and x < 0.2:
            out.append(";")
        elif ch == " " and x < 0.05:
            out.append("  ")
        elif ch == "|" and x < 0.3:
            out.append(r.choice(["l", "I", "!"]))
        else:
            out.append(ch)
    return "".join(out)


AGE = lambda r: str(r.randint(19, 84))


# ================================================================ M. news
def t_news(r, i):
    d = Doc("news", "news")
    used = set()
    kind = r.choice(["dui", "fraud", "rescue", "foreign", "award", "fire"])
    city = r.choice(["서울 마포경찰서", "부산 해운대경찰서", "경기 수원남부경찰서", "인천 연수경찰서", "대구 수성경찰서", "광주 북부경찰서"])
    rep = korean(r, used)
    if kind == "dui":
        p = korean(r, used)
        d(f"{city}는 ", r.choice(["12일", "지난 3일", "이날"]), " 술에 취한 상태로 승용차를 몰다 신호 대기 중이던 차량을 들이받은 혐의(도로교통법 위반)로 ",
          p.v(), f"({AGE(r)}) 씨를 불구속 입건했다고 밝혔다.\n")
        if r.random() < 0.3:
            d("조사 결과 ", p.v(), " 씨(", dob(r, f=r.choice(["dot_space", "korean"]), lo=1960, hi=2000), "생)는 과거에도 면허(", dl(r, "num"), ")가 정지된 전력이 있었다. ")
        d("경찰에 따르면 ", p.v(), " 씨는 ", r.choice(["혈중알코올농도 0.11% 상태로", "면허 취소 수치의 만취 상태로"]), " 약 3km를 운전한 것으로 조사됐다. ")
        d("당시 피해 차량에 타고 있던 ", neg_masked_name(r), "(", AGE(r), ")씨 등 2명이 경상을 입었다.\n")
        q = korean(r, used)
        d("목격자 ", q.v(), r.choice(["씨는 “", " 씨는 “"]), r.choice(["차가 갑자기 중앙선을 넘어왔다", "브레이크 소리도 없이 그냥 박았다"]), "”고 말했다.\n")
    elif kind == "fraud":
        p, q = korean(r, used), korean(r, used)
        d(r.choice(["대출을 해주겠다며 피해자들에게서 돈을 가로챈 보이스피싱 조직원이 붙잡혔다.\n", "중고거래 사기 일당이 검거됐다.\n"]))
        d(city, "는 사기 혐의로 총책 ", p.v(), f"({AGE(r)})와 인출책 ", q.v(), f"({AGE(r)}) 등 {r.randint(3, 9)}명을 구속했다고 ", r.choice(["밝혔다.", "전했다."]), "\n")
        d(p.v(), "는 ", r.choice(["저금리 대환대출을 미끼로", "가짜 택배 문자를 보내"]), " 피해자 ", r.randint(20, 90), "명에게서 ", neg_amount(r), "을 뜯어낸 혐의를 받는다.\n")
        d("경찰 관계자는 “", r.choice(["수사기관은 절대 계좌 이체를 요구하지 않는다", "출처가 불분명한 링크는 누르지 말아야 한다"]), "”고 당부했다.\n")
    elif kind == "rescue":
        p = korean(r, used)
        d(r.choice(["물에 빠진 초등학생을 구한 시민이 표창을 받는다.\n", "심정지로 쓰러진 70대를 심폐소생술로 살린 버스 기사가 화제다.\n"]))
        d(r.choice(["○○소방서는 ", "○○시는 "]), r.choice(["지난달", "지난 5일"]), " ", p.v(), f"({AGE(r)}) 씨에게 감사장을 전달했다고 밝혔다. ")
        d(p.v(), r.choice([" 씨는 “누구라도 그렇게 했을 것”이라며 웃었다.\n", " 씨는 “몸이 먼저 움직였다”고 당시를 떠올렸다.\n"]))
    elif kind == "foreign":
        f = foreign(r, used)
        d(f.nat, " 출신 이주노동자 ", f.v(), f"({AGE(r)}) 씨가 ", r.choice(["화재 현장에서 이웃 주민을 구해", "폭우 속 고립된 노인을 업고 나와"]), " 영주권 심사에서 특별공로 대상자로 추천됐다.\n")
        d(f.v(), " 씨는 통역을 통해 “", r.choice(["한국은 제2의 고향", "그저 할 일을 했을 뿐"]), "”이라고 말했다. 그를 고용한 ", neg_company(r), " 대표 ", korean(r, used).v(), " 씨는 “성실한 동료”라고 전했다.\n")
    elif kind == "award":
        names = [korean(r, used) for _ in range(r.randint(3, 5))]
        d(r.choice(["○○시는 올해 모범시민상 수상자로 ", "올해 ‘자랑스러운 구민상’은 "]))
        for j, n in enumerate(names):
            d(n.v(), f"({AGE(r)})", "," if j < len(names) - 2 else (" 씨와 " if j == len(names) - 2 else " 씨"), " " if j < len(names) - 2 else "")
        d(r.choice(["를 선정했다고 밝혔다.\n", "가 받는다.\n"]))
        d("시상식은 ", neg_date(r, "korean"), " 시청 대회의실에서 열린다.\n")
    else:
        p = korean(r, used)
        d(r.choice(["새벽 시간 아파트에서 불이 나 주민 20여 명이 대피했다.\n", "상가 건물 화재로 1명이 다쳤다.\n"]))
        d("불은 ", r.choice(["10층", "2층 식당"]), "에서 시작됐으며 집주인 ", p.v(), f"({AGE(r)})씨가 손에 화상을 입었다. ")
        d("소방 당국은 ", neg_masked_name(r), " 씨 등 주민들을 상대로 정확한 화재 원인을 조사하고 있다.\n")
    d(r.choice(["\n", "\n/", "\n"]), rep.v(), r.choice([" 기자 ", " 기자\n"]))
    if r.random() < 0.6:
        d(email(r, rep, r.choice(["news1.example.kr", "dailyk.co.kr", "kbnews.com"])))
    d("\n")
    return d


# ================================================================ N. 보도자료
def t_press(r, i):
    d = Doc("press", "press")
    used = set()
    ag = agency(r)
    subj = r.choice(["고령 운전자 면허 자진반납 지원 확대", "외국인 주민 건강보험 안내 강화", "전자여권 발급 절차 간소화",
                     "운전면허 갱신 온라인 신청 개시", "개인정보 유출 예방 집중 점검", "카드 포인트 기부 캠페인"])
    d("보 도 자 료\n", f"보도시점: {r.choice(['배포 즉시', '2025. 4. 2.(수) 12:00'])}\n\n", subj, "\n")
    head = korean(r, used)
    d(f"- {ag[0]}, ", r.choice(["다음 달부터 시행", "전국 확대", "시범사업 착수"]), " -\n\n")
    d(ag[0], r.choice(["(장관 ", "(청장 ", "(이사장 "]), head.v(), ")은 ", r.choice(["오는 5월부터", "올해 하반기부터"]), " ", subj, r.choice(["에 나선다고 밝혔다.\n", "를 추진한다고 밝혔다.\n"]))
    d(neg_statute(r), r.choice(["에 근거한 이번 조치로 ", "의 개정에 따라 "]), r.choice(["신청인은 방문 없이 처리할 수 있게 된다.", "대상자 약 12만 명이 혜택을 받을 전망이다."]), "\n")
    off = korean(r, used)
    d(r.choice([f"{ag[3]}장 ", "담당 국장 "]), off.v(), r.choice(["은 “", " 국장은 “"]), r.choice(["국민 불편을 최소화하겠다", "현장 의견을 계속 반영하겠다"]), "”고 말했다.\n")
    if r.random() < 0.5:
        cit = korean(r, used)
        d("시범사업에 참여한 ", cit.v(), f"({AGE(r)}) 씨는 “", r.choice(["서류 떼러 다니는 일이 줄었다", "생각보다 간단했다"]), "”고 전했다.\n")
    d("\n담당 부서 | ", ag[0], " ", ag[3], "\n")
    boss, staff = korean(r, used), korean(r, used)
    d("책임자 | 과장 ", boss.v(), " (", direct_line(r, ag), ")\n")
    d("담당자 | ", r.choice(["사무관 ", "주무관 "]), staff.v(), " (", direct_line(r, ag), ")")
    if r.random() < 0.6:
        d(" ", email(r, staff, "korea.kr"))
    d("\n대표전화 ", inst_phone(r, ag), " / 주소 ", inst_addr(ag), "\n")
    return d


# ================================================================ O. 민원 회신
def t_minwon(r, i):
    d = Doc("minwon", "minwon")
    used = set()
    ag = agency(r)
    p = korean(r, used)
    d(ag[0], "\n수신 ", p.v(), r.choice([" 귀하\n", "님\n", " 귀하 (", ""]))
    if d.text().endswith("("):
        d(addr(r), ")\n")
    elif d.text().endswith("님\n") is False and not d.text().endswith("\n"):
        d("\n")
    d("제목 민원(", neg_receipt(r), ") 처리 결과 알림\n\n")
    d("1. 귀하께서 ", neg_date(r), r.choice([" 국민신문고를 통해 신청하신 민원에 대한 검토 결과를 알려드립니다.\n", " 제출하신 질의에 대하여 다음과 같이 회신합니다.\n"]))
    topic = r.choice(["dl", "hi", "plate", "pp", "rrn"])
    if topic == "dl":
        d("2. 귀하의 운전면허(면허번호 ", dl(r), ")는 ", neg_statute(r, "dl"), "에 따라 ", r.choice(["정기적성검사 기간 경과로 취소 예정", "갱신 기간이 연장"]), "입니다.\n")
    elif topic == "hi":
        d("2. 확인 결과 귀하(건강보험증번호 ", hi(r), ")의 ", r.choice(["2024년 보험료 정산분", "피부양자 자격 상실"]), "은 ", neg_statute(r, "hi"), "에 따른 것으로 적법합니다.\n")
    elif topic == "plate":
        d("2. 귀하 소유 차량(", plate(r), ")에 부과된 과태료 ", neg_amount(r), "은 의견진술 기간 내 제출된 자료로 감경하였습니다.\n")
    elif topic == "pp":
        d("2. 분실 신고하신 여권(", passport(r), ")은 효력이 상실되었으며 재발급은 ", neg_statute(r, "pp"), "에 따라 처리됩니다.\n")
    else:
        d("2. 주민등록번호(", rrn(r, mode=r.choice(["masked", "valid"])), ") 변경 신청은 ", neg_statute(r, "rrn"), "에 따라 위원회 심의 후 결정됩니다.\n")
    if r.random() < 0.5:
        d("   참고로 같은 건으로 민원을 제기한 ", neg_masked_name(r), " 님께도 동일하게 안내하였음을 알려드립니다.\n")
    off = korean(r, used)
    d("3. 추가 문의사항은 ", ag[3], " ", off.v(), r.choice([" 주무관(", " 주무관(☎ ", " 담당자("]), direct_line(r, ag), ")에게 연락하시거나 ", neg_switch(r), "(으)로 문의하여 주시기 바랍니다. 끝.\n")
    d("\n", ag[0], "장\n")
    return d


# ================================================================ P. 회의록
def t_minutes(r, i):
    d = Doc("minutes", "minutes")
    used = set()
    com = r.choice(["개인정보 보호 심의위원회", "교통안전 협의회", "외국인 주민 지원 협의체", "건강보험 재정운영위원회 소위원회", "주민자치회"])
    d(f"{com} 제{r.randint(1, 30)}차 회의록\n일시: ", neg_date(r, "dot_space"), " 14:00~16:00  장소: ", r.choice(["본관 3층 소회의실", "영상회의"]), "\n")
    chair = korean(r, used)
    mem = [korean(r, used) if r.random() > 0.12 else foreign(r, used) for _ in range(r.randint(3, 6))]
    sepc = r.choice([", ", "·", " ", ", "])
    d("참석자: 위원장 ", chair.v(), ", 위원 ")
    for j, m in enumerate(mem):
        if j:
            d(sepc)
        d(m.v())
    d(f"(총 {len(mem) + 1}명)\n")
    if r.random() < 0.5:
        d("불참: ", korean(r, used).v(), r.choice([" 위원(사전 통보)\n", " 위원\n"]))
    sec = korean(r, used)
    d("간사: ", sec.v(), " ", r.choice(["주무관", "사무관", "팀장"]), "\n\n")
    lines = ["지난 회의에서 요청한 자료는 배포해 드렸습니다.", "운전면허 반납 인센티브가 실제 반납률로 이어지는지 의문입니다.",
             "외국인 근로자의 보험 가입률 통계를 보완해 주십시오.", "예산 범위 내에서 추진하는 것이 바람직합니다.",
             "개인정보가 포함된 명부는 회의 후 회수하겠습니다.", "현장 의견을 더 들어볼 필요가 있습니다.", "이견 없으시면 원안대로 의결하겠습니다.",
             "관련 법령 해석은 법제처에 질의해 두었습니다."]
    fmt = r.choice(["colon", "circle", "paren"])
    speakers = [chair] + mem + [sec]
    for k in range(r.randint(4, 7)):
        s = r.choice(speakers)
        role = "위원장" if s is chair else ("간사" if s is sec else "위원")
        text = r.choice(lines)
        if fmt == "colon":
            d(s.v(), f" {role}: {text}\n")
        elif fmt == "circle":
            d("○ ", s.v(), f" {role}  {text}\n")
        else:
            d(f"({role} ", s.v(), f") {text}\n")
    d("\n의결사항: ", r.choice(["원안 가결", "수정 가결", "차기 회의에서 재논의"]), "\n")
    d("작성자 ", sec.v(), " / 확인 ", chair.v(), "\n")
    return d



# ================================================================ Q. 사고 보고서
def t_incident(r, i):
    d = Doc("incident", "incident_report")
    used = set()
    kind = r.choice(["traffic", "traffic", "fall"])
    d(r.choice(["교통사고 발생 보고", "공용차량 사고 경위서", "안전사고 발생 보고서", "사고 처리 결과 보고"]), "\n")
    d("1. 개요\n - 일시: ", neg_date(r, "dot_space"), r.choice(["(화) 08:40경", " 17:15경", "(금) 22시경"]), "\n")
    d(" - 장소: ", r.choice(["○○사거리 앞 편도 3차로", "청사 지하주차장 B2", "○○IC 진입로", "○○초등학교 앞 어린이보호구역"]), "\n")
    if kind == "traffic":
        a, b = korean(r, used), korean(r, used)
        pa, pb = plate(r), plate(r)
        d("2. 관련자\n")
        style = r.choice(["list", "table"])
        if style == "list":
            d(" - 가해 차량: ", pa, " (운전자 ", a.v(), f", {AGE(r)}세, 면허번호 ", dl(r), ")\n")
            d(" - 피해 차량: ", pb, " (운전자 ", b.v(), f", {AGE(r)}세, 연락처 ", phone(r, "mobile"), ")\n")
        else:
            d("구분 | 성명 | 생년월일 | 면허번호 | 차량번호 | 연락처\n")
            d("가해 | ", a.v(), " | ", dob(r), " | ", dl(r), " | ", pa, " | ", phone(r, "mobile"), "\n")
            d("피해 | ", b.v(), " | ", dob(r), " | ", dl(r), " | ", pb, " | ", phone(r, "mobile"), "\n")
        d("3. 경위\n ", a.v(), r.choice([" 씨가 신호 변경 직후 좌회전하던 중 직진하던 ", " 씨 차량이 차선 변경 중 "]), b.v(), " 씨의 차량 측면을 충격함.\n")
        d(" 피해자 ", b.v(), r.choice([" 씨는 경추 염좌로 ", " 님은 "]), r.choice(["○○병원에서 통원 치료 중", "현장에서 귀가"]), "\n")
        d("4. 조치: 보험 접수(접수번호 ", neg_claim(r), "), 경찰 신고(사건접수 ", N(f"{r.randint(2022, 2025)}-{r.randint(0, 99999):05d}", "police_receipt_number"), ")\n")
    else:
        p = korean(r, used)
        d("2. 재해자: ", p.v(), f"({AGE(r)}, ", r.choice(["시설관리 용역 근로자", "환경미화원", "기간제 근로자"]), ")\n")
        d("   건강보험증번호 ", hi(r), " / 비상연락 ", phone(r, "mobile"), r.choice(["(배우자)", "(자녀 ", ""]))
        if d.text().endswith("(자녀 "):
            d(korean(r, used).v(), ")")
        d("\n3. 경위: 사다리 작업 중 추락, 우측 발목 골절 추정\n4. 조치: 119 이송, 산재 신청 예정\n")
    rep = korean(r, used)
    d("\n보고자 ", r.choice(["총무팀장 ", "안전관리자 ", ""]), rep.v(), " (", phone(r, "land"), ")\n")
    return d


# ================================================================ R. 감사 보고서
def t_audit(r, i):
    d = Doc("audit", "audit_report")
    used = set()
    d(r.choice(["○○시 복지급여 특정감사 결과", "공용차량 운영실태 감사 결과", "보조금 집행 감사 결과 보고서"]), "\n\n")
    a_, b_ = neg_range(r)
    d("가. 감사 개요: ", a_, " ~ ", b_, ", 감사반장 ", korean(r, used).v(), " 외 ", r.randint(2, 6), "명\n")
    d("나. 지적사항\n")
    for k in range(r.randint(1, 3)):
        p = korean(r, used)
        what = r.choice(["dup_pay", "car", "subsidy", "hi"])
        if what == "dup_pay":
            v, bank = acct(r)
            d(f"  {k + 1}) 수급자 ", p.v(), "(", rrn(r, mode=r.choice(["masked", "valid"])), ")에게 생계급여가 중복 지급되었으며, ")
            d(f"지급 계좌({bank} ", v, ")는 수급자 본인이 아닌 ", r.choice(["동거인 ", "자녀 "]), korean(r, used).v(), " 명의로 확인됨.\n")
        elif what == "car":
            d(f"  {k + 1}) 관용차량을 운행한 ", p.v(), r.choice([" 주무관", " 운전원"]), "의 운전면허(", dl(r), ")가 운행일 당시 정지 상태였음.\n")
        elif what == "subsidy":
            d(f"  {k + 1}) 보조사업자 ", neg_company(r), "(사업자등록번호 ", brn(r), r.choice([", 법인등록번호 ", ""]))
            if d.text().endswith("법인등록번호 "):
                d(crn(r))
            d(", 대표 ", p.v(), ")가 허위 세금계산서로 ", neg_amount(r, True), "을 정산함.\n")
        else:
            d(f"  {k + 1}) 요양급여 부당청구: ", p.v(), "(건강보험증번호 ", hi(r), ") 명의로 내원하지 않은 날짜에 진료비가 청구됨.\n")
    d("다. 조치: ", r.choice(["시정, 주의", "환수 및 징계 요구", "통보"]), "\n")
    d("※ 관계자 ", neg_masked_name(r), ", ", neg_masked_name(r), "은 비실명 처리함.\n")
    return d


# ================================================================ S. 판결문
def t_judgment(r, i):
    d = Doc("judgment", "judgment")
    used = set()
    crim = r.random() < 0.5
    court = r.choice(["서울중앙지방법원", "수원지방법원 안산지원", "부산지방법원", "대전지방법원"])
    y = r.randint(2020, 2025)
    if crim:
        d(court, "\n판 결\n사 건 ", N(f"{y}고단{r.randint(100, 9999)}", "case_number"), r.choice([" 도로교통법위반(음주운전)\n", " 도로교통법위반(무면허운전)\n", " 특정범죄가중처벌등에관한법률위반(위험운전치상)\n"]))
    else:
        d(court, "\n판 결\n사 건 ", N(f"{y}가{r.choice(['단', '합', '소'])}{r.randint(1000, 99999)}", "case_number"), r.choice([" 손해배상(자)\n", " 부당이득금\n", " 임대차보증금반환\n", " 공사대금\n"]))
    if crim:
        p = korean(r, used)
        b = birth(r, 1950, 2002)
        if r.random() < 0.6:
            d("피 고 인 ", p.v(), " (", rrn(r, b, r.choice(["masked", "masked", "valid"])), "), ", r.choice(["회사원", "무직", "자영업", "운전기사"]), "\n")
        else:
            d("피 고 인 ", p.v(), " (", dob(r, b, r.choice(["dot_space", "korean", "dot_nospace"])), "생), ", r.choice(["회사원", "무직", "자영업", "운전기사"]), "\n")
        d("주거 ", addr(r), "\n등록기준지 ", addr(r, "jibeon") if r.random() < 0.5 else "생략", "\n")
        d("검 사 ", korean(r, used).v(), "(기소), ", korean(r, used).v(), "(공판)\n변 호 인 변호사 ", korean(r, used).v(), r.choice(["(국선)\n", "\n"]))
        d("판 결 선 고 ", neg_date(r), "\n\n주 문\n피고인을 징역 ", r.randint(6, 24), "월에 처한다.\n\n이 유\n범 죄 사 실\n")
        d("피고인은 ", neg_date(r, "korean"), " 23:10경 혈중알코올농도 0.", r.randint(80, 199), "%의 술에 취한 상태로 ", plate(r), r.choice([" 쏘나타 승용차를 ", " 화물차를 "]), "운전하였다.\n")
        if r.random() < 0.5:
            d("피고인 ", p.v(), "은 당시 운전면허(", dl(r), ")가 취소된 상태였다.\n")
    else:
        a, b = korean(r, used), korean(r, used)
        d("원 고 ", a.v(), "\n    ", addr(r), "\n    소송대리인 변호사 ", korean(r, used).v(), "\n")
        if r.random() < 0.5:
            d("피 고 ", b.v(), "\n    ", addr(r), "\n")
        else:
            d("피 고 ", neg_company(r), "\n    대표이사 ", b.v(), "\n")
        d("변 론 종 결 ", neg_date(r), "\n판 결 선 고 ", neg_date(r), "\n\n주 문\n1. 피고는 원고에게 ", neg_amount(r, True), " 및 이에 대한 지연손해금을 지급하라.\n")
        d("이 유\n원고는 피고에게 ", r.choice(["임대차보증금을", "공사대금을"]), " ", r.choice(["원고 명의 계좌(", "피고가 지정한 계좌("]))
        d(acct(r)[0], ")로 송금하였다(갑 제3호증).\n")
    judges = [korean(r, used) for _ in range(r.choice([1, 3]))]
    d("\n판사 " if len(judges) == 1 else "\n재판장 판사 ", judges[0].v())
    for j in judges[1:]:
        d(" 판사 ", j.v())
    d("\n")
    return d


# ================================================================ T. 공문 (결재란)
def t_gongmun(r, i):
    d = Doc("gongmun", "gongmun")
    used = set()
    ag = agency(r)
    d(ag[0], "\n수신 ", r.choice(["수신자 참조", "○○시장(교통행정과장)", "내부결재", "국민건강보험공단 이사장(자격부과실장)"]), "\n(경유)\n제목 ")
    topic = r.choice(["운전면허 행정처분 대상자 통보", "외국인 근로자 건강보험 가입 안내", "개인정보 파일 정비 결과 보고", "공용차량 운전원 지정"])
    d(topic, "\n\n1. 관련: ", neg_docno(r), "(", neg_date(r), ")\n2. ", neg_statute(r), "에 따라 ")
    if "면허" in topic:
        d("아래 대상자를 통보하니 처분에 참고하시기 바랍니다.\n")
        for k in range(r.randint(1, 3)):
            p = korean(r, used)
            d(f"  {'가나다'[k]}. ", p.v(), " / ", dl(r), " / ", dob(r), "\n")
    elif "건강보험" in topic:
        d("외국인 근로자 자격취득 신고를 안내하오니 협조하여 주시기 바랍니다.\n  붙임 대상자: ")
        f = foreign(r, used)
        d(f.v(), "(외국인등록번호 ", frn(r, masked=r.random() < 0.3), ") 외 ", r.randint(2, 20), "명\n")
    elif "정비" in topic:
        d("개인정보 파일 정비 결과를 붙임과 같이 보고합니다.\n  ※ 파일 내 예시 데이터(", neg_placeholder(r), ")는 삭제 완료\n")
    else:
        p = korean(r, used)
        d("공용차량 운전원을 다음과 같이 지정합니다.\n  운전원: ", p.v(), " (면허번호 ", dl(r), ", 차량 ", plate(r), ")\n")
    if r.random() < 0.5:
        d("  ※ 전산 자산번호 ", neg_asset(r), ", 접수번호 ", neg_receipt11(r), "\n")
    d("붙임 1부. 끝.\n\n", ag[0], "장\n\n")
    w, c1, c2 = korean(r, used), korean(r, used), korean(r, used)
    sty = r.choice(["inline", "box"])
    if sty == "inline":
        d("주무관 ", w.v(), "   ", r.choice(["사무관 ", "팀장 "]), c1.v(), "   ", r.choice(["과장", "국장"]), " 전결 ", neg_date(r, "dot_pad"), " ", c2.v(), "\n")
    else:
        d("| 기안 | 검토 | 결재 |\n| 주무관 ", w.v(), " | 팀장 ", c1.v(), " | 과장 ", c2.v(), " |\n")
    d("협조자 ", korean(r, used).v(), "\n")
    d("시행 ", neg_docno(r), " (", neg_date(r, "dot_pad"), ")  접수 ", r.choice(["", "교통행정과-" + str(r.randint(100, 9999))]), "\n")
    d("우 ", neg_postal(r), " ", inst_addr(ag), " / ", r.choice(["www.example.go.kr", "http://www.mois.go.kr"]), "\n")
    d("전화 ", direct_line(r, ag), " 전송 ", direct_line(r, ag), " / ", email(r, w, "korea.kr"), " / ", r.choice(["공개", "부분공개(6)", "비공개(6)"]), "\n")
    return d


# ================================================================ U. 계약서
def t_contract(r, i):
    d = Doc("contract", "contract")
    used = set()
    ag = agency(r)
    co = neg_company(r)
    rep = korean(r, used)
    d(r.choice(["물품 구매 계약서", "용역 계약서", "공사 도급 표준계약서", "개인 용역(강사) 계약서"]), "\n계약번호 ", neg_g2b(r), "\n\n")
    indiv = d.text().startswith("개인")
    d("발주기관(갑): ", ag[0], "  고유번호 ", neg_inst_no(r), "  주소 ", inst_addr(ag), "\n")
    if indiv:
        p = korean(r, used)
        d("계약상대자(을): ", p.v(), "\n  생년월일 ", dob(r), "\n  주소 ", addr(r), "\n  연락처 ", phone(r, "mobile"), "\n")
        v, bank = acct(r)
        d("  대금 지급: ", bank, " ", v, " (예금주 ", p.v(), ")\n")
    else:
        d("계약상대자(을): ", co, "\n  대표자 ", rep.v(), "\n  사업자등록번호 ", brn(r), "\n")
        if r.random() < 0.9:
            d("  법인등록번호 ", crn(r), "\n")
        d("  주소 ", addr(r), "\n  전화 ", phone(r, "land"), r.choice(["  팩스 ", " / FAX "]), phone(r, "land"), "\n")
        v, bank = acct(r, style=r.choice(["dash", "plain"]))
        d("  대금 지급 계좌: ", bank, " ", v, " (예금주 ", N(co.text, "company_name") if r.random() < 0.6 else rep.v(), ")\n")
    a_, b_ = neg_range(r)
    d("계약금액: ", neg_amount(r, True), "(부가가치세 포함)\n계약기간: ", a_, " ~ ", b_, "\n")
    d(neg_statute(r), " 및 계약 일반조건을 따른다.\n")
    d("\n", neg_date(r, "korean"), "\n갑 ", ag[0], "장 (인)    을 ", co if not indiv else "", " 대표 " if not indiv else "", rep.v() if not indiv else p.v(), " (인)\n")
    return d


# ================================================================ V. 인사명령
def t_personnel(r, i):
    d = Doc("personnel", "personnel")
    used = set()
    ag = agency(r)
    d(ag[0], " 인사명령 제", r.randint(2023, 2025), "-", r.randint(10, 300), "호\n\n")
    kind = r.choice(["승진", "전보", "신규임용", "직무대리", "국외출장"])
    layout = r.choice(["list", "table", "inline"])
    n = r.randint(2, 6)
    ps = [korean(r, used) for _ in range(n)]
    if layout == "table":
        d("소속 | 직급 | 성명 | 발령사항\n" if r.random() < 0.6 else "")
        for p in ps:
            d(r.choice(["운영지원과", "민원여권과", "교통행정과", "복지정책과"]), " | ", r.choice(["행정6급", "행정7급", "시설6급", "행정5급"]), " | ", p.v(), " | ", kind, "\n")
    elif layout == "list":
        for k, p in enumerate(ps):
            d(f"{k + 1}. ", r.choice(["행정주사 ", "행정주사보 ", "서기관 ", ""]), p.v(), r.choice([" — ", ": ", "  "]), r.choice(["○○과 근무를 명함", "승진 임용함", "○○국장 직무대리를 명함"]), "\n")
    else:
        d("다음 사람을 ", kind, "함: ")
        for k, p in enumerate(ps):
            if k:
                d(r.choice([", ", "·"]))
            d(p.v())
        d("\n")
    d("\n발령일 ", neg_date(r), "\n", ag[0], "장\n")
    return d


# ================================================================ W. 카드
def t_card(r, i):
    d = Doc("card", "card")
    used = set()
    p = korean(r, used)
    kind = r.choice(["loss", "stmt", "refund", "corp"])
    if kind == "loss":
        d("카드 분실·도난 신고서\n신고인 ", p.v(), "  생년월일 ", dob(r), "\n")
        for k in range(r.randint(1, 3)):
            d(f"분실카드 {k + 1}: ", card(r, r.choice(["dash", "space", "masked"])), "\n")
        d("연락처 ", phone(r, "mobile"), "  신고일시 ", neg_date(r), "\n※ 카드사 대표번호 ", neg_switch(r), "\n")
    elif kind == "stmt":
        d("[", r.choice(["○○카드", "△△카드"]), "] ", p.v(), "님 ", r.randint(1, 12), "월 이용대금 명세서\n결제카드 ", card(r, "masked"), "\n")
        d("이용일 | 가맹점 | 금액\n")
        for k in range(r.randint(2, 4)):
            d(neg_date(r, "iso"), " | ", r.choice(["편의점", "주유소", "온라인쇼핑", "약국"]), " | ", neg_amount(r), "\n")
        d("결제계좌 ", acct(r, style="masked")[0], "\n")
    elif kind == "refund":
        v, bank = acct(r)
        d("결제 취소 및 환불 요청\n주문자: ", p.v(), "\n결제 카드: ", card(r), "\n환불 계좌: ", bank, " ", v, " / 예금주 ", p.v(), "\n이메일: ", email(r, p), "\n")
    else:
        d("법인카드 사용자 현황\n")
        d("사용자 | 카드번호 | 한도\n" if r.random() < 0.5 else "")
        for k in range(r.randint(2, 4)):
            q = korean(r, used)
            d(q.v(), " | ", card(r, r.choice(["dash", "plain", "masked"])), " | ", neg_amount(r), "\n")
    return d


# ================================================================ X. SMS / messenger
def t_sms(r, i):
    d = Doc("sms", "sms")
    used = set()
    a, b = korean(r, used), korean(r, used)
    st = r.choice(["kakao", "sms"])
    msgs = []
    if st == "kakao":
        d(f"[카카오톡] {r.choice(['동호회', '가족', '현장팀'])} 대화\n")
    rows = [(a, r.choice(["계좌 알려줘 회비 보낼게", "면허증 사진 좀 보내줘 렌트 예약하게", "보험증 번호 뭐였지?"]))]
    for who, msg in rows:
        d(f"[{r.randint(8, 22)}:{r.randint(10, 59)}] ", who.v(), ": ", msg, "\n")
    m = rows[0][1]
    if "계좌" in m:
        v, bank = acct(r, style=r.choice(["dash", "plain"]))
        d(f"[{r.randint(8, 22)}:{r.randint(10, 59)}] ", b.v(), f": {bank} ", v, " ", b.v(), "\n")
    elif "면허" in m:
        d(f"[{r.randint(8, 22)}:{r.randint(10, 59)}] ", b.v(), ": ", dl(r, r.choice(["num", "region", "plain", "spaced"])), r.choice([" 이거야", "", " 생일은 "]))
        if d.text().endswith("생일은 "):
            d(dob(r, f=r.choice(["yymmdd", "dot_pad", "yy_dot"])))
        d("\n")
    else:
        d(f"[{r.randint(8, 22)}:{r.randint(10, 59)}] ", b.v(), ": ", hi(r, r.choice(["plain", "spaced", "dash4"])), r.choice(["", " 이거", " 엄마꺼"]), "\n")
    d(f"[{r.randint(8, 22)}:{r.randint(10, 59)}] ", a.v(), ": ", r.choice(["고마워", "ㅇㅋ", "확인!"]), r.choice(["", " 내 번호 바뀜 "]))
    if d.text().endswith("바뀜 "):
        d(phone(r, "mobile", r.choice(["dash", "plain", "space"])))
    d("\n")
    return d


# ================================================================ Y. hard-negative-only documents
def t_negative(r, i):
    d = Doc("negative", r.choice(["notice", "guide", "gongmun"]))
    ag = agency(r)
    k = r.choice(["guide", "notice", "stats", "form_blank", "it", "taxqa", "press_inst"])
    if k == "guide":
        d(ag[0], " 민원 안내\n", neg_statute(r), "에 따라 운전면허증 재발급 시에는 본인 확인이 필요합니다.\n")
        d("면허번호 예시: ", N("서울 00-000000-00", "placeholder"), " / 건강보험증번호 예시: ", N("00000000000", "placeholder"), "\n")
        d("문의: ", neg_switch(r), " 또는 ", inst_phone(r, ag), " (", inst_addr(ag), ")\n")
        d("발간등록번호 ", neg_pubreg(r), "\n")
    elif k == "notice":
        d("공고 제", N(f"{r.randint(2023, 2025)}-{r.randint(10, 999)}", "notice_number"), "호\n", r.choice(["운전면허 행정처분 공시송달 공고", "건강보험 체납자 공시송달"]), "\n")
        d("「행정절차법」 제14조 제4항에 따라 주소불명으로 송달할 수 없는 ", neg_masked_name(r), " 외 ", r.randint(2, 40), "명에 대한 처분을 공고합니다.\n")
        d("대상자 명단은 ", ag[0], " 게시판에서 열람(개인정보 제외)할 수 있습니다. 관리번호 ", neg_mgmt(r), ", 접수번호 ", neg_receipt11(r), "\n")
        d("공고일 ", neg_date(r), "\n", ag[0], "장\n")
    elif k == "stats":
        d("2024년 운전면허 발급 현황\n지역 | 신규 | 갱신 | 취소\n")
        for reg in r.sample(DL_REGIONS, 4):
            d(f"{reg} | {r.randint(1000, 99999):,} | {r.randint(1000, 99999):,} | {r.randint(10, 999):,}\n")
        d("자산관리번호 ", neg_asset(r), " (통계 서버)\n자료: 경찰청, ", neg_date(r), " 기준\n")
    elif k == "form_blank":
        d("개인정보 수집·이용 동의서(서식)\n성명: ____________ (예: ", N("홍길동", "placeholder"), ")\n생년월일: ____. __. __. (예: ", neg_form_example(r), ")\n")
        d("주민등록번호: ", N("000000-0000000", "placeholder"), "\n면허번호: __-__-______-__\n건강보험증번호: ___________\n")
        d("등기번호 ", neg_regmail(r), "로 발송합니다. 접수 ", neg_receipt(r), "\n")
    elif k == "taxqa":
        d("[제목] 법인이 임원에게 지급한 차량유지비의 손금 해당 여부\n[회신] ", neg_docno(r), " (", neg_date(r), ")\n")
        d("1. 질의법인(", N(r.choice(["A법인", "B사", "갑법인"]), "placeholder"), ")은 대표이사 ", N(r.choice(["갑", "을"]), "placeholder"), "에게 차량을 제공하고 있음.\n")
        d("2. ", neg_statute(r), " 및 ", neg_statute(r), "에 따라 업무용승용차 관련비용은 손금에 산입됨. 관련 사례: ", neg_case(r), "\n")
        d("문의: ", neg_switch(r), " (국세상담센터)\n")
    elif k == "press_inst":
        d("보도참고자료\n", ag[0], ", ", r.choice(["2024년 운전면허 갱신 대상자 312만 명 안내", "외국인 건강보험 당연가입 제도 홍보"]), "\n")
        d("대상자는 ", neg_date(r, "korean"), "까지 신청해야 하며 수수료는 ", neg_amount(r), "이다.\n")
        d("※ 문의: ", ag[0], " 대표전화 ", inst_phone(r, ag), ", 콜센터 ", neg_switch(r), " / ", inst_addr(ag), "\n")
        d("발간등록번호 ", neg_pubreg(r), "\n")
    else:
        d("[시스템 점검 공지] ", neg_date(r), " 02:00~04:00\n대상 서버 버전 ", neg_version(r), " → ", neg_version(r), "\n")
        d("작업자 계정 ", neg_userid(r), ", 자산번호 ", neg_asset(r), ", 물품번호 ", N(f"{r.randint(10000000, 99999999)}-{r.randint(10000000, 99999999)}", "item_number"), "\n")
        d("문의 ", ag[0], " 정보화담당관실 ", inst_phone(r, ag), "\n")
    return d


# ================================================================ Z. 주차/차량 명부
def t_parking(r, i):
    d = Doc("parking", "table")
    used = set()
    d(r.choice(["입주민 차량 등록 대장", "정기주차권 신청자 명단", "불법주정차 과태료 부과 대상", ""]), "\n" if r.random() < 0.8 else "")
    sep = r.choice(["\t", " | ", "  ", ","])
    if r.random() < 0.5:
        d(sep.join(["동호수", "성명", "차량번호", "연락처"]), "\n")
    for k in range(r.randint(3, 6)):
        p = korean(r, used)
        d(f"{r.randint(101, 112)}-{r.randint(1, 25)}0{r.randint(1, 4)}", sep, p.v(), sep, plate(r), sep, phone(r, "mobile", r.choice(["dash", "plain", "dash"])), "\n")
    return d


# ================================================================ AA. 외국인 근로자 명단
def t_foreign_roster(r, i):
    d = Doc("foreign_roster", "table")
    used = set()
    sep = r.choice([" | ", "\t", "   ", ","])
    d(r.choice(["외국인 근로자 고용 현황", "외국인 계절근로자 명단", "E-9 근로자 숙소 배정표", ""]), "\n")
    cols = ["성명", "국적", "외국인등록번호", "여권번호"] + r.sample(["생년월일", "연락처", "건강보험증번호", "체류만료일"], r.randint(1, 2))
    if r.random() < 0.55:
        d(sep.join(cols), "\n")
    for k in range(r.randint(3, 5)):
        f = foreign(r, used)
        b = birth(r, 1975, 2004)
        row = []
        for c in cols:
            row.append({"성명": lambda: f.v(), "국적": lambda: f.nat, "외국인등록번호": lambda: frn(r, b, masked=r.random() < 0.1),
                        "여권번호": lambda: passport(r, nat=f.pp), "생년월일": lambda: dob(r, b, r.choice(["iso", "dot_pad", "en_dmy", "yy_dot"])),
                        "연락처": lambda: phone(r, "mobile"), "건강보험증번호": lambda: hi(r),
                        "체류만료일": lambda: N(fmt_date(birth(r, 2025, 2028), "iso"), "date_not_dob")}[c]())
        for j, c in enumerate(row):
            if j:
                d(sep)
            d(c)
        d("\n")
    if r.random() < 0.5:
        d("사업장: ", neg_company(r), " (사업자등록번호 ", brn(r), ")\n")
    return d


# ================================================================ AB. 급여/지급 명세
def t_payroll(r, i):
    d = Doc("payroll", "table")
    used = set()
    d(r.choice(["강사료 지급 명세", "자원봉사 실비 지급 내역", "일용근로자 임금 지급대장", "포상금 지급 명단"]), "\n")
    sep = r.choice([" | ", "\t", "  "])
    hdr = r.random() < 0.5
    if hdr:
        d(sep.join(["성명", "생년월일", "은행", "계좌번호", "지급액"]), "\n")
    for k in range(r.randint(3, 5)):
        p = korean(r, used)
        v, bank = acct(r)
        d(p.v(), sep, dob(r, f=r.choice(["yymmdd", "dot_pad", "iso", "yy_dot", "masked_day", "masked_md"]) if r.random() < 0.25 else r.choice(["yymmdd", "dot_pad", "iso", "yy_dot"])), sep, bank, sep, v, sep, neg_amount(r), "\n")
    d("※ 소득세 원천징수 후 지급, 지출결의 ", neg_docno(r), "\n")
    return d


TEMPLATES = [
    (t_form_license, 22), (t_form_hi, 20), (t_form_passport, 18), (t_form_frn, 20), (t_certificate, 20),
    (t_roster, 28), (t_csv, 24), (t_log, 20), (t_email, 20), (t_call, 30), (t_ocr_id, 36), (t_ocr_form, 26),
    (t_news, 22), (t_press, 16), (t_minwon, 18), (t_minutes, 16), (t_incident, 18), (t_audit, 16),
    (t_judgment, 16), (t_gongmun, 18), (t_contract, 16), (t_personnel, 12), (t_card, 22), (t_sms, 16),
    (t_negative, 50), (t_parking, 10), (t_foreign_roster, 20), (t_payroll, 12),
]

import json
import os
import re
import sys
import ipaddress
import unicodedata

OUT = os.path.dirname(os.path.abspath(__file__))

HYPHENS = "‐－–"
SPOKEN_MAP = {"공": "0", "영": "0", "일": "1", "이": "2", "삼": "3", "사": "4", "오": "5", "육": "6", "칠": "7", "팔": "8", "구": "9"}


def denoise_eq(noisy, clean, noise):
    """Does the noisy surface correspond to the clean value?"""
    if "spoken" in noise:
        return True  # checked separately
    n = unicodedata.normalize("NFKC", noisy)
    for h in HYPHENS:
        n = n.replace(h, "-")
    n = re.sub(r"\s", "", n)
    c = re.sub(r"\s", "", clean)
    if len(n) != len(c):
        return False
    for a, b in zip(n, c):
        if a == b:
            continue
        if b.isdigit() and a in CONF.get(b, ""):
            continue
        return False
    return True


def digits(s):
    return re.sub(r"\D", "", s)


def valid_date(y, m, d):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


def check_value(sp):
    """Format / check-digit assertions by kind, computed on the clean value."""
    k, c, t, noise = sp["kind"], sp["clean"], sp["type"], sp["noise"]
    surf = sp["value"]
    if "spoken" in noise:
        if t == "DATE_OF_BIRTH":
            dd = datetime.date.fromisoformat(c)
            assert surf in (spoken_date(dd), spoken_date(dd, True)), (surf, c)
        else:
            s2 = surf
            if k == "dl_region_spoken":
                reg, s2 = surf.split(" ", 1)
                assert DL_REGION[reg] == int(c[:2]), (surf, c)
                c = c[3:]
            got = "".join(SPOKEN_MAP[ch] for ch in s2 if ch != " ")
            assert got == digits(c), (surf, c)
            c = sp["clean"]
    else:
        base = sp["base"]
        assert denoise_eq(surf, base, noise), (surf, base, noise)
        if t not in ("PERSON", "EMAIL_ADDRESS", "IP_ADDRESS", "KR_ADDRESS", "KR_VEHICLE_PLATE", "DATE_OF_BIRTH", "KR_PASSPORT"):
            db, dc = digits(base), digits(c)
            if k in ("dl_region", "dl_region_nospace"):
                dc = dc[2:]
            if k == "phone_" + k[6:] and k.endswith("_intl"):
                dc = "82" + dc[1:]
            assert db == dc, (base, c, k)
        elif t in ("DATE_OF_BIRTH",) and "masked" not in k:
            dd = datetime.date.fromisoformat(c)
            assert base == fmt_date(dd, k[4:]), (base, c, k)
    if t == "KR_RRN":
        m = re.fullmatch(r"(\d{2})(\d{2})(\d{2})-(\d)([\d*●X]{6})", c)
        assert m, c
        g = int(m.group(4))
        yy = (1900 if g in (1, 2) else 2000) + int(m.group(1))
        assert g in (1, 2, 3, 4) and valid_date(yy, int(m.group(2)), int(m.group(3))), c
        if k == "rrn_masked":
            assert re.fullmatch(r"[*●X]{6}", m.group(5)), c
        else:
            ok = rrn_check(digits(c)[:12]) == int(c[-1])
            if k.startswith("rrn_post2020"):
                assert not ok and datetime.date(yy, int(m.group(2)), int(m.group(3))) >= datetime.date(2020, 10, 1), c
            else:
                assert ok, c
    elif t == "KR_FRN":
        m = re.fullmatch(r"(\d{2})(\d{2})(\d{2})-([5-8])([\d*]{6})", c)
        assert m, c
        g = int(m.group(4))
        yy = (1900 if g in (5, 6) else 2000) + int(m.group(1))
        assert valid_date(yy, int(m.group(2)), int(m.group(3)))
        if k == "frn_valid":
            assert frn_check(digits(c)[:12]) == int(c[-1]), c
    elif t == "KR_PASSPORT":
        pats = {"passport_old": r"[MSGDR]\d{8}", "passport_new": r"[MSGDR]\d{3}[A-Z]\d{4}"}
        assert re.fullmatch(pats.get(k, r"[A-Z]{0,2}\d{7,9}[A-Z]?"), c), c
    elif t == "KR_DRIVER_LICENSE":
        if k == "dl_masked":
            m = re.fullmatch(r"(\d{2})-(\d{2})-([\d*]{6})-([\d*]{2})", c)
            assert m and "*" in c, c
        else:
            m = re.fullmatch(r"(\d{2})-(\d{2})-(\d{6})-(\d{2})", c)
            assert m, c
        assert int(m.group(1)) in DL_REGION.values(), c
        if k in ("dl_region", "dl_region_nospace"):
            reg = re.match(r"[가-힣]+", surf).group(0)
            assert DL_REGION[reg] == int(m.group(1)), (surf, c)
    elif t == "KR_HEALTH_INSURANCE":
        assert re.fullmatch(r"\d{11}", c) if k != "hi_masked" else (re.fullmatch(r"[\d*]{11}", c) and c.count("*") == 4), c
    elif t == "CREDIT_CARD":
        if k.startswith("card_masked"):
            assert re.fullmatch(r"[\d*\- ]+", c) and len(re.sub(r"[\- ]", "", c)) in (15, 16) and "*" in c, c
        else:
            assert re.fullmatch(r"\d{15,16}", c) and luhn_ok(c), c
    elif t == "KR_BANK_ACCOUNT":
        assert re.fullmatch(r"\d[\d*]*(-[\d*]+)+", c) and 10 <= len(digits(c)) + c.count("*") <= 14, c
    elif t == "PHONE_NUMBER":
        assert re.fullmatch(r"0\d{1,2}-\d{3,4}-\d{4}", c), c
        if k.startswith("phone_mobile"):
            assert c.startswith("010"), c
    elif t == "EMAIL_ADDRESS":
        assert re.fullmatch(r"[a-z0-9._]+@[a-z0-9.-]+\.[a-z]{2,}", c), c
    elif t == "IP_ADDRESS":
        ipaddress.ip_address(c)
    elif t == "DATE_OF_BIRTH":
        dd = datetime.date.fromisoformat(c)
        assert 1940 <= dd.year <= 2024
    elif t == "KR_BRN":
        assert re.fullmatch(r"\d{3}-\d{2}-\d{5}", c) and brn_check(digits(c)[:9]) == int(c[-1]), c
    elif t == "KR_CRN":
        assert re.fullmatch(r"\d{6}-\d{7}", c) and crn_check(digits(c)[:12]) == int(c[-1]), c
    elif t == "KR_VEHICLE_PLATE":
        assert re.fullmatch(r"(?:[가-힣]{2} )?\d{2,3}[가-힣] ?\d{4}", c), c
    elif t == "KR_ADDRESS":
        first = c.split()[0]
        assert any(first in (s[0], s[1]) or any(first == g.split()[0] for g in s[2]) for s in SIDO) or first == "세종특별자치시", c
        assert re.search(r"(\d|호|층|동|아파트|빌라|주택|빌|타운|채)$", c), c
    elif t == "PERSON":
        if k in ("ko_name", "ko_name_2surname"):
            assert any(c == s + g for s in set(SUR) for g, _ in GIVEN if c.startswith(s)), c
        elif k == "ko_name_latin":
            assert re.fullmatch(r"[A-Z]+ [A-Z]+", c), c
        else:
            assert any(c in (f[0], f[1]) for f in FOREIGN), c
    else:
        raise AssertionError(t)


SUSPECT = [
    ("mobile", re.compile(r"(?<!\d)01[016789][-. ]?\d{3,4}[-. ]?\d{4}(?!\d)")),
    ("email", re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")),
    ("rrn_shape", re.compile(r"(?<!\d)\d{6}\s?[-‐－–]\s?[\d*●X]{7}(?!\d)")),
    ("card16", re.compile(r"(?<!\d)\d{4}[- ]?\d{4}[- ]?\d{4}[- ]?\d{4}(?!\d)")),
    ("ipv4", re.compile(r"(?<![\d.])(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}(?![\d.])")),
    ("dl_shape", re.compile(r"(?<!\d)\d{2}-\d{2}-\d{6}-\d{2}(?!\d)")),
    ("long_digits", re.compile(r"(?<!\d)\d{11,}(?!\d)")),
    ("passport_shape", re.compile(r"(?<![A-Za-z0-9])[A-Z]\d{8}(?![A-Za-z0-9])|(?<![A-Za-z0-9])[A-Z]\d{3}[A-Z]\d{4}(?![A-Za-z0-9])")),
    ("plate_shape", re.compile(r"(?<!\d)\d{2,3}[" + PLATE_PRIV + PLATE_COM + PLATE_RENT + r"] ?\d{4}(?!\d)")),
    ("brn_shape", re.compile(r"(?<!\d)\d{3}-\d{2}-\d{5}(?!\d)")),
]


def validate_record(rec, meta):
    text = rec["text"]
    spans = rec["spans"]
    prev = 0
    for s, ms in zip(spans, meta["spans"]):
        assert 0 <= s["start"] < s["end"] <= len(text), s
        assert s["start"] >= prev, ("overlap/unsorted", rec["id"], s)
        prev = s["end"]
        v = text[s["start"]:s["end"]]
        assert v == ms["value"], (v, ms)
        assert v == v.strip() and not v[0].isspace() and not v[-1].isspace(), ("edge ws", v)
        check_value(ms)
    # every other occurrence of a labelled value is labelled
    cover = set((s["start"], s["end"]) for s in spans)
    for s in spans:
        v = text[s["start"]:s["end"]]
        for m in re.finditer(re.escape(v), text):
            if (m.start(), m.end()) in cover:
                continue
            # occurrence inside a larger labelled span of another value is fine only if contained
            if any(t["start"] <= m.start() and m.end() <= t["end"] for t in spans):
                continue
            raise AssertionError(("unlabelled occurrence", rec["id"], v, m.start()))
    # PII-looking strings outside spans must be tagged hard negatives
    covered = [0] * (len(text) + 1)
    for s in spans:
        for k in range(s["start"], s["end"]):
            covered[k] = 1
    negc = [0] * (len(text) + 1)
    for n in meta["hard_negatives"]:
        assert text[n["start"]:n["end"]] == n["text"], n
        for k in range(n["start"], n["end"]):
            negc[k] = 1
    for name, rx in SUSPECT:
        for m in rx.finditer(text):
            if all(covered[k] for k in range(m.start(), m.end())):
                continue
            if any(negc[k] for k in range(m.start(), m.end())):
                continue
            raise AssertionError(("unlabelled PII-looking", name, rec["id"], m.group(0), text[max(0, m.start() - 30):m.end() + 30]))
    if meta["planned_no_pii"]:
        assert not spans
    else:
        assert spans, rec["id"]


def build():
    recs, metas = [], []
    idx = 0
    for fn, count in TEMPLATES:
        name = fn.__name__[2:]
        for i in range(count):
            last_err = None
            for attempt in range(6):
                r = rng(name, i, "" if attempt == 0 else f"|retry{attempt}")
                d = fn(r, i)
                text = d.text()
                rec = {"id": None, "text": text,
                       "spans": [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in d.spans],
                       "genre": d.genre}
                meta = {"id": None, "template": name, "genre": d.genre, "base_genre": d.base_genre,
                        "planned_no_pii": name == "negative", "attempt": attempt,
                        "spans": [{k: s[k] for k in ("start", "end", "type", "kind", "noise", "clean", "value", "base")} for s in d.spans],
                        "hard_negatives": [{k: n[k] for k in ("start", "end", "category", "text")} for n in d.negs]}
                try:
                    validate_record(rec, meta)
                    break
                except AssertionError as e:
                    last_err = e
                    rec = None
            if rec is None:
                raise AssertionError(f"{name}[{i}] failed after retries: {last_err}")
            idx += 1
            rec["id"] = meta["id"] = f"pii_t-{idx:04d}"
            recs.append(rec)
            metas.append(meta)
    return recs, metas


def dump(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")


def main():
    recs, metas = build()
    dump(os.path.join(OUT, "pii_t.jsonl"), recs)
    dump(os.path.join(OUT, "pii_t.meta.jsonl"), metas)
    # re-read and re-validate
    R = [json.loads(l) for l in open(os.path.join(OUT, "pii_t.jsonl"), encoding="utf-8")]
    M = [json.loads(l) for l in open(os.path.join(OUT, "pii_t.meta.jsonl"), encoding="utf-8")]
    assert len(R) == len(M)
    for rec, meta in zip(R, M):
        assert rec["id"] == meta["id"] and set(rec) == {"id", "text", "spans", "genre"}
        validate_record(rec, meta)
    from collections import Counter
    tc = Counter(s["type"] for r_ in R for s in r_["spans"])
    print("records", len(R), "spans", sum(tc.values()), "no-PII", sum(1 for r_ in R if not r_["spans"]))
    for t, n in sorted(tc.items(), key=lambda x: -x[1]):
        print(f"  {t:22s} {n}")
    retries = sum(1 for m in M if m["attempt"])
    print("records needing a re-seed:", retries)


if __name__ == "__main__":
    main()

