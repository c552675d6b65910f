#!/usr/bin/env python3
"""Generate the pii_ad evaluation set (Korean PII, synthetic, deterministic).

Standard library only.  Every random choice comes from
random.Random("pii_ad-2026|<template>|<i>").  Usage:

    python make_set.py [OUTDIR]

writes pii_ad.jsonl, pii_ad.meta.jsonl and stats.json into OUTDIR (default: the
folder of this script), then re-reads and validates them.
"""
import json
import os
import random
import re
import sys
import unicodedata

SEED_PREFIX = "pii_ad-2026"

# ----------------------------------------------------------------------------
# pools (all invented)
# ----------------------------------------------------------------------------
SUR1 = ("김 김 김 김 이 이 이 이 박 박 박 최 최 정 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 "
        "류 전 홍 고 문 양 손 배 백 허 유 남 심 노 하 곽 성 차 주 우 구 민 진 나 지 엄 채 "
        "원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 "
        "인 맹 제 탁 국 어 은 편 용 예 경 봉 사 부 가 복 태 목 형 피 두 감 음 빈 동 온 호 범").split()
SUR2 = ["남궁", "황보", "선우", "제갈", "독고", "사공", "서문", "동방"]
GIV = ("민 서 지 현 준 우 수 영 진 하 윤 은 예 도 시 주 연 재 원 성 훈 혁 호 경 미 정 희 "
       "숙 자 순 옥 철 석 환 태 승 동 상 용 기 규 찬 혜 나 아 유 채 소 다 가 린 율 온 "
       "솔 별 빈 결 한 슬 람 늘 산 건 범 선 설 명 길 덕 봉 춘 복 종 섭 식 찬 웅 택 필").split()
WORDNAMES = ["장미", "유리", "진주", "나비", "이슬", "공정", "안정", "조정", "한결", "하늘",
             "우정", "강산", "고은", "민주", "송이", "마음", "나래", "하나", "이사랑", "한가람",
             "구슬", "노을", "진실", "양지"]
FOREIGN = {
    "VN": ([("Nguyen", "응우옌"), ("Tran", "쩐"), ("Le", "레"), ("Pham", "팜"), ("Hoang", "호앙"),
            ("Bui", "부이"), ("Dang", "당"), ("Vo", "보")],
           [("Van", "반"), ("Thi", "티"), ("Duc", "득"), ("Ngoc", "응옥"), ("Minh", "민")],
           [("Hung", "훙"), ("Lan", "란"), ("Tuan", "뚜안"), ("Hoa", "화"), ("Quang", "꽝"),
            ("Thu", "투"), ("Linh", "린"), ("Khoa", "코아"), ("Phuong", "프엉")], "베트남"),
    "PH": ([("Santos", "산토스"), ("Reyes", "레예스"), ("Cruz", "크루즈"), ("Bautista", "바우티스타"),
            ("Mendoza", "멘도사"), ("Villanueva", "비야누에바")], [],
           [("Maria", "마리아"), ("Jose", "호세"), ("Angelica", "안젤리카"), ("Rommel", "로멜"),
            ("Jericho", "제리코"), ("Liezel", "리젤")], "필리핀"),
    "ID": ([("Santoso", "산토소"), ("Pratama", "프라타마"), ("Wijaya", "위자야"), ("Saputra", "사푸트라"),
            ("Hidayat", "히다얏")], [],
           [("Budi", "부디"), ("Siti", "시티"), ("Agus", "아구스"), ("Dewi", "데위"), ("Rizky", "리즈키")],
           "인도네시아"),
    "NP": ([("Thapa", "타파"), ("Gurung", "구룽"), ("Shrestha", "슈레스타"), ("Tamang", "타망"),
            ("Magar", "마가르")], [],
           [("Bikash", "비카스"), ("Sunita", "수니타"), ("Anil", "아닐"), ("Ramesh", "라메시"),
            ("Sarita", "사리타")], "네팔"),
    "UZ": ([("Karimov", "카리모프"), ("Tursunov", "투르수노프"), ("Rakhimova", "라히모바"),
            ("Yusupov", "유수포프")], [],
           [("Aziz", "아지즈"), ("Dilnoza", "딜노자"), ("Jasur", "자수르"), ("Sardor", "사르도르")],
           "우즈베키스탄"),
    "KH": ([("Chan", "찬"), ("Sok", "속"), ("Heng", "헹"), ("Keo", "께오")], [],
           [("Sokha", "소카"), ("Vanna", "완나"), ("Dara", "다라"), ("Sreymom", "스레이몸")], "캄보디아"),
    "US": ([("Miller", "밀러"), ("Carter", "카터"), ("Brooks", "브룩스"), ("Walsh", "월시"),
            ("Fischer", "피셔")], [],
           [("John", "존"), ("Emily", "에밀리"), ("David", "데이비드"), ("Sarah", "세라"),
            ("Lukas", "루카스")], "미국"),
    "CN": ([("Wang", "왕"), ("Zhang", "장"), ("Liu", "류"), ("Chen", "천"), ("Zhao", "자오")], [],
           [("Lei", "레이"), ("Na", "나"), ("Wei", "웨이"), ("Yang", "양"), ("Xiaoming", "샤오밍")], "중국"),
}
FOREIGN_KEYS = ["VN", "PH", "ID", "NP", "UZ", "KH", "US", "CN"]

SIDO = [("서울특별시", "서울시", "서울", ["마포구", "은평구", "강서구", "노원구", "송파구", "관악구", "성북구"]),
        ("부산광역시", "부산시", "부산", ["해운대구", "사하구", "동래구", "금정구"]),
        ("대구광역시", "대구시", "대구", ["수성구", "달서구", "북구"]),
        ("인천광역시", "인천시", "인천", ["연수구", "부평구", "남동구", "계양구"]),
        ("광주광역시", "광주시", "광주", ["북구", "광산구", "서구"]),
        ("대전광역시", "대전시", "대전", ["유성구", "서구", "대덕구"]),
        ("울산광역시", "울산시", "울산", ["남구", "울주군", "중구"]),
        ("경기도", "경기도", "경기", ["수원시 팔달구", "성남시 분당구", "고양시 일산동구", "용인시 수지구", "화성시", "파주시", "안산시 단원구"]),
        ("강원특별자치도", "강원도", "강원", ["춘천시", "원주시", "강릉시", "홍천군"]),
        ("충청북도", "충북", "충북", ["청주시 흥덕구", "충주시", "제천시", "음성군"]),
        ("충청남도", "충남", "충남", ["천안시 서북구", "아산시", "공주시", "당진시"]),
        ("전북특별자치도", "전북", "전북", ["전주시 완산구", "익산시", "군산시", "김제시"]),
        ("전라남도", "전남", "전남", ["순천시", "여수시", "목포시", "나주시", "해남군"]),
        ("경상북도", "경북", "경북", ["포항시 북구", "구미시", "경주시", "안동시"]),
        ("경상남도", "경남", "경남", ["창원시 성산구", "김해시", "진주시", "거제시", "양산시"]),
        ("제주특별자치도", "제주도", "제주", ["제주시", "서귀포시"])]
ROADSTEM = ["한빛", "솔내", "누리", "다솜", "새별", "가람", "푸른숲", "은행나무", "별빛", "물안개", "청솔",
            "느티", "하늬", "매봉", "들꽃", "도담", "온누리", "버들", "꽃뫼", "세움", "미르", "너른들"]
DONGSTEM = ["신", "상", "하", "중", "월", "송", "대", "금", "은", "도", "평", "용", "봉", "청"]
APTS = ["한빛아파트", "솔내마을", "누리빌라", "새별타운", "가람하이츠", "푸른숲맨션", "다솜빌", "청솔아파트"]
DEPTS = ["민원행정과", "교통행정과", "복지정책과", "일자리경제과", "운영지원과", "자치행정과", "세무과",
         "환경정책과", "건축과", "감사담당관", "외국인정책과", "사회복지과", "도시계획과", "기획예산과"]
ORGS = ["한누리시", "솔내군", "가람구", "새별시", "미르군", "누리구", "청솔시", "다솜군"]
COMPANIES = ["(주)한빛엔지니어링", "주식회사 솔내산업", "(주)새별테크", "가람물산(주)", "(주)누리정밀",
             "주식회사 다솜푸드", "(주)청솔건설", "미르로지스 주식회사", "(주)온누리식품", "버들전자(주)"]
SHOPS = ["한빛마트", "솔내문구", "새별약국", "가람식당", "누리주유소", "다솜꽃집", "청솔안경원", "미르서점"]
MAILDOM = ["naver.com", "daum.net", "hanmail.net", "gmail.com", "kakao.com", "nate.com", "outlook.kr"]
ROMA = ["min", "seo", "ji", "hyun", "jun", "woo", "su", "young", "jin", "ha", "yoon", "eun", "ye", "do",
        "joo", "yeon", "jae", "won", "sung", "hoon", "hye", "na", "ah", "yu", "chae", "so", "da", "rin"]
ROMSUR = ["kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "han", "oh", "seo",
          "shin", "kwon", "hwang", "ahn", "song", "ryu", "hong"]
PLATE_PRIV = list("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주")
PLATE_COMM = list("바사아자")
PLATE_RENT = list("하허호")
DL_REGION_NAMES = ["서울", "부산", "경기", "강원", "충북", "충남", "전북", "전남", "경북", "경남",
                   "제주", "대구", "인천", "광주", "대전", "울산"]
DL_REGION_CODES = ["11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "28"]
AREA = ["02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055",
        "061", "062", "063", "064"]
BANKS = [("KB국민은행", "kb", [6, 2, 6], ""), ("국민", "kb", [6, 2, 6], ""), ("신한은행", "shinhan", [3, 3, 6], "1"),
         ("우리은행", "woori", [4, 3, 6], "1"), ("하나은행", "hana", [3, 6, 5], ""),
         ("NH농협", "nh", [3, 4, 4, 2], "3"), ("농협", "nh", [3, 4, 4, 2], "3"),
         ("IBK기업은행", "ibk", [3, 6, 2, 3], "0"), ("SC제일은행", "sc", [3, 2, 6], ""),
         ("카카오뱅크", "kakao", [4, 2, 7], "3333"), ("토스뱅크", "toss", [4, 4, 4], "1000"),
         ("우체국", "post", [6, 2, 6], ""), ("새마을금고", "kfcc", [4, 2, 6, 1], "900"),
         ("부산은행", "busan", [3, 4, 4, 2], "1"), ("케이뱅크", "kbank", [3, 3, 6], "100"),
         ("수협은행", "suhyup", [3, 2, 6], "1"), ("대구은행", "dgb", [3, 2, 6, 1], "5")]
BANK_KEYS = list(range(len(BANKS)))
FW_NOISE_CATS = None

TITLES_OFF = ["주무관", "사무관", "과장", "팀장", "서기관", "국장", "실장", "계장"]
TITLES_CIV = ["씨", "님"]

# ----------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------

def batchim(w):
    ch = w[-1]
    c = ord(ch) - 0xAC00
    if 0 <= c < 11172:
        return c % 28 != 0
    return ch in "0136789LMNlmn"


def jo(w, a, b):
    """particle: a after a final consonant, b otherwise (은/는, 이/가, 을/를, 과/와)."""
    return a if batchim(w) else b


def days_in(y, m):
    if m == 2:
        return 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28
    return 30 if m in (4, 6, 9, 11) else 31


def rdate(rng, y0, y1):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    return y, m, rng.randint(1, days_in(y, m))


def digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def group(s, sizes, sep="-"):
    out, k = [], 0
    for n in sizes:
        out.append(s[k:k + n])
        k += n
    return sep.join(out)


def kname(rng, kind=None):
    r = rng.random()
    if kind is None:
        kind = "kr_2syl_surname" if r < 0.12 else ("kr_2char" if r < 0.24 else "kr_3char")
    if kind == "kr_2syl_surname":
        return rng.choice(SUR2) + rng.choice(GIV) + (rng.choice(GIV) if rng.random() < 0.75 else ""), kind
    if kind == "kr_2char":
        return rng.choice(SUR1) + rng.choice(GIV), kind
    if kind == "kr_wordname":
        return rng.choice(WORDNAMES), kind
    g1 = rng.choice(GIV)
    g2 = rng.choice(GIV)
    while g2 == g1:
        g2 = rng.choice(GIV)
    return rng.choice(SUR1) + g1 + g2, "kr_3char"


def fname(rng, key=None, script=None, upper=None):
    """returns (latin, hangul, nationality)"""
    key = key or rng.choice(FOREIGN_KEYS)
    fam, mid, giv, nat = FOREIGN[key]
    f = rng.choice(fam)
    g = rng.choice(giv)
    if key in ("VN", "CN"):
        parts = [f] + ([rng.choice(mid)] if mid and rng.random() < 0.8 else []) + [g]
    else:
        parts = [g, f]
    lat = " ".join(p[0] for p in parts)
    if upper or (upper is None and rng.random() < 0.4):
        lat = lat.upper()
    han = (" " if rng.random() < 0.75 else "").join(p[1] for p in parts)
    return lat, han, nat


class PV(tuple):
    """(value, type, subkind)"""
    def __new__(cls, v, t, s):
        return tuple.__new__(cls, (v, t, s))


def P(rng, kind=None):
    n, k = kname(rng, kind)
    return PV(n, "PERSON", k)


def PF(rng, key=None, script="latin", upper=None):
    lat, han, nat = fname(rng, key, upper=upper)
    if script == "latin":
        return PV(lat, "PERSON", "foreign_latin")
    return PV(han, "PERSON", "foreign_hangul")


# ---- national IDs ----------------------------------------------------------
W_RRN = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]


