#!/usr/bin/env python3
"""pii_ay: independent evaluation set for a Korean PII detector (public-sector documents).

Standard library only.  Deterministic: every random choice for record i of template t
comes from random.Random("pii_ay-2026|<t>|<i>") (a failed draft is retried with the
suffix "|r1", "|r2", ...).  Hand-written documents live in handwritten.py; their gold
values are marked there as  ⟦TYPE:value⟧  and hard negatives as  ⟪category:text⟫.

    python3 make_set.py            # write the set, re-validate, check determinism
    python3 make_set.py --out DIR  # write into DIR (used by the determinism check)
"""
import hashlib
import json
import os
import random
import re
import subprocess
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = "pii_ay-2026"

TYPES = ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "KR_ADDRESS", "DATE_OF_BIRTH",
         "KR_BANK_ACCOUNT", "KR_RRN", "IP_ADDRESS", "KR_PASSPORT", "KR_BRN",
         "KR_DRIVER_LICENSE", "KR_FRN", "KR_VEHICLE_PLATE", "KR_HEALTH_INSURANCE",
         "CREDIT_CARD", "KR_CRN"]
ALIAS = {"P": "PERSON", "PH": "PHONE_NUMBER", "EM": "EMAIL_ADDRESS", "AD": "KR_ADDRESS",
         "DOB": "DATE_OF_BIRTH", "AC": "KR_BANK_ACCOUNT", "RRN": "KR_RRN", "IP": "IP_ADDRESS",
         "PP": "KR_PASSPORT", "BRN": "KR_BRN", "DL": "KR_DRIVER_LICENSE", "FRN": "KR_FRN",
         "VP": "KR_VEHICLE_PLATE", "HI": "KR_HEALTH_INSURANCE", "CC": "CREDIT_CARD",
         "CRN": "KR_CRN"}
for _t in TYPES:
    ALIAS[_t] = _t
HN_ALIAS = {"sw": "institution_switchboard", "sc": "short_code", "ia": "institution_address",
            "ie": "institution_email", "in": "institution_number", "dn": "document_number",
            "cn": "case_number", "st": "statute_citation", "pr": "public_record_id",
            "am": "amount", "dt": "date", "co": "company_name", "pp": "placeholder_person",
            "ot": "official_title", "nw": "name_shaped_word", "pc": "postal_code",
            "vn": "version_number", "uid": "system_user_id", "rg": "region_only",
            "so": "surname_only", "ag": "age"}
HN_CATS = sorted(set(HN_ALIAS.values()))
for _c in HN_CATS:
    HN_ALIAS[_c] = _c

# --------------------------------------------------------------------------- names
_SUR1_W = ("김20 이15 박9 최5 정5 강3 조3 윤3 장3 임3 한2 오2 서2 신2 권2 황2 안2 송2 류1 전1 "
           "홍1 고1 문1 양1 손1 배1 백1 허1 유1 남1 심1 노1 하1 곽1 성1 차1 주1 우1 구1 민1 진1 "
           "나1 지1 엄1 채1 원1 천1 방1 공1 현1 함1 변1 염1 여1 추1 도1 소1 석1 선1 설1 마1 길1 "
           "연1 위1 표1 명1 기1 반1 왕1 금1 옥1 육1 인1 맹1 탁1 국1 어1 은1 편1 용1 예1 봉1 경1")
SUR1 = []
for _tok in _SUR1_W.split():
    SUR1 += [_tok[0]] * int(_tok[1:])
SUR1_SET = set(SUR1) | set("모빈피두감승팽견시계묵요좌방사상")
SUR2 = ["남궁", "황보", "선우", "제갈", "독고", "사공", "서문", "동방"]
GIVEN2 = ("민수 지훈 서연 지민 현우 수빈 예진 도윤 하은 준호 정숙 미경 성호 동현 은지 유진 태민 "
          "소영 재석 상철 혜린 가은 승민 윤아 다은 시우 건우 채원 지우 서준 하준 예준 주원 민재 "
          "지호 은우 유나 서윤 하린 수아 지아 서아 연우 민서 하윤 지유 윤서 채은 다인 수민 예린 "
          "나연 영호 경수 종민 광수 병철 순자 영숙 옥순 말순 정희 명숙 영자 춘자 재원 태호 성민 "
          "진우 상훈 동욱 기현 우진 민혁 준영 승현 재훈 형준 석진 대호 용준 한별 슬기 새롬 다솜 "
          "한나 소희 지은 혜진 민지 유리 수진 은영 미란 선희 경아 정미 현정 지현 은정 수경 혜원 "
          "윤희 재희 미진 영미 상민 정훈 광호 철민 문수 기태 진혁 준혁 성진 태윤 규리 소윤 하람 "
          "도현 이준 시윤 로운 지안 다온 이안 라온 해인 서진 주아 예서 서우 아린 윤슬 가온 태이 "
          "승우 민채 채윤 유주 은서 연서 병훈 창호 종수 덕희 경민 인숙 혜숙 봉수 두식 만호 점순 "
          "갑순 용석 윤정 보영 세진 나래 초롱 은비 한결 효정 명진 상우 정연 동희 영길 재필").split()
GIVEN2 = [g for g in GIVEN2 if g not in ("갑순",)]
SINGLE_GIVEN = ("김준 박훈 최혁 강빈 윤율 임찬 황솔 조헌 서웅 권혁 안빈 송훈 장율 오준 백훈 류현 "
                "정란 박솔 최윤 문결 양찬 배율 신혁 홍준 유빈 전훈 손빈 차현 하진 곽준 구훈 민혁 "
                "나윤 엄찬 채율 천웅 방준 공찬 김란 이헌 남궁민 선우진 황보현 독고준 사공혁 제갈윤").split()
NAME_BLACKLIST = set("이상 이하 정보 신용 전기 공기 주소 고소 조사 조정 유지 성명 장소 신고 신청 지원 "
                     "이용 차량 문서 기관 서류 사진 정원 한결 이안 유리 오준 방준 한나".split())
PLACEHOLDER_NAMES = {"홍길동", "김철수", "이영희", "갑", "을", "병", "정"}

# foreign names: nationality -> (family list, given list) of (latin, hangul) pairs
FOREIGN = {
    "VN": ([("NGUYEN", "응우옌"), ("TRAN", "쩐"), ("LE", "레"), ("PHAM", "팜"), ("HOANG", "호앙"),
            ("BUI", "부이"), ("DO", "도"), ("VU", "부")],
           [("VAN MINH", "반 민"), ("THI LAN", "티 란"), ("VAN TUAN", "반 뚜언"), ("THI HOA", "티 호아"),
            ("DUC HUNG", "득 훙"), ("THI MAI", "티 마이"), ("VAN BINH", "반 빈"), ("THI THAO", "티 타오"),
            ("MINH PHUONG", "민 프엉"), ("VAN DUNG", "반 중")]),
    "CN": ([("WANG", "왕"), ("ZHANG", "장"), ("LIU", "리우"), ("CHEN", "천"), ("ZHAO", "자오"),
            ("SUN", "쑨"), ("ZHOU", "저우")],
           [("LEI", "레이"), ("WEI", "웨이"), ("YANG", "양"), ("JING", "징"), ("MIN", "민"),
            ("XIAOLI", "샤오리"), ("HAORAN", "하오란"), ("YUTING", "위팅")]),
    "PH": ([("SANTOS", "산토스"), ("REYES", "레예스"), ("CRUZ", "크루스"), ("GARCIA", "가르시아")],
           [("MARIA", "마리아"), ("JOSE", "호세"), ("ANGELICA", "안젤리카"), ("MARK", "마크"),
            ("JOY", "조이")]),
    "UZ": ([("KARIMOVA", "카리모바"), ("RASHIDOV", "라시도프"), ("YUSUPOVA", "유수포바"),
            ("TOSHMATOV", "토시마토프")],
           [("DILNOZA", "딜노자"), ("BOBUR", "보부르"), ("MALIKA", "말리카"), ("JASUR", "자수르")]),
    "MN": ([("GANBOLD", "간볼드"), ("BATAA", "바타"), ("ERDENE", "에르데네")],
           [("BATBAYAR", "바트바야르"), ("ODGEREL", "오드게렐"), ("TEMUULEN", "테물렌"),
            ("SARANGEREL", "사랑게렐")]),
    "TH": ([("BOONMEE", "분미"), ("SRISUK", "시쑥"), ("WONGSA", "웡사")],
           [("SOMCHAI", "솜차이"), ("ANONG", "아농"), ("KITTI", "끼띠"), ("PRANEE", "쁘라니")]),
    "NP": ([("THAPA", "타파"), ("GURUNG", "구룽"), ("SHRESTHA", "시레스타")],
           [("RAM BAHADUR", "람 바하두르"), ("SITA", "시타"), ("BIKASH", "비카스"), ("ANITA", "아니타")]),
    "ID": ([("SANTOSO", "산토소"), ("WIJAYA", "위자야"), ("HIDAYAT", "히다얏")],
           [("BUDI", "부디"), ("SITI", "시티"), ("AGUS", "아구스"), ("DEWI", "데위")]),
    "US": ([("MILLER", "밀러"), ("CARTER", "카터"), ("JOHNSON", "존슨"), ("BROWN", "브라운"),
            ("WALKER", "워커")],
           [("JOHN", "존"), ("EMILY", "에밀리"), ("MICHAEL", "마이클"), ("SARAH", "세라"),
            ("DANIEL", "대니얼")]),
    "RU": ([("PETROVA", "페트로바"), ("IVANOV", "이바노프"), ("SOKOLOVA", "소콜로바")],
           [("OLGA", "올가"), ("DMITRY", "드미트리"), ("ANNA", "안나"), ("SERGEY", "세르게이")]),
    "JP": ([("TANAKA", "다나카"), ("SATO", "사토"), ("SUZUKI", "스즈키"), ("YAMAMOTO", "야마모토")],
           [("YUKI", "유키"), ("HARUTO", "하루토"), ("AOI", "아오이"), ("KENJI", "겐지")]),
    "KH": ([("CHAN", "찬"), ("SOK", "속"), ("KEO", "께오")],
           [("SOKHA", "소카"), ("DARA", "다라"), ("SREYNEANG", "스레이니앙")]),
}
GIVEN_FIRST = {"US", "PH", "UZ", "MN", "TH", "NP", "ID", "RU"}   # given name written first
NATION_KO = {"VN": "베트남", "CN": "중국", "PH": "필리핀", "UZ": "우즈베키스탄", "MN": "몽골",
             "TH": "태국", "NP": "네팔", "ID": "인도네시아", "US": "미국", "RU": "러시아",
             "JP": "일본", "KH": "캄보디아"}

ROM_SUR = {"김": "KIM", "이": "LEE", "박": "PARK", "최": "CHOI", "정": "JUNG", "강": "KANG",
           "조": "CHO", "윤": "YOON", "장": "JANG", "임": "LIM", "한": "HAN", "오": "OH",
           "서": "SEO", "신": "SHIN", "권": "KWON", "황": "HWANG", "안": "AHN", "송": "SONG",
           "류": "RYU", "전": "JEON", "홍": "HONG", "고": "KO", "문": "MOON", "양": "YANG",
           "손": "SON", "배": "BAE", "백": "BAEK", "허": "HEO", "유": "YOO", "남": "NAM",
           "노": "NOH", "하": "HA", "우": "WOO", "구": "KOO", "민": "MIN", "진": "JIN",
           "남궁": "NAMGOONG", "황보": "HWANGBO", "선우": "SUNWOO", "제갈": "JEGAL"}
_CHO = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
_JUNG = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo",
         "we", "wi", "yu", "eu", "ui", "i"]
_JONG = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p",
         "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"]


