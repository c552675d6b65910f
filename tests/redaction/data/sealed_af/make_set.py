#!/usr/bin/env python3
"""pii_af: independent synthetic evaluation set for a Korean PII detector.

Standard library only. Deterministic: every random choice comes from
random.Random("pii_af-2026|<template>|<i>"); no set/dict iteration order reaches
the output. Writes pii_af.jsonl, pii_af.meta.jsonl, stats.json next to this file,
then re-reads and validates them.
"""
import json
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
PREFIX = "pii_af-2026"

TYPES = ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "KR_ADDRESS", "DATE_OF_BIRTH",
         "KR_BANK_ACCOUNT", "KR_RRN", "IP_ADDRESS", "KR_PASSPORT", "KR_BRN",
         "KR_DRIVER_LICENSE", "KR_FRN", "KR_VEHICLE_PLATE", "KR_HEALTH_INSURANCE",
         "CREDIT_CARD", "KR_CRN"]

# ----------------------------------------------------------------------------
# pools (all invented)
# ----------------------------------------------------------------------------
SURNAMES = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신",
            "권", "황", "안", "송", "류", "전", "홍", "고", "문", "양", "손", "배", "백", "허",
            "남", "심", "노", "하", "곽", "성", "차", "주", "우", "구", "민", "진", "나", "지",
            "엄", "채", "원", "천", "방", "공", "현", "함", "변", "염", "여", "추", "도", "석",
            "선", "설", "마", "길", "연", "위", "표", "명", "기", "반", "왕", "금", "옥", "육",
            "맹", "탁", "국", "어", "은", "편", "용", "예", "봉"]
SURNAMES2 = ["남궁", "황보", "선우", "제갈", "독고", "서문", "사공"]
G1 = ["민", "서", "지", "하", "도", "예", "수", "현", "준", "윤", "승", "은", "채", "유", "다",
      "태", "재", "성", "영", "혜", "정", "동", "경", "주", "소", "시", "나", "우", "가", "진",
      "희", "상", "종", "보", "세", "미", "연", "규", "형", "찬"]
G2 = ["준", "윤", "아", "연", "우", "진", "호", "빈", "율", "원", "서", "현", "은", "희", "린",
      "민", "훈", "석", "혁", "수", "영", "경", "숙", "자", "철", "식", "미", "란", "주", "혜",
      "람", "솔", "결", "온", "별", "완", "규", "택", "기", "후"]
# full names that are also ordinary Korean words
WORD_NAMES = [("이슬", "dew"), ("한결", "consistently"), ("고운", "fine"), ("조심", "caution"),
              ("정원", "garden"), ("공주", "princess"), ("노을", "sunset"), ("신비", "mystery"),
              ("강산", "landscape"), ("우주", "space"), ("주인", "owner"), ("안경", "glasses"),
              ("장미", "rose"), ("유리", "glass"), ("전기", "electricity"), ("방울", "drop"),
              ("김치", "kimchi"), ("문제", "problem"), ("나비", "butterfly"), ("구름", "cloud"),
              ("차분", "calm"), ("하늘", "sky"), ("마음", "mind"), ("송이", "cluster"),
              ("오늘", "today"), ("도움", "help"), ("이상", "ideal"), ("표준", "standard"),
              ("진실", "truth"), ("한빛", "one-light"), ("기쁨", "joy"), ("편지", "letter")]
WORD_SENT = [("이슬", "새벽 ", "을 맞으며 골목을 쓸었다"), ("노을", "", "이 질 때까지 일했다"),
             ("구름", "", " 한 점 없는 날이라 다행"), ("장미", "화단에 ", "를 심었다"),
             ("정원", "옥상 ", "을 함께 가꿨다"), ("하늘", "", "이 맑아 일하기 좋았다"),
             ("나비", "아이들이 ", " 모양 풍선을 좋아했다"), ("도움", "이웃의 ", "이 컸다"),
             ("마음", "", "이 따뜻해지는 하루"), ("편지", "어르신께 ", "를 써 드렸다")]
WORD_NAMES3 = ["이나라", "한마음", "강바다", "김하늘", "노을빛", "정다운", "오로라", "고구마",
               "조아라", "서로운", "나보람", "송이슬", "문바다", "전우주", "하나리", "이사랑"]

VN_F = [("NGUYEN", "응우옌"), ("TRAN", "쩐"), ("LE", "레"), ("PHAM", "팜"), ("HOANG", "호앙"), ("VU", "부")]
VN_M = [("THI", "티"), ("VAN", "반"), ("DUC", "득"), ("NGOC", "응옥")]
VN_G = [("LAN", "란"), ("HOA", "호아"), ("MINH", "민"), ("THU", "투"), ("NAM", "남"), ("TUAN", "뚜언"), ("LINH", "린")]
OTHER_FOREIGN = [("WANG LIMEI", "왕리메이"), ("ZHANG WEI", "장웨이"), ("LIU YANG", "류양"),
                 ("KARIMOV AZIZBEK", "카리모프 아지즈벡"), ("TOSHMATOVA DILNOZA", "토시마토바 딜노자"),
                 ("SANTOS MARIA CLARA", "산토스 마리아 클라라"), ("REYES JOHN PAUL", "레예스 존 폴"),
                 ("BATBAYAR GANBOLD", "바트바야르 간볼드"), ("GURUNG BIKASH", "구룽 비카스"),
                 ("SOK DARA", "속 다라"), ("WAHYUNI SRI", "와휴니 스리"), ("KHAN IMRAN", "칸 임란"),
                 ("IVANOVA OLGA", "이바노바 올가"), ("SMITH DANIEL", "스미스 대니얼"),
                 ("THAPA SUNITA", "타파 수니타"), ("PERERA NIMAL", "페레라 니말")]
NATIONS = ["베트남", "중국", "우즈베키스탄", "필리핀", "몽골", "네팔", "캄보디아", "인도네시아",
           "파키스탄", "러시아", "미국", "스리랑카"]

REGIONS = [  # (full 시/도, short, [(시군구, [동...])])
    ("서울특별시", "서울", [("마포구", ["성산동", "망원동", "합정동"]), ("노원구", ["상계동", "중계동"]),
                       ("관악구", ["봉천동", "신림동"]), ("강동구", ["천호동", "명일동"])]),
    ("부산광역시", "부산", [("해운대구", ["우동", "좌동"]), ("부산진구", ["전포동", "부암동"])]),
    ("대구광역시", "대구", [("수성구", ["범어동", "만촌동"]), ("달서구", ["월성동", "상인동"])]),
    ("인천광역시", "인천", [("연수구", ["송도동", "연수동"]), ("부평구", ["부평동", "산곡동"])]),
    ("광주광역시", "광주", [("북구", ["운암동", "용봉동"]), ("서구", ["치평동", "화정동"])]),
    ("대전광역시", "대전", [("유성구", ["봉명동", "노은동"]), ("서구", ["둔산동", "월평동"])]),
    ("경기도", "경기", [("수원시 팔달구", ["인계동", "우만동"]), ("성남시 분당구", ["정자동", "서현동"]),
                    ("고양시 일산동구", ["장항동", "백석동"]), ("안산시 단원구", ["고잔동", "원곡동"])]),
    ("충청북도", "충북", [("청주시 흥덕구", ["복대동", "가경동"])]),
    ("전북특별자치도", "전북", [("전주시 완산구", ["효자동", "중화산동"])]),
    ("경상남도", "경남", [("김해시", ["내동", "삼계동"]), ("창원시 성산구", ["상남동", "중앙동"])]),
    ("강원특별자치도", "강원", [("춘천시", ["퇴계동", "석사동"])]),
    ("제주특별자치도", "제주", [("제주시", ["노형동", "이도이동"])]),
]
ROAD_STEMS = ["한내", "새말", "솔빛", "버들", "미리내", "꽃샘", "달빛", "누리", "가람", "햇살",
              "샘터", "매봉", "둥지", "늘봄", "물푸레", "은가람", "별마루", "너울", "다솜", "온누리"]
APTS = ["한빛아파트", "푸른마을", "새솔빌", "누리타운", "햇살맨션", "가람빌라", "별내하이츠"]
BANKS = [("국민은행", [6, 2, 6]), ("신한은행", [3, 3, 6]), ("우리은행", [4, 3, 6]),
         ("하나은행", [3, 6, 5]), ("농협", [3, 4, 4, 2]), ("기업은행", [3, 6, 2, 3]),
         ("카카오뱅크", [4, 2, 7]), ("우체국", [6, 2, 6]), ("새마을금고", [4, 2, 6, 1]),
         ("케이뱅크", [3, 3, 6]), ("부산은행", [3, 4, 4, 2]), ("수협", [3, 2, 6])]
EMAIL_DOM = ["naver.com", "daum.net", "gmail.com", "hanmail.net", "kakao.com", "nate.com", "outlook.kr"]
ROMA = ["minsu", "jiwoo", "seoyeon", "haneul", "dohyun", "yuna", "jaehyuk", "sora", "bomi",
        "taeyang", "eunji", "kyungho", "narae", "sunwoo", "hyejin", "woojin", "ara", "dain"]
COMPANIES = ["(주)새빛물산", "(주)한길테크", "누리식품(주)", "(유)솔마루건설", "(주)다온로지스",
             "햇살상회", "가람인쇄", "(주)별빛미디어", "온새미로카페", "(주)미르산업"]
INSTITUTIONS = [("마포구청", "마포구청장", "마포구 구청로 21"), ("수원시청", "수원시장", "수원시 팔달구 시청로 100"),
                ("해운대구청", "해운대구청장", "해운대구 구청길 33"), ("유성구청", "유성구청장", "유성구 관청로 50"),
                ("김해시청", "김해시장", "김해시 시청대로 12"), ("춘천시청", "춘천시장", "춘천시 시청길 7"),
                ("노원구청", "노원구청장", "노원구 청사로 44"), ("청주시 흥덕구청", "흥덕구청장", "청주시 흥덕구 구청로 9")]
POSITIONS = ["주무관", "사무관", "팀장", "과장", "서기", "주사", "주사보", "행정관"]
DEPTS = ["복지정책과", "민원여권과", "교통행정과", "건강증진과", "총무과", "세무과", "자치행정과",
         "일자리경제과", "주차관리과", "감사담당관", "가족정책과", "외국인주민지원팀"]

HW = "공일이삼사오육칠팔구"  # spoken digit words (0 = 공)
HW_ALT0 = "영"