def rrn_check(d12):
    s = sum(int(a) * b for a, b in zip(d12, W_RRN))
    return (11 - s % 11) % 10


def frn_check(d12):
    s = sum(int(a) * b for a, b in zip(d12, W_RRN))
    return (13 - s % 11) % 10


def rrn(rng, kind=None, sep="-"):
    r = rng.random()
    if kind is None:
        kind = "rrn_valid" if r < 0.5 else ("rrn_post2020" if r < 0.72 else "rrn_masked")
    if kind == "rrn_post2020":
        y = rng.randint(2020, 2025)
        m = rng.randint(10, 12) if y == 2020 else rng.randint(1, 12)
        d = rng.randint(1, days_in(y, m))
        g = rng.choice("34")
    else:
        while True:
            y, m, d = rdate(rng, 1942, 2019)
            if not (y == 2019 and m > 9):
                break
        g = rng.choice("12") if y < 2000 else rng.choice("34")
    front = "%02d%02d%02d" % (y % 100, m, d)
    if kind == "rrn_masked":
        mch = rng.choice(["*", "*", "●", "X", "x", "○"])
        return PV(front + sep + g + mch * 6, "KR_RRN", kind)
    body = front + g + digits(rng, 5)
    c = rrn_check(body)
    if kind == "rrn_post2020":
        c = (c + rng.randint(1, 9)) % 10
    return PV(front + sep + body[6:] + str(c), "KR_RRN", kind)


def frn(rng, sep="-"):
    y, m, d = rdate(rng, 1965, 2006)
    g = rng.choice("56") if y < 2000 else rng.choice("78")
    body = "%02d%02d%02d" % (y % 100, m, d) + g + digits(rng, 5)
    return PV(body[:6] + sep + body[6:] + str(frn_check(body)), "KR_FRN", "frn_legacy"), (y, m, d)


def passport(rng, kind=None):
    r = rng.random()
    if kind is None:
        kind = "passport_kr_old" if r < 0.35 else "passport_kr_new"
    L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    if kind == "passport_kr_old":
        return PV(rng.choice("MMMSRGD") + digits(rng, 8), "KR_PASSPORT", kind)
    if kind == "passport_kr_new":
        return PV(rng.choice("MMMSRGD") + digits(rng, 3) + rng.choice(L) + digits(rng, 4), "KR_PASSPORT", kind)
    # foreign shapes (invented within common patterns)
    shp = rng.choice(["L7", "L8", "P7L", "LL7", "L8"])
    if shp == "L7":
        v = rng.choice("CBN") + digits(rng, 7)
    elif shp == "L8":
        v = rng.choice("EKG") + digits(rng, 8)
    elif shp == "P7L":
        v = "P" + digits(rng, 7) + rng.choice("ABC")
    else:
        v = rng.choice(["PA", "FA", "AB"]) + digits(rng, 7)
    return PV(v, "KR_PASSPORT", "passport_foreign")


def dlic(rng, form=None):
    forms = ["dl_code_hyphen", "dl_code_hyphen", "dl_name_space", "dl_name_nospace", "dl_plain12",
             "dl_code_space", "dl_je_ho", "dl_code_dot"]
    form = form or rng.choice(forms)
    serial = digits(rng, 6)
    tail = str(rng.randint(0, 9)) + str(rng.choice([0, 0, 0, 1, 2]))
    if form in ("dl_name_space", "dl_name_nospace"):
        yy = "%02d" % rng.choice(list(range(85, 100)) + list(range(0, 14)))
        reg = rng.choice(DL_REGION_NAMES)
        sp = " " if form == "dl_name_space" else ""
        return PV(reg + sp + yy + "-" + serial + "-" + tail, "KR_DRIVER_LICENSE", form)
    yy = "%02d" % rng.choice(list(range(88, 100)) + list(range(0, 25)))
    code = rng.choice(DL_REGION_CODES)
    if form == "dl_plain12":
        v = code + yy + serial + tail
    elif form == "dl_code_space":
        v = " ".join([code, yy, serial, tail])
    elif form == "dl_code_dot":
        v = ".".join([code, yy, serial, tail])
    else:
        v = "-".join([code, yy, serial, tail])
    return PV(v, "KR_DRIVER_LICENSE", form)


