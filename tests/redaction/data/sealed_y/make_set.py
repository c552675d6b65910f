#!/usr/bin/env python3
"""Generator for the pii_y independent Korean PII evaluation set (standard library only).

Every record is produced from random.Random("pii_y-2026|<template>|<i>") (string seeds are
hashed with SHA-512 by `random`, so output does not depend on PYTHONHASHSEED).
Run:  python3 make_set.py      -> pii_y.jsonl, pii_y.meta.jsonl, stats.json
"""
import json, random, re, sys, unicodedata, os
from collections import Counter, OrderedDict

OUT = os.path.dirname(os.path.abspath(__file__))
TYPES = ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "KR_ADDRESS", "DATE_OF_BIRTH", "KR_BANK_ACCOUNT",
         "KR_RRN", "IP_ADDRESS", "KR_PASSPORT", "KR_BRN", "KR_DRIVER_LICENSE", "KR_FRN",
         "KR_VEHICLE_PLATE", "KR_HEALTH_INSURANCE", "CREDIT_CARD", "KR_CRN"]

# ---------------------------------------------------------------- name pools (invented combos)
SUR1 = ("김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 전 홍 고 문 양 손 배 백 허 유 남 심 노 하 곽 성 차 주 우 "
        "구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 탁 국 편 용").split()
SUR2 = ["남궁", "황보", "선우", "제갈", "독고", "사공", "서문"]
GIV = ("민 수 지 훈 현 우 서 연 준 영 호 진 성 희 경 은 혜 정 태 윤 아 하 다 솔 빈 재 원 석 철 미 숙 순 옥 규 환 혁 주 나 란 "
       "결 찬 건 율 온 채 유 예 선 도 한 명 상 용 욱 기 택 범 린 별 슬 담 겸 산 균 웅 혜 설 람 인 효 소 세 보 라").split()
PLACEHOLDER_NAMES = {"홍길동", "김철수", "이영희", "고길동", "김갑동", "이을녀"}

FOREIGN = [  # (nationality, surname-first?, [(latin,hangul) surnames], [(latin,hangul) given], mids, passport kind)
    ("베트남", True, [("NGUYEN", "응우옌"), ("TRAN", "쩐"), ("PHAM", "팜"), ("HOANG", "호앙"), ("VU", "부"), ("DANG", "당"), ("BUI", "부이")],
     [("MINH", "민"), ("HOA", "호아"), ("LAN", "란"), ("TUAN", "뚜언"), ("HUONG", "흐엉"), ("KHANH", "카인"), ("PHUONG", "프엉"), ("THAO", "타오")],
     [("VAN", "반"), ("THI", "티"), ("DUC", "득"), ("NGOC", "응옥")], "vn"),
    ("중국", True, [("WANG", "왕"), ("LIU", "류"), ("ZHANG", "장"), ("CHEN", "천"), ("ZHAO", "자오"), ("SUN", "쑨")],
     [("WEI", "웨이"), ("FANG", "팡"), ("JING", "징"), ("LEI", "레이"), ("YAN", "옌"), ("HAOYU", "하오위"), ("XIAOLIN", "샤오린")], [], "cn"),
    ("필리핀", False, [("SANTOS", "산토스"), ("REYES", "레예스"), ("MENDOZA", "멘도사"), ("BAUTISTA", "바우티스타"), ("AQUINO", "아키노")],
     [("ANGELICA", "안젤리카"), ("MARK", "마크"), ("JOY", "조이"), ("RAMON", "라몬"), ("CRISTINA", "크리스티나")], [], "ph"),
    ("우즈베키스탄", True, [("KARIMOV", "카리모프"), ("RAKHIMOVA", "라히모바"), ("YUSUPOV", "유수포프"), ("TOSHEVA", "토셰바")],
     [("AZIZ", "아지즈"), ("DILNOZA", "딜노자"), ("BEKZOD", "벡조드"), ("NODIRA", "노디라"), ("SHERZOD", "셰르조드")], [], "uz"),
    ("미국", False, [("WHITAKER", "휘태커"), ("BENNETT", "베넷"), ("COLLINS", "콜린스"), ("HARPER", "하퍼"), ("MORALES", "모랄레스")],
     [("EMILY", "에밀리"), ("DANIEL", "대니얼"), ("RACHEL", "레이첼"), ("OWEN", "오언"), ("CLAIRE", "클레어")], [], "us"),
    ("네팔", False, [("GURUNG", "구룽"), ("TAMANG", "타망"), ("SHRESTHA", "쉬레스타"), ("RAI", "라이")],
     [("BIKASH", "비카스"), ("SUNITA", "수니타"), ("ROSHAN", "로샨"), ("ANJALI", "안잘리")], [], "np"),
    ("인도네시아", False, [("PRATAMA", "프라타마"), ("SANTOSO", "산토소"), ("WIJAYA", "위자야"), ("HIDAYAT", "히다얏")],
     [("DEWI", "데위"), ("AGUS", "아구스"), ("RINA", "리나"), ("BAYU", "바유")], [], "id"),
]

ROMAN = ["minsu", "jihoon", "seoyeon", "hana", "dayun", "jwkim", "sypark", "hjlee", "yoonah", "taehee", "junho",
         "eunji", "dohyun", "sora", "byul", "mingyu", "haneul", "jiwoo", "chaeeun", "wooseok", "gyeol", "yerin"]
DOMAINS = ["naver.com", "daum.net", "gmail.com", "hanmail.net", "kakao.com", "nate.com", "outlook.kr"]
CO_DOMAINS = ["hanbit-eng.co.kr", "saeol-tech.kr", "purunsoft.com", "daon-logis.co.kr", "gaon-design.kr", "nuri-build.co.kr"]
COMPANIES = ["(주)한빛엔지니어링", "새올테크 주식회사", "(주)푸른소프트", "다온물류(주)", "가온디자인", "누리건설(주)", "(주)솔내식품",
             "마루정보통신(주)", "별빛상사", "(유)두레에너지", "햇살유통", "(주)바람과숲"]
INSTS = [("행정안전부", "세종특별자치시 가름로 143 정부세종청사 7동"), ("마포구청", "서울특별시 마포구 월드컵로 231"),
         ("수원시청", "경기도 수원시 팔달구 효원로 241"), ("국민건강보험공단 ○○지사", "강원특별자치도 원주시 건강로 32"),
         ("○○지방경찰청", "대전광역시 중구 선화로 20"), ("○○출입국·외국인사무소", "인천광역시 중구 서해대로 393"),
         ("○○시 보건소", "충청북도 청주시 상당구 상당로 155"), ("○○도 감사위원회", "전라남도 무안군 삼향읍 오룡길 1")]

SIDO = [("서울특별시", "서울"), ("부산광역시", "부산"), ("대구광역시", "대구"), ("인천광역시", "인천"), ("광주광역시", "광주"),
        ("대전광역시", "대전"), ("울산광역시", "울산"), ("경기도", "경기"), ("강원특별자치도", "강원"), ("충청북도", "충북"),
        ("충청남도", "충남"), ("전북특별자치도", "전북"), ("전라남도", "전남"), ("경상북도", "경북"), ("경상남도", "경남"), ("제주특별자치도", "제주")]
SGG = {"서울": ["마포구", "강서구", "노원구", "송파구", "관악구", "은평구", "성동구"], "부산": ["해운대구", "부산진구", "사하구", "동래구"],
       "대구": ["수성구", "달서구", "북구"], "인천": ["연수구", "부평구", "남동구", "서구"], "광주": ["북구", "광산구", "서구"],
       "대전": ["유성구", "서구", "대덕구"], "울산": ["남구", "울주군", "중구"], "경기": ["수원시 팔달구", "성남시 분당구", "고양시 일산동구", "용인시 기흥구", "안산시 단원구", "화성시", "파주시"],
       "강원": ["춘천시", "원주시", "강릉시"], "충북": ["청주시 흥덕구", "충주시", "제천시"], "충남": ["천안시 서북구", "아산시", "공주시"],
       "전북": ["전주시 완산구", "익산시", "군산시"], "전남": ["여수시", "순천시", "목포시"], "경북": ["포항시 남구", "구미시", "경산시"],
       "경남": ["창원시 성산구", "김해시", "진주시"], "제주": ["제주시", "서귀포시"]}
ROADS = ["한빛", "새솔", "푸른숲", "은행나무", "달빛", "가람", "누리", "소망", "햇살", "별빛", "두레", "솔내", "마루", "바람", "물푸레", "들꽃"]
DONGS = ["신정동", "상계동", "성산동", "연산동", "봉명동", "용암동", "송정동", "금곡동", "이곡동", "산본동"]
APTS = ["한빛아파트", "푸른마을", "은하수빌라", "새솔타운", "누리파크", "햇살채"]

BANKS = [  # (display names, [(groups, first-group prefixes)])
    (["KB국민은행", "국민은행", "국민"], [((6, 2, 6), None), ((3, 2, 4, 3), None)]),
    (["신한은행", "신한"], [((3, 3, 6), ["110", "140"]), ((3, 2, 6), None)]),
    (["우리은행", "우리"], [((4, 3, 6), ["1002"])]),
    (["하나은행", "하나"], [((3, 6, 5), None)]),
    (["NH농협은행", "농협은행", "농협"], [((3, 4, 4, 2), ["301", "302", "312", "317", "351", "352", "356"])]),
    (["지역농·축협", "단위농협"], [((6, 2, 6), None)]),
    (["IBK기업은행", "기업은행", "기업"], [((3, 6, 2, 3), None)]),
    (["SC제일은행", "SC제일"], [((3, 2, 6), None)]),
    (["카카오뱅크", "카뱅"], [((4, 2, 7), ["3333", "3355", "3388", "7942"])]),
    (["케이뱅크"], [((3, 3, 6), ["100"])]),
    (["토스뱅크"], [((4, 4, 4), ["1000", "1001"])]),
    (["우체국", "우체국예금"], [((6, 2, 6), None)]),
    (["새마을금고", "MG새마을금고"], [((4, 4, 4, 1), ["9002", "9003", "9100"])]),
    (["부산은행", "BNK부산은행"], [((3, 4, 4, 2), ["101", "112"])]),
    (["iM뱅크", "대구은행"], [((3, 2, 6, 1), ["508", "505"])]),
    (["경남은행", "BNK경남은행"], [((3, 2, 7), ["207"])]),
    (["광주은행"], [((3, 3, 6), ["107", "109"])]),
    (["신협"], [((3, 3, 6), ["131", "132"])]),
]

DL_REGION = [("11", "서울"), ("12", "부산"), ("13", "경기"), ("14", "강원"), ("15", "충북"), ("16", "충남"), ("17", "전북"),
             ("18", "전남"), ("19", "경북"), ("20", "경남"), ("21", "제주"), ("22", "대구"), ("23", "인천"), ("24", "광주"),
             ("25", "대전"), ("26", "울산")]
HANGUL_DIGITS = "공일이삼사오육칠팔구"
FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789"}
CONFUSE = {"0": "O", "1": "l", "5": "S", "8": "B"}


