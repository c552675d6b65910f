#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""make_set.py -- deterministic generator of the pii_az evaluation set.

Standard library only.  Every random choice for record i of template t comes
from random.Random("pii_az-2026|<t>|<i>") (a suffix "|r<k>" is appended when a
draft fails validation and is retried).  Hand-written records are read from
handwritten.py (literal strings with ⟦TYPE:value⟧ and ⟪category:text⟫ markers).

    python3 make_set.py                 # write files, validate, self-check determinism
    python3 make_set.py --no-selfcheck  # skip the two-PYTHONHASHSEED re-run
    python3 make_set.py --outdir DIR    # write into DIR instead of this directory
"""
import hashlib
import ipaddress
import json
import os
import random
import re
import shutil
import subprocess
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "pii_az-2026"
TODAY = (2026, 12, 6)

TYPES = ["KR_RRN", "KR_FRN", "KR_PASSPORT", "KR_DRIVER_LICENSE", "CREDIT_CARD",
         "KR_BANK_ACCOUNT", "PHONE_NUMBER", "EMAIL_ADDRESS", "KR_ADDRESS",
         "DATE_OF_BIRTH", "KR_HEALTH_INSURANCE", "KR_BRN", "KR_CRN",
         "KR_VEHICLE_PLATE", "IP_ADDRESS", "PERSON"]
CODE = {"RRN": "KR_RRN", "FRN": "KR_FRN", "PP": "KR_PASSPORT", "DL": "KR_DRIVER_LICENSE",
        "CARD": "CREDIT_CARD", "ACCT": "KR_BANK_ACCOUNT", "TEL": "PHONE_NUMBER",
        "MAIL": "EMAIL_ADDRESS", "ADDR": "KR_ADDRESS", "DOB": "DATE_OF_BIRTH",
        "HI": "KR_HEALTH_INSURANCE", "BRN": "KR_BRN", "CRN": "KR_CRN",
        "CAR": "KR_VEHICLE_PLATE", "IP": "IP_ADDRESS", "P": "PERSON"}
OCR_GENRE = "OCR스캔"


class DraftError(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise DraftError(msg)


def wchoice(r, items):
    tot = sum(w for _, w in items)
    x = r.random() * tot
    for it, w in items:
        x -= w
        if x < 0:
            return it
    return items[-1][0]


# ----------------------------------------------------------------- dates
MDAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def dim(y, m):
    if m == 2 and (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)):
        return 29
    return MDAYS[m - 1]


def valid_date(y, m, d):
    return 1 <= m <= 12 and 1 <= d <= dim(y, m)


def rand_date(r, y0, y1, m0=1, m1=12):
    y = r.randint(y0, y1)
    m = r.randint(m0, m1)
    return (y, m, r.randint(1, dim(y, m)))


def date_pair(r, max_days=400):
    a = doc_date(r)
    y, m, d = a
    k = r.randint(5, max_days)
    while k > 0:
        step = min(k, dim(y, m) - d + 1)
        d += step
        k -= step
        if d > dim(y, m):
            d, m = 1, m + 1
            if m > 12:
                y, m = y + 1, 1
    return a, (y, m, d)


def doc_date(r, y0=2023, y1=2026):
    while True:
        dt = rand_date(r, y0, y1)
        if dt <= (2026, 11, 30):
            return dt


def fdate(dt, style="dot"):
    y, m, d = dt
    if style == "dot":
        return f"{y}. {m}. {d}."
    if style == "dotpad":
        return f"{y}.{m:02d}.{d:02d}."
    if style == "kor":
        return f"{y}년 {m}월 {d}일"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "hanja":
        return f"{y}年 {m}月 {d}日"
    raise ValueError(style)


MON = ["", "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MON_EN = ["", "January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

# ----------------------------------------------------------------- names
SUR1W = [(s, 30) for s in "김 이 박".split()] + [(s, 12) for s in "최 정 강 조 윤 장 임".split()] + \
    [(s, 5) for s in "한 오 서 신 권 황 안 송 전 홍 유 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 주 우 구 민 류 나 진 지".split()] + \
    [(s, 2) for s in "엄 채 원 천 방 공 현 함 변 염 여 추 도 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 탁 국 어 은 편 용 예 경 봉".split()]
SUR1 = [s for s, _ in SUR1W]
SUR_VALID = set(SUR1) | set("소 모 단 피 견 판 빈 화 종 계 평 태 시 상 가 간 감 갈 뇌 당 대 두 라 란 랑 려 로 뢰 묵 미 범 복 부 빙 삼 승 아 야 양 애 영 온 요 운 웅 음 이 자 잠 저 점 좌 준 증 초 춘 쾌 판 팽 풍 필 학 해 호 후 흥".split())
SUR2 = ["남궁", "황보", "선우", "제갈", "독고", "사공", "서문", "동방"]
SUR_ROM = dict(zip(
    "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 전 홍 유 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 주 우 구 민 류 나 진 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 탁 국 어 은 편 용 예 경 봉".split(),
    "kim lee park choi jung kang cho yoon jang lim han oh seo shin kwon hwang ahn song jeon hong yoo ko moon yang son bae baek heo nam shim noh ha kwak sung cha joo woo koo min ryu na jin ji eom chae won cheon bang kong hyun ham byun yeom yeo choo do seok sun seol ma gil yeon wi pyo myung ki ban wang keum ok yuk in maeng je tak kook eo eun pyeon yong ye kyung bong".split()))
SUR_ROM.update({"남궁": "namgung", "황보": "hwangbo", "선우": "sunwoo", "제갈": "jegal",
                "독고": "dokgo", "사공": "sagong", "서문": "seomun", "동방": "dongbang"})
GIVEN2 = """민수 지훈 서연 현우 수빈 예은 도윤 하은 지민 준호 은지 성민 혜진 영호 경희 상철 미영 태호 승현 유진
다은 시우 건우 채원 소연 재현 동혁 나연 윤아 현정 진영 성훈 지혜 민지 가영 하준 서윤 예린 주원 태윤 은서 지아
수아 현서 민재 혜원 정민 우진 연우 서진 지율 하린 도현 민준 서준 예준 시윤 지호 준서 은우 유준 수민 지유 채은
윤서 서아 다인 소윤 예나 하윤 지안 승우 지환 현준 태민 성진 병철 광수 옥순 영숙 명숙 정호 재훈 종민 창호 경수
미경 은영 선영 혜숙 용수 기철 재석 동욱 상우 형준 진우 보영 수경 나래 은비 소희 가은 다현 해진 주희 혜린 윤정
세영 민경 아름 인호 영진 미숙 순옥 봉수 덕수 말순""".split()
GIVEN1 = "훈 준 찬 혁 빈 솔 건 율 린 현 석 철 웅 란 숙 옥 결 담 윤 진".split()
SYL_ROM = dict(zip(
    "민 수 지 훈 서 연 현 우 빈 예 은 도 윤 하 준 호 성 혜 진 영 경 희 상 철 미 태 승 유 다 시 건 채 원 소 재 동 혁 나 아 정 가 주 린 율 안 병 광 옥 순 숙 명 종 창 기 석 욱 형 보 래 비 해 세 름 인 봉 덕 말 찬 솔 웅 란 결 담 환 선 용".split(),
    "min su ji hun seo yeon hyeon woo bin ye eun do yun ha jun ho seong hye jin young kyung hee sang cheol mi tae seung yu da si geon chae won so jae dong hyeok na a jeong ga ju rin yul an byeong gwang ok sun suk myeong jong chang gi seok uk hyeong bo rae bi hae se reum in bong deok mal chan sol ung ran gyeol dam hwan seon yong".split()))
for _g in GIVEN2 + GIVEN1:
    for _c in _g:
        assert _c in SYL_ROM, _c
BLACK2 = set("""이상 정원 고수 신고 주민 조사 소장 장관 안전 성공 정보 이사 김치 유지 문서 조정 조준 유린 고별 공란 차별 성별
구별 소란 전결 한결 조건 안건 여건 주석 전철 고철 강철 정숙 하숙 노숙 이율 선율 조율 모란 문란 반란 이란 기린 주빈 국빈
진솔 연결 표결 서린 구린 정담 전담 진담 한담 소담 여담 장담 구현 표현 구석 방석 반석 원석 명석 연석 옥석 제철 백옥 홍옥
공훈 성찬 오찬 정찬 예찬 이윤 선별 이별 석별 도란 나란 조석 주철 선결 노란 유숙 고건 추석 여진 지진 전진 추진 방진 한진
선진 공진 경진 정진 표준 기준 허준 마찬 추린 주린 채석 전란 곽란 기숙 구옥 채결 송진 반찬 한솔 신진 천진 연진 인준
강건 신건 신석 편린 왕진 도진 고현 안진 반진 변란 유란 진진 위진 명란 염란 공석 금석 기석 도석 마석 연혁 신혁 위철 위윤""".split())

PLACEHOLDER_NAMES = {"홍길동", "갑", "을", "병", "정", "무"}


class Person:
    def __init__(self, **kw):
        self.__dict__.update(kw)


FOREIGN = {
    # nat: (latin firsts, latin lasts, hangul firsts, hangul lasts, order, passport pattern)
    "베트남": (["An", "Hoa", "Lan", "Tuan", "Huong", "Nam", "Linh", "Hai", "Dung", "Mai"],
            ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui", "Do", "Ngo"],
            ["안", "호아", "란", "뚜언", "흐엉", "남", "린", "하이", "중", "마이"],
            ["응우옌", "쩐", "레", "팜", "호앙", "부", "당", "부이", "도", "응오"], "lmf", "VN"),
    "중국": (["Wei", "Fang", "Yang", "Lei", "Jun", "Mei", "Ming", "Qiang"],
           ["Wang", "Liu", "Zhao", "Sun", "Zhou", "Huang", "Xu", "Guo"],
           ["웨이", "팡", "양", "레이", "쥔", "메이", "밍", "창"],
           ["왕", "류", "자오", "쑨", "저우", "황", "쉬", "궈"], "lf", "CN"),
    "필리핀": (["Maria", "Jose", "Ana", "Mark", "Grace", "Joy", "Paolo"],
            ["Santos", "Reyes", "Cruz", "Bautista", "Garcia", "Mendoza", "Ramos"],
            ["마리아", "호세", "아나", "마크", "그레이스", "조이", "파올로"],
            ["산토스", "레예스", "크루스", "바우티스타", "가르시아", "멘도사", "라모스"], "fl", "PH"),
    "미국": (["John", "Emily", "Michael", "Sarah", "David", "Laura", "James", "Olivia"],
           ["Miller", "Clark", "Brown", "Johnson", "Wilson", "Taylor", "Moore", "Anderson"],
           ["존", "에밀리", "마이클", "세라", "데이비드", "로라", "제임스", "올리비아"],
           ["밀러", "클라크", "브라운", "존슨", "윌슨", "테일러", "무어", "앤더슨"], "fl", "US"),
    "우즈베키스탄": (["Aziz", "Dilnoza", "Rustam", "Malika", "Jasur"],
               ["Karimov", "Rakhimova", "Yusupov", "Tursunova", "Aliev"],
               ["아지즈", "딜노자", "루스탐", "말리카", "자수르"],
               ["카리모프", "라히모바", "유수포프", "투르수노바", "알리예프"], "fl", "UZ"),
    "태국": (["Somchai", "Suda", "Anan", "Kanya"], ["Srisuk", "Boonmee", "Chaiyaporn", "Wongsa"],
           ["솜차이", "수다", "아난", "깐야"], ["스리숙", "분미", "차이야폰", "웡사"], "fl", "TH"),
    "인도네시아": (["Budi", "Siti", "Agus", "Dewi"], ["Santoso", "Rahayu", "Wijaya", "Lestari"],
              ["부디", "시티", "아구스", "데위"], ["산토소", "라하유", "위자야", "레스타리"], "fl", "ID"),
    "네팔": (["Ram", "Sita", "Bikash", "Anita"], ["Thapa", "Gurung", "Shrestha", "Rai"],
           ["람", "시타", "비카스", "아니타"], ["타파", "구룽", "슈레스타", "라이"], "fl", "NP"),
    "러시아": (["Olga", "Ivan", "Natalia", "Sergei"], ["Petrova", "Ivanov", "Smirnova", "Kuznetsov"],
            ["올가", "이반", "나탈리아", "세르게이"], ["페트로바", "이바노프", "스미르노바", "쿠즈네초프"], "fl", "RU"),
    "일본": (["Yuki", "Haruto", "Aoi", "Sota"], ["Tanaka", "Sato", "Suzuki", "Takahashi"],
           ["유키", "하루토", "아오이", "소타"], ["다나카", "사토", "스즈키", "다카하시"], "lf", "JP"),
    "캄보디아": (["Sokha", "Dara", "Srey", "Vannak"], ["Chan", "Sok", "Heng", "Meas"],
             ["소카", "다라", "스레이", "반낙"], ["찬", "속", "헹", "메아스"], "fl", "KH"),
}
NATS = list(FOREIGN)


def mk_kr(r, kind=None, y0=1948, y1=2004, sex=None, birth=None):
    kind = kind or wchoice(r, [("person_kr", 78), ("person_kr_double_surname", 6),
                               ("person_kr_single_given", 10), ("person_kr_4syl", 6)])
    for _ in range(50):
        if kind == "person_kr":
            sur, given = wchoice(r, SUR1W), r.choice(GIVEN2)
        elif kind == "person_kr_double_surname":
            sur, given = r.choice(SUR2), r.choice(GIVEN1)
        elif kind == "person_kr_single_given":
            sur, given = wchoice(r, SUR1W), r.choice(GIVEN1)
        else:
            sur, given = r.choice(SUR2), r.choice(GIVEN2)
        name = sur + given
        if name not in BLACK2 and name not in PLACEHOLDER_NAMES:
            break
    sex = sex or r.choice("MF")
    birth = birth or rand_date(r, y0, y1)
    return Person(name=name, sur=sur, given=given, kind=kind, sex=sex, birth=birth,
                  rom_sur=SUR_ROM[sur], rom_given="".join(SYL_ROM[c] for c in given),
                  foreign=None)


def mk_baby(r, kind=None):
    """A child born after the October-2020 RRN reform (its RRN has no check digit)."""
    while True:
        b = rand_date(r, 2020, 2026)
        if (2020, 10, 1) <= b <= (2026, 10, 31):
            return mk_kr(r, kind=kind, birth=b)


def mk_foreign(r, nat=None, y0=1965, y1=2003):
    nat = nat or r.choice(NATS)
    lf, ll, hf, hl, order, code = FOREIGN[nat]
    i, j = r.randrange(len(lf)), r.randrange(len(ll))
    if order == "lmf":
        mi = r.choice(["Van", "Thi", "Minh", "Duc", "Thanh"])
        mh = {"Van": "반", "Thi": "티", "Minh": "민", "Duc": "득", "Thanh": "타인"}[mi]
        latin, hangul = f"{ll[j]} {mi} {lf[i]}", f"{hl[j]} {mh} {hf[i]}"
    elif order == "lf":
        latin = f"{ll[j]} {lf[i]}"
        hangul = hl[j] + hf[i] if nat == "중국" else f"{hl[j]} {hf[i]}"
    else:
        latin, hangul = f"{lf[i]} {ll[j]}", f"{hf[i]} {hl[j]}"
    return Person(name=latin, latin=latin, hangul=hangul, kind="person_foreign_latin",
                  sex=r.choice("MF"), birth=rand_date(r, y0, y1), foreign=nat, pcode=code,
                  rom_sur=ll[j].lower(), rom_given=lf[i].lower())


# ----------------------------------------------------------------- checksums
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
    s = sum(int(a) * (1 if k % 2 == 0 else 2) for k, a in enumerate(d12))
    return (10 - s % 10) % 10


def luhn_ok(digits):
    tot = 0
    for k, ch in enumerate(reversed(digits)):
        v = int(ch)
        if k % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def luhn_complete(prefix15):
    for c in "0123456789":
        if luhn_ok(prefix15 + c):
            return prefix15 + c
    raise AssertionError


def digits(r, n):
    return "".join(str(r.randrange(10)) for _ in range(n))


# ----------------------------------------------------------------- value generators
MASKS = [("*", 60), ("●", 15), ("X", 15), ("x", 5), ("○", 5)]


def gen_rrn(r, p, fmt=None):
    y, m, d = p.birth
    post = (y, m, d) >= (2020, 10, 1)
    g = ("1" if p.sex == "M" else "2") if y < 2000 else ("3" if p.sex == "M" else "4")
    front = f"{y % 100:02d}{m:02d}{d:02d}"
    fmt = fmt or wchoice(r, [("dash", 60), ("plain", 8), ("masked", 28), ("space", 4)])
    if fmt == "masked":
        mk = wchoice(r, MASKS)
        return f"{front}-{g}{mk * 6}", "rrn_masked", f"masked_{'star' if mk == '*' else 'sym'}"
    body = g + f"{r.randrange(96):02d}" + digits(r, 3)
    if post:
        c = (rrn_check(front + body) + r.randint(1, 9)) % 10
        kind = "rrn_post2020"
    else:
        c = rrn_check(front + body)
        kind = "rrn_valid"
    sep = {"dash": "-", "plain": "", "space": " "}[fmt]
    return f"{front}{sep}{body}{c}", kind, fmt


def gen_frn(r, p, fmt=None):
    y, m, d = p.birth
    g = ("5" if p.sex == "M" else "6") if y < 2000 else ("7" if p.sex == "M" else "8")
    front = f"{y % 100:02d}{m:02d}{d:02d}"
    fmt = fmt or wchoice(r, [("dash", 72), ("plain", 10), ("masked", 18)])
    if fmt == "masked":
        return f"{front}-{g}******", "frn_masked", "masked_star"
    body = g + f"{r.randrange(0, 50) * 2:02d}" + digits(r, 2) + str(r.randint(6, 9))
    c = frn_check(front + body)
    sep = "-" if fmt == "dash" else ""
    return f"{front}{sep}{body}{c}", "frn_legacy", fmt


def gen_passport(r, p=None, kind=None):
    if p is not None and getattr(p, "foreign", None):
        code = p.pcode
        kind = "passport_foreign"
    else:
        kind = kind or wchoice(r, [("passport_kr_old", 45), ("passport_kr_new", 55)])
        code = "KR"
    if code == "KR":
        pre = wchoice(r, [("M", 80), ("S", 6), ("R", 4), ("G", 6), ("D", 4)])
        if kind == "passport_kr_old":
            return pre + digits(r, 8), kind, "kr_old_A8"
        return pre + digits(r, 3) + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(r, 4), kind, "kr_new_A3A4"
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    pats = {
        "VN": lambda: ("C" + digits(r, 7), "VN_C7"),
        "CN": lambda: r.choice([("E" + digits(r, 8), "CN_E8"), ("E" + r.choice("ABCDEGHJK") + digits(r, 7), "CN_EA7")]),
        "PH": lambda: ("P" + digits(r, 7) + r.choice("ABC"), "PH_P7A"),
        "US": lambda: r.choice([(str(r.randint(5, 6)) + digits(r, 8), "US_9"), ("A" + digits(r, 8), "US_A8")]),
        "JP": lambda: (r.choice(["TK", "TR", "TZ", "MU", "MZ"]) + digits(r, 7), "JP_AA7"),
        "TH": lambda: (r.choice(["AA", "AB", "AC"]) + digits(r, 7), "TH_AA7"),
        "ID": lambda: (r.choice("XBC") + digits(r, 7), "ID_A7"),
        "UZ": lambda: (r.choice(["FA", "AB", "AD"]) + digits(r, 7), "UZ_AA7"),
        "NP": lambda: ("0" + digits(r, 7), "NP_8"),
        "RU": lambda: (f"{r.randint(70, 79)} {digits(r, 7)}", "RU_2_7"),
        "KH": lambda: ("N" + digits(r, 7), "KH_N7"),
    }
    v, f = pats[code]()
    _ = L
    return v, "passport_foreign", f


DL_REGION = {11: "서울", 12: "부산", 13: "경기", 14: "강원", 15: "충북", 16: "충남", 17: "전북",
             18: "전남", 19: "경북", 20: "경남", 21: "제주", 22: "대구", 23: "인천", 24: "광주",
             25: "대전", 26: "울산", 28: "경기"}


def gen_dl(r, fmt=None):
    fmt = fmt or wchoice(r, [("num_dash", 40), ("name_space", 18), ("name_nospace", 12),
                             ("plain12", 18), ("num_space", 6), ("masked", 6)])
    code = r.choice(list(DL_REGION))
    if fmt.startswith("name"):
        code = r.choice([c for c in DL_REGION if c != 28])
        yy = r.choice([r.randint(75, 99), r.randint(0, 13)])
    else:
        yy = r.choice([r.randint(80, 99), r.randint(0, 25)])
    ser, tail = digits(r, 6), str(r.randrange(10)) + str(r.choice([0, 0, 0, 1, 1, 2]))
    if fmt == "num_dash":
        v = f"{code}-{yy:02d}-{ser}-{tail}"
    elif fmt == "name_space":
        v = f"{DL_REGION[code]} {yy:02d}-{ser}-{tail}"
    elif fmt == "name_nospace":
        v = f"{DL_REGION[code]}{yy:02d}-{ser}-{tail}"
    elif fmt == "plain12":
        v = f"{code}{yy:02d}{ser}{tail}"
    elif fmt == "num_space":
        v = f"{code} {yy:02d} {ser} {tail}"
    else:
        v = f"{code}-{yy:02d}-{ser[:2]}****-{tail}"
    return v, ("dl_masked" if fmt == "masked" else ("dl_name" if fmt.startswith("name") else "dl_numeric")), fmt


def gen_card(r, brand=None, fmt=None):
    brand = brand or wchoice(r, [("visa", 30), ("master", 25), ("bc", 20), ("jcb", 10), ("amex", 15)])
    if brand == "visa":
        pre = "4" + digits(r, 5)
    elif brand == "master":
        pre = str(r.randint(51, 55)) + digits(r, 4)
    elif brand == "bc":
        pre = "94" + str(r.randint(10, 99)) + digits(r, 2)
    elif brand == "jcb":
        pre = str(r.randint(3528, 3589)) + digits(r, 2)
    else:
        pre = r.choice(["34", "37"]) + digits(r, 4)
    n = 15 if brand == "amex" else 16
    full = luhn_complete((pre + digits(r, n - 7))[:n - 1]) if n == 16 else None
    if n == 15:
        body = pre + digits(r, 8)
        for c in "0123456789":
            if luhn_ok(body + c):
                full = body + c
                break
    fmt = fmt or wchoice(r, [("dash", 50), ("space", 20), ("plain", 10), ("masked", 20)])
    if n == 16:
        g = [full[0:4], full[4:8], full[8:12], full[12:16]]
        if fmt == "dash":
            v = "-".join(g)
        elif fmt == "space":
            v = " ".join(g)
        elif fmt == "plain":
            v = full
        else:
            style = r.choice(["m6", "m8", "mplain"])
            if style == "m6":
                v = f"{g[0]}-{g[1][:2]}**-****-{g[3]}"
            elif style == "m8":
                v = f"{g[0]}-{g[1]}-****-{g[3]}"
            else:
                v = full[:6] + "******" + full[12:]
            return v, "card_masked", "masked_" + style
    else:
        g = [full[0:4], full[4:10], full[10:15]]
        if fmt == "dash":
            v = "-".join(g)
        elif fmt == "space":
            v = " ".join(g)
        elif fmt == "plain":
            v = full
        else:
            v = f"{g[0]}-{g[1][:2]}****-*{g[2][1:]}"
            return v, "card_masked", "masked_amex"
    return v, "card_" + brand, fmt


BANKS = {
    "KB국민은행": [(6, 2, 6), (3, 2, 4, 3)], "신한은행": [(3, 3, 6), (3, 2, 6)],
    "우리은행": [(4, 3, 6)], "하나은행": [(3, 6, 5)], "NH농협은행": [(3, 4, 4, 2)],
    "지역농협": [(6, 2, 6)], "IBK기업은행": [(3, 6, 2, 3)], "SC제일은행": [(3, 2, 6)],
    "한국씨티은행": [(3, 6, 3)], "카카오뱅크": [(4, 2, 7)], "토스뱅크": [(4, 4, 4)],
    "케이뱅크": [(3, 3, 6)], "우체국": [(6, 2, 6)], "새마을금고": [(4, 4, 4, 1)],
    "신협": [(3, 3, 6)], "수협은행": [(3, 2, 6, 1)], "iM뱅크": [(3, 2, 6, 1)],
    "부산은행": [(3, 4, 4, 2)], "경남은행": [(3, 2, 7)], "광주은행": [(3, 3, 6)],
    "전북은행": [(3, 2, 7)], "제주은행": [(2, 2, 6)],
}
BANK_LEAD = {"카카오뱅크": "3333", "토스뱅크": "1000", "우리은행": "1002", "신한은행": "110",
             "새마을금고": "9003", "케이뱅크": "100", "NH농협은행": "3020"}
BANK_NAMES = list(BANKS)


def gen_acct(r, bank=None, fmt=None):
    bank = bank or r.choice(BANK_NAMES)
    grp = r.choice(BANKS[bank])
    n = sum(grp)
    lead = BANK_LEAD.get(bank, "")
    if bank == "NH농협은행":
        lead = r.choice(["301", "302", "351", "352", "356"])
    if bank == "IBK기업은행":
        pass
    full = (lead + digits(r, n))[:n]
    if bank == "우체국":
        full = full[:6] + r.choice(["01", "02"]) + full[8:]
    if bank == "IBK기업은행":
        full = full[:9] + r.choice(["01", "02", "04"]) + full[11:]
    parts, k = [], 0
    for g in grp:
        parts.append(full[k:k + g])
        k += g
    fmt = fmt or wchoice(r, [("dash", 75), ("plain", 15), ("masked", 10)])
    gname = "-".join(map(str, grp))
    if fmt == "dash":
        v = "-".join(parts)
    elif fmt == "plain":
        v = full
    elif fmt == "space":
        v = " ".join(parts)
    else:
        last = parts[-1]
        keep = max(0, len(last) - 4)
        parts2 = parts[:-1] + [last[:keep] + "*" * (len(last) - keep)]
        v = "-".join(parts2)
        return v, "acct_masked", "masked_" + gname, bank
    return v, "acct_" + gname, fmt, bank


AREAS = ["02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055",
         "061", "062", "063", "064"]
OLD_AREAS = ["0331", "0342", "0343", "0345", "0351", "0361", "0371", "0391", "0417", "0431",
             "0461", "0551", "0561", "0591", "0631", "0652", "0661", "0681", "0692", "0333"]


def gen_phone(r, kind=None, fmt=None, area=None):
    kind = kind or wchoice(r, [("phone_mobile", 60), ("phone_landline", 25), ("phone_070", 8),
                               ("phone_fax", 5), ("phone_050", 2)])
    if kind == "phone_mobile":
        fmt = fmt or wchoice(r, [("dash", 62), ("plain", 8), ("space", 6), ("dot", 5), ("intl", 6),
                                 ("intl_space", 3), ("paren", 3), ("old3", 7)])
        a, b = digits(r, 4), digits(r, 4)
        b0 = str(r.randint(2, 9)) + a[1:]
        if fmt == "dash":
            v = f"010-{b0}-{b}"
        elif fmt == "plain":
            v = f"010{b0}{b}"
        elif fmt == "space":
            v = f"010 {b0} {b}"
        elif fmt == "dot":
            v = f"010.{b0}.{b}"
        elif fmt == "intl":
            v = f"+82-10-{b0}-{b}"
        elif fmt == "intl_space":
            v = f"+82 10 {b0} {b}"
        elif fmt == "paren":
            v = f"(010){b0}-{b}"
        else:
            v = f"{r.choice(['011', '016', '017', '018', '019'])}-{r.randint(200, 999)}-{b}"
        return v, kind, fmt
    if kind == "phone_070":
        fmt = fmt or r.choice(["dash", "dash", "plain"])
        a = str(r.randint(4, 8)) + digits(r, 3)
        b = digits(r, 4)
        return (f"070-{a}-{b}" if fmt == "dash" else f"070{a}{b}"), kind, fmt
    if kind == "phone_050":
        return f"050{r.choice('2457')}-{r.randint(100, 999)}-{digits(r, 4)}", kind, "dash"
    # landline / fax
    fmt = fmt or wchoice(r, [("dash", 75), ("paren", 12), ("paren_nosp", 5), ("plain", 4), ("dot", 4)])
    if fmt == "old90":
        ac = r.choice(OLD_AREAS + ["02", "051", "053", "062", "042"])
        ex = str(r.randint(2, 9)) + digits(r, r.choice([1, 2]) if len(ac) == 4 else 2)
        return f"({ac}) {ex}-{digits(r, 4)}", kind, fmt
    ac = area or r.choice(AREAS)
    ex = str(r.randint(2, 9)) + digits(r, 2 if r.random() < 0.35 else 3)
    b = digits(r, 4)
    if fmt == "dash":
        v = f"{ac}-{ex}-{b}"
    elif fmt == "paren":
        v = f"({ac}) {ex}-{b}"
    elif fmt == "paren_nosp":
        v = f"({ac}){ex}-{b}"
    elif fmt == "plain":
        v = f"{ac}{ex}{b}"
    else:
        v = f"{ac}.{ex}.{b}"
    return v, kind, fmt


WORDS_EN = ["sky", "blue", "sun", "happy", "green", "star", "moon", "river", "tree", "rain",
            "cloud", "dream", "hope", "lucky", "mint", "coco", "jjang", "ddal", "bear", "tiger"]
MAIL_DOM = [("naver.com", 35), ("gmail.com", 20), ("daum.net", 12), ("hanmail.net", 10),
            ("kakao.com", 8), ("nate.com", 7), ("outlook.com", 4), ("yahoo.co.kr", 2), ("icloud.com", 2)]


def gen_email(r, p=None, kind="email_personal", domain=None):
    if p is not None:
        rs, rg = p.rom_sur, p.rom_given
    else:
        rs, rg = r.choice(list(SUR_ROM.values())), r.choice(list(SYL_ROM.values())) + r.choice(list(SYL_ROM.values()))
    style = r.randrange(6)
    if style == 0:
        loc = f"{rg}{rs}{r.randint(1, 99)}"
    elif style == 1:
        loc = f"{rs}.{rg}"
    elif style == 2:
        loc = f"{r.choice(WORDS_EN)}{rs}{r.randint(10, 9999)}"
    elif style == 3:
        loc = f"{rs}{rg[:1]}{p.birth[0] % 100:02d}" if p is not None else f"{rs}{rg}{r.randint(60, 99)}"
    elif style == 4:
        loc = f"{rg}_{rs}"
    else:
        loc = f"{rs}{rg}"
    if kind == "email_official":
        loc = f"{rs}{rg[:2]}{r.randint(1, 99)}" if r.random() < 0.5 else f"{rg}{r.randint(1, 999)}"
    dom = domain or wchoice(r, MAIL_DOM)
    return f"{loc}@{dom}", kind, dom.split(".", 1)[-1] if kind != "email_personal" else dom


SIDO = [
    ("서울특별시", "서울", ["마포구", "강남구", "노원구", "관악구", "은평구", "성북구", "송파구", "강서구", "중랑구", "동작구"]),
    ("부산광역시", "부산", ["해운대구", "사하구", "부산진구", "금정구", "수영구"]),
    ("대구광역시", "대구", ["수성구", "달서구", "북구"]),
    ("인천광역시", "인천", ["연수구", "부평구", "남동구", "계양구"]),
    ("광주광역시", "광주", ["북구", "광산구", "서구"]),
    ("대전광역시", "대전", ["유성구", "서구", "대덕구"]),
    ("울산광역시", "울산", ["남구", "울주군", "중구"]),
    ("세종특별자치시", "세종", [""]),
    ("경기도", "경기", ["수원시 팔달구", "성남시 분당구", "고양시 일산동구", "용인시 수지구", "화성시", "파주시",
                    "남양주시", "안산시 단원구", "평택시", "의정부시", "김포시", "이천시"]),
    ("강원특별자치도", "강원", ["춘천시", "원주시", "강릉시", "홍천군"]),
    ("충청북도", "충북", ["청주시 상당구", "충주시", "옥천군"]),
    ("충청남도", "충남", ["천안시 동남구", "공주시", "홍성군", "아산시"]),
    ("전북특별자치도", "전북", ["전주시 완산구", "군산시", "남원시"]),
    ("전라남도", "전남", ["목포시", "순천시", "나주시", "해남군"]),
    ("경상북도", "경북", ["포항시 북구", "경주시", "안동시", "의성군"]),
    ("경상남도", "경남", ["창원시 성산구", "진주시", "김해시", "거창군"]),
    ("제주특별자치도", "제주", ["제주시", "서귀포시"]),
]
SIDO_NAMES = set()
for _f, _s, _l in SIDO:
    SIDO_NAMES.add(_f)
    SIDO_NAMES.add(_s)
SIGUNGU_FIRST = set()
for _f, _s, _l in SIDO:
    for _x in _l:
        if _x:
            SIGUNGU_FIRST.add(_x.split()[0])
ROADS = ["한빛로", "새말로", "푸른숲길", "은행나무로", "가람로", "누리로", "햇살길", "솔밭로", "버들길", "미리내로",
         "청송로", "다솜길", "느티로", "모래내로", "꽃뫼길", "달맞이로", "별빛로", "들꽃길", "바람개비로", "샘골로",
         "참나무길", "돌다리로", "물푸레로", "매봉로", "구름다리길"]
DONGS = ["신월동", "가람동", "송정동", "대평동", "월평동", "하안동", "중앙동", "신흥동", "봉명동", "내동",
         "상리동", "도담동", "금곡동", "호계동", "장안동"]
EUP = [("홍북읍", "신경리"), ("금천면", "원곡리"), ("남면", "평촌리"), ("북면", "상동리"), ("서면", "월산리"),
       ("동면", "가곡리"), ("옥산면", "오산리")]
APTS = ["한빛아파트", "푸른마을아파트", "새솔빌라", "누리하이츠", "은하맨션", "햇살타운", "가람마을 3단지",
        "느티나무아파트", "별빛빌라", "솔숲아파트"]


def _unit(r, road=True):
    u = wchoice(r, [("apt", 40), ("floor", 20), ("ho", 12), ("none", 28)])
    if u == "apt":
        return (", " if road else " ") + f"{r.randint(101, 125)}동 {r.randint(1, 25)}{r.randint(1, 4):02d}호"
    if u == "floor":
        f = r.randint(1, 9)
        return (", " if road else " ") + (f"{f}층 {f}{r.randint(1, 12):02d}호" if r.random() < 0.6 else f"{f}층")
    if u == "ho":
        return (", " if road else " ") + f"{r.randint(1, 5)}{r.randint(1, 9):02d}호"
    return ""


OLD_SIDO = {"강원특별자치도": "강원도", "전북특별자치도": "전라북도", "제주특별자치도": "제주도"}


def gen_addr(r, fmt=None, sido_idx=None, old=False):
    """Returns (value, kind, fmt, extra) with extra = {postal, ref}."""
    fmt = fmt or wchoice(r, [("road_full", 40), ("road_short", 15), ("road_sigungu", 12),
                             ("jibun_full", 18), ("jibun_ri", 7), ("jibun_old", 8)])
    pool = [(SIDO[0], 25), (SIDO[8], 25)] + [(x, 4) for x in SIDO[1:8] + SIDO[9:]]
    if fmt == "jibun_ri":
        pool = [(x, w) for x, w in pool if any(y.endswith("군") or (y.endswith("시") and " " not in y) for y in x[2])]
    if old:
        pool = [(x, w) for x, w in pool if x[0] != "세종특별자치시"]
    sf, ss, lst = SIDO[sido_idx] if sido_idx is not None else wchoice(r, pool)
    if old:
        sf = OLD_SIDO.get(sf, sf)
    sgg = r.choice(lst)
    if fmt == "jibun_ri":
        cands = [x for x in lst if x.endswith("군") or (x.endswith("시") and " " not in x)]
        sgg = r.choice(cands) if cands else lst[0]
    if sf == "세종특별자치시" and fmt == "road_sigungu":
        fmt = "road_full"
    head = {"road_full": sf, "road_short": ss, "road_sigungu": "", "jibun_full": sf,
            "jibun_ri": sf, "jibun_old": sf}[fmt]
    if fmt == "road_sigungu" or not sgg:
        loc = " ".join(x for x in [head, sgg] if x)
    else:
        loc = f"{head} {sgg}" if sgg else head
    postal = f"{r.randint(1, 63):02d}{digits(r, 3)}"
    dong = r.choice(DONGS)
    ref = ""
    if fmt.startswith("road"):
        road = r.choice(ROADS)
        if r.random() < 0.3:
            road += f"{r.randint(1, 99)}번길"
        bno = str(r.randint(1, 350)) + (f"-{r.randint(1, 30)}" if r.random() < 0.2 else "")
        unit = _unit(r)
        v = f"{loc} {road} {bno}{unit}".strip()
        if "동 " in unit and r.random() < 0.8:
            ref = f"({dong}, {r.choice(APTS).split()[0]})"
        elif r.random() < 0.5:
            ref = f"({dong})"
        kind = "addr_road"
    elif fmt == "jibun_ri":
        e, ri = r.choice(EUP)
        lot = (f"산 {r.randint(1, 120)}" if r.random() < 0.2 else str(r.randint(1, 999))) + \
            (f"-{r.randint(1, 20)}" if r.random() < 0.5 else "")
        v = f"{loc} {e} {ri} {lot}"
        kind = "addr_jibun"
    elif fmt == "jibun_old":
        v = f"{loc} {dong} {r.randint(1, 999)}번지" + (f" {r.randint(1, 30)}호" if r.random() < 0.5 else "")
        kind = "addr_jibun"
    else:
        lot = f"{r.randint(1, 1999)}" + (f"-{r.randint(1, 40)}" if r.random() < 0.6 else "")
        if r.random() < 0.55:
            unit = f" {r.choice(APTS)} {r.randint(101, 125)}동 {r.randint(1, 25)}{r.randint(1, 4):02d}호"
        else:
            unit = _unit(r, road=False)
        v = f"{loc} {dong} {lot}{unit}"
        kind = "addr_jibun"
    v = re.sub(r"\s+", " ", v).strip()
    return v, kind, fmt, {"postal": postal, "ref": ref}


def fmt_dob(dt, fmt):
    y, m, d = dt
    return {
        "dot_sp": f"{y}. {m}. {d}.", "dot_pad": f"{y}.{m:02d}.{d:02d}.", "dot_pad_noend": f"{y}.{m:02d}.{d:02d}",
        "kor": f"{y}년 {m}월 {d}일", "kor_pad": f"{y}년 {m:02d}월 {d:02d}일", "iso": f"{y}-{m:02d}-{d:02d}",
        "slash": f"{y}/{m:02d}/{d:02d}", "yy_dot": f"{y % 100:02d}.{m:02d}.{d:02d}", "yymmdd": f"{y % 100:02d}{m:02d}{d:02d}",
        "yyyymmdd": f"{y}{m:02d}{d:02d}", "kor_yy": f"{y % 100:02d}년 {m}월 {d}일", "dot_nosp": f"{y}.{m}.{d}.",
        "eng": f"{d:02d} {MON[m]} {y}", "eng_us": f"{MON_EN[m]} {d}, {y}", "hanja": f"{y}年 {m}月 {d}日",
    }[fmt]


DOB_FMTS = [("dot_sp", 22), ("dot_pad", 14), ("dot_pad_noend", 6), ("kor", 18), ("kor_pad", 3), ("iso", 12),
            ("slash", 3), ("yy_dot", 6), ("yymmdd", 6), ("yyyymmdd", 4), ("kor_yy", 2), ("dot_nosp", 4)]


def gen_dob(r, p, fmt=None):
    fmt = fmt or wchoice(r, DOB_FMTS)
    return fmt_dob(p.birth, fmt), "dob_" + fmt, fmt


def gen_hi(r):
    return str(r.randint(1, 7)) + digits(r, 10), "hi_11", "plain11"


BRN_KINDS = {"brn_individual": lambda r: f"{r.randint(1, 79):02d}", "brn_corp": lambda r: r.choice(["81", "86", "87", "88"]),
             "brn_branch": lambda r: "85", "brn_exempt": lambda r: str(r.randint(90, 99)),
             "brn_nonprofit": lambda r: "82", "brn_institution": lambda r: "83"}


def gen_brn(r, kind=None, fmt=None):
    kind = kind or wchoice(r, [("brn_individual", 45), ("brn_corp", 40), ("brn_branch", 5), ("brn_exempt", 10)])
    d9 = str(r.randint(101, 899)) + BRN_KINDS[kind](r) + digits(r, 4)
    full = d9 + str(brn_check(d9))
    fmt = fmt or wchoice(r, [("dash", 85), ("plain", 15)])
    v = f"{full[:3]}-{full[3:5]}-{full[5:]}" if fmt == "dash" else full
    return v, kind, fmt


CRN_OFFICES = ["1101", "1144", "1201", "1244", "1301", "1311", "1345", "1358", "1401", "1501", "1542",
               "1601", "1701", "1760", "1801", "1901", "2001", "2042", "2201", "2301", "2401", "2501",
               "2601", "2801", "1111", "1146", "1271", "1958"]


def gen_crn(r, fmt=None, ctype=None):
    ctype = ctype or wchoice(r, [("11", 80), ("14", 10), ("13", 3), ("12", 2), ("15", 5)])
    d12 = r.choice(CRN_OFFICES) + ctype + "0" + digits(r, 5)
    full = d12 + str(crn_check(d12))
    fmt = fmt or wchoice(r, [("dash", 88), ("plain", 12)])
    return (f"{full[:6]}-{full[6:]}" if fmt == "dash" else full), "crn_" + ctype, fmt


PLATE_H = list("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주")
PLATE_REG = ["서울", "부산", "대구", "인천", "광주", "대전", "울산", "경기", "강원", "충북", "충남",
             "전북", "전남", "경북", "경남", "제주", "세종"]


def gen_plate(r, fmt=None):
    fmt = fmt or wchoice(r, [("p2", 25), ("p3", 30), ("region", 12), ("commercial", 10), ("nospace", 10),
                             ("region_nospace", 3), ("rental", 6), ("delivery", 4)])
    h = r.choice(PLATE_H)
    n4 = f"{r.randint(1, 9999):04d}"
    if fmt == "p2":
        v = f"{r.randint(10, 99)}{h} {n4}"
    elif fmt == "p3":
        v = f"{r.randint(100, 699)}{h} {n4}"
    elif fmt == "region":
        v = f"{r.choice(PLATE_REG)} {r.randint(10, 99)}{h} {n4}"
    elif fmt == "commercial":
        v = f"{r.choice(PLATE_REG)} {r.randint(70, 99)}{r.choice('바사아자')} {n4}"
    elif fmt == "nospace":
        v = f"{r.choice([str(r.randint(10, 99)), str(r.randint(100, 699))])}{h}{n4}"
    elif fmt == "region_nospace":
        v = f"{r.choice(PLATE_REG)}{r.randint(10, 99)}{h}{n4}"
    elif fmt == "rental":
        v = f"{r.choice([str(r.randint(10, 99)), str(r.randint(100, 699))])}{r.choice('하허호')} {n4}"
    else:
        v = f"{r.randint(80, 99)}배 {n4}"
    kind = {"commercial": "plate_commercial", "rental": "plate_rental", "delivery": "plate_delivery"}.get(fmt, "plate_private")
    return v, kind, fmt


def gen_ip(r, kind=None):
    kind = kind or wchoice(r, [("ipv4_public", 60), ("ipv4_private", 32), ("ipv6", 8)])
    if kind == "ipv4_private":
        v = r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                      f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                      f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"])
    elif kind == "ipv4_public":
        while True:
            a = r.randint(1, 223)
            if a not in (10, 127, 172, 192, 169, 100):
                break
        v = f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    else:
        g = [f"{r.randint(0, 0xffff):x}" for _ in range(4)]
        v = r.choice([f"2001:{g[0]}:{g[1]}::{g[2]}:{g[3]}", f"fe80::{g[0]}:{g[1]}:{g[2]}:{g[3]}",
                      f"2406:{g[0]}:{g[1]}:{g[2]}::{g[3]}"])
    return v, kind, kind


# ----------------------------------------------------------------- canonical forms and validators
CONF = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"})
HYPHENS = "-‐‑‒–—―－"
MASK_CHARS = "*●Xx○"


def nfkc(s):
    return unicodedata.normalize("NFKC", s)


def canon_num(v, keep=""):
    s = nfkc(v).translate(CONF)
    return "".join(ch for ch in s if ch.isdigit() or ch in keep)


def norm_ws(v):
    return re.sub(r"\s+", "", nfkc(v))


def chk_date6(s6, century):
    y, m, d = century + int(s6[:2]), int(s6[2:4]), int(s6[4:6])
    return valid_date(y, m, d) and (y, m, d) <= TODAY, (y, m, d)


def v_rrn(v, kind):
    c = canon_num(v, MASK_CHARS)
    if kind == "rrn_masked":
        need(re.fullmatch(r"\d{6}[1-4][*●Xx○]{6}", c), f"masked RRN shape {v!r}")
        ok, _ = chk_date6(c[:6], 1900 if c[6] in "12" else 2000)
        need(ok, f"masked RRN date {v!r}")
        return
    need(re.fullmatch(r"\d{13}", c), f"RRN shape {v!r}")
    g = c[6]
    need(g in "1234", f"RRN gender {v!r}")
    ok, dt = chk_date6(c[:6], 1900 if g in "12" else 2000)
    need(ok, f"RRN date {v!r}")
    good = rrn_check(c[:12]) == int(c[12])
    if kind == "rrn_post2020":
        need(dt >= (2020, 10, 1) and not good, f"post-2020 RRN must be >=2020-10 and checksum-invalid {v!r}")
    else:
        need(kind == "rrn_valid" and dt < (2020, 10, 1) and good, f"RRN checksum {v!r}")


def v_frn(v, kind):
    c = canon_num(v, MASK_CHARS)
    if kind == "frn_masked":
        need(re.fullmatch(r"\d{6}[5-8][*●Xx○]{6}", c), f"masked FRN {v!r}")
        ok, _ = chk_date6(c[:6], 1900 if c[6] in "56" else 2000)
        need(ok, f"masked FRN date {v!r}")
        return
    need(re.fullmatch(r"\d{13}", c) and c[6] in "5678", f"FRN shape {v!r}")
    ok, _ = chk_date6(c[:6], 1900 if c[6] in "56" else 2000)
    need(ok, f"FRN date {v!r}")
    need(frn_check(c[:12]) == int(c[12]), f"FRN legacy check {v!r}")


def v_passport(v, kind):
    s = norm_ws(v)
    if kind == "passport_kr_old":
        need(re.fullmatch(r"[MSRGD]\d{8}", s), f"KR passport old {v!r}")
    elif kind == "passport_kr_new":
        need(re.fullmatch(r"[MSRGD]\d{3}[A-Z]\d{4}", s), f"KR passport new {v!r}")
    else:
        need(re.fullmatch(r"[A-Z]{1,2}\d{7,8}|\d{8,9}|[A-Z]\d{7}[A-Z]", s), f"foreign passport {v!r}")


def v_dl(v, kind):
    s = nfkc(v).translate(CONF)
    m = re.match(r"([가-힣]{2})\s*", s)
    rest = s[m.end():] if m else s
    if m:
        need(m.group(1) in DL_REGION.values(), f"DL region {v!r}")
    c = "".join(ch for ch in rest if ch.isdigit() or ch == "*")
    if kind == "dl_masked":
        need(re.fullmatch(r"\d{2}\d{2}\d{2}\*{4}\d{2}", c) or re.fullmatch(r"\d{2}\d{2}\*{6}\d{2}", c), f"DL masked {v!r}")
        return
    if m:
        need(re.fullmatch(r"\d{10}", c), f"DL (name) digits {v!r}")
    else:
        need(re.fullmatch(r"\d{12}", c) and int(c[:2]) in DL_REGION, f"DL numeric {v!r}")


def v_card(v, kind):
    c = canon_num(v, "*")
    if kind == "card_masked":
        need(re.fullmatch(r"\d{6}[\d*]{5,6}\**\d{4}|\d{4}\d{2}\*{5}\d{4}", c) and "*" in c and len(c) in (15, 16),
             f"masked card {v!r}")
        return
    need(re.fullmatch(r"\d{15,16}", c), f"card digits {v!r}")
    need(luhn_ok(c), f"card Luhn {v!r}")
    if len(c) == 15:
        need(c[:2] in ("34", "37"), f"amex prefix {v!r}")


def v_acct(v, kind):
    c = canon_num(v, "*")
    need(10 <= len(c) <= 14 and re.fullmatch(r"\d+\**", c), f"account {v!r}")
    if kind != "acct_masked" and kind.startswith("acct_") and re.fullmatch(r"acct_[\d-]+", kind):
        grp = [int(x) for x in kind[5:].split("-")]
        need(sum(grp) == len(c), f"account grouping {v!r} {kind}")


def v_phone(v, kind):
    s = norm_ws(v).translate(CONF)
    c = "".join(ch for ch in s if ch.isdigit())
    if s.startswith("+82"):
        c = "0" + c[2:]
    if kind == "phone_mobile":
        need(re.fullmatch(r"010[2-9]\d{7}|01[16789][2-9]\d{6}", c), f"mobile {v!r}")
    elif kind == "phone_070":
        need(re.fullmatch(r"070[2-9]\d{7}", c), f"070 {v!r}")
    elif kind == "phone_050":
        need(re.fullmatch(r"050\d\d{7,8}", c), f"050 {v!r}")
    else:
        ok = re.fullmatch(r"02[2-9]\d{6,7}", c) or re.fullmatch(r"0[3-6][1-5][2-9]\d{6,7}", c) or \
            any(c.startswith(a) and 5 <= len(c) - len(a) <= 8 for a in OLD_AREAS)
        need(ok, f"landline {v!r}")


def v_email(v, kind):
    s = norm_ws(v)
    need(re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", s), f"email {v!r}")


ADDR_HEADS = tuple(SIDO_NAMES) + tuple(SIGUNGU_FIRST) + ("강원도", "전라북도", "제주도", "경기", "강원")


def v_addr(v, kind):
    s = re.sub(r"\s+", " ", nfkc(v))
    need(s.startswith(ADDR_HEADS) or re.match(r"[가-힣]{1,4}(시|군|구) ", s), f"address head {v!r}")
    need(re.search(r"\d", s), f"address without number {v!r}")
    need(not re.search(r"^\(|\)$", s), f"address with bracket edge {v!r}")


def parse_dob(v):
    s0 = re.sub(r"\s+", " ", nfkc(v)).strip()
    m = re.fullmatch(r"([\dOlISB]{1,2}) ([A-Z]{3}) ([\dOlISB]{4})", s0)
    if m and m.group(2) in MON:
        return int(m.group(3).translate(CONF)), MON.index(m.group(2)), int(m.group(1).translate(CONF))
    m = re.fullmatch(r"([A-Z][a-z]+) ([\dOlISB]{1,2}), ([\dOlISB]{4})", s0)
    if m and m.group(1) in MON_EN:
        return int(m.group(3).translate(CONF)), MON_EN.index(m.group(1)), int(m.group(2).translate(CONF))
    s = s0.translate(CONF)
    m = re.fullmatch(r"(\d{1,2}) ([A-Z]{3}) (\d{4})", s)
    if m and m.group(2) in MON:
        return int(m.group(3)), MON.index(m.group(2)), int(m.group(1))
    m = re.fullmatch(r"([A-Z][a-z]+) (\d{1,2}), (\d{4})", s)
    if m and m.group(1) in MON_EN:
        return int(m.group(3)), MON_EN.index(m.group(1)), int(m.group(2))
    nums = re.findall(r"\d+", s)
    if len(nums) == 1 and len(nums[0]) == 8:
        n = nums[0]
        return int(n[:4]), int(n[4:6]), int(n[6:])
    if len(nums) == 1 and len(nums[0]) == 6:
        n = nums[0]
        y = int(n[:2])
        return (1900 + y if y > 26 else 2000 + y), int(n[2:4]), int(n[4:])
    if len(nums) == 3:
        y = int(nums[0])
        if len(nums[0]) == 2:
            y = 1900 + y if y > 26 else 2000 + y
        return y, int(nums[1]), int(nums[2])
    return None


def v_dob(v, kind):
    dt = parse_dob(v)
    need(dt is not None and valid_date(*dt) and (1900, 1, 1) <= dt <= TODAY, f"DOB {v!r}")


def v_hi(v, kind):
    c = canon_num(v)
    need(re.fullmatch(r"[1-9]\d{10}", c), f"health insurance {v!r}")


def v_brn(v, kind):
    c = canon_num(v)
    need(re.fullmatch(r"\d{10}", c), f"BRN shape {v!r}")
    need(brn_check(c[:9]) == int(c[9]), f"BRN check {v!r}")
    need(c[3:5] != "83", f"institution BRN labelled {v!r}")


def v_crn(v, kind):
    c = canon_num(v)
    need(re.fullmatch(r"\d{13}", c), f"CRN shape {v!r}")
    need(crn_check(c[:12]) == int(c[12]), f"CRN check {v!r}")


def v_plate(v, kind):
    s = re.sub(r"\s+", "", nfkc(v).translate(CONF))
    m = re.fullmatch(r"([가-힣]{2})?(\d{2,3})([가-힣])(\d{4})", s)
    need(m, f"plate {v!r}")
    if m.group(1):
        need(m.group(1) in PLATE_REG, f"plate region {v!r}")


def v_ip(v, kind):
    s = norm_ws(v).translate(CONF)
    try:
        ip = ipaddress.ip_address(s)
    except ValueError:
        raise DraftError(f"IP {v!r}")
    need((ip.version == 6) == (kind == "ipv6"), f"IP kind {v!r}")


TITLE_WORDS = ["주무관", "사무관", "서기관", "과장", "팀장", "국장", "위원", "장관", "씨", "님", "귀하", "선생", "교수",
               "대표", "원장", "의원", "기자", "판사", "검사", "변호사", "계장", "반장", "차관", "청장", "성명", ":"]


def v_person(v, kind):
    s = re.sub(r"\s+", " ", v)
    need(not re.search(r"[\d○*@:()]", s), f"person has digits/marks {v!r}")
    need(s not in PLACEHOLDER_NAMES and s.replace(" ", "") not in PLACEHOLDER_NAMES, f"placeholder labelled {v!r}")
    if kind.startswith("person_kr") and kind != "person_kr_latin":
        t = s.replace(" ", "")
        need(re.fullmatch(r"[가-힣]{2,4}", t), f"Korean name shape {v!r}")
        need(t[:2] in SUR2 or t[0] in SUR_VALID, f"Korean name surname {v!r}")
        for w in TITLE_WORDS:
            need(not (len(t) > 2 and t.endswith(w) and len(w) >= 2), f"name with title {v!r}")
    elif kind in ("person_foreign_latin", "person_kr_latin"):
        need(re.fullmatch(r"[A-Za-z][A-Za-z .'\-]*[A-Za-z.]", s), f"latin name {v!r}")
    elif kind == "person_foreign_hangul":
        need(re.fullmatch(r"[가-힣][가-힣 ]*[가-힣]", s), f"hangul foreign name {v!r}")
    else:
        raise DraftError(f"person kind {kind}")


VALIDATORS = {"KR_RRN": v_rrn, "KR_FRN": v_frn, "KR_PASSPORT": v_passport, "KR_DRIVER_LICENSE": v_dl,
              "CREDIT_CARD": v_card, "KR_BANK_ACCOUNT": v_acct, "PHONE_NUMBER": v_phone,
              "EMAIL_ADDRESS": v_email, "KR_ADDRESS": v_addr, "DATE_OF_BIRTH": v_dob,
              "KR_HEALTH_INSURANCE": v_hi, "KR_BRN": v_brn, "KR_CRN": v_crn,
              "KR_VEHICLE_PLATE": v_plate, "IP_ADDRESS": v_ip, "PERSON": v_person}

# ----------------------------------------------------------------- noise
FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789"}
NUMERIC = {"KR_RRN", "KR_FRN", "KR_DRIVER_LICENSE", "CREDIT_CARD", "KR_BANK_ACCOUNT", "PHONE_NUMBER",
           "KR_HEALTH_INSURANCE", "KR_BRN", "KR_CRN"}


def nz_fullwidth(v, r):
    if r.random() < 0.7:
        return "".join(FW.get(c, c) for c in v)
    return "".join(FW[c] if c in FW and r.random() < 0.5 else c for c in v)


def nz_hyphen(v, r):
    h = r.choice(["‐", "－", "–", "‒"])
    return v.replace("-", h)


def _inner_positions(v, pred):
    return [k for k in range(1, len(v)) if pred(v[k - 1], v[k])]


def nz_space(v, r):
    ks = _inner_positions(v, lambda a, b: (a.isdigit() and b.isdigit()) or (a in "-.@" and b.isdigit()) or (a.isdigit() and b in "-."))
    if not ks:
        return v
    k = r.choice(ks)
    return v[:k] + " " + v[k:]


def nz_newline(v, r):
    hs = [k for k, c in enumerate(v) if c == "-" and 0 < k < len(v) - 1]
    if hs and r.random() < 0.7:
        k = r.choice(hs) + 1
        return v[:k] + "\n" + v[k:]
    ks = _inner_positions(v, lambda a, b: a.isdigit() and b.isdigit())
    if not ks:
        return v
    k = r.choice(ks)
    return v[:k] + "\n" + v[k:]


CONF_OUT = {"0": ["O", "O", "o"], "1": ["l", "I"], "5": ["S"], "8": ["B"]}


def nz_confusable(v, r):
    ks = [k for k, c in enumerate(v) if c in CONF_OUT]
    if not ks:
        return v
    out = list(v)
    for k in r.sample(ks, min(len(ks), r.choice([1, 1, 2]))):
        out[k] = r.choice(CONF_OUT[out[k]])
    return "".join(out)


def nz_spaced(v, r):
    if " " in v or not re.fullmatch(r"[가-힣]{2,4}", v):
        return v
    return " ".join(v)


def nz_wrap(v, r):
    ks = [k for k, c in enumerate(v) if c == " " and 0 < k < len(v) - 1]
    if "@" in v and not ks:
        k = v.index("@") + 1 if r.random() < 0.5 else v.rindex(".")
        return v[:k] + "\n" + v[k:]
    if not ks:
        return v
    k = r.choice(ks)
    return v[:k] + "\n" + v[k + 1:]


def nz_space_sep(v, r):
    ks = _inner_positions(v, lambda a, b: (a in ".-/" and b.isdigit()) or (a.isdigit() and b in ".-/"))
    if not ks:
        return v
    k = r.choice(ks)
    return v[:k] + " " + v[k:]


def nz_lost_bracket(v, r):
    return v.replace("(", "", 1) if "(" in v else v


NOISE_FN = {"fullwidth_digits": nz_fullwidth, "unicode_hyphen": nz_hyphen, "space_in_number": nz_space,
            "newline_in_number": nz_newline, "ocr_confusable": nz_confusable, "spaced_name": nz_spaced,
            "wrapped": nz_wrap, "lost_bracket": nz_lost_bracket}


def noise_options(typ, v, kind, ocr):
    o = []
    if typ in NUMERIC or typ in ("DATE_OF_BIRTH", "KR_VEHICLE_PLATE", "IP_ADDRESS"):
        if re.search(r"\d", v):
            o += ["fullwidth_digits"]
            if ocr:
                o += ["ocr_confusable", "ocr_confusable", "space_in_number"]
        if "-" in v:
            o += ["unicode_hyphen"]
        if typ in NUMERIC and len(v) >= 8:
            o += ["newline_in_number"]
        if ocr and typ == "PHONE_NUMBER" and v.startswith("("):
            o += ["lost_bracket"]
    elif typ == "KR_PASSPORT":
        o += ["fullwidth_digits"] + (["space_in_number"] if ocr else [])
    elif typ == "KR_ADDRESS":
        o += ["wrapped", "wrapped", "fullwidth_digits"]
    elif typ == "EMAIL_ADDRESS":
        o += ["wrapped"]
    elif typ == "PERSON":
        if re.fullmatch(r"[가-힣]{2,4}", v):
            o += ["spaced_name"]
        elif " " in v:
            o += ["wrapped"]
    return o


# ----------------------------------------------------------------- document builder
class Doc:
    def __init__(self, r, ocr=False, no_pii=False, noise_rate=0.045):
        self.r, self.ocr, self.no_pii = r, ocr, no_pii
        self.noise_rate = 0.55 if ocr else noise_rate
        self.parts = []
        self.rec_noise = set()
        self.base_genre = None

    # plain text
    def t(self, *ss):
        for s in ss:
            if s:
                self.parts.append(("t", s, None))
        return self

    # hard negative
    def n(self, text, cat):
        need(text == text.strip() and text, f"hard negative edge {text!r}")
        self.parts.append(("n", text, cat))
        return self

    # gold span; noise=None -> random by rate, () -> none, [tags] -> forced
    def s(self, typ, trip, noise=None):
        if self.no_pii:
            raise DraftError(f"PII {typ} in a planned no-PII record")
        v, kind, fmt = trip[0], trip[1], trip[2]
        tags = []
        if noise is None:
            if self.r.random() < self.noise_rate:
                opts = noise_options(typ, v, kind, self.ocr)
                if opts:
                    tags = [self.r.choice(opts)]
                    if self.ocr and self.r.random() < 0.2:
                        t2 = self.r.choice(opts)
                        if t2 not in tags:
                            tags.append(t2)
        else:
            tags = list(noise)
        applied = []
        for tg in tags:
            fn = nz_space_sep if (tg == "space_in_number" and typ == "DATE_OF_BIRTH") else NOISE_FN[tg]
            nv = fn(v, self.r)
            if nv != v:
                v = nv
                applied.append(tg)
        self.parts.append(("p", v, {"type": typ, "kind": kind, "format": fmt, "noise": applied}))
        return self

    # convenience wrappers returning self
    def per(self, p, form="name", noise=None):
        if form == "name":
            v, kind = p.name, p.kind
        elif form == "latin":
            v, kind = p.latin, "person_foreign_latin"
        elif form == "hangul":
            v, kind = p.hangul, "person_foreign_hangul"
        elif form == "roman":
            v = f"{p.rom_sur.upper()} {p.rom_given.upper()}" if self.r.random() < 0.6 else \
                f"{p.rom_given.capitalize()} {p.rom_sur.capitalize()}"
            kind = "person_kr_latin"
        else:
            raise ValueError(form)
        fmt = {"name": "hangul_name", "latin": "latin", "hangul": "hangul_foreign", "roman": "romanized"}[form]
        return self.s("PERSON", (v, kind, fmt), noise)

    def spaced(self, p):
        return self.per(p, noise=["spaced_name"])

    def rrn(self, p, fmt=None, noise=None):
        return self.s("KR_RRN", gen_rrn(self.r, p, fmt), noise)

    def frn(self, p, fmt=None, noise=None):
        return self.s("KR_FRN", gen_frn(self.r, p, fmt), noise)

    def idno(self, p, fmt=None, noise=None):
        return self.frn(p, fmt, noise) if p.foreign else self.rrn(p, fmt, noise)

    def pp(self, p=None, kind=None, noise=None):
        return self.s("KR_PASSPORT", gen_passport(self.r, p, kind), noise)

    def dl(self, fmt=None, noise=None):
        return self.s("KR_DRIVER_LICENSE", gen_dl(self.r, fmt), noise)

    def card(self, brand=None, fmt=None, noise=None):
        return self.s("CREDIT_CARD", gen_card(self.r, brand, fmt), noise)

    def acct(self, bank=None, fmt=None, noise=None):
        v, kind, f, b = gen_acct(self.r, bank, fmt)
        self.last_bank = b
        return self.s("KR_BANK_ACCOUNT", (v, kind, f), noise)

    def tel(self, kind=None, fmt=None, noise=None, area=None):
        return self.s("PHONE_NUMBER", gen_phone(self.r, kind, fmt, area), noise)

    def mail(self, p=None, kind="email_personal", domain=None, noise=None):
        return self.s("EMAIL_ADDRESS", gen_email(self.r, p, kind, domain), noise)

    def addr(self, fmt=None, noise=None, postal=False, ref=False, sido_idx=None, old=False):
        v, kind, f, ex = gen_addr(self.r, fmt, sido_idx, old)
        if postal:
            self.t(f"({ex['postal']}) " if self.r.random() < 0.7 else f"우 {ex['postal']} ")
        self.s("KR_ADDRESS", (v, kind, f), noise)
        if ref and ex["ref"]:
            self.t(" " + ex["ref"])
        return self

    def dob(self, p, fmt=None, noise=None):
        return self.s("DATE_OF_BIRTH", gen_dob(self.r, p, fmt), noise)

    def hi(self, noise=None):
        return self.s("KR_HEALTH_INSURANCE", gen_hi(self.r), noise)

    def brn(self, kind=None, fmt=None, noise=None):
        return self.s("KR_BRN", gen_brn(self.r, kind, fmt), noise)

    def crn(self, fmt=None, noise=None):
        return self.s("KR_CRN", gen_crn(self.r, fmt), noise)

    def plate(self, fmt=None, noise=None):
        return self.s("KR_VEHICLE_PLATE", gen_plate(self.r, fmt), noise)

    def ip(self, kind=None, noise=None):
        return self.s("IP_ADDRESS", gen_ip(self.r, kind), noise)

    def render(self):
        r = self.r
        out, spans, negs, pos = [], [], [], 0
        for kind, s, info in self.parts:
            if kind == "t" and self.ocr:
                s = ocr_plain(s, r, self.rec_noise)
            if kind == "p":
                spans.append(dict(start=pos, end=pos + len(s), type=info["type"], kind=info["kind"],
                                  format=info["format"], noise=list(info["noise"]), value=s))
            elif kind == "n":
                negs.append(dict(start=pos, end=pos + len(s), text=s, category=info))
            out.append(s)
            pos += len(s)
        text = "".join(out)
        if self.ocr and r.random() < 0.6:
            text = hard_wrap(text, spans, negs, r.randint(30, 46), self.rec_noise)
        return text, spans, negs


def ocr_plain(s, r, rec):
    out = []
    for ch in s:
        x = r.random()
        if ch in "·ㆍ" and x < 0.5:
            out.append(r.choice([".", ",", " "]))
            rec.add("plain_symbol")
        elif ch == "□" and x < 0.5:
            out.append(r.choice(["ㅁ", "口", "O"]))
            rec.add("plain_symbol")
        elif ch in "()「」[]" and x < 0.22:
            rec.add("lost_bracket")
        elif ch in "01589" and x < 0.05:
            out.append(r.choice(CONF_OUT[ch]) if ch in CONF_OUT else "g")
            rec.add("plain_confusable")
        elif ch == " " and x < 0.04:
            out.append("  ")
            rec.add("double_space")
        else:
            out.append(ch)
    return "".join(out)


def hard_wrap(text, spans, negs, width, rec):
    out, ins, rep, col = [], [], [], 0
    for i, ch in enumerate(text):
        if ch == "\n":
            col = 0
            out.append(ch)
            continue
        if col >= width and ch == " ":
            out.append("\n")
            rep.append(i)
            col = 0
            continue
        if col >= width + 8 and ch != " ":
            out.append("\n")
            ins.append(i)
            col = 0
        out.append(ch)
        col += 1
    new = "".join(out)
    if ins or rep:
        rec.add("hard_wrap")

    def shift_s(p):
        return p + sum(1 for k in ins if k <= p)

    def shift_e(p):
        return p + sum(1 for k in ins if k < p)
    for sp in spans:
        s0, e0 = sp["start"], sp["end"]
        inside = any(s0 < k < e0 for k in ins) or any(s0 <= k < e0 for k in rep)
        sp["start"], sp["end"] = shift_s(s0), shift_e(e0)
        sp["value"] = new[sp["start"]:sp["end"]]
        if inside and "wrapped" not in sp["noise"]:
            sp["noise"].append("wrapped")
    for ng in negs:
        ng["start"], ng["end"] = shift_s(ng["start"]), shift_e(ng["end"])
        ng["text"] = new[ng["start"]:ng["end"]]
    return new


# ----------------------------------------------------------------- institutions and hard negatives
class Org:
    def __init__(self, **kw):
        self.__dict__.update(kw)


ORGS = [
    ("행정안전부", "행정안전부장관", "central", 7, ["디지털정부정책과", "주민과", "지방재정정책과", "안전정책과", "자치분권제도과"], "mois.go.kr"),
    ("보건복지부", "보건복지부장관", "central", 7, ["기초생활보장과", "장애인정책과", "노인정책과", "아동복지정책과"], "mohw.go.kr"),
    ("고용노동부", "고용노동부장관", "central", 7, ["근로기준정책과", "외국인력담당관", "고용서비스정책과"], "moel.go.kr"),
    ("국토교통부", "국토교통부장관", "central", 7, ["자동차정책과", "주택정책과", "도로정책과"], "molit.go.kr"),
    ("교육부", "교육부장관", "central", 7, ["학생건강정책과", "교원정책과", "교육복지정책과"], "moe.go.kr"),
    ("환경부", "환경부장관", "central", 7, ["대기환경정책과", "자원순환정책과", "물이용정책과"], "me.go.kr"),
    ("국세청", "국세청장", "central", 7, ["법인세과", "개인납세과", "징세과", "부가가치세과"], "nts.go.kr"),
    ("서울특별시 마포구", "마포구청장", "local", 0, ["민원여권과", "세무1과", "복지정책과", "교통행정과", "주차관리과", "일자리경제과"], "mapo.go.kr"),
    ("서울특별시 노원구", "노원구청장", "local", 0, ["민원여권과", "복지정책과", "주차관리과", "감사담당관"], "nowon.kr"),
    ("부산광역시 해운대구", "해운대구청장", "local", 1, ["민원여권과", "복지정책과", "교통행정과", "감사실"], "haeundae.go.kr"),
    ("경기도 수원시", "수원시장", "local", 8, ["민원봉사과", "복지정책과", "교통정책과", "감사관", "일자리정책과"], "suwon.go.kr"),
    ("경기도 고양시", "고양시장", "local", 8, ["민원여권과", "복지정책과", "대중교통과", "감사관"], "goyang.go.kr"),
    ("충청남도 공주시", "공주시장", "local", 11, ["민원봉사과", "사회복지과", "교통과", "감사법무담당관"], "gongju.go.kr"),
    ("전라남도 나주시", "나주시장", "local", 13, ["민원토지과", "사회복지과", "교통과"], "naju.go.kr"),
    ("강원특별자치도 원주시", "원주시장", "local", 9, ["민원과", "복지정책과", "교통행정과", "감사관"], "wonju.go.kr"),
    ("경상북도 안동시", "안동시장", "local", 14, ["민원지적과", "사회복지과", "교통행정과"], "andong.go.kr"),
    ("제주특별자치도 서귀포시", "서귀포시장", "local", 16, ["종합민원실", "주민복지과", "교통행정과"], "seogwipo.go.kr"),
    ("대전광역시 유성구", "유성구청장", "local", 5, ["민원여권과", "복지정책과", "교통과"], "yuseong.go.kr"),
    ("인천광역시 연수구", "연수구청장", "local", 3, ["민원여권과", "복지정책과", "교통행정과", "감사실"], "yeonsu.go.kr"),
]
SIDO_AREA = {0: "02", 1: "051", 2: "053", 3: "032", 4: "062", 5: "042", 6: "052", 7: "044", 8: "031",
             9: "033", 10: "043", 11: "041", 12: "063", 13: "061", 14: "054", 15: "055", 16: "064"}


def mk_org(r, kind=None):
    cands = [o for o in ORGS if kind is None or o[2] == kind]
    name, head, k, si, depts, dom = r.choice(cands)
    sf, ss, lst = SIDO[si]
    if k == "central":
        addr = f"세종특별자치시 {r.choice(ROADS)} {r.randint(1, 120)}"
        bld = f" 정부세종청사 {r.randint(1, 17)}동"
        addr += bld if r.random() < 0.7 else ""
    else:
        sgg = name.split()[-1]
        sgg_full = next((x for x in lst if x.startswith(sgg)), sgg)
        addr = f"{sf} {sgg_full} {r.choice(['시청로', '구청로', '중앙로', '청사로'] + ROADS[:5])} {r.randint(1, 250)}"
    area = SIDO_AREA[si]
    exch = str(r.randint(2, 9)) + digits(r, 2 if area != "02" else 3)
    sw = f"{area}-{exch}-{r.choice(['2114', '0114', '1114', digits(r, 1) + '114'])}"
    return Org(name=name, head=head, kind=k, sido=si, dept=r.choice(depts), depts=depts, domain=dom,
               addr=addr, postal=f"{r.randint(1, 63):02d}{digits(r, 3)}", switch=sw, area=area, exch=exch,
               short=name.split()[-1])


def dept_head(dept):
    return dept if dept.endswith(("관", "실", "단")) else dept + "장"


def direct_line(r, org):
    return (f"{org.area}-{org.exch}-{r.randint(2, 9)}{digits(r, 3)}", "phone_landline", "dash")


def fax_line(r, org):
    return (f"{org.area}-{org.exch}-{r.randint(2, 9)}{digits(r, 3)}", "phone_fax", "dash")


SPECIAL_PREFIX = ["1588", "1577", "1600", "1544", "1644", "1566", "1661", "1899"]
SHORT_CODES = [("110", "정부민원안내콜센터"), ("120", "다산콜센터"), ("126", "국세상담센터"), ("1345", "외국인종합안내센터"),
               ("1350", "고용노동부 고객상담센터"), ("1355", "국민연금 콜센터"), ("129", "보건복지상담센터"),
               ("182", "경찰민원콜센터")]
COMPANIES = ["(주)한빛엔지니어링", "주식회사 누리테크", "가람건설(주)", "푸른환경 주식회사", "(주)새솔식품", "다온시스템즈(주)",
             "(주)별빛소프트", "미리내물산 주식회사", "(유)솔밭조경", "(주)바른측량", "햇살푸드(주)", "(주)청송정보통신",
             "주식회사 다솜에듀", "(주)모래내산업", "느티나무협동조합", "(합)달맞이상사", "(주)들꽃인쇄", "샘골개발(주)"]
STATUTES = ["「개인정보 보호법」 제15조제1항", "「개인정보 보호법」 제24조의2", "「주민등록법」 제29조제2항", "「여권법」 제16조",
            "「도로교통법」 제44조제1항", "「출입국관리법」 제31조", "「공공기관의 정보공개에 관한 법률」 제9조제1항제6호",
            "「국민건강보험법」 제96조", "「지방공무원법」 제69조", "「국가공무원법」 제78조제1항", "같은 법 시행령 제9조제1항",
            "「민원 처리에 관한 법률」 제27조", "「행정절차법」 제21조", "「보조금 관리에 관한 법률」 제33조",
            "「국민기초생활 보장법」 제23조", "「소방기본법」 제16조의3", "「형법」 제329조", "「질서위반행위규제법」 제16조",
            "「주차장법」 제29조", "「초·중등교육법」 제30조의6", "「사회보장급여의 이용·제공 및 수급권자 발굴에 관한 법률」 제22조",
            "「공익신고자 보호법」 제12조", "「건축법」 제79조", "「지방자치단체를 당사자로 하는 계약에 관한 법률」 제6조"]
PLACES_NS = ["김포시", "김해시", "이천시", "안성시", "양산시", "진주시", "홍성군", "장성군", "정선군", "문경시", "고성군",
             "하남시", "남원시", "원주시", "송파구", "강서구", "한남동", "신사동", "방배동", "공주시", "나주시", "금산군"]
NOUNS_NS = ["김장", "조기", "고추", "유자", "박하", "배추", "장미", "한우", "홍시", "전복", "송이", "오이", "국화", "백합", "연근"]
PRODUCTS_NS = ["한라봉", "나주배", "안성맞춤 한우", "이천쌀", "금산인삼", "진주비빔밥", "고성 한과", "문경 오미자"]


def hn_casenum(r, kind="crim"):
    y = r.randint(2019, 2026)
    code = {"crim": ["고단", "고합", "고정", "고약", "노", "도"], "civil": ["가단", "가합", "가소", "나", "다"],
            "admin": ["구합", "구단", "누", "두"], "family": ["드단", "느단"]}[kind]
    return f"{y}{r.choice(code)}{r.randint(100, 99999)}"


def hn_docno(r, org=None):
    dept = org.dept if org else r.choice(["운영지원과", "민원여권과", "복지정책과", "교통행정과", "감사관"])
    return f"{dept}-{r.randint(100, 29999)}"


def hn_amount(r, lo=10000, hi=90000000):
    n = r.randint(lo // 1000, hi // 1000) * 1000
    return f"{n:,}원"


def hn_receipt(r):
    return r.choice([f"{r.randint(1, 9)}{r.choice('ABCDEFGH')}{r.choice('ABCDEFGH')}-{r.randint(2301, 2611)}-{digits(r, 7)}",
                     f"{r.randint(2023, 2026)}-{digits(r, 6)}", f"{r.randint(2023, 2026)}{digits(r, 2)}{digits(r, 6)}-00"])


def hn_special(r):
    return f"{r.choice(SPECIAL_PREFIX)}-{r.randint(1000, 9999)}"


def hn_inst_brn(r):
    d9 = str(r.randint(101, 899)) + "83" + digits(r, 4)
    full = d9 + str(brn_check(d9))
    return f"{full[:3]}-{full[3:5]}-{full[5:]}"


def hn_placeholder(r):
    return r.choice(["갑", "을", "홍길동", f"{wchoice(r, SUR1W)}○○", f"{wchoice(r, SUR1W)}**", "○○○",
                     f"{wchoice(r, SUR1W)} 모 씨", "A씨", "B씨", f"{wchoice(r, SUR1W)}모씨"])


# ----------------------------------------------------------------- handwritten markers
MARK_RE = re.compile(r"⟦([A-Z]+)((?:/[a-z0-9_]+)?)((?:~[a-z_]+)*):(.*?)⟧|⟪([^:⟫]+):(.*?)⟫", re.S)
CONF_CHARS = set("OolISB")


def shape(v):
    out = []
    for c in nfkc(v):
        if c.isdigit():
            out.append("9")
        elif "A" <= c <= "Z":
            out.append("A")
        elif "a" <= c <= "z":
            out.append("a")
        elif "가" <= c <= "힣":
            out.append("가")
        elif c == "\n":
            out.append("⏎")
        else:
            out.append(c)
    return "".join(out)


def infer_kind(typ, v):
    n = nfkc(v)
    c = canon_num(v, MASK_CHARS)
    if typ == "KR_RRN":
        if any(ch in MASK_CHARS for ch in c):
            return "rrn_masked"
        if len(c) == 13 and c[6] in "34" and (2000 + int(c[:2]), int(c[2:4]), int(c[4:6])) >= (2020, 10, 1):
            return "rrn_post2020"
        return "rrn_valid"
    if typ == "KR_FRN":
        return "frn_masked" if any(ch in MASK_CHARS for ch in c) else "frn_legacy"
    if typ == "KR_PASSPORT":
        s = norm_ws(v)
        if re.fullmatch(r"[MSRGD]\d{8}", s):
            return "passport_kr_old"
        if re.fullmatch(r"[MSRGD]\d{3}[A-Z]\d{4}", s):
            return "passport_kr_new"
        return "passport_foreign"
    if typ == "KR_DRIVER_LICENSE":
        if "*" in n:
            return "dl_masked"
        return "dl_name" if re.search(r"[가-힣]", n) else "dl_numeric"
    if typ == "CREDIT_CARD":
        if "*" in n:
            return "card_masked"
        d = canon_num(v)
        if d[:2] in ("34", "37") and len(d) == 15:
            return "card_amex"
        if d[0] == "4":
            return "card_visa"
        if d[:2] in ("51", "52", "53", "54", "55"):
            return "card_master"
        if d[:2] == "94":
            return "card_bc"
        if d[:2] == "35":
            return "card_jcb"
        return "card_other"
    if typ == "KR_BANK_ACCOUNT":
        if "*" in n:
            return "acct_masked"
        s = re.sub(r"\s+", "", n.translate(CONF))
        groups = [g for g in re.split(r"[-‐‑‒–—―]", s) if g]
        return "acct_" + "-".join(str(len(g)) for g in groups)
    if typ == "PHONE_NUMBER":
        d = canon_num(v)
        if n.strip().startswith("+82"):
            d = "0" + d[2:]
        if d.startswith("01"):
            return "phone_mobile"
        if d.startswith("070"):
            return "phone_070"
        if d.startswith("050"):
            return "phone_050"
        return "phone_landline"
    if typ == "EMAIL_ADDRESS":
        return "email_official" if re.search(r"(go\.kr|korea\.kr)$", norm_ws(v)) else "email_personal"
    if typ == "KR_ADDRESS":
        return "addr_road" if re.search(r"(로|길)\s*\d", n) else "addr_jibun"
    if typ == "DATE_OF_BIRTH":
        return "dob_hw"
    if typ == "KR_HEALTH_INSURANCE":
        return "hi_11"
    if typ == "KR_BRN":
        d = canon_num(v)
        mid = int(d[3:5])
        return "brn_individual" if mid < 80 else ("brn_corp" if mid in (81, 86, 87, 88) else
                                                   "brn_branch" if mid == 85 else "brn_nonprofit" if mid == 82 else "brn_exempt")
    if typ == "KR_CRN":
        return "crn_" + canon_num(v)[4:6]
    if typ == "KR_VEHICLE_PLATE":
        s = re.sub(r"\s+", "", n)
        m = re.search(r"\d([가-힣])\d", s)
        h = m.group(1) if m else ""
        return {"바": "plate_commercial", "사": "plate_commercial", "아": "plate_commercial", "자": "plate_commercial",
                "하": "plate_rental", "허": "plate_rental", "호": "plate_rental", "배": "plate_delivery"}.get(h, "plate_private")
    if typ == "IP_ADDRESS":
        s = norm_ws(v).translate(CONF)
        if ":" in s:
            return "ipv6"
        try:
            return "ipv4_private" if ipaddress.ip_address(s).is_private else "ipv4_public"
        except ValueError:
            return "ipv4_public"
    if typ == "PERSON":
        if re.search(r"[A-Za-z]", v):
            return "person_foreign_latin"
        toks = v.split()
        t = "".join(toks)
        if len(toks) > 1 and any(len(x) > 1 for x in toks):
            return "person_foreign_hangul"
        if len(t) == 2:
            return "person_kr_single_given"
        if len(t) == 3:
            return "person_kr_double_surname" if t[:2] in SUR2 else "person_kr"
        if len(t) == 4 and t[:2] in SUR2:
            return "person_kr_4syl"
        return "person_foreign_hangul"
    raise ValueError(typ)


def infer_noise(typ, v, kind):
    tags = set()
    if any("\uff10" <= c <= "\uff19" for c in v):
        tags.add("fullwidth_digits")
    if any(c in HYPHENS[1:] for c in v):
        tags.add("unicode_hyphen")
    if "\n" in v:
        tags.add("newline_in_number" if typ in NUMERIC else "wrapped")
    if typ in NUMERIC or typ in ("DATE_OF_BIRTH", "KR_VEHICLE_PLATE", "IP_ADDRESS"):
        if typ == "DATE_OF_BIRTH" and re.search(r"[A-Z][a-zA-Z]{2}", v):
            pass
        elif any(c in CONF_CHARS for c in v):
            tags.add("ocr_confusable")
    if typ == "PERSON" and kind.startswith("person_kr") and " " in v.strip():
        tags.add("spaced_name")
    return tags


def parse_marked(text):
    parts, pos = [], 0
    for m in MARK_RE.finditer(text):
        if m.start() > pos:
            parts.append(("t", text[pos:m.start()], None))
        if m.group(1):
            code, kd, tg, val = m.group(1), m.group(2), m.group(3), m.group(4)
            need(code in CODE, f"unknown marker type {code}")
            typ = CODE[code]
            kind = kd[1:] if kd else infer_kind(typ, val)
            tags = set(x for x in tg.split("~") if x) | infer_noise(typ, val, kind)
            for x in tags:
                need(x in NOISE_FN, f"unknown noise tag {x}")
            fmt = "hw" if typ in ("PERSON", "KR_ADDRESS") else "hw:" + shape(val)
            parts.append(("p", val, {"type": typ, "kind": kind, "format": fmt, "noise": sorted(tags)}))
        else:
            parts.append(("n", m.group(6), m.group(5)))
        pos = m.end()
    if pos < len(text):
        parts.append(("t", text[pos:], None))
    for k, s, _ in parts:
        if k == "t":
            need(not any(c in s for c in "⟦⟧⟪⟫"), f"stray marker near {s[:40]!r}")
    return parts


# ----------------------------------------------------------------- record validation
LEAK_RES = [
    ("mobile", re.compile(r"(?<!\d)01[016789][-. ]?\d{3,4}[-. ]?\d{4}(?!\d)")),
    ("email", re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z0-9.-]+")),
    ("rrn_shape", re.compile(r"(?<!\d)\d{6}\s?[-‐－–]\s?\d{7}(?!\d)")),
    ("card16", re.compile(r"(?<!\d)\d{4}[- ]\d{4}[- ]\d{4}[- ]\d{4}(?!\d)")),
    ("ipv4", re.compile(r"(?<![\d.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d.])")),
]
INST_CATS = {"institution switchboard", "institution short code", "institution address", "institution email",
             "institution registration number", "placeholder person", "official by office"}
RE_SPECIAL = re.compile(r"(?<!\d)(?:1588|1577|1600|1544|1644|1566|1661|1899)-\d{4}(?!\d)")
RE_DAEPYO = re.compile(r"대표\s*(?:전화|번호)?\s*[:：]?\s*(\(?0\d{1,3}\)?[\s.-]?\d{3,4}[\s.-]\d{4})")
RE_DAEPYO2 = re.compile(r"(\(?0\d{1,3}\)?[\s.-]?\d{3,4}[\s.-]\d{4})\s*\(대표\)")
RE_PLACE = re.compile(r"홍길동|[가-힣]○○(?!○)|(?<![\d○])○○○(?!○)|[가-힣]\*\*(?!\*)|000000-0000000")


def overlaps(a0, a1, b0, b1):
    return a0 < b1 and b0 < a1


def validate_record(text, spans, negs, no_pii):
    spans.sort(key=lambda s: (s["start"], s["end"]))
    prev_end = -1
    for sp in spans:
        a, b = sp["start"], sp["end"]
        need(0 <= a < b <= len(text), f"span bounds {sp}")
        need(text[a:b] == sp["value"], f"span text mismatch {text[a:b]!r} != {sp['value']!r}")
        need(not text[a].isspace() and not text[b - 1].isspace(), f"span edge whitespace {sp['value']!r}")
        need(sp["type"] in TYPES, f"bad type {sp['type']}")
        need(a >= prev_end, f"overlapping spans at {a}")
        prev_end = b
        VALIDATORS[sp["type"]](sp["value"], sp["kind"])
    for ng in negs:
        a, b = ng["start"], ng["end"]
        need(0 <= a < b <= len(text) and text[a:b] == ng["text"], f"neg mismatch {ng}")
        for sp in spans:
            need(not overlaps(a, b, sp["start"], sp["end"]), f"hard negative {ng['text']!r} overlaps span {sp['value']!r}")
    if no_pii:
        need(not spans, "planned no-PII record has spans")
        need(negs, "no-PII record without hard negatives")
    else:
        need(spans, "record without spans")

    def covered(a, b):
        return any(sp["start"] <= a and b <= sp["end"] for sp in spans)

    def in_neg(a, b):
        return any(ng["start"] <= a and b <= ng["end"] for ng in negs)
    # every other occurrence of a labelled string must be labelled (or lie inside another span)
    for sp in spans:
        v = sp["value"]
        if len(v) < 2:
            continue
        k = text.find(v)
        while k >= 0:
            need(covered(k, k + len(v)), f"unlabelled repeat of {sp['type']} {v!r} at {k}")
            k = text.find(v, k + 1)
    # PII-looking strings outside spans
    for name, rx in LEAK_RES:
        for m in rx.finditer(text):
            a, b = m.start(), m.end()
            if name == "ipv4" and not all(int(x) <= 255 for x in m.group(0).split(".")):
                continue
            if any(overlaps(a, b, sp["start"], sp["end"]) for sp in spans) or in_neg(a, b):
                continue
            raise DraftError(f"unlabelled {name}-like string {m.group(0)!r}")
    # placeholders and institution numbers are never labelled
    for rx in (RE_SPECIAL, RE_PLACE):
        for m in rx.finditer(text):
            need(not any(overlaps(m.start(), m.end(), sp["start"], sp["end"]) for sp in spans),
                 f"placeholder/institution number inside a span: {m.group(0)!r}")
    for rx in (RE_DAEPYO, RE_DAEPYO2):
        for m in rx.finditer(text):
            need(not any(overlaps(m.start(1), m.end(1), sp["start"], sp["end"]) for sp in spans),
                 f"대표 number labelled: {m.group(1)!r}")
    return True


def build_record(rid, template, seed, genre, text, spans, negs, no_pii, ocr, handwritten, rec_noise, base_genre=None):
    rec = {"id": rid, "text": text,
           "spans": [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in spans],
           "genre": genre}
    meta = {"id": rid, "template": template, "seed": seed, "genre": genre, "base_genre": base_genre or genre,
            "handwritten": handwritten, "ocr": ocr, "no_pii": no_pii, "record_noise": sorted(rec_noise),
            "spans": [{"start": s["start"], "end": s["end"], "type": s["type"], "sub_kind": s["kind"],
                       "noise": sorted(s["noise"]), "format": s["format"], "value": s["value"]} for s in spans],
            "hard_negatives": [{"start": n["start"], "end": n["end"], "text": n["text"], "category": n["category"]}
                               for n in negs]}
    return rec, meta


# ----------------------------------------------------------------- template registry
REG = []


def tpl(name, genre, n, ocr=True, nopii=0):
    def deco(fn):
        REG.append({"name": name, "genre": genre, "n": n, "fn": fn, "ocr": ocr, "nopii": nopii})
        return fn
    return deco


def pick(r, *xs):
    return r.choice(xs)


def josa(word, pair):
    """pair like '을를', '은는', '이가', '으로로': choose by final consonant of the last Hangul syllable."""
    ch = word[-1]
    has = "가" <= ch <= "힣" and (ord(ch) - 0xAC00) % 28 != 0
    return pair[0] if has else pair[1:] if pair.startswith("으") else pair[1]


def org_title(org):
    h = org.head
    for t in ("구청장", "청장", "시장", "군수", "장관"):
        if h.endswith(t):
            return t
    return "기관장"


# =================================================================== TEMPLATES (1): 공문, 민원, 신청서, 동의서, 신고서
OLD_OFFICES = [("경기도 수원시", "수원시장", "0331"), ("충청남도 공주군", "공주군수", "0416"), ("경상북도 안동군", "안동군수", "0571"),
               ("서울특별시 마포구", "마포구청장", "02"), ("전라남도 나주군", "나주군수", "0613"), ("강원도 원주시", "원주시장", "0371")]


def staff_line(d, r, titles, sep="   ", spaced=False):
    for k, tt in enumerate(titles):
        p = mk_kr(r)
        d.t(("" if k == 0 else sep) + tt + " ")
        d.per(p, noise=(["spaced_name"] if spaced else None))
    return d


@tpl("gm90_typed", "공문(1990년대)", 16, nopii=5)
def t_gm90_typed(d, r, i):
    office, head, ac = r.choice(OLD_OFFICES)
    dt = rand_date(r, 1991, 1999)
    dept = pick(r, "총무", "민원", "사회", "지적", "세무", "건설")
    d.t(f"{' ' * r.randint(10, 20)}{office.split()[-1]}\n\n")
    d.t("문서번호  ").n(f"{dept} {r.randint(1000, 1999):05d}-{r.randint(10, 999)}", "document number")
    d.t(f"\n시행일자  ").n(fdate(dt), "date")
    d.t(f"\n(경  유)\n수    신  {pick(r, '수신처 참조', '각 읍·면·동장', '관계 기관장')}\n참    조  {pick(r, '총무과장', '민원담당관', '사회복지과장')}\n\n")
    if d.no_pii:
        d.t(f"제    목  {pick(r, '주민등록 일제정리 추진 지시', '민원사무 처리기준 시달', '연말 불우이웃 돕기 추진')}\n\n")
        d.t("  1. ").n(r.choice(STATUTES), "statute citation").t(" 및 관련 지침에 의거 다음과 같이 시행하니 차질없이 추진하시기 바랍니다.\n")
        d.t("  2. 추진기간 : ").n(fdate(dt), "date").t(" ~ 같은 해 12. 31.\n  3. 소요예산 : ").n(hn_amount(r, 1000000, 50000000), "amount")
        d.t("\n  4. 문의 : ").n(pick(r, "총무과", "민원실"), "official by office").t(" (대표 ").n(f"({ac}) {r.randint(2, 9)}{digits(r, 1)}-{r.randint(1, 9)}114", "institution switchboard").t(")\n")
        d.t("    ※ 성명 ").n("홍길동", "placeholder person").t(", 주민등록번호 ").n("000000-0000000", "placeholder person").t(" 란은 기재례임.  끝.\n\n")
        d.t(f"{' ' * 18}").n(head, "official by office").t("  [직인]\n")
        return
    p = mk_kr(r, y0=1925, y1=1978)
    d.t(f"제    목  {pick(r, '주민등록 사실조사 결과 통보', '무단전출자 처리 통보', '주민등록증 재발급 대상자 통보', '거주불명 등록자 통보')}\n\n")
    d.t(f"  1. 귀 기관의 무궁한 발전을 빕니다.\n  2. 관내 거주자에 대한 사실조사 결과를 다음과 같이 통보하오니 업무에 참고하시기 바랍니다.\n\n")
    lab = r.random() < 0.5
    d.t("     가. 성    명 : " if lab else "     성명 : ").per(p)
    d.t("\n     나. 주민등록번호 : " if lab else "\n     주민등록번호 : ").rrn(p, fmt=pick(r, "dash", "dash", "plain"))
    d.t("\n     다. 주    소 : " if lab else "\n     주소 : ").addr(fmt=pick(r, "jibun_old", "jibun_full", "jibun_ri"), old=True)
    if r.random() < 0.5:
        d.t(f" ({r.randint(1, 30)}통 {r.randint(1, 9)}반)")
    d.t("\n     라. 전    화 : " if lab else "\n     전화 : ").tel("phone_landline", "old90")
    d.t("\n     마. 조사일자 : " if lab else "\n     조사일자 : ").n(fdate(rand_date(r, dt[0], dt[0])), "date")
    d.t("\n\n  3. 위 사람은 조사일 현재 신고된 주소지에 거주하지 아니함.  끝.\n\n")
    d.t(f"{' ' * 18}").n(head, "official by office").t("\n\n")
    d.t("담당 ").per(mk_kr(r, y0=1940, y1=1970)).t("  계장 ").per(mk_kr(r, y0=1940, y1=1965)).t("  과장 ").per(mk_kr(r, y0=1935, y1=1960)).t("\n")


@tpl("gm90_list", "공문(1990년대)", 12, nopii=6)
def t_gm90_list(d, r, i):
    office, head, ac = r.choice(OLD_OFFICES)
    y = r.randint(1990, 1999)
    d.t(f"{office}\n").n(f"{pick(r, '사회', '민원', '총무')}{r.randint(1000, 1999):05d}-{r.randint(100, 999)}", "document number")
    d.t(f"  ({y}. {r.randint(1, 12)}. {r.randint(1, 28)}.)\n수신  {pick(r, '도지사', '시장·군수', '각 동장')}\n")
    d.t(f"제목  {pick(r, '생활보호대상자 명단 송부', '영세민 취로사업 참여자 명단', '경로연금 지급 대상자 보고')}\n\n")
    d.t("  관련 ").n(r.choice(STATUTES), "statute citation").t("에 의한 대상자 명단을 다음과 같이 보고합니다.\n\n")
    if d.no_pii:
        d.t("  ┌─────┬──────┬──────┐\n  │ 구 분 │ 인원(명) │ 금 액(원) │\n")
        for g in ["1종", "2종", "계"]:
            d.t(f"  │ {g} │ {r.randint(3, 300)} │ ").n(hn_amount(r, 100000, 90000000)[:-1], "amount").t(" │\n")
        d.t("  └─────┴──────┴──────┘\n  ※ 개인별 명단은 별도 송부.  끝.\n\n    ").n(head, "official by office").t("\n")
        return
    header = r.random() < 0.6
    if header:
        d.t("  연번   성  명     생년월일        주         소                     비고\n  " + "-" * 60 + "\n")
    for k in range(r.randint(3, 6)):
        p = mk_kr(r, y0=1910, y1=1950)
        d.t(f"  {k + 1:>2}    ").per(p).t("   ").dob(p, fmt=pick(r, "dot_sp", "dot_pad_noend", "yy_dot", "hanja")).t("   ")
        d.addr(fmt=pick(r, "jibun_old", "jibun_ri", "jibun_full"), old=True).t(f"   {pick(r, '독거', '거택', '시설', '')}\n")
    d.t("  끝.\n\n    ").n(head, "official by office").t("\n")


def footer_modern(d, r, org, drafter_title="주무관"):
    """결재란 + 시행/접수 + footer; returns the drafter."""
    dr = mk_kr(r, y0=1970, y1=1998)
    spaced = r.random() < 0.12
    d.t(f"\n{drafter_title} ").per(dr, noise=["spaced_name"] if spaced else None)
    for tt in r.sample(["팀장", "사무관", "행정6급"], r.choice([1, 1, 2])):
        d.t(f"   {tt} ").per(mk_kr(r, y0=1962, y1=1990), noise=["spaced_name"] if spaced else None)
    d.t(f"   {pick(r, '과장', dept_head(org.dept))} ")
    if r.random() < 0.6:
        d.t(f"전결 {r.randint(1, 12):02d}/{r.randint(1, 28):02d} ")
    d.per(mk_kr(r, y0=1962, y1=1985))
    d.t("\n협조자" + ("\n" if r.random() < 0.6 else " "))
    if r.random() < 0.3:
        d.t(f"{pick(r, '예산담당관', '정보화담당관', '법무팀')} {pick(r, '주무관', '사무관')} ").per(mk_kr(r, y0=1970, y1=1995)).t("\n")
    dt = doc_date(r)
    d.t("시행 ").n(hn_docno(r, org), "document number").t(" (").n(fdate(dt), "date").t(")  접수\n")
    d.t(f"우 {org.postal} ").n(org.addr, "institution address").t(f" / http://www.{org.domain}\n")
    d.t(pick(r, "전화번호 ", "전화 ")).s("PHONE_NUMBER", direct_line(r, org)).t(pick(r, "  팩스번호 ", "  전송 "))
    d.s("PHONE_NUMBER", fax_line(r, org))
    d.t(" / ").mail(dr, "email_official", pick(r, "korea.kr", org.domain)).t(f" / {pick(r, '대국민 공개', '부분공개(6)', '공개')}\n")
    return dr


def footer_redacted(d, r, org):
    d.t(f"\n주무관 ").n("○○○", "placeholder person").t("   팀장 ").n("○○○", "placeholder person").t(f"   {dept_head(org.dept)} ").n("○○○", "placeholder person")
    d.t("\n시행 ").n(hn_docno(r, org), "document number").t(" (").n(fdate(doc_date(r)), "date").t(")\n")
    d.t(f"우 {org.postal} ").n(org.addr, "institution address").t(f" / http://www.{org.domain}\n전화 ").n(org.switch, "institution switchboard").t("(대표) / ")
    d.n(f"{pick(r, 'minwon', 'webmaster', 'help', 'info')}@{org.domain}", "institution email").t(" / 대국민 공개\n")


@tpl("gm_elec", "공문(전자)", 26, nopii=5)
def t_gm_elec(d, r, i):
    org = mk_org(r)
    other = mk_org(r)
    d.t(f"{org.name}\n\n수신  ").n(other.head, "official by office").t(f"({dept_head(other.dept)})\n(경유)\n")
    topic = r.randrange(4)
    titles = ["주민등록번호 변경 신청에 따른 사실조사 협조 요청", "체납자 소재 확인 협조 요청", "보조금 부정수급 관련 자료 제출 요청",
              "외국인 근로자 고용 변동 사항 통보"]
    d.t(f"제목  {titles[topic]}\n\n1. 관련: ").n(hn_docno(r, other), "document number").t(" (").n(fdate(doc_date(r)), "date").t(")\n")
    if d.no_pii:
        d.t("2. 위 호와 관련하여 ").n(r.choice(STATUTES), "statute citation").t("에 따라 붙임 서식에 의한 자료를 ")
        d.n(fdate(doc_date(r)), "date").t("까지 제출하여 주시기 바랍니다.\n3. 개인별 자료는 행정정보공동이용망으로 별도 송부하며, 본 문서에는 대상자를 ‘")
        d.n(hn_placeholder(r), "placeholder person").t("’(으)로 표기합니다.\n\n붙임  제출 서식 1부.  끝.\n\n")
        d.t(" " * 12).n(org.head, "official by office").t("\n")
        footer_redacted(d, r, org)
        return
    p = mk_foreign(r) if topic == 3 else mk_kr(r)
    d.t("2. 위 호와 관련하여 아래 대상자에 대한 ")
    d.t(pick(r, "사실관계를 확인하여 회신하여 주시기 바랍니다.\n", "협조를 요청합니다.\n"))
    style = r.randrange(3)
    if style == 0:
        d.t("  가. 대상자: ").per(p, "latin" if p.foreign else "name")
        if p.foreign:
            d.t(" (").per(p, "hangul").t(", 국적: " + p.foreign + ")")
        d.t(" (").dob(p, fmt=pick(r, "dot_sp", "dot_pad", "kor")).t("생)\n  나. 주소: ").addr(postal=r.random() < 0.3, ref=True)
        d.t("\n  다. 연락처: ").tel("phone_mobile").t("\n")
    elif style == 1:
        d.t("  ○ 성명 : ").per(p, "latin" if p.foreign else "name").t("\n  ○ " + ("외국인등록번호" if p.foreign else "주민등록번호") + " : ").idno(p)
        d.t("\n  ○ 주소 : ").addr(ref=True).t("\n")
        if p.foreign:
            d.t("  ○ 여권번호 : ").pp(p).t("\n")
    else:
        d.t(f"  - 대상자 ").per(p, "latin" if p.foreign else "name").t(pick(r, " 씨는 ", "은(는) ")).addr(fmt=pick(r, "road_full", "road_sigungu"))
        d.t("에 거주하는 것으로 신고되어 있으나, 휴대전화(").tel("phone_mobile", fmt="dash").t(")로 연락이 되지 않는 상태임.\n")
    d.t("3. 회신 기한: ").n(fdate(doc_date(r)), "date").t("\n\n붙임  " + pick(r, "관련 자료 1부.  끝.", "대상자 명단 1부.  끝.") + "\n\n")
    d.t(" " * 12).n(org.head, "official by office").t("\n")
    footer_modern(d, r, org)


@tpl("gm_elec_list", "공문(전자)", 16)
def t_gm_elec_list(d, r, i):
    org = mk_org(r, "local")
    d.t(f"{org.name}\n수신  내부결재\n제목  {pick(r, '긴급복지 지원 대상자 확정', '생활안정자금 지급 대상자 결정', '주거급여 수선유지 대상 가구 선정')}\n\n")
    d.t("1. ").n(r.choice(STATUTES), "statute citation").t("에 따라 아래와 같이 지원 대상자를 확정하고자 합니다.\n2. 대상자 명단\n")
    sep = pick(r, " | ", "\t", " │ ")
    hdr = r.random() < 0.7
    if hdr:
        d.t(sep.join(["연번", "성명", "주민등록번호", "연락처", "은행", "계좌번호", "지원금액"]) + "\n")
    for k in range(r.randint(3, 6)):
        p = mk_kr(r)
        d.t(f"{k + 1}{sep}").per(p).t(sep).rrn(p, fmt=pick(r, "masked", "masked", "dash")).t(sep).tel("phone_mobile", fmt="dash").t(sep)
        v, kind, f, bank = gen_acct(r)
        d.t(bank + sep).s("KR_BANK_ACCOUNT", (v, kind, f)).t(sep).n(hn_amount(r, 300000, 3000000), "amount").t("\n")
    d.t("3. 소요 예산: ").n(hn_amount(r, 1000000, 30000000), "amount").t(" (").n("긴급복지지원사업비", "budget item").t(")\n붙임  지급 명세서 1부.  끝.\n")
    footer_modern(d, r, org)


@tpl("gm_elec_transfer", "공문(전자)", 14, nopii=4)
def t_gm_elec_transfer(d, r, i):
    org, other = mk_org(r), mk_org(r)
    d.t(f"{org.name}\n\n수신  ").n(other.head, "official by office").t("\n(경유)\n제목  민원 이송 통보")
    d.t(f" ({'접수번호' if r.random() < 0.5 else '신청번호'} ").n(hn_receipt(r), "receipt number").t(")\n\n")
    d.t("1. 우리 기관에 접수된 민원이 귀 기관 소관으로 판단되어 ").n("「민원 처리에 관한 법률」 제16조", "statute citation").t("에 따라 이송합니다.\n")
    if d.no_pii:
        d.t("2. 민원 요지: 공동주택 층간소음 관련 관리 기준 문의\n3. 민원인 인적사항은 전자문서 시스템으로 별도 이관되며 본문에는 ")
        d.n(hn_placeholder(r), "placeholder person").t("으로 적습니다.\n4. 민원인에게는 ").n(fdate(doc_date(r)), "date").t(" 이송 사실을 안내하였습니다.  끝.\n\n")
        d.n(org.head, "official by office").t("\n")
        footer_redacted(d, r, org)
        return
    p = mk_kr(r)
    d.t("2. 민원인: ").per(p).t(pick(r, " (", " / 연락처 ")).tel("phone_mobile").t(pick(r, ")", "") + "\n")
    if r.random() < 0.5:
        d.t("   전자우편: ").mail(p).t("\n")
    d.t("   주소: ").addr(postal=r.random() < 0.5, ref=True).t("\n")
    d.t(f"3. 민원 요지: {pick(r, '인근 공사장 소음 및 분진 피해', '무단 방치 차량 처리 요청', '도로 파손 보수 요청', '가로등 고장 신고')}")
    if r.random() < 0.5:
        d.t(" (관련 차량: ").plate().t(")")
    d.t("\n4. 처리 결과는 민원인에게 직접 통지하여 주시기 바랍니다.\n\n붙임  민원 신청서 1부.  끝.\n\n").n(org.head, "official by office").t("\n")
    footer_modern(d, r, org)


@tpl("minwon_result", "민원회신", 22, nopii=6)
def t_minwon_result(d, r, i):
    org = mk_org(r)
    d.t(f"{org.name}\n\n{pick(r, '민원 처리 결과 통지', '민원처리결과 알림', '질의민원 회신')}\n\n")
    if d.no_pii:
        d.t("수신  ").n(hn_placeholder(r), "placeholder person").t(" 귀하\n")
    else:
        p = mk_kr(r)
        d.t("수신  ").per(p).t(" 귀하").t(pick(r, "\n", " ("))
        if r.random() < 0.6:
            d.addr(postal=r.random() < 0.5, ref=r.random() < 0.5)
            d.t("\n")
        else:
            d.t("\n")
    d.t("접수번호  ").n(hn_receipt(r), "receipt number").t("   접수일  ").n(fdate(doc_date(r)), "date").t("\n")
    d.t(f"제목  {pick(r, '과태료 부과 관련 이의 신청', '보조금 지급 여부 질의', '주차 단속 관련 민원', '생활폐기물 수거 관련 민원')}에 대한 회신\n\n")
    d.t(f"1. 평소 {org.short} 행정에 관심을 가져 주신 데 감사드립니다.\n2. 귀하께서 제출하신 민원은 ")
    d.n(r.choice(STATUTES), "statute citation").t(f"에 따라 검토한 결과 {pick(r, '수용', '불수용', '일부 수용')}되었음을 알려 드립니다.\n")
    if not d.no_pii and r.random() < 0.6:
        d.t("  - 환급 계좌: ")
        v, kind, f, bank = gen_acct(r)
        d.t(f"{bank} ").s("KR_BANK_ACCOUNT", (v, kind, f)).t(" (예금주 ").per(mk_kr(r)).t(")\n")
    if not d.no_pii and r.random() < 0.35:
        d.t("  - 대상 차량: ").plate().t("\n")
    d.t("3. 이 처분에 이의가 있는 경우 ").n(fdate(doc_date(r)), "date").t("부터 90일 이내에 ")
    d.n("「행정심판법」 제27조", "statute citation").t("에 따라 행정심판을 청구할 수 있습니다.\n")
    if d.no_pii:
        d.t(f"4. 기타 궁금한 사항은 {org.dept}(").n(org.switch, "institution switchboard").t(") 또는 정부민원안내콜센터(").n("110", "institution short code").t(")로 문의하여 주시기 바랍니다.\n\n")
        d.n(org.head, "official by office").t("\n")
        return
    off = mk_kr(r, y0=1968, y1=1998)
    d.t(f"4. 추가 문의 사항은 {org.dept} ").per(off).t(pick(r, " 주무관", " 주무관(", " 담당("))
    d.s("PHONE_NUMBER", direct_line(r, org))
    d.t(pick(r, ")", ")에게", "") + pick(r, "에게 연락하여 주시기 바랍니다.\n\n", " 연락 바랍니다.\n\n"))
    d.n(org.head, "official by office").t("\n")


@tpl("minwon_epeople", "민원회신", 18, nopii=6)
def t_minwon_epeople(d, r, i):
    org = mk_org(r)
    d.t(f"[국민신문고 답변] {org.name} {org.dept}\n신청번호: ").n(hn_receipt(r), "receipt number").t("\n처리기관: ").n(f"{org.name} {org.dept}", "institution name").t("\n")
    d.t("처리일: ").n(fdate(doc_date(r), pick(r, "iso", "dot")), "date").t("\n\n")
    if d.no_pii:
        d.t("안녕하십니까? 국민신문고를 통해 신청하신 민원에 대한 답변입니다.\n")
        d.t(f"귀하의 질의는 {pick(r, '가족관계증명서 발급 수수료', '전입신고 처리 기간', '여권 발급 소요 기간')}에 관한 것으로 이해됩니다. ")
        d.n(r.choice(STATUTES), "statute citation").t("에 따르면 신청인은 주민등록표 등본을 제출하여야 하며, 예시로 성명 ").n("홍길동", "placeholder person").t(", 주민등록번호 ")
        d.n("000000-0000000", "placeholder person").t("과 같이 적습니다.\n수수료는 ").n(hn_amount(r, 1000, 30000), "amount").t("입니다.\n")
        d.t("자세한 사항은 ").n(hn_special(r), "institution switchboard").t(" 또는 ").n(r.choice(["110", "120", "1345"]), "institution short code").t("로 문의하시기 바랍니다. 감사합니다.\n")
        return
    p = mk_kr(r) if r.random() < 0.8 else mk_foreign(r)
    d.t("안녕하십니까? ").per(p, "latin" if p.foreign and r.random() < 0.5 else ("hangul" if p.foreign else "name")).t(pick(r, "님께서 ", " 님께서 "))
    d.t("국민신문고를 통해 신청하신 민원에 대한 답변입니다.\n\n")
    d.t(f"귀하께서 문의하신 {pick(r, '체류기간 연장 후 주소 변경', '자동차 압류 해제', '건강보험료 감면', '운전면허 갱신 기간')} 건은 다음과 같습니다.\n")
    k = r.randrange(3)
    if k == 0 and not p.foreign:
        d.t("- 확인 결과 귀하 명의의 차량(").plate().t(")에 대한 압류는 ").n(fdate(doc_date(r)), "date").t("자로 해제되었습니다.\n")
    elif k == 1:
        d.t("- 신청서에 기재하신 ").t("외국인등록번호(" if p.foreign else "주민등록번호(").idno(p, fmt="masked").t(")로 조회한 결과 처리가 완료되었습니다.\n")
    else:
        d.t("- 보내주신 자료는 전자우편(").mail(p).t(")로 회신드렸습니다.\n")
    off = mk_kr(r, y0=1968, y1=1998)
    d.t("\n※ 답변 내용에 대한 추가 문의는 담당자 ").per(off).t(f" {pick(r, '주무관', '행정주사', '사무관')}(")
    d.s("PHONE_NUMBER", direct_line(r, org)).t(", ").mail(off, "email_official", pick(r, "korea.kr", org.domain)).t(")에게 해 주시기 바랍니다.\n")
    d.t("※ 정부민원안내콜센터 ").n("110", "institution short code").t("\n")


def label(d, r, lab, width=None, style=None):
    style = style or r.choice(["colon", "grid", "space"])
    if style == "colon":
        d.t(f"{lab}: ")
    elif style == "grid":
        d.t(f"| {lab} | ")
    else:
        d.t(f"{lab}{' ' * max(2, (width or 12) - len(lab) * 2)}")
    return style


@tpl("form_apply", "신청서", 26)
def t_form_apply(d, r, i):
    kinds = ["보조금 지급 신청서", "거주자우선주차 신청서", "여권 발급 신청서", "운전경력증명서 발급 신청서", "긴급복지 지원 신청서",
             "장애인 보조기기 지원 신청서"]
    kk = i % len(kinds)
    org = mk_org(r, "local")
    style = r.choice(["colon", "grid", "space"])
    nl = " |\n" if style == "grid" else "\n"
    d.t(f"■ {pick(r, '「보조금 관리에 관한 법률 시행규칙」', '지방자치단체 조례 시행규칙', '「여권법 시행규칙」')} [별지 제{r.randint(1, 30)}호서식]\n")
    d.t(f"{kinds[kk]}\n접수번호 ").n(hn_receipt(r), "receipt number").t("  접수일 ").n(fdate(doc_date(r)), "date").t("  처리기간 14일\n")
    p = mk_kr(r, y0=1940, y1=2004)
    label(d, r, "성명", style=style)
    d.per(p, "name")
    if kk == 2:
        d.t(nl)
        label(d, r, "영문성명", style=style)
        d.per(p, "roman")
    d.t(nl)
    label(d, r, "주민등록번호", style=style)
    d.rrn(p, fmt=pick(r, "dash", "dash", "masked"))
    d.t(nl)
    label(d, r, "주소", style=style)
    d.addr(postal=r.random() < 0.4)
    d.t(nl)
    label(d, r, pick(r, "휴대전화", "연락처", "전화번호"), style=style)
    d.tel("phone_mobile")
    if r.random() < 0.4:
        d.t("  (자택) ").tel("phone_landline")
    d.t(nl)
    if r.random() < 0.6:
        label(d, r, "전자우편", style=style)
        d.mail(p)
        d.t(nl)
    if kk == 0 or kk == 4:
        label(d, r, "입금계좌", style=style)
        v, kind, f, bank = gen_acct(r)
        d.t(f"{bank} ").s("KR_BANK_ACCOUNT", (v, kind, f)).t(" 예금주 ").per(p).t(nl)
        if kk == 4:
            label(d, r, "건강보험증번호", style=style)
            d.hi().t(nl)
    elif kk == 1:
        label(d, r, "차량번호", style=style)
        d.plate().t(nl)
        label(d, r, "차종", style=style)
        d.t(pick(r, "승용", "SUV", "경차") + nl)
    elif kk == 2:
        label(d, r, "종전 여권번호", style=style)
        d.pp(p, kind="passport_kr_old").t(nl)
        label(d, r, "긴급연락처", style=style)
        q = mk_kr(r)
        d.per(q).t(" ").tel("phone_mobile").t(nl)
    elif kk == 3:
        label(d, r, "운전면허번호", style=style)
        d.dl().t(nl)
    else:
        label(d, r, "생년월일", style=style)
        d.dob(p).t(nl)
    d.t(f"\n위와 같이 신청합니다.\n\n{' ' * 20}").n(fdate(doc_date(r)), "date").t(f"\n{' ' * 16}신청인 ")
    if r.random() < 0.25:
        d.spaced(p)
    else:
        d.per(p)
    d.t(" (서명 또는 인)\n\n").n(org.head, "official by office").t(" 귀하\n")


@tpl("form_grid", "신청서", 14)
def t_form_grid(d, r, i):
    p = mk_kr(r)
    d.t(f"{pick(r, '평생교육 강좌 수강 신청서', '체육시설 대관 신청서', '청년 월세 지원 신청서', '주민자치회 위원 신청서')}\n")
    d.t("┌──────────┬───────────────────┐\n")
    rows = []
    rows.append(("성   명", lambda: d.per(p)))
    rows.append(("생년월일", lambda: d.dob(p)))
    rows.append(("주   소", lambda: d.addr(noise=["wrapped"] if r.random() < 0.35 else None)))
    rows.append(("휴 대 폰", lambda: d.tel("phone_mobile")))
    rows.append(("이 메 일", lambda: d.mail(p)))
    if r.random() < 0.6:
        v, kind, f, bank = gen_acct(r)
        rows.append(("지원금 입금계좌", lambda: d.t(bank + " ").s("KR_BANK_ACCOUNT", (v, kind, f))))
    r.shuffle(rows)
    for lab, fn in rows:
        d.t(f"│ {lab} │ ")
        fn()
        d.t(" │\n")
    d.t("├──────────┴───────────────────┤\n│ 개인정보 수집·이용에 동의합니다. ■동의  □미동의          │\n")
    d.t("│ 작성일 ").n(fdate(doc_date(r)), "date").t("   신청인 ").per(p).t(" (인) │\n└──────────────────────────────┘\n")


@tpl("consent", "동의서", 22, nopii=4)
def t_consent(d, r, i):
    org = mk_org(r)
    d.t(f"개인정보 수집·이용 동의서\n\n{org.name}은(는) ").n("「개인정보 보호법」 제15조", "statute citation").t("에 따라 아래와 같이 개인정보를 수집·이용합니다.\n\n")
    d.t("1. 수집 항목: 성명, 생년월일, 주소, 연락처" + pick(r, ", 계좌번호", ", 차량번호", "") + "\n")
    d.t("2. 수집·이용 목적: " + pick(r, "지원금 지급 및 사후관리", "행사 참가자 관리", "민원 처리 결과 통지") + "\n")
    d.t("3. 보유 기간: " + pick(r, "5년", "3년", "사업 종료 후 1년") + "\n")
    d.t("4. 동의를 거부할 권리가 있으며, 거부 시 " + pick(r, "지원이 제한될 수 있습니다.", "참가가 제한됩니다.") + "\n\n")
    if d.no_pii:
        d.t("□ 동의함   □ 동의하지 않음\n\n[작성 예시]\n성명: ").n("홍길동", "placeholder person").t("   생년월일: ").n("0000. 00. 00.", "placeholder value")
        d.t("\n주민등록번호: ").n("000000-0000000", "placeholder person").t("\n\n").n(fdate(doc_date(r)), "date").t("\n동의자 성명:            (서명)\n\n")
        d.n(org.head, "official by office").t(" 귀하\n")
        return
    p = mk_kr(r, y0=1945, y1=2006)
    d.t(pick(r, "■ 동의함   □ 동의하지 않음\n\n", "☑ 동의함  ☐ 동의하지 않음\n\n"))
    d.t("성명: ").per(p).t(pick(r, "   생년월일: ", "\n생년월일: ")).dob(p).t("\n연락처: ").tel("phone_mobile")
    if r.random() < 0.5:
        d.t("\n주소: ").addr(ref=r.random() < 0.5)
    if p.birth[0] >= 2007 or r.random() < 0.3:
        g = mk_kr(r, y0=1960, y1=1990)
        d.t("\n법정대리인(보호자): ").per(g).t(" (관계: " + pick(r, "부", "모", "조모") + ", 연락처 ").tel("phone_mobile").t(")")
    d.t("\n\n").n(fdate(doc_date(r)), "date").t("\n동의자 ").per(p, noise=["spaced_name"] if r.random() < 0.3 else None).t(" (서명)\n\n")
    d.n(org.head, "official by office").t(" 귀하\n")


@tpl("report_moving", "신고서", 14)
def t_report_moving(d, r, i):
    d.t("■ 주민등록법 시행령 [별지 제15호서식]\n전입신고서\n")
    p = mk_kr(r, y0=1950, y1=1995)
    d.t("신고인 성명 ").per(p).t("   주민등록번호 ").rrn(p, fmt=pick(r, "dash", "dash", "plain")).t("   전화번호 ").tel("phone_mobile").t("\n")
    d.t("전 주소 ").addr(fmt=pick(r, "road_full", "jibun_full")).t("\n현 주소 ").addr(fmt=pick(r, "road_full", "road_short"), postal=r.random() < 0.5)
    d.t("\n세대주와의 관계: 본인\n\n" + pick(r, "전입자\n구분  성명  주민등록번호  세대주와의 관계\n", "전입자\n"))
    for k in range(r.randint(1, 4)):
        q = mk_baby(r) if r.random() < 0.5 else mk_kr(r, y0=1960, y1=2019)
        d.t(f"{k + 1}  ").per(q).t("  ").rrn(q).t("  " + pick(r, "배우자", "자", "모", "부") + "\n")
    d.t("\n").n(fdate(doc_date(r)), "date").t("\n신고인 ").per(p).t(" (서명 또는 인)\n").n(pick(r, "마포구 망원제1동장", "수원시 인계동장", "공주시 신관동장", "나주시 빛가람동장"), "official by office").t(" 귀하\n")
    d.t("※ 확인 담당자 ").n("○○○", "placeholder person").t(" (인)\n")


@tpl("report_business", "신고서", 16)
def t_report_business(d, r, i):
    co = r.choice(COMPANIES)
    p = mk_kr(r, y0=1955, y1=1995)
    k = r.randrange(3)
    d.t(pick(r, "■ 부가가치세법 시행규칙 [별지 제4호서식]\n", "") + ["사업자등록 신청서(법인사업자용)", "휴업(폐업)신고서", "사업자등록 정정신고서"][k] + "\n")
    d.t("접수번호 ").n(hn_receipt(r), "receipt number").t("\n1. 인적사항\n 상호(법인명) ").n(co, "company name").t("\n 대표자 ").per(p)
    d.t("   주민등록번호 ").rrn(p, fmt=pick(r, "dash", "masked")).t("\n 사업자등록번호 ").brn(kind="brn_corp")
    d.t("   법인등록번호 ").crn().t("\n 사업장 소재지 ").addr(fmt=pick(r, "road_full", "road_short", "jibun_full"), ref=r.random() < 0.4)
    d.t("\n 전화번호 (사업장) ").tel(pick(r, "phone_landline", "phone_070")).t("  (휴대전화) ").tel("phone_mobile")
    d.t("\n 전자우편 ").mail(p if r.random() < 0.4 else None, "email_company", pick(r, "hanbit-eng.co.kr", "nuritech.kr", "garam.co.kr", "sol-food.com"))
    if k == 1:
        d.t(f"\n2. 폐업 연월일 ").n(fdate(doc_date(r)), "date").t("   사유: " + pick(r, "사업 부진", "양도·양수", "법인 전환"))
    else:
        d.t("\n2. 업태 " + pick(r, "제조", "도소매", "서비스", "건설") + "  종목 " + pick(r, "소프트웨어 개발", "식료품", "조경", "측량"))
        d.t("\n3. 자본금 ").n(hn_amount(r, 10000000, 900000000), "amount").t("  개업일 ").n(fdate(doc_date(r, 2015, 2026)), "date")
    d.t("\n\n").n(fdate(doc_date(r)), "date").t("\n신청인 ").per(p).t(" (인)\n대리인 ")
    if r.random() < 0.4:
        ag = mk_kr(r)
        d.per(ag).t(" (세무사, ").tel("phone_landline").t(")")
    d.t("\n").n(pick(r, "마포세무서장", "수원세무서장", "공주세무서장", "해운대세무서장"), "official by office").t(" 귀하\n")


@tpl("report_lost", "신고서", 16)
def t_report_lost(d, r, i):
    k = i % 3
    p = mk_kr(r) if k != 1 or r.random() < 0.7 else mk_foreign(r)
    if k == 0:
        d.t("신용카드 분실·도난 신고 접수 확인서\n\n신고인: ").per(p).t("  (").dob(p, fmt=pick(r, "yymmdd", "dot_pad", "kor")).t(")\n연락처: ").tel("phone_mobile").t("\n")
        d.t("분실 카드\n")
        for _ in range(r.randint(1, 3)):
            d.t(" - " + pick(r, "신용", "체크", "법인 아닌 개인") + "카드 ").card().t(f" (유효기간 {r.randint(1, 12):02d}/{r.randint(27, 31)})\n")
        d.t("분실 일시·장소: ").n(fdate(doc_date(r)), "date").t(" " + pick(r, "지하철 2호선 차내", "시장 인근", "버스 정류장") + "\n")
        d.t("고객센터 ").n(hn_special(r), "institution switchboard").t("\n")
    elif k == 1:
        d.t("여권 분실신고서\n\n성명(한글) ").per(p, "hangul" if p.foreign else "name").t("   성명(영문) ").per(p, "latin" if p.foreign else "roman")
        d.t("\n여권번호 ").pp(p).t("   생년월일 ").dob(p, fmt=pick(r, "eng", "dot_pad", "iso")).t("\n")
        d.t(("외국인등록번호 " if p.foreign else "주민등록번호 ")).idno(p).t("\n연락처 ").tel("phone_mobile").t("  전자우편 ").mail(p).t("\n")
        d.t("분실 경위: " + pick(r, "공항 이동 중 가방 분실", "숙소에서 도난", "이사 중 분실") + "\n")
        d.t("\n").n(fdate(doc_date(r)), "date").t("\n신고인 ").per(p, "latin" if p.foreign else "name").t(" (서명)\n").n(pick(r, "외교부장관", "마포구청장", "수원시장"), "official by office").t(" 귀하\n")
    else:
        d.t("운전면허증 재발급 신청서\n\n성명 ").per(p).t("\n면허번호 ").dl().t("\n주민등록번호 ").rrn(p).t("\n주소 ").addr().t("\n연락처 ").tel("phone_mobile")
        d.t("\n재발급 사유: " + pick(r, "분실", "훼손", "기재사항 변경") + "\n수수료 ").n(hn_amount(r, 8000, 15000), "amount").t("\n")
        d.t("\n").n(fdate(doc_date(r)), "date").t("  신청인 ").per(p).t(" (서명)\n").n(pick(r, "서울지방경찰청장", "경기남부경찰청장", "도로교통공단 이사장"), "official by office").t(" 귀하\n")


# =================================================================== TEMPLATES (2): 대장, 표, 계약서, 인사명령, 회의록, 보도자료, 뉴스
def seps(r):
    return r.choice([(" | ", "| ", " |"), ("\t", "", ""), ("  ", "", ""), ("│", "│", "│"), (" , ", "", "")])


def row(d, sep, cells, lead="", tail=""):
    d.t(lead)
    for k, c in enumerate(cells):
        if k:
            d.t(sep)
        if callable(c):
            c()
        else:
            d.t(str(c))
    d.t(tail + "\n")


@tpl("ledger_visitors", "대장", 14)
def t_ledger_visitors(d, r, i):
    sep, lead, tail = seps(r)
    org = mk_org(r)
    d.t(f"{org.name} {pick(r, '청사', '민원실', '별관')} 방문자 출입 관리대장 ({fdate(doc_date(r))})\n")
    hdr = r.random() < 0.6
    if hdr:
        row(d, sep, ["연번", "성명", "방문부서", "연락처", "차량번호", "입실", "퇴실"], lead, tail)
    for k in range(r.randint(4, 7)):
        p = mk_kr(r) if r.random() < 0.85 else mk_foreign(r)
        car = r.random() < 0.6
        h1 = r.randint(8, 17)
        row(d, sep, [k + 1, lambda: d.per(p), pick(r, org.dept, "민원실", "감사실", "회의실"),
                     lambda: d.tel(pick(r, "phone_mobile", "phone_mobile", "phone_mobile", "phone_050"), fmt=None),
                     (lambda: d.plate()) if car else "-", f"{h1:02d}:{r.randint(0, 59):02d}", f"{h1 + 1:02d}:{r.randint(0, 59):02d}"], lead, tail)
    d.t("※ 개인정보는 출입 관리 목적으로만 이용하며 3개월 후 파기합니다. 관리책임: ").n(org.head, "official by office").t("\n")


@tpl("ledger_vehicle", "대장", 14)
def t_ledger_vehicle(d, r, i):
    sep, lead, tail = seps(r)
    if i % 2 == 0:
        d.t(f"{pick(r, '(주)누리렌터카', '가람렌트카', '햇살렌터카')} 대여 기록부 — 관할 구청 점검 제출용\n")
        if r.random() < 0.7:
            row(d, sep, ["대여일", "차량번호", "임차인", "면허번호", "연락처"], lead, tail)
        for _ in range(r.randint(3, 6)):
            p = mk_kr(r, y0=1960, y1=2003)
            row(d, sep, [fdate(doc_date(r), "iso"), lambda: d.plate(fmt="rental"), lambda: d.per(p), lambda: d.dl(), lambda: d.tel("phone_mobile")], lead, tail)
        d.t("점검자: ").n(pick(r, "마포구청장", "수원시장", "해운대구청장"), "official by office").t(" (교통행정과)\n")
    else:
        d.t(f"{r.choice(APTS).split()[0]} 입주자 차량 등록 대장\n")
        if r.random() < 0.6:
            row(d, sep, ["동", "호", "차량번호", "소유자", "연락처", "비고"], lead, tail)
        for _ in range(r.randint(4, 7)):
            p = mk_kr(r)
            row(d, sep, [f"{r.randint(101, 112)}", f"{r.randint(1, 20)}{r.randint(1, 4):02d}", lambda: d.plate(fmt=pick(r, "p2", "p3", "p3", "nospace")),
                         lambda: d.per(p), lambda: d.tel("phone_mobile"), pick(r, "-", "2대", "경차", "전기차")], lead, tail)
        d.t("관리사무소 ").n(hn_special(r) if r.random() < 0.3 else f"0{r.randint(31, 64)}-{r.randint(200, 999)}-{r.randint(1000, 9999)}", "institution switchboard").t("\n")


@tpl("ledger_payment", "대장", 14)
def t_ledger_payment(d, r, i):
    sep, lead, tail = seps(r)
    org = mk_org(r, "local")
    d.t(f"{pick(r, '재난지원금', '출산축하금', '경로당 운영비', '청년 구직수당')} 지급 대장 ({org.name} {org.dept})\n")
    hdr = r.random() < 0.65
    if hdr:
        row(d, sep, ["번호", "성명", "생년월일", "은행", "계좌번호", "지급액", "비고"], lead, tail)
    tot = 0
    for k in range(r.randint(4, 7)):
        p = mk_kr(r)
        v, kind, f, bank = gen_acct(r)
        amt = r.randint(10, 300) * 10000
        tot += amt
        row(d, sep, [k + 1, lambda: d.per(p), lambda: d.dob(p, fmt=pick(r, "dot_pad_noend", "yymmdd", "iso", "dot_pad")), bank,
                     lambda: d.s("KR_BANK_ACCOUNT", (v, kind, f)), lambda: d.n(f"{amt:,}", "amount"), pick(r, "", "대리수령", "재지급")], lead, tail)
    d.t("합계 ").n(f"{tot:,}원", "amount").t("\n")


@tpl("ledger_foreign", "대장", 20)
def t_ledger_foreign(d, r, i):
    sep, lead, tail = seps(r)
    co = r.choice(COMPANIES)
    d.t(f"외국인 근로자 고용 현황 대장 — 사업장: ").n(co, "company name").t(" (사업장관리번호 ").n(f"{digits(r, 3)}-{digits(r, 2)}-{digits(r, 5)}-0", "public-record identifier").t(")\n")
    hdr = r.random() < 0.6
    if hdr:
        row(d, sep, ["성명", "국적", "외국인등록번호", "여권번호", "입국일", "연락처"], lead, tail)
    for _ in range(r.randint(3, 6)):
        p = mk_foreign(r)
        row(d, sep, [lambda: d.per(p, "latin" if r.random() < 0.7 else "hangul"), p.foreign, lambda: d.frn(p, fmt=pick(r, "dash", "dash", "plain", "masked")),
                     lambda: d.pp(p), fdate(doc_date(r, 2019, 2026), "iso"), lambda: d.tel("phone_mobile")], lead, tail)
    d.t("고용허가 담당: ").n(pick(r, "고용노동부 수원지청장", "고용노동부 안산지청장", "고용노동부 천안지청장"), "official by office").t("  외국인력상담센터 ").n("1577-4386", "institution switchboard").t("\n")


@tpl("table_pipe_header", "표", 14)
def t_table_pipe_header(d, r, i):
    cols = r.sample(["성명", "생년월일", "휴대전화", "이메일", "주소", "소속"], 4)
    if "성명" not in cols:
        cols[0] = "성명"
    d.t(f"[{pick(r, '교육 수료자 명단', '자원봉사자 명부', '위원 후보자 명단', '행사 참가자 명단')}]\n")
    d.t("| " + " | ".join(cols) + " |\n|" + "|".join(["---"] * len(cols)) + "|\n")
    for _ in range(r.randint(4, 8)):
        p = mk_kr(r) if r.random() < 0.9 else mk_foreign(r)
        d.t("| ")
        for k, c in enumerate(cols):
            if k:
                d.t(" | ")
            if c == "성명":
                d.per(p)
            elif c == "생년월일":
                if p.foreign:
                    d.dob(p, fmt="iso")
                else:
                    d.dob(p)
            elif c == "휴대전화":
                d.tel("phone_mobile")
            elif c == "이메일":
                d.mail(p)
            elif c == "주소":
                d.addr(fmt=pick(r, "road_short", "road_sigungu", "road_full"))
            else:
                d.n(r.choice(COMPANIES), "company name") if r.random() < 0.5 else d.t(pick(r, "주민자치회", "새마을부녀회", "청년회", "-"))
        d.t(" |\n")


@tpl("table_tab_noheader", "표", 14)
def t_table_tab_noheader(d, r, i):
    sep = pick(r, "\t", "\t", " | ", ";")
    d.t(pick(r, "", "붙임 2\n", "(별첨)\n"))
    for k in range(r.randint(4, 8)):
        p = mk_kr(r)
        cells = [lambda: d.per(p), lambda: d.rrn(p), lambda: d.tel("phone_mobile")]
        if r.random() < 0.5:
            v, kind, f, bank = gen_acct(r)
            cells += [bank, lambda: d.s("KR_BANK_ACCOUNT", (v, kind, f))]
        if r.random() < 0.3:
            cells.append(lambda: d.hi())
        row(d, sep, [str(k + 1)] + cells)
    d.t(pick(r, "", "\n- 2 -\n"))


@tpl("table_spaces", "표", 12)
def t_table_spaces(d, r, i):
    k = i % 3
    hdr = r.random() < 0.5
    if k == 0:
        if hdr:
            d.t("차량번호        소유자      연락처            위반일시\n")
        for _ in range(r.randint(4, 7)):
            p = mk_kr(r)
            d.plate().t(" " * r.randint(4, 8)).per(p).t(" " * r.randint(4, 8)).tel("phone_mobile").t(" " * r.randint(3, 6)).n(fdate(doc_date(r), "iso"), "date").t(f" {r.randint(0, 23):02d}:{r.randint(0, 59):02d}\n")
    elif k == 1:
        if hdr:
            d.t("접속IP              사용자      접속시각             \n")
        for _ in range(r.randint(4, 8)):
            p = mk_kr(r, y0=1970, y1=1998)
            d.ip().t(" " * r.randint(3, 8)).per(p).t(" " * r.randint(3, 6)).n(fdate(doc_date(r), "iso"), "date").t(f" {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}\n")
    else:
        if hdr:
            d.t("성  명      건강보험증번호      생년월일        보호자 연락처\n")
        for _ in range(r.randint(4, 7)):
            p = mk_kr(r, y0=1930, y1=2020)
            d.per(p).t(" " * r.randint(4, 7)).hi().t(" " * r.randint(4, 7)).dob(p, fmt=pick(r, "dot_pad", "iso", "yymmdd")).t(" " * r.randint(4, 7)).tel("phone_mobile").t("\n")


@tpl("table_stats_nopii", "표", 14, nopii=1)
def t_table_stats_nopii(d, r, i):
    d.no_pii = True
    sep = pick(r, " | ", "\t", "  ")
    d.t(f"{pick(r, '시군별 민원 처리 현황', '지역별 보조금 집행 실적', '권역별 외국인 주민 현황', '특산물 판매 실적')} (").n(fdate(doc_date(r)), "date").t(" 기준)\n")
    if r.random() < 0.6:
        d.t(sep.join(["지역", "건수", "금액(원)", "비고"]) + "\n")
    for _ in range(r.randint(4, 7)):
        d.n(r.choice(PLACES_NS), "name-shaped place").t(sep + str(r.randint(10, 9999)) + sep).n(f"{r.randint(1, 99999) * 1000:,}", "amount").t(sep)
        x = r.random()
        if x < 0.3:
            d.n(r.choice(PRODUCTS_NS), "name-shaped product")
        elif x < 0.5:
            d.n(r.choice(COMPANIES), "company name")
        elif x < 0.7:
            d.n(r.choice(NOUNS_NS), "name-shaped common noun").t(" 농가")
        else:
            d.t("-")
        d.t("\n")
    d.t("자료: ").n(pick(r, "행정안전부장관", "농림축산식품부장관", "법무부장관"), "official by office").t(" 제공, 문의 ").n(hn_special(r), "institution switchboard").t("\n")


@tpl("table_business", "표", 18)
def t_table_business(d, r, i):
    sep, lead, tail = seps(r)
    d.t(f"{pick(r, '입찰 참가 업체 현황', '협력업체 등록 명부', '계약 상대자 현황')} (공고번호 ").n(f"R{r.randint(24, 26)}BK{digits(r, 8)}-00", "public-record identifier").t(")\n")
    if r.random() < 0.65:
        row(d, sep, ["업체명", "대표자", "사업자등록번호", "법인등록번호", "전화"], lead, tail)
    for co in r.sample(COMPANIES, r.randint(3, 6)):
        p = mk_kr(r, y0=1955, y1=1990)
        corp = True
        row(d, sep, [lambda: d.n(co, "company name"), lambda: d.per(p), lambda: d.brn(kind="brn_corp" if corp else "brn_individual"),
                     lambda: d.crn(), lambda: d.tel(pick(r, "phone_landline", "phone_070", "phone_mobile"))], lead, tail)


@tpl("contract_service", "계약서", 16)
def t_contract_service(d, r, i):
    org = mk_org(r)
    co = r.choice(COMPANIES)
    p = mk_kr(r, y0=1955, y1=1988)
    d.t(f"{pick(r, '용역 계약서', '물품 구매 계약서', '공사 도급 계약서')}\n\n계약명: {pick(r, '민원 안내 시스템 유지관리', '청사 조경 관리', '통계조사 용역', '홍보물 제작')}\n")
    DP = date_pair(r)
    d.t("계약금액: 금").n(hn_amount(r, 5000000, 500000000), "amount").t(" (부가가치세 포함)\n계약기간: ").n(fdate(DP[0]), "date").t(" ~ ").n(fdate(DP[1]), "date").t("\n\n")
    d.t(f"발주기관(이하 \"갑\"): {org.name}\n  주소: ").n(org.addr, "institution address").t("\n  고유번호: ").n(hn_inst_brn(r), "institution registration number").t("\n  대표: ").n(org.head, "official by office").t("\n\n")
    d.t("계약상대자(이하 \"을\"): ").n(co, "company name").t("\n  대표자: ").per(p).t("\n  주소: ").addr(fmt=pick(r, "road_full", "jibun_full", "road_short"), ref=r.random() < 0.3)
    d.t("\n  사업자등록번호: ").brn(kind="brn_corp").t(pick(r, "\n  법인등록번호: ", "  법인등록번호 ")).crn().t("\n  전화: ").tel(pick(r, "phone_landline", "phone_070")).t("  팩스: ").tel("phone_fax")
    d.t("\n  대금 지급 계좌: ")
    v, kind, f, bank = gen_acct(r)
    d.t(f"{bank} ").s("KR_BANK_ACCOUNT", (v, kind, f)).t(" (예금주: ").n(co, "company name").t(")\n\n")
    d.t("제1조(목적) \"갑\"과 \"을\"은 ").n(pick(r, "「지방자치단체를 당사자로 하는 계약에 관한 법률」", "「국가를 당사자로 하는 계약에 관한 법률」"), "statute citation").t("에 따라 이 계약을 체결한다.\n")
    d.t("제2조(책임자) \"을\"의 현장 책임자는 ").per(mk_kr(r, y0=1965, y1=1995)).t(pick(r, "(연락처 ", " (휴대전화 ")).tel("phone_mobile").t(")으로 한다.\n")
    d.t("제3조(비밀유지) \"을\"은 업무상 알게 된 개인정보를 누설하여서는 아니 된다.\n\n").n(fdate(doc_date(r)), "date").t("\n")
    d.t("갑 ").n(org.head, "official by office").t(" (인)      을 ").n(co, "company name").t(" 대표이사 ").per(p).t(" (인)\n")


@tpl("contract_labor", "계약서", 12)
def t_contract_labor(d, r, i):
    org = mk_org(r, "local")
    p = mk_kr(r, y0=1955, y1=2005)
    d.t("기간제 근로자 표준근로계약서\n\n").n(org.head, "official by office").t("(이하 \"사업주\"라 함)과 ")
    d.per(p).t("(이하 \"근로자\"라 함)은 다음과 같이 근로계약을 체결한다.\n\n")
    DP = date_pair(r, 330)
    d.t("1. 근로계약기간: ").n(fdate(DP[0]), "date").t("부터 ").n(fdate(DP[1]), "date").t("까지\n")
    d.t(f"2. 근무장소: {org.name} {org.dept}\n3. 업무내용: {pick(r, '민원 안내 보조', '공원 환경정비', '자료 전산화', '방역 지원')}\n")
    d.t("4. 임금: 월 ").n(hn_amount(r, 2000000, 2600000), "amount").t(", 매월 ").n(f"{r.randint(10, 25)}일", "date").t(" 근로자 명의 계좌로 지급\n")
    v, kind, f, bank = gen_acct(r)
    d.t(f"   ({bank} ").s("KR_BANK_ACCOUNT", (v, kind, f)).t(")\n5. 기타: 이 계약에 정함이 없는 사항은 ").n("「근로기준법」", "statute citation").t("에 따른다.\n\n")
    d.n(fdate(doc_date(r)), "date").t("\n\n(사업주) ").n(org.name, "institution name").t("  대표 ").n(org.head, "official by office").t(" (서명)\n")
    d.t("(근로자) 주소: ").addr().t("\n          연락처: ").tel("phone_mobile").t("\n          생년월일: ").dob(p).t("\n          성명: ")
    d.per(p, noise=["spaced_name"] if r.random() < 0.3 else None).t(" (서명)\n")


@tpl("personnel_order", "인사명령", 16, nopii=8)
def t_personnel_order(d, r, i):
    org = mk_org(r)
    d.t(f"{org.name} 인사발령\n").n(f"{org.name.split()[-1]} 인사발령 제{doc_date(r)[0]}-{r.randint(1, 200)}호", "document number").t("\n\n")
    if d.no_pii:
        d.t(f"{pick(r, '승진', '전보', '신규임용')} {r.randint(3, 40)}명 (세부 명단은 내부망 게시)\n발령일: ").n(fdate(doc_date(r)), "date")
        d.t("\n근거: ").n(r.choice(STATUTES), "statute citation").t("\n\n").n(org.head, "official by office").t("\n문의: ").n(org.switch, "institution switchboard").t(" (대표)\n")
        return
    kinds = ["승진", "전보", "신규임용", "직무대리", "휴직", "복직"]
    layout = r.randrange(3)
    for kd in r.sample(kinds, r.randint(2, 4)):
        d.t(f"◇ {kd}\n")
        for _ in range(r.randint(1, 4)):
            p = mk_kr(r, y0=1965, y1=1998)
            grade = pick(r, "행정주사", "행정사무관", "지방행정주사보", "시설6급", "사회복지주사", "서기관")
            dept = r.choice(org.depts)
            if layout == 0:
                d.t(f"  {dept} {grade} ").per(p).t("\n")
            elif layout == 1:
                d.t(f"  ▲{dept} ").per(p)
                d.t("\n")
            else:
                d.t(f"  {grade}  ").per(p).t(f"  {dept}{pick(r, '장', '')}에 보함" + ("" if kd != "휴직" else " (" + pick(r, "육아휴직", "질병휴직", "연수휴직") + ")") + "\n")
    d.t("\n").n(fdate(doc_date(r)), "date").t("\n").n(org.head, "official by office").t("\n")


@tpl("personnel_trip", "인사명령", 12)
def t_personnel_trip(d, r, i):
    org = mk_org(r, "central")
    d.t(f"국외출장 명령\n\n1. 출장목적: {pick(r, 'OECD 전자정부 작업반 회의 참석', '재외국민 행정서비스 현황 조사', '국제 재난관리 협력 회의')}\n")
    DP = date_pair(r, 12)
    d.t(f"2. 출장국: {pick(r, '프랑스(파리)', '베트남(하노이)', '미국(워싱턴)', '몽골(울란바토르)')}\n3. 기간: ").n(fdate(DP[0]), "date").t(" ~ ").n(fdate(DP[1]), "date").t("\n4. 출장자\n")
    sep = pick(r, " | ", "  ", "\t")
    if r.random() < 0.6:
        d.t(sep.join(["소속", "직급", "성명", "여권번호", "비상연락처"]) + "\n")
    for _ in range(r.randint(2, 4)):
        p = mk_kr(r, y0=1965, y1=1995)
        d.t(f"{r.choice(org.depts)}{sep}{pick(r, '서기관', '사무관', '주무관')}{sep}").per(p)
        if r.random() < 0.5:
            d.t(" (").per(p, "roman").t(")")
        d.t(sep)
        d.pp(kind=pick(r, "passport_kr_old", "passport_kr_new")).t(sep).tel("phone_mobile").t("\n")
    d.t("5. 소요경비: ").n(hn_amount(r, 3000000, 30000000), "amount").t(" (").n("여비 국외업무여비", "budget item").t(")\n\n").n(org.head, "official by office").t("\n")


@tpl("minutes_committee", "회의록", 16)
def t_minutes_committee(d, r, i):
    org = mk_org(r)
    d.t(f"제{r.randint(1, 40)}차 {pick(r, '지방보조금심의위원회', '정보공개심의회', '인사위원회', '지역사회보장협의체')} 회의록\n\n")
    d.t("일시: ").n(fdate(doc_date(r)), "date").t(f" {r.randint(10, 16)}:00\n장소: {org.name} {pick(r, '소회의실', '대회의실', '영상회의실')}\n")
    mem = [mk_kr(r, y0=1950, y1=1990) for _ in range(r.randint(4, 7))]
    d.t("참석: 위원장 ").per(mem[0]).t(pick(r, ", 위원 ", " / 위원 ", "; 위원 "))
    sp = pick(r, ", ", "·", " ")
    for k, m in enumerate(mem[1:]):
        d.t(sp if k else "").per(m)
    d.t(f" (위원 {len(mem)}명)\n")
    sec = mk_kr(r, y0=1970, y1=1996)
    d.t("간사: ").t(org.dept + " ").per(sec).t(" 주무관\n\n")
    d.t("1. 개회\n○ 위원장 ").per(mem[0]).t(pick(r, ": 성원이 되었으므로 회의를 개최하겠습니다.\n", ": 제 안건을 상정합니다.\n"))
    for _ in range(r.randint(2, 4)):
        m = r.choice(mem[1:])
        f = r.randrange(3)
        if f == 0:
            d.t("○ ").per(m).t(" 위원: ")
        elif f == 1:
            d.per(m).t(" 위원 ")
        else:
            d.t("◯ 위원(").per(m).t(") ")
        d.t(pick(r, "지원 대상 선정 기준이 모호합니다. 보완이 필요합니다.\n", "예산 집행률이 낮은 이유를 설명해 주시기 바랍니다.\n",
                 "개인정보가 포함된 자료는 비공개로 하는 것이 맞다고 봅니다.\n", f"{r.choice(PLACES_NS)} 지역의 사례도 검토해 주십시오.\n"))
        d.t("○ 간사: " + pick(r, "다음 회의 때 보완하여 보고드리겠습니다.\n", "관련 규정을 확인하겠습니다.\n"))
    d.t("2. 의결: 원안 가결 (찬성 ").t(str(len(mem) - 1)).t("명)\n\n위원장 ").per(mem[0], noise=["spaced_name"] if r.random() < 0.3 else None).t(" (서명)\n")


@tpl("minutes_resident", "회의록", 10)
def t_minutes_resident(d, r, i):
    org = mk_org(r, "local")
    d.t(f"{pick(r, '도시계획도로 개설', '공영주차장 조성', '하수관로 정비', '폐기물 처리시설 이전')} 주민설명회 결과\n")
    d.t("일시: ").n(fdate(doc_date(r)), "date").t("  장소: ").n(r.choice(PLACES_NS)[:-1] + " 주민센터", "institution name").t("\n참석: 주민 ").t(str(r.randint(12, 80))).t("명, ").n(org.head, "official by office").t(" 외 관계 공무원\n\n주요 질의 및 답변\n")
    for _ in range(r.randint(2, 4)):
        p = mk_kr(r, y0=1940, y1=1990)
        f = r.randrange(3)
        if f == 0:
            d.t("- 주민 ").per(p).t(pick(r, "(", " (") + pick(r, "신월동", "가람동", "송정동") + " 거주): ")
        elif f == 1:
            d.t("- ").per(p).t(" 씨: ")
        else:
            d.t("- ").n(hn_placeholder(r), "placeholder person").t(" 주민: ")
        d.t(pick(r, "공사 기간 중 소음 대책은 무엇입니까?\n", "보상 기준을 공개해 주십시오.\n", "주차 공간이 부족합니다.\n"))
        d.t("  → " + org.dept + ": " + pick(r, "저소음 장비를 사용하겠습니다.\n", "감정평가 결과를 개별 통지하겠습니다.\n", "임시 주차장을 운영하겠습니다.\n"))
    d.t("\n[참석자 서명부 발췌]\n")
    for _ in range(r.randint(2, 4)):
        p = mk_kr(r)
        d.per(p).t(pick(r, "  ", " / ")).tel("phone_mobile").t(pick(r, "  ", " / ")).addr(fmt=pick(r, "road_sigungu", "jibun_full")).t("\n")


@tpl("press_release", "보도자료", 18, nopii=6)
def t_press_release(d, r, i):
    org = mk_org(r)
    d.t(pick(r, "보도자료\n", "보 도 자 료\n", "보도참고자료\n"))
    d.t("보도시점: ").n(fdate(doc_date(r)), "date").t(f" {pick(r, '(목) 조간', '12:00 이후', '(화) 석간', '배포 즉시')}\n\n")
    title = pick(r, "주민등록증 모바일 발급 전국 확대", "외국인 주민 생활 안내 서비스 개시", "불법 주정차 과태료 감면 제도 개선",
                 "노인 일자리 사업 참여자 모집", "개인정보 유출 사고 예방 점검 결과")
    d.t(f"{title}\n- {pick(r, '내달부터 모든 읍면동에서 신청 가능', '다국어 안내 확대', '생계형 차량 감면 확대')} -\n\n")
    if d.no_pii:
        d.t(f"□ {org.name}{josa(org.name, '은는')} ").n(fdate(doc_date(r)), "date").t(f"부터 {title}{josa(title, '을를')} 추진한다고 밝혔다.\n")
        d.t("□ 이번 조치는 ").n(r.choice(STATUTES), "statute citation").t(" 개정에 따른 것으로, 관련 예산 ").n(hn_amount(r, 100000000, 9000000000), "amount").t("이 투입된다.\n")
        d.t("□ ").n(org.head, "official by office").t("은 \"국민 불편을 줄이겠다\"고 말했다.\n\n")
        d.t(f"담당 부서: {org.dept}   문의: ").n(org.switch, "institution switchboard").t(" (대표)   콜센터 ").n(hn_special(r), "institution switchboard").t("\n")
        return
    head = mk_kr(r, y0=1955, y1=1972)
    ttl = org_title(org)
    d.t(f"□ {org.name}({ttl} ").per(head).t(f"){josa(org.name, '은는')} {title}{josa(title, '을를')} 추진한다고 밝혔다.\n")
    d.t("□ 이에 따라 ").n(fdate(doc_date(r)), "date").t("부터 ").n(r.choice(PLACES_NS), "name-shaped place").t(" 등에서 시범 운영한다.\n")
    q = mk_kr(r)
    d.t("□ 시범사업에 참여한 ").per(q).t(pick(r, " 씨(", "씨(")).t(str(r.randint(25, 78))).t(")는 \"" + pick(r, "절차가 훨씬 간단해졌다", "기다리는 시간이 줄었다") + "\"고 말했다.\n")
    d.t("□ ").per(head).t(f" {ttl}은 \"" + pick(r, "현장의 목소리를 계속 듣겠다", "국민 불편을 줄이겠다") + "\"고 강조했다.\n\n")
    chief, staff = mk_kr(r, y0=1965, y1=1985), mk_kr(r, y0=1975, y1=1998)
    lay = r.randrange(2)
    if lay == 0:
        d.t(f"담당 부서  {org.dept}   책임자  과  장  ").per(chief).t(" (").s("PHONE_NUMBER", direct_line(r, org)).t(")\n")
        d.t(f"{' ' * 21}담당자  {pick(r, '사무관', '주무관')}  ").per(staff).t(" (").s("PHONE_NUMBER", direct_line(r, org)).t(")\n")
    else:
        d.t(f"<담당> {org.dept} 과장 ").per(chief).t(" ").s("PHONE_NUMBER", direct_line(r, org)).t(", 사무관 ").per(staff).t(" ").s("PHONE_NUMBER", direct_line(r, org))
        d.t(", ").mail(staff, "email_official", "korea.kr").t("\n")


@tpl("news_article", "뉴스", 18, nopii=5)
def t_news_article(d, r, i):
    city = r.choice(["서울", "수원", "부산", "공주", "나주", "원주", "세종", "제주"])
    paper = pick(r, "한빛일보", "누리뉴스", "가람신문", "새말경제")
    d.t(f"[{pick(r, '사회', '지역', '경제')}] {pick(r, '전세사기 피해자 지원 확대', '외국인 근로자 임금 체불 적발', '노인 보행자 사고 잇따라', '보이스피싱 수거책 검거')}\n")
    if d.no_pii:
        d.t(f"({city}=").n(paper, "company name").t(") 취재팀 = ").n(fdate(doc_date(r)), "date").t(" 경찰에 따르면 ")
        d.n(hn_placeholder(r), "placeholder person").t("(").t(str(r.randint(20, 70))).t(")는 ").n(hn_amount(r, 1000000, 900000000), "amount").t("을 가로챈 혐의를 받는다.\n")
        d.n(pick(r, "경찰청장", "서울경찰청장", "금융위원장"), "official by office").t("은 \"끝까지 추적하겠다\"고 밝혔다. 피해 신고는 ").n("112", "institution short code").t(" 또는 ").n(hn_special(r), "institution switchboard").t("로 하면 된다.\n")
        d.t("이 사건 재판은 ").n(hn_casenum(r), "case number").t("으로 진행 중이다.\nⓒ ").n(paper, "company name").t(", 무단 전재 및 재배포 금지\n")
        return
    rep = mk_kr(r, y0=1975, y1=1998)
    d.t(f"({city}=").n(paper, "company name").t(") ").per(rep).t(" 기자 = ")
    v = mk_kr(r, y0=1940, y1=2000)
    d.n(fdate(doc_date(r)), "date").t(f" {pick(r, '경찰과 지방자치단체에 따르면', '관계 당국에 따르면')} ")
    d.n(hn_placeholder(r), "placeholder person").t("(").t(str(r.randint(20, 70))).t(")씨는 " + pick(r, "지난달 ", "올해 초 ") + "피해를 신고했다.\n")
    d.t("피해자 ").per(v).t(f"({2026 - v.birth[0]})씨는 \"" + pick(r, "아무도 도와주지 않았다", "설마 내가 당할 줄 몰랐다") + "\"고 말했다.\n")
    off = mk_kr(r, y0=1965, y1=1990)
    d.t(f"{city} {pick(r, '경찰서', '시청', '구청')} ").per(off).t(f" {pick(r, '수사과장', '복지정책과장', '팀장')}은 \"" + pick(r, "재발 방지에 힘쓰겠다", "피해 구제를 지원하겠다") + "\"고 밝혔다.\n")
    if r.random() < 0.5:
        f = mk_foreign(r)
        d.t(f"{f.foreign} 출신 근로자 ").per(f, "hangul").t(pick(r, "(", " (")).per(f, "latin").t(f")씨도 비슷한 피해를 호소했다.\n")
    d.t("\n").per(rep).t(" 기자 ").mail(rep, "email_company", pick(r, "hanbit.co.kr", "nurinews.kr", "garam.com")).t("\nⓒ ").n(paper, "company name").t(", 무단 전재 및 재배포 금지\n")


@tpl("news_brief", "뉴스", 10)
def t_news_brief(d, r, i):
    org = mk_org(r)
    if i % 2 == 0:
        d.t(f"◇인사 ― {org.name}\n")
        for _ in range(r.randint(3, 6)):
            d.t(f"▲{r.choice(org.depts)}{pick(r, '장', '')} ").per(mk_kr(r, y0=1962, y1=1985)).t("\n")
    else:
        d.t("◇부고\n")
        for _ in range(r.randint(1, 3)):
            a, b = mk_kr(r, y0=1930, y1=1955), mk_kr(r, y0=1960, y1=1985)
            d.t("▲").per(a).t("씨 별세, ").per(b).t(f"({pick(r, '한빛일보 기자', '행정안전부 과장', '가람건설 부장')})씨 {pick(r, '부친상', '모친상', '빙부상')} = ")
            d.n(fdate(doc_date(r)), "date").t(f" {pick(r, '○○병원', '시립의료원')} 장례식장, 발인 {r.randint(1, 28)}일 오전 {r.randint(5, 9)}시\n")


# =================================================================== TEMPLATES (3): 판결, 결정, 감사, 징계, 경찰, 소방, 병원, 학교, 복지, 채팅, 통화, 로그, 고지서, 증명서
COURTS = ["서울중앙지방법원", "수원지방법원", "대전지방법원 공주지원", "광주지방법원 목포지원", "부산지방법원 동부지원", "춘천지방법원 원주지원"]


@tpl("judgment_criminal", "판결문", 14)
def t_judgment_criminal(d, r, i):
    crime = pick(r, "사기", "도로교통법위반(음주운전)", "절도", "개인정보보호법위반", "전자금융거래법위반")
    d.t(f"{' '.join(r.choice(COURTS))}\n\n판    결\n\n사    건   ").n(hn_casenum(r, "crim"), "case number").t(f" {crime}\n")
    p = mk_kr(r, y0=1960, y1=2003)
    d.t("피 고 인   ").per(p).t(" (")
    if r.random() < 0.5:
        d.rrn(p, fmt="masked")
    else:
        d.dob(p, fmt=pick(r, "dot_sp", "kor")).t("생")
    d.t(f"), {pick(r, '회사원', '무직', '자영업', '일용직')}\n           주거 ").addr(fmt=pick(r, "road_full", "road_short"))
    d.t("\n           등록기준지 ").addr(fmt=pick(r, "jibun_full", "jibun_ri"))
    d.t("\n검    사   ").per(mk_kr(r, y0=1975, y1=1995)).t(pick(r, "(기소), ", ", ")).per(mk_kr(r, y0=1975, y1=1995)).t("(공판)\n")
    d.t("변 호 인   변호사 ").per(mk_kr(r, y0=1960, y1=1992)).t(pick(r, "(국선)", "(사선)")).t("\n판결선고   ").n(fdate(doc_date(r)), "date").t("\n\n주    문\n")
    d.t(f"피고인을 {pick(r, '징역 1년', '징역 8월', '벌금 7,000,000원')}에 처한다.\n")
    d.t("\n이    유\n범 죄 사 실\n피고인은 ").n(fdate(doc_date(r, 2021, 2025)), "date").t(" ")
    v = mk_kr(r)
    if "음주" in crime:
        d.t(f"{pick(r, '23:40경', '01:15경', '21:05경')} 혈중알코올농도 0.{r.randint(80, 190)}%의 술에 취한 상태로 ").plate().t(" 승용차를 운전하였다. 피고인의 운전면허(")
        d.dl().t(")는 이미 취소된 상태였다.\n")
    elif "전자금융" in crime or "사기" in crime:
        d.t("피해자 ").per(v).t(pick(r, "에게 ", "(여, ") if r.random() < 0.5 else "에게 ")
        d.t("중고거래를 가장하여 ").n(hn_amount(r, 300000, 30000000), "amount").t("을 피고인이 관리하는 ")
        v2, kind, f, bank = gen_acct(r)
        d.t(f"{bank} 계좌(").s("KR_BANK_ACCOUNT", (v2, kind, f)).t(")로 송금받아 이를 편취하였다.\n")
    elif "개인정보" in crime:
        d.t(f"업무상 알게 된 ").n(r.choice(COMPANIES), "company name").t(" 회원 ").t(str(r.randint(30, 900))).t("명의 개인정보를 ").per(v).t("에게 제공하였다. 제공된 정보에는 휴대전화번호 ")
        d.tel("phone_mobile").t(", 전자우편 ").mail(v).t(" 등이 포함되어 있었다.\n")
    else:
        d.t("피해자 ").per(v).t("가 주차해 둔 ").plate().t(" 차량에서 신용카드(").card(fmt=pick(r, "masked", "dash")).t(") 1매를 가져가 절취하였다.\n")
    d.t("\n법령의 적용\n").n(r.choice(STATUTES), "statute citation").t("\n\n판사   ").per(mk_kr(r, y0=1970, y1=1992), noise=["spaced_name"] if r.random() < 0.2 else None).t("\n")


@tpl("judgment_civil", "판결문", 10)
def t_judgment_civil(d, r, i):
    d.t(f"{r.choice(COURTS)}\n판 결\n사 건  ").n(hn_casenum(r, "civil"), "case number").t(f" {pick(r, '손해배상(기)', '임대차보증금반환', '부당이득금', '대여금')}\n")
    p = mk_kr(r, y0=1950, y1=1995)
    co = r.choice(COMPANIES)
    d.t("원 고  ").per(p).t("\n       ").addr().t("\n       소송대리인 변호사 ").per(mk_kr(r, y0=1965, y1=1990)).t("\n")
    d.t("피 고  ").n(co, "company name").t("\n       ").addr(fmt=pick(r, "road_full", "road_short")).t("\n       대표이사 ").per(mk_kr(r, y0=1955, y1=1985)).t("\n")
    d.t("변론종결  ").n(fdate(doc_date(r)), "date").t("\n판결선고  ").n(fdate(doc_date(r)), "date").t("\n\n주 문\n1. 피고는 원고에게 ").n(hn_amount(r, 1000000, 300000000), "amount")
    d.t(" 및 이에 대하여 ").n(fdate(doc_date(r)), "date").t("부터 다 갚는 날까지 연 12%의 비율로 계산한 돈을 지급하라.\n2. 소송비용은 피고가 부담한다.\n\n이 유\n")
    d.t("원고는 피고와 사이에 계약을 체결하고 피고 명의의 사업자등록번호 ").brn(kind="brn_corp").t("로 발행된 세금계산서에 따라 대금을 지급하였다. ")
    if r.random() < 0.6:
        d.t("피고의 법인등록번호는 ").crn().t("이다. ")
    d.t("원고는 ").n(fdate(doc_date(r)), "date").t(" 원고 명의 계좌(")
    v, kind, f, bank = gen_acct(r)
    d.t(f"{bank} ").s("KR_BANK_ACCOUNT", (v, kind, f)).t(")에서 돈을 이체하였다.\n\n판사 ").per(mk_kr(r, y0=1970, y1=1992)).t("\n")


@tpl("decision_admin", "결정문", 12, nopii=4)
def t_decision_admin(d, r, i):
    org = mk_org(r, "local")
    topic = r.randrange(3)
    d.t(f"{pick(r, '경기도행정심판위원회', '중앙행정심판위원회', '서울특별시행정심판위원회')}\n재 결\n사건  ").n(f"{doc_date(r)[0]}-{r.randint(1000, 29999)}", "case number")
    d.t(f" {['자동차운전면허 취소처분 취소청구', '영업정지처분 취소청구', '기초생활수급자 보장중지처분 취소청구'][topic]}\n")
    if d.no_pii:
        d.t("청구인  ").n("갑", "placeholder person").t("\n피청구인  ").n(org.head, "official by office").t("\n\n주문  청구인의 청구를 기각한다.\n\n이유\n1. 피청구인은 ")
        d.n(fdate(doc_date(r)), "date").t(" 청구인에게 처분을 하였다. 관계 법령은 ").n(r.choice(STATUTES), "statute citation").t("이다.\n")
        d.t("2. 청구인의 대리인 ").n(hn_placeholder(r), "placeholder person").t("은 처분이 과중하다고 주장하나 받아들이지 아니한다.\n\n").n(fdate(doc_date(r)), "date").t("\n위원장 ").n("○○○", "placeholder person").t("\n")
        return
    p = mk_kr(r, y0=1955, y1=2000)
    d.t("청구인  ").per(p).t("\n        ").addr(postal=r.random() < 0.4, ref=r.random() < 0.4).t("\n피청구인  ").n(org.head, "official by office").t("\n\n주문  ")
    d.t(pick(r, "피청구인이 청구인에게 한 처분을 취소한다.\n", "청구인의 청구를 기각한다.\n", "처분을 110일의 정지처분으로 변경한다.\n"))
    d.t("\n이유\n1. 사건개요\n")
    if topic == 0:
        d.t("  청구인은 ").n(fdate(doc_date(r)), "date").t(" 혈중알코올농도 0.0").t(str(r.randint(30, 99))).t("% 상태로 ").plate().t(" 차량을 운전하여 피청구인은 청구인의 운전면허(")
        d.dl().t(pick(r, ", 1종 보통)", ", 2종 보통)")).t("를 취소하였다.\n")
    elif topic == 1:
        d.t("  청구인은 ").n(r.choice(COMPANIES), "company name").t("(사업자등록번호 ").brn(kind="brn_individual").t(")을 운영하는 자로서 청소년에게 주류를 제공하여 영업정지 처분을 받았다.\n")
    else:
        d.t("  청구인은 건강보험증번호 ").hi().t("의 직장가입자 자격이 확인되어 보장중지 처분을 받았다. 청구인의 연락처는 ").tel("phone_mobile").t("이다.\n")
    d.t("2. 관계법령  ").n(r.choice(STATUTES), "statute citation").t("\n\n").n(fdate(doc_date(r)), "date").t("\n")


@tpl("decision_committee", "결정문", 10)
def t_decision_committee(d, r, i):
    co = r.choice(COMPANIES)
    p = mk_kr(r)
    d.t("개인정보 분쟁조정위원회\n조정결정서\n사건번호  ").n(f"{doc_date(r)[0]}-조정-{r.randint(100, 9999)}", "case number").t("\n")
    br = r.random() < 0.5
    d.t("신청인  ").per(p).t(" (" if br else "\n         연락처 ").tel("phone_mobile").t((")" if br else "") + "\n피신청인  ").n(co, "company name").t(" 대표이사 ").per(mk_kr(r, y0=1955, y1=1985)).t("\n\n")
    d.t("1. 사실관계\n  신청인은 피신청인이 운영하는 쇼핑몰 회원으로, ").n(fdate(doc_date(r)), "date").t(" 해외 IP(").ip("ipv4_public").t(")에서 신청인 계정(")
    d.mail(p).t(")으로 로그인이 발생하여 등록된 카드(").card(fmt="masked").t(")로 결제가 이루어졌다.\n")
    d.t("  피신청인의 접속기록에는 내부 관리자 IP ").ip("ipv4_private").t("에서 신청인 정보가 조회된 기록도 남아 있다.\n")
    d.t("2. 판단\n  피신청인은 ").n("「개인정보 보호법」 제29조", "statute citation").t("의 안전조치 의무를 위반하였다.\n3. 조정 내용\n  피신청인은 신청인에게 ").n(hn_amount(r, 100000, 3000000), "amount").t("을 지급한다.\n\n").n(fdate(doc_date(r)), "date").t("\n위원장 ").per(mk_kr(r, y0=1955, y1=1980)).t("\n")


@tpl("audit_report", "감사보고서", 14, nopii=4)
def t_audit_report(d, r, i):
    org = mk_org(r)
    d.t(f"{org.name} {pick(r, '종합감사', '특정감사', '복무감사')} 결과 처분요구서\n\n제목: {pick(r, '보조금 부당 지급', '개인정보 무단 조회', '출장비 부당 수령')}\n\n")
    if d.no_pii:
        d.t("1. 현황\n  ").n(org.dept, "institution name").t("은 ").n(fdate(doc_date(r)), "date").t("부터 ").n(hn_amount(r, 10000000, 900000000), "amount").t("을 집행하였다.\n")
        d.t("2. 문제점\n  ").n(r.choice(STATUTES), "statute citation").t("에 위배하여 관련자 ").n(hn_placeholder(r), "placeholder person").t(" 등 3명이 부적정하게 처리하였다.\n")
        d.t("3. 조치할 사항\n  ").n(org.head, "official by office").t("은 관련자를 경고 처분하고 부당 지급액을 회수하시기 바랍니다.\n  (관련 문서 ").n(hn_docno(r, org), "document number").t(")\n")
        return
    d.t("1. 현황 및 문제점\n")
    if r.random() < 0.5:
        d.t("  감사 결과 아래 수급자에게 자격 상실 이후에도 급여가 지급되었다.\n")
        sep = pick(r, " | ", "\t", "  ")
        if r.random() < 0.6:
            d.t(sep.join(["성명", "생년월일", "지급계좌", "부당지급액"]) + "\n")
        for _ in range(r.randint(2, 5)):
            p = mk_kr(r)
            v, kind, f, bank = gen_acct(r)
            d.per(p).t(sep).dob(p, fmt=pick(r, "dot_pad", "yymmdd", "iso")).t(sep + bank + " ").s("KR_BANK_ACCOUNT", (v, kind, f)).t(sep).n(hn_amount(r, 100000, 5000000), "amount").t("\n")
    else:
        d.t("  접속기록 점검 결과 업무와 무관하게 아래와 같이 개인정보를 조회하였다.\n")
        for _ in range(r.randint(2, 5)):
            d.t("  - ").n(fdate(doc_date(r), "iso"), "date").t(f" {r.randint(0, 23):02d}:{r.randint(0, 59):02d} 접속IP ").ip(pick(r, "ipv4_private", "ipv4_private", "ipv4_public"))
            q = mk_kr(r)
            d.t(" 조회대상 ").per(q).t(" (").rrn(q, fmt="masked").t(")\n")
    d.t("2. 관련자\n")
    for _ in range(r.randint(1, 3)):
        d.t(f"  {r.choice(org.depts)} {pick(r, '행정주사', '행정주사보', '사무관')} ").per(mk_kr(r, y0=1965, y1=1997)).t(f" ({pick(r, '경고', '주의', '징계(경징계)')})\n")
    d.t("3. 조치할 사항: ").n(org.head, "official by office").t("은 부당 지급액 ").n(hn_amount(r, 100000, 50000000), "amount").t("을 회수하시기 바랍니다.\n")


@tpl("discipline", "징계", 12)
def t_discipline(d, r, i):
    org = mk_org(r)
    p = mk_kr(r, y0=1965, y1=1995)
    d.t(f"징 계 의 결 서\n\n징계혐의자 인적사항\n  소속: {org.name} {r.choice(org.depts)}\n  직위(직급): {pick(r, '행정주사', '시설주사보', '사무관', '세무주사')}\n  성명: ")
    d.per(p).t("\n  생년월일: ").dob(p, fmt=pick(r, "dot_sp", "kor", "dot_pad")).t("\n\n의결주문: " + pick(r, "정직 1월", "감봉 2월", "견책", "강등") + "에 처한다.\n\n이유\n")
    k = r.randrange(2)
    if k == 0:
        d.t("  징계혐의자는 ").n(fdate(doc_date(r)), "date").t(" 혈중알코올농도 0.").t(str(r.randint(30, 150))).t("%의 술에 취한 상태로 본인 소유 ").plate().t(" 차량을 운전하다 적발되었고, 운전면허(")
        d.dl().t(")가 취소되었다. 이는 ").n("「국가공무원법」 제63조", "statute citation").t("의 품위유지 의무를 위반한 것이다.\n")
    else:
        q = mk_kr(r)
        d.t("  징계혐의자는 업무용 단말(IP ").ip("ipv4_private").t(")에서 업무와 무관하게 지인 ").per(q).t("의 주소(").addr(fmt=pick(r, "road_full", "road_sigungu")).t(")와 연락처(")
        d.tel("phone_mobile").t(")를 조회하여 제3자에게 알려주었다.\n")
    d.t("\n").n(fdate(doc_date(r)), "date").t("\n").n(f"{org.name.split()[-1]} 인사위원회", "institution name").t("\n위원장 ").per(mk_kr(r, y0=1958, y1=1975)).t("  위원 ")
    for _ in range(r.randint(2, 4)):
        d.per(mk_kr(r, y0=1955, y1=1985)).t(" ")
    d.t("\n")


@tpl("police_accident", "경찰", 14)
def t_police_accident(d, r, i):
    st = pick(r, "마포경찰서", "수원남부경찰서", "공주경찰서", "해운대경찰서", "원주경찰서")
    d.t(f"교통사고 발생 보고\n\n{st} 교통조사계\n접수번호 ").n(f"{doc_date(r)[0]}-{digits(r, 6)}", "receipt number").t("\n발생일시 ").n(fdate(doc_date(r)), "date").t(f" {r.randint(0, 23):02d}:{r.randint(0, 59):02d}경\n")
    d.t("발생장소 ").n(gen_addr(r, pick(r, "road_sigungu", "road_full"))[0].split(",")[0], "incident location").t(" 앞 교차로\n\n가. 제1당사자(가해)\n  운전자 ")
    a = mk_kr(r, y0=1950, y1=2004) if r.random() < 0.85 else mk_foreign(r)
    d.per(a).t(f" ({2026 - a.birth[0]}세, {'남' if a.sex == 'M' else '여'})\n  ")
    if a.foreign:
        d.t("외국인등록번호 ").frn(a).t("  국적 " + a.foreign + "\n  국제운전면허 여권번호 ").pp(a)
    else:
        d.t("면허번호 ").dl().t("  ").t(pick(r, "1종 보통", "2종 보통", "1종 대형"))
    d.t("\n  차량 ").plate().t(f" ({pick(r, '승용', '화물', '승합')})  보험 ").n(pick(r, "한빛화재", "누리손해보험", "가람해상"), "company name").t("\n  연락처 ").tel("phone_mobile").t("\n")
    b = mk_kr(r, y0=1940, y1=2015)
    d.t("나. 제2당사자(피해)\n  ").per(b).t(f" ({2026 - b.birth[0]}세) ").t(pick(r, "보행자", "이륜차 운전자", "승용차 운전자"))
    if r.random() < 0.5:
        d.t(", 차량 ").plate()
    d.t("\n  주소 ").addr().t("\n  연락처 ").tel("phone_mobile").t("\n\n다. 피해 정도: " + pick(r, "전치 2주", "전치 6주", "경상", "물피") + "\n")
    d.t("보고자 경위 ").per(mk_kr(r, y0=1975, y1=1998)).t(" (").tel("phone_landline", area=None).t(")\n")


@tpl("police_incident", "경찰", 12)
def t_police_incident(d, r, i):
    d.t(f"112신고 사건 처리표\n신고번호 ").n(f"{doc_date(r)[0]}{digits(r, 2)}{digits(r, 2)}-{digits(r, 5)}", "receipt number").t(f"  사건종별 {pick(r, '절도', '사기', '분실물', '가정폭력')}\n")
    p = mk_kr(r)
    d.t("신고자 ").per(p).t("  ").tel("phone_mobile").t("\n").t("주민등록번호 ").rrn(p).t("\n신고자 주소 ").addr(fmt=pick(r, "road_full", "jibun_full")).t("\n현장 ").n(gen_addr(r, "road_sigungu")[0].split(",")[0], "incident location").t(" 부근\n\n처리내용\n")
    k = r.randrange(3)
    if k == 0:
        d.t("  신고자는 지갑을 도난당하였다고 진술함. 지갑에는 신용카드 ")
        for j in range(r.randint(1, 3)):
            if j:
                d.t(", ")
            d.card()
        d.t(" 및 운전면허증(").dl().t(")이 들어 있었음.\n")
    elif k == 1:
        f = mk_foreign(r)
        d.t("  용의자는 ").t(f.foreign + " 국적 ").per(f, "latin").t(pick(r, "(", " (")).t("여권번호 ").pp(f).t(", 외국인등록번호 ").frn(f).t(")으로 확인됨.\n")
    else:
        d.t("  피해자는 문자메시지 링크를 눌러 ")
        v, kind, f, bank = gen_acct(r)
        d.t(f"{bank} ").s("KR_BANK_ACCOUNT", (v, kind, f)).t("로 송금하였다고 진술함. 발신번호 ").tel(pick(r, "phone_070", "phone_mobile")).t(".\n")
    d.t("  ").n("112", "institution short code").t(" 신고 접수 후 지구대 출동, 현장 조치. 처리자 경사 ").per(mk_kr(r, y0=1978, y1=1998)).t("\n")


@tpl("fire_ems", "소방", 14)
def t_fire_ems(d, r, i):
    st = pick(r, "수원소방서", "마포소방서", "공주소방서", "원주소방서", "서귀포소방서")
    d.t(f"구급활동일지\n{st} {pick(r, '인계', '망원', '신관', '단구', '중앙')}119안전센터\n출동일시 ").n(fdate(doc_date(r)), "date").t(f" {r.randint(0, 23):02d}:{r.randint(0, 59):02d}\n")
    d.t("신고자 ").tel("phone_mobile").t(pick(r, " (보호자)", " (본인)", " (행인)") + "\n")
    p = mk_kr(r, y0=1930, y1=2020)
    d.t("환자 성명 ").per(p).t(f"  성별 {'남' if p.sex == 'M' else '여'}  나이 {2026 - p.birth[0]}세\n생년월일 ").dob(p).t("\n")
    d.t(pick(r, "발생장소(자택) ", "환자 주소 ")).addr(fmt=pick(r, "road_full", "road_sigungu", "jibun_full"), ref=r.random() < 0.3).t("\n")
    d.t(f"주증상 {pick(r, '흉통', '의식저하', '낙상 후 요통', '호흡곤란')}  활력징후 BP {r.randint(90, 170)}/{r.randint(50, 100)}\n")
    g = mk_kr(r, y0=1950, y1=1995)
    d.t("보호자 ").per(g).t(f"({pick(r, '배우자', '자녀', '부', '모')}) ").tel("phone_mobile").t("\n")
    d.t("이송병원 ").n(pick(r, "가람대학교병원", "시립의료원", "누리병원"), "institution name").t("  인계 ").n(fdate(doc_date(r)), "date").t("\n")
    d.t("구급대원 소방교 ").per(mk_kr(r, y0=1980, y1=2000)).t(", 소방사 ").per(mk_kr(r, y0=1985, y1=2002)).t("\n")


@tpl("fire_inspection", "소방", 12)
def t_fire_inspection(d, r, i):
    co = r.choice(COMPANIES)
    d.t(f"소방시설 자체점검 결과 보고서\n대상물 명칭: ").n(co, "company name").t(" " + pick(r, "공장", "물류창고", "사옥") + "\n소재지: ")
    d.addr(fmt=pick(r, "road_full", "jibun_full")).t("\n사업자등록번호: ").brn().t("\n관계인(소유자): ").per(mk_kr(r, y0=1950, y1=1985)).t("  ").tel(pick(r, "phone_mobile", "phone_landline"))
    d.t("\n소방안전관리자: ").per(mk_kr(r, y0=1965, y1=1995)).t(" (").tel("phone_mobile").t(")\n점검일: ").n(fdate(doc_date(r)), "date").t("\n")
    d.t(f"점검결과: {pick(r, '소화기 3대 압력 미달', '유도등 2개소 점등 불량', '이상 없음')}\n조치기한: ").n(fdate(doc_date(r)), "date").t("\n근거: ").n("「소방시설 설치 및 관리에 관한 법률」 제22조", "statute citation").t("\n")
    d.t("※ 문의: ").n(pick(r, "수원소방서장", "마포소방서장", "공주소방서장"), "official by office").t(" 예방과 (").n(f"0{r.randint(31, 64)}-{r.randint(200, 999)}-0119", "institution switchboard").t(")\n")


@tpl("hospital_record", "병원", 16)
def t_hospital_record(d, r, i):
    hosp = pick(r, "국립가람병원", "누리시립의료원", "한빛대학교병원", "○○보건소")
    foreign = r.random() < 0.35
    p = mk_foreign(r) if foreign else (mk_baby(r) if r.random() < 0.3 else mk_kr(r, y0=1935, y1=2019))
    d.t(f"{hosp}\n{pick(r, '입원 약정서', '진료비 계산서', '외래 초진 기록지')}\n등록번호 ").n(digits(r, 8), "patient chart number").t("\n")
    d.t("환자 성명 ").per(p, "latin" if foreign else "name")
    if foreign:
        d.t(" (").per(p, "hangul").t(")")
    d.t("\n").t("외국인등록번호 " if foreign else "주민등록번호 ").idno(p, fmt=pick(r, "dash", "dash", "masked"))
    d.t("\n건강보험증번호 " if r.random() < 0.6 else "\n증번호 ").hi().t(pick(r, "  (직장가입자)", "  (지역)", "") + "\n")
    if foreign:
        d.t("여권번호 ").pp(p).t("\n")
    d.t("주소 ").addr().t("\n연락처 ").tel("phone_mobile")
    if r.random() < 0.5:
        d.t("  자택 ").tel("phone_landline")
    g = mk_kr(r, y0=1950, y1=1998)
    d.t("\n보호자 ").per(g).t(f" (관계: {pick(r, '배우자', '자녀', '부모')})  ").tel("phone_mobile").t("\n")
    if r.random() < 0.5:
        d.t("보호자 주민등록번호 ").rrn(g, fmt="masked").t("\n")
    d.t(f"진료과 {pick(r, '내과', '정형외과', '신경과', '소아청소년과')}  주치의 ").per(mk_kr(r, y0=1965, y1=1992)).t("\n")
    d.t("진료비 본인부담금 ").n(hn_amount(r, 10000, 3000000), "amount").t("\n원무과 ").n(hn_special(r), "institution switchboard").t("\n")


@tpl("school_counsel", "학교", 14)
def t_school_counsel(d, r, i):
    sch = pick(r, "새빛초등학교", "누리중학교", "푸른고등학교", "가람초등학교")
    k = r.randrange(3)
    st = mk_kr(r, y0=2008, y1=2019)
    g = mk_kr(r, y0=1972, y1=1990)
    if k == 0:
        d.t(f"{sch} 학생 상담 기록 (대외비 아님, 학교 내부용)\n학생: {r.randint(1, 6)}학년 {r.randint(1, 9)}반 {r.randint(1, 30)}번 ").per(st).t("\n생년월일: ").dob(st).t("\n")
        d.t("보호자: ").per(g).t(" (").tel("phone_mobile").t(")\n상담일: ").n(fdate(doc_date(r)), "date").t("  상담교사 ").per(mk_kr(r, y0=1970, y1=1996)).t("\n")
        d.t("상담 내용: " + pick(r, "교우 관계 어려움 호소. 보호자 면담 예정.", "결석이 잦아 가정 방문 필요.", "진로 상담 희망.") + "\n")
    elif k == 1:
        d.t(f"{sch} 가정통신문 회신서 — 현장체험학습 참가 동의\n학생 성명: ").per(st).t(f"  ({r.randint(1, 6)}학년 {r.randint(1, 9)}반)\n")
        d.t("보호자 성명: ").per(g).t("\n비상연락처: ").tel("phone_mobile").t("\n참가 여부: ■ 참가  □ 불참\n보호자 ").per(g).t(" (서명)\n")
        d.t("문의: 교무실 ").n(f"0{r.randint(31, 64)}-{r.randint(200, 999)}-{r.randint(1000, 9999)}", "institution switchboard").t(" (대표)\n")
    else:
        d.t(f"{sch} 급식비 환불 신청서\n학생 ").per(st).t(f" {r.randint(1, 6)}-{r.randint(1, 9)}\n환불 사유: 장기 결석\n환불 계좌: ")
        v, kind, f, bank = gen_acct(r)
        d.t(f"{bank} ").s("KR_BANK_ACCOUNT", (v, kind, f)).t("  예금주 ").per(g).t("\n보호자 연락처 ").tel("phone_mobile").t("\n")
        if r.random() < 0.5:
            d.t("보호자 전자우편 ").mail(g).t("\n")
        d.t("행정실 확인 ").n("○○○", "placeholder person").t("\n")


@tpl("welfare_case", "복지", 14)
def t_welfare_case(d, r, i):
    org = mk_org(r, "local")
    multicultural = r.random() < 0.45
    p = mk_kr(r, y0=1940, y1=1990)
    d.t(f"통합사례관리 상담기록지 ({org.name} 희망복지지원단)\n사례번호 ").n(f"{doc_date(r)[0]}-{digits(r, 5)}", "public-record identifier").t("\n")
    d.t("대상자 ").per(p).t(" (").rrn(p, fmt=pick(r, "dash", "masked")).t(")\n주소 ").addr(ref=r.random() < 0.4).t("\n연락처 ").tel("phone_mobile").t("\n건강보험 ").hi().t(pick(r, " (의료급여 전환 검토)", "", " (체납 6개월)") + "\n")
    d.t("가구원\n")
    if multicultural:
        f = mk_foreign(r, nat=pick(r, "베트남", "필리핀", "캄보디아", "중국"))
        d.t("  - 배우자 ").per(f, "hangul").t(" (").per(f, "latin").t(", 외국인등록번호 ").frn(f).t(")\n")
    for _ in range(r.randint(1, 3)):
        c = mk_baby(r) if r.random() < 0.4 else mk_kr(r, y0=2008, y1=2020)
        d.t("  - " + pick(r, "자녀", "손자녀") + " ").per(c).t(" (")
        if r.random() < 0.5:
            d.dob(c, fmt=pick(r, "dot_sp", "iso", "yy_dot")).t("생)\n")
        else:
            d.rrn(c, fmt=pick(r, "dash", "dash", "masked")).t(")\n")
    d.t("수급 계좌 ")
    v, kind, f2, bank = gen_acct(r)
    d.t(f"{bank} ").s("KR_BANK_ACCOUNT", (v, kind, f2)).t("\n상담 내용: " + pick(r, "월세 체납으로 긴급지원 연계 필요.", "고독사 위험군, 주 1회 안부 확인.", "자녀 돌봄 공백, 지역아동센터 연계.") + "\n")
    d.t("담당 사회복지사 ").per(mk_kr(r, y0=1980, y1=1999)).t(" (").s("PHONE_NUMBER", direct_line(r, org)).t(")\n")
    d.t("※ 위기상황 신고 ").n("129", "institution short code").t(" 보건복지상담센터\n")


@tpl("chat_messenger", "채팅", 14, ocr=False)
def t_chat_messenger(d, r, i):
    d.noise_rate = 0.02
    org = mk_org(r)
    a, b = mk_kr(r, y0=1975, y1=1998), mk_kr(r, y0=1975, y1=1998)
    d.t(f"[{org.dept} 업무 메신저] ").n(fdate(doc_date(r)), "date").t("\n")
    clock = [r.randint(9, 16) * 60 + r.randint(0, 20)]
    titles = {a.name: pick(r, " 주무관", " 팀장", ""), b.name: pick(r, " 주무관", " 사무관", "")}
    style = r.randrange(3)

    def who(p):
        clock[0] += r.randint(0, 6)
        h, mi = divmod(clock[0], 60)
        if style == 0:
            d.t(f"[{'오전' if h < 12 else '오후'} {h if h <= 12 else h - 12}:{mi:02d}] ")
        elif style == 1:
            d.t(f"{h:02d}:{mi:02d} ")
        d.per(p).t(titles[p.name] + (": " if style != 2 else " > "))
    q = mk_kr(r)
    who(a)
    d.t("어제 전화 주신 민원인 ").per(q).t(pick(r, " 님 ", "님 ")).t("번호 알려주실 수 있어요?\n")
    who(b)
    d.tel("phone_mobile", fmt=pick(r, "dash", "plain", "space")).t(pick(r, " 입니다", "요", "")).t("\n")
    k = r.randrange(4)
    who(a)
    if k == 0:
        d.t("환급 계좌도 받으셨나요?\n")
        who(b)
        v, kind, f, bank = gen_acct(r)
        d.t(f"{bank} ").s("KR_BANK_ACCOUNT", (v, kind, f)).t(" 예금주 본인이요\n")
    elif k == 1:
        d.t("차량번호는요?\n")
        who(b)
        d.plate().t(" 이고 주소는 ").addr(fmt=pick(r, "road_sigungu", "road_short")).t("\n")
    elif k == 2:
        d.t("서류는 메일로 온다고 했죠?\n")
        who(b)
        d.mail(q).t(" 로 보내달래요\n")
    else:
        d.t("본인확인 됐어요?\n")
        who(b)
        d.t("네 생년월일 ").dob(q, fmt=pick(r, "yymmdd", "dot_pad", "kor")).t(" 맞습니다\n")
    who(a)
    d.t(pick(r, "감사합니다~ 처리하고 말씀드릴게요\n", "ㅇㅋ 확인했습니다\n", "네 내일 오전에 연락해볼게요 👍\n"))
    d.t("-- 대화 종료 -- 대표번호 ").n(org.switch, "institution switchboard").t("\n")


@tpl("call_transcript", "통화녹취", 14, ocr=False)
def t_call_transcript(d, r, i):
    d.noise_rate = 0.0
    center = pick(r, "정부민원안내콜센터", "건강보험 고객센터", "카드사 분실신고센터", "구청 120 민원상담")
    d.t(f"[통화 녹취록] {center} / 상담일시 ").n(fdate(doc_date(r), "iso"), "date").t(f" {r.randint(9, 17):02d}:{r.randint(0, 59):02d} / 녹취번호 ").n(f"REC{digits(r, 10)}", "public-record identifier").t("\n\n")
    agent = mk_kr(r, y0=1980, y1=2000)
    p = mk_kr(r)
    d.t("상담사: 안녕하세요, 상담사 ").per(agent).t("입니다. 무엇을 도와드릴까요?\n")
    d.t("고객: 네, 저 ").per(p).t(pick(r, "인데요, ", "이라고 하는데요. ")).t(pick(r, "본인확인 때문에 전화했어요.\n", "카드를 잃어버려서요.\n", "주소 변경하려고요.\n"))
    d.t("상담사: 본인 확인을 위해 " + pick(r, "주민등록번호", "생년월일") + " 말씀해 주시겠어요?\n고객: ")
    if r.random() < 0.5:
        d.rrn(p, fmt=pick(r, "dash", "plain"))
    else:
        d.dob(p, fmt=pick(r, "yymmdd", "kor", "kor_yy"))
    d.t(pick(r, "요.\n", " 입니다.\n"))
    k = r.randrange(3)
    if k == 0:
        d.t("상담사: 분실하신 카드 번호를 아시나요?\n고객: ").card(fmt=pick(r, "dash", "space", "plain")).t(" 이요.\n")
    elif k == 1:
        d.t("상담사: 변경하실 주소 불러주세요.\n고객: ").addr(fmt=pick(r, "road_full", "road_short")).t("이요.\n")
    else:
        d.t("상담사: 건강보험증 번호 혹시 아세요?\n고객: ").hi().t(" 이요.\n")
    d.t("상담사: 연락 가능한 번호는요?\n고객: ").tel("phone_mobile", fmt=pick(r, "dash", "plain", "space")).t("이요.\n상담사: 처리되었습니다. 추가 문의는 ")
    if r.random() < 0.6:
        d.n(hn_special(r), "institution switchboard").t("로 주세요.\n")
    else:
        d.n("110", "institution short code").t("번으로 주세요.\n")


@tpl("access_log", "접속로그", 14, ocr=False)
def t_access_log(d, r, i):
    d.noise_rate = 0.0
    d.t(f"# {pick(r, '개인정보처리시스템', '새올행정시스템', '사회보장정보시스템')} 접속기록 (점검용 추출) client=").n(f"10.0.{r.randint(10000, 22631)}.{r.randint(1000, 4000)}", "version number").t("\n")
    for _ in range(r.randint(4, 8)):
        dt = doc_date(r)
        d.t(f"{fdate(dt, 'iso')} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} [{pick(r, 'INFO', 'INFO', 'WARN')}] user=")
        d.n(f"u{digits(r, 5)}", "system user id").t(" ip=").ip().t(f" action={pick(r, 'VIEW', 'DOWNLOAD', 'PRINT', 'UPDATE')}")
        x = r.random()
        if x < 0.35:
            q = mk_kr(r)
            d.t(" subject=").per(q).t(" rrn=").rrn(q, fmt=pick(r, "masked", "masked", "dash"))
        elif x < 0.55:
            d.t(" query=").tel("phone_mobile", fmt="plain")
        elif x < 0.7:
            d.t(" target=").mail()
        d.t("\n")


@tpl("access_log_csv", "접속로그", 10, ocr=False)
def t_access_log_csv(d, r, i):
    d.noise_rate = 0.0
    hdr = r.random() < 0.6
    if hdr:
        d.t("timestamp,user_id,user_name,src_ip,menu,result\n")
    for _ in range(r.randint(4, 8)):
        p = mk_kr(r, y0=1970, y1=1998)
        d.t(f"{fdate(doc_date(r), 'iso')}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d},").n(f"u{digits(r, 5)}", "system user id").t(",").per(p).t(",")
        d.ip(pick(r, "ipv4_private", "ipv4_public", "ipv6")).t(f",{pick(r, '주민등록 조회', '복지대상자 검색', '차량 조회', '민원 열람')},{pick(r, 'OK', 'OK', 'DENY')}\n")


@tpl("notice_fine", "고지서", 14)
def t_notice_fine(d, r, i):
    org = mk_org(r, "local")
    p = mk_kr(r)
    d.t(f"{pick(r, '주정차위반 과태료 부과 사전통지서', '자동차세 납부 고지서', '환경개선부담금 고지서')}\n\n납부자 ").per(p).t("  ").rrn(p, fmt="masked").t("\n주소 ")
    d.addr(postal=r.random() < 0.6, ref=r.random() < 0.5).t("\n차량번호 ").plate().t("\n위반일시 ").n(fdate(doc_date(r)), "date").t(f" {r.randint(0, 23):02d}:{r.randint(0, 59):02d}\n")
    d.t("위반장소 ").n(org.short + " " + pick(r, "시청로", "중앙로", "역전길") + f" {r.randint(1, 200)} 앞", "incident location").t("\n과태료 ").n(hn_amount(r, 30000, 100000), "amount")
    d.t(" (사전납부 시 20% 감경)\n전자납부번호 ").n(f"{r.randint(11, 48)}-{r.randint(1, 9)}-{doc_date(r)[0]}-{digits(r, 7)}", "public-record identifier").t("\n")
    d.t("근거 ").n(r.choice(STATUTES), "statute citation").t("\n문의 ").n(f"{org.dept}", "institution name").t(" ").n(org.switch, "institution switchboard").t("\n").n(org.head, "official by office").t("\n")


@tpl("hi_certificate", "증명서", 16)
def t_hi_certificate(d, r, i):
    p = mk_kr(r, y0=1950, y1=1995)
    co = r.choice(COMPANIES)
    d.t("건강보험 자격득실 확인서\n발급번호 ").n(f"{digits(r, 4)}-{digits(r, 4)}-{digits(r, 4)}-{digits(r, 3)}", "public-record identifier").t("\n")
    d.t("성명 ").per(p).t("   주민등록번호 ").rrn(p, fmt=pick(r, "masked", "dash")).t("\n건강보험증번호 ").hi().t("\n\n")
    d.t(pick(r, "가입자구분 | 사업장명칭 | 자격취득일 | 자격상실일\n", ""))
    for _ in range(r.randint(1, 3)):
        d.t(pick(r, "직장가입자", "지역가입자", "피부양자") + " | ").n(r.choice(COMPANIES), "company name").t(" | ").n(fdate(doc_date(r, 2005, 2026), "dotpad"), "date").t(" | ").n(fdate(doc_date(r, 2005, 2026), "dotpad"), "date").t("\n")
    if r.random() < 0.6:
        q = mk_baby(r) if r.random() < 0.5 else mk_kr(r, y0=2000, y1=2019)
        d.t("피부양자 ").per(q).t(" (")
        if r.random() < 0.5:
            d.dob(q, fmt=pick(r, "dot_pad", "iso"))
        else:
            d.rrn(q, fmt=pick(r, "dash", "masked"))
        d.t(") 증번호 ").hi().t("\n")
    d.t("\n위와 같이 확인합니다.\n").n(fdate(doc_date(r)), "date").t("\n").n("국민건강보험공단 이사장", "official by office").t("\n고객센터 ").n("1577-3917", "institution switchboard").t("\n")
    _ = co


# =================================================================== assembly, output, validation
OCR_HEADS = ["", "", "[스캔본]\n", "- 1 -\n", "사 본\n", "=== 1/2 ===\n", "FAX 수신 " ]
OCR_TAILS = ["", "\n- 1 -", "\n1/1", "\n(뒷면 계속)", "\n원본대조필"]
MAX_TRIES = 40


def make_templated(log):
    recs = []
    for T in REG:
        for i in range(T["n"]):
            is_ocr = T["ocr"] and i % 8 == 5
            planned = T["nopii"] == 1 or (T["nopii"] > 1 and i % T["nopii"] == 1)
            err = None
            for attempt in range(MAX_TRIES):
                seed = f"{PREFIX}|{T['name']}|{i}" + (f"|r{attempt}" if attempt else "")
                r = random.Random(seed)
                d = Doc(r, ocr=is_ocr, no_pii=planned)
                try:
                    T["fn"](d, r, i)
                    if is_ocr:
                        head, tail = r.choice(OCR_HEADS), r.choice(OCR_TAILS)
                        if head.startswith("FAX"):
                            head = f"FAX 수신 {fdate(doc_date(r), 'iso')} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}  P.1\n"
                        if head:
                            d.parts.insert(0, ("t", head, None))
                        if tail:
                            d.parts.append(("t", tail, None))
                    text, spans, negs = d.render()
                    validate_record(text, spans, negs, d.no_pii)
                except DraftError as e:
                    err = e
                    log.append(f"retry {T['name']}#{i} attempt {attempt}: {e}")
                    print(f"[draft failed] {T['name']}#{i} seed={seed!r}: {e}", file=sys.stderr)
                    continue
                rid = f"az-{T['name']}-{i:03d}"
                genre = OCR_GENRE if is_ocr else T["genre"]
                recs.append(build_record(rid, T["name"], seed, genre, text, spans, negs, d.no_pii, is_ocr, False,
                                         d.rec_noise, T["genre"]))
                break
            else:
                raise SystemExit(f"FATAL: template {T['name']} record {i} failed {MAX_TRIES} times; last error: {err}")
    return recs


def make_handwritten():
    sys.path.insert(0, HERE)
    import handwritten  # noqa: E402
    recs = []
    for k, doc in enumerate(handwritten.DOCS):
        rid = f"az-hw-{k + 1:03d}"
        try:
            parts = parse_marked(doc["text"])
            text, spans, negs, pos = [], [], [], 0
            for kind, s, info in parts:
                if kind == "p":
                    spans.append(dict(start=pos, end=pos + len(s), type=info["type"], kind=info["kind"],
                                      format=info["format"], noise=list(info["noise"]), value=s))
                elif kind == "n":
                    negs.append(dict(start=pos, end=pos + len(s), text=s, category=info))
                text.append(s)
                pos += len(s)
            text = "".join(text)
            no_pii = not spans
            validate_record(text, spans, negs, no_pii)
        except DraftError as e:
            raise SystemExit(f"FATAL: handwritten record {rid} ({doc['genre']}) invalid: {e}")
        ocr = bool(doc.get("ocr"))
        genre = OCR_GENRE if ocr else doc["genre"]
        rn = set(doc.get("record_noise", [])) | ({"ocr_scan"} if ocr else set())
        recs.append(build_record(rid, "handwritten", "none (hand-written)", genre, text, spans, negs, no_pii, ocr, True,
                                 rn, doc["genre"]))
    return recs


def compute_stats(recs, log):
    st = {"records": len(recs), "handwritten_records": 0, "templated_records": 0, "ocr_records": 0,
          "no_pii_records": 0, "gold_spans": 0, "noisy_spans": 0, "hard_negatives": 0, "draft_retries": len(log)}
    by = {k: Counter() for k in ["genre", "base_genre", "template", "type", "sub_kind", "noise_tag",
                                 "hard_negative_category", "record_noise", "no_pii_by_genre", "spans_by_genre",
                                 "type_handwritten", "type_templated", "hard_negatives_by_genre"]}
    for rec, meta in recs:
        st["handwritten_records"] += meta["handwritten"]
        st["templated_records"] += not meta["handwritten"]
        st["ocr_records"] += meta["ocr"]
        st["no_pii_records"] += meta["no_pii"]
        by["genre"][meta["genre"]] += 1
        by["base_genre"][meta["base_genre"]] += 1
        by["template"][meta["template"]] += 1
        if meta["no_pii"]:
            by["no_pii_by_genre"][meta["genre"]] += 1
        for x in meta["record_noise"]:
            by["record_noise"][x] += 1
        for sp in meta["spans"]:
            st["gold_spans"] += 1
            by["type"][sp["type"]] += 1
            by["type_handwritten" if meta["handwritten"] else "type_templated"][sp["type"]] += 1
            by["sub_kind"][f"{sp['type']}:{sp['sub_kind']}"] += 1
            by["spans_by_genre"][meta["genre"]] += 1
            if sp["noise"]:
                st["noisy_spans"] += 1
            for x in sp["noise"]:
                by["noise_tag"][x] += 1
        for ng in meta["hard_negatives"]:
            st["hard_negatives"] += 1
            by["hard_negative_category"][ng["category"]] += 1
            by["hard_negatives_by_genre"][meta["genre"]] += 1
    st["noisy_span_share"] = round(st["noisy_spans"] / max(1, st["gold_spans"]), 4)
    st["no_pii_share"] = round(st["no_pii_records"] / max(1, st["records"]), 4)
    st["ocr_share"] = round(st["ocr_records"] / max(1, st["records"]), 4)
    for k, c in by.items():
        st["by_" + k] = dict(sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))
    return st


def check_coverage(st, recs):
    errs = []
    if st["records"] < 650:
        errs.append(f"only {st['records']} records")
    if st["handwritten_records"] < 150:
        errs.append(f"only {st['handwritten_records']} handwritten records")
    for t in TYPES:
        if st["by_type"].get(t, 0) < 100:
            errs.append(f"type {t} has {st['by_type'].get(t, 0)} spans (<100)")
    if len(st["by_base_genre"]) < 20:
        errs.append(f"only {len(st['by_base_genre'])} genres")
    if len([t for t in st["by_template"] if t != "handwritten"]) < 35:
        errs.append("fewer than 35 templates")
    if st["noisy_span_share"] < 0.08:
        errs.append(f"noisy span share {st['noisy_span_share']}")
    if st["no_pii_share"] < 0.09:
        errs.append(f"no-PII share {st['no_pii_share']}")
    if not 0.10 <= st["ocr_share"] <= 0.16:
        errs.append(f"OCR share {st['ocr_share']}")
    hw = [m for _, m in recs if m["handwritten"]]
    if sum(m["ocr"] for m in hw) < 0.10 * len(hw):
        errs.append("handwritten OCR share below 10%")
    neg_by_base = Counter()
    for _, m in recs:
        neg_by_base[m["base_genre"]] += len(m["hard_negatives"])
        neg_by_base[m["genre"]] += len(m["hard_negatives"])
    for g in set(st["by_genre"]) | set(st["by_base_genre"]):
        if neg_by_base[g] == 0:
            errs.append(f"genre {g} has no hard negatives")
    for _, m in recs:
        if m["no_pii"] and not m["hard_negatives"]:
            errs.append(f"{m['id']} no-PII without hard negatives")
    if errs:
        raise SystemExit("FATAL coverage:\n  " + "\n  ".join(errs))


def write_all(recs, st, outdir):
    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, "pii_az.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for rec, _ in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "pii_az.meta.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for _, meta in recs:
            f.write(json.dumps(meta, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "stats.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(st, ensure_ascii=False, indent=1) + "\n")


def revalidate(outdir):
    """Re-read the written files and check them again from scratch."""
    recs = [json.loads(x) for x in open(os.path.join(outdir, "pii_az.jsonl"), encoding="utf-8")]
    metas = [json.loads(x) for x in open(os.path.join(outdir, "pii_az.meta.jsonl"), encoding="utf-8")]
    if len(recs) != len(metas):
        raise SystemExit("FATAL: jsonl/meta length mismatch")
    ids = set()
    for rec, meta in zip(recs, metas):
        rid = rec["id"]
        if rid in ids or rid != meta["id"]:
            raise SystemExit(f"FATAL: duplicate or mismatched id {rid}")
        ids.add(rid)
        if set(rec) != {"id", "text", "spans", "genre"} or rec["genre"] != meta["genre"]:
            raise SystemExit(f"FATAL: record keys/genre {rid}")
        if [(s["start"], s["end"], s["type"]) for s in rec["spans"]] != [(s["start"], s["end"], s["type"]) for s in meta["spans"]]:
            raise SystemExit(f"FATAL: span lists differ {rid}")
        spans = [dict(start=s["start"], end=s["end"], type=s["type"], kind=s["sub_kind"], value=s["value"]) for s in meta["spans"]]
        negs = [dict(n) for n in meta["hard_negatives"]]
        try:
            validate_record(rec["text"], spans, negs, meta["no_pii"])
        except DraftError as e:
            raise SystemExit(f"FATAL: re-validation of {rid} failed: {e}")
        for s in rec["spans"]:
            if rec["text"][s["start"]:s["end"]] != next(m["value"] for m in meta["spans"] if m["start"] == s["start"]):
                raise SystemExit(f"FATAL: value mismatch {rid}")
    return len(recs)


def md5(path):
    return hashlib.md5(open(path, "rb").read()).hexdigest()


OUT_FILES = ["pii_az.jsonl", "pii_az.meta.jsonl", "stats.json"]


def selfcheck(outdir):
    base = {f: md5(os.path.join(outdir, f)) for f in OUT_FILES}
    root = os.path.join(HERE, "scratch", "hashcheck")
    for hs in ["0", "987654"]:
        sub = os.path.join(root, hs)
        env = dict(os.environ, PYTHONHASHSEED=hs)
        res = subprocess.run([sys.executable, os.path.join(HERE, "make_set.py"), "--no-selfcheck", "--quiet", "--outdir", sub],
                             env=env, capture_output=True, text=True)
        if res.returncode != 0:
            raise SystemExit(f"FATAL: self-check run with PYTHONHASHSEED={hs} failed:\n{res.stderr[-2000:]}")
        for f in OUT_FILES:
            h = md5(os.path.join(sub, f))
            if h != base[f]:
                raise SystemExit(f"FATAL: {f} differs under PYTHONHASHSEED={hs} ({h} != {base[f]})")
        print(f"self-check PYTHONHASHSEED={hs}: identical md5 for {', '.join(OUT_FILES)}")
    shutil.rmtree(root)
    return base


def main(argv):
    outdir = HERE
    if "--outdir" in argv:
        outdir = os.path.abspath(argv[argv.index("--outdir") + 1])
    quiet = "--quiet" in argv
    log = []
    recs = make_templated(log) + make_handwritten()
    recs.sort(key=lambda rm: rm[0]["id"])
    ids = [r[0]["id"] for r in recs]
    if len(ids) != len(set(ids)):
        raise SystemExit("FATAL: duplicate ids")
    st = compute_stats(recs, log)
    try:
        check_coverage(st, recs)
    except SystemExit as e:
        if "--dev" not in argv:
            raise
        print(e)
    write_all(recs, st, outdir)
    n = revalidate(outdir)
    if not quiet:
        print(f"wrote {n} records, {st['gold_spans']} spans to {outdir}; retries={len(log)}")
        print("types:", json.dumps(st["by_type"], ensure_ascii=False))
        print(f"noise share {st['noisy_span_share']}, no-PII share {st['no_pii_share']}, OCR share {st['ocr_share']}, genres {len(st['by_genre'])}/{len(st['by_base_genre'])}")
    if "--no-selfcheck" not in argv:
        selfcheck(outdir)



# =================================================================== TEMPLATES (4): breadth for cards, licences, CRN, FRN; extra no-PII
@tpl("card_refund", "고지서", 14)
def t_card_refund(d, r, i):
    org = mk_org(r, "local")
    sep, lead, tail = seps(r)
    d.t(f"{org.name} 지방세 카드납부 취소·환불 내역 ({fdate(doc_date(r))} 처리분)\n")
    if r.random() < 0.65:
        row(d, sep, ["납세자", "카드번호", "승인번호", "금액", "취소일"], lead, tail)
    for _ in range(r.randint(3, 6)):
        p = mk_kr(r)
        row(d, sep, [lambda: d.per(p), lambda: d.card(fmt=pick(r, "dash", "dash", "space", "plain", "masked")), lambda: d.n(digits(r, 8), "approval number"),
                     lambda: d.n(hn_amount(r, 10000, 2000000), "amount"), lambda: d.n(fdate(doc_date(r), "iso"), "date")], lead, tail)
    d.t("※ 카드사 환불 문의: ").n(hn_special(r), "institution switchboard").t(" / 세무과 ").n(org.switch, "institution switchboard").t("(대표)\n")


@tpl("card_subsidy_audit", "감사보고서", 10)
def t_card_subsidy_audit(d, r, i):
    org = mk_org(r)
    d.t(f"보조사업자 카드 사용 내역 점검 결과 ({org.name} 감사부서)\n\n1. 점검 대상: ").n(r.choice(COMPANIES), "company name").t(" 등 보조사업자\n2. 지적 사항\n")
    for _ in range(r.randint(2, 4)):
        p = mk_kr(r, y0=1960, y1=1995)
        d.t("  - 보조사업 담당자 ").per(p).t(pick(r, "의 개인 신용카드(", " 명의 카드(")).card(fmt=pick(r, "dash", "masked", "masked", "space")).t(")로 ")
        d.n(hn_amount(r, 50000, 3000000), "amount").t("을 결제한 후 보조금 전용카드 사용분으로 정산함\n")
    d.t("3. 조치: 부당 정산액 회수 (").n(r.choice(STATUTES), "statute citation").t(")\n")


@tpl("dl_check_ledger", "대장", 14)
def t_dl_check_ledger(d, r, i):
    org = mk_org(r)
    sep, lead, tail = seps(r)
    d.t(f"{org.name} 공용차량 운전자 면허 확인 대장 ({doc_date(r)[0]}년)\n")
    hdr = r.random() < 0.6
    if hdr:
        row(d, sep, ["성명", "소속", "면허번호", "종별", "적성검사 만료일", "연락처"], lead, tail)
    for _ in range(r.randint(3, 6)):
        p = mk_kr(r, y0=1965, y1=2000)
        row(d, sep, [lambda: d.per(p), r.choice(org.depts), lambda: d.dl(), pick(r, "1종 보통", "2종 보통", "1종 대형"),
                     lambda: d.n(fdate(doc_date(r, 2026, 2031) if False else rand_date(r, 2027, 2034), "iso"), "date"), lambda: d.tel("phone_mobile")], lead, tail)
    d.t("확인자 ").n(dept_head(org.dept), "official by office").t("  (운전면허 진위확인: ").n("도로교통공단", "institution name").t(")\n")


@tpl("corp_registry", "증명서", 14)
def t_corp_registry(d, r, i):
    co = r.choice(COMPANIES)
    d.t(f"법인 등기사항 요약\n\n등록번호 ").crn().t("\n상호 ").n(co, "company name").t("\n본점 ").addr(fmt=pick(r, "road_full", "road_short", "jibun_full")).t("\n")
    d.t("사업자등록번호 ").brn(kind="brn_corp").t("\n설립일 ").n(fdate(doc_date(r, 1995, 2024)), "date").t("\n자본금 ").n(hn_amount(r, 10000000, 2000000000), "amount").t("\n\n임원에 관한 사항\n")
    for k in range(r.randint(2, 4)):
        p = mk_kr(r, y0=1950, y1=1990)
        d.t(pick(r, "대표이사 ", "사내이사 ", "감사 ", "사외이사 ") if k else "대표이사 ").per(p).t(" ").dob(p, fmt=pick(r, "kor", "dot_sp", "yymmdd")).t("생 ")
        d.t(pick(r, "", "", "  주소 ")) if False else None
        d.t("취임 ").n(fdate(doc_date(r, 2015, 2026)), "date").t("\n")
    d.t("\n※ 이 요약은 등기사항증명서를 대신하지 않습니다. 발급: ").n("대법원 인터넷등기소", "institution name").t("\n")


@tpl("foreign_stay", "신청서", 14)
def t_foreign_stay(d, r, i):
    p = mk_foreign(r)
    d.t(f"{pick(r, '체류기간 연장허가 신청서', '외국인등록 신청서', '체류지 변경신고서')} / APPLICATION FORM\n")
    br = r.random() < 0.5
    d.t("성 Surname / 명 Given names: ").per(p, "latin").t("  (" if br else "\n한글 성명: ").per(p, "hangul").t(")\n" if br else "\n")
    d.t("생년월일 Date of Birth: ").dob(p, fmt=pick(r, "eng", "eng", "iso", "dot_pad", "eng_us")).t(f"   성별 Sex: {'M' if p.sex == 'M' else 'F'}   국적 Nationality: {p.foreign}\n")
    d.t("여권번호 Passport No.: ").pp(p).t("   여권 만료일: ").n(fdate(rand_date(r, 2027, 2035), "iso"), "date").t("\n")
    d.t("외국인등록번호 Alien Reg. No.: ").frn(p, fmt=pick(r, "dash", "dash", "plain")).t("\n대한민국 내 주소 Address in Korea: ").addr(fmt=pick(r, "road_full", "road_short", "jibun_full")).t("\n")
    d.t("전화 Tel: ").tel("phone_mobile", fmt=pick(r, "dash", "intl", "plain")).t("   E-mail: ").mail(p).t("\n")
    d.t("근무처 Workplace: ").n(r.choice(COMPANIES), "company name").t("  사업자등록번호 ").brn().t("\n")
    d.t("\n신청일 Date: ").n(fdate(doc_date(r), "iso"), "date").t("   신청인 서명 Signature: ").per(p, "latin").t("\n")
    d.t("").n(pick(r, "수원출입국·외국인사무소장", "서울남부출입국·외국인사무소장", "인천출입국·외국인청장"), "official by office").t(" 귀하   (외국인종합안내센터 ").n("1345", "institution short code").t(")\n")


@tpl("gm_circular_nopii", "공문(전자)", 10, nopii=1)
def t_gm_circular_nopii(d, r, i):
    org, other = mk_org(r), mk_org(r)
    d.t(f"{org.name}\n\n수신  수신자 참조\n(경유)\n제목  {pick(r, '개인정보 보호 점검 계획 알림', '연말 민원 처리 기간 연장 안내', '행정정보 공동이용 승인 결과 통보', '2027년 주민등록 사실조사 계획')}\n\n")
    d.t("1. 관련: ").n(hn_docno(r, other), "document number").t(" (").n(fdate(doc_date(r)), "date").t(")\n2. ").n(r.choice(STATUTES), "statute citation").t("에 따라 다음과 같이 알려드립니다.\n")
    DP = date_pair(r, 60)
    d.t("  가. 기간: ").n(fdate(DP[0]), "date").t(" ~ ").n(fdate(DP[1]), "date").t("\n  나. 대상: 관내 ").n(r.choice(PLACES_NS), "name-shaped place").t(" 등 ").t(str(r.randint(3, 40))).t("개 기관\n")
    d.t("  다. 예산: ").n(hn_amount(r, 1000000, 900000000), "amount").t("\n3. 협조 사항은 붙임을 참고하시기 바랍니다.\n\n붙임  세부 계획 1부.  끝.\n\n")
    d.t(" " * 10).n(org.head, "official by office").t("\n\n수신자  ").n(other.head, "official by office").t(", ").n(mk_org(r).head, "official by office").t("\n")
    footer_redacted(d, r, org)


@tpl("guide_nopii", "민원회신", 8, nopii=1)
def t_guide_nopii(d, r, i):
    d.t(f"[자주 묻는 질문] {pick(r, '주민등록증 재발급', '여권 재발급', '자동차 이전등록', '외국인 체류지 변경')}\n\n")
    d.t("Q. 신청서에는 무엇을 적어야 하나요?\nA. 성명, 주민등록번호, 주소를 적습니다. 예) 성명 ").n("홍길동", "placeholder person").t(", 주민등록번호 ").n("000000-0000000", "placeholder person").t("\n")
    d.t("Q. 대리 신청도 되나요?\nA. 가능합니다. 위임장에 위임인 ").n(hn_placeholder(r), "placeholder person").t("과 수임인 ").n(hn_placeholder(r), "placeholder person").t("을 적습니다.\n")
    d.t("Q. 수수료는 얼마인가요?\nA. ").n(hn_amount(r, 1000, 50000), "amount").t("입니다(").n(r.choice(STATUTES), "statute citation").t(").\n")
    d.t("Q. 문의처는요?\nA. ").n(r.choice(["110", "120", "1345"]), "institution short code").t(" 또는 ").n(hn_special(r), "institution switchboard").t("로 문의하세요.\n")


if __name__ == "__main__":
    main(sys.argv[1:])
