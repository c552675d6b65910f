#!/usr/bin/env python3
"""make_set.py -- generator of the pii_av independent evaluation set (Korean PII,
public-sector documents).  Standard library only.  Deterministic: every random
choice for record i of template t comes from random.Random("pii_av-2026|<t>|<i>")
(plus "|rN" when a draft fails validation and is retried).

Usage:  python3 make_set.py            # writes files into this directory and self-checks
        python3 make_set.py --out DIR  # writes into DIR (used by the hash-seed self-check)
"""
import datetime
import hashlib
import ipaddress
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter

SEED_PREFIX = "pii_av-2026"
TYPES = ("PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "KR_ADDRESS", "DATE_OF_BIRTH",
         "KR_BANK_ACCOUNT", "KR_RRN", "IP_ADDRESS", "KR_PASSPORT", "KR_BRN",
         "KR_DRIVER_LICENSE", "KR_FRN", "KR_VEHICLE_PLATE", "KR_HEALTH_INSURANCE",
         "CREDIT_CARD", "KR_CRN")
TODAY = datetime.date(2026, 12, 6)


class DraftError(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise DraftError(msg)


# ----------------------------------------------------------------- Korean helpers
FINALS_ROM = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p",
              "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"]
INIT_ROM = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj",
            "ch", "k", "t", "p", "h"]
MED_ROM = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo",
           "u", "wo", "we", "wi", "yu", "eu", "ui", "i"]
SURNAME_ROM = {"김": "Kim", "이": "Lee", "박": "Park", "최": "Choi", "정": "Jung",
               "강": "Kang", "조": "Cho", "윤": "Yoon", "장": "Jang", "임": "Lim",
               "한": "Han", "오": "Oh", "신": "Shin", "유": "Yoo", "노": "Noh",
               "우": "Woo", "류": "Ryu", "남궁": "Namgung", "황보": "Hwangbo",
               "선우": "Sunwoo", "제갈": "Jegal", "독고": "Dokgo", "사공": "Sagong"}


def is_hangul(ch):
    return "가" <= ch <= "힣"


def rom_syl(ch):
    code = ord(ch) - 0xAC00
    i, m, f = code // 588, (code % 588) // 28, code % 28
    return INIT_ROM[i] + MED_ROM[m] + FINALS_ROM[f]


def romanize(s):
    return "".join(rom_syl(c) if is_hangul(c) else c for c in s)


def has_batchim(word):
    word = word.rstrip()
    ch = word[-1]
    if is_hangul(ch):
        return (ord(ch) - 0xAC00) % 28 != 0
    if ch.isdigit():
        return ch in "013678"
    return False


def rieul_final(word):
    ch = word.rstrip()[-1]
    return is_hangul(ch) and (ord(ch) - 0xAC00) % 28 == 8


def jo(word, pair):
    """Choose the particle for word: pair is '은/는', '이/가', '을/를', '과/와', '으로/로', '이/'."""
    a, b = pair.split("/")
    if a == "으로":
        return "로" if (not has_batchim(word) or rieul_final(word)) else "으로"
    return a if has_batchim(word) else b


# ----------------------------------------------------------------- name pools
SURNAMES = (["김"] * 20 + ["이"] * 15 + ["박"] * 9 + ["최"] * 5 + ["정"] * 5 + ["강"] * 3 +
            ["조"] * 3 + ["윤"] * 3 + ["장"] * 3 + ["임"] * 3 +
            list("한오서신권황안송전홍유고문양손배백허남심노하곽성차주우구민류나진지엄채원천방공현"
                 "함변염여추도소석선설마길연위표명기반라왕금옥육인맹제탁국어은편용예경봉"))
SURNAMES2 = ["남궁", "황보", "선우", "제갈", "독고", "사공", "서문"]
GIVEN2 = ("민준 서준 도윤 예준 시우 하준 지호 주원 지후 준우 준서 건우 현우 우진 선우 서진 민재 현준 "
          "연우 유준 정우 승우 승현 시윤 준혁 은우 지환 승민 지우 유찬 윤우 민성 준영 시후 진우 지원 "
          "수호 재윤 시현 동현 수현 태윤 민규 재원 민우 재민 은찬 윤호 시원 이준 민호 지성 서연 서윤 "
          "서현 민서 하은 하윤 윤서 지유 지민 채원 수아 지아 지윤 다은 은서 예은 수빈 소율 예린 지안 "
          "하린 시은 유나 소윤 예원 채은 윤아 민지 유진 아린 가은 서아 다인 수민 예나 지현 소은 혜원 "
          "영수 영호 영희 순자 정희 미경 은주 경숙 미숙 정숙 상철 성호 동수 광수 재호 병철 종훈 진호 "
          "성민 혜진 은정 현정 미영 지영 수진 정민 명숙 옥순 말순 춘자 기철 만수 덕희 봉수 순애 금순 "
          "용준 태호 창민 경호 상우 형준 대현 정훈 석진 한별 보람 다솜 새롬 가람 슬기 누리 하늘 나래 "
          "혜린 세은 주희 효진 은비 나연 소희 채윤 아영 수경 재희 민아 유경 선영 미란 인숙 경애 "
          "철수 인호 두식 영길 종수 재석 기범 태식 도훈 우석 성훈 민혁 준기 규현 태민").split()
FIRST_SYL = list("민서지현수은하예도태승준영정성미혜경재동상유채소윤우세시주진연희아건규호종병광명선")
SECOND_SYL = list("수호준민우진희영아서연지현원빈율윤혁훈석철숙자경미나린하재성규찬결")
GIVEN1 = list("현훈윤혁율빈찬솔결웅린슬")
NAME_BLOCK = set("""고민 이민 주민 시민 국민 안건 조건 사건 조율 이율 이윤 변혁 신설 전설 연결 오찬 이란 부담
전담 구현 표현 기준 표준 조준 은혜 지혜 주빈 지진 안경 신경 강철 전진 정진 고율 신호 이상 정원 조정
방문 신청 강화 전기 안전 유지 한계 이동 조사 정리 한국 장관 김치 고소 신고 이전 주장 부정 사진 공원
공정 기술 소원 임원 유명 감정 조명 장미 원본 진단 심사 반장 소장 차장 부장 과장 국장 계장 실장 원장
경찰 소방 마감 서명 도장 남용 하수 백신 차량 주차 주소 인감 성명 명의 방지 안내 연락 공개 구분 노동
고용 지원 방법 여권 운전 면허 계좌 은행 전화 전송 기안 결재 시행 접수 회신 제목 수신 발신 경유 참조
사본 위원 간사 의원 의장 회의 진술 조서 판결 결정 청구 재결 감사 징계 문제 성실 성별 하나 우리 신한
농협 기업 도시 주택 지구 이천 문경 하남 김포 김해 남원 안성 서산 진주 고성 장수 나주 양평 홍성 정선
구미 경주 여수 이현 주현 조훈 이윤호 정수기 백설기 조명등 원장님 위원장 부위원 정보 신분 진료 소율
홍길동 한솔 이슬 기결 미결 부결 가결 오린 조린 남윤 방윤 반윤 차윤 마린 금빛 설빈 인혁 금혁""".split())
PLACEHOLDER_PERSONS = ["갑", "을", "병", "정", "홍길동", "김○○", "박**", "정 모 씨", "이모 씨",
                       "A씨", "B씨", "C씨", "○○○", "김OO", "이○○", "최 모 씨", "甲", "乙"]

FOREIGN = {
    "베트남": {"fam": [("Nguyen", "응우옌"), ("Tran", "쩐"), ("Le", "레"), ("Pham", "팜"),
                      ("Hoang", "호앙"), ("Vu", "부"), ("Dang", "당"), ("Bui", "부이")],
              "mid": [("Van", "반"), ("Thi", "티"), ("Duc", "득"), ("Minh", "민"), ("Quoc", "꾸옥")],
              "giv": [("Thanh", "타인"), ("Mai", "마이"), ("Hung", "훙"), ("Lan", "란"), ("Tuan", "뚜언"),
                      ("Hoa", "호아"), ("Long", "롱"), ("Trang", "짱"), ("Phuong", "프엉")],
              "order": "fmg"},
    "필리핀": {"fam": [("Santos", "산토스"), ("Reyes", "레예스"), ("Cruz", "크루스"),
                      ("Bautista", "바우티스타"), ("Villanueva", "비야누에바"), ("Mendoza", "멘도사")],
              "giv": [("Maria", "마리아"), ("Jose", "호세"), ("Angelica", "안젤리카"), ("Mark", "마크"),
                      ("Jerome", "제롬"), ("Kristine", "크리스틴"), ("Rowena", "로웨나")], "order": "gf"},
    "미국": {"fam": [("Miller", "밀러"), ("Johnson", "존슨"), ("Carter", "카터"), ("Walker", "워커"),
                    ("Parker", "파커"), ("Bennett", "베넷"), ("Foster", "포스터")],
            "giv": [("John", "존"), ("Emily", "에밀리"), ("Michael", "마이클"), ("Sarah", "세라"),
                    ("David", "데이비드"), ("Jessica", "제시카"), ("Ryan", "라이언")], "order": "gf"},
    "영국": {"fam": [("Hughes", "휴즈"), ("Clarke", "클라크"), ("Turner", "터너"), ("Wright", "라이트")],
            "giv": [("Oliver", "올리버"), ("Charlotte", "샬럿"), ("James", "제임스"), ("Amelia", "어밀리아")],
            "order": "gf"},
    "중국": {"fam": [("WANG", "왕"), ("LI", "리"), ("ZHANG", "장"), ("LIU", "류"), ("CHEN", "천"),
                    ("ZHAO", "자오"), ("SUN", "쑨")],
            "giv": [("Wei", "웨이"), ("Fang", "팡"), ("Lei", "레이"), ("Jing", "징"), ("Hao", "하오"),
                    ("Xiuying", "슈잉"), ("Yang", "양"), ("Ming", "밍")], "order": "fg"},
    "우즈베키스탄": {"fam": [("Karimov", "카리모프"), ("Usmonov", "우스모노프"), ("Rakhimova", "라히모바"),
                          ("Saidov", "사이도프"), ("Yusupova", "유수포바")],
                  "giv": [("Aziz", "아지즈"), ("Dilnoza", "딜노자"), ("Rustam", "루스탐"),
                          ("Shahzoda", "샤흐조다"), ("Bekzod", "베크조드")], "order": "gf"},
    "태국": {"fam": [("Wongsa", "웡사"), ("Srisuk", "시숙"), ("Chaiyaporn", "차이야폰")],
            "giv": [("Somchai", "솜차이"), ("Nattaya", "낫타야"), ("Kittipong", "낏티퐁"), ("Ploy", "플로이")],
            "order": "gf"},
    "네팔": {"fam": [("Gurung", "구룽"), ("Tamang", "타망"), ("Thapa", "타파"), ("Rai", "라이")],
            "giv": [("Ram", "람"), ("Sita", "시타"), ("Bikash", "비카스"), ("Anjali", "안잘리")], "order": "gf"},
    "인도네시아": {"fam": [("Saputra", "사푸트라"), ("Rahmawati", "라흐마와티"), ("Hidayat", "히다야트")],
                 "giv": [("Agus", "아구스"), ("Siti", "시티"), ("Dewi", "데위"), ("Budi", "부디")], "order": "gf"},
}
NATIONALITIES = list(FOREIGN)


class Nm:
    """A person name: v = surface written in the document, sub = sub-kind, reading = Hangul
    reading (used only to pick particles), fmt = script/layout."""

    def __init__(self, v, sub, reading=None, fmt="hangul"):
        self.v, self.sub, self.reading, self.fmt = v, sub, reading or v, fmt

    def j(self, pair):
        return jo(self.reading, pair)


def kr_given(rng):
    if rng.random() < 0.6:
        return rng.choice(GIVEN2)
    return rng.choice(FIRST_SYL) + rng.choice(SECOND_SYL)


def kr_name(rng, kind=None):
    if kind is None:
        r = rng.random()
        kind = "double" if r < 0.08 else ("single" if r < 0.16 else "normal")
    for _ in range(50):
        if kind == "double":
            v, sub = rng.choice(SURNAMES2) + kr_given(rng), "kr_double_surname"
        elif kind == "single":
            v, sub = rng.choice(SURNAMES[:60] + list("한오서신권황안송홍유문양손배백허남심노")) + rng.choice(GIVEN1), "kr_single_given"
        else:
            v, sub = rng.choice(SURNAMES) + kr_given(rng), "kr_name"
        if v not in NAME_BLOCK and v[1:] not in ("자자",) and len(set(v)) == len(v):
            return Nm(v, sub)
    raise DraftError("name pool exhausted")


def foreign_name(rng, nat=None, script=None):
    nat = nat or rng.choice(NATIONALITIES)
    p = FOREIGN[nat]
    fam, giv = rng.choice(p["fam"]), rng.choice(p["giv"])
    if p["order"] == "fmg":
        parts = [fam, rng.choice(p["mid"]), giv]
    elif p["order"] == "fg":
        parts = [fam, giv]
    else:
        parts = [giv, fam]
    script = script or rng.choice(["latin", "hangul"])
    reading = " ".join(x[1] for x in parts) if nat != "중국" else "".join(x[1] for x in parts)
    if script == "latin":
        if nat == "중국":
            v = parts[0][0] + " " + parts[1][0]
        elif rng.random() < 0.3:
            v = " ".join(x[0].upper() for x in parts)
        else:
            v = " ".join(x[0] for x in parts)
        return Nm(v, "foreign_latin", reading, "latin"), nat
    return Nm(reading, "foreign_hangul", reading, "hangul"), nat


def kr_roman(nm, style):
    sur = nm.v[:2] if nm.v[:2] in SURNAMES2 else nm.v[0]
    giv = nm.v[len(sur):]
    s = SURNAME_ROM.get(sur) or romanize(sur).capitalize()
    g = romanize(giv).capitalize()
    if style == "upper":
        return Nm(f"{s.upper()} {g.upper()}", "kr_romanized", nm.v, "latin")
    return Nm(f"{g} {s}", "kr_romanized", nm.v, "latin")


# ----------------------------------------------------------------- dates
def rdate(rng, a, b):
    return datetime.date.fromordinal(rng.randint(a.toordinal(), b.toordinal()))


def D(y, m=1, d=1):
    return datetime.date(y, m, d)


DATE_FMTS = ["dot_space", "dot_compact", "dot_zero_space", "dot_zero", "dot_zero_nodot", "hyphen",
             "slash", "korean", "korean_zero", "yy_dot", "yy_dot_space", "yymmdd", "yyyymmdd"]


def fmt_date(d, f):
    y, m, dd = d.year, d.month, d.day
    return {"dot_space": f"{y}. {m}. {dd}.", "dot_compact": f"{y}.{m}.{dd}.",
            "dot_zero_space": f"{y}. {m:02}. {dd:02}.", "dot_zero": f"{y}.{m:02}.{dd:02}.",
            "dot_zero_nodot": f"{y}.{m:02}.{dd:02}", "hyphen": f"{y}-{m:02}-{dd:02}",
            "slash": f"{y}/{m:02}/{dd:02}", "korean": f"{y}년 {m}월 {dd}일",
            "korean_zero": f"{y}년 {m:02}월 {dd:02}일", "yy_dot": f"{y % 100:02}.{m:02}.{dd:02}",
            "yy_dot_space": f"{y % 100:02}. {m}. {dd}.", "yymmdd": f"{y % 100:02}{m:02}{dd:02}",
            "yyyymmdd": f"{y}{m:02}{dd:02}"}[f]


def parse_dob(s):
    s = s.strip()
    for rx, yy in ((r"(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})\.?", 0), (r"(\d{4})[-/](\d{2})[-/](\d{2})", 0),
                   (r"(\d{4})년 (\d{1,2})월 (\d{1,2})일", 0), (r"(\d{2})\.\s?(\d{1,2})\.\s?(\d{1,2})\.?", 1),
                   (r"(\d{4})(\d{2})(\d{2})", 0), (r"(\d{2})(\d{2})(\d{2})", 1)):
        m = re.fullmatch(rx, s)
        if m:
            y, mo, d = (int(x) for x in m.groups())
            if yy:
                y += 1900 if y > 26 else 2000
            return datetime.date(y, mo, d)
    raise DraftError("bad DOB " + s)


def age_at(birth, when):
    return when.year - birth.year - ((when.month, when.day) < (birth.month, birth.day))


# ----------------------------------------------------------------- identifiers
W_RRN = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]


def rrn_check(d12):
    return (11 - sum(int(a) * b for a, b in zip(d12, W_RRN)) % 11) % 10


def frn_check(d12):
    return (13 - sum(int(a) * b for a, b in zip(d12, W_RRN)) % 11) % 10


def gender_digit(birth, sex, foreign=False):
    if birth.year < 1900:
        return "9" if sex == "M" else "0"
    base = 1 if birth.year < 2000 else 3
    if foreign:
        base += 4
    return str(base if sex == "M" else base + 1)


MASK_CHARS = ["*", "*", "*", "●", "X", "x", "○", "＊"]


def rrn_value(rng, birth, sex, kind, fmt="hyphen"):
    front = f"{birth.year % 100:02}{birth.month:02}{birth.day:02}"
    g = gender_digit(birth, sex)
    if kind == "rrn_masked":
        return f"{front}-{g}" + rng.choice(MASK_CHARS) * 6
    if kind == "rrn_valid":
        need(birth < D(2020, 10, 1), "valid RRN needs pre-2020 birth")
        body = f"{front}{g}{rng.randint(0, 95):02}{rng.randint(0, 99):02}{rng.randint(1, 6)}"
        body += str(rrn_check(body))
    else:  # post-2020 assignment: random digits, check digit deliberately invalid
        body = f"{front}{g}" + "".join(str(rng.randint(0, 9)) for _ in range(5))
        bad = [c for c in "0123456789" if int(c) != rrn_check(body)]
        body += rng.choice(bad)
    return join13(body, fmt)


def join13(body, fmt):
    if fmt == "plain":
        return body
    if fmt == "space":
        return body[:6] + " " + body[6:]
    return body[:6] + "-" + body[6:]


def frn_value(rng, birth, sex, kind, fmt="hyphen"):
    front = f"{birth.year % 100:02}{birth.month:02}{birth.day:02}"
    g = gender_digit(birth, sex, foreign=True)
    if kind == "frn_masked":
        return f"{front}-{g}" + rng.choice(MASK_CHARS[:5]) * 6
    body = f"{front}{g}{rng.randrange(10, 99, 2):02}{rng.randint(0, 99):02}{rng.choice('6789')}"
    body += str(frn_check(body))
    return join13(body, fmt)


def brn_check(d9):
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(int(a) * b for a, b in zip(d9, w)) + (int(d9[8]) * 5) // 10
    return (10 - s % 10) % 10


def brn_value(rng, corp=True, fmt="hyphen"):
    mid = rng.choice(["81", "86", "87", "88", "85", "82"]) if corp else f"{rng.randint(1, 79):02}"
    d9 = f"{rng.randint(101, 899)}{mid}{rng.randint(0, 9999):04}"
    d = d9 + str(brn_check(d9))
    return d if fmt == "plain" else f"{d[:3]}-{d[3:5]}-{d[5:]}"


def crn_check(d12):
    return (10 - sum(int(a) * (1 if i % 2 == 0 else 2) for i, a in enumerate(d12)) % 10) % 10


CRN_OFFICES = ["1101", "1201", "1301", "1311", "1312", "1345", "1358", "1401", "1501", "1601",
               "1611", "1701", "1801", "1811", "1901", "2001", "2011", "1150", "1144", "1346",
               "1471", "1760", "1615", "2120", "2841", "1248", "1652"]


def crn_value(rng, fmt="hyphen"):
    d12 = rng.choice(CRN_OFFICES) + rng.choice(["11", "11", "11", "14", "12", "13", "21", "22"]) + f"{rng.randint(0, 999999):06}"
    d = d12 + str(crn_check(d12))
    return join13(d, fmt)


def luhn_ok(num):
    s, alt = 0, False
    for ch in reversed(num):
        x = int(ch)
        if alt:
            x *= 2
            x -= 9 if x > 9 else 0
        s += x
        alt = not alt
    return s % 10 == 0


def luhn_complete(prefix, length, rng):
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise DraftError("luhn")


CARD_BRANDS = {"card_visa": (["4"], 16), "card_master": (["51", "52", "53", "54", "55", "2221", "2720"], 16),
               "card_bc": (["9410", "9420", "9430", "9490", "9445"], 16), "card_jcb": (["3528", "3560", "3589"], 16),
               "card_amex": (["34", "37"], 15)}


def card_value(rng, brand=None, masked=False):
    brand = brand or rng.choice(list(CARD_BRANDS))
    pre, n = CARD_BRANDS[brand]
    num = luhn_complete(rng.choice(pre), n, rng)
    sep = rng.choice(["-", "-", " ", ""]) if not masked else rng.choice(["-", "-", " "])
    groups = [num[:4], num[4:10], num[10:]] if n == 15 else [num[i:i + 4] for i in range(0, 16, 4)]
    if masked:
        mc = rng.choice(["*", "*", "X", "●"])
        keep_front = rng.choice([6, 4]) if n == 16 else 4
        flat = num[:keep_front] + mc * (n - keep_front - 4) + num[-4:]
        pos, groups = 0, [len(g) for g in groups]
        out = []
        for g in groups:
            out.append(flat[pos:pos + g])
            pos += g
        return sep.join(out), "card_masked", brand
    return sep.join(groups), brand, ("plain" if sep == "" else ("space" if sep == " " else "hyphen"))


BANKS = [("KB국민은행", [6, 2, 6]), ("국민은행", [3, 2, 4, 3]), ("신한은행", [3, 3, 6]), ("신한은행", [3, 2, 6]),
         ("우리은행", [4, 3, 6]), ("하나은행", [3, 6, 5]), ("NH농협은행", [3, 4, 4, 2]), ("지역농협", [6, 2, 6]),
         ("IBK기업은행", [3, 6, 2, 3]), ("카카오뱅크", [4, 2, 7]), ("케이뱅크", [3, 3, 6]), ("토스뱅크", [4, 4, 4]),
         ("우체국", [6, 2, 6]), ("새마을금고", [4, 2, 6, 1]), ("신협", [3, 3, 6]), ("SC제일은행", [3, 2, 6]),
         ("한국씨티은행", [3, 6, 3]), ("부산은행", [3, 4, 4, 2]), ("iM뱅크", [3, 2, 6, 1]), ("경남은행", [3, 2, 7]),
         ("광주은행", [3, 3, 6]), ("전북은행", [4, 2, 7]), ("수협은행", [3, 2, 6, 1]), ("제주은행", [2, 2, 6])]
BANK_PREFIX = {"신한은행": ["110", "100", "140"], "우리은행": ["1002", "1005"], "카카오뱅크": ["3333", "3355"],
               "케이뱅크": ["100"], "토스뱅크": ["1000"], "NH농협은행": ["301", "302", "352", "356"],
               "새마을금고": ["9002", "9003", "9100"]}


def account_value(rng, bank=None):
    cands = [b for b in BANKS if bank is None or b[0] == bank]
    name, groups = rng.choice(cands)
    total = sum(groups)
    pre = rng.choice(BANK_PREFIX.get(name, [""]))
    if len(pre) > groups[0]:
        pre = ""
    digits = pre + "".join(str(rng.randint(0, 9)) for _ in range(total - len(pre)))
    if digits[0] == "0":
        digits = str(rng.randint(1, 9)) + digits[1:]
    fmt = rng.choice(["hyphen"] * 5 + ["plain"])
    if fmt == "plain":
        val = digits
    else:
        out, pos = [], 0
        for g in groups:
            out.append(digits[pos:pos + g])
            pos += g
        val = "-".join(out)
    return val, "acct_" + "-".join(map(str, groups)), name, fmt


PASSPORT_FOREIGN = {"베트남": ["L7"], "필리핀": ["P7L"], "미국": ["9"], "영국": ["9"], "중국": ["E8", "EL7"],
                    "우즈베키스탄": ["LL7"], "태국": ["LL7"], "네팔": ["L8"], "인도네시아": ["L7"]}


def passport_value(rng, kind="kr", nat=None):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if kind == "kr":
        pre = rng.choice("MMMMMMSRGD")
        if rng.random() < 0.5:
            return pre + f"{rng.randint(0, 99999999):08}", "passport_kr_old"
        return pre + f"{rng.randint(0, 999):03}" + rng.choice(L) + f"{rng.randint(0, 9999):04}", "passport_kr_new"
    pat = rng.choice(PASSPORT_FOREIGN[nat])
    if pat == "9":
        return str(rng.randint(1, 9)) + f"{rng.randint(0, 99999999):08}", "passport_foreign_numeric"
    if pat == "L7":
        return rng.choice("CBN") + f"{rng.randint(0, 9999999):07}", "passport_foreign"
    if pat == "L8":
        return rng.choice("PE") + f"{rng.randint(0, 99999999):08}", "passport_foreign"
    if pat == "P7L":
        return "P" + f"{rng.randint(0, 9999999):07}" + rng.choice("ABC"), "passport_foreign"
    if pat == "E8":
        return "E" + f"{rng.randint(0, 99999999):08}", "passport_foreign"
    if pat == "EL7":
        return "E" + rng.choice("ABCDEFGH") + f"{rng.randint(0, 9999999):07}", "passport_foreign"
    return rng.choice(L) + rng.choice(L) + f"{rng.randint(0, 9999999):07}", "passport_foreign"


DL_REGIONS = [("11", "서울"), ("12", "부산"), ("13", "경기"), ("14", "강원"), ("15", "충북"), ("16", "충남"),
              ("17", "전북"), ("18", "전남"), ("19", "경북"), ("20", "경남"), ("21", "제주"), ("22", "대구"),
              ("23", "인천"), ("24", "광주"), ("25", "대전"), ("26", "울산"), ("28", "경기북부")]


def dl_value(rng, form=None):
    code, reg = rng.choice(DL_REGIONS)
    form = form or rng.choice(["dl_code", "dl_code", "dl_name", "dl_name_nospace", "dl_plain", "dl_code_space"])
    if form in ("dl_name", "dl_name_nospace") and code == "28":
        code, reg = "13", "경기"
    yy = rng.choice(list(range(75, 100)) + list(range(0, 14))) if form.startswith("dl_name") else rng.choice(list(range(80, 100)) + list(range(0, 26)))
    ser, chk = f"{rng.randint(0, 999999):06}", f"{rng.randint(0, 9)}{rng.randint(0, 2)}"
    v = {"dl_code": f"{code}-{yy:02}-{ser}-{chk}", "dl_name": f"{reg} {yy:02}-{ser}-{chk}",
         "dl_name_nospace": f"{reg}{yy:02}-{ser}-{chk}", "dl_plain": f"{code}{yy:02}{ser}{chk}",
         "dl_code_space": f"{code} {yy:02} {ser} {chk}"}[form]
    return v, form


PLATE_REGIONS = "서울 부산 대구 인천 광주 대전 울산 세종 경기 강원 충북 충남 전북 전남 경북 경남 제주".split()
PLATE_PRIVATE = list("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주")


def plate_value(rng, form=None):
    form = form or rng.choice(["plate_2d", "plate_2d", "plate_3d", "plate_3d", "plate_region", "plate_commercial",
                               "plate_nospace", "plate_rental"])
    n4 = f"{rng.randint(1, 9999):04}"
    two = f"{rng.choice([rng.randint(1, 69), rng.randint(70, 97)]):02}"
    three = str(rng.randint(100, 699))
    h = rng.choice(PLATE_PRIVATE)
    if form == "plate_2d":
        return f"{two}{h} {n4}", form
    if form == "plate_3d":
        return f"{three}{h} {n4}", form
    if form == "plate_region":
        return f"{rng.choice([x for x in PLATE_REGIONS if x != '세종'])} {two}{h} {n4}", form
    if form == "plate_commercial":
        return f"{rng.choice(PLATE_REGIONS)} {rng.randint(70, 98)}{rng.choice('바사아자배')} {n4}", form
    if form == "plate_rental":
        return f"{rng.choice([two, three])}{rng.choice('하허호')} {n4}", form
    return f"{rng.choice([two, three])}{h}{n4}", form


def hi_value(rng):
    return str(rng.randint(1, 7)) + "".join(str(rng.randint(0, 9)) for _ in range(10)), "hi_11digit"


PUBLIC_IP_FIRST = [58, 59, 61, 106, 110, 112, 114, 116, 118, 119, 121, 122, 124, 125, 175, 180, 182, 183,
                   203, 210, 211, 218, 220, 221, 222, 39, 1, 14, 27, 49]


def ip_value(rng, kind=None):
    kind = kind or rng.choice(["ipv4_private", "ipv4_public", "ipv4_public", "ipv6"] if rng.random() < 0.15
                              else ["ipv4_private", "ipv4_public", "ipv4_public"])
    if kind == "ipv4_private":
        a = rng.choice(["10.{}.{}.{}", "172.{}.{}.{}", "192.168.{}.{}"])
        if a.startswith("172"):
            return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}", kind
        if a.startswith("10"):
            return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}", kind
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}", kind
    if kind == "ipv4_public":
        return f"{rng.choice(PUBLIC_IP_FIRST)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}", kind
    head = rng.choice(["2001:2d8", "2406:5900", "240e:3b4", "2404:6800", "fe80:"])
    groups = [f"{rng.randint(0, 65535):x}" for _ in range(4)]
    if head == "fe80:":
        return "fe80::" + ":".join(groups), kind
    return head + ":" + ":".join(groups) + "::" + f"{rng.randint(1, 4095):x}", kind


ROM_SURN = ["kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "han", "oh", "shin",
            "kwon", "hwang", "ahn", "song", "hong", "seo", "moon"]
ROM_SYL = ["min", "su", "ji", "hyun", "seo", "yeon", "jun", "woo", "ho", "young", "eun", "hee", "jin",
           "sung", "dong", "hae", "ra", "na", "kyung", "tae", "bin", "yul", "won", "ha"]
MAIL_DOMAINS = ["naver.com", "naver.com", "gmail.com", "gmail.com", "daum.net", "hanmail.net", "kakao.com",
                "nate.com", "hotmail.com", "outlook.kr"]


def email_value(rng, nm=None, domain=None, official=False):
    if nm is not None and nm.sub.startswith("kr") and nm.sub != "kr_romanized" and (official or rng.random() < 0.6):
        sur = nm.v[:2] if nm.v[:2] in SURNAMES2 else nm.v[0]
        s = (SURNAME_ROM.get(sur) or romanize(sur)).lower()
        g = romanize(nm.v[len(sur):]).lower()
        local = rng.choice([f"{g}.{s}", f"{s}{g}", f"{s}.{g}", f"{g[:1]}{s}{rng.randint(1, 99)}", f"{s}_{g}"])
    else:
        local = rng.choice(ROM_SURN) + rng.choice(["", ".", "_"]) + rng.choice(ROM_SYL) + rng.choice(ROM_SYL)
        if rng.random() < 0.5:
            local += str(rng.randint(1, 2005))
    dom = domain or ("korea.kr" if official else rng.choice(MAIL_DOMAINS))
    return f"{local}@{dom}", ("email_official" if official else "email_personal")


