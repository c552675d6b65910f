#!/usr/bin/env python3
"""pii_bx -- an independent, synthetic evaluation set for a Korean PII detector
used on public-sector documents.

Stdlib only.  Seeded and deterministic:  `python make_set.py` writes
pii_bx.jsonl (records) and pii_bx.meta.jsonl (per-record span kinds, OCR noise
and tagged hard negatives) next to this file, after validating every record.

Every template, sentence, name pool, road name and number below was written
for this set.  All people, companies, numbers and addresses are invented.
"""
import datetime
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter

SEED = 50321877
N_TARGET = 600
OUT_DIR = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(OUT_DIR, "pii_bx.jsonl")
OUT_META = os.path.join(OUT_DIR, "pii_bx.meta.jsonl")

TYPES = ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "KR_ADDRESS", "DATE_OF_BIRTH",
         "KR_BANK_ACCOUNT", "KR_RRN", "IP_ADDRESS", "KR_PASSPORT", "KR_BRN",
         "KR_DRIVER_LICENSE", "KR_FRN", "KR_VEHICLE_PLATE", "KR_HEALTH_INSURANCE",
         "CREDIT_CARD", "KR_CRN"]

R = random.Random(SEED)          # re-seeded in build()


class Retry(Exception):
    """Raised when a generated record violates a soft constraint (regenerate)."""


# =============================================================================
# small helpers
# =============================================================================
def ch(seq):
    return R.choice(seq)


def wch(pairs):
    vals = [p[0] for p in pairs]
    ws = [p[1] for p in pairs]
    return R.choices(vals, ws)[0]


