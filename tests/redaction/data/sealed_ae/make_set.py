#!/usr/bin/env python3
"""make_set.py -- deterministic generator for the pii_ae evaluation set.

Standard library only.  Every random choice comes from
random.Random("pii_ae-2026|<template>|<i>") (string seeds, hash-seed independent).

usage:  python3 make_set.py [--out DIR]      (default: the folder of this script)
Writes pii_ae.jsonl, pii_ae.meta.jsonl, stats.json, then re-reads and validates them.
"""
import calendar
import datetime
import json
import os
import random
import re
import sys
import unicodedata

PREFIX = "pii_ae-2026"

# ----------------------------------------------------------------------------
# document builder
# ----------------------------------------------------------------------------


class Ent:
    __slots__ = ("type", "sub", "clean", "shown", "noise")

    def __init__(self, type_, sub, clean, shown=None, noise=()):
        self.type = type_
        self.sub = sub
        self.clean = clean
        self.shown = clean if shown is None else shown
        self.noise = list(noise)

    def with_noise(self, shown, noise):
        return Ent(self.type, self.sub, self.clean, shown, list(self.noise) + list(noise))

    def tagged(self, *tags):
        return Ent(self.type, self.sub, self.clean, self.shown, list(self.noise) + list(tags))


class H:
    """hard negative text (tagged in meta)"""
    __slots__ = ("cat", "text")

    def __init__(self, cat, text):
        self.cat = cat
        self.text = text


class Doc:
    def __init__(self):
        self.buf = []
        self.n = 0
        self.spans = []
        self.hns = []
        self.tags = []

    def add(self, *items):
        for it in items:
            if isinstance(it, str):
                self.buf.append(it)
                self.n += len(it)
            elif isinstance(it, Ent):
                s = it.shown
                self.spans.append({"start": self.n, "end": self.n + len(s), "type": it.type,
                                   "sub_kind": it.sub, "noise": list(it.noise), "text": s,
                                   "clean": it.clean})
                self.buf.append(s)
                self.n += len(s)
            elif isinstance(it, H):
                self.hns.append({"start": self.n, "end": self.n + len(it.text),
                                 "category": it.cat, "text": it.text})
                self.buf.append(it.text)
                self.n += len(it.text)
            elif it is None:
                continue
            else:
                raise TypeError(repr(it))
        return self

    def tag(self, t):
        if t not in self.tags:
            self.tags.append(t)

    def text(self):
        return "".join(self.buf)


# ----------------------------------------------------------------------------
# pools (all invented)
# ----------------------------------------------------------------------------

SURNAMES = ("김 김 김 김 김 이 이 이 이 박 박 박 최 최 정 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 전 홍 "
            "유 고 문 양 손 배 백 허 노 남 심 하 곽 성 차 주 우 구 민 류 나 진 지 엄 채 원 천 방 공 현 함 변 "
            "염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 탁 국 어 은 편 용 예 봉 태").split()
SURNAMES2 = "남궁 황보 선우 제갈 독고 사공 서문".split()
GIVEN = ("민준 서연 지훈 하은 도윤 예린 성호 영숙 정희 순자 광수 동현 미경 은정 재원 상철 경자 말순 지우 수빈 "
         "현우 유진 승민 서윤 준호 다은 태양 소희 민서 건우 가영 혜진 진호 영호 옥순 춘자 봉수 창민 보람 아름 "
         "슬기 한결 나래 대현 윤아 채원 시우 하준 지안 재희 성민 은비 경민 수진 미숙 영철 정훈 상욱 기현 명숙 "
         "희정 종혁 재석 선영 혜원 주원 예준 지호 서진 도현 수아 지아 하린 다인 연우 태윤 민재 가은 시은 현서 "
         "은서 정민 우진 승현 용준 은영 미란 해진 광호 병철 순옥 정자 영미 기순 복남 덕희 인수 재민 형준 상훈 "
         "지연 소연 민지 정아 주희 혜수 다희 세영 태희 문수 갑순 석진 경태 길자 영길 충만 다솜 이안").split()
GIVEN1 = "솔 훈 혁 진 철 란 빈 결 웅 욱".split()

# (latin given, hangul given) / (latin family, hangul family) per nationality
FOREIGN = {
    "베트남": dict(order="fmg",
                 fam=[("NGUYEN", "응우옌"), ("TRAN", "쩐"), ("LE", "레"), ("PHAM", "팜"), ("HOANG", "호앙"),
                      ("VU", "부"), ("DANG", "당"), ("BUI", "부이")],
                 mid=[("VAN", "반"), ("THI", "티"), ("DUC", "득"), ("MINH", "민"), ("NGOC", "응옥")],
                 giv=[("HUNG", "훙"), ("LAN", "란"), ("ANH", "안"), ("TUAN", "뚜언"), ("HOA", "호아"),
                      ("LONG", "롱"), ("THAO", "타오"), ("DUNG", "중")]),
    "네팔": dict(order="gf",
               giv=[("RAM", "람"), ("SURESH", "수레시"), ("BIKASH", "비카스"), ("SITA", "시타"), ("ANIL", "아닐")],
               fam=[("GURUNG", "구룽"), ("THAPA", "타파"), ("RAI", "라이"), ("TAMANG", "타망"), ("MAGAR", "마가르")]),
    "필리핀": dict(order="gf",
                giv=[("JOSE", "호세"), ("MARIA", "마리아"), ("ANGELO", "안젤로"), ("CRISTINA", "크리스티나"),
                     ("MARK", "마크")],
                fam=[("REYES", "레예스"), ("SANTOS", "산토스"), ("DELA CRUZ", "델라 크루즈"),
                     ("BAUTISTA", "바우티스타"), ("VILLANUEVA", "비야누에바")]),
    "인도네시아": dict(order="gf",
                  giv=[("BUDI", "부디"), ("AGUS", "아구스"), ("DEWI", "데위"), ("RIZKY", "리즈키"), ("EKO", "에코")],
                  fam=[("SANTOSO", "산토소"), ("PRATAMA", "프라타마"), ("WIBOWO", "위보워"), ("SAPUTRA", "사푸트라")]),
    "우즈베키스탄": dict(order="fg",
                   giv=[("AZIZ", "아지즈"), ("JASUR", "자수르"), ("DILNOZA", "딜노자"), ("SHERZOD", "셰르조드")],
                   fam=[("KARIMOV", "카리모프"), ("YUSUPOV", "유수포프"), ("RAHIMOVA", "라히모바"),
                        ("TOSHEV", "토셰프")]),
    "캄보디아": dict(order="fg",
                 fam=[("SOK", "속"), ("CHAN", "찬"), ("HENG", "헹"), ("MEAS", "미어스")],
                 giv=[("DARA", "다라"), ("SOPHEA", "소피어"), ("VICHEKA", "비체카"), ("RITHY", "리티")]),
    "스리랑카": dict(order="gf",
                 giv=[("KASUN", "카순"), ("NUWAN", "누완"), ("DILSHAN", "딜샨"), ("CHAMARI", "차마리")],
                 fam=[("PERERA", "페레라"), ("FERNANDO", "페르난도"), ("SILVA", "실바"), ("JAYASURIYA", "자야수리야")]),
    "몽골": dict(order="fg",
               fam=[("GANBAATAR", "간바타르"), ("TSEREN", "체렌"), ("DORJ", "도르지")],
               giv=[("BATBOLD", "바트볼드"), ("ODGEREL", "오드게렐"), ("ENKHJIN", "엥흐진")]),
    "중국": dict(order="fgc",
               fam=[("WANG", "왕"), ("LI", "리"), ("ZHANG", "장"), ("LIU", "류"), ("CHEN", "천")],
               giv=[("WEI", "웨이"), ("MING", "밍"), ("XIAOYU", "샤오위"), ("JIANHUA", "젠화"), ("LINA", "리나")]),
    "미국": dict(order="gf",
               giv=[("MICHAEL", "마이클"), ("EMILY", "에밀리"), ("DANIEL", "대니얼"), ("SARAH", "세라"),
                    ("JAMES", "제임스")],
               fam=[("BROWN", "브라운"), ("CLARK", "클라크"), ("MILLER", "밀러"), ("WILSON", "윌슨"),
                    ("HARRIS", "해리스")]),
}
NATIONS = ["베트남", "네팔", "필리핀", "인도네시아", "우즈베키스탄", "캄보디아", "스리랑카", "몽골", "중국", "미국"]
WORKER_NATIONS = ["베트남", "베트남", "네팔", "필리핀", "인도네시아", "우즈베키스탄", "캄보디아", "스리랑카", "몽골"]

REGIONS = [
    ("서울특별시", "서울시", "서울", [("마포구", ["성산동", "망원동", "공덕동"]), ("강서구", ["화곡동", "등촌동"]),
                               ("노원구", ["상계동", "중계동"]), ("관악구", ["봉천동", "신림동"]),
                               ("송파구", ["잠실동", "가락동"])]),
    ("부산광역시", "부산시", "부산", [("해운대구", ["우동", "좌동"]), ("사하구", ["괴정동", "하단동"])]),
    ("대구광역시", "대구시", "대구", [("수성구", ["범어동", "만촌동"]), ("달서구", ["월성동", "상인동"])]),
    ("인천광역시", "인천시", "인천", [("남동구", ["구월동", "만수동"]), ("연수구", ["송도동", "연수동"])]),
    ("광주광역시", "광주시", "광주", [("북구", ["용봉동", "운암동"])]),
    ("대전광역시", "대전시", "대전", [("유성구", ["봉명동", "노은동"]), ("서구", ["둔산동", "탄방동"])]),
    ("울산광역시", "울산시", "울산", [("남구", ["삼산동", "무거동"])]),
    ("세종특별자치시", "세종시", "세종", [("", ["보람동", "아름동", "고운동"])]),
    ("경기도", "경기도", "경기", [("수원시 팔달구", ["인계동", "매탄동"]), ("성남시 분당구", ["정자동", "서현동"]),
                           ("고양시 일산동구", ["장항동", "마두동"]), ("화성시", ["봉담읍 동화리", "향남읍 행정리"]),
                           ("안산시 단원구", ["원곡동", "고잔동"]), ("김포시", ["장기동", "구래동"])]),
    ("강원특별자치도", "강원도", "강원", [("춘천시", ["석사동", "퇴계동"]), ("원주시", ["단구동", "무실동"])]),
    ("충청북도", "충북", "충북", [("청주시 흥덕구", ["복대동", "가경동"]), ("충주시", ["연수동"])]),
    ("충청남도", "충남", "충남", [("천안시 서북구", ["성정동", "쌍용동"]), ("공주시", ["신관동"])]),
    ("전북특별자치도", "전북", "전북", [("전주시 완산구", ["효자동", "삼천동"]), ("익산시", ["영등동"])]),
    ("전라남도", "전남", "전남", [("순천시", ["연향동", "조례동"]), ("여수시", ["학동"])]),
    ("경상북도", "경북", "경북", [("포항시 남구", ["대잠동", "상도동"]), ("구미시", ["송정동", "원평동"])]),
    ("경상남도", "경남", "경남", [("창원시 성산구", ["상남동", "중앙동"]), ("김해시", ["내동", "삼계동"])]),
    ("제주특별자치도", "제주도", "제주", [("제주시", ["노형동", "연동"]), ("서귀포시", ["동홍동"])]),
]
ROADS = ["한빛로", "새말로", "은행나무길", "꽃마을로", "푸른들로", "버들로", "솔밭길", "누리로", "햇살로", "가람로",
         "다온로", "모래내로", "별빛로", "미리내로", "온누리길", "새싹로", "샘골로", "들꽃길", "물빛로", "너른들로"]
APTS = ["한빛아파트", "푸른마을아파트", "햇살타운", "누리빌", "가람아파트", "샛별마을", "은하빌라", "솔향기아파트"]

AGENCIES = [
    dict(name="서울특별시 마포구", head="마포구청장", short="마포구", addr="서울특별시 마포구 새말로 301", postal="03937",
         tel="02-3170-2114", dom="mapo.go.kr", bldg="마포구청"),
    dict(name="경기도 수원시", head="수원시장", short="수원시", addr="경기도 수원시 팔달구 가람로 1200", postal="16490",
         tel="031-228-3114", dom="suwon.go.kr", bldg="수원시청"),
    dict(name="부산광역시 해운대구", head="해운대구청장", short="해운대구", addr="부산광역시 해운대구 솔밭길 88",
         postal="48094", tel="051-749-4114", dom="haeundae.go.kr", bldg="해운대구청 본관"),
    dict(name="대전광역시 유성구", head="유성구청장", short="유성구", addr="대전광역시 유성구 누리로 211", postal="34126",
         tel="042-611-2114", dom="yuseong.go.kr", bldg="유성구청"),
    dict(name="전북특별자치도 전주시", head="전주시장", short="전주시", addr="전북특별자치도 전주시 완산구 물빛로 10",
         postal="55032", tel="063-222-2114", dom="jeonju.go.kr", bldg="전주시청"),
    dict(name="경상남도 창원시", head="창원시장", short="창원시", addr="경상남도 창원시 성산구 너른들로 151",
         postal="51430", tel="055-225-2114", dom="changwon.go.kr", bldg="창원시청"),
    dict(name="보건복지부", head="보건복지부장관", short="보건복지부", addr="세종특별자치시 다온로 13", postal="30113",
         tel="044-202-2114", dom="mohw.go.kr", bldg="정부세종청사 10동"),
    dict(name="행정안전부", head="행정안전부장관", short="행정안전부", addr="세종특별자치시 다온로 13", postal="30112",
         tel="044-205-2114", dom="mois.go.kr", bldg="정부세종청사 8동"),
    dict(name="제주특별자치도", head="제주특별자치도지사", short="제주도", addr="제주특별자치도 제주시 별빛로 6",
         postal="63122", tel="064-710-2114", dom="jeju.go.kr", bldg="제주도청 제1청사"),
]
DEPTS = ["복지정책과", "민원여권과", "교통행정과", "주차관리과", "세무과", "자치행정과", "일자리정책과", "보건위생과",
         "총무과", "기획예산과", "환경정책과", "건축과"]
COMPANY_STEMS = ["한빛", "새솔", "다온", "누리", "가람", "푸른솔", "해오름", "미래로", "동방", "청운", "대성", "온빛"]
COMPANY_TAILS = ["엔지니어링", "건설", "테크", "산업", "푸드", "물산", "정밀", "환경", "디자인", "유통", "농산", "ENG"]

BANKS = [  # name, groups, fixed prefix
    ("KB국민은행", [6, 2, 6], ""), ("신한은행", [3, 3, 6], "110"), ("우리은행", [4, 3, 6], "1002"),
    ("하나은행", [3, 6, 5], ""), ("NH농협은행", [3, 4, 4, 2], "3"), ("IBK기업은행", [3, 6, 2, 3], ""),
    ("카카오뱅크", [4, 2, 7], "3333"), ("토스뱅크", [4, 4, 4], "1000"), ("케이뱅크", [3, 3, 6], "100"),
    ("우체국", [6, 2, 6], ""), ("새마을금고", [4, 2, 6, 1], "9002"), ("SC제일은행", [3, 2, 6], ""),
]

DL_REGIONS = [("서울", "11"), ("부산", "12"), ("경기", "13"), ("강원", "14"), ("충북", "15"), ("충남", "16"),
              ("전북", "17"), ("전남", "18"), ("경북", "19"), ("경남", "20"), ("제주", "21"), ("대구", "22"),
              ("인천", "23"), ("광주", "24"), ("대전", "25"), ("울산", "26")]
PLATE_PRIVATE = list("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주")
PLATE_COMM = list("바사아자")
PLATE_RENT = list("하허호")
PLATE_REGIONS = ["서울", "부산", "경기", "인천", "대구", "광주", "대전", "울산", "강원", "충북", "충남", "전북", "전남",
                 "경북", "경남", "제주"]

EMAIL_TOKENS = ["minsu", "jihoon", "yuna", "sky", "blue", "happy", "sunny", "star", "hope", "js", "hj", "kmj",
                "lee", "park", "choi", "jung", "moon", "haneul", "bada", "dal", "byul", "nuri", "green", "rose"]