AREA = ["02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055",
        "061", "062", "063", "064"]


def phone_value(rng, kind="mobile", fmt=None, area=None, era=None):
    if kind == "mobile":
        if era == "1990s":
            p = f"{rng.choice(['011', '016', '017', '018', '019'])}-{rng.randint(200, 999)}-{rng.randint(0, 9999):04}"
            return p, "phone_mobile_old", "hyphen"
        a, b = f"{rng.randint(2000, 9999)}", f"{rng.randint(0, 9999):04}"
        fmt = fmt or rng.choice(["hyphen"] * 6 + ["space", "dot", "plain", "intl"])
        v = {"hyphen": f"010-{a}-{b}", "space": f"010 {a} {b}", "dot": f"010.{a}.{b}", "plain": f"010{a}{b}",
             "intl": f"+82-10-{a}-{b}"}[fmt]
        return v, "phone_mobile", fmt
    if kind == "070":
        return f"070-{rng.randint(2000, 8999)}-{rng.randint(0, 9999):04}", "phone_070", "hyphen"
    area = area or rng.choice(AREA)
    mid = str(rng.randint(200, 999)) if (era == "1990s" or rng.random() < 0.4) else str(rng.randint(2000, 9899))
    last = f"{rng.randint(0, 9999):04}"
    fmt = fmt or rng.choice(["hyphen"] * 6 + ["paren", "dot"])
    v = {"hyphen": f"{area}-{mid}-{last}", "paren": f"({area}) {mid}-{last}", "dot": f"{area}.{mid}.{last}"}[fmt]
    return v, ("phone_fax" if kind == "fax" else "phone_landline"), fmt


# ----------------------------------------------------------------- addresses
SIDO = [("서울특별시", "서울", "서울시", ["마포구", "강서구", "노원구", "관악구", "송파구", "은평구", "동작구", "중랑구", "성북구", "양천구"]),
        ("부산광역시", "부산", "부산시", ["해운대구", "사하구", "부산진구", "동래구", "금정구", "연제구"]),
        ("대구광역시", "대구", "대구시", ["수성구", "달서구", "북구", "동구"]),
        ("인천광역시", "인천", "인천시", ["남동구", "연수구", "부평구", "서구", "계양구"]),
        ("광주광역시", "광주", "광주시", ["북구", "광산구", "서구", "남구"]),
        ("대전광역시", "대전", "대전시", ["유성구", "서구", "중구", "대덕구"]),
        ("울산광역시", "울산", "울산시", ["남구", "중구", "울주군", "북구"]),
        ("세종특별자치시", "세종", "세종시", [""]),
        ("경기도", "경기", None, ["수원시 팔달구", "성남시 분당구", "고양시 일산동구", "용인시 기흥구", "화성시", "평택시", "파주시", "남양주시", "안산시 단원구", "의정부시", "김포시", "양평군"]),
        ("강원특별자치도", "강원", None, ["춘천시", "원주시", "강릉시", "홍천군", "속초시"]),
        ("충청북도", "충북", None, ["청주시 흥덕구", "충주시", "제천시", "옥천군"]),
        ("충청남도", "충남", None, ["천안시 동남구", "아산시", "공주시", "홍성군", "서산시"]),
        ("전북특별자치도", "전북", None, ["전주시 완산구", "익산시", "군산시", "남원시", "완주군"]),
        ("전라남도", "전남", None, ["여수시", "순천시", "목포시", "해남군", "나주시"]),
        ("경상북도", "경북", None, ["포항시 북구", "구미시", "경주시", "안동시", "칠곡군"]),
        ("경상남도", "경남", None, ["창원시 성산구", "김해시", "진주시", "거제시", "함안군"]),
        ("제주특별자치도", "제주", None, ["제주시", "서귀포시"])]
ROAD_STEMS = ["새솔", "한빛", "느티나무", "은행나무", "달빛", "푸른솔", "가람", "하늘", "별빛", "솔밭", "보람", "다솜",
              "새봄", "동산", "꽃내음", "물빛", "청솔", "나래", "미리내", "금빛", "버들", "아름", "샘골", "들꽃", "큰마을"]
DONG_STEMS = ["송정", "대평", "월곡", "장암", "평촌", "석우", "용두", "구암", "봉계", "소하", "신평", "도곡", "하촌", "매화", "신촌"]
APT_STEMS = ["한빛", "푸른마을", "새솔", "햇살", "가람", "은하수", "금강", "무지개", "청솔", "소나무"]
ALL_SIGUNGU = sorted({g.split()[0] for s in SIDO for g in s[3] if g})


OLD_SIDO = {"강원특별자치도": "강원도", "전북특별자치도": "전라북도", "제주특별자치도": "제주도"}


def gen_address(rng, kind=None, sido_form=None, unit=None, era=None):
    """Returns (address, sub, fmt, postal, ref)."""
    full, short, city, gus = rng.choice([x for x in SIDO if era != "old" or x[1] != "세종"])
    if era == "old":
        full, kind = OLD_SIDO.get(full, full), "jibun"
    gu = rng.choice(gus)
    kind = kind or rng.choice(["road", "road", "road", "jibun"])
    sido_form = sido_form or rng.choice(["full", "full", "short", "city", "none", "none"])
    if sido_form == "city" and not city:
        sido_form = "full"
    if gu == "" or (sido_form == "none" and " " not in gu and gu in ("북구", "서구", "남구", "중구", "동구")):
        sido_form = "full" if sido_form == "none" else sido_form
    head = {"full": full, "short": short, "city": city, "none": ""}[sido_form]
    prefix = " ".join(x for x in [head, gu] if x)
    ref = ""
    if kind == "road":
        stem = rng.choice(ROAD_STEMS)
        road = stem + rng.choice(["로", "로", "길", "대로"])
        if rng.random() < 0.35:
            road += f"{rng.randint(1, 60)}번길"
        num = str(rng.randint(1, 320)) + (f"-{rng.randint(1, 30)}" if rng.random() < 0.15 else "")
        base = f"{prefix} {road} {num}"
        ref_dong = rng.choice(DONG_STEMS)[:2] + "동"
    else:
        rural = gu.endswith("군") or (gu.endswith("시") and rng.random() < 0.3)
        if rural:
            eup = rng.choice(DONG_STEMS)[:2] + rng.choice(["읍", "면"]) + " "
            loc = (rng.choice(["", eup]) if gu.endswith("군") else eup) + rng.choice(DONG_STEMS)[:2] + "리"
        else:
            loc = rng.choice(DONG_STEMS)[:2] + "동"
        lot = (("산 " if rng.random() < 0.06 else "") + str(rng.randint(1, 1999)) +
               rng.choice([f"-{rng.randint(1, 40)}", f"-{rng.randint(1, 40)}", "", "번지"]))
        base = f"{prefix} {loc} {lot}"
        ref_dong = ""
        if lot.startswith("산"):
            unit = False
    unit = unit if unit is not None else rng.random() < 0.65
    if unit:
        apt = rng.choice(APT_STEMS)
        u = rng.choice([f", {rng.randint(101, 115)}동 {rng.randint(1, 25)}{rng.randint(1, 4):02}호",
                        f", {rng.randint(2, 9)}층 {rng.randint(2, 9)}0{rng.randint(1, 6)}호",
                        f" {rng.randint(2, 15)}층", f", {rng.randint(1, 4)}0{rng.randint(1, 9)}호"])
        if kind == "jibun" and rng.random() < 0.5:
            u = f" {apt}{rng.choice(['아파트', '빌라', '맨션'])} " + u.lstrip(", ").lstrip()
            if not re.search(r"\d", u.split()[-1]):
                u += f" {rng.randint(101, 305)}호"
        elif kind == "road" and rng.random() < 0.5:
            ref = f"({ref_dong}, {apt}{rng.choice(['아파트', '빌', '타운'])})"
        base += u
    elif kind == "road" and rng.random() < 0.4:
        ref = f"({ref_dong})"
    postal = f"{rng.randint(1, 63999):05}" if era != "old" else f"{rng.randint(100, 799)}-{rng.randint(10, 999):03}"
    return base, "addr_" + kind, "sido_" + sido_form, postal, ref


# ----------------------------------------------------------------- institutions
MINISTRIES = ["행정안전부", "보건복지부", "국토교통부", "고용노동부", "법무부", "외교부", "교육부", "환경부",
              "문화체육관광부", "농림축산식품부", "국민권익위원회", "개인정보보호위원회"]
LOCAL_DEPTS = ["민원여권과", "주민복지과", "교통행정과", "세무과", "건축과", "환경위생과", "자치행정과", "일자리정책과",
               "감사담당관", "정보통신과", "총무과", "기획예산과", "사회복지과", "차량등록사업소", "보건행정과"]
MIN_DEPTS = ["운영지원과", "정책기획과", "디지털정책과", "개인정보정책과", "대변인실", "감사담당관", "민원제도과",
             "출입국정책과", "여권정책과", "건강보험정책과", "주민과", "자치행정과"]


def stem_of(gu):
    g = gu.split()[0]
    return g[:-1] if len(g) > 2 else g


COURT_MAIN = {"서울": "서울중앙지방법원", "부산": "부산지방법원", "대구": "대구지방법원", "인천": "인천지방법원",
              "광주": "광주지방법원", "대전": "대전지방법원", "울산": "울산지방법원", "세종": "대전지방법원",
              "경기": "수원지방법원", "강원": "춘천지방법원", "충북": "청주지방법원", "충남": "대전지방법원",
              "전북": "전주지방법원", "전남": "광주지방법원", "경북": "대구지방법원", "경남": "창원지방법원", "제주": "제주지방법원"}


def police_agency(short):
    return {"경기": "경기남부경찰청장"}.get(short, short + "경찰청장")


def court_name(rng, short, st):
    base = COURT_MAIN[short]
    if short in ("서울", "부산", "대구", "인천", "광주", "대전", "울산", "제주") or rng.random() < 0.5:
        return base
    return f"{base} {st}지원"


def gen_inst(rng, kind=None):
    kind = kind or rng.choice(["ministry", "local", "local", "local"])
    full, short, city, gus = rng.choice([s for s in SIDO if s[3] != [""]])
    gu = rng.choice(gus)
    st = stem_of(gu)
    road = rng.choice(ROAD_STEMS)
    area = {"서울": "02", "부산": "051", "대구": "053", "인천": "032", "광주": "062", "대전": "042", "울산": "052",
            "경기": "031", "강원": "033", "충북": "043", "충남": "041", "전북": "063", "전남": "061", "경북": "054",
            "경남": "055", "제주": "064"}[short]
    inst = {"kind": kind, "area": area, "sido": full, "short": short, "gu": gu, "stem": st}
    if kind == "ministry":
        nm = rng.choice(MINISTRIES)
        inst.update(name=nm, head=nm + (" 위원장" if nm.endswith("위원회") else "장관"), depts=MIN_DEPTS, area="044",
                    addr=f"세종특별자치시 {road}로 {rng.randint(100, 400)} 정부세종청사 {rng.randint(1, 16)}동")
    else:
        g0 = gu.split()[0]
        dong = rng.choice(DONG_STEMS)
        if " " in gu or g0.endswith("시"):
            loc = (f"{full} {g0}", g0 + "장")
        elif g0.endswith("군"):
            loc = (f"{full} {g0}", g0 + "수")
        else:
            loc = (f"{full} {g0}", g0 + "청장")
        names = {"local": loc,
                 "police": (f"{st}경찰서", f"{st}경찰서장"),
                 "fire": (f"{st}소방서", f"{st}소방서장"),
                 "school": (f"{st}{rng.choice(['초등학교', '중학교', '고등학교', '여자중학교'])}", "학교장"),
                 "hospital": (f"{st}의료원", f"{st}의료원장"),
                 "health": (f"{st}{'구' if gu.endswith('구') else ''}보건소", f"{st}보건소장"),
                 "immigration": (f"{st}출입국·외국인사무소", f"{st}출입국·외국인사무소장"),
                 "welfare": (f"{st}종합사회복지관", f"{st}종합사회복지관장"),
                 "court": (court_name(rng, short, st), ""),
                 "center": (f"{dong}동 행정복지센터", f"{dong}동장")}[kind]
        depts = {"police": ["수사과", "교통조사계", "형사과", "여성청소년과", "사이버수사팀", "생활안전과"],
                 "fire": ["119구급대", "화재조사팀", "예방안전과", "현장대응단"],
                 "school": ["교무실", "행정실", "교육복지실"], "hospital": ["원무과", "응급의학과", "사회사업팀"],
                 "health": ["건강증진과", "감염병관리팀"], "immigration": ["체류관리과", "사증과", "조사과"],
                 "welfare": ["사례관리팀", "지역복지팀"], "court": ["형사단독"], "center": ["맞춤형복지팀", "민원팀"]}.get(kind, LOCAL_DEPTS)
        inst.update(name=names[0], head=names[1], depts=depts,
                    addr=f"{full} {gu} {road}{rng.choice(['로', '대로'])} {rng.randint(1, 300)}" +
                    rng.choice(["", f" {g0[:-1]}{g0[-1]}청" if kind == "local" else "", ""]))
    inst["main"] = f"{inst['area']}-{rng.randint(120, 990)}-{rng.choice(['2114', '1000', '0114', '3114', '5114'])}"
    inst["postal"] = f"{rng.randint(1, 63999):05}"
    inst["dept"] = rng.choice(inst["depts"])
    return inst


# ----------------------------------------------------------------- hard-negative makers
STATUTES = ["「개인정보 보호법」 제15조 제1항", "「개인정보 보호법」 제17조 제1항 제1호", "「개인정보 보호법」 제24조의2",
            "「주민등록법」 제29조 제2항", "「주민등록법」 제7조의4", "「도로교통법」 제44조 제1항",
            "「도로교통법」 제93조 제1항 제1호", "「도로교통법 시행규칙」 제77조", "「출입국관리법」 제31조",
            "「출입국관리법」 제33조 제1항", "「여권법」 제9조", "「여권법 시행령」 제3조", "「국민건강보험법」 제12조",
            "「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호", "「행정업무의 운영 및 혁신에 관한 규정」 제7조",
            "「국가공무원법」 제78조 제1항", "「지방공무원법」 제69조", "「민원 처리에 관한 법률」 제27조",
            "「형법」 제347조 제1항", "「주차장법」 제29조", "「사회보장급여의 이용·제공 및 수급권자 발굴에 관한 법률」 제5조",
            "같은 법 시행령 제9조 제1항", "「특정범죄 가중처벌 등에 관한 법률」 제5조의3", "「소방기본법」 제16조의3"]
CASE_CODES = ["고단", "고합", "고정", "고약", "노", "도", "가단", "가합", "가소", "나", "구단", "구합", "누", "두", "헌마"]


def case_no(rng, year=None, code=None):
    y = year or rng.randint(2019, 2026)
    return f"{y}{code or rng.choice(CASE_CODES)}{rng.randint(100, 99999)}"


def doc_no(rng, dept, era="modern"):
    if era == "1990s":
        return f"{dept[:2]} {rng.randint(10000, 99999)}-{rng.randint(10, 9999)}"
    return f"{dept}-{rng.randint(100, 29999)}"


def receipt_no(rng, when):
    return f"{rng.randint(1, 9)}{rng.choice('ABCDEFGH')}{rng.choice('ABCDEFGH')}-{when.year % 100:02}{when.month:02}-{rng.randint(0, 9999999):07}"


def public_id(rng):
    k = rng.randint(0, 4)
    if k == 0:
        return f"{rng.randint(1000, 2899)}-{rng.randint(2015, 2026)}-{rng.randint(0, 999999):06}", "등기 고유번호"
    if k == 1:
        return f"{rng.randint(2023, 2026)}{rng.randint(1, 12):02}{rng.randint(0, 99999):05}-00", "입찰공고번호"
    if k == 2:
        return f"{rng.randint(11, 50)}{rng.randint(100, 999)}-{rng.randint(100, 999)}-{rng.randint(0, 99999):05}", "관리번호"
    if k == 3:
        return f"제{rng.randint(2019, 2026)}-{rng.randint(1, 9999):05}호", "증명서 발급번호"
    return f"{rng.randint(0, 999):03}-{rng.randint(2015, 2026)}-{rng.randint(0, 9999):04}", "관리번호"


def won(n):
    return f"{n:,}원"


