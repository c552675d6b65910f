#!/usr/bin/env python3
"""pii_bb: an independent evaluation set for a Korean PII detector on public-sector text.

Deterministic; Python 3 standard library only.  Every random choice for record i of
template t comes from random.Random("pii_bb-2026|<t>|<i>") (string seed); a draft that
fails validation is regenerated with the seed suffixed "|retry<k>".

Run:  python3 make_set.py          (writes pii_bb.jsonl, pii_bb.meta.jsonl, stats.json)
      python3 make_set.py --check  (only re-validates the written files)
"""
import datetime
import hashlib
import ipaddress
import json
import os
import random
import re
import shutil
import subprocess
import sys
from collections import Counter

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
SEED_PREFIX = "pii_bb-2026"
TODAY = datetime.date(2026, 12, 6)
TYPES = ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "KR_ADDRESS", "DATE_OF_BIRTH",
         "KR_BANK_ACCOUNT", "KR_RRN", "IP_ADDRESS", "KR_PASSPORT", "KR_BRN",
         "KR_DRIVER_LICENSE", "KR_FRN", "KR_VEHICLE_PLATE", "KR_HEALTH_INSURANCE",
         "CREDIT_CARD", "KR_CRN"]


class Fail(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise Fail(msg)


# ---------------------------------------------------------------- value objects
class V:
    """A gold value to be inserted: type, exact text (noise included), sub-kind, format, noise tags."""
    __slots__ = ("type", "text", "sub", "fmt", "noise", "extra")

    def __init__(self, type_, text, sub, fmt="", noise=(), extra=None):
        self.type, self.text, self.sub, self.fmt = type_, text, sub, fmt
        self.noise = tuple(noise)
        self.extra = extra or {}

    def re(self, text, tag):
        return V(self.type, text, self.sub, self.fmt, self.noise + ((tag,) if tag and tag not in self.noise else ()), self.extra)


class N:
    """A tagged hard negative (text that must stay unlabelled)."""
    __slots__ = ("cat", "text")

    def __init__(self, cat, text):
        self.cat, self.text = cat, text


# ---------------------------------------------------------------- checksums
def rrn_check(d12):
    s = sum(int(a) * w for a, w in zip(d12, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]))
    return (11 - s % 11) % 10


def frn_check(d12):
    s = sum(int(a) * w for a, w in zip(d12, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]))
    return (13 - s % 11) % 10


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
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


# ---------------------------------------------------------------- normalisation
FW_DIG = {chr(0xFF10 + i): str(i) for i in range(10)}
HYPHENS = "‐‑‒–—―－ㅡ−"
CONF = {"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8", "Z": "2"}
MASKS = "*●○XxＸ＊#"


def norm1(s):
    """1:1 character normalisation (keeps offsets): full-width digits/letters and odd hyphens."""
    out = []
    for ch in s:
        if ch in FW_DIG:
            out.append(FW_DIG[ch])
        elif ch in HYPHENS:
            out.append("-")
        elif "\uFF21" <= ch <= "\uFF3A" or "\uFF41" <= ch <= "\uFF5A":
            out.append(chr(ord(ch) - 0xFEE0))
        elif ch == "\uFF0E":
            out.append(".")
        elif ch == "\u3000":
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def digits_of(s, conf=True):
    s = norm1(s)
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(ch)
        elif conf and ch in CONF:
            out.append(CONF[ch])
    return "".join(out)


def valid_date(y, m, d):
    try:
        return datetime.date(y, m, d)
    except ValueError:
        return None


def mdays(y, m):
    return (datetime.date(y + (m == 12), m % 12 + 1, 1) - datetime.timedelta(days=1)).day


def rand_date(r, a, b):
    """uniform date between date a and date b."""
    return a + datetime.timedelta(days=r.randint(0, (b - a).days))


def D(y, m, d):
    return datetime.date(y, m, d)


# ---------------------------------------------------------------- name pools
SUR1 = ("김 김 김 김 김 이 이 이 이 박 박 박 최 최 정 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 "
        "전 홍 고 문 양 손 배 백 허 유 남 심 노 하 곽 성 차 주 우 구 민 진 나 지 엄 변 채 원 천 방 "
        "공 현 함 염 여 추 도 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 탁 국 어 은 편 "
        "용 예 봉 태 목 형 피 두 감 음 빈 동 온 호 범 좌 팽 승 간 시 갈 단 견 당 화 창 옹 순 빙").split()
SUR2 = "남궁 황보 선우 제갈 독고 사공 서문 동방".split()
GIVEN2 = ("민수 지훈 서연 지민 현우 수빈 예린 도윤 하은 서준 유진 지원 성민 정호 미경 상철 은정 혜진 "
          "태호 경민 재현 소영 동현 진우 나연 승훈 윤서 채원 민재 건우 시우 하린 다은 준혁 예준 지아 "
          "주원 수아 은우 현준 가은 영수 순자 말순 옥자 정숙 영철 광수 봉남 춘식 경자 덕희 명숙 미숙 "
          "성호 재훈 상민 규리 보영 세진 원준 태윤 주희 민지 유나 서윤 하준 지호 준서 우진 선영 영민 "
          "혜원 정민 성진 동욱 형석 승연 다인 소율 로운 아린 시은 채은 나윤 지우 예서 윤아 재원 한결 "
          "가람 슬기 보람 다솜 새롬 한별 초롱 기범 용호 병철 만수 종대 창호 두식 길례 복순 분이 점례 "
          "금순 판석 학선 희정 은영 주연 현정 수진 미라 경아 지영 윤희 상우 준영 태민 성훈 대현 민호 "
          "진혁 재석 윤재 도현 은서 서아 하윤 예은 수연 지유 채윤 연우 정우 유찬 도하 온유 해솔 "
          "기태 명훈 석진 혜숙 인숙 광호 문수 용준 찬희 서희 효진 승민 태경 종민 영길 금자 옥희 병수").split()
GIVEN1 = "훈 윤 솔 진 혁 결 담 별 찬 률 건 란 현 웅 영 준 경 숙 철 호 혜 빈".split()
GIVEN3 = "하늘빛 빛나리 한가람 아름솔 슬기로 보드레 새하늘 다소니 그루터".split()
LAT_GIVEN = ("John Michael Sarah Emily David Maria Anna James Olivia Daniel Sophie Thomas Laura Kevin "
             "Hannah Ahmed Fatima Ivan Olga Carlos Ana Wei Hiroshi Yuki Akira Minh Rahul Priya Nurlan "
             "Dilnoza Somchai Maricel Jose Aigerim Dmitri Elena Chen Grace Peter Linh").split()
LAT_SUR = ("Smith Johnson Brown Miller Garcia Martinez Nguyen Tran Pham Wang Li Zhang Liu Tanaka Sato "
           "Suzuki Ivanov Petrova Khan Santos Reyes Kumar Sharma Karimov Yusupova Wongsakul Schmidt "
           "Muller Dubois Rossi Kowalski Anderson Wilson Taylor Lopez Hernandez Silva Bautista Bold").split()
VN_LAT = ["NGUYEN VAN HUNG", "TRAN THI LAN", "PHAM VAN MINH", "LE THI HOA", "NGUYEN THI MAI",
          "HOANG VAN NAM", "VU THI THU", "DO VAN LONG", "BUI THI NGOC", "DANG VAN TUAN"]
HAN_GIVEN = ("존 마이클 사라 에밀리 데이비드 마리아 안나 제임스 올리비아 다니엘 소피 토마스 이반 올가 "
             "카를로스 호세 라훌 프리야 아흐메드 파티마 드미트리 엘레나 아이게림 누를란 딜노자 솜차이 "
             "마리셀 그레이스 피터").split()
HAN_SUR = ("스미스 존슨 브라운 밀러 가르시아 마르티네스 이바노프 페트로바 칸 산토스 레예스 쿠마르 "
           "샤르마 카리모프 유수포바 웡사꾼 슈미트 뒤부아 로시 코발스키 앤더슨 윌슨 로페스 실바 "
           "바우티스타").split()
HAN_ASIAN = ["응우옌 반 훙", "쩐 티 란", "팜 반 민", "레 티 호아", "응우옌 티 마이", "호앙 반 남",
             "부 티 투", "도 반 롱", "다나카 히로시", "사토 유키", "스즈키 아키라", "왕웨이", "리칭",
             "장위", "류양", "천밍", "바트에르덴", "투무르 바야르"]
PLACEHOLDER_PERSONS = ["홍길동", "갑", "을", "병", "김○○", "이○○", "박○○", "최**", "정 모 씨",
                       "A씨", "B씨", "甲", "乙", "○○○", "김某", "이모 씨", "박모 씨"]

TITLES_ALL = ("씨 님 귀하 주무관 사무관 서기관 과장 국장 팀장 계장 주임 위원 위원장 장관 차관 시장 "
              "군수 구청장 교사 교장 교감 원장 소장 대표 대표이사 이사 부장 차장 대리 사원 변호사 판사 "
              "검사 경위 경사 경장 순경 소방장 소방교 간호사 의사 기자 학생 군 양 선생님 어르신 "
              "여사 원고 피고 청구인 피청구인 신청인 선생 수석 연구원 실장 본부장 총장 센터장 "
              "교수 박사 행정관 비서관 대변인 고문 감사관 조사관 지부장 반장").split()


# ---------------------------------------------------------------- romanisation (for e-mail local parts)
_L = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
_Vw = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we",
       "wi", "yu", "eu", "ui", "i"]
_T = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p",
      "t", "t", "ng", "t", "t", "k", "t", "p", "t"]
SUR_ROM = {"김": "kim", "이": "lee", "박": "park", "최": "choi", "정": "jung", "조": "cho", "윤": "yoon",
           "임": "lim", "유": "yoo", "오": "oh", "신": "shin", "노": "noh", "우": "woo", "구": "koo",
           "주": "joo", "류": "ryu", "문": "moon", "권": "kwon", "손": "son", "서": "seo", "강": "kang",
           "장": "jang", "한": "han", "황": "hwang", "안": "ahn", "송": "song", "전": "jeon", "홍": "hong",
           "고": "ko", "양": "yang", "배": "bae", "백": "baek", "허": "heo", "남": "nam", "심": "shim",
           "하": "ha", "곽": "kwak", "성": "sung", "차": "cha", "민": "min", "진": "jin", "나": "na",
           "지": "ji", "엄": "um", "변": "byun", "채": "chae", "원": "won", "천": "chun", "방": "bang",
           "남궁": "namkung", "황보": "hwangbo", "선우": "sunwoo", "제갈": "jegal", "독고": "dokko",
           "사공": "sagong", "서문": "seomun", "동방": "dongbang"}