def dg(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def dgnz(n):
    return R.choice("123456789") + dg(n - 1)


def coin(p=0.5):
    return R.random() < p


MDAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def rdate(y0, y1, after=None, before=None):
    while True:
        y = R.randint(y0, y1)
        m = R.randint(1, 12)
        md = MDAYS[m - 1] + (1 if m == 2 and (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 0)
        d = R.randint(1, md)
        dt = datetime.date(y, m, d)
        if after and dt < after:
            continue
        if before and dt > before:
            continue
        return dt


MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
WEEK = "월화수목금토일"


def fdate(dt, style):
    y, m, d = dt.year, dt.month, dt.day
    if style == "dot":
        return f"{y}. {m}. {d}."
    if style == "dot_nt":          # no trailing period
        return f"{y}. {m}. {d}"
    if style == "dot0":
        return f"{y}.{m:02d}.{d:02d}."
    if style == "dot0n":
        return f"{y}.{m:02d}.{d:02d}"
    if style == "dot0s":
        return f"{y}. {m:02d}. {d:02d}."
    if style == "kor":
        return f"{y}년 {m}월 {d}일"
    if style == "kor_ns":
        return f"{y}년{m}월{d}일"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "slash":
        return f"{y}/{m:02d}/{d:02d}"
    if style == "yy":
        return f"{y % 100:02d}.{m:02d}.{d:02d}"
    if style == "yymmdd":
        return f"{y % 100:02d}{m:02d}{d:02d}"
    if style == "eng":
        return f"{d:02d} {MON[m - 1]} {y}"
    if style == "eng2":
        return f"{d:02d}/{m:02d}/{y}"
    raise ValueError(style)


def doc_date(dt=None, style=None):
    dt = dt or rdate(2022, 2025)
    style = style or wch([("dot", 6), ("kor", 2), ("iso", 1), ("dot0", 1)])
    return fdate(dt, style)


def drange(style="dot", y0=2022, y1=2025):
    a = rdate(y0, y1)
    b_ = a + datetime.timedelta(days=R.randint(7, 700))
    return fdate(a, style), fdate(b_, style)


def wday(dt):
    return WEEK[dt.weekday()]


# =============================================================================
# name pools (written for this set)
# =============================================================================
SUR1 = ("김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 전 홍 유 고 문 양 손 배 백 허 남 심 "
        "노 하 곽 성 차 주 우 구 민 진 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 석 선 설 마 길 "
        "연 위 표 명 기 반 왕 금 옥 육 인 맹 제 탁 국 어 은 편 용 예 경 봉 태 목 형 피 감 빈 동 온").split()
SUR1W = [21, 14, 8, 5, 5, 2.5, 2.2, 2.1, 2, 1.9, 1.6, 1.6, 1.5, 1.5, 1.3, 1.3, 1.3, 1.2, 1.1, 1.1,
         1.1, 0.9, 0.9, 0.9, 0.9, 0.8, 0.8, 0.8, 0.6, 0.6, 0.6, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.4,
         0.4, 0.4, 0.4, 0.4, 0.4, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.2, 0.2, 0.2, 0.2, 0.2,
         0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1,
         0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1]
SUR1W = SUR1W + [0.1] * (len(SUR1) - len(SUR1W))
assert len(SUR1) == len(SUR1W), (len(SUR1), len(SUR1W))
SUR2 = ["남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "동방"]

GIVEN2 = ("하람 서준 도윤 지안 시우 은우 예린 서아 지유 채원 민재 윤슬 다온 라온 해솔 태린 건우 소율 "
          "지호 유찬 승아 연우 수빈 현서 나은 도하 세아 재윤 주원 하율 서윤 민결 정우 태오 은채 예준 "
          "수아 아린 로아 시온 지후 유나 채윤 하린 민서 준서 예은 승민 동현 상훈 영호 미경 정숙 순자 "
          "영철 명수 경희 혜숙 기순 춘자 말순 광수 종민 성호 미란 선영 정미 은정 진호 재석 형준 보람 "
          "슬기 한별 초롱 새봄 빛나 다빈 주희 현주 용준 병철 석진 태식 문영 귀남 옥자 복순 순례 만석 "
          "달수 인호 창민 규리 소연 효진 윤아 혜린 지원 성민 대현 우진 경민 준혁 태훈 민혁 세린 가윤 "
          "나연 다현 라희 보민 서희 은서 재희 지나 채아 하은 희수 겸이 담희 도경 무진 범수 봉춘 상철 "
          "석구 양희 연화 영란 용배 우람 이랑 재필 정란 종숙 찬영 청아 춘길 태순 필순 해든 호영 희찬 "
          "온유 로운 시현 윤후 이안 서하 하온 지율 도담 여울 승연 채린 경수 경자 길순 덕희 명자 분이 "
          "숙희 순옥 영숙 옥순 정애 종철 철민 학수 현숙 형석").split()
GIVEN1 = ["준", "솔", "현", "빈", "율", "훈", "찬", "윤", "혁", "담", "웅", "철", "숙", "희", "탁", "겸"]
BLOCK_NAMES = {"한결", "이민", "이건", "고민", "주민", "국민", "도민", "구민", "안건", "조건", "성희", "이현",
               "신현", "전철", "지철", "원숙", "성숙", "미숙", "정숙", "조숙", "노숙", "전현", "홍길동", "김철",
               "유빈", "전율", "선율", "조율", "공훈", "수훈", "정찬", "만찬", "성찬", "오찬", "김희", "인희"}

# foreign name components:  (latin, hangul)
FOREIGN = {
    "베트남": dict(order="sf", sur=[("NGUYEN", "응우옌"), ("TRAN", "쩐"), ("PHAM", "팜"), ("HOANG", "호앙"),
                                  ("VU", "부"), ("DANG", "당"), ("BUI", "부이"), ("DO", "도"), ("LE", "레")],
                 mid=[("THI", "티"), ("VAN", "반"), ("DUC", "득"), ("NGOC", "응옥"), ("MINH", "민")],
                 giv=[("HOA", "호아"), ("LAN", "란"), ("TUAN", "뚜언"), ("HUNG", "훙"), ("LINH", "린"),
                      ("TRANG", "짱"), ("QUANG", "꽝"), ("PHUONG", "프엉"), ("THANH", "타인"), ("KHANH", "카인"),
                      ("YEN", "이엔"), ("DAT", "닷")]),
    "중국": dict(order="sf_nosp", sur=[("WANG", "왕"), ("ZHANG", "장"), ("LIU", "류"), ("CHEN", "천"),
                                     ("ZHAO", "자오"), ("HUANG", "황"), ("ZHOU", "저우"), ("SUN", "쑨"), ("MA", "마")],
               giv=[("XIAOMEI", "샤오메이"), ("JIANHUA", "젠화"), ("YUTING", "위팅"), ("HAORAN", "하오란"),
                    ("MINGYU", "밍위"), ("ZIHAN", "쯔한"), ("LIHUA", "리화"), ("WEIJIE", "웨이제"),
                    ("XUEFENG", "쉐펑"), ("CHUNLAN", "춘란")]),
    "우즈베키스탄": dict(order="sf", sur=[("KARIMOV", "카리모프"), ("RAKHIMOV", "라히모프"), ("YUSUPOVA", "유수포바"),
                                         ("ALIEVA", "알리예바"), ("TOSHMATOV", "토시마토프"), ("NURMATOVA", "누르마토바")],
                      giv=[("BOBUR", "보부르"), ("DILNOZA", "딜노자"), ("SARDOR", "사르도르"), ("MALIKA", "말리카"),
                           ("JASUR", "자수르"), ("NODIRA", "노디라"), ("OTABEK", "오타벡")]),
    "네팔": dict(order="fs", sur=[("GURUNG", "구룽"), ("TAMANG", "타망"), ("SHRESTHA", "슈레스타"), ("MAGAR", "마가르")],
               giv=[("RAJESH", "라제시"), ("SITA", "시타"), ("BIKASH", "비카스"), ("ANITA", "아니타"),
                    ("SUMAN", "수만"), ("PRAKASH", "프라카시")]),
    "필리핀": dict(order="fs", sur=[("SANTOS", "산토스"), ("REYES", "레예스"), ("BAUTISTA", "바우티스타"),
                                  ("MENDOZA", "멘도사"), ("VILLANUEVA", "비야누에바"), ("DELA CRUZ", "델라크루스")],
                 giv=[("MARIA CLARA", "마리아 클라라"), ("JOSE MIGUEL", "호세 미겔"), ("ANGELICA", "안젤리카"),
                      ("RICARDO", "리카르도"), ("CLARISSE", "클라리스"), ("JOMAR", "조마르")]),
    "몽골": dict(order="fs", sur=[("GANBOLD", "간볼드"), ("BATTULGA", "바트톨가"), ("ERDENE", "에르덴")],
               giv=[("ENKHJARGAL", "엥흐자르갈"), ("BATBAYAR", "바트바야르"), ("TSETSEGMAA", "체첵마"),
                    ("MUNKHZUL", "뭉흐졸")]),
    "인도네시아": dict(order="fs", sur=[("RAHAYU", "라하유"), ("SETIAWAN", "세티아완"), ("PRATAMA", "프라타마"),
                                       ("WIBOWO", "위보워")],
                    giv=[("SITI", "시티"), ("AGUS", "아구스"), ("DEWI", "데위"), ("RIZKY", "리즈키")]),
    "미국": dict(order="fs_title", sur=[("CARTER", "카터"), ("BROOKS", "브룩스"), ("HUGHES", "휴즈"),
                                      ("MORRISON", "모리슨"), ("WALSH", "월시"), ("HOLLOWAY", "홀러웨이")],
               giv=[("EMILY", "에밀리"), ("DANIEL", "대니얼"), ("OLIVIA", "올리비아"), ("NATHAN", "네이선"),
                    ("GRACE", "그레이스"), ("TRAVIS", "트래비스")]),
    "태국": dict(order="fs", sur=[("SRISAWAT", "스리사왓"), ("BOONMA", "분마"), ("CHAIYAPORN", "차이야폰")],
               giv=[("SOMCHAI", "솜차이"), ("SUPAPORN", "수파폰"), ("NATTAPONG", "낫타퐁"), ("KANYA", "깐야")]),
    "일본": dict(order="sf", sur=[("TAKAHASHI", "다카하시"), ("MORITA", "모리타"), ("OGAWA", "오가와")],
               giv=[("YUKI", "유키"), ("HARUTO", "하루토"), ("AYAKA", "아야카"), ("KENTA", "겐타")]),
}
NATS = list(FOREIGN)
NAT_W = [9, 7, 5, 4, 4, 2, 3, 3, 2, 2]


def kname():
    while True:
        if R.random() < 0.07:
            sur = ch(SUR2)
            kind = "ko_2sur"
        else:
            sur = R.choices(SUR1, SUR1W)[0]
            kind = "ko"
        if R.random() < 0.12 and kind == "ko":
            given = ch(GIVEN1)
        else:
            given = ch(GIVEN2)
        n = sur + given
        if n in BLOCK_NAMES:
            continue
        return n, kind


def fname(nat=None):
    nat = nat or R.choices(NATS, NAT_W)[0]
    f = FOREIGN[nat]
    s = ch(f["sur"])
    g = ch(f["giv"])
    o = f["order"]
    if o == "sf":
        parts = [s]
        if "mid" in f:
            parts.append(ch(f["mid"]))
        parts.append(g)
        lat = " ".join(p[0] for p in parts)
        han = " ".join(p[1] for p in parts)
    elif o == "sf_nosp":
        lat = s[0] + " " + g[0]
        han = s[1] + g[1]
    elif o == "fs_title":
        lat = g[0].title() + " " + s[0].title() if R.random() < 0.5 else g[0] + " " + s[0]
        han = g[1] + " " + s[1]
    else:
        lat = g[0] + " " + s[0]
        han = g[1] + " " + s[1]
    return lat, han, nat


# =============================================================================
# places, institutions, companies
# =============================================================================
SIDO = [  # full, short, [sigungu...]
    ("서울특별시", "서울", ["마포구", "강서구", "노원구", "송파구", "관악구", "은평구", "성북구", "동작구", "중랑구", "양천구"]),
    ("부산광역시", "부산", ["해운대구", "사하구", "부산진구", "동래구", "금정구"]),
    ("대구광역시", "대구", ["수성구", "달서구", "북구"]),
    ("인천광역시", "인천", ["연수구", "남동구", "부평구", "계양구"]),
    ("광주광역시", "광주", ["북구", "광산구", "서구"]),
    ("대전광역시", "대전", ["유성구", "서구", "대덕구"]),
    ("울산광역시", "울산", ["남구", "울주군", "중구"]),
    ("세종특별자치시", "세종", []),
    ("경기도", "경기", ["수원시 영통구", "성남시 분당구", "고양시 일산동구", "용인시 수지구", "부천시", "화성시",
                      "남양주시", "파주시", "김포시", "안양시 동안구", "평택시", "양평군"]),
    ("강원특별자치도", "강원", ["춘천시", "원주시", "강릉시", "홍천군"]),
    ("충청북도", "충북", ["청주시 흥덕구", "충주시", "제천시", "옥천군"]),
    ("충청남도", "충남", ["천안시 서북구", "아산시", "공주시", "홍성군"]),
    ("전북특별자치도", "전북", ["전주시 완산구", "익산시", "군산시", "남원시"]),
    ("전라남도", "전남", ["목포시", "여수시", "순천시", "나주시", "해남군"]),
    ("경상북도", "경북", ["포항시 북구", "구미시", "경주시", "안동시", "칠곡군"]),
    ("경상남도", "경남", ["창원시 성산구", "김해시", "진주시", "양산시", "거제시"]),
    ("제주특별자치도", "제주", ["제주시", "서귀포시"]),
]
SIDO_W = [18, 6, 4, 5, 3, 3, 2, 2, 18, 3, 3, 4, 3, 3, 4, 5, 2]
ROADS = ["버들로", "솔숲로", "한울길", "새말로", "은행정로", "매봉로", "꽃내길", "달빛로", "누리로", "물빛로",
         "청마루길", "햇살로", "다솜로", "두레길", "갈마로", "능안로", "별무리길", "너울로", "도란로", "모래내로",
         "장미원로", "느티로", "오리나무길", "참샘로", "구름다리로", "시루봉로", "안골로", "동막로"]
APTS = ["한빛마을", "푸른솔", "은빛", "새봄마을", "별빛", "늘푸른", "햇살가득", "두레마을", "다온채", "솔향기",
        "물소리", "하늘채움"]
DONGS = ["신흥동", "중앙동", "새터동", "가곡동", "양지동", "송림동", "금곡동", "월평동", "도화동", "산정동",
         "원당동", "봉곡동", "미평동", "청룡동"]
MYEON = ["황산면", "옥산면", "남면", "서면", "대곡면", "송정면", "금성면"]
RI = ["산소리", "신평리", "대야리", "월곡리", "상촌리", "오동리", "내기리"]
ZIPS = lambda: f"{R.randint(1, 63):02d}{dg(3)}"


def address(start=None, kind=None):
    """Return (zip_prefix or None, value, ref_suffix or None, kind)."""
    full, short, sgg = SIDO[R.choices(range(len(SIDO)), SIDO_W)[0]]
    kind = kind or wch([("road", 7), ("jibun", 2), ("rural", 1)])
    if full.startswith("세종"):
        sg = ""
        if kind == "rural":
            kind = "jibun"
    else:
        sg = ch(sgg)
        if kind == "rural" and not sg.endswith("군"):
            gun = [x for x in sgg if x.endswith("군")]
            if gun:
                sg = ch(gun)
            else:
                kind = "road"
    start = start or wch([("full", 6), ("short", 3), ("sgg", 1 if sg else 0)])
    if start == "sgg" and not sg:
        start = "full"
    if start == "full":
        head = full + (" " + sg if sg else "")
    elif start == "short":
        head = short + (" " + sg if sg else "")
    else:
        head = sg
    ref = None
    dong = ch(DONGS)
    if kind == "road":
        road = ch(ROADS)
        r = R.random()
        if r < 0.25:
            road = f"{road} {R.randint(2, 98)}번길"
        elif r < 0.4:
            road = f"{road}{R.randint(2, 60)}길"
        bno = str(R.randint(1, 320)) + (f"-{R.randint(1, 30)}" if coin(0.12) else "")
        val = f"{head} {road} {bno}"
        u = wch([("", 3), ("apt", 4), ("floor", 1), ("floorroom", 1), ("room", 1), ("b1", 0.3)])
        apt = None
        if u == "apt":
            apt = ch(APTS) + wch([("아파트", 3), ("", 1)])
            val += f", {R.randint(101, 118)}동 {R.randint(1, 25)}{R.randint(1, 6):02d}호"
        elif u == "floor":
            val += wch([(f", {R.randint(2, 9)}층", 2), (f" {R.randint(2, 9)}층", 1)])
        elif u == "floorroom":
            f = R.randint(2, 7)
            val += f" {f}층 {f}{R.randint(1, 9):02d}호"
        elif u == "room":
            val += f", {R.randint(1, 5)}{R.randint(1, 12):02d}호"
        elif u == "b1":
            val += ", 지하1층"
        if coin(0.45):
            ref = f" ({dong}, {apt})" if apt else f" ({dong})"
        k = "road"
    elif kind == "jibun":
        lot = str(R.randint(1, 980)) + (f"-{R.randint(1, 40)}" if coin(0.6) else "")
        val = f"{head} {dong} {lot}"
        if coin(0.5):
            val += f" {ch(APTS)}아파트 {R.randint(101, 115)}동 {R.randint(1, 20)}{R.randint(1, 5):02d}호"
        k = "jibun"
    else:
        lot = str(R.randint(1, 990)) + (f"-{R.randint(1, 9)}" if coin(0.4) else "")
        val = f"{head} {ch(MYEON)} {ch(RI)} {lot}"
        k = "rural"
    zp = f"({ZIPS()}) " if coin(0.3) else None
    return zp, val, ref, k + "_" + start


INSTS = [
    dict(name="행정안전부", head="행정안전부장관", tel="044-205", sw="044-205-1000", web="www.mois.go.kr",
         addr="세종특별자치시 도담중앙로 231 정부세종청사 11동", zip="30112",
         depts=["개인정보협력과", "주민과", "공공데이터정책과", "정보공개정책과", "자치행정과"]),
    dict(name="보건복지부", head="보건복지부장관", tel="044-202", sw="044-202-3000", web="www.mohw.go.kr",
         addr="세종특별자치시 한누리대로 498 정부세종청사 10동", zip="30113",
         depts=["기초생활보장과", "아동복지정책과", "장애인정책과", "노인정책과", "보험정책과"]),
    dict(name="국토교통부", head="국토교통부장관", tel="044-201", sw="044-201-4000", web="www.molit.go.kr",
         addr="세종특별자치시 도움7로 15 정부세종청사 6동", zip="30103",
         depts=["자동차정책과", "주택정책과", "도로정책과"]),
    dict(name="서울특별시 마포구", head="마포구청장", tel="02-3153", sw="02-3153-6000", web="www.mapo.go.kr",
         addr="서울특별시 마포구 성미로 211", zip="03937",
         depts=["민원여권과", "세무1과", "주차관리과", "복지정책과", "청소행정과", "부동산정보과"]),
    dict(name="경기도 수원시", head="수원시장", tel="031-228", sw="031-228-2000", web="www.suwon.go.kr",
         addr="경기도 수원시 팔달구 효원대로 312", zip="16490",
         depts=["교통정책과", "세정과", "복지정책과", "건축과", "정보통신과", "감사관"]),
    dict(name="부산광역시 해운대구", head="해운대구청장", tel="051-749", sw="051-749-4000", web="www.haeundae.go.kr",
         addr="부산광역시 해운대구 센텀동로 72", zip="48095",
         depts=["민원여권과", "세무과", "생활보장과", "교통행정과", "환경위생과"]),
    dict(name="충청북도 청주시", head="청주시장", tel="043-201", sw="043-201-2114", web="www.cheongju.go.kr",
         addr="충청북도 청주시 상당구 상당로 157", zip="28501",
         depts=["차량등록사업소", "세정과", "노인장애인과", "민원지적과"]),
    dict(name="전라남도 순천시", head="순천시장", tel="061-749", sw="061-749-3000", web="www.suncheon.go.kr",
         addr="전라남도 순천시 장명로 54", zip="57951",
         depts=["민원봉사과", "주민복지과", "세무과", "기업지원과"]),
    dict(name="경상북도 구미시", head="구미시장", tel="054-480", sw="054-480-6000", web="www.gumi.go.kr",
         addr="경상북도 구미시 송정대로 177", zip="39281",
         depts=["민원토지과", "세정과", "복지정책과", "외국인지원팀"]),
    dict(name="제주특별자치도 서귀포시", head="서귀포시장", tel="064-760", sw="064-760-2114", web="www.seogwipo.go.kr",
         addr="제주특별자치도 서귀포시 중앙로 105", zip="63592",
         depts=["종합민원실", "세무과", "주민복지과", "교통행정과"]),
    dict(name="대전유성경찰서", head="대전유성경찰서장", tel="042-609", sw="042-609-3000", web="www.djpolice.go.kr",
         addr="대전광역시 유성구 유성대로 1011", zip="34177",
         depts=["교통조사계", "민원실", "경제팀", "여성청소년과"]),
    dict(name="수원출입국·외국인사무소", head="수원출입국·외국인사무소장", tel="031-695", sw="031-695-3800",
         web="www.immigration.go.kr", addr="경기도 수원시 영통구 반달로 39", zip="16705",
         depts=["체류관리과", "사증과", "조사과"]),
    dict(name="국민건강보험공단 강릉지사", head="국민건강보험공단 강릉지사장", tel="033-640", sw="033-640-5000",
         web="www.nhis.or.kr", addr="강원특별자치도 강릉시 하슬라로 84", zip="25588",
         depts=["자격부과부", "급여관리부", "고객지원부"]),
    dict(name="국세청 성남세무서", head="성남세무서장", tel="031-730", sw="031-730-6200", web="www.nts.go.kr",
         addr="경기도 성남시 수정구 수정로 134", zip="13147",
         depts=["부가가치세과", "소득세과", "납세자보호실"]),
]
for _i in INSTS:
    _i["short"] = _i["name"].split()[-1]

COMPANIES = [  # (name, domain, type)  type: corp / sole
    ("(주)새솔건설", "saesolcon.co.kr", "corp"), ("주식회사 다온테크", "daontech.kr", "corp"),
    ("누리소프트(주)", "nurisoft.co.kr", "corp"), ("가람환경 주식회사", "garamenv.com", "corp"),
    ("(유)푸른조경", "pureunland.co.kr", "corp"), ("해든정보통신(주)", "haedenict.com", "corp"),
    ("미르산업개발(주)", "mirdev.co.kr", "corp"), ("(주)별빛물산", "byeolbit.kr", "corp"),
    ("온새미디자인", "onsaemi.kr", "sole"), ("라온인쇄", "raonprint.com", "sole"),
    ("바른세무회계사무소", "bareuntax.kr", "sole"), ("동녘식품", "dongnyeokfood.com", "sole"),
    ("솔내기획", "solnae.kr", "sole"), ("청운설비", "cheongwoonsb.com", "sole"),
    ("(주)늘봄케어", "neulbomcare.co.kr", "corp"), ("한마루종합건설(주)", "hanmaru-const.co.kr", "corp"),
    ("주식회사 소담데이터", "sodamdata.io", "corp"), ("꽃내공방", "kkotnae.kr", "sole"),
]
UNIVS = ["한빛대학교", "가람대학교", "새누리대학교", "청솔대학교", "온누리사이버대학교"]

ROM_G = ["haram", "seojun", "doyun", "jian", "siwoo", "yerin", "minjae", "yoonseul", "daon", "haesol", "geonwoo",
         "soyul", "jiho", "yuchan", "yeonwoo", "subin", "hyunseo", "naeun", "doha", "jaeyoon", "juwon", "hayul",
         "taeo", "eunchae", "arin", "sion", "jihu", "yuna", "harin", "minseo", "sanghoon", "youngho", "mikyung",
         "kwangsu", "sungho", "eunjung", "jinho", "hyungjun", "boram", "seulgi", "hanbyul", "dabin", "joohee",
         "changmin", "gyuri", "soyeon", "hyojin", "jiwon", "woojin", "kyungmin", "taehoon", "serin", "gayoon"]
ROM_S = ["kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "han", "oh", "seo", "shin",
         "kwon", "hwang", "ahn", "song", "jeon", "hong", "ko", "moon", "yang", "son", "bae", "baek", "heo",
         "nam", "sim", "noh", "ha", "kwak", "sung", "cha", "joo", "woo", "namgung", "hwangbo", "seonu"]
FREE_MAIL = ["naver.com", "gmail.com", "daum.net", "hanmail.net", "nate.com", "kakao.com", "outlook.kr", "icloud.com"]


# =============================================================================
# PII value generators -> item = (value, type, kind)
# =============================================================================
def mobile(style=None):
    mid = str(R.randint(2, 9)) + dg(3)
    last = dg(4)
    style = style or wch([("dash", 12), ("space", 2), ("plain", 2), ("dot", 1), ("intl", 1), ("intl2", 0.6),
                          ("old", 0.6)])
    if style == "dash":
        v = f"010-{mid}-{last}"
    elif style == "space":
        v = f"010 {mid} {last}"
    elif style == "plain":
        v = f"010{mid}{last}"
    elif style == "dot":
        v = f"010.{mid}.{last}"
    elif style == "intl":
        v = f"+82-10-{mid}-{last}"
    elif style == "intl2":
        v = f"+82 10 {mid} {last}"
    else:
        v = f"{ch(['011', '016', '017', '019'])}-{R.randint(200, 999)}-{last}"
    return (v, "PHONE_NUMBER", "mobile_" + style)


HDIG = "공일이삼사오육칠팔구"


def mobile_hangul():
    mid = str(R.randint(2, 9)) + dg(3)
    last = dg(4)
    tr = lambda s: "".join(HDIG[int(c)] for c in s)
    sep = ch([" ", " ", "에 ", "-"])
    if sep == "에 ":
        v = f"공일공 {tr(mid)}에 {tr(last)}"
    else:
        v = f"공일공{sep}{tr(mid)}{sep}{tr(last)}"
    return (v, "PHONE_NUMBER", "mobile_hangul")


AREAS = ["02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055", "061", "062",
         "063", "064"]


def landline(area=None, style=None):
    area = area or ch(AREAS)
    if area == "02":
        mid = str(R.randint(2, 9)) + dg(R.choice([2, 3]))
    else:
        mid = str(R.randint(2, 9)) + dg(R.choice([2, 2, 3]))
    last = dg(4)
    style = style or wch([("dash", 10), ("paren", 1), ("space", 1)])
    if style == "dash":
        v = f"{area}-{mid}-{last}"
    elif style == "paren":
        v = f"({area}) {mid}-{last}"
    else:
        v = f"{area} {mid} {last}"
    return (v, "PHONE_NUMBER", "landline_" + style)


def tel070():
    return (f"070-{R.randint(2, 8)}{dg(3)}-{dg(4)}", "PHONE_NUMBER", "voip_070")


def direct(inst, kind="direct"):
    while True:
        v = f"{inst['tel']}-{R.randint(2, 9)}{dg(3)}"
        if v != inst["sw"]:
            return (v, "PHONE_NUMBER", kind)


def callcenter():
    return f"{ch(['1588', '1577', '1600', '1544', '1644', '1566', '1661', '1899'])}-{dgnz(4)}"


SHORTCODES = [("정부민원안내콜센터", "110"), ("다산콜센터", "120"), ("국세상담센터", "126"),
              ("외국인종합안내센터", "1345"), ("고용노동부 고객상담센터", "1350"), ("국민연금 고객센터", "1355"),
              ("보건복지상담센터", "129"), ("관광통역안내전화", "1330")]


def email(kind=None, company=None):
    kind = kind or wch([("free", 6), ("gov", 3), ("corp", 2), ("univ", 1)])
    g, s = ch(ROM_G), ch(ROM_S)
    pat = R.randint(0, 6)
    if pat == 0:
        u = f"{g}.{s}"
    elif pat == 1:
        u = f"{s}{g}{R.randint(70, 99)}"
    elif pat == 2:
        u = f"{g}_{s}"
    elif pat == 3:
        u = f"{g[0]}{s}{dg(3)}"
    elif pat == 4:
        u = f"{g}{dg(4)}"
    elif pat == 5:
        u = f"{s}.{g}{R.randint(1, 9)}"
    else:
        u = f"{g}-{s}"
    if kind == "free":
        dom = ch(FREE_MAIL)
    elif kind == "gov":
        dom = "korea.kr"
    elif kind == "corp":
        dom = (company or ch(COMPANIES))[1]
    else:
        dom = ch(["hanbit.ac.kr", "garam.ac.kr", "saenuri.ac.kr", "cheongsol.ac.kr"])
    if kind == "gov" and coin(0.5):
        u = f"{g[0]}{s}{dg(2)}" if coin(0.5) else f"{s}{g}"
    return (f"{u}@{dom}", "EMAIL_ADDRESS", "email_" + kind)


DOB_STYLES = [("dot", 8), ("kor", 5), ("iso", 4), ("dot0", 3), ("dot0n", 2), ("yy", 1), ("yymmdd", 1.5),
              ("slash", 0.6), ("dot0s", 0.8), ("kor_ns", 0.6)]


def dob(dt, style=None):
    style = style or wch(DOB_STYLES)
    return (fdate(dt, style), "DATE_OF_BIRTH", "dob_" + style)


RRN_W = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]


def rrn_check(d12):
    s = sum(int(a) * w for a, w in zip(d12, RRN_W))
    return (11 - s % 11) % 10


def frn_check(d12):
    s = sum(int(a) * w for a, w in zip(d12, RRN_W))
    return (13 - s % 11) % 10


def birth(age_lo=19, age_hi=85):
    return rdate(2025 - age_hi, 2025 - age_lo, before=datetime.date(2020, 9, 30))


MASKS = [("*", 10), ("●", 3), ("X", 2), ("x", 1), ("○", 1), ("#", 0.5)]


def rrn(bd=None, kind=None, sex=None, sep="-"):
    kind = kind or wch([("valid", 5), ("masked", 3)])
    if kind == "post2020":
        bd = bd or rdate(2020, 2025, after=datetime.date(2020, 10, 1), before=datetime.date(2025, 6, 30))
    else:
        bd = bd or birth()
    sex = sex if sex is not None else R.randint(0, 1)
    g = (1 if bd.year < 2000 else 3) + sex
    front = f"{bd.year % 100:02d}{bd.month:02d}{bd.day:02d}"
    if kind == "masked":
        mc = wch(MASKS)
        return (f"{front}{sep}{g}{mc * 6}", "KR_RRN", "rrn_masked")
    if kind == "valid":
        assert bd < datetime.date(2020, 10, 1)
        body = front + str(g) + f"{R.randint(0, 95):02d}" + dg(2) + dg(1)
        return (f"{front}{sep}{body[6:]}{rrn_check(body)}", "KR_RRN", "rrn_valid")
    if kind == "post2020":
        assert bd >= datetime.date(2020, 10, 1)
        body = front + str(g) + dg(5)
        good = rrn_check(body)
        bad = ch([x for x in range(10) if x != good])
        return (f"{front}{sep}{body[6:]}{bad}", "KR_RRN", "rrn_post2020")
    raise ValueError(kind)


def frn(bd=None, sex=None):
    bd = bd or birth(20, 65)
    sex = sex if sex is not None else R.randint(0, 1)
    g = (5 if bd.year < 2000 else 7) + sex
    front = f"{bd.year % 100:02d}{bd.month:02d}{bd.day:02d}"
    while True:
        body = front + str(g) + dg(4) + ch("6789")
        if (int(body[7]) * 10 + int(body[8])) % 2 == 0:
            break
    return (f"{front}-{body[6:]}{frn_check(body)}", "KR_FRN", "frn_legacy")


PP_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def passport_kr(kind=None, letter=None):
    kind = kind or wch([("old", 1), ("new", 1.3)])
    L = letter or wch([("M", 8), ("S", 1), ("R", 0.7), ("G", 0.3), ("D", 0.3)])
    if kind == "old":
        v = f"{L}{dg(8)}"
    else:
        v = f"{L}{dg(3)}{ch(PP_LET)}{dg(4)}"
    return (v, "KR_PASSPORT", "passport_kr_" + kind)


def passport_foreign(nat):
    if nat == "베트남":
        v = ch("CBN") + dg(7)
    elif nat == "중국":
        v = ch(["E" + dg(8), "EA" + dg(7), "EJ" + dg(7), "EH" + dg(7)])
    elif nat == "우즈베키스탄":
        v = ch(["FA", "AB", "AC", "FK"]) + dg(7)
    elif nat == "네팔":
        v = ch(["PA", "PB"]) + dg(7)
    elif nat == "필리핀":
        v = "P" + dg(7) + ch("ABC")
    elif nat == "몽골":
        v = "E" + dg(7)
    elif nat == "인도네시아":
        v = ch("CXB") + dg(7)
    elif nat == "미국":
        v = ch("AXZ") + dg(8)
    elif nat == "태국":
        v = ch(["AA", "AB", "AC"]) + dg(7)
    else:
        v = ch(["TK", "TR", "MZ"]) + dg(7)
    return (v, "KR_PASSPORT", "passport_foreign")


DL_REG = [("11", "서울"), ("12", "부산"), ("13", "경기"), ("14", "강원"), ("15", "충북"), ("16", "충남"),
          ("17", "전북"), ("18", "전남"), ("19", "경북"), ("20", "경남"), ("21", "제주"), ("22", "대구"),
          ("23", "인천"), ("24", "광주"), ("25", "대전"), ("26", "울산"), ("28", "경기북부")]


def driver_license(style=None):
    code, rname = ch(DL_REG)
    yy = f"{R.randint(0, 24):02d}" if coin(0.7) else f"{R.randint(88, 99)}"
    ser = dg(6)
    cc = dg(2)
    style = style or wch([("num", 6), ("name", 3), ("name_nosp", 1), ("plain", 2)])
    if style == "num":
        v = f"{code}-{yy}-{ser}-{cc}"
    elif style == "name":
        v = f"{rname} {yy}-{ser}-{cc}"
    elif style == "name_nosp":
        v = f"{rname}{yy}-{ser}-{cc}"
    else:
        v = f"{code}{yy}{ser}{cc}"
    return (v, "KR_DRIVER_LICENSE", "dl_" + style)


PLATE_PRIV = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주"
PLATE_REG = ["서울", "부산", "경기", "인천", "대구", "대전", "광주", "울산", "강원", "충북", "충남", "전북", "전남",
             "경북", "경남", "제주"]


def plate(style=None):
    style = style or wch([("two", 4), ("three", 5), ("region", 2), ("commercial", 1.5), ("nosp", 1.5),
                          ("rental", 0.7)])
    h = ch(PLATE_PRIV)
    if style == "two":
        v = f"{R.randint(11, 69)}{h} {dg(4)}"
    elif style == "three":
        v = f"{R.randint(100, 399)}{h} {dg(4)}"
    elif style == "region":
        v = f"{ch(PLATE_REG)} {R.randint(11, 69)}{h} {dg(4)}"
    elif style == "commercial":
        v = f"{ch(PLATE_REG)} {R.randint(70, 79)}{ch('바사아자')} {dgnz(4)}"
    elif style == "nosp":
        v = f"{R.randint(11, 399)}{h}{dg(4)}"
    else:
        v = f"{R.randint(11, 69)}{ch('하허호')} {dg(4)}"
    return (v, "KR_VEHICLE_PLATE", "plate_" + style)


def health_ins():
    return (f"{R.randint(1, 9)}{dg(10)}", "KR_HEALTH_INSURANCE", "hi_11")


def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        x = int(c)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + dg(length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card(kind=None, style=None):
    kind = kind or wch([("visa", 4), ("master", 3), ("bc", 2), ("jcb", 1), ("amex", 1), ("local", 1)])
    if kind == "visa":
        num = luhn_complete("4" + dg(1), 16)
    elif kind == "master":
        num = luhn_complete("5" + str(R.randint(1, 5)), 16)
    elif kind == "bc":
        num = luhn_complete("94" + str(R.randint(10, 99)), 16)
    elif kind == "jcb":
        num = luhn_complete("35" + str(R.randint(28, 89)), 16)
    elif kind == "amex":
        num = luhn_complete(ch(["34", "37"]), 15)
    else:
        num = luhn_complete(ch(["9490", "9410", "6250"]), 16)
    style = style or wch([("dash", 6), ("space", 2), ("plain", 1), ("masked", 3)])
    if kind == "amex":
        if style == "masked":
            style = "dash"
        g = [num[:4], num[4:10], num[10:]]
        v = {"dash": "-".join(g), "space": " ".join(g), "plain": num}[style]
        return (v, "CREDIT_CARD", f"card_{kind}_{style}")
    g = [num[i:i + 4] for i in range(0, 16, 4)]
    if style == "masked":
        mc = wch([("*", 5), ("X", 1), ("●", 1)])
        mstyle = R.randint(0, 2)
        if mstyle == 0:
            v = f"{g[0]}-{g[1][:2]}{mc * 2}-{mc * 4}-{g[3]}"
        elif mstyle == 1:
            v = f"{g[0]}-{g[1]}-{mc * 4}-{g[3]}"
        else:
            v = f"{g[0]} {g[1][:2]}{mc * 2} {mc * 4} {g[3]}"
        return (v, "CREDIT_CARD", f"card_{kind}_masked")
    v = {"dash": "-".join(g), "space": " ".join(g), "plain": num}[style]
    return (v, "CREDIT_CARD", f"card_{kind}_{style}")


BANKS = [  # name, groups, fixed prefix
    ("KB국민은행", [6, 2, 6], ""), ("국민은행", [6, 2, 6], ""), ("신한은행", [3, 3, 6], "110"),
    ("신한은행", [3, 3, 6], "140"), ("우리은행", [4, 3, 6], "1002"), ("하나은행", [3, 6, 5], ""),
    ("NH농협은행", [3, 4, 4, 2], "3"), ("농협", [3, 4, 4, 2], "35"), ("IBK기업은행", [3, 6, 2, 3], "0"),
    ("새마을금고", [4, 4, 4, 1], "9"), ("우체국", [6, 2, 6], "0"), ("카카오뱅크", [4, 2, 7], "3333"),
    ("토스뱅크", [4, 4, 4], "1000"), ("케이뱅크", [3, 3, 6], "100"), ("SC제일은행", [3, 2, 6], ""),
    ("부산은행", [3, 4, 4, 2], "1"), ("iM뱅크", [3, 2, 6, 1], "5"), ("수협은행", [3, 2, 6], "1"),
    ("신협", [3, 3, 6], "13"), ("경남은행", [3, 2, 7], "2"), ("광주은행", [3, 3, 6], "0"),
    ("전북은행", [3, 2, 7], "5"),
]


def account(style=None, bank=None):
    b = bank or ch(BANKS)
    name, groups, pre = b
    total = sum(groups)
    digits = pre + dg(total - len(pre))
    if digits[0] == "0" and not pre:
        digits = "1" + digits[1:]
    parts = []
    i = 0
    for gl in groups:
        parts.append(digits[i:i + gl])
        i += gl
    style = style or wch([("dash", 8), ("plain", 2), ("masked", 1.2)])
    if style == "dash":
        v = "-".join(parts)
    elif style == "plain":
        v = digits
    else:
        k = max(range(1, len(parts)), key=lambda x: len(parts[x]))
        mc = wch([("*", 4), ("X", 1)])
        p = parts[k]
        cut = (len(p) + 1) // 2
        if coin(0.5):
            parts[k] = mc * cut + p[cut:]
        else:
            parts[k] = p[:len(p) - cut] + mc * cut
        v = "-".join(parts)
    return name, (v, "KR_BANK_ACCOUNT", "acct_" + style)


def brn(kind="private"):
    while True:
        mid = f"{R.randint(10, 79):02d}" if kind == "private" else ch(["81", "86", "87", "88"])
        d9 = f"{R.randint(101, 899)}{mid}{dg(4)}"
        s = sum(int(a) * w for a, w in zip(d9, [1, 3, 7, 1, 3, 7, 1, 3, 5])) + (int(d9[8]) * 5) // 10
        c = (10 - s % 10) % 10
        v = f"{d9[:3]}-{d9[3:5]}-{d9[5:]}{c}"
        return (v if coin(0.9) else v.replace("-", ""), "KR_BRN", "brn_" + kind)


def crn_check(d12):
    s = sum(int(a) * w for a, w in zip(d12, [1, 2] * 6))
    return (10 - s % 10) % 10


def crn(kind="11"):
    office = ch(["1101", "1311", "1345", "1201", "1601", "1701", "1801", "2001", "1444", "1358", "2849", "1611"])
    d12 = office + kind + dg(6)
    return (f"{d12[:6]}-{d12[6:]}{crn_check(d12)}", "KR_CRN", "crn_" + kind)


def ipv4(kind=None):
    kind = kind or wch([("public", 6), ("private", 3)])
    if kind == "public":
        while True:
            a = R.randint(1, 223)
            if a not in (10, 100, 127, 169, 172, 192, 198):
                break
        v = f"{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    else:
        t = R.randint(0, 2)
        if t == 0:
            v = f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
        elif t == 1:
            v = f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
        else:
            v = f"192.168.{R.randint(0, 255)}.{R.randint(1, 254)}"
    return (v, "IP_ADDRESS", "ipv4_" + kind)


def ipv6():
    groups = [ch(["2001", "2404", "2406", "240e", "2600", "2a02"])] + [f"{R.randint(0, 0xffff):x}" for _ in range(7)]
    if coin(0.6):
        i = R.randint(2, 5)
        v = ":".join(groups[:i]) + "::" + ":".join(groups[i + 2:])
    else:
        v = ":".join(groups)
    return (v, "IP_ADDRESS", "ipv6")


# =============================================================================
# hard-negative generators (values are emitted with Doc.n)
# =============================================================================
STATUTES = [
    "「개인정보 보호법」 제17조제1항", "「개인정보 보호법」 제23조", "「개인정보 보호법」 제24조의2",
    "「공공기관의 정보공개에 관한 법률」 제9조제1항제6호", "「주민등록법」 제29조제2항",
    "「출입국관리법」 제31조", "「출입국관리법」 제33조의3", "「여권법」 제9조", "「도로교통법」 제32조",
    "「도로교통법」 제80조", "「국민기초생활 보장법」 제21조", "「국민건강보험법」 제57조",
    "「지방세기본법」 제60조", "「국세기본법」 제51조", "「행정업무의 운영 및 혁신에 관한 규정」 제13조",
    "「민원 처리에 관한 법률」 제27조", "「주차장법」 제29조", "「질서위반행위규제법」 제24조",
    "「보조금 관리에 관한 법률」 제33조", "「지방자치단체를 당사자로 하는 계약에 관한 법률」 제14조",
    "같은 법 시행령 제19조제1항", "같은 법 시행규칙 제6조", "「외국인근로자의 고용 등에 관한 법률」 제25조",
    "「아동수당법」 제9조", "「기초연금법」 제10조", "「자동차관리법」 제12조", "「재난적의료비 지원에 관한 법률」 제10조",
]


def statute():
    return ch(STATUTES)


def docno(dept):
    return f"{dept}-{R.randint(120, 29999)}"


def receipt_no():
    return f"{R.randint(1, 9)}{ch(['AA', 'AB', 'BA', 'CA'])}-{R.randint(22, 25)}{R.randint(1, 12):02d}-{dg(7)}"


def mgmt_no():  # phone-shaped management number
    return f"0{R.randint(21, 64)}-{R.randint(2019, 2025)}-{dg(4)}"


CASE_KINDS = ["구합", "구단", "누", "두", "고단", "고합", "가단", "가합", "노", "도", "고약", "나", "카단"]


def case_no():
    return f"{R.randint(2019, 2025)}{ch(CASE_KINDS)}{R.randint(100, 99999)}"


def amount(lo=10000, hi=90000000):
    v = R.randint(lo, hi)
    v = v - v % 10
    return f"{v:,}원"


def version():
    return ch([f"{R.randint(6, 12)}.{R.randint(0, 9)}.{R.randint(10000, 29999)}.{R.randint(100, 9999)}",
               f"v{R.randint(1, 5)}.{R.randint(0, 19)}.{R.randint(0, 40)}",
               f"{R.randint(1, 4)}.{R.randint(0, 12)}.{R.randint(0, 9)}.{R.randint(1, 300)}"])


def user_id():
    return ch([f"u{dg(5)}", f"adm{dg(3)}", f"{ch(ROM_G)[:3]}{ch(ROM_S)}{dg(2)}", f"emp{dg(6)}", f"svc_{ch(['batch', 'sync', 'api'])}"])


def tender_no():
    return f"{R.randint(2022, 2025)}{R.randint(1, 12):02d}{dg(5)}-{ch(['00', '01'])}"


# =============================================================================
# Document builder
# =============================================================================
HYPHENS = ["‐", "‑", "–", "−", "－"]
FW_TABLE = str.maketrans("0123456789-", "０１２３４５６７８９－")
NUMERIC = {"PHONE_NUMBER", "KR_RRN", "KR_FRN", "KR_BANK_ACCOUNT", "CREDIT_CARD", "KR_DRIVER_LICENSE",
           "KR_BRN", "KR_CRN", "KR_HEALTH_INSURANCE", "DATE_OF_BIRTH", "IP_ADDRESS"}


def ocr_plain(s):
    out = []
    for c in s:
        r = R.random()
        if c == " " and r < 0.035:
            out.append("  ")
        elif c == " " and r < 0.055:
            out.append("\n")
        elif c == "·" and r < 0.5:
            out.append(".")
        elif c.isdigit() and c.isascii() and r < 0.04:
            out.append(c.translate(FW_TABLE))
        elif c == "-" and r < 0.08:
            out.append(ch(HYPHENS))
        elif c == "." and r < 0.03:
            out.append(",")
        else:
            out.append(c)
    return "".join(out)


def _interior_positions(v, pred):
    return [i for i in range(1, len(v)) if pred(v, i)]


def ocr_value(v, typ, kind):
    """Return (noisy value, noise tag).  Never adds whitespace at the edges."""
    if typ == "PERSON":
        if re.fullmatch(r"[가-힣]{2,4}", v):
            return " ".join(v), "spaced_name"
        return v, None
    if typ == "KR_ADDRESS":
        sp = [i for i, c in enumerate(v) if c == " " and 0 < i < len(v) - 1]
        r = R.random()
        if r < 0.5 and sp:
            i = ch(sp)
            return v[:i] + "\n" + v[i + 1:], "wrapped"
        if r < 0.8:
            return v.translate(FW_TABLE), "fullwidth_digits"
        return v, None
    if typ == "EMAIL_ADDRESS":
        if coin(0.5):
            return v.replace("@", " @ "), "space_around_at"
        return v, None
    if typ in ("KR_PASSPORT", "KR_VEHICLE_PLATE"):
        if coin(0.5):
            return v.translate(FW_TABLE), "fullwidth_digits"
        if typ == "KR_PASSPORT" and len(v) > 5:
            i = R.randint(3, len(v) - 2)
            return v[:i] + " " + v[i:], "space_in_number"
        return v, None
    if typ not in NUMERIC or kind == "mobile_hangul":
        return v, None
    ops = ["fullwidth", "space_in_number"]
    if "-" in v:
        ops += ["unicode_hyphen", "unicode_hyphen", "newline_in_number"]
    digs = [i for i, c in enumerate(v) if c.isdigit()]
    if any(v[i] == "0" for i in digs):
        ops.append("O_for_0")
    if any(v[i] == "1" for i in digs):
        ops.append("l_for_1")
    op = ch(ops)
    if op == "fullwidth":
        return v.translate(FW_TABLE), "fullwidth_digits"
    if op == "unicode_hyphen":
        h = ch(HYPHENS)
        return v.replace("-", h), "unicode_hyphen"
    if op == "newline_in_number":
        hs = [i for i, c in enumerate(v) if c == "-"]
        i = ch(hs)
        return v[:i + 1] + "\n" + v[i + 1:], "newline_in_number"
    if op == "space_in_number":
        if "-" in v and coin(0.6):
            return v.replace("-", " - " if coin(0.3) else "- ", 1), "space_in_number"
        pos = [i for i in range(1, len(v)) if v[i - 1].isdigit() and v[i].isdigit()]
        if not pos:
            return v, None
        i = ch(pos)
        return v[:i] + " " + v[i:], "space_in_number"
    if op == "O_for_0":
        zs = [i for i in digs if v[i] == "0"]
        i = ch(zs)
        return v[:i] + ch("OO" + "o") + v[i + 1:], "O_for_0"
    if op == "l_for_1":
        os_ = [i for i in digs if v[i] == "1"]
        i = ch(os_)
        return v[:i] + ch("lI") + v[i + 1:], "l_for_1"
    return v, None


class Doc:
    def __init__(self, genre, ocr=False, nopii=False):
        self.genre = genre
        self.ocr = ocr
        self.nopii = nopii
        self.buf = []
        self.pos = 0
        self.spans = []
        self.negs = []
        self.names = []
        self.variant = None

    # plain text
    def t(self, s):
        if self.ocr:
            s = ocr_plain(s)
        self.buf.append(s)
        self.pos += len(s)
        return self

    # PII span
    def s(self, item, noise=True):
        v, typ, kind = item
        if self.nopii:
            raise AssertionError(f"span in no-PII record: {typ} {kind} ({self.genre}/{self.variant})")
        tag = None
        if self.ocr and noise and R.random() < (0.25 if typ == "PERSON" else 0.5):
            v, tag = ocr_value(v, typ, kind)
        st = self.pos
        self.buf.append(v)
        self.pos += len(v)
        self.spans.append(dict(start=st, end=self.pos, type=typ, kind=kind, noise=tag, clean=item[0]))
        return self

    # tagged hard negative
    def n(self, s, cat):
        st = self.pos
        self.buf.append(s)
        self.pos += len(s)
        self.negs.append(dict(start=st, end=self.pos, cat=cat))
        return self

    def cell(self, c):
        if isinstance(c, tuple):
            return self.s(c)
        if isinstance(c, list):      # [text, cat] negative
            return self.n(c[0], c[1])
        return self.t(c)

    def addr(self, a, inst=False):
        zp, val, ref, k = a
        if zp:
            self.t(zp)
        if inst:
            self.n(val, "inst_address")
        else:
            self.s((val, "KR_ADDRESS", k))
        if ref:
            self.t(ref)
        return self

    # distinct names inside a record
    def kn(self):
        for _ in range(200):
            n, k = kname()
            if all(n not in o and o not in n for o in self.names):
                self.names.append(n)
                return (n, "PERSON", k)
        raise Retry("names")

    def fn(self, nat=None):
        for _ in range(200):
            lat, han, nat2 = fname(nat)
            if all(lat not in o and o not in lat and han not in o and o not in han for o in self.names):
                self.names += [lat, han]
                return (lat, "PERSON", "foreign_latin"), (han, "PERSON", "foreign_hangul"), nat2
        raise Retry("fnames")

    def text(self):
        return "".join(self.buf)


def josa(item, pair):
    """Korean particle choice after a name: pair like '은는', '이가', '을를', '과와'."""
    c = item[0][-1]
    if "가" <= c <= "힣":
        return pair[0] if (ord(c) - 0xAC00) % 28 else pair[1]
    return pair[0] + "(" + pair[1] + ")"


def official_title():
    return wch([("주무관", 8), ("사무관", 2), ("팀장", 2), ("실무관", 1), ("서기관", 0.6), ("연구사", 0.4),
                ("조사관", 0.4)])


LOCAL = ["마포구", "수원시", "해운대구", "청주시", "순천시", "구미시", "서귀포시"]


def inst_pick(kinds=None):
    if kinds:
        cands = [i for i in INSTS if any(k in i["name"] for k in kinds)]
        return ch(cands)
    return ch(INSTS)


def addr_item(**kw):
    a = address(**kw)
    return (a[1], "KR_ADDRESS", a[3])


def inst_deputy(I):
    n = I["name"]
    if n.endswith("부"):
        return "차관"
    if n.endswith("구"):
        return I["short"] + " 부구청장"
    if n.endswith("시"):
        return I["short"] + " 부시장"
    return f"{I['short']} {ch(I['depts'])}장"


def company_pick(kind=None):
    c = [x for x in COMPANIES if kind is None or x[2] == kind]
    return ch(c)


# =============================================================================
# shared document fragments
# =============================================================================
RANKS = ["행정5급", "행정6급", "행정7급", "전산7급", "시설6급", "행정8급", "사회복지6급", "보건7급", "세무7급"]
HEAD_TITLES = ["과장", "팀장", "국장", "담당관"]


def signoff_block(b, I, dept, nopii):
    """결재란 + 협조자 + 시행/접수 + footer of a 공문."""
    if not nopii:
        a, c, e = b.kn(), b.kn(), b.kn()
        style = R.randint(0, 3)
        ap = f"{R.randint(1, 12):02d}/{R.randint(1, 28):02d}"
        if style == 0:
            b.t(f"\n★{ch(['주무관', '주무관', '실무관', '사무관', '연구사'])} ").s(a).t("    팀장 ").s(c).t(f"    과장 전결 {ap} ").s(e).t("\n")
        elif style == 1:
            b.t("\n기안자 주무관 ").s(a).t("   검토자 팀장 ").s(c).t("   결재권자 과장 ").s(e).t(f"(전결 {ap})\n")
        elif style == 2:
            b.t("\n주무관 ").s(a).t(" → 팀장 ").s(c).t(" → ").t(ch(["과장", "국장"])).t(" ").s(e).t("\n")
        else:
            b.t(f"\n{ch(['주무관', '주무관', '실무관', '사무관'])}\t").s(a).t("\t팀장\t").s(c).t(f"\t과장\t{ap}\t").s(e).t("\n")
        if coin(0.35):
            od = ch([x for x in I["depts"] if x != dept] or I["depts"])
            b.t(f"협조자  {od}장 ").s(b.kn()).t("\n")
        b.t("시행  ").n(docno(dept), "doc_no").t(f" ({doc_date(style='dot')})  접수\n")
        b.t("우 ").n(I["zip"], "postal_code").t("  ").n(I["addr"], "inst_address").t(f" / {I['web']}\n")
        fs = R.randint(0, 2)
        if fs == 0:
            b.t("전화번호 ").s(direct(I)).t("  팩스번호 ").s(direct(I, "fax")).t("  / ").s(email("gov"))
        elif fs == 1:
            b.t("전화 ").s(direct(I)).t("  전송 ").s(direct(I, "fax")).t(" / ").s(email("gov"))
        else:
            b.t("☎ ").s(direct(I)).t(" / FAX ").s(direct(I, "fax")).t(" / ").s(email("gov"))
        b.t(ch(["  / 대국민 공개", "  / 부분공개(6)", " / 공개"]))
    else:
        b.t("\n시행  ").n(docno(dept), "doc_no").t(f" ({doc_date(style='dot')})\n")
        b.t("우 ").n(I["zip"], "postal_code").t("  ").n(I["addr"], "inst_address").t(f" / {I['web']}\n")
        b.t("전화 (대표) ").n(I["sw"], "switchboard").t(" / 대국민 공개")


def table(b, header, rows, sep=" | ", indent="", pad=False, csv=False):
    """Flatten a table.  Cells are str (plain), tuple (PII item) or [str, cat] (negative)."""
    def cstr(c):
        return c[0] if isinstance(c, (tuple, list)) else c
    widths = None
    allrows = ([header] if header else []) + rows
    if pad:
        widths = [max(len(cstr(r[i])) for r in allrows) + 2 for i in range(len(allrows[0]))]
    for r in allrows:
        b.t(indent)
        for i, c in enumerate(r):
            if csv and isinstance(c, tuple) and ("," in c[0]):
                b.t('"').cell(c).t('"')
            elif csv and isinstance(c, str) and "," in c:
                b.t('"' + c + '"')
            else:
                b.cell(c)
            if i < len(r) - 1:
                if pad:
                    b.t(" " * max(1, widths[i] - len(cstr(c))))
                else:
                    b.t(sep)
        b.t("\n")


# =============================================================================
# genre: 공문
# =============================================================================
def g_gongmun(b):
    if b.nopii:
        v = b.variant = ch(["law", "survey", "event"])
    else:
        v = b.variant = wch([("passport", 3), ("committee", 2), ("arrears", 2), ("subsidy", 2.5), ("transfer", 2),
                             ("resident", 2), ("personnel", 1.5), ("vehicle", 2)])
    I = inst_pick(LOCAL if v in ("arrears", "subsidy", "resident", "vehicle") else None)
    dept = ch(I["depts"])
    b.t(f"{I['name']}\n\n")
    other = ch([x for x in INSTS if x is not I])
    rs = R.randint(0, 2)
    co = company_pick()
    if v == "subsidy":
        b.t("수신  ").n(co[0], "company").t(" 대표\n")
    elif rs == 0:
        b.t("수신  수신자 참조\n")
    elif rs == 1:
        b.t("수신  ").n(f"{other['head']}({ch(other['depts'])}장)", "office_title").t("\n")
    else:
        b.t("수신  내부결재\n")
    b.t("(경유)\n")
    if b.nopii:
        if v == "law":
            b.t("제목  개인정보 처리방침 정비 및 접속기록 점검 요청\n\n")
            b.t("1. 관련: ").n(statute(), "statute").t(", ").n(statute(), "statute").t("\n")
            b.t("2. 위 법령 개정에 따라 각 부서에서 운영 중인 개인정보파일의 처리방침을 정비하고, 개인정보처리시스템 접속기록을 "
                "월 1회 이상 점검하여 주시기 바랍니다.\n")
            b.t("  가. 점검 기간: ").t("%s ~ %s\n" % drange())
            b.t("  나. 점검 대상: 소관 개인정보파일 전체(관리번호 ").n(mgmt_no(), "mgmt_no").t(" 외)\n")
            b.t("  다. 제출 기한: 점검 종료 후 7일 이내\n")
            b.t("3. 아울러 민원인이 개인정보 열람을 요구하는 경우 ").n("정부민원안내콜센터(☎110)", "shortcode")
            b.t("로 안내하지 말고 소관 부서에서 직접 처리하여 주시기 바랍니다.\n\n")
            b.t("붙임  1. 개인정보 처리방침 작성 예시(성명: ").n("홍길동", "placeholder").t(") 1부.\n")
            b.t("      2. 점검표 서식 1부.  끝.\n")
        elif v == "survey":
            b.t(f"제목  {R.randint(2023, 2025)}년 {ch(['주거급여', '장애인 편의시설', '공공데이터 개방', '옥외광고물'])} 실태조사 협조 요청\n\n")
            b.t("1. 귀 기관의 무궁한 발전을 기원합니다.\n")
            b.t("2. ").n(statute(), "statute").t("에 따라 실태조사를 실시하오니, 붙임 조사표를 작성하여 ")
            b.t(f"{doc_date()}까지 제출하여 주시기 바랍니다.\n")
            b.t("  가. 조사 대상: 시·군·구 담당부서(관리번호 ").n(mgmt_no(), "mgmt_no").t(")\n")
            b.t("  나. 조사 예산: ").n(amount(), "amount").t("\n")
            b.t("  다. 나라장터 공고번호: ").n(tender_no(), "tender_no").t("\n")
            b.t("3. 조사 관련 문의는 조사 수행기관 콜센터(").n(callcenter(), "callcenter").t(")로 하여 주시기 바랍니다.\n\n")
            b.t("붙임  실태조사표 1부.  끝.\n")
        else:
            b.t("제목  청사 시설 점검에 따른 민원실 임시 운영 안내\n\n")
            b.t(f"1. 청사 전기설비 정기 점검({doc_date()} 09:00~18:00)으로 종합민원실을 임시 이전하여 운영합니다.\n")
            b.t("2. 임시 민원실 위치: 청사 별관 1층(").n(I["addr"], "inst_address").t(")\n")
            b.t("3. 점검 시간 중 민원 전화는 대표전화(").n(I["sw"], "switchboard").t(")로 연결됩니다.\n")
            b.t(f"4. 관련 문서: ").n(docno(ch(I['depts'])), "doc_no").t(f"({doc_date()})  끝.\n")
        b.t(f"\n{I['head']}\n")
        signoff_block(b, I, dept, True)
        return
    if v == "passport":
        b.t(ch(["제목  공무국외출장 관용여권 발급 협조 요청\n\n", "제목  국외연수 참가자 명단 통보\n\n"]))
        b.t("1. 관련: ").n(docno(dept), "doc_no").t(f"({doc_date()})\n")
        country = ch(["베트남 하노이", "독일 베를린", "일본 오사카", "미국 시애틀", "덴마크 코펜하겐", "싱가포르"])
        d0 = rdate(2023, 2025)
        b.t(f"2. 위 호와 관련하여 {country} 공무국외출장을 실시하고자 하오니 관용여권 발급에 협조하여 주시기 바랍니다.\n")
        b.t(f"  가. 출장 기간: {fdate(d0, 'dot')} ~ {fdate(d0 + datetime.timedelta(days=R.randint(3, 9)), 'dot')}\n")
        b.t("  나. 출장자\n")
        rows = []
        for i in range(R.randint(2, 4)):
            rows.append([str(i + 1), dept, ch(RANKS), b.kn(), dob(birth(26, 60), ch(["dot", "iso", "dot0"])),
                         passport_kr(letter=wch([("S", 3), ("M", 2)]))])
        table(b, ["연번", "소속", "직급", "성명", "생년월일", "여권번호"] if coin(0.8) else None, rows,
              sep=ch([" | ", "\t", " / "]), indent="    ")
        b.t("\n붙임  1. 공무국외출장 계획서 1부.\n      2. 여권 사본 각 1부.  끝.\n")
    elif v == "committee":
        com = ch(["정보공개심의회", "지방보조금심의위원회", "개인정보 보호 위원회", "민원조정위원회", "도시계획위원회"])
        b.t(f"제목  {com} 위원 위촉 및 회의 수당 지급 알림\n\n")
        b.t("1. 관련: ").n(statute(), "statute").t("\n")
        b.t(f"2. {com} 위원을 아래와 같이 위촉하고 회의 참석 수당을 지급하고자 합니다.\n")
        b.t("  가. 위촉 기간: 2년(위촉일부터)\n  나. 위촉 위원\n")
        for _ in range(R.randint(2, 3)):
            nm = b.kn()
            role = ch([f"{ch(UNIVS)} 교수", "변호사", "세무사", "시민단체 활동가", "공인회계사"])
            st = R.randint(0, 2)
            if st == 0:
                bank, acc = account()
                b.t("     - ").s(nm).t(f"({role}) / 연락처 ").s(mobile()).t(f" / {bank} ").s(acc).t("\n")
            elif st == 1:
                b.t("     ○ ").s(nm).t(f" 위원({role}): 주소 ").addr(address()).t(", 전화 ").s(mobile()).t("\n")
            else:
                b.t("     - ").s(nm).t(f" {role}, 전자우편 ").s(email()).t("\n")
        b.t("  다. 수당: 1인당 ").n(amount(100000, 400000), "amount").t("(소득세 등 원천징수 후 지급)\n\n붙임  위촉 동의서 각 1부.  끝.\n")
    elif v == "arrears":
        b.t("제목  체납자 금융재산 조회 협조 요청\n\n")
        b.t("1. 「지방세징수법」 제36조에 따라 아래 체납자의 금융재산 조회를 요청하오니 협조하여 주시기 바랍니다.\n")
        bd = birth(30, 75)
        nm = b.kn()
        b.t("  가. 체납자: ").s(nm).t(" (").s(rrn(bd, kind=wch([("valid", 3), ("masked", 1)]))).t(")\n")
        b.t("  나. 주소: ").addr(address()).t("\n")
        b.t("  다. 체납액: ").n(amount(), "amount").t(f"({R.randint(2019, 2024)}년 자동차세 외 {R.randint(1, 6)}건)\n")
        if coin(0.6):
            b.t("  라. 소유 차량: ").s(plate()).t("\n")
        b.t("2. 조회 결과는 보안이 유지되도록 회신하여 주시기 바랍니다.  끝.\n")
    elif v == "subsidy":
        b.t(f"제목  {R.randint(2023, 2025)}년 {ch(['중소기업 스마트공장', '친환경 설비 전환', '소상공인 경영환경 개선', '지역특화 공예'])} 보조금 교부 결정 통지\n\n")
        b.t("1. 귀사에서 신청한 보조사업에 대하여 ").n(statute(), "statute").t("에 따라 보조금 교부를 다음과 같이 결정하였음을 알려드립니다.\n")
        rep = b.kn()
        b.t("  가. 보조사업자: ").n(co[0], "company").t(" (대표자 ").s(rep).t(")\n")
        b.t("  나. 사업자등록번호: ").s(brn("corp" if co[2] == "corp" else "private"))
        if co[2] == "corp":
            b.t("   법인등록번호: ").s(crn())
        b.t("\n  다. 소재지: ").addr(address()).t("\n")
        b.t("  라. 교부액: ").n(amount(3000000, 90000000), "amount").t("\n")
        bank, acc = account()
        b.t(f"  마. 지급 계좌: {bank} ").s(acc).t(" (예금주: ")
        if co[2] == "corp":
            b.n(co[0], "company")
        else:
            b.s(rep)
        b.t(")\n2. 보조금은 교부 목적 외의 용도로 사용할 수 없습니다.  끝.\n")
    elif v == "transfer":
        b.t("제목  민원 이송(소관 기관 변경)\n\n")
        b.t("1. 우리 기관에 접수된 민원(접수번호 ").n(receipt_no(), "receipt_no").t(")이 귀 기관 소관 사항으로 판단되어 ")
        b.t("「민원 처리에 관한 법률」 제16조에 따라 이송합니다.\n2. 민원인 인적사항\n")
        b.t("  가. 성명: ").s(b.kn()).t("\n  나. 연락처: ").s(mobile()).t("\n")
        if coin(0.7):
            b.t("  다. 전자우편: ").s(email("free")).t("\n")
        b.t("  라. 주소: ").addr(address()).t("\n")
        b.t(f"3. 민원 요지: {ch(['인근 공사장 소음 및 분진 피해', '버스정류장 이전 요청', '공원 내 가로등 고장', '불법 현수막 철거 요청'])}\n\n")
        b.t("붙임  민원신청서 사본 1부.  끝.\n")
    elif v == "resident":
        b.t("제목  거주불명 등록자 사실조사 결과 통보\n\n")
        b.t("1. 관련: ").n(statute(), "statute").t("\n2. 거주불명 등록자에 대한 사실조사 결과를 아래와 같이 통보합니다.\n")
        rows = []
        for _ in range(R.randint(2, 4)):
            bd = birth(20, 85)
            rows.append([b.kn(), rrn(bd, kind=wch([("valid", 2), ("masked", 2)])), addr_item(),
                         ch(["거주 확인", "무단 전출", "행방 불명", "재등록 안내"])])
        table(b, ["성명", "주민등록번호", "최종 주소", "조사 결과"], rows, sep=ch([" | ", "\t"]), indent="   ")
        b.t("\n붙임  사실조사 결과표 1부.  끝.\n")
    elif v == "personnel":
        b.t("제목  인사발령 통보\n\n")
        b.t(f"1. {doc_date()}자 인사발령 사항을 아래와 같이 통보합니다.\n")
        for _ in range(R.randint(2, 5)):
            nm = b.kn()
            st = R.randint(0, 2)
            if st == 0:
                b.t(f"  - {ch(RANKS)} ").s(nm).t(f" : {ch(I['depts'])} 근무를 명함\n")
            elif st == 1:
                b.t("  - ").s(nm).t(f"({ch(RANKS)}) : {ch(I['depts'])}장 직무대리를 명함\n")
            else:
                b.t(f"  - {ch(I['depts'])} ").s(nm).t(f" {official_title()} : 육아휴직을 명함(기간 1년)\n")
        b.t("2. 관련 서류는 인사기록카드에 반영하여 주시기 바랍니다.  끝.\n")
    else:
        b.t("제목  무인단속 위반 차량 운전자 확인 결과 통보\n\n")
        b.t("1. 관련: ").n(docno(dept), "doc_no").t(f"({doc_date()})\n2. 위 호로 요청한 위반 차량의 실제 운전자를 확인한 결과를 통보합니다.\n")
        for _ in range(R.randint(1, 2)):
            b.t("  가. 차량번호: ").s(plate()).t("\n  나. 운전자: ").s(b.kn()).t("\n  다. 운전면허번호: ").s(driver_license()).t("\n")
            if coin(0.5):
                b.t("  라. 연락처: ").s(mobile()).t("\n")
        b.t("3. 과태료는 운전자에게 부과하여 주시기 바랍니다.  끝.\n")
    b.t(f"\n{I['head']}\n")
    signoff_block(b, I, dept, False)


# =============================================================================
# genre: 민원회신
# =============================================================================
def g_minwon(b):
    if b.nopii:
        v = b.variant = ch(["anon", "faq"])
        I = inst_pick()
    else:
        v = b.variant = wch([("parking", 2.5), ("refund", 2), ("noise", 1.5), ("disclosure", 1.5), ("dl", 2), ("card", 2.5),
                             ("call", 2), ("foreign", 2), ("water", 1)])
        I = inst_pick({"dl": ["경찰서"], "foreign": ["출입국"], "disclosure": None}.get(v, LOCAL))
    dept = ch(I["depts"])
    b.t(f"{I['name']}\n")
    b.t(ch(["민원 처리 결과 통지\n\n", "민원회신\n\n", "[국민신문고] 민원 답변\n\n"]))
    if b.nopii:
        b.t("수신: ").n(ch(["김○○", "박**", "이○○", "정 모"]), "masked_person").t(" 님\n")
        b.t("접수번호: ").n(receipt_no(), "receipt_no").t(f"  접수일: {doc_date()}\n")
        if v == "anon":
            b.t(f"제목: {ch(['공영주차장 요금 체계 문의', '재활용품 수거 요일 변경 문의', '주민등록 등본 인터넷 발급 문의'])}\n\n")
            b.t("1. 평소 시정에 관심을 가져 주셔서 감사드립니다.\n")
            b.t("2. 귀하의 민원은 ").n(statute(), "statute").t("에 따라 처리되며, 관련 기준은 우리 기관 누리집에 공개되어 있습니다.\n")
            b.t("3. 답변서 원본은 등기우편(등기번호 ").n(f"{R.randint(1, 9)}{dg(12)}", "registered_mail_no").t(")으로 발송하였습니다.\n")
            b.t("4. 추가 문의는 ").n("정부민원안내콜센터(국번 없이 110)", "shortcode").t(" 또는 대표전화 ").n(I["sw"], "switchboard").t("로 하여 주시기 바랍니다.\n")
        else:
            b.t("제목: 자주 묻는 질문에 대한 일괄 답변\n\n")
            b.t("○ 질문: 신청서에 주민등록번호를 어떻게 적어야 하나요?\n")
            b.t("  답변: 예시와 같이 ").n("000000-0000000", "placeholder").t(" 형식으로 적되, 뒷자리는 본인 확인 후 파기합니다. 작성 예시의 성명(")
            b.n("홍길동", "placeholder").t(")은 실제 인물이 아닙니다.\n")
            b.t("○ 질문: 수수료는 얼마인가요?\n  답변: 1통당 ").n(amount(300, 2000), "amount").t("입니다(").n(statute(), "statute").t(").\n")
            b.t("○ 상담: ").n(ch(SHORTCODES)[1], "shortcode").t(" / ").n(callcenter(), "callcenter").t("\n")
        b.t(f"\n{I['head']}")
        return
    nm = b.kn()
    if v == "foreign":
        lat, han, nat = b.fn()
        nm = lat if coin(0.5) else han
    hs = R.randint(0, 2)
    if hs == 0:
        b.t("수신: ").s(nm).t(" 님\n")
    elif hs == 1:
        b.s(nm).t(" 귀하\n")
    else:
        b.t("민원인: ").s(nm).t("  (").s(mobile()).t(")\n")
    b.t("접수번호: ").n(receipt_no(), "receipt_no").t(f"   접수일: {doc_date()}\n\n")
    b.t("1. 평소 우리 기관 행정에 관심을 가져 주셔서 감사드립니다.\n")
    b.t("2. 귀하께서 제출하신 민원에 대한 검토 결과를 다음과 같이 알려드립니다.\n")
    if v == "parking":
        b.t("  가. 민원 요지: 귀하 소유 차량(").s(plate()).t(f")에 대한 주정차 위반 과태료 부과 취소 요청\n")
        b.t(f"  나. 검토 결과: 단속 당시({doc_date()} {R.randint(7, 21)}:{R.randint(0, 59):02d}) 촬영 사진을 확인한 결과 "
            "정차 시간이 5분을 초과하여 의견진술을 수용하기 어렵습니다.\n")
        b.t("  다. 고지번호: ").n(f"{R.randint(10, 99)}-{R.randint(2023, 2025)}-{dg(7)}", "notice_no").t("\n")
    elif v == "refund":
        bank, acc = account()
        b.t(f"  가. 환급 대상: {R.randint(2022, 2024)}년 재산세 이중 납부분 ").n(amount(10000, 900000), "amount").t("\n")
        b.t(f"  나. 환급 계좌: {bank} ").s(acc).t(" (예금주 ").s(nm).t(")\n")
        b.t(f"  다. 지급 예정일: {doc_date()}\n")
    elif v == "noise":
        b.t("  가. 민원 요지: 귀하 거주지(").addr(address(kind="road")).t(") 인근 공사장의 야간 소음\n")
        b.t("  나. 조치 결과: 현장 확인 후 공사 시행사(").n(company_pick("corp")[0], "company")
        b.t(")에 작업 시간 준수를 명령하고, 소음 측정 결과 ").t(f"{R.randint(55, 78)}dB")
        b.t("로 기준을 초과하여 과태료 ").n(amount(500000, 3000000), "amount").t("를 부과하였습니다.\n")
    elif v == "disclosure":
        b.t("  가. 청구 내용: ").t(ch(["2023년 업무추진비 집행 내역", "○○공원 조성 사업 설계도서", "청사 청소 용역 계약서"])).t("\n")
        b.t("  나. 결정 내용: 부분공개(").n("「공공기관의 정보공개에 관한 법률」 제9조제1항제6호", "statute").t(")\n")
        b.t("  다. 공개 방법: 전자우편(").s(email("free")).t(")으로 송부\n")
    elif v == "dl":
        b.t("  가. 민원 요지: 운전면허 벌점 부과 내역 확인 요청\n")
        b.t("  나. 확인 결과: 귀하의 운전면허(").s(driver_license()).t(f")에 {doc_date()} 신호위반으로 벌점 15점이 부과되어 있으며, ")
        b.t("이의가 있는 경우 처분이 있음을 안 날부터 90일 이내에 행정심판을 청구할 수 있습니다.\n")
    elif v == "card":
        b.t("  가. 민원 요지: 민원 수수료 중복 결제 취소 요청\n")
        b.t("  나. 처리 결과: 결제하신 카드(").s(card(style=wch([("masked", 3), ("dash", 1)]))).t(")의 중복 승인 1건(승인번호 ")
        b.n(dg(8), "approval_no").t(", ").n(amount(1000, 30000), "amount").t(")을 취소하였습니다.\n")
    elif v == "call":
        b.t("  가. 상담 녹취 요약\n")
        ph = mobile_hangul()
        b.t("    상담원: 회신받으실 연락처를 말씀해 주시겠어요?\n")
        b.t("    민원인: ").s(ph).t(ch(["이요.", "입니다.", "요."])).t("\n")
        b.t("    상담원: 확인했습니다. 담당 부서에서 연락드리겠습니다.\n")
        b.t(f"  나. 처리 결과: {ch(['가로등 수리 완료', '불법 적치물 수거 완료', '도로 파임 보수 완료'])}\n")
    elif v == "foreign":
        b.t(f"  가. 민원 요지: 체류기간 연장 허가 신청 서류 문의(국적: {nat})\n")
        b.t("  나. 확인 결과: 외국인등록번호 ").s(frn()).t(" 으로 조회한 결과 체류기간 만료일은 ")
        b.t(f"{doc_date()}이며, 만료일 전까지 ").n("하이코리아", "service").t("에서 방문 예약 후 신청할 수 있습니다.\n")
        if coin(0.5):
            b.t("  다. 여권번호(").s(passport_foreign(nat)).t(")가 변경된 경우 여권 사본을 함께 제출하여 주십시오.\n")
    else:
        b.t("  가. 민원 요지: 상수도 요금 과다 청구 이의신청\n")
        b.t("  나. 수용가 주소: ").addr(address()).t("\n")
        b.t("  다. 검토 결과: 계량기 검침 오류가 확인되어 ").n(amount(5000, 200000), "amount").t("을 감액 조정하였습니다.\n")
    b.t("3. 답변 내용에 대하여 추가 설명이 필요하신 경우 ")
    off = b.kn()
    st = R.randint(0, 2)
    if st == 0:
        b.t(f"{dept} ").s(off).t(f" {official_title()}(☎ ").s(direct(I)).t(")에게 연락 주시기 바랍니다.\n")
    elif st == 1:
        b.t(f"{dept}(담당자 ").s(off).t(", 전화 ").s(direct(I)).t(")로 문의하여 주시기 바랍니다.\n")
    else:
        b.t(f"{dept} 담당 {official_title()} ").s(off).t("(").s(direct(I)).t(", ").s(email("gov")).t(")에게 연락 주시기 바랍니다.\n")
    b.t("   ※ 일반 문의: 대표전화 ").n(I["sw"], "switchboard").t("\n")
    b.t(f"\n{I['head']}")


# =============================================================================
# genre: 보도자료
# =============================================================================
def g_press(b):
    I = inst_pick()
    dept = ch(I["depts"])
    d0 = rdate(2023, 2025)
    b.t(ch(["보도자료\n", "보 도 자 료\n", "[보도자료]\n"]))
    b.t(f"{I['name']}\n")
    b.t(f"보도 시점: {fdate(d0, 'dot')}({wday(d0)}) {ch(['조간', '12:00 이후', '석간', '즉시'])}   배포: {fdate(d0, 'dot')}({wday(d0)})\n\n")
    if b.nopii:
        v = b.variant = ch(["stats", "policy"])
        if v == "stats":
            b.t(f"{ch(['1인 가구', '외국인 주민', '공공데이터 이용', '민원 처리'])} 통계 발표\n")
            b.t(f"- {R.randint(2022, 2024)}년 기준 전년 대비 {R.randint(2, 19)}.{R.randint(0, 9)}% 증가\n\n")
            b.t(f"□ {I['short']}는 {fdate(d0, 'dot')} 관련 통계를 공개하였다. 총 {R.randint(1000, 99999):,}건으로 집계되었으며, "
                "관련 예산은 ").n(amount(100000000, 9000000000), "amount").t("이다.\n")
            b.t("□ 통계는 ").n(statute(), "statute").t("에 따라 작성되었으며, 승인번호 ").n(f"제{R.randint(100000, 999999)}호", "approval_no")
            b.t("로 관리된다.\n")
            b.t("□ 시 관계자는 “앞으로도 시민 생활에 도움이 되는 통계를 꾸준히 공개하겠다”고 밝혔다.\n\n")
        else:
            b.t(f"{ch(['개인정보 유출 방지', '전세사기 피해 지원', '취약계층 냉방비 지원'])} 대책 시행\n\n")
            b.t(f"□ {I['head']}은(는) 관계 부처 회의를 거쳐 대책을 확정하였다고 밝혔다.\n")
            b.t("□ 지원을 원하는 주민은 ").n(callcenter(), "callcenter").t(" 또는 ").n(ch(SHORTCODES)[1], "shortcode")
            b.t("로 상담받을 수 있다. 지원 금액은 가구당 최대 ").n(amount(100000, 3000000), "amount").t("이다.\n\n")
        b.t(f"담당 부서  {dept}   문의  대표전화 ").n(I["sw"], "switchboard")
        return
    v = b.variant = ch(["award", "policy", "rescue", "foreign"])
    if v == "award":
        b.t(f"{ch(['모범 시민', '자원봉사 유공', '지역 발전 유공', '안전 지킴이'])} 표창 수여\n\n")
        b.t(f"□ {I['short']}는 {fdate(d0, 'dot')} 청사 대회의실에서 유공 시민 {R.randint(3, 12)}명에게 표창을 수여했다고 밝혔다.\n")
        for _ in range(R.randint(2, 3)):
            p = b.kn()
            st = R.randint(0, 4)
            if st == 0:
                b.t(" ○ ").s(p).t(f"({R.randint(40, 85)}) 씨는 {R.randint(5, 30)}년간 지역 경로당에서 무료 급식 봉사를 해 왔다.\n")
            elif st == 1:
                b.t(" ○ 통장 ").s(p).t(f" 씨({R.randint(40, 75)})는 홀몸 어르신 안부 확인 사업을 이끌었다.\n")
            elif st == 2:
                b.t(" ○ ").s(p).t(f" {ch(['새마을부녀회장', '명예 환경감시원', '자율방범대장', '어린이집 원장'])}은 ")
                b.t("골목 청소와 야간 순찰을 꾸준히 이어 왔다.\n")
            elif st == 3:
                b.t(" ○ ").s(p).t(f"({R.randint(9, 12)})군은 등굣길에 쓰러진 이웃을 발견해 신고했다.\n")
            else:
                b.t(" ○ ").s(p).t(f"({R.randint(14, 18)})양은 청소년 봉사단을 만들어 활동하고 있다.\n")
        q = b.kn()
        b.t("□ 이날 ").s(q).t(f" {inst_deputy(I)}은 “이웃을 위해 애써 주신 분들께 감사드린다”고 말했다.\n\n")
    elif v == "policy":
        b.t(f"{ch(['청년 월세', '어르신 일자리', '공공 와이파이', '노후 경유차 조기폐차'])} 지원 확대\n\n")
        b.t(f"□ {I['short']}는 내년부터 지원 대상을 {R.randint(2, 5)}배 늘린다고 밝혔다. 예산은 ").n(amount(100000000, 9000000000), "amount").t("이다.\n")
        q = b.kn()
        b.t("□ ").s(q).t(f" {dept}장은 “").t(ch(["현장 목소리를 반영해 제도를 보완했다", "신청 절차를 간소화해 누구나 쉽게 이용하도록 하겠다"]))
        b.t("”라고 말했다.\n□ 자세한 내용은 ").n(callcenter(), "callcenter").t("로 문의하면 된다.\n\n")
    elif v == "rescue":
        p = b.kn()
        age = R.randint(20, 60)
        b.t("화재 현장에서 이웃 구한 시민에 ‘의인상’\n\n")
        b.t(f"□ {I['short']}는 지난달 다세대주택 화재 때 이웃 3명을 대피시킨 ").s(p).t(f"({age})씨에게 의인상을 수여했다.\n")
        b.t("□ ").s(p).t(" 씨는 “누구라도 그렇게 했을 것”이라며 상금 ").n(amount(1000000, 5000000), "amount").t("을 전액 기부했다.\n")
        if coin(0.5):
            p2 = b.kn()
            b.t("□ 함께 구조에 나선 ").s(p2).t(f"({R.randint(20, 70)}) 씨도 감사패를 받았다.\n")
        b.t("\n")
    else:
        lat, han, nat = b.fn()
        b.t("외국인 주민 한국어 말하기 대회 시상\n\n")
        b.t(f"□ {I['short']}는 외국인 주민 한국어 말하기 대회를 열고 {nat} 출신 ")
        if coin(0.5):
            b.s(lat).t("(").s(han).t(")")
        else:
            b.s(han)
        b.t(f" 씨({R.randint(22, 45)})에게 대상을 수여했다고 밝혔다.\n")
        b.t("□ 시상식에는 ").n("외국인종합안내센터(1345)", "shortcode").t(" 관계자도 참석했다.\n\n")
    c1, c2 = b.kn(), b.kn()
    st = R.randint(0, 2)
    if st == 0:
        b.t(f"담당 부서  {dept}        책임자  과  장  ").s(c1).t("  (").s(direct(I)).t(")\n")
        b.t(f"{' ' * (len(dept) + 6)}        담당자  {official_title()}  ").s(c2).t("  (").s(direct(I)).t(")")
    elif st == 1:
        b.t(f"담당부서: {dept} / 책임자: 팀장 ").s(c1).t(" ").s(direct(I)).t(" / 담당자: 주무관 ").s(c2).t(" ").s(direct(I))
    else:
        b.t(f"이 보도자료와 관련하여 자세한 내용은 {dept} ").s(c2).t(f" {official_title()}(").s(direct(I)).t(")에게 연락하여 주시기 바랍니다.")


# =============================================================================
# genre: 회의록
# =============================================================================
def speaker(b, who, role, style):
    """Emit a speaker label.  who is a PERSON item."""
    if style == 0:
        b.t(f"○ {role}(").s(who).t("): ")
    elif style == 1:
        b.t("◇ ").s(who).t(f" {role}: ")
    elif style == 2:
        b.t("[").s(who).t(f" {role}] ")
    else:
        b.t(f"{role} ").s(who).t(" : ")


def g_minutes(b):
    I = inst_pick()
    d0 = rdate(2023, 2025)
    com = ch(["정보공개심의회", "지방보조금심의위원회", "민원조정위원회", "생활보장위원회", "교통안전협의회",
              "주민참여예산위원회", "외국인주민 지원 협의회"])
    b.t(f"제{R.randint(1, 12)}차 {com} 회의록\n\n")
    b.t(f"□ 일시: {fdate(d0, 'dot')}({wday(d0)}) {R.randint(9, 16)}:00 ~ {R.randint(17, 18)}:{R.randint(0, 5)}0\n")
    b.t(f"□ 장소: {I['short']}{'청' if I['short'][-1] in '구시' else ''} {R.randint(2, 9)}층 {ch(['대회의실', '소회의실', '상황실'])}\n")
    if b.nopii:
        b.variant = "anon"
        b.t(f"□ 참석: 위원장 및 위원 {R.randint(5, 11)}명, 간사(").n(f"{ch(I['depts'])}장", "office_title").t(")\n")
        b.t(f"□ 안건: 제1호 {ch(['정보공개 결정 이의신청 심의', '보조사업 정산 결과 보고', '긴급지원 적정성 심사'])}\n\n")
        b.t("○ 위원장: 성원이 되었으므로 회의를 시작하겠습니다. 간사는 안건을 보고해 주십시오.\n")
        b.t("○ 간사: 청구인 ").n(ch(["김○○", "A", "갑"]), "masked_person").t("은 사건번호 ").n(case_no(), "case_no")
        b.t("와 관련된 문서를 청구하였습니다. 관련 규정은 ").n(statute(), "statute").t("입니다.\n")
        b.t("○ 위원 A: 비공개 사유가 타당한지 다시 검토할 필요가 있습니다.\n")
        b.t("○ 위원 B: 해당 문서에는 ").n("을", "placeholder").t("의 영업상 비밀이 포함되어 있어 부분공개가 적절합니다.\n")
        b.t("○ ").n(ch(["박○○", "최**"]), "masked_person").t(" 위원: 동의합니다.\n")
        b.t("○ 위원장: 원안 가결을 선포합니다.\n")
        return
    v = b.variant = ch(["deliberation", "residents", "transcript", "welfare"])
    chair = b.kn()
    members = [b.kn() for _ in range(R.randint(2, 4))]
    sec = b.kn()
    st = R.randint(0, 3)
    b.t("□ 참석: 위원장 ").s(chair).t(", 위원 ")
    for i, m in enumerate(members):
        b.s(m)
        b.t(", " if i < len(members) - 1 else f" (총 {len(members) + 1}명)\n")
    if coin(0.4):
        b.t("□ 불참: ").s(b.kn()).t(" 위원(개인 사정)\n")
    b.t(f"□ 배석: {ch(I['depts'])} {official_title()} ").s(sec).t("(간사)\n\n")
    speaker(b, chair, "위원장", st)
    b.t("성원이 되었으므로 회의를 개회하겠습니다.\n")
    if v == "deliberation":
        ap = b.kn()
        speaker(b, sec, "간사", st)
        b.t("첫 번째 안건은 손실보상금 지급 건입니다. 신청인 ").s(ap).t("(").s(dob(birth(40, 80))).t("생)" + josa(ap, "은는") + " ")
        b.addr(address()).t(" 소재 토지의 보상금 ").n(amount(5000000, 300000000), "amount").t("을 신청하였습니다.\n")
        speaker(b, members[0], "위원", st)
        b.t("감정평가 결과와 신청 금액의 차이가 큽니다. 재감정이 필요해 보입니다.\n")
        speaker(b, members[-1], "위원", st)
        b.t("신청인 ").s(ap).t(" 씨에게 소명 기회를 주는 것이 좋겠습니다.\n")
    elif v == "residents":
        r1, r2 = b.kn(), b.kn()
        b.t(f"  (주민 의견 청취)\n")
        b.t("○ 주민 ").s(r1).t(f"({ch(DONGS)} 통장): 통학로에 과속방지턱이 없어 위험합니다. 연락은 제 휴대전화 ").s(mobile()).t("로 주십시오.\n")
        b.t("○ 주민 ").s(r2).t(": 저희 집(").addr(address(kind="road")).t(") 앞 하수구 악취가 심합니다.\n")
        speaker(b, members[0], "위원", st)
        b.t("두 분 의견은 담당 부서에서 현장 확인 후 회신하도록 하겠습니다.\n")
    elif v == "transcript":
        cit = b.kn()
        b.t("  (민원인 발언 녹취)\n")
        b.t("○ 민원인(").s(cit).t("): 지난번 신청한 건 결과를 아직 못 받았습니다. 제 번호는 ").s(mobile_hangul()).t("입니다.\n")
        speaker(b, sec, "간사", st)
        b.t("확인 후 연락드리겠습니다. 혹시 전자우편으로도 받으시겠습니까?\n")
        b.t("○ 민원인(").s(cit).t("): 네, ").s(email("free")).t(" 로 보내 주세요.\n")
    else:
        ap = b.kn()
        speaker(b, sec, "간사", st)
        bd = birth(30, 80)
        b.t("긴급생계지원 대상자 ").s(ap).t(" 님(").s(rrn(bd, kind=wch([("masked", 3), ("valid", 1)]))).t(")은 ")
        b.t("실직 후 소득이 없어 지원을 신청하였습니다. 지원 금액은 ").n(amount(600000, 1900000), "amount").t("입니다.\n")
        speaker(b, members[0], "위원", st)
        bank, acc = account()
        b.t(f"지급 계좌는 본인 명의 {bank} ").s(acc).t("가 맞습니까?\n")
        speaker(b, sec, "간사", st)
        b.t("예, 통장 사본으로 확인하였습니다.\n")
    speaker(b, chair, "위원장", st)
    b.t("더 의견이 없으시면 원안대로 의결하겠습니다. 이상으로 회의를 마칩니다.\n")


# =============================================================================
# romanisation of Korean names (Revised Romanisation, syllable by syllable)
# =============================================================================
_INI = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
_MED = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi",
        "yu", "eu", "ui", "i"]
_FIN = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t",
        "ng", "t", "t", "k", "t", "p", "t"]
SUR_ROM = {"김": "KIM", "이": "LEE", "박": "PARK", "최": "CHOI", "정": "JUNG", "강": "KANG", "조": "CHO",
           "윤": "YOON", "장": "JANG", "임": "LIM", "한": "HAN", "오": "OH", "서": "SEO", "신": "SHIN",
           "권": "KWON", "황": "HWANG", "안": "AHN", "송": "SONG", "전": "JEON", "홍": "HONG", "유": "YOO",
           "고": "KO", "문": "MOON", "양": "YANG", "손": "SON", "배": "BAE", "백": "BAEK", "허": "HEO",
           "노": "NOH", "하": "HA", "곽": "KWAK", "성": "SUNG", "차": "CHA", "주": "JOO", "우": "WOO",
           "구": "KOO", "민": "MIN", "진": "JIN", "지": "JI", "엄": "UM", "채": "CHAE", "원": "WON",
           "천": "CHUN", "방": "BANG", "공": "KONG", "현": "HYUN", "함": "HAM", "변": "BYUN", "염": "YEOM",
           "여": "YEO", "추": "CHOO", "도": "DO", "석": "SEOK", "선": "SUN", "설": "SEOL", "마": "MA",
           "길": "GIL", "연": "YEON", "위": "WI", "표": "PYO", "명": "MYUNG", "기": "KI", "반": "BAN",
           "왕": "WANG", "금": "KEUM", "옥": "OK", "육": "YOOK", "인": "IN", "맹": "MAENG", "제": "JE",
           "탁": "TAK", "국": "KOOK", "어": "EO", "은": "EUN", "편": "PYUN", "용": "YONG", "예": "YE",
           "경": "KYUNG", "봉": "BONG", "태": "TAE", "목": "MOK", "형": "HYUNG", "피": "PI", "감": "KAM",
           "빈": "BIN", "동": "DONG", "온": "ON", "남": "NAM", "심": "SIM",
           "남궁": "NAMGUNG", "황보": "HWANGBO", "제갈": "JEGAL", "선우": "SEONWOO", "독고": "DOKGO",
           "사공": "SAGONG", "서문": "SEOMOON", "동방": "DONGBANG"}


def rom_syl(c):
    o = ord(c) - 0xAC00
    i, m, f = o // 588, (o % 588) // 28, o % 28
    return _INI[i] + _MED[m] + _FIN[f]


def romanize(name):
    for k in (2, 1):
        if name[:k] in SUR_ROM and (k == 1 or name[:2] in SUR2):
            sur, giv = name[:k], name[k:]
            break
    g = "".join(rom_syl(c) for c in giv).upper()
    if coin(0.5):
        return f"{SUR_ROM[sur]} {g}"
    return f"{SUR_ROM[sur]}, {g}" if coin(0.3) else f"{SUR_ROM[sur]} {g}"


# =============================================================================
# genre: 보고서 (사고·감사)
# =============================================================================
def g_report(b):
    I = inst_pick()
    dept = ch(I["depts"])
    d0 = rdate(2023, 2025)
    if b.nopii:
        b.variant = "inspection"
        b.t(f"{ch(['상반기', '하반기', '정기'])} {ch(['개인정보 보호 실태', '공공시설물 안전', '보조금 집행'])} 점검 결과 보고\n\n")
        b.t(f"1. 점검 개요\n  가. 기간: {fdate(d0, 'dot')} ~ {fdate(d0 + datetime.timedelta(days=R.randint(5, 20)), 'dot')}\n")
        b.t(f"  나. 대상: {R.randint(8, 40)}개 부서·시설\n  다. 근거: ").n(statute(), "statute").t("\n")
        b.t(f"2. 점검 결과\n  가. 지적 사항 {R.randint(2, 15)}건(시정 {R.randint(1, 9)}건, 주의 {R.randint(1, 5)}건)\n")
        b.t("  나. 회수 대상 금액: ").n(amount(), "amount").t("\n  다. 관련 문서: ").n(docno(dept), "doc_no").t("\n")
        b.t("3. 조치 계획: 지적 부서는 30일 이내 조치 결과를 제출(관리번호 ").n(mgmt_no(), "mgmt_no").t(")\n")
        b.t(f"※ 점검 대상자 실명은 ").n("갑", "placeholder").t(", ").n("을", "placeholder").t(" 등으로 익명 처리함.\n")
        return
    v = b.variant = ch(["safety", "traffic", "audit", "breach", "fraud"])
    rep = b.kn()
    if v == "safety":
        b.t("안전사고 발생 보고\n\n1. 사고 개요\n")
        b.t(f"  가. 일시: {fdate(d0, 'dot')}({wday(d0)}) {R.randint(8, 20)}:{R.randint(0, 59):02d}경\n")
        b.t(f"  나. 장소: {ch(['근린공원 어린이 놀이터', '청사 주차장 진입로', '주민센터 2층 계단', '체육관 샤워실'])}\n")
        vic = b.kn()
        b.t("  다. 피해자: ").s(vic).t(f"({R.randint(6, 85)}세, {ch(['남', '여'])}) / 연락처 ").s(mobile()).t("\n")
        if coin(0.6):
            b.t("      주소: ").addr(address()).t("\n")
        if coin(0.4):
            g = b.kn()
            b.t("      보호자: ").s(g).t(f"({ch(['부', '모', '배우자'])}, ").s(mobile()).t(")\n")
        b.t(f"2. 사고 경위: {ch(['놀이기구 연결부 파손으로 추락', '빗물로 미끄러져 넘어짐', '출입문에 손가락 끼임'])}\n")
        b.t("3. 조치 사항: 119 구급대 이송, 영조물배상공제 접수(접수번호 ").n(f"{R.randint(2023, 2025)}-{dg(6)}", "receipt_no").t(")\n")
    elif v == "traffic":
        b.t("시설물 파손 교통사고 보고\n\n")
        b.t(f"1. 일시: {fdate(d0, 'dot')} {R.randint(0, 23):02d}:{R.randint(0, 59):02d}경\n")
        b.t(f"2. 장소: {ch(['시도 12호선 고갯마루 구간', '○○교 북단 교차로', '터널 입구 150m 지점'])}\n")
        drv = b.kn()
        b.t("3. 가해 차량: ").s(plate()).t(f"({ch(['승용', '화물', '승합'])})\n")
        b.t("   운전자: ").s(drv).t(", 운전면허 ").s(driver_license()).t(", 연락처 ").s(mobile()).t("\n")
        b.t(f"4. 피해 내용: 가드레일 {R.randint(4, 40)}m 파손, 복구비 추정 ").n(amount(1000000, 30000000), "amount").t("\n")
        b.t(f"5. 보험 처리: {ch(['가람손해보험', '새누리화재', '한울손보'])} 사고접수번호 ").n(f"{R.randint(23, 25)}{dg(2)}-{dg(6)}", "receipt_no").t("\n")
    elif v == "audit":
        b.t(f"{R.randint(2023, 2025)}년 {dept} 종합감사 결과 보고(요지)\n\n")
        b.t("1. 지적 사항: 기초생활수급자 생계급여 중복 지급\n2. 관련 수급자\n")
        rows = []
        for _ in range(R.randint(2, 3)):
            bank, acc = account()
            rows.append([b.kn(), rrn(kind=wch([("masked", 3), ("valid", 1)])), f"{bank} ", acc, ["%s" % amount(100000, 3000000), "amount"]])
        b.t("  성명 | 주민등록번호 | 지급 계좌 | 중복 지급액\n")
        for r in rows:
            b.t("  ").s(r[0]).t(" | ").s(r[1]).t(" | ").t(r[2]).s(r[3]).t(" | ").n(r[4][0], "amount").t("\n")
        off = b.kn()
        b.t("3. 관련 공무원: ").t(f"{dept} {ch(RANKS)} ").s(off).t(" (주의 요구)\n")
        b.t("4. 처분 요구: 중복 지급액 회수 및 ").n(statute(), "statute").t("에 따른 재발 방지\n")
    elif v == "breach":
        b.t("개인정보 유출 사고 보고\n\n")
        b.t(f"1. 발생 일시: {fdate(d0, 'dot')} {R.randint(9, 18)}:{R.randint(0, 59):02d}\n")
        off = b.kn()
        b.t(f"2. 경위: {dept} {official_title()} ").s(off).t(josa(off, "이가") + " 민원 회신 메일을 보내면서 수신자를 잘못 지정하여 ")
        b.t("민원인 명단 파일이 외부 주소(").s(email("free")).t(")로 발송됨\n")
        b.t(f"3. 유출 항목: 성명, 생년월일, 휴대전화번호 ({R.randint(12, 480)}명)\n")
        if coin(0.6):
            b.t("4. 비인가 접속 흔적: 접속 IP ").s(ipv4("public")).t(", 계정 ").n(user_id(), "user_id").t("\n")
        b.t("5. 조치: 수신자에게 삭제 요청 및 확인서 징구, ").n("「개인정보 보호법」 제34조", "statute").t("에 따른 정보주체 통지\n")
        b.t("   ※ 유출 대상자 예시: ").s(b.kn()).t("(").s(dob(birth())).t(", ").s(mobile()).t(")\n")
    else:
        b.t("보조금 부정수급 조사 결과 보고\n\n")
        co = company_pick()
        ceo = b.kn()
        b.t("1. 조사 대상: ").n(co[0], "company").t(" (대표 ").s(ceo).t(", 사업자등록번호 ").s(brn("corp" if co[2] == "corp" else "private"))
        if co[2] == "corp":
            b.t(", 법인등록번호 ").s(crn())
        b.t(")\n")
        b.t("2. 위반 내용: 허위 인건비 청구(참여 인력 ").s(b.kn()).t(" 외 2명 실제 미근무)\n")
        b.t("3. 환수 금액: ").n(amount(1000000, 90000000), "amount").t("\n")
        bank, acc = account()
        b.t(f"4. 보조금 입금 계좌: {bank} ").s(acc).t("\n")
        b.t("5. 조치: 수사 의뢰 및 ").n(statute(), "statute").t("에 따른 제재부가금 부과\n")
    b.t(f"\n보고자: {dept} {official_title()} ").s(rep)
    if coin(0.5):
        b.t(" (").s(direct(I)).t(")")
    b.t(f"  보고일: {doc_date()}")


# =============================================================================
# genre: 판결문·결정문
# =============================================================================
COURTS = ["서울중앙지방법원", "수원지방법원 안양지원", "대전지방법원", "광주지방법원 순천지원", "부산지방법원 동부지원",
          "청주지방법원", "의정부지방법원 고양지원", "창원지방법원 진주지원"]


def g_judgment(b):
    if b.nopii:
        b.variant = "anon"
        b.t(f"{ch(COURTS)}\n판 결\n\n사 건  ").n(case_no(), "case_no").t(f" {ch(['부당이득금', '손해배상(기)', '정보공개거부처분취소', '과태료처분취소'])}\n")
        b.t("원 고  ").n(ch(["A", "갑", "김○○"]), "masked_person").t("\n피 고  ").n(ch(["○○시장", "마포구청장", "수원시장", "해운대구청장"]), "office_title").t("\n")
        b.t("이 유\n1. 처분의 경위\n  원고는 ").n(f"{R.randint(2019, 2024)}. {R.randint(1, 12)}. {R.randint(1, 28)}.", "date")
        b.t(" 피고에게 ").n(statute(), "statute").t("에 따라 정보공개를 청구하였다. 피고는 해당 정보에 ")
        b.n("을", "placeholder").t("의 개인정보가 포함되어 있다는 이유로 비공개 결정을 하였다(관련 사건 ").n(case_no(), "case_no").t(").\n")
        b.t("2. 판단\n  공개 청구된 정보 중 성명·주민등록번호 등 특정 개인을 식별할 수 있는 부분을 제외하면 나머지 부분은 공개하여야 한다.\n")
        b.t("  따라서 원고의 청구는 일부 이유 있고, 소송비용 중 ").n(amount(100000, 3000000), "amount").t("은 피고가 부담한다.\n")
        return
    v = b.variant = ch(["criminal", "appeal", "civil", "pipc"])
    if v == "criminal":
        b.t(f"{ch(COURTS)}\n판 결\n\n사 건  ").n(case_no(), "case_no").t(" 도로교통법위반(음주운전)\n")
        dfn = b.kn()
        bd = birth(25, 65)
        b.t("피 고 인  ").s(dfn).t(" (").s(rrn(bd, kind=wch([("valid", 2), ("masked", 2)]))).t("), ").t(ch(["회사원", "자영업", "무직", "운전기사"])).t("\n")
        b.t("          주거 ").addr(address()).t("\n")
        if coin(0.6):
            b.t("          등록기준지 ").addr(address(kind=ch(["jibun", "rural"]))).t("\n")
        b.t("검 사  ").s(b.kn()).t("(기소), ").s(b.kn()).t("(공판)\n")
        b.t("변 호 인  변호사 ").s(b.kn()).t(ch([" (국선)", ""])).t("\n")
        b.t(f"판 결 선 고  {doc_date(style='dot')}\n\n주 문\n피고인을 징역 {R.randint(4, 18)}월에 처한다.\n다만, 이 판결 확정일부터 2년간 위 형의 집행을 유예한다.\n\n")
        b.t("이 유\n범 죄 사 실\n피고인은 ").t(f"{doc_date(style='dot')} {R.randint(20, 23)}:{R.randint(0, 59):02d}경")
        b.t(f" 혈중알코올농도 0.{R.randint(30, 190):03d}%의 술에 취한 상태로 ").s(plate(ch(["two", "three", "nosp"])))
        b.t(" 승용차를 약 ").t(f"{R.randint(1, 9)}km")
        b.t(" 구간에서 운전하였다. 피고인은 ").t(f"{R.randint(2015, 2022)}. {R.randint(1, 12)}. {R.randint(1, 28)}.")
        b.t(" 같은 범죄로 운전면허(").s(driver_license()).t(")가 취소된 전력이 있다.\n\n")
        b.t("판사  ").s(b.kn())
    elif v == "appeal":
        b.t(ch(["중앙행정심판위원회\n", "경기도행정심판위원회\n", "서울특별시행정심판위원회\n"]))
        b.t("재 결\n\n사 건  ").n(f"{ch(['중앙', '경기', '서울'])}{R.randint(2022, 2025)}-{dg(5)}", "case_no")
        kind = ch(["운전면허 취소처분 취소청구", "영업정지처분 취소청구", "과태료 부과처분 취소청구"])
        b.t(f" {kind}\n청 구 인  ")
        cl = b.kn()
        b.s(cl).t("\n          ").addr(address()).t("\n")
        if coin(0.6):
            b.t("          대리인 변호사 ").s(b.kn()).t("\n")
        b.t("피청구인  ").n(ch(["대전광역시경찰청장", "마포구청장", "수원시장", "서울특별시경찰청장"]), "office_title").t("\n")
        b.t(f"재 결 일  {doc_date(style='dot')}\n\n주 문  청구인의 청구를 {ch(['기각한다', '인용한다'])}.\n\n")
        b.t("이 유\n1. 사건 개요\n  청구인은 ")
        if "운전면허" in kind:
            b.t(f"{doc_date(style='dot')} 혈중알코올농도 0.{R.randint(80, 150)}% 상태로 운전하다 적발되어 운전면허(").s(driver_license()).t(")가 취소되었다.\n")
        elif "영업" in kind:
            co = company_pick("sole")
            b.n(co[0], "company").t("(사업자등록번호 ").s(brn()).t(")을 운영하는 자로서 청소년에게 주류를 판매하여 영업정지 처분을 받았다.\n")
        else:
            b.t("소유 차량(").s(plate()).t(")이 어린이보호구역에 주차하여 과태료 처분을 받았다.\n")
        b.t("2. 관계 법령: ").n(statute(), "statute").t("\n3. 판단: 청구인 ").s(cl).t("의 주장은 이유 없다.\n")
    elif v == "civil":
        b.t(f"{ch(COURTS)}\n판 결\n\n사 건  ").n(case_no(), "case_no").t(" 임대차보증금 반환\n")
        p = b.kn()
        b.t("원 고  ").s(p).t("\n       ").addr(address()).t("\n")
        b.t(f"       소송대리인 법무법인 {ch(['한결같음', '새솔', '바른길', '온누리'])} 담당변호사 ").s(b.kn()).t("\n")
        d = b.kn()
        b.t("피 고  ").s(d).t("\n       ").addr(address()).t("\n")
        d1 = rdate(2022, 2025)
        b.t(f"변 론 종 결  {fdate(d1, 'dot')}\n판 결 선 고  {fdate(d1 + datetime.timedelta(days=R.randint(14, 35)), 'dot')}\n\n주 문\n")
        b.t("1. 피고는 원고에게 ").n(amount(10000000, 400000000), "amount").t("과 이에 대하여 다 갚는 날까지 연 12%의 비율로 계산한 돈을 지급하라.\n")
        b.t("2. 소송비용은 피고가 부담한다.\n\n이 유\n원고는 피고 ").s(d).t(josa(d, "과와") + " 임대차계약을 체결하고 보증금을 피고 명의 ")
        bank, acc = account()
        b.t(f"{bank} 계좌(").s(acc).t(")로 송금하였다.\n\n판사  ").s(b.kn())
    else:
        b.t("개인정보보호위원회\n심의·의결\n\n안건번호  ").n(f"제{R.randint(2022, 2025)}-{R.randint(1, 30):03d}-{R.randint(1, 300):03d}호", "case_no").t("\n")
        co = company_pick("corp")
        b.t("피 심 인  ").n(co[0], "company").t(" (사업자등록번호 ").s(brn("corp")).t(", 법인등록번호 ").s(crn()).t(")\n")
        b.t("          대표자 ").s(b.kn()).t("\n          ").addr(address()).t("\n")
        b.t(f"의결연월일  {doc_date(style='dot')}\n\n주 문\n1. 피심인에 대하여 다음과 같이 과징금을 부과한다.\n  가. 과징금: ").n(amount(10000000, 900000000), "amount").t("\n")
        b.t("이 유\n피심인은 회원 정보를 암호화하지 않고 저장하였으며, 외부 접속 IP(").s(ipv4("public")).t(")를 통한 무단 조회를 탐지하지 못하였다(")
        b.n("「개인정보 보호법」 제29조", "statute").t(").\n")


# =============================================================================
# genre: 계약서
# =============================================================================
def party_inst(b, I, role="발주기관"):
    b.t(f"  {role}(갑): ").t(I["name"]).t(" (대표 ").n(I["head"], "office_title").t(")\n")
    b.t("  주소: ").n(I["addr"], "inst_address").t("\n")


def g_contract(b):
    I = inst_pick()
    d0 = rdate(2023, 2025)
    if b.nopii:
        b.variant = "blank"
        b.t(f"{ch(['용역', '물품구매', '기간제 근로'])} 계약서(표준 서식)\n\n")
        b.t("계약번호: ").n(f"{R.randint(2023, 2025)}-{dg(5)}", "contract_no").t("\n")
        party_inst(b, I)
        b.t("  계약상대자(을): 상호 ____________ 대표자 ____________\n")
        b.t("  (작성 예시) 성명: ").n("홍길동", "placeholder").t("  주민등록번호: ").n("000000-0000000", "placeholder").t("\n")
        b.t("  계약금액: 금 ____________원(부가가치세 포함)\n")
        b.t("제1조(목적) 이 계약은 ").n("갑", "placeholder").t("과 ").n("을", "placeholder").t("이 ")
        b.n(statute(), "statute").t("에 따라 신의에 따라 성실히 이행함을 목적으로 한다.\n")
        b.t("제2조(개인정보 보호) ").n("을", "placeholder").t("은 업무 수행 중 알게 된 개인정보를 목적 외로 이용하여서는 아니 된다.\n")
        b.t("※ 문의: 계약 담당 부서 대표전화 ").n(I["sw"], "switchboard")
        return
    v = b.variant = ch(["service", "employment", "lease", "purchase"])
    if v in ("service", "purchase"):
        co = company_pick()
        title = ch(["청사 시설관리 용역", "홈페이지 유지보수 용역", "민원실 안내 로봇 구매", "방역 소독 용역", "행정정보시스템 고도화 사업"])
        b.t(f"{title} 계약서\n\n계약번호: ").n(f"{R.randint(2023, 2025)}-{dg(5)}", "contract_no").t("   나라장터 공고번호: ").n(tender_no(), "tender_no").t("\n\n")
        party_inst(b, I)
        rep = b.kn()
        b.t("  계약상대자(을): ").n(co[0], "company").t("\n  대표자: ").s(rep).t("\n  주소: ").addr(address()).t("\n")
        b.t("  사업자등록번호: ").s(brn("corp" if co[2] == "corp" else "private")).t("\n")
        if co[2] == "corp":
            b.t("  법인등록번호: ").s(crn()).t("\n")
        b.t("  전화: ").s(landline() if coin(0.7) else tel070())
        if coin(0.5):
            b.t("  팩스: ").s(landline())
        b.t("\n  전자우편: ").s(email("corp", co)).t("\n\n")
        b.t("  계약금액: 금 ").n(amount(5000000, 900000000), "amount").t("(부가가치세 포함)\n")
        b.t(f"  계약기간: {fdate(d0, 'dot')} ~ {fdate(d0 + datetime.timedelta(days=R.randint(60, 365)), 'dot')}\n")
        bank, acc = account()
        b.t(f"  대금 지급 계좌: {bank} ").s(acc).t(" (예금주: ")
        if co[2] == "corp":
            b.n(co[0], "company")
        else:
            b.s(rep)
        b.t(")\n\n제1조(목적) 갑과 을은 ").n(ch(["「지방자치단체를 당사자로 하는 계약에 관한 법률」 제14조", "「국가를 당사자로 하는 계약에 관한 법률」 제11조", "같은 법 시행령 제49조"]), "statute").t("에 따라 이 계약을 체결한다.\n")
        if coin(0.5):
            pm = b.kn()
            b.t("제7조(현장대리인) 을은 현장대리인으로 ").s(pm).t("(연락처 ").s(mobile()).t(")" + josa(pm, "을를") + " 지정한다.\n")
        b.t(f"\n{d0.year}년 {d0.month}월 {d0.day}일\n갑  ").n(I["head"], "office_title").t(" (인)\n을  ").n(co[0], "company").t(" 대표 ").s(rep).t(" (인)")
    elif v == "employment":
        b.t("기간제 근로자 표준근로계약서\n\n")
        w = b.kn()
        bd = birth(20, 64)
        b.t(f"사용자: {I['name']}(이하 ‘갑’)\n근로자: ").s(w).t("(이하 ‘을’)\n")
        b.t("  주민등록번호: ").s(rrn(bd, kind=wch([("valid", 3), ("masked", 1)]))).t("\n  주소: ").addr(address()).t("\n")
        b.t("  연락처: ").s(mobile()).t("\n")
        b.t(f"1. 근로계약기간: {fdate(d0, 'dot')}부터 {fdate(d0 + datetime.timedelta(days=R.randint(90, 330)), 'dot')}까지\n")
        job = ch(['민원 안내', '자료 입력', '시설 환경정비', '방문 상담', '관용차량 운전', '관용차량 운전'])
        b.t(f"2. 근무장소: {I['short']} {ch(I['depts'])}\n3. 업무내용: {job}\n")
        if job == "관용차량 운전":
            b.t(f"   (운전면허: {ch(['1종 보통', '1종 대형'])}, 면허번호 ").s(driver_license()).t(")\n")
        b.t("4. 임금: 월 ").n(amount(2000000, 2900000), "amount").t(", 매월 10일 을 명의 계좌(")
        bank, acc = account()
        b.t(f"{bank} ").s(acc).t(", 예금주 ").s(w).t(")로 지급\n")
        if coin(0.6):
            fam = b.kn()
            b.t("5. 비상연락처: ").s(fam).t(f"({ch(['배우자', '부', '모', '자녀'])}) ").s(mobile()).t("\n")
        b.t(f"\n{d0.year}. {d0.month}. {d0.day}.\n(갑) ").n(I["head"], "office_title").t(" (인)   (을) ").s(w).t(" (서명)")
    elif v == "lease":
        b.t("공유재산 대부계약서\n\n")
        party_inst(b, I, "대부기관")
        t = b.kn()
        b.t("  대부받는 자(을): ").s(t).t("\n  생년월일: ").s(dob(birth(25, 80))).t("\n  주소: ").addr(address()).t("\n  전화: ").s(mobile()).t("\n")
        b.t("  대부재산: ").n(f"{ch(DONGS)} {R.randint(1, 900)}-{R.randint(1, 20)}", "public_property_lot").t(f" 잡종지 {R.randint(30, 900)}㎡ 중 일부\n")
        b.t("  연간 대부료: ").n(amount(100000, 9000000), "amount").t("\n")
        b.t("제5조(대부료 납부) 을은 갑이 발행한 고지서에 따라 대부료를 납부하여야 한다.\n")
        b.t(f"\n{d0.year}. {d0.month}. {d0.day}.  대부받는 자 ").s(t).t(" (인)")


# =============================================================================
# genre: 동의서·신청서
# =============================================================================
def chk(yes):
    return ("■ 동의함  □ 동의하지 않음" if yes else "□ 동의함  ■ 동의하지 않음")


def g_form(b):
    I = inst_pick()
    d0 = rdate(2023, 2025)
    if b.nopii:
        b.variant = "blank"
        b.t(f"{ch(['개인정보 수집·이용 동의서', '정보공개 청구서', '여권 발급 신청서', '주민등록표 열람 또는 등·초본 교부 신청서'])}\n")
        b.t("(서식 작성 예시)\n성명: ").n("홍길동", "placeholder").t("\n주민등록번호: ").n("000000-0000000", "placeholder").t("\n")
        b.t("주소: ○○시 ○○구 ○○로 ○○\n전화번호: ").n(ch(["010-0000-0000", "000-0000-0000"]), "placeholder").t("\n")
        b.t("※ 수집 근거: ").n(statute(), "statute").t("\n※ 보유 기간: 처리 완료 후 3년\n")
        b.t("※ 동의를 거부할 권리가 있으나, 거부 시 신청이 제한될 수 있습니다.\n")
        b.t(f"※ 수수료: ").n(amount(0 + 300, 50000), "amount").t(" / 문의 ").n(ch(SHORTCODES)[1], "shortcode")
        return
    v = b.variant = wch([("consent", 1.5), ("foia", 1.2), ("passport", 1.5), ("copy", 1.2), ("dl", 2), ("scholarship", 1),
                         ("autopay", 1.8), ("vehicle", 1.2)])
    if v == "consent":
        b.t(f"개인정보 수집·이용 동의서\n\n{I['short']}는 ").t(ch(["청년 창업 지원 사업", "평생학습 강좌 수강", "재난지원금 지급", "자원봉사 활동 인정"]))
        b.t("을 위하여 아래와 같이 개인정보를 수집·이용합니다.\n")
        b.t("○ 수집 항목: 성명, 생년월일, 주소, 연락처, 전자우편\n○ 보유 기간: 사업 종료 후 3년\n")
        b.t(f"  {chk(True)}\n")
        b.t("※ 작성 예시(").n("홍길동", "placeholder").t(", ").n("000000-0000000", "placeholder").t(")를 참고하여 본인이 직접 적어 주십시오.\n\n")
        p = b.kn()
        ls = R.randint(0, 1)
        if ls == 0:
            b.t("성명: ").s(p).t("\n생년월일: ").s(dob(birth())).t("\n주소: ").addr(address()).t("\n연락처: ").s(mobile()).t("\n")
            if coin(0.7):
                b.t("전자우편: ").s(email("free")).t("\n")
        else:
            b.t("성 명 | ").s(p).t(" | 생년월일 | ").s(dob(birth())).t("\n주 소 | ").addr(address()).t("\n휴대전화 | ").s(mobile())
            b.t(" | 이메일 | ").s(email("free")).t("\n")
        b.t(f"\n{d0.year}년 {d0.month}월 {d0.day}일\n신청인 ").s(p).t(" (서명 또는 인)\n").n(I["head"], "office_title").t(" 귀하")
    elif v == "foia":
        p = b.kn()
        b.t("정보공개 청구서\n\n접수번호 ").n(receipt_no(), "receipt_no").t(f"   접수일자 {doc_date()}\n")
        b.t("청구인  성명 ").s(p).t("   생년월일 ").s(dob(birth())).t("\n")
        b.t("        주소 ").addr(address()).t("\n        전화번호 ").s(mobile()).t("   전자우편 ").s(email("free")).t("\n")
        b.t(f"청구 내용  {ch(['최근 3년간 관용차량 운행일지', '○○천 정비사업 예산 집행 내역', '청사 구내식당 위탁 계약서'])}\n")
        b.t("공개 방법  □ 열람·시청  ■ 사본·출력물  ■ 전자파일\n수령 방법  □ 직접 방문  ■ 전자우편  □ 우편\n")
        b.t("수수료 감면  ■ 해당 없음\n\n").n("「공공기관의 정보공개에 관한 법률」 제10조제1항", "statute")
        b.t("에 따라 위와 같이 정보공개를 청구합니다.\n청구인 ").s(p).t(" (서명)")
    elif v == "passport":
        p = b.kn()
        bd = birth(1, 80)
        b.t("여권 발급 신청서\n\n여권 종류  ■ 일반  □ 관용  □ 외교관     기간  ■ 10년  □ 단수\n")
        b.t("한글 성명  ").s(p).t("\n로마자 성명  ").s((romanize(p[0]), "PERSON", "ko_romanized")).t("\n")
        b.t("주민등록번호  ").s(rrn(bd, kind="valid")).t("\n")
        b.t("전화번호  ").s(mobile()).t("\n")
        if coin(0.6):
            b.t("이전 여권번호  ").s(passport_kr(ch(["old", "new"]))).t("\n")
        e = b.kn()
        b.t("긴급연락처  성명 ").s(e).t(f"   관계 {ch(['부', '모', '배우자', '형제'])}   전화 ").s(mobile()).t("\n")
        b.t(f"\n신청일 {doc_date()}   신청인 ").s(p).t(" (서명)\n").n(I["head"], "office_title").t(" 귀하")
    elif v == "copy":
        p = b.kn()
        b.t("주민등록표 열람 또는 등·초본 교부 신청서\n\n")
        b.t("신청인  성명 ").s(p).t("  주민등록번호 ").s(rrn(kind="valid")).t("\n        주소 ").addr(address()).t("\n")
        b.t("        전화 ").s(mobile()).t(f"   대상자와의 관계 {ch(['본인', '배우자', '직계비속', '직계존속'])}\n")
        tgt = b.kn()
        b.t("대상자  성명 ").s(tgt).t("  주민등록번호 ").s(rrn(kind=wch([("valid", 2), ("masked", 2), ("post2020", 1)]))).t("\n")
        b.t(f"신청 구분  ■ 등본 {R.randint(1, 3)}통  □ 초본\n수수료  ").n(amount(400, 2000), "amount").t("\n")
        b.t(f"\n{doc_date()}  신청인 ").s(p).t(" (서명)")
    elif v == "dl":
        p = b.kn()
        b.t("운전면허증 재발급 신청서\n\n")
        b.t("성명 ").s(p).t("   주민등록번호 ").s(rrn(kind="valid")).t("\n")
        b.t("면허번호 ").s(driver_license()).t(f"   면허 종별 {ch(['1종 보통', '2종 보통', '1종 대형', '2종 소형'])}\n")
        b.t("주소 ").addr(address()).t("\n전화 ").s(mobile()).t("\n")
        b.t(f"재발급 사유  {ch(['■ 분실', '■ 훼손', '■ 기재사항 변경'])}\n수수료  ").n(amount(8000, 15000), "amount").t("\n")
        b.t(f"{doc_date()}  신청인 ").s(p).t(" (서명)\n").n(ch(["대전광역시경찰청장", "도로교통공단 이사장", "서울특별시경찰청장"]), "office_title").t(" 귀하")
    elif v == "scholarship":
        st_ = b.kn()
        par = b.kn()
        b.t(f"{R.randint(2024, 2025)}년 {I['short']} 장학생 선발 신청서\n\n")
        b.t("학생 성명 ").s(st_).t("   생년월일 ").s(dob(birth(13, 22))).t(f"\n학교 {ch(['새솔중학교', '한울고등학교', '가람대학교'])} {R.randint(1, 3)}학년\n")
        b.t("보호자 성명 ").s(par).t("   연락처 ").s(mobile()).t("\n주소 ").addr(address()).t("\n")
        bank, acc = account()
        b.t(f"장학금 입금 계좌 {bank} ").s(acc).t(" (예금주 ").s(ch([st_, par])).t(")\n")
        b.t(f"\n{doc_date()}  신청인(보호자) ").s(par).t(" (인)")
    elif v == "autopay":
        p = b.kn()
        b.t("지방세 자동납부 신청서\n\n납세자 성명 ").s(p).t("   주민등록번호 ").s(rrn(kind=wch([("valid", 1), ("masked", 1)]))).t("\n")
        b.t("연락처 ").s(mobile()).t("\n")
        if coin(0.6):
            b.t(f"납부 수단  ■ 신용카드  □ 계좌\n카드번호 ").s(card(style=ch(["dash", "space", "plain"]))).t(f"   유효기간 {R.randint(1, 12):02d}/{R.randint(26, 30)}\n")
            b.t(f"카드사 {ch(['가온카드', '한빛카드', '새누리카드', 'BC카드'])}   카드 소유자 ").s(p).t("\n")
        else:
            bank, acc = account(style="dash")
            b.t(f"납부 수단  □ 신용카드  ■ 계좌\n출금 은행 {bank}   계좌번호 ").s(acc).t("   예금주 ").s(p).t("\n")
        b.t(f"대상 세목  ■ 자동차세  ■ 재산세  □ 주민세\n\n{doc_date()}  신청인 ").s(p).t(" (서명)")
    else:
        a, c = b.kn(), b.kn()
        b.t("자동차 이전등록 신청서\n\n")
        b.t("양도인  성명 ").s(a).t("  주민등록번호 ").s(rrn(kind="valid")).t("\n        주소 ").addr(address()).t("\n")
        b.t("양수인  성명 ").s(c).t("  주민등록번호 ").s(rrn(kind=wch([("valid", 1), ("masked", 1)]))).t("\n        주소 ").addr(address()).t("\n")
        b.t("        전화 ").s(mobile()).t("\n")
        vin = "KM" + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(15))
        b.t("자동차등록번호 ").s(plate()).t("   차대번호 ").n(vin, "vin").t("\n")
        b.t(f"매매금액 ").n(amount(1000000, 60000000), "amount").t(f"   주행거리 {R.randint(1000, 240000):,}km\n")
        b.t(f"\n{doc_date()}  양도인 ").s(a).t(" (인)  양수인 ").s(c).t(" (인)")