# ---------------------------------------------------------------- value generators
def d(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def kname(rng):
    while True:
        s = rng.choice(SUR2) if rng.random() < 0.07 else rng.choice(SUR1)
        g = rng.choice(GIV) if rng.random() < 0.07 else rng.choice(GIV) + rng.choice(GIV)
        n = s + g
        if len(g) == 2 and g[0] == g[1]:
            continue
        if n not in PLACEHOLDER_NAMES:
            return n, ("kr_2surname" if len(s) == 2 else ("kr_2syl" if len(n) == 2 else "kr"))


def fname(rng, nat=None):
    rows = [f for f in FOREIGN if nat is None or f[0] == nat]
    nat, sf, surs, givs, mids, pk = rng.choice(rows)
    s = rng.choice(surs); g = rng.choice(givs)
    m = rng.choice(mids) if mids and rng.random() < 0.7 else None
    parts = [s, m, g] if sf else [g, s]
    parts = [p for p in parts if p]
    latin = " ".join(p[0] for p in parts)
    if not sf and rng.random() < 0.5:
        latin = " ".join(p[0] for p in [s, g])  # passport style SURNAME GIVEN
    if rng.random() < 0.4:
        latin = latin.title()
    hangul = " ".join(p[1] for p in parts) if rng.random() < 0.6 else "".join(p[1] for p in parts)
    return latin, hangul, nat, pk


def birth(rng, lo=1945, hi=2006):
    y = rng.randint(lo, hi); m = rng.randint(1, 12)
    dd = rng.randint(1, [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1])
    return y, m, dd


def rrn_check(s12, base=11):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    t = sum(int(a) * b for a, b in zip(s12, w))
    return (11 - t % 11) % 10 if base == 11 else (13 - t % 11) % 10


def rrn(rng, kind="valid", bd=None):
    if kind == "post2020":
        y = rng.choice([2020, 2021, 2022, 2023, 2024, 2025]); m = rng.randint(10 if y == 2020 else 1, 12); dd = rng.randint(1, 28)
    else:
        y, m, dd = bd or birth(rng)
    g = (1 if y < 2000 else 3) + rng.randrange(2)
    front = "%02d%02d%02d" % (y % 100, m, dd)
    if kind == "masked":
        mc = rng.choice(["*", "*", "●", "X"])
        return "%s-%d%s" % (front, g, mc * 6), (y, m, dd)
    body = str(g) + d(rng, 5)
    c = rrn_check(front + body)
    if kind == "post2020":
        c = (c + 1 + rng.randrange(9)) % 10
    return "%s-%s%d" % (front, body, c), (y, m, dd)


def frn(rng, kind="valid", bd=None):
    y, m, dd = bd or birth(rng, 1960, 2006)
    g = (5 if y < 2000 else 7) + rng.randrange(2)
    front = "%02d%02d%02d" % (y % 100, m, dd)
    if kind == "masked":
        return "%s-%d%s" % (front, g, rng.choice(["*", "●"]) * 6), (y, m, dd)
    reg = rng.randrange(0, 98, 2)
    body = "%d%02d%s%d" % (g, reg, d(rng, 2), rng.choice([6, 7, 8, 9]))
    return "%s-%s%d" % (front, body, rrn_check(front + body, 13)), (y, m, dd)


def valid_rrn(v):
    s = v.replace("-", "")
    return len(s) == 13 and rrn_check(s[:12]) == int(s[12])


def valid_frn(v):
    s = v.replace("-", "")
    return len(s) == 13 and s[6] in "5678" and rrn_check(s[:12], 13) == int(s[12])


def brn(rng, public=False):
    while True:
        mid = "83" if public else "%02d" % rng.choice(list(range(1, 80)) + [81, 86, 87, 88])
        s9 = "%03d" % rng.randint(101, 899) + mid + d(rng, 4)
        w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
        t = sum(int(a) * b for a, b in zip(s9, w)) + (int(s9[8]) * 5) // 10
        c = (10 - t % 10) % 10
        return "%s-%s-%s%d" % (s9[:3], s9[3:5], s9[5:], c)


def valid_brn(v):
    s = v.replace("-", "")
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    t = sum(int(a) * b for a, b in zip(s[:9], w)) + (int(s[8]) * 5) // 10
    return (10 - t % 10) % 10 == int(s[9])


def crn(rng):
    s12 = rng.choice(["1101", "1311", "1201", "1346", "1601", "2801", "1758"]) + rng.choice(["11", "11", "14", "21", "12"]) + d(rng, 6)
    t = sum(int(a) * (1 if i % 2 == 0 else 2) for i, a in enumerate(s12))
    return "%s-%s%d" % (s12[:6], s12[6:], (10 - t % 10) % 10)


def valid_crn(v):
    s = v.replace("-", "")
    t = sum(int(a) * (1 if i % 2 == 0 else 2) for i, a in enumerate(s[:12]))
    return (10 - t % 10) % 10 == int(s[12])


def luhn_ok(s):
    s = [int(c) for c in s if c.isdigit()]
    t = 0
    for i, x in enumerate(reversed(s)):
        if i % 2 == 1:
            x *= 2
            x = x - 9 if x > 9 else x
        t += x
    return t % 10 == 0


def card(rng, masked=False):
    kind = rng.choice(["visa", "master", "bc", "bc", "jcb", "amex", "local"])
    pre = {"visa": "4" + d(rng, 5), "master": str(rng.randint(51, 55)) + d(rng, 4), "bc": "94" + d(rng, 4),
           "jcb": str(rng.randint(3528, 3589)) + d(rng, 2), "amex": rng.choice(["34", "37"]) + d(rng, 4),
           "local": rng.choice(["9420", "9490", "6250", "9410"]) + d(rng, 2)}[kind]
    n = 15 if kind == "amex" else 16
    body = pre + d(rng, n - 1 - len(pre))
    for c in "0123456789":
        if luhn_ok(body + c):
            num = body + c
            break
    groups = (4, 6, 5) if n == 15 else (4, 4, 4, 4)
    if masked:
        num = num[:6] + "*" * (n - 10) + num[-4:]
    sep = rng.choice(["-", "-", "-", " ", ""])
    out, i = [], 0
    for g in groups:
        out.append(num[i:i + g]); i += g
    return sep.join(out), ("card_masked" if masked else "card_" + kind)


def bank(rng):
    names, fmts = rng.choice(BANKS)
    groups, pref = rng.choice(fmts)
    first = rng.choice(pref) if pref else d(rng, groups[0])
    digits = first + d(rng, sum(groups) - len(first))
    return names, groups, digits


def fmt_account(rng, groups, digits, style=None, masked=False):
    parts, i = [], 0
    for g in groups:
        parts.append(digits[i:i + g]); i += g
    if masked:
        parts = [p if k in (0, len(parts) - 1) else "*" * len(p) for k, p in enumerate(parts)]
    style = style or rng.choices(["hyphen", "plain", "space"], [0.62, 0.25, 0.13])[0]
    if style == "plain" and not masked:
        return "".join(parts), style
    if style == "space":
        return " ".join(parts), style
    return "-".join(parts), "hyphen"


def account(rng, style=None, masked=False):
    names, groups, digits = bank(rng)
    v, st = fmt_account(rng, groups, digits, style, masked)
    sub = "acct_%s_%s" % ("-".join(map(str, groups)), "masked" if masked else st)
    return rng.choice(names), v, sub


def mobile(rng, style=None):
    p = rng.choice(["010"] * 12 + ["011", "016", "019"])
    mid = d(rng, 4) if p == "010" else d(rng, rng.choice([3, 4]))
    mid = str(rng.randint(2, 9)) + mid[1:]
    last = d(rng, 4)
    style = style or rng.choices(["-", " ", ".", "", "+82"], [0.7, 0.1, 0.06, 0.1, 0.04])[0]
    if style == "+82":
        return "+82 %s-%s-%s" % (p[1:], mid, last), "mobile_intl"
    return style.join([p, mid, last]), "mobile"


AREA = ["02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055", "061", "062", "063", "064"]


def landline(rng, kind=None):
    if kind == "070" or (kind is None and rng.random() < 0.15):
        return "070-%s-%s" % (str(rng.randint(2, 9)) + d(rng, 3), d(rng, 4)), "voip070"
    a = rng.choice(AREA)
    mid = str(rng.randint(2, 9)) + d(rng, rng.choice([2, 3]))
    return "%s-%s-%s" % (a, mid, d(rng, 4)), "landline"


def email(rng, name_hint=None, corp=False):
    local = rng.choice(ROMAN)
    r = rng.random()
    if r < 0.4:
        local += str(rng.randint(1, 99))
    elif r < 0.55:
        local = rng.choice(ROMAN)[:2] + "." + rng.choice(ROMAN)
    dom = rng.choice(CO_DOMAINS) if corp else rng.choice(DOMAINS)
    return local + "@" + dom, ("email_corp" if corp else "email")


def gov_email(rng):
    return rng.choice(ROMAN) + str(rng.randint(1, 999)) + "@korea.kr", "email_official"


def address(rng, kind=None):
    full, short = rng.choice(SIDO)
    sgg = rng.choice(SGG[short])
    kind = kind or rng.choices(["road_full", "road_short", "road_sgg", "jibun"], [0.45, 0.2, 0.15, 0.2])[0]
    unit = rng.choice([", %d동 %d호" % (rng.randint(101, 115), rng.randint(1, 25) * 100 + rng.randint(1, 6)),
                       ", %d층 %d호" % ((lambda f: (f, f * 100 + rng.randint(1, 9)))(rng.randint(2, 9))),
                       " %d층" % rng.randint(2, 12), "", ", %d호" % rng.randint(101, 509)])
    road = rng.choice(ROADS) + rng.choice(["로", "길", "대로", "로%d번길" % rng.randint(2, 60)])
    no = str(rng.randint(1, 300)) + (("-%d" % rng.randint(1, 30)) if rng.random() < 0.2 else "")
    if kind == "jibun":
        lot = "%d-%d" % (rng.randint(1, 1999), rng.randint(1, 40))
        unit = (" " + rng.choice(APTS) + " %d동 %d호" % (rng.randint(101, 115), rng.randint(1, 20) * 100 + rng.randint(1, 4))) if rng.random() < 0.6 else ""
        return "%s %s %s %s%s" % (rng.choice([full, short]), sgg, rng.choice(DONGS), lot, unit), "addr_jibun"
    head = {"road_full": full + " ", "road_short": short + " ", "road_sgg": ""}[kind]
    return "%s%s %s %s%s" % (head, sgg, road, no, unit), "addr_" + kind


def dob_str(rng, y, m, dd):
    f = rng.choice(["%d. %d. %d.", "%d년 %d월 %d일", "%d-%02d-%02d", "%d.%02d.%02d.", "YY.MM.DD", "YYMMDD", "%d/%02d/%02d"])
    if f == "YY.MM.DD":
        return "%02d.%02d.%02d" % (y % 100, m, dd), "dob_yy_dot"
    if f == "YYMMDD":
        return "%02d%02d%02d" % (y % 100, m, dd), "dob_yymmdd"
    return f % (y, m, dd), "dob"


def passport_kr(rng):
    p = rng.choice("MMMMMMSGDR")
    if rng.random() < 0.5:
        return p + d(rng, 8), "passport_old"
    return p + d(rng, 3) + rng.choice("ACDEFGHJKN") + d(rng, 4), "passport_new"


def passport_foreign(rng, pk):
    v = {"vn": lambda: "C" + d(rng, 7), "cn": lambda: rng.choice(["E" + d(rng, 8), "EA" + d(rng, 7)]),
         "ph": lambda: "P" + d(rng, 7) + rng.choice("ABC"), "uz": lambda: rng.choice(["FA", "AB"]) + d(rng, 7),
         "us": lambda: str(rng.randint(5, 6)) + d(rng, 8), "np": lambda: "PA" + d(rng, 7), "id": lambda: rng.choice(["B", "C", "X"]) + d(rng, 7)}[pk]()
    return v, "passport_foreign_" + pk


def dl(rng):
    code, reg = rng.choice(DL_REGION)
    yy = "%02d" % rng.choice(list(range(85, 100)) + list(range(0, 25)))
    ser, chk = d(rng, 6), d(rng, 2)
    k = rng.choices(["num", "name", "name_nospace", "plain"], [0.45, 0.25, 0.12, 0.18])[0]
    if k == "num":
        return "%s-%s-%s-%s" % (code, yy, ser, chk), "dl_num"
    if k == "name":
        return "%s %s-%s-%s" % (reg, yy, ser, chk), "dl_name"
    if k == "name_nospace":
        return "%s%s-%s-%s" % (reg, yy, ser, chk), "dl_name_nospace"
    return code + yy + ser + chk, "dl_plain"


def health_ins(rng):
    return str(rng.randint(1, 9)) + d(rng, 10), "hi_11"


PLATE_P = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주"


def plate(rng):
    k = rng.choices(["2d", "3d", "region", "commercial", "nospace", "rental"], [0.3, 0.3, 0.12, 0.1, 0.1, 0.08])[0]
    if k == "2d":
        return "%02d%s %s" % (rng.randint(11, 99), rng.choice(PLATE_P), d(rng, 4)), "plate_2d"
    if k == "3d":
        return "%03d%s %s" % (rng.randint(100, 699), rng.choice(PLATE_P), d(rng, 4)), "plate_3d"
    if k == "region":
        return "%s %02d%s %s" % (rng.choice(["서울", "경기", "부산", "인천"]), rng.randint(11, 99), rng.choice(PLATE_P), d(rng, 4)), "plate_region"
    if k == "commercial":
        return "%s %02d%s %s" % (rng.choice(["서울", "경기", "대구"]), rng.randint(70, 79), rng.choice("바사아자"), d(rng, 4)), "plate_commercial"
    if k == "rental":
        return "%02d%s %s" % (rng.randint(11, 99), rng.choice("하허호"), d(rng, 4)), "plate_rental"
    return "%03d%s%s" % (rng.randint(100, 699), rng.choice(PLATE_P), d(rng, 4)), "plate_nospace"


def ip(rng):
    r = rng.random()
    if r < 0.35:
        return "192.168.%d.%d" % (rng.randint(0, 255), rng.randint(2, 254)), "ipv4_private"
    if r < 0.5:
        return "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254)), "ipv4_private"
    if r < 0.93:
        return "%d.%d.%d.%d" % (rng.choice([58, 61, 112, 121, 175, 211, 218, 221]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254)), "ipv4_public"
    return "2001:db8:%x:%x::%x" % (rng.randint(1, 65535), rng.randint(1, 65535), rng.randint(1, 255)), "ipv6"


# ---------------------------------------------------------------- hard negatives
DEPTS = ["민원여권과", "운영지원과", "복지정책과", "자동차민원과", "감사담당관", "보험급여부", "재무과", "외국인민원과", "교통안전과"]
STATUTES = ["「개인정보 보호법」 제24조 제1항", "「주민등록법」 제29조 제2항", "「여권법」 시행령 제3조의2", "「도로교통법」 제87조 제1항",
            "「출입국관리법」 제31조", "「국민건강보험법」 제6조 제1항", "「보조금 관리에 관한 법률」 제33조의2", "같은 법 시행규칙 제5조 제2항",
            "「근로기준법」 제43조", "「전자금융거래법」 제8조", "「민원 처리에 관한 법률」 제27조", "「공공감사에 관한 법률」 제23조"]


def neg_value(rng, cat):
    if cat == "doc_number":
        return "%s-%d" % (rng.choice(DEPTS), rng.randint(100, 9999))
    if cat == "statute":
        return rng.choice(STATUTES)
    if cat == "receipt_no":
        return rng.choice(["%dAA-%02d%02d-%s" % (rng.randint(1, 9), rng.randint(22, 25), rng.randint(1, 12), d(rng, 7)),
                           "%d-민원-%s" % (rng.randint(2023, 2025), d(rng, 6))])
    if cat == "approval_no":
        return d(rng, 8)
    if cat == "transaction_no":
        return rng.choice(["%d%02d%02d-%s" % (rng.randint(2023, 2025), rng.randint(1, 12), rng.randint(1, 28), d(rng, 10)),
                           "TX" + d(rng, 14)])
    if cat == "merchant_no":
        return d(rng, rng.choice([9, 10]))
    if cat == "rep_phone":
        return rng.choice(["1588-%s" % d(rng, 4), "1577-%s" % d(rng, 4), "1644-%s" % d(rng, 4), "1899-%s" % d(rng, 4),
                           "044-%d-%s" % (rng.randint(200, 215), rng.choice(["1000", "2114", "1114", "0114"]))])
    if cat == "short_code":
        return rng.choice(["110", "120", "1345", "1350", "1355", "1577-1000"][:5])
    if cat == "public_brn":
        return brn(rng, public=True)
    if cat == "amount":
        return rng.choice(["%s원" % format(rng.randint(1, 9999) * 1000, ","), "₩%s" % format(rng.randint(10, 50000) * 1000, ",")])
    if cat == "date_not_dob":
        y, m, dd = rng.randint(2023, 2026), rng.randint(1, 12), rng.randint(1, 28)
        return rng.choice(["%d. %d. %d." % (y, m, dd), "%d-%02d-%02d" % (y, m, dd), "%d년 %d월 %d일" % (y, m, dd)])
    if cat == "version":
        return rng.choice(["v%d.%d.%d" % (rng.randint(1, 5), rng.randint(0, 20), rng.randint(0, 9)), "10.0.%d.%d" % (rng.randint(19041, 22631), rng.randint(1000, 4000))])
    if cat == "postal_code":
        return "%05d" % rng.randint(1000, 63600)
    if cat == "case_no":
        return "%d%s%d" % (rng.randint(2021, 2025), rng.choice(["가단", "가합", "고단", "구합", "나", "두"]), rng.randint(1000, 99999))
    if cat == "policy_no":
        return rng.choice(["L%d-%s" % (rng.randint(2020, 2025), d(rng, 7)), d(rng, 4) + "-" + d(rng, 8)])
    if cat == "workplace_mgmt_no":
        return d(rng, 11)
    if cat == "order_no":
        return d(rng, 16)
    if cat == "payer_no":
        return d(rng, 4) + "-" + d(rng, 6)
    if cat == "employee_id":
        return rng.choice(["E", "S", ""]) + d(rng, 6)
    if cat == "user_id":
        return "u" + d(rng, 5)
    if cat == "notice_no":
        return "제%d-%d호" % (rng.randint(2023, 2025), rng.randint(10, 999))
    if cat == "project_no":
        return "%d%s-00" % (rng.randint(2023, 2025), d(rng, 7))
    raise KeyError(cat)


# ---------------------------------------------------------------- noise
def to_hangul_digits(v):
    return "".join(HANGUL_DIGITS[int(c)] if c.isdigit() else c for c in v)


def apply_noise(rng, v, typ, kinds=None):
    """Return (noisy_value, tags). Never puts whitespace at either edge."""
    tags = []
    if typ == "PERSON":
        if len(v) >= 2 and " " not in v and re.fullmatch(r"[가-힣]+", v):
            return " ".join(v), ["spaced_name"]
        return v, []
    if typ in ("EMAIL_ADDRESS", "IP_ADDRESS"):
        if typ == "EMAIL_ADDRESS" and rng.random() < 0.5:
            return v.replace("@", " @ ", 1), ["space_in_email"]
        return v.replace(".", ". ", 1) if typ == "IP_ADDRESS" else v, (["space_in_number"] if typ == "IP_ADDRESS" else [])
    if typ == "KR_ADDRESS":
        sp = [i for i, c in enumerate(v) if c == " " and 4 < i < len(v) - 4]
        if sp:
            i = rng.choice(sp)
            return v[:i] + "\n" + v[i + 1:], ["wrapped"]
        return v, []
    options = kinds or ["confusable", "space_in_number", "fullwidth_digits", "unicode_hyphen", "newline_in_number"]
    if "-" not in v:
        options = [o for o in options if o != "unicode_hyphen"]
    chosen = rng.sample(options, 1 if rng.random() < 0.75 else min(2, len(options)))
    for k in chosen:
        if k == "confusable":
            pos = [i for i, c in enumerate(v) if c in CONFUSE]
            if not pos:
                continue
            for i in rng.sample(pos, min(len(pos), rng.choice([1, 1, 2]))):
                v = v[:i] + CONFUSE[v[i]] + v[i + 1:]
        elif k == "space_in_number":
            pos = [i for i in range(1, len(v)) if v[i - 1].isdigit() and v[i].isdigit()]
            if not pos:
                continue
            i = rng.choice(pos)
            v = v[:i] + " " + v[i:]
        elif k == "fullwidth_digits":
            v = "".join(FW.get(c, c) for c in v)
            if rng.random() < 0.6:
                v = v.replace("-", "－")
        elif k == "unicode_hyphen":
            v = v.replace("-", rng.choice(["‐", "－", "–"]))
        elif k == "newline_in_number":
            pos = [i for i in range(1, len(v)) if not v[i - 1].isspace() and not v[i].isspace()]
            i = rng.choice([p for p in pos if v[p - 1] in "-‐－–"] or pos)
            v = v[:i] + "\n" + v[i:]
        elif k == "hangul_digits":
            v = to_hangul_digits(v)
        tags.append(k)
    return v, tags


def normalize(v):
    v = unicodedata.normalize("NFKC", v)
    v = "".join(str(HANGUL_DIGITS.index(c)) if c in HANGUL_DIGITS else c for c in v)
    v = re.sub(r"\s+", "", v)
    for a in "‐–－":
        v = v.replace(a, "-")
    for a, b in (("O", "0"), ("l", "1"), ("S", "5"), ("B", "8")):
        v = v.replace(a, b)
    return v


# ---------------------------------------------------------------- document builder
class Doc:
    def __init__(self, rng, ocr=False, genre=""):
        self.rng, self.ocr, self.genre = rng, ocr, genre
        self.buf, self.n = [], 0
        self.spans, self.negs = [], []

    def t(self, s):
        if self.ocr and s:
            r = self.rng.random()
            if r < 0.15:
                s = s.replace(": ", " : ")
            elif r < 0.25:
                s = s.replace(":", "：")
        self.buf.append(s); self.n += len(s)
        return self

    def p(self, value, typ, sub, noise=None, clean=None):
        """Append a gold span. noise: list of noise kinds to force (or None = OCR-random)."""
        assert typ in TYPES, typ
        tags = []
        orig = value
        if noise is not None:
            value, tags = apply_noise(self.rng, value, typ, noise) if noise else (value, [])
        elif self.ocr and self.rng.random() < 0.65:
            value, tags = apply_noise(self.rng, value, typ)
        self.spans.append({"start": self.n, "end": self.n + len(value), "type": typ, "sub": sub, "noise": tags,
                           "value": value, "clean": clean if clean is not None else orig})
        self.buf.append(value); self.n += len(value)
        return self

    def pv(self, vs, typ, **kw):
        return self.p(vs[0], typ, vs[1], **kw)

    def neg(self, s, cat):
        self.negs.append({"start": self.n, "end": self.n + len(s), "text": s, "category": cat})
        self.buf.append(s); self.n += len(s)
        return self

    def nv(self, cat):
        return self.neg(neg_value(self.rng, cat), cat)

    def text(self):
        return "".join(self.buf)

    # convenience
    def name(self, foreign=False, latin=None, noise=None):
        if foreign:
            la, ha, nat, pk = fname(self.rng)
            v = la if (latin if latin is not None else self.rng.random() < 0.5) else ha
            return self.p(v, "PERSON", "foreign_latin" if v == la else "foreign_hangul", noise)
        v, sub = kname(self.rng)
        return self.p(v, "PERSON", sub, noise)

    def kn(self):
        v, sub = kname(self.rng)
        return v, sub

    def phone(self, mob=True, **kw):
        v, sub = mobile(self.rng) if mob else landline(self.rng)
        return self.p(v, "PHONE_NUMBER", sub, **kw)

    def mail(self, corp=False):
        v, sub = email(self.rng, corp=corp)
        return self.p(v, "EMAIL_ADDRESS", sub)

    def addr(self, kind=None):
        v, sub = address(self.rng, kind)
        if self.rng.random() < 0.15:
            self.t("(").nv("postal_code").t(") ")
        return self.p(v, "KR_ADDRESS", sub)

    def acct(self, style=None, masked=False, bank_prefix=True, sep=" "):
        bname, v, sub = account(self.rng, style, masked)
        if bank_prefix:
            self.t(bname + sep)
        return self.p(v, "KR_BANK_ACCOUNT", sub)

    def rrn_(self, kind=None, bd=None):
        kind = kind or self.rng.choices(["valid", "post2020", "masked"], [0.62, 0.1, 0.28])[0]
        v, _ = rrn(self.rng, kind, bd)
        return self.p(v, "KR_RRN", "rrn_" + kind)

    def frn_(self, kind=None, bd=None):
        kind = kind or self.rng.choices(["valid", "masked"], [0.8, 0.2])[0]
        v, _ = frn(self.rng, kind, bd)
        return self.p(v, "KR_FRN", "frn_" + kind)

    def dob(self, bd=None):
        bd = bd or birth(self.rng)
        v, sub = dob_str(self.rng, *bd)
        return self.p(v, "DATE_OF_BIRTH", sub)


def L(d, label):
    """label variants: '성명: ', '성 명 : ', '□ 성명 ' ..."""
    r = d.rng.random()
    if r < 0.55:
        return d.t(label + ": ")
    if r < 0.7:
        return d.t(" ".join(label) + " : " if len(label) <= 4 else label + " : ")
    if r < 0.85:
        return d.t("□ " + label + " ")
    return d.t("○ " + label + ": ")


def inst(d):
    return d.rng.choice(INSTS)


def footer_inst(d, name=None):
    nm, ad = inst(d)
    d.t("\n\n%s  " % (name or nm))
    if d.rng.random() < 0.5:
        d.t("(우 ").nv("postal_code").t(") ")
    d.neg(ad, "institution_address").t("  대표전화 ").nv("rep_phone")
    return nm


# ================================================================ templates
# ---- financial / payment -------------------------------------------------
def t_transfer(d, i):
    r = d.rng
    d.t(r.choice(["이체확인증", "[이체 확인증]", "계좌이체 확인서"]) + "\n\n")
    d.t("거래일시: ").nv("date_not_dob").t(" %02d:%02d:%02d\n" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)))
    d.t("거래번호: ").nv("transaction_no").t("\n")
    L(d, "출금계좌"); d.acct(); d.t("\n")
    L(d, "보내는 분"); d.name(foreign=r.random() < 0.12); d.t("\n")
    L(d, "입금은행"); bname, v, sub = account(r)
    d.t(bname + "\n"); L(d, "입금계좌"); d.p(v, "KR_BANK_ACCOUNT", sub); d.t("\n")
    L(d, "받는 분")
    if r.random() < 0.25:
        d.t(r.choice(COMPANIES))
    else:
        d.name(foreign=r.random() < 0.1)
    d.t("\n이체금액: ").nv("amount").t("\n수수료: 0원\n")
    if r.random() < 0.5:
        d.t("받는 분 통장 표시: ").name().t("\n")
    if r.random() < 0.5:
        d.t("메모: ").t(r.choice(["3월 관리비", "계약금 일부", "환불금", "회비", "월세"])).t("\n")
    d.t("\n위 내용은 고객님의 요청에 따라 발급된 것으로 거래 사실을 확인합니다.\n고객센터 ").nv("rep_phone").t("\n")
    d.t("발급일: ").nv("date_not_dob")


