#!/usr/bin/env python3
"""Independent synthetic Korean PII evaluation set (pii_c).

Deterministic: fixed SEED, one random.Random per record (seeded with an int),
no dependence on set/dict-iteration of hashed strings.  Python 3 stdlib only.

Writes pii_c.jsonl and pii_c.meta.jsonl next to this file, then re-reads and
validates them; any failure aborts with a non-zero exit code.
"""
import datetime
import ipaddress
import json
import os
import random
import re
import sys
import unicodedata

SEED = 73011
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "pii_c.jsonl")
META = os.path.join(HERE, "pii_c.meta.jsonl")

TYPES = ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "KR_ADDRESS", "DATE_OF_BIRTH",
         "KR_BANK_ACCOUNT", "KR_RRN", "IP_ADDRESS", "KR_PASSPORT", "KR_BRN",
         "KR_DRIVER_LICENSE", "KR_FRN", "KR_VEHICLE_PLATE", "KR_HEALTH_INSURANCE",
         "CREDIT_CARD", "KR_CRN"]
ID_TYPES = [t for t in TYPES if t != "PERSON"]

# ---------------------------------------------------------------- pools
SUR1 = ("김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 전 홍 고 문 양 손 배 백 허 "
        "유 남 심 노 하 곽 성 차 주 우 구 민 진 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 "
        "석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 경 봉").split()
SUR_COMMON = "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 전 고 문 양 손 배 백 허 유 남 심".split()
SUR2 = "남궁 황보 선우 제갈 독고 사공 서문".split()
GIV = ("민 서 지 현 우 준 수 영 진 호 은 하 윤 성 재 동 혜 경 정 희 연 아 유 원 석 주 훈 태 미 "
       "상 철 기 인 예 승 소 다 빈 율 찬 건 솔 규 형 종 용 환 숙 순 자 옥 분 덕 식 범 혁 욱 웅 "
       "섭 근 선 애 란 화 채 시 겸 온 람 별").split()
NATIVE_LONG = ["빛나리", "한가람", "은하수", "새로미", "하늘솔", "다온솔", "아름솔", "보라미"]
# full names that are also ordinary Korean words
WORD_NAMES = ["장미", "방석", "나비", "한결", "강산", "우주", "여름", "이슬", "고수", "송이",
              "노을", "안경", "배우", "조화", "하늘", "구슬", "전진", "마음", "도전", "주인"]
# (hangul, latin, nationality, passport kind)
FOREIGN = [
    ("응우옌 반 안", "NGUYEN VAN AN", "베트남", "vn"),
    ("쩐 티 흐엉", "TRAN THI HUONG", "베트남", "vn"),
    ("팜 반 득", "PHAM VAN DUC", "베트남", "vn"),
    ("레 티 마이", "LE THI MAI", "베트남", "vn"),
    ("부이 티 란", "BUI THI LAN", "베트남", "vn"),
    ("호앙 반 남", "HOANG VAN NAM", "베트남", "vn"),
    ("왕웨이", "WANG WEI", "중국", "cn"),
    ("리우양", "LIU YANG", "중국", "cn"),
    ("장샤오밍", "ZHANG XIAOMING", "중국", "cn2"),
    ("쑨메이링", "SUN MEILING", "중국", "cn"),
    ("천리화", "CHEN LIHUA", "중국", "cn2"),
    ("마이클 브라운", "Michael Brown", "미국", "num9"),
    ("에밀리 존슨", "Emily Johnson", "미국", "num9"),
    ("사라 밀러", "Sarah Miller", "영국", "num9"),
    ("바트볼드 간바타르", "BATBOLD GANBAATAR", "몽골", "mn"),
    ("딜노자 카리모바", "DILNOZA KARIMOVA", "우즈베키스탄", "uz"),
    ("아지즈 라히모프", "AZIZ RAHIMOV", "우즈베키스탄", "uz"),
    ("솜차이 분미", "SOMCHAI BOONMEE", "태국", "th"),
    ("마리아 산토스", "MARIA SANTOS", "필리핀", "ph"),
    ("존 폴 레예스", "JOHN PAUL REYES", "필리핀", "ph"),
    ("라메시 쿠마르", "RAMESH KUMAR", "네팔", "np"),
    ("올가 페트로바", "OLGA PETROVA", "러시아", "num9"),
    ("아흐마드 칸", "AHMAD KHAN", "파키스탄", "np"),
]
FOREIGN_NAMES = set([f[0] for f in FOREIGN] + [f[1] for f in FOREIGN])

ROMA = ["min", "seo", "ji", "hyun", "woo", "jun", "soo", "young", "jin", "ho", "eun", "ha",
        "yoon", "sung", "jae", "dong", "hye", "kyung", "jung", "hee", "yeon", "ah", "won",
        "suk", "joo", "hoon", "tae", "mi", "sang", "chul", "ki", "in", "ye", "seung", "so",
        "da", "bin", "yul", "chan", "gun", "sol", "kim", "lee", "park", "choi", "kang", "cho"]
MAIL_PERSONAL = ["naver.com", "hanmail.net", "daum.net", "gmail.com", "kakao.com", "nate.com", "outlook.kr"]
MAIL_OFFICIAL = ["korea.kr"]

SIDO = {
    "서울특별시": (["서울", "서울시"], ["마포구", "강서구", "노원구", "송파구", "관악구", "은평구", "성북구", "동작구"]),
    "부산광역시": (["부산", "부산시"], ["해운대구", "사하구", "부산진구", "금정구"]),
    "대구광역시": (["대구", "대구시"], ["수성구", "달서구", "북구"]),
    "인천광역시": (["인천", "인천시"], ["남동구", "연수구", "부평구", "계양구"]),
    "광주광역시": (["광주", "광주시"], ["북구", "광산구", "서구"]),
    "대전광역시": (["대전", "대전시"], ["유성구", "서구", "대덕구"]),
    "울산광역시": (["울산", "울산시"], ["남구", "중구", "울주군"]),
    "세종특별자치시": (["세종", "세종시"], [""]),
    "경기도": (["경기", "경기도"], ["수원시 영통구", "성남시 분당구", "고양시 일산동구", "용인시 수지구", "화성시", "평택시", "안산시 단원구", "부천시", "남양주시"]),
    "강원특별자치도": (["강원", "강원도"], ["춘천시", "원주시", "강릉시", "홍천군"]),
    "충청북도": (["충북"], ["청주시 흥덕구", "충주시", "제천시", "음성군"]),
    "충청남도": (["충남"], ["천안시 서북구", "아산시", "공주시", "홍성군"]),
    "전북특별자치도": (["전북"], ["전주시 완산구", "군산시", "익산시", "완주군"]),
    "전라남도": (["전남"], ["순천시", "여수시", "목포시", "나주시", "해남군"]),
    "경상북도": (["경북"], ["포항시 남구", "구미시", "경산시", "안동시"]),
    "경상남도": (["경남"], ["창원시 성산구", "김해시", "양산시", "거제시"]),
    "제주특별자치도": (["제주", "제주도"], ["제주시", "서귀포시"]),
}
SIDO_KEYS = list(SIDO.keys())
ROADS = ["새빛로", "한울길", "푸른숲로", "느티나무길", "별무리로", "솔내길", "가람로", "누리로",
         "다솜길", "햇살로", "은행나무로", "매화길", "미르로", "온새미로", "두레길", "물빛로",
         "들꽃길", "하람로", "소망로", "청솔로", "버들길", "시루봉로", "꽃담길", "노을빛로"]
DONGS = ["신월동", "상도동", "중앙동", "남산동", "효자동", "송정동", "금곡동", "월평동", "용두동",
         "신촌동", "봉명동", "내동", "석사동", "옥계동", "덕천동", "삼산동"]
APTS = ["한빛아파트", "푸른마을아파트", "새솔빌라", "햇살타운", "누리채아파트", "청솔맨션", "가온빌"]
BANKS = ["국민은행", "신한은행", "우리은행", "하나은행", "농협은행", "IBK기업은행", "카카오뱅크",
         "케이뱅크", "새마을금고", "우체국", "SC제일은행", "부산은행", "대구은행", "수협은행"]
AGENCIES = ["행정안전부", "보건복지부", "국토교통부", "고용노동부", "법무부", "환경부", "교육부",
            "여성가족부", "농림축산식품부", "해양수산부", "중소벤처기업부", "국가보훈부"]
LOCAL_GOV = ["마포구", "수원시", "천안시", "순천시", "김해시", "원주시", "청주시", "해운대구",
             "유성구", "남동구", "전주시", "포항시", "제주시", "성북구"]
DEPTS = ["운영지원과", "민원봉사과", "복지정책과", "사회복지과", "자치행정과", "교통행정과",
         "정보화담당관", "감사담당관", "세무과", "일자리정책과", "환경정책과", "주택과",
         "외국인정책과", "건축과", "안전총괄과", "기획예산과"]
COMPANIES = ["(주)한빛엔지니어링", "누리소프트 주식회사", "(주)가람건설", "미르정보기술(주)",
             "(주)푸른환경", "다솜푸드(주)", "온새미디자인", "(유)두레물류", "(주)별무리시스템",
             "청솔산업(주)", "(주)햇살에너지"]
PRIV_PLATE = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주"
DL_REGION = {"11": "서울", "12": "부산", "13": "경기", "14": "강원", "15": "충북", "16": "충남",
             "17": "전북", "18": "전남", "19": "경북", "20": "경남", "21": "제주", "22": "대구",
             "23": "인천", "24": "광주", "25": "대전", "26": "울산"}
PLATE_REGION = ["서울", "부산", "경기", "인천", "대구", "광주", "대전", "울산", "강원", "충북", "충남", "전북", "전남", "경북", "경남", "제주"]

# ---------------------------------------------------------------- helpers
def dg(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def rand_date(rng, y0, y1):
    d0 = datetime.date(y0, 1, 1).toordinal()
    d1 = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(d0, d1))


RRN_W = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]


def rrn_sum(d12):
    return sum(int(a) * b for a, b in zip(d12, RRN_W))


def gen_rrn(rng, kind="valid", date=None, female=None):
    if kind == "post2020":
        date = date or rand_date(rng, 2020, 2024)
        if date < datetime.date(2020, 10, 1):
            date = datetime.date(2021, date.month, date.day if date.day < 29 else 28)
    else:
        date = date or rand_date(rng, 1942, 2005)
    female = rng.random() < 0.5 if female is None else female
    g = (1 if date.year < 2000 else 3) + (1 if female else 0)
    body = date.strftime("%y%m%d") + str(g) + dg(rng, 5)
    if kind == "post2020":
        good = (11 - rrn_sum(body) % 11) % 10
        c = (good + 1 + rng.randrange(9)) % 10
    else:
        c = (11 - rrn_sum(body) % 11) % 10
    s = body + str(c)
    return s[:6] + "-" + s[6:]


def gen_frn(rng, date=None):
    date = date or rand_date(rng, 1960, 2004)
    g = (5 if date.year < 2000 else 7) + rng.randrange(2)
    org = "%02d" % (rng.randrange(10, 50) * 2 % 100)
    body = date.strftime("%y%m%d") + str(g) + org + dg(rng, 3)
    c = (13 - rrn_sum(body) % 11) % 10
    s = body + str(c)
    return s[:6] + "-" + s[6:]


def frn_ok(s):
    d = s.replace("-", "")
    return len(d) == 13 and d[6] in "5678" and (13 - rrn_sum(d[:12]) % 11) % 10 == int(d[12])


def rrn_ok(s):
    d = s.replace("-", "")
    return len(d) == 13 and (11 - rrn_sum(d[:12]) % 11) % 10 == int(d[12])


def gen_brn(rng, mid=None):
    first = "%03d" % rng.randint(101, 899)
    mid = mid or rng.choice(["%02d" % rng.randint(1, 79), "81", "86", "87", "88"])
    serial = dg(rng, 4)
    d = [int(x) for x in first + mid + serial]
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(a * b for a, b in zip(d, w)) + (d[8] * 5) // 10
    c = (10 - s % 10) % 10
    return "%s-%s-%s%d" % (first, mid, serial, c)


def brn_ok(s):
    d = [int(x) for x in s.replace("-", "")]
    if len(d) != 10:
        return False
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    t = sum(a * b for a, b in zip(d, w)) + (d[8] * 5) // 10
    return (10 - t % 10) % 10 == d[9]


def gen_crn(rng):
    office = rng.choice(["1101", "1144", "1301", "1201", "1345", "1601", "1711", "2801", "1811"])
    kind = rng.choice(["11", "11", "11", "14", "12", "31"])
    body = office + kind + dg(rng, 6)
    s = sum(int(a) * (1 if i % 2 == 0 else 2) for i, a in enumerate(body))
    c = (10 - s % 10) % 10
    return body[:6] + "-" + body[6:] + str(c)


def crn_ok(s):
    d = s.replace("-", "")
    if len(d) != 13:
        return False
    t = sum(int(a) * (1 if i % 2 == 0 else 2) for i, a in enumerate(d[:12]))
    return (10 - t % 10) % 10 == int(d[12])


def luhn_ok(num):
    d = [int(x) for x in num if x.isdigit()]
    t = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        t += x
    return t % 10 == 0