# =============================================================================
# genre: 명부
# =============================================================================
def g_roster(b):
    I = inst_pick()
    if b.nopii:
        b.variant = "inst_contacts"
        b.t(f"{I['name']} 부서별 민원 안내 전화\n\n")
        for dpt in R.sample(I["depts"], min(len(I["depts"]), R.randint(3, 5))):
            b.t(f"  {dpt} : (대표) ").n(f"{I['tel']}-{R.randint(2, 9)}{dg(3)}", "dept_switchboard").t("\n")
        b.t("  종합민원실 : 대표전화 ").n(I["sw"], "switchboard").t("\n")
        b.t("  야간·휴일 : ").n(" ".join(ch(SHORTCODES)), "shortcode").t("\n")
        b.t("  청사 주소 : ").n(I["addr"], "inst_address").t("\n")
        return
    v = b.variant = ch(["attendance", "emergency", "training", "volunteer", "members"])
    n = R.randint(3, 7)
    if v == "attendance":
        b.t(f"{ch(['개인정보 보호 교육', '주민참여예산 설명회', '외국인 주민 간담회', '공청회'])} 참석자 명부\n")
        b.t(f"일시: {doc_date()}  장소: {I['short']} {ch(['대회의실', '강당'])}\n\n")
        b.t("연번  성명  소속  연락처  서명\n")
        for i in range(n):
            b.t(f"{i + 1}  ").s(b.kn()).t(f"  {ch(['주민', '○○동 주민자치회', '시민단체', ch(I['depts'])])}  ").s(mobile()).t("  (서명)\n")
    elif v == "emergency":
        b.t(f"{ch(I['depts'])} 비상연락망({R.randint(2024, 2025)}년 {R.randint(1, 12)}월 기준)\n\n")
        sep = ch([" | ", "\t", " / "])
        b.t(sep.join(["구분", "직위", "성명", "사무실", "휴대전화"]) + "\n")
        for i in range(n):
            b.t(ch(["1차", "2차", "3차"]) + sep + ch(["과장", "팀장", "주무관", "실무관"]) + sep).s(b.kn()).t(sep).s(direct(I)).t(sep).s(mobile("dash")).t("\n")
    elif v == "training":
        b.t(f"{ch(['심폐소생술', '정보보안', '청렴', '성희롱 예방'])} 교육 이수자 명부\n\n")
        for i in range(n):
            b.t(f"{i + 1}. ").s(b.kn()).t(" (").s(dob(birth(20, 62), ch(["dot", "iso", "yy", "dot0"])))
            b.t(f") {ch(I['depts'])} - 이수번호 ").n(f"{R.randint(2024, 2025)}-{dg(5)}", "cert_no").t("\n")
    elif v == "volunteer":
        b.t(f"{ch(['수해 복구', '김장 나눔', '경로당 급식', '하천 정화'])} 자원봉사자 명부\n\n")
        for i in range(n):
            b.t(f"[{i + 1}] 성명: ").s(b.kn()).t(" / 생년월일: ").s(dob(birth(15, 75))).t(" / 연락처: ").s(mobile())
            if coin(0.4):
                b.t(" / 주소: ").addr(address())
            b.t(f" / 활동시간: {R.randint(2, 8)}시간\n")
    else:
        com = ch(["정보공개심의회", "인권위원회", "도시재생위원회", "청년정책위원회"])
        b.t(f"{I['short']} {com} 위원 명단\n\n")
        for i in range(n):
            b.t(f"{i + 1}. ").s(b.kn()).t(f" - {ch(['위원장', '위원', '위원', '부위원장'])}, {ch(UNIVS + ['변호사', '회계사', '시민단체 대표'])}")
            if coin(0.6):
                b.t(", ").s(email(ch(["free", "univ"])))
            b.t("\n")
        b.t("\n※ 당연직 위원: ").n(f"{ch(I['depts'])}장", "office_title").t("\n")