EMAIL_DOMAINS = ["naver.com", "daum.net", "gmail.com", "hanmail.net", "kakao.com", "nate.com", "hotmail.com"]

HANGUL_DIGITS = "공일이삼사오육칠팔구"
SINO = ["", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"]

FW_DIGITS = {str(i): chr(0xFF10 + i) for i in range(10)}

# ----------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def digits_nz(rng, n):
    return rng.choice("123456789") + digits(rng, n - 1)


def rand_date(rng, y0, y1, after=None):
    while True:
        y = rng.randint(y0, y1)
        m = rng.randint(1, 12)
        d = rng.randint(1, calendar.monthrange(y, m)[1])
        if after is None or (y, m, d) >= after:
            return y, m, d


def sino(n):
    """sino-Korean reading of 1..9999"""
    out = ""
    for val, unit in ((1000, "천"), (100, "백"), (10, "십")):
        q = n // val
        n %= val
        if q:
            out += ("" if q == 1 else SINO[q]) + unit
    if n:
        out += SINO[n]
    return out


def fmt_date(y, m, d, style):
    if style == "dot_space":
        return f"{y}. {m}. {d}."
    if style == "korean":
        return f"{y}년 {m}월 {d}일"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "dot":
        return f"{y}.{m:02d}.{d:02d}."
    if style == "dot_nofinal":
        return f"{y}.{m:02d}.{d:02d}"
    if style == "short":
        return f"{y % 100:02d}.{m:02d}.{d:02d}"
    if style == "six":
        return f"{y % 100:02d}{m:02d}{d:02d}"
    if style == "slash":
        return f"{y}/{m:02d}/{d:02d}"
    if style == "hangul":
        return f"{sino(y)}년 {sino(m)}월 {sino(d)}일"
    raise ValueError(style)


def doc_date(rng, style=None):
    y, m, d = rand_date(rng, 2023, 2026)
    style = style or rng.choice(["dot_space", "dot_space", "dot_space", "korean", "iso"])
    return fmt_date(y, m, d, style)


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    r = rng.random() * tot
    for v, w in pairs:
        r -= w
        if r < 0:
            return v
    return pairs[-1][0]


# ----------------------------------------------------------------------------
# entity generators
# ----------------------------------------------------------------------------


def kname(rng, short_ok=True):
    r = rng.random()
    while True:
        if r < 0.08:
            name, sub = rng.choice(SURNAMES2) + rng.choice(GIVEN), "person_ko_two_syllable_surname"
        elif r < 0.13 and short_ok:
            name, sub = rng.choice(SURNAMES) + rng.choice(GIVEN1), "person_ko_two_syllable"
        else:
            name, sub = rng.choice(SURNAMES) + rng.choice(GIVEN), "person_ko"
        if name != "홍길동":
            return Ent("PERSON", sub, name)


def fname_parts(rng, nat):
    f = FOREIGN[nat]
    fam = rng.choice(f["fam"])
    giv = rng.choice(f["giv"])
    if f["order"] == "fmg":
        mid = rng.choice(f["mid"])
        return [fam, mid, giv], " "
    if f["order"] == "fg":
        return [fam, giv], " "
    if f["order"] == "fgc":
        return [fam, giv], ""
    return [giv, fam], " "


def fname(rng, nat=None, script=None):
    nat = nat or rng.choice(NATIONS)
    parts, sep_h = fname_parts(rng, nat)
    script = script or rng.choice(["hangul", "latin_upper", "latin_title"])
    if script == "hangul":
        return Ent("PERSON", "person_foreign_hangul", sep_h.join(p[1] for p in parts)), nat
    lat = " ".join(p[0] for p in parts)
    if script == "latin_title":
        lat = " ".join(w.capitalize() for w in lat.split(" "))
        return Ent("PERSON", "person_foreign_latin", lat), nat
    return Ent("PERSON", "person_foreign_latin", lat), nat


def person(rng, p_foreign=0.1):
    if rng.random() < p_foreign:
        return fname(rng)[0]
    return kname(rng)


RRN_W = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]


def rrn_check(d12):
    s = sum(int(c) * w for c, w in zip(d12, RRN_W))
    return (11 - s % 11) % 10


def frn_check(d12):
    s = sum(int(c) * w for c, w in zip(d12, RRN_W))
    return (13 - s % 11) % 10


def rrn(rng, kind=None, birth=None, sep="-"):
    kind = kind or wchoice(rng, [("rrn_valid", 6), ("rrn_post2020", 1.5), ("rrn_masked", 2.5)])
    if kind == "rrn_post2020":
        y, m, d = birth or rand_date(rng, 2020, 2025, after=(2020, 10, 1))
        g = rng.choice("34")
        body = f"{y % 100:02d}{m:02d}{d:02d}" + g + digits(rng, 5)
        chk = rng.choice([c for c in "0123456789" if int(c) != rrn_check(body)])
        return Ent("KR_RRN", kind, body[:6] + sep + body[6:] + chk)
    y, m, d = birth or rand_date(rng, 1940, 2006)
    g = (rng.choice("12") if y < 2000 else rng.choice("34"))
    front = f"{y % 100:02d}{m:02d}{d:02d}"
    if kind == "rrn_masked":
        mc = rng.choice(["*", "*", "●", "X", "x", "○"])
        return Ent("KR_RRN", kind, front + sep + g + mc * 6)
    body = front + g + f"{rng.randint(0, 95):02d}" + digits(rng, 3)
    return Ent("KR_RRN", "rrn_valid", body[:6] + sep + body[6:] + str(rrn_check(body)))


def frn(rng, birth=None):
    y, m, d = birth or rand_date(rng, 1965, 2004)
    g = rng.choice("56") if y < 2000 else rng.choice("78")
    body = f"{y % 100:02d}{m:02d}{d:02d}" + g + f"{rng.randint(10, 28):02d}" + digits(rng, 3)
    return Ent("KR_FRN", "frn_valid", body[:6] + "-" + body[6:] + str(frn_check(body)))


def dob(rng, style=None, birth=None, y0=1940, y1=2006):
    y, m, d = birth or rand_date(rng, y0, y1)
    style = style or rng.choice(["dot_space", "dot_space", "korean", "iso", "dot", "dot_nofinal", "short", "six"])
    return Ent("DATE_OF_BIRTH", "dob_" + style, fmt_date(y, m, d, style))


def passport_kr(rng, kind=None, prefix=None):
    kind = kind or rng.choice(["passport_kr_old", "passport_kr_new", "passport_kr_new"])
    p = prefix or wchoice(rng, [("M", 8), ("S", 1), ("G", 1), ("D", 0.4), ("R", 0.6)])
    if kind == "passport_kr_old":
        return Ent("KR_PASSPORT", kind, p + digits(rng, 8))
    return Ent("KR_PASSPORT", kind, p + digits(rng, 3) + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(rng, 4))


def passport_foreign(rng, nat):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if nat == "베트남":
        v = rng.choice("CBN") + digits(rng, 7)
    elif nat == "네팔":
        v = digits(rng, 8)
    elif nat == "필리핀":
        v = "P" + digits(rng, 7) + rng.choice("ABC")
    elif nat == "인도네시아":
        v = rng.choice("ABCX") + digits(rng, 7)
    elif nat == "우즈베키스탄":
        v = rng.choice(["FA", "AB", "AC"]) + digits(rng, 7)
    elif nat == "캄보디아":
        v = "N" + digits(rng, 8)
    elif nat == "스리랑카":
        v = "N" + digits(rng, 7)
    elif nat == "몽골":
        v = "E" + digits(rng, 7)
    elif nat == "중국":
        v = rng.choice(["E" + digits(rng, 8), "E" + rng.choice(L) + digits(rng, 7)])
    else:
        v = rng.choice(L) + digits(rng, 8)
    sub = "passport_foreign_numeric" if v.isdigit() else "passport_foreign"
    return Ent("KR_PASSPORT", sub, v)


def dl(rng, kind=None):
    kind = kind or wchoice(rng, [("dl_code", 5), ("dl_name", 2), ("dl_name_nospace", 1), ("dl_plain", 2)])
    region, code = rng.choice(DL_REGIONS)
    yy = rng.randint(0, 24) if kind.startswith("dl_name") else rng.choice([rng.randint(85, 99), rng.randint(0, 24)])
    if kind.startswith("dl_name"):
        yy = rng.randint(0, 14) if rng.random() < 0.6 else rng.randint(88, 99)
    serial = digits(rng, 6)
    tail = str(rng.randint(0, 9)) + str(rng.choice([0, 0, 0, 1, 1, 2]))
    if kind == "dl_code":
        v = f"{code}-{yy:02d}-{serial}-{tail}"
    elif kind == "dl_name":
        v = f"{region} {yy:02d}-{serial}-{tail}"
    elif kind == "dl_name_nospace":
        v = f"{region}{yy:02d}-{serial}-{tail}"
    else:
        v = f"{code}{yy:02d}{serial}{tail}"
    return Ent("KR_DRIVER_LICENSE", kind, v)


def plate(rng, kind=None):
    kind = kind or wchoice(rng, [("plate_2digit", 4), ("plate_3digit", 4), ("plate_region", 1.5),
                                 ("plate_commercial", 1.2), ("plate_rental", 0.8), ("plate_nospace", 1.5)])
    n4 = str(rng.randint(1000, 9999))
    if kind == "plate_2digit":
        v = f"{rng.randint(10, 99)}{rng.choice(PLATE_PRIVATE)} {n4}"
    elif kind == "plate_3digit":
        v = f"{rng.randint(100, 699)}{rng.choice(PLATE_PRIVATE)} {n4}"
    elif kind == "plate_region":
        v = f"{rng.choice(PLATE_REGIONS)} {rng.randint(10, 99)}{rng.choice(PLATE_PRIVATE)} {n4}"
    elif kind == "plate_commercial":
        v = f"{rng.choice(PLATE_REGIONS)} {rng.randint(70, 99)}{rng.choice(PLATE_COMM)} {n4}"
    elif kind == "plate_rental":
        v = f"{rng.randint(10, 99)}{rng.choice(PLATE_RENT)} {n4}"
    else:
        v = rng.choice([f"{rng.randint(10, 99)}", f"{rng.randint(100, 399)}"]) + rng.choice(PLATE_PRIVATE) + n4
        if rng.random() < 0.3:
            v = rng.choice(PLATE_REGIONS) + v
    return Ent("KR_VEHICLE_PLATE", kind, v)


def luhn_complete(body):
    s = 0
    for i, c in enumerate(reversed(body)):
        x = int(c)
        if i % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return body + str((10 - s % 10) % 10)


def luhn_ok(num):
    s = 0
    for i, c in enumerate(reversed(num)):
        x = int(c)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def card(rng, kind=None):
    kind = kind or wchoice(rng, [("card_visa", 3), ("card_master", 3), ("card_bc", 2), ("card_local", 1.5),
                                 ("card_jcb", 1), ("card_amex", 1)])
    if kind == "card_amex":
        n = luhn_complete(rng.choice(["34", "37"]) + digits(rng, 12))
        sep = rng.choice(["-", " ", "-"])
        return Ent("CREDIT_CARD", kind, sep.join([n[:4], n[4:10], n[10:]]))
    pre = {"card_visa": "4" + digits(rng, 3), "card_master": str(rng.randint(51, 55)) + digits(rng, 2),
           "card_bc": "94" + digits(rng, 2), "card_local": rng.choice(["9490", "9410", "6253"]),
           "card_jcb": "35" + str(rng.randint(28, 89))}[kind]
    n = luhn_complete(pre + digits(rng, 11))
    sep = rng.choice(["-", "-", " ", ""])
    return Ent("CREDIT_CARD", kind, sep.join([n[0:4], n[4:8], n[8:12], n[12:16]]))


def account(rng):
    name, groups, pre = rng.choice(BANKS)
    total = sum(groups)
    if name == "NH농협은행":
        pre = rng.choice(["301", "302", "351", "352", "356"])
    raw = pre + digits(rng, total - len(pre))
    parts = []
    i = 0
    for g in groups:
        parts.append(raw[i:i + g])
        i += g
    if rng.random() < 0.12:
        return name, Ent("KR_BANK_ACCOUNT", "acct_nodash", raw)
    return name, Ent("KR_BANK_ACCOUNT", "acct_" + "-".join(str(g) for g in groups), "-".join(parts))


def mobile(rng, style=None):
    a, b = str(rng.randint(2000, 9999)), digits(rng, 4)
    style = style or wchoice(rng, [("dash", 8), ("space", 1), ("dot", 0.5), ("plain", 1)])
    v = {"dash": f"010-{a}-{b}", "space": f"010 {a} {b}", "dot": f"010.{a}.{b}", "plain": f"010{a}{b}"}[style]
    return Ent("PHONE_NUMBER", "phone_mobile" + ("" if style == "dash" else "_" + style), v)


AREAS = ["02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055", "061", "062",
         "063", "064"]


def landline(rng, sub="phone_landline", area=None):
    area = area or rng.choice(AREAS)
    mid = str(rng.randint(200, 999)) if rng.random() < 0.5 else str(rng.randint(2000, 8999))
    last = digits(rng, 4)
    if last.endswith("114"):
        last = last[:3] + "7"
    return Ent("PHONE_NUMBER", sub, f"{area}-{mid}-{last}")


def phone070(rng):
    return Ent("PHONE_NUMBER", "phone_070", f"070-{rng.randint(4000, 8999)}-{digits(rng, 4)}")


def phone_hangul(rng):
    a, b = str(rng.randint(2000, 9999)), digits(rng, 4)
    hz = rng.choice(["공", "영"])
    conv = lambda s: "".join(hz if c == "0" else HANGUL_DIGITS[int(c)] for c in s)
    sep = rng.choice([" ", " 다시 ", "에 "])
    return Ent("PHONE_NUMBER", "phone_hangul", hz + "일" + hz + sep + conv(a) + sep + conv(b))


def email(rng, official=False):
    tok = rng.choice(EMAIL_TOKENS)
    if official:
        return Ent("EMAIL_ADDRESS", "email_official", f"{tok}{rng.randint(1, 99)}@korea.kr")
    local = tok + rng.choice(["", ".", "_"]) + rng.choice(EMAIL_TOKENS) + rng.choice(["", str(rng.randint(1, 99)),
                                                                                    str(rng.randint(70, 99))])
    return Ent("EMAIL_ADDRESS", "email_personal", f"{local}@{rng.choice(EMAIL_DOMAINS)}")


def email_foreign(rng, ent):
    base = re.sub(r"[^a-z]", "", ent.clean.lower())[:10] or "worker"
    return Ent("EMAIL_ADDRESS", "email_personal", f"{base}{rng.randint(1, 99)}@{rng.choice(['gmail.com', 'yahoo.com', 'naver.com'])}")


def postal(rng):
    return f"{rng.randint(1000, 63643):05d}"


def address(rng, kind=None):
    """returns (postal or None, Ent, ref or None)"""
    sido, sido_s, sido_x, gus = rng.choice(REGIONS)
    gu, dongs = rng.choice(gus)
    dong = rng.choice(dongs)
    kind = kind or wchoice(rng, [("addr_road", 5), ("addr_road_short", 2), ("addr_road_from_gu", 1.5),
                                 ("addr_jibun", 2)])
    if kind == "addr_road_from_gu" and not gu:
        kind = "addr_road"
    road = rng.choice(ROADS)
    if rng.random() < 0.35:
        road += f"{rng.randint(1, 60)}{rng.choice(['번길', '길'])}"
    num = str(rng.randint(1, 399)) + (f"-{rng.randint(1, 30)}" if rng.random() < 0.2 else "")
    unit_kind = rng.choice(["apt", "apt", "floor_room", "floor", "room", "none", "none"])
    apt = rng.choice(APTS)
    if unit_kind == "apt":
        unit = f", {rng.randint(101, 115)}동 {rng.randint(1, 25)}{rng.randint(1, 4):02d}호"
    elif unit_kind == "floor_room":
        f = rng.randint(2, 9)
        unit = f", {f}층 {f}{rng.randint(1, 12):02d}호"
    elif unit_kind == "floor":
        unit = f" {rng.randint(2, 15)}층"
    elif unit_kind == "room":
        unit = f", {rng.randint(101, 405)}호"
    else:
        unit = ""
    gu_part = (gu + " ") if gu else ""
    ref = None
    if kind == "addr_jibun":
        lot = str(rng.randint(1, 1999)) + (f"-{rng.randint(1, 40)}" if rng.random() < 0.6 else "")
        tail = ""
        if unit_kind == "apt":
            tail = " " + apt + " " + unit[2:]
        elif unit_kind in ("floor_room", "room"):
            tail = " " + unit[2:]
        v = f"{sido if rng.random() < 0.7 else sido_s} {gu_part}{dong} {lot}{tail}"
    else:
        head = {"addr_road": sido, "addr_road_short": rng.choice([sido_s, sido_x]), "addr_road_from_gu": ""}[kind]
        v = (head + " " if head else "") + f"{gu_part}{road} {num}{unit}"
        if rng.random() < 0.45:
            d0 = dong.split(" ")[0]
            ref = f"({d0}, {apt})" if unit_kind == "apt" else f"({d0})"
    pc = postal(rng) if rng.random() < 0.35 else None
    return pc, Ent("KR_ADDRESS", kind, v), ref


