#!/usr/bin/env python3
"""Generator for the pii_ab evaluation set (Korean PII in structured / semi-structured text).

Standard library only.  Every random choice comes from random.Random(<string seed>) with
seeds of the form "pii_ab-2026|<template>|<i>" (plus "|r<k>" on a retry), so the output is
byte-identical across runs and PYTHONHASHSEED values.

    python3 make_set.py            # writes pii_ab.jsonl, pii_ab.meta.jsonl, stats.json
All names, numbers and addresses are invented.
"""
import datetime
import json
import os
import random
import re
import unicodedata
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "pii_ab-2026"

# ----------------------------------------------------------------------------------------
# record builder
# ----------------------------------------------------------------------------------------


class Rec:
    def __init__(self, rng, ocr=False):
        self.rng = rng
        self.buf = []
        self.n = 0
        self.spans = []
        self.negs = []
        self.ocr = ocr
        self.noise_p = 0.45

    def t(self, s):
        if self.ocr:
            s = ocr_text(self.rng, s)
        self.buf.append(s)
        self.n += len(s)

    def raw(self, s):
        self.buf.append(s)
        self.n += len(s)

    def p(self, val, typ, sub, noise=None, force=None):
        """Append a PII value.  noise=False disables OCR noise; force=[kinds] applies kinds."""
        tags = []
        if force:
            val, tags = noisify(self.rng, val, typ, force)
        elif self.ocr and noise is not False and self.rng.random() < self.noise_p:
            val, tags = noisify(self.rng, val, typ, None)
        self.spans.append({"start": self.n, "end": self.n + len(val), "type": typ,
                           "sub": sub, "noise": tags})
        self.buf.append(val)
        self.n += len(val)

    def h(self, s, cat):
        self.negs.append({"start": self.n, "end": self.n + len(s), "text": s, "category": cat})
        self.buf.append(s)
        self.n += len(s)

    def text(self):
        return "".join(self.buf)


def ocr_text(rng, s):
    out = []
    for k, ch in enumerate(s):
        if ch == " " and rng.random() < 0.12:
            continue
        if ch == ":" and rng.random() < 0.25:
            out.append(rng.choice([" :", "：", ";", ": "]))
            continue
        if ch == "(" and rng.random() < 0.15:
            out.append("（")
            continue
        if ch == ")" and rng.random() < 0.15:
            out.append("）")
            continue
        out.append(ch)
        if ("\uac00" <= ch <= "\ud7a3" and k + 1 < len(s) and "\uac00" <= s[k + 1] <= "\ud7a3"
                and rng.random() < 0.07):
            out.append(" ")
    return "".join(out)


DIGIT_TYPES = {"KR_RRN", "KR_FRN", "PHONE_NUMBER", "KR_BANK_ACCOUNT", "CREDIT_CARD", "KR_BRN",
               "KR_CRN", "KR_DRIVER_LICENSE", "KR_HEALTH_INSURANCE"}
FW_TABLE = str.maketrans("0123456789-", "０１２３４５６７８９－")
HYPHENS = ["\u2010", "\uff0d", "\u2013"]
LOOK = {"0": ["O", "o"], "1": ["l", "I"], "8": ["B"]}


def noisify(rng, val, typ, kinds):
    if kinds is None:
        if typ in DIGIT_TYPES:
            opts = ["fullwidth_digits", "unicode_hyphen", "space_in_number", "newline_in_number",
                    "lookalike"]
        elif typ == "DATE_OF_BIRTH":
            opts = ["fullwidth_digits", "lookalike"]
        elif typ == "PERSON":
            opts = ["spaced_name"] if re.fullmatch("[\uac00-\ud7a3]{2,5}", val) else []
        elif typ == "KR_ADDRESS":
            opts = ["wrapped", "fullwidth_digits"]
        elif typ == "EMAIL_ADDRESS":
            opts = ["fullwidth_at", "spaced_at"] if "@" in val else []
        elif typ in ("KR_PASSPORT", "KR_VEHICLE_PLATE"):
            opts = ["fullwidth_digits"]
        else:
            opts = []
        opts = [o for o in opts if applicable(o, val)]
        if not opts:
            return val, []
        kinds = [rng.choice(opts)]
        if rng.random() < 0.2:
            more = [o for o in opts if o not in kinds and o != "newline_in_number"]
            if more:
                kinds.append(rng.choice(more))
    tags = []
    for kd in kinds:
        if not applicable(kd, val):
            continue
        new = apply_noise(rng, kd, val)
        if new != val:
            val = new
            tags.append(kd)
    return val, tags


def applicable(kd, val):
    if kd in ("unicode_hyphen",):
        return "-" in val
    if kd == "lookalike":
        return any(c in val for c in "018")
    if kd in ("space_in_number", "newline_in_number"):
        return len(re.sub(r"\D", "", val)) >= 6
    if kd == "wrapped":
        return val.count(" ") >= 2
    if kd == "fullwidth_digits":
        return any(c.isdigit() for c in val)
    return True


def apply_noise(rng, kd, val):
    if kd == "fullwidth_digits":
        return val.translate(FW_TABLE)
    if kd == "unicode_hyphen":
        hy = rng.choice(HYPHENS)
        return val.replace("-", hy)
    if kd == "lookalike":
        idx = [k for k, c in enumerate(val) if c in LOOK]
        k = rng.choice(idx)
        return val[:k] + rng.choice(LOOK[val[k]]) + val[k + 1:]
    if kd in ("space_in_number", "newline_in_number"):
        sep = " " if kd == "space_in_number" else "\n"
        if "-" in val and rng.random() < 0.7:
            k = rng.choice([k for k, c in enumerate(val) if c == "-"])
            if sep == " ":
                return val[:k] + rng.choice([" - ", "- ", " -"]) + val[k + 1:]
            return val[:k + 1] + "\n" + val[k + 1:]
        idx = [k for k in range(1, len(val)) if val[k - 1].isdigit() and val[k].isdigit()]
        if not idx:
            return val
        k = rng.choice(idx)
        return val[:k] + sep + val[k:]
    if kd == "spaced_name":
        return " ".join(val)
    if kd == "wrapped":
        idx = [k for k, c in enumerate(val) if c == " "]
        k = rng.choice(idx[1:] if len(idx) > 1 else idx)
        return val[:k] + "\n" + val[k + 1:]
    if kd == "fullwidth_at":
        return val.replace("@", "＠")
    if kd == "spaced_at":
        return val.replace("@", " @ ")
    raise ValueError(kd)


# ----------------------------------------------------------------------------------------
# value pools
# ----------------------------------------------------------------------------------------

SURNAMES = (["김"] * 20 + ["이"] * 14 + ["박"] * 8 + ["최", "정"] * 4 +
            ["강", "조", "윤", "장", "임"] * 2 +
            ["한", "오", "서", "신", "권", "황", "안", "송", "류", "전", "홍", "고", "문", "양",
             "손", "배", "백", "허", "남", "심", "노", "하", "곽", "성", "차", "주", "우", "구",
             "민", "진", "나", "엄", "채", "원", "천", "방", "공", "현", "함", "변", "염", "여",
             "추", "도", "석", "설", "마", "길", "연", "위", "표", "명", "반", "라", "왕", "금",
             "옥", "육", "인", "맹", "탁", "국", "어", "편", "용", "예", "봉", "경",
             "황보", "남궁", "제갈", "선우", "독고", "사공", "서문"])
GIVEN1 = list("민서지현준우예하윤도수연은진영호성태재훈혜경미정희석동원상아유채다소시주한승규찬형건빈람솔율린온인세보나혁철용기선의효")
GIVEN2 = list("민서준우연윤진영호성훈혜경미희석원아유채수빈율린온인현정은주규찬형건혁철용기환범택근섭열웅애옥숙란선순자")
BAD_NAMES = {"홍길동", "김철수", "이영희"}


def ko_name(rng):
    while True:
        s = rng.choice(SURNAMES)
        if len(s) == 1 and rng.random() < 0.1:
            g = rng.choice(GIVEN1 + GIVEN2)
        else:
            g = rng.choice(GIVEN1) + rng.choice(GIVEN2)
        if g[0] == g[-1] and len(g) == 2:
            continue
        n = s + g
        if n not in BAD_NAMES:
            return n


FOREIGN = OrderedDict([
    ("VNM", dict(nat="베트남", order="SMG",
                 sur=[("NGUYEN", "응우옌"), ("TRAN", "쩐"), ("PHAM", "팜"), ("HOANG", "호앙"),
                      ("VU", "부"), ("DANG", "당"), ("BUI", "부이")],
                 mid=[("VAN", "반"), ("THI", "티"), ("DUC", "득"), ("MINH", "민")],
                 given=[("AN", "안"), ("BINH", "빈"), ("HOA", "호아"), ("LAN", "란"),
                        ("TUAN", "뚜언"), ("THU", "투"), ("HUNG", "훙"), ("LINH", "린")])),
    ("CHN", dict(nat="중국", order="SG",
                 sur=[("WANG", "왕"), ("ZHANG", "장"), ("LIU", "류"), ("CHEN", "천"),
                      ("ZHAO", "자오"), ("SUN", "쑨"), ("HUANG", "황")],
                 given=[("FANG", "팡"), ("WEI", "웨이"), ("JIE", "제"), ("XIAOLING", "샤오링"),
                        ("HAORAN", "하오란"), ("MEILIN", "메이린"), ("JUN", "쥔")])),
    ("PHL", dict(nat="필리핀", order="GS",
                 sur=[("SANTOS", "산토스"), ("REYES", "레예스"), ("CRUZ", "크루스"),
                      ("BAUTISTA", "바우티스타"), ("GARCIA", "가르시아")],
                 given=[("MARIA", "마리아"), ("JOSE", "호세"), ("ANGELICA", "안젤리카"),
                        ("MARK", "마크"), ("JOY", "조이")])),
    ("UZB", dict(nat="우즈베키스탄", order="SG",
                 sur=[("ALIMOV", "알리모프"), ("KARIMOV", "카리모프"), ("YUSUPOVA", "유수포바"),
                      ("RAHIMOV", "라히모프"), ("TOSHEVA", "토셰바")],
                 given=[("BOBUR", "보부르"), ("JASUR", "자수르"), ("DILNOZA", "딜노자"),
                        ("SARDOR", "사르도르"), ("MALIKA", "말리카")])),
    ("USA", dict(nat="미국", order="GS",
                 sur=[("MILLER", "밀러"), ("CARTER", "카터"), ("JOHNSON", "존슨"),
                      ("BROOKS", "브룩스"), ("HAYES", "헤이스")],
                 given=[("JOHN", "존"), ("EMILY", "에밀리"), ("MICHAEL", "마이클"),
                        ("SARAH", "세라"), ("DANIEL", "대니얼")])),
    ("NPL", dict(nat="네팔", order="GS",
                 sur=[("THAPA", "타파"), ("GURUNG", "구룽"), ("SHRESTHA", "슈레스타"),
                      ("TAMANG", "타망")],
                 given=[("RAM", "람"), ("SITA", "시타"), ("BIKASH", "비카스"), ("ANISH", "아니스")])),
    ("THA", dict(nat="태국", order="GS",
                 sur=[("SRISUK", "스리숙"), ("WONGSA", "웡사"), ("CHAIYA", "차이야")],
                 given=[("SOMCHAI", "솜차이"), ("SUDA", "수다"), ("NIRAN", "니란"),
                        ("KANYA", "깐야")])),
    ("MNG", dict(nat="몽골", order="SG",
                 sur=[("GANBOLD", "간볼드"), ("BATTULGA", "바트톨가"), ("DORJ", "도르지")],
                 given=[("BATBAYAR", "바트바야르"), ("ENKHJARGAL", "엥흐자르갈"),
                        ("TEMUULEN", "테무울렌"), ("NOMIN", "노민")])),
    ("IDN", dict(nat="인도네시아", order="GS",
                 sur=[("SANTOSO", "산토소"), ("WIJAYA", "위자야"), ("HIDAYAT", "히다야트")],
                 given=[("BUDI", "부디"), ("SITI", "시티"), ("AGUS", "아구스"), ("DEWI", "데위")])),
    ("JPN", dict(nat="일본", order="SG",
                 sur=[("TANAKA", "다나카"), ("SATO", "사토"), ("SUZUKI", "스즈키"),
                      ("TAKAHASHI", "다카하시")],
                 given=[("YUKI", "유키"), ("HARUTO", "하루토"), ("AOI", "아오이"), ("REN", "렌")])),
    ("RUS", dict(nat="러시아", order="GS",
                 sur=[("PETROV", "페트로프"), ("SMIRNOVA", "스미르노바"), ("VOLKOV", "볼코프")],
                 given=[("IVAN", "이반"), ("OLGA", "올가"), ("DMITRY", "드미트리")])),
    ("KHM", dict(nat="캄보디아", order="SG",
                 sur=[("CHAN", "찬"), ("SOK", "속"), ("KIM", "킴")],
                 given=[("SOKHA", "소카"), ("DARA", "다라"), ("VIBOL", "비볼")])),
    ("DEU", dict(nat="독일", order="GS",
                 sur=[("SCHMIDT", "슈미트"), ("WEBER", "베버"), ("BECKER", "베커")],
                 given=[("LUKAS", "루카스"), ("ANNA", "안나"), ("FELIX", "펠릭스")])),
])
COUNTRIES = list(FOREIGN)


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def passport_foreign(rng, cc):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if cc == "VNM":
        return rng.choice("CB") + digits(rng, 7)
    if cc == "CHN":
        return rng.choice(["E" + digits(rng, 8), "E" + rng.choice("ABCDEFGH") + digits(rng, 7)])
    if cc == "PHL":
        return "P" + digits(rng, 7) + rng.choice("ABC")
    if cc == "UZB":
        return rng.choice(["FA", "AA", "AB"]) + digits(rng, 7)
    if cc == "USA":
        return rng.choice([str(rng.randint(1, 9)) + digits(rng, 8), "A" + digits(rng, 8)])
    if cc == "NPL":
        return "PA" + digits(rng, 7) if rng.random() < 0.5 else "0" + digits(rng, 7)
    if cc == "THA":
        return rng.choice(["AA", "AB", "AC"]) + digits(rng, 7)
    if cc == "MNG":
        return "E" + digits(rng, 7)
    if cc == "IDN":
        return rng.choice("ABCX") + digits(rng, 7)
    if cc == "JPN":
        return "T" + rng.choice("KRZS") + digits(rng, 7)
    if cc == "RUS":
        return str(rng.randint(70, 79)) + digits(rng, 7)
    if cc == "KHM":
        return "N" + digits(rng, 8)
    if cc == "DEU":
        al = "0123456789CFGHJKLMNPRTVWXYZ"
        return "C" + "".join(rng.choice(al) for _ in range(8))
    raise ValueError(cc)


def foreign_name(rng, cc):
    d = FOREIGN[cc]
    s = rng.randrange(len(d["sur"]))
    g = rng.randrange(len(d["given"]))
    sur, given = d["sur"][s], d["given"][g]
    if "mid" in d:
        m = d["mid"][rng.randrange(len(d["mid"]))]
        given = (m[0] + " " + given[0], m[1] + " " + given[1])
    return {"sur": sur[0], "given": given[0], "sur_ko": sur[1], "given_ko": given[1],
            "order": d["order"]}


def fname_latin(fn, style):
    if style == "passport":          # SURNAME GIVEN
        return fn["sur"] + " " + fn["given"]
    if style == "comma":
        return fn["sur"] + ", " + fn["given"]
    if style == "title":
        if fn["order"] in ("SMG", "SG"):
            return (fn["sur"] + " " + fn["given"]).title()
        return (fn["given"] + " " + fn["sur"]).title()
    raise ValueError(style)


def fname_hangul(fn, spaced=True):
    if fn["order"] in ("SMG", "SG"):
        s = fn["sur_ko"] + " " + fn["given_ko"]
    else:
        s = fn["given_ko"] + " " + fn["sur_ko"]
    return s if spaced else s.replace(" ", "")


# --- dates ---------------------------------------------------------------------------------

def rand_date(rng, y0, y1):
    a = datetime.date(y0, 1, 1).toordinal()
    b = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(a, b))


MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def fmt_date(d, f):
    y, m, dd = d.year, d.month, d.day
    return {
        "dot_space": f"{y}. {m}. {dd}.",
        "kor": f"{y}년 {m}월 {dd}일",
        "iso": f"{y}-{m:02d}-{dd:02d}",
        "dot": f"{y}.{m:02d}.{dd:02d}",
        "dot_trail": f"{y}.{m:02d}.{dd:02d}.",
        "yy_dot": f"{y % 100:02d}.{m:02d}.{dd:02d}",
        "yymmdd": f"{y % 100:02d}{m:02d}{dd:02d}",
        "slash": f"{y}/{m:02d}/{dd:02d}",
        "compact": f"{y}{m:02d}{dd:02d}",
        "passport": f"{dd:02d} {MON[m - 1]} {y}",
        "dmy_slash": f"{dd:02d}/{m:02d}/{y}",
    }[f]