def won_hangul(n):
    d = "영일이삼사오육칠팔구"
    def four(x):
        s = ""
        for i, u in ((3, "천"), (2, "백"), (1, "십"), (0, "")):
            q = (x // 10 ** i) % 10
            if q:
                s += d[q] + u
        return s
    out = ""
    for i, u in ((2, "억"), (1, "만"), (0, "")):
        q = (n // 10000 ** i) % 10000
        if q:
            out += four(q) + u
    return "금" + (out or "영") + "원"


def amount_text(rng, lo=10000, hi=90000000, step=1000):
    n = rng.randrange(lo, hi, step)
    f = rng.choice(["plain", "plain", "geum", "won_sign"])
    if f == "geum":
        return f"금{n:,}원({won_hangul(n)})"
    if f == "won_sign":
        return f"₩{n:,}"
    return won(n)


COMPANY_STEMS = ["한빛", "새솔", "다온", "가람", "푸른", "미래", "대한", "성진", "동원", "세진", "한결", "우성", "명진",
                 "태영", "누리", "해오름", "청솔", "바른", "이음", "온새미"]
COMPANY_SUFF = ["엔지니어링", "건설", "테크", "산업", "정보통신", "물산", "환경", "시스템즈", "디자인", "종합건설", "개발",
                "컨설팅", "ENG", "소프트", "기술"]


def company_name(rng, form=None):
    core = rng.choice(COMPANY_STEMS) + rng.choice(COMPANY_SUFF)
    form = form or rng.choice(["(주)X", "주식회사 X", "X 주식회사", "㈜X", "(유)X", "X(주)", "(주)X"])
    return form.replace("X", core), core


SOLE_SUFF = ["상사", "인쇄", "식당", "건축사사무소", "세탁", "카센터", "공업사", "문구", "의원", "약국"]
PLACE_WORDS = ["이천", "문경", "하남", "김포", "김해", "남원", "안성", "서산", "진주", "고성", "장수", "나주", "양평", "홍성", "정선"]
COMMON_WORDS = ["주민", "시민", "고민", "이상", "정원", "조정", "방문", "신청", "강화", "전기", "안전", "유지", "한계"]
PRODUCT_WORDS = ["백설기", "한과", "조청", "장미"]


def date_neg(rng, a=D(2024, 1, 1), b=D(2026, 12, 5), f=None):
    d = rdate(rng, a, b)
    return fmt_date(d, f or rng.choice(["dot_space", "dot_space", "korean", "hyphen", "dot_zero"])), d


# ----------------------------------------------------------------- noise
ODD_HYPHENS = ["‐", "‑", "–", "－", "―"]
CONFUSE = {"0": ["O"], "1": ["l", "I"], "5": ["S"], "8": ["B"]}
REV_CONF = {"O": "0", "l": "1", "I": "1", "S": "5", "B": "8"}
FW = str.maketrans("0123456789", "０１２３４５６７８９")
DIGIT_TYPES = {"KR_RRN", "KR_FRN", "KR_PASSPORT", "KR_DRIVER_LICENSE", "CREDIT_CARD", "KR_BANK_ACCOUNT",
               "PHONE_NUMBER", "KR_HEALTH_INSURANCE", "KR_BRN", "KR_CRN", "KR_VEHICLE_PLATE", "IP_ADDRESS",
               "DATE_OF_BIRTH"}


def noisify(rng, typ, val):
    opts = []
    if typ == "PERSON":
        if " " not in val and all(is_hangul(c) for c in val):
            opts.append("spaced_name")
        if " " in val:
            opts.append("wrapped")
    elif typ == "KR_ADDRESS":
        opts += ["wrapped", "wrapped", "fullwidth_digits"]
    elif typ == "EMAIL_ADDRESS":
        opts.append("newline_in_value")
    elif typ in DIGIT_TYPES:
        opts.append("fullwidth_digits")
        if any(c in CONFUSE for c in val) and typ != "IP_ADDRESS":
            opts += ["confusable_letters", "confusable_letters"]
        if "-" in val:
            opts += ["unicode_hyphen", "space_in_number", "newline_in_number"]
        elif " " in val:
            opts.append("newline_in_number")
        elif sum(c.isdigit() for c in val) >= 8:
            opts.append("space_in_number")
    if not opts:
        return val, []
    k = rng.choice(opts)
    s = val
    if k == "spaced_name":
        s = " ".join(val)
    elif k == "wrapped":
        idx = [i for i, c in enumerate(val) if c == " "]
        i = rng.choice(idx)
        s = val[:i] + "\n" + val[i + 1:]
    elif k == "fullwidth_digits":
        s = val.translate(FW)
        if "-" in s and rng.random() < 0.5:
            s = s.replace("-", "－")
    elif k == "newline_in_value":
        i = val.index("@")
        s = val[:i + 1] + "\n" + val[i + 1:]
    elif k == "confusable_letters":
        pos = [i for i, c in enumerate(val) if c in CONFUSE]
        chars = list(val)
        for i in rng.sample(pos, min(len(pos), rng.choice([1, 1, 2]))):
            chars[i] = rng.choice(CONFUSE[chars[i]])
        s = "".join(chars)
    elif k == "unicode_hyphen":
        s = val.replace("-", rng.choice(ODD_HYPHENS))
    elif k == "space_in_number":
        if "-" in val:
            idx = [i for i, c in enumerate(val) if c == "-"]
            i = rng.choice(idx)
            s = val[:i] + rng.choice([" - ", "- ", " -"]) + val[i + 1:]
        else:
            i = rng.randint(2, len(val) - 2)
            s = val[:i] + " " + val[i:]
    elif k == "newline_in_number":
        if "-" in val:
            idx = [i for i, c in enumerate(val) if c == "-"]
            i = rng.choice(idx)
            s = val[:i + 1] + "\n" + val[i + 1:]
        else:
            idx = [i for i, c in enumerate(val) if c == " "]
            i = rng.choice(idx)
            s = val[:i] + "\n" + val[i + 1:]
    return s, [k]


def canon(s):
    s = unicodedata.normalize("NFKC", s)
    for h in ODD_HYPHENS:
        s = s.replace(h, "-")
    return re.sub(r"\s+", "", s)


def noise_consistent(clean, surf):
    a, b = canon(clean), canon(surf)
    if len(a) != len(b):
        return False
    for x, y in zip(a, b):
        if x != y and not (x.isdigit() and REV_CONF.get(y) == x):
            return False
    return True


# ----------------------------------------------------------------- draft builder
class Draft:
    def __init__(self, rng, ocr=False, noise=0.0, no_pii=False):
        self.rng, self.ocr, self.noise, self.no_pii = rng, ocr, noise, no_pii
        self.parts, self.n, self.col = [], 0, 0
        self.spans, self.negs = [], []
        self.wrap = rng.randint(30, 46)
        self.plain_noise = Counter()

    def _emit(self, s):
        self.parts.append(s)
        self.n += len(s)
        i = s.rfind("\n")
        self.col = len(s) - i - 1 if i >= 0 else self.col + len(s)

    def t(self, *parts):
        s = "".join(parts)
        if self.ocr and s:
            out, col, r = [], self.col, self.rng
            for ch in s:
                if ch in "()" and r.random() < 0.2:
                    self.plain_noise["lost_bracket"] += 1
                    continue
                if ch == " " and col >= self.wrap and r.random() < 0.7:
                    ch = "\n"
                    self.plain_noise["hard_wrap"] += 1
                elif ch == "·" and r.random() < 0.3:
                    ch = "."
                    self.plain_noise["middot_as_period"] += 1
                out.append(ch)
                col = 0 if ch == "\n" else col + 1
            s = "".join(out)
        self._emit(s)
        return self

    def pii(self, typ, value, sub, fmt="", noisy=True):
        need(not self.no_pii, "PII emitted in a no-PII draft")
        surf, tags = value, []
        rate = self.noise
        if self.ocr and typ == "PERSON" and self.col + len(value) > self.wrap and " " in value:
            rate = max(rate, 0.8)
        if noisy and rate and self.rng.random() < rate:
            surf, tags = noisify(self.rng, typ, value)
        start = self.n
        self._emit(surf)
        self.spans.append({"start": start, "end": self.n, "type": typ, "sub": sub, "fmt": fmt,
                           "value": surf, "clean": value, "noise": tags})
        return self

    def name(self, nm, noisy=True):
        self.pii("PERSON", nm.v, nm.sub, nm.fmt, noisy)
        return self

    def neg(self, s, cat):
        start = self.n
        self._emit(s)
        self.negs.append({"start": start, "end": self.n, "text": s, "category": cat})
        return self

    def text(self):
        return "".join(self.parts)


# ----------------------------------------------------------------- people and emitters
AGE_RANGES = {"adult": (D(1952), D(2003, 12, 31)), "senior": (D(1932), D(1960, 12, 31)),
              "young": (D(1990), D(2006, 12, 31)), "teen": (D(2008), D(2014, 12, 31)),
              "child": (D(2012), D(2020, 9, 30)), "infant": (D(2020, 10, 1), D(2026, 9, 30)),
              "old90s": (D(1925), D(1975, 12, 31))}


class Person:
    def __init__(self, rng, kind="adult", foreign=False, nat=None, script=None, nmkind=None):
        self.sex = rng.choice("MF")
        self.birth = rdate(rng, *AGE_RANGES[kind])
        self.kind, self.foreign = kind, foreign
        if foreign:
            self.nm, self.nat = foreign_name(rng, nat, script)
        else:
            self.nm, self.nat = kr_name(rng, nmkind), "대한민국"

    def age(self, when):
        return age_at(self.birth, when)


def put_rrn(d, p, kind=None, fmt=None):
    r = d.rng
    if kind is None:
        if p.birth >= D(2020, 10, 1):
            kind = r.choice(["rrn_post2020", "rrn_post2020", "rrn_masked"])
        else:
            kind = r.choice(["rrn_valid", "rrn_valid", "rrn_valid", "rrn_masked"])
    fmt = "hyphen" if kind == "rrn_masked" else (fmt or r.choice(["hyphen"] * 8 + ["plain", "space"]))
    return d.pii("KR_RRN", rrn_value(r, p.birth, p.sex, kind, fmt), kind, fmt)


def put_frn(d, p, kind=None, fmt=None):
    r = d.rng
    kind = kind or r.choice(["frn_valid", "frn_valid", "frn_valid", "frn_masked"])
    fmt = "hyphen" if kind == "frn_masked" else (fmt or r.choice(["hyphen"] * 8 + ["plain"]))
    return d.pii("KR_FRN", frn_value(r, p.birth, p.sex, kind, fmt), kind, fmt)


def put_id(d, p, kind=None):
    return put_frn(d, p, kind) if p.foreign else put_rrn(d, p, kind)


PROSE_DOB = ["korean", "korean", "dot_space", "dot_space", "dot_compact", "dot_zero_space", "dot_zero"]


def put_dob(d, p, ctx="field", fmt=None):
    fmt = fmt or d.rng.choice(PROSE_DOB if ctx == "prose" else DATE_FMTS)
    return d.pii("DATE_OF_BIRTH", fmt_date(p.birth, fmt), "dob_" + ctx, fmt)


def put_phone(d, kind="mobile", **kw):
    v, sub, fmt = phone_value(d.rng, kind, **kw)
    return d.pii("PHONE_NUMBER", v, sub, fmt)


def put_email(d, nm=None, official=False, domain=None):
    v, sub = email_value(d.rng, nm, domain, official)
    return d.pii("EMAIL_ADDRESS", v, sub, "")


def put_addr(d, kind=None, postal=None, ref=None, sido_form=None, unit=None, era=None):
    r = d.rng
    a, sub, fmt, pc, rf = gen_address(r, kind, sido_form, unit, era)
    if postal or (postal is None and r.random() < 0.25):
        d.neg(f"({pc})", "postal_code").t(" ")
    d.pii("KR_ADDRESS", a, sub, fmt)
    if rf and (ref or (ref is None and r.random() < 0.5)):
        d.t(" ").neg(rf, "address_reference")
    return a


def put_account(d, bank=None):
    bank = bank or getattr(d, "last_bank", None)
    d.last_bank = None
    v, sub, bank, fmt = account_value(d.rng, bank)
    d.pii("KR_BANK_ACCOUNT", v, sub, fmt)
    return bank


def pick_bank(d):
    """Pick a bank name for the text; the next put_account() call uses the same bank."""
    d.last_bank = d.rng.choice(BANKS)[0]
    return d.last_bank


def put_card(d, masked=None):
    r = d.rng
    masked = (r.random() < 0.3) if masked is None else masked
    v, sub, fmt = card_value(r, None, masked)
    return d.pii("CREDIT_CARD", v, sub, fmt)


def put_passport(d, p):
    if p.foreign:
        v, sub = passport_value(d.rng, "foreign", p.nat)
    else:
        v, sub = passport_value(d.rng, "kr")
    return d.pii("KR_PASSPORT", v, sub, p.nat)


def put_dl(d, form=None):
    v, sub = dl_value(d.rng, form)
    return d.pii("KR_DRIVER_LICENSE", v, sub, sub)


def put_plate(d, form=None):
    v, sub = plate_value(d.rng, form)
    return d.pii("KR_VEHICLE_PLATE", v, sub, sub)


def put_hi(d):
    v, sub = hi_value(d.rng)
    return d.pii("KR_HEALTH_INSURANCE", v, sub, "plain")


def put_ip(d, kind=None):
    v, sub = ip_value(d.rng, kind)
    return d.pii("IP_ADDRESS", v, sub, "")


def put_brn(d, corp=True):
    fmt = d.rng.choice(["hyphen"] * 6 + ["plain"])
    return d.pii("KR_BRN", brn_value(d.rng, corp, fmt), "brn_corp" if corp else "brn_individual", fmt)


def put_crn(d):
    fmt = d.rng.choice(["hyphen"] * 7 + ["plain"])
    return d.pii("KR_CRN", crn_value(d.rng, fmt), "crn_valid", fmt)


def dept_head(dept):
    if dept.endswith(("관", "단")):
        return dept
    return dept + "장"


def n_date(d, a=D(2024, 1, 1), b=D(2026, 12, 5), f=None):
    s, dt = date_neg(d.rng, a, b, f)
    d.neg(s, "date")
    return dt


def n_statute(d, pool=None):
    d.neg(d.rng.choice(pool or STATUTES), "statute_citation")


def n_company(d, form=None):
    s, core = company_name(d.rng, form)
    d.neg(s, "company_name")
    return s


def n_switch(d, inst, label=True):
    r = d.rng
    k = r.random()
    if k < 0.55:
        if label:
            d.t(r.choice(["대표전화 ", "대표 ", "(대표) ", "민원안내 "]))
        d.neg(inst["main"], "institution_switchboard")
    elif k < 0.8:
        d.neg(f"{r.choice(['1588', '1577', '1600', '1544', '1644', '1566', '1661', '1899'])}-{r.randint(0, 9999):04}",
              "institution_switchboard")
    else:
        d.neg(r.choice(["110", "120", "126", "1345", "1350", "1355", "112", "119", "129"]), "institution_switchboard")
        if label:
            d.t(r.choice(["번", "(상담)", " 콜센터", ""]))


def person_title(r, sector="gov"):
    return r.choice({"gov": ["주무관", "주무관", "주무관", "사무관", "서기관", "팀장", "과장"],
                     "police": ["경위", "경사", "경장", "순경", "경감"],
                     "fire": ["소방장", "소방교", "소방위", "소방사"],
                     "90s": ["행정주사보", "행정주사", "행정서기", "지방행정사무관"]}[sector])


# ----------------------------------------------------------------- templates: 공문
def gyeoljae(d, inst, when, fax=True):
    """Modern electronic approval block and footer."""
    r = d.rng
    drafter, lead, head = Person(r), Person(r), Person(r)
    dept = inst["dept"]
    d.t("\n")
    d.t(r.choice(["주무관", "행정주사", "사무관"]) + " ").name(drafter.nm)
    d.t(r.choice(["    ", "  ", "\t"]) + r.choice(["팀장", "담당"]) + " ").name(lead.nm)
    d.t(r.choice(["    ", "  ", "\t"]) + dept_head(dept) + " 전결 " + f"{when.month:02}/{when.day:02}" + " ").name(head.nm)
    if r.random() < 0.5:
        d.t("\n협조자 " + r.choice(["주무관", "팀장", "사무관"]) + " ").name(Person(r).nm)
    d.t("\n시행 ").neg(doc_no(r, dept), "document_number").t(" (").neg(fmt_date(when, "dot_space"), "date").t(")  접수\n")
    d.t("우 ").neg(inst["postal"], "postal_code").t(" ").neg(inst["addr"], "institution_address")
    d.t((" / www." + romanize(inst["stem"]) + ".go.kr" if inst["kind"] != "ministry" else "") + "\n")
    d.t("전화번호 ")
    put_phone(d, "landline", area=inst["area"])
    if fax:
        d.t("  팩스번호 ")
        put_phone(d, "fax", area=inst["area"])
    d.t(" / ")
    put_email(d, drafter.nm, official=True)
    d.t(" / " + r.choice(["대국민 공개", "부분공개(6)", "공개", "비공개(6)"]))
    return drafter


def t_gongmun_1990s(d):
    r = d.rng
    inst, other = gen_inst(r, "local"), gen_inst(r, "local")
    when = rdate(r, D(1993), D(1999, 12, 20))
    old = lambda x: " ".join(OLD_SIDO.get(w, w) for w in x.split(" "))
    inst["name"], inst["head"] = old(inst["name"]), old(inst["head"])
    iaddr = f"{old(inst['sido'])} {inst['gu']} {r.choice(DONG_STEMS)[:2]}동 {r.randint(1, 999)}" + r.choice(["", "번지", f"-{r.randint(1, 9)}"])
    d.t(f"{inst['name']}\n")
    d.neg(f"우 {r.randint(100, 799)}-{r.randint(10, 999):03}", "postal_code").t("  ").neg(iaddr, "institution_address")
    d.t("   전화 ").neg(f"({inst['area']}) {inst['main'].split('-', 1)[1]}", "institution_switchboard").t(" (교환)")
    if not d.no_pii:
        d.t("  전송 ")
        put_phone(d, "fax", area=inst["area"], era="1990s", fmt="paren")
    d.t("\n문서번호 ").neg(doc_no(r, inst["dept"], "1990s"), "document_number")
    d.t("\n시행일자 ").neg(fmt_date(when, "dot_space"), "date")
    d.t("\n(경유)\n수신 ").neg(other["head"], "official_by_office").t("\n참조 ").neg(dept_head(other["dept"]), "official_by_office")
    d.t("\n\n")
    if d.no_pii:
        d.t("제목 " + r.choice(["하계 휴가철 공직기강 확립", "연말연시 민원서비스 개선 지시", "청사 에너지 절약 추진"]) + "\n\n")
        d.t("1. 관련: ").neg(doc_no(r, inst["dept"], "1990s"), "document_number").t("(").neg(fmt_date(when - datetime.timedelta(days=20), "dot_space"), "date").t(")\n")
        d.t("2. 각 부서에서는 소속 직원의 복무 실태를 자체 점검하고 그 결과를 ")
        d.neg(fmt_date(when + datetime.timedelta(days=10), "dot_space"), "date").t("까지 제출하시기 바랍니다.\n")
        d.t("3. 점검 결과 위반 사항이 있는 경우 담당 ").neg(r.choice(["○○○", "김○○"]), "placeholder_person").t(" 앞으로 통보 바랍니다.  끝.\n\n")
        d.neg(inst["head"], "official_by_office").t("\n")
        return
    v = r.randint(0, 2)
    p = Person(r, "old90s")
    if v == 0:
        d.t("제목 주민등록 직권말소 대상자 통보\n\n1. ")
        d.neg(r.choice(["「주민등록법」 제17조의2", "「주민등록법」 제20조 제5항"]), "statute_citation")
        d.t("의 규정에 의하여 사실조사 결과 거주 사실이 확인되지 아니한 자를 다음과 같이 통보합니다.\n\n")
        d.t("  가. 성    명 : ").name(p.nm)
        d.t("\n  나. 주민등록번호 : ")
        put_rrn(d, p, "rrn_valid")
        d.t("\n  다. 최종주소 : ")
        put_addr(d, postal=False, era="old")
        d.t("\n  라. 세 대 주 : ")
        if r.random() < 0.5:
            d.t("본인")
        else:
            d.name(Person(r, "old90s").nm).t(r.choice([" (처)", " (부)", " (모)"]))
        d.t("\n\n2. 위 사람에 대하여는 ").neg(fmt_date(when - datetime.timedelta(days=r.randint(20, 60)), "dot_space"), "date")
        d.t(" 최고 공고를 하였으나 이의신청이 없었음을 알려드립니다.  끝.\n\n")
    elif v == 1:
        d.t("제목 신규임용 예정자 신원조사 의뢰\n\n1. 우리 구에서 임용 예정인 다음 사람에 대한 신원조사를 의뢰하오니 조속히 회보하여 주시기 바랍니다.\n\n")
        d.t("  성명 ").name(p.nm).t("   생년월일 ")
        put_dob(d, p, "field", r.choice(["dot_space", "yy_dot_space", "korean"]))
        d.t("\n  본적 ")
        put_addr(d, "jibun", postal=False, unit=False, era="old")
        d.t("\n  주소 ")
        put_addr(d, postal=False, era="old")
        d.t("\n  연락처 ")
        put_phone(d, r.choice(["landline", "mobile"]), era="1990s")
        d.t("\n\n2. 임용 예정 직급: ").t(r.choice(["지방행정서기보", "지방세무서기보", "지방사회복지서기보"])).t("  끝.\n\n")
    else:
        d.t("제목 식품접객업 영업신고 사항 변경 통보\n\n1. 다음 업소의 영업자 지위 승계 신고가 수리되었기에 통보합니다.\n\n")
        d.t("  상    호 : ").neg(r.choice(COMPANY_STEMS) + r.choice(["식당", "회관", "분식", "다방"]), "company_name")
        d.t("\n  대 표 자 : ").name(p.nm).t("(")
        put_rrn(d, p, "rrn_valid")
        d.t(")\n  소 재 지 : ")
        put_addr(d, postal=False, era="old")
        d.t("\n  전    화 : ")
        put_phone(d, "landline", era="1990s", fmt=r.choice(["paren", "hyphen"]))
        d.t("\n  변경일자 : ").neg(fmt_date(when - datetime.timedelta(days=r.randint(3, 30)), "dot_space"), "date").t("  끝.\n\n")
    d.neg(inst["head"], "official_by_office").t("\n\n")
    d.t("기안자 " + person_title(r, "90s") + " ").name(Person(r, "old90s").nm)
    d.t("   검토자 " + person_title(r, "90s") + " ").name(Person(r, "old90s").nm)
    d.t("   결재권자 " + dept_head(inst["dept"]) + " 전결")


def t_gongmun_e(d):
    r = d.rng
    inst, other = gen_inst(r), gen_inst(r)
    when = rdate(r, D(2023), D(2026, 11, 30))
    d.t(f"{inst['name']}\n\n수신  ")
    if r.random() < 0.4:
        d.t("수신자 참조\n(경유)\n")
    else:
        d.neg(other["head"], "official_by_office").t("(").neg(dept_head(other["dept"]), "official_by_office").t(")\n(경유)\n")
    v = 3 if d.no_pii else r.randint(0, 2)
    title = ["개인정보 처리 위탁 현황 제출", "모범시민 표창 대상자 추천", "체납자 실거주지 확인 협조 요청",
             r.choice(["2027년 정부혁신 우수사례 공모 안내", "청렴 교육 실시 알림", "정보공개 업무 담당자 교육 안내"])][v]
    d.t(f"제목  {title}\n\n1. 관련: ").neg(doc_no(r, other["dept"]), "document_number").t("(")
    n_date(d, when - datetime.timedelta(days=60), when - datetime.timedelta(days=5))
    d.t(")\n")
    if v == 0:
        d.t("2. 위 호와 관련하여 우리 기관의 개인정보 처리 위탁 현황을 붙임과 같이 제출합니다.\n")
        for i in range(r.randint(1, 3)):
            d.t(f"  {'가나다'[i]}. 수탁자: ")
            n_company(d)
            d.t(" / 위탁업무: " + r.choice(["민원 안내 콜센터 운영", "홈페이지 유지관리", "우편물 발송", "설문조사"]))
            d.t(" / 수탁자 측 책임자: ").name(Person(r).nm).t(" (")
            put_phone(d, r.choice(["mobile", "landline", "070"]))
            d.t(")\n")
        d.t("3. 위탁 근거: ")
        d.neg("「개인정보 보호법」 제26조", "statute_citation").t("\n")
    elif v == 1:
        p = Person(r, "senior" if r.random() < 0.5 else "adult")
        d.t("2. 지역사회 발전에 공헌한 다음 주민을 ").neg(other["head"], "official_by_office").t(" 표창 대상자로 추천합니다.\n")
        d.t("  가. 성명: ").name(p.nm).t(" (").t("남" if p.sex == "M" else "여").t(", ")
        put_dob(d, p, "field", r.choice(["dot_space", "korean", "hyphen"]))
        d.t("생)\n  나. 주소: ")
        put_addr(d)
        d.t("\n  다. 연락처: ")
        put_phone(d)
        d.t("\n  라. 공적 요지: ").t(r.choice(["20년간 경로당 무료 급식 봉사", "하천 정화 활동 주도", "독거노인 안부 확인 봉사"]))
        d.t("\n")
    elif v == 2:
        d.t("2. 지방세 체납자 중 주민등록지에 거주하지 않는 것으로 보이는 다음 사람의 실거주지 확인을 요청합니다.\n\n")
        d.t("연번 | 성명 | 주민등록번호 | 최종 주소 | 체납액\n")
        for i in range(r.randint(2, 4)):
            p = Person(r)
            d.t(f"{i + 1} | ").name(p.nm).t(" | ")
            put_rrn(d, p, r.choice(["rrn_valid", "rrn_masked"]))
            d.t(" | ")
            put_addr(d, postal=False, ref=False)
            d.t(" | ").neg(won(r.randrange(100000, 9000000, 10)), "amount").t("\n")
        d.t("\n3. 회신 기한: ")
        n_date(d, when, when + datetime.timedelta(days=20))
        d.t("\n")
    else:
        d.t("2. 붙임 계획에 따라 교육(공모)을 실시하오니 소속 직원이 참여할 수 있도록 협조하여 주시기 바랍니다.\n")
        d.t("  가. 일시: ")
        n_date(d, when, when + datetime.timedelta(days=40))
        d.t(" 14:00~17:00\n  나. 장소: ").neg(other["name"] + " 대회의실", "institution_name")
        d.t("\n  다. 문의: ").neg(dept_head(inst["dept"]), "official_by_office").t(" 또는 ")
        n_switch(d, inst)
        d.t("\n")
    d.t("\n붙임  " + r.choice(["관련 계획 1부.", "현황 1부.", "추천서 1부."]) + "  끝.\n\n")
    d.neg(inst["head"], "official_by_office")
    if d.no_pii:
        d.t("\n\n(결재 정보 및 담당자 연락처는 게시본에서 생략함)\n시행 ").neg(doc_no(r, inst["dept"]), "document_number")
        d.t(" (").neg(fmt_date(when, "dot_space"), "date").t(")\n우 ").neg(inst["postal"], "postal_code").t(" ")
        d.neg(inst["addr"], "institution_address").t(" / 전화 ")
        d.neg(inst["main"], "institution_switchboard")
        return
    gyeoljae(d, inst, when)


def t_gongmun_request(d):
    r = d.rng
    police = r.random() < 0.6
    inst = gen_inst(r, "police" if police else "local")
    other = gen_inst(r, "local")
    when = rdate(r, D(2024), D(2026, 11, 30))
    d.t(f"{inst['name']}\n\n수신  ").neg(other["head"], "official_by_office").t("(").neg(dept_head(r.choice(['차량등록사업소', '교통행정과', '주민복지과'])), "official_by_office").t(")\n")
    if police:
        p = Person(r)
        d.t("제목  사실조회 요청(" + r.choice(["교통사고 처리", "뺑소니", "사기", "재물손괴"]) + ")\n\n")
        d.t("1. 귀 기관의 무궁한 발전을 기원합니다.\n2. 우리 서에서 수사 중인 사건(접수번호 ").neg(f"{when.year}-{r.randint(1, 99999):06}", "case_number")
        d.t(")과 관련하여 ").neg("「형사소송법」 제199조 제2항", "statute_citation").t("에 따라 아래 사항을 조회하오니 ")
        n_date(d, when, when + datetime.timedelta(days=14), "dot_space")
        d.t("까지 회신하여 주시기 바랍니다.\n")
        d.t("  가. 조회 대상 차량: ")
        put_plate(d)
        d.t(" (" + r.choice(["승용", "화물", "승합"]) + ", " + r.choice(["흰색", "검정색", "회색", "청색"]) + ")\n")
        d.t("  나. 조회 대상자: ").name(p.nm).t(" (")
        put_dob(d, p, "field", r.choice(["dot_space", "yymmdd", "dot_zero", "korean"]))
        d.t(r.choice(["생)", ")"]) + "\n  다. 운전면허번호: ")
        put_dl(d)
        d.t("\n  라. 조회 내용: 차량 소유자 현황, 보험 가입 여부, 최근 주소지 변경 내역\n")
        d.t("3. 회신 자료는 수사 목적 외로 사용하지 않으며 사건 종결 후 즉시 파기합니다.  끝.\n\n")
        d.neg(inst["head"], "official_by_office").t("\n\n수사관 " + person_title(r, "police") + " ")
        off = Person(r)
        d.name(off.nm).t("   수사팀장 경감 ").name(Person(r).nm).t("   수사과장 전결\n전화 ")
        put_phone(d, "landline", area=inst["area"])
        d.t("  전송 ")
        put_phone(d, "fax", area=inst["area"])
        d.t("  ")
        put_email(d, off.nm, official=r.random() < 0.5, domain="police.go.kr" if r.random() < 0.5 else None)
    else:
        d.t("제목  긴급복지 지원대상자 건강보험 자격 확인 요청\n\n1. ")
        n_statute(d, ["「긴급복지지원법」 제13조", "「긴급복지지원법」 제8조 제1항", "「국민건강보험법」 제96조 제1항"])
        d.t("에 따라 긴급지원 대상자의 소득·재산 조사를 위하여 다음 사람의 건강보험 자격 및 보험료 부과 내역을 요청합니다.\n\n")
        for i in range(r.randint(1, 3)):
            p = Person(r, r.choice(["adult", "senior"]))
            d.t(f"  {i + 1}) ").name(p.nm).t(" / ")
            put_rrn(d, p)
            d.t(" / 건강보험증 번호 ")
            put_hi(d)
            d.t("\n")
        d.t("\n2. 협조 문의: ").neg(inst["dept"], "institution_name").t(" ")
        n_switch(d, inst)
        d.t("  끝.\n\n").neg(inst["head"], "official_by_office")
        gyeoljae(d, inst, when, fax=r.random() < 0.6)


# ----------------------------------------------------------------- validation
WS = set(" \t\n\r\u3000")
SIDO_HEADS = {x for s in SIDO for x in s[:3] if x} | set(OLD_SIDO.values())
SIGUNGU_HEADS = {g.split()[0] for s in SIDO for g in s[3] if g}
KR_SURNAME_SET = set(SURNAMES) | set(SURNAMES2)
SHAPE_RES = [
    ("mobile", re.compile(r"(?<!\d)01[016789][-. ]?\d{3,4}[-. ]?\d{4}(?!\d)")),
    ("landline", re.compile(r"(?<!\d)(?:\(0\d{1,2}\) ?|0\d{1,2}[-.])\d{3,4}[-.]\d{4}(?!\d)")),
    ("rrn_shape", re.compile(r"(?<!\d)\d{6}\s?-\s?[\d*●Xx○＊]{7}(?!\d)")),
    ("card_shape", re.compile(r"(?<!\d)\d{4}[- ]\d{4}[- ]\d{4}[- ]\d{4}(?!\d)")),
    ("email", re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")),
    ("ipv4", re.compile(r"(?<![\d.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d.])")),
    ("long_digits", re.compile(r"(?<!\d)\d{10,14}(?!\d)")),
]
PHONE_RES = {"phone_mobile": r"(\+82-10-\d{4}-\d{4}|010([-. ]?)\d{4}\2\d{4})",
             "phone_mobile_old": r"01[16789]-\d{3}-\d{4}",
             "phone_070": r"070-\d{4}-\d{4}",
             "phone_landline": r"(0\d{1,2}-\d{3,4}-\d{4}|\(0\d{1,2}\) \d{3,4}-\d{4}|0\d{1,2}\.\d{3,4}\.\d{4})",
             "phone_fax": r"(0\d{1,2}-\d{3,4}-\d{4}|\(0\d{1,2}\) \d{3,4}-\d{4}|0\d{1,2}\.\d{3,4}\.\d{4})"}
DL_CODES = {c for c, _ in DL_REGIONS}
DL_NAMES = {n for _, n in DL_REGIONS}


def rrn_birth(yymmdd, g):
    cent = {"1": 1900, "2": 1900, "5": 1900, "6": 1900, "3": 2000, "4": 2000, "7": 2000, "8": 2000,
            "9": 1800, "0": 1800}[g]
    try:
        return datetime.date(cent + int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:6]))
    except ValueError:
        raise DraftError("bad birth date in id " + yymmdd)


def check_value(s):
    typ, sub, clean, surf = s["type"], s["sub"], s["clean"], s["value"]
    need(noise_consistent(clean, surf), f"noise mismatch {clean!r} vs {surf!r}")
    need(bool(s["noise"]) or clean == surf, "surface differs without noise tag")
    dg = re.sub(r"\D", "", clean)
    fm = lambda rx: need(re.fullmatch(rx, clean), f"{typ}/{sub} format: {clean!r}")
    if typ == "KR_RRN":
        if sub == "rrn_masked":
            m = re.fullmatch(r"(\d{6})-([0-9])([*●Xx○＊])\3{5}", clean)
            need(m and m.group(2) in "123490", "masked rrn " + clean)
            rrn_birth(m.group(1), m.group(2))
        else:
            fm(r"\d{6}[- ]?\d{7}")
            need(dg[6] in "123490", "rrn gender")
            b = rrn_birth(dg[:6], dg[6])
            ok = rrn_check(dg[:12]) == int(dg[12])
            if sub == "rrn_valid":
                need(ok and b < D(2020, 10, 1), "rrn_valid check " + clean)
            elif sub == "rrn_post2020":
                need(not ok and b >= D(2020, 10, 1), "rrn_post2020 " + clean)
            else:
                need(sub == "rrn_post2020_reassigned" and not ok, "rrn sub " + sub)
    elif typ == "KR_FRN":
        if sub == "frn_masked":
            m = re.fullmatch(r"(\d{6})-([5-8])([*●Xx○＊])\3{5}", clean)
            need(m, "masked frn " + clean)
            rrn_birth(m.group(1), m.group(2))
        else:
            fm(r"\d{6}-?\d{7}")
            need(dg[6] in "5678" and frn_check(dg[:12]) == int(dg[12]), "frn check " + clean)
            rrn_birth(dg[:6], dg[6])
    elif typ == "KR_BRN":
        fm(r"\d{3}-\d{2}-\d{5}|\d{10}")
        need(brn_check(dg[:9]) == int(dg[9]), "brn check " + clean)
    elif typ == "KR_CRN":
        fm(r"\d{6}-?\d{7}")
        need(crn_check(dg[:12]) == int(dg[12]), "crn check " + clean)
    elif typ == "CREDIT_CARD":
        if sub == "card_masked":
            fm(r"[\d*X●]{4}([- ][\d*X●]{4,6}){2,3}")
            body = re.sub(r"[- ]", "", clean)
            need(len(body) in (15, 16) and re.search(r"[*X●]", body) and body[-4:].isdigit() and body[:4].isdigit(),
                 "masked card " + clean)
        else:
            need(sub in CARD_BRANDS and len(dg) == CARD_BRANDS[sub][1] and luhn_ok(dg), "card " + clean)
            need(any(dg.startswith(p) for p in CARD_BRANDS[sub][0]), "card prefix " + clean)
            fm(r"\d{4}([- ]?)\d{4}\1\d{4}\1\d{4}|\d{4}([- ]?)\d{6}\2\d{5}")
    elif typ == "KR_BANK_ACCOUNT":
        groups = [int(x) for x in sub[5:].split("-")]
        if "-" in clean:
            need([len(x) for x in clean.split("-")] == groups and clean.replace("-", "").isdigit(), "acct " + clean)
        else:
            need(clean.isdigit() and len(clean) == sum(groups), "acct plain " + clean)
    elif typ == "KR_PASSPORT":
        fm({"passport_kr_old": r"[MSRGD]\d{8}", "passport_kr_new": r"[MSRGD]\d{3}[A-Z]\d{4}",
            "passport_foreign": r"[A-Z]{1,2}\d{7,8}[A-Z]?", "passport_foreign_numeric": r"[1-9]\d{8}"}[sub])
    elif typ == "KR_DRIVER_LICENSE":
        m = re.fullmatch(r"(\d{2})-\d{2}-\d{6}-\d{2}|(\d{2}) \d{2} \d{6} \d{2}|(\d{2})\d{10}|([가-힣]{2,4}) ?\d{2}-\d{6}-\d{2}", clean)
        need(m, "dl " + clean)
        need((m.group(1) or m.group(2) or m.group(3) or "") in DL_CODES or m.group(4) in DL_NAMES, "dl region " + clean)
    elif typ == "KR_VEHICLE_PLATE":
        m = re.fullmatch(r"(?:([가-힣]{2}) )?\d{2,3}([가-힣]) ?\d{4}", clean)
        need(m and (m.group(1) is None or m.group(1) in PLATE_REGIONS), "plate " + clean)
    elif typ == "KR_HEALTH_INSURANCE":
        fm(r"[1-9]\d{10}")
    elif typ == "IP_ADDRESS":
        try:
            ipaddress.ip_address(clean)
        except ValueError:
            raise DraftError("ip " + clean)
    elif typ == "EMAIL_ADDRESS":
        fm(r"[a-z0-9._]+@[a-z0-9.-]+\.[a-z]{2,}")
    elif typ == "DATE_OF_BIRTH":
        b = parse_dob(clean)
        need(D(1900) <= b <= TODAY, "dob range " + clean)
        need(fmt_date(b, s["fmt"]) == clean, "dob fmt " + clean)
    elif typ == "PHONE_NUMBER":
        fm(PHONE_RES[sub])
    elif typ == "PERSON":
        need(clean not in PLACEHOLDER_PERSONS and clean not in NAME_BLOCK, "placeholder/blocked name " + clean)
        if sub.startswith("kr_") and sub != "kr_romanized":
            fm(r"[가-힣]{2,5}")
            need(clean[:2] in SURNAMES2 if sub == "kr_double_surname" else clean[0] in KR_SURNAME_SET, "surname " + clean)
            need(len(clean) == (2 if sub == "kr_single_given" else len(clean)), "single-given length")
        elif sub == "foreign_hangul":
            fm(r"[가-힣]+( [가-힣]+)*")
        else:
            fm(r"[A-Za-z][A-Za-z\-]*( [A-Za-z][A-Za-z\-]*)+")
    elif typ == "KR_ADDRESS":
        first = clean.split()[0]
        need(first in SIDO_HEADS or first in SIGUNGU_HEADS, "address head " + clean)
        need(re.search(r"\d", clean), "address number")
    else:
        raise DraftError("unknown type " + typ)


def covered(a, b, ivs):
    return any(s <= a and b <= e for s, e in ivs)


def validate(text, spans, negs, no_pii):
    need(no_pii == (not spans), "no-PII flag and spans disagree")
    gold = []
    prev = 0
    for s in spans:
        need(s["type"] in TYPES, "type " + s["type"])
        a, b = s["start"], s["end"]
        need(0 <= a < b <= len(text), "bounds")
        need(a >= prev, "overlap/unsorted spans")
        prev = b
        need(text[a:b] == s["value"], "span text differs from inserted value")
        need(text[a] not in WS and text[b - 1] not in WS, "whitespace at span edge")
        check_value(s)
        gold.append((a, b))
    for n in negs:
        a, b = n["start"], n["end"]
        need(text[a:b] == n["text"], "neg text")
        need(not any(a < e and s < b for s, e in gold), f"hard negative overlaps gold: {n['text']!r}")
    for s in spans:
        v = s["value"]
        i = text.find(v)
        while i >= 0:
            need(covered(i, i + len(v), gold), f"unlabelled repeat of {s['type']} {v!r}")
            i = text.find(v, i + 1)
    ok_ivs = gold + [(n["start"], n["end"]) for n in negs]
    for nm, rx in SHAPE_RES:
        for m in rx.finditer(text):
            if nm == "ipv4" and not all(int(x) <= 255 for x in m.group(0).split(".")):
                continue
            need(covered(m.start(), m.end(), ok_ivs), f"untagged PII-like {nm}: {m.group(0)!r}")
    low = text
    for ph in ("홍길동",):
        i = low.find(ph)
        while i >= 0:
            need(covered(i, i + len(ph), [(n["start"], n["end"]) for n in negs]), "untagged placeholder person")
            i = low.find(ph, i + 1)


def build(spec, i, log):
    last = None
    for attempt in range(40):
        seed = f"{SEED_PREFIX}|{spec['name']}|{i}" + (f"|r{attempt}" if attempt else "")
        rng = random.Random(seed)
        no_pii = rng.random() < spec["nopii"]
        d = Draft(rng, ocr=spec.get("ocr", False), noise=spec["noise"], no_pii=no_pii)
        try:
            extra = spec["fn"](d) or {}
            text = d.text()
            validate(text, d.spans, d.negs, no_pii)
            return seed, d, text, extra, no_pii
        except DraftError as e:
            last = e
            log.append(f"{spec['name']}|{i} attempt {attempt}: {e}")
    raise RuntimeError(f"FAILED: template {spec['name']} record {i}: {last}")


# ----------------------------------------------------------------- templates: 민원 회신
def minwon_header(d, p, when, r):
    if r.random() < 0.5:
        put_addr(d, postal=True, ref=False)
        d.t("\n").name(p.nm).t(" 귀하\n\n")
    else:
        d.t("수신: ").name(p.nm).t(r.choice([" 님", " 귀하", " 님 ("]))
        if d.parts[-1].endswith("("):
            put_phone(d)
            d.t(")")
        d.t("\n\n")


def minwon_footer(d, inst, r):
    off = Person(r)
    if r.random() < 0.4:
        d.t("\n\n").neg("이상", "name_shaped_word").t("으로 귀하의 민원에 대한 답변을 마칩니다.")
    d.t(r.choice(["\n\n기타 궁금하신 사항은 ", "\n\n추가 문의 사항이 있으시면 "]))
    d.neg(inst["name"], "institution_name").t(" " + inst["dept"] + " ")
    if r.random() < 0.5:
        d.t(person_title(r) + " ").name(off.nm)
        d.t(r.choice(["(전화 ", "(☎ ", "("]))
    else:
        d.t("담당자 ").name(off.nm).t(" " + person_title(r) + r.choice(["(전화 ", "("]))
    put_phone(d, "landline", area=inst["area"])
    d.t(r.choice([")에게 연락하여 주시면 친절히 안내해 드리겠습니다.", ")에게 문의하여 주시기 바랍니다. 감사합니다."]))
    d.t("\n\n").neg(inst["head"], "official_by_office")


def t_minwon_parking(d):
    r = d.rng
    inst = gen_inst(r, "local")
    when = rdate(r, D(2024), D(2026, 11, 30))
    viol = when - datetime.timedelta(days=r.randint(10, 60))
    p = Person(r)
    if d.no_pii:
        d.t("민원 처리 결과 통지\n\n1. 평소 구정에 관심을 가져 주신 데 대하여 감사드립니다.\n2. 민원인께서 ")
        d.neg(fmt_date(when - datetime.timedelta(days=7), "dot_space"), "date").t(" 국민신문고(신청번호 ").neg(receipt_no(r, when), "receipt_number")
        d.t(")를 통하여 제기하신 어린이보호구역 불법 주정차 단속 강화 요청에 대하여 답변드립니다.\n")
        d.t("3. 해당 구간에는 고정형 단속 카메라 1대를 추가 설치할 예정이며, ").neg(fmt_date(when + datetime.timedelta(days=30), "korean"), "date")
        d.t("부터 계도기간을 거쳐 과태료(승용차 기준 ").neg("120,000원", "amount").t(")를 부과할 계획입니다.\n")
        d.t("4. 관련 법령: ").neg("「도로교통법」 제32조", "statute_citation").t(", ").neg("같은 법 시행령 제88조 제4항", "statute_citation")
        d.t("\n\n더 궁금하신 사항은 ")
        n_switch(d, inst)
        d.t("로 문의하여 주십시오.\n\n").neg(inst["head"], "official_by_office")
        return
    minwon_header(d, p, when, r)
    d.t("제목: 주정차위반 과태료 부과 관련 민원 회신\n\n")
    d.t("1. 평소 시정에 관심을 가져 주신 데 대하여 감사드립니다.\n")
    d.t("2. 귀하께서 ").neg(fmt_date(when - datetime.timedelta(days=r.randint(3, 9)), "dot_space"), "date")
    d.t(" 제출하신 의견진술서(접수번호 ").neg(receipt_no(r, when), "receipt_number").t(")에 대한 검토 결과를 다음과 같이 알려드립니다.\n")
    d.t("3. 귀하 소유의 차량(")
    put_plate(d, r.choice(["plate_2d", "plate_3d", "plate_nospace", "plate_region"]))
    d.t(")은 ").neg(fmt_date(viol, "dot_space"), "date").t(f" {r.randint(7, 22)}:{r.randint(0, 59):02}경 ")
    d.t(r.choice(["어린이보호구역 내 초등학교 정문 앞", "버스정류소 10미터 이내", "소화전 5미터 이내", "교차로 모퉁이"]))
    d.t("에 정차한 사실이 고정형 단속 장비에 의하여 확인되었습니다.\n")
    if r.random() < 0.5:
        rel = Person(r)
        d.t("4. 귀하는 당시 차량을 ").t(r.choice(["배우자", "아들", "딸", "지인", "동생"])).t(" ").name(rel.nm).t(rel.nm.j("이/가") + " 운행하였다고 주장하셨으나, ")
        d.t("과태료는 ").neg("「도로교통법」 제160조 제3항", "statute_citation").t("에 따라 차량 소유자에게 부과되므로 원처분을 유지함을 알려드립니다.\n")
    else:
        d.t("4. 제출하신 소명자료(").t(r.choice(["병원 진료확인서", "택배 배송 증빙", "블랙박스 영상"])).t(")만으로는 ")
        d.t("부득이한 사유를 인정하기 어려워 과태료 ").neg(won(r.choice([40000, 80000, 120000, 130000])), "amount").t(" 부과를 유지합니다.\n")
    d.t("5. 과태료 납부 기한은 ").neg(fmt_date(when + datetime.timedelta(days=30), "korean"), "date").t("이며, 가상계좌 또는 위택스로 납부하실 수 있습니다.")
    minwon_footer(d, inst, r)


def t_minwon_general(d):
    r = d.rng
    inst = gen_inst(r)
    when = rdate(r, D(2024), D(2026, 11, 30))
    topic = r.randint(0, 5)
    foreign = topic == 3
    p = Person(r, foreign=foreign, script=r.choice(["latin", "hangul"]))
    if d.no_pii:
        d.t("정보공개 청구에 대한 결정 통지\n\n")
        d.t("청구 내용: 최근 3년간 ").neg(inst["name"], "institution_name").t(" 업무추진비 집행 내역\n")
        d.t("결정: 부분공개\n비공개 부분 및 사유: 집행 상대방의 성명·계좌번호 등 개인에 관한 정보 — ")
        d.neg("「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호", "statute_citation")
        d.t("\n공개 일시: ").neg(fmt_date(when + datetime.timedelta(days=3), "dot_space"), "date").t(" 10:00\n")
        d.t("수수료: ").neg(won(r.choice([300, 1000, 2500])), "amount").t("\n\n이 결정에 불복하는 경우 ")
        d.neg("「행정심판법」 제27조", "statute_citation").t("에 따라 처분이 있음을 안 날부터 90일 이내에 행정심판을 청구할 수 있습니다.\n\n")
        d.neg(inst["head"], "official_by_office")
        return
    minwon_header(d, p, when, r)
    d.t("1. 귀하의 가정에 건강과 행복이 함께하시기를 기원합니다.\n")
    d.t("2. 귀하께서 ").neg(fmt_date(when - datetime.timedelta(days=r.randint(3, 20)), "dot_space"), "date")
    d.t(r.choice([" 신청하신", " 제기하신", " 국민신문고로 접수하신"]) + " 민원(").neg(receipt_no(r, when), "receipt_number").t(")에 대하여 다음과 같이 답변드립니다.\n3. ")
    if topic == 0:
        d.t("민원인 ").name(p.nm).t(" 님께서 ")
        d.neg(fmt_date(when - datetime.timedelta(days=r.randint(20, 40)), "dot_space"), "date")
        d.t(" 신청하신 여권(종전 여권번호 ")
        put_passport(d, p)
        d.t(")의 재발급이 지연된 것은 사진 규격 부적합에 따른 보완 요청 때문이었습니다. 보완된 사진으로 제작을 마쳤으며, 여권은 신청서에 기재하신 ")
        put_addr(d, postal=False, ref=False)
        d.t("로 등기 발송하였습니다.")
    elif topic == 1:
        d.t(p.nm.v if False else "")
        d.name(p.nm).t(" 님의 주민등록번호 변경 신청은 ")
        d.neg("「주민등록법」 제7조의4", "statute_citation").t("에 따른 주민등록번호변경위원회 심의를 거쳐 인용되었습니다. 변경 전 번호(")
        put_rrn(d, p, "rrn_masked")
        d.t(")는 더 이상 사용할 수 없으며, 새로 부여된 번호는 ")
        put_rrn(d, p, "rrn_post2020_reassigned")
        d.t("입니다. 금융기관 등에는 본인이 직접 변경 사실을 알리셔야 합니다.")
    elif topic == 2:
        dep = Person(r, r.choice(["senior", "child"]))
        d.t("귀하(").name(p.nm).t(")의 피부양자로 등록 신청하신 ").t(r.choice(["모친", "부친", "자녀", "배우자"])).t(" ").name(dep.nm)
        d.t("(건강보험증 번호 ")
        put_hi(d)
        d.t(") 님은 ").neg("「국민건강보험법」 제5조 제2항", "statute_citation").t("의 소득 요건을 충족하여 ")
        d.neg(fmt_date(when + datetime.timedelta(days=1), "dot_space"), "date").t("자로 피부양자 자격이 취득됩니다.")
    elif topic == 3:
        d.t(r.choice(["귀하", "민원인"]) + "(").name(p.nm).t(", 외국인등록번호 ")
        put_frn(d, p)
        d.t(")께서 요청하신 체류기간 연장 허가는 고용 사업장(")
        n_company(d)
        d.t(")의 근로계약 갱신이 확인되어 허가되었습니다. 외국인등록증 뒷면의 체류기간은 ")
        d.neg(fmt_date(when + datetime.timedelta(days=365), "dot_space"), "date").t("까지로 기재됩니다. 여권(")
        put_passport(d, p)
        d.t(")의 유효기간이 체류기간보다 짧은 경우 여권 갱신 후 다시 신고하여야 합니다.")
    elif topic == 5:
        d.t("귀하(").name(p.nm).t(") 명의의 신용카드(")
        put_card(d, masked=r.random() < 0.5)
        d.t(")로 ").neg(fmt_date(when - datetime.timedelta(days=r.randint(5, 30)), "dot_space"), "date").t(" 결제된 증명서 발급 수수료 ")
        d.neg(won(r.choice([1000, 3000, 8500, 53000])), "amount").t("이 전산 오류로 두 번 승인된 사실을 확인하였습니다. 중복 승인된 1건은 취소 처리하였으며, 카드사 사정에 따라 3~5영업일 후 환불됩니다.")
    else:
        d.t("귀하께서 신고하신 층간 소음 및 불법 건축물 민원과 관련하여 현장을 확인한 결과, 위반 건축물은 ")
        d.name(Person(r).nm).t(" 씨 소유의 ")
        put_addr(d, postal=False, ref=True)
        d.t(" 옥상 가설 구조물로 확인되어 ").neg("「건축법」 제79조", "statute_citation").t("에 따른 시정명령을 하였습니다.")
    minwon_footer(d, inst, r)


# ----------------------------------------------------------------- templates: 신청서 / 동의서 / 신고서
def lab(d, label, r, sep=None):
    d.t(label + (sep if sep is not None else r.choice([": ", " : ", "  ", "\t"])))


def t_form_application(d):
    r = d.rng
    inst = gen_inst(r, "local")
    when = rdate(r, D(2024), D(2026, 11, 30))
    form = r.choice(["여권 발급 신청서", "주민등록표 열람 또는 등·초본 교부 신청서", "운전경력증명서 발급 신청서",
                     "국제운전면허증 발급 신청서", "차량 등록원부 열람 신청서"])
    d.t(f"[별지 서식] {form}\n")
    d.t("※ 작성 예시: 성명 ").neg("홍길동", "placeholder_person").t(", 주민등록번호 ").neg("000000-0000000", "placeholder_number").t("\n\n")
    if d.no_pii:
        for label in ["성명(한글)", "주민등록번호", "주소", "전화번호", "전자우편"]:
            lab(d, label, r)
            d.t("______________\n")
        d.t("\n수수료: ").neg(won(r.choice([1000, 400, 53000, 8500])), "amount").t("\n신청일: 20  .   .   .\n신청인            (서명 또는 인)\n\n")
        d.neg(inst["head"], "official_by_office").t(" 귀하")
        return
    p = Person(r)
    lab(d, "성명(한글)", r)
    d.name(p.nm).t("\n")
    if "여권" in form or "국제" in form:
        lab(d, "성명(영문)", r)
        d.name(kr_roman(p.nm, r.choice(["upper", "title"]))).t("\n")
    lab(d, "주민등록번호", r)
    put_rrn(d, p)
    d.t("\n")
    if r.random() < 0.5:
        lab(d, "생년월일", r)
        put_dob(d, p, "field")
        d.t("\n")
    lab(d, "주소", r)
    put_addr(d)
    d.t("\n")
    lab(d, r.choice(["전화번호", "연락처", "휴대전화"]), r)
    put_phone(d, r.choice(["mobile", "mobile", "landline", "070"]))
    d.t("\n")
    if r.random() < 0.6:
        lab(d, "전자우편", r)
        put_email(d, p.nm)
        d.t("\n")
    if "여권" in form:
        lab(d, "기존 여권번호", r)
        put_passport(d, p)
        d.t("  (분실 ").t(r.choice(["□", "■"])).t(")\n")
    if "운전" in form:
        lab(d, "운전면허번호", r)
        put_dl(d)
        d.t("\n")
    if "차량" in form:
        lab(d, "차량번호", r)
        put_plate(d)
        d.t("\n")
    if r.random() < 0.4:
        agent = Person(r)
        d.t("\n[대리 신청] 성명 ").name(agent.nm).t(" / 신청인과의 관계: " + r.choice(["배우자", "자녀", "부모", "형제"]) + " / 연락처 ")
        put_phone(d)
        d.t("\n")
    d.t("\n수수료: ").neg(won(r.choice([1000, 400, 53000, 8500, 50000])), "amount").t("\n\n")
    d.t("위와 같이 신청합니다.\n").neg(fmt_date(when, r.choice(["korean", "dot_space"])), "date").t("\n신청인 ").name(p.nm).t(" (서명 또는 인)\n\n")
    d.neg(inst["head"], "official_by_office").t(" 귀하")


def t_form_welfare(d):
    r = d.rng
    inst = gen_inst(r, "center")
    when = rdate(r, D(2024), D(2026, 11, 30))
    d.t("사회보장급여 신청(변경) 서\n\n① 신청인\n")
    kinds = r.sample(["adult", "senior", "child", "infant", "teen"], r.randint(1, 4))
    head = Person(r, "adult" if set(kinds) & {"child", "infant", "teen"} else r.choice(["adult", "senior"]))
    if set(kinds) & {"child", "infant", "teen"}:
        head.birth = rdate(r, D(1978), D(1998, 12, 31))
    lab(d, "성명", r)
    d.name(head.nm).t("   ")
    lab(d, "주민등록번호", r)
    put_rrn(d, head)
    d.t("\n")
    lab(d, "주소", r)
    put_addr(d, ref=True)
    d.t("\n")
    lab(d, "휴대전화", r)
    put_phone(d)
    d.t("   ")
    lab(d, "건강보험증 번호", r)
    put_hi(d)
    d.t("\n\n② 가구원 현황\n관계 | 성명 | 주민등록번호 | 건강보험 증번호 | 비고\n")
    for kind in kinds:
        m = Person(r, kind)
        rel = {"adult": "배우자", "senior": "부" if m.sex == "M" else "모", "child": "자녀", "infant": "자녀", "teen": "자녀"}[kind]
        note = {"adult": ["", "장애인", "임산부", "-"], "senior": ["", "장애인", "-"], "child": ["학생", "", "-"],
                "infant": ["", "-", "영유아"], "teen": ["학생", ""]}[kind]
        d.t(rel + " | ").name(m.nm).t(" | ")
        put_rrn(d, m)
        d.t(" | ")
        put_hi(d)
        d.t(" | " + r.choice(note) + "\n")
    d.t("\n③ 급여 수령 계좌\n")
    bank = pick_bank(d)
    lab(d, "금융기관명", r)
    d.t(bank + "   ")
    lab(d, "계좌번호", r)
    put_account(d, bank)
    d.t("   ")
    lab(d, "예금주", r)
    d.name(head.nm).t("\n\n")
    d.t("신청 급여: " + r.choice(["생계급여, 의료급여", "주거급여", "기초연금", "아동수당", "한부모가족 아동양육비"]) + "\n")
    d.t("신청일: ").neg(fmt_date(when, "dot_space"), "date").t("   신청인 ").name(head.nm).t(" (서명)\n")
    d.neg(inst["head"], "official_by_office").t(" 귀하\n※ 문의: ")
    n_switch(d, inst)


def t_consent(d):
    r = d.rng
    inst = gen_inst(r, r.choice(["local", "welfare", "school", "hospital", "health"]))
    when = rdate(r, D(2024), D(2026, 11, 30))
    purpose = r.choice(["교육 프로그램 참가자 관리", "긴급돌봄 서비스 제공", "공모전 수상자 시상", "건강검진 결과 안내", "자원봉사자 관리"])
    d.t("개인정보 수집·이용 및 제공 동의서\n\n")
    d.neg(inst["name"], "institution_name").t("은(는) ").neg("「개인정보 보호법」 제15조 제1항", "statute_citation")
    d.t("에 따라 아래와 같이 개인정보를 수집·이용하고자 합니다.\n\n")
    d.t(f"1. 수집·이용 목적: {purpose}\n2. 수집 항목: 성명, 생년월일, 연락처, 주소" + r.choice(["", ", 전자우편", ", 계좌번호"]) + "\n")
    d.t("3. 보유·이용 기간: " + r.choice(["목적 달성 후 즉시 파기", "3년", "5년", "사업 종료일로부터 1년"]) + "\n")
    d.t("4. 동의를 거부할 권리가 있으며, 거부 시 " + purpose + "에 제한이 있을 수 있습니다.\n\n")
    if d.no_pii:
        d.t("□ 동의함  □ 동의하지 않음\n\n")
        d.t("고유식별정보(주민등록번호) 처리 동의  □ 동의함  □ 동의하지 않음\n")
        d.t("(작성 예: ").neg("홍길동", "placeholder_person").t(", ").neg("000000-0000000", "placeholder_number").t(")\n\n")
        d.t("      년      월      일\n정보주체           (서명 또는 인)\n\n").neg(inst["head"], "official_by_office").t(" 귀하")
        return
    child = r.random() < 0.4
    p = Person(r, r.choice(["teen", "child", "infant"]) if child else r.choice(["adult", "young", "senior"]))
    d.t("■ 동의함  □ 동의하지 않음\n\n")
    d.neg(fmt_date(when, r.choice(["dot_space", "korean"])), "date").t("\n")
    d.t(("참가 아동" if child else "동의자(정보주체)") + " 성명: ").name(p.nm).t(" (서명)   생년월일: ")
    put_dob(d, p, "field")
    d.t("\n")
    if r.random() < 0.5 and not child:
        d.t("주민등록번호: ")
        put_rrn(d, p)
        d.t("\n")
    if child:
        g = Person(r)
        d.t("법정대리인 성명: ").name(g.nm).t(" (관계: " + r.choice(["부", "모", "조모", "후견인"]) + ")   연락처: ")
        put_phone(d)
        d.t("\n")
    else:
        d.t("연락처: ")
        put_phone(d)
        d.t("\n")
    d.t("주소: ")
    put_addr(d)
    if r.random() < 0.5:
        d.t("\n전자우편: ")
        put_email(d, p.nm if not child else None)
    d.t("\n\n").neg(inst["head"], "official_by_office").t(" 귀하")


def t_report_form(d):
    r = d.rng
    when = rdate(r, D(2024), D(2026, 11, 30))
    kind = r.choice(["passport", "dl", "moving", "birth", "birth"])
    inst = gen_inst(r, {"passport": "local", "dl": "police", "moving": "center", "birth": r.choice(["local", "center"])}[kind])
    p = Person(r, "young" if kind == "birth" else "adult")
    title = {"passport": "여권 분실 신고서", "dl": "운전면허증 분실·도난 신고서", "moving": "전입신고서", "birth": "출생신고서"}[kind]
    d.t(f"{title}\n접수번호 ").neg(receipt_no(r, when), "receipt_number").t("   접수일 ").neg(fmt_date(when, "dot_space"), "date").t("\n\n")
    lab(d, "신고인 성명", r)
    d.name(p.nm).t(" (" + ("부" if p.sex == "M" else "모") + ")\n" if kind == "birth" else "\n")
    lab(d, "주민등록번호", r)
    put_rrn(d, p)
    d.t("\n")
    if kind == "birth":
        baby = Person(r, "infant")
        baby.birth = rdate(r, max(D(2020, 10, 1), when - datetime.timedelta(days=30)), when - datetime.timedelta(days=1))
        other = Person(r, "young")
        father = p if p.sex == "M" else other
        sur = father.nm.v[:2] if father.nm.v[:2] in SURNAMES2 else father.nm.v[0]
        for _ in range(20):
            cand = sur + kr_given(r)
            if cand not in NAME_BLOCK and cand != father.nm.v:
                baby.nm = Nm(cand, "kr_double_surname" if len(sur) == 2 else "kr_name")
                break
        d.t("\n[출생자]\n")
        lab(d, "성명", r)
        d.name(baby.nm).t("   성별: " + ("남" if baby.sex == "M" else "여") + "\n")
        lab(d, "출생일시", r)
        put_dob(d, baby, "field", r.choice(["korean", "dot_space", "hyphen"]))
        d.t(f" {r.randint(0, 23):02}시 {r.randint(0, 59):02}분\n출생 장소: " + r.choice(["자택", "병원"]) + "\n")
        lab(d, "부 성명" if p.sex == "F" else "모 성명", r)
        d.name(other.nm).t("   주민등록번호 ")
        put_rrn(d, other, r.choice(["rrn_valid", "rrn_masked"]))
        d.t("\n주소: ")
        put_addr(d)
        d.t("\n\n※ 처리 결과: 주민등록번호 부여 ")
        put_rrn(d, baby, r.choice(["rrn_post2020", "rrn_post2020", "rrn_masked"]))
        d.t("\n")
    elif kind == "passport":
        lab(d, "분실 여권번호", r)
        put_passport(d, p)
        d.t("   발급일 ").neg(fmt_date(when - datetime.timedelta(days=r.randint(300, 3000)), "dot_space"), "date").t("\n")
        lab(d, "연락처", r)
        put_phone(d)
        d.t("\n분실 경위: ").neg(fmt_date(when - datetime.timedelta(days=r.randint(1, 9)), "dot_space"), "date")
        d.t(r.choice([" 공항버스 안에서 가방과 함께 분실함.", " 이사 중 서류 상자와 함께 분실한 것으로 보임.", " 해외 숙소에서 도난당함(현지 경찰 신고)."]))
        d.t("\n")
    elif kind == "dl":
        lab(d, "면허번호", r)
        put_dl(d)
        d.t("   면허종별: " + r.choice(["1종 보통", "2종 보통", "1종 대형", "2종 소형"]) + "\n")
        lab(d, "주소", r)
        put_addr(d)
        d.t("\n")
        lab(d, "휴대전화", r)
        put_phone(d)
        d.t("\n분실 장소: " + r.choice(["지하철 2호선 차내", "시장 인근", "직장 주차장", "미상"]) + "\n")
    else:
        d.t("전 주소: ")
        put_addr(d, postal=False, ref=False)
        d.t("\n새 주소: ")
        put_addr(d, ref=True)
        d.t("\n세대주: ").name(p.nm).t("   휴대전화 ")
        put_phone(d)
        d.t("\n전입자\n")
        for i, kind in enumerate(r.sample(["adult", "child", "infant", "senior"], r.randint(1, 3))):
            m = Person(r, kind)
            rel = {"adult": "배우자", "child": "자녀", "infant": "자녀", "senior": "부" if m.sex == "M" else "모"}[kind]
            d.t(f"  {i + 1}. ").name(m.nm).t(" / 세대주와의 관계 " + rel + " / ")
            put_rrn(d, m)
            d.t("\n")
    d.t("\n위와 같이 신고합니다.  신고인 ").name(p.nm).t(" (서명)\n")
    d.neg(inst["head"], "official_by_office").t(" 귀하")


def t_business_report(d):
    r = d.rng
    inst = gen_inst(r, "local")
    when = rdate(r, D(2024), D(2026, 11, 30))
    corp = r.random() < 0.7
    rep = Person(r)
    title = r.choice(["통신판매업 신고서", "식품영업 신고서", "옥외광고업 등록 신청서", "폐기물 수집·운반업 변경 신고서"])
    d.t(f"{title}\n\n[영업자]\n")
    lab(d, "상호(법인명)", r)
    if corp:
        n_company(d)
    else:
        d.neg(r.choice(COMPANY_STEMS) + r.choice(SOLE_SUFF), "company_name")
    d.t("\n")
    lab(d, "대표자 성명", r)
    d.name(rep.nm).t("   ")
    use_dob = r.random() < 0.5
    lab(d, "생년월일" if use_dob else "주민등록번호", r)
    if use_dob:
        put_dob(d, rep, "field")
    else:
        put_rrn(d, rep)
    d.t("\n")
    lab(d, "사업자등록번호", r)
    put_brn(d, corp)
    d.t("\n")
    if corp:
        lab(d, "법인등록번호", r)
        put_crn(d)
        d.t("\n")
    lab(d, "사업장 소재지", r)
    put_addr(d, ref=True)
    d.t("\n")
    lab(d, "전화번호", r)
    put_phone(d, r.choice(["landline", "070", "mobile"]))
    d.t("   ")
    lab(d, "전자우편", r)
    put_email(d, rep.nm if r.random() < 0.5 else None, domain=(romanize(r.choice(COMPANY_STEMS)) + r.choice([".co.kr", ".com", ".kr"])) if r.random() < 0.5 else None)
    d.t("\n\n[신고 내용]\n영업의 종류: " + r.choice(["전자상거래", "일반음식점", "옥외광고 제작", "생활폐기물 수집·운반"]) + "\n")
    d.t("자본금: ").neg(amount_text(r, 5000000, 500000000, 1000000), "amount").t("\n")
    d.neg("「" + r.choice(["전자상거래 등에서의 소비자보호에 관한 법률」 제12조", "식품위생법」 제37조 제4항", "옥외광고물 등의 관리와 옥외광고산업 진흥에 관한 법률」 제11조", "폐기물관리법」 제25조"]), "statute_citation")
    d.t("에 따라 위와 같이 신고합니다.\n").neg(fmt_date(when, "dot_space"), "date").t("\n신고인(대표자) ").name(rep.nm).t(" (서명 또는 인)\n")
    d.neg(inst["head"], "official_by_office").t(" 귀하")


# ----------------------------------------------------------------- tables and registers
def col_emit(d, col, p, ctx):
    r = d.rng
    if col in ("성명", "이름", "대상자", "예금주", "수령인", "방문자", "소유자"):
        if col == "예금주" and ctx.get("corp_holder"):
            n_company(d)
        else:
            d.name(ctx.get("roman") or p.nm)
    elif col in ("주민등록번호", "주민번호"):
        put_id(d, p)
    elif col == "외국인등록번호":
        put_frn(d, p)
    elif col in ("생년월일", "생년월일(6자리)"):
        put_dob(d, p, "table", "yymmdd" if "6자리" in col else None)
    elif col in ("휴대전화", "연락처", "전화번호"):
        put_phone(d, "mobile" if col == "휴대전화" else r.choice(["mobile", "mobile", "landline", "070"]))
    elif col in ("이메일", "전자우편"):
        put_email(d, p.nm)
    elif col in ("주소", "소재지", "거주지"):
        put_addr(d, postal=False, ref=False)
    elif col in ("은행", "금융기관"):
        ctx["bank"] = pick_bank(d)
        d.t(ctx["bank"])
    elif col == "계좌번호":
        put_account(d, ctx.get("bank"))
    elif col == "차량번호":
        put_plate(d)
    elif col == "운전면허번호":
        put_dl(d)
    elif col == "여권번호":
        put_passport(d, p)
    elif col in ("건강보험증번호", "건보증번호"):
        put_hi(d)
    elif col in ("접속IP", "IP"):
        put_ip(d)
    elif col == "카드번호":
        put_card(d)
    elif col == "국적":
        d.t(p.nat)
    elif col in ("소속", "업체"):
        if r.random() < 0.5:
            n_company(d)
        else:
            d.t(r.choice(["개인", "주민", "학부모", "자원봉사자", "-"]))
    elif col in ("금액", "지급액", "체납액"):
        d.neg(won(r.randrange(10000, 3000000, 10)), "amount")
    elif col in ("일자", "교부일", "방문일", "지급일", "처리일"):
        n_date(d, D(2025), D(2026, 11, 30), r.choice(["dot_zero", "hyphen", "dot_space"]))
    elif col in ("접수번호",):
        d.neg(receipt_no(r, rdate(r, D(2025), D(2026, 11, 30))), "receipt_number")
    elif col in ("순번", "번호", "연번"):
        d.t(str(ctx["i"] + 1))
    elif col == "비고":
        d.t(r.choice(["", "-", "재발급", "대리수령", "확인", "본인"]))
    elif col == "구분":
        d.t(r.choice(["신규", "변경", "재발급", "갱신"]))
    elif col == "방문목적":
        d.t(r.choice(["민원 상담", "회의 참석", "납품", "면담", "시설 점검"]))
    else:
        raise DraftError("unknown column " + col)


def emit_table(d, cols, people, layout, header=True, ctxs=None):
    r = d.rng
    sep = {"pipe": " | ", "pipe_tight": "|", "tab": "\t", "spaces": None}[layout]
    edge = layout.startswith("pipe") and r.random() < 0.4
    width = {c: max(len(c) * 2 + 2, 12) for c in cols}
    width.update({"주소": 46, "소재지": 46, "거주지": 46, "이메일": 28, "전자우편": 28, "주민등록번호": 17, "외국인등록번호": 17})

    def pad(c, used, last):
        if sep is None:
            if not last:
                d.t(" " * max(2, width.get(c, 14) - used))
        elif not last:
            d.t(sep)

    if header:
        if edge:
            d.t("| ")
        for k, c in enumerate(cols):
            d.t(c)
            pad(c, len(c) * 2, k == len(cols) - 1)
        d.t(" |\n" if edge else "\n")
        if layout.startswith("pipe") and r.random() < 0.5:
            d.t("|".join("---" for _ in cols) + "\n")
        elif layout == "spaces" and r.random() < 0.5:
            d.t("-" * r.randint(40, 90) + "\n")
    for i, p in enumerate(people):
        ctx = dict(ctxs[i]) if ctxs else {}
        ctx["i"] = i
        if edge:
            d.t("| ")
        for k, c in enumerate(cols):
            a = d.n
            col_emit(d, c, p, ctx)
            pad(c, d.n - a, k == len(cols) - 1)
        d.t(" |\n" if edge else "\n")


PERSON_COLSETS = [["순번", "성명", "주민등록번호", "휴대전화", "주소"], ["성명", "생년월일", "연락처", "이메일"],
                  ["연번", "성명", "은행", "계좌번호", "지급액"], ["번호", "성명", "차량번호", "운전면허번호", "연락처"],
                  ["성명", "건강보험증번호", "주민등록번호", "비고"], ["순번", "성명", "생년월일(6자리)", "휴대전화", "거주지"],
                  ["성명", "접속IP", "이메일", "일자"], ["연번", "성명", "카드번호", "금액", "일자"],
                  ["성명", "주민등록번호", "여권번호", "연락처", "비고"], ["구분", "성명", "생년월일", "주소", "전화번호"]]


def t_table(d, header, layouts):
    r = d.rng
    cols = r.choice(PERSON_COLSETS)
    n = r.randint(2, 6)
    title = r.choice(["", "붙임 대상자 명단\n", "[별표] 지급 대상자 현황\n", "명단 (" + r.choice(["1차", "2차", "추가"]) + ")\n",
                      "※ 내부 검토용 — 외부 유출 금지\n", "수요 조사 결과\n"])
    d.t(title)
    if d.no_pii:
        cols = ["연번", "부서", "신청 건수", "처리 건수", "비고"] if r.random() < 0.5 else ["구분", "예산액", "집행액", "집행률"]
        rows = r.randint(3, 6)
        sep = {"pipe": " | ", "pipe_tight": "|", "tab": "\t", "spaces": "    "}[r.choice(layouts)]
        if header:
            d.t(sep.join(cols) + "\n")
        for i in range(rows):
            cells = []
            for c in cols:
                cells.append(c)
            first = True
            for c in cols:
                if not first:
                    d.t(sep)
                first = False
                if c in ("연번",):
                    d.t(str(i + 1))
                elif c == "부서":
                    d.t(r.choice(LOCAL_DEPTS))
                elif c in ("예산액", "집행액"):
                    d.neg(won(r.randrange(1000000, 900000000, 1000)), "amount")
                elif c == "구분":
                    d.t(r.choice(["인건비", "운영비", "사업비", "여비", "업무추진비"]))
                elif c == "집행률":
                    d.t(f"{r.randint(10, 99)}.{r.randint(0, 9)}%")
                elif c == "비고":
                    d.t(r.choice(["", "-", "이월"]))
                else:
                    d.t(str(r.randint(0, 400)))
            d.t("\n")
        d.t("\n작성: ").neg(r.choice(LOCAL_DEPTS), "institution_name").t(" (").neg(fmt_date(rdate(r, D(2025), D(2026, 11, 30)), "dot_space"), "date").t(")")
        return
    foreign = "여권번호" in cols and r.random() < 0.5
    people = [Person(r, r.choice(["adult", "young", "senior"]), foreign=foreign and r.random() < 0.7) for _ in range(n)]
    ctxs = [{"corp_holder": r.random() < 0.15} for _ in people]
    emit_table(d, cols, people, r.choice(layouts), header, ctxs)
    if r.random() < 0.6:
        d.t("\n" + r.choice(["※ 개인정보 보호를 위해 열람 후 파기", "출처: ", "총 "]))
        if d.parts[-1].endswith("출처: "):
            d.neg(gen_inst(r)["name"], "institution_name")
        elif d.parts[-1].endswith("총 "):
            d.t(f"{n}명, 합계 ").neg(won(r.randrange(100000, 9000000, 10)), "amount")


def t_table_pipe_header(d):
    t_table(d, True, ["pipe", "pipe_tight"])


def t_table_tab_noheader(d):
    t_table(d, False, ["tab"])


def t_table_spaces_header(d):
    t_table(d, True, ["spaces"])


def t_table_noheader_mixed(d):
    t_table(d, False, ["spaces", "pipe", "pipe_tight"])


def t_table_company(d):
    r = d.rng
    header = r.random() < 0.6
    layout = r.choice(["pipe", "tab", "spaces", "pipe_tight"])
    sep = {"pipe": " | ", "pipe_tight": "|", "tab": "\t", "spaces": "   "}[layout]
    d.t(r.choice(["입찰 참가 업체 현황\n", "협약 체결 업체 목록\n", "", "붙임 2. 보조사업자 명단\n"]))
    if header:
        d.t(sep.join(["업체명", "대표자", "사업자등록번호", "법인등록번호", "전화", "소재지"]) + "\n")
    for _ in range(r.randint(2, 5)):
        n_company(d)
        d.t(sep).name(Person(r).nm).t(sep)
        put_brn(d, True)
        d.t(sep)
        put_crn(d)
        d.t(sep)
        put_phone(d, r.choice(["landline", "landline", "070", "mobile"]))
        d.t(sep)
        put_addr(d, postal=False, ref=False)
        d.t("\n")
    d.t("※ 공고번호 ").neg(public_id(r)[0] if False else f"{r.randint(2024, 2026)}{r.randint(1, 12):02}{r.randint(0, 99999):05}-00", "public_record_id")


def t_table_foreigners(d):
    r = d.rng
    header = r.random() < 0.6
    layout = r.choice(["pipe", "tab", "spaces"])
    d.t(r.choice(["외국인 근로자 고용 현황\n", "외국인 주민 지원 대상자\n", "", "체류 외국인 실태조사 명단\n"]))
    cols = r.choice([["순번", "성명", "국적", "외국인등록번호", "여권번호", "연락처"], ["성명", "국적", "여권번호", "외국인등록번호"],
                     ["번호", "성명", "외국인등록번호", "거주지", "휴대전화"]])
    people = [Person(r, r.choice(["adult", "young"]), foreign=True, script=r.choice(["latin", "latin", "hangul"])) for _ in range(r.randint(2, 6))]
    emit_table(d, cols, people, layout, header)
    d.t("\n사업장: ")
    n_company(d)
    d.t(" / 사업장 전화 ")
    put_phone(d, "landline")


def t_register_visitor(d):
    r = d.rng
    inst = gen_inst(r)
    when = rdate(r, D(2025), D(2026, 11, 30))
    d.t("청사 방문자 출입 관리대장 (").neg(fmt_date(when, "dot_space"), "date").t(")\n")
    d.t("관리: ").neg(inst["name"], "institution_name").t(" 청사관리팀 / ").neg(inst["addr"], "institution_address").t("\n\n")
    layout = r.choice(["pipe", "tab", "spaces"])
    sep = {"pipe": " | ", "tab": "\t", "spaces": "   "}[layout]
    d.t(sep.join(["번호", "입실", "성명", "소속", "연락처", "차량번호", "신분증 확인", "방문부서"]) + "\n")
    for i in range(r.randint(3, 6)):
        p = Person(r, foreign=r.random() < 0.15)
        d.t(f"{i + 1}{sep}{r.randint(8, 17):02}:{r.randint(0, 59):02}{sep}").name(p.nm).t(sep)
        if r.random() < 0.5:
            n_company(d)
        else:
            d.t("개인")
        d.t(sep)
        put_phone(d)
        d.t(sep)
        if r.random() < 0.6:
            put_plate(d)
        else:
            d.t("-")
        d.t(sep)
        k = r.random()
        if p.foreign or k < 0.3:
            d.t("여권 ")
            put_passport(d, p)
        elif k < 0.7:
            d.t("운전면허 ")
            put_dl(d)
        else:
            d.t("주민등록증(" + r.choice(["확인", "뒷자리 미기재"]) + ")")
        d.t(sep + r.choice(inst["depts"]) + "\n")


def t_register_subsidy(d):
    r = d.rng
    inst = gen_inst(r, "local")
    d.t(r.choice(["보조금 지급 대장", "재난지원금 지급 내역", "포상금 지급 대장", "자원봉사 실비 지급 대장"]) + "\n")
    d.t("사업명: " + r.choice(["청년 월세 한시 특별지원", "소상공인 경영안정자금", "저소득층 에너지바우처", "공익신고 포상금"]) + " / 담당: ")
    d.neg(inst["name"], "institution_name").t("\n\n")
    cols = r.choice([["연번", "성명", "생년월일", "은행", "계좌번호", "예금주", "지급액", "지급일"],
                     ["연번", "성명", "은행", "계좌번호", "지급액"], ["번호", "성명", "생년월일(6자리)", "금융기관", "계좌번호", "금액"]])
    people = [Person(r, r.choice(["adult", "young", "senior"])) for _ in range(r.randint(3, 6))]
    ctxs = [{"corp_holder": r.random() < 0.1} for _ in people]
    emit_table(d, cols, people, r.choice(["pipe", "tab", "spaces"]), r.random() < 0.8, ctxs)
    d.t("\n합계 ").neg(won(r.randrange(1000000, 90000000, 10)), "amount").t("  (세출 과목: ").neg(f"{r.randint(100, 999)}-{r.randint(10, 99)}", "budget_code").t(")")


def t_register_passport(d):
    r = d.rng
    inst = gen_inst(r, "local")
    d.t("여권 교부 대장\n").neg(inst["name"], "institution_name").t(" 민원여권과\n\n")
    layout = r.choice(["pipe", "tab", "spaces"])
    header = r.random() < 0.7
    cols = ["접수번호", "성명", "영문성명", "여권번호", "생년월일", "교부일", "수령인"]
    sep = {"pipe": " | ", "tab": "\t", "spaces": "  "}[layout]
    if header:
        d.t(sep.join(cols) + "\n")
    for _ in range(r.randint(3, 6)):
        p = Person(r, r.choice(["adult", "young", "teen", "child"]))
        d.neg(receipt_no(r, rdate(r, D(2025), D(2026, 11, 30))), "receipt_number").t(sep).name(p.nm).t(sep)
        d.name(kr_roman(p.nm, "upper")).t(sep)
        put_passport(d, p)
        d.t(sep)
        put_dob(d, p, "table", r.choice(["dot_zero", "hyphen", "yymmdd", "dot_zero_nodot"]))
        d.t(sep)
        n_date(d, D(2025), D(2026, 11, 30), "dot_zero")
        d.t(sep)
        if p.kind in ("teen", "child") or r.random() < 0.2:
            d.name(Person(r).nm).t("(대리)")
        else:
            d.t("본인")
        d.t("\n")


def t_register_parking(d):
    r = d.rng
    inst = gen_inst(r, "local")
    d.t("주정차위반 과태료 부과 대장 (" + r.choice(["1", "2", "3", "4"]) + "분기)\n")
    d.t("부과기관: ").neg(inst["head"], "official_by_office").t("\n")
    layout = r.choice(["pipe", "tab", "spaces"])
    sep = {"pipe": " | ", "tab": "\t", "spaces": "   "}[layout]
    if r.random() < 0.7:
        d.t(sep.join(["단속일시", "단속장소", "차량번호", "소유자", "주소", "과태료", "처리상태"]) + "\n")
    for _ in range(r.randint(3, 6)):
        n_date(d, D(2025), D(2026, 11, 30), "hyphen")
        d.t(f" {r.randint(7, 22):02}:{r.randint(0, 59):02}{sep}" + r.choice(ROAD_STEMS) + r.choice(["로 일대", "길 입구", "사거리", "초등학교 앞"]) + sep)
        put_plate(d)
        d.t(sep)
        if r.random() < 0.2:
            n_company(d)
            d.t(sep)
            put_addr(d, postal=False, ref=False)
        else:
            d.name(Person(r).nm).t(sep)
            put_addr(d, postal=False, ref=False)
        d.t(sep).neg(won(r.choice([40000, 50000, 80000, 120000])), "amount").t(sep + r.choice(["납부", "미납", "의견진술", "감경"]) + "\n")


# ----------------------------------------------------------------- templates: 계약서 / 인사명령
def t_contract_service(d):
    r = d.rng
    inst = gen_inst(r)
    when = rdate(r, D(2024), D(2026, 11, 30))
    start = when + datetime.timedelta(days=r.randint(1, 20))
    d.t(r.choice(["용역 계약서", "물품 구매 계약서", "일반용역 표준계약서"]) + "\n\n계약번호: ").neg(f"제{when.year}-{r.randint(1, 999):04}호", "public_record_id")
    d.t("\n계약건명: " + r.choice(["민원콜센터 위탁운영", "홈페이지 유지관리", "청사 시설물 안전점검", "개인정보 영향평가", "행정정보시스템 고도화"]) + " 용역\n")
    d.t("계약금액: ").neg(amount_text(r, 10000000, 900000000, 10000), "amount").t(" (부가가치세 포함)\n")
    d.t("계약기간: ").neg(fmt_date(start, "dot_space"), "date").t(" ~ ").neg(fmt_date(start + datetime.timedelta(days=r.choice([90, 180, 364])), "dot_space"), "date").t("\n\n")
    d.t("발주기관(이하 \"").neg("갑", "placeholder_person").t("\"이라 한다): ").neg(inst["name"], "institution_name").t("\n  주소: ").neg(inst["addr"], "institution_address").t("\n  ")
    n_switch(d, inst)
    d.t("\n계약상대자(이하 \"").neg("을", "placeholder_person").t("\"이라 한다)\n  상호: ")
    comp = n_company(d)
    rep = Person(r)
    if d.no_pii:
        d.t("\n  대표자: (날인본 별도 보관)\n  사업자등록번호: 별첨 사업자등록증 사본 참조\n\n")
    else:
        d.t("\n  대표자: ").name(rep.nm).t("\n  사업자등록번호: ")
        put_brn(d, True)
        if r.random() < 0.95:
            d.t("   법인등록번호: ")
            put_crn(d)
        d.t("\n  주소: ")
        put_addr(d, ref=r.random() < 0.3)
        d.t("\n  전화: ")
        put_phone(d, r.choice(["landline", "070"]))
        mgr = Person(r)
        d.t("   담당자: ").name(mgr.nm).t(" " + r.choice(["과장", "대리", "팀장", "부장"]) + " (")
        put_phone(d)
        d.t(", ")
        put_email(d, mgr.nm, domain=romanize(r.choice(COMPANY_STEMS)) + r.choice([".co.kr", ".com"]))
        d.t(")\n\n")
    d.t("제1조(목적) 이 계약은 \"갑\"이 발주한 용역을 \"을\"이 성실히 수행하는 데 필요한 사항을 정함을 목적으로 한다.\n")
    d.t("제7조(대금의 지급) ① \"갑\"은 검사 완료 후 ").neg("「국가를 당사자로 하는 계약에 관한 법률」 제15조", "statute_citation")
    d.t("에 따라 대가를 지급한다.\n② 대가는 \"을\"이 지정한 다음 계좌로 입금한다.\n")
    if d.no_pii:
        d.t("   지정 계좌: 계좌 신고서(별지) 참조\n")
    else:
        bank = pick_bank(d)
        d.t(f"   은행: {bank} / 계좌번호: ")
        put_account(d, bank)
        d.t(" / 예금주: ")
        if r.random() < 0.7:
            d.neg(comp, "company_name")
        else:
            d.name(rep.nm)
        d.t("\n")
    d.t("제12조(개인정보 보호) \"을\"은 용역 수행 중 알게 된 개인정보를 ").neg("「개인정보 보호법」 제26조", "statute_citation")
    d.t("에 따라 처리하여야 한다.\n\n").neg(fmt_date(when, "dot_space"), "date").t("\n\n\"갑\" ").neg(inst["head"], "official_by_office").t(" (인)\n\"을\" ")
    d.neg(comp, "company_name")
    if d.no_pii:
        d.t(" 대표이사 (인)")
    else:
        d.t(" 대표이사 ").name(rep.nm).t(" (인)")


def t_contract_lease(d):
    r = d.rng
    inst = gen_inst(r, "local")
    when = rdate(r, D(2024), D(2026, 11, 30))
    ten, guar = Person(r), Person(r)
    d.t("공유재산 대부계약서\n\n1. 대부재산 표시\n  소재지: ")
    full = inst["sido"]
    d.neg(f"{full} {inst['gu']} {r.choice(DONG_STEMS)}동 {r.randint(1, 999)}-{r.randint(1, 30)}", "public_property_address")
    d.t(f"  지목: {r.choice(['전', '답', '대', '잡종지'])}  면적: {r.randint(30, 900)}㎡ 중 {r.randint(10, 300)}㎡\n")
    d.t("2. 대부기간: ").neg(fmt_date(when, "dot_space"), "date").t(" ~ ").neg(fmt_date(when + datetime.timedelta(days=r.choice([364, 729, 1094])), "dot_space"), "date")
    d.t("\n3. 연간 대부료: ").neg(amount_text(r, 100000, 9000000, 1000), "amount").t("\n  납부 계좌(시금고): ").neg(f"NH농협은행 {r.randint(300, 399)}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}-{r.randint(10, 99)}", "institution_account")
    d.t(" (예금주 ").neg(inst["head"].replace("장", "") if False else inst["name"], "institution_name").t(")\n\n")
    d.t("대부하는 자(\"갑\"): ").neg(inst["head"], "official_by_office").t("\n대부받는 자(\"을\")\n  성명: ").name(ten.nm).t("   주민등록번호: ")
    put_rrn(d, ten)
    d.t("\n  주소: ")
    put_addr(d)
    d.t("\n  연락처: ")
    put_phone(d)
    d.t("\n연대보증인\n  성명: ").name(guar.nm).t("   생년월일: ")
    put_dob(d, guar, "field")
    d.t("\n  주소: ")
    put_addr(d, postal=False)
    d.t("\n  연락처: ")
    put_phone(d, r.choice(["mobile", "landline"]))
    d.t("\n\n제5조(용도 제한) \"을\"은 대부재산을 " + r.choice(["경작", "주차장", "자재 적치장", "텃밭"]) + " 용도 외로 사용할 수 없다.\n")
    d.t("제9조(계약 해지) ").neg("「공유재산 및 물품 관리법」 제35조", "statute_citation").t("에 해당하는 경우 \"갑\"은 계약을 해지할 수 있다.\n\n")
    d.neg(fmt_date(when, "korean"), "date").t("\n\"갑\" ").neg(inst["head"], "official_by_office").t(" (직인)   \"을\" ").name(ten.nm).t(" (인)   연대보증인 ").name(guar.nm).t(" (인)")


GRADES = ["지방행정주사", "지방행정주사보", "지방행정서기", "지방행정사무관", "지방사회복지주사", "지방시설주사보", "지방세무주사"]


def t_personnel_order(d):
    r = d.rng
    inst = gen_inst(r, "local")
    when = rdate(r, D(2024), D(2026, 11, 30))
    d.t(inst["name"] + " 인사발령\n").neg(inst["name"] + " 인사발령 제" + str(r.randint(10, 99)) + "호", "document_number").t("\n발령일자: ")
    d.neg(fmt_date(when, "dot_space"), "date").t("\n\n")
    secs = r.sample(["승진", "전보", "신규임용", "국외출장", "휴직", "직무대리", "복직"], r.randint(3, 5))
    if d.no_pii:
        d.t("※ 인사발령 세부 명단은 내부망(인사정보시스템)에서 확인하시기 바랍니다.\n\n")
        for s in secs:
            d.t(f"[{s}] " + str(r.randint(1, 30)) + "명\n")
        d.t("\n").neg(inst["head"], "official_by_office")
        return
    for s in secs:
        d.t(f"[{s}]\n")
        for _ in range(r.randint(1, 3)):
            p = Person(r, r.choice(["adult", "young"]))
            g = r.choice(GRADES)
            if s == "승진":
                d.t(f"  {g} ").name(p.nm).t(f"  {r.choice(inst['depts'])}  (현 직급 대비 1계급 승진)\n")
            elif s == "전보":
                d.t(f"  {g} ").name(p.nm).t(f"  {r.choice(inst['depts'])} → {r.choice(inst['depts'])}\n")
            elif s == "신규임용":
                d.t(f"  {g}보 시보  ").name(p.nm).t(f"  {r.choice(inst['depts'])}\n")
            elif s == "국외출장":
                d.t(f"  {g} ").name(p.nm).t(" (여권번호 ")
                put_passport(d, p)
                d.t(f") / 출장지: {r.choice(['일본 오사카', '베트남 하노이', '독일 베를린', '미국 워싱턴', '싱가포르'])} / 기간: ")
                d.neg(fmt_date(when + datetime.timedelta(days=10), "dot_space"), "date").t(" ~ ").neg(fmt_date(when + datetime.timedelta(days=16), "dot_space"), "date").t("\n")
            elif s == "휴직":
                d.t(f"  {g} ").name(p.nm).t(f"  {r.choice(['육아휴직', '연수휴직', '가족돌봄휴직'])}  ")
                d.neg(fmt_date(when, "dot_space"), "date").t(" ~ ").neg(fmt_date(when + datetime.timedelta(days=364), "dot_space"), "date").t("\n")
            elif s == "직무대리":
                d.t(f"  {dept_head(r.choice(inst['depts']))} 직무대리  {g} ").name(p.nm).t("\n")
            else:
                d.t(f"  {g} ").name(p.nm).t(f"  {r.choice(inst['depts'])} (휴직 만료)\n")
    d.t("\n").neg(inst["head"], "official_by_office")


# ----------------------------------------------------------------- templates: 회의록
COMMITTEES = ["지방보조금심의위원회", "정보공개심의회", "개인정보 보호 심의위원회", "주민등록번호변경위원회 소위원회",
              "민원조정위원회", "도시계획위원회", "공적심사위원회", "생활보장위원회"]


def enum_names(d, names, r, style=None):
    style = style or r.choice(["comma", "dot", "gwa"])
    for k, nm in enumerate(names):
        if k:
            if style == "comma":
                d.t(", ")
            elif style == "dot":
                d.t("·")
            else:
                prev = names[k - 1]
                d.t(prev.j("과/와") + " " if k == len(names) - 1 else ", ")
        d.name(nm)
    return style


def t_minutes_committee(d):
    r = d.rng
    inst = gen_inst(r)
    when = rdate(r, D(2024), D(2026, 11, 30))
    com = r.choice(COMMITTEES)
    d.t(f"제{r.randint(1, 12)}차 {com} 회의록\n\n일시: ").neg(fmt_date(when, "dot_space"), "date")
    d.t(f"({'월화수목금'[when.weekday() % 5]}) {r.randint(9, 16)}:00~{r.randint(17, 18)}:{r.choice(['00', '10', '30'])}\n장소: ")
    d.neg(inst["name"], "institution_name").t(" " + r.choice(["소회의실", "영상회의실", "3층 대회의실"]) + "\n")
    if d.no_pii:
        d.t("참석: 위원장 및 위원 " + str(r.randint(5, 9)) + "명(성원)\n\n※ 공개용 회의록으로 발언 위원은 ")
        d.neg("A위원", "placeholder_person").t(", ").neg("B위원", "placeholder_person").t(" 등으로 표기함\n\n")
        d.t("○ 위원장: 성원이 되었으므로 회의를 개의하겠습니다. 안건 설명 부탁드립니다.\n")
        d.t("○ 간사: 제1호 안건은 ").neg(fmt_date(when - datetime.timedelta(days=30), "korean"), "date")
        d.t(" 접수된 ").neg(f"{r.randint(20, 80)}건", "count").t("의 신청에 대한 심의입니다. 총 소요 예산은 ").neg(won(r.randrange(10000000, 900000000, 100000)), "amount").t("입니다.\n")
        d.t("○ ").neg("A위원", "placeholder_person").t(": 신청인 중 ").neg("김○○", "placeholder_person").t(" 씨의 사례는 기준을 벗어난 것으로 보입니다.\n")
        d.t("○ ").neg("B위원", "placeholder_person").t(": ").neg("「지방자치단체 보조금 관리에 관한 법률」 제13조", "statute_citation").t("의 취지를 고려하면 조건부 승인이 타당합니다.\n")
        d.t("○ 위원장: 이견이 없으므로 원안 가결을 선포합니다.\n\n의결 결과: 원안 가결")
        return
    chair = Person(r)
    members = [Person(r, foreign=(r.random() < 0.06)) for _ in range(r.randint(3, 5))]
    sec = Person(r)
    d.t("참석 위원: 위원장 ").name(chair.nm).t(", 위원 ")
    enum_names(d, [m.nm for m in members], r)
    d.t(r.choice([f" (이상 {len(members) + 1}명)", f" 등 {len(members) + 1}명"]) + "\n")
    d.t("배석: ").neg(dept_head(inst["dept"]), "official_by_office").t(", 간사 " + r.choice(["주무관", "사무관"]) + " ").name(sec.nm).t("\n\n")
    d.t("안건: 제1호 " + r.choice(["신청 건 심의", "이의신청 심의", "정보공개 청구 건 공개 여부 결정", "변경 신청 인용 여부"]) + "\n\n회의 내용\n")
    sty = r.choice(["paren", "name_first", "bracket"])

    def speaker(p, role):
        if sty == "paren":
            d.t(f"○ {role}(").name(p.nm).t("): ")
        elif sty == "name_first":
            d.t("○ ").name(p.nm).t(f" {role}: ")
        else:
            d.t("[").name(p.nm).t(f" {role}] ")

    speaker(chair, "위원장")
    d.t("성원이 되었으므로 회의를 시작하겠습니다. 간사는 안건을 보고해 주시기 바랍니다.\n")
    speaker(sec, "간사")
    app = Person(r, r.choice(["adult", "senior"]), foreign=r.random() < 0.15)
    d.t("신청인 ").name(app.nm).t(f"({app.age(when)}) 씨는 ").neg(fmt_date(when - datetime.timedelta(days=r.randint(20, 80)), "dot_space"), "date").t(" 신청서를 제출하였습니다. ")
    k = r.randint(0, 2)
    if k == 0:
        d.t("신청인의 주민등록상 주소는 ")
        put_addr(d, postal=False, ref=False)
        d.t(app.j("이/가") if False else "")
        d.t("이며, 실제 거주지와 일치함을 확인하였습니다.\n")
    elif k == 1:
        d.t("신청인은 ")
        put_dob(d, app, "prose")
        d.t("생으로, 연락처 ")
        put_phone(d)
        d.t("로 보완 서류 제출을 안내한 바 있습니다.\n")
    else:
        d.t("신청인은 피해 사실로 ").neg(r.choice(["보이스피싱", "명의도용", "전세사기"]), "incident_type").t(" 피해를 들고 있으며, 피해 계좌는 " + pick_bank(d) + " ")
        put_account(d)
        d.t("입니다.\n")
    m1, m2 = r.sample(members, 2)
    speaker(m1.nm and m1, "위원")
    d.t(r.choice(["제출된 자료만으로는 판단하기 어렵습니다. ", "신청 취지에는 공감합니다. "]))
    d.name(app.nm).t(" 씨 본인의 의견을 한 번 더 들어 보는 것이 좋겠습니다.\n")
    speaker(m2, "위원")
    d.t(r.choice(["저는 ", "본 위원은 "])).name(m1.nm).t(" 위원님 의견에 동의합니다. 다만 처리기한(").neg(fmt_date(when + datetime.timedelta(days=14), "dot_space"), "date").t(")을 넘기지 않도록 해야 합니다.\n")
    speaker(chair, "위원장")
    d.t("그러면 ").neg("조정", "name_shaped_word").t(" 의견을 반영하여 보완 후 재상정하는 것으로 하겠습니다. 이의 없으십니까? (「없습니다」 하는 위원 있음) 의결되었음을 선포합니다.\n\n")
    d.t("작성자: 간사 ").name(sec.nm).t(" (")
    put_phone(d, "landline", area=inst["area"], fmt="hyphen")
    d.t(")")


def t_minutes_council(d):
    r = d.rng
    inst = gen_inst(r, "local")
    when = rdate(r, D(2024), D(2026, 11, 30))
    council = inst["name"].split()[-1] + "의회"
    d.t(f"제{r.randint(250, 340)}회 {council}(" + r.choice(["임시회", "정례회"]) + ") " + r.choice(["행정복지위원회", "도시건설위원회", "예산결산특별위원회"]) + " 회의록\n")
    d.t("일시: ").neg(fmt_date(when, "korean"), "date").t(" 10시 00분 개의\n\n")
    chair = Person(r)
    mems = [Person(r) for _ in range(r.randint(2, 3))]
    offs = [(Person(r), t) for t in r.sample(["교통과장", "복지정책과장", "도시계획과장", "자치행정국장", "재무과장"], 2)]
    if d.no_pii:
        d.t("○위원장  의석을 정돈하여 주시기 바랍니다. 성원이 되었으므로 회의를 개의하겠습니다.\n")
        d.t("○위원  ").neg("○○○", "placeholder_person").t(" 주민이 제기한 민원과 관련해 집행부의 입장을 묻겠습니다.\n")
        d.t("○" + offs[0][1] + "  해당 사안은 ").neg("「주차장법」 제29조", "statute_citation").t("에 따라 검토 중입니다.\n")
        d.t("○위원장  질의를 종결하겠습니다. 산회를 선포합니다.\n(11시 40분 산회)")
        return
    d.t("출석 위원(" + str(len(mems) + 1) + "인): ")
    enum_names(d, [chair.nm] + [m.nm for m in mems], r, r.choice(["comma", "dot"]))
    d.t("\n출석 공무원: ")
    for k, (o, t) in enumerate(offs):
        d.t(", " if k else "").t(t + " ").name(o.nm)
    d.t("\n\n○위원장 ").name(chair.nm).t("  성원이 되었으므로 회의를 개의하겠습니다. 질의하실 위원님 계십니까?\n")
    m = mems[0]
    d.t("○").name(m.nm).t(" 위원  " + offs[0][1] + "님께 묻겠습니다. 지난달 ")
    cit = Person(r, r.choice(["adult", "senior"]))
    d.t(r.choice(["주민 대표 ", "민원인 ", "상인회장 "])).name(cit.nm).t(" 씨가 제출한 청원서를 보셨습니까? ")
    d.t("해당 구간의 불법 주정차 문제가 심각하다는 내용이었습니다.\n")
    d.t("○" + offs[0][1] + " ").name(offs[0][0].nm).t("  네, 보고받았습니다. ").name(cit.nm).t(" 씨와는 ")
    d.neg(fmt_date(when - datetime.timedelta(days=r.randint(3, 20)), "dot_space"), "date").t(" 현장에서 직접 면담하였고, 단속 카메라 설치를 검토하고 있습니다.\n")
    d.t("○").name(m.nm).t(" 위원  예산은 얼마나 듭니까?\n○" + offs[0][1] + " ").name(offs[0][0].nm).t("  대당 약 ")
    d.neg(won(r.randrange(20000000, 60000000, 1000000)), "amount").t(" 정도로 추산됩니다.\n")
    if len(mems) > 1:
        d.t("○").name(mems[1].nm).t(" 위원  추가로 말씀드리면, ").name(m.nm).t(" 위원님 지적처럼 ")
        d.neg(r.choice(PLACE_WORDS) + r.choice(["IC", "나들목", "방면 도로"]), "name_shaped_place").t(" 인근도 함께 살펴봐 주시기 바랍니다.\n")
    d.t("○위원장 ").name(chair.nm).t("  더 이상 질의가 없으므로 산회를 선포합니다.\n(").t(f"{r.randint(11, 12)}시 {r.randint(0, 59):02}분 산회)")


# ----------------------------------------------------------------- templates: 보도자료 / 뉴스
NEWS_DOMAINS = ["hanbitnews.co.kr", "saesol-ilbo.com", "garamtimes.kr", "nuri-news.co.kr", "dailyhaneul.com", "byeolbit.kr"]


def press_contacts(d, inst, r):
    dept = inst["dept"]
    boss, staff = Person(r), Person(r)
    if r.random() < 0.5:
        d.t("\n\n담당 부서  " + dept + "\t책임자  " + r.choice(["과장", "팀장", "국장"]) + " ").name(boss.nm).t(" (")
        put_phone(d, "landline", area=inst["area"], fmt="hyphen")
        d.t(")\n\t\t\t담당자  " + r.choice(["사무관", "주무관", "연구관"]) + " ").name(staff.nm).t(" (")
        put_phone(d, "landline", area=inst["area"], fmt="hyphen")
        d.t(")")
    else:
        d.t("\n\n문의: " + dept + " ").name(staff.nm).t(" " + r.choice(["주무관", "사무관"]) + " ")
        put_phone(d, "landline", area=inst["area"])
        if r.random() < 0.5:
            d.t(", ")
            put_email(d, staff.nm, official=True)
    if r.random() < 0.4:
        d.t("\n※ 일반 문의: ")
        n_switch(d, inst)


def t_press_release(d):
    r = d.rng
    inst = gen_inst(r)
    when = rdate(r, D(2024), D(2026, 11, 30))
    head = Person(r)
    topic, stat, quote, short = r.choice([
        ("독거노인 안부 확인 서비스 확대", "「노인복지법」 제27조의2", "사각지대 없이 어르신들의 안부를 챙기겠다", "독거노인 안부 확인 서비스를"),
        ("외국인 주민 통합지원센터 개소", "「재한외국인 처우 기본법」 제12조", "외국인 주민도 불편 없이 행정 서비스를 누리도록 하겠다", "외국인 주민 통합지원센터 운영을"),
        ("개인정보 유출 예방 집중 점검 결과", "「개인정보 보호법」 제29조", "개인정보 보호에 한 치의 소홀함도 없도록 하겠다", "개인정보처리시스템 집중 점검을"),
        ("어린이보호구역 불법 주정차 단속 강화", "「도로교통법」 제12조", "아이들이 안전하게 등하교할 수 있도록 단속을 늦추지 않겠다", "어린이보호구역 단속 강화 조치를"),
        ("청년 전월세 보증금 이자 지원 확대", "「청년기본법」 제20조", "청년들의 주거비 부담을 덜도록 현장 중심으로 운영하겠다", "청년 전월세 보증금 이자 지원을")])
    d.t("보도자료\n보도 시점: ").neg(fmt_date(when, "dot_space"), "date").t(f"({'월화수목금토일'[when.weekday()]}) " + r.choice(["12:00", "06:00", "즉시"]) + "\n\n")
    d.t(f"{inst['name'].split()[-1]}, {topic}\n- " + r.choice(["올해 예산 ", "총사업비 "])).neg(won(r.randrange(100000000, 9000000000, 10000000)), "amount").t(" 투입 -\n\n")
    d.t("□ ").neg(inst["name"], "institution_name")
    if d.no_pii:
        d.t(jo(inst["name"], "은/는") + " " + short + " ").neg(fmt_date(when + datetime.timedelta(days=14), "korean"), "date").t("부터 본격 추진한다고 밝혔다.\n")
        d.t("□ 이번 조치는 ").neg(stat, "statute_citation").t("에 근거한 것으로, ").neg(inst["head"], "official_by_office")
        d.t(jo(inst["head"], "은/는") + " \"" + quote + "\"고 말했다.\n")
        d.t("□ 자세한 내용은 누리집 공지사항을 참고하거나 ")
        n_switch(d, inst)
        d.t("로 문의하면 된다.")
        return
    hd = inst["head"]
    title = ("위원장" if hd.endswith("위원장") else "장관" if inst["kind"] == "ministry" else
             "구청장" if hd.endswith("구청장") else "시장" if hd.endswith("시장") else "군수" if hd.endswith("군수") else "청장")
    d.t("(" + title + " ").name(head.nm).t(")" + jo(inst["name"], "은/는") + " " + short + " ")
    d.neg(fmt_date(when + datetime.timedelta(days=14), "korean"), "date").t("부터 확대 시행한다고 밝혔다.\n")
    d.t("□ 이번 사업은 ").neg(stat, "statute_citation").t("에 근거해 추진되며, 지난해 시범사업에는 ")
    d.neg(f"{r.randint(100, 3000):,}명", "count").t("이 참여했다. 올해 모집 ").neg("정원", "name_shaped_word").t("은 ").neg(f"{r.randint(50, 900)}명", "count").t("이다.\n")
    if r.random() < 0.6:
        winners = [Person(r, r.choice(["adult", "senior"]), foreign=r.random() < 0.15) for _ in range(r.randint(2, 3))]
        d.t("□ 시범사업 우수 참여자로는 ")
        for k, w in enumerate(winners):
            if k:
                d.t(", " if k < len(winners) - 1 else "와 ")
            d.name(w.nm).t(f"({w.age(when)}" + (f"·{w.nat}" if w.foreign else "") + ") 씨")
        d.t("가 선정돼 표창을 받는다.\n")
    d.t("□ ").name(head.nm).t(" " + title + r.choice(["은 \"", "은 이날 \""]) + quote + "\"고 말했다.")
    press_contacts(d, inst, r)


def t_press_award(d):
    r = d.rng
    inst = gen_inst(r, "local")
    when = rdate(r, D(2024), D(2026, 11, 30))
    award = r.choice(["자랑스러운 시민상", "모범 자원봉사자 표창", "효행상", "이웃사랑 대상"])
    d.t(f"[보도자료] 제{r.randint(5, 40)}회 '{award}' 수상자 선정\n\n")
    d.neg(inst["name"], "institution_name").t("는 ").neg(fmt_date(when, "korean"), "date").t(" 공적심사위원회를 열어 올해 수상자를 확정했다고 밝혔다.\n\n")
    if d.no_pii:
        d.t("수상자 명단은 본인 동의 절차를 거쳐 시상식 당일 공개할 예정이다. 시상식은 ").neg(fmt_date(when + datetime.timedelta(days=20), "korean"), "date")
        d.t(" 시청 대강당에서 열린다. 문의 ")
        n_switch(d, inst)
        return
    ws = [Person(r, r.choice(["adult", "senior", "senior"]), foreign=r.random() < 0.15) for _ in range(r.randint(2, 4))]
    cats = ["봉사 부문", "효행 부문", "지역경제 부문", "다문화 화합 부문", "안전 부문"]
    d.t("수상자는 ")
    for k, w in enumerate(ws):
        if k:
            d.t(", " if k < len(ws) - 1 else ", 그리고 ")
        d.t(cats[k % len(cats)] + " ").name(w.nm).t(f"({w.age(when)}" + (f"·{w.nat}" if w.foreign else "·" + r.choice(DONG_STEMS) + "동") + ") 씨")
    d.t("다.\n\n")
    w = ws[0]
    d.name(w.nm).t(" 씨는 " + r.choice(["20년 넘게 경로식당에서 배식 봉사를 해 왔다", "홀로 사는 이웃 30여 가구의 안부를 매주 확인해 왔다", "사재를 털어 장학금을 기부해 왔다"]) + ". ")
    d.name(w.nm).t(" 씨는 \"" + r.choice(["제가 받은 것을 돌려드렸을 뿐", "함께 해 준 이웃들 덕분", "앞으로도 힘닿는 데까지 하겠다"]) + "\"이라며 소감을 밝혔다.\n")
    if len(ws) > 1:
        w2 = ws[1]
        d.name(w2.nm).t(" 씨" + r.choice(["는 거동이 불편한 ", "는 치매를 앓는 "]) + r.choice(["어머니", "시아버지", "남편"]) + "를 " + str(r.randint(8, 25)) + "년째 돌보고 있다.\n")
    d.t("\n시상식은 ").neg(fmt_date(when + datetime.timedelta(days=20), "korean"), "date").t(" 열린다.")
    press_contacts(d, inst, r)


def reporter(d, r):
    rp = Person(r)
    return rp


def byline_end(d, rp, r):
    d.t("\n\n").name(rp.nm).t(" 기자 ")
    v, sub = email_value(r, rp.nm, r.choice(NEWS_DOMAINS))
    d.pii("EMAIL_ADDRESS", v, sub, "")


def t_news_incident(d):
    r = d.rng
    inst = gen_inst(r, "police")
    when = rdate(r, D(2024), D(2026, 11, 30))
    city = inst["gu"].split()[0]
    rp = reporter(d, r)
    kind = r.choice(["hitrun", "dui", "fraud", "fire"])
    head = {"hitrun": "새벽 귀갓길 보행자 치고 달아난 차량 추적", "dui": "만취 운전자, 신호 대기 차량 들이받아",
            "fraud": "\"검찰입니다\" 전화에 노인 쌈짓돈 가로챈 수거책 검거", "fire": "주택 화재로 70대 중상… 이웃이 구조"}[kind]
    d.t(f"[{city}] {head}\n\n")
    if not d.no_pii:
        d.t(f"({city}=뉴스) ").name(rp.nm).t(" 기자 = ")
    d.neg(fmt_date(when, "korean"), "date").t(f" 오전 {r.randint(1, 5)}시께 {city} {r.choice(ROAD_STEMS)}로의 한 교차로에서 ")
    ph = r.choice(["A(", "B(", "C("])
    age = r.randint(20, 70)
    if kind == "hitrun":
        d.t("길을 건너던 ").neg(ph[0] + "씨", "placeholder_person").t(f"({age})가 승용차에 치여 크게 다쳤다.\n\n")
        d.t("차량은 그대로 달아났으며, 경찰은 주변 CCTV를 분석해 ")
        if d.no_pii:
            d.t("번호판 일부를 확인했다.")
        else:
            d.t("사고 차량이 " + r.choice(["흰색", "검은색", "회색"]) + " 승용차(")
            put_plate(d, r.choice(["plate_2d", "plate_3d", "plate_region"]))
            d.t(")인 것으로 파악했다.")
    elif kind == "dui":
        d.neg(ph[0] + "씨", "placeholder_person").t(f"({age})가 몰던 SUV가 신호를 기다리던 차량을 들이받았다. 당시 ").neg(ph[0] + "씨", "placeholder_person")
        d.t(f"의 혈중알코올농도는 면허 취소 수준인 0.{r.randint(80, 199)}%였다.")
    elif kind == "fraud":
        d.t("검찰 수사관을 사칭한 전화금융사기 조직의 현금 수거책 ").neg(ph[0] + "씨", "placeholder_person").t(f"({age})가 현장에서 붙잡혔다. 피해자 ")
        d.neg(r.choice(["B씨", "C씨"]), "placeholder_person").t(f"({r.randint(70, 88)})는 ").neg(won(r.randrange(5000000, 50000000, 1000000)), "amount").t("을 건넨 것으로 조사됐다.")
    else:
        d.t("주택에서 불이 나 집 안에 있던 ").neg(ph[0] + "씨", "placeholder_person").t(f"({r.randint(70, 89)})가 전신 화상을 입었다.")
        if not d.no_pii:
            hero = Person(r)
            d.t(" 옆집에 사는 ").name(hero.nm).t(f"({hero.age(when)}) 씨가 불길을 보고 뛰어들어 ").neg(ph[0] + "씨", "placeholder_person").t("를 밖으로 끌어냈다. ")
            d.name(hero.nm).t(" 씨는 \"생각할 겨를도 없었다\"고 말했다.")
    d.t("\n\n")
    if d.no_pii:
        d.t("경찰 관계자는 \"정확한 경위를 조사하고 있다\"고 밝혔다. 목격자 제보는 ")
        d.neg(inst["name"], "institution_name").t("(")
        d.neg(inst["main"], "institution_switchboard").t(")로 하면 된다.")
        return
    off = Person(r)
    ttl, q = {"hitrun": ("교통조사계장", "주변 블랙박스 영상을 확보하는 대로 신원을 특정하겠다"),
              "dui": ("교통과장", "비슷한 사고가 반복되지 않도록 음주 단속을 강화하겠다"),
              "fraud": ("수사과장", "윗선과 유사 범행이 더 있는지 수사를 확대하겠다"),
              "fire": ("형사과장", "소방 당국과 합동 감식을 벌여 정확한 화재 원인을 밝히겠다")}[kind]
    d.neg(inst["name"], "institution_name").t(" ").name(off.nm).t(f" {ttl}은 \"{q}\"고 말했다.")
    if kind in ("hitrun", "dui") and r.random() < 0.6:
        d.t(" 경찰은 운전자 ").name(Person(r).nm).t(f"({r.randint(25, 60)}) 씨의 운전면허(")
        put_dl(d)
        d.t(")를 " + r.choice(["취소 처분했다", "정지하는 절차를 밟고 있다"]) + ".")
    d.t(" 목격자 제보는 ")
    d.neg(inst["main"], "institution_switchboard").t("로 받는다.")
    byline_end(d, rp, r)


def t_news_foreign(d):
    r = d.rng
    when = rdate(r, D(2024), D(2026, 11, 30))
    inst = gen_inst(r, r.choice(["welfare", "local", "immigration"]))
    rp = reporter(d, r)
    p = Person(r, r.choice(["adult", "young"]), foreign=True)
    k = r.randint(0, 2)
    d.t(r.choice(["[사람들] ", "[현장] ", ""]) + ["\"한국은 제2의 고향\"… 이주민 통역 봉사 10년", "외국인 관광객 잃어버린 지갑, 시민 도움으로 되찾아", "외국인 계절근로자 임금 체불 해결"][k] + "\n\n")
    if d.no_pii:
        d.t("외국인 주민 ").neg("D씨", "placeholder_person").t(f"({r.randint(25, 45)})는 ").neg(fmt_date(when, "korean"), "date")
        d.t(" ").neg(inst["name"], "institution_name").t("에서 열린 간담회에서 \"언어 장벽이 가장 큰 어려움\"이라고 말했다. 상담은 ")
        d.neg(r.choice(["1345", "1577-1366"]), "institution_switchboard").t(" 외국인종합안내센터에서 받을 수 있다.")
        return
    d.t((p.nat + " 출신 " if k != 1 else p.nat + "인 관광객 ")).name(p.nm).t(f"({p.age(when)}) 씨는 ")
    if k == 0:
        d.t("매주 토요일 ").neg(inst["name"], "institution_name").t("에서 같은 나라 출신 이주민들의 통역을 돕는다. ")
        d.name(p.nm).t(" 씨는 \"처음 한국에 왔을 때 병원 한 번 가는 것도 무서웠다\"며 \"그때 도와준 ")
        helper = Person(r)
        d.name(helper.nm).t(" 선생님처럼 누군가의 손을 잡아 주고 싶었다\"고 했다.\n\n")
        d.t("센터 관계자에 따르면 ").name(p.nm).t(" 씨가 10년간 도운 상담은 3천 건이 넘는다. ").name(inst["head"] and Person(r).nm)
        d.t(" 센터장은 \"지역에 꼭 필요한 분\"이라고 말했다.")
    elif k == 1:
        d.t("여행 중 ").neg(fmt_date(when, "korean"), "date").t(" 지하철역에서 여권과 카드가 든 지갑을 잃어버렸다. 지갑을 주운 대학생 ")
        s1 = Person(r, "young")
        d.name(s1.nm).t(f"({s1.age(when)}) 씨는 곧바로 역무실에 맡겼고, 역무원은 지갑 속 명함에 적힌 번호(")
        put_phone(d)
        d.t(")로 연락해 주인을 찾아 줬다.\n\n").name(p.nm).t(" 씨는 \"한국 사람들의 정직함에 감동했다\"고 말했다.")
    else:
        emp = n_company
        d.t(r.choice(["충남", "전북", "경북"]) + "의 한 농가에서 계절근로자로 일하다 임금 ").neg(won(r.randrange(3000000, 12000000, 10000)), "amount").t("을 받지 못했다. ")
        d.t("사연을 들은 노무사 ").name(Person(r).nm).t(" 씨가 무료로 진정을 도왔고, 고용노동부 지청은 사업주 ").name(Person(r).nm)
        d.t(" 씨에게 체불 임금 지급을 지시했다. 밀린 임금은 ").name(p.nm).t(" 씨 명의 " + pick_bank(d) + " 계좌(")
        put_account(d)
        d.t(")로 입금됐다.")
    byline_end(d, rp, r)


def t_news_people(d):
    r = d.rng
    when = rdate(r, D(2024), D(2026, 11, 30))
    rp = reporter(d, r)
    place = r.choice(PLACE_WORDS)
    d.t(r.choice(["[우리 동네 이야기] ", "[이웃] ", ""]) + f"{place} 시골 마을 지킨 부부의 40년\n\n")
    if d.no_pii:
        d.neg(place, "name_shaped_place").t("의 한 마을에서 40년째 구멍가게를 운영하는 ").neg("정 모 씨", "placeholder_person")
        d.t(" 부부는 요즘 마을 어르신들의 '우체부' 노릇도 한다. 가게 이름은 마을 특산물 ").neg(r.choice(PRODUCT_WORDS), "name_shaped_product")
        d.t("에서 따왔다. 부부는 \"" + r.choice(["주민", "시민"]) + "들이 있어 버틴다\"고 했다. 가게 매출은 한 달 ").neg(won(r.randrange(1000000, 5000000, 10000)), "amount").t(" 남짓이다.")
        return
    h, w = Person(r, "senior"), Person(r, "senior")
    d.neg(place, "name_shaped_place").t("의 한 마을에서 40년째 구멍가게를 운영하는 ")
    style = r.choice(["dot", "gwa"])
    if style == "dot":
        d.name(h.nm).t(f"({h.age(when)})·").name(w.nm).t(f"({w.age(when)}) 씨 부부는 ")
    else:
        d.name(h.nm).t(f"({h.age(when)}) 씨" + "와 ").name(w.nm).t(f"({w.age(when)}) 씨 부부는 ")
    d.t("요즘 마을 어르신들의 '우체부' 노릇도 한다.\n\n")
    d.name(w.nm).t(" 씨는 \"택배가 오면 우리가 받아 두었다가 저녁에 집집마다 갖다 드린다\"고 웃었다. ")
    kid = Person(r)
    kid.birth = D(min(h.birth.year, w.birth.year) + r.randint(24, 36), r.randint(1, 12), r.randint(1, 28))
    d.t("서울에서 직장을 다니는 아들 ").name(kid.nm).t(f"({kid.age(when)}) 씨는 주말마다 내려와 가게 일을 돕는다.\n\n")
    if r.random() < 0.5:
        d.t("부부는 1980년대 초 이 마을로 왔다. ").name(h.nm).t(" 씨는 ")
        put_dob(d, h, "prose")
        d.t("생으로, 마을에서 가장 나이 많은 ").name(Person(r, "old90s").nm).t(" 할머니와는 ")
        d.t("친자매처럼 지낸다.\n")
    d.t("가게 이름은 마을 특산물 ").neg(r.choice(PRODUCT_WORDS), "name_shaped_product").t("에서 따왔다. ")
    d.t("이장 ").name(Person(r).nm).t(" 씨는 \"" + r.choice(["주민", "시민"]) + "들에게 이 가게는 사랑방\"이라고 했다.")
    byline_end(d, rp, r)


# ----------------------------------------------------------------- templates: 판결문 / 결정문
JOBS = ["회사원", "자영업", "무직", "일용직", "택시기사", "대학생", "주부", "배달원", "공무원", "농업"]


def t_judgment_criminal(d):
    r = d.rng
    court = gen_inst(r, "court")
    when = rdate(r, D(2023), D(2026, 11, 30))
    crime = r.choice(["dui", "fraud", "idtheft"])
    cname = {"dui": "도로교통법위반(음주운전)", "fraud": "사기", "idtheft": "주민등록법위반, 사기"}[crime]
    d.neg(court["name"], "institution_name").t("\n\n판        결\n\n사        건   ").neg(case_no(r, when.year, r.choice(["고단", "고정", "고합"])), "case_number").t(f"  {cname}\n")
    if d.no_pii:
        d.t("피  고  인   ").neg(r.choice(["A", "김○○", "피고인 甲"]), "placeholder_person").t(" (비실명 처리본)\n")
        d.t("검        사   (비실명)\n판 결 선 고   ").neg(fmt_date(when, "dot_space"), "date").t("\n\n주        문\n피고인을 벌금 ").neg(won(r.choice([5000000, 7000000, 10000000])), "amount")
        d.t("에 처한다.\n\n이        유\n범 죄 사 실\n피고인은 ").neg(fmt_date(when - datetime.timedelta(days=200), "dot_space"), "date")
        d.t(" 혈중알코올농도 0.1% 이상의 상태로 승용차를 운전하였다.\n\n법령의 적용\n").neg("「도로교통법」 제148조의2 제3항 제2호", "statute_citation").t(", 제44조 제1항")
        return
    p = Person(r)
    d.t("피  고  인   ").name(p.nm).t(" (")
    put_rrn(d, p, r.choice(["rrn_valid", "rrn_masked", "rrn_masked"]))
    d.t("), " + r.choice(JOBS) + "\n             주거 ")
    put_addr(d, postal=False)
    d.t("\n             등록기준지 ")
    if r.random() < 0.5:
        put_addr(d, "jibun", postal=False, unit=False)
    else:
        d.t("생략")
    pros = [Person(r) for _ in range(r.randint(1, 2))]
    d.t("\n검        사   ")
    for k, q in enumerate(pros):
        d.t(", " if k else "").name(q.nm).t("(기소)" if k == 0 and len(pros) > 1 else ("(공판)" if k else "(기소, 공판)"))
    lw = Person(r)
    d.t("\n변  호  인   변호사 ").name(lw.nm).t(r.choice(["(국선)", "(사선)", ""]) + "\n판 결 선 고   ").neg(fmt_date(when, "dot_space"), "date").t("\n\n주        문\n\n")
    d.t(f"피고인을 징역 {r.randint(4, 18)}월에 처한다.\n다만, 이 판결 확정일부터 {r.randint(1, 3)}년간 위 형의 집행을 유예한다.\n\n이        유\n\n범 죄 사 실\n\n")
    t0 = when - datetime.timedelta(days=r.randint(120, 400))
    if crime == "dui":
        d.t("피고인은 ").neg(fmt_date(t0, "dot_space"), "date").t(f" {r.randint(0, 23):02}:{r.randint(0, 59):02}경 ")
        d.t(f"혈중알코올농도 0.{r.randint(80, 230):03}%의 술에 취한 상태로 ")
        put_plate(d)
        car = r.choice(["승용차", "화물차", "SUV 차량", "경차"])
        d.t(" " + car + jo(car, "을/를") + " 약 " + str(r.randint(1, 12)) + "km 구간에서 운전하였다.\n")
        if r.random() < 0.6:
            d.t("피고인은 이미 ").neg(fmt_date(t0 - datetime.timedelta(days=r.randint(400, 2000)), "dot_space"), "date").t(" 같은 죄로 벌금형을 받아 운전면허(")
            put_dl(d)
            d.t(")가 취소된 전력이 있다.\n")
        vic = Person(r)
        d.t("피고인은 위 일시경 교차로에서 신호대기 중이던 피해자 ").name(vic.nm).t(f"({vic.age(t0)}세) 운전의 ")
        put_plate(d)
        d.t(" 차량 뒷부분을 들이받았다.\n\n")
    elif crime == "fraud":
        vic = Person(r, r.choice(["senior", "adult"]))
        d.t("피고인은 ").neg(fmt_date(t0, "dot_space"), "date").t("경 피해자 ").name(vic.nm).t("에게 전화하여 \"저금리 대환대출을 해 주겠다\"고 거짓말하였다. ")
        d.t("피고인은 이에 속은 피해자로부터 ").neg(fmt_date(t0 + datetime.timedelta(days=1), "dot_space"), "date").t(" 피고인이 관리하는 " + pick_bank(d) + " 계좌(")
        put_account(d)
        d.t(")로 ").neg(won(r.randrange(3000000, 90000000, 100000)), "amount").t("을 송금받아 편취하였다.\n\n")
    else:
        vic = Person(r)
        d.t("피고인은 ").neg(fmt_date(t0, "dot_space"), "date").t("경 ").neg(r.choice(PLACE_WORDS), "name_shaped_place").t("시 소재 피시방에서 평소 알고 지내던 피해자 ").name(vic.nm).t("의 주민등록번호 ")
        put_rrn(d, vic, "rrn_valid")
        d.t("와 신용카드 번호 ")
        put_card(d, masked=False)
        d.t("를 이용하여 인터넷 쇼핑몰에 피해자 명의로 가입한 후 ").neg(won(r.randrange(300000, 5000000, 1000)), "amount").t(" 상당의 물품을 구매하였다.\n\n")
    d.t("증거의 요지\n1. 피고인의 법정진술\n1. ").name(vic.nm).t("에 대한 경찰 진술조서\n1. " + r.choice(["주취운전자 정황진술보고서", "계좌거래내역", "가입자 조회 결과"]) + "\n\n법령의 적용\n1. 범죄사실에 대한 해당법조\n  ")
    d.neg({"dui": "「도로교통법」 제148조의2 제3항 제2호", "fraud": "「형법」 제347조 제1항", "idtheft": "「주민등록법」 제37조 제10호"}[crime], "statute_citation")
    d.t("\n\n판사  ").name(Person(r).nm)


def t_judgment_admin(d):
    r = d.rng
    court = gen_inst(r, "court")
    when = rdate(r, D(2023), D(2026, 11, 30))
    defendant = gen_inst(r, r.choice(["local", "police"]))
    p = Person(r)
    d.neg(court["name"], "institution_name").t("\n제" + str(r.randint(1, 3)) + "행정부\n\n판        결\n\n사        건   ").neg(case_no(r, when.year, "구단"), "case_number")
    kind = r.choice(["dl", "biz"])
    d.t("  " + ("자동차운전면허취소처분취소" if kind == "dl" else "영업정지처분취소") + "\n원        고   ")
    if d.no_pii:
        d.neg("A", "placeholder_person").t("\n피        고   ").neg(defendant["head"], "official_by_office").t("\n변 론 종 결   ").neg(fmt_date(when - datetime.timedelta(days=20), "dot_space"), "date")
        d.t("\n\n주        문\n1. 원고의 청구를 기각한다.\n2. 소송비용은 원고가 부담한다.\n\n이        유\n원고는 ").neg(r.choice(STATUTES), "statute_citation")
        d.t("의 해석을 다투나, 처분은 재량권의 범위 안에 있다.")
        return
    d.name(p.nm).t("\n             ")
    put_addr(d, postal=False)
    lw = Person(r)
    d.t("\n             소송대리인 변호사 ").name(lw.nm).t("\n피        고   ").neg(defendant["head"], "official_by_office")
    d.t("\n             소송수행자 ").name(Person(r).nm).t("\n변 론 종 결   ").neg(fmt_date(when - datetime.timedelta(days=20), "dot_space"), "date")
    win = r.random() < 0.4
    d.t("\n판 결 선 고   ").neg(fmt_date(when, "dot_space"), "date").t("\n\n주        문\n\n1. " + ("피고가 원고에 대하여 한 처분을 취소한다" if win else "원고의 청구를 기각한다") + ".\n2. 소송비용은 " + ("피고가" if win else "원고가") + " 부담한다.\n\n청 구 취 지\n\n피고가 ")
    t0 = when - datetime.timedelta(days=r.randint(100, 300))
    d.neg(fmt_date(t0, "dot_space"), "date").t(" 원고에 대하여 한 ")
    if kind == "dl":
        d.t("자동차운전면허(" + r.choice(["제1종 보통", "제2종 보통", "제1종 대형"]) + ", 면허번호 ")
        put_dl(d)
        d.t(") 취소처분을 취소한다.\n\n이        유\n\n1. 처분의 경위\n가. 원고는 ").neg(fmt_date(t0 - datetime.timedelta(days=30), "dot_space"), "date")
        d.t(f" 혈중알코올농도 0.{r.randint(80, 160):03}%의 술에 취한 상태에서 ")
        put_plate(d)
        d.t(" 차량을 운전하였다는 이유로 ").neg("「도로교통법」 제93조 제1항 제1호", "statute_citation").t("에 따라 이 사건 처분을 받았다.\n")
        d.t("나. 원고는 " + r.choice(["대리운전 기사로 생계를 유지하고 있다", "노모를 부양하고 있다", "영업직 회사원이다"]) + "는 사정을 들어 처분이 가혹하다고 주장한다.")
    else:
        d.t("영업정지 2개월 처분을 취소한다.\n\n이        유\n\n1. 처분의 경위\n원고는 ")
        put_addr(d, postal=False, ref=True)
        shop = r.choice(COMPANY_STEMS) + r.choice(["식당", "노래연습장", "PC방"])
        d.t("에서 \"").neg(shop, "company_name").t("\"" + ("이라는" if has_batchim(shop) else "라는") + " 상호로 영업하는 사람으로(사업자등록번호 ")
        put_brn(d, False)
        d.t("), 청소년 주류 제공을 이유로 처분을 받았다.")
    d.t("\n\n재판장 판사 ").name(Person(r).nm)


def t_decision_appeal(d):
    r = d.rng
    when = rdate(r, D(2023), D(2026, 11, 30))
    police = gen_inst(r, "police")
    body = r.choice(["중앙행정심판위원회", police["sido"] + " 행정심판위원회"])
    d.neg(body, "institution_name").t("\n\n재    결\n\n사    건   ").neg(f"{when.year}-{r.randint(1, 29999):05}", "case_number").t("  자동차운전면허 취소처분 취소청구\n청 구 인   ")
    p = Person(r)
    resp = p.nm.v[0] if False else None
    if d.no_pii:
        d.neg("갑", "placeholder_person").t("\n피청구인   ").neg(police_agency(police["short"]), "official_by_office")
        d.t("\n\n주    문   청구인의 청구를 기각한다.\n\n이    유\n청구인은 ").neg(fmt_date(when - datetime.timedelta(days=90), "dot_space"), "date")
        d.t(" 술에 취한 상태로 운전하였고, 피청구인은 ").neg("「도로교통법」 제93조 제1항 제1호", "statute_citation").t("에 따라 운전면허를 취소하였다. 처분에 위법·부당함이 없다.")
        return
    d.name(p.nm).t("\n           ")
    put_addr(d, postal=False, ref=r.random() < 0.5)
    if r.random() < 0.5:
        d.t("\n           대리인 행정사 ").name(Person(r).nm)
    d.t("\n피청구인   ").neg(police_agency(police["short"]), "official_by_office").t("\n\n주    문   청구인의 청구를 " + r.choice(["기각한다.", "일부 인용하여 취소처분을 110일의 정지처분으로 변경한다."]) + "\n\n")
    t0 = when - datetime.timedelta(days=r.randint(60, 200))
    d.t("청구 취지  피청구인이 ").neg(fmt_date(t0, "dot_space"), "date").t(" 청구인에게 한 ")
    d.neg(fmt_date(t0 + datetime.timedelta(days=10), "dot_space"), "date").t("자 자동차운전면허(" + r.choice(["제1종 보통", "제2종 보통"]) + ", ")
    put_dl(d)
    d.t(") 취소처분을 취소한다.\n\n이    유\n1. 사건 개요\n청구인은 ").neg(fmt_date(t0 - datetime.timedelta(days=15), "dot_space"), "date")
    d.t(f" {r.randint(20, 23)}:{r.randint(0, 59):02}경 혈중알코올농도 0.{r.randint(80, 140):03}%의 술에 취한 상태로 ")
    put_plate(d)
    d.t(" 승용차를 운전하다가 음주단속에 적발되었다.\n2. 청구인 주장\n청구인은 " + str(r.randint(10, 25)) + "년간 사고 없이 운전하였고, ")
    d.t(r.choice(["택배 배송 일을 하고 있어", "어린 자녀의 등하원을 책임지고 있어", "지방 현장을 오가는 직업이어서"]) + " 운전면허가 반드시 필요하다고 주장한다. 청구인의 배우자 ")
    d.name(Person(r).nm).t("도 탄원서를 제출하였다.\n3. 판단\n").neg("「도로교통법 시행규칙」 제91조 제1항 [별표 28]", "statute_citation")
    d.t("의 기준에 비추어 보면 처분이 재량권을 일탈하였다고 보기 어렵다.")


def t_decision_committee(d):
    r = d.rng
    when = rdate(r, D(2023), D(2026, 11, 30))
    d.neg("개인정보 분쟁조정위원회", "institution_name").t("\n\n조 정 결 정 서\n\n사    건   ").neg(f"{when.year}조정{r.randint(1, 999):04}", "case_number").t("  개인정보 유출에 따른 손해배상\n")
    comp = company_name(r)[0]
    if d.no_pii:
        d.t("신 청 인   ").neg("A", "placeholder_person").t(" 외 ").neg(f"{r.randint(3, 40)}명", "count").t("\n피신청인   ").neg(comp, "company_name")
        d.t("\n\n주    문\n피신청인은 신청인들에게 각 ").neg(won(r.choice([100000, 150000, 300000])), "amount").t("을 지급한다.\n\n")
        d.t("이    유\n피신청인은 ").neg("「개인정보 보호법」 제29조", "statute_citation").t("에 따른 안전조치 의무를 다하지 않아 회원 정보가 유출되었다.")
        return
    p = Person(r)
    rep = Person(r)
    d.t("신 청 인   ").name(p.nm).t("\n           ")
    put_addr(d, postal=False)
    d.t("\n피신청인   ").neg(comp, "company_name").t(" (법인등록번호 ")
    put_crn(d)
    d.t(")\n           대표이사 ").name(rep.nm).t("\n\n주    문\n피신청인은 신청인에게 ")
    d.neg(won(r.choice([100000, 200000, 300000, 500000])), "amount").t("을 지급한다.\n\n신 청 경 위\n")
    d.t("신청인은 피신청인이 운영하는 온라인 쇼핑몰의 회원이다. 피신청인은 ").neg(fmt_date(when - datetime.timedelta(days=100), "dot_space"), "date")
    d.t(" 외부 공격을 받아 회원 정보가 유출되었다고 통지하였다. 유출된 신청인의 정보는 전자우편 주소(")
    put_email(d, p.nm)
    d.t("), 휴대전화번호(")
    put_phone(d)
    d.t("), 배송지 주소(")
    put_addr(d, postal=False, ref=False)
    d.t(")와 카드번호 일부(")
    put_card(d, masked=True)
    d.t(")이다.\n피신청인의 접속기록 분석 결과 공격은 해외 IP(")
    put_ip(d, "ipv4_public")
    d.t(")에서 관리자 계정으로 로그인한 뒤 이루어졌다. ")
    if r.random() < 0.5:
        d.t("관리자 계정 담당자 ").name(Person(r).nm).t(" 팀장은 내부망 PC(")
        put_ip(d, "ipv4_private")
        d.t(")의 비밀번호를 변경하지 않았다고 진술하였다.")
    d.t("\n\n위원장 ").name(Person(r).nm).t("   위원 ")
    enum_names(d, [Person(r).nm for _ in range(r.randint(2, 3))], r, "comma")


# ----------------------------------------------------------------- templates: 감사 / 징계
def t_audit_report(d):
    r = d.rng
    inst = gen_inst(r, "local")
    when = rdate(r, D(2023), D(2026, 11, 30))
    d.t(f"{inst['name']} 종합감사 결과 처분요구서\n\n1. 감사 개요\n  감사 기간: ").neg(fmt_date(when - datetime.timedelta(days=30), "dot_space"), "date").t(" ~ ")
    d.neg(fmt_date(when - datetime.timedelta(days=20), "dot_space"), "date").t("\n  감사 근거: ").neg("「공공감사에 관한 법률」 제20조", "statute_citation").t("\n\n2. 지적 사항\n")
    if d.no_pii:
        d.t("제목: 개인정보처리시스템 접속기록 점검 소홀\n내용: ").neg(inst["dept"], "institution_name").t("에서는 최근 1년간 접속기록 점검을 ")
        d.neg(f"{r.randint(1, 5)}회", "count").t("만 실시하여 ").neg("「개인정보 보호법」 제29조", "statute_citation").t("에 따른 안전조치 기준에 미달하였다. 관련 공무원 ")
        d.neg("갑", "placeholder_person").t("은 점검 결과를 기록하지 않았다.\n처분 요구: 주의(기관), ").neg(inst["head"], "official_by_office").t("에게 재발 방지 대책 수립 요구")
        return
    off = Person(r)
    grade = r.choice(GRADES)
    vic = Person(r)
    t0 = when - datetime.timedelta(days=r.randint(200, 400))
    d.t("제목: 개인정보처리시스템 부당 조회 및 유출\n관계기관: ").neg(inst["name"], "institution_name").t("\n내용: ")
    d.t(f"{inst['dept']} {grade} ").name(off.nm).t(off.nm.j("은/는") + " ").neg(fmt_date(t0, "dot_space"), "date").t("부터 ").neg(fmt_date(t0 + datetime.timedelta(days=90), "dot_space"), "date")
    d.t("까지 업무와 관계없이 지인인 ").name(vic.nm).t("(")
    put_rrn(d, vic, r.choice(["rrn_masked", "rrn_valid"]))
    d.t(")의 주소 등 개인정보를 총 " + str(r.randint(5, 60)) + "회 조회하였다.\n")
    d.t("  접속기록을 분석한 결과 조회는 모두 ").name(off.nm).t("의 업무용 PC(IP ")
    put_ip(d, "ipv4_private")
    d.t(")에서 이루어졌으며, ").name(off.nm).t(off.nm.j("은/는") + " 조회한 주소(")
    put_addr(d, postal=False, ref=False)
    d.t(")를 채권 추심업자 ").name(Person(r).nm).t("에게 휴대전화(")
    put_phone(d)
    d.t(") 문자메시지로 알려 준 것으로 확인되었다.\n")
    d.t("  이에 대해 ").name(off.nm).t(off.nm.j("은/는") + " \"호기심에 한두 번 조회했을 뿐\"이라고 진술하였으나, 감독자인 " + r.choice(["팀장", "과장"]) + " ")
    d.name(Person(r).nm).t(r.choice(["도 점검을 소홀히 하였다.\n", "은 이를 알고도 보고하지 않았다.\n"]))
    d.t("처분 요구: ").neg(inst["head"], "official_by_office").t("은 ").neg("「지방공무원법」 제72조", "statute_citation").t("에 따라 ").name(off.nm).t(off.nm.j("을/를") + " " + r.choice(["중징계", "경징계"]) + " 의결 요구하고, 관련 사실을 수사기관에 통보할 것\n\n")
    d.t("관련자 현황\n소속 | 직급 | 성명 | 비위 내용\n" + inst["dept"] + f" | {grade} | ").name(off.nm).t(" | 부당 조회·제공\n" + inst["dept"] + " | " + r.choice(GRADES) + " | ")
    d.name(Person(r).nm).t(" | 관리·감독 소홀")


def t_disciplinary(d):
    r = d.rng
    inst = gen_inst(r, "local")
    when = rdate(r, D(2023), D(2026, 11, 30))
    d.t("징 계 의 결 서\n\n").neg(inst["name"] + " 인사위원회", "institution_name").t("\n\n1. 징계혐의자 인적사항\n")
    if d.no_pii:
        d.t("  소속: (비공개)  직급: 지방행정주사보  성명: ").neg("○○○", "placeholder_person").t("\n\n2. 의결 주문: 견책\n\n3. 이유: 혐의자는 ")
        d.neg(fmt_date(when - datetime.timedelta(days=90), "dot_space"), "date").t(" 근무시간 중 무단으로 자리를 비워 ").neg("「지방공무원법」 제50조", "statute_citation").t("를 위반하였다.\n\n")
        d.t("의결일: ").neg(fmt_date(when, "dot_space"), "date")
        return
    p = Person(r)
    d.t("  소속: " + inst["dept"] + "   직급: " + r.choice(GRADES) + "   성명: ").name(p.nm).t("\n  생년월일: ")
    put_dob(d, p, "field", r.choice(["dot_space", "dot_zero", "korean"]))
    d.t("   주소: ")
    put_addr(d, postal=False, ref=False)
    d.t("\n\n2. 의결 주문: " + r.choice(["정직 1월", "정직 2월", "강등", "감봉 3월"]) + "\n\n3. 이유\n  혐의자는 ")
    t0 = when - datetime.timedelta(days=r.randint(60, 180))
    d.neg(fmt_date(t0, "dot_space"), "date").t(f" {r.randint(21, 23)}:{r.randint(0, 59):02}경 ")
    d.t(r.choice(["회식 후 ", "지인과 술을 마신 뒤 "]) + f"혈중알코올농도 0.{r.randint(30, 160):03}% 상태로 자신 소유의 승용차(")
    put_plate(d)
    d.t(")를 약 " + str(r.randint(1, 9)) + "km 운전하다가 단속 경찰관에게 적발되었다.\n")
    d.t("  혐의자는 이 일로 운전면허(")
    put_dl(d)
    d.t(")가 취소되었고, ").neg(fmt_date(t0 + datetime.timedelta(days=50), "dot_space"), "date").t(" ").neg(case_no(r, t0.year, "고약"), "case_number").t(" 약식명령으로 벌금 ")
    d.neg(won(r.choice([5000000, 8000000, 10000000, 12000000])), "amount").t("을 선고받았다.\n")
    d.t("  혐의자의 행위는 ").neg("「지방공무원법」 제55조", "statute_citation").t("(품위 유지의 의무)를 위반한 것으로, 혐의자가 반성하고 있는 점(진술인 ")
    d.name(Person(r).nm).t(" " + r.choice(["팀장", "주무관"]) + "의 선처 탄원 포함)을 고려하여 주문과 같이 의결한다.\n\n")
    d.t("의결일: ").neg(fmt_date(when, "dot_space"), "date").t("\n위원장 ").name(Person(r).nm).t("  위원 ")
    enum_names(d, [Person(r).nm for _ in range(r.randint(3, 4))], r, "comma")
    d.t(" (서명)")


# ----------------------------------------------------------------- templates: 경찰 / 소방
def t_police_statement(d):
    r = d.rng
    inst = gen_inst(r, "police")
    when = rdate(r, D(2024), D(2026, 11, 30))
    p = Person(r, r.choice(["adult", "senior", "young"]), foreign=r.random() < 0.2)
    d.t("진 술 조 서\n\n")
    if d.no_pii:
        d.t("※ 본 문서는 교육용 예시로 인적사항을 가림\n성명: ").neg("홍길동", "placeholder_person").t("   주민등록번호: ").neg("000000-0000000", "placeholder_number")
        d.t("\n\n문: 피해 경위를 진술하시오.\n답: ").neg(fmt_date(when, "dot_space"), "date").t("경 '").neg(company_name(r)[0], "company_name").t(" 채권팀'이라는 사람에게 전화를 받고 ")
        d.neg(won(r.randrange(1000000, 30000000, 100000)), "amount").t("을 보냈습니다.\n문: 더 할 말이 있나요?\n답: 없습니다.")
        return
    d.t("성    명: ").name(p.nm).t("\n" + ("외국인등록번호" if p.foreign else "주민등록번호") + ": ")
    put_id(d, p)
    d.t("\n직    업: " + r.choice(JOBS) + "\n주    거: ")
    put_addr(d, postal=False)
    d.t("\n연 락 처: 휴대전화 ")
    put_phone(d)
    if r.random() < 0.5:
        d.t("  자택 ")
        put_phone(d, "landline")
    d.t("\n\n위의 사람은 ")
    sus = Person(r)
    d.t("피의자 ").name(sus.nm).t("에 대한 " + r.choice(["사기", "전기통신금융사기", "컴퓨터등사용사기"]) + " 피의사건에 관하여 ").neg(fmt_date(when, "korean"), "date")
    d.t(" ").neg(inst["name"], "institution_name").t(" 수사과 사무실에 임의 출석하여 다음과 같이 진술하다.\n\n")
    d.t("문: 진술인은 피의자와 어떤 관계인가요?\n답: " + r.choice(["모르는 사람입니다.", "중고거래 앱에서 알게 된 사람입니다.", "예전 직장 동료입니다."]) + "\n")
    d.t("문: 피해 경위를 구체적으로 진술하시오.\n답: ").neg(fmt_date(when - datetime.timedelta(days=r.randint(3, 30)), "dot_space"), "date").t("경 '")
    d.neg(company_name(r)[0], "company_name").t(" 대출팀 ").name(sus.nm).t(" 대리'라는 사람한테서 전화가 왔습니다. 발신번호는 ")
    put_phone(d, r.choice(["070", "mobile"]))
    d.t("이었습니다. 기존 대출을 먼저 갚아야 저금리로 바꿔 준다고 해서, 제 " + pick_bank(d) + " 계좌 ")
    put_account(d)
    d.t("에서 그 사람이 불러 준 " + pick_bank(d) + " 계좌 ")
    put_account(d)
    d.t("로 ").neg(won(r.randrange(1000000, 40000000, 100000)), "amount").t("을 보냈습니다.\n")
    d.t("문: 그 밖에 상대방에게 알려 준 정보가 있나요?\n답: 신분증 사진하고, 카드번호 ")
    put_card(d, masked=r.random() < 0.3)
    d.t("를 문자로 보냈습니다. 나중에 보니 제 이메일 ")
    put_email(d, p.nm)
    d.t("로 로그인 알림도 와 있었습니다.\n")
    if r.random() < 0.5:
        d.t("문: 함께 피해를 본 사람이 있나요?\n답: 제 " + r.choice(["아내", "남편", "동생", "어머니"]) + " ").name(Person(r).nm).t("도 같은 사람에게 ")
        d.neg(won(r.randrange(1000000, 9000000, 100000)), "amount").t("을 보냈습니다. 연락처는 ")
        put_phone(d)
        d.t("입니다.\n")
    d.t("문: 더 할 말이 있나요?\n답: 꼭 잡아 주십시오.\n\n위의 조서를 진술인에게 열람하게 하였던바 진술한 대로 오기나 증감·변경할 것이 없다고 말하므로 간인한 후 서명하게 하다.\n\n")
    d.t("진술자 ").name(p.nm).t(" (인)\n\n").neg(fmt_date(when, "korean"), "date").t("\n").neg(inst["name"], "institution_name").t("\n사법경찰관 " + person_title(r, "police") + " ").name(Person(r).nm)


def t_police_incident(d):
    r = d.rng
    inst = gen_inst(r, "police")
    when = rdate(r, D(2024), D(2026, 11, 30))
    d.t("사건 발생 보고 (" + r.choice(["교통사고", "음주 교통사고", "무면허 운전", "보행자 사고"]) + ")\n\n1. 발생 일시: ").neg(fmt_date(when, "dot_space"), "date").t(f" {r.randint(0, 23):02}:{r.randint(0, 59):02}경\n")
    d.t("2. 발생 장소: " + inst["gu"].split()[-1] + " " + r.choice(ROAD_STEMS) + "로 " + r.choice(["교차로", "편의점 앞", "공영주차장", "지하차도 입구"]) + "\n")
    if d.no_pii:
        d.t("3. 관련자: 피의자 ").neg("A", "placeholder_person").t(f"({r.randint(20, 60)}세), 피해자 ").neg("B", "placeholder_person").t(f"({r.randint(20, 80)}세)\n")
        d.t("4. 개요: 피의자가 주차 문제로 시비 끝에 피해자를 밀쳐 넘어뜨림.\n5. 조치: 현장 조사 후 귀가 조치, ").neg(fmt_date(when + datetime.timedelta(days=3), "dot_space"), "date").t(" 출석 요구 예정\n\n보고자: ")
        d.neg(dept_head("지구대"), "official_by_office")
        return
    s, v = Person(r, foreign=r.random() < 0.12), Person(r, r.choice(["adult", "senior", "teen"]))
    d.t("3. 관련자\n  가. 피의자: ").name(s.nm).t(f"({s.age(when)}세, {r.choice(JOBS)})\n     주거 ")
    put_addr(d, postal=False, ref=False)
    d.t(", 연락처 ")
    put_phone(d)
    if s.foreign:
        d.t(", 외국인등록번호 ")
        put_frn(d, s)
    d.t("\n  나. 피해자: ").name(v.nm).t((" 군" if v.sex == "M" else " 양") if v.kind == "teen" else "").t(f"({v.age(when)}세)")
    if v.kind == "teen":
        g = Person(r)
        d.t(", 보호자 ").name(g.nm).t("(").t("부" if g.sex == "M" else "모").t(", ")
        put_phone(d)
        d.t(")")
    d.t("\n4. 발생 개요\n  피의자 ").name(s.nm).t(s.nm.j("은/는") + " ")
    put_plate(d)
    d.t(" 승용차를 운전하여 진행하던 중 ")
    d.t(r.choice(["횡단보도를 건너던 피해자를 충격하였다", "주차 중이던 피해자 차량을 들이받았다", "신호를 위반하여 피해자 차량과 충돌하였다"]) + ". ")
    d.t("현장 확인 결과 피의자의 운전면허(")
    put_dl(d)
    d.t(")는 " + r.choice(["정상", "정지 기간 중", "취소 상태"]) + "이었다. 피해자 ").name(v.nm).t(v.nm.j("은/는") + " 인근 ")
    d.neg(r.choice(["한빛병원", "새솔의원", inst["stem"] + "의료원"]), "institution_name").t("으로 이송되었다.\n")
    d.t("  " + r.choice(["목격자", "참고인"]) + " ").name(Person(r).nm).t("(").neg("○○편의점", "company_name").t(" 직원, ")
    put_phone(d)
    d.t(")은 \"차가 빨간불에 그대로 들어왔다\"고 진술하였다.\n5. 조치 사항: 블랙박스 영상 확보, 피의자 음주 측정(").t(r.choice(["음성", "0.041%", "측정 거부"])).t(")\n\n")
    d.t("보고자: " + r.choice(["지구대", "교통조사계"]) + " " + person_title(r, "police") + " ").name(Person(r).nm)


def t_fire_ems(d):
    r = d.rng
    inst = gen_inst(r, "fire")
    when = rdate(r, D(2024), D(2026, 11, 30))
    d.t("구급활동일지\n\n출동번호: ").neg(f"{when.year}{when.month:02}{when.day:02}-{r.randint(1, 9999):04}", "public_record_id").t("   소속: ").neg(inst["name"], "institution_name").t(" 119구급대\n")
    d.t("신고 일시: ").neg(fmt_date(when, "hyphen"), "date").t(f" {r.randint(0, 23):02}:{r.randint(0, 59):02}   접수 경로: ").neg("119", "institution_switchboard").t("\n")
    if d.no_pii:
        d.t("환자: ").neg("성명 미상", "placeholder_person").t(f" / 남 / 추정 {r.randint(30, 80)}세\n발생 장소: 공원 산책로\n")
        d.t("주 증상: 의식 저하, 호흡 정상\n이송 병원: ").neg(inst["stem"] + "의료원", "institution_name").t("\n처치: 산소 투여, 심전도 감시")
        return
    caller = Person(r)
    pt = Person(r, r.choice(["senior", "adult", "child", "infant"]), foreign=r.random() < 0.15)
    rels = ["모", "부", "어린이집 교사"] if pt.kind in ("child", "infant") else ["배우자", "자녀", "이웃", "행인", "직장 동료"]
    d.t("신고자: ").name(caller.nm).t(" (관계: " + r.choice(rels) + ")  연락처 ")
    put_phone(d)
    d.t("\n\n[환자 정보]\n성명: ").name(pt.nm).t("   성별: " + ("남" if pt.sex == "M" else "여") + f"   나이: {pt.age(when)}세\n생년월일: ")
    put_dob(d, pt, "field")
    d.t("\n주소: ")
    put_addr(d, postal=False, ref=r.random() < 0.3)
    if pt.foreign:
        d.t("\n국적: " + pt.nat + "  외국인등록번호: ")
        put_frn(d, pt)
    d.t("\n\n[활동 내용]\n  ")
    d.t("현장 도착 시 환자는 " + r.choice(["거실 바닥에 쓰러져 있었고", "화장실에서 넘어져 이마에 열상이 있었고", "가슴 통증을 호소하며 앉아 있었고"]) + ", 신고자 ")
    d.name(caller.nm).t(" 씨에 따르면 " + r.choice(["30분 전부터 말이 어눌했다", "아침부터 식사를 하지 못했다", "평소 고혈압 약을 복용한다"]) + "고 함. ")
    d.t("보호자 연락처(")
    put_phone(d)
    d.t(")로 이송 병원을 안내함.\n이송 병원: ").neg(inst["stem"] + r.choice(["의료원", "병원"]), "institution_name").t("\n")
    d.t("구급대원: " + person_title(r, "fire") + " ").name(Person(r).nm).t(", " + person_title(r, "fire") + " ").name(Person(r).nm)


def t_fire_investigation(d):
    r = d.rng
    inst = gen_inst(r, "fire")
    when = rdate(r, D(2024), D(2026, 11, 30))
    d.t("화재 현장 조사서\n\n조사 번호: ").neg(f"{inst['stem']}-{when.year}-{r.randint(1, 999):03}", "public_record_id").t("\n화재 일시: ").neg(fmt_date(when, "dot_space"), "date").t(f" {r.randint(0, 23):02}:{r.randint(0, 59):02}경\n")
    if d.no_pii:
        d.t("발화 장소: 공원 내 공중화장실\n재산 피해: ").neg(won(r.randrange(1000000, 20000000, 10000)), "amount").t("\n발화 원인: 담배꽁초 추정\n")
        d.t("조사 의견: 관할 ").neg(dept_head("예방안전과"), "official_by_office").t("에 시설 개선을 통보함.")
        return
    own, res = Person(r), Person(r, r.choice(["adult", "senior"]))
    car = r.random() < 0.35
    d.t("발화 장소: ")
    if car:
        d.t("공영주차장 내 차량(")
        put_plate(d)
        d.t(", 소유자 ").name(own.nm).t(")\n")
    else:
        put_addr(d, postal=False, ref=True)
        d.t(" (" + r.choice(["단독주택", "다세대주택 2층", "상가 1층 음식점"]) + ")\n소유자: ").name(own.nm).t("  연락처 ")
        put_phone(d)
        d.t("\n")
    d.t("재산 피해: ").neg(won(r.randrange(1000000, 90000000, 10000)), "amount").t(" (추정)\n인명 피해: " + r.choice(["없음", "경상 1명", "중상 1명"]) + "\n\n관계인 진술\n")
    q = r.choice(["엔진룸에서 타는 냄새가 나서 급히 차를 세웠다", "주차해 두고 10분쯤 뒤에 보니 보닛 쪽에서 연기가 났다"]) if car else r.choice(["전기장판을 켜 둔 채 외출했다", "주방에서 튀김 요리를 하다 잠시 자리를 비웠다", "멀티탭에서 불꽃이 튀었다"])
    d.t("  " + ("차량 운전자" if car else "거주자") + " ").name(res.nm).t(f"({res.age(when)}) 씨는 \"" + q + "\"고 진술하였다. ")
    d.t("최초 신고자 ").name(Person(r).nm).t("(")
    put_phone(d)
    d.t(") 씨는 \"" + ("차 앞쪽에서 불길이 치솟는 것을 봤다" if car else "검은 연기가 창문 밖으로 나오는 것을 봤다") + "\"고 말했다.\n\n")
    d.t("조사관: 화재조사관 " + person_title(r, "fire") + " ").name(Person(r).nm)


# ----------------------------------------------------------------- templates: 병원 / 학교 / 복지 / 출입국 / 세무
def t_hospital_record(d):
    r = d.rng
    inst = gen_inst(r, "hospital")
    when = rdate(r, D(2024), D(2026, 11, 30))
    form = r.choice(["진료의뢰서", "입퇴원 확인서", "응급실 내원 기록", "외래 초진 기록지"])
    d.neg(inst["name"], "institution_name").t(f"  {form}\n등록번호: ").neg(f"{r.randint(10000000, 99999999)}", "medical_record_number").t("\n")
    if d.no_pii:
        d.t("※ 교육용 예시 서식\n환자 성명: ").neg("홍길동", "placeholder_person").t("  주민등록번호: ").neg("000000-0000000", "placeholder_number")
        d.t("\n진단명: 상세불명의 요통 (M54.5)\n담당의: ").neg("○○○", "placeholder_person").t(" (면허번호 제").neg(str(r.randint(10000, 140000)), "professional_license_number").t("호)")
        return
    pt = Person(r, r.choice(["adult", "senior", "child", "infant", "teen"]), foreign=r.random() < 0.25)
    d.t("환자 성명: ").name(pt.nm).t("   성별/나이: " + ("M" if pt.sex == "M" else "F") + f"/{pt.age(when)}\n")
    d.t(("외국인등록번호: " if pt.foreign else "주민등록번호: "))
    put_id(d, pt)
    if pt.foreign and r.random() < 0.6:
        d.t("   여권번호: ")
        put_passport(d, pt)
    d.t("\n건강보험증 번호: ")
    if pt.foreign and r.random() < 0.3:
        d.t("미가입(일반 수가 적용)")
    else:
        put_hi(d)
    d.t("\n주소: ")
    put_addr(d, postal=False, ref=False)
    d.t("\n연락처: ")
    put_phone(d)
    if pt.kind in ("child", "infant", "teen", "senior") or r.random() < 0.4:
        g = Person(r)
        rel = ("부" if g.sex == "M" else "모") if pt.kind in ("child", "infant", "teen") else r.choice(["자녀", "배우자"])
        d.t("\n보호자: ").name(g.nm).t(" (" + rel + ")  ")
        put_phone(d)
    why, dx, dept = r.choice([("낙상 후 좌측 손목 통증으로 내원", "좌측 요골 원위부 골절(S52.5)", "정형외과"),
                              ("3일간 지속된 고열로 내원", "급성 편도염(J03.9)", "소아청소년과" if pt.age(when) < 15 else "내과"),
                              ("교통사고 후 경추부 통증으로 내원", "경추 염좌(S13.4)", "정형외과")])
    d.t("\n\n내원 경위: ").neg(fmt_date(when, "dot_space"), "date").t(" " + why + ". ")
    if "교통사고" in why:
        d.t("사고 차량(")
        put_plate(d)
        d.t(") 보험사 접수번호 ").neg(f"{when.year % 100:02}-{r.randint(100000, 999999)}", "receipt_number").t(".")
    d.t("\n진단명: " + dx + "\n")
    d.t("담당의: ").name(Person(r).nm).t(" (" + dept + ", 면허번호 제").neg(str(r.randint(10000, 140000)), "professional_license_number").t("호)\n")
    d.t("병원 대표전화 ").neg(inst["main"], "institution_switchboard")


def t_school_record(d):
    r = d.rng
    kinder = r.random() < 0.35
    inst = gen_inst(r, "school")
    when = rdate(r, D(2024), D(2026, 11, 30))
    st = Person(r, "infant" if kinder else r.choice(["child", "teen"]), foreign=r.random() < 0.15)
    age = st.age(when)
    if kinder or age < 7:
        kinder = True
        inst["name"] = inst["stem"] + r.choice(["유치원", "병설유치원", "어린이집"])
    elif age <= 12:
        inst["name"], grade = inst["stem"] + "초등학교", age - 6
    elif age <= 15:
        inst["name"], grade = inst["stem"] + "중학교", age - 12
    else:
        inst["name"], grade = inst["stem"] + "고등학교", min(3, age - 15)
    d.neg(inst["name"], "institution_name").t(" " + r.choice(["학생 상담 기록부", "전입학 학생 기초 조사서", "원아 기초 조사서" if kinder else "학부모 상담 일지"]) + "\n\n")
    if d.no_pii:
        d.t("학생: ").neg(r.choice(["김○○", "이○○", "학생 A"]), "placeholder_person").t(" (" + str(r.randint(1, 6)) + "학년)\n상담일: ").neg(fmt_date(when, "dot_space"), "date")
        d.t("\n상담 내용: 교우 관계 어려움을 호소함. 보호자와 통화하여 가정 내 지도를 요청함.\n문의: 교무실 ")
        d.neg(inst["main"], "institution_switchboard")
        return
    d.t(("원아" if kinder else "학생") + " 성명: ").name(st.nm)
    if not kinder:
        d.t(f"  ({grade}학년 {r.randint(1, 9)}반 {r.randint(1, 30)}번)")
    d.t("\n생년월일: ")
    put_dob(d, st, "field")
    if st.foreign:
        d.t("   국적: " + st.nat + "   외국인등록번호: ")
        put_frn(d, st)
    else:
        d.t("   주민등록번호: ")
        put_rrn(d, st)
    d.t("\n주소: ")
    put_addr(d, postal=False)
    g1 = Person(r, foreign=st.foreign and r.random() < 0.7, nat=st.nat if st.foreign else None)
    d.t("\n보호자: ").name(g1.nm).t(" (" + ("부" if g1.sex == "M" else "모") + ")  휴대전화 ")
    put_phone(d)
    if r.random() < 0.5:
        d.t("  전자우편 ")
        put_email(d, g1.nm)
    d.t("\n\n상담 일시: ").neg(fmt_date(when, "dot_space"), "date").t("   상담자: 담임교사 ").name(Person(r).nm).t("\n상담 내용: ")
    d.name(st.nm).t(((" 군" if st.sex == "M" else " 양") + "은") if (not kinder and not st.foreign and r.random() < 0.5) else st.nm.j("은/는"))
    d.t(" " + r.choice(["한국어 의사소통에 어려움이 있어 다문화 언어강사 지원을 요청함" if st.foreign else "최근 교우 관계로 힘들어함",
                                                        "최근 " + ("등원을" if kinder else "등교를") + " 자주 거부함", "방과 후 돌봄 교실 이용을 희망함"]) + ". ")
    d.t("보호자 ").name(g1.nm).t(" 씨와 전화 통화 결과 " + r.choice(["가정에서도 같은 모습을 보인다고 함", "다음 주 면담을 약속함", "통학 차량 이용을 신청하기로 함"]) + ". ")
    if r.random() < 0.5:
        d.t("통학 차량(")
        put_plate(d, r.choice(["plate_commercial", "plate_2d", "plate_3d"]))
        d.t(") 운전원 ").name(Person(r).nm).t(" 씨에게 승하차 위치를 안내함.")
    d.t("\n학교 대표전화: ").neg(inst["main"], "institution_switchboard")


def t_welfare_case(d):
    r = d.rng
    inst = gen_inst(r, r.choice(["welfare", "center"]))
    when = rdate(r, D(2024), D(2026, 11, 30))
    d.t("통합사례관리 상담일지\n\n기관: ").neg(inst["name"], "institution_name").t("\n상담 일시: ").neg(fmt_date(when, "dot_space"), "date").t(f" {r.randint(9, 17)}:00 / 방법: " + r.choice(["가정방문", "내방", "전화"]) + "\n")
    if d.no_pii:
        d.t("대상자: ").neg("이○○", "placeholder_person").t(f"({r.randint(60, 90)}세)\n\n상담 내용\n대상자는 최근 난방비 부담을 호소함. ")
        d.t("에너지바우처(").neg(won(r.choice([295200, 367300, 701300])), "amount").t(") 신청을 안내하고 ").neg("「긴급복지지원법」 제9조", "statute_citation").t("에 따른 지원 가능 여부를 검토하기로 함.\n")
        d.t("후속 조치: 주 1회 안부 전화")
        return
    p = Person(r, r.choice(["senior", "senior", "adult"]), foreign=r.random() < 0.1)
    sw = Person(r)
    d.t("상담자: 사회복지사 ").name(sw.nm).t("\n대상자: ").name(p.nm).t(f"({p.age(when)}세, " + ("남" if p.sex == "M" else "여") + ")\n\n상담 내용\n")
    d.t("대상자 ").name(p.nm).t(" 님은 ")
    put_dob(d, p, "prose")
    d.t("생으로 ")
    put_addr(d, postal=False, ref=r.random() < 0.5)
    d.t("에 혼자 거주하고 있음. " + r.choice(["최근 낙상 이후 외출이 어려워졌다고 함.", "건강보험료 체납으로 병원 이용을 꺼리고 있음.", "월세가 3개월 밀려 퇴거 위기에 놓여 있음."]) + " ")
    if r.random() < 0.6:
        d.t("건강보험증 번호(")
        put_hi(d)
        d.t(")로 체납 내역을 조회한 결과 ").neg(won(r.randrange(100000, 3000000, 10)), "amount").t("이 확인됨. ")
    kid = Person(r)
    d.t("딸 ").name(kid.nm).t(" 씨(")
    put_phone(d)
    d.t(")와는 " + r.choice(["3년째 연락이 끊겼다고 함", "가끔 통화한다고 함", "명절에만 만난다고 함"]) + ". ")
    d.t("기초연금은 " + pick_bank(d) + " 계좌(")
    put_account(d)
    d.t(")로 입금되고 있으나 " + r.choice(["통장을 이웃이 관리하고 있어 금전 착취가 의심됨", "대부분 약값으로 지출한다고 함"]) + ".\n")
    d.t("\n향후 계획: 주 2회 방문 모니터링, 무료 법률상담 연계(").neg("132", "institution_switchboard").t("), ")
    d.t("이웃 ").name(Person(r).nm).t(" 씨에게 안부 확인 협조 요청.\n작성: ").name(sw.nm).t(" (")
    put_phone(d, "landline", area=inst["area"], fmt="hyphen")
    d.t(")")


def t_immigration_case(d):
    r = d.rng
    inst = gen_inst(r, "immigration")
    when = rdate(r, D(2024), D(2026, 11, 30))
    d.neg(inst["name"], "institution_name").t("\n" + r.choice(["체류자격 변경허가 심사 의견서", "외국인등록 사실 확인 결과", "출국명령 처분 검토 보고"]) + "\n\n")
    if d.no_pii:
        d.t("대상자: ").neg("A", "placeholder_person").t(" (국적 생략)\n근거: ").neg("「출입국관리법」 제24조", "statute_citation").t("\n의견: 제출 서류 미비로 보완 요구(기한 ").neg(fmt_date(when + datetime.timedelta(days=14), "dot_space"), "date").t(")")
        return
    p = Person(r, r.choice(["adult", "young"]), foreign=True, script=r.choice(["latin", "latin", "hangul"]))
    d.t("성명: ").name(p.nm)
    if p.nm.sub == "foreign_latin" and r.random() < 0.5:
        d.t(" (").name(Nm(p.nm.reading, "foreign_hangul")).t(")")
    d.t("\n국적: " + p.nat + "   성별: " + ("M" if p.sex == "M" else "F") + "   생년월일: ")
    put_dob(d, p, "field", r.choice(["dot_zero", "hyphen", "yyyymmdd", "dot_space"]))
    d.t("\n여권번호: ")
    put_passport(d, p)
    d.t("   외국인등록번호: ")
    put_frn(d, p, "frn_valid")
    d.t("\n체류자격: " + r.choice(["E-9(비전문취업)", "F-6(결혼이민)", "D-2(유학)", "E-7(특정활동)", "H-2(방문취업)"]) + "   체류기간 만료일: ")
    n_date(d, when, when + datetime.timedelta(days=300), "dot_space")
    d.t("\n체류지: ")
    put_addr(d, postal=False)
    d.t("\n연락처: ")
    put_phone(d)
    d.t("\n\n[심사 의견]\n대상자는 ")
    emp_rep = Person(r)
    n_company(d)
    d.t("(대표 ").name(emp_rep.nm).t(", 사업자등록번호 ")
    put_brn(d, r.random() < 0.5)
    d.t(")에서 근무하고 있으며, 사업주 ").name(emp_rep.nm).t(" 씨는 고용 유지 의사를 밝혔다. ")
    if r.random() < 0.5:
        sp = Person(r)
        d.t("대상자의 배우자 ").name(sp.nm).t("(")
        put_rrn(d, sp, r.choice(["rrn_valid", "rrn_masked"]))
        d.t(") 씨와의 혼인 관계도 실재하는 것으로 보인다. ")
    d.t("대상자는 " + r.choice(["임금 체불 사실을 진술하였고", "한국어능력시험 3급을 취득하였고", "체류 기간 중 법 위반 사실이 없고"]) + ", ")
    d.neg("「출입국관리법」 제24조", "statute_citation").t("에 따른 변경허가 요건을 충족한다.\n심사관: ").name(Person(r).nm).t(" (")
    put_phone(d, "landline", area=inst["area"], fmt="hyphen")
    d.t(")\n외국인종합안내센터 ").neg("1345", "institution_switchboard")


def t_tax_reply(d):
    r = d.rng
    when = rdate(r, D(2019), D(2026, 11, 30))
    d.t("[질의회신] ").neg(r.choice(["서면", "사전", "기준"]) + f"-{when.year}-" + r.choice(["법인", "법규소득", "부가"]) + f"-{r.randint(100, 9999)}", "document_number")
    d.t(" (").neg(fmt_date(when, "dot_space"), "date").t(")\n\n【질의】\n")
    d.neg(r.choice(["A법인", "B사", "갑"]), "placeholder_person").t("은 ").neg(r.choice(["을", "C법인", "특수관계인 병"]), "placeholder_person")
    d.t("으로부터 토지를 ").neg(won(r.randrange(100000000, 5000000000, 1000000)), "amount").t("에 취득하였는바, 이 경우 ")
    d.neg(r.choice(["「소득세법」 제89조 제1항 제3호", "「법인세법」 제52조", "「부가가치세법」 제10조 제9항", "같은 법 시행령 제9조 제1항"]), "statute_citation")
    d.t("의 적용 여부를 질의함.\n\n【회신】\n귀 질의의 경우 기존 해석사례(").neg(r.choice(["재산세과-659", "법인-123", "부가46015-174"]) + f", {r.randint(1995, 2018)}.", "document_number")
    d.t(")를 참고하시기 바랍니다.\n")
    if not d.no_pii:
        q = Person(r)
        d.t("\n※ 질의자: ").name(q.nm).t(r.choice([" 세무사", "", " (대리인)"]) + " / 연락처 ")
        put_phone(d, r.choice(["mobile", "landline"]))
        if r.random() < 0.5:
            d.t(" / ")
            put_email(d, q.nm)
    d.t("\n\n담당: ").neg(r.choice(["국세청 법규과", "기획재정부 재산세제과", "세무서장"]), "official_by_office")
    d.t(" / 문의 ").neg("126", "institution_switchboard")


# ----------------------------------------------------------------- templates: 채팅 / 통화 / 접속기록
def t_chat(d):
    r = d.rng
    inst = gen_inst(r)
    when = rdate(r, D(2025), D(2026, 11, 30))
    agent = Person(r)
    d.t("[" + r.choice(["국민신문고 실시간 상담", "민원 채팅 상담", "카카오톡 상담 채널"]) + "] ").neg(fmt_date(when, "hyphen"), "date").t("\n")
    h, m = r.randint(9, 17), r.randint(0, 40)

    def line(who):
        nonlocal m
        m += r.randint(0, 2)
        d.t(f"[{h:02}:{m:02}] {who}: ")

    line("상담사")
    if d.no_pii:
        d.t("안녕하세요, ").neg(inst["name"], "institution_name").t(" 민원 상담입니다.\n")
        line("민원인")
        d.t("주민등록등본 무인발급기 위치 알려주세요\n")
        line("상담사")
        d.t("본관 1층 민원실에 있습니다. 개인정보 보호를 위해 채팅창에 주민등록번호나 카드번호를 입력하지 마세요 ^^\n")
        line("민원인")
        d.t("네 감사합니다\n")
        line("상담사")
        d.t("추가 문의는 ")
        n_switch(d, inst)
        d.t(" 이용 부탁드립니다.")
        return
    p = Person(r, foreign=r.random() < 0.1)
    d.t("안녕하세요, ").neg(inst["name"], "institution_name").t(" 상담사 ").name(agent.nm).t("입니다. 무엇을 도와드릴까요?\n")
    line("민원인")
    topic = r.choice(["fine", "refund", "passport"])
    d.t({"fine": "과태료 고지서 받았는데 제 차가 아니에요", "refund": "수수료 카드 결제가 두 번 됐어요", "passport": "여권 찾으러 가야 되는데 대리수령 돼요?"}[topic] + "\n")
    line("상담사")
    d.t("확인을 위해 성함과 생년월일 알려 주시겠어요?\n")
    line("민원인")
    d.name(p.nm).t(r.choice([p.nm.j("이/") + "요 ", " ", "입니다 "]))
    put_dob(d, p, "chat", r.choice(["yymmdd", "yymmdd", "yyyymmdd", "dot_zero", "korean"]))
    d.t(r.choice(["", "요", "이에요"]) + "\n")
    if topic == "fine":
        line("민원인")
        d.t("고지서에 ")
        put_plate(d)
        d.t(" 이라고 돼 있는데 저는 ")
        put_plate(d)
        d.t(" 타요\n")
    elif topic == "refund":
        line("민원인")
        d.t("카드 ")
        put_card(d)
        d.t(r.choice([" 이거요", " 로 결제했어요"]) + "\n")
        line("상담사")
        d.t("고객님, 카드번호 전체는 입력하지 않으셔도 됩니다. 승인 내역 확인 후 연락드리겠습니다.\n")
    else:
        line("민원인")
        d.t("엄마가 대신 가도 되나요? 엄마 이름은 ").name(Person(r, "senior").nm).t("이고 제 여권 접수번호는 ")
        d.neg(receipt_no(r, when), "receipt_number").t(" 이에요\n")
    line("상담사")
    d.t("연락받으실 번호 남겨 주세요.\n")
    line("민원인")
    put_phone(d, "mobile", fmt=r.choice(["hyphen", "plain", "space", "dot"]))
    if r.random() < 0.5:
        d.t(" 이메일로도 주세요 ")
        put_email(d, p.nm)
    d.t("\n")
    line("상담사")
    d.t("네, ").name(p.nm).t(" 님. 담당 부서 확인 후 " + r.choice(["오늘 중", "내일 오전까지", "3일 이내"]) + " 연락드리겠습니다. 이용해 주셔서 감사합니다.")


def t_call(d):
    r = d.rng
    inst = gen_inst(r)
    when = rdate(r, D(2025), D(2026, 11, 30))
    ag = Person(r)
    d.t("[통화 녹취록] ").neg(fmt_date(when, "dot_space"), "date").t(f" {r.randint(9, 17):02}:{r.randint(0, 59):02} / 수신: ")
    d.neg(r.choice(["정부민원안내콜센터", inst["name"] + " 콜센터", "여권민원센터"]), "institution_name").t(" / ")
    if d.no_pii:
        d.t("발신번호: 표시제한\n\n상담원: 네, 정부민원안내콜센터 ").neg("110", "institution_switchboard").t("입니다.\n고객: 주민등록 사실조사 기간이 언제예요?\n")
        d.t("상담원: 올해는 ").neg(fmt_date(when + datetime.timedelta(days=20), "korean"), "date").t("부터 두 달간 진행됩니다. 자세한 내용은 주민센터로 문의하시면 됩니다.\n고객: 네, 감사합니다.")
        return
    p = Person(r)
    d.t("발신번호: ")
    put_phone(d, r.choice(["mobile", "mobile", "landline", "070"]))
    d.t(" / 상담원: ").name(ag.nm).t("\n\n상담원: 네, 상담원 ").name(ag.nm).t("입니다. 무엇을 도와드릴까요?\n")
    topic = r.choice(["passport", "dl", "hi", "card"])
    d.t("고객: " + {"passport": "여권을 잃어버린 것 같아서요. 분실 신고하려고요.", "dl": "운전면허 갱신 기간을 확인하고 싶어서요.", "hi": "건강보험 자격 득실 확인서 떼려고요.", "card": "과태료를 카드로 냈는데 두 번 빠져나갔어요."}[topic] + "\n")
    d.t("상담원: 본인 확인을 위해 성함 말씀해 주시겠어요?\n고객: ").name(p.nm).t(r.choice([p.nm.j("이/") + "요.", "입니다.", "이라고 합니다." if has_batchim(p.nm.reading) else "라고 합니다."]) + "\n")
    d.t("상담원: 생년월일 여섯 자리 부탁드립니다.\n고객: ")
    put_dob(d, p, "speech", "yymmdd")
    d.t(r.choice(["요.", "이요.", "입니다."]) + "\n")
    if topic == "passport":
        d.t("상담원: 여권번호 기억하세요?\n고객: 잠시만요… ")
        put_passport(d, p)
        d.t(" 이거요.\n")
    elif topic == "dl":
        d.t("상담원: 면허번호 불러 주세요.\n고객: ")
        put_dl(d, r.choice(["dl_code", "dl_name", "dl_code_space"]))
        d.t("요.\n")
    elif topic == "hi":
        d.t("상담원: 건강보험증 번호 아시면 말씀해 주세요.\n고객: ")
        put_hi(d)
        d.t("이요.\n")
    else:
        d.t("상담원: 결제하신 카드 번호 말씀해 주시겠어요?\n고객: ")
        put_card(d, masked=False)
        d.t(" 이요.\n상담원: 확인해 보니 ").neg(won(r.choice([40000, 80000, 120000])), "amount").t("이 두 번 승인되었네요. 한 건은 취소해 드리겠습니다.\n")
    d.t("상담원: 확인됐습니다. 결과는 문자로 보내 드릴게요. 받으실 번호가 ")
    put_phone(d)
    d.t(" 맞으세요?\n고객: 네, 맞아요.\n상담원: 감사합니다. 상담원 ").name(ag.nm).t("이었습니다." if has_batchim(ag.nm.v) else "였습니다.")


USER_AGENTS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v} Safari/537.36",
               "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
               "Mozilla/5.0 (Linux; Android 14; SM-S918N) AppleWebKit/537.36 Chrome/{v} Mobile Safari/537.36"]