# =============================================================================
# genre: 표 (flattened tables)
# =============================================================================
def table_style():
    return wch([("pipe", 3), ("pipe_sp", 3), ("tab", 3), ("csv", 3), ("pad", 2)])


def emit_table(b, header, rows, style, caption):
    if caption:
        b.t(caption + "\n")
    if style == "pipe":
        table(b, header, rows, sep="|")
    elif style == "pipe_sp":
        if header:
            b.t("| ")
            table(b, header, [], sep=" | ")
        for r in rows:
            b.t("| ")
            table(b, None, [r], sep=" | ")
    elif style == "tab":
        table(b, header, rows, sep="\t")
    elif style == "csv":
        table(b, header, rows, sep=",", csv=True)
    else:
        table(b, header, rows, pad=True)


def g_table(b):
    style = table_style()
    hdr = coin(0.6)
    n = R.randint(3, 6)
    if b.nopii:
        v = b.variant = ch(["stats", "registry"])
        if v == "stats":
            header = ["시군구", "신청 건수", "지급액", "처리율"]
            rows = []
            for _ in range(n):
                full, short, sgg = ch(SIDO[:7] + SIDO[8:])
                rows.append([ch(sgg), f"{R.randint(10, 9999):,}", [amount(1000000, 900000000), "amount"], f"{R.randint(50, 99)}.{R.randint(0, 9)}%"])
            emit_table(b, header if hdr else None, rows, style, f"{R.randint(2023, 2025)}년 시군구별 지원금 지급 현황" + ("" if hdr else "(시군구, 건수, 지급액, 처리율)"))
        else:
            header = ["연번", "생산부서", "문서번호", "제목", "생산일자", "공개구분"]
            rows = []
            for i in range(n):
                I = inst_pick()
                dpt = ch(I["depts"])
                rows.append([str(i + 1), dpt, [docno(dpt), "doc_no"], ch(["민원 처리 결과 보고", "위원회 개최 계획", "예산 변경 요청", "시설 점검 결과"]),
                             [doc_date(style="iso"), "date"], ch(["공개", "부분공개(6)", "비공개(5)"])])
            emit_table(b, header if hdr else None, rows, style, "원문정보 공개 목록" if coin(0.6) else None)
        return
    v = b.variant = wch([("recipients", 2), ("workers", 2), ("refunds", 1.5), ("vehicles", 1.5), ("drivers", 1.5), ("vendors", 2),
                         ("health", 1.6), ("contacts", 1)])
    if v == "recipients":
        header = ["성명", "생년월일", "주소", "연락처", "지급계좌"]
        rows = []
        for _ in range(n):
            bank, acc = account()
            rows.append([b.kn(), dob(birth(25, 90), ch(["iso", "dot0n", "dot", "yymmdd"]) if hdr else ch(["iso", "dot0n"])),
                         addr_item(), mobile("dash"), acc])
        cap = "긴급생활안정자금 지급 대상자" if hdr else "긴급생활안정자금 지급 대상자 명단(성명·생년월일·주소·연락처·계좌)"
        emit_table(b, header if hdr else None, rows, style, cap)
    elif v == "workers":
        header = ["성명(영문)", "국적", "외국인등록번호", "여권번호", "체류자격", "입국일"]
        rows = []
        for _ in range(n):
            lat, han, nat = b.fn()
            rows.append([lat, nat, frn(), passport_foreign(nat), [ch(["E-9", "E-7", "H-2", "F-4", "D-2", "E-8"]), "visa_code"],
                         [doc_date(style="iso"), "date"]])
        emit_table(b, header if hdr else None, rows, style, "외국인근로자 고용 현황" if hdr else "외국인근로자 고용 현황(성명, 국적, 등록번호, 여권번호, 체류자격, 입국일)")
    elif v == "refunds":
        header = ["신청인", "카드번호", "승인번호", "환불금액"]
        rows = []
        for _ in range(n):
            rows.append([b.kn(), card(style=wch([("masked", 3), ("dash", 2)])), [dg(8), "approval_no"], [amount(3000, 300000), "amount"]])
        emit_table(b, header if hdr else None, rows, style, "수강료 카드 결제 환불 대상")
    elif v == "vehicles":
        header = ["차량번호", "소유자", "연락처", "위반일시", "과태료"]
        rows = []
        for _ in range(n):
            rows.append([plate(), b.kn(), mobile(), [f"{doc_date(style='iso')} {R.randint(0, 23):02d}:{R.randint(0, 59):02d}", "date"],
                         [amount(40000, 160000), "amount"]])
        emit_table(b, header if hdr else None, rows, style, "어린이보호구역 주정차 위반 차량 목록")
    elif v == "drivers":
        header = ["성명", "운전면허번호", "면허종별", "연락처"]
        rows = []
        for _ in range(n):
            rows.append([b.kn(), driver_license(ch(["num", "name", "num"]) if not hdr else None), ch(["1종 보통", "1종 대형", "2종 보통"]), mobile()])
        emit_table(b, header if hdr else None, rows, style, "관용차량 운전원 명단" if hdr else "관용차량 운전원 명단(성명, 면허번호, 종별, 연락처)")
    elif v == "vendors":
        header = ["상호", "대표자", "사업자등록번호", "법인등록번호", "전화"]
        rows = []
        for _ in range(n):
            co = ch(COMPANIES)
            rows.append([[co[0], "company"], b.kn(), brn("corp" if co[2] == "corp" else "private"),
                         crn() if co[2] == "corp" else "-", landline()])
        emit_table(b, header if hdr else None, rows, style, "입찰 참가 업체 현황" if hdr else "입찰 참가 업체(상호, 대표자, 사업자등록번호, 법인등록번호, 전화)")
    elif v == "health":
        header = ["성명", "건강보험증번호", "생년월일", "자격구분"]
        rows = []
        for _ in range(n):
            rows.append([b.kn(), health_ins(), dob(birth(1, 90), ch(["iso", "dot0n", "dot"])), ch(["직장가입자", "피부양자", "지역가입자"])])
        emit_table(b, header if hdr else None, rows, style, "건강보험 자격 현황" if hdr else "건강보험 자격 현황(성명, 증번호, 생년월일, 자격)")
    else:
        header = ["이름", "이메일", "휴대전화", "IP"]
        rows = []
        for _ in range(n):
            rows.append([b.kn(), email(), mobile(), ipv4()])
        emit_table(b, header if hdr else None, rows, style, "온라인 설명회 사전등록자(접속 IP 포함)")