def brn(rng, corp=False):
    while True:
        mid = rng.choice(["81", "86", "87", "88"]) if corp else f"{rng.randint(1, 79):02d}"
        body = f"{rng.randint(101, 899)}" + mid + digits(rng, 4)
        w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
        s = sum(int(c) * x for c, x in zip(body, w)) + (int(body[8]) * 5) // 10
        chk = (10 - s % 10) % 10
        v = body + str(chk)
        sub = "brn_corporate" if corp else "brn_individual"
        if rng.random() < 0.1:
            return Ent("KR_BRN", sub + "_nodash", v)
        return Ent("KR_BRN", sub, f"{v[:3]}-{v[3:5]}-{v[5:]}")


def brn_ok(v):
    d = re.sub(r"\D", "", v)
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(int(c) * x for c, x in zip(d, w)) + (int(d[8]) * 5) // 10
    return len(d) == 10 and (10 - s % 10) % 10 == int(d[9])


def crn_check(d12):
    s = sum(int(c) * (1 if i % 2 == 0 else 2) for i, c in enumerate(d12))
    return (10 - s % 10) % 10


def crn(rng):
    office = rng.choice(["1101", "1144", "1301", "1311", "1345", "1601", "1611", "2001", "1701", "1801", "2201"])
    kind = rng.choice(["11", "11", "11", "13", "14", "21", "22", "71"])
    body = office + kind + digits(rng, 6)
    return Ent("KR_CRN", "crn_valid", body[:6] + "-" + body[6:] + str(crn_check(body)))


def hi_no(rng):
    v = rng.choice("1234567") + digits(rng, 10)
    if rng.random() < 0.15:
        return Ent("KR_HEALTH_INSURANCE", "hi_dashed", v[0] + "-" + v[1:])
    return Ent("KR_HEALTH_INSURANCE", "hi_11digit", v)


def ip(rng, kind=None):
    kind = kind or wchoice(rng, [("ip_public", 6), ("ip_private", 3), ("ipv6", 0.7)])
    if kind == "ip_public":
        while True:
            a = rng.randint(1, 223)
            if a not in (10, 100, 127, 169, 172, 192):
                break
        return Ent("IP_ADDRESS", kind, f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}")
    if kind == "ip_private":
        v = rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                        f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                        f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"])
        return Ent("IP_ADDRESS", kind, v)
    groups = ["2406", "%x" % rng.randint(0x5800, 0x5aff)] + ["%x" % rng.randint(0, 0xffff) for _ in range(3)]
    return Ent("IP_ADDRESS", kind, ":".join(groups) + "::" + "%x" % rng.randint(1, 0xffff))


def company(rng, kind=None):
    stem = rng.choice(COMPANY_STEMS) + rng.choice(COMPANY_TAILS)
    form = rng.choice(["(주)", "주식회사 ", "(유)", ""]) if kind is None else kind
    return form + stem if form != "" else stem