DOB_FORMATS = ["dot_space", "kor", "iso", "dot", "dot_trail", "yy_dot", "yymmdd", "slash",
               "compact"]


def dob_str(rng, d, fmts=None):
    f = rng.choice(fmts or DOB_FORMATS)
    return fmt_date(d, f), "dob_" + f


def event_date(rng, f=None):
    d = rand_date(rng, 2021, 2025)
    return fmt_date(d, f or rng.choice(["dot_space", "iso", "dot", "kor"]))


def ts(rng):
    d = rand_date(rng, 2023, 2025)
    return f"{d.isoformat()} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


# --- national ids ---------------------------------------------------------------------------

W_RRN = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]


def rrn_check(d12):
    s = sum(int(a) * b for a, b in zip(d12, W_RRN))
    return (11 - s % 11) % 10


def frn_check(d12):
    s = sum(int(a) * b for a, b in zip(d12, W_RRN))
    return (13 - s % 11) % 10


def rrn_for(rng, d, kind):
    """kind: valid | post2020 | masked | nohyphen"""
    front = fmt_date(d, "yymmdd")
    male = rng.random() < 0.5
    if d.year < 2000:
        g = "1" if male else "2"
    else:
        g = "3" if male else "4"
    if kind == "masked":
        mk = rng.choice(["******", "●●●●●●", "XXXXXX", "xxxxxx", "******", "○○○○○○"])
        return f"{front}-{g}{mk}"
    if kind == "post2020":
        body = front + g + digits(rng, 5)
        c = (rrn_check(body) + rng.randint(1, 9)) % 10
        return f"{front}-{body[6:]}{c}"
    body = front + g + f"{rng.randint(0, 95):02d}" + digits(rng, 3)
    c = rrn_check(body)
    s = f"{front}-{body[6:]}{c}"
    return s.replace("-", "") if kind == "nohyphen" else s


def rrn_person(rng, weights=(6, 3, 3, 1)):
    kind = rng.choices(["valid", "post2020", "masked", "nohyphen"], weights=weights)[0]
    if kind == "post2020":
        d = rand_date(rng, 2020, 2025)
        if d < datetime.date(2020, 10, 1):
            d = datetime.date(2020, rng.randint(10, 12), rng.randint(1, 28))
    else:
        d = rand_date(rng, 1940, 2012)
    return rrn_for(rng, d, kind), "rrn_" + kind, d


def child_dob(rng):
    """A birth date on or after 2020-10-01 (RRNs issued from then on carry no check digit)."""
    return datetime.date.fromordinal(rng.randint(datetime.date(2020, 10, 1).toordinal(),
                                                 datetime.date(2025, 6, 30).toordinal()))


def rrn_from_dob(rng, d, kind=None):
    if kind is None:
        kind = rng.choices(["valid", "masked", "nohyphen"], weights=(7, 3, 1))[0]
        if d >= datetime.date(2020, 10, 1):
            kind = "post2020"
    return rrn_for(rng, d, kind), "rrn_" + kind


def frn_for(rng, d, masked=False):
    front = fmt_date(d, "yymmdd")
    male = rng.random() < 0.5
    g = ("5" if male else "6") if d.year < 2000 else ("7" if male else "8")
    if masked:
        return f"{front}-{g}******", "frn_masked"
    office = f"{rng.randint(10, 48) * 2:02d}"
    body = front + g + office + digits(rng, 2) + rng.choice("789")
    return f"{front}-{body[6:]}{frn_check(body)}", "frn_valid"


def brn(rng):
    while True:
        head = f"{rng.randint(101, 899)}"
        mid = rng.choice(["81", "86", "87", "88", "01", "05", "10", "13", "20", "22", "23", "37"])
        d = head + mid + digits(rng, 4)
        w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
        s = sum(int(a) * b for a, b in zip(d, w)) + (int(d[8]) * 5) // 10
        c = (10 - s % 10) % 10
        v = d + str(c)
        return f"{v[:3]}-{v[3:5]}-{v[5:]}"


def crn(rng):
    office = rng.choice(["1101", "1144", "1301", "1311", "1346", "1201", "1601", "1701",
                         "2001", "1615", "1358", "1245"])
    kind = rng.choice(["11", "11", "11", "31", "21"])
    d = office + kind + digits(rng, 6)
    s = sum(int(a) * (1 if k % 2 == 0 else 2) for k, a in enumerate(d))
    c = (10 - s % 10) % 10
    return f"{d[:6]}-{d[6:]}{c}"


def luhn_ok(num):
    ds = [int(c) for c in num][::-1]
    s = 0
    for k, v in enumerate(ds):
        if k % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0


def card(rng):
    brand = rng.choice(["visa", "master", "master2", "bc", "jcb", "amex", "local"])
    if brand == "visa":
        pre, n = "4" + digits(rng, 5), 16
    elif brand == "master":
        pre, n = str(rng.randint(51, 55)) + digits(rng, 4), 16
    elif brand == "master2":
        pre, n = str(rng.randint(2221, 2720)) + digits(rng, 2), 16
    elif brand == "bc":
        pre, n = "94" + rng.choice(["10", "20", "41", "90"]) + digits(rng, 2), 16
    elif brand == "jcb":
        pre, n = str(rng.randint(3528, 3589)) + digits(rng, 2), 16
    elif brand == "amex":
        pre, n = rng.choice(["34", "37"]) + digits(rng, 4), 15
    else:
        pre, n = rng.choice(["9490", "6253", "9430"]) + digits(rng, 2), 16
    body = pre + digits(rng, n - len(pre) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            num = body + c
            break
    sep = rng.choice(["-", "-", " ", ""])
    if n == 15:
        v = sep.join([num[:4], num[4:10], num[10:]])
    else:
        v = sep.join([num[i:i + 4] for i in range(0, 16, 4)])
    return v, "card_" + brand + ("_nosep" if sep == "" else "")


BANKS = [  # name, groups, sub
    ("국민은행", [6, 2, 6], "kb"), ("신한은행", [3, 3, 6], "shinhan"), ("우리은행", [4, 3, 6], "woori"),
    ("하나은행", [3, 6, 5], "hana"), ("NH농협은행", [3, 4, 4, 2], "nh"), ("IBK기업은행", [3, 6, 2, 3], "ibk"),
    ("카카오뱅크", [4, 2, 7], "kakao"), ("토스뱅크", [4, 4, 4], "toss"), ("케이뱅크", [3, 3, 6], "kbank"),
    ("우체국", [6, 2, 6], "post"), ("새마을금고", [4, 4, 4, 1], "mg"), ("SC제일은행", [3, 2, 6], "sc"),
    ("부산은행", [3, 4, 4, 2], "busan"), ("대구은행", [3, 2, 6, 1], "dgb"), ("수협은행", [4, 4, 4], "suhyup"),
]


def account(rng):
    name, groups, sub = rng.choice(BANKS)
    parts = []
    for g in groups:
        parts.append(digits(rng, g))
    if sub == "kakao":
        parts[0] = "3333"
    if sub == "toss":
        parts[0] = "1000"
    if sub == "shinhan":
        parts[0] = rng.choice(["110", "140", "100"])
    if sub == "woori":
        parts[0] = "1002"
    sep = rng.choice(["-", "-", "-", ""])
    return name, sep.join(parts), "acct_" + sub + ("_nosep" if not sep else "")


# --- phones ---------------------------------------------------------------------------------

AREA = ["02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055",
        "061", "062", "063", "064"]


def mobile(rng, style=None):
    mid, last = f"{rng.randint(2000, 9999)}", f"{rng.randint(0, 9999):04d}"
    style = style or rng.choices(
        ["hyphen", "plain", "space", "dot", "intl", "intl_hyphen", "intl_paren", "masked", "old"],
        weights=[12, 3, 2, 1, 2, 2, 1, 2, 1])[0]
    if style == "hyphen":
        v = f"010-{mid}-{last}"
    elif style == "plain":
        v = f"010{mid}{last}"
    elif style == "space":
        v = f"010 {mid} {last}"
    elif style == "dot":
        v = f"010.{mid}.{last}"
    elif style == "intl":
        v = f"+82 10-{mid}-{last}"
    elif style == "intl_hyphen":
        v = f"+82-10-{mid}-{last}"
    elif style == "intl_paren":
        v = f"+82 (0)10 {mid} {last}"
    elif style == "masked":
        v = rng.choice([f"010-****-{last}", f"010-{mid[:2]}**-{last}", f"010-{mid}-**{last[2:]}"])
    else:
        v = f"{rng.choice(['011', '016', '017', '019'])}-{rng.randint(200, 999)}-{last}"
    return v, "mobile_" + style


def landline(rng, style=None):
    style = style or rng.choices(["area", "070", "050x", "intl"], weights=[8, 2, 1, 1])[0]
    if style == "area":
        a = rng.choice(AREA)
        mid = f"{rng.randint(200, 9999)}" if a == "02" else f"{rng.randint(200, 999)}" + (
            digits(rng, 1) if rng.random() < 0.5 else "")
        if mid.startswith("0"):
            mid = "2" + mid[1:]
        return f"{a}-{mid}-{rng.randint(0, 9999):04d}", "tel_area"
    if style == "070":
        return f"070-{rng.randint(2000, 8999)}-{rng.randint(0, 9999):04d}", "tel_070"
    if style == "050x":
        return f"050{rng.choice('2345678')}-{rng.randint(100, 999)}{digits(rng, 1) if rng.random() < .5 else ''}-{rng.randint(0, 9999):04d}", "tel_050x"
    a = rng.choice(AREA)
    return f"+82-{a[1:]}-{rng.randint(200, 999)}-{rng.randint(0, 9999):04d}", "tel_intl"


def phone_any(rng):
    return mobile(rng) if rng.random() < 0.65 else landline(rng)


# --- e-mail ---------------------------------------------------------------------------------

ROMA = {"김": "kim", "이": "lee", "박": "park", "최": "choi", "정": "jung", "강": "kang", "조": "cho",
        "윤": "yoon", "장": "jang", "임": "lim", "한": "han", "오": "oh", "서": "seo", "신": "shin",
        "권": "kwon", "황": "hwang", "안": "ahn", "송": "song", "류": "ryu", "홍": "hong"}
KR_GIVEN_ROMA = [("민수", "MINSU"), ("지훈", "JIHOON"), ("서연", "SEOYEON"), ("현우", "HYUNWOO"), ("예진", "YEJIN"),
                 ("도현", "DOHYUN"), ("수빈", "SUBIN"), ("하은", "HAEUN"), ("준호", "JUNHO"), ("지아", "JIA"),
                 ("태윤", "TAEYUN"), ("은채", "EUNCHAE")]
LOCAL_WORDS = ["sky", "blue", "moon", "star", "river", "hana", "duri", "sol", "haru", "namu", "bom",
               "gaeul", "sora", "dal", "bit", "jin", "min", "seo", "woo", "yun", "hyun", "ara"]
FREE_DOMAINS = ["naver.com", "daum.net", "hanmail.net", "gmail.com", "kakao.com", "nate.com",
                "outlook.com", "yahoo.co.kr", "icloud.com"]
CORP_DOMAINS = ["hanbit-eng.co.kr", "saesol.kr", "nurisoft.co.kr", "garam-design.com",
                "purun-logis.co.kr", "dalbit.io", "mirinae.net", "dasom-tech.com"]


def email(rng, name=None, domain=None, obf=None):
    sur = ROMA.get(name[0], "k") if name else rng.choice(list(ROMA.values()))
    local = rng.choice([
        sur + "." + rng.choice(LOCAL_WORDS), sur + rng.choice(LOCAL_WORDS) + str(rng.randint(1, 99)),
        rng.choice(LOCAL_WORDS) + "_" + sur, rng.choice(LOCAL_WORDS) + rng.choice(LOCAL_WORDS) + f"{rng.randint(70, 2005)}",
        sur[0] + rng.choice(LOCAL_WORDS) + "." + rng.choice(LOCAL_WORDS)])
    dom = domain or (rng.choice(CORP_DOMAINS) if rng.random() < 0.25 else rng.choice(FREE_DOMAINS))
    obf = obf if obf is not None else rng.choices(
        ["plain", "at_word", "at_bracket", "golbaengi", "at_dot_word", "at_paren"],
        weights=[14, 1, 1, 1, 1, 1])[0]
    if obf == "plain":
        v = f"{local}@{dom}"
    elif obf == "at_word":
        v = f"{local} at {dom}"
    elif obf == "at_bracket":
        v = f"{local}[at]{dom}"
    elif obf == "golbaengi":
        v = f"{local}(골뱅이){dom}"
    elif obf == "at_paren":
        v = f"{local} (at) {dom}"
    else:
        v = f"{local} at {dom.replace('.', ' dot ')}"
    return v, "email_" + obf


# --- addresses ------------------------------------------------------------------------------

REGIONS = [
    ("서울특별시", ["서울시", "서울"], [("마포구", ["성산동", "망원동", "합정동"]), ("강남구", ["역삼동", "대치동", "개포동"]),
                                   ("노원구", ["상계동", "중계동"]), ("관악구", ["봉천동", "신림동"]),
                                   ("송파구", ["잠실동", "가락동"]), ("은평구", ["불광동", "응암동"])]),
    ("부산광역시", ["부산시", "부산"], [("해운대구", ["우동", "중동", "좌동"]), ("부산진구", ["부전동", "전포동"]),
                                   ("사하구", ["괴정동", "하단동"])]),
    ("대구광역시", ["대구시", "대구"], [("수성구", ["범어동", "만촌동"]), ("달서구", ["월성동", "상인동"])]),
    ("인천광역시", ["인천시", "인천"], [("연수구", ["송도동", "연수동"]), ("부평구", ["부평동", "산곡동"])]),
    ("광주광역시", ["광주시", "광주"], [("북구", ["용봉동", "운암동"]), ("서구", ["치평동", "화정동"])]),
    ("대전광역시", ["대전시", "대전"], [("유성구", ["봉명동", "궁동"]), ("서구", ["둔산동", "탄방동"])]),
    ("울산광역시", ["울산시", "울산"], [("남구", ["삼산동", "무거동"])]),
    ("세종특별자치시", ["세종시", "세종"], [("", ["보람동", "아름동", "조치원읍 신흥리"])]),
    ("경기도", ["경기"], [("수원시 팔달구", ["인계동", "매탄동"]), ("성남시 분당구", ["정자동", "서현동"]),
                       ("고양시 일산동구", ["장항동", "백석동"]), ("화성시", ["봉담읍 동화리", "향남읍 행정리"]),
                       ("용인시 수지구", ["풍덕천동", "죽전동"]), ("파주시", ["금촌동", "문산읍 선유리"])]),
    ("강원특별자치도", ["강원"], [("춘천시", ["효자동", "석사동"]), ("원주시", ["단계동", "무실동"])]),
    ("충청북도", ["충북"], [("청주시 흥덕구", ["복대동", "가경동"]), ("충주시", ["연수동", "호암동"])]),
    ("충청남도", ["충남"], [("천안시 동남구", ["신부동", "청당동"]), ("아산시", ["배방읍 장재리", "온천동"])]),
    ("전북특별자치도", ["전북"], [("전주시 완산구", ["효자동", "서신동"]), ("익산시", ["영등동", "모현동"])]),
    ("전라남도", ["전남"], [("순천시", ["조례동", "연향동"]), ("여수시", ["학동", "여서동"])]),
    ("경상북도", ["경북"], [("포항시 남구", ["대잠동", "효자동"]), ("경주시", ["황성동", "동천동"])]),
    ("경상남도", ["경남"], [("창원시 성산구", ["상남동", "중앙동"]), ("김해시", ["내동", "삼계동"])]),
    ("제주특별자치도", ["제주"], [("제주시", ["노형동", "연동"]), ("서귀포시", ["서홍동", "동홍동"])]),
]
ROAD_STEMS = [("한빛", "Hanbit"), ("새솔", "Saesol"), ("푸른마을", "Pureunmaeul"), ("은행나무", "Eunhaengnamu"),
              ("달빛", "Dalbit"), ("솔숲", "Solsup"), ("가람", "Garam"), ("누리", "Nuri"), ("버들", "Beodeul"),
              ("햇살", "Haetsal"), ("미리내", "Mirinae"), ("다솜", "Dasom"), ("청림", "Cheongnim"),
              ("별내", "Byeollae"), ("느티", "Neuti"), ("오목", "Omok"), ("매봉", "Maebong")]
BLDG = ["한빛아파트", "새솔마을2단지", "그린빌라", "푸른오피스텔", "누리타운", "다솜하이츠", "별내주공", "햇살맨션"]
EN_GU = [("Mapo-gu", "Seoul"), ("Gangnam-gu", "Seoul"), ("Nowon-gu", "Seoul"), ("Haeundae-gu", "Busan"),
         ("Suseong-gu", "Daegu"), ("Yeonsu-gu", "Incheon"), ("Paldal-gu, Suwon-si", "Gyeonggi-do"),
         ("Bundang-gu, Seongnam-si", "Gyeonggi-do"), ("Yuseong-gu", "Daejeon"), ("Jeju-si", "Jeju-do")]


def postal(rng):
    return f"{rng.randint(1, 63):02d}{rng.randint(0, 999):03d}"


def unit_str(rng):
    r = rng.random()
    if r < 0.4:
        return f"{rng.randint(101, 125)}동 {rng.randint(1, 25)}{rng.randint(1, 4):02d}호", "apt"
    if r < 0.6:
        fl = rng.randint(2, 9)
        return f"{fl}층 {fl}{rng.randint(1, 9):02d}호", "floor_room"
    if r < 0.75:
        return f"{rng.randint(2, 15)}층", "floor"
    if r < 0.85:
        return f"{rng.randint(101, 505)}호", "room"
    return "", "none"


def kr_address(rng, shape=None):
    """Returns dict(value, sub, postal, ref)."""
    sido, shorts, gus = rng.choice(REGIONS)
    gu, dongs = rng.choice(gus)
    dong = rng.choice(dongs)
    start = rng.choices(["full", "short", "gu"], weights=[5, 3, 2])[0]
    if not gu:
        start = "full" if start == "gu" else start
    head = {"full": sido, "short": rng.choice(shorts), "gu": ""}[start]
    shape = shape or rng.choices(["road", "jibun"], weights=[7, 3])[0]
    pre = " ".join(x for x in [head, gu] if x)
    u, ukind = unit_str(rng)
    bname = rng.choice(BLDG)
    if shape == "road":
        stem = rng.choice(ROAD_STEMS)[0]
        road = stem + rng.choice(["로", "로", "대로", "길"])
        if rng.random() < 0.4:
            road += rng.choice([f"{rng.randint(1, 80)}번길", f" {rng.randint(1, 40)}길", f"{rng.randint(1, 40)}길"])
        no = f"{rng.randint(1, 320)}" + (f"-{rng.randint(1, 30)}" if rng.random() < 0.25 else "")
        val = f"{pre} {road} {no}"
        if u:
            val += rng.choice([", ", " "]) + u
        dd = dong.split()[-1] if " " in dong else dong
        ref = rng.choice([f"({dd})", f"({dd}, {bname})", ""]) if ukind in ("apt", "floor_room", "room") else rng.choice([f"({dd})", ""])
    else:
        lot = (rng.choice(["", "", "", "산 "]) + f"{rng.randint(1, 999)}" +
               (f"-{rng.randint(1, 40)}" if rng.random() < 0.6 else ""))
        val = f"{pre} {dong} {lot}" + rng.choice(["", "", "번지"])
        if u and ukind in ("apt", "floor_room", "room"):
            val += " " + (bname + " " if rng.random() < 0.6 else "") + u
        ref = ""
    return {"value": val, "sub": f"addr_{shape}_{start}" + ("_unit" if u else ""), "postal": postal(rng), "ref": ref}


def en_address(rng):
    gu, city = rng.choice(EN_GU)
    stem = rng.choice(ROAD_STEMS)[1]
    road = f"{stem}-ro" + (f" {rng.randint(1, 60)}beon-gil" if rng.random() < 0.4 else "")
    no = rng.randint(1, 300)
    unit = rng.choice([f"Apt {rng.randint(101, 125)}-{rng.randint(1, 25)}{rng.randint(1, 4):02d}, ",
                       f"{rng.randint(1, 25)}{rng.randint(1, 4):02d}-ho, {rng.randint(101, 125)}-dong, ", ""])
    return {"value": f"{unit}{no}, {road}, {gu}, {city}", "sub": "addr_english", "postal": postal(rng),
            "ref": ""}


def write_addr(rec, rng, a, postal_pos=None, ref=True):
    """postal_pos: 'before' | 'after' | None"""
    if postal_pos == "before":
        rec.h(rng.choice([f"({a['postal']})", f"[{a['postal']}]", f"우 {a['postal']}"]), "postal_code")
        rec.t(" ")
    rec.p(a["value"], "KR_ADDRESS", a["sub"])
    if ref and a["ref"]:
        rec.t(" " + a["ref"])
    if postal_pos == "after":
        rec.t(" ")
        rec.h(rng.choice([f"({a['postal']})", f"우편번호 {a['postal']}", a["postal"]]), "postal_code")


# --- other ids ------------------------------------------------------------------------------

DL_REGIONS = [("11", "서울"), ("12", "부산"), ("13", "경기"), ("14", "강원"), ("15", "충북"), ("16", "충남"),
              ("17", "전북"), ("18", "전남"), ("19", "경북"), ("20", "경남"), ("21", "제주"), ("22", "대구"),
              ("23", "인천"), ("24", "광주"), ("25", "대전"), ("26", "울산"), ("28", "경기")]


def driver_license(rng):
    code, reg = rng.choice(DL_REGIONS)
    yy = f"{rng.randint(85, 124) % 100:02d}"
    ser = digits(rng, 6)
    tail = f"{rng.randint(0, 9)}{rng.choice('0001112')}"
    style = rng.choices(["code", "region", "region_nospace", "plain"], weights=[6, 3, 1, 2])[0]
    if style == "code":
        return f"{code}-{yy}-{ser}-{tail}", "dl_code"
    if style == "region":
        return f"{reg} {yy}-{ser}-{tail}", "dl_region"
    if style == "region_nospace":
        return f"{reg}{yy}-{ser}-{tail}", "dl_region_nospace"
    return f"{code}{yy}{ser}{tail}", "dl_plain"


PLATE_PRIVATE = list("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주")
PLATE_REGIONS = ["서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "경기", "강원", "충북", "충남",
                 "전북", "전남", "경북", "경남", "제주"]


def plate(rng, style=None):
    style = style or rng.choices(["new3", "new2", "old_region", "commercial", "rental", "delivery",
                                  "nospace"], weights=[5, 4, 3, 2, 1, 1, 2])[0]
    n4 = f"{rng.randint(1000, 9999)}"
    if style == "new3":
        return f"{rng.randint(100, 699)}{rng.choice(PLATE_PRIVATE)} {n4}", "plate_new3"
    if style == "new2":
        return f"{rng.randint(10, 69)}{rng.choice(PLATE_PRIVATE)} {n4}", "plate_new2"
    if style == "old_region":
        return f"{rng.choice(PLATE_REGIONS)} {rng.randint(10, 69)}{rng.choice(PLATE_PRIVATE)} {n4}", "plate_region"
    if style == "commercial":
        return f"{rng.choice(PLATE_REGIONS)} {rng.randint(70, 79)}{rng.choice('바사아자')} {n4}", "plate_commercial"
    if style == "rental":
        return f"{rng.randint(10, 69)}{rng.choice('하허호')} {n4}", "plate_rental"
    if style == "delivery":
        return f"{rng.choice(PLATE_REGIONS)} {rng.randint(80, 99)}배 {n4}", "plate_delivery"
    return f"{rng.randint(10, 399)}{rng.choice(PLATE_PRIVATE)}{n4}", "plate_nospace"


def kr_passport(rng):
    pre = rng.choices(["M", "S", "R", "G", "D"], weights=[10, 2, 1, 2, 1])[0]
    if rng.random() < 0.45:
        return pre + digits(rng, 8), "passport_kr_old"
    return pre + digits(rng, 3) + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(rng, 4), "passport_kr_new"


def health_ins(rng):
    return str(rng.randint(1, 9)) + digits(rng, 10), "hi_11digit"


def ipv4(rng):
    r = rng.random()
    if r < 0.25:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}", "ip_private"
    if r < 0.4:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}", "ip_private"
    if r < 0.93:
        a = rng.choice([1, 14, 27, 39, 58, 59, 61, 106, 110, 112, 118, 121, 125, 175, 180, 183, 203, 210, 211, 218, 220, 222])
        return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}", "ip_public"
    h = [f"{rng.randint(0, 65535):x}" for _ in range(4)]
    return f"2001:db8:{h[0]}:{h[1]}::{h[2]}", "ip_v6"