def gen_card(rng, kind=None):
    kind = kind or rng.choice(["visa", "master", "bc", "bc", "jcb", "amex", "local"])
    pre = {"visa": "4" + dg(rng, 5), "master": str(rng.randint(51, 55)) + dg(rng, 4),
           "bc": "94" + dg(rng, 4), "jcb": "35" + str(rng.randint(28, 89)) + dg(rng, 2),
           "amex": rng.choice(["34", "37"]) + dg(rng, 4), "local": rng.choice(["9409", "9490", "6253"]) + dg(rng, 2)}[kind]
    n = 15 if kind == "amex" else 16
    body = pre + dg(rng, n - len(pre) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            body += c
            break
    if n == 15:
        return "%s-%s-%s" % (body[:4], body[4:10], body[10:]), kind
    return "-".join(body[i:i + 4] for i in range(0, 16, 4)), kind


ACCT_FMT = {"국민은행": [6, 2, 6], "신한은행": [3, 3, 6], "우리은행": [4, 3, 6], "하나은행": [3, 6, 5],
            "농협은행": [3, 4, 4, 2], "IBK기업은행": [3, 6, 2, 3], "카카오뱅크": [4, 2, 7],
            "케이뱅크": [3, 3, 6], "새마을금고": [4, 4, 4, 1], "우체국": [6, 2, 6], "SC제일은행": [3, 2, 6],
            "부산은행": [3, 4, 4, 2], "대구은행": [3, 2, 6, 1], "수협은행": [4, 4, 4]}


def gen_account(rng, bank=None):
    bank = bank or rng.choice(BANKS)
    parts = [dg(rng, n) for n in ACCT_FMT[bank]]
    if bank == "카카오뱅크":
        parts[0] = "3333"
    if bank == "신한은행":
        parts[0] = "110"
    if bank == "우리은행":
        parts[0] = "1002"
    if bank == "케이뱅크":
        parts[0] = "100"
    if bank == "농협은행":
        parts[0] = rng.choice(["301", "302", "351", "352"])
    if bank == "새마을금고":
        parts[0] = "9" + parts[0][1:]
    if parts[0][0] == "0" and bank not in ("우체국",):
        parts[0] = "1" + parts[0][1:]
    return "-".join(parts), bank


def gen_phone(rng, kind="mobile"):
    if kind == "mobile":
        return "010-%s-%s" % (rng.choice(["2", "3", "4", "5", "6", "7", "8", "9"]) + dg(rng, 3), dg(rng, 4))
    if kind == "070":
        return "070-%s-%s" % (str(rng.randint(4, 8)) + dg(rng, 3), dg(rng, 4))
    if kind == "official":  # direct lines of officials
        area = rng.choice(["044", "02", "031", "042", "051", "061", "063", "055", "033", "043"])
        return "%s-%s-%s" % (area, str(rng.randint(2, 9)) + dg(rng, 2 if area != "02" else 3), dg(rng, 4))
    area = rng.choice(["02", "031", "032", "033", "041", "042", "043", "051", "052", "053", "054", "055", "061", "062", "063", "064"])
    mid = str(rng.randint(2, 9)) + dg(rng, rng.choice([2, 3]))
    return "%s-%s-%s" % (area, mid, dg(rng, 4))


def gen_email(rng, official=False, company=None):
    a = rng.choice(ROMA)
    b = rng.choice(ROMA)
    style = rng.randrange(5)
    if style == 0:
        local = a + b + dg(rng, 2)
    elif style == 1:
        local = a + "." + b
    elif style == 2:
        local = a[0] + b + rng.choice(["", "_"]) + dg(rng, rng.choice([2, 4]))
    elif style == 3:
        local = b + a + rng.choice(["", "7", "21", "_k"])
    else:
        local = a + "_" + b + dg(rng, 1)
    if official:
        dom = rng.choice(["korea.kr", "korea.kr", "korea.kr"])
    elif company:
        dom = company
    else:
        dom = rng.choice(MAIL_PERSONAL)
    return local + "@" + dom


def gen_passport(rng, kind="kr_new"):
    L = "ACDEFGHJKMNPRTUVWXYZ"  # no O I S B L (OCR-confusable)
    if kind == "kr_old":
        return rng.choice("MMMSRGD") + dg(rng, 8)
    if kind == "kr_new":
        return rng.choice("MMMSRGD") + dg(rng, 3) + rng.choice(L) + dg(rng, 4)
    if kind == "kr_g":
        return rng.choice("GD") + dg(rng, 3) + rng.choice(L) + dg(rng, 4)
    if kind == "vn":
        return rng.choice("CN") + dg(rng, 7)
    if kind == "cn":
        return "E" + dg(rng, 8)
    if kind == "cn2":
        return "E" + rng.choice("AGHJ") + dg(rng, 7)
    if kind == "ph":
        return "P" + dg(rng, 7) + rng.choice("ACD")
    if kind == "uz":
        return "FA" + dg(rng, 7)
    if kind == "mn":
        return "E" + dg(rng, 7)
    if kind == "th":
        return "A" + rng.choice("ACD") + dg(rng, 7)
    if kind == "np":
        return "PA" + dg(rng, 7)
    return str(rng.randint(1, 9)) + dg(rng, 8)  # num9


PASSPORT_RE = {"kr_old": r"[MSRGD]\d{8}", "kr_new": r"[MSRGD]\d{3}[A-Z]\d{4}", "kr_g": r"[GD]\d{3}[A-Z]\d{4}",
               "vn": r"[CN]\d{7}", "cn": r"E\d{8}", "cn2": r"E[A-Z]\d{7}", "ph": r"P\d{7}[A-Z]",
               "uz": r"FA\d{7}", "mn": r"E\d{7}", "th": r"A[A-Z]\d{7}", "np": r"PA\d{7}", "num9": r"[1-9]\d{8}"}


def gen_dl(rng, kind=None):
    kind = kind or rng.choice(["num", "num", "region", "region_nospace", "plain"])
    code = rng.choice(sorted(DL_REGION))
    yy = "%02d" % rng.randint(0, 24)
    ser = dg(rng, 6)
    tail = dg(rng, 2)
    if kind == "num":
        return "%s-%s-%s-%s" % (code, yy, ser, tail), kind
    if kind == "region":
        return "%s %s-%s-%s" % (DL_REGION[code], yy, ser, tail), kind
    if kind == "region_nospace":
        return "%s%s-%s-%s" % (DL_REGION[code], yy, ser, tail), kind
    return code + yy + ser + tail, kind


def gen_plate(rng, kind=None):
    kind = kind or rng.choice(["p2", "p3", "p3", "region", "commercial", "rental"])
    if kind == "p2":
        return "%02d%s %s" % (rng.randint(10, 99), rng.choice(PRIV_PLATE), dg(rng, 4)), kind
    if kind == "p3":
        return "%d%s %s" % (rng.randint(100, 699), rng.choice(PRIV_PLATE), dg(rng, 4)), kind
    if kind == "region":
        return "%s %02d%s %s" % (rng.choice(PLATE_REGION), rng.randint(10, 99), rng.choice(PRIV_PLATE), dg(rng, 4)), kind
    if kind == "commercial":
        return "%s %d%s %s" % (rng.choice(PLATE_REGION), rng.randint(70, 79), rng.choice("바사아자"), dg(rng, 4)), kind
    return "%d%s %s" % (rng.randint(10, 99), rng.choice("하허호"), dg(rng, 4)), kind


def gen_health(rng):
    s = str(rng.randint(1, 7)) + dg(rng, 10)
    return s if rng.random() < 0.7 else s[0] + "-" + s[1:]


def gen_ip(rng, kind=None):
    kind = kind or rng.choice(["pub", "pub", "pub", "priv", "v6"])
    if kind == "priv":
        return rng.choice(["10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254)),
                           "192.168.%d.%d" % (rng.randint(0, 255), rng.randint(2, 254)),
                           "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(2, 254))]), kind
    if kind == "v6":
        return "2001:db8:%x:%x::%x" % (rng.randint(1, 0xffff), rng.randint(1, 0xffff), rng.randint(1, 0xffff)), kind
    first = rng.choice([1, 14, 27, 39, 49, 58, 59, 61, 106, 110, 112, 115, 118, 121, 125, 175, 180, 183, 211, 218, 220, 222])
    return "%d.%d.%d.%d" % (first, rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254)), kind


def fmt_dob(rng, date, form=None):
    forms = ["dot_space", "dot", "dot_pad", "kor", "iso", "yy_dot", "compact8", "compact6", "kor_short"]
    form = form or rng.choice(forms)
    y, m, d = date.year, date.month, date.day
    s = {"dot_space": "%d. %d. %d." % (y, m, d), "dot": "%d.%d.%d." % (y, m, d),
         "dot_pad": "%d.%02d.%02d." % (y, m, d), "kor": "%d년 %d월 %d일" % (y, m, d),
         "iso": "%d-%02d-%02d" % (y, m, d), "yy_dot": "%02d.%02d.%02d" % (y % 100, m, d),
         "compact8": "%d%02d%02d" % (y, m, d), "compact6": "%02d%02d%02d" % (y % 100, m, d),
         "kor_short": "%d년%d월%d일" % (y, m, d)}[form]
    return s, form


def parse_dob(s):
    s2 = s.replace(" ", "")
    m = re.fullmatch(r"(\d{4})[.\-년](\d{1,2})[.\-월](\d{1,2})[.일]?", s2)
    if m:
        y, mo, d = map(int, m.groups())
    else:
        m = re.fullmatch(r"(\d{2})\.(\d{2})\.(\d{2})\.?", s2) or re.fullmatch(r"(\d{2})(\d{2})(\d{2})", s2)
        if m:
            y, mo, d = map(int, m.groups())
            y += 1900 if y > 24 else 2000
        else:
            m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})", s2)
            if not m:
                return None
            y, mo, d = map(int, m.groups())
    try:
        return datetime.date(y, mo, d)
    except ValueError:
        return None


def gen_name(rng, style=None):
    r = rng.random() if style is None else None
    if style == "word" or (r is not None and r < 0.06):
        return rng.choice(WORD_NAMES), "ko_word"
    if style == "two" or (r is not None and r < 0.13):
        return rng.choice(SUR_COMMON) + rng.choice(GIV), "ko2"
    if style == "four" or (r is not None and r < 0.22):
        if rng.random() < 0.6:
            return rng.choice(SUR2) + rng.choice(GIV) + rng.choice(GIV), "ko4"
        return rng.choice(SUR_COMMON) + rng.choice(NATIVE_LONG), "ko4"
    if r is not None and r < 0.27:
        return rng.choice(SUR2) + rng.choice(GIV), "ko3_double"
    sur = rng.choice(SUR_COMMON) if rng.random() < 0.75 else rng.choice(SUR1)
    a, b = rng.choice(GIV), rng.choice(GIV)
    while b == a:
        b = rng.choice(GIV)
    return sur + a + b, "ko3"


def name_ok(n, kind):
    if kind.startswith("foreign"):
        return n in FOREIGN_NAMES
    if kind == "ko_word":
        return n in WORD_NAMES
    if not re.fullmatch(r"[가-힣]{2,5}", n):
        return False
    if n[:2] in SUR2:
        rest = n[2:]
    elif n[0] in SUR1:
        rest = n[1:]
    else:
        return False
    return rest in NATIVE_LONG or all(c in GIV for c in rest)


# ---------------------------------------------------------------- noise
FW = {str(i): chr(0xFF10 + i) for i in range(10)}
FW["-"] = "－"
UDASH = ["‐", "‑", "–", "—", "−", "ㅡ", "－"]
OCR_MAP = {"0": "O", "1": "l", "5": "S", "8": "B"}
OCR_UNDO = {"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"}
HD = {"0": "공", "1": "일", "2": "이", "3": "삼", "4": "사", "5": "오", "6": "육", "7": "칠", "8": "팔", "9": "구"}
HD_UNDO = {v: k for k, v in HD.items()}
HD_UNDO["영"] = "0"

NOISE_OPTS = {
    "KR_RRN": ["fullwidth", "unicode_dash", "space_hyphen", "space_in_digits", "newline", "ocr", "masked", "masked", "hangul_digits"],
    "KR_FRN": ["fullwidth", "unicode_dash", "space_hyphen", "newline", "ocr", "masked", "space_in_digits"],
    "KR_PASSPORT": ["ocr", "ocr", "space_in_digits", "fullwidth", "lowercase"],
    "KR_DRIVER_LICENSE": ["fullwidth", "unicode_dash", "space_hyphen", "newline", "ocr", "masked"],
    "CREDIT_CARD": ["space_sep", "unicode_dash", "fullwidth", "ocr", "masked", "masked", "newline"],
    "KR_BANK_ACCOUNT": ["masked", "masked", "unicode_dash", "fullwidth", "ocr", "space_hyphen", "hangul_digits", "newline"],
    "PHONE_NUMBER": ["masked", "hangul_digits", "fullwidth", "unicode_dash", "space_hyphen", "ocr", "newline", "dot_sep"],
    "EMAIL_ADDRESS": ["at_fullwidth", "at_spaced", "at_bracket", "at_paren", "dot_bracket"],
    "KR_ADDRESS": ["wrapped", "fullwidth"],
    "DATE_OF_BIRTH": ["fullwidth", "ocr", "space_in_digits"],
    "IP_ADDRESS": ["fullwidth", "ocr", "masked", "space_dot"],
    "KR_BRN": ["unicode_dash", "fullwidth", "space_hyphen", "ocr", "newline"],
    "KR_CRN": ["unicode_dash", "fullwidth", "space_hyphen", "ocr", "newline"],
    "KR_VEHICLE_PLATE": ["nospace", "extra_space", "fullwidth", "ocr"],
    "KR_HEALTH_INSURANCE": ["fullwidth", "space_in_digits", "ocr"],
    "PERSON": ["spaced_name"],
}


def mask_value(typ, v, rng):
    mc = rng.choice(["*", "*", "*", "●", "X"])
    if typ in ("KR_RRN", "KR_FRN"):
        return v[:8] + mc * 6
    if typ == "CREDIT_CARD":
        g = v.split("-")
        if len(g) != 4:
            return None
        return "%s-%s%s-%s-%s" % (g[0], g[1][:2], "**", "****", g[3])
    if typ == "KR_BANK_ACCOUNT":
        g = v.split("-")
        i = 1 if len(g) >= 3 else 0
        g[i] = "*" * len(g[i])
        return "-".join(g)
    if typ == "PHONE_NUMBER":
        g = v.split("-")
        if len(g) != 3:
            return None
        g[1] = "*" * len(g[1])
        return "-".join(g)
    if typ == "KR_DRIVER_LICENSE":
        g = v.split("-")
        if len(g) != 4:
            return None
        g[2] = g[2][:2] + "****"
        g[3] = "**"
        return "-".join(g)
    if typ == "IP_ADDRESS":
        g = v.split(".")
        if len(g) != 4:
            return None
        g[2] = "***"
        return ".".join(g)
    return None


def _digit_positions(v):
    return [i for i, c in enumerate(v) if c.isdigit()]


def apply_noise(tag, typ, v, rng):
    """Return noisy surface of clean value v, or None if not applicable."""
    if tag == "fullwidth":
        out = "".join(FW.get(c, c) if (c.isdigit() or (c == "-" and rng.random() < 0.7)) else c for c in v)
        if typ in ("DATE_OF_BIRTH", "KR_ADDRESS", "IP_ADDRESS") and rng.random() < 0.5:
            out = "".join(FW.get(c, c) if c.isdigit() and rng.random() < 0.6 else c for c in v)
        return out if out != v else None
    if tag == "unicode_dash":
        if "-" not in v:
            return None
        return v.replace("-", rng.choice(UDASH))
    if tag == "space_hyphen":
        if "-" not in v:
            return None
        parts = v.split("-")
        out = parts[0]
        for p in parts[1:]:
            out += rng.choice([" - ", "- ", " -", " - "]) + p
        return out
    if tag == "space_in_digits":
        cand = [i for i in range(1, len(v)) if v[i - 1].isdigit() and v[i].isdigit()]
        if not cand:
            return None
        i = rng.choice(cand)
        return v[:i] + " " + v[i:]
    if tag == "newline":
        cand = [i + 1 for i, c in enumerate(v) if c == "-" and 0 < i < len(v) - 1]
        if not cand:
            cand = [i for i in range(1, len(v)) if v[i - 1].isdigit() and v[i].isdigit()]
        if not cand:
            return None
        i = rng.choice(cand)
        return v[:i] + "\n" + v[i:]
    if tag == "ocr":
        start = 1 if typ == "KR_PASSPORT" else 0
        pos = [i for i in range(start, len(v)) if v[i] in OCR_MAP]
        if typ == "KR_PASSPORT" and len(v) > 4 and v[4].isalpha():
            pos = [i for i in pos if i != 4]
        if not pos:
            return None
        k = min(len(pos), rng.choice([1, 1, 2]))
        chosen = sorted(rng.sample(pos, k))
        out = list(v)
        for i in chosen:
            c = v[i]
            out[i] = rng.choice(["l", "I"]) if c == "1" else OCR_MAP[c]
        return "".join(out)
    if tag == "hangul_digits":
        out = "".join(HD[c] if c.isdigit() else c for c in v)
        if rng.random() < 0.3:
            out = out.replace("공", "영")
        if rng.random() < 0.5:
            out = out.replace("-", " ")
        return out
    if tag == "space_sep":
        return v.replace("-", " ") if "-" in v else None
    if tag == "dot_sep":
        return v.replace("-", ".") if "-" in v else None
    if tag == "lowercase":
        return v.lower() if v.lower() != v else None
    if tag == "at_fullwidth":
        return v.replace("@", "＠")
    if tag == "at_spaced":
        return v.replace("@", " @ ")
    if tag == "at_bracket":
        return v.replace("@", "[at]")
    if tag == "at_paren":
        return v.replace("@", rng.choice(["(at)", " (at) "]))
    if tag == "dot_bracket":
        loc, dom = v.split("@")
        return loc + rng.choice(["@", "[at]"]) + dom.replace(".", "[dot]", 1)
    if tag == "wrapped":
        cand = [i for i, c in enumerate(v) if c == " " and 3 < i < len(v) - 3]
        if not cand:
            return None
        i = rng.choice(cand)
        return v[:i] + "\n" + v[i + 1:]
    if tag == "space_dot":
        if "." not in v:
            return None
        i = rng.choice([i for i, c in enumerate(v) if c == "."])
        return v[:i + 1] + " " + v[i + 1:]
    if tag == "nospace":
        return v.replace(" ", "") if " " in v else None
    if tag == "extra_space":
        m = re.search(r"(\d)([가-힣])(\s?)(\d)", v)
        if not m:
            return None
        return v[:m.start(2)] + " " + m.group(2) + " " + v[m.end(3):]
    if tag == "spaced_name":
        if " " in v or len(v) > 4:
            return None
        return " ".join(v)
    return None


def canon_key(s, typ, noise):
    """Undo noise; return a comparison key (whitespace and separators removed)."""
    for ch in UDASH:
        s = s.replace(ch, "-")
    s = unicodedata.normalize("NFKC", s)
    if typ == "EMAIL_ADDRESS":
        s = re.sub(r"\s*(\[at\]|\(at\)|@)\s*", "@", s)
        s = s.replace("[dot]", ".")
    if noise == "hangul_digits":
        s = "".join(HD_UNDO.get(c, c) for c in s)
    if noise == "ocr":
        start = 1 if typ == "KR_PASSPORT" else 0
        s = s[:start] + "".join(OCR_UNDO.get(c, c) for c in s[start:])
    if noise == "lowercase":
        s = s.upper()
    if typ == "PHONE_NUMBER":
        s = s.replace(".", "-")
    s = re.sub(r"\s+", "", s)
    if typ not in ("EMAIL_ADDRESS", "IP_ADDRESS", "DATE_OF_BIRTH", "KR_ADDRESS"):
        s = s.replace("-", "")
    return s


# ---------------------------------------------------------------- document builder
def batchim(w):
    c = w.strip()[-1]
    if "가" <= c <= "힣":
        return (ord(c) - 0xAC00) % 28 != 0
    return c in "LMNRlmnr0136789"


def josa(w, pair):
    a, b = pair.split("/")
    return a if batchim(w) else b


def ocr_text(s, rng):
    out = []
    sub = {"명": "멍", "번": "빈", "록": "룩", "소": "쇼", "성": "셩", "위": "워", "결": "걸", "처": "쳐", "일": "잍"}
    for i, c in enumerate(s):
        r = rng.random()
        if c == ":" and r < 0.3:
            out.append(rng.choice([";", ".", " :", "："]))
        elif c in sub and r < 0.04:
            out.append(sub[c])
        elif "가" <= c <= "힣" and r < 0.035 and i + 1 < len(s) and "가" <= s[i + 1] <= "힣":
            out.append(c + " ")
        elif c == "\n" and r < 0.08:
            out.append(rng.choice([" |\n", "\n'", "\n ."]))
        else:
            out.append(c)
    return "".join(out)


