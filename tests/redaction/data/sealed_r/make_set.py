#!/usr/bin/env python3
"""pii_r: generator + validator for an independent Korean PII evaluation set.

Standard library only. `python3 make_set.py` writes pii_r.jsonl, pii_r.meta.jsonl, README.md and MD5SUMS
(MD5SUMS last) into the folder of this script. Output is deterministic (string-seeded random.Random).
"""
import re
import json
import os
import random
import hashlib
from collections import Counter, defaultdict
import unicodedata
import ipaddress
from datetime import date, timedelta

SEED = "pii_r-2026"

# ---------------------------------------------------------------- names
SUR_W = [("김", 20), ("이", 14), ("박", 9), ("최", 5), ("정", 5), ("강", 3), ("조", 3), ("윤", 3), ("장", 3),
         ("임", 3), ("한", 2), ("오", 2), ("서", 2), ("신", 2), ("권", 2), ("황", 2), ("안", 2), ("송", 2),
         ("류", 1), ("전", 1), ("홍", 1), ("고", 1), ("문", 1), ("양", 1), ("손", 1), ("배", 1), ("백", 1),
         ("허", 1), ("유", 1), ("남", 1), ("심", 1), ("노", 1), ("하", 1), ("곽", 1), ("성", 1), ("차", 1),
         ("주", 1), ("우", 1), ("구", 1), ("민", 1), ("진", 1), ("엄", 1), ("채", 1), ("원", 1), ("천", 1),
         ("방", 1), ("공", 1), ("현", 1), ("함", 1), ("변", 1), ("염", 1), ("여", 1), ("추", 1), ("도", 1),
         ("석", 1), ("설", 1), ("마", 1), ("길", 1), ("연", 1), ("위", 1), ("표", 1), ("명", 1), ("왕", 1),
         ("금", 1), ("옥", 1), ("육", 1), ("인", 1), ("맹", 1), ("제", 1), ("탁", 1), ("국", 1), ("봉", 1),
         ("남궁", 1), ("황보", 1), ("선우", 1), ("제갈", 1), ("독고", 1), ("사공", 1), ("서문", 1)]
SUR = [s for s, w in SUR_W for _ in range(w)]
SURSET = set(s for s, _ in SUR_W)
GIVEN = ("민준 서준 도윤 예준 시우 하준 주원 지호 지후 준우 준서 도현 건우 현우 우진 선우 서진 연우 유준 정우 "
         "승우 승현 시윤 준혁 은우 지환 승민 지우 유찬 민재 서연 서윤 지유 하윤 서현 민서 하은 지민 윤서 채원 "
         "수아 지아 지윤 은서 다은 예은 수빈 소율 예린 하린 영수 영호 영식 정호 성수 상철 광수 정훈 성민 동현 "
         "재훈 현철 경호 상훈 종민 태호 기철 명수 용준 미숙 영숙 정숙 순자 영희 경희 혜숙 미경 은정 혜진 지영 "
         "수진 미영 은영 현정 선영 지현 정은 유진 소영 혜원 보람 다혜 한결 나래 슬기 가람 아름 초롱 정민 승연 "
         "재원 준영 태윤 세희 민지 지수 예지 수연 채린 가은 나은 도연 시현 재민 하람 윤아 서아 로운 아린 태민 "
         "동욱 병철 창호 석진 형준 인호 대현 진우 철민 규리 연희 말순 춘자 옥순 복희 상우 기현 은비 소희 다빈").split()
GIVENSET = set(GIVEN)

FOREIGN = {
    "VNM": ("베트남", "VIETNAM", "ff", [("NGUYEN", "응우옌"), ("TRAN", "쩐"), ("LE", "레"), ("PHAM", "팜"), ("HOANG", "호앙"), ("VU", "부"), ("DANG", "당")],
            [("VAN HUNG", "반 훙"), ("THI MAI", "티 마이"), ("VAN NAM", "반 남"), ("THI LAN", "티 란"), ("MINH DUC", "민 득"), ("THI HOA", "티 호아"), ("QUANG HAI", "꽝 하이"), ("THANH TUNG", "타인 뚱")]),
    "CHN": ("중국", "CHINA", "fc", [("WANG", "왕"), ("LIU", "류"), ("ZHANG", "장"), ("CHEN", "천"), ("ZHAO", "자오"), ("SUN", "쑨"), ("HUANG", "황")],
            [("LEI", "레이"), ("YANG", "양"), ("WEI", "웨이"), ("JING", "징"), ("XIAOMING", "샤오밍"), ("HUI", "후이"), ("JIANHUA", "젠화"), ("MEILING", "메이링")]),
    "PHL": ("필리핀", "PHILIPPINES", "gf", [("SANTOS", "산토스"), ("REYES", "레예스"), ("CRUZ", "크루스"), ("GARCIA", "가르시아"), ("BAUTISTA", "바우티스타")],
            [("MARIA", "마리아"), ("JOSE", "호세"), ("ANA", "아나"), ("MARK ANTHONY", "마크 앤서니"), ("JOY", "조이"), ("ROSALIE", "로잘리")]),
    "UZB": ("우즈베키스탄", "UZBEKISTAN", "gf", [("KARIMOV", "카리모프"), ("YUSUPOV", "유수포프"), ("RAHIMOV", "라히모프"), ("TOSHMATOV", "토시마토프")],
            [("RUSTAM", "루스탐"), ("BOBUR", "보부르"), ("SHERZOD", "셰르조드"), ("AZIZ", "아지즈")]),
    "IDN": ("인도네시아", "INDONESIA", "gf", [("SANTOSO", "산토소"), ("RAHAYU", "라하유"), ("SETIAWAN", "세티아완"), ("WIBOWO", "위보워")],
            [("BUDI", "부디"), ("SITI", "시티"), ("AGUS", "아구스"), ("DEWI", "데위")]),
    "NPL": ("네팔", "NEPAL", "gf", [("THAPA", "타파"), ("GURUNG", "구룽"), ("SHRESTHA", "슈레스타"), ("TAMANG", "타망")],
            [("RAM BAHADUR", "람 바하두르"), ("SITA", "시타"), ("BIKASH", "비카스"), ("ANJALI", "안잘리")]),
    "USA": ("미국", "UNITED STATES", "gf", [("MILLER", "밀러"), ("JOHNSON", "존슨"), ("CARTER", "카터"), ("BROWN", "브라운")],
            [("JOHN", "존"), ("EMILY", "에밀리"), ("MICHAEL", "마이클"), ("SARAH", "세라")]),
    "MNG": ("몽골", "MONGOLIA", "gf", [("GANBOLD", "간볼드"), ("BATBAYAR", "바트바야르"), ("DORJ", "도르지")],
            [("TUMUR", "투무르"), ("ENKHJARGAL", "엥흐자르갈"), ("OYUNA", "오유나")]),
    "KHM": ("캄보디아", "CAMBODIA", "ff", [("SOK", "속"), ("CHHUN", "춘"), ("HENG", "행")],
            [("DARA", "다라"), ("SOPHEA", "소피어"), ("VANNA", "완나")]),
    "THA": ("태국", "THAILAND", "gf", [("SRISUK", "스리숙"), ("WONGSA", "웡사"), ("BOONMA", "분마")],
            [("SOMCHAI", "솜차이"), ("NIRAN", "니란"), ("MALEE", "말리")]),
}
NATS = sorted(FOREIGN)
FOREIGN_NAMES = set()


def _reg_foreign():
    for k in NATS:
        _, _, order, fams, givs = FOREIGN[k]
        for fl, fh in fams:
            for gl, gh in givs:
                FOREIGN_NAMES.add(fl + " " + gl)
                FOREIGN_NAMES.add(gl + " " + fl)
                FOREIGN_NAMES.add(fl + ", " + gl)
                FOREIGN_NAMES.add((gl + " " + fl).title())
                FOREIGN_NAMES.add((fl + " " + gl).title())
                if order == "fc":
                    FOREIGN_NAMES.add(fh + gh)
                elif order == "ff":
                    FOREIGN_NAMES.add(fh + " " + gh)
                else:
                    FOREIGN_NAMES.add(gh + " " + fh)
                FOREIGN_NAMES.add(fl)
                FOREIGN_NAMES.add(gl)


_reg_foreign()


def kname(rng):
    s = rng.choice(SUR)
    g = rng.choice(GIVEN)
    if rng.random() < 0.03:
        g = g[0]  # single-syllable given name, e.g. 김솔
        if s + g in ("홍길", ):
            g = "솔"
    n = s + g
    if n == "홍길동":
        n = "홍길순"
    return n


def fname(rng, nat=None):
    nat = nat or rng.choice(NATS)
    ko, en, order, fams, givs = FOREIGN[nat]
    fl, fh = rng.choice(fams)
    gl, gh = rng.choice(givs)
    if order == "fc":
        hangul = fh + gh
    elif order == "ff":
        hangul = fh + " " + gh
    else:
        hangul = gh + " " + fh
    mixed = (gl + " " + fl).title() if order == "gf" else (fl + " " + gl).title()
    return dict(nat=nat, nat_ko=ko, nat_en=en, family=fl, given=gl, upper=fl + " " + gl,
                mixed=mixed, hangul=hangul)


def is_valid_person(v):
    v2 = v.replace(" ", "") if re.fullmatch(r"[가-힣 ]+", v) else v
    if v in FOREIGN_NAMES or v2 in {x.replace(" ", "") for x in FOREIGN_NAMES if re.fullmatch(r"[가-힣 ]+", x)}:
        return True
    if v2 == "홍길동":
        return False
    for s in sorted(SURSET, key=len, reverse=True):
        if v2.startswith(s):
            g = v2[len(s):]
            if g in GIVENSET or (len(g) == 1 and any(x[0] == g for x in GIVEN)) or g == "솔":
                return True
    return False