def t_autopay(d, i):
    r = d.rng
    card_mode = r.random() < 0.4
    d.t("%s 자동이체(CMS) 출금 신청서\n\n" % r.choice(["수도요금", "아파트 관리비", "후원금", "공공임대 임대료", "학원비", "보험료"]))
    d.t("납부자번호: ").nv("payer_no").t("\n")
    L(d, "신청인 성명"); nm, sub = d.kn(); d.p(nm, "PERSON", sub); d.t("\n")
    bd = birth(r)
    if r.random() < 0.55:
        L(d, "생년월일"); d.dob(bd); d.t("\n")
    else:
        L(d, "주민등록번호"); d.rrn_(r.choice(["masked", "valid"]), bd); d.t("\n")
    L(d, "휴대전화"); d.phone(); d.t("\n")
    if r.random() < 0.6:
        L(d, "이메일"); d.mail(); d.t("\n")
    L(d, "주소"); 
    if r.random() < 0.5:
        d.t("(").nv("postal_code").t(") ")
    d.addr(); d.t("\n")
    if card_mode:
        d.t("[카드 자동납부]\n카드사: %s\n" % r.choice(["신한카드", "KB국민카드", "삼성카드", "현대카드", "BC카드", "롯데카드", "우리카드", "하나카드", "NH농협카드"]))
        L(d, "카드번호"); v, s = card(r); d.p(v, "CREDIT_CARD", s); d.t("\n유효기간: %02d/%02d\n" % (r.randint(1, 12), r.randint(26, 31)))
        d.t("카드 소유주: "); d.p(nm, "PERSON", sub); d.t("\n")
    else:
        d.t("[계좌 자동이체]\n")
        L(d, "출금은행"); bname, v, s = account(r); d.t(bname + "\n")
        L(d, "계좌번호"); d.p(v, "KR_BANK_ACCOUNT", s); d.t("\n")
        L(d, "예금주")
        if r.random() < 0.6:
            d.p(nm, "PERSON", sub)
        else:
            d.name()
        d.t(" (신청인과의 관계: %s)\n" % r.choice(["본인", "배우자", "부", "모", "자녀"]))
        L(d, "예금주 생년월일"); d.dob(); d.t("\n")
    d.t("출금일: 매월 %d일\n\n" % r.choice([5, 10, 15, 20, 25]))
    d.t("본인은 「전자금융거래법」에 따른 출금 동의 내용을 확인하였습니다.\n")
    d.t("(작성 예시: 성명 ").neg("홍길동", "placeholder_name").t(", 주민등록번호 ").neg("000000-0000000", "placeholder_id").t(")\n")
    d.t("신청일: ").nv("date_not_dob").t("   신청인 ").p(nm, "PERSON", sub).t(" (서명)")