# ----------------------------------------------------------------------------
# identifier generators
# ----------------------------------------------------------------------------
def dstr(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def rand_date(rng, y0, y1):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    d = rng.randint(1, [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1])
    return y, m, d


def rrn_check(d12):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return (11 - sum(int(a) * b for a, b in zip(d12, w)) % 11) % 10


def frn_check(d12):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return (13 - sum(int(a) * b for a, b in zip(d12, w)) % 11) % 10


def make_rrn(rng, kind="valid", date=None):
    if kind == "post2020":
        y, m, d = date or rand_date(rng, 2021, 2025)
        if (y, m) < (2020, 10):
            y = 2021
    else:
        y, m, d = date or rand_date(rng, 1942, 2012)
    if y >= 2000:
        g = rng.choice("34")
    else:
        g = rng.choice("12")
    front = "%02d%02d%02d" % (y % 100, m, d)
    if kind == "masked":
        mc = rng.choice(["*", "●", "X", "*"])
        return front + "-" + g + mc * 6, "rrn_masked", (y, m, d)
    body = front + g + dstr(rng, 5)
    if kind == "post2020":
        return body[:6] + "-" + body[6:] + str(rng.randrange(10)), "rrn_post2020", (y, m, d)
    return front + "-" + body[6:] + str(rrn_check(body)), "rrn_valid", (y, m, d)


def make_frn(rng, date=None):
    y, m, d = date or rand_date(rng, 1960, 2005)
    g = rng.choice("56") if y < 2000 else rng.choice("78")
    body = "%02d%02d%02d" % (y % 100, m, d) + g + dstr(rng, 2) + str(rng.choice([0, 2, 4, 6, 8])) + dstr(rng, 1) + rng.choice("789")
    # digits 8-9: registration office, 10: even, 11: serial, 12: 7/8/9 (applicant type)
    return body[:6] + "-" + body[6:] + str(frn_check(body)), (y, m, d)


def make_brn(rng, corp=False):
    while True:
        head = "%03d" % rng.randint(101, 899)
        mid = rng.choice(["81", "86", "87"]) if corp else "%02d" % rng.randint(1, 79)
        ser = dstr(rng, 4)
        d9 = head + mid + ser
        w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
        s = sum(int(a) * b for a, b in zip(d9, w)) + (int(d9[8]) * 5) // 10
        c = (10 - s % 10) % 10
        return head + "-" + mid + "-" + ser + str(c)


def make_crn(rng):
    office = rng.choice(["1101", "1311", "1345", "1201", "1501", "1602", "2841", "1744"])
    kind = rng.choice(["11", "11", "11", "71", "14"])
    d12 = office + kind + dstr(rng, 6)
    s = sum(int(a) * (1 if i % 2 == 0 else 2) for i, a in enumerate(d12))
    return d12[:6] + "-" + d12[6:] + str((10 - s % 10) % 10)


def luhn_ok(num):
    ds = [int(c) for c in num][::-1]
    tot = 0
    for i, x in enumerate(ds):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def make_card(rng):
    kind = rng.choice(["visa", "master", "bc", "jcb", "amex", "visa", "master"])
    if kind == "amex":
        pre, n = rng.choice(["34", "37"]), 15
    elif kind == "visa":
        pre, n = "4" + dstr(rng, 1), 16
    elif kind == "master":
        pre, n = "5" + str(rng.randint(1, 5)), 16
    elif kind == "bc":
        pre, n = "94" + dstr(rng, 2), 16
    else:
        pre, n = str(rng.randint(3528, 3589)), 16
    body = pre + dstr(rng, n - len(pre) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            body += c
            break
    if n == 15:
        s = body[:4] + "-" + body[4:10] + "-" + body[10:]
    else:
        sep = rng.choice(["-", "-", " ", ""])
        s = sep.join(body[i:i + 4] for i in range(0, 16, 4))
    return s, "card_" + kind


def make_account(rng):
    bank, groups = BANKS[rng.randrange(len(BANKS))]
    parts = [dstr(rng, g) for g in groups]
    if parts[0][0] == "0":
        parts[0] = str(rng.randint(1, 9)) + parts[0][1:]
    sep = "-" if rng.random() < 0.85 else ""
    return bank, sep.join(parts), "acct_" + "_".join(str(g) for g in groups) + ("" if sep else "_nosep")


def make_mobile(rng, sep="-"):
    return "010" + sep + str(rng.randint(2, 9)) + dstr(rng, 3) + sep + dstr(rng, 4)


def make_landline(rng):
    area = rng.choice(["02", "031", "032", "051", "053", "042", "062", "033", "043", "055", "064", "070"])
    if area == "02":
        mid = str(rng.randint(2, 9)) + dstr(rng, rng.choice([2, 3]))
    elif area == "070":
        mid = str(rng.randint(4, 8)) + dstr(rng, 3)
    else:
        mid = str(rng.randint(2, 9)) + dstr(rng, rng.choice([2, 3]))
    last = dstr(rng, 4)
    if last.endswith("114"):
        last = last[0] + "235"
    return area + "-" + mid + "-" + last


def make_phone(rng, mobile_p=0.6):
    if rng.random() < mobile_p:
        sep = rng.choice(["-", "-", "-", "", " ", "."])
        return make_mobile(rng, sep), "mobile" if sep == "-" else "mobile_sep" + ("none" if sep == "" else "space" if sep == " " else "dot")
    s = make_landline(rng)
    return s, "landline_070" if s.startswith("070") else "landline"


def make_passport(rng, foreign=None):
    if foreign is None:
        if rng.random() < 0.5:
            return rng.choice("MMMSGDR") + dstr(rng, 8), "passport_kr_old"
        return rng.choice("MMMSG") + dstr(rng, 3) + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + dstr(rng, 4), "passport_kr_new"
    if foreign == "베트남":
        return rng.choice("CBN") + dstr(rng, 7), "passport_vn"
    if foreign == "중국":
        return rng.choice(["E" + dstr(rng, 8), "EA" + dstr(rng, 7), "EJ" + dstr(rng, 7)]), "passport_cn"
    if foreign == "필리핀":
        return "P" + dstr(rng, 7) + rng.choice("ABC"), "passport_ph"
    if foreign == "우즈베키스탄":
        return rng.choice(["AA", "FA", "AD"]) + dstr(rng, 7), "passport_uz"
    if foreign == "미국":
        return rng.choice("ABC") + dstr(rng, 8), "passport_us"
    return rng.choice("EKNP") + dstr(rng, 7), "passport_other"


DL_REGIONS = [("11", "서울"), ("12", "부산"), ("13", "경기"), ("14", "강원"), ("15", "충북"),
              ("16", "충남"), ("17", "전북"), ("18", "전남"), ("19", "경북"), ("20", "경남"),
              ("21", "제주"), ("22", "대구"), ("23", "인천"), ("24", "광주"), ("25", "대전"), ("26", "울산")]


def make_dl(rng):
    code, name = DL_REGIONS[rng.randrange(len(DL_REGIONS))]
    yy = "%02d" % rng.choice([95, 98, 1, 3, 5, 8, 10, 12, 14, 16, 18, 20, 22, 24])
    ser, chk = dstr(rng, 6), dstr(rng, 2)
    form = rng.choice(["num", "num", "region_space", "region_nospace", "plain12"])
    if form == "num":
        return "-".join([code, yy, ser, chk]), "dl_numeric"
    if form == "region_space":
        return name + " " + "-".join([yy, ser, chk]), "dl_region"
    if form == "region_nospace":
        return name + "-".join([yy, ser, chk]), "dl_region_nospace"
    return code + yy + ser + chk, "dl_plain12"


PLATE_PRIV = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주"
PLATE_SAFE = "가나다라마거너더러머버서어저고노도로모보소조누두루무부"  # not digit words


def make_plate(rng, spoken_safe=False):
    kind = rng.choice(["p2", "p3", "p3", "region", "commercial", "rental", "nospace"])
    letters = PLATE_SAFE if spoken_safe else PLATE_PRIV
    if spoken_safe and kind in ("region", "commercial"):
        kind = "p3"
    if kind == "commercial":
        reg = rng.choice(["서울", "경기", "부산", "인천", "대구"])
        return "%s %d%s %s" % (reg, rng.randint(70, 79), rng.choice("바아자"), dstr(rng, 4)), "plate_commercial"
    if kind == "rental":
        return "%d%s %s" % (rng.randint(10, 99), rng.choice("하허호"), dstr(rng, 4)), "plate_rental"
    if kind == "region":
        reg = rng.choice(["서울", "경기", "부산", "충북", "전남"])
        return "%s %d%s %s" % (reg, rng.randint(10, 99), rng.choice(letters), dstr(rng, 4)), "plate_region"
    first = "%d" % rng.randint(10, 99) if kind == "p2" else "%d" % rng.randint(100, 699)
    sep = "" if kind == "nospace" else " "
    return first + rng.choice(letters) + sep + dstr(rng, 4), "plate_" + kind


def make_hi(rng):
    n = str(rng.randint(1, 7)) + dstr(rng, 10)
    f = rng.random()
    if f < 0.7:
        return n, "hi_11"
    return n[:1] + "-" + n[1:], "hi_1_10"


def make_ip(rng):
    r = rng.random()
    if r < 0.55:
        a = rng.choice([1, 14, 27, 39, 49, 58, 59, 61, 106, 110, 112, 115, 118, 121, 175, 180, 182, 211, 218, 220, 222])
        return "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)), "ipv4_public"
    if r < 0.9:
        p = rng.choice(["192.168", "10.%d" % rng.randint(0, 255), "172.%d" % rng.randint(16, 31)])
        return "%s.%d.%d" % (p, rng.randint(0, 255), rng.randint(1, 254)), "ipv4_private"
    return "2001:db8:%x:%x::%x" % (rng.randint(1, 65535), rng.randint(1, 65535), rng.randint(1, 65535)), "ipv6"


def make_email(rng, name_rom=None):
    base = name_rom or rng.choice(ROMA)
    tail = rng.choice(["", str(rng.randint(70, 99)), "_" + dstr(rng, 2), "." + rng.choice(ROMA), dstr(rng, 4)])
    return base + tail + "@" + rng.choice(EMAIL_DOM)


def make_name(rng, allow_word=True):
    r = rng.random()
    if allow_word and r < 0.08:
        return rng.choice(WORD_NAMES)[0], "name_common_word"
    if allow_word and r < 0.11:
        return rng.choice(WORD_NAMES3), "name_common_word"
    if r < 0.16:
        return rng.choice(SURNAMES2) + rng.choice(G1) + rng.choice(G2), "name_ko_2surname"
    if r < 0.20:
        return rng.choice(SURNAMES) + rng.choice(G1), "name_ko_2syl"
    while True:
        g1, g2 = rng.choice(G1), rng.choice(G2)
        if g1 != g2:
            break
    return rng.choice(SURNAMES) + g1 + g2, "name_ko"


def make_foreign_name(rng, nation=None, script=None):
    script = script or rng.choice(["latin", "hangul"])
    if nation == "베트남" or (nation is None and rng.random() < 0.4):
        f, m, g = rng.choice(VN_F), rng.choice(VN_M), rng.choice(VN_G)
        if script == "latin":
            return "%s %s %s" % (f[0], m[0], g[0]), "name_foreign_latin"
        return "%s %s %s" % (f[1], m[1], g[1]), "name_foreign_hangul"
    lat, han = rng.choice(OTHER_FOREIGN)
    return (lat, "name_foreign_latin") if script == "latin" else (han, "name_foreign_hangul")


def make_address(rng, unit=True):
    sido, short, sgg = REGIONS[rng.randrange(len(REGIONS))]
    gu, dongs = sgg[rng.randrange(len(sgg))]
    start = rng.choice(["full", "full", "short", "sgg"])
    head = {"full": sido + " " + gu, "short": short + " " + gu, "sgg": gu}[start]
    dong = rng.choice(dongs)
    if rng.random() < 0.7:
        stem = rng.choice(ROAD_STEMS)
        road = stem + rng.choice(["로", "로", "길", "대로"])
        if rng.random() < 0.4:
            road += "%d번길" % rng.randint(2, 80) if road.endswith("로") else ""
        num = str(rng.randint(1, 240)) + ("-%d" % rng.randint(1, 9) if rng.random() < 0.15 else "")
        addr = "%s %s %s" % (head, road, num)
        kind = "addr_road_" + start
        if unit:
            u = rng.random()
            if u < 0.45:
                addr += ", %d동 %d호" % (rng.randint(101, 115), rng.randint(1, 25) * 100 + rng.randint(1, 4))
            elif u < 0.7:
                fl = rng.randint(2, 5)
                addr += ", %d층 %d호" % (fl, fl * 100 + rng.randint(1, 9))
            elif u < 0.8:
                addr += " %d층" % rng.randint(2, 9)
        ref = "(%s)" % dong if rng.random() < 0.3 else ("(%s, %s)" % (dong, rng.choice(APTS)) if rng.random() < 0.3 else "")
        return addr, kind, ref
    lot = "%d-%d" % (rng.randint(1, 1500), rng.randint(1, 30)) if rng.random() < 0.6 else str(rng.randint(1, 999))
    addr = "%s %s %s" % (head, dong, lot)
    if unit and rng.random() < 0.6:
        addr += " %s %d동 %d호" % (rng.choice(APTS), rng.randint(101, 110), rng.randint(1, 15) * 100 + rng.randint(1, 4))
    return addr, "addr_jibun_" + start, ""


def fmt_dob(rng, y, m, d, style=None):
    style = style or rng.choice(["dot_sp", "kor", "iso", "dot0", "yy", "six", "dot_sp", "kor"])
    f = {"dot_sp": "%d. %d. %d." % (y, m, d), "kor": "%d년 %d월 %d일" % (y, m, d),
         "iso": "%04d-%02d-%02d" % (y, m, d), "dot0": "%04d.%02d.%02d." % (y, m, d),
         "yy": "%02d.%02d.%02d" % (y % 100, m, d), "six": "%02d%02d%02d" % (y % 100, m, d)}[style]
    return f, "dob_" + style


# ----------------------------------------------------------------------------
# spoken forms (transcripts)
# ----------------------------------------------------------------------------
def spoken_digits(s, zero="공"):
    return "".join((zero if c == "0" else HW[int(c)]) if c.isdigit() else c for c in s)


UNITS = [(1000, "천"), (100, "백"), (10, "십")]


def sino(n):
    out = ""
    for v, u in UNITS:
        q, n = divmod(n, v)
        if q:
            out += ("" if q == 1 else HW[q]) + u
    if n:
        out += HW[n]
    return out or "영"


def parse_sino(s):
    total, cur = 0, 0
    for c in s:
        if c in "천백십":
            v = {"천": 1000, "백": 100, "십": 10}[c]
            total += (cur or 1) * v
            cur = 0
        else:
            cur = HW.index(c) if c in HW else 0
    return total + cur


def speak_groups(groups, rng, allow_numeral=True):
    """groups: list of digit strings. Returns spoken text and sub-kind."""
    style = rng.choice(["space", "comma", "dasi", "e", "numeral"] if allow_numeral else ["space", "comma", "dasi", "e"])
    zero = "영" if rng.random() < 0.25 else "공"
    words = []
    for g in groups:
        if style == "numeral" and g[0] != "0" and len(g) == 4 and g[1:] != "000":
            words.append(sino(int(g)))
        else:
            words.append(spoken_digits(g, zero))
    if style == "numeral" and all(w == spoken_digits(g, zero) for w, g in zip(words, groups)):
        style = "space"
    sep = {"space": " ", "comma": ", ", "dasi": " 다시 ", "e": "에 ", "numeral": " "}[style]
    return sep.join(words), "spoken_" + style


def decode_spoken(text):
    t = text.replace("다시", " ").replace("에", " ").replace(",", " ").replace("-", " ")
    out = ""
    for tok in t.split():
        if all(c in HW + "영" for c in tok):
            out += "".join("0" if c in "공영" else str(HW.index(c)) for c in tok)
        elif any(c in "천백십" for c in tok) and all(c in HW + "천백십" for c in tok):
            out += str(parse_sino(tok))
        else:
            out += "".join(ch for ch in tok if ch.isdigit() or ch.isalpha() and ch.isascii())
    return out


# ----------------------------------------------------------------------------
# OCR noise
# ----------------------------------------------------------------------------
FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789"}
L4D = {"0": "O", "1": "l", "5": "S", "8": "B", "2": "Z"}
HEADER_MISREAD = [("성명", "성멍"), ("성명", "섬명"), ("연락처", "연락저"), ("주소", "주 소"), ("생년월일", "생년윌일"),
                  ("전화번호", "전화빈호"), ("계좌번호", "계좌번흐"), ("차량번호", "차랑번호"),
                  ("주민등록번호", "주민등록빈호"), ("여권번호", "여궐번호"), ("예금주", "예긍주"), ("이메일", "이메잍")]
RULES = ["|", "l", "I", "ㅣ", "!", "1", "｜"]
NUMERIC_TYPES = {"PHONE_NUMBER", "KR_RRN", "KR_FRN", "KR_BANK_ACCOUNT", "KR_BRN", "KR_CRN", "CREDIT_CARD",
                 "KR_HEALTH_INSURANCE", "KR_DRIVER_LICENSE", "KR_PASSPORT", "DATE_OF_BIRTH", "KR_VEHICLE_PLATE"}


def ocr_value(rng, v, typ):
    noise = []
    if typ == "PERSON":
        if len(v) >= 2 and " " not in v and rng.random() < 0.4:
            return " ".join(v), ["spaced_name"]
        return v, noise
    if typ in ("KR_ADDRESS",):
        if rng.random() < 0.4:
            idx = [i for i, c in enumerate(v) if c == " "]
            k = rng.choice(idx[1:] or idx)
            return v[:k] + "\n" + v[k + 1:], ["wrapped"]
        return v, noise
    if typ in ("EMAIL_ADDRESS", "IP_ADDRESS"):
        return v, noise
    r = rng.random()
    if r < 0.2:
        v2 = "".join(FW.get(c, c) for c in v)
        noise.append("fullwidth_digits")
        if rng.random() < 0.5 and "-" in v2:
            v2 = v2.replace("-", "－")
            noise.append("fullwidth_hyphen")
        return v2, noise
    if r < 0.35 and "-" in v:
        return v.replace("-", rng.choice(["‐", "－", "‑"])), ["unicode_hyphen"]
    if r < 0.55:
        pos = [i for i, c in enumerate(v) if c in L4D and 0 < i < len(v) - 1]
        if pos:
            i = rng.choice(pos)
            return v[:i] + L4D[v[i]] + v[i + 1:], ["letter_for_digit"]
    if r < 0.72:
        pos = [i for i in range(1, len(v)) if v[i - 1].isdigit() and v[i].isdigit()]
        if pos:
            i = rng.choice(pos)
            return v[:i] + " " + v[i:], ["space_in_number"]
    if r < 0.85:
        pos = [i for i in range(1, len(v) - 1) if v[i] == "-"]
        if pos:
            i = rng.choice(pos)
            return v[:i + 1] + "\n" + v[i + 1:], ["newline_in_number"]
        pos = [i for i in range(1, len(v)) if v[i - 1].isdigit() and v[i].isdigit()]
        if pos:
            i = rng.choice(pos)
            return v[:i] + "\n" + v[i:], ["newline_in_number"]
    return v, noise


# ----------------------------------------------------------------------------
# builder
# ----------------------------------------------------------------------------
class B:
    def __init__(self, rng, ocr=False):
        self.rng = rng
        self.ocr = ocr
        self.parts = []
        self.pos = 0
        self.spans = []
        self.hns = []
        self.rule = rng.choice(RULES) if ocr else "|"

    def t(self, s):
        if self.ocr:
            if "|" in s:
                s = "".join((self.rule if self.rng.random() < 0.8 else self.rng.choice(RULES)) if c == "|" else c for c in s)
            for a, bb in HEADER_MISREAD:
                if a in s and self.rng.random() < 0.35:
                    s = s.replace(a, bb, 1)
        self.parts.append(s)
        self.pos += len(s)
        return self

    def s(self, v, typ, sub, clean=None, noise=None, noisy=True):
        clean = v if clean is None else clean
        noise = list(noise or [])
        if self.ocr and noisy:
            v, n2 = ocr_value(self.rng, v, typ)
            noise += n2
        assert v == v.strip() and v, (v, typ)
        self.spans.append({"start": self.pos, "end": self.pos + len(v), "type": typ, "sub": sub,
                           "noise": noise, "text": v, "clean": clean})
        self.parts.append(v)
        self.pos += len(v)
        return self

    def h(self, s, cat):
        self.hns.append({"start": self.pos, "end": self.pos + len(s), "category": cat, "text": s})
        self.parts.append(s)
        self.pos += len(s)
        return self

    def text(self):
        return "".join(self.parts)

    # convenience ------------------------------------------------------
    def name(self, allow_word=True, v=None):
        if v is None:
            v, sub = make_name(self.rng, allow_word)
        else:
            sub = "name_ko"
        return self.s(v, "PERSON", sub)

    def fname(self, nation=None, script=None):
        v, sub = make_foreign_name(self.rng, nation, script)
        return self.s(v, "PERSON", sub)

    def phone(self, mobile_p=0.6):
        v, sub = make_phone(self.rng, mobile_p)
        return self.s(v, "PHONE_NUMBER", sub)

    def addr(self, postal=None, unit=True):
        a, sub, ref = make_address(self.rng, unit)
        if postal is None:
            postal = self.rng.random() < 0.3
        if postal:
            self.h("(%05d)" % self.rng.randint(1000, 63999), "postal_code").t(" ")
        self.s(a, "KR_ADDRESS", sub)
        if ref:
            self.t(" " + ref)
        return self

    def dob(self, date=None, style=None):
        y, m, d = date or rand_date(self.rng, 1945, 2010)
        v, sub = fmt_dob(self.rng, y, m, d, style)
        return self.s(v, "DATE_OF_BIRTH", sub, clean="%04d-%02d-%02d" % (y, m, d))

    def rrn(self, kind=None, date=None):
        kind = kind or self.rng.choice(["valid", "valid", "masked", "post2020"] if date is None else ["valid", "masked"])
        v, sub, dt = make_rrn(self.rng, kind, date)
        return self.s(v, "KR_RRN", sub)

    def frn(self):
        v, dt = make_frn(self.rng)
        return self.s(v, "KR_FRN", "frn_legacy")

    def acct(self, with_bank=True):
        bank, v, sub = make_account(self.rng)
        if with_bank:
            self.t(bank + " ")
        return self.s(v, "KR_BANK_ACCOUNT", sub)

    def email(self):
        return self.s(make_email(self.rng), "EMAIL_ADDRESS", "email")

    def brn(self, corp=False):
        return self.s(make_brn(self.rng, corp), "KR_BRN", "brn_corp" if corp else "brn_individual")

    def crn(self):
        return self.s(make_crn(self.rng), "KR_CRN", "crn")

    def card(self):
        v, sub = make_card(self.rng)
        return self.s(v, "CREDIT_CARD", sub)

    def passport(self, nation=None):
        v, sub = make_passport(self.rng, nation)
        return self.s(v, "KR_PASSPORT", sub)

    def dl(self):
        v, sub = make_dl(self.rng)
        return self.s(v, "KR_DRIVER_LICENSE", sub)

    def plate(self):
        v, sub = make_plate(self.rng)
        return self.s(v, "KR_VEHICLE_PLATE", sub)

    def hi(self):
        v, sub = make_hi(self.rng)
        return self.s(v, "KR_HEALTH_INSURANCE", sub)

    def ip(self):
        v, sub = make_ip(self.rng)
        return self.s(v, "IP_ADDRESS", sub)


# ----------------------------------------------------------------------------
# hard-negative helpers
# ----------------------------------------------------------------------------
def inst(rng):
    return INSTITUTIONS[rng.randrange(len(INSTITUTIONS))]


def switchboard(rng):
    return rng.choice(["02", "031", "051", "042", "055", "033", "043"]) + "-" + str(rng.randint(2, 9)) + dstr(rng, 2) + "-" + rng.choice(["2114", "0114", "3114", "5114"])


def callcenter(rng):
    return rng.choice(["1588", "1577", "1600", "1544", "1644", "1566", "1661", "1899"]) + "-" + dstr(rng, 4)


def shortcode(rng):
    return rng.choice(["110", "120", "1345", "1350", "1355", "126"])


def docno(rng, dept=None):
    return "%s-%d" % (dept or rng.choice(DEPTS), rng.randint(100, 9999))


def caseno(rng):
    return rng.choice(["%d구합%d" % (rng.randint(2022, 2026), rng.randint(10000, 99999)),
                       "%d고약%d" % (rng.randint(2023, 2026), rng.randint(10000, 99999)),
                       "%d두%d" % (rng.randint(2019, 2025), rng.randint(10000, 99999)),
                       "조심 %d서%d" % (rng.randint(2022, 2025), rng.randint(1000, 9999))])


STATUTES = ["「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호", "「공공기관의 정보공개에 관한 법률」 제11조",
            "「민원 처리에 관한 법률」 제27조", "「도로교통법」 제32조", "「질서위반행위규제법」 제16조",
            "「주차장법」 제29조 제1항", "「감염병의 예방 및 관리에 관한 법률」 제24조", "「개인정보 보호법」 제17조 제1항",
            "「출입국관리법」 제31조", "「지방공무원법」 제38조", "같은 법 시행령 제9조 제1항", "「국민건강보험법」 제52조"]


def date_str(rng, y0=2025, y1=2026):
    y, m, d = rand_date(rng, y0, y1)
    return rng.choice(["%d. %d. %d." % (y, m, d), "%d년 %d월 %d일" % (y, m, d), "%04d-%02d-%02d" % (y, m, d)])


def amount(rng):
    return rng.choice(["%s원" % format(rng.randint(1, 400) * 1000, ","), "금 %s원" % format(rng.randint(10, 900) * 10000, ",")])


def receipt(rng):
    return rng.choice(["1AA-%02d%02d-%07d" % (rng.randint(24, 26), rng.randint(1, 12), rng.randint(0, 9999999)),
                       "%d-%03d-%07d" % (rng.randint(2025, 2026), rng.randint(1, 999), rng.randint(0, 9999999)),
                       "%05d-%03d-%05d" % (rng.randint(11000, 48999), rng.randint(100, 999), rng.randint(0, 99999))])


# ----------------------------------------------------------------------------
# templates
# ----------------------------------------------------------------------------
def t_foia_request(b, i):
    r = b.rng
    corp = i % 2 == 1
    b.t("정보공개 청구서\n접수번호 ").h(receipt(r), "record_id").t("   접수일자 ").h(date_str(r), "date").t("\n")
    b.t("| 청구인 | 성명 | ")
    if corp:
        b.h(r.choice(COMPANIES), "company_name").t(" (대표자 ").name(False).t(") |\n")
        b.t("|  | 사업자등록번호 | ").brn(True).t(" | 법인등록번호 | ").crn().t(" |\n")
    else:
        b.name().t(" | 생년월일 | ").dob().t(" |\n")
    b.t("|  | 주소 | ").addr().t(" |\n")
    b.t("|  | 전화번호 | ").phone().t(" | 전자우편 | ").email().t(" |\n")
    b.t("| 청구 내용 | ")
    b.t(r.choice(["2025년 주차장 조성사업 용역 결과보고서 일체", "○○동 경로당 보조금 집행 내역",
                  "민원 처리 지연에 관한 감사 결과", "소식지 제작 계약서 사본"]))
    b.t(" |\n| 공개 방법 | 전자우편 | 수령 방법 | 정보통신망 |\n")
    b.t("위와 같이 ").h(r.choice(STATUTES[:2]), "statute").t("에 따라 정보공개를 청구합니다.\n")
    b.t(r.choice(["접속 IP ", "신청 단말 IP: "])).ip().t("\n")
    ins = inst(r)
    b.h(ins[1], "office_title").t(" 귀하")


def t_foia_decision(b, i):
    r = b.rng
    ins = inst(r)
    dept = r.choice(DEPTS)
    b.t("%s\n수신 " % ins[0]).name().t(" 귀하\n(경유)\n제목 정보 (부분)공개 결정 통지서\n\n")
    b.t("1. 귀하께서 ").h(date_str(r), "date").t(" 청구하신 정보(접수번호 ").h(receipt(r), "record_id").t(")에 대한 결정 내용을 알려드립니다.\n")
    b.t("2. 공개 내용 중 제3자의 성명·연락처는 ").h(STATUTES[0], "statute").t("에 해당하여 ")
    b.h(r.choice(["김○○", "박**", "이 모 씨", "정○○"]), "masked_name").t(" 등으로 가린 후 공개합니다.\n")
    b.t("3. 청구인 주소: ").addr().t("\n   연락처: ").phone(0.8).t("\n")
    b.t("4. 수수료 ").h(amount(r), "amount").t("은 ").h(date_str(r), "date").t("까지 납부하여 주시기 바랍니다.")
    if i % 2 == 0:
        b.t(" (청구인이 등록한 결제 카드 ").card().t("로 자동 결제 가능)")
    b.t("\n\n")
    b.h(ins[1], "office_title").t("\n\n%s %s " % (dept, r.choice(POSITIONS))).name(False).t("  %s " % r.choice(["팀장", "과장"])).name(False).t("\n")
    b.t("시행 ").h(docno(r, dept), "doc_number").t(" (").h(date_str(r), "date").t(")\n")
    b.t("우 ").h("%05d" % r.randint(1000, 63999), "postal_code").t(" ").h(ins[2], "institution_address")
    b.t(" / 전화 ").phone(0.0).t(" / 전송 ").phone(0.0).t(" / 대표전화 ").h(switchboard(r), "switchboard")
    b.t(" / 공용메일 ").h("%s@%s.go.kr" % (r.choice(["minwon", "info", "open"]), r.choice(["mapo", "suwon", "nowon", "gimhae"])), "institution_email")


def t_minwon_reply(b, i):
    r = b.rng
    ins = inst(r)
    b.t("민원 처리 결과 회신\n\n민원인 ").name().t(" 님 (").phone().t(")\n")
    b.t("민원 접수번호 ").h(receipt(r), "record_id").t("\n\n")
    sc = i % 5
    if sc == 4:
        b.t("온라인 수강료 이중 결제 건은 결제 카드(").card().t(")로 ").h(date_str(r), "date").t("에 승인 취소되었습니다.")
    elif sc == 0:
        b.t("귀하께서 신고하신 ").addr(postal=False, unit=False).t(" 앞 장기 방치 차량(").plate().t(")은 소유자 ").name().t(" 씨에게 ")
        b.h(date_str(r), "date").t("까지 자진 처리하도록 안내하였습니다.")
    elif sc == 1:
        b.t("과오납된 지방세 ").h(amount(r), "amount").t("은 신청하신 계좌(").acct().t(", 예금주 ").name().t(")로 환급 예정입니다.")
    elif sc == 2:
        b.t("요청하신 사업장(").h(r.choice(COMPANIES), "company_name").t(", 사업자등록번호 ").brn().t(", 대표 ").name(False)
        b.t(")의 옥외광고물 허가 여부는 ").h(STATUTES[r.randrange(len(STATUTES))], "statute").t("에 따라 확인 중입니다.")
    elif sc == 3:
        b.t("운전경력증명 관련 문의는 본인 확인(면허번호 ").dl().t(") 후 처리되었으며, 결과는 ").email().t("로 발송하였습니다.")
    b.t("\n\n추가 문의는 %s %s " % (r.choice(DEPTS), r.choice(POSITIONS))).name(False).t("(").phone(0.0).t(")에게 연락 주시기 바랍니다. ")
    b.t("야간에는 ").h(shortcode(r), "short_code").t(" 또는 ").h(callcenter(r), "callcenter").t("으로 문의하실 수 있습니다.\n")
    b.h(ins[1], "office_title")


def t_news(b, i):
    r = b.rng
    ins = inst(r)
    b.t(r.choice(["[보도자료] ", "[구정 소식] ", "[소식지 제%d호] " % r.randint(100, 400)]))
    b.t(r.choice(["동네 빈집, 마을 책방으로 다시 태어나다\n", "어르신 스마트폰 교실 '인기'\n", "골목 상권 살리기 나선 청년 상인들\n", "폭염 속 이웃 돌봄 자원봉사 현장\n"]))
    b.h(date_str(r), "date").t(" — ").h(ins[1], "office_title").t("은 ")
    b.t("주민 참여 사업 성과를 발표했다. ")
    b.t("사업을 이끈 %s " % r.choice(["주민자치위원장", "통장", "자원봉사단장", "부녀회장"])).name().t("(%d) 씨는 \"처음엔 다섯 명이었는데 지금은 마흔 명이 넘는다\"고 말했다. " % r.randint(45, 78))
    b.t("참여 주민 ").name().t("(%d)·" % r.randint(20, 85)).name().t("(%d) 씨 부부도 \"" % r.randint(20, 85))
    b.t(r.choice(["이웃을 알게 된 게 가장 큰 수확\"이라고 했다. ", "다음 달에도 꼭 나오겠다\"고 했다. "]))
    if i % 3 == 0:
        b.t("카페를 운영하는 ").name().t(" 대표(사업자등록번호 ").brn().t(")는 공간을 무상으로 내놓았다. ")
    if i % 3 == 1:
        b.t("행사 문의는 운영위원 ").name().t(" 씨(").phone(1.0).t(", ").email().t(")에게 하면 된다. ")
    if i % 3 == 2:
        b.t("이날 봉사 차량(").plate().t(")을 몰고 온 ").name().t("(%d) 씨는 " % r.randint(30, 70)).t("\"오늘은 마음이 따뜻하다\"며 웃었다. ")
    if i % 2 == 0:
        wn, before, after = WORD_SENT[r.randrange(len(WORD_SENT))]
        b.t("자원봉사자 ").s(wn, "PERSON", "name_common_word").t("(%d) 씨는 \"%s" % (r.randint(20, 70), before)).t(wn).t(after + "\"라고 했다. ")
    b.t("구는 올해 예산 ").h(amount(r), "amount").t("을 추가 편성했다.\n\n")
    b.t("담당 부서 %s  책임자 과장 " % r.choice(DEPTS)).name(False).t(" (").phone(0.0).t(")  담당자 %s " % r.choice(POSITIONS)).name(False).t(" (").phone(0.0).t(")\n")
    b.t("대표전화 ").h(switchboard(r), "switchboard")


def t_minutes(b, i):
    r = b.rng
    b.t("제%d차 %s 주민자치위원회 회의록\n" % (r.randint(1, 12), r.choice(["성산1동", "중계2동", "봉명동", "효자동", "내동"])))
    b.t("일시: ").h(date_str(r), "date").t(" 19:00  장소: 행정복지센터 2층 회의실\n참석: 위원장 ").name()
    for _ in range(r.randint(3, 5)):
        b.t(", ").name()
    b.t(" 위원 / 간사 ").name(False).t(" 주무관\n불참: ").name().t(" 위원(사전 통보)\n\n")
    b.t("안건 1. 마을 주차 문제\n").name().t(" 위원: ").t("학교 앞에 ").plate().t(" 차량이 한 달째 서 있습니다. 차주 ").name().t(" 씨 번호가 ")
    b.phone(1.0).t("라고 하던데 연락이 안 돼요.\n")
    b.t("간사: 구청 주차관리과에 통보하겠습니다. 민원은 ").h(shortcode(r), "short_code").t("으로도 가능합니다.\n")
    b.t("안건 2. 작은도서관 기부\n위원장: 기부자 ").name().t(" 님이 ").h(amount(r), "amount").t("을 기탁하셨습니다. 영수증은 ")
    b.addr(postal=False).t("로 보내 드리기로 했습니다.\n")
    if i % 2 == 0:
        b.t("안건 3. 기타\n").name().t(" 위원: 다음 회의 자료는 ").email().t("로 보내 주세요.\n")
    b.t("폐회 20:40  서기 ").name()


def t_school(b, i):
    r = b.rng
    school = r.choice(["한빛초등학교", "새솔중학교", "누리고등학교", "가람초등학교", "별마루중학교"])
    if i % 2 == 0:
        b.t("가정통신문 제%d-%d호\n%s\n\n학부모님께\n" % (r.randint(2025, 2026), r.randint(10, 200), school))
        b.t("%d학년 %d반 " % (r.randint(1, 6), r.randint(1, 8))).name().t(" 학생의 방과후 수강료 환불 계좌를 확인해 주십시오.\n")
        b.t("(1학기 결제 카드 ").card().t(" 승인 취소 불가 시 계좌로 환불)\n")
        b.t("환불 계좌: ").acct().t("  예금주: ").name(False).t("\n")
        b.t("학생 생년월일: ").dob(date=rand_date(r, 2009, 2019)).t("\n")
        b.t("문의: 담임교사 ").name(False).t(" (").phone(0.0).t("), 행정실 ").h(switchboard(r), "switchboard").t("\n")
        b.t("※ 개인정보는 ").h(STATUTES[7], "statute").t("에 따라 목적 외로 이용하지 않습니다.")
    else:
        b.t("%s %d학년도 장학생 선발 명단\n" % (school, r.randint(2025, 2026)))
        headers = i % 4 == 3
        if headers:
            b.t("| 연번 | 성명 | 생년월일 | 은행 | 계좌번호 | 보호자 연락처 |\n")
        for k in range(r.randint(3, 5)):
            bank, acc, sub = make_account(r)
            b.t("| %d | " % (k + 1)).name().t(" | ").dob(date=rand_date(r, 2008, 2018)).t(" | %s | " % bank)
            b.s(acc, "KR_BANK_ACCOUNT", sub).t(" | ").phone(1.0).t(" |\n")
        b.t("장학금 ").h(amount(r), "amount").t(" 지급 예정(").h(date_str(r), "date").t(")")


def t_health(b, i):
    r = b.rng
    sc = i % 3
    ctr = r.choice(["마포구보건소", "유성구보건소", "김해시보건소", "춘천시보건소"])
    if sc == 0:
        b.t("%s 영유아 예방접종 안내\n\n" % ctr)
        b.t("| 아동 | ").name().t(" | 주민등록번호 | ").rrn("post2020").t(" |\n")
        b.t("| 보호자 | ").name().t(" | 휴대전화 | ").phone(1.0).t(" |\n")
        b.t("| 건강보험증 번호 | ").hi().t(" | 접종 예정일 | ").h(date_str(r), "date").t(" |\n")
        b.t("접종 후 이상반응 시 ").h(shortcode(r), "short_code").t(" 또는 질병관리청 콜센터(1339)로 연락하십시오. ")
        b.h(STATUTES[6], "statute").t("에 따른 안내입니다.")
    elif sc == 1:
        b.t("%s 국가건강검진 대상자 통보\n수검자: " % ctr).name().t("  생년월일 ").dob().t("\n")
        b.t("주민등록번호: ").rrn(r.choice(["valid", "masked"])).t("\n건강보험증 번호: ").hi().t("\n주소: ").addr().t("\n")
        b.t("연락처: ").phone().t("\n검진 기관 예약 문의 ").h(callcenter(r), "callcenter")
    else:
        b.t("%s 해외여행자 황열 예방접종 신청서\n" % ctr)
        b.t("성명(한글) ").name(False).t("  영문 성명 ")
        b.s(r.choice(ROMA).upper() + " " + r.choice(["KIM", "LEE", "PARK", "CHOI", "JUNG"]), "PERSON", "name_latin_kr")
        b.t("\n여권번호 ").passport().t("  생년월일 ").dob().t("\n출국 예정일 ").h(date_str(r), "date").t("  방문국 ")
        b.t(r.choice(["가나", "케냐", "브라질", "페루"])).t("\n연락처 ").phone(1.0).t("  이메일 ").email().t("\n건강보험증 ").hi()


def t_fine(b, i):
    r = b.rng
    ins = inst(r)
    corp = i % 3 == 2
    b.t("주정차 위반 과태료 부과 사전통지서\n\n고지번호 ").h(receipt(r), "record_id").t("\n")
    b.t("| 차량번호 | ").plate().t(" | 위반일시 | ").h(date_str(r), "date").t(" 14:%02d |\n" % r.randint(0, 59))
    if corp:
        b.t("| 소유자 | ").h(r.choice(COMPANIES), "company_name").t(" | 사업자등록번호 | ").brn(True).t(" |\n")
        b.t("| 법인등록번호 | ").crn().t(" | 대표자 | ").name(False).t(" |\n")
    else:
        b.t("| 소유자 | ").name().t(" | 주민등록번호 | ").rrn("masked").t(" |\n")
    b.t("| 주소 | ").addr().t(" |\n")
    b.t("| 위반 장소 | %s 앞 | 과태료 | " % r.choice(["초등학교 정문", "버스정류장", "소화전", "교차로"])).h(amount(r), "amount").t(" |\n")
    b.t("근거: ").h(STATUTES[r.choice([3, 4, 5])], "statute").t("\n")
    if i % 4 != 3:
        b.t("의견진술 시 실제 운전자 ").name().t(" (운전면허번호 ").dl().t(")를 기재하였음.\n")
    if i % 2 == 0:
        b.t("기납부: 신용카드 ").card().t(" 승인\n")
    b.t("문의 %s " % ins[0]).t("주차관리과 ").phone(0.0).t(" / 대표 ").h(switchboard(r), "switchboard")


def t_sinmungo(b, i):
    r = b.rng
    b.t("국민신문고 민원 답변\n신청번호 ").h(receipt(r), "record_id").t("  신청일 ").h(date_str(r), "date").t("\n")
    b.t("신청인 ").name().t("  (").email().t(")\n")
    b.t("\n안녕하십니까. 귀하의 민원에 답변드립니다.\n")
    sc = i % 3
    if sc == 0:
        b.t("귀하가 제출한 사진 속 차량 ").plate().t("은 단속 구역 밖으로 확인되어 과태료 부과 대상이 아닙니다. ")
    elif sc == 1:
        b.t("민원 내용 중 이웃 ").name().t(" 씨의 연락처(").phone(1.0).t("), 주소(").addr(postal=False).t(")는 답변에서 제외하는 것이 원칙이나 귀하가 직접 기재하여 그대로 인용합니다. ")
    else:
        b.t("지원금 재신청은 본인 명의 계좌(").acct().t(")로만 가능합니다. ")
    b.t("관련 판례(").h(caseno(r), "case_number").t(")도 참고하시기 바랍니다.\n")
    b.t("답변 부서: %s  담당자: " % r.choice(DEPTS)).name(False).t(" (").phone(0.0).t(")\n")
    b.t("접수 단말 IP: ").ip().t("\n정부민원안내콜센터 ").h("110", "short_code")


def t_personnel(b, i):
    r = b.rng
    ins = inst(r)
    b.t("%s 인사발령 (%s자)\n" % (ins[0], date_str(r)))
    b.t(r.choice(["", "| 발령사항 | 소속 | 직급 | 성명 |\n"]))
    for _ in range(r.randint(3, 6)):
        b.t("| %s | %s | %s | " % (r.choice(["전보", "승진", "신규임용", "직무대리"]), r.choice(DEPTS), r.choice(["지방행정주사", "지방행정사무관", "지방시설주사보", "지방간호주사"])))
        b.name().t(" |\n")
    if i % 2 == 0:
        b.t("\n국외출장 명단 (").h(r.choice(["싱가포르", "하노이", "울란바토르"]), "place").t(")\n")
        for _ in range(r.randint(2, 3)):
            b.name(False).t(" / 여권번호 ").passport().t(" / 비상연락 ").phone(1.0).t("\n")
    b.t("\n").h(ins[1], "office_title").t("  문서번호 ").h(docno(r, "총무과"), "doc_number")


def t_subsidy(b, i):
    r = b.rng
    sc = i % 3
    if sc == 0:
        b.t("%d년 긴급생활지원금 지급 대상자 명단\n" % r.randint(2025, 2026))
        headers = i % 2 == 0
        if headers:
            b.t("연번\t성명\t주민등록번호\t주소\t은행\t계좌번호\t연락처\n")
        for k in range(r.randint(3, 4)):
            bank, acc, sub = make_account(r)
            b.t("%d\t" % (k + 1))
            if r.random() < 0.25:
                b.fname(None, "hangul").t("\t").frn().t("\t")
            else:
                b.name().t("\t").rrn(r.choice(["valid", "masked"])).t("\t")
            b.addr(postal=False).t("\t%s\t" % bank)
            b.s(acc, "KR_BANK_ACCOUNT", sub).t("\t").phone(1.0).t("\n")
        b.t("1인당 ").h(amount(r), "amount")
    elif sc == 1:
        b.t("소상공인 경영안정자금 지급 명단\n")
        for k in range(r.randint(2, 4)):
            b.t("| ").h(r.choice(COMPANIES), "company_name").t(" | ").name(False).t(" | ").brn(r.random() < 0.3).t(" | ")
            b.crn().t(" | ")
            bank, acc, sub = make_account(r)
            b.t(bank + " | ").s(acc, "KR_BANK_ACCOUNT", sub).t(" |\n")
        b.t("근거 ").h(docno(r, "일자리경제과"), "doc_number")
    else:
        b.t("의료비 지원 대상 확인서\n성명 ").name().t(" | 생년월일 ").dob().t(" | 건강보험증 번호 ").hi().t("\n")
        b.t("주소 ").addr().t("\n지급 계좌 ").acct().t(" (예금주 ").name().t(")\n")
        b.t("본인부담금 ").h(amount(r), "amount").t(" 중 50% 지원")


def t_foreign(b, i):
    r = b.rng
    nation = NATIONS[r.randrange(len(NATIONS))]
    b.t(r.choice(["외국인 주민 생활안정 지원 신청서", "다문화가족지원센터 통번역 서비스 신청서", "외국인 주민 건강보험 안내 확인서"]) + "\n")
    b.t("| 성명 | ").fname(nation).t(" | 국적 | %s |\n" % nation)
    b.t("| 외국인등록번호 | ").frn().t(" | 여권번호 | ").passport(nation).t(" |\n")
    b.t("| 체류지 | ").addr().t(" |\n")
    b.t("| 연락처 | ").phone(0.9).t(" | 이메일 | ").email().t(" |\n")
    if i % 2 == 0:
        b.t("| 건강보험증 번호 | ").hi().t(" | 직장 | ").h(r.choice(COMPANIES), "company_name").t(" |\n")
    if i % 3 == 0:
        b.t("| 배우자 | ").name().t(" | 주민등록번호 | ").rrn("valid").t(" |\n")
    if i % 3 == 1:
        b.t("| 자녀 | ").fname(nation, "hangul").t(" | 외국인등록번호 | ").frn().t(" |\n")
    if i % 3 == 2:
        b.t("| 동거인 | ").fname(None).t(" | 외국인등록번호 | ").frn().t(" |\n")
    if i % 2 == 1:
        b.t("| 운전면허 | ").dl().t(" (국제운전면허 전환) |\n")
    b.t("외국인종합안내센터 ").h("1345", "short_code").t(" / 근거 ").h(STATUTES[8], "statute")


def t_sheet(b, i):
    r = b.rng
    sep = r.choice([",", "\t", ";"])
    b.t("# export_%s.%s (row %d-%d)\n" % (r.choice(["members", "applicants", "refund", "visitors"]), "tsv" if sep == "\t" else "csv", r.randint(1, 900), r.randint(901, 2000)))
    kind = i % 5
    for k in range(r.randint(3, 5)):
        b.t(str(r.randint(1000, 9999)) + sep)
        b.name().t(sep)
        if kind == 0:
            b.phone(1.0).t(sep).email().t(sep).dob(style=r.choice(["iso", "six"])).t("\n")
        elif kind == 1:
            b.card().t(sep).phone(1.0).t(sep).h(date_str(r), "date").t("\n")
        elif kind == 2:
            b.dl().t(sep).plate().t(sep).phone(0.5).t("\n")
        elif kind == 3:
            b.hi().t(sep)
            if r.random() < 0.3:
                b.frn()
            else:
                b.rrn(r.choice(["valid", "post2020", "masked"]))
            b.t(sep).passport().t("\n")
        else:
            b.h(r.choice(COMPANIES), "company_name").t(sep).brn(r.random() < 0.4).t(sep).crn().t(sep).phone(0.3).t("\n")
    b.t("# exported by ").h("u%05d" % r.randint(10000, 99999), "user_id").t(" at ").h(date_str(r), "date")


def t_access_log(b, i):
    r = b.rng
    b.t("[%s 개인정보처리시스템 접속기록]\n" % r.choice(["민원", "복지", "세외수입", "주차"]))
    for _ in range(r.randint(4, 7)):
        y, m, d = rand_date(r, 2026, 2026)
        b.t("%04d-%02d-%02d %02d:%02d:%02d " % (y, m, d, r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)))
        b.h("u%05d" % r.randint(10000, 99999), "user_id").t(" ")
        b.ip().t(" %s " % r.choice(["LOGIN", "VIEW", "DOWNLOAD", "PRINT", "UPDATE"]))
        x = r.random()
        if x < 0.3:
            b.t("target=").name().t("\n")
        elif x < 0.45:
            b.t("target_rrn=").rrn("masked").t("\n")
        elif x < 0.6:
            b.t("client=").h("10.0.%d.%d" % (r.randint(10000, 30000), r.randint(1000, 9999)), "version").t("\n")
        else:
            b.t("menu=%s\n" % r.choice(["M0102", "R2201", "S0003"]))
    b.t("점검자 ").name(False).t(" / 로그 보관 ").h(STATUTES[7], "statute")


# --- phone-call transcripts -------------------------------------------------
def say_phone(b, allow_numeral=True):
    r = b.rng
    v, _ = make_phone(r, 0.8)
    groups = re.split(r"[-. ]", v) if re.search(r"[-. ]", v) else [v[:3], v[3:7], v[7:]]
    if r.random() < 0.2:
        sp = ", ".join(groups)
        sub = "spoken_arabic_grouped"
    else:
        sp, sub = speak_groups(groups, r, allow_numeral)
    return b.s(sp, "PHONE_NUMBER", "phone_" + sub, clean="-".join(groups))


def say_digits(b, typ, clean, groups, allow_numeral=False, sub_prefix=""):
    sp, sub = speak_groups(groups, b.rng, allow_numeral)
    return b.s(sp, typ, sub_prefix + sub, clean=clean)


def say_name(b):
    r = b.rng
    v, sub = make_name(r)
    if r.random() < 0.3 and len(v) == 3:
        return b.s(" ".join(v), "PERSON", sub, noise=["spelled_out"], clean=v)
    return b.s(v, "PERSON", sub)


def t_call(b, i):
    r = b.rng
    A, C = r.choice([("상담사", "민원인"), ("상담원", "고객"), ("직원", "통화자")])
    b.t("[전화 상담 녹취록] 접수 %s / 상담 유형: " % ("%02d:%02d" % (r.randint(9, 17), r.randint(0, 59))))
    sc = i % 6
    b.t(["과태료 납부", "지원금 문의", "외국인 민원", "보건소 예약", "주소 변경", "정보공개 문의"][sc] + "\n")
    b.t("%s: 네, %s입니다. 무엇을 도와드릴까요?\n" % (A, inst(r)[0]))
    b.t("%s: 안녕하세요, 저는 " % C)
    if sc == 2:
        b.fname(None, "hangul")
    else:
        say_name(b)
    b.t("%s. " % r.choice(["인데요", "이라고 합니다", "이고요"]))
    if sc == 0:
        b.t("과태료 고지서를 받았는데 차량번호가 ")
        v, sub = make_plate(r, spoken_safe=True)
        if r.random() < 0.5:
            b.s(v, "KR_VEHICLE_PLATE", sub)
        else:
            b.s(spoken_digits(v), "KR_VEHICLE_PLATE", sub + "_spoken", clean=v)
        b.t("이에요.\n%s: 본인 확인을 위해 생년월일 말씀해 주세요.\n%s: " % (A, C))
        y, m, d = rand_date(r, 1950, 2003)
        mname = {6: "유", 10: "시"}.get(m, sino(m))
        sp = "%s년 %s월 %s일" % (sino(y % 100) if r.random() < 0.5 else str(y % 100), mname, sino(d))
        b.s(sp, "DATE_OF_BIRTH", "dob_spoken", clean="%04d-%02d-%02d" % (y, m, d)).t("생이요.\n")
        b.t("%s: 카드로 납부하시겠어요? 카드번호 불러 주세요.\n%s: " % (A, C))
        v, sub = make_card(r)
        digits = re.sub(r"\D", "", v)
        groups = [digits[k:k + 4] for k in range(0, 16, 4)] if len(digits) == 16 else [digits[:4], digits[4:10], digits[10:]]
        sp, ssub = speak_groups(groups, r, False)
        b.s(sp, "CREDIT_CARD", sub + "_" + ssub, clean="-".join(groups)).t("요. 유효기간은 ")
        b.h("%02d/%02d" % (r.randint(1, 12), r.randint(27, 31)), "card_expiry").t("이고요.\n")
        b.t("%s: 과태료 " % A).h(amount(r), "amount").t(" 승인되었습니다. 문자 받으실 번호는요?\n%s: " % C)
        say_phone(b).t("이요.\n")
    elif sc == 1:
        b.t("긴급지원금 입금이 안 돼서요.\n%s: 주민등록번호 앞자리랑 뒷자리 말씀해 주시겠어요?\n%s: " % (A, C))
        v, sub, _ = make_rrn(r, r.choice(["valid", "valid", "post2020"]))
        a, c = v.split("-")
        sp, ssub = speak_groups([a, c], r, False)
        b.s(sp, "KR_RRN", sub + "_" + ssub, clean=v).t("입니다.\n")
        b.t("%s: 등록된 계좌가 어떻게 되세요?\n%s: %s " % (A, C, r.choice([bk for bk, _ in BANKS])))
        bank, acc, asub = make_account(r)
        groups = acc.split("-") if "-" in acc else [acc]
        sp, ssub = speak_groups(groups, r, False)
        b.s(sp, "KR_BANK_ACCOUNT", asub + "_" + ssub, clean=acc).t("이요. 예금주는 ")
        b.name().t("이고 제 배우자예요.\n")
        b.t("%s: 확인 후 연락드리겠습니다. 연락처가 " % A)
        say_phone(b).t(" 맞으시죠?\n%s: 네 맞아요.\n" % C)
    elif sc == 2:
        b.t("체류지 변경 신고하려고요.\n%s: 외국인등록번호 말씀해 주세요.\n%s: " % (A, C))
        v, _ = make_frn(r)
        a, c = v.split("-")
        if r.random() < 0.5:
            b.s(v, "KR_FRN", "frn_legacy_written")
        else:
            sp, ssub = speak_groups([a, c], r, False)
            b.s(sp, "KR_FRN", "frn_legacy_" + ssub, clean=v)
        b.t("요. 여권번호는 ")
        nation = NATIONS[r.randrange(len(NATIONS))]
        v, sub = make_passport(r, nation)
        if r.random() < 0.5:
            b.s(v[:-4] + " " + v[-4:], "KR_PASSPORT", sub + "_spoken_split", clean=v)
        else:
            b.s(v, "KR_PASSPORT", sub)
        b.t("이에요.\n%s: 새 주소는요?\n%s: " % (A, C)).addr(postal=False).t("이요. 전화는 ")
        say_phone(b).t("로 주세요.\n")
        b.t("%s: 통역 필요하시면 " % A).h("1345", "short_code").t("으로도 연락하실 수 있어요.\n")
    elif sc == 3:
        b.t("아이 예방접종 예약하려고요.\n%s: 아이 이름이랑 건강보험증 번호 불러 주세요.\n%s: " % (A, C))
        b.name().t("이고요, 보험증 번호는 ")
        v, sub = make_hi(r)
        dg = v.replace("-", "")
        sp, ssub = speak_groups([dg[:1], dg[1:6], dg[6:]] if r.random() < 0.5 else [dg], r, False)
        b.s(sp, "KR_HEALTH_INSURANCE", "hi_" + ssub, clean=v).t("이에요.\n")
        b.t("%s: 아이 생년월일은요?\n%s: " % (A, C))
        y, m, d = rand_date(r, 2021, 2025)
        b.s("%d년 %d월 %d일" % (y, m, d), "DATE_OF_BIRTH", "dob_kor", clean="%04d-%02d-%02d" % (y, m, d)).t("이요.\n")
        b.t("%s: 보호자분 성함과 연락처요.\n%s: 엄마 " % (A, C)).name().t("이고 ")
        say_phone(b).t("입니다.\n")
    elif sc == 4:
        b.t("전입신고 했는데 운전면허증 주소도 바꿔야 하나요?\n%s: 면허번호 불러 주시면 확인해 볼게요.\n%s: " % (A, C))
        v, sub = make_dl(r)
        if sub == "dl_numeric":
            sp, ssub = speak_groups(v.split("-"), r, False)
            b.s(sp, "KR_DRIVER_LICENSE", sub + "_" + ssub, clean=v)
        else:
            b.s(v, "KR_DRIVER_LICENSE", sub)
        b.t("요.\n%s: 새 주소 말씀해 주세요.\n%s: " % (A, C)).addr(postal=False).t("요.\n")
        b.t("%s: 차량도 있으세요?\n%s: 네, " % (A, C))
        v, sub = make_plate(r, spoken_safe=True)
        b.s(v, "KR_VEHICLE_PLATE", sub).t(" 한 대요. 처 ").name().t(" 명의예요.\n")
        b.t("%s: 결과는 문자로 보내 드릴게요. 번호가 " % A)
        say_phone(b).t(" 맞죠?\n")
    else:
        b.t("정보공개 청구한 거 결과를 메일로 받고 싶은데요.\n%s: 메일 주소 불러 주세요.\n%s: " % (A, C))
        rom = r.choice(ROMA)
        tail = str(r.randint(70, 99))
        dom = r.choice(EMAIL_DOM)
        sp = "%s %s 골뱅이 %s" % (rom, spoken_digits(tail), dom.replace(".", " 점 ").replace(" 점 com", " 닷컴"))
        b.s(sp, "EMAIL_ADDRESS", "email_spoken", clean="%s%s@%s" % (rom, tail, dom)).t("이요.\n")
        b.t("%s: 접수번호는 " % A).h(receipt(r), "record_id").t("이고, 처리 기한은 ").h(date_str(r), "date").t("입니다.\n")
        b.t("%s: 회사 명의로도 하나 더 했거든요. 사업자번호 " % C).brn().t(", 법인번호 ").crn().t("요.\n")
        b.t("%s: 네, 담당자 " % A).name(False).t(" 주무관 직통 ").phone(0.0).t("로 연결해 드릴게요.\n")
    b.t("%s: 더 궁금한 점은 %s 대표번호 " % (A, "콜센터")).h(callcenter(r), "callcenter").t("로 문의 주세요. 감사합니다.")


# --- no-PII records with hard negatives -------------------------------------
def t_nopii(b, i):
    r = b.rng
    ins = inst(r)
    sc = i % 8
    if sc == 0:
        b.t("정보공개 결정 통지(공개)\n접수번호 ").h(receipt(r), "record_id").t("\n청구인 ").h("홍길동", "placeholder_person").t("(예시) 귀하\n")
        b.t("근거 ").h(STATUTES[1], "statute").t(", 수수료 ").h(amount(r), "amount").t("\n문의 대표전화 ").h(switchboard(r), "switchboard")
        b.t("\n").h(ins[1], "office_title").t(" / ").h(ins[2], "institution_address").t(" / 공용 전자우편 ").h("open@%s.go.kr" % r.choice(["mapo", "suwon", "haeundae", "yuseong"]), "institution_email")
    elif sc == 1:
        b.t("민원 처리 결과: 민원인 ").h(r.choice(["김○○", "박**", "이 모 씨", "갑"]), "masked_name").t("의 요청에 따라 ")
        b.t("관련 판결(").h(caseno(r), "case_number").t(")을 검토하였으며 ").h(STATUTES[2], "statute").t("에 따라 종결합니다. 문의 ").h(shortcode(r), "short_code")
    elif sc == 2:
        b.t("[보도자료] 구, 하반기 공공일자리 ").h("320", "count").t("명 모집\n").h(date_str(r), "date").t(" ").h(ins[1], "office_title")
        b.t("은 예산 ").h(amount(r), "amount").t("을 투입한다고 밝혔다. ").h("정원", "common_word").t(" 관리와 하천 정비, ").h("이슬", "common_word").t(" 맺힌 산책로 청소 등 ")
        b.h("정원", "common_word").t(" 가꾸기 일자리가 포함된다. 신청은 ").h(callcenter(r), "callcenter").t(" 또는 우 ").h("%05d" % r.randint(1000, 63999), "postal_code")
        b.t(" ").h(ins[2], "institution_address").t(" 민원실.")
    elif sc == 3:
        b.t("주민자치위원회 회의록(요약)\n안건: ").h("갑", "placeholder_person").t(" 단체와 ").h("을", "placeholder_person").t(" 단체의 협약 변경 ")
        b.t("/ 문서번호 ").h(docno(r), "doc_number").t(" / 예산 ").h(amount(r), "amount").t(" / 차기 회의 ").h(date_str(r), "date")
    elif sc == 4:
        b.t("과태료 고지서 작성 요령\n주민등록번호 칸 예시: ").h("000000-0000000", "placeholder_id").t("\n성명 예시: ").h("홍길동", "placeholder_person")
        b.t("\n근거: ").h(STATUTES[4], "statute").t(" / 가산금 ").h(amount(r), "amount").t(" / 고지번호 ").h(receipt(r), "record_id")
    elif sc == 5:
        b.t("[시스템 점검 기록] ").h(date_str(r), "date").t(" 작업자 ").h("u%05d" % r.randint(10000, 99999), "user_id")
        b.t(" 클라이언트 버전 ").h("10.0.%d.%d" % (r.randint(17000, 26000), r.randint(1000, 9999)), "version").t(" 배포, 관리번호 ")
        b.h("%03d-%d-%04d" % (r.choice([31, 32, 41]), r.randint(2021, 2026), r.randint(1000, 9999)), "record_id")
    elif sc == 6:
        b.t("인사발령 공고: ").h(ins[1], "office_title").t(" 명의로 ").h("3급(부이사관)", "grade").t(" 승진 심사 일정을 알립니다. ")
        b.t("나라장터 공고번호 ").h("%d%05d-00" % (r.randint(2025, 2026), r.randint(10000, 99999) * 10 + r.randint(0, 9)), "record_id")
        b.t(", 계약 상대방 ").h(r.choice(COMPANIES), "company_name").t(".")
    else:
        b.t("외국인 주민 지원 안내: 체류 관련 문의는 ").h("1345", "short_code").t(", 생활 상담은 ").h(callcenter(r), "callcenter")
        b.t(", 긴급 신고는 ").h("112", "short_code").t(". 지원 근거 ").h(STATUTES[8], "statute").t(", 신청 마감 ").h(date_str(r), "date").t(".")


TEMPLATES = [  # (name, genre, count, fn, ocr_eligible)
    ("foia_request", "정보공개 청구서", 36, t_foia_request, True),
    ("foia_decision", "정보공개 결정 통지서", 26, t_foia_decision, True),
    ("minwon_reply", "민원 처리 결과 회신", 32, t_minwon_reply, True),
    ("news", "소식지·보도자료", 36, t_news, False),
    ("minutes", "주민자치위원회 회의록", 26, t_minutes, False),
    ("school", "가정통신문·장학생 명단", 32, t_school, True),
    ("health", "보건소 예방접종·검진 안내", 42, t_health, True),
    ("fine", "주차 위반 과태료 고지서", 40, t_fine, True),
    ("sinmungo", "국민신문고 민원 답변", 28, t_sinmungo, False),
    ("personnel", "공무원 인사 발령", 30, t_personnel, True),
    ("subsidy", "지원금 지급 대상자 명단", 42, t_subsidy, True),
    ("foreign", "외국인 주민 지원 서류", 44, t_foreign, True),
    ("sheet", "스프레드시트 내보내기", 50, t_sheet, False),
    ("access_log", "시스템 접속 기록", 24, t_access_log, False),
    ("call", "전화 상담 녹취록", 84, t_call, False),
    ("nopii", None, 64, t_nopii, True),
]
NOPII_GENRES = ["정보공개 결정 통지서", "민원 처리 결과 회신", "소식지·보도자료", "주민자치위원회 회의록",
                "주차 위반 과태료 고지서", "시스템 접속 기록", "공무원 인사 발령", "외국인 주민 지원 서류"]


def generate():
    recs, metas = [], []
    n = 0
    for tname, genre, count, fn, ocr_ok in TEMPLATES:
        for i in range(count):
            seed = "%s|%s|%d" % (PREFIX, tname, i)
            rng = random.Random(seed)
            ocr = ocr_ok and (i % 3 == 1)
            b = B(rng, ocr)
            fn(b, i)
            text = b.text()
            # plain-word occurrences of names that are ordinary words: tag as hard negatives
            for sp in b.spans:
                if sp["sub"] != "name_common_word":
                    continue
                for mm in re.finditer(r"(?<![가-힣])" + re.escape(sp["text"]), text):
                    if any(s2["start"] <= mm.start() < s2["end"] for s2 in b.spans):
                        continue
                    if any(h["start"] == mm.start() for h in b.hns):
                        continue
                    b.hns.append({"start": mm.start(), "end": mm.end(), "category": "name_homograph", "text": sp["text"]})
            b.hns.sort(key=lambda h: (h["start"], h["end"]))
            base = genre if genre else NOPII_GENRES[i % 8]
            g = "OCR 스캔본" if ocr else base
            n += 1
            rid = "pii_af-%04d" % n
            spans = [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in b.spans]
            recs.append({"id": rid, "text": text, "spans": spans, "genre": g})
            metas.append({"id": rid, "template": tname, "seed": seed, "genre": g, "base_genre": base,
                          "ocr": ocr, "no_pii": not spans,
                          "spans": [{"start": s["start"], "end": s["end"], "type": s["type"], "sub": s["sub"],
                                     "noise": s["noise"], "text": s["text"], "clean": s["clean"]} for s in b.spans],
                          "hard_negatives": b.hns})
    return recs, metas


# ----------------------------------------------------------------------------
# validation
# ----------------------------------------------------------------------------
LD_REV = {"O": "0", "l": "1", "I": "1", "S": "5", "B": "8", "Z": "2"}


def norm_written(s, typ):
    s = unicodedata.normalize("NFKC", s)
    s = s.replace("‐", "-").replace("‑", "-").replace("－", "-")
    s = re.sub(r"\s+", "", s)
    return s


def check_value(sp):
    typ, sub, clean, text, noise = sp["type"], sp["sub"], sp["clean"], sp["text"], sp["noise"]
    if "spoken" in sub:
        if typ == "DATE_OF_BIRTH":
            m = re.fullmatch(r"(\S+)년 (\S+)월 (\S+)일", text)
            y, mo, d = [int(x) if x.isdigit() else {"유": 6, "시": 10}.get(x) or parse_sino(x) for x in m.groups()]
            assert "%02d-%02d-%02d" % (y, mo, d) == clean[2:], (text, clean)
        elif typ == "EMAIL_ADDRESS":
            m = re.fullmatch(r"(\S+) (\S+) 골뱅이 (.+)", text)
            t = m.group(1) + decode_spoken(m.group(2)) + "@" + m.group(3).replace(" 닷컴", ".com").replace(" 점 ", ".")
            assert t == clean, (text, clean)
        elif typ == "KR_VEHICLE_PLATE":
            dec = "".join(("0" if c in "공영" else str(HW.index(c))) if c in HW + "영" else c for c in text)
            assert dec.replace(" ", "") == clean.replace(" ", ""), (text, clean)
        elif typ == "KR_PASSPORT":
            assert text.replace(" ", "") == clean
        else:
            assert decode_spoken(text) == re.sub(r"\D", "", clean), (text, clean, decode_spoken(text))
    elif "spelled_out" in noise:
        assert text.replace(" ", "") == clean
    else:
        if typ in ("PERSON", "KR_ADDRESS"):
            assert re.sub(r"\s+", " ", text) == clean or text.replace(" ", "") == clean.replace(" ", ""), (text, clean)
        else:
            a = norm_written(text, typ)
            if typ == "DATE_OF_BIRTH":
                nums = re.findall(r"\d+", "".join(LD_REV.get(x, x) for x in a))
                if len(nums) == 1:
                    nums = [nums[0][:2], nums[0][2:4], nums[0][4:]]
                y, mo, d = [int(x) for x in nums]
                cy, cm, cd = [int(x) for x in clean.split("-")]
                assert (y == cy or y == cy % 100) and mo == cm and d == cd, (text, clean)
            else:
                bb = norm_written(clean, typ)
                assert len(a) == len(bb) and all(x == z or (z.isdigit() and LD_REV.get(x) == z)
                                                for x, z in zip(a, bb)), (text, clean, typ)
    c = clean
    d = re.sub(r"\D", "", c)
    if typ == "KR_RRN":
        assert re.fullmatch(r"\d{6}-[1-4](\d{6}|\*{6}|●{6}|X{6})", c), c
        if sub.startswith("rrn_valid"):
            assert rrn_check(d[:12]) == int(d[12]), c
        if sub.startswith("rrn_post2020"):
            assert c[:2] >= "20" and c[6:8] in ("-3", "-4")
    elif typ == "KR_FRN":
        assert re.fullmatch(r"\d{6}-[5-8]\d{6}", c) and frn_check(d[:12]) == int(d[12]), c
    elif typ == "KR_BRN":
        assert re.fullmatch(r"\d{3}-\d{2}-\d{5}", c)
        w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
        s = sum(int(a) * b for a, b in zip(d[:9], w)) + int(d[8]) * 5 // 10
        assert (10 - s % 10) % 10 == int(d[9]), c
    elif typ == "KR_CRN":
        assert re.fullmatch(r"\d{6}-\d{7}", c)
        s = sum(int(a) * (1 if k % 2 == 0 else 2) for k, a in enumerate(d[:12]))
        assert (10 - s % 10) % 10 == int(d[12]), c
    elif typ == "CREDIT_CARD":
        assert len(d) in (15, 16) and luhn_ok(d), c
    elif typ == "KR_HEALTH_INSURANCE":
        assert len(d) == 11, c
    elif typ == "PHONE_NUMBER":
        assert re.fullmatch(r"(010[-. ]?\d{4}[-. ]?\d{4}|0\d{1,2}-\d{3,4}-\d{4})", c), c
    elif typ == "KR_BANK_ACCOUNT":
        assert 10 <= len(d) <= 14 and re.fullmatch(r"[\d-]+", c), c
    elif typ == "KR_DRIVER_LICENSE":
        assert re.fullmatch(r"(\d{2}-\d{2}-\d{6}-\d{2}|[가-힣]{2} ?\d{2}-\d{6}-\d{2}|\d{12})", c), c
    elif typ == "KR_VEHICLE_PLATE":
        assert re.fullmatch(r"([가-힣]{2} )?\d{2,3}[가-힣] ?\d{4}", c), c
    elif typ == "KR_PASSPORT":
        assert re.fullmatch(r"[A-Z]{1,2}\d{7,8}|[A-Z]\d{3}[A-Z]\d{4}|P\d{7}[A-C]", c), c
    elif typ == "IP_ADDRESS":
        if ":" not in c:
            assert all(0 <= int(x) <= 255 for x in c.split(".")) and c.count(".") == 3
    elif typ == "EMAIL_ADDRESS":
        assert re.fullmatch(r"[a-z0-9._]+@[a-z0-9.]+\.[a-z]{2,}", c), c
    elif typ == "DATE_OF_BIRTH":
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", c)
    elif typ == "KR_ADDRESS":
        assert re.search(r"\d", c)
    elif typ == "PERSON":
        assert not re.search(r"(주무관|사무관|과장|위원|씨|님|귀하)$", c), c


PII_LIKE = [re.compile(p) for p in [r"01[016789]-\d{3,4}-\d{4}", r"[A-Za-z0-9._]+@[A-Za-z0-9.]+\.[a-z]{2,}",
                                     r"(?<!\d)\d{6}-\d{7}(?!\d)", r"(?<!\d)\d{4}-\d{4}-\d{4}-\d{4}(?!\d)",
                                     r"(?<![\d.])(\d{1,3}\.){3}\d{1,3}(?![\d.])"]]


def validate(out_dir):
    recs = [json.loads(l) for l in open(os.path.join(out_dir, "pii_af.jsonl"), encoding="utf-8")]
    metas = [json.loads(l) for l in open(os.path.join(out_dir, "pii_af.meta.jsonl"), encoding="utf-8")]
    assert len(recs) == len(metas) and len(recs) >= 500
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids))
    for r, m in zip(recs, metas):
        assert r["id"] == m["id"] and set(r) == {"id", "text", "spans", "genre"}
        t = r["text"]
        prev = 0
        for s, ms in zip(r["spans"], m["spans"]):
            assert 0 <= s["start"] < s["end"] <= len(t) and s["start"] >= prev, (r["id"], s)
            prev = s["end"]
            v = t[s["start"]:s["end"]]
            assert v == ms["text"] and v.strip() == v and s["type"] in TYPES
            assert (s["start"], s["end"], s["type"]) == (ms["start"], ms["end"], ms["type"])
            check_value(ms)
        assert len(r["spans"]) == len(m["spans"])
        assert m["no_pii"] == (not r["spans"])
        for h in m["hard_negatives"]:
            assert t[h["start"]:h["end"]] == h["text"]
            for s in r["spans"]:
                assert h["end"] <= s["start"] or h["start"] >= s["end"]
        # unlabelled PII-looking strings
        masked = list(t)
        for s in r["spans"]:
            for k in range(s["start"], s["end"]):
                masked[k] = "#"
        for h in m["hard_negatives"]:
            for k in range(h["start"], h["end"]):
                masked[k] = "#"
        mt = "".join(masked)
        for p in PII_LIKE:
            mm = p.search(mt)
            assert not mm, (r["id"], mm.group(0))
        # every other occurrence of a labelled string is labelled too
        cover = [False] * len(t)
        for s in r["spans"]:
            for k in range(s["start"], s["end"]):
                cover[k] = True
        for s, ms in zip(r["spans"], m["spans"]):
            v = t[s["start"]:s["end"]]
            if ms["sub"] == "name_common_word":
                continue
            if len(v) < 3 and s["type"] == "PERSON":
                pat = r"(?<![가-힣])" + re.escape(v) + r"(?![가-힣])"
            elif len(v) < 3:
                continue
            else:
                pat = r"(?<![가-힣A-Za-z0-9])" + re.escape(v)
            for mm in re.finditer(pat, t):
                assert all(cover[mm.start():mm.end()]), (r["id"], v, "unlabelled repeat")
    return recs, metas