def money(rng, lo=10000, hi=50000000, unit=1000):
    v = rng.randint(lo // unit, hi // unit) * unit
    return rng.choice([f"{v:,}원", f"{v:,}원", f"₩{v:,}", f"금{v:,}원"])


def doc_no(rng, dept=None):
    dept = dept or rng.choice(DEPTS)
    return f"{dept}-{rng.randint(100, 29999)}"


def receipt_no(rng):
    return rng.choice([f"1AA-{rng.randint(2301, 2612)}-{digits(rng, 7)}",
                       f"2BB-{rng.randint(2301, 2612)}-{digits(rng, 7)}",
                       f"{rng.randint(2023, 2026)}-{digits(rng, 6)}"])


STATUTES = ["「국민기초생활 보장법」 제27조 제1항", "「도로교통법」 제93조 제1항 제1호", "「도로교통법」 제32조",
            "「주차장법」 제29조", "「국민건강보험법」 제5조 제1항", "「외국인근로자의 고용 등에 관한 법률」 제8조",
            "「개인정보 보호법」 제24조의2", "「지방자치단체 보조금 관리에 관한 법률」 제31조",
            "「질서위반행위규제법」 제16조", "「행정절차법」 제21조", "「주민등록법」 제16조",
            "같은 법 시행령 제9조 제1항", "「식품위생법」 제44조 제2항", "「공무원 행동강령」 제13조의3",
            "「자동차관리법」 제84조 제2항", "「민원 처리에 관한 법률」 제27조"]


STAT_BY = {
    "parking": ["「도로교통법」 제32조", "「주차장법」 제29조", "「질서위반행위규제법」 제16조", "「도로교통법」 제160조 제3항"],
    "dl": ["「도로교통법」 제93조 제1항 제1호", "「도로교통법」 제93조 제1항 제2호", "같은 법 시행규칙 제91조 제1항"],
    "welfare": ["「국민기초생활 보장법」 제27조 제1항", "「긴급복지지원법」 제9조", "「아동수당법」 제4조", "「기초연금법」 제3조",
                "「국민기초생활 보장법」 제38조"],
    "health": ["「국민건강보험법」 제5조 제1항", "「국민건강보험법」 제8조", "같은 법 시행규칙 제2조"],
    "fw": ["「외국인근로자의 고용 등에 관한 법률」 제8조", "「외국인근로자의 고용 등에 관한 법률」 제17조 제1항",
           "「출입국관리법」 제31조"],
    "subsidy": ["「지방자치단체 보조금 관리에 관한 법률」 제31조", "「공무원 행동강령」 제13조의3", "「지방재정법」 제32조의2"],
    "food": ["「식품위생법」 제44조 제2항", "「식품위생법」 제75조 제1항", "같은 법 시행규칙 제89조"],
    "tax": ["「소득세법」 제89조 제1항 제3호", "같은 법 시행령 제154조 제1항", "「조세특례제한법」 제99조의2"],
    "minwon": ["「민원 처리에 관한 법률」 제27조", "「행정절차법」 제21조", "「주민등록법」 제16조", "「공동주택관리법」 제20조",
               "「개인정보 보호법」 제24조의2"],
}


def statute(rng, key=None):
    return H("statute", rng.choice(STAT_BY[key] if key else STATUTES))


def date_pair(rng, style, gap=(1, 60)):
    y, m, d = rand_date(rng, 2023, 2026)
    a = datetime.date(y, m, d)
    b = a + datetime.timedelta(days=rng.randint(*gap))
    return fmt_date(a.year, a.month, a.day, style), fmt_date(b.year, b.month, b.day, style)


def switchboard(rng, ag=None):
    ag = ag or rng.choice(AGENCIES)
    return rng.choice([H("switchboard", ag["tel"]), H("switchboard", f"1588-{digits(rng, 4)}"),
                       H("switchboard", f"1577-{digits(rng, 4)}"), H("switchboard", f"1644-{digits(rng, 4)}"),
                       H("short_code", rng.choice(["110", "120", "129", "1345", "1350", "1355"]))])


def inst_addr(ag):
    return H("institution_address", ag["addr"])


def masked_name(rng):
    s = rng.choice(SURNAMES[:30])
    return H("anonymised_person", rng.choice([s + "○○", s + "**", s + "○○", s + "○"]))


# ----------------------------------------------------------------------------
# OCR noise
# ----------------------------------------------------------------------------

SUBS = {"0": ["O", "O", "o"], "1": ["l", "I"], "5": ["S"], "8": ["B"]}
SUBTAG = {"0": "ocr_O_for_0", "1": "ocr_l_for_1", "5": "ocr_S_for_5", "8": "ocr_B_for_8"}
HANGUL_CONF = {"영": "엉", "희": "히", "경": "겅", "은": "온", "정": "젇", "수": "슈", "민": "먼", "현": "헌", "철": "칠",
               "훈": "흔", "진": "잔"}
HEADER_MISREAD = {"성명": ["성멍", "섬명", "셩명", "성 멍"], "주민등록번호": ["주민등룩번호", "주민둥록번호", "주민등록번흐"],
                  "연락처": ["연락저", "언락처", "연라처"], "주소": ["추소", "주스", "주 소"],
                  "생년월일": ["생넌월일", "생년윌일", "샏년월일"], "계좌번호": ["계죄번호", "계좌번흐", "게좌번호"],
                  "여권번호": ["여궈번호", "여권빈호"], "외국인등록번호": ["외국인등룩번호", "외국인둥록번호"],
                  "소속": ["소 솔", "소숙"], "비고": ["비 ㄱ", "바고"], "면허번호": ["먼허번호", "면허빈호"],
                  "차량번호": ["차랑번호", "자량번호"], "예금주": ["예긍주", "예금추"], "은행": ["은헹", "온행"],
                  "건강보험증번호": ["건강보힘증번호", "건강보험중번호"], "이메일": ["이메잍", "이매일"],
                  "사업자등록번호": ["사업지등록번호", "사엽자등록번호"], "연번": ["연빈", "언번"]}
RULES = [("|", 5), ("l", 2), ("I", 2), ("ㅣ", 2), ("!", 1), ("1", 1), ("[", 0.7), ("]", 0.7)]


def rule(rng):
    return wchoice(rng, RULES)


def ocr_num(rng, ent, p=0.55):
    if rng.random() > p:
        return ent
    s = ent.shown
    r = rng.random()
    if r < 0.42:
        chars = list(s)
        idx = [i for i, c in enumerate(chars) if c in SUBS]
        if not idx:
            return ent
        tags = []
        for i in sorted(rng.sample(idx, min(len(idx), rng.randint(1, 2)))):
            c = chars[i]
            chars[i] = rng.choice(SUBS[c])
            if SUBTAG[c] not in tags:
                tags.append(SUBTAG[c])
        return ent.with_noise("".join(chars), tags)
    if r < 0.62:
        out = "".join(FW_DIGITS.get(c, c) for c in s)
        tags = ["fullwidth_digits"]
        if "-" in out and rng.random() < 0.6:
            out = out.replace("-", "－")
            tags.append("fullwidth_dash")
        return ent.with_noise(out, tags)
    if r < 0.8:
        pos = [i for i in range(1, len(s)) if s[i - 1].isdigit() and s[i].isdigit()]
        if not pos:
            return ent
        i = rng.choice(pos)
        return ent.with_noise(s[:i] + " " + s[i:], ["space_in_number"])
    if "-" in s:
        if r < 0.9:
            return ent.with_noise(s.replace("-", rng.choice(["‐", "–"])), ["unicode_hyphen"])
        if r < 0.95:
            return ent.with_noise(s.replace("-", rng.choice(["~", "_", "="]), 1), ["ocr_dash_misread"])
        return ent.with_noise(s.replace("-", " - ", 1), ["space_around_dash"])
    return ent


def ocr_name(rng, ent, p=0.3):
    if rng.random() > p:
        return ent
    s = ent.shown
    if ent.sub.startswith("person_ko") and rng.random() < 0.55:
        return ent.with_noise(" ".join(s), ["spaced_name"])
    chars = list(s)
    idx = [i for i, c in enumerate(chars) if c in HANGUL_CONF]
    if idx:
        i = rng.choice(idx)
        chars[i] = HANGUL_CONF[chars[i]]
        return ent.with_noise("".join(chars), ["ocr_hangul_misread"])
    if "I" in s or "O" in s:
        return ent.with_noise(s.replace("I", "l", 1).replace("O", "0", 1), ["ocr_latin_misread"])
    return ent


def ocr_addr(rng, ent, p=0.35):
    if rng.random() > p:
        return ent
    s = ent.shown
    sp = [i for i, c in enumerate(s) if c == " "]
    if not sp:
        return ent
    i = rng.choice(sp)
    if rng.random() < 0.6:
        return ent.with_noise(s[:i] + "\n" + s[i + 1:], ["newline_in_value"])
    return ent.with_noise(s[:i] + "  " + s[i + 1:], ["double_space"])


def ocr(rng, ent, p=0.5):
    if ent.type == "PERSON":
        return ocr_name(rng, ent, p * 0.6)
    if ent.type == "KR_ADDRESS":
        return ocr_addr(rng, ent, p * 0.7)
    if ent.type == "EMAIL_ADDRESS":
        if rng.random() < p * 0.3:
            return ent.with_noise(ent.shown.replace(".", ",", 1), ["ocr_punct"])
        return ent
    return ocr_num(rng, ent, p)


def misread(rng, h, p=0.35):
    if h in HEADER_MISREAD and rng.random() < p:
        return rng.choice(HEADER_MISREAD[h]), True
    return h, False


def ocr_table(d, rng, header, rows, glue=0.5, merge_p=0.05, break_p=0.07, header_p=0.35):
    if header is not None:
        d.add(rule(rng))
        for h in header:
            hh, mis = misread(rng, h, header_p)
            if mis:
                d.tag("header_misread")
            if h == "":
                d.tag("headerless_name_col")
            d.add(" " + hh + " " if hh else "  ", rule(rng))
        d.add("\n")
    for row in rows:
        n = len(row)
        seps = []
        for ci in range(n - 1):
            r = rng.random()
            seps.append("merge" if r < merge_p else ("break" if r < merge_p + break_p else "rule"))
        d.add(rule(rng))
        for ci, cell in enumerate(row):
            right = seps[ci] if ci < n - 1 else "rule"
            gl = rng.random() < glue
            gr = rng.random() < glue and right != "merge"
            items = [x for x in cell]
            if items and isinstance(items[0], Ent) and gl:
                items[0] = items[0].tagged("rule_glued_left")
            if items and isinstance(items[-1], Ent) and gr:
                items[-1] = items[-1].tagged("rule_glued_right")
            if right == "merge":
                items = [x.tagged("merged_cell") if isinstance(x, Ent) else x for x in items]
            if not gl:
                d.add(" ")
            d.add(*items)
            if right == "merge":
                d.tag("merged_cell")
                d.add(" ")
                continue
            if not gr:
                d.add(" ")
            d.add(rule(rng))
            if right == "break":
                d.tag("row_broken")
                d.add("\n", rule(rng))
        d.add("\n")


def plain_table(d, header, rows, sep=" | "):
    d.add(sep.join(header).strip(), "\n")
    for row in rows:
        for ci, cell in enumerate(row):
            if ci:
                d.add(sep)
            d.add(*cell)
        d.add("\n")


# ----------------------------------------------------------------------------
# templates
# ----------------------------------------------------------------------------

def kyeoljae(rng, d, dept, date):
    n1, n2, n3 = kname(rng), kname(rng), kname(rng)
    team = dept.replace("과", "") + rng.choice(["팀", "정책팀", "지원팀"])
    v = rng.randint(0, 2)
    if v == 0:
        d.add("주무관  ", n1, "     ", team, "장  ", n2, "     ", dept, "장  전결 ", H("date", date), "  ", n3, "\n")
    elif v == 1:
        d.add("기안자 주무관 ", n1, "   검토자 ", team, "장 ", n2, "   결재권자 ", dept, "장 ", n3, "\n")
    else:
        d.add("담당 ", n1, " → 팀장 ", n2, " → 과장 ", n3, "(전결 ", H("date", date), ")\n")
    if rng.random() < 0.4:
        d.add("협조자  ", rng.choice(DEPTS).replace("과", "팀"), "장 ", kname(rng), "\n")


def footer(rng, d, ag, dept, off_name=None):
    d.add("시행  ", H("document_number", doc_no(rng, dept)), " (", H("date", doc_date(rng, "dot_space")), ")   접수\n")
    d.add("우 ", H("postal_code", ag["postal"]), "  ", inst_addr(ag), " ", ag["bldg"], " / www.", ag["dom"], "\n")
    direct = landline(rng, "phone_office", area=ag["tel"].split("-")[0])
    fax = landline(rng, "phone_fax", area=ag["tel"].split("-")[0])
    d.add("전화번호 ", direct, "  팩스번호 ", fax, "  / ", email(rng, official=True), "  / ",
          rng.choice(["대국민 공개", "부분공개(6)", "비공개(6)"]), "\n")
    return direct


def t_gongmun(rng, d):
    ag = rng.choice(AGENCIES[:6] + AGENCIES[8:])
    dept = rng.choice(DEPTS)
    d.add(ag["name"], "\n\n")
    cit = person(rng, 0.08)
    pc, addr, ref = address(rng)
    d.add("수신  ", cit, " 귀하")
    if rng.random() < 0.75:
        if pc:
            d.add("  (", H("postal_code", pc), ") ")
        else:
            d.add("  ")
        d.add(addr, (" " + ref) if ref else "")
    d.add("\n(경유)\n")
    rc = receipt_no(rng)
    d.add("제목  민원(", H("receipt_number", rc), ") 처리 결과 회신\n\n")
    d.add("1. 귀하께서 ", H("date", doc_date(rng)), " 국민신문고를 통하여 제출하신 민원(신청번호 ", H("receipt_number", rc),
          ")에 대하여 검토한 결과를 다음과 같이 알려 드립니다.\n")
    topic = rng.randint(0, 5)
    if topic == 0:
        p1 = plate(rng)
        d.add("2. 귀하께서 신고하신 ", H("date", doc_date(rng)), " 불법 주정차 차량(", p1, ")에 대하여는 현장 확인 결과 위반 사실이 "
              "확인되어 ", statute(rng, "parking"), "에 따라 과태료 부과 절차를 진행하고 있습니다.\n")
    elif topic == 1:
        d.add("2. 귀하의 민원 요지는 \"위층 세대(", masked_name(rng), ")의 야간 소음으로 생활에 불편을 겪고 있다\"는 것으로 이해됩니다. "
              "공동주택 층간소음은 ", statute(rng, "minwon"), "에 따른 분쟁조정 대상임을 알려 드립니다.\n")
    elif topic == 2:
        b = dob(rng, rng.choice(["dot_space", "korean", "hangul"]), y0=1945, y1=1960)
        d.add("2. 귀하(생년월일 ", b, ")께서는 기초연금 수급 연령에 해당하므로 주소지 행정복지센터에 신청하시면 소득인정액 조사를 거쳐 "
              "수급 여부가 결정됩니다.\n")
    elif topic == 3:
        pc2, a2, r2 = address(rng)
        d.add("2. 귀하께서 정정을 요청하신 전입 주소지 \"", a2, "\"는 건축물대장상 호수 표기와 일치하지 아니하여 ",
              statute(rng, "minwon"), "에 따라 사실조사를 실시할 예정입니다.\n")
    elif topic == 4:
        bank, ac = account(rng)
        d.add("2. 요청하신 급여 수령 계좌 변경 건은 ", bank, " ", ac, "(예금주 ", cit, ")로 변경 처리하였으며, ",
              H("date", doc_date(rng)), " 지급분부터 적용됩니다.\n")
    else:
        ph = phone_hangul(rng)
        d.add("2. 민원 본문에 \"앞으로 연락은 ", ph, "으로 해 달라\"고 적으셨으나 번호가 한글로만 기재되어 있어 담당자가 유선 확인 후 "
              "회신 연락처를 수정하였습니다.\n")
    d.add("3. 처리 기간은 ", statute(rng, "minwon"), "에 따라 ", str(rng.randint(7, 14)), "일이며, 수수료 ", H("amount", money(rng, 1000, 50000)),
          "이 발생하지 않습니다.\n")
    off = kname(rng)
    direct = landline(rng, "phone_office", area=ag["tel"].split("-")[0])
    d.add("4. 그 밖에 궁금하신 사항은 ", ag["short"], " ", dept, " ", off, " 주무관(☎ ", direct, ")에게 문의하시거나 대표전화(",
          H("switchboard", ag["tel"]), ")로 연락하여 주시기 바랍니다.  끝.\n\n")
    d.add("                    ", H("office_title", ag["head"]), "\n\n")
    kyeoljae(rng, d, dept, doc_date(rng, "dot_space"))
    d.add("시행  ", H("document_number", doc_no(rng, dept)), " (", H("date", doc_date(rng, "dot_space")), ")   접수\n")
    d.add("우 ", H("postal_code", ag["postal"]), "  ", inst_addr(ag), " ", ag["bldg"], " / www.", ag["dom"], "\n")
    d.add("전화번호 ", direct, "  팩스번호 ", landline(rng, "phone_fax", area=ag["tel"].split("-")[0]), "  / ",
          email(rng, official=True), "  / ", rng.choice(["대국민 공개", "부분공개(6)"]), "\n")
    return "민원회신공문", None


QUOTES_RES = ["주말에도 아이를 맡길 곳이 생겨 한결 마음이 놓인다", "버스 노선이 바뀐 뒤 출근 시간이 20분 줄었다",
              "어르신들이 한글을 배우며 자신감을 되찾았다", "골목이 밝아져 밤길이 덜 무섭다",
              "한국어 교실 덕분에 병원에서 혼자 진료를 받을 수 있게 됐다", "이웃과 함께 텃밭을 가꾸니 동네가 정겨워졌다"]
QUOTES_OFF = ["주민 의견을 반영해 사업을 확대하겠다", "현장의 목소리를 정책에 담겠다", "사각지대가 없도록 꼼꼼히 살피겠다",
              "예산을 조기에 집행해 체감도를 높이겠다"]
EVENTS = ["돌봄센터 개소식", "마을버스 노선 개편 설명회", "어르신 한글교실 수료식", "골목길 안심조명 준공식",
          "다문화가족 한국어교실 발표회", "도시텃밭 분양 행사", "청년 창업 경진대회 시상식"]


def t_press(rng, d):
    ag = rng.choice(AGENCIES)
    dept = rng.choice(DEPTS)
    ev = rng.choice(EVENTS)
    d.add("보도자료\n", ag["name"], "\n")
    pa, pb = date_pair(rng, "dot_space", (1, 2))
    d.add("보도 일시: ", H("date", pb), " 11:00 이후  /  배포 일시: ", H("date", pa), "\n\n")
    d.add(ag["short"], ", ", ev, " 성황리 개최\n - 주민 ", str(rng.randint(40, 400)), "여명 참석, 사업비 ",
          H("amount", money(rng, 10000000, 900000000, 1000000)), " 투입 -\n\n")
    head = kname(rng)
    hd = ag["head"]
    title = ("구청장" if "구청장" in hd else "시장" if hd.endswith("시장") else "장관" if "장관" in hd else "도지사")
    d.add("□ ", ag["short"], "(", title, " ", head, ")는 ", H("date", doc_date(rng, "korean")), " ", ev, "을(를) 열었다고 밝혔다.\n")
    # quoted residents with age in parentheses
    for _ in range(rng.randint(1, 3)):
        r = rng.random()
        if r < 0.6:
            res = kname(rng)
            dong = rng.choice(rng.choice(REGIONS)[3])[1][0].split(" ")[0]
            d.add("□ 이날 행사에 참여한 ", dong, " 주민 ", res, "(", str(rng.randint(19, 88)), ") 씨는 \"", rng.choice(QUOTES_RES),
                  "\"고 말했다.\n")
        elif r < 0.8:
            fe, nat = fname(rng, script=rng.choice(["hangul", "hangul", "latin_title"]))
            d.add("□ ", nat, " 출신 결혼이민자 ", fe, "(", str(rng.randint(24, 55)), ") 씨도 \"", rng.choice(QUOTES_RES),
                  "\"며 웃었다.\n")
        else:
            fe, nat = fname(rng, nat=rng.choice(["미국", "필리핀", "몽골"]), script=rng.choice(["latin_title", "hangul"]))
            d.add("□ 원어민 강사로 참여한 ", fe, " 씨는 \"", rng.choice(QUOTES_RES), "\"라고 전했다.\n")
    # list separated by middle dots / commas
    names = [kname(rng) for _ in range(rng.randint(3, 5))]
    sep = rng.choice(["·", ", ", "ㆍ"])
    items = []
    for i, n in enumerate(names):
        if i:
            items.append(sep)
        items.append(n)
    d.add("□ 이날 유공 주민 표창은 ", *items, " 씨 등 ", str(len(names) + rng.randint(0, 4)), "명이 받았다.\n")
    # official quote
    offn = kname(rng)
    d.add("□ ", offn, " ", ag["short"], " ", dept, "장은 \"", rng.choice(QUOTES_OFF), "\"며 \"", H("date", doc_date(rng, "korean")),
          "까지 2단계 사업을 마무리하겠다\"고 말했다.\n")
    if rng.random() < 0.5:
        d.add("□ ", H("office_title", ag["head"]), "은 축사에서 \"", rng.choice(QUOTES_OFF), "\"고 강조했다.\n")
    d.add("□ 자세한 내용은 ", ag["short"], " 누리집 또는 ", switchboard(rng, ag), "으로 문의하면 된다.\n\n")
    chief, staff = kname(rng), kname(rng)
    d.add("담당 부서  ", ag["short"], " ", dept, "\n")
    d.add("책임자  과  장  ", chief, "  (", landline(rng, "phone_office", area=ag["tel"].split("-")[0]), ")\n")
    d.add("담당자  주무관  ", staff, "  (", landline(rng, "phone_office", area=ag["tel"].split("-")[0]), ")")
    if rng.random() < 0.5:
        d.add("  ", email(rng, official=True))
    d.add("\n")
    return "보도자료", None


AGENDA = ["2025년도 주민참여예산 사업 선정의 건", "공유재산 관리계획 변경안 심의", "지역사회보장계획 연차 평가",
          "청년 기본조례 일부개정안", "도시공원 조성사업 설계 변경", "주차장 유료화 확대 방안"]


def t_minutes(rng, d):
    ag = rng.choice(AGENCIES)
    comm = rng.choice(["주민참여예산위원회", "지역사회보장협의체", "공유재산심의회", "도시계획위원회", "청년정책위원회"])
    d.add(ag["short"], " ", comm, " 제", str(rng.randint(1, 12)), "차 회의록\n\n")
    d.add("□ 일시: ", H("date", doc_date(rng, "dot_space")), "(", rng.choice("월화수목금"), ") 14:00~16:", str(rng.randint(10, 50)), "\n")
    d.add("□ 장소: ", ag["bldg"], " ", rng.choice(["소회의실", "3층 대회의실", "별관 세미나실"]), "\n")
    chair = kname(rng)
    mem = [person(rng, 0.06) for _ in range(rng.randint(3, 6))]
    sec = kname(rng)
    sep = rng.choice(["·", ", ", "ㆍ", ", "])
    items = []
    for i, n in enumerate(mem):
        if i:
            items.append(sep)
        items.append(n)
    d.add("□ 참석자: 위원장 ", chair, ", 위원 ", *items, ", 간사 ", sec, " (총 ", str(len(mem) + 2), "명)\n")
    absent = kname(rng)
    d.add("□ 불참: ", absent, " 위원(개인 사정)\n")
    obs = kname(rng)
    d.add("□ 배석: ", rng.choice(DEPTS), " 주무관 ", obs, "\n\n")
    d.add("[안건] ", rng.choice(AGENDA), "\n\n")
    d.add("○ 위원장(", chair, "): 성원이 되었으므로 회의를 개회하겠습니다. 간사는 안건을 보고해 주시기 바랍니다.\n")
    d.add("○ 간사 ", sec, ": 총사업비 ", H("amount", money(rng, 10000000, 500000000, 1000000)), " 규모이며, 세부 내용은 배부 자료와 같습니다.\n")
    a, b = rng.sample(range(len(mem)), 2)
    d.add("○ ", mem[a], " 위원: 작년 사업과 중복되는 부분이 있어 보입니다. 집행률도 함께 보고해 주십시오.\n")
    d.add("○ ", mem[b], " 위원: ", mem[a], " 위원 의견에 동의합니다. 다만 ", H("date", doc_date(rng, "korean")),
          " 이전에 착공해야 국비를 받을 수 있다는 점은 고려해야 합니다.\n")
    if rng.random() < 0.5:
        guest = kname(rng)
        ph = phone_hangul(rng) if rng.random() < 0.5 else mobile(rng)
        d.add("○ (방청 주민 ", guest, "): 지난번에 의견서를 냈는데 답을 못 받았어요. 제 번호가 ", ph,
              "인데 연락 좀 주세요.")
        if rng.random() < 0.6:
            d.add(" 접수할 때 생년월일은 ", dob(rng, "hangul", y0=1940, y1=1975), "로 적었습니다.")
        d.add("\n")
        d.add("○ 위원장(", chair, "): 간사가 회의 후 따로 연락드리도록 하겠습니다.\n")
    d.add("○ 위원장(", chair, "): 이의가 없으므로 원안대로 가결되었음을 선포합니다.\n\n")
    d.add("※ 본 회의록은 ", statute(rng, "minwon"), "에 따라 작성하였으며, 속기 담당 ", kname(rng), "이(가) 정리하였음.\n")
    return "회의록", None


COURTS = ["서울행정법원", "수원지방법원", "대전지방법원", "부산지방법원", "전주지방법원", "창원지방법원"]


def t_judgment(rng, d):
    court = rng.choice(COURTS)
    ag = rng.choice(AGENCIES[:6])
    kind = rng.choice(["영업정지처분취소", "운전면허취소처분취소", "과징금부과처분취소"])
    d.add(court, "\n", "제", str(rng.randint(1, 14)), "행정부\n\n판        결\n\n")
    d.add("사        건    ", H("case_number", f"{rng.randint(2023, 2025)}구{rng.choice(['합', '단'])}{rng.randint(10000, 79999)}"),
          "  ", kind, "\n")
    pl = kname(rng)
    pc, addr, ref = address(rng)
    d.add("원        고    ", pl, "\n                  ", addr, (" " + ref) if ref else "", "\n")
    if rng.random() < 0.7:
        d.add("                  소송대리인 변호사 ", kname(rng), "\n")
    d.add("피        고    ", H("office_title", ag["head"] if kind != "운전면허취소처분취소" else rng.choice(
        ["서울특별시경찰청장", "경기도남부경찰청장", "부산광역시경찰청장"])), "\n")
    d.add("                  소송수행자 ", kname(rng), ", ", kname(rng), "\n")
    da, db = date_pair(rng, "dot_space", (14, 50))
    d.add("변 론 종 결    ", H("date", da), "\n판 결 선 고    ", H("date", db),
          "\n\n주        문\n\n1. 원고의 청구를 기각한다.\n2. 소송비용은 원고가 부담한다.\n\n이        유\n\n1. 처분의 경위\n")
    if kind == "운전면허취소처분취소":
        dln = dl(rng)
        p1 = plate(rng)
        d.add("가. 원고는 ", H("date", doc_date(rng, "dot_space")), " 제1종 보통 운전면허(면허번호 ", dln, ")를 취득한 사람이다.\n")
        d.add("나. 원고는 ", H("date", doc_date(rng, "dot_space")), " 23:10경 혈중알코올농도 0.", str(rng.randint(80, 190)),
              "% 상태로 ", p1, " 승용차를 운전하였다.\n")
        d.add("다. 피고는 ", statute(rng, "dl"), "에 따라 원고의 운전면허를 취소하는 처분을 하였다.\n")
    else:
        bn = brn(rng)
        pc2, a2, r2 = address(rng, "addr_road")
        d.add("가. 원고는 ", a2, "에서 '", company(rng, ""), "'라는 상호로 일반음식점(사업자등록번호 ", bn, ")을 운영하는 사람이다.\n")
        d.add("나. 피고는 ", H("date", doc_date(rng, "dot_space")), " 원고에 대하여 ", statute(rng, "food"), " 위반을 이유로 영업정지 1개월 "
              "(또는 과징금 ", H("amount", money(rng, 1000000, 30000000, 10000)), ") 처분을 하였다.\n")
    d.add("[인정 근거] 다툼 없는 사실, 갑 제1, 2호증, 을 제1호증의 각 기재, 변론 전체의 취지\n\n")
    d.add("2. 판단\n원고는 처분이 재량권을 일탈·남용하였다고 주장하나, 참고인 ", kname(rng),
          "의 진술과 단속 경찰관 ", kname(rng), "이 작성한 보고서에 의하면 원고의 주장은 받아들이기 어렵다.\n\n")
    d.add("재판장  판사  ", kname(rng), "\n        판사  ", kname(rng), "\n        판사  ", kname(rng), "\n")
    return "판결문", None


def t_ruling(rng, d):
    board = rng.choice(["중앙행정심판위원회", "경기도행정심판위원회", "서울특별시행정심판위원회", "부산광역시행정심판위원회"])
    kind = rng.choice(["자동차운전면허 취소처분 취소청구", "기초생활수급자 급여중지처분 취소청구", "과태료 부과처분 취소청구"])
    d.add(board, "\n\n재        결\n\n")
    d.add("사        건   ", H("case_number", f"{rng.randint(2023, 2025)}-{rng.randint(1000, 29999)}"), " ", kind, "\n")
    cl = kname(rng)
    b = dob(rng, rng.choice(["dot_space", "dot_space", "korean"]), y0=1950, y1=2002)
    pc, addr, ref = address(rng)
    d.add("청   구   인   ", cl, " (", b, "생)\n               ", addr, "\n")
    if rng.random() < 0.5:
        d.add("               대리인 행정사 ", kname(rng), "\n")
    resp = {"자동차운전면허 취소처분 취소청구": rng.choice(["서울특별시경찰청장", "경기도북부경찰청장", "인천광역시경찰청장"])}.get(
        kind, rng.choice(AGENCIES[:6])["head"])
    d.add("피 청 구 인   ", H("office_title", resp), "\n\n주        문\n\n청구인의 청구를 기각한다.\n\n청 구 취 지\n\n")
    d.add("피청구인이 ", H("date", doc_date(rng, "dot_space")), " 청구인에게 한 처분을 취소한다.\n\n이        유\n\n")
    if kind.startswith("자동차"):
        dln = dl(rng)
        p1 = plate(rng)
        d.add("1. 사건개요\n청구인은 ", H("date", doc_date(rng, "dot_space")), " 혈중알코올농도 0.", str(rng.randint(30, 160)),
              "% 상태에서 ", p1, " 차량을 운전하다 적발되었고, 피청구인은 ", statute(rng, "dl"), "에 따라 청구인의 운전면허(", dln,
              ")를 취소하였다.\n")
        d.add("2. 청구인 주장\n청구인은 생계를 위해 운전이 필수적이고, 배우자 ", kname(rng), "이(가) 투병 중이라고 주장한다.\n")
    elif kind.startswith("기초"):
        bank, ac = account(rng)
        d.add("1. 사건개요\n피청구인은 청구인 명의의 ", bank, " 계좌(", ac, ")에 입금된 근로소득이 확인되었다며 ", statute(rng, "welfare"),
              "에 따라 생계급여를 중지하였다.\n")
        d.add("2. 청구인 주장\n청구인은 해당 금원이 자녀 ", kname(rng), "의 학비로 ", H("amount", money(rng, 100000, 5000000)),
              "을 잠시 보관한 것이라고 주장한다.\n")
    else:
        p1 = plate(rng)
        d.add("1. 사건개요\n피청구인은 청구인 소유 ", p1, " 차량이 ", H("date", doc_date(rng, "dot_space")),
              " 어린이보호구역에서 주차위반을 하였다며 과태료 ", H("amount", money(rng, 40000, 160000, 10000)), "을 부과하였다.\n")
        d.add("2. 청구인 주장\n청구인은 당시 차량을 동생 ", kname(rng), "에게 빌려주었다고 주장한다.\n")
    sk = "dl" if kind.startswith("자동차") else ("welfare" if kind.startswith("기초") else "parking")
    d.add("3. 관계법령\n", statute(rng, sk), "\n", statute(rng, sk), "\n\n4. 판단\n청구인의 주장은 이유 없으므로 주문과 같이 재결한다.\n\n")
    d.add(H("date", doc_date(rng, "dot_space")), "\n\n", board, "\n")
    return "행정심판재결서", None


def addr_items(rng, pc, addr, ref, with_pc=True):
    out = []
    if pc and with_pc:
        out += ["(", H("postal_code", pc), ") "]
    out.append(addr)
    if ref:
        out.append(" " + ref)
    return out


def t_audit(rng, d):
    ag = rng.choice(AGENCIES)
    dept = rng.choice(DEPTS)
    d.add(ag["short"], " ", rng.choice(["종합감사", "특정감사", "복무감사"]), " 결과 보고서\n\n")
    ga, gb = date_pair(rng, "dot_space", (9, 9))
    d.add("Ⅰ. 감사 개요\n - 감사기간: ", H("date", ga), " ~ ", H("date", gb),
          " (10일간)\n")
    team = [kname(rng) for _ in range(rng.randint(2, 4))]
    items = []
    for i, n in enumerate(team):
        if i:
            items.append("·")
        items.append(n)
    d.add(" - 감사반: 반장 감사담당관 ", kname(rng), ", 반원 ", *items, "\n\n")
    d.add("Ⅱ. 지적사항\n1. 보조금 정산 부적정\n")
    r1, r2 = kname(rng), kname(rng)
    d.add(" ○ 관련자: ", dept, " 행정6급 ", r1, ", 행정7급 ", r2, "\n")
    cname = company(rng, "(주)")
    ceo = kname(rng)
    d.add(" ○ 현황: ", dept, "에서는 ", H("date", doc_date(rng, "dot_space")), " ", H("company_name", cname),
          "(사업자등록번호 ", brn(rng, corp=True), ", 대표자 ", ceo, ")에 보조금 ", H("amount", money(rng, 5000000, 300000000, 10000)),
          "을 교부하면서 증빙 없이 정산을 완료하였다.\n")
    if rng.random() < 0.6:
        bank, ac = account(rng)
        d.add(" ○ 특히 보조금 중 ", H("amount", money(rng, 1000000, 30000000, 10000)), "이 법인 계좌가 아닌 대표자 ", ceo,
              "의 개인 계좌(", bank, " ", ac, ")로 이체된 사실이 확인되었다.\n")
    d.add("2. 업무추진비 집행 부적정\n")
    c1 = card(rng)
    d.add(" ○ ", r2, "은(는) ", H("date", doc_date(rng, "dot_space")), " 간담회 비용 ", H("amount", money(rng, 100000, 2000000)),
          "을 법인카드가 아닌 본인 명의 개인카드(", c1, ")로 결제한 뒤 사후 정산을 청구하였다.\n")
    if rng.random() < 0.5:
        d.add(" ○ 같은 날 동석자 명단에 기재된 ", kname(rng), "·", kname(rng), "은(는) 실제 참석하지 않은 것으로 확인되었다.\n")
    d.add(" ○ 관련 규정: ", statute(rng, "subsidy"), "\n\n")
    d.add("Ⅲ. 처분 요구\n연번\t소속\t직급\t성명\t처분요구\n")
    for i, (n, g) in enumerate([(r1, "행정6급"), (r2, "행정7급")] + [(kname(rng), "행정5급")] * rng.randint(0, 1)):
        d.add(str(i + 1), "\t", dept, "\t", g, "\t", n, "\t", rng.choice(["경고", "주의", "훈계", "경징계"]), "\n")
    d.add("\n감사담당관실 (", landline(rng, "phone_office", area=ag["tel"].split("-")[0]), ")\n")
    return "감사결과보고서", None


def t_welfare(rng, d):
    ag = rng.choice(AGENCIES[:6] + AGENCIES[8:])
    benefit = rng.choice(["생계급여", "주거급여", "아동수당", "긴급복지 생계지원", "기초연금"])
    d.add(benefit, " 지급 결정 통지서\n\n")
    d.add("문서번호: ", H("document_number", doc_no(rng, "복지정책과")), "   통지일: ", H("date", doc_date(rng)), "\n\n")
    name = person(rng, 0.07)
    d.add("■ 수급자\n  성    명: ", name, "\n  주민등록번호: ", rrn(rng, rng.choice(["rrn_valid", "rrn_valid", "rrn_masked"])), "\n")
    pc, addr, ref = address(rng)
    d.add("  주    소: ", *addr_items(rng, pc, addr, ref), "\n")
    d.add("  연 락 처: ", mobile(rng) if rng.random() < 0.8 else landline(rng), "\n\n")
    d.add("■ 결정 내용\n  급여 종류: ", benefit, "\n  지급 금액: 월 ", H("amount", money(rng, 100000, 1800000)), "\n  지급 개시: ",
          H("date", doc_date(rng)), "\n  근    거: ", statute(rng, "welfare"), "\n\n")
    bank, ac = account(rng)
    holder = name if rng.random() < 0.8 else kname(rng)
    d.add("■ 급여 수령 계좌\n  ", bank, " ", ac, " (예금주: ", holder, ")\n")
    if rng.random() < 0.6:
        d.add("  바우처 카드(국민행복카드) 번호: ", card(rng, rng.choice(["card_bc", "card_local", "card_master"])), "\n")
    if rng.random() < 0.7:
        d.add("\n■ 가구원\n")
        for _ in range(rng.randint(1, 3)):
            rel = rng.choice(["배우자", "자녀", "자녀", "부", "모"])
            if rel == "자녀" and rng.random() < 0.6:
                d.add("  ", rel, "  ", kname(rng), "  ", rrn(rng, "rrn_post2020"), "\n")
            else:
                d.add("  ", rel, "  ", kname(rng), "  ", dob(rng), "\n")
    d.add("\n■ 이의신청: 이 결정에 이의가 있으면 통지를 받은 날부터 90일 이내에 ", statute(rng, "welfare"), "에 따라 이의신청을 할 수 있습니다.\n")
    d.add("■ 문의: ", rng.choice(DEPTS), " 담당 ", kname(rng), " (", landline(rng, "phone_office", area=ag["tel"].split("-")[0]),
          ") 또는 보건복지상담센터 ", H("short_code", "129"), "\n\n")
    d.add(H("office_title", ag["head"]), " (직인생략)\n")
    return "복지급여결정통지서", None


def t_health(rng, d):
    branch = rng.choice(["서울마포지사", "수원북부지사", "대전서부지사", "부산해운대지사", "전주완산지사", "제주지사"])
    d.add("국민건강보험공단 ", branch, "\n\n")
    if rng.random() < 0.5:
        name = person(rng, 0.1)
        h = hi_no(rng)
        d.add("건강보험 ", rng.choice(["자격 취득", "피부양자 등록", "자격 상실"]), " 안내\n\n", name, " 님 귀하\n\n")
        d.add("귀하의 건강보험 자격 변동 사항을 아래와 같이 알려 드립니다.\n\n")
        d.add("  건강보험증 번호: ", h, "\n  가입자 구분: ", rng.choice(["직장가입자", "지역가입자"]), "\n  생년월일: ", dob(rng), "\n")
        d.add("  변동 일자: ", H("date", doc_date(rng)), "\n")
        if rng.random() < 0.6:
            co = company(rng)
            d.add("  사업장: ", H("company_name", co), " (사업자등록번호 ", brn(rng, corp=co.startswith("(주)") or co.startswith("주식")),
                  ")\n")
        d.add("\n[피부양자]\n관계 / 성명 / 주민등록번호 / 증번호\n")
        for _ in range(rng.randint(1, 3)):
            rel = rng.choice(["배우자", "자녀", "부", "모"])
            kind = "rrn_post2020" if rel == "자녀" and rng.random() < 0.5 else rng.choice(["rrn_valid", "rrn_masked"])
            d.add(rel, " / ", kname(rng), " / ", rrn(rng, kind), " / ", h, "\n")
        d.add("\n모바일 건강보험증은 앱에서 발급받을 수 있으며 증번호 ", h, "를 입력하면 됩니다.\n")
    else:
        d.add("자격 변동 처리 대상자 명단 (", H("date", doc_date(rng)), " 기준)\n\n")
        d.add("연번,성명,생년월일,건강보험증번호,변동사유,처리일\n")
        for i in range(rng.randint(4, 7)):
            d.add(str(i + 1), ",", person(rng, 0.1), ",", dob(rng, rng.choice(["iso", "dot_nofinal", "six"])), ",", hi_no(rng), ",",
                  rng.choice(["취득", "상실", "피부양자 등록", "주소 변경"]), ",", H("date", doc_date(rng, "iso")), "\n")
        d.add("\n작성: 자격부과부 ", kname(rng), " / 확인: 부장 ", kname(rng), "\n")
    d.add("\n문의: 국민건강보험공단 고객센터 ", H("switchboard", "1577-" + digits(rng, 4)), " / ", branch, " 자격부과부 ",
          landline(rng, "phone_office"), "\n")
    return "건강보험자격안내", None


def t_vfine(rng, d):
    ag = rng.choice(AGENCIES[:6] + AGENCIES[8:])
    d.add(ag["name"], "\n", rng.choice(["과태료 부과 사전통지서", "주정차위반 과태료 부과 사전통지 및 의견제출 안내",
                                       "과태료 고지서"]), "\n\n")
    d.add("통지번호: ", H("document_number", f"{rng.randint(2024, 2026)}-{digits(rng, 8)}"), "\n")
    p1 = plate(rng)
    d.add("차량번호: ", p1, "    차종: ", rng.choice(["승용", "승합", "화물"]), "\n")
    corp = rng.random() < 0.25
    if corp:
        co = company(rng, "(주)")
        d.add("소 유 자: ", H("company_name", co), " (법인등록번호 ", crn(rng), ")\n")
    else:
        own = person(rng, 0.05)
        d.add("소 유 자: ", own, " (", rng.choice(["생년월일 ", "주민등록번호 "]))
        if d.buf[-1].startswith("생"):
            d.add(dob(rng), ")\n")
        else:
            d.add(rrn(rng, "rrn_masked"), ")\n")
    pc, addr, ref = address(rng)
    d.add("주    소: ", *addr_items(rng, pc, addr, ref), "\n\n")
    d.add("위반일시: ", H("date", doc_date(rng, "iso")), " ", f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}", "\n")
    d.add("위반장소: ", rng.choice(["○○초등학교 앞 어린이보호구역", "전통시장 입구 소방시설 주변", "버스정류소 10m 이내",
                                "교차로 모퉁이 5m 이내"]), "\n")
    d.add("위반내용: ", rng.choice(["주정차 위반", "어린이보호구역 주정차 위반", "소화전 주변 정차"]), " (", statute(rng, "parking"), ")\n")
    d.add("과태료: ", H("amount", money(rng, 40000, 160000, 10000)), " (의견제출 기한 내 자진납부 시 20% 감경)\n\n")
    if rng.random() < 0.5:
        d.add("[최근 위반 이력]\n연번 | 위반일시 | 차량번호 | 금액 | 상태\n")
        for i in range(rng.randint(1, 3)):
            d.add(str(i + 1), " | ", H("date", doc_date(rng, "iso")), " | ", p1, " | ", H("amount", money(rng, 40000, 80000, 10000)),
                  " | ", rng.choice(["납부", "미납", "체납"]), "\n")
        d.add("\n")
    if rng.random() < 0.55:
        d.add("[납부 내역]\n납부방법: 신용카드  카드번호: ", card(rng), "  승인번호: ", H("approval_number", digits(rng, 8)),
              "  승인일: ", H("date", doc_date(rng, "iso")), "\n")
        if rng.random() < 0.5:
            d.add("납부자: ", kname(rng), "  연락처: ", mobile(rng), "\n")
        d.add("\n")
    d.add("문의: ", ag["short"], " 주차관리과 단속팀 ", landline(rng, "phone_office", area=ag["tel"].split("-")[0]),
          " / 다산콜 ", H("short_code", "120"), "\n", H("office_title", ag["head"]), "\n")
    return "차량과태료통지서", None


def t_dl(rng, d):
    police = rng.choice(["서울특별시경찰청장", "경기도남부경찰청장", "부산광역시경찰청장", "대전광역시경찰청장", "전북특별자치도경찰청장"])
    d.add("자동차운전면허 행정처분 결정 통지서\n\n")
    d.add("처분번호: ", H("document_number", f"{rng.randint(2024, 2026)}-{rng.randint(10000, 99999)}"), "\n\n")
    if rng.random() < 0.55:
        nm = person(rng, 0.06)
        dln = dl(rng)
        d.add("성      명: ", nm, "\n생년월일: ", dob(rng, y0=1950, y1=2004), "\n면허번호: ", dln, "\n면허종별: ",
              rng.choice(["1종 보통", "2종 보통", "1종 대형"]), "\n")
        pc, addr, ref = address(rng)
        d.add("주      소: ", *addr_items(rng, pc, addr, ref), "\n연 락 처: ", mobile(rng), "\n\n")
        d.add("처분내용: ", rng.choice(["운전면허 취소 (결격기간 1년)", "운전면허 정지 100일", "운전면허 정지 40일"]), "\n")
        d.add("처분사유: ", H("date", doc_date(rng, "dot_space")), " ", plate(rng), " 차량 운전 중 ",
              rng.choice(["음주운전(0.0", "벌점 누산 초과(1", "인적피해 교통사고(2"]), str(rng.randint(10, 99)), ")\n")
        d.add("근    거: ", statute(rng, "dl"), "\n\n")
        d.add("귀하의 운전면허(", dln, ")에 대하여 위와 같이 처분하였음을 통지합니다.\n")
    else:
        d.add("[", H("date", doc_date(rng, "dot_space")), " 행정처분 대상자 명단]\n")
        d.add("연번\t성명\t생년월일\t면허번호\t차량번호\t처분내용\n")
        for i in range(rng.randint(3, 6)):
            d.add(str(i + 1), "\t", person(rng, 0.08), "\t", dob(rng, rng.choice(["iso", "dot_nofinal", "short"]), y0=1955, y1=2004),
                  "\t", dl(rng), "\t", plate(rng), "\t", rng.choice(["취소", "정지 100일", "정지 60일", "정지 40일"]), "\n")
        d.add("\n담당: 교통안전계 ", kname(rng), " 경위 (", landline(rng, "phone_office"), ")\n")
    d.add("\n", H("date", doc_date(rng, "dot_space")), "\n", H("office_title", police), "\n")
    d.add("※ 이의가 있으면 ", statute(rng, "dl"), "에 따라 90일 이내 행정심판을 청구할 수 있습니다. 문의 ", H("short_code", "182"), "\n")
    return "운전면허행정처분결정서", None


GRADES = ["행정5급", "행정6급", "행정7급", "시설6급", "사회복지7급", "전산6급", "행정8급", "보건6급"]


def t_personnel(rng, d):
    ag = rng.choice(AGENCIES)
    d.add(ag["short"], " 공고 제", H("notice_number", f"{rng.randint(2024, 2026)}-{rng.randint(100, 2999)}"), "호\n\n인사발령 공고\n\n")
    d.add(statute(rng, "minwon"), "에 따라 ", H("date", doc_date(rng, "dot_space")), "자 인사발령 사항을 다음과 같이 공고합니다.\n\n")
    d.add("1. 승진\n")
    for _ in range(rng.randint(1, 3)):
        d.add("  ", rng.choice(GRADES[:2]), " ", kname(rng), "  ", rng.choice(DEPTS), "장 직무대리에 보함\n")
    d.add("2. 전보\n")
    for _ in range(rng.randint(2, 5)):
        a, b = rng.sample(DEPTS, 2)
        d.add("  ", rng.choice(GRADES), " ", kname(rng), "  (", a, " → ", b, ")\n")
    if rng.random() < 0.6:
        d.add("3. 신규임용: ", rng.choice(GRADES[2:]), " 시보 ")
        for i in range(rng.randint(2, 4)):
            if i:
                d.add(rng.choice([", ", "·"]))
            d.add(kname(rng))
        d.add("\n")
    if rng.random() < 0.65:
        d.add("4. 국외출장\n  출장자: ")
        for i in range(rng.randint(1, 3)):
            if i:
                d.add(" / ")
            d.add(rng.choice(GRADES), " ", kname(rng), " (관용여권 ", passport_kr(rng, prefix="G"), ")")
        oa, ob = date_pair(rng, "dot_space", (3, 12))
        d.add("\n  출장기간: ", H("date", oa), " ~ ", H("date", ob), "\n")
    d.add("\n", H("date", doc_date(rng, "dot_space")), "\n", H("office_title", ag["head"]), "\n")
    return "인사발령공고", None


ORGS = ["○○구청 복지정책과", "△△시 보건소", "세무과", "민원여권과", "행정복지센터", "건축과", "교통행정과"]


def t_training(rng, d):
    course = rng.choice(["개인정보보호 실무", "청렴 교육", "적극행정 역량 강화", "민원응대 전문과정", "공공데이터 활용"])
    d.add(H("date", doc_date(rng, "korean")), " ", course, " 과정 수료자 명단\n\n")
    sep = rng.choice([" | ", "\t", ","])
    hdr = ["연번", "소속", "성명", "생년월일", "연락처", "이메일"]
    d.add(sep.join(hdr), "\n")
    for i in range(rng.randint(5, 9)):
        org = rng.choice(ORGS) if rng.random() < 0.7 else company(rng)
        d.add(str(i + 1), sep, H("company_name", org) if not any(k in org for k in ["과", "소", "센터"]) else org, sep,
              person(rng, 0.06), sep, dob(rng, rng.choice(["dot_nofinal", "iso", "six", "short"]), y0=1965, y1=2001), sep,
              mobile(rng), sep, email(rng, official=rng.random() < 0.4), "\n")
    d.add("\n수료 기준: 출석률 80% 이상 / 수료증 번호 ", H("document_number", f"제{rng.randint(2024, 2026)}-{rng.randint(100, 999)}호"),
          "부터 순차 발급\n교육 담당: 인재개발팀 ", kname(rng), " 주무관 (", landline(rng, "phone_office"), ")\n")
    return "교육수료자명단", None


def worker(rng):
    nat = rng.choice(WORKER_NATIONS)
    fe, _ = fname(rng, nat, script="latin_upper")
    birth = rand_date(rng, 1975, 2003)
    return nat, fe, birth


def t_fw(rng, d):
    ag = AGENCIES[rng.randint(0, 5)]
    office = rng.choice(["고용노동부 서울서부지청", "고용노동부 수원지청", "고용노동부 대전지청", "고용노동부 창원지청",
                         "고용노동부 전주지청"])
    doc = rng.choice(["외국인근로자 고용허가서 발급신청서", "외국인근로자 고용변동 등 신고서", "표준근로계약서 부속 명세"])
    d.add(doc, "\n\n[사업장]\n")
    co = company(rng)
    corp = co.startswith("(주)") or co.startswith("주식회사")
    d.add("  사업장명: ", H("company_name", co), "\n  사업자등록번호: ", brn(rng, corp=corp), "\n")
    if corp:
        d.add("  법인등록번호: ", crn(rng), "\n")
    d.add("  대 표 자: ", kname(rng), "\n")
    pc, addr, ref = address(rng, rng.choice(["addr_road", "addr_jibun"]))
    d.add("  소 재 지: ", addr, "\n  전화번호: ", landline(rng, "phone_company"), "  휴대전화: ", mobile(rng), "\n\n[근로자]\n")
    for _ in range(rng.randint(1, 3)):
        nat, fe, birth = worker(rng)
        d.add("  성명(영문): ", fe, "   국적: ", nat, "\n")
        d.add("  생년월일: ", dob(rng, rng.choice(["iso", "dot_nofinal", "dot"]), birth=birth), "   성별: ",
              rng.choice(["남", "여"]), "\n")
        d.add("  여권번호: ", passport_foreign(rng, nat), "   외국인등록번호: ", frn(rng, birth=birth), "\n")
        if rng.random() < 0.6:
            d.add("  연락처: ", mobile(rng), "\n")
        d.add("\n")
    if rng.random() < 0.5:
        fe2, nat2 = fname(rng, rng.choice(WORKER_NATIONS), script="hangul")
        d.add("※ 통역: 외국인력지원센터 ", nat2, "어 상담원 ", fe2, " (", phone070(rng), ")\n")
    d.add("※ 신고기한: 사유 발생일부터 15일 이내 (", statute(rng, "fw"), ")\n")
    d.add("접수처: ", office, " 외국인력팀 ", kname(rng), " (", landline(rng, "phone_office"), ") / 외국인력상담센터 ",
          H("switchboard", "1577-" + digits(rng, 4)), "\n")
    return "외국인근로자고용서류", None


def t_subsidy(rng, d):
    ag = rng.choice(AGENCIES)
    prog = rng.choice(["소상공인 경영안정 지원금", "청년 월세 지원금", "농어민 공익수당", "전통시장 시설현대화 보조금",
                       "친환경 보일러 설치 보조금"])
    d.add(ag["short"], " ", prog, " 지급 계좌 명세 (", H("date", doc_date(rng)), " 지급분)\n\n")
    d.add("연번 | 지급대상 | 구분 | 사업자등록번호 | 법인등록번호 | 은행 | 계좌번호 | 예금주 | 지급액\n")
    for i in range(rng.randint(4, 8)):
        kind = rng.choice(["개인", "개인사업자", "개인사업자", "법인", "법인"])
        bank, ac = account(rng)
        if kind == "개인":
            nm = person(rng, 0.08)
            d.add(str(i + 1), " | ", nm, " | 개인 | - | - | ", bank, " | ", ac, " | ", nm, " | ", H("amount", money(rng, 100000, 3000000, 10000)), "\n")
        elif kind == "개인사업자":
            co = company(rng, "")
            owner = kname(rng)
            d.add(str(i + 1), " | ", H("company_name", co), "(대표 ", owner, ") | 개인사업자 | ", brn(rng), " | - | ", bank, " | ", ac,
                  " | ", owner, " | ", H("amount", money(rng, 500000, 20000000, 10000)), "\n")
        else:
            co = company(rng, "(주)")
            d.add(str(i + 1), " | ", H("company_name", co), " | 법인 | ", brn(rng, corp=True), " | ", crn(rng), " | ", bank, " | ",
                  ac, " | ", H("company_name", co), " | ", H("amount", money(rng, 1000000, 90000000, 10000)), "\n")
    d.add("\n합계: ", H("amount", money(rng, 10000000, 300000000, 10000)), "\n작성자: ", rng.choice(DEPTS), " ", kname(rng),
          "   검토: ", kname(rng), "   승인: ", H("office_title", ag["head"]), "\n")
    return "보조금지급계좌명세", None


def csv_cell(x):
    """returns list of items for a CSV cell; quotes the value when needed (quotes stay outside the span)"""
    s = x.shown if isinstance(x, Ent) else (x.text if isinstance(x, H) else x)
    if "," in s or "\n" in s:
        return ['"', x, '"']
    return [x]


def t_csv(rng, d):
    schema = rng.randint(0, 4)
    fname_ = rng.choice(["export", "download", "list", "result"])
    d.add("# ", fname_, "_", H("date", doc_date(rng, "iso")), ".csv  (encoding=UTF-8)\n")
    rows = []
    if schema == 0:
        d.add("신청번호,신청일,성명,주민등록번호,휴대전화,이메일,주소\n")
        for _ in range(rng.randint(3, 7)):
            pc, a, ref = address(rng)
            rows.append([H("receipt_number", receipt_no(rng)), H("date", doc_date(rng, "iso")), person(rng, 0.08), rrn(rng),
                         mobile(rng, rng.choice(["dash", "plain"])), email(rng), a])
    elif schema == 1:
        d.add("관리번호,차량번호,소유자,생년월일,운전면허번호,연락처\n")
        for _ in range(rng.randint(3, 7)):
            rows.append([H("management_number", f"{rng.randint(11000, 50999)}-{rng.randint(100, 999)}-{digits(rng, 5)}"),
                         plate(rng), person(rng, 0.05), dob(rng, rng.choice(["iso", "six", "dot_nofinal"])), dl(rng),
                         mobile(rng)])
    elif schema == 2:
        d.add("거래일시,납부자,카드번호,승인번호,금액,접속IP\n")
        for _ in range(rng.randint(3, 7)):
            rows.append([H("date", doc_date(rng, "iso") + f" {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"),
                         person(rng, 0.05), card(rng), H("approval_number", digits(rng, 8)),
                         H("amount", str(rng.randint(1, 400) * 1000)), ip(rng)])
    elif schema == 3:
        d.add("성명,주민등록번호,건강보험증번호,사업장명,사업자등록번호,취득일\n")
        for _ in range(rng.randint(3, 7)):
            co = company(rng)
            rows.append([person(rng, 0.08), rrn(rng), hi_no(rng), H("company_name", co),
                         brn(rng, corp=co.startswith("(주)") or co.startswith("주식")), H("date", doc_date(rng, "iso"))])
    else:
        d.add("성명,국적,생년월일,여권번호,외국인등록번호,연락처,이메일\n")
        for _ in range(rng.randint(3, 7)):
            nat, fe, birth = worker(rng)
            rows.append([fe, nat, dob(rng, "iso", birth=birth), passport_foreign(rng, nat), frn(rng, birth=birth),
                         mobile(rng, rng.choice(["dash", "plain"])), email_foreign(rng, fe)])
    for row in rows:
        for ci, c in enumerate(row):
            if ci:
                d.add(",")
            d.add(*csv_cell(c))
        d.add("\n")
    return "CSV내보내기", None


UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)",
      "Mozilla/5.0 (Linux; Android 14; SM-S921N)"]


