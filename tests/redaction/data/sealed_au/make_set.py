#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""make_set.py -- deterministic generator for the pii_au evaluation set.

Korean PII spans in synthetic Korean public-sector documents.  Standard library
only.  Every random choice for record i of template t comes from
random.Random("pii_au-2026|<t>|<i>") (a retry appends "|r<k>").

    python3 make_set.py              # write files, re-validate, determinism check
    python3 make_set.py --out DIR --no-selfcheck
"""
import datetime as dt
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

SEED_BASE = "pii_au-2026"
TYPES = ("PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "KR_ADDRESS", "DATE_OF_BIRTH",
         "KR_BANK_ACCOUNT", "KR_RRN", "IP_ADDRESS", "KR_PASSPORT", "KR_BRN",
         "KR_DRIVER_LICENSE", "KR_FRN", "KR_VEHICLE_PLATE", "KR_HEALTH_INSURANCE",
         "CREDIT_CARD", "KR_CRN")
LAST_DAY = dt.date(2026, 12, 5)          # "today" is 2026-12-06; no document is dated later
MAX_RETRY = 40
NOISE_SCALE = 1.5          # multiplies every non-OCR template's noise_p


class GenError(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise GenError(msg)


# ----------------------------------------------------------------------------
# name pools (all combinations are random; no real person is intended)
# ----------------------------------------------------------------------------
SUR1 = ("김 김 김 김 김 이 이 이 이 박 박 박 최 최 정 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 전 홍 "
        "고 문 양 손 배 백 허 유 남 심 노 곽 성 차 주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 "
        "여 추 석 선 설 길 연 위 표 명 반 왕 금 옥 육 맹 탁 국 어 은 편 봉 제 빈 라").split()
SUR2 = "남궁 황보 제갈 선우 독고 사공 서문".split()
G1 = ("민 서 지 현 수 영 준 도 하 예 윤 은 재 승 태 성 정 유 동 상 혜 경 미 소 진 선 원 세 주 연 우 "
      "시 채 다 나 가 보 희 형 종 인 한 기 용 광 철 명 석 호 남 규 병 덕 건 찬 훈 아 율 온 해 초 새").split()
G2 = ("준 우 민 서 윤 현 진 호 수 영 희 연 아 은 지 혁 빈 원 훈 석 철 기 경 숙 자 미 정 린 율 하 주 "
      "성 환 규 태 근 식 남 섭 람 솔 안 결 담 인 후 겸 별 온").split()
GIVEN_OLD = ("영철 순자 말순 정숙 기남 옥순 영수 춘자 광수 명자 상철 복순 종규 경자 병철 영자 만수 금순 "
             "재만 순옥 용호 봉수 덕희 귀남 점례 판석 길자 두식").split()
GIVEN_ONE = "산 솔 별 결 율 혁 담 린 훈 건 헌 웅 찬 란 설 휘 욱 흔 빈".split()

# words that a random name must never equal (place names, common nouns)
BAD_NAMES = set((
    "정원 이상 신고 조정 강화 안전 장기 고성 김포 이천 정선 남원 하남 안성 장수 진안 고령 함안 신안 주문 "
    "이유 사유 소유 전세 유지 기간 성명 주소 기준 조사 수사 심사 이하 신청 한도 지원 전화 송금 정지 정보 "
    "공개 주민 차량 도로 부지 구속 방문 성인 원고 피고 우편 연금 서명 진술 조치 고지 공고 기한 주의 경고 "
    "지정 선정 조성 우수 안내 진단 이전 원인 인정 기술 지도 성과 문제 도시 구도 유도 소지 하자 조직 민원 "
    "서면 한정 공주 강진 나주 여수 김해 진주 양산 구미 경주 안동 경산 상주 영주 원주 강릉 보령 서산 논산 "
    "당진 군산 익산 정읍 김제 목포 순천 광양 제주 화성 오산 양주 포천 여주 가평 양평 울주 성주 예천 봉화 "
    "울진 영덕 청송 의성 청도 창녕 남해 하동 산청 함양 거창 합천 단양 제천 음성 진천 괴산 보은 옥천 영동 "
    "금산 부여 서천 청양 홍성 예산 태안 완주 무주 임실 순창 고창 부안 담양 곡성 구례 고흥 보성 화순 장흥 "
    "해남 영암 무안 함평 영광 장성 완도 진도 홍천 횡성 영월 평창 철원 화천 양구 인제 양양 태백 동해 삼척 "
    "연수 수영 유성 대덕 수성 달서 한강 남산 이전 전기 수도 가스 고소 고발 기소 조서 진정 소장 경위 경사 "
    "주임 계장 과장 국장 차장 부장 실장 원장 시장 구청 도청 군수 면장 동장 이장 반장 조장 공장 성장 "
    "정상 이체 송부 신원 연락 안정 장애 노인 아동 여성 남성 한부모 기초 차상위 급여 수급 보호 "
    "김치 이사 박사 최고 최근 정도 강조 조금 윤리 장소 임금 한편 오전 서류 신분 권리 황금 안내 송달 "
    "유족 남편 심리 노동 하루 주택 우리 구역 민간 진행 나이 지역 엄마 채무 원장 천원 방법 공무 현장 "
    "함께 변경 염려 여부 추가 석방 선고 설명 연금 위원 표시 명의 반환 왕복 금액 옥상 육아 맹견 탁송 "
    "국가 어린 은행 편의 봉투 제출 빈소 라면 하지 도움 소송 석유 기록 기한 정산 성실 진료 민주 "
    "홍길동 김철수 이영희").split())

FOREIGN = {
    "VN": ("베트남", "FG", [("Nguyen", "응우옌"), ("Tran", "쩐"), ("Le", "레"), ("Pham", "팜"),
                         ("Hoang", "호앙"), ("Vu", "부"), ("Dang", "당")],
           [("Thi Lan", "티 란", "F"), ("Van Hung", "반 훙", "M"), ("Minh Anh", "밍 아인", "F"),
            ("Thi Hoa", "티 호아", "F"), ("Duc Long", "득 롱", "M"), ("Thu Trang", "투 짱", "F"),
            ("Quoc Bao", "꾸옥 바오", "M")]),
    "PH": ("필리핀", "GF", [("Santos", "산토스"), ("Reyes", "레예스"), ("Cruz", "크루스"),
                         ("Bautista", "바우티스타"), ("Mendoza", "멘도사"), ("Aquino", "아키노")],
           [("Maria", "마리아", "F"), ("Jose", "호세", "M"), ("Angelica", "안젤리카", "F"),
            ("Mark", "마크", "M"), ("Jasmine", "재스민", "F"), ("Paolo", "파올로", "M")]),
    "US": ("미국", "GF", [("Miller", "밀러"), ("Johnson", "존슨"), ("Brown", "브라운"), ("Wilson", "윌슨"),
                       ("Taylor", "테일러"), ("Anderson", "앤더슨"), ("Carter", "카터")],
           [("John", "존", "M"), ("Emily", "에밀리", "F"), ("David", "데이비드", "M"),
            ("Sarah", "세라", "F"), ("Michael", "마이클", "M"), ("Grace", "그레이스", "F")]),
    "UZ": ("우즈베키스탄", "GF", [("Karimov", "카리모프"), ("Rakhimov", "라히모프"), ("Yusupov", "유수포프"),
                             ("Nazarov", "나자로프")],
           [("Aziz", "아지즈", "M"), ("Bekzod", "베크조드", "M"), ("Sardor", "사르도르", "M"),
            ("Jasur", "자수르", "M")]),
    "JP": ("일본", "FG", [("Tanaka", "다나카"), ("Suzuki", "스즈키"), ("Sato", "사토"),
                       ("Takahashi", "다카하시"), ("Watanabe", "와타나베")],
           [("Yuki", "유키", "F"), ("Haruto", "하루토", "M"), ("Aoi", "아오이", "F"), ("Sora", "소라", "M"),
            ("Ren", "렌", "M")]),
    "CN": ("중국", "FGJ", [("Wang", "왕"), ("Zhang", "장"), ("Chen", "천"), ("Liu", "류"), ("Zhao", "자오"),
                        ("Sun", "쑨")],
           [("Fang", "팡", "F"), ("Wei", "웨이", "M"), ("Jing", "징", "F"), ("Hao", "하오", "M"),
            ("Lei", "레이", "M"), ("Xiuying", "슈잉", "F")]),
    "RU": ("러시아", "GF", [("Ivanov", "이바노프"), ("Smirnov", "스미르노프"), ("Volkov", "볼코프")],
           [("Sergei", "세르게이", "M"), ("Dmitry", "드미트리", "M"), ("Pavel", "파벨", "M")]),
    "MN": ("몽골", "GF", [("Batbayar", "바트바야르"), ("Ganbold", "간볼드"), ("Erdene", "에르데네")],
           [("Enkhjin", "엥흐진", "F"), ("Bolormaa", "볼로르마", "F"), ("Temuulen", "테무울렌", "M"),
            ("Nomin", "노민", "F")]),
    "NP": ("네팔", "GF", [("Sharma", "샤르마"), ("Gurung", "구룽"), ("Thapa", "타파")],
           [("Priya", "프리야", "F"), ("Bikash", "비카스", "M"), ("Sunita", "수니타", "F"),
            ("Ramesh", "라메시", "M")]),
    "KH": ("캄보디아", "FG", [("Sok", "속"), ("Chan", "짠"), ("Heng", "헹")],
           [("Dara", "다라", "M"), ("Sopheap", "소피읍", "F"), ("Visal", "위살", "M")]),
    "ID": ("인도네시아", "GF", [("Santoso", "산토소"), ("Wijaya", "위자야"), ("Pratama", "프라타마")],
           [("Budi", "부디", "M"), ("Sari", "사리", "F"), ("Agus", "아구스", "M")]),
    "DE": ("독일", "GF", [("Schmidt", "슈미트"), ("Weber", "베버"), ("Becker", "베커")],
           [("Lukas", "루카스", "M"), ("Anna", "안나", "F"), ("Felix", "펠릭스", "M")]),
    "TH": ("태국", "GF", [("Srisuk", "스리숙"), ("Chaiyaporn", "차이야폰"), ("Wongsa", "웡사")],
           [("Somchai", "솜차이", "M"), ("Malee", "말리", "F"), ("Niran", "니란", "M")]),
}
FOREIGN_CC = sorted(FOREIGN)

ROM_SUR = "kim lee park choi jung kang cho yoon jang lim han oh seo shin kwon hwang ahn song ryu jeon hong ko moon yang son bae baek heo yoo nam".split()
ROM_SYL = ("min su ji hyun young jun seo yoon eun jae seung tae sung jung dong sang hye kyung mi so jin "
           "sun won se joo yeon woo si chae da na ga bo hee hyung jong in han ki yong kwang chul myung "
           "seok ho nam gyu ah yul on hae").split()
MAIL_PERSONAL = "naver.com gmail.com daum.net hanmail.net kakao.com nate.com outlook.com hotmail.com".split()


def age_at(birth, ref):
    return ref.year - birth.year - ((ref.month, ref.day) < (birth.month, birth.day))


def rand_date(rng, d0, d1):
    return d0 + dt.timedelta(days=rng.randint(0, (d1 - d0).days))


def doc_date(rng, era="modern"):
    if era == "1990s":
        return rand_date(rng, dt.date(1991, 1, 5), dt.date(1999, 12, 20))
    if era == "2000s":
        return rand_date(rng, dt.date(2001, 1, 5), dt.date(2009, 12, 20))
    return rand_date(rng, dt.date(2020, 3, 2), LAST_DAY)


def kr_name(rng, style=None, era="modern", sur=None):
    for _ in range(200):
        if sur:
            given = rng.choice(GIVEN_ONE) if rng.random() < 0.1 else _given2(rng, era)
            name = sur + given
            sub = ("person_kr_2sur" if len(sur) == 2 else "person_kr") + ("_1given" if len(given) == 1 else "")
            sub = sub.replace("person_kr_1given", "person_kr_1given").replace("person_kr_2sur_1given", "person_kr_2sur_1given")
            if name not in BAD_NAMES and given not in BAD_NAMES:
                return name, sub
            continue
        r = rng.random()
        if style == "2sur" or (style is None and r < 0.08):
            sur = rng.choice(SUR2)
            if rng.random() < 0.3:
                given, sub = rng.choice(GIVEN_ONE), "person_kr_2sur_1given"
            else:
                given, sub = _given2(rng, era), "person_kr_2sur"
        elif style == "1given" or (style is None and r < 0.15):
            sur, given, sub = rng.choice(SUR1), rng.choice(GIVEN_ONE), "person_kr_1given"
        else:
            sur, given, sub = rng.choice(SUR1), _given2(rng, era), "person_kr"
        name = sur + given
        if name not in BAD_NAMES and given not in BAD_NAMES:
            return name, sub
    raise GenError("no name")


def _given2(rng, era):
    if era == "1990s" and rng.random() < 0.5:
        return rng.choice(GIVEN_OLD)
    while True:
        a, b = rng.choice(G1), rng.choice(G2)
        if a != b:
            return a + b


def make_infant(rng, p, ref):
    """re-date a child so that it is born after the October 2020 RRN reform when the document allows it"""
    lo = max(dt.date(2020, 10, 1), ref - dt.timedelta(days=5 * 365))
    hi = ref - dt.timedelta(days=20)
    if hi > lo:
        p["birth"] = rand_date(rng, lo, hi)
        p["age"] = age_at(p["birth"], ref)
    return p


def surname_of(p):
    n = p["name"]
    return n[:2] if (len(n) >= 3 and n[:2] in SUR2) else n[0]


def person(rng, ref, amin=20, amax=75, style=None, era="modern", sur=None):
    ref = ref or LAST_DAY
    lo = dt.date(ref.year - amax - 1, ref.month, 1) + dt.timedelta(days=40)
    hi = dt.date(ref.year - amin, 1, 1)
    if hi > ref:
        hi = ref - dt.timedelta(days=30)
    birth = rand_date(rng, lo, hi)
    name, sub = kr_name(rng, style, era, sur)
    return {"foreign": False, "name": name, "sub": sub, "birth": birth, "age": age_at(birth, ref),
            "sex": rng.choice("MF")}


def foreigner(rng, ref, amin=20, amax=60, cc=None):
    ref = ref or LAST_DAY
    cc = cc or rng.choice(FOREIGN_CC)
    nat, order, fams, givs = FOREIGN[cc]
    fam, giv = rng.choice(fams), rng.choice(givs)
    if order == "GF":
        latin, hangul = giv[0] + " " + fam[0], giv[1] + " " + fam[1]
    elif order == "FGJ":
        latin, hangul = fam[0] + " " + giv[0], fam[1] + giv[1]
    else:
        latin, hangul = fam[0] + " " + giv[0], fam[1] + " " + giv[1]
    birth = rand_date(rng, dt.date(ref.year - amax, 1, 1), dt.date(ref.year - amin, 1, 1))
    return {"foreign": True, "cc": cc, "nat": nat, "latin": latin, "hangul": hangul,
            "latin_upper": (fam[0] + " " + giv[0]).upper(), "birth": birth, "age": age_at(birth, ref),
            "sex": giv[2]}


# ----------------------------------------------------------------------------
# check digits
# ----------------------------------------------------------------------------
def rrn_check(d12):
    s = sum(a * b for a, b in zip(d12, (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)))
    return (11 - s % 11) % 10


def frn_check(d12):
    s = sum(a * b for a, b in zip(d12, (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)))
    return (13 - s % 11) % 10


def brn_check(d9):
    s = sum(a * b for a, b in zip(d9, (1, 3, 7, 1, 3, 7, 1, 3, 5)))
    s += (d9[8] * 5) // 10
    return (10 - s % 10) % 10


def crn_check(d12):
    s = sum(a * b for a, b in zip(d12, (1, 2) * 6))
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
    raise GenError("luhn")


def digs(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


# ----------------------------------------------------------------------------
# value generators: each returns (value, sub_kind, format) [+ extras]
# ----------------------------------------------------------------------------
MASKS = ["*", "*", "*", "●", "X", "x", "○"]


def gender_digit(birth, sex, foreign=False):
    base = {False: (1, 2, 3, 4), True: (5, 6, 7, 8)}[foreign]
    if birth.year < 2000:
        return base[0] if sex == "M" else base[1]
    return base[2] if sex == "M" else base[3]


def g_rrn(rng, p, kind=None, fmt=None):
    b = p["birth"]
    front = "%02d%02d%02d" % (b.year % 100, b.month, b.day)
    g = gender_digit(b, p["sex"])
    if kind is None:
        kind = "post2020" if b >= dt.date(2020, 10, 1) else ("masked" if rng.random() < 0.3 else "valid")
    if kind == "masked":
        m = rng.choice(MASKS)
        return front + "-" + str(g) + m * 6, "rrn_masked", "masked_" + {"*": "star", "●": "dot", "X": "X", "x": "x", "○": "circle"}[m]
    if kind == "valid":
        need(b < dt.date(2020, 10, 1), "valid rrn needs pre-2020 birth")
        body = str(g) + "%02d" % rng.randint(0, 95) + digs(rng, 3)
        d12 = [int(c) for c in front + body]
        body += str(rrn_check(d12))
        sub = "rrn_valid"
    else:
        need(b >= dt.date(2020, 10, 1), "post2020 rrn needs late birth")
        body = str(g) + digs(rng, 5)
        d12 = [int(c) for c in front + body]
        bad = [c for c in "0123456789" if int(c) != rrn_check(d12)]
        body += rng.choice(bad)
        sub = "rrn_post2020"
    fmt = fmt or rng.choice(["hyphen"] * 8 + ["nohyphen", "space"])
    sep = {"hyphen": "-", "nohyphen": "", "space": " "}[fmt]
    return front + sep + body, sub, fmt


def g_frn(rng, p, masked=False):
    b = p["birth"]
    front = "%02d%02d%02d" % (b.year % 100, b.month, b.day)
    g = gender_digit(b, p["sex"], foreign=True)
    if masked:
        return front + "-" + str(g) + "*" * 6, "frn_masked", "masked_star"
    body = str(g) + "%02d" % rng.choice([10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 32, 40]) + digs(rng, 2) + rng.choice("6789")
    d12 = [int(c) for c in front + body]
    return front + "-" + body + str(frn_check(d12)), "frn_valid", "hyphen"


PP_FOREIGN = {"VN": "C7", "PH": "P7L", "US": "9|A8", "UZ": "LL7", "JP": "LL7", "CN": "E8|EA7", "RU": "9",
              "MN": "E7", "NP": "LL7", "KH": "N8", "ID": "X7|B7", "DE": "C8X", "TH": "LL7"}
PP_LET = "ABCDEFGHJKLMNPRSTUVWXYZ"


def g_passport(rng, p=None, kind=None):
    if p is not None and p.get("foreign"):
        pat = rng.choice(PP_FOREIGN[p["cc"]].split("|"))
        if pat == "9":
            v = str(rng.randint(1, 9)) + digs(rng, 8)
        elif pat == "C8X":
            v = "C" + "".join(rng.choice("0123456789CFGHJKLMNPRTVWXYZ") for _ in range(8))
        elif pat.endswith("7L"):
            v = pat[0] + digs(rng, 7) + rng.choice(PP_LET)
        elif pat.startswith("LL"):
            v = "".join(rng.choice(PP_LET) for _ in range(2)) + digs(rng, int(pat[2:]))
        else:
            m = re.match(r"([A-Z]*)(\d)$", pat)
            v = m.group(1) + digs(rng, int(m.group(2)))
        return v, "passport_foreign", p["cc"]
    kind = kind or rng.choice(["old", "new", "new", "new"])
    pre = "M"
    if kind == "official":
        pre = rng.choice("GGGD")
        kind = rng.choice(["old", "new"])
        sub = "passport_kr_official"
    else:
        pre = rng.choice("MMMMMMSR")
        sub = "passport_kr_" + kind
    if kind == "old":
        return pre + digs(rng, 8), sub, "old_8digits"
    return pre + digs(rng, 3) + rng.choice(PP_LET) + digs(rng, 4), sub, "new_3d1l4d"


DL_REGION = {"11": "서울", "12": "부산", "13": "경기", "14": "강원", "15": "충북", "16": "충남", "17": "전북",
             "18": "전남", "19": "경북", "20": "경남", "21": "제주", "22": "대구", "23": "인천", "24": "광주",
             "25": "대전", "26": "울산", "28": "경기북부"}
DL_CODES = sorted(DL_REGION)
DL_NAME2CODE = {v: k for k, v in DL_REGION.items()}


def g_dl(rng, fmt=None, year=None):
    code = rng.choice(DL_CODES)
    yy = "%02d" % (year % 100 if year else rng.choice(list(range(88, 100)) + list(range(0, 26))))
    ser, chk = digs(rng, 6), digs(rng, 2)
    fmt = fmt or rng.choice(["numeric"] * 4 + ["region_space"] * 2 + ["region_nospace", "plain12", "numeric_space"])
    if fmt == "numeric":
        v = "%s-%s-%s-%s" % (code, yy, ser, chk)
    elif fmt == "region_space":
        v = "%s %s-%s-%s" % (DL_REGION[code], yy, ser, chk)
    elif fmt == "region_nospace":
        v = "%s%s-%s-%s" % (DL_REGION[code], yy, ser, chk)
    elif fmt == "plain12":
        v = code + yy + ser + chk
    else:
        v = "%s %s %s %s" % (code, yy, ser, chk)
    return v, "dl_" + fmt, fmt


def g_card(rng, brand=None, masked=None):
    brand = brand or rng.choice(["visa", "visa", "master", "master", "bc", "bc", "jcb", "amex", "local"])
    if brand == "visa":
        pre = "4" + digs(rng, 5)
    elif brand == "master":
        pre = str(rng.randint(51, 55)) + digs(rng, 4)
    elif brand == "bc":
        pre = "94" + rng.choice(["10", "20", "30", "40", "60", "90"]) + digs(rng, 2)
    elif brand == "jcb":
        pre = "35" + str(rng.randint(28, 89)) + digs(rng, 2)
    elif brand == "amex":
        pre = rng.choice(["34", "37"]) + digs(rng, 4)
    else:
        pre = rng.choice(["6243", "6253", "9092"]) + digs(rng, 2)
    n = 15 if brand == "amex" else 16
    full = luhn_complete(pre + digs(rng, n - len(pre) - 1))
    masked = (rng.random() < 0.25) if masked is None else masked
    if brand == "amex":
        groups = [full[:4], full[4:10], full[10:]]
    else:
        groups = [full[i:i + 4] for i in range(0, 16, 4)]
    sub = "card_" + brand
    if masked:
        mk = rng.choice(["*", "*", "X", "●"])
        if brand == "amex":
            g = [groups[0], groups[1][:2] + mk * 4, mk * 1 + groups[2][1:]]
        else:
            style = rng.choice(["mid2", "third", "mid"])
            if style == "mid2":
                g = [groups[0], groups[1][:2] + mk * 2, mk * 4, groups[3]]
            elif style == "third":
                g = [groups[0], groups[1], mk * 4, groups[3]]
            else:
                g = [groups[0], mk * 4, mk * 4, groups[3]]
        return "-".join(g), "card_masked", "masked_" + brand, full
    fmt = rng.choice(["hyphen"] * 5 + ["space", "space", "plain"])
    sep = {"hyphen": "-", "space": " ", "plain": ""}[fmt]
    return sep.join(groups), sub, fmt, full


BANKS = [
    ("KB국민은행", ["6-2-6", "3-2-4-3"], ""), ("국민은행", ["6-2-6"], ""), ("신한은행", ["3-3-6", "3-2-6"], "1"),
    ("우리은행", ["4-3-6"], "1002"), ("하나은행", ["3-6-5"], ""), ("NH농협은행", ["3-4-4-2"], "3"),
    ("농협", ["6-2-6", "3-4-4-2"], ""), ("IBK기업은행", ["3-6-2-3"], ""), ("SC제일은행", ["3-2-6"], ""),
    ("한국씨티은행", ["3-6-3"], ""), ("카카오뱅크", ["4-2-7"], "3333"), ("토스뱅크", ["4-4-4"], "1000"),
    ("케이뱅크", ["3-3-6"], "100"), ("우체국", ["6-2-6"], "0"), ("새마을금고", ["4-4-4-1"], "900"),
    ("신협", ["3-3-6"], "13"), ("수협은행", ["3-4-4-1"], ""), ("부산은행", ["3-4-4-2"], "1"),
    ("iM뱅크", ["3-2-6-1"], "5"), ("경남은행", ["3-2-7"], "2"), ("광주은행", ["3-3-6"], ""),
    ("전북은행", ["4-2-7"], ""), ("제주은행", ["2-2-6"], "7"),
]


def g_account(rng, bank=None):
    if bank is None:
        bank = rng.choice(BANKS)
    else:
        bank = [b for b in BANKS if b[0] == bank][0]
    name, groups, pre = bank
    grp = rng.choice(groups)
    sizes = [int(x) for x in grp.split("-")]
    total = sum(sizes)
    raw = pre + digs(rng, total - len(pre))
    if raw[0] == "0" and not pre.startswith("0"):
        raw = str(rng.randint(1, 9)) + raw[1:]
    parts, k = [], 0
    for s in sizes:
        parts.append(raw[k:k + s])
        k += s
    fmt = "plain" if rng.random() < 0.15 else "grouped_" + grp
    v = raw if fmt == "plain" else "-".join(parts)
    return name, v, "acct_" + re.sub(r"[^0-9A-Za-z]", "", {"KB국민은행": "kb", "국민은행": "kb", "신한은행": "shinhan", "우리은행": "woori", "하나은행": "hana", "NH농협은행": "nh", "농협": "nh_local", "IBK기업은행": "ibk", "SC제일은행": "sc", "한국씨티은행": "citi", "카카오뱅크": "kakao", "토스뱅크": "toss", "케이뱅크": "kbank", "우체국": "post", "새마을금고": "mg", "신협": "cu", "수협은행": "suhyup", "부산은행": "busan", "iM뱅크": "im", "경남은행": "kyongnam", "광주은행": "kwangju", "전북은행": "jeonbuk", "제주은행": "jeju"}[name]), fmt


AREA = ["02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055", "061", "062", "063", "064"]


def g_phone(rng, kind="mobile", area=None, prefix=None):
    if kind == "mobile":
        fmt = rng.choice(["hyphen"] * 8 + ["plain", "space", "dot"])
        a, b = str(rng.randint(2, 9)) + digs(rng, 3), digs(rng, 4)
        sep = {"hyphen": "-", "plain": "", "space": " ", "dot": "."}[fmt]
        return "010" + sep + a + sep + b, "phone_mobile", fmt
    if kind == "mobile_old":
        return rng.choice(["011", "016", "017", "018", "019"]) + "-" + str(rng.randint(2, 9)) + digs(rng, 2) + "-" + digs(rng, 4), "phone_mobile_old", "hyphen"
    if kind == "intl":
        return "+82-10-" + digs(rng, 4) + "-" + digs(rng, 4), "phone_mobile_intl", "intl"
    if kind == "070":
        return "070-" + rng.choice("4578") + digs(rng, 3) + "-" + digs(rng, 4), "phone_070", "hyphen"
    area = area or rng.choice(AREA)
    if prefix:
        mid = prefix
    else:
        mid = str(rng.randint(2, 9)) + digs(rng, rng.choice([2, 3]))
    v = area + "-" + mid + "-" + digs(rng, 4)
    if kind == "paren":
        return "(" + area + ") " + mid + "-" + v[-4:], "phone_landline", "paren_area"
    return v, "phone_fax" if kind == "fax" else "phone_landline", "hyphen"


def g_switchboard(rng, area=None):
    """institution switchboard / call centre numbers (NOT PII)."""
    r = rng.random()
    if r < 0.55:
        area = area or rng.choice(AREA)
        return area + "-" + str(rng.randint(2, 9)) + digs(rng, 2) + "-" + rng.choice(["2114", "0114", "1114", "3114", "2000"])
    if r < 0.9:
        return rng.choice(["1588", "1577", "1600", "1544", "1644", "1566", "1661", "1899"]) + "-" + digs(rng, 4)
    return rng.choice(["110", "120", "1345", "1350", "1355", "126"])


def g_email(rng, kind="personal", domain=None):
    sur, a, b = rng.choice(ROM_SUR), rng.choice(ROM_SYL), rng.choice(ROM_SYL)
    style = rng.randint(0, 5)
    if style == 0:
        local = a + b + "." + sur
    elif style == 1:
        local = sur + "." + a + b
    elif style == 2:
        local = a[0] + b[0] + sur + digs(rng, 2)
    elif style == 3:
        local = sur + a + b + digs(rng, rng.choice([2, 4]))
    elif style == 4:
        local = a + "_" + b + sur[:2]
    else:
        local = sur + a[0] + b[0] + digs(rng, 3)
    if domain is None:
        domain = "korea.kr" if kind == "official" else rng.choice(MAIL_PERSONAL)
    return local + "@" + domain, "email_" + kind, domain.split(".")[-1]


def g_hi(rng):
    return str(rng.randint(1, 9)) + digs(rng, 10), "hi_11digits", "plain11"


def g_brn(rng, kind="corp"):
    head = str(rng.randint(101, 899))
    if kind == "corp":
        mid = rng.choice(["81", "81", "86", "87", "88"])
    elif kind == "sole":
        mid = "%02d" % rng.randint(1, 79)
    else:
        mid = rng.choice(["82", "83"])
    d9 = head + mid + digs(rng, 4)
    v = d9 + str(brn_check([int(c) for c in d9]))
    fmt = "hyphen" if rng.random() < 0.85 else "plain"
    return (v[:3] + "-" + v[3:5] + "-" + v[5:]) if fmt == "hyphen" else v, "brn_" + kind, fmt


CRN_OFFICES = ["1101", "1101", "1311", "1201", "1358", "1144", "1345", "1501", "1601", "1711", "1801", "2011",
               "2041", "1946", "1350", "1611", "1761", "2301", "1842"]


def g_crn(rng):
    d12 = rng.choice(CRN_OFFICES) + rng.choice(["11", "11", "11", "14", "71"]) + digs(rng, 6)
    v = d12 + str(crn_check([int(c) for c in d12]))
    fmt = "hyphen" if rng.random() < 0.9 else "plain"
    return (v[:6] + "-" + v[6:]) if fmt == "hyphen" else v, "crn_valid", fmt


PLATE_PRIV = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주"
PLATE_REGIONS = ["서울", "경기", "부산", "인천", "대구", "광주", "대전", "울산", "충북", "충남", "전북", "전남", "경북", "경남", "강원", "제주"]


def g_plate(rng, kind=None):
    kind = kind or rng.choice(["2digit", "2digit", "3digit", "3digit", "region", "commercial", "rental", "delivery"])
    space = rng.random() < 0.8
    sp = " " if space else ""
    tail = str(rng.randint(1, 9)) + digs(rng, 3)
    if kind == "2digit":
        v = "%02d%s%s%s" % (rng.randint(10, 69), rng.choice(PLATE_PRIV), sp, tail)
    elif kind == "3digit":
        v = "%d%s%s%s" % (rng.randint(100, 399), rng.choice(PLATE_PRIV), sp, tail)
    elif kind == "region":
        v = "%s%s%02d%s%s%s" % (rng.choice(PLATE_REGIONS), sp, rng.randint(10, 69), rng.choice(PLATE_PRIV), sp, tail)
    elif kind == "commercial":
        v = "%s%s%02d%s%s%s" % (rng.choice(PLATE_REGIONS), sp, rng.choice([31, 33, 35, 70, 75, 80, 85, 90, 92, 95]), rng.choice("바사아자"), sp, tail)
    elif kind == "rental":
        v = "%d%s%s%s" % (rng.randint(10, 399), rng.choice("하허호"), sp, tail)
    else:
        v = "%d배%s%s" % (rng.randint(80, 99), sp, tail)
    return v, "plate_" + kind, "space" if space else "nospace"


PUB_OCT = [14, 27, 39, 49, 58, 59, 61, 106, 110, 112, 114, 115, 116, 117, 118, 119, 121, 122, 123, 124,
           125, 175, 180, 182, 183, 203, 210, 211, 218, 220, 221, 222]


def g_ip(rng, kind=None):
    kind = kind or rng.choice(["public"] * 6 + ["private"] * 3 + ["v6"])
    if kind == "public":
        v = "%d.%d.%d.%d" % (rng.choice(PUB_OCT), rng.randint(1, 254), rng.randint(0, 254), rng.randint(1, 254))
    elif kind == "private":
        r = rng.random()
        if r < 0.4:
            v = "10.%d.%d.%d" % (rng.randint(0, 254), rng.randint(0, 254), rng.randint(1, 254))
        elif r < 0.7:
            v = "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 254), rng.randint(1, 254))
        else:
            v = "192.168.%d.%d" % (rng.randint(0, 254), rng.randint(1, 254))
    else:
        g = ["%x" % rng.randint(1, 0xffff) for _ in range(4)]
        v = rng.choice(["2001:db8:", "2406:5900:", "2001:2d8:"]) + ":".join(g[:2]) + "::" + ":".join(g[2:])
    return v, "ip_" + kind, "v6" if kind == "v6" else "v4"


MON_EN = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()
DOB_FMTS = ["dot_space", "dot_space", "kor", "kor", "iso", "dot_pad", "dot_pad_noend", "yy_dot", "yymmdd",
            "slash", "kor_yy", "ymd8"]


def g_dob(rng, birth, fmt=None):
    fmt = fmt or rng.choice(DOB_FMTS)
    y, m, d = birth.year, birth.month, birth.day
    yy = y % 100
    v = {"dot_space": "%d. %d. %d." % (y, m, d), "kor": "%d년 %d월 %d일" % (y, m, d),
         "iso": "%d-%02d-%02d" % (y, m, d), "dot_pad": "%d.%02d.%02d." % (y, m, d),
         "dot_pad_noend": "%d.%02d.%02d" % (y, m, d), "yy_dot": "%02d.%02d.%02d" % (yy, m, d),
         "yymmdd": "%02d%02d%02d" % (yy, m, d), "slash": "%d/%02d/%02d" % (y, m, d),
         "kor_yy": "%02d년 %d월 %d일" % (yy, m, d), "ymd8": "%d%02d%02d" % (y, m, d),
         "dmy_eng": "%02d %s %d" % (d, MON_EN[m - 1], y)}[fmt]
    return v, "dob_" + fmt, fmt


def fdate(d, style="dot"):
    """non-birth dates (hard negatives)"""
    return {"dot": "%d. %d. %d." % (d.year, d.month, d.day), "kor": "%d년 %d월 %d일" % (d.year, d.month, d.day),
            "iso": "%d-%02d-%02d" % (d.year, d.month, d.day), "dotpad": "%d.%02d.%02d." % (d.year, d.month, d.day),
            "kor_md": "%d월 %d일" % (d.month, d.day)}[style]


# ----------------------------------------------------------------------------
# addresses
# ----------------------------------------------------------------------------
SIDO = [
    ("서울특별시", "서울시", "서울", "종로구 중구 용산구 성동구 광진구 동대문구 중랑구 성북구 강북구 도봉구 노원구 은평구 서대문구 마포구 양천구 강서구 구로구 금천구 영등포구 동작구 관악구 서초구 강남구 송파구 강동구"),
    ("부산광역시", "부산시", "부산", "해운대구 수영구 동래구 부산진구 사하구 연제구 금정구 남구 기장군"),
    ("대구광역시", "대구시", "대구", "수성구 달서구 북구 동구 달성군"),
    ("인천광역시", "인천시", "인천", "남동구 부평구 연수구 계양구 미추홀구 서구"),
    ("광주광역시", "광주시", "광주", "북구 서구 광산구 남구"),
    ("대전광역시", "대전시", "대전", "유성구 서구 중구 대덕구"),
    ("울산광역시", "울산시", "울산", "남구 중구 북구 울주군"),
    ("세종특별자치시", "세종시", "세종", ""),
    ("경기도", "", "경기", "수원시_팔달구 수원시_영통구 수원시_장안구 성남시_분당구 성남시_수정구 고양시_일산동구 고양시_덕양구 용인시_수지구 용인시_기흥구 부천시 안산시_단원구 안양시_동안구 화성시 평택시 파주시 광명시 남양주시 의정부시 시흥시 군포시 양평군"),
    ("강원특별자치도", "", "강원", "춘천시 원주시 강릉시 속초시 홍천군"),
    ("충청북도", "", "충북", "청주시_상당구 청주시_흥덕구 충주시 제천시 음성군"),
    ("충청남도", "", "충남", "천안시_동남구 천안시_서북구 아산시 공주시 당진시 홍성군"),
    ("전북특별자치도", "", "전북", "전주시_완산구 전주시_덕진구 군산시 익산시 정읍시"),
    ("전라남도", "", "전남", "목포시 여수시 순천시 나주시 무안군"),
    ("경상북도", "", "경북", "포항시_남구 포항시_북구 구미시 경주시 안동시 경산시"),
    ("경상남도", "", "경남", "창원시_성산구 창원시_의창구 김해시 진주시 양산시 거제시"),
    ("제주특별자치도", "", "제주", "제주시 서귀포시"),
]
ROAD_STEMS = ("한빛 새솔 푸른마을 은행나무 솔바람 햇살 별빛 누리 가람 다솜 미리내 한울 청솔 물빛 꽃담 느티 버들 "
              "들꽃 샘골 달맞이 너울 참나무 늘봄 온누리 노을 새움 두레 해맞이 솔숲 이슬 구름재 도란 맑은내").split()
DONGS = "한빛동 새솔동 가람동 누리동 솔내동 은하동 푸른동 샘내동 별무리동 다온동 청림동 미림동 해솔동 도담동 새뜸동 들말동".split()
MYEONS = "솔뫼면 가람면 은행면 새터면 해오름면 달빛면".split()
RIS = "새터리 솔밭리 윗말리 아랫말리 느티리 샘골리 도랑리".split()
APTS = ("한빛아파트 새솔마을아파트 푸른숲빌라 누리캐슬 가람채아파트 솔빛마을2단지 도담하이츠 햇살맨션 "
        "별빛타운 청솔아파트 미리내빌 온누리아파트").split()


def _sido_sgg(rng, allow_sejong=True):
    while True:
        s = rng.choice(SIDO)
        if s[3] or allow_sejong:
            break
    sgg = rng.choice(s[3].split()).replace("_", " ") if s[3] else ""
    return s, sgg


def _unit(rng, jibun=False):
    r = rng.random()
    if r < 0.35:
        return (" " if jibun else ", ") + "%d동 %d호" % (rng.randint(101, 120), rng.randint(1, 25) * 100 + rng.randint(1, 6))
    if r < 0.5:
        f = rng.randint(2, 9)
        return (" " if jibun else ", ") + "%d층 %d%02d호" % (f, f, rng.randint(1, 9))
    if r < 0.62:
        return (" " if jibun else ", ") + "%d호" % (rng.randint(1, 9) * 100 + rng.randint(1, 12))
    if r < 0.72:
        return " %d층" % rng.randint(2, 12)
    return ""


OLD_SIDO = {"강원특별자치도": "강원도", "전북특별자치도": "전라북도", "제주특별자치도": "제주도"}


def era_addr(a):
    """pre-2006/2023/2024 province names for 1990s and 2000s documents"""
    v = a["value"]
    for k, o in OLD_SIDO.items():
        if v.startswith(k):
            v = o + v[len(k):]
    return dict(a, value=v)


def place_addr(rng, kind=None):
    """a street address used as a location (scene of an incident): no unit, no apartment"""
    a = g_addr(rng, kind or rng.choice(["road_full", "road_sigungu", "road_short"]))
    v = a["value"].split(",")[0]
    v = re.sub(r" \d+층$", "", v)
    return dict(a, value=v, paren=None, sub=a["sub"] + "_place")


def g_addr(rng, kind=None):
    kind = kind or rng.choice(["road_full"] * 4 + ["road_short"] * 2 + ["road_sigungu"] * 2 + ["jibun"] * 2 + ["jibun_rural"])
    s, sgg = _sido_sgg(rng, allow_sejong=kind in ("road_full", "road_short"))
    post = "%05d" % rng.randint(1000, 63999)
    paren = None
    if kind.startswith("road"):
        stem = rng.choice(ROAD_STEMS)
        suf = rng.choice(["로", "로", "길", "대로", "로%d번길" % rng.randint(2, 80), "%d길" % rng.randint(2, 40)])
        bno = str(rng.randint(1, 399)) + (("-" + str(rng.randint(1, 30))) if rng.random() < 0.2 else "")
        unit = _unit(rng)
        if kind == "road_full":
            head = s[0]
        elif kind == "road_short":
            head = s[1] if (s[1] and rng.random() < 0.5) else s[2]
        else:
            head = ""
        parts = [p for p in (head, sgg) if p]
        v = " ".join(parts + [stem + suf, bno]) + unit
        if rng.random() < 0.35:
            dn = rng.choice(DONGS)
            paren = "(%s)" % dn if (rng.random() < 0.5 or not unit) else "(%s, %s)" % (dn, rng.choice(APTS))
    elif kind == "jibun":
        head = rng.choice([s[0], s[0], s[2]] + ([s[1]] if s[1] else []))
        lot = str(rng.randint(1, 1999)) + (("-" + str(rng.randint(1, 40))) if rng.random() < 0.6 else "")
        tail = ""
        if rng.random() < 0.5:
            tail = " " + rng.choice(APTS) + " %d동 %d호" % (rng.randint(101, 115), rng.randint(1, 20) * 100 + rng.randint(1, 4))
        elif rng.random() < 0.4:
            tail = " %d층" % rng.randint(2, 5)
        v = " ".join([p for p in (head, sgg) if p] + [rng.choice(DONGS), lot]) + tail
    else:
        s, sgg = rng.choice([(x, y) for x, y in [(SIDO[i], g.replace("_", " ")) for i in range(8, 17)
                                                   for g in SIDO[i][3].split() if g.endswith("군")]])
        head = rng.choice([s[0], s[2]])
        lot = str(rng.randint(1, 999)) + (("-" + str(rng.randint(1, 9))) if rng.random() < 0.5 else "")
        v = " ".join([head, sgg, rng.choice(MYEONS), rng.choice(RIS), lot])
        kind = "jibun_rural"
    return {"value": v, "sub": "addr_" + kind, "fmt": kind, "post": post, "paren": paren}


# ----------------------------------------------------------------------------
# companies, agencies and other non-PII material
# ----------------------------------------------------------------------------
CO_STEMS = [("한빛엔지니어링", "hanbit-eng"), ("누리소프트", "nurisoft"), ("가온건설", "gaon-const"),
            ("다올테크", "daoltech"), ("새솔환경", "saesol-env"), ("미래로정보통신", "miraero-ict"),
            ("청솔조경", "cheongsol"), ("한결식품", "hangyul-food"), ("온새미디자인", "onsaemi"),
            ("바른산업", "bareun-ind"), ("하늘길여행", "haneulgil"), ("해오름물산", "haeoreum"),
            ("푸른솔개발", "pureunsol"), ("솔길컨설팅", "solgil"), ("가람전기", "garam-elec"),
            ("다솜시스템", "dasom-sys"), ("별하늘광고", "byeolhaneul"), ("물빛설비", "mulbit"),
            ("새움인쇄", "saeum-print"), ("도담교육", "dodam-edu"), ("이음네트웍스", "ieum-net"),
            ("너울해운", "neoul"), ("늘봄의료기", "neulbom-med"), ("두레안전", "dure-safety")]
SOLE_STEMS = ["한빛상회", "새솔식당", "누리인쇄소", "가람철물", "다온카센터", "솔내분식", "청림꽃집", "해솔정비",
              "미림세탁소", "별무리문구", "샘내슈퍼", "도담공인중개사사무소"]


def company(rng, kind=None, ref=None):
    kind = kind or ("corp" if rng.random() < 0.7 else "sole")
    if kind == "corp":
        stem, dom = rng.choice(CO_STEMS)
        form = rng.choice(["(주)%s", "주식회사 %s", "%s 주식회사", "(주)%s", "%s(주)"])
        name = form % stem
        if rng.random() < 0.12:
            name = "유한회사 " + stem
        domain = dom + rng.choice([".co.kr", ".co.kr", ".com", ".kr"])
    else:
        name = rng.choice(SOLE_STEMS)
        domain = None
    return {"kind": kind, "name": name, "domain": domain, "rep": person(rng, ref, 30, 70)}


AGENCY_KINDS = ["ministry", "city", "gu", "dong", "police", "fire", "nhis", "school", "hospital", "court", "office"]
MINISTRIES = ["행정안전부", "보건복지부", "국토교통부", "고용노동부", "법무부", "교육부", "환경부", "여성가족부",
              "산업통상자원부", "문화체육관광부", "농림축산식품부", "해양수산부"]
DEPTS = ["운영지원과", "민원여권과", "주민등록과", "교통행정과", "자치행정과", "복지정책과", "기획예산과", "감사담당관",
         "정보화담당관", "건축과", "환경정책과", "일자리경제과", "세무과", "청소행정과", "보건행정과", "체육진흥과",
         "홍보담당관", "외국인정책과", "안전총괄과", "평생교육과"]


def agency(rng, kind=None):
    kind = kind or rng.choice(["ministry", "city", "city", "gu", "gu"])
    s, sgg = _sido_sgg(rng, allow_sejong=False)
    toks = sgg.split()
    place = toks[-1] if (kind == "gu" and toks[-1].endswith("구")) else toks[0]
    base = place[:-1] if place[-1] in "시군구" else place
    if len(base) < 2:
        base = s[2] + base + "부"
    road = rng.choice(ROAD_STEMS) + rng.choice(["로", "대로", "로", "길"])
    a = {"value": "%s %s %s %d" % (s[0] if rng.random() < 0.7 else s[2], sgg, road, rng.randint(1, 300)),
         "post": "%05d" % rng.randint(1000, 63999), "sub": "addr_inst", "fmt": "inst", "paren": None}
    area = None
    if kind == "ministry":
        name = rng.choice(MINISTRIES)
        a = {"value": "세종특별자치시 %s %d 정부세종청사 %d동" % (rng.choice(ROAD_STEMS) + "로", rng.randint(100, 500), rng.randint(1, 16)),
             "post": "30%03d" % rng.randint(100, 199), "sub": "addr_inst", "fmt": "inst", "paren": None}
        head = name + "장관"
        area = "044"
    elif kind in ("city", "gu"):
        suffix = {"시": ("시청", "시장"), "군": ("군청", "군수"), "구": ("구청", "구청장")}[place[-1]]
        name, head = place[:-1] + suffix[0], place[:-1] + suffix[1]
    elif kind == "dong":
        dn = rng.choice(DONGS)
        name, head = "%s %s행정복지센터" % (place, dn), dn + "장"
    elif kind == "police":
        name = base + "경찰서"
        head = name + "장"
    elif kind == "fire":
        name = base + "소방서"
        head = name + "장"
    elif kind == "nhis":
        name = "국민건강보험공단 %s지사" % base
        head = base + "지사장"
    elif kind == "school":
        name = base + rng.choice(["중앙", "새솔", "한빛", "가람", "누리"]) + rng.choice(["초등학교", "중학교", "고등학교"])
        head = name + "장"
    elif kind == "hospital":
        name = base + rng.choice(["시립의료원", "의료원", "보건소"])
        head = name + "장"
    elif kind == "court":
        name = s[2] + "지방법원" + ((" " + base + "지원") if (rng.random() < 0.5 and len(base) >= 2 and base != s[2]) else "")
        head = name + "장"
    elif kind == "immigration":
        name = base + "출입국·외국인사무소"
        head = name + "장"
    else:
        name = base + rng.choice(["세무서", "교육지원청", "고용센터"])
        head = name + "장"
    area = area or {"서울": "02", "부산": "051", "대구": "053", "인천": "032", "광주": "062", "대전": "042",
                    "울산": "052", "경기": "031", "강원": "033", "충북": "043", "충남": "041", "전북": "063",
                    "전남": "061", "경북": "054", "경남": "055", "제주": "064"}[s[2]]
    pre = str(rng.randint(2, 9)) + digs(rng, 2)
    sw = area + "-" + pre + "-" + rng.choice(["2114", "0114", "1114", "3114"])
    return {"kind": kind, "name": name, "head": head, "addr": a, "switch": sw, "area": area, "pre": pre,
            "dept": rng.choice(DEPTS), "place": place, "base": base, "sido": s, "sgg": sgg}


STATUTES = ["「개인정보 보호법」 제17조 제1항", "「개인정보 보호법」 제18조 제2항 제2호", "「개인정보 보호법」 제24조의2",
            "「주민등록법」 제16조 제1항", "「주민등록법」 제29조", "「여권법」 제9조 제1항", "「도로교통법」 제44조 제1항",
            "「도로교통법」 제93조 제1항 제1호", "「도로교통법」 제160조 제3항", "「출입국관리법」 제31조",
            "「출입국관리법」 제36조 제1항", "「국민건강보험법」 제12조", "「국민건강보험법」 제109조",
            "「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호", "「공공기관의 정보공개에 관한 법률」 제11조",
            "「행정업무의 운영 및 혁신에 관한 규정」 제10조", "「지방공무원법」 제72조", "「국가공무원법」 제78조 제1항",
            "「형법」 제257조 제1항", "「형법」 제347조 제1항", "「교통사고처리 특례법」 제3조 제1항",
            "「주차장법」 제29조", "「근로기준법」 제17조", "「국민기초생활 보장법」 제21조", "「소방기본법」 제29조",
            "「공무원 행동강령」 제14조", "「지방계약법 시행령」 제25조", "같은 법 시행령 제4조 제2항",
            "같은 법 시행규칙 제9조", "「민원 처리에 관한 법률」 제27조"]
PLACEHOLDERS = ["김○○", "이○○", "박○○", "최○○", "정○○", "○○○", "홍길동", "박**", "이**", "정 모 씨", "김 모 씨",
                "A씨", "B씨", "C씨", "갑", "을", "성명 미상"]
NAME_SHAPED = [("김포공항", "name_shaped_place"), ("정선군", "name_shaped_place"), ("남원시", "name_shaped_place"),
               ("이천시", "name_shaped_place"), ("하남시", "name_shaped_place"), ("안성천", "name_shaped_place"),
               ("장수군", "name_shaped_place"), ("고성군", "name_shaped_place"), ("진안고원", "name_shaped_place"),
               ("신안 갯벌", "name_shaped_place"), ("한결식품", "company_name"), ("정우상사", "company_name"),
               ("서진물류", "company_name"), ("민아제과", "company_name"), ("수아세제", "product_name"),
               ("지훈표 된장", "product_name"), ("하윤 생수", "product_name"), ("정원", "name_shaped_word"),
               ("이상 유무", "name_shaped_word"), ("조정", "name_shaped_word"), ("강화", "name_shaped_word"),
               ("장기 미제", "name_shaped_word"), ("고지서", "name_shaped_word"), ("신고", "name_shaped_word")]


def amount(rng, lo=10000, hi=90000000, style=None):
    v = rng.randint(lo // 1000, hi // 1000) * 1000
    style = style or rng.choice(["won", "won", "geum", "krw"])
    if style == "won":
        return "{:,}원".format(v)
    if style == "geum":
        return "금 {:,}원".format(v)
    return "₩{:,}".format(v)


def docno(rng, dept=None, era="modern"):
    if era == "1990s":
        return rng.choice(["총무", "행정", "민원", "세무", "사회"]) + " %05d-%d" % (rng.randint(10000, 99999), rng.randint(10, 999))
    dept = dept or rng.choice(DEPTS)
    return "%s-%d" % (dept, rng.randint(101, 29999))


def caseno(rng, kind=None, ref=None):
    y = rng.randint(ref.year - 1, ref.year) if ref else rng.randint(2019, 2026)
    kind = kind or rng.choice(["고단", "고합", "고정", "노", "구합", "구단", "가단", "가합", "고약", "누"])
    return "%d%s%d" % (y, kind, rng.randint(100, 99999))


def receipt(rng, ref=None):
    yy, mm = (ref.year % 100, ref.month) if ref else (rng.randint(20, 26), rng.randint(1, 12))
    return "%d%s-%02d%02d-%07d" % (rng.randint(1, 2), rng.choice(["AA", "AB", "AC", "BA"]), yy, mm, rng.randint(1, 9999999))


# ----------------------------------------------------------------------------
# noise
# ----------------------------------------------------------------------------
FW = str.maketrans("0123456789", "０１２３４５６７８９")
ODD_HYPHENS = ["‐", "－", "–", "―"]
CONF = {"0": "O", "1": "lI", "5": "S", "8": "B"}
DIGIT_TYPES = set(TYPES) - {"PERSON", "EMAIL_ADDRESS", "KR_ADDRESS"}


def _isdig(c):
    return c.isdigit()


def _interior(v):
    return [p for p in range(1, len(v)) if _isdig(v[p - 1]) and _isdig(v[p])]


def noise_options(typ, v):
    opts = []
    if typ in DIGIT_TYPES:
        if re.search(r"[0-9]", v):
            opts.append("fullwidth_digits")
        if "-" in v:
            opts += ["unicode_hyphen", "unicode_hyphen"]
        if _interior(v):
            opts += ["space_in_number", "newline_in_number"]
        if re.search(r"[0158]", v):
            opts.append("confusable_letters")
    elif typ == "PERSON":
        if re.fullmatch(r"[가-힣]{2,5}", v):
            opts.append("spaced_name")
    elif typ == "KR_ADDRESS":
        if " " in v.strip():
            opts += ["wrapped", "wrapped"]
        if re.search(r"[0-9]", v):
            opts.append("fullwidth_digits")
    elif typ == "EMAIL_ADDRESS":
        opts.append("wrapped")
    return opts


def apply_noise(rng, typ, v, kind):
    if kind == "fullwidth_digits":
        return v.translate(FW)
    if kind == "unicode_hyphen":
        return v.replace("-", rng.choice(ODD_HYPHENS))
    if kind in ("space_in_number", "newline_in_number"):
        p = rng.choice(_interior(v))
        return v[:p] + (" " if kind == "space_in_number" else "\n") + v[p:]
    if kind == "confusable_letters":
        pos = [i for i, c in enumerate(v) if c in CONF]
        for p in rng.sample(pos, min(len(pos), rng.choice([1, 1, 2]))):
            v = v[:p] + rng.choice(CONF[v[p]]) + v[p + 1:]
        return v
    if kind == "spaced_name":
        return " ".join(v)
    if kind == "wrapped":
        if typ == "EMAIL_ADDRESS":
            at = v.index("@")
            dots = [i for i in range(at + 2, len(v) - 1) if v[i] == "."]
            p = rng.choice([at + 1] + dots)
            return v[:p] + "\n" + v[p:]
        sp = [i for i in range(1, len(v) - 1) if v[i] == " "]
        p = rng.choice(sp)
        return v[:p] + "\n" + v[p + 1:]
    raise GenError("unknown noise " + kind)


def denoise(s):
    s = unicodedata.normalize("NFKC", s)
    for h in ODD_HYPHENS:
        s = s.replace(h, "-")
    return re.sub(r"\s", "", s)


def equiv(noisy, clean):
    a, b = denoise(noisy), re.sub(r"\s", "", clean)
    if len(a) != len(b):
        return False
    for x, y in zip(a, b):
        if x != y and not (y in CONF and x in CONF[y]):
            return False
    return True


# ----------------------------------------------------------------------------
# the draft builder
# ----------------------------------------------------------------------------
class Draft:
    def __init__(self, rng, noise_p=0.0, ocr=False):
        self.rng, self.noise_p, self.ocr = rng, noise_p, ocr
        self.buf, self.n, self.spans, self.hns = [], 0, [], []
        self.base_genre = None

    def _emit(self, s):
        self.buf.append(s)
        self.n += len(s)

    def _ocr_plain(self, s):
        rng, out = self.rng, []
        for ch in s:
            r = rng.random()
            if ch == " " and r < 0.05:
                out.append("\n")
            elif ch == " " and r < 0.08:
                out.append("  ")
            elif ch in "()" and r < 0.2:
                continue
            elif ch == "·" and r < 0.3:
                out.append(".")
            elif ch == "「" and r < 0.3:
                out.append("[")
            else:
                out.append(ch)
        return "".join(out)

    def t(self, *parts):
        for s in parts:
            self._emit(self._ocr_plain(s) if self.ocr else s)
        return self

    def raw(self, s):
        self._emit(s)
        return self

    def h(self, s, cat):
        self.hns.append({"start": self.n, "end": self.n + len(s), "text": s, "category": cat})
        self._emit(s)
        return self

    def s(self, typ, value, sub, fmt="", noise="auto", extra=None):
        need(typ in TYPES, "bad type " + typ)
        clean, tags = value, []
        if noise == "auto":
            p = self.noise_p
            if p and self.rng.random() < p:
                opts = noise_options(typ, value)
                if opts:
                    k = self.rng.choice(opts)
                    value, tags = apply_noise(self.rng, typ, value, k), [k]
                    if self.ocr and self.rng.random() < 0.3:
                        opts2 = [o for o in noise_options(typ, value) if o not in tags]
                        if opts2:
                            k2 = self.rng.choice(opts2)
                            value = apply_noise(self.rng, typ, value, k2)
                            tags.append(k2)
        elif noise:
            for k in ([noise] if isinstance(noise, str) else noise):
                if k in noise_options(typ, value):
                    value = apply_noise(self.rng, typ, value, k)
                    tags.append(k)
        sp = {"start": self.n, "end": self.n + len(value), "type": typ, "sub": sub, "format": fmt,
              "noise": tags, "value": value, "clean": clean}
        if extra:
            sp.update(extra)
        self.spans.append(sp)
        self._emit(value)
        return value

    def v(self, typ, tup, noise="auto"):
        extra = {"underlying": tup[3]} if (typ == "CREDIT_CARD" and tup[1] == "card_masked") else None
        return self.s(typ, tup[0], tup[1], tup[2], noise, extra)

    def sb(self, typ, tup, noise="auto", br="()"):
        """a span written inside brackets; OCR may lose the brackets"""
        lost = self.ocr and self.rng.random() < 0.6
        if lost:
            self._emit(self.rng.choice(["", " "]))
        else:
            self._emit(br[0])
        self.v(typ, tup, noise)
        if lost:
            self.spans[-1]["noise"].append("lost_bracket")
            self._emit(self.rng.choice(["", " "]))
        else:
            self._emit(br[1])
        return self

    def name(self, p, script=None, noise="auto", upper=False):
        if p.get("foreign"):
            script = script or self.rng.choice(["latin", "hangul"])
            if script == "latin":
                val = p["latin_upper"] if upper else p["latin"]
                return self.s("PERSON", val, "person_foreign_latin", "upper" if upper else "latin", noise)
            return self.s("PERSON", p["hangul"], "person_foreign_hangul", "hangul", noise)
        return self.s("PERSON", p["name"], p["sub"], "hangul", noise)

    def addr(self, a, post=None, paren=None, noise="auto"):
        post = (self.rng.random() < 0.35) if post is None else post
        paren = (a.get("paren") is not None and self.rng.random() < 0.6) if paren is None else paren
        if post:
            self.h("(%s)" % a["post"], "postal_code")
            self._emit(" ")
        self.s("KR_ADDRESS", a["value"], a["sub"], a["fmt"], noise)
        if paren and a.get("paren"):
            self._emit(" " if self.rng.random() < 0.5 else "")
            self.t(a["paren"])
        return self

    def inst_addr(self, a, post=True):
        if post:
            self.h("(%s)" % a["post"], "postal_code")
            self._emit(" ")
        self.h(a["value"], "institution_address")
        return self

    def text(self):
        return "".join(self.buf)


# ----------------------------------------------------------------------------
# validation
# ----------------------------------------------------------------------------
PROTECTED = {"placeholder_person", "institution_switchboard", "institution_address", "short_code",
             "official_by_office", "institution_id", "institution_email"}
SCAN = [
    ("mobile", re.compile(r"(?<!\d)01[016789][-‐－–. ]?\d{3,4}[-‐－–. ]?\d{4}(?!\d)")),
    ("email", re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")),
    ("rrn_shape", re.compile(r"(?<!\d)\d{6}\s?[-‐－–]\s?[\d*●Xx○]{7}(?!\d)")),
    ("card_shape", re.compile(r"(?<!\d)\d{4}[- ]\d{4}[- ]\d{4}[- ]\d{3,4}(?!\d)")),
    ("ipv4", re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")),
    ("landline", re.compile(r"(?<![\d-])0\d{1,2}[-)]\s?\d{3,4}-\d{4}(?!\d)")),
    ("brn_shape", re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{5}(?![\d-])")),
    ("dl_shape", re.compile(r"(?<![\d-])\d{2}-\d{2}-\d{6}-\d{2}(?![\d-])")),
]


def _digits(s):
    return re.sub(r"\D", "", s)


def _valid_date(y, m, d):
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _rrn_date(front, g):
    century = {1: 1900, 2: 1900, 3: 2000, 4: 2000, 5: 1900, 6: 1900, 7: 2000, 8: 2000}[g]
    return _valid_date(century + int(front[:2]), int(front[2:4]), int(front[4:6]))


def check_value(typ, sub, c, m):
    """format and check-digit assertions on the clean value"""
    if typ == "KR_RRN":
        if sub == "rrn_masked":
            mm = re.fullmatch(r"(\d{6})-([1-4])([*●Xx○])\3{5}", c)
            need(mm and _rrn_date(mm.group(1), int(mm.group(2))), "masked rrn " + c)
            return
        d = _digits(c)
        need(len(d) == 13 and re.fullmatch(r"\d{6}[- ]?\d{7}", c), "rrn shape " + c)
        g = int(d[6])
        need(g in (1, 2, 3, 4), "rrn gender")
        bd = _rrn_date(d[:6], g)
        need(bd is not None, "rrn date")
        ok = rrn_check([int(x) for x in d[:12]]) == int(d[12])
        if sub == "rrn_valid":
            need(ok and bd < dt.date(2020, 10, 1), "rrn check " + c)
        else:
            need(sub == "rrn_post2020" and not ok and bd >= dt.date(2020, 10, 1), "post2020 " + c)
    elif typ == "KR_FRN":
        if sub == "frn_masked":
            mm = re.fullmatch(r"(\d{6})-([5-8])\*{6}", c)
            need(mm and _rrn_date(mm.group(1), int(mm.group(2))), "masked frn")
            return
        need(re.fullmatch(r"\d{6}-[5-8]\d{6}", c), "frn shape " + c)
        d = _digits(c)
        need(_rrn_date(d[:6], int(d[6])) is not None, "frn date")
        need(frn_check([int(x) for x in d[:12]]) == int(d[12]), "frn check " + c)
    elif typ == "KR_BRN":
        need(re.fullmatch(r"\d{3}-?\d{2}-?\d{5}", c), "brn shape")
        d = _digits(c)
        need(brn_check([int(x) for x in d[:9]]) == int(d[9]), "brn check " + c)
    elif typ == "KR_CRN":
        need(re.fullmatch(r"\d{6}-?\d{7}", c), "crn shape")
        d = _digits(c)
        need(crn_check([int(x) for x in d[:12]]) == int(d[12]), "crn check " + c)
    elif typ == "CREDIT_CARD":
        if sub == "card_masked":
            full = m["underlying"]
            need(luhn_ok(full), "masked card luhn")
            vis = re.sub(r"-", "", c)
            need(len(vis) == len(full) and all(a == b or a in "*X●" for a, b in zip(vis, full)), "masked card mismatch")
            need(sum(1 for a in vis if a in "*X●") >= 4, "masked card mask")
        else:
            d = _digits(c)
            need(len(d) in (15, 16) and luhn_ok(d), "luhn " + c)
    elif typ == "KR_PASSPORT":
        if sub == "passport_foreign":
            need(re.fullmatch(r"[A-Z0-9]{8,10}", c) and len(re.findall(r"\d", c)) >= 3, "foreign passport " + c)
        elif sub.endswith("official"):
            need(re.fullmatch(r"[GD](\d{8}|\d{3}[A-Z]\d{4})", c), "official passport")
        elif sub == "passport_kr_old":
            need(re.fullmatch(r"[MSR]\d{8}", c), "old passport")
        else:
            need(sub == "passport_kr_new" and re.fullmatch(r"[MSR]\d{3}[A-Z]\d{4}", c), "new passport")
    elif typ == "KR_DRIVER_LICENSE":
        mm = re.fullmatch(r"(?:(\d{2})|([가-힣]{2,4}) ?)[- ]?(\d{2})[- ]?(\d{6})[- ]?(\d{2})", c)
        need(mm, "dl shape " + c)
        need((mm.group(1) in DL_REGION) if mm.group(1) else (mm.group(2) in DL_NAME2CODE), "dl region " + c)
    elif typ == "KR_VEHICLE_PLATE":
        need(re.fullmatch(r"(?:[가-힣]{2} ?)?\d{2,3}[가-힣] ?\d{4}", c), "plate " + c)
    elif typ == "KR_HEALTH_INSURANCE":
        need(re.fullmatch(r"[1-9]\d{10}", c), "hi " + c)
    elif typ == "KR_BANK_ACCOUNT":
        need(re.fullmatch(r"\d+(?:-\d+)*", c) and 10 <= len(_digits(c)) <= 14, "account " + c)
    elif typ == "PHONE_NUMBER":
        need(re.fullmatch(r"(?:01[016789]|0\d{1,2}|070)[-. ]?\d{3,4}[-. ]?\d{4}|\(0\d{1,2}\) \d{3,4}-\d{4}|\+82-10-\d{4}-\d{4}", c), "phone " + c)
        need(not re.match(r"(1588|1577|1600|1544|1644|1566|1661|1899)", c), "switchboard labelled")
    elif typ == "EMAIL_ADDRESS":
        need(re.fullmatch(r"[a-z0-9._]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+", c), "email " + c)
    elif typ == "IP_ADDRESS":
        ipaddress.ip_address(c)
    elif typ == "DATE_OF_BIRTH":
        d = _digits(c)
        need(re.search(r"\d", c), "dob digits")
        if sub == "dob_dmy_eng":
            mm = re.fullmatch(r"(\d{2}) ([A-Z]{3}) (\d{4})", c)
            need(mm and mm.group(2) in MON_EN, "dob eng")
        else:
            nums = [int(x) for x in re.findall(r"\d+", c)]
            if len(nums) == 1:
                x = d
                nums = [int(x[:-4]), int(x[-4:-2]), int(x[-2:])]
            y = nums[0] if nums[0] > 999 else (1900 + nums[0] if nums[0] > 26 else 2000 + nums[0])
            need(_valid_date(y, nums[1], nums[2]) is not None, "dob date " + c)
    elif typ == "KR_ADDRESS":
        heads = set()
        for s in SIDO:
            heads.update([s[0], s[2]] + ([s[1]] if s[1] else []))
            for g in s[3].split():
                heads.add(g.split("_")[0])
        heads.update(OLD_SIDO.values())
        need(c.split(" ")[0] in heads, "address head " + c)
        need(re.search(r"(\d|호|층)$", c), "address tail " + c)
    elif typ == "PERSON":
        need(re.fullmatch(r"[가-힣]{2,5}|[가-힣]{1,5}( [가-힣]{1,5}){1,2}|[A-Za-z]+( [A-Za-z]+){1,2}", c), "person " + c)
        need(c not in BAD_NAMES, "person is a common word")


def validate(rec, meta):
    text, spans, ms = rec["text"], rec["spans"], meta["spans"]
    need(len(spans) == len(ms), "span/meta count")
    prev = 0
    for sp, m in zip(spans, ms):
        need(sp["type"] in TYPES, "type")
        need((sp["start"], sp["end"], sp["type"]) == (m["start"], m["end"], m["type"]), "meta mismatch")
        need(0 <= sp["start"] < sp["end"] <= len(text), "bounds")
        need(sp["start"] >= prev, "overlap or unsorted")
        prev = sp["end"]
        v = text[sp["start"]:sp["end"]]
        need(v == m["value"], "text != value")
        need(not v[0].isspace() and not v[-1].isspace(), "whitespace edge")
        need(equiv(v, m["clean"]), "noisy value not equivalent to clean: %r %r" % (v, m["clean"]))
        check_value(sp["type"], m["sub"], m["clean"], m)
    if meta["no_pii"]:
        need(not spans, "no_pii record has spans")
    else:
        need(spans, "record without spans")
    vals = set(text[s["start"]:s["end"]] for s in spans) | set(m["clean"] for m in ms)
    for h in meta["hard_negatives"]:
        need(text[h["start"]:h["end"]] == h["text"], "hn text")
        for sp in spans:
            need(h["end"] <= sp["start"] or h["start"] >= sp["end"], "hard negative overlaps span: " + h["text"])
        if h["category"] in PROTECTED:
            need(h["text"] not in vals, "protected hn is labelled elsewhere: " + h["text"])
    ivs = [(s["start"], s["end"]) for s in spans]

    def inside(a, b, iv):
        return any(x <= a and b <= y for x, y in iv)
    for v in vals:
        if len(v) < 2:
            continue
        for mo in re.finditer(re.escape(v), text):
            need(inside(mo.start(), mo.end(), ivs), "unlabelled repeat of %r" % v)
    hiv = [(h["start"], h["end"]) for h in meta["hard_negatives"]]
    for nm, rx in SCAN:
        for mo in rx.finditer(text):
            need(inside(mo.start(), mo.end(), ivs) or inside(mo.start(), mo.end(), hiv),
                 "PII-shaped %s outside spans: %r" % (nm, mo.group()))


# ----------------------------------------------------------------------------
# text helpers
# ----------------------------------------------------------------------------
def has_batchim(word):
    c = word.strip()[-1]
    if "가" <= c <= "힣":
        return (ord(c) - 0xAC00) % 28 != 0
    if c.isdigit():
        return c in "0136789"
    return c.lower() in "lmnr"


def jo(word, pair):
    """Korean particle: pair is e.g. '은는', '이가', '을를', '과와', '이여'."""
    if len(pair) == 1:
        return pair
    return pair[0] if has_batchim(word) else pair[1]


def euro(word):
    """'으로' after a consonant other than ㄹ, else '로'"""
    c = word.strip()[-1]
    if "가" <= c <= "힣":
        t = (ord(c) - 0xAC00) % 28
        return "으로" if t not in (0, 8) else "로"
    return "로"


def dept_head(dept):
    return dept if dept.endswith("관") else dept + "장"


SUR_ROMAN = dict(zip(
    "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 전 홍 고 문 양 손 배 백 허 유 남 심 노 곽 성 차 주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 석 선 설 길 연 위 표 명 반 왕 금 옥 육 맹 탁 국 어 은 편 봉 제 빈 라 남궁 황보 제갈 선우 독고 사공 서문".split(),
    "KIM LEE PARK CHOI JUNG KANG CHO YOON JANG LIM HAN OH SEO SHIN KWON HWANG AHN SONG RYU JEON HONG KO MOON YANG SON BAE BAEK HEO YOO NAM SHIM NOH KWAK SUNG CHA JOO WOO KOO MIN JIN NA JI EOM CHAE WON CHEON BANG KONG HYUN HAM BYUN YEOM YEO CHOO SEOK SUN SEOL KIL YEON WI PYO MYUNG BAN WANG KEUM OK YUK MAENG TAK KUK EO EUN PYUN BONG JE BIN RA NAMGOONG HWANGBO JEGAL SUNWOO DOKGO SAGONG SEOMUN".split()))
_L = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
_V = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"]
_T = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"]


def _rom(s):
    out = []
    for i, ch in enumerate(s):
        c = ord(ch) - 0xAC00
        l, v, t = c // 588, (c % 588) // 28, c % 28
        out.append(("g" if l == 0 and i == 0 else _L[l]) + _V[v] + _T[t])
    return "".join(out)


def roman(p, style="upper"):
    name = p["name"]
    sur = name[:2] if name[:2] in SUR_ROMAN and len(name) >= 3 and name[:2] in SUR2 else name[0]
    giv = _rom(name[len(sur):])
    s = SUR_ROMAN[sur]
    if style == "upper":
        return s + " " + giv.upper()
    return giv.capitalize() + " " + s.capitalize()


def d_roman(d, p, style="upper", noise="auto"):
    return d.s("PERSON", roman(p, style), "person_kr_latin", style, noise)


TITLES = ["주무관", "주무관", "주무관", "사무관", "서기관", "팀장", "과장", "주사", "주사보", "계장", "실무관"]


def hd(d, s):
    return d.h(s, "date")


def h_amt(d, rng, lo=10000, hi=90000000, style=None):
    return d.h(amount(rng, lo, hi, style), "amount")


def h_stat(d, rng, pool=None):
    return d.h(rng.choice(pool or STATUTES), "statute_citation")


def h_ph(d, rng, s=None):
    return d.h(s or rng.choice(PLACEHOLDERS), "placeholder_person")


def h_sw(d, s):
    return d.h(s, "short_code" if len(s) <= 4 else "institution_switchboard")


def h_off(d, s):
    return d.h(s, "official_by_office")


def h_doc(d, rng, dept=None, era="modern"):
    return d.h(docno(rng, dept, era), "document_number")


def h_case(d, rng, kind=None, ref=None):
    return d.h(caseno(rng, kind, ref), "case_number")


def h_co(d, co):
    return d.h(co["name"], "company_name")


NS_PHRASES = [
    ("주변 ", "정원", "name_shaped_word", " 관리 상태도 함께 점검하였습니다. "),
    ("시설물 ", "이상 유무", "name_shaped_word", "를 다시 확인하였습니다. "),
    ("일정 ", "조정", "name_shaped_word", "이 필요한 경우 다시 안내해 드리겠습니다. "),
    ("야간 순찰 ", "강화", "name_shaped_word", " 방안도 함께 검토하겠습니다. "),
    ("", "장기 미제", "name_shaped_word", " 사안으로 남지 않도록 관리하겠습니다. "),
    ("과태료 ", "고지서", "name_shaped_word", "는 별도로 발송됩니다. "),
    ("", "신고", "name_shaped_word", " 내용은 관련 부서에 공유하였습니다. "),
    ("", "김포공항", "name_shaped_place", " 인근에서도 비슷한 사례가 있었습니다. "),
    ("", "정선군", "name_shaped_place", "과 같은 군 지역에는 별도 기준이 적용됩니다. "),
    ("", "남원시", "name_shaped_place", "의 운영 사례를 참고하였습니다. "),
    ("", "이천시", "name_shaped_place", " 소재 시설과 관련된 사항은 관할 기관으로 이송하였습니다. "),
    ("", "하남시", "name_shaped_place", "와 맞닿은 구간이어서 협의가 필요합니다. "),
    ("", "고성군", "name_shaped_place", " 방면 도로는 이번 점검 대상에서 제외되었습니다. "),
    ("", "한결식품", "company_name", " 등 인근 업체에도 협조를 요청하였습니다. "),
    ("", "정우상사", "company_name", " 측에도 같은 내용을 통보하였습니다. "),
    ("", "서진물류", "company_name", " 화물차의 통행 시간대도 살펴보겠습니다. "),
    ("", "민아제과", "company_name", " 공장 주변 악취 문제도 함께 검토 중입니다. "),
    ("제품명 ", "수아세제", "product_name", "의 표시·광고 문제는 소관 기관에 이송하였습니다. "),
    ("", "지훈표 된장", "product_name", " 등 지역 특산품 판매 행사는 별도로 안내합니다. "),
    ("", "하윤 생수", "product_name", " 무료 배부 행사는 이미 종료되었습니다. "),
]


PLAIN_ENDINGS = [("드리겠습니다", "드리겠다"), ("하겠습니다", "하겠다"), ("였습니다", "였다"), ("었습니다", "었다"),
                 ("됩니다", "된다"), ("입니다", "이다"), ("합니다", "한다"), ("습니다", "다")]


def h_ns(d, rng, plain=False):
    """a whole sentence around a name-shaped word that is not a person"""
    pre, w, cat, post = rng.choice(NS_PHRASES)
    if plain:
        for a, b in PLAIN_ENDINGS:
            post = post.replace(a, b)
    d.t(pre)
    d.h(w, cat)
    d.t(post)


def official(d, rng, p, title=None, order=None):
    """'주무관 김민수' or '김민수 주무관' -- span is the name only"""
    title = title or rng.choice(TITLES)
    order = order or rng.choice(["tn", "nt"])
    if order == "tn":
        d.t(title + " ")
        d.name(p)
    else:
        d.name(p)
        d.t(" " + title)
    return title


def sep_line(d, rng):
    d.t("\n" + rng.choice(["", "─" * 30 + "\n", "-" * 40 + "\n", "\n"]))


# ----------------------------------------------------------------------------
# templates
# ----------------------------------------------------------------------------
TEMPLATES = []


def template(name, genre, narrative, n, nopii_every=0, noise_p=0.05, ocr=False):
    def deco(fn):
        TEMPLATES.append({"name": name, "fn": fn, "genre": genre, "narrative": narrative, "n": n,
                          "nopii_every": nopii_every, "noise_p": noise_p, "ocr": ocr})
        return fn
    return deco


# ---- 공문 -------------------------------------------------------------------
@template("gongmun_1990s", "공문", False, 14, nopii_every=7, noise_p=0.2)
def t_gongmun_1990s(d, rng, i, nopii):
    ref = doc_date(rng, "1990s")
    ag = agency(rng, rng.choice(["city", "gu", "police"]))
    ag["addr"] = {"value": "%s %s %s %d-%d" % (OLD_SIDO.get(ag["sido"][0], ag["sido"][0]), ag["sgg"], rng.choice(DONGS), rng.randint(1, 999), rng.randint(1, 30)),
                  "post": "", "sub": "addr_inst", "fmt": "inst", "paren": None}
    d.t(ag["name"] + "\n\n")
    d.t(rng.choice(["문서번호  ", "文書番號  ", "분류기호\n문서번호  "]))
    h_doc(d, rng, era="1990s")
    d.t("\n시행일자  ")
    hd(d, fdate(ref, "dot"))
    d.t("\n(경 유)\n수    신  ")
    other = agency(rng, "city")
    h_off(d, other["head"])
    d.t("\n참    조  " + rng.choice(DEPTS) + "장\n\n제    목  ")
    subj = rng.choice(["주민등록 사실조사 결과 통보", "보상금 지급 대상자 통보", "무단전출자 소재 확인 의뢰", "인감증명 부정발급 관련 조회"])
    d.t(subj + "\n\n  1. 귀 기관 ")
    h_doc(d, rng, era="1990s")
    d.t("(" + fdate(ref - dt.timedelta(days=rng.randint(5, 40)), "dot") + ")호와 관련입니다.\n")
    if nopii:
        d.t("  2. 위 건에 대하여 해당 동사무소에 확인한 바, 대상자 ")
        h_ph(d, rng, rng.choice(["김○○", "이○○", "박○○"]))
        d.t("은 관내에 거주하지 않는 것으로 확인되어 통보합니다.\n  3. 기타 문의는 민원실(")
        h_sw(d, ag["switch"])
        d.t(")로 하여 주시기 바랍니다.  끝.\n\n")
        h_off(d, ag["head"])
        d.t("\n\n기안자 주사보 (서명)  검토자 계장 (서명)  결재권자 과장 (서명)\n우 ")
        d.h("%03d-%03d" % (rng.randint(100, 799), rng.randint(10, 999)), "postal_code")
        d.t("  ")
        d.inst_addr(era_addr(ag["addr"]), post=False)
        d.t("  전화 ")
        h_sw(d, ag["switch"])
        return
    p = person(rng, ref, 25, 70, era="1990s")
    d.t("  2. 아래 사람에 대하여 조사한 결과를 다음과 같이 통보합니다.\n\n")
    d.t("      성    명 : ")
    d.name(p)
    d.t("\n      주민등록번호 : ")
    d.v("KR_RRN", g_rrn(rng, p, rng.choice(["valid", "valid", "valid", "masked"]), "hyphen"))
    d.t("\n      주    소 : ")
    d.addr(era_addr(g_addr(rng, rng.choice(["jibun", "jibun", "jibun_rural"]))), post=False)
    d.t("\n      연 락 처 : ")
    d.v("PHONE_NUMBER", g_phone(rng, rng.choice(["mobile_old", "paren", "landline"])))
    d.t("\n      조사결과 : " + rng.choice(["실거주 확인", "주민등록 거주불명 등록 대상", "전출 후 미신고", "세대 합가 확인"]) + "\n\n")
    d.t("  3. 보상금은 금 ")
    h_amt(d, rng, 100000, 9000000, "won")
    d.t("이며, 지급 후 결과를 알려 주시기 바랍니다.  끝.\n\n")
    h_off(d, ag["head"])
    d.t("  (직인생략)\n\n")
    a, b, c = person(rng, ref, 30, 58, era="1990s"), person(rng, ref, 35, 58, era="1990s"), person(rng, ref, 40, 59, era="1990s")
    d.t("기안자 ")
    official(d, rng, a, rng.choice(["주사보", "주사", "서기"]), "tn")
    d.t("  검토자 ")
    official(d, rng, b, "계장", "tn")
    d.t("  결재권자 ")
    official(d, rng, c, "과장", "tn")
    d.t("\n우 ")
    d.h("%03d-%03d" % (rng.randint(100, 799), rng.randint(10, 999)), "postal_code")
    d.t("  ")
    d.inst_addr(era_addr(ag["addr"]), post=False)
    d.t("\n전화 ")
    d.v("PHONE_NUMBER", g_phone(rng, "paren", area=ag["area"]))
    d.t(" (" + rng.choice(["담당", "내선"]) + ")  대표 ")
    h_sw(d, ag["switch"])


@template("gongmun_2000s", "공문", False, 12, noise_p=0.08)
def t_gongmun_2000s(d, rng, i, nopii):
    ref = doc_date(rng, "2000s")
    ag = agency(rng, rng.choice(["city", "gu", "office", "police"]))
    d.t(ag["name"] + "\n")
    d.t("수 신 자  ")
    other = agency(rng, rng.choice(["police", "city", "office"]))
    h_off(d, other["head"])
    d.t("\n(경 유)\n제    목  ")
    p = person(rng, ref, 20, 65)
    kind = rng.choice(["passport", "dl", "account"])
    if kind == "passport":
        d.t("여권 발급 제한 대상자 통보\n\n1. 「여권법」 제12조에 따라 아래 사람에 대한 여권 발급 제한 사실을 통보합니다.\n\n")
        d.t("  가. 성명: ")
        d.name(p)
        d.t(" (")
        d_roman(d, p)
        d.t(")\n  나. 주민등록번호: ")
        d.v("KR_RRN", g_rrn(rng, p, "valid"))
        d.t("\n  다. 여권번호: ")
        d.v("KR_PASSPORT", g_passport(rng, None, "old"))
        d.t("\n  라. 제한기간: ")
        hd(d, fdate(ref, "dot"))
        d.t(" ~ ")
        hd(d, fdate(ref + dt.timedelta(days=rng.randint(300, 1200)), "dot"))
    elif kind == "dl":
        d.t("운전면허 행정처분 대상자 통보\n\n1. 관련: ")
        h_doc(d, rng)
        d.t("\n2. 「도로교통법」에 따른 처분 대상자를 다음과 같이 통보합니다.\n\n")
        d.t("  ○ 성  명: ")
        d.name(p)
        d.t("\n  ○ 생년월일: ")
        d.v("DATE_OF_BIRTH", g_dob(rng, p["birth"], rng.choice(["dot_space", "kor", "dot_pad"])))
        d.t("\n  ○ 면허번호: ")
        d.v("KR_DRIVER_LICENSE", g_dl(rng, rng.choice(["region_space", "region_nospace", "numeric"])))
        d.t("\n  ○ 차량번호: ")
        d.v("KR_VEHICLE_PLATE", g_plate(rng, rng.choice(["2digit", "region"])))
        d.t("\n  ○ 처분내용: 면허정지 " + str(rng.choice([40, 60, 100])) + "일")
    else:
        d.t("보상금 지급 계좌 확인 요청\n\n1. 아래 수령인의 지급 계좌를 확인하여 주시기 바랍니다.\n\n")
        d.t("  - 수령인: ")
        d.name(p)
        d.t("\n  - 주  소: ")
        a2 = g_addr(rng, rng.choice(["road_full", "jibun", "road_sigungu"]))
        while a2["value"].startswith("세종"):
            a2 = g_addr(rng, rng.choice(["road_full", "jibun", "road_sigungu"]))
        d.addr(era_addr(a2), post=rng.random() < 0.5)
        bank, acc, sub, fmt = g_account(rng)
        d.t("\n  - 계  좌: " + bank + " ")
        d.s("KR_BANK_ACCOUNT", acc, sub, fmt)
        d.t(" (예금주 ")
        d.name(p)
        d.t(")\n  - 금  액: ")
        h_amt(d, rng, 50000, 5000000, "geum")
    d.t("\n\n2. 문의사항은 담당자에게 연락하여 주시기 바랍니다.  끝.\n\n")
    h_off(d, ag["head"])
    d.t("\n\n")
    a, b = person(rng, ref, 28, 58), person(rng, ref, 40, 59)
    d.t("담당 ")
    d.name(a)
    d.t("  " + rng.choice(["팀장", "계장"]) + " ")
    d.name(b)
    d.t("  " + rng.choice(["과장", "담당관"]) + " 전결\n협조자\n시행  ")
    h_doc(d, rng, ag["dept"])
    d.t(" (" + fdate(ref, "dotpad") + ")  접수\n우 ")
    d.h("%03d-%03d" % (rng.randint(100, 799), rng.randint(10, 999)), "postal_code")
    d.t("  ")
    d.inst_addr(era_addr(ag["addr"]), post=False)
    d.t("  / http://www." + _rom(ag["base"]) + ".go.kr\n전화 ")
    direct = g_phone(rng, "landline", area=ag["area"], prefix=ag["pre"])
    d.v("PHONE_NUMBER", direct)
    d.t("  전송 ")
    d.v("PHONE_NUMBER", (direct[0][:-4] + digs(rng, 4), "phone_fax", "hyphen"))
    d.t("  / ")
    d.v("EMAIL_ADDRESS", g_email(rng, "official"))
    d.t("  / " + rng.choice(["공개", "비공개(6)", "부분공개(6)"]))


@template("gongmun_electronic", "공문", False, 20, nopii_every=5, noise_p=0.04)
def t_gongmun_electronic(d, rng, i, nopii):
    ref = doc_date(rng)
    ag = agency(rng, rng.choice(["ministry", "city", "gu", "police", "office"]))
    d.t(ag["name"] + "\n\n수신  ")
    other = agency(rng, rng.choice(["police", "city", "gu", "nhis"]))
    h_off(d, other["head"])
    dp = rng.choice(DEPTS)
    d.t("(" + dp + ("" if dp.endswith("관") else "장") + ")\n(경유)\n제목  ")
    variant = "notice" if nopii else rng.choice(["fact", "vehicle", "ip", "foreign", "reward"])
    if variant == "notice":
        d.t("「개인정보 보호법」 위반 사례 전파 및 점검 협조 요청\n\n1. 관련: ")
        h_doc(d, rng)
        d.t("(")
        hd(d, fdate(ref - dt.timedelta(days=10), "dotpad"))
        d.t(")\n2. 최근 ")
        h_stat(d, rng)
        d.t(" 위반 사례가 발생하여 각 기관에 전파하오니, 소관 시스템 점검 결과를 ")
        hd(d, fdate(ref + dt.timedelta(days=14), "dotpad"))
        d.t("까지 제출하여 주시기 바랍니다.\n  가. 점검 대상: 개인정보처리시스템 접속기록(")
        d.h(rng.choice(["v3.2.11", "10.0.19045.3803", "5.4.2.1007", "2.18.0.6"]), "version_number")
        d.t(" 이상)\n  나. 제출 방법: 온-나라 문서 회신\n3. 문의: 대표전화 ")
        h_sw(d, ag["switch"])
        d.t(" 또는 정부민원안내콜센터 ")
        h_sw(d, "110")
        d.t("\n붙임  점검표 1부.  끝.\n\n")
        h_off(d, ag["head"])
        d.t("\n\n주무관 (전자서명)   사무관 (전자서명)   과장 전결 ")
        hd(d, fdate(ref, "iso"))
        d.t("\n시행 ")
        h_doc(d, rng, ag["dept"])
        d.t(" (" + fdate(ref, "iso") + ")  접수\n우 ")
        d.inst_addr(ag["addr"], post=False)
        d.t("  / www." + _rom(ag["base"]) + ".go.kr\n대표전화 ")
        h_sw(d, ag["switch"])
        d.t(" / 공개")
        return
    p = person(rng, ref, 19, 80)
    if variant == "fact":
        d.t("사실조회 요청에 대한 회신\n\n1. 관련: 귀 기관 ")
        h_doc(d, rng)
        d.t("(" + fdate(ref - dt.timedelta(days=rng.randint(3, 30)), "dotpad") + ")\n2. 위 호와 관련하여 조회 대상자의 인적사항을 다음과 같이 회신합니다.\n")
        d.t("  가. 성명: ")
        d.name(p)
        d.t("\n  나. 생년월일: ")
        d.v("DATE_OF_BIRTH", g_dob(rng, p["birth"]))
        d.t("\n  다. 주소: ")
        d.addr(g_addr(rng))
        d.t("\n  라. 연락처: ")
        d.v("PHONE_NUMBER", g_phone(rng, "mobile"))
        d.t("\n3. 회신 자료는 수사 목적 외에 사용할 수 없음을 알려 드립니다.")
    elif variant == "vehicle":
        d.t("자동차 소유자 인적사항 제공 요청\n\n1. ")
        h_stat(d, rng, ["「도로교통법」 제160조 제3항", "「주차장법」 제29조", "「개인정보 보호법」 제18조 제2항 제2호"])
        d.t("에 따라 아래 차량의 소유자 정보를 요청합니다.\n")
        for k in range(rng.randint(1, 3)):
            d.t("  %d) 차량번호 " % (k + 1))
            d.v("KR_VEHICLE_PLATE", g_plate(rng))
            d.t(" / 위반일시 ")
            hd(d, fdate(ref - dt.timedelta(days=rng.randint(1, 60)), "iso"))
            d.t("\n")
        d.t("2. 참고로 1번 차량의 등록 명의인은 ")
        d.name(p)
        d.t("(주소: ")
        d.addr(g_addr(rng), post=False)
        d.t(")으로 확인되었습니다.")
    elif variant == "ip":
        d.t("통신자료 제공 요청(수사 협조)\n\n1. 관련 사건: ")
        h_case(d, rng, "고단", ref)
        d.t("\n2. 아래 IP 주소의 사용자 정보를 제공하여 주시기 바랍니다.\n")
        for k in range(rng.randint(2, 4)):
            d.t("  - ")
            d.v("IP_ADDRESS", g_ip(rng, rng.choice(["public", "public", "v6"])))
            d.t(" (접속일시 ")
            hd(d, fdate(ref - dt.timedelta(days=rng.randint(1, 90)), "iso"))
            d.t(" %02d:%02d)\n" % (rng.randint(0, 23), rng.randint(0, 59)))
        d.t("3. 피의자 ")
        d.name(p)
        d.t("(")
        d.v("DATE_OF_BIRTH", g_dob(rng, p["birth"], rng.choice(["dot_space", "iso", "dot_pad"])))
        d.t("생)의 이메일 계정 ")
        d.v("EMAIL_ADDRESS", g_email(rng))
        d.t("에 대한 가입자 정보도 함께 요청합니다.")
    elif variant == "foreign":
        f = foreigner(rng, ref)
        d.t("외국인 체류 사실 확인 회신\n\n1. 귀 기관에서 요청한 외국인의 체류 사실을 다음과 같이 회신합니다.\n")
        d.t("  가. 성명: ")
        d.name(f, "latin", upper=True)
        d.t(" (" + f["nat"] + ")\n  나. 외국인등록번호: ")
        d.v("KR_FRN", g_frn(rng, f))
        d.t("\n  다. 여권번호: ")
        d.v("KR_PASSPORT", g_passport(rng, f))
        d.t("\n  라. 체류지: ")
        d.addr(g_addr(rng))
        d.t("\n  마. 체류자격: " + rng.choice(["E-9", "F-6", "D-2", "H-2", "E-7"]) + " (만료일 ")
        hd(d, fdate(ref + dt.timedelta(days=rng.randint(30, 700)), "iso"))
        d.t(")\n2. 참고로 고용주는 ")
        co = company(rng, "corp", ref)
        h_co(d, co)
        d.t("(사업자등록번호 ")
        d.v("KR_BRN", g_brn(rng, "corp"))
        if rng.random() < 0.5:
            d.t(", 법인등록번호 ")
            d.v("KR_CRN", g_crn(rng))
        d.t(")입니다.")
    else:
        d.t("신고 포상금 지급 결정 통보\n\n1. ")
        h_stat(d, rng)
        d.t("에 따른 신고 포상금 지급을 다음과 같이 결정하였습니다.\n  ○ 수령인: ")
        d.name(p)
        d.t(" ")
        d.sb("KR_RRN", g_rrn(rng, p, "masked"))
        d.t("\n  ○ 지급액: ")
        h_amt(d, rng, 50000, 2000000, "geum")
        bank, acc, sub, fmt = g_account(rng)
        d.t("\n  ○ 지급계좌: " + bank + " ")
        d.s("KR_BANK_ACCOUNT", acc, sub, fmt)
    d.t("\n붙임  관련 자료 1부.  끝.\n\n")
    h_off(d, ag["head"])
    d.t("\n\n")
    a, b, c = person(rng, ref, 26, 55), person(rng, ref, 35, 58), person(rng, ref, 42, 59)
    d.t(rng.choice(["★", "", "기안자 "]) + "주무관 ")
    d.name(a)
    d.t("   " + rng.choice(["팀장", "사무관"]) + " ")
    d.name(b)
    d.t("   " + rng.choice(["과장", "담당관", "팀장"]) + " 전결 " + fdate(ref, "dotpad") + " ")
    d.name(c)
    if rng.random() < 0.5:
        d.t("\n협조자  " + rng.choice(["사무관", "주무관"]) + " ")
        d.name(person(rng, ref, 28, 58))
    d.t("\n시행  ")
    h_doc(d, rng, ag["dept"])
    d.t(" (" + fdate(ref, "iso") + ")   접수\n우 ")
    d.inst_addr(ag["addr"], post=False)
    d.t("  / www." + _rom(ag["base"]) + ".go.kr\n전화번호 ")
    direct = g_phone(rng, "landline", area=ag["area"], prefix=ag["pre"])
    d.v("PHONE_NUMBER", direct)
    d.t("  팩스번호 ")
    d.v("PHONE_NUMBER", (direct[0][:-4] + digs(rng, 4), "phone_fax", "hyphen"))
    d.t(" / ")
    d.v("EMAIL_ADDRESS", g_email(rng, "official"))
    d.t(" / " + rng.choice(["부분공개(6)", "비공개(6)", "공개"]))


# ---- 민원 회신 ----------------------------------------------------------------
COMPLAINTS = [
    ("주택가 소음", "인근 공사장에서 새벽부터 소음이 발생한다"),
    ("가로등 고장", "집 앞 가로등이 일주일째 꺼져 있어 밤길이 위험하다"),
    ("불법 현수막", "교차로 주변에 불법 현수막이 계속 게시된다"),
    ("쓰레기 무단투기", "골목에 생활폐기물이 무단으로 버려지고 있다"),
    ("보도 파손", "보도블록이 파손되어 어르신이 넘어질 뻔했다"),
    ("악취", "하수구에서 악취가 심하게 올라온다"),
    ("공원 시설", "어린이공원 그네가 고장 나 있다"),
]


@template("minwon_reply", "민원회신", True, 22, nopii_every=11, noise_p=0.05)
def t_minwon_reply(d, rng, i, nopii):
    ref = doc_date(rng)
    ag = agency(rng, rng.choice(["city", "gu", "dong"]))
    topic, claim = rng.choice(COMPLAINTS)
    p = person(rng, ref, 25, 80)
    off = person(rng, ref, 26, 58)
    ttl = rng.choice(["주무관", "주무관", "팀장"])
    if nopii:
        d.t("민원인 귀하\n\n")
    else:
        d.name(p)
        d.t(rng.choice([" 귀하\n\n", " 님 귀하\n\n", "  귀하\n\n"]))
    d.t("제목: " + topic + " 관련 민원 처리 결과 알림\n\n")
    d.t("1. 평소 " + ag["name"] + " 행정에 관심을 가져 주신 데 대하여 감사드립니다.\n")
    d.t("2. 귀하께서 ")
    hd(d, fdate(ref - dt.timedelta(days=rng.randint(3, 14)), "kor"))
    d.t(" 국민신문고를 통해 신청하신 민원(접수번호 ")
    d.h(receipt(rng, ref), "receipt_number")
    d.t(")에 대한 검토 결과를 다음과 같이 알려 드립니다.\n")
    d.t("3. 귀하께서는 ")
    if nopii:
        d.t("거주하시는 지역에서 ")
    else:
        d.addr(g_addr(rng, rng.choice(["road_full", "road_sigungu", "jibun"])), post=False, paren=False)
        d.t(" 주변에서 ")
    d.t(claim + "고 하시면서 조속한 조치를 요청하셨습니다.\n")
    unit = "동" if ag["name"].endswith("행정복지센터") else ag["name"][-2] if ag["name"][-2] in "구군시" else "시"
    d.t("4. 이에 우리 " + unit + " ")
    if nopii:
        h_off(d, dept_head(ag["dept"]))
        d.t("이 ")
    else:
        d.t(ag["dept"] + " ")
        d.name(off)
        d.t(" " + ttl + jo(ttl, "이가") + " ")
    hd(d, fdate(ref - dt.timedelta(days=rng.randint(1, 3)), "kor_md"))
    d.t(" 현장을 확인한 결과 " + rng.choice(["민원 내용과 같은 사항이 확인되어", "일부 구간에서 문제가 확인되어"]) + " 관계 부서와 협의하여 " + rng.choice(["이번 주 안에", "다음 달까지", "예산 확보 후"]) + " 정비할 계획입니다. ")
    h_ns(d, rng)
    d.t("\n")
    if not nopii and rng.random() < 0.6:
        nb = person(rng, ref, 30, 80)
        d.t("   아울러 같은 내용으로 민원을 제기하신 이웃 주민 ")
        d.name(nb)
        d.t(rng.choice(["(", " 씨("]) + str(nb["age"]) + ")" + rng.choice(["", "께"]) + "도 같은 결과를 안내해 드렸으며, 인근 상인 ")
        h_ph(d, rng, rng.choice(["김○○", "박○○", "정 모 씨"]))
        d.t(rng.choice(["에게는", "께는"]) + " 계도 안내문을 전달하였습니다.\n")
    if not nopii:
        d.t("5. 처리 결과는 신청 시 기재하신 휴대전화")
        d.sb("PHONE_NUMBER", g_phone(rng, "mobile"))
        paren = rng.random() < 0.5
        d.t(("와 전자우편(" if paren else " 및 이메일 "))
        d.v("EMAIL_ADDRESS", g_email(rng))
        d.t((")" if paren else "") + "로도 발송하였습니다.\n")
    d.t(("5" if nopii else "6") + ". 추가로 궁금하신 사항은 " + ag["dept"] + " ")
    if nopii:
        d.t("민원 담당(대표전화 ")
        h_sw(d, ag["switch"])
        d.t(")")
    else:
        d.name(off)
        d.t(" " + ttl + "(☎ ")
        d.v("PHONE_NUMBER", g_phone(rng, "landline", area=ag["area"], prefix=ag["pre"]))
        d.t(")")
    d.t("에게 연락 주시거나 정부민원안내콜센터(")
    h_sw(d, "110")
    d.t(")를 이용하여 주시기 바랍니다. 끝.\n\n")
    h_off(d, ag["head"])


@template("minwon_traffic", "민원회신", True, 20, noise_p=0.05)
def t_minwon_traffic(d, rng, i, nopii):
    ref = doc_date(rng)
    ag = agency(rng, rng.choice(["city", "gu", "police"]))
    p = person(rng, ref, 22, 70)
    off = person(rng, ref, 26, 58)
    d.t("■ 민원 처리 결과 회신\n\n민원인: ")
    d.name(p)
    d.t(rng.choice([" 님", " 귀하", ""]) + "\n접수번호: ")
    d.h(receipt(rng, ref), "receipt_number")
    d.t("\n\n안녕하십니까? " + ag["name"] + " " + rng.choice(["교통행정과", "주차관리팀", "교통지도팀"]) + "입니다.\n")
    d.name(p)
    d.t(" 님께서는 ")
    hd(d, fdate(ref - dt.timedelta(days=rng.randint(2, 20)), "kor"))
    d.t(" 오후 " + str(rng.randint(1, 9)) + "시경 ")
    d.addr(place_addr(rng, rng.choice(["road_sigungu", "road_full"])), post=False, paren=False)
    d.t(" 앞 도로에 ")
    pl1 = g_plate(rng, rng.choice(["2digit", "3digit", "3digit", "region"]))
    d.v("KR_VEHICLE_PLATE", pl1)
    d.t(" 승용차가 " + rng.choice(["소화전 앞에 주차되어 있었다", "인도를 막고 장시간 주차되어 있었다", "횡단보도 위에 정차해 있었다"]) + "며 사진과 함께 신고하셨습니다.\n")
    d.t("신고 내용을 검토한 결과 ")
    h_stat(d, rng, ["「도로교통법」 제32조", "「도로교통법」 제33조", "「주차장법」 제29조"])
    d.t(" 위반에 해당하여 위 차량 소유자에게 과태료 ")
    h_amt(d, rng, 40000, 120000, "won")
    d.t("을 부과할 예정입니다.")
    if rng.random() < 0.6:
        d.t(" 함께 신고하신 ")
        d.v("KR_VEHICLE_PLATE", g_plate(rng, rng.choice(["commercial", "rental", "delivery", "2digit"])))
        d.t(" 차량은 " + rng.choice(["사진상 위반 시각이 확인되지 않아", "정차 시간이 5분 미만으로 확인되어"]) + " 부과 대상에서 제외되었음을 양해하여 주시기 바랍니다.")
    d.t("\n\n단속 결과에 대한 이의는 ")
    d.t(rng.choice(["처분 통지일부터 60일 이내", "고지서를 받은 날부터 60일 이내"]) + "에 제출하실 수 있습니다. 자세한 사항은 담당 ")
    d.name(off)
    d.t(" " + rng.choice(["주무관", "주무관", "경위", "주임"]) + "(")
    d.v("PHONE_NUMBER", g_phone(rng, rng.choice(["landline", "landline", "070"]), area=ag["area"]))
    d.t(")에게 문의하시기 바랍니다.\n회신 연락처: ")
    d.v("PHONE_NUMBER", g_phone(rng, "mobile"))
    d.t(" (민원인 제공)\n")
    hd(d, fdate(ref, "dot"))
    d.t("  ")
    h_off(d, ag["head"])


@template("minwon_foreign", "민원회신", True, 18, noise_p=0.05)
def t_minwon_foreign(d, rng, i, nopii):
    ref = doc_date(rng)
    f = foreigner(rng, ref, 22, 55)
    off_ag = agency(rng, "immigration")
    off = person(rng, ref, 26, 58)
    d.t(rng.choice(["민원 회신문\n\n", "[외국인 민원 처리 결과]\n\n"]))
    d.name(f, "hangul")
    d.t("(")
    d.name(f, "latin", upper=rng.random() < 0.5)
    d.t(") 님께\n\n")
    d.t("귀하께서 ")
    hd(d, fdate(ref - dt.timedelta(days=rng.randint(5, 30)), "kor"))
    d.t(" 제출하신 " + rng.choice(["체류기간 연장", "외국인등록증 재발급", "체류지 변경", "근무처 변경"]) + " 관련 민원에 대하여 답변드립니다.\n\n")
    d.t("귀하는 " + f["nat"] + " 국적으로 여권번호 ")
    d.v("KR_PASSPORT", g_passport(rng, f))
    d.t(", 외국인등록번호 ")
    d.v("KR_FRN", g_frn(rng, f, masked=rng.random() < 0.2))
    d.t(rng.choice(["로 등록되어 있으며, ", "를 부여받았으며, "]))
    d.t("현재 ")
    d.addr(g_addr(rng), post=False, paren=False)
    d.t("에 체류하고 계신 것으로 확인됩니다.\n")
    d.t("신청하신 사항은 ")
    h_stat(d, rng, ["「출입국관리법」 제25조", "「출입국관리법」 제36조 제1항", "「출입국관리법」 제33조"])
    d.t("에 따라 " + rng.choice(["허가되었습니다", "보완이 필요합니다", "처리 중입니다"]) + ". ")
    if rng.random() < 0.5:
        emp = company(rng, "corp", ref)
        d.t("고용주인 ")
        h_co(d, emp)
        d.t("의 대표 ")
        d.name(emp["rep"])
        d.t(" 씨가 제출한 고용계약서도 함께 검토하였습니다. ")
    d.t("\n민원 처리 결과는 신청서에 적어 주신 연락처 ")
    d.v("PHONE_NUMBER", g_phone(rng, rng.choice(["mobile", "intl"])))
    d.t("와 이메일 ")
    d.v("EMAIL_ADDRESS", g_email(rng))
    d.t("으로도 안내하였습니다.\n\n외국인종합안내센터(")
    h_sw(d, "1345")
    d.t(")에서는 " + rng.choice(["20개 언어", "여러 언어"]) + "로 상담을 받으실 수 있습니다.\n담당: " + off_ag["name"] + " 체류관리과 ")
    d.name(off)
    d.t(" " + rng.choice(["주무관", "출입국관리주사"]) + " (")
    d.v("PHONE_NUMBER", g_phone(rng, "landline", area=off_ag["area"], prefix=off_ag["pre"]))
    d.t(")\n주소: ")
    d.inst_addr(off_ag["addr"])


@template("minwon_anon", "민원회신", True, 10, nopii_every=1, noise_p=0.0)
def t_minwon_anon(d, rng, i, nopii):
    ref = doc_date(rng)
    ag = agency(rng, rng.choice(["city", "gu", "ministry"]))
    topic, claim = rng.choice(COMPLAINTS)
    d.t("[민원 답변] " + topic + "\n\n")
    d.t("안녕하십니까. " + ag["name"] + " " + ag["dept"] + "입니다.\n")
    d.t("민원인께서 ")
    hd(d, fdate(ref - dt.timedelta(days=rng.randint(3, 20)), "kor"))
    d.t(" 제출하신 민원(")
    d.h(receipt(rng, ref), "receipt_number")
    d.t(")은 " + claim + "는 내용으로 이해됩니다.\n")
    d.t("해당 사안은 ")
    h_stat(d, rng)
    d.t("에 따라 처리되며, 민원 서식 작성 예시의 ")
    h_ph(d, rng, "홍길동")
    d.t("과 같이 성명을 적고 주민등록번호란은 ")
    d.h("000000-0000000", "placeholder_rrn")
    d.t(" 형식으로 비워 두셔도 됩니다.\n")
    d.t("관련 신고인(")
    h_ph(d, rng, rng.choice(["김○○", "이○○", "박**"]))
    d.t(")과 피신고인(")
    h_ph(d, rng, rng.choice(["A씨", "B씨", "○○○"]))
    d.t(")의 인적사항은 「개인정보 보호법」에 따라 공개하지 않습니다.\n")
    d.t("과태료는 ")
    h_amt(d, rng, 20000, 500000)
    d.t("으로 산정되며, ")
    h_off(d, ag["head"])
    d.t(" 명의로 고지서가 발송됩니다. ")
    h_ns(d, rng)
    d.t("관련 문의는 대표전화 ")
    h_sw(d, ag["switch"])
    d.t(" 또는 ")
    h_sw(d, g_switchboard(rng))
    d.t("로 하여 주시기 바랍니다.\n")
    d.inst_addr(ag["addr"])
    d.t("  " + ag["name"])


# ---- 신청서 / 동의서 / 신고서 --------------------------------------------------
def field(d, rng, label, style):
    if style == "colon":
        d.t(label + " : ")
    elif style == "box":
        d.t("│ " + label + " │ ")
    else:
        d.t("[" + label + "] ")


def fend(d, style):
    d.t(" │\n" if style == "box" else "\n")


@template("form_application", "신청서", False, 16, noise_p=0.06)
def t_form_application(d, rng, i, nopii):
    ref = doc_date(rng)
    ag = agency(rng, rng.choice(["city", "gu", "dong"]))
    title = rng.choice(["긴급복지지원 신청서", "주거급여 신청서", "청년 월세 한시 특별지원 신청서", "재난지원금 지급 신청서",
                        "희망장학금 신청서", "에너지바우처 신청서"])
    st = rng.choice(["colon", "box", "bracket"])
    d.t("■ " + title + "\n※ 뒤쪽의 작성방법을 읽고 작성하시기 바랍니다.\n접수번호 ")
    d.h(receipt(rng, ref), "receipt_number")
    d.t("   처리기간 " + str(rng.choice([14, 30, 60])) + "일\n\n[신청인]\n")
    p = person(rng, ref, 19, 85)
    field(d, rng, "성명", st)
    d.name(p)
    fend(d, st)
    field(d, rng, "주민등록번호", st)
    d.v("KR_RRN", g_rrn(rng, p))
    fend(d, st)
    field(d, rng, "주소", st)
    d.addr(g_addr(rng))
    fend(d, st)
    if rng.random() < 0.5:
        field(d, rng, "전화번호", st)
        d.v("PHONE_NUMBER", g_phone(rng, rng.choice(["landline", "070"])))
        fend(d, st)
    field(d, rng, "휴대전화", st)
    d.v("PHONE_NUMBER", g_phone(rng, "mobile"))
    fend(d, st)
    if rng.random() < 0.7:
        field(d, rng, "전자우편", st)
        d.v("EMAIL_ADDRESS", g_email(rng))
        fend(d, st)
    d.t("\n[가구원 현황]\n관계 / 성명 / 생년월일\n")
    for k in range(rng.randint(1, 3)):
        rel = rng.choice(["배우자", "자녀", "자녀", "부", "모"])
        q = person(rng, ref, 0, 17, sur=surname_of(p)) if rel == "자녀" else person(rng, ref, 25, 85)
        d.t(rel + " / ")
        d.name(q)
        d.t(" / ")
        d.v("DATE_OF_BIRTH", g_dob(rng, q["birth"]))
        d.t("\n")
    d.t("\n[지급 계좌]\n")
    bank, acc, sub, fmt = g_account(rng)
    field(d, rng, "금융기관명", st)
    d.t(bank)
    fend(d, st)
    field(d, rng, "계좌번호", st)
    d.s("KR_BANK_ACCOUNT", acc, sub, fmt)
    fend(d, st)
    field(d, rng, "예금주", st)
    d.name(p)
    fend(d, st)
    d.t("\n위와 같이 신청합니다.\n\n")
    hd(d, fdate(ref, rng.choice(["dot", "kor"])))
    d.t("\n신청인  ")
    d.name(p)
    d.t("  (서명 또는 인)\n\n")
    h_off(d, ag["head"])
    d.t(" 귀하\n\n※ 문의: " + ag["dept"] + " (대표전화 ")
    h_sw(d, ag["switch"])
    d.t(")")


@template("form_passport", "신청서", False, 14, noise_p=0.06)
def t_form_passport(d, rng, i, nopii):
    ref = doc_date(rng)
    ag = agency(rng, rng.choice(["city", "gu"]))
    p = person(rng, ref, 18, 80)
    d.t("여권 발급 신청서 (PASSPORT APPLICATION)\n\n")
    d.t("여권 종류  " + rng.choice(["■ 복수여권 □ 단수여권", "□ 복수여권 ■ 단수여권"]) + "    면수  " + rng.choice(["26면", "58면"]) + "\n")
    d.t("한글 성명  ")
    d.name(p)
    d.t("\n로마자 성명  ")
    d_roman(d, p)
    d.t("\n주민등록번호  ")
    d.v("KR_RRN", g_rrn(rng, p, rng.choice(["valid", "valid", "masked"])))
    d.t("\n전화번호  ")
    d.v("PHONE_NUMBER", g_phone(rng, "mobile"))
    d.t("\n기존 여권번호  ")
    d.v("KR_PASSPORT", g_passport(rng, None, rng.choice(["old", "new"])))
    d.t(" (유효기간 만료일 ")
    hd(d, fdate(ref + dt.timedelta(days=rng.randint(-300, 200)), "iso"))
    d.t(")\n\n긴급연락처\n  성명 ")
    q = person(rng, ref, 20, 80)
    d.name(q)
    d.t("   관계 " + rng.choice(["배우자", "부", "모", "형제", "자녀"]) + "   전화번호 ")
    d.v("PHONE_NUMBER", g_phone(rng, "mobile"))
    if rng.random() < 0.6:
        d.t("\n\n등기우편 수령 희망 시 주소  ")
        d.addr(g_addr(rng), post=True)
    d.t("\n\n수수료  ")
    h_amt(d, rng, 15000, 53000, "won")
    d.t("\n신청일  ")
    hd(d, fdate(ref, "dot"))
    d.t("\n신청인 ")
    d.name(p)
    d.t(" (서명)\n\n")
    h_off(d, ag["head"])
    d.t(" 귀하")


@template("form_consent", "동의서", False, 16, nopii_every=4, noise_p=0.05)
def t_form_consent(d, rng, i, nopii):
    ref = doc_date(rng)
    ag = agency(rng)
    purpose = rng.choice(["교육 프로그램 참가자 관리", "민원 처리 결과 안내", "지원사업 대상자 선정", "행사 참가 신청 접수", "자원봉사자 등록"])
    d.t("개인정보 수집·이용 동의서\n\n" + ag["name"] + jo(ag["name"], "은는") + " " + purpose + jo(purpose, "을를") + " 위하여 아래와 같이 개인정보를 수집·이용합니다.\n\n")
    d.t("1. 수집 항목: 성명, 생년월일, 연락처, 전자우편 주소\n2. 수집·이용 목적: " + purpose + "\n")
    d.t("3. 보유·이용 기간: " + rng.choice(["사업 종료 후 1년", "3년", "목적 달성 시까지"]) + "\n")
    d.t("4. 동의를 거부할 권리가 있으며, 거부 시 " + rng.choice(["참가 신청이 제한될 수 있습니다", "지원 대상에서 제외될 수 있습니다"]) + ".\n")
    d.t("※ 고유식별정보는 ")
    h_stat(d, rng, ["「개인정보 보호법」 제24조의2", "「개인정보 보호법」 제24조 제1항", "같은 법 시행령 제19조"])
    d.t("에 따라 처리합니다.\n\n위와 같이 개인정보를 수집·이용하는 데 동의하십니까?  ■ 동의함  □ 동의하지 않음\n\n")
    if nopii:
        d.t("(작성 예시)\n성    명: ")
        h_ph(d, rng, "홍길동")
        d.t("\n주민등록번호: ")
        d.h("000000-0000000", "placeholder_rrn")
        d.t("\n연 락 처: ☐☐☐-☐☐☐☐-☐☐☐☐\n작 성 일: ")
        hd(d, fdate(ref, "dot"))
        d.t("\n\n문의: 대표전화 ")
        h_sw(d, ag["switch"])
        return
    p = person(rng, ref, 8, 80)
    minor = p["age"] < 14
    d.t("성    명: ")
    d.name(p)
    d.t("\n생년월일: ")
    d.v("DATE_OF_BIRTH", g_dob(rng, p["birth"]))
    d.t("\n연 락 처: ")
    d.v("PHONE_NUMBER", g_phone(rng, "mobile"))
    if rng.random() < 0.6:
        d.t("\n전자우편: ")
        d.v("EMAIL_ADDRESS", g_email(rng))
    if rng.random() < 0.4:
        d.t("\n주    소: ")
        d.addr(g_addr(rng))
    if minor:
        g = person(rng, ref, 30, 55)
        d.t("\n\n※ 만 14세 미만 아동은 법정대리인의 동의가 필요합니다.\n법정대리인 성명: ")
        d.name(g)
        d.t(" (관계: " + rng.choice(["부", "모"]) + ")  연락처: ")
        d.v("PHONE_NUMBER", g_phone(rng, "mobile"))
    d.t("\n\n")
    hd(d, fdate(ref, rng.choice(["dot", "kor"])))
    d.t("\n동의자: ")
    d.name(p)
    d.t(" (서명)\n\n")
    h_off(d, ag["head"])
    d.t(" 귀중")


@template("form_report_foreign", "신고서", False, 16, noise_p=0.06)
def t_form_report_foreign(d, rng, i, nopii):
    ref = doc_date(rng)
    f = foreigner(rng, ref, 19, 60)
    ag = agency(rng, "immigration")
    title = rng.choice(["체류지 변경 신고서 (REPORT ON CHANGE OF ADDRESS)", "외국인등록 사항 변경 신고서 (REPORT ON ALTERATION)",
                        "체류기간 연장허가 신청서 (APPLICATION FOR EXTENSION OF SOJOURN)"])
    d.t(title + "\n\n성명 Name  ")
    d.name(f, "latin", upper=True)
    d.t("\n한글 성명  ")
    d.name(f, "hangul")
    d.t("\n성별 Sex  " + ("■남 M □여 F" if f["sex"] == "M" else "□남 M ■여 F") + "\n생년월일 Date of Birth  ")
    d.v("DATE_OF_BIRTH", g_dob(rng, f["birth"], rng.choice(["dmy_eng", "iso", "dot_space", "ymd8"])))
    d.t("\n국적 Nationality  " + f["nat"] + "\n외국인등록번호 Registration No.  ")
    d.v("KR_FRN", g_frn(rng, f))
    d.t("\n여권번호 Passport No.  ")
    d.v("KR_PASSPORT", g_passport(rng, f))
    d.t("   여권 발급일자  ")
    hd(d, fdate(ref - dt.timedelta(days=rng.randint(100, 3000)), "iso"))
    d.t("\n신 체류지 New Address  ")
    d.addr(g_addr(rng))
    d.t("\n전화번호 Tel.  ")
    d.v("PHONE_NUMBER", g_phone(rng, rng.choice(["mobile", "mobile", "intl"])))
    if rng.random() < 0.6:
        d.t("\n전자우편 E-mail  ")
        d.v("EMAIL_ADDRESS", g_email(rng))
    if rng.random() < 0.7:
        co = company(rng, None, ref)
        d.t("\n근무처 Workplace  ")
        h_co(d, co)
        d.t("  사업자등록번호 ")
        d.v("KR_BRN", g_brn(rng, co["kind"]))
        if co["kind"] == "corp" and rng.random() < 0.6:
            d.t("  법인등록번호 ")
            d.v("KR_CRN", g_crn(rng))
        d.t("  대표자 ")
        d.name(co["rep"])
    d.t("\n\n신고일 Date  ")
    hd(d, fdate(ref, "iso"))
    d.t("\n신고인 서명 Signature  ")
    d.name(f, "latin")
    d.t("\n\n")
    h_off(d, ag["head"])
    d.t(" 귀하 / To the Chief\n※ 문의: 외국인종합안내센터 ")
    h_sw(d, "1345")


@template("form_report_move", "신고서", False, 14, noise_p=0.06)
def t_form_report_move(d, rng, i, nopii):
    ref = doc_date(rng)
    ag = agency(rng, "dong")
    if rng.random() < 0.5:
        d.t("전입신고서\n\n세대주 성명  ")
        hh = person(rng, ref, 28, 70)
        d.name(hh)
        d.t("   주민등록번호  ")
        d.v("KR_RRN", g_rrn(rng, hh, "valid"))
        d.t("\n전화번호  ")
        d.v("PHONE_NUMBER", g_phone(rng, "mobile"))
        d.t("\n전 주소  ")
        d.addr(g_addr(rng), post=False)
        d.t("\n현 주소  ")
        d.addr(g_addr(rng), post=True)
        d.t("\n\n전입자\n번호  관계  성명  주민등록번호\n")
        members = [("본인", hh)]
        for k in range(rng.randint(1, 3)):
            rel = rng.choice(["배우자", "자녀", "자녀", "자녀"])
            members.append((rel, person(rng, ref, 0, 6, sur=surname_of(hh)) if rel == "자녀" else person(rng, ref, 26, 68)))
        for k, (rel, q) in enumerate(members):
            d.t("%d  %s  " % (k + 1, rel))
            d.name(q)
            d.t("  ")
            d.v("KR_RRN", g_rrn(rng, q))
            d.t("\n")
        d.t("\n신고일  ")
        hd(d, fdate(ref, "dot"))
        d.t("   신고인  ")
        d.name(hh)
        d.t(" (서명)\n")
    else:
        fa, mo = person(rng, ref, 26, 45), person(rng, ref, 24, 43)
        fa["sex"], mo["sex"] = "M", "F"
        kid = person(rng, ref, 0, 0, sur=surname_of(fa))
        kid["birth"] = rand_date(rng, max(dt.date(2020, 10, 1), ref - dt.timedelta(days=25)), ref - dt.timedelta(days=1))
        d.t("출생신고서\n\n①출생자 성명  ")
        d.name(kid)
        d.t("   성별 " + rng.choice(["남", "여"]) + "\n   출생일시  ")
        d.v("DATE_OF_BIRTH", g_dob(rng, kid["birth"], rng.choice(["kor", "dot_space", "iso"])))
        d.t(" %d시 %d분\n   출생장소  " % (rng.randint(0, 23), rng.randint(0, 59)))
        d.h(agency(rng, "hospital")["name"], "institution_name")
        d.t("\n②부 성명  ")
        d.name(fa)
        d.t("   주민등록번호  ")
        d.v("KR_RRN", g_rrn(rng, fa))
        d.t("\n   모 성명  ")
        d.name(mo)
        d.t("   주민등록번호  ")
        d.v("KR_RRN", g_rrn(rng, mo))
        d.t("\n③등록기준지  ")
        d.addr(g_addr(rng, "jibun"), post=False)
        d.t("\n④주소  ")
        d.addr(g_addr(rng))
        d.t("\n⑤신고인 ")
        d.name(fa)
        d.t("  전화 ")
        d.v("PHONE_NUMBER", g_phone(rng, "mobile"))
        d.t("  이메일 ")
        d.v("EMAIL_ADDRESS", g_email(rng))
        d.t("\n※ 출생자의 주민등록번호는 신고 처리 후 부여됩니다.\n")
    d.t("\n")
    h_off(d, ag["head"])
    d.t(" 귀하")


# ---- 대장 ------------------------------------------------------------------
@template("register_vehicle", "대장", False, 14, noise_p=0.06)
def t_register_vehicle(d, rng, i, nopii):
    ref = doc_date(rng)
    title = rng.choice(["불법 주정차 과태료 부과 대장", "거주자우선주차 배정 대장", "공영주차장 정기권 이용자 대장"])
    sep = rng.choice(["\t", " | ", "  "])
    d.t("[" + title + "]  ")
    hd(d, fdate(ref, "dotpad"))
    d.t(" 기준\n")
    d.t(sep.join(["연번", "차량번호", "소유자", "연락처", "주소", "일자", "금액"]) + "\n")
    for k in range(rng.randint(3, 7)):
        d.t(str(k + 1) + sep)
        d.v("KR_VEHICLE_PLATE", g_plate(rng))
        d.t(sep)
        if rng.random() < 0.2:
            co = company(rng, "corp", ref)
            h_co(d, co)
            d.t(sep)
            d.v("PHONE_NUMBER", g_phone(rng, rng.choice(["landline", "070"])))
        else:
            q = person(rng, ref, 20, 80)
            d.name(q)
            d.t(sep)
            d.v("PHONE_NUMBER", g_phone(rng, "mobile"))
        d.t(sep)
        d.addr(g_addr(rng, rng.choice(["road_sigungu", "road_short", "road_full"])), post=False, paren=False)
        d.t(sep)
        hd(d, fdate(ref - dt.timedelta(days=rng.randint(0, 90)), "iso"))
        d.t(sep)
        h_amt(d, rng, 30000, 150000, "won")
        d.t("\n")
    d.t("작성: " + rng.choice(["주차관리팀", "교통행정과"]) + " / 확인: ")
    h_off(d, rng.choice(["교통행정과장", "주차관리팀장"]))


@template("register_business", "대장", False, 14, nopii_every=7, noise_p=0.05)
def t_register_business(d, rng, i, nopii):
    ref = doc_date(rng)
    title = rng.choice(["식품접객업 영업신고 대장", "옥외광고업 등록 대장", "건설업 등록 현황", "폐기물 수집·운반업 허가 대장"])
    sep = rng.choice(["\t", " | ", " │ "])
    d.t(title + " (")
    hd(d, fdate(ref, "dotpad"))
    d.t(" 현재)\n")
    if nopii:
        d.t(sep.join(["관리번호", "상호", "업종", "허가일", "비고"]) + "\n")
        for k in range(rng.randint(3, 6)):
            d.h("%d-%03d-%d-%05d" % (rng.randint(3000000, 6500000), rng.randint(100, 999), rng.randint(2010, 2026), rng.randint(1, 99999)), "public_record_id")
            d.t(sep)
            h_co(d, company(rng, None, ref))
            d.t(sep + rng.choice(["일반음식점", "휴게음식점", "옥외광고업", "종합건설업"]) + sep)
            hd(d, fdate(ref - dt.timedelta(days=rng.randint(10, 3000)), "iso"))
            d.t(sep + rng.choice(["정상", "휴업", "폐업", "-"]) + "\n")
        d.t("※ 대표자 및 소재지 상세는 정보공개 청구 시 비공개(「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호)")
        return
    hdr = rng.random() < 0.7
    if hdr:
        d.t(sep.join(["관리번호", "상호", "대표자", "사업자등록번호", "법인등록번호", "소재지", "전화"]) + "\n")
    for k in range(rng.randint(3, 6)):
        co = company(rng, None, ref)
        d.h("%d-%03d-%d-%05d" % (rng.randint(3000000, 6500000), rng.randint(100, 999), rng.randint(2010, 2026), rng.randint(1, 99999)), "public_record_id")
        d.t(sep)
        h_co(d, co)
        d.t(sep)
        d.name(co["rep"])
        d.t(sep)
        d.v("KR_BRN", g_brn(rng, co["kind"]))
        d.t(sep)
        if co["kind"] == "corp":
            d.v("KR_CRN", g_crn(rng))
        else:
            d.t("-")
        d.t(sep)
        d.addr(g_addr(rng, rng.choice(["road_full", "road_short", "road_sigungu"])), post=False, paren=False)
        d.t(sep)
        d.v("PHONE_NUMBER", g_phone(rng, rng.choice(["landline", "landline", "070", "mobile"])))
        d.t("\n")


@template("register_visitor", "대장", False, 12, noise_p=0.06)
def t_register_visitor(d, rng, i, nopii):
    ref = doc_date(rng)
    ag = agency(rng)
    d.t(ag["name"] + " " + rng.choice(["청사 방문자 출입 대장", "민원실 방문 기록", "주차장 출입 차량 기록"]) + "\n\n")
    for k in range(rng.randint(4, 8)):
        tm = "%s %02d:%02d" % (fdate(ref, "iso"), rng.randint(8, 17), rng.randint(0, 59))
        hd(d, tm)
        d.t(" " * rng.randint(2, 5))
        q = person(rng, ref, 20, 75) if rng.random() < 0.85 else foreigner(rng, ref)
        d.name(q)
        d.t(" " * rng.randint(2, 5))
        if rng.random() < 0.5:
            h_co(d, company(rng, None, ref))
        else:
            d.t(rng.choice(["개인", "민원인", "일반"]))
        d.t(" " * rng.randint(2, 5))
        d.v("PHONE_NUMBER", g_phone(rng, "mobile"))
        d.t(" " * rng.randint(2, 5))
        if rng.random() < 0.5:
            d.v("KR_VEHICLE_PLATE", g_plate(rng))
            d.t(" " * rng.randint(2, 5))
        d.t(rng.choice(["민원 상담", "회의 참석", "납품", "서류 제출", "면담"]) + " " * rng.randint(2, 4) + "출입증 %d번\n" % rng.randint(1, 40))
    d.t("\n확인자: ")
    h_off(d, rng.choice(["청사관리팀장", "당직 책임관", "운영지원과장"]))


# ---- 표 ---------------------------------------------------------------------
@template("table_pipe_header", "표", False, 14, nopii_every=7, noise_p=0.05)
def t_table_pipe_header(d, rng, i, nopii):
    ref = doc_date(rng)
    if nopii:
        d.t("<" + rng.choice(["분기별 민원 처리 현황", "지원금 집행 현황", "과태료 부과 현황"]) + ">\n")
        d.t("| 구분 | 건수 | 금액 | 담당 |\n|---|---|---|---|\n")
        for k in range(rng.randint(3, 6)):
            d.t("| " + rng.choice(["1분기", "2분기", "3분기", "4분기", "상반기", "하반기"]) + " | %d | " % rng.randint(10, 900))
            h_amt(d, rng, 100000, 900000000, "won")
            d.t(" | ")
            h_off(d, dept_head(rng.choice(DEPTS)))
            d.t(" |\n")
        d.t("※ 문의: ")
        h_sw(d, g_switchboard(rng))
        return
    cap, amin, amax = rng.choice([("긴급생계비 지급 명단", 25, 85), ("출산 장려금 지급 대상자", 24, 42),
                                  ("재난지원금 지급 내역", 19, 85), ("장학금 수혜자 명단", 18, 26), ("경로당 운영비 수령자", 65, 88)])
    d.t("<" + cap + "> (")
    hd(d, fdate(ref, "dotpad"))
    d.t(")\n")
    sp = rng.choice(["|", " | "])
    d.t(sp.join(["", "연번", "성명", "생년월일", "연락처", "은행", "계좌번호", "지급액", ""]).strip() + "\n")
    for k in range(rng.randint(3, 7)):
        q = person(rng, ref, amin, amax)
        bank, acc, sub, fmt = g_account(rng)
        d.t(sp.lstrip() + str(k + 1) + sp)
        d.name(q)
        d.t(sp)
        d.v("DATE_OF_BIRTH", g_dob(rng, q["birth"], rng.choice(["iso", "dot_pad", "yymmdd", "dot_pad_noend"])))
        d.t(sp)
        d.v("PHONE_NUMBER", g_phone(rng, "mobile"))
        d.t(sp + bank + sp)
        d.s("KR_BANK_ACCOUNT", acc, sub, fmt)
        d.t(sp)
        h_amt(d, rng, 100000, 3000000, "won")
        d.t(sp.rstrip() + "\n")
    d.t("합계 ")
    h_amt(d, rng, 1000000, 30000000, "won")


@template("table_pipe_noheader", "표", False, 12, noise_p=0.06)
def t_table_pipe_noheader(d, rng, i, nopii):
    ref = doc_date(rng)
    sp = rng.choice(["|", " | ", " ¦ "])
    kind = rng.choice(["resident", "hi", "car"])
    for k in range(rng.randint(4, 8)):
        q = person(rng, ref, 19, 85)
        d.t(str(k + 1) + sp)
        d.name(q)
        d.t(sp)
        if kind == "resident":
            d.v("KR_RRN", g_rrn(rng, q))
            d.t(sp)
            d.addr(g_addr(rng), post=False, paren=False)
        elif kind == "hi":
            d.v("KR_HEALTH_INSURANCE", g_hi(rng))
            d.t(sp)
            d.v("DATE_OF_BIRTH", g_dob(rng, q["birth"], rng.choice(["iso", "yymmdd", "dot_pad"])))
        else:
            d.v("KR_VEHICLE_PLATE", g_plate(rng))
            d.t(sp)
            d.v("KR_DRIVER_LICENSE", g_dl(rng))
        d.t(sp)
        d.v("PHONE_NUMBER", g_phone(rng, "mobile"))
        d.t(sp)
        hd(d, fdate(ref - dt.timedelta(days=rng.randint(0, 200)), "iso"))
        d.t("\n")


@template("table_tab", "표", False, 14, nopii_every=7, noise_p=0.05)
def t_table_tab(d, rng, i, nopii):
    ref = doc_date(rng)
    if nopii:
        d.t("부서\t대표전화\t위치\n")
        ag = agency(rng)
        for k in range(rng.randint(3, 6)):
            d.t(rng.choice(DEPTS) + "\t")
            h_sw(d, g_switchboard(rng, ag["area"]))
            d.t("\t본관 %d층\n" % rng.randint(1, 9))
        d.t("청사 주소\t")
        d.inst_addr(ag["addr"], post=False)
        return
    hdr = rng.random() < 0.5
    if hdr:
        d.t("성명\t건강보험증번호\t주민등록번호\t연락처\t주소\n")
    for k in range(rng.randint(3, 7)):
        q = person(rng, ref, 0, 90)
        d.name(q)
        d.t("\t")
        d.v("KR_HEALTH_INSURANCE", g_hi(rng))
        d.t("\t")
        d.v("KR_RRN", g_rrn(rng, q))
        d.t("\t")
        d.v("PHONE_NUMBER", g_phone(rng, rng.choice(["mobile", "mobile", "landline"])))
        d.t("\t")
        d.addr(g_addr(rng), post=False, paren=False)
        d.t("\n")
    if not hdr:
        d.t("(출처: ")
        d.h(agency(rng, "nhis")["name"], "institution_name")
        d.t(" 자격 확인 자료)")


@template("table_spaces_noheader", "표", False, 12, noise_p=0.06)
def t_table_spaces_noheader(d, rng, i, nopii):
    ref = doc_date(rng)
    for k in range(rng.randint(4, 8)):
        q = person(rng, ref, 20, 75)
        d.name(q)
        d.t(" " * rng.randint(2, 6))
        d.v("KR_DRIVER_LICENSE", g_dl(rng))
        d.t(" " * rng.randint(2, 6))
        d.v("KR_VEHICLE_PLATE", g_plate(rng))
        d.t(" " * rng.randint(2, 6))
        d.v("PHONE_NUMBER", g_phone(rng, "mobile"))
        d.t(" " * rng.randint(2, 6) + rng.choice(["1종보통", "2종보통", "1종대형", "2종소형"]) + "\n")


@template("table_bid_results", "표", False, 12, noise_p=0.04)
def t_table_bid_results(d, rng, i, nopii):
    ref = doc_date(rng)
    ag = agency(rng)
    d.t("개찰 결과 (공고번호 ")
    d.h("R%02dBK%08d-%02d" % (ref.year % 100, rng.randint(0, 99999999), rng.randint(0, 3)), "public_record_id")
    d.t(")\n건명: " + rng.choice(["청사 냉난방기 교체 공사", "정보시스템 유지관리 용역", "도로 보수 공사", "홍보물 제작 용역"]) + "\n발주기관: ")
    d.h(ag["name"], "institution_name")
    d.t("\n\n")
    hdr = rng.random() < 0.6
    sep = rng.choice([" | ", "\t", "  "])
    withcrn = rng.random() < 0.6
    if hdr:
        d.t(sep.join(["순위", "업체명", "사업자등록번호"] + (["법인등록번호"] if withcrn else []) + ["대표자", "투찰금액", "투찰률"]) + "\n")
    seen = set()
    for k in range(rng.randint(3, 7)):
        co = company(rng, "corp", ref)
        while co["name"] in seen:
            co = company(rng, "corp", ref)
        seen.add(co["name"])
        d.t(str(k + 1) + sep)
        h_co(d, co)
        d.t(sep)
        d.v("KR_BRN", g_brn(rng, "corp"))
        d.t(sep)
        if withcrn:
            d.v("KR_CRN", g_crn(rng))
            d.t(sep)
        d.name(co["rep"])
        d.t(sep)
        h_amt(d, rng, 10000000, 900000000, "won")
        d.t(sep + "%.3f%%\n" % rng.uniform(86, 99))
    d.t("※ 낙찰하한율 미만 업체는 제외. 문의: 계약팀 대표 ")
    h_sw(d, ag["switch"])


# ---- prose helpers ------------------------------------------------------------
def prose_person(d, rng, p, role=None, hon=None, pattern=None):
    """write a person the way Korean prose does; returns the last written token (for particles)"""
    age = p["age"]
    if p.get("foreign"):
        pat = pattern or rng.choice(["nat_latin", "hangul_latin", "hangul", "latin_hangul"])
        if pat == "nat_latin":
            d.t(p["nat"] + " 국적의 ")
            d.name(p, "latin")
            d.t("(%d) 씨" % age)
        elif pat == "hangul_latin":
            d.t((role + " ") if role else "")
            d.name(p, "hangul")
            d.t("(")
            d.name(p, "latin")
            d.t("·%d) 씨" % age)
        elif pat == "hangul":
            d.t(p["nat"] + "에서 온 ")
            d.name(p, "hangul")
            d.t(" 씨(%d)" % age)
            return "씨(%d)" % age
        else:
            d.name(p, "latin")
            d.t("(")
            d.name(p, "hangul")
            d.t(", %d) 씨" % age)
        return "씨"
    hon = hon or rng.choice(["씨", "씨", "씨", "님"])
    pat = pattern or rng.choice(["n_age_hon", "n_hon_age", "role_n_age_hon", "n_age_role", "role_n", "n_hon", "n_age"])
    if pat in ("role_n_age_hon", "n_age_role", "role_n") and not role:
        pat = "n_age_hon"
    if pat == "n_age_hon":
        d.name(p)
        last = "(%d)%s" % (age, hon)
    elif pat == "n_hon_age":
        d.name(p)
        last = " %s(%d)" % (hon, age)
    elif pat == "role_n_age_hon":
        d.t(role + " ")
        d.name(p)
        last = "(%d) %s" % (age, hon)
    elif pat == "n_age_role":
        d.name(p)
        last = "(%d) %s" % (age, role)
    elif pat == "role_n":
        d.t(role + " ")
        d.name(p)
        last = " " + hon
    elif pat == "n_hon":
        d.name(p)
        last = " " + hon
    else:
        d.name(p)
        last = "(%d)" % age
        d.t(last)
        return p["name"]
    d.t(last)
    return last


def P(d, rng, p, pair, **kw):
    """prose person followed by a particle chosen by the word before any bracket"""
    last = prose_person(d, rng, p, **kw)
    base = last[:last.rfind("(")].strip() if last.endswith(")") else last
    d.t(jo(base or (p.get("hangul") or p.get("name")), pair))


def enum_people(d, rng, people, sep_kind=None):
    """'김민수·이영희', '김민수, 이영희', '김민수와 이영희' -- each name its own span"""
    sep_kind = sep_kind or rng.choice(["dot", "comma", "wa"])
    for k, q in enumerate(people):
        if k:
            if sep_kind == "dot":
                d.t("·")
            elif sep_kind == "comma":
                d.t(", ")
            else:
                prev = people[k - 1]
                d.t(jo(prev["hangul"] if prev.get("foreign") else prev["name"], "과와") + " ")
        d.name(q, "hangul")


# ---- 계약서 ------------------------------------------------------------------
@template("contract_service", "계약서", False, 16, nopii_every=8, noise_p=0.05)
def t_contract_service(d, rng, i, nopii):
    ref = doc_date(rng)
    ag = agency(rng, rng.choice(["city", "gu", "ministry", "office"]))
    co = company(rng, None, ref)
    kind = rng.choice(["용역", "물품구매", "공사"])
    d.t(kind + " 계약서\n\n계약번호: ")
    d.h("제%d-%04d호" % (ref.year, rng.randint(1, 9999)), "document_number")
    d.t("\n계약건명: " + rng.choice(["청사 시설물 유지관리", "홍보 영상 제작", "행정정보시스템 고도화", "공원 수목 정비", "사무용 가구 구매"]) + "\n")
    d.t("계약금액: ")
    h_amt(d, rng, 5000000, 900000000, "geum")
    d.t(" (부가가치세 포함)\n계약기간: ")
    hd(d, fdate(ref, "dot"))
    d.t(" ~ ")
    hd(d, fdate(ref + dt.timedelta(days=rng.randint(30, 365)), "dot"))
    d.t("\n\n발주기관(이하 \"갑\"): ")
    d.h(ag["name"], "institution_name")
    d.t("\n  주소: ")
    d.inst_addr(ag["addr"], post=rng.random() < 0.4)
    d.t("\n  대표: ")
    h_off(d, ag["head"])
    d.t("\n계약상대자(이하 \"을\"): 상호 ")
    if nopii:
        d.h(rng.choice(["A법인", "B사", "(주)○○○○"]), "placeholder_company")
        d.t("\n  대표자: ")
        h_ph(d, rng, "○○○")
        d.t("\n  사업자등록번호: ___-__-_____\n  주소: (기재)\n")
    else:
        h_co(d, co)
        d.t("\n  대표자: ")
        d.name(co["rep"])
        d.t("\n  사업자등록번호: ")
        d.v("KR_BRN", g_brn(rng, co["kind"]))
        if co["kind"] == "corp":
            d.t("\n  법인등록번호: ")
            d.v("KR_CRN", g_crn(rng))
        d.t("\n  주소: ")
        d.addr(g_addr(rng, rng.choice(["road_full", "road_short", "road_full"])))
        d.t("\n  전화: ")
        d.v("PHONE_NUMBER", g_phone(rng, rng.choice(["landline", "070"])))
        if rng.random() < 0.6:
            d.t("  팩스: ")
            d.v("PHONE_NUMBER", g_phone(rng, "fax"))
        mgr = person(rng, ref, 26, 55)
        d.t("\n  담당자: ")
        d.name(mgr)
        d.t(" " + rng.choice(["과장", "대리", "팀장", "실장"]) + " (")
        d.v("PHONE_NUMBER", g_phone(rng, "mobile"))
        d.t(", ")
        d.v("EMAIL_ADDRESS", g_email(rng, "company", co["domain"]) if co["domain"] else g_email(rng))
        d.t(")\n")
    d.t("\n제1조(목적) 이 계약은 갑이 발주하는 사업을 을이 성실히 수행하기 위하여 필요한 사항을 정함을 목적으로 한다.\n")
    d.t("제2조(계약보증금) 을은 ")
    h_stat(d, rng, ["「지방계약법 시행령」 제25조", "「국가를 당사자로 하는 계약에 관한 법률」 제12조", "같은 법 시행령 제50조"])
    d.t("에 따라 계약금액의 100분의 10 이상을 계약보증금으로 납부한다.\n")
    d.t("제3조(대금 지급) 갑은 검사 완료 후 14일 이내에 을이 지정한 계좌로 대금을 지급한다.\n")
    if not nopii:
        bank, acc, sub, fmt = g_account(rng)
        d.t("  - 지급 계좌: " + bank + " ")
        d.s("KR_BANK_ACCOUNT", acc, sub, fmt)
        d.t(" (예금주: ")
        if co["kind"] == "corp":
            h_co(d, co)
        else:
            d.name(co["rep"])
        d.t(")\n")
    d.t("제4조(개인정보 보호) 을은 업무 수행 중 알게 된 개인정보를 ")
    d.h("「개인정보 보호법」 제26조", "statute_citation")
    d.t("에 따라 안전하게 관리하여야 한다.\n\n")
    hd(d, fdate(ref, rng.choice(["kor", "dot"])))
    d.t("\n\n갑  ")
    h_off(d, ag["head"])
    d.t("  (인)\n을  ")
    if nopii:
        d.h("A법인", "placeholder_company")
        d.t(" 대표 ")
        h_ph(d, rng, "○○○")
    else:
        h_co(d, co)
        d.t(" 대표" + ("이사 " if co["kind"] == "corp" else " "))
        d.name(co["rep"])
    d.t("  (인)")


@template("contract_employment", "계약서", False, 14, noise_p=0.05)
def t_contract_employment(d, rng, i, nopii):
    ref = doc_date(rng)
    ag = agency(rng, rng.choice(["city", "gu", "dong", "school"]))
    foreign = rng.random() < 0.4
    w = foreigner(rng, ref, 20, 50) if foreign else person(rng, ref, 19, 68)
    d.t(("외국인근로자 표준근로계약서\n\n" if foreign else "기간제 근로자 표준근로계약서\n\n"))
    d.h(ag["name"], "institution_name")
    d.t("(이하 \"사업주\")과(와) 근로자 ")
    d.name(w, "latin" if foreign else None, upper=foreign)
    d.t("(이하 \"근로자\")은(는) 다음과 같이 근로계약을 체결한다.\n\n")
    d.t("1. 근로계약기간: ")
    hd(d, fdate(ref, "kor"))
    d.t("부터 ")
    hd(d, fdate(ref + dt.timedelta(days=rng.randint(90, 330)), "kor"))
    d.t("까지\n2. 근무장소: ")
    d.h(ag["name"] + " " + rng.choice(["민원실", "시설관리팀", "급식실", "환경미화 현장"]), "institution_name")
    d.t("\n3. 업무내용: " + rng.choice(["민원 안내", "청사 환경 정비", "자료 입력", "급식 조리 보조"]) + "\n")
    d.t("4. 임금: 월 ")
    h_amt(d, rng, 2000000, 3200000, "won")
    d.t(" (매월 " + str(rng.choice([10, 20, 25])) + "일 근로자 명의 계좌로 지급)\n")
    d.t("5. 근로시간: 09:00~18:00 (휴게 12:00~13:00)\n6. 기타: 이 계약에 정함이 없는 사항은 ")
    h_stat(d, rng, ["「근로기준법」 제17조", "「기간제 및 단시간근로자 보호 등에 관한 법률」 제17조"])
    d.t("에 따른다.\n\n[근로자 인적사항]\n성명: ")
    d.name(w, "hangul" if foreign else None)
    if foreign:
        d.t(" (" + w["nat"] + ")\n외국인등록번호: ")
        d.v("KR_FRN", g_frn(rng, w))
        d.t("\n여권번호: ")
        d.v("KR_PASSPORT", g_passport(rng, w))
    else:
        d.t("\n주민등록번호: ")
        d.v("KR_RRN", g_rrn(rng, w))
    d.t("\n주소: ")
    d.addr(g_addr(rng))
    d.t("\n연락처: ")
    d.v("PHONE_NUMBER", g_phone(rng, "mobile"))
    bank, acc, sub, fmt = g_account(rng)
    d.t("\n급여 계좌: " + bank + " ")
    d.s("KR_BANK_ACCOUNT", acc, sub, fmt)
    d.t(" / 예금주 ")
    d.name(w, "hangul" if foreign else None)
    d.t("\n\n")
    hd(d, fdate(ref, "dot"))
    d.t("\n사업주: ")
    h_off(d, ag["head"])
    d.t(" (인)    근로자: ")
    d.name(w, "latin" if foreign else None)
    d.t(" (서명)")


# ---- 인사명령 ----------------------------------------------------------------
GRADES = ["행정주사(6급)", "행정주사보(7급)", "행정사무관(5급)", "시설주사(6급)", "사회복지주사(6급)", "전산서기(8급)", "서기관(4급)"]


@template("personnel_order", "인사명령", False, 16, nopii_every=8, noise_p=0.04)
def t_personnel_order(d, rng, i, nopii):
    ref = doc_date(rng)
    ag = agency(rng, rng.choice(["city", "gu", "ministry"]))
    d.t(ag["name"] + " 인사발령 (")
    d.h("%s 제%d-%d호" % (ag["name"], ref.year, rng.randint(10, 400)), "document_number")
    d.t(")\n발령일자: ")
    hd(d, fdate(ref, "dot"))
    d.t("\n\n")
    if nopii:
        d.t("○ 직무대리 지정\n  ")
        h_off(d, dept_head(ag["dept"]))
        d.t(" 직무대리: ")
        h_off(d, rng.choice(["총무팀장", "기획팀장", "선임 사무관"]))
        d.t("\n  기간: ")
        hd(d, fdate(ref, "dot"))
        d.t(" ~ 후임자 발령 시까지\n※ 근거: ")
        h_stat(d, rng, ["「직무대리 규정」 제4조", "「지방공무원 임용령」 제38조의5"])
        d.t("\n\n")
        h_off(d, ag["head"])
        return
    sep = rng.choice([" | ", "\t", "  "])
    sections = rng.sample(["승진", "전보", "신규임용", "국외출장", "휴직", "직무대리"], rng.randint(2, 4))
    for sec in sections:
        d.t("○ " + sec + "\n")
        for k in range(rng.randint(1, 3)):
            p = person(rng, ref, 25, 59)
            if sec == "국외출장":
                d.t("  ")
                d.name(p)
                d.t(sep)
                d_roman(d, p)
                d.t(sep)
                d.v("KR_PASSPORT", g_passport(rng, None, rng.choice(["official", "official", "new", "old"])))
                d.t(sep)
                d.v("DATE_OF_BIRTH", g_dob(rng, p["birth"], rng.choice(["dot_pad", "iso", "dmy_eng"])))
                d.t(sep + rng.choice(["베트남 하노이", "독일 베를린", "일본 오사카", "미국 시애틀", "싱가포르"]) + sep)
                hd(d, fdate(ref + dt.timedelta(days=rng.randint(5, 40)), "dot"))
                d.t("\n")
            elif sec == "휴직":
                d.t("  " + rng.choice(GRADES) + " ")
                d.name(p)
                d.t(sep + rng.choice(["육아휴직", "질병휴직", "연수휴직"]) + sep)
                hd(d, fdate(ref, "dot"))
                d.t(" ~ ")
                hd(d, fdate(ref + dt.timedelta(days=rng.randint(90, 700)), "dot"))
                d.t("\n")
            elif sec == "신규임용":
                d.t("  " + rng.choice(GRADES[1:2] + ["전산서기보(9급)", "행정서기보(9급)", "사회복지서기보(9급)"]) + " ")
                d.name(p)
                d.t(sep + rng.choice(DEPTS) + " 배치 (시보)\n")
            elif sec == "승진":
                d.t("  ")
                d.name(p)
                d.t(sep + rng.choice(["행정주사보(7급) → 행정주사(6급)", "행정주사(6급) → 행정사무관(5급)", "행정사무관(5급) → 서기관(4급)"]) + sep + rng.choice(DEPTS) + "\n")
            else:
                d.t("  " + rng.choice(GRADES) + " ")
                d.name(p)
                d.t(sep + rng.choice(DEPTS) + " → " + rng.choice(DEPTS) + " (" + rng.choice(["팀장", "주무관", "과장 직무대리"] if sec == "직무대리" else ["팀장", "주무관", "과장"]) + ")\n")
    d.t("\n")
    h_off(d, ag["head"])
    d.t("\n\n※ 문의: " + rng.choice(["인사팀", "운영지원과 인사계"]) + " ")
    d.name(person(rng, ref, 27, 55))
    d.t(" " + rng.choice(["주무관", "사무관"]) + " ")
    d.v("PHONE_NUMBER", g_phone(rng, "landline", area=ag["area"], prefix=ag["pre"]))


# ---- 회의록 ------------------------------------------------------------------
COMMITTEES = ["지방보조금심의위원회", "개인정보보호위원회", "정보공개심의회", "도시계획위원회", "민원조정위원회",
              "청년정책조정위원회", "공유재산심의회", "인권위원회"]


@template("minutes_committee", "회의록", True, 20, nopii_every=5, noise_p=0.05)
def t_minutes_committee(d, rng, i, nopii):
    ref = doc_date(rng)
    ag = agency(rng, rng.choice(["city", "gu", "ministry"]))
    com = rng.choice(COMMITTEES)
    nth = rng.randint(1, 12)
    d.t("%s %s 제%d차 회의록\n\n일시: " % (ag["name"], com, nth))
    hd(d, fdate(ref, "kor"))
    d.t(" 14:00~16:%02d\n장소: %s 소회의실\n" % (rng.randint(0, 59), ag["name"]))
    if nopii:
        d.t("참석: 위원장 및 위원 %d명, 간사\n안건: %s\n\n" % (rng.randint(5, 11), rng.choice(["보조금 지원 대상 심의", "이의신청 처리", "정보공개 청구 심의"])))
        d.t("○ 위원장: 성원이 되었으므로 개회를 선언합니다. 간사께서 안건을 보고해 주십시오.\n")
        d.t("○ 간사: 이번 안건은 민원인 ")
        h_ph(d, rng, rng.choice(["A씨", "김○○", "○○○"]))
        d.t("이 제기한 이의신청으로, 관련 근거는 ")
        h_stat(d, rng)
        d.t("입니다. 신청 금액은 ")
        h_amt(d, rng, 1000000, 90000000)
        d.t("입니다.\n○ ")
        d.h("B위원", "placeholder_person")
        d.t(": ")
        h_ns(d, rng)
        d.t("검토 의견에 동의합니다.\n○ ")
        d.h("C위원", "placeholder_person")
        d.t(": 보완 자료를 받은 뒤 재심의했으면 합니다.\n○ 위원장: 원안대로 가결되었음을 선포합니다.\n\n※ 회의록은 ")
        h_stat(d, rng, ["「공공기관의 정보공개에 관한 법률」 제9조 제1항 제5호"])
        d.t("에 따라 발언자를 익명 처리함. 문의: 대표전화 ")
        h_sw(d, ag["switch"])
        return
    chair = person(rng, ref, 45, 75)
    members = [person(rng, ref, 35, 75) for _ in range(rng.randint(3, 6))]
    sec = person(rng, ref, 27, 50)
    d.t("참석자: 위원장 ")
    d.name(chair)
    d.t(", 위원 ")
    enum_people(d, rng, members[:-1], rng.choice(["comma", "dot"]))
    d.t(" (총 %d명)\n" % (len(members)))
    d.t("불참: ")
    d.name(members[-1])
    d.t(" 위원(" + rng.choice(["개인 사정", "출장", "건강상 이유"]) + ")\n간사: " + ag["dept"] + " ")
    d.name(sec)
    d.t(" " + rng.choice(["주무관", "사무관"]) + "\n안건: " + rng.choice(["2026년 지방보조금 지원 대상 심의", "정보공개 이의신청 심의", "민원 조정 안건 심의"]) + "\n\n[회의 내용]\n")
    d.t("○ 위원장(")
    d.name(chair)
    d.t("): 성원이 되었으므로 제%d차 회의를 개회하겠습니다.\n" % nth)
    d.t("○ 간사: 오늘 안건은 민원인 ")
    cit = person(rng, ref, 25, 80) if rng.random() < 0.75 else foreigner(rng, ref)
    P(d, rng, cit, "이가", role="민원인")
    d.t(" ")
    hd(d, fdate(ref - dt.timedelta(days=rng.randint(10, 60)), "kor_md"))
    d.t(" 제출한 이의신청입니다. 신청인은 ")
    d.addr(g_addr(rng), post=False, paren=False)
    d.t("에 거주하며, 연락처(")
    d.v("PHONE_NUMBER", g_phone(rng, "mobile"))
    d.t(")로 보완 요청을 전달하였습니다.\n")
    m1, m2 = rng.sample(members[:-1], 2)
    d.t("○ ")
    d.name(m1)
    d.t(" 위원: \"" + rng.choice(["신청 취지는 이해하지만 지원 기준을 넘는 부분이 있습니다.", "현장 확인 결과를 먼저 들어 보고 싶습니다.", "비슷한 사례와의 형평성을 고려해야 합니다."]) + "\"\n")
    d.t("○ ")
    d.name(m2)
    d.t(" 위원: ")
    d.name(m1)
    d.t(" 위원님 의견에 " + rng.choice(["동의합니다", "대체로 공감합니다만 보완이 필요합니다"]) + ". ")
    h_ns(d, rng)
    d.t("\n○ 위원장: 그러면 ")
    enum_people(d, rng, [m1, m2], "wa")
    d.t(" 위원의 의견을 반영하여 " + rng.choice(["조건부 가결", "재심의", "원안 가결"]) + "로 정리하겠습니다.\n\n")
    d.t("작성자: 간사 ")
    d.name(sec)
    d.t(" ")
    d.sb("PHONE_NUMBER", g_phone(rng, "landline", area=ag["area"], prefix=ag["pre"]))
    d.t("")


@template("minutes_council", "회의록", True, 18, nopii_every=6, noise_p=0.04)
def t_minutes_council(d, rng, i, nopii):
    ref = doc_date(rng)
    ag = agency(rng, rng.choice(["city", "gu"]))
    council = ag["name"].replace("시청", "시의회").replace("구청", "구의회").replace("군청", "군의회")
    d.t("제%d회 %s(임시회)\n%s위원회 회의록\n\n일시: " % (rng.randint(250, 340), council, rng.choice(["행정자치", "복지건설", "기획경제", "도시환경"])))
    hd(d, fdate(ref, "kor"))
    d.t("\n\n")
    if nopii:
        d.t("○ 위원장  의석을 정돈하여 주시기 바랍니다. 성원이 되었으므로 회의를 개의하겠습니다.\n")
        d.t("○ ")
        h_ph(d, rng, rng.choice(["김○○", "이○○", "박○○"]))
        d.t(" 위원  ")
        h_off(d, dept_head(ag["dept"]))
        d.t("께 묻겠습니다. ")
        h_ns(d, rng)
        d.t("예산은 ")
        h_amt(d, rng, 10000000, 900000000)
        d.t("인데 집행률이 낮습니다.\n○ ")
        h_off(d, dept_head(ag["dept"]))
        d.t("  하반기에 집중 집행할 계획입니다.\n(회의록 공개본: 의원 외 발언자 익명 처리)")
        return
    chair, m1, m2 = person(rng, ref, 40, 70), person(rng, ref, 35, 70), person(rng, ref, 35, 70)
    off = person(rng, ref, 45, 59)
    d.t("○ 위원장 ")
    d.name(chair)
    d.t("  의석을 정돈하여 주시기 바랍니다. 성원이 되었으므로 회의를 개의하겠습니다. ")
    d.name(m1)
    d.t(" 위원님 질의하여 주십시오.\n")
    d.t("○ ")
    d.name(m1)
    d.t(" 위원  " + dept_head(ag["dept"]) + "님께 묻겠습니다. 지난달 " + rng.choice(["한빛동", "새솔동", "가람동"]) + "에 사시는 ")
    res = person(rng, ref, 65, 90)
    d.name(res)
    d.t("(%d) %s께서 " % (res["age"], rng.choice(["어르신", "할머니", "할아버지"])) + rng.choice(["경로당 난방비 문제로", "버스 노선 변경 문제로", "보도 파손 문제로"]) + " 저를 찾아오셨습니다. 답변 부탁드립니다.\n")
    d.t("○ " + dept_head(ag["dept"]) + " ")
    d.name(off)
    d.t("  답변드리겠습니다. 해당 민원은 ")
    hd(d, fdate(ref - dt.timedelta(days=rng.randint(3, 30)), "kor_md"))
    d.t(" 접수되어 담당 ")
    d.name(person(rng, ref, 27, 50))
    d.t(" 주무관이 현장을 확인하였고, " + rng.choice(["다음 달까지 조치하겠습니다", "추경 예산에 반영하겠습니다"]) + ".\n")
    d.t("○ ")
    d.name(m2)
    d.t(" 위원  보충 질의하겠습니다. ")
    d.name(m1)
    d.t(" 위원님 말씀처럼 비슷한 민원이 " + rng.choice(["세 건", "다섯 건", "여러 건"]) + " 더 있습니다. ")
    h_ns(d, rng)
    d.t("\n○ 위원장 ")
    d.name(chair)
    d.t("  " + rng.choice(["더 질의하실 위원이 안 계시므로", "이상으로"]) + " 질의를 마치겠습니다. 정회를 선포합니다.\n")


# ---- 보도자료 ----------------------------------------------------------------
AWARDS = ["올해의 자원봉사자상", "모범시민상", "효행상", "안전지킴이상", "다문화 가족 화합상", "청년 창업 우수상"]
ACTS = ["홀몸 어르신 도시락 배달 봉사를", "통학로 교통안전 지도를", "무료 한글 교실을", "마을 방범 순찰을", "무료 이발 봉사를"]


def press_block(d, rng, ag, ref, email=True):
    d.t("담당 부서: " + ag["dept"] + "\n책임자: 과장 ")
    d.name(person(rng, ref, 45, 59))
    d.t(" ")
    d.sb("PHONE_NUMBER", g_phone(rng, "landline", area=ag["area"], prefix=ag["pre"]))
    d.t("\n담당자: " + rng.choice(["주무관", "사무관", "팀장"]) + " ")
    d.name(person(rng, ref, 27, 55))
    d.t(" (")
    d.v("PHONE_NUMBER", g_phone(rng, "landline", area=ag["area"], prefix=ag["pre"]))
    if email:
        d.t(", ")
        d.v("EMAIL_ADDRESS", g_email(rng, "official"))
    d.t(")\n")


@template("press_award", "보도자료", True, 20, noise_p=0.04)
def t_press_award(d, rng, i, nopii):
    ref = doc_date(rng)
    ag = agency(rng, rng.choice(["city", "gu", "ministry", "police", "fire"]))
    award = rng.choice(AWARDS)
    d.t("보도자료\n보도일시: ")
    hd(d, fdate(ref, "dot"))
    d.t(" 조간\n")
    block_top = rng.random() < 0.5
    if block_top:
        press_block(d, rng, ag, ref)
    n = rng.randint(4, 9)
    d.t("\n%s, '%s' 수상자 %d명 시상\n- 이웃을 위해 헌신한 시민들에게 감사의 뜻 전해\n\n□ " % (ag["name"], award, n))
    d.t(ag["name"] + jo(ag["name"], "은는") + " ")
    hd(d, fdate(ref - dt.timedelta(days=1), "kor_md"))
    d.t(" 청사 대회의실에서 '" + award + "' 시상식을 열고 ")
    w = person(rng, ref, 35, 85)
    P(d, rng, w, "을를", role=rng.choice(["자원봉사자", "주민", "상인"]), pattern=rng.choice(["n_age_hon", "n_hon_age"]))
    d.t(" 비롯한 %d명에게 상장과 상금을 수여했다고 밝혔다.\n□ 대상을 받은 " % n)
    d.name(w)
    d.t(" 씨는 %d년 동안 %s " % (rng.randint(3, 25), rng.choice(["한빛동", "새솔동", "솔내동", "은하동"])) + rng.choice(ACTS) + " 이어 왔다. ")
    d.name(w)
    d.t(" 씨는 \"" + rng.choice(["받은 만큼 돌려드렸을 뿐인데 과분한 상을 받았다", "함께해 준 이웃들 덕분", "앞으로도 힘닿는 데까지 봉사하겠다"]) + "\"며 소감을 밝혔다.\n")
    a, b = person(rng, ref, 40, 80), person(rng, ref, 40, 80)
    f = foreigner(rng, ref, 25, 55)
    d.t("□ 최우수상은 ")
    enum_people(d, rng, [a, b], "dot")
    d.t(" 부부와 ")
    P(d, rng, f, "이가")
    d.t(" 공동 수상했다. " + f["nat"] + " 출신인 ")
    d.name(f, "hangul")
    d.t(" 씨는 " + rng.choice((["결혼이주여성 모임을 이끌며 통역 봉사를 해 왔다"] if f["sex"] == "F" else []) + ["외국인 주민 상담 창구에서 통역을 맡아 왔다", "지역 축제에서 다문화 요리 교실을 운영했다"]) + ".\n")
    if rng.random() < 0.6:
        y = person(rng, ref, 16, 18)
        d.t("□ 청소년 부문에서는 ")
        d.h(agency(rng, "school")["name"].replace("초등학교", "고등학교").replace("중학교", "고등학교"), "institution_name")
        d.t(" " + str(min(3, y["age"] - 15)) + "학년 ")
        d.name(y)
        d.t((" 군(" if y["sex"] == "M" else " 양(") + "%d)이 장려상을 받았다.\n" % y["age"])
    d.t("□ 상금은 대상 ")
    h_amt(d, rng, 500000, 3000000, "won")
    d.t(", 최우수상 ")
    h_amt(d, rng, 300000, 1000000, "won")
    d.t("이다.\n□ ")
    if rng.random() < 0.5:
        h_off(d, ag["head"])
        d.t("은 \"")
    else:
        boss = person(rng, ref, 45, 62)
        d.t(ag["dept"] + " ")
        d.name(boss)
        d.t(" " + rng.choice(["국장", "과장", "실장"]) + "은 \"")
    d.t(rng.choice(["묵묵히 이웃을 돌본 분들께 감사드린다", "나눔 문화가 더 널리 퍼지기를 바란다"]) + "\"고 말했다.\n\n")
    if not block_top:
        d.t("<담당 부서> ")
        press_block(d, rng, ag, ref, email=rng.random() < 0.6)
    d.t("대표전화 ")
    h_sw(d, ag["switch"])


@template("press_policy", "보도자료", True, 16, nopii_every=2, noise_p=0.03)
def t_press_policy(d, rng, i, nopii):
    ref = doc_date(rng)
    ag = agency(rng, rng.choice(["ministry", "ministry", "city"]))
    pol = rng.choice(["모바일 신분증 발급 확대", "전입신고 온라인 처리 전면 시행", "개인정보 유출 신고 포상제 도입", "소상공인 전기요금 지원", "외국인 주민 통역 서비스 확대"])
    start = ref + dt.timedelta(days=rng.randint(3, 30))
    d.t("보도자료  |  배포 즉시 보도\n\n" + ag["name"] + ", '" + pol + "' 본격 시행\n- ")
    hd(d, fdate(start, "kor_md"))
    d.t("부터 전국 어디서나 신청 가능\n\n□ " + ag["name"] + jo(ag["name"], "은는") + " '" + pol + "' 계획을 마련해 ")
    hd(d, fdate(start, "kor"))
    d.t("부터 시행한다고 밝혔다.\n□ 이번 조치는 ")
    h_stat(d, rng)
    d.t(" 개정에 따른 것으로, 총사업비는 ")
    h_amt(d, rng, 100000000, 9000000000, "won")
    d.t("이다. ")
    h_ns(d, rng, plain=True)
    d.t("\n□ 신청은 " + rng.choice(["정부24", "누리집", "가까운 행정복지센터"]) + "에서 할 수 있으며, 궁금한 사항은 전용 콜센터(")
    h_sw(d, g_switchboard(rng))
    d.t(")로 문의하면 된다.\n□ ")
    if nopii:
        h_off(d, ag["head"])
        d.t("은 \"국민 불편을 줄이는 데 최선을 다하겠다\"고 말했다.\n\n")
        d.t("※ 문의: " + ag["dept"] + " (대표전화 ")
        h_sw(d, ag["switch"])
        d.t(")")
        return
    boss = person(rng, ref, 45, 62)
    d.t(ag["dept"] + " ")
    d.name(boss)
    d.t(" " + rng.choice(["국장", "정책관", "실장"]) + "은 \"국민 불편을 줄이는 데 최선을 다하겠다\"고 말했다.\n\n")
    sep = rng.choice([" | ", "  ", "\t"])
    d.t("<담당 부서>" + sep + ag["dept"] + sep + "책임자" + sep + "과장 ")
    d.name(person(rng, ref, 45, 59))
    d.t(sep)
    d.v("PHONE_NUMBER", g_phone(rng, "landline", area=ag["area"], prefix=ag["pre"]))
    d.t("\n" + sep + sep + "담당자" + sep + rng.choice(["사무관", "주무관"]) + " ")
    d.name(person(rng, ref, 27, 55))
    d.t(sep)
    d.v("PHONE_NUMBER", g_phone(rng, "landline", area=ag["area"], prefix=ag["pre"]))


# ---- 뉴스 기사 ----------------------------------------------------------------
def byline(d, rng, ref):
    rp = person(rng, ref, 25, 55)
    d.t("\n\n")
    d.name(rp)
    d.t(" 기자 ")
    d.v("EMAIL_ADDRESS", g_email(rng, "press", rng.choice(["hanbitnews.co.kr", "saesolilbo.com", "nurimedia.kr", "garamtimes.co.kr"])))


@template("news_accident", "뉴스기사", True, 20, nopii_every=5, noise_p=0.04)
def t_news_accident(d, rng, i, nopii):
    ref = doc_date(rng)
    ag = agency(rng, "police")
    veh = rng.choice(["시내버스", "화물차", "택시", "오토바이"])
    acc_addr = place_addr(rng, "road_sigungu")
    acc_place = acc_addr["value"].split()[0]
    d.t("%s서 승용차·%s 추돌…%d명 부상\n\n" % (acc_place, veh, rng.randint(2, 6)))
    hd(d, fdate(ref, "kor_md"))
    d.t(" 오후 %d시 %d분께 " % (rng.randint(1, 11), rng.randint(1, 59)))
    if nopii:
        d.t(acc_place + " 한 교차로에서 승용차가 신호 대기 중이던 " + veh + "를 들이받았다.\n이 사고로 승용차 운전자 ")
        h_ph(d, rng, rng.choice(["김모", "이모", "박모"]))
        d.t("(%d)씨와 %s 승객 등이 다쳐 병원으로 옮겨졌다.\n" % (rng.randint(20, 70), veh))
        d.t("경찰은 운전자 ")
        h_ph(d, rng, rng.choice(["A씨", "김씨"]))
        d.t("가 신호를 위반한 것으로 보고 ")
        h_stat(d, rng, ["「교통사고처리 특례법」 제3조 제1항"])
        d.t(" 위반 혐의로 조사하고 있다. ")
        h_ns(d, rng, plain=True)
        d.t("\n(사건 제보: ")
        h_sw(d, g_switchboard(rng))
        d.t(")")
        return
    d.addr(acc_addr, post=False, paren=False)
    d.t(" 앞 교차로에서 ")
    d.v("KR_VEHICLE_PLATE", g_plate(rng, rng.choice(["2digit", "3digit", "region"])))
    d.t(" 승용차가 신호 대기 중이던 ")
    d.v("KR_VEHICLE_PLATE", g_plate(rng, "commercial"))
    d.t(" " + veh + "를 들이받았다.\n이 사고로 승용차 운전자 ")
    h_ph(d, rng, rng.choice(["김모", "이모", "박모", "최모"]))
    d.t("(%d)씨와 %s 승객 " % (rng.randint(20, 70), veh))
    v1 = person(rng, ref, 15, 85)
    P(d, rng, v1, "과와", pattern=rng.choice(["n_age_hon", "n_hon_age", "n_age"]))
    d.t(" ")
    v2 = person(rng, ref, 15, 85) if rng.random() < 0.7 else foreigner(rng, ref)
    prose_person(d, rng, v2)
    d.t(" 등이 다쳐 인근 병원으로 옮겨졌다.\n")
    wit = person(rng, ref, 20, 75)
    d.t("사고를 목격한 ")
    P(d, rng, wit, "은는", role=rng.choice(["인근 상인", "주민", "택시기사"]), pattern=rng.choice(["role_n_age_hon", "n_age_hon"]))
    d.t(" \"" + rng.choice(["'쾅' 하는 소리에 나가 보니 차량 앞부분이 크게 부서져 있었다", "승용차가 속도를 줄이지 않고 그대로 달려왔다"]) + "\"고 말했다.\n")
    d.t("경찰은 운전자 ")
    h_ph(d, rng, "김씨" if rng.random() < 0.5 else "A씨")
    d.t("가 " + rng.choice(["전방 주시를 소홀히 한", "신호를 위반한", "졸음운전을 한"]) + " 것으로 보고 정확한 사고 경위를 조사하고 있다.")
    byline(d, rng, ref)


@template("news_community", "뉴스기사", True, 22, noise_p=0.04)
def t_news_community(d, rng, i, nopii):
    ref = doc_date(rng)
    place = rng.choice(DONGS)
    co = company(rng, "sole", ref)
    hero = co["rep"]
    d.t("[우리 동네 사람들] %d년째 이웃에 '%s' 나누는 %s 사장님\n\n" % (rng.randint(5, 30), rng.choice(["따뜻한 밥", "무료 이발", "반찬", "빵"]), place))
    d.t(place + "에서 ")
    h_co(d, co)
    d.t("를 운영하는 ")
    P(d, rng, hero, "은는", pattern=rng.choice(["n_age_hon", "n_hon_age"]))
    d.t(" 매주 토요일이면 가게 문을 일찍 닫고 홀로 사는 어르신들을 찾아간다.\n")
    sp = person(rng, ref, 40, 80)
    d.name(hero)
    d.t(" 씨와 " + ("아내" if hero["sex"] == "M" else "남편") + " ")
    d.name(sp)
    d.t(" 씨는 \"" + rng.choice(["처음엔 남은 음식을 나누려던 것이 여기까지 왔다", "어르신들이 기다려 주시니 쉴 수가 없다"]) + "\"며 웃었다.\n")
    f = foreigner(rng, ref, 25, 50)
    d.t("이들의 봉사에는 이웃도 힘을 보탰다. ")
    P(d, rng, f, "은는")
    d.t(" \"" + rng.choice(["한국에 처음 왔을 때 받은 도움을 갚고 싶었다", "함께하면서 한국어도 많이 늘었다"]) + "\"고 했다. ")
    kid = person(rng, ref, 10, 13, sur=surname_of(hero))
    d.t("부부의 선행은 " + ("손자 " if kid["sex"] == "M" else "손녀 "))
    d.name(kid)
    d.t((" 군(" if kid["sex"] == "M" else " 양(") + "%d)이 학교 글짓기 대회에 %s 이야기를 써 내면서 알려졌다.\n" % (kid["age"], "할아버지" if hero["sex"] == "M" else "할머니"))
    g = agency(rng, rng.choice(["gu", "city"]))
    d.t(g["name"] + jo(g["name"], "은는") + " 두 사람에게 감사패를 전달했다. ")
    of = person(rng, ref, 30, 58)
    d.t(g["name"] + " " + g["dept"] + " ")
    d.name(of)
    d.t(" 주무관은 \"")
    d.t(rng.choice(["이런 분들 덕분에 동네가 따뜻해진다", "후원 문의가 이어지고 있다"]) + "\"고 전했다. ")
    if rng.random() < 0.6:
        d.t("봉사에 함께하고 싶은 주민은 ")
        d.name(hero)
        d.t(" 씨(")
        d.v("PHONE_NUMBER", g_phone(rng, rng.choice(["mobile", "landline"])))
        d.t(")에게 연락하면 된다.")
    byline(d, rng, ref)


@template("news_court", "뉴스기사", True, 16, nopii_every=3, noise_p=0.03)
def t_news_court(d, rng, i, nopii):
    ref = doc_date(rng)
    court = agency(rng, "court")
    crime, law = rng.choice([("사기", "「형법」 제347조 제1항"), ("보이스피싱 전달책", "「전기통신금융사기 피해 방지 및 피해금 환급에 관한 특별법」 제15조의2"),
                             ("개인정보 불법 유출", "「개인정보 보호법」 제71조"), ("보조금 부정수급", "「보조금 관리에 관한 법률」 제40조")])
    age = rng.randint(20, 69)
    years = rng.randint(1, 5)
    letter = rng.choice(["A", "B"])
    d.t("%s 혐의 %d대 징역 %d년 선고…\"피해 회복 안 돼\"\n\n" % (crime, age // 10 * 10, years))
    d.h(court["name"], "institution_name")
    d.t(" 형사%d단독" % rng.randint(1, 12))
    if not nopii:
        j = person(rng, ref, 35, 60)
        d.t("(" + rng.choice(["재판장 ", ""]) + "")
        d.name(j)
        d.t(" " + rng.choice(["판사", "부장판사"]) + ")")
    d.t("은 " + crime + " 혐의로 기소된 ")
    h_ph(d, rng, letter)
    d.t("(%d)씨에게 징역 %d년을 선고했다고 " % (age, years))
    hd(d, fdate(ref, "kor_md"))
    d.t(" 밝혔다. 사건번호는 ")
    h_case(d, rng, rng.choice(["고단", "고합", "노"]), ref)
    d.t("이다.\n재판부에 따르면 ")
    d.h(letter + "씨", "placeholder_person")
    d.t("는 ")
    hd(d, fdate(ref - dt.timedelta(days=rng.randint(100, 700)), "kor"))
    d.t("부터 범행을 이어 왔으며, 피해자 ")
    h_ph(d, rng, rng.choice(["C씨", "D씨", "정 모 씨"]))
    d.t(" 등 %d명의 피해액은 모두 " % rng.randint(2, 40))
    h_amt(d, rng, 10000000, 900000000, "won")
    d.t("에 이른다. 적용 법조는 ")
    d.h(law, "statute_citation")
    d.t(jo(law, "이가") == "이" and "이다.\n" or "다.\n")
    d.t("재판부는 \"피해가 회복되지 않았고 피해자들이 엄벌을 탄원하고 있다\"고 양형 이유를 설명했다.")
    if not nopii:
        byline(d, rng, ref)


# ---- 판결 · 결정 ---------------------------------------------------------------
JOBS = ["회사원", "무직", "자영업", "일용직", "택시기사", "대학생", "배달원", "공무원"]


@template("judgment_criminal", "판결·결정", True, 20, nopii_every=10, noise_p=0.05)
def t_judgment_criminal(d, rng, i, nopii):
    ref = doc_date(rng)
    court = agency(rng, "court")
    crime = rng.choice(["도로교통법위반(음주운전)", "교통사고처리특례법위반(치상)", "사기", "개인정보보호법위반", "상해"])
    d.h(court["name"], "institution_name")
    d.t("\n판    결\n\n사    건  ")
    h_case(d, rng, rng.choice(["고단", "고합", "고정"]), ref)
    d.t(" " + crime + "\n피 고 인  ")
    if nopii:
        h_ph(d, rng, "A")
        d.t(" (" + rng.choice(JOBS) + ")\n검    사  ")
        h_off(d, "검사")
        d.t("(기소), 공판검사\n판결선고  ")
        hd(d, fdate(ref, "dot"))
        d.t("\n\n주    문\n피고인을 벌금 ")
        h_amt(d, rng, 3000000, 20000000, "won")
        d.t("에 처한다.\n\n이    유\n범 죄 사 실\n피고인은 ")
        hd(d, fdate(ref - dt.timedelta(days=rng.randint(60, 400)), "kor"))
        d.t(" 술에 취한 상태로 승용차를 운전하다가 피해자 ")
        h_ph(d, rng, "B")
        d.t("가 운전하는 차량을 들이받았다. (이하 비실명 처리)\n법령의 적용\n")
        h_stat(d, rng, ["「도로교통법」 제148조의2 제3항", "「교통사고처리 특례법」 제3조 제1항"])
        d.t("\n\n판사 (비실명)\n※ 이 판결서는 ")
        h_stat(d, rng, ["「형사소송법」 제59조의3"])
        d.t("에 따라 개인정보를 가리고 공개함.")
        return
    p = person(rng, ref, 20, 70)
    d.name(p)
    if rng.random() < 0.6:
        d.t(" ")
        d.sb("KR_RRN", g_rrn(rng, p, rng.choice(["masked", "masked", "valid"])))
    else:
        d.t(" (")
        d.v("DATE_OF_BIRTH", g_dob(rng, p["birth"], rng.choice(["yymmdd", "dot_space", "kor"])))
        d.t("생)")
    d.t(", " + rng.choice(JOBS) + "\n          주거 ")
    d.addr(g_addr(rng), post=False)
    d.t("\n          등록기준지 ")
    d.addr(g_addr(rng, rng.choice(["jibun", "jibun_rural"])), post=False)
    pr1, pr2, law = person(rng, ref, 28, 55), person(rng, ref, 28, 55), person(rng, ref, 30, 65)
    d.t("\n검    사  ")
    d.name(pr1)
    d.t("(기소), ")
    d.name(pr2)
    d.t("(공판)\n변 호 인  " + rng.choice(["변호사 ", "법무법인 한결 담당변호사 ", "변호사 "]))
    d.name(law)
    d.t(rng.choice(["(국선)", "", "(사선)"]) + "\n판결선고  ")
    hd(d, fdate(ref, "dot"))
    d.t("\n\n주    문\n피고인을 징역 %d월에 처한다.\n다만, 이 판결 확정일부터 %d년간 위 형의 집행을 유예한다.\n\n이    유\n범 죄 사 실\n" % (rng.randint(4, 18), rng.randint(1, 3)))
    d.t("피고인은 ")
    hd(d, fdate(ref - dt.timedelta(days=rng.randint(60, 400)), "kor"))
    d.t(" %02d:%02d경 " % (rng.randint(0, 23), rng.randint(0, 59)))
    d.addr(place_addr(rng, rng.choice(["road_sigungu", "road_full"])), post=False, paren=False)
    d.t(" 앞 도로에서 혈중알코올농도 0.%03d%%의 술에 취한 상태로 " % rng.randint(35, 180))
    d.v("KR_VEHICLE_PLATE", g_plate(rng, rng.choice(["2digit", "3digit", "region"])))
    d.t(" 승용차를 운전하다가 전방에 정차 중이던 피해자 ")
    vic = person(rng, ref, 20, 80) if rng.random() < 0.8 else foreigner(rng, ref)
    d.name(vic, "hangul")
    d.t("(%d세) 운전의 " % vic["age"])
    d.v("KR_VEHICLE_PLATE", g_plate(rng))
    d.t(" 차량 뒷부분을 들이받아 피해자에게 약 %d주간의 치료가 필요한 경추 염좌 등의 상해를 입게 하였다.\n" % rng.randint(2, 8))
    d.t("피고인은 당시 운전면허")
    d.sb("KR_DRIVER_LICENSE", g_dl(rng))
    d.t("가 취소된 상태였다.\n\n증거의 요지\n1. 피고인의 법정진술\n1. ")
    w = person(rng, ref, 20, 70)
    d.name(w)
    d.t(rng.choice(["의 진술서", "에 대한 경찰 진술조서"]) + "\n1. 주취운전자 정황진술보고서, 실황조사서\n\n법령의 적용\n")
    h_stat(d, rng, ["「도로교통법」 제148조의2 제3항", "「교통사고처리 특례법」 제3조 제1항", "「형법」 제257조 제1항"])
    d.t(", ")
    h_stat(d, rng, ["「형법」 제62조 제1항", "「형법」 제37조"])
    d.t("\n\n판사  ")
    d.name(person(rng, ref, 32, 60))


@template("decision_admin", "판결·결정", True, 18, nopii_every=6, noise_p=0.05)
def t_decision_admin(d, rng, i, nopii):
    ref = doc_date(rng)
    pol = agency(rng, "police")
    d.t(rng.choice(["중앙행정심판위원회", "○○도 행정심판위원회"]) + "\n재    결\n\n사    건  ")
    d.h("%d-%05d" % (ref.year, rng.randint(1, 99999)), "case_number")
    d.t(" 자동차운전면허 취소처분 취소청구\n청 구 인  ")
    if nopii:
        h_ph(d, rng, "○○○")
        d.t("\n피청구인  ")
        h_off(d, rng.choice(["○○시·도경찰청장", "○○경찰서장"]))
        d.t("\n\n주    문  청구인의 청구를 기각한다.\n\n이    유\n1. 사건개요\n청구인은 ")
        hd(d, fdate(ref - dt.timedelta(days=rng.randint(60, 300)), "kor"))
        d.t(" 혈중알코올농도 0.%03d%% 상태로 운전하다 적발되었고, 피청구인은 " % rng.randint(80, 200))
        h_stat(d, rng, ["「도로교통법」 제93조 제1항 제1호"])
        d.t("에 따라 운전면허를 취소하였다.\n2. 판단\n청구인은 생계를 이유로 감경을 주장하나 감경 기준에 해당하지 않는다.\n\n")
        hd(d, fdate(ref, "dot"))
        return
    p = person(rng, ref, 22, 68)
    d.name(p)
    d.t("\n          ")
    d.addr(g_addr(rng))
    if rng.random() < 0.5:
        d.t("\n          대리인 행정사 ")
        d.name(person(rng, ref, 30, 65))
    d.t("\n피청구인  ")
    h_off(d, pol["name"] + "장")
    d.t("\n\n주    문  청구인의 청구를 " + rng.choice(["기각한다", "기각한다", "일부 인용한다"]) + ".\n청구 취지  피청구인이 ")
    hd(d, fdate(ref - dt.timedelta(days=rng.randint(30, 120)), "dot"))
    d.t(" 청구인에게 한 제1종 보통운전면허")
    d.sb("KR_DRIVER_LICENSE", g_dl(rng))
    d.t(" 취소처분을 취소한다.\n\n이    유\n1. 사건개요\n  가. 청구인은 ")
    d.v("DATE_OF_BIRTH", g_dob(rng, p["birth"], rng.choice(["kor", "dot_space", "kor_yy"])))
    d.t("생으로 ")
    hd(d, fdate(ref - dt.timedelta(days=rng.randint(120, 400)), "kor"))
    d.t(" ")
    d.addr(place_addr(rng, "road_sigungu"), post=False, paren=False)
    d.t(" 부근에서 혈중알코올농도 0.%03d%%의 술에 취한 상태로 " % rng.randint(80, 200))
    d.v("KR_VEHICLE_PLATE", g_plate(rng))
    d.t(" 차량을 운전하다 적발되었다.\n  나. 피청구인은 ")
    h_stat(d, rng, ["「도로교통법」 제93조 제1항 제1호", "「도로교통법」 제93조 제1항 제2호"])
    d.t("에 따라 청구인의 운전면허를 취소하였다.\n2. 청구인 주장\n청구인은 " + rng.choice(["택배 기사로 일하며 가족을 부양하고 있어", "거동이 불편한 어머니를 병원에 모셔야 해서"]) + " 운전면허가 꼭 필요하다고 주장한다.\n")
    d.t("3. 판단\n음주운전으로 인한 교통사고를 방지할 공익상 필요가 청구인의 불이익보다 크다.\n\n")
    hd(d, fdate(ref, "dot"))
    d.t("\n행정심판위원회 위원장 (직인생략)")


# ---- 감사 · 징계 ----------------------------------------------------------------
@template("audit_report", "감사·징계", True, 18, nopii_every=6, noise_p=0.04)
def t_audit_report(d, rng, i, nopii):
    ref = doc_date(rng)
    ag = agency(rng, rng.choice(["city", "gu", "ministry"]))
    d.t("%s %s 감사 결과 처분요구서\n\n1. 감사 개요\n  ○ 감사기간: " % (ag["name"], ref.year))
    hd(d, fdate(ref - dt.timedelta(days=30), "dot"))
    d.t(" ~ ")
    hd(d, fdate(ref - dt.timedelta(days=20), "dot"))
    d.t("\n  ○ 감사대상: " + ag["dept"] + " 등 %d개 부서\n\n2. 지적 사항\n가. 업무추진비 집행 부적정\n  " % rng.randint(2, 9))
    if nopii:
        d.t(ag["dept"] + " 관련자 ")
        h_ph(d, rng, rng.choice(["A(6급)", "B(7급)", "김○○(6급)"]))
        d.t("은 업무추진비 ")
        h_amt(d, rng, 100000, 5000000)
        d.t("을 사적 모임에 사용하였다.\n  이는 ")
        h_stat(d, rng, ["「공무원 행동강령」 제14조", "「지방공무원법」 제48조"])
        d.t(" 위반이다.\n\n3. 조치 요구: 관련자 경고, 금액 회수\n\n")
        h_off(d, rng.choice(["감사관", "감사담당관", "감사실장"]))
        return
    o1, o2 = person(rng, ref, 28, 58), person(rng, ref, 28, 58)
    d.t(ag["dept"] + " ")
    role1 = rng.choice(["주무관", "팀장", "주무관"])
    if rng.random() < 0.5:
        d.t(role1 + " ")
        d.name(o1)
        d.t(jo(o1["name"], "은는"))
    else:
        d.name(o1)
        d.t("(%d) %s%s" % (o1["age"], role1, jo(role1, "은는")))
    d.t(" ")
    hd(d, fdate(ref - dt.timedelta(days=rng.randint(60, 300)), "kor"))
    d.t(" 관내 업소인 ")
    h_co(d, company(rng, "sole", ref))
    d.t("에서 업무추진비 ")
    h_amt(d, rng, 100000, 2000000, "won")
    d.t("을 결제한 뒤 같은 금액을 본인 명의 신용카드(")
    d.v("CREDIT_CARD", g_card(rng, masked=rng.random() < 0.5))
    d.t(")로 다시 결제하고 취소하는 방식으로 영수증을 중복 제출하였다.\n")
    d.t("나. 수의계약 업무 부적정\n  ")
    d.name(o2)
    d.t(" " + rng.choice(["주무관", "주무관", "사무관"]) + "은 ")
    co = company(rng, None, ref)
    h_co(d, co)
    d.t("(대표 ")
    d.name(co["rep"])
    d.t(", 사업자등록번호 ")
    d.v("KR_BRN", g_brn(rng, co["kind"]))
    if co["kind"] == "corp":
        d.t(", 법인등록번호 ")
        d.v("KR_CRN", g_crn(rng))
    d.t(")와 같은 해에 %d차례 수의계약을 체결하면서 견적서를 분할받았고, 대금 " % rng.randint(2, 6))
    h_amt(d, rng, 5000000, 20000000, "won")
    bank, acc, sub, fmt = g_account(rng)
    d.t("을 " + bank + " ")
    d.s("KR_BANK_ACCOUNT", acc, sub, fmt)
    d.t("(예금주 ")
    d.name(co["rep"])
    d.t(")로 지급하였다. 이는 ")
    h_stat(d, rng, ["「지방계약법 시행령」 제25조", "「국가를 당사자로 하는 계약에 관한 법률」 제7조"])
    d.t(" 위반이다.\n")
    if rng.random() < 0.7:
        o3 = person(rng, ref, 24, 50)
        cit = person(rng, ref, 20, 80)
        d.t("다. 개인정보 관리 소홀\n  ")
        d.name(o3)
        d.t(" 실무관은 민원인 ")
        d.name(cit)
        d.t("의 주민등록번호(")
        d.v("KR_RRN", g_rrn(rng, cit))
        d.t(")와 휴대전화 번호(")
        d.v("PHONE_NUMBER", g_phone(rng, "mobile"))
        d.t(")가 적힌 신청서 사본을 잠금장치 없는 캐비닛에 보관하였다.\n")
    d.t("\n3. 조치 요구\n  ○ ")
    d.name(o1)
    d.t(": " + rng.choice(["경징계", "훈계", "중징계"]) + " 요구, ")
    d.name(o2)
    d.t(": " + rng.choice(["주의", "경고", "경징계"]) + "\n  ○ 부당 집행액 회수\n\n")
    h_off(d, rng.choice(["감사관", "감사담당관", "감사실장"]))


@template("disciplinary", "감사·징계", True, 16, noise_p=0.04)
def t_disciplinary(d, rng, i, nopii):
    ref = doc_date(rng)
    ag = agency(rng, rng.choice(["city", "gu", "police", "fire"]))
    p = person(rng, ref, 27, 59)
    d.t("징 계 의 결 서\n\n1. 징계혐의자 인적사항\n  소속: " + ag["name"] + " " + ag["dept"] + "\n  직위(직급): " + rng.choice(GRADES) + "\n  성명: ")
    d.name(p)
    d.t("\n  생년월일: ")
    d.v("DATE_OF_BIRTH", g_dob(rng, p["birth"]))
    d.t("\n2. 의결주문: " + rng.choice(["정직 1월", "감봉 3월", "강등", "견책"]) + "\n3. 이유\n  혐의자 ")
    d.name(p)
    d.t(jo(p["name"], "은는") + " ")
    hd(d, fdate(ref - dt.timedelta(days=rng.randint(40, 200)), "kor"))
    d.t(" %d시경 " % rng.randint(20, 23))
    d.addr(place_addr(rng, rng.choice(["road_sigungu", "road_full"])), post=False, paren=False)
    d.t(" 부근 도로에서 혈중알코올농도 0.%03d%% 상태로 본인 소유의 " % rng.randint(30, 160))
    d.v("KR_VEHICLE_PLATE", g_plate(rng, rng.choice(["2digit", "3digit"])))
    d.t(" 승용차를 약 %d㎞ 운전하다 단속 경찰관에게 적발되었고, 이로 인해 운전면허" % rng.randint(1, 9))
    d.sb("KR_DRIVER_LICENSE", g_dl(rng))
    d.t("가 취소되었다.\n  혐의자는 적발 사실을 소속 기관에 알리지 않았으며, 동료 ")
    c = person(rng, ref, 27, 59)
    d.name(c)
    d.t(" " + rng.choice(["주무관", "팀장"]) + "의 확인서에 의해 뒤늦게 알려졌다.\n  이는 ")
    h_stat(d, rng, ["「지방공무원법」 제55조", "「국가공무원법」 제63조", "「지방공무원법」 제72조"])
    d.t("에 따른 품위 유지 의무 위반으로 징계 사유에 해당한다.\n\n")
    hd(d, fdate(ref, "dot"))
    d.t("\n")
    h_off(d, ag["name"].replace("청", "") + " 인사위원회 위원장")


# ---- 경찰 ------------------------------------------------------------------
@template("police_statement", "경찰기록", True, 22, noise_p=0.06)
def t_police_statement(d, rng, i, nopii):
    ref = doc_date(rng)
    pol = agency(rng, "police")
    p = person(rng, ref, 20, 75)
    d.t("진 술 조 서\n\n성    명: ")
    d.name(p)
    d.t("\n주민등록번호: ")
    d.v("KR_RRN", g_rrn(rng, p))
    d.t("\n직    업: " + rng.choice(JOBS) + "\n주    거: ")
    d.addr(g_addr(rng))
    d.t("\n연 락 처: 휴대전화 ")
    d.v("PHONE_NUMBER", g_phone(rng, "mobile"))
    if rng.random() < 0.5:
        d.t(", 이메일 ")
        d.v("EMAIL_ADDRESS", g_email(rng))
    d.t("\n\n위의 사람은 피의자 ")
    h_ph(d, rng, rng.choice(["성명 미상", "김○○", "A씨"]))
    d.t("에 대한 사기 피의사건에 관하여 ")
    hd(d, fdate(ref, "kor"))
    d.t(" " + pol["name"] + " 수사과 사무실에 임의 출석하여 다음과 같이 진술하다.\n\n")
    d.t("문: 진술인은 어떤 피해를 입었나요?\n답: 중고거래 앱에서 " + rng.choice(["캠핑 장비", "노트북", "유모차", "공연 표"]) + "를 사려고 했는데, 판매자가 ")
    bank, acc, sub, fmt = g_account(rng)
    d.t(bank + " ")
    d.s("KR_BANK_ACCOUNT", acc, sub, fmt)
    d.t(" 계좌로 ")
    h_amt(d, rng, 100000, 3000000, "won")
    d.t("을 먼저 보내라고 했습니다. 예금주는 ")
    acc_holder = person(rng, ref, 20, 60)
    d.name(acc_holder)
    d.t("(으)로 되어 있었습니다.\n문: 판매자와는 어떻게 연락했나요?\n답: 문자로만 했습니다. 판매자 번호는 ")
    d.v("PHONE_NUMBER", g_phone(rng, rng.choice(["mobile", "070"])))
    d.t("이었고, 지금은 꺼져 있습니다.\n")
    if rng.random() < 0.6:
        d.t("문: 카드로 결제한 것도 있나요?\n답: 배송비라면서 링크를 보내서 제 신용카드 ")
        d.v("CREDIT_CARD", g_card(rng, masked=False))
        d.t("로 ")
        h_amt(d, rng, 3000, 50000, "won")
        d.t("을 결제했는데, 그 뒤로 해외 결제가 %d건 더 승인되었습니다.\n" % rng.randint(1, 6))
    d.t("문: 함께 피해를 본 사람이 있나요?\n답: 같은 아파트에 사는 ")
    nb = person(rng, ref, 20, 75)
    P(d, rng, nb, "도", pattern=rng.choice(["n_hon", "n_age_hon", "n_hon_age"]))
    d.t(" 같은 판매자에게 당했다고 들었습니다.\n문: 더 할 말이 있나요?\n답: 없습니다. 돈을 꼭 돌려받고 싶습니다.\n\n")
    d.t("진술자  ")
    d.name(p)
    d.t(" (무인)\n")
    hd(d, fdate(ref, "dot"))
    d.t("\n" + pol["name"] + " 수사과  " + rng.choice(["경위", "경사", "경장"]) + " ")
    d.name(person(rng, ref, 27, 55))


@template("police_incident", "경찰기록", True, 18, noise_p=0.05)
def t_police_incident(d, rng, i, nopii):
    ref = doc_date(rng)
    pol = agency(rng, "police")
    f = foreigner(rng, ref, 20, 55)
    s = person(rng, ref, 20, 65)
    d.t("사건 발생 보고\n\n1. 일시 및 장소: ")
    hd(d, fdate(ref, "iso"))
    d.t(" %02d:%02d경, " % (rng.randint(0, 23), rng.randint(0, 59)))
    d.addr(place_addr(rng, rng.choice(["road_full", "road_sigungu"])), post=False, paren=False)
    d.t(" 앞 노상\n2. 피해자: ")
    d.name(f, "latin", upper=rng.random() < 0.5)
    d.t(" (" + f["nat"] + ", %d세)\n   외국인등록번호 " % f["age"])
    d.v("KR_FRN", g_frn(rng, f))
    d.t(", 여권번호 ")
    d.v("KR_PASSPORT", g_passport(rng, f))
    d.t(", 연락처 ")
    d.v("PHONE_NUMBER", g_phone(rng, rng.choice(["mobile", "intl"])))
    d.t("\n3. 피의자: ")
    d.name(s)
    d.t(" (%d세, %s)\n   주거 " % (s["age"], rng.choice(JOBS)))
    d.addr(g_addr(rng), post=False)
    d.t("\n   운전면허 ")
    d.v("KR_DRIVER_LICENSE", g_dl(rng))
    d.t(", 차량 ")
    d.v("KR_VEHICLE_PLATE", g_plate(rng))
    d.t("\n4. 사건 개요\n   피의자 ")
    d.name(s)
    d.t(jo(s["name"], "은는") + " 위 일시·장소에서 주차 문제로 시비가 붙자 피해자 ")
    d.name(f, "hangul")
    d.t(" 씨의 얼굴을 주먹으로 %d회 때려 약 2주간의 치료가 필요한 상해를 가한 것이다. " % rng.randint(1, 4))
    d.t("현장에 있던 ")
    w = person(rng, ref, 20, 70)
    P(d, rng, w, "이가", role="목격자", pattern=rng.choice(["role_n_age_hon", "n_age_hon"]))
    d.t(" 112에 신고하였고, 피해자는 통역인 ")
    d.name(person(rng, ref, 25, 60))
    d.t(" 씨의 도움을 받아 진술하였다.\n5. 조치: 피의자 현행범 체포 후 석방, 피해자 ")
    d.h(agency(rng, "hospital")["name"], "institution_name")
    d.t(" 이송\n\n보고자: " + pol["name"] + " 형사과 " + rng.choice(["경사", "경위", "경장"]) + " ")
    d.name(person(rng, ref, 26, 55))
    d.t("  (")
    d.h(receipt(rng, ref), "receipt_number")
    d.t(")")


# ---- 소방 ------------------------------------------------------------------
@template("fire_investigation", "소방기록", True, 16, nopii_every=8, noise_p=0.05)
def t_fire_investigation(d, rng, i, nopii):
    ref = doc_date(rng)
    fs = agency(rng, "fire")
    d.t("화재 현장 조사서 (" + fs["name"] + ")\n\n1. 화재 개요\n  ○ 발생 일시: ")
    hd(d, fdate(ref, "iso"))
    d.t(" %02d:%02d\n  ○ 신고 접수: " % (rng.randint(0, 23), rng.randint(0, 59)))
    h_sw(d, "119")
    d.t(" 종합상황실\n  ○ 재산 피해: ")
    h_amt(d, rng, 1000000, 300000000, "won")
    d.t(" (추정)\n\n2. 관계인\n")
    if nopii:
        d.t("  ○ 건물 소유자: ")
        h_ph(d, rng, rng.choice(["김○○", "이○○"]))
        d.t(" / 점포 운영자: ")
        h_ph(d, rng, rng.choice(["박○○", "정 모 씨"]))
        d.t("\n\n3. 조사 내용\n  발화 지점은 1층 주방 배전반 부근으로, 전기적 요인(절연 열화)에 의한 화재로 추정된다. ")
        h_stat(d, rng, ["「소방기본법」 제29조", "「화재의 예방 및 안전관리에 관한 법률」 제17조"])
        d.t("에 따라 관계인 조사를 마쳤다.\n\n조사관: ")
        h_off(d, fs["name"] + " 화재조사팀장")
        return
    own = person(rng, ref, 35, 80)
    co = company(rng, "sole", ref)
    rep = co["rep"]
    d.t("  ○ 건물 소유자: ")
    d.name(own)
    d.t(" ")
    d.sb("PHONE_NUMBER", g_phone(rng, "mobile"))
    d.t("\n  ○ 화재 장소: ")
    d.addr(g_addr(rng), post=rng.random() < 0.3)
    d.t("\n  ○ 점포: ")
    h_co(d, co)
    d.t(" (대표 ")
    d.name(rep)
    d.t(", 사업자등록번호 ")
    d.v("KR_BRN", g_brn(rng, "sole"))
    d.t(")\n\n3. 조사 내용\n  최초 신고자인 ")
    rp = person(rng, ref, 20, 75)
    P(d, rng, rp, "은는", role=rng.choice(["이웃 주민", "행인", "배달원"]), pattern=rng.choice(["role_n_age_hon", "n_age_hon"]))
    d.t(" \"" + rng.choice(["가게 안쪽에서 검은 연기가 새어 나왔다", "타는 냄새가 나서 보니 주방 쪽에서 불꽃이 보였다"]) + "\"고 진술하였다. 점포 대표 ")
    d.name(rep)
    d.t(" 씨는 ")
    hd(d, fdate(ref, "kor_md"))
    d.t(" 영업을 마치고 %d시경 퇴근하였다고 하며, 당시 전기 온풍기 전원을 끄지 않았다고 진술하였다.\n" % rng.randint(20, 23))
    d.t("  발화 지점은 주방 안쪽 멀티탭 부근으로, 전기적 요인에 의한 화재로 판단된다. 대표의 연락처는 ")
    d.v("PHONE_NUMBER", g_phone(rng, rng.choice(["mobile", "070"])))
    d.t("이다.\n\n조사관: " + fs["name"] + " 화재조사팀 소방" + rng.choice(["장", "위", "교"]) + " ")
    d.name(person(rng, ref, 27, 55))


@template("fire_ems_log", "소방기록", False, 14, noise_p=0.06)
def t_fire_ems_log(d, rng, i, nopii):
    ref = doc_date(rng)
    fs = agency(rng, "fire")
    p = person(rng, ref, 1, 95)
    d.t("구급활동일지\n\n출동 일시  ")
    hd(d, fdate(ref, "iso"))
    d.t(" %02d:%02d    신고 경로  " % (rng.randint(0, 23), rng.randint(0, 59)))
    h_sw(d, "119")
    d.t("\n신고자 전화  ")
    d.v("PHONE_NUMBER", g_phone(rng, "mobile"))
    d.t("\n현장 주소  ")
    d.addr(g_addr(rng), post=False)
    d.t("\n\n[환자 정보]\n성명  ")
    d.name(p)
    d.t("    성별  " + ("남" if p["sex"] == "M" else "여") + "    나이  %d세\n생년월일  " % p["age"])
    d.v("DATE_OF_BIRTH", g_dob(rng, p["birth"]))
    d.t("\n보호자  ")
    g = person(rng, ref, 25, 70)
    d.name(g)
    d.t(" " + rng.choice(["배우자", "아들", "딸", "모", "부"]) + " ")
    d.sb("PHONE_NUMBER", g_phone(rng, "mobile"))
    d.t("\n주 호소  " + rng.choice(["흉통", "호흡곤란", "의식 저하", "낙상 후 요통", "복통"]) + "\n이송 병원  ")
    d.h(agency(rng, "hospital")["name"], "institution_name")
    d.t("\n\n구급대원  ")
    enum_people(d, rng, [person(rng, ref, 25, 50) for _ in range(rng.randint(2, 3))], "comma")
    d.t("  (" + fs["name"] + " " + rng.choice(["119안전센터", "구급대"]) + ")")


# ---- 병원 ------------------------------------------------------------------
DIAG = [("급성 위염", "K29.1"), ("요추 염좌", "S33.5"), ("제2형 당뇨병", "E11.9"), ("폐렴", "J18.9"),
        ("고혈압", "I10"), ("대퇴골 골절", "S72.0"), ("뇌경색", "I63.9")]


@template("hospital_form", "병원기록", False, 12, noise_p=0.06)
def t_hospital_form(d, rng, i, nopii):
    ref = doc_date(rng)
    hosp = agency(rng, "hospital")
    foreign = rng.random() < 0.3
    p = foreigner(rng, ref, 20, 60) if foreign else person(rng, ref, 0, 5 if rng.random() < 0.3 else 95)
    if not foreign and p["age"] < 6:
        make_infant(rng, p, ref)
    dg = rng.choice(DIAG[:2] + DIAG[3:4]) if (not foreign and p["age"] < 6) else rng.choice(DIAG)
    d.t(rng.choice(["진료의뢰서", "입원약정서", "진료비 감면 신청서"]) + "\n\n의료기관: ")
    d.h(hosp["name"], "institution_name")
    d.t(" (요양기관기호 ")
    d.h("%08d" % rng.randint(10000000, 99999999), "public_record_id")
    d.t(")\n환자 성명: ")
    d.name(p, "latin" if foreign else None, upper=foreign)
    d.t("    성별/나이: %s/%d\n" % ("M" if p["sex"] == "M" else "F", p["age"]))
    if foreign:
        d.t("외국인등록번호: ")
        d.v("KR_FRN", g_frn(rng, p))
    else:
        d.t("주민등록번호: ")
        d.v("KR_RRN", g_rrn(rng, p))
    d.t("\n건강보험증번호: ")
    d.v("KR_HEALTH_INSURANCE", g_hi(rng))
    d.t("\n주소: ")
    d.addr(g_addr(rng))
    d.t("\n연락처: ")
    d.v("PHONE_NUMBER", g_phone(rng, "mobile"))
    g = person(rng, ref, 25, 75)
    d.t("\n보호자: ")
    d.name(g)
    d.t(" (" + rng.choice(["배우자", "지인", "고용주"] if foreign else ["배우자", "자녀", "부", "모", "형제"]) + ", ")
    d.v("PHONE_NUMBER", g_phone(rng, "mobile"))
    d.t(")\n상병명: %s (%s)\n" % dg)
    if rng.random() < 0.4:
        d.t("피부양자 건강보험증번호: ")
        d.v("KR_HEALTH_INSURANCE", g_hi(rng))
        d.t("\n")
    d.t("의뢰 내용: 정밀 검사 및 전문 진료 요망\n\n")
    hd(d, fdate(ref, "dot"))
    d.t("\n의사  ")
    d.name(person(rng, ref, 30, 65))
    d.t("  (면허번호 ")
    d.h("제%d호" % rng.randint(10000, 159999), "license_number")
    d.t(")")


@template("hospital_narrative", "병원기록", True, 18, noise_p=0.05)
def t_hospital_narrative(d, rng, i, nopii):
    ref = doc_date(rng)
    hosp = agency(rng, "hospital")
    dong = agency(rng, "dong")
    p = person(rng, ref, 55, 92)
    dg = rng.choice(DIAG)
    d.t("의료사회복지 상담 기록 (" + hosp["name"] + ")\n\n")
    d.t("환자 ")
    P(d, rng, p, "은는", hon="님", pattern=rng.choice(["n_age_hon", "n_hon_age"]))
    d.t(" ")
    hd(d, fdate(ref - dt.timedelta(days=rng.randint(2, 20)), "kor"))
    d.t(" " + dg[0] + euro(dg[0]) + " 응급실을 거쳐 입원하였다. 주소지는 ")
    d.addr(g_addr(rng), post=False, paren=False)
    d.t("이며 %s 생활하고 있다.\n" % rng.choice(["혼자", "배우자와 단둘이", "손자와 함께"]))
    rel = rng.choice(["아들", "딸", "조카", "며느리"])
    g = person(rng, ref, 30, 65, sur=surname_of(p) if rel in ("아들", "딸") else None)
    d.t("보호자로 연락된 " + rel + " ")
    d.name(g)
    d.t(" 씨(")
    d.v("PHONE_NUMBER", g_phone(rng, "mobile"))
    d.t(")는 \"" + rng.choice(["지방에 살아 자주 올 수 없다", "병원비가 부담된다", "퇴원 후 돌봄이 걱정된다"]) + "\"고 하였다.\n")
    d.t("건강보험 자격 조회 결과 건강보험증 번호 ")
    d.v("KR_HEALTH_INSURANCE", g_hi(rng))
    d.t("로 지역가입자 자격이 확인되었으나 보험료 %d개월분(" % rng.randint(3, 30))
    h_amt(d, rng, 100000, 3000000, "won")
    d.t(")이 체납되어 있다. 이에 ")
    d.h(dong["name"], "institution_name")
    d.t(" ")
    d.name(person(rng, ref, 27, 55))
    d.t(" 주무관과 통화(☎ ")
    d.v("PHONE_NUMBER", g_phone(rng, "landline", area=dong["area"], prefix=dong["pre"]))
    d.t(")하여 긴급 의료비 지원을 의뢰하였다.\n")
    if rng.random() < 0.5:
        d.t("환자는 생년월일을 ")
        d.v("DATE_OF_BIRTH", g_dob(rng, p["birth"], rng.choice(["kor", "kor_yy", "dot_space"])))
        d.t("로 기억하고 있어 신분 확인에 어려움은 없었다. ")
    d.t("\n담당 의료사회복지사 ")
    d.name(person(rng, ref, 26, 55))
    d.t(" / ")
    hd(d, fdate(ref, "dot"))


# ---- 학교 · 복지 ----------------------------------------------------------------
@template("school_counsel", "학교기록", True, 18, noise_p=0.05)
def t_school_counsel(d, rng, i, nopii):
    ref = doc_date(rng)
    sch = agency(rng, "school")
    st = person(rng, ref, 9, 17)
    male = st["sex"] == "M"
    teacher = person(rng, ref, 27, 60)
    d.t("학생 상담 기록부 (" + sch["name"] + ")\n\n일시: ")
    hd(d, fdate(ref, "dot"))
    d.t(" %d교시    장소: 상담실\n상담자: 전문상담교사 " % rng.randint(1, 7))
    d.name(teacher)
    d.t("\n대상: %d학년 %d반 " % (rng.randint(1, 3), rng.randint(1, 9)))
    d.name(st)
    d.t((" 군" if male else " 양") + " (생년월일 ")
    d.v("DATE_OF_BIRTH", g_dob(rng, st["birth"]))
    d.t(")\n")
    multi = rng.random() < 0.45
    if multi:
        mom = foreigner(rng, ref, 30, 50)
        mom["sex"] = "F"
        d.t("보호자: 어머니 ")
        d.name(mom, "hangul")
        d.t(" (")
        d.name(mom, "latin")
        d.t(", " + mom["nat"] + ")  ")
    else:
        mom = person(rng, ref, 33, 55)
        d.t("보호자: " + ("어머니" if mom["sex"] == "F" else "아버지") + " ")
        d.name(mom)
        d.t("  ")
    d.v("PHONE_NUMBER", g_phone(rng, "mobile"))
    d.t("\n\n[상담 내용]\n")
    d.name(st)
    d.t(jo(st["name"], "은는") + " 최근 같은 반 ")
    h_ph(d, rng, rng.choice(["A학생", "B학생", "김○○ 학생"]))
    d.t("과의 갈등으로 " + rng.choice(["등교를 힘들어한다", "수업 시간에 집중하지 못한다", "점심시간에 혼자 지낸다"]) + "고 호소하였다. ")
    d.t("\"" + rng.choice(["친구들이 제 말투를 따라 해요", "단톡방에서 저만 빼고 이야기해요", "그냥 학교에 오기 싫어요"]) + "\"라고 말하며 울먹였다.\n")
    if multi:
        d.t("어머니 ")
        d.name(mom, "hangul")
        d.t(" 씨는 한국어가 서툴러 다문화 통역사 ")
        d.name(person(rng, ref, 28, 60))
        d.t(" 씨가 동석하였다. 외국인등록번호(")
        d.v("KR_FRN", g_frn(rng, mom))
        d.t(")로 교육급여 자격을 확인한 결과 지원 대상에 해당하였다.\n")
    d.t("담임 ")
    hr = person(rng, ref, 26, 60)
    d.name(hr)
    d.t(" 교사와 협의하여 " + rng.choice(["학급 내 관계 개선 프로그램을 운영하기로 하였다", "주 1회 정기 상담을 진행하기로 하였다", "Wee센터 연계를 검토하기로 하였다"]) + ". ")
    d.t("위기 상황 시 청소년상담전화(")
    h_sw(d, "1388")
    d.t(")를 안내하였다.\n\n학교 대표전화 ")
    h_sw(d, sch["switch"])


@template("welfare_case", "복지기록", True, 22, noise_p=0.05)
def t_welfare_case(d, rng, i, nopii):
    ref = doc_date(rng)
    dong = agency(rng, "dong")
    p = person(rng, ref, 55, 90)
    d.t("사례관리 상담일지\n\n대상자: ")
    d.name(p)
    d.t(" (%d세, %s)   주민등록번호 " % (p["age"], "남" if p["sex"] == "M" else "여"))
    d.v("KR_RRN", g_rrn(rng, p, rng.choice(["masked", "valid"])))
    d.t("\n주소: ")
    d.addr(g_addr(rng))
    d.t("\n연락처: ")
    d.v("PHONE_NUMBER", g_phone(rng, rng.choice(["mobile", "landline"])))
    d.t("\n건강보험: 증번호 ")
    d.v("KR_HEALTH_INSURANCE", g_hi(rng))
    d.t(" (" + rng.choice(["지역가입자", "의료급여 2종", "직장 피부양자"]) + ")\n\n[상담 내용]\n")
    hd(d, fdate(ref, "kor"))
    d.t(" 가정 방문. 대상자는 " + rng.choice(["무릎 수술 뒤 거동이 불편하여", "최근 실직한 아들의 빚 문제로", "겨울철 난방비 부담으로"]) + " 도움을 요청하였다. ")
    d.t("\"" + rng.choice(["혼자서는 병원에 갈 수가 없다", "전기요금이 밀려서 독촉장이 왔다", "손주들 밥 챙기기가 버겁다"]) + "\"고 말하였다.\n")
    kid = make_infant(rng, person(rng, ref, 0, 5, sur=surname_of(p)), ref)
    d.t("함께 사는 손" + ("자 " if kid["sex"] == "M" else "녀 "))
    d.name(kid)
    d.t(" (생년월일 ")
    d.v("DATE_OF_BIRTH", g_dob(rng, kid["birth"]))
    d.t(", 주민등록번호 ")
    d.v("KR_RRN", g_rrn(rng, kid))
    d.t(")의 아동수당 신청 여부를 확인하였다. ")
    if rng.random() < 0.4:
        f = foreigner(rng, ref, 25, 45)
        d.t("아이의 어머니인 ")
        P(d, rng, f, "은는", pattern=rng.choice(["hangul_latin", "latin_hangul"]))
        d.t(" 외국인등록번호 ")
        d.v("KR_FRN", g_frn(rng, f, masked=rng.random() < 0.4))
        d.t("로 체류 자격을 확인하였다. ")
    bank, acc, sub, fmt = g_account(rng)
    d.t("\n긴급생계비 ")
    h_amt(d, rng, 300000, 1800000, "won")
    d.t("은 " + bank + " ")
    d.s("KR_BANK_ACCOUNT", acc, sub, fmt)
    d.t("(예금주 ")
    d.name(p)
    d.t(")로 지급할 예정이다. 보건복지상담센터(")
    h_sw(d, "129")
    d.t(") 안내문도 전달하였다.\n\n담당: " + dong["name"] + " 맞춤형복지팀 ")
    d.name(person(rng, ref, 26, 55))
    d.t(" 주무관 (☎ ")
    d.v("PHONE_NUMBER", g_phone(rng, "landline", area=dong["area"], prefix=dong["pre"]))
    d.t(")")


# ---- 통화 · 채팅 ---------------------------------------------------------------
@template("call_transcript", "통화·채팅", False, 14, nopii_every=7, noise_p=0.05)
def t_call_transcript(d, rng, i, nopii):
    ref = doc_date(rng)
    center = rng.choice([("다산콜재단", "120"), ("건강보험 고객센터", g_switchboard(rng)), ("정부민원안내콜센터", "110"), ("과태료 납부 상담실", g_switchboard(rng))])
    d.t("[상담 녹취록]\n상담일시: ")
    hd(d, fdate(ref, "iso") + " %02d:%02d" % (rng.randint(9, 17), rng.randint(0, 59)))
    d.t("   인입번호: ")
    h_sw(d, center[1])
    d.t("\n\n")
    agent = person(rng, ref, 22, 50)
    d.t("상담사: 네, " + center[0] + "입니다. 상담사 ")
    if nopii:
        d.t("○번입니다. 무엇을 도와드릴까요?\n민원인: 여권 재발급할 때 필요한 서류가 뭔가요?\n상담사: 신분증과 사진 1매가 필요하고, 수수료는 ")
        h_amt(d, rng, 15000, 53000, "won")
        d.t("입니다. 자세한 내용은 ")
        h_stat(d, rng, ["「여권법」 제9조 제1항", "같은 법 시행령 제4조 제2항"])
        d.t("에 나와 있습니다.\n민원인: 감사합니다.\n상담사: 더 궁금하신 점은 대표번호 ")
        h_sw(d, g_switchboard(rng))
        d.t("로 연락 주세요.\n[통화 종료]")
        return
    d.name(agent)
    d.t("입니다. 무엇을 도와드릴까요?\n")
    p = person(rng, ref, 20, 80)
    d.t("민원인: " + rng.choice(["과태료를 카드로 냈는데 이중으로 결제가 됐어요.", "병원비 환급금 신청하려고요.", "주차 요금이 잘못 결제된 것 같아서요."]) + "\n")
    d.t("상담사: 본인 확인을 위해 성함과 생년월일을 말씀해 주시겠어요?\n민원인: ")
    d.name(p)
    d.t("이고요, ")
    d.v("DATE_OF_BIRTH", g_dob(rng, p["birth"], rng.choice(["yymmdd", "kor", "kor_yy"])))
    d.t("입니다.\n상담사: 확인 감사합니다, ")
    d.name(p)
    d.t(" 님. 결제하신 카드 번호를 불러 주시겠어요?\n민원인: ")
    d.v("CREDIT_CARD", g_card(rng, masked=False))
    d.t(rng.choice(["요.", "입니다.", " 이거예요."]) + "\n상담사: 환불받으실 계좌를 말씀해 주세요.\n민원인: ")
    bank, acc, sub, fmt = g_account(rng)
    d.t(bank + " ")
    d.s("KR_BANK_ACCOUNT", acc, sub, fmt)
    d.t("이요. 예금주는 저예요.\n상담사: 처리 결과는 문자로 안내드릴게요. 연락처 확인 부탁드립니다.\n민원인: ")
    d.v("PHONE_NUMBER", g_phone(rng, "mobile"))
    d.t("이요.\n상담사: 네, " + rng.choice(["3~5영업일", "7일 이내", "다음 주 중"]) + " 처리됩니다. 상담사 ")
    d.name(agent)
    d.t("였습니다.\n[통화 종료]")


@template("chat_log", "통화·채팅", False, 14, nopii_every=7, noise_p=0.05)
def t_chat_log(d, rng, i, nopii):
    ref = doc_date(rng)
    d.t("[민원 챗봇 상담 로그]  세션 ")
    d.h("s%08d" % rng.randint(0, 99999999), "system_user_id")
    d.t("  " + fdate(ref, "iso"))
    if not nopii:
        d.t("  접속 IP ")
        d.v("IP_ADDRESS", g_ip(rng, rng.choice(["public", "public", "v6"])))
    d.t("\n")
    h, m = rng.randint(9, 21), rng.randint(0, 50)

    def ts():
        nonlocal m
        m += rng.randint(0, 2)
        d.t("[%s %d:%02d] " % ("오후" if h >= 12 else "오전", h - 12 if h > 12 else h, m))
    ts()
    d.t("사용자: " + rng.choice(["주정차 과태료 이의신청 하려고요", "카드 결제 취소가 안 돼요", "여권 찾으러 가는 날짜 바꿀 수 있나요"]) + "\n")
    ts()
    if nopii:
        d.t("챗봇: 관련 안내는 누리집 공지 또는 콜센터(")
        h_sw(d, g_switchboard(rng))
        d.t(")에서 확인하실 수 있습니다.\n")
        ts()
        d.t("사용자: 운영 시간은요?\n")
        ts()
        d.t("챗봇: 평일 09:00~18:00입니다. ")
        h_stat(d, rng, ["「민원 처리에 관한 법률」 제27조"])
        d.t("에 따라 상담 내용은 3년간 보관됩니다.\n")
        return
    d.t("챗봇: 차량번호 또는 접수번호를 입력해 주세요.\n")
    ts()
    d.t("사용자: ")
    d.v("KR_VEHICLE_PLATE", g_plate(rng))
    d.t("\n")
    ts()
    agent = person(rng, ref, 22, 50)
    d.t("상담원 ")
    d.name(agent)
    d.t(": 안녕하세요. 상담원 ")
    d.name(agent)
    d.t("입니다. 회신받으실 연락처를 남겨 주세요.\n")
    ts()
    d.t("사용자: 전화는 ")
    d.v("PHONE_NUMBER", g_phone(rng, "mobile"))
    d.t(" 이메일은 ")
    d.v("EMAIL_ADDRESS", g_email(rng))
    d.t(" 입니다\n")
    if rng.random() < 0.6:
        ts()
        d.t("사용자: 과태료는 카드 ")
        d.v("CREDIT_CARD", g_card(rng))
        d.t(" 로 이미 냈어요\n")
    ts()
    p = person(rng, ref, 20, 70)
    d.t("사용자: 명의는 ")
    d.name(p)
    d.t(rng.choice(["이에요", "입니다", "로 되어 있어요"]) + "\n")
    ts()
    d.t("상담원 ")
    d.name(agent)
    d.t(": 확인 후 연락드리겠습니다. 이용해 주셔서 감사합니다.\n")


# ---- 접속로그 · 개인정보 사고 ------------------------------------------------------
SYSTEMS = ["새올행정시스템", "주민등록전산망", "사회보장정보시스템(행복e음)", "차세대 지방세정보시스템", "민원처리시스템"]


@template("access_log", "접속로그", False, 14, nopii_every=7, noise_p=0.015)
def t_access_log(d, rng, i, nopii):
    ref = doc_date(rng)
    sysname = rng.choice(SYSTEMS)
    style = rng.choice(["pipe", "kv", "csv"])
    d.t("# " + sysname + " 개인정보 처리 접속기록 (추출일 ")
    hd(d, fdate(ref, "iso"))
    d.t(")  agent ")
    d.h(rng.choice(["v3.2.11", "10.0.19045.3803", "5.4.2.1007", "2.18.0.6", "v1.9.22"]), "version_number")
    d.t("\n")
    if style == "csv":
        d.t("일시,사용자ID,IP,행위,대상\n")
    for k in range(rng.randint(4, 8)):
        t = "%s %02d:%02d:%02d" % (fdate(ref - dt.timedelta(days=rng.randint(0, 6)), "iso"), rng.randint(7, 22), rng.randint(0, 59), rng.randint(0, 59))
        uid = "u%05d" % rng.randint(10000, 99999)
        act = rng.choice(["VIEW", "VIEW", "PRINT", "DOWNLOAD", "UPDATE", "SEARCH"])
        if nopii:
            d.t("[INFO] ")
            hd(d, t)
            d.t(" ")
            d.h(uid, "system_user_id")
            d.t(" batch-job " + rng.choice(["backup", "index-rebuild", "log-rotate"]) + " 완료 (관리번호 ")
            d.h("%03d-%d-%04d" % (rng.randint(10, 99), ref.year, rng.randint(0, 9999)), "public_record_id")
            d.t(")\n")
            continue
        q = person(rng, ref, 1, 90)
        if style == "pipe":
            hd(d, t)
            d.t(" | ")
            d.h(uid, "system_user_id")
            d.t(" | ")
            d.v("IP_ADDRESS", g_ip(rng, rng.choice(["private", "private", "public"])))
            d.t(" | " + act + " | 대상자 ")
            d.name(q)
            d.sb("KR_RRN", g_rrn(rng, q, "masked" if rng.random() < 0.7 else None))
            d.t("\n")
        elif style == "kv":
            d.t("time=")
            hd(d, t)
            d.t(" user=")
            d.h(uid, "system_user_id")
            d.t(" src_ip=")
            d.v("IP_ADDRESS", g_ip(rng))
            d.t(" action=" + act + " subject=\"")
            d.name(q)
            d.t("\"\n")
        else:
            hd(d, t)
            d.t(",")
            d.h(uid, "system_user_id")
            d.t(",")
            d.v("IP_ADDRESS", g_ip(rng, rng.choice(["private", "public"])))
            d.t("," + act + ",")
            d.name(q)
            d.t("\n")
    if not nopii and rng.random() < 0.5:
        d.t("# 이상 징후: 야간 대량 조회 사용자 점검 요망 (담당 ")
        d.v("EMAIL_ADDRESS", g_email(rng, "official"))
        d.t(")\n")


@template("privacy_incident", "개인정보사고보고", True, 16, nopii_every=8, noise_p=0.05)
def t_privacy_incident(d, rng, i, nopii):
    ref = doc_date(rng)
    ag = agency(rng, rng.choice(["city", "gu", "ministry", "nhis"]))
    n = rng.randint(12, 3400)
    d.t("개인정보 유출 사고 조사 결과 보고\n\n1. 사고 개요\n")
    hd(d, fdate(ref, "kor"))
    d.t(" %d시경 " % rng.randint(9, 18) + ag["name"] + " " + ag["dept"] + "에서 ")
    if nopii:
        d.t("담당 직원이 안내 메일을 보내면서 수신자 %d명의 주소를 숨은 참조로 처리하지 않아 이메일 주소가 서로 노출되었다. " % n)
        d.t("유출 항목은 성명과 이메일 주소이며, ")
        h_stat(d, rng, ["「개인정보 보호법」 제34조 제1항", "「개인정보 보호법」 제34조 제3항"])
        d.t("에 따라 ")
        hd(d, fdate(ref + dt.timedelta(days=2), "kor_md"))
        d.t(" 정보주체에게 통지하였다.\n2. 재발 방지: 대량 메일 발송 절차 개선, 담당자 교육\n\n보고: ")
        h_off(d, dept_head(ag["dept"]))
        return
    o = person(rng, ref, 25, 55)
    d.t(rng.choice(["주무관", "실무관", "주무관"]) + " ")
    d.name(o)
    d.t(jo(o["name"], "이가") + " 안내 메일을 보내면서 수신자 %d명의 주소를 숨은 참조로 처리하지 않아 이메일 주소와 성명이 서로 노출되었다.\n" % n)
    d.t("같은 날 ")
    hd(d, fdate(ref, "kor_md"))
    d.t(" 밤 외부 IP ")
    d.v("IP_ADDRESS", g_ip(rng, "public"))
    d.t("와 ")
    d.v("IP_ADDRESS", g_ip(rng, rng.choice(["public", "v6"])))
    d.t("에서 관리자 페이지 로그인 시도가 %d회 확인되었으며, 내부 단말(" % rng.randint(20, 900))
    d.v("IP_ADDRESS", g_ip(rng, "private"))
    d.t(")의 악성코드 감염 여부를 점검하였다.\n2. 피해 현황\n")
    c1 = person(rng, ref, 20, 80)
    d.t("확인된 피해자 중 ")
    P(d, rng, c1, "은는", pattern=rng.choice(["n_hon", "n_age_hon"]))
    d.t(" 본인 이메일(")
    d.v("EMAIL_ADDRESS", g_email(rng))
    d.t(")로 스팸 메일이 급증했다며 항의하였고, ")
    c2 = person(rng, ref, 20, 80) if rng.random() < 0.7 else foreigner(rng, ref)
    P(d, rng, c2, "은는")
    d.t(" 휴대전화(")
    d.v("PHONE_NUMBER", g_phone(rng, "mobile"))
    d.t(")로 피싱 문자를 받았다고 신고하였다.\n3. 수탁업체 점검\n메일 발송을 위탁받은 ")
    co = company(rng, "corp", ref)
    h_co(d, co)
    d.t("(법인등록번호 ")
    d.v("KR_CRN", g_crn(rng))
    d.t(", 대표 ")
    d.name(co["rep"])
    d.t(")의 서버 접속기록을 제출받아 분석 중이다.\n4. 조치: ")
    h_stat(d, rng, ["「개인정보 보호법」 제34조 제1항", "「개인정보 보호법」 제34조 제3항"])
    d.t("에 따라 개인정보보호위원회에 신고하고 정보주체에게 통지하였다.\n\n보고자: " + ag["dept"] + " ")
    d.name(person(rng, ref, 28, 58))
    d.t(" ")
    d.sb("PHONE_NUMBER", g_phone(rng, "landline", area=ag["area"], prefix=ag["pre"]))
    d.t("")


# ---- 정보공개 ------------------------------------------------------------------
FOI_TOPICS = ["최근 3년간 업무추진비 집행 내역", "청사 리모델링 공사 계약서 일체", "민원 처리 대장(2025년)",
              "CCTV 설치 현황", "위원회 회의록 및 참석자 명단", "불법 주정차 단속 실적"]


@template("foi_decision", "정보공개", True, 16, nopii_every=4, noise_p=0.04)
def t_foi_decision(d, rng, i, nopii):
    ref = doc_date(rng)
    ag = agency(rng)
    d.t("정보 (부분)공개 결정 통지서\n\n접수번호 ")
    d.h("%d%07d" % (rng.randint(1, 9), rng.randint(0, 9999999)), "receipt_number")
    d.t("   접수일자 ")
    hd(d, fdate(ref - dt.timedelta(days=rng.randint(5, 20)), "dot"))
    d.t("\n\n청구인  ")
    if nopii:
        h_ph(d, rng, "○○○")
        d.t(" 귀하\n\n")
    else:
        p = person(rng, ref, 20, 75)
        d.t("성명 ")
        d.name(p)
        d.t("\n        주소 ")
        d.addr(g_addr(rng))
        d.t("\n        전화 ")
        d.v("PHONE_NUMBER", g_phone(rng, "mobile"))
        d.t("   전자우편 ")
        d.v("EMAIL_ADDRESS", g_email(rng))
        d.t("\n\n")
    topic = rng.choice(FOI_TOPICS)
    d.t("귀하께서 청구하신 \"" + topic + "\"에 대하여 다음과 같이 결정하였음을 알려 드립니다.\n\n")
    d.t("1. 결정 내용: 부분공개\n2. 비공개 내용 및 사유: 공개 대상 문서에 포함된 제3자 ")
    h_ph(d, rng, rng.choice(["김○○", "이○○", "박**"]))
    d.t("의 성명과 연락처는 ")
    h_stat(d, rng, ["「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호"])
    d.t("에 해당하여 가림 처리하였습니다. 다만 공무원의 성명·직위는 같은 호 라목에 따라 공개합니다.\n")
    d.t("3. 공개 방법: 전자우편 송부 (수수료 ")
    h_amt(d, rng, 0, 30000, "won")
    d.t(")\n4. 불복 방법: 이 결정에 이의가 있으면 통지받은 날부터 30일 이내에 이의신청을 할 수 있습니다 (")
    h_stat(d, rng, ["「공공기관의 정보공개에 관한 법률」 제18조"])
    d.t(").\n\n")
    h_off(d, ag["head"])
    d.t("\n\n담당: " + ag["dept"] + " ")
    if nopii:
        d.t("정보공개 담당 (대표전화 ")
        h_sw(d, ag["switch"])
        d.t(")")
        return
    d.name(person(rng, ref, 26, 55))
    d.t(" " + rng.choice(["주무관", "주무관", "사무관"]) + " (☎ ")
    d.v("PHONE_NUMBER", g_phone(rng, "landline", area=ag["area"], prefix=ag["pre"]))
    d.t(")")


# ---- 표: 카드 환불, 외국인 근로자 ----------------------------------------------------
@template("table_card_refund", "표", False, 12, noise_p=0.06)
def t_table_card_refund(d, rng, i, nopii):
    ref = doc_date(rng)
    d.t(rng.choice(["[수수료 과오납 환불 대상]", "[행사 참가비 카드 결제 취소 명단]", "[주차요금 이중결제 환불 내역]"]) + "  ")
    hd(d, fdate(ref, "dotpad"))
    d.t("\n")
    sep = rng.choice([" | ", "\t", "  "])
    hdr = rng.random() < 0.6
    if hdr:
        d.t(sep.join(["번호", "성명", "카드번호", "승인번호", "금액", "승인일"]) + "\n")
    for k in range(rng.randint(4, 7)):
        q = person(rng, ref, 20, 80)
        d.t(str(k + 1) + sep)
        d.name(q)
        d.t(sep)
        d.v("CREDIT_CARD", g_card(rng))
        d.t(sep)
        d.h("%08d" % rng.randint(0, 99999999), "transaction_number")
        d.t(sep)
        h_amt(d, rng, 1000, 300000, "won")
        d.t(sep)
        hd(d, fdate(ref - dt.timedelta(days=rng.randint(1, 60)), "iso"))
        d.t("\n")


@template("table_foreign_workers", "표", False, 12, noise_p=0.06)
def t_table_foreign_workers(d, rng, i, nopii):
    ref = doc_date(rng)
    co = company(rng, "corp", ref)
    d.t("외국인 근로자 고용 현황 (사업장: ")
    h_co(d, co)
    d.t(", 사업자등록번호 ")
    d.v("KR_BRN", g_brn(rng, "corp"))
    d.t(", 법인등록번호 ")
    d.v("KR_CRN", g_crn(rng))
    d.t(")\n")
    sep = rng.choice([" | ", "\t", "   "])
    hdr = rng.random() < 0.5
    if hdr:
        d.t(sep.join(["성명", "국적", "외국인등록번호", "여권번호", "체류만료일", "연락처"]) + "\n")
    for k in range(rng.randint(3, 6)):
        f = foreigner(rng, ref, 20, 50)
        d.name(f, "latin", upper=rng.random() < 0.6)
        d.t(sep + f["nat"] + sep)
        d.v("KR_FRN", g_frn(rng, f))
        d.t(sep)
        d.v("KR_PASSPORT", g_passport(rng, f))
        d.t(sep)
        hd(d, fdate(ref + dt.timedelta(days=rng.randint(30, 900)), "iso"))
        d.t(sep)
        d.v("PHONE_NUMBER", g_phone(rng, "mobile"))
        d.t("\n")
    d.t("작성자: 인사 담당 ")
    d.name(person(rng, ref, 25, 55))


# ---- OCR 스캔 -------------------------------------------------------------------
OCR_FORM_BASES = ["form_application", "form_passport", "form_report_foreign", "form_report_move", "form_consent",
                  "hospital_form", "fire_ems_log", "register_vehicle", "contract_employment"]
OCR_DOC_BASES = ["gongmun_1990s", "gongmun_2000s", "judgment_criminal", "contract_service", "police_statement",
                 "decision_admin", "minwon_reply", "personnel_order", "police_incident", "disciplinary"]
OCR_NOPII_BASES = ["gongmun_1990s", "minwon_reply", "judgment_criminal", "decision_admin"]


def _ocr(d, rng, i, nopii, bases):
    base = rng.choice(OCR_NOPII_BASES if nopii else bases)
    tp = [t for t in TEMPLATES if t["name"] == base][0]
    d.base_genre = tp["genre"]
    d.t(rng.choice(["[스캔본] ", "(사본) ", "", "- 1 -\n"]))
    tp["fn"](d, rng, i, nopii)
    d.t(rng.choice(["", "\n- 1 -", "\n원본대조필", "\n(이하 여백)"]))


@template("ocr_form_scan", "OCR스캔", False, 16, noise_p=0.6, ocr=True)
def t_ocr_form_scan(d, rng, i, nopii):
    _ocr(d, rng, i, nopii, OCR_FORM_BASES)


@template("ocr_doc_scan", "OCR스캔", False, 16, nopii_every=8, noise_p=0.6, ocr=True)
def t_ocr_doc_scan(d, rng, i, nopii):
    _ocr(d, rng, i, nopii, OCR_DOC_BASES)


# ==== MAIN ====================================================================
def build_one(tp, i):
    nopii = bool(tp["nopii_every"]) and (i % tp["nopii_every"] == tp["nopii_every"] - 1)
    errors = []
    for k in range(MAX_RETRY):
        seed = "%s|%s|%d" % (SEED_BASE, tp["name"], i) + ("" if k == 0 else "|r%d" % k)
        rng = random.Random(seed)
        d = Draft(rng, tp["noise_p"] if tp["ocr"] else min(0.5, tp["noise_p"] * NOISE_SCALE), tp["ocr"])
        try:
            tp["fn"](d, rng, i, nopii)
            text = d.text()
            spans = [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in d.spans]
            rec = {"id": None, "text": text, "spans": spans, "genre": tp["genre"]}
            mspans = []
            for s in d.spans:
                m = {"start": s["start"], "end": s["end"], "type": s["type"], "sub": s["sub"],
                     "noise": s["noise"], "format": s["format"], "value": s["value"], "clean": s["clean"]}
                if "underlying" in s:
                    m["underlying"] = s["underlying"]
                mspans.append(m)
            meta = {"id": None, "template": tp["name"], "seed": seed, "genre": tp["genre"],
                    "base_genre": d.base_genre or tp["genre"], "narrative": tp["narrative"],
                    "no_pii": nopii, "ocr_text_noise": tp["ocr"], "spans": mspans,
                    "hard_negatives": sorted(d.hns, key=lambda h: h["start"])}
            validate(rec, meta)
            return rec, meta, errors
        except GenError as e:
            errors.append("%s: %s" % (seed, e))
    raise SystemExit("template %s record %d failed %d times:\n  %s" % (tp["name"], i, MAX_RETRY, "\n  ".join(errors[-5:])))


def build_all(only=None):
    recs, metas, retries = [], [], Counter()
    for tp in TEMPLATES:
        if only and tp["name"] not in only:
            continue
        for i in range(tp["n"]):
            rec, meta, errs = build_one(tp, i)
            retries[tp["name"]] += len(errs)
            recs.append(rec)
            metas.append(meta)
    names = [tp["name"] for tp in TEMPLATES]
    need(len(set(names)) == len(names), "duplicate template names")
    for k, (r, m) in enumerate(zip(recs, metas)):
        r["id"] = m["id"] = "au%04d" % (k + 1)
    return recs, metas, retries


def make_stats(recs, metas):
    st = {"records": len(recs), "spans": sum(len(r["spans"]) for r in recs)}
    g, t, ty, sub, nz, hn = Counter(), Counter(), Counter(), Counter(), Counter(), Counter()
    gn, gs, tn = Counter(), Counter(), Counter()
    noisy = narrative = nopii = 0
    hn_genre = Counter()
    for r, m in zip(recs, metas):
        g[r["genre"]] += 1
        gs[r["genre"]] += len(r["spans"])
        t[m["template"]] += 1
        narrative += m["narrative"]
        if m["no_pii"]:
            nopii += 1
            gn[r["genre"]] += 1
            tn[m["template"]] += 1
        for s in m["spans"]:
            ty[s["type"]] += 1
            sub[s["type"] + "/" + s["sub"]] += 1
            for x in s["noise"]:
                nz[x] += 1
            noisy += bool(s["noise"])
        for h in m["hard_negatives"]:
            hn[h["category"]] += 1
            hn_genre[r["genre"]] += 1
    srt = lambda c: dict(sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))
    st.update({
        "no_pii_records": nopii, "no_pii_share": round(nopii / len(recs), 4),
        "narrative_records": narrative, "narrative_share": round(narrative / len(recs), 4),
        "noisy_spans": noisy, "noisy_span_share": round(noisy / max(1, st["spans"]), 4),
        "hard_negatives": sum(hn.values()),
        "by_genre": {k: {"records": g[k], "no_pii": gn[k], "spans": gs[k], "hard_negatives": hn_genre[k]} for k in sorted(g)},
        "by_template": {k: {"records": t[k], "no_pii": tn[k]} for k in sorted(t)},
        "by_type": srt(ty), "by_sub_kind": dict(sorted(sub.items())), "by_noise_tag": srt(nz),
        "by_hard_negative_category": srt(hn),
    })
    return st


def dump_jsonl(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def md5(path):
    with open(path, "rb") as f:
        return hashlib.md5(f.read()).hexdigest()


GEN_FILES = ["pii_au.jsonl", "pii_au.meta.jsonl", "stats.json"]


def main(argv):
    out = os.path.dirname(os.path.abspath(__file__))
    selfcheck = True
    only = None
    k = 0
    while k < len(argv):
        if argv[k] == "--out":
            out = argv[k + 1]
            k += 1
        elif argv[k] == "--no-selfcheck":
            selfcheck = False
        elif argv[k] == "--only":
            only = set(argv[k + 1].split(","))
            k += 1
        k += 1
    recs, metas, retries = build_all(only)
    st = make_stats(recs, metas)
    os.makedirs(out, exist_ok=True)
    dump_jsonl(os.path.join(out, "pii_au.jsonl"), recs)
    dump_jsonl(os.path.join(out, "pii_au.meta.jsonl"), metas)
    with open(os.path.join(out, "stats.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(st, f, ensure_ascii=False, indent=1)
        f.write("\n")
    # re-read and validate the written files
    with open(os.path.join(out, "pii_au.jsonl"), encoding="utf-8") as f:
        r2 = [json.loads(x) for x in f]
    with open(os.path.join(out, "pii_au.meta.jsonl"), encoding="utf-8") as f:
        m2 = [json.loads(x) for x in f]
    need(len(r2) == len(m2) == len(recs), "re-read count")
    need(len(set(r["id"] for r in r2)) == len(r2), "ids not unique")
    for r, m in zip(r2, m2):
        need(r["id"] == m["id"] and r["genre"] == m["genre"], "id/genre mismatch")
        need(set(r) == {"id", "text", "spans", "genre"}, "record keys")
        validate(r, m)
    print("records %d, spans %d, no-PII %d (%.1f%%), narrative %.1f%%, noisy spans %.1f%%" % (
        st["records"], st["spans"], st["no_pii_records"], 100 * st["no_pii_share"],
        100 * st["narrative_share"], 100 * st["noisy_span_share"]))
    print("types:", json.dumps(st["by_type"], ensure_ascii=False))
    print("retries:", sum(retries.values()), dict(retries.most_common(8)))
    if selfcheck and not only:
        ref = {fn: md5(os.path.join(out, fn)) for fn in GEN_FILES}
        for hs in ("0", "4242"):
            with tempfile.TemporaryDirectory() as tmp:
                env = dict(os.environ, PYTHONHASHSEED=hs)
                subprocess.run([sys.executable, os.path.abspath(__file__), "--out", tmp, "--no-selfcheck"],
                               check=True, env=env, stdout=subprocess.DEVNULL)
                got = {fn: md5(os.path.join(tmp, fn)) for fn in GEN_FILES}
                need(got == ref, "output differs under PYTHONHASHSEED=%s: %r vs %r" % (hs, got, ref))
        print("determinism: identical md5 under PYTHONHASHSEED=0 and 4242:", ref)


if __name__ == "__main__":
    main(sys.argv[1:])