def build_stats(recs, metas):
    def inc(d, k, n=1):
        d[k] = d.get(k, 0) + n
    st = {"records": len(recs), "no_pii_records": 0, "ocr_records": 0, "spans": 0, "by_type": {}, "by_genre": {},
          "by_template": {}, "by_subkind": {}, "by_noise": {}, "hard_negatives": {}, "noisy_spans": 0}
    for r, m in zip(recs, metas):
        st["spans"] += len(r["spans"])
        g = st["by_genre"].setdefault(r["genre"], {"records": 0, "no_pii": 0, "spans": 0})
        g["records"] += 1
        g["spans"] += len(r["spans"])
        tp = st["by_template"].setdefault(m["template"], {"records": 0, "no_pii": 0, "ocr": 0, "spans": 0})
        tp["records"] += 1
        tp["spans"] += len(r["spans"])
        if m["ocr"]:
            st["ocr_records"] += 1
            tp["ocr"] += 1
        if not r["spans"]:
            st["no_pii_records"] += 1
            g["no_pii"] += 1
            tp["no_pii"] += 1
        for s in m["spans"]:
            inc(st["by_type"], s["type"])
            inc(st["by_subkind"], s["type"] + "/" + s["sub"])
            if s["noise"]:
                st["noisy_spans"] += 1
            for nz in s["noise"]:
                inc(st["by_noise"], nz)
        for h in m["hard_negatives"]:
            inc(st["hard_negatives"], h["category"])
    for k in ("by_type", "by_genre", "by_template", "by_subkind", "by_noise", "hard_negatives"):
        st[k] = {kk: st[k][kk] for kk in sorted(st[k])}
    return st


def main():
    recs, metas = generate()
    with open(os.path.join(OUT, "pii_af.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "pii_af.meta.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in metas:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    recs, metas = validate(OUT)
    st = build_stats(recs, metas)
    for typ in TYPES:
        assert st["by_type"].get(typ, 0) >= 100, (typ, st["by_type"].get(typ, 0))
    assert st["ocr_records"] >= 0.15 * len(recs), st["ocr_records"]
    with open(os.path.join(OUT, "stats.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(st, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("records %d, spans %d, no-PII %d, OCR %d" % (st["records"], st["spans"], st["no_pii_records"], st["ocr_records"]))
    print(json.dumps(st["by_type"], ensure_ascii=False))


if __name__ == "__main__":
    main()