def t_refund(d, i):
    r = d.rng
    d.t(r.choice(["환불 신청서", "수강료 환불 신청서", "과오납금 환급 신청서", "예약금 환불 요청서"]) + "\n")
    d.t("접수번호: ").nv("receipt_no").t("\n\n")
    L(d, "신청인"); nm, sub = d.kn(); foreign = r.random() < 0.1
    if foreign:
        la, ha, nat, pk = fname(r); nm, sub = (la, "foreign_latin") if r.random() < 0.5 else (ha, "foreign_hangul")
    d.p(nm, "PERSON", sub); d.t("\n")
    L(d, "연락처"); d.phone(); d.t("\n")
    if r.random() < 0.5:
        L(d, "이메일"); d.mail(); d.t("\n")
    d.t("주문번호: ").nv("order_no").t("\n결제일: ").nv("date_not_dob").t("\n결제금액: ").nv("amount").t("\n")
    if r.random() < 0.6:
        d.t("결제카드: ")
        v, s = card(r, masked=r.random() < 0.5); d.p(v, "CREDIT_CARD", s)
        d.t(" (승인번호 ").nv("approval_no").t(")\n")
    d.t("\n[환불계좌]\n")
    bname, v, s = account(r)
    style = r.random()
    if style < 0.5:
        d.t("은행명: %s\n" % bname); L(d, "환불계좌"); d.p(v, "KR_BANK_ACCOUNT", s); d.t("\n")
    else:
        d.t("환불계좌: %s " % bname).p(v, "KR_BANK_ACCOUNT", s).t("\n")
    L(d, "예금주")
    if r.random() < 0.75:
        d.p(nm, "PERSON", sub)
    else:
        d.name()
    d.t("\n\n환불 사유: %s\n" % r.choice(["중복 결제", "수강 취소", "서비스 미이용", "과오납"]))
    d.t("※ 환불은 접수일로부터 7영업일 이내 처리되며, 문의는 고객센터(").nv("rep_phone").t(")로 하시기 바랍니다.")


def t_payslip(d, i):
    r = d.rng
    d.t("%d년 %d월 급여 명세서\n\n" % (r.randint(2023, 2025), r.randint(1, 12)))
    d.t("사번: ").nv("employee_id").t("   ")
    L(d, "성명"); fr = r.random() < 0.2
    if fr:
        la, ha, nat, pk = fname(r); v = r.choice([la, ha]); d.p(v, "PERSON", "foreign_latin" if v == la else "foreign_hangul")
    else:
        d.name()
    d.t("\n부서: %s   직급: %s\n" % (r.choice(["생산1팀", "총무팀", "물류센터", "영업2팀", "연구소"]), r.choice(["사원", "주임", "대리", "과장", "기능직"])))
    if fr:
        L(d, "외국인등록번호"); d.frn_(); d.t("\n")
    else:
        L(d, "주민등록번호"); d.rrn_(r.choice(["masked", "masked", "valid"])); d.t("\n")
    d.t("기본급 ").nv("amount").t(" / 연장근로수당 ").nv("amount").t(" / 식대 ").nv("amount").t("\n")
    d.t("국민연금 ").nv("amount").t(" / 건강보험 ").nv("amount").t(" / 고용보험 ").nv("amount").t("\n")
    d.t("실지급액 ").nv("amount").t("\n\n")
    d.t("지급일: ").nv("date_not_dob").t("\n입금계좌: ").acct(masked=r.random() < 0.15).t("\n")
    if r.random() < 0.4:
        d.t("문의: 인사팀 ").name().t(" (").phone(mob=False).t(")\n")
    d.t("※ 「근로기준법」 제48조에 따라 임금명세서를 교부합니다.")


def _row_sep(r):
    return r.choice([" | ", "|", "\t", "  "])


def t_paylist(d, i):
    r = d.rng
    foreign = r.random() < 0.4
    title = r.choice(["%s 지급 명단" % r.choice(["강사료", "자문료", "심사수당", "회의참석수당", "원고료"]),
                      "외국인 근로자 임금 지급 명단" if foreign else "일용근로자 노임 지급 명단"])
    d.t(title + "\n")
    header = r.random() < 0.55
    sep = _row_sep(r)
    if header:
        d.t(sep.join(["연번", "성명", "외국인등록번호" if foreign else "생년월일", "은행", "계좌번호", "지급액"]) + "\n")
    for k in range(r.randint(3, 6)):
        cells = []
        d.t("%d%s" % (k + 1, sep))
        if foreign:
            la, ha, nat, pk = fname(r); v = r.choice([la, ha]); d.p(v, "PERSON", "foreign_latin" if v == la else "foreign_hangul")
            d.t(sep); d.frn_()
        else:
            d.name(); d.t(sep); d.dob()
        bname, v, s = account(r)
        d.t(sep + bname + sep); d.p(v, "KR_BANK_ACCOUNT", s); d.t(sep).nv("amount").t("\n")
    d.t("합계: ").nv("amount").t("\n작성자: ").name().t(" ").t(r.choice(["주무관", "대리", "담당"]))


def t_subsidy(d, i):
    r = d.rng
    nm_i, ad_i = inst(d)
    d.t("%s 보조금 지급 내역\n" % r.choice(["청년 월세 지원", "소상공인 재기 지원금", "농업인 영농 정착 지원", "긴급복지 생계지원", "출산 축하금"]))
    d.t("사업번호: ").nv("project_no").t("  근거: ").nv("statute").t("\n공고: ").nv("notice_no").t("\n\n")
    if r.random() < 0.5:
        d.t("지급 대상자 ")
        d.name(); d.t("(")
        d.dob(); d.t(")에게 ").nv("date_not_dob").t(" ").nv("amount").t("을 ")
        d.acct(sep=" 계좌 " if r.random() < 0.5 else " ").t("로 지급하였다.\n")
        d.t("주소: ").addr().t("\n")
    d.t("\n")
    sep = _row_sep(r)
    if r.random() < 0.5:
        d.t(sep.join(["수령인", "주소", "계좌", "금액"]) + "\n")
    for k in range(r.randint(2, 4)):
        if r.random() < 0.2:
            d.t(r.choice(COMPANIES)); d.t(sep); d.t("사업자 "); d.p(brn(r), "KR_BRN", "brn_valid")
        else:
            d.name()
        d.t(sep); d.addr(); d.t(sep)
        bname, v, s = account(r); d.t(bname + " "); d.p(v, "KR_BANK_ACCOUNT", s); d.t(sep).nv("amount").t("\n")
    d.t("\n미지급: ").neg(r.choice(SUR1) + "○○", "masked_name").t(" (계좌 오류)\n")
    d.t("담당: %s 복지정책과 " % nm_i).name().t(" 주무관 ").phone(mob=False).t("\n")
    d.t("(기관 사업자등록번호 ").nv("public_brn").t(")")


CARD_ISSUERS = ["신한카드", "KB국민카드", "삼성카드", "현대카드", "BC카드", "롯데카드", "우리카드", "하나카드", "NH농협카드", "AMEX"]


def t_cardslip(d, i):
    r = d.rng
    d.t(r.choice(["신용카드 매출전표", "[카드 영수증]", "카드 매출전표 (고객용)"]) + "\n")
    d.t("카드종류: %s\n" % r.choice(CARD_ISSUERS))
    d.t("카드번호: "); v, s = card(r, masked=r.random() < 0.4); d.p(v, "CREDIT_CARD", s); d.t("\n")
    d.t("거래일시: ").nv("date_not_dob").t(" %02d:%02d\n" % (r.randint(8, 22), r.randint(0, 59)))
    d.t("승인번호: ").nv("approval_no").t("   할부: %s\n" % r.choice(["일시불", "3개월", "6개월"]))
    d.t("금액: ").nv("amount").t("  부가세: ").nv("amount").t("\n")
    if r.random() < 0.5:
        d.t("구매자: ").name().t("\n")
    d.t("\n가맹점명: %s\n" % r.choice(COMPANIES + ["한빛마트 ○○점", "달빛카페", "누리약국", "새솔정비"]))
    d.t("가맹점번호: ").nv("merchant_no").t("\n")
    d.t("사업자번호: ").p(brn(r), "KR_BRN", "brn_valid").t("\n")
    d.t("대표자: ").name().t("\n")
    d.t("주소: ").addr().t("\n전화: ").phone(mob=r.random() < 0.3).t("\n")
    d.t("단말기 ").nv("version").t("  고객센터 ").nv("rep_phone")


def t_insclaim(d, i):
    r = d.rng
    travel = r.random() < 0.4
    d.t(("해외여행자보험 " if travel else "") + "보험금 청구서\n증권번호: ").nv("policy_no").t("\n\n")
    d.t("[피보험자]\n"); L(d, "성명"); nm, sub = d.kn(); d.p(nm, "PERSON", sub); d.t("\n")
    L(d, "주민등록번호"); d.rrn_(); d.t("\n")
    if travel:
        L(d, "여권번호"); v, s = passport_kr(r); d.p(v, "KR_PASSPORT", s); d.t("\n")
        d.t("여행지: %s  출국일: " % r.choice(["일본", "베트남", "태국", "미국", "프랑스"])).nv("date_not_dob").t("\n")
    L(d, "휴대전화"); d.phone(); d.t("\n")
    if r.random() < 0.6:
        L(d, "이메일"); d.mail(); d.t("\n")
    L(d, "주소"); d.addr(); d.t("\n")
    if r.random() < 0.3:
        L(d, "건강보험증번호"); v, s = health_ins(r); d.p(v, "KR_HEALTH_INSURANCE", s); d.t("\n")
    d.t("\n[사고 내용]\n사고일: ").nv("date_not_dob").t("  사고장소: %s\n" % r.choice(["자택 계단", "공항 수하물 수취대", "등산로", "회사 주차장", "호텔 로비"]))
    d.t("청구 사유: %s\n\n" % r.choice(["통원 치료비", "입원 의료비", "휴대품 손해", "상해 후유장해"]))
    d.t("[보험금 수령 계좌]\n")
    bname, v, s = account(r); d.t("은행: %s  계좌번호: " % bname).p(v, "KR_BANK_ACCOUNT", s).t("  예금주: ")
    if r.random() < 0.7:
        d.p(nm, "PERSON", sub)
    else:
        d.name()
    d.t("\n\n청구인 ").p(nm, "PERSON", sub).t(" (인)  ").nv("date_not_dob").t("\n콜센터 ").nv("rep_phone")