# --- hard negatives -------------------------------------------------------------------------

DEPTS = ["민원정책과", "운영지원과", "자치행정과", "교통행정과", "세무1과", "복지정책과", "체류관리과", "차량등록사업소",
         "정보화담당관", "감사담당관", "총무과", "주민등록팀"]
INST = [  # name, address, main line, head
    ("행정안전부", "세종특별자치시 도움6로 42 정부세종청사 8동", "044-205-2114", "행정안전부장관"),
    ("마포구청", "서울특별시 마포구 월드컵로 212", "02-3153-8114", "마포구청장"),
    ("수원시청", "경기도 수원시 팔달구 효원로 241", "031-228-2114", "수원시장"),
    ("해운대구청", "부산광역시 해운대구 중동2로 11", "051-749-4000", "해운대구청장"),
    ("서울출입국·외국인청", "서울특별시 양천구 목동동로 151", "02-2650-6212", "서울출입국·외국인청장"),
    ("한국교통안전공단", "경상북도 김천시 혁신6로 17", "054-459-7114", "한국교통안전공단 이사장"),
    ("국민건강보험공단", "강원특별자치도 원주시 건강로 32", "033-736-1114", "국민건강보험공단 이사장"),
    ("대전광역시청", "대전광역시 서구 둔산로 100", "042-270-2114", "대전광역시장"),
]
CALL_CENTERS = ["1588-", "1577-", "1600-", "1544-", "1644-", "1566-", "1661-", "1899-"]
SHORT_CODES = ["110", "120", "126", "1345", "1350", "1355", "182"]
COMPANIES = ["(주)한빛엔지니어링", "주식회사 새솔테크", "(주)누리소프트", "가람디자인 주식회사", "(유)푸른물류",
             "달빛상사", "(주)미리내건설", "다솜푸드(주)", "청림회계법인", "(주)별내모빌리티"]
STATUTES = ["「개인정보 보호법」 제29조", "「개인정보 보호법」 제23조 제1항", "「도로교통법」 제160조 제3항",
            "「출입국관리법」 제31조 제1항", "「자동차관리법」 제8조", "「주민등록법」 제29조 제2항",
            "같은 법 시행령 제30조 제1항", "「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호",
            "「국민건강보험법」 제12조", "「주택임대차보호법」 제3조의2"]


def inst(rng):
    return rng.choice(INST)


def callcenter(rng):
    return rng.choice(CALL_CENTERS) + f"{rng.randint(0, 9999):04d}"


def doc_no(rng):
    return rng.choice([f"{rng.choice(DEPTS)}-{rng.randint(100, 9999)}", f"서면-{rng.randint(2019, 2025)}-법인-{rng.randint(1000, 9999)}",
                       f"부가{rng.randint(46000, 46099)}-{rng.randint(10, 999)}", f"{rng.choice(DEPTS)}-{rng.randint(1000, 19999)}"])


def receipt_no(rng):
    return rng.choice([f"1AA-{rng.randint(2101, 2512)}-{digits(rng, 7)}", f"{rng.randint(2021, 2025)}-{digits(rng, 7)}",
                       f"{rng.randint(2021, 2025)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-{digits(rng, 6)}",
                       f"민원-{rng.randint(2023, 2025)}-{digits(rng, 5)}"])


def case_no(rng):
    y = rng.randint(2018, 2025)
    return rng.choice([f"{y}가단{rng.randint(1000, 99999)}", f"{y}구합{rng.randint(100, 9999)}", f"{y}고약{rng.randint(1000, 99999)}",
                       f"조심 {y}서{rng.randint(100, 9999)}", f"{y}두{rng.randint(1000, 99999)}", f"{y}타경{rng.randint(1000, 99999)}"])


def product_code(rng):
    return rng.choice([f"{rng.randint(100, 999)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}-00",
                       f"P{rng.randint(100, 999)}-{digits(rng, 6)}-{digits(rng, 2)}",
                       f"{rng.randint(10, 99)}-{rng.randint(100, 999)}-{digits(rng, 5)}-K",
                       f"SKU-{digits(rng, 4)}-{digits(rng, 4)}"])


def amount(rng):
    return rng.choice([f"{rng.randint(1, 9999) * 1000:,}원", f"₩{rng.randint(1, 90000) * 1000:,}",
                       f"금 {rng.randint(1, 900) * 10000:,}원정", f"{rng.randint(10, 99999) * 100:,}"])


def vin(rng):
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return "KM" + rng.choice("HJ") + "".join(rng.choice(al) for _ in range(14))


# ----------------------------------------------------------------------------------------
# persons
# ----------------------------------------------------------------------------------------


class Person:
    def __init__(self, rng, foreign=None):
        self.rng = rng
        self.cc = foreign
        if foreign:
            self.fn = foreign_name(rng, foreign)
            self.dob = rand_date(rng, 1962, 2004)
            self.name = fname_latin(self.fn, "passport")
        else:
            self.fn = None
            self.dob = rand_date(rng, 1945, 2006)
            self.name = ko_name(rng)


def name_piece(rec, rng, per, style=None):
    """Write the person's name; for foreigners choose a script."""
    if not per.cc:
        rec.p(per.name, "PERSON", "name_ko" if len(per.name) <= 3 else "name_ko_long")
        return per.name
    style = style or rng.choice(["passport", "title", "hangul", "hangul_nospace", "comma"])
    if style in ("hangul", "hangul_nospace"):
        v = fname_hangul(per.fn, style == "hangul")
        rec.p(v, "PERSON", "name_foreign_hangul")
    else:
        v = fname_latin(per.fn, style)
        rec.p(v, "PERSON", "name_foreign_latin")
    return v


# ----------------------------------------------------------------------------------------
# generic table writer (csv / tsv / pipe / tab)
# ----------------------------------------------------------------------------------------

def cell_pieces(rng, per, key, ctx):
    """Return list of pieces: ("t", s) | ("p", v, type, sub) | ("h", s, cat)."""
    if key == "seq":
        return [("t", str(ctx["row"] + 1))]
    if key == "name":
        if per.cc:
            st = rng.choice(["passport", "title", "hangul"])
            v = fname_hangul(per.fn) if st == "hangul" else fname_latin(per.fn, st)
            return [("p", v, "PERSON", "name_foreign_hangul" if st == "hangul" else "name_foreign_latin")]
        return [("p", per.name, "PERSON", "name_ko")]
    if key == "name_en":
        return [("p", fname_latin(per.fn, "passport"), "PERSON", "name_foreign_latin")]
    if key == "name_ko_tr":
        return [("p", fname_hangul(per.fn, rng.random() < 0.6), "PERSON", "name_foreign_hangul")]
    if key == "dob":
        v, s = dob_str(rng, per.dob, ctx.get("dobfmt"))
        return [("p", v, "DATE_OF_BIRTH", s)]
    if key == "rrn":
        if rng.random() < 0.15:
            per.dob = child_dob(rng)
        v, s = rrn_from_dob(rng, per.dob)
        return [("p", v, "KR_RRN", s)]
    if key == "rrn_any":
        v, s, d = rrn_person(rng)
        return [("p", v, "KR_RRN", s)]
    if key == "frn":
        v, s = frn_for(rng, per.dob, masked=rng.random() < 0.15)
        return [("p", v, "KR_FRN", s)]
    if key == "passport":
        if per.cc:
            return [("p", passport_foreign(rng, per.cc), "KR_PASSPORT", "passport_" + per.cc.lower())]
        v, s = kr_passport(rng)
        return [("p", v, "KR_PASSPORT", s)]
    if key == "nat":
        return [("t", FOREIGN[per.cc]["nat"] if rng.random() < 0.6 else per.cc)]
    if key == "visa":
        return [("h", rng.choice(["E-9", "E-7", "F-4", "F-6", "D-2", "D-10", "H-2", "F-2", "E-9-1", "C-3"]), "visa_status")]
    if key == "mobile":
        v, s = mobile(rng)
        return [("p", v, "PHONE_NUMBER", s)]
    if key == "tel":
        v, s = landline(rng)
        return [("p", v, "PHONE_NUMBER", s)]
    if key == "email":
        v, s = email(rng, None if per.cc else per.name)
        return [("p", v, "EMAIL_ADDRESS", s)]
    if key == "addr":
        a = kr_address(rng)
        out = [("p", a["value"], "KR_ADDRESS", a["sub"])]
        if a["ref"] and rng.random() < 0.5:
            out.append(("t", " " + a["ref"]))
        return out
    if key == "zip":
        return [("h", postal(rng), "postal_code")]
    if key == "bank":
        b, v, s = account(rng)
        ctx["acct"] = (v, s)
        return [("t", b)]
    if key == "account":
        if "acct" in ctx:
            v, s = ctx.pop("acct")
        else:
            b, v, s = account(rng)
        return [("p", v, "KR_BANK_ACCOUNT", s)]
    if key == "card":
        v, s = card(rng)
        return [("p", v, "CREDIT_CARD", s)]
    if key == "dl":
        v, s = driver_license(rng)
        return [("p", v, "KR_DRIVER_LICENSE", s)]
    if key == "plate":
        v, s = plate(rng)
        return [("p", v, "KR_VEHICLE_PLATE", s)]
    if key == "hi":
        v, s = health_ins(rng)
        return [("p", v, "KR_HEALTH_INSURANCE", s)]
    if key == "ip":
        v, s = ipv4(rng)
        return [("p", v, "IP_ADDRESS", s)]
    if key == "brn":
        return [("p", brn(rng), "KR_BRN", "brn_valid")]
    if key == "crn":
        return [("p", crn(rng), "KR_CRN", "crn_valid")]
    if key == "company":
        return [("h", rng.choice(COMPANIES), "company_name")]
    if key == "regdate":
        return [("h", event_date(rng, rng.choice(["iso", "dot"])), "non_birth_date")]
    if key == "amount":
        return [("h", amount(rng), "amount")]
    if key == "receipt":
        return [("h", receipt_no(rng), "receipt_number")]
    if key == "empno":
        return [("h", f"{rng.choice(['E', 'S', ''])}{rng.randint(2010, 2024)}{digits(rng, 4)}", "employee_id")]
    if key == "dept":
        return [("t", rng.choice(DEPTS + ["영업팀", "생산2팀", "품질관리팀", "물류센터"]))]
    if key == "status":
        return [("t", rng.choice(["완료", "처리중", "접수", "보류", "반려", "승인"]))]
    if key == "carmodel":
        return [("t", rng.choice(["쏘나타", "아반떼", "K5", "그랜저", "포터II", "스타리아", "모닝", "카니발", "EV6", "봉고III"]))]
    if key == "approval":
        return [("h", digits(rng, 8), "approval_number")]
    if key == "unit":
        return [("t", f"{rng.randint(101, 115)}동 {rng.randint(1, 20)}{rng.randint(1, 4):02d}호")]
    if key == "rrn_front":
        v, s = rrn_from_dob(rng, per.dob, "valid")
        ctx["rrn_back"] = v.split("-")[1]
        return [("p", v.split("-")[0], "KR_RRN", "rrn_split_front")]
    if key == "rrn_back":
        return [("p", ctx.pop("rrn_back"), "KR_RRN", "rrn_split_back")]
    if key == "relation":
        return [("t", rng.choice(["본인", "배우자", "자녀", "부", "모"]))]
    raise KeyError(key)