def t_access_log(d):
    r = d.rng
    inst = gen_inst(r)
    when = rdate(r, D(2025), D(2026, 11, 30))
    sysname = r.choice(["주민등록 통합관리시스템", "새올행정시스템", "사회보장정보시스템", "차량등록관리시스템"])
    d.t(f"# 개인정보처리시스템 접속기록 ({sysname})\n# 기관: ").neg(inst["name"], "institution_name").t(" / 추출: ").neg(fmt_date(when, "hyphen"), "date").t("\n")
    d.t(r.choice(["일시 | 사용자ID | 접속IP | 처리 | 정보주체 | 비고\n", "timestamp\tuser\tip\taction\tsubject\tnote\n", ""]))
    for _ in range(r.randint(3, 7)):
        t = f"{when.isoformat()} {r.randint(8, 19):02}:{r.randint(0, 59):02}:{r.randint(0, 59):02}"
        d.neg(t, "date").t(" | ").neg(f"{r.choice(['u', 'adm', 'k'])}{r.randint(10000, 99999)}", "user_id")
        if not d.no_pii and r.random() < 0.3:
            d.t("(").name(Person(r).nm).t(")")
        d.t(" | ")
        if d.no_pii:
            d.t("***.***.***.*** | " + r.choice(["조회", "출력", "수정"]) + " | (마스킹) | 정기 점검\n")
            continue
        put_ip(d, r.choice(["ipv4_private", "ipv4_private", "ipv4_public", None]))
        d.t(" | " + r.choice(["조회", "출력", "다운로드", "수정"]) + " | ")
        s = Person(r, r.choice(["adult", "senior", "child", "infant"]))
        k = r.random()
        if k < 0.5:
            d.name(s.nm).t("(")
            put_rrn(d, s, "rrn_masked")
            d.t(")")
        elif k < 0.65:
            d.t("전화번호 ")
            put_phone(d)
        elif k < 0.82:
            d.t("차량 ")
            put_plate(d)
        else:
            d.t("결제카드 ")
            put_card(d, masked=r.random() < 0.7)
        d.t(" | " + r.choice(["민원처리", "사유 미입력", "일괄 출력", "본인 요청"]) + "\n")
    d.t("# 총 ").neg(f"{r.randint(100, 9000)}건", "count").t(" 중 발췌")