# ------------------------------------------------------------ romanization
_INI = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
_VOW = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"]
_FIN = ["", "k", "k", "k", "n", "n", "n", "t", "l", "l", "l", "l", "l", "l", "l", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"]
SUR_ROM = {"김": "kim", "이": "lee", "박": "park", "최": "choi", "정": "jung", "강": "kang", "조": "cho", "윤": "yoon",
           "장": "jang", "임": "lim", "한": "han", "오": "oh", "서": "seo", "신": "shin", "권": "kwon", "황": "hwang",
           "안": "ahn", "송": "song", "류": "ryu", "전": "jeon", "홍": "hong", "고": "ko", "문": "moon", "양": "yang",
           "손": "son", "배": "bae", "백": "baek", "허": "heo", "유": "yu", "남": "nam", "노": "noh", "하": "ha",
           "남궁": "namgung", "황보": "hwangbo", "선우": "sunwoo", "제갈": "jegal", "독고": "dokgo", "사공": "sagong", "서문": "seomun"}


def rom_syl(ch):
    c = ord(ch) - 0xAC00
    if not (0 <= c < 11172):
        return ""
    return _INI[c // 588] + _VOW[(c % 588) // 28] + _FIN[c % 28]


def split_name(n):
    for s in sorted(SURSET, key=len, reverse=True):
        if n.startswith(s) and len(n) > len(s):
            return s, n[len(s):]
    return n[0], n[1:]


def rom_name(n):
    s, g = split_name(n)
    sr = SUR_ROM.get(s, "".join(rom_syl(c) for c in s))
    return sr, "".join(rom_syl(c) for c in g), "".join(rom_syl(c)[0] for c in g)


# ------------------------------------------------------------ dates / DOB
def rand_date(rng, y0, y1):
    a = date(y0, 1, 1).toordinal()
    b = date(y1, 12, 31).toordinal()
    return date.fromordinal(rng.randint(a, b))


MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
DOB_STYLES = ["dot_space", "korean", "iso", "dot_pad", "yy_dot", "yymmdd", "slash", "dmy_slash", "passport_dmy", "dot_nospace", "compact8", "korean_short"]


def fmt_dob(d, style):
    y, m, dd = d.year, d.month, d.day
    return {
        "dot_space": f"{y}. {m}. {dd}.",
        "korean": f"{y}년 {m}월 {dd}일",
        "korean_short": f"{y % 100:02d}년 {m}월 {dd}일",
        "iso": f"{y}-{m:02d}-{dd:02d}",
        "dot_pad": f"{y}.{m:02d}.{dd:02d}.",
        "dot_nospace": f"{y}.{m:02d}.{dd:02d}",
        "yy_dot": f"{y % 100:02d}.{m:02d}.{dd:02d}",
        "yymmdd": f"{y % 100:02d}{m:02d}{dd:02d}",
        "compact8": f"{y}{m:02d}{dd:02d}",
        "slash": f"{y}/{m:02d}/{dd:02d}",
        "dmy_slash": f"{dd:02d}/{m:02d}/{y}",
        "passport_dmy": f"{dd:02d} {MON[m - 1]} {y}",
    }[style]


def parse_dob(s, style):
    s = unicodedata.normalize("NFKC", s)
    pats = {
        "dot_space": r"(\d{4})\. (\d{1,2})\. (\d{1,2})\.", "korean": r"(\d{4})년 (\d{1,2})월 (\d{1,2})일",
        "korean_short": r"(\d{2})년 (\d{1,2})월 (\d{1,2})일",
        "iso": r"(\d{4})-(\d{2})-(\d{2})", "dot_pad": r"(\d{4})\.(\d{2})\.(\d{2})\.", "dot_nospace": r"(\d{4})\.(\d{2})\.(\d{2})",
        "yy_dot": r"(\d{2})\.(\d{2})\.(\d{2})", "yymmdd": r"(\d{2})(\d{2})(\d{2})", "compact8": r"(\d{4})(\d{2})(\d{2})",
        "slash": r"(\d{4})/(\d{2})/(\d{2})", "dmy_slash": r"(\d{2})/(\d{2})/(\d{4})",
        "passport_dmy": r"(\d{2}) ([A-Z]{3}) (\d{4})",
    }
    m = re.fullmatch(pats[style], s)
    if not m:
        return None
    g = m.groups()
    if style == "dmy_slash":
        y, mo, d = int(g[2]), int(g[1]), int(g[0])
    elif style == "passport_dmy":
        y, mo, d = int(g[2]), MON.index(g[1]) + 1, int(g[0])
    else:
        y, mo, d = int(g[0]), int(g[1]), int(g[2])
    if y < 100:
        y += 1900 if y > 25 else 2000
    try:
        return date(y, mo, d)
    except ValueError:
        return None


SINO = ["", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"]


def sino(n):
    if n == 0:
        return "영"
    out = ""
    th, n = divmod(n, 1000)
    hu, n = divmod(n, 100)
    te, on = divmod(n, 10)
    if th:
        out += ("" if th == 1 else SINO[th]) + "천"
    if hu:
        out += ("" if hu == 1 else SINO[hu]) + "백"
    if te:
        out += ("" if te == 1 else SINO[te]) + "십"
    if on:
        out += SINO[on]
    return out


def unsino(s):
    vals = {v: i for i, v in enumerate(SINO) if v}
    total, cur = 0, 0
    for ch in s:
        if ch in vals:
            cur = vals[ch]
        elif ch in "천백십":
            mult = {"천": 1000, "백": 100, "십": 10}[ch]
            total += (cur or 1) * mult
            cur = 0
        else:
            return None
    return total + cur


def spoken_date(rng, d):
    yform = rng.choice(["full", "short"])
    y = sino(d.year) if yform == "full" else sino(d.year % 100)
    if d.year % 100 == 0 and yform == "short":
        y = sino(d.year)
    mon = {6: "유", 10: "시"}.get(d.month, sino(d.month))
    return f"{y}년 {mon}월 {sino(d.day)}일"


def parse_spoken_date(s):
    m = re.fullmatch(r"([가-힣]+)년 ([가-힣]+)월 ([가-힣]+)일", s)
    if not m:
        return None
    y = unsino(m.group(1))
    mo = {"유": 6, "시": 10}.get(m.group(2)) or unsino(m.group(2))
    d = unsino(m.group(3))
    if y is None or mo is None or d is None:
        return None
    if y < 100:
        y += 1900 if y > 25 else 2000
    try:
        return date(y, mo, d)
    except ValueError:
        return None


# ------------------------------------------------------------ national IDs
W12 = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]


def rrn_check(d12):
    return (11 - sum(int(a) * w for a, w in zip(d12, W12)) % 11) % 10


def frn_check(d12):
    return (13 - sum(int(a) * w for a, w in zip(d12, W12)) % 11) % 10


def rrn(rng, kind="rrn_valid", d=None, mask_char="*"):
    if kind == "rrn_post2020":
        d = d or rand_date(rng, 2020, 2025)
        if d < date(2020, 10, 1):
            d = date(2020, 10, 1) + timedelta(days=rng.randint(0, 1800))
        g = rng.choice("34")
        return f"{d:%y%m%d}-{g}" + "".join(rng.choice("0123456789") for _ in range(6)), d
    d = d or rand_date(rng, 1948, 2004)
    g = rng.choice("12") if d.year < 2000 else rng.choice("34")
    if kind == "rrn_masked":
        return f"{d:%y%m%d}-{g}" + mask_char * 6, d
    body = f"{d:%y%m%d}{g}" + f"{rng.randint(0, 95):02d}" + "".join(rng.choice("0123456789") for _ in range(3))
    return body[:6] + "-" + body[6:] + str(rrn_check(body)), d


def frn(rng, d=None):
    d = d or rand_date(rng, 1955, 2004)
    g = rng.choice("56") if d.year < 2000 else rng.choice("78")
    office = rng.randrange(10, 90, 2)
    body = f"{d:%y%m%d}{g}{office:02d}" + "".join(rng.choice("0123456789") for _ in range(2)) + rng.choice("6789")
    return body[:6] + "-" + body[6:] + str(frn_check(body)), d


def valid_yymmdd(s, g):
    cent = {"1": 1900, "2": 1900, "5": 1900, "6": 1900, "3": 2000, "4": 2000, "7": 2000, "8": 2000, "9": 1800, "0": 1800}[g]
    try:
        return date(cent + int(s[:2]), int(s[2:4]), int(s[4:6]))
    except ValueError:
        return None


def passport_kr(rng, kind=None):
    kind = kind or rng.choice(["pp_kr_old", "pp_kr_new", "pp_kr_new"])
    p = rng.choice("MMMMMSDGR")
    if kind == "pp_kr_old":
        return p + "".join(rng.choice("0123456789") for _ in range(8)), kind
    return p + f"{rng.randint(0, 999):03d}" + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + f"{rng.randint(0, 9999):04d}", kind


PP_FOREIGN = {"VNM": ["C#######", "B#######"], "CHN": ["E########", "EA#######", "EJ#######"], "PHL": ["P#######A", "P#######B"],
              "UZB": ["FA#######", "AB#######"], "IDN": ["C#######", "X#######"], "NPL": ["PA#######", "##########"[:8]],
              "USA": ["#########", "A########"], "MNG": ["E#######"], "KHM": ["N#######"], "THA": ["AA#######", "AC#######"]}


def passport_foreign(rng, nat):
    pat = rng.choice(PP_FOREIGN[nat])
    return "".join(rng.choice("0123456789") if c == "#" else c for c in pat)


DL_REGIONS = [("서울", "11"), ("부산", "12"), ("경기", "13"), ("강원", "14"), ("충북", "15"), ("충남", "16"), ("전북", "17"),
              ("전남", "18"), ("경북", "19"), ("경남", "20"), ("제주", "21"), ("대구", "22"), ("인천", "23"), ("광주", "24"),
              ("대전", "25"), ("울산", "26")]
DL_CODES = {c for _, c in DL_REGIONS} | {"28"}
DL_NAMES = {n for n, _ in DL_REGIONS}


def driver_license(rng, kind=None):
    kind = kind or rng.choice(["dl_numeric", "dl_numeric", "dl_numeric", "dl_region", "dl_region_nospace", "dl_plain", "dl_spaced"])
    rn, rc = rng.choice(DL_REGIONS)
    if kind == "dl_numeric" and rng.random() < 0.1:
        rc = "28"
    yy = rng.choice([f"{y % 100:02d}" for y in range(1980, 2025)])
    serial = f"{rng.randint(0, 999999):06d}"
    tail = str(rng.randint(0, 9)) + rng.choice("0000012")
    if kind == "dl_numeric":
        return f"{rc}-{yy}-{serial}-{tail}", kind
    if kind == "dl_region":
        return f"{rn} {yy}-{serial}-{tail}", kind
    if kind == "dl_region_nospace":
        return f"{rn}{yy}-{serial}-{tail}", kind
    if kind == "dl_spaced":
        return f"{rc} {yy} {serial} {tail}", kind
    return f"{rc}{yy}{serial}{tail}", kind


def check_dl(v, kind):
    m = re.fullmatch(r"(\d{2}|[가-힣]{2}) ?[- ]?(\d{2})[- ]?(\d{6})[- ]?(\d{2})", v)
    if not m:
        return False
    r = m.group(1)
    return r in DL_CODES or r in DL_NAMES


# ------------------------------------------------------------ cards
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


CARD_PREFIX = [("visa", "4", 16), ("master", "51", 16), ("master", "53", 16), ("master", "55", 16), ("bc", "94", 16),
               ("bc", "9410", 16), ("jcb", "35", 16), ("amex", "37", 15), ("amex", "34", 15), ("local", "9490", 16), ("master", "2221", 16)]


def card(rng, sep=None):
    brand, pre, ln = rng.choice(CARD_PREFIX)
    body = pre + "".join(rng.choice("0123456789") for _ in range(ln - 1 - len(pre)))
    for c in "0123456789":
        if luhn_ok(body + c):
            digits = body + c
            break
    if sep is None:
        sep = rng.choice(["-", "-", "-", " ", ""])
    if ln == 15:
        s = sep.join([digits[:4], digits[4:10], digits[10:]])
    else:
        s = sep.join([digits[i:i + 4] for i in range(0, 16, 4)])
    return s, "card_" + brand


def card_masked(rng):
    s, k = card(rng, sep=rng.choice(["-", "-", " "]))
    sep = "-" if "-" in s else " "
    groups = s.split(sep)
    mc = rng.choice(["*", "*", "*", "X", "●"])
    if len(groups) == 4:
        style = rng.choice(["mid", "mid6", "tail4"])
        if style == "mid":
            groups[1] = groups[1][:2] + mc * 2
            groups[2] = mc * 4
        elif style == "mid6":
            groups[1] = mc * 4
            groups[2] = mc * 4
        else:
            groups[2] = mc * 4
            groups[3] = mc * 4
    else:
        groups[1] = mc * 6
    return sep.join(groups), "card_masked"


# ------------------------------------------------------------ bank accounts
BANKS = [("KB국민은행", [6, 2, 6]), ("국민은행", [3, 2, 4, 3]), ("신한은행", [3, 3, 6]), ("우리은행", [4, 3, 6]), ("하나은행", [3, 6, 5]),
         ("NH농협은행", [3, 4, 4, 2]), ("농협", [6, 2, 6]), ("IBK기업은행", [3, 6, 2, 3]), ("카카오뱅크", [4, 2, 7]),
         ("토스뱅크", [4, 4, 4]), ("SC제일은행", [3, 2, 6]), ("우체국", [6, 2, 6]), ("새마을금고", [4, 4, 4, 1]),
         ("부산은행", [3, 4, 4, 2]), ("대구은행", [3, 2, 6, 1]), ("수협은행", [3, 2, 6]), ("케이뱅크", [3, 3, 6]), ("신협", [3, 4, 6])]


def account(rng, bank=None, sep=None, masked=False):
    if bank is None:
        bank, groups = rng.choice(BANKS)
    else:
        groups = dict(BANKS)[bank]
    gs = []
    for i, n in enumerate(groups):
        g = "".join(rng.choice("0123456789") for _ in range(n))
        if i == 0 and g[0] == "0" and bank != "우체국":
            g = "1" + g[1:]
        gs.append(g)
    if bank == "카카오뱅크":
        gs[0] = "3333"
    if bank == "토스뱅크":
        gs[0] = "1000"
    if bank == "신한은행":
        gs[0] = rng.choice(["110", "100", "140"])
    if bank == "우리은행":
        gs[0] = "1002"
    kind = "acct_sep"
    if sep is None:
        sep = rng.choice(["-", "-", "-", "", " "])
    if sep == "":
        kind = "acct_nosep"
    elif sep == " ":
        kind = "acct_space"
    if masked:
        i = rng.randrange(1, len(gs))
        mc = rng.choice("*X")
        g = gs[i]
        keep = max(0, len(g) - rng.randint(2, len(g)))
        gs[i] = g[:keep] + mc * (len(g) - keep)
        kind = "acct_masked"
        if sep == "":
            sep = "-"
    return bank, sep.join(gs), kind


# ------------------------------------------------------------ phones / email
AREA = ["02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055", "061", "062", "063", "064"]


def mobile(rng, style=None):
    mid = f"{rng.randint(2000, 9999)}"
    end = f"{rng.randint(0, 9999):04d}"
    style = style or rng.choice(["dash"] * 8 + ["space", "dot", "none", "intl", "intl2"])
    return {"dash": f"010-{mid}-{end}", "space": f"010 {mid} {end}", "dot": f"010.{mid}.{end}", "none": f"010{mid}{end}",
            "intl": f"+82-10-{mid}-{end}", "intl2": f"+82 10 {mid} {end}"}[style], "mobile_" + style


def landline(rng, area=None, kind="landline"):
    area = area or rng.choice(AREA)
    if area == "02":
        ex = str(rng.randint(200, 9999))
    elif area == "070":
        ex = str(rng.randint(4000, 8999))
    else:
        ex = str(rng.randint(200, 999)) if rng.random() < 0.4 else str(rng.randint(2000, 9999))
    sep = rng.choice(["-"] * 6 + [")", "."]) if area != "070" else "-"
    num = f"{ex}-{rng.randint(0, 9999):04d}" if sep != "." else f"{ex}.{rng.randint(0, 9999):04d}"
    if sep == ")":
        return f"({area}) {num}", kind
    if sep == ".":
        return f"{area}.{num}", kind
    return f"{area}-{num}", kind


def internet_phone(rng):
    return landline(rng, area="070", kind="voip")


MAILDOM = ["naver.com", "gmail.com", "daum.net", "hanmail.net", "kakao.com", "nate.com", "outlook.com", "icloud.com", "yahoo.co.kr"]


def email(rng, name=None, domain=None):
    if name and re.fullmatch(r"[가-힣]+", name):
        sr, gr, gi = rom_name(name)
        local = rng.choice([f"{gr}.{sr}", f"{sr}{gi}", f"{sr}{gi}{rng.randint(70, 99)}", f"{gr}{rng.randint(1, 99)}",
                            f"{sr}.{gr}", f"{gi}{sr}", f"{gr}_{sr}{rng.randint(0, 9)}"])
    elif name:
        parts = re.findall(r"[A-Za-z]+", name)
        local = rng.choice([".".join(p.lower() for p in parts[:2]), parts[-1].lower() + str(rng.randint(1, 99)),
                            parts[0].lower() + parts[-1][0].lower()])
    else:
        local = rng.choice(["sky", "blue", "happy", "sun", "moon", "star", "green", "jjang", "dream"]) + str(rng.randint(10, 999))
    dom = domain or rng.choice(MAILDOM)
    return f"{local}@{dom}", "email"


# ------------------------------------------------------------ address
SIDO = [("서울특별시", "서울", ["마포구", "강남구", "송파구", "노원구", "은평구", "관악구", "성북구", "강서구", "동대문구"]),
        ("부산광역시", "부산", ["해운대구", "부산진구", "사하구", "동래구", "수영구"]),
        ("대구광역시", "대구", ["수성구", "달서구", "북구"]), ("인천광역시", "인천", ["남동구", "부평구", "연수구", "서구"]),
        ("광주광역시", "광주", ["북구", "광산구", "서구"]), ("대전광역시", "대전", ["유성구", "서구", "대덕구"]),
        ("울산광역시", "울산", ["남구", "중구", "울주군"]), ("세종특별자치시", "세종", [""]),
        ("경기도", "경기", ["수원시 팔달구", "성남시 분당구", "고양시 일산동구", "용인시 수지구", "부천시", "화성시", "평택시", "안산시 단원구", "남양주시"]),
        ("강원특별자치도", "강원", ["춘천시", "원주시", "강릉시"]), ("충청북도", "충북", ["청주시 흥덕구", "충주시", "제천시"]),
        ("충청남도", "충남", ["천안시 서북구", "아산시", "공주시"]), ("전북특별자치도", "전북", ["전주시 완산구", "익산시", "군산시"]),
        ("전라남도", "전남", ["여수시", "순천시", "목포시"]), ("경상북도", "경북", ["포항시 남구", "구미시", "경산시"]),
        ("경상남도", "경남", ["창원시 의창구", "김해시", "진주시"]), ("제주특별자치도", "제주", ["제주시", "서귀포시"])]
ROADS = ["월드컵", "동일", "중앙", "한빛", "새말", "은행나무", "번영", "효자", "희망", "푸른솔", "가람", "대학", "문화", "송림", "백제",
         "충렬", "해맞이", "진달래", "느티", "청솔", "신촌", "장미", "금강", "솔빛", "마들", "봉화", "달빛", "연꽃", "버들"]
DONGS = ["성산동", "상계동", "역삼동", "신림동", "중동", "우동", "구월동", "둔산동", "봉명동", "연산동", "매탄동", "정자동", "주엽동", "상동",
         "봉선동", "화정동", "송정동", "신정동", "대신동", "중앙동"]
APTS = ["한빛아파트", "푸른마을아파트", "래미안", "현대아파트", "주공아파트", "e편한세상", "청솔빌라", "삼익아파트", "그린빌", "해오름타워"]


def address(rng):
    full, short, dists = rng.choice(SIDO)
    dist = rng.choice(dists)
    start = rng.choices(["full", "short", "none"], [5, 3, 2])[0]
    if not dist and start == "none":
        start = "full"
    head = {"full": full, "short": short, "none": ""}[start]
    if start == "short" and full in ("서울특별시", "부산광역시", "대구광역시", "인천광역시") and rng.random() < 0.4:
        head = short + "시"
    parts = [p for p in (head, dist) if p]
    if rng.random() < 0.8:
        kind = "addr_road_" + start
        stem = rng.choice(ROADS)
        r = rng.random()
        if r < 0.45:
            road = stem + rng.choice(["로", "로", "길", "대로"])
        elif r < 0.8:
            road = f"{stem}로{rng.randint(1, 90)}번길"
        else:
            road = f"{stem}로{rng.randint(1, 40)}길"
        num = str(rng.randint(1, 480)) + (f"-{rng.randint(1, 30)}" if rng.random() < 0.2 else "")
        parts += [road, num]
        a = " ".join(parts)
        u = rng.random()
        if u < 0.35:
            a += f", {rng.randint(101, 120)}동 {rng.randint(1, 25)}{rng.randint(1, 4):02d}호"
        elif u < 0.5:
            a += f", {rng.randint(2, 9)}층 {rng.randint(2, 9)}{rng.randint(1, 9):02d}호"
        elif u < 0.6:
            a += f" {rng.randint(2, 12)}층"
        elif u < 0.75:
            a += f", {rng.randint(1, 5)}{rng.randint(1, 9):02d}호"
        post = ""
        if rng.random() < 0.3:
            post = f" ({rng.choice(DONGS)}" + (f", {rng.choice(APTS)})" if rng.random() < 0.5 else ")")
        pre = f"({rng.randint(1000, 63644):05d}) " if rng.random() < 0.25 else ""
        return pre, a, post, kind
    kind = "addr_jibun_" + start
    if dist.endswith("군"):
        dong = rng.choice(["온산읍", "언양읍", "범서읍"]) + " " + rng.choice(["화산리", "대안리", "송정리"])
    else:
        dong = rng.choice(DONGS)
    parts += [dong, f"{rng.randint(1, 1500)}" + (f"-{rng.randint(1, 40)}" if rng.random() < 0.6 else "")]
    a = " ".join(parts)
    if rng.random() < 0.5:
        a += f" {rng.choice(APTS)} {rng.randint(101, 115)}동 {rng.randint(1, 20)}{rng.randint(1, 4):02d}호"
    elif rng.random() < 0.3:
        a += f" {rng.randint(1, 4)}층"
    pre = f"({rng.randint(1000, 63644):05d}) " if rng.random() < 0.2 else ""
    return pre, a, "", kind


def check_address(a):
    heads = set()
    for full, short, dists in SIDO:
        heads |= {full, short, short + "시"}
        heads |= {d.split()[0] for d in dists if d}
    first = a.split()[0]
    return first in heads and re.search(r"(\d|호|층|동)$", a) is not None


# ------------------------------------------------------------ other IDs
def health_ins(rng):
    return str(rng.randint(1, 7)) + "".join(rng.choice("0123456789") for _ in range(10)), "hi_11"


PLATE_PRIVATE = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주"
PLATE_COMM = "바사아자"
PLATE_REG = ["서울", "부산", "대구", "인천", "광주", "대전", "울산", "경기", "강원", "충북", "충남", "전북", "전남", "경북", "경남", "제주"]


def plate(rng, kind=None):
    kind = kind or rng.choice(["plate_2", "plate_3", "plate_3", "plate_region", "plate_commercial", "plate_nospace"])
    h = rng.choice(PLATE_PRIVATE)
    n4 = f"{rng.randint(1000, 9999)}"
    if kind == "plate_2":
        return f"{rng.randint(10, 99)}{h} {n4}", kind
    if kind == "plate_3":
        return f"{rng.randint(100, 399)}{h} {n4}", kind
    if kind == "plate_region":
        return f"{rng.choice(PLATE_REG)} {rng.randint(10, 99)}{h} {n4}", kind
    if kind == "plate_commercial":
        return f"{rng.choice(PLATE_REG)} {rng.randint(70, 98)}{rng.choice(PLATE_COMM)} {n4}", kind
    return f"{rng.randint(10, 399)}{h}{n4}", kind


def check_plate(v):
    return re.fullmatch(r"(?:[가-힣]{2} ?)?\d{2,3}[가-힣] ?\d{4}", v) is not None


BRN_W = [1, 3, 7, 1, 3, 7, 1, 3, 5]


def brn_check(d9):
    s = sum(int(a) * w for a, w in zip(d9, BRN_W)) + (int(d9[8]) * 5) // 10
    return (10 - s % 10) % 10


def brn(rng, corp=None):
    mid = rng.choice(["81", "86", "87", "88", "85"]) if corp else f"{rng.randint(1, 79):02d}"
    d9 = f"{rng.randint(101, 899)}{mid}{rng.randint(0, 9999):04d}"
    v = d9 + str(brn_check(d9))
    sep = rng.choice(["-", "-", "-", ""])
    return f"{v[:3]}{sep}{v[3:5]}{sep}{v[5:]}", "brn"


def crn_check(d12):
    s = sum(int(a) * (1 if i % 2 == 0 else 2) for i, a in enumerate(d12))
    return (10 - s % 10) % 10


def crn(rng):
    office = rng.choice(["1101", "1201", "1301", "1311", "1345", "1444", "1601", "1701", "1801", "2011", "2301", "1358", "1150", "1946", "2841"])
    kind = rng.choice(["11", "11", "11", "31", "41", "71", "12"])
    d12 = office + kind + f"{rng.randint(0, 999999):06d}"
    v = d12 + str(crn_check(d12))
    return v[:6] + rng.choice(["-", "-", "-", ""]) + v[6:], "crn"


def ip(rng, kind=None):
    kind = kind or rng.choice(["ip_public", "ip_public", "ip_public", "ip_private", "ip_v6"])
    if kind == "ip_private":
        return rng.choice([f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}", f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"]), kind
    if kind == "ip_v6":
        return "2001:" + ":".join(f"{rng.randint(0, 65535):x}" for _ in range(3)) + "::" + f"{rng.randint(1, 65535):x}", kind
    while True:
        a = rng.choice([1, 14, 27, 39, 58, 59, 61, 106, 110, 112, 115, 118, 121, 125, 175, 180, 183, 203, 211, 218, 220, 222])
        v = f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        if not ipaddress.ip_address(v).is_private:
            return v, kind


# ------------------------------------------------------------ negatives / context pools
COMP_STEM = ["한빛엔지니어링", "대성물산", "미래테크", "서해건설", "태양산업", "온누리식품", "새벽물류", "청솔소프트", "해오름전자",
             "다온푸드", "누리정보통신", "가온시스템", "한결세무회계", "동방기계", "바른환경", "초록에너지", "우리인쇄", "솔밭조경"]


def company(rng):
    st = rng.choice(COMP_STEM)
    return rng.choice([f"(주){st}", f"주식회사 {st}", f"{st}(주)", st, f"㈜{st}"])


INST = [("한빛시청", "경기도 한빛시 시청로 170", "031-8075-2114"), ("세종시 보건소", "세종특별자치시 보듬3로 137", "044-301-2000"),
        ("○○구청", "서울특별시 ○○구 구청로 22", "02-2600-6114"), ("국민권익센터", "세종특별자치시 도움5로 20 정부세종청사 7동", "044-200-7000"),
        ("행정지원본부", "세종특별자치시 갈매로 477 정부세종청사 5동", "044-215-2114"), ("출입국·외국인청", "경기도 수원시 영통구 반달로 39", "031-695-3800"),
        ("운전면허시험장", "서울특별시 강서구 남부순환로 15", "02-2660-1160"), ("한빛교육청", "충청남도 홍성군 홍북읍 충남대로 22", "041-640-7114"),
        ("차량등록사업소", "부산광역시 강서구 신호산단1로 107", "051-970-5000"), ("대구광역시청", "대구광역시 중구 공평로 88", "053-803-2114")]
HEAD = {"한빛시청": "한빛시장", "세종시 보건소": "세종시 보건소장", "○○구청": "○○구청장", "국민권익센터": "국민권익센터장",
        "행정지원본부": "행정지원본부장", "출입국·외국인청": "수원출입국·외국인청장", "운전면허시험장": "서부운전면허시험장장",
        "한빛교육청": "한빛교육감", "차량등록사업소": "차량등록사업소장", "대구광역시청": "대구광역시장"}
HOTLINES = ["1588-2100", "1577-1000", "1600-3000", "1544-0088", "1644-2828", "1566-0112", "1661-7797", "1899-2828", "1599-0110", "1588-1234"]
SHORT = [("정부민원안내콜센터", "110"), ("다산콜센터", "120"), ("국민연금공단 고객센터", "1355"), ("외국인종합안내센터", "1345"),
         ("고용노동부 고객상담센터", "1350"), ("국민건강보험공단 고객센터", "1577-1000")]
STATUTES = ["「개인정보 보호법」 제24조의2 제1항", "「주민등록법 시행규칙」 제2조", "「출입국관리법」 제31조 제1항",
            "「도로교통법」 제80조", "「여권법」 제7조", "「개인정보 보호법」 제15조 제1항 제2호", "같은 법 시행령 제19조",
            "「자동차관리법」 제8조", "「전자금융거래법」 제6조", "「행정업무의 운영 및 혁신에 관한 규정」 제13조"]
DEPTS = ["민원봉사과", "운영지원과", "자치행정과", "교통행정과", "체류관리과", "정보화담당관", "감사담당관", "복지정책과", "세무과", "건축과", "보건행정과"]
TITLES = ["주무관", "주무관", "주무관", "사무관", "팀장", "과장", "계장", "실무관", "서기", "담당"]


def docno(rng, dept=None):
    dept = dept or rng.choice(DEPTS)
    return rng.choice([f"{dept}-{rng.randint(100, 9999)}", f"{dept}-{rng.randint(2023, 2026)}-{rng.randint(1, 999):03d}"])


def receipt_no(rng):
    return rng.choice([f"{rng.randint(1, 9)}AA-{rng.randint(2301, 2612)}-{rng.randint(0, 9999999):07d}",
                       f"{rng.randint(2023, 2026)}-{rng.randint(1, 99999):05d}", f"민원-{rng.randint(2023, 2026)}{rng.randint(1, 999999):06d}"])


def case_no(rng):
    y = rng.randint(2019, 2025)
    return rng.choice([f"{y}고단{rng.randint(100, 9999)}", f"{y}가단{rng.randint(1000, 99999)}", f"{y}구합{rng.randint(100, 99999)}",
                       f"{y}노{rng.randint(100, 4999)}", f"{y}고합{rng.randint(10, 999)}", f"{y}나{rng.randint(1000, 99999)}"])


def amount(rng):
    return f"{rng.randint(1, 9999) * 1000:,}원"


def ymd(d, style="dot"):
    return f"{d.year}. {d.month}. {d.day}." if style == "dot" else f"{d.year}-{d.month:02d}-{d.day:02d}"


# ------------------------------------------------------------ noise
FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789"}
FW["-"] = "－"
CONF = {"0": ["O"], "1": ["l", "I"], "5": ["S"], "8": ["B"]}
CONF_REV = {"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"}
HYPH = "‐‑–－"
HD = {"공": "0", "영": "0", "일": "1", "이": "2", "삼": "3", "사": "4", "오": "5", "육": "6", "륙": "6", "칠": "7", "팔": "8", "구": "9"}
DH = {"0": "공", "1": "일", "2": "이", "3": "삼", "4": "사", "5": "오", "6": "육", "7": "칠", "8": "팔", "9": "구"}

DIGIT_TYPES = {"KR_RRN", "KR_FRN", "KR_DRIVER_LICENSE", "CREDIT_CARD", "KR_BANK_ACCOUNT", "PHONE_NUMBER", "KR_HEALTH_INSURANCE",
               "KR_BRN", "KR_CRN", "DATE_OF_BIRTH", "KR_PASSPORT", "KR_VEHICLE_PLATE", "IP_ADDRESS"}


def ocr_noise(rng, v, typ):
    """Return (noisy, tags). Only modifies digits / separators / name spacing; never the ends' whitespace."""
    if typ == "PERSON":
        if re.fullmatch(r"[가-힣]{2,4}", v) and rng.random() < 0.5:
            return " ".join(v), ["spaced_name"]
        return v, []
    if typ in ("EMAIL_ADDRESS", "KR_ADDRESS"):
        return v, []
    tags = []
    opts = ["fullwidth_digits", "unicode_hyphen", "space_in_number", "newline_in_number", "confusable"]
    if typ == "IP_ADDRESS" or typ == "KR_PASSPORT":
        opts = ["space_in_number", "confusable", "fullwidth_digits"]
    k = rng.choice(opts)
    chars = list(v)
    digit_pos = [i for i, c in enumerate(chars) if c.isdigit()]
    if typ == "KR_PASSPORT":
        digit_pos = [i for i in digit_pos if i > 0]
    if k == "fullwidth_digits":
        chars = [FW.get(c, c) for c in chars]
    elif k == "unicode_hyphen":
        if "-" not in v:
            return v, []
        h = rng.choice(HYPH)
        chars = [h if c == "-" else c for c in chars]
    elif k == "space_in_number":
        cands = [i for i in range(1, len(chars)) if chars[i].isdigit() and chars[i - 1].isdigit()]
        if not cands:
            return v, []
        i = rng.choice(cands)
        chars.insert(i, " ")
    elif k == "newline_in_number":
        cands = [i for i in range(1, len(chars) - 1) if chars[i] in "- " and chars[i - 1].isdigit()]
        if not cands:
            return v, []
        i = rng.choice(cands)
        if chars[i] == "-":
            chars.insert(i + 1, "\n")
        else:
            chars[i] = "\n"
    elif k == "confusable":
        cands = [i for i in digit_pos if chars[i] in CONF]
        if not cands:
            return v, []
        for i in rng.sample(cands, min(len(cands), rng.choice([1, 1, 2]))):
            chars[i] = rng.choice(CONF[chars[i]])
    tags.append(k)
    return "".join(chars), tags


def spoken(rng, clean, sep_word=None):
    """Spell digits in Hangul (공일공 ...). Group separators become spaces, '다시' or '에'."""
    sep_word = sep_word or rng.choice([" ", " ", " 다시 ", "에 "])
    groups = re.split(r"[-. ]+", clean)
    out = []
    for g in groups:
        w = "".join(DH[c] if c.isdigit() else c for c in g)
        if rng.random() < 0.15:
            w = w.replace("공", "영")
        out.append(w)
    return sep_word.join(out)


def canon_match(noisy, clean, tags):
    """Check that the noisy span denotes the clean value."""
    if "spoken_hangul" in tags:
        dn = "".join(HD.get(c, c) for c in noisy if c in HD or c.isdigit())
        dc = "".join(c for c in clean if c.isdigit())
        return dn == dc
    if "spoken_email" in tags:
        n = noisy.replace("골뱅이", "@").replace("네이버", "naver").replace("지메일", "gmail").replace("다음", "daum").replace("한메일", "hanmail")
        n = n.replace("닷컴", ".com").replace("닷넷", ".net").replace(" 점 ", ".").replace(" ", "")
        return n == clean
    if "spoken_date" in tags:
        return True  # checked separately
    n = unicodedata.normalize("NFKC", noisy)
    for h in HYPH:
        n = n.replace(h, "-")
    n = re.sub(r"\s+", "", n)
    c = re.sub(r"\s+", "", clean)
    if len(n) != len(c):
        return False
    for a, b in zip(n, c):
        if a == b:
            continue
        if b.isdigit() and CONF_REV.get(a) == b:
            continue
        return False
    return True


# ------------------------------------------------------------ document builder
class Doc:
    def __init__(self, rng, genre, ocr_p=0.0):
        self.rng = rng
        self.genre = genre
        self.parts = []
        self.n = 0
        self.spans = []
        self.negs = []
        self.ocr_p = ocr_p
        self.base_genre = None

    def t(self, s):
        self.parts.append(s)
        self.n += len(s)
        return self

    def s(self, clean, typ, kind, noisy=None, tags=None):
        tags = list(tags or [])
        val = clean if noisy is None else noisy
        if noisy is None and self.ocr_p and self.rng.random() < self.ocr_p:
            val, t2 = ocr_noise(self.rng, clean, typ)
            tags += t2
        st = self.n
        self.t(val)
        self.spans.append(dict(start=st, end=self.n, type=typ, kind=kind, noise=tags, clean=clean, value=val))
        return self

    def v(self, pair, typ):
        return self.s(pair[0], typ, pair[1])

    def neg(self, v, cat):
        st = self.n
        self.t(v)
        self.negs.append(dict(start=st, end=self.n, category=cat, text=v))
        return self

    @property
    def text(self):
        return "".join(self.parts)


# ------------------------------------------------------------ validation
def kind_ok(sp):
    t, k, c = sp["type"], sp["kind"], sp["clean"]
    if t == "KR_RRN":
        m = re.fullmatch(r"(\d{6})-(\d)(.{6})", c)
        if not m:
            return False
        dd = valid_yymmdd(m.group(1), m.group(2))
        if dd is None:
            return False
        if k == "rrn_valid":
            return m.group(2) in "1234" and m.group(3).isdigit() and rrn_check(c.replace("-", "")[:12]) == int(c[-1]) and dd < date(2020, 10, 1)
        if k == "rrn_post2020":
            return m.group(2) in "34" and m.group(3).isdigit() and dd >= date(2020, 10, 1)
        if k == "rrn_masked":
            return m.group(2) in "1234" and re.fullmatch(r"[*●Xx]{6}", m.group(3)) is not None
        return False
    if t == "KR_FRN":
        m = re.fullmatch(r"(\d{6})-([5-8])(\d{6})", c)
        return bool(m) and valid_yymmdd(m.group(1), m.group(2)) is not None and frn_check(c.replace("-", "")[:12]) == int(c[-1])
    if t == "KR_PASSPORT":
        if k == "pp_kr_old":
            return re.fullmatch(r"[MSDGR]\d{8}", c) is not None
        if k == "pp_kr_new":
            return re.fullmatch(r"[MSDGR]\d{3}[A-Z]\d{4}", c) is not None
        return re.fullmatch(r"[A-Z]{0,2}\d{7,9}[A-Z]?", c) is not None
    if t == "KR_DRIVER_LICENSE":
        return check_dl(c, k)
    if t == "CREDIT_CARD":
        if k == "card_masked":
            return re.fullmatch(r"[\d*X●]{4}([- ])[\d*X●]{4,6}\1[\d*X●]{4,5}(\1[\d*X●]{4})?", c) is not None and c[:4].isdigit() and any(m in c for m in "*X●")
        d = re.sub(r"[- ]", "", c)
        return d.isdigit() and len(d) in (15, 16) and luhn_ok(d)
    if t == "KR_BANK_ACCOUNT":
        d = re.sub(r"[- ]", "", c)
        if k == "acct_masked":
            return re.fullmatch(r"[\d*X]{10,15}", d) is not None and ("*" in d or "X" in d)
        return d.isdigit() and 10 <= len(d) <= 15
    if t == "PHONE_NUMBER":
        return re.fullmatch(r"(\+82[- ]?)?\(?0?\d{1,3}\)?[-. ]?\d{3,4}[-. ]?\d{4}", c) is not None
    if t == "EMAIL_ADDRESS":
        return re.fullmatch(r"[A-Za-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", c) is not None
    if t == "DATE_OF_BIRTH":
        if k == "dob_spoken":
            return parse_spoken_date(c) is not None
        return parse_dob(c, k.replace("dob_", "")) is not None
    if t == "KR_ADDRESS":
        return check_address(c)
    if t == "KR_HEALTH_INSURANCE":
        return re.fullmatch(r"\d{11}", c) is not None
    if t == "KR_VEHICLE_PLATE":
        return check_plate(c)
    if t == "KR_BRN":
        d = c.replace("-", "")
        return re.fullmatch(r"\d{10}", d) is not None and brn_check(d[:9]) == int(d[9])
    if t == "KR_CRN":
        d = c.replace("-", "")
        return re.fullmatch(r"\d{13}", d) is not None and crn_check(d[:12]) == int(d[12])
    if t == "IP_ADDRESS":
        try:
            ipaddress.ip_address(c)
            return True
        except ValueError:
            return False
    if t == "PERSON":
        if k == "person_roman":
            return re.fullmatch(r"[A-Z]+", c) is not None
        return is_valid_person(c)
    return False


SUSPECT = [
    ("mobile", re.compile(r"(?<![\d])(?:\+82[- ]?10|01[016789])[-. ]?\d{3,4}[-. ]?\d{4}(?!\d)")),
    ("email", re.compile(r"[A-Za-z0-9._+-]+@[A-Za-z0-9-]+\.[A-Za-z.]+")),
    ("rrn_shape", re.compile(r"(?<!\d)\d{6}\s?-\s?[\d*●X]{7}(?!\d)")),
    ("card16", re.compile(r"(?<!\d)\d{4}[- ]?\d{4}[- ]?\d{4}[- ]?\d{4}(?!\d)")),
    ("ipv4", re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")),
    ("spoken_mobile", re.compile(r"공일공|영일영")),
    ("passport_kr", re.compile(r"(?<![A-Za-z0-9])[MS]\d{8}(?![A-Za-z0-9])|(?<![A-Za-z0-9])[MS]\d{3}[A-Z]\d{4}(?![A-Za-z0-9])")),
]


def validate_doc(text, spans, negs, no_pii=False):
    errs = []
    prev = 0
    for sp in spans:
        a, b = sp["start"], sp["end"]
        if not (0 <= a < b <= len(text)):
            errs.append("bounds")
        if a < prev:
            errs.append("overlap/sort")
        prev = b
        v = text[a:b]
        if v != sp["value"]:
            errs.append("value mismatch")
        if v != v.strip():
            errs.append("edge whitespace " + repr(v))
        if not kind_ok(sp):
            errs.append(f"kind check {sp['type']} {sp['kind']} {sp['clean']!r}")
        if not canon_match(v, sp["clean"], sp["noise"]):
            errs.append(f"noise mismatch {v!r} {sp['clean']!r}")
        if sp["kind"] == "dob_spoken" and parse_spoken_date(v) is None:
            errs.append("spoken date")
    # every occurrence of a labelled value is labelled (exact span or inside a span)
    cover = [(sp["start"], sp["end"]) for sp in spans]
    exact = set(cover)
    for sp in spans:
        v = text[sp["start"]:sp["end"]]
        i = text.find(v)
        while i >= 0:
            j = i + len(v)
            if (i, j) not in exact and not any(a <= i and j <= b for a, b in cover):
                errs.append(f"unlabelled repeat {v!r} at {i}")
                break
            i = text.find(v, i + 1)
    # PII-looking strings outside spans (and outside tagged negatives)
    masked = list(text)
    for sp in spans:
        for i in range(sp["start"], sp["end"]):
            masked[i] = "□"
    allow = [(n["start"], n["end"]) for n in negs if n["category"] in ("placeholder_id", "placeholder_phone")]
    m2 = unicodedata.normalize("NFKC", "".join(masked)) if False else "".join(masked)
    m2 = "".join(FW_REV.get(c, c) for c in m2)
    for name, rx in SUSPECT:
        for m in rx.finditer(m2):
            if name == "ipv4" and not all(int(g) <= 255 for g in m.groups()):
                continue
            if any(a <= m.start() and m.end() <= b for a, b in allow):
                continue
            errs.append(f"unlabelled {name}: {m.group(0)!r}")
    # negatives must not overlap spans
    for n in negs:
        for sp in spans:
            if n["start"] < sp["end"] and sp["start"] < n["end"]:
                errs.append("negative overlaps span")
    if no_pii and spans:
        errs.append("no-pii record has spans")
    if not no_pii and not spans:
        errs.append("pii record without spans")
    return errs


FW_REV = {v: k for k, v in FW.items()}




# ================================================================ cell helpers
def S(clean, typ, kind):
    return ("S", clean, typ, kind)


def N(v, cat):
    return ("N", v, cat)


def emit(d, cells, sep):
    for i, c in enumerate(cells):
        if i:
            d.t(sep)
        if isinstance(c, str):
            d.t(c)
        elif c[0] == "S":
            d.s(c[1], c[2], c[3])
        elif c[0] == "N":
            d.neg(c[1], c[2])
        elif c[0] == "L":  # list of cells written without separator
            for x in c[1]:
                emit(d, [x], "")


def c_name(rng):
    return S(kname(rng), "PERSON", "person_ko")


def c_dob(rng, dt=None, style=None):
    dt = dt or rand_date(rng, 1950, 2005)
    style = style or rng.choice(DOB_STYLES)
    return S(fmt_dob(dt, style), "DATE_OF_BIRTH", "dob_" + style)


def c_rrn(rng, kind=None, dt=None):
    kind = kind or rng.choices(["rrn_valid", "rrn_masked", "rrn_post2020"], [6, 3, 1])[0]
    v, _ = rrn(rng, kind, dt, mask_char=rng.choice("**●X"))
    return S(v, "KR_RRN", kind)


def c_frn(rng):
    return S(frn(rng)[0], "KR_FRN", "frn_legacy")


def c_pp(rng, nat=None):
    if nat and nat != "KOR":
        return S(passport_foreign(rng, nat), "KR_PASSPORT", "pp_foreign")
    v, k = passport_kr(rng)
    return S(v, "KR_PASSPORT", k)


def c_dl(rng):
    v, k = driver_license(rng)
    return S(v, "KR_DRIVER_LICENSE", k)


def c_card(rng, masked_p=0.25):
    v, k = card_masked(rng) if rng.random() < masked_p else card(rng)
    return S(v, "CREDIT_CARD", k)


def c_acct(rng, bank=None, masked_p=0.1):
    b, v, k = account(rng, bank=bank, masked=rng.random() < masked_p)
    return b, S(v, "KR_BANK_ACCOUNT", k)


def c_mob(rng, style=None):
    v, k = mobile(rng, style)
    return S(v, "PHONE_NUMBER", k)


def c_tel(rng):
    v, k = landline(rng)
    return S(v, "PHONE_NUMBER", k)


def c_mail(rng, name=None, domain=None):
    v, k = email(rng, name, domain)
    return S(v, "EMAIL_ADDRESS", k)


def c_hi(rng):
    return S(health_ins(rng)[0], "KR_HEALTH_INSURANCE", "hi_11")


def c_plate(rng, kind=None):
    v, k = plate(rng, kind)
    return S(v, "KR_VEHICLE_PLATE", k)


def c_brn(rng, corp=None):
    return S(brn(rng, corp)[0], "KR_BRN", "brn")


def c_crn(rng):
    return S(crn(rng)[0], "KR_CRN", "crn")


def c_ip(rng, kind=None):
    v, k = ip(rng, kind)
    return S(v, "IP_ADDRESS", k)


def w_addr(d, rng, with_extras=True):
    pre, a, post, k = address(rng)
    if with_extras and pre:
        d.t(pre)
    d.s(a, "KR_ADDRESS", k)
    if with_extras and post:
        d.t(post)


def P(d, name, kind="person_ko"):
    d.s(name, "PERSON", kind)


def inst(rng):
    return rng.choice(INST)


def footer(d, rng, official=None, dept=None):
    """공문/보도자료 footer: institution address + switchboard (negatives) + official direct line (PII)."""
    name, addr, main = inst(rng)
    dept = dept or rng.choice(DEPTS)
    d.t("\n")
    if rng.random() < 0.5:
        d.t(f"우 {rng.randint(10000, 63644)} ")
    d.neg(addr, "institution_address")
    d.t(f" / {rng.choice(['대표전화', '전화(대표)', '대표'])} ")
    d.neg(main, "switchboard")
    d.t(" / 담당 ")
    d.t(dept + " ")
    if official:
        P(d, official)
        d.t(" ")
    d.t("직통 ")
    d.s(*landline(rng)[:1], "PHONE_NUMBER", "landline_direct")
    if rng.random() < 0.6:
        d.t(" / 전송 ")
        d.s(landline(rng)[0], "PHONE_NUMBER", "fax")
    if official and rng.random() < 0.6:
        d.t(" / ")
        d.s(email(rng, official, "korea.kr")[0], "EMAIL_ADDRESS", "email_official")
    d.t(f"\n공개구분: {rng.choice(['공개', '부분공개(6)', '비공개(6)'])}")


# ================================================================ roster schemas
def schema_row(rng, schema):
    """Return (header, cells) for one roster row."""
    if schema == "basic":
        n = kname(rng)
        pre, a, post, k = address(rng)
        return ["성명", "생년월일", "휴대전화", "주소"], [S(n, "PERSON", "person_ko"), c_dob(rng), c_mob(rng), S(a, "KR_ADDRESS", k)]
    if schema == "rrn":
        pre, a, post, k = address(rng)
        return ["성명", "주민등록번호", "주소", "연락처"], [c_name(rng), c_rrn(rng), S(a, "KR_ADDRESS", k), c_mob(rng)]
    if schema == "frn":
        f = fname(rng)
        nm = rng.choice([f["upper"], f["upper"], f["mixed"], f["hangul"]])
        kind = "person_foreign_hangul" if re.match(r"[가-힣]", nm) else "person_foreign_latin"
        return ["성명", "국적", "외국인등록번호", "여권번호", "연락처"], [S(nm, "PERSON", kind), rng.choice([f["nat_ko"], f["nat_en"], f["nat"]]),
                                                                c_frn(rng), c_pp(rng, f["nat"]), c_mob(rng)]
    if schema == "payroll":
        n = kname(rng)
        b, ac = c_acct(rng)
        cells = [S(n, "PERSON", "person_ko"), b, ac]
        if rng.random() < 0.5:
            cells.append(S(n, "PERSON", "person_ko"))
        cells.append(N(amount(rng), "amount"))
        return ["성명", "은행", "계좌번호", "예금주", "지급액"][:len(cells) - 1] + ["지급액"], cells
    if schema == "driver":
        return ["성명", "운전면허번호", "차량번호", "연락처"], [c_name(rng), c_dl(rng), c_plate(rng), c_mob(rng)]
    if schema == "staff":
        n = kname(rng)
        return ["성명", "부서", "직급", "전화", "전자우편"], [S(n, "PERSON", "person_ko"), rng.choice(DEPTS), rng.choice(["주무관", "사무관", "서기관", "실무관", "연구사"]),
                                                     S(landline(rng)[0], "PHONE_NUMBER", "landline_direct"), c_mail(rng, n, rng.choice(["korea.kr", "korea.kr", "gmail.com"]))]
    if schema == "card":
        return ["성명", "카드번호", "승인금액", "승인일시"], [c_name(rng), c_card(rng, 0.35), N(amount(rng), "amount"),
                                                   f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"]
    if schema == "insurance":
        return ["성명", "생년월일", "건강보험증번호", "연락처"], [c_name(rng), c_dob(rng), c_hi(rng), c_mob(rng)]
    if schema == "vendor":
        return ["상호", "대표자", "사업자등록번호", "법인등록번호", "전화"], [N(company(rng), "company_name"), c_name(rng), c_brn(rng, True), c_crn(rng), c_tel(rng)]
    if schema == "access":
        return ["사용자ID", "성명", "접속IP", "접속일시"], [N(f"u{rng.randint(10000, 99999)}", "user_id"), c_name(rng), c_ip(rng, rng.choice(["ip_public", "ip_private"])),
                                                   f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"]
    if schema == "passport":
        n = kname(rng)
        return ["성명", "여권번호", "생년월일", "이메일"], [S(n, "PERSON", "person_ko"), c_pp(rng), c_dob(rng), c_mail(rng, n)]
    if schema == "kr_id_mix":
        return ["성명", "주민등록번호", "운전면허번호", "휴대전화"], [c_name(rng), c_rrn(rng, rng.choice(["rrn_valid", "rrn_masked"])), c_dl(rng), c_mob(rng)]
    raise ValueError(schema)


SCHEMAS = ["basic", "rrn", "frn", "payroll", "driver", "staff", "card", "insurance", "vendor", "access", "passport", "kr_id_mix"]
ROSTER_TITLES = ["2025년 하반기 교육 참석자", "긴급연락망", "지원금 지급 대상자", "봉사활동 참가자 명단", "시설 출입자 명부", "외국인 근로자 현황",
                 "차량 출입 등록 현황", "경품 당첨자", "위원 명단", "수당 지급 내역", "해외연수 참가자", "협력업체 현황"]


def pad(s, w):
    return s + " " * max(2, w - len(s))


def t_roster(d, rng, header):
    schema = rng.choice(SCHEMAS)
    sep = rng.choice([" | ", "|", "\t", "   ", "  "])
    nrows = rng.randint(3, 7)
    rows = [schema_row(rng, schema) for _ in range(nrows)]
    if rng.random() < 0.5:
        d.t(rng.choice(ROSTER_TITLES) + ("\n" if rng.random() < 0.5 else f" ({nrows}명)\n"))
    numbered = rng.random() < 0.4
    if header:
        h = rows[0][0]
        if numbered:
            h = [rng.choice(["연번", "번호", "No"])] + h
        d.t(sep.join(h) + "\n")
        if rng.random() < 0.3 and sep.strip() == "|":
            d.t(sep.join("---" for _ in h) + "\n")
    for i, (_, cells) in enumerate(rows):
        if numbered:
            cells = [str(i + 1)] + cells
        if sep.strip() == "|" and rng.random() < 0.5:
            d.t("| ")
            emit(d, cells, " | ")
            d.t(" |")
        else:
            emit(d, cells, sep)
        d.t("\n")
    if rng.random() < 0.3:
        d.t(rng.choice(["※ 개인정보가 포함되어 있으므로 외부 유출 금지", "끝.", "(이하 여백)", f"작성일: 2025. {rng.randint(1, 12)}. {rng.randint(1, 28)}."]))


def t_roster_nohdr(d, rng):
    t_roster(d, rng, False)


def t_roster_hdr(d, rng):
    t_roster(d, rng, True)


# ================================================================ CSV exports
def q(s, rng):
    return f'"{s}"' if rng.random() < 0.3 else s


def t_csv(d, rng):
    kind = rng.choice(["member", "payment", "payroll", "foreign", "vehicle", "visitor"])
    n = rng.randint(3, 6)
    delim = rng.choice([",", ",", ";", "\t"])
    if kind == "member":
        hdr = rng.choice(["member_id,name,email,phone,birth,join_date,last_ip", "회원번호,이름,이메일,휴대폰,생년월일,가입일,최종접속IP"])
        d.t(hdr.replace(",", delim) + "\n")
        st = rng.choice(["iso", "compact8", "dot_nospace", "slash"])
        for _ in range(n):
            nm = kname(rng)
            cells = [N(f"M{rng.randint(100000, 999999)}", "member_id"), S(nm, "PERSON", "person_ko"), c_mail(rng, nm), c_mob(rng, rng.choice(["dash", "none"])),
                     c_dob(rng, style=st), f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", c_ip(rng, "ip_public")]
            emit(d, cells, delim)
            d.t("\n")
    elif kind == "payment":
        d.t(rng.choice(["order_no,buyer,card_no,approval,amount,refund_account", "주문번호,구매자,카드번호,승인번호,결제금액,환불계좌"]).replace(",", delim) + "\n")
        for _ in range(n):
            b, ac = c_acct(rng, masked_p=0.3)
            cells = [N(f"ORD{rng.randint(20250101, 20251231)}{rng.randint(1000, 9999)}", "order_number"), c_name(rng), c_card(rng, 0.5),
                     N(f"{rng.randint(10000000, 99999999)}", "approval_number"), f"{rng.randint(1, 900) * 100}", ("L", [b + " ", ac])]
            emit(d, cells, delim)
            d.t("\n")
    elif kind == "payroll":
        d.t(rng.choice(["사번,성명,주민등록번호,은행,계좌번호,실지급액", "emp_no,name,rrn,bank,account,net_pay"]).replace(",", delim) + "\n")
        for _ in range(n):
            b, ac = c_acct(rng)
            cells = [N(f"{rng.randint(2010, 2025)}{rng.randint(1, 999):03d}", "employee_number"), c_name(rng), c_rrn(rng, rng.choice(["rrn_valid", "rrn_masked"])), b, ac, f"{rng.randint(180, 650) * 10000}"]
            emit(d, cells, delim)
            d.t("\n")
    elif kind == "foreign":
        d.t(rng.choice(["NAME,NATIONALITY,ARC_NO,PASSPORT_NO,BIRTH,MOBILE", "성명(영문),국적,외국인등록번호,여권번호,생년월일,연락처"]).replace(",", delim) + "\n")
        for _ in range(n):
            f = fname(rng)
            cells = [S(f["upper"], "PERSON", "person_foreign_latin"), f["nat"], c_frn(rng), c_pp(rng, f["nat"]), c_dob(rng, style=rng.choice(["iso", "dmy_slash", "passport_dmy"])), c_mob(rng)]
            emit(d, cells, delim)
            d.t("\n")
    elif kind == "vehicle":
        d.t(rng.choice(["plate,owner,phone,dl_no,registered", "차량번호,소유자,연락처,면허번호,등록일"]).replace(",", delim) + "\n")
        for _ in range(n):
            cells = [c_plate(rng), c_name(rng), c_mob(rng), c_dl(rng), f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"]
            emit(d, cells, delim)
            d.t("\n")
    else:
        d.t(rng.choice(["visit_date,visitor,company,phone,host", "방문일,방문자,소속,연락처,담당자"]).replace(",", delim) + "\n")
        for _ in range(n):
            cells = [f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", c_name(rng), N(company(rng), "company_name"), c_mob(rng), c_name(rng)]
            emit(d, cells, delim)
            d.t("\n")


# ================================================================ logs
def ts(rng):
    return f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}+09:00"


def t_syslog(d, rng):
    style = rng.choice(["auth", "web", "app", "vpn"])
    n = rng.randint(4, 8)
    host = rng.choice(["was01", "minwon-web", "portal-ap2", "auth-gw", "hr-db"])
    users = []
    for _ in range(3):
        nm = kname(rng)
        users.append((nm, email(rng, nm)[0], f"u{rng.randint(10000, 99999)}"))
    for i in range(n):
        nm, em, uid = rng.choice(users)
        if style == "auth":
            d.t(f"{ts(rng)} {host} sshd[{rng.randint(1000, 60000)}]: ")
            if rng.random() < 0.5:
                d.t("Accepted password for ").neg(uid, "user_id").t(" from ")
            else:
                d.t("Failed password for invalid user admin from ")
            d.s(*ip(rng, "ip_public")[:1], "IP_ADDRESS", "ip_public").t(f" port {rng.randint(1024, 65535)} ssh2\n")
        elif style == "web":
            v, k = ip(rng, rng.choice(["ip_public", "ip_public", "ip_v6"]))
            d.s(v, "IP_ADDRESS", k).t(f" - - [{rng.randint(1, 28):02d}/Mar/2025:{rng.randint(0, 23):02d}:{rng.randint(10, 59)}:{rng.randint(10, 59)} +0900] \"")
            d.t(rng.choice(["GET /minwon/view?no=", "POST /apply/submit?rcpt=", "GET /board/read?idx="]) + f"{rng.randint(1000, 99999)} HTTP/1.1\" {rng.choice([200, 200, 302, 404])} {rng.randint(200, 90000)}")
            if rng.random() < 0.4:
                d.t(" \"Mozilla/5.0 (Windows NT ").neg("10.0.19045.3803", "version_number").t(")\"")
            d.t("\n")
        elif style == "app":
            lvl = rng.choice(["INFO", "INFO", "WARN", "ERROR"])
            d.t(f"[{ts(rng)}] {lvl} ")
            ev = rng.random()
            if ev < 0.35:
                d.t("login success user=").s(em, "EMAIL_ADDRESS", "email").t(" ip=").s(*ip(rng, "ip_public")[:1], "IP_ADDRESS", "ip_public")
            elif ev < 0.6:
                d.t("profile updated: name=").s(nm, "PERSON", "person_ko").t(" mobile=").v(mobile(rng, rng.choice(["none", "dash"])), "PHONE_NUMBER")
            elif ev < 0.8:
                d.t("payment approved card=").s(*card_masked(rng)[:1], "CREDIT_CARD", "card_masked").t(f" amt={rng.randint(1, 500) * 1000} orderId=").neg(f"{rng.randint(2025000000000, 2025999999999)}", "order_number")
            else:
                d.t("identity check rrn=").s(rrn(rng, "rrn_masked", mask_char="*")[0], "KR_RRN", "rrn_masked").t(" uid=").neg(uid, "user_id")
            d.t("\n")
        else:
            d.t(f"{ts(rng)} vpn-gw: session {rng.choice(['opened', 'closed'])} for ").neg(uid, "user_id").t(" (")
            d.s(nm, "PERSON", "person_ko").t(") src=").s(*ip(rng, "ip_public")[:1], "IP_ADDRESS", "ip_public")
            d.t(" assigned=").s(*ip(rng, "ip_private")[:1], "IP_ADDRESS", "ip_private").t("\n")


# ================================================================ certificates
def t_certificate(d, rng):
    kind = rng.choice(["employment", "career", "frn_fact", "driving", "car_reg", "hi_qual", "resident_abstract"])
    nm = kname(rng)
    dt = rand_date(rng, 1955, 2003)
    if kind == "employment":
        d.t(rng.choice(["재 직 증 명 서\n\n", "재직증명서\n"]))
        d.t("성    명: ").s(nm, "PERSON", "person_ko").t("\n주민등록번호: ").s(*[rrn(rng, rng.choice(["rrn_valid", "rrn_masked"]), dt, "*")[0]], "KR_RRN", "rrn_x")
        d.spans[-1]["kind"] = "rrn_masked" if "*" in d.spans[-1]["clean"] else "rrn_valid"
        d.t("\n주    소: ")
        w_addr(d, rng)
        d.t(f"\n소    속: {rng.choice(['경영지원팀', '생산1팀', '영업본부', '연구소'])}\n직    위: {rng.choice(['사원', '대리', '과장', '차장', '부장'])}\n재직기간: {rng.randint(2008, 2022)}. {rng.randint(1, 12)}. {rng.randint(1, 28)}. ~ 현재\n용    도: {rng.choice(['금융기관 제출용', '관공서 제출용', '비자 발급용'])}\n\n위와 같이 재직하고 있음을 증명합니다.\n\n2025년 {rng.randint(1, 12)}월 {rng.randint(1, 28)}일\n\n")
        d.neg(company(rng), "company_name").t("  대표이사 ")
        rep = kname(rng)
        d.s(rep, "PERSON", "person_ko").t(" (인)\n사업자등록번호 ").s(brn(rng, True)[0], "KR_BRN", "brn").t(" / 전화 ").s(landline(rng)[0], "PHONE_NUMBER", "landline_company")
    elif kind == "career":
        d.t("경 력 증 명 서\n\n1. 인적사항\n  성명 ").s(nm, "PERSON", "person_ko").t("  생년월일 ")
        st = rng.choice(DOB_STYLES[:8])
        d.s(fmt_dob(dt, st), "DATE_OF_BIRTH", "dob_" + st).t("\n  주소 ")
        w_addr(d, rng)
        d.t("\n  연락처 ").v(mobile(rng), "PHONE_NUMBER")
        d.t(f"\n2. 경력사항\n  {rng.randint(2005, 2015)}.03.02 ~ {rng.randint(2016, 2024)}.12.31  ")
        d.neg(company(rng), "company_name").t(f"  {rng.choice(['품질관리', '시공관리', '전산개발', '회계'])}\n\n발급번호: ").neg(f"제{rng.randint(2025, 2025)}-{rng.randint(1, 999):03d}호", "document_number")
        d.t("\n담당자 ").s(kname(rng), "PERSON", "person_ko").t(" ( ").s(*landline(rng)[:1], "PHONE_NUMBER", "landline_company").t(" )")
    elif kind == "frn_fact":
        f = fname(rng)
        fd = rand_date(rng, 1965, 2003)
        d.t("외국인등록사실증명\nCERTIFICATE OF ALIEN REGISTRATION\n\n성명(Name): ").s(f["upper"], "PERSON", "person_foreign_latin")
        d.t(f"\n국적(Nationality): {f['nat_en']}\n외국인등록번호(Registration No.): ").s(frn(rng, fd)[0], "KR_FRN", "frn_legacy")
        st = rng.choice(["passport_dmy", "iso", "dot_pad"])
        d.t("\n생년월일(Date of Birth): ").s(fmt_dob(fd, st), "DATE_OF_BIRTH", "dob_" + st)
        d.t(f"\n성별(Sex): {rng.choice(['M', 'F'])}\n체류자격(Status): {rng.choice(['E-9', 'E-7', 'F-6', 'D-2', 'H-2', 'F-2'])}\n여권번호(Passport No.): ")
        d.s(passport_foreign(rng, f["nat"]), "KR_PASSPORT", "pp_foreign").t("\n체류지(Address): ")
        w_addr(d, rng, False)
        d.t("\n\n위 사실을 증명합니다.\n2025. ").t(f"{rng.randint(1, 12)}. {rng.randint(1, 28)}.\n")
        d.t(rng.choice(["서울", "수원", "인천", "부산", "대구"]) + "출입국·외국인청장 [직인생략]\n발급번호 ").neg(receipt_no(rng), "receipt_number")
    elif kind == "driving":
        d.t("운전경력증명서\n\n성명: ").s(nm, "PERSON", "person_ko").t("    주민등록번호: ").s(rrn(rng, "rrn_masked", dt, rng.choice("*●"))[0], "KR_RRN", "rrn_masked")
        d.t("\n면허번호: ").v(driver_license(rng), "KR_DRIVER_LICENSE")
        d.t(f"\n면허종별: {rng.choice(['1종 보통', '2종 보통', '1종 대형', '2종 소형'])}  최초취득일: {rng.randint(1985, 2020)}. {rng.randint(1, 12)}. {rng.randint(1, 28)}.\n주소: ")
        w_addr(d, rng)
        d.t(f"\n\n【 법규위반 및 사고 경력 】\n  {rng.choice(['해당 없음', '2023.05.11 신호위반(벌점 15)', '2022.08.02 속도위반(벌점 15)'])}\n\n")
        d.t(f"{rng.choice(['서울', '경기남부', '부산', '대전'])}경찰청장\n발급번호: ").neg(receipt_no(rng), "receipt_number")
    elif kind == "car_reg":
        d.t("자동차등록증\n\n①자동차등록번호 ").v(plate(rng), "KR_VEHICLE_PLATE")
        d.t(f"   ②차종 {rng.choice(['소형 승용', '중형 승용', '대형 승용', '경형 승용', '소형 화물'])}\n③차명 {rng.choice(['쏘나타', '아반떼', '모닝', '포터Ⅱ', 'K5', '그랜저'])}   ④형식 및 모델연도 {rng.randint(2012, 2025)}\n")
        d.t(f"⑤차대번호 ").neg(f"KMH{rng.choice('CDEHJ')}{rng.randint(10000, 99999)}{rng.choice('ABCDEFGH')}{rng.randint(100000, 999999)}", "vin")
        if rng.random() < 0.7:
            d.t("\n⑨소유자 성명(명칭) ").s(nm, "PERSON", "person_ko").t("\n⑩주민(법인)등록번호 ").s(rrn(rng, "rrn_masked", dt, "*")[0], "KR_RRN", "rrn_masked")
        else:
            d.t("\n⑨소유자 성명(명칭) ").neg(company(rng), "company_name").t("\n⑩주민(법인)등록번호 ").s(crn(rng)[0], "KR_CRN", "crn")
        d.t("\n⑪사용본거지 ")
        w_addr(d, rng, False)
        d.t(f"\n\n{rng.choice(['서울특별시장', '경기도지사', '부산광역시장'])}  {rng.randint(2015, 2025)}년 {rng.randint(1, 12)}월 {rng.randint(1, 28)}일")
    elif kind == "hi_qual":
        d.t("건강보험 자격득실 확인서\n\n가입자 성명 ").s(nm, "PERSON", "person_ko").t("   생년월일 ")
        st = rng.choice(["iso", "dot_pad", "korean", "dot_space"])
        d.s(fmt_dob(dt, st), "DATE_OF_BIRTH", "dob_" + st).t("\n건강보험증번호 ").s(health_ins(rng)[0], "KR_HEALTH_INSURANCE", "hi_11")
        d.t("\n\n구분 | 사업장명칭 | 자격취득일 | 자격상실일\n")
        for _ in range(rng.randint(1, 3)):
            d.t(rng.choice(["직장가입자", "지역가입자", "피부양자"]) + " | ").neg(company(rng), "company_name")
            d.t(f" | {rng.randint(2005, 2020)}-{rng.randint(1, 12):02d}-01 | {rng.choice(['-', '2023-06-30', '2021-12-31'])}\n")
        d.t("\n국민건강보험공단 ").neg("1577-1000", "switchboard").t("  발급번호 ").neg(receipt_no(rng), "receipt_number")
    else:
        d.t("주민등록표(초본)\n\n성명 ").s(nm, "PERSON", "person_ko").t("   주민등록번호 ").s(rrn(rng, "rrn_valid", dt)[0], "KR_RRN", "rrn_valid")
        d.t("\n\n번호 | 주소 | 전입일 | 변동사유\n")
        for i in range(rng.randint(2, 4)):
            d.t(f"{i + 1} | ")
            w_addr(d, rng, False)
            d.t(f" | {rng.randint(1990, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} | {rng.choice(['전입', '주소변경', '도로명주소'])}\n")
        d.t(f"\n위 초본은 주민등록표의 원본내용과 틀림없음을 증명합니다.\n{rng.choice(['서울특별시 마포구청장', '수원시 팔달구청장', '대전광역시 유성구청장'])}")


# ================================================================ application forms
def t_application(d, rng):
    kind = rng.choice(["refund", "child", "passport", "dl_renew", "parking", "scholarship", "membership"])
    nm = kname(rng)
    dt = rand_date(rng, 1955, 2002)
    if kind == "refund":
        d.t(rng.choice(["지방세 환급금 지급 청구서\n", "과오납금 환급 신청서\n"]))
        d.t("청구인 성명: ").s(nm, "PERSON", "person_ko").t("  주민등록번호: ").s(rrn(rng, "rrn_valid", dt)[0], "KR_RRN", "rrn_valid")
        d.t("\n주소: ")
        w_addr(d, rng)
        d.t("\n전화번호: ").v(landline(rng), "PHONE_NUMBER").t("  휴대전화: ").v(mobile(rng), "PHONE_NUMBER")
        b, v, k = account(rng)
        d.t(f"\n환급금 입금계좌: {b} ").s(v, "KR_BANK_ACCOUNT", k).t(" (예금주 ").s(nm, "PERSON", "person_ko").t(")\n")
        d.t("환급금액: ").neg(amount(rng), "amount").t(" / 관련 법령: ").neg(rng.choice(STATUTES), "statute").t("\n\n청구인 ").s(nm, "PERSON", "person_ko").t(" (서명 또는 인)")
    elif kind == "child":
        cd = rand_date(rng, 2020, 2025)
        cd = max(cd, date(2020, 10, 5))
        cn = split_name(nm)[0] + rng.choice(GIVEN)
        d.t("아동수당 지급 신청서\n\n[신청인(보호자)]\n성명 ").s(nm, "PERSON", "person_ko").t(" | 주민등록번호 ").s(rrn(rng, "rrn_valid", dt)[0], "KR_RRN", "rrn_valid")
        d.t(" | 아동과의 관계 " + rng.choice(["부", "모"]) + "\n휴대전화 ").v(mobile(rng), "PHONE_NUMBER").t(" | 전자우편 ").s(email(rng, nm)[0], "EMAIL_ADDRESS", "email")
        d.t("\n\n[아동]\n성명 ").s(cn, "PERSON", "person_ko").t(" | 주민등록번호 ").s(rrn(rng, "rrn_post2020", cd)[0], "KR_RRN", "rrn_post2020")
        st = rng.choice(["dot_space", "iso", "korean"])
        d.t(" | 생년월일 ").s(fmt_dob(cd, st), "DATE_OF_BIRTH", "dob_" + st)
        b, v, k = account(rng)
        d.t(f"\n\n[수급 계좌] {b} ").s(v, "KR_BANK_ACCOUNT", k).t("  예금주 ").s(nm, "PERSON", "person_ko")
        d.t("\n\n※ 작성 예시: 성명 ").neg("홍길동", "placeholder_person").t(", 주민등록번호 ").neg("000000-0000000", "placeholder_id")
    elif kind == "passport":
        d.t("여권 발급 신청서 (PASSPORT APPLICATION)\n\n한글성명 ").s(nm, "PERSON", "person_ko")
        sr, gr, _ = rom_name(nm)
        d.t("   로마자 성(Surname) ").s(sr.upper(), "PERSON", "person_roman").t("  이름(Given names) ").s(gr.upper(), "PERSON", "person_roman")
        d.t("\n주민등록번호 ").s(rrn(rng, "rrn_valid", dt)[0], "KR_RRN", "rrn_valid").t("\n휴대전화 ").v(mobile(rng), "PHONE_NUMBER")
        d.t("   이메일 ").s(email(rng, nm)[0], "EMAIL_ADDRESS", "email").t("\n종전 여권번호 ").v(passport_kr(rng, "pp_kr_old"), "KR_PASSPORT").t("  (기간만료)\n")
        d.t("긴급연락처  성명 ")
        en = kname(rng)
        d.s(en, "PERSON", "person_ko").t(f"  관계 {rng.choice(['배우자', '부', '모', '형제'])}  전화 ").v(mobile(rng), "PHONE_NUMBER")
        d.t("\n\n접수번호 ").neg(receipt_no(rng), "receipt_number").t(" / 근거: ").neg(rng.choice(["「여권법」 제9조", "「여권법 시행령」 제6조"]), "statute")
    elif kind == "dl_renew":
        d.t("운전면허 적성검사·갱신 신청서\n\n성명: ").s(nm, "PERSON", "person_ko").t("\n주민등록번호: ").s(rrn(rng, "rrn_valid", dt)[0], "KR_RRN", "rrn_valid")
        d.t("\n면허번호: ").v(driver_license(rng), "KR_DRIVER_LICENSE").t(f"    면허종별: {rng.choice(['1종보통', '2종보통'])}\n주소: ")
        w_addr(d, rng)
        d.t("\n연락처: ").v(mobile(rng), "PHONE_NUMBER").t("\n\n도로교통공단 ").neg("1577-1120", "switchboard")
    elif kind == "parking":
        d.t("거주자 우선주차 신청서\n\n신청인 ").s(nm, "PERSON", "person_ko").t(" (")
        st = rng.choice(["yy_dot", "yymmdd", "dot_pad"])
        d.s(fmt_dob(dt, st), "DATE_OF_BIRTH", "dob_" + st).t(" 생)\n주소 ")
        w_addr(d, rng)
        d.t("\n차량번호 ").v(plate(rng), "KR_VEHICLE_PLATE").t("  차종 " + rng.choice(["승용", "SUV", "경차"]))
        d.t("\n연락처 ").v(mobile(rng), "PHONE_NUMBER").t(" / 자택 ").v(landline(rng), "PHONE_NUMBER")
        d.t("\n희망구역 " + rng.choice(["A-12", "B-03", "C-27"]) + " (관리번호 ").neg(f"{rng.randint(1, 99):03d}-{rng.randint(2021, 2025)}-{rng.randint(1000, 9999)}", "management_number").t(")")
    elif kind == "scholarship":
        d.t("장학금 신청서\n\n| 성명 | ").s(nm, "PERSON", "person_ko").t(" | 생년월일 | ")
        st = rng.choice(DOB_STYLES[:6])
        d.s(fmt_dob(rand_date(rng, 2000, 2007), st), "DATE_OF_BIRTH", "dob_" + st).t(" |\n| 휴대폰 | ").v(mobile(rng), "PHONE_NUMBER")
        d.t(" | 이메일 | ").s(email(rng, nm)[0], "EMAIL_ADDRESS", "email").t(" |\n| 주소 | ")
        w_addr(d, rng, False)
        b, v, k = account(rng)
        d.t(f" |\n| 입금은행 | {b} | 계좌번호 | ").s(v, "KR_BANK_ACCOUNT", k).t(" |\n| 보호자 | ")
        d.s(kname(rng), "PERSON", "person_ko").t(" | 보호자 연락처 | ").v(mobile(rng), "PHONE_NUMBER").t(" |")
    else:
        d.t("회원 가입 신청서 (체육시설)\n이름: ").s(nm, "PERSON", "person_ko").t("\n생년월일: ")
        st = rng.choice(DOB_STYLES)
        d.s(fmt_dob(dt, st), "DATE_OF_BIRTH", "dob_" + st).t("\n휴대전화: ").v(mobile(rng), "PHONE_NUMBER")
        d.t("\n자동이체 카드: ").v(card(rng), "CREDIT_CARD").t(f" (유효기간 {rng.randint(1, 12):02d}/{rng.randint(26, 30)})")
        d.t("\n차량번호(주차등록): ").v(plate(rng), "KR_VEHICLE_PLATE").t("\n개인정보 수집·이용에 동의합니다. [V]")


# ================================================================ 외국인 records
def t_foreigner(d, rng):
    kind = rng.choice(["employ", "extend", "lodging", "accident", "list"])
    f = fname(rng)
    fd = rand_date(rng, 1970, 2003)
    if kind == "employ":
        d.t("외국인근로자 고용변동 신고서\n\n[사업장]\n사업장명 ").neg(company(rng), "company_name").t("  사업자등록번호 ").v(brn(rng), "KR_BRN")
        d.t("\n대표자 ").s(kname(rng), "PERSON", "person_ko").t("  전화 ").s(*landline(rng)[:1], "PHONE_NUMBER", "landline_company").t("\n\n[근로자]\n성명(영문) ")
        d.s(f["upper"], "PERSON", "person_foreign_latin").t(f"   국적 {f['nat_ko']}\n외국인등록번호 ").s(frn(rng, fd)[0], "KR_FRN", "frn_legacy")
        st = rng.choice(["iso", "dmy_slash", "dot_pad", "passport_dmy"])
        d.t("   생년월일 ").s(fmt_dob(fd, st), "DATE_OF_BIRTH", "dob_" + st).t("\n여권번호 ").s(passport_foreign(rng, f["nat"]), "KR_PASSPORT", "pp_foreign")
        d.t(f"\n변동사유 {rng.choice(['사업장 변경', '근로계약 해지', '이탈', '계약 연장'])}  변동일 2025. {rng.randint(1, 12)}. {rng.randint(1, 28)}.")
        d.t("\n\n고용노동부 고객상담센터 ").neg("1350", "switchboard")
    elif kind == "extend":
        d.t(f"APPLICATION FOR EXTENSION OF SOJOURN PERIOD / 체류기간연장허가 신청\n\nSurname: ").s(f["family"], "PERSON", "person_foreign_latin")
        d.t("   Given names: ").s(f["given"], "PERSON", "person_foreign_latin")
        d.t(f"\nNationality: {f['nat_en']}   Sex: {rng.choice(['M', 'F'])}\nDate of Birth: ")
        st = rng.choice(["passport_dmy", "dmy_slash", "iso"])
        d.s(fmt_dob(fd, st), "DATE_OF_BIRTH", "dob_" + st).t("\nForeigner Registration No.: ").s(frn(rng, fd)[0], "KR_FRN", "frn_legacy")
        d.t("\nPassport No.: ").s(passport_foreign(rng, f["nat"]), "KR_PASSPORT", "pp_foreign").t(f"   Expiry: 20{rng.randint(26, 34)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
        d.t("\nAddress in Korea: ")
        w_addr(d, rng, False)
        d.t("\nTelephone: ").v(mobile(rng, rng.choice(["dash", "intl"])), "PHONE_NUMBER").t("   E-mail: ").s(email(rng, f["mixed"])[0], "EMAIL_ADDRESS", "email")
        d.t("\n\n외국인종합안내센터 ").neg("1345", "switchboard").t(" / ").neg("「출입국관리법」 제25조", "statute")
    elif kind == "lodging":
        d.t("외국인 숙소 제공 확인서\n\n본인 ").s(kname(rng), "PERSON", "person_ko").t("은(는) 아래 외국인에게 숙소를 제공하였음을 확인합니다.\n\n")
        d.t("- 외국인 성명: ").s(f["hangul"], "PERSON", "person_foreign_hangul").t(" (").s(f["upper"], "PERSON", "person_foreign_latin").t(")\n- 외국인등록번호: ")
        d.s(frn(rng, fd)[0], "KR_FRN", "frn_legacy").t("\n- 숙소 주소: ")
        w_addr(d, rng)
        d.t("\n- 제공자 연락처: ").v(mobile(rng), "PHONE_NUMBER").t("\n- 제공자 주민등록번호: ").s(rrn(rng, "rrn_masked", None, rng.choice("*●X"))[0], "KR_RRN", "rrn_masked")
    elif kind == "accident":
        d.t(f"산업재해 발생 보고 (외국인)\n\n재해자: ").s(f["hangul"], "PERSON", "person_foreign_hangul").t(f"({fd.year}년생, {f['nat_ko']} 국적) — ")
        d.t("등록번호 ").s(frn(rng, fd)[0], "KR_FRN", "frn_legacy").t("\n")
        d.t(f"재해 경위: {rng.choice(['프레스 작업 중 손가락 협착', '지게차 후진 중 충돌', '사다리 작업 중 추락'])}. 현장 관리자 ")
        mg = kname(rng)
        d.s(mg, "PERSON", "person_ko").t(rng.choice([" 반장이 최초 발견하여 119에 신고하였다.\n", " 팀장이 즉시 병원으로 이송하였다.\n"]))
        d.t("재해자 여권번호: ").s(passport_foreign(rng, f["nat"]), "KR_PASSPORT", "pp_foreign").t(" / 연락처 ").v(mobile(rng), "PHONE_NUMBER")
        d.t("\n보고자: ").s(mg, "PERSON", "person_ko").t(" (").v(mobile(rng), "PHONE_NUMBER").t(")")
    else:
        d.t(rng.choice(["E-9 근로자 기숙사 배정표", "계절근로자 입국 명단", "유학생 체류 현황"]) + "\n")
        sep = rng.choice(["\t", " | ", "  "])
        for _ in range(rng.randint(3, 6)):
            g = fname(rng)
            gd = rand_date(rng, 1975, 2004)
            cells = [S(rng.choice([g["upper"], g["mixed"], g["family"] + ", " + g["given"]]), "PERSON", "person_foreign_latin"), g["nat"],
                     c_dob(rng, gd, rng.choice(["iso", "dmy_slash", "passport_dmy", "yymmdd"])), c_pp(rng, g["nat"])]
            if rng.random() < 0.7:
                cells.append(S(frn(rng, gd)[0], "KR_FRN", "frn_legacy"))
            cells.append(f"{rng.randint(101, 420)}호")
            emit(d, cells, sep)
            d.t("\n")


# ================================================================ call transcripts (spoken digits)
AGENT = ["상담원", "상담사", "직원"]
CUST = ["고객", "민원인", "신청인"]


def sp(d, rng, clean, typ, kind, sep_word=None):
    d.s(clean, typ, kind, noisy=spoken(rng, clean, sep_word), tags=["spoken_hangul"])


def t_transcript(d, rng):
    a, c = rng.choice(AGENT), rng.choice(CUST)
    agent = kname(rng)
    nm = kname(rng)
    dt = rand_date(rng, 1950, 2003)
    d.t(f"[녹취록 | 통화일시 2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(9, 17):02d}:{rng.randint(10, 59)} | 수신 ")
    d.neg(rng.choice(HOTLINES), "switchboard").t("]\n")
    d.t(f"{a}: 안녕하십니까, {rng.choice(['민원콜센터', '고객센터', '카드 분실신고센터', '렌터카 예약센터'])} ").s(agent, "PERSON", "person_ko").t("입니다. 무엇을 도와드릴까요?\n")
    d.t(f"{c}: {rng.choice(['네, 본인 확인하고 싶어서요.', '카드를 잃어버려서 전화드렸어요.', '환급금 때문에요.', '예약 변경하려고요.'])}\n")
    d.t(f"{a}: 성함이 어떻게 되세요?\n{c}: ")
    if rng.random() < 0.35:
        d.s(nm, "PERSON", "person_ko", noisy=" ".join(nm), tags=["spaced_name"]).t(rng.choice([" 입니다.", "입니다.", ", 그렇게 씁니다."]))
    else:
        d.s(nm, "PERSON", "person_ko").t(rng.choice(["이에요.", "입니다.", "고요."]))
    turns = rng.sample(["dob", "rrn", "phone", "card", "acct", "dl", "email", "addr"], rng.randint(3, 5))
    for tname in turns:
        if tname == "dob":
            d.t(f"\n{a}: 생년월일 말씀해 주세요.\n{c}: ")
            if rng.random() < 0.6:
                d.s(spoken_date(rng, dt), "DATE_OF_BIRTH", "dob_spoken", noisy=None, tags=["spoken_date"])
            else:
                sp(d, rng, fmt_dob(dt, "yymmdd"), "DATE_OF_BIRTH", "dob_yymmdd")
            d.t(rng.choice(["생이요.", "이요.", " 생입니다."]))
        elif tname == "rrn":
            d.t(f"\n{a}: 본인 확인을 위해 주민등록번호 {rng.choice(['앞자리와 뒷자리', '열세 자리'])} 불러 주시겠어요?\n{c}: ")
            sp(d, rng, rrn(rng, "rrn_valid", dt)[0], "KR_RRN", "rrn_valid", rng.choice([" 다시 ", " ", "에 "]))
            d.t(rng.choice(["이요.", "입니다.", "."]))
        elif tname == "phone":
            d.t(f"\n{a}: 연락 가능한 번호는요?\n{c}: ")
            sp(d, rng, mobile(rng, "dash")[0], "PHONE_NUMBER", "mobile")
            d.t(rng.choice(["입니다.", "요.", "이에요."]))
            if rng.random() < 0.4:
                d.t(f"\n{a}: 확인했습니다. 메모에는 ").v(mobile(rng, "dash"), "PHONE_NUMBER").t(" 로 되어 있는데 바뀌셨네요.")
        elif tname == "card":
            d.t(f"\n{a}: 분실하신 카드 번호 아시면 말씀해 주세요.\n{c}: ")
            cv, ck = card(rng, sep="-")
            if rng.random() < 0.5:
                sp(d, rng, cv, "CREDIT_CARD", ck, " ")
            else:
                d.s(cv.replace("-", " "), "CREDIT_CARD", ck)
            d.t(rng.choice(["이요.", "입니다.", "요. 끝자리는 확실해요."]))
        elif tname == "acct":
            b, v, k = account(rng, sep="-")
            d.t(f"\n{a}: 환급받으실 계좌 불러 주세요.\n{c}: {b}이고요, ")
            sp(d, rng, v, "KR_BANK_ACCOUNT", k, rng.choice([" 다시 ", " ", "에 "]))
            d.t(rng.choice(["이요. 예금주는 본인이에요.", "입니다.", "요."]))
        elif tname == "dl":
            d.t(f"\n{a}: 운전면허번호도 필요합니다.\n{c}: 잠깐만요… ")
            v, k = driver_license(rng, "dl_numeric")
            if rng.random() < 0.5:
                sp(d, rng, v, "KR_DRIVER_LICENSE", k, rng.choice([" 다시 ", " "]))
            else:
                d.s(v, "KR_DRIVER_LICENSE", k)
            d.t(rng.choice(["요.", "입니다.", "이에요."]))
        elif tname == "email":
            ev = email(rng, nm, rng.choice(["naver.com", "gmail.com", "daum.net"]))[0]
            local, dom = ev.split("@")
            dn = {"naver.com": "네이버 닷컴", "gmail.com": "지메일 닷컴", "daum.net": "다음 닷넷"}[dom]
            d.t(f"\n{a}: 안내문 받으실 이메일 주소는요?\n{c}: ")
            d.s(ev, "EMAIL_ADDRESS", "email", noisy=f"{local} 골뱅이 {dn}", tags=["spoken_email"]).t("이요.")
        else:
            d.t(f"\n{a}: 주소지 확인하겠습니다.\n{c}: ")
            w_addr(d, rng, False)
            d.t(rng.choice(["입니다.", " 입니다.", "로 되어 있어요."]))
    d.t(f"\n{a}: 확인 감사합니다. 접수번호는 ").neg(receipt_no(rng), "receipt_number").t("입니다. 지금까지 상담원 ").s(agent, "PERSON", "person_ko").t(rng.choice([", 감사합니다.", "이(가) 도와드렸습니다.", ", 좋은 하루 보내세요."]))


# ================================================================ OCR of ID cards / forms
def t_ocr_id(d, rng):
    d.ocr_p = 0.55
    kind = rng.choice(["rrc", "dl", "arc", "passport"])
    nm = kname(rng)
    dt = rand_date(rng, 1955, 2004)
    if kind == "rrc":
        d.base_genre = "주민등록증"
        d.t(rng.choice(["주민등록증\n", "주 민 등 록 증\n", "주민등록중\n"]))
        d.s(nm, "PERSON", "person_ko").t("\n").s(rrn(rng, rng.choice(["rrn_valid", "rrn_valid", "rrn_masked"]), dt, "*")[0], "KR_RRN", "rrn")
        d.spans[-1]["kind"] = "rrn_masked" if "*" in d.spans[-1]["clean"] else "rrn_valid"
        d.t("\n")
        w_addr(d, rng, False)
        d.t(f"\n{rng.randint(2005, 2024)}. {rng.randint(1, 12)}. {rng.randint(1, 28)}.\n")
        d.neg(rng.choice(["서울특별시 마포구청장", "경기도 수원시 팔달구청장", "부산광역시 해운대구청장"]), "official_title")
    elif kind == "dl":
        d.base_genre = "운전면허증"
        d.t(rng.choice(["자동차운전면허증", "자동차운전면허증 (Driver's License)", "자동차운전면허중"]) + "\n")
        d.t(rng.choice(["1종보통", "2종보통", "1종대형"]) + " ").v(driver_license(rng), "KR_DRIVER_LICENSE").t("\n")
        d.s(nm, "PERSON", "person_ko").t("\n").s(rrn(rng, rng.choice(["rrn_valid", "rrn_masked"]), dt, "*")[0], "KR_RRN", "rrn")
        d.spans[-1]["kind"] = "rrn_masked" if "*" in d.spans[-1]["clean"] else "rrn_valid"
        d.t("\n")
        w_addr(d, rng, False)
        d.t(f"\n적성검사기간 {rng.randint(2026, 2034)}.01.01~{rng.randint(2026, 2034)}.12.31\n")
        d.t("암호일련번호 ").neg(f"{rng.choice('ABCDEFGH')}{rng.randint(1, 9)}{rng.choice('KLMNPQ')}{rng.randint(1, 9)}{rng.choice('RSTUVW')}{rng.randint(1, 9)}", "serial_code")
        d.t("\n" + rng.choice(["서울경찰청장", "경기남부경찰청장", "부산경찰청장"]))
    elif kind == "arc":
        d.base_genre = "외국인등록증"
        f = fname(rng)
        fd = rand_date(rng, 1970, 2004)
        d.t(rng.choice(["외국인등록증\nRESIDENCE CARD\n", "RESIDENCE CARD 외국인등록증\n"]))
        d.s(frn(rng, fd)[0], "KR_FRN", "frn_legacy").t(f"  {rng.choice(['남 M', '여 F'])}\n성명 Name ").s(f["upper"], "PERSON", "person_foreign_latin")
        d.t(f"\n국가/지역 Country/Region {f['nat_en']}\n체류자격 Status {rng.choice(['E-9', 'F-6', 'E-7', 'D-2'])}\n발급일자 Issue Date {rng.randint(2018, 2025)}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}\n")
        d.t(rng.choice(["서울출입국·외국인청장", "수원출입국·외국인사무소장", "CHIEF, SEOUL IMMIGRATION OFFICE"]))
    else:
        d.base_genre = "여권"
        dl_ = rom_name(nm)
        d.t("REPUBLIC OF KOREA 대한민국\nPASSPORT 여권\n종류/Type PM  발행국/Issuing country KOR  여권번호/Passport No. ")
        d.v(passport_kr(rng), "KR_PASSPORT").t("\n성/Surname ").s(dl_[0].upper(), "PERSON", "person_roman").t("\n이름/Given names ").s(dl_[1].upper(), "PERSON", "person_roman")
        d.t("\n한글성명 ").s(nm, "PERSON", "person_ko").t("\n생년월일/Date of birth ").s(fmt_dob(dt, "passport_dmy"), "DATE_OF_BIRTH", "dob_passport_dmy")
        d.t(f"\n성별/Sex {rng.choice(['M', 'F'])}  국적/Nationality REPUBLIC OF KOREA\n발급일/Date of issue {rng.randint(1, 28):02d} {MON[rng.randint(0, 11)]} {rng.randint(2016, 2025)}\n")
        d.t("주민등록번호/Personal No. ").s(rrn(rng, "rrn_masked", dt, "*")[0], "KR_RRN", "rrn_masked")
        d.t("\n발행관청/Authority MINISTRY OF FOREIGN AFFAIRS")


def ocr_text_noise(rng, s):
    reps = [("성명", "성 명"), ("주소", "주 소"), ("번호", "번 호"), ("신청", "신 청"), (":", " :"), ("년", "넌"), ("증", "중")]
    for a, b in reps:
        if rng.random() < 0.3:
            s = s.replace(a, b)
    return s


def t_ocr_form(d, rng):
    d.ocr_p = 0.6
    base = rng.choice(["application", "roster", "certificate", "foreigner"])
    d.base_genre = base
    sub = Doc(rng, "tmp", 0.6)
    {"application": t_application, "roster": t_roster_hdr, "certificate": t_certificate, "foreigner": t_foreigner}[base](sub, rng)
    # re-render with noisy plain text
    pos = 0
    text = sub.text
    for sp_ in sorted(sub.spans + [dict(n, neg=True) for n in sub.negs], key=lambda x: x["start"]):
        d.t(ocr_text_noise(rng, text[pos:sp_["start"]]))
        if sp_.get("neg"):
            d.neg(sp_["text"], sp_["category"])
        else:
            d.s(sp_["clean"], sp_["type"], sp_["kind"], noisy=sp_["value"], tags=sp_["noise"])
        pos = sp_["end"]
    d.t(ocr_text_noise(rng, text[pos:]))
    if rng.random() < 0.5:
        d.t("\n" + rng.choice(["- 1 -", "[스캔 2025-03-11 14:22]", "페이지 1/1", "사본"]))


# ================================================================ e-mail
def t_email(d, rng):
    snd = kname(rng)
    rcv = kname(rng)
    comp = company(rng)
    se = email(rng, snd, rng.choice(["hanbit-eng.co.kr", "daesung.com", "gmail.com", "korea.kr"]))[0]
    d.t("From: ").s(snd, "PERSON", "person_ko").t(" <").s(se, "EMAIL_ADDRESS", "email").t(">\nTo: ")
    re_ = email(rng, rcv)[0]
    d.s(re_, "EMAIL_ADDRESS", "email").t("\n")
    if rng.random() < 0.4:
        cc = kname(rng)
        d.t("Cc: ").s(cc, "PERSON", "person_ko").t(" <").s(email(rng, cc)[0], "EMAIL_ADDRESS", "email").t(">\n")
    topic = rng.choice(["contract", "refund", "visa", "hr", "rental"])
    subj = {"contract": "계약서 송부 건", "refund": "환불 계좌 확인 요청", "visa": "외국인 직원 체류 연장 서류", "hr": "신규 입사자 정보 전달", "rental": "차량 대여 확인"}[topic]
    d.t(f"Subject: [{rng.choice(['회신', '요청', '전달', '확인'])}] {subj}\nDate: {ts(rng)}\n\n")
    d.s(rcv, "PERSON", "person_ko").t(rng.choice([" 님, 안녕하세요.\n", " 과장님께,\n", " 대리님 안녕하세요.\n"]))
    if topic == "contract":
        d.t("요청하신 계약 당사자 정보 보내드립니다.\n상호 ").neg(comp, "company_name").t(" / 사업자등록번호 ").v(brn(rng, True), "KR_BRN").t(" / 법인등록번호 ").s(*crn(rng)[:1], "KR_CRN", "crn")
        d.t("\n대표이사 ").s(kname(rng), "PERSON", "person_ko").t("\n본점 ")
        w_addr(d, rng)
        b, v, k = account(rng)
        d.t(f"\n대금 입금 계좌: {b} ").s(v, "KR_BANK_ACCOUNT", k).t(" (예금주 ").neg(comp, "company_name").t(")\n")
    elif topic == "refund":
        d.t("고객님 환불 건 관련하여 아래 정보로 처리 부탁드립니다.\n고객명 ").s(kname(rng), "PERSON", "person_ko").t(", 결제카드 ").v(card_masked(rng), "CREDIT_CARD")
        b, v, k = account(rng, masked=False)
        d.t(f", 환불계좌 {b} ").s(v, "KR_BANK_ACCOUNT", k).t(", 연락처 ").v(mobile(rng), "PHONE_NUMBER").t("\n주문번호 ").neg(f"{rng.randint(2025000000, 2025999999)}-{rng.randint(10, 99)}", "order_number").t("\n")
    elif topic == "visa":
        f = fname(rng)
        fd = rand_date(rng, 1975, 2003)
        d.t("체류기간 연장 대상 직원 정보입니다.\n- ").s(f["mixed"], "PERSON", "person_foreign_latin").t(f" ({f['nat_ko']}), 등록번호 ").s(frn(rng, fd)[0], "KR_FRN", "frn_legacy")
        d.t(", 여권 ").s(passport_foreign(rng, f["nat"]), "KR_PASSPORT", "pp_foreign").t(", 만료일 ").t(f"20{rng.randint(26, 33)}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}\n")
        if rng.random() < 0.6:
            g = fname(rng)
            gd = rand_date(rng, 1975, 2003)
            d.t("- ").s(g["hangul"], "PERSON", "person_foreign_hangul").t(f"({g['nat_ko']}) 등록번호 ").s(frn(rng, gd)[0], "KR_FRN", "frn_legacy").t(", 여권 ").s(passport_foreign(rng, g["nat"]), "KR_PASSPORT", "pp_foreign").t("\n")
    elif topic == "hr":
        nh = kname(rng)
        d.t("다음 주 입사자 정보 공유드립니다. 4대보험 취득 신고 부탁드려요.\n성명: ").s(nh, "PERSON", "person_ko").t("\n주민번호: ").s(rrn(rng, "rrn_valid")[0], "KR_RRN", "rrn_valid")
        d.t("\n주소: ")
        w_addr(d, rng)
        b, v, k = account(rng)
        d.t(f"\n급여계좌: {b} ").s(v, "KR_BANK_ACCOUNT", k).t("\n휴대폰: ").v(mobile(rng), "PHONE_NUMBER").t("\n")
        if rng.random() < 0.5:
            d.t("건강보험증 번호(피부양자 이전용): ").s(health_ins(rng)[0], "KR_HEALTH_INSURANCE", "hi_11").t("\n")
    else:
        d.t("대여 차량 및 운전자 정보 확인 바랍니다.\n차량 ").v(plate(rng, "plate_3"), "KR_VEHICLE_PLATE").t(" / 운전자 ").s(kname(rng), "PERSON", "person_ko").t(" / 면허 ").v(driver_license(rng), "KR_DRIVER_LICENSE")
        d.t("\n보증금 결제카드 ").v(card(rng), "CREDIT_CARD").t("\n")
    d.t("\n감사합니다.\n\n--\n").s(snd, "PERSON", "person_ko").t(f" {rng.choice(['대리', '과장', '팀장', '주임'])} | ").neg(comp, "company_name")
    d.t("\nT. ").s(*landline(rng)[:1], "PHONE_NUMBER", "landline_company").t(" | M. ").v(mobile(rng), "PHONE_NUMBER").t(" | ").s(se, "EMAIL_ADDRESS", "email")
    if rng.random() < 0.5:
        d.t("\n고객센터 ").neg(rng.choice(HOTLINES), "switchboard")


# ================================================================ prose genres
def age(rng):
    return rng.randint(19, 84)


def t_news(d, rng):
    v1, v2 = kname(rng), kname(rng)
    a1 = age(rng)
    city = rng.choice(["수원", "청주", "전주", "김해", "포항", "춘천", "목포"])
    s = rng.random()
    if s < 0.25:
        d.t(f"{city}에서 보이스피싱 조직에 속아 노후 자금을 송금하려던 70대를 은행 직원이 막았다.\n")
        d.t(f"{city}경찰서에 따르면 지난 {rng.randint(2, 27)}일 오후 한 은행 지점 창구 직원 ").s(v1, "PERSON", "person_ko").t(f"({age(rng)}) 씨는 현금 {rng.randint(2, 9)}천만 원을 인출하려는 ")
        d.s(v2, "PERSON", "person_ko").t(f"({rng.randint(70, 84)}) 씨의 행동을 수상히 여겨 112에 신고했다. ")
        d.s(v1, "PERSON", "person_ko").t(" 씨는 \"전화를 끊지 못하게 하는 모습이 이상했다\"고 말했다. 경찰은 ")
        d.s(v1, "PERSON", "person_ko").t(" 씨에게 감사장을 전달할 예정이다.")
    elif s < 0.5:
        f = fname(rng)
        d.t(f"{city}의 한 제조업체에서 일하는 {f['nat_ko']} 출신 노동자 ").s(f["hangul"], "PERSON", "person_foreign_hangul").t(f"({age(rng)}) 씨가 화재 현장에서 이웃 주민을 구해 화제다. ")
        d.s(f["hangul"], "PERSON", "person_foreign_hangul").t(" 씨는 \"연기가 보여 본능적으로 뛰어들었다\"고 했다. 회사 대표 ")
        d.s(v1, "PERSON", "person_ko").t(f" 씨는 \"평소에도 성실한 직원\"이라며 포상을 검토하고 있다고 밝혔다. 시는 ")
        d.s(f["upper"], "PERSON", "person_foreign_latin").t("(영문 표기) 씨에게 의인상을 수여하기로 했다.")
    elif s < 0.75:
        d.t(f"전직 {rng.choice(['구청', '군청', '시청'])} 공무원 ").s(v1, "PERSON", "person_ko").t(f"(5{rng.randint(0, 9)})씨가 허위 출장으로 여비를 챙긴 혐의로 기소됐다. ")
        d.t("검찰은 그와 공모한 업체 대표 ").s(v2, "PERSON", "person_ko").t(f"({age(rng)})씨도 함께 재판에 넘겼다. ")
        d.t("사건번호 ").neg(case_no(rng), "case_number").t("로 배당됐으며, ").s(v2, "PERSON", "person_ko").t(rng.choice(["씨 측은 \"혐의를 인정하지 않는다\"고 밝혔다.", "씨의 변호인은 입장을 내지 않았다."]))
    elif s < 0.62:
        d.t(f"{city} 시내 교차로에서 승용차와 배달 오토바이가 부딪쳐 오토바이 운전자 ").s(v1, "PERSON", "person_ko").t(f"({rng.randint(19, 35)})씨가 크게 다쳤다. ")
        d.t("승용차를 몰던 ").s(v2, "PERSON", "person_ko").t(f"({age(rng)})씨는 경찰 조사에서 \"신호를 잘못 봤다\"고 진술한 것으로 전해졌다. 목격자 ")
        v3 = kname(rng)
        d.s(v3, "PERSON", "person_ko").t("씨는 \"쾅 소리에 나가 보니 이미 사람이 쓰러져 있었다\"며 당시 상황을 설명했다.")
    elif s < 0.75:
        f = fname(rng, rng.choice(["USA", "MNG", "UZB", "IDN"]))
        d.t(f"{city}의 한 대학에서 박사과정을 밟고 있는 {f['nat_ko']} 유학생 ").s(f["hangul"], "PERSON", "person_foreign_hangul").t(f"({rng.randint(25, 38)}) 씨가 ")
        d.t("한국어 말하기 대회에서 대상을 받았다. 지도교수인 ").s(v1, "PERSON", "person_ko").t(" 교수는 \"누구보다 성실한 학생\"이라고 평했다. 수상자 명단에는 ")
        d.s(f["mixed"], "PERSON", "person_foreign_latin").t("이라는 영문 이름으로 올라 있다. ").s(f["hangul"], "PERSON", "person_foreign_hangul").t(" 씨는 \"졸업 후에도 한국에 남고 싶다\"고 말했다.")
    else:
        d.t(f"올해 '{city} 시민상' 수상자로 ").s(v1, "PERSON", "person_ko").t(f"({age(rng)}·자영업) 씨와 ").s(v2, "PERSON", "person_ko").t(f"({age(rng)}·교사) 씨가 선정됐다. ")
        v3 = kname(rng)
        d.t("심사위원장을 맡은 ").s(v3, "PERSON", "person_ko").t(" 교수는 \"두 분 모두 10년 넘게 지역에서 봉사해 왔다\"고 전했다. 시상식은 다음 달 열린다. 문의 ")
        d.neg(rng.choice(INST)[2], "switchboard").t(".")


def t_press(d, rng):
    name, addr, main = inst(rng)
    head, staff = kname(rng), kname(rng)
    dept = rng.choice(DEPTS)
    d.t(f"보 도 자 료\n배포일시 2025. {rng.randint(1, 12)}. {rng.randint(1, 28)}.(월) / 보도 즉시\n")
    d.t(f"담당 부서 {dept} | 책임자 과장 ").s(head, "PERSON", "person_ko").t(" (").s(landline(rng)[0], "PHONE_NUMBER", "landline_direct").t(f") | 담당자 {rng.choice(['주무관', '사무관'])} ")
    d.s(staff, "PERSON", "person_ko").t(" (").s(landline(rng)[0], "PHONE_NUMBER", "landline_direct").t(")\n\n")
    topic = rng.choice(["외국인 계절근로자 숙소 개선", "개인정보 유출 사고 예방 점검", "운전면허 자진반납 지원", "아동수당 신청 안내"])
    d.t(f"{name}, {topic} 추진\n\n□ {name}은 {topic} 계획을 마련하고 {rng.randint(2, 8)}월부터 시행한다고 밝혔다.\n")
    d.t(f"□ 이번 계획은 ").neg(rng.choice(STATUTES), "statute").t("에 근거하며, 현장 의견을 반영하였다.\n")
    v = kname(rng)
    d.t(f"□ 현장 간담회에 참석한 주민 ").s(v, "PERSON", "person_ko").t(f"({age(rng)}) 씨는 \"{rng.choice(['절차가 훨씬 간편해졌다', '그동안 불편이 컸다', '안내가 친절했다'])}\"고 말했다.\n")
    d.t(f"□ ").s(head, "PERSON", "person_ko").t(f" {dept}장은 \"앞으로도 제도 개선에 힘쓰겠다\"고 밝혔다.\n\n문의: ").neg(rng.choice(SHORT)[1], "switchboard").t(" 또는 대표전화 ").neg(main, "switchboard")


def t_minwon(d, rng):
    nm = kname(rng)
    off = kname(rng)
    d.t(f"민원 처리 결과 통지\n\n수신: ").s(nm, "PERSON", "person_ko").t(" 귀하\n주소: ")
    w_addr(d, rng)
    d.t("\n접수번호: ").neg(receipt_no(rng), "receipt_number").t(f"  접수일: 2025. {rng.randint(1, 12)}. {rng.randint(1, 28)}.\n\n")
    body = rng.choice(["불법 주정차", "소음", "외국인 고용", "계좌 환급"])
    d.t("1. 귀하께서 제출하신 민원에 대하여 검토한 결과를 알려드립니다.\n2. ")
    if body == "불법 주정차":
        d.t("신고하신 차량(").v(plate(rng), "KR_VEHICLE_PLATE").t(")에 대하여 현장 확인 후 과태료 부과 절차를 진행하였습니다.")
    elif body == "소음":
        d.t("공사장 소음과 관련하여 시공사 현장대리인 ").s(kname(rng), "PERSON", "person_ko").t("(").v(mobile(rng), "PHONE_NUMBER").t(")에게 작업시간 준수를 요청하였습니다.")
    elif body == "외국인 고용":
        f = fname(rng)
        d.t("문의하신 근로자 ").s(f["hangul"], "PERSON", "person_foreign_hangul").t("(등록번호 ").s(frn(rng)[0], "KR_FRN", "frn_legacy").t(")의 사업장 변경 신청은 관할 고용센터에서 처리 예정입니다.")
    else:
        b, v, k = account(rng)
        d.t(f"환급금은 신청하신 {b} ").s(v, "KR_BANK_ACCOUNT", k).t(" 계좌로 ").neg(f"2025. {rng.randint(1, 12)}. {rng.randint(1, 28)}.", "date_other").t(" 입금될 예정입니다.")
    d.t("\n3. 그 밖에 궁금한 사항은 담당자 ").s(off, "PERSON", "person_ko").t(f" {rng.choice(TITLES)}(").s(landline(rng)[0], "PHONE_NUMBER", "landline_direct")
    d.t(")에게 문의하시거나 정부민원안내콜센터(").neg("110", "switchboard").t(")를 이용하여 주시기 바랍니다.\n\n")
    d.neg(rng.choice(["한빛시장", "○○구청장", "세종특별자치시장"]), "official_title")


MINUTE_LINES = ["민원인 주민등록번호가 첨부파일에 그대로 노출된 사례가 있어 마스킹 기준을 다시 정해야 합니다.",
                "외국인 등록번호와 여권번호를 같은 서식에 받는 것은 과도하다고 봅니다.",
                "CCTV 영상에 차량번호가 찍히는 경우 보관 기간을 줄였으면 합니다.",
                "지난 회의 결정사항의 이행 현황을 보고해 주시기 바랍니다.",
                "서식 예시에 쓰는 이름은 그대로 두고 실제 신청인 정보만 가리면 됩니다.",
                "콜센터 녹취 파일도 보유 기간을 정해 두지 않으면 문제가 됩니다.",
                "위탁업체 점검 결과는 다음 회의 전까지 서면으로 공유해 주십시오.",
                "원안에 동의합니다. 다만 시행 시기는 하반기로 미루는 것이 좋겠습니다.",
                "제가 확인한 바로는 작년에도 같은 지적이 있었습니다.",
                "표결에 부치기 전에 실무 부서 의견을 한 번 더 듣고 싶습니다."]


def t_minutes(d, rng):
    members = [kname(rng) for _ in range(rng.randint(4, 7))]
    chair = members[0]
    d.t(f"제{rng.randint(1, 30)}차 {rng.choice(['개인정보보호위원회', '외국인정책 실무위원회', '교통안전협의회', '정보공개심의회'])} 회의록\n")
    d.t(f"일시: 2025. {rng.randint(1, 12)}. {rng.randint(1, 28)}. 14:00 / 장소: 3층 소회의실\n참석자: 위원장 ")
    d.s(chair, "PERSON", "person_ko")
    for m in members[1:]:
        d.t(", ").s(m, "PERSON", "person_ko").t(rng.choice([" 위원", "", " 위원(외부)"]))
    d.t(f"\n간사: {rng.choice(DEPTS)} ")
    sec = kname(rng)
    d.s(sec, "PERSON", "person_ko").t(" 주무관\n\n")
    lines = rng.sample(MINUTE_LINES, rng.randint(3, 5))
    for ln in lines:
        sp_ = rng.choice(members)
        d.s(sp_, "PERSON", "person_ko").t(rng.choice([" 위원: ", " 위원 — ", ": "]))
        d.t(ln)
        d.t("\n")
        if rng.random() < 0.3:
            d.s(sec, "PERSON", "person_ko").t(" 주무관: 관련 사례 자료는 ").neg(docno(rng), "document_number").t("로 배포하였습니다.\n")
    d.t("\n※ 회의록 작성 ").s(sec, "PERSON", "person_ko").t(" / 확인 ").s(chair, "PERSON", "person_ko")


def t_report(d, rng):
    kind = rng.choice(["accident", "audit", "leak"])
    if kind == "accident":
        drv, vic = kname(rng), kname(rng)
        d.t("교통사고 발생 보고\n\n1. 일시·장소: 2025. ").t(f"{rng.randint(1, 12)}. {rng.randint(1, 28)}. {rng.randint(6, 23)}:{rng.randint(10, 59)}경, ")
        d.t(rng.choice(["시청", "중앙역", "한빛초등학교", "시민공원"]) + " 앞 교차로\n2. 관련 차량: 가해 ").v(plate(rng), "KR_VEHICLE_PLATE").t(" / 피해 ").v(plate(rng), "KR_VEHICLE_PLATE")
        d.t("\n3. 운전자: ").s(drv, "PERSON", "person_ko").t(f"({age(rng)}세, 면허번호 ").v(driver_license(rng), "KR_DRIVER_LICENSE").t(", 연락처 ").v(mobile(rng), "PHONE_NUMBER").t(")\n")
        d.t("4. 피해자: ").s(vic, "PERSON", "person_ko").t(f"({age(rng)}세) — 경상, 인근 병원 이송\n5. 경위: ")
        d.s(drv, "PERSON", "person_ko").t(rng.choice([" 씨가 신호 변경 직후 좌회전하던 중 직진하던 피해 차량과 충돌함.", " 씨가 후진 중 보행자를 발견하지 못함."]))
        d.t("\n6. 보고자: 교통행정과 ").s(kname(rng), "PERSON", "person_ko").t(" 주무관")
    elif kind == "audit":
        a1, a2 = kname(rng), kname(rng)
        d.t(f"감사 결과 보고서 (요약)\n\n□ 대상: {rng.choice(DEPTS)} 보조금 집행\n□ 지적 사항\n  ○ 보조사업자 ").neg(company(rng), "company_name")
        d.t("(대표 ").s(a1, "PERSON", "person_ko").t(", 사업자등록번호 ").v(brn(rng), "KR_BRN").t(")는 보조금 ").neg(amount(rng), "amount")
        b, v, k = account(rng)
        d.t(f"을 대표자 개인 계좌({b} ").s(v, "KR_BANK_ACCOUNT", k).t(")로 이체하여 사용하였음.\n  ○ 담당 공무원 ").s(a2, "PERSON", "person_ko")
        d.t(f"(주무관, {rng.randint(6, 8)}급)은 증빙 확인을 소홀히 하였음.\n□ 조치: ").s(a2, "PERSON", "person_ko").t(" 주의, 보조금 환수(").neg(rng.choice(STATUTES), "statute").t(")\n")
        d.t("□ 감사반: 감사담당관 ").s(kname(rng), "PERSON", "person_ko").t(", ").s(kname(rng), "PERSON", "person_ko")
    else:
        d.t("개인정보 유출 사고 보고\n\n- 발생: 민원 회신 메일 오발송으로 타인 정보가 노출됨\n- 유출 항목: 성명, 주민등록번호, 휴대전화번호\n- 유출 대상 예: ")
        for _ in range(rng.randint(2, 3)):
            d.s(kname(rng), "PERSON", "person_ko").t(" (").s(rrn(rng, rng.choice(["rrn_valid", "rrn_masked"]), None, "*")[0], "KR_RRN", "rrn").t(", ")
            d.spans[-1]["kind"] = "rrn_masked" if "*" in d.spans[-1]["clean"] else "rrn_valid"
            d.v(mobile(rng), "PHONE_NUMBER").t("); ")
        d.t("\n- 오발송 수신자: ").s(email(rng)[0], "EMAIL_ADDRESS", "email").t("\n- 접속 기록: ").s(*ip(rng, "ip_public")[:1], "IP_ADDRESS", "ip_public")
        d.t("\n- 근거: ").neg("「개인정보 보호법」 제34조", "statute").t(" / 신고: 개인정보침해 신고센터 ").neg("118", "switchboard")


def t_judgment(d, rng):
    de, vi = kname(rng), kname(rng)
    dt = rand_date(rng, 1960, 2001)
    d.t(f"{rng.choice(['서울중앙지방법원', '수원지방법원', '대전지방법원', '부산지방법원'])}\n판 결\n\n사 건 ").neg(case_no(rng), "case_number")
    cr = rng.random()
    d.t(" " + (rng.choice(["전자금융거래법위반", "사기방조"]) if cr < 0.5 else "도로교통법위반(음주운전)") + "\n피 고 인 ").s(de, "PERSON", "person_ko").t(" (")
    if rng.random() < 0.5:
        d.s(rrn(rng, "rrn_masked", dt, "*")[0], "KR_RRN", "rrn_masked")
    else:
        st = rng.choice(["yymmdd", "dot_space", "korean"])
        d.s(fmt_dob(dt, st), "DATE_OF_BIRTH", "dob_" + st).t("생")
    d.t(f"), {rng.choice(['무직', '회사원', '자영업'])}\n주 거 ")
    w_addr(d, rng, False)
    d.t(f"\n검 사 ").s(kname(rng), "PERSON", "person_ko").t("(기소), ").s(kname(rng), "PERSON", "person_ko").t("(공판)\n변 호 인 변호사 ").s(kname(rng), "PERSON", "person_ko")
    d.t("\n\n범 죄 사 실\n피고인은 ")
    if cr < 0.5:
        b, v, k = account(rng)
        d.t(f"성명불상자로부터 통장을 빌려주면 돈을 주겠다는 제안을 받고, 자신 명의의 {b} 계좌(").s(v, "KR_BANK_ACCOUNT", k).t(")의 체크카드를 양도하였다. 피해자 ")
        d.s(vi, "PERSON", "person_ko").t("는 위 계좌로 ").neg(amount(rng), "amount").t("을 송금하였다.")
    else:
        d.t("혈중알코올농도 0.0").t(f"{rng.randint(35, 99)}%의 술에 취한 상태로 ").v(plate(rng), "KR_VEHICLE_PLATE").t(" 승용차를 약 ").t(f"{rng.randint(1, 9)}km 운전하였다. 피고인의 운전면허(")
        d.v(driver_license(rng), "KR_DRIVER_LICENSE").t(")는 취소되었다. 피해자 ").s(vi, "PERSON", "person_ko").t("와는 합의하였다.")
    d.t("\n\n증거의 요지: 증인 ").s(vi, "PERSON", "person_ko").t("의 법정진술, 피고인에 대한 ").t("피의자신문조서 중 ")
    d.neg(rng.choice(["갑", "을", "김○○", "박**", "정 모 씨"]), "placeholder_person").t("의 진술기재\n법령의 적용: ").neg(rng.choice(STATUTES), "statute")
    d.t(f"\n\n판사 ").s(kname(rng), "PERSON", "person_ko")


def t_gongmun(d, rng):
    name, addr, main = inst(rng)
    drafter, reviewer, approver = kname(rng), kname(rng), kname(rng)
    dept = rng.choice(DEPTS)
    d.t(f"{name}\n\n수신 {rng.choice(['수신자 참조', '각 읍·면·동장', '○○장관(운영지원과장)', '내부결재'])}\n(경유)\n제목 ")
    topic = rng.choice(["외국인 주민 실태조사 결과 통보", "개인정보 파일 보유 현황 제출", "운전면허 행정처분 대상자 통보", "보조금 반환 요청", "과태료 체납자 명단 송부"])
    d.t(topic + "\n\n1. 관련: ").neg(docno(rng), "document_number").t(f"(2025. {rng.randint(1, 12)}. {rng.randint(1, 28)}.)\n2. ")
    if "외국인" in topic:
        d.t("조사 과정에서 확인된 연락 불가 대상자를 아래와 같이 통보하니 확인 바랍니다.\n")
        for _ in range(rng.randint(2, 3)):
            f = fname(rng)
            d.t("  - ").s(f["upper"], "PERSON", "person_foreign_latin").t(f" / {f['nat_ko']} / ").s(frn(rng)[0], "KR_FRN", "frn_legacy").t("\n")
    elif "운전면허" in topic:
        d.t("행정처분 대상자를 아래와 같이 통보합니다.\n")
        for _ in range(rng.randint(2, 3)):
            d.t("  - ").s(kname(rng), "PERSON", "person_ko").t(" / ").v(driver_license(rng), "KR_DRIVER_LICENSE").t(" / ").v(plate(rng), "KR_VEHICLE_PLATE").t("\n")
    elif "체납" in topic:
        d.t("과태료 체납자 명단을 송부하니 징수에 협조하여 주시기 바랍니다.\n")
        for _ in range(rng.randint(2, 3)):
            d.t("  ").s(kname(rng), "PERSON", "person_ko").t("  ").s(rrn(rng, "rrn_masked", None, "*")[0], "KR_RRN", "rrn_masked").t("  ").neg(amount(rng), "amount").t("\n")
    elif "보조금" in topic:
        b, v, k = account(rng)
        d.t(f"보조사업자 ").neg(company(rng), "company_name").t("(대표 ").s(kname(rng), "PERSON", "person_ko").t(")는 집행 잔액을 아래 계좌로 반환하여 주시기 바랍니다.\n  - 반환 계좌: 세입세출외현금 계좌 ")
        d.neg(f"{rng.randint(100, 999)}-{rng.randint(100000, 999999)}-{rng.randint(10, 99)}-{rng.randint(100, 999)}", "institution_account").t("\n  - 사업자 연락처: ").s(*landline(rng)[:1], "PHONE_NUMBER", "landline_company").t("\n")
    else:
        d.t("").neg(rng.choice(STATUTES), "statute").t("에 따라 개인정보파일 보유 현황을 제출하여 주시기 바랍니다.\n")
    d.t("\n붙임  관련 자료 1부.  끝.\n\n")
    d.neg(HEAD.get(name, name + "장"), "official_title").t("\n\n")
    # 결재란
    form = rng.random()
    if form < 0.5:
        d.t(f"{rng.choice(TITLES[:3])} ").s(drafter, "PERSON", "person_ko").t(f"   {rng.choice(['팀장', '계장'])} ").s(reviewer, "PERSON", "person_ko")
        d.t(f"   {rng.choice(['과장', '국장'])} 전결 ").s(approver, "PERSON", "person_ko").t(f" {rng.randint(1, 12)}/{rng.randint(1, 28)}\n")
    else:
        d.t("기안자 주무관 ").s(drafter, "PERSON", "person_ko").t(" | 검토자 팀장 ").s(reviewer, "PERSON", "person_ko").t(" | 결재권자 과장 ").s(approver, "PERSON", "person_ko").t("\n")
    d.t("협조자 ").s(kname(rng), "PERSON", "person_ko").t("\n시행 ").neg(docno(rng, dept), "document_number").t(f" (2025. {rng.randint(1, 12)}. {rng.randint(1, 28)}.)  접수 ")
    d.t("\n")
    d.neg(addr, "institution_address").t(" / ").neg(f"http://www.{rng.choice(['hanbit', 'sejong', 'gov'])}.go.kr", "url")
    d.t("\n전화번호 ").s(landline(rng)[0], "PHONE_NUMBER", "landline_direct").t("  팩스번호 ").s(landline(rng)[0], "PHONE_NUMBER", "fax").t("  ")
    d.s(email(rng, drafter, "korea.kr")[0], "EMAIL_ADDRESS", "email_official").t(f"  / {rng.choice(['공개', '부분공개(6)', '비공개(6)'])}")


def t_card_stmt(d, rng):
    nm = kname(rng)
    d.t(rng.choice(["카드 이용대금 명세서", "신용카드 분실·도난 신고 접수 확인", "카드 결제 취소 및 환불 내역"]) + "\n\n")
    d.t("회원명: ").s(nm, "PERSON", "person_ko").t(" 님\n")
    if rng.random() < 0.5:
        d.t("청구지 주소: ")
        w_addr(d, rng)
        d.t("\n")
    d.t("\n")
    for _ in range(rng.randint(2, 4)):
        v, k = (card(rng) if rng.random() < 0.45 else card_masked(rng))
        d.t(rng.choice(["본인 ", "가족 ", ""])).s(v, "CREDIT_CARD", k).t(f"  {rng.choice(['편의점', '주유소', '온라인쇼핑', '약국', '택시'])}  ").neg(amount(rng), "amount").t("\n")
    if rng.random() < 0.6:
        b, v, k = account(rng, masked=rng.random() < 0.4)
        d.t(f"\n결제계좌 {b} ").s(v, "KR_BANK_ACCOUNT", k).t(f" / 결제일 매월 {rng.choice([1, 5, 10, 14, 25])}일")
    d.t("\n문의: 고객센터 ").neg(rng.choice(HOTLINES), "switchboard").t(" / 알림 수신 ").v(mobile(rng), "PHONE_NUMBER")
    if rng.random() < 0.5:
        d.t(" / ").s(email(rng, nm)[0], "EMAIL_ADDRESS", "email")


def t_vehicle(d, rng):
    d.t(rng.choice(["불법 주정차 단속 내역", "아파트 방문 차량 등록부", "공영주차장 정기권 명단", "관용차량 운행일지"]) + "\n")
    sep = rng.choice([" | ", "\t", "   "])
    for _ in range(rng.randint(3, 6)):
        cells = [f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}", c_plate(rng)]
        r = rng.random()
        if r < 0.4:
            cells += [c_name(rng), c_mob(rng)]
        elif r < 0.7:
            cells += [c_name(rng), f"{rng.randint(101, 115)}동 {rng.randint(1, 20)}{rng.randint(1, 4):02d}호", c_mob(rng)]
        else:
            cells += [c_name(rng), c_dl(rng)]
        emit(d, cells, sep)
        d.t("\n")
    d.t(rng.choice(["※ 단속 문의 ", "※ 관리사무소 ", "※ 차량등록사업소 "])).neg(rng.choice(INST)[2], "switchboard")


def t_business(d, rng):
    kind = rng.choice(["contract", "vendor_list", "bizcard"])
    if kind == "contract":
        comp = company(rng)
        rep = kname(rng)
        d.t("용역 계약서\n\n발주기관(갑): ").neg(rng.choice(INST)[0], "institution_name").t("\n계약상대자(을): ").neg(comp, "company_name").t("\n  대표자 ").s(rep, "PERSON", "person_ko")
        d.t("\n  사업자등록번호 ").v(brn(rng, True), "KR_BRN").t("  법인등록번호 ").s(*crn(rng)[:1], "KR_CRN", "crn").t("\n  주소 ")
        w_addr(d, rng)
        d.t("\n  전화 ").s(*landline(rng)[:1], "PHONE_NUMBER", "landline_company").t("  담당 ").s(kname(rng), "PERSON", "person_ko").t(" ").v(mobile(rng), "PHONE_NUMBER")
        b, v, k = account(rng)
        d.t(f"\n  대금 지급 계좌 {b} ").s(v, "KR_BANK_ACCOUNT", k).t(" (예금주 ").neg(comp, "company_name").t(")\n계약금액 ").neg(amount(rng), "amount").t(" / 공고번호 ")
        d.neg(f"{rng.randint(2024, 2025)}{rng.randint(1000000, 9999999)}-00", "notice_number")
    elif kind == "vendor_list":
        d.t("거래처 목록\n")
        sep = rng.choice([",", " | ", "\t"])
        for _ in range(rng.randint(3, 5)):
            cells = [N(company(rng), "company_name"), c_brn(rng), c_name(rng), c_tel(rng)]
            if rng.random() < 0.5:
                cells.insert(2, c_crn(rng))
            emit(d, cells, sep)
            d.t("\n")
    else:
        nm = kname(rng)
        d.t("[명함 스캔]\n").neg(company(rng), "company_name").t("\n").s(nm, "PERSON", "person_ko").t(f" {rng.choice(['대표', '이사', '팀장'])}\n")
        w_addr(d, rng, False)
        d.t("\nTel ").s(*landline(rng)[:1], "PHONE_NUMBER", "landline_company").t("  Fax ").s(*landline(rng)[:1], "PHONE_NUMBER", "fax").t("\nMobile ").v(mobile(rng), "PHONE_NUMBER")
        d.t("\n").s(email(rng, nm, rng.choice(["daon.co.kr", "gaon-sys.com", "nuri.kr"]))[0], "EMAIL_ADDRESS", "email").t("\n사업자등록번호 ").v(brn(rng), "KR_BRN")


def t_negative(d, rng):
    kind = rng.choice(["notice", "guide", "form_blank", "contact", "stats"])
    name, addr, main = inst(rng)
    if kind == "notice":
        d.t(f"{name} 공고 제2025-{rng.randint(1, 999)}호\n\n{rng.choice(['개인정보파일 폐기', '체납 과태료 공시송달', '외국인 주민 지원사업'])} 공고\n\n")
        d.neg(rng.choice(STATUTES), "statute").t("에 따라 다음과 같이 공고합니다.\n\n1. 대상: 관련 법령에 따른 대상자(개별 통지 생략)\n2. 기간: 2025. ")
        d.t(f"{rng.randint(1, 12)}. 1. ~ 2025. 12. 31.\n3. 문의: {rng.choice(DEPTS)} ").neg(main, "switchboard").t("\n\n2025. ").t(f"{rng.randint(1, 12)}. {rng.randint(1, 28)}.\n").neg(name + "장", "official_title")
    elif kind == "guide":
        d.t("개인정보 처리 안내\n\n- 주민등록번호는 ").neg("「개인정보 보호법」 제24조의2", "statute").t("에 따라 법령 근거가 있는 경우에만 처리합니다.\n")
        d.t("- 화면 표시 예: ").neg("000000-0000000", "placeholder_id").t(" / 성명 예: ").neg("홍길동", "placeholder_person").t("\n- 문의: ").neg(rng.choice(SHORT)[0] + " " + rng.choice(SHORT)[1], "switchboard")
        d.t("\n- 처리 근거 문서: ").neg(docno(rng), "document_number")
    elif kind == "form_blank":
        d.t("개인정보 수집·이용 동의서 (서식)\n\n성명: ________  생년월일: ____년 __월 __일\n주민등록번호: ______-_______\n연락처: ___-____-____\n주소: ______________\n\n")
        d.t("작성 예) 성명 ").neg("홍길동", "placeholder_person").t(" / 연락처 ").neg("010-0000-0000", "placeholder_phone").t("\n근거: ").neg(rng.choice(STATUTES), "statute")
    elif kind == "contact":
        d.t(f"{name} 찾아오시는 길\n주소: ").neg(addr, "institution_address").t("\n대표전화: ").neg(main, "switchboard").t("\n민원상담: ").neg(rng.choice(HOTLINES), "switchboard")
        d.t(f"\n우편번호: ").neg(f"우 {rng.randint(10000, 63644)}", "postal_code").t(f"\n운영시간: 평일 09:00~18:00")
    else:
        d.t(f"{rng.choice(['외국인 주민 현황', '운전면허 발급 통계', '개인정보 침해 신고 현황'])} (2025년 {rng.randint(1, 4)}분기)\n\n구분 | 건수 | 비율\n")
        for lab in rng.sample(["서울", "경기", "부산", "대구", "기타", "E-9", "F-6", "1종", "2종"], 4):
            d.t(f"{lab} | {rng.randint(100, 99999):,} | {rng.randint(1, 60)}.{rng.randint(0, 9)}%\n")
        d.t("출처: ").neg(name, "institution_name").t(", 관리번호 ").neg(f"{rng.randint(41000, 41999)}-100-{rng.randint(10000, 99999)}", "management_number")


# ================================================================ plan
PLAN = [
    ("roster_nohdr", t_roster_nohdr, "명단표(헤더 없음)", 50),
    ("roster_hdr", t_roster_hdr, "명단표(헤더 있음)", 30),
    ("csv", t_csv, "CSV 내보내기", 40),
    ("syslog", t_syslog, "시스템 로그", 25),
    ("certificate", t_certificate, "증명서", 35),
    ("application", t_application, "신청서", 40),
    ("foreigner", t_foreigner, "외국인 기록", 40),
    ("transcript", t_transcript, "상담 녹취록", 35),
    ("ocr_id", t_ocr_id, "OCR(신분증)", 30),
    ("ocr_form", t_ocr_form, "OCR(서식)", 25),
    ("email", t_email, "이메일", 25),
    ("news", t_news, "뉴스", 20),
    ("press", t_press, "보도자료", 12),
    ("minwon", t_minwon, "민원 회신", 16),
    ("minutes", t_minutes, "회의록", 12),
    ("report", t_report, "사고·감사 보고서", 16),
    ("judgment", t_judgment, "판결문", 12),
    ("gongmun", t_gongmun, "공문", 16),
    ("card_stmt", t_card_stmt, "카드·계좌 내역", 18),
    ("vehicle", t_vehicle, "차량 기록", 14),
    ("business", t_business, "사업자 기록", 16),
    ("negative", t_negative, "PII 없음(안내·공고·서식)", 25),
]



OUT = os.path.dirname(os.path.abspath(__file__))
TYPES = ["PERSON", "KR_RRN", "KR_FRN", "KR_PASSPORT", "KR_DRIVER_LICENSE", "CREDIT_CARD", "KR_BANK_ACCOUNT", "PHONE_NUMBER",
         "EMAIL_ADDRESS", "DATE_OF_BIRTH", "KR_ADDRESS", "KR_HEALTH_INSURANCE", "KR_VEHICLE_PLATE", "KR_BRN", "KR_CRN", "IP_ADDRESS"]
REQUIRED_90 = ["KR_RRN", "KR_FRN", "KR_PASSPORT", "KR_DRIVER_LICENSE", "CREDIT_CARD", "KR_BANK_ACCOUNT", "PHONE_NUMBER", "EMAIL_ADDRESS"]


def build():
    plan = []
    for tpl, fn, genre, n in PLAN:
        for i in range(n):
            plan.append((tpl, fn, genre, i))
    random.Random(SEED + "|order").shuffle(plan)
    recs, metas, retries = [], [], Counter()
    for idx, (tpl, fn, genre, i) in enumerate(plan):
        last = None
        for attempt in range(60):
            seed = f"{SEED}|{tpl}|{i}" + (f"|retry{attempt}" if attempt else "")
            rng = random.Random(seed)
            d = Doc(rng, genre)
            fn(d, rng)
            text = d.text.rstrip()
            errs = validate_doc(text, d.spans, d.negs, no_pii=(tpl == "negative"))
            if not errs:
                break
            last = errs
            retries[tpl] += 1
        else:
            raise SystemExit(f"cannot build {tpl} {i}: {last}")
        rid = f"pii_r-{idx + 1:04d}"
        recs.append({"id": rid, "text": text, "spans": [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in d.spans], "genre": genre})
        metas.append({"id": rid, "template": tpl, "seed": seed, "genre": genre, "base_genre": d.base_genre, "no_pii": not d.spans,
                      "spans": [{"start": s["start"], "end": s["end"], "type": s["type"], "kind": s["kind"], "noise": s["noise"], "clean": s["clean"]} for s in d.spans],
                      "hard_negatives": [{"start": n["start"], "end": n["end"], "category": n["category"], "text": n["text"]} for n in d.negs]})
    return recs, metas, retries


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")


def reread_check(recs_path, meta_path):
    recs = [json.loads(l) for l in open(recs_path, encoding="utf-8")]
    metas = [json.loads(l) for l in open(meta_path, encoding="utf-8")]
    assert len(recs) == len(metas)
    ids = set()
    for r, m in zip(recs, metas):
        assert set(r) == {"id", "text", "spans", "genre"} and r["id"] == m["id"] and r["id"] not in ids
        ids.add(r["id"])
        for s in r["spans"]:
            assert set(s) == {"start", "end", "type"} and s["type"] in TYPES
        spans = []
        for s, ms in zip(r["spans"], m["spans"]):
            assert (s["start"], s["end"], s["type"]) == (ms["start"], ms["end"], ms["type"])
            spans.append(dict(ms, value=r["text"][s["start"]:s["end"]]))
        errs = validate_doc(r["text"], spans, m["hard_negatives"], no_pii=m["template"] == "negative")
        assert not errs, (r["id"], errs)
        for n in m["hard_negatives"]:
            assert r["text"][n["start"]:n["end"]] == n["text"]
    return recs, metas


def stats(recs, metas):
    by_type = Counter()
    by_genre = defaultdict(lambda: [0, 0, 0])
    kinds = defaultdict(Counter)
    noise = Counter()
    negs = Counter()
    noisy_spans = 0
    for r, m in zip(recs, metas):
        g = by_genre[r["genre"]]
        g[0] += 1
        g[1] += (not r["spans"])
        g[2] += len(r["spans"])
        for s in m["spans"]:
            by_type[s["type"]] += 1
            kinds[s["type"]][s["kind"]] += 1
            for t in s["noise"]:
                noise[t] += 1
            noisy_spans += bool(s["noise"])
        for n in m["hard_negatives"]:
            negs[n["category"]] += 1
    return by_type, by_genre, kinds, noise, negs, noisy_spans


README_HEAD = """# pii_r — independent Korean PII evaluation set (synthetic, structured-record emphasis)

`pii_r` is an evaluation set for a Korean PII detector. The generator `make_set.py` (standard library only) builds
it from templates. Every name, number and address in it is synthetic. The set follows the labelling
conventions of the project's PII development README: 16 entity types, span rules, the NOT-PII list and the JSONL format.
This set stresses **structured records**: rosters and tables with and without header rows, CSV exports, system logs,
certificates, application forms, records of foreign residents with Latin-script names, call transcripts with digits
spoken in Hangul, and OCR of ID cards and scanned forms. Prose genres (news, 보도자료, 민원 replies, 회의록, reports,
판결문, 공문) are included for PERSON in running text.

## Files

| file | content |
|---|---|
| `make_set.py` | Generator and validator. `python3 make_set.py` writes every other file in this folder. |
| `pii_r.jsonl` | {n_rec} records `{{"id","text","spans":[{{"start","end","type"}}],"genre"}}`. Offsets are Python `str` indices (code points). Spans are sorted and do not overlap. `text[start:end]` is the value exactly as it appears, noise included. |
| `pii_r.meta.jsonl` | One line per record: `template`, `seed`, `genre`, `base_genre` (for OCR records), `no_pii`, and for each span its `kind` (sub-kind), `noise` tags and `clean` (the value before noise). `hard_negatives` lists tagged hard negatives (`start`, `end`, `category`, `text`). |
| `README.md` | This file (generated by `make_set.py`). |
| `MD5SUMS` | MD5 of the four files above. It is written last. |

## Determinism

Each record is built with `random.Random("pii_r-2026|<template>|<i>")`. If a draw fails validation, for example because a
generated name happens to occur inside another word, the generator retries with the seed
`"pii_r-2026|<template>|<i>|retry<k>"`. It is seeded only with strings and never iterates over sets or
hash-ordered structures, so output does not depend on `PYTHONHASHSEED`. The record order comes from
`random.Random("pii_r-2026|order")`. The generator was run with `PYTHONHASHSEED=0` and `PYTHONHASHSEED=12345`, and the
outputs were byte-identical (see *Validation*). Retries used: {retries}.
"""


def readme(recs, metas, retries):
    by_type, by_genre, kinds, noise, negs, noisy_spans = stats(recs, metas)
    n_no = sum(1 for r in recs if not r["spans"])
    out = [README_HEAD.format(n_rec=len(recs), retries=", ".join(f"{k} {v}" for k, v in sorted(retries.items())) or "none")]
    out.append("## Composition by genre\n\n| genre (`genre` field) | records | of which no PII | gold spans |\n|---|---|---|---|")
    order = [g for _, _, g, _ in PLAN]
    for g in order:
        a = by_genre[g]
        out.append(f"| {g} | {a[0]} | {a[1]} | {a[2]} |")
    out.append(f"| **total** | **{len(recs)}** | **{n_no}** | **{sum(by_type.values())}** |\n")
    out.append("## Composition by type\n\n| type | spans | sub-kinds (from the meta file) |\n|---|---|---|")
    for t in TYPES:
        ks = ", ".join(f"{k} {v}" for k, v in sorted(kinds[t].items(), key=lambda x: (-x[1], x[0])))
        out.append(f"| {t} | {by_type[t]} | {ks} |")
    out.append("")
    out.append(f"**Noise.** {noisy_spans} spans carry noise. Tags: " + ", ".join(f"`{k}` {v}" for k, v in sorted(noise.items(), key=lambda x: (-x[1], x[0]))) + ".")
    out.append("`spoken_hangul` means digits read aloud in Hangul (`공일공 일이삼사 오육칠팔`, groups joined by spaces, `다시` or `에`, with `영` sometimes used for 0). "
               "`spoken_date` means a birth date read in Sino-Korean numerals (`팔십오년 삼월 십이일`). `spoken_email` means an address read aloud (`minjun.kim 골뱅이 네이버 닷컴`). "
               "`confusable` swaps digits for look-alike letters (0→O, 1→l/I, 5→S, 8→B). The OCR records also contain noise in the surrounding text (`성 명`, `주민등록중`, `넌`).\n")
    out.append("**Hard negatives (tagged in the meta file, never labelled):** " + ", ".join(f"`{k}` {v}" for k, v in sorted(negs.items(), key=lambda x: (-x[1], x[0]))) + ".\n")
    out.append(BODY)
    return "\n".join(out)


BODY = """## Labelling choices (following the pii-dev README)

- **PERSON**: the name only, without titles (주무관, 과장, 위원, 씨, 님, 귀하), particles or role labels. Names
  written with spaces (`김 민 수`, spoken or OCR) are labelled as one span. Foreign names are labelled in Hangul
  (`응우옌 반 훙`, `왕레이`) and in Latin script (`NGUYEN VAN HUNG`, `Emily Carter`, `SANTOS, MARIA`). Where a form
  has separate fields (`Surname: KIM` / `Given names: MINJUN`, or a passport's 성/이름), each field is its own
  PERSON span (kind `person_roman` or `person_foreign_latin`). Officials named in 결재란, 담당자 lines and
  보도자료 are labelled. Persons referred to only by office (`한빛시장`, `서울경찰청장`) are tagged hard negatives.
- **KR_RRN**: pre-Oct-2020 numbers (`rrn_valid`) have a valid check digit. Post-2020 numbers (`rrn_post2020`, in
  아동수당 forms, birth date ≥ 2020-10-01, gender digit 3/4) have random trailing digits and no checksum is
  asserted. Masked numbers (`850312-1******`, `●`, `X`) are labelled. The first six digits are never labelled as a
  date of birth.
- **KR_FRN**: gender digit 5–8, legacy check digit `(13 − Σ mod 11) mod 10` with RRN weights.
- **KR_PASSPORT**: Korean old (`M12345678`) and new (`M123A4567`) forms with prefixes M/S/D/G/R, and foreign
  passports (`C1234567`, `E12345678`, `EA1234567`, `P1234567A`, `FA1234567`, 9-digit US numbers, …).
- **KR_DRIVER_LICENSE**: `11-18-123456-78`, `서울 18-123456-78`, `서울18-…`, `11 18 123456 78` and 12 plain digits.
  Region codes 11–26 and 28.
- **CREDIT_CARD**: Luhn-valid Visa/Master (51–55, 2221)/BC (94…)/JCB/Amex (4-6-5), with `-`, space or no separator.
  Partly masked cards that keep the issuer prefix (`9410-24**-****-3842`, `5361-****-****-1234`) are labelled
  (kind `card_masked`). No Luhn check is made on masked cards.
- **KR_BANK_ACCOUNT**: 18 bank layouts (e.g. 국민 6-2-6, 신한 3-3-6, 우리 4-3-6, 하나 3-6-5, 농협 3-4-4-2, 기업 3-6-2-3,
  카카오뱅크 4-2-7, 토스뱅크 4-4-4, 새마을금고 4-4-4-1) with `-`, space or no separator. Partly starred accounts are
  labelled. Bank names and 예금주 are outside the span. A company 예금주 is a hard negative. A 세입세출외현금
  (institution) account is a hard negative.
- **PHONE_NUMBER**: mobiles in every separator style (`010-…`, `010 …`, `010.…`, `010…`, `+82-10-…`), landlines,
  `(02) …`, 070, fax numbers and officials' direct lines. Switchboards (`대표전화`, 1588-/1577-/1600-/…, 110, 120,
  1345, 1350, 1355, 118) are hard negatives, as is the placeholder `010-0000-0000`.
- **DATE_OF_BIRTH**: `1985. 3. 12.`, `1985년 3월 12일`, `85년 3월 12일`, `1985-03-12`, `1985.03.12.`, `1985.03.12`,
  `85.03.12`, `850312`, `19850312`, `1985/03/12`, `12/03/1985`, `12 MAR 1985`, spoken Sino-Korean dates and spoken
  digits. `생` and labels are outside the span.
- **KR_ADDRESS**: from the 시/도 (full, short or `서울시`) or from the 시/군/구, down to the building or lot number
  and unit. Postal codes before the address and the parenthetical reference after it are outside the span.
  In 지번 addresses an apartment name is inside the span. Institution and 청사 addresses are hard negatives.
- **KR_HEALTH_INSURANCE**: 11 digits (synthetic format, as in pii-dev). **KR_VEHICLE_PLATE**: `12가 3456`,
  `123가 4567`, `서울 12가 3456`, commercial `부산 75바 1234`, no-space `123가4567`. **KR_BRN**: 3-2-5 with a valid
  check digit. **KR_CRN**: 6-7 (same shape as an RRN) with a valid check digit. **IP_ADDRESS**: public and private
  IPv4 and IPv6.
- Table cells and CSV fields each get their own span. Every repeat of a labelled value in a record is labelled.

## Validation (performed by `make_set.py` on every run)

- Every span is built from an intended value. `text[start:end]` equals the (noisy) value, and the noisy value maps
  back to `clean`: NFKC normalisation, unification of `‐ ‑ – －`, removal of whitespace, look-alike letters only
  at digit positions, and Hangul digit syllables for spoken values.
- Spans are in bounds, sorted and non-overlapping, with no whitespace at either edge. Hard negatives never overlap a span.
- Check digits: RRN (pre-2020), FRN, BRN, CRN and Luhn for unmasked cards. There are format checks for masked
  RRNs and cards, passports, licences (region code), plates, accounts, phones, e-mails, addresses (must start at a
  시/도 or 시/군/구), IPs (parsed with `ipaddress`), health-insurance numbers and every DOB style (the date must be
  valid). PERSON values must come from the name pools and are never `홍길동`.
- Every occurrence of a labelled value in the same record is labelled (exactly, or inside another span).
- With all spans blanked, no record may contain an unlabelled mobile number, e-mail address, `######-#######`
  shape, 16-digit card shape, valid IPv4, Korean passport shape or spoken mobile (`공일공`). The only exceptions are the
  tagged placeholders `000000-0000000` and `010-0000-0000`.
- Records from the negative template have no spans. Every other record has at least one.
- The files are re-read after writing and every check is repeated on the re-read data. At least 90 spans are required for
  each of KR_RRN, KR_FRN, KR_PASSPORT, KR_DRIVER_LICENSE, CREDIT_CARD, KR_BANK_ACCOUNT, PHONE_NUMBER and EMAIL_ADDRESS.
- Determinism was checked by running `PYTHONHASHSEED=0 python3 make_set.py` and `PYTHONHASHSEED=12345 python3 make_set.py`
  and comparing the MD5 sums of all outputs. They were identical.
- No detector was run on this set.

## Caveats

- This set is synthetic and template-based. Names are random surname and given-name combinations, and road names are
  invented stems that do not match the real district. Passport, health-insurance and licence serials are random
  apart from the structure described above. Check-digit-valid numbers may coincide with real ones by chance,
  so treat the files as sensitive-looking test data.
- Some conventions are judgement calls, taken from the pii-dev README where it is explicit. Where it is not, this set
  chooses as follows: separate Surname/Given-name fields are separate PERSON spans; masked cards that keep the issuer
  prefix count as CREDIT_CARD; spoken numbers, dates and e-mail addresses in transcripts are labelled over the whole
  spoken string; an accident location is not labelled as an address (only persons' addresses are).
- User IDs (`u12345`), member, order, employee and approval numbers, VINs, ID-card serial codes, 접수번호, 관리번호,
  공고번호, document numbers, case numbers, statute citations, amounts and version strings appear as tagged hard negatives.

## Independence

This set was written without reading any detector code, any other evaluation set, or anything under `/work/main`
or `/work/wt`. The only project file read was `/work/shared/pii-dev/README.md`, for its PII sections: the 16 types,
the span rules, the NOT-PII list and the JSONL format. Nothing else in `/work/shared` was opened, including
`make_dev.py`, the dev data and the scorer. The only outside source consulted was one public web page search about
the Korean driver-licence number layout (region code, year, serial, check digit/reissue count), which confirmed the
`XX-YY-NNNNNN-CD` format. The rest (RRN/FRN check digits, BRN/CRN check digits, Luhn, passport, plate and account
layouts) was written from general knowledge. No detector was run on this set.
"""


def main():
    recs, metas, retries = build()
    p1, p2 = os.path.join(OUT, "pii_r.jsonl"), os.path.join(OUT, "pii_r.meta.jsonl")
    write_jsonl(p1, recs)
    write_jsonl(p2, metas)
    recs, metas = reread_check(p1, p2)
    by_type = stats(recs, metas)[0]
    assert len(recs) >= 450, len(recs)
    for t in REQUIRED_90:
        assert by_type[t] >= 90, (t, by_type[t])
    for t in TYPES:
        assert by_type[t] > 0, t
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(recs, metas, retries))
    names = ["make_set.py", "pii_r.jsonl", "pii_r.meta.jsonl", "README.md"]
    with open(os.path.join(OUT, "MD5SUMS"), "w", encoding="utf-8", newline="\n") as f:
        for n in names:
            p = os.path.join(OUT, n)
            if os.path.exists(p):
                f.write(hashlib.md5(open(p, "rb").read()).hexdigest() + "  " + n + "\n")
    print(f"records {len(recs)}, spans {sum(by_type.values())}")
    for t in TYPES:
        print(f"  {t:22s} {by_type[t]}")


if __name__ == "__main__":
    main()