# =============================================================================
# genre: 로그
# =============================================================================
UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.91 Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Version/17.4 Mobile/15E148",
       "Mozilla/5.0 (Linux; Android 14; SM-S921N) AppleWebKit/537.36 Chrome/123.0.6312.118 Mobile Safari/537.36",
       "Whale/3.25.232.19"]


def logts(dt=None):
    dt = dt or rdate(2024, 2025)
    return dt, f"{dt.isoformat()} {R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}"


def logtimes(dt, n):
    secs = sorted(R.randint(0, 86399) for _ in range(n))
    return [f"{dt.isoformat()} {x // 3600:02d}:{x % 3600 // 60:02d}:{x % 60:02d}" for x in secs]


def g_log(b):
    if b.nopii:
        b.variant = "batch"
        dt = rdate(2024, 2025)
        b.t(f"# batch scheduler log  build ").n(version(), "version").t("\n")
        for ts in logtimes(dt, R.randint(4, 8)):
            b.t(f"{ts} INFO  job={ch(['daily_backup', 'minwon_stats', 'doc_archive', 'session_cleanup'])} user=").n(user_id(), "user_id")
            b.t(f" status={ch(['OK', 'OK', 'RETRY', 'OK'])} rows={R.randint(0, 99999)} elapsed={R.randint(1, 900)}s ref=").n(docno(ch(INSTS)["depts"][0]), "doc_no").t("\n")
        b.t(f"{ts} WARN  agent version ").n(version(), "version").t(" is deprecated; upgrade to ").n(version(), "version").t("\n")
        return
    v = b.variant = ch(["privacy_access", "web", "auth", "payment", "mail"])
    dt = rdate(2024, 2025)
    n = R.randint(3, 7)
    if v == "privacy_access":
        b.t("[개인정보처리시스템 접속기록]\n")
        subjects = [(b.kn(), rrn(kind="masked")) for _ in range(R.randint(1, 3))]
        staff = [(user_id(), b.kn(), ipv4("private")) for _ in range(R.randint(1, 2))]
        for ts in logtimes(dt, n):
            uid, nm, ip = ch(staff)
            subj, srrn = ch(subjects)
            b.t(f"{ts} | 계정 ").n(uid, "user_id").t(" | 취급자 ").s(nm).t(" | 접속IP ").s(ip).t(" | 정보주체 ").s(subj)
            if coin(0.3):
                b.t("(").s(srrn).t(")")
            b.t(f" | 수행업무 {ch(['조회', '조회', '수정', '출력', '다운로드'])}\n")
    elif v == "web":
        for ts in logtimes(dt, n):
            ip = ipv4("public") if coin(0.8) else ipv6()
            b.s(ip).t(f" - - [{dt.day:02d}/{MON[dt.month - 1].title()}/{dt.year}:{ts[-8:]} +0900] ")
            path = ch(["/minwon/detail?rcptNo=", "/board/view?seq=", "/open/data?id="])
            b.t(f"\"GET {path}").n(receipt_no() if "rcpt" in path else dg(7), "receipt_no").t(f" HTTP/1.1\" {ch(['200', '200', '304', '404'])} {R.randint(200, 90000)} \"-\" \"")
            b.n(ch(UAS), "user_agent").t("\"\n")
    elif v == "auth":
        host = ch(["gw-was01", "minwon-web02", "hr-db01"])
        for ts in logtimes(dt, n):
            ip = ipv4() if coin(0.85) else ipv6()
            r = R.randint(0, 2)
            if r == 0:
                b.t(f"{ts} {host} sshd[{R.randint(1000, 65000)}]: Failed password for invalid user ").n(ch(["admin", "test", "oracle"]), "user_id").t(" from ").s(ip).t(f" port {R.randint(1024, 65535)} ssh2\n")
            elif r == 1:
                b.t(f"{ts} {host} sshd[{R.randint(1000, 65000)}]: Accepted publickey for ").n(user_id(), "user_id").t(" from ").s(ip).t(f" port {R.randint(1024, 65535)}\n")
            else:
                b.t(f"{ts} {host} login: 사용자 ").s(b.kn()).t("(").n(ch([f"u{dg(5)}", f"emp{dg(6)}"]), "user_id").t(") 로그인 성공, 접속지 ").s(ip).t("\n")
    elif v == "payment":
        for ts in logtimes(dt, n):
            b.t(f"[PAY] {ts} order=").n(f"{dt.strftime('%Y%m%d')}-{dg(6)}", "order_no").t(" card=").s(card(style=wch([("masked", 3), ("plain", 1)])))
            b.t(" amount=").n(f"{R.randint(1, 300) * 1000}", "amount").t(f" result={ch(['APPROVED', 'APPROVED', 'DECLINED'])}")
            if coin(0.5):
                b.t(" payer=").s(b.kn())
            if coin(0.4):
                b.t(" ip=").s(ipv4())
            b.t("\n")
    else:
        for ts in logtimes(dt, n):
            qid = ch('ABCDEF') + ''.join(R.choice('0123456789ABCDEF') for _ in range(9))
            b.t(f"{ts} postfix/submission/smtpd[{R.randint(1000, 60000)}]: {qid}: client=unknown[").s(ipv4()).t("], sasl_username=").s(email("gov")).t("\n")
            b.t(f"{ts} postfix/smtp[{R.randint(1000, 60000)}]: {qid}: to=<").s(email()).t(f">, relay=mx.{ch(['gaon', 'hanbit', 'nuri'])}mail.kr:25, delay={R.randint(0, 9)}.{R.randint(1, 9)}, status={ch(['sent', 'deferred', 'bounced'])}\n")