def luhn_complete(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return body + str((10 - s % 10) % 10)


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


def card(rng, brand=None, sep=None):
    brand = brand or rng.choice(["visa", "master", "bc", "jcb", "amex", "visa", "master", "local"])
    if brand == "amex":
        num = luhn_complete(rng.choice(["34", "37"]) + digits(rng, 12))
        sizes = [4, 6, 5]
    else:
        pre = {"visa": "4" + digits(rng, 1), "master": str(rng.randint(51, 55)), "bc": "94" + str(rng.randint(0, 9)),
               "jcb": "35" + str(rng.randint(28, 89)), "local": rng.choice(["9410", "9490", "6251", "9445"])}[brand]
        num = luhn_complete(pre + digits(rng, 15 - len(pre)))
        sizes = [4, 4, 4, 4]
    if sep is None:
        sep = rng.choice(["-", "-", "-", " ", ""])
    return PV(group(num, sizes, sep), "CREDIT_CARD", "card_" + brand)


def account(rng, bank=None, sep=None):
    bi = bank if bank is not None else rng.choice(BANK_KEYS)
    name, key, sizes, pre = BANKS[bi]
    n = pre + digits(rng, sum(sizes) - len(pre))
    if sep is None:
        sep = "-" if rng.random() < 0.8 else ""
    return name, PV(group(n, sizes, sep), "KR_BANK_ACCOUNT", "acct_" + key + ("" if sep else "_plain"))


def mobile(rng, sep=None):
    sep = rng.choice(["-", "-", "-", ".", " ", ""]) if sep is None else sep
    return PV(sep.join(["010", str(rng.randint(2, 9)) + digits(rng, 3), digits(rng, 4)]), "PHONE_NUMBER",
              "mobile")


def landline(rng, area=None, kind="landline", sep="-"):
    a = area or rng.choice(AREA)
    mid = str(rng.randint(2, 9)) + digits(rng, 2 if (a != "02" and rng.random() < 0.3) else 3)
    if kind == "070":
        a = "070"
        mid = str(rng.randint(2, 9)) + digits(rng, 3)
    return PV(sep.join([a, mid, digits(rng, 4)]), "PHONE_NUMBER", kind)


def email(rng, official=False, dom=None):
    loc = rng.choice(ROMA) + rng.choice(ROMA)
    r = rng.random()
    if r < 0.4:
        loc = loc + rng.choice([".", "_", ""]) + rng.choice(ROMSUR)
    elif r < 0.7:
        loc = rng.choice(ROMSUR) + loc + str(rng.randint(1, 99))
    if official:
        return PV(loc + "@korea.kr", "EMAIL_ADDRESS", "email_official")
    d = dom or rng.choice(MAILDOM)
    return PV(loc + "@" + d, "EMAIL_ADDRESS", "email_private")


def dob(rng, form=None, y0=1950, y1=2006, ymd=None):
    y, m, d = ymd or rdate(rng, y0, y1)
    forms = ["dob_dot_space", "dob_korean", "dob_iso", "dob_dot_pad", "dob_yy_dot", "dob_yymmdd", "dob_slash"]
    form = form or rng.choice(forms)
    v = {"dob_dot_space": "%d. %d. %d." % (y, m, d), "dob_korean": "%d년 %d월 %d일" % (y, m, d),
         "dob_iso": "%d-%02d-%02d" % (y, m, d), "dob_dot_pad": "%d.%02d.%02d." % (y, m, d),
         "dob_yy_dot": "%02d.%02d.%02d" % (y % 100, m, d), "dob_yymmdd": "%02d%02d%02d" % (y % 100, m, d),
         "dob_slash": "%d/%02d/%02d" % (y, m, d)}[form]
    return PV(v, "DATE_OF_BIRTH", form)


def brn(rng, corp=None):
    corp = rng.random() < 0.6 if corp is None else corp
    mid = rng.choice([81, 85, 86, 87, 88]) if corp else rng.randint(1, 79)
    d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(2)] + [mid // 10, mid % 10] + \
        [rng.randint(0, 9) for _ in range(4)]
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(a * b for a, b in zip(d, w)) + (d[8] * 5) // 10
    c = (10 - s % 10) % 10
    n = "".join(map(str, d)) + str(c)
    return PV(group(n, [3, 2, 5], "-" if rng.random() < 0.85 else ""), "KR_BRN", "brn_corp" if corp else "brn_indiv")


def brn_ok(n):
    d = [int(x) for x in n]
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(a * b for a, b in zip(d[:9], w)) + (d[8] * 5) // 10
    return (10 - s % 10) % 10 == d[9]


def crn(rng):
    office = rng.choice(["1101", "1301", "1311", "1345", "1201", "1501", "1601", "1711", "1801", "2001",
                         "1244", "1350", "1615", "2801"])
    typ = rng.choice(["11", "11", "11", "14", "71", "13"])
    body = office + typ + digits(rng, 6)
    s = sum(int(a) * (1 if i % 2 == 0 else 2) for i, a in enumerate(body))
    c = (10 - s % 10) % 10
    return PV(body[:6] + "-" + body[6:] + str(c), "KR_CRN", "crn_" + typ)


def crn_ok(n):
    s = sum(int(a) * (1 if i % 2 == 0 else 2) for i, a in enumerate(n[:12]))
    return (10 - s % 10) % 10 == int(n[12])


def health(rng, form=None):
    n = str(rng.randint(1, 7)) + digits(rng, 10)
    form = form or rng.choice(["hi_plain", "hi_plain", "hi_hyphen_1_10", "hi_space_4_7"])
    if form == "hi_hyphen_1_10":
        v = n[0] + "-" + n[1:]
    elif form == "hi_space_4_7":
        v = n[:4] + " " + n[4:]
    else:
        v = n
    return PV(v, "KR_HEALTH_INSURANCE", form)


def plate(rng, form=None):
    form = form or rng.choice(["plate_2d", "plate_3d", "plate_3d", "plate_region", "plate_commercial",
                               "plate_nospace", "plate_rental"])
    four = str(rng.randint(1, 9)) + digits(rng, 3)
    if form == "plate_2d":
        v = "%02d%s %s" % (rng.randint(10, 99), rng.choice(PLATE_PRIV), four)
    elif form == "plate_3d":
        v = "%d%s %s" % (rng.randint(100, 699), rng.choice(PLATE_PRIV), four)
    elif form == "plate_region":
        v = "%s %02d%s %s" % (rng.choice(DL_REGION_NAMES), rng.randint(10, 99), rng.choice(PLATE_PRIV), four)
    elif form == "plate_commercial":
        v = "%s %02d%s %s" % (rng.choice(DL_REGION_NAMES), rng.randint(70, 99), rng.choice(PLATE_COMM), four)
    elif form == "plate_rental":
        v = "%d%s %s" % (rng.randint(10, 99), rng.choice(PLATE_RENT), four)
    else:
        v = "%d%s%s" % (rng.randint(10, 399), rng.choice(PLATE_PRIV), four)
    return PV(v, "KR_VEHICLE_PLATE", form)


def ip(rng, kind=None):
    kind = kind or rng.choice(["ipv4_public", "ipv4_public", "ipv4_public", "ipv4_private", "ipv6"])
    if kind == "ipv4_private":
        r = rng.random()
        if r < 0.4:
            v = "192.168.%d.%d" % (rng.randint(0, 255), rng.randint(2, 254))
        elif r < 0.7:
            v = "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254))
        else:
            v = "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(2, 254))
    elif kind == "ipv6":
        v = "2%03x:%x:%x:%x::%x" % (rng.randint(0x400, 0xfff), rng.randint(1, 0xffff), rng.randint(1, 0xffff),
                                    rng.randint(1, 0xffff), rng.randint(1, 0xffff))
    else:
        a = rng.choice([1, 14, 27, 39, 49, 58, 59, 61, 106, 110, 112, 115, 118, 121, 125, 175, 180, 182, 183,
                        211, 218, 220, 222])
        v = "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
    return PV(v, "IP_ADDRESS", kind)


def address(rng, form=None):
    s = rng.choice(SIDO)
    sgg = rng.choice(s[3])
    form = form or rng.choice(["addr_road_full", "addr_road_full", "addr_road_short", "addr_road_sigungu",
                               "addr_jibeon", "addr_road_city"])
    road = rng.choice(ROADSTEM) + rng.choice(["로", "로", "길", "대로"])
    if rng.random() < 0.4:
        road += " %d번길" % rng.randint(3, 120) if rng.random() < 0.5 else "%d번길" % rng.randint(3, 120)
    num = str(rng.randint(1, 480)) + ("-%d" % rng.randint(1, 30) if rng.random() < 0.2 else "")
    r = rng.random()
    if r < 0.35:
        unit = ", %d동 %d%02d호" % (rng.randint(101, 115), rng.randint(1, 25), rng.randint(1, 8))
    elif r < 0.55:
        fl = rng.randint(2, 9)
        unit = ", %d층 %d%02d호" % (fl, fl, rng.randint(1, 12))
    elif r < 0.7:
        unit = " %d층" % rng.randint(2, 12)
    elif r < 0.8:
        unit = ", %d호" % rng.randint(101, 905)
    else:
        unit = ""
    if form == "addr_jibeon":
        if "구" in sgg.split()[-1] and rng.random() < 0.6:
            loc = rng.choice(DONGSTEM) + rng.choice(["", "수", "림", "천"]) + "동"
        else:
            loc = rng.choice(DONGSTEM) + rng.choice(["양", "포", "천", "곡"]) + "면 " + rng.choice(DONGSTEM) + \
                  rng.choice(["촌", "산", "평", "계"]) + "리"
        lot = "%d-%d" % (rng.randint(1, 999), rng.randint(1, 40)) if rng.random() < 0.7 else str(rng.randint(1, 999))
        apt = ""
        if rng.random() < 0.5:
            apt = " " + rng.choice(APTS) + " %d호" % rng.randint(101, 805)
        v = "%s %s %s %s%s" % (s[rng.choice([0, 2])], sgg, loc, lot, apt)
        return PV(v, "KR_ADDRESS", form)
    if form == "addr_road_full":
        pre = s[0] + " " + sgg
    elif form == "addr_road_short":
        pre = s[rng.choice([1, 2])] + " " + sgg
    elif form == "addr_road_city":
        pre = sgg if " " in sgg or sgg.endswith("시") else s[1] + " " + sgg
    else:
        pre = sgg.split()[-1]
    return PV("%s %s %s%s" % (pre, road, num, unit), "KR_ADDRESS", form)


def inst_address(rng):
    s = rng.choice(SIDO)
    sgg = rng.choice(s[3])
    return "%s %s %s%s %d %s" % (s[0], sgg, rng.choice(ROADSTEM), rng.choice(["로", "대로"]), rng.randint(1, 300),
                                 rng.choice(["시청", "군청", "구청 본관", "청사 2동", "종합민원실"]))


def postal(rng):
    return "%05d" % rng.randint(1000, 63600)


def tdate(rng, y0=2023, y1=2025):
    y, m, d = rdate(rng, y0, y1)
    f = rng.choice(["%d. %d. %d.", "%d.%02d.%02d.", "%d-%02d-%02d", "%d년 %d월 %d일"])
    return f % (y, m, d)


def amount(rng, lo=10000, hi=5000000):
    a = rng.randint(lo // 100, hi // 100) * 100
    return rng.choice(["{:,}원".format(a), "금 {:,}원".format(a), "₩{:,}".format(a)])


def casenum(rng):
    y = rng.randint(2019, 2025)
    return rng.choice(["%d고단%d", "%d고합%d", "%d구합%d", "%d누%d", "%d가단%d", "%d타채%d", "%d두%d",
                       "%d고약%d", "%d나%d"]) % (y, rng.randint(100, 99999))


def docnum(rng, dept=None):
    return "%s-%d" % (dept or rng.choice(DEPTS), rng.randint(100, 19999))


def receiptnum(rng):
    return "%d%s-%02d%02d-%07d" % (rng.randint(1, 9), rng.choice(["AA", "AB", "AC", "BA"]), rng.randint(23, 25),
                                   rng.randint(1, 12), rng.randint(0, 9999999))


STATUTES = ["「도로교통법」 제93조 제1항 제1호", "「도로교통법 시행규칙」 제91조 제1항", "같은 법 시행령 제86조",
            "「외국인근로자의 고용 등에 관한 법률」 제8조", "「출입국관리법」 제31조", "「민원 처리에 관한 법률」 제27조",
            "「개인정보 보호법」 제24조의2", "「보조금 관리에 관한 법률」 제33조", "「자동차관리법」 제84조 제2항",
            "「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호", "「형법」 제268조", "「교통사고처리 특례법」 제3조 제1항",
            "「여신전문금융업법」 제19조", "「국민건강보험법」 제12조"]
SWITCH = ["1588", "1577", "1600", "1544", "1644", "1566", "1661", "1899"]
SHORTCODES = ["110", "120", "126", "1345", "1350", "1355"]

# ----------------------------------------------------------------------------
# document builder
# ----------------------------------------------------------------------------
FW = str.maketrans("0123456789", "０１２３４５６７８９")
BARS = ["|", "|", "|", "l", "I", "ㅣ", "1", "｜", "!"]


class Doc:
    def __init__(self, rng, ocr=False):
        self.rng = rng
        self.ocr = ocr
        self.parts = []
        self.n = 0
        self.spans = []
        self.negs = []
        self.tags = []
        self.cell_sep = rng.choice([" | ", " | ", "\t", "|", " ｜ "]) if not ocr else None

    def t(self, s):
        if s:
            self.parts.append(s)
            self.n += len(s)
        return self

    def noisify(self, pv):
        v, typ, sub = pv
        rng = self.rng
        tags = []
        if not self.ocr or rng.random() < 0.45:
            return v, tags
        if typ == "PERSON":
            if len(v) >= 2 and all(0xAC00 <= ord(c) < 0xAC00 + 11172 for c in v) and rng.random() < 0.6:
                return " ".join(v), ["spaced_name"]
            return v, tags
        if typ in ("EMAIL_ADDRESS",):
            return v, tags
        if not any(c.isdigit() for c in v):
            return v, tags
        opts = ["fullwidth_digits", "o_for_0", "space_in_number", "unicode_hyphen", "newline_in_number", "l_for_1"]
        for k in rng.sample(opts, rng.choice([1, 1, 2])):
            if k == "fullwidth_digits":
                v = v.translate(FW)
                if "-" in v and rng.random() < 0.5:
                    v = v.replace("-", "－")
                tags.append(k)
            elif k == "o_for_0" and "0" in v:
                idx = [i for i, c in enumerate(v) if c == "0"]
                for i in rng.sample(idx, max(1, len(idx) // 2)):
                    v = v[:i] + "O" + v[i + 1:]
                tags.append(k)
            elif k == "l_for_1" and "1" in v[1:-1]:
                idx = [i for i, c in enumerate(v) if c == "1" and 0 < i < len(v) - 1]
                i = rng.choice(idx)
                v = v[:i] + rng.choice("lI") + v[i + 1:]
                tags.append(k)
            elif k == "unicode_hyphen" and "-" in v:
                v = v.replace("-", rng.choice(["‐", "－", "–", "—"]))
                tags.append(k)
            elif k == "space_in_number":
                if "-" in v and rng.random() < 0.5:
                    v = v.replace("-", rng.choice([" - ", "- ", " -"]), 1)
                else:
                    idx = [i for i in range(1, len(v)) if v[i - 1].isdigit() and v[i].isdigit()]
                    if not idx:
                        continue
                    i = rng.choice(idx)
                    v = v[:i] + " " + v[i:]
                tags.append(k)
            elif k == "newline_in_number":
                idx = [i for i in range(1, len(v) - 1) if v[i - 1] in "-0123456789" and v[i] != " " and
                       v[i - 1] != " "]
                if not idx:
                    continue
                i = rng.choice(idx)
                v = v[:i] + "\n" + v[i:]
                tags.append(k)
        return v, tags

    def s(self, pv, extra=(), noise=True):
        v, typ, sub = pv
        if noise:
            nv, tags = self.noisify(pv)
        else:
            nv, tags = v, []
        st = self.n
        self.t(nv)
        self.spans.append({"start": st, "end": self.n, "type": typ, "sub": sub, "noise": tags + list(extra),
                           "text": nv, "clean": v})
        return self

    def neg(self, v, cat):
        st = self.n
        self.t(v)
        self.negs.append({"start": st, "end": self.n, "category": cat, "text": v})
        return self

    def x(self, item):
        if isinstance(item, PV):
            self.s(item)
        elif isinstance(item, tuple):
            self.neg(item[0], item[1])
        else:
            self.t(item)

    def seq(self, *items):
        for it in items:
            self.x(it)
        return self

    def row(self, cells, lead=None):
        rng = self.rng
        if not self.ocr:
            sep = self.cell_sep
            if lead is None:
                lead = sep.strip() == "|" and rng.random() < 0.5
            if lead:
                self.t("| ")
            for i, c in enumerate(cells):
                if i:
                    self.t(sep)
                self.x(c)
            if lead:
                self.t(" |")
            self.t("\n")
            return
        # OCR: choose separators first so that "touch" tags are known
        n = len(cells)
        seps = []
        for i in range(n + 1):
            b = rng.choice(BARS)
            ls = rng.random() < 0.5
            rs = rng.random() < 0.5
            if i == 0:
                seps.append((b + (" " if rs else "")) if rng.random() < 0.7 else "")
            elif i == n:
                seps.append(((" " if ls else "") + b) if rng.random() < 0.7 else "")
            else:
                left, right = cells[i - 1], cells[i]
                if (rng.random() < 0.07 and isinstance(left, PV) and isinstance(right, PV) and
                        (left[1] == "PERSON") != (right[1] == "PERSON")):
                    seps.append("")  # merged cell
                elif rng.random() < 0.06:
                    seps.append((" " if ls else "") + b + "\n" + rng.choice(["", b, b + " "]))
                    self.tags.append("broken_line")
                else:
                    seps.append((" " if ls else "") + b + (" " if rs else ""))
        for i, c in enumerate(cells):
            self.t(seps[i])
            if isinstance(c, PV):
                extra = []
                lt = bool(seps[i]) and not seps[i][-1].isspace() and (i > 0 or seps[i] != "")
                rt = bool(seps[i + 1]) and not seps[i + 1][0].isspace()
                if i > 0 and seps[i] == "" or (i < n - 1 and seps[i + 1] == ""):
                    extra.append("merged_cell")
                if lt and rt:
                    extra.append("bar_touch_both")
                elif lt:
                    extra.append("bar_touch_left")
                elif rt:
                    extra.append("bar_touch_right")
                self.s(c, extra)
            else:
                self.x(c)
        self.t(seps[n])
        self.t("\n")

    def text(self):
        return "".join(self.parts)


# ----------------------------------------------------------------------------
# templates
# ----------------------------------------------------------------------------

def say(rng):
    return rng.choice([
        "처음에는 막막했지만 이웃들이 함께 나서 줘서 여기까지 올 수 있었다",
        "작은 도움이 모여 마을 전체가 달라졌다",
        "앞으로도 어르신들이 안심하고 다닐 수 있는 길을 만들겠다",
        "현장의 목소리를 제도에 담는 것이 가장 중요하다",
        "아이들이 마음껏 뛰어놀 공간이 생겨 기쁘다",
        "지원금이 제때 들어와 가게 문을 닫지 않을 수 있었다",
        "한국에 온 지 5년 만에 처음 상을 받아 가족에게 자랑하고 싶다",
        "주민 의견을 끝까지 듣고 설계를 바꾼 것이 주효했다",
        "내년에는 참여 가구를 두 배로 늘리는 것이 목표다"])


def t_news(d, rng):
    org = rng.choice(ORGS)
    topic = rng.choice(["주민참여 우수사례 시상식", "골목상권 살리기 사업", "다문화가족 한마당", "안전한 통학로 조성",
                        "어르신 일자리 박람회", "청년 창업 지원 성과 보고회"])
    d.t("보 도 자 료\n배포일시 ").neg(tdate(rng), "date")
    d.t("\n%s, %s 개최\n\n" % (org, topic))
    a = P(rng)
    age = rng.randint(24, 81)
    d.t("%s%s " % (org, jo(org, "은", "는"))).neg(tdate(rng), "date").t(" 시민회관에서 %s%s 열었다고 밝혔다. " % (topic, jo(topic, "을", "를")))
    # quoted speaker, name + age
    d.t("이날 대상을 받은 ").s(a)
    d.t("(%d) 씨는 \"%s\"고 말했다. " % (age, say(rng)))
    # list of names separated by commas / middle dots
    k = rng.randint(3, 5)
    names = [P(rng) for _ in range(k)]
    dot = rng.random() < 0.5
    d.t("우수상은 ")
    for i, nm in enumerate(names):
        if i:
            d.t("·" if dot else ", ")
        d.s(nm)
    d.t(" 씨가, 장려상은 ")
    nm2 = [P(rng) for _ in range(2)]
    d.s(nm2[0]).t("과 " if batchim(nm2[0][0]) else "와 ").s(nm2[1]).t(" 씨가 각각 받았다.\n")
    # foreign name, hangul + latin in parentheses
    lat, han, nat = fname(rng, upper=False)
    age2 = rng.randint(25, 50)
    if rng.random() < 0.5:
        d.t("%s 출신 결혼이민자 " % nat).s(PV(han, "PERSON", "foreign_hangul")).t("(").s(
            PV(lat, "PERSON", "foreign_latin")).t(", %d) 씨도 특별상을 받았다. " % age2)
    else:
        d.t("%s에서 온 " % nat).s(PV(lat, "PERSON", "foreign_latin")).t("(%d) 씨는 통역 봉사로 감사패를 받았다. " % age2)
    # name followed only by particle, mid-sentence
    b = P(rng)
    d.t("행사를 준비한 주민자치회에서는 ").s(b).t(jo(b[0], "이", "가") + " 사회를 맡았고, 축하 공연은 ")
    c = P(rng, "kr_wordname") if rng.random() < 0.6 else P(rng)
    d.s(c).t(" 씨의 해금 연주로 꾸며졌다.\n")
    # quote then attribution after
    e = P(rng)
    title = rng.choice(["위원장", "회장", "대표", "센터장", "이장", "통장"])
    d.t("\"%s.\" " % say(rng)).s(e).t(" %s의 말이다. " % title)
    if rng.random() < 0.5:
        d.s(e).t(" %s%s 이어 \"%s\"고 덧붙였다.\n" % (title, jo(title, "은", "는"), say(rng)))
    else:
        d.t("시상은 %s장이 직접 했다.\n" % org[:-1] if org.endswith(("시", "군", "구")) else "\n")
    if rng.random() < 0.35:
        h = P(rng)
        d.t("문의를 남긴 주민 ").s(h).t(" 씨는 휴대전화 ").s(PV(hangul_phone(rng), "PHONE_NUMBER", "mobile_hangul_digits"),
                                                         ["hangul_digits"], noise=False).t("로 연락해 달라고 했다.\n")
    # 담당 block
    dept = rng.choice(DEPTS)
    m1, m2 = P(rng), P(rng)
    area = rng.choice(AREA)
    d.t("\n담당 부서  %s  책임자  과장 " % dept).s(m1).t("  (").s(landline(rng, area)).t(")\n")
    d.t("          담당자  주무관 ").s(m2).t("  (").s(landline(rng, area)).t(", ").s(email(rng, True)).t(")\n")
    if rng.random() < 0.5:
        d.t("대표전화 ").neg("%s-%04d" % (rng.choice(SWITCH), rng.randint(0, 9999)), "switchboard").t("\n")


HDIG = "공일이삼사오육칠팔구"


def hangul_phone(rng):
    n = "010" + str(rng.randint(2, 9)) + digits(rng, 7)
    h = "".join(HDIG[int(c)] for c in n)
    sep = rng.choice([" ", "-", "에 "])
    return h[:3] + sep + h[3:7] + sep + h[7:]


def t_news_people(d, rng):
    """feature-style prose: names with no label, quoted speakers, word-names, foreign names."""
    a, b, c = P(rng), P(rng, "kr_2syl_surname"), P(rng, "kr_wordname")
    age = rng.randint(30, 79)
    job = rng.choice(["시장 상인", "마을버스 기사", "요양보호사", "택배 노동자", "어린이집 교사", "농민", "어부"])
    d.t("[현장] %s %s 쉼터의 하루\n\n" % (rng.choice(ORGS), rng.choice(["새벽", "한낮", "저녁"])))
    d.t("오전 6시, %s " % job).s(a).t("(%d)씨가 문을 열자 " % age).s(b).t("·").s(c).t(
        " 부부가 보온병을 들고 들어섰다. ")
    d.t("\"%s\" " % say(rng)).s(b).t(jo(b[0], "이", "가") + " 웃으며 말하자 ").s(c).t(jo(c[0], "은", "는") +
                                                                                     " 고개를 끄덕였다.\n")
    lat, han, nat = fname(rng, upper=False)
    if rng.random() < 0.5:
        d.t("쉼터에는 %s 출신 유학생 " % nat).s(PV(han, "PERSON", "foreign_hangul")).t(jo(han, "도", "도") +
                                                                                  " 자원봉사자로 일한다. ")
    else:
        d.t("자원봉사자 명단 맨 위에는 ").s(PV(lat, "PERSON", "foreign_latin")).t("라는 이름이 적혀 있다. ")
    e = P(rng)
    f = P(rng)
    d.t("쉼터를 처음 제안한 사람은 전직 교사 ").s(e).t("(%d)이다. 그는 " % rng.randint(55, 85)).s(f).t(
        "에게서 빈 창고를 빌려 " + rng.choice(["2019년", "2021년", "3년 전"]) + " 문을 열었다.\n")
    g = [P(rng) for _ in range(rng.randint(2, 4))]
    d.t("요즘은 ")
    for i, nm in enumerate(g):
        if i:
            d.t(", " if i < len(g) - 1 else " 그리고 ")
        d.s(nm)
    d.t(" 등 이웃 %d명이 돌아가며 당번을 선다. " % rng.randint(8, 30))
    h = P(rng, "kr_2char")
    d.t("막내 당번 ").s(h).t(jo(h[0], "은", "는") + " \"%s\"고 했다.\n" % say(rng))
    if rng.random() < 0.5:
        o = P(rng)
        d.t("\n").s(o).t(" 기자 ").s(email(rng, dom=rng.choice(["hanbitnews.co.kr", "sollaeilbo.kr", "newsgaram.com"]))).t("\n")
    else:
        d.t("\n[사진 제공: %s]\n" % rng.choice(ORGS))


def t_minwon(d, rng):
    org = rng.choice(ORGS)
    dept = rng.choice(DEPTS)
    d.t("%s\n\n수신  " % org)
    cit = P(rng) if rng.random() < 0.85 else PF(rng, script=rng.choice(["latin", "hangul"]))
    d.s(cit).t(" 귀하  (우").neg(postal(rng), "postal_code").t(") ").s(address(rng)).t("\n(경유)\n")
    d.t("제목  민원 처리 결과 알림(접수번호 ").neg(receiptnum(rng), "receipt_number").t(")\n\n")
    d.t("1. 귀하께서 ").neg(tdate(rng), "date").t(" 국민신문고를 통하여 신청하신 민원에 대한 검토 결과를 다음과 같이 알려 드립니다.\n")
    kind = rng.choice(["parking", "noise", "subsidy", "road"])
    d.t("2. 민원 요지: ")
    if kind == "parking":
        d.t("귀하 소유 차량(").s(plate(rng)).t(")에 부과된 주정차 위반 과태료 ").neg(amount(rng, 30000, 80000), "amount").t(
            "의 감경 요청\n")
    elif kind == "noise":
        nb = P(rng)
        d.t("이웃 ").s(nb).t(" 씨 소유 공장의 야간 소음 단속 요청\n")
    elif kind == "subsidy":
        bank, acc = account(rng)
        d.t("에너지바우처 지원금 입금 계좌(%s " % bank).s(acc).t(") 변경 요청\n")
    else:
        d.t(rng.choice(["주택 앞 보도블록 파손", "가로등 고장", "버스정류장 위치"]) + " 관련 개선 요청\n")
    d.t("3. 검토 결과: ").neg(rng.choice(STATUTES), "statute").t("에 따라 ")
    d.t(rng.choice(["요청하신 사항을 반영하기로 하였습니다.", "현장 확인 후 조치할 예정입니다.",
                    "관련 규정상 수용하기 어려움을 양해하여 주시기 바랍니다."]) + "\n")
    if rng.random() < 0.4:
        d.t("   (신청서에 적힌 연락처 ").s(mobile(rng)).t(", 생년월일 ").s(dob(rng)).t("을 확인하였습니다.)\n")
    if rng.random() < 0.15:
        d.t("   (전화 상담 시 불러 주신 번호 ").s(PV(hangul_phone(rng), "PHONE_NUMBER", "mobile_hangul_digits"),
                                          ["hangul_digits"], noise=False).t(")\n")
    m1, m2, m3 = P(rng), P(rng), P(rng)
    d.t("4. 기타 궁금하신 사항은 %s " % dept).s(m1).t(" 주무관(전화 ").s(landline(rng)).t(", 전자우편 ").s(
        email(rng, True)).t(")에게 문의하여 주시면 친절히 안내하겠습니다.\n\n")
    d.neg("%s장" % org, "official_by_office").t("\n\n")
    d.t("주무관 ").s(m1).t("   팀장 ").s(m2).t("   과장 전결 ").s(m3).t("\n")
    d.t("시행 ").neg(docnum(rng, dept), "document_number").t(" (").neg(tdate(rng), "date").t(")  접수\n")
    d.t("우 ").neg(postal(rng), "postal_code").t(" ").neg(inst_address(rng), "institution_address").t(
        " / 전화 ").s(landline(rng)).t(" / 전송 ").s(landline(rng, kind="fax")).t(" / 대표전화 ").neg(
        "%s-%04d" % (rng.choice(SWITCH), rng.randint(0, 9999)), "switchboard").t(" / 공개\n")


def t_minutes(d, rng):
    com = rng.choice(["교통안전위원회", "보조금심의위원회", "인사위원회", "도시계획위원회", "주민자치회", "외국인주민지원협의회"])
    d.t("제%d차 %s 회의록\n\n일  시: " % (rng.randint(1, 30), com)).neg(tdate(rng), "date").t(
        "(%s) 14:00~16:00\n장  소: %s 소회의실\n" % (rng.choice("월화수목금"), rng.choice(ORGS)))
    chair = P(rng)
    mem = [P(rng) for _ in range(rng.randint(3, 6))]
    if rng.random() < 0.3:
        mem[rng.randrange(len(mem))] = PF(rng, script=rng.choice(["latin", "hangul"]), upper=False)
    sec = P(rng)
    d.t("참석자: 위원장 ").s(chair).t(", 위원 ")
    dot = rng.random() < 0.6
    for i, m in enumerate(mem):
        if i:
            d.t("·" if dot else ", ")
        d.s(m)
    d.t(" (%d명)\n간  사: " % len(mem)).s(sec).t("\n")
    absn = P(rng)
    d.t("불참: ").s(absn).t(" 위원(사전 통보)\n\n")
    d.t("【개회】\n")
    d.s(chair).t(" 위원장: 성원이 되었으므로 회의를 시작하겠습니다. 오늘 안건은 %d건입니다.\n" % rng.randint(2, 5))
    sp = rng.sample(range(len(mem)), min(3, len(mem)))
    m0 = mem[sp[0]]
    d.s(m0).t(rng.choice([" 위원: ", ": ", " 위원 : "])).t("제1호 안건 자료 %d쪽을 보면 예산이 " % rng.randint(2, 30)).neg(
        amount(rng, 1000000, 900000000), "amount").t("으로 늘었는데 근거가 부족합니다.\n")
    m1 = mem[sp[1]]
    d.t("○ ").s(m1).t(" 위원  ").s(m0).t(" 위원님 말씀에 동의합니다. 다만 ").s(chair).t(" 위원장님께서 지난 회의 때 요청하신 자료는 아직 받지 못했습니다.\n")
    d.s(sec).t(" 간사: 해당 자료는 ").neg(tdate(rng), "date").t("까지 제출하겠습니다.\n")
    if rng.random() < 0.6:
        ct = P(rng)
        d.t("(민원인 ").s(ct).t(" 씨 발언 허가) ").s(ct).t(": 저희 동네 얘기라서 왔습니다. 연락은 ").s(mobile(rng)).t(
            "로 주세요.\n")
    if rng.random() < 0.15:
        ct = P(rng)
        d.t("(속기 메모) ").s(ct).t(" 씨 연락처 ").s(PV(hangul_phone(rng), "PHONE_NUMBER", "mobile_hangul_digits"),
                                               ["hangul_digits"], noise=False).t(" 구두 확인\n")
    d.s(chair).t(" 위원장: 이견이 없으시면 원안대로 의결하겠습니다. (의사봉 3타)\n")
    d.t("\n작성자 ").s(sec).t(" (").s(landline(rng)).t(")\n")


def t_judgment(d, rng):
    court = rng.choice(["한누리지방법원", "새별지방법원 가람지원", "솔내지방법원"])
    crime = rng.choice(["도로교통법위반(음주운전)", "교통사고처리특례법위반(치상)", "사기", "업무상횡령", "도로교통법위반(무면허운전)"])
    d.t("%s\n판    결\n\n사    건  " % court).neg(casenum(rng), "case_number").t("  %s\n" % crime)
    dft = P(rng)
    d.t("피 고 인  ").s(dft).t(" (").s(rrn(rng, rng.choice(["rrn_masked", "rrn_masked", "rrn_valid"]))).t("), %s\n" %
                                                                                                      rng.choice(["회사원", "자영업", "무직", "운전기사"]))
    d.t("주    거  ").s(address(rng)).t("\n등록기준지  ").s(address(rng, "addr_jibeon")).t("\n")
    p1, p2, law = P(rng), P(rng), P(rng)
    d.t("검    사  ").s(p1).t("(기소), ").s(p2).t("(공판)\n변 호 인  변호사 ").s(law).t(rng.choice(["(국선)", "(사선)", ""]) + "\n")
    d.t("판결선고  ").neg(tdate(rng), "date").t("\n\n주    문\n피고인을 징역 %d월에 처한다.\n\n이    유\n범 죄 사 실\n" % rng.randint(4, 18))
    vic = P(rng)
    pl = plate(rng)
    d.t("피고인은 ").neg(tdate(rng), "date").t(" %d:%02d경 " % (rng.randint(0, 23), rng.randint(0, 59))).s(pl).t(
        " 승용차를 운전하여 ").s(address(rng, "addr_road_sigungu")).t(" 앞 도로를 진행하던 중 ")
    d.t("피해자 ").s(vic).t("(%d세)" % rng.randint(20, 80) + jo("세", "을", "를") + " 들이받아 약 %d주간의 치료가 필요한 상해를 입게 하였다.\n" % rng.randint(2, 12))
    d.t("피고인의 운전면허(").s(dlic(rng)).t(")는 ").neg(tdate(rng), "date").t(" 취소되었다.\n")
    if rng.random() < 0.5:
        wit = P(rng)
        d.t("목격자 ").s(wit).t("의 진술에 의하면 피고인은 사고 직후 ").s(vic).t("에게 사과하였다.\n")
    d.t("법령의 적용: ").neg(rng.choice(STATUTES), "statute").t("\n\n판사  ").s(P(rng)).t("\n")


def t_decision(d, rng):
    court = rng.choice(["한누리지방법원", "새별지방법원", "솔내지방법원 미르지원"])
    d.t("%s\n결    정\n\n사    건  " % court).neg(casenum(rng), "case_number").t("  채권압류 및 추심명령\n")
    corp = rng.random() < 0.5
    if corp:
        co = rng.choice(COMPANIES)
        d.t("채 권 자  ").neg(co, "company_name").t(" (법인등록번호 ").s(crn(rng)).t(")\n          ").s(
            address(rng, "addr_road_full")).t("\n          대표이사 ").s(P(rng)).t("\n")
    else:
        cr = P(rng)
        d.t("채 권 자  ").s(cr).t(" (").s(rrn(rng, "rrn_masked")).t(")\n          ").s(address(rng)).t("\n")
    db = P(rng)
    d.t("채 무 자  ").s(db).t(" (").s(rrn(rng)).t(")\n          ").s(address(rng)).t("\n")
    bank, acc = account(rng)
    d.t("제3채무자  주식회사 %s\n\n주    문\n채무자의 제3채무자에 대한 별지 목록 기재 채권(%s 계좌 " % (bank, bank)).s(acc).t(
        ")을 압류한다.\n청구금액: ").neg(amount(rng, 1000000, 90000000), "amount").t("\n")
    d.t("\n").neg(tdate(rng), "date").t("\n사법보좌관  ").s(P(rng)).t("\n")


def t_audit(d, rng):
    org = rng.choice(ORGS)
    d.t("%s 감사 결과 보고서\n\n1. 감사 개요\n감사기간: " % org).neg(tdate(rng), "date").t(" ~ ").neg(tdate(rng), "date").t("\n")
    off = P(rng)
    dept = rng.choice(DEPTS)
    d.t("2. 지적 사항\n%s " % dept).s(off).t(" 주무관은 보조금 정산 과정에서 수급자 ")
    r1 = P(rng)
    d.s(r1).t("(").s(dob(rng)).t("생)의 지급 계좌를 ")
    b1, a1 = account(rng)
    b2, a2 = account(rng)
    d.t("%s " % b1).s(a1).t("에서 %s " % b2).s(a2).t("로 임의 변경하였다. 변경 요청은 외부 IP ").s(ip(rng, "ipv4_public")).t(
        "에서 접수되었고, 요청서에 적힌 휴대전화 ").s(mobile(rng)).t("는 ")
    r2 = P(rng)
    d.s(r2).t("의 명의로 확인되었다.\n")
    d.t("   또한 ").s(r1).t("의 건강보험증 번호 ").s(health(rng)).t("가 다른 신청서에도 중복 기재되었다.\n")
    d.t("3. 조치: ").s(off).t(" 주무관 경고, 부당 지급액 ").neg(amount(rng), "amount").t(" 환수\n")
    d.t("근거: ").neg(rng.choice(STATUTES), "statute").t("\n감사담당관 ").s(P(rng)).t(" (내선 ").s(landline(rng)).t(")\n")


def t_accident(d, rng):
    d.t("교통사고 발생 보고\n\n1. 일시: ").neg(tdate(rng), "date").t(" %d:%02d경\n2. 장소: " % (rng.randint(0, 23), rng.randint(0, 59))).s(
        address(rng, rng.choice(["addr_road_full", "addr_road_sigungu", "addr_jibeon"]))).t(" 앞 교차로\n")
    drv = P(rng)
    pl = plate(rng)
    d.t("3. 개요: ").s(drv).t("(%d, 남) 씨가 운전하던 " % rng.randint(21, 75)).s(pl).t(
        " %s%s 신호를 위반하여 " % (rng.choice(["화물차", "승용차", "승합차"]), "가"))
    if rng.random() < 0.4:
        lat, han, nat = fname(rng)
        v = PV(lat if rng.random() < 0.5 else han, "PERSON", "foreign_latin" if rng.random() < 2 and lat else "foreign_hangul")
        v = PV(v[0], "PERSON", "foreign_latin" if v[0] == lat else "foreign_hangul")
        d.t("보행자 ").s(v).t("(%s 국적)" % nat)
    else:
        v = P(rng)
        d.t("보행자 ").s(v).t(" 씨")
    d.t("를 충격함.\n4. 인적사항\n  - 운전자: ").s(drv).t(", 생년월일 ").s(dob(rng)).t(", 면허번호 ").s(dlic(rng)).t(", 연락처 ").s(
        mobile(rng)).t("\n  - 피해자: ").s(v).t(", 건강보험 ").s(health(rng)).t(", 보호자 ")
    g = P(rng)
    d.s(g).t(" (").s(mobile(rng)).t(")\n5. 조치: %s병원 이송, 차량 " % rng.choice(["한누리", "새별", "가람"])).s(pl).t(" 견인\n")
    d.t("보고자: %s " % rng.choice(["교통조사계", "상황실"])).s(P(rng)).t(" 경위\n")


def t_personnel(d, rng):
    d.t("인 사 발 령\n\n").neg(tdate(rng), "date").t("자\n\n")
    d.row(["발령사항", "소속", "직급", "성명"])
    for _ in range(rng.randint(4, 9)):
        d.row([rng.choice(["승진", "전보", "신규임용", "직무대리", "휴직", "복직"]), rng.choice(DEPTS),
               rng.choice(["행정6급", "행정7급", "행정주사보", "지방행정사무관", "시설8급"]), P(rng)])
    d.t("\n").neg("%s장" % rng.choice(ORGS), "official_by_office").t("\n")


def t_training(d, rng, nohdr=None):
    d.t("%s 수료자 명단\n교육기간: " % rng.choice(["2025년 청렴 교육", "개인정보보호 실무 과정", "운전면허 갱신 안전교육",
                                            "외국인 근로자 정착 지원 교육", "재난안전 실무 교육"])).neg(tdate(rng), "date").t("\n\n")
    nohdr = rng.random() < 0.6 if nohdr is None else nohdr
    d.row(["연번", "" if nohdr else "성명", "생년월일", "소속", "연락처", "이메일"])
    for k in range(rng.randint(4, 8)):
        nm = P(rng) if rng.random() < 0.85 else PF(rng, script=rng.choice(["latin", "hangul"]))
        d.row([str(k + 1), nm, dob(rng, rng.choice(["dob_dot_pad", "dob_iso", "dob_yy_dot", "dob_yymmdd"])),
               rng.choice(DEPTS + COMPANIES[:3]), mobile(rng), email(rng)])
    d.t("※ 수료증은 ").neg(tdate(rng), "date").t("까지 발급\n")


def t_dl_notice(d, rng):
    d.t("운전면허 행정처분 결정 통지서\n\n")
    nm = P(rng)
    lic = dlic(rng)
    d.t("성    명  ").s(nm).t("     생년월일  ").s(dob(rng)).t("\n면허번호  ").s(lic).t("\n주    소  ")
    if rng.random() < 0.5:
        d.t("(").neg(postal(rng), "postal_code").t(") ")
    d.s(address(rng))
    if rng.random() < 0.3:
        d.t(" (%s동)" % rng.choice(DONGSTEM))
    d.t("\n처분내용  면허%s %s\n" % (rng.choice(["정지", "취소"]), rng.choice(["40일", "100일", "1년", ""])))
    d.t("처분기간  ").neg(tdate(rng), "date").t(" ~ ").neg(tdate(rng), "date").t("\n")
    d.t("처분사유  ").neg(tdate(rng), "date").t(" 차량(").s(plate(rng)).t(")을 운전 중 %s\n" % rng.choice(
        ["혈중알코올농도 0.0%d%%" % rng.randint(3, 9), "벌점 누산 %d점" % rng.randint(121, 300), "난폭운전"]))
    d.t("근    거  ").neg(rng.choice(STATUTES[:3]), "statute").t("\n")
    d.t("귀하의 면허번호 ").s(lic).t(
        "에 대한 처분에 이의가 있는 경우 처분이 있음을 안 날부터 90일 이내에 행정심판을 청구할 수 있습니다.\n")
    d.neg("%s경찰서장" % rng.choice(["한누리", "새별", "가람", "솔내"]), "official_by_office").t("\n담당 ").s(P(rng)).t(" 경사 ").s(
        landline(rng)).t("\n")


def t_dl_prose(d, rng):
    """driver licence numbers in prose, many written forms including 제…호."""
    nm = P(rng)
    d.t("운전면허 취소처분 사전통지\n\n")
    d.s(nm).t(" 님께서 보유하신 1종 보통 운전면허(")
    v = dlic(rng)
    if rng.random() < 0.3:
        d.t("제").s(v).t("호")
    else:
        d.t("면허번호 ").s(v)
    d.t(")에 대하여 ").neg(rng.choice(STATUTES[:3]), "statute").t("에 따라 취소처분을 하고자 사전 통지합니다.\n")
    d.t("위반 일시 ").neg(tdate(rng), "date").t(", 위반 차량 ").s(plate(rng)).t(", 동승자 ")
    o = P(rng)
    d.s(o).t("(").s(dob(rng)).t("생)\n")
    d.t("의견 제출: ").neg(tdate(rng), "date").t("까지 서면 또는 전자우편(").s(email(rng, True)).t(")으로 제출\n")
    d.t("※ 2종 소형 면허번호 ").s(dlic(rng)).t("도 함께 처분 대상입니다.\n")


def t_vehicle(d, rng):
    d.t("자동차 과태료 부과 사전통지서\n\n고지번호 ").neg("%d-%02d-%06d" % (rng.randint(2023, 2025), rng.randint(1, 12),
                                                                rng.randint(0, 999999)), "management_number").t("\n")
    own = P(rng) if rng.random() < 0.8 else PF(rng, script="hangul")
    d.t("차량번호 ").s(plate(rng)).t("   차종 %s\n소 유 자 " % rng.choice(["승용", "화물", "승합"])).s(own).t(
        "   (").s(rrn(rng, "rrn_masked")).t(")\n주    소 ").s(address(rng)).t("\n")
    d.t("위반일시 ").neg(tdate(rng), "date").t("   위반장소 %s 어린이보호구역\n" % rng.choice(ORGS))
    d.t("과태료 ").neg(amount(rng, 40000, 130000), "amount").t(" (의견제출 기한 내 자진납부 시 20% 감경)\n")
    d.t("문의 ").s(landline(rng)).t(" (담당 ").s(P(rng)).t(")  민원콜센터 ").neg(rng.choice(SHORTCODES), "short_code").t("\n")


def t_card(d, rng):
    d.t("카드 결제 취소·환불 처리 내역\n\n")
    shop = rng.choice(SHOPS)
    d.t("가맹점명 ").neg(shop, "company_name").t("  사업자등록번호 ").s(brn(rng, corp=False)).t("  대표자 ").s(P(rng)).t("\n")
    d.t("가맹점 주소 ").s(address(rng)).t("  전화 ").s(landline(rng)).t("\n\n")
    cust = P(rng)
    d.t("고객 ").s(cust).t("  카드번호 ").s(card(rng)).t("  승인번호 ").neg("%08d" % rng.randint(0, 99999999), "approval_number").t("\n")
    d.t("결제일시 ").neg(tdate(rng), "date").t(" %02d:%02d  결제금액 " % (rng.randint(0, 23), rng.randint(0, 59))).neg(amount(rng, 1000, 900000), "amount").t("\n")
    bank, acc = account(rng)
    d.t("환불계좌 %s " % bank).s(acc).t(" (예금주 ").s(cust).t(")\n")
    if rng.random() < 0.5:
        d.t("추가 결제 카드 ").s(card(rng)).t(" (가족카드, 본인 ").s(P(rng)).t(")\n")
    d.t("처리자 ").s(P(rng)).t("  고객센터 ").neg("%s-%04d" % (rng.choice(SWITCH), rng.randint(0, 9999)), "switchboard").t("\n")


def t_card_table(d, rng):
    d.t("법인카드 사용 내역 (").neg(tdate(rng), "date").t(" 기준)\n")
    d.row(["사용일", "사용자", "카드번호", "가맹점", "사업자번호", "금액"])
    for _ in range(rng.randint(3, 6)):
        d.row([(tdate(rng), "date"), P(rng), card(rng), (rng.choice(SHOPS), "company_name"), brn(rng),
               (amount(rng, 5000, 400000), "amount")])


def t_subsidy(d, rng):
    d.t("%s 보조금 지급 계좌 명세\n지급일 " % rng.choice(["긴급생활안정지원금", "청년월세 지원", "농어민수당", "출산장려금",
                                              "에너지바우처"])).neg(tdate(rng), "date").t("\n\n")
    d.row(["연번", "성명", "생년월일", "은행", "계좌번호", "예금주", "지급액"])
    for k in range(rng.randint(4, 8)):
        nm = P(rng)
        bank, acc = account(rng)
        holder = nm if rng.random() < 0.7 else P(rng)
        d.row([str(k + 1), nm, dob(rng, rng.choice(["dob_dot_pad", "dob_iso", "dob_yymmdd"])), bank, acc, holder,
               (amount(rng, 100000, 3000000), "amount")])
    d.t("작성 ").s(P(rng)).t(" 주무관 / 확인 ").s(P(rng)).t(" 팀장\n")


def t_subsidy_corp(d, rng):
    d.t("보조사업자 지급 내역\n\n")
    for _ in range(rng.randint(2, 3)):
        co = rng.choice(COMPANIES)
        bank, acc = account(rng)
        d.t("○ ").neg(co, "company_name").t("\n  사업자등록번호 ").s(brn(rng, corp=True)).t(" / 법인등록번호 ").s(crn(rng)).t("\n")
        d.t("  대표자 ").s(P(rng)).t(" / 소재지 ").s(address(rng)).t("\n  지급계좌 %s " % bank).s(acc).t(" (예금주 ").neg(co, "company_name").t(
            ")\n  지급액 ").neg(amount(rng, 1000000, 90000000), "amount").t("\n")
    d.t("근거: ").neg(rng.choice(STATUTES), "statute").t("\n")


def fw_block(d, rng, upper=True):
    lat, han, nat = fname(rng, upper=upper)
    f, (y, m, dd) = frn(rng)
    d.t("성명(영문) ").s(PV(lat, "PERSON", "foreign_latin")).t("  성명(한글) ").s(PV(han, "PERSON", "foreign_hangul")).t(
        "\n국적 %s  생년월일 " % nat).s(dob(rng, rng.choice(["dob_iso", "dob_dot_pad", "dob_dot_space"]), ymd=(y, m, dd))).t(
        "\n외국인등록번호 ").s(f).t("  여권번호 ").s(passport(rng, "passport_foreign")).t("\n")
    if rng.random() < 0.5:
        d.t("건강보험증 번호 ").s(health(rng)).t("  ")
    d.t("휴대전화 ").s(mobile(rng)).t("\n")
    return lat, han


def t_fw_contract(d, rng):
    d.t("외국인근로자 표준근로계약서\n\n[사용자]\n사업체명 ")
    co = rng.choice(COMPANIES)
    d.neg(co, "company_name").t("  대표자 ").s(P(rng)).t("\n사업자등록번호 ").s(brn(rng, corp=True)).t("  법인등록번호 ").s(crn(rng)).t(
        "\n소재지 ").s(address(rng)).t("  전화 ").s(landline(rng)).t("\n\n[근로자]\n")
    lat, han = fw_block(d, rng)
    bank, acc = account(rng)
    d.t("임금 지급 계좌 %s " % bank).s(acc).t(" (예금주 ").s(PV(lat, "PERSON", "foreign_latin")).t(")\n")
    d.t("계약기간 ").neg(tdate(rng), "date").t(" ~ ").neg(tdate(rng), "date").t("  월 임금 ").neg(amount(rng, 2060000, 3000000), "amount").t("\n")
    d.t("근거: ").neg(STATUTES[3], "statute").t("\n")


def t_fw_prose(d, rng):
    co = rng.choice(COMPANIES)
    lat, han, nat = fname(rng, upper=False)
    d.t("외국인 근로자 사업장 변경 신청 검토\n\n")
    d.neg(co, "company_name").t("(법인등록번호 ").s(crn(rng)).t(")에서 일하던 %s 국적 " % nat).s(PV(han, "PERSON", "foreign_hangul")).t(
        "(").s(PV(lat, "PERSON", "foreign_latin")).t(") 씨는 ").neg(tdate(rng), "date").t(" 사업장 변경을 신청하였다. ")
    f, _ = frn(rng)
    d.t("신청인의 외국인등록번호는 ").s(f).t(", 여권번호는 ").s(passport(rng, "passport_foreign")).t("이다. ")
    lat2, han2, _ = fname(rng, key=rng.choice(FOREIGN_KEYS), upper=False)
    d.t("같은 숙소에 사는 동료 ").s(PV(han2, "PERSON", "foreign_hangul")).t(" 씨(외국인등록번호 ").s(frn(rng)[0]).t(")도 ")
    d.t("임금 체불을 진술하였다. 사업주 ").s(P(rng)).t("은 연락이 닿지 않았으며, 고용센터 담당자 ").s(P(rng)).t(
        "(").s(landline(rng)).t(")가 현장을 확인할 예정이다.\n")
    d.t("근거: ").neg(rng.choice(STATUTES[3:5]), "statute").t("  상담: 외국인력상담센터 ").neg(rng.choice(["1577-0071", "1644-0644"]) if False else "%s-%04d" % (rng.choice(SWITCH), rng.randint(0, 9999)), "switchboard").t("\n")


def t_fw_table(d, rng):
    d.t("외국인 근로자 고용 현황 (").neg(tdate(rng), "date").t(")\n")
    d.row(["연번", "성명", "국적", "외국인등록번호", "여권번호", "입국일"])
    for k in range(rng.randint(3, 6)):
        lat, han, nat = fname(rng, upper=True)
        d.row([str(k + 1), PV(lat, "PERSON", "foreign_latin") if rng.random() < 0.7 else PV(han, "PERSON", "foreign_hangul"),
               nat, frn(rng)[0], passport(rng, "passport_foreign"), (tdate(rng, 2018, 2025), "date")])


def t_travel(d, rng):
    d.t("국외출장 명단 (").neg(tdate(rng), "date").t(" ~ ").neg(tdate(rng), "date").t(")\n")
    d.row(["성명", "소속", "직급", "여권번호", "생년월일"])
    for _ in range(rng.randint(3, 6)):
        d.row([P(rng), rng.choice(DEPTS), rng.choice(["서기관", "사무관", "주무관"]), passport(rng), dob(rng)])


def t_csv(d, rng):
    cols = ["성명", "주민등록번호", "휴대전화", "이메일", "건강보험증번호", "주소"]
    sep = rng.choice([",", ",", ";", "\t"])
    d.t("# export %s members.csv\n" % rng.choice(ORGS))
    d.t(sep.join(cols) + "\n")
    for _ in range(rng.randint(3, 7)):
        row = [P(rng), rrn(rng), mobile(rng, "-"), email(rng), health(rng, "hi_plain"), address(rng)]
        for j, c in enumerate(row):
            if j:
                d.t(sep)
            if c[1] == "KR_ADDRESS":
                d.t('"').s(c).t('"')
            else:
                d.s(c)
        d.t("\n")


def t_csv_vehicle(d, rng):
    sep = rng.choice([",", "\t", "|"])
    d.t(sep.join(["no", "plate", "owner", "owner_dob", "license_no", "phone"]) + "\n")
    for k in range(rng.randint(3, 6)):
        d.t(str(k + 1) + sep).s(plate(rng)).t(sep).s(P(rng)).t(sep).s(dob(rng, "dob_iso")).t(sep).s(dlic(rng)).t(sep).s(mobile(rng, "")).t("\n")


def t_kvlog(d, rng):
    for _ in range(rng.randint(3, 6)):
        d.neg("%d-%02d-%02dT%02d:%02d:%02d+09:00" % (2025, rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23),
                                                   rng.randint(0, 59), rng.randint(0, 59)), "date")
        d.t(" level=%s svc=minwon-portal user_id=" % rng.choice(["INFO", "WARN", "INFO"])).neg("u%05d" % rng.randint(0, 99999), "user_id")
        d.t(" src_ip=").s(ip(rng))
        r = rng.random()
        if r < 0.4:
            d.t(" action=login email=").s(email(rng))
        elif r < 0.7:
            d.t(" action=update_phone new_phone=").s(mobile(rng, ""))
        else:
            d.t(" action=view_record rrn=").s(rrn(rng, "rrn_masked", ""))
        d.t(" agent_ver=").neg("%d.%d.%d.%d" % (rng.randint(1, 20), rng.randint(0, 9), rng.randint(1000, 29999),
                                               rng.randint(1000, 9999)), "version_number").t("\n")


def t_jsonlog(d, rng):
    for _ in range(rng.randint(2, 5)):
        d.t('{"ts":"').neg("2025-%02d-%02d %02d:%02d:%02d" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23),
                                                            rng.randint(0, 59), rng.randint(0, 59)), "date").t('","client_ip":"').s(ip(rng)).t('","applicant":"')
        d.s(P(rng) if rng.random() < 0.85 else PF(rng)).t('","tel":"').s(mobile(rng)).t('"')
        r = rng.random()
        if r < 0.35:
            d.t(',"card":"').s(card(rng, sep="")).t('"')
        elif r < 0.6:
            d.t(',"hi_no":"').s(health(rng, "hi_plain")).t('"')
        elif r < 0.8:
            d.t(',"car":"').s(plate(rng)).t('"')
        d.t(',"status":"%s"}\n' % rng.choice(["접수", "처리중", "완료"]))


# ---- OCR scanned forms / tables -------------------------------------------

def t_ocr_form(d, rng):
    """scanned application form: label cells and values separated by bars touching the values."""
    d.t(rng.choice(["보조금 지급 신청서", "개 인 정 보 확 인 서", "운전면허 재발급 신청서", "외국인 고용 신고서"]) + "\n")
    kind = rng.random()
    d.row(["성 명", P(rng), "주민등록번호", rrn(rng)])
    d.row(["주 소", address(rng)])
    d.row(["연락처", mobile(rng), "전자우편", email(rng)])
    if kind < 0.35:
        bank, acc = account(rng)
        d.row(["은행명", bank, "계좌번호", acc])
        d.row(["건강보험증", health(rng), "생년월일", dob(rng)])
    elif kind < 0.7:
        d.row(["면허번호", dlic(rng), "차량번호", plate(rng)])
        d.row(["카드번호", card(rng), "생년월일", dob(rng)])
    else:
        d.row(["외국인등록번호", frn(rng)[0], "여권번호", passport(rng, "passport_foreign")])
        d.row(["사업자등록번호", brn(rng), "법인등록번호", crn(rng)])
    d.t("신청일 ").neg(tdate(rng), "date").t("\n")


def t_ocr_roster(d, rng):
    d.t("수 료 자 명 단\n")
    d.row(["연번", "", "생년월일", "연락처"])
    for k in range(rng.randint(3, 6)):
        nm = P(rng) if rng.random() < 0.85 else PF(rng, script="hangul")
        d.row([str(k + 1), nm, dob(rng, rng.choice(["dob_dot_pad", "dob_yymmdd", "dob_iso"])), mobile(rng)])


def t_ocr_accounts(d, rng):
    d.t("지급 계좌 명세 (스캔본)\n")
    d.row(["성명", "주민등록번호", "은행", "계좌번호"])
    for _ in range(rng.randint(3, 6)):
        bank, acc = account(rng)
        d.row([P(rng), rrn(rng), bank, acc])


def t_ocr_fw(d, rng):
    d.t("외국인근로자 명부\n")
    d.row(["성명", "외국인등록번호", "여권번호", "건강보험"])
    for _ in range(rng.randint(3, 5)):
        lat, han, nat = fname(rng, upper=True)
        d.row([PV(lat, "PERSON", "foreign_latin"), frn(rng)[0], passport(rng, "passport_foreign"), health(rng)])


def t_ocr_dl(d, rng):
    d.t("행정처분 대상자 목록\n")
    d.row(["성명", "면허번호", "차량번호", "생년월일"])
    for _ in range(rng.randint(3, 6)):
        d.row([P(rng), dlic(rng), plate(rng), dob(rng)])


def t_ocr_card(d, rng):
    d.t("카드 환불 대장\n")
    d.row(["고객", "카드번호", "가맹점 사업자번호", "환불액"])
    for _ in range(rng.randint(3, 6)):
        d.row([P(rng), card(rng), brn(rng), (amount(rng, 1000, 300000), "amount")])


def t_ocr_log(d, rng):
    d.t("접속기록 출력물 (스캔)\n")
    d.row(["일시", "접속IP", "이용자", "법인등록번호"])
    for _ in range(rng.randint(3, 6)):
        d.row([(tdate(rng), "date"), ip(rng, rng.choice(["ipv4_public", "ipv4_private"])), P(rng), crn(rng)])


# ---- no-PII records with hard negatives -----------------------------------

def t_neg_notice(d, rng):
    org = rng.choice(ORGS)
    d.t("%s 공고 제" % org).neg("%d-%d" % (rng.randint(2023, 2025), rng.randint(1, 999)), "document_number").t("호\n\n")
    d.t("「%s」에 따른 사업 참여자를 다음과 같이 모집합니다.\n" % rng.choice(["청년 창업 지원 조례", "주거급여 지원 조례"]))
    d.t("접수기간: ").neg(tdate(rng), "date").t(" ~ ").neg(tdate(rng), "date").t("\n지원금액: 1인당 ").neg(amount(rng), "amount").t("\n")
    d.t("근거: ").neg(rng.choice(STATUTES), "statute").t("\n접수처: ").neg(inst_address(rng), "institution_address").t(" (우 ").neg(postal(rng), "postal_code").t(")\n")
    d.t("문의: 대표전화 ").neg("%s-%04d" % (rng.choice(SWITCH), rng.randint(0, 9999)), "switchboard").t(", 정부민원안내콜센터 ").neg(
        rng.choice(SHORTCODES), "short_code").t("\n\n").neg("%s장" % org, "official_by_office").t("\n")


def t_neg_press(d, rng):
    org = rng.choice(ORGS)
    d.t("보 도 자 료\n배포일시 ").neg(tdate(rng), "date").t("\n\n%s, 하반기 생활밀착형 사업 확정\n\n" % org)
    d.neg("%s장" % org, "official_by_office").t("은 ").neg(tdate(rng), "date").t(" 열린 정책회의에서 총 ").neg(
        amount(rng, 100000000, 9000000000), "amount").t(" 규모의 사업 계획을 발표했다. ")
    d.t("이번 계획은 ").neg(rng.choice(STATUTES), "statute").t("에 근거하며, 주민 %d명이 설문에 참여했다.\n" % rng.randint(200, 5000))
    d.t("한 주민(").neg(rng.choice(["김○○", "박**", "정 모 씨", "이○○"]), "masked_name").t(")은 \"%s\"고 말했다.\n" % say(rng))
    d.t("문의: 대표전화 ").neg("%s-%04d" % (rng.choice(SWITCH), rng.randint(0, 9999)), "switchboard").t(" / ").neg(
        inst_address(rng), "institution_address").t("\n")


def t_neg_tax(d, rng):
    d.t("질의회신 요지\n문서번호 ").neg(rng.choice(["서면-%d-법인-%d", "부가%d-%d"]) % (rng.randint(2019, 2025), rng.randint(100, 9999)), "document_number").t("\n")
    d.neg("갑", "placeholder_person").t("은 ").neg(rng.choice(["A법인", "B사", "C조합"]), "placeholder_person").t("의 대표이사로서 ").neg(
        tdate(rng), "date").t(" 주식 ").neg(amount(rng, 10000000, 900000000), "amount").t("을 양도하였음.\n")
    d.t("관련 판례 ").neg(casenum(rng), "case_number").t(", ").neg("조심 %d서%d" % (rng.randint(2019, 2024), rng.randint(100, 9999)), "case_number").t(" 참조\n")
    d.t("근거 ").neg(rng.choice(STATUTES), "statute").t(", 같은 법 시행령 제%d조\n" % rng.randint(2, 200))
    d.t("민원인 ").neg(rng.choice(["김○○", "박**", "정 모 씨", "이○○", "최**"]), "masked_name").t("에게 회신함.\n")


def t_neg_form(d, rng):
    d.t("[작성 예시]\n성명: ").neg("홍길동", "placeholder_person").t("  주민등록번호: ").neg("000000-0000000", "placeholder_id").t("\n")
    d.t("접수번호 ").neg(receiptnum(rng), "receipt_number").t("  관리번호 ").neg("%03d-%d-%04d" % (rng.randint(30, 64), rng.randint(2019, 2025),
                                                                                       rng.randint(0, 9999)), "management_number").t("\n")
    d.t("공고번호 ").neg("%d%07d-00" % (rng.randint(2023, 2025), rng.randint(0, 9999999)), "document_number").t("  수수료 ").neg(amount(rng, 1000, 50000), "amount").t("\n")
    d.t("제출처: ").neg(inst_address(rng), "institution_address").t("\n")


def t_neg_log(d, rng):
    for _ in range(rng.randint(3, 5)):
        d.neg("2025-%02d-%02dT%02d:%02d:%02d" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59),
                                               rng.randint(0, 59)), "date").t(" level=INFO user=").neg("u%05d" % rng.randint(0, 99999), "user_id").t(
            " doc=").neg(docnum(rng), "document_number").t(" build=").neg("%d.%d.%d.%d" % (rng.randint(1, 20), rng.randint(0, 9), rng.randint(1000, 29999), rng.randint(1000, 9999)), "version_number").t(
            " fee=").neg(amount(rng, 1000, 90000), "amount").t("\n")