HEAD = {"seq": ["연번", "No", "번호", "순번"], "name": ["성명", "이름", "name", "성 명"], "name_en": ["영문성명", "Name(영문)"],
        "name_ko_tr": ["한글성명", "성명(한글)"], "dob": ["생년월일", "birth", "생일"], "rrn": ["주민등록번호", "주민번호", "rrn"],
        "rrn_any": ["주민등록번호", "주민번호"], "frn": ["외국인등록번호", "등록번호", "ARC No."], "passport": ["여권번호", "passport_no", "여권"],
        "nat": ["국적", "nationality"], "visa": ["체류자격", "비자"], "mobile": ["휴대전화", "핸드폰", "연락처", "mobile"],
        "tel": ["전화번호", "tel", "자택전화"], "email": ["이메일", "e-mail", "email", "전자우편"], "addr": ["주소", "주 소", "address", "거주지"],
        "zip": ["우편번호", "zip"], "bank": ["은행", "은행명", "bank"], "account": ["계좌번호", "account_no", "입금계좌"],
        "card": ["카드번호", "card_no"], "dl": ["운전면허번호", "면허번호"], "plate": ["차량번호", "자동차등록번호", "car_no"],
        "hi": ["건강보험증번호", "건보증번호"], "ip": ["접속IP", "ip"], "brn": ["사업자등록번호", "사업자번호"], "crn": ["법인등록번호"],
        "company": ["상호", "업체명", "소속"], "regdate": ["등록일", "신청일", "처리일자"], "amount": ["금액", "지급액", "결제금액"],
        "receipt": ["접수번호"], "empno": ["사번"], "dept": ["부서", "소속"], "status": ["상태", "처리상태"],
        "carmodel": ["차명", "차종"], "approval": ["승인번호"], "unit": ["동호수"], "rrn_front": ["주민번호 앞자리", "생년월일(앞6자리)"],
        "rrn_back": ["주민번호 뒷자리", "뒷자리"], "relation": ["관계"]}

SCENARIOS = OrderedDict([
    ("교육 수강생 명단", (["seq", "name", "dob", "mobile", "email", "dept", "regdate"], None)),
    ("민원인 명단", (["receipt", "name", "rrn", "mobile", "addr", "regdate", "status"], None)),
    ("외국인 근로자 명단", (["seq", "name", "nat", "frn", "passport", "visa", "mobile", "company"], "foreign")),
    ("외국인 근로자 명단(한글)", (["seq", "name_ko_tr", "name_en", "nat", "dob", "frn", "passport", "mobile"], "foreign")),
    ("차량 운전자 명단", (["seq", "name", "plate", "dl", "mobile", "carmodel"], None)),
    ("급여 이체 명단", (["empno", "name", "bank", "account", "amount"], None)),
    ("카드 결제 내역", (["approval", "name", "card", "amount", "regdate"], None)),
    ("건강보험 자격 명단", (["seq", "name", "rrn", "hi", "tel", "relation"], None)),
    ("국외출장자 명단", (["seq", "name", "dept", "passport", "dob", "mobile"], None)),
    ("주차 정기권 등록", (["unit", "name", "plate", "mobile", "regdate"], None)),
    ("임차인 명단", (["seq", "name", "addr", "zip", "mobile", "bank", "account"], None)),
    ("거래처 목록", (["company", "name", "brn", "crn", "tel", "email", "bank", "account"], None)),
    ("차량 대여 기록", (["receipt", "name", "dob", "dl", "plate", "card", "mobile"], None)),
    ("주민번호 분리 입력 대장", (["seq", "name", "rrn_front", "rrn_back", "mobile", "addr"], None)),
    ("렌터카 대여 계약 대장", (["receipt", "name", "dl", "dob", "plate", "mobile", "regdate"], None)),
    ("외국인 여권 사본 대장", (["seq", "name_en", "nat", "passport", "dob", "frn", "email"], "foreign")),
])
SCEN_LIST = list(SCENARIOS)


def write_table(rec, rng, scen, fmt, header, nrows, title=True):
    cols, pop = SCENARIOS[scen]
    if fmt == "csv":
        d = ","
    elif fmt == "tsv":
        d = "\t"
    elif fmt == "pipe":
        d = rng.choice([" | ", "|"])
    else:
        d = "\t"
    if title:
        rec.t(rng.choice([f"[{scen}]\n", f"{scen} ({rng.randint(2023, 2025)}년 {rng.randint(1, 12)}월)\n",
                          f"# export: {scen}\n", f"■ {scen}\n"]))
    lead = "| " if (fmt == "pipe" and d == " | " and rng.random() < 0.5) else ""
    trail = " |" if lead else ""
    if header:
        rec.t(lead + d.join(rng.choice(HEAD[c]) for c in cols) + trail + "\n")
        if fmt == "pipe" and lead:
            rec.t("|" + "|".join("---" for _ in cols) + "|\n")
    for r in range(nrows):
        cc = rng.choice(COUNTRIES) if pop == "foreign" else (rng.choice(COUNTRIES) if rng.random() < 0.06 and "name" in cols and "rrn" not in cols and "rrn_front" not in cols else None)
        per = Person(rng, cc)
        ctx = {"row": r}
        rec.t(lead)
        for k, c in enumerate(cols):
            if k:
                rec.t(d)
            pieces = cell_pieces(rng, per, c, ctx)
            needs_q = fmt == "csv" and any(d in pc[1] for pc in pieces)
            if needs_q:
                rec.t('"')
            empty = c in ("email", "tel", "addr") and rng.random() < 0.08
            for pc in pieces:
                if empty:
                    break
                if pc[0] == "t":
                    rec.t(pc[1])
                elif pc[0] == "h":
                    rec.h(pc[1], pc[2])
                else:
                    rec.p(pc[1], pc[2], pc[3])
            if needs_q:
                rec.t('"')
        rec.t(trail + "\n")


def t_csv(rec, rng, header):
    scen = rng.choice(SCEN_LIST)
    write_table(rec, rng, scen, "csv", header, rng.randint(3, 6), title=rng.random() < 0.4)


def t_csv_header(rec, rng):
    t_csv(rec, rng, True)


def t_csv_noheader(rec, rng):
    t_csv(rec, rng, False)


def t_tsv(rec, rng):
    scen = rng.choice(SCEN_LIST)
    write_table(rec, rng, scen, "tsv", rng.random() < 0.7, rng.randint(3, 6), title=rng.random() < 0.5)


def t_table_pipe(rec, rng):
    scen = rng.choice(SCEN_LIST)
    write_table(rec, rng, scen, "pipe", True, rng.randint(2, 5))
    if rng.random() < 0.5:
        rec.t("\n작성자: ")
        rec.p(ko_name(rng), "PERSON", "name_ko")
        rec.t(" / 출력일시: ")
        rec.h(ts(rng), "non_birth_date")
        rec.t("\n")


def t_table_tab(rec, rng):
    scen = rng.choice(SCEN_LIST)
    rec.t(rng.choice(["Sheet1\n", "[엑셀 붙여넣기]\n", ""]))
    write_table(rec, rng, scen, "tab", rng.random() < 0.8, rng.randint(2, 5), title=rng.random() < 0.5)
    if rng.random() < 0.4:
        rec.t("합계\t\t\t")
        rec.h(amount(rng), "amount")
        rec.t("\n")


# ----------------------------------------------------------------------------------------
# logs
# ----------------------------------------------------------------------------------------

ACTIONS = ["조회", "수정", "다운로드", "출력", "등록", "삭제", "SELECT", "UPDATE", "EXPORT"]
MENUS = ["민원조회", "주민등록 등초본", "차량등록 조회", "외국인 체류 조회", "급여관리", "회원관리", "과태료 부과", "건강보험 자격조회"]


def uid(rng):
    return rng.choice(["u", "adm", "op", "user", "emp"]) + digits(rng, rng.randint(3, 5))


def t_json_log(rec, rng):
    n = rng.randint(2, 4)
    for _ in range(n):
        rec.t('{"ts":"')
        rec.h(ts(rng).replace(" ", "T") + "+09:00", "non_birth_date")
        rec.t('","user_id":"')
        rec.h(uid(rng), "user_id")
        if rng.random() < 0.7:
            rec.t('","user_name":"')
            rec.p(ko_name(rng), "PERSON", "name_ko")
        rec.t('","client_ip":"')
        v, s = ipv4(rng)
        rec.p(v, "IP_ADDRESS", s)
        rec.t(f'","action":"{rng.choice(ACTIONS)}","menu":"{rng.choice(MENUS)}","subject":{{')
        fields = rng.sample(["name", "rrn", "phone", "addr", "plate", "frn", "email", "dob", "hi", "card", "dl", "passport", "account"], rng.randint(2, 4))
        if "name" not in fields:
            fields.insert(0, "name")
        foreign = "frn" in fields
        per = Person(rng, rng.choice(COUNTRIES) if foreign else None)
        for k, f in enumerate(fields):
            if k:
                rec.t(",")
            rec.t(f'"{f}":"')
            if f == "name":
                name_piece(rec, rng, per, "passport" if foreign else None)
            elif f == "rrn":
                v, s = rrn_from_dob(rng, per.dob) if not foreign else rrn_person(rng)[:2]
                rec.p(v, "KR_RRN", s)
            elif f == "frn":
                v, s = frn_for(rng, per.dob, rng.random() < 0.3)
                rec.p(v, "KR_FRN", s)
            elif f == "phone":
                v, s = mobile(rng)
                rec.p(v, "PHONE_NUMBER", s)
            elif f == "addr":
                a = kr_address(rng)
                rec.p(a["value"], "KR_ADDRESS", a["sub"])
            elif f == "plate":
                v, s = plate(rng)
                rec.p(v, "KR_VEHICLE_PLATE", s)
            elif f == "email":
                v, s = email(rng, per.name if not foreign else None, obf="plain")
                rec.p(v, "EMAIL_ADDRESS", s)
            elif f == "dob":
                v, s = dob_str(rng, per.dob, ["iso", "compact", "dot"])
                rec.p(v, "DATE_OF_BIRTH", s)
            elif f == "hi":
                v, s = health_ins(rng)
                rec.p(v, "KR_HEALTH_INSURANCE", s)
            elif f == "card":
                v, s = card(rng)
                rec.p(v, "CREDIT_CARD", s)
            elif f == "dl":
                v, s = driver_license(rng)
                rec.p(v, "KR_DRIVER_LICENSE", s)
            elif f == "passport":
                if foreign:
                    rec.p(passport_foreign(rng, per.cc), "KR_PASSPORT", "passport_" + per.cc.lower())
                else:
                    v, s = kr_passport(rng)
                    rec.p(v, "KR_PASSPORT", s)
            elif f == "account":
                b, v, s = account(rng)
                rec.p(v, "KR_BANK_ACCOUNT", s)
            rec.t('"')
        rec.t('},"result":"' + rng.choice(["SUCCESS", "OK", "DENIED"]) + '"')
        if rng.random() < 0.3:
            rec.t(',"agent":"Windows NT ')
            rec.h("10.0." + str(rng.randint(17000, 22631)) + "." + str(rng.randint(100, 4000)), "version_number")
            rec.t('"')
        rec.t("}\n")


def t_kv_log(rec, rng):
    n = rng.randint(2, 5)
    mod = rng.choice(["민원처리", "차량등록", "체류관리", "급여", "회원", "과태료"])
    for _ in range(n):
        rec.h(ts(rng), "non_birth_date")
        rec.t(f" {rng.choice(['INFO', 'INFO', 'WARN', 'AUDIT'])} [{mod}] user=")
        rec.h(uid(rng), "user_id")
        if rng.random() < 0.5:
            rec.t(" operator=")
            rec.p(ko_name(rng), "PERSON", "name_ko")
        rec.t(rng.choice([" ip=", " src_ip=", " client="]))
        v, s = ipv4(rng)
        rec.p(v, "IP_ADDRESS", s)
        act = rng.choice(["UPDATE", "VIEW", "CREATE", "PRINT", "DOWNLOAD"])
        rec.t(f" action={act}")
        kind = rng.choice(["phone", "addr", "account", "plate", "rrn", "email", "card", "dl", "dl", "frn", "passport"])
        if rng.random() < 0.8:
            rec.t(" subject=")
            rec.p(ko_name(rng), "PERSON", "name_ko")
        if act == "UPDATE":
            rec.t(f" field={kind} old=")
            kv_value(rec, rng, kind, quote=True)
            rec.t(" new=")
            kv_value(rec, rng, kind, quote=True)
        else:
            rec.t(f" {kind}=")
            kv_value(rec, rng, kind, quote=True)
        if rng.random() < 0.4:
            rec.t(" case=")
            rec.h(receipt_no(rng), "receipt_number")
        if rng.random() < 0.2:
            rec.t(" doc=")
            rec.h(doc_no(rng), "document_number")
        rec.t("\n")


def kv_value(rec, rng, kind, quote=False):
    if kind == "phone":
        v, s = phone_any(rng)
        typ = "PHONE_NUMBER"
    elif kind == "addr":
        a = kr_address(rng)
        v, s, typ = a["value"], a["sub"], "KR_ADDRESS"
    elif kind == "account":
        b, v, s = account(rng)
        typ = "KR_BANK_ACCOUNT"
    elif kind == "plate":
        v, s = plate(rng)
        typ = "KR_VEHICLE_PLATE"
    elif kind == "rrn":
        v, s, _ = rrn_person(rng)
        typ = "KR_RRN"
    elif kind == "email":
        v, s = email(rng)
        typ = "EMAIL_ADDRESS"
    elif kind == "card":
        v, s = card(rng)
        typ = "CREDIT_CARD"
    elif kind == "dl":
        v, s = driver_license(rng)
        typ = "KR_DRIVER_LICENSE"
    elif kind == "frn":
        v, s = frn_for(rng, rand_date(rng, 1965, 2003))
        typ = "KR_FRN"
    else:
        if rng.random() < 0.5:
            v, s = kr_passport(rng)
        else:
            cc = rng.choice(COUNTRIES)
            v, s = passport_foreign(rng, cc), "passport_" + cc.lower()
        typ = "KR_PASSPORT"
    q = quote and (" " in v)
    if q:
        rec.t('"')
    rec.p(v, typ, s)
    if q:
        rec.t('"')


# ----------------------------------------------------------------------------------------
# OCR forms
# ----------------------------------------------------------------------------------------