class Doc:
    def __init__(self, rng, level="clean", ocr=False):
        self.rng = rng
        self.buf = []
        self.pos = 0
        self.spans = []
        self.negs = []
        self.level = level
        self.ocr = ocr
        self.pn = {"clean": 0.0, "light": 0.45, "heavy": 0.8}[level]
        self.kinds = {}

    def _add(self, s):
        self.buf.append(s)
        self.pos += len(s)

    def t(self, s):
        if self.ocr:
            s = ocr_text(s, self.rng)
        self._add(s)

    def neg(self, s, cat):
        st = self.pos
        self._add(s)
        self.negs.append({"start": st, "end": self.pos, "category": cat, "text": s})
        return s

    def p(self, typ, clean, kind="", noise="auto"):
        rng = self.rng
        chosen = None
        if noise == "auto":
            if typ == "PERSON":
                if self.ocr and rng.random() < 0.2:
                    noise = "spaced_name"
                else:
                    noise = None
            elif rng.random() < self.pn:
                noise = "pick"
            else:
                noise = None
        surface, vclean = clean, clean
        if noise:
            opts = [noise] if noise != "pick" else NOISE_OPTS[typ][:]
            if noise == "pick":
                rng.shuffle(opts)
            for o in opts:
                if o == "masked":
                    m = mask_value(typ, clean, rng)
                    if m is not None:
                        surface = vclean = m
                        chosen = o
                        break
                else:
                    s2 = apply_noise(o, typ, clean, rng)
                    if s2 is not None:
                        surface = s2
                        chosen = o
                        break
        st = self.pos
        self._add(surface)
        self.spans.append({"start": st, "end": self.pos, "type": typ, "kind": kind,
                           "noise": chosen, "clean": vclean})
        return surface

    # convenience ------------------------------------------------------
    def name(self, style=None, noise="auto"):
        n, k = gen_name(self.rng, style)
        self.kinds[n] = k
        self.p("PERSON", n, k, noise)
        return n

    def per(self, n, noise="auto"):
        k = self.kinds.get(n)
        if k is None:
            k = "foreign_latin" if re.search(r"[A-Za-z]", n) else ("foreign_hangul" if n in FOREIGN_NAMES else "ko3")
            self.kinds[n] = k
        self.p("PERSON", n, k, noise)
        return n

    def newname(self, style=None):
        n, k = gen_name(self.rng, style)
        self.kinds[n] = k
        return n

    def foreigner(self):
        f = self.rng.choice(FOREIGN)
        self.kinds[f[0]] = "foreign_hangul"
        self.kinds[f[1]] = "foreign_latin"
        return f

    def phone(self, kind="mobile", noise="auto"):
        return self.p("PHONE_NUMBER", gen_phone(self.rng, kind), kind, noise)

    def email(self, official=False, company=None, noise="auto"):
        return self.p("EMAIL_ADDRESS", gen_email(self.rng, official, company), "official" if official else "personal", noise)

    def rrn(self, kind=None, date=None, female=None, noise="auto"):
        kind = kind or "valid"
        return self.p("KR_RRN", gen_rrn(self.rng, kind, date, female), kind, noise)

    def frn(self, date=None, noise="auto"):
        return self.p("KR_FRN", gen_frn(self.rng, date), "frn_legacy", noise)

    def passport(self, kind=None, noise="auto"):
        kind = kind or self.rng.choice(["kr_new", "kr_new", "kr_old"])
        return self.p("KR_PASSPORT", gen_passport(self.rng, kind), kind, noise)

    def dl(self, kind=None, noise="auto"):
        v, k = gen_dl(self.rng, kind)
        return self.p("KR_DRIVER_LICENSE", v, k, noise)

    def card(self, kind=None, noise="auto"):
        v, k = gen_card(self.rng, kind)
        return self.p("CREDIT_CARD", v, k, noise)

    def acct(self, bank=None, noise="auto"):
        v, b = gen_account(self.rng, bank)
        self.p("KR_BANK_ACCOUNT", v, b, noise)
        return b

    def plate(self, kind=None, noise="auto"):
        v, k = gen_plate(self.rng, kind)
        return self.p("KR_VEHICLE_PLATE", v, k, noise)

    def ip(self, kind=None, noise="auto"):
        v, k = gen_ip(self.rng, kind)
        return self.p("IP_ADDRESS", v, k, noise)

    def brn(self, noise="auto"):
        return self.p("KR_BRN", gen_brn(self.rng), "brn", noise)

    def crn(self, noise="auto"):
        return self.p("KR_CRN", gen_crn(self.rng), "crn", noise)

    def health(self, noise="auto"):
        return self.p("KR_HEALTH_INSURANCE", gen_health(self.rng), "nhis11", noise)

    def dob(self, date=None, form=None, noise="auto", y0=1940, y1=2006):
        date = date or rand_date(self.rng, y0, y1)
        s, f = fmt_dob(self.rng, date, form)
        return self.p("DATE_OF_BIRTH", s, f, noise)

    def addr(self, form=None, noise="auto", postal=None, ref=None):
        rng = self.rng
        a, k, dong, apt = gen_address(rng, form)
        if postal is None:
            postal = rng.random() < 0.3
        if postal:
            self.t("(")
            self.neg("%05d" % rng.randint(1000, 63999), "postal_code")
            self.t(") ")
        self.p("KR_ADDRESS", a, k, noise)
        if (ref is None and rng.random() < 0.25 and k.startswith("road")) or ref:
            self.t("(%s%s)" % (dong, (", " + apt) if apt and rng.random() < 0.6 else ""))
        return a

    def text(self):
        return "".join(self.buf)


def gen_address(rng, form=None):
    form = form or rng.choice(["road_full", "road_full", "road_short", "from_sgg", "jibun", "jibun_short"])
    sido = rng.choice(SIDO_KEYS)
    shorts, sggs = SIDO[sido]
    sgg = rng.choice(sggs)
    if form == "from_sgg" and not sgg:
        form = "road_full"
    road = rng.choice(ROADS)
    if rng.random() < 0.3:
        road = road + "%d번길" % rng.randint(3, 48)
    num = str(rng.randint(1, 320)) + ("-%d" % rng.randint(1, 12) if rng.random() < 0.15 else "")
    apt = rng.choice(APTS)
    dong = rng.choice(DONGS)
    unit = rng.choice([", %d동 %d호" % (rng.randint(101, 115), rng.randint(1, 25) * 100 + rng.randint(1, 6)),
                       ", %d층 %d호" % ((lambda f: (f, f * 100 + rng.randint(1, 9)))(rng.randint(2, 9))),
                       " %d층" % rng.randint(2, 12), ", %d호" % rng.randint(101, 909), ""])
    sp = (sido if form in ("road_full", "jibun") else rng.choice(shorts))
    pre = sp + (" " + sgg if sgg else "")
    if form == "from_sgg":
        pre = sgg
    if form.startswith("jibun"):
        lot = "%d-%d" % (rng.randint(1, 999), rng.randint(1, 40)) if rng.random() < 0.7 else str(rng.randint(1, 999))
        u = ""
        if rng.random() < 0.6:
            u = " %s %d동 %d호" % (apt, rng.randint(101, 112), rng.randint(1, 20) * 100 + rng.randint(1, 4))
        return "%s %s %s%s" % (pre, dong, lot, u), form, dong, None
    return "%s %s %s%s" % (pre, road, num, unit), form, dong, (apt if "동 " in unit else None)


ADDR_STARTS = set(SIDO_KEYS)
for _k, (_sh, _sg) in SIDO.items():
    ADDR_STARTS.update(_sh)
    ADDR_STARTS.update(s.split()[0] for s in _sg if s)


# ---------------------------------------------------------------- hard-negative helpers
STATUTES = ["「개인정보 보호법」 제23조 제1항", "「민원 처리에 관한 법률」 제27조", "「국민기초생활 보장법」 제21조",
            "「긴급복지지원법」 제7조 제1항", "「도로교통법」 제32조", "「주민등록법」 제29조 제2항",
            "「출입국관리법」 제31조", "「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호",
            "「국가를 당사자로 하는 계약에 관한 법률 시행령」 제49조", "「여권법」 제9조 제1항",
            "「지방공무원법」 제63조", "「질서위반행위규제법」 제16조", "「외국인근로자의 고용 등에 관한 법률」 제8조",
            "「사회보장급여의 이용·제공 및 수급권자 발굴에 관한 법률」 제5조", "「공무원 행동강령」 제14조",
            "「전자정부법」 제30조", "「개인정보 보호법 시행령」 제30조 제1항", "「국가공무원법」 제73조의3",
            "「행정절차법」 제21조", "「주차장법」 제8조의2"]


def d_date(rng, y0=2023, y1=2025):
    dt = rand_date(rng, y0, y1)
    return rng.choice(["%d. %d. %d." % (dt.year, dt.month, dt.day), "%d.%02d.%02d." % (dt.year, dt.month, dt.day),
                       "%d년 %d월 %d일" % (dt.year, dt.month, dt.day), "%d-%02d-%02d" % (dt.year, dt.month, dt.day)])


def switchboard(rng):
    area = rng.choice(["02", "044", "031", "042", "051", "061", "063"])
    return "%s-%s-%s" % (area, str(rng.randint(2, 9)) + dg(rng, 2 if area != "02" else 3), rng.choice(["2114", "1000", "0114", "1114"]))


def special_number(rng):
    return "%s-%s" % (rng.choice(["1588", "1577", "1600", "1544", "1644", "1566", "1661", "1899"]), dg(rng, 4))


def agency_address(rng, agency=None):
    if agency and agency in AGENCIES and rng.random() < 0.6:
        return "세종특별자치시 %s %d 정부세종청사 %d동" % (rng.choice(ROADS), rng.randint(100, 500), rng.randint(1, 16))
    sido = rng.choice(SIDO_KEYS)
    sgg = rng.choice(SIDO[sido][1])
    return "%s%s %s %d" % (sido, (" " + sgg) if sgg else "", rng.choice(["시청로", "군청로", "구청로", "중앙로", "청사로"]), rng.randint(1, 200))


def docno(rng, dept=None):
    dept = dept or rng.choice(DEPTS)
    return rng.choice(["%s-%d" % (dept, rng.randint(100, 9999)), "%s-%d-%d" % (dept, rng.randint(2023, 2025), rng.randint(1, 999))])


def case_no(rng):
    y = rng.randint(2021, 2025)
    return rng.choice(["%d구합%d" % (y, rng.randint(50000, 99999)), "%d고단%d" % (y, rng.randint(1000, 9999)),
                       "%d가소%d" % (y, rng.randint(100000, 999999)), "%d누%d" % (y, rng.randint(10000, 99999)),
                       "%d두%d" % (y, rng.randint(10000, 99999)), "%d고약%d" % (y, rng.randint(10000, 99999)),
                       "중앙행심 제%d-%d호" % (y, rng.randint(10000, 29999)), "조심 %d서%d" % (y, rng.randint(1000, 9999))])