def t_neg_ocr(d, rng):
    d.t("통 계 표 (스캔)\n")
    d.row(["구분", "건수", "금액", "접수번호"])
    for _ in range(rng.randint(3, 5)):
        d.row([rng.choice(["민원", "과태료", "보조금", "면허"]), str(rng.randint(1, 999)), (amount(rng), "amount"),
               (receiptnum(rng), "receipt_number")])
    d.t("기준일 ").neg(tdate(rng), "date").t("  문의 ").neg("%s-%04d" % (rng.choice(SWITCH), rng.randint(0, 9999)), "switchboard").t("\n")


# template name -> (function, genre, count, ocr)
TEMPLATES = [
    ("news_award", t_news, "보도자료", 36, False),
    ("news_feature", t_news_people, "보도자료", 30, False),
    ("minwon_reply", t_minwon, "민원회신", 40, False),
    ("minutes", t_minutes, "회의록", 34, False),
    ("judgment", t_judgment, "판결문·결정문", 24, False),
    ("decision", t_decision, "판결문·결정문", 16, False),
    ("audit_report", t_audit, "감사·사고보고서", 18, False),
    ("accident_report", t_accident, "감사·사고보고서", 22, False),
    ("personnel_order", t_personnel, "인사명령·명단", 14, False),
    ("training_roster", t_training, "인사명령·명단", 16, False),
    ("travel_roster", t_travel, "인사명령·명단", 12, False),
    ("dl_notice", t_dl_notice, "운전면허·차량통지", 22, False),
    ("dl_prose", t_dl_prose, "운전면허·차량통지", 16, False),
    ("vehicle_notice", t_vehicle, "운전면허·차량통지", 18, False),
    ("card_refund", t_card, "카드·보조금계좌", 18, False),
    ("card_table", t_card_table, "카드·보조금계좌", 12, False),
    ("subsidy_accounts", t_subsidy, "카드·보조금계좌", 14, False),
    ("subsidy_corp", t_subsidy_corp, "카드·보조금계좌", 14, False),
    ("fw_contract", t_fw_contract, "외국인고용", 16, False),
    ("fw_prose", t_fw_prose, "외국인고용", 16, False),
    ("fw_table", t_fw_table, "외국인고용", 12, False),
    ("csv_members", t_csv, "CSV·로그", 12, False),
    ("csv_vehicle", t_csv_vehicle, "CSV·로그", 10, False),
    ("log_kv", t_kvlog, "CSV·로그", 14, False),
    ("log_json", t_jsonlog, "CSV·로그", 14, False),
    ("ocr_form", t_ocr_form, "OCR", 22, True),
    ("ocr_roster", t_ocr_roster, "OCR", 12, True),
    ("ocr_accounts", t_ocr_accounts, "OCR", 12, True),
    ("ocr_fw", t_ocr_fw, "OCR", 12, True),
    ("ocr_dl", t_ocr_dl, "OCR", 10, True),
    ("ocr_card", t_ocr_card, "OCR", 10, True),
    ("ocr_log", t_ocr_log, "OCR", 10, True),
    ("ocr_subsidy", t_subsidy, "OCR", 6, True),
    ("ocr_fw_table", t_fw_table, "OCR", 6, True),
    ("neg_notice", t_neg_notice, "민원회신", 14, False),
    ("neg_tax", t_neg_tax, "판결문·결정문", 14, False),
    ("neg_form", t_neg_form, "카드·보조금계좌", 10, False),
    ("neg_log", t_neg_log, "CSV·로그", 10, False),
    ("neg_press", t_neg_press, "보도자료", 8, False),
    ("neg_ocr", t_neg_ocr, "OCR", 10, True),
]
BASE_GENRE = {"ocr_form": "신청서 양식", "ocr_roster": "인사명령·명단", "ocr_accounts": "카드·보조금계좌",
              "ocr_fw": "외국인고용", "ocr_dl": "운전면허·차량통지", "ocr_card": "카드·보조금계좌",
              "ocr_log": "CSV·로그", "ocr_subsidy": "카드·보조금계좌", "ocr_fw_table": "외국인고용",
              "neg_ocr": "통계표"}