def label(rec, rng, lab):
    rec.t(lab + rng.choice([": ", " : ", " ", ":", "  "]))


def ocr_header(rec, rng, title):
    rec.t(rng.choice(["", "[스캔본]\n", "— 1 —\n", "<OCR p.1>\n"]))
    rec.t(title + "\n")


def person_block(rec, rng, per, role, fields):
    rec.t(f"[{role}]\n" if rng.random() < 0.5 else f"{role} ")
    for f in fields:
        if f == "name":
            label(rec, rng, "성명")
            name_piece(rec, rng, per)
        elif f == "rrn":
            label(rec, rng, rng.choice(["주민등록번호", "주민번호", "주민등록 번호"]))
            v, s = rrn_from_dob(rng, per.dob)
            rec.p(v, "KR_RRN", s)
        elif f == "dob":
            label(rec, rng, "생년월일")
            v, s = dob_str(rng, per.dob)
            rec.p(v, "DATE_OF_BIRTH", s)
        elif f == "addr":
            label(rec, rng, rng.choice(["주소", "주 소", "거주지"]))
            a = kr_address(rng)
            write_addr(rec, rng, a, rng.choice([None, None, "before", "after"]))
        elif f == "phone":
            label(rec, rng, rng.choice(["연락처", "전화", "휴대전화", "H.P"]))
            v, s = mobile(rng) if rng.random() < 0.75 else landline(rng)
            rec.p(v, "PHONE_NUMBER", s)
        elif f == "email":
            label(rec, rng, rng.choice(["이메일", "E-mail", "전자우편"]))
            v, s = email(rng, per.name)
            rec.p(v, "EMAIL_ADDRESS", s)
        elif f == "hi":
            label(rec, rng, rng.choice(["건강보험증번호", "건강보험 증번호", "보험증번호"]))
            v, s = health_ins(rng)
            rec.p(v, "KR_HEALTH_INSURANCE", s)
        rec.t(rng.choice(["\n", "  ", "\n", " / "]))
    rec.t("\n")


def sign_line(rec, rng, per, role="신청인"):
    rec.t(f"\n{event_date(rng, 'kor')}\n".replace(" ", rng.choice([" ", "  "])))
    rec.t(f"{role} ")
    name_piece(rec, rng, per, "hangul" if per.cc else None)
    rec.t(rng.choice([" (서명 또는 인)", " (인)", " 印", " (서명)"]) + "\n")


def t_ocr_application(rec, rng):
    title = rng.choice(["주민등록표 열람 또는 등·초본 교부 신청서", "긴급복지지원 신청서", "환급금 지급 신청서",
                        "자동이체 신청서", "주차구획 전용 신청서", "장애인 주차표지 발급 신청서"])
    ocr_header(rec, rng, title)
    rec.t("접수번호 ")
    rec.h(receipt_no(rng), "receipt_number")
    rec.t("  접수일 ")
    rec.h(event_date(rng), "non_birth_date")
    rec.t("\n")
    per = Person(rng)
    person_block(rec, rng, per, "신청인", ["name", "rrn", "addr", "phone"] + (["email"] if rng.random() < 0.5 else []) + (["hi"] if rng.random() < 0.3 else []))
    if "자동이체" in title or "환급" in title:
        if rng.random() < 0.5:
            b, v, s = account(rng)
            rec.t(f"출금(입금) 은행: {b}  계좌번호: ")
            rec.p(v, "KR_BANK_ACCOUNT", s)
            rec.t("  예금주: ")
            rec.p(per.name, "PERSON", "name_ko")
        else:
            rec.t("카드번호: ")
            v, s = card(rng)
            rec.p(v, "CREDIT_CARD", s)
            rec.t(f"  유효기간: {rng.randint(1, 12):02d}/{rng.randint(26, 31)}")
        rec.t("\n")
    if "주차" in title:
        rec.t("차량번호: ")
        v, s = plate(rng)
        rec.p(v, "KR_VEHICLE_PLATE", s)
        rec.t("\n")
    if rng.random() < 0.4:
        rec.t("대리인 ")
        ag = Person(rng)
        person_block(rec, rng, ag, "대리인", ["name", "dob", "phone"])
    rec.h(rng.choice(STATUTES), "statute_citation")
    rec.t("에 따라 위와 같이 신청합니다.\n")
    sign_line(rec, rng, per)
    i = inst(rng)
    rec.h(i[3], "public_office")
    rec.t(" 귀하\n")


def t_ocr_consent(rec, rng):
    ocr_header(rec, rng, rng.choice(["개인정보 수집·이용 동의서", "개인정보 제3자 제공 동의서", "고유식별정보 처리 동의서"]))
    rec.t("1. 수집 항목: 성명, 주민등록번호, 주소, 연락처\n2. 수집 근거: ")
    rec.h(rng.choice(STATUTES), "statute_citation")
    rec.t("\n3. 보유 기간: 5년\n※ 작성 예시) 성명: ")
    rec.h("홍길동", "placeholder_name")
    rec.t(" 주민등록번호: ")
    rec.h(rng.choice(["000000-0000000", "######-#######"]), "placeholder_id")
    rec.t("\n\n")
    per = Person(rng, rng.choice(COUNTRIES) if rng.random() < 0.2 else None)
    rec.t("정보주체 ")
    label(rec, rng, "성명")
    name_piece(rec, rng, per)
    rec.t("\n")
    if per.cc:
        label(rec, rng, "외국인등록번호")
        v, s = frn_for(rng, per.dob)
        rec.p(v, "KR_FRN", s)
    else:
        label(rec, rng, rng.choice(["생년월일", "주민등록번호"]))
        if rng.random() < 0.5:
            v, s = dob_str(rng, per.dob)
            rec.p(v, "DATE_OF_BIRTH", s)
        else:
            v, s = rrn_from_dob(rng, per.dob)
            rec.p(v, "KR_RRN", s)
    rec.t("\n")
    label(rec, rng, "연락처")
    v, s = mobile(rng)
    rec.p(v, "PHONE_NUMBER", s)
    rec.t("\n동의함 ☑  동의하지 않음 ☐\n")
    if rng.random() < 0.5:
        rec.t("법정대리인 ")
        g = Person(rng)
        label(rec, rng, "성명")
        name_piece(rec, rng, g)
        rec.t(" (관계: 부)  연락처 ")
        v, s = mobile(rng)
        rec.p(v, "PHONE_NUMBER", s)
        rec.t("\n")
    sign_line(rec, rng, per, "동의자")


def t_ocr_poa(rec, rng):
    ocr_header(rec, rng, rng.choice(["위 임 장", "위임장", "委 任 狀"]))
    a, b = Person(rng), Person(rng)
    person_block(rec, rng, a, "위임하는 사람", ["name", "rrn", "addr", "phone"])
    person_block(rec, rng, b, "위임받는 사람", ["name", rng.choice(["rrn", "dob"]), "phone"])
    rec.t("위임인과의 관계: " + rng.choice(["배우자", "자녀", "형제", "지인", "직원"]) + "\n")
    rec.t("위임 내용: " + rng.choice(["자동차 이전등록 신청", "주민등록표 등본 발급", "외국인등록사실증명 발급", "전입신고"]))
    if rng.random() < 0.5:
        rec.t(" (차량번호 ")
        v, s = plate(rng)
        rec.p(v, "KR_VEHICLE_PLATE", s)
        rec.t(")")
    rec.t("\n※ 위임인의 신분증 사본 첨부(")
    v, s = driver_license(rng) if rng.random() < 0.5 else (None, None)
    if v:
        rec.t("운전면허번호 ")
        rec.p(v, "KR_DRIVER_LICENSE", s)
    else:
        rec.t("주민등록증")
    rec.t(")\n")
    sign_line(rec, rng, a, "위임인")


def t_ocr_medical(rec, rng):
    ocr_header(rec, rng, rng.choice(["진 단 서", "진단서", "소견서"]))
    rec.t("병록번호 ")
    rec.h(digits(rng, 8), "medical_record_number")
    rec.t("  연번호 ")
    rec.h(f"{rng.randint(2023, 2025)}-{digits(rng, 5)}", "document_number")
    rec.t("\n")
    per = Person(rng)
    if rng.random() < 0.25:
        per.dob = child_dob(rng)
    label(rec, rng, "환자의 성명")
    name_piece(rec, rng, per)
    rec.t("  ")
    label(rec, rng, "주민등록번호")
    v, s = rrn_from_dob(rng, per.dob)
    rec.p(v, "KR_RRN", s)
    rec.t("\n")
    label(rec, rng, "주소")
    write_addr(rec, rng, kr_address(rng), rng.choice([None, "before"]))
    rec.t("\n")
    label(rec, rng, "전화번호")
    v, s = phone_any(rng)
    rec.p(v, "PHONE_NUMBER", s)
    rec.t("\n")
    if rng.random() < 0.6:
        label(rec, rng, "건강보험증번호")
        v, s = health_ins(rng)
        rec.p(v, "KR_HEALTH_INSURANCE", s)
        rec.t("\n")
    rec.t("병명: " + rng.choice(["요추 염좌", "급성 기관지염", "우측 족관절 골절", "고혈압"]) + "  (KCD " + rng.choice(["S33.5", "J20.9", "S82.6", "I10"]) + ")\n")
    rec.t("발병일 ")
    rec.h(event_date(rng), "non_birth_date")
    rec.t("  진단일 ")
    rec.h(event_date(rng), "non_birth_date")
    rec.t("\n의료기관: " + rng.choice(["한빛의원", "새솔정형외과의원", "누리병원", "다솜내과의원"]) + "  ")
    rec.t(rng.choice(["대표전화 ", "(대표) ", "예약센터 "]))
    rec.h(callcenter(rng), "institution_main_line")
    rec.t("\n면허번호 제 ")
    rec.h(str(rng.randint(10000, 150000)), "license_number_other")
    rec.t(" 호  의사 ")
    rec.p(ko_name(rng), "PERSON", "name_ko")
    rec.t(" (인)\n")


def t_ocr_lease(rec, rng):
    ocr_header(rec, rng, rng.choice(["주택임대차 표준계약서", "부동산 임대차 계약서", "상가건물 임대차 계약서"]))
    rec.t("1. 부동산의 표시\n소재지 ")
    a = kr_address(rng)
    write_addr(rec, rng, a, None)
    rec.t("\n2. 계약내용\n보증금 ")
    rec.h(amount(rng), "amount")
    rec.t("  차임 월 ")
    rec.h(amount(rng), "amount")
    rec.t("\n임대차기간 ")
    rec.h(event_date(rng, "dot_space"), "non_birth_date")
    rec.t(" 부터 ")
    rec.h(event_date(rng, "dot_space"), "non_birth_date")
    rec.t(" 까지\n보증금 입금계좌 ")
    b, v, s = account(rng)
    rec.t(b + " ")
    rec.p(v, "KR_BANK_ACCOUNT", s)
    lessor, lessee = Person(rng), Person(rng, rng.choice(COUNTRIES) if rng.random() < 0.2 else None)
    rec.t(" 예금주 ")
    rec.p(lessor.name, "PERSON", "name_ko")
    rec.t("\n\n")
    for who, per in (("임대인", lessor), ("임차인", lessee)):
        rec.t(f"{who}  주소 ")
        write_addr(rec, rng, kr_address(rng) if who == "임대인" or rng.random() < 0.3 else a, None, ref=False)
        rec.t("\n      ")
        if per.cc:
            rec.t("외국인등록번호 ")
            v, s = frn_for(rng, per.dob)
            rec.p(v, "KR_FRN", s)
        else:
            rec.t("주민등록번호 ")
            v, s = rrn_from_dob(rng, per.dob)
            rec.p(v, "KR_RRN", s)
        rec.t("  전화 ")
        v, s = mobile(rng)
        rec.p(v, "PHONE_NUMBER", s)
        rec.t("  성명 ")
        name_piece(rec, rng, per)
        rec.t(" (인)\n")
    rec.t("중개사무소 " + rng.choice(["한빛공인중개사사무소", "새솔부동산", "누리공인중개사"]) + " 등록번호 ")
    rec.h(f"{rng.randint(11000, 48000)}-{rng.randint(2015, 2024)}-{digits(rng, 5)}", "registration_number_other")
    rec.t(" 대표 ")
    rec.p(ko_name(rng), "PERSON", "name_ko")
    rec.t(" 전화 ")
    v, s = landline(rng, "area")
    rec.p(v, "PHONE_NUMBER", s)
    rec.t("\n")


def t_ocr_bankbook(rec, rng):
    b, v, s = account(rng)
    ocr_header(rec, rng, rng.choice([f"{b} 통장 사본", f"{b}\n보통예금 통장", f"[{b}] 입출금이 자유로운 예금"]))
    per = Person(rng, rng.choice(COUNTRIES) if rng.random() < 0.15 else None)
    company = rng.random() < 0.2
    rec.t(rng.choice(["계좌번호 ", "계 좌 번 호 ", "No. ", ""]))
    rec.p(v, "KR_BANK_ACCOUNT", s)
    rec.t("\n" + rng.choice(["예금주 ", "성명 ", "예 금 주 "]))
    if company:
        rec.h(rng.choice(COMPANIES), "company_name")
        rec.t("  대표 ")
        rec.p(ko_name(rng), "PERSON", "name_ko")
    else:
        name_piece(rec, rng, per)
    rec.t("\n신규일 ")
    rec.h(event_date(rng, rng.choice(["dot", "iso"])), "non_birth_date")
    rec.t("  " + rng.choice(["마포지점", "역삼역지점", "해운대지점", "둔산지점", "수원중앙지점"]) + " ")
    rec.t(rng.choice(["고객센터 ", "대표 ", "(대표) "]))
    rec.h(callcenter(rng), "institution_main_line")
    rec.t("\n")
    rec.t("상품명: 저축예금  상품코드 ")
    rec.h(product_code(rng), "product_code")
    rec.t("\n")
    if rng.random() < 0.5:
        rec.t("거래내역\n")
        for _ in range(rng.randint(1, 3)):
            rec.h(event_date(rng, "dot"), "non_birth_date")
            rec.t("  " + rng.choice(["급여", "이체", "ATM출금", "카드대금"]) + "  ")
            rec.h(amount(rng), "amount")
            if rng.random() < 0.5:
                rec.t("  ")
                rec.p(ko_name(rng), "PERSON", "name_ko")
            rec.t("\n")


def mrz_check(s):
    w = [7, 3, 1]
    tot = 0
    for k, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        elif ch == "<":
            v = 0
        else:
            v = ord(ch) - 55
        tot += v * w[k % 3]
    return str(tot % 10)