def amount(rng):
    v = rng.randint(1, 9000) * rng.choice([1000, 10000, 100])
    return rng.choice(["{:,}원".format(v), "금 {:,}원".format(v), "₩{:,}".format(v), "{:,}천원".format(v // 1000 or 1)])


def reception_no(rng):
    return rng.choice(["%dAA-%s-%s" % (rng.randint(1, 9), dg(rng, 4), dg(rng, 7)), "%s-%d-%s" % (dg(rng, 3), rng.randint(2021, 2025), dg(rng, 4)),
                       "%d%s-00" % (rng.randint(2023, 2025), dg(rng, 7)), "%s-%d-%s" % (dg(rng, 4), rng.randint(2022, 2025), dg(rng, 6))])


def masked_name(rng):
    s = rng.choice(SUR_COMMON)
    return rng.choice([s + "○○", s + "**", s + "모 씨", s + "○○ 씨", s + "某"])


def agency_brn(rng):
    return gen_brn(rng, mid="83")


def footer(d, agency, dept, with_people=True):
    """공문 footer: agency address (neg), switchboard (neg), direct line + fax (PII), e-mail."""
    rng = d.rng
    d.t("\n")
    d.t("우 ")
    d.neg("%05d" % rng.randint(1000, 63999), "postal_code")
    d.t(" ")
    d.neg(agency_address(rng, agency), "institution_address")
    d.t(" / " + rng.choice(["www.", "http://www."]) + rng.choice(["mois", "mohw", "molit", "moel", "city", "gu"]) + ".go.kr\n")
    if with_people:
        d.t("전화번호 ")
        d.phone("official")
        d.t("  팩스번호 ")
        d.phone("official")
        d.t("  / ")
        d.email(official=True)
        d.t(" / 대국민 공개\n")
    else:
        d.t("대표전화 ")
        d.neg(switchboard(rng), "switchboard")
        d.t(" / 공개\n")


def head_of(agency):
    """Office-holder title of an agency (hard negative: official named only by office)."""
    if agency.endswith("구청"):
        return agency + "장"
    if agency.endswith("청"):
        return agency[:-1] + "장"
    if agency.endswith("부"):
        return agency + " 장관"
    return agency + "장"


# ================================================================ templates
TITLES = ["주무관", "행정주무관", "사무관", "행정사무관", "팀장", "과장", "서기관", "사회복지주무관", "전산주무관"]
SUBJECTS = ["개인정보 처리실태 점검 결과 통보", "민원 처리 협조 요청", "2025년 상반기 복지사각지대 발굴 추진 계획 알림",
            "외국인 근로자 고용허가 관련 자료 제출 요청", "관용차량 운행 관리 철저 요청", "여권 발급 업무 처리 지침 안내",
            "정보공개 청구 이송 통지", "체납 과태료 징수 협조 요청", "긴급복지 지원 대상자 추천", "공무원 국외출장 결과 보고"]


def t_gongmun(d):
    rng = d.rng
    agency = rng.choice(AGENCIES + [g + "청" if g.endswith("구") else g + "청" for g in LOCAL_GOV])
    dept = rng.choice(DEPTS)
    sub = rng.choice(["basic", "citizen", "table_gyeoljae"])
    d.t(agency + "\n\n수신  " + rng.choice(["수신자 참조", "%s장(%s장)" % (rng.choice(LOCAL_GOV), rng.choice(DEPTS)), "내부결재"]) + "\n(경유)\n제목  " + rng.choice(SUBJECTS) + "\n\n")
    d.t("1. 관련: ")
    d.neg(docno(rng, dept), "document_number")
    d.t("(")
    d.neg(d_date(rng), "date")
    d.t(")호, ")
    d.neg(rng.choice(STATUTES), "statute")
    d.t("\n2. ")
    if sub == "citizen":
        nm = d.newname()
        d.t("우리 %s에 접수된 민원인 " % rng.choice(["구", "시", "부"]))
        d.per(nm)
        d.t("(")
        if rng.random() < 0.5:
            d.t("생년월일 ")
            d.dob()
        else:
            d.rrn(noise="masked" if rng.random() < 0.5 else "auto")
        d.t(", 주소: ")
        d.addr()
        d.t(")의 %s 건과 관련하여 아래와 같이 협조를 요청하오니, %s까지 회신하여 주시기 바랍니다.\n" % (rng.choice(["주소지 이전", "기초생활수급 자격 변동", "체납 과태료 분할납부", "여권 재발급"]), d_date(rng)))
        d.t("  가. 대상자 연락처: ")
        d.phone()
        d.t("\n  나. 담당자: %s %s " % (dept, rng.choice(TITLES)))
        d.name()
        d.t("(☎ ")
        d.phone("official")
        d.t(")\n")
    else:
        d.t("위 호와 관련하여 붙임과 같이 %s을 알려드리니 업무에 참고하시기 바랍니다. 문의사항은 %s " % (rng.choice(["추진계획", "점검결과", "처리지침"]), dept))
        n = d.newname()
        d.per(n)
        d.t(" %s%s(" % (rng.choice(TITLES), "에게" if rng.random() < 0.5 else "에게 연락하여 주시기 바랍니다"))
        d.phone("official")
        d.t(")\n")
    d.t("\n붙임  1. %s 1부.\n      2. 개인정보 처리 현황 1부.  끝.\n\n" % rng.choice(["점검 결과", "세부 계획", "대상자 명단", "질의 회신"]))
    d.neg(head_of(agency), "official_by_office")
    d.t("\n\n")
    people = [d.newname() for _ in range(3)]
    if sub == "table_gyeoljae":
        d.t("결재 | 담당 | %s | %s\n     | " % (rng.choice(["팀장", "계장"]), rng.choice(["과장", "국장"])))
        d.per(people[0]); d.t(" | "); d.per(people[1]); d.t(" | "); d.per(people[2])
        d.t(" %s\n협조 | %s " % (rng.choice(["03/14", "전결", "대결"]), rng.choice(DEPTS)))
        d.name()
        d.t("\n")
    else:
        forms = rng.randrange(3)
        if forms == 0:
            d.t("%s " % rng.choice(["주무관", "행정주무관"])); d.per(people[0]); d.t("    %s " % rng.choice(["팀장", "사무관"])); d.per(people[1])
            d.t("    %s " % rng.choice(["과장", "전결 과장"])); d.per(people[2])
        elif forms == 1:
            d.t("기안자 %s " % rng.choice(TITLES)); d.per(people[0]); d.t("  검토자 "); d.per(people[1]); d.t("  결재권자 %s " % rng.choice(["과장", "국장"])); d.per(people[2])
        else:
            d.t("담당 "); d.per(people[0]); d.t("\t팀장 "); d.per(people[1]); d.t("\t과장 "); d.per(people[2]); d.t(" " + rng.choice(["(전결)", "(대결)", "03/11"]))
        d.t("\n협조자 ")
        d.name()
        d.t("\n")
    d.t("시행  ")
    d.neg(docno(rng, dept), "document_number")
    d.t(" (")
    d.neg(d_date(rng), "date")
    d.t(")   접수  ")
    footer(d, agency, dept, with_people=True)
    return sub


def t_gongmun_nopii(d):
    rng = d.rng
    agency = rng.choice(AGENCIES)
    dept = rng.choice(DEPTS)
    d.t("%s\n수신  수신자 참조\n제목  %s\n\n1. 관련: " % (agency, rng.choice(SUBJECTS)))
    d.neg(rng.choice(STATUTES), "statute")
    d.t(" 및 ")
    d.neg(docno(rng), "document_number")
    d.t("호\n2. 각 기관에서는 붙임 서식에 따라 ")
    d.neg(d_date(rng), "date")
    d.t("까지 제출하여 주시기 바랍니다. 소요 예산 ")
    d.neg(amount(rng), "amount")
    d.t("은 기정예산으로 집행합니다.\n3. 관련 문의는 정부민원안내콜센터(")
    d.neg("110", "short_code")
    d.t(") 또는 대표전화 ")
    d.neg(switchboard(rng), "switchboard")
    d.t("로 하여 주시기 바랍니다. 고객지원센터 ")
    d.neg(special_number(rng), "special_number")
    d.t("\n붙임  세부 지침 1부.  끝.\n\n")
    d.neg(head_of(agency), "official_by_office")
    d.t("\n시행 ")
    d.neg(docno(rng, dept), "document_number")
    d.t(" (")
    d.neg(d_date(rng), "date")
    d.t(")\n우 ")
    d.neg("%05d" % rng.randint(1000, 63999), "postal_code")
    d.t(" ")
    d.neg(agency_address(rng, agency), "institution_address")
    d.t("\n대표전화 ")
    d.neg(switchboard(rng), "switchboard")
    d.t(" / 공개\n")
    return "nopii_circular"


def t_minwon(d):
    rng = d.rng
    agency = rng.choice(LOCAL_GOV) + "청"
    sub = rng.choice(["refund", "parking", "card", "identity", "foreign"])
    nm = d.newname() if sub != "foreign" else None
    d.t("민원 처리 결과 통지\n\n접수번호: ")
    d.neg(reception_no(rng), "reception_number")
    d.t("\n민원인: ")
    if sub == "foreign":
        f = d.foreigner()
        nm = f[0]
        d.per(f[0]); d.t(" (" + f[2] + ", 영문 "); d.per(f[1]); d.t(")")
    else:
        d.per(nm)
    d.t(" 귀하\n주소: ")
    d.addr()
    d.t("\n연락처: ")
    d.phone()
    d.t("\n\n1. 귀하께서 ")
    d.neg(d_date(rng), "date")
    d.t(" 국민신문고를 통해 신청하신 민원에 대하여 검토 결과를 다음과 같이 알려드립니다.\n2. ")
    if sub == "refund":
        d.t("과오납된 %s " % rng.choice(["주민세", "자동차세", "과태료", "수수료"]))
        d.neg(amount(rng), "amount")
        d.t("은 귀하께서 지정하신 ")
        bank = rng.choice(BANKS)
        d.t(bank + " 계좌(")
        d.acct(bank)
        d.t(", 예금주 ")
        d.per(nm) if rng.random() < 0.7 else d.name()
        d.t(")로 %s 환급될 예정입니다.\n" % d_date(rng))
    elif sub == "parking":
        d.t("귀하께서 신고하신 차량(")
        d.plate()
        d.t(")은 현장 확인 결과 불법 주정차로 확인되어 차량 소유자 ")
        o = d.newname()
        d.per(o)
        d.t("에게 ")
        d.neg(rng.choice(STATUTES[-1:] + ["「도로교통법」 제32조"]), "statute")
        d.t("에 따라 과태료 ")
        d.neg(amount(rng), "amount")
        d.t("을 부과하였습니다. 또한 신고된 다른 차량 ")
        d.plate()
        d.t("은 증거 사진이 불충분하여 불수리되었음을 알려드립니다.\n")
    elif sub == "card":
        d.t("귀하께서 민원수수료를 결제한 신용카드(")
        d.card()
        d.t(") 승인 건은 중복 결제로 확인되어 승인 취소 처리하였습니다. 취소 금액은 ")
        d.neg(amount(rng), "amount")
        d.t("이며 카드사 사정에 따라 3~5영업일 후 반영됩니다.\n")
    elif sub == "identity":
        d.t("본인 확인을 위해 제출하신 운전면허증(면허번호 ")
        d.dl()
        d.t(")의 진위 확인이 완료되었으며, 요청하신 %s을 발급하였습니다. 발급번호 " % rng.choice(["주민등록표 초본", "가족관계증명서", "지방세 완납증명서"]))
        d.neg("%s-%s-%s" % (dg(rng, 4), dg(rng, 4), dg(rng, 4)), "issue_number")
        d.t("\n")
    else:
        d.t("귀하의 외국인등록번호(")
        d.frn()
        d.t(")와 여권번호(")
        d.passport(kind=[x for x in FOREIGN if x[0] == nm][0][3])
        d.t(")가 체류지 변경 신고서에 일치하게 기재되어 체류지 변경이 완료되었습니다. 외국인종합안내센터(")
        d.neg("1345", "short_code")
        d.t(")에서 다국어 상담이 가능합니다.\n")
    d.t("3. 처리 결과에 이의가 있으시면 ")
    d.neg(rng.choice(STATUTES), "statute")
    d.t("에 따라 이의신청을 하실 수 있습니다.\n4. 추가 문의: %s %s " % (rng.choice(DEPTS), rng.choice(TITLES)))
    d.name()
    d.t(" (☎ ")
    d.phone("official")
    d.t(") 또는 정부민원안내콜센터 ☎")
    d.neg("110", "short_code")
    d.t("\n\n")
    d.neg(head_of(agency), "official_by_office")
    d.t("\n")
    return sub


def t_minwon_nopii(d):
    rng = d.rng
    d.t("민원 처리 결과 안내\n\n신청번호: ")
    d.neg(reception_no(rng), "reception_number")
    d.t("\n귀하께서 제출하신 민원에 대한 답변입니다.\n1. 문의하신 %s은 " % rng.choice(["주민등록 사실조사", "공동주택 관리비", "버스 노선 조정", "가로등 보수"]))
    d.neg(rng.choice(STATUTES), "statute")
    d.t("에 따라 처리되며, 관련 예산 ")
    d.neg(amount(rng), "amount")
    d.t("이 ")
    d.neg(d_date(rng), "date")
    d.t(" 편성되었습니다.\n2. 민원인 ")
    d.neg(masked_name(rng), "masked_name")
    d.t("의 요청 사항은 현장 확인 후 처리할 예정입니다.\n3. 추가 문의는 다산콜센터(")
    d.neg("120", "short_code")
    d.t(") 또는 ")
    d.neg(special_number(rng), "special_number")
    d.t("로 연락 주시기 바랍니다. 방문 상담: ")
    d.neg(agency_address(rng), "institution_address")
    d.t(" 민원실\n")
    return "nopii_reply"


QUOTES = ["처음에는 막막했지만 주민센터의 도움으로 다시 일어설 수 있었다", "이웃과 함께하는 마을을 만들고 싶다",
          "현장의 목소리를 정책에 반영하겠다", "작은 실천이 큰 변화를 만든다고 믿는다", "앞으로도 봉사를 계속하겠다",
          "한국 생활이 처음엔 어려웠지만 지금은 고향처럼 느껴진다", "안전한 일터를 만드는 데 힘을 보태겠다"]
QVERBS = ["라고 말했다", "라고 밝혔다", "며 소감을 전했다", "라고 강조했다", "고 덧붙였다", "라며 웃었다"]


def t_press(d):
    rng = d.rng
    agency = rng.choice(AGENCIES + [g + "청" for g in LOCAL_GOV])
    sub = rng.choice(["award", "field_visit", "foreign_resident", "rescue"])
    d.t("보도자료\n보도시점: ")
    d.neg(d_date(rng, 2025, 2025), "date")
    d.t(" 11:00 이후\n\n")
    if sub == "award":
        d.t("%s, '올해의 나눔 이웃' 시상식 개최\n- 지역 봉사자 %d명 표창, 상금 " % (agency, rng.randint(3, 12)))
        d.neg(amount(rng), "amount")
        d.t(" 전달 -\n\n□ %s%s %s 청사 대회의실에서 시상식을 열었다.\n□ 대상을 받은 " % (agency, josa(agency, "은/는"), d_date(rng)))
        a = d.newname()
        d.per(a)
        d.t("(%d) 씨는 \"%s\"%s.\n□ " % (rng.randint(28, 79), rng.choice(QUOTES), rng.choice(QVERBS)))
        b = d.newname(style=rng.choice([None, "word", "two", "four"]))
        d.per(b)
        d.t("(%d)%s과 고등학생 " % (rng.randint(16, 18), rng.choice([" 군", " 양"])))
        d.name()
        d.t(rng.choice(["(17) 군이", "(18) 양이"]) + " 우수상을 받았다. ")
        d.per(b)
        d.t(josa(b, "은/는") + " \"%s\"%s.\n" % (rng.choice(QUOTES), rng.choice(QVERBS)))
        d.t("□ 수상자 중 최고령인 ")
        c = d.newname()
        d.per(c)
        d.t(" 할머니(%d)는 30년째 무료 급식 봉사를 이어오고 있다.\n" % rng.randint(80, 95))
    elif sub == "field_visit":
        d.t("%s, 폭염 대비 취약계층 현장 점검\n\n□ " % agency)
        m = d.newname()
        d.per(m)
        d.t(" %s%s " % (rng.choice(["장관", "차관", "시장", "구청장", "청장"]), josa("장", "은/는")))
        d.neg(d_date(rng), "date")
        d.t(" 쪽방촌을 찾아 거주민의 건강 상태를 살폈다.\n□ 쪽방촌 주민 ")
        r = d.newname()
        d.per(r)
        d.t("(%d) 씨%s \"%s\"%s.\n□ 이날 현장에는 " % (rng.randint(60, 88), josa("씨", "은/는") if False else "는", rng.choice(QUOTES), rng.choice(QVERBS)))
        o = d.newname()
        d.per(o)
        d.t(" 복지정책관과 ")
        o2 = d.newname()
        d.per(o2)
        d.t(" 사회복지사가 동행했다. %s " % rng.choice(["장관은", "시장은", "청장은"]))
        d.t("\"폭염 취약계층 보호에 만전을 기하겠다\"%s.\n" % rng.choice(QVERBS))
    elif sub == "foreign_resident":
        f = d.foreigner()
        d.t("외국인 주민 정착 지원 우수사례 발표\n\n□ %s 출신 결혼이민자 " % f[2])
        d.per(f[0])
        d.t("(%d) 씨는 " % rng.randint(24, 45))
        d.neg(d_date(rng, 2012, 2019), "date")
        d.t(" 입국해 현재 통번역 지원사로 일하고 있다. ")
        d.per(f[0])
        d.t(" 씨는 \"%s\"%s.\n□ 함께 발표한 " % (rng.choice(QUOTES), rng.choice(QVERBS)))
        g = d.foreigner()
        d.per(g[0])
        d.t("(%d) 씨와 남편 " % rng.randint(25, 50))
        h = d.newname()
        d.per(h)
        d.t("(%d) 씨 부부는 다문화가족 요리교실을 운영한다.\n" % rng.randint(30, 60))
    else:
        d.t("119 구조대, 하천 고립 주민 구조\n\n□ ")
        d.neg(d_date(rng), "date")
        d.t(" 오후 %d시께 하천변에서 고립된 " % rng.randint(1, 9))
        a = d.newname()
        d.per(a)
        d.t("(%d) 씨와 손자 " % rng.randint(60, 80))
        b = d.newname(style=rng.choice(["two", "word", None]))
        d.per(b)
        d.t("(%d) 군이 구조됐다. 구조를 지휘한 " % rng.randint(6, 12))
        c = d.newname()
        d.per(c)
        d.t(" 소방위는 \"%s\"%s. " % (rng.choice(QUOTES), rng.choice(QVERBS)))
        d.per(a)
        d.t(" 씨%s 가벼운 저체온증 외에 건강에 이상이 없는 것으로 알려졌다.\n" % rng.choice(["는", "와 손자는"]))
    d.t("\n담당 부서  %s  %s\n책임자  과장 " % (agency, rng.choice(DEPTS)))
    d.name()
    d.t(" (")
    d.phone("official")
    d.t(")\n담당자  %s " % rng.choice(["사무관", "주무관"]))
    d.name()
    d.t(" (")
    d.phone("official")
    if rng.random() < 0.5:
        d.t(", ")
        d.email(official=True)
    d.t(")\n")
    return sub


def t_press_nopii(d):
    rng = d.rng
    agency = rng.choice(AGENCIES)
    d.t("보도자료  배포 즉시 보도\n\n%s, 내년도 예산 " % agency)
    d.neg(amount(rng), "amount")
    d.t(" 확정\n\n□ %s%s " % (agency, josa(agency, "은/는")))
    d.neg(d_date(rng), "date")
    d.t(" 국회 본회의에서 내년도 예산이 의결되었다고 밝혔다.\n□ 이번 예산은 ")
    d.neg(rng.choice(STATUTES), "statute")
    d.t("의 개정에 따른 것으로, 지원 단가는 1인당 ")
    d.neg(amount(rng), "amount")
    d.t("으로 인상된다.\n□ 자세한 사항은 콜센터(")
    d.neg(special_number(rng), "special_number")
    d.t(") 또는 보건복지상담센터(")
    d.neg("129", "short_code")
    d.t(")로 문의하면 된다.\n\n담당 부서  %s  대표전화 " % rng.choice(DEPTS))
    d.neg(switchboard(rng), "switchboard")
    d.t("\n")
    return "nopii_budget"


def t_minutes(d):
    rng = d.rng
    comm = rng.choice(["개인정보보호위원회 분과", "지방보조금심의위원회", "인사위원회", "정보공개심의회", "외국인주민지원협의회", "주민참여예산위원회"])
    d.t("제%d차 %s 회의록\n\n일시: " % (rng.randint(1, 30), comm))
    d.neg(d_date(rng), "date")
    d.t(" 14:00~16:30\n장소: %s 제2회의실\n" % rng.choice(LOCAL_GOV + AGENCIES))
    chair = d.newname()
    mem = [d.newname(style=rng.choice([None, None, "two", "four", "word"])) for _ in range(rng.randint(3, 5))]
    sec = d.newname()
    d.t("참석자: 위원장 ")
    d.per(chair)
    d.t(", 위원 ")
    for i, m in enumerate(mem):
        if i:
            d.t(rng.choice([", ", "·", ", "]))
        d.per(m)
    d.t(" (총 %d명)\n간사: %s " % (len(mem) + 1, rng.choice(["주무관", "사무관"])))
    d.per(sec)
    absent = d.newname()
    d.t("\n불참: ")
    d.per(absent)
    d.t(" 위원(사전 통보)\n\n")
    style = rng.randrange(3)

    def spk(n, role):
        if style == 0:
            d.t("○ %s(" % role)
            d.per(n)
            d.t("): ")
        elif style == 1:
            d.per(n)
            d.t(" %s: " % role)
        else:
            d.t("[%s " % role)
            d.per(n)
            d.t("] ")
    spk(chair, "위원장")
    d.t("성원이 되었으므로 회의를 시작하겠습니다. 간사는 안건을 보고해 주십시오.\n")
    spk(sec, "간사")
    d.t("제1호 안건은 ")
    cit = d.newname()
    d.t("민원인 ")
    d.per(cit)
    d.t(" 씨가 제기한 이의신청 건입니다. 신청인의 연락처는 ")
    d.phone()
    d.t("이며, 주소지는 ")
    d.addr()
    d.t("입니다.\n")
    spk(mem[0], "위원")
    d.per(cit)
    d.t(josa(cit, "이/가") + " 제출한 자료에 생년월일이 ")
    d.dob()
    d.t("로 되어 있는데 주민등록표와 일치하는지 확인이 필요합니다.\n")
    spk(mem[1 % len(mem)], "위원")
    d.t("%s 위원님 의견에 동의합니다. 다만 " % mem[0][:1] if False else "앞선 의견에 동의합니다. 다만 ")
    d.neg(rng.choice(STATUTES), "statute")
    d.t("에 따라 처리 기한이 있으므로 ")
    d.neg(d_date(rng), "date")
    d.t("까지 결론을 내야 합니다.\n")
    spk(chair, "위원장")
    d.t("그럼 ")
    d.per(mem[-1])
    d.t(" 위원님과 ")
    d.per(sec)
    d.t(" 간사가 사실관계를 확인한 후 다음 회의에서 의결하겠습니다. 이의 없으십니까?\n(\"없습니다\" 하는 위원 있음)\n")
    spk(chair, "위원장")
    d.t("가결되었음을 선포합니다.\n")
    return "style%d" % style


def t_minutes_nopii(d):
    rng = d.rng
    d.t("제%d차 %s 회의 결과\n일시: " % (rng.randint(1, 20), rng.choice(["정책자문위원회", "규제개선협의회"])))
    d.neg(d_date(rng), "date")
    d.t("\n참석: 위원장 등 위원 9명, 간사(%s장)\n" % rng.choice(DEPTS))
    d.t("○ 위원 A: 안건 제2호의 예산 ")
    d.neg(amount(rng), "amount")
    d.t("은 과다하다고 봅니다.\n○ 위원 B: ")
    d.neg(rng.choice(STATUTES), "statute")
    d.t("의 취지를 고려해야 합니다.\n○ 위원장: 원안 가결합니다. 관련 문서는 ")
    d.neg(docno(rng), "document_number")
    d.t("로 통보 예정.\n")
    return "nopii_minutes"


def t_report(d):
    rng = d.rng
    sub = rng.choice(["traffic", "audit", "security", "safety"])
    if sub == "traffic":
        d.t("교통사고 발생 보고\n\n1. 발생일시: ")
        d.neg(d_date(rng), "date")
        d.t(" %02d:%02d경\n2. 발생장소: %s 교차로\n3. 관련 차량\n  가. 가해차량 " % (rng.randint(0, 23), rng.randint(0, 59), rng.choice(ROADS)))
        d.plate()
        d.t(" (운전자 ")
        drv = d.newname()
        d.per(drv)
        d.t(", 만 %d세, 운전면허 " % rng.randint(21, 75))
        d.dl()
        d.t(", 연락처 ")
        d.phone()
        d.t(")\n  나. 피해차량 ")
        d.plate()
        d.t(" (운전자 ")
        v = d.newname()
        d.per(v)
        d.t(", 면허번호 ")
        d.dl()
        d.t(")\n4. 피해 상황: ")
        d.per(v)
        d.t(josa(v, "은/는") + " 경추 염좌로 인근 병원에 이송되었으며, 동승자 ")
        d.name()
        d.t("(%d)%s 경상.\n5. 조치: 보험사 접수번호 " % (rng.randint(5, 70), rng.choice(["도", "는"])))
        d.neg("%s-%s" % (dg(rng, 8), dg(rng, 4)), "insurance_claim_number")
        d.t(", 견적 ")
        d.neg(amount(rng), "amount")
        d.t("\n보고자: %s " % rng.choice(TITLES))
        d.name()
        d.t("\n")
    elif sub == "audit":
        d.t("감사 결과 보고서 (%s 종합감사)\n\n1. 지적사항: 기초생활수급자 생계급여 부적정 지급\n" % rng.choice(LOCAL_GOV))
        d.t("  가. 사실관계: 담당자 ")
        d.neg(masked_name(rng), "masked_name")
        d.t("는 ")
        d.neg(d_date(rng), "date")
        d.t("부터 수급자 ")
        a = d.newname()
        d.per(a)
        d.t("(주민등록번호 ")
        d.rrn()
        d.t(")의 소득 변동을 확인하지 않은 채 생계급여 ")
        d.neg(amount(rng), "amount")
        d.t("을 ")
        bank = rng.choice(BANKS)
        d.t(bank + " ")
        d.acct(bank)
        d.t(" 계좌로 지급하였다.\n  나. 또한 수급자 ")
        b = d.newname()
        d.per(b)
        d.t(josa(b, "은/는") + " 사망(")
        d.neg(d_date(rng), "date")
        d.t(") 이후에도 급여가 지급되어 유족 ")
        d.name()
        d.t("(연락처 ")
        d.phone()
        d.t(")에게 환수를 통지하였다.\n2. 근거: ")
        d.neg(rng.choice(STATUTES), "statute")
        d.t("\n3. 조치: 주의 1건, 회수 ")
        d.neg(amount(rng), "amount")
        d.t("\n감사반장 %s " % rng.choice(["서기관", "감사관"]))
        d.name()
        d.t("  감사반원 ")
        d.name()
        d.t(", ")
        d.name()
        d.t("\n")
    elif sub == "security":
        d.t("개인정보 유출 사고 보고\n\n1. 개요: ")
        d.neg(d_date(rng), "date")
        d.t(" 민원 포털에서 비정상 접속이 확인됨.\n2. 접속 정보: 외부 IP ")
        d.ip("pub")
        d.t(", ")
        d.ip("pub")
        d.t(" / 사용 계정 ")
        d.neg("u%05d" % rng.randint(10000, 99999), "system_user_id")
        d.t(" / 브라우저 버전 ")
        d.neg("%d.0.%d.%d" % (rng.randint(100, 130), rng.randint(1000, 6999), rng.randint(10, 200)), "version_number")
        d.t("\n3. 유출 항목: 성명, 휴대전화번호, 이메일(예: ")
        d.name()
        d.t(" / ")
        d.phone()
        d.t(" / ")
        d.email()
        d.t(", ")
        d.name()
        d.t(" / ")
        d.phone()
        d.t(" / ")
        d.email()
        d.t(" 등 %d건)\n4. 조치: 해당 IP 차단, 정보주체 통지(" % rng.randint(12, 480))
        d.neg(rng.choice(STATUTES[:1] + ["「개인정보 보호법」 제34조"]), "statute")
        d.t(")\n보고자: 정보화담당관실 ")
        d.name()
        d.t(" (내선 %d)\n" % rng.randint(2000, 4999))
    else:
        d.t("안전사고 보고서\n\n사고일시: ")
        d.neg(d_date(rng), "date")
        d.t("\n장소: %s 체육관 공사현장\n부상자: " % rng.choice(LOCAL_GOV))
        a = d.newname()
        d.per(a)
        d.t(" (")
        d.dob()
        d.t("생, %s 소속 근로자, 연락처 " % rng.choice(COMPANIES))
        d.phone()
        d.t(")\n부상자(외국인): ")
        f = d.foreigner()
        d.per(f[1])
        d.t(" (%s, 외국인등록번호 " % f[2])
        d.frn()
        d.t(")\n경위: ")
        d.per(a)
        d.t(" 씨가 비계에서 추락하며 옆에 있던 ")
        d.per(f[0])
        d.t(" 씨와 부딪힘. 현장소장 ")
        d.name()
        d.t("이 119에 신고함.\n건강보험증번호(")
        d.per(a)
        d.t("): ")
        d.health()
        d.t("\n")
    return sub


def t_report_nopii(d):
    rng = d.rng
    d.t("%s 자체감사 결과 공개\n\n1. 감사기간: " % rng.choice(LOCAL_GOV))
    d.neg(d_date(rng), "date")
    d.t(" ~ ")
    d.neg(d_date(rng), "date")
    d.t("\n2. 지적사항: 계약 업무 부적정 3건(")
    d.neg(rng.choice(COMPANIES), "company_name")
    d.t(" 등), 회수 ")
    d.neg(amount(rng), "amount")
    d.t("\n3. 근거: ")
    d.neg(rng.choice(STATUTES), "statute")
    d.t("\n4. 관련자: 주무관 ")
    d.neg(masked_name(rng), "masked_name")
    d.t(", 팀장 ")
    d.neg(masked_name(rng), "masked_name")
    d.t(" (경고)\n문의: 감사담당관 대표전화 ")
    d.neg(switchboard(rng), "switchboard")
    d.t("\n")
    return "nopii_audit"


def t_judgment(d):
    rng = d.rng
    sub = rng.choice(["admin", "criminal", "adjudication", "civil"])
    if sub == "admin":
        d.t("%s행정법원 제%d부\n판    결\n\n사    건  " % (rng.choice(["서울", "대전", "광주", "부산"]), rng.randint(1, 14)))
        d.neg(case_no(rng), "case_number")
        d.t(" 영업정지처분취소\n원    고  ")
        p = d.newname()
        d.per(p)
        d.t("\n          ")
        d.addr(postal=False, ref=False)
        d.t("\n          소송대리인 변호사 ")
        d.name()
        d.t("\n피    고  ")
        d.neg(rng.choice(LOCAL_GOV) + "청장", "official_by_office")
        d.t("\n변론종결  ")
        d.neg(d_date(rng), "date")
        d.t("\n판결선고  ")
        d.neg(d_date(rng), "date")
        d.t("\n\n주    문\n1. 원고의 청구를 기각한다.\n\n이    유\n1. 처분의 경위\n가. 원고는 ")
        d.addr(postal=False, ref=False)
        d.t("에서 '%s'라는 상호로 일반음식점(사업자등록번호 " % rng.choice(["한울식당", "솔내분식", "가람주막", "들꽃카페"]))
        d.brn()
        d.t(")을 운영하는 사람이다.\n나. 피고는 ")
        d.neg(d_date(rng), "date")
        d.t(" 원고%s " % rng.choice(["가", "의 종업원 " ]))
        if rng.random() < 0.5:
            d.name()
            d.t("이 ")
        d.t("청소년에게 주류를 제공하였다는 이유로 ")
        d.neg("「식품위생법」 제75조", "statute")
        d.t("에 따라 영업정지 처분을 하였다.\n\n재판장 판사 ")
        d.name()
        d.t("   판사 ")
        d.name()
        d.t("   판사 ")
        d.name()
        d.t("\n")
    elif sub == "criminal":
        d.t("%s지방법원\n판    결\n\n사    건  " % rng.choice(["수원", "대구", "창원", "청주", "전주"]))
        d.neg(case_no(rng), "case_number")
        d.t(" 사기\n피 고 인  ")
        p = d.newname()
        d.per(p)
        d.t(" (")
        d.rrn(noise="masked")
        d.t("), %s\n          주거 " % rng.choice(["무직", "회사원", "자영업"]))
        d.addr(postal=False, ref=False)
        d.t("\n검    사  ")
        d.name()
        d.t("(기소), ")
        d.name()
        d.t("(공판)\n변 호 인  법무법인 %s 담당변호사 " % rng.choice(["가람", "누리", "한결"]))
        d.name()
        d.t("\n\n범 죄 사 실\n피고인은 ")
        d.neg(d_date(rng), "date")
        d.t(" 피해자 ")
        v = d.newname()
        d.per(v)
        d.t("에게 전화하여 검찰 수사관을 사칭하고 \"계좌가 범죄에 이용되었다\"고 거짓말하여, 이에 속은 피해자로부터 ")
        bank = rng.choice(BANKS)
        d.t(bank + " 계좌(")
        d.acct(bank)
        d.t(")로 ")
        d.neg(amount(rng), "amount")
        d.t("을 송금받았다. 피고인은 피해자 명의의 신용카드(")
        d.card()
        d.t(") 정보를 이용하여 물품을 구매하기도 하였다.\n\n판사 ")
        d.name()
        d.t("\n")
    elif sub == "adjudication":
        d.t("%s행정심판위원회\n재    결\n\n사건번호  " % rng.choice(["중앙", "서울특별시", "경기도"]))
        d.neg(case_no(rng), "case_number")
        d.t("\n사 건 명  %s\n청 구 인  " % rng.choice(["운전면허 취소처분 취소청구", "기초생활수급자 보장중지처분 취소청구", "과태료 부과처분 취소청구"]))
        p = d.newname()
        d.per(p)
        d.t("\n          ")
        d.addr(postal=False)
        d.t("\n피청구인  ")
        d.neg(rng.choice(["서울특별시경찰청장", "경기도남부경찰청장", rng.choice(LOCAL_GOV) + "청장"]), "official_by_office")
        d.t("\n\n주    문  청구인의 청구를 기각한다.\n\n이    유\n1. 사건개요: 청구인은 ")
        d.neg(d_date(rng), "date")
        d.t(" 혈중알코올농도 0.0%d%%의 술에 취한 상태로 %s 차량을 운전하였다는 이유로 피청구인으로부터 제1종 보통운전면허(" % (rng.randint(80, 99), rng.choice(["자신 소유의", "회사 소유의"])))
        d.dl()
        d.t(") 취소처분을 받았다. 위 차량의 등록번호는 ")
        d.plate()
        d.t("이다.\n2. 청구인 주장: 청구인%s 생계를 위해 운전이 필요하다.\n" % rng.choice(["은", "의 배우자 "]))
        d.t("\n위원장 ")
        d.name()
        d.t("  위원 ")
        d.name()
        d.t("  위원 ")
        d.name()
        d.t("\n")
    else:
        d.t("%s지방법원 %s지원\n결    정\n\n사    건  " % (rng.choice(["수원", "대전", "광주"]), rng.choice(["안산", "천안", "순천"])))
        d.neg(case_no(rng), "case_number")
        d.t(" 채권압류 및 추심명령\n채 권 자  ")
        d.neg(rng.choice(COMPANIES), "company_name")
        d.t(" (법인등록번호 ")
        d.crn()
        d.t(")\n          대표이사 ")
        d.name()
        d.t("\n채 무 자  ")
        p = d.newname()
        d.per(p)
        d.t(" (")
        d.rrn(noise=rng.choice(["masked", "auto"]))
        d.t(")\n          ")
        d.addr(postal=False)
        d.t("\n제3채무자  ")
        bank = rng.choice(BANKS)
        d.neg("주식회사 " + bank, "company_name")
        d.t("\n\n주    문\n채무자의 제3채무자에 대한 별지 목록 기재 예금채권(계좌번호 ")
        d.acct(bank)
        d.t(")을 압류한다. 청구금액 ")
        d.neg(amount(rng), "amount")
        d.t("\n\n사법보좌관 ")
        d.name()
        d.t("\n")
    return sub


def t_judgment_nopii(d):
    rng = d.rng
    d.t("판결 요지\n\n사건  ")
    d.neg(case_no(rng), "case_number")
    d.t("\n원고  A\n피고  ")
    d.neg(rng.choice(LOCAL_GOV) + "청장", "official_by_office")
    d.t("\n\n원고 A는 피고가 ")
    d.neg(d_date(rng), "date")
    d.t(" 한 정보공개거부처분의 취소를 구한다. 법원은 ")
    d.neg("「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호", "statute")
    d.t("에 따라 비공개 대상 정보에 해당한다고 보아 청구를 기각하였다(대법원 ")
    d.neg(case_no(rng), "case_number")
    d.t(" 판결 참조). 소송비용 ")
    d.neg(amount(rng), "amount")
    d.t("은 원고가 부담한다. 참고인 ")
    d.neg(masked_name(rng), "masked_name")
    d.t("의 진술은 배척한다.\n")
    return "nopii_summary"


def lab(d, label, sep=None):
    rng = d.rng
    sep = sep or rng.choice([": ", " : ", "  ", "\t", "：", " "])
    d.t(label + sep)


def t_form(d):
    rng = d.rng
    sub = rng.choice(["passport", "dl_cert", "frn_change", "frn_change", "subsidy", "fee_card", "business", "corp", "voucher"])
    title = {"passport": "여권 발급 신청서", "dl_cert": "운전경력증명서 발급 신청서", "frn_change": "외국인등록사항 변경신고서",
             "subsidy": "보조금 교부 신청서", "fee_card": "수수료 신용카드 납부 신청서", "business": "소상공인 경영안정자금 신청서",
             "corp": "법인 보조사업자 등록 신청서", "voucher": "에너지바우처 신청서"}[sub]
    d.t("■ %s [별지 제%d호서식]\n\n" % (title, rng.randint(1, 40)))
    nl = "\n"
    if sub == "frn_change":
        f = d.foreigner()
        lab(d, "성명(영문)")
        d.per(f[1])
        d.t(nl)
        lab(d, "성명(한글)")
        d.per(f[0])
        d.t(nl)
        lab(d, "국적")
        d.t(f[2] + nl)
        lab(d, "외국인등록번호")
        d.frn()
        d.t(nl)
        lab(d, "여권번호")
        d.p("KR_PASSPORT", gen_passport(rng, f[3]), f[3])
        d.t(nl)
        lab(d, "생년월일")
        d.dob(y0=1965, y1=2003)
        d.t(nl)
        lab(d, "변경 전 체류지")
        d.addr()
        d.t(nl)
        lab(d, "변경 후 체류지")
        d.addr()
        d.t(nl)
        lab(d, "전화")
        d.phone()
        d.t("   e-mail ")
        d.email()
        d.t(nl)
    else:
        nm = d.newname()
        lab(d, rng.choice(["성명", "성 명", "신청인 성명", "대표자 성명" if sub in ("business", "corp") else "성명"]))
        d.per(nm)
        if sub == "passport":
            d.t("   로마자 성명 ")
            d.p("PERSON", rng.choice(["KIM", "LEE", "PARK", "CHOI", "JUNG"]) + " " + rng.choice(["MINSU", "JIHYUN", "SEOYEON", "JUNHO", "HAEUN"]), "latin_romanized", None)
        d.t(nl)
        if sub != "corp":
            lab(d, rng.choice(["주민등록번호", "주민등록번호(외국인등록번호)"]))
            bd = rand_date(rng, 1950, 2004)
            d.rrn(date=bd)
            d.t(nl)
        lab(d, rng.choice(["주소", "주 소", "주소(거소)"]))
        d.addr()
        d.t(nl)
        lab(d, rng.choice(["전화번호", "연락처"]))
        d.phone(rng.choice(["mobile", "mobile", "landline"]))
        if rng.random() < 0.6:
            d.t("   휴대전화 ")
            d.phone()
        d.t(nl)
        lab(d, rng.choice(["전자우편", "이메일", "E-mail"]))
        d.email()
        d.t(nl)
        if sub == "passport":
            lab(d, "종전 여권번호")
            d.passport(kind="kr_old")
            d.t("  (재발급 사유: 분실)\n")
            lab(d, "긴급연락처")
            d.name()
            d.t(" (관계: %s) " % rng.choice(["배우자", "부", "모", "자녀"]))
            d.phone()
            d.t(nl)
        elif sub == "dl_cert":
            lab(d, "운전면허번호")
            d.dl()
            d.t(nl)
            lab(d, "생년월일")
            d.dob(date=bd)
            d.t(nl)
            lab(d, "차량등록번호")
            d.plate()
            d.t(nl)
        elif sub == "subsidy":
            bank = rng.choice(BANKS)
            lab(d, "입금계좌")
            d.t(bank + " ")
            d.acct(bank)
            d.t("  예금주 ")
            d.per(nm)
            d.t(nl)
            lab(d, "신청금액")
            d.neg(amount(rng), "amount")
            d.t(nl)
        elif sub == "fee_card":
            lab(d, "카드번호")
            d.card()
            d.t("  유효기간 %02d/%02d\n" % (rng.randint(1, 12), rng.randint(26, 31)))
            lab(d, "납부금액")
            d.neg(amount(rng), "amount")
            d.t(nl)
        elif sub == "business":
            lab(d, "상호")
            d.t(rng.choice(["한울식당", "솔내분식", "가람세탁소", "누리문구"]) + nl)
            lab(d, "사업자등록번호")
            d.brn()
            d.t(nl)
            lab(d, "사업장 전화")
            d.phone("landline")
            d.t(nl)
            bank = rng.choice(BANKS)
            lab(d, "지급계좌")
            d.t(bank + " ")
            d.acct(bank)
            d.t(nl)
        elif sub == "corp":
            lab(d, "법인명")
            d.neg(rng.choice(COMPANIES), "company_name")
            d.t(nl)
            lab(d, "법인등록번호")
            d.crn()
            d.t(nl)
            lab(d, "사업자등록번호")
            d.brn()
            d.t(nl)
        elif sub == "voucher":
            lab(d, "건강보험증번호")
            d.health()
            d.t(nl)
            lab(d, "국민행복카드 번호")
            d.card(kind=rng.choice(["bc", "local"]))
            d.t(nl)
            lab(d, "세대원")
            for i in range(rng.randint(1, 3)):
                if i:
                    d.t(", ")
                d.name()
                d.t("(")
                d.dob(form=rng.choice(["dot", "dot_pad", "yy_dot", "compact8"]))
                d.t(")")
            d.t(nl)
    d.t("\n위와 같이 신청합니다.\n")
    d.neg(d_date(rng), "date")
    d.t("\n신청인 ")
    d.per(nm if sub != "frn_change" else f[0])
    d.t(" (서명 또는 인)\n\n")
    d.neg(rng.choice(LOCAL_GOV) + "청장", "official_by_office")
    d.t(" 귀하\n※ 작성 예시: 성명 ")
    d.neg("홍길동", "placeholder")
    d.t(", 주민등록번호 ")
    d.neg("000000-0000000", "placeholder")
    d.t("\n")
    return sub


def t_form_nopii(d):
    rng = d.rng
    d.t("■ %s (빈 서식)\n\n성명: ____________\n주민등록번호: ______-_______\n주소: ______________________\n" % rng.choice(["개인정보 수집·이용 동의서", "정보공개 청구서", "민원 신청서"]))
    d.t("전화번호: (   )    -\n\n※ 작성 예시: 성명 ")
    d.neg("홍길동", "placeholder")
    d.t(", 주민등록번호 ")
    d.neg("000000-0000000", "placeholder")
    d.t(", 전화 ")
    d.neg("010-0000-0000", "placeholder")
    d.t("\n※ 수수료: ")
    d.neg(amount(rng), "amount")
    d.t(" (")
    d.neg(rng.choice(STATUTES), "statute")
    d.t(")\n※ 문의: ")
    d.neg(special_number(rng), "special_number")
    d.t(" / 접수처 ")
    d.neg(agency_address(rng), "institution_address")
    d.t("\n")
    return "nopii_blank"


def table_sep(rng):
    return rng.choice([" | ", "|", "\t", "   ", "  "])


def t_table(d):
    rng = d.rng
    sub = rng.choice(["roster_header", "headerless_name", "bare_names", "foreign_workers", "foreign_workers", "foreign_workers",
                      "payout", "card_refund", "drivers", "contacts", "vendors"])
    sep = table_sep(rng)
    n = rng.randint(3, 7)
    if sub == "roster_header":
        d.t("%s 참석자 명단\n" % rng.choice(["주민자치회", "자원봉사단", "교육 수료자", "현장점검단"]))
        d.t(sep.join(["연번", "성명", "생년월일", "연락처", "비고"]) + "\n")
        for i in range(n):
            d.t(str(i + 1) + sep)
            d.name()
            d.t(sep)
            d.dob(form=rng.choice(["dot_pad", "yy_dot", "compact6", "iso", "dot"]))
            d.t(sep)
            d.phone()
            d.t(sep + rng.choice(["", "대리참석", "신규", "-"]) + "\n")
    elif sub == "headerless_name":
        d.t(sep.join(["순번", "소속", "", "직위", "연락처", "이메일"]) + "\n")
        for i in range(n):
            d.t(str(i + 1) + sep + rng.choice(DEPTS) + sep)
            d.name()
            d.t(sep + rng.choice(TITLES) + sep)
            d.phone("official")
            d.t(sep)
            d.email(official=True)
            d.t("\n")
    elif sub == "bare_names":
        d.t("%s\n" % rng.choice(["[표창 대상자]", "<교육 이수자>", "붙임 2. 선정자 명단", "■ 합격자(가나다순)"]))
        for i in range(n + 2):
            d.name(style=rng.choice([None, None, None, "two", "four", "word"]))
            d.t("\n")
        d.t("(총 %d명)\n" % (n + 2))
    elif sub == "foreign_workers":
        d.t("외국인 근로자 고용 현황 (사업장: ")
        d.neg(rng.choice(COMPANIES), "company_name")
        d.t(")\n" + sep.join(["번호", "성명(영문)", "국적", "외국인등록번호", "여권번호", "입국일"]) + "\n")
        for i in range(n):
            f = d.foreigner()
            d.t(str(i + 1) + sep)
            d.per(f[1] if rng.random() < 0.7 else f[0])
            d.t(sep + f[2] + sep)
            d.frn()
            d.t(sep)
            d.p("KR_PASSPORT", gen_passport(rng, f[3]), f[3])
            d.t(sep)
            d.neg(d_date(rng, 2019, 2024), "date")
            d.t("\n")
    elif sub == "payout":
        d.t("%s 지급 명단\n" % rng.choice(["재난지원금", "청년 월세 지원금", "참여수당", "출산장려금"]))
        hdr = ["성명", "은행", "계좌번호", "예금주", "금액"]
        if rng.random() < 0.4:
            hdr[0] = ""
        d.t(sep.join(hdr) + "\n")
        for i in range(n):
            nm = d.newname()
            d.per(nm)
            bank = rng.choice(BANKS)
            d.t(sep + bank + sep)
            d.acct(bank)
            d.t(sep)
            if rng.random() < 0.8:
                d.per(nm)
            else:
                d.name()
            d.t(sep)
            d.neg(amount(rng), "amount")
            d.t("\n")
    elif sub == "card_refund":
        d.t("수수료 카드결제 취소 대상\n" + sep.join(["No", "결제자", "카드번호", "승인번호", "취소금액"]) + "\n")
        for i in range(n):
            d.t(str(i + 1) + sep)
            d.name()
            d.t(sep)
            d.card()
            d.t(sep)
            d.neg(dg(rng, 8), "approval_number")
            d.t(sep)
            d.neg(amount(rng), "amount")
            d.t("\n")
    elif sub == "vendors":
        d.t("입찰 참가업체 현황\n" + sep.join(["업체명", "대표자", "사업자등록번호", "법인등록번호", "연락처"]) + "\n")
        for i in range(n):
            d.neg(rng.choice(COMPANIES), "company_name")
            d.t(sep)
            d.name()
            d.t(sep)
            d.brn()
            d.t(sep)
            if rng.random() < 0.75:
                d.crn()
            else:
                d.t("-")
            d.t(sep)
            d.phone(rng.choice(["landline", "070", "mobile"]))
            d.t("\n")
    elif sub == "drivers":
        d.t("통학차량 운전자 현황\n" + sep.join(["성명", "면허번호", "차량번호", "휴대전화", "주민등록번호"]) + "\n")
        for i in range(n):
            d.name()
            d.t(sep)
            d.dl()
            d.t(sep)
            d.plate()
            d.t(sep)
            d.phone()
            d.t(sep)
            d.rrn(noise=rng.choice(["masked", "auto"]))
            d.t("\n")
    else:
        d.t("비상연락망\n" + sep.join(["성명", "직급", "자택주소", "휴대전화", "개인메일"]) + "\n")
        for i in range(n):
            d.name()
            d.t(sep + rng.choice(["6급", "7급", "8급", "9급", "5급"]) + sep)
            d.addr(postal=False, ref=False)
            d.t(sep)
            d.phone()
            d.t(sep)
            d.email()
            d.t("\n")
    return sub


def t_table_nopii(d):
    rng = d.rng
    sep = table_sep(rng)
    sub = rng.choice(["agencies", "budget"])
    if sub == "agencies":
        d.t("관계기관 연락처\n" + sep.join(["기관명", "대표전화", "주소"]) + "\n")
        for g in rng.sample(LOCAL_GOV, 4):
            d.t(g + "청" + sep)
            d.neg(switchboard(rng), "switchboard")
            d.t(sep)
            d.neg(agency_address(rng), "institution_address")
            d.t("\n")
        d.t("국민건강보험공단" + sep)
        d.neg("1577-1000", "special_number")
        d.t(sep + "-\n")
    else:
        d.t(sep.join(["사업명", "근거", "예산", "공고번호"]) + "\n")
        for i in range(4):
            d.t(rng.choice(["청년 일자리", "경로당 냉방비", "공공 와이파이", "도로 정비"]) + sep)
            d.neg(rng.choice(STATUTES), "statute")
            d.t(sep)
            d.neg(amount(rng), "amount")
            d.t(sep)
            d.neg("%d%s-00" % (rng.randint(2023, 2025), dg(rng, 7)), "bid_number")
            d.t("\n")
    return "nopii_" + sub


def t_log(d):
    rng = d.rng
    sub = rng.choice(["kv", "pipe", "csv", "prose"])
    n = rng.randint(4, 8)
    users = [(d.newname(), "u%05d" % rng.randint(10000, 99999)) for _ in range(rng.randint(2, 3))]
    if sub != "prose":
        d.t("[개인정보처리시스템 접속기록] 시스템: %s / 추출일 " % rng.choice(["사회보장정보시스템", "새올행정시스템", "지방세정보시스템", "민원24 관리자"]))
        d.neg(d_date(rng), "date")
        d.t("\n")
        if sub == "csv":
            d.t("timestamp,user_id,name,ip,action,target\n")
    for i in range(n):
        nm, uid = rng.choice(users)
        ts = "2025-%02d-%02d %02d:%02d:%02d" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(8, 19), rng.randint(0, 59), rng.randint(0, 59))
        act = rng.choice(["조회", "수정", "다운로드", "출력", "로그인"])
        if sub == "kv":
            d.t(ts + " user=")
            d.neg(uid, "system_user_id")
            d.t(" name=")
            d.per(nm)
            d.t(" ip=")
            d.ip()
            d.t(" action=%s" % act)
        elif sub == "pipe":
            d.t(ts + " | ")
            d.neg(uid, "system_user_id")
            d.t(" | ")
            d.per(nm)
            d.t(" | ")
            d.ip()
            d.t(" | " + act)
        elif sub == "csv":
            d.t(ts + ",")
            d.neg(uid, "system_user_id")
            d.t(",")
            d.per(nm)
            d.t(",")
            d.ip()
            d.t("," + act)
        else:
            d.t("%s %s(" % (ts, rng.choice(["접속자", "처리자"])))
            d.neg(uid, "system_user_id")
            d.t(") ")
            d.per(nm)
            d.t(josa(nm, "이/가") + rng.choice([" IP ", " 단말 IP "]))
            d.ip()
            d.t("에서 접속하여 정보주체 자료를 %s함" % act)
        if act != "로그인":
            r = rng.random()
            d.t({"kv": " target=", "pipe": " | 대상: ", "csv": ",", "prose": " (대상: "}[sub])
            if r < 0.4:
                d.name()
                d.t("(")
                d.rrn(noise="masked")
                d.t(")")
            elif r < 0.6:
                d.name()
                d.t("/")
                d.phone(noise=rng.choice(["masked", "auto"]))
            elif r < 0.75:
                d.t("외국인 ")
                f = d.foreigner()
                d.per(f[1])
                d.t(" ")
                d.frn(noise=rng.choice(["masked", "auto"]))
            else:
                d.t("사건번호 ")
                d.neg(case_no(rng), "case_number")
            if sub == "prose":
                d.t(")")
        d.t("\n")
    d.t("※ 접속 서버 버전 ")
    d.neg("%d.%d.%d" % (rng.randint(1, 12), rng.randint(0, 9), rng.randint(0, 40)), "version_number")
    d.t(", 점검자 %s " % rng.choice(TITLES))
    d.name()
    d.t("\n")
    return sub


def t_log_nopii(d):
    rng = d.rng
    d.t("[시스템 점검 로그]\n")
    for i in range(rng.randint(4, 7)):
        d.t("2025-%02d-%02d %02d:%02d batch=" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59)))
        d.neg("job-%d" % rng.randint(100, 999), "job_id")
        d.t(" user=")
        d.neg("u%05d" % rng.randint(10000, 99999), "system_user_id")
        d.t(" ver=")
        d.neg("%d.%d.%d.%d" % (rng.randint(1, 12), rng.randint(0, 9), rng.randint(1000, 19999), rng.randint(0, 9999)), "version_number")
        d.t(" status=%s\n" % rng.choice(["OK", "WARN", "RETRY"]))
    d.t("장비 S/N ")
    d.neg("%s%s-%s" % (rng.choice(["KR", "SN", "HX"]), dg(rng, 6), dg(rng, 4)), "product_serial")
    d.t(" / 유지보수 ")
    d.neg(special_number(rng), "special_number")
    d.t("\n")
    return "nopii_batch"