# ----------------------------------------------------------------------------
# checks
# ----------------------------------------------------------------------------
SHAPES = [("mobile", re.compile(r"(?<![0-9])01[016789][-. ]?[0-9]{3,4}[-. ]?[0-9]{4}(?![0-9])")),
          ("rrn_shape", re.compile(r"(?<![0-9])[0-9]{6}[- ]?[0-9]{7}(?![0-9])")),
          ("card16", re.compile(r"(?<![0-9])[0-9]{4}[- ]?[0-9]{4}[- ]?[0-9]{4}[- ]?[0-9]{4}(?![0-9])")),
          ("email", re.compile(r"[A-Za-z0-9._-]+@[A-Za-z0-9-]+\.[A-Za-z.]+")),
          ("ipv4", re.compile(r"(?<![0-9.])(?:[0-9]{1,3}\.){3}[0-9]{1,3}(?![0-9.])"))]


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    return s.replace("‐", "-").replace("–", "-").replace("—", "-")


def fmt_check(sp):
    """format / check-digit assertions on the clean value."""
    v, typ, sub = sp["clean"], sp["type"], sp["sub"]
    dg = re.sub(r"[^0-9]", "", v)
    if typ == "KR_RRN":
        if sub == "rrn_masked":
            assert re.fullmatch(r"[0-9]{6}-?[1-4][*●Xx○]{6}", v), v
        else:
            assert len(dg) == 13, v
            ok = rrn_check(dg[:12]) == int(dg[12])
            assert ok == (sub == "rrn_valid"), v
    elif typ == "KR_FRN":
        assert len(dg) == 13 and dg[6] in "5678" and frn_check(dg[:12]) == int(dg[12]), v
    elif typ == "CREDIT_CARD":
        assert len(dg) in (15, 16) and luhn_ok(dg), v
    elif typ == "KR_BRN":
        assert len(dg) == 10 and brn_ok(dg), v
    elif typ == "KR_CRN":
        assert len(dg) == 13 and crn_ok(dg), v
    elif typ == "KR_HEALTH_INSURANCE":
        assert len(dg) == 11, v
    elif typ == "KR_DRIVER_LICENSE":
        assert len(dg) in (10, 12), v
    elif typ == "KR_PASSPORT":
        assert re.fullmatch(r"[A-Z]{1,2}[0-9]{3}[A-Z0-9][0-9]{3,4}[A-Z]?", v), v
    elif typ == "KR_VEHICLE_PLATE":
        assert re.fullmatch(r"([가-힣]{2} ?)?[0-9]{2,3}[가-힣] ?[0-9]{4}", v), v
    elif typ == "PHONE_NUMBER":
        if sub != "mobile_hangul_digits":
            assert 9 <= len(dg) <= 11, v
    elif typ == "EMAIL_ADDRESS":
        assert re.fullmatch(r"[a-z0-9._]+@[a-z0-9.-]+\.[a-z]+", v), v
    elif typ == "IP_ADDRESS":
        if ":" not in v:
            assert all(0 <= int(x) <= 255 for x in v.split(".")), v
    elif typ == "PERSON":
        assert not re.search(r"(씨|님|귀하|주무관|과장)$", v), v