def t_log(rng, d):
    sysname = rng.choice(["minwon-portal", "welfare-api", "parking-fine", "hr-system", "edu-lms"])
    h, mi, se = rng.randint(0, 22), rng.randint(0, 59), 0
    date = doc_date(rng, "iso")
    for _ in range(rng.randint(5, 9)):
        se += rng.randint(1, 50)
        if se >= 60:
            se -= 60
            mi += 1
        if mi >= 60:
            mi -= 60
            h += 1
        ts = f"{date}T{h:02d}:{mi:02d}:{se:02d}+09:00"
        d.add(H("date", ts), " ")
        uid = H("user_id", f"u{rng.randint(10000, 99999)}")
        k = rng.randint(0, 7)
        if k == 0:
            d.add("INFO  [auth] login success user=", uid, " src=", ip(rng), " ua=\"", rng.choice(UA), "\"\n")
        elif k == 1:
            d.add("WARN  [", sysname, "] GET /api/v1/applicant?rrn=", rrn(rng, rng.choice(["rrn_valid", "rrn_post2020"]), sep="-"),
                  " from ", ip(rng), " (pii-in-query)\n")
        elif k == 2:
            d.add("INFO  [notify] sms queued to=", mobile(rng, rng.choice(["plain", "dash"])), " tmpl=MW-0",
                  str(rng.randint(10, 99)), " by ", uid, "\n")
        elif k == 3:
            d.add("INFO  [mail] deliver to=<", email(rng), "> status=250 relay=", ip(rng, "ip_private"), "\n")
        elif k == 4:
            d.add("INFO  [pay] approve card=", card(rng, rng.choice(["card_visa", "card_master", "card_bc"])), " amt=",
                  H("amount", str(rng.randint(1, 300) * 1000)), " apprno=", H("approval_number", digits(rng, 8)), " ip=",
                  ip(rng), "\n")
        elif k == 5:
            d.add("INFO  [audit] admin ", uid, " exported ", str(rng.randint(10, 900)), " rows from ", ip(rng, "ip_private"),
                  " client=", H("version_number", f"10.0.{rng.randint(17000, 22631)}.{rng.randint(100, 4000)}"), "\n")
        elif k == 6:
            nm = kname(rng)
            d.add("DEBUG [", sysname, "] form submit name=", nm, " birth=", dob(rng, rng.choice(["six", "iso"])), " tel=",
                  mobile(rng, "plain"), " src=", ip(rng), "\n")
        else:
            d.add("ERROR [", sysname, "] upstream timeout host=", ip(rng, rng.choice(["ip_private", "ipv6"])), " retry=",
                  str(rng.randint(1, 3)), " ver=", H("version_number", f"v{rng.randint(1, 4)}.{rng.randint(0, 12)}.{rng.randint(0, 30)}"),
                  "\n")
    return "시스템로그", None