def t_web_log(d):
    r = d.rng
    when = rdate(r, D(2025), D(2026, 11, 30))
    d.t("# " + r.choice(["민원 포털 웹서버 로그 발췌", "WAS 접근 로그 (침해사고 분석용)", "홈페이지 로그인 이력"]) + "\n")
    for _ in range(r.randint(3, 7)):
        ts = f"{when.day:02}/{['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][when.month - 1]}/{when.year}:{r.randint(0, 23):02}:{r.randint(0, 59):02}:{r.randint(0, 59):02} +0900"
        if d.no_pii:
            d.t("-.-.-.- - - [").neg(ts, "date").t("] \"GET /static/css/main.css HTTP/1.1\" 200 " + str(r.randint(200, 90000)) + " \"-\" \"")
        else:
            put_ip(d, r.choice(["ipv4_public", "ipv4_public", "ipv4_private", "ipv6"]))
            d.t(" - - [").neg(ts, "date").t("] \"" + r.choice(["GET /minwon/list.do", "POST /member/login.do", "GET /board/view.do?idx=" + str(r.randint(100, 9999)), "POST /apply/submit.do"]) + " HTTP/1.1\" ")
            d.t(r.choice(["200", "302", "401", "500"]) + " " + str(r.randint(200, 90000)) + " \"-\" \"")
        ua = r.choice(USER_AGENTS)
        if "{v}" in ua:
            v = f"{r.randint(110, 131)}.0.{r.randint(1000, 6999)}.{r.randint(10, 199)}"
            a, b = ua.split("{v}")
            d.t(a).neg(v, "version_number").t(b)
        else:
            d.t(ua)
        d.t("\"")
        if not d.no_pii and r.random() < 0.35:
            d.t(" login_id=")
            put_email(d)
        elif not d.no_pii and r.random() < 0.3:
            d.t(" pay_card=")
            put_card(d, masked=True)
        d.t("\n")
    d.t("# 분석 도구 버전 ").neg(f"10.0.{r.randint(17000, 22631)}.{r.randint(100, 4000)}", "version_number")