def check_record(text, spans, negs):
    prev = 0
    for sp in spans:
        s, e = sp["start"], sp["end"]
        assert 0 <= s < e <= len(text), sp
        assert s >= prev, ("overlap/sort", sp)
        prev = e
        assert text[s:e] == sp["text"], sp
        assert not text[s].isspace() and not text[e - 1].isspace(), ("edge ws", sp)
        fmt_check(sp)
    cover = [False] * len(text)
    for sp in spans:
        for k in range(sp["start"], sp["end"]):
            cover[k] = True
    for ng in negs:
        assert text[ng["start"]:ng["end"]] == ng["text"], ng
        assert not any(cover[ng["start"]:ng["end"]]), ("neg overlaps span", ng)
    # every other occurrence of a labelled string must be labelled
    for sp in spans:
        v = sp["text"]
        if len(v) < 2:
            continue
        k = text.find(v)
        while k >= 0:
            if not any(cover[k:k + len(v)]):
                raise AssertionError("unlabelled repeat %r" % v)
            k = text.find(v, k + 1)
    # no PII-looking string entirely outside spans
    ncover = [False] * len(text)
    for ng in negs:
        for k in range(ng["start"], ng["end"]):
            ncover[k] = True
    nt = norm(text)
    if len(nt) == len(text):
        for name, rx in SHAPES:
            for m in rx.finditer(nt):
                if not any(cover[m.start():m.end()]) and not all(ncover[m.start():m.end()]):
                    raise AssertionError("unlabelled %s %r" % (name, m.group()))