# =============================================================================
# genre: 이메일
# =============================================================================
def mail_head(b, who, addr, dt, to, cc=None, subj=""):
    b.t("보낸 사람: ").s(who).t(" <").s(addr).t(">\n")
    b.t(f"보낸 날짜: {dt.year}년 {dt.month}월 {dt.day}일 {'월화수목금토일'[dt.weekday()]}요일 {ch(['오전', '오후'])} {R.randint(1, 12)}:{R.randint(0, 59):02d}\n")
    b.t("받는 사람: ")
    for i, (n, a) in enumerate(to):
        b.s(n).t(" <").s(a).t(">")
        if i < len(to) - 1:
            b.t("; ")
    b.t("\n")
    if cc:
        b.t("참조: ")
        for i, (n, a) in enumerate(cc):
            b.s(n).t(" <").s(a).t(">")
            if i < len(cc) - 1:
                b.t("; ")
        b.t("\n")
    b.t(f"제목: {subj}\n\n")


def g_email(b):
    I = inst_pick()
    dept = ch(I["depts"])
    dt = rdate(2024, 2025)
    if b.nopii:
        b.variant = "system_notice"
        b.t("보낸 사람: 인사정보시스템 <").n(f"noreply@{I['web'].replace('www.', '')}", "inst_email").t(">\n")
        b.t("받는 사람: 전 직원\n")
        b.t(f"제목: [공지] 비밀번호 변경 안내\n\n")
        b.t(f"시스템 보안 강화를 위해 {fdate(dt, 'dot')}까지 비밀번호를 변경하여 주시기 바랍니다.\n")
        b.t("관련 근거: ").n(statute(), "statute").t("\n장애 문의: 통합유지관리센터 ").n(callcenter(), "callcenter").t("\n")
        b.t("기관 대표 메일: ").n(f"webmaster@{I['web'].replace('www.', '')}", "inst_email").t(" / 대표전화 ").n(I["sw"], "switchboard").t("\n")
        b.t("※ 본 메일은 발신 전용입니다. 클라이언트 버전 ").n(version(), "version").t(" 이상에서 정상 표시됩니다.")
        return
    v = b.variant = ch(["internal", "citizen", "vendor"])
    if v == "internal":
        a, c = b.kn(), b.kn()
        ea, ec = email("gov"), email("gov")
        cc = [(b.kn(), email("gov"))] if coin(0.4) else None
        subj = ch(["RE: [협조] 위원 수당 지급 자료 요청", "RE: 출장자 명단 확인", "FW: 민원 이송 건 회신"])
        mail_head(b, a, ea, dt, [(c, ec)], cc, subj)
        b.s(c).t(" 주무관님, 안녕하세요.\n요청하신 자료 보내드립니다.\n\n")
        p = b.kn()
        r = R.randint(0, 3)
        if r == 3:
            b.t("  - 기간제 운전원 합격자 ").s(p).t(" / 운전면허번호 ").s(driver_license()).t(" / 연락처 ").s(mobile()).t("\n")
        elif r == 0:
            bank, acc = account()
            b.t("  - 위원 ").s(p).t(f": {bank} ").s(acc).t(", 주민등록번호 ").s(rrn(kind="valid")).t("\n")
        elif r == 1:
            b.t("  - 출장자 ").s(p).t(" / 여권번호 ").s(passport_kr()).t(" / 생년월일 ").s(dob(birth(25, 60))).t("\n")
        else:
            b.t("  - 민원인 ").s(p).t(" / ").s(mobile()).t(" / ").addr(address()).t("\n")
        b.t("개인정보가 포함되어 있으니 업무 목적 외 사용을 삼가 주세요.\n\n").s(a).t(" 드림\n")
        b.t(f"────────\n{I['name']} {dept} | 주무관 ").s(a).t("\nT. ").s(direct(I)).t("  M. ").s(mobile()).t("  E. ").s(ea).t("\n\n")
        b.t("-----Original Message-----\nFrom: ").s(c).t(" <").s(ec).t(">\nTo: ").s(a).t(" <").s(ea).t(">\n")
        b.t("> 지난번 말씀드린 자료를 금주 중 보내 주시면 감사하겠습니다.\n> ").s(c).t(" 드림")
    elif v == "citizen":
        cz = b.kn()
        ez = email("free")
        off = b.kn()
        eo = email("gov")
        mail_head(b, off, eo, dt, [(cz, ez)], None, "RE: 과오납 환급 계좌 문의드립니다")
        b.s(cz).t("님, 문의하신 환급 건 안내드립니다.\n")
        bank, acc = account()
        b.t(f"보내주신 {bank} 계좌(").s(acc).t(")로 ").n(amount(10000, 900000), "amount").t("이 ")
        b.t(f"{fdate(dt + datetime.timedelta(days=R.randint(3, 14)), 'dot')}에 입금될 예정입니다.\n")
        b.t("추가 문의는 ").s(direct(I)).t("로 연락 주십시오.\n\n").s(off).t(f" {official_title()} 드림\n\n")
        b.t("--- 원본 메일 ---\n보낸 사람: ").s(cz).t(" <").s(ez).t(">\n")
        b.t("> 안녕하세요. 지난달 자동차세를 두 번 납부했습니다. 환급은 제 ").t(bank).t(" 계좌 ").s(acc)
        b.t(" 로 부탁드립니다.\n> 연락처는 ").s(mobile()).t(" 입니다.\n> ").s(cz).t(" 올림")
    else:
        co = company_pick()
        rep = b.kn()
        er = email("corp", co)
        off = b.kn()
        eo = email("gov")
        mail_head(b, rep, er, dt, [(off, eo)], None, "[제출] 계약 서류 및 통장 사본 송부")
        b.s(off).t(" 주무관님께\n\n").n(co[0], "company").t(" 계약 서류를 보내드립니다.\n")
        b.t(" - 사업자등록번호: ").s(brn("corp" if co[2] == "corp" else "private")).t("\n")
        if co[2] == "corp":
            b.t(" - 법인등록번호: ").s(crn()).t("\n")
        bank, acc = account()
        b.t(f" - 대금 계좌: {bank} ").s(acc).t(" (예금주 ")
        if co[2] == "corp":
            b.n(co[0], "company")
        else:
            b.s(rep)
        b.t(")\n")
        b.t("\n감사합니다.\n").n(co[0], "company").t(" 대표 ").s(rep).t("\n")
        b.t("Tel ").s(landline()).t(" | Mobile ").s(mobile()).t(" | ").s(er).t("\n")
        b.addr(address()).t("\n")