def t_payroll_csv(d, i):
    r = d.rng
    d.t("# payroll_export_%d%02d.csv  (%s)\n" % (r.randint(2023, 2025), r.randint(1, 12), neg_value(r, "version")))
    sep = r.choice([",", ",", ";", "\t"])
    hdr = r.random() < 0.6
    cols = ["사번", "성명", "주민(외국인)등록번호", "은행", "계좌번호", "휴대전화", "실지급액"]
    if hdr:
        d.t(sep.join(cols) + "\n")
    for k in range(r.randint(3, 6)):
        d.nv("employee_id").t(sep)
        fr = r.random() < 0.3
        if fr:
            la, ha, nat, pk = fname(r); v = r.choice([la, ha]); d.p(v, "PERSON", "foreign_latin" if v == la else "foreign_hangul"); d.t(sep); d.frn_("valid")
        else:
            d.name(); d.t(sep); d.rrn_(r.choice(["valid", "valid", "masked"]))
        bname, v, s = account(r, style=r.choice(["plain", "hyphen"]))
        d.t(sep + bname + sep); d.p(v, "KR_BANK_ACCOUNT", s); d.t(sep)
        d.phone()
        d.t(sep + str(r.randint(180, 620) * 10000) + "\n")


# ---- identity forms -----------------------------------------------------
def t_rrn_cert(d, i):
    r = d.rng
    d.t("주민등록표 %s 교부 신청서\n" % r.choice(["등본", "초본", "등·초본"]))
    d.t("접수번호: ").nv("receipt_no").t("\n\n")
    if r.random() < 0.1:  # blank form, example only
        d.t("신청인 성명: ____ (예: ").neg("홍길동", "placeholder_name").t(")\n주민등록번호: ").neg("000000-0000000", "placeholder_id")
        d.t("\n수수료: 1통 ").nv("amount").t("\n근거: ").nv("statute")
        return
    d.t("[신청인]\n"); L(d, "성명"); nm, sub = d.kn(); d.p(nm, "PERSON", sub); d.t("\n")
    L(d, "주민등록번호"); d.rrn_(r.choice(["valid", "valid", "post2020", "masked"]) if r.random() < 0.3 else "valid"); d.t("\n")
    L(d, "주소"); d.addr(); d.t("\n"); L(d, "전화번호"); d.phone(); d.t("\n")
    d.t("대상자와의 관계: %s\n\n" % r.choice(["본인", "세대원", "직계존속", "위임받은 자"]))
    d.t("[발급 대상자]\n"); L(d, "성명"); d.name(); d.t("\n"); L(d, "주민등록번호"); d.rrn_(); d.t("\n")
    if r.random() < 0.45:
        d.t("\n[위임장]\n위임인 ").name().t("(").rrn_("valid").t(")은(는) 수임인 ").name().t("(연락처 ").phone().t(")에게 발급 신청을 위임합니다.\n")
    d.t("\n수수료: ").nv("amount").t("  처리: %s 민원여권과\n" % r.choice(["○○구", "○○시", "○○군"]))
    d.t("근거: ").nv("statute").t("  문의 ").nv("short_code")


def t_passport(d, i):
    r = d.rng
    d.t("여권 발급 신청서 (%s)\n\n" % r.choice(["일반", "재발급", "기재사항 변경"]))
    nm, sub = d.kn()
    L(d, "한글 성명"); d.p(nm, "PERSON", sub); d.t("\n")
    fam = r.choice(["KIM", "LEE", "PARK", "CHOI", "JUNG", "KANG", "YOON", "HAN", "SEO", "OH"])
    gv = "".join(r.choice(["MIN", "SU", "JI", "HOON", "SEO", "YEON", "JUN", "HO", "EUN", "WOO", "HA", "NA"]) for _ in range(2))
    lat = r.choice(["%s %s" % (fam, gv), "%s, %s" % (fam, gv.title()), "%s %s" % (gv.title(), fam.title())])
    L(d, "로마자 성명"); d.p(lat, "PERSON", "kr_romanized"); d.t("\n")
    L(d, "주민등록번호"); d.rrn_(r.choice(["valid", "valid", "valid", "post2020"])); d.t("\n")
    L(d, "휴대전화"); d.phone(); d.t("\n")
    if r.random() < 0.6:
        L(d, "이메일"); d.mail(); d.t("\n")
    L(d, "주소"); d.addr(); d.t("\n")
    if r.random() < 0.75:
        L(d, "기존 여권번호"); v, s = passport_kr(r); d.p(v, "KR_PASSPORT", s); d.t("  (만료일 ").nv("date_not_dob").t(")\n")
    if r.random() < 0.5:
        L(d, "새 여권번호"); v, s = passport_kr(r); d.p(v, "KR_PASSPORT", s); d.t("\n")
    d.t("\n긴급연락처 — 성명: ").name().t(" / 관계: %s / 전화: " % r.choice(["배우자", "부", "모", "형제"])).phone().t("\n")
    if r.random() < 0.3:
        d.t("법정대리인: ").name().t(" (").rrn_().t(")\n")
    d.t("\n접수번호 ").nv("receipt_no").t(" / 근거 ").nv("statute").t("\n여권민원 상담 ").nv("rep_phone")


def t_dlform(d, i):
    r = d.rng
    kind = r.choice(["운전면허증 재발급 신청서", "정기 적성검사 신청서", "국제운전면허증 발급 신청서", "운전면허 취소처분 사전통지서", "운전경력증명서 발급 신청서"])
    d.t(kind + "\n\n")
    L(d, "성명"); nm, sub = d.kn(); d.p(nm, "PERSON", sub); d.t("\n")
    L(d, "주민등록번호"); d.rrn_(r.choice(["valid", "valid", "masked"])); d.t("\n")
    L(d, "면허번호"); v, s = dl(r); d.p(v, "KR_DRIVER_LICENSE", s); d.t("  종별: %s\n" % r.choice(["1종 보통", "2종 보통", "1종 대형", "2종 소형"]))
    L(d, "주소"); d.addr(); d.t("\n"); L(d, "연락처"); d.phone(); d.t("\n")
    if "국제" in kind:
        L(d, "여권번호"); v, s = passport_kr(r); d.p(v, "KR_PASSPORT", s); d.t("\n영문 성명: ")
        d.p(r.choice(["KIM", "LEE", "PARK", "CHO"]) + " " + r.choice(["DOYUN", "SEOHA", "JIHO", "MINJAE", "YUNA"]), "PERSON", "kr_romanized"); d.t("\n")
    if "취소" in kind:
        d.t("\n위반일시: ").nv("date_not_dob").t("\n차량번호: ").pv(plate(r), "KR_VEHICLE_PLATE").t("\n")
        d.t("근거: ").nv("statute").t("\n")
        d.t("위 사람은 혈중알코올농도 0.0%d%% 상태로 운전하였으므로 " % r.randint(3, 9)).nv("statute").t("에 따라 처분할 예정입니다.\n")
    if r.random() < 0.3:
        d.t("대리인: ").name().t(" (").phone().t(")\n")
    d.t("\n문서번호 ").nv("doc_number").t("  ").nv("date_not_dob").t("\n%s 운전면허시험장 " % r.choice(["서부", "강남", "용인", "대전", "광주"]))
    d.t("대표전화 ").nv("rep_phone")


def t_frnform(d, i):
    r = d.rng
    kind = r.choice(["외국인등록 신청서", "체류기간 연장허가 신청서", "체류지 변경 신고서", "외국인등록사항 변경 신고서"])
    d.t(kind + "\nAPPLICATION FORM\n\n")
    la, ha, nat, pk = fname(r)
    d.t("성명 Name: ").p(la, "PERSON", "foreign_latin").t("\n")
    if r.random() < 0.6:
        d.t("한글 성명: ").p(ha, "PERSON", "foreign_hangul").t("\n")
    d.t("국적 Nationality: %s\n" % nat)
    bd = birth(r, 1965, 2006)
    if r.random() < 0.5:
        d.t("생년월일 Date of birth: ").dob(bd).t("\n")
    if kind != "외국인등록 신청서":
        d.t("외국인등록번호 Registration No.: ").frn_(None, bd).t("\n")
    v, s = passport_foreign(r, pk)
    d.t("여권번호 Passport No.: ").p(v, "KR_PASSPORT", s).t("  여권 만료일: ").nv("date_not_dob").t("\n")
    d.t("체류지 Address in Korea: ").addr().t("\n")
    d.t("전화 Tel: ").phone().t("  E-mail: ").mail().t("\n")
    if r.random() < 0.7:
        co = r.choice(COMPANIES)
        d.t("근무처 Workplace: %s  사업자등록번호: " % co).p(brn(r), "KR_BRN", "brn_valid").t("\n")
        d.t("대표자: ").name().t("  근무처 전화: ").phone(mob=False).t("\n")
    if r.random() < 0.55:
        la2, ha2, _, _ = fname(r, nat)
        d.t("동반 가족: ").p(la2, "PERSON", "foreign_latin").t(" (%s, 외국인등록번호 " % r.choice(["배우자", "자녀"])).frn_().t(")\n")
    d.t("\n수수료: ").nv("amount").t("  접수번호 ").nv("receipt_no").t("\n")
    d.t("근거: ").nv("statute").t("  외국인종합안내센터 ").neg("1345", "short_code")


def t_nhis(d, i):
    r = d.rng
    kind = r.choice(["직장가입자 자격취득 신고서", "피부양자 자격취득 신고서", "건강보험 자격득실 확인서", "지역가입자 자격 변동 신고서"])
    d.t("국민건강보험 " + kind + "\n\n")
    d.t("사업장관리번호: ").nv("workplace_mgmt_no").t("\n")
    d.t("사업장명: %s  사업자등록번호: " % r.choice(COMPANIES)).p(brn(r), "KR_BRN", "brn_valid").t("\n")
    if r.random() < 0.4:
        d.t("법인등록번호: ").p(crn(r), "KR_CRN", "crn_valid").t("\n")
    d.t("전화: ").phone(mob=False).t("\n\n[가입자]\n")
    fr = r.random() < 0.3
    if fr:
        la, ha, nat, pk = fname(r); d.t("성명: ").p(la, "PERSON", "foreign_latin").t("  외국인등록번호: ").frn_().t("\n")
    else:
        d.t("성명: ").name().t("  주민등록번호: ").rrn_().t("\n")
    d.t("건강보험증번호: ").pv(health_ins(r), "KR_HEALTH_INSURANCE").t("\n")
    d.t("자격취득일: ").nv("date_not_dob").t("  보수월액: ").nv("amount").t("\n")
    if r.random() < 0.6:
        d.t("\n[피부양자]\n")
        for k in range(r.randint(1, 3)):
            d.t("%s: " % r.choice(["배우자", "자녀", "부", "모"])).name().t(" / ").rrn_(r.choice(["valid", "post2020", "masked"])).t("\n")
    d.t("\n신고인(사용자) ").name().t(" (인)  ").nv("date_not_dob")
    d.t("\n%s  고객센터 " % "국민건강보험공단").nv("rep_phone")


# ---- HR --------------------------------------------------------------------
def t_roster(d, i):
    r = d.rng
    d.t(r.choice(["직원 명부", "기간제 근로자 인적사항", "신규 채용자 인사기록 요약", "차량 운행 담당자 명부"]) + "\n")
    sep = _row_sep(r)
    cols = r.sample(["생년월일", "주민등록번호", "휴대전화", "이메일", "주소", "운전면허번호", "급여계좌"], r.randint(3, 5))
    header = r.random() < 0.5
    if header:
        d.t(sep.join(["성명"] + cols) + "\n")
    for k in range(r.randint(3, 5)):
        fr = r.random() < 0.12
        if fr:
            la, ha, nat, pk = fname(r); v = r.choice([la, ha]); d.p(v, "PERSON", "foreign_latin" if v == la else "foreign_hangul")
        else:
            d.name()
        for c in cols:
            d.t(sep)
            if c == "생년월일":
                d.dob()
            elif c == "주민등록번호":
                d.frn_() if fr else d.rrn_()
            elif c == "휴대전화":
                d.phone()
            elif c == "이메일":
                d.mail(corp=r.random() < 0.4)
            elif c == "주소":
                d.addr()
            elif c == "운전면허번호":
                d.pv(dl(r), "KR_DRIVER_LICENSE")
            elif c == "급여계좌":
                d.acct()
        d.t("\n")
    d.t("(작성: 총무팀, ").nv("date_not_dob").t(")")