# ----------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------

def build():
    # interleave templates round-robin in fixed order (no randomness in ordering)
    queue = []
    maxc = max(t[3] for t in TEMPLATES)
    for i in range(maxc):
        for name, fn, genre, cnt, ocr in TEMPLATES:
            if i < cnt:
                queue.append((name, fn, genre, ocr, i))
    recs, metas = [], []
    for idx, (name, fn, genre, ocr, i) in enumerate(queue):
        seed = "%s|%s|%d" % (SEED_PREFIX, name, i)
        rng = random.Random(seed)
        for attempt in range(200):
            d = Doc(rng, ocr)
            fn(d, rng)
            text = d.text()
            spans = sorted(d.spans, key=lambda s: (s["start"], s["end"]))
            try:
                check_record(text, spans, d.negs)
                if name.startswith("neg_"):
                    assert not spans and d.negs
                else:
                    assert spans
                break
            except AssertionError as ex:
                err = ex
                continue
        else:
            raise SystemExit("could not build %s: %r" % (seed, err))
        rid = "pii_ad-%04d" % (idx + 1)
        recs.append({"id": rid, "text": text,
                     "spans": [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in spans],
                     "genre": genre})
        tags = []
        for tg in d.tags:
            if tg not in tags:
                tags.append(tg)
        metas.append({"id": rid, "template": name, "seed": seed, "genre": genre,
                      "base_genre": BASE_GENRE.get(name, genre), "ocr": ocr, "attempt": attempt,
                      "record_noise": tags,
                      "spans": [{"start": s["start"], "end": s["end"], "type": s["type"], "sub_kind": s["sub"],
                                 "noise": s["noise"], "text": s["text"], "clean": s["clean"]} for s in spans],
                      "hard_negatives": sorted(d.negs, key=lambda n: (n["start"], n["end"]))})
    return recs, metas