def t_contract(d):
    rng = d.rng
    sub = rng.choice(["service", "lease", "labor_foreign", "labor_foreign", "purchase"])
    agency = rng.choice(LOCAL_GOV) + "청"
    if sub == "lease":
        d.t("부동산 임대차 계약서\n\n임대인(갑)\n  성명: ")
        a = d.newname()
        d.per(a)
        d.t("  주민등록번호: ")
        d.rrn()
        d.t("\n  주소: ")
        d.addr()
        d.t("\n  전화: ")
        d.phone()
        d.t("\n임차인(을)\n  성명: ")
        b = d.newname()
        d.per(b)
        d.t("  주민등록번호: ")
        d.rrn()
        d.t("\n  주소: ")
        d.addr()
        d.t("\n  전화: ")
        d.phone()
        d.t("\n\n제1조(목적물) ")
        d.t("임대인 소유 주택을 임차인에게 임대한다.\n제2조(보증금) 보증금 ")
        d.neg(amount(rng), "amount")
        d.t("은 임대인 명의 계좌(")
        bank = rng.choice(BANKS)
        d.t(bank + " ")
        d.acct(bank)
        d.t(", 예금주 ")
        d.per(a)
        d.t(")로 지급한다.\n제3조(기간) ")
        d.neg(d_date(rng), "date")
        d.t("부터 24개월\n\n공인중개사 ")
        d.name()
        d.t(" (등록번호 ")
        d.neg("%d%s-%d-%s" % (rng.randint(11, 48), dg(rng, 3), rng.randint(2015, 2024), dg(rng, 5)), "broker_registration_number")
        d.t(", 사업자등록번호 ")
        d.brn()
        d.t(")\n")
    elif sub == "labor_foreign":
        f = d.foreigner()
        d.t("표준근로계약서 (외국인근로자용)\n\n사용자  업체명: ")
        d.neg(rng.choice(COMPANIES), "company_name")
        d.t("  대표자: ")
        d.name()
        d.t("  사업자등록번호: ")
        d.brn()
        if rng.random() < 0.6:
            d.t("  법인등록번호: ")
            d.crn()
        d.t("\n        소재지: ")
        d.addr(postal=False, ref=False)
        d.t("  전화: ")
        d.phone("landline")
        d.t("\n근로자  성명: ")
        d.per(f[1])
        d.t(" (")
        d.per(f[0])
        d.t(")  국적: %s\n        생년월일: " % f[2])
        d.dob(y0=1975, y1=2003)
        d.t("  여권번호: ")
        d.p("KR_PASSPORT", gen_passport(rng, f[3]), f[3])
        d.t("\n        외국인등록번호: ")
        d.frn()
        d.t("  연락처: ")
        d.phone()
        d.t("\n\n1. 근로계약기간: ")
        d.neg(d_date(rng), "date")
        d.t("부터 3년\n2. 임금: 월 ")
        d.neg(amount(rng), "amount")
        d.t(", 매월 10일 근로자 명의 계좌(")
        bank = rng.choice(BANKS)
        d.t(bank + " ")
        d.acct(bank)
        d.t(")로 지급\n3. ")
        d.neg("「외국인근로자의 고용 등에 관한 법률」 제9조", "statute")
        d.t("에 따라 작성함.\n")
    else:
        co = rng.choice(COMPANIES)
        d.t("%s 계약서\n\n계약번호: " % ("용역" if sub == "service" else "물품구매"))
        d.neg(reception_no(rng), "contract_number")
        d.t("\n계약금액: ")
        d.neg(amount(rng), "amount")
        d.t("\n\n발주기관(갑): %s  주소: " % agency)
        d.neg(agency_address(rng), "institution_address")
        d.t("  대표전화: ")
        d.neg(switchboard(rng), "switchboard")
        d.t("  고유번호: ")
        d.neg(agency_brn(rng), "agency_tax_id")
        d.t("\n계약상대자(을): ")
        d.neg(co, "company_name")
        d.t("\n  대표자: ")
        rep = d.newname()
        d.per(rep)
        d.t("  사업자등록번호: ")
        d.brn()
        d.t("  법인등록번호: ")
        d.crn()
        d.t("\n  주소: ")
        d.addr(postal=rng.random() < 0.5)
        d.t("\n  전화: ")
        d.phone(rng.choice(["landline", "070"]))
        d.t("  담당자: ")
        d.name()
        d.t(" (")
        d.phone()
        d.t(", ")
        d.email(company=rng.choice(["hanbit-eng.co.kr", "nurisoft.kr", "garam.co.kr", "mirit.com"]))
        d.t(")\n\n제5조(대금 지급) 갑은 검수 완료 후 을의 지정계좌(")
        bank = rng.choice(BANKS)
        d.t(bank + " ")
        d.acct(bank)
        d.t(", 예금주 ")
        if rng.random() < 0.5:
            d.neg(co, "company_name")
        else:
            d.per(rep)
        d.t(")로 대금을 지급한다.\n제9조 ")
        d.neg("「국가를 당사자로 하는 계약에 관한 법률 시행령」 제64조", "statute")
        d.t("에 따른 계약보증금 ")
        d.neg(amount(rng), "amount")
        d.t("\n\n갑 ")
        d.neg(head_of(agency), "official_by_office")
        d.t(" (인)   을 대표 ")
        d.per(rep)
        d.t(" (인)\n")
    return sub