def t_trip(d, i):
    r = d.rng
    nm_i, ad_i = inst(d)
    d.t("국외출장 %s 명단\n문서번호: " % r.choice(["참가자", "공무원", "수행원"])).nv("doc_number").t("\n출장국: %s  기간: " % r.choice(["독일", "싱가포르", "캐나다", "베트남", "스페인"]))
    d.nv("date_not_dob").t(" ~ ").nv("date_not_dob").t("\n\n")
    sep = _row_sep(r)
    if r.random() < 0.5:
        d.t(sep.join(["성명", "영문성명", "직위", "여권번호", "생년월일", "휴대전화"]) + "\n")
    for k in range(r.randint(3, 5)):
        d.name(); d.t(sep)
        d.p(r.choice(["KIM", "LEE", "PARK", "CHOI", "JANG", "SHIN", "YOO"]) + " " + r.choice(["JIHYE", "SEUNGHO", "DAEUN", "MINSEOK", "HYEJIN", "TAEYANG"]), "PERSON", "kr_romanized")
        d.t(sep + r.choice(["과장", "사무관", "주무관", "연구관", "팀장"]) + sep)
        v, s = passport_kr(r); d.p(v, "KR_PASSPORT", s); d.t(sep); d.dob(); d.t(sep); d.phone(); d.t("\n")
    d.t("\n※ 여권 사본은 ").nv("statute").t("에 따라 출장 종료 후 파기\n담당 %s 국제협력과 " % nm_i).name().t(" ").phone(mob=False)


# ---- prose ------------------------------------------------------------------
def t_civil(d, i):
    r = d.rng
    nm_i, ad_i = inst(d)
    d.t("%s\n수신: " % nm_i)
    nm, sub = d.kn()
    d.p(nm, "PERSON", sub).t(" 귀하 (").addr().t(")\n제목: 민원(").nv("receipt_no").t(") 처리 결과 통지\n\n")
    d.t("1. 귀하께서 ").nv("date_not_dob").t("에 신청하신 민원에 대한 회신입니다.\n")
    topic = r.choice(["과오납 지방세 환급", "주차 과태료 이의신청", "기초연금 지급 정지", "여권 재발급 지연", "외국인 체류지 변경"])
    d.t("2. 귀하의 %s 요청에 대하여 검토한 결과, " % topic).nv("statute").t("에 따라 다음과 같이 처리하였음을 알려 드립니다.\n")
    if "환급" in topic or "연금" in topic or r.random() < 0.35:
        d.t("   가. 환급금 ").nv("amount").t("은 귀하가 지정한 ")
        bname, v, s = account(r)
        if r.random() < 0.25:
            d.t(bname + " ").p(v, "KR_BANK_ACCOUNT", s, noise=["hangul_digits"], clean=v)
        else:
            d.t(bname + " ").p(v, "KR_BANK_ACCOUNT", s)
        d.t("(예금주 ").p(nm, "PERSON", sub).t(")로 ").nv("date_not_dob").t("까지 입금될 예정입니다.\n")
    if "주차" in topic:
        d.t("   가. 해당 차량(").pv(plate(r), "KR_VEHICLE_PLATE").t(")은 단속 당시 장애인 전용구역에 주차되어 있었습니다.\n")
    if "외국인" in topic:
        la, ha, nat, pk = fname(r)
        d.t("   가. 신청인 ").p(ha, "PERSON", "foreign_hangul").t("(").p(la, "PERSON", "foreign_latin").t(", 외국인등록번호 ").frn_().t(")의 체류지가 변경 처리되었습니다.\n")
    if r.random() < 0.4:
        d.t("   나. 민원 과정에서 언급하신 이웃 주민 ").neg(r.choice(SUR1) + r.choice(["○○", "**", " 모 씨"]), "masked_name").t("에 대한 사항은 답변드리기 어려운 점 양해 바랍니다.\n")
    d.t("3. 추가 문의는 담당자 ").name().t(" 주무관(")
    if r.random() < 0.2:
        v, s = landline(r, "070")
        d.p(v, "PHONE_NUMBER", s, noise=["hangul_digits"], clean=v)
    else:
        d.phone(mob=False)
    d.t(", ").pv(gov_email(r), "EMAIL_ADDRESS").t(")에게 연락하시거나 ").nv("short_code").t("으로 문의하시기 바랍니다.\n")
    d.t("\n%s장" % nm_i.replace("청", "").replace("시청", "시")).t("\n")
    d.t("시행 ").nv("doc_number").t(" (").nv("date_not_dob").t(")  ")
    d.neg(ad_i, "institution_address").t("  대표전화 ").nv("rep_phone")


def t_press(d, i):
    r = d.rng
    nm_i, ad_i = inst(d)
    d.t("보도자료\n보도시점: ").nv("date_not_dob").t(" 배포 즉시\n\n")
    topic = r.choice(["보이스피싱 계좌 지급정지 제도 개선", "외국인 근로자 임금체불 일제 점검 결과", "여권 발급 처리기간 단축",
                      "운전면허 갱신 온라인 접수 확대", "보조금 부정수급 환수 실적"])
    d.t("%s, %s\n\n" % (nm_i, topic))
    no_pii = r.random() < 0.18
    d.t("□ %s는 " % nm_i).nv("date_not_dob").t(" %s 추진 결과를 발표하였다.\n" % topic)
    d.t("□ 이번 점검에서 적발된 사례 중에는 ").neg(r.choice(SUR1) + "모(" + str(r.randint(30, 69)) + ")씨", "masked_name").t("가 타인 명의 계좌로 ").nv("amount").t("을 편취한 사건도 포함되었다.\n")
    if not no_pii:
        d.t("□ 현장 간담회에 참석한 ").t(r.choice(["소상공인", "외국인 근로자", "피해자 가족", "자원봉사자"])).t(" ")
        if r.random() < 0.4:
            la, ha, nat, pk = fname(r); d.p(ha, "PERSON", "foreign_hangul")
        else:
            d.name()
        d.t(" 씨는 \"제도 개선이 실제로 도움이 됐다\"고 말했다.\n")
        d.t("□ ")
        d.name().t(" %s은 \"피해 예방에 최선을 다하겠다\"고 밝혔다.\n\n" % r.choice(["국장", "차관", "청장", "본부장"]))
        d.t("담당 부서: %s  책임자: 과장 " % r.choice(DEPTS)).name().t(" (").phone(mob=False).t(")\n")
        d.t("담당자: 사무관 ").name().t(" (").phone(mob=False).t(", ").pv(gov_email(r), "EMAIL_ADDRESS").t(")\n")
    else:
        d.t("\n담당 부서: %s (대표전화 " % r.choice(DEPTS)).nv("rep_phone").t(")\n")
    d.t("※ 피해 신고: ").nv("short_code").t(" 또는 ").nv("rep_phone")


def t_judgment(d, i):
    r = d.rng
    d.t("%s법원\n판 결\n\n사 건  " % r.choice(["서울중앙지방", "수원지방", "대전지방", "부산지방", "광주지방"])).nv("case_no").t(" %s\n" % r.choice(["손해배상(자)", "부당이득금", "대여금", "사기", "도로교통법위반(음주운전)"]))
    anon = r.random() < 0.3
    if anon:
        d.t("원 고  ").neg("갑", "anonymised").t("\n피 고  ").neg(r.choice(SUR1) + "○○", "masked_name").t("\n")
    else:
        d.t("원 고  ").name().t(" (").rrn_(r.choice(["valid", "masked"])).t(")\n        ").addr().t("\n")
        d.t("        소송대리인 변호사 ").name().t("\n")
        d.t("피 고  ").name().t("\n        ").addr().t("\n")
    d.t("변론종결  ").nv("date_not_dob").t("\n판결선고  ").nv("date_not_dob").t("\n\n주 문\n")
    d.t("1. 피고는 원고에게 ").nv("amount").t(" 및 이에 대하여 ").nv("date_not_dob").t("부터 다 갚는 날까지 연 12%의 비율로 계산한 돈을 지급하라.\n\n이 유\n")
    if not anon:
        d.t("피고는 ").nv("date_not_dob").t(" 원고로부터 ").nv("amount").t("을 피고 명의 ")
        d.acct().t(" 계좌로 송금받았다(갑 제3호증). ")
        if r.random() < 0.6:
            d.t("피고는 당시 ").pv(plate(r), "KR_VEHICLE_PLATE").t(" 차량을 운전하였고, 피고의 운전면허(").pv(dl(r), "KR_DRIVER_LICENSE").t(")는 이후 취소되었다. ")
        d.t("증인 ").name().t("의 진술에 의하면 피고는 원고에게 휴대전화(").phone().t(")로 변제를 약속하였다.\n")
    d.t("관련 법리: ").nv("statute").t(", 대법원 ").nv("case_no").t(" 판결 참조.\n\n판사 ").name()


def t_audit(d, i):
    r = d.rng
    nm_i, ad_i = inst(d)
    d.t("%s 감사 결과 처분 요구서\n\n" % nm_i)
    d.t("1. 감사 개요: ").nv("date_not_dob").t(" ~ ").nv("date_not_dob").t(" 실지감사, 근거 ").nv("statute").t("\n")
    d.t("2. 지적 사항: %s\n" % r.choice(["보조금 부정수급 방치", "급여 이중 지급", "계약 부당 처리", "출장비 과다 지급"]))
    d.t("  %s %s 소속 " % (nm_i, r.choice(DEPTS)))
    d.name().t(" %s은 " % r.choice(["주무관", "팀장", "사무관"])).nv("date_not_dob").t("경 수급 자격이 없는 ")
    if r.random() < 0.5:
        d.t(r.choice(COMPANIES) + "(사업자등록번호 ").p(brn(r), "KR_BRN", "brn_valid").t(", 대표 ").name().t(")")
    else:
        d.name().t("(").dob().t("생)")
    d.t("에게 보조금 ").nv("amount").t("을 ")
    d.acct().t(" 계좌로 지급하였다.\n")
    if r.random() < 0.5:
        d.t("  또한 같은 기간 ").name().t("의 급여가 ").acct(masked=r.random() < 0.3).t("과 ").acct().t("으로 이중 입금되었다.\n")
    d.t("  관련자: ").neg(r.choice(SUR1) + "○○", "masked_name").t("(퇴직), ").name().t("(현 ").t(r.choice(DEPTS)).t(")\n")
    d.t("3. 처분 요구: 관련자 경징계, 부당지급액 환수\n")
    d.t("\n문서번호 ").nv("doc_number").t("  감사담당관 ").name().t(" ").phone(mob=False).t("  ").neg(ad_i, "institution_address")


def t_accident(d, i):
    r = d.rng
    d.t(r.choice(["교통사고 발생 보고", "공용차량 사고 보고서", "산업재해 발생 보고", "안전사고 경위서"]) + "\n보고번호: ").nv("doc_number").t("\n\n")
    d.t("1. 발생 일시: ").nv("date_not_dob").t(" %02d:%02d경\n" % (r.randint(0, 23), r.randint(0, 59)))
    d.t("2. 장소: ").addr("road_sgg").t(" 앞 교차로\n")
    d.t("3. 당사자\n  가. 운전자: ").name().t("(").dob().t(") 면허번호 ").pv(dl(r), "KR_DRIVER_LICENSE").t(", 차량 ").pv(plate(r), "KR_VEHICLE_PLATE").t(", 연락처 ")
    if r.random() < 0.2:
        v, s = mobile(r, "-")
        d.p(v, "PHONE_NUMBER", s, noise=["hangul_digits"], clean=v)
    else:
        d.phone()
    d.t("\n  나. 상대방: ")
    if r.random() < 0.3:
        la, ha, nat, pk = fname(r)
        d.p(ha, "PERSON", "foreign_hangul").t("(%s 국적, 여권번호 " % nat)
        v, s = passport_foreign(r, pk); d.p(v, "KR_PASSPORT", s).t(") 렌터카 ").pv(plate(r), "KR_VEHICLE_PLATE")
    else:
        d.name().t(" 면허번호 ").pv(dl(r), "KR_DRIVER_LICENSE").t(", 차량 ").pv(plate(r), "KR_VEHICLE_PLATE")
    d.t("\n4. 피해: 경상 1명(").name().t(", 동승자), 차량 앞범퍼 파손\n")
    d.t("5. 보험: %s 증권번호 " % r.choice(["○○화재", "○○손해보험", "공제조합"])).nv("policy_no").t(", 사고접수번호 ").nv("receipt_no").t("\n")
    d.t("6. 조치: 경찰 신고(112), 보험사 출동(").nv("rep_phone").t(")\n\n보고자 ").name().t(" ").t(r.choice(["주무관", "운전원", "팀장"])).t(" ").phone()