# ------------------------------- OCR templates --------------------------------

def ocr_title(rng, s):
    if rng.random() < 0.3:
        return s.replace("명단", rng.choice(["멍단", "명 단"])).replace("신청서", "신정서")
    return s


def t_ocr_roster(rng, d):
    base = rng.choice(["교육수료자명단", "복지급여결정통지서", "보조금지급계좌명세", "건강보험자격안내", "운전면허행정처분결정서",
                       "차량과태료통지서"])
    glue = rng.choice([0.3, 0.5, 0.7, 0.9])
    d.add("[스캔본 p.", str(rng.randint(1, 9)), "/", str(rng.randint(9, 15)), "]\n")
    rows = []
    O = lambda e: ocr(rng, e)
    if base == "교육수료자명단":
        d.add(ocr_title(rng, "교육 수료자 명단"), "  (", H("date", doc_date(rng)), ")\n")
        header = ["연번", "소속", rng.choice(["성명", "", ""]), "생년월일", "연락처", "비고"]
        for i in range(rng.randint(4, 8)):
            rows.append([[str(i + 1)], [rng.choice(ORGS)], [O(person(rng, 0.06))],
                         [O(dob(rng, rng.choice(["dot_nofinal", "six", "short", "iso"]), y0=1960, y1=2002))],
                         [O(mobile(rng))], [rng.choice(["수료", "수료", "", "미수료"])]])
    elif base == "복지급여결정통지서":
        d.add(ocr_title(rng, "긴급복지 지원 대상자 명단"), "\n")
        header = ["연번", rng.choice(["성명", ""]), "주민등록번호", "주소", "연락처"]
        for i in range(rng.randint(3, 6)):
            pc, a, ref = address(rng)
            rows.append([[str(i + 1)], [O(person(rng, 0.06))], [O(rrn(rng))], [O(a)],
                         [O(mobile(rng) if rng.random() < 0.8 else landline(rng))]])
    elif base == "보조금지급계좌명세":
        d.add(ocr_title(rng, "보조금 지급 계좌 명단"), "\n")
        header = ["연번", "성명", "생년월일", "은행", "계좌번호", "예금주", "지급액"]
        for i in range(rng.randint(3, 7)):
            nm = person(rng, 0.06)
            bank, ac = account(rng)
            rows.append([[str(i + 1)], [O(nm)], [O(dob(rng, rng.choice(["six", "dot_nofinal"])))], [bank], [O(ac)],
                         [nm if rng.random() < 0.8 else kname(rng)], [H("amount", money(rng, 100000, 3000000, 10000))]])
    elif base == "건강보험자격안내":
        d.add(ocr_title(rng, "피부양자 자격 취득 명단"), "\n")
        header = ["연번", "성명", "주민등록번호", "건강보험증번호", "취득일"]
        for i in range(rng.randint(3, 7)):
            rows.append([[str(i + 1)], [O(person(rng, 0.05))], [O(rrn(rng))], [O(hi_no(rng))],
                         [H("date", doc_date(rng, "dot_nofinal" if False else "iso"))]])
    elif base == "운전면허행정처분결정서":
        d.add(ocr_title(rng, "행정처분 대상자 명단"), "\n")
        header = ["연번", rng.choice(["성명", ""]), "생년월일", "면허번호", "차량번호", "처분"]
        for i in range(rng.randint(3, 7)):
            rows.append([[str(i + 1)], [O(person(rng, 0.05))], [O(dob(rng, rng.choice(["six", "dot_nofinal", "short"])))],
                         [O(dl(rng))], [O(plate(rng))], [rng.choice(["취소", "정지100일", "정지40일"])]])
    else:
        d.add(ocr_title(rng, "과태료 체납 차량 명단"), "\n")
        header = ["연번", "차량번호", "소유자", "주소", "체납액"]
        for i in range(rng.randint(3, 6)):
            pc, a, ref = address(rng)
            rows.append([[str(i + 1)], [O(plate(rng))], [O(person(rng, 0.05))], [O(a)],
                         [H("amount", money(rng, 40000, 900000, 10000))]])
    ocr_table(d, rng, header, rows, glue=glue)
    if rng.random() < 0.5:
        d.add("확인자 : ", O(kname(rng)), "  (서명)\n")
    return "OCR", base