def inc(dct, k, n=1):
    dct[k] = dct.get(k, 0) + n


def sorted_dict(dct):
    return {k: dct[k] for k in sorted(dct)}


def make_stats(recs, metas):
    st = {"records": len(recs), "records_no_pii": 0, "spans": 0, "by_genre": {}, "by_genre_spans": {},
          "by_template": {}, "by_type": {}, "by_sub_kind": {}, "by_noise_tag": {}, "spans_with_noise": 0,
          "ocr_records": 0, "record_noise": {}, "hard_negatives": {}, "hard_negatives_total": 0}
    for r, m in zip(recs, metas):
        inc(st["by_genre"], r["genre"])
        inc(st["by_template"], m["template"])
        inc(st["by_genre_spans"], r["genre"], len(r["spans"]))
        if m["ocr"]:
            st["ocr_records"] += 1
        if not r["spans"]:
            st["records_no_pii"] += 1
        for tg in m["record_noise"]:
            inc(st["record_noise"], tg)
        for s in m["spans"]:
            st["spans"] += 1
            inc(st["by_type"], s["type"])
            inc(st["by_sub_kind"], s["type"] + ":" + s["sub_kind"])
            if s["noise"]:
                st["spans_with_noise"] += 1
            for tg in s["noise"]:
                inc(st["by_noise_tag"], tg)
        for h in m["hard_negatives"]:
            inc(st["hard_negatives"], h["category"])
            st["hard_negatives_total"] += 1
    for k in ("by_genre", "by_genre_spans", "by_template", "by_type", "by_sub_kind", "by_noise_tag",
              "record_noise", "hard_negatives"):
        st[k] = sorted_dict(st[k])
    return st


def validate_files(outdir):
    recs = [json.loads(l) for l in open(os.path.join(outdir, "pii_ad.jsonl"), encoding="utf-8")]
    metas = [json.loads(l) for l in open(os.path.join(outdir, "pii_ad.meta.jsonl"), encoding="utf-8")]
    assert len(recs) == len(metas)
    ids = set()
    for r, m in zip(recs, metas):
        assert r["id"] == m["id"] and r["id"] not in ids
        ids.add(r["id"])
        assert set(r) == {"id", "text", "spans", "genre"}
        assert len(r["spans"]) == len(m["spans"])
        full = []
        for a, b in zip(r["spans"], m["spans"]):
            assert (a["start"], a["end"], a["type"]) == (b["start"], b["end"], b["type"])
            full.append({"start": b["start"], "end": b["end"], "type": b["type"], "sub": b["sub_kind"],
                         "text": b["text"], "clean": b["clean"]})
        check_record(r["text"], full, m["hard_negatives"])
    st = json.load(open(os.path.join(outdir, "stats.json"), encoding="utf-8"))
    assert st == json.loads(json.dumps(make_stats(recs, metas), ensure_ascii=False))
    return recs, metas, st


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(outdir, exist_ok=True)
    recs, metas = build()
    with open(os.path.join(outdir, "pii_ad.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "pii_ad.meta.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in metas:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    st = make_stats(recs, metas)
    with open(os.path.join(outdir, "stats.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(st, ensure_ascii=False, indent=1) + "\n")
    recs, metas, st = validate_files(outdir)
    print("records %d, spans %d, no-PII %d, OCR %d" % (st["records"], st["spans"], st["records_no_pii"],
                                                      st["ocr_records"]))
    for k, v in st["by_type"].items():
        print("  %-22s %d" % (k, v))
    low = [k for k, v in st["by_type"].items() if v < 100]
    if low:
        print("WARNING: fewer than 100 spans:", low)


if __name__ == "__main__":
    main()
