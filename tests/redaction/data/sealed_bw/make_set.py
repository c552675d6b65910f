#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Independent evaluation set for a Korean PII detector on public-sector text.

Stdlib only, seeded and deterministic.  Run:  python3 make_set.py
Writes pii_bw.jsonl (records) and pii_bw.meta.jsonl (span kinds, noise, hard
negatives) next to this file and validates both before and after writing.

All templates, sentences, names, numbers and addresses are invented here.
"""
import datetime
import ipaddress
import json
import os
import random
import re
import sys
import unicodedata

SEED = 20251208
OUT_DIR = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(OUT_DIR, "pii_bw.jsonl")
META = os.path.join(OUT_DIR, "pii_bw.meta.jsonl")

TYPES = ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "KR_ADDRESS", "DATE_OF_BIRTH",
         "KR_BANK_ACCOUNT", "KR_RRN", "IP_ADDRESS", "KR_PASSPORT", "KR_BRN",
         "KR_DRIVER_LICENSE", "KR_FRN", "KR_VEHICLE_PLATE", "KR_HEALTH_INSURANCE",
         "CREDIT_CARD", "KR_CRN"]

# ---------------------------------------------------------------- checksums
W12 = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]


def rrn_check(d12):
    s = sum(int(a) * b for a, b in zip(d12, W12))
    return (11 - s % 11) % 10


def frn_check(d12):
    s = sum(int(a) * b for a, b in zip(d12, W12))
    return (13 - s % 11) % 10


def brn_check(d9):
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(int(a) * b for a, b in zip(d9, w)) + (int(d9[8]) * 5) // 10
    return (10 - s % 10) % 10


def crn_check(d12):
    w = [1, 2] * 6
    s = sum(int(a) * b for a, b in zip(d12, w))
    return (10 - s % 10) % 10


def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(r, prefix, length):
    body = prefix + "".join(str(r.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def digits(s):
    return "".join(ch for ch in s if ch.isdigit())


# ---------------------------------------------------------------- dates
def rand_date(r, a, b):
    a = datetime.date(*a).toordinal()
    b = datetime.date(*b).toordinal()
    return datetime.date.fromordinal(r.randint(a, b))


def fmt_date(d, style):
    y, m, dd = d.year, d.month, d.day
    return {
        "dot_sp": f"{y}. {m}. {dd}.",
        "dot_sp_nolast": f"{y}. {m}. {dd}",
        "kor": f"{y}년 {m}월 {dd}일",
        "kor_tight": f"{y}년{m}월{dd}일",
        "iso": f"{y}-{m:02d}-{dd:02d}",
        "dot0": f"{y}.{m:02d}.{dd:02d}.",
        "dot0_nolast": f"{y}.{m:02d}.{dd:02d}",
        "yy_dot": f"{y % 100:02d}.{m:02d}.{dd:02d}",
        "yymmdd": f"{y % 100:02d}{m:02d}{dd:02d}",
        "slash": f"{y}/{m:02d}/{dd:02d}",
        "compact": f"{y}{m:02d}{dd:02d}",
    }[style]


DOB_STYLES = ["dot_sp", "dot_sp", "kor", "kor", "iso", "dot0", "dot0_nolast", "yy_dot",
              "yymmdd", "slash", "compact", "kor_tight"]


def parse_dob(s):
    """Return a date for any of the DOB display styles, or None."""
    pats = [
        (r"(\d{4})\. ?(\d{1,2})\. ?(\d{1,2})\.?", 4),
        (r"(\d{4})년 ?(\d{1,2})월 ?(\d{1,2})일", 4),
        (r"(\d{4})[-/](\d{2})[-/](\d{2})", 4),
        (r"(\d{4})(\d{2})(\d{2})", 4),
        (r"(\d{2})\.(\d{2})\.(\d{2})", 2),
        (r"(\d{2})(\d{2})(\d{2})", 2),
    ]
    for p, ylen in pats:
        m = re.fullmatch(p, s)
        if m:
            y, mo, d = (int(x) for x in m.groups())
            if ylen == 2:
                y += 1900 if y > 25 else 2000
            try:
                return datetime.date(y, mo, d)
            except ValueError:
                return None
    return None


# ---------------------------------------------------------------- names
SUR_COMMON = ("김 김 김 김 김 이 이 이 이 박 박 박 최 최 정 정 강 강 조 조 윤 윤 장 장 임 한 오 서 신 권 황 "
              "안 송 전 유 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 주 우 구 민 류 나 진 지 엄 채 원 천 "
              "방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 탁 국 "
              "어 은 편 용 예 경 봉 피 태 홍 라").split()
SUR_TWO = "남궁 황보 선우 제갈 독고 사공 서문 동방".split()
GIVEN = ("민준 서준 도윤 예준 시우 하준 주원 지호 지후 준우 준서 건우 현우 우진 유준 연우 은우 정우 "
         "승우 서진 민재 지환 승현 시윤 이준 유찬 태윤 윤우 지훈 서연 서윤 지우 서현 하은 하윤 민서 "
         "지유 윤서 채원 수아 지아 다은 은서 예은 수빈 소율 예린 채은 가은 윤아 소윤 하린 유나 민지 "
         "예서 다인 수연 혜진 은정 지영 미경 정희 영숙 순자 영자 말순 옥순 정숙 경자 명숙 춘자 상철 "
         "영수 영호 광수 정호 성민 동현 재훈 상훈 성호 진우 태호 병철 종민 기현 재석 용준 형준 동욱 "
         "경민 석진 현석 승훈 재원 혜원 보람 슬기 한별 나래 다솜 새롬 초롱 가람 한결 누리 태경 도경 "
         "세영 주희 해린 규리 나연 윤희 인호 창민 범수 덕규 만식 갑순 복희 금례 두식 오복 태식 용팔 "
         "희수 재영 의진 하람 시안 로운 이현 아윤 다올 소담 지율 서하 라온 태린 윤재 건희 채령 혜성 "
         "명진 효진 기범 치훈 선희 문영 경태 상욱 준혁 홍석 미란 정란 은숙 경순 춘길 봉수 칠성 해수").split()
GIVEN_ONE = "훈 진 솔 결 빈 율 찬 담 혁 웅".split()
GIVEN_F = ("서연 서윤 지우 서현 하은 하윤 민서 지유 윤서 채원 수아 지아 다은 은서 예은 수빈 소율 예린 채은 가은 윤아 "
           "소윤 하린 유나 민지 예서 다인 수연 혜진 은정 지영 미경 정희 영숙 순자 영자 말순 옥순 정숙 경자 명숙 춘자 "
           "혜원 나래 다솜 새롬 초롱 주희 해린 규리 나연 윤희 갑순 복희 금례 아윤 소담 채령 효진 선희 미란 정란 은숙 경순").split()
GIVEN_M = ("민준 서준 도윤 예준 시우 하준 주원 지호 지후 준우 준서 건우 현우 우진 유준 연우 정우 승우 민재 지환 승현 "
           "유찬 태윤 지훈 상철 영수 영호 광수 정호 성민 동현 재훈 상훈 성호 진우 태호 병철 종민 기현 재석 용준 형준 "
           "동욱 경민 석진 현석 승훈 재원 태경 인호 창민 범수 덕규 만식 두식 오복 태식 용팔 기범 치훈 경태 상욱 준혁 "
           "홍석 춘길 봉수 칠성").split()

ROM_I = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
ROM_V = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we",
         "wi", "yu", "eu", "ui", "i"]
ROM_F = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "p", "l", "l", "p", "l", "m", "p", "p",
         "t", "t", "ng", "t", "t", "k", "t", "p", "t"]
SUR_ROM = {"김": "kim", "이": "lee", "박": "park", "최": "choi", "정": "jung", "강": "kang", "조": "cho",
           "윤": "yoon", "장": "jang", "임": "lim", "한": "han", "오": "oh", "서": "seo", "신": "shin",
           "권": "kwon", "황": "hwang", "안": "ahn", "송": "song", "전": "jeon", "유": "yoo", "고": "ko",
           "문": "moon", "양": "yang", "손": "son", "배": "bae", "백": "baek", "허": "heo", "노": "noh",
           "남궁": "namgung", "황보": "hwangbo", "선우": "sunwoo", "제갈": "jegal", "독고": "dokgo",
           "사공": "sagong", "서문": "seomun", "동방": "dongbang", "류": "ryu", "우": "woo"}


def rom(s):
    out = []
    for ch in s:
        c = ord(ch) - 0xAC00
        if 0 <= c < 11172:
            out.append(ROM_I[c // 588] + ROM_V[(c % 588) // 28] + ROM_F[c % 28])
        else:
            out.append(ch)
    return "".join(out)


def kname(r, two_syll_sur=0.07, one_given=0.04, sex=None):
    while True:
        sur = r.choice(SUR_TWO) if r.random() < two_syll_sur else r.choice(SUR_COMMON)
        pool = GIVEN_F if sex == "f" else GIVEN_M if sex == "m" else GIVEN
        given = r.choice(GIVEN_ONE) if (r.random() < one_given and sex is None) else r.choice(pool)
        n = sur + given
        if n != "홍길동":
            return n


def split_name(n):
    if n[:2] in SUR_TWO and len(n) >= 3:
        return n[:2], n[2:]
    return n[:1], n[1:]


def email_local(r, name=None):
    if name is None:
        name = kname(r)
    sur, giv = split_name(name)
    sr = SUR_ROM.get(sur, rom(sur))
    gr = rom(giv)
    ini = "".join(rom(ch)[0] for ch in giv if rom(ch))
    yy = str(r.randint(70, 99) if r.random() < .6 else r.randint(0, 12)).zfill(2)
    opts = [f"{gr}.{sr}", f"{sr}{gr}", f"{ini}{sr}{yy}", f"{sr}.{ini}", f"{gr}{r.randint(1, 999)}",
            f"{sr}_{gr}", f"{ini}{sr}", f"{gr[:4]}{sr}{r.randint(10, 99)}", f"{sr}{ini}{yy}"]
    return r.choice(opts)


FREE_MAIL = ["naver.com", "naver.com", "naver.com", "hanmail.net", "daum.net", "gmail.com", "gmail.com",
             "kakao.com", "nate.com", "hotmail.com", "outlook.kr"]


def email(r, name=None, domain=None):
    return f"{email_local(r, name)}@{domain or r.choice(FREE_MAIL)}"


# foreign names: (latin, hangul) parts, gender-neutral pools per nationality
FOREIGN = {
    "베트남": {"fam": [("NGUYEN", "응우옌"), ("TRAN", "쩐"), ("LE", "레"), ("PHAM", "팜"), ("HOANG", "호앙"),
                      ("VU", "부"), ("DANG", "당"), ("BUI", "부이"), ("DO", "도"), ("NGO", "응오")],
             "mid": [("VAN", "반"), ("THI", "티"), ("DUC", "득"), ("MINH", "민"), ("NGOC", "응옥"), ("THANH", "타인")],
             "giv": [("HUNG", "훙"), ("LAN", "란"), ("MAI", "마이"), ("TUAN", "뚜언"), ("HOA", "호아"), ("LONG", "롱"),
                     ("THAO", "타오"), ("TRANG", "짱"), ("NAM", "남"), ("QUYNH", "뀐"), ("PHUONG", "프엉")],
             "order": "fmg", "pp": "vn"},
    "중국": {"fam": [("WANG", "왕"), ("LIU", "류"), ("ZHANG", "장"), ("CHEN", "천"), ("ZHAO", "자오"),
                    ("ZHOU", "저우"), ("SUN", "쑨"), ("XU", "쉬"), ("GAO", "가오"), ("LIN", "린")],
            "giv": [("XIAOMING", "샤오밍"), ("WEI", "웨이"), ("JING", "징"), ("HAOYU", "하오위"), ("LINA", "리나"),
                    ("YUTING", "위팅"), ("JUN", "쥔"), ("MEILING", "메이링"), ("ZIHAN", "쯔한"), ("QIANG", "창"),
                    ("XINYI", "신이"), ("BOWEN", "보원")],
            "order": "fg", "pp": "cn"},
    "필리핀": {"fam": [("SANTOS", "산토스"), ("REYES", "레예스"), ("BAUTISTA", "바우티스타"), ("GARCIA", "가르시아"),
                     ("MENDOZA", "멘도사"), ("VILLANUEVA", "비야누에바"), ("AQUINO", "아키노"), ("RAMOS", "라모스")],
              "giv": [("Maria", "마리아"), ("Jose", "호세"), ("Angelica", "안젤리카"), ("Mark", "마크"),
                      ("Kristine", "크리스틴"), ("Rodel", "로델"), ("Jasmine", "재스민"), ("Arnel", "아르넬")],
              "order": "gf", "pp": "ph"},
    "우즈베키스탄": {"fam": [("KARIMOVA", "카리모바"), ("TURSUNOV", "투르수노프"), ("RAKHIMOV", "라히모프"),
                          ("YUSUPOVA", "유수포바"), ("ABDULLAEV", "압둘라예프"), ("SAIDOV", "사이도프")],
                  "giv": [("Dilnoza", "딜노자"), ("Jasur", "자수르"), ("Sardor", "사르도르"), ("Madina", "마디나"),
                          ("Bekzod", "벡조드"), ("Nodira", "노디라")],
                  "order": "gf", "pp": "uz"},
    "몽골": {"fam": [("BATBAYAR", "바트바야르"), ("GANBOLD", "간볼드"), ("ENKHBAT", "엥흐바트"), ("ERDENE", "에르덴"),
                    ("TSEREN", "체렌")],
            "giv": [("Otgonbayar", "어트겅바야르"), ("Bolormaa", "벌러르마"), ("Tuvshin", "투브신"),
                    ("Narantsetseg", "나랑체첵"), ("Temuulen", "테무렝")],
            "order": "gf", "pp": "mn"},
    "태국": {"fam": [("SRISUK", "스리숙"), ("WONGSA", "웡사"), ("CHAIYAPORN", "차이야폰"), ("BOONMA", "분마")],
            "giv": [("Somchai", "솜차이"), ("Nattaya", "낫타야"), ("Kittipong", "낏띠퐁"), ("Pimchanok", "핌차녹")],
            "order": "gf", "pp": "th"},
    "네팔": {"fam": [("THAPA", "타파"), ("GURUNG", "구릉"), ("RAI", "라이"), ("SHRESTHA", "시레스타"), ("TAMANG", "타망")],
            "giv": [("Ram Bahadur", "람 바하두르"), ("Sita", "시타"), ("Bikash", "비카스"), ("Sunita", "수니타"),
                    ("Prakash", "프라카시")],
            "order": "gf", "pp": "np"},
    "인도네시아": {"fam": [("SANTOSO", "산토소"), ("RAHAYU", "라하유"), ("WIBOWO", "위보워"), ("HIDAYAT", "히다얏")],
                 "giv": [("Budi", "부디"), ("Siti", "시티"), ("Agus", "아구스"), ("Dewi", "데위"), ("Rizky", "리즈키")],
                 "order": "gf", "pp": "id"},
    "미국": {"fam": [("MILLER", "밀러"), ("CARTER", "카터"), ("JOHNSON", "존슨"), ("WALKER", "워커"), ("BROOKS", "브룩스")],
            "giv": [("James", "제임스"), ("Emily", "에밀리"), ("Daniel", "대니얼"), ("Olivia", "올리비아"), ("Ethan", "이선")],
            "order": "gf", "pp": "us"},
    "러시아": {"fam": [("PETROV", "페트로프"), ("SMIRNOVA", "스미르노바"), ("VOLKOV", "볼코프"), ("IVANOVA", "이바노바")],
             "giv": [("Ivan", "이반"), ("Olga", "올가"), ("Dmitry", "드미트리"), ("Anastasia", "아나스타시아")],
             "order": "gf", "pp": "ru"},
    "캄보디아": {"fam": [("SOK", "속"), ("CHAN", "찬"), ("KIM", "킴"), ("HENG", "헹"), ("MEAS", "미어스")],
               "giv": [("Sophea", "소피어"), ("Dara", "다라"), ("Srey Mom", "스레이 맘"), ("Vannak", "반낙")],
               "order": "fg", "pp": "kh"},
    "일본": {"fam": [("SATO", "사토"), ("TANAKA", "다나카"), ("SUZUKI", "스즈키"), ("NAKAMURA", "나카무라")],
            "giv": [("Yuki", "유키"), ("Haruto", "하루토"), ("Aoi", "아오이"), ("Kenji", "겐지")],
            "order": "fg", "pp": "jp"},
}
NATIONS = list(FOREIGN.keys())


def fname(r, nat=None):
    """Return (nation, latin, hangul) for a foreign person."""
    nat = nat or r.choice(NATIONS)
    d = FOREIGN[nat]
    f = r.choice(d["fam"])
    g = r.choice(d["giv"])
    order = d["order"]
    if order == "fmg":
        m = r.choice(d["mid"])
        lat = f"{f[0]} {m[0]} {g[0]}"
        han = f"{f[1]} {m[1]} {g[1]}"
    elif order == "fg":
        lat = f"{f[0]} {g[0].upper()}"
        han = f"{f[1]}{g[1]}" if nat == "중국" else f"{f[1]} {g[1]}"
    else:
        lat = f"{g[0]} {f[0]}" if r.random() < .6 else f"{f[0]} {g[0].upper()}"
        han = f"{g[1]} {f[1]}"
    if r.random() < .3:
        lat = lat.title() if order != "fg" else lat
    return nat, lat, han


# ---------------------------------------------------------------- addresses
SIDO = [  # full, short variants, districts -> (gu, [roads], [dong])
    ("서울특별시", ["서울", "서울시"], [
        ("마포구", ["월드컵북로", "성미산로", "독막로", "망원로"], ["성산동", "망원동", "합정동"]),
        ("강서구", ["공항대로", "양천로", "화곡로"], ["화곡동", "등촌동", "방화동"]),
        ("노원구", ["동일로", "한글비석로", "공릉로"], ["상계동", "중계동", "공릉동"]),
        ("관악구", ["남부순환로", "봉천로", "신림로"], ["봉천동", "신림동"]),
        ("송파구", ["오금로", "백제고분로", "송파대로"], ["잠실동", "가락동", "문정동"]),
        ("은평구", ["통일로", "연서로", "진관2로"], ["불광동", "응암동", "진관동"])]),
    ("부산광역시", ["부산", "부산시"], [
        ("해운대구", ["좌동순환로", "해운대로", "센텀중앙로"], ["우동", "좌동", "반여동"]),
        ("사하구", ["낙동대로", "하신번영로"], ["하단동", "괴정동"]),
        ("북구", ["금곡대로", "만덕대로"], ["화명동", "덕천동"])]),
    ("대구광역시", ["대구", "대구시"], [
        ("수성구", ["달구벌대로", "동대구로", "들안로"], ["범어동", "만촌동"]),
        ("달서구", ["월배로", "달서대로"], ["상인동", "월성동"])]),
    ("인천광역시", ["인천", "인천시"], [
        ("연수구", ["컨벤시아대로", "해돋이로", "먼우금로"], ["송도동", "연수동"]),
        ("부평구", ["부평대로", "굴포로"], ["부평동", "산곡동"])]),
    ("광주광역시", ["광주", "광주시"], [
        ("북구", ["첨단과기로", "우치로", "설죽로"], ["운암동", "일곡동"]),
        ("서구", ["상무대로", "풍암신흥로"], ["치평동", "풍암동"])]),
    ("대전광역시", ["대전", "대전시"], [
        ("유성구", ["대학로", "문화원로", "노은동로"], ["궁동", "노은동", "봉명동"]),
        ("서구", ["둔산로", "도산로"], ["둔산동", "관저동"])]),
    ("울산광역시", ["울산", "울산시"], [
        ("남구", ["삼산로", "돋질로"], ["삼산동", "신정동"])]),
    ("세종특별자치시", ["세종", "세종시"], [
        ("", ["보듬4로", "새롬중앙로", "달빛로"], ["새롬동", "종촌동"])]),
    ("경기도", ["경기"], [
        ("수원시 팔달구", ["효원로", "매산로", "권광로"], ["인계동", "매교동"]),
        ("성남시 분당구", ["판교역로", "황새울로", "내정로"], ["정자동", "수내동"]),
        ("고양시 일산동구", ["중앙로", "정발산로"], ["장항동", "마두동"]),
        ("화성시", ["봉담로", "동탄대로"], ["봉담읍", "반송동"]),
        ("용인시 수지구", ["풍덕천로", "수지로"], ["풍덕천동", "죽전동"]),
        ("안산시 단원구", ["원곡로", "중앙대로"], ["원곡동", "고잔동"]),
        ("김포시", ["김포한강로", "사우중로"], ["장기동", "사우동"])]),
    ("강원특별자치도", ["강원", "강원도"], [
        ("춘천시", ["퇴계로", "공지로"], ["퇴계동", "석사동"]),
        ("홍천군", ["홍천로", "설악로"], ["홍천읍", "내면"])]),
    ("충청북도", ["충북"], [
        ("청주시 흥덕구", ["직지대로", "가경로"], ["복대동", "가경동"]),
        ("충주시", ["충원대로", "계명대로"], ["연수동", "칠금동"])]),
    ("충청남도", ["충남"], [
        ("천안시 서북구", ["불당대로", "쌍용대로"], ["불당동", "쌍용동"]),
        ("아산시", ["배방로", "번영로"], ["배방읍", "온천동"])]),
    ("전북특별자치도", ["전북"], [
        ("전주시 완산구", ["홍산로", "효자로"], ["효자동", "서신동"]),
        ("익산시", ["무왕로", "선화로"], ["영등동", "모현동"])]),
    ("전라남도", ["전남"], [
        ("순천시", ["연향로", "조례로"], ["연향동", "조례동"]),
        ("목포시", ["영산로", "하당로"], ["상동", "옥암동"])]),
    ("경상북도", ["경북"], [
        ("포항시 남구", ["포스코대로", "대이로"], ["대잠동", "이동"]),
        ("구미시", ["송정대로", "인동로"], ["송정동", "인의동"])]),
    ("경상남도", ["경남"], [
        ("창원시 성산구", ["중앙대로", "원이대로"], ["상남동", "중앙동"]),
        ("김해시", ["김해대로", "분성로"], ["내동", "삼계동"])]),
    ("제주특별자치도", ["제주", "제주도"], [
        ("제주시", ["연북로", "노형로", "동광로"], ["노형동", "연동", "이도이동"]),
        ("서귀포시", ["중정로", "일주동로"], ["서귀동", "동홍동"])]),
]
APT = ["한빛아파트", "푸른마을", "햇살마을아파트", "미래빌라", "청솔빌", "늘푸른아파트", "은하수타운", "가람주택",
       "솔빛마을", "다온하이츠", "새솔아파트", "하늘채"]
VILLAGE = ["상리", "하리", "신촌리", "송정리", "대곡리", "창촌리", "내촌리", "봉암리"]


def address(r, style=None):
    """Return (addr, postcode, paren) -- the span is addr only."""
    full, shorts, dists = r.choice(SIDO)
    gu, roads, dongs = r.choice(dists)
    style = style or r.choice(["full", "full", "full", "short", "gu", "jibun", "full_unit", "gu_unit"])
    road = r.choice(roads)
    if r.random() < .4:
        road += f"{r.randint(1, 60)}번길" if r.random() < .5 else f" {r.randint(1, 40)}길"
    bno = f"{r.randint(1, 299)}" + (f"-{r.randint(1, 30)}" if r.random() < .2 else "")
    unit = ""
    u = r.random()
    if u < .35:
        unit = f", {r.randint(101, 120)}동 {r.randint(1, 25)}{r.randint(1, 4):02d}호"
    elif u < .5:
        unit = f", {r.randint(2, 9)}층 {r.randint(2, 9)}0{r.randint(1, 5)}호"
    elif u < .6:
        unit = f" {r.randint(2, 12)}층"
    elif u < .7:
        unit = f", {r.randint(1, 5)}0{r.randint(1, 9)}호"
    if style in ("full_unit", "gu_unit") and not unit:
        unit = f", {r.randint(101, 115)}동 {r.randint(2, 19)}{r.randint(1, 4):02d}호"
    head = {"full": full, "full_unit": full, "short": r.choice(shorts), "gu": "", "gu_unit": "",
            "jibun": full}[style]
    if style in ("gu", "gu_unit") and not gu:
        head = full
    parts = [x for x in [head, gu] if x]
    if style == "jibun":
        dong = r.choice(dongs)
        if dong.endswith(("읍", "면")):
            dong = dong + " " + r.choice(VILLAGE)
        lot = f"{r.randint(1, 999)}" + (f"-{r.randint(1, 40)}" if r.random() < .6 else "")
        apt = ""
        if r.random() < .5:
            apt = f" {r.choice(APT)} {r.randint(101, 112)}동 {r.randint(1, 15)}{r.randint(1, 4):02d}호"
        addr = " ".join(parts + [dong, lot]) + apt
        paren = ""
    else:
        addr = " ".join(parts + [road, bno]) + unit
        paren = f"({r.choice(dongs)}" + (f", {r.choice(APT)})" if unit and r.random() < .5 else ")")
    post = f"{r.randint(1, 63):02d}{r.randint(0, 999):03d}"
    return addr, post, paren


INST_ADDR = [
    "세종특별자치시 도움6로 11 정부세종청사 8동", "세종특별자치시 한누리대로 402 정부세종청사 14동",
    "서울특별시 종로구 세종대로 209 정부서울청사 별관", "대전광역시 서구 청사로 189 정부대전청사 2동",
    "경기도 과천시 관문로 47 정부과천청사 5동", "서울특별시 마포구 월드컵로 212 마포구청 본관",
    "경기도 수원시 팔달구 효원로 1 수원시청", "부산광역시 연제구 중앙대로 1001 부산광역시청",
    "강원특별자치도 춘천시 중앙로 1 도청 본관", "제주특별자치도 제주시 문연로 6 제주특별자치도청",
    "충청북도 청주시 상당구 상당로 155 청주시청 임시청사", "전라남도 무안군 삼향읍 오룡길 1 전라남도청",
]

# ---------------------------------------------------------------- numbers
MOBILE_PFX = ["010"] * 20 + ["011", "016", "019"]
AREA = ["02", "02", "02", "031", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054",
        "055", "061", "062", "063", "064"]


def mobile(r, style="hy"):
    p = r.choice(MOBILE_PFX)
    a = f"{r.randint(2000, 9999)}" if p == "010" else f"{r.randint(200, 999)}"
    b = f"{r.randint(0, 9999):04d}"
    return phone_fmt([p, a, b], style)


def landline(r, style="hy", area=None):
    ar = area or r.choice(AREA)
    a = f"{r.randint(200, 999)}" if (ar != "02" and r.random() < .5) else f"{r.randint(2000, 9899)}"
    if ar == "02" and r.random() < .4:
        a = f"{r.randint(200, 999)}"
    b = f"{r.randint(0, 9999):04d}"
    return phone_fmt([ar, a, b], style)


def phone070(r, style="hy"):
    return phone_fmt(["070", f"{r.randint(4000, 8999)}", f"{r.randint(0, 9999):04d}"], style)


def phone_fmt(g, style):
    if style == "hy":
        return "-".join(g)
    if style == "dot":
        return ".".join(g)
    if style == "sp":
        return " ".join(g)
    if style == "paren":
        return f"({g[0]}) {g[1]}-{g[2]}"
    if style == "paren2":
        return f"{g[0]}){g[1]}-{g[2]}"
    if style == "none":
        return "".join(g)
    if style == "intl":
        return f"+82-{g[0][1:]}-{g[1]}-{g[2]}"
    if style == "intl_sp":
        return f"+82 {g[0][1:]} {g[1]} {g[2]}"
    raise ValueError(style)


def phone_any(r, mob=0.6):
    st = r.choice(["hy"] * 7 + ["dot", "sp", "none", "paren", "intl"])
    if r.random() < mob:
        return mobile(r, st if st not in ("paren", "paren2") else "hy")
    if r.random() < .12:
        return phone070(r, "hy")
    return landline(r, st if st != "intl" else "hy")


HANGUL_DIGIT = "공일이삼사오육칠팔구"


def phone_hangul(r):
    p = mobile(r)
    g = p.split("-")
    sep = r.choice([" ", "-"])
    return sep.join("".join(HANGUL_DIGIT[int(c)] for c in x) for x in g)


def rrn(r, kind="valid", sep="-", birth=None):
    if kind == "post2020":
        d = rand_date(r, (2020, 10, 1), (2025, 6, 30))
        g = r.choice("34")
        tail = "".join(str(r.randint(0, 9)) for _ in range(5))
        d12 = f"{d:%y%m%d}{g}{tail}"
        ok = rrn_check(d12)
        c = r.choice([x for x in range(10) if x != ok])
        return f"{d12[:6]}{sep}{d12[6:]}{c}", d
    d = rand_date(r, (1938, 1, 1), (2020, 9, 30)) if kind != "masked" else rand_date(r, (1940, 1, 1), (2024, 12, 31))
    if birth is not None:
        d = birth
    if d.year < 2000:
        g = r.choice("12")
    else:
        g = r.choice("34")
    if kind == "masked":
        mc = r.choice(["*", "*", "*", "●", "X", "x", "＊"])
        return f"{d:%y%m%d}{sep}{g}{mc * 6}", d
    region = f"{r.randint(0, 95):02d}"
    tail = region + "".join(str(r.randint(0, 9)) for _ in range(3))
    d12 = f"{d:%y%m%d}{g}{tail}"
    return f"{d12[:6]}{sep}{d12[6:]}{rrn_check(d12)}", d


def frn(r, masked=False, sep="-"):
    d = rand_date(r, (1955, 1, 1), (2006, 12, 31))
    g = r.choice("56") if d.year < 2000 else r.choice("78")
    if masked:
        return f"{d:%y%m%d}{sep}{g}{r.choice(['*', '*', '●', 'X']) * 6}", d
    org = r.choice([x for x in range(10, 99) if x % 2 == 0])
    mid = f"{org:02d}{r.randint(0, 99):02d}{r.choice('6789')}"
    d12 = f"{d:%y%m%d}{g}{mid}"
    return f"{d12[:6]}{sep}{d12[6:]}{frn_check(d12)}", d


def brn(r, sep="-", corp=None):
    a = r.randint(101, 899)
    if corp is None:
        corp = r.random() < .5
    b = r.choice([81, 86, 87, 88]) if corp else r.randint(1, 79)
    c = f"{r.randint(0, 9999):04d}"
    d9 = f"{a:03d}{b:02d}{c}"
    return f"{a:03d}{sep}{b:02d}{sep}{c}{brn_check(d9)}"


CRN_OFF = ["1101", "1101", "1301", "1311", "1344", "1201", "1601", "1709", "2014", "1511", "1748", "2301"]


def crn(r, sep="-"):
    kind = r.choice(["11", "11", "11", "13", "21", "22", "71"])
    d12 = r.choice(CRN_OFF) + kind + f"{r.randint(1, 999999):06d}"
    return f"{d12[:6]}{sep}{d12[6:]}{crn_check(d12)}"


def card(r, brand=None, style="hy"):
    brand = brand or r.choice(["visa", "visa", "master", "master", "bc", "bc", "jcb", "amex", "local"])
    if brand == "visa":
        num = luhn_complete(r, "4" + str(r.randint(10000, 99999)), 16)
    elif brand == "master":
        num = luhn_complete(r, str(r.randint(51, 55)) + str(r.randint(1000, 9999)), 16)
    elif brand == "bc":
        num = luhn_complete(r, "94" + str(r.randint(1000, 9999)), 16)
    elif brand == "jcb":
        num = luhn_complete(r, str(r.randint(3528, 3589)) + str(r.randint(10, 99)), 16)
    elif brand == "local":
        num = luhn_complete(r, r.choice(["9", "6"]) + str(r.randint(10000, 99999)), 16)
    else:
        num = luhn_complete(r, r.choice(["34", "37"]) + str(r.randint(1000, 9999)), 15)
    return card_fmt(num, style), num


def card_fmt(num, style):
    if len(num) == 15:
        g = [num[:4], num[4:10], num[10:]]
    else:
        g = [num[i:i + 4] for i in range(0, 16, 4)]
    return {"hy": "-".join(g), "sp": " ".join(g), "none": "".join(g)}[style]


def card_masked(r, style="hy"):
    _, num = card(r, r.choice(["visa", "master", "bc", "jcb", "local"]), "none")
    mc = r.choice(["*", "*", "*", "●", "X"])
    pat = r.choice(["6+4", "6+4", "4+4", "8+4"])
    keep_head = int(pat.split("+")[0])
    s = num[:keep_head] + mc * (16 - keep_head - 4) + num[-4:]
    return card_fmt(s, style) if True else s


BANKS = [  # name, group pattern, prefix options
    ("KB국민은행", [6, 2, 6], None), ("국민은행", [6, 2, 6], None), ("KB국민은행", [3, 2, 4, 3], None),
    ("신한은행", [3, 3, 6], ["110", "100", "140"]), ("우리은행", [4, 3, 6], ["1002", "1005"]),
    ("하나은행", [3, 6, 5], None), ("NH농협은행", [3, 4, 4, 2], ["301", "302", "351", "352", "356"]),
    ("농협", [3, 4, 4, 2], ["302", "352"]), ("지역농협", [6, 2, 6], None), ("IBK기업은행", [3, 6, 2, 3], None),
    ("카카오뱅크", [4, 2, 7], ["3333", "3355", "3388"]), ("토스뱅크", [4, 4, 4], ["1000", "1001"]),
    ("케이뱅크", [3, 3, 6], ["100", "110"]), ("우체국", [6, 2, 6], None), ("SC제일은행", [3, 2, 6], None),
    ("새마을금고", [4, 4, 4, 1], ["9002", "9003"]), ("신협", [3, 3, 6], ["131", "132"]),
    ("부산은행", [3, 4, 4, 2], ["101", "112"]), ("iM뱅크", [3, 2, 6, 1], ["508", "505"]),
    ("경남은행", [3, 2, 7], ["207", "521"]), ("광주은행", [3, 3, 6], ["107", "121"]),
    ("수협은행", [3, 2, 4, 3], ["101", "102"]), ("전북은행", [3, 2, 7], ["501", "502"]),
]


def account(r, bank=None, sep="-"):
    b = bank or r.choice(BANKS)
    name, groups, pfx = b
    gs = []
    for i, n in enumerate(groups):
        if i == 0 and pfx:
            gs.append(r.choice(pfx) if len(r.choice(pfx)) == n else "".join(str(r.randint(0, 9)) for _ in range(n)))
        else:
            gs.append(str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1)))
    return name, sep.join(gs)


def account_masked(r, bank=None):
    name, acc = account(r, bank)
    gs = acc.split("-")
    # mask the second group (or middle of the longest), keep most digits visible
    i = 1 if len(gs) > 2 else 0
    gs[i] = "*" * len(gs[i])
    return name, "-".join(gs)


def passport_ko(r, new=None):
    pfx = r.choice("MMMMMMMSRGD")
    if new is None:
        new = r.random() < .45
    if new:
        return f"{pfx}{r.randint(0, 999):03d}{r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{r.randint(0, 9999):04d}", "pp_ko_new"
    return f"{pfx}{r.randint(10000000, 99999999)}", "pp_ko_old"


def passport_foreign(r, nat):
    code = FOREIGN[nat]["pp"]
    n7 = f"{r.randint(1000000, 9999999)}"
    if code == "cn":
        v = r.choice([f"E{r.randint(10000000, 99999999)}", f"E{r.choice('ABCDEFGHJK')}{n7}"])
    elif code == "vn":
        v = f"{r.choice('BCN')}{n7}"
    elif code == "ph":
        v = f"P{n7}{r.choice('ABC')}"
    elif code == "us":
        v = r.choice([f"{r.randint(500000000, 699999999)}", f"A{r.randint(10000000, 99999999)}"])
    elif code == "jp":
        v = f"{r.choice(['TK', 'TZ', 'MZ', 'TS'])}{n7}"
    elif code == "th":
        v = f"{r.choice(['AA', 'AB', 'AC'])}{n7}"
    elif code == "uz":
        v = f"{r.choice(['FA', 'AA', 'AD'])}{n7}"
    elif code == "mn":
        v = f"E{n7}"
    elif code == "np":
        v = f"{r.randint(10000000, 19999999)}"
    elif code == "id":
        v = f"{r.choice(['B', 'C', 'X', 'E'])}{n7}"
    elif code == "ru":
        v = f"{r.randint(70, 77)}{n7}"
    elif code == "kh":
        v = f"N{r.randint(10000000, 99999999)}" if r.random() < .5 else f"N{n7}"
    else:
        v = f"X{n7}"
    return v


DL_REGION = {"서울": 11, "부산": 12, "경기": 13, "강원": 14, "충북": 15, "충남": 16, "전북": 17, "전남": 18,
             "경북": 19, "경남": 20, "제주": 21, "대구": 22, "인천": 23, "광주": 24, "대전": 25, "울산": 26}
DL_REGIONS = list(DL_REGION.keys())


def driver_license(r, style=None):
    reg = r.choice(DL_REGIONS)
    yy = r.choice([f"{x:02d}" for x in list(range(88, 100)) + list(range(0, 25))])
    ser = f"{r.randint(0, 999999):06d}"
    ck = f"{r.randint(0, 99):02d}"
    style = style or r.choice(["num", "num", "name_sp", "name", "plain"])
    if style == "num":
        return f"{DL_REGION[reg]}-{yy}-{ser}-{ck}", "dl_num"
    if style == "name_sp":
        return f"{reg} {yy}-{ser}-{ck}", "dl_name"
    if style == "name":
        return f"{reg}{yy}-{ser}-{ck}", "dl_name"
    return f"{DL_REGION[reg]}{yy}{ser}{ck}", "dl_plain"


PLATE_PRIV = list("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주")
PLATE_REGION = ["서울", "경기", "부산", "인천", "대구", "광주", "대전", "울산", "강원", "충북", "충남", "전북", "전남",
                "경북", "경남", "제주", "세종"]


def plate(r, style=None):
    style = style or r.choice(["p2", "p3", "p3", "p2ns", "p3ns", "region", "commercial", "rent"])
    d4 = f"{r.randint(1000, 9999)}"
    if style == "p2":
        return f"{r.randint(10, 99)}{r.choice(PLATE_PRIV)} {d4}"
    if style == "p3":
        return f"{r.randint(100, 699)}{r.choice(PLATE_PRIV)} {d4}"
    if style == "p2ns":
        return f"{r.randint(10, 99)}{r.choice(PLATE_PRIV)}{d4}"
    if style == "p3ns":
        return f"{r.randint(100, 699)}{r.choice(PLATE_PRIV)}{d4}"
    if style == "region":
        return f"{r.choice(PLATE_REGION)} {r.randint(10, 99)}{r.choice(PLATE_PRIV)} {d4}"
    if style == "commercial":
        return f"{r.choice(PLATE_REGION)} {r.randint(70, 99)}{r.choice('바사아자배')} {d4}"
    return f"{r.randint(10, 99)}{r.choice('하허호')} {d4}"


def health_ins(r, style="plain"):
    v = f"{r.randint(1, 9)}{r.randint(0, 9999999999):010d}"
    if style == "hy":
        return f"{v[:1]}-{v[1:]}"
    if style == "hy4":
        return f"{v[:4]}-{v[4:8]}-{v[8:]}"
    return v


def ipv4(r, private=None):
    if private is None:
        private = r.random() < .35
    if private:
        k = r.choice(["10", "192", "172"])
        if k == "10":
            return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if k == "192":
            return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    first = r.choice([1, 14, 27, 39, 49, 58, 59, 61, 106, 110, 112, 115, 118, 121, 125, 175, 180, 182, 183,
                      203, 210, 211, 218, 220, 221, 222, 223])
    return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ipv6(r):
    g = ["2001", f"{r.randint(0x200, 0xeff):x}", f"{r.randint(0, 0xffff):x}"]
    tail = [f"{r.randint(0, 0xffff):x}" for _ in range(r.choice([2, 3]))]
    return ":".join(g) + "::" + ":".join(tail)


# ---------------------------------------------------------------- record builder
MK = re.compile(r"\x00(\d+)\x01")


class Rec:
    """Collects labelled values and hard negatives; templates embed markers."""

    def __init__(self, r):
        self.r = r
        self.items = []

    def P(self, value, typ, kind=""):
        assert typ in TYPES, typ
        assert value == value.strip() and value, repr(value)
        self.items.append(("S", value, typ, kind))
        return f"\x00{len(self.items) - 1}\x01"

    def N(self, value, cat):
        self.items.append(("N", value, cat, ""))
        return f"\x00{len(self.items) - 1}\x01"

    # convenient typed helpers
    def name(self, n, kind=None):
        return self.P(n, "PERSON", kind or ("ko2" if n[:2] in SUR_TWO else "ko"))

    def segments(self, tmpl):
        segs = []
        pos = 0
        for m in MK.finditer(tmpl):
            if m.start() > pos:
                segs.append(["T", tmpl[pos:m.start()], None, ""])
            it = self.items[int(m.group(1))]
            segs.append([it[0], it[1], it[2], it[3]])
            pos = m.end()
        if pos < len(tmpl):
            segs.append(["T", tmpl[pos:], None, ""])
        return segs


# ---------------------------------------------------------------- OCR noise
FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789"}
UHY = ["‐", "–", "−", "－", "‑"]
DIGIT_TYPES = {"PHONE_NUMBER", "KR_RRN", "KR_FRN", "KR_BRN", "KR_CRN", "CREDIT_CARD", "KR_BANK_ACCOUNT",
               "KR_DRIVER_LICENSE", "KR_HEALTH_INSURANCE", "DATE_OF_BIRTH", "KR_PASSPORT", "KR_VEHICLE_PLATE"}


def noise_value(r, v, typ, styles):
    """Apply one OCR noise to a span value; returns (new, tag) — never touches the edges."""
    if typ == "PERSON":
        if re.fullmatch(r"[가-힣]{2,4}", v) and "spaced_name" in styles:
            return " ".join(v), "spaced_name"
        return v, ""
    if typ == "KR_ADDRESS":
        if "fullwidth_digits" in styles:
            return "".join(FW.get(c, c) for c in v), "fullwidth_digits"
        return v, ""
    if typ not in DIGIT_TYPES:
        return v, ""
    cands = [s for s in styles if s in ("fullwidth_digits", "unicode_hyphen", "space_in_number",
                                        "newline_in_number", "o_for_0", "l_for_1")]
    r.shuffle(cands)
    for st in cands:
        if st == "fullwidth_digits":
            return "".join(FW.get(c, c) for c in v).replace("-", "－"), st
        if st == "unicode_hyphen" and "-" in v:
            h = r.choice(UHY)
            return v.replace("-", h), st
        if st == "space_in_number":
            if "-" in v and r.random() < .5:
                return v.replace("-", r.choice([" - ", "- ", " -"]), 1), st
            idx = [i for i in range(2, len(v) - 2) if v[i].isdigit() and v[i - 1].isdigit()]
            if idx:
                i = r.choice(idx)
                return v[:i] + " " + v[i:], st
        if st == "newline_in_number" and "-" in v:
            i = v.index("-") if r.random() < .5 else v.rindex("-")
            return v[:i + 1] + "\n" + v[i + 1:], st
        if st == "o_for_0" and typ != "KR_PASSPORT":
            idx = [i for i in range(1, len(v) - 1) if v[i] == "0"]
            if idx:
                i = r.choice(idx)
                return v[:i] + r.choice("OO") + v[i + 1:], st
        if st == "l_for_1" and typ != "KR_PASSPORT":
            idx = [i for i in range(1, len(v) - 1) if v[i] == "1"]
            if idx:
                i = r.choice(idx)
                return v[:i] + r.choice("lI") + v[i + 1:], st
    return v, ""


def noise_text(r, s, styles):
    out = []
    for i, ch in enumerate(s):
        if ch == "·" and r.random() < .5:
            ch = "."
        elif ch == "○" and r.random() < .3:
            ch = "O"
        elif "fullwidth_digits" in styles and ch.isdigit() and r.random() < .6:
            ch = FW.get(ch, ch)
        out.append(ch)
        if "\uac00" <= ch <= "\ud7a3" and i + 1 < len(s) and "\uac00" <= s[i + 1] <= "\ud7a3" and r.random() < .03:
            out.append(" ")
    return "".join(out)


OCR_STYLES = ["fullwidth_digits", "unicode_hyphen", "space_in_number", "newline_in_number", "o_for_0",
              "l_for_1", "spaced_name", "wrap"]


def derive_kind(typ, v, kind):
    """Sub-kind recorded in the meta file (for the README statistics)."""
    if kind:
        return kind
    n = unicodedata.normalize("NFKC", v)
    if typ in ("KR_RRN", "KR_FRN"):
        if any(c in "*●Xx" for c in n):
            return "masked"
        if typ == "KR_FRN":
            return "frn_valid"
        d = digits(n)
        return "rrn_post2020" if d[6] in "34" and d[:2] in ("20", "21", "22", "23", "24", "25") and d[:4] >= "2010" else "rrn_valid"
    if typ == "CREDIT_CARD":
        return "card_masked" if any(c in "*●X" for c in n) else ("amex15" if len(digits(n)) == 15 else "card16")
    if typ == "KR_BANK_ACCOUNT":
        return "acct_masked" if "*" in n else "acct"
    if typ == "PHONE_NUMBER":
        d = digits(n)
        if n.startswith("+82"):
            return "intl"
        return "mobile" if d.startswith("01") else ("070" if d.startswith("070") else "landline")
    if typ == "IP_ADDRESS":
        return "ipv6" if ":" in n else ("ipv4_private" if ipaddress.ip_address(n).is_private else "ipv4_public")
    return ""


def render(segs, r, ocr):
    styles = []
    if ocr:
        styles = r.sample(OCR_STYLES, r.randint(2, 4))
        if "spaced_name" not in styles and r.random() < .4:
            styles.append("spaced_name")
    parts, spans, negs, meta_spans = [], [], [], []
    pos = 0
    for kind, val, typ, sub in segs:
        tag = ""
        orig = val
        if kind == "S" and ocr and r.random() < .55:
            val, tag = noise_value(r, val, typ, styles)
        elif kind == "T" and ocr:
            val = noise_text(r, val, styles)
        if kind == "S":
            spans.append({"start": pos, "end": pos + len(val), "type": typ})
            meta_spans.append({"start": pos, "end": pos + len(val), "type": typ, "kind": derive_kind(typ, orig, sub),
                               "noise": tag,
                               "clean": orig})
        elif kind == "N":
            negs.append({"start": pos, "end": pos + len(val), "cat": typ})
        parts.append(val)
        pos += len(val)
    text = "".join(parts)
    if "wrap" in styles:
        text, meta_spans = hard_wrap(r, text, meta_spans)
    return text, spans, negs, meta_spans, styles


def hard_wrap(r, text, meta_spans):
    width = r.randint(28, 46)
    chars = list(text)
    col = 0
    for i, ch in enumerate(chars):
        if ch == "\n":
            col = 0
            continue
        col += 1
        if ch == " " and col >= width:
            chars[i] = "\n"
            col = 0
            for s in meta_spans:
                if s["start"] < i < s["end"] - 1:
                    s["noise"] = (s["noise"] + "+wrapped").lstrip("+")
    return "".join(chars), meta_spans


# ---------------------------------------------------------------- validation
SIDO_HEADS = []
GU_HEADS = []
for _full, _shorts, _d in SIDO:
    SIDO_HEADS += [_full] + _shorts
    GU_HEADS += [g.split()[0] for g, _, _ in _d if g]
ALL_SUR = set(SUR_COMMON) | set(SUR_TWO)
MASKC = "*●Xx＊"


def denoise(s):
    s = unicodedata.normalize("NFKC", s)
    for h in UHY:
        s = s.replace(h, "-")
    return re.sub(r"\s+", "", s)


def same_modulo_ocr(noisy, clean):
    a, b = denoise(noisy), denoise(clean)
    if len(a) != len(b):
        return False
    for x, y in zip(a, b):
        if x == y:
            continue
        if y == "0" and x in "Oo":
            continue
        if y == "1" and x in "lI":
            continue
        return False
    return True


def date_from_rrn(d6, g):
    cent = {"1": 1900, "2": 1900, "3": 2000, "4": 2000, "5": 1900, "6": 1900, "7": 2000, "8": 2000,
            "9": 1800, "0": 1800}[g]
    try:
        return datetime.date(cent + int(d6[:2]), int(d6[2:4]), int(d6[4:6]))
    except ValueError:
        return None


def validate_value(typ, v, kind=""):
    """Format / checksum checks on the clean (pre-noise) value. Returns error or ''."""
    n = unicodedata.normalize("NFKC", v)
    if typ == "PERSON":
        if re.fullmatch(r"[가-힣]{2,5}", n) and not kind.startswith("foreign"):
            if not (n[:1] in ALL_SUR or n[:2] in ALL_SUR):
                return "bad surname"
            if n == "홍길동":
                return "placeholder name"
            return ""
        if re.fullmatch(r"[A-Za-z가-힣][A-Za-z가-힣 \-]+[A-Za-z가-힣]", n):
            return ""
        return "bad person"
    if typ == "PHONE_NUMBER":
        if all(c in HANGUL_DIGIT + " -" for c in n):
            dd = "".join(str(HANGUL_DIGIT.index(c)) for c in n if c in HANGUL_DIGIT)
        else:
            if not re.fullmatch(r"[+0-9().\- ]+", n):
                return "bad phone chars"
            dd = digits(n)
            if n.startswith("+82"):
                dd = "0" + dd[2:]
        if not re.fullmatch(r"01[016789]\d{7,8}|02\d{7,8}|0[3-6][1-5]\d{7,8}|070\d{8}", dd):
            return "bad phone " + dd
        if re.match(r"(15|16|18)\d\d", dd):
            return "switchboard shape"
        return ""
    if typ == "EMAIL_ADDRESS":
        return "" if re.fullmatch(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+", n) else "bad email"
    if typ == "KR_ADDRESS":
        head = n.split()[0]
        if head not in SIDO_HEADS and head not in GU_HEADS:
            return "bad address head " + head
        if not re.search(r"\d", n):
            return "address without number"
        return ""
    if typ == "DATE_OF_BIRTH":
        d = parse_dob(n)
        if not d or not (1930 <= d.year <= 2025):
            return "bad dob"
        return ""
    if typ in ("KR_RRN", "KR_FRN"):
        m = re.fullmatch(r"(\d{6}) ?-? ?(\d)([\d" + MASKC + r"]{6})", n)
        if not m:
            return "bad id shape"
        d6, g, rest = m.groups()
        d = date_from_rrn(d6, g)
        if d is None:
            return "bad id date"
        masked = any(c in MASKC for c in rest)
        if masked:
            if not all(c in MASKC for c in rest):
                return "partly masked tail"
            if typ == "KR_RRN" and g not in "1234":
                return "rrn gender"
            if typ == "KR_FRN" and g not in "5678":
                return "frn gender"
            return ""
        d12 = d6 + g + rest[:5]
        if typ == "KR_FRN":
            if g not in "5678":
                return "frn gender"
            return "" if frn_check(d12) == int(rest[5]) else "frn check"
        if g not in "1234":
            return "rrn gender"
        post = d >= datetime.date(2020, 10, 1)
        ok = rrn_check(d12) == int(rest[5])
        if post and ok:
            return "post2020 rrn must not carry a valid check digit"
        if not post and not ok:
            return "rrn check"
        return ""
    if typ == "KR_BRN":
        dd = digits(n)
        if not re.fullmatch(r"\d{3}-?\d{2}-?\d{5}", n.replace(" ", "")) or len(dd) != 10:
            return "bad brn shape"
        return "" if brn_check(dd[:9]) == int(dd[9]) else "brn check"
    if typ == "KR_CRN":
        dd = digits(n)
        if len(dd) != 13:
            return "bad crn"
        return "" if crn_check(dd[:12]) == int(dd[12]) else "crn check"
    if typ == "CREDIT_CARD":
        body = re.sub(r"[ \-]", "", n)
        if not re.fullmatch(r"[\d" + MASKC + r"]{15,16}", body):
            return "bad card shape"
        if any(c in MASKC for c in body):
            if not (body[:4].isdigit() and body[-4:].isdigit()):
                return "masked card needs head/tail"
            return ""
        return "" if luhn_ok(body) else "luhn"
    if typ == "KR_BANK_ACCOUNT":
        body = n.replace("-", "").replace(" ", "")
        if not re.fullmatch(r"[\d*]{10,14}", body):
            return "bad account"
        if body.count("*") > len(body) // 2:
            return "account too masked"
        return ""
    if typ == "IP_ADDRESS":
        try:
            ipaddress.ip_address(n)
        except ValueError:
            return "bad ip"
        return ""
    if typ == "KR_PASSPORT":
        if re.fullmatch(r"[MSRGD]\d{8}|[MSRGD]\d{3}[A-Z]\d{4}", n):
            return ""
        if re.fullmatch(r"[A-Z]{0,2}\d{7,9}[A-Z]?", n) and 7 <= len(n) <= 10:
            return ""
        return "bad passport"
    if typ == "KR_DRIVER_LICENSE":
        m = re.fullmatch(r"(\d{2})-(\d{2})-(\d{6})-(\d{2})", n)
        if m:
            return "" if int(m.group(1)) in DL_REGION.values() else "dl region code"
        m = re.fullmatch(r"([가-힣]{2}) ?(\d{2})-(\d{6})-(\d{2})", n)
        if m:
            return "" if m.group(1) in DL_REGION else "dl region"
        m = re.fullmatch(r"(\d{2})(\d{10})", n)
        if m:
            return "" if int(m.group(1)) in DL_REGION.values() else "dl region code"
        return "bad dl"
    if typ == "KR_VEHICLE_PLATE":
        return "" if re.fullmatch(r"([가-힣]{2} )?\d{2,3}[가-힣] ?\d{4}", n) else "bad plate"
    if typ == "KR_HEALTH_INSURANCE":
        return "" if len(digits(n)) == 11 and re.fullmatch(r"[\d\-]+", n) and n[0] != "0" else "bad hi"
    return "unknown type"


SHAPES = [
    ("mobile", re.compile(r"(?<![\d-])01[016789][-. ]?\d{3,4}[-. ]?\d{4}(?![\d-])")),
    ("email", re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+\.[A-Za-z]")),
    ("rrn_shape", re.compile(r"(?<!\d)\d{6} ?- ?[\d*●X]{7}(?!\d)")),
    ("card_shape", re.compile(r"(?<!\d)\d{4}[- ]\d{4}[- ]\d{4}[- ]\d{3,4}(?!\d)")),
    ("ipv4", re.compile(r"(?<![\d.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d.])")),
    ("landline", re.compile(r"(?<![\d-])0(2|[3-6][1-5]|70)-\d{3,4}-\d{4}(?![\d-])")),
    ("plate", re.compile(r"(?<![\d가-힣])\d{2,3}[가-힣] ?\d{4}(?!\d)")),
]


def check_record(text, spans, negs, ms, nopii):
    if not text.strip():
        return "empty text"
    if nopii and spans:
        return "nopii record has spans"
    if not nopii and not spans:
        return "pii record without spans"
    last = 0
    for s in spans:
        a, b = s["start"], s["end"]
        if not (0 <= a < b <= len(text)):
            return "span out of bounds"
        if a < last:
            return "unsorted/overlap"
        last = b
        v = text[a:b]
        if v != v.strip():
            return "edge whitespace"
        if s["type"] not in TYPES:
            return "bad type"
    for s in ms:
        v = text[s["start"]:s["end"]]
        e = validate_value(s["type"], s["clean"], s["kind"])
        if e:
            return f"{s['type']} {s['clean']!r}: {e}"
        if s["type"] == "PERSON":
            if v.replace(" ", "").replace("\n", "") != s["clean"].replace(" ", ""):
                return "person noise mismatch"
        elif not same_modulo_ocr(v, s["clean"]):
            return f"noise mismatch {v!r} vs {s['clean']!r}"
    # every occurrence of a labelled value must be labelled (or lie inside another span)
    bounds = [(s["start"], s["end"]) for s in spans]
    for s in spans:
        v = text[s["start"]:s["end"]]
        i = text.find(v)
        while i != -1:
            j = i + len(v)
            if (i, j) not in bounds and not any(a <= i and j <= b for a, b in bounds):
                return f"unlabelled repeat of {v!r}"
            i = text.find(v, i + 1)
    # masked text must not show PII shapes outside spans and tagged negatives
    ch = list(text)
    for a, b in bounds + [(n["start"], n["end"]) for n in negs]:
        for k in range(a, b):
            ch[k] = "■" if ch[k] != "\n" else "\n"
    masked = "".join(ch)
    for nm, rx in SHAPES:
        m = rx.search(masked)
        if m:
            return f"unlabelled {nm} shape {m.group(0)!r}"
    return ""


# ---------------------------------------------------------------- driver
GENRES = []  # (genre, fn, total, nopii)


def genre(name, total, nopii):
    def deco(fn):
        GENRES.append((name, fn, total, nopii))
        return fn
    return deco


def build(only=None, verbose=False):
    master = random.Random(SEED)
    plan = []
    for name, fn, n, k in GENRES:
        if only and name not in only:
            continue
        for j in range(n):
            plan.append((name, fn, j < k))
    master.shuffle(plan)
    n_ocr = round(len(plan) * 0.21)
    ocr_idx = set(master.sample(range(len(plan)), n_ocr))
    recs, metas, retries = [], [], 0
    for i, (name, fn, nopii) in enumerate(plan):
        for attempt in range(60):
            r = random.Random(f"{SEED}:{name}:{i}:{attempt}")
            R = Rec(r)
            tmpl = fn(r, R, nopii)
            tmpl = re.sub(r"[ \t]+\n", "\n", tmpl).strip("\n ")
            segs = R.segments(tmpl)
            ocr = i in ocr_idx
            text, spans, negs, ms, styles = render(segs, r, ocr)
            err = check_record(text, spans, negs, ms, nopii)
            if not err:
                break
            retries += 1
            if verbose or attempt > 40:
                print(f"[retry] {name} #{i} attempt {attempt}: {err}", file=sys.stderr)
        else:
            raise SystemExit(f"could not build record {i} ({name}): {err}")
        rid = f"bw-{i + 1:04d}"
        recs.append({"id": rid, "text": text, "spans": spans, "genre": name})
        metas.append({"id": rid, "genre": name, "ocr": ocr, "ocr_styles": styles if ocr else [],
                      "no_pii": nopii,
                      "spans": [{k: s[k] for k in ("start", "end", "type", "kind", "noise")} for s in ms],
                      "hard_negatives": negs})
    return recs, metas, retries


def stats(recs, metas):
    from collections import Counter, OrderedDict
    tc = Counter(s["type"] for r in recs for s in r["spans"])
    gc = OrderedDict()
    for r, m in zip(recs, metas):
        g = gc.setdefault(r["genre"], [0, 0, 0, 0])
        g[0] += 1
        g[1] += (not r["spans"])
        g[2] += len(r["spans"])
        g[3] += m["ocr"]
    noisy = sum(1 for m in metas for s in m["spans"] if s["noise"])
    negc = Counter(n["cat"] for m in metas for n in m["hard_negatives"])
    kc = Counter((s["type"], s["kind"]) for m in metas for s in m["spans"])
    return tc, gc, noisy, negc, kc


def main(argv=None):
    argv = argv if argv is not None else sys.argv[1:]
    only = [a for a in argv if not a.startswith("-")] or None
    recs, metas, retries = build(only, verbose="-v" in argv)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(META, "w", encoding="utf-8") as f:
        for m in metas:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    # re-read and re-check structure
    back = [json.loads(l) for l in open(OUT, encoding="utf-8")]
    mback = [json.loads(l) for l in open(META, encoding="utf-8")]
    assert len(back) == len(recs) == len(mback)
    ids = set()
    for r, m in zip(back, mback):
        assert r["id"] not in ids
        ids.add(r["id"])
        assert set(r) == {"id", "text", "spans", "genre"}
        last = 0
        for s in r["spans"]:
            assert set(s) == {"start", "end", "type"} and s["type"] in TYPES
            assert last <= s["start"] < s["end"] <= len(r["text"])
            v = r["text"][s["start"]:s["end"]]
            assert v == v.strip()
            last = s["end"]
        assert [(s["start"], s["end"]) for s in r["spans"]] == [(s["start"], s["end"]) for s in m["spans"]]
    tc, gc, noisy, negc, kc = stats(back, mback)
    print(f"records {len(back)}  (retries {retries})")
    print(f"no-PII records {sum(1 for r in back if not r['spans'])}; OCR records {sum(m['ocr'] for m in mback)}; "
          f"spans {sum(tc.values())}; noisy spans {noisy}")
    for t in TYPES:
        print(f"  {t:22s} {tc.get(t, 0)}")
    print("genre: records / no-PII / spans / OCR")
    for g, v in gc.items():
        print(f"  {g:12s} {v[0]:4d} {v[1]:4d} {v[2]:5d} {v[3]:4d}")
    print("hard negatives:", dict(sorted(negc.items())))
    if "-k" in argv:
        for (t, k), c in sorted(kc.items()):
            print(f"  {t} {k}: {c}")
    missing = [t for t in TYPES if tc.get(t, 0) == 0]
    if missing and not only:
        raise SystemExit(f"types missing: {missing}")
    return back


# ================================================================ genre helpers
INSTS = [
    # name, head title, departments, area code, switchboard, web
    ("행정안전부", "행정안전부장관", ["주민과", "자치행정과", "공공데이터정책과", "민원제도과"], "044", "044-205-1000",
     "www.mois.go.kr", "세종특별자치시 도움6로 42 정부세종청사 중앙동"),
    ("국토교통부", "국토교통부장관", ["자동차정책과", "주택정책과", "도로운영과"], "044", "044-201-3000",
     "www.molit.go.kr", "세종특별자치시 도움6로 11 정부세종청사 6동"),
    ("보건복지부", "보건복지부장관", ["기초생활보장과", "노인정책과", "장애인정책과"], "044", "044-202-2000",
     "www.mohw.go.kr", "세종특별자치시 도움4로 13 정부세종청사 10동"),
    ("법무부", "법무부장관", ["체류관리과", "이민통합과", "국적과"], "02", "02-2110-3000", "www.moj.go.kr", "경기도 과천시 관문로 47 정부과천청사 1동"),
    ("서울특별시 마포구", "마포구청장", ["민원여권과", "자치행정과", "주차관리과", "복지정책과", "세무1과"], "02",
     "02-3153-8000", "www.mapo.go.kr", "서울특별시 마포구 월드컵로 212 마포구청"),
    ("경기도 수원시", "수원시장", ["민원봉사과", "교통정책과", "세정과", "복지여성과"], "031", "031-228-2000",
     "www.suwon.go.kr", "경기도 수원시 팔달구 효원로 241 수원시청"),
    ("부산광역시 해운대구", "해운대구청장", ["민원여권과", "교통행정과", "복지정책과"], "051", "051-749-4000",
     "www.haeundae.go.kr", "부산광역시 해운대구 중동2로 11 해운대구청"),
    ("제주특별자치도", "제주특별자치도지사", ["자치행정과", "외국인정책과", "교통정책과"], "064", "064-710-2000",
     "www.jeju.go.kr", "제주특별자치도 제주시 문연로 6 제주특별자치도청"),
    ("대전광역시 유성구", "유성구청장", ["민원봉사과", "건축과", "사회복지과"], "042", "042-611-2000",
     "www.yuseong.go.kr", "대전광역시 유성구 대학로 211 유성구청"),
    ("강원특별자치도 춘천시", "춘천시장", ["시민소통담당관", "교통과", "복지정책과"], "033", "033-250-3000",
     "www.chuncheon.go.kr", "강원특별자치도 춘천시 시청길 11 춘천시청"),
    ("충청북도 청주시 흥덕구", "흥덕구청장", ["민원지적과", "건설교통과", "사회복지과"], "043", "043-201-5000",
     "www.cheongju.go.kr", "충청북도 청주시 흥덕구 강내면 태성탑연로 251 흥덕구청"),
    ("전라남도 순천시", "순천시장", ["민원과", "교통과", "복지정책과"], "061", "061-749-3000", "www.suncheon.go.kr", "전라남도 순천시 장명로 30 순천시청"),
]
RANKS_LOW = ["주무관", "주무관", "주무관", "행정주사보", "실무관"]
RANKS_MID = ["사무관", "팀장", "행정사무관", "계장"]
RANKS_HEAD = ["과장", "과장", "팀장", "담당관"]


def inst(r):
    return r.choice(INSTS)


def direct_line(r, area):
    if area == "044":
        return f"044-{r.randint(200, 215)}-{r.randint(1000, 9999)}"
    if area == "02":
        return f"02-{r.randint(2100, 3999)}-{r.randint(1000, 9999)}"
    return f"{area}-{r.randint(200, 999)}-{r.randint(1000, 9999)}"


def fax_line(r, area):
    return f"{area}-{r.randint(200, 999)}-{r.randint(1000, 9999)}"


def some_date(r, a=(2023, 1, 1), b=(2025, 9, 30), style=None):
    d = rand_date(r, a, b)
    return fmt_date(d, style or r.choice(["dot_sp", "dot_sp", "kor", "iso"]))


def doc_no(r, dept):
    return f"{dept}-{r.randint(100, 29999)}"


def receipt_no(r):
    return f"{r.randint(1, 9)}{r.choice(['AA', 'AB', 'AC'])}-{r.randint(23, 25)}{r.randint(1, 12):02d}-{r.randint(0, 9999999):07d}"


def mgmt_no(r):
    # phone-like management/receipt numbers (hard negatives)
    return r.choice([
        f"0{r.choice([31, 32, 41, 51, 61])}-{r.randint(2019, 2025)}-{r.randint(1000, 9999)}",
        f"{r.randint(1101, 1199)}-{r.randint(2019, 2025)}-{r.randint(0, 999999):06d}",
        f"{r.randint(41000, 48999)}-{r.randint(100, 999)}-{r.randint(10000, 99999)}",
        f"{r.randint(2023, 2025)}{r.randint(1, 12):02d}{r.randint(10000, 99999)}-00",
        f"02-{r.randint(2020, 2025)}-{r.randint(1000, 9999)}",
    ])


def case_no(r):
    y = r.randint(2019, 2025)
    return r.choice([f"{y}구합{r.randint(1000, 99999)}", f"{y}가단{r.randint(1000, 999999)}",
                     f"{y}고단{r.randint(100, 9999)}", f"{y}노{r.randint(100, 4999)}", f"{y}두{r.randint(1000, 79999)}",
                     f"{y}누{r.randint(10000, 79999)}", f"{y}고약{r.randint(1000, 39999)}",
                     f"{y}-행심-{r.randint(100, 9999)}", f"조심 {y}서{r.randint(100, 9999)}",
                     f"{y}헌마{r.randint(100, 1999)}"])


STATUTES = [
    "「개인정보 보호법」 제15조제1항제2호", "「개인정보 보호법」 제24조의2", "「주민등록법」 제20조제1항",
    "「주민등록법 시행령」 제23조", "「출입국관리법」 제31조", "「출입국관리법」 제36조제1항",
    "「여권법」 제11조", "「도로교통법」 제32조", "「도로교통법」 제80조제2항", "「공공기관의 정보공개에 관한 법률」 제9조제1항제6호",
    "「민원 처리에 관한 법률」 제27조", "「행정업무의 운영 및 혁신에 관한 규정」 제7조",
    "「국민건강보험법」 제5조", "「국민기초생활 보장법」 제21조", "「지방세기본법」 제60조",
    "「행정절차법」 제21조", "「자동차관리법」 제8조", "「질서위반행위규제법」 제16조",
    "「긴급복지지원법」 제7조", "「의료급여법」 제3조",
]


def statute(r):
    return r.choice(STATUTES)


def amount(r, lo=10000, hi=50000000):
    v = r.randint(lo // 10, hi // 10) * 10
    return r.choice([f"{v:,}원", f"금{v:,}원", f"₩{v:,}", f"{v:,} 원"])


def age(r, lo=19, hi=88):
    return r.randint(lo, hi)


def switchboard(r, I=None):
    if I and r.random() < .6:
        return I[4]
    return r.choice(["1588-", "1577-", "1600-", "1544-", "1644-", "1566-", "1661-", "1899-"]) + f"{r.randint(1000, 9999)}"


SHORTCODES = ["110", "120", "1345", "1350", "1355", "126", "129", "1382"]


def person_inline(R, r, n):
    return R.name(n)


def masked_person(r):
    n = kname(r)
    s, g = split_name(n)
    return r.choice([s + "○○", s + "○" * len(g), s + "**", f"{s} 모", s + "OO", s + "××", "홍길동", s + "○" + g[-1]])


# ================================================================ genres
@genre("공문", 44, 10)
def g_gongmun(r, R, nopii):
    I = inst(r)
    name, head, depts, area, sw, web, iaddr = I
    dept = r.choice(depts)
    recv = r.choice(["수신자 참조", f"{r.choice(INSTS)[1]}({r.choice(RANKS_HEAD)})", "내부결재",
                     f"{r.choice(['각 동장', '각 읍·면·동장', '각 사업소장', '시·도 자치행정과장'])}"])
    subj_opts = [
        "주민등록 사실조사 결과 통보", "개인정보 처리 실태 점검 결과 알림", "공로 표창 대상자 추천",
        "여권 발급 신청서 보완 요청", "외국인 주민 현황 자료 제출 요청", "과태료 부과 사전 통지",
        "긴급복지 지원 대상자 결정 통보", "정보공개 청구 이송 알림", "공유재산 사용 허가 알림",
        "2025년 하반기 민원 담당자 교육 실시 계획", "행정정보 공동이용 권한 점검", "무단방치 자동차 처리 협조"]
    subj = r.choice(subj_opts)
    d = some_date(r)
    rel = f"{r.choice(INSTS)[0].split()[-1]} {r.choice(['자치행정과', '주민과', '민원제도과', '정보화담당관'])}-{r.randint(100, 9999)}({some_date(r, style='dot_sp')})"
    lines = [name, "", f"수신  {recv}", "(경유)", f"제목  {subj}", ""]
    lines.append(f"1. 관련: {R.N(rel, 'doc_no')}")
    if nopii:
        body = r.choice([
            f"2. {R.N(statute(r), 'statute')}에 따라 {subj} 관련 사항을 붙임과 같이 알려드리니 업무에 참고하시기 바랍니다.",
            f"2. 위 호와 관련하여 소관 부서별 현황을 {some_date(r)}까지 제출하여 주시고, 문의 사항은 {dept}(대표전화 {R.N(sw, 'switchboard')})로 연락하여 주시기 바랍니다.",
            f"2. 관리번호 {R.N(mgmt_no(r), 'mgmt_no')} 건에 대한 처리 기한은 {some_date(r)}이며, 처리 결과는 「정부24」를 통해 통지될 예정입니다.",
        ])
        lines.append(body)
        lines.append(f"  가. 대상: 소관 {r.choice(['공무원', '민원 담당자', '개인정보취급자'])} 전원")
        lines.append(f"  나. 기간: {some_date(r)} ~ {some_date(r)}")
        lines.append(f"  다. 근거: {R.N(statute(r), 'statute')}")
        lines.append("")
        lines.append(f"붙임  {subj} 세부 계획 1부.  끝.")
        lines.append("")
        lines.append(f"{head}")
        if r.random() < .5:
            lines.append("")
            lines.append(f"시행 {R.N(doc_no(r, dept), 'doc_no')} ({some_date(r, style='dot_sp')})  접수")
            lines.append(f"우 {r.randint(10000, 63999)} {R.N(iaddr, 'inst_address')} / {web}")
            lines.append(f"전화 {R.N(sw, 'switchboard')} (대표) / 공개구분 공개")
        return "\n".join(lines)
    # with PII: body variants
    v = r.randint(0, 5)
    lines[4] = "제목  " + ["주민등록 사실조사 결과 통보", "공로 표창 대상자 추천", "여권 발급 신청서 보완 요청",
                         "과태료 부과 사전 통지", "긴급복지 지원 대상자 결정 통보", "행정정보 공동이용 권한 점검"][v]
    if v == 0:
        n = kname(r)
        rn, _ = rrn(r, "masked" if r.random() < .6 else "valid")
        a, post, par = address(r)
        lines.append(f"2. {R.N(statute(r), 'statute')}에 따른 사실조사 결과 거주 사실이 확인되지 않는 세대를 아래와 같이 통보합니다.")
        lines.append(f"  가. 세대주: {R.name(n)} ({R.P(rn, 'KR_RRN')})")
        lines.append(f"  나. 주소: {R.P(a, 'KR_ADDRESS')}" + (f" {par}" if par and r.random() < .5 else ""))
        lines.append(f"  다. 조사일: {some_date(r)}, 조사자: {r.choice(['통장', '동 주민센터 주무관'])} {R.name(kname(r))}")
    elif v == 1:
        lines.append("2. 2025년 모범 공무원 공적 심사 결과 추천 대상자를 아래와 같이 제출합니다.")
        for k in range(r.randint(2, 4)):
            lines.append(f"  {'가나다라'[k]}. {r.choice(depts)} {r.choice(RANKS_LOW + RANKS_MID)} {R.name(kname(r))} "
                         f"(생년월일 {R.P(fmt_date(rand_date(r, (1965, 1, 1), (1998, 12, 31)), r.choice(DOB_STYLES)), 'DATE_OF_BIRTH')}, 재직기간 {r.randint(3, 31)}년)")
    elif v == 2:
        n = kname(r)
        pp, kd = passport_ko(r)
        lines.append(f"2. 귀 기관에서 접수한 여권 발급 신청 건(접수번호 {R.N(receipt_no(r), 'receipt_no')})은 사진 규격 미충족으로 보완이 필요하여 알려드립니다.")
        lines.append(f"  가. 신청인: {R.name(n)} (연락처 {R.P(mobile(r), 'PHONE_NUMBER')})")
        lines.append(f"  나. 기존 여권번호: {R.P(pp, 'KR_PASSPORT', kd)}")
        lines.append(f"  다. 보완 기한: {some_date(r)}")
    elif v == 3:
        lines.append(f"2. {R.N(statute(r), 'statute')}에 따라 과태료 부과 사전 통지 대상을 알려드리니 의견 제출 기한 내 송달하여 주시기 바랍니다.")
        for k in range(r.randint(1, 3)):
            pl = plate(r)
            lines.append(f"  - 차량번호 {R.P(pl, 'KR_VEHICLE_PLATE')}, 소유자 {R.name(kname(r))}, 위반일시 {some_date(r)} {r.randint(7, 22)}:{r.randint(0, 59):02d}, 과태료 {amount(r, 40000, 160000)}")
    elif v == 4:
        n = kname(r)
        nm, acc = account(r)
        lines.append(f"2. 긴급복지 생계지원 대상자로 결정된 가구에 대한 지원금 지급을 요청합니다.")
        lines.append(f"  가. 대상자: {R.name(n)} (만 {age(r, 25, 80)}세)")
        lines.append(f"  나. 지급액: {amount(r, 600000, 1900000)} (1개월분)")
        lines.append(f"  다. 입금계좌: {nm} {R.P(acc, 'KR_BANK_ACCOUNT')} (예금주 {R.name(n)})")
    else:
        lines.append("2. 행정정보 공동이용 시스템 접속 권한 점검 결과 장기 미사용 계정을 아래와 같이 회수하였습니다.")
        for k in range(r.randint(2, 3)):
            lines.append(f"  - {r.choice(depts)} {R.name(kname(r))} (계정 {R.N('u' + str(r.randint(10000, 99999)), 'user_id')}, 최종 접속 IP {R.P(ipv4(r, True), 'IP_ADDRESS')})")
    lines.append("")
    lines.append(f"붙임  관련 서류 {r.randint(1, 3)}부.  끝.")
    lines.append("")
    lines.append(head)
    lines.append("")
    a1, a2, a3 = kname(r), kname(r), kname(r)
    sep = r.choice(["  ", "   ", "\t"])
    lay = r.randint(0, 2)
    if lay == 0:
        lines.append(f"{r.choice(RANKS_LOW)} {R.name(a1)}{sep}{r.choice(RANKS_MID)} {R.name(a2)}{sep}{r.choice(RANKS_HEAD)} 전결 {rand_date(r, (2025, 1, 1), (2025, 9, 30)):%m/%d} {R.name(a3)}")
    elif lay == 1:
        lines.append(f"기안자 {r.choice(RANKS_LOW)} {R.name(a1)}{sep}검토자 {r.choice(RANKS_MID)} {R.name(a2)}{sep}결재권자 {r.choice(RANKS_HEAD)} {R.name(a3)}")
    else:
        lines.append(f"{r.choice(RANKS_LOW)}{sep}{r.choice(RANKS_MID)}{sep}{r.choice(RANKS_HEAD)}")
        lines.append(f"{R.name(a1)}{sep}{R.name(a2)}{sep}전결 {R.name(a3)}")
    if r.random() < .4:
        lines.append(f"협조자 {r.choice(['정보화담당관', '감사담당관', '법무팀'])} {r.choice(RANKS_LOW)} {R.name(kname(r))}")
    lines.append(f"시행 {R.N(doc_no(r, dept), 'doc_no')} ({some_date(r, style='dot_sp')})  접수  ( )")
    lines.append(f"우 {r.randint(10000, 63999)}  {R.N(iaddr, 'inst_address')} / {web}")
    em = email(r, a1, "korea.kr")
    lines.append(f"전화번호 {R.P(direct_line(r, area), 'PHONE_NUMBER', 'landline')}  팩스번호 {R.P(fax_line(r, area), 'PHONE_NUMBER', 'fax')} / {R.P(em, 'EMAIL_ADDRESS')} / {r.choice(['대국민 공개', '부분공개(6)', '비공개(6)', '공개'])}")
    return "\n".join(lines)


@genre("민원회신", 44, 8)
def g_minwon(r, R, nopii):
    I = inst(r)
    name, head, depts, area, sw, web, iaddr = I
    dept = r.choice(depts)
    rcp = receipt_no(r)
    topic = r.choice([
        ("주차 단속 이의 신청", "현장 단속 사진과 CCTV 기록을 재확인한 결과 단속 당시 정차 금지 구역에 해당하여 과태료 부과가 정당한 것으로 판단"),
        ("가로등 고장 신고", "현장 확인 후 안정기를 교체하여 정상 점등되도록 조치"),
        ("주민등록표 열람 제한 신청", "가정폭력 피해 사실 확인서를 근거로 열람 및 교부 제한 대상자로 등록"),
        ("기초연금 수급 자격 문의", "소득인정액 산정 결과 선정 기준액을 초과하여 수급 대상에서 제외"),
        ("불법 주정차 신고", "신고된 차량에 대하여 과태료 부과 절차를 진행"),
        ("소음 민원", "해당 공사 현장에 대하여 작업 시간 준수를 지도하고 소음도를 측정"),
        ("여권 분실 신고 처리 문의", "분실 신고된 여권은 효력이 상실되었으며 재발급 신청이 가능함을 안내"),
    ])
    nm_off = kname(r)
    if nopii:
        lines = [f"{name} 민원 처리 결과 회신", "",
                 f"1. 귀하께서 국민신문고를 통해 신청하신 민원(신청번호 {R.N(rcp, 'receipt_no')})에 대한 검토 결과를 알려드립니다.",
                 f"2. 민원 요지: {topic[0]}",
                 f"3. 처리 결과: {topic[1]}하였습니다.",
                 f"4. 관련 법령: {R.N(statute(r), 'statute')}",
                 f"5. 이 회신에 불복하는 경우 처분이 있음을 안 날부터 90일 이내에 행정심판 또는 행정소송을 제기할 수 있습니다.",
                 f"6. 추가 문의는 {dept}(대표전화 {R.N(sw, 'switchboard')}) 또는 정부민원안내콜센터({R.N('110', 'shortcode')})로 연락 주시기 바랍니다.",
                 "", f"{head}"]
        if r.random() < .5:
            lines.insert(1, f"민원인: {R.N(masked_person(r), 'masked_person')} 귀하")
        return "\n".join(lines)
    n = kname(r)
    a, post, par = address(r)
    v = r.randint(0, 3)
    lines = [r.choice(["민원 처리 결과 통지서", f"{name} 민원 회신", "[민원 답변] " + topic[0]]), ""]
    lines.append(f"민원인  {R.name(n)} 귀하")
    lines.append(f"주  소  ({post}) {R.P(a, 'KR_ADDRESS')}" + (f" {par}" if par else ""))
    if r.random() < .7:
        lines.append(f"연락처  {R.P(phone_any(r, .85), 'PHONE_NUMBER')}")
    lines.append(f"접수번호 {R.N(rcp, 'receipt_no')}  접수일 {some_date(r)}")
    lines.append("")
    lines.append(f"안녕하십니까? {name} {dept}입니다. 평소 구정에 관심을 가져 주셔서 감사드립니다.")
    lines.append(f"귀하께서 제기하신 '{topic[0]}'에 대한 검토 결과를 다음과 같이 알려드립니다.")
    if v == 0:
        pl = plate(r)
        lines.append(f"○ 대상 차량: {R.P(pl, 'KR_VEHICLE_PLATE')} (신고인 {R.name(n)})")
        lines.append(f"○ 처리 결과: {topic[1]}하였습니다.")
    elif v == 1:
        lines.append(f"○ 처리 결과: {topic[1]}하였습니다.")
        lines.append(f"○ 상담 기록: {some_date(r)} {r.randint(9, 17)}:{r.randint(0, 59):02d} 전화 상담 시 민원인께서 회신 번호를 "
                     f"\"{R.P(phone_hangul(r), 'PHONE_NUMBER', 'phone_hangul')}\"(으)로 불러 주셨습니다.")
    elif v == 2:
        rn, _ = rrn(r, r.choice(["masked", "masked", "valid", "post2020"]))
        lines.append(f"○ 신청인 확인: {R.name(n)} ({R.P(rn, 'KR_RRN')})")
        lines.append(f"○ 처리 결과: {topic[1]}하였습니다. 관련 근거는 {R.N(statute(r), 'statute')}입니다.")
    else:
        lines.append(f"○ 처리 결과: {topic[1]}하였습니다.")
        lines.append(f"○ 회신은 전자우편({R.P(email(r, n), 'EMAIL_ADDRESS')})으로도 발송하였습니다.")
    lines.append(f"○ 이 답변과 관련하여 궁금하신 사항은 {dept} {R.name(nm_off)} {r.choice(RANKS_LOW)}(☎ {R.P(direct_line(r, area), 'PHONE_NUMBER', 'landline')})에게 문의하여 주시면 친절히 안내하여 드리겠습니다.")
    if r.random() < .5:
        lines.append(f"※ 야간·휴일에는 {R.N(switchboard(r, I), 'switchboard')}(대표)로 연락 바랍니다.")
    lines.append("")
    lines.append(head)
    return "\n".join(lines)


@genre("보도자료", 34, 9)
def g_press(r, R, nopii):
    I = inst(r)
    name, head, depts, area, sw, web, iaddr = I
    dept = r.choice(depts)
    d = rand_date(r, (2024, 1, 1), (2025, 9, 30))
    wk = "월화수목금토일"[d.weekday()]
    theme = r.choice([
        ("외국인 주민 생활 안내서 13개 언어로 발간", "외국인 주민"),
        ("어르신 무료 교통카드 발급 대상 확대", "어르신"),
        ("모범 운전자 표창 수여", "운전자"),
        ("전세 사기 피해자 긴급 주거 지원 개시", "피해자"),
        ("공공데이터 활용 창업경진대회 수상작 발표", "수상자"),
        ("제12회 우리 동네 안전 지킴이 시상식 개최", "수상자"),
        ("폭염 대비 취약계층 방문 건강관리 강화", "취약계층"),
        ("청년 월세 지원 2차 신청 접수", "청년"),
    ])
    lines = [r.choice(["보도자료", "보 도 자 료", "[보도자료]"]),
             f"보도 일시  {d.year}. {d.month}. {d.day}.({wk}) {r.choice(['06:00', '09:00', '11:00', '12:00', '조간'])}"
             + ("" if r.random() < .5 else f"   배포 일시  {d.year}. {d.month}. {d.day}.({wk}) 09:00"),
             ""]
    if nopii:
        lines.append(f"담당 부서  {name} {dept}   문의  {R.N(sw, 'switchboard')}")
    else:
        c1, c2 = kname(r), kname(r)
        lines.append(f"담당 부서  {dept}   책임자  {r.choice(RANKS_HEAD)}  {R.name(c1)} ({R.P(direct_line(r, area), 'PHONE_NUMBER', 'landline')})")
        lines.append(f"                  담당자  {r.choice(RANKS_MID + RANKS_LOW)}  {R.name(c2)} ({R.P(direct_line(r, area), 'PHONE_NUMBER', 'landline')})")
        if r.random() < .3:
            lines.append(f"                  담당자  {r.choice(RANKS_LOW)}  {R.name(kname(r))} ({R.P(direct_line(r, area), 'PHONE_NUMBER', 'landline')}, {R.P(email(r, None, 'korea.kr'), 'EMAIL_ADDRESS')})")
    lines.append("")
    lines.append(f"{theme[0]}")
    lines.append(f"- {head.replace('장관', '').replace('청장', '').replace('시장', '').replace('지사', '')} 관계자 \"현장의 목소리를 반영해 제도를 계속 보완하겠다\" -")
    lines.append("")
    lines.append(f"□ {name}({head})는 {d.month}월 {d.day}일 '{theme[0]}' 계획을 발표했다.")
    lines.append(f"  ○ 이번 조치는 {R.N(statute(r), 'statute')}에 근거하며, 총 {amount(r, 100000000, 9000000000)}의 예산이 투입된다.")
    if nopii:
        lines.append(f"  ○ 신청은 {d.month}월 {min(d.day + 3, 28)}일부터 정부24 또는 가까운 행정복지센터에서 할 수 있으며, 자세한 사항은 콜센터({R.N(r.choice(SHORTCODES[:3]), 'shortcode')})로 문의하면 된다.")
        lines.append(f"  ○ {head}은 \"{theme[1]}의 불편이 없도록 현장 점검을 이어가겠다\"고 밝혔다.")
        return "\n".join(lines)
    k = r.randint(0, 1) if theme[1] != "수상자" else 2
    if k == 0:
        p1 = kname(r)
        lines.append(f"□ 올해 {theme[1]} 대표로 선정된 {R.name(p1)}({age(r)}) 씨는 \"생각지도 못한 상을 받게 되어 기쁘다\"며 소감을 전했다.")
        lines.append(f"  ○ {R.name(p1)} 씨는 지난 {r.randint(5, 30)}년간 지역 봉사활동에 참여해 왔다.")
    elif k == 1:
        nat, lat, han = fname(r)
        lines.append(f"□ 행사에 참석한 {nat} 출신 결혼이민자 {R.P(han, 'PERSON', 'foreign_han')}({age(r, 25, 50)}) 씨는 \"병원 이용 안내가 모국어로 되어 있어 큰 도움이 된다\"고 말했다.")
    else:
        lines.append(f"□ 수상자 명단")
        for j in range(r.randint(2, 4)):
            lines.append(f"  ○ {r.choice(['대상', '최우수상', '우수상', '장려상'])}: {R.name(kname(r))}({r.choice(['대학생', '회사원', '자영업', '주부', '고등학생'])}, {r.choice(SIDO)[1][0]})")
    lines.append(f"□ {head}은 \"앞으로도 {theme[1]}에게 실질적인 도움이 되는 정책을 발굴하겠다\"고 말했다.")
    return "\n".join(lines)


COMPANIES = ["(주)새온정보기술", "누리데이터(주)", "주식회사 다온씨앤에스", "(주)청람건설", "㈜세움에이아이",
             "바른길종합건설(주)", "솔빛테크 주식회사", "(유)하람물산", "(주)라온모빌리티", "주식회사 가온보안",
             "(주)미르환경", "한울시스템즈(주)", "(주)도담소프트", "주식회사 늘봄케어", "(주)파랑정보통신"]
SOLE = ["초록문구", "한결인쇄소", "다정식당", "푸른조경", "새길인테리어", "온누리렌터카", "바로세탁", "하나로설비"]
COMMITTEES = ["지방세심의위원회", "정보공개심의회", "개인정보보호위원회 분과회의", "민원조정위원회",
              "도시계획위원회", "공유재산심의회", "외국인주민지원협의회", "교통안전대책위원회", "생활보장위원회"]


@genre("회의록", 32, 7)
def g_minutes(r, R, nopii):
    I = inst(r)
    name, head, depts, area, sw, web, iaddr = I
    com = r.choice(COMMITTEES)
    d = rand_date(r, (2023, 1, 1), (2025, 9, 30))
    wk = "월화수목금토일"[d.weekday()]
    lines = [f"{d.year}년 제{r.randint(1, 9)}차 {com} 회의록", "",
             f"일  시: {d.year}. {d.month}. {d.day}.({wk}) {r.randint(10, 16)}:00 ~ {r.randint(16, 18)}:{r.choice(['00', '10', '30', '40'])}",
             f"장  소: {name.split()[-1]} {r.choice(['소회의실', '본관 3층 중회의실', '별관 2층 회의실', '영상회의실'])}"]
    if nopii:
        lines.append(f"참석자: 위원장 포함 위원 {r.randint(5, 9)}명, 간사 1명")
        lines.append(f"안  건: {r.choice(['제1호 안건 ' + r.choice(['과태료 감경 기준 개정안', '정보공개 청구 건 공개 여부 결정', '공유재산 매각 심의']), '보고 안건 2건, 심의 안건 1건'])}")
        lines.append("")
        turns = [("위원장", "성원이 되었으므로 회의를 개회하겠습니다. 간사는 안건을 보고해 주십시오."),
                 ("간사", f"제1호 안건은 관리번호 {R.N(mgmt_no(r), 'mgmt_no')} 건으로, {R.N(statute(r), 'statute')}의 적용 여부가 쟁점입니다."),
                 ("A 위원", "청구인이 제출한 자료만으로는 판단이 어렵다고 생각합니다."),
                 ("B 위원", f"비슷한 선례로 {R.N(case_no(r), 'case_no')} 판결이 있으니 참고하면 좋겠습니다."),
                 ("위원장", "그러면 원안대로 의결하되 부대의견을 붙이는 것으로 하겠습니다. 이의 없으십니까?"),
                 ("위원 일동", "(이의 없음)")]
        for who, t in turns:
            lines.append(f"○ {who}: {t}")
        lines.append("")
        lines.append("의결 결과: 원안 가결 (찬성 5, 반대 0, 기권 1)")
        return "\n".join(lines)
    chair = kname(r)
    mem = [kname(r) for _ in range(r.randint(3, 5))]
    sec = kname(r)
    lines.append(f"참석자: 위원장 {R.name(chair)}, 위원 " + ", ".join(R.name(m) for m in mem))
    if r.random() < .5:
        lines.append(f"불참자: 위원 {R.name(kname(r))}(개인 사정)")
    lines.append(f"배  석: {r.choice(depts)} {r.choice(RANKS_HEAD)} {R.name(kname(r))}, 간사 {r.choice(RANKS_LOW)} {R.name(sec)}")
    lines.append("")
    fmt = r.randint(0, 3)

    def sp(nm, role):
        if fmt == 0:
            return f"○ {role}({R.name(nm)}): " if role == "위원장" else f"○ {R.name(nm)} {role}: "
        if fmt == 1:
            return f"[{R.name(nm)} {role}] "
        if fmt == 2:
            return f"▶ {role} {R.name(nm)}: "
        return f"{R.name(nm)} {role}  "
    applicant = kname(r)
    lines.append(sp(chair, "위원장") + "성원이 되었으므로 회의를 개회하겠습니다. 오늘 안건은 민원 조정 신청 1건입니다.")
    lines.append(sp(sec, "간사") + f"신청인은 {R.name(applicant)} 씨이며, {r.choice(['인접 공사장 소음', '주차장 진입로 폐쇄', '하수관 역류 피해', '도로 점용 허가'])} 문제로 신청하였습니다.")
    k = r.randint(0, 3)
    if k == 0:
        a, post, par = address(r)
        lines.append(sp(mem[0], "위원") + f"신청인 주소가 {R.P(a, 'KR_ADDRESS')}로 되어 있는데, 현장 확인은 하셨습니까?")
        lines.append(sp(sec, "간사") + f"네, {some_date(r)}에 방문하였고 신청인 연락처 {R.P(mobile(r), 'PHONE_NUMBER')}로 사전에 연락드렸습니다.")
    elif k == 1:
        lines.append(sp(mem[0], "위원") + f"신청인이 제출한 피해 차량 {R.P(plate(r), 'KR_VEHICLE_PLATE')}의 수리 견적서를 보면 금액이 {amount(r, 300000, 9000000)}입니다.")
        lines.append(sp(mem[-1], "위원") + f"보상금은 신청인 명의 계좌로 지급하는 것이 원칙입니다. 제출된 통장 사본상 계좌는 {r.choice(BANKS)[0]} {R.P(account(r)[1], 'KR_BANK_ACCOUNT')}입니다.")
    elif k == 2:
        lines.append(sp(mem[0], "위원") + f"신청인의 생년월일이 {R.P(fmt_date(rand_date(r, (1940, 1, 1), (1990, 12, 31)), r.choice(['dot_sp', 'kor', 'dot0'])), 'DATE_OF_BIRTH')}이니 고령자 감면 기준에 해당합니다.")
        lines.append(sp(mem[-1], "위원") + "감면 요건은 충족하지만 서류가 미비하니 보완을 요청하는 것이 좋겠습니다.")
    else:
        lines.append(sp(mem[0], "위원") + f"신청인 이메일 {R.P(email(r, applicant), 'EMAIL_ADDRESS')}로 보낸 보완 요청에 답이 왔습니까?")
        lines.append(sp(sec, "간사") + f"{some_date(r)}에 회신이 왔고, 전화 {R.P(phone_any(r, .9), 'PHONE_NUMBER')}로도 확인했습니다.")
    lines.append(sp(mem[1 % len(mem)], "위원") + f"관련 규정은 {R.N(statute(r), 'statute')}이고, 담당 부서 의견도 같습니다.")
    lines.append(sp(chair, "위원장") + "그럼 조정안대로 의결하겠습니다. 이의 없으십니까?")
    lines.append("(위원 전원 이의 없음)")
    lines.append("")
    lines.append(f"작성자 간사 {R.name(sec)}   확인자 위원장 {R.name(chair)} (서명)")
    return "\n".join(lines)


@genre("보고서", 36, 6)
def g_report(r, R, nopii):
    I = inst(r)
    name, head, depts, area, sw, web, iaddr = I
    dept = r.choice(depts)
    d = rand_date(r, (2023, 1, 1), (2025, 9, 30))
    if nopii:
        kind = r.choice(["감사", "보안"])
        lines = [f"{d.year}년 {r.choice(['상반기', '하반기', '정기', '특정'])} {kind} 결과 보고", "",
                 f"1. 개요: {dept} 소관 업무 {r.randint(40, 300)}건을 표본 점검함(점검 기간 {some_date(r)}~{some_date(r)})",
                 f"2. 주요 지적 사항",
                 f"  가. 개인정보 파일 보유 기간 경과 후 미파기 {r.randint(1, 9)}건 — {R.N(statute(r), 'statute')} 위반",
                 f"  나. 접근 권한 변경 내역 미기록 {r.randint(1, 5)}건(관리번호 {R.N(mgmt_no(r), 'mgmt_no')} 외)",
                 f"  다. 과오납금 환급 지연 {r.randint(1, 12)}건, 합계 {amount(r, 100000, 90000000)}",
                 f"3. 조치 계획: {dept}장은 {some_date(r)}까지 개선 결과를 제출하고, 관련자 {r.randint(1, 4)}명에 대하여 주의 처분 요구",
                 f"4. 관련자: {R.N(masked_person(r), 'masked_person')}({r.choice(RANKS_LOW)}), {R.N(masked_person(r), 'masked_person')}({r.choice(RANKS_MID)})",
                 f"※ 서버 패치 버전 {R.N('10.0.' + str(r.randint(17000, 26999)) + '.' + str(r.randint(100, 6999)), 'version')} 적용 완료"]
        return "\n".join(lines)
    v = r.randint(0, 3)
    if v == 0:  # traffic accident report
        lines = [r.choice(["교통사고 발생 보고", "관내 교통사고 경위 보고", "사고 경위 보고서"]), "",
                 f"1. 일시: {fmt_date(d, 'dot_sp')} {r.randint(6, 23)}:{r.randint(0, 59):02d}경",
                 f"2. 장소: {r.choice(SIDO)[2][0][0] or '세종'} {r.choice(['교차로', '이면도로', '지하차도 입구', '어린이보호구역'])} 부근",
                 "3. 당사자"]
        for j, role in enumerate(["가해 차량", "피해 차량"]):
            n = kname(r)
            dl, dk = driver_license(r)
            lines.append(f"  {'가나'[j]}. {role}: {R.P(plate(r), 'KR_VEHICLE_PLATE')} ({r.choice(['승용', '화물', '승합', '이륜'])})")
            lines.append(f"     운전자 {R.name(n)} (생년월일 {R.P(fmt_date(rand_date(r, (1950, 1, 1), (2004, 12, 31)), r.choice(DOB_STYLES)), 'DATE_OF_BIRTH')}), "
                         f"면허번호 {R.P(dl, 'KR_DRIVER_LICENSE', dk)}, 연락처 {R.P(mobile(r, r.choice(['hy', 'hy', 'none', 'dot'])), 'PHONE_NUMBER')}")
        lines.append(f"4. 피해 상황: 경상 {r.randint(0, 3)}명, 차량 일부 파손(수리비 약 {amount(r, 300000, 8000000)})")
        lines.append(f"5. 조치: 관할 경찰서 신고(접수번호 {R.N(mgmt_no(r), 'mgmt_no')}), 보험사 사고 접수 완료")
        lines.append(f"보고자 {dept} {r.choice(RANKS_LOW)} {R.name(kname(r))} ({R.P(direct_line(r, area), 'PHONE_NUMBER', 'landline')})")
    elif v == 1:  # audit finding: 부정수급
        lines = [f"{name} {dept} 보조금 집행 실태 감사 결과", "",
                 "1. 지적 내용: 수급 자격 상실 후에도 생계급여가 계속 지급됨", "2. 대상자 명세"]
        for j in range(r.randint(2, 3)):
            n = kname(r)
            bk, acc = account(r)
            rn, _ = rrn(r, r.choice(["valid", "masked"]))
            lines.append(f"  ({j + 1}) {R.name(n)} {R.P(rn, 'KR_RRN')} / 지급계좌 {bk} {R.P(acc, 'KR_BANK_ACCOUNT')} / 부당지급액 {amount(r, 200000, 9000000)}")
        lines.append(f"3. 관련 공무원: {r.choice(RANKS_LOW)} {R.name(kname(r))}(당시 담당), {r.choice(RANKS_HEAD)} {R.name(kname(r))}(당시 결재권자)")
        lines.append(f"4. 조치 요구: 부당지급액 환수 및 관련자 경고 — {R.N(statute(r), 'statute')}")
    elif v == 2:  # privacy breach
        lines = ["개인정보 유출 사고 보고", "",
                 f"□ 발생 일시: {fmt_date(d, 'dot_sp')} {r.randint(0, 23):02d}:{r.randint(0, 59):02d} (탐지 {fmt_date(d, 'dot_sp')})",
                 f"□ 경위: {r.choice(['홈페이지 게시판 첨부파일에 명단이 포함되어 게시됨', '외부 IP의 반복 로그인 시도 후 관리자 계정 탈취', '담당자의 전자우편 수신자 오기재'])}",
                 f"□ 의심 접속지: {R.P(ipv4(r, False), 'IP_ADDRESS')}" + (f", {R.P(ipv4(r, False), 'IP_ADDRESS')}" if r.random() < .5 else ""),
                 f"□ 유출 항목: 성명, 연락처, 주소 등 {r.randint(3, 400)}명분", "□ 유출 확인 샘플(2건, 통지 목적)"]
        for j in range(2):
            n = kname(r)
            lines.append(f"  - {R.name(n)} / {R.P(mobile(r), 'PHONE_NUMBER')} / {R.P(email(r, n), 'EMAIL_ADDRESS')}")
        lines.append(f"□ 조치: 게시물 삭제, 해당 IP 차단, 정보주체 통지(개인정보 침해 신고센터 {R.N('118', 'shortcode')} 안내)")
        lines.append(f"□ 보고자: 개인정보 분야별 책임자 {R.name(kname(r))} {r.choice(RANKS_HEAD)}")
    else:  # workplace injury
        n = kname(r)
        g = kname(r)
        bd = rand_date(r, (1950, 1, 1), (1975, 12, 31))
        rn, bd = rrn(r, r.choice(["masked", "masked", "valid"]), birth=bd)
        lines = ["안전사고 발생 보고(기간제근로자)", "",
                 f"가. 재해자: {R.name(n)} ({R.P(rn, 'KR_RRN')}), {r.choice(['환경미화', '공원 관리', '시설 경비', '도로 보수'])} 담당",
                 f"나. 발생: {fmt_date(d, 'kor')} 작업 중 {r.choice(['사다리에서 추락', '예초기 파편에 부상', '빙판길에 미끄러짐'])}",
                 f"   ({R.name(n)} 씨는 {R.P(fmt_date(bd, r.choice(['dot_sp', 'kor'])), 'DATE_OF_BIRTH')}생으로 입사 {r.randint(1, 9)}년차임)",
                 f"다. 보호자: {R.name(g)}({r.choice(['배우자', '자녀', '형제'])}) {R.P(mobile(r), 'PHONE_NUMBER')}",
                 f"라. 치료: {r.choice(['정형외과', '응급의학과'])} 통원 치료 중, 요양 급여 신청 예정",
                 f"마. 보고자: {dept} {R.name(kname(r))} {r.choice(RANKS_LOW)}"]
    return "\n".join(lines)


COURTS = ["서울행정법원", "수원지방법원", "부산지방법원", "대전지방법원", "광주지방법원", "서울중앙지방법원", "인천지방법원",
          "춘천지방법원", "제주지방법원", "대구고등법원"]


@genre("판결문", 30, 10)
def g_judgment(r, R, nopii):
    court = r.choice(COURTS)
    cn = case_no(r)
    if nopii:
        t = r.randint(0, 1)
        if t == 0:
            lines = [court, "판  결", "",
                     f"사  건  {R.N(cn, 'case_no')} {r.choice(['운전면허취소처분취소', '정보공개거부처분취소', '과징금부과처분취소'])}",
                     f"원  고  {R.N(r.choice(['A', '갑', 'A 주식회사']), 'placeholder')}",
                     f"피  고  {r.choice(['서울특별시경찰청장', '마포구청장', '수원시장', '국민건강보험공단 이사장'])}",
                     f"변론종결  {some_date(r)}", f"판결선고  {some_date(r)}", "",
                     "주  문", "1. 원고의 청구를 기각한다.", "2. 소송비용은 원고가 부담한다.", "",
                     "이  유",
                     f"1. 처분의 경위: 피고는 {some_date(r)} 원고에 대하여 {R.N(statute(r), 'statute')}을 근거로 처분을 하였다.",
                     f"2. 판단: 원고가 들고 있는 사정만으로는 처분이 재량권을 일탈·남용하였다고 보기 어렵다(대법원 {R.N(case_no(r), 'case_no')} 판결 참조).",
                     f"3. 결론: 원고의 청구는 이유 없으므로 기각한다.", "",
                     f"재판장 판사 {R.N(masked_person(r), 'masked_person')}"]
        else:
            lines = [f"{r.choice(['중앙행정심판위원회', '서울특별시행정심판위원회', '경기도행정심판위원회'])} 재결", "",
                     f"사건  {R.N(cn, 'case_no')} 정보공개 부분공개결정 취소청구",
                     f"청구인  {R.N(masked_person(r), 'masked_person')}", f"피청구인  {r.choice(['○○구청장', '△△시장', '□□경찰서장'])}",
                     "주문  청구인의 청구를 기각한다.",
                     f"이유  피청구인이 비공개한 부분은 {R.N('「공공기관의 정보공개에 관한 법률」 제9조제1항제6호', 'statute')}에 해당하는 개인에 관한 정보로서, "
                     "공개될 경우 사생활의 비밀 또는 자유를 침해할 우려가 있다.",
                     f"재결일  {some_date(r)}"]
        return "\n".join(lines)
    v = r.randint(0, 2)
    if v == 0:  # criminal
        n = kname(r)
        rn, dob_ = rrn(r, r.choice(["valid", "valid", "masked"]))
        a1, _, _ = address(r)
        a2, _, _ = address(r, "jibun")
        lines = [court, "판  결", "",
                 f"사      건  {R.N(cn, 'case_no')} {r.choice(['도로교통법위반(음주운전)', '사기', '공문서위조', '개인정보보호법위반'])}",
                 (f"피  고  인  {R.name(n)} ({R.P(rn, 'KR_RRN')}), {r.choice(['회사원', '무직', '자영업', '운전기사'])}"
                  if r.random() < .6 else
                  f"피  고  인  {R.name(n)} ({R.P(fmt_date(dob_, r.choice(['dot_sp', 'kor', 'yy_dot'])), 'DATE_OF_BIRTH')}생), {r.choice(['회사원', '무직', '자영업', '운전기사'])}"),
                 f"            주거 {R.P(a1, 'KR_ADDRESS')}",
                 f"            등록기준지 {R.P(a2, 'KR_ADDRESS')}",
                 f"검      사  {R.name(kname(r))}(기소), {R.name(kname(r))}(공판)",
                 f"변  호  인  {r.choice(['법무법인 한결 담당변호사', '법무법인 다솜 담당변호사', '변호사'])} {R.name(kname(r))}",
                 f"판 결 선 고  {some_date(r)}", "", "주      문",
                 f"피고인을 {r.choice(['징역 8월', '벌금 7,000,000원', '징역 1년 6월'])}에 처한다.", "", "이      유",
                 f"범죄사실: 피고인은 {some_date(r)} {r.randint(20, 23)}:{r.randint(0, 59):02d}경 혈중알코올농도 0.{r.randint(80, 190):03d}%의 술에 취한 상태로 "
                 f"{R.P(plate(r), 'KR_VEHICLE_PLATE')} 승용차를 약 {r.randint(2, 15)}km 구간 운전하였다.",
                 f"법령의 적용: {R.N('「도로교통법」 제148조의2 제3항 제2호', 'statute')}"]
    elif v == 1:  # admin litigation over DL revocation
        n = kname(r)
        dl, dk = driver_license(r)
        a, post, par = address(r)
        lw = kname(r)
        lines = [court, "판  결", "",
                 f"사  건  {R.N(cn, 'case_no')} 자동차운전면허취소처분취소",
                 f"원  고  {R.name(n)}", f"        {R.P(a, 'KR_ADDRESS')}",
                 f"        소송대리인 변호사 {R.name(lw)}",
                 f"피  고  {r.choice(['서울특별시경찰청장', '경기도남부경찰청장', '부산광역시경찰청장'])}",
                 f"        소송수행자 {R.name(kname(r))}",
                 f"변론종결  {some_date(r)}", f"판결선고  {some_date(r)}", "",
                 "이  유",
                 f"가. 원고는 {some_date(r)} 제1종 보통 운전면허(면허번호 {R.P(dl, 'KR_DRIVER_LICENSE', dk)})를 취득하였다.",
                 f"나. 피고는 {some_date(r)} 원고가 술에 취한 상태로 운전하였다는 이유로 {R.N('「도로교통법」 제93조제1항제1호', 'statute')}에 따라 위 운전면허를 취소하였다.",
                 f"다. 원고는 생계 수단으로 운전이 필수적이라고 주장하나, 음주운전 방지의 공익이 더 크다.",
                 f"재판장 판사 {R.name(kname(r))}  판사 {R.name(kname(r))}  판사 {R.name(kname(r))}"]
    else:  # administrative appeal decision naming the applicant (internal copy)
        n = kname(r)
        a, post, par = address(r)
        lines = [f"{r.choice(['중앙행정심판위원회', '경기도행정심판위원회', '부산광역시행정심판위원회'])}", "재  결", "",
                 f"사건  {R.N(cn, 'case_no')} {r.choice(['영업정지처분 취소청구', '기초생활수급자 선정 제외처분 취소청구', '주차위반 과태료 부과처분 취소청구'])}",
                 f"청구인  {R.name(n)}", f"        {R.P(a, 'KR_ADDRESS')}" + (f" {par}" if par else ""),
                 f"        (생년월일 {R.P(fmt_date(rand_date(r, (1945, 1, 1), (2000, 12, 31)), r.choice(['dot_sp', 'kor', 'dot0'])), 'DATE_OF_BIRTH')})",
                 f"피청구인  {r.choice(['마포구청장', '해운대구청장', '수원시장', '순천시장'])}",
                 "주문  피청구인의 처분을 취소한다.",
                 f"이유  청구인 {R.name(n)}은(는) 처분 사전통지를 받지 못하였다고 주장하는바, 통지서가 청구인의 주소가 아닌 곳으로 발송된 사실이 인정되므로 "
                 f"{R.N('「행정절차법」 제21조', 'statute')}에 따른 절차를 위반한 위법이 있다.",
                 f"재결일  {some_date(r)}"]
    return "\n".join(lines)


@genre("계약서", 34, 4)
def g_contract(r, R, nopii):
    I = inst(r)
    name, head, depts, area, sw, web, iaddr = I
    co = r.choice(COMPANIES)
    title = r.choice(["정보시스템 유지관리 용역", "청사 시설물 청소 용역", "민원 콜센터 운영 위탁", "도로 보수 공사",
                      "홈페이지 개편 용역", "외국인 주민 통번역 지원 용역"])
    if nopii:
        lines = [f"{title} 계약 일반조건", "",
                 f"제1조(목적) 이 조건은 {R.N(name, 'institution')}(이하 \"갑\"이라 한다)과 계약상대자(이하 \"을\"이라 한다) 사이의 {title} 계약에 관하여 필요한 사항을 정한다.",
                 f"제2조(계약금액) 계약금액은 {amount(r, 10000000, 900000000)}(부가가치세 포함)으로 한다.",
                 f"제3조(대금 지급) 갑은 을의 청구를 받은 날부터 5일 이내에 대금을 지급한다.",
                 f"제4조(개인정보 보호) 을은 {R.N(statute(r), 'statute')}에 따라 업무상 알게 된 개인정보를 목적 외로 이용하여서는 아니 된다.",
                 f"제5조(분쟁 해결) 이 계약에 관한 분쟁은 {r.choice(COURTS)}을 관할 법원으로 한다.",
                 f"입찰공고번호 {R.N(str(r.randint(2023, 2025)) + f'{r.randint(1, 12):02d}' + str(r.randint(10000, 99999)) + '-00', 'bid_no')}",
                 f"계약 담당: {r.choice(depts)} (대표전화 {R.N(sw, 'switchboard')})"]
        return "\n".join(lines)
    v = r.randint(0, 3)
    if v in (0, 1):  # company contract
        ceo = kname(r)
        a, post, par = address(r)
        bk, acc = account(r)
        lines = [f"{title} 계약서", "",
                 f"계약번호  {R.N(doc_no(r, '계약'), 'doc_no')}",
                 f"발주기관(갑)  {name}  {R.N(iaddr, 'inst_address')}",
                 f"계약상대자(을)  {co}",
                 f"  대 표 자  {R.name(ceo)}",
                 f"  사업자등록번호  {R.P(brn(r, corp=True), 'KR_BRN')}",
                 f"  법인등록번호  {R.P(crn(r), 'KR_CRN')}   설립일 {some_date(r, (1985, 1, 1), (2020, 12, 31), r.choice(['dot_sp', 'kor']))}",
                 f"  주    소  ({post}) {R.P(a, 'KR_ADDRESS')}",
                 f"  전    화  {R.P(landline(r), 'PHONE_NUMBER', 'company')}   팩스 {R.P(landline(r), 'PHONE_NUMBER', 'fax')}",
                 f"계약금액  {amount(r, 10000000, 900000000)}(부가가치세 포함)",
                 f"계약기간  {some_date(r)} ~ {some_date(r)}",
                 f"대금지급계좌  {bk} {R.P(acc, 'KR_BANK_ACCOUNT')} (예금주 {co})",
                 "",
                 f"갑과 을은 위 계약에 대하여 상호 신뢰를 바탕으로 성실히 이행할 것을 약정하고 이 계약서 2부를 작성하여 각 1부씩 보관한다.",
                 "",
                 f"{some_date(r)}",
                 f"갑  {head}  (인)",
                 f"을  {co}  대표이사  {R.name(ceo)}  (인)"]
        if v == 1:
            pm = kname(r)
            lines.insert(10, f"  사업책임자  {R.name(pm)} 이사 ({R.P(mobile(r), 'PHONE_NUMBER')}, {R.P(email(r, pm, r.choice(['saeon-it.co.kr', 'nuridata.co.kr', 'daonsns.com', 'mir-env.co.kr', 'hanulsys.kr'])), 'EMAIL_ADDRESS')})")
    elif v == 2:  # sole proprietor supply contract
        own = kname(r)
        shop = r.choice(SOLE)
        a, post, par = address(r)
        bk, acc = account(r)
        lines = [f"물품 구매 계약서 ({r.choice(['사무용품', '현수막 제작', '행사 도시락', '조경 자재'])})", "",
                 f"구매기관: {name} {r.choice(depts)}",
                 f"공급자: {shop} (대표 {R.name(own)})",
                 f"사업자등록번호: {R.P(brn(r, corp=False), 'KR_BRN')}",
                 f"사업장 소재지: {R.P(a, 'KR_ADDRESS')}",
                 f"연락처: {R.P(phone_any(r, .7), 'PHONE_NUMBER')}",
                 f"대금 입금 계좌: {bk} {R.P(acc, 'KR_BANK_ACCOUNT')} / 예금주 {R.name(own)}",
                 f"계약금액: {amount(r, 300000, 20000000)}",
                 f"납품기한: {some_date(r)}",
                 f"※ 1인 견적 수의계약 ({R.N('「지방자치단체를 당사자로 하는 계약에 관한 법률 시행령」 제30조', 'statute')})"]
    else:  # lease of public property to a citizen
        t = kname(r)
        rn, _ = rrn(r, r.choice(["valid", "valid", "masked"]))
        a, post, par = address(r)
        lines = ["공유재산 대부계약서", "",
                 f"대부재산: {r.choice(['○○동 123-4 대지 86㎡', '행정복지센터 1층 매점 공간 15㎡', '하천부지 540㎡(경작용)'])}",
                 f"대부기간: {some_date(r)}부터 {some_date(r)}까지",
                 f"대부료: 연 {amount(r, 100000, 5000000)}",
                 "대부받는 자",
                 f"  성명: {R.name(t)}",
                 f"  주민등록번호: {R.P(rn, 'KR_RRN')}",
                 f"  주소: {R.P(a, 'KR_ADDRESS')}",
                 f"  전화: {R.P(mobile(r), 'PHONE_NUMBER')}",
                 f"제5조 대부료는 {r.choice(['고지서에 의하여', '지정 가상계좌로'])} 납부한다.",
                 f"대부하는 자: {head}",
                 f"대부받는 자: {R.name(t)} (서명)"]
    return "\n".join(lines)


def dob(r, lo=(1940, 1, 1), hi=(2006, 12, 31), styles=None):
    d = rand_date(r, lo, hi)
    return fmt_date(d, r.choice(styles or DOB_STYLES)), d


def label(r, base):
    """Vary a form label a little: spacing, brackets, bullets."""
    st = r.randint(0, 5)
    if st == 0:
        return f"{base}: "
    if st == 1:
        return f"{base} : "
    if st == 2:
        return f"■ {base}  "
    if st == 3:
        return f"{' '.join(base) if len(base) <= 4 else base}  "
    if st == 4:
        return f"[{base}] "
    return f"{base}\t"


@genre("동의서·신청서", 46, 9)
def g_forms(r, R, nopii):
    if nopii:
        t = r.randint(0, 2)
        if t == 0:
            lines = ["개인정보 수집·이용 동의서 (서식)", "",
                     "1. 수집 항목: 성명, 생년월일, 연락처, 주소, (필요 시) 계좌번호",
                     "2. 수집·이용 목적: 민원 처리 결과 통지 및 지원금 지급",
                     "3. 보유 기간: 목적 달성 후 5년",
                     "4. 동의를 거부할 권리가 있으며, 거부 시 지원 대상에서 제외될 수 있습니다.", "",
                     f"{label(r, '성명')}__________  {label(r, '생년월일')}____. __. __.",
                     f"{label(r, '주민등록번호')}{R.N('000000-0000000', 'placeholder')}",
                     f"{label(r, '연락처')}(   )    -",
                     f"작성 예시) 성명: {R.N('홍길동', 'placeholder')}, 주소: ○○시 ○○구 ○○로 00",
                     f"근거: {R.N(statute(r), 'statute')}"]
        elif t == 1:
            lines = ["여권 발급 신청서 작성 요령", "",
                     "- 한글 성명은 가족관계등록부상 성명과 같아야 합니다.",
                     "- 로마자 성명은 기존 여권과 같게 적되, 변경을 원하면 별도 신청서를 제출합니다.",
                     f"- 긴급 연락처 칸에는 국내 가족의 연락처를 적습니다(예: {R.N('010-0000-0000', 'placeholder')}).",
                     f"- 문의: 여권 민원 상담 {R.N(switchboard(r), 'switchboard')}"]
        else:
            lines = ["자동이체 신청서 (작성 전 안내)", "",
                     "예금주와 납부자가 다른 경우 예금주의 동의 서명이 필요합니다.",
                     "신용카드 자동납부는 본인 명의 카드만 가능하며 법인카드는 제외됩니다.",
                     f"카드번호 기재란: {R.N('____-____-____-____', 'placeholder')}",
                     f"처리 기관: 지방세 납부 상담 {R.N(switchboard(r), 'switchboard')}"]
        return "\n".join(lines)
    n = kname(r)
    v = r.randint(0, 6)
    a, post, par = address(r)
    lines = []
    if v == 0:
        lines = [r.choice(["개인정보 수집·이용 동의서", "개인정보 수집·이용 및 제3자 제공 동의서"]), "",
                 "본인은 아래 사항을 확인하고 개인정보 수집·이용에 동의합니다.", ""]
        dv, _ = dob(r)
        lines.append(f"{label(r, '성명')}{R.name(n)}    {label(r, '생년월일')}{R.P(dv, 'DATE_OF_BIRTH')}")
        lines.append(f"{label(r, '주소')}{R.P(a, 'KR_ADDRESS')}" + (f" {par}" if par and r.random() < .5 else ""))
        lines.append(f"{label(r, '휴대전화')}{R.P(mobile(r, r.choice(['hy', 'hy', 'none', 'sp'])), 'PHONE_NUMBER')}")
        lines.append(f"{label(r, '전자우편')}{R.P(email(r, n), 'EMAIL_ADDRESS')}")
        lines.append("동의 여부: ☑ 동의함 □ 동의하지 않음")
        lines.append(f"{some_date(r)}   동의자 {R.name(n)} (서명)")
    elif v == 1:
        rn, _ = rrn(r, r.choice(["valid", "valid", "post2020", "masked"]))
        lines = ["주민등록표 등·초본 교부 신청서", "",
                 f"신청인  성명 {R.name(n)}  주민등록번호 {R.P(rn, 'KR_RRN')}",
                 f"        주소 {R.P(a, 'KR_ADDRESS')}  전화번호 {R.P(phone_any(r, .8), 'PHONE_NUMBER')}"]
        if r.random() < .6:
            t = kname(r)
            rn2, _ = rrn(r, r.choice(["valid", "masked", "post2020"]))
            lines.append(f"대상자  성명 {R.name(t)}  주민등록번호 {R.P(rn2, 'KR_RRN')}  신청인과의 관계 {r.choice(['자녀', '부', '모', '배우자'])}")
        lines.append(f"용도 및 목적: {r.choice(['금융기관 제출', '학교 제출', '소송 제출용', '보조금 신청'])}")
        lines.append(f"수수료: {r.choice(['400원', '200원', '면제'])}   {some_date(r)}")
    elif v == 2:
        dl, dk = driver_license(r)
        rn, _ = rrn(r, r.choice(["valid", "masked"]))
        lines = [r.choice(["운전면허 적성검사(갱신) 신청서", "자동차운전면허증 재발급 신청서", "운전경력증명서 발급 신청서"]), "",
                 f"{label(r, '성명')}{R.name(n)}",
                 f"{label(r, '주민등록번호')}{R.P(rn, 'KR_RRN')}",
                 f"{label(r, '면허번호')}{R.P(dl, 'KR_DRIVER_LICENSE', dk)}",
                 f"{label(r, '주소')}{R.P(a, 'KR_ADDRESS')}",
                 f"{label(r, '연락처')}{R.P(mobile(r), 'PHONE_NUMBER')}",
                 f"면허 종별: {r.choice(['1종 보통', '2종 보통', '1종 대형', '2종 소형'])}   신청 사유: {r.choice(['분실', '훼손', '정기 갱신', '주소 변경'])}"]
    elif v == 3:
        pp, pk = passport_ko(r)
        rn, _ = rrn(r, r.choice(["valid", "valid", "post2020", "masked"]))
        en = f"{rom(split_name(n)[0]).upper()} {rom(split_name(n)[1]).upper()}"
        lines = ["여권 발급 신청서(재발급)", "",
                 f"한글 성명 {R.name(n)}   로마자 성명 {R.P(en, 'PERSON', 'roman')}",
                 f"주민등록번호 {R.P(rn, 'KR_RRN')}",
                 f"기존 여권번호 {R.P(pp, 'KR_PASSPORT', pk)} (분실 신고 {some_date(r)})",
                 f"긴급연락처  성명 {R.name(kname(r))}  관계 {r.choice(['부', '모', '배우자', '형제'])}  전화 {R.P(mobile(r), 'PHONE_NUMBER')}",
                 f"여권 종류: {r.choice(['복수여권 58면', '복수여권 26면', '단수여권'])}  수령 희망 기관: {r.choice(['마포구청', '수원시청', '해운대구청'])} 민원여권과"]
    elif v == 4:
        cd, num = card(r, style=r.choice(["hy", "hy", "sp", "none"]))
        bk, acc = account(r)
        lines = [r.choice(["지방세 자동납부 신청서", "상하수도 요금 자동납부 신청서", "공유재산 대부료 자동이체 신청서"]), "",
                 f"납부자 {R.name(n)}  연락처 {R.P(mobile(r), 'PHONE_NUMBER')}",
                 f"납부 방법  ☑ 신용카드  □ 계좌이체",
                 f"카드번호 {R.P(cd, 'CREDIT_CARD')}  유효기간 {r.randint(1, 12):02d}/{r.randint(26, 31)}",
                 f"(환급금 입금 계좌) {bk} {R.P(acc, 'KR_BANK_ACCOUNT')}  예금주 {R.name(n)}",
                 f"고객번호 {R.N(mgmt_no(r), 'mgmt_no')}  신청일 {some_date(r)}"]
    elif v == 5:
        hi = health_ins(r, r.choice(["plain", "plain", "plain", "hy"]))
        rn, _ = rrn(r, r.choice(["valid", "masked"]))
        dep = kname(r)
        rn2, _ = rrn(r, r.choice(["valid", "post2020", "masked"]))
        lines = ["건강보험 피부양자 자격(취득) 신고서", "",
                 f"직장가입자  성명 {R.name(n)}  건강보험증번호 {R.P(hi, 'KR_HEALTH_INSURANCE')}",
                 f"            주민등록번호 {R.P(rn, 'KR_RRN')}  전화 {R.P(mobile(r), 'PHONE_NUMBER')}",
                 f"피부양자    성명 {R.name(dep)}  주민등록번호 {R.P(rn2, 'KR_RRN')}  관계 {r.choice(['배우자', '자녀', '부모'])}",
                 f"사업장 관리번호 {R.N(str(r.randint(10000000000, 99999999999)), 'workplace_no')} (사업장명 {r.choice(COMPANIES)})"]
    else:
        nat, lat, han = fname(r)
        fr, _ = frn(r)
        pp = passport_foreign(r, nat)
        lines = ["외국인 주민 행정서비스 신청서", "",
                 f"성명(영문) {R.P(lat, 'PERSON', 'foreign_lat')}   성명(한글) {R.P(han, 'PERSON', 'foreign_han')}",
                 f"국적 {nat}   외국인등록번호 {R.P(fr, 'KR_FRN')}",
                 f"여권번호 {R.P(pp, 'KR_PASSPORT', 'pp_foreign')}",
                 f"체류지 {R.P(a, 'KR_ADDRESS')}",
                 f"연락처 {R.P(mobile(r), 'PHONE_NUMBER')}   이메일 {R.P(email(r, None), 'EMAIL_ADDRESS')}",
                 f"신청 서비스: {r.choice(['통번역 지원', '한국어 교육', '생활 법률 상담'])}"]
    return "\n".join(lines)


def table(r, R, header, rows, style=None, with_header=None):
    """rows: list of list of cells; a cell is (value, type or None[, kind]). Returns text."""
    style = style or r.choice(["pipe", "pipe_tight", "tab", "csv", "pad"])
    if with_header is None:
        with_header = r.random() < .65
    out = []

    def cell(c):
        v, t = c[0], c[1]
        if t is None:
            return v
        if t == "NEG":
            return R.N(v, c[2])
        return R.P(v, t, c[2] if len(c) > 2 else "")
    if style == "csv":
        def q(c):
            v = cell(c)
            return f'"{v}"' if "," in c[0] else v
        if with_header:
            out.append(",".join(header))
        for row in rows:
            out.append(",".join(q(c) for c in row))
    elif style in ("pipe", "pipe_tight"):
        sep = " | " if style == "pipe" else "|"
        edge = r.random() < .5
        if with_header:
            out.append((sep.strip() + " " if edge and style == "pipe" else ("|" if edge else "")) + sep.join(header)
                       + (" " + sep.strip() if edge and style == "pipe" else ("|" if edge else "")))
            if r.random() < .5:
                out.append("|".join("---" for _ in header) if not edge else "|" + "|".join("---" for _ in header) + "|")
        for row in rows:
            body = sep.join(cell(c) for c in row)
            if edge:
                body = ("| " if style == "pipe" else "|") + body + (" |" if style == "pipe" else "|")
            out.append(body)
    elif style == "tab":
        if with_header:
            out.append("\t".join(header))
        for row in rows:
            out.append("\t".join(cell(c) for c in row))
    else:  # padded columns
        widths = [max([len(h) for h in ([header[i]] if with_header else [])] + [len(row[i][0]) for row in rows]) + 2
                  for i in range(len(rows[0]))]
        if with_header:
            out.append("".join(h.ljust(w) for h, w in zip(header, widths)).rstrip())
        for row in rows:
            parts = []
            for i, c in enumerate(row):
                pad = " " * (widths[i] - len(c[0]))
                parts.append(cell(c) + (pad if i < len(row) - 1 else ""))
            out.append("".join(parts))
    return "\n".join(out)


def row_cells(r, schema):
    n = kname(r)
    fn_ = fname(r)
    bank_acc = account(r)
    cells = []
    for col in schema:
        if col == "연번":
            cells.append((str(r.randint(1, 99)), None))
        elif col == "성명":
            cells.append((n, "PERSON", "ko"))
        elif col == "주민등록번호":
            cells.append((rrn(r, r.choice(["valid", "valid", "valid", "masked", "post2020"]), r.choice(["-", "-", "-", ""]))[0], "KR_RRN"))
        elif col == "주소":
            cells.append((address(r)[0], "KR_ADDRESS"))
        elif col == "연락처":
            cells.append((phone_any(r, .8), "PHONE_NUMBER"))
        elif col == "휴대전화":
            cells.append((mobile(r, r.choice(["hy", "hy", "none"])), "PHONE_NUMBER"))
        elif col == "계좌":
            cells.append((bank_acc[1], "KR_BANK_ACCOUNT"))
        elif col == "은행":
            cells.append((bank_acc[0], None))
        elif col == "생년월일":
            cells.append((dob(r, styles=["dot0_nolast", "iso", "yymmdd", "dot_sp", "compact"])[0], "DATE_OF_BIRTH"))
        elif col == "면허번호":
            dl, dk = driver_license(r)
            cells.append((dl, "KR_DRIVER_LICENSE", dk))
        elif col == "차량번호":
            cells.append((plate(r), "KR_VEHICLE_PLATE"))
        elif col == "카드번호":
            if r.random() < .3:
                cells.append((card_masked(r), "CREDIT_CARD", "card_masked"))
            else:
                cells.append((card(r, style=r.choice(["hy", "hy", "none", "sp"]))[0], "CREDIT_CARD"))
        elif col == "승인번호":
            cells.append((f"{r.randint(10000000, 99999999)}", "NEG", "approval_no"))
        elif col == "금액":
            cells.append((f"{r.randint(1, 999) * 1000:,}", None))
        elif col == "건강보험증번호":
            cells.append((health_ins(r), "KR_HEALTH_INSURANCE"))
        elif col == "이메일":
            cells.append((email(r, n), "EMAIL_ADDRESS"))
        elif col == "부서":
            cells.append((r.choice(INSTS)[2][0], None))
        elif col == "직급":
            cells.append((r.choice(RANKS_LOW + RANKS_MID), None))
        elif col == "내선":
            cells.append((f"{r.randint(2000, 8999)}", None))
        elif col == "비고":
            cells.append((r.choice(["", "신규", "갱신", "-", "확인"]) or "-", None))
        elif col == "접속IP":
            cells.append((ipv4(r), "IP_ADDRESS"))
        elif col == "사용자ID":
            cells.append((f"{r.choice(['u', 'adm', 'usr'])}{r.randint(1000, 99999)}", "NEG", "user_id"))
        elif col == "상호":
            cells.append((r.choice(COMPANIES), None))
        elif col == "대표자":
            cells.append((n, "PERSON", "ko"))
        elif col == "사업자등록번호":
            cells.append((brn(r, r.choice(["-", "-", "-", ""]), corp=True), "KR_BRN"))
        elif col == "법인등록번호":
            cells.append((crn(r, r.choice(["-", "-", "-", ""])), "KR_CRN"))
        elif col == "전화":
            cells.append((landline(r), "PHONE_NUMBER", "company"))
        elif col == "성명(영문)":
            cells.append((fn_[1], "PERSON", "foreign_lat"))
        elif col == "국적":
            cells.append((fn_[0], None))
        elif col == "외국인등록번호":
            cells.append((frn(r, masked=r.random() < .15, sep=r.choice(["-", "-", "-", ""]))[0], "KR_FRN"))
        elif col == "여권번호":
            cells.append((passport_foreign(r, fn_[0]), "KR_PASSPORT", "pp_foreign"))
        elif col == "일시":
            cells.append((f"{some_date(r, style='iso')} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}", None))
    return cells


TABLE_SCHEMAS = [
    ("긴급복지 지원금 지급 명세", ["연번", "성명", "주민등록번호", "주소", "은행", "계좌"]),
    ("차량 소유자 조회 결과", ["차량번호", "성명", "생년월일", "휴대전화", "면허번호"]),
    ("카드 결제 취소 및 환불 내역", ["연번", "성명", "카드번호", "승인번호", "금액"]),
    ("직원 비상연락망", ["성명", "부서", "직급", "내선", "휴대전화", "이메일"]),
    ("건강검진 대상자", ["연번", "성명", "건강보험증번호", "생년월일", "비고"]),
    ("운전원 현황", ["성명", "면허번호", "연락처", "차량번호"]),
    ("개인정보처리시스템 접속기록 점검", ["일시", "사용자ID", "성명", "접속IP"]),
    ("보조금 수령인", ["성명", "생년월일", "은행", "계좌", "연락처"]),
    ("자원봉사자 명단", ["연번", "성명", "휴대전화", "주소", "비고"]),
    ("법정대리인 확인", ["성명", "주민등록번호", "연락처", "이메일"]),
    ("협력업체 현황", ["상호", "대표자", "사업자등록번호", "법인등록번호", "전화"]),
    ("외국인 근로자 체류 현황", ["성명(영문)", "국적", "외국인등록번호", "여권번호", "휴대전화"]),
    ("법인 등기 확인 대상", ["상호", "법인등록번호", "대표자", "주소"]),
    ("외국인 유학생 명단", ["연번", "성명(영문)", "국적", "외국인등록번호", "이메일"]),
]


@genre("표", 56, 12)
def g_table(r, R, nopii):
    if nopii:
        t = r.randint(0, 2)
        if t == 0:
            header = ["동명", "세대수", "인구(남)", "인구(여)", "계"]
            rows = []
            for dn in r.sample(["성산1동", "망원2동", "합정동", "서교동", "연남동", "상암동", "도화동"], 4):
                m_, f_ = r.randint(4000, 19000), r.randint(4000, 19000)
                rows.append([(dn, None), (f"{r.randint(5000, 20000):,}", None), (f"{m_:,}", None), (f"{f_:,}", None),
                             (f"{m_ + f_:,}", None)])
            cap = f"{r.randint(2023, 2025)}년 {r.randint(1, 12)}월 말 동별 주민등록 인구 현황"
        elif t == 1:
            header = ["사업명", "예산액", "집행액", "집행률"]
            rows = []
            for nm in r.sample(["청년 월세 지원", "어르신 교통비", "외국인 주민 통번역", "공공와이파이 확충", "CCTV 교체"], 3):
                b = r.randint(100, 9000) * 1000000
                e = int(b * r.uniform(.3, 1))
                rows.append([(nm, None), (f"{b:,}", None), (f"{e:,}", None), (f"{e / b * 100:.1f}%", None)])
            cap = "주요 사업 예산 집행 현황(단위: 원)"
        else:
            header = ["접수번호", "민원 종류", "접수일", "처리 기한", "상태"]
            rows = []
            for _ in range(r.randint(3, 5)):
                rows.append([(receipt_no(r), "NEG", "receipt_no"), (r.choice(["정보공개", "고충민원", "질의", "건의"]), None),
                             (some_date(r, style="iso"), None), (some_date(r, style="iso"), None),
                             (r.choice(["처리중", "완료", "이송"]), None)])
            cap = "민원 접수 현황"
        return f"[{cap}]\n" + table(r, R, header, rows)
    cap, schema = r.choice(TABLE_SCHEMAS)
    rows = [row_cells(r, schema) for _ in range(r.randint(2, 5))]
    style = r.choice(["pipe", "pipe_tight", "tab", "csv", "pad"])
    with_header = r.random() < .6
    pre = r.choice([f"{cap}\n", f"<{cap}>\n", f"붙임 {r.randint(1, 3)}. {cap}\n", ""])
    post = r.choice(["", "", f"\n※ 위 자료는 {some_date(r)} 기준임", f"\n총 {len(rows)}명"])
    return pre + table(r, R, schema, rows, style, with_header) + post


@genre("명부", 32, 5)
def g_roster(r, R, nopii):
    k = r.randint(0, 3)
    ev = r.choice([["개인정보보호 교육 참석자 명부", "공공근로 참여자 명부", "방문 민원 출입 대장"],
                   ["주민자치회 위원 명단", "통장 명단"],
                   ["관용차량 운전원 명부", "재난 대응 차량 운전 자원봉사자 명부"],
                   ["경로당 회원 명부", "독거 어르신 안부 확인 대상자 명부"]][k])
    if nopii:
        lines = [ev + " (공개용)", "",
                 f"총원 {r.randint(12, 80)}명 / 참석 {r.randint(10, 60)}명",
                 f"※ 개인정보 보호를 위해 성명 일부를 가렸습니다: {R.N(masked_person(r), 'masked_person')}, {R.N(masked_person(r), 'masked_person')}, {R.N(masked_person(r), 'masked_person')} 외",
                 f"문의: {r.choice(INSTS)[2][0]} (대표 {R.N(switchboard(r), 'switchboard')})"]
        return "\n".join(lines)
    lines = [ev, f"작성일 {some_date(r)}", ""]
    for j in range(r.randint(3, 6)):
        n = kname(r)
        if k == 0:
            lines.append(f"{j + 1}. {R.name(n)} ({R.P(dob(r, styles=['dot_sp', 'yy_dot', 'dot0'])[0], 'DATE_OF_BIRTH')}) {R.P(mobile(r), 'PHONE_NUMBER')} {r.choice(['서명', '(서명)', '✓', ''])}".rstrip())
        elif k == 1:
            lines.append(f"- {R.name(n)} {r.choice(['위원장', '부위원장', '위원', '간사', '통장'] if '위원' in ev else ['통장'])}, {r.choice(['성산1동', '망원동', '연남동', '상암동'])} {r.randint(1, 30)}통, 연락처 {R.P(phone_any(r, .9), 'PHONE_NUMBER')}")
        elif k == 2:
            dl, dk = driver_license(r)
            lines.append(f"{j + 1:02d}  {R.name(n)}  면허 {R.P(dl, 'KR_DRIVER_LICENSE', dk)}  {R.P(mobile(r), 'PHONE_NUMBER')}")
        else:
            a, _, _ = address(r, r.choice(["gu", "gu_unit", "short"]))
            lines.append(f"{j + 1}) {R.name(n)}({age(r, 60, 95)}세, {r.choice(['남', '여'])}) {R.P(a, 'KR_ADDRESS')} / {R.P(email(r, n), 'EMAIL_ADDRESS') if r.random() < .3 else R.P(mobile(r), 'PHONE_NUMBER')}")
    lines.append("")
    lines.append(f"확인자 {r.choice(RANKS_LOW)} {R.name(kname(r))}")
    return "\n".join(lines)


UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
      "Mozilla/5.0 (Linux; Android 14; SM-S918N) AppleWebKit/537.36 Chrome/123.0.6312.99 Mobile Safari/537.36",
      "curl/8.4.0"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


@genre("로그", 34, 9)
def g_logs(r, R, nopii):
    d = rand_date(r, (2024, 1, 1), (2025, 9, 30))
    hh = r.randint(0, 22)
    lines = []
    if nopii:
        lines.append(f"# {r.choice(['batch', 'scheduler', 'app'])}.log  host={r.choice(['was01', 'was02', 'db-stby'])}  build {R.N(f'{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 99)}.{r.randint(100, 999)}', 'version')}")
        for j in range(r.randint(4, 7)):
            t = f"{d:%Y-%m-%d} {hh:02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
            ev = r.choice([f"[INFO] job=DAILY_STAT rows={r.randint(100, 99999)} elapsed={r.randint(1, 600)}s",
                           f"[INFO] user={R.N('u' + str(r.randint(10000, 99999)), 'user_id')} password changed (policy 90d)",
                           f"[WARN] queue depth {r.randint(100, 5000)} exceeds threshold",
                           f"[INFO] 민원 접수번호 {R.N(receipt_no(r), 'receipt_no')} 상태 변경: 접수→처리중",
                           f"[INFO] cert renew ok, module {R.N(f'{r.randint(1, 4)}.{r.randint(0, 9)}.{r.randint(0, 30)}', 'version')}",
                           f"[ERROR] timeout calling 행정정보공동이용 API (code {R.N(mgmt_no(r), 'mgmt_no')})"])
            lines.append(f"{t} {ev}")
        return "\n".join(lines)
    v = r.randint(0, 4)
    if v == 0:  # privacy-system access record
        lines.append(f"[개인정보처리시스템 접속기록] {d:%Y-%m-%d}")
        lines.append(r.choice(["계정ID | 성명 | 접속일시 | 접속지 | 수행업무 | 정보주체", ""]).strip())
        for j in range(r.randint(3, 6)):
            subj = kname(r)
            rn, _ = rrn(r, "masked")
            row = (f"{R.N('u' + str(r.randint(10000, 99999)), 'user_id')} | {R.name(kname(r))} | {d:%Y-%m-%d} {hh:02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} | "
                   f"{R.P(ipv4(r, True), 'IP_ADDRESS')} | {r.choice(['조회', '출력', '수정', '다운로드'])} | {R.name(subj)}"
                   + (f"({R.P(rn, 'KR_RRN', 'rrn_masked')})" if r.random() < .5 else ""))
            lines.append(row)
        lines = [l for l in lines if l]
    elif v == 1:  # web access log
        for j in range(r.randint(3, 6)):
            ip = ipv4(r, False) if r.random() < .75 else ipv6(r)
            path = r.choice(["/minwon/apply.do", "/board/view.do?idx=" + str(r.randint(100, 99999)), "/login.do", "/download.do?file=" + str(r.randint(1000, 9999))])
            lines.append(f"{R.P(ip, 'IP_ADDRESS')} - - [{d.day:02d}/{MON[d.month - 1]}/{d.year}:{hh:02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} +0900] "
                         f"\"{r.choice(['GET', 'POST'])} {path} HTTP/1.1\" {r.choice([200, 200, 302, 404, 500])} {r.randint(200, 90000)} \"-\" \"{R.N(r.choice(UA), 'user_agent')}\"")
    elif v == 2:  # auth / vpn
        for j in range(r.randint(3, 6)):
            n = kname(r)
            kind = r.random()
            if kind < .5:
                lines.append(f"{MON[d.month - 1]} {d.day:2d} {hh:02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} gw01 sshd[{r.randint(1000, 65000)}]: "
                             f"Failed password for {r.choice(['invalid user admin', 'root', 'invalid user test'])} from {R.P(ipv4(r, False), 'IP_ADDRESS')} port {r.randint(1024, 65535)} ssh2")
            else:
                lines.append(f"{d:%Y-%m-%d}T{hh:02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}+09:00 vpn-gw: login ok user={R.P(email(r, n, 'korea.kr'), 'EMAIL_ADDRESS')} "
                             f"src={R.P(ipv4(r, False) if r.random() < .8 else ipv6(r), 'IP_ADDRESS')} assigned={R.P(ipv4(r, True), 'IP_ADDRESS')}")
    elif v == 3:  # SMS / notification log
        mins = sorted(r.randint(0, 59) for _ in range(5))
        for j in range(r.randint(3, 5)):
            n = kname(r)
            lines.append(f"{d:%Y%m%d} {hh:02d}{mins[j]:02d}{r.randint(0, 59):02d} [SMS] tmpl=MW{r.randint(1, 40):03d} to={R.P(mobile(r, r.choice(['none', 'hy'])), 'PHONE_NUMBER')} "
                         f"name={R.name(n)} result={r.choice(['OK', 'OK', 'OK', 'FAIL(번호없음)'])} msgid={R.N(str(r.randint(10 ** 11, 10 ** 12 - 1)), 'message_id')}")
    else:  # admin audit trail (Korean)
        lines.append(f"■ 관리자 작업 이력 ({d:%Y.%m.%d})")
        for j in range(r.randint(3, 5)):
            n = kname(r)
            act = r.choice([f"회원 {R.name(n)} 연락처 변경 {R.P(mobile(r), 'PHONE_NUMBER')} → {R.P(mobile(r), 'PHONE_NUMBER')}",
                            f"회원 {R.name(n)} 이메일 변경 → {R.P(email(r, n), 'EMAIL_ADDRESS')}",
                            f"회원 {R.name(n)} 탈퇴 처리 (요청 IP {R.P(ipv4(r, False), 'IP_ADDRESS')})",
                            f"회원 {R.name(n)} 비밀번호 초기화"])
            lines.append(f"- {hh:02d}:{r.randint(0, 59):02d} 관리자 {R.N('adm' + str(r.randint(100, 999)), 'user_id')} ({R.P(ipv4(r, True), 'IP_ADDRESS')}) {act}")
    return "\n".join(lines)


@genre("이메일", 34, 7)
def g_email(r, R, nopii):
    I = inst(r)
    name, head, depts, area, sw, web, iaddr = I
    dept = r.choice(depts)
    dom = web.replace("www.", "")
    d = rand_date(r, (2024, 1, 1), (2025, 9, 30))
    wk = "월화수목금토일"[d.weekday()]
    if nopii:
        box = r.choice(["minwon", "noreply", "privacy", "webmaster", "info"])
        lines = [f"보낸 사람: {name} {dept} <{R.N(box + '@' + dom, 'inst_email')}>",
                 "받는 사람: 수신자 목록 비공개",
                 f"날짜: {d.year}년 {d.month}월 {d.day}일 ({wk}) 오전 {r.randint(8, 11)}:{r.randint(0, 59):02d}",
                 f"제목: [안내] {r.choice(['개인정보 처리방침 개정', '홈페이지 점검 일정', '민원 처리 기간 변경'])}", "",
                 "안녕하십니까.",
                 f"{r.choice(['개인정보 처리방침이 개정되어', '시스템 점검으로 인해', '관련 규정이 개정되어'])} 아래와 같이 알려드립니다.",
                 f"- 시행일: {some_date(r)}",
                 f"- 근거: {R.N(statute(r), 'statute')}",
                 f"문의 사항은 대표전화 {R.N(sw, 'switchboard')} 또는 이 메일로 회신 바랍니다.",
                 "본 메일은 발신 전용입니다."]
        return "\n".join(lines)
    off = kname(r)
    cit = kname(r)
    off_em = email(r, off, "korea.kr")
    cit_em = email(r, cit)
    fmt = r.randint(0, 2)

    def addr_line(nm, em):
        if fmt == 0:
            return f"{R.name(nm)} <{R.P(em, 'EMAIL_ADDRESS')}>"
        if fmt == 1:
            return f"\"{R.name(nm)}\" <{R.P(em, 'EMAIL_ADDRESS')}>"
        return f"{R.P(em, 'EMAIL_ADDRESS')} ({R.name(nm)})"
    subj = r.choice(["정보공개 청구 자료 보완 요청", "보조금 정산 서류 제출", "민원 회신 관련 추가 문의", "현장 점검 일정 협의"])
    lines = [f"보낸 사람: {addr_line(off, off_em)}",
             f"받는 사람: {addr_line(cit, cit_em)}"]
    if r.random() < .4:
        cc = kname(r)
        lines.append(f"참조: {addr_line(cc, email(r, cc, 'korea.kr'))}")
    lines += [f"날짜: {d.year}년 {d.month}월 {d.day}일 ({wk}) 오후 {r.randint(1, 6)}:{r.randint(0, 59):02d}",
              f"제목: RE: {subj}", "",
              f"{R.name(cit)} 님, 안녕하세요. {name} {dept} {R.name(off)}입니다.",
              f"요청하신 {subj.split()[0]} 건은 {some_date(r)}까지 처리될 예정입니다."]
    k = r.randint(0, 2)
    if k == 0:
        bk, acc = account(r)
        lines.append(f"말씀하신 환급 계좌({bk} {R.P(acc, 'KR_BANK_ACCOUNT')})로 입금 처리하겠습니다.")
    elif k == 1:
        a, post, par = address(r)
        lines.append(f"원본 서류는 {R.P(a, 'KR_ADDRESS')}(으)로 등기 발송하겠습니다.")
    else:
        lines.append(f"급하신 경우 제 휴대전화({R.P(mobile(r), 'PHONE_NUMBER')})로 연락 주셔도 됩니다.")
    lines += ["", "감사합니다.", "",
              f"-----Original Message-----",
              f"From: {R.name(cit)} <{R.P(cit_em, 'EMAIL_ADDRESS')}>",
              f"Sent: {d.year}-{d.month:02d}-{max(1, d.day - 1):02d} {r.randint(9, 22)}:{r.randint(0, 59):02d}",
              f"To: {R.P(off_em, 'EMAIL_ADDRESS')}",
              f"Subject: {subj}", "",
              f"담당자님께, {subj} 관련하여 문의드립니다. 제 연락처는 {R.P(phone_any(r, .9), 'PHONE_NUMBER')}입니다.",
              f"{R.name(cit)} 드림", "",
              "--",
              f"{R.name(off)} | {name} {dept} {r.choice(RANKS_LOW)}",
              f"T. {R.P(direct_line(r, area), 'PHONE_NUMBER', 'landline')} | F. {R.P(fax_line(r, area), 'PHONE_NUMBER', 'fax')} | {R.N(iaddr, 'inst_address')}"]
    return "\n".join(lines)


@genre("기사", 34, 6)
def g_news(r, R, nopii):
    place = r.choice(["마포구", "해운대구", "수원시 팔달구", "청주시 흥덕구", "제주시", "순천시", "유성구", "춘천시"])
    d = rand_date(r, (2024, 1, 1), (2025, 9, 30))
    if nopii:
        lines = [r.choice(["[지역] 1인 가구 고독사 예방 사업 확대", "[사회] 보이스피싱 피해 상반기 12% 감소", "[행정] 주민등록증 모바일 발급 전국 확대"]),
                 "",
                 f"{place}는 {d.month}월 {d.day}일 관련 대책을 발표했다. 구청장은 \"예산 {amount(r, 100000000, 3000000000)}을 추가 투입하겠다\"고 밝혔다.",
                 f"경찰에 따르면 지난달 {R.N(masked_person(r), 'masked_person')}(54) 씨가 검거된 데 이어 공범 {R.N(masked_person(r), 'masked_person')}(31) 씨도 붙잡혔다.",
                 f"피해 신고는 경찰청 {R.N('112', 'shortcode')} 또는 금융감독원 {R.N('1332', 'shortcode')}로 하면 된다.",
                 f"한편 행정안전부 장관과 {place.split()[0]}장은 이날 현장을 방문했다. 관련 판결은 {R.N(case_no(r), 'case_no')} 사건이다."]
        return "\n".join(lines)
    TOP = {"씨": ("씨는", "씨가"), "님": ("님은", "님이"), "군": ("군은", "군이"), "양": ("양은", "양이")}
    k = r.randint(0, 3)
    reporter = kname(r)
    if k == 0:
        sfx = r.choice(["씨", "씨", "군", "양"])
        p1 = kname(r, sex="f" if sfx == "양" else "m" if sfx == "군" else None)
        a1 = age(r, 14, 18) if sfx in ("군", "양") else age(r, 22, 70)
        job = r.choice(["배달원", "택시기사", "주부", "회사원"]) if sfx == "씨" else "고교생"
        off = kname(r)
        g = "" if r.random() < .6 else ("·" + r.choice(["남", "여"]))
        lines = [f"[미담] 불길 속 이웃 구한 {job}", "",
                 f"지난 {d.month}월 {d.day}일 {place}의 한 다세대주택에서 불이 나자 {job} {R.name(p1)}({a1}{g if sfx == '씨' else ''}) {TOP[sfx][1]} 가장 먼저 뛰어들었다.",
                 f"{R.name(p1)} {TOP[sfx][0]} \"연기가 가득해 앞이 보이지 않았지만 아이 울음소리가 들렸다\"고 당시 상황을 전했다.",
                 f"현장을 찾은 {R.name(off)} {place.split()[-1]} {r.choice(['복지정책과장', '안전총괄과장', '동장'])}은 \"의인에게 표창을 수여할 계획\"이라고 말했다."]
    elif k == 1:
        p2, p3 = kname(r), kname(r)
        a, _, _ = address(r, r.choice(["gu", "gu_unit"]))
        lines = ["[현장] 전세사기 피해자들 \"일상이 무너졌다\"", "",
                 f"{place} 빌라 세입자 {R.name(p2)}({age(r, 26, 45)}) 씨는 보증금 {amount(r, 50000000, 300000000)}을 돌려받지 못했다.",
                 f"{R.name(p2)} 씨는 \"{R.P(a, 'KR_ADDRESS')} 집에서 나가라는 통보만 받았다\"고 말했다.",
                 f"임대인 {R.name(p3)}({age(r, 40, 70)}) 씨는 연락이 닿지 않는 상태다. 피해자 모임 대표 {R.name(kname(r))} 씨는 "
                 f"\"연락처({R.P(mobile(r), 'PHONE_NUMBER')})로 피해 사례를 모으고 있다\"고 했다."]
    elif k == 2:
        p2 = kname(r)
        lines = ["[사건] 허위 서류로 보조금 타낸 일당 적발", "",
                 f"{place.split()[0]} 경찰은 고용유지지원금을 부정 수급한 혐의로 업체 대표 {R.name(p2)}({age(r, 30, 65)}) 씨 등 {r.randint(3, 9)}명을 검찰에 송치했다.",
                 f"경찰에 따르면 이들은 사업자등록번호 {R.P(brn(r, corp=False), 'KR_BRN')}로 등록된 유령 업체를 내세운 것으로 조사됐다.",
                 f"가담 정도가 가벼운 {R.N(masked_person(r), 'masked_person')}(42) 씨는 불구속 입건됐다."]
    else:
        p2 = kname(r, sex="f")
        gsfx = r.choice(["군", "양"])
        p3 = kname(r, sex="m" if gsfx == "군" else "f")
        lines = ["[인터뷰] 40년 골목 지킨 구멍가게 주인", "",
                 f"{place} 골목에서 {r.randint(30, 45)}년째 가게를 운영하는 {R.name(p2)}({age(r, 68, 90)}) 할머니는 요즘 손주 자랑에 여념이 없다.",
                 f"손주 {R.name(p3)}({age(r, 12, 17)}) {TOP[gsfx][1]} 올해 구립 장학생으로 뽑혔다는 소식에 가게 앞이 축하 인사로 붐볐다.",
                 f"제보는 기자 이메일({R.P(email(r, reporter, r.choice(['hanbitnews.co.kr', 'dailyro.kr'])), 'EMAIL_ADDRESS')})로 받는다."]
    lines.append(f"/{R.name(reporter)} 기자")
    return "\n".join(lines)


VISAS = ["E-9(비전문취업)", "F-6(결혼이민)", "D-2(유학)", "E-7(특정활동)", "H-2(방문취업)", "F-4(재외동포)",
         "D-10(구직)", "E-8(계절근로)", "F-2(거주)", "C-3(단기방문)"]
AIRPORTS = ["ICN", "GMP", "PUS", "CJU", "TAE"]


def fperson(R, r, nat=None, script=None):
    nat, lat, han = fname(r, nat)
    script = script or r.choice(["lat", "lat", "han", "both"])
    if script == "lat":
        return nat, R.P(lat, "PERSON", "foreign_lat"), lat, han
    if script == "han":
        return nat, R.P(han, "PERSON", "foreign_han"), lat, han
    return nat, f"{R.P(lat, 'PERSON', 'foreign_lat')}({R.P(han, 'PERSON', 'foreign_han')})", lat, han


@genre("외국인", 48, 6)
def g_foreign(r, R, nopii):
    if nopii:
        lines = [f"{r.randint(2023, 2025)}년 {r.randint(1, 12)}월 국적별 등록외국인 현황", ""]
        for nat in r.sample(NATIONS, 5):
            lines.append(f"{nat}\t{r.randint(1000, 250000):,}명\t전월 대비 {r.choice(['+', '-'])}{r.uniform(0.1, 4):.1f}%")
        lines.append(f"※ 체류자격 {r.choice(VISAS)} 비중이 가장 높음. 문의: 외국인종합안내센터 {R.N('1345', 'shortcode')}")
        lines.append(f"※ 근거: {R.N('「출입국관리법」 제31조', 'statute')}, 통계 관리번호 {R.N(mgmt_no(r), 'mgmt_no')}")
        return "\n".join(lines)
    v = r.randint(0, 5)
    lines = []
    if v == 0:  # registration / extension application
        nat, ptag, lat, han = fperson(R, r)
        fr, dd = frn(r)
        pp = passport_foreign(r, nat)
        a, post, par = address(r)
        lines = [r.choice(["체류기간 연장허가 신청서", "외국인등록 사항 변경 신고서", "체류자격 변경허가 신청서"]), "",
                 f"성명 {ptag}",
                 f"국적 {nat}   성별 {'남' if fr[7] in '57' else '여'}",
                 f"생년월일 {R.P(fmt_date(dd, r.choice(['iso', 'dot0', 'dot_sp', 'compact'])), 'DATE_OF_BIRTH')}",
                 f"외국인등록번호 {R.P(fr, 'KR_FRN')}",
                 f"여권번호 {R.P(pp, 'KR_PASSPORT', 'pp_foreign')}   여권 유효기간 {some_date(r, (2026, 1, 1), (2034, 12, 31), 'iso')}",
                 f"체류자격 {r.choice(VISAS)}",
                 f"대한민국 내 주소 {R.P(a, 'KR_ADDRESS')}",
                 f"전화 {R.P(mobile(r), 'PHONE_NUMBER')}"]
        if r.random() < .5:
            co = r.choice(COMPANIES)
            lines.append(f"근무처 {co} (사업자등록번호 {R.P(brn(r, corp=True), 'KR_BRN')}, 전화 {R.P(landline(r), 'PHONE_NUMBER', 'company')})")
    elif v == 1:  # employment permit roster
        co = r.choice(COMPANIES)
        lines = [f"고용허가제 외국인근로자 명단 — {co}", ""]
        for j in range(r.randint(2, 4)):
            nat, lat, han = fname(r, r.choice(["베트남", "네팔", "캄보디아", "인도네시아", "우즈베키스탄", "태국"]))
            fr, _ = frn(r)
            pp = passport_foreign(r, nat)
            lines.append(f"{j + 1}. {R.P(lat, 'PERSON', 'foreign_lat')} / {nat} / {R.P(fr, 'KR_FRN')} / 여권 {R.P(pp, 'KR_PASSPORT', 'pp_foreign')} / 입국 {some_date(r, style='iso')}")
        lines.append(f"사업주 {R.name(kname(r))} (연락처 {R.P(landline(r), 'PHONE_NUMBER', 'company')})")
    elif v == 2:  # hotel foreign guest register
        lines = ["외국인 숙박객 명부", "객실 | 성명 | 국적 | 여권번호 | 생년월일 | 체크인"]
        for j in range(r.randint(2, 4)):
            nat, lat, han = fname(r)
            pp = passport_foreign(r, nat)
            db, _ = dob(r, (1950, 1, 1), (2005, 12, 31), ["iso", "compact", "dot0_nolast"])
            lines.append(f"{r.randint(201, 1520)} | {R.P(lat, 'PERSON', 'foreign_lat')} | {nat} | {R.P(pp, 'KR_PASSPORT', 'pp_foreign')} | {R.P(db, 'DATE_OF_BIRTH')} | {some_date(r, style='iso')}")
    elif v == 3:  # tax refund slip for tourists
        nat, lat, han = fname(r, r.choice(["중국", "일본", "미국", "태국", "필리핀", "러시아"]))
        pp = passport_foreign(r, nat)
        cm = card_masked(r) if r.random() < .6 else card(r)[0]
        lines = ["사후면세 환급 전표 (TAX REFUND CHEQUE)", "",
                 f"구매자 성명 / Name: {R.P(lat, 'PERSON', 'foreign_lat')}",
                 f"국적 / Nationality: {nat}",
                 f"여권번호 / Passport No.: {R.P(pp, 'KR_PASSPORT', 'pp_foreign')}",
                 f"판매자: {r.choice(SOLE + COMPANIES)}  사업자등록번호 {R.P(brn(r), 'KR_BRN')}",
                 f"구매금액 {amount(r, 30000, 3000000)}  환급액 {amount(r, 1000, 200000)}",
                 f"환급 카드 / Refund card: {R.P(cm, 'CREDIT_CARD')}",
                 f"전표번호 {R.N(str(r.randint(10 ** 15, 10 ** 16 - 1)), 'slip_no')}"]
    elif v == 4:  # Korean traveller overseas trip roster
        lines = [f"{r.randint(2024, 2025)}년 공무국외출장 여권 정보 (항공권 발권용)", ""]
        for j in range(r.randint(2, 4)):
            n = kname(r)
            pp, pk = passport_ko(r)
            db, _ = dob(r, (1965, 1, 1), (1999, 12, 31), ["iso", "dot0", "compact"])
            en = f"{SUR_ROM.get(split_name(n)[0], rom(split_name(n)[0])).upper()} {rom(split_name(n)[1]).upper()}"
            lines.append(f"- {R.name(n)} ({R.P(en, 'PERSON', 'roman')}) {r.choice(RANKS_LOW + RANKS_MID)}, 여권 {R.P(pp, 'KR_PASSPORT', pk)}, 생년월일 {R.P(db, 'DATE_OF_BIRTH')}")
        lines.append(f"출국 {some_date(r)} {r.choice(AIRPORTS)} → {r.choice(['HAN', 'MNL', 'TAS', 'ULN', 'BKK', 'NRT'])}, 경비 {amount(r, 1000000, 9000000)}")
    else:  # marriage migrant welfare / FRN masked + Hangul name
        nat, ptag, lat, han = fperson(R, r, r.choice(["베트남", "필리핀", "캄보디아", "중국", "몽골"]), "han")
        fr, _ = frn(r, masked=r.random() < .35)
        sp = kname(r)
        a, post, par = address(r)
        lines = ["다문화가족 방문교육 서비스 신청서", "",
                 f"신청인 {ptag} ({nat}, 결혼이민)",
                 f"외국인등록번호 {R.P(fr, 'KR_FRN')}",
                 f"배우자 {R.name(sp)}  연락처 {R.P(mobile(r), 'PHONE_NUMBER')}",
                 f"주소 {R.P(a, 'KR_ADDRESS')}" + (f" {par}" if par else ""),
                 f"희망 서비스: {r.choice(['한국어 교육', '부모 교육', '자녀 생활 서비스'])}"]
    return "\n".join(lines)


@genre("건강보험·복지", 38, 7)
def g_health(r, R, nopii):
    if nopii:
        lines = [r.choice(["건강보험료 부과체계 개편 안내", "기초연금 선정기준액 변경 안내", "의료급여 본인부담 기준 안내"]), "",
                 f"1. 시행일: {some_date(r)}",
                 f"2. 근거: {R.N(r.choice(['「국민건강보험법」 제69조', '「기초연금법」 제3조', '「의료급여법」 제10조']), 'statute')}",
                 f"3. 주요 내용: 지역가입자 재산 공제액을 {amount(r, 10000000, 100000000)}으로 상향",
                 f"4. 문의: 국민건강보험공단 고객센터 {R.N('1577-1000', 'switchboard')}, 보건복지상담센터 {R.N('129', 'shortcode')}"]
        return "\n".join(lines)
    v = r.randint(0, 4)
    n = kname(r)
    if v == 0:
        hi = health_ins(r, r.choice(["plain", "plain", "hy"]))
        rn, _ = rrn(r, r.choice(["masked", "masked", "valid"]))
        lines = ["건강보험 자격득실 확인서", "",
                 f"가입자 성명 {R.name(n)}   주민등록번호 {R.P(rn, 'KR_RRN')}",
                 f"건강보험증 번호 {R.P(hi, 'KR_HEALTH_INSURANCE')}",
                 "가입자 구분 | 사업장 명칭 | 자격 취득일 | 자격 상실일"]
        for j in range(r.randint(1, 3)):
            lines.append(f"{r.choice(['직장가입자', '지역가입자', '피부양자'])} | {r.choice(COMPANIES + ['-'])} | {some_date(r, (2010, 1, 1), (2024, 12, 31), 'iso')} | {r.choice(['-', some_date(r, style='iso')])}")
        lines.append(f"발급번호 {R.N(mgmt_no(r), 'mgmt_no')}  발급일 {some_date(r)}")
    elif v == 1:
        rn, _ = rrn(r, r.choice(["valid", "valid", "post2020"]))
        bk, acc = account(r)
        a, post, par = address(r)
        lines = [r.choice(["국민기초생활보장 급여 결정 통지서", "의료급여 수급권자 선정 통지서", "긴급복지지원 결정 통지서"]), "",
                 f"성명 {R.name(n)}  주민등록번호 {R.P(rn, 'KR_RRN')}",
                 f"주소 ({post}) {R.P(a, 'KR_ADDRESS')}",
                 f"결정 내용: {r.choice(['생계급여', '주거급여', '의료급여 1종', '의료급여 2종'])} 지급 (월 {amount(r, 200000, 1500000)})",
                 f"급여 지급 계좌: {bk} {R.P(acc, 'KR_BANK_ACCOUNT')} (예금주 {R.name(n)})",
                 f"담당: {r.choice(['맞춤형복지팀', '통합사례관리팀'])} {R.name(kname(r))} (☎ {R.P(landline(r), 'PHONE_NUMBER', 'landline')})",
                 f"이의신청: 통지를 받은 날부터 90일 이내 ({R.N('「국민기초생활 보장법」 제38조', 'statute')})"]
    elif v == 2:
        hi = health_ins(r)
        g = kname(r)
        db, _ = dob(r, (1930, 1, 1), (1958, 12, 31))
        lines = ["장기요양인정 신청서", "",
                 f"{label(r, '신청인')}{R.name(n)}   {label(r, '생년월일')}{R.P(db, 'DATE_OF_BIRTH')}",
                 f"{label(r, '건강보험증번호')}{R.P(hi, 'KR_HEALTH_INSURANCE')}",
                 f"{label(r, '대리인')}{R.name(g)} ({r.choice(['아들', '딸', '며느리', '배우자'])})  {label(r, '연락처')}{R.P(mobile(r), 'PHONE_NUMBER')}",
                 f"{label(r, '신청 구분')}신규   {label(r, '의사소견서')}제출 예정"]
    elif v == 3:
        lines = [f"{r.choice(['방문 건강관리', '폭염 안부 확인', '독거노인 응급안전'])} 대상자 관리 카드", ""]
        for j in range(r.randint(2, 3)):
            m = kname(r)
            hi = health_ins(r)
            rn, _ = rrn(r, "masked")
            lines.append(f"◇ {R.name(m)} ({R.P(rn, 'KR_RRN')}) 건보 {R.P(hi, 'KR_HEALTH_INSURANCE')} / 보호자 {R.P(mobile(r), 'PHONE_NUMBER')} / {r.choice(['고혈압', '당뇨', '치매 초기', '특이사항 없음'])}")
        lines.append(f"관리 담당 간호사 {R.name(kname(r))}")
    else:
        nat, lat, han = fname(r)
        fr, _ = frn(r)
        hi = health_ins(r)
        lines = ["외국인 지역가입자 보험료 체납 안내", "",
                 f"가입자 {R.P(lat, 'PERSON', 'foreign_lat')} ({nat})",
                 f"외국인등록번호 {R.P(fr, 'KR_FRN')}",
                 f"건강보험증 번호 {R.P(hi, 'KR_HEALTH_INSURANCE')}",
                 f"체납액 {amount(r, 50000, 900000)} ({r.randint(1, 6)}개월분)",
                 f"체납이 계속되면 체류기간 연장 시 제한될 수 있습니다({R.N('「출입국관리법」 제25조', 'statute')}).",
                 f"납부 문의 {R.N('1577-1000', 'switchboard')}"]
    return "\n".join(lines)


@genre("환급·이체", 40, 7)
def g_refund(r, R, nopii):
    I = inst(r)
    name, head, depts, area, sw, web, iaddr = I
    if nopii:
        lines = [r.choice(["지방세 과오납금 환급 안내", "수수료 납부 방법 안내"]), "",
                 f"납부 계좌: {r.choice(['NH농협은행', '우리은행'])} {R.N(account(r)[1], 'inst_account')} (예금주: {name.split()[-1]}{'청' if name.endswith('구') else '청' if name.endswith('시') else ''})",
                 f"환급금은 신청일로부터 {r.randint(3, 14)}일 이내에 지급됩니다. 환급 가산금은 {R.N(statute(r), 'statute')}에 따라 계산합니다.",
                 f"문의: {r.choice(depts)} 대표전화 {R.N(sw, 'switchboard')}",
                 f"※ 고지서 번호 {R.N(mgmt_no(r), 'mgmt_no')}을(를) 확인해 주십시오."]
        return "\n".join(lines)
    v = r.randint(0, 4)
    n = kname(r)
    if v == 0:
        bk, acc = account(r)
        a, post, par = address(r)
        lines = ["지방세 과오납 환급금 지급 통지서", "",
                 f"납세자 {R.name(n)} 귀하", f"주소 ({post}) {R.P(a, 'KR_ADDRESS')}",
                 f"세목 {r.choice(['자동차세', '재산세', '주민세', '취득세'])}  과세연도 {r.randint(2021, 2025)}  환급금 {amount(r, 10000, 2000000)}",
                 f"환급 계좌 {bk} {R.P(acc, 'KR_BANK_ACCOUNT')} (예금주 {R.name(n)})",
                 f"지급 예정일 {some_date(r)}  담당 {r.choice(depts)} ☎ {R.P(direct_line(r, area), 'PHONE_NUMBER', 'landline')}"]
        if r.random() < .4:
            lines.append(f"※ 세입 계좌 {R.N(account(r)[1], 'inst_account')}(예금주 {name.split()[-1]})로 잘못 입금된 금액이 포함되어 있습니다.")
    elif v == 1:
        cm = card_masked(r, r.choice(["hy", "hy", "sp"]))
        lines = [r.choice(["카드 결제 취소 안내", "수수료 결제 취소 확인서"]), "",
                 f"{R.name(n)} 님의 {r.choice(['여권 발급 수수료', '주차 요금', '시설 대관료', '체육시설 이용료'])} 결제가 취소되었습니다.",
                 f"카드번호 {R.P(cm, 'CREDIT_CARD', 'card_masked')}",
                 f"승인번호 {R.N(str(r.randint(10000000, 99999999)), 'approval_no')}  취소금액 {amount(r, 1000, 300000)}",
                 f"취소일시 {some_date(r)} {r.randint(9, 18)}:{r.randint(0, 59):02d}",
                 f"카드사 사정에 따라 환불까지 3~7영업일이 걸릴 수 있습니다. 문의 {R.N(switchboard(r), 'switchboard')}"]
    elif v == 2:
        bk1, acc1 = account(r)
        bk2, acc2 = account(r)
        to = kname(r)
        lines = ["이체 확인증", "",
                 f"거래일시 {some_date(r, style='iso')} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
                 f"출금계좌 {bk1} {R.P(acc1, 'KR_BANK_ACCOUNT')} ({R.name(n)})",
                 f"입금계좌 {bk2} {R.P(acc2, 'KR_BANK_ACCOUNT')}",
                 f"받는 분 {R.name(to)}   보내는 분 {R.name(n)}",
                 f"이체금액 {amount(r, 10000, 30000000)}  수수료 0원",
                 f"거래번호 {R.N(str(r.randint(10 ** 9, 10 ** 10 - 1)), 'transaction_no')}  메모 {r.choice(['보증금 반환', '월세', '행사비 정산', '환불'])}"]
    elif v == 3:
        co = r.choice(COMPANIES)
        bk, acc = account(r)
        lines = ["입찰보증금 반환 결과", "",
                 f"공고번호 {R.N(str(r.randint(2023, 2025)) + f'{r.randint(1, 12):02d}' + str(r.randint(10000, 99999)) + '-00', 'bid_no')}",
                 f"반환 대상 {co} (대표 {R.name(n)}, 사업자등록번호 {R.P(brn(r, corp=True), 'KR_BRN')})",
                 f"반환 계좌 {bk} {R.P(acc, 'KR_BANK_ACCOUNT')} (예금주 {co})",
                 f"반환 금액 {amount(r, 1000000, 90000000)}   반환일 {some_date(r)}"]
    else:
        rows = []
        lines = ["체육시설 이용료 환불 명세", ""]
        for j in range(r.randint(3, 5)):
            m = kname(r)
            kind = r.random()
            if kind < .45:
                c = R.P(card_masked(r), "CREDIT_CARD", "card_masked")
                via = f"카드 {c}"
            elif kind < .7:
                c = R.P(card(r, style=r.choice(["hy", "none"]))[0], "CREDIT_CARD")
                via = f"카드 {c}"
            else:
                bk, acc = account_masked(r) if r.random() < .4 else account(r)
                via = f"계좌 {bk} {R.P(acc, 'KR_BANK_ACCOUNT', 'acct_masked' if '*' in acc else '')}"
            lines.append(f"{j + 1}. {R.name(m)} / {amount(r, 5000, 200000)} / {via}")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