# ----------------------------------------------------------------- OCR re-rendering
OCR_BASES = []  # filled after the registry is defined


def t_ocr(d):
    r = d.rng
    spec = r.choice(OCR_BASES)
    d.t(r.choice(["", "[스캔본] ", "— 1 —\n", "사본\n"]))
    spec["fn"](d)
    return {"base_template": spec["name"], "base_genre": spec["genre"]}


# ----------------------------------------------------------------- registry
REGISTRY = []


def T(fn, genre, n, narrative, nopii=0.0, noise=0.02):
    REGISTRY.append({"name": fn.__name__, "fn": fn, "genre": genre, "n": n, "narrative": narrative,
                     "nopii": nopii, "noise": noise})


T(t_gongmun_1990s, "공문", 20, False, 0.15, 0.15)
T(t_gongmun_e, "공문", 26, False, 0.12)
T(t_gongmun_request, "공문", 20, False, 0.0)
T(t_minwon_parking, "민원회신", 32, True, 0.12)
T(t_minwon_general, "민원회신", 48, True, 0.10)
T(t_form_application, "신청서", 20, False, 0.15)
T(t_form_welfare, "신청서", 16, False, 0.0)
T(t_consent, "동의서", 20, False, 0.15)
T(t_report_form, "신고서", 20, False, 0.0)
T(t_business_report, "신고서", 20, False, 0.0)
T(t_register_visitor, "대장", 10, False, 0.0)
T(t_register_subsidy, "대장", 10, False, 0.0)
T(t_register_passport, "대장", 12, False, 0.0)
T(t_register_parking, "대장", 10, False, 0.0)
T(t_table_pipe_header, "표", 12, False, 0.15)
T(t_table_tab_noheader, "표", 10, False, 0.10)
T(t_table_spaces_header, "표", 10, False, 0.10)
T(t_table_noheader_mixed, "표", 10, False, 0.15)
T(t_table_company, "표", 18, False, 0.0)
T(t_table_foreigners, "표", 14, False, 0.0)
T(t_contract_service, "계약서", 18, False, 0.10)
T(t_contract_lease, "계약서", 10, False, 0.0)
T(t_personnel_order, "인사명령", 14, False, 0.12)
T(t_minutes_committee, "회의록", 30, True, 0.12)
T(t_minutes_council, "회의록", 24, True, 0.10)
T(t_press_release, "보도자료", 30, True, 0.12)
T(t_press_award, "보도자료", 20, True, 0.10)
T(t_news_incident, "뉴스", 38, True, 0.10)
T(t_news_foreign, "뉴스", 26, True, 0.08)
T(t_news_people, "뉴스", 20, True, 0.10)
T(t_judgment_criminal, "판결문", 32, True, 0.08)
T(t_judgment_admin, "판결문", 20, True, 0.08)
T(t_decision_appeal, "결정문", 24, True, 0.08)
T(t_decision_committee, "결정문", 20, True, 0.08)
T(t_audit_report, "감사보고서", 24, True, 0.08)
T(t_disciplinary, "징계", 18, True, 0.08)
T(t_police_statement, "경찰", 34, True, 0.05)
T(t_police_incident, "경찰", 28, True, 0.08)
T(t_fire_ems, "소방", 18, False, 0.08)
T(t_fire_investigation, "소방", 18, True, 0.08)
T(t_hospital_record, "병원", 20, False, 0.08)
T(t_school_record, "학교", 20, False, 0.08)
T(t_welfare_case, "복지", 26, True, 0.08)
T(t_immigration_case, "출입국", 22, False, 0.05)
T(t_tax_reply, "세무", 16, True, 0.70)
T(t_chat, "채팅", 20, False, 0.10)
T(t_call, "통화녹취", 20, False, 0.08)
T(t_access_log, "접속기록", 18, False, 0.10)
T(t_web_log, "접속기록", 14, False, 0.10)
T(t_ocr, "OCR스캔", 84, None, 0.06, 0.8)
REGISTRY[-1]["ocr"] = True
OCR_BASE_NAMES = ["t_gongmun_1990s", "t_gongmun_e", "t_form_application", "t_form_welfare", "t_report_form",
                  "t_business_report", "t_contract_service", "t_contract_lease", "t_register_subsidy",
                  "t_register_passport", "t_judgment_criminal", "t_police_statement", "t_fire_ems", "t_hospital_record",
                  "t_minwon_general", "t_minwon_parking", "t_consent", "t_personnel_order", "t_decision_appeal",
                  "t_audit_report", "t_disciplinary", "t_welfare_case", "t_immigration_case", "t_table_foreigners"]