def t_contract_nopii(d):
    rng = d.rng
    d.t("용역 계약 일반조건 (표준)\n\n제1조 이 조건은 ")
    d.neg("「국가를 당사자로 하는 계약에 관한 법률」 제11조", "statute")
    d.t("에 따른다.\n제2조 계약상대자는 ")
    d.neg("B사", "placeholder")
    d.t("로 표시하고, 발주기관 ")
    d.neg(rng.choice(LOCAL_GOV) + "청장", "official_by_office")
    d.t("은 갑으로 한다.\n제3조 지체상금률은 1일 1천분의 0.5, 상한 ")
    d.neg(amount(rng), "amount")
    d.t("\n제4조 대금은 발주기관 세입세출외현금 계좌(")
    d.neg("%s-%s-%s" % (dg(rng, 3), dg(rng, 6), dg(rng, 5)), "institution_account")
    d.t(")에서 지급한다.\n")
    return "nopii_general_terms"


def t_welfare(d):
    rng = d.rng
    sub = rng.choice(["emergency", "multicultural", "elderly", "child"])
    d.t("%s 상담기록지\n\n상담일자: " % rng.choice(["통합사례관리", "긴급복지", "찾아가는 복지"]))
    d.neg(d_date(rng), "date")
    d.t("   상담자: %s " % rng.choice(["사회복지주무관", "통합사례관리사", "복지팀장"]))
    d.name()
    d.t("\n")
    if sub == "multicultural":
        f = d.foreigner()
        d.t("대상자: ")
        d.per(f[0])
        d.t(" (%s, 결혼이민자, 외국인등록번호 " % f[2])
        d.frn()
        d.t(")\n배우자: ")
        sp = d.newname()
        d.per(sp)
        d.t(" (")
        d.rrn()
        d.t(")  자녀: ")
        c = d.newname()
        d.per(c)
        d.t(" (")
        d.dob(y0=2015, y1=2023)
        d.t(" 생)\n주소: ")
        d.addr()
        d.t("\n연락처: ")
        d.phone()
        d.t(" (통역 필요, 베트남어)\n\n상담내용: 대상자는 배우자 ")
        d.per(sp)
        d.t(josa(sp, "이/가") + " 실직한 후 생계가 어렵다고 호소함. 여권(")
        d.p("KR_PASSPORT", gen_passport(rng, f[3]), f[3])
        d.t(") 만료가 임박하여 대사관 연계 필요. ")
        d.per(f[0])
        d.t(" 씨는 \"아이 어린이집 비용이 걱정\"이라고 말함.\n")
    else:
        nm = d.newname()
        female = rng.random() < 0.6
        d.t("대상자: ")
        d.per(nm)
        d.t(" (%s, " % ("여" if female else "남"))
        bd = rand_date(rng, 1935, 1955) if sub == "elderly" else rand_date(rng, 1965, 1995)
        d.dob(date=bd)
        d.t("생)\n주민등록번호: ")
        d.rrn(female=female, date=bd)
        d.t("\n주소: ")
        d.addr()
        d.t("\n연락처: ")
        d.phone()
        if rng.random() < 0.5:
            d.t(" / 자택 ")
            d.phone("landline")
        d.t("\n건강보험증번호: ")
        d.health()
        d.t("\n가구원: ")
        for i in range(rng.randint(1, 3)):
            if i:
                d.t(", ")
            rel = rng.choice(["자녀", "손자", "배우자", "모"]) if sub != "child" else rng.choice(["자녀", "자녀", "손녀"])
            d.t(rel + " ")
            c = d.newname(style=rng.choice([None, "two", "word"]))
            d.per(c)
            if rel in ("자녀", "손자", "손녀") and (sub == "child" or rng.random() < 0.4):
                d.t("(")
                d.rrn(kind="post2020")
                d.t(")")
            else:
                d.t("(%d)" % rng.randint(3, 80))
        d.t("\n\n상담내용: ")
        d.per(nm)
        d.t("%s %s 이후 소득이 끊겨 %s을 신청함. " % (" 님은" if rng.random() < 0.5 else josa(nm, "은/는"), rng.choice(["질병 입원", "폐업", "실직", "배우자 사망"]), rng.choice(["긴급 생계지원", "주거급여", "의료급여"])))
        d.t("지원금 ")
        d.neg(amount(rng), "amount")
        d.t("은 ")
        bank = rng.choice(BANKS)
        d.t(bank + " ")
        d.acct(bank)
        d.t(" (예금주 ")
        d.per(nm)
        d.t(")으로 지급 예정. 국민행복카드(")
        d.card(kind=rng.choice(["bc", "local", "visa"]))
        d.t(")로 바우처 이용 중.\n")
        if rng.random() < 0.5:
            d.t("비상연락: 이웃 ")
            d.name()
            d.t("님 ")
            d.phone()
            d.t("\n")
    d.t("향후계획: ")
    d.neg(d_date(rng), "date")
    d.t(" 재방문, ")
    d.neg(rng.choice(STATUTES[2:4] + STATUTES[13:14]), "statute")
    d.t(" 검토\n")
    return sub