def rom_syl(ch):
    c = ord(ch) - 0xAC00
    if not 0 <= c < 11172:
        return ""
    return _L[c // 588] + _Vw[(c % 588) // 28] + _T[c % 28]


def rom_name(sur, given):
    s = SUR_ROM.get(sur) or "".join(rom_syl(c) for c in sur)
    g = "".join(rom_syl(c) for c in given)
    return s, g


# ---------------------------------------------------------------- person generator
def person(r, kind=None, avoid=()):
    for _ in range(50):
        k = kind or r.choices(["kr", "kr2sur", "kr1given", "kr4syl", "lat", "han"],
                              [70, 8, 8, 3, 6, 5])[0]
        extra = {}
        if k == "kr":
            s, g = r.choice(SUR1), r.choice(GIVEN2)
            name, sub = s + g, "person_kr"
        elif k == "kr2sur":
            s, g = r.choice(SUR2), r.choice(GIVEN2 + GIVEN1)
            name, sub = s + g, "person_kr_2surname"
        elif k == "kr1given":
            s, g = r.choice(SUR1), r.choice(GIVEN1)
            name, sub = s + g, "person_kr_1given"
        elif k == "kr4syl":
            s, g = r.choice(SUR1), r.choice(GIVEN3)
            name, sub = s + g, "person_kr_4syllable"
        elif k in ("lat", "han") and r.random() < 0.6:
            s, g = None, None
            lat_, han_ = COUNTRY_PEOPLE[r.choice(sorted(COUNTRY_PEOPLE))]
            name = r.choice(lat_ if k == "lat" else han_)
            sub = "person_foreign_latin" if k == "lat" else "person_foreign_hangul"
        elif k == "lat":
            s, g = None, None
            form = r.random()
            if form < 0.25:
                name = r.choice(VN_LAT)
            elif form < 0.55:
                name = r.choice(LAT_GIVEN) + " " + r.choice(LAT_SUR)
            elif form < 0.85:
                name = r.choice(LAT_SUR).upper() + " " + r.choice(LAT_GIVEN).upper()
            else:
                name = r.choice(LAT_SUR) + ", " + r.choice(LAT_GIVEN)
            sub = "person_foreign_latin"
        else:
            s, g = None, None
            if r.random() < 0.45:
                name = r.choice(HAN_ASIAN)
            else:
                name = r.choice(HAN_GIVEN) + " " + r.choice(HAN_SUR)
            sub = "person_foreign_hangul"
        if name in avoid or name in PLACEHOLDER_PERSONS:
            continue
        if s is not None:
            extra = {"sur": s, "given": g}
        return V("PERSON", name, sub, "plain", extra=extra)
    raise Fail("person pool exhausted")


COUNTRY_PEOPLE = {
    "베트남": (VN_LAT, ["응우옌 반 훙", "쩐 티 란", "팜 반 민", "레 티 호아", "응우옌 티 마이", "호앙 반 남", "부 티 투", "도 반 롱"]),
    "중국": (["WANG WEI", "LI QING", "ZHANG YU", "LIU YANG", "CHEN MING", "ZHAO LEI", "Sun Li"], ["왕웨이", "리칭", "장위", "류양", "천밍", "자오레이"]),
    "일본": (["TANAKA HIROSHI", "SATO YUKI", "SUZUKI AKIRA", "Watanabe Kenji", "ITO MIKI"], ["다나카 히로시", "사토 유키", "스즈키 아키라", "와타나베 겐지"]),
    "필리핀": (["Maricel Santos", "Jose Reyes", "Grace Bautista", "DELA CRUZ MARIA", "Ana Villanueva"], ["마리셀 산토스", "호세 레예스", "그레이스 바우티스타"]),
    "우즈베키스탄": (["Nurlan Karimov", "Dilnoza Yusupova", "AZIMOV JASUR", "Rustam Tursunov"], ["누를란 카리모프", "딜노자 유수포바", "아지모프 자수르"]),
    "몽골": (["Bat-Erdene Bold", "Tsogt Bayar", "ENKHJARGAL SARANGEREL"], ["바트에르덴 볼드", "촉트 바야르"]),
    "태국": (["Somchai Wongsakul", "SUDARAT KAEWMANEE"], ["솜차이 웡사꾼", "수다랏 깨우마니"]),
    "인도": (["Rahul Kumar", "Priya Sharma", "ANIL VERMA"], ["라훌 쿠마르", "프리야 샤르마"]),
    "네팔": (["Ram Bahadur Thapa", "SITA GURUNG"], ["람 바하두르 타파", "시타 구룽"]),
    "러시아": (["Ivan Ivanov", "Olga Petrova", "KUZNETSOVA ELENA"], ["이반 이바노프", "올가 페트로바"]),
    "인도네시아": (["Budi Santoso", "SITI RAHAYU"], ["부디 산토소", "시티 라하유"]),
    "캄보디아": (["Sok Dara", "CHEA SREYMOM"], ["속 다라", "찌어 스레이몸"]),
    "미국": (["John Smith", "Sarah Johnson", "Michael Brown", "EMILY DAVIS"], ["존 스미스", "사라 존슨", "마이클 브라운"]),
    "영국": (["James Wilson", "Sophie Taylor"], ["제임스 윌슨", "소피 테일러"]),
    "캐나다": (["Daniel Anderson", "Laura Martin"], ["다니엘 앤더슨", "로라 마틴"]),
    "독일": (["Thomas Schmidt", "Laura Muller", "Lukas Weber"], ["토마스 슈미트", "루카스 베버"]),
}


def foreign_person(r, country):
    lat, han = COUNTRY_PEOPLE[country]
    if r.random() < 0.65:
        return V("PERSON", r.choice(lat), "person_foreign_latin", "plain")
    return V("PERSON", r.choice(han), "person_foreign_hangul", "plain")


def kr_person(r, avoid=()):
    return person(r, r.choices(["kr", "kr2sur", "kr1given", "kr4syl"], [82, 7, 8, 3])[0], avoid)


def spaced(v):
    """letter-spaced Korean name (sign-off lines, OCR)."""
    if v.sub.startswith("person_kr"):
        return v.re(" ".join(v.text), "spaced_name")
    return v


# ---------------------------------------------------------------- identifiers
def birth(r, y0=1940, y1=2005):
    return rand_date(r, D(y0, 1, 1), D(y1, 12, 31))


def rrn(r, kind=None, born=None, fmt=None):
    kind = kind or r.choices(["valid", "post2020", "masked"], [50, 20, 30])[0]
    if kind == "post2020":
        b = born if born and born >= D(2020, 10, 1) else rand_date(r, D(2020, 10, 5), D(2026, 11, 20))
    else:
        b = born or birth(r, 1938, 2012)
        need(b < D(2020, 10, 1), "pre-2020 rrn birth")
    g = (1 if b.year < 2000 else 3) + r.randint(0, 1)
    front = b.strftime("%y%m%d")
    if kind == "masked":
        mc = r.choice(["*", "*", "*", "●", "X", "x", "○"])
        back = str(g) + mc * 6
        sub = "rrn_masked"
    else:
        if kind == "valid":
            body = front + str(g) + "%02d" % r.randint(0, 95) + "%03d" % r.randint(0, 999)
            last = rrn_check(body)
            sub = "rrn_valid"
        else:
            body = front + str(g) + "%05d" % r.randint(0, 99999)
            last = r.choice([d for d in range(10) if d != rrn_check(body)])
            sub = "rrn_post2020"
        back = body[6:] + str(last)
    fmt = fmt or r.choices(["hyphen", "nohyphen", "space", "spaced_hyphen"], [78, 8, 8, 6])[0]
    if kind == "masked" and fmt == "nohyphen":
        fmt = "hyphen"
    sep = {"hyphen": "-", "nohyphen": "", "space": " ", "spaced_hyphen": " - "}[fmt]
    return V("KR_RRN", front + sep + back, sub, fmt, extra={"born": b})


def frn(r, masked=None, born=None, fmt=None):
    b = born or birth(r, 1950, 2008)
    g = (5 if b.year < 2000 else 7) + r.randint(0, 1)
    body = b.strftime("%y%m%d") + str(g) + "%02d" % (r.randint(0, 49) * 2) + "%02d" % r.randint(0, 99) + r.choice("6789")
    masked = (r.random() < 0.2) if masked is None else masked
    if masked:
        back = str(g) + r.choice("*●X") * 6
        sub = "frn_masked"
    else:
        back = body[6:] + str(frn_check(body))
        sub = "frn_valid"
    fmt = fmt or r.choices(["hyphen", "nohyphen", "space"], [85, 8, 7])[0]
    if masked:
        fmt = "hyphen"
    sep = {"hyphen": "-", "nohyphen": "", "space": " "}[fmt]
    return V("KR_FRN", body[:6] + sep + back, sub, fmt, extra={"born": b})


PP_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
FOREIGN_PP = [  # (country in Korean, generator)
    ("미국", lambda r: "%09d" % r.randint(100000000, 999999999)),
    ("미국", lambda r: r.choice("AB") + "%08d" % r.randint(0, 99999999)),
    ("중국", lambda r: "E" + "%08d" % r.randint(0, 99999999)),
    ("중국", lambda r: "E" + r.choice("ABCDEFGHJKL") + "%07d" % r.randint(0, 9999999)),
    ("베트남", lambda r: r.choice("CBN") + "%07d" % r.randint(0, 9999999)),
    ("필리핀", lambda r: "P" + "%07d" % r.randint(0, 9999999) + r.choice("ABC")),
    ("일본", lambda r: r.choice(["TK", "TR", "MZ", "TS"]) + "%07d" % r.randint(0, 9999999)),
    ("인도", lambda r: r.choice("JKLMNPRSTUVZ") + "%07d" % r.randint(0, 9999999)),
    ("태국", lambda r: r.choice(["AA", "AB", "AC"]) + "%07d" % r.randint(0, 9999999)),
    ("러시아", lambda r: "%02d" % r.randint(70, 76) + "%07d" % r.randint(0, 9999999)),
    ("우즈베키스탄", lambda r: r.choice(["FA", "AB", "AD"]) + "%07d" % r.randint(0, 9999999)),
    ("몽골", lambda r: "E" + "%07d" % r.randint(0, 9999999)),
    ("인도네시아", lambda r: r.choice("XBC") + "%07d" % r.randint(0, 9999999)),
    ("캄보디아", lambda r: "N" + "%08d" % r.randint(0, 99999999)),
    ("영국", lambda r: "%09d" % r.randint(100000000, 999999999)),
    ("캐나다", lambda r: r.choice(["AB", "GA", "HK"]) + "%06d" % r.randint(0, 999999)),
    ("독일", lambda r: "C" + "".join(r.choice("0123456789CFGHJKLMNPRTVWXYZ") for _ in range(8))),
    ("네팔", lambda r: "%08d" % r.randint(10000000, 99999999)),
]


def passport(r, kind=None):
    kind = kind or r.choices(["kr_old", "kr_new", "foreign"], [35, 35, 30])[0]
    if kind == "foreign":
        country, g = r.choice(FOREIGN_PP)
        return V("KR_PASSPORT", g(r), "passport_foreign", "foreign", extra={"country": country})
    p = r.choices("MSGDR", [80, 6, 7, 4, 3])[0]
    if kind == "kr_old":
        return V("KR_PASSPORT", p + "%08d" % r.randint(0, 99999999), "passport_kr_old", "L8")
    return V("KR_PASSPORT", p + "%03d" % r.randint(0, 999) + r.choice(PP_LETTERS) + "%04d" % r.randint(0, 9999),
             "passport_kr_new", "L3L4")


DL_REGION = {"서울": 11, "부산": 12, "경기": 13, "강원": 14, "충북": 15, "충남": 16, "전북": 17, "전남": 18,
             "경북": 19, "경남": 20, "제주": 21, "대구": 22, "인천": 23, "광주": 24, "대전": 25, "울산": 26}
DL_CODES = sorted(DL_REGION.values()) + [28]


def driver_license(r, fmt=None):
    fmt = fmt or r.choices(["numeric", "name_space", "name_nospace", "plain12", "numeric_space"],
                           [40, 22, 12, 18, 8])[0]
    yy = "%02d" % r.choice(list(range(88, 100)) + list(range(0, 27)))
    serial = "%06d" % r.randint(0, 999999)
    tail = "%02d" % r.randint(0, 99)
    if fmt.startswith("name"):
        reg = r.choice(sorted(DL_REGION))
        sep = " " if fmt == "name_space" else ""
        return V("KR_DRIVER_LICENSE", f"{reg}{sep}{yy}-{serial}-{tail}",
                 "dl_name" if fmt == "name_space" else "dl_name_nospace", fmt)
    code = "%02d" % r.choice(DL_CODES)
    if fmt == "numeric":
        return V("KR_DRIVER_LICENSE", f"{code}-{yy}-{serial}-{tail}", "dl_numeric", fmt)
    if fmt == "numeric_space":
        return V("KR_DRIVER_LICENSE", f"{code} {yy} {serial} {tail}", "dl_numeric", fmt)
    return V("KR_DRIVER_LICENSE", f"{code}{yy}{serial}{tail}", "dl_plain12", fmt)


CARD_BRANDS = [("visa", lambda r: "4" + str(r.randint(0, 9)), 16, 30),
               ("master", lambda r: "5" + str(r.randint(1, 5)), 16, 25),
               ("bc", lambda r: "94" + r.choice(["10", "11", "20", "30", "90"]), 16, 15),
               ("jcb", lambda r: "35" + str(r.randint(28, 89)), 16, 10),
               ("amex", lambda r: r.choice(["34", "37"]), 15, 10),
               ("unionpay", lambda r: "62" + str(r.randint(10, 99)), 16, 5),
               ("local", lambda r: "9" + r.choice(["0", "1", "3", "5"]) + str(r.randint(10, 99)), 16, 5)]


def card(r, masked=None, fmt=None):
    name, pre, n, _ = r.choices(CARD_BRANDS, [b[3] for b in CARD_BRANDS])[0]
    p = pre(r)
    num = luhn_complete(p + "".join(str(r.randint(0, 9)) for _ in range(n - 1 - len(p))))
    groups = [4, 6, 5] if n == 15 else [4, 4, 4, 4]
    masked = (r.random() < 0.25) if masked is None else masked
    chars = list(num)
    if masked:
        mc = r.choice(["*", "*", "X", "●", "#"])
        keep_front = r.choice([4, 6]) if n == 16 else 4
        for i in range(keep_front, n - 4):
            chars[i] = mc
    fmt = fmt or r.choices(["hyphen", "space", "plain"], [65, 25, 10])[0]
    if masked and fmt == "plain":
        fmt = "hyphen"
    out, i = [], 0
    for g in groups:
        out.append("".join(chars[i:i + g]))
        i += g
    sep = {"hyphen": "-", "space": " ", "plain": ""}[fmt]
    return V("CREDIT_CARD", sep.join(out), "card_masked" if masked else "card_" + name, fmt,
             extra={"brand": name})


BANKS = [  # (name as written, groups, first-group prefixes or None)
    ("KB국민은행", [6, 2, 6], None), ("국민은행", [3, 2, 4, 3], None), ("신한은행", [3, 3, 6], ["110", "100", "140"]),
    ("우리은행", [4, 3, 6], ["1002", "1005"]), ("하나은행", [3, 6, 5], None),
    ("NH농협은행", [3, 4, 4, 2], ["301", "302", "312"]), ("지역농협", [6, 2, 6], ["351", "352", "356"]),
    ("IBK기업은행", [3, 6, 2, 3], None), ("SC제일은행", [3, 2, 6], None),
    ("카카오뱅크", [4, 2, 7], ["3333", "3355", "7979"]), ("케이뱅크", [3, 3, 6], ["100", "110"]),
    ("토스뱅크", [4, 4, 4], ["1000", "1001"]), ("우체국", [6, 2, 6], ["0", "1"]),
    ("새마을금고", [4, 2, 6, 1], ["9002", "9003"]), ("신협", [3, 3, 6], ["131", "132"]),
    ("부산은행", [3, 4, 4, 2], ["101", "112"]), ("iM뱅크", [3, 2, 6, 1], ["508", "505"]),
    ("광주은행", [3, 3, 6], None), ("경남은행", [3, 2, 7], ["207", "521"]), ("수협은행", [4, 4, 4], ["1010", "1011"]),
    ("전북은행", [4, 2, 7], ["1021", "5020"]), ("제주은행", [2, 2, 6], None), ("한국씨티은행", [3, 6, 3], None),
    ("KDB산업은행", [3, 4, 4, 3], ["020", "021"]),
]


def bank_account(r, bank=None, fmt=None):
    b = bank or r.choice(BANKS)
    name, groups, pres = b
    total = sum(groups)
    pre = r.choice(pres) if pres else str(r.randint(1, 9))
    digits = pre + "".join(str(r.randint(0, 9)) for _ in range(total - len(pre)))
    fmt = fmt or r.choices(["hyphen", "plain", "space"], [75, 18, 7])[0]
    parts, i = [], 0
    for g in groups:
        parts.append(digits[i:i + g])
        i += g
    sep = {"hyphen": "-", "plain": "", "space": " "}[fmt]
    sub = "acct_" + "-".join(map(str, groups))
    return V("KR_BANK_ACCOUNT", sep.join(parts), sub, fmt, extra={"bank": name})


AREA = ["02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055",
        "061", "062", "063", "064"]


def _line(r, n):
    while True:
        s = "%0*d" % (n, r.randint(0, 10 ** n - 1))
        if s not in ("2114", "0114", "1114", "0000") and not s.startswith("0"):
            return s


def phone(r, kind=None, fmt=None, area=None):
    kind = kind or r.choices(["mobile", "landline", "070", "fax"], [50, 30, 10, 10])[0]
    if kind == "mobile":
        mid = "%04d" % r.randint(2000, 9999)
        last = _line(r, 4)
        fmt = fmt or r.choices(["hyphen", "plain", "space", "dot", "intl", "paren"], [70, 10, 7, 5, 5, 3])[0]
        txt = {"hyphen": f"010-{mid}-{last}", "plain": f"010{mid}{last}", "space": f"010 {mid} {last}",
               "dot": f"010.{mid}.{last}", "intl": f"+82-10-{mid}-{last}", "paren": f"(010){mid}-{last}"}[fmt]
        return V("PHONE_NUMBER", txt, "phone_mobile", fmt)
    if kind == "070":
        mid, last = "%04d" % r.randint(4000, 8999), _line(r, 4)
        fmt = fmt or r.choice(["hyphen", "hyphen", "plain"])
        return V("PHONE_NUMBER", f"070-{mid}-{last}" if fmt == "hyphen" else f"070{mid}{last}", "phone_070", fmt)
    a = area or r.choice(AREA)
    mid = str(r.randint(200, 999)) if (a != "02" and r.random() < 0.4) else str(r.randint(2000, 9999))
    last = _line(r, 4)
    fmt = fmt or r.choices(["hyphen", "paren", "paren_space", "halfparen"], [70, 15, 8, 7])[0]
    txt = {"hyphen": f"{a}-{mid}-{last}", "paren": f"({a}){mid}-{last}", "paren_space": f"({a}) {mid}-{last}",
           "halfparen": f"{a}) {mid}-{last}"}[fmt]
    return V("PHONE_NUMBER", txt, "phone_fax" if kind == "fax" else "phone_landline", fmt)


PERSONAL_DOMAINS = ["naver.com", "naver.com", "hanmail.net", "daum.net", "gmail.com", "gmail.com", "nate.com",
                    "kakao.com", "hotmail.com", "outlook.com", "icloud.com"]
OFFICIAL_DOMAINS = ["korea.kr", "korea.kr", "korea.kr", "gachon-si.go.kr", "nuri.go.kr", "hanbit.go.kr",
                    "edu-saemal.kr", "saemal.ac.kr"]
COMPANY_DOMAINS = ["hanbit-eng.co.kr", "nurisoft.kr", "garamcns.com", "saesol.co.kr", "dodam-lab.com",
                   "mirinae.kr", "hanul-tech.co.kr", "solnae.net"]
WORDS = "sunny blue sky moon star river happy green dream mango hero lucky cloud ocean rain pine".split()


def email(r, who=None, kind=None, domain=None):
    kind = kind or r.choices(["personal", "official", "company"], [60, 25, 15])[0]
    if who is not None and who.extra.get("sur"):
        s, g = rom_name(who.extra["sur"], who.extra["given"])
        style = r.randint(0, 5)
        if style == 0:
            local = g + s
        elif style == 1:
            local = s + "." + g
        elif style == 2:
            local = "".join((rom_syl(c) or "x")[0] for c in who.extra["given"]) + s
        elif style == 3:
            local = s + g[:3] + str(r.randint(70, 99))
        elif style == 4:
            local = g + "_" + s[0] + str(r.randint(1, 99))
        else:
            local = s[0] + g + str(r.randint(100, 9999))
    else:
        local = r.choice(WORDS) + r.choice(["", "_", "."]) + r.choice(WORDS + [""]) + str(r.randint(1, 999))
        local = local.strip("._")
    if not re.fullmatch(r"[a-z][a-z0-9._]*[a-z0-9]", local or ""):
        local = "user" + str(r.randint(100, 9999))
    dom = domain or r.choice({"personal": PERSONAL_DOMAINS, "official": OFFICIAL_DOMAINS, "company": COMPANY_DOMAINS}[kind])
    return V("EMAIL_ADDRESS", local + "@" + dom, "email_" + kind, "plain")


REGIONS = [
    ("서울특별시", "서울", ["종로구", "중구", "용산구", "성동구", "광진구", "마포구", "서대문구", "은평구", "강서구",
                         "양천구", "관악구", "동작구", "서초구", "강남구", "송파구", "강동구", "노원구", "도봉구", "성북구", "중랑구"]),
    ("부산광역시", "부산", ["해운대구", "수영구", "부산진구", "동래구", "사하구", "북구", "금정구", "연제구"]),
    ("대구광역시", "대구", ["수성구", "달서구", "북구", "중구", "동구"]),
    ("인천광역시", "인천", ["남동구", "연수구", "부평구", "미추홀구", "계양구", "서구"]),
    ("광주광역시", "광주", ["북구", "서구", "광산구", "남구"]),
    ("대전광역시", "대전", ["유성구", "서구", "중구", "대덕구"]),
    ("울산광역시", "울산", ["남구", "중구", "울주군", "북구"]),
    ("세종특별자치시", "세종", [""]),
    ("경기도", "경기", ["수원시 팔달구", "수원시 영통구", "성남시 분당구", "고양시 일산동구", "용인시 수지구", "부천시",
                     "안산시 단원구", "화성시", "평택시", "파주시", "남양주시", "의정부시", "김포시", "광명시", "시흥시",
                     "이천시", "양평군", "가평군"]),
    ("강원특별자치도", "강원", ["춘천시", "원주시", "강릉시", "속초시", "홍천군", "평창군"]),
    ("충청북도", "충북", ["청주시 흥덕구", "청주시 상당구", "충주시", "제천시", "옥천군", "음성군"]),
    ("충청남도", "충남", ["천안시 서북구", "천안시 동남구", "아산시", "공주시", "서산시", "논산시", "홍성군"]),
    ("전북특별자치도", "전북", ["전주시 완산구", "전주시 덕진구", "군산시", "익산시", "정읍시", "남원시", "완주군"]),
    ("전라남도", "전남", ["목포시", "여수시", "순천시", "나주시", "광양시", "해남군", "담양군"]),
    ("경상북도", "경북", ["포항시 북구", "포항시 남구", "구미시", "경주시", "안동시", "경산시", "영주시", "칠곡군"]),
    ("경상남도", "경남", ["창원시 성산구", "창원시 의창구", "김해시", "진주시", "양산시", "거제시", "통영시", "함안군"]),
    ("제주특별자치도", "제주", ["제주시", "서귀포시"]),
]
ROAD_STEM = ("가람 누리 한빛 새말 솔내 푸른들 버들 느티 매봉 다솜 햇살 미리내 새터 장승 동산 학당 중앙 "
             "역전 은행나무 대추 배울 도담 한울 참샘 구름 샛별 물빛 꽃담 나래 여울 갈뫼 송림 청운").split()
DONG = ("가람동 새말동 신촌동 상리동 중앙동 행복동 도담동 양지동 송정동 효자동 봉덕동 금곡동 월평동 "
        "대화동 주엽동 원동 명륜동 소사동 인계동 반송동").split()
MYEON = ["송지면", "청운면", "가람면", "북면", "남면", "서면", "봉산면", "대곡면"]
RI = ["신평리", "상리", "하리", "대곡리", "송산리", "내동리", "평촌리"]
APT = ["한빛아파트", "푸른마을아파트", "가람빌라", "새솔타운", "누리아파트", "도담마을 2단지", "햇살빌", "솔내아파트",
       "버들맨션", "청운하이츠"]


def _road(r):
    stem = r.choice(ROAD_STEM)
    suf = r.choices(["로", "길", "대로"], [60, 25, 15])[0]
    k = r.random()
    if k < 0.55:
        return f"{stem}{suf} {r.randint(1, 480)}" + (f"-{r.randint(1, 30)}" if r.random() < 0.1 else "")
    suf = "로" if suf == "길" else suf
    if k < 0.85:
        return f"{stem}{suf}{r.randint(1, 120)}번길 {r.randint(1, 99)}"
    return f"{stem}{suf} {r.randint(1, 90)}번길 {r.randint(1, 99)}"


def _unit(r):
    return r.choices(["", f", {r.randint(101, 115)}동 {r.randint(1, 25)}{r.randint(1, 4):02d}호",
                      f", {r.randint(2, 9)}층 {r.randint(2, 9)}0{r.randint(1, 5)}호", f" {r.randint(2, 15)}층",
                      f", {r.randint(101, 509)}호", f" {r.randint(101, 112)}동 {r.randint(1, 20)}0{r.randint(1, 4)}호",
                      f", {r.choice('가나다')}동 {r.randint(1, 3)}0{r.randint(1, 4)}호", " 지하1층"],
                     [20, 26, 12, 10, 14, 8, 6, 4])[0]


def address(r, kind=None, unit=True):
    kind = kind or r.choices(["road", "road_short", "road_sigungu", "jibun"], [40, 20, 15, 25])[0]
    full, short, sgg = r.choice(REGIONS)
    g = r.choice(sgg)
    if kind == "road_sigungu" and not g:
        kind = "road"
    u = _unit(r) if unit else ""
    if kind == "jibun":
        if g.endswith("군") or (not g and r.random() < 0.5):
            loc = ("조치원읍 " + r.choice(RI)) if not g else (r.choice(MYEON) + " " + r.choice(RI))
            lot = f"{'산 ' if r.random() < 0.1 else ''}{r.randint(1, 999)}" + (f"-{r.randint(1, 20)}" if r.random() < 0.6 else "")
            body = f"{loc} {lot}"
            u = ""
        else:
            lot = f"{r.randint(1, 1999)}" + (f"-{r.randint(1, 40)}" if r.random() < 0.7 else "")
            body = f"{r.choice(DONG)} {lot}"
            if r.random() < 0.45:
                u = " " + r.choice(APT) + " " + f"{r.randint(101, 115)}동 {r.randint(1, 20)}0{r.randint(1, 4)}호"
        head = r.choice([full, full, short])
        txt = " ".join(x for x in [head, g, body] if x) + u
        return V("KR_ADDRESS", txt, "addr_jibun", "jibun")
    body = _road(r)
    if kind == "road":
        txt = " ".join(x for x in [full, g, body] if x)
    elif kind == "road_short":
        txt = " ".join(x for x in [r.choice([short, short, full[:2] + "시" if full.endswith("광역시") or full.startswith("서울") else short]), g, body] if x)
    else:
        txt = " ".join(x for x in [g, body] if x)
    return V("KR_ADDRESS", txt + u, "addr_" + kind, kind)


def postcode(r):
    return "%05d" % r.randint(1000, 63600)


def ref_paren(r):
    return f"({r.choice(DONG)}{', ' + r.choice(APT) if r.random() < 0.5 else ''})"


DOB_FMTS = ["dots", "dots", "korean", "korean", "iso", "dots0", "dots0_nt", "yy_dots", "yymmdd", "slash",
            "korean0", "en"]


def dob(r, b=None, fmt=None, y0=1940, y1=2010):
    b = b or birth(r, y0, y1)
    fmt = fmt or r.choice(DOB_FMTS[:-1])
    y, m, d = b.year, b.month, b.day
    txt = {"dots": f"{y}. {m}. {d}.", "korean": f"{y}년 {m}월 {d}일", "korean0": f"{y}년 {m:02d}월 {d:02d}일",
           "iso": f"{y}-{m:02d}-{d:02d}", "dots0": f"{y}.{m:02d}.{d:02d}.", "dots0_nt": f"{y}.{m:02d}.{d:02d}",
           "yy_dots": f"{y % 100:02d}.{m:02d}.{d:02d}", "yymmdd": f"{y % 100:02d}{m:02d}{d:02d}",
           "slash": f"{y}/{m:02d}/{d:02d}",
           "en": f"{d:02d} {['JAN','FEB','MAR','APR','MAY','JUN','JUL','AUG','SEP','OCT','NOV','DEC'][m - 1]} {y}"}[fmt]
    return V("DATE_OF_BIRTH", txt, "dob_" + fmt, fmt, extra={"born": b})


def health_ins(r, fmt=None):
    s = str(r.randint(1, 9)) + "%010d" % r.randint(0, 9999999999)
    fmt = fmt or r.choices(["plain", "hyphen_1_10", "hyphen_4_7"], [80, 10, 10])[0]
    txt = {"plain": s, "hyphen_1_10": s[0] + "-" + s[1:], "hyphen_4_7": s[:4] + "-" + s[4:]}[fmt]
    return V("KR_HEALTH_INSURANCE", txt, "hi_" + fmt, fmt)


def brn(r, corp=None, fmt=None):
    corp = (r.random() < 0.5) if corp is None else corp
    mid = r.choice([81, 86, 87, 88]) if corp else r.randint(1, 79)
    d9 = "%03d" % r.randint(101, 899) + "%02d" % mid + "%04d" % r.randint(0, 9999)
    s = d9 + str(brn_check(d9))
    fmt = fmt or r.choices(["hyphen", "plain", "space"], [85, 10, 5])[0]
    sep = {"hyphen": "-", "plain": "", "space": " "}[fmt]
    return V("KR_BRN", sep.join([s[:3], s[3:5], s[5:]]), "brn_corp" if corp else "brn_individual", fmt)


CRN_OFFICE = ["1101", "1144", "1201", "1301", "1311", "1345", "1358", "1501", "1601", "1711", "1801", "2001",
              "2201", "1946", "2301", "1615"]


def crn(r, fmt=None):
    d12 = r.choice(CRN_OFFICE) + r.choices(["11", "14", "13", "21", "22", "12"], [70, 10, 4, 8, 6, 2])[0] + "%06d" % r.randint(0, 999999)
    s = d12 + str(crn_check(d12))
    fmt = fmt or r.choices(["hyphen", "plain"], [88, 12])[0]
    return V("KR_CRN", s[:6] + "-" + s[6:] if fmt == "hyphen" else s, "crn", fmt)


PLATE_PRIV = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주"
PLATE_COMM = "바사아자"
PLATE_RENT = "하허호"
PLATE_REGIONS = sorted(DL_REGION)


def plate(r, kind=None):
    kind = kind or r.choices(["2digit", "3digit", "region", "commercial", "nospace", "rental"], [22, 30, 12, 14, 14, 8])[0]
    n4 = "%04d" % r.randint(1, 9999)
    if kind == "2digit":
        return V("KR_VEHICLE_PLATE", f"{r.randint(10, 99)}{r.choice(PLATE_PRIV)} {n4}", "plate_2digit", kind)
    if kind == "3digit":
        return V("KR_VEHICLE_PLATE", f"{r.randint(100, 699)}{r.choice(PLATE_PRIV)} {n4}", "plate_3digit", kind)
    if kind == "region":
        return V("KR_VEHICLE_PLATE", f"{r.choice(PLATE_REGIONS)} {r.randint(10, 99)}{r.choice(PLATE_PRIV)} {n4}",
                 "plate_region", kind)
    if kind == "commercial":
        reg = r.choice(PLATE_REGIONS)
        sp = r.choice([" ", " ", ""])
        return V("KR_VEHICLE_PLATE", f"{reg}{sp}{r.randint(70, 99)}{r.choice(PLATE_COMM)} {n4}", "plate_commercial", kind)
    if kind == "rental":
        return V("KR_VEHICLE_PLATE", f"{r.randint(10, 99)}{r.choice(PLATE_RENT)} {n4}", "plate_rental", kind)
    d = r.randint(10, 699)
    return V("KR_VEHICLE_PLATE", f"{d}{r.choice(PLATE_PRIV)}{n4}", "plate_nospace", kind)


def ip(r, kind=None):
    kind = kind or r.choices(["public", "private", "v6"], [55, 35, 10])[0]
    if kind == "private":
        k = r.randint(0, 2)
        if k == 0:
            t = f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        elif k == 1:
            t = f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        else:
            t = f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
        return V("IP_ADDRESS", t, "ip_private", "v4")
    if kind == "v6":
        g = [f"{r.randint(0x2001, 0x2a0f):x}"] + [f"{r.randint(0, 0xffff):x}" for _ in range(7)]
        if r.random() < 0.6:
            t = ":".join(g[:3]) + "::" + ":".join(g[6:])
        else:
            t = ":".join(g)
        return V("IP_ADDRESS", t, "ip_v6", "v6")
    while True:
        a = r.randint(1, 223)
        if a not in (10, 100, 127, 169, 172, 192, 198, 203):
            break
    return V("IP_ADDRESS", f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}", "ip_public", "v4")


# ---------------------------------------------------------------- hard negatives
GOV_BODIES = ["행정안전부", "보건복지부", "고용노동부", "국토교통부", "교육부", "법무부", "환경부", "국세청", "경찰청",
              "소방청", "기획재정부", "농림축산식품부", "여성가족부", "문화체육관광부", "국민권익위원회"]
LOCAL_BODIES = ["가람시", "새말군", "누리시", "한빛구", "솔내군", "도담시", "미리내구", "푸른시"]
OFFICES = ["국세청장", "행정안전부장관", "보건복지부장관", "가람시장", "새말군수", "한빛구청장", "교육감",
           "경찰서장", "소방서장", "보건소장", "세무서장", "출입국·외국인사무소장", "교육장", "읍장", "동장",
           "법무부장관", "고용노동부장관", "도지사", "위원장(직인생략)"]
LAWS = [("개인정보 보호법", ["제15조제1항", "제17조", "제18조제2항제2호", "제23조", "제24조의2", "제29조", "제71조"]),
        ("주민등록법", ["제7조의2", "제29조제2항", "제37조"]), ("여권법", ["제9조", "제11조", "제12조제1항"]),
        ("도로교통법", ["제44조제1항", "제80조", "제93조"]), ("출입국관리법", ["제31조", "제33조", "제88조"]),
        ("공공기관의 정보공개에 관한 법률", ["제9조제1항제6호", "제11조", "제13조제3항", "제14조"]),
        ("국민건강보험법", ["제12조", "제57조", "제69조"]), ("민원 처리에 관한 법률", ["제17조", "제27조"]),
        ("지방공무원법", ["제48조", "제69조제1항", "제72조"]), ("국가공무원법", ["제56조", "제63조", "제78조제1항"]),
        ("국민기초생활 보장법", ["제21조", "제22조제1항"]), ("부가가치세법", ["제8조", "제32조"]),
        ("소득세법", ["제89조제1항제3호", "제94조"]), ("초·중등교육법", ["제25조", "제30조의6"]),
        ("행정업무의 운영 및 혁신에 관한 규정", ["제7조", "제10조제3항"]), ("응급의료에 관한 법률", ["제48조"]),
        ("형법", ["제347조", "제257조제1항"]), ("도로교통법 시행규칙", ["제77조", "별표 28"]),
        ("공유재산 및 물품 관리법", ["제20조제1항", "제32조"]), ("지방자치단체를 당사자로 하는 계약에 관한 법률", ["제9조", "제33조"]),
        ("소방기본법", ["제16조", "제21조의2"]), ("긴급복지지원법", ["제7조", "제9조제1항"]), ("아동수당법", ["제6조", "제9조"]),
        ("전자상거래 등에서의 소비자보호에 관한 법률", ["제12조"]), ("식품위생법", ["제37조", "제75조"]),
        ("자동차관리법", ["제10조", "제81조"]), ("지방세징수법", ["제11조"])]


def neg_switch(r, kind=None, area=None):
    k = kind or r.choices(["area", "15xx", "short"], [45, 40, 15])[0]
    if k == "area":
        a = area or r.choice(AREA)
        mid = r.randint(2000, 3999) if a == "02" else r.choice([r.randint(200, 999), r.randint(2000, 8999)])
        return N("institution_switchboard", f"{a}-{mid}-{r.choice(['2114', '0114', '1114'])}")
    if k == "15xx":
        return N("institution_switchboard", f"{r.choice(['1588', '1577', '1600', '1544', '1644', '1566', '1661', '1899'])}-{r.randint(0, 9999):04d}")
    return N("institution_switchboard", r.choice(["110", "120", "126", "1345", "1350", "1355", "182", "129", "1388"]))


def neg_inst_addr(r, body=None):
    full, short, sgg = r.choice(REGIONS)
    g = r.choice(sgg)
    bld = r.choice(["시청", "군청 본관", "구청 별관 3층", "행정복지센터", "보건소 2층", "교육지원청", "세무서 4층",
                    "경찰서 민원동", "소방서", "출입국·외국인사무소 2층", "고용센터"])
    if full.startswith("세종") and r.random() < 0.6:
        return N("institution_address", f"세종특별자치시 {r.choice(['누리청사로', '한울마루로', '도움뜰로'])} {r.randint(1, 40)} 정부세종청사 {r.randint(1, 17)}동")
    t = " ".join(x for x in [r.choice([full, short]), g, f"{r.choice(['시청로', '청사로', '관청길', '군청로', '중앙로'])} {r.randint(1, 300)}", bld] if x)
    return N("institution_address", t)


def neg_docno(r, dept=None, era="modern"):
    dept = dept or r.choice(["민원봉사과", "총무과", "운영지원과", "정보공개팀", "복지정책과", "교통행정과", "세무과",
                             "교무부", "감사담당관", "인사팀", "생활보장과", "체류관리과", "예방과"])
    if era == "1990s":
        return N("document_number", f"{r.choice(['총무', '행정', '민원', '지적', '사회', '교무', '세무'])} {r.randint(10000, 99999)}-{r.randint(1, 999)}")
    if era == "2000s":
        return N("document_number", f"{dept}-{r.randint(100, 9999)}")
    return N("document_number", f"{dept}-{r.randint(1, 29999)}")


def neg_case(r):
    y = r.randint(2015, 2026)
    k = r.random()
    if k < 0.6:
        return N("case_number", f"{y}{r.choice(['구합', '구단', '누', '두', '나', '가단', '가합', '고단', '고합', '노', '도', '고약', '카합', '드단', '느단'])}{r.randint(100, 99999)}")
    if k < 0.8:
        return N("case_number", f"중앙행심 {y}-{r.randint(1000, 29999)}")
    return N("case_number", f"조심 {y}{r.choice('서중부전광')}{r.randint(100, 9999)}")


CUR_LAWS = None  # topic-specific statutes for the template being drafted (set by build_one)
TOPIC_LAWS = {
    "gm90": ["주민등록법", "여권법", "도로교통법", "국민기초생활 보장법"], "gm00": ["개인정보 보호법", "여권법", "국민기초생활 보장법"],
    "consent": ["개인정보 보호법"], "app_form": ["개인정보 보호법", "민원 처리에 관한 법률"], "discipline": ["지방공무원법", "국가공무원법"],
    "audit": ["지방공무원법", "개인정보 보호법"], "police": ["도로교통법", "형법"], "fire": ["응급의료에 관한 법률", "소방기본법"],
    "immig": ["출입국관리법"], "foreign_roster": ["출입국관리법"], "welfare": ["국민기초생활 보장법", "긴급복지지원법"],
    "hospital": ["국민건강보험법"], "nhis": ["국민건강보험법"], "school": ["초·중등교육법", "개인정보 보호법"],
    "fine": ["도로교통법", "도로교통법 시행규칙"], "tax_qa": ["소득세법", "부가가치세법"], "foi": ["공공기관의 정보공개에 관한 법률"],
    "minwon_reply": ["민원 처리에 관한 법률", "도로교통법"], "epeople": ["민원 처리에 관한 법률", "개인정보 보호법"],
    "decision": ["공공기관의 정보공개에 관한 법률", "국민기초생활 보장법", "식품위생법"], "judgment": ["도로교통법", "개인정보 보호법", "형법"],
    "contract": ["개인정보 보호법", "지방자치단체를 당사자로 하는 계약에 관한 법률"], "lease": ["공유재산 및 물품 관리법"],
    "birth_report": ["아동수당법", "주민등록법"], "biz_report": ["전자상거래 등에서의 소비자보호에 관한 법률", "부가가치세법", "식품위생법"],
    "bid_result": ["지방자치단체를 당사자로 하는 계약에 관한 법률"], "minutes": ["공공기관의 정보공개에 관한 법률", "개인정보 보호법"],
    "report_form": ["주민등록법"], "subsidy": ["긴급복지지원법", "국민기초생활 보장법"], "visitors": ["개인정보 보호법"],
    "news": ["개인정보 보호법", "도로교통법", "지방세징수법"], "chat": ["개인정보 보호법"], "call": ["도로교통법", "민원 처리에 관한 법률"],
}


def neg_statute(r, short=False):
    pool = [x for x in LAWS if x[0] in CUR_LAWS] if CUR_LAWS else LAWS
    law, arts = r.choice(pool or LAWS)
    if short:
        return N("statute_citation", f"같은 법 {r.choice(arts)}")
    q = r.choice(["「%s」", "「%s」", "%s", "『%s』"])
    return N("statute_citation", (q % law) + " " + r.choice(arts))


def neg_receipt(r):
    y, m = r.randint(20, 26), r.randint(1, 12)
    k = r.random()
    if k < 0.45:
        return N("receipt_number", f"{r.randint(1, 9)}{r.choice('ABCDEFGH')}{r.choice('ABCDEFGH')}-{y:02d}{m:02d}-{r.randint(0, 9999999):07d}")
    if k < 0.75:
        return N("receipt_number", f"20{y:02d}-{r.randint(1, 99999):05d}")
    return N("receipt_number", f"제20{y:02d}-{r.randint(1, 9999)}호")


def neg_pubrec(r):
    k = r.random()
    y = r.randint(2019, 2026)
    if k < 0.3:
        return N("public_record_id", f"{r.choice(AREA[1:])}-{y}-{r.randint(1000, 9999)}")
    if k < 0.55:
        return N("public_record_id", f"R{y % 100}BK{r.randint(0, 99999999):08d}-00")
    if k < 0.8:
        return N("public_record_id", f"{r.randint(1101, 4899)}-{y}-{r.randint(0, 999999):06d}")
    return N("public_record_id", f"{r.randint(11000, 50999)}-{r.randint(100, 999)}-{r.randint(10000, 99999)}")


def neg_amount(r, lo=None, hi=None):
    n = r.randint(1, 9999) * r.choice([1000, 10000, 100, 50000])
    if lo is not None:
        n = r.randint(lo // 1000, hi // 1000) * 1000
    k = r.random()
    if k < 0.5:
        return N("amount", f"{n:,}원")
    if k < 0.7:
        return N("amount", f"금{r.choice(['', ' '])}{n:,}원정")
    if k < 0.85:
        return N("amount", f"₩{n:,}")
    return N("amount", f"{max(1, n // 10000):,}만 원")


def neg_date(r, y0=2019, y1=2026):
    d = rand_date(r, D(y0, 1, 1), D(y1, 11, 30))
    f = r.choice([f"{d.year}. {d.month}. {d.day}.", f"{d.year}년 {d.month}월 {d.day}일", f"{d.year}-{d.month:02d}-{d.day:02d}",
                  f"{d.year}.{d.month:02d}.{d.day:02d}."])
    return N("date", f)


CO_STEM = ["한빛", "누리", "가람", "새솔", "도담", "미리내", "한울", "솔내", "버들", "참샘", "여울", "다솜", "나래", "갈뫼", "청운"]
CO_KIND = ["엔지니어링", "소프트", "건설", "상사", "식품", "테크", "컨설팅", "산업", "이앤씨", "물산", "의료기", "데이터", "종합관리", "환경"]


def company(r):
    s, k = r.choice(CO_STEM), r.choice(CO_KIND)
    return N("company_name", r.choice([f"(주){s}{k}", f"주식회사 {s}{k}", f"{s}{k}(주)", f"{s}{k}", f"㈜{s}{k}",
                                        f"유한회사 {s}{k}", f"사단법인 {s}나눔", f"{s}{k} 주식회사"]))


def placeholder(r):
    return N("placeholder_person", r.choice(PLACEHOLDER_PERSONS))


LOCAL_HEADS = ["가람시장", "새말군수", "한빛구청장", "누리시장", "도담시장", "솔내군수", "동장", "읍장", "면장"]


def official(r, pool=None):
    return N("official_by_office", r.choice(pool or OFFICES))


NAMELIKE = [("place", "김포공항"), ("place", "김해시"), ("place", "이천시"), ("place", "진주성"), ("place", "안동역"),
            ("place", "문경새재"), ("place", "남원시"), ("place", "고성군"), ("place", "하남시"), ("place", "양주역"),
            ("place", "구미공단"), ("place", "정선군"), ("place", "여주시"), ("place", "서산시"), ("place", "금산군"),
            ("firm", "한결식품"), ("firm", "조은약품"), ("firm", "나래전자"), ("firm", "가온건설"), ("firm", "하람정밀"),
            ("firm", "윤슬카페"), ("firm", "정다운마트"), ("product", "새솔정수기"), ("product", "한빛우유"),
            ("product", "누리콜택시"), ("product", "다온앱"), ("noun", "이사회"), ("noun", "조정위원회"),
            ("noun", "신호등"), ("noun", "전기안전"), ("noun", "장기요양"), ("noun", "한도액"), ("noun", "정지선"),
            ("noun", "고지서"), ("noun", "안전모"), ("noun", "유지보수"), ("noun", "오수관"), ("noun", "임시보호")]


def namelike(r, kind=None):
    k, t = r.choice([x for x in NAMELIKE if kind is None or x[0] == kind])
    return N("name_like_" + k, t)


def postal(r):
    return N("postal_code", r.choice([f"({postcode(r)})", f"우 {postcode(r)}", f"우{postcode(r)}"]))


def version(r):
    return N("version_number", r.choice([f"10.0.{r.randint(17000, 22631)}.{r.randint(100, 4000)}",
                                          f"v{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 30)}",
                                          f"{r.randint(1, 30)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(1000, 9999)}"]))


def userid(r):
    return N("system_user_id", r.choice([f"u{r.randint(10000, 99999)}", f"adm{r.randint(10, 99)}", f"emp{r.randint(1000, 9999)}",
                                          f"sys_{r.choice(['batch', 'ops', 'audit'])}{r.randint(1, 9)}"]))


def inst_email(r):
    return N("institution_email", r.choice(["minwon", "webmaster", "privacy", "info", "help", "foi"]) + "@" +
             r.choice(["nuri.go.kr", "hanbit.go.kr", "gachon-si.go.kr", "saemal.go.kr"]))


def inst_fax(r, area=None):
    a = area or r.choice(AREA)
    return N("institution_switchboard", f"{a}-{r.randint(200, 999)}-{r.choice(['2114', '0114'])}")


_DIGIT_FINAL = {"0": 21, "1": 8, "3": 16, "6": 1, "7": 8, "8": 8}


def J(x, pair):
    """Korean particle agreeing with the last syllable of x (str, V or N): J(v, "은/는")."""
    t = x.text if isinstance(x, (V, N)) else str(x)
    t = norm1(t).rstrip(" )」』\"'")
    a, b = pair.split("/")
    f = 0
    if t:
        ch = t[-1]
        if "가" <= ch <= "힣":
            f = (ord(ch) - 0xAC00) % 28
        elif ch.isdigit():
            f = _DIGIT_FINAL.get(ch, 0)
    if pair == "으로/로":
        return a if f and f != 8 else b
    return a if f else b


# ---------------------------------------------------------------- noise
CONF_OUT = {"0": "O", "1": "lI", "5": "S", "8": "B", "2": "Z"}
ODD_HY = ["‐", "－", "–", "―", "ㅡ", "‐"]
NUMERIC_TYPES = {"KR_RRN", "KR_FRN", "PHONE_NUMBER", "CREDIT_CARD", "KR_BANK_ACCOUNT", "KR_DRIVER_LICENSE",
                 "KR_HEALTH_INSURANCE", "KR_BRN", "KR_CRN", "IP_ADDRESS", "DATE_OF_BIRTH"}


def _inner_positions(s, pred):
    return [i for i in range(1, len(s)) if pred(s, i)]


def nz_fullwidth(r, v):
    if not any(c.isdigit() for c in v.text):
        return None
    frac = r.choice([1.0, 1.0, 0.5])
    t = "".join(chr(0xFF10 + int(c)) if c.isdigit() and r.random() < frac else c for c in v.text)
    return v.re(t, "fullwidth_digits") if t != v.text else None


def nz_hyphen(r, v):
    if "-" not in v.text:
        return None
    h = r.choice(ODD_HY)
    t = "".join(h if c == "-" and r.random() < 0.8 else c for c in v.text)
    if t == v.text:
        t = v.text.replace("-", h, 1)
    return v.re(t, "unicode_hyphen")


def nz_space(r, v):
    pos = _inner_positions(v.text, lambda s, i: s[i - 1].isdigit() and (s[i].isdigit() or s[i] == "-") or (s[i - 1] == "-" and s[i].isdigit()))
    if not pos:
        return None
    i = r.choice(pos)
    return v.re(v.text[:i] + " " + v.text[i:], "space_in_number")


def nz_newline(r, v):
    if v.type in NUMERIC_TYPES or v.type in ("KR_PASSPORT", "KR_VEHICLE_PLATE"):
        pos = [i + 1 for i, c in enumerate(v.text[:-1]) if c in "-‐－–―ㅡ"] or \
              _inner_positions(v.text, lambda s, i: s[i - 1].isdigit() and s[i].isdigit())
        if not pos:
            return None
        i = r.choice(pos)
        return v.re(v.text[:i] + "\n" + v.text[i:], "newline_in_number")
    pos = [i for i, c in enumerate(v.text) if c == " " and 0 < i < len(v.text) - 1]
    if not pos:
        return None
    i = r.choice(pos[len(pos) // 3:] or pos)
    return v.re(v.text[:i] + "\n" + v.text[i + 1:], "wrapped")


def nz_conf(r, v):
    pos = [i for i, c in enumerate(v.text) if c in CONF_OUT]
    if v.type == "KR_PASSPORT":
        pos = [i for i in pos if i >= 1 and v.text[i - 1].isdigit()]
    if not pos:
        return None
    t = list(v.text)
    for i in r.sample(pos, min(len(pos), r.choice([1, 1, 2]))):
        t[i] = r.choice(CONF_OUT[t[i]])
    return v.re("".join(t), "confusable_letters")


def nz_email(r, v):
    t = v.text
    k = r.randint(0, 2)
    if k == 0:
        t = t.replace("@", r.choice([" @", "@ ", " @ "]), 1)
    elif k == 1:
        i = t.rfind(".")
        t = t[:i] + "," + t[i + 1:]
    else:
        t = t.replace("l", "1", 1) if "l" in t else t.replace("o", "0", 1)
    return v.re(t, "email_noise") if t != v.text else None


def noisy(r, v, p=0.55):
    """apply one (sometimes two) OCR distortions to a gold value with probability p."""
    if r.random() >= p:
        return v
    if v.type == "PERSON":
        if v.sub.startswith("person_kr") and r.random() < 0.8:
            return spaced(v)
        return nz_newline(r, v) or v if " " in v.text else v
    if v.type == "EMAIL_ADDRESS":
        return nz_email(r, v) or v
    if v.type == "KR_ADDRESS":
        ops = [nz_newline, nz_newline, nz_fullwidth]
    elif v.type in ("KR_PASSPORT",):
        ops = [nz_fullwidth, nz_conf, nz_space]
    elif v.type == "KR_VEHICLE_PLATE":
        ops = [nz_fullwidth, nz_conf]
    elif v.type == "IP_ADDRESS":
        ops = [nz_fullwidth, nz_conf]
    else:
        ops = [nz_fullwidth, nz_hyphen, nz_space, nz_newline, nz_conf, nz_conf]
    out = v
    for _ in range(r.choice([1, 1, 1, 2])):
        o = r.choice(ops)(r, out)
        if o is not None:
            out = o
    return out


OCR_HANGUL = {"을": "울", "는": "늠", "의": "외", "에": "예", "로": "루", "다": "타", "합": "함", "니": "나", "습": "슴", "및": "밎"}


def ocr_plain(d, s):
    r = d.r
    out = []
    for ch in s:
        x = r.random()
        if ch in "()[]「」" and x < 0.18:
            d.tnoise["lost_bracket"] += 1
            continue
        if ch == "·" and x < 0.5:
            out.append(r.choice([".", "ㆍ", ","]))
            d.tnoise["dot_confusion"] += 1
            continue
        if ch == ":" and x < 0.12:
            out.append(r.choice([";", "."]))
            d.tnoise["colon_confusion"] += 1
            continue
        if ch in OCR_HANGUL and x < 0.03:
            out.append(OCR_HANGUL[ch])
            d.tnoise["hangul_misread"] += 1
            continue
        if ch == " " and x < 0.04:
            out.append("  ")
            d.tnoise["extra_space"] += 1
            continue
        if ch == " " and x < 0.06:
            d.tnoise["lost_space"] += 1
            continue
        out.append(ch)
    return "".join(out)


# ---------------------------------------------------------------- document builder
class Doc:
    def __init__(self, r, ocr=False, wrap=0, noise_p=0.62):
        self.r, self.ocr, self.wrap, self.noise_p = r, ocr, wrap, noise_p
        self.parts, self.n, self.col = [], 0, 0
        self.spans, self.negs = [], []
        self.tnoise = Counter()

    def _emit(self, s):
        self.parts.append(s)
        self.n += len(s)
        i = s.rfind("\n")
        self.col = (len(s) - i - 1) if i >= 0 else self.col + len(s)

    def _plain(self, s):
        if self.ocr and s:
            s = ocr_plain(self, s)
        if self.wrap and s:
            out = []
            col = self.col
            for ch in s:
                if ch == "\n":
                    col = 0
                elif ch == " " and col >= self.wrap:
                    ch, col = "\n", 0
                    self.tnoise["hard_wrap"] += 1
                else:
                    col += 1
                out.append(ch)
            s = "".join(out)
        self._emit(s)

    def _val(self, v):
        if self.ocr:
            v = noisy(self.r, v, self.noise_p)
        if self.wrap and "\n" not in v.text and self.col + len(v.text) > self.wrap + 6 and self.r.random() < 0.6:
            v = nz_newline(self.r, v) or v
        need(v.text == v.text.strip() and v.text, "value edge whitespace: %r" % v.text)
        self.spans.append({"start": self.n, "end": self.n + len(v.text), "type": v.type, "sub": v.sub,
                           "format": v.fmt, "noise": list(v.noise), "value": v.text})
        self._emit(v.text)

    def _neg(self, x):
        t = x.text
        if self.ocr and any(c.isdigit() for c in t) and self.r.random() < 0.3:
            t = "".join(chr(0xFF10 + int(c)) if c.isdigit() else c for c in t)
        self.negs.append({"start": self.n, "end": self.n + len(t), "text": t, "category": x.cat})
        self._emit(t)

    def w(self, *items):
        for it in items:
            if it is None:
                continue
            if isinstance(it, str):
                self._plain(it)
            elif isinstance(it, V):
                self._val(it)
            elif isinstance(it, N):
                self._neg(it)
            elif isinstance(it, (list, tuple)):
                self.w(*it)
            elif isinstance(it, int):
                self._plain(str(it))
            else:
                raise TypeError(it)
        return self

    def text(self):
        return "".join(self.parts)


def wrapcell(r, v, p=0.5):
    """a value broken inside a table cell by an HWP/PDF conversion."""
    if r.random() < p:
        return nz_newline(r, v) or v
    return v


def jn(items, sep=", "):
    """interleave items with a separator (for w())."""
    out = []
    for i, x in enumerate(items):
        if i:
            out.append(sep)
        out.append(x)
    return out


# ---------------------------------------------------------------- validation
SIDO_HEADS = set()
SGG_FIRST = set()
for _full, _short, _sgg in REGIONS:
    SIDO_HEADS |= {_full, _short}
    if _full.endswith("광역시") or _full.startswith("서울") or _full.startswith("세종"):
        SIDO_HEADS.add(_full[:2] + "시")
    for _g in _sgg:
        if _g:
            SGG_FIRST.add(_g.split()[0])
SIDO_HEADS |= {"경기도", "강원도", "충남도", "전북도", "전남도", "경북도", "경남도", "제주도"}
# invented local governments used throughout the set, and further real 시/군/구 used in hand-written records
SGG_FIRST |= {"가람시", "새말군", "한빛구", "누리시", "도담시", "솔내군"}
SGG_FIRST |= set("""영등포구 동대문구 금천구 구로구 강북구 서초구 해운대구 남구 동구 서구 중구 북구 달성군 기장군 강화군
                 옹진군 청주시 천안시 전주시 포항시 창원시 고양시 용인시 성남시 안양시 부천시 의왕시 군포시 오산시
                 하남시 구리시 양주시 포천시 동두천시 여주시 안성시 진천군 괴산군 보은군 단양군 당진시 보령시 예산군
                 태안군 부안군 고창군 순창군 무주군 여수시 목포시 광양시 보성군 고흥군 완도군 진도군 김천시 상주시
                 문경시 영천시 청도군 울진군 밀양시 사천시 거창군 합천군 남해군 하동군 산청군""".split())
MASK_RE = "[*●○XxＸ＊#]"
SUR_ALL = set(SUR1) | set("""라 모 소 계 경 사 부 가 복 뇌 낭 내 대 돈 묵 미 빙 상 설 수 시 아 애 야 엽 영 예 온 요 운
                            웅 원 위 음 인 점 종 좌 준 즙 증 창 초 탁 탄 태 판 팽 편 평 포 표 풍 피 필 학 해 혁 형 호
                            화 환 후 흥 기 길 나 노 도 동 두 류 마 맹 명 목 문 민 반 방 배 백 범 변 봉 빈 서 석 선 성
                            손 송 승 신 심 안 양 어 엄 여 연 염 오 옥 옹 왕 용 우 유 육 윤 은 이 임 장 전 정 제 조 주
                            지 진 차 채 천 최 추 하 한 함 허 현 홍 황 간 갈 감 강 견 고 곽 구 국 권 금 김 단 당 박""".split())
LONG_TITLES = [t for t in TITLES_ALL if len(t) >= 2]


def numnorm(t, conf):
    n = re.sub(r"\s", "", norm1(t))
    if conf:
        n = "".join(CONF.get(c, c) for c in n)
    return n


def century(g):
    return {1: 1900, 2: 1900, 5: 1900, 6: 1900, 3: 2000, 4: 2000, 7: 2000, 8: 2000, 9: 1800, 0: 1800}[g]


def _id13(t, conf, sub, gset, chk, masked_sub, post_sub=None):
    c = numnorm(t, conf)
    m = re.fullmatch(r"(\d{6})-?([0-9])(" + MASK_RE + r"{6}|\d{6})", c)
    need(m, "id13 shape %r" % t)
    g = int(m.group(2))
    need(g in gset, "gender digit %r" % t)
    y = century(g) + int(m.group(1)[:2])
    b = valid_date(y, int(m.group(1)[2:4]), int(m.group(1)[4:6]))
    need(b is not None and b <= TODAY, "id13 date %r" % t)
    masked = not m.group(3).isdigit()
    need(masked == (sub == masked_sub), "mask/sub mismatch %r %s" % (t, sub))
    if masked:
        need(len(set(m.group(3))) == 1, "mixed mask %r" % t)
        return
    d = m.group(1) + m.group(2) + m.group(3)
    ok = int(d[12]) == chk(d[:12])
    if post_sub and sub == post_sub:
        need(b >= D(2020, 10, 1) and not ok, "post2020 rrn must have date>=2020-10 and no valid check %r" % t)
    else:
        need(ok and b < D(2020, 10, 1), "check digit %r" % t)


def check_value(sp):
    t, typ, sub, noise = sp["value"], sp["type"], sp["sub"], sp["noise"]
    conf = "confusable_letters" in noise
    need(typ in TYPES, "type %s" % typ)
    need(t == t.strip() and t, "edge whitespace %r" % t)
    if typ == "KR_RRN":
        _id13(t, conf, sub, {1, 2, 3, 4, 9, 0}, rrn_check, "rrn_masked", "rrn_post2020")
    elif typ == "KR_FRN":
        _id13(t, conf, sub, {5, 6, 7, 8}, frn_check, "frn_masked")
    elif typ == "KR_BRN":
        c = re.sub("-", "", numnorm(t, conf))
        need(re.fullmatch(r"\d{10}", c) and int(c[9]) == brn_check(c[:9]), "brn %r" % t)
    elif typ == "KR_CRN":
        c = re.sub("-", "", numnorm(t, conf))
        need(re.fullmatch(r"\d{13}", c) and int(c[12]) == crn_check(c[:12]), "crn %r" % t)
    elif typ == "CREDIT_CARD":
        c = re.sub("-", "", numnorm(t, conf))
        if sub == "card_masked":
            need(re.fullmatch(r"\d{4,6}" + MASK_RE + r"{5,8}\d{4}", c) and len(c) in (15, 16), "masked card %r" % t)
        else:
            need(re.fullmatch(r"\d{15,16}", c) and luhn_ok(c), "card luhn %r" % t)
    elif typ == "KR_PASSPORT":
        c = re.sub(r"\s", "", norm1(t))
        if conf:
            c = c[0] + "".join(CONF.get(x, x) for x in c[1:])
        pat = {"passport_kr_old": r"[MSGDR]\d{8}", "passport_kr_new": r"[MSGDR]\d{3}[A-Z]\d{4}",
               "passport_foreign": r"[A-Z0-9]{7,10}"}[sub]
        need(re.fullmatch(pat, c), "passport %r" % t)
    elif typ == "KR_DRIVER_LICENSE":
        c = numnorm(t, conf)
        m = re.fullmatch(r"([가-힣]{2})?-?(\d{2})-?(\d{6})-?(\d{2})", c) if c[:2] in DL_REGION else None
        if m:
            need(sub in ("dl_name", "dl_name_nospace"), "dl sub %r" % t)
        else:
            dd = c.replace("-", "")
            need(re.fullmatch(r"\d{12}", dd) and int(dd[:2]) in DL_CODES, "dl %r" % t)
    elif typ == "KR_VEHICLE_PLATE":
        c = re.sub(r"\s+", " ", norm1(t).replace("\n", ""))
        if conf:
            c = "".join(CONF.get(x, x) for x in c)
        need(re.fullmatch(r"(?:[가-힣]{2} ?)?\d{2,3} ?[가-힣] ?\d{4}", c), "plate %r" % t)
    elif typ == "KR_HEALTH_INSURANCE":
        need(re.fullmatch(r"\d{11}", numnorm(t, conf).replace("-", "")), "hi %r" % t)
    elif typ == "KR_BANK_ACCOUNT":
        need(re.fullmatch(r"\d{10,14}", numnorm(t, conf).replace("-", "")), "acct %r" % t)
    elif typ == "PHONE_NUMBER":
        c = re.sub(r"[-().+]", "", numnorm(t, conf))
        if sub == "phone_foreign":
            need(t.startswith("+") and not c.startswith("82") and re.fullmatch(r"\d{9,14}", c), "foreign phone %r" % t)
            return
        if c.startswith("82"):
            c = "0" + c[2:]
        need(re.fullmatch(r"01[016789]\d{7,8}|070\d{8}|0505\d{7,8}|02\d{7,8}|0[3-6][1-5]\d{7,8}", c), "phone %r" % t)
        need(not c.endswith(("2114", "0114", "1114")), "switchboard-like phone %r" % t)
    elif typ == "EMAIL_ADDRESS":
        if "email_noise" in noise:
            need("@" in t and "." in t.split("@")[0] + t.split("@")[-1] or "," in t, "noisy email %r" % t)
        else:
            need(re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", t), "email %r" % t)
    elif typ == "IP_ADDRESS":
        c = numnorm(t, conf) if ":" not in t else re.sub(r"\s", "", norm1(t))
        try:
            ipaddress.ip_address(c)
        except ValueError:
            raise Fail("ip %r" % t)
    elif typ == "DATE_OF_BIRTH":
        need(parse_dob(t, conf) is not None, "dob %r" % t)
    elif typ == "KR_ADDRESS":
        c = norm1(t)
        head = c.split()[0]
        need(head in SIDO_HEADS or head in SGG_FIRST or (sub == "addr_partial" and head[-1] in "읍면동"), "address head %r" % t)
        need(c[-1].isdigit() or c[-1] in "호층동하실", "address tail %r" % t)
        need(not c.startswith("(") and not c.endswith(")"), "address paren %r" % t)
    elif typ == "PERSON":
        need(t not in PLACEHOLDER_PERSONS, "placeholder labelled %r" % t)
        c = re.sub(r"\s", "", t)
        need(":" not in t and not any(c.endswith(x) for x in LONG_TITLES if len(c) > len(x) + 1), "title in name %r" % t)
        if re.fullmatch(r"[가-힣]+", c) and sub.startswith("person_kr"):
            need(2 <= len(c) <= 5, "korean name length %r" % t)
            need(c[0] + c[1] in SUR2 or c[0] in SUR_ALL, "surname %r" % t)
        elif sub == "person_foreign_latin":
            need(re.fullmatch(r"[A-Za-z][A-Za-z ,.'-]*[A-Za-z.]", norm1(t).replace("\n", " ")), "latin name %r" % t)


MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def parse_dob(t, conf=False):
    c = numnorm(t, conf)
    for pat, kind in [(r"(\d{4})\.(\d{1,2})\.(\d{1,2})\.?", "ymd"), (r"(\d{4})년(\d{1,2})월(\d{1,2})일", "ymd"),
                      (r"(\d{4})-(\d{1,2})-(\d{1,2})", "ymd"), (r"(\d{4})/(\d{1,2})/(\d{1,2})", "ymd"),
                      (r"(\d{2})\.(\d{1,2})\.(\d{1,2})\.?", "yy"), (r"(\d{2})(\d{2})(\d{2})", "yy"),
                      (r"(\d{2})(" + "|".join(MON) + r")(\d{4})", "en")]:
        m = re.fullmatch(pat, c)
        if m:
            if kind == "ymd":
                y, mo, d = map(int, m.groups())
            elif kind == "yy":
                yy, mo, d = map(int, m.groups())
                y = (1900 if yy > 26 else 2000) + yy
            else:
                d, mo, y = int(m.group(1)), MON.index(m.group(2)) + 1, int(m.group(3))
            b = valid_date(y, mo, d)
            if b and D(1900, 1, 1) <= b <= TODAY:
                return b
    return None


SHAPES = [("mobile", r"(?<![\d])01[016789][-. ]?\d{3,4}[-. ]?\d{4}(?!\d)"),
          ("landline", r"(?<![\d])\(?0\d{1,2}\)?[-) ]\s?\d{3,4}-\d{4}(?!\d)"),
          ("id13", r"(?<!\d)\d{6}\s?-\s?(?:\d{7}|[1-8][*●X]{6})(?!\d)"),
          ("card16", r"(?<!\d)\d{4}[- ]\d{4}[- ]\d{4}[- ]\d{4}(?!\d)"),
          ("email", r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z.]{2,}"),
          ("ipv4", r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")]


def validate(text, spans, negs, no_pii):
    last = 0
    for s in spans:
        need(0 <= s["start"] < s["end"] <= len(text), "bounds")
        need(s["start"] >= last, "overlap/sort at %d" % s["start"])
        last = s["end"]
        need(text[s["start"]:s["end"]] == s["value"], "value mismatch %r" % s["value"])
        check_value(s)
    for n in negs:
        need(text[n["start"]:n["end"]] == n["text"], "neg mismatch %r" % n["text"])
        for s in spans:
            need(n["end"] <= s["start"] or n["start"] >= s["end"], "neg %r overlaps gold %r" % (n["text"], s["value"]))
    cover = [(s["start"], s["end"]) for s in spans]
    ncover = [(n["start"], n["end"]) for n in negs]

    def covered(a, b, segs):
        return any(a < e and s < b for s, e in segs)
    # every other occurrence of a labelled string must be labelled too
    for s in spans:
        v = s["value"]
        for m in re.finditer(re.escape(v), text):
            need(covered(m.start(), m.end(), cover), "unlabelled repeat of %r" % v)
    # PII-shaped strings outside gold spans must be tagged hard negatives
    nt = norm1(text)
    for name, pat in SHAPES:
        for m in re.finditer(pat, nt):
            if name == "ipv4" and not all(int(x) <= 255 for x in m.group(0).split(".")):
                continue
            need(covered(m.start(), m.end(), cover) or covered(m.start(), m.end(), ncover),
                 "untagged %s-shaped string %r" % (name, m.group(0)))
    gold_vals = {s["value"] for s in spans}
    for n in negs:
        need(n["text"] not in gold_vals, "neg text labelled elsewhere %r" % n["text"])
        if n["category"] == "placeholder_person":
            for m in re.finditer(re.escape(n["text"]), text):
                need(not covered(m.start(), m.end(), cover), "placeholder labelled")
    if no_pii:
        need(not spans, "no-PII record has spans")
        need(negs, "no-PII record without hard negatives")
    else:
        need(spans, "PII record without spans")


# ---------------------------------------------------------------- handwritten records
ALIAS = {"P": "PERSON", "PH": "PHONE_NUMBER", "EM": "EMAIL_ADDRESS", "AD": "KR_ADDRESS", "DOB": "DATE_OF_BIRTH",
         "AC": "KR_BANK_ACCOUNT", "RRN": "KR_RRN", "IP": "IP_ADDRESS", "PP": "KR_PASSPORT", "BRN": "KR_BRN",
         "DL": "KR_DRIVER_LICENSE", "FRN": "KR_FRN", "VP": "KR_VEHICLE_PLATE", "HI": "KR_HEALTH_INSURANCE",
         "CC": "CREDIT_CARD", "CRN": "KR_CRN"}
NEG_ALIAS = {"sw": "institution_switchboard", "ia": "institution_address", "dn": "document_number",
             "cn": "case_number", "st": "statute_citation", "pp": "placeholder_person", "co": "company_name",
             "pr": "public_record_id", "am": "amount", "dt": "date", "of": "official_by_office",
             "pc": "postal_code", "vn": "version_number", "uid": "system_user_id", "nlp": "name_like_place",
             "nlf": "name_like_firm", "nlpr": "name_like_product", "nln": "name_like_noun",
             "ie": "institution_email", "rn": "receipt_number", "by": "birth_year_only", "age": "age",
             "iac": "institution_account", "fe": "form_example"}
MARK_RE = re.compile(r"⟦([A-Z]+)(?:/([a-z0-9_]+))?(?:!([a-z_,]+))?:(.*?)⟧|⟪([a-z]+):(.*?)⟫", re.S)


def classify(typ, t, noise):
    conf = "confusable_letters" in noise
    c = numnorm(t, conf)
    if typ == "KR_RRN":
        if re.search(MASK_RE, c):
            return "rrn_masked"
        d = c.replace("-", "")
        b = valid_date(century(int(d[6])) + int(d[:2]), int(d[2:4]), int(d[4:6]))
        return "rrn_post2020" if b and b >= D(2020, 10, 1) else "rrn_valid"
    if typ == "KR_FRN":
        return "frn_masked" if re.search(MASK_RE, c) else "frn_valid"
    if typ == "KR_PASSPORT":
        if re.fullmatch(r"[MSGDR]\d{8}", c):
            return "passport_kr_old"
        if re.fullmatch(r"[MSGDR]\d{3}[A-Z]\d{4}", c):
            return "passport_kr_new"
        return "passport_foreign"
    if typ == "KR_DRIVER_LICENSE":
        if t[:2] in DL_REGION:
            return "dl_name" if t[2:3] == " " else "dl_name_nospace"
        return "dl_plain12" if re.fullmatch(r"\d{12}", c) else "dl_numeric"
    if typ == "CREDIT_CARD":
        if re.search(MASK_RE, c):
            return "card_masked"
        return {"4": "card_visa", "5": "card_master", "9": "card_bc"}.get(c[0], "card_jcb" if c.startswith("35") else "card_amex" if c[:2] in ("34", "37") else "card_other")
    if typ == "KR_BANK_ACCOUNT":
        g = re.split(r"[-\s]+", norm1(t).strip())
        return "acct_" + "-".join(str(len(x)) for x in g) if len(g) > 1 else "acct_plain"
    if typ == "PHONE_NUMBER":
        d = re.sub(r"\D", "", c)
        if d.startswith("82"):
            d = "0" + d[2:]
        if t.startswith("+") and not d.startswith("0"):
            return "phone_foreign"
        return "phone_mobile" if d.startswith("01") else "phone_070" if d.startswith("070") else "phone_landline"
    if typ == "EMAIL_ADDRESS":
        dom = t.split("@")[-1].strip().lower()
        if dom.endswith(("go.kr", "korea.kr", "ac.kr", "re.kr", "or.kr", "sc.kr", "es.kr", "hs.kr", "ms.kr")):
            return "email_official"
        return "email_personal" if dom in PERSONAL_DOMAINS else "email_company"
    if typ == "KR_ADDRESS":
        n = norm1(t)
        if n.split()[0][-1] in "읍면" or re.fullmatch(r"[가-힣0-9]+동", n.split()[0]):
            return "addr_partial"
        if not re.search(r"(로|길)\s?\d|번길", n):
            return "addr_jibun"
        head = n.split()[0]
        return "addr_road" if head.endswith(("특별시", "광역시", "자치시", "도")) else "addr_road_short" if head in SIDO_HEADS else "addr_road_sigungu"
    if typ == "DATE_OF_BIRTH":
        n = "".join(CONF.get(ch, ch) for ch in norm1(t)) if re.search(r"\d", t) else norm1(t)
        if re.fullmatch(r"\d{2}\. \d{1,2}\. \d{1,2}\.?", n):
            return "dob_yy_dots"
        for pat, f in [(r"\d{4}\. \d{1,2}\. \d{1,2}\.", "dots"), (r"\d{4}년 0\d월|\d{4}년 \d{2}월 0", "korean0"),
                       (r"\d{4}년", "korean"), (r"\d{4}-", "iso"), (r"\d{4}\.\d{2}\.\d{2}\.", "dots0"),
                       (r"\d{4}\.\d{1,2}\.\d{1,2}", "dots0_nt"), (r"\d{2}\.\d{2}\.\d{2}", "yy_dots"), (r"\d{4}/", "slash"),
                       (r"\d{2} [A-Z]{3}", "en"), (r"\d{6}", "yymmdd")]:
            if re.match(pat, n):
                return "dob_" + f
        return "dob_other"
    if typ == "KR_HEALTH_INSURANCE":
        if re.fullmatch(r"\d{11}", c):
            return "hi_plain"
        return "hi_hyphen_1_10" if re.fullmatch(r"\d-\d{10}", c) else "hi_hyphen_4_7" if re.fullmatch(r"\d{4}-\d{7}", c) else "hi_grouped"
    if typ == "KR_BRN":
        d = c.replace("-", "")
        return "brn_corp" if d[3:5] in ("81", "86", "87", "88") else "brn_individual"
    if typ == "KR_CRN":
        return "crn"
    if typ == "KR_VEHICLE_PLATE":
        n = norm1(t)
        if re.match(r"[가-힣]{2}", n):
            return "plate_commercial" if re.search(r"\d[바사아자배]", n) else "plate_region"
        if " " not in n:
            return "plate_nospace"
        if re.search(r"\d[하허호]", n):
            return "plate_rental"
        return "plate_3digit" if re.match(r"\d{3}", n) else "plate_2digit"
    if typ == "IP_ADDRESS":
        if ":" in t:
            return "ip_v6"
        try:
            return "ip_private" if ipaddress.ip_address(c).is_private else "ip_public"
        except ValueError:
            return "ip_public"
    if typ == "PERSON":
        if re.search(r"[A-Za-z]", t) and re.search(r"[가-힣]", t):
            return "person_mixed_script"
        if re.search(r"[A-Za-z]", t):
            return "person_foreign_latin"
        toks = t.split()
        if len(toks) > 1 and not all(len(x) == 1 for x in toks):
            return "person_foreign_hangul"
        c2 = "".join(toks)
        if c2[:2] in SUR2 and len(c2) >= 3:
            return "person_kr_2surname"
        return {2: "person_kr_1given", 3: "person_kr", 4: "person_kr_4syllable"}.get(len(c2), "person_kr")
    return typ.lower()


def detect_noise(typ, t):
    tags = []
    if any(c in FW_DIG for c in t):
        tags.append("fullwidth_digits")
    if any("\uFF21" <= c <= "\uFF3A" or "\uFF41" <= c <= "\uFF5A" for c in t):
        tags.append("fullwidth_letters")
    if any(c in HYPHENS for c in t):
        tags.append("unicode_hyphen")
    if "\n" in t:
        tags.append("newline_in_number" if typ in NUMERIC_TYPES or typ in ("KR_PASSPORT", "KR_VEHICLE_PLATE") else "wrapped")
    if typ in NUMERIC_TYPES and typ != "IP_ADDRESS" or typ == "IP_ADDRESS" and ":" not in t:
        if re.search(r"[OolISBZ]", t.replace("Ｘ", "")) and typ != "DATE_OF_BIRTH" or (typ == "DATE_OF_BIRTH" and re.search(r"\d[OolISBZ]|[OolISBZ]\d", t)):
            tags.append("confusable_letters")
    if typ == "KR_VEHICLE_PLATE" and re.search(r"[A-Za-z]", t):
        tags.append("confusable_letters")
    if typ == "KR_PASSPORT" and (re.search(r"[lo]", t) or re.search(r"[0-9０-９][OIlSBZ][0-9０-９]", t)):
        tags.append("confusable_letters")
    if typ == "PERSON":
        toks = t.split()
        if len(toks) > 1 and all(len(x) == 1 and "가" <= x <= "힣" for x in toks):
            tags.append("spaced_name")
    return tags


def parse_handwritten(raw):
    out, spans, negs, pos, n = [], [], [], 0, 0
    for m in MARK_RE.finditer(raw):
        out.append(raw[pos:m.start()])
        n += m.start() - pos
        if m.group(1):
            typ = ALIAS.get(m.group(1), m.group(1))
            need(typ in TYPES, "bad marker type %s" % m.group(1))
            val = m.group(4)
            noise = detect_noise(typ, val)
            for x in (m.group(3) or "").split(","):
                if x and x not in noise:
                    noise.append(x)
            sub = m.group(2) or classify(typ, val, noise)
            spans.append({"start": n, "end": n + len(val), "type": typ, "sub": sub, "format": "handwritten",
                          "noise": noise, "value": val})
        else:
            cat = NEG_ALIAS.get(m.group(5))
            need(cat, "bad neg alias %s" % m.group(5))
            val = m.group(6)
            negs.append({"start": n, "end": n + len(val), "text": val, "category": cat})
        out.append(val)
        n += len(val)
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    need("⟦" not in text and "⟧" not in text and "⟪" not in text and "⟫" not in text, "stray marker")
    return text, spans, negs


# ================================================================ templates: shared pieces
LOCAL_AG = [  # (name, head, depts, mail-domain stem)
    ("가람시", "가람시장", ["민원여권과", "복지정책과", "교통행정과", "세무과", "자치행정과", "정보통신과", "건축과"]),
    ("새말군", "새말군수", ["주민복지과", "민원과", "재무과", "농업정책과", "안전총괄과"]),
    ("한빛구", "한빛구청장", ["민원여권과", "생활보장과", "주차관리과", "보건행정과", "감사담당관"]),
    ("누리시", "누리시장", ["시민소통과", "복지정책과", "차량등록사업소", "교통정책과", "인사과"]),
    ("도담시", "도담시장", ["총무과", "사회복지과", "민원토지과", "환경과", "회계과"]),
    ("솔내군", "솔내군수", ["행정과", "주민생활지원과", "재난안전과", "허가민원과"]),
]
CENTRAL_AG = [("행정안전부", "행정안전부장관", ["주민과", "개인정보보호정책과", "정보공개정책과", "운영지원과"]),
              ("보건복지부", "보건복지부장관", ["기초생활보장과", "노인정책과", "운영지원과"]),
              ("고용노동부", "고용노동부장관", ["고용정책총괄과", "운영지원과"]),
              ("국토교통부", "국토교통부장관", ["자동차정책과", "운영지원과"]),
              ("교육부", "교육부장관", ["학생건강정책과", "운영지원과"])]
RANK_90 = ["행정서기", "행정서기보", "행정주사보", "행정주사", "지방행정주사", "사무관"]
RANK = ["주무관", "주무관", "주무관", "주무관", "사무관", "팀장", "실무관"]


def ag_any(r):
    return r.choice(LOCAL_AG + CENTRAL_AG)


def colon(r):
    return r.choice([": ", ": ", " : ", "：", "  ", " "])


def ppl(r, k, kr=False):
    out, seen = [], set()
    while len(out) < k:
        p = kr_person(r, seen) if kr else person(r, avoid=seen)
        seen.add(p.text)
        out.append(p)
    return out


def ddate(r, y0=2021, y1=2026):
    return neg_date(r, y0, y1)


def drange(r, sep, y0=2021, y1=2026):
    """two ordered dates written the same way, joined by sep (for periods)."""
    a_ = rand_date(r, D(y0, 1, 1), D(y1, 6, 30))
    b_ = a_ + datetime.timedelta(days=r.randint(7, 400))
    f = r.choice(["{y}. {m}. {d}.", "{y}.{m:02d}.{d:02d}.", "{y}-{m:02d}-{d:02d}", "{y}년 {m}월 {d}일"])
    return (N("date", f.format(y=a_.year, m=a_.month, d=a_.day)), sep, N("date", f.format(y=b_.year, m=b_.month, d=b_.day)))


def post_old(r):
    return N("postal_code", f"우 {r.randint(100, 799)}-{r.randint(10, 999):03d}")


def mobile_old(r):
    return V("PHONE_NUMBER", f"{r.choice(['011', '016', '017', '018', '019'])}-{r.randint(200, 999)}-{_line(r, 4)}", "phone_mobile", "old_01x")


def rrn_for(r, b=None, kind=None):
    """RRN consistent with a birth date (kind chosen to fit it)."""
    b = b or birth(r, 1940, 2012)
    if b >= D(2020, 10, 1):
        return rrn(r, kind if kind == "masked" else "post2020", born=b)
    k = kind or r.choices(["valid", "masked"], [60, 40])[0]
    return rrn(r, "masked" if k == "masked" else "valid", born=b)


def kid_birth(r):
    if r.random() < 0.5:
        return rand_date(r, D(2020, 10, 3), D(2026, 11, 20))
    return rand_date(r, D(2008, 3, 1), D(2020, 9, 30))


def sign_block(d, r, names, roles):
    """결재란: roles with names, sometimes letter-spaced (HWP tables), sometimes 전결 / 서명 dates."""
    style = r.randint(0, 3)
    for i, (role, p) in enumerate(zip(roles, names)):
        nm = spaced(p) if style == 1 else p
        if style == 2:
            d.w(role, " ", nm, "  ")
        elif style == 3:
            d.w(role, "\t", nm, "\n")
        else:
            d.w(role, " ", nm, r.choice(["   ", "  ", " "]))
    d.w("\n")


SUBJ90 = ["주민등록 직권조치 대상자 통보", "민원서류 이송", "체납자 주소지 확인 의뢰", "운전면허 행정처분 대상자 통보",
          "여권 발급 신원조사 회보", "국민기초생활 수급자 실태조사 의뢰", "무단전출자 거주사실 확인"]


def t_gm90(d, r, np):
    name, head, depts = r.choice(LOCAL_AG)
    dept = r.choice(depts)
    y = r.randint(1991, 1999)
    docdate = N("date", f"{y}. {r.randint(1, 12)}. {r.randint(1, 28)}.")
    d.w(" ".join(name), "\n", post_old(r), "  ", N("institution_address", AG_HOME[name][0]), "   전화 ", neg_switch(r, "area", AG_AREA[name]), "\n")
    d.w("문서번호 ", neg_docno(r, era="1990s"), "\n시행일자 ", docdate, "\n(경  유)\n수    신  ", official(r),
        "\n참    조  ", dept, "장\n\n제    목  ", r.choice(SUBJ90), "\n\n")
    d.w("  1. 관련: ", neg_statute(r), "\n")
    if np:
        d.w("  2. 위 호와 관련하여 귀 기관 관내 해당자 명단을 별도 송부하오니 처리 결과를 ", N("date", f"{y}. {r.randint(1, 12)}. {r.randint(1, 28)}."),
            "까지 회보하여 주시기 바랍니다.\n  3. 소요 경비 ", neg_amount(r), "은 예산 범위에서 집행함.\n  끝.\n\n")
        d.w(" ".join(head), "\n\n기안자 ", r.choice(RANK_90), " ", N("placeholder_person", "○○○"), "   검토자 계장 ",
            N("placeholder_person", "○○○"), "   결재권자 ", official(r), "\n")
        return
    d.w("  2. 아래 사람에 대하여 ", r.choice(["거주 사실을 확인하여", "관련 서류를 첨부하여", "신원을 조사하여"]), " 회보하여 주시기 바랍니다.\n\n")
    for k in range(r.randint(1, 3)):
        p = kr_person(r)
        b = birth(r, 1930, 1985)
        d.w("    ", "가나다"[k], ". 성    명", colon(r), p, "\n")
        if r.random() < 0.5:
            d.w("       생년월일", colon(r), dob(r, b, r.choice(["dots", "korean", "yymmdd"])), "\n")
        d.w("       주민등록번호", colon(r), rrn(r, "valid", born=b, fmt="hyphen"), "\n")
        d.w("       주    소", colon(r), address(r, r.choice(["road", "jibun", "jibun"])), "\n")
        if r.random() < 0.6:
            d.w("       연 락 처", colon(r), r.choice([mobile_old(r), phone(r, "landline")]), "\n")
    d.w("  끝.\n\n", " ".join(head), "\n\n")
    p1, p2 = ppl(r, 2, kr=True)
    d.w("기안자 ", r.choice(RANK_90), " ", r.choice([p1, spaced(p1)]), "   검토자 계장 ", p2, "   결재권자 ", dept, "장 전결\n")
    d.w("협조자 ", N("placeholder_person", "○○○"), "\n")


AG_HOME = {"가람시": ("경기도 가람시 시청로 100", "garam"), "새말군": ("충청남도 새말군 새말읍 군청로 25", "saemal"),
           "한빛구": ("서울특별시 한빛구 한빛로 200", "hanbit"), "누리시": ("전라남도 누리시 청사로 11", "nuri"),
           "도담시": ("경상북도 도담시 도담대로 300", "dodam"), "솔내군": ("강원특별자치도 솔내군 솔내읍 관청길 7", "solnae")}
CENTRAL_HOME = {"행정안전부": ("세종특별자치시 한울마루로 12 정부세종청사 7동", "mois"), "보건복지부": ("세종특별자치시 도움뜰로 8 정부세종청사 10동", "mohw"),
                "고용노동부": ("세종특별자치시 한울마루로 3 정부세종청사 11동", "moel"), "국토교통부": ("세종특별자치시 누리청사로 5 정부세종청사 6동", "molit"),
                "교육부": ("세종특별자치시 누리청사로 14 정부세종청사 14동", "moe")}


AG_AREA = {"가람시": "031", "새말군": "041", "한빛구": "02", "누리시": "061", "도담시": "054", "솔내군": "033"}


def footer_modern(d, r, dept, contact, em=True, ag=None):
    home = AG_HOME.get(ag) or CENTRAL_HOME.get(ag)
    area = AG_AREA.get(ag, "044" if ag in CENTRAL_HOME else None)
    d.w("시행 ", neg_docno(r, dept), " (", ddate(r), ")   접수 ", r.choice(["", "민원과-" + str(r.randint(100, 9999)) + " (" + str(r.randint(2021, 2026)) + ". " + str(r.randint(1, 12)) + ". " + str(r.randint(1, 28)) + ".)"]), "\n")
    if home:
        d.w(r.choice([postal(r), N("postal_code", f"우 {postcode(r)}")]), " ", N("institution_address", home[0] + r.choice(["", ", " + dept, " " + str(r.randint(2, 5)) + "층"])),
            "  / ", r.choice(["http://www.", "https://www.", "www."]), home[1], ".go.kr\n")
    else:
        d.w(r.choice([postal(r), N("postal_code", f"우 {postcode(r)}")]), " ", neg_inst_addr(r), "\n")
    if contact is None:
        d.w("전화번호 ", neg_switch(r, "area", area), "  팩스번호 ", inst_fax(r, area), "  / ", inst_email(r), "  / ", r.choice(["공개", "대국민 공개", "부분공개(6)"]), "\n")
        return
    d.w(r.choice(["전화번호 ", "전화 ", "☎ "]), phone(r, "landline", area=area), r.choice(["  팩스번호 ", "  전송 ", "  FAX "]), phone(r, "fax", area=area))
    if em:
        d.w("  / ", email(r, contact, "official", domain=r.choice(["korea.kr", (home[1] + ".go.kr") if home else "korea.kr"])))
    d.w("  / ", r.choice(["공개", "대국민 공개", "부분공개(6)", "비공개(6)"]), "\n")


def t_gm00(d, r, np):
    name, head, depts = r.choice(LOCAL_AG)
    dept = r.choice(depts)
    d.w(name, "\n", "수신자  ", official(r), "(", r.choice(depts), "장)\n(경유)\n제목  ",
        r.choice(["기초생활수급자 확인조사 결과 통보", "주정차위반 과태료 체납자 자료 제공", "여권 분실자 명단 통보",
                  "개인정보 처리 위탁 현황 제출", "장학금 지급 대상자 통보"]), "\n\n")
    st_ = neg_statute(r)
    d.w("1. ", st_, J(st_, "과/와"), " 관련입니다.\n")
    if np:
        d.w("2. 붙임 자료를 참고하시어 ", ddate(r), "까지 제출하여 주시기 바랍니다. 문의는 ", official(r),
            " 소관 부서 대표전화(", neg_switch(r), ")로 하여 주십시오.\n붙임  제출 서식 1부.  끝.\n\n")
        d.w(" ".join(head), "\n\n")
        footer_modern(d, r, dept, None, ag=name)
        return
    d.w("2. 위 호와 관련하여 해당자를 다음과 같이 통보하오니 업무에 참고하시기 바랍니다.\n")
    for k in range(r.randint(1, 3)):
        p = person(r)
        d.w("   ", "가나다"[k], ". ", p, r.choice([f"({r.randint(21, 88)}세)", ""]), ", ",
            rrn_for(r) if r.random() < 0.5 else address(r))
        if r.random() < 0.6:
            d.w(", 연락처 ", phone(r, "mobile"))
        d.w("\n")
    d.w("붙임  명단 1부.  끝.\n\n", " ".join(head), "\n\n")
    a, b, c = ppl(r, 3, kr=True)
    d.w("기안자 주무관 ", a, "  검토자 ", dept[:-1] if dept.endswith("과") else dept, "팀장 ", b, "  결재권자 ", dept, "장 ", c, "\n협조자\n")
    footer_modern(d, r, dept, a, em=r.random() < 0.7, ag=name)


def t_gmel(d, r, np):
    name, head, depts = ag_any(r)
    dept = r.choice(depts)
    if r.random() < 0.4:
        d.w("- 1 -\n")
    d.w(name, "\n\n수신  ", r.choice(["수신자 참조", "내부결재", official(r).text + "(" + r.choice(depts) + "장)"]), "\n(경유)\n제목  ",
        r.choice(["지원사업 선정 대상자 통보", "개인정보 유출 신고에 따른 조치 결과 보고", "위탁사업 정산 서류 제출",
                  "공무국외출장 결과 보고", "민원 현장조사 결과 알림", "보조금 교부 결정 통지"]), "\n\n")
    d.w("1. 관련: ", neg_docno(r), "(", ddate(r), ")\n")
    if np:
        d.w("2. 위 호와 관련하여 ", *drange(r, "부터 "), "까지 ", r.choice(["접수", "현장 점검", "정산"]),
            "을 실시한 결과를 붙임과 같이 보고합니다.\n  가. 사업비: ", neg_amount(r), "\n  나. 근거: ", neg_statute(r), "\n붙임  결과보고서 1부.  끝.\n\n")
        d.w(head, "\n\n")
        footer_modern(d, r, dept, None, ag=name)
        return
    d.w("2. 위 호와 관련하여 아래와 같이 ", r.choice(["알려드립니다", "통보합니다", "보고합니다"]), ".\n")
    for k in range(r.randint(1, 3)):
        p = person(r)
        form = r.randint(0, 3)
        if form == 0:
            d.w("  ", "가나다"[k], ". 대상자: ", p, "(", dob(r, fmt=r.choice(["dots", "dots0", "iso"])), "생)\n")
        elif form == 1:
            d.w("  ", "가나다"[k], ". ", p, " ", r.choice(["씨", "님"]), "(", phone(r, "mobile"), ")\n")
        elif form == 2:
            d.w("  ", "가나다"[k], ". 성명 ", p, " / 주소 ", address(r), "\n")
        else:
            acc = bank_account(r)
            d.w("  ", "가나다"[k], ". ", r.choice(["대표자", "신청인", "수급자"]), " ", p, ", 계좌 ")
            d.w(acc.extra["bank"], " ", acc, "\n")
    d.w("붙임  ", r.choice(["명단 1부", "관련 서류 각 1부"]), ".  끝.\n\n", head, "\n\n")
    a, b, c = ppl(r, 3, kr=True)
    roles = [("주무관", a), ("팀장", b), (dept + "장", c)]
    if r.random() < 0.5:
        d.w("★", roles[0][0], " ", roles[0][1], "   ", roles[1][0], " ", roles[1][1], "   ", roles[2][0], " 전결 ", ddate(r), "\n")
    else:
        d.w("기안자 ", roles[0][0], " ", spaced(a) if r.random() < 0.5 else a, "   검토자 ", roles[1][0], " ", b,
            "   결재권자 ", roles[2][0], " ", c, "\n")
    if r.random() < 0.5:
        d.w("협조자 ", r.choice(["주무관", "사무관"]), " ", person(r, "kr"), "\n")
    footer_modern(d, r, dept, a, em=True, ag=name)
    if r.random() < 0.3:
        d.w("- 2 -\n")


def t_gm_attach(d, r, np):
    name, head, depts = r.choice(LOCAL_AG)
    d.w("붙임 ", r.choice(["1", "2"]), r.choice(["  교육 참석자 명단", "  현장점검 참여자 명단", "  포상 대상자 명단"]), "\n\n")
    sep = r.choice([" | ", "|", "\t", "  "])
    hdr = r.random() < 0.6
    cols = r.choice([["연번", "소속", "직급", "성명", "연락처"], ["번호", "성명", "생년월일", "휴대전화", "이메일"],
                     ["순번", "성 명", "소속", "사무실 전화"]])
    if hdr:
        d.w(sep.join(cols), "\n")
    for i in range(r.randint(3, 7)):
        p = person(r, r.choice(["kr", "kr", "kr", "kr2sur", "kr1given"]))
        row = []
        for c in cols:
            if c in ("연번", "번호", "순번"):
                row.append(str(i + 1))
            elif c == "소속":
                row.append(r.choice(depts))
            elif c == "직급":
                row.append(r.choice(["주무관", "사무관", "팀장", "실무관"]))
            elif c.replace(" ", "") == "성명":
                row.append(p)
            elif c == "연락처" or c == "휴대전화":
                row.append(phone(r, "mobile", r.choice(["hyphen", "hyphen", "plain"])))
            elif c == "생년월일":
                row.append(dob(r, fmt=r.choice(["dots0", "yy_dots", "yymmdd", "iso"])))
            elif c == "이메일":
                row.append(wrapcell(r, email(r, p), 0.15))
            elif c == "사무실 전화":
                row.append(phone(r, "landline"))
        d.w(jn(row, sep), "\n")
    d.w("※ 문의: ", name, " ", r.choice(depts), " (대표 ", neg_switch(r, r.choice(["area", "15xx"])), ")\n")


def t_minwon_reply(d, r, np):
    name, head, depts = r.choice(LOCAL_AG)
    dept = r.choice(depts)
    p = person(r)
    d.w(r.choice(["민원 처리 결과 통지", "민원회신", "□ 민원 처리결과 안내"]), "\n\n")
    if np:
        d.w("□ 민원인: ", placeholder(r), " 귀하\n")
    else:
        d.w("□ 민원인: ", p, " 귀하\n")
    d.w("□ 접수번호: ", neg_receipt(r), "  (접수일 ", ddate(r), ")\n")
    if not np and r.random() < 0.7:
        d.w("□ 주소: ", r.choice([postal(r), ""]), " " if True else "", address(r), "\n")
    d.w("□ 민원 요지: ", r.choice(["주택가 불법 주정차 단속 요청", "도로 파손 보수 요청", "기초연금 지급 누락 확인",
                                  "소음 측정 요청", "가로등 고장 신고", "체납 과태료 분할 납부 문의"]), "\n")
    d.w("□ 처리 결과\n  귀하께서 제출하신 민원에 대하여 ", neg_statute(r), "에 따라 검토한 결과를 알려드립니다. ")
    if not np and r.random() < 0.5:
        v = plate(r)
        d.w("신고하신 차량(", v, ")에 대해서는 ", ddate(r), " 현장 확인 후 ", neg_amount(r), "의 과태료를 부과하였습니다. ")
    else:
        d.w("해당 구간은 ", ddate(r), "까지 정비를 완료할 예정입니다. ")
    d.w("\n□ 기타: 추가 문의사항은 정부민원안내콜센터(☎", N("institution_switchboard", "110"), ") 또는 ", name, " 대표전화(",
        neg_switch(r, "area", AG_AREA.get(name)), ")로 문의하시기 바랍니다.\n\n")
    if np:
        d.w(head, " (", dept, ")\n")
        return
    o = kr_person(r)
    k = r.randint(0, 2)
    if k == 0:
        d.w("담당: ", dept, " ", r.choice(RANK), " ", o, " (☎ ", phone(r, "landline", area=AG_AREA.get(name)), ")\n")
    elif k == 1:
        d.w("담당자 ", o, r.choice([" 주무관", ""]), " / 전화 ", phone(r, "landline", area=AG_AREA.get(name)), " / 전자우편 ", email(r, o, "official"), "\n")
    else:
        d.w(dept, "장 ", kr_person(r), "  담당 ", spaced(o), "\n")


def t_epeople(d, r, np):
    p = person(r, "kr")
    d.w("[국민신문고 답변]\n")
    d.w("안녕하십니까? ", "" if np else "", "")
    if np:
        d.w("귀하께서 국민신문고를 통해 신청하신 민원(", neg_receipt(r), ")에 대한 검토 결과를 다음과 같이 알려드립니다.\n\n")
    else:
        d.w(p, r.choice([" 님", "님", " 선생님"]), "께서 국민신문고를 통해 신청하신 민원(", neg_receipt(r), ")에 대한 검토 결과를 다음과 같이 알려드립니다.\n\n")
    d.w("1. 민원 내용\n  귀하의 민원 요지는 ", r.choice(["거주지 인근 공사장 소음 저감 대책을 요청", "주민등록 등본 발급 시 개인정보 노출 우려를 제기",
                                               "아동수당 신청 결과 확인을 요청", "불법 현수막 철거를 요청"]), "하신 것으로 이해됩니다.\n")
    d.w("2. 검토 결과\n  ", neg_statute(r), " 및 ", neg_statute(r, short=True), "에 따르면 ")
    of_ = official(r)
    d.w("관할 ", of_, J(of_, "이/가"), " 처리하도록 되어 있어, ", ddate(r), " 해당 부서로 이송하였습니다.\n")
    if not np and r.random() < 0.6:
        d.w("  민원인께서 알려주신 연락처(", phone(r, "mobile"), ")로 처리 결과를 문자로도 안내해 드릴 예정입니다.\n")
    d.w("3. 답변 내용에 대한 추가 설명이 필요한 경우 ")
    if np:
        d.w("담당 부서 대표전화(", neg_switch(r), ")로 연락 주시면 친절히 안내해 드리겠습니다. 감사합니다.\n")
    else:
        o = kr_person(r)
        d.w(r.choice(LOCAL_AG)[0], " ", r.choice(["주무관", "담당자"]), " ", o, "(", phone(r, r.choice(["landline", "070"])),
            ")에게 연락 주시면 친절히 안내해 드리겠습니다. 감사합니다.\n")


def t_foi(d, r, np):
    name, head, depts = ag_any(r)
    d.w("정보 (부분)공개 결정 통지서\n\n접수번호 ", neg_receipt(r), "   접수일 ", ddate(r), "\n")
    if np:
        d.w("청구인  ", placeholder(r), " (개인정보 보호를 위해 가림)\n")
    else:
        p = person(r)
        k = r.random()
        d.w("청구인  성명 ", p)
        if k < 0.5:
            d.w("   생년월일 ", dob(r), "\n")
        else:
            d.w("   사업자등록번호 ", brn(r), "\n")
        d.w("        주소 ", address(r), "   전화번호 ", phone(r, "mobile"), "\n")
        if r.random() < 0.5:
            d.w("        전자우편 ", email(r, p, "personal"), "\n")
    d.w("청구 내용  ", r.choice(["2024년도 업무추진비 집행내역", "○○공원 조성사업 설계용역 계약서", "CCTV 설치 현황",
                              "위원회 회의록(위원 명단 포함)"]), "\n")
    d.w("결정 내용  ", r.choice(["부분공개", "공개", "비공개"]), " — 위원 성명 등 개인에 관한 정보는 ", N("statute_citation", "같은 법 제9조제1항제6호"),
        "에 따라 비공개합니다.\n공개 방법  전자파일(정보공개포털)\n수수료  ", neg_amount(r, 0, 20000), "\n\n", head, "\n")


def field_grid(d, r, pairs, style=None):
    """label/value pairs as a flattened form grid (HWP/PDF conversion styles)."""
    style = style if style is not None else r.randint(0, 4)
    if style == 0:
        for lab, val in pairs:
            d.w(lab, colon(r), val, "\n")
    elif style == 1:
        for i in range(0, len(pairs), 2):
            row = pairs[i:i + 2]
            d.w(jn([[lab, " | ", val] for lab, val in row], " | "), "\n")
    elif style == 2:
        for lab, val in pairs:
            d.w("│", lab, "│", val, "│\n")
    elif style == 3:
        d.w(jn([lab for lab, _ in pairs], "\t"), "\n", jn([val for _, val in pairs], "\t"), "\n")
    else:
        for lab, val in pairs:
            d.w(" ".join(lab) if len(lab) <= 4 else lab, "  ", val, "\n")


def t_app_form(d, r, np):
    kind = r.choice(["주차구획 사용 신청서", "대형폐기물 수거 신청서", "평생학습 강좌 수강 신청서", "보건소 방문진료 신청서",
                     "공공체육시설 대관 신청서", "주민등록증 재발급 신청서"])
    d.w("■ ", r.choice(["", "[별지 제3호서식] "]), kind, "\n")
    if np:
        d.w("※ 아래 작성 예시를 참고하여 작성하십시오.\n")
        field_grid(d, r, [("성명", N("placeholder_person", "홍길동")), ("주민등록번호", N("placeholder_person", "000000-0000000")),
                          ("주소", N("form_example", "○○시 ○○구 ○○로 00")), ("전화번호", N("form_example", "010-0000-0000"))])
        d.w("수수료: ", neg_amount(r, 1000, 30000), "   접수처: ", official(r, LOCAL_HEADS), "\n")
        return
    p = person(r, r.choice(["kr", "kr", "kr", "kr2sur", "kr1given", "han"]))
    b = birth(r, 1945, 2006)
    pairs = [("성명", p)]
    pairs.append(("주민등록번호", rrn_for(r, b)) if r.random() < 0.6 else ("생년월일", dob(r, b)))
    pairs.append(("주소", address(r)))
    pairs.append((r.choice(["전화번호", "연락처", "휴대전화"]), phone(r, "mobile")))
    if r.random() < 0.5:
        pairs.append(("전자우편", email(r, p)))
    if "주차" in kind:
        pairs.append(("차량번호", plate(r)))
    if "체육" in kind:
        pairs.append(("단체명", company(r)))
    if "방문진료" in kind or r.random() < 0.15:
        pairs.append(("건강보험증 번호", health_ins(r)))
    if r.random() < 0.3:
        pairs.append(("운전면허번호", driver_license(r)))
    field_grid(d, r, pairs)
    d.w("\n위와 같이 신청합니다.\n", ddate(r), "\n신청인 ", spaced(p) if r.random() < 0.3 else p, " (서명 또는 인)\n", official(r, LOCAL_HEADS), " 귀하\n")
    d.w("유의사항: ", neg_statute(r), "에 따라 수집된 개인정보는 목적 외로 이용하지 않습니다.\n")


def t_passport_app(d, r, np):
    p = kr_person(r)
    s, g = rom_name(p.extra["sur"], p.extra["given"])
    lat = V("PERSON", f"{s.upper()} {g.upper()}", "person_kr_latin", "latin")
    d.w("여권 ", r.choice(["재발급", "발급"]), " 신청서\n")
    pairs = [("한글성명", p), ("로마자성명", lat), ("주민등록번호", rrn_for(r, None, "valid") if r.random() < 0.7 else rrn(r, "masked")),
             ("종전 여권번호", passport(r, r.choice(["kr_old", "kr_new"]))), ("여권 종류", "복수 / 10년"),
             ("연락처", phone(r, "mobile")), ("긴급연락처", phone(r, r.choice(["mobile", "landline"])))]
    if r.random() < 0.5:
        pairs.append(("이메일", email(r, p, "personal")))
    field_grid(d, r, pairs)
    rel = kr_person(r)
    d.w("긴급연락처 성명 ", rel, " (관계: ", r.choice(["배우자", "부", "모", "자녀", "형제"]), ")\n")
    d.w("신청일 ", ddate(r), "   접수 ", official(r, ["가람시장", "한빛구청장", "누리시장", "도담시장", "외교부장관"]), "   수수료 ", N("amount", r.choice(["53,000원", "50,000원", "15,000원", "25,000원"])), "\n")


def t_subsidy(d, r, np):
    d.w(r.choice(["보조금 교부 신청서", "청년 월세 지원금 지급 신청서", "장학금 지급 신청서", "재난지원금 지급 신청서"]), "\n\n")
    p = person(r)
    pairs = [("신청인", p), ("생년월일", dob(r, fmt=r.choice(DOB_FMTS[:-1]))), ("주소", address(r)), ("연락처", phone(r, "mobile"))]
    field_grid(d, r, pairs)
    acc = bank_account(r)
    d.w("\n[지급 계좌]\n")
    if r.random() < 0.5:
        d.w("은행명", colon(r), acc.extra["bank"], "   계좌번호", colon(r), acc, "   예금주", colon(r), p, "\n")
    else:
        d.w(acc.extra["bank"], " ", acc, " (예금주 ", p, ")\n")
    if r.random() < 0.5:
        d.w(r.choice(["환급용 카드(본인 명의)", "자부담금 결제 카드", "카드번호"]), colon(r), card(r), "\n")
    if r.random() < 0.3:
        d.w("건강보험증 번호", colon(r), health_ins(r), "  (소득 확인용)\n")
    d.w("\n신청 금액: ", neg_amount(r, 100000, 3000000), "\n근거: ", neg_statute(r), "\n", ddate(r), "\n신청인 ", p, " (인)\n", official(r, LOCAL_HEADS), " 귀하\n")


def t_consent(d, r, np):
    d.w(r.choice(["개인정보 수집·이용 동의서", "개인정보 수집·이용 및 제3자 제공 동의서", "[서식 2] 개인정보 처리 동의서"]), "\n\n")
    d.w("1. 수집 목적: ", r.choice(["위원회 위원 위촉 및 수당 지급", "교육 참가자 관리", "자원봉사자 보험 가입", "설문조사 경품 발송"]), "\n")
    d.w("2. 수집 항목: 성명, 생년월일, 연락처, 주소, 계좌번호\n3. 보유 기간: ", r.choice(["3년", "5년", "사업 종료 후 1년"]), "\n")
    d.w("4. 근거: ", neg_statute(r), "\n※ 동의를 거부할 권리가 있으나 거부 시 ", r.choice(["수당 지급", "참여"]), "이 제한될 수 있습니다.\n\n")
    d.w("□ 동의함  □ 동의하지 않음\n\n")
    if np:
        d.w("작성 예시) 성명: ", N("placeholder_person", "홍길동"), "  생년월일: ", N("date", "19○○. ○. ○."), "\n", ddate(r), "\n",
            "동의자 성명 ______________ (서명)\n", official(r, LOCAL_HEADS), " 귀하\n")
        return
    p = person(r)
    pairs = [("성명", p), ("생년월일", dob(r)), ("휴대전화", phone(r, "mobile"))]
    if r.random() < 0.6:
        pairs.append(("주소", address(r)))
    if r.random() < 0.5:
        acc = bank_account(r)
        pairs.append(("계좌번호", acc))
        pairs.append(("은행", acc.extra["bank"]))
    if r.random() < 0.35:
        pairs.append(("주민등록번호", rrn_for(r)))
    field_grid(d, r, pairs)
    d.w(ddate(r), "\n동의자 ", r.choice([p, spaced(p)]), " (서명)\n", official(r, LOCAL_HEADS), " 귀하\n")


def t_report_form(d, r, np):
    d.w("전입신고서\n\n")
    head = kr_person(r)
    d.w("세대주 성명 ", head, "   전화번호 ", phone(r, "mobile"), "\n")
    old, new = address(r), address(r)
    d.w("전 주소 ", wrapcell(r, old, 0.2), "\n현 주소 ", wrapcell(r, new, 0.2), "\n\n전입자\n")
    sep = r.choice([" | ", "\t", "  "])
    if r.random() < 0.6:
        d.w(sep.join(["세대주와의 관계", "성명", "주민등록번호", "비고"]), "\n")
    for rel in ["본인"] + r.sample(["배우자", "자", "자", "모", "부", "동거인"], r.randint(1, 3)):
        if rel == "본인":
            p, b = head, birth(r, 1950, 1995)
        elif rel == "동거인" and r.random() < 0.5:
            p = person(r, r.choice(["lat", "han"]))
            d.w(jn([rel, p, frn(r), "외국인"], sep), "\n")
            continue
        elif rel == "자" and head.extra.get("sur"):
            g_ = r.choice(GIVEN2)
            p = V("PERSON", head.extra["sur"] + g_, "person_kr_2surname" if head.extra["sur"] in SUR2 else "person_kr", "plain",
                  extra={"sur": head.extra["sur"], "given": g_})
            b = kid_birth(r)
        else:
            p = kr_person(r)
            b = kid_birth(r) if rel == "자" else birth(r, 1940, 1995)
        d.w(jn([rel, p, rrn_for(r, b)], sep), "\n")
    d.w("\n", ddate(r), "\n신고인 ", head, " (서명)\n", official(r, LOCAL_HEADS), " 귀하\n")
    d.w("※ 허위 신고 시 ", neg_statute(r), "에 따라 처벌받을 수 있습니다.\n")


def t_biz_report(d, r, np):
    d.w(r.choice(["사업자등록 정정신고서", "통신판매업 신고서", "식품영업 신고서", "옥외광고업 등록신청서"]), "\n\n")
    co = company(r)
    corp = co.text.startswith(("(주)", "주식회사", "㈜")) or co.text.endswith(("(주)", "주식회사"))
    rep = kr_person(r)
    pairs = [("상호(법인명)", co), ("대표자", rep), ("사업자등록번호", brn(r, corp=corp))]
    if corp or r.random() < 0.3:
        pairs.append(("법인등록번호", crn(r)))
    pairs += [("사업장 소재지", address(r, r.choice(["road", "road_short", "jibun"]))), ("전화번호", phone(r, r.choice(["landline", "070"]))),
              ("대표자 휴대전화", phone(r, "mobile")), ("대표자 생년월일", dob(r, fmt=r.choice(["dots", "iso", "dots0"])))]
    if r.random() < 0.5:
        pairs.append(("전자우편", email(r, rep, r.choice(["company", "personal"]))))
    field_grid(d, r, pairs)
    d.w("\n", neg_statute(r), "에 따라 위와 같이 신고합니다.\n", ddate(r), "\n신고인(대표자) ", rep, " (서명 또는 인)\n", official(r, LOCAL_HEADS), " 귀하\n")
    d.w("처리기간 3일 / 수수료 ", neg_amount(r), "\n")


def t_visitors(d, r, np):
    d.w(r.choice(["청사 방문자 출입대장", "방문 차량 출입 관리대장", "민원실 방문객 명부"]), " (", ddate(r), ")\n")
    sep = r.choice([" | ", "\t", ",", "   "])
    hdr = r.random() < 0.5
    if hdr:
        d.w(sep.join(["시간", "성명", "연락처", "차량번호", "방문부서", "비고"]), "\n")
    times = sorted(f"{r.randint(8, 17):02d}:{r.randint(0, 59):02d}" for _ in range(r.randint(4, 9)))
    for t in times:
        if np:
            d.w(jn([t, N("placeholder_person", r.choice(["김○○", "이○○", "박○○", "최**"])), "010-****-****", "-",
                    r.choice(["민원과", "세무과", "건축과"]), "가림처리"], sep), "\n")
            continue
        p = person(r)
        ph = phone(r, "mobile", r.choice(["hyphen", "plain", "hyphen"]))
        vp = plate(r) if r.random() < 0.7 else "도보"
        d.w(jn([t, p, ph, vp, r.choice(["민원과", "세무과", "건축과", "복지과", "시장실"]), r.choice(["", "택배", "회의", "공사", "민원"])], sep), "\n")
    if np:
        d.w("※ 개인정보 보호를 위해 성명·연락처를 가림. 관리: ", official(r, LOCAL_HEADS), "\n")


def t_ledger(d, r, np):
    d.w(r.choice(["위원회 참석수당 지급대장", "자원봉사 실비 지급 명세", "강사료 지급대장", "포상금 지급 대장"]), "\n")
    d.w("지급일: ", ddate(r), "   예산과목: 일반운영비\n")
    sep = r.choice([" | ", "\t", "  ", ","])
    cols = r.choice([["연번", "성명", "생년월일", "은행", "계좌번호", "지급액"], ["성명", "은행명", "계좌번호", "예금주", "금액"],
                     ["번호", "성명", "주민등록번호", "주소", "지급액"]])
    if r.random() < 0.6:
        d.w(sep.join(cols), "\n")
    tot = 0
    for i in range(r.randint(3, 8)):
        p = person(r, r.choice(["kr", "kr", "kr2sur", "kr1given", "kr4syl"]))
        acc = bank_account(r, fmt=r.choice(["hyphen", "hyphen", "plain"]))
        amt_v = r.randint(5, 80) * 10000
        tot += amt_v
        amt = N("amount", r.choice([f"{amt_v:,}원", f"{amt_v:,}", f"₩{amt_v:,}"]))
        row = []
        for c in cols:
            if c in ("연번", "번호"):
                row.append(str(i + 1))
            elif c == "성명":
                row.append(p)
            elif c == "생년월일":
                row.append(dob(r, fmt=r.choice(["dots0", "yymmdd", "iso", "dots0_nt"])))
            elif c in ("은행", "은행명"):
                row.append(acc.extra["bank"])
            elif c == "계좌번호":
                row.append(wrapcell(r, acc, 0.1))
            elif c == "예금주":
                row.append(p if r.random() < 0.85 else company(r))
            elif c in ("지급액", "금액"):
                row.append(amt)
            elif c == "주민등록번호":
                row.append(rrn_for(r))
            elif c == "주소":
                row.append(address(r, unit=False))
        d.w(jn(row, sep), "\n")
    d.w("합계 ", N("amount", f"{tot:,}원"), "\n위 금액을 영수함.   ", official(r, LOCAL_HEADS), "\n")


def t_table_header(d, r, np):
    kind = r.randint(0, 3)
    sep = r.choice([" | ", "|", "\t", " ; "])
    if kind == 0:
        d.w("■ 비상연락망 (", r.choice(LOCAL_AG)[0], " ", r.choice(["재난안전과", "총무과"]), ")\n")
        cols = ["직위", "성명", "사무실", "휴대전화", "비고"]
    elif kind == 1:
        d.w("[표 3] 협력업체 현황\n")
        cols = ["업체명", "대표자", "사업자등록번호", "법인등록번호", "소재지", "전화"]
    elif kind == 2:
        d.w("<교육 수료자 명단>\n")
        cols = ["No", "성명", "생년월일", "e-mail", "소속"]
    else:
        d.w("표 2. 직원 자가용 출퇴근 차량 등록 현황\n")
        cols = ["차량번호", "차종", "운전원", "면허번호", "연락처"]
    d.w(sep.join(cols), "\n", sep.join("-" * len(c) for c in cols) if sep.strip() == "|" and r.random() < 0.5 else "", "\n" if sep.strip() == "|" else "")
    for i in range(r.randint(3, 7)):
        p = person(r)
        if kind == 0:
            row = [r.choice(["과장", "팀장", "주무관", "당직"]), p, phone(r, "landline"), phone(r, "mobile"), r.choice(["", "정", "부"])]
        elif kind == 1:
            row = [company(r), p, brn(r, corp=True), crn(r), wrapcell(r, address(r, r.choice(["road", "road_short"]), unit=r.random() < 0.5), 0.35),
                   phone(r, r.choice(["landline", "070"]))]
        elif kind == 2:
            row = [str(i + 1), p, dob(r), wrapcell(r, email(r, p), 0.15), r.choice(LOCAL_AG)[0]]
        else:
            row = [plate(r, r.choice(["3digit", "2digit", "region", "nospace"])), r.choice(["승용", "승합", "화물", "전기승용"]),
                   kr_person(r), driver_license(r), phone(r, "mobile")]
        d.w(jn(row, sep), "\n")
    if np:
        pass


def t_table_noheader(d, r, np):
    d.w(r.choice(["", "(붙임) ", "○ "]), r.choice(["명단", "연락처", "대상자", "현황"]), "\n")
    sep = r.choice(["\t", ",", "   ", " | ", ";"])
    kind = r.randint(0, 4)
    if np:
        for i in range(r.randint(3, 6)):
            d.w(jn([r.choice(["가람동", "새말동", "중앙동", "송정동"]), neg_amount(r), neg_date(r),
                    r.choice(["접수", "완료", "보류"]), neg_pubrec(r)], sep), "\n")
        return
    for i in range(r.randint(3, 8)):
        p = person(r)
        if kind == 0:
            row = [p, phone(r, "mobile"), address(r)]
        elif kind == 1:
            row = [str(i + 1), p, rrn_for(r), phone(r)]
        elif kind == 2:
            row = [p, email(r, p), ip(r)]
        elif kind == 3:
            acc = bank_account(r)
            row = [p, acc.extra["bank"], acc, neg_amount(r)]
        else:
            row = [p, dob(r), health_ins(r), r.choice(["직장", "지역", "피부양자"])]
        d.w(jn(row, sep), "\n")


def t_contract(d, r, np):
    d.w(r.choice(["용역 계약서", "물품 구매 계약서", "위탁 운영 협약서", "공사 도급 계약서"]), "\n\n")
    ag = r.choice(LOCAL_AG)
    co = company(r)
    rep = kr_person(r)
    d.w("발주기관(갑): ", ag[0], " (대표 ", N("official_by_office", ag[1]), ")\n")
    d.w("  주소: ", N("institution_address", AG_HOME[ag[0]][0]), "  전화: ", N("institution_switchboard", f"{AG_AREA[ag[0]]}-{r.randint(200, 999) if ag[0] != '한빛구' else r.randint(2100, 3999)}-2114"), "\n")
    d.w("계약상대자(을): ", co, "\n")
    pairs = [("  대표자", rep), ("  사업자등록번호", brn(r, corp=True))]
    if r.random() < 0.75:
        pairs.append(("  법인등록번호", crn(r)))
    pairs += [("  주소", address(r, r.choice(["road", "road_short", "road_sigungu"]))), ("  전화", phone(r, r.choice(["landline", "070"])))]
    if r.random() < 0.5:
        pairs.append(("  담당자 이메일", email(r, None, "company")))
    for lab, val in pairs:
        d.w(lab, colon(r), val, "\n")
    d.w("\n제1조(목적) 이 계약은 ", r.choice(["청사 시설관리", "정보시스템 유지보수", "홍보물 제작", "방역 소독"]), " 용역 수행에 필요한 사항을 정한다.\n")
    d.w("제2조(계약금액) ", neg_amount(r, 5000000, 400000000), " (부가가치세 포함)\n제3조(계약기간) ", *drange(r, "부터 "), "까지\n")
    acc = bank_account(r)
    d.w("제4조(대금 지급) 갑은 을이 지정한 계좌(", acc.extra["bank"], " ", acc, ", 예금주 ", N("company_name", co.text) if r.random() < 0.6 else rep, ")로 대금을 지급한다.\n")
    st_ = neg_statute(r)
    d.w("제5조(개인정보 보호) 을은 ", st_, J(st_, "을/를"), " 준수한다.\n\n", ddate(r), "\n\n")
    d.w("갑  ", N("official_by_office", ag[1]), " (인)\n을  ", N("company_name", co.text), " 대표이사 ", rep, " (인)\n")
    if r.random() < 0.5:
        w = kr_person(r)
        d.w("입회 공무원 ", r.choice(RANK), " ", w, " (", phone(r, "landline"), ")\n")


def t_lease(d, r, np):
    d.w(r.choice(["공유재산 사용허가 계약서", "주택 임대차 계약서(공공임대)", "행정재산 대부 계약서"]), "\n\n")
    a = kr_person(r)
    b = person(r)
    d.w("임대인  ", r.choice(LOCAL_AG)[0], " (관리부서 ", r.choice(["회계과", "재무과"]), ", 대표 ", neg_switch(r, "area"), ")\n")
    d.w("임차인  성명 ", b, "  주민등록번호 ", rrn_for(r) if not b.sub.startswith("person_foreign") else frn(r), "\n")
    d.w("        주소 ", address(r), "\n        연락처 ", phone(r, "mobile"), "\n")
    d.w("목적물  ", r.choice(["공영주차장 부지 내 매점", "청사 별관 1층 102호(카페)", "체육공원 내 매점", "○○동 행정재산 창고"]), " (", r.randint(12, 140), "㎡)\n")
    d.w("보증금  ", neg_amount(r, 1000000, 30000000), "   월 사용료  ", neg_amount(r, 100000, 1500000), "\n계약기간  ", *drange(r, " ~ "), "\n")
    acc = bank_account(r)
    d.w("보증금 반환 계좌  ", acc.extra["bank"], " ", acc, " (예금주 ", b, ")\n")
    st_ = neg_statute(r)
    d.w("특약: 임차인은 ", st_, J(st_, "을/를"), " 위반하지 아니한다.\n", ddate(r), "\n임차인 ", spaced(b) if b.sub.startswith("person_kr") and r.random() < 0.4 else b, " (인)\n")
    if r.random() < 0.5:
        d.w("연대보증인 ", a, " (", rrn(r, "masked"), ")\n")


def t_personnel(d, r, np):
    name, head, depts = ag_any(r)
    d.w(name, " 인사발령", r.choice(["", " (제" + str(r.randint(10, 300)) + "호)"]), "\n", ddate(r), "자\n\n")
    kinds = ["승진", "전보", "신규임용", "직무대리", "휴직", "복직", "국외출장", "퇴직"]
    sep = r.choice(["  ", "\t", " | "])
    if r.random() < 0.5:
        d.w(sep.join(["구분", "소속", "직급", "성명", "발령사항"]), "\n")
    for i in range(r.randint(3, 8)):
        p = kr_person(r) if r.random() < 0.92 else person(r, r.choice(["kr2sur", "kr1given"]))
        k = r.choice(kinds)
        dep = r.choice(depts)
        note = {"승진": f"{r.choice(['행정6급', '행정5급', '시설6급'])}에 임함", "전보": f"{r.choice(depts)} 근무를 명함",
                "신규임용": "행정9급에 임함", "직무대리": f"{dep}장 직무대리를 명함", "휴직": f"{r.choice(['육아휴직', '질병휴직'])}을 명함",
                "복직": "복직을 명함", "국외출장": f"{r.choice(['독일', '일본', '베트남'])} 출장을 명함(7일)", "퇴직": "정년퇴직"}[k]
        rank = {"승진": r.choice(["행정7급", "행정6급", "시설7급"]), "신규임용": "행정9급(시보)", "직무대리": r.choice(["행정6급", "사무관"])}.get(
            k, r.choice(["행정7급", "행정8급", "행정6급", "사무관", "공업7급"]))
        d.w(jn([k, dep, rank, spaced(p) if r.random() < 0.22 else p, note], sep), "\n")
    d.w("\n", head, "\n")
    if r.random() < 0.4:
        d.w("문의: ", r.choice(depts), " 인사담당 ", kr_person(r), " (", phone(r, "landline"), ")\n")


MIN_TOPICS = ["주민참여예산 심의", "도시계획 자문", "정보공개 심의", "개인정보 보호 자체 점검", "학교운영위원회", "지역사회보장협의체"]


def t_minutes(d, r, np):
    d.w(r.choice(MIN_TOPICS), " ", r.choice(["회의록", "위원회 회의록", "제" + str(r.randint(1, 12)) + "차 회의 결과"]), "\n\n")
    d.w("일시: ", ddate(r), " ", f"{r.randint(9, 17)}:00", "\n장소: ", r.choice(["시청 3층 소회의실", "구청 대회의실", "영상회의(온라인)"]), "\n")
    if np:
        d.w("참석: 위원 ", r.randint(6, 12), "명(위원장 포함), 간사 1명\n")
        d.w("안건: ", neg_docno(r), " 관련 심의\n\n위원장: 성원이 되었으므로 회의를 개회하겠습니다.\n간사: 안건에 대해 보고드리겠습니다. 총 사업비는 ",
            neg_amount(r, 1000000, 900000000), "입니다.\n", N("placeholder_person", "A위원"), ": 근거 규정이 ", neg_statute(r), "인지 확인 바랍니다.\n",
            N("placeholder_person", "B위원"), ": 동의합니다.\n위원장: 원안 가결을 선포합니다.\n")
        return
    ps = ppl(r, r.randint(3, 6))
    roles_ = [" 위원장"] + [r.choice([" 위원", " 위원", "(위원)", " 위원"]) for _ in ps[1:-1]] + [" 간사"]
    d.w("참석자: ", jn([[p, ro] for p, ro in zip(ps, roles_)], ", "), "\n")
    if r.random() < 0.5:
        d.w("불참: ", person(r), " 위원(사유: 출장)\n")
    d.w("\n[회의 내용]\n")
    for i in range(r.randint(3, 6)):
        si = r.randrange(len(ps))
        sp = ps[si]
        role_ = roles_[si].strip(" ()")
        style = r.randint(0, 2)
        line = r.choice(["사업 대상지 선정 기준을 명확히 해야 합니다.", "예산 ", "민원인의 연락처를 회의 자료에 그대로 싣는 것은 곤란합니다.",
                         "다음 회의에서 재논의하는 것이 좋겠습니다.", "현장 확인 결과를 공유드리겠습니다."])
        if style == 0:
            d.w("○ ", sp, " ", role_, ": ", line)
        elif style == 1:
            d.w(sp, " ", role_, "  ", line)
        else:
            d.w("(", sp, ") ", line)
        if line == "예산 ":
            d.w(neg_amount(r, 1000000, 900000000), " 중 집행 잔액을 이월하는 방안을 검토해 주십시오.")
        d.w("\n")
    if r.random() < 0.5:
        d.w("○ 기타: ", namelike(r, "noun"), " 관련 안건은 차기 회의로 넘김\n")
    d.w("\n의결: 원안 가결\n작성자 간사 ", spaced(ps[-1]) if r.random() < 0.3 else ps[-1], "\n")


def t_press(d, r, np):
    name, head, depts = ag_any(r)
    dept = r.choice(depts)
    d.w("보도자료\n", r.choice(["보도시점: ", "배포일시: "]), ddate(r), " ", r.choice(["(조간)", "즉시 보도 가능", "12:00 이후"]), "\n\n")
    title = r.choice(["취약계층 난방비 지원 확대", "개인정보 보호 실태 점검 결과 발표", "청년 창업기업 30곳 선정", "공공데이터 개방 확대"])
    d.w(f"{name}, {title}\n", "- ", r.choice(["다음 달부터 신청 접수", "총 사업비 확정", "현장 의견 반영"]), " -\n\n")
    d.w("□ ", name, "(", N("official_by_office", head), ")는 ", ddate(r), " ", title, " 계획을 발표했다.\n")
    st_ = neg_statute(r)
    d.w("□ 이번 사업에는 ", neg_amount(r), "이 투입되며, 근거는 ", st_, J(st_, "이다/다"), ".\n")
    if not np:
        q = person(r, "kr")
        d.w("□ ", r.choice(["현장을 방문한 ", "이날 ", ""]), name, " ", dept, "장 ", q, J(q, "은/는"), " \"", r.choice(["시민 눈높이에서 꼼꼼히 챙기겠다", "신청 절차를 최대한 간소화하겠다"]),
            "\"고 말했다.\n")
        if r.random() < 0.5:
            c = person(r)
            d.w("□ 지원을 받은 ", r.choice(LOCAL_AG)[0], " 주민 ", c, "(", r.randint(25, 85), "세) 씨는 \"큰 도움이 됐다\"고 전했다.\n")
    d.w("\n담당 부서: ", name, " ", dept, "\n")
    if np:
        d.w("문의: ", dept, " 대표전화 ", neg_switch(r), "\n")
        return
    a, b = ppl(r, 2, kr=True)
    style = r.randint(0, 2)
    if style == 0:
        d.w("책임자  과장 ", a, "  (", phone(r, "landline", area=AG_AREA.get(name, "044")), ")\n담당자  ", r.choice(["사무관", "주무관"]), " ", b, "  (", phone(r, "landline", area=AG_AREA.get(name, "044")), ")\n")
    elif style == 1:
        d.w("| 담당 부서 | ", dept, " | 책임자 | 과장 ", a, " | ", phone(r, "landline", area=AG_AREA.get(name, "044")), " |\n| | | 담당자 | 주무관 ", b, " | ", phone(r, "landline", area=AG_AREA.get(name, "044")), " |\n")
    else:
        d.w("문의: ", dept, " ", b, " 주무관(", phone(r, "landline", area=AG_AREA.get(name, "044")), ", ", email(r, b, "official", domain="korea.kr"), ")\n")


def t_news(d, r, np):
    ag = r.choice(LOCAL_AG)
    rep = kr_person(r)
    d.w(r.choice(["[단독] ", "[현장] ", "", "[사회] "]), ag[0], r.choice([" 공무원 개인정보 무단 열람 적발", " 체납차량 번호판 영치 집중 단속", " 복지 사각지대 발굴 성과",
                                                                     " 불법 촬영 의심 신고 잇따라"]), "\n")
    d.w(ddate(r), " 입력\n\n")
    if np:
        d.w(ag[0], J(ag[0], "은/는"), " ", ddate(r), " 관내 체납액이 ", neg_amount(r, 10000000, 9000000000), "에 이른다고 밝혔다. 시 관계자는 \"", neg_statute(r),
            "에 따라 엄정히 조치하겠다\"고 말했다. 시는 ", N("placeholder_person", "A씨"), " 등 상습 체납자 ", r.randint(3, 90), "명의 명단을 공개할 예정이다.\n")
        d.w("제보: ", N("institution_switchboard", r.choice(["1588-" + str(r.randint(1000, 9999)), "02-3701-2114"])), "\n")
        return
    v = person(r, "kr")
    age = r.randint(20, 80)
    if r.random() < 0.3:
        d.w(ag[0], r.choice(["에 사는 ", " 주민 "]), v, " 씨(", N("birth_year_only", f"{(2026 - age) % 100:02d}년생"), ")는 ", ddate(r), " ")
    else:
        d.w(ag[0], r.choice(["에 사는 ", " 주민 "]), v, r.choice([f"({age}) 씨는", f"({age}·자영업) 씨는", f" 씨({age})는"]), " ", ddate(r), " ")
    k = r.randint(0, 2)
    if k == 0:
        vp = plate(r)
        d.w("자신의 차량(", vp, ")이 견인됐다는 연락을 받았다. 그는 \"주차 위반 사실을 몰랐다\"고 말했다.\n")
    elif k == 1:
        d.w("주민센터 직원의 안내로 긴급복지 지원을 받았다. 담당 직원 ", kr_person(r), " 주무관은 \"주민 제보 덕분\"이라고 했다.\n")
    else:
        d.w("자신의 주민등록번호 뒷자리가 적힌 서류가 게시판에 붙어 있었다며 구청에 항의했다.\n")
    if r.random() < 0.6:
        d.w("관계자에 따르면 비슷한 사례가 ", namelike(r, "place"), " 인근에서도 보고됐다. ")
    who_ = ag[1] if r.random() < 0.3 else ag[0] + " 관계자"
    d.w(who_, J(who_, "은/는"), " \"재발 방지에 힘쓰겠다\"고 밝혔다.\n\n")
    d.w(rep, " 기자 ", email(r, rep, "company") if r.random() < 0.7 else "", "\n")


def t_judgment(d, r, np):
    cn = neg_case(r)
    d.w(r.choice(["가람지방법원", "누리지방법원", "새말지원", "서울행정법원"]), "\n", r.choice(["판 결", "결 정"]), "\n\n사    건  ", cn, " ",
        r.choice(["손해배상(기)", "정보공개거부처분취소", "운전면허취소처분취소", "부당이득금", "사기"]), "\n")
    if np:
        d.w("원    고  ", N("placeholder_person", "A"), "\n피    고  ", N("official_by_office", r.choice(["가람시장", "경찰서장", "누리시장"])),
            "\n변론종결  ", ddate(r), "\n판결선고  ", ddate(r), "\n\n주    문\n1. 원고의 청구를 기각한다.\n2. 소송비용은 원고가 부담한다.\n\n이    유\n",
            "원고는 ", neg_statute(r), "에 따른 처분이 위법하다고 주장하나, ", N("case_number", f"{r.randint(2010, 2024)}두{r.randint(1000, 99999)}"), " 판결의 법리에 비추어 받아들이지 않는다.\n")
        return
    a = person(r, "kr")
    b = person(r)
    d.w("원    고  ", a, "\n          ", address(r), "\n")
    if r.random() < 0.5:
        d.w("          소송대리인 변호사 ", kr_person(r), "\n")
    defendant_is_office = r.random() < 0.4
    d.w("피    고  ", N("official_by_office", r.choice(["가람시장", "누리경찰서장", "한빛구청장"])) if defendant_is_office else b, "\n")
    d1, _, d2 = drange(r, "", 2021, 2026)
    d.w("변론종결  ", d1, "\n판결선고  ", d2, "\n\n주    문\n1. 피고는 원고에게 ", neg_amount(r, 1000000, 90000000), " 및 이에 대한 지연손해금을 지급하라.\n\n이    유\n")
    d.w("1. 기초사실\n  원고는 ", dob(r, fmt=r.choice(["dots", "korean"])), r.choice(["생으로", " 출생으로"]), " ",
        "운전면허를 보유한 자이다." if defendant_is_office else r.choice(["피고가 운영하는 업체에 근무하였다.", "피고와 임대차계약을 체결하였다."]), " ")
    if r.random() < 0.5:
        d.w("원고의 운전면허(", driver_license(r), ")는 ", ddate(r), " 취소되었다. ")
    d.w("\n2. 판단\n  ", neg_statute(r), "의 규정 및 ", N("case_number", f"{r.randint(2010, 2024)}{r.choice(['다', '두', '도'])}{r.randint(1000, 99999)}"), " 판결의 취지에 비추어 보면 원고의 청구는 이유 있다.\n\n")
    j = ppl(r, 3, kr=True)
    d.w("재판장 판사 ", j[0], "   판사 ", j[1], "   판사 ", j[2], "\n")


def t_decision(d, r, np):
    d.w(r.choice(["행정심판위원회", "가람시 행정심판위원회", "중앙행정심판위원회"]), "\n재    결\n\n사건  ", neg_case(r), " ",
        r.choice(["영업정지처분 취소청구", "기초생활수급자 급여 중지처분 취소청구", "정보공개 거부처분 취소청구"]), "\n")
    if np:
        d.w("청구인  ", placeholder(r), "\n피청구인  ", official(r), "\n주문  청구인의 청구를 기각한다.\n청구취지  피청구인이 ", ddate(r),
            " 청구인에게 한 처분을 취소한다.\n이유  ", neg_statute(r), "에 비추어 처분은 적법하다.\n", ddate(r), "\n")
        return
    a = person(r)
    d.w("청 구 인  ", a, "\n          ", address(r), "\n")
    if r.random() < 0.4:
        d.w("          (대리인 행정사 ", kr_person(r), ", 전화 ", phone(r, r.choice(["landline", "mobile"])), ")\n")
    d.w("피청구인  ", official(r), "\n\n주문  피청구인이 ", ddate(r), " 청구인에게 한 처분을 취소한다.\n이유\n  청구인은 ",
        r.choice(["관내에서 음식점을 운영하는 자로", "기초생활수급자로", "정보공개를 청구한 자로"]), " ")
    if r.random() < 0.5:
        d.w("사업자등록번호 ", brn(r), "로 등록되어 있다. ")
    d.w(neg_statute(r), " 위반을 이유로 한 처분은 비례의 원칙에 어긋난다.\n\n", ddate(r), "\n위원장 ", N("official_by_office", "위원장(직인생략)"), "\n")


def t_audit(d, r, np):
    name, head, depts = r.choice(LOCAL_AG)
    d.w(r.choice(["자체감사 결과 보고", "특정감사 결과 처분요구서", "복무감사 결과"]), "\n\n1. 감사 개요\n  기간: ", *drange(r, " ~ "),
        "\n  대상: ", name, " ", r.choice(depts), "\n  근거: ", neg_statute(r), "\n\n2. 지적 사항\n")
    if np:
        d.w("  가. 업무추진비 집행 부적정: 총 ", r.randint(3, 40), "건, ", neg_amount(r, 50000, 5000000), "\n     관련자 ", N("placeholder_person", r.choice(["주무관 A", "팀장 B", "김○○"])),
            "에 대하여 주의 요구\n  나. 계약 업무 소홀: ", "업체 ", company(r), "와의 수의계약(", neg_pubrec(r), ")\n\n3. 조치: ", official(r), "에게 통보\n")
        return
    a = kr_person(r)
    cc = card(r, masked=r.random() < 0.4)
    d.w("  가. 법인카드 사적 사용\n     ", r.choice(depts), " ", r.choice(["주무관", "팀장"]), " ", a, J(a, "은/는"), " ", *drange(r, "부터 "),
        "까지 기관 법인카드(", cc, ")로 ", neg_amount(r, 50000, 5000000), "을 사적으로 결제하였다.\n")
    if r.random() < 0.6:
        b = kr_person(r)
        d.w("  나. 개인정보 무단 열람\n     ", b, " 주무관은 업무와 무관하게 민원인 ", person(r), "의 주민등록번호(", rrn_for(r, kind="masked" if r.random() < 0.5 else None),
            ")와 연락처(", phone(r, "mobile"), ")를 조회하였다. 접속 IP ", ip(r, r.choice(["private", "public"])), ".\n")
    d.w("\n3. 처분 요구: ", a, " — ", r.choice(["경징계", "훈계", "중징계"]), " 의결 요구, 부당 사용액 ", neg_amount(r, 50000, 5000000), " 회수\n")
    d.w("감사반장 ", r.choice(["감사담당관", "사무관"]), " ", kr_person(r), "\n")


def t_discipline(d, r, np):
    d.w(r.choice(["징계의결서", "징 계 의 결 서", "경징계 의결 결과"]), "\n\n")
    if np:
        d.w("징계혐의자  소속 ", r.choice(LOCAL_AG)[0], "  직급 행정7급  성명 ", N("placeholder_person", r.choice(["김○○", "이○○", "박**"])), "\n")
        d.w("의결주문  견책\n이유  ", neg_statute(r), "(성실의무) 위반\n", ddate(r), "\n", r.choice(LOCAL_AG)[0], " 인사위원회 ", N("official_by_office", "위원장(직인생략)"), "\n")
        return
    a = kr_person(r)
    b = birth(r, 1965, 1998)
    rows = [("소속", r.choice(LOCAL_AG)[0] + " " + r.choice(["민원과", "세무과", "교통과"])), ("직급", r.choice(["행정7급", "행정6급", "시설8급"])),
            ("성명", a), ("생년월일", dob(r, b)) if r.random() < 0.5 else ("주민등록번호", rrn_for(r, b)),
            ("주소", address(r))]
    field_grid(d, r, rows, r.choice([0, 1, 4]))
    d.w("의결주문  ", r.choice(["정직 1월", "감봉 2월", "견책", "강등"]), "\n")
    d.w("이유  징계혐의자는 ", ddate(r), " 혈중알코올농도 0.0", r.randint(30, 99), "% 상태로 자신의 승용차(", plate(r), ")를 운전하다 적발되어 ")
    d.w("운전면허(", driver_license(r), ")가 ", r.choice(["정지", "취소"]), "되었다. 이는 ",
        N("statute_citation", r.choice(["「지방공무원법」 제55조", "「지방공무원법」 제55조(품위 유지의 의무)", "「국가공무원법」 제63조"])), " 위반이다.\n")
    d.w(ddate(r), "\n인사위원회 위원장 ", N("official_by_office", "부시장"), "  위원 ", jn(ppl(r, 3, kr=True), ", "), "\n")


def t_police(d, r, np):
    d.w(r.choice(["사건 발생 보고", "교통사고 발생 보고서", "112 신고 처리 결과", "피해 사실 확인서"]), "\n\n")
    d.w("접수번호 ", neg_receipt(r), "   발생일시 ", ddate(r), " ", f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}", "\n")
    if r.random() < 0.35:
        d.w("발생장소 ", namelike(r, "place"), " 인근 ", r.choice(["교차로", "버스정류장", "주차장"]), "\n")
    else:
        d.w("발생장소 ", r.choice(LOCAL_AG)[0], " ", r.choice(["중앙로 사거리", "가람초등학교 앞", "새말시장 입구", "도담공원 주차장"]), "\n")
    if np:
        d.w("관련자  ", N("placeholder_person", "피해자 A"), ", ", N("placeholder_person", "피의자 B"), "(신원 미상)\n")
        d.w("내용  ", N("placeholder_person", "A"), "가 ", neg_amount(r, 100000, 30000000), " 상당의 물품을 도난당했다고 신고. 근거 ", neg_statute(r), ". 관할 ", official(r), "에 인계.\n")
        d.w("문의 ", N("institution_switchboard", "182"), "\n")
        return
    v, s = person(r), person(r)
    if s.sub.startswith("person_foreign"):
        country, gen = r.choice(FOREIGN_PP)
        s = foreign_person(r, country)
    bv = birth(r, 1950, 2005)
    d.w("[피해자] ", v, " (", dob(r, bv, r.choice(["dots", "yy_dots", "korean"])), "생)  연락처 ", phone(r, "mobile"), "\n")
    d.w("          주소 ", address(r), "\n")
    d.w("[피의자] ", s, "  ")
    if s.sub.startswith("person_foreign"):
        d.w("(", country, ")  외국인등록번호 ", frn(r), "  여권 ", V("KR_PASSPORT", gen(r), "passport_foreign", "foreign"), "\n")
    else:
        d.w("주민등록번호 ", rrn_for(r), "\n")
    d.w("          운전면허 ", driver_license(r), "  차량 ", plate(r), "\n")
    d.w("사건개요  ", r.choice(["신호위반 차량이 보행자를 충격", "주차 시비 중 폭행", "중고거래 사기", "보이스피싱 피해 신고"]))
    if r.random() < 0.5:
        acc = bank_account(r)
        d.w(" — 피해금 ", neg_amount(r, 100000, 30000000), "을 ", acc.extra["bank"], " 계좌(", acc, ")로 송금")
    ag_ = r.choice(LOCAL_AG)[0]
    d.w("\n작성  ", r.choice(["경위", "경사", "순경"]), " ", kr_person(r), "  (", ag_[:-1] + "경찰서", " 대표 ", neg_switch(r, "area", AG_AREA[ag_]), ")\n")


def t_fire(d, r, np):
    d.w(r.choice(["구급활동일지", "119 구급 출동 기록", "구급 이송 확인서"]), "\n")
    d.w("출동일시 ", ddate(r), " ", f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}", "   신고 ", N("institution_switchboard", "119"), " 경유\n")
    if np:
        d.w("장소 ", neg_inst_addr(r), " 인근\n환자 ", N("placeholder_person", r.choice(["미상", "성명 미상(남, 60대)", "○○○"])), "\n조치 현장 응급처치 후 ",
            r.choice(["가람병원", "누리의료원"]), " 이송\n근거 ", neg_statute(r), "\n")
        return
    p = person(r)
    b = birth(r, 1935, 2015)
    d.w("환자 성명 ", p, "  ", r.choice(["생년월일 ", "(", "나이/생년 "]), dob(r, b), r.choice(["", ")", ""]), "  성별 ", r.choice(["남", "여"]), "\n")
    d.w("장소 ", address(r), "\n")
    g = kr_person(r)
    d.w("보호자 ", g, " (", r.choice(["배우자", "자녀", "부", "모"]), ") ", phone(r, "mobile"), "\n")
    if r.random() < 0.6:
        d.w("건강보험 ", health_ins(r), "\n")
    d.w("주증상 ", r.choice(["호흡곤란", "낙상 후 두부 출혈", "흉통", "의식 저하"]), "  처치 ", r.choice(["산소 투여", "지혈", "CPR"]), "\n")
    d.w("구급대원 ", r.choice(["소방장", "소방교"]), " ", kr_person(r), ", ", r.choice(["소방사", "소방교"]), " ", kr_person(r), "\n")


def t_hospital(d, r, np):
    d.w(r.choice(["진료의뢰서", "보건소 방문건강관리 기록", "예방접종 내역 확인서", "입원 확인서"]), "\n\n")
    if np:
        d.w("환자  ", N("placeholder_person", "○○○"), "  (개인정보 비식별 처리)\n진단  ", r.choice(["고혈압", "당뇨"]), "\n발행 ", r.choice(["가람시 보건소", "누리의료원"]),
            " (대표 ", neg_switch(r), ")\n", ddate(r), "\n")
        return
    p = person(r, r.choice(["kr", "kr", "kr", "lat", "han", "kr2sur"]))
    b = birth(r, 1930, 2020)
    pairs = [("환자성명", p), ("생년월일", dob(r, b))]
    if p.sub.startswith("person_foreign"):
        pairs.append(("외국인등록번호", frn(r, born=b if b.year >= 1950 else None)))
    else:
        pairs.append(("주민등록번호", rrn_for(r, b, "masked" if r.random() < 0.5 else None)))
    pairs += [("건강보험증번호", health_ins(r)), ("주소", address(r)), ("연락처", phone(r, r.choice(["mobile", "mobile", "landline"])))]
    field_grid(d, r, pairs)
    d.w("상병명 ", r.choice(["요추 추간판 탈출증", "제2형 당뇨병", "폐렴", "골절"]), "\n의뢰 의사 ", kr_person(r), " (면허번호 제", r.randint(10000, 99999), "호)\n")
    d.w(r.choice(["가람병원", "누리의원", "새말보건지소"]), " ", N("institution_switchboard", r.choice(["1577-" + str(r.randint(1000, 9999)), "1644-" + str(r.randint(1000, 9999))])), "\n")


def t_school(d, r, np):
    d.w(r.choice(["학생 상담 기록부", "가정통신문 회신", "학교폭력 사안 접수 보고", "방과후학교 수강 신청"]), "\n")
    d.w(r.choice(["가람초등학교", "새말중학교", "누리고등학교"]), "  ", ddate(r), "\n\n")
    if np:
        d.w("대상 학생: ", N("placeholder_person", r.choice(["학생 A", "○○○", "김○○"])), " (", r.randint(1, 6), "학년)\n내용: 교우 관계 상담. 보호자에게 유선 안내함.\n",
            "근거: ", neg_statute(r), "\n문의: 교무실 ", neg_switch(r, "area"), "\n")
        return
    s = kr_person(r) if r.random() < 0.85 else person(r, r.choice(["han", "lat"]))
    b = rand_date(r, D(2008, 3, 1), D(2020, 2, 28))
    d.w("학생: ", s, " (", r.randint(1, 6), "학년 ", r.randint(1, 9), "반, ", dob(r, b, r.choice(["dots", "dots0", "yymmdd"])), "생)\n")
    g = kr_person(r)
    d.w("보호자: ", g, " (", r.choice(["모", "부", "조모"]), ")  ", phone(r, "mobile"), r.choice(["", "  " ]))
    if r.random() < 0.5:
        d.w(" / ", email(r, g, "personal"))
    d.w("\n상담 내용: ", s, " 학생은 ", r.choice(["최근 결석이 잦아", "친구와의 갈등으로", "진로 고민으로"]), " 상담을 요청함. ")
    if r.random() < 0.4:
        d.w("보호자 주소지(", address(r), ")로 가정방문 예정.")
    if r.random() < 0.45:
        d.w("\n[현장체험학습 보험 가입 정보] 학생 건강보험증 번호 ", health_ins(r), ", 비상연락 ", phone(r, "mobile"))
    d.w("\n상담교사 ", kr_person(r), r.choice(["", " (서명)"]), "\n")


def t_welfare(d, r, np):
    d.w(r.choice(["통합사례관리 기록지", "긴급복지 지원 결정 통지", "기초생활보장 급여 변경 내역"]), "\n\n")
    if np:
        d.w("대상 가구: ", N("placeholder_person", r.choice(["A씨 가구", "○○○ 가구"])), " (", r.randint(1, 5), "인 가구)\n지원 내용: 생계지원 ", neg_amount(r, 300000, 2000000),
            "\n근거: ", neg_statute(r), "\n담당: ", official(r), " 소관 ", r.choice(["생활보장과", "주민복지과"]), "(", neg_switch(r), ")\n")
        return
    p = person(r, r.choice(["kr", "kr", "kr", "kr2sur", "kr1given", "han"]))
    b = birth(r, 1935, 2000)
    d.w("대상자  ", p, "  ", rrn_for(r, b) if not p.sub.startswith("person_foreign") else frn(r), "\n")
    d.w("주소  ", address(r), "\n연락처  ", phone(r, "mobile"), r.choice(["", " (본인)", " (자녀)"]), "\n")
    if r.random() < 0.6:
        d.w("건강보험  ", r.choice(["지역가입자", "직장피부양자"]), " / 증번호 ", health_ins(r), "\n")
    acc = bank_account(r)
    d.w("급여 계좌  ", acc.extra["bank"], " ", acc, "  예금주 ", p, "\n")
    if r.random() < 0.4:
        d.w("연계 서비스  ", N("name_like_noun", "장기요양"), " 등급 신청 안내\n")
    d.w("지원 내용  ", r.choice(["긴급 생계지원", "주거급여", "의료비 지원"]), " ", neg_amount(r, 100000, 2000000), " (", ddate(r), " 지급)\n")
    d.w("사례관리자 ", kr_person(r), r.choice(["", " 사회복지사", " 주무관"]), "  (", phone(r, r.choice(["landline", "070"])), ")\n")


def t_immig(d, r, np):
    d.w(r.choice(["외국인 체류지 변경 신고서", "체류기간 연장허가 신청서", "출입국 사실 확인 요청", "외국인근로자 고용 변동 신고"]), "\n\n")
    if np:
        d.w("신청인  ", N("placeholder_person", "외국인 A"), "  국적 ", r.choice(["베트남", "필리핀", "우즈베키스탄"]), "\n처리기관 ", official(r), "\n문의 ",
            N("institution_switchboard", "1345"), "\n근거 ", neg_statute(r), "\n")
        return
    b = birth(r, 1960, 2005)
    country, gen = r.choice(FOREIGN_PP)
    p = foreign_person(r, country)
    pp = V("KR_PASSPORT", gen(r), "passport_foreign", "foreign")
    pairs = [("성명(Surname, Given names)", p), ("국적", country), ("생년월일", dob(r, b, r.choice(["en", "iso", "dots0", "dots"]))),
             ("외국인등록번호", frn(r, born=b)), ("여권번호", pp), ("체류자격", r.choice(["E-9", "F-6", "D-2", "H-2", "E-7"]))]
    pairs += [("체류지", address(r)), ("연락처", phone(r, "mobile"))]
    if r.random() < 0.4:
        pairs.append(("E-mail", email(r, None, "personal")))
    field_grid(d, r, pairs)
    if r.random() < 0.6:
        co = company(r)
        d.w("근무처  ", co, "  사업자등록번호 ", brn(r), "  담당 ", kr_person(r), " (", phone(r, "landline"), ")\n")
    d.w("신고일 ", ddate(r), "  ", official(r), " 귀하\n")


def t_chat(d, r, np):
    d.w(r.choice(["[카카오톡 대화 내보내기]", "업무 메신저 대화 내역", "[단체대화방] 민원팀"]), "\n", ddate(r), "\n")
    a, b = ppl(r, 2, kr=True)
    lines = []
    if np:
        for _ in range(r.randint(4, 7)):
            d.w(r.choice(["팀장님", "나", "담당자"]), " ", f"[오후 {r.randint(1, 6)}:{r.randint(10, 59)}]", " ", r.choice(["회의 자료 올렸습니다", "대표번호로 민원 왔어요 ",
                                                                                                                     "홍길동 예시로 서식 다시 만들었어요", "예산 잔액 확인 부탁"]))
            if r.random() < 0.3:
                d.w(neg_switch(r))
            d.w("\n")
        return
    msgs = [("주소 보내드려요 ", address(r)), ("연락처 ", phone(r, "mobile")), ("계좌 ", None), ("생년월일 ", dob(r, fmt=r.choice(["yymmdd", "dots0", "yy_dots"]))),
            ("메일로 보내주세요 ", email(r, b)), ("차번호 ", plate(r)), ("주민번호 ", rrn_for(r)), ("카드번호 불러드릴게요 ", card(r))]
    picks = r.sample(msgs, r.randint(3, 6))
    hm = sorted((r.randint(9, 17), r.randint(0, 59)) for _ in picks)
    for (txt, v), (h_, m_) in zip(picks, hm):
        who = r.choice([a, b])
        d.w(who, " ", f"[{'오전' if h_ < 12 else '오후'} {h_ if h_ <= 12 else h_ - 12}:{m_:02d}]", " ", txt)
        if v is None:
            acc = bank_account(r)
            d.w(acc.extra["bank"], " ", acc, " ", r.choice([[a], [b], ["예금주 ", b]]))
        else:
            d.w(v)
        d.w("\n")
    if r.random() < 0.5:
        d.w(b, " [오후 5:55] 내일 점심은 ", namelike(r, r.choice(["firm", "product"])), " 쪽으로 주문할게요\n")
    d.w(a, " ", "[오후 6:02] 확인했습니다 ^^\n")


def t_call(d, r, np):
    d.w(r.choice(["[상담 녹취록]", "콜센터 통화 기록", "민원 전화 응대 메모"]), " ", ddate(r), "\n")
    c = kr_person(r)
    d.w("상담원: 네, ", r.choice(LOCAL_AG)[0], " 민원콜센터입니다.\n")
    if np:
        d.w("민원인: 과태료 고지서를 받았는데요.\n상담원: 고지서 상단의 관리번호(", neg_pubrec(r), ")를 불러주시겠어요?\n민원인: 네.\n상담원: 납부 금액은 ",
            neg_amount(r), "이고 ", ddate(r), "까지 납부하시면 됩니다. 자세한 내용은 ", N("institution_switchboard", "120"), "으로 문의 주세요.\n")
        return
    d.w("민원인: 네, 제 이름은 ", c, r.choice(["인데요", "이고요", "입니다"]), ". ", r.choice(["과태료 문의드리려고요.", "카드로 납부하려고요.", "주소 변경하려고요."]), "\n")
    d.w("상담원: 본인 확인을 위해 생년월일 말씀해 주시겠어요?\n민원인: ", dob(r, fmt=r.choice(["yymmdd", "korean", "yy_dots"])), r.choice(["이요.", "입니다.", "요."]), "\n")
    k = r.randint(0, 2)
    if k == 0:
        d.w("상담원: 카드번호 불러주세요.\n민원인: ", card(r, masked=False, fmt=r.choice(["space", "hyphen", "plain"])), " 이요. 유효기간은 ", f"{r.randint(1, 12):02d}/{r.randint(27, 31)}", "이요.\n")
    elif k == 1:
        ad_ = address(r)
        d.w("상담원: 새 주소 알려주시겠어요?\n민원인: ", ad_, J(ad_, "으로/로"), " 이사했어요.\n")
    else:
        d.w("상담원: 차량번호가 어떻게 되세요?\n민원인: ", plate(r), "이요.\n")
    d.w("상담원: 연락받으실 번호는요?\n민원인: ", phone(r, "mobile", r.choice(["hyphen", "plain", "space"])), "이요.\n")
    d.w("상담원: 확인되었습니다. 처리 결과는 문자로 안내드리겠습니다.\n(상담원 ", kr_person(r), ", 통화시간 ", r.randint(2, 9), "분)\n")


def t_access_log(d, r, np):
    d.w(r.choice(["개인정보처리시스템 접속기록", "# access.log (발췌)", "[보안로그] 관리자 페이지 접근 내역"]), "\n")
    sep = r.choice([" ", "\t", " | ", ","])
    if r.random() < 0.5:
        d.w(sep.join(["일시", "사용자ID", "성명", "접속IP", "수행업무", "정보주체"]), "\n")
    day = f"{r.randint(2023, 2026)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
    stamps = sorted(f"{day} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}" for _ in range(r.randint(4, 9)))
    for ts in stamps:
        uid = userid(r)
        if np:
            d.w(jn([ts, uid, "-", N("public_record_id", "WS-" + str(r.randint(100, 999))), r.choice(["로그인", "조회", "다운로드"]), "-"], sep), "\n")
            continue
        who = kr_person(r)
        subj = person(r) if r.random() < 0.5 else "-"
        d.w(jn([ts, uid, who, ip(r), r.choice(["조회", "수정", "다운로드", "출력"]), subj], sep), "\n")
    if not np and r.random() < 0.5:
        d.w("※ 비정상 접근 의심: ", ip(r, "public"), " (", version(r), " 클라이언트)\n")
    elif np:
        d.w("※ 클라이언트 버전 ", version(r), "\n")


def t_tax_qa(d, r, np):
    d.w("[질의회신] ", neg_docno(r, r.choice(["부가가치세과", "소득세과", "법규과"])), " (", ddate(r), ")\n\n【질의】\n")
    d.w("  ", N("placeholder_person", r.choice(["갑", "甲"])), "은 ", r.choice(["부동산 임대업자", "개인사업자", "법인의 대표"]), "로서 ", N("placeholder_person", r.choice(["을", "乙"])),
        "에게 ", neg_amount(r), "에 건물을 양도한 경우 ", neg_statute(r), " 적용 여부\n\n【회신】\n  ", neg_statute(r, short=True), "에 따라 ",
        r.choice(["과세대상에 해당합니다", "비과세됩니다", "기존 해석사례(" + neg_docno(r).text + ")를 참고하시기 바랍니다"]), ".\n")
    if not np:
        p = kr_person(r)
        d.w("\n※ 질의자: ", p, " (", r.choice([brn(r, corp=False), phone(r, "mobile")]), ") — 비실명 처리 누락분\n")


def t_fine(d, r, np):
    d.w(r.choice(["주정차위반 과태료 부과 사전통지서", "자동차 검사 지연 과태료 고지서", "전용차로 위반 과태료 고지"]), "\n\n")
    d.w("관리번호 ", neg_pubrec(r), "\n")
    if np:
        d.w("차량번호 ", N("placeholder_person", "12가 ****"), " (가림)\n위반일시 ", ddate(r), "\n과태료 ", N("amount", r.choice(["40,000원", "80,000원", "120,000원", "50,000원", "160,000원", "100,000원"])), "\n근거 ", neg_statute(r), "\n납부 문의 ", neg_switch(r), "\n")
        return
    owner = person(r, r.choice(["kr", "kr", "kr", "kr2sur"]))
    d.w("차량번호 ", plate(r), "   차종 ", r.choice(["승용", "승합", "화물"]), "\n소유자 ", owner, "\n주소 ", r.choice([postal(r), ""]), r.choice([" ", ""]), address(r), "\n")
    if r.random() < 0.4:
        d.w("생년월일 ", dob(r), "\n")
    d.w("위반일시 ", ddate(r), " ", f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}", "  위반장소 ", r.choice(["가람초교 앞 어린이보호구역", "중앙로 버스정류장"]), "\n")
    d.w("과태료 ", N("amount", r.choice(["40,000원", "80,000원", "120,000원", "50,000원", "160,000원", "100,000원"])), " (사전납부 시 20% 감경)\n가상계좌 ", r.choice(["(시 세입 전용) ", ""]), N("public_record_id", f"{r.randint(100, 999)}-{r.randint(100000, 999999)}-{r.randint(10, 99)}-{r.randint(100, 999)}"), "\n")
    if r.random() < 0.5:
        d.w("※ 가상계좌 외 납부: ", N("institution_account", f"{r.choice(LOCAL_AG)[0]} 세입금 계좌 {r.choice(['NH농협', '우체국', 'IBK기업은행'])} {r.randint(100, 999)}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}-{r.randint(10, 99)}"), "\n")
    d.w("문의 ", r.choice(LOCAL_AG)[0], " 주차관리과 ", phone(r, "landline"), "\n")


def t_work_email(d, r, np):
    a, b = kr_person(r), kr_person(r)
    d.w("보낸사람: ", a, " <", email(r, a, "official"), ">\n받는사람: ", b, " <", email(r, b, r.choice(["official", "company"])), ">\n")
    if r.random() < 0.3:
        d.w("참조: ", person(r), " <", email(r, None, "company"), ">\n")
    d.w("날짜: ", ddate(r), "\n제목: ", r.choice(["[회신] 위탁업체 정산 자료", "RE: 개인정보 파기 확인서 송부", "출장 일정 공유", "시스템 점검 안내"]), "\n\n")
    d.w(b, r.choice([" 주무관님", " 팀장님", "님"]), ", 안녕하세요.\n요청하신 자료 첨부합니다. ", neg_docno(r), " 관련 건입니다.\n")
    if r.random() < 0.5:
        d.w("업체 담당자 연락처는 ", phone(r, r.choice(["mobile", "070"])), "입니다.\n")
    if r.random() < 0.5:
        d.w("제 PC(", ip(r, r.choice(["private", "private", "v6"])), ")에서 업무망 접속이 계속 차단되니 예외 등록 부탁드립니다.\n")
    d.w("\n감사합니다.\n", a, " 드림\n", r.choice(LOCAL_AG)[0], " ", r.choice(["정보통신과", "회계과"]), " | T. ", phone(r, "landline"), " | F. ", phone(r, "fax"), "\n")


def t_nhis(d, r, np):
    d.w("건강보험 자격득실 확인서\n\n")
    if np:
        d.w("가입자 ", N("placeholder_person", "○○○"), "  (발급 예시)\n발급기관 국민건강보험공단 ", N("institution_switchboard", "1577-1000"), "\n", ddate(r), "\n")
        return
    p = person(r, r.choice(["kr", "kr", "kr", "kr1given", "kr2sur"]))
    b = birth(r, 1950, 2004)
    d.w("성명 ", p, "   생년월일 ", dob(r, b, r.choice(["dots", "iso", "korean"])), "\n주민등록번호 ", rrn_for(r, b, "masked"), "\n건강보험증 번호 ", health_ins(r), "\n\n")
    sep = r.choice([" | ", "\t", "  "])
    if r.random() < 0.6:
        d.w(sep.join(["가입자구분", "사업장명칭", "자격취득일", "자격상실일"]), "\n")
    for i in range(r.randint(1, 4)):
        a_, _, b_ = drange(r, "", 2010, 2025)
        d.w(jn([r.choice(["직장가입자", "지역가입자", "피부양자"]), company(r), a_, b_], sep), "\n")
    if r.random() < 0.5:
        dep = kr_person(r)
        d.w("피부양자 ", dep, " (", rrn_for(r, kid_birth(r)), ") 증번호 ", health_ins(r), "\n")
    d.w("발급번호 ", neg_receipt(r), "  국민건강보험공단 이사장\n")


def t_card_usage(d, r, np):
    d.w(r.choice(["법인카드 사용내역", "업무추진비 카드 사용 명세", "구매카드 집행 내역"]), " (", ddate(r), " 기준)\n")
    sep = r.choice([" | ", "\t", ",", "  "])
    if r.random() < 0.55:
        d.w(sep.join(["사용일", "카드번호", "사용자", "가맹점", "금액"]), "\n")
    for i in range(r.randint(3, 7)):
        u = kr_person(r)
        d.w(jn([ddate(r), card(r), u, r.choice([company(r), namelike(r), "○○식당"]), neg_amount(r, 8000, 600000)], sep), "\n")
    d.w("※ 가맹점 사업자등록번호 확인: ", brn(r), "\n")


def t_vehicle_reg(d, r, np):
    d.w(r.choice(["거주자우선주차 배정 대장", "개인차량 공무사용(자가운전) 신고 대장", "장애인 전용주차 표지 발급 대장", "공영주차장 정기권 등록 대장"]), "\n")
    sep = r.choice([" | ", "\t", "  ", ","])
    hdr = r.random() < 0.5
    if hdr:
        d.w(sep.join(["번호", "차량번호", "성명", "운전면허번호", "연락처", "구획"]), "\n")
    for i in range(r.randint(3, 7)):
        p = person(r)
        d.w(jn([str(i + 1), plate(r), p, driver_license(r), phone(r, "mobile"), f"{r.choice('ABC')}-{r.randint(1, 40)}"], sep), "\n")
    d.w("관리: ", official(r, LOCAL_HEADS), " (대표 ", neg_switch(r, "area"), ")\n")


def t_foreign_roster(d, r, np):
    d.w(r.choice(["외국인근로자 고용 현황", "외국인 주민 지원사업 대상자 명단", "계절근로자 입국 예정자 명단", "유학생 체류 현황"]), "\n")
    sep = r.choice([" | ", "\t", ",", "  "])
    cols = r.choice([["성명", "국적", "여권번호", "외국인등록번호", "연락처"], ["연번", "성명(영문)", "생년월일", "여권번호", "입국일"],
                     ["성명", "외국인등록번호", "건강보험", "체류지"], ["Name", "Nationality", "Passport No.", "ARC No."]])
    if r.random() < 0.55:
        d.w(sep.join(cols), "\n")
    if np:
        for i in range(r.randint(3, 5)):
            d.w(jn([N("placeholder_person", f"외국인 {'ABCDE'[i]}"), r.choice(["베트남", "필리핀", "캄보디아"]), "(가림)", "(가림)", neg_date(r)], sep), "\n")
        d.w("문의 ", N("institution_switchboard", "1345"), "\n")
        return
    for i in range(r.randint(3, 7)):
        country, gen = r.choice(FOREIGN_PP)
        p = foreign_person(r, country)
        pp = V("KR_PASSPORT", gen(r), "passport_foreign", "foreign")
        b = birth(r, 1965, 2006)
        row = []
        for c in cols:
            if c in ("성명", "성명(영문)", "Name"):
                row.append(p)
            elif c in ("국적", "Nationality"):
                row.append(country)
            elif c in ("여권번호", "Passport No."):
                row.append(pp)
            elif c in ("외국인등록번호", "ARC No."):
                row.append(frn(r, born=b) if r.random() < 0.85 else "신청중")
            elif c == "연락처":
                row.append(phone(r, "mobile"))
            elif c == "연번":
                row.append(str(i + 1))
            elif c == "생년월일":
                row.append(dob(r, b, r.choice(["en", "iso", "dots0", "yymmdd"])))
            elif c == "입국일":
                row.append(neg_date(r))
            elif c == "건강보험":
                row.append(health_ins(r) if r.random() < 0.7 else "미가입")
            elif c == "체류지":
                row.append(address(r, unit=r.random() < 0.5))
        d.w(jn(row, sep), "\n")
    d.w("작성 ", company(r), " 인사담당 ", kr_person(r), "\n")


def t_event_roster(d, r, np):
    d.w(r.choice(["해외 연수 참가자 명단", "국제교류 대표단 명단", "공무국외출장 항공권 발권 명단", "청소년 해외봉사단 명단"]), "\n")
    sep = r.choice([" | ", "\t", "  ", ","])
    hdr = r.random() < 0.6
    if hdr:
        d.w(sep.join(["성명", "영문 성명", "여권번호", "생년월일", "연락처"]), "\n")
    for i in range(r.randint(3, 7)):
        p = kr_person(r)
        s_, g_ = rom_name(p.extra["sur"], p.extra["given"])
        lat = V("PERSON", r.choice([f"{s_.upper()} {g_.upper()}", f"{s_.capitalize()} {g_.capitalize()}", f"{s_.upper()}, {g_.capitalize()}"]), "person_kr_latin", "latin")
        d.w(jn([p, lat, passport(r, r.choice(["kr_old", "kr_new", "kr_new"])), dob(r, fmt=r.choice(["dots0", "iso", "yymmdd", "en"])),
                r.choice([phone(r, "mobile"), email(r, p)])], sep), "\n")
    d.w("※ 여권 유효기간 6개월 이상 필수. 인솔: ", official(r), "\n")


def t_bid_result(d, r, np):
    d.w(r.choice(["입찰 결과 공고", "개찰 결과", "수의계약 체결 현황 공개", "협상에 의한 계약 평가 결과"]), "\n")
    d.w("공고번호 ", neg_pubrec(r), "  건명: ", r.choice(["청사 청소용역", "CCTV 통합관제 유지관리", "도로 보수공사", "홍보 영상 제작"]), "\n개찰일시 ", ddate(r), "\n")
    sep = r.choice([" | ", "\t", "  "])
    cols = r.choice([["순위", "업체명", "대표자", "사업자등록번호", "투찰금액"], ["업체명", "사업자번호", "법인등록번호", "대표", "소재지"],
                     ["순위", "상호", "법인등록번호", "투찰률"]])
    if r.random() < 0.7:
        d.w(sep.join(cols), "\n")
    for i in range(r.randint(3, 7)):
        row = []
        for c in cols:
            if c == "순위":
                row.append(str(i + 1))
            elif c in ("업체명", "상호"):
                row.append(company(r))
            elif c in ("대표자", "대표"):
                row.append(kr_person(r) if not np else N("placeholder_person", "○○○"))
            elif c in ("사업자등록번호", "사업자번호"):
                row.append(brn(r, corp=True) if not np else "***-**-*****")
            elif c == "법인등록번호":
                row.append(crn(r) if not np else "비공개")
            elif c == "투찰금액":
                row.append(neg_amount(r))
            elif c == "투찰률":
                row.append(f"{r.randint(80, 99)}.{r.randint(100, 999)}%")
            elif c == "소재지":
                row.append(address(r, r.choice(["road_short", "road_sigungu"]), unit=False))
        d.w(jn(row, sep), "\n")
    d.w("낙찰 하한율 적용. 근거 ", neg_statute(r), ". 문의 ", r.choice(LOCAL_AG)[0], " 회계과 (대표 ", neg_switch(r, "area"), ")\n")


def t_birth_report(d, r, np):
    d.w(r.choice(["출생신고서", "아동수당 지급 신청서", "첫만남이용권 신청서", "부모급여 신청서"]), "\n\n")
    kid = kr_person(r)
    b = rand_date(r, D(2020, 10, 5), D(2026, 11, 20)) if r.random() < 0.8 else rand_date(r, D(2014, 1, 1), D(2020, 9, 30))
    pa, ma = kr_person(r), person(r, r.choice(["kr", "kr", "kr", "han", "lat"]))
    pairs = [("아동 성명", kid), ("아동 생년월일", dob(r, b, r.choice(["dots", "iso", "korean"])))]
    if r.random() < 0.8:
        pairs.append(("아동 주민등록번호", rrn_for(r, b)))
    pairs += [("신청인(보호자)", pa), ("신청인 주민등록번호", rrn_for(r, birth(r, 1975, 2000)))]
    if ma.sub.startswith("person_foreign"):
        pairs += [("배우자", ma), ("배우자 외국인등록번호", frn(r, born=birth(r, 1975, 2002)))]
    else:
        pairs += [("배우자", ma)]
    pairs += [("주소", address(r)), ("연락처", phone(r, "mobile"))]
    field_grid(d, r, pairs)
    acc = bank_account(r)
    d.w("수당 입금 계좌  ", acc.extra["bank"], " ", acc, " (예금주 ", r.choice([pa, ma]), ")\n")
    d.w(ddate(r), "\n신청인 ", pa, " (서명)\n", official(r, LOCAL_HEADS), " 귀하\n※ ", neg_statute(r), "에 따른 지급 대상 확인을 위해 행정정보 공동이용에 동의합니다.\n")


# ================================================================ assembly
TEMPLATES = [  # (template, genre, function, records, no-PII rule: every k-th record (k>0), 0 none, -1 two of three)
    ("gm90", "공문(1990년대)", t_gm90, 12, 6), ("gm00", "공문(2000년대)", t_gm00, 12, 5),
    ("gmel", "공문(전자)", t_gmel, 16, 5), ("gm_attach", "공문(전자)", t_gm_attach, 10, 0),
    ("minwon_reply", "민원회신", t_minwon_reply, 14, 5), ("epeople", "민원회신", t_epeople, 10, 4),
    ("foi", "민원회신", t_foi, 10, 4), ("app_form", "신청서", t_app_form, 14, 6),
    ("passport_app", "신청서", t_passport_app, 12, 0), ("subsidy", "신청서", t_subsidy, 12, 0),
    ("consent", "동의서", t_consent, 14, 4), ("report_form", "신고서", t_report_form, 12, 0),
    ("biz_report", "신고서", t_biz_report, 14, 0), ("visitors", "대장", t_visitors, 12, 5),
    ("ledger", "대장", t_ledger, 12, 0), ("card_usage", "대장", t_card_usage, 14, 0),
    ("vehicle_reg", "대장", t_vehicle_reg, 14, 0), ("table_header", "표", t_table_header, 16, 0),
    ("table_noheader", "표", t_table_noheader, 16, 6), ("contract", "계약서", t_contract, 16, 0),
    ("lease", "계약서", t_lease, 10, 0), ("personnel", "인사명령", t_personnel, 14, 0),
    ("minutes", "회의록", t_minutes, 14, 4), ("press", "보도자료", t_press, 14, 4),
    ("news", "뉴스기사", t_news, 14, 5), ("judgment", "판결·결정", t_judgment, 12, 4),
    ("decision", "판결·결정", t_decision, 10, 4), ("audit", "감사·징계", t_audit, 12, 5),
    ("discipline", "감사·징계", t_discipline, 12, 5), ("police", "경찰", t_police, 14, 6),
    ("fire", "소방", t_fire, 12, 6), ("hospital", "병원·보건", t_hospital, 14, 6),
    ("school", "학교", t_school, 12, 6), ("welfare", "복지", t_welfare, 14, 6),
    ("immig", "출입국", t_immig, 18, 6), ("chat", "채팅·통화", t_chat, 12, 6),
    ("call", "채팅·통화", t_call, 12, 6), ("access_log", "접속로그", t_access_log, 16, 5),
    ("tax_qa", "질의회신", t_tax_qa, 12, -1), ("fine", "과태료·고지", t_fine, 14, 6),
    ("work_email", "업무메일", t_work_email, 12, 0), ("nhis", "증명서", t_nhis, 12, 6),
    ("foreign_roster", "출입국", t_foreign_roster, 16, 8), ("event_roster", "표", t_event_roster, 14, 0),
    ("bid_result", "공고", t_bid_result, 16, 8), ("birth_report", "신고서", t_birth_report, 14, 0),
]
OCR_BASES = [("gm90", 5), ("gm00", 4), ("minwon_reply", 4), ("app_form", 4), ("consent", 3), ("report_form", 4),
             ("visitors", 3), ("ledger", 4), ("contract", 3), ("personnel", 3), ("judgment", 3), ("police", 4),
             ("fire", 3), ("hospital", 4), ("welfare", 4), ("immig", 4), ("fine", 4), ("nhis", 3),
             ("table_noheader", 3), ("discipline", 3), ("biz_report", 3), ("lease", 2), ("foreign_roster", 3),
             ("birth_report", 3), ("bid_result", 2)]
OCR_GENRE = "OCR스캔"
FAIL_REASONS = Counter()


def is_np(rule, i):
    if rule == -1:
        return i % 3 != 2
    return rule > 0 and i % rule == rule - 1


def build_one(tname, fn, i, genre, base_genre, ocr, np):
    last = None
    for k in range(60):
        seed = f"{SEED_PREFIX}|{tname}|{i}" + (f"|retry{k}" if k else "")
        r = random.Random(seed)
        global CUR_LAWS
        CUR_LAWS = TOPIC_LAWS.get(tname[4:] if tname.startswith("ocr_") else tname)
        d = Doc(r, ocr=ocr, wrap=(r.choice([0, 0, 34, 40, 48]) if ocr else 0))
        try:
            fn(d, r, np)
            text = d.text()
            validate(text, d.spans, d.negs, np)
        except Fail as e:
            last = e
            FAIL_REASONS[re.sub(r"'.*", "", str(e))[:40]] += 1
            continue
        return {"text": text, "spans": d.spans, "negs": d.negs, "template": tname, "seed": seed, "genre": genre,
                "base_genre": base_genre, "source": "template", "ocr": ocr, "no_pii": np, "retries": k,
                "text_noise": dict(sorted(d.tnoise.items()))}
    raise SystemExit(f"FATAL: template {tname} record {i} failed 60 drafts: {last}")


def build_templated():
    recs = []
    by_name = {t[0]: t for t in TEMPLATES}
    for tname, genre, fn, cnt, rule in TEMPLATES:
        for i in range(cnt):
            recs.append(build_one(tname, fn, i, genre, genre, False, is_np(rule, i)))
    for base, cnt in OCR_BASES:
        _, genre, fn, _, rule = by_name[base]
        for i in range(cnt):
            recs.append(build_one("ocr_" + base, fn, i, OCR_GENRE, genre, True, is_np(rule, i + 1)))
    return recs


def build_handwritten():
    sys.path.insert(0, HERE)
    import handwritten
    recs, errors, keys = [], [], set()
    for key, genre, raw in handwritten.DOCS:
        if key in keys:
            errors.append(f"{key}: duplicate key")
        keys.add(key)
        base = genre
        ocr = genre.startswith(OCR_GENRE)
        if ocr:
            genre, base = OCR_GENRE, genre.split("/", 1)[1]
        try:
            text, spans, negs = parse_handwritten(raw)
            validate(text, spans, negs, not spans)
        except Fail as e:
            errors.append(f"{key}: {e}")
            continue
        recs.append({"text": text, "spans": spans, "negs": negs, "template": "hw:" + key, "seed": "handwritten:" + key,
                     "genre": genre, "base_genre": base, "source": "handwritten", "ocr": ocr, "no_pii": not spans,
                     "retries": 0, "text_noise": {}})
    if errors:
        print("\n".join(errors), file=sys.stderr)
        raise SystemExit(f"FATAL: {len(errors)} handwritten records fail validation")
    return recs


def write_all(outdir, recs):
    order = list(range(len(recs)))
    random.Random(SEED_PREFIX + "|order").shuffle(order)
    main_lines, meta_lines = [], []
    for n, idx in enumerate(order):
        rec = recs[idx]
        rid = "pii_bb-%04d" % (n + 1)
        main_lines.append(json.dumps({"id": rid, "text": rec["text"],
                                      "spans": [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in rec["spans"]],
                                      "genre": rec["genre"]}, ensure_ascii=False))
        meta_lines.append(json.dumps({"id": rid, "template": rec["template"], "seed": rec["seed"], "source": rec["source"],
                                      "genre": rec["genre"], "base_genre": rec["base_genre"], "ocr": rec["ocr"],
                                      "no_pii": rec["no_pii"], "retries": rec["retries"],
                                      "spans": [{"start": s["start"], "end": s["end"], "type": s["type"], "sub": s["sub"],
                                                 "noise": s["noise"], "format": s["format"], "value": s["value"]} for s in rec["spans"]],
                                      "hard_negatives": [{"start": x["start"], "end": x["end"], "text": x["text"], "category": x["category"]} for x in rec["negs"]],
                                      "text_noise": rec["text_noise"]}, ensure_ascii=False))
    with open(os.path.join(outdir, "pii_bb.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(main_lines) + "\n")
    with open(os.path.join(outdir, "pii_bb.meta.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(meta_lines) + "\n")


def reread_and_check(outdir):
    main = [json.loads(x) for x in open(os.path.join(outdir, "pii_bb.jsonl"), encoding="utf-8")]
    meta = [json.loads(x) for x in open(os.path.join(outdir, "pii_bb.meta.jsonl"), encoding="utf-8")]
    need(len(main) == len(meta), "main/meta length")
    ids = [m["id"] for m in main]
    need(len(set(ids)) == len(ids), "duplicate ids")
    for a, b in zip(main, meta):
        need(a["id"] == b["id"] and a["genre"] == b["genre"], "id/genre alignment")
        need(set(a) == {"id", "text", "spans", "genre"}, "main keys")
        need([(s["start"], s["end"], s["type"]) for s in a["spans"]] == [(s["start"], s["end"], s["type"]) for s in b["spans"]], "span alignment " + a["id"])
        for s in a["spans"]:
            need(type(s["start"]) is int and type(s["end"]) is int and s["type"] in TYPES, "span fields " + a["id"])
        try:
            validate(a["text"], b["spans"], b["hard_negatives"], b["no_pii"])
        except Fail as e:
            raise Fail(f"re-read {a['id']}: {e}")
    return main, meta


def compute_stats(main, meta):
    st = {"records": len(main), "spans": 0, "by_source": Counter(), "by_genre": {}, "by_template": Counter(),
          "by_type": Counter(), "by_subkind": Counter(), "by_noise_tag": Counter(), "by_hard_negative_category": Counter(),
          "hard_negatives_by_genre": Counter(), "text_noise": Counter(), "ocr_records": 0, "no_pii_records": 0,
          "spans_with_noise": 0, "ocr_base_genres": Counter(), "handwritten_by_genre": Counter()}
    for a, m in zip(main, meta):
        g = st["by_genre"].setdefault(a["genre"], {"records": 0, "no_pii": 0, "spans": 0, "hard_negatives": 0})
        g["records"] += 1
        g["no_pii"] += m["no_pii"]
        g["spans"] += len(a["spans"])
        g["hard_negatives"] += len(m["hard_negatives"])
        st["by_source"][m["source"]] += 1
        st["by_template"][m["template"] if m["source"] == "template" else "handwritten"] += 1
        if m["source"] == "handwritten":
            st["handwritten_by_genre"][m["base_genre"] if m["ocr"] else m["genre"]] += 1
        st["ocr_records"] += m["ocr"]
        if m["ocr"]:
            st["ocr_base_genres"][m["base_genre"]] += 1
        st["no_pii_records"] += m["no_pii"]
        for s in m["spans"]:
            st["spans"] += 1
            st["by_type"][s["type"]] += 1
            st["by_subkind"][s["type"] + "/" + s["sub"]] += 1
            for t in s["noise"]:
                st["by_noise_tag"][t] += 1
            st["spans_with_noise"] += bool(s["noise"])
        for x in m["hard_negatives"]:
            st["by_hard_negative_category"][x["category"]] += 1
            st["hard_negatives_by_genre"][a["genre"]] += 1
        for k, v in m["text_noise"].items():
            st["text_noise"][k] += v
    st["noise_share_of_spans"] = round(st["spans_with_noise"] / st["spans"], 4)
    st["no_pii_share_of_records"] = round(st["no_pii_records"] / st["records"], 4)
    st["ocr_share_of_records"] = round(st["ocr_records"] / st["records"], 4)
    st["n_genres"] = len(st["by_genre"])
    st["n_templates"] = len([t for t in st["by_template"] if t != "handwritten" and not t.startswith("ocr_")])
    out = {}
    for k, v in st.items():
        if isinstance(v, Counter):
            v = dict(sorted(v.items(), key=lambda kv: (-kv[1], kv[0])))
        elif k == "by_genre":
            v = dict(sorted(v.items(), key=lambda kv: (-kv[1]["records"], kv[0])))
        out[k] = v
    return out


def coverage_checks(st):
    problems = []
    if st["records"] < 650:
        problems.append("fewer than 650 records")
    for t in TYPES:
        if st["by_type"].get(t, 0) < 100:
            problems.append(f"type {t} has {st['by_type'].get(t, 0)} < 100 spans")
    if st["n_genres"] < 20:
        problems.append("fewer than 20 genres")
    if st["n_templates"] < 35:
        problems.append("fewer than 35 templates")
    if st["noise_share_of_spans"] < 0.08:
        problems.append("noise share below 8%")
    if st["no_pii_share_of_records"] < 0.09:
        problems.append("no-PII share below 9%")
    if st["by_source"].get("handwritten", 0) < 150:
        problems.append("fewer than 150 handwritten records")
    if not 0.10 <= st["ocr_share_of_records"] <= 0.17:
        problems.append("OCR share not about one in eight")
    for g in st["by_genre"]:
        if st["hard_negatives_by_genre"].get(g, 0) == 0:
            problems.append(f"genre {g} has no hard negatives")
    for need_sub in ["KR_RRN/rrn_valid", "KR_RRN/rrn_post2020", "KR_RRN/rrn_masked", "KR_PASSPORT/passport_foreign",
                     "CREDIT_CARD/card_masked", "PERSON/person_kr_2surname", "PERSON/person_kr_1given",
                     "PERSON/person_foreign_latin", "PERSON/person_foreign_hangul", "KR_ADDRESS/addr_jibun",
                     "PHONE_NUMBER/phone_070", "PHONE_NUMBER/phone_fax", "IP_ADDRESS/ip_v6", "KR_DRIVER_LICENSE/dl_name",
                     "KR_DRIVER_LICENSE/dl_plain12", "KR_DRIVER_LICENSE/dl_numeric", "KR_VEHICLE_PLATE/plate_commercial"]:
        if st["by_subkind"].get(need_sub, 0) < 5:
            problems.append(f"sub-kind {need_sub} rare")
    return problems


def md5(path):
    return hashlib.md5(open(path, "rb").read()).hexdigest()


OUTS = ["pii_bb.jsonl", "pii_bb.meta.jsonl", "stats.json"]


def generate(outdir):
    recs = build_templated() + build_handwritten()
    write_all(outdir, recs)
    main, meta = reread_and_check(outdir)
    st = compute_stats(main, meta)
    with open(os.path.join(outdir, "stats.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(st, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return st


def determinism_check():
    ref = {f: md5(os.path.join(HERE, f)) for f in OUTS}
    for hs in ("1", "4242"):
        tmp = os.path.join(HERE, "_det_" + hs)
        if os.path.isdir(tmp):
            shutil.rmtree(tmp)
        os.makedirs(tmp)
        env = dict(os.environ, PYTHONHASHSEED=hs)
        subprocess.run([sys.executable, os.path.abspath(__file__), "--child", tmp], check=True, env=env, cwd=HERE)
        got = {f: md5(os.path.join(tmp, f)) for f in OUTS}
        shutil.rmtree(tmp)
        if got != ref:
            raise SystemExit(f"FATAL: output differs under PYTHONHASHSEED={hs}: {got} vs {ref}")
        print(f"determinism: PYTHONHASHSEED={hs} gives identical md5s")


def print_tables(st):
    print("| genre | records | no PII | spans | hard negatives |\n|---|---|---|---|---|")
    for g, v in st["by_genre"].items():
        print(f"| {g} | {v['records']} | {v['no_pii']} | {v['spans']} | {v['hard_negatives']} |")
    print("\n| type | spans |\n|---|---|")
    for t, v in st["by_type"].items():
        print(f"| {t} | {v} |")
    print("\n| type/sub-kind | spans |\n|---|---|")
    for t, v in sorted(st["by_subkind"].items()):
        print(f"| {t} | {v} |")
    print("\n| noise tag | spans |\n|---|---|")
    for t, v in st["by_noise_tag"].items():
        print(f"| {t} | {v} |")
    print("\n| hard-negative category | count |\n|---|---|")
    for t, v in st["by_hard_negative_category"].items():
        print(f"| {t} | {v} |")
    print("\n| template | records |\n|---|---|")
    for t, v in sorted(st["by_template"].items()):
        print(f"| {t} | {v} |")
    print("\n| handwritten: genre | records |\n|---|---|")
    for t, v in st["handwritten_by_genre"].items():
        print(f"| {t} | {v} |")


def main():
    args = sys.argv[1:]
    if args and args[0] == "--child":
        generate(args[1])
        return
    if args and args[0] == "--check":
        main_, meta = reread_and_check(HERE)
        st = compute_stats(main_, meta)
        print(json.dumps({k: st[k] for k in ("records", "spans", "noise_share_of_spans", "no_pii_share_of_records")}, ensure_ascii=False))
        return
    if args and args[0] == "--tables":
        print_tables(json.load(open(os.path.join(HERE, "stats.json"), encoding="utf-8")))
        return
    st = generate(HERE)
    print("draft failures that were retried:", dict(FAIL_REASONS.most_common(25)))
    probs = coverage_checks(st)
    print(json.dumps({k: st[k] for k in ("records", "spans", "by_source", "noise_share_of_spans", "no_pii_share_of_records",
                                         "ocr_share_of_records", "n_genres", "n_templates", "by_type")}, ensure_ascii=False))
    if probs:
        raise SystemExit("FATAL coverage: " + "; ".join(probs))
    if "--no-det" not in args:
        determinism_check()
    print("OK")


if __name__ == "__main__":
    main()