OCR_BASES.extend(s for s in REGISTRY if s["name"] in OCR_BASE_NAMES)
_ocr_fn = t_ocr


def t_ocr(d):  # noqa: F811  (re-bound so that no-PII OCR drafts only use bases with a no-PII branch)
    r = d.rng
    pool = [s for s in OCR_BASES if s["nopii"] > 0] if d.no_pii else OCR_BASES
    spec = r.choice(pool)
    d.t(r.choice(["", "[스캔본] ", "— 1 —\n", "사본\n"]))
    spec["fn"](d)
    return {"base_template": spec["name"], "base_genre": spec["genre"], "base_narrative": spec["narrative"]}


REGISTRY[-1]["fn"] = t_ocr


# ----------------------------------------------------------------- main
OUT_FILES = ["pii_av.jsonl", "pii_av.meta.jsonl", "stats.json"]
REQ = {"records": 650, "per_type": 100, "genres": 20, "templates": 35, "noise_share": 0.08, "no_pii_share": 0.09,
       "narrative_share": 0.5}


def generate():
    recs, metas, log = [], [], []
    k = 0
    for spec in REGISTRY:
        for i in range(spec["n"]):
            seed, d, text, extra, no_pii = build(spec, i, log)
            k += 1
            rid = f"pii_av-{k:04d}"
            narrative = spec["narrative"] if spec["narrative"] is not None else extra.get("base_narrative")
            recs.append({"id": rid, "text": text,
                         "spans": [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in d.spans],
                         "genre": spec["genre"]})
            m = {"id": rid, "template": spec["name"], "seed": seed, "genre": spec["genre"], "narrative": narrative,
                 "no_pii": no_pii,
                 "spans": [{"start": s["start"], "end": s["end"], "type": s["type"], "sub_kind": s["sub"],
                            "noise": s["noise"], "format": s["fmt"], "value": s["value"], "clean_value": s["clean"]}
                           for s in d.spans],
                 "hard_negatives": [{"start": n["start"], "end": n["end"], "text": n["text"], "category": n["category"]}
                                    for n in d.negs],
                 "plain_text_noise": dict(sorted(d.plain_noise.items()))}
            if "base_template" in extra:
                m["base_template"], m["base_genre"] = extra["base_template"], extra["base_genre"]
            metas.append(m)
    return recs, metas, log