# =============================================================================
# genre: 기사 (news-style prose about citizens)
# =============================================================================
def g_news(b):
    place = ch(["수원", "청주", "순천", "구미", "서귀포", "해운대", "마포"])
    if b.nopii:
        b.variant = "anon"
        b.t(f"{place}서 보이스피싱 전달책 검거\n\n")
        b.t(f"{place}경찰서는 고령자를 속여 ").n(amount(10000000, 200000000), "amount").t("을 가로챈 혐의로 ")
        b.n("A씨", "masked_person").t(f"({R.randint(20, 60)})를 구속했다고 {R.randint(1, 28)}일 밝혔다.\n")
        b.t("피해자 ").n(ch(["김모", "박모", "이모"]), "masked_person").t(f"({R.randint(60, 90)})씨는 검찰을 사칭한 전화를 받고 돈을 건넨 것으로 조사됐다. ")
        b.t("경찰은 공범 ").n("정 모 씨", "masked_person").t("의 행방을 쫓고 있다.\n")
        b.t(f"경찰 관계자는 “수사기관은 절대 돈을 요구하지 않는다”며 의심스러우면 ").n("112", "shortcode").t("에 신고해 달라고 당부했다. ")
        b.t("사건번호는 ").n(case_no(), "case_no").t("이다.")
        return
    v = b.variant = ch(["fire", "people", "police", "foreign", "elder"])
    if v == "fire":
        p1, p2 = b.kn(), b.kn()
        b.t(f"{place} 다세대주택 화재…이웃이 초기 진화\n\n")
        b.t(f"지난 {R.randint(1, 28)}일 오후 {R.randint(1, 11)}시께 {place}의 한 다세대주택 3층에서 불이 나 거주자 ")
        b.s(p1).t(f"({R.randint(60, 90)}) 씨가 연기를 마셔 병원으로 옮겨졌다. ")
        b.t("옆집에 사는 ").s(p2).t(f"({R.randint(20, 50)})씨가 소화기로 불길을 잡았다. ")
        b.s(p2).t(" 씨는 “타는 냄새가 나서 문을 두드렸다”고 말했다.")
    elif v == "people":
        p = b.kn()
        age = R.randint(55, 80)
        b.t(f"[사람들] 30년째 무료 이발 봉사 ").s(p).t(" 씨\n\n")
        b.t(f"{place}에서 이발소를 운영하는 ").s(p).t(f"({age})씨는 매주 월요일 문을 닫고 경로당을 찾는다. ")
        kid = b.kn()
        b.t("손자 ").s(kid).t(f"({R.randint(7, 12)})군도 가끔 따라와 청소를 돕는다. ")
        if coin(0.5):
            g = b.kn()
            b.t("경로당 회장 ").s(g).t(f" 할머니({R.randint(75, 92)})는 “고마운 이웃”이라고 했다.")
        else:
            d = b.kn()
            b.t("딸 ").s(d).t(f"({R.randint(14, 18)})양은 “아버지가 자랑스럽다”고 말했다.")
    elif v == "police":
        off = b.kn()
        b.t(f"길 잃은 치매 노인, 순찰 경찰관이 30분 만에 찾아\n\n")
        b.t(f"{place}경찰서 ").s(off).t(f" {ch(['경위는', '경사는', '순경은'])} 지난 {R.randint(1, 28)}일 새벽 실종 신고된 ")
        el = b.kn()
        b.s(el).t(f"({R.randint(75, 93)}) 할아버지를 공원 벤치에서 발견했다. ")
        b.t("가족인 ").s(b.kn()).t(" 씨는 “경찰관님 덕분에 아버지가 무사하다”고 전했다. 실종 신고는 ").n("112", "shortcode").t("로 하면 된다.")
    elif v == "foreign":
        lat, han, nat = b.fn()
        b.t(f"{nat}에서 온 새댁, 마을 통장 됐다\n\n")
        b.t(f"{place}에 사는 결혼이민자 ")
        if coin(0.5):
            b.s(han).t(f"({R.randint(25, 45)}) 씨가 ")
        else:
            b.s(han).t("(").s(lat).t(f"·{R.randint(25, 45)}) 씨가 ")
        b.t("주민 추천으로 통장에 위촉됐다. 남편 ").s(b.kn()).t(f"({R.randint(30, 55)}) 씨는 “아내가 이웃들과 더 가까워졌다”고 말했다.")
    else:
        p = b.kn()
        b.t("폐지 팔아 모은 돈 장학금으로\n\n")
        b.t("폐지를 팔아 모은 ").n(amount(1000000, 20000000), "amount").t("을 장학금으로 내놓은 ").s(p)
        b.t(f" 할머니({R.randint(75, 95)})가 화제다. ").s(p).t(" 할머니는 “배우지 못한 한을 아이들이 풀었으면 한다”고 했다. ")
        b.t("장학금을 받은 ").s(b.kn()).t(f"({R.randint(15, 18)})양은 감사 편지를 전했다.")


# =============================================================================
# genre: 외국인 (foreign residents and travellers)
# =============================================================================
def g_foreign(b):
    I = inst_pick(["출입국", "구미", "수원"])
    if b.nopii:
        b.variant = "guide"
        b.t("외국인 체류 안내\n\n")
        b.t("○ 체류자격 ").n("E-9", "visa_code").t("(비전문취업), ").n("F-6", "visa_code").t("(결혼이민), ").n("D-2", "visa_code").t("(유학) 소지자는 체류기간 만료 전 연장 신청을 해야 합니다.\n")
        b.t("○ 근거: ").n(statute(), "statute").t(", ").n("「출입국관리법」 제25조", "statute").t("\n")
        b.t("○ 수수료: ").n(amount(30000, 120000), "amount").t("(수입인지)\n")
        b.t("○ 상담: ").n("외국인종합안내센터 1345", "shortcode").t(" (20개 언어)\n○ 주소: ").n(I["addr"], "inst_address").t("\n")
        b.t("○ 작성 예시 성명: ").n("HONG GILDONG", "placeholder").t(", 외국인등록번호: ").n("000000-0000000", "placeholder").t("\n")
        return
    v = b.variant = ch(["registration", "extension", "employment", "travel", "lodging", "marriage"])
    lat, han, nat = b.fn()
    bd = birth(20, 60)
    if v == "registration":
        b.t("외국인등록 사실증명\n\n")
        b.t("성명(Name): ").s(lat).t("\n")
        if coin(0.5):
            b.t("한글 성명: ").s(han).t("\n")
        b.t(f"국적(Nationality): {nat}\n성별: {ch(['M', 'F'])}\n생년월일: ").s(dob(bd, ch(["iso", "eng", "dot", "eng2"]))).t("\n")
        b.t("외국인등록번호: ").s(frn(bd)).t("\n여권번호: ").s(passport_foreign(nat)).t("\n")
        b.t("체류자격: ").n(ch(["E-9", "F-6", "D-2", "E-7", "F-2"]), "visa_code").t("\n체류기간: %s ~ %s\n" % drange("iso"))
        b.t("체류지: ").addr(address()).t("\n\n")
        b.t(f"발급일 {doc_date()}  ").t(I["name"]).t("장")
    elif v == "extension":
        b.t("체류기간 연장허가 신청서(통합신청서)\n\n")
        b.t("Surname/Given names: ").s(lat).t("\n")
        b.t("Date of Birth: ").s(dob(bd, ch(["eng", "iso", "eng2"]))).t(f"   Nationality: {nat}\n")
        b.t("Foreign Resident Registration No.: ").s(frn(bd)).t("\n")
        b.t("Passport No.: ").s(passport_foreign(nat)).t(f"   Passport Expiry Date: {doc_date(style='iso')}\n")
        b.t("Address in Korea: ").addr(address()).t("\n")
        b.t("Cell phone: ").s(mobile()).t("   E-mail: ").s(email("free")).t("\n")
        co = company_pick()
        b.t("근무처: ").n(co[0], "company").t("  사업자등록번호 ").s(brn("corp" if co[2] == "corp" else "private")).t("\n")
        b.t(f"신청일 {doc_date()}  신청인 서명 ").s(lat)
    elif v == "employment":
        co = company_pick()
        b.t("외국인근로자 고용변동 등 신고서\n\n")
        b.t("사업장명: ").n(co[0], "company").t("   사업자등록번호: ").s(brn("corp" if co[2] == "corp" else "private")).t("\n")
        b.t("대표자: ").s(b.kn()).t("   담당자 연락처: ").s(landline()).t("\n")
        b.t("근로자 성명: ").s(lat).t(" (").s(han).t(")\n")
        b.t(f"국적: {nat}   외국인등록번호: ").s(frn(bd)).t("\n")
        b.t(f"변동 사유: {ch(['사업장 이탈', '근로계약 해지', '근무처 변경', '사망'])}   변동일: {doc_date()}\n")
        if coin(0.5):
            lat2, han2, _ = b.fn(nat)
            b.t("동료 근로자: ").s(lat2).t(" / 등록번호 ").s(frn()).t(" / 여권 ").s(passport_foreign(nat)).t("\n")
        b.t("고용허가번호: ").n(f"{R.randint(2022, 2025)}-{dg(7)}", "permit_no")
    elif v == "travel":
        b.t("출입국사실증명\n\n")
        b.t("성명: ").s(lat).t(f"   국적: {nat}   생년월일: ").s(dob(bd, ch(["eng", "iso", "dot0n"]))).t("\n")
        b.t("여권번호: ").s(passport_foreign(nat)).t("\n\n출입국 구분 | 일자 | 편명 | 출입국항\n")
        for _ in range(R.randint(2, 4)):
            b.t(f"{ch(['입국', '출국'])} | ").n(doc_date(style="iso"), "date").t(" | ").n(f"{ch(['KE', 'OZ', '7C', 'VJ', 'TW'])}{R.randint(100, 999)}", "flight_no").t(f" | {ch(['인천공항', '김해공항', '제주공항'])}\n")
    elif v == "lodging":
        b.t("외국인 숙박 신고 대장\n\n")
        for i in range(R.randint(2, 4)):
            if i > 0:
                lat, han, nat = b.fn()
            b.t(f"{i + 1}) ").s(lat).t(f" / {nat} / 여권 ").s(passport_foreign(nat)).t(" / 생년월일 ").s(dob(birth(20, 70), ch(["eng", "iso"])))
            if coin(0.5):
                b.t(" / 연락처 ").s(mobile(ch(["intl", "dash"])))
            b.t(f" / 객실 {R.randint(2, 12)}{R.randint(1, 20):02d}호\n")
    else:
        sp = b.kn()
        b.t("결혼이민자 상담 기록\n\n")
        b.t("내담자: ").s(han).t(" (").s(lat).t(f") / 국적 {nat}\n외국인등록번호: ").s(frn(bd)).t("\n")
        b.t("배우자: ").s(sp).t(" (").s(rrn(kind=wch([("masked", 2), ("valid", 1)]))).t(")\n")
        b.t("주소: ").addr(address()).t("\n연락처: ").s(mobile()).t("\n")
        if coin(0.4):
            b.t("건강보험증번호: ").s(health_ins()).t("\n")
        b.t(f"상담 내용: {ch(['국적 취득 절차 문의', '자녀 입학 서류 안내', '체류자격 변경 상담'])}\n")
        b.t("상담자: ").s(b.kn()).t(" 상담원")


# =============================================================================
# genre: 건강보험·복지
# =============================================================================
def g_welfare(b):
    I = inst_pick()
    if b.nopii:
        b.variant = "guide"
        b.t(f"{R.randint(2024, 2025)}년 건강보험료 산정 안내\n\n")
        b.t(f"○ 직장가입자 보험료율: {R.randint(6, 7)}.{R.randint(0, 99):02d}%\n○ 지역가입자 재산 공제: ").n(amount(50000000, 100000000), "amount").t("\n")
        b.t("○ 근거: ").n("「국민건강보험법」 제69조", "statute").t(", ").n(statute(), "statute").t("\n")
        b.t("○ 요양기관기호 조회: 건강보험심사평가원 누리집\n○ 문의: ").n(callcenter(), "callcenter").t(", ").n("보건복지상담센터 129", "shortcode").t("\n")
        b.t("※ 예시 증번호 ").n("00000000000", "placeholder").t("는 실제 번호가 아닙니다.")
        return
    v = b.variant = wch([("nhis_cert", 2), ("dependent", 2), ("child", 3), ("pension", 1.5), ("medical_aid", 1.5), ("case", 1.5)])
    if v == "nhis_cert":
        p = b.kn()
        b.t("건강보험 자격득실 확인서\n\n")
        b.t("성명 ").s(p).t("   주민등록번호 ").s(rrn(kind=wch([("masked", 3), ("valid", 1)]))).t("\n")
        b.t("건강보험증번호 ").s(health_ins()).t("\n\n가입자 구분 | 사업장 명칭 | 자격 취득일 | 자격 상실일\n")
        for _ in range(R.randint(1, 3)):
            b.t(f"{ch(['직장가입자', '지역가입자', '직장피부양자'])} | ").n(company_pick()[0], "company").t(" | ").n(doc_date(style="iso"), "date").t(" | ")
            b.t(ch(["-", doc_date(style="iso")])).t("\n")
        b.t(f"\n발급일 {doc_date()}   ").t(ch(INSTS[12:13])["name"]).t("\n(문서확인번호 ").n(f"{dg(4)}-{dg(4)}-{dg(4)}-{dg(4)}", "verify_no").t(")")
    elif v == "dependent":
        hd = b.kn()
        b.t("피부양자 자격(취득·상실) 신고서\n\n")
        b.t("직장가입자 성명 ").s(hd).t("   건강보험증번호 ").s(health_ins()).t("\n주민등록번호 ").s(rrn(kind="valid")).t("   연락처 ").s(mobile()).t("\n\n")
        b.t("피부양자\n")
        for _ in range(R.randint(1, 3)):
            dp = b.kn()
            rel = ch(['배우자', '부', '모', '자녀', '자녀'])
            if rel == "자녀":
                k = wch([("valid", 2), ("masked", 1), ("post2020", 1.5)])
                rr = rrn(kind=k) if k == "post2020" else rrn(birth(5, 25), kind=k)
            else:
                rr = rrn(birth(*((25, 60) if rel == "배우자" else (62, 90))), kind=wch([("valid", 2), ("masked", 1)]))
            b.t(f"  {rel} | ").s(dp).t(" | ").s(rr).t(" | 취득\n")
        b.t(f"\n{doc_date()}  신고인 ").s(hd).t(" (서명)")
    elif v == "child":
        kid, par = b.kn(), b.kn()
        b.t(ch(["아동수당 지급 신청서\n\n", "부모급여 지급 신청서\n\n", "첫만남이용권 신청서\n\n"]))
        b.t("아동 성명 ").s(kid).t("   주민등록번호 ").s(rrn(kind="post2020")).t("\n")
        if coin(0.5):
            kid2 = b.kn()
            b.t("아동 성명 ").s(kid2).t("   주민등록번호 ").s(rrn(kind="post2020")).t("\n")
        b.t("보호자 성명 ").s(par).t("   주민등록번호 ").s(rrn(kind=wch([("valid", 2), ("masked", 1)]))).t("\n")
        b.t("주소 ").addr(address()).t("\n휴대전화 ").s(mobile()).t("\n")
        bank, acc = account()
        b.t(f"수급 계좌 {bank} ").s(acc).t("  예금주 ").s(par).t("\n")
        b.t(f"\n{doc_date()}  신청인 ").s(par).t(" (서명)\n").n(I["head"], "office_title").t(" 귀하")
    elif v == "pension":
        p, sp = b.kn(), b.kn()
        b.t("기초연금 수급 희망 이력 관리 신청서\n\n")
        b.t("신청인 ").s(p).t(" (").s(rrn(birth(65, 90), kind="valid")).t(")\n")
        b.t("배우자 ").s(sp).t(" (").s(rrn(birth(60, 90), kind=wch([("valid", 1), ("masked", 1)]))).t(")\n")
        b.t("주소 ").addr(address()).t("\n전화 ").s(landline() if coin(0.5) else mobile()).t("\n")
        bank, acc = account()
        b.t(f"지급 계좌 {bank} ").s(acc).t("\n소득인정액 ").n(amount(0 + 100000, 2000000), "amount").t("(월)\n")
        b.t("상담: ").n("국민연금 고객센터 1355", "shortcode")
    elif v == "medical_aid":
        p = b.kn()
        b.t("의료급여 수급권자 관리카드\n\n")
        b.t("성명 ").s(p).t("   생년월일 ").s(dob(birth(30, 90))).t(f"   종별 {ch(['1종', '2종'])}\n")
        b.t("건강보험증(의료급여증) 번호 ").s(health_ins()).t("\n주소 ").addr(address()).t("\n연락처 ").s(mobile()).t("\n")
        b.t("선택의료급여기관 기호 ").n(dg(8), "provider_code").t("   주상병 ").n(ch(["M54.5", "E11.9", "I10", "J45.9", "F32.1"]), "dx_code").t("\n")
        b.t("사례관리자 ").s(b.kn()).t(" ").t(official_title()).t(" (").s(direct(I)).t(")")
    else:
        p = b.kn()
        b.t("긴급복지 상담 기록지\n\n사례관리번호 ").n(f"{R.randint(2024, 2025)}-{dg(6)}", "case_mgmt_no").t("\n")
        b.t("대상자 ").s(p).t(f"({R.randint(20, 85)}세, {ch(['남', '여'])})  연락처 ").s(mobile()).t("\n")
        b.t("거주지 ").addr(address()).t("\n")
        if coin(0.6):
            b.t("건강보험증번호 ").s(health_ins()).t(f" ({ch(['지역가입자', '직장피부양자', '의료급여 전환 검토'])})\n")
        b.t(f"위기 사유: {ch(['주소득자 실직', '중한 질병', '화재로 주거 상실', '단전·단수'])}\n")
        b.t("지원 결정: 생계지원 ").n(amount(600000, 1900000), "amount").t(" 1회\n")
        if coin(0.6):
            bank, acc = account()
            b.t(f"입금 계좌 {bank} ").s(acc).t(" (예금주 ").s(p).t(")\n")
        b.t("상담자 ").s(b.kn()).t(" 주무관")