def t_ocr_idcopy(rec, rng):
    kind = rng.choice(["rrc", "dl", "arc", "passport_kr", "passport_foreign", "dl", "arc", "dl"])
    rec.t(rng.choice(["[신분증 사본]\n", "신분증 사본 (본 사본은 제출용 외 사용 금지)\n", "<OCR>\n"]))
    if kind == "rrc":
        per = Person(rng)
        rec.t("주민등록증\n")
        name_piece(rec, rng, per)
        rec.t(rng.choice([" (", "("]) + rng.choice(["金", "李", "朴", "崔"]) + "  )\n" if rng.random() < 0.3 else "\n")
        v, s = rrn_from_dob(rng, per.dob, rng.choice(["valid", "valid", "masked"]))
        rec.p(v, "KR_RRN", s)
        rec.t("\n")
        write_addr(rec, rng, kr_address(rng), None)
        rec.t("\n")
        rec.h(event_date(rng, "dot_space"), "non_birth_date")
        rec.t("\n")
        rec.h(rng.choice([i[3] for i in INST if "구청장" in i[3] or "시장" in i[3]]), "public_office")
        rec.t("\n")
    elif kind == "dl":
        per = Person(rng)
        rec.t("자동차운전면허증 (Driver's License)\n1종보통\n")
        v, s = driver_license(rng)
        rec.p(v, "KR_DRIVER_LICENSE", s)
        rec.t("\n")
        name_piece(rec, rng, per)
        rec.t("\n")
        v, s = rrn_from_dob(rng, per.dob)
        rec.p(v, "KR_RRN", s)
        rec.t("\n")
        write_addr(rec, rng, kr_address(rng), None)
        rec.t("\n적성검사기간 ")
        rec.h(event_date(rng, "dot_space"), "non_birth_date")
        rec.t(" ~ ")
        rec.h(event_date(rng, "dot_space"), "non_birth_date")
        rec.t("\n식별번호 ")
        rec.h(rng.choice("ABCDEFGHJK") + digits(rng, 1) + rng.choice("ABCDEFGHJK") + digits(rng, 3), "card_serial")
        rec.t("\n" + rng.choice(["서울", "경기남부", "부산", "대전"]) + "지방경찰청장\n".replace("지방경찰청장", "경찰청장"))
    elif kind == "arc":
        per = Person(rng, rng.choice(COUNTRIES))
        rec.t("외국인등록증 RESIDENCE CARD\n")
        v, s = frn_for(rng, per.dob)
        rec.p(v, "KR_FRN", s)
        rec.t(" " + rng.choice(["남/M", "여/F"]) + " " + FOREIGN[per.cc]["nat"] + "\n")
        name_piece(rec, rng, per, "passport")
        rec.t("\n체류자격 ")
        rec.h(rng.choice(["E-9", "F-4", "D-2", "E-7", "F-6", "H-2"]), "visa_status")
        rec.t(" (" + rng.choice(["비전문취업", "재외동포", "유학", "특정활동", "결혼이민", "방문취업"]) + ")\n발급일자 ")
        rec.h(event_date(rng, "dot"), "non_birth_date")
        rec.t("\n")
        rec.h("서울출입국·외국인청장" if rng.random() < .5 else "수원출입국·외국인사무소장", "public_office")
        rec.t("\n[뒷면] 체류지 ")
        write_addr(rec, rng, kr_address(rng), None, ref=False)
        rec.t("\n")
    else:
        foreign = kind == "passport_foreign"
        per = Person(rng, rng.choice(COUNTRIES) if foreign else None)
        code = per.cc if foreign else "KOR"
        rec.t("PASSPORT 여권\nType PM  Country " + code + "\nPassport No. ")
        if foreign:
            pn = passport_foreign(rng, per.cc)
            psub = "passport_" + per.cc.lower()
            sur, given = per.fn["sur"], per.fn["given"]
        else:
            pn, psub = kr_passport(rng)
            ks = rng.choice(list(ROMA))
            kg, given = rng.choice(KR_GIVEN_ROMA)
            per.name = ks + kg
            sur = ROMA[ks].upper()
        rec.p(pn, "KR_PASSPORT", psub)
        rec.t("\nSurname ")
        rec.p(sur, "PERSON", "name_part_surname")
        rec.t("\nGiven names ")
        rec.p(given, "PERSON", "name_part_given")
        if not foreign:
            rec.t("\n한글성명 ")
            rec.p(per.name, "PERSON", "name_ko")
        rec.t("\nDate of birth ")
        v = fmt_date(per.dob, "passport")
        rec.p(v, "DATE_OF_BIRTH", "dob_passport")
        rec.t("\nDate of issue ")
        rec.h(fmt_date(rand_date(rng, 2016, 2024), "passport"), "non_birth_date")
        rec.t("\nDate of expiry ")
        rec.h(fmt_date(rand_date(rng, 2026, 2034), "passport"), "non_birth_date")
        rec.t("\n")
        # MRZ
        l1name = (sur.replace(" ", "<") + "<<" + given.replace(" ", "<"))
        l1 = ("P<" + code + l1name + "<" * 44)[:44]
        pn9 = (pn + "<<<<<<<<<")[:9]
        dob6 = fmt_date(per.dob, "yymmdd")
        exp6 = fmt_date(rand_date(rng, 2026, 2034), "yymmdd")
        sex = rng.choice("MF")
        rec.t("P<" + code)
        rec.p(l1name, "PERSON", "name_mrz", noise=False)
        rec.t(l1[len("P<" + code + l1name):] + "\n")
        rec.p(pn, "KR_PASSPORT", "passport_mrz", noise=False)
        rec.t(pn9[len(pn):] + mrz_check(pn9) + code)
        rec.p(dob6, "DATE_OF_BIRTH", "dob_mrz", noise=False)
        rec.t(mrz_check(dob6) + sex + exp6 + mrz_check(exp6) + "<" * 14 + "0" + str(rng.randint(0, 9)) + "\n")


# ----------------------------------------------------------------------------------------
# foreign-resident documents
# ----------------------------------------------------------------------------------------

def t_foreign_resident(rec, rng):
    per = Person(rng, rng.choice(COUNTRIES))
    title = rng.choice(["통합신청서 (외국인등록, 체류기간연장허가)", "체류지 변경신고서", "외국인 근로자 고용변동 신고서",
                        "체류자격 변경허가 신청서", "재입국허가 신청서"])
    rec.ocr = rng.random() < 0.35
    rec.t(title + "\n")
    rec.t("성 Surname ")
    rec.p(per.fn["sur"], "PERSON", "name_part_surname")
    rec.t("  명 Given names ")
    rec.p(per.fn["given"], "PERSON", "name_part_given")
    rec.t("\n한글 성명 ")
    rec.p(fname_hangul(per.fn, rng.random() < 0.5), "PERSON", "name_foreign_hangul")
    rec.t("\n생년월일 Date of Birth ")
    v, s = dob_str(rng, per.dob, ["iso", "dot", "compact", "passport", "dmy_slash", "kor"])
    rec.p(v, "DATE_OF_BIRTH", s if s != "dob_dmy_slash" else "dob_dmy_slash")
    rec.t("  성별 " + rng.choice(["M", "F", "남", "여"]) + "  국적 " + FOREIGN[per.cc]["nat"] + "\n")
    rec.t("외국인등록번호 ")
    v, s = frn_for(rng, per.dob, masked=rng.random() < 0.1)
    rec.p(v, "KR_FRN", s)
    rec.t("\n여권 번호 Passport No. ")
    rec.p(passport_foreign(rng, per.cc), "KR_PASSPORT", "passport_" + per.cc.lower())
    rec.t("  여권 발급일자 ")
    rec.h(event_date(rng, "iso"), "non_birth_date")
    rec.t("  여권 유효기간 ")
    rec.h(fmt_date(rand_date(rng, 2026, 2034), "iso"), "non_birth_date")
    rec.t("\n현 체류자격 ")
    rec.h(rng.choice(["E-9", "F-4", "D-2", "E-7", "F-6", "H-2", "D-10", "F-5"]), "visa_status")
    rec.t("  체류기간 만료일 ")
    rec.h(event_date(rng, "dot"), "non_birth_date")
    rec.t("\n대한민국 내 주소 Address in Korea\n")
    a = kr_address(rng) if rng.random() < 0.75 else en_address(rng)
    write_addr(rec, rng, a, rng.choice([None, "before", "after"]))
    rec.t("\n전화 Tel. ")
    if rng.random() < 0.5:
        v, s = landline(rng)
        rec.p(v, "PHONE_NUMBER", s)
    else:
        rec.t("-")
    rec.t("  휴대전화 Cell phone ")
    v, s = mobile(rng, rng.choice(["hyphen", "intl", "plain", "intl_hyphen"]))
    rec.p(v, "PHONE_NUMBER", s)
    rec.t("\n전자우편 E-mail ")
    v, s = email(rng)
    rec.p(v, "EMAIL_ADDRESS", s)
    rec.t("\n본국 주소 Address in Home Country  ")
    rec.t(rng.choice(["(생략)", "-", "동일"]) + "\n")
    if rng.random() < 0.7:
        rec.t("근무처 ")
        rec.h(rng.choice(COMPANIES), "company_name")
        rec.t("  사업자등록번호 ")
        rec.p(brn(rng), "KR_BRN", "brn_valid")
        rec.t("  전화 ")
        v, s = landline(rng, "area")
        rec.p(v, "PHONE_NUMBER", s)
        rec.t("\n")
    if rng.random() < 0.4:
        rec.t("신원보증인 ")
        g = Person(rng)
        name_piece(rec, rng, g)
        rec.t(" (")
        v, s = rrn_from_dob(rng, g.dob)
        rec.p(v, "KR_RRN", s)
        rec.t(") ")
        v, s = mobile(rng)
        rec.p(v, "PHONE_NUMBER", s)
        rec.t("\n")
    rec.t("신청일 ")
    rec.h(event_date(rng, "kor"), "non_birth_date")
    rec.t("  신청인 서명 ")
    name_piece(rec, rng, per, rng.choice(["passport", "title"]))
    rec.t("\n")
    rec.h(rng.choice(["서울출입국·외국인청장", "부산출입국·외국인청장", "수원출입국·외국인사무소장", "인천출입국·외국인청장"]), "public_office")
    rec.t(" 귀하\n")
    if rng.random() < 0.3:
        rec.t("외국인종합안내센터 ")
        rec.h("1345", "short_code")
        rec.t("\n")


# ----------------------------------------------------------------------------------------
# vehicle documents
# ----------------------------------------------------------------------------------------

def t_vehicle_reg(rec, rng):
    rec.ocr = rng.random() < 0.5
    rec.t(rng.choice(["자동차등록증", "자 동 차 등 록 증", "자동차등록원부(갑)"]) + "\n")
    rec.t("제 ")
    rec.h(f"{rng.randint(2018, 2025)}-{digits(rng, 6)}", "document_number")
    rec.t(" 호   최초등록일: ")
    rec.h(event_date(rng, "kor"), "non_birth_date")
    rec.t("\n① 자동차등록번호 ")
    v, s = plate(rng)
    rec.p(v, "KR_VEHICLE_PLATE", s)
    use = "영업용" if s in ("plate_commercial", "plate_delivery", "plate_rental") else "자가용"
    rec.t("  ② 차종 " + rng.choice(["중형 승용", "소형 승용", "소형 화물", "대형 승합"]) + "  ③ 용도 " + use + "\n")
    rec.t("④ 차명 ")
    rec.t(cell_pieces(rng, None, "carmodel", {})[0][1])
    rec.t("  ⑤ 형식 및 모델연도 " + f"{rng.choice(['DN8', 'CN7', 'GN7', 'HR', 'JA'])}-{rng.choice(['A', 'B', 'C'])}{digits(rng, 2)} {rng.randint(2015, 2025)}\n")
    rec.t("⑥ 차대번호 ")
    rec.h(vin(rng), "vin")
    rec.t("\n⑦ 원동기형식 " + rng.choice(["G4KN", "D4CB", "G4FL", "EM16"]) + "\n⑧ 사용본거지 ")
    company = rng.random() < 0.3
    write_addr(rec, rng, kr_address(rng), None)
    rec.t("\n⑨ 소유자 성명(명칭) ")
    if company:
        rec.h(rng.choice(COMPANIES), "company_name")
        rec.t("  ⑩ 생년월일(법인등록번호) ")
        rec.p(crn(rng), "KR_CRN", "crn_valid")
    else:
        per = Person(rng)
        name_piece(rec, rng, per)
        rec.t("  ⑩ 생년월일(법인등록번호) ")
        if rng.random() < 0.7:
            v, s = dob_str(rng, per.dob, ["dot_space", "iso", "yymmdd", "dot"])
            rec.p(v, "DATE_OF_BIRTH", s)
        else:
            v, s = rrn_from_dob(rng, per.dob, rng.choice(["masked", "valid"]))
            rec.p(v, "KR_RRN", s)
    rec.t("\n「자동차관리법」 제8조에 따라 위와 같이 등록하였음을 증명합니다.\n")
    rec.h(event_date(rng, "kor"), "non_birth_date")
    rec.t("\n")
    rec.h(rng.choice(["서울특별시장", "경기도지사", "마포구청장", "수원시장", "부산광역시장"]), "public_office")
    rec.t("\n제원관리번호 ")
    rec.h(f"{rng.randint(10, 99)}-{rng.randint(100, 999)}-{digits(rng, 5)}-{digits(rng, 4)}", "registration_number_other")
    rec.t("\n")
    if rng.random() < 0.5:
        rec.t("[검사 유효기간] ")
        rec.h(event_date(rng, "dot"), "non_birth_date")
        rec.t(" 검사시행장소 " + rng.choice(["한빛자동차검사소", "교통안전공단 서울검사소"]) + " ")
        rec.h(callcenter(rng), "institution_main_line")
        rec.t("\n")


def t_fine_notice(rec, rng):
    rec.ocr = rng.random() < 0.4
    kind = rng.choice(["주정차위반", "속도위반", "버스전용차로 위반", "신호위반", "자동차 검사 지연"])
    rec.t(f"과태료 부과 사전통지서 ({kind})\n")
    rec.t("고지번호 ")
    rec.h(f"{rng.randint(2023, 2025)}-{digits(rng, 6)}-{digits(rng, 2)}", "document_number")
    rec.t("  전자납부번호 ")
    rec.h(f"{rng.randint(11, 49)}-{rng.randint(1, 9)}-{rng.randint(2023, 2025)}-{rng.randint(1, 9)}-{digits(rng, 3)}-{digits(rng, 6)}", "payment_number")
    rec.t("\n")
    per = Person(rng, rng.choice(COUNTRIES) if rng.random() < 0.1 else None)
    company = rng.random() < 0.15
    rec.t("수신: ")
    if rng.random() < 0.6:
        rec.h(postal(rng), "postal_code")
        rec.t(" ")
    write_addr(rec, rng, kr_address(rng), None)
    rec.t("\n")
    if company:
        rec.h(rng.choice(COMPANIES), "company_name")
        rec.t(" 대표 ")
        rec.p(ko_name(rng), "PERSON", "name_ko")
        rec.t(" 귀하 (사업자등록번호 ")
        rec.p(brn(rng), "KR_BRN", "brn_valid")
        rec.t(")\n")
    else:
        name_piece(rec, rng, per)
        rec.t(" 귀하\n")
    rec.t("차량번호 ")
    v, s = plate(rng)
    rec.p(v, "KR_VEHICLE_PLATE", s)
    rec.t("  차종 " + rng.choice(["승용", "승합", "화물"]) + "\n위반일시 ")
    rec.h(ts(rng)[:16], "non_birth_date")
    rec.t("\n위반장소 " + rng.choice(["○○사거리 부근", "한빛초등학교 앞 어린이보호구역", "시청역 버스전용차로", "새솔교 남단"]) + " (단속지점 ")
    rec.h(f"{rng.choice(['MP', 'GN', 'SW', 'HD'])}-{digits(rng, 4)}", "location_code")
    rec.t(")\n과태료 금액 ")
    rec.h(amount(rng), "amount")
    rec.t(" (의견제출 기한 내 자진납부 시 20% 감경)\n근거: ")
    rec.h(rng.choice(STATUTES[2:5]), "statute_citation")
    rec.t("\n")
    if rng.random() < 0.75 and not company:
        rec.t("※ 운전자가 따로 있는 경우 운전자 성명 ")
        d = Person(rng)
        name_piece(rec, rng, d)
        rec.t(" 운전면허번호 ")
        v, s = driver_license(rng)
        rec.p(v, "KR_DRIVER_LICENSE", s)
        rec.t(" 연락처 ")
        v, s = mobile(rng)
        rec.p(v, "PHONE_NUMBER", s)
        rec.t("\n")
    i = inst(rng)
    rec.t("발행: ")
    rec.h(i[3], "public_office")
    rec.t("  문의 ")
    rec.t(rng.choice(["교통지도과 ", "주차관리팀 "]))
    if rng.random() < 0.5:
        rec.t("담당 ")
        rec.p(ko_name(rng), "PERSON", "name_ko")
        rec.t(" 주무관 ")
        v, s = landline(rng, "area")
        rec.p(v, "PHONE_NUMBER", s)
    else:
        rec.t("(대표) ")
        rec.h(i[2], "institution_main_line")
    rec.t("\n주소 ")
    rec.h(i[1], "institution_address")
    rec.t("\n")


# ----------------------------------------------------------------------------------------
# official memo (수신/참조/결재란), minutes, e-mail headers
# ----------------------------------------------------------------------------------------

TITLES = ["주무관", "사무관", "서기관", "팀장", "과장", "국장", "실장"]