FORMS = ["기초생활보장 급여 신청서", "운전면허 행정처분 이의신청서", "과태료 의견제출서", "피부양자 자격취득 신고서",
         "보조금 교부 신청서", "외국인근로자 고용변동 신고서"]


def kv_row(d, rng, pairs, glue):
    """pairs: list of (label, items)"""
    cells = []
    for lab, items in pairs:
        cells.append([misread(rng, lab, 0.3)[0]])
        cells.append(items)
    ocr_table(d, rng, None, [cells], glue=glue, merge_p=0.03, break_p=0.08)


def t_ocr_form(rng, d):
    form = rng.choice(FORMS)
    glue = rng.choice([0.3, 0.5, 0.7, 0.9])
    O = lambda e: ocr(rng, e, 0.6)
    d.add(ocr_title(rng, form), "\n")
    d.add("※ 뒤쪽의 작성방법을 읽고 작성하시기 바랍니다.   접수번호 ", H("receipt_number", receipt_no(rng)), "\n")
    if form == "기초생활보장 급여 신청서":
        nm = person(rng, 0.05)
        pc, a, ref = address(rng)
        bank, ac = account(rng)
        kv_row(d, rng, [("성명", [O(nm)]), ("주민등록번호", [O(rrn(rng))])], glue)
        kv_row(d, rng, [("주소", [O(a)])], glue)
        kv_row(d, rng, [("연락처", [O(mobile(rng))]), ("이메일", [O(email(rng))])], glue)
        kv_row(d, rng, [("은행", [bank]), ("계좌번호", [O(ac)]), ("예금주", [O(nm)])], glue)
        if rng.random() < 0.6:
            kv_row(d, rng, [("가구원", [O(kname(rng))]), ("주민등록번호", [O(rrn(rng, rng.choice(["rrn_post2020", "rrn_valid"])))])],
                   glue)
    elif form == "운전면허 행정처분 이의신청서":
        nm = person(rng, 0.05)
        pc, a, ref = address(rng)
        kv_row(d, rng, [("성명", [O(nm)]), ("생년월일", [O(dob(rng))])], glue)
        kv_row(d, rng, [("면허번호", [O(dl(rng))]), ("차량번호", [O(plate(rng))])], glue)
        kv_row(d, rng, [("주소", [O(a)])], glue)
        kv_row(d, rng, [("연락처", [O(mobile(rng))])], glue)
    elif form == "과태료 의견제출서":
        nm = person(rng, 0.05)
        pc, a, ref = address(rng)
        kv_row(d, rng, [("차량번호", [O(plate(rng))]), ("성명", [O(nm)])], glue)
        kv_row(d, rng, [("주민등록번호", [O(rrn(rng, rng.choice(["rrn_masked", "rrn_valid"])))]), ("연락처", [O(mobile(rng))])], glue)
        kv_row(d, rng, [("주소", [O(a)])], glue)
        if rng.random() < 0.5:
            kv_row(d, rng, [("이메일", [O(email(rng))]), ("카드번호", [O(card(rng))])], glue)
    elif form == "피부양자 자격취득 신고서":
        h = hi_no(rng)
        kv_row(d, rng, [("가입자", [O(kname(rng))]), ("건강보험증번호", [O(h)])], glue)
        for _ in range(rng.randint(1, 3)):
            kv_row(d, rng, [("성명", [O(kname(rng))]), ("주민등록번호", [O(rrn(rng))]), ("관계", [rng.choice(["배우자", "자녀", "모"])])],
                   glue)
        kv_row(d, rng, [("사업장", [H("company_name", company(rng))]), ("사업자등록번호", [O(brn(rng))])], glue)
    elif form == "보조금 교부 신청서":
        co = company(rng, "(주)")
        pc, a, ref = address(rng, "addr_road")
        bank, ac = account(rng)
        kv_row(d, rng, [("상호", [H("company_name", co)]), ("대표자", [O(kname(rng))])], glue)
        kv_row(d, rng, [("사업자등록번호", [O(brn(rng, corp=True))]), ("법인등록번호", [O(crn(rng))])], glue)
        kv_row(d, rng, [("소재지", [O(a)])], glue)
        kv_row(d, rng, [("은행", [bank]), ("계좌번호", [O(ac)]), ("전화", [O(landline(rng, "phone_company"))])], glue)
    else:
        co = company(rng)
        corp = co.startswith("(주)") or co.startswith("주식")
        kv_row(d, rng, [("사업장명", [H("company_name", co)]), ("사업자등록번호", [O(brn(rng, corp=corp))])], glue)
        if corp:
            kv_row(d, rng, [("법인등록번호", [O(crn(rng))])], glue)
        nat, fe, birth = worker(rng)
        kv_row(d, rng, [("성명", [O(fe)]), ("국적", [nat])], glue)
        kv_row(d, rng, [("여권번호", [O(passport_foreign(rng, nat))]), ("외국인등록번호", [O(frn(rng, birth=birth))])], glue)
    d.add("위와 같이 신청합니다.\n", H("date", doc_date(rng, "dot_space")), "\n")
    applicant = kname(rng)
    d.add("신청인  ", O(applicant), "  (서명 또는 인)\n")
    if rng.random() < 0.3:
        d.add("(작성 예시: 성명 ", H("placeholder", "홍길동"), ", 주민등록번호 ", H("placeholder", "000000-0000000"), ")\n")
    d.add(H("office_title", rng.choice(AGENCIES)["head"]), " 귀하\n")
    return "OCR", "신청서:" + form


def t_ocr_fw(rng, d):
    glue = rng.choice([0.4, 0.6, 0.8, 0.95])
    O = lambda e: ocr(rng, e, 0.55)
    co = company(rng)
    corp = co.startswith("(주)") or co.startswith("주식")
    d.add(ocr_title(rng, "외국인 근로자 명단"), "  사업장: ", H("company_name", co), "  사업자등록번호 ", O(brn(rng, corp=corp)), "\n")
    header = ["연번", rng.choice(["성명(영문)", "성명", ""]), "국적", "생년월일", "여권번호", "외국인등록번호", "연락처"]
    rows = []
    for i in range(rng.randint(3, 7)):
        nat, fe, birth = worker(rng)
        rows.append([[str(i + 1)], [O(fe)], [nat], [O(dob(rng, rng.choice(["iso", "dot_nofinal", "six"]), birth=birth))],
                     [O(passport_foreign(rng, nat))], [O(frn(rng, birth=birth))],
                     [O(mobile(rng))] if rng.random() < 0.7 else []])
    ocr_table(d, rng, header, rows, glue=glue)
    d.add("담당 : ", O(kname(rng)), "  ", O(landline(rng, "phone_company")), "\n")
    return "OCR", "외국인근로자고용서류"


# ------------------------------- no-PII templates ------------------------------

def t_nopii_gongmun(rng, d):
    ag = rng.choice(AGENCIES)
    other = rng.choice([a for a in AGENCIES if a is not ag])
    dept = rng.choice(DEPTS)
    d.add(ag["name"], "\n\n수신  ", H("office_title", other["head"] + "(" + rng.choice(DEPTS) + "장)"), "\n(경유)\n")
    d.add("제목  ", rng.choice(["2025년 개인정보 보호 수준 진단 결과 제출", "주민등록 사실조사 추진 계획 알림",
                                "보조금 집행 실적 제출 요청"]), "\n\n")
    d.add("1. 관련: ", H("document_number", doc_no(rng)), "(", H("date", doc_date(rng, "dot_space")), ")\n")
    d.add("2. ", statute(rng), " 및 ", statute(rng), "에 따라 붙임과 같이 제출(통보)합니다.\n")
    d.add("3. 제출 기한은 ", H("date", doc_date(rng, "dot_space")), "까지이며, 예산액은 ", H("amount", money(rng, 1000000, 900000000)),
          "입니다.\n")
    d.add("4. 참고: 나라장터 공고번호 ", H("bid_number", f"R{rng.randint(24, 26)}BK{digits(rng, 8)}-00"), ", 관리번호 ",
          H("management_number", f"{rng.randint(11000, 50999)}-{rng.randint(100, 999)}-{digits(rng, 5)}"), "\n")
    d.add("붙임  제출 자료 1부.  끝.\n\n", H("office_title", ag["head"]), "\n\n")
    d.add("주무관 ", masked_name(rng), "   팀장 ", masked_name(rng), "   ", dept, "장 전결 ", H("date", doc_date(rng, "dot_space")), "\n")
    d.add("시행  ", H("document_number", doc_no(rng, dept)), " (", H("date", doc_date(rng, "dot_space")), ")\n")
    d.add("우 ", H("postal_code", ag["postal"]), "  ", inst_addr(ag), " ", ag["bldg"], "\n")
    d.add("대표전화 ", H("switchboard", ag["tel"]), "  / 민원콜센터 ", H("short_code", rng.choice(["110", "120"])), " / 공개\n")
    return "민원회신공문", None


def t_nopii_press(rng, d):
    ag = rng.choice(AGENCIES)
    d.add("보도자료\n", ag["name"], "\n보도 일시: ", H("date", doc_date(rng, "dot_space")), " 배포 즉시\n\n")
    topic = rng.choice(["지방세 체납액 일제 정리", "무인민원발급기 확대 설치", "폭염 대비 무더위쉼터 운영", "전기차 충전구역 단속"])
    d.add(ag["short"], ", ", topic, " 추진\n\n")
    qa, qb = date_pair(rng, "korean", (14, 120))
    d.add("□ ", ag["short"], "는 ", H("date", qa), "부터 ", H("date", qb), "까지 ", topic,
          "을(를) 추진한다고 밝혔다.\n")
    d.add("□ 지난해 실적은 ", str(rng.randint(100, 9000)), "건, ", H("amount", money(rng, 10000000, 9000000000, 1000000)),
          "이며 올해는 전년 대비 ", str(rng.randint(3, 40)), "% 늘어난 목표를 세웠다.\n")
    d.add("□ 근거 법령은 ", statute(rng), "이며, 관련 고시는 ", H("notice_number", f"제{rng.randint(2024, 2026)}-{rng.randint(10, 300)}호"),
          "이다.\n")
    d.add("□ 자세한 사항은 ", H("short_code", rng.choice(["120", "110"])), " 또는 ", H("switchboard", "1588-" + digits(rng, 4)),
          "으로 문의하면 된다.\n\n담당 부서 ", rng.choice(DEPTS), " (대표전화 ", H("switchboard", ag["tel"]), ")\n")
    return "보도자료", None