def t_minutes(d, i):
    r = d.rng
    d.t("%s 회의록\n일시: " % r.choice(["제3차 보조금 심의위원회", "개인정보 보호 실무협의회", "외국인 주민 지원 협의체", "급여 지급 오류 대책 회의"])).nv("date_not_dob").t(" 14:00\n장소: 본관 3층 회의실\n")
    d.t("참석자: 위원장 ")
    people = []
    for k in range(r.randint(4, 7)):
        if k:
            d.t(", ")
        if r.random() < 0.12:
            la, ha, nat, pk = fname(r); v = r.choice([la, ha]); s = "foreign_latin" if v == la else "foreign_hangul"
        else:
            v, s = d.kn()
        people.append((v, s)); d.p(v, "PERSON", s)
        if k:
            d.t(" " + r.choice(["위원", "과장", "주무관", "교수", "변호사"]))
    d.t("\n불참: ").neg(r.choice(SUR1) + "○○", "masked_name").t(" 위원\n\n")
    for k in range(r.randint(3, 5)):
        v, s = r.choice(people)
        d.t("○ ").p(v, "PERSON", s).t(r.choice([" 위원: ", ": ", " 위원장: "]))
        line = r.choice(["지난 회의 지적사항의 조치 결과를 보고드립니다.", "지급 계좌 오류 건은 재확인이 필요합니다.",
                         "신청서 양식의 예시 성명은 ", "관련 규정은 "])
        d.t(line)
        if line.startswith("신청서"):
            d.neg("홍길동", "placeholder_name").t("으로 통일하겠습니다.")
        elif line.startswith("관련"):
            d.nv("statute").t("을 참고하시기 바랍니다.")
        elif "계좌" in line and r.random() < 0.6:
            d.t(" 수급자 ").name().t("의 ").acct().t(" 계좌로 두 번 입금되었습니다.")
        d.t("\n")
    d.t("\n다음 회의: ").nv("date_not_dob").t("\n작성: 간사 ").name().t(" (").pv(gov_email(r), "EMAIL_ADDRESS").t(")")


def t_contract(d, i):
    r = d.rng
    nm_i, ad_i = inst(d)
    d.t("%s 용역 계약서\n계약번호: " % r.choice(["시스템 유지관리", "청사 시설 관리", "홍보물 제작", "통번역"])).nv("project_no").t("\n\n")
    d.t("발주기관(갑): %s\n  주소: " % nm_i).neg(ad_i, "institution_address").t("\n  사업자등록번호: ").nv("public_brn").t("\n")
    co = r.choice(COMPANIES)
    d.t("계약상대자(을): %s\n  대표자: " % co).name().t("\n  사업자등록번호: ").p(brn(r), "KR_BRN", "brn_valid")
    if r.random() < 0.7:
        d.t("  법인등록번호: ").p(crn(r), "KR_CRN", "crn_valid")
    d.t("\n  주소: ").addr().t("\n  전화: ").phone(mob=False).t("  담당: ").name().t(" ").phone().t(" ").mail(corp=True).t("\n")
    d.t("계약금액: ").nv("amount").t(" (부가세 포함)\n대금 지급 계좌: ")
    d.acct().t(" (예금주 %s)\n" % co)
    d.t("계약기간: ").nv("date_not_dob").t(" ~ ").nv("date_not_dob").t("\n근거: ").nv("statute")


def t_rental(d, i):
    r = d.rng
    d.t("%s\n계약번호: " % r.choice(["차량 대여(렌터카) 계약서", "공용차량 사용 신청서", "카셰어링 회원 가입 신청"])).nv("order_no").t("\n\n")
    fr = r.random() < 0.25
    if fr:
        la, ha, nat, pk = fname(r)
        d.t("임차인: ").p(la, "PERSON", "foreign_latin").t("\n국제운전면허/여권: ").pv(passport_foreign(r, pk), "KR_PASSPORT").t("\n")
        if r.random() < 0.5:
            d.t("외국인등록번호: ").frn_().t("\n")
    else:
        d.t("임차인: ").name().t("\n생년월일: ").dob().t("\n")
    d.t("운전면허번호: ").pv(dl(r), "KR_DRIVER_LICENSE").t("  면허 갱신기간: ").nv("date_not_dob").t("\n")
    d.t("휴대전화: ").phone().t("\n주소: ").addr().t("\n")
    if r.random() < 0.5:
        d.t("제2운전자: ").name().t("  면허번호: ").pv(dl(r), "KR_DRIVER_LICENSE").t("\n")
    d.t("차량번호: ").pv(plate(r), "KR_VEHICLE_PLATE").t("  차종: %s\n" % r.choice(["아반떼", "쏘나타", "카니발", "레이", "아이오닉5"]))
    d.t("결제카드: ").pv(card(r, masked=r.random() < 0.3), "CREDIT_CARD").t("  승인번호 ").nv("approval_no").t("\n")
    d.t("대여요금: ").nv("amount").t("  보증금: ").nv("amount").t("\n")
    d.t("지점: %s (" % r.choice(["제주공항점", "서울역점", "부산역점", "광주송정점"])).phone(mob=False).t(")  예약센터 ").nv("rep_phone")


def t_canceltable(d, i):
    r = d.rng
    d.t(r.choice(["카드 결제 취소 대상 거래 목록", "이중 결제 환불 대상자 명단", "체크카드 부정사용 의심 거래"]) + "\n")
    sep = _row_sep(r)
    hdr = r.random() < 0.5
    if hdr:
        d.t(sep.join(["성명", "카드번호", "승인번호", "금액", "연락처"]) + "\n")
    for k in range(r.randint(3, 5)):
        d.name(); d.t(sep)
        v, s = card(r, masked=r.random() < 0.35); d.p(v, "CREDIT_CARD", s); d.t(sep)
        d.nv("approval_no").t(sep).nv("amount").t(sep).phone().t("\n")
    d.t("가맹점번호 ").nv("merchant_no").t(" / 처리 ").nv("date_not_dob")


def t_accesslog(d, i):
    r = d.rng
    d.t("개인정보처리시스템 접속기록 점검 결과 (%s)\n" % neg_value(r, "version"))
    sep = r.choice([" | ", "\t", ","])
    if r.random() < 0.5:
        d.t(sep.join(["일시", "사용자ID", "취급자", "접속IP", "처리내역", "정보주체"]) + "\n")
    for k in range(r.randint(3, 5)):
        d.nv("date_not_dob").t(" %02d:%02d%s" % (r.randint(0, 23), r.randint(0, 59), sep)).nv("user_id").t(sep)
        d.name().t(sep).pv(ip(r), "IP_ADDRESS").t(sep + r.choice(["조회", "다운로드", "수정", "출력"]) + sep)
        if r.random() < 0.5:
            d.name().t("(").rrn_("masked").t(")")
        else:
            d.mail()
        d.t("\n")
    d.t("점검자 ").name().t(" / 시스템 버전 ").nv("version")


def t_headerless(d, i):
    r = d.rng
    sep = _row_sep(r)
    kind = r.choice(["acct", "id", "contact", "mixed"])
    for k in range(r.randint(3, 6)):
        if kind == "acct":
            d.name(); d.t(sep); bname, v, s = account(r); d.t(bname + sep); d.p(v, "KR_BANK_ACCOUNT", s); d.t(sep).nv("amount")
        elif kind == "id":
            if r.random() < 0.3:
                la, ha, nat, pk = fname(r); d.p(la, "PERSON", "foreign_latin"); d.t(sep); d.frn_(); d.t(sep); d.pv(passport_foreign(r, pk), "KR_PASSPORT")
            else:
                d.name(); d.t(sep); d.rrn_(); d.t(sep); d.pv(dl(r), "KR_DRIVER_LICENSE")
        elif kind == "contact":
            d.name(); d.t(sep); d.phone(); d.t(sep); d.mail(); d.t(sep); d.addr()
        else:
            d.name(); d.t(sep); d.dob(); d.t(sep); d.pv(card(r), "CREDIT_CARD"); d.t(sep); d.pv(health_ins(r), "KR_HEALTH_INSURANCE")
        d.t("\n")
    d.t(r.choice(["", "합계 ", "출력일 "]))
    d.nv("date_not_dob")


def t_notice(d, i):
    """Institution notices and blank forms: no gold PII, many look-alikes."""
    r = d.rng
    nm_i, ad_i = inst(d)
    kind = r.choice(["blank_form", "notice", "guide"])
    if kind == "blank_form":
        d.t("%s (작성 예시)\n성명: " % r.choice(["자동이체 신청서", "환불 신청서", "주민등록표 교부 신청서", "외국인등록 신청서"]))
        d.neg("홍길동", "placeholder_name").t("\n주민등록번호: ").neg("000000-0000000", "placeholder_id").t("\n계좌번호: ○○은행 ").neg("000-000-000000", "placeholder_account").t("\n")
        d.t("연락처: ").neg("010-0000-0000", "placeholder_phone").t(" 형식으로 기재\n근거: ").nv("statute").t("\n서식 버전 ").nv("version")
    elif kind == "notice":
        d.t("%s 공고 ").nv("notice_no").t("\n%s 보조금 지급 대상자 모집\n\n" % r.choice(["청년 월세", "에너지 바우처", "출산 장려금"]))
        d.t("1. 신청기간: ").nv("date_not_dob").t(" ~ ").nv("date_not_dob").t("\n2. 지원금액: 1인당 ").nv("amount").t("\n")
        d.t("3. 근거: ").nv("statute").t("\n4. 선정 결과는 성명 일부를 가려 ").neg(r.choice(SUR1) + "*" + r.choice(GIV), "masked_name").t(", ")
        d.neg(r.choice(SUR1) + "○○", "masked_name").t(" 형식으로 게시합니다.\n5. 문의: %s 대표전화 " % nm_i).nv("rep_phone").t(" 또는 ").nv("short_code").t("\n")
        d.t("(").nv("postal_code").t(") ").neg(ad_i, "institution_address").t("\n기관 사업자등록번호 ").nv("public_brn")
    else:
        d.t("개인정보 안내\n주민등록번호는 ").nv("statute").t("에 따라 법령 근거가 있는 경우에만 수집합니다. 접수번호(예: ").nv("receipt_no").t(")와 ")
        d.t("승인번호(").nv("approval_no").t("), 거래번호(").nv("transaction_no").t(")는 개인정보가 아닙니다.\n")
        d.t("문서번호 ").nv("doc_number").t(", 사건번호 ").nv("case_no").t(", 시스템 ").nv("version").t("\n")
        d.t("%s  " % nm_i).neg(ad_i, "institution_address").t("  대표전화 ").nv("rep_phone")


BASES = [("transfer", t_transfer), ("autopay", t_autopay), ("refund", t_refund), ("payslip", t_payslip), ("insclaim", t_insclaim),
         ("rrn_cert", t_rrn_cert), ("passport", t_passport), ("dlform", t_dlform), ("frnform", t_frnform), ("nhis", t_nhis),
         ("cardslip", t_cardslip), ("paylist", t_paylist)]


def t_ocr(d, i):
    name, fn = d.rng.choice(BASES)
    d.base = name
    fn(d, i)


TEMPLATES = OrderedDict([
    # template: (function, count, genre, group)
    ("transfer", (t_transfer, 24, "이체확인증", "금융·결제")),
    ("autopay", (t_autopay, 24, "자동이체 신청서", "금융·결제")),
    ("refund", (t_refund, 24, "환불 신청서", "금융·결제")),
    ("payslip", (t_payslip, 20, "급여 명세서", "인사·급여")),
    ("paylist", (t_paylist, 22, "지급 명단", "금융·결제")),
    ("subsidy", (t_subsidy, 20, "보조금 지급 내역", "금융·결제")),
    ("cardslip", (t_cardslip, 24, "카드 매출전표", "금융·결제")),
    ("canceltable", (t_canceltable, 14, "카드 거래 목록", "금융·결제")),
    ("insclaim", (t_insclaim, 22, "보험금 청구서", "금융·결제")),
    ("payroll_csv", (t_payroll_csv, 18, "급여 CSV", "인사·급여")),
    ("rrn_cert", (t_rrn_cert, 22, "주민등록 등·초본 발급 신청", "신원 서식")),
    ("passport", (t_passport, 24, "여권 발급 신청", "신원 서식")),
    ("dlform", (t_dlform, 24, "운전면허 서식", "신원 서식")),
    ("frnform", (t_frnform, 28, "외국인 등록 서식", "신원 서식")),
    ("nhis", (t_nhis, 22, "건강보험 자격 서식", "신원 서식")),
    ("roster", (t_roster, 20, "인사 명부", "인사·급여")),
    ("trip", (t_trip, 16, "국외출장 명단", "인사·급여")),
    ("rental", (t_rental, 16, "차량 대여 계약", "금융·결제")),
    ("contract", (t_contract, 12, "용역 계약서", "서술문")),
    ("civil", (t_civil, 22, "민원 회신", "서술문")),
    ("press", (t_press, 18, "보도자료", "서술문")),
    ("judgment", (t_judgment, 18, "판결문", "서술문")),
    ("audit", (t_audit, 18, "감사 결과", "서술문")),
    ("accident", (t_accident, 18, "사고 보고", "서술문")),
    ("minutes", (t_minutes, 16, "회의록", "서술문")),
    ("accesslog", (t_accesslog, 10, "접속기록", "표")),
    ("headerless", (t_headerless, 20, "무헤더 표", "표")),
    ("notice", (t_notice, 18, "안내문·빈 서식", "서술문")),
    ("ocr", (t_ocr, 60, "OCR", "OCR")),
])