def t_statement(d):
    rng = d.rng
    sub = rng.choice(["fraud_victim", "accident_witness", "lost_card", "complaint_prose"])
    if sub == "complaint_prose":
        d.t("진술서\n\n저는 ")
        nm = d.newname()
        d.per(nm)
        d.t("이고 ")
        d.dob(form=rng.choice(["kor", "kor_short", "dot_space"]))
        d.t("생으로 ")
        d.addr(postal=False)
        d.t("에 살고 있습니다. ")
        d.neg(d_date(rng), "date")
        d.t(" 저녁 아랫집에 사는 ")
        n2 = d.newname()
        d.per(n2)
        d.t(" 씨와 층간소음 문제로 다툼이 있었습니다. ")
        d.per(n2)
        d.t(" 씨가 제 차(")
        d.plate()
        d.t(")를 발로 찼고, 이를 본 경비원 ")
        n3 = d.newname(style=rng.choice([None, "word", "two"]))
        d.per(n3)
        d.t(" 씨가 말렸습니다. 제 연락처는 ")
        d.phone(noise=rng.choice(["auto", "hangul_digits"]))
        d.t("이고 이메일은 ")
        d.email()
        d.t("입니다.\n\n")
        d.neg(d_date(rng), "date")
        d.t("  진술인 ")
        d.per(nm)
        d.t(" (인)\n")
        return sub
    d.t("진 술 조 서\n\n성    명: ")
    nm = d.newname()
    d.per(nm)
    d.t("\n주민등록번호: ")
    d.rrn()
    d.t("\n직    업: %s\n주    거: " % rng.choice(["회사원", "자영업", "주부", "학생", "무직"]))
    d.addr(postal=False)
    d.t("\n연 락 처: 휴대전화 ")
    d.phone()
    d.t("  자택 ")
    d.phone("landline")
    d.t("\n\n위의 사람은 ")
    if sub == "fraud_victim":
        sus = d.newname()
        d.t("피의자 ")
        d.per(sus)
        d.t("에 대한 사기 피의사건에 관하여 ")
        d.neg(d_date(rng), "date")
        d.t(" %s경찰서 수사과 사무실에 임의 출석하여 다음과 같이 진술하다.\n\n" % rng.choice(["마포", "수원남부", "해운대", "유성"]))
        d.t("문: 피해 경위를 진술하시오.\n답: 중고거래 앱에서 ")
        d.per(sus)
        d.t(josa(sus, "이/가") + " 노트북을 판다고 해서 ")
        bank = rng.choice(BANKS)
        d.t(bank + " ")
        d.acct(bank)
        d.t(" 계좌로 ")
        d.neg(amount(rng), "amount")
        d.t("을 보냈는데 물건이 오지 않았습니다. 판매자 연락처는 ")
        d.phone()
        d.t("였습니다.\n문: 카드로 결제한 사실도 있나요?\n답: 네, 제 카드 ")
        d.card()
        d.t("로 배송비를 결제했습니다. 상품 일련번호는 ")
        d.neg("SN-%s%s" % (rng.choice(["A", "K", "Z"]), dg(rng, 9)), "product_serial")
        d.t("이라고 했습니다.\n")
    elif sub == "accident_witness":
        d.t("교통사고 사건의 참고인으로서 다음과 같이 진술하다.\n\n문: 진술인의 운전면허번호는?\n답: ")
        d.dl()
        d.t("입니다.\n문: 목격한 내용을 말하시오.\n답: ")
        d.plate()
        d.t(" 차량이 신호를 무시하고 진입하여 ")
        d.plate()
        d.t(" 차량을 들이받았습니다. 가해 운전자는 ")
        a = d.newname()
        d.per(a)
        d.t("라고 자신을 소개하며 면허증(")
        d.dl()
        d.t(")을 보여주었습니다.\n")
    else:
        d.t("분실 신용카드 부정사용 사건에 관하여 진술하다.\n\n문: 분실한 카드 번호는?\n답: ")
        d.card()
        d.t("와 ")
        d.card()
        d.t(" 두 장입니다.\n문: 부정사용 내역을 언제 알았나요?\n답: ")
        d.neg(d_date(rng), "date")
        d.t(" 카드사 고객센터(")
        d.neg(special_number(rng), "special_number")
        d.t(")에서 연락을 받았습니다. 가맹점 사업자등록번호가 ")
        d.brn()
        d.t("로 찍혀 있었습니다. 외국인 동료 ")
        f = d.foreigner()
        d.per(f[0])
        d.t(" 씨(여권번호 ")
        d.p("KR_PASSPORT", gen_passport(rng, f[3]), f[3])
        d.t(")가 습득했다가 돌려주었다고 합니다.\n")
    d.t("\n위의 조서를 진술자에게 열람하게 하였던바 진술한 대로 오기나 증감·변경할 것이 없다고 말하므로 간인한 후 서명하게 하다.\n진술자 ")
    d.per(nm)
    d.t("\n%s " % rng.choice(["사법경찰관 경위", "사법경찰리 경사", "조사관"]))
    d.name()
    d.t("\n")
    return sub


def t_hr(d):
    rng = d.rng
    sub = rng.choice(["card", "order_list", "overseas_trip", "leave"])
    if sub == "card":
        d.t("인사기록카드\n\n성명 ")
        nm = d.newname()
        d.per(nm)
        d.t("   영문 ")
        d.p("PERSON", rng.choice(["KIM", "LEE", "PARK", "YOON", "HAN"]) + " " + rng.choice(["MINJI", "DOHYUN", "SUAH", "JIWOO", "HYERIN"]), "latin_romanized", None)
        d.t("\n주민등록번호 ")
        bd = rand_date(rng, 1965, 2000)
        d.rrn(date=bd)
        d.t("   생년월일 ")
        d.dob(date=bd)
        d.t("\n주소 ")
        d.addr()
        d.t("\n휴대전화 ")
        d.phone()
        d.t("   비상연락처 ")
        d.phone()
        d.t(" (배우자 ")
        d.name()
        d.t(")\n급여계좌 ")
        bank = rng.choice(BANKS)
        d.t(bank + " ")
        d.acct(bank)
        d.t("\n운전면허 ")
        d.dl()
        d.t("   건강보험 ")
        d.health()
        d.t("\n임용 ")
        d.neg(d_date(rng, 2005, 2020), "date")
        d.t(" 지방행정서기보(9급)   현 직급 %s\n" % rng.choice(["6급", "7급", "5급"]))
    elif sub == "order_list":
        d.t("인사발령 (")
        d.neg(d_date(rng), "date")
        d.t(" 자)\n")
        for i in range(rng.randint(4, 8)):
            kind = rng.choice(["승진", "전보", "신규임용", "직무대리", "파견"])
            d.t("%s  %s  %s  " % (kind, rng.choice(["행정사무관", "행정주사", "전산주사보", "사회복지주사"]), rng.choice(DEPTS)))
            d.name(style=rng.choice([None, None, "two", "four", "word"]))
            d.t("\n")
        d.t("발령권자 ")
        d.neg(rng.choice(LOCAL_GOV) + "청장", "official_by_office")
        d.t("\n")
    elif sub == "overseas_trip":
        d.t("공무국외출장 명단 (관용여권)\n")
        sep = table_sep(rng)
        d.t(sep.join(["소속", "직급", "성명", "여권번호", "휴대전화"]) + "\n")
        for i in range(rng.randint(3, 5)):
            d.t(rng.choice(DEPTS) + sep + rng.choice(["서기관", "사무관", "주무관"]) + sep)
            d.name()
            d.t(sep)
            d.passport(kind=rng.choice(["kr_g", "kr_new", "kr_old"]))
            d.t(sep)
            d.phone()
            d.t("\n")
        d.t("출장기간: ")
        d.neg(d_date(rng), "date")
        d.t(" ~ ")
        d.neg(d_date(rng), "date")
        d.t("  여비 총액 ")
        d.neg(amount(rng), "amount")
        d.t("\n")
    else:
        d.t("육아휴직 신청서\n\n신청인: %s " % rng.choice(DEPTS))
        nm = d.newname()
        d.per(nm)
        d.t(" %s\n자녀: " % rng.choice(TITLES))
        c = d.newname(style=rng.choice([None, "two", "word"]))
        d.per(c)
        d.t(" (주민등록번호 ")
        d.rrn(kind="post2020")
        d.t(", 생년월일 ")
        d.dob(y0=2021, y1=2024)
        d.t(")\n휴직기간: ")
        d.neg(d_date(rng), "date")
        d.t("부터 1년\n근거: ")
        d.neg("「지방공무원법」 제63조 제2항 제4호", "statute")
        d.t("\n휴직 중 연락처: ")
        d.phone()
        d.t(" / ")
        d.email()
        d.t("\n")
    return sub


def t_email(d):
    rng = d.rng
    sub = rng.choice(["citizen_to_official", "official_reply", "forwarded", "employer"])
    if sub == "citizen_to_official":
        nm = d.newname()
        off = d.newname()
        d.t("From: ")
        d.per(nm)
        d.t(" <")
        e = gen_email(rng)
        d.p("EMAIL_ADDRESS", e, "personal", None)
        d.t(">\nTo: ")
        d.per(off)
        d.t(" <")
        d.email(official=True, noise=None)
        d.t(">\nDate: %s, %d %s 2025 %02d:%02d:%02d +0900\nSubject: [문의] %s\n\n" % (rng.choice(["Mon", "Tue", "Wed", "Thu", "Fri"]), rng.randint(1, 28), rng.choice(["Jan", "Mar", "May", "Jul", "Sep", "Nov"]), rng.randint(8, 22), rng.randint(0, 59), rng.randint(0, 59), rng.choice(["환급 요청드립니다", "서류 재제출", "카드 결제 취소 문의"])))
        d.per(off)
        d.t(" 주무관님께,\n\n안녕하세요. 지난주 통화드린 ")
        d.per(nm)
        d.t("입니다. 요청하신 서류 보내드립니다.\n- 주민등록번호: ")
        d.rrn()
        d.t("\n- 환급 계좌: ")
        bank = rng.choice(BANKS)
        d.t(bank + " ")
        d.acct(bank)
        d.t("\n- 결제 카드: ")
        d.card()
        d.t("\n혹시 메일이 안 되면 ")
        d.p("EMAIL_ADDRESS", e, "personal", rng.choice(["at_bracket", "at_paren", "at_spaced", "at_fullwidth", "dot_bracket"]))
        d.t(" 로도 보내주세요. 휴대폰은 ")
        d.phone()
        d.t("입니다.\n\n감사합니다.\n")
        d.per(nm)
        d.t(" 드림\n")
    elif sub == "official_reply":
        off = d.newname()
        c = d.newname()
        d.t("보낸사람: ")
        d.per(off)
        d.t(" <")
        d.email(official=True)
        d.t(">\n받는사람: ")
        d.email()
        d.t("\n제목: RE: 여권 재발급 관련 회신\n\n")
        d.per(c)
        d.t("님, 문의하신 여권(")
        d.passport()
        d.t(")은 분실 신고 처리되어 재사용이 불가합니다. 신청 시 신분증(운전면허 ")
        d.dl()
        d.t(")을 지참하시기 바랍니다. 신청서에 적힌 주소(")
        d.addr(postal=False, ref=False)
        d.t(")로 등기 발송됩니다(등기번호 ")
        d.neg(dg(rng, 13), "registered_mail_number")
        d.t(").\n\n--\n")
        d.per(off)
        d.t(" | %s %s %s\nT. " % (rng.choice(LOCAL_GOV) + "청", rng.choice(DEPTS), rng.choice(TITLES)))
        d.phone("official")
        d.t("  F. ")
        d.phone("official")
        d.t("\n")
        d.neg(agency_address(rng), "institution_address")
        d.t("\n대표 ")
        d.neg(switchboard(rng), "switchboard")
        d.t(" | 민원 ")
        d.neg("minwon@%s.go.kr" % rng.choice(["mapo", "suwon", "cheonan", "gimhae"]), "institution_email")
        d.t("\n")
    elif sub == "employer":
        a = d.newname()
        d.t("From: ")
        d.per(a)
        d.t(" <")
        d.email(company=rng.choice(["garam.co.kr", "duraelogis.com", "haetsal-energy.kr"]))
        d.t(">\nTo: 고용센터 외국인력팀 <")
        d.neg("foreign@%s.go.kr" % rng.choice(["moel", "ei"]), "institution_email")
        d.t(">\nSubject: 고용변동 신고 자료 송부\n\n담당 주무관님께,\n사업장(사업자등록번호 ")
        d.brn()
        d.t(") 외국인 근로자 고용변동 자료 보내드립니다.\n")
        for i in range(rng.randint(2, 4)):
            f = d.foreigner()
            d.t("%d) " % (i + 1))
            d.per(f[1] if rng.random() < 0.5 else f[0])
            d.t(" / %s / 등록번호 " % f[2])
            d.frn()
            d.t(" / 여권 ")
            d.p("KR_PASSPORT", gen_passport(rng, f[3]), f[3])
            d.t(" / %s\n" % rng.choice(["사업장 변경", "근로계약 연장", "이탈", "출국"]))
        d.t("문의는 제 휴대폰 ")
        d.phone()
        d.t("으로 주세요.\n")
        d.per(a)
        d.t(" 드림 (인사총무팀)\n")
    else:
        a = d.newname()
        b = d.newname()
        d.t("---------- Forwarded message ---------\n보낸사람: ")
        d.per(a)
        d.t(" ")
        d.email(official=True)
        d.t("\n날짜: ")
        d.neg(d_date(rng), "date")
        d.t("\n\n")
        d.per(b)
        d.t(" 주무관님, 아래 민원인 정보 확인 부탁드립니다.\n  성명: ")
        x = d.newname()
        d.per(x)
        d.t(" / 생년월일: ")
        d.dob()
        d.t(" / 연락처: ")
        d.phone()
        d.t("\n  차량: ")
        d.plate()
        d.t(" / IP: ")
        d.ip("pub")
        d.t("\n이 민원인이 ")
        d.per(b)
        d.t(" 주무관님 앞으로 같은 내용을 3회 제출했습니다.\n")
    return sub