def t_nopii_ruling(rng, d):
    d.add(rng.choice(["조세심판원 결정", "행정심판 재결 요지", "세법 질의 회신"]), "\n\n")
    d.add("사건번호  ", H("case_number", rng.choice([f"조심 {rng.randint(2022, 2025)}서{rng.randint(1000, 9999)}",
                                                  f"{rng.randint(2020, 2025)}두{rng.randint(10000, 69999)}",
                                                  f"{rng.randint(2022, 2025)}-{rng.randint(1000, 29999)}"])), "\n")
    d.add("청 구 인  ", H("anonymised_person", rng.choice(["갑", "A법인", "B사", "청구인 ○○○"])), "\n")
    d.add("처 분 청  ", H("office_title", rng.choice(["마포세무서장", "수원세무서장", "국세청장", "해운대구청장"])), "\n\n")
    d.add("1. 청구인은 ", H("date", doc_date(rng, "dot_space")), " 쟁점 부동산을 ", H("amount", money(rng, 100000000, 3000000000, 1000000)),
          "에 양도하고 ", statute(rng, "tax"), "에 따른 비과세를 신청하였다.\n")
    d.add("2. 처분청은 쟁점 부동산의 공동소유자 ", masked_name(rng), "와(과) ", H("anonymised_person", "을"), "의 거주 사실이 확인되지 않는다며 "
          "양도소득세 ", H("amount", money(rng, 1000000, 90000000, 1000)), "을 결정·고지하였다.\n")
    d.add("3. 관련 문서: ", H("document_number", rng.choice([f"재산세과-{rng.randint(100, 999)}", f"서면-{rng.randint(2020, 2025)}-법인-{rng.randint(1000, 9999)}",
                                                      f"부가{rng.randint(46000, 46099)}-{rng.randint(100, 999)}"])), "\n")
    d.add("4. 판단: ", statute(rng, "tax"), "의 요건을 충족하지 못하므로 청구를 기각한다.\n")
    return rng.choice(["판결문", "행정심판재결서"]), None


def t_nopii_csv(rng, d):
    d.add("# stats_", H("date", doc_date(rng, "iso")), ".csv\n시군구,접수건수,처리건수,집행액,관리번호,우편번호\n")
    for _ in range(rng.randint(4, 8)):
        sido, _, _, gus = rng.choice(REGIONS)
        gu = rng.choice(gus)[0] or sido
        d.add(gu, ",", str(rng.randint(10, 9000)), ",", str(rng.randint(5, 8000)), ",", H("amount", str(rng.randint(1, 90000) * 1000)),
              ",", H("management_number", f"{rng.randint(1100, 5099)}-{rng.randint(2023, 2026)}-{digits(rng, 6)}"), ",",
              H("postal_code", postal(rng)), "\n")
    if rng.random() < 0.5:
        d.add("# generated by ", H("user_id", f"u{rng.randint(10000, 99999)}"), " client ", H("version_number", f"10.0.{rng.randint(17000, 22631)}.{rng.randint(100, 4000)}"), "\n")
    return "CSV내보내기", None


def t_nopii_ocr(rng, d):
    glue = rng.choice([0.4, 0.7])
    if rng.random() < 0.5:
        d.add(ocr_title(rng, "개인정보 수집·이용 동의서 (미작성 서식)"), "\n")
        kv_row(d, rng, [("성명", [H("placeholder", "홍길동")]), ("주민등록번호", [H("placeholder", "000000-0000000")])], glue)
        kv_row(d, rng, [("주소", ["(예시) ○○시 ○○구 ○○로 00"]), ("연락처", ["(     )     -"])], glue)
        d.add("※ 위 예시는 작성 요령이며 실제 정보가 아닙니다. 문의 ", H("short_code", rng.choice(["110", "1345"])), "\n")
        return "OCR", "개인정보동의서(빈 서식)"
    d.add(ocr_title(rng, "민원 처리 현황 (접수번호별)"), "\n")
    rows = []
    for i in range(rng.randint(3, 6)):
        rows.append([[str(i + 1)], [H("receipt_number", receipt_no(rng))], [H("date", doc_date(rng, "iso"))],
                     [H("document_number", doc_no(rng))], [H("amount", money(rng, 1000, 90000, 1000))]])
    ocr_table(d, rng, ["연번", "접수번호", "접수일", "처리문서", "수수료"], rows, glue=glue)
    d.add("작성부서 대표전화 ", H("switchboard", rng.choice(AGENCIES)["tel"]), "\n")
    return "OCR", "민원처리현황"


def t_nopii_log(rng, d):
    date = doc_date(rng, "iso")
    times = sorted((rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)) for _ in range(rng.randint(4, 7)))
    for hh, mm, ss in times:
        ts = f"{date}T{hh:02d}:{mm:02d}:{ss:02d}+09:00"
        d.add(H("date", ts), " INFO  [batch] job=", rng.choice(["stat-daily", "backup", "reindex"]), " user=",
              H("user_id", f"u{rng.randint(10000, 99999)}"), " rows=", str(rng.randint(1, 99999)), " ver=",
              H("version_number", f"{rng.randint(1, 12)}.{rng.randint(0, 9)}.{rng.randint(0, 99)}.{rng.randint(1000, 9999)}"), "\n")
    return "시스템로그", None


# ----------------------------------------------------------------------------
# driver
# ----------------------------------------------------------------------------

TEMPLATES = [  # (template, count, function)
    ("gongmun_reply", 42, t_gongmun),
    ("press_release", 40, t_press),
    ("meeting_minutes", 34, t_minutes),
    ("court_judgment", 20, t_judgment),
    ("admin_appeal_ruling", 20, t_ruling),
    ("audit_report", 25, t_audit),
    ("welfare_decision", 30, t_welfare),
    ("health_insurance_notice", 32, t_health),
    ("vehicle_fine_notice", 35, t_vfine),
    ("dl_disposition", 35, t_dl),
    ("personnel_notice", 25, t_personnel),
    ("training_roster", 24, t_training),
    ("foreign_worker_docs", 32, t_fw),
    ("subsidy_account_list", 30, t_subsidy),
    ("csv_export", 30, t_csv),
    ("system_log", 28, t_log),
    ("ocr_roster", 56, t_ocr_roster),
    ("ocr_form", 50, t_ocr_form),
    ("ocr_foreign_worker", 26, t_ocr_fw),
    ("nopii_gongmun", 16, t_nopii_gongmun),
    ("nopii_press", 12, t_nopii_press),
    ("nopii_ruling", 14, t_nopii_ruling),
    ("nopii_csv", 8, t_nopii_csv),
    ("nopii_ocr", 12, t_nopii_ocr),
    ("nopii_log", 6, t_nopii_log),
]

TYPES = ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "KR_ADDRESS", "DATE_OF_BIRTH", "KR_BANK_ACCOUNT", "KR_RRN",
         "IP_ADDRESS", "KR_PASSPORT", "KR_BRN", "KR_DRIVER_LICENSE", "KR_FRN", "KR_VEHICLE_PLATE",
         "KR_HEALTH_INSURANCE", "CREDIT_CARD", "KR_CRN"]


def occurrences_ok(text, spans):
    """every occurrence of a labelled string must lie inside a span"""
    seen = []
    for sp in spans:
        s = sp["text"]
        if len(s) < 2 or s in seen:
            continue
        seen.append(s)
        i = text.find(s)
        while i >= 0:
            if not any(x["start"] <= i and i + len(s) <= x["end"] for x in spans):
                return False
            i = text.find(s, i + 1)
    return True


def overlaps_ok(spans, hns):
    for h in hns:
        for s in spans:
            if h["start"] < s["end"] and s["start"] < h["end"]:
                return False
    return True


def build():
    recs, metas = [], []
    n = 0
    for tpl, count, fn in TEMPLATES:
        for i in range(count):
            seed = f"{PREFIX}|{tpl}|{i}"
            rng = random.Random(seed)
            for attempt in range(100):
                d = Doc()
                genre, base = fn(rng, d)
                text = d.text()
                if occurrences_ok(text, d.spans) and overlaps_ok(d.spans, d.hns) and shape_ok(text, d.spans, d.hns):
                    break
            else:
                raise RuntimeError("could not generate " + seed)
            n += 1
            rid = f"pii_ae-{n:04d}"
            spans = sorted(d.spans, key=lambda s: (s["start"], s["end"]))
            recs.append({"id": rid, "text": text,
                         "spans": [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in spans],
                         "genre": genre})
            metas.append({"id": rid, "template": tpl, "seed": seed, "attempt": attempt, "genre": genre,
                          "base_genre": base, "ocr": tpl.startswith("ocr") or tpl == "nopii_ocr",
                          "no_pii": not spans, "record_noise": list(d.tags),
                          "spans": [{"start": s["start"], "end": s["end"], "type": s["type"], "sub_kind": s["sub_kind"],
                                     "noise": s["noise"], "text": s["text"], "clean": s["clean"]} for s in spans],
                          "hard_negatives": sorted(d.hns, key=lambda h: (h["start"], h["end"]))})
    return recs, metas


MOBILE_RE = re.compile(r"(?<![0-9])01[016789][-. ]?[0-9]{3,4}[-. ]?[0-9]{4}(?![0-9])")
RRN_RE = re.compile(r"(?<![0-9])[0-9]{6}-[0-9]{7}(?![0-9])")
CARD_RE = re.compile(r"(?<![0-9])[0-9]{4}[- ]?[0-9]{4}[- ]?[0-9]{4}[- ]?[0-9]{4}(?![0-9])")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![0-9.])([0-9]{1,3})\.([0-9]{1,3})\.([0-9]{1,3})\.([0-9]{1,3})(?![0-9.])")


def shape_ok(text, spans, hns):
    """text outside spans must not contain strings that look like PII (placeholders in hard negatives allowed)"""
    chars = list(text)
    for s in spans:
        for k in range(s["start"], s["end"]):
            chars[k] = "#"
    for h in hns:
        if h["category"] == "placeholder":
            for k in range(h["start"], h["end"]):
                chars[k] = "#"
    masked = "".join(chars)
    for rx in (MOBILE_RE, RRN_RE, CARD_RE, EMAIL_RE):
        if rx.search(masked):
            return False
    for m in IPV4_RE.finditer(masked):
        if all(int(g) <= 255 for g in m.groups()):
            return False
    return True


def check_value(sp):
    """format / check-digit assertions on the clean value"""
    t, sub, v = sp["type"], sp["sub_kind"], sp["clean"]
    dg = re.sub(r"\D", "", v)
    if t == "KR_RRN":
        if sub == "rrn_masked":
            assert re.fullmatch(r"\d{6}-[1-4][*●Xx○]{6}", v), v
        else:
            assert re.fullmatch(r"\d{6}-\d{7}", v), v
            ok = rrn_check(dg[:12]) == int(dg[12])
            assert ok if sub == "rrn_valid" else (not ok and int(dg[:2]) >= 20 and dg[6] in "34"), v
    elif t == "KR_FRN":
        assert re.fullmatch(r"\d{6}-[5-8]\d{6}", v) and frn_check(dg[:12]) == int(dg[12]), v
    elif t == "KR_BRN":
        assert brn_ok(v), v
    elif t == "KR_CRN":
        assert re.fullmatch(r"\d{6}-\d{7}", v) and crn_check(dg[:12]) == int(dg[12]), v
    elif t == "CREDIT_CARD":
        assert luhn_ok(dg) and len(dg) in (15, 16), v
    elif t == "KR_PASSPORT":
        assert re.fullmatch(r"[A-Z]{0,2}\d{3}[A-Z]?\d{4,8}[A-Z]?|\d{8}", v), v
    elif t == "KR_DRIVER_LICENSE":
        assert len(dg) == 12 or (len(dg) == 10 and re.match(r"^[가-힣]{2}", v)), v
    elif t == "KR_VEHICLE_PLATE":
        assert re.fullmatch(r"([가-힣]{2} ?)?\d{2,3}[가-힣] ?\d{4}", v), v
    elif t == "KR_HEALTH_INSURANCE":
        assert len(dg) == 11, v
    elif t == "PHONE_NUMBER":
        assert len(dg) in (9, 10, 11) or sub == "phone_hangul", v
    elif t == "EMAIL_ADDRESS":
        assert EMAIL_RE.fullmatch(v), v
    elif t == "IP_ADDRESS":
        assert (sub == "ipv6" and "::" in v) or (IPV4_RE.fullmatch(v) and all(int(x) <= 255 for x in v.split("."))), v
    elif t == "KR_BANK_ACCOUNT":
        assert 11 <= len(dg) <= 14, v
    elif t == "DATE_OF_BIRTH":
        assert sub == "dob_hangul" or len(dg) >= 6, v
    elif t == "PERSON":
        assert v != "홍길동" and v.strip() == v, v


def validate(out_dir):
    recs = [json.loads(l) for l in open(os.path.join(out_dir, "pii_ae.jsonl"), encoding="utf-8")]
    metas = [json.loads(l) for l in open(os.path.join(out_dir, "pii_ae.meta.jsonl"), encoding="utf-8")]
    assert len(recs) == len(metas) >= 500
    ids = set()
    for r, m in zip(recs, metas):
        assert r["id"] == m["id"] and r["id"] not in ids
        ids.add(r["id"])
        text = r["text"]
        assert r["genre"] == m["genre"]
        assert len(r["spans"]) == len(m["spans"])
        prev_end = -1
        for s, ms in zip(r["spans"], m["spans"]):
            assert (s["start"], s["end"], s["type"]) == (ms["start"], ms["end"], ms["type"])
            assert 0 <= s["start"] < s["end"] <= len(text)
            assert s["start"] >= prev_end, (r["id"], s)
            prev_end = s["end"]
            seg = text[s["start"]:s["end"]]
            assert seg == ms["text"], (r["id"], seg, ms["text"])
            assert not seg[0].isspace() and not seg[-1].isspace(), (r["id"], seg)
            assert s["type"] in TYPES
            check_value(ms)
        for h in m["hard_negatives"]:
            assert text[h["start"]:h["end"]] == h["text"]
        assert overlaps_ok(r["spans"], m["hard_negatives"]), r["id"]
        assert occurrences_ok(text, m["spans"]), r["id"]
        assert shape_ok(text, m["spans"], m["hard_negatives"]), r["id"]
        if m["no_pii"]:
            assert not r["spans"] and m["hard_negatives"], r["id"]
        else:
            assert r["spans"], r["id"]
    return recs, metas


def counter_add(dct, key, n=1):
    dct[key] = dct.get(key, 0) + n


def make_stats(recs, metas):
    st = {"records": len(recs), "records_no_pii": 0, "records_ocr": 0, "spans": 0, "by_genre": {}, "by_template": {},
          "by_type": {}, "by_sub_kind": {}, "span_noise": {}, "spans_with_noise": 0, "record_noise": {},
          "hard_negatives": {}, "no_pii_by_genre": {}, "ocr_by_base_genre": {}}
    for r, m in zip(recs, metas):
        counter_add(st["by_genre"], r["genre"])
        counter_add(st["by_template"], m["template"])
        if m["no_pii"]:
            st["records_no_pii"] += 1
            counter_add(st["no_pii_by_genre"], r["genre"])
        if m["ocr"]:
            st["records_ocr"] += 1
            counter_add(st["ocr_by_base_genre"], m["base_genre"] or "")
        for t in m["record_noise"]:
            counter_add(st["record_noise"], t)
        for s in m["spans"]:
            st["spans"] += 1
            counter_add(st["by_type"], s["type"])
            counter_add(st["by_sub_kind"], s["type"] + ":" + s["sub_kind"])
            if s["noise"]:
                st["spans_with_noise"] += 1
            for t in s["noise"]:
                counter_add(st["span_noise"], t)
        for h in m["hard_negatives"]:
            counter_add(st["hard_negatives"], h["category"])
    for k in list(st.keys()):
        if isinstance(st[k], dict):
            st[k] = {kk: st[k][kk] for kk in sorted(st[k])}
    return st


def main():
    out_dir = os.path.dirname(os.path.abspath(__file__))
    if len(sys.argv) > 2 and sys.argv[1] == "--out":
        out_dir = sys.argv[2]
        os.makedirs(out_dir, exist_ok=True)
    recs, metas = build()
    with open(os.path.join(out_dir, "pii_ae.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(out_dir, "pii_ae.meta.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in metas:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    recs2, metas2 = validate(out_dir)
    st = make_stats(recs2, metas2)
    for t in TYPES:
        assert st["by_type"].get(t, 0) >= 100, (t, st["by_type"].get(t, 0))
    assert st["records_ocr"] >= 0.2 * st["records"], st["records_ocr"]
    with open(os.path.join(out_dir, "stats.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(st, ensure_ascii=False, indent=1) + "\n")
    print(f"ok: {st['records']} records, {st['spans']} spans, {st['records_no_pii']} without PII, "
          f"{st['records_ocr']} OCR")
    for t in TYPES:
        print(f"  {t:22s} {st['by_type'].get(t, 0)}")


if __name__ == "__main__":
    main()