def dump_jsonl(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def revalidate(out):
    recs = [json.loads(x) for x in open(os.path.join(out, "pii_av.jsonl"), encoding="utf-8")]
    metas = [json.loads(x) for x in open(os.path.join(out, "pii_av.meta.jsonl"), encoding="utf-8")]
    if len(recs) != len(metas) or len({r["id"] for r in recs}) != len(recs):
        raise SystemExit("re-validation: id mismatch or duplicate ids")
    for r, m in zip(recs, metas):
        if r["id"] != m["id"] or r["genre"] != m["genre"] or set(r) != {"id", "text", "spans", "genre"}:
            raise SystemExit("re-validation: record/meta mismatch at " + r["id"])
        if [(s["start"], s["end"], s["type"]) for s in r["spans"]] != [(s["start"], s["end"], s["type"]) for s in m["spans"]]:
            raise SystemExit("re-validation: span mismatch at " + r["id"])
        spans = [{"start": s["start"], "end": s["end"], "type": s["type"], "sub": s["sub_kind"], "fmt": s["format"],
                  "value": s["value"], "clean": s["clean_value"], "noise": s["noise"]} for s in m["spans"]]
        try:
            validate(r["text"], spans, m["hard_negatives"], m["no_pii"])
            for s in spans:
                if r["text"][s["start"]:s["end"]] != s["value"]:
                    raise DraftError("value")
        except DraftError as e:
            raise SystemExit(f"re-validation failed at {r['id']}: {e}")
        for n in m["hard_negatives"]:
            if n["category"] in ("placeholder_person", "institution_switchboard", "placeholder_number") and any(
                    n["start"] < s["end"] and s["start"] < n["end"] for s in spans):
                raise SystemExit("placeholder/institution number labelled at " + r["id"])
    return recs, metas


def make_stats(recs, metas, log):
    C = lambda: Counter()
    st = {"records": len(recs), "spans": sum(len(r["spans"]) for r in recs)}
    by_genre, by_tpl, by_type, by_sub, by_noise, by_neg, neg_genre = {}, {}, C(), C(), C(), C(), {}
    noisy_spans = no_pii = narrative = 0
    plain = C()
    for r, m in zip(recs, metas):
        g = by_genre.setdefault(r["genre"], {"records": 0, "no_pii": 0, "spans": 0, "hard_negatives": 0, "narrative": 0})
        t = by_tpl.setdefault(m["template"], {"genre": m["genre"], "records": 0, "no_pii": 0, "spans": 0})
        for x in (g, t):
            x["records"] += 1
            x["no_pii"] += m["no_pii"]
            x["spans"] += len(r["spans"])
        g["hard_negatives"] += len(m["hard_negatives"])
        g["narrative"] += bool(m["narrative"])
        no_pii += m["no_pii"]
        narrative += bool(m["narrative"])
        for s in m["spans"]:
            by_type[s["type"]] += 1
            by_sub[s["type"] + "/" + s["sub_kind"]] += 1
            if s["noise"]:
                noisy_spans += 1
                for tag in s["noise"]:
                    by_noise[tag] += 1
        for n in m["hard_negatives"]:
            by_neg[n["category"]] += 1
        for k2, v in m["plain_text_noise"].items():
            plain[k2] += v
    st.update({"no_pii_records": no_pii, "no_pii_share": round(no_pii / len(recs), 4),
               "narrative_records": narrative, "narrative_share": round(narrative / len(recs), 4),
               "noisy_spans": noisy_spans, "noisy_span_share": round(noisy_spans / st["spans"], 4),
               "hard_negatives": sum(by_neg.values()), "retried_drafts": len(log),
               "by_genre": dict(sorted(by_genre.items())), "by_template": dict(sorted(by_tpl.items())),
               "by_type": dict(by_type.most_common()), "by_sub_kind": dict(sorted(by_sub.items())),
               "by_noise_tag": dict(by_noise.most_common()), "by_plain_text_noise": dict(plain.most_common()),
               "by_hard_negative_category": dict(by_neg.most_common()),
               "ocr_base_templates": dict(Counter(m.get("base_template") for m in metas if "base_template" in m).most_common())})
    return st


def check_requirements(st):
    problems = []
    if st["records"] < REQ["records"]:
        problems.append("too few records")
    for t in TYPES:
        if st["by_type"].get(t, 0) < REQ["per_type"]:
            problems.append(f"type {t} has {st['by_type'].get(t, 0)} spans")
    if len(st["by_genre"]) < REQ["genres"]:
        problems.append("too few genres")
    if len(st["by_template"]) < REQ["templates"]:
        problems.append("too few templates")
    if st["noisy_span_share"] < REQ["noise_share"]:
        problems.append("noise share %.3f" % st["noisy_span_share"])
    if st["no_pii_share"] < REQ["no_pii_share"]:
        problems.append("no-PII share %.3f" % st["no_pii_share"])
    if st["narrative_share"] < REQ["narrative_share"]:
        problems.append("narrative share %.3f" % st["narrative_share"])
    for g, v in st["by_genre"].items():
        if v["hard_negatives"] == 0:
            problems.append("no hard negatives in genre " + g)
    if problems:
        raise SystemExit("REQUIREMENTS NOT MET:\n  " + "\n  ".join(problems))


def md5(path):
    return hashlib.md5(open(path, "rb").read()).hexdigest()


def main(argv):
    out = os.path.dirname(os.path.abspath(__file__))
    selfcheck = True
    if "--out" in argv:
        out = argv[argv.index("--out") + 1]
    if "--no-selfcheck" in argv:
        selfcheck = False
    recs, metas, log = generate()
    dump_jsonl(os.path.join(out, "pii_av.jsonl"), recs)
    dump_jsonl(os.path.join(out, "pii_av.meta.jsonl"), metas)
    recs, metas = revalidate(out)
    st = make_stats(recs, metas, log)
    with open(os.path.join(out, "stats.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(st, f, ensure_ascii=False, indent=1)
        f.write("\n")
    check_requirements(st)
    for line in log:
        print("retried:", line, file=sys.stderr)
    print(f"{st['records']} records, {st['spans']} spans, {st['no_pii_records']} no-PII, "
          f"noise {st['noisy_span_share']:.3f}, narrative {st['narrative_share']:.3f}, {len(log)} retried drafts")
    if selfcheck:
        mine = {f: md5(os.path.join(out, f)) for f in OUT_FILES}
        for hs in ("0", "4242"):
            with tempfile.TemporaryDirectory() as tmp:
                env = dict(os.environ, PYTHONHASHSEED=hs)
                subprocess.run([sys.executable, os.path.abspath(__file__), "--out", tmp, "--no-selfcheck"],
                               env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                other = {f: md5(os.path.join(tmp, f)) for f in OUT_FILES}
            if other != mine:
                raise SystemExit(f"NON-DETERMINISTIC output under PYTHONHASHSEED={hs}: {other} vs {mine}")
        print("determinism check passed (PYTHONHASHSEED=0 and 4242):", " ".join(f"{f}={h}" for f, h in mine.items()))


if __name__ == "__main__":
    main(sys.argv[1:])