# ================================================================ validation
SIDO_NAMES = [a for a, b in SIDO] + [b for a, b in SIDO]
SGG_NAMES = sorted({x.split()[0] for v in SGG.values() for x in v})
RE_PASS = re.compile(r"^(?:[MSGDR]\d{8}|[MSGDR]\d{3}[A-Z]\d{4}|C\d{7}|E\d{8}|EA\d{7}|P\d{7}[A-C]|(?:FA|AB|PA)\d{7}|[56]\d{8}|[BCX]\d{7})$")
RE_DL = re.compile(r"^(?:\d{2}-\d{2}-\d{6}-\d{2}|[가-힣]{2} ?\d{2}-\d{6}-\d{2}|\d{12})$")
RE_PHONE = re.compile(r"^(?:\+82 1[016789]-\d{3,4}-\d{4}|01[016789]([-. ]?)\d{3,4}\1\d{4}|0(?:2|[3-6]\d)-\d{3,4}-\d{4}|070-\d{4}-\d{4})$")
RE_EMAIL = re.compile(r"^[a-z0-9._]+@[a-z0-9.-]+\.[a-z]{2,}$")
RE_PLATE = re.compile(r"^(?:[가-힣]{2} )?\d{2,3}[가-힣] ?\d{4}$")
RE_CARD_M = re.compile(r"^\d{4}[- ]?\d{2}\*{2}[- ]?\*{4}[- ]?\d{4}$|^\d{4}[- ]?\d{2}\*{4}[- ]?\*\d{4}$")
RE_STRAY = [("mobile", re.compile(r"01[016789][-. ]?\d{3,4}[-. ]?\d{4}")), ("email", re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")),
            ("rrn_shape", re.compile(r"\d{6}-\d{7}")), ("card_shape", re.compile(r"\d{4}-\d{4}-\d{4}-\d{4}"))]


def check_value(sp):
    t, sub, v = sp["type"], sp["sub"], sp["clean"]
    ok = True
    if t == "KR_RRN":
        if sub == "rrn_valid":
            ok = valid_rrn(v) and v[7] in "1234"
        elif sub == "rrn_post2020":
            ok = (not valid_rrn(v)) and (int(v[:2]) >= 21 or (v[:2] == "20" and int(v[2:4]) >= 10)) and v[7] in "34"
        else:
            ok = re.fullmatch(r"\d{6}-[1-4]([*●X])\1{5}", v) is not None
    elif t == "KR_FRN":
        ok = valid_frn(v) if sub == "frn_valid" else re.fullmatch(r"\d{6}-[5-8]([*●])\1{5}", v) is not None
    elif t == "KR_BRN":
        ok = re.fullmatch(r"\d{3}-\d{2}-\d{5}", v) is not None and valid_brn(v)
    elif t == "KR_CRN":
        ok = re.fullmatch(r"\d{6}-\d{7}", v) is not None and valid_crn(v)
    elif t == "CREDIT_CARD":
        ok = RE_CARD_M.match(v) is not None if sub == "card_masked" else (luhn_ok(v) and len(re.sub(r"\D", "", v)) in (15, 16))
    elif t == "KR_PASSPORT":
        ok = RE_PASS.match(v) is not None
    elif t == "KR_DRIVER_LICENSE":
        ok = RE_DL.match(v) is not None
    elif t == "PHONE_NUMBER":
        ok = RE_PHONE.match(v) is not None
    elif t == "EMAIL_ADDRESS":
        ok = RE_EMAIL.match(v) is not None
    elif t == "KR_VEHICLE_PLATE":
        ok = RE_PLATE.match(v) is not None
    elif t == "KR_HEALTH_INSURANCE":
        ok = re.fullmatch(r"\d{11}", v) is not None
    elif t == "KR_BANK_ACCOUNT":
        groups = [int(x) for x in sub.split("_")[1].split("-")]
        core = re.sub(r"[- ]", "", v)
        ok = len(core) == sum(groups) and re.fullmatch(r"[\d*]+", core) is not None and (("*" in core) == sub.endswith("masked"))
    elif t == "IP_ADDRESS":
        if ":" in v:
            ok = v.startswith("2001:db8:")
        else:
            ps = v.split(".")
            ok = len(ps) == 4 and all(p.isdigit() and 0 <= int(p) <= 255 for p in ps)
    elif t == "DATE_OF_BIRTH":
        nums = [int(x) for x in re.findall(r"\d+", v)]
        if len(nums) == 1:
            s = "%06d" % nums[0]; nums = [int(s[:2]), int(s[2:4]), int(s[4:])]
        ok = len(nums) == 3 and 1 <= nums[1] <= 12 and 1 <= nums[2] <= 31
    elif t == "KR_ADDRESS":
        ok = any(v.startswith(x + " ") for x in SIDO_NAMES + SGG_NAMES)
    elif t == "PERSON":
        ok = v not in PLACEHOLDER_NAMES and (re.fullmatch(r"[가-힣]{2,12}", v) or re.fullmatch(r"[가-힣]+(?: [가-힣]+)+", v)
                                             or re.fullmatch(r"[A-Za-z]+,? [A-Za-z]+(?: [A-Za-z]+)?", v)) is not None
    return ok


def validate(text, spans, negs):
    """Return error string or None."""
    prev = 0
    for sp in spans:
        s, e = sp["start"], sp["end"]
        if not (0 <= s < e <= len(text)) or s < prev:
            return "span order/bounds"
        prev = e
        if text[s:e] != sp["value"]:
            return "span text mismatch"
        if text[s:e] != text[s:e].strip():
            return "whitespace edge"
        if sp["type"] not in TYPES:
            return "bad type"
        if normalize(sp["value"]) != normalize(sp["clean"]):
            return "noise changed value"
        if not check_value(sp):
            raise AssertionError("format check failed: %r" % sp)
    for ng in negs:
        if text[ng["start"]:ng["end"]] != ng["text"]:
            return "neg mismatch"
        for sp in spans:
            if ng["start"] < sp["end"] and sp["start"] < ng["end"]:
                return "neg overlaps gold"
    covered = [False] * len(text)
    for sp in spans:
        for k in range(sp["start"], sp["end"]):
            covered[k] = True
    # every other occurrence of a labelled string must also be inside a gold span
    for sp in spans:
        v = sp["value"]
        for m in re.finditer(re.escape(v), text):
            if not all(covered[m.start():m.end()]):
                return "unlabelled repeat of %r" % v
    negcov = [False] * len(text)
    for ng in negs:
        for k in range(ng["start"], ng["end"]):
            negcov[k] = True
    for nm, rx in RE_STRAY:
        for m in rx.finditer(text):
            if not any(covered[m.start():m.end()]) and not any(negcov[m.start():m.end()]):
                return "stray %s %r" % (nm, m.group())
    for ph in PLACEHOLDER_NAMES:
        for m in re.finditer(ph, text):
            if any(covered[m.start():m.end()]):
                return "placeholder inside gold"
    return None


# ================================================================ main
def build(template, i):
    fn, n, genre, group = TEMPLATES[template]
    seed = "pii_y-2026|%s|%d" % (template, i)
    rng = random.Random(seed)
    for attempt in range(30):
        doc = Doc(rng, ocr=(template == "ocr"), genre=genre)
        doc.base = None
        fn(doc, i)
        text = doc.text()
        err = validate(text, doc.spans, doc.negs)
        if err is None:
            return seed, doc, text, attempt
    raise RuntimeError("%s: could not build a valid record: %s" % (seed, err))


def main():
    recs, metas = [], []
    stats = {"records": 0, "records_without_pii": 0, "gold_spans": 0, "by_type": Counter(), "by_type_sub": {},
             "by_genre": {}, "by_group": {}, "noise_tags": Counter(), "noisy_spans": 0, "hard_negatives": Counter(), "retries": 0}
    k = 0
    for template, (fn, n, genre, group) in TEMPLATES.items():
        for i in range(n):
            seed, doc, text, attempt = build(template, i)
            k += 1
            rid = "pii_y-%04d" % k
            spans = [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in doc.spans]
            recs.append({"id": rid, "text": text, "spans": spans, "genre": genre})
            m = OrderedDict([("id", rid), ("template", template), ("seed", seed), ("genre", genre), ("group", group)])
            if template == "ocr":
                m["base_template"] = doc.base
                m["base_genre"] = TEMPLATES[doc.base][2]
            m["attempt"] = attempt
            m["spans"] = [OrderedDict([("start", s["start"]), ("end", s["end"]), ("type", s["type"]), ("sub", s["sub"]), ("noise", s["noise"])]
                                      + ([("clean", s["clean"])] if s["clean"] != s["value"] else [])) for s in doc.spans]
            m["hard_negatives"] = doc.negs
            metas.append(m)
            stats["records"] += 1; stats["retries"] += attempt
            stats["gold_spans"] += len(spans)
            g = stats["by_genre"].setdefault(genre, {"records": 0, "no_pii": 0, "spans": 0})
            gg = stats["by_group"].setdefault(group, {"records": 0, "spans": 0})
            g["records"] += 1; g["spans"] += len(spans); gg["records"] += 1; gg["spans"] += len(spans)
            if not spans:
                stats["records_without_pii"] += 1; g["no_pii"] += 1
            for s in doc.spans:
                stats["by_type"][s["type"]] += 1
                stats["by_type_sub"].setdefault(s["type"], Counter())[s["sub"]] += 1
                if s["noise"]:
                    stats["noisy_spans"] += 1
                for tg in s["noise"]:
                    stats["noise_tags"][tg] += 1
            for ng in doc.negs:
                stats["hard_negatives"][ng["category"]] += 1
    # re-read check
    with open(os.path.join(OUT, "pii_y.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "pii_y.meta.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in metas:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "pii_y.jsonl"), encoding="utf-8") as f:
        back = [json.loads(l) for l in f]
    with open(os.path.join(OUT, "pii_y.meta.jsonl"), encoding="utf-8") as f:
        mback = [json.loads(l) for l in f]
    assert len(back) == len(recs) == len(mback)
    ids = set()
    for r, m in zip(back, mback):
        assert set(r) == {"id", "text", "spans", "genre"} and r["id"] == m["id"] and r["id"] not in ids
        ids.add(r["id"])
        prev = 0
        for s, ms in zip(r["spans"], m["spans"]):
            assert set(s) == {"start", "end", "type"} and s["type"] in TYPES
            assert prev <= s["start"] < s["end"] <= len(r["text"]) and (s["start"], s["end"], s["type"]) == (ms["start"], ms["end"], ms["type"])
            prev = s["end"]
        for ng in m["hard_negatives"]:
            assert r["text"][ng["start"]:ng["end"]] == ng["text"]
    out = OrderedDict()
    out["records"] = stats["records"]; out["records_without_pii"] = stats["records_without_pii"]
    out["gold_spans"] = stats["gold_spans"]; out["noisy_spans"] = stats["noisy_spans"]; out["retries"] = stats["retries"]
    out["by_type"] = OrderedDict((t, stats["by_type"][t]) for t in TYPES)
    out["by_type_sub"] = OrderedDict((t, OrderedDict(sorted(stats["by_type_sub"].get(t, {}).items()))) for t in TYPES)
    out["by_genre"] = stats["by_genre"]; out["by_group"] = stats["by_group"]
    out["noise_tags"] = OrderedDict(sorted(stats["noise_tags"].items()))
    out["hard_negatives"] = OrderedDict(sorted(stats["hard_negatives"].items()))
    out["hard_negatives_total"] = sum(stats["hard_negatives"].values())
    with open(os.path.join(OUT, "stats.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
    print(json.dumps(out, ensure_ascii=False, indent=1))
    # targets
    need = {"KR_RRN": 100, "KR_FRN": 100, "KR_PASSPORT": 100, "KR_DRIVER_LICENSE": 100, "CREDIT_CARD": 100,
            "KR_BANK_ACCOUNT": 100, "PHONE_NUMBER": 100, "EMAIL_ADDRESS": 100, "PERSON": 500}
    short = {t: (out["by_type"][t], n) for t, n in need.items() if out["by_type"][t] < n}
    short.update({t: (0, 1) for t in TYPES if out["by_type"][t] == 0})
    if out["records"] < 480 or short:
        print("TARGETS NOT MET:", out["records"], short, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