def t_approval_memo(rec, rng):
    i = inst(rng)
    rec.t(i[0] + "\n")
    rec.t("수신  ")
    r = rng.random()
    if r < 0.4:
        c = Person(rng, rng.choice(COUNTRIES) if rng.random() < 0.15 else None)
        name_piece(rec, rng, c)
        rec.t(" 귀하 (")
        a = kr_address(rng)
        write_addr(rec, rng, a, rng.choice(["before", None]), ref=True)
        rec.t(")\n")
    elif r < 0.7:
        rec.h(rng.choice(["국세청장", "기획재정부장관", "마포구청장", "수원시장", "세무서장"]), "public_office")
        rec.t(rng.choice(["(운영지원과장)", "(민원실장)", ""]) + "\n")
    else:
        rec.t("수신자 참조\n")
    rec.t("(경유)\n")
    if rng.random() < 0.6:
        rec.t("참조  " + rng.choice(DEPTS) + " ")
        rec.p(ko_name(rng), "PERSON", "name_ko")
        rec.t(" " + rng.choice(TITLES) + "\n")
    rec.t("제목  " + rng.choice(["민원 처리 결과 통보", "개인정보 파기 결과 보고", "차량 이전등록 협조 요청", "체류지 변경 사실 통보"]) + "\n\n")
    rec.t("1. 관련: ")
    rec.h(doc_no(rng), "document_number")
    rec.t("(")
    rec.h(event_date(rng, "dot_space"), "non_birth_date")
    rec.t(")\n2. ")
    rec.h(rng.choice(STATUTES), "statute_citation")
    rec.t("에 따라 아래와 같이 처리하였음을 알려드립니다.\n")
    if rng.random() < 0.6:
        rec.t("  가. 신청인: ")
        c = Person(rng)
        name_piece(rec, rng, c)
        rec.t(" (")
        v, s = dob_str(rng, c.dob)
        rec.p(v, "DATE_OF_BIRTH", s)
        rec.t("생)\n  나. 처리내용: " + rng.choice(["정정 완료", "반려", "이송"]) + "\n")
    rec.t("  다. 관련 민원 접수번호 ")
    rec.h(receipt_no(rng), "receipt_number")
    rec.t("\n붙임  " + rng.choice(["처리 결과 1부.", "신청서 사본 1부.", "없음."]) + "  끝.\n\n")
    rec.h(i[3], "public_office")
    rec.t("\n\n")
    sep = rng.choice(["  ", "\t", " | "])
    names = [ko_name(rng) for _ in range(rng.randint(2, 4))]
    ts_ = sorted(rng.sample(TITLES, len(names)), key=TITLES.index)
    labels = ["기안자", "검토자", "검토자", "결재권자"]
    for k, (nm, tt) in enumerate(zip(names, ts_)):
        if k:
            rec.t(sep)
        rec.t(f"{labels[min(k, 3) if k < len(names) - 1 else 3]} {tt} ")
        if rec.ocr is False and rng.random() < 0.15:
            rec.p(nm, "PERSON", "name_ko", force=["spaced_name"])
        else:
            rec.p(nm, "PERSON", "name_ko")
        if k == len(names) - 1 and rng.random() < 0.5:
            rec.t(" 전결 " + event_date(rng, "dot").replace("2", "2"))
    rec.t("\n")
    if rng.random() < 0.5:
        rec.t("협조자 ")
        rec.p(ko_name(rng), "PERSON", "name_ko")
        rec.t("\n")
    rec.t("시행 ")
    rec.h(doc_no(rng), "document_number")
    rec.t(" (")
    rec.h(event_date(rng, "dot_space"), "non_birth_date")
    rec.t(")  접수 ")
    rec.t("\n우 ")
    rec.h(postal(rng), "postal_code")
    rec.t(" ")
    rec.h(i[1], "institution_address")
    rec.t(" / " + rng.choice(["www.example.go.kr", "www.mapo.go.kr", "www.mois.go.kr"]) + "\n전화번호 ")
    v, s = landline(rng, "area")
    rec.p(v, "PHONE_NUMBER", s)
    if rng.random() < 0.4:
        rec.t(" (내선 " + str(rng.randint(100, 9999)) + ")")
    rec.t("  팩스번호 ")
    v, s = landline(rng, "area")
    rec.p(v, "PHONE_NUMBER", s + "_fax")
    rec.t("  /")
    v, s = email(rng, names[0], "korea.kr", obf="plain")
    rec.p(v, "EMAIL_ADDRESS", s)
    rec.t("  / " + rng.choice(["공개", "부분공개(6)", "비공개(6)"]) + "\n")
    if rng.random() < 0.4:
        rec.t("대표전화 ")
        rec.h(i[2], "institution_main_line")
        rec.t("  정부민원안내콜센터 ")
        rec.h("110", "short_code")
        rec.t("\n")


def t_minutes(rec, rng):
    rec.ocr = rng.random() < 0.25
    rec.t(rng.choice(["제", "제 "]) + str(rng.randint(1, 30)) + "차 " + rng.choice(["개인정보 보호 심의위원회", "주차장 운영위원회", "외국인주민 지원협의회", "입주자대표회의"]) + " 회의록\n")
    rec.t("일시: ")
    rec.h(event_date(rng, "dot_space"), "non_birth_date")
    rec.t(f" {rng.randint(9, 17)}:00\n장소: " + rng.choice(["본관 3층 회의실", "관리사무소 회의실", "온라인(영상회의)"]) + "\n참석자: ")
    ppl = []
    for k in range(rng.randint(3, 6)):
        fo = rng.random() < 0.12
        per = Person(rng, rng.choice(COUNTRIES) if fo else None)
        if k:
            rec.t(rng.choice([", ", ", ", " · "]))
        v = name_piece(rec, rng, per, "hangul_nospace" if fo else None)
        ppl.append((per, v))
        rec.t(rng.choice([" 위원장", " 위원", "(외부위원)", " 간사", "(" + rng.choice(DEPTS) + " " + rng.choice(TITLES) + ")", " 위원"]))
    rec.t("\n불참: ")
    rec.h(rng.choice(["김○○", "박**", "이 모 위원", "최○○"]), "masked_name")
    rec.t(" 위원\n\n")
    for _ in range(rng.randint(3, 6)):
        per, v = rng.choice(ppl)
        style = rng.random()
        if style < 0.4:
            rec.p(v, "PERSON", "speaker_name")
            rec.t(" 위원: ")
        elif style < 0.7:
            rec.t(rng.choice(["○ ", "◯ ", "- "]))
            rec.p(v, "PERSON", "speaker_name")
            rec.t(rng.choice([" 위원 ", " 간사 "]) + ": ")
        else:
            rec.t("위원장(")
            rec.p(v, "PERSON", "speaker_name")
            rec.t("): ")
        rec.t(rng.choice(["원안대로 의결하겠습니다.", "개인정보 파기 기한을 확인해 주십시오.", "차량 등록 대수를 다시 점검하겠습니다.",
                          "민원인 연락처는 회의록에서 제외하는 것이 좋겠습니다.", "다음 회의는 서면으로 대체합니다."]))
        if rng.random() < 0.2:
            rec.t(" 관련 민원인 ")
            c = Person(rng)
            name_piece(rec, rng, c)
            rec.t(" 씨(")
            v2, s2 = mobile(rng)
            rec.p(v2, "PHONE_NUMBER", s2)
            rec.t(")에게 회신 예정.")
        if rng.random() < 0.15:
            rec.t(" 해당 차량(")
            v2, s2 = plate(rng)
            rec.p(v2, "KR_VEHICLE_PLATE", s2)
            rec.t(")은 정기권 대상입니다.")
        rec.t("\n")
    rec.t("\n작성자 ")
    per, v = ppl[-1]
    rec.p(v, "PERSON", "signature_name")
    rec.t(rng.choice([" (서명)", " 印", ""]) + "\n")


def t_email_header(rec, rng):
    sender = Person(rng, rng.choice(COUNTRIES) if rng.random() < 0.15 else None)
    corp = rng.choice(CORP_DOMAINS)
    rec.t("From: ")
    q = rng.random() < 0.7
    if q:
        rec.t('"')
        name_piece(rec, rng, sender, "title" if sender.cc else None)
        rec.t('" <')
    v, s = email(rng, None if sender.cc else sender.name, corp, obf="plain")
    rec.p(v, "EMAIL_ADDRESS", s)
    rec.t(">\n" if q else "\n")
    for hdr in ["To", "Cc"]:
        if hdr == "Cc" and rng.random() < 0.4:
            continue
        rec.t(hdr + ": ")
        for k in range(rng.randint(1, 3)):
            if k:
                rec.t(", ")
            p = Person(rng)
            rec.p(p.name, "PERSON", "name_ko")
            rec.t(" <")
            v, s = email(rng, p.name, rng.choice([None, corp, "korea.kr"]), obf="plain")
            rec.p(v, "EMAIL_ADDRESS", s)
            rec.t(">")
        rec.t("\n")
    rec.t("Date: ")
    d = rand_date(rng, 2023, 2025)
    rec.h(d.strftime("%a, %d %b %Y") + f" {rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}:00 +0900", "non_birth_date")
    rec.t("\nSubject: " + rng.choice(["[회신] 계약서 검토 요청", "RE: 외국인 근로자 서류 보완", "FW: 차량 등록 서류", "[요청] 통장 사본 재송부"]) + "\n")
    rec.t("Message-ID: <")
    rec.h(f"{digits(rng, 10)}.{digits(rng, 5)}@mail.{corp}", "message_id")
    rec.t(">\n")
    if rng.random() < 0.5:
        rec.t("X-Originating-IP: [")
        v, s = ipv4(rng)
        rec.p(v, "IP_ADDRESS", s)
        rec.t("]\n")
    rec.t("\n안녕하세요, " + rng.choice(["요청하신 자료 송부드립니다.", "서류 확인 부탁드립니다.", "아래 연락처로 회신 바랍니다."]) + "\n")
    if rng.random() < 0.4:
        rec.t("담당자 개인 메일은 ")
        v, s = email(rng, None, None, obf=rng.choice(["at_word", "at_bracket", "golbaengi", "at_dot_word", "at_paren"]))
        rec.p(v, "EMAIL_ADDRESS", s)
        rec.t(" 입니다.\n")
    rec.t("\n--\n")
    name_piece(rec, rng, sender, "hangul" if sender.cc else None)
    rec.t(" " + rng.choice(["대리", "과장", "차장", "Manager", "팀장"]) + " | ")
    rec.h(rng.choice(COMPANIES), "company_name")
    rec.t("\n")
    style = rng.random()
    rec.t("T. ")
    v, s = landline(rng, rng.choice(["area", "070", "intl"]))
    rec.p(v, "PHONE_NUMBER", s)
    if style < 0.5:
        rec.t(rng.choice([" (ext. ", " 내선 ", " ext.", " (내선 "]) + str(rng.randint(100, 999)) + (")" if rng.random() < .5 else ""))
    rec.t("  M. ")
    v, s = mobile(rng, rng.choice(["hyphen", "intl", "intl_hyphen", "dot", "intl_paren"]))
    rec.p(v, "PHONE_NUMBER", s)
    rec.t("\n")
    if rng.random() < 0.5:
        rec.t("대표 ")
        rec.h(callcenter(rng), "institution_main_line")
        rec.t("  ")
    a = kr_address(rng) if rng.random() < 0.6 else en_address(rng)
    write_addr(rec, rng, a, rng.choice([None, "after", "before"]))
    rec.t("\n")


# ----------------------------------------------------------------------------------------
# contracts / vendor registration
# ----------------------------------------------------------------------------------------

def t_contract(rec, rng):
    rec.ocr = rng.random() < 0.3
    i = inst(rng)
    rec.t(rng.choice(["용역 계약서", "물품 구매 계약서", "협력업체 등록 신청서", "거래처 정보 변경 신청서"]) + "\n")
    rec.t("계약번호 ")
    rec.h(f"{rng.randint(2023, 2025)}{digits(rng, 7)}-00", "document_number")
    rec.t("  나라장터 공고번호 ")
    rec.h(f"R{rng.randint(24, 25)}BK{digits(rng, 8)}" if rng.random() < .5 else f"{rng.randint(2023, 2025)}{digits(rng, 6)}-00", "bid_number")
    rec.t("\n[발주기관] ")
    rec.t(i[0] + "  주소 ")
    rec.h(i[1], "institution_address")
    rec.t("  대표전화 ")
    rec.h(i[2], "institution_main_line")
    rec.t("\n[계약상대자]\n상호 ")
    rec.h(rng.choice(COMPANIES), "company_name")
    rec.t("\n대표자 ")
    rep = Person(rng)
    name_piece(rec, rng, rep)
    if rng.random() < 0.4:
        rec.t(" (생년월일 ")
        v, s = dob_str(rng, rep.dob)
        rec.p(v, "DATE_OF_BIRTH", s)
        rec.t(")")
    rec.t("\n사업자등록번호 ")
    rec.p(brn(rng), "KR_BRN", "brn_valid")
    if rng.random() < 0.7:
        rec.t("  법인등록번호 ")
        rec.p(crn(rng), "KR_CRN", "crn_valid")
    rec.t("\n소재지 ")
    write_addr(rec, rng, kr_address(rng), rng.choice([None, "before"]))
    rec.t("\n전화 ")
    v, s = landline(rng)
    rec.p(v, "PHONE_NUMBER", s)
    rec.t("  팩스 ")
    v, s = landline(rng, "area")
    rec.p(v, "PHONE_NUMBER", s + "_fax")
    rec.t("\n담당자 ")
    m = Person(rng)
    name_piece(rec, rng, m)
    rec.t(" " + rng.choice(["과장", "대리", "팀장"]) + " ")
    v, s = mobile(rng)
    rec.p(v, "PHONE_NUMBER", s)
    rec.t("  ")
    v, s = email(rng, m.name)
    rec.p(v, "EMAIL_ADDRESS", s)
    b, v, s = account(rng)
    rec.t(f"\n대금 입금계좌 {b} ")
    rec.p(v, "KR_BANK_ACCOUNT", s)
    rec.t(" (예금주 ")
    if rng.random() < 0.6:
        rec.h(rng.choice(COMPANIES), "company_name")
    else:
        rec.p(rep.name, "PERSON", "name_ko")
    rec.t(")\n계약금액 ")
    rec.h(amount(rng), "amount")
    rec.t(" (부가가치세 포함)\n근거 ")
    rec.h(rng.choice(["「국가를 당사자로 하는 계약에 관한 법률」 제11조", "「지방자치단체를 당사자로 하는 계약에 관한 법률」 제14조"]), "statute_citation")
    rec.t("\n")


# ----------------------------------------------------------------------------------------
# address list, payment log
# ----------------------------------------------------------------------------------------

def t_address_list(rec, rng):
    rec.t(rng.choice(["배송지 목록\n", "주소 변경 이력\n", "우편 발송 대상자\n", "반송 우편물 재발송 명단\n"]))
    for k in range(rng.randint(3, 5)):
        per = Person(rng, rng.choice(COUNTRIES) if rng.random() < 0.1 else None)
        rec.t(f"{k + 1}) ")
        name_piece(rec, rng, per)
        rec.t(rng.choice([" / ", "\t", " - "]))
        a = kr_address(rng) if rng.random() < 0.85 else en_address(rng)
        pos = rng.choice(["before", "after", None, "before"])
        write_addr(rec, rng, a, pos)
        if rng.random() < 0.7:
            rec.t(rng.choice([" / ", " ☎ ", " tel "]))
            v, s = phone_any(rng)
            rec.p(v, "PHONE_NUMBER", s)
        rec.t("\n")
    if rng.random() < 0.5:
        rec.t("발송처: ")
        i = inst(rng)
        rec.h(i[1], "institution_address")
        rec.t(" ")
        rec.h(i[0], "institution_name")
        rec.t(" (대표 ")
        rec.h(i[2], "institution_main_line")
        rec.t(")\n")


def t_payment_log(rec, rng):
    style = rng.choice(["kv", "fixed"])
    for _ in range(rng.randint(2, 4)):
        per = Person(rng)
        if style == "kv":
            rec.h(ts(rng), "non_birth_date")
            rec.t(" PG_APPROVE tid=")
            rec.h(f"T{digits(rng, 12)}", "transaction_id")
            rec.t(" card_no=")
            v, s = card(rng)
            rec.p(v.replace(" ", "-"), "CREDIT_CARD", s)
            rec.t(f" exp={rng.randint(1, 12):02d}{rng.randint(26, 31)} amt=")
            rec.h(str(rng.randint(1, 900) * 1000), "amount")
            rec.t(" holder=")
            rec.p(per.name, "PERSON", "name_ko")
            rec.t(" tel=")
            v, s = mobile(rng, rng.choice(["plain", "hyphen", "masked"]))
            rec.p(v, "PHONE_NUMBER", s)
            rec.t(" merchant_brn=")
            rec.p(brn(rng).replace("-", "") if rng.random() < .5 else brn(rng), "KR_BRN", "brn_valid")
            rec.t(" ip=")
            v, s = ipv4(rng)
            rec.p(v, "IP_ADDRESS", s)
            rec.t("\n")
        else:
            rec.t("승인 | ")
            rec.h(digits(rng, 8), "approval_number")
            rec.t(" | ")
            v, s = card(rng)
            rec.p(v, "CREDIT_CARD", s)
            rec.t(" | ")
            rec.p(per.name, "PERSON", "name_ko")
            rec.t(" | ")
            rec.h(amount(rng), "amount")
            rec.t(" | 일시불 | ")
            rec.h(ts(rng), "non_birth_date")
            rec.t("\n")
    if rng.random() < 0.5:
        rec.t("고객센터 ")
        rec.h(callcenter(rng), "institution_main_line")
        rec.t("\n")


# ----------------------------------------------------------------------------------------
# no-PII structured records
# ----------------------------------------------------------------------------------------