# =============================================================================
# genre: 이체·환급
# =============================================================================
def g_refund(b):
    I = inst_pick(LOCAL)
    dt = rdate(2024, 2025)
    if b.nopii:
        b.variant = "guide"
        b.t("지방세 환급금 신청 안내\n\n")
        b.t("1. 대상: 이중 납부, 감면 결정 등으로 발생한 과오납금\n2. 근거: ").n("「지방세기본법」 제60조", "statute").t("\n")
        b.t("3. 신청 방법: 위택스 또는 방문 신청(본인 명의 계좌만 가능)\n4. 환급 가산금: 연 ").t(f"{R.randint(2, 3)}.{R.randint(0, 9)}%\n")
        b.t("5. 1만원 미만 환급금은 다음 고지분에 충당할 수 있습니다(예: ").n(amount(1000, 9990), "amount").t(").\n")
        b.t("6. 문의: 대표전화 ").n(I["sw"], "switchboard").t(" / ").n(callcenter(), "callcenter").t("\n")
        b.t("※ 세입금 수납 계좌(").n(I["short"] + " 금고", "inst_name").t(", 예금주 ").n(I["short"], "inst_name").t(")는 환급 계좌로 사용할 수 없습니다.")
        return
    v = b.variant = wch([("refund_notice", 2), ("transfer", 2), ("card_cancel", 2.5), ("deposit", 2), ("overpay", 1.5)])
    if v == "refund_notice":
        p = b.kn()
        b.t("지방세 환급금 지급 통지서\n\n")
        b.t("납세자 ").s(p).t("   생년월일 ").s(dob(birth())).t("\n주소 ").addr(address()).t("\n")
        b.t("과세번호 ").n(f"{dg(5)}-{dg(3)}-{dg(1)}-{dg(2)}-{dg(6)}", "tax_no").t(f"   세목 {ch(['자동차세', '재산세', '지방소득세'])}\n")
        b.t("환급금 ").n(amount(10000, 2000000), "amount").t("  (가산금 포함)\n")
        bank, acc = account()
        b.t(f"지급 계좌 {bank} ").s(acc).t("  예금주 ").s(p).t("\n")
        b.t(f"지급 예정일 {fdate(dt, 'dot')}\n")
        ib, ia = account(style="dash")
        b.t(f"※ 미납 고지분이 있는 경우 {I['short']} 세입 계좌({ib} ").n(ia[0], "inst_account").t(", 예금주 ").n(I["short"], "inst_name").t(")로 충당됩니다.")
    elif v == "transfer":
        a, c = b.kn(), b.kn()
        b.t("계좌이체 확인증\n\n")
        b.t(f"거래일시 {dt.isoformat()} {R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}\n")
        bank1, acc1 = account(style=wch([("masked", 2), ("dash", 1)]))
        b.t(f"출금 계좌 {bank1} ").s(acc1).t("\n보내는 분 ").s(a).t("\n")
        bank2, acc2 = account()
        b.t(f"입금 은행 {bank2}\n입금 계좌 ").s(acc2).t("\n받는 분 ").s(c).t("\n")
        b.t("이체 금액 ").n(amount(10000, 50000000), "amount").t("\n수수료 0원\n거래번호 ").n(dg(12), "txn_no").t("\n메모 ").s(a).t(ch(["(보증금)", "(월세)", "(위원수당)"]))
    elif v == "card_cancel":
        p = b.kn()
        b.t("카드 결제 취소 안내\n\n").s(p).t(f" 님, {I['short']} 평생학습관 강좌 수강료 결제가 취소되었습니다.\n")
        b.t("카드번호 ").s(card(style=wch([("masked", 4), ("dash", 1)]))).t("\n승인번호 ").n(dg(8), "approval_no").t("\n")
        b.t("취소 금액 ").n(amount(10000, 300000), "amount").t(f"\n취소 일시 {dt.isoformat()}\n")
        b.t("취소 금액은 카드사 사정에 따라 3~5영업일 후 반영됩니다. 문의 ").n(callcenter(), "callcenter")
    elif v == "deposit":
        co = company_pick()
        b.t("입찰보증금 반환 통지\n\n")
        b.t("업체명 ").n(co[0], "company").t("   사업자등록번호 ").s(brn("corp" if co[2] == "corp" else "private")).t("\n")
        if co[2] == "corp":
            b.t("법인등록번호 ").s(crn()).t("\n")
        rep = b.kn()
        b.t("대표자 ").s(rep).t("\n반환 금액 ").n(amount(1000000, 50000000), "amount").t("\n")
        bank, acc = account()
        b.t(f"반환 계좌 {bank} ").s(acc).t(" (예금주 ")
        if co[2] == "corp":
            b.n(co[0], "company")
        else:
            b.s(rep)
        b.t(")\n공고번호 ").n(tender_no(), "tender_no")
    else:
        p = b.kn()
        b.t("과오납 보험료 환급 안내\n\n").s(p).t(" 님께\n")
        b.t("건강보험증번호 ").s(health_ins()).t("\n환급 사유: 이중 납부\n환급 금액: ").n(amount(5000, 900000), "amount").t("\n")
        if coin(0.5):
            bank, acc = account()
            b.t(f"등록 계좌 {bank} ").s(acc).t("로 입금 예정\n")
        else:
            b.t("환급 계좌가 등록되어 있지 않습니다. 본인 명의 계좌를 신청하여 주십시오.\n")
        b.t("문의 ").n(I["sw"], "switchboard")


# =============================================================================
# validation
# =============================================================================
def norm(v, digit_map=True):
    s = unicodedata.normalize("NFKC", v)
    for h in HYPHENS:
        s = s.replace(h, "-")
    s = re.sub(r"\s+", "", s)
    if digit_map:
        s = s.translate(str.maketrans("OoIl", "0011"))
    return s


def valid_date(y, m, d):
    try:
        return datetime.date(y, m, d)
    except ValueError:
        return None


SIDO_TOKENS = set()
for _f, _s, _g in SIDO:
    SIDO_TOKENS.add(_f)
    SIDO_TOKENS.add(_s)
    for _x in _g:
        SIDO_TOKENS.add(_x.split()[0])


def check_value(typ, kind, v):
    """Hard format / checksum assertions (computed on the normalised text)."""
    assert v == v.strip() and v, f"edge whitespace: {v!r}"
    if typ == "PERSON":
        flat = re.sub(r"\s+", " ", v)
        if kind in ("ko", "ko_2sur"):
            assert re.fullmatch(r"[가-힣]{2,4}|[가-힣]( [가-힣]){1,3}", flat), v
            nm = flat.replace(" ", "")
            assert nm[:2] in SUR2 or nm[0] in SUR1, v
            assert nm not in BLOCK_NAMES, v
        elif kind == "foreign_latin" or kind == "ko_romanized":
            assert re.fullmatch(r"[A-Za-z]+(,? [A-Za-z]+)+", flat), v
        elif kind == "foreign_hangul":
            assert re.fullmatch(r"[가-힣]+( [가-힣]+)*", flat), v
        else:
            raise AssertionError(kind)
        return
    if typ == "PHONE_NUMBER":
        if kind == "mobile_hangul":
            assert re.fullmatch(r"[공일이삼사오육칠팔구 \-에]+", v), v
            s = "".join(str(HDIG.index(c)) for c in v if c in HDIG)
        else:
            s = re.sub(r"[^\d+]", "", norm(v))
        if s.startswith("+82"):
            s = "0" + s[3:]
        assert (re.fullmatch(r"010[2-9]\d{7}", s) or re.fullmatch(r"01[16789][2-9]\d{6}", s)
                or re.fullmatch(r"070[2-9]\d{7}", s) or re.fullmatch(r"02[2-9]\d{6,7}", s)
                or re.fullmatch(r"0(3[1-3]|4[1-4]|5[1-5]|6[1-4])[2-9]\d{6,7}", s)), (v, s)
        return
    if typ == "EMAIL_ADDRESS":
        assert re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", norm(v, False)), v
        return
    if typ == "KR_ADDRESS":
        s = unicodedata.normalize("NFKC", v).replace("\n", " ")
        assert s.split()[0] in SIDO_TOKENS, v
        assert re.search(r"\d", s) and "(" not in s and ")" not in s, v
        assert re.search(r"(\d|호|층)$", s), v
        return
    if typ == "DATE_OF_BIRTH":
        s = unicodedata.normalize("NFKC", v)
        s = re.sub(r"\s+", "", s)
        for h in HYPHENS:
            s = s.replace(h, "-")
        tr = str.maketrans("OoIl", "0011")
        me = re.fullmatch(r"(..)(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(....)", s)
        if me:
            me = re.fullmatch(r"(\d{2})([A-Z]{3})(\d{4})", me.group(1).translate(tr) + me.group(2) + me.group(3).translate(tr))
        else:
            s = s.translate(tr)
        m = (re.fullmatch(r"(\d{4})\.(\d{1,2})\.(\d{1,2})\.?", s) or re.fullmatch(r"(\d{4})년(\d{1,2})월(\d{1,2})일", s)
             or re.fullmatch(r"(\d{4})[-/](\d{2})[-/](\d{2})", s))
        if m:
            y, mo, d = map(int, m.groups())
        elif me:
            y, mo, d = int(me.group(3)), MON.index(me.group(2)) + 1, int(me.group(1))
        elif re.fullmatch(r"\d{2}\.\d{2}\.\d{2}|\d{6}", s):
            ds = re.sub(r"\D", "", s)
            y, mo, d = int(ds[:2]), int(ds[2:4]), int(ds[4:])
            y += 1900 if y > 25 else 2000
        elif re.fullmatch(r"\d{2}/\d{2}/\d{4}", s):
            d, mo, y = map(int, s.split("/"))
        else:
            raise AssertionError(f"dob {v!r}")
        dt = valid_date(y, mo, d)
        assert dt and datetime.date(1930, 1, 1) <= dt <= datetime.date(2025, 12, 31), v
        return
    if typ == "KR_BANK_ACCOUNT":
        s = norm(v)
        assert re.fullmatch(r"[\d*X]+(-[\d*X]+)*", s), v
        core = s.replace("-", "")
        assert 11 <= len(core) <= 14, v
        assert sum(c.isdigit() for c in core) >= 7, v
        return
    if typ in ("KR_RRN", "KR_FRN"):
        s = norm(v) if kind != "rrn_masked" else re.sub(r"\s+", "", unicodedata.normalize("NFKC", v)).translate(
            str.maketrans({h: "-" for h in HYPHENS})).translate(str.maketrans("OoIl", "0011"))
        if kind == "rrn_masked":
            m = re.fullmatch(r"(\d{6})-([1-4])([*●X○x#]{6})", s.replace("＊", "*"))
            assert m and len(set(m.group(3))) == 1, v
            f = m.group(1)
            g = int(m.group(2))
            dt = valid_date((1900 if g in (1, 2) else 2000) + int(f[:2]), int(f[2:4]), int(f[4:]))
            assert dt and dt < datetime.date(2020, 10, 1), v
            return
        m = re.fullmatch(r"(\d{6})-(\d{7})", s)
        assert m, v
        d13 = m.group(1) + m.group(2)
        g = int(d13[6])
        cent = 1900 if g in (1, 2, 5, 6) else 2000
        dt = valid_date(cent + int(d13[:2]), int(d13[2:4]), int(d13[4:6]))
        assert dt, v
        if kind == "rrn_valid":
            assert g in (1, 2, 3, 4) and dt < datetime.date(2020, 10, 1) and rrn_check(d13[:12]) == int(d13[12]), v
        elif kind == "rrn_post2020":
            assert g in (3, 4) and dt >= datetime.date(2020, 10, 1) and rrn_check(d13[:12]) != int(d13[12]), v
        elif kind == "frn_legacy":
            assert g in (5, 6, 7, 8) and frn_check(d13[:12]) == int(d13[12]), v
            assert (int(d13[7]) * 10 + int(d13[8])) % 2 == 0 and d13[11] in "6789", v
        else:
            raise AssertionError(kind)
        return
    if typ == "IP_ADDRESS":
        import ipaddress
        s = norm(v)
        ip = ipaddress.ip_address(s)
        assert not ip.is_loopback and not ip.is_multicast and not ip.is_unspecified, v
        return
    if typ == "KR_PASSPORT":
        s = norm(v, False)
        if kind.startswith("passport_kr"):
            assert re.fullmatch(r"[MSRGD]\d{8}|[MSRGD]\d{3}[A-Z]\d{4}", s), v
        else:
            assert re.fullmatch(r"[A-Z]{1,2}\d{7,8}|P\d{7}[A-Z]", s), v
        return
    if typ == "KR_BRN":
        s = re.sub(r"\D", "", norm(v))
        assert len(s) == 10, v
        t = sum(int(a) * w for a, w in zip(s[:9], [1, 3, 7, 1, 3, 7, 1, 3, 5])) + (int(s[8]) * 5) // 10
        assert (10 - t % 10) % 10 == int(s[9]), v
        return
    if typ == "KR_CRN":
        s = norm(v)
        assert re.fullmatch(r"\d{6}-\d{7}", s), v
        d = s.replace("-", "")
        assert crn_check(d[:12]) == int(d[12]), v
        return
    if typ == "KR_DRIVER_LICENSE":
        s = norm(v)
        regs = "|".join(r for _, r in DL_REG)
        codes = "|".join(c for c, _ in DL_REG)
        assert (re.fullmatch(rf"({codes})-\d{{2}}-\d{{6}}-\d{{2}}", s) or re.fullmatch(rf"({codes})\d{{10}}", s)
                or re.fullmatch(rf"({regs})\d{{2}}-\d{{6}}-\d{{2}}", s)), v
        return
    if typ == "KR_VEHICLE_PLATE":
        s = norm(v, False)
        assert re.fullmatch(r"([가-힣]{2})?\d{2,3}[가-힣]\d{4}", s), v
        return
    if typ == "KR_HEALTH_INSURANCE":
        assert re.fullmatch(r"\d{11}", norm(v)), v
        return
    if typ == "CREDIT_CARD":
        s = norm(v)
        if "masked" in kind:
            assert (re.fullmatch(r"\d{4}-\d{2}[*X●]{2}-[*X●]{4}-\d{4}", s) or re.fullmatch(r"\d{4}-\d{4}-[*X●]{4}-\d{4}", s)
                    or re.fullmatch(r"\d{6}[*X●]{6}\d{4}", s)), v
        else:
            d = s.replace("-", "")
            assert re.fullmatch(r"\d{15,16}", d) and luhn_ok(d), v
        return
    raise AssertionError(typ)


SUSPICIOUS = [
    ("mobile", re.compile(r"(?<![\d])01[016789][-. ]?\d{3,4}[-. ]?\d{4}(?!\d)")),
    ("email", re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")),
    ("rrn_shape", re.compile(r"(?<!\d)\d{6}-\d{7}(?!\d)")),
    ("card_shape", re.compile(r"(?<!\d)\d{4}[- ]?\d{4}[- ]?\d{4}[- ]?\d{3,4}(?!\d)")),
    ("ipv4", re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")),
    ("landline", re.compile(r"(?<![\d-])0\d{1,2}-\d{3,4}-\d{4}(?![\d-])")),
]


def validate(doc):
    text = doc.text()
    spans = doc.spans
    # bounds, exactness, order, overlap, whitespace, types
    prev_end = 0
    for sp in spans:
        st, en = sp["start"], sp["end"]
        assert 0 <= st < en <= len(text), sp
        assert st >= prev_end, f"overlap/unsorted {sp}"
        prev_end = en
        v = text[st:en]
        assert v == v.strip(), f"edge whitespace {v!r}"
        assert sp["type"] in TYPES, sp
        check_value(sp["type"], sp["kind"], v)
        if sp["noise"] is None:
            assert v == sp["clean"], (v, sp)
    if doc.nopii:
        assert not spans, "no-PII record has spans"
    else:
        if not spans:
            raise Retry("empty")
    covered = [(sp["start"], sp["end"]) for sp in spans]

    def inside(i, j, ranges):
        return any(a <= i and j <= b for a, b in ranges)

    def overlaps(i, j, ranges):
        return any(i < b and a < j for a, b in ranges)

    # every other occurrence of a labelled value must be labelled too
    for sp in spans:
        for val in {text[sp["start"]:sp["end"]], sp["clean"]}:
            i = text.find(val)
            while i >= 0:
                if not inside(i, i + len(val), covered):
                    raise Retry(f"unlabelled repeat of {sp['type']} {val!r}")
                i = text.find(val, i + 1)
    # PII-looking strings outside spans must be tagged hard negatives
    negr = [(n["start"], n["end"]) for n in doc.negs]
    for nm, rx in SUSPICIOUS:
        for m in rx.finditer(text):
            i, j = m.span()
            if overlaps(i, j, covered):
                continue
            if nm == "ipv4" and not all(int(x) <= 255 for x in m.group().split(".")):
                continue
            if not inside(i, j, negr):
                raise AssertionError(f"untagged {nm} outside spans: {m.group()!r} in {doc.genre}/{doc.variant}")
    for n in doc.negs:
        assert not overlaps(n["start"], n["end"], covered), n
    return text


# =============================================================================
# build
# =============================================================================
GENRES = [  # genre, function, records, of which no-PII, OCR-eligible
    ("공문", g_gongmun, 54, 12, True),
    ("민원회신", g_minwon, 42, 9, True),
    ("보도자료", g_press, 34, 9, True),
    ("회의록", g_minutes, 34, 7, True),
    ("보고서", g_report, 36, 7, True),
    ("판결문·결정문", g_judgment, 32, 9, True),
    ("계약서", g_contract, 32, 6, True),
    ("동의서·신청서", g_form, 50, 8, True),
    ("명부", g_roster, 32, 5, True),
    ("표", g_table, 52, 10, True),
    ("로그", g_log, 34, 7, False),
    ("이메일", g_email, 30, 5, False),
    ("기사", g_news, 34, 8, True),
    ("외국인", g_foreign, 48, 6, True),
    ("건강보험·복지", g_welfare, 40, 7, True),
    ("이체·환급", g_refund, 38, 7, True),
]
OCR_SHARE = 0.20
MIN_SPANS = {"KR_RRN": 40, "KR_FRN": 40, "KR_PASSPORT": 40, "KR_DRIVER_LICENSE": 40, "CREDIT_CARD": 40,
             "KR_BANK_ACCOUNT": 40, "PHONE_NUMBER": 40, "EMAIL_ADDRESS": 40, "PERSON": 500, "DATE_OF_BIRTH": 100}


def build():
    global R
    R = random.Random(SEED)
    plan = []
    for g, fn, n, n0, ocr_ok in GENRES:
        for k in range(n):
            plan.append([g, fn, k < n0, ocr_ok, False])
    R.shuffle(plan)
    eligible = [i for i, p in enumerate(plan) if p[3]]
    n_ocr = round(OCR_SHARE * len(plan))
    for i in R.sample(eligible, n_ocr):
        plan[i][4] = True
    records, metas = [], []
    retries = Counter()
    for idx, (g, fn, nopii, _, ocr) in enumerate(plan):
        rid = f"bx-{idx + 1:04d}"
        for attempt in range(60):
            doc = Doc(g, ocr=ocr, nopii=nopii)
            try:
                fn(doc)
                text = validate(doc)
            except Retry as e:
                retries[str(e).split(" ")[0] + " " + g] += 1
                continue
            break
        else:
            raise SystemExit(f"could not generate a valid record for {rid} ({g})")
        records.append({"id": rid, "text": text,
                        "spans": [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in doc.spans],
                        "genre": g})
        metas.append({"id": rid, "genre": g, "variant": doc.variant, "ocr": ocr, "no_pii": nopii,
                      "spans": [{"start": s["start"], "end": s["end"], "type": s["type"], "kind": s["kind"],
                                 "noise": s["noise"]} for s in doc.spans],
                      "hard_negatives": doc.negs})
    return records, metas, retries


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in rows)


def recheck_file(path, meta_path):
    recs = [json.loads(l) for l in open(path, encoding="utf-8")]
    metas = {m["id"]: m for m in (json.loads(l) for l in open(meta_path, encoding="utf-8"))}
    ids = set()
    for r in recs:
        assert set(r) == {"id", "text", "spans", "genre"}, r.keys()
        assert r["id"] not in ids
        ids.add(r["id"])
        t = r["text"]
        prev = 0
        m = metas[r["id"]]
        assert len(m["spans"]) == len(r["spans"])
        for sp, ms in zip(r["spans"], m["spans"]):
            assert set(sp) == {"start", "end", "type"}
            assert prev <= sp["start"] < sp["end"] <= len(t)
            prev = sp["end"]
            v = t[sp["start"]:sp["end"]]
            assert v.strip() == v
            check_value(sp["type"], ms["kind"], v)
        for sp in r["spans"]:
            v = t[sp["start"]:sp["end"]]
            i = t.find(v)
            while i >= 0:
                assert any(s["start"] <= i and i + len(v) <= s["end"] for s in r["spans"]), (r["id"], v)
                i = t.find(v, i + 1)
    return recs


def main():
    records, metas, retries = build()
    out1 = dump(records)
    records2, metas2, _ = build()
    assert dump(records2) == out1 and dump(metas2) == dump(metas), "generator is not deterministic"
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(out1)
    with open(OUT_META, "w", encoding="utf-8") as f:
        f.write(dump(metas))
    recs = recheck_file(OUT, OUT_META)
    tc0 = Counter(s["type"] for r in recs for s in r["spans"])
    for t in TYPES:
        assert tc0[t] >= MIN_SPANS.get(t, 20), f"too few {t}: {tc0[t]}"
    n0 = sum(1 for r in recs if not r["spans"])
    assert 0.17 <= n0 / len(recs) <= 0.23 and len(recs) >= 500
    # ---------------- statistics
    tc = Counter(s["type"] for r in recs for s in r["spans"])
    print(f"records: {len(recs)}   spans: {sum(tc.values())}   "
          f"no-PII: {sum(1 for r in recs if not r['spans'])}   OCR: {sum(1 for m in metas if m['ocr'])}")
    for t in TYPES:
        print(f"  {t:22s} {tc[t]}")
    print("per genre (records / no-PII / OCR / spans):")
    for g, *_ in GENRES:
        rs = [r for r in recs if r["genre"] == g]
        ms = [m for m in metas if m["genre"] == g]
        print(f"  {g:10s} {len(rs):4d} {sum(1 for r in rs if not r['spans']):4d} {sum(1 for m in ms if m['ocr']):4d} "
              f"{sum(len(r['spans']) for r in rs):5d}")
    kinds = Counter(s["kind"] for m in metas for s in m["spans"])
    noise = Counter(s["noise"] for m in metas for s in m["spans"] if s["noise"])
    negs = Counter(n["cat"] for m in metas for n in m["hard_negatives"])
    print("kinds:", dict(sorted(kinds.items())))
    print("noise:", dict(sorted(noise.items())), "total", sum(noise.values()))
    print("hard negatives:", dict(sorted(negs.items())), "total", sum(negs.values()))
    print("retries:", dict(retries))
    print("OK: all validation checks passed; output is deterministic.")


if __name__ == "__main__":
    main()