def romanize(hangul):
    out = []
    for ch in hangul:
        c = ord(ch) - 0xAC00
        if 0 <= c < 11172:
            out.append(_CHO[c // 588] + _JUNG[(c % 588) // 28] + _JONG[c % 28])
        else:
            out.append(ch)
    return "".join(out)


def split_kr_name(name):
    if name[:2] in SUR2 and len(name) >= 3:
        return name[:2], name[2:]
    return name[:1], name[1:]


def roman_name(name):
    s, g = split_kr_name(name)
    return ROM_SUR.get(s, romanize(s).upper()), romanize(g).upper()


def kr_name(rng, kind=None):
    """Korean name; kind in {None,'3','2sur','1given'}; returns (name, sub)."""
    if kind is None:
        x = rng.random()
        kind = "3" if x < 0.80 else ("2sur" if x < 0.90 else "1given")
    for _ in range(50):
        if kind == "1given":
            n = rng.choice(SINGLE_GIVEN)
            sub = "person_kr_1given"
        elif kind == "2sur":
            n = rng.choice(SUR2) + rng.choice(GIVEN2)
            sub = "person_kr_2sur"
        else:
            n = rng.choice(SUR1) + rng.choice(GIVEN2)
            sub = "person_kr"
        if n not in NAME_BLACKLIST and n not in PLACEHOLDER_NAMES:
            return n, sub
    raise RuntimeError("name")


def foreign_name(rng, nat=None, script=None):
    """returns dict with latin (Title Case), latin_upper, hangul, nat."""
    nat = nat or rng.choice(sorted(FOREIGN))
    fam, giv = FOREIGN[nat]
    f = rng.choice(fam)
    g = rng.choice(giv)
    if nat in GIVEN_FIRST:
        lat, han = g[0] + " " + f[0], g[1] + " " + f[1]
    else:
        lat, han = f[0] + " " + g[0], f[1] + " " + g[1]
        if nat == "CN":
            han = f[1] + g[1]
    title = " ".join(w.capitalize() for w in lat.split())
    return {"nat": nat, "latin": title, "upper": lat, "hangul": han}


# --------------------------------------------------------------------------- digits & checks
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
    s = sum(int(a) * (1 if i % 2 == 0 else 2) for i, a in enumerate(d12))
    return (10 - s % 10) % 10


def luhn_ok(digits):
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def luhn_complete(prefix_digits):
    for c in "0123456789":
        if luhn_ok(prefix_digits + c):
            return prefix_digits + c
    raise RuntimeError


def rdigits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def valid_date(y, m, d):
    if not (1 <= m <= 12):
        return False
    md = DAYS[m - 1] + (1 if m == 2 and (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 0)
    return 1 <= d <= md


def rand_date(rng, y0, y1, m_from=1, last=None):
    while True:
        y = rng.randint(y0, y1)
        m = rng.randint(1, 12)
        d = rng.randint(1, 31)
        if y == y0 and m < m_from:
            continue
        if last and (y, m, d) > last:
            continue
        if valid_date(y, m, d):
            return y, m, d


MASKS = ["*", "*", "*", "●", "X", "x"]


def rrn(rng, kind=None, fmt=None, date=None, sex=None, y0=1938, y1=2006):
    """returns (value, sub, fmt, birth(y,m,d)).  Without kind/date the holder is an adult."""
    if kind is None:
        kind = "valid" if rng.random() < 0.62 else "masked"
    if date:
        y, m, d = date
        if kind == "post2020" and (y, m, d) < (2020, 10, 1):
            kind = "valid"
        if kind == "valid" and (y, m, d) >= (2020, 10, 1):
            kind = "post2020"
    elif kind == "post2020":
        y, m, d = rand_date(rng, 2020, 2026, m_from=10, last=(2026, 11, 30))
    else:
        y, m, d = rand_date(rng, y0, y1)
    if sex is None:
        sex = rng.choice("MF")
    g = ("1" if sex == "M" else "2") if y < 2000 else ("3" if sex == "M" else "4")
    front = "%02d%02d%02d" % (y % 100, m, d)
    body = g + "%02d" % rng.randint(0, 95) + rdigits(rng, 2) + str(rng.randint(1, 6))
    if kind == "masked":
        mc = rng.choice(MASKS)
        back = g + mc * 6
        sub = "rrn_masked"
    else:
        c = rrn_check(front + body)
        if kind == "post2020":
            c = (c + rng.randint(1, 9)) % 10
            sub = "rrn_post2020"
        else:
            sub = "rrn_valid"
        back = body + str(c)
    fmt = fmt or ("dash" if rng.random() < 0.85 else rng.choice(["nodash", "spaced_dash"]))
    if kind == "masked" and fmt == "nodash":
        fmt = "dash"
    sep = {"dash": "-", "nodash": "", "spaced_dash": " - "}[fmt]
    return front + sep + back, sub, fmt, (y, m, d)


def frn(rng, kind=None, fmt=None):
    kind = kind or ("valid" if rng.random() < 0.8 else "masked")
    y, m, d = rand_date(rng, 1950, 2016)
    g = rng.choice("56") if y < 2000 else rng.choice("78")
    front = "%02d%02d%02d" % (y % 100, m, d)
    if kind == "masked":
        back = g + rng.choice(MASKS) * 6
        sub = "frn_masked"
    else:
        office = "%02d" % (rng.randint(1, 49) * 2)
        body = g + office + rdigits(rng, 2) + rng.choice("6789")
        back = body + str(frn_check(front + body))
        sub = "frn_valid"
    fmt = fmt or ("dash" if rng.random() < 0.88 else "nodash")
    if kind == "masked":
        fmt = "dash"
    return front + ("-" if fmt == "dash" else "") + back, sub, fmt, (y, m, d)


PP_LET = "ACDEFGHJKLMNPRTUVWXYZ"


def passport(rng, kind=None, nat=None):
    """kind: kr_old, kr_new, foreign, masked. returns (value, sub, fmt)."""
    if kind is None:
        x = rng.random()
        kind = "kr_new" if x < 0.45 else ("kr_old" if x < 0.75 else ("foreign" if x < 0.93 else "masked"))
    pre = rng.choice("MMMMMMMSGDR")
    if kind == "kr_old":
        return pre + rdigits(rng, 8), "passport_kr_old", "L8"
    if kind == "kr_new":
        return pre + rdigits(rng, 3) + rng.choice(PP_LET) + rdigits(rng, 4), "passport_kr_new", "L3L4"
    if kind == "masked":
        if rng.random() < 0.5:
            v = pre + rdigits(rng, 3) + rng.choice(PP_LET) + "****"
        else:
            v = pre + rdigits(rng, 4) + "****"
        return v, "passport_masked", "masked"
    nat = nat or rng.choice(["VN", "CN", "PH", "UZ", "MN", "TH", "NP", "ID", "US", "RU", "JP", "KH"])
    f = {"VN": lambda: rng.choice("BC") + rdigits(rng, 7),
         "CN": lambda: "E" + rdigits(rng, 8),
         "PH": lambda: "P" + rdigits(rng, 7) + rng.choice("ABC"),
         "UZ": lambda: "FA" + rdigits(rng, 7),
         "MN": lambda: "E" + rdigits(rng, 7),
         "TH": lambda: "AA" + rdigits(rng, 7),
         "NP": lambda: "PA" + rdigits(rng, 7),
         "ID": lambda: rng.choice("CX") + rdigits(rng, 7),
         "US": lambda: str(rng.randint(5, 6)) + rdigits(rng, 8),
         "RU": lambda: "7" + rdigits(rng, 8),
         "JP": lambda: "TK" + rdigits(rng, 7),
         "KH": lambda: "N" + rdigits(rng, 7)}[nat]
    return f(), "passport_foreign", "foreign_" + nat


DL_REGION = [("서울", 11), ("부산", 12), ("경기", 13), ("강원", 14), ("충북", 15), ("충남", 16),
             ("전북", 17), ("전남", 18), ("경북", 19), ("경남", 20), ("제주", 21), ("대구", 22),
             ("인천", 23), ("광주", 24), ("대전", 25), ("울산", 26)]


def dl(rng, fmt=None):
    reg, code = rng.choice(DL_REGION)
    yy = rng.choice(list(range(85, 100)) + list(range(0, 26)))
    ser = rdigits(rng, 6)
    tail = "%02d" % rng.randint(0, 99)
    if fmt is None:
        x = rng.random()
        fmt = ("numeric" if x < 0.40 else "name" if x < 0.58 else "name_nospace" if x < 0.68
               else "plain" if x < 0.86 else "masked")
    if fmt == "numeric":
        v = "%02d-%02d-%s-%s" % (code, yy, ser, tail)
    elif fmt == "name":
        v = "%s %02d-%s-%s" % (reg, yy, ser, tail)
    elif fmt == "name_nospace":
        v = "%s%02d-%s-%s" % (reg, yy, ser, tail)
    elif fmt == "plain":
        v = "%02d%02d%s%s" % (code, yy, ser, tail)
    else:
        v = "%02d-%02d-%s****-%s" % (code, yy, ser[:2], tail)
    return v, "dl_" + fmt, fmt


CARD_BRANDS = ["visa", "master", "bc", "jcb", "amex"]


def card(rng, brand=None, fmt=None, masked=None):
    brand = brand or rng.choice(["visa", "visa", "master", "master", "bc", "bc", "jcb", "amex"])
    if brand == "visa":
        pre = "4" + rdigits(rng, 5)
    elif brand == "master":
        pre = str(rng.randint(51, 55)) + rdigits(rng, 4)
    elif brand == "bc":
        pre = "94" + rng.choice(["10", "11", "20", "21", "90"]) + rdigits(rng, 2)
    elif brand == "jcb":
        pre = "35" + str(rng.randint(28, 89)) + rdigits(rng, 2)
    else:
        pre = rng.choice(["34", "37"]) + rdigits(rng, 4)
    n = 15 if brand == "amex" else 16
    digits = luhn_complete(pre + rdigits(rng, n - 7))
    if masked is None:
        masked = rng.random() < 0.25
    groups = [4, 6, 5] if n == 15 else [4, 4, 4, 4]
    if masked:
        mc = rng.choice(["*", "*", "●", "X"])
        if n == 16:
            keep = set(range(0, 6)) | set(range(12, 16)) if rng.random() < 0.6 else set(range(0, 4)) | set(range(12, 16))
        else:
            keep = set(range(0, 6)) | set(range(11, 15))
        digits = "".join(c if i in keep else mc for i, c in enumerate(digits))
    fmt = fmt or ("dash" if rng.random() < 0.6 else ("space" if rng.random() < 0.6 else "plain"))
    if masked and fmt == "plain":
        fmt = "dash"
    if fmt == "plain":
        v = digits
    else:
        parts, i = [], 0
        for gsz in groups:
            parts.append(digits[i:i + gsz])
            i += gsz
        v = ("-" if fmt == "dash" else " ").join(parts)
    return v, ("card_masked" if masked else "card_" + brand), fmt


# bank -> (names as written, groupings, fixed prefix or None)
BANKS = {
    "kb": (["국민은행", "KB국민은행"], [[6, 2, 6], [3, 2, 4, 3]], None),
    "shinhan": (["신한은행"], [[3, 3, 6], [3, 2, 6]], None),
    "woori": (["우리은행"], [[4, 3, 6]], "1002"),
    "hana": (["하나은행", "KEB하나은행"], [[3, 6, 5]], None),
    "nh": (["농협", "NH농협은행", "농협은행"], [[3, 4, 4, 2], [6, 2, 6]], None),
    "ibk": (["기업은행", "IBK기업은행"], [[3, 6, 2, 3]], None),
    "sc": (["SC제일은행"], [[3, 2, 6]], None),
    "kakao": (["카카오뱅크"], [[4, 2, 7]], "3333"),
    "kbank": (["케이뱅크"], [[3, 3, 6]], "100"),
    "toss": (["토스뱅크"], [[4, 4, 4]], "1000"),
    "post": (["우체국"], [[6, 2, 6]], None),
    "mg": (["새마을금고", "MG새마을금고"], [[4, 4, 4, 1]], "9003"),
    "cu": (["신협"], [[3, 3, 6]], "132"),
    "suhyup": (["수협은행"], [[3, 2, 6]], None),
    "busan": (["부산은행", "BNK부산은행"], [[3, 4, 4, 2]], None),
    "im": (["iM뱅크", "대구은행"], [[3, 2, 6, 1]], None),
    "kyongnam": (["경남은행"], [[3, 2, 7]], None),
    "jeonbuk": (["전북은행"], [[3, 2, 7]], None),
    "gwangju": (["광주은행"], [[3, 3, 6]], None),
    "citi": (["한국씨티은행"], [[3, 6, 3]], None),
    "kdb": (["산업은행", "KDB산업은행"], [[3, 4, 4, 3]], None),
}
BANK_KEYS = sorted(BANKS)


def account(rng, bank=None, fmt=None):
    """returns (value, sub, fmt, bank_name_written)."""
    bank = bank or rng.choice(BANK_KEYS)
    names, groupings, prefix = BANKS[bank]
    grp = rng.choice(groupings)
    n = sum(grp)
    d = (prefix or "") + rdigits(rng, n - len(prefix or ""))
    if d[0] == "0":
        d = "1" + d[1:]
    fmt = fmt or ("dash" if rng.random() < 0.72 else ("plain" if rng.random() < 0.6 else "masked"))
    if fmt == "masked":
        pos = [i for i in range(n) if n // 2 - 2 <= i < n // 2 + 2]
        d = "".join("*" if i in pos else c for i, c in enumerate(d))
    if fmt == "plain":
        v = d
    else:
        parts, i = [], 0
        for gsz in grp:
            parts.append(d[i:i + gsz])
            i += gsz
        v = "-".join(parts)
    return v, "acct_" + bank + ("_masked" if fmt == "masked" else ""), fmt + "/" + "-".join(map(str, grp)), rng.choice(names)


AREA = ["02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055",
        "061", "062", "063", "064"]


def phone(rng, kind=None, fmt=None):
    """kind: mobile, landline, 070, fax, masked. returns (value, sub, fmt)."""
    if kind is None:
        x = rng.random()
        kind = "mobile" if x < 0.55 else ("landline" if x < 0.8 else ("070" if x < 0.88 else "masked"))
    if kind in ("mobile", "masked"):
        mid, last = str(rng.randint(2000, 9999)), rdigits(rng, 4)
        if kind == "masked":
            if rng.random() < 0.6:
                return "010-****-" + last, "phone_masked", "masked_mid"
            return "010-" + mid[:2] + "**-" + last, "phone_masked", "masked_part"
        fmt = fmt or rng.choice(["dash"] * 6 + ["plain", "dot", "space", "intl"])
        v = {"dash": "010-%s-%s", "plain": "010%s%s", "dot": "010.%s.%s", "space": "010 %s %s",
             "intl": "+82-10-%s-%s"}[fmt] % (mid, last)
        return v, "phone_mobile", fmt
    if kind == "070":
        return "070-%d-%s" % (rng.randint(2000, 8999), rdigits(rng, 4)), "phone_070", "dash"
    area = rng.choice(AREA)
    if area == "02":
        mid = str(rng.randint(200, 999)) if rng.random() < 0.3 else str(rng.randint(2000, 9899))
    else:
        mid = str(rng.randint(200, 999)) if rng.random() < 0.4 else str(rng.randint(2000, 9899))
    last = rdigits(rng, 4)
    while last in ("2114", "0114"):
        last = rdigits(rng, 4)
    fmt = fmt or ("dash" if rng.random() < 0.85 else "paren")
    v = ("%s-%s-%s" if fmt == "dash" else "(%s) %s-%s") % (area, mid, last)
    return v, ("phone_fax" if kind == "fax" else "phone_landline"), fmt


MAIL_DOMAINS = ["naver.com"] * 4 + ["gmail.com"] * 3 + ["daum.net", "hanmail.net", "kakao.com",
                                                         "nate.com", "outlook.com", "icloud.com"]
ROM_SYL = "min ji hoon seo yeon hyun woo soo bin ye jin do yoon ha eun jun ho jung sung dong tae young hee kyung".split()


def email(rng, name=None, kind=None):
    """kind: personal, work (person at company), official (person at korea.kr/go.kr), masked."""
    kind = kind or rng.choice(["personal"] * 6 + ["masked"])
    if name and rng.random() < 0.7 and all("가" <= c <= "힣" for c in name):
        s, g = roman_name(name)
        base = rng.choice([s.lower() + g.lower(), g.lower() + "." + s.lower(), s.lower()[0] + g.lower()[:2] + s.lower()[1:],
                           (g.lower()[:1] + g.lower()[-1:] + s.lower())])
        base = re.sub(r"[^a-z.]", "", base)
    else:
        base = rng.choice(ROM_SYL) + rng.choice(["", "_", "."]) + rng.choice(ROM_SYL)
    if rng.random() < 0.5:
        base += str(rng.choice([rng.randint(1, 99), rng.randint(1970, 2005)]))
    if kind == "official":
        dom = rng.choice(["korea.kr", "korea.kr", "seoul.go.kr", "gg.go.kr", "sen.go.kr", "police.go.kr"])
    elif kind == "work":
        dom = rng.choice(["hanbit-eng.co.kr", "saeron.co.kr", "daol-tech.com", "nuri-sys.kr",
                          "greenbridge.co.kr", "sodam-design.com", "bluestone.kr", "haneul-con.co.kr"])
    else:
        dom = rng.choice(MAIL_DOMAINS)
    if kind == "masked":
        base = base[:3] + "***"
    return base + "@" + dom, "email_" + kind, kind


# --------------------------------------------------------------------------- addresses
SIDO = [("서울특별시", "서울", ["마포구", "강서구", "노원구", "관악구", "송파구", "은평구", "중랑구", "동작구", "성북구"]),
        ("부산광역시", "부산", ["해운대구", "부산진구", "사하구", "동래구", "금정구"]),
        ("대구광역시", "대구", ["수성구", "달서구", "북구", "동구"]),
        ("인천광역시", "인천", ["연수구", "부평구", "남동구", "서구", "계양구"]),
        ("광주광역시", "광주", ["북구", "광산구", "서구", "남구"]),
        ("대전광역시", "대전", ["유성구", "서구", "대덕구", "중구"]),
        ("울산광역시", "울산", ["남구", "중구", "울주군", "북구"]),
        ("경기도", "경기", ["수원시 팔달구", "성남시 분당구", "고양시 일산동구", "용인시 수지구", "부천시",
                          "안산시 상록구", "화성시", "평택시", "남양주시", "파주시", "김포시", "양평군"]),
        ("강원특별자치도", "강원", ["춘천시", "원주시", "강릉시", "홍천군"]),
        ("충청북도", "충북", ["청주시 흥덕구", "충주시", "제천시", "옥천군"]),
        ("충청남도", "충남", ["천안시 동남구", "아산시", "공주시", "홍성군"]),
        ("전북특별자치도", "전북", ["전주시 완산구", "익산시", "군산시", "남원시"]),
        ("전라남도", "전남", ["순천시", "목포시", "여수시", "나주시", "해남군"]),
        ("경상북도", "경북", ["포항시 남구", "구미시", "경주시", "안동시", "칠곡군"]),
        ("경상남도", "경남", ["창원시 성산구", "김해시", "진주시", "양산시", "거제시"]),
        ("제주특별자치도", "제주", ["제주시", "서귀포시"])]
ROADS = ("은행나무로 새솔로 동백길 한내로 솔빛로 누리로 청림로 가람로 달빛로 매화길 버들로 느티로 햇살로 "
         "별빛길 물푸레로 반석로 해오름길 다래길 소나무로 샘골로 구름재로 들꽃길 무지개로 벚꽃로 "
         "갈대로 미리내로 새터로 상록로 온누리길 푸른들로 한마음로 단풍길 석류로 장미로").split()
DONGS = ("신정동 월곡동 상동 중동 효자동2가 산본동 봉명동 인후동 용현동 하안동 명륜동 대흥동 "
         "두정동 삼천동 송천동 금곡동 만수동 덕천동 화정동 운정동").split()
MYEON = [("화촌면", "구성포리"), ("서면", "도곡리"), ("남면", "신촌리"), ("북면", "하송리"),
         ("동면", "장동리"), ("금산면", "용호리")]
APTS = ("한솔마을 푸른숲 햇빛채 은빛마을 청솔 늘푸른 새롬 한빛 누리움 솔향기 호수마을 "
        "별가람 하늘채 미소지움 다솜마을").split()


def _unit(rng):
    x = rng.random()
    if x < 0.35:
        return ", %d동 %d호" % (rng.randint(101, 125), rng.randint(1, 25) * 100 + rng.randint(1, 6))
    if x < 0.55:
        f = rng.randint(2, 9)
        return ", %d층 %d호" % (f, f * 100 + rng.randint(1, 12))
    if x < 0.65:
        return " %d층" % rng.randint(2, 12)
    if x < 0.72:
        return ", %s동 %d호" % (rng.choice("가나다"), rng.randint(101, 305))
    return ""


def address(rng, kind=None):
    """returns (value, sub, fmt, postal, parenthetical)."""
    full, short, sgg_list = rng.choice(SIDO)
    sgg = rng.choice(sgg_list)
    kind = kind or rng.choice(["road", "road", "road_short", "road_sgg", "jibun", "jibun_apt", "rural"])
    postal = "%05d" % rng.randint(1000, 63644)
    paren = None
    if kind.startswith("road"):
        road = rng.choice(ROADS)
        if rng.random() < 0.3:
            road += " %d번길" % rng.randint(2, 60)
        num = str(rng.randint(1, 420)) + ("-%d" % rng.randint(1, 30) if rng.random() < 0.25 else "")
        head = {"road": full + " " + sgg, "road_short": short + " " + sgg, "road_sgg": sgg}[kind]
        if full == "세종특별자치시" or kind == "road_sgg" and " " not in sgg and sgg.endswith("구"):
            head = {"road": full + " " + sgg, "road_short": short + " " + sgg, "road_sgg": short + " " + sgg}[kind]
        v = head + " " + road + " " + num + _unit(rng)
        if rng.random() < 0.35:
            paren = "(%s%s)" % (rng.choice(DONGS), (", " + rng.choice(APTS) + "아파트") if rng.random() < 0.5 else "")
        return v, "addr_" + kind, kind, postal, paren
    if kind == "rural":
        full, short, sgg_list = rng.choice([x for x in SIDO if x[0].endswith("도")])
        sgg = rng.choice([s for s in sgg_list if s.endswith("군") or (s.endswith("시") and " " not in s)])
        my, ri = rng.choice(MYEON)
        v = full + " " + sgg + " " + my + " " + ri + " " + str(rng.randint(1, 999)) + ("-%d" % rng.randint(1, 9) if rng.random() < 0.5 else "")
        return v, "addr_rural", kind, postal, None
    dong = rng.choice(DONGS)
    lot = "%d-%d" % (rng.randint(1, 1500), rng.randint(1, 40)) if rng.random() < 0.7 else str(rng.randint(1, 1500))
    head = (full if rng.random() < 0.6 else short) + " " + sgg
    if kind == "jibun_apt":
        v = head + " " + dong + " " + lot + " " + rng.choice(APTS) + "아파트 %d동 %d호" % (rng.randint(101, 120), rng.randint(1, 22) * 100 + rng.randint(1, 4))
    else:
        v = head + " " + dong + " " + lot + ("번지" if rng.random() < 0.25 else "")
    return v, "addr_" + kind, kind, postal, None


INST_ADDR = [("○○시청", "경기도 한누리시 시청로 170"), ("○○구청", "서울특별시 새빛구 구청로 45"),
             ("○○도청", "충청남도 홍성군 홍북읍 충남대로 21"),
             ("행정안전부", "세종특별자치시 도움로 11 정부세종청사 7동"),
             ("○○교육지원청", "전라남도 순천시 교육청길 33"), ("○○경찰서", "부산광역시 해운대구 중동로 112"),
             ("○○소방서", "대구광역시 달서구 소방로 88"), ("○○세무서", "인천광역시 남동구 세무로 20"),
             ("○○보건소", "강원특별자치도 원주시 보건로 5"), ("○○출입국·외국인사무소", "경기도 수원시 영통구 출입국로 14"),
             ("○○주민센터", "울산광역시 남구 행정복지길 7")]


def inst_address(rng):
    full, short, sgg_list = rng.choice(SIDO)
    sgg = rng.choice(sgg_list)
    kind = rng.choice(["시청로", "청사로", "행정로", "중앙로", "관청길", "시민로"])
    return "%s %s %s %d" % (full, sgg, kind, rng.randint(1, 300))


DOB_FMTS = ["dot_space", "dot_space", "dot_pad", "dot_nodot", "korean", "korean", "iso", "short",
            "six", "eight", "slash", "korean_short"]
MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def fmt_date(y, m, d, fmt):
    return {"dot_space": "%d. %d. %d." % (y, m, d), "dot_pad": "%d.%02d.%02d." % (y, m, d),
            "dot_nodot": "%d.%02d.%02d" % (y, m, d), "korean": "%d년 %d월 %d일" % (y, m, d),
            "iso": "%d-%02d-%02d" % (y, m, d), "short": "%02d.%02d.%02d" % (y % 100, m, d),
            "six": "%02d%02d%02d" % (y % 100, m, d), "eight": "%d%02d%02d" % (y, m, d),
            "slash": "%d/%02d/%02d" % (y, m, d), "korean_short": "%02d년 %d월 %d일" % (y % 100, m, d),
            "passport": "%02d %s %d" % (d, MON[m - 1], y)}[fmt]


def dob(rng, fmt=None, y0=1938, y1=2006, date=None):
    y, m, d = date or rand_date(rng, y0, y1)
    fmt = fmt or rng.choice(DOB_FMTS)
    return fmt_date(y, m, d, fmt), "dob_" + fmt, fmt, (y, m, d)


def health_ins(rng, masked=None):
    v = str(rng.randint(1, 8)) + rdigits(rng, 10)
    if masked is None:
        masked = rng.random() < 0.12
    if masked:
        return v[:5] + "******", "hi_masked", "masked"
    return v, "hi_plain", "plain"


BRN_OFFICE = ["101", "104", "105", "106", "107", "110", "113", "114", "119", "120", "121", "124",
              "129", "131", "134", "135", "138", "140", "201", "206", "214", "220", "305", "314",
              "408", "410", "502", "504", "514", "603", "605", "607", "613", "617", "621", "710"]


def brn(rng, kind=None, fmt=None):
    kind = kind or rng.choice(["individual", "individual", "corporate", "exempt"])
    mid = {"individual": "%02d" % rng.randint(1, 79), "corporate": rng.choice(["81", "86", "87", "88", "85"]),
           "exempt": "%02d" % rng.randint(90, 99)}[kind]
    d9 = rng.choice(BRN_OFFICE) + mid + rdigits(rng, 4)
    d = d9 + str(brn_check(d9))
    fmt = fmt or ("dash" if rng.random() < 0.85 else "plain")
    v = d if fmt == "plain" else d[:3] + "-" + d[3:5] + "-" + d[5:]
    return v, "brn_" + kind, fmt


CRN_OFFICE = ["1101", "1301", "1311", "1345", "1201", "1401", "1501", "1601", "1701", "1801",
              "1901", "2001", "2101", "2201", "1358", "1244", "1615"]
CRN_KIND = {"11": "stock", "12": "partnership", "13": "limited_partnership", "14": "llc",
            "21": "association", "22": "foundation", "71": "foreign"}


def crn(rng, kind=None, fmt=None):
    k = kind or rng.choice(["11", "11", "11", "14", "21", "22", "13", "71"])
    d12 = rng.choice(CRN_OFFICE) + k + rdigits(rng, 6)
    d = d12 + str(crn_check(d12))
    fmt = fmt or ("dash" if rng.random() < 0.87 else "plain")
    v = d if fmt == "plain" else d[:6] + "-" + d[6:]
    return v, "crn_" + CRN_KIND[k], fmt


PLATE_PRIV = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주"
PLATE_REGION = ["서울", "부산", "경기", "인천", "대구", "광주", "대전", "울산", "강원", "충북", "충남",
                "전북", "전남", "경북", "경남", "제주"]


def plate(rng, kind=None):
    kind = kind or rng.choice(["2", "3", "3", "region", "commercial", "rental", "nospace"])
    four = str(rng.randint(1000, 9999))
    if kind == "2":
        return "%02d%s %s" % (rng.randint(10, 69), rng.choice(PLATE_PRIV), four), "plate_2digit", "space"
    if kind in ("3", "nospace"):
        v = "%d%s%s%s" % (rng.randint(100, 399), rng.choice(PLATE_PRIV), "" if kind == "nospace" else " ", four)
        return v, ("plate_nospace" if kind == "nospace" else "plate_3digit"), kind
    if kind == "region":
        return "%s %02d%s %s" % (rng.choice(PLATE_REGION), rng.randint(10, 69), rng.choice(PLATE_PRIV), four), "plate_region", "space"
    if kind == "commercial":
        sp = rng.choice([" ", ""])
        return "%s%s%02d%s %s" % (rng.choice(PLATE_REGION), sp, rng.randint(70, 99), rng.choice("바사아자"), four), "plate_commercial", "space"
    return "%d%s %s" % (rng.randint(100, 399), rng.choice("하허호"), four), "plate_rental", "space"


def ip(rng, kind=None):
    kind = kind or rng.choice(["public", "public", "public", "private", "private", "v6", "masked"])
    if kind == "private":
        x = rng.random()
        if x < 0.5:
            v = "192.168.%d.%d" % (rng.randint(0, 30), rng.randint(2, 254))
        elif x < 0.8:
            v = "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254))
        else:
            v = "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(2, 254))
        return v, "ipv4_private", "v4"
    if kind == "v6":
        groups = ["%x" % rng.choice([0x2001, 0x2406, 0x2400, 0x2404, 0x240d])] + ["%x" % rng.randint(0, 0xffff) for _ in range(3)]
        if rng.random() < 0.5:
            v = ":".join(groups) + "::" + "%x" % rng.randint(1, 0xffff)
        else:
            v = ":".join(groups + ["%x" % rng.randint(0, 0xffff) for _ in range(4)])
        return v, "ipv6", "v6"
    while True:
        a = rng.choice([1, 14, 27, 39, 49, 58, 59, 61, 106, 110, 112, 114, 115, 116, 118, 119, 121,
                        122, 124, 125, 175, 180, 182, 183, 203, 210, 211, 218, 220, 221, 222, 223])
        v4 = [a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)]
        break
    if kind == "masked":
        return "%d.%d.***.%d" % (v4[0], v4[1], v4[3]), "ipv4_masked", "masked"
    return ".".join(map(str, v4)), "ipv4_public", "v4"


# --------------------------------------------------------------------------- hard-negative generators
def switchboard(rng):
    x = rng.random()
    if x < 0.45:
        a = rng.choice(AREA)
        return "%s-%d-%s" % (a, rng.randint(120, 980) if a != "02" else rng.randint(2100, 3999), rng.choice(["2114", "0114", "1114"]))
    if x < 0.85:
        return "%s-%d" % (rng.choice(["1588", "1577", "1600", "1544", "1644", "1566", "1661", "1899"]), rng.randint(1000, 9999))
    return rng.choice(["110", "120", "1345", "1350", "1355"])


DEPT = ["민원여권과", "총무과", "행정지원과", "복지정책과", "교통행정과", "자치행정과", "감사담당관",
        "기획예산과", "세무과", "건축과", "환경위생과", "보건행정과", "정보통신과", "인사혁신과",
        "교육지원과", "재난안전과", "주민생활지원과", "토지정보과", "청소년정책과", "산림녹지과"]


def docnum(rng, dept=None):
    x = 0.0 if dept else rng.random()
    dept = dept or rng.choice(DEPT)
    if x < 0.6:
        return "%s-%d" % (dept, rng.randint(100, 29999))
    if x < 0.8:
        return "%s-%d-%d" % (dept, rng.randint(2024, 2026), rng.randint(10, 9999))
    return "%s %d-%d호" % (rng.choice(["고시", "공고", "훈령", "예규"]), rng.randint(2024, 2026), rng.randint(1, 999))


def casenum(rng):
    y = rng.randint(2022, 2026)
    return rng.choice(["%d고단%d", "%d고합%d", "%d가단%d", "%d가합%d", "%d구합%d", "%d누%d", "%d도%d",
                       "%d노%d", "%d고약%d", "%d즈단%d", "%d헌마%d", "%d두%d"]) % (y, rng.randint(100, 99999))


STATUTES = ["「개인정보 보호법」 제15조 제1항 제1호", "「개인정보 보호법」 제24조의2", "「주민등록법」 제29조 제2항",
            "「여권법」 제9조", "「도로교통법」 제44조 제1항", "「도로교통법 시행규칙」 제77조",
            "「출입국관리법」 제31조", "「출입국관리법」 제36조 제1항", "「국민건강보험법」 제12조",
            "「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호", "「민원 처리에 관한 법률」 제27조",
            "「행정업무의 운영 및 혁신에 관한 규정」 제14조", "「지방공무원법」 제69조",
            "「국가공무원법」 제78조 제1항", "「형법」 제347조 제1항", "「국민기초생활 보장법」 제21조",
            "「주차장법」 제10조의2", "「건축법」 제79조", "「아동복지법」 제17조", "「근로기준법」 제17조",
            "같은 법 시행령 제9조 제1항", "같은 법 시행규칙 별지 제3호서식"]


def amount(rng):
    n = rng.choice([rng.randint(1, 999) * 1000, rng.randint(1, 99) * 10000, rng.randint(1, 500) * 100000])
    s = "{:,}".format(n)
    return rng.choice([s + "원", "금" + s + "원", "₩" + s, s + " 원"])


def nonbirth_date(rng):
    y, m, d = rand_date(rng, 2024, 2026, last=(2026, 12, 31))
    return rng.choice(["%d. %d. %d." % (y, m, d), "%d년 %d월 %d일" % (y, m, d), "%d-%02d-%02d" % (y, m, d)])


COMPANIES = ["(주)한빛엔지니어링", "주식회사 새론테크", "(주)다올시스템", "누리정보통신(주)", "(주)그린브릿지",
             "소담디자인 주식회사", "(주)블루스톤", "하늘건설(주)", "(주)미래로물산", "주식회사 온새미로",
             "(유)해솔푸드", "(주)청운환경", "사단법인 다함께나눔", "재단법인 푸른내일", "(주)씨앤에스랩",
             "가람종합건설(주)", "(주)빛고을인쇄"]
PLACEHOLDERS = ["갑", "을", "병", "홍길동", "김○○", "박○○", "이○○", "최**", "정 모 씨", "A씨", "B씨",
                "C군", "A법인", "B사", "○○○"]
OFFICIALS = ["시장", "구청장", "군수", "도지사", "교육감", "경찰서장", "소방서장", "세무서장",
             "행정안전부장관", "보건복지부장관", "법무부장관", "출입국·외국인사무소장", "읍장", "동장", "위원장"]
NAMEWORDS = ["한강", "남산", "백두", "청계천", "강남", "서해", "이상", "정보", "조정", "성실", "한결같이",
             "고려", "신라", "대한", "동방", "민주", "우정", "진실", "하나로마트", "한우리", "새마을"]


# --------------------------------------------------------------------------- validation of values
HYPHENS = "‐‑‒–—―−﹣－"
CONF = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"})
MASKCH = "*●Xx○"
NUMERIC_TYPES = {"KR_RRN", "KR_FRN", "CREDIT_CARD", "KR_BANK_ACCOUNT", "PHONE_NUMBER", "KR_BRN",
                 "KR_CRN", "KR_HEALTH_INSURANCE", "KR_DRIVER_LICENSE", "IP_ADDRESS", "DATE_OF_BIRTH",
                 "KR_VEHICLE_PLATE", "KR_PASSPORT"}
SIDO_NAMES = set(s[0] for s in SIDO) | set(s[1] for s in SIDO) | {"세종", "세종특별자치시", "서울시", "부산시", "대구시", "인천시", "광주시", "대전시", "울산시", "세종시", "강원도", "전라북도", "제주도"}
DL_REG_RE = "(?:" + "|".join(r for r, _ in DL_REGION) + "|경기북부|경기남부)"
PLATE_REG_RE = "(?:" + "|".join(PLATE_REGION) + ")"
TODAY = (2026, 12, 6)


class DraftError(Exception):
    pass


def norm(v):
    s = unicodedata.normalize("NFKC", v)
    return re.sub("[" + HYPHENS + "]", "-", s)


def compact(v):
    return re.sub(r"\s+", "", norm(v))


def _date_ok(y, m, d):
    return valid_date(y, m, d) and (1900 <= y) and (y, m, d) <= TODAY


def _century(g):
    return {"1": 1900, "2": 1900, "3": 2000, "4": 2000, "5": 1900, "6": 1900, "7": 2000, "8": 2000,
            "9": 1800, "0": 1800}[g]


def v_rrn(x, frn=False):
    m = re.fullmatch(r"(\d\d)(\d\d)(\d\d)-?(\d)(\d{6}|[" + MASKCH + "]{6})", x)
    if not m:
        return None
    g = m.group(4)
    if frn != (g in "5678") or g in "90":
        return None
    y = _century(g) + int(m.group(1))
    mo, d = int(m.group(2)), int(m.group(3))
    if not _date_ok(y, mo, d):
        return None
    if not m.group(5).isdigit():
        return "frn_masked" if frn else "rrn_masked"
    d12 = m.group(1) + m.group(2) + m.group(3) + g + m.group(5)[:5]
    last = int(m.group(5)[5])
    if frn:
        return "frn_valid" if frn_check(d12) == last else None
    if g in "34" and (y, mo, d) >= (2020, 10, 1):
        return "rrn_post2020" if rrn_check(d12) != last else None
    return "rrn_valid" if rrn_check(d12) == last else None


def v_card(x):
    if not re.fullmatch(r"[\d" + MASKCH + r"]{4}(?:-?[\d" + MASKCH + r"]+)+|[\d" + MASKCH + "]{15,16}", x):
        return None
    d = x.replace("-", "")
    if len(d) not in (15, 16):
        return None
    if any(c in MASKCH for c in d):
        return "card_masked" if sum(c.isdigit() for c in d) >= 8 and d[:4].isdigit() else None
    if not d.isdigit() or not luhn_ok(d):
        return None
    if len(d) == 15:
        return "card_amex" if d[:2] in ("34", "37") else None
    if d[0] == "4":
        return "card_visa"
    if d[:2] in ("51", "52", "53", "54", "55"):
        return "card_master"
    if d[:2] == "94":
        return "card_bc"
    if d[:2] == "35":
        return "card_jcb"
    return "card_other"


def v_account(x):
    if not re.fullmatch(r"\d[\d*]*(?:-[\d*]+)*", x):
        return None
    d = x.replace("-", "")
    if not 10 <= len(d) <= 14 or d.startswith("01") or d.count("*") > 5:
        return None
    return "acct_masked" if "*" in d else "acct"


def v_phone(x):
    m = re.fullmatch(r"(?:010|\+82-?10)[-.]?([\d*]{3,4})[-.]?([\d*]{4})", x)
    if m and sum(c.isdigit() for c in m.group(1) + m.group(2)) >= 4:
        return "phone_masked" if "*" in x else ("phone_intl" if x.startswith("+") else "phone_mobile")
    if re.fullmatch(r"070-?\d{3,4}-?\d{4}", x):
        return "phone_070"
    if re.fullmatch(r"\(?0(?:2|3[1-3]|4[1-4]|5[1-5]|6[1-4])\)?-?\d{3,4}-?\d{4}", x):
        return "phone_landline"
    return None


def v_email(x):
    return "email" if re.fullmatch(r"[A-Za-z0-9._%+-]+\**@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", x) else None


def v_address(v):
    s = norm(v).replace("\n", " ")
    toks = s.split()
    if len(toks) < 3 or not re.search(r"\d", s):
        return None
    first = toks[0]
    if not (first in SIDO_NAMES or re.fullmatch(r"[가-힣]+(?:시|군|구|도)", first)):
        return None
    if not re.search(r"(?:\d|호|층|번지|\d동)$", s):
        return None
    if re.search(r"(?:로|길)(?: \d+번길)? \d", s):
        return "addr_road"
    if re.search(r"[면읍] \S+리 \d", s):
        return "addr_rural"
    return "addr_jibun_apt" if "아파트" in s else "addr_jibun"


DOB_RES = [(r"(\d{4})\. ?(\d{1,2})\. ?(\d{1,2})\.?", "dot"), (r"(\d{4})년 ?(\d{1,2})월 ?(\d{1,2})일", "korean"),
           (r"(\d{4})-(\d\d)-(\d\d)", "iso"), (r"(\d\d)\.(\d\d)\.(\d\d)\.?", "short"),
           (r"(\d\d)(\d\d)(\d\d)", "six"), (r"(\d{4})(\d\d)(\d\d)", "eight"), (r"(\d{4})/(\d\d?)/(\d\d?)", "slash"),
           (r"(\d\d)년 ?(\d{1,2})월 ?(\d{1,2})일", "korean_short"), (r"(\d\d) ?([A-Z]{3}) ?(\d{4})", "passport")]


def v_dob(x):
    r = _v_dob(x)
    if r == "dob_dot":
        if re.fullmatch(r"\d{4}\. \d{1,2}\. \d{1,2}\.", x):
            return "dob_dot_space"
        return "dob_dot_pad" if x.endswith(".") else "dob_dot_nodot"
    return r


def _v_dob(x):
    for rx, kind in DOB_RES:
        m = re.fullmatch(rx, x)
        if not m:
            continue
        if kind == "passport":
            if m.group(2) not in MON:
                return None
            y, mo, d = int(m.group(3)), MON.index(m.group(2)) + 1, int(m.group(1))
        else:
            y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
            if y < 100:
                y += 1900 if y > 26 else 2000
        return "dob_" + kind if _date_ok(y, mo, d) and y >= 1910 else None
    return None


def v_hi(x):
    if re.fullmatch(r"\d{11}", x) or re.fullmatch(r"\d-?\d{10}", x):
        return "hi_plain"
    if re.fullmatch(r"\d{4,7}\*{4,7}", x) and len(x) == 11:
        return "hi_masked"
    return None


def v_brn(x):
    if not re.fullmatch(r"\d{3}-?\d{2}-?\d{5}", x):
        return None
    d = x.replace("-", "")
    return "brn" if brn_check(d[:9]) == int(d[9]) else None


def v_crn(x):
    if not re.fullmatch(r"\d{6}-?\d{7}", x):
        return None
    d = x.replace("-", "")
    return "crn" if crn_check(d[:12]) == int(d[12]) else None


def v_dl(x):
    if re.fullmatch(r"\d{12}", x):
        return "dl_plain"
    if re.fullmatch(r"(?:\d\d|" + DL_REG_RE + r")-?\d\d-?[\d*]{6}-?[\d*]{2}", x):
        if "*" in x:
            return "dl_masked"
        return "dl_numeric" if x[:2].isdigit() else "dl_name"
    return None


def v_plate(x):
    m = re.fullmatch("(" + PLATE_REG_RE + r")?(\d{2,3})([가-힣])\d{4}", x)
    if not m:
        return None
    if m.group(3) in "바사아자":
        return "plate_commercial"
    if m.group(3) in "하허호":
        return "plate_rental"
    if m.group(1):
        return "plate_region"
    return "plate_3digit" if len(m.group(2)) == 3 else "plate_2digit"


def v_ip(x):
    m = re.fullmatch(r"(\d{1,3})\.(\d{1,3})\.(\d{1,3}|\*{1,3})\.(\d{1,3}|\*{1,3})", x)
    if m:
        parts = [p for p in m.groups() if p.isdigit()]
        if not all(int(p) <= 255 for p in parts):
            return None
        if len(parts) < 4:
            return "ipv4_masked"
        a, b = int(parts[0]), int(parts[1])
        return "ipv4_private" if a == 10 or (a == 172 and 16 <= b <= 31) or (a == 192 and b == 168) else "ipv4_public"
    if re.fullmatch(r"[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{0,4}){2,7}", x) and x.count("::") <= 1:
        return "ipv6"
    return None


def v_passport(x):
    if re.fullmatch(r"[MSGDR]\d{8}", x):
        return "passport_kr_old"
    if re.fullmatch(r"[MSGDR]\d{3}[A-Z]\d{4}", x):
        return "passport_kr_new"
    if re.fullmatch(r"[MSGDR][\dA-Z]{3,5}\*{3,5}", x):
        return "passport_masked"
    if re.fullmatch(r"[A-Z]{1,2}\d{7,8}[A-Z]?|\d{9}", x):
        return "passport_foreign"
    return None


TITLE_WORDS = ("주무관", "사무관", "서기관", "과장", "팀장", "국장", "위원", "장관", "씨", "님", "귀하",
               "대표", "선생", "교수", "판사", "검사", "변호사", "경위", "경사", "순경", "소방장")


def v_person(v):
    s = norm(v)
    if any(c in s for c in "○*") or s in PLACEHOLDER_NAMES:
        return None
    if re.fullmatch(r"[A-Za-z][A-Za-z'.-]*(?:[ \n]+[A-Za-z][A-Za-z'.-]*)+", s):
        return "person_foreign_latin"
    if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", s):
        return "person_hanja"
    if not re.fullmatch(r"[가-힣]+(?:[ \n]+[가-힣]+)*", s):
        return None
    c = re.sub(r"\s+", "", s)
    toks = s.split()
    if any(c.endswith(t) for t in TITLE_WORDS if len(t) >= 2) or c.endswith(("씨", "님")):
        return None
    spaced_single = len(toks) > 1 and all(len(t) == 1 for t in toks)
    if len(toks) > 1 and not spaced_single:
        return "person_foreign_hangul"
    if not 2 <= len(c) <= 5:
        return None
    if c[:2] in SUR2 and len(c) >= 3:
        return "person_kr_2sur"
    if c[0] in SUR1_SET:
        return {2: "person_kr_1given", 3: "person_kr", 4: "person_kr_4syl"}.get(len(c), "person_kr_4syl")
    return "person_foreign_hangul"


VALIDATORS = {"KR_RRN": v_rrn, "KR_FRN": lambda x: v_rrn(x, frn=True), "CREDIT_CARD": v_card,
              "KR_BANK_ACCOUNT": v_account, "PHONE_NUMBER": v_phone, "EMAIL_ADDRESS": v_email,
              "DATE_OF_BIRTH": v_dob, "KR_HEALTH_INSURANCE": v_hi, "KR_BRN": v_brn, "KR_CRN": v_crn,
              "KR_DRIVER_LICENSE": v_dl, "KR_VEHICLE_PLATE": v_plate, "IP_ADDRESS": v_ip,
              "KR_PASSPORT": v_passport}


def check_value(t, v):
    """returns (auto_sub, used_confusable_mapping) or raises DraftError."""
    if t == "PERSON":
        sub = v_person(v)
        if sub:
            return sub, False
        raise DraftError("bad PERSON %r" % v)
    if t == "KR_ADDRESS":
        sub = v_address(v)
        if sub:
            return sub, False
        raise DraftError("bad KR_ADDRESS %r" % v)
    if t == "DATE_OF_BIRTH":
        x = norm(v).replace("\n", " ").strip()
        x = re.sub(r" +", " ", x)
        for cand, conf in ((x, False), (x.translate(CONF), True), (x.replace(" ", ""), False),
                           (x.replace(" ", "").translate(CONF), True)):
            sub = v_dob(cand)
            if sub:
                return sub, conf
        raise DraftError("bad DOB %r" % v)
    x = compact(v)
    cands = [(x, False)]
    if t == "KR_PASSPORT":
        k = 2 if re.match(r"[A-Z]{2}\d", x) else 1
        cands.append((x[:k] + x[k:].translate(CONF), True))
    elif t == "IP_ADDRESS" and ":" in x:
        pass
    elif t in ("EMAIL_ADDRESS",):
        pass
    else:
        cands.append((x.translate(CONF), True))
    for cand, conf in cands:
        sub = VALIDATORS[t](cand)
        if sub:
            return sub, conf and cand != x
    raise DraftError("bad %s %r" % (t, v))


def auto_noise(t, v, conf):
    tags = set()
    if any("\uff10" <= c <= "\uff19" for c in v):
        tags.add("fullwidth_digits")
    if any(c in HYPHENS for c in v):
        tags.add("unicode_hyphen")
    if "\n" in v:
        tags.add("wrapped" if t in ("PERSON", "KR_ADDRESS", "EMAIL_ADDRESS") else "newline_in_number")
    if conf:
        tags.add("confusable_letters")
    if "＠" in v:
        tags.add("fullwidth_at")
    if t == "PERSON" and re.fullmatch(r"[가-힣](?: [가-힣]){1,4}", v):
        tags.add("spaced_name")
    return tags


def shape(t, v):
    if t in ("PERSON", "KR_ADDRESS", "EMAIL_ADDRESS"):
        return ""
    s = re.sub(r"\d", "9", norm(v))
    s = re.sub(r"[가-힣]", "가", s)
    return s.replace("\n", "⏎")


# --------------------------------------------------------------------------- markup
MARK_RE = re.compile(r"⟦([A-Za-z_]+)((?:\|[^|:⟧]*){0,3}):(.*?)⟧|⟪([a-z_]+):(.*?)⟫", re.S)
MARK_CHARS = "⟦⟧⟪⟫"


def mark(t, v, sub="", fmt="", tags=()):
    if any(c in v for c in MARK_CHARS) or ":" in sub + fmt:
        raise ValueError(v)
    return "⟦%s|%s|%s|%s:%s⟧" % (t, sub, fmt, ",".join(sorted(tags)), v)


def hn(cat, text):
    return "⟪%s:%s⟫" % (cat, text)


def parse_marked(s):
    pieces, pos = [], 0
    for m in MARK_RE.finditer(s):
        if m.start() > pos:
            pieces.append(["t", s[pos:m.start()]])
        if m.group(1):
            if m.group(1) not in ALIAS:
                raise DraftError("unknown type %s" % m.group(1))
            hdr = (m.group(2).split("|")[1:] if m.group(2) else []) + ["", "", ""]
            pieces.append(["s", ALIAS[m.group(1)], hdr[0], hdr[1], set(x for x in hdr[2].split(",") if x), m.group(3)])
        else:
            if m.group(4) not in HN_ALIAS:
                raise DraftError("unknown hard-negative category %s" % m.group(4))
            pieces.append(["h", HN_ALIAS[m.group(4)], m.group(5)])
        pos = m.end()
    if pos < len(s):
        pieces.append(["t", s[pos:]])
    for p in pieces:
        if p[0] == "t" and any(c in p[1] for c in MARK_CHARS):
            raise DraftError("stray marker near %r" % p[1][:40])
    return pieces


# --------------------------------------------------------------------------- noise
FW = {str(i): chr(0xFF10 + i) for i in range(10)}
CONF_OUT = {"0": ["O", "o"], "1": ["l", "I"], "5": ["S"], "8": ["B"]}


def noise_value(rng, t, v, op):
    """apply one noise op; returns (new_value, tag) or None if not applicable."""
    if op == "confusable":
        if t == "IP_ADDRESS" and ":" in v:
            return None
        start = 2 if t == "KR_PASSPORT" else 0
        pos = [i for i, c in enumerate(v) if c in CONF_OUT and i >= start]
        if t in ("DATE_OF_BIRTH",):
            pos = [i for i in pos if i < len(v) - 1]
        if not pos:
            return None
        chars = list(v)
        for i in rng.sample(pos, min(len(pos), rng.choice([1, 1, 2]))):
            chars[i] = rng.choice(CONF_OUT[chars[i]])
        return "".join(chars), "confusable_letters"
    if op == "fullwidth":
        if not re.search(r"\d", v):
            return None
        return "".join(FW.get(c, c) for c in v), "fullwidth_digits"
    if op == "uhyphen":
        if "-" not in v:
            return None
        h = rng.choice(["‐", "－", "–", "―"])
        return v.replace("-", h), "unicode_hyphen"
    if op in ("space", "newline", "newline_hy"):
        pos = [i for i in range(1, len(v)) if v[i - 1].isdigit() and v[i].isdigit()]
        hy = [i + 1 for i, c in enumerate(v) if c == "-" and 0 < i < len(v) - 1]
        if op == "newline_hy":
            if not hy:
                return None
            i = rng.choice(hy)
            return v[:i] + "\n" + v[i:], "newline_in_number"
        if op == "newline" and hy and rng.random() < 0.6:
            i = rng.choice(hy)
            return v[:i] + "\n" + v[i:], "newline_in_number"
        if not pos:
            return None
        i = rng.choice(pos)
        return v[:i] + (" " if op == "space" else "\n") + v[i:], ("space_in_number" if op == "space" else "newline_in_number")
    if op == "spaced_name":
        if re.fullmatch(r"[가-힣]{2,5}", v):
            return " ".join(v), "spaced_name"
        return None
    if op == "wrap":
        sp = [i for i, c in enumerate(v) if c == " " and 0 < i < len(v) - 1]
        if not sp:
            return None
        i = rng.choice(sp)
        return v[:i] + "\n" + v[i + 1:], "wrapped"
    if op == "fw_at":
        return v.replace("@", "＠"), "fullwidth_at"
    if op == "space_email":
        return v.replace("@", rng.choice([" @", "@ ", " @ "])), "space_in_email"
    raise ValueError(op)


def ops_for(t, v):
    if t == "PERSON":
        return ["spaced_name"] if re.fullmatch(r"[가-힣]{2,5}", v) else ["wrap"]
    if t == "KR_ADDRESS":
        return ["wrap", "wrap", "fullwidth"]
    if t == "EMAIL_ADDRESS":
        return ["fw_at", "space_email"]
    if t == "IP_ADDRESS":
        return ["confusable", "fullwidth", "space"]
    return ["confusable", "confusable", "fullwidth", "uhyphen", "space", "newline"]


LIGHT_OPS = ["newline_hy", "newline_hy", "fullwidth", "uhyphen", "space"]
LIGHT_TYPES = {"KR_RRN", "KR_FRN", "CREDIT_CARD", "KR_BANK_ACCOUNT", "PHONE_NUMBER", "KR_BRN", "KR_CRN",
               "KR_DRIVER_LICENSE"}


def apply_noise(pieces, rng, ocr, light):
    out = [list(p) for p in pieces]
    for p in out:
        if p[0] != "s":
            continue
        t, v = p[1], p[5]
        if ocr and rng.random() < 0.6:
            ops = ops_for(t, v)
        elif not ocr and light and t in LIGHT_TYPES and rng.random() < light:
            ops = LIGHT_OPS
        else:
            continue
        for _ in range(3):
            r = noise_value(rng, t, v, rng.choice(ops))
            if r:
                p[5], tag = r
                p[4] = set(p[4]) | {tag}
                break
    if not ocr:
        return out
    # plain-text OCR noise
    for k, p in enumerate(out):
        if p[0] == "t":
            s = p[1]
            s = re.sub(r"(?<=\d)0(?=\d)", lambda m: "O" if rng.random() < 0.12 else "0", s)
            s = re.sub(r"(?<=[\d.])1(?=\d)", lambda m: "l" if rng.random() < 0.10 else "1", s)
            s = s.replace("ㆍ", "·") if rng.random() < 0.5 else s
            chars = list(s)
            for i, c in enumerate(chars):
                if c in "()" and rng.random() < 0.22:
                    chars[i] = ""
                    if c == "(" and i == len(chars) - 1 and k + 1 < len(out) and out[k + 1][0] == "s":
                        out[k + 1][4] = set(out[k + 1][4]) | {"lost_bracket"}
                    if c == ")" and i == 0 and k > 0 and out[k - 1][0] == "s":
                        out[k - 1][4] = set(out[k - 1][4]) | {"lost_bracket"}
            p[1] = "".join(chars)
        elif p[0] == "h" and rng.random() < 0.15:
            p[2] = re.sub(r"(?<=\d)0(?=\d)", "O", p[2], count=1)
    # letter-spaced title line
    if out and out[0][0] == "t" and rng.random() < 0.5:
        first, nl, rest = out[0][1].partition("\n")
        if 2 <= len(first.strip()) <= 16 and re.fullmatch(r"[가-힣 ]+", first.strip()):
            out[0][1] = " ".join(first.strip().replace(" ", "")) + nl + rest
    # hard wraps
    if rng.random() < 0.55:
        width = rng.randint(26, 44)
        col = 0
        for p in out:
            if p[0] == "t" or p[0] == "h":
                idx = 1 if p[0] == "t" else 2
                chars = list(p[idx])
                for i, c in enumerate(chars):
                    if c == "\n":
                        col = 0
                    elif c == " " and col >= width and p[0] == "t":
                        chars[i] = "\n"
                        col = 0
                    else:
                        col += 1
                p[idx] = "".join(chars)
            else:
                v = p[5]
                if col + len(v) > width + 6 and " " in v.strip() and rng.random() < 0.5:
                    sp = [i for i, c in enumerate(v) if c == " " and col + i >= width - 4 and 0 < i < len(v) - 1]
                    if sp:
                        i = sp[0]
                        p[5] = v[:i] + "\n" + v[i + 1:]
                        p[4] = set(p[4]) | {"wrapped" if p[1] in ("PERSON", "KR_ADDRESS") else "newline_in_number"}
                        col = len(v) - i - 1
                        continue
                col += len(v)
    if rng.random() < 0.5:
        out.append(["t", "\n- %d -" % rng.randint(1, 9)])
    return out


def assemble(pieces):
    buf, spans, hns, pos = [], [], [], 0
    for p in pieces:
        if p[0] == "t":
            buf.append(p[1])
            pos += len(p[1])
        elif p[0] == "s":
            t, sub, fmt, tags, v = p[1], p[2], p[3], p[4], p[5]
            spans.append({"start": pos, "end": pos + len(v), "type": t, "sub": sub, "fmt": fmt,
                          "tags": set(tags), "value": v})
            buf.append(v)
            pos += len(v)
        else:
            hns.append({"start": pos, "end": pos + len(p[2]), "text": p[2], "category": p[1]})
            buf.append(p[2])
            pos += len(p[2])
    return "".join(buf), spans, hns


# --------------------------------------------------------------------------- record validation
LEAK_RES = [("mobile", re.compile(r"01[016789][-. ]?\d{3,4}[-. ]?\d{4}")),
            ("landline", re.compile(r"(?<![\d-])0\d{1,2}-\d{3,4}-\d{4}(?![\d-])")),
            ("email", re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z.]{2,}")),
            ("rrn_shape", re.compile(r"(?<!\d)\d{6}\s?-\s?\d{7}(?!\d)")),
            ("card16", re.compile(r"(?<!\d)\d{4}[- ]\d{4}[- ]\d{4}[- ]\d{4}(?!\d)")),
            ("brn_shape", re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{5}(?![\d-])")),
            ("ipv4", re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])"))]


def validate_record(text, spans, hns, planned_nopii=False, strict_person_ctx=False):
    warnings = []
    prev_end = -1
    covered = [False] * len(text)
    for sp in spans:
        s, e, t = sp["start"], sp["end"], sp["type"]
        if t not in TYPES:
            raise DraftError("type %s" % t)
        if not (0 <= s < e <= len(text)) or text[s:e] != sp["value"]:
            raise DraftError("offset mismatch %r" % sp["value"])
        if text[s:e] != text[s:e].strip():
            raise DraftError("whitespace at span edge %r" % sp["value"])
        if s < prev_end:
            raise DraftError("overlap at %r" % sp["value"])
        prev_end = e
        for i in range(s, e):
            covered[i] = True
        auto_sub, conf = check_value(t, sp["value"])
        sp["auto_sub"] = auto_sub
        sp["tags"] = set(sp["tags"]) | auto_noise(t, sp["value"], conf)
        if t == "PERSON" and re.fullmatch(r"[가-힣]+", sp["value"]):
            after = text[e:e + 1]
            before = text[s - 1:s] if s else ""
            if re.fullmatch(r"[가-힣]", before or "x") and before not in "":
                warnings.append("Hangul before PERSON %r: %r" % (sp["value"], text[max(0, s - 6):e]))
            if re.fullmatch(r"[가-힣]", after or "x") and after not in "은는이가의에을를과와도께님씨만로으처한까보랑하이며요라야입":
                warnings.append("odd char after PERSON %r: %r" % (sp["value"], text[s:e + 4]))
    hcov = [False] * len(text)
    for h in hns:
        if h["category"] not in HN_CATS:
            raise DraftError("hn category %s" % h["category"])
        if text[h["start"]:h["end"]] != h["text"] or h["start"] >= h["end"]:
            raise DraftError("hn offset")
        for i in range(h["start"], h["end"]):
            if covered[i]:
                raise DraftError("hard negative overlaps gold: %r" % h["text"])
            hcov[i] = True
        if h["category"] == "placeholder_person" and (v_person(h["text"]) or "").startswith("person_kr") \
                and h["text"] not in PLACEHOLDER_NAMES and len(h["text"]) == 3:
            raise DraftError("placeholder looks like a real name: %r" % h["text"])
    # every other occurrence of a labelled value must be labelled too
    for sp in spans:
        v = sp["value"]
        if len(v) < 2:
            continue
        for m in re.finditer(re.escape(v), text):
            if not any(covered[m.start():m.end()]) and not any(hcov[m.start():m.end()]):
                raise DraftError("unlabelled repeat of %r" % v)
    # no PII-looking strings outside spans / hard negatives
    for name, rx in LEAK_RES:
        for m in rx.finditer(text):
            if any(covered[m.start():m.end()]) or any(hcov[m.start():m.end()]):
                continue
            if name == "ipv4" and not all(int(g) <= 255 for g in m.groups()):
                continue
            raise DraftError("PII-looking %s outside spans: %r" % (name, m.group(0)))
    if planned_nopii and spans:
        raise DraftError("planned no-PII record has spans")
    if not spans and not hns:
        raise DraftError("no-PII record without hard negatives")
    for sp in spans:
        if sp["type"] == "PERSON" and (sp["value"] in PLACEHOLDER_NAMES or "○" in sp["value"]):
            raise DraftError("placeholder labelled")
    return warnings


def finish_record(rid, template, seed, genre, base_genre, text, spans, hns, ocr, handwritten, planned_nopii):
    warnings = validate_record(text, spans, hns, planned_nopii)
    rec = {"id": rid, "text": text,
           "spans": [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in spans],
           "genre": genre}
    meta = {"id": rid, "template": template, "seed": seed, "genre": genre, "base_genre": base_genre,
            "handwritten": handwritten, "ocr": ocr, "no_pii": not spans,
            "spans": [{"start": s["start"], "end": s["end"], "type": s["type"],
                       "sub_kind": s["sub"] or s["auto_sub"], "noise": sorted(s["tags"]),
                       "format": s["fmt"] or shape(s["type"], s["value"]), "value": s["value"]} for s in spans],
            "hard_negatives": hns}
    return rec, meta, warnings


# --------------------------------------------------------------------------- template helper
class G:
    """per-record helper: every method returns marked-up text for one value."""

    def __init__(self, rng):
        self.r = rng
        self.nopii = False
        self.birth = None

    def c(self, seq):
        return self.r.choice(seq)

    def name(self, kind=None):
        return kr_name(self.r, kind)[0]

    def P(self, name=None, kind=None, spaced=False):
        name = name or self.name(kind)
        if spaced:
            return mark("PERSON", " ".join(name), "", "spaced", ("spaced_name",))
        return mark("PERSON", name)

    def FN(self, f, script=None):
        script = script or self.c(["latin", "hangul", "upper"])
        return mark("PERSON", f[script], "person_foreign_" + ("hangul" if script == "hangul" else "latin"), script)

    def RRN(self, kind=None, fmt=None, date=None, sex=None, y0=1938, y1=2006):
        v, s, f, b = rrn(self.r, kind, fmt, date, sex, y0, y1)
        self.birth = b
        return mark("KR_RRN", v, s, f)

    def FRN(self, kind=None, fmt=None):
        v, s, f, b = frn(self.r, kind, fmt)
        self.birth = b
        return mark("KR_FRN", v, s, f)

    def PP(self, kind=None, nat=None):
        v, s, f = passport(self.r, kind, nat)
        return mark("KR_PASSPORT", v, s, f)

    def DL(self, fmt=None):
        v, s, f = dl(self.r, fmt)
        return mark("KR_DRIVER_LICENSE", v, s, f)

    def CC(self, brand=None, fmt=None, masked=None):
        v, s, f = card(self.r, brand, fmt, masked)
        return mark("CREDIT_CARD", v, s, f)

    def AC(self, bank=None, fmt=None):
        """returns (bank_name, marker)."""
        v, s, f, bn = account(self.r, bank, fmt)
        return bn, mark("KR_BANK_ACCOUNT", v, s, f)

    def PH(self, kind=None, fmt=None):
        v, s, f = phone(self.r, kind, fmt)
        if kind == "fax":
            s = "phone_fax"
        return mark("PHONE_NUMBER", v, s, f)

    def EM(self, name=None, kind=None, co=None):
        v, s, f = email(self.r, name, kind)
        if kind == "official":
            if not hasattr(self, "_odom"):
                self._odom = self.c(["korea.kr", "korea.kr", "korea.kr", "seoul.go.kr", "gg.go.kr"])
            v = v.split("@")[0] + "@" + self._odom
        elif kind == "work" and co:
            v = v.split("@")[0] + "@" + co_domain(co)
        return mark("EMAIL_ADDRESS", v, s, f)

    def OPH(self, kind="landline"):
        """office line of an official: same area code and exchange within one record."""
        if not hasattr(self, "_area"):
            self._area = self.c(AREA)
            self._exch = str(self.r.randint(200, 999) if self.r.random() < 0.3 else self.r.randint(2000, 9899))
        last = rdigits(self.r, 4)
        while last in ("2114", "0114", "1114"):
            last = rdigits(self.r, 4)
        return mark("PHONE_NUMBER", "%s-%s-%s" % (self._area, self._exch, last),
                    "phone_fax" if kind == "fax" else "phone_landline", "dash")

    def AD(self, kind=None, postal=None, paren=None):
        """address with optional postal code before and parenthetical after (both outside)."""
        v, s, f, pc, par = address(self.r, kind)
        out = ""
        if postal if postal is not None else self.r.random() < 0.25:
            out += "(%s) " % pc
        out += mark("KR_ADDRESS", v, s, f)
        if par and (paren if paren is not None else True):
            out += " " + par
        return out

    def DOB(self, fmt=None, y0=1938, y1=2006, date=None):
        v, s, f, b = dob(self.r, fmt, y0, y1, date)
        self.birth = b
        return mark("DATE_OF_BIRTH", v, s, f)

    def HI(self, masked=None):
        v, s, f = health_ins(self.r, masked)
        return mark("KR_HEALTH_INSURANCE", v, s, f)

    def BRN(self, kind=None, fmt=None):
        v, s, f = brn(self.r, kind, fmt)
        return mark("KR_BRN", v, s, f)

    def CRN(self, kind=None, fmt=None):
        v, s, f = crn(self.r, kind, fmt)
        return mark("KR_CRN", v, s, f)

    def VP(self, kind=None):
        v, s, f = plate(self.r, kind)
        return mark("KR_VEHICLE_PLATE", v, s, f)

    def IP(self, kind=None):
        v, s, f = ip(self.r, kind)
        return mark("IP_ADDRESS", v, s, f)

    # hard negatives
    def SW(self):
        v = switchboard(self.r)
        return hn("short_code" if len(v) <= 4 else "institution_switchboard", v)

    def DN(self, dept=None):
        return hn("document_number", docnum(self.r, dept))

    def CN(self):
        return hn("case_number", casenum(self.r))

    def ST(self, s=None):
        return hn("statute_citation", s or self.c(STATUTES))

    def AM(self):
        return hn("amount", amount(self.r))

    def DT(self):
        return hn("date", nonbirth_date(self.r))

    def CO(self, c=None):
        return hn("company_name", c or self.c(COMPANIES))

    def PL(self, p=None):
        return hn("placeholder_person", p or self.c(PLACEHOLDERS))

    def OT(self, o=None):
        return hn("official_title", o or self.c(OFFICIALS))

    def IA(self, gv=None):
        if gv and gv[0] in GOV_SIDO:
            road = {"시": "시청로", "구": "구청로", "군": "군청길"}[gv[2]]
            return hn("institution_address", "%s %s %s %d" % (GOV_SIDO[gv[0]], gv[0], road, self.r.randint(1, 250)))
        return hn("institution_address", inst_address(self.r))

    def PC(self):
        return hn("postal_code", "%05d" % self.r.randint(1000, 63644))

    def PR(self, kind=None):
        r = self.r
        kind = kind or r.choice(["receipt", "mgmt", "bid", "bldg", "reg"])
        v = {"receipt": "%d%s-%02d%02d-%07d" % (r.randint(1, 9), r.choice(["AA", "AB", "BA", "CC"]), r.randint(24, 26), r.randint(1, 12), r.randint(0, 9999999)),
             "mgmt": "%03d-%d-%04d" % (r.randint(11, 999), r.randint(2021, 2026), r.randint(1, 9999)),
             "bid": "R%d%s%05d-00" % (r.randint(24, 26), r.choice(["BK", "TA"]), r.randint(0, 99999)) if r.random() < 0.5 else "%d%07d-00" % (r.randint(2024, 2026), r.randint(0, 9999999)),
             "bldg": "%d-%d-%04d" % (r.randint(1100, 5099), r.randint(1, 3), r.randint(1, 9999)),
             "reg": "%d-%d-%06d" % (r.randint(1101, 2201), r.randint(2023, 2026), r.randint(1, 999999))}[kind]
        return hn("public_record_id", v)

    def IE(self):
        return hn("institution_email", self.c(["minwon", "webmaster", "privacy", "help", "info", "contact"]) + "@" +
                  self.c(["korea.kr", "seoul.go.kr", "gg.go.kr", "moe.go.kr", "nhis.or.kr", "hikorea.go.kr"]))


# =========================================================================== templates (part A)
TEMPLATES = []


def template(tid, genre, n, p_ocr=0.16, p_nopii=0.0, light=0.05):
    def deco(f):
        TEMPLATES.append((tid, genre, n, f, p_ocr, p_nopii, light))
        return f
    return deco


LOCAL_GOV = [("한누리시", "한누리시장", "시"), ("새빛구", "새빛구청장", "구"), ("솔내군", "솔내군수", "군"),
             ("가온시", "가온시장", "시"), ("다솜구", "다솜구청장", "구"), ("미리내군", "미리내군수", "군"),
             ("온빛시", "온빛시장", "시"), ("청람구", "청람구청장", "구")]
GOV_SIDO = {"한누리시": "경기도", "새빛구": "서울특별시", "솔내군": "충청남도", "가온시": "경상북도",
            "다솜구": "부산광역시", "미리내군": "전라남도", "온빛시": "충청북도", "청람구": "인천광역시"}
RANKS = ["주무관", "주무관", "주무관", "실무관", "사무관", "팀장", "서기관"]


def span_dates(g):
    a = rand_date(g.r, 2025, 2026)
    b = rand_date(g.r, a[0], 2027)
    while b <= a:
        b = rand_date(g.r, a[0], 2027)
    f = g.c(["%d. %d. %d.", "%d년 %d월 %d일"])
    return hn("date", f % a), hn("date", f % b)


def josa(word, a="은", b="는"):
    c = ord(word[-1]) - 0xAC00
    return a if 0 <= c < 11172 and c % 28 else b


def co_domain(co):
    base = re.sub(r"\(주\)|\(유\)|주식회사|사단법인|재단법인|\s", "", co)
    return re.sub(r"[^a-z]", "", romanize(base).lower())[:14] + ".co.kr"


def ddate(g, fmt=None):
    y, m, d = rand_date(g.r, 2025, 2026, last=(2026, 12, 5))
    fmt = fmt or g.c(["dot", "dot", "korean"])
    return "%d. %d. %d." % (y, m, d) if fmt == "dot" else "%d년 %d월 %d일" % (y, m, d)


def gov(g):
    return g.c(LOCAL_GOV)


def homepage(g, gv):
    return "www.%s.go.kr" % romanize(gv[0][:-1]).replace("-", "")


def sep(g):
    return g.c([": ", " : ", "：", "  ", ": "])


@template("t01", "공문", 14)
def t_gongmun_modern(g):
    gv = gov(g)
    dept = g.c(DEPT)
    drafter, rev, boss = g.name(), g.name(), g.name()
    topic = g.c(["주소 불명 과태료 부과 대상자 소재 확인 요청", "민원 이송 통보", "개인정보 제공 요청에 대한 회신",
                 "체납자 거소 확인 협조 요청", "긴급복지 지원 대상자 통보"])
    citizen = g.name()
    body = g.c([
        "2. 위 호와 관련하여 아래 대상자의 실거주지 확인을 요청하오니 협조하여 주시기 바랍니다.\n"
        "  가. 대상자: %s(%s생)\n  나. 주민등록상 주소: %s\n  다. 연락처: %s" % (
            g.P(citizen), g.DOB(g.c(["dot_space", "dot_pad", "korean"])), g.AD(postal=False), g.PH("mobile")),
        "2. 귀 기관에서 이송한 민원(신청인: %s, 연락처 %s)은 우리 %s 소관이 아니어서 %s 규정에 따라 이송합니다." % (
            g.P(citizen), g.PH(), gv[2], g.ST("「민원 처리에 관한 법률」 제16조")),
        "2. %s에 따라 요청하신 %s의 인적사항을 아래와 같이 회신합니다.\n"
        "  ○ 성명: %s  ○ 주민등록번호: %s\n  ○ 주소: %s" % (
            g.ST(), g.P(citizen), g.P(citizen), g.RRN(g.c(["masked", "valid"])), g.AD()),
    ])
    fax_line = "팩스번호 %s" % g.OPH("fax") if g.r.random() < 0.8 else "전송 %s" % g.OPH("fax")
    l = [gv[0], "", "수신  %s(%s)" % (g.c(["수신자 참조", "○○경찰서장", "○○구청장", "국민건강보험공단 ○○지사장"]), g.c(["민원실장", "총무과장", "징수팀장"])),
         "(경유)", "제목  %s" % topic, "", "1. 관련: %s(%s)" % (g.DN(), g.DT()), body,
         "붙임  %s 1부.  끝." % g.c(["대상자 명단", "민원 신청서 사본", "관련 공문 사본"]), "", "",
         "%s" % g.OT(gv[1]), "",
         "%s %s   %s %s   %s %s %s" % (g.c(["주무관", "기안자 주무관"]), g.P(drafter), g.c(["팀장", "검토자 팀장"]), g.P(rev),
                                    g.c(["과장", "결재권자 과장"]), g.P(boss, spaced=g.r.random() < 0.4), "전결 " + ddate(g)),
         "협조자", "시행  %s (%s)      접수" % (g.DN(dept), ddate(g)),
         "우 %s  %s  / %s" % (g.PC(), g.IA(gv), homepage(g, gv)),
         "전화번호 %s  %s  / %s  / %s" % (g.OPH(), fax_line, g.EM(drafter, "official"), g.c(["부분공개(6)", "비공개(6)", "대국민 공개"]))]
    if g.r.random() < 0.4:
        l.append("민원 안내: %s (평일 09:00~18:00)" % g.SW())
    return "\n".join(l)


@template("t02", "공문", 12)
def t_gongmun_1990s(g):
    gv = gov(g)
    y = g.r.randint(1991, 1999)
    mo = g.r.randint(1, 10)
    off = g.name()
    cit = g.name()
    l = ["%s" % gv[0], "", "%s %s-%d" % (g.c(["문서번호", "번호", ""]), g.c(["총무", "민원", "사회", "지적"]), g.r.randint(100, 9999)),
         "%d. %d. %d." % (y, mo, g.r.randint(1, 28)),
         "수    신   %s" % g.c(["수신처 참조", "각 읍·면·동장", "○○군수", "○○경찰서장"]),
         "제    목   %s" % g.c(["주민등록 직권말소 대상자 통보", "국외이주자 신고 처리", "인감 신고 사항 확인 의뢰", "행려사망자 신원 확인 의뢰"]),
         "",
         "  1. %s에 의거 아래와 같이 %s하오니 조치하여 주시기 바랍니다." % (g.ST(g.c(["주민등록법 제17조의2", "주민등록법 시행령 제29조", "인감증명법 제3조"])), g.c(["통보", "의뢰"])),
         "  2. 대 상 자",
         "     가. 성    명 : %s" % g.P(cit, spaced=g.r.random() < 0.3),
         "     나. 주민등록번호 : %s" % g.RRN("valid"),
         "     다. 주    소 : %s" % g.AD(g.c(["jibun", "jibun_apt", "rural"]), postal=False),
         "     라. 본    적 : %s" % g.AD(g.c(["jibun", "rural"]), postal=False),
         "  3. 처리결과는 %d. %d. %d.까지 회보하여 주시기 바랍니다.  끝." % (y, mo + 2, g.r.randint(1, 28)),
         "", "", "%s" % g.OT(gv[1]),
         "", "담당 %s  계장 %s  과장 %s" % (g.P(off), g.P(), g.c(["(전결)", ""])),
         "(담당자 %s %s %s)" % (g.P(off), g.c(["전화", "☎", "TEL"]), g.OPH())]
    return "\n".join(l)


@template("t03", "공문", 12)
def t_gongmun_list(g):
    gv = gov(g)
    what = g.c(["방문 확인", "현장 점검", "보험 가입"])
    drafter = g.name()
    n = g.r.randint(3, 6)
    hdr = g.r.random() < 0.6
    rows = []
    for k in range(1, n + 1):
        rows.append(" %d | %s | %s | %s | %s" % (k, g.P(), g.DOB(g.c(["dot_pad", "iso", "dot_nodot", "six"])), g.c(["○○동", "△△면", "□□읍"]), g.PH("mobile")))
    l = [gv[0], "수신  %s" % g.c(["○○보건소장", "○○경찰서장(생활안전과장)", "○○교육지원청 교육장"]),
         "제목  %s" % {"방문 확인": "독거노인 안부 확인 대상자 명단 송부", "현장 점검": "폭염 취약계층 현장점검 협조 요청",
                     "보험 가입": "자원봉사자 상해보험 가입 명단 제출"}[what],
         "", "1. %s와 관련입니다." % g.DN(),
         "2. 아래 대상자에 대한 %s을 요청하오니 협조 바랍니다." % what,
         "  ※ 개인정보가 포함되어 있으므로 업무 목적 외 사용을 금합니다(%s)." % g.ST("「개인정보 보호법」 제18조"), ""]
    if hdr:
        l.append(" 연번 | 성명 | 생년월일 | 거주지 | 연락처")
    l += rows
    l += ["", "붙임  명단 1부.  끝.", "", g.OT(gv[1]), "",
          "주무관 %s  팀장 %s  %s %s" % (g.P(drafter), g.P(), g.c(["과장", "국장"]), g.P()),
          "시행 %s (%s)" % (g.DN(), ddate(g)),
          "전화 %s / 전송 %s / %s" % (g.OPH(), g.OPH("fax"), g.EM(drafter, "official"))]
    return "\n".join(l)


@template("t04", "공문", 11)
def t_gongmun_foreigner(g):
    drafter = g.name()
    f = foreign_name(g.r)
    l = ["법무부 ○○출입국·외국인사무소", "수신  %s" % g.c(["○○시장(외국인주민팀장)", "○○경찰서장(외사계장)", "○○고용센터소장"]),
         "제목  %s" % g.c(["체류기간 만료자 출국 안내 협조", "외국인 근로자 사업장 변경 통보", "불법체류 의심자 소재 확인 요청"]), "",
         "1. %s 관련입니다." % g.ST(g.c(["「출입국관리법」 제31조", "「출입국관리법」 제36조 제1항", "「출입국관리법」 제89조"])),
         "2. 아래 외국인에 대하여 %s하여 주시기 바랍니다." % g.c(["출석을 안내", "소재를 확인", "변경 사실을 확인"]),
         "  ○ 성명: %s (%s)" % (g.FN(f, "upper"), g.FN(f, "hangul")),
         "  ○ 국적: %s   ○ 외국인등록번호: %s" % (NATION_KO[f["nat"]], g.FRN()),
         "  ○ 여권번호: %s   ○ 체류자격: %s" % (g.PP("foreign", f["nat"]), g.c(["E-9", "H-2", "F-4", "D-2", "E-7"])),
         "  ○ 체류지: %s" % g.AD(),
         "  ○ 연락처: %s" % g.PH("mobile"), "", "끝.", "", g.OT("○○출입국·외국인사무소장"), "",
         "%s %s  %s %s" % (g.c(["출입국관리주사보", "주무관"]), g.P(drafter), g.c(["팀장", "과장"]), g.P()),
         "시행 %s-%d (%s)" % (g.c(["체류관리과", "조사과"]), g.r.randint(100, 9999), ddate(g)),
         "전화 %s  팩스 %s  외국인종합안내센터 %s" % (g.OPH(), g.OPH("fax"), hn("short_code", "1345"))]
    return "\n".join(l)


@template("t05", "민원회신", 14, p_nopii=0.0)
def t_minwon_result(g):
    gv = gov(g)
    cit = g.name()
    off = g.name()
    topic, tdept, law, act = g.c([("도로 파손 보수 요청", "건설과", "「도로법」 제31조", "보수"),
                                  ("생활폐기물 무단투기 신고", "환경위생과", "「폐기물관리법」 제8조", "수거"),
                                  ("가로등 고장 신고", "건설과", "「도로법」 제31조", "수리"),
                                  ("공사장 소음 민원", "환경위생과", "「소음·진동관리법」 제23조", "소음 측정 및 행정지도"),
                                  ("보행로 불법적치물 신고", "건설과", "「도로법」 제74조", "계고 및 제거")])
    l = ["%s 민원 처리 결과 통지" % gv[0], "",
         "접수번호%s%s" % (sep(g), g.PR("receipt")), "민원인%s%s 귀하" % (sep(g), g.P(cit)),
         "주소%s%s" % (sep(g), g.AD()), "연락처%s%s" % (sep(g), g.PH(g.c(["mobile", "mobile", "landline", "masked"]))),
         "민원 요지%s%s" % (sep(g), topic), "",
         "%s 님께서 신청하신 민원에 대하여 다음과 같이 알려드립니다." % g.P(cit),
         "가. 귀하께서 %s 현장을 %s 확인한 결과, %s 조치를 완료하였습니다." % (g.c(["신고하신", "제기하신"]), g.DT(), act),
         "나. 처리 근거: %s" % g.ST(law),
         "다. 추가 문의사항은 %s %s(%s)에게 연락 주시면 성실히 답변드리겠습니다." % (tdept, g.c(["주무관", "담당자"]) + " " + g.P(off), g.PH("landline")),
         "", "%s" % ddate(g), g.OT(gv[1])]
    if g.r.random() < 0.5:
        l.insert(-2, "※ 이 통지에 이의가 있는 경우 %s에 따라 이의신청을 할 수 있습니다." % g.ST("「민원 처리에 관한 법률」 제35조"))
    return "\n".join(l)


@template("t06", "민원회신", 12)
def t_minwon_sinmungo(g):
    cit = g.name()
    off = g.name()
    vp = g.VP()
    l = ["[국민신문고 답변] %s" % g.c(["불법 주정차 단속 요청", "장애인 전용주차구역 위반 신고", "소방차 전용구역 주차 신고"]),
         "신청번호 %s" % g.PR("receipt"),
         "", "%s님 안녕하십니까. %s입니다." % (g.P(cit), g.OT(g.c(["교통행정과장", "주차관리팀장"]))),
         "귀하께서 %s에 신고하신 차량(%s)에 대하여 현장 확인 결과 %s" % (g.DT(), vp,
              g.c(["과태료 부과 대상으로 확인되어 사전통지하였습니다.", "위반 사실이 확인되지 않아 처분하지 않았습니다."])),
         "과태료 부과 기준: %s, 금액 %s" % (g.ST(g.c(["「도로교통법」 제32조", "「주차장법」 제10조의2"])), hn("amount", g.c(["40,000원", "80,000원", "100,000원", "120,000원"]))),
         "답변 내용에 대한 문의는 담당자 %s(%s, %s)에게 하시면 됩니다." % (g.P(off), g.PH("landline"), g.EM(off, "official")),
         "신고인 연락처 %s 로 처리결과 문자를 발송하였습니다." % g.PH("mobile"),
         "", "%s 교통행정과" % gov(g)[0]]
    return "\n".join(l)


@template("t07", "신청서", 13)
def t_form_passport(g):
    nm = g.name()
    s, gn = roman_name(nm)
    grid = g.r.random() < 0.5
    rom = mark("PERSON", s + " " + gn, "person_roman_kr", "upper")
    rows = [("성명(한글)", g.P(nm)), ("로마자 성명", rom), ("주민등록번호", g.RRN(g.c(["valid", "valid", "post2020", "masked"]), y1=2019)),
            ("생년월일", g.DOB(g.c(["passport", "dot_space", "eight"]), date=g.birth)),
            ("기존 여권번호", g.PP(g.c(["kr_old", "kr_new", "kr_new"]))), ("휴대전화", g.PH("mobile")),
            ("이메일", g.EM(nm)), ("주소", g.AD(postal=True)),
            ("긴급연락처(성명/관계/전화)", "%s / %s / %s" % (g.P(), g.c(["부", "모"] if g.birth[0] >= 2007 else ["배우자", "부", "모", "자녀"]), g.PH("mobile")))]
    if grid:
        body = "\n".join("┃%s┃ %s" % (k, v) for k, v in rows)
    else:
        body = "\n".join("%s%s%s" % (k, sep(g), v) for k, v in rows)
    l = ["■ 여권법 시행규칙 [별지 제1호서식]", "여권 발급 신청서", "※ 뒤쪽의 작성방법을 읽고 작성하시기 바랍니다.", body,
         "여권 종류: %s" % g.c(["복수여권(10년)", "복수여권(5년)", "단수여권(1년)"]),
         "위와 같이 여권 발급을 신청합니다.", ddate(g), "신청인 %s (서명 또는 인)" % g.P(nm, spaced=g.r.random() < 0.3),
         "%s 귀하" % g.OT(g.c(["외교부장관", "○○구청장", "○○시장"])),
         "(작성 예시: 성명 %s, 주민등록번호 %s)" % (g.PL("홍길동"), hn("placeholder_person", "000000-0000000"))]
    return "\n".join(l)


@template("t08", "신청서", 12)
def t_form_license(g):
    nm = g.name()
    kind = g.c(["운전면허증 재발급", "국제운전면허증 발급", "운전면허 갱신(적성검사)"])
    l = ["■ 도로교통법 시행규칙 [별지 제%d호서식]" % g.c([51, 83, 64]), "%s 신청서" % kind,
         "┌ 신청인 ─────────────", "│ 성명 %s   주민등록번호 %s" % (g.P(nm), g.RRN("valid")),
         "│ 주소 %s" % g.AD(), "│ 전화번호 %s  (자택 %s)" % (g.PH("mobile"), g.PH("landline")),
         "├ 면허 정보 ───────────", "│ 면허번호 %s   종별 %s" % (g.DL(), g.c(["1종 보통", "2종 보통", "1종 대형", "2종 소형"])),
         "│ 재발급 사유 %s" % g.c(["분실", "훼손", "기재사항 변경", "갱신"]),
         "└──────────────────", "수수료 %s" % hn("amount", g.c(["10,000원", "8,000원", "15,000원", "금8,500원"])), ddate(g),
         "신청인 %s (서명)" % g.P(nm), "%s 귀하" % g.OT(g.c(["○○시·도경찰청장", "○○운전면허시험장장", "도로교통공단 이사장"]))]
    if g.r.random() < 0.35:
        l.insert(5, "│ 생년월일 %s" % g.DOB(g.c(["dot_space", "korean"]), date=g.birth))
    return "\n".join(l)


@template("t09", "신청서", 13)
def t_form_refund(g):
    nm = g.name()
    bank, acct = g.AC()
    biz = g.r.random() < 0.35
    l = ["%s 신청서" % g.c(["지방세 과오납금 환급", "보조금 교부", "수수료 반환", "카드결제 취소·환불"]),
         "", "1. 신청인", "  성명(대표자): %s" % g.P(nm), "  %s: %s" % ("사업자등록번호" if biz else "생년월일",
                                                            g.BRN("individual") if biz else g.DOB()),
         "  주소(소재지): %s" % g.AD(), "  연락처: %s / %s" % (g.PH(), g.EM(nm)),
         "2. 환급(입금) 계좌", "  은행명: %s   계좌번호: %s   예금주: %s" % (bank, acct, g.P(nm)),
         "3. 신청 금액: %s" % g.AM()]
    if g.r.random() < 0.85:
        l.append("4. 결제 카드번호: %s (결제일 %s)" % (g.CC(), g.DT()))
    l += ["", "위와 같이 신청합니다.", ddate(g), "신청인 %s (인)" % g.P(nm), "%s 귀하" % g.OT()]
    return "\n".join(l)


@template("t10", "동의서", 14, p_nopii=0.2)
def t_consent(g):
    if g.nopii:
        l = ["개인정보 수집·이용 동의서(서식)", "",
             "%s은(는) %s에 따라 아래와 같이 개인정보를 수집·이용합니다." % (g.OT(g.c(["○○시장", "○○구청장", "○○교육감"])), g.ST("「개인정보 보호법」 제15조 제1항 제1호")),
             "1. 수집 항목: 성명, 생년월일, 연락처, 주소", "2. 보유 기간: 3년",
             "3. 동의를 거부할 권리가 있으며, 거부 시 %s 참여가 제한됩니다." % g.c(["교육", "행사", "지원사업"]),
             "", "□ 동의함  □ 동의하지 않음", "", "작성 예시)", "성명: %s   생년월일: %s   연락처: %s" % (
                 g.PL("홍길동"), hn("placeholder_person", "0000. 00. 00."), hn("placeholder_person", "010-0000-0000")),
             "", "문의: %s %s" % (g.c(DEPT), g.SW())]
        return "\n".join(l)
    nm = g.name()
    l = ["개인정보 수집·이용 동의서", "",
         "■ 사업명: %s" % g.c(["청년 월세 지원", "어르신 무료 건강검진", "드론 교육 수강생 모집", "주민자치회 위원 공개모집"]),
         "1. 수집 항목: 성명, 생년월일, 휴대전화번호, 주소, 이메일",
         "2. 이용 목적: 대상자 선정 및 결과 안내", "3. 보유 기간: %s" % g.c(["사업 종료 후 1년", "3년", "5년"]),
         "", "위와 같이 개인정보 수집·이용에 동의합니다.   ■ 동의함  □ 동의하지 않음", "",
         "성    명: %s" % g.P(nm), "생년월일: %s" % g.DOB(y1=2019), "휴대전화: %s" % g.PH("mobile"),
         "주    소: %s" % g.AD(), "이 메 일: %s" % g.EM(nm), "", ddate(g),
         "동의자 %s (서명)" % g.P(nm, spaced=g.r.random() < 0.35)]
    if g.birth[0] >= 2012:
        l.insert(-1, "법정대리인 %s (연락처 %s) (서명)" % (g.P(), g.PH("mobile")))
    return "\n".join(l)


@template("t11", "신고서", 13)
def t_stay_report(g):
    f = foreign_name(g.r)
    l = ["■ 출입국관리법 시행규칙 [별지 제34호서식]", "체류지 변경신고서 / REPORT FOR CHANGE OF ADDRESS", "",
         "성 Surname / 명 Given names: %s" % g.FN(f, "upper"),
         "한글성명: %s" % g.FN(f, "hangul"),
         "외국인등록번호 Registration No.: %s" % g.FRN(),
         "생년월일 Date of Birth: %s" % g.DOB(g.c(["iso", "passport", "dot_pad"]), date=g.birth),
         "국적 Nationality: %s   여권번호 Passport No.: %s" % (NATION_KO[f["nat"]], g.PP("foreign", f["nat"])),
         "전 체류지 Old address: %s" % g.AD(postal=False),
         "신 체류지 New address: %s" % g.AD(),
         "전화 Tel.: %s   E-mail: %s" % (g.PH("mobile"), g.EM()),
         "전입일 Date of moving in: %s" % g.DT(),
         "", "신청인 서명 Signature: %s" % g.FN(f, "latin"),
         "접수번호 %s   담당자 %s" % (g.PR(), g.P())]
    return "\n".join(l)


@template("t12", "신고서", 12)
def t_biz_report(g):
    rep = g.name()
    corp = g.r.random() < 0.6
    co = g.c(COMPANIES)
    l = ["■ 부가가치세법 시행규칙 [별지 제9호서식]", "사업자등록 정정신고서", "",
         "1. 인적사항", "  상호(법인명): %s" % g.CO(co),
         "  사업자등록번호: %s" % g.BRN("corporate" if corp else "individual")]
    if corp:
        l.append("  법인등록번호: %s" % g.CRN())
    l += ["  대표자: %s   주민등록번호: %s" % (g.P(rep), g.RRN(g.c(["valid", "masked"]))),
          "  사업장 소재지: %s" % g.AD(g.c(["road", "road_short"])),
          "  전화번호: 사업장 %s  휴대전화 %s" % (g.PH(g.c(["landline", "070"])), g.PH("mobile")),
          "  전자우편: %s" % g.EM(rep, "work", co),
          "2. 정정 내용: %s" % g.c(["대표자 변경", "사업장 이전", "업종 추가", "상호 변경"]),
          "", "%s에 따라 위와 같이 신고합니다." % g.ST("「부가가치세법」 제8조"), ddate(g),
          "신고인 %s (서명 또는 인)" % g.P(rep), "%s 귀하" % g.OT("세무서장")]
    return "\n".join(l)


def family(g, head_sex=None):
    """a household: list of (relation, name, birth date, sex); children share the head's surname."""
    hs = head_sex or g.c("MF")
    head = g.name()
    hy = g.r.randint(1955, 1992)
    fam = [("본인", head, rand_date(g.r, hy, hy), hs)]
    sur = split_kr_name(head)[0]
    for rel in g.r.sample(["배우자", "자녀", "자녀", "모"], g.r.randint(1, 3)):
        if rel == "배우자":
            sx = "F" if hs == "M" else "M"
            nm, dt = g.name(), rand_date(g.r, hy - 4, min(hy + 4, 2004))
        elif rel == "자녀":
            sx = g.c("MF")
            cy = g.r.randint(max(hy + 22, 1985), min(hy + 42, 2026))
            nm = sur + g.c(GIVEN2) if sur not in SUR2 else sur + g.c(GIVEN2)
            dt = rand_date(g.r, cy, cy, last=(2026, 11, 30))
        else:
            sx = "F"
            nm, dt = g.name(), rand_date(g.r, max(hy - 38, 1925), hy - 20)
        fam.append((rel, nm, dt, sx))
    return fam


@template("t13", "신고서", 12)
def t_move_in(g):
    fam = family(g)
    head = fam[0][1]
    hrrn = g.RRN(g.c(["valid", "valid", "masked"]), date=fam[0][2], sex=fam[0][3])
    l = ["전입신고서", "",
         "신고인  성명 %s  주민등록번호 %s  전화번호 %s" % (g.P(head), hrrn, g.PH("mobile")),
         "전 주소  %s" % g.AD(postal=False), "현 주소  %s" % g.AD(), "",
         "전입자"]
    hdr = g.r.random() < 0.5
    if hdr:
        l.append("관계\t성명\t주민등록번호")
    l.append("본인\t%s\t%s" % (g.P(head), hrrn))
    for rel, nm, dt, sx in fam[1:]:
        l.append("%s\t%s\t%s" % (rel, g.P(nm), g.RRN(g.c(["valid", "valid", "masked"]), date=dt, sex=sx)))
    l += ["", "%s" % ddate(g), "%s 귀하" % g.OT(g.c(["○○동장", "○○읍장", "○○면장"])),
          "※ 전입신고 확인은 %s 에서 가능합니다." % g.c(["정부24", "주민센터 무인민원발급기"])]
    return "\n".join(l)


@template("t14", "대장", 13, p_ocr=0.1)
def t_parking_ledger(g):
    hdr = g.r.random() < 0.6
    n = g.r.randint(4, 8)
    l = ["%s 불법주정차 단속 대장 (%s)" % (gov(g)[0], ddate(g))]
    if hdr:
        l.append("번호  단속일시          차량번호        위반장소             소유자     연락처")
    for k in range(1, n + 1):
        owner = "%s" % (g.P() if g.r.random() < 0.6 else g.CO())
        cont = g.PH(g.c(["mobile", "mobile", "masked"])) if g.r.random() < 0.7 else "-"
        l.append("%-4d  %s %02d:%02d    %s    %s    %s    %s" % (
            k, ddate(g, "dot"), g.r.randint(7, 22), g.r.randint(0, 59), g.VP(), g.c(["시청 앞 교차로", "○○초교 정문", "버스정류장 10m 이내", "소화전 5m 이내", "횡단보도 위"]), owner, cont))
    l.append("단속원: %s, %s   확인: %s" % (g.P(), g.P(), g.OT("주차관리팀장")))
    return "\n".join(l)


@template("t15", "대장", 12)
def t_subsidy_ledger(g):
    hdr = g.r.random() < 0.65
    sepc = g.c([" | ", "\t", "  "])
    n = g.r.randint(3, 7)
    l = ["%s 지급 대장" % g.c(["출산장려금", "농업인 수당", "청년 구직활동 지원금", "긴급생계비", "장학금"]),
         "(%s 지급분, 담당 %s)" % (ddate(g), g.c(DEPT))]
    if hdr:
        l.append(sepc.join(["연번", "성명", "생년월일", "은행", "계좌번호", "지급액"]))
    unit = g.c([100000, 300000, 500000, 1000000, 2000000])
    tot = 0
    for k in range(1, n + 1):
        bank, acct = g.AC()
        amt = unit * g.r.randint(1, 3)
        tot += amt
        l.append(sepc.join([str(k), g.P(), g.DOB(g.c(["six", "dot_pad", "iso"])), bank, acct, hn("amount", "{:,}원".format(amt))]))
    l.append("합계 %d명  %s" % (n, hn("amount", "{:,}원".format(tot))))
    return "\n".join(l)


@template("t16", "대장", 11)
def t_visitor_ledger(g):
    hdr = g.r.random() < 0.5
    n = g.r.randint(4, 7)
    l = ["%s 방문객 출입 관리 대장" % g.c(["청사", "정보통신실", "기록관 서고", "어린이집"]), ""]
    if hdr:
        l.append("일자 | 성명 | 소속 | 연락처 | 차량번호 | 신분증 확인 | 방문부서")
    for k in range(n):
        idv = g.c(["주민등록증", "운전면허증 " + g.DL(), "운전면허증 " + g.DL(), "여권 " + g.PP(g.c(["kr_old", "kr_new"])), "공무원증"])
        org = g.CO() if g.r.random() < 0.5 else "개인"
        l.append("%s | %s | %s | %s | %s | %s | %s" % (ddate(g, "dot"), g.P(), org, g.PH("mobile"),
                                                    g.VP() if g.r.random() < 0.6 else "도보", idv, g.c(DEPT)))
    l.append("※ 본 대장은 %s에 따라 3개월 보관 후 파기" % g.ST("「개인정보 보호법」 제21조"))
    return "\n".join(l)


# =========================================================================== templates (part B)
POSITIONS = ["주무관", "주무관", "실무관", "팀장", "사무관", "서기관", "과장"]


@template("t17", "표", 13, p_ocr=0.1)
def t_table_staff(g):
    hdr = g.r.random() < 0.6
    sepc = g.c(["|", " | ", "\t"])
    n = g.r.randint(4, 8)
    l = ["%s %s 비상연락망" % (gov(g)[0], g.c(DEPT))]
    if hdr:
        l.append(sepc.join(["직위", "성명", "사무실", "휴대전화", "이메일"]))
    for k in range(n):
        nm = g.name()
        l.append(sepc.join([g.c(POSITIONS), g.P(nm), g.OPH(), g.PH("mobile"), g.EM(nm, "official")]))
    l.append("(대표) %s" % g.SW())
    return "\n".join(l)


@template("t18", "표", 13, p_ocr=0.1)
def t_table_noheader_tabs(g):
    n = g.r.randint(3, 6)
    l = []
    if g.r.random() < 0.5:
        l.append("[붙임] %s" % g.c(["감면 대상자", "체납자 현황", "명예퇴직 신청자", "표창 대상자 공적조서 요약"]))
    for k in range(n):
        cols = [g.P(), g.RRN(), g.AD(g.c(["road", "road_short", "jibun"]), postal=False), g.PH()]
        if g.r.random() < 0.3:
            cols.append("면허 " + g.DL())
        l.append("\t".join(cols))
    return "\n".join(l)


@template("t19", "표", 13, p_ocr=0.1)
def t_table_foreign_workers(g):
    hdr = g.r.random() < 0.6
    n = g.r.randint(3, 6)
    l = ["%s 고용 외국인 근로자 현황" % g.CO()]
    if hdr:
        l.append("순번   성명(영문)                국적        외국인등록번호      여권번호       입국일")
    for k in range(1, n + 1):
        f = foreign_name(g.r)
        l.append("%-5d  %-24s  %-10s  %s    %s    %s" % (k, g.FN(f, g.c(["upper", "latin"])), NATION_KO[f["nat"]], g.FRN(), g.PP("foreign", f["nat"]), g.DT()))
    l.append("작성자: %s (%s)" % (g.P(), g.PH("mobile")))
    return "\n".join(l)


@template("t20", "표", 12, p_ocr=0.1)
def t_table_vendors(g):
    n = g.r.randint(2, 5)
    l = []
    if g.r.random() < 0.4:
        l.append("%s 협력업체 정보 (내부용)" % g.c(DEPT))
    for k in range(n):
        bank, acct = g.AC()
        corp = g.r.random() < 0.65
        cells = [g.CO(), g.BRN("corporate" if corp else "individual"), g.CRN() if corp else "-", g.P(), "%s %s" % (bank, acct), g.PH(g.c(["landline", "070"]))]
        l.append("|".join(cells) if g.r.random() < 0.7 else " | ".join(cells))
    return "\n".join(l)


@template("t21", "계약서", 13)
def t_contract_service(g):
    gv = gov(g)
    co = g.c(COMPANIES)
    rep = g.name()
    mgr = g.name()
    bank, acct = g.AC()
    l = ["%s 용역 계약서" % g.c(["정보시스템 유지관리", "청사 시설관리", "홍보영상 제작", "폐기물 수집운반", "민원 콜센터 운영"]), "",
         "발주기관(이하 \"갑\"): %s (고유번호 %s)" % (gv[0], hn("institution_number", "%d-83-%05d" % (g.r.randint(101, 799), g.r.randint(0, 99999)))),
         "  주소: %s   %s" % (g.IA(gv), g.SW()),
         "계약상대자(이하 \"을\"): %s" % g.CO(co),
         "  대표자: %s" % g.P(rep), "  사업자등록번호: %s" % g.BRN("corporate"), "  법인등록번호: %s" % g.CRN("11"),
         "  소재지: %s" % g.AD(g.c(["road", "road_short"])),
         "  전화: %s  팩스: %s" % (g.PH("landline"), g.PH("fax")),
         "계약금액: %s (부가가치세 포함)" % hn("amount", "금%d,%03d,000원" % (g.r.randint(8, 480), g.r.randint(0, 999))), "계약기간: %s ~ %s" % span_dates(g),
         "대금 지급 계좌: %s %s (예금주: %s)" % (bank, acct, g.CO(co)),
         "", "제1조(목적) 이 계약은 %s과 %s 사이의 용역 수행에 관한 사항을 정한다." % (g.PL("갑"), g.PL("을")),
         "제7조(개인정보 보호) %s은 용역 수행 중 알게 된 개인정보를 %s에 따라 보호하여야 한다." % (g.PL("을"), g.ST("「개인정보 보호법」 제26조")),
         "", ddate(g),
         "갑  %s  %s (직인)" % (gv[0], g.OT(gv[1])),
         "을  %s  대표이사 %s (인)" % (g.CO(co), g.P(rep)),
         "을 측 실무 담당: %s 과장 (%s, %s)" % (g.P(mgr), g.PH("mobile"), g.EM(mgr, "work", co))]
    return "\n".join(l)


@template("t22", "계약서", 12)
def t_contract_individual(g):
    a, b = g.name(), g.name()
    kind = g.c(["lease", "labor"])
    bank, acct = g.AC()
    if kind == "lease":
        l = ["부동산 임대차 계약서 (공공임대 전대용)", "",
             "임대인  성명 %s  주민등록번호 %s  전화 %s" % (g.P(a), g.RRN(), g.PH("mobile")),
             "        주소 %s" % g.AD(),
             "임차인  성명 %s  주민등록번호 %s  전화 %s" % (g.P(b), g.RRN(), g.PH("mobile")),
             "        주소 %s" % g.AD(),
             "임대 목적물: %s" % g.AD(g.c(["road", "jibun_apt"]), postal=False),
             "보증금 %s, 월세 %s" % (hn("amount", "금%d,000,000원" % g.r.randint(5, 80)), hn("amount", "%d0,000원" % g.r.randint(25, 90))),
             "월세 입금 계좌: %s %s (예금주 %s)" % (bank, acct, g.P(a)),
             "중개사무소: %s  대표 %s  등록번호 %s" % (g.CO(g.c(["한빛공인중개사사무소", "새솔부동산중개(주)", "푸른숲공인중개사사무소"])), g.P(), hn("public_record_id", "%d-%d-%05d" % (g.r.randint(11000, 48999), g.r.randint(2015, 2026), g.r.randint(1, 99999)))),
             "", ddate(g)]
    else:
        f = foreign_name(g.r) if g.r.random() < 0.4 else None
        if f:
            who = "%s (%s)  외국인등록번호 %s" % (g.FN(f, "upper"), NATION_KO[f["nat"]], g.FRN())
        else:
            who = "%s  생년월일 %s" % (g.P(b), g.DOB())
        l = ["표준근로계약서", "",
             "사업주  %s  대표 %s  (사업자등록번호 %s)" % (g.CO(), g.P(a), g.BRN()),
             "근로자  %s" % who, "        주소 %s" % g.AD(), "        연락처 %s" % g.PH("mobile"),
             "1. 근로계약기간: %s부터 %s까지" % span_dates(g),
             "2. 임금: 월 %s, 매월 %d일 지급" % (g.AM(), g.r.randint(1, 28)),
             "3. 임금 지급 방법: 근로자 명의 예금통장에 입금 (%s %s)" % (bank, acct),
             "4. %s에 따라 근로조건을 명시함" % g.ST("「근로기준법」 제17조"), "", ddate(g)]
    return "\n".join(l)


@template("t23", "인사명령", 13)
def t_personnel(g):
    gv = gov(g)
    kind = g.c(["승진", "전보", "신규임용", "국외출장", "휴직", "직무대리"])
    n = g.r.randint(2, 6)
    l = ["%s 인사발령" % gv[0], "%s 제%d-%d호" % (g.c(["인사명령", "발령"]), g.r.randint(2025, 2026), g.r.randint(1, 300)), ""]
    with_dob = g.r.random() < 0.4
    for k in range(n):
        who = g.P(kind=g.c([None, None, None, "2sur", "1given"]))
        if kind in ("승진", "전보"):
            l.append("%s %s  %s %s에 보함" % (g.c(DEPT), g.c(["행정6급", "행정7급", "지방행정주사", "지방사회복지주사보"]), who, g.c(DEPT)))
        elif kind == "신규임용":
            l.append("%s %s%s  %s 시보임용" % (g.c(["지방행정서기보", "지방사회복지서기보", "지방시설서기보"]), who,
                                           " (%s생)" % g.DOB(g.c(["dot_space", "dot_pad"])) if with_dob else "", g.c(DEPT)))
        elif kind == "국외출장":
            l.append("%s %s %s  %s 출장 (%s~)" % (g.c(DEPT), g.c(["팀장", "주무관"]), who, g.c(["베트남", "일본", "독일", "캐나다"]), g.DT()))
        elif kind == "휴직":
            l.append("%s %s  %s 휴직을 명함 (%s부터)" % (g.c(DEPT), who, g.c(["육아", "질병", "가사"]), g.DT()))
        else:
            dp = g.c(DEPT)
            l.append("%s 직무대리를 명함  %s %s" % (dp if dp.endswith("관") else dp + "장", g.c(["행정6급", "지방행정주사"]), who))
    l += ["", ddate(g), g.OT(gv[1])]
    if g.r.random() < 0.4:
        l.append("문의: 총무과 인사팀 %s %s" % (g.P(), g.PH("landline")))
    return "\n".join(l)


@template("t24", "회의록", 13, p_nopii=0.1)
def t_minutes(g):
    if g.nopii:
        l = ["%s 회의록(요약 공개본)" % g.c(["지방보조금심의위원회", "공적심사위원회", "도시계획위원회"]),
             "일시: %s 14:00" % g.DT(), "참석: %s 및 위원 %d명, 간사 %s" % (g.OT("위원장"), g.r.randint(5, 11), g.OT("담당 팀장")),
             "", "%s: 안건 제1호를 상정합니다." % g.OT("위원장"),
             "%s: 보조금 %s 중 일부 감액 의견입니다." % (g.PL("A위원"), g.AM()),
             "%s: 원안 동의합니다." % g.PL("B위원"), "%s: 원안 가결하겠습니다." % g.OT("위원장"),
             "※ 위원 실명은 %s에 따라 비공개" % g.ST("「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호")]
        return "\n".join(l)
    chair = g.name()
    mem = [g.name(g.c([None, None, "2sur"])) for _ in range(g.r.randint(3, 5))]
    sec = g.name()
    l = ["%s 회의록" % g.c(["제3차 정보공개심의회", "개인정보 보호 실무협의회", "지역사회보장협의체 실무분과", "학교운영위원회 정기회"]),
         "일시: %s %d:00   장소: %s" % (g.DT(), g.r.randint(9, 17), g.c(["본관 3층 소회의실", "영상회의실", "별관 대회의실"])),
         "참석자: 위원장 %s, 위원 %s, 간사 %s" % (g.P(chair), ", ".join(g.P(m) for m in mem), g.P(sec)),
         "불참: %s 위원(서면의견 제출)" % g.P(), "",
         "%s 위원장: 성원이 되었으므로 회의를 개의하겠습니다." % g.P(chair),
         ("%s 간사: 안건은 %s 건입니다. %s" % (g.P(sec), g.c(["비공개 결정 이의신청", "CCTV 열람 청구", "보조금 정산"]), "관련 사건 " + g.CN() if g.r.random() < 0.3 else "")).rstrip(),
         "%s 위원: 청구인 주소가 %s로 되어 있는데 송달이 되었습니까?" % (g.P(mem[0]), g.AD(postal=False, paren=False)),
         "%s 간사: 네, 등기로 송달했고 청구인 %s 님과 통화(%s)도 했습니다." % (g.P(sec), g.P(), g.PH("mobile")),
         "%s 위원: %s 제9조 제1항 제6호 해당 여부를 검토해야 합니다." % (g.P(mem[-1]), g.ST("「공공기관의 정보공개에 관한 법률」")),
         "%s 위원장: 그럼 부분공개로 의결하겠습니다." % g.P(chair), "",
         "위원장 %s (서명)   간사 %s (서명)" % (g.P(chair, spaced=g.r.random() < 0.5), g.P(sec))]
    return "\n".join(l)


@template("t25", "보도자료", 13, p_nopii=0.15)
def t_press(g):
    gv = gov(g)
    if g.nopii:
        l = ["보 도 자 료", "%s 보도시점: %s 12:00" % (gv[0], g.DT()),
             "%s, %s 추진" % (gv[0], g.c(["어르신 일자리 3천 개 확대", "공공 와이파이 전면 개방", "생활폐기물 감량 캠페인"])),
             "- %s \"시민 체감형 정책 지속 추진\"" % g.OT(gv[1]),
             "%s%s %s까지 총사업비 %s을 투입한다고 밝혔다." % (gv[0], josa(gv[0]), g.DT(), g.AM()),
             "자세한 사항은 %s(%s)로 문의하면 된다." % (gv[0] + " 민원콜센터", g.SW()),
             "담당 부서: %s  책임자: %s  담당자: %s" % (g.c(DEPT), g.OT("과장"), g.OT("주무관"))]
        return "\n".join(l)
    head = g.name()
    boss, staff = g.name(), g.name()
    quoted = g.name()
    l = ["보도자료", "보도일시: %s 배포 즉시" % ddate(g),
         "%s, %s" % (gv[0], g.c(["청년 창업공간 개소", "주민참여예산 우수사례 선정", "전세사기 피해 지원센터 운영", "스마트 경로당 100곳 확대"])),
         "", "%s(%s %s)는 %s 밝혔다." % (gv[0], gv[1][len(gv[0]):], g.P(head), g.c(["이번 사업이 주민 생활에 도움이 될 것이라고", "올해 하반기까지 사업을 마무리하겠다고"])),
         "%s %s%s \"%s\"고 말했다." % (g.P(head), gv[1][len(gv[0]):], josa(gv[1]), g.c(["현장 목소리를 더 듣겠다", "행정의 문턱을 낮추겠다"])),
         "현장에서 만난 주민 %s(%d) 씨는 \"%s\"고 전했다." % (g.P(quoted), g.r.randint(25, 80), g.c(["이제 멀리 가지 않아도 된다", "신청 절차가 간단해졌다"])),
         "", "담당 부서  %s   책임자  과장 %s (%s)" % (g.c(DEPT), g.P(boss), g.OPH()),
         "           담당자  주무관 %s (%s)" % (g.P(staff), g.OPH())]
    if g.r.random() < 0.5:
        l.append("           이메일  %s" % g.EM(staff, "official"))
    return "\n".join(l)


@template("t26", "뉴스기사", 13)
def t_news(g):
    rep = g.name()
    paper = g.c([("한빛일보", "hanbitilbo.co.kr"), ("새아침신문", "saeachim.com"), ("온누리뉴스", "onnurinews.kr")])
    off = g.name()
    kind = g.c(["accident", "fraud", "award"])
    if kind == "accident":
        body = ["%s 새벽 %s 한 교차로에서 %s 승용차가 보행자를 치는 사고가 났다." % (g.DT(), g.c(["○○시", "○○구"]), g.VP()),
                "경찰에 따르면 운전자 %s(%d)가 신호를 위반한 것으로 조사됐다. %s는 면허 정지 수치였다." % (g.PL("A씨"), g.r.randint(20, 70), g.PL("A씨")),
                "%s %s 교통조사계장은 \"블랙박스를 확보해 분석 중\"이라고 밝혔다." % (g.OT("○○경찰서"), g.P(off))]
    elif kind == "fraud":
        body = ["보조금을 가로챈 혐의로 %s 대표 %s(%d)씨가 구속 기소됐다." % (g.CO(), g.P(), g.r.randint(35, 68)),
                "%s 담당 검사 %s%s \"피해 규모가 %s에 이른다\"고 말했다." % (g.OT("○○지검"), g.P(off), josa(off), g.AM()),
                "범행에 쓰인 차명계좌 명의자 %s 씨 등 2명도 함께 재판에 넘겨졌다." % g.PL(g.c(["B", "C"]))]
    else:
        body = ["%s 주민센터 %s 주무관(%d)이 올해의 %s상을 받았다." % (g.c(["○○동", "△△읍"]), g.P(off), g.r.randint(28, 55), g.c(["적극행정", "친절공무원"])),
                "%s 주무관은 독거노인 %s(%d) 할머니를 구조한 공로를 인정받았다." % (hn("surname_only", split_kr_name(off)[0]), g.P(), g.r.randint(75, 95)),
                "시상식은 %s 시청 대회의실에서 열렸다." % g.DT()]
    l = ["[%s] %s" % (g.c(["사회", "지역", "사건사고"]), g.c(["신호 위반 차량에 보행자 중상", "보조금 수억 원 빼돌린 업체 대표 구속", "'생명 구한' 주무관에 적극행정상"]))] + body + \
        [("%s 기자 %s" % (g.P(rep), mark("EMAIL_ADDRESS", g.c(["", "reporter."]) + re.sub(r"[^a-z]", "", romanize(rep).lower()) + "@" + paper[1], "email_work", "work")) if g.r.random() < 0.6 else "%s 기자" % g.P(rep)), "ⓒ %s 무단전재 및 재배포 금지" % paper[0]]
    return "\n".join(l).rstrip()


@template("t27", "판결문", 13)
def t_judgment(g):
    d = g.name()
    judges = [g.name(), g.name(), g.name()]
    crime = g.c(["dui", "fraud", "assault"])
    oy, om, od = rand_date(g.r, 2024, 2025)
    ocd = "%d. %d. %d." % (oy, om, od)
    sen = "2026. %d. %d." % (g.r.randint(1, 11), g.r.randint(1, 28))
    l = ["%s지방법원" % g.c(["서울중앙", "수원", "대전", "부산", "광주", "인천"]), "판    결", "",
         "사    건   %s %s" % (g.CN(), {"dui": "도로교통법위반(음주운전)", "fraud": "사기", "assault": "상해"}[crime]),
         "피 고 인   %s (%s생), %s" % (g.P(d), g.DOB(g.c(["short", "dot_space", "korean"]), y0=1950, y1=2004), g.c(["회사원", "무직", "자영업", "운전기사"])),
         "           주거 %s" % g.AD(postal=False, paren=False),
         "           등록기준지 %s" % g.AD(g.c(["jibun", "rural"]), postal=False),
         "검    사   %s(기소), %s(공판)" % (g.P(), g.P()),
         "변 호 인   변호사 %s(%s)" % (g.P(), g.c(["국선", "사선"])),
         "판결선고   %s" % hn("date", sen), "", "주    문", "피고인을 %s에 처한다." % g.c(["징역 1년", "벌금 1,500만 원", "징역 8월"]), "",
         "이    유", "범 죄 사 실"]
    if crime == "dui":
        l.append("피고인은 %s 혈중알코올농도 0.%03d%%의 술에 취한 상태로 %s 승용차를 운전하였다. 피고인의 운전면허(%s)는 이미 취소된 상태였다." % (hn("date", ocd), g.r.randint(80, 220), g.VP(), g.DL()))
    elif crime == "fraud":
        bank, acct = g.AC()
        l.append("피고인은 피해자 %s에게 투자금 명목으로 %s을 %s 계좌(%s)로 송금받아 편취하였다." % (g.P(), g.AM(), bank, acct))
    else:
        l.append("피고인은 %s 피해자 %s(%d세)의 얼굴을 주먹으로 때려 상해를 가하였다." % (hn("date", ocd), g.P(), g.r.randint(20, 70)))
    l += ["법령의 적용  %s" % g.ST({"dui": "「도로교통법」 제148조의2 제3항", "fraud": "「형법」 제347조 제1항", "assault": "「형법」 제257조 제1항"}[crime]), "",
          "판사 %s" % g.P(judges[0]) if g.r.random() < 0.5 else "재판장 판사 %s  판사 %s  판사 %s" % tuple(g.P(j) for j in judges)]
    return "\n".join(l)


@template("t28", "결정문", 12)
def t_decision(g):
    c = g.name()
    kind = g.c(["license", "fine", "info"])
    com = g.c(["○○시 행정심판위원회", "중앙행정심판위원회", "○○도 행정심판위원회"])
    om = g.r.randint(1, 8)
    off_d = hn("date", "2025. %d. %d." % (om, g.r.randint(1, 28)))
    dm = g.r.randint(om + 1, om + 3)
    disp = "2025. %d. %d." % (dm, g.r.randint(1, 28))
    if kind == "license":
        resp, what = g.OT(g.c(["○○시·도경찰청장", "서울특별시경찰청장", "경기도남부경찰청장"])), "제1종 보통 운전면허 취소처분"
        fact = "청구인은 %s 혈중알코올농도 0.%03d%%의 상태로 %s 차량을 운전하였고, 피청구인은 청구인의 운전면허(%s)를 취소하였다." % (
            off_d, g.r.randint(80, 150), g.VP(), g.DL())
        law = g.ST("「도로교통법」 제93조 제1항 제1호")
    elif kind == "fine":
        resp, what = g.OT(g.c(["○○구청장", "○○시장", "○○군수"])), "주정차위반 과태료 부과처분"
        fact = "청구인 소유의 %s 차량이 %s 소화전 5m 이내에 주차되어 피청구인은 과태료 %s을 부과하였다." % (g.VP(), off_d, hn("amount", g.c(["40,000원", "80,000원", "120,000원"])))
        law = g.ST("「도로교통법」 제32조")
    else:
        resp, what = g.OT(g.c(["○○시장", "○○교육감", "○○구청장"])), "정보 비공개 결정"
        fact = "청구인(연락처 %s)은 %s 피청구인에게 %s의 공개를 청구하였으나 피청구인은 이를 비공개 결정하였다." % (
            g.PH("mobile"), off_d, g.c(["CCTV 영상", "민원 처리 기록", "업무추진비 집행 내역"]))
        law = g.ST("「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호")
    win = g.r.random() < 0.4
    l = [com, "재    결", "",
         "사건번호  %s" % hn("case_number", "%d-%05d" % (g.r.randint(2025, 2026), g.r.randint(1, 30000))),
         "청 구 인  %s" % g.P(c), "          %s" % g.AD(),
         "피청구인  %s" % resp,
         "주    문  %s" % ("피청구인이 %s 청구인에게 한 %s을 취소한다." % (disp, what) if win else "청구인의 청구를 기각한다."),
         "청구취지  피청구인이 %s 청구인에게 한 %s을 취소한다." % (disp, what),
         "", "이    유", "1. 사건 개요", fact, "2. 관계 법령  %s" % law,
         "3. 판단  %s" % ("처분의 사전통지 절차를 거치지 않은 위법이 있다." if win else "이 사건 처분이 위법·부당하다고 할 수 없다."),
         "", "2026. %d. %d." % (g.r.randint(1, 11), g.r.randint(1, 28)),
         "위원장 %s  위원 %s  위원 %s" % (g.P(), g.P(), g.P())]
    return "\n".join(l)


@template("t29", "감사보고서", 13)
def t_audit(g):
    subj = g.name()
    l = ["%s %s 결과 보고" % (g.c(["○○시", "○○구", "○○교육청"]), g.c(["자체감사", "특정감사", "복무감사"])), "",
         "Ⅰ. 감사 개요", "  감사기간: %s ~ %s   감사반장: %s %s" % (span_dates(g) + (g.c(["감사담당관", "조사팀장"]), g.P())),
         "Ⅱ. 지적 사항", "  1. 업무추진비(법인카드) 부당 사용"]
    n = g.r.randint(2, 5)
    hdr = g.r.random() < 0.5
    if hdr:
        l.append("  사용일자 | 카드번호 | 사용처 | 금액 | 사용자")
    for k in range(n):
        l.append("  %s | %s | %s | %s | %s" % (g.DT(), g.CC(masked=g.r.random() < 0.5), g.CO(), g.AM(), g.P(subj)))
    bank, acct = g.AC()
    l += ["  → 관련자 %s(%s)은 %s을 개인 계좌(%s %s)로 반환하였음" % (g.P(subj), g.c(["행정6급", "시설7급", "지방행정주사"]), g.AM(), bank, acct),
          "  2. 처분 요구: %s, 근거 %s" % (g.c(["경징계", "훈계", "주의"]), g.ST("「지방공무원법」 제69조")),
          "", "감사관 %s  %s" % (g.P(), g.c(["(서명)", ""]))]
    return "\n".join(l)


@template("t30", "징계의결서", 12)
def t_discipline(g):
    who = g.name()
    l = ["징 계 의 결 서", "",
         "인적사항  소속: %s  직위(급): %s  성명: %s" % (g.c(DEPT), g.c(["행정6급", "지방행정주사보", "경위", "소방위"]), g.P(who)),
         "          생년월일: %s" % g.DOB(g.c(["dot_space", "korean", "iso"]), y0=1965, y1=1998),
         "          주소: %s" % g.AD(postal=False) if g.r.random() < 0.5 else "          연락처: %s" % g.PH("mobile"),
         "의결주문  %s에 처한다." % g.c(["견책", "감봉 1월", "정직 2월", "강등"]),
         "이    유  혐의자는 %s %s" % (g.DT(), g.c(["음주 상태로 " + g.VP() + " 차량을 운전하여 적발되었다.",
                                            "개인정보처리시스템에 접속하여 업무와 무관한 " + g.P() + "의 정보를 조회하였다.",
                                            "민원인 " + g.P() + "에게 폭언을 하였다."])),
         "적용법조  %s" % g.ST("「지방공무원법」 제69조 제1항"), "", ddate(g),
         "%s 인사위원회 위원장 %s" % (gov(g)[0], g.P())]
    return "\n".join(l)


@template("t31", "경찰기록", 13)
def t_police_accident(g):
    d1, d2 = g.name(), g.name()
    off = g.name()
    acc = ddate(g, "dot")
    hh = g.r.randint(0, 21)
    l = ["교통사고 발생 보고", "", "보고일시 %s %02d:%02d   보고자 %s %s %s" % (acc, hh + 2, g.r.randint(0, 59), g.OT("○○경찰서"), g.c(["경사", "경위", "순경"]), g.P(off)),
         "사고일시 %s %02d:%02d  장소 %s" % (acc, hh, g.r.randint(0, 59), g.c(["○○사거리", "△△IC 진입로", "○○초교 앞 어린이보호구역"])),
         "", "◎ 제1당사자(가해)", "  성명 %s (%s)  %s" % (g.P(d1), g.RRN(g.c(["valid", "masked"])), g.PH("mobile")),
         "  차량 %s  면허 %s" % (g.VP(), g.DL()), "  주소 %s" % g.AD(postal=False),
         "◎ 제2당사자(피해)", "  성명 %s  생년월일 %s  연락처 %s" % (g.P(d2), g.DOB(), g.PH("mobile")),
         "  차량 %s%s" % (g.VP(), ("  면허 " + g.DL()) if g.r.random() < 0.6 else ""),
         "", "◎ 피해 상황: %s, 추정 수리비 %s" % (g.c(["경상 1명", "중상 1명", "물적 피해"]), g.AM()),
         "◎ 조치: %s" % g.c(["음주측정 결과 0.05% 미만", "현장 합의", "입건 예정"])]
    return "\n".join(l)


@template("t32", "소방기록", 12)
def t_fire(g):
    pt = g.name()
    cr = [g.name(), g.name()]
    dobm = g.DOB(g.c(["dot_pad", "six", "iso", "dot_space"]))
    age = 2026 - g.birth[0] - (1 if (g.birth[1], g.birth[2]) > (12, 6) else 0)
    l = ["구급활동일지", "출동번호 %s" % g.PR("mgmt"), "신고일시 %s %02d:%02d  신고자 %s (%s)" % (ddate(g), g.r.randint(0, 23), g.r.randint(0, 59), g.P() if g.r.random() < 0.6 else "행인", g.PH("mobile")),
         "환자 성명 %s  성별 %s  생년월일 %s  나이 %d세" % (g.P(pt), g.c(["남", "여"]), dobm, age),
         "발생 장소 %s" % g.AD(postal=False),
         "보호자 %s  연락처 %s" % (g.P(), g.PH("mobile")),
         "주증상: %s   의식상태: %s" % (g.c(["흉통", "호흡곤란", "낙상 후 두통", "복통"]), g.c(["A", "V", "P"])),
         "이송병원: %s" % g.c(["○○대학교병원", "○○의료원", "○○병원"]),
         "구급대원: %s 소방장, %s 소방사   %s" % (g.P(cr[0]), g.P(cr[1]), g.OT("○○119안전센터장"))]
    if g.r.random() < 0.4:
        l.insert(4, "건강보험증번호 %s" % g.HI())
    return "\n".join(l)


# =========================================================================== templates (part C)
NW_SENT = ["점검 결과 %s 없음.", "%s 시민공원 일대 야간 순찰을 강화한다.", "%s 둘레길 정비 공사가 진행 중이다.",
           "%s 앞 버스정류장 이전 요청이 있었다.", "분쟁 %s 신청은 30일 이내에 하여야 한다.",
           "%s 납세자 표창 대상에서 제외된다.", "%s 시대 유적 발굴 현장은 출입이 통제된다.",
           "%s 공동체 사업 보조금은 별도로 정산한다.", "%s 지도자 협의회 회의실을 임시로 사용한다.",
           "%s 복원 구간의 보행로를 넓힌다.", "%s 과장된 보도에 대해서는 정정을 요청하였다."]
NW_WORD = ["이상", "한강", "남산", "하나로마트", "조정", "성실", "고려", "한우리", "새마을", "청계천", "다소"]


def nws(g):
    k = g.r.randrange(len(NW_SENT))
    return NW_SENT[k] % hn("name_shaped_word", NW_WORD[k])


@template("t33", "병원기록", 13)
def t_hospital(g):
    pt = g.name()
    clinic = g.c(["한빛내과의원", "새솔정형외과의원", "푸른숲소아청소년과의원", "온누리한의원", "햇살치과의원"])
    if g.r.random() < 0.5:
        l = ["진료비 계산서·영수증", "환자등록번호 %s" % hn("public_record_id", "%08d" % g.r.randint(0, 99999999)),
             "환자 성명 %s   주민등록번호 %s" % (g.P(pt), g.RRN(g.c(["masked", "masked", "valid"]))),
             "건강보험증번호 %s   진료기간 %s" % (g.HI(), g.DT()),
             "진료비 총액 %s   공단부담금 %s   환자부담 총액 %s" % (g.AM(), g.AM(), g.AM()),
             "결제: %s %s  승인번호 %s" % (g.c(["신용카드", "체크카드"]), g.CC(masked=g.r.random() < 0.7), "%08d" % g.r.randint(0, 99999999)),
             "요양기관 %s   사업자등록번호 %s" % (g.CO(clinic), g.BRN("individual")),
             "대표자 %s   전화 %s" % (g.P(), g.PH("landline")),
             "주소 %s" % g.AD(g.c(["road", "road_short"]), postal=False)]
    else:
        l = ["입원 기록지(간호)", "성명 %s  생년월일 %s  %s" % (g.P(pt), g.DOB(), g.c(["M", "F"])),
             "건강보험 %s" % g.HI(),
             "주소 %s" % g.AD(),
             "보호자 %s(%s)  %s" % (g.P(), g.c(["배우자", "아들", "딸", "모"]), g.PH("mobile")),
             "입원일 %s  진단명 %s" % (g.DT(), g.c(["폐렴", "대퇴골 골절", "당뇨병성 케톤산증", "급성 충수염"])),
             "담당의 %s  담당간호사 %s" % (g.P(), g.P())]
    return "\n".join(l)


@template("t34", "학교기록", 13)
def t_school(g):
    st = g.name()
    par = g.name()
    t = g.name()
    if g.r.random() < 0.5:
        sch, y0, y1, gmax = g.c([("○○초등학교", 2014, 2019, 6), ("○○중학교", 2011, 2013, 3), ("○○고등학교", 2008, 2010, 3)])
        l = ["%s 학생 상담 기록부 (비공개)" % sch,
             "학생: %d학년 %d반 %s (%s)" % (g.r.randint(1, gmax), g.r.randint(1, 9), g.P(st), g.DOB(g.c(["dot_pad", "dot_space", "eight"]), y0=y0, y1=y1)),
             "보호자: %s (%s) / %s" % (g.P(par), g.c(["부", "모", "조모"]), g.PH("mobile")),
             "상담일: %s   상담자: 담임교사 %s" % (g.DT(), g.P(t)),
             "내용: %s 학생이 최근 결석이 잦아 보호자와 통화함. %s" % (g.P(st), g.c(["가정 내 돌봄 공백 확인.", "교우 관계 어려움 호소.", "건강 문제로 병원 진료 중."])),
             "조치: %s" % g.c(["Wee클래스 연계", "교육복지사 면담 예정", "학부모 상담 주간 재상담"]),
             nws(g)]
    else:
        l = ["%s 입학(입소) 신청서" % g.c(["○○유치원", "○○어린이집", "○○병설유치원"]),
             "원아명 %s   생년월일 %s   주민등록번호 %s" % (g.P(st), g.DOB(date=None, y0=2020, y1=2023), g.RRN(g.c(["valid", "valid", "masked"]), date=g.birth)),
             "건강보험증 번호 %s" % g.HI(masked=False),
             "보호자 %s   관계 %s   휴대전화 %s" % (g.P(par), g.c(["부", "모"]), g.PH("mobile")),
             "주소 %s" % g.AD(),
             "이메일 %s" % g.EM(par),
             "신청일 %s   접수 %s 교사" % (g.DT(), g.P(t))]
    return "\n".join(l)


@template("t35", "복지기록", 13)
def t_welfare(g):
    cl = g.name()
    sw = g.name()
    bank, acct = g.AC()
    crrn = g.RRN(g.c(["valid", "masked", "valid"]), y0=1938, y1=1980)
    cy = g.birth[0]
    l = ["사례관리 상담일지", "대상자 %s (%s) / %s" % (g.P(cl), crrn, g.c(["독거", "2인 가구", "한부모 가구", "조손 가구"])),
         "주소 %s" % g.AD(postal=False), "연락처 %s" % g.PH(g.c(["mobile", "landline"])),
         "건강보험 %s (%s)" % (g.HI(), g.c(["지역가입자", "직장피부양자", "의료급여 전환 검토"])),
         "급여 수급 계좌 %s %s" % (bank, acct),
         "", "%s 가정방문. %s 님은 %s" % (g.DT(), g.P(cl), g.c(["월세 3개월 체납으로 긴급지원 신청 의사를 밝힘.", "무릎 통증으로 외출이 어렵다고 함.", "아들과 연락이 끊겼다고 함."])),
         "자녀 %s(%s) 연락처 %s 확인." % (g.P(), g.DOB(g.c(["dot_space", "korean"]), y0=min(cy + 20, 2005), y1=min(cy + 40, 2006)), g.PH("mobile")) if g.r.random() < 0.5 else nws(g),
         "향후 계획: %s" % g.c(["긴급복지 생계지원 연계", "노인맞춤돌봄 서비스 신청", "푸드마켓 이용 안내"]),
         "작성자 사회복지공무원 %s   확인 %s" % (g.P(sw), g.OT("복지정책과장"))]
    return "\n".join(l)


@template("t36", "채팅", 12, p_ocr=0.0)
def t_chat(g):
    a, b, c = g.name(), g.name(), g.name()
    t = [g.r.randint(8, 17), g.r.randint(0, 50)]

    def ts():
        t[1] += g.r.randint(1, 6)
        if t[1] >= 60:
            t[0] += 1
            t[1] -= 60
        return "%s %d:%02d" % (g.c(["오전", "오후"]) if False else ("오전" if t[0] < 12 else "오후"), t[0] if t[0] <= 12 else t[0] - 12, t[1])

    bank, acct = g.AC()
    lines = ["[%s] [%s] %s 민원 건 확인 부탁드려요" % (g.P(a), ts(), g.P(c)),
             "[%s] [%s] 네 주무관님, 민원인 번호가 %s 맞죠?" % (g.P(b), ts(), g.PH("mobile"))]
    if g.r.random() < 0.5:
        lines.append("[%s] [%s] 주소는 %s 입니다" % (g.P(a), ts(), g.AD(postal=False, paren=False)))
    lines += ["[%s] [%s] 네 그리고 환불 계좌는 %s %s 라고 하셨어요" % (g.P(a), ts(), bank, acct),
             "[%s] [%s] 생년월일은 %s 로 확인했습니다" % (g.P(b), ts(), g.DOB(g.c(["six", "eight", "dot_nodot"]))),
             "[%s] [%s] 회신 메일은 %s 로 보내주세요" % (g.P(a), ts(), g.EM(c)),
             "[%s] [%s] 넵 ㅎㅎ" % (g.P(b), ts())]
    if g.r.random() < 0.3:
        lines.append("[%s] [%s] 참고로 카드번호 %s 는 결제 취소됐대요" % (g.P(a), ts(), g.CC(masked=True)))
    return "%s 업무 단체방\n" % g.c(DEPT) + "\n".join(lines)


@template("t37", "통화녹취", 12, p_ocr=0.0)
def t_call(g):
    ag = g.name()
    cl = g.name()
    l = ["[상담 녹취록] 상담일시 %s  상담사 %s  콜번호 %s" % (g.DT(), g.P(ag), g.PR("mgmt")),
         "상담사: 네, %s %s입니다. 무엇을 도와드릴까요?" % (g.c(["정부민원안내콜센터", "○○시 120 콜센터", "국민건강보험공단 고객센터"]), g.P(ag)),
         "고객: 네, 저 %s인데요, %s 때문에 전화했어요." % (g.P(cl), g.c(["보험료 환급", "과태료 납부", "카드 자동이체 변경"])),
         "상담사: 본인 확인을 위해 생년월일 말씀해 주시겠어요?",
         "고객: %s이요." % g.DOB(g.c(["korean", "korean", "six", "korean_short"])),
         "상담사: 연락받으실 번호는요?", "고객: %s요." % g.PH("mobile")]
    x = g.r.random()
    if x < 0.45:
        l += ["상담사: 변경하실 카드번호 불러주세요.", "고객: %s 이고요 유효기간은 %02d/%02d요." % (g.CC(masked=False, fmt=g.c(["dash", "space", "plain"])), g.r.randint(1, 12), g.r.randint(27, 31))]
    elif x < 0.7:
        l += ["상담사: 건강보험증 번호 확인되시나요?", "고객: 네, %s 입니다." % g.HI(masked=False)]
    else:
        bank, acct = g.AC()
        l += ["상담사: 환급받으실 계좌 알려주세요.", "고객: %s %s, 예금주 %s요." % (bank, acct, g.P(cl))]
    l += ["상담사: 네, 처리되었습니다. 상담사 %s였습니다." % g.P(ag), "(통화시간 %02d:%02d)" % (g.r.randint(1, 12), g.r.randint(0, 59))]
    return "\n".join(l)


@template("t38", "접속기록", 13, p_ocr=0.05, p_nopii=0.15)
def t_access_log(g):
    n = g.r.randint(4, 8)
    sepc = g.c([" | ", "\t", ","])
    l = ["개인정보처리시스템 접속기록 점검 (%s)" % g.c(["주민등록시스템", "새올행정시스템", "사회보장정보시스템", "지방세정보시스템"])]
    if g.r.random() < 0.6:
        l.append(sepc.join(["접속일시", "취급자ID", "접속IP", "처리유형", "정보주체", "사유"]))
    stamps = sorted((g.r.randint(1, 11), g.r.randint(1, 28), g.r.randint(7, 20), g.r.randint(0, 59), g.r.randint(0, 59)) for _ in range(n))
    for k in range(n):
        uid = hn("system_user_id", "u%05d" % g.r.randint(10000, 99999) if g.r.random() < 0.6 else "%s%03d" % (g.c(["adm", "usr", "mw"]), g.r.randint(1, 999)))
        ipv = "내부망" if g.nopii else g.IP(g.c(["private", "private", "public", "v6", "masked"]))
        subj = "-" if g.nopii else (g.P() + (" (" + g.RRN("masked") + ")" if g.r.random() < 0.4 else ""))
        l.append(sepc.join(["2026-%02d-%02d %02d:%02d:%02d" % stamps[k],
                            uid, ipv, g.c(["조회", "출력", "다운로드", "수정"]), subj, g.c(["민원처리", "자격확인", "업무 외 조회 의심", "-"])]))
    l.append("점검자: %s" % (g.OT("정보보호담당관") if g.nopii else g.P()))
    if g.nopii:
        l.append("클라이언트 버전 %s" % hn("version_number", "10.0.%d.%d" % (g.r.randint(17000, 26000), g.r.randint(100, 5000))))
    return "\n".join(l)


@template("t39", "접속기록", 12, p_ocr=0.0)
def t_sec_log(g):
    n = g.r.randint(4, 8)
    l = []
    mo, dd = g.r.randint(1, 11), g.r.randint(1, 28)
    stamps = sorted((g.r.randint(0, 23), g.r.randint(0, 59), g.r.randint(0, 59)) for _ in range(n))
    for k in range(n):
        ev = g.c(["LOGIN_OK", "LOGIN_FAIL", "PW_RESET", "LOGIN_FAIL", "DOWNLOAD"])
        user = g.EM() if g.r.random() < 0.6 else hn("system_user_id", "user%04d" % g.r.randint(0, 9999))
        l.append("[2026-%02d-%02d %02d:%02d:%02d] %s user=%s src=%s agent=\"%s\"" % (
            (mo, dd) + stamps[k] + (ev, user, g.IP(g.c(["public", "public", "v6", "private"])), g.c(["Mozilla/5.0", "okhttp/4.9", "curl/8.4"]))))
    if g.r.random() < 0.5:
        l.append("# %s: %s" % (g.c(["관제 메모", "비고"]), "동일 IP 반복 실패, 차단 요청 (%s)" % g.DN("정보통신과")))
    return "\n".join(l)


@template("t40", "신고서", 12)
def t_dependent(g):
    fam = family(g)
    head = fam[0][1]
    hi = g.HI(masked=g.r.random() < 0.15)
    l = ["■ 국민건강보험법 시행규칙 [별지 제1호서식]", "직장가입자(지역가입자) 피부양자 자격(취득, 상실) 신고서", "",
         "사업장 명칭 %s   사업장관리번호 %s" % (g.CO(), hn("public_record_id", "%d" % g.r.randint(10000000000, 99999999999))),
         "가입자 성명 %s   주민등록번호 %s   건강보험증번호 %s" % (g.P(head), g.RRN(g.c(["valid", "masked"]), date=fam[0][2], sex=fam[0][3]), hi),
         "전화번호 %s" % g.PH("mobile"), "", "피부양자"]
    hdr = g.r.random() < 0.6
    if hdr:
        l.append("관계 | 성명 | 주민등록번호 | 취득일")
    for rel, nm, dt, sx in fam[1:]:
        l.append("%s | %s | %s | %s" % (rel, g.P(nm), g.RRN(g.c(["valid", "valid", "masked"]), date=dt, sex=sx), g.DT()))
    l += ["", ddate(g), "신고인(가입자) %s (서명 또는 인)" % g.P(head), "%s 이사장 귀하" % g.OT("국민건강보험공단")]
    return "\n".join(l)


@template("t41", "대장", 13)
def t_bid_register(g):
    n = g.r.randint(2, 5)
    hdr = g.r.random() < 0.5
    l = ["%s 입찰참가자격 등록 현황" % g.c(["물품", "용역", "공사"]), "공고번호 %s" % g.PR("bid")]
    if hdr:
        l.append("업체명 / 사업자등록번호 / 법인등록번호 / 대표자 / 연락처 / 전자우편")
    for k in range(n):
        rep = g.name()
        co = g.c(COMPANIES)
        l.append("%s / %s / %s / %s / %s / %s" % (g.CO(co), g.BRN("corporate"), g.CRN(), g.P(rep), g.PH(g.c(["landline", "mobile", "070"])), g.EM(rep, "work", co)))
    l.append("※ 공동수급 대표사 외 구성원은 별도 제출")
    return "\n".join(l)


@template("t47", "표", 12, p_ocr=0.1)
def t_childcare(g):
    hdr = g.r.random() < 0.55
    sepc = g.c(["|", "\t", "   "])
    n = g.r.randint(3, 6)
    with_rrn = g.r.random() < 0.7
    l = ["%s 영유아 보육료 지원 대상 명단" % g.c(["○○동", "○○읍", "○○면"])]
    if hdr:
        l.append(sepc.join(["아동명", "생년월일"] + (["주민등록번호"] if with_rrn else []) + ["보호자", "건강보험증번호", "어린이집"]))
    for k in range(n):
        row = [g.P(), g.DOB(g.c(["dot_pad", "iso", "six", "eight"]), y0=2020, y1=2025)]
        if with_rrn:
            row.append(g.RRN(g.c(["valid", "valid", "masked"]), date=g.birth))
        l.append(sepc.join(row + [g.P(), g.HI(), g.c(["○○어린이집", "△△어린이집", "국공립 □□어린이집"])]))
    return "\n".join(l)


@template("t48", "신청서", 12)
def t_car_share(g):
    nm = g.name()
    l = ["%s 신청서" % g.c(["거주자우선주차 배정", "공영주차장 월 정기권", "전기차 충전구역 등록"]),
         "신청인 %s  생년월일 %s  휴대전화 %s" % (g.P(nm), g.DOB(g.c(["dot_space", "dot_pad", "six"])), g.PH("mobile")),
         "주소 %s" % g.AD(postal=False),
         "운전면허번호 %s  면허종별 %s" % (g.DL(), g.c(["1종 보통", "2종 보통"])),
         "등록 차량(본인 또는 세대원 소유) %s  이용기간 %s ~ %s" % ((g.VP(g.c(["2", "3", "3", "nospace", "region"])),) + span_dates(g)),
         "이용료 결제 카드 %s" % g.CC(masked=g.r.random() < 0.5),
         "%s" % ("공동 이용 운전자 %s  면허 %s" % (g.P(), g.DL()) if g.r.random() < 0.5 else nws(g)),
         "", "위 내용이 사실과 다름없음을 확인합니다.  %s  신청인 %s (서명)" % (ddate(g), g.P(nm, spaced=g.r.random() < 0.3))]
    return "\n".join(l)


# ---------------------------------------------------------------- no-PII templates
@template("t42", "공문", 9, p_ocr=0.15, p_nopii=1.0)
def t_nopii_gongmun(g):
    gv = gov(g)
    law = g.c(["「개인정보 보호법」 제24조의2", "「주민등록법」 제29조 제2항", "「개인정보 보호법」 제15조 제1항 제1호",
               "「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호"])
    l = [gv[0], "수신  수신자 참조", "제목  %s 개정에 따른 업무 처리 안내" % g.ST(law), "",
         "1. 관련: %s(%s)" % (g.DN(), g.DT()),
         "2. 개정된 %s이 %s 시행됨에 따라 각 부서에서는 아래 사항을 준수하여 주시기 바랍니다." % (g.ST(law), g.DT()),
         "  가. 주민등록번호 수집 금지 원칙 준수(서식의 주민등록번호란은 %s 형태로 표시)" % hn("placeholder_person", "000000-0000000"),
         "  나. 개인정보 파일 등록 현황 제출 기한: %s" % g.DT(),
         "  다. %s" % nws(g),
         "3. 문의: %s 개인정보보호 담당(%s, %s)" % (g.c(DEPT), g.SW(), g.IE()), "", "붙임  개정 조문 대비표 1부.  끝.", "",
         g.OT(gv[1]), "", "%s %s  %s %s" % ("주무관", g.PL("○○○"), "과장", g.PL("○○○")),
         "시행 %s (%s)  접수" % (g.DN(g.c(DEPT)), ddate(g)), "우 %s %s / 공개" % (g.PC(), g.IA(gv))]
    return "\n".join(l)


@template("t43", "보도자료", 8, p_nopii=1.0)
def t_nopii_press(g):
    gv = gov(g)
    l = ["보도자료  |  %s" % gv[0], "배포일 %s" % g.DT(),
         "%s 지방세 체납액 %s 징수" % (gv[0], g.AM()),
         "- 고액 체납자 %d명 명단 공개, 체납 법인 %s 등 %d곳 관허사업 제한" % (g.r.randint(10, 200), g.CO(), g.r.randint(3, 40)),
         "%s%s %s까지 체납액 일제정리 기간을 운영한 결과 %s을 징수했다고 밝혔다." % (gv[0], josa(gv[0]), g.DT(), g.AM()),
         "%s%s \"성실 납세자와의 형평을 위해 끝까지 징수하겠다\"고 말했다." % (g.OT(gv[1]), josa(gv[1])),
         nws(g), "납부 문의는 %s 또는 %s로 하면 된다." % (g.SW(), g.IE()),
         "담당 부서: %s  %s" % (g.c(["세무과", "징수과"]), g.OT("징수팀장"))]
    return "\n".join(l)


@template("t44", "판결문", 9, p_nopii=1.0)
def t_nopii_judgment(g):
    cn2 = lambda: hn("case_number", g.c(["%d가단%d", "%d가합%d", "%d나%d", "%d다%d"]) % (g.r.randint(2022, 2026), g.r.randint(100, 99999)))
    l = ["%s 판결 요지 (익명화 공개본)" % g.c(["대법원", "서울고등법원", "○○지방법원"]), "사건 %s" % cn2(),
         "원고 %s, 피고 %s" % (g.PL(g.c(["갑", "A", "김○○"])), g.PL(g.c(["을", "B사", "○○시장"]))),
         "주문: 원고의 청구를 기각한다.",
         "이유: 원고는 %s 피고로부터 %s을 지급받기로 약정하였다고 주장하나, %s의 요건을 갖추지 못하였다." % (g.DT(), g.AM(), g.ST(g.c(["「민법」 제750조", "「민법」 제741조", "「국가배상법」 제2조"]))),
         "참조판례: 대법원 %s 판결" % hn("case_number", "%d다%d" % (g.r.randint(2010, 2025), g.r.randint(1000, 299999))),
         nws(g),
         "판사 %s" % g.PL("○○○")]
    return "\n".join(l)


@template("t45", "민원회신", 9, p_nopii=1.0)
def t_nopii_minwon(g):
    l = ["민원 답변서", "접수번호: %s" % g.PR("receipt"), "민원인: %s 님" % g.PL(g.c(["김○○", "이○○", "박**", "최**"])),
         "1. 귀하의 민원은 %s에 관한 것으로 이해됩니다." % g.c(["주민등록표 등본 발급 수수료", "여권 재발급 기간", "대형폐기물 배출 방법"]),
         "2. %s에 따라 %s 이내에 처리됩니다. 수수료는 %s입니다." % (g.ST("「민원 처리에 관한 법률」 제17조"), g.c(["3일", "7일", "즉시"]), hn("amount", g.c(["1,000원", "500원", "5,000원", "무료"]))),
         "3. 추가 문의는 %s(%s) 또는 %s로 연락 바랍니다." % (g.c(["정부민원안내콜센터", "다산콜센터", "시청 민원실"]), g.SW(), g.IE()),
         nws(g), "%s" % g.OT(g.c(["민원여권과장", "○○구청장"]))]
    return "\n".join(l)


@template("t46", "표", 9, p_nopii=1.0)
def t_nopii_table(g):
    sepc = g.c(["|", "\t", "  "])
    hdr = g.r.random() < 0.6
    l = ["%s 처리 현황" % g.c(["민원", "정보공개 청구", "과태료 부과", "보조금 집행"])]
    if hdr:
        l.append(sepc.join(["관리번호", "접수일", "처리기관", "금액", "처리결과"]))
    for k in range(g.r.randint(3, 6)):
        l.append(sepc.join([g.PR(g.c(["mgmt", "receipt", "reg"])), g.DT(), g.OT(g.c(OFFICIALS)), g.AM(), g.c(["완료", "이송", "반려", "진행중"])]))
    l.append("출처: %s" % g.c(DEPT))
    return "\n".join(l)


# --------------------------------------------------------------------------- driver
OCR_GENRE = "OCR스캔"


def gen_templated(log):
    out = []
    for tid, genre, n, f, p_ocr, p_nopii, light in TEMPLATES:
        for i in range(1, n + 1):
            rid = "ay-%s-%03d" % (tid, i)
            for attempt in range(30):
                seed = "%s|%s|%d" % (SEED, tid, i) + ("" if attempt == 0 else "|r%d" % attempt)
                rng = random.Random(seed)
                g = G(rng)
                ocr = rng.random() < p_ocr
                g.nopii = rng.random() < p_nopii
                try:
                    marked = f(g)
                    pieces = parse_marked(marked)
                    pieces = apply_noise(pieces, rng, ocr, light)
                    text, spans, hns = assemble(pieces)
                    rec, meta, w = finish_record(rid, tid, seed, OCR_GENRE if ocr else genre, genre, text, spans,
                                                 hns, ocr, False, g.nopii)
                    break
                except DraftError as e:
                    log.append("draft failed %s (%s): %s -> retry" % (rid, seed, e))
            else:
                raise SystemExit("template %s record %d failed 30 drafts" % (tid, i))
            out.append((rec, meta))
    return out


def gen_handwritten(log):
    sys.path.insert(0, HERE)
    sys.dont_write_bytecode = True
    import handwritten
    out = []
    for k, d in enumerate(handwritten.DOCS, 1):
        rid = "ay-h-%03d" % k
        try:
            pieces = parse_marked(d["text"])
            text, spans, hns = assemble(pieces)
            ocr = d.get("ocr", False)
            rec, meta, w = finish_record(rid, "handwritten", "hand:%03d" % k, OCR_GENRE if ocr else d["genre"],
                                         d["genre"], text, spans, hns, ocr, True, d.get("nopii", False))
        except DraftError as e:
            raise SystemExit("handwritten document %s failed validation: %s\n%s" % (rid, e, d["text"][:300]))
        for x in w:
            log.append("warn %s: %s" % (rid, x))
        out.append((rec, meta))
    return out


def compute_stats(metas):
    st = {"records": len(metas), "records_no_pii": 0, "records_ocr": 0, "records_handwritten": 0,
          "spans": 0, "spans_with_noise": 0, "hard_negatives": 0,
          "by_genre": Counter(), "by_base_genre": Counter(), "by_template": Counter(), "by_type": Counter(),
          "by_sub_kind": Counter(), "by_noise_tag": Counter(), "by_hard_negative_category": Counter(),
          "no_pii_by_genre": Counter(), "hard_negatives_by_genre": Counter()}
    for m in metas:
        st["by_genre"][m["genre"]] += 1
        st["by_base_genre"][m["base_genre"]] += 1
        st["by_template"][m["template"]] += 1
        st["records_no_pii"] += m["no_pii"]
        st["records_ocr"] += m["ocr"]
        st["records_handwritten"] += m["handwritten"]
        if m["no_pii"]:
            st["no_pii_by_genre"][m["genre"]] += 1
        for s in m["spans"]:
            st["spans"] += 1
            st["by_type"][s["type"]] += 1
            st["by_sub_kind"][s["type"] + "/" + s["sub_kind"]] += 1
            if s["noise"]:
                st["spans_with_noise"] += 1
            for t in s["noise"]:
                st["by_noise_tag"][t] += 1
        for h in m["hard_negatives"]:
            st["hard_negatives"] += 1
            st["by_hard_negative_category"][h["category"]] += 1
            st["hard_negatives_by_genre"][m["genre"]] += 1
    st["noise_share"] = round(st["spans_with_noise"] / max(1, st["spans"]), 4)
    for k, v in list(st.items()):
        if isinstance(v, Counter):
            st[k] = dict(sorted(v.items(), key=lambda kv: (-kv[1], kv[0])))
    return st


def revalidate(outdir):
    recs = [json.loads(l) for l in open(os.path.join(outdir, "pii_ay.jsonl"), encoding="utf-8")]
    metas = [json.loads(l) for l in open(os.path.join(outdir, "pii_ay.meta.jsonl"), encoding="utf-8")]
    assert len(recs) == len(metas)
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for r, m in zip(recs, metas):
        assert r["id"] == m["id"] and r["genre"] == m["genre"]
        assert set(r) == {"id", "text", "spans", "genre"}
        assert len(r["spans"]) == len(m["spans"])
        prev = -1
        for s, ms in zip(r["spans"], m["spans"]):
            assert (s["start"], s["end"], s["type"]) == (ms["start"], ms["end"], ms["type"])
            assert s["type"] in TYPES
            assert r["text"][s["start"]:s["end"]] == ms["value"], (r["id"], ms["value"])
            assert s["start"] >= prev
            prev = s["end"]
            check_value(s["type"], ms["value"])
        for h in m["hard_negatives"]:
            assert r["text"][h["start"]:h["end"]] == h["text"]
            for s in r["spans"]:
                assert h["end"] <= s["start"] or h["start"] >= s["end"], (r["id"], h)
        spans = [dict(start=s["start"], end=s["end"], type=s["type"], sub=s["sub_kind"], fmt=s["format"],
                      tags=set(s["noise"]), value=s["value"]) for s in m["spans"]]
        validate_record(r["text"], spans, [dict(h) for h in m["hard_negatives"]])
    st = json.load(open(os.path.join(outdir, "stats.json"), encoding="utf-8"))
    assert st == json.loads(json.dumps(compute_stats(metas), ensure_ascii=False)), "stats mismatch"
    return recs, metas


def md5(path):
    return hashlib.md5(open(path, "rb").read()).hexdigest()


GEN_FILES = ["pii_ay.jsonl", "pii_ay.meta.jsonl", "stats.json"]


def main(argv):
    outdir = HERE
    if "--out" in argv:
        outdir = os.path.join(HERE, argv[argv.index("--out") + 1])
        os.makedirs(outdir, exist_ok=True)
    log = []
    pairs = gen_handwritten(log) + gen_templated(log)
    recs = [p[0] for p in pairs]
    metas = [p[1] for p in pairs]
    ids = [r["id"] for r in recs]
    if len(ids) != len(set(ids)):
        raise SystemExit("duplicate ids")
    with open(os.path.join(outdir, "pii_ay.jsonl"), "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "pii_ay.meta.jsonl"), "w", encoding="utf-8") as fh:
        for m in metas:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    st = compute_stats(metas)
    with open(os.path.join(outdir, "stats.json"), "w", encoding="utf-8") as fh:
        json.dump(st, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    revalidate(outdir)
    if "--quiet" not in argv:
        for x in log:
            print(x, file=sys.stderr)
        print("records %d (handwritten %d, no-PII %d, OCR %d), spans %d, noise share %.3f, hard negatives %d"
              % (st["records"], st["records_handwritten"], st["records_no_pii"], st["records_ocr"], st["spans"],
                 st["noise_share"], st["hard_negatives"]))
        print("types:", json.dumps(st["by_type"], ensure_ascii=False))
    if "--no-detcheck" in argv or outdir != HERE:
        return
    import shutil
    ref = {f: md5(os.path.join(HERE, f)) for f in GEN_FILES}
    for hs in ("0", "4242"):
        d = "_det_%s" % hs
        env = dict(os.environ, PYTHONHASHSEED=hs)
        subprocess.run([sys.executable, os.path.join(HERE, "make_set.py"), "--out", d, "--no-detcheck", "--quiet"],
                       check=True, env=env, cwd=HERE)
        got = {f: md5(os.path.join(HERE, d, f)) for f in GEN_FILES}
        shutil.rmtree(os.path.join(HERE, d))
        if got != ref:
            raise SystemExit("NOT deterministic under PYTHONHASHSEED=%s: %s vs %s" % (hs, got, ref))
    print("determinism: identical md5 under PYTHONHASHSEED=0 and 4242:", json.dumps(ref))


if __name__ == "__main__":
    main(sys.argv[1:])