def t_nopii(rec, rng):
    k = rng.choice(["codes", "syslog", "stats", "receipts", "statutes", "blank", "directory", "cases"])
    rec.nopii_kind = k
    if k == "codes":
        rec.t("기관코드,기관명,대표전화,주소\n")
        for i in rng.sample(INST, rng.randint(2, 4)):
            rec.t(digits(rng, 7) + "," + i[0] + ",")
            rec.h(i[2], "institution_main_line")
            rec.t(',"')
            rec.h(i[1], "institution_address")
            rec.t('"\n')
    elif k == "syslog":
        for _ in range(rng.randint(3, 5)):
            rec.h(ts(rng), "non_birth_date")
            rec.t(" INFO batch job=" + rng.choice(["purge_pii", "sync_codes", "archive"]) + " user=")
            rec.h(uid(rng), "user_id")
            rec.t(" ver=")
            rec.h(f"{rng.randint(1, 12)}.{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(1000, 9999)}", "version_number")
            rec.t(" rows=" + str(rng.randint(0, 50000)) + " doc=")
            rec.h(doc_no(rng), "document_number")
            rec.t("\n")
    elif k == "stats":
        rec.t("구분\t건수\t금액\t기준일\n")
        for g in rng.sample(["주정차위반", "속도위반", "외국인등록", "차량이전", "등본발급"], 3):
            rec.t(g + "\t" + f"{rng.randint(10, 99999):,}" + "\t")
            rec.h(amount(rng), "amount")
            rec.t("\t")
            rec.h(event_date(rng, "iso"), "non_birth_date")
            rec.t("\n")
    elif k == "receipts":
        rec.t("| 접수번호 | 민원인 | 처리상태 | 접수일 |\n|---|---|---|---|\n")
        for _ in range(rng.randint(3, 5)):
            rec.t("| ")
            rec.h(receipt_no(rng), "receipt_number")
            rec.t(" | ")
            rec.h(rng.choice(["김○○", "박**", "이○○", "정 모 씨", "최**", "A법인", "갑"]), "masked_name")
            rec.t(" | " + rng.choice(["완료", "처리중"]) + " | ")
            rec.h(event_date(rng, "dot"), "non_birth_date")
            rec.t(" |\n")
    elif k == "statutes":
        rec.t("관련 법령 목록\n")
        for st in rng.sample(STATUTES, 4):
            rec.t("- ")
            rec.h(st, "statute_citation")
            rec.t("\n")
        rec.t("사건번호: ")
        rec.h(case_no(rng), "case_number")
        rec.t("\n")
    elif k == "blank":
        rec.ocr = True
        rec.t("개인정보 수집·이용 동의서 (작성 예시)\n성명: ")
        rec.h("홍길동", "placeholder_name")
        rec.t("\n주민등록번호: ")
        rec.h("000000-0000000", "placeholder_id")
        rec.t("\n연락처: ___-____-____\n주소: ______________________\n※ 문의 ")
        rec.h(rng.choice(SHORT_CODES), "short_code")
        rec.t(" 또는 ")
        rec.h(callcenter(rng), "institution_main_line")
        rec.t("\n")
    elif k == "directory":
        rec.t("부서\t대표번호\t비고\n")
        for d in rng.sample(DEPTS, 3):
            rec.t(d + "\t")
            rec.h(rng.choice(AREA) + f"-{rng.randint(200, 999)}-{rng.randint(0, 9999):04d}", "institution_main_line")
            rec.t("\t(대표)\n")
        rec.t("다산콜센터\t")
        rec.h("120", "short_code")
        rec.t("\n")
    else:
        rec.t("사건번호,처분청,결과,관리번호,상품코드\n")
        for _ in range(3):
            rec.h(case_no(rng), "case_number")
            rec.t(",")
            rec.h(rng.choice(["마포구청장", "수원시장", "국세청장", "세무서장"]), "public_office")
            rec.t("," + rng.choice(["기각", "인용", "각하"]) + ",")
            rec.h(f"{rng.choice(AREA[1:])}-{rng.randint(2019, 2025)}-{digits(rng, 4)}", "management_number")
            rec.t(",")
            rec.h(product_code(rng), "product_code")
            rec.t("\n")


# ----------------------------------------------------------------------------------------
# driver
# ----------------------------------------------------------------------------------------

TEMPLATES = OrderedDict([  # name: (function, count, genre, ocr)
    ("csv_header", (t_csv_header, 34, "csv", False)),
    ("csv_noheader", (t_csv_noheader, 26, "csv", False)),
    ("tsv", (t_tsv, 26, "tsv", False)),
    ("json_log", (t_json_log, 30, "json_log", False)),
    ("kv_log", (t_kv_log, 30, "kv_log", False)),
    ("table_pipe", (t_table_pipe, 28, "table", False)),
    ("table_tab", (t_table_tab, 22, "table", False)),
    ("ocr_application", (t_ocr_application, 20, "ocr_form", True)),
    ("ocr_consent", (t_ocr_consent, 18, "ocr_form", True)),
    ("ocr_poa", (t_ocr_poa, 18, "ocr_form", True)),
    ("ocr_medical", (t_ocr_medical, 15, "ocr_form", True)),
    ("ocr_lease", (t_ocr_lease, 18, "ocr_form", True)),
    ("ocr_bankbook", (t_ocr_bankbook, 18, "ocr_form", True)),
    ("ocr_idcopy", (t_ocr_idcopy, 34, "id_copy", True)),
    ("foreign_resident", (t_foreign_resident, 28, "foreign_resident", False)),
    ("vehicle_reg", (t_vehicle_reg, 22, "vehicle_doc", False)),
    ("fine_notice", (t_fine_notice, 22, "vehicle_doc", False)),
    ("approval_memo", (t_approval_memo, 24, "official_memo", False)),
    ("minutes", (t_minutes, 20, "minutes", False)),
    ("email_header", (t_email_header, 24, "email", False)),
    ("contract", (t_contract, 20, "contract", False)),
    ("address_list", (t_address_list, 18, "address_list", False)),
    ("payment_log", (t_payment_log, 16, "payment_log", False)),
    ("no_pii", (t_nopii, 40, None, False)),
])
NOPII_GENRE = {"codes": "csv", "syslog": "kv_log", "stats": "table", "receipts": "table",
               "statutes": "official_memo", "blank": "ocr_form", "directory": "table", "cases": "csv"}

# ----------------------------------------------------------------------------------------
# validation
# ----------------------------------------------------------------------------------------

MOBILE_RE = re.compile(r"(?<!\d)01[016789][-. ]?\d{3,4}[-. ]?\d{4}(?!\d)")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
RRN_RE = re.compile(r"(?<!\d)\d{6}-\d{7}(?!\d)")
CARD_RE = re.compile(r"(?<!\d)\d{4}[- ]?\d{4}[- ]?\d{4}[- ]?\d{4}(?!\d)")
IP_RE = re.compile(r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d.])")


def norm(s, lookalike=True):
    s = unicodedata.normalize("NFKC", s)
    for hy in HYPHENS + ["－"]:
        s = s.replace(hy, "-")
    if lookalike:
        s = s.translate(str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "B": "8"}))
    return re.sub(r"\s+", "", s)


def valid_date(y, m, d):
    try:
        return datetime.date(y, m, d)
    except ValueError:
        return None


def rrn_date(d13):
    g = int(d13[6])
    cent = {1: 1900, 2: 1900, 3: 2000, 4: 2000, 5: 1900, 6: 1900, 7: 2000, 8: 2000, 9: 1800, 0: 1800}[g]
    return valid_date(cent + int(d13[:2]), int(d13[2:4]), int(d13[4:6]))


def check_span(sp, val):
    typ, sub = sp["type"], sp["sub"]
    n = norm(val, typ in DIGIT_TYPES or typ == "DATE_OF_BIRTH")
    if typ == "KR_RRN":
        if sub == "rrn_masked":
            assert re.fullmatch(r"\d{6}-[1-4][*●Xx○]{6}", n), val
            assert rrn_date(n[:6] + n[7]), val
        elif sub == "rrn_split_front":
            assert re.fullmatch(r"\d{6}", n)
        elif sub == "rrn_split_back":
            assert re.fullmatch(r"[1-4]\d{6}", n)
        else:
            d = n.replace("-", "")
            assert re.fullmatch(r"\d{13}", d) and d[6] in "1234", val
            dt = rrn_date(d)
            assert dt, val
            ok = rrn_check(d[:12]) == int(d[12])
            if sub == "rrn_post2020":
                assert dt >= datetime.date(2020, 10, 1) and not ok, val
            else:
                assert ok and dt < datetime.date(2020, 10, 1), val
    elif typ == "KR_FRN":
        if sub == "frn_masked":
            assert re.fullmatch(r"\d{6}-[5-8]\*{6}", n), val
        else:
            d = n.replace("-", "")
            assert re.fullmatch(r"\d{6}[5-8]\d{6}", d) and rrn_date(d), val
            assert frn_check(d[:12]) == int(d[12]), val
    elif typ == "KR_BRN":
        d = n.replace("-", "")
        assert re.fullmatch(r"\d{10}", d)
        w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
        s = sum(int(a) * b for a, b in zip(d, w)) + (int(d[8]) * 5) // 10
        assert (10 - s % 10) % 10 == int(d[9]), val
    elif typ == "KR_CRN":
        d = n.replace("-", "")
        assert re.fullmatch(r"\d{13}", d)
        s = sum(int(a) * (1 if k % 2 == 0 else 2) for k, a in enumerate(d[:12]))
        assert (10 - s % 10) % 10 == int(d[12]), val
    elif typ == "CREDIT_CARD":
        d = n.replace("-", "")
        assert re.fullmatch(r"\d{15,16}", d) and luhn_ok(d), val
    elif typ == "PHONE_NUMBER":
        d = n.replace("(0)", "")
        assert re.fullmatch(r"(\+82-?)?0?\d{1,3}[-.]?[\d*]{3,4}[-.]?[\d*]{4}", d), val
    elif typ == "EMAIL_ADDRESS":
        assert re.search(r"(@|＠|\bat\b|\[at\]|\(골뱅이\)|\(at\))", val), val
    elif typ == "KR_BANK_ACCOUNT":
        assert re.fullmatch(r"\d[\d-]{9,17}\d", n), val
    elif typ == "KR_DRIVER_LICENSE":
        assert re.fullmatch(r"(\d{2}-?|[가-힣]{2})\d{2}-?\d{6}-?\d{2}", n), val
    elif typ == "KR_VEHICLE_PLATE":
        assert re.fullmatch(r"([가-힣]{2})?\d{2,3}[가-힣]\d{4}", n), val
    elif typ == "KR_PASSPORT":
        assert re.fullmatch(r"[A-Z0-9]{8,9}", n), val
    elif typ == "KR_HEALTH_INSURANCE":
        assert re.fullmatch(r"\d{11}", n), val
    elif typ == "IP_ADDRESS":
        assert IP_RE.fullmatch(val) or ":" in val, val
    elif typ == "DATE_OF_BIRTH":
        assert re.search(r"\d", n), val
    elif typ == "PERSON":
        assert not re.search(r"(씨|님|귀하|주무관|위원)$", val), val
        assert val not in BAD_NAMES
    elif typ == "KR_ADDRESS":
        assert re.search(r"\d", val), val


def validate_record(text, spans, negs, planned_nopii):
    prev = 0
    for sp in spans:
        s, e = sp["start"], sp["end"]
        assert 0 <= s < e <= len(text)
        assert s >= prev, "overlap/unsorted"
        prev = e
        v = text[s:e]
        assert v == v.strip() and not v[0].isspace() and not v[-1].isspace(), repr(v)
        check_span(sp, v)
    for hn in negs:
        assert text[hn["start"]:hn["end"]] == hn["text"]
        for sp in spans:
            assert hn["end"] <= sp["start"] or hn["start"] >= sp["end"], "neg overlaps span"
    if planned_nopii:
        assert not spans
    else:
        assert spans
    covered = [False] * len(text)
    for sp in spans:
        for k in range(sp["start"], sp["end"]):
            covered[k] = True
    # every other occurrence of a labelled string must be labelled
    for sp in spans:
        v = text[sp["start"]:sp["end"]]
        if len(v) < 2:
            continue
        for m in re.finditer(re.escape(v), text):
            if not all(covered[m.start():m.end()]):
                raise AssertionError(f"unlabelled repeat of {v!r}")
    # nothing PII-looking outside spans and tagged hard negatives
    masked = list(text)
    for k in range(len(text)):
        if covered[k]:
            masked[k] = "§"
    for hn in negs:
        for k in range(hn["start"], hn["end"]):
            masked[k] = "§"
    mt = "".join(masked)
    nt = unicodedata.normalize("NFKC", mt)
    for rx, nm in ((MOBILE_RE, "mobile"), (EMAIL_RE, "email"), (RRN_RE, "rrn"), (CARD_RE, "card"), (IP_RE, "ip")):
        m = rx.search(nt)
        if m:
            raise AssertionError(f"unlabelled {nm}: {m.group(0)!r}")


# ----------------------------------------------------------------------------------------

def build():
    records = []
    for tname, (fn, count, genre, ocr) in TEMPLATES.items():
        for i in range(count):
            for attempt in range(20):
                seed = f"{PREFIX}|{tname}|{i}" + (f"|r{attempt}" if attempt else "")
                rng = random.Random(seed)
                rec = Rec(rng, ocr)
                if tname == "no_pii":
                    # pick the sub-kind first so that the genre is known
                    fn(rec, rng)
                else:
                    fn(rec, rng)
                text = rec.text()
                try:
                    validate_record(text, rec.spans, rec.negs, tname == "no_pii")
                except AssertionError as ex:
                    last = ex
                    continue
                break
            else:
                raise SystemExit(f"could not build {tname} {i}: {last}")
            g = genre if genre is not None else NOPII_GENRE[rec.nopii_kind]
            records.append({"template": tname, "seed": seed, "genre": g, "text": text,
                            "spans": rec.spans, "negs": rec.negs, "ocr": rec.ocr})
    order = random.Random(f"{PREFIX}|order")
    order.shuffle(records)
    return records


def main():
    records = build()
    data_lines, meta_lines = [], []
    stats = {"records": len(records), "records_no_pii": 0, "spans": 0, "by_genre": Counter(), "by_genre_spans": Counter(),
             "by_template": Counter(), "by_type": Counter(), "by_subkind": Counter(), "by_noise": Counter(),
             "by_hard_negative": Counter(), "no_pii_by_genre": Counter(), "spans_with_noise": 0}
    for k, r in enumerate(records):
        rid = f"pii_ab-{k + 1:04d}"
        spans = [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in r["spans"]]
        data_lines.append(json.dumps({"id": rid, "text": r["text"], "spans": spans, "genre": r["genre"]}, ensure_ascii=False))
        meta_lines.append(json.dumps({
            "id": rid, "template": r["template"], "seed": r["seed"], "genre": r["genre"], "ocr_text_noise": r["ocr"],
            "planned_no_pii": r["template"] == "no_pii",
            "spans": [{"start": s["start"], "end": s["end"], "type": s["type"], "sub": s["sub"], "noise": s["noise"],
                       "text": r["text"][s["start"]:s["end"]]} for s in r["spans"]],
            "hard_negatives": r["negs"]}, ensure_ascii=False))
        stats["by_genre"][r["genre"]] += 1
        stats["by_genre_spans"][r["genre"]] += len(spans)
        stats["by_template"][r["template"]] += 1
        if not spans:
            stats["records_no_pii"] += 1
            stats["no_pii_by_genre"][r["genre"]] += 1
        for s in r["spans"]:
            stats["spans"] += 1
            stats["by_type"][s["type"]] += 1
            stats["by_subkind"][s["type"] + ":" + s["sub"]] += 1
            for nz in s["noise"]:
                stats["by_noise"][nz] += 1
            if s["noise"]:
                stats["spans_with_noise"] += 1
        for h in r["negs"]:
            stats["by_hard_negative"][h["category"]] += 1
    for k in list(stats):
        if isinstance(stats[k], Counter):
            stats[k] = dict(sorted(stats[k].items(), key=lambda kv: (-kv[1], kv[0])))
    with open(os.path.join(HERE, "pii_ab.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(data_lines) + "\n")
    with open(os.path.join(HERE, "pii_ab.meta.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(meta_lines) + "\n")
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(stats, f, ensure_ascii=False, indent=1)
        f.write("\n")
    reread_check()
    print(json.dumps({"records": stats["records"], "no_pii": stats["records_no_pii"], "spans": stats["spans"],
                      "by_type": stats["by_type"]}, ensure_ascii=False))


def reread_check():
    with open(os.path.join(HERE, "pii_ab.jsonl"), encoding="utf-8") as f:
        data = [json.loads(x) for x in f]
    with open(os.path.join(HERE, "pii_ab.meta.jsonl"), encoding="utf-8") as f:
        meta = [json.loads(x) for x in f]
    assert len(data) == len(meta)
    ids = set()
    for d, m in zip(data, meta):
        assert d["id"] == m["id"] and d["id"] not in ids
        ids.add(d["id"])
        assert [(s["start"], s["end"], s["type"]) for s in d["spans"]] == [(s["start"], s["end"], s["type"]) for s in m["spans"]]
        validate_record(d["text"], m["spans"], m["hard_negatives"], m["planned_no_pii"])


if __name__ == "__main__":
    main()