def t_email_nopii(d):
    rng = d.rng
    d.t("From: 정책홍보 뉴스레터 <")
    d.neg("news@%s.go.kr" % rng.choice(["mois", "mohw", "moel"]), "institution_email")
    d.t(">\nSubject: [뉴스레터] %s 정책 소식\n\n이번 호에서는 " % rng.choice(["5월", "6월", "하반기"]))
    d.neg(rng.choice(STATUTES), "statute")
    d.t(" 개정 사항과 지원 예산 ")
    d.neg(amount(rng), "amount")
    d.t(" 편성 내용을 안내합니다. 문의: ")
    d.neg(special_number(rng), "special_number")
    d.t(" / 대표전화 ")
    d.neg(switchboard(rng), "switchboard")
    d.t("\n수신거부: 문서번호 ")
    d.neg(docno(rng), "document_number")
    d.t("\n")
    return "nopii_newsletter"


def t_fine(d):
    rng = d.rng
    sub = rng.choice(["parking", "speed", "unregistered"])
    d.t({"parking": "주정차위반 과태료 부과 사전통지서", "speed": "속도위반 과태료 부과 통지",
         "unregistered": "자동차 의무보험 미가입 과태료 통지"}[sub] + "\n\n관리번호: ")
    d.neg(reception_no(rng), "management_number")
    d.t("\n차량번호: ")
    d.plate()
    d.t("   차종: %s\n소유자: " % rng.choice(["승용", "승합", "화물"]))
    if rng.random() < 0.2:
        co = rng.choice(COMPANIES)
        d.neg(co, "company_name")
        d.t(" (법인등록번호 ")
        d.crn()
        d.t(", 대표이사 ")
        d.name()
        d.t(")")
    else:
        nm = d.newname()
        d.per(nm)
        d.t(" (")
        d.rrn(noise=rng.choice(["masked", "auto", "auto"]))
        d.t(")")
    d.t("\n주소: ")
    d.addr()
    d.t("\n위반일시: ")
    d.neg(d_date(rng), "date")
    d.t(" %02d:%02d   위반장소: %s 사거리 부근\n과태료: " % (rng.randint(0, 23), rng.randint(0, 59), rng.choice(ROADS)))
    d.neg(amount(rng), "amount")
    d.t(" (사전납부 시 20% 감경)\n근거: ")
    d.neg("「도로교통법」 제160조 제3항" if sub != "unregistered" else "「자동차손해배상 보장법」 제48조", "statute")
    d.t("\n납부: 가상계좌 ")
    d.neg("%s-%s-%s" % (dg(rng, 3), dg(rng, 6), dg(rng, 5)), "institution_account")
    d.t(" 또는 전자납부번호 ")
    d.neg("%s-%s-%s" % (dg(rng, 5), dg(rng, 1), dg(rng, 12)), "payment_number")
    d.t("\n문의: 120 다산콜 또는 ")
    d.neg(special_number(rng), "special_number")
    if rng.random() < 0.5:
        d.t("\n※ 이의 제기 시 실제 운전자 ")
        d.name()
        d.t("의 운전면허번호(")
        d.dl()
        d.t(")를 기재하십시오.")
    d.t("\n")
    return sub


OCR_BASES = [t_form, t_statement, t_contract, t_welfare, t_hr, t_minwon]


# ================================================================ plan / generation
GENRES = [
    # (genre, n_total, n_nopii, pii_template, nopii_template)
    ("공문", 30, 8, t_gongmun, t_gongmun_nopii),
    ("민원회신", 28, 6, t_minwon, t_minwon_nopii),
    ("보도자료", 26, 7, t_press, t_press_nopii),
    ("회의록", 22, 6, t_minutes, t_minutes_nopii),
    ("사고·감사보고서", 24, 6, t_report, t_report_nopii),
    ("판결문·결정문", 22, 6, t_judgment, t_judgment_nopii),
    ("신청서·서식", 32, 6, t_form, t_form_nopii),
    ("명단표", 36, 7, t_table, t_table_nopii),
    ("접속기록", 18, 4, t_log, t_log_nopii),
    ("계약서", 24, 5, t_contract, t_contract_nopii),
    ("복지상담기록", 24, 0, t_welfare, None),
    ("진술서·진술조서", 22, 0, t_statement, None),
    ("인사기록", 22, 0, t_hr, None),
    ("OCR스캔서식", 22, 0, None, None),
    ("이메일", 22, 5, t_email, t_email_nopii),
    ("과태료·차량통지", 14, 0, t_fine, None),
]

SHAPES = [
    ("mobile", re.compile(r"01[016789][-\s.]?\d{3,4}[-\s.]?\d{4}")),
    ("email", re.compile(r"[\w.+-]+\s?(@|＠|\[at\]|\(at\))\s?[\w-]+(\.[\w-]+)+")),
    ("rrn_shape", re.compile(r"\d{6}\s?-\s?\d{7}")),
    ("card_shape", re.compile(r"\d{4}[- ]\d{4}[- ]\d{4}[- ]\d{3,4}")),
    ("ipv4", re.compile(r"(?<![\d.])\d{1,3}(\.\d{1,3}){3}(?![\d.])")),
]


def self_check(text, spans, negs):
    """Return None if OK, else a reason string."""
    cover = [(s["start"], s["end"]) for s in spans]
    for s in spans:
        v = text[s["start"]:s["end"]]
        if len(v) < 2:
            return "short span"
        i = text.find(v)
        while i >= 0:
            if not any(a <= i and i + len(v) <= b for a, b in cover):
                return "unlabelled occurrence of %r" % v
            i = text.find(v, i + 1)
    allc = cover + [(n["start"], n["end"]) for n in negs]
    for nm, rx in SHAPES:
        for m in rx.finditer(text):
            if not any(a < m.end() and m.start() < b for a, b in allc):
                return "unexplained %s %r" % (nm, m.group(0))
    for n in negs:
        if any(a < n["end"] and n["start"] < b for a, b in cover):
            return "negative overlaps span"
    return None


def build_record(idx, genre, nopii, tpl, ntpl):
    rng = random.Random(SEED * 1000003 + idx)
    r = rng.random()
    if genre == "OCR스캔서식":
        level = "heavy"
    elif nopii:
        level = "clean"
    else:
        level = "clean" if r < 0.28 else ("light" if r < 0.62 else "heavy")
    for attempt in range(60):
        if genre == "OCR스캔서식":
            base = OCR_BASES[rng.randrange(len(OCR_BASES))]
            d = Doc(rng, level, ocr=True)
            subt = base(d)
            template = base.__name__
        else:
            d = Doc(rng, level)
            f = ntpl if nopii else tpl
            subt = f(d)
            template = f.__name__
        text = d.text()
        spans = d.spans
        if nopii and spans:
            raise SystemExit("nopii template produced spans: %s" % template)
        if not nopii and not spans:
            continue
        why = self_check(text, spans, d.negs)
        if why is None:
            return text, spans, d.negs, template, subt, level, attempt
    raise SystemExit("record %d (%s) failed self-check 60 times: %s" % (idx, genre, why))


def generate():
    plan = []
    for genre, n, nn, tpl, ntpl in GENRES:
        for k in range(n):
            plan.append((genre, k < nn, tpl, ntpl))
    random.Random(SEED).shuffle(plan)
    recs, metas = [], []
    for i, (genre, nopii, tpl, ntpl) in enumerate(plan):
        text, spans, negs, template, subt, level, attempt = build_record(i, genre, nopii, tpl, ntpl)
        rid = "pc-%04d" % (i + 1)
        recs.append({"id": rid, "text": text,
                     "spans": [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in spans],
                     "genre": genre})
        metas.append({"id": rid, "genre": genre, "template": template, "sub_template": subt,
                      "no_pii": nopii, "noise_level": level, "ocr_rendered": genre == "OCR스캔서식",
                      "spans": [{"start": s["start"], "end": s["end"], "type": s["type"], "kind": s["kind"],
                                 "noise": s["noise"], "clean": s["clean"]} for s in spans],
                      "hard_negatives": negs})
    return recs, metas


# ================================================================ validation
PLATE_RE = re.compile(r"((%s) )?\d{2,3}[가-힣] \d{4}" % "|".join(PLATE_REGION))
DL_REGIONS = "|".join(DL_REGION.values())
PHONE_RE = re.compile(r"010-[2-9]\d{3}-\d{4}|070-\d{4}-\d{4}|0(2|[3-6][1-5])-[2-9]\d{2,3}-\d{4}")


def check_format(typ, clean, kind, noise):
    masked = noise == "masked"
    if typ == "KR_RRN":
        if masked:
            if not re.fullmatch(r"\d{6}-[1-4][*●X]{6}", clean):
                return False
        elif kind == "valid":
            if not rrn_ok(clean):
                return False
        elif kind == "post2020":
            if rrn_ok(clean):
                return False
        else:
            return False
        g = int(clean[7])
        y = (1900 if g in (1, 2) else 2000) + int(clean[:2])
        try:
            dt = datetime.date(y, int(clean[2:4]), int(clean[4:6]))
        except ValueError:
            return False
        if kind == "post2020" and not masked and dt < datetime.date(2020, 10, 1):
            return False
        return True
    if typ == "KR_FRN":
        if masked:
            return bool(re.fullmatch(r"\d{6}-[5-8][*●X]{6}", clean))
        return frn_ok(clean)
    if typ == "KR_PASSPORT":
        return bool(re.fullmatch(PASSPORT_RE[kind], clean))
    if typ == "KR_DRIVER_LICENSE":
        if masked:
            return bool(re.fullmatch(r"(1[1-9]|2[0-8])-\d{2}-\d{2}\*{4}-\*\*", clean))
        if kind == "num":
            return bool(re.fullmatch(r"(1[1-9]|2[0-8])-\d{2}-\d{6}-\d{2}", clean))
        if kind in ("region", "region_nospace"):
            return bool(re.fullmatch(r"(%s) ?\d{2}-\d{6}-\d{2}" % DL_REGIONS, clean))
        return bool(re.fullmatch(r"(1[1-9]|2[0-8])\d{10}", clean))
    if typ == "CREDIT_CARD":
        if masked:
            return bool(re.fullmatch(r"\d{4}-\d{2}\*\*-\*{4}-\d{4}", clean))
        return (bool(re.fullmatch(r"\d{4}-\d{4}-\d{4}-\d{4}|3[47]\d{2}-\d{6}-\d{5}", clean)) and luhn_ok(clean))
    if typ == "KR_BANK_ACCOUNT":
        g = clean.split("-")
        if [len(x) for x in g] != ACCT_FMT.get(kind, []):
            return False
        return all(x.isdigit() or (masked and set(x) == {"*"}) for x in g) and (not masked or any(set(x) == {"*"} for x in g))
    if typ == "PHONE_NUMBER":
        if masked:
            return bool(re.fullmatch(r"0\d{1,2}-\*{3,4}-\d{4}", clean))
        return bool(PHONE_RE.fullmatch(clean))
    if typ == "EMAIL_ADDRESS":
        return bool(re.fullmatch(r"[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", clean))
    if typ == "KR_ADDRESS":
        return clean.split()[0] in ADDR_STARTS and bool(re.search(r"\d", clean)) and not clean.endswith(("(", ","))
    if typ == "DATE_OF_BIRTH":
        dt = parse_dob(clean)
        return dt is not None and 1930 <= dt.year <= 2024
    if typ == "IP_ADDRESS":
        if masked:
            return bool(re.fullmatch(r"\d{1,3}\.\d{1,3}\.\*{3}\.\d{1,3}", clean))
        try:
            ipaddress.ip_address(clean)
            return True
        except ValueError:
            return False
    if typ == "KR_BRN":
        return bool(re.fullmatch(r"\d{3}-\d{2}-\d{5}", clean)) and brn_ok(clean) and clean[4:6] != "83"
    if typ == "KR_CRN":
        return bool(re.fullmatch(r"\d{6}-\d{7}", clean)) and crn_ok(clean)
    if typ == "KR_VEHICLE_PLATE":
        return bool(PLATE_RE.fullmatch(clean))
    if typ == "KR_HEALTH_INSURANCE":
        return bool(re.fullmatch(r"\d{11}|\d-\d{10}", clean))
    if typ == "PERSON":
        if kind == "latin_romanized":
            return bool(re.fullmatch(r"[A-Z]+ [A-Z]+", clean))
        return name_ok(clean, kind)
    return False


def validate(path_rec, path_meta, n_expected):
    def fail(msg):
        print("VALIDATION FAILED:", msg, file=sys.stderr)
        sys.exit(1)
    recs = [json.loads(l) for l in open(path_rec, encoding="utf-8")]
    metas = [json.loads(l) for l in open(path_meta, encoding="utf-8")]
    if len(recs) != n_expected or len(metas) != n_expected:
        fail("record count")
    for i, (r, m) in enumerate(zip(recs, metas)):
        rid = "pc-%04d" % (i + 1)
        if r["id"] != rid or m["id"] != rid or set(r) != {"id", "text", "spans", "genre"}:
            fail("id/fields %s" % rid)
        t = r["text"]
        if len(r["spans"]) != len(m["spans"]):
            fail("meta span count %s" % rid)
        prev = 0
        for s, ms in zip(r["spans"], m["spans"]):
            a, b, ty = s["start"], s["end"], s["type"]
            if set(s) != {"start", "end", "type"} or ty not in TYPES:
                fail("span fields %s" % rid)
            if not (0 <= a < b <= len(t)) or a < prev:
                fail("bounds/order/overlap %s %r" % (rid, s))
            prev = b
            v = t[a:b]
            if v != v.strip():
                fail("whitespace edge %s %r" % (rid, v))
            if (ms["start"], ms["end"], ms["type"]) != (a, b, ty):
                fail("meta mismatch %s" % rid)
            noise = ms["noise"]
            if noise is None and v != ms["clean"]:
                fail("clean span differs %s %r %r" % (rid, v, ms["clean"]))
            if noise == "masked" and v != ms["clean"]:
                fail("masked span differs %s" % rid)
            if noise is not None and noise not in NOISE_OPTS[ty]:
                fail("noise tag %s %s" % (rid, noise))
            if canon_key(v, ty, noise) != canon_key(ms["clean"], ty, None):
                fail("noise not reversible %s %s %r -> %r vs %r" % (rid, noise, v, canon_key(v, ty, noise), ms["clean"]))
            if not check_format(ty, ms["clean"], ms["kind"], noise):
                fail("format %s %s %s %r" % (rid, ty, ms["kind"], ms["clean"]))
        if m["no_pii"] and r["spans"]:
            fail("no_pii record with spans %s" % rid)
        if not m["no_pii"] and not r["spans"]:
            fail("pii record without spans %s" % rid)
        for n in m["hard_negatives"]:
            if t[n["start"]:n["end"]] != n["text"]:
                fail("hard negative text %s" % rid)
        why = self_check(t, [dict(s) for s in r["spans"]], m["hard_negatives"])
        if why:
            fail("%s: %s" % (rid, why))
    return recs, metas


def summary(recs, metas):
    from collections import Counter
    g = Counter(r["genre"] for r in recs)
    gn = Counter(r["genre"] for r, m in zip(recs, metas) if m["no_pii"])
    ty = Counter(s["type"] for r in recs for s in r["spans"])
    tn = Counter(s["type"] for m in metas for s in m["spans"] if s["noise"])
    nz = Counter(s["noise"] for m in metas for s in m["spans"] if s["noise"])
    hn = Counter(n["category"] for m in metas for n in m["hard_negatives"])
    return g, gn, ty, tn, nz, hn


def main():
    recs, metas = generate()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(META, "w", encoding="utf-8", newline="\n") as f:
        for m in metas:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    recs, metas = validate(OUT, META, len(recs))
    g, gn, ty, tn, nz, hn = summary(recs, metas)
    idn = sum(ty[t] for t in ID_TYPES)
    idnz = sum(tn[t] for t in ID_TYPES)
    # coverage requirements
    for t in TYPES:
        if ty[t] < 20:
            sys.exit("too few spans of %s: %d" % (t, ty[t]))
    for t in ["KR_RRN", "KR_FRN", "KR_PASSPORT", "KR_DRIVER_LICENSE", "CREDIT_CARD", "KR_BANK_ACCOUNT", "PHONE_NUMBER", "EMAIL_ADDRESS"]:
        if ty[t] < 60:
            sys.exit("coverage: %s has %d < 60 spans" % (t, ty[t]))
    if ty["PERSON"] < 500:
        sys.exit("coverage: PERSON %d < 500" % ty["PERSON"])
    if "-v" in sys.argv:
        print(sorted(ty.items()), idnz, idn)
    if idnz / idn < 0.35:
        sys.exit("noise share %.3f < 0.35" % (idnz / idn))
    for t in ID_TYPES:
        if tn[t] == 0:
            sys.exit("no noisy spans of %s" % t)
    nop = sum(1 for m in metas if m["no_pii"])
    if not (0.15 <= nop / len(recs) <= 0.25):
        sys.exit("no-PII share %.3f" % (nop / len(recs)))
    print("OK: %d records, %d spans, %d no-PII, identifier noise %d/%d = %.1f%%" % (
        len(recs), sum(ty.values()), nop, idnz, idn, 100.0 * idnz / idn))
    if "-v" in sys.argv:
        for k in g:
            print("genre", k, g[k], gn[k])
        for t in TYPES:
            print("type", t, ty[t], tn[t])
        for k, v in sorted(nz.items()):
            print("noise", k, v)
        for k, v in sorted(hn.items()):
            print("neg", k, v)


if __name__ == "__main__":
    main()
