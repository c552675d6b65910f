#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""make_set.py -- generator of the pii_be evaluation set (Korean public-sector PII).

Standard library only, deterministic.  Every random choice for record i of
template t comes from random.Random("pii_be-2026|<t>|<i>"); when a draft fails
validation the seed is retried with a suffix ("...|<i>#r1", "#r2", ...).
Hand-written records live in handwritten.py as literal strings with markers
  ⟦TYPE:value⟧  or  ⟦TYPE|sub=...|noise=a,b:value⟧   gold span
  ⟪category:text⟫                                       tagged hard negative
which are removed here while offsets are computed.

Usage:  python3 make_set.py            (write + validate)
        python3 make_set.py --check    (also regenerate under two PYTHONHASHSEED
                                        values in sub-directories and compare md5)
"""
import hashlib
import json
import os
import random
import re
import subprocess
import sys
import unicodedata
sys.dont_write_bytecode = True
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SEED_PREFIX = "pii_be-2026"
TYPES = ("PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "KR_ADDRESS", "DATE_OF_BIRTH",
         "KR_BANK_ACCOUNT", "KR_RRN", "IP_ADDRESS", "KR_PASSPORT", "KR_BRN",
         "KR_DRIVER_LICENSE", "KR_FRN", "KR_VEHICLE_PLATE", "KR_HEALTH_INSURANCE",
         "CREDIT_CARD", "KR_CRN")


class DraftError(Exception):
    pass


def fail(msg):
    raise DraftError(msg)


# ---------------------------------------------------------------- name pools
SURNAMES = (["김"] * 20 + ["이"] * 15 + ["박"] * 9 + ["최"] * 5 + ["정"] * 5 +
            ["강", "조", "윤", "장"] * 3 + ["임", "한", "오", "서", "신", "권", "황", "안", "송"] * 2 +
            "류 전 홍 고 문 양 손 배 백 허 유 남 심 노 하 곽 성 차 주 우 구 민 진 지 엄 채 원 천 방 공 현 함 변 "
            "염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 라 왕 금 옥 육 인 맹 제 탁 국 어 은 편 용 예 경 봉 "
            "부 복 태 목 형 피 두 감 빈 온 범 좌".split())
SURNAMES_2 = "남궁 황보 제갈 선우 독고 사공 서문 동방".split()
COMMON_SUR = "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송".split()
GIVEN_2 = ("민준 서준 도윤 예준 시우 하준 주원 지호 지후 준우 준서 건우 현우 우진 서진 민재 현준 연우 유준 "
           "정우 승우 승현 시윤 준혁 은우 지환 승민 유찬 윤우 민성 준영 시후 진우 수현 재윤 시현 동현 수호 "
           "태윤 민규 재원 윤호 민우 재민 은찬 윤성 서연 서윤 서현 민서 하은 하윤 윤서 지유 지민 채원 지아 "
           "수아 소율 예은 다은 은서 예린 수빈 소윤 예원 유나 시은 채은 유진 윤아 가은 서영 민지 예진 수민 "
           "아린 하린 다인 영수 영호 영철 정호 성호 상철 광수 정숙 영희 순자 미경 미숙 경희 은정 혜진 지영 "
           "현주 성민 동욱 재석 경민 상훈 태호 기현 종민 병철 명숙 옥순 금자 말순 길수 봉수 춘자 정희 혜숙 "
           "창호 용준 대현 석진 형준 세영 나연 보람 슬기 아름 한별 다솜 가람 재희 선영 미정 은영 승희 "
           "지혜 소연 경태 인호 준기 태민 규리 효정 명수 상민 혜원 원석 두식 말자 순옥 갑순 만복 덕수").split()
GIVEN_1 = "훈 혁 현 웅 솔 란 린 희 섭 찬 빈 진 율 결 욱 담".split()
NAME_BLACKLIST = set("이별 송별 차별 구별 이율 조율 정진 전진 신진 선진 오찬 정찬 한결 조희 이진 신희 "
                     "주민 기준 표준 인준 조준 안담 이담 장담 한담 강담 정담 오담 고담 김진 안진 장진 "
                     "권혁 최진 강진 송진 한진 임진 서진 이섭 한섭".split())
PLACEHOLDER_NAMES = {"홍길동", "갑", "을", "병", "정", "무"}


OLD_GIVEN = set("영수 영호 영철 정호 성호 상철 광수 정숙 영희 순자 미경 미숙 경희 명숙 옥순 금자 말순 길수 봉수 춘자 정희 "
                "혜숙 창호 두식 말자 순옥 갑순 만복 덕수 병철 명수 종민 재석 상훈 경태".split())


def kname(rng, two_sur=0.06, single_given=0.08, young=False):
    """A Korean name. two-syllable surnames and single-syllable given names included."""
    for _ in range(80):
        if rng.random() < two_sur:
            sur = rng.choice(SURNAMES_2)
            given = rng.choice(GIVEN_2)
        elif rng.random() < single_given:
            sur = rng.choice(COMMON_SUR)
            given = rng.choice(GIVEN_1)
        else:
            sur = rng.choice(SURNAMES)
            given = rng.choice(GIVEN_2)
        n = sur + given
        if young and given in OLD_GIVEN:
            continue
        if n in NAME_BLACKLIST or n in PLACEHOLDER_NAMES or given == "길동":
            continue
        return n
    return "김서윤"


def kname_sub(name):
    if len(name) == 2:
        return "ko_single_given"
    if name[:2] in SURNAMES_2 and len(name) >= 4:
        return "ko_two_syllable_surname"
    return "ko_name"


# foreign names: nationality -> (ko nationality, list of (latin, hangul) parts, order)
FOREIGN = {
    "VN": ("베트남", [[("NGUYEN", "응우옌"), ("TRAN", "쩐"), ("LE", "레"), ("PHAM", "팜"), ("HOANG", "호앙"),
                      ("VU", "부"), ("DANG", "당"), ("BUI", "부이"), ("NGO", "응오")],
                     [("THI", "티"), ("VAN", "반"), ("MINH", "민"), ("NGOC", "응옥"), ("DUC", "득")],
                     [("HOA", "호아"), ("LAN", "란"), ("MAI", "마이"), ("HUONG", "흐엉"), ("TRANG", "짱"),
                      ("LINH", "린"), ("THAO", "타오"), ("NAM", "남"), ("HUNG", "흥"), ("TUAN", "뚜안")]]),
    "CN": ("중국", [[("WANG", "왕"), ("LI", "리"), ("ZHANG", "장"), ("LIU", "류"), ("CHEN", "천"),
                    ("YANG", "양"), ("ZHAO", "자오"), ("ZHOU", "저우")],
                   [("WEI", "웨이"), ("FANG", "팡"), ("XIUYING", "슈잉"), ("JING", "징"), ("LEI", "레이"),
                    ("YAN", "옌"), ("HAO", "하오"), ("XIAOMEI", "샤오메이"), ("YUTONG", "위퉁")]]),
    "PH": ("필리핀", [[("MARIA", "마리아"), ("JOSE", "호세"), ("ANGELICA", "안젤리카"), ("MARK", "마크"),
                      ("CRISTINA", "크리스티나"), ("RICARDO", "리카르도"), ("JOHN PAUL", "존 폴")],
                     [("SANTOS", "산토스"), ("REYES", "레예스"), ("CRUZ", "크루스"), ("BAUTISTA", "바우티스타"),
                      ("MENDOZA", "멘도사"), ("DELA CRUZ", "델라 크루스")]]),
    "TH": ("태국", [[("SOMCHAI", "솜차이"), ("SUDARAT", "수다랏"), ("NIRAN", "니란"), ("ARUNEE", "아루니"),
                    ("KITTI", "끼띠")],
                   [("BOONMA", "분마"), ("SRISUK", "스리숙"), ("CHAIYAPORN", "차이야폰"), ("WONGSA", "웡사")]]),
    "UZ": ("우즈베키스탄", [[("AKMAL", "아크말"), ("SHERZOD", "셰르조드"), ("BEKZOD", "베크조드"),
                            ("DILNOZA", "딜노자"), ("MALIKA", "말리카")],
                           [("KARIMOV", "카리모프"), ("RAKHIMOV", "라히모프"), ("YUSUPOV", "유수포프"),
                            ("TOSHEV", "토셰프")]]),
    "MN": ("몽골", [[("GANBOLD", "간볼드"), ("TSERENDORJ", "체렌도르지"), ("BATSUKH", "바트수흐")],
                   [("BATBAYAR", "바트바야르"), ("ENKHJARGAL", "엥흐자르갈"), ("OYUNCHIMEG", "어융치메그"),
                    ("GANZORIG", "간조리그")]]),
    "NP": ("네팔", [[("RAM BAHADUR", "람 바하두르"), ("SITA", "시타"), ("BISHNU", "비슈누"), ("KRISHNA", "크리슈나")],
                   [("THAPA", "타파"), ("GURUNG", "구룽"), ("RAI", "라이"), ("SHRESTHA", "슈레스타"),
                    ("TAMANG", "타망")]]),
    "KH": ("캄보디아", [[("SOK", "속"), ("CHAN", "짠"), ("HENG", "헹"), ("MEAS", "메아스")],
                       [("DARA", "다라"), ("SOPHEAP", "소피읍"), ("VANNAK", "반낙"), ("SREYMOM", "스레이몸")]]),
    "ID": ("인도네시아", [[("AHMAD", "아흐마드"), ("SITI", "시티"), ("BUDI", "부디"), ("DEWI", "데위")],
                        [("FAUZI", "파우지"), ("RAHAYU", "라하유"), ("SANTOSO", "산토소"), ("HIDAYAT", "히다얏")]]),
    "US": ("미국", [[("Michael", "마이클"), ("Jennifer", "제니퍼"), ("David", "데이비드"), ("Emily", "에밀리"),
                    ("Daniel", "대니얼")],
                   [("Brown", "브라운"), ("Miller", "밀러"), ("Johnson", "존슨"), ("Carter", "카터"),
                    ("Whitfield", "휫필드")]]),
    "JP": ("일본", [[("TANAKA", "다나카"), ("SATO", "사토"), ("SUZUKI", "스즈키"), ("YAMAMOTO", "야마모토")],
                   [("YUKI", "유키"), ("HIROSHI", "히로시"), ("AYAKA", "아야카"), ("KENTA", "겐타")]]),
    "RU": ("러시아", [[("OLGA", "올가"), ("DMITRY", "드미트리"), ("ANNA", "안나"), ("SERGEI", "세르게이")],
                     [("VOLKOVA", "볼코바"), ("PETROV", "페트로프"), ("SOKOLOVA", "소콜로바"), ("ORLOV", "오를로프")]]),
    "LK": ("스리랑카", [[("NIMAL", "니말"), ("KUMARI", "쿠마리"), ("SAMAN", "사만")],
                       [("PERERA", "페레라"), ("FERNANDO", "페르난도"), ("SILVA", "실바")]]),
    "MM": ("미얀마", [[("AUNG", "아웅"), ("THIN", "틴"), ("MYAT", "먓")],
                     [("KYAW ZAW", "초 조"), ("HTET NAING", "텟 나잉"), ("SU MON", "수 몬")]]),
}
NAT_KEYS = sorted(FOREIGN)


def fname(rng, nat=None):
    nat = nat or rng.choice(NAT_KEYS)
    ko, parts = FOREIGN[nat]
    picked = [rng.choice(p) for p in parts]
    latin = " ".join(p[0] for p in picked)
    if nat == "CN":
        hangul = "".join(p[1] for p in picked)
    else:
        hangul = " ".join(p[1] for p in picked)
    return {"nat": nat, "nat_ko": ko, "latin": latin, "hangul": hangul}


ROMA_INIT = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
ROMA_MED = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi",
            "yu", "eu", "ui", "i"]
ROMA_FIN = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t",
            "t", "ng", "t", "t", "k", "t", "p", "t"]
SUR_ROMA = {"김": "kim", "이": "lee", "박": "park", "최": "choi", "정": "jung", "강": "kang", "조": "cho",
            "윤": "yoon", "장": "jang", "임": "lim", "한": "han", "오": "oh", "서": "seo", "신": "shin",
            "권": "kwon", "황": "hwang", "안": "ahn", "송": "song", "류": "ryu", "유": "yu", "노": "noh",
            "남궁": "namgung", "황보": "hwangbo", "제갈": "jegal", "선우": "sunwoo", "독고": "dokgo",
            "사공": "sagong", "서문": "seomun", "동방": "dongbang"}


def romanize(s):
    out = []
    for ch in s:
        c = ord(ch) - 0xAC00
        if 0 <= c < 11172:
            out.append(ROMA_INIT[c // 588] + ROMA_MED[(c % 588) // 28] + ROMA_FIN[c % 28])
    return "".join(out)


def split_kname(name):
    if name[:2] in SURNAMES_2 and len(name) >= 3:
        return name[:2], name[2:]
    return name[:1], name[1:]


PERSONAL_DOMAINS = ["naver.com", "daum.net", "hanmail.net", "gmail.com", "kakao.com", "nate.com", "outlook.kr"]


def email_for(rng, name=None, domain=None):
    if name and all("가" <= c <= "힣" for c in name):
        sur, given = split_kname(name)
        s = SUR_ROMA.get(sur, romanize(sur))
        g = romanize(given)
        style = rng.randrange(6)
        local = [f"{g}.{s}", f"{s}{g}", f"{s[0]}{g}{rng.randint(1, 99)}", f"{g}{rng.randint(70, 99)}",
                 f"{s}_{g}", f"{g[0]}{s}{rng.randint(10, 2025)}"][style]
    else:
        local = rng.choice(["sunny", "haneul", "bluesky", "mint", "green", "jjang", "star", "happy"]) + \
            str(rng.randint(1, 9999))
    return f"{local}@{domain or rng.choice(PERSONAL_DOMAINS)}"


# ---------------------------------------------------------------- regions / addresses
REGIONS = [
    ("서울특별시", ["서울시", "서울"], ["마포구", "강서구", "노원구", "송파구", "관악구", "은평구", "동대문구", "성북구",
                                  "구로구", "중랑구"]),
    ("부산광역시", ["부산시", "부산"], ["해운대구", "사하구", "동래구", "부산진구", "수영구"]),
    ("대구광역시", ["대구시", "대구"], ["수성구", "달서구", "북구"]),
    ("인천광역시", ["인천시", "인천"], ["남동구", "부평구", "연수구", "계양구"]),
    ("광주광역시", ["광주시", "광주"], ["북구", "광산구", "서구"]),
    ("대전광역시", ["대전시", "대전"], ["유성구", "서구", "대덕구"]),
    ("울산광역시", ["울산시", "울산"], ["남구", "중구", "울주군"]),
    ("세종특별자치시", ["세종시", "세종"], [""]),
    ("경기도", ["경기"], ["수원시 팔달구", "수원시 영통구", "성남시 분당구", "고양시 일산동구", "용인시 기흥구", "부천시",
                        "화성시", "평택시", "안산시 단원구", "남양주시", "파주시", "김포시", "양평군", "가평군", "의정부시"]),
    ("강원특별자치도", ["강원도", "강원"], ["춘천시", "원주시", "강릉시", "홍천군", "평창군"]),
    ("충청북도", ["충북"], ["청주시 흥덕구", "충주시", "제천시", "옥천군"]),
    ("충청남도", ["충남"], ["천안시 서북구", "아산시", "공주시", "홍성군", "당진시"]),
    ("전북특별자치도", ["전라북도", "전북"], ["전주시 완산구", "익산시", "군산시", "남원시"]),
    ("전라남도", ["전남"], ["목포시", "여수시", "순천시", "나주시", "해남군"]),
    ("경상북도", ["경북"], ["포항시 북구", "구미시", "경주시", "안동시", "영주시"]),
    ("경상남도", ["경남"], ["창원시 성산구", "김해시", "진주시", "양산시", "거제시"]),
    ("제주특별자치도", ["제주도", "제주"], ["제주시", "서귀포시"]),
]
ROAD_STEMS = ["한빛", "새말", "솔내", "은행나무", "버들", "가람", "느티", "매봉", "누리", "동산", "햇살", "장터", "물푸레",
              "미리내", "다솜", "꽃뫼", "들꽃", "너른들", "큰골", "샘마을", "청석", "반송", "둔덕", "갈마", "숲속", "돌샘",
              "배나무", "솔밭", "모래내", "구름다리"]
DONGS = ["성산동", "신정동", "상계동", "중앙동", "효자동", "봉명동", "월평동", "송정동", "신흥동", "대화동", "매탄동",
         "구월동", "연산동", "범어동", "화정동", "도담동", "아름동", "연동", "노형동", "태평동", "석남동", "인계동"]
MYEON = ["청운면", "용문면", "설악면", "내촌면", "서면", "북면", "상남면", "도암면"]
RI = ["신론리", "가현리", "방일리", "도장리", "송현리", "덕산리", "월곡리", "하림리"]
APTS = ["한빛마을", "푸른숲", "햇살가득", "은빛", "새솔", "다온", "늘푸른", "별빛", "솔향기", "가람"]
APT_SUFFIX = ["아파트", "마을 2단지", "빌라", "맨션", "오피스텔", "타운"]


def pick_region(rng):
    full, alts, sgg = rng.choice(REGIONS)
    return full, alts, rng.choice(sgg)


def road_name(rng):
    stem = rng.choice(ROAD_STEMS)
    r = rng.random()
    if r < 0.45:
        return f"{stem}로"
    if r < 0.7:
        return f"{stem}길"
    if r < 0.8:
        return f"{stem}대로"
    return f"{stem}로{rng.randint(1, 120)}번길"


def unit(rng):
    r = rng.random()
    if r < 0.35:
        return f", {rng.randint(101, 115)}동 {rng.randint(1, 25)}{rng.randint(1, 4):02d}호"
    if r < 0.5:
        fl = rng.randint(2, 9)
        return f", {fl}층 {fl}{rng.randint(1, 9):02d}호"
    if r < 0.62:
        return f" {rng.randint(2, 12)}층"
    if r < 0.75:
        return f", {rng.randint(1, 5)}{rng.randint(1, 12):02d}호"
    return ""


def gen_address(rng, kind=None):
    """Returns (address, subkind, paren) where paren is an optional reference to put after (not in span)."""
    full, alts, sgg = pick_region(rng)
    kind = kind or rng.choice(["road_full", "road_full", "road_short", "road_sigungu", "jibun", "jibun_apt",
                               "road_full", "rural_jibun"])
    num = str(rng.randint(1, 320)) + (f"-{rng.randint(1, 30)}" if rng.random() < 0.2 else "")
    paren = ""
    if kind in ("road_full", "road_short", "road_sigungu"):
        head = full if kind == "road_full" else (rng.choice(alts) if kind == "road_short" else sgg)
        if kind == "road_sigungu" and not sgg:
            head = rng.choice(alts)
        parts = [p for p in [head, sgg if kind != "road_sigungu" else "", road_name(rng), num] if p]
        addr = " ".join(parts) + unit(rng)
        if rng.random() < 0.35:
            dong = rng.choice(DONGS)
            paren = f"({dong}, {rng.choice(APTS)}{rng.choice(APT_SUFFIX)})" if rng.random() < 0.6 else f"({dong})"
        return addr, "addr_" + kind, paren
    if kind == "rural_jibun":
        prov = [(f, a, s) for f, a, s in REGIONS if any(x.endswith("군") for x in s)]
        full, alts, sggs = rng.choice(prov)
        gun = rng.choice([x for x in sggs if x.endswith("군")])
        head = full if rng.random() < 0.6 else rng.choice(alts)
        addr = f"{head} {gun} {rng.choice(MYEON)} {rng.choice(RI)} {rng.randint(1, 900)}" + \
            (f"-{rng.randint(1, 9)}" if rng.random() < 0.5 else "") + ("번지" if rng.random() < 0.3 else "")
        return addr, "addr_rural_jibun", ""
    head = full if rng.random() < 0.5 else rng.choice(alts)
    lot = f"{rng.randint(1, 999)}" + (f"-{rng.randint(1, 40)}" if rng.random() < 0.6 else "")
    parts = [head, sgg, rng.choice(DONGS), lot + ("번지" if rng.random() < 0.4 else "")]
    addr = " ".join(p for p in parts if p)
    if kind == "jibun_apt":
        addr += f" {rng.choice(APTS)}{rng.choice(['아파트', '빌라', '맨션'])} {rng.randint(101, 112)}동 " \
                f"{rng.randint(1, 20)}{rng.randint(1, 4):02d}호"
        return addr, "addr_jibun_apt", ""
    return addr, "addr_jibun", ""


def gen_parcel(rng):
    prov = [(f, a, s) for f, a, s in REGIONS if any(x.endswith("군") for x in s)]
    full, alts, sggs = rng.choice(prov)
    gun = rng.choice([x for x in sggs if x.endswith("군")])
    return f"{gun} {rng.choice(MYEON)} {rng.choice(RI)} 산 {rng.randint(1, 300)}-{rng.randint(1, 20)}"


INST_ROADS = ["시청로", "관청길", "법원로", "보건로", "행정로", "청사로", "군청길", "구청로", "합동로", "공항로", "항만대로"]


def inst_address(rng, building="", ctx=None):
    full, alts, sgg = (ctx["full"], None, ctx["sgg"]) if ctx else pick_region(rng)
    a = " ".join(p for p in [full, sgg, rng.choice(INST_ROADS), str(rng.randint(10, 200))] if p)
    return a + (f" {building}" if building else "")


AREA_OF = {"서울특별시": "02", "부산광역시": "051", "대구광역시": "053", "인천광역시": "032", "광주광역시": "062",
           "대전광역시": "042", "울산광역시": "052", "세종특별자치시": "044", "경기도": "031", "강원특별자치도": "033",
           "충청북도": "043", "충청남도": "041", "전북특별자치도": "063", "전라남도": "061", "경상북도": "054",
           "경상남도": "055", "제주특별자치도": "064"}


def region_ctx(rng):
    full, alts, sgg = pick_region(rng)
    city = sgg.split()[0] if sgg else full
    stem = "sejong" if not sgg else romanize(city[:-1])
    return {"full": full, "sgg": sgg, "city": city, "area": AREA_OF[full], "hp": f"www.{stem}.go.kr"}


# ---------------------------------------------------------------- number generators
def luhn_ok(digits):
    s, alt = 0, False
    for ch in reversed(digits):
        d = int(ch)
        if alt:
            d *= 2
            if d > 9:
                d -= 9
        s += d
        alt = not alt
    return s % 10 == 0


def luhn_complete(prefix_digits):
    for c in "0123456789":
        if luhn_ok(prefix_digits + c):
            return prefix_digits + c
    raise AssertionError


RRN_W = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)


def rrn_check(d12):
    return (11 - sum(int(a) * b for a, b in zip(d12, RRN_W)) % 11) % 10


def frn_check(d12):
    return (13 - sum(int(a) * b for a, b in zip(d12, RRN_W)) % 11) % 10


def brn_check(d9):
    w = (1, 3, 7, 1, 3, 7, 1, 3, 5)
    s = sum(int(a) * b for a, b in zip(d9, w)) + (int(d9[8]) * 5) // 10
    return (10 - s % 10) % 10


def crn_check(d12):
    s = sum(int(a) * (1 if i % 2 == 0 else 2) for i, a in enumerate(d12))
    return (10 - s % 10) % 10


def rand_date(rng, y0, y1, m0=1):
    y = rng.randint(y0, y1)
    m = rng.randint(m0 if y == y0 else 1, 12)
    dmax = [31, 29 if (y % 4 == 0 and (y % 100 or y % 400 == 0)) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return y, m, rng.randint(1, dmax)


def valid_date(y, m, d):
    if not (1 <= m <= 12):
        return False
    dmax = [31, 29 if (y % 4 == 0 and (y % 100 or y % 400 == 0)) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return 1 <= d <= dmax


def rrn(rng, birth=None, sex=None, kind="valid"):
    """kind: valid (pre-Oct-2020, checksum ok), post2020 (born >= 2020-10, checksum invalid)."""
    if kind == "post2020":
        y, m, d = birth or rand_date(rng, 2020, 2026, 10)
        if (y, m) < (2020, 10) or (y, m) > (2026, 11):
            y, m, d = 2022, 5, 14
        g = 3 + (sex if sex is not None else rng.randint(0, 1))
        body = f"{y % 100:02d}{m:02d}{d:02d}{g}" + "".join(str(rng.randint(0, 9)) for _ in range(5))
        bad = (rrn_check(body) + rng.randint(1, 9)) % 10
        return f"{body[:6]}-{body[6:]}{bad}"
    y, m, d = birth or rand_date(rng, 1938, 2019)
    if y >= 2020:
        y = 2019
    g = (1 if y < 2000 else 3) + (sex if sex is not None else rng.randint(0, 1))
    body = f"{y % 100:02d}{m:02d}{d:02d}{g}{rng.randint(0, 95):02d}{rng.randint(0, 99):02d}{rng.randint(1, 6)}"
    return f"{body[:6]}-{body[6:]}{rrn_check(body)}"


MASKS = ["******", "●●●●●●", "XXXXXX", "xxxxxx", "○○○○○○", "＊＊＊＊＊＊", "******"]


def rrn_masked(rng, birth=None):
    y, m, d = birth or rand_date(rng, 1940, 2012)
    g = (1 if y < 2000 else 3) + rng.randint(0, 1)
    return f"{y % 100:02d}{m:02d}{d:02d}-{g}{rng.choice(MASKS)}"


def frn(rng, birth=None, sex=None):
    y, m, d = birth or rand_date(rng, 1958, 2008)
    g = (5 if y < 2000 else 7) + (sex if sex is not None else rng.randint(0, 1))
    office = rng.randrange(10, 99, 2)
    body = f"{y % 100:02d}{m:02d}{d:02d}{g}{office:02d}{rng.randint(0, 99):02d}{rng.randint(6, 9)}"
    return f"{body[:6]}-{body[6:]}{frn_check(body)}"


def frn_masked(rng, birth=None):
    y, m, d = birth or rand_date(rng, 1960, 2008)
    g = (5 if y < 2000 else 7) + rng.randint(0, 1)
    return f"{y % 100:02d}{m:02d}{d:02d}-{g}{rng.choice(MASKS[:4])}"


def brn(rng, dash=True):
    d9 = f"{rng.randint(101, 899)}{rng.choice([rng.randint(1, 79), rng.randint(81, 88)]):02d}{rng.randint(0, 9999):04d}"
    v = d9 + str(brn_check(d9))
    return f"{v[:3]}-{v[3:5]}-{v[5:]}" if dash else v


CRN_OFFICES = ["1101", "1144", "1201", "1301", "1311", "1345", "1358", "1471", "1501", "1601", "1611", "1701",
               "1801", "1901", "2001", "2101", "2301", "2401", "2501", "2601", "2801", "2841", "1151", "1135"]


def crn(rng, dash=True):
    d12 = rng.choice(CRN_OFFICES) + rng.choice(["11", "11", "11", "14", "21", "22", "12", "13", "71"]) + \
        f"{rng.randint(1, 999999):06d}"
    v = d12 + str(crn_check(d12))
    return f"{v[:6]}-{v[6:]}" if dash else v


CARD_PREFIX = [("visa", ["4579", "4048", "4265", "4906", "4518", "4364"], 16),
               ("master", ["5137", "5412", "5570", "5310", "2221", "5461"], 16),
               ("bc", ["9410", "9420", "9430", "9441", "9490"], 16),
               ("jcb", ["3528", "3560", "3568", "3589"], 16),
               ("amex", ["3712", "3767", "3401", "3796"], 15)]


def card(rng, brand=None, style=None):
    b = [c for c in CARD_PREFIX if c[0] == brand][0] if brand else rng.choice(CARD_PREFIX + CARD_PREFIX[:3])
    name, prefixes, n = b
    digits = luhn_complete(rng.choice(prefixes) + "".join(str(rng.randint(0, 9)) for _ in range(n - 5)))
    style = style or rng.choice(["dash", "dash", "space", "plain"])
    if n == 15:
        groups = [digits[:4], digits[4:10], digits[10:]]
    else:
        groups = [digits[i:i + 4] for i in range(0, 16, 4)]
    sep = {"dash": "-", "space": " ", "plain": ""}[style]
    return sep.join(groups), "card_" + name


def card_masked(rng):
    v, sub = card(rng, style="dash")
    g = v.split("-")
    m = rng.choice(["*", "X", "●"])
    if len(g) == 4:
        form = rng.randrange(3)
        if form == 0:
            g[1] = g[1][:2] + m * 2
            g[2] = m * 4
        elif form == 1:
            g[1] = m * 4
            g[2] = m * 4
        else:
            g[2] = m * 4
    else:
        g[1] = m * 6
    return "-".join(g), "card_masked"


BANKS = [("KB국민은행", "kb", [[6, 2, 6], [3, 2, 4, 3]]), ("국민은행", "kb", [[6, 2, 6]]),
         ("신한은행", "shinhan", [[3, 3, 6], [3, 2, 6]]), ("우리은행", "woori", [[4, 3, 6]]),
         ("하나은행", "hana", [[3, 6, 5]]), ("NH농협은행", "nh", [[3, 4, 4, 2]]), ("농협", "nh", [[3, 4, 4, 2], [6, 2, 6]]),
         ("IBK기업은행", "ibk", [[3, 6, 2, 3]]), ("기업은행", "ibk", [[3, 6, 2, 3]]), ("SC제일은행", "sc", [[3, 2, 6]]),
         ("카카오뱅크", "kakao", [[4, 2, 7]]), ("토스뱅크", "toss", [[4, 4, 4]]), ("케이뱅크", "kbank", [[3, 3, 6]]),
         ("우체국", "post", [[6, 2, 6]]), ("새마을금고", "mg", [[4, 2, 6, 1]]), ("신협", "cu", [[3, 3, 6]]),
         ("수협은행", "suhyup", [[3, 2, 6]]), ("부산은행", "busan", [[3, 4, 4, 2]]), ("iM뱅크", "im", [[3, 2, 6, 1]]),
         ("대구은행", "im", [[3, 2, 6, 1]]), ("경남은행", "kyongnam", [[3, 2, 7, 1]]), ("광주은행", "kwangju", [[3, 3, 6]]),
         ("전북은행", "jeonbuk", [[3, 2, 7]]), ("제주은행", "jeju", [[2, 2, 6]]), ("한국씨티은행", "citi", [[3, 6, 3]]),
         ("KDB산업은행", "kdb", [[3, 4, 4, 3]])]


def account(rng, bank=None, plain=None):
    b = bank or rng.choice(BANKS)
    name, code, groupings = b
    g = rng.choice(groupings)
    groups = []
    for i, n in enumerate(g):
        if code == "kakao" and i == 0:
            groups.append("3333")
        elif code == "toss" and i == 0:
            groups.append("1000")
        elif code == "mg" and i == 0:
            groups.append("9" + "".join(str(rng.randint(0, 9)) for _ in range(3)))
        else:
            groups.append(str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1)))
    if plain is None:
        plain = rng.random() < 0.12
    return ("".join(groups) if plain else "-".join(groups)), "acct_" + code, name


def account_masked(rng, bank=None):
    v, sub, name = account(rng, bank, plain=False)
    g = v.split("-")
    i = 1 if len(g) > 2 else 0
    g[i] = "*" * len(g[i])
    return "-".join(g), "acct_masked", name


AREA = ["02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055", "061", "062", "063",
        "064"]


def mobile(rng, style=None):
    a, b = rng.randint(2000, 9999), rng.randint(0, 9999)
    style = style or rng.choice(["dash"] * 6 + ["dot", "space", "plain", "intl"])
    if style == "dash":
        return f"010-{a}-{b:04d}", "mobile"
    if style == "dot":
        return f"010.{a}.{b:04d}", "mobile"
    if style == "space":
        return f"010 {a} {b:04d}", "mobile"
    if style == "plain":
        return f"010{a}{b:04d}", "mobile_plain"
    if style == "old":
        return f"{rng.choice(['011', '016', '017', '019'])}-{rng.randint(200, 999)}-{b:04d}", "mobile_old"
    return rng.choice([f"+82-10-{a}-{b:04d}", f"+82 10 {a} {b:04d}"]), "mobile_intl"


def landline(rng, area=None, style=None):
    area = area or rng.choice(AREA)
    mid = rng.randint(200, 999) if (rng.random() < 0.3 and area != "02") or rng.random() < 0.2 else rng.randint(2000, 9899)
    last = rng.randint(0, 9999)
    style = style or rng.choice(["dash"] * 6 + ["paren", "paren2", "dot"])
    if style == "paren":
        return f"({area}) {mid}-{last:04d}", "landline_paren"
    if style == "paren2":
        return f"{area}){mid}-{last:04d}", "landline_paren"
    if style == "dot":
        return f"{area}.{mid}.{last:04d}", "landline"
    return f"{area}-{mid}-{last:04d}", "landline"


def voip(rng):
    return f"070-{rng.randint(2000, 8999)}-{rng.randint(0, 9999):04d}", "voip_070"


def phone_masked(rng):
    a, b = rng.randint(2000, 9999), rng.randint(0, 9999)
    return rng.choice([f"010-****-{b:04d}", f"010-{a}-****", f"010-{str(a)[:2]}**-{b:04d}"]), "phone_masked"


def switchboard(rng, area=None):
    r = rng.random()
    if r < 0.45:
        area = area or rng.choice(AREA)
        return f"{area}-{rng.randint(200, 999)}-{rng.choice(['2114', '1114', '0114', '3114', '1000', '2000'])}"
    if r < 0.85:
        return f"{rng.choice(['1588', '1577', '1600', '1544', '1644', '1566', '1661', '1899'])}-{rng.randint(0, 9999):04d}"
    return rng.choice(["110", "120", "126", "1345", "1350", "1355"])


DL_REGIONS = [("11", "서울"), ("12", "부산"), ("13", "경기"), ("14", "강원"), ("15", "충북"), ("16", "충남"),
              ("17", "전북"), ("18", "전남"), ("19", "경북"), ("20", "경남"), ("21", "제주"), ("22", "대구"),
              ("23", "인천"), ("24", "광주"), ("25", "대전"), ("26", "울산"), ("28", "경기북부")]


def driver_license(rng, form=None):
    code, region = rng.choice(DL_REGIONS)
    yy = rng.choice([rng.randint(75, 99), rng.randint(0, 24)])
    serial = rng.randint(0, 999999)
    tail = f"{rng.randint(0, 9)}{rng.choice([0, 0, 0, 1, 2])}"
    form = form or rng.choice(["dashed", "dashed", "region", "region_nospace", "plain", "spaced"])
    if form == "dashed":
        return f"{code}-{yy:02d}-{serial:06d}-{tail}", "dl_numeric_dashed"
    if form == "region":
        return f"{region} {yy:02d}-{serial:06d}-{tail}", "dl_region_name"
    if form == "region_nospace":
        return f"{region}{yy:02d}-{serial:06d}-{tail}", "dl_region_nospace"
    if form == "plain":
        return f"{code}{yy:02d}{serial:06d}{tail}", "dl_plain12"
    return f"{code} {yy:02d} {serial:06d} {tail}", "dl_spaced"


def dl_masked(rng):
    v, _ = driver_license(rng, "dashed")
    g = v.split("-")
    return f"{g[0]}-{g[1]}-{g[2][:2]}****-{g[3]}", "dl_masked"


PP_KR_PREFIX = ["M"] * 8 + ["S", "R", "G", "D"]


def passport_kr(rng, new=None):
    p = rng.choice(PP_KR_PREFIX)
    if new is None:
        new = rng.random() < 0.5
    if new:
        return f"{p}{rng.randint(0, 999):03d}{rng.choice('ACDEFGHJKLMNPRTUVWXYZ')}{rng.randint(0, 9999):04d}", \
            "passport_kr_new"
    return f"{p}{rng.randint(10000000, 99999999)}", "passport_kr_old"


def passport_foreign(rng, nat):
    d = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    f = {"VN": lambda: rng.choice("BCN") + d(7), "CN": lambda: rng.choice(["E" + d(8), "E" + rng.choice("ABCDE") + d(7)]),
         "PH": lambda: "P" + d(7) + rng.choice(L), "TH": lambda: rng.choice(["AA", "AB", "AC"]) + d(7),
         "UZ": lambda: "FA" + d(7), "MN": lambda: "E" + d(7), "NP": lambda: rng.choice(["PA", "PB"]) + d(7),
         "KH": lambda: "N" + d(7), "ID": lambda: rng.choice("BCX") + d(7), "US": lambda: str(rng.randint(5, 6)) + d(8),
         "JP": lambda: rng.choice(["TK", "TR", "MZ", "TZ"]) + d(7), "RU": lambda: str(rng.randint(70, 76)) + d(7),
         "LK": lambda: "N" + d(7), "MM": lambda: rng.choice(["MA", "MD", "MC"]) + d(6)}[nat]
    return f(), "passport_foreign"


def passport_masked(rng):
    v, _ = passport_kr(rng)
    return v[:3] + "****" + v[7:], "passport_masked"


def health_ins(rng):
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(10)), "hi_11digit"


HANGUL_PRIV = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주"


def plate(rng, form=None):
    form = form or rng.choice(["two", "three", "three", "region", "commercial", "nospace", "rental"])
    n4 = f"{rng.randint(1000, 9999)}"
    if form == "two":
        return f"{rng.randint(10, 99)}{rng.choice(HANGUL_PRIV)} {n4}", "plate_2digit"
    if form == "three":
        return f"{rng.randint(100, 399)}{rng.choice(HANGUL_PRIV)} {n4}", "plate_3digit"
    if form == "region":
        return f"{rng.choice(['서울', '경기', '부산', '인천', '대구', '충남', '전북'])} {rng.randint(10, 99)}" \
               f"{rng.choice(HANGUL_PRIV)} {n4}", "plate_region"
    if form == "commercial":
        return f"{rng.choice(['서울', '경기', '부산', '인천', '경북', '광주'])} {rng.randint(70, 99)}" \
               f"{rng.choice('바사아자')} {n4}", "plate_commercial"
    if form == "nospace":
        return f"{rng.randint(10, 399)}{rng.choice(HANGUL_PRIV)}{n4}", "plate_nospace"
    return f"{rng.randint(10, 399)}{rng.choice('하허호')} {n4}", "plate_rental"


def ipv4(rng, private=None):
    if private is None:
        private = rng.random() < 0.4
    if private:
        r = rng.randrange(3)
        if r == 0:
            return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}", "ipv4_private"
        if r == 1:
            return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}", "ipv4_private"
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}", "ipv4_private"
    first = rng.choice([1, 14, 27, 39, 49, 58, 59, 61, 106, 110, 112, 115, 118, 121, 175, 182, 203, 211, 218, 220, 222])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}", "ipv4_public"


def ipv6(rng):
    h = lambda: f"{rng.randint(0, 0xffff):x}"
    if rng.random() < 0.5:
        return f"2001:{rng.choice(['2d8', '2b8', '470', 'e60'])}:{h()}:{h()}::{h()}", "ipv6"
    return f"2406:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}", "ipv6"


def birth(rng, y0=1940, y1=2008):
    return rand_date(rng, y0, y1)


DOB_FORMS = ["dot_spaced", "korean", "iso", "dot_padded", "yy_dot", "six", "slash", "eight", "korean_short",
             "dot_nospace"]


MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def fmt_dob(rng, ymd, form=None):
    y, m, d = ymd
    form = form or rng.choice(DOB_FORMS)
    v = {"dot_spaced": f"{y}. {m}. {d}.", "korean": f"{y}년 {m}월 {d}일", "iso": f"{y}-{m:02d}-{d:02d}",
         "dot_padded": f"{y}.{m:02d}.{d:02d}.", "yy_dot": f"{y % 100:02d}.{m:02d}.{d:02d}",
         "six": f"{y % 100:02d}{m:02d}{d:02d}", "slash": f"{y}/{m:02d}/{d:02d}", "eight": f"{y}{m:02d}{d:02d}",
         "korean_short": f"{y % 100:02d}년 {m}월 {d}일", "dot_nospace": f"{y}.{m}.{d}",
         "passport_style": f"{d:02d} {MONTHS[m - 1]} {y}", "passport_ko": f"{d:02d} {m}월/{MONTHS[m - 1]} {y}"}[form]
    return v, "dob_" + form


def fmt_date(ymd, form="dot_spaced"):
    y, m, d = ymd
    return {"dot_spaced": f"{y}. {m}. {d}.", "korean": f"{y}년 {m}월 {d}일", "iso": f"{y}-{m:02d}-{d:02d}",
            "dot_padded": f"{y}.{m:02d}.{d:02d}."}[form]


# ---------------------------------------------------------------- normalisation and value checks
HYPHEN_VARIANTS = "‐‑‒–—―−－ㅡ"
CONFUSABLE = {"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"}
NUMERIC_TYPES = {"KR_RRN", "KR_FRN", "KR_BRN", "KR_CRN", "CREDIT_CARD", "KR_BANK_ACCOUNT", "PHONE_NUMBER",
                 "KR_HEALTH_INSURANCE", "IP_ADDRESS"}
MASK_CHARS = "*●Xx○"


def base_norm(v):
    for h in HYPHEN_VARIANTS:
        v = v.replace(h, "-")
    return unicodedata.normalize("NFKC", v)


def canon(typ, v):
    v = base_norm(v)
    v = re.sub(r"\s+", "", v)
    if typ in ("PERSON", "EMAIL_ADDRESS"):
        return v
    if typ == "IP_ADDRESS" and ":" in v:
        return v.lower().replace("o", "0").replace("l", "1").replace("i", "1").replace("s", "5")
    if typ == "DATE_OF_BIRTH":
        mon = re.search(r"(?i)(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|0CT|N0V)", v)
        if mon:
            a_, b_ = mon.span()
            token = v[a_:b_].upper().replace("0", "O")
            left = "".join(CONFUSABLE.get(ch, ch) for ch in v[:a_])
            right = "".join(CONFUSABLE.get(ch, ch) for ch in v[b_:])
            return left + token + right
    if typ in NUMERIC_TYPES or typ == "DATE_OF_BIRTH":
        out = []
        for i, ch in enumerate(v):
            if ch in "Xx" and typ not in ("KR_RRN", "KR_FRN", "CREDIT_CARD"):
                out.append(ch)
            else:
                out.append(CONFUSABLE.get(ch, ch))
        return "".join(out)
    if typ in ("KR_VEHICLE_PLATE", "KR_DRIVER_LICENSE", "KR_ADDRESS"):
        return "".join(CONFUSABLE.get(ch, ch) for ch in v)
    # passports: letters are legitimate; map a confusable only after the letter prefix and next to a digit
    chars = list(v)
    for i, ch in enumerate(chars):
        if i == 0 or ch not in CONFUSABLE:
            continue
        left, right = chars[i - 1], (chars[i + 1] if i + 1 < len(chars) else "")
        if i == 1 and left.isalpha():
            continue
        if left.isdigit() or right.isdigit() or (right == "" and left in CONFUSABLE):
            chars[i] = CONFUSABLE[ch]
    return "".join(chars)


def _date_ok(yy, mm, dd, century=None):
    y = int(yy)
    if len(yy) == 2:
        y += century if century else (1900 if y > 26 else 2000)
    return valid_date(y, int(mm), int(dd)) and 1900 <= y <= 2026


def check_value(typ, sub, c):
    """c = canon value.  Raises DraftError on a format / checksum problem."""
    def need(cond, what):
        if not cond:
            fail(f"{typ}/{sub} {c!r}: {what}")
    d = c.replace("-", "")
    if typ == "KR_RRN":
        if sub == "rrn_masked":
            need(re.fullmatch(r"\d{6}-?[1-4][" + MASK_CHARS + r"]{6}", c), "masked shape")
            need(_date_ok(c[:2], c[2:4], c[4:6]), "date")
            return
        need(re.fullmatch(r"\d{6}-?\d{7}", c), "shape")
        g = int(d[6])
        cent = 1900 if g in (1, 2) else 2000
        need(g in (1, 2, 3, 4) and _date_ok(d[:2], d[2:4], d[4:6], cent), "date/gender")
        if sub == "rrn_post2020":
            need((cent + int(d[:2]), int(d[2:4])) >= (2020, 10), "post2020 date")
            need(rrn_check(d[:12]) != int(d[12]), "post2020 must fail checksum")
        else:
            need(rrn_check(d[:12]) == int(d[12]), "checksum")
            need((cent + int(d[:2]), int(d[2:4])) < (2020, 10), "pre2020 date")
        return
    if typ == "KR_FRN":
        if sub == "frn_masked":
            need(re.fullmatch(r"\d{6}-?[5-8][" + MASK_CHARS + r"]{6}", c), "masked shape")
            return
        need(re.fullmatch(r"\d{6}-?\d{7}", c), "shape")
        g = int(d[6])
        need(g in (5, 6, 7, 8) and _date_ok(d[:2], d[2:4], d[4:6], 1900 if g < 7 else 2000), "date/gender")
        need(frn_check(d[:12]) == int(d[12]), "FRN checksum")
        return
    if typ == "KR_BRN":
        need(re.fullmatch(r"\d{3}-?\d{2}-?\d{5}", c), "shape")
        need(brn_check(d[:9]) == int(d[9]), "BRN checksum")
        return
    if typ == "KR_CRN":
        need(re.fullmatch(r"\d{6}-?\d{7}", c), "shape")
        need(crn_check(d[:12]) == int(d[12]), "CRN checksum")
        return
    if typ == "CREDIT_CARD":
        if sub == "card_masked":
            need(re.fullmatch(r"[\d*X●]{4}(-?[\d*X●]{4,6}){2,3}", c) and re.search(r"[*X●]", c), "masked card")
            return
        need(re.fullmatch(r"\d{15,16}", d) and luhn_ok(d), "Luhn")
        return
    if typ == "KR_BANK_ACCOUNT":
        need(re.fullmatch(r"[\d*]+(-[\d*]+)*", c) and 10 <= len(d) <= 14, "account shape")
        need(("*" in c) == (sub == "acct_masked"), "mask consistency")
        return
    if typ == "PHONE_NUMBER":
        ok = (re.fullmatch(r"(\+82-?10|010)[-.]?[\d*]{4}[-.]?[\d*]{4}", c) or
              re.fullmatch(r"01[16789]-?\d{3,4}-?\d{4}", c) or
              re.fullmatch(r"\(?0\d{1,2}[).-]?\d{3,4}[-.]?\d{4}", c) or
              re.fullmatch(r"\+82-?\d{1,2}-?\d{3,4}-?\d{4}", c))
        need(ok, "phone shape")
        return
    if typ == "EMAIL_ADDRESS":
        need(re.fullmatch(r"[A-Za-z0-9._%+*-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", c), "email shape")
        return
    if typ == "KR_HEALTH_INSURANCE":
        need(re.fullmatch(r"\d{11}", d) and not d.startswith("01"), "HI 11 digits")
        return
    if typ == "KR_DRIVER_LICENSE":
        if sub == "dl_masked":
            need(re.fullmatch(r"\d{2}-\d{2}-[\d*]{6}-\d{2}", c) and "*" in c, "masked DL")
            return
        m = re.fullmatch(r"([가-힣]{2,4}|\d{2})-?(\d{2})-?(\d{6})-?(\d{2})", c)
        need(m, "DL shape")
        need(m.group(1) in {r for _, r in DL_REGIONS} | {c_ for c_, _ in DL_REGIONS}, "DL region")
        return
    if typ == "KR_PASSPORT":
        if sub == "passport_kr_old":
            need(re.fullmatch(r"[MSRGD]\d{8}", c), "old KR passport")
        elif sub == "passport_kr_new":
            need(re.fullmatch(r"[MSRGD]\d{3}[A-Z]\d{4}", c), "new KR passport")
        elif sub == "passport_masked":
            need(re.fullmatch(r"[A-Z][\dA-Z*]{7,8}", c) and "*" in c, "masked passport")
        else:
            need(re.fullmatch(r"[A-Z0-9]{7,10}", c), "foreign passport")
        return
    if typ == "KR_VEHICLE_PLATE":
        need(re.fullmatch(r"([가-힣]{2})?\d{2,3}[가-힣]\d{4}", c), "plate")
        return
    if typ == "IP_ADDRESS":
        if sub == "ipv6":
            need(re.fullmatch(r"[0-9a-f:]+", c) and c.count(":") >= 2, "ipv6")
        else:
            parts = c.split(".")
            need(len(parts) == 4 and all(p.isdigit() and int(p) <= 255 for p in parts), "ipv4")
        return
    if typ == "DATE_OF_BIRTH":
        mon = re.search(r"(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)", c.upper())
        if mon:
            m_ = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"].index(mon.group(1)) + 1
            mm = re.fullmatch(r"(\d{1,2})(?:\d{1,2}월/)?[A-Z]{3}(\d{4})", c.upper())
            need(mm and _date_ok(mm.group(2), str(m_), mm.group(1)), "DOB passport-style date")
            return
        nums = re.findall(r"\d+", c)
        if len(nums) == 1 and len(nums[0]) in (6, 8):
            n = nums[0]
            nums = [n[:-4], n[-4:-2], n[-2:]]
        need(len(nums) == 3 and _date_ok(*nums), "DOB date")
        return
    if typ == "KR_ADDRESS":
        need(re.search(r"\d", c) and not c.startswith("(") and not c.endswith(")"), "address")
        return
    if typ == "PERSON":
        need(c not in PLACEHOLDER_NAMES and not re.search(r"[○*×◯]", c), "placeholder name")
        need(not re.search(r"(씨|님|귀하|주무관|사무관|과장|위원|장관|기자)$", c) or len(c) > 5, "title in name")
        return
    fail("unknown type " + typ)


def infer_sub(typ, v):
    """Sub-kind of a hand-written value (canon form)."""
    c = canon(typ, v)
    d = c.replace("-", "")
    if typ == "KR_RRN":
        if re.search("[" + MASK_CHARS + "]", c):
            return "rrn_masked"
        g = int(d[6])
        y = (1900 if g in (1, 2) else 2000) + int(d[:2])
        return "rrn_post2020" if (y, int(d[2:4])) >= (2020, 10) else "rrn_valid"
    if typ == "KR_FRN":
        return "frn_masked" if re.search("[" + MASK_CHARS + "]", c) else "frn_valid"
    if typ == "KR_BRN":
        return "brn_dashed" if "-" in c else "brn_plain"
    if typ == "KR_CRN":
        return "crn_dashed" if "-" in c else "crn_plain"
    if typ == "CREDIT_CARD":
        if re.search(r"[*X●]", c):
            return "card_masked"
        return {"4": "card_visa", "5": "card_master", "2": "card_master", "9": "card_bc"}.get(
            d[0], "card_amex" if len(d) == 15 else "card_jcb")
    if typ == "KR_BANK_ACCOUNT":
        return "acct_masked" if "*" in c else "acct_" + "-".join(str(len(g)) for g in c.split("-"))
    if typ == "PHONE_NUMBER":
        if "*" in c:
            return "phone_masked"
        if c.startswith("+82"):
            return "mobile_intl"
        if c.startswith("010"):
            return "mobile" if re.search(r"[^\dOolISB]", base_norm(v)) else "mobile_plain"
        if re.match(r"01[16789]", c):
            return "mobile_old"
        if c.startswith("070"):
            return "voip_070"
        return "landline_paren" if ")" in c else "landline"
    if typ == "EMAIL_ADDRESS":
        return "email_masked" if "*" in c else ("email_official" if c.endswith((".kr", "korea.kr")) and
                                                 (".go.kr" in c or "korea.kr" in c) else "email")
    if typ == "KR_DRIVER_LICENSE":
        if "*" in c:
            return "dl_masked"
        if re.match(r"[가-힣]", v.strip()):
            return "dl_region_nospace" if re.match(r"[가-힣]+\d", v.strip()) else "dl_region_name"
        if "-" in c:
            return "dl_numeric_dashed"
        return "dl_spaced" if " " in v.strip() else "dl_plain12"
    if typ == "KR_PASSPORT":
        if "*" in c:
            return "passport_masked"
        if re.fullmatch(r"[MSRGD]\d{8}", c):
            return "passport_kr_old"
        if re.fullmatch(r"[MSRGD]\d{3}[A-Z]\d{4}", c):
            return "passport_kr_new"
        return "passport_foreign"
    if typ == "KR_VEHICLE_PLATE":
        if re.match(r"[가-힣]{2}", c):
            return "plate_commercial" if re.search(r"\d[바사아자]\d", c) else "plate_region"
        if re.search(r"\d[하허호]\d", c):
            return "plate_rental"
        if " " not in v:
            return "plate_nospace"
        return "plate_3digit" if re.match(r"\d{3}", c) else "plate_2digit"
    if typ == "IP_ADDRESS":
        if ":" in c:
            return "ipv6"
        a, b = [int(x) for x in c.split(".")[:2]]
        return "ipv4_private" if a == 10 or (a == 172 and 16 <= b <= 31) or (a == 192 and b == 168) else "ipv4_public"
    if typ == "KR_HEALTH_INSURANCE":
        return "hi_11digit"
    if typ == "DATE_OF_BIRTH":
        s = base_norm(v).replace("\n", " ")
        if re.search(r"[A-Za-z]{3}", s):
            return "dob_passport_style"
        if "년" in s:
            return "dob_korean" if re.match(r"\d{4}", s) else "dob_korean_short"
        if re.fullmatch(r"\d{8}", c):
            return "dob_eight"
        if re.fullmatch(r"\d{6}", c):
            return "dob_six"
        if "/" in s:
            return "dob_slash"
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", c):
            return "dob_iso"
        if re.match(r"\d{2}\.", c):
            return "dob_yy_dot"
        if ". " in s:
            return "dob_dot_spaced"
        return "dob_dot_padded" if re.fullmatch(r"\d{4}\.\d{2}\.\d{2}\.", c) else "dob_dot_nospace"
    if typ == "KR_ADDRESS":
        if re.search(r"산\s?\d", v) and "리" in v:
            return "addr_parcel"
        if re.search(r"[리동가]\s\d", v) and not re.search(r"(로|길)\s?\d", v):
            return "addr_jibun_apt" if re.search(r"(아파트|빌라|맨션)", v) else "addr_jibun"
        head = v.split()[0]
        if head.endswith(("특별시", "광역시", "특별자치시", "특별자치도", "도")) and len(head) > 2:
            return "addr_road_full"
        if head.endswith(("구", "군")) or (head.endswith("시") and head not in ("서울시", "부산시", "대구시", "인천시",
                                                                            "광주시", "대전시", "울산시", "세종시")):
            return "addr_road_sigungu"
        return "addr_road_short"
    if typ == "PERSON":
        s = v.replace("\n", " ")
        if re.search(r"[A-Za-z]", s):
            return "foreign_latin"
        toks = s.split()
        if len(toks) >= 2 and all(len(t) == 1 for t in toks):
            return kname_sub("".join(toks))
        if len(toks) >= 2:
            return "foreign_hangul"
        if len(s) >= 5:
            return "foreign_hangul"
        return kname_sub(s)
    return "other"


FULLWIDTH_RE = re.compile("[\uff01-\uff5e]")


def infer_noise(typ, v):
    tags = []
    if re.search("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]", v):
        tags.append("fullwidth_digits")
    if any(h in v for h in HYPHEN_VARIANTS):
        tags.append("unicode_hyphen")
    if "\n" in v:
        tags.append("newline_in_number" if (typ in NUMERIC_TYPES or typ in ("KR_DRIVER_LICENSE", "KR_PASSPORT",
                                                                             "DATE_OF_BIRTH")) else "wrapped")
    if typ in NUMERIC_TYPES and typ != "IP_ADDRESS" or typ == "DATE_OF_BIRTH":
        core = v if typ != "KR_RRN" and typ != "KR_FRN" else v.replace("X", "").replace("x", "")
        if re.search(r"[OolISB]", core):
            tags.append("confusable_letters")
    if typ == "IP_ADDRESS" and re.search(r"[OolISB]", v):
        tags.append("confusable_letters")
    if typ == "PERSON":
        toks = v.replace("\n", " ").split()
        if len(toks) >= 2 and all(len(t) == 1 and "가" <= t <= "힣" for t in toks):
            tags.append("spaced_name")
    if re.search(r" -|- ", v.replace("\n", " ")) or (typ in ("KR_RRN", "KR_FRN", "KR_BRN", "KR_CRN",
                                                              "KR_HEALTH_INSURANCE", "IP_ADDRESS") and " " in v):
        tags.append("space_in_number")
    return tags


def shape(v):
    out = []
    for ch in v:
        if ch.isdigit() and ch.isascii():
            out.append("9")
        elif "\uff10" <= ch <= "\uff19":
            out.append("９")
        elif ch.isascii() and ch.isalpha():
            out.append("A")
        elif "가" <= ch <= "힣":
            out.append("가")
        elif ch == "\n":
            out.append("⏎")
        else:
            out.append(ch)
    return "".join(out)


def fmt_of(typ, v):
    if typ == "PERSON":
        s = v.replace("\n", " ")
        return ("latin" if re.search("[A-Za-z]", s) else "hangul") + f"_{len(s.replace(' ', ''))}ch" + \
            (f"_{len(s.split())}tok" if " " in s else "")
    if typ == "KR_ADDRESS":
        return f"address_{len(v.split())}tok"
    if typ == "EMAIL_ADDRESS":
        return "local@" + v.split("@")[-1].strip() if "@" in v else "email"
    return shape(v)


# ---------------------------------------------------------------- value noise
CONF_OUT = {"0": ["O", "o"], "1": ["l", "I"], "5": ["S"], "8": ["B"]}
UNI_HYPHENS = ["‐", "‑", "–", "—", "−", "－", "ㅡ"]


def to_fullwidth(s, letters=False):
    out = []
    for ch in s:
        if ch.isdigit() and ch.isascii():
            out.append(chr(ord(ch) + 0xFEE0))
        elif letters and ch.isascii() and ch.isalpha():
            out.append(chr(ord(ch) + 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)


NOISE_KINDS = {
    "PERSON": ["spaced_name", "spaced_name", "wrapped"],
    "KR_ADDRESS": ["wrapped", "wrapped", "fullwidth_digits", "confusable_letters"],
    "EMAIL_ADDRESS": ["space_in_value", "wrapped"],
    "KR_PASSPORT": ["confusable_letters", "fullwidth_digits", "space_in_number"],
    "KR_VEHICLE_PLATE": ["space_in_number", "fullwidth_digits", "confusable_letters"],
    "IP_ADDRESS": ["confusable_letters", "space_in_number", "fullwidth_digits"],
    "DATE_OF_BIRTH": ["fullwidth_digits", "confusable_letters", "space_in_number"],
}
NUM_KINDS = ["confusable_letters", "confusable_letters", "fullwidth_digits", "unicode_hyphen", "space_in_number",
             "newline_in_number"]


def noisify(rng, typ, v, kind=None):
    kinds = NOISE_KINDS.get(typ, NUM_KINDS)
    kind = kind or rng.choice(kinds)
    if kind == "unicode_hyphen" and "-" not in v:
        kind = "confusable_letters"
    if kind == "spaced_name":
        if re.fullmatch(r"[가-힣]{2,4}", v):
            return " ".join(v), ["spaced_name"]
        kind = "wrapped"
    if kind == "wrapped":
        sp = [i for i, ch in enumerate(v) if ch == " "]
        if sp:
            i = rng.choice(sp)
            return v[:i] + "\n" + v[i + 1:], ["wrapped"]
        if typ == "PERSON" and len(v) >= 3:
            i = rng.randint(1, len(v) - 1)
            return v[:i] + "\n" + v[i:], ["wrapped"]
        if typ == "EMAIL_ADDRESS":
            i = v.index("@") + 1
            return v[:i] + "\n" + v[i:], ["wrapped"]
        return v, []
    if kind == "space_in_value":
        i = v.index("@")
        return rng.choice([v[:i] + " " + v[i:], v[:i + 1] + " " + v[i + 1:], v.replace(".", ". ", 1)]), \
            ["space_in_value"]
    if kind == "confusable_letters" and (typ == "IP_ADDRESS" and ":" in v or re.search("[A-Z]{3}", v)):
        kind = "space_in_number"
    if kind == "confusable_letters":
        pos = [i for i, ch in enumerate(v) if ch in CONF_OUT and not (typ == "KR_PASSPORT" and i == 0)]
        if typ in ("KR_RRN", "KR_FRN"):
            pos = [i for i in pos if i != 7] or pos
        if not pos:
            kind = "fullwidth_digits"
        else:
            chars = list(v)
            for i in rng.sample(pos, min(len(pos), rng.choice([1, 1, 2]))):
                chars[i] = rng.choice(CONF_OUT[chars[i]])
            return "".join(chars), ["confusable_letters"]
    if kind == "fullwidth_digits":
        w = to_fullwidth(v, letters=(typ == "KR_PASSPORT" and rng.random() < 0.5))
        if rng.random() < 0.5:
            w = w.replace("-", "－")
        return w, ["fullwidth_digits"]
    if kind == "unicode_hyphen":
        h = rng.choice(UNI_HYPHENS)
        return (v.replace("-", h) if rng.random() < 0.6 else v.replace("-", h, 1)), ["unicode_hyphen"]
    if kind == "space_in_number":
        hy = [i for i, ch in enumerate(v) if ch in "-."]
        if hy and (typ != "IP_ADDRESS" or rng.random() < 0.5):
            i = rng.choice(hy)
            return v[:i] + rng.choice([" " + v[i], v[i] + " ", " " + v[i] + " "]) + v[i + 1:], ["space_in_number"]
        dg = [i for i in range(1, len(v)) if v[i - 1].isalnum() and v[i].isdigit()]
        if dg:
            i = rng.choice(dg)
            return v[:i] + " " + v[i:], ["space_in_number"]
        return v, []
    if kind == "newline_in_number":
        hy = [i for i, ch in enumerate(v) if ch == "-"]
        if hy:
            i = rng.choice(hy)
            return v[:i + 1] + "\n" + v[i + 1:], ["newline_in_number"]
        dg = [i for i in range(2, len(v) - 1) if v[i - 1].isdigit() and v[i].isdigit()]
        if dg:
            i = rng.choice(dg)
            return v[:i] + "\n" + v[i:], ["newline_in_number"]
        return v, []
    return v, []


# ---------------------------------------------------------------- documents
def S(typ, value, sub, noise=None, kind=None, rng=None):
    """A gold span to be used inside Doc.f().  kind: apply value noise of that kind (needs rng)."""
    tags = list(noise or [])
    clean = value
    if kind and rng is not None:
        value, t = noisify(rng, typ, value, None if kind == "any" else kind)
        tags += t
    return ("S", typ, value, sub, tags, clean)


def H(text, cat):
    return ("H", text, cat)


JOSA = {"은": ("은", "는"), "는": ("은", "는"), "이": ("이", "가"), "가": ("이", "가"), "을": ("을", "를"),
        "를": ("을", "를"), "과": ("과", "와"), "와": ("과", "와"), "으로": ("으로", "로"), "로": ("으로", "로"),
        "이라고": ("이라고", "라고"), "이었": ("이었", "였"), "이에요": ("이에요", "예요"), "이요": ("이요", "요"),
        "이나": ("이나", "나")}
DIGIT_FINAL = {"0": "ㅇ", "1": "ㄹ", "2": "", "3": "ㅁ", "4": "", "5": "", "6": "ㄱ", "7": "ㄹ", "8": "ㄹ", "9": ""}


def final_of(word):
    w = word.rstrip(" )」』.")
    if not w:
        return ""
    ch = w[-1]
    c = ord(ch) - 0xAC00
    if 0 <= c < 11172:
        return "x" if c % 28 == 8 else ("o" if c % 28 else "")
    if ch.isdigit():
        f = DIGIT_FINAL[ch]
        return "x" if f == "ㄹ" else ("o" if f else "")
    if ch.isalpha():
        return "x" if ch.lower() == "l" else ("o" if ch.lower() in "mnkgtbp" else "")
    return ""


def josa(word, key):
    withf, without = JOSA[key]
    f = final_of(word)
    if key in ("으로", "로"):
        return "로" if f in ("", "x") else "으로"
    return withf if f else without


class Doc:
    def __init__(self, rng):
        self.rng = rng
        self.parts = []
        self.rec_noise = []
        self.ocr = False

    def t(self, *xs):
        for x in xs:
            if x:
                self.parts.append({"k": "t", "x": x})

    def add(self, item):
        if item is None:
            return
        if isinstance(item, str):
            self.t(item)
        elif item[0] == "S":
            _, typ, value, sub, tags, clean = item
            self.parts.append({"k": "s", "x": value, "type": typ, "sub": sub, "noise": list(tags), "clean": clean})
        elif item[0] == "H":
            self.parts.append({"k": "h", "x": item[1], "cat": item[2]})
        else:
            raise ValueError(item)

    def f(self, fmt, **kw):
        """Emit fmt where {key} is replaced by kw[key] (a str, an S(...) or an H(...))."""
        pos = 0
        for m in re.finditer(r"\{(\w+)(?:\|(\w+))?\}", fmt):
            if m.group(1) not in kw:
                continue
            self.t(fmt[pos:m.start()])
            item = kw[m.group(1)]
            self.add(item)
            if m.group(2):
                self.t(josa(cell_text(item) if item else "", m.group(2)))
            pos = m.end()
        self.t(fmt[pos:])

    def line(self, *items):
        for it in items:
            self.add(it)
        self.t("\n")


def assemble(parts):
    text, spans, hns, pos = [], [], [], 0
    for p in parts:
        x = p["x"]
        if p["k"] == "s":
            spans.append({"start": pos, "end": pos + len(x), "type": p["type"], "subkind": p["sub"],
                          "noise": list(p["noise"]), "value": x, "clean": p.get("clean", x)})
        elif p["k"] == "h":
            hns.append({"start": pos, "end": pos + len(x), "text": x, "category": p["cat"]})
        text.append(x)
        pos += len(x)
    return "".join(text), spans, hns


HANGUL_CONF = {"읍": "음", "를": "롤", "은": "온", "의": "외", "월": "윌", "에": "애", "로": "르", "서": "시"}


def ocr_text_noise(rng, x, tags):
    if ("(" in x or ")" in x) and rng.random() < 0.45:
        idx = [i for i, ch in enumerate(x) if ch in "()"]
        i = rng.choice(idx)
        x = x[:i] + x[i + 1:]
        tags.add("lost_bracket")
    if ("·" in x or "「" in x) and rng.random() < 0.6:
        x = x.replace("·", rng.choice([".", "ㆍ", ","])).replace("「", rng.choice(["[", "", "r"])).replace(
            "」", rng.choice(["]", "", "J"]))
        tags.add("punct_confusion")
    if rng.random() < 0.25:
        cands = [i for i, ch in enumerate(x) if ch in HANGUL_CONF]
        if cands:
            i = rng.choice(cands)
            x = x[:i] + HANGUL_CONF[x[i]] + x[i + 1:]
            tags.add("hangul_confusion")
    if rng.random() < 0.2:
        cands = [i for i in range(1, len(x) - 1) if x[i] == " " and "가" <= x[i - 1] <= "힣" and "가" <= x[i + 1] <= "힣"]
        if cands:
            i = rng.choice(cands)
            x = x[:i] + x[i + 1:]
            tags.add("spacing")
    if "\n" in x and rng.random() < 0.15:
        i = x.index("\n") + 1
        x = x[:i] + rng.choice(["| ", "_", ". ", "' "]) + x[i:]
        tags.add("stray_chars")
    return x


def hard_wrap(rng, text, width):
    chars = list(text)
    start = 0
    i = 0
    n = len(chars)
    while i < n:
        if chars[i] == "\n":
            start = i + 1
        elif i - start >= width:
            j = i
            while j > start + width // 2 and chars[j] != " ":
                j -= 1
            if chars[j] == " " and j > start:
                chars[j] = "\n"
                start = j + 1
            else:
                start = i  # no space; leave the line long
        i += 1
    return "".join(chars)


def apply_ocr(rng, doc):
    tags = set()
    span_p = rng.uniform(0.45, 0.8)
    for p in doc.parts:
        if p["k"] == "s":
            if rng.random() < span_p:
                nv, t = noisify(rng, p["type"], p["x"])
                if t and nv.strip() == nv:
                    p["x"] = nv
                    p["noise"] += t
        elif p["k"] == "t":
            p["x"] = ocr_text_noise(rng, p["x"], tags)
        elif p["k"] == "h" and rng.random() < 0.15 and re.search(r"\d", p["x"]):
            p["x"] = to_fullwidth(p["x"])
            tags.add("fullwidth_in_negative")
    head = rng.choice(["", "[스캔본] ", "사본\n", "== 스캔 1/2 ==\n", "- 1 -\n", "#page 1\n"])
    if head:
        doc.parts.insert(0, {"k": "t", "x": head if head.endswith("\n") else head + "\n"})
        tags.add("page_header")
    if rng.random() < 0.5:
        doc.parts.append({"k": "t", "x": rng.choice(["\n- 2 -", "\n(뒷면 계속)", "\n스캔일시 2026.11.2" + str(rng.randint(0, 9)),
                                                      "\n1/1", "\n■■■ 이 면 여백 ■■■"])})
        tags.add("page_footer")
    text, spans, hns = assemble(doc.parts)
    wrapped = hard_wrap(rng, text, rng.randint(30, 48))
    if wrapped != text:
        tags.add("hard_wrap")
    return wrapped, spans, hns, sorted(tags)


def refresh_after_wrap(text, spans, hns):
    for sp in spans:
        v = text[sp["start"]:sp["end"]]
        if v != sp["value"]:
            if "\n" in v and "\n" not in sp["value"]:
                sp["noise"].append("newline_in_number" if sp["type"] in NUMERIC_TYPES or sp["type"] in (
                    "KR_DRIVER_LICENSE", "KR_PASSPORT", "DATE_OF_BIRTH", "KR_VEHICLE_PLATE") else "wrapped")
            sp["value"] = v
    for h in hns:
        h["text"] = text[h["start"]:h["end"]]


# ---------------------------------------------------------------- validation
HN_CATEGORIES = {"institution_switchboard", "institution_address", "institution_email", "official_by_office",
                 "document_number", "case_number", "statute_citation", "notice_number", "receipt_number",
                 "public_record_id", "placeholder_person", "company_name", "amount", "date_not_birth",
                 "postal_code", "version_number", "system_user_id", "name_shaped_word", "flight_number",
                 "product_lot", "personal_id_no_type", "age", "organization_name", "placeholder_value"}
SHAPE_RES = [("mobile", re.compile(r"(?<![\d-])01[016789][-.\s]?\d{3,4}[-.\s]?\d{4}(?!\d)")),
             ("email", re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z0-9.-]+")),
             ("rrn_shape", re.compile(r"(?<!\d)\d{6}\s?-\s?[\d*●Xx○]{7}(?!\d)")),
             ("card16", re.compile(r"(?<!\d)\d{4}[- ]\d{4}[- ]\d{4}[- ]\d{4}(?!\d)")),
             ("digits13plus", re.compile(r"(?<![\d-])\d{13,16}(?![\d-])")),
             ("ipv4", re.compile(r"(?<![\d.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d.])")),
             ("landline", re.compile(r"(?<![\d-])0\d{1,2}[-)\s.]\s?\d{3,4}[-.]\d{4}(?![\d-])")),
             ("brn_shape", re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{5}(?![\d-])"))]


def validate(text, spans, hns, no_pii, templated=True):
    last = -1
    for sp in spans:
        s, e, typ = sp["start"], sp["end"], sp["type"]
        if typ not in TYPES:
            fail("bad type " + typ)
        if not (0 <= s < e <= len(text)):
            fail("span out of bounds")
        if s < last:
            fail(f"overlap/unsorted at {s}")
        last = e
        v = text[s:e]
        if v != sp["value"]:
            fail(f"span text mismatch {v!r} != {sp['value']!r}")
        if v.strip() != v:
            fail(f"whitespace at span edge {v!r}")
        c = canon(typ, v)
        check_value(typ, sp["subkind"], c)
        if templated and canon(typ, sp["clean"]) != c:
            fail(f"noisy value does not normalise to clean: {v!r} vs {sp['clean']!r}")
    for h in hns:
        if text[h["start"]:h["end"]] != h["text"] or not h["text"].strip():
            fail("HN text mismatch")
        if h["category"] not in HN_CATEGORIES:
            fail("HN category " + h["category"])
        for sp in spans:
            if sp["start"] < h["end"] and h["start"] < sp["end"]:
                fail(f"hard negative {h['text']!r} overlaps gold {sp['value']!r}")
    covered = [(sp["start"], sp["end"]) for sp in spans]
    # every other occurrence of a labelled value must be labelled as well
    for sp in spans:
        needles = {sp["value"]}
        if sp["type"] == "PERSON":
            needles.add(re.sub(r"\s+", "", sp["value"]))
        for nd in needles:
            if len(nd) < 2:
                continue
            for m in re.finditer(re.escape(nd), text):
                if not any(a <= m.start() and m.end() <= b for a, b in covered):
                    fail(f"unlabelled repeat of {sp['type']} {nd!r} at {m.start()}")
    for h in hns:
        if h["category"] == "placeholder_person":
            for sp in spans:
                if sp["type"] == "PERSON" and sp["value"] == h["text"]:
                    fail("placeholder labelled")
    # PII-looking strings outside spans must be tagged hard negatives
    for name, rx in SHAPE_RES:
        for m in rx.finditer(text):
            a, b = m.start(), m.end()
            if any(s < b and a < e for s, e in covered):
                continue
            if any(h["start"] <= a and b <= h["end"] for h in hns):
                continue
            fail(f"untagged {name}-shaped string {m.group()!r}")
    if no_pii:
        if spans:
            fail("no-PII record has spans")
        if not hns:
            fail("no-PII record without hard negatives")
    elif not spans:
        fail("record without spans")


# ---------------------------------------------------------------- hand-written records
MARK_RE = re.compile(r"⟦([A-Z_]+)((?:\|[a-z_]+=[^|:⟧]*)*):(.*?)⟧|⟪([a-z_]+):(.*?)⟫", re.S)


def parse_marked(src):
    parts, pos = [], 0
    for m in MARK_RE.finditer(src):
        if m.start() > pos:
            parts.append({"k": "t", "x": src[pos:m.start()]})
        if m.group(1):
            typ, val = m.group(1), m.group(3)
            if re.search(r"\|(sub|noise)=", val):
                raise SystemExit("marker options must follow the type, not the value: " + val)
            opts = dict(o.split("=", 1) for o in m.group(2).split("|") if o)
            sub = opts.get("sub") or infer_sub(typ, val)
            tags = infer_noise(typ, val)
            for t in opts.get("noise", "").split(","):
                if t and t not in tags:
                    tags.append(t)
            parts.append({"k": "s", "x": val, "type": typ, "sub": sub, "noise": tags, "clean": val})
        else:
            parts.append({"k": "h", "x": m.group(5), "cat": m.group(4)})
        pos = m.end()
    if pos < len(src):
        parts.append({"k": "t", "x": src[pos:]})
    for p in parts:
        if p["k"] == "t" and re.search("[⟦⟧⟪⟫]", p["x"]):
            raise SystemExit("stray marker in hand-written text: " + p["x"][:80])
    return parts


# ================================================================= template helpers
def rdate(rng, y0=2023, y1=2026):
    y, m, d = rand_date(rng, y0, y1)
    if y1 <= 2026 and (y, m, d) > (2026, 12, 7):
        y, m, d = 2026, rng.randint(1, 11), rng.randint(1, 28)
    return y, m, d


def ds(ymd, form="dot_spaced"):
    return fmt_date(ymd, form)


def DATE(rng, y0=2023, y1=2026, form=None):
    return H(fmt_date(rdate(rng, y0, y1), form or rng.choice(["dot_spaced", "dot_spaced", "korean", "iso",
                                                              "dot_padded"])), "date_not_birth")


def AMT(rng, lo=10000, hi=50000000):
    n = rng.randint(lo // 1000, hi // 1000) * 1000
    return H(rng.choice([f"{n:,}원", f"{n:,}원", f"금{n:,}원", f"₩{n:,}"]), "amount")


def SW(rng, area=None, tag=True):
    v = switchboard(rng, area)
    return H(v, "institution_switchboard")


def IADDR(rng, bld="", ctx=None):
    return H(inst_address(rng, bld, ctx or _REGION["last"]), "institution_address")


def POST(rng, old=False):
    return H(f"{rng.randint(100, 799)}-{rng.randint(100, 999)}" if old else f"{rng.randint(1000, 63999):05d}",
             "postal_code")


def DOCNO(rng, dept, year=False):
    return H(f"{dept}-{rng.randint(2023, 2026)}-{rng.randint(1, 9999):04d}" if year else
             f"{dept}-{rng.randint(100, 19999)}", "document_number")


COMPANY_STEMS = ["한빛", "새솔", "가람", "누리", "다온", "미래로", "청솔", "푸른들", "세움", "하늘길", "은성", "대명", "동진",
                 "해오름", "바른", "온누리", "정담", "큰나무"]
COMPANY_SUFFIX = ["엔지니어링", "건설", "산업", "테크", "물류", "식품", "정보통신", "환경", "건축사사무소", "조경", "상사",
                  "인력", "전기", "기계", "디자인", "에너지"]


def company(rng):
    stem, suf = rng.choice(COMPANY_STEMS), rng.choice(COMPANY_SUFFIX)
    r = rng.random()
    if r < 0.45:
        return f"(주){stem}{suf}"
    if r < 0.65:
        return f"주식회사 {stem}{suf}"
    if r < 0.75:
        return f"유한회사 {stem}{suf}"
    if r < 0.85:
        return f"{stem}{suf}(주)"
    return f"{stem}{suf}"


def CO(rng, name=None):
    return H(name or company(rng), "company_name")


PLACEHOLDERS = ["홍길동", "김○○", "박**", "이 모 씨", "A씨", "B씨", "최○○", "정○○", "갑", "을", "김모 씨", "A법인", "B사",
                "이○○", "윤**", "한 모 씨"]


def PHD(rng, v=None):
    return H(v or rng.choice(PLACEHOLDERS), "placeholder_person")


NAME_SHAPED = ["조치원", "정관장", "이태원", "강수량", "하수도", "신사동", "문정동", "고양이", "한라봉", "백일홍", "진달래",
               "방정식", "공기업", "유자차", "오미자", "서귀포", "안전모", "송전탑", "김장철", "박물관", "최고가", "윤활유",
               "장마철", "임대료", "전기료", "노인정", "민원실", "성수기", "차용증", "주차장", "우편함", "신용도", "한우리",
               "문화재", "조리사", "남해안", "황사철", "구급차"]


def NSW(rng, w=None):
    return H(w or rng.choice(NAME_SHAPED), "name_shaped_word")


LAWS = {
    "privacy": ["「개인정보 보호법」 제15조제1항", "「개인정보 보호법」 제24조의2", "「개인정보 보호법」 제17조제1항제1호"],
    "immig": ["「출입국관리법」 제25조", "「출입국관리법」 제31조제1항", "「출입국관리법 시행령」 제31조", "「여권법」 제11조",
              "「여권법 시행령」 제16조", "「재한외국인 처우 기본법」 제12조"],
    "resid": ["「주민등록법」 제29조", "「주민등록법 시행령」 제47조", "「민원 처리에 관한 법률」 제27조"],
    "traffic": ["「도로교통법」 제44조제1항", "「도로교통법」 제54조", "「교통사고처리 특례법」 제3조제2항",
                "「도로교통법 시행규칙」 제77조"],
    "election": ["「공직선거법」 제49조", "「공직선거법」 제147조", "「정치자금법」 제34조"],
    "mma": ["「병역법」 제60조", "「병역법」 제61조제1항", "「병역법 시행령」 제129조"],
    "court": ["「민사집행법」 제84조", "「민사집행법」 제105조", "「공탁법」 제4조", "「민법」 제487조", "「민사소송법」 제98조"],
    "veterans": ["「국가유공자 등 예우 및 지원에 관한 법률」 제6조", "「보훈보상대상자 지원에 관한 법률」 제4조"],
    "forest": ["「산림자원의 조성 및 관리에 관한 법률」 제36조", "「산지관리법」 제14조", "「국가유산기본법」 제35조",
               "「문화유산의 보존 및 활용에 관한 법률」 제35조"],
    "health": ["「감염병의 예방 및 관리에 관한 법률」 제24조", "「국민건강보험법」 제12조", "「의료급여법」 제8조"],
    "oia": ["「공공기관의 정보공개에 관한 법률」 제9조제1항제6호", "「공공기관의 정보공개에 관한 법률」 제11조"],
    "civil": ["「지방공무원법」 제72조", "「국가공무원법」 제78조", "「공무원 징계령」 제7조", "「지방공무원 징계 및 소청 규정」 제2조"],
    "tax": ["「부가가치세법」 제8조", "「소득세법」 제168조", "「국세기본법」 제81조의13"],
    "post": ["「우편법」 제31조", "「우편법 시행규칙」 제25조"],
    "aviation": ["「항공보안법」 제15조", "「항공보안법」 제21조", "「국제항해선박 및 항만시설의 보안에 관한 법률」 제33조"],
    "admin": ["「행정업무의 운영 및 혁신에 관한 규정」 제10조", "「행정절차법」 제24조", "「민원 처리에 관한 법률」 제27조"],
}


def LAW(rng, dom):
    return H(rng.choice(LAWS[dom]), "statute_citation")


REGION_OFFICE = ["서울남부", "인천", "수원", "부산", "대구", "광주", "청주", "전주", "춘천", "제주", "울산", "창원", "양주", "천안"]
TAX_OFFICE = ["마포", "수원", "동래", "북대구", "서대전", "청주", "전주", "포항", "강릉", "제주", "부천", "성남", "광산", "해운대"]
COURTS = ["서울중앙", "수원", "인천", "대전", "대구", "부산", "광주", "청주", "춘천", "전주", "창원", "제주", "의정부"]
MMA = ["서울", "경인", "부산울산", "대구경북", "광주전남", "대전충남", "강원영동", "인천", "충북", "전북", "경남", "제주"]


_REGION = {"last": None}


def city_of(rng):
    full, alts, sgg = pick_region(rng)
    _REGION["last"] = {"full": full, "sgg": sgg}
    return (sgg.split()[0] if sgg else "세종특별자치시"), full


def P(rng, name=None, kind=None, sub=None):
    name = name or kname(rng)
    return S("PERSON", name, sub or kname_sub(name), kind=kind, rng=rng)


def PF(f, script="latin", kind=None, rng=None):
    return S("PERSON", f[script], "foreign_" + script, kind=kind, rng=rng)


def latin_of(name):
    sur, given = split_kname(name)
    return f"{SUR_ROMA.get(sur, romanize(sur)).upper()} {romanize(given).upper()}"


def PLAT(name):
    return S("PERSON", latin_of(name), "ko_latin")


def MOB(rng, style=None, kind=None):
    v, sub = mobile(rng, style)
    return S("PHONE_NUMBER", v, sub, kind=kind, rng=rng)


def TEL(rng, area=None, style=None, kind=None, sub=None):
    v, s_ = landline(rng, area, style)
    return S("PHONE_NUMBER", v, sub or s_, kind=kind, rng=rng)


def FAX(rng, area=None, style=None, kind=None):
    return TEL(rng, area, style, kind, sub="fax")


def VOIP(rng, kind=None):
    v, sub = voip(rng)
    return S("PHONE_NUMBER", v, sub, kind=kind, rng=rng)


def EM(rng, name=None, domain=None, kind=None):
    v = email_for(rng, name, domain)
    return S("EMAIL_ADDRESS", v, "email_official" if domain and domain.endswith("kr") and (
        "go.kr" in domain or domain == "korea.kr") else "email", kind=kind, rng=rng)


def ADDR(rng, kind=None, noise=None):
    a, sub, paren = gen_address(rng, kind)
    return S("ADDRESS" if False else "KR_ADDRESS", a, sub, kind=noise, rng=rng), paren


def EMM(rng, name=None):
    v = email_for(rng, name)
    local, dom = v.split("@")
    return S("EMAIL_ADDRESS", local[:2] + "*" * max(3, len(local) - 2) + "@" + dom, "email_masked")


def PHM(rng):
    v, sub = phone_masked(rng)
    return S("PHONE_NUMBER", v, sub)


def DLM(rng):
    v, sub = dl_masked(rng)
    return S("KR_DRIVER_LICENSE", v, sub)


def PPM(rng):
    v, sub = passport_masked(rng)
    return S("KR_PASSPORT", v, sub)


def RRN(rng, b=None, kind="valid", sex=None, noise=None):
    if kind == "masked":
        return S("KR_RRN", rrn_masked(rng, b), "rrn_masked", kind=noise, rng=rng)
    if kind == "post2020":
        return S("KR_RRN", rrn(rng, b, sex, "post2020"), "rrn_post2020", kind=noise, rng=rng)
    return S("KR_RRN", rrn(rng, b, sex), "rrn_valid", kind=noise, rng=rng)


def RRN_any(rng, b=None, noise=None):
    r = rng.random()
    if b and b >= (2020, 10, 1):
        return RRN(rng, b, "post2020", noise=noise)
    return RRN(rng, b, "masked" if r < 0.25 else "valid", noise=noise)


def FRN(rng, b=None, masked=False, noise=None):
    if masked:
        return S("KR_FRN", frn_masked(rng, b), "frn_masked", kind=noise, rng=rng)
    return S("KR_FRN", frn(rng, b), "frn_valid", kind=noise, rng=rng)


def PPK(rng, new=None, noise=None):
    v, sub = passport_kr(rng, new)
    return S("KR_PASSPORT", v, sub, kind=noise, rng=rng)


def PPF(rng, nat, noise=None):
    v, sub = passport_foreign(rng, nat)
    return S("KR_PASSPORT", v, sub, kind=noise, rng=rng)


def DL(rng, form=None, noise=None):
    v, sub = driver_license(rng, form)
    return S("KR_DRIVER_LICENSE", v, sub, kind=noise, rng=rng)


def CARD(rng, masked=False, brand=None, style=None, noise=None):
    v, sub = card_masked(rng) if masked else card(rng, brand, style)
    return S("CREDIT_CARD", v, sub, kind=noise, rng=rng)


def ACCT(rng, bank=None, masked=False, noise=None):
    if isinstance(bank, str):
        bank = [b for b in BANKS if b[0] == bank][0]
    v, sub, name = account_masked(rng, bank) if masked else account(rng, bank)
    return S("KR_BANK_ACCOUNT", v, sub, kind=noise, rng=rng), name


def HI(rng, noise=None):
    v, sub = health_ins(rng)
    return S("KR_HEALTH_INSURANCE", v, sub, kind=noise, rng=rng)


def BRN(rng, dash=None, noise=None):
    dash = rng.random() < 0.85 if dash is None else dash
    v = brn(rng, dash)
    return S("KR_BRN", v, "brn_dashed" if dash else "brn_plain", kind=noise, rng=rng)


def CRN(rng, dash=None, noise=None):
    dash = rng.random() < 0.85 if dash is None else dash
    v = crn(rng, dash)
    return S("KR_CRN", v, "crn_dashed" if dash else "crn_plain", kind=noise, rng=rng)


def PLATE(rng, form=None, noise=None):
    v, sub = plate(rng, form)
    return S("KR_VEHICLE_PLATE", v, sub, kind=noise, rng=rng)


def IP(rng, v6=False, private=None, noise=None):
    v, sub = ipv6(rng) if v6 else ipv4(rng, private)
    return S("IP_ADDRESS", v, sub, kind=noise, rng=rng)


def DOB(rng, b=None, form=None, noise=None):
    b = b or birth(rng)
    v, sub = fmt_dob(rng, b, form)
    return S("DATE_OF_BIRTH", v, sub, kind=noise, rng=rng)


def age_of(b, ref=(2026, 12, 7)):
    return ref[0] - b[0] - ((ref[1], ref[2]) < (b[1], b[2]))


def cell_text(c):
    if isinstance(c, str):
        return c
    return c[2] if c[0] == "S" else c[1]


def table(d, header, rows, sep=None, with_header=None, rng=None):
    """rows: list of lists of items (str / S / H). Emits flattened table."""
    rng = rng or d.rng
    sep = sep or rng.choice([" | ", "|", "\t", "  ", "   "])
    if with_header is None:
        with_header = rng.random() < 0.6
    if sep == "|" and rng.random() < 0.5:
        left, right = "|", "|"
    else:
        left, right = "", ""
    if sep.strip() == "" and rng.random() < 0.6:
        allrows = ([header] if with_header and header else []) + rows
        ncol = max(len(r) for r in allrows)
        width = [0] * ncol
        for r in allrows:
            for j, c in enumerate(r):
                width[j] = max(width[j], len(cell_text(c)))
        for r in allrows:
            for j, c in enumerate(r):
                d.add(c)
                if j < len(r) - 1:
                    d.t(" " * (width[j] - len(cell_text(c)) + len(sep)))
            d.t("\n")
        return with_header
    if with_header and header:
        d.t(left + sep.join(header) + right + "\n")
        if sep.strip() == "|" and rng.random() < 0.5:
            d.t(left + sep.join("---" for _ in header) + right + "\n")
    for row in rows:
        d.t(left)
        for j, cell in enumerate(row):
            if j:
                d.t(sep)
            d.add(cell)
        d.t(right + "\n")
    return with_header


def homepage(rng):
    return "www." + rng.choice(["mapo", "suwon", "yp21", "gangseo", "nowon", "cheongju", "jeju", "yeosu", "gimhae",
                                "andong", "sejong", "pyeongtaek", "hongseong"]) + ".go.kr"


def head_of(city):
    if city.endswith("구"):
        return city + "청장"
    if city.endswith("군"):
        return city + "수"
    return city + "장"


def office_of(city):
    return city + "청"


TITLES = ["주무관", "주무관", "주무관", "행정주사", "사무관", "팀장", "과장"]


def sign_block(rng, d, n=3, spaced=None):
    """결재란 of an electronic 공문: roles with names."""
    roles = [("주무관", "기안자"), ("팀장", "검토자"), ("과장", "결재권자")]
    if n == 4:
        roles.insert(2, ("국장", "검토자"))
    spaced = rng.random() < 0.25 if spaced is None else spaced
    style = rng.randrange(3)
    y, m, dd = rdate(rng, 2024, 2026)
    for j, (title, role) in enumerate(roles[:n] if n <= 3 else roles):
        nm = kname(rng)
        if style == 0:
            d.f(f"{title} {{N}}", N=S("PERSON", " ".join(nm) if spaced and len(nm) == 3 else nm, kname_sub(nm),
                                      noise=["spaced_name"] if spaced and len(nm) == 3 else None))
            d.t("  " if j < n - 1 else "")
        elif style == 1:
            d.f(f"{role} {title} {{N}}", N=P(rng, nm))
            d.t("\n" if j < n - 1 else "")
        else:
            if j == n - 1:
                d.f(f"{title} 전결 {m}/{dd} {{N}}", N=P(rng, nm))
            else:
                d.f(f"{'★' if j == 0 else ''}{title} {{N}}", N=P(rng, nm))
                d.t("    ")
    d.t("\n")


def t_gongmun_e(rng, d):
    ctx = region_ctx(rng)
    city, full, area = ctx["city"], ctx["full"], ctx["area"]
    kind = rng.randrange(5)
    nopii = rng.random() < 0.16
    ag = office_of(city)
    dept = ["민원여권과", "자동차민원과", "복지정책과", "주민등록팀", "건축과"][kind]
    d.t(f"{ag}\n")
    if rng.random() < 0.3:
        d.t("“시민이 행복한 " + city + "”\n")
    d.f("수신  {R}\n(경유)\n", R=rng.choice([H(f"{rng.choice(REGION_OFFICE)}출입국·외국인사무소장", "official_by_office"),
                                          "수신자 참조", H(f"{rng.choice(TAX_OFFICE)}세무서장(민원봉사실장)",
                                                          "official_by_office")]))
    subj = ["여권 재발급 신청인 사실 확인 요청", "자동차 이전등록 관련 자료 제출 요청", "긴급복지 지원 대상자 통보",
            "주민등록 사실조사 결과 통보", "건축물 사용승인 관련 협조 요청"][kind]
    d.t(f"제목  {subj}\n\n")
    d.f("1. 관련: {DN}({DT}).\n", DN=DOCNO(rng, dept), DT=DATE(rng, form="dot_spaced"))
    if nopii:
        d.f("2. {L}에 따라 위 호와 관련한 처리 기준을 붙임과 같이 알려드리니, 각 읍·면·동에서는 민원 처리 시 "
            "참고하시기 바랍니다.\n3. 문의 사항은 {D} (☎ {SW})로 연락하여 주시기 바랍니다.\n",
            L=LAW(rng, rng.choice(["resid", "admin", "privacy"])), D=dept, SW=SW(rng))
        d.f("붙임  처리 기준 1부.  끝.\n\n")
    else:
        nm = kname(rng)
        b = birth(rng, 1950, 2004)
        if kind == 0:
            d.f("2. 위 호와 관련하여 여권 재발급을 신청한 {N}(생년월일 {B}) 씨의 기존 여권번호 {PP|가} 분실 신고된 "
                "여권과 일치하는지 확인하여 주시기 바랍니다.\n", N=P(rng, nm), B=DOB(rng, b), PP=PPK(rng))
            d.f("  가. 신청인 연락처: {M}\n  나. 주민등록번호: {R}\n", M=MOB(rng), R=RRN(rng, b, "masked"))
        elif kind == 1:
            d.f("2. 아래 차량에 대하여 이전등록 신청이 접수되었으나 양도인의 인감증명서가 제출되지 않아 보완을 "
                "요청합니다.\n  가. 차량번호: {V}\n  나. 양도인: {N} ({A})\n  다. 양수인: {N2} / {M}\n",
                V=PLATE(rng), N=P(rng, nm), A=ADDR(rng)[0], N2=P(rng), M=MOB(rng))
        elif kind == 2:
            acc, bank = ACCT(rng)
            d.f("2. 「긴급복지지원법」에 따른 지원 대상자를 다음과 같이 통보하오니 생계지원금이 지급될 수 있도록 "
                "조치하여 주시기 바랍니다.\n  - 대상자: {N} ({R})\n  - 주소: {A}\n  - 연락처: {M}\n"
                f"  - 지급계좌: {bank} {{AC}} (예금주 {{N2}})\n  - 지원액: {{AM}}\n",
                N=P(rng, nm), R=RRN(rng, b), A=ADDR(rng)[0], M=MOB(rng), AC=acc, N2=P(rng, nm), AM=AMT(rng, 300000, 2000000))
        elif kind == 3:
            a, paren = ADDR(rng, rng.choice(["road_full", "road_short", "jibun_apt"]))
            d.f("2. 거주불명 등록 대상자에 대한 사실조사 결과를 다음과 같이 통보합니다.\n"
                "  ○ 성명: {N}   ○ 생년월일: {B}\n  ○ 최종 주소: {A}" + (" " + paren if paren else "") +
                "\n  ○ 조사 결과: 실제 거주하지 않음(이웃 주민 진술)\n", N=P(rng, nm), B=DOB(rng, b), A=a)
        else:
            d.f("2. {CO} 대표 {N|이} 제출한 사용승인 신청 건과 관련하여 현장 확인을 요청합니다.\n"
                "  - 대지위치: {A}\n  - 설계자 연락처: {T}, {E}\n", CO=CO(rng), N=P(rng, nm), A=ADDR(rng, "jibun")[0],
                T=TEL(rng), E=EM(rng, kname(rng)))
        d.f("3. 자세한 사항은 {D} {T} {N}({TEL})에게 문의하시기 바랍니다.\n", D=dept, T=rng.choice(TITLES[:3]),
            N=P(rng), TEL=TEL(rng, area))
        d.t("붙임  관련 서류 사본 1부.  끝.\n\n")
    d.f("{HEAD}\n\n", HEAD=H(head_of(city), "official_by_office"))
    if nopii:
        d.f("담당부서 {D}   대표전화 {SW}\n", D=dept, SW=SW(rng, area))
    else:
        sign_block(rng, d, rng.choice([3, 3, 4]))
        d.t("협조자\n")
    d.f("시행  {DN} ({DT})    접수\n", DN=DOCNO(rng, dept), DT=DATE(rng, 2025, 2026, "dot_spaced"))
    d.f("우 {PC}  {IA} / {HP}\n", PC=POST(rng), IA=IADDR(rng, rng.choice(["", "본관 2층", "별관"]), ctx), HP=ctx["hp"])
    if nopii:
        d.f("전화번호 {SW}  / 공개\n", SW=H(f"{area}-{rng.randint(200, 999)}-2114", "institution_switchboard"))
    else:
        off = kname(rng)
        d.f("전화번호 {T}  전송 {F}  / {E}  / 대국민 공개\n", T=TEL(rng, area, style="dash"), F=FAX(rng, area, style="dash"),
            E=EM(rng, off, "korea.kr"))
    return "공문", nopii


def t_gongmun_90s(rng, d):
    city, full = city_of(rng)
    nopii = rng.random() < 0.15
    yr = rng.randint(1991, 1999)
    code = rng.choice(["민원", "행정", "사회", "호적", "지적", "병사"])
    area = AREA_OF[full] if AREA_OF[full] != "044" else "041"
    d.t(f"{office_of(city)}\n")
    d.f("우 {PC}  {IA}  / 전화 {SW}" + ("" if nopii else "  전송 {FX}") + "\n",
        PC=POST(rng, old=True), IA=IADDR(rng),
        SW=H(f"({area}) {rng.randint(200, 999)}-{rng.choice(['2114', '0114'])}", "institution_switchboard"),
        FX=S("PHONE_NUMBER", f"({area}) {rng.randint(200, 999)}-{rng.randint(0, 9999):04d}", "fax"))
    d.f("문서번호 {DN}\n시행일자 {DT}\n(경 유)\n수 신  {R}\n참 조  {code}과장\n\n",
        DN=H(f"{code} {rng.randint(10000, 99999)}-{rng.randint(1, 999)}", "document_number"),
        DT=H(f"{yr}. {rng.randint(1, 12)}. {rng.randint(1, 28)}.", "date_not_birth"),
        R=rng.choice([H("각 동장", "official_by_office"), "수신처 참조", H(f"{rng.choice(TAX_OFFICE)}세무서장", "official_by_office")]),
        code=code)
    d.t("선 결 |        | 지 시 |\n접 수 | 일자 시간 | 번호 | 처리과 | 담당자 |\n")
    subj = rng.choice(["주민등록 말소자 재등록 처리 보고", "병역사항 신고 불이행자 통보", "호적 정정 신청서 이송",
                       "영세민 생계보호 대상자 책정 보고"])
    d.t(f"제 목  {subj}\n\n")
    if nopii:
        d.f("1. {L} 규정에 의거 관내 처리 현황을 붙임과 같이 보고합니다.\n2. 대상자 명단은 개인정보 보호를 위하여 "
            "별도 송부합니다.\n\n붙 임 : 처리 현황 1부.  끝.\n\n", L=LAW(rng, "resid"))
        d.f("{HEAD}\n", HEAD=H(head_of(city), "official_by_office"))
        return "공문", True
    d.t("1. 위 건에 대하여 아래와 같이 보고합니다.\n2. 대상자 인적사항\n")
    for k in range(rng.randint(1, 3)):
        nm = kname(rng)
        b = birth(rng, 1930, 1976) if "병역" not in subj else birth(rng, 1970, 1978)
        spaced = len(nm) == 3 and rng.random() < 0.5
        d.f("  성  명 : {N}\n  주민등록번호 : {R}\n  주  소 : {A}\n  전  화 : {T}\n",
            N=S("PERSON", " ".join(nm) if spaced else nm, kname_sub(nm), noise=["spaced_name"] if spaced else None),
            R=RRN(rng, b, sex=0 if "병역" in subj else None), A=ADDR(rng, rng.choice(["jibun", "jibun_apt", "rural_jibun"]))[0],
            T=rng.choice([S("PHONE_NUMBER", f"({area}) {rng.randint(200, 999)}-{rng.randint(0, 9999):04d}", "landline_paren"),
                          MOB(rng, "old")]))
    d.t("3. 조치 결과는 익월 5일까지 보고하여 주시기 바랍니다.  끝.\n\n")
    d.f("{HEAD} (직인생략)\n", HEAD=H(head_of(city), "official_by_office"))
    d.f("기안자 {A}   검토자 {B}   결재권자 {C}\n", A=P(rng), B=P(rng), C=P(rng))
    return "공문", False


def t_gongmun_00s(rng, d):
    ctx = region_ctx(rng)
    city, full, area = ctx["city"], ctx["full"], ctx["area"]
    nopii = rng.random() < 0.15
    subj, dom = rng.choice([("기초생활수급자 책정 결과 통보", "health"), ("무단방치 차량 소유자 통보", "traffic"),
                            ("장애인 등록 현황 제출", "resid"), ("불법 주정차 과태료 체납자 명단 송부", "traffic")])
    dept = rng.choice(["민원지적과", "사회복지과", "환경위생과", "교통행정과"])
    d.t(f"{office_of(city)}\n")
    d.f("수신자  {R}\n(경유)\n", R=rng.choice(["수신자 참조", H(f"{rng.choice(COURTS)}지방법원장", "official_by_office")]))
    d.t("제  목  " + subj + "\n\n")
    d.f("1. {L|와} 관련입니다.\n", L=LAW(rng, dom))
    if nopii:
        d.f("2. 관련 명단은 행정정보공동이용센터를 통하여 열람하시기 바랍니다. 끝.\n\n{HEAD}\n\n", HEAD=H(head_of(city),
                                                                                  "official_by_office"))
        d.f("시행  {DN} ( {DT} )   접수\n우 {PC}  {IA}  / http://{HP}\n전화 {SW}  / 공개\n", DN=DOCNO(rng, dept),
            DT=DATE(rng, 2003, 2009, "dot_spaced"), PC=POST(rng, True), IA=IADDR(rng, "", ctx), HP=ctx["hp"], SW=SW(rng, area))
        return "공문", True
    d.t("2. 대상자 명단\n")
    rows = []
    for k in range(rng.randint(2, 5)):
        b = birth(rng, 1935, 1995)
        a, _ = ADDR(rng, rng.choice(["road_sigungu", "jibun", "jibun_apt"]))
        rows.append([str(k + 1), P(rng), DOB(rng, b, rng.choice(["six", "dot_padded", "yy_dot"])), a,
                     rng.choice([PLATE(rng), MOB(rng), "-"])])
    table(d, ["연번", "성명", "생년월일", "주소", "비고"], rows, rng=rng)
    d.t("3. 명단은 업무 목적 외에 사용할 수 없습니다.  끝.\n\n")
    d.f("{HEAD}\n\n", HEAD=H(head_of(city), "official_by_office"))
    d.f("기안자 {T1} {A}  검토자 {T2} {B}  결재권자 {T3} {C}\n협조자\n", T1="행정주사보", A=P(rng), T2="행정주사", B=P(rng),
        T3=dept + "장", C=P(rng))
    off = kname(rng)
    d.f("시행  {DN} ( {DT} )   접수\n우 {PC}  {IA}  / http://{HP}\n전화 {T}  전송 {F}  / {E}  / 부분공개(6)\n",
        DN=DOCNO(rng, dept), DT=DATE(rng, 2003, 2009, "dot_spaced"), PC=POST(rng, True), IA=IADDR(rng, "", ctx),
        HP=ctx["hp"], T=TEL(rng, area), F=FAX(rng, area), E=EM(rng, off, rng.choice(["korea.kr", ctx["hp"][4:]])))
    return "공문", False


def t_minwon_reply(rng, d):
    city, full = city_of(rng)
    nopii = rng.random() < 0.18
    d.t(rng.choice(["민원 처리 결과 통지서", "[국민신문고] 민원 답변", "민원 회신"]) + "\n\n")
    nm = kname(rng)
    d.f("■ 민원인: {N} {T}\n", N=PHD(rng, rng.choice(["김○○", "박**", "이○○"])) if nopii else P(rng, nm),
        T=rng.choice(["귀하", "님"]))
    d.f("■ 접수번호: {RN}   ■ 접수일: {DT}\n", RN=H(f"{rng.randint(1, 9)}AA-{rng.randint(2301, 2612)}-{rng.randint(0, 9999999):07d}",
                                                  "receipt_number"), DT=DATE(rng))
    r = rng.randrange(3)
    d.t("■ 민원 요지: " + ["아파트 단지 앞 불법 주정차 단속 요청", "주민등록등본 기재사항 정정 요청",
                          "여권 발급 지연 문의"][r] + "\n\n")
    d.t("■ 답변 내용\n")
    if nopii:
        d.f("1. 평소 시정에 관심을 가져 주신 데 감사드립니다.\n2. 귀하의 민원은 {L}에 따라 처리하였으며, "
            "현장 확인 결과 {W} 인근에 단속 카메라를 추가 설치할 예정입니다.\n3. 추가 문의는 정부민원안내콜센터 "
            "{SW} 또는 {D|로} 하여 주시기 바랍니다.\n", L=LAW(rng, "admin"), W=NSW(rng), SW=H("110", "institution_switchboard"),
            D=H(head_of(city), "official_by_office"))
        return "민원 회신", True
    d.f("1. 안녕하십니까? {N} 님께서 신청하신 민원에 대한 답변입니다.\n", N=P(rng, nm))
    if r == 0:
        d.f("2. 민원인께서 신고하신 차량({V})은 현장 확인 결과 이동 조치되었습니다.\n", V=PLATE(rng))
    elif r == 1:
        d.f("2. 정정된 서류는 신고하신 주소({A})로 등기 발송하였습니다.\n", A=ADDR(rng)[0])
    else:
        d.f("2. 여권은 {DT} 발급되었으며, 본인 확인을 위해 등록하신 연락처({M})로 안내 문자를 보내드렸습니다.\n",
            DT=DATE(rng, 2026, 2026), M=PHM(rng) if rng.random() < 0.4 else MOB(rng))
        if rng.random() < 0.5:
            d.f("   수령 안내 메일은 {E|로} 함께 발송되었습니다.\n", E=EMM(rng, nm) if rng.random() < 0.6 else EM(rng, nm))
    d.f("3. 답변 내용에 대한 추가 설명이 필요하시면 {D} {N}({T})에게 연락 주시면 친절히 안내하여 드리겠습니다.\n",
        D=["주차관리팀", "민원지적과", "민원여권과"][r], N=P(rng), T=TEL(rng))
    if rng.random() < 0.5:
        d.f("\n{O} / {IA} / 민원 접수 메일 {IE}\n", O=office_of(city), IA=IADDR(rng),
            IE=H(f"minwon@{romanize(city[:-1])}.go.kr", "institution_email"))
    return "민원 회신", False


def t_tax_ledger(rng, d):
    office = rng.choice(TAX_OFFICE)
    nopii = rng.random() < 0.1
    d.f("{O}세무서 민원봉사실 민원 처리부 ({DT})\n", O=office, DT=DATE(rng, 2025, 2026))
    if nopii:
        d.f("※ 본 처리부의 개인정보 항목은 {L}에 따라 마스킹 처리하였음\n", L=LAW(rng, "privacy"))
        rows = [[H(f"{rng.randint(2025, 2026)}-{rng.randint(1, 99999):05d}", "receipt_number"), PHD(rng),
                 rng.choice(["사업자등록증 재발급", "납세증명서 발급", "휴업신고"]), "처리"] for _ in range(rng.randint(3, 5))]
        table(d, ["접수번호", "민원인", "민원사무", "결과"], rows, rng=rng)
        return "세무 민원", True
    rows = []
    for k in range(rng.randint(3, 6)):
        b = birth(rng, 1950, 2000)
        rows.append([H(f"{rng.randint(2025, 2026)}-{rng.randint(1, 99999):05d}", "receipt_number"), P(rng),
                     DOB(rng, b, rng.choice(["six", "dot_padded", "iso"])), MOB(rng, rng.choice(["dash", "plain"])),
                     rng.choice(["사업자등록 정정", "폐업신고", "납세증명서 발급", "휴업신고", "사업자등록증 재발급"]),
                     rng.choice([BRN(rng), "-"]), P(rng)])
    table(d, ["접수번호", "민원인", "생년월일", "연락처", "민원사무", "사업자번호", "처리자"], rows, rng=rng)
    d.f("※ 문의: 국세상담센터 {SW}\n", SW=H("126", "institution_switchboard"))
    return "세무 민원", False


def t_tax_bizreg(rng, d):
    nopii = False
    corp = rng.random() < 0.5
    nm = kname(rng)
    d.t("사업자등록 정정신고서\n※ 뒤쪽의 작성방법을 읽고 작성하시기 바랍니다.\n")
    d.f("접수번호 {RN}          처리기간 즉시\n", RN=H(f"{rng.randint(100, 999)}-{rng.randint(2025, 2026)}-{rng.randint(1, 99999):05d}",
                                                    "receipt_number"))
    d.t("1. 인적사항\n")
    d.f("상호(법인명) {CO}    사업자등록번호 {B}\n", CO=CO(rng), B=BRN(rng))
    if corp:
        d.f("대표자 {N}    법인등록번호 {C}\n", N=P(rng, nm), C=CRN(rng))
    else:
        d.f("성명(대표자) {N}    주민등록번호 {R}\n", N=P(rng, nm), R=RRN(rng, None, rng.choice(["valid", "masked"])))
    a, paren = ADDR(rng, rng.choice(["road_full", "road_short"]))
    d.f("사업장 소재지 {A}" + (f" {paren}" if paren else "") + "\n", A=a)
    d.f("전화번호 (사업장) {T}   (휴대전화) {M}\n전자우편주소 {E}\n", T=rng.choice([TEL(rng), VOIP(rng)]), M=MOB(rng),
        E=EM(rng, nm))
    d.t("2. 정정 내용\n   □ 상호  ■ 사업장 이전  □ 업종 추가\n")
    d.f("   정정 전: {A}\n", A=ADDR(rng, "road_full")[0])
    d.f("   정정 일자: {DT}\n", DT=DATE(rng, 2025, 2026))
    d.f("위와 같이 사업자등록 정정을 신고합니다.\n\n신고인 {N} (서명 또는 인)\n{T} 귀하\n",
        N=P(rng, nm, kind="spaced_name" if rng.random() < 0.3 else None), T=H(rng.choice(TAX_OFFICE) + "세무서장",
                                                                             "official_by_office"))
    return "세무 민원", nopii


REL = ["배우자", "부", "모", "자녀", "형제", "지인", "동생"]


def t_immig_passport(rng, d):
    nm = kname(rng)
    b = birth(rng, 1950, 2008)
    d.t("여권 발급 신청서(재발급)\n")
    d.f("접수번호 {RN}   접수일 {DT}\n", RN=H(f"{rng.randint(2025, 2026)}{rng.randint(1, 9999999):07d}", "receipt_number"),
        DT=DATE(rng, 2025, 2026))
    sep = rng.choice([" | ", ": ", "\t"])
    grid = [("한글성명", P(rng, nm)), ("영문성명", PLAT(nm)), ("주민등록번호", RRN(rng, b)),
            ("기존 여권번호", PPK(rng, rng.random() < 0.3)), ("여권 종류", "복수여권(58면)"),
            ("전화번호", MOB(rng)), ("주소", ADDR(rng)[0])]
    if rng.random() < 0.4:
        grid.insert(3, ("생년월일", DOB(rng, b, rng.choice(["dot_padded", "iso", "eight"]))))
    for k, v in grid:
        d.line(k + sep, v)
    d.f("비상연락처" + sep + "성명 {N}  관계 {R}  전화 {M}\n", N=P(rng), R=rng.choice(REL), M=MOB(rng))
    d.t("재발급 사유" + sep + rng.choice(["분실", "훼손(물에 젖음)", "사증란 부족", "영문성명 변경"]) + "\n")
    d.f("※ 분실 여권은 {L}에 따라 효력이 상실됩니다.\n", L=LAW(rng, "immig"))
    d.f("{O} 귀하\n", O=H(head_of(city_of(rng)[0]), "official_by_office"))
    return "출입국·여권 민원", False


VISAS = ["E-9(비전문취업)", "F-6(결혼이민)", "D-2(유학)", "E-7(특정활동)", "H-2(방문취업)", "F-4(재외동포)", "D-10(구직)"]


def t_immig_stay(rng, d):
    f = fname(rng)
    b = birth(rng, 1970, 2004)
    ro = rng.choice(REGION_OFFICE)
    d.f("{O}출입국·외국인사무소 체류관리과\n[체류기간 연장허가 신청 검토서]\n", O=ro)
    d.f("접수번호: {RN}\n", RN=H(f"{rng.randint(2025, 2026)}-{ro[:2]}-{rng.randint(1, 99999):05d}", "receipt_number"))
    style = rng.randrange(2)
    if style == 0:
        d.f("신청인: {L} ({HG})  국적: {NAT}\n", L=PF(f, "latin"), HG=PF(f, "hangul"), NAT=f["nat_ko"])
        d.f("외국인등록번호: {R}   여권번호: {PP}\n생년월일: {B}\n", R=FRN(rng, b), PP=PPF(rng, f["nat"]),
            B=DOB(rng, b, rng.choice(["dot_padded", "iso", "slash", "dot_spaced"])))
    else:
        d.f("성명 | {L}\n국적 | {NAT}\n등록번호 | {R}\n여권 | {PP}\n", L=PF(f, "latin"), NAT=f["nat_ko"], R=FRN(rng, b),
            PP=PPF(rng, f["nat"]))
    d.f("체류자격: {V}   만료일: {DT}\n", V=rng.choice(VISAS), DT=DATE(rng, 2026, 2026))
    a, paren = ADDR(rng)
    d.f("체류지: {A}" + (f" {paren}" if paren else "") + "\n연락처: {M}\n", A=a, M=MOB(rng))
    if rng.random() < 0.6:
        bn = kname(rng)
        d.f("고용업체: {CO} (사업자등록번호 {B}) 대표 {N}, ☎ {T}\n", CO=CO(rng), B=BRN(rng), N=P(rng, bn), T=TEL(rng))
    else:
        sp = kname(rng)
        d.f("신원보증인: {N}(배우자) 주민등록번호 {R}, 연락처 {M}\n", N=P(rng, sp), R=RRN(rng, None, rng.choice(["valid", "masked"])),
            M=MOB(rng))
    d.f("검토의견: {L}에 따른 연장 요건 충족. 허가(2년).\n담당 {N} / 외국인종합안내센터 {SW}\n",
        L=H(rng.choice(["「출입국관리법」 제25조", "「출입국관리법 시행령」 제31조"]), "statute_citation"),
        N=P(rng), SW=H("1345", "institution_switchboard"))
    return "출입국·여권 민원", False


def t_immig_visa(rng, d):
    ro = rng.choice(REGION_OFFICE)
    rep, mgr = kname(rng), kname(rng)
    d.f("사증발급인정신청서 검토 ({O}출입국·외국인사무소)\n\n1. 초청인\n", O=ro)
    d.f("  업체명 {CO}  대표이사 {N}\n  사업자등록번호 {B}  법인등록번호 {C}\n", CO=CO(rng), N=P(rng, rep), B=BRN(rng), C=CRN(rng))
    a, _ = ADDR(rng, rng.choice(["road_full", "road_sigungu"]))
    d.f("  소재지 {A}\n  담당자 {N} ({M}, {E})\n\n2. 피초청인 명단\n", A=a, N=P(rng, mgr), M=MOB(rng), E=EM(rng, mgr))
    rows = []
    nat = rng.choice(NAT_KEYS)
    for k in range(rng.randint(2, 5)):
        f = fname(rng, nat)
        b = birth(rng, 1975, 2004)
        rows.append([str(k + 1), PF(f, "latin"), f["nat_ko"], DOB(rng, b, rng.choice(["dot_padded", "iso", "eight",
                                                                                      "passport_style"])),
                     PPF(rng, nat), rng.choice(VISAS)])
    table(d, ["연번", "성명(영문)", "국적", "생년월일", "여권번호", "체류자격"], rows, rng=rng)
    d.f("\n※ 고용허가서 발급번호 {DN} 확인 완료\n", DN=H(f"{rng.randint(2025, 2026)}-{rng.randint(100000, 999999)}", "public_record_id"))
    return "출입국·여권 민원", False


def t_multicultural(rng, d):
    city, _ = city_of(rng)
    f = fname(rng, rng.choice(["VN", "VN", "CN", "PH", "KH", "TH", "UZ", "MN", "NP", "JP"]))
    b = birth(rng, 1985, 2003)
    sp = kname(rng)
    cnt = kname(rng)
    nopii = rng.random() < 0.1
    d.f("{C}가족센터 상담일지\n상담일시: {DT} 14:00~15:10   상담유형: 방문\n", C=city, DT=DATE(rng, 2025, 2026))
    if nopii:
        d.f("상담자: 상담팀장   통역: {L}어 통역사\n내담자: {PH} (결혼이민자)\n", L=f["nat_ko"], PH=PHD(rng, "A씨"))
        d.f("상담내용: 내담자는 자녀의 어린이집 입소 절차와 {NW} 관련 교육 일정에 대해 문의함. 다누리콜센터 {SW} "
            "이용 방법을 안내함.\n", NW=NSW(rng, "김장철"), SW=H("1577-1366", "institution_switchboard"))
        return "다문화가족 상담", True
    d.f("상담자: {N} (상담원)   통역: {I} ({L}어)\n", N=P(rng, cnt), I=P(rng), L=f["nat_ko"])
    style = rng.randrange(3)
    if style == 0:
        d.f("내담자: {HG} ({LT})  국적: {NAT}\n", HG=PF(f, "hangul"), LT=PF(f, "latin"), NAT=f["nat_ko"])
    elif style == 1:
        d.f("내담자 | {LT} | {NAT} | 결혼이민(F-6)\n", LT=PF(f, "latin"), NAT=f["nat_ko"])
    else:
        d.f("내담자 성명: {HG}\n", HG=PF(f, "hangul"))
    d.f("외국인등록번호: {R}   연락처: {M}\n", R=FRN(rng, b, masked=rng.random() < 0.2), M=MOB(rng))
    d.f("배우자: {N} ({A}세) 연락처 {M}\n", N=P(rng, sp), A=str(rng.randint(35, 58)), M=MOB(rng))
    if rng.random() < 0.7:
        cb = rdate(rng, 2021, 2025)
        cn = kname(rng, young=True)
        cn = (sp[:2] + cn[-2:]) if len(sp) == 4 else (sp[0] + cn[-2:] if len(cn) == 3 else cn)
        d.f("자녀: {N} ({B}생) 주민등록번호 {R}\n", N=P(rng, cn), B=DOB(rng, cb, rng.choice(["dot_padded", "iso", "korean"])),
            R=RRN(rng, cb, "post2020" if cb >= (2020, 10, 1) else "valid"))
        if rng.random() < 0.5:
            d.f("  자녀 건강보험증번호: {HI} (피부양자)\n", HI=HI(rng))
    a, paren = ADDR(rng)
    d.f("주소: {A}\n", A=a)
    d.t("상담내용: ")
    d.f(rng.choice([
        "내담자는 남편 {SP} 씨와의 갈등으로 별거 중이라고 호소함. 체류기간 만료({DT})를 앞두고 연장 신청 서류를 "
        "문의하여 출입국 민원 절차를 안내함.",
        "내담자는 {SP} 씨와 혼인 후 3년째 거주 중이며 한국어 교육 4단계 수강을 희망함. 자녀 양육 부담으로 "
        "방문교육 서비스를 연계하기로 함({DT}).",
        "{SP} 씨(배우자)가 동행하여 국적 취득 요건을 문의함. 귀화 필기시험 일정({DT})과 준비물을 안내함."]),
        SP=P(rng, sp), DT=DATE(rng, 2025, 2026))
    d.f("\n조치: 사례 회의 상정 예정. 작성자 {N}\n", N=P(rng, cnt))
    return "다문화가족 상담", False


def t_welfare(rng, d):
    city, _ = city_of(rng)
    dong = rng.choice(DONGS)
    nm = kname(rng)
    b = birth(rng, 1938, 1990)
    d.f("{D} 행정복지센터 맞춤형복지팀\n초기상담 기록지 (사례관리)\n\n", D=dong)
    lay = rng.randrange(2)
    acc, bank = ACCT(rng)
    fields = [("성명", P(rng, nm)), ("생년월일", DOB(rng, b)), ("주민등록번호", RRN(rng, b, rng.choice(["valid", "masked"]))),
              ("건강보험증번호", HI(rng)), ("주소", ADDR(rng)[0]), ("연락처", MOB(rng)), ("자택전화", TEL(rng))]
    rng.shuffle(fields)
    for k, v in fields:
        if lay == 0:
            d.line(f"{k}: ", v)
        else:
            d.line(f"□ {k} | ", v)
    mem = [kname(rng) for _ in range(rng.randint(1, 3))]
    d.t("가구원: ")
    my_age = age_of(b)
    for j, m_ in enumerate(mem):
        rel = rng.choice(["배우자", "자녀", "자녀", "손자녀", "형제"] if my_age > 45 else ["배우자", "자녀", "부", "모", "형제"])
        ag = {"배우자": my_age + rng.randint(-5, 5), "자녀": max(1, my_age - rng.randint(24, 36)),
              "손자녀": max(1, my_age - rng.randint(50, 62)), "형제": my_age + rng.randint(-8, 8),
              "부": my_age + rng.randint(24, 34), "모": my_age + rng.randint(22, 32)}[rel]
        d.f("{N}({R}, {A}세)", N=P(rng, m_), R=rel, A=str(ag))
        d.t(", " if j < len(mem) - 1 else "\n")
    d.f(f"급여 입금계좌: {bank} {{AC}} (예금주 {{N}})\n", AC=acc, N=P(rng, nm))
    d.f("상담 내용: 대상자는 {DT} 실직 후 월세 {AM}을 3개월째 체납 중이며, 만성질환으로 통원 치료 중임. "
        "긴급복지 생계지원 신청을 안내함.\n", DT=DATE(rng), AM=AMT(rng, 200000, 700000))
    d.f("담당: {N} 주무관 ({T})\n", N=P(rng), T=TEL(rng))
    return "복지 사례관리", False


def t_election_roster(rng, d):
    city, _ = city_of(rng)
    nopii = rng.random() < 0.12
    d.f("{C}선거관리위원회\n제9회 전국동시지방선거 투표사무원 위촉 명부\n", C=city)
    if nopii:
        d.f("※ 위촉 명부는 {L}에 따라 선거 종료 후 6개월간 보관 후 파기함.\n※ 문의: 선거관리위원회 {SW}\n",
            L=LAW(rng, "election"), SW=H("1390", "institution_switchboard"))
        table(d, ["투표구", "투표소", "인원"], [[f"{rng.choice(DONGS)} 제{k}투표구", rng.choice(["주민센터 2층", "○○초등학교 강당",
                                                                                  "경로당"]), f"{rng.randint(4, 9)}명"]
                                             for k in range(1, rng.randint(3, 5))], rng=rng)
        return "선거관리", True
    rows = []
    for k in range(rng.randint(3, 7)):
        b = birth(rng, 1955, 2004)
        acc, bank = ACCT(rng)
        rows.append([str(k + 1), f"{rng.choice(DONGS)} 제{rng.randint(1, 6)}투표구", P(rng),
                     DOB(rng, b, rng.choice(["six", "dot_padded", "yy_dot"])), MOB(rng), bank, acc,
                     rng.choice(["공무원", "교사", "일반", "은행원"])])
    table(d, ["연번", "투표구", "성명", "생년월일", "연락처", "은행", "계좌번호", "직업"], rows, rng=rng)
    d.f("수당: 1인당 {AM} (계좌 입금)\n", AM=AMT(rng, 100000, 200000))
    return "선거관리", False


def t_election_acct(rng, d):
    cand, acc_mgr = kname(rng), kname(rng)
    cb = birth(rng, 1955, 1990)
    d.t("회계책임자 선임신고서\n")
    d.f("선거명: 제9회 전국동시지방선거   선거구명: {C} 가선거구\n", C=city_of(rng)[0])
    d.f("[예비후보자] 성명 {N}  생년월일 {B}  주소 {A}\n", N=P(rng, cand), B=DOB(rng, cb), A=ADDR(rng)[0])
    d.f("[회계책임자] 성명 {N}  주민등록번호 {R}\n  주소 {A}\n  전화 {M}  전자우편 {E}\n", N=P(rng, acc_mgr),
        R=RRN(rng), A=ADDR(rng)[0], M=MOB(rng), E=EM(rng, acc_mgr))
    acc, bank = ACCT(rng)
    d.f(f"정치자금 수입·지출용 예금계좌: {bank} {{AC}} (예금주: 예비후보자 {{N}})\n", AC=acc, N=P(rng, cand))
    d.f("{L}에 따라 위와 같이 신고합니다.\n{DT}\n예비후보자 {N} (인)\n{O} 귀중\n", L=LAW(rng, "election"),
        DT=DATE(rng, 2026, 2026), N=P(rng, cand), O=H(city_of(rng)[0] + "선거관리위원회", "organization_name"))
    return "선거관리", False


def t_mma_notice(rng, d):
    m = rng.choice(MMA)
    nm = kname(rng, young=True)
    b = birth(rng, 1999, 2007)
    nopii = rng.random() < 0.15
    d.f("{M}지방병무청\n병역판정검사 연기 처리 결과 통지\n\n", M=m)
    if nopii:
        d.f("병역의무자 여러분께 알려드립니다. {L}에 따라 질병·학업 등의 사유로 병역판정검사 연기를 원하는 사람은 "
            "검사일 5일 전까지 신청해야 합니다.\n문의: 병무민원상담소 {SW}\n", L=LAW(rng, "mma"),
            SW=H("1588-9090", "institution_switchboard"))
        return "병무 행정", True
    d.f("성    명 : {N}\n주민등록번호 : {R}\n주    소 : {A}\n", N=P(rng, nm, kind="spaced_name" if rng.random() < 0.2 else None),
        R=RRN(rng, b, sex=0), A=ADDR(rng)[0])
    d.f("연기 사유 : {W}\n연기 기간 : {D1} ~ {D2}\n", W=rng.choice(["재학(대학교 3학년)", "질병 치료", "국외 체재", "자격시험 응시"]),
        D1=DATE(rng, 2026, 2026), D2=DATE(rng, 2027, 2027))
    d.f("\n위와 같이 처리되었음을 알려드립니다.\n{O}\n담당: 병역판정검사과 {N} ({T})\n",
        O=H(f"{m}지방병무청장", "official_by_office"), N=P(rng), T=TEL(rng))
    if rng.random() < 0.6:
        d.f("주소: {IA}\n", IA=IADDR(rng, f"{m}지방병무청"))
    return "병무 행정", False


def t_mma_roster(rng, d):
    city, _ = city_of(rng)
    d.f("사회복무요원 복무기관 배치 현황 ({C})\n", C=city)
    rows = []
    for k in range(rng.randint(3, 6)):
        b = birth(rng, 1998, 2006)
        rows.append([P(rng, kname(rng, young=True)), DOB(rng, b, rng.choice(["dot_padded", "six", "iso"])), MOB(rng),
                     H(rng.choice([f"{city} {x}" for x in ["보건소", "주민센터", "노인복지관", "도서관", "체육센터"]]),
                       "organization_name"), H(f"{rng.randint(25, 26)}-{rng.randint(1, 9)}{rng.randint(0, 99999):05d}",
                                               "personal_id_no_type")])
    table(d, ["성명", "생년월일", "연락처", "복무기관", "복무번호"], rows, rng=rng)
    d.f("※ 복무 관리 담당: {N} 주무관 ({T})\n", N=P(rng), T=TEL(rng))
    return "병무 행정", False


def t_court_auction(rng, d):
    court = rng.choice(COURTS)
    nopii = rng.random() < 0.12
    d.f("{C}지방법원\n" + ("{IA}\n" if rng.random() < 0.5 else "") + "매각물건명세서\n\n사건  {CN} 부동산강제경매\n", C=court,
        IA=IADDR(rng, f"{court}지방법원 민사집행과"),
        CN=H(f"{rng.randint(2024, 2026)}타경{rng.randint(1000, 99999)}", "case_number"))
    if nopii:
        d.f("매각물건번호 1   작성일자 {DT}   담임법관(사법보좌관) (서명)\n채권자 {A}   채무자 {B}\n"
            "최선순위 설정일자 {D2} 근저당권\n감정평가액 {AM}   최저매각가격 {AM2}\n※ {L}\n", DT=DATE(rng),
            A=CO(rng), B=PHD(rng, rng.choice(["김○○", "이○○", "박**"])), D2=DATE(rng, 2018, 2022), AM=AMT(rng, 10**8, 9 * 10**8),
            AM2=AMT(rng, 5 * 10**7, 5 * 10**8), L=LAW(rng, "court"))
        return "법원 경매·공탁", True
    cr, db = kname(rng), kname(rng)
    d.f("매각물건번호 1   작성일자 {DT}   담임법관(사법보좌관) {J}\n", DT=DATE(rng), J=P(rng))
    d.f("채권자  {CR}\n채무자 겸 소유자  {DB}\n", CR=rng.choice([CO(rng), P(rng, cr)]), DB=P(rng, db))
    a, paren = ADDR(rng, rng.choice(["road_full", "jibun_apt"]))
    d.f("부동산의 표시  {A}" + (f" {paren}" if paren else "") + "\n", A=a)
    d.t("점유자의 점유부분과 임대차 관계\n")
    rows = []
    for k in range(rng.randint(1, 3)):
        rows.append([P(rng), rng.choice(["전부", "방 1칸", "2층 전부"]), "주거 임차인", AMT(rng, 10**7, 3 * 10**8),
                     DATE(rng, 2019, 2024), rng.choice([MOB(rng), "미상"])])
    table(d, ["점유자 성명", "점유부분", "정보출처 구분", "보증금", "전입신고일자", "연락처"], rows, rng=rng)
    d.f("※ 최선순위 설정일자보다 대항요건을 먼저 갖춘 임차인의 보증금은 매수인에게 인수될 수 있음({L}).\n",
        L=LAW(rng, "court"))
    return "법원 경매·공탁", False


def t_court_deposit(rng, d):
    court = rng.choice(COURTS)
    dep = kname(rng)
    corp = rng.random() < 0.4
    d.t("금전 공탁서(변제 등)\n")
    d.f("공탁번호 {CN}   {DT} 신청   법령조항 {L}\n", CN=H(f"{rng.randint(2025, 2026)}금제{rng.randint(100, 9999)}호", "case_number"),
        DT=DATE(rng, 2025, 2026), L=LAW(rng, "court"))
    if corp:
        d.f("공탁자  상호(명칭) {CO}  법인등록번호 {C}\n        대표자 {N}  주소(본점) {A}\n        전화번호 {T}\n",
            CO=CO(rng), C=CRN(rng), N=P(rng, dep), A=ADDR(rng, "road_full")[0], T=TEL(rng))
    else:
        d.f("공탁자  성명 {N}  주민등록번호 {R}\n        주소 {A}\n        전화번호 {M}\n", N=P(rng, dep), R=RRN(rng),
            A=ADDR(rng)[0], M=MOB(rng))
    pd = kname(rng)
    d.f("피공탁자  성명 {N}  주민등록번호 {R}\n          주소 {A}\n", N=P(rng, pd), R=RRN(rng, None, rng.choice(["valid", "masked"])),
        A=ADDR(rng)[0])
    d.f("공탁금액  {AM}   보관은행 {B}\n", AM=AMT(rng, 10**6, 10**8), B=H(f"{rng.choice(['신한은행', '농협은행'])} {court}법원지점",
                                                                            "organization_name"))
    acc, bank = ACCT(rng)
    d.f(f"공탁원인사실: 임대차 보증금 반환채무 변제를 위해 공탁함. 회수 시 지급계좌 {bank} {{AC}}\n", AC=acc)
    d.f("위와 같이 신청합니다.  대리인 변호사 {N} (인)   전화 {T}\n", N=P(rng), T=TEL(rng))
    d.f("{C}지방법원 공탁관 귀하\n", C=court)
    return "법원 경매·공탁", False


def t_veterans(rng, d):
    nm = kname(rng)
    b = birth(rng, 1928, 1955)
    fam = kname(rng)
    office = rng.choice(["서울지방보훈청", "부산지방보훈청", "대전지방보훈청", "수원보훈지청", "춘천보훈지청", "전주보훈지청", "창원보훈지청"])
    d.f("{O} 보상과\n국가유공자 등록 심사 기록\n", O=office)
    d.f("보훈번호 {BN}\n", BN=H(f"{rng.randint(11, 99)}-{rng.randint(100000, 999999)}", "public_record_id"))
    d.f("성명 {N}  생년월일 {B}  ({ST})\n", N=P(rng, nm), B=DOB(rng, b, rng.choice(["korean", "dot_spaced", "dot_padded"])),
        ST=rng.choice(["생존", "사망(2019. 3.)", "생존, 요양 중"]))
    d.f("군번 {GN}   입대 {D1}   전역 {D2}\n", GN=H(f"{rng.randint(10, 99)}{rng.randint(100000, 999999)}", "personal_id_no_type"),
        D1=H(f"{b[0] + 20}. {rng.randint(1, 12)}.", "date_not_birth"), D2=H(f"{b[0] + 23}. {rng.randint(1, 12)}.", "date_not_birth"))
    d.f("구분: {K}\n", K=rng.choice(["전상군경", "무공수훈자", "6·25 참전유공자"] if b[0] <= 1935 else
                                   ["월남전 참전유공자", "공상군경", "무공수훈자"]))
    d.f("유족/신청인: {N} ({R})  연락처 {M}\n주소 {A}\n", N=P(rng, fam), R=rng.choice(["배우자", "자녀", "손자녀"]), M=MOB(rng),
        A=ADDR(rng)[0])
    acc, bank = ACCT(rng)
    d.f(f"보훈급여 지급계좌: {bank} {{AC}} (예금주 {{N}})\n", AC=acc, N=P(rng, fam if rng.random() < 0.5 else nm))
    d.f("심사 결과: {L}에 따라 {G}급 판정. 심사위원 {A}, {B}\n", L=LAW(rng, "veterans"), G=str(rng.randint(1, 7)), A=P(rng), B=P(rng))
    return "국가보훈", False


def t_post_registry(rng, d):
    po = rng.choice(REGION_OFFICE) + "우체국"
    d.f("{P} 등기우편물 배달 기록 ({DT})\n집배원 {N}\n", P=po, DT=DATE(rng, 2026, 2026), N=P(rng))
    rows = []
    for k in range(rng.randint(3, 6)):
        a, _ = ADDR(rng, rng.choice(["road_sigungu", "road_short", "jibun_apt", "road_full"]))
        rows.append([H(f"{rng.randint(1, 9)}{rng.randint(0, 999999999999):012d}", "public_record_id"), P(rng), a,
                     rng.choice([MOB(rng), MOB(rng), TEL(rng)]),
                     rng.choice(["본인 수령", "동거인 수령", "경비실 보관", "부재(2차 방문 예정)"]),
                     f"{rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}"])
    table(d, ["등기번호", "수취인", "배달주소", "연락처", "배달결과", "시각"], rows, with_header=rng.random() < 0.5, rng=rng)
    d.f("※ 반송 문의: 우체국 고객센터 {SW}\n", SW=H("1588-1300", "institution_switchboard"))
    return "우편·등기", False


def t_library(rng, d):
    city, _ = city_of(rng)
    nopii = rng.random() < 0.1
    d.f("{C}립 {W}도서관 회원 대장 (신규 가입)\n", C=city, W=rng.choice(["중앙", "어린이", "꿈나무", "별빛"]))
    if nopii:
        d.f("※ 회원 가입 시 본인 확인은 신분증으로 하며 주민등록번호는 수집하지 않습니다({L}).\n"
            "기재 예시: 성명 {PH} / 생년월일 {PD}\n", L=LAW(rng, "privacy"), PH=PHD(rng, "홍길동"),
            PD=H("0000. 00. 00.", "placeholder_value"))
        return "도서관·체육시설 명부", True
    rows = []
    for k in range(rng.randint(3, 6)):
        nm = kname(rng)
        b = birth(rng, 1950, 2018)
        rows.append([H(f"{rng.randint(2026, 2026)}{rng.randint(0, 99999):05d}", "public_record_id"), P(rng, nm),
                     DOB(rng, b, rng.choice(["dot_padded", "six", "eight"])), MOB(rng), EM(rng, nm) if rng.random() < 0.6 else "-",
                     ADDR(rng, "road_sigungu")[0] if rng.random() < 0.6 else "-"])
    table(d, ["회원번호", "성명", "생년월일", "휴대전화", "이메일", "주소"], rows, rng=rng)
    return "도서관·체육시설 명부", False


def t_sports(rng, d):
    city, _ = city_of(rng)
    d.f("{C} 국민체육센터 {W} 이용자 명부\n", C=city, W=rng.choice(["수영장 새벽반", "헬스장", "풋살장 대관", "테니스장 대관"]))
    rows = []
    for k in range(rng.randint(3, 7)):
        rows.append([P(rng), MOB(rng), PLATE(rng) if rng.random() < 0.7 else "도보",
                     f"{rng.randint(6, 21):02d}:00~{rng.randint(7, 22):02d}:00", rng.choice(["월정기", "일일", "대관"])])
    table(d, ["성명", "연락처", "차량번호", "이용시간", "구분"], rows, with_header=rng.random() < 0.4, rng=rng)
    d.f("※ 주차 등록 차량 외 {NW} 이용 불가. 문의 {SW}\n", NW=NSW(rng, "주차장"), SW=SW(rng))
    return "도서관·체육시설 명부", False


def t_forest_permit(rng, d):
    nm = kname(rng)
    b = birth(rng, 1945, 1985)
    office = rng.choice(["홍천", "양평", "춘천", "영주", "정선", "인제", "평창"]) + "국유림관리소"
    d.t("입목벌채 등 허가 신청서\n")
    d.f("신청인  성명 {N}   생년월일 {B}\n        주소 {A}\n        전화 {M}\n", N=P(rng, nm), B=DOB(rng, b), A=ADDR(rng)[0],
        M=MOB(rng))
    d.f("벌채 대상지: {PA} (임야 {AR}㎡, 소유자 본인)\n", PA=S("KR_ADDRESS", gen_parcel(rng), "addr_parcel"),
        AR=f"{rng.randint(1000, 30000):,}")
    d.f("벌채 구분: {K}   수종: {T}   본수: {C}본\n", K=rng.choice(["수확벌채", "숲가꾸기", "피해목 제거"]),
        T=rng.choice(["잣나무", "낙엽송", "리기다소나무", "참나무류"]), C=str(rng.randint(30, 900)))
    if rng.random() < 0.5:
        d.f("대리인(산림경영기술자): {N} / {CO} / 사업자등록번호 {B} / {T}\n", N=P(rng), CO=CO(rng), B=BRN(rng), T=TEL(rng))
    d.f("{L}에 따라 위와 같이 신청합니다.\n{DT}\n신청인 {N} (서명)\n{O} 귀하\n", L=LAW(rng, "forest"), DT=DATE(rng, 2026, 2026),
        N=P(rng, nm), O=H(office + "장", "official_by_office"))
    return "산림·문화유산 허가", False


def t_heritage_permit(rng, d):
    city, _ = city_of(rng)
    own = kname(rng)
    nopii = rng.random() < 0.15
    d.f("{C}청 문화유산과\n국가지정문화유산 현상변경 허가 신청 검토\n", C=city)
    if nopii:
        d.f("대상 문화유산: {NW} 일원 석탑   신청인: {PH}\n검토 의견: {L}에 따라 역사문화환경 보존지역 내 건축행위 "
            "기준(평지붕 8m 이하)에 부합함. 문화유산위원회 심의 상정 예정({DT}).\n", NW=NSW(rng, "서귀포"),
            PH=PHD(rng, "○○종중"), L=LAW(rng, "forest"), DT=DATE(rng))
        return "산림·문화유산 허가", True
    d.f("신청인: {N}   연락처: {M}\n신청지: {A}\n", N=P(rng, own), M=MOB(rng), A=ADDR(rng, rng.choice(["jibun", "rural_jibun"]))[0])
    rep = kname(rng)
    d.f("설계자: {CO} 대표 {N} (사업자등록번호 {B}, 법인등록번호 {C})\n         {A}, 전화 {T}, {E}\n", CO=CO(rng), N=P(rng, rep),
        B=BRN(rng), C=CRN(rng), A=ADDR(rng, "road_full")[0], T=TEL(rng), E=EM(rng, rep, rng.choice(PERSONAL_DOMAINS)))
    d.f("행위 내용: 단독주택 신축(연면적 {AR}㎡)\n검토자: 학예연구사 {N}\n", AR=str(rng.randint(80, 250)), N=P(rng))
    return "산림·문화유산 허가", False


def t_traffic(rng, d):
    ps = rng.choice(["마포", "수원중부", "동래", "청주흥덕", "전주완산", "제주동부", "분당", "일산동부", "해운대", "유성"])
    d.f("실황조사서\n{P}경찰서 교통조사계\n사건번호 {CN}\n", P=ps, CN=H(f"{rng.randint(2025, 2026)}-{rng.randint(1000, 99999):06d}",
                                                               "case_number"))
    d.f("발생일시: {DT} {H}:{M}경\n발생장소: {W} 교차로 남측 약 {X}m 지점 (편도 3차로)\n", DT=DATE(rng, 2025, 2026),
        H=f"{rng.randint(0, 23):02d}", M=f"{rng.randint(0, 59):02d}", W=rng.choice(["한빛", "솔내", "중앙", "버들"]) + "사거리",
        X=str(rng.randint(10, 90)))
    d.f("기상: {W}  노면: {R}\n\n", W=rng.choice(["맑음", "흐림", "비"]), R=rng.choice(["건조", "습윤"]))
    for role in ["제1당사자(가해)", "제2당사자(피해)"]:
        nm = kname(rng)
        b = birth(rng, 1950, 2005)
        d.f(f"[{role}]\n성명 {{N}}   주민등록번호 {{R}}\n운전면허번호 {{DL}} ({{K}})\n차량번호 {{V}} ({{CAR}})\n"
            "주소 {A}\n연락처 {M}\n", N=P(rng, nm), R=RRN(rng, b), DL=DL(rng), K=rng.choice(["1종보통", "2종보통", "1종대형"]),
            V=PLATE(rng), CAR=rng.choice(["승용", "화물", "승합", "택시"]), A=ADDR(rng)[0], M=MOB(rng))
    if rng.random() < 0.5:
        d.f("[목격자] {N} ({M})\n", N=P(rng), M=MOB(rng))
    d.f("\n사고 개요: 제1당사자 차량이 신호를 위반하여 교차로에 진입하다가 제2당사자 차량의 우측면을 충격함. "
        "{L} 위반 혐의.\n조사자 경사 {N}\n", L=LAW(rng, "traffic"), N=P(rng))
    return "교통사고 조사", False


def t_airport(rng, d):
    ap = rng.choice(["인천", "김포", "김해", "제주", "청주", "대구", "무안"])
    d.f("{A}국제공항 보안검색 적발 보고\n", A=ap)
    d.f("일시: {DT} {T}  검색대: {G}\n", DT=DATE(rng, 2026, 2026), T=f"{rng.randint(5, 22):02d}:{rng.randint(0, 59):02d}",
        G=f"출국장 {rng.randint(1, 6)}번 게이트")
    if rng.random() < 0.5:
        f = fname(rng)
        b = birth(rng, 1960, 2004)
        d.f("승객: {L} ({NAT})\n여권번호: {PP}   생년월일: {B}\n", L=PF(f, "latin"), NAT=f["nat_ko"], PP=PPF(rng, f["nat"]),
            B=DOB(rng, b, rng.choice(["dot_padded", "iso", "passport_style"])))
    else:
        nm = kname(rng)
        b = birth(rng, 1960, 2004)
        d.f("승객: {N} ({LT})\n여권번호: {PP}   생년월일: {B}\n연락처: {M}\n", N=P(rng, nm), LT=PLAT(nm), PP=PPK(rng),
            B=DOB(rng, b, rng.choice(["dot_padded", "iso", "six", "passport_ko"])), M=MOB(rng))
    d.f("항공편: {F}  좌석 {S}\n", F=H(rng.choice(["KE", "OZ", "7C", "LJ", "TW"]) + str(rng.randint(100, 999)), "flight_number"),
        S=f"{rng.randint(10, 60)}{rng.choice('ABCDEFGHJK')}")
    d.f("적발 물품: {I}\n조치: {L}에 따라 {R}\n보안검색요원 {N}, 감독자 {N2}\n", I=rng.choice(["보조배터리 3개(160Wh 초과)",
                                                                           "과도(날 길이 9cm)", "액체류 500ml", "라이터 4개"]),
        L=LAW(rng, "aviation"), R=rng.choice(["임의 포기", "위탁 수하물 전환", "경찰 인계"]), N=P(rng), N2=P(rng))
    return "공항·항만 보안", False


def t_port(rng, d):
    port = rng.choice(["인천항", "평택·당진항", "부산 신항", "여수광양항", "울산항", "군산항"])
    nopii = rng.random() < 0.12
    d.f("{P} 보안구역 출입 신청 명단 ({DT})\n", P=port, DT=DATE(rng, 2026, 2026))
    if nopii:
        d.f("※ 출입 신청은 {L}에 따라 출입 3일 전까지 하여야 하며, 신청서 기재 예시는 다음과 같다.\n"
            "  성명: {PH}  생년월일: {PD}  차량번호: {PV}\n문의: 항만보안센터 {SW}\n",
            L=LAW(rng, "aviation"), PH=PHD(rng, "홍길동"), SW=SW(rng), PD=H("0000. 00. 00.", "placeholder_value"),
            PV=H("00가 0000", "placeholder_value"))
        return "공항·항만 보안", True
    rows = []
    for k in range(rng.randint(3, 6)):
        b = birth(rng, 1960, 2004)
        if rng.random() < 0.3:
            f = fname(rng)
            ident = [PF(f, "latin"), DOB(rng, b, "dot_padded"), PPF(rng, f["nat"])]
        else:
            ident = [P(rng), DOB(rng, b, rng.choice(["dot_padded", "six", "yy_dot"])), rng.choice([DL(rng), MOB(rng)])]
        rows.append([str(k + 1)] + ident + [CO(rng), PLATE(rng, rng.choice(["commercial", "two", "three", "region"]))])
    table(d, ["연번", "성명", "생년월일", "신분증/연락처", "소속", "차량번호"], rows, rng=rng)
    d.f("신청 담당: {N} ({M})\n", N=P(rng), M=MOB(rng))
    return "공항·항만 보안", False


def t_scholarship(rng, d):
    univ = rng.choice(["한빛", "새솔", "가람", "누리과학기술", "청솔", "바른"]) + "대학교"
    nm = kname(rng, young=True)
    b = birth(rng, 2000, 2007)
    d.f("{U} 학생지원팀\n{Y}학년도 {S}학기 교내 장학금 신청서\n", U=univ, Y=str(rng.randint(2026, 2027)), S=str(rng.randint(1, 2)))
    d.f("학번 {SN}   학과 {DP}   학년 {G}\n", SN=H(f"20{rng.randint(19, 26)}{rng.randint(10000, 99999)}", "personal_id_no_type"),
        DP=rng.choice(["행정학과", "사회복지학과", "컴퓨터공학과", "간호학과", "경영학과"]), G=str(rng.randint(1, 4)))
    lay = rng.randrange(2)
    acc, bank = ACCT(rng, rng.choice(BANKS))
    items = [("성명", P(rng, nm)), ("생년월일", DOB(rng, b)), ("휴대전화", MOB(rng)), ("이메일", EM(rng, nm)),
             ("주소", ADDR(rng)[0]), ("입금은행", bank), ("계좌번호", acc), ("예금주", P(rng, nm))]
    for k, v in items:
        if lay == 0:
            d.line(f"{k}: ", v)
        else:
            d.line(f"| {k} | ", v, " |")
    g = kname(rng)
    d.f("보호자: {N} (관계 {R}, 연락처 {M})\n", N=P(rng, g), R=rng.choice(["부", "모"]), M=MOB(rng))
    d.f("가계 곤란 사유: 부친의 실직으로 가구 소득이 감소하였으며({DT}) 동생 2명이 재학 중임.\n", DT=DATE(rng))
    d.f("신청인 {N} (서명)\n", N=P(rng, nm, kind="spaced_name" if rng.random() < 0.4 else None))
    return "대학 장학금", False


VACCINES = ["DTaP-IPV 4차", "MMR 2차", "일본뇌염 불활성화 3차", "수두 1차", "인플루엔자(4가)", "폐렴구균 4차", "A형간염 2차"]


def t_vaccination(rng, d):
    city, _ = city_of(rng)
    nopii = rng.random() < 0.14
    d.f("{C} 보건소 예방접종실\n예방접종 기록 ({DT})\n", C=city, DT=DATE(rng, 2026, 2026))
    if rng.random() < 0.5:
        d.f("({IA})\n", IA=IADDR(rng, f"{city} 보건소 1층"))
    if nopii:
        d.f("금일 접종 현황: {V} {N}건, 이상반응 신고 0건\n백신 재고: 로트번호 {LOT} 잔량 {Q}도즈 (유효기간 {DT})\n"
            "※ {L}에 따른 예방접종 기록은 질병관리청 시스템에 등록함.\n", V=rng.choice(VACCINES), N=str(rng.randint(10, 60)),
            LOT=H(f"{rng.choice(['A', 'K', 'S'])}{rng.randint(10000, 99999)}{rng.choice('ABC')}", "product_lot"),
            Q=str(rng.randint(20, 300)), DT=DATE(rng, 2027, 2027), L=LAW(rng, "health"))
        return "보건소 예방접종", True
    rows = []
    hi_col = rng.random() < 0.6
    for k in range(rng.randint(2, 5)):
        cb = rdate(rng, 2020, 2025)
        if cb < (2020, 10, 1):
            cb = (2021, cb[1], min(cb[2], 28))
        child = kname(rng, young=True)
        guard = kname(rng, young=True)
        if len(child) == 3 and len(guard) == 3:
            guard = child[0] + guard[1:]
        rows.append([P(rng, child), RRN(rng, cb, "post2020"), HI(rng) if hi_col else None, rng.choice(VACCINES),
                     H(f"{rng.choice(['A', 'K', 'S'])}{rng.randint(10000, 99999)}", "product_lot"), P(rng, guard),
                     MOB(rng)])
    rows = [[c for c in r if c is not None] for r in rows]
    table(d, ["피접종자", "주민등록번호"] + (["건강보험증번호"] if hi_col else []) + ["백신", "로트", "보호자", "보호자 연락처"], rows,
          rng=rng)
    d.f("접종의 {N}, 간호사 {N2}\n", N=P(rng), N2=P(rng))
    return "보건소 예방접종", False


def t_personnel(rng, d):
    city, _ = city_of(rng)
    d.f("{C} 인사발령\n{C} 인사명령 {NO} ({DT}자)\n\n", C=city, NO=H(f"제2026-{rng.randint(1, 300)}호", "document_number"),
        DT=DATE(rng, 2026, 2026))
    kinds = ["승진", "전보", "신규임용", "휴직", "직무대리", "국외출장"]
    rows = []
    for k in range(rng.randint(3, 7)):
        nm = kname(rng)
        kd = rng.choice(kinds)
        before = rng.choice(["민원여권과", "세무과", "복지정책과", "안전총괄과", "교통행정과", "보건소 건강증진과"])
        after = rng.choice(["기획예산과", "총무과", "도시계획과", "문화관광과", "○○동 행정복지센터"])
        rows.append([kd, rng.choice(["지방행정주사", "지방행정사무관", "지방시설주사보", "지방보건서기"]), P(rng, nm),
                     f"{before} → {after}" if kd in ("승진", "전보") else before])
    table(d, ["구분", "직급", "성명", "발령사항"], rows, sep=rng.choice([" | ", "\t", "  "]), rng=rng)
    d.f("\n{HEAD}\n", HEAD=H(head_of(city), "official_by_office"))
    return "인사명령", False


def t_minutes(rng, d):
    city, _ = city_of(rng)
    nopii = rng.random() < 0.2
    com = rng.choice(["지방보조금심의위원회", "개인정보보호위원회", "지명위원회", "도시계획위원회", "정보공개심의회"])
    d.f("{C} {W} 회의록\n일시: {DT} 14:00\n장소: {C}청 3층 소회의실\n", C=city, W=com, DT=DATE(rng, 2025, 2026))
    if nopii:
        d.t("참석: 위원장 외 위원 7명, 간사\n\n위원장: 성원이 되었으므로 회의를 개의하겠습니다.\n")
        d.f("간사: 안건은 {W} 일대 지명 변경 건입니다. 관련 규정은 {L}입니다.\n위원 A: 지역 주민 의견을 더 들어야 "
            "한다고 봅니다.\n위원장: 보류하겠습니다.\n", W=NSW(rng, rng.choice(["조치원", "문정동", "신사동", "한우리"])),
            L=LAW(rng, "admin"))
        return "회의록", True
    members = [kname(rng) for _ in range(rng.randint(4, 7))]
    d.t("참석: ")
    for j, m_ in enumerate(members):
        d.add(P(rng, m_))
        d.t("(위원장)" if j == 0 else "")
        d.t(", " if j < len(members) - 1 else "\n")
    sec = kname(rng)
    d.f("간사: {T} {N}\n\n", T=rng.choice(["행정주사", "주무관"]), N=P(rng, sec))
    for turn in range(rng.randint(3, 6)):
        who = rng.choice(members)
        d.f(rng.choice(["{N} 위원: ", "○ {N} 위원장: ", "{N}: ", "[{N} 위원] "]), N=P(rng, who))
        d.t(rng.choice(["보조금 집행 잔액 반납 여부를 확인했습니까?", "정산 서류가 미비한 단체는 재심의가 필요합니다.",
                        "공개 범위는 부분공개가 타당하다고 생각합니다.", "원안대로 의결할 것을 제안합니다.",
                        "현장 확인 결과를 다음 회의에 보고해 주십시오."]) + "\n")
    d.f("간사({N}): 의결 결과는 {DT}까지 통보하겠습니다.\n", N=P(rng, sec), DT=DATE(rng))
    return "회의록", False




MIN_TOPIC = {"법무부": ("장관", ["외국인 체류지 변경 신고 온라인 전면 실시", "사증 발급 심사 기간 단축"]),
             "국가보훈부": ("장관", ["국가유공자 보훈급여 인상", "참전유공자 위문 확대"]),
             "우정사업본부": ("본부장", ["등기우편 도착 알림 서비스 확대"]),
             "산림청": ("청장", ["산림 내 불법 벌채 집중 단속"]), "병무청": ("청장", ["병역판정검사 사전 예약제 도입"]),
             "질병관리청": ("청장", ["예방접종 기록 모바일 조회 개시"]), "국세청": ("청장", ["사업자등록 정정 신고 모바일 처리 확대"]),
             "행정안전부": ("장관", ["모바일 주민등록증 확인 서비스 확대"]),
             "국가유산청": ("청장", ["문화유산 주변 건축 허가 절차 간소화"])}


def t_press(rng, d):
    mini = rng.choice(sorted(MIN_TOPIC))
    title, topics = MIN_TOPIC[mini]
    topic = rng.choice(topics)
    nopii = rng.random() < 0.15
    dt = rdate(rng, 2026, 2026)
    d.f("보 도 자 료\n{M}\n보도시점: {DT} 12:00 이후 (배포 {DT2})\n\n", M=mini, DT=H(ds(dt), "date_not_birth"),
        DT2=H(ds(dt), "date_not_birth"))
    d.t(f"{topic}\n- " + rng.choice(["다음 달부터 방문 없이 처리", "현장 의견 반영해 절차 간소화", "연말까지 단계적 시행"]) + " -\n\n")
    sw = SW(rng, "044")
    if nopii:
        d.f("□ {M|은} {DT}부터 {T}에 나선다고 밝혔다.\n□ 이번 조치는 {L} 개정에 따른 것이다.\n"
            "□ {O|은} \"국민 불편을 줄이겠다\"고 말했다.\n\n담당 부서: 대변인실 (대표전화 {SW})\n", M=H(mini, "organization_name"),
            DT=DATE(rng, 2026, 2026), T=topic, L=LAW(rng, rng.choice(list(LAWS))), O=H(mini + title, "official_by_office"), SW=sw)
        return "보도자료", True
    boss = kname(rng)
    d.f("□ {M}(" + title + " {N})" + josa(mini, "은") + " {DT}부터 {TP}에 나선다고 밝혔다.\n", M=mini, N=P(rng, boss),
        DT=DATE(rng, 2026, 2026), TP=topic)
    d.f("□ {N} " + title + "은 \"현장의 목소리를 반영해 절차를 간소화했다\"며 \"앞으로도 국민 편의를 높이겠다\"고 말했다.\n",
        N=P(rng, boss))
    if rng.random() < 0.5:
        c = kname(rng)
        d.f("□ 시범 운영에 참여한 {N} 씨({A}세)는 \"휴대전화로 바로 처리돼 편리했다\"고 말했다.\n", N=P(rng, c), A=str(rng.randint(25, 70)))
    d.f("□ 자세한 내용은 누리집 또는 콜센터({SW})에서 확인할 수 있다.\n\n", SW=SW(rng))
    d.t("담당 부서  " + rng.choice(["민원제도과", "체류관리과", "보상정책과", "우편사업과", "산림보호과", "디지털행정과"]) + "\n")
    area = rng.choice(["044", "044", "02", "042"])
    for role in ["책임자 과장", "담당자 서기관", "담당자 사무관"][:rng.randint(2, 3)]:
        nm = kname(rng)
        d.f(f"{role} {{N}} ({{T}})" + (" {E}" if rng.random() < 0.3 else "") + "\n", N=P(rng, nm),
            T=TEL(rng, area, "dash"), E=EM(rng, nm, "korea.kr"))
    return "보도자료", False


def t_news(rng, d):
    city, _ = city_of(rng)
    nopii = rng.random() < 0.2
    rep = kname(rng)
    kind = rng.randrange(3)
    head = ["외국인 근로자 체류 서류 위조 브로커 적발", "보훈급여 부정수급 일가족 검거", "공항 보안검색대서 실탄 발견"][kind]
    d.t(f"[{rng.choice(['사회', '지역', '전국'])}] {head}\n\n")
    law = LAW(rng, ["immig", "veterans", "aviation"][kind])
    if nopii:
        d.f("{C} 경찰은 {PH}(52)를 {L} 위반 혐의로 입건했다고 {DT} 밝혔다. 경찰에 따르면 {PH2} 등 2명은 "
            "허위 서류로 {AM|을} 챙긴 혐의를 받는다. 이들은 {W} 일대에서 활동한 것으로 조사됐다.\n", C=city,
            PH=PHD(rng, rng.choice(["김모씨", "A씨", "이모씨"])), L=law, DT=DATE(rng, 2026, 2026), PH2=PHD(rng, "B씨"),
            AM=AMT(rng, 10**6, 10**8), W=NSW(rng, rng.choice(["이태원", "조치원", "신사동"])))
        d.t("/지역취재팀\n")
        return "뉴스 기사", True
    off = kname(rng)
    org, ttl = [(f"{rng.choice(REGION_OFFICE)}출입국·외국인사무소", "조사과장"), (f"{city} 경찰서", "수사과장"),
                (f"{rng.choice(['인천', '김해', '제주'])}공항경찰단", "단장")][kind]
    d.f("{O} {N} {T}은 {DT} 브리핑에서 \"유사 사례가 더 있는지 살펴보겠다\"고 말했다.\n", O=org, N=P(rng, off), T=ttl,
        DT=DATE(rng, 2026, 2026))
    if kind == 0:
        d.f("경찰은 브로커 {PH}(47)와 함께 서류를 만든 혐의로 행정사 {N}(51)씨도 {L} 위반 혐의로 불구속 입건했다.\n",
            PH=PHD(rng, rng.choice(["김모씨", "박모씨", "A씨"])), N=P(rng), L=law)
        f = fname(rng, rng.choice(["VN", "NP", "KH", "UZ"]))
        d.f("피해를 본 {NAT} 국적 근로자 {HG}(29)씨는 \"수수료로 석 달 치 월급을 냈다\"고 말했다.\n", NAT=f["nat_ko"], HG=PF(f, "hangul"))
    elif kind == 1:
        d.f("{PH}(62) 등 일가족 3명은 숨진 부친 명의로 보훈급여 {AM|을} 받아 챙긴 혐의({L})를 받고 있다. 법률구조공단 "
            "{N} 변호사는 \"환수 절차가 뒤따를 것\"이라고 설명했다.\n", PH=PHD(rng, rng.choice(["김모씨", "최모씨"])), AM=AMT(rng, 10**7, 10**8),
            L=law, N=P(rng))
    else:
        d.f("실탄은 출국하려던 {PH}의 기내 가방에서 발견됐다. {PH2}는 \"사냥 후 가방에 남아 있던 것\"이라고 진술했다. 공항공사 "
            "보안팀 {N} 차장은 \"{L}에 따라 처리했다\"고 말했다.\n", PH=PHD(rng, "미국 국적 A씨(41)"), PH2=PHD(rng, "A씨"),
            N=P(rng), L=law)
    d.f("\n{N} 기자 {E}\n", N=P(rng, rep), E=EM(rng, rep, rng.choice(["yna.example.kr", "news1.example.kr", "hankook.example.kr"])))
    return "뉴스 기사", False


def t_judgment(rng, d):
    court = rng.choice(COURTS)
    nopii = rng.random() < 0.2
    d.f("{C}지방법원\n판    결\n\n사    건  {CN} 손해배상(기)\n", C=court,
        CN=H(f"{rng.randint(2023, 2026)}가{rng.choice(['단', '합', '소'])}{rng.randint(1000, 99999)}", "case_number"))
    if nopii:
        d.f("원    고  {A}\n피    고  {B}\n변론종결  {DT}\n\n주    문\n1. 피고는 원고에게 {AM} 및 이에 대한 지연손해금을 지급하라.\n"
            "2. 소송비용은 피고가 부담한다.\n\n이    유\n{L}에 따라 ...\n", A=PHD(rng, "A"), B=PHD(rng, "B 주식회사"),
            DT=DATE(rng), AM=AMT(rng, 10**6, 10**8), L=LAW(rng, "court"))
        return "판결·결정", True
    pl, df = kname(rng), kname(rng)
    a1, paren = ADDR(rng)
    d.f("원    고  {N}\n          {A}" + (f" {paren}" if paren else "") + "\n          소송대리인 변호사 {L}\n", N=P(rng, pl), A=a1, L=P(rng))
    d.f("피    고  {N}\n          {A}\n", N=P(rng, df), A=ADDR(rng)[0])
    d.f("변론종결  {DT}\n판결선고  {DT2}\n\n주    문\n1. 피고는 원고에게 {AM}을 지급하라.\n2. 소송비용은 피고가 부담한다.\n\n",
        DT=DATE(rng), DT2=DATE(rng), AM=AMT(rng, 10**6, 10**8))
    d.f("이    유\n1. 기초사실\n  원고 {N|는} {DT} 피고 {N2}에게 차량({V})을 매도하였으나 피고는 잔금을 지급하지 않았다.\n",
        N=P(rng, pl), DT=DATE(rng, 2022, 2024), N2=P(rng, df), V=PLATE(rng))
    d.f("2. 판단\n  {L}에 의하면 ... 원고의 청구는 이유 있다.\n\n판사  {J}\n", L=LAW(rng, "court"), J=P(rng))
    return "판결·결정", False


def t_decision(rng, d):
    nopii = rng.random() < 0.3
    d.f("{O}\n재  결  서\n사건번호 {CN}\n사 건 명 {W} 취소청구\n", O=rng.choice(["중앙행정심판위원회", "서울특별시행정심판위원회",
                                                                         "경기도행정심판위원회"]),
        CN=H(f"{rng.randint(2025, 2026)}-{rng.randint(1000, 29999)}", "case_number"),
        W="자동차운전면허 취소처분")
    if nopii:
        d.f("청 구 인 {A}\n피청구인 {B}\n\n주  문  청구인의 청구를 기각한다.\n\n이  유\n청구인은 {DT} 혈중알코올농도 "
            "0.0{N}% 상태로 운전하다 적발되었다. {L}에 따른 처분은 적법하다.\n", A=PHD(rng, "갑"),
            B=H(rng.choice(["서울특별시경찰청장", "경기도북부경찰청장", "○○시·도경찰청장"]), "official_by_office"), DT=DATE(rng),
            N=str(rng.randint(80, 99)), L=LAW(rng, "traffic"))
        return "판결·결정", True
    nm = kname(rng)
    d.f("청 구 인 {N}\n          {A}\n          대리인 행정사 {AG}\n", N=P(rng, nm), A=ADDR(rng)[0], AG=P(rng))
    d.f("피청구인 {B}\n\n주  문  피청구인이 {DT} 청구인에게 한 처분을 취소한다.\n\n이  유\n",
        B=H(rng.choice(["서울특별시경찰청장", "경기도남부경찰청장", "부산광역시경찰청장", "충청북도경찰청장"]), "official_by_office"),
        DT=DATE(rng))
    d.f("청구인 {N|는} 운전면허({DL})를 보유하고 택시 운전을 생업으로 하고 있으며, 처분으로 인한 불이익이 공익에 비해 "
        "과도하다.\n", N=P(rng, nm), DL=DL(rng))
    d.f("{DT}\n위원장 {C}\n", DT=DATE(rng, 2026, 2026), C=P(rng))
    return "판결·결정", False


def t_audit(rng, d):
    city, _ = city_of(rng)
    nopii = rng.random() < 0.25
    d.f("{C} 감사관실\n{Y}년 {W} 특정감사 결과\n\n", C=city, Y=str(rng.randint(2025, 2026)),
        W=rng.choice(["기초생활보장 급여", "보조금 집행", "차량 과태료 부과", "개인정보 처리실태"]))
    d.t("1. 지적사항: 부적정 급여 지급\n")
    if nopii:
        d.f("  {D} 담당자 {PH|는} 수급자 3명의 소득 변동을 반영하지 않아 {AM}을 과다 지급하였다.\n  조치: 회수 및 주의({L})\n",
            D=rng.choice(["○○동", "복지정책과"]), PH=PHD(rng, rng.choice(["김○○", "이○○", "주무관 A"])), AM=AMT(rng),
            L=LAW(rng, "civil"))
        return "감사·징계", True
    d.f("  {D} {T} {N|은} 아래 수급자의 재산 변동을 확인하지 않고 급여를 계속 지급하였다.\n", D=rng.choice(["○○동 행정복지센터", "복지정책과"]),
        T=rng.choice(["주무관", "행정주사보"]), N=P(rng))
    rows = []
    for k in range(rng.randint(2, 4)):
        acc, bank = ACCT(rng, masked=rng.random() < 0.3)
        rows.append([P(rng), RRN(rng, None, rng.choice(["masked", "valid", "masked"])), bank, acc, AMT(rng, 10**5, 10**7)])
    table(d, ["수급자", "주민등록번호", "은행", "계좌", "과다지급액"], rows, rng=rng)
    d.f("  조치: 과다지급액 회수, 관련자 {N} 주의 요구\n감사담당 {A}, {B}\n", N=P(rng), A=P(rng), B=P(rng))
    return "감사·징계", False


def t_discipline(rng, d):
    nopii = rng.random() < 0.25
    d.f("징계의결서\n{O} 인사위원회\n", O=city_of(rng)[0])
    if nopii:
        d.f("징계혐의자: 소속 {D}, 직급 지방행정주사, 성명 {PH}\n의결주문: 정직 1월\n이유: 혐의자는 {DT} 음주운전으로 적발되어 "
            "{L|을} 위반하였다.\n", D=rng.choice(["○○과", "○○동"]), PH=PHD(rng, rng.choice(["김○○", "박**", "이○○"])),
            DT=DATE(rng), L=H(rng.choice(["「지방공무원법」 제55조", "「국가공무원법」 제63조"]), "statute_citation"))
        return "감사·징계", True
    nm = kname(rng)
    b = birth(rng, 1965, 1995)
    d.f("징계혐의자 인적사항\n  소속 {D}   직급 {G}   성명 {N}   생년월일 {B}\n", D=rng.choice(["세무과", "건축과", "교통행정과"]),
        G=rng.choice(["지방행정주사", "지방시설주사보", "지방세무주사"]), N=P(rng, nm), B=DOB(rng, b))
    d.f("의결주문  {R}\n의결이유  혐의자 {N|은} {DT} 혈중알코올농도 0.{P}% 상태로 자가용({V})을 운전하다 적발되었으며, "
        "이는 {L}의 품위유지 의무 위반에 해당한다.\n", R=rng.choice(["감봉 3월", "정직 1월", "견책"]), N=P(rng, nm), DT=DATE(rng),
        P=f"{rng.randint(30, 150):03d}", V=PLATE(rng), L=H(rng.choice(["「지방공무원법」 제55조", "「국가공무원법」 제63조"]),
                                                                "statute_citation"))
    d.f("위원장 {A}  위원 {B}  {C}\n", A=P(rng), B=P(rng), C=P(rng))
    return "감사·징계", False


def t_police(rng, d):
    ps = rng.choice(["마포", "수원남부", "동래", "청주상당", "광산", "서귀포", "강릉", "해운대"])
    nm = kname(rng)
    b = birth(rng, 1955, 2005)
    d.f("{P}경찰서\n진 술 조 서\n", P=ps)
    d.f("성    명 : {N}\n주민등록번호 : {R}\n직    업 : {J}\n주    거 : {A}\n등록기준지 : {A2}\n직    장 : {CO}\n연 락 처 : 자택 {T}  휴대전화 {M}  전자우편 {E}\n\n",
        N=P(rng, nm), R=RRN(rng, b), J=rng.choice(["회사원", "자영업", "무직", "학생"]), A=ADDR(rng)[0],
        A2=ADDR(rng, rng.choice(["jibun", "rural_jibun"]))[0], CO=CO(rng), T=TEL(rng), M=MOB(rng), E=EM(rng, nm))
    kind = rng.randrange(2)
    d.f("위 사람은 {W} 사건에 관하여 {DT} {P}경찰서 수사과 사무실에서 임의로 아래와 같이 진술하다.\n",
        W=["신용카드 부정사용", "전기통신금융사기"][kind], DT=DATE(rng), P=ps)
    if kind == 0:
        d.f("문: 피해 내용을 말씀해 주세요.\n답: 제 신용카드({C})가 {DT}경 분실되었는데 다음 날 {AM}이 결제되었습니다.\n",
            C=CARD(rng, masked=rng.random() < 0.4), DT=DATE(rng), AM=AMT(rng, 10**5, 5 * 10**6))
    else:
        acc, bank = ACCT(rng)
        d.f(f"문: 돈을 어디로 보냈나요?\n답: 검사라고 한 사람이 불러준 {bank} {{AC}} 계좌로 {{AM}}을 이체했습니다. 예금주는 {{N|이었}}습니다.\n",
            AC=acc, AM=AMT(rng, 10**6, 5 * 10**7), N=P(rng))
    d.f("문: 더 할 말이 있나요?\n답: 없습니다.\n\n진술자 {N} (무인)\n{DT}\n사법경찰관 경위 {O}\n", N=P(rng, nm), DT=DATE(rng), O=P(rng))
    return "경찰·소방 기록", False


def t_fire(rng, d):
    fs = rng.choice(["마포", "수원", "부산진", "청주동부", "광산", "제주", "강릉", "유성"])
    nm = kname(rng)
    b = birth(rng, 1935, 2020)
    d.f("{F}소방서 구급활동일지\n출동일시 {DT} {T}  신고번호 {RN}\n", F=fs, DT=DATE(rng, 2026, 2026),
        T=f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}", RN=H(f"{rng.randint(2026, 2026)}{rng.randint(10**8, 10**9 - 1)}", "receipt_number"))
    a, paren = ADDR(rng, rng.choice(["road_full", "jibun_apt", "road_sigungu"]))
    d.f("발생장소(환자 자택) {A}\n신고자 {N} ({R}) {M}\n", A=a, N=P(rng), R=rng.choice(["배우자", "자녀", "이웃", "동거인", "요양보호사"]),
        M=MOB(rng))
    d.f("환자 성명 {N}   성별 {S}   나이 {AG}세   생년월일 {B}\n", N=P(rng, nm), S=rng.choice(["남", "여"]), AG=str(age_of(b)),
        B=DOB(rng, b, rng.choice(["six", "dot_padded", "iso", "korean"])))
    d.f("주증상: {S}   의식: {C}\n이송병원: {H}\n", S=rng.choice(["흉통", "호흡곤란", "낙상 후 두부 출혈", "경련"]),
        C=rng.choice(["명료", "기면", "혼미"]), H=H(rng.choice(["○○대학교병원", f"{city_of(rng)[0]}의료원", "○○병원"]), "organization_name"))
    d.f("구급대원 소방교 {A}, 소방사 {B}\n", A=P(rng), B=P(rng))
    return "경찰·소방 기록", False


def t_hospital(rng, d):
    nm = kname(rng)
    b = birth(rng, 1935, 2015)
    hosp = city_of(rng)[0] + "의료원"
    d.f("{H} 진료의뢰서\n", H=hosp)
    foreign = rng.random() < 0.25
    if foreign:
        f = fname(rng)
        d.f("환자명: {L}   외국인등록번호: {R}\n", L=PF(f, rng.choice(["latin", "hangul"])), R=FRN(rng, b if b[0] >= 1958 else None))
    else:
        d.f("환자명: {N}   주민등록번호: {R}\n", N=P(rng, nm), R=RRN(rng, b, rng.choice(["valid", "masked"])))
    d.f("생년월일: {B}   건강보험증번호: {HI}   자격: {Q}\n", B=DOB(rng, b), HI=HI(rng), Q=rng.choice(["직장가입자", "지역가입자",
                                                                                         "피부양자", "의료급여 1종"]))
    d.f("주소: {A}\n연락처: {M}\n", A=ADDR(rng)[0], M=MOB(rng))
    d.f("상병명: {D}\n의뢰 내용: 정밀 검사 및 전문의 진료 요망.\n의뢰의사: 가정의학과 전문의 {N} (면허번호 {LN})\n",
        D=rng.choice(["제2형 당뇨병", "고혈압", "요추 추간판 탈출증", "폐렴"]), N=P(rng),
        LN=H(f"제{rng.randint(10000, 139999)}호", "personal_id_no_type"))
    return "의료 기록", False


def t_hi_list(rng, d):
    city, _ = city_of(rng)
    d.f("{C} 의료급여 수급권자 자격 변동 명단\n", C=city)
    rows = []
    for k in range(rng.randint(3, 6)):
        b = birth(rng, 1935, 2015)
        rows.append([P(rng), DOB(rng, b, rng.choice(["six", "dot_padded", "eight"])), HI(rng),
                     rng.choice(["1종→2종", "취득", "상실", "2종→1종"]), DATE(rng, 2026, 2026)])
    table(d, ["성명", "생년월일", "증번호", "변동내용", "변동일"], rows, rng=rng)
    d.f("※ 국민건강보험공단 고객센터 {SW}\n", SW=H("1577-1000", "institution_switchboard"))
    return "의료 기록", False


def t_school(rng, d):
    level = rng.randrange(3)
    sc = rng.choice(["한빛", "새솔", "가람", "누리", "청솔", "바른"]) + ["초등학교", "중학교", "고등학교"][level]
    st = kname(rng, young=True)
    g = kname(rng, young=level == 0)
    if len(st) == 3 and len(g) == 3:
        g = st[0] + g[1:]
    b = birth(rng, *[(2014, 2019), (2011, 2013), (2008, 2010)][level])
    d.f("{S} 학생 상담 기록부 (대외주의)\n상담일 {DT}   상담교사 {T}\n", S=sc, DT=DATE(rng, 2026, 2026), T=P(rng))
    d.f("학생 {N} ({G}학년 {C}반, 생년월일 {B})\n보호자 {PN} ({M})\n", N=P(rng, st), G=str(2026 - b[0] - [6, 12, 15][level]),
        C=str(rng.randint(1, 9)),
        B=DOB(rng, b), PN=P(rng, g), M=MOB(rng))
    d.f("내용: 학생은 최근 결석이 잦아 보호자와 통화함. 보호자 {PN} 씨는 가정 형편상 아침 등교 지도가 어렵다고 함. "
        "지역 {W} 돌봄교실 연계를 권함.\n", PN=P(rng, g), W=NSW(rng, rng.choice(["노인정", "민원실", "한우리"])))
    return "학교 기록", False


def t_chat(rng, d):
    agent = kname(rng)
    cust = kname(rng)
    d.f("[{W} 채팅상담] {DT}\n", W=rng.choice(["정부24", "국세청 홈택스", "출입국 온라인", "우체국"]), DT=DATE(rng, 2026, 2026, "iso"))
    d.f("상담사 {A}: 안녕하세요, 상담사 {A2}입니다. 무엇을 도와드릴까요?\n", A=P(rng, agent), A2=P(rng, agent))
    lines = []
    k = rng.randrange(4)
    if k == 0:
        d.f("고객: 환불 받을 계좌 남길게요 {B} {AC}\n", B=rng.choice(["국민", "신한", "카뱅", "농협"]), AC=ACCT(rng)[0])
    elif k == 1:
        d.f("고객: 카드로 결제했는데 두 번 빠졌어요 카드번호 {C} 입니다\n", C=CARD(rng))
        d.f("상담사 {A}: 고객님, 카드번호 전체는 보내지 않으셔도 됩니다. 확인을 위해 성함과 생년월일만 알려주세요.\n", A=P(rng, agent))
        b = birth(rng)
        d.f("고객: {N} {B}\n", N=P(rng, cust), B=DOB(rng, b, rng.choice(["six", "eight", "dot_nospace"])))
    elif k == 2:
        d.f("고객: 여권번호가 {PP}인데 발급 상태 확인 가능할까요?\n", PP=PPK(rng))
    else:
        d.f("고객: 외국인등록증 번호 {R} 이고요 체류지 변경했어요\n", R=FRN(rng))
    d.f("고객: 연락은 {M|이나} {E|로} 주세요\n", M=MOB(rng, rng.choice(["dash", "plain", "space"])), E=EM(rng, cust))
    if rng.random() < 0.5:
        d.f("상담사 {A}: 등록된 연락처 {M}, 메일 {E} 맞으신가요?\n고객: 네 맞아요\n", A=P(rng, agent), M=PHM(rng), E=EMM(rng, cust))
    d.f("상담사 {A}: 네, 확인 후 연락드리겠습니다. 접수번호는 {RN}입니다.\n", A=P(rng, agent), RN=H(f"C{rng.randint(10**9, 10**10 - 1)}",
                                                                                         "receipt_number"))
    d.f("[시스템] 상담 종료 / 접속 IP {IP}\n", IP=IP(rng))
    return "채팅·통화 기록", False


def t_call(rng, d):
    agent = kname(rng)
    cust = kname(rng)
    b = birth(rng, 1945, 2005)
    d.f("통화 녹취록 ({C}, {DT})\n", C=rng.choice(["정부민원안내콜센터", "외국인종합안내센터", "병무민원상담소", "국민연금 콜센터"]),
        DT=DATE(rng, 2026, 2026))
    d.f("상담원({A}): 네, 상담원 {A2}입니다.\n", A=P(rng, agent), A2=P(rng, agent))
    d.f("민원인: 네, 저 {N|이라고} 하는데요, 주민번호 {R} 이고요.\n", N=P(rng, cust), R=RRN(rng, b, rng.choice(["valid", "valid", "masked"]),
                                                                         noise=rng.choice([None, None, "space_in_number"])))
    d.f("상담원: 확인을 위해 생년월일 한 번 더 말씀해 주시겠어요?\n민원인: {B}요.\n", B=DOB(rng, b, "korean"))
    k = rng.randrange(3)
    if k == 0:
        d.f("민원인: 주소가 바뀌어서요. {A|로} 옮겼어요.\n", A=ADDR(rng)[0])
    elif k == 1:
        d.f("민원인: 차 번호가 {V}인데 과태료가 두 번 나왔어요.\n", V=PLATE(rng))
    else:
        d.f("민원인: 면허번호는 {DL|이에요}.\n", DL=DL(rng))
    d.f("상담원: 회신 받으실 번호 말씀해 주세요.\n민원인: {M|이요}.\n상담원: 담당 부서 {SW|로} 이관해 드리겠습니다.\n",
        M=MOB(rng, rng.choice(["dash", "space", "plain"])), SW=SW(rng))
    return "채팅·통화 기록", False


def t_access_log(rng, d):
    sysname = rng.choice(["새올행정시스템", "출입국정보시스템", "보훈정보시스템", "도서관리시스템", "민원24 관리자"])
    y, m, dd = rdate(rng, 2026, 2026)
    d.f("# {S} 개인정보 접속기록 ({DT})\n", S=sysname, DT=H(ds((y, m, dd), "iso"), "date_not_birth"))
    d.t("# 일시, 사용자ID, 접속IP, 처리내용, 정보주체\n")
    for k in range(rng.randint(5, 9)):
        d.f("{Y}-{M}-{D} {T}, {U}, {IP}, {A}, {W}\n", Y=str(y), M=f"{m:02d}", D=f"{dd:02d}",
            T=f"{min(23, 8 + k * 2 + rng.randint(0, 1)):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
            U=H(rng.choice(["u", "adm", "emp"]) + str(rng.randint(1000, 99999)), "system_user_id"),
            IP=IP(rng, v6=rng.random() < 0.2), A=rng.choice(["조회", "출력", "수정", "다운로드"]),
            W=rng.choice([P(rng), RRN(rng, None, "masked"), FRN(rng, None, True), "-", PHM(rng), PPM(rng)]))
    d.f("# 비정상 접속 의심: {IP} (업무시간 외 대량 조회) - 담당 {N}\n", IP=IP(rng, private=False), N=P(rng))
    return "접속 로그", False


def t_contract(rng, d):
    city, _ = city_of(rng)
    nopii = rng.random() < 0.12
    d.t("용역 계약서\n")
    d.f("계약번호 {CN}\n용역명: {W}\n계약금액: {AM}\n", CN=H(f"{rng.randint(2026, 2026)}{rng.randint(10**7, 10**8 - 1)}-00", "notice_number"),
        W=rng.choice(["청사 시설물 유지관리 용역", "민원실 통역 지원 용역", "도서관 전산 유지보수 용역", "산불감시 카메라 설치 용역"]),
        AM=AMT(rng, 10**7, 5 * 10**8))
    d.f("발주기관(갑): {G}  주소: {IA}\n", G=H(office_of(city), "organization_name"), IA=IADDR(rng))
    if nopii:
        d.f("계약상대자(을): {CO}\n을의 대표자, 사업자등록번호 등은 붙임 서식에 기재함.\n{L}에 따라 계약을 체결한다.\n"
            "갑 {G}   을 {CO2} (인)\n", CO=CO(rng), L=LAW(rng, "admin"), G=H(head_of(city), "official_by_office"),
            CO2=PHD(rng, "을"))
        return "계약서", True
    co = company(rng)
    rep = kname(rng)
    d.f("계약상대자(을): {CO}\n  대표자 {N}  사업자등록번호 {B}  법인등록번호 {C}\n", CO=CO(rng, co), N=P(rng, rep), B=BRN(rng), C=CRN(rng))
    d.f("  주소 {A}\n  전화 {T}  팩스 {F}  이메일 {E}\n", A=ADDR(rng, rng.choice(["road_full", "road_short"]))[0],
        T=rng.choice([TEL(rng), VOIP(rng)]), F=FAX(rng), E=EM(rng, rep, rng.choice(PERSONAL_DOMAINS)))
    acc, bank = ACCT(rng)
    d.f(f"대금 지급 계좌: {bank} {{AC}} (예금주 {{CO}})\n", AC=acc, CO=CO(rng, co))
    d.f("\n갑 {G}          을 {CO} 대표 {N} (인)\n", G=H(head_of(city), "official_by_office"), CO=CO(rng, co), N=P(rng, rep))
    return "계약서", False


def t_consent(rng, d):
    nopii = rng.random() < 0.25
    d.t("개인정보 수집·이용 동의서\n")
    d.f("1. 수집 항목: 성명, 생년월일, 연락처, 주소\n2. 수집 목적: {W}\n3. 보유 기간: {Y}년\n4. 근거: {L}\n", W=rng.choice(
        ["장학금 지급", "체육시설 회원 관리", "다문화가족 통역 서비스 제공", "예방접종 알림"]), Y=str(rng.randint(1, 5)), L=LAW(rng, "privacy"))
    d.t("□ 동의함  □ 동의하지 않음\n\n")
    if nopii:
        d.f("성명: __________   생년월일: ______   연락처: ___-____-____\n(작성 예시: 성명 {PH} / 주민등록번호 {Z})\n",
            PH=PHD(rng, "홍길동"), Z=H("000000-0000000", "placeholder_person"))
        d.t("※ " + rng.choice(["만 14세 미만은 법정대리인의 동의가 필요합니다.", "동의를 거부할 권리가 있습니다."]) + "\n")
        return "동의서", True
    nm = kname(rng)
    b = birth(rng, 1950, 2010)
    d.f("성명: {N}   생년월일: {B}   연락처: {M}\n주소: {A}\n", N=P(rng, nm), B=DOB(rng, b), M=MOB(rng), A=ADDR(rng)[0])
    if b[0] >= 2008:
        g = kname(rng)
        d.f("법정대리인: {N} (관계: {R}, 연락처 {M})\n", N=P(rng, g), R=rng.choice(["부", "모"]), M=MOB(rng))
    d.f("{DT}\n동의자 {N} (서명)\n", DT=DATE(rng, 2026, 2026), N=P(rng, nm, kind="spaced_name" if rng.random() < 0.4 else None))
    return "동의서", False


def t_table_pay(rng, d):
    city, _ = city_of(rng)
    nopii = rng.random() < 0.1
    d.f("{C} {W} 지급 명단\n", C=city, W=rng.choice(["통장 자문위원 수당", "재난지원금 이의신청 인용자", "자원봉사 실비", "위원회 참석 수당"]))
    if nopii:
        d.f("※ 서식 작성 요령: 성명란에 {PH|과} 같이 기재하고, 계좌는 본인 명의 계좌만 가능\n", PH=PHD(rng, "홍길동"))
        table(d, ["연번", "성명", "은행", "계좌번호", "금액"], [["1", PHD(rng, "홍길동"), "○○은행", H("000-000-000000", "placeholder_value"), AMT(rng, 10**4, 10**5)]],
              with_header=True, rng=rng)
        return "표·대장", True
    rows = []
    for k in range(rng.randint(3, 7)):
        nm = kname(rng)
        acc, bank = ACCT(rng)
        b = birth(rng, 1945, 2000)
        if rng.random() < 0.15:
            acc, bank = ACCT(rng, masked=True)
        row = [str(k + 1), P(rng, nm), DOB(rng, b, rng.choice(["six", "dot_padded", "yy_dot"])), bank, acc]
        row.append(P(rng, nm) if rng.random() < 0.5 else "본인")
        row.append(AMT(rng, 30000, 500000))
        rows.append(row)
    table(d, ["연번", "성명", "생년월일", "은행", "계좌번호", "예금주", "지급액"], rows, rng=rng)
    d.f("합계 {AM}   작성자 {N} (서명)\n", AM=AMT(rng, 10**5, 5 * 10**6), N=P(rng))
    return "표·대장", False


def t_table_vendor(rng, d):
    city, _ = city_of(rng)
    d.f("{Y}년 {W} 보조금 교부 결정 업체 현황 ({C})\n", Y=str(rng.randint(2025, 2026)), W=rng.choice(["소상공인 경영환경 개선", "친환경 설비",
                                                                                        "전통시장 시설현대화"]), C=city)
    rows = []
    for k in range(rng.randint(3, 6)):
        rows.append([CO(rng), P(rng), BRN(rng), CRN(rng) if rng.random() < 0.7 else "-",
                     ADDR(rng, rng.choice(["road_sigungu", "road_short", "road_full"]), noise="wrapped" if rng.random() < 0.15 else None)[0],
                     rng.choice([TEL(rng), VOIP(rng), MOB(rng)]), AMT(rng, 10**6, 5 * 10**7)])
    table(d, ["업체명", "대표자", "사업자등록번호", "법인등록번호", "소재지", "연락처", "교부액"], rows, rng=rng)
    return "표·대장", False


def t_table_parking(rng, d):
    city, _ = city_of(rng)
    kind = rng.randrange(2)
    d.f("{C} {W}\n", C=city, W=["거주자우선주차 배정자 명단", "자동차 관련 과태료 체납 차량 명단"][kind])
    rows = []
    for k in range(rng.randint(3, 7)):
        a, _ = ADDR(rng, rng.choice(["road_sigungu", "jibun", "jibun_apt"]))
        rows.append([P(rng), PLATE(rng), a, MOB(rng) if rng.random() < 0.7 else "-",
                     H(f"{rng.choice(['가', '나', '다'])}-{rng.randint(1, 300)}", "public_record_id") if kind == 0 else AMT(rng, 30000, 2000000)])
    table(d, ["성명", "차량번호", "주소", "연락처", ["배정구획", "체납액"][kind]], rows, rng=rng)
    return "표·대장", False


def t_card_pay(rng, d):
    d.f("{O} 민원 수수료 카드결제·환불 처리 내역 ({DT})\n", O=rng.choice(["여권민원실", "민원봉사실", "차량등록사업소", "평생학습관"]),
        DT=DATE(rng, 2026, 2026))
    rows = []
    for k in range(rng.randint(3, 6)):
        rows.append([f"{rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}", P(rng), rng.choice(["신한", "국민", "BC", "삼성", "현대", "롯데", "하나"]),
                     CARD(rng, masked=rng.random() < 0.35, style=rng.choice(["dash", "dash", "plain"])),
                     H(f"{rng.randint(10**7, 10**8 - 1)}", "public_record_id"), AMT(rng, 3000, 60000),
                     rng.choice(["승인", "취소", "부분환불"])])
    table(d, ["시각", "납부자", "카드사", "카드번호", "승인번호", "금액", "상태"], rows, rng=rng)
    if rng.random() < 0.6:
        acc, bank = ACCT(rng)
        d.f(f"※ 카드 취소 불가 건 현금 환불: {{N}} ({bank} {{AC}}), 연락처 {{M}}\n", N=P(rng), AC=acc, M=MOB(rng))
    return "재무·환불", False


def t_proxy_check(rng, d):
    city, _ = city_of(rng)
    d.f("{C} 민원실 위임 민원 본인확인 기록\n처리일 {DT}   민원: {W}\n", C=office_of(city), DT=DATE(rng, 2026, 2026),
        W=rng.choice(["가족관계증명서 발급", "인감증명서 발급(대리)", "자동차 이전등록", "여권 수령(대리)"]))
    for role in ["위임인", "수임인(대리인)"]:
        nm = kname(rng)
        b = birth(rng, 1940, 2006)
        r = rng.randrange(4)
        if r == 0:
            idk, idv = "운전면허증", DLM(rng) if rng.random() < 0.35 else DL(rng)
        elif r == 1:
            idk, idv = "여권", PPM(rng) if rng.random() < 0.35 else PPK(rng)
        elif r == 2:
            idk, idv = "주민등록증", RRN(rng, b, rng.choice(["valid", "masked"]))
        else:
            f = fname(rng)
            d.f(f"[{role}] 성명 {{N}} / 국적 {{NAT}} / 외국인등록증 {{R}} / 연락처 {{M}}\n", N=PF(f, rng.choice(["latin", "hangul"])),
                NAT=f["nat_ko"], R=FRN(rng), M=MOB(rng))
            continue
        d.f(f"[{role}] 성명 {{N}} / 생년월일 {{B}} / 신분증 {idk}({{ID}}) / 연락처 {{M}}\n", N=P(rng, nm), B=DOB(rng, b), ID=idv,
            M=MOB(rng))
    d.f("관계: {R}   위임장 원본 확인함. 확인자 {N} 주무관\n※ {L}에 따라 신분증 사본은 보관하지 않음\n", R=rng.choice(["가족", "지인", "직장 동료", "친척"]),
        N=P(rng), L=LAW(rng, "resid"))
    return "민원 창구 기록", False


def t_license_admin(rng, d):
    ps = rng.choice(["서울", "경기남부", "부산", "인천", "대전", "광주", "강원", "충북"])
    nopii = rng.random() < 0.1
    d.f("{P}경찰청 운전면허 행정처분 대상자 통지 명단 ({DT})\n", P=ps, DT=DATE(rng, 2026, 2026))
    if nopii:
        d.f("※ 처분 기준은 {L} 별표 28에 따름. 이의신청은 통지일부터 60일 이내.\n※ 명단은 개인정보 보호를 위하여 별도 관리함.\n"
            "문의: 민원실 {SW}\n", L=LAW(rng, "traffic"), SW=SW(rng))
        return "운전면허 행정", True
    rows = []
    for k in range(rng.randint(3, 6)):
        b = birth(rng, 1950, 2004)
        rows.append([str(k + 1), P(rng), DOB(rng, b, rng.choice(["six", "dot_padded", "eight"])), DL(rng),
                     rng.choice(["면허정지 100일", "면허취소", "벌점 40점", "면허정지 40일"]),
                     ADDR(rng, rng.choice(["road_sigungu", "road_short", "jibun"]))[0]])
    table(d, ["연번", "성명", "생년월일", "면허번호", "처분내용", "주소"], rows, rng=rng)
    d.f("작성: 교통과 {N} ({T})\n", N=P(rng), T=TEL(rng))
    return "운전면허 행정", False


def t_foreign_workers(rng, d):
    co = company(rng)
    d.f("외국인근로자 고용 현황 ({CO})\n사업장관리번호 {MN}\n", CO=CO(rng, co),
        MN=H(f"{rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(10000, 99999)}-0", "public_record_id"))
    rows = []
    for k in range(rng.randint(3, 6)):
        f = fname(rng, rng.choice(["VN", "KH", "NP", "ID", "TH", "UZ", "MM", "LK", "PH", "MN"]))
        b = birth(rng, 1975, 2004)
        rows.append([str(k + 1), PF(f, "latin"), f["nat_ko"], FRN(rng, b), PPF(rng, f["nat"]), DATE(rng, 2026, 2028),
                     MOB(rng) if rng.random() < 0.5 else "-"])
    table(d, ["연번", "성명", "국적", "외국인등록번호", "여권번호", "체류만료일", "연락처"], rows, rng=rng)
    rep = kname(rng)
    d.f("사업주 {N} / 사업자등록번호 {B} / 법인등록번호 {C} / 담당 {M}\n", N=P(rng, rep), B=BRN(rng), C=CRN(rng), M=MOB(rng))
    return "외국인 고용 관리", False


def t_lost_found(rng, d):
    ps = rng.choice(["마포", "수원남부", "해운대", "유성", "서귀포", "일산동부", "청주흥덕", "전주완산"])
    d.f("{P}경찰서 생활안전과\n유실물 습득 신고 처리 기록\n관리번호 {MN}\n", P=ps,
        MN=H(f"{rng.randint(2026, 2026)}{rng.randint(1000000, 9999999)}", "public_record_id"))
    d.f("습득일시: {DT} {T}  습득장소: {W}\n", DT=DATE(rng, 2026, 2026), T=f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
        W=rng.choice(["지하철 역사 내 의자", "시내버스 안", "공원 벤치", "편의점 앞"]))
    d.f("습득자: {N} ({M})\n", N=P(rng), M=MOB(rng))
    d.t("습득물: 지갑 1개\n")
    owner = kname(rng)
    items = [("신용카드", lambda: CARD(rng, masked=rng.random() < 0.25)), ("체크카드", lambda: CARD(rng)),
             ("운전면허증", lambda: DLM(rng) if rng.random() < 0.3 else DL(rng)), ("주민등록증", lambda: RRN(rng)),
             ("여권", lambda: PPM(rng) if rng.random() < 0.3 else PPK(rng)),
             ("외국인등록증", lambda: FRN(rng)), ("건강보험증", lambda: HI(rng))]
    rng.shuffle(items)
    for k, (nm, fn) in enumerate(items[:rng.randint(2, 4)]):
        d.f(f"  {k + 1}) {nm} 1매 (번호 {{V}})\n", V=fn())
    d.f("소유자 확인: {N} 명의, 연락처 {M|로} 반환 안내 문자 발송\n처리: 반환 완료 ({DT})\n담당 경사 {O}\n", N=P(rng, owner),
        M=MOB(rng), DT=DATE(rng, 2026, 2026), O=P(rng))
    return "경찰·소방 기록", False


def t_notice(rng, d):
    city, _ = city_of(rng)
    withname = rng.random() < 0.25
    kind = rng.randrange(3)
    d.f("{C} 공고 {NO}\n", C=city, NO=H(f"제{rng.randint(2026, 2026)}-{rng.randint(100, 2999)}호", "notice_number"))
    title = ["입찰 공고", "정보공개 청구 처리 안내", "공유재산 대부 공고"][kind]
    d.t(title + "\n\n")
    if kind == 0:
        d.f("1. 입찰에 부치는 사항\n  가. 건명: {W}\n  나. 추정가격: {AM}(부가세 별도)\n  다. 나라장터 공고번호: {NN}\n",
            W=rng.choice(["청사 냉난방기 교체공사", "공용차량 임차", "도서관 자료 구입"]), AM=AMT(rng, 10**7, 5 * 10**8),
            NN=H(f"{rng.randint(2026, 2026)}{rng.randint(10**6, 10**7 - 1)}-00", "notice_number"))
        d.f("2. 입찰참가자격: {L}에 따른 자격을 갖춘 업체. 단, {NW} 등 명칭 사용 제한 업체 제외.\n",
            L=H("「지방자치단체를 당사자로 하는 계약에 관한 법률」 제13조", "statute_citation"), NW=NSW(rng, "정관장"))
    elif kind == 1:
        d.f("1. 청구인이 요청한 정보 중 개인의 성명·주민등록번호 등은 {L}에 해당하여 부분공개 결정하였습니다.\n"
            "2. 이의신청은 {DT}까지 가능합니다.\n", L=H(LAWS["oia"][0], "statute_citation"), DT=DATE(rng, 2026, 2027))
    else:
        d.f("1. 대부 재산: {IA} 내 매점(면적 {A}㎡)\n2. 대부료: 연 {AM}\n3. 신청기간: {D1} ~ {D2}\n", IA=IADDR(rng, "종합운동장"),
            A=str(rng.randint(10, 60)), AM=AMT(rng), D1=DATE(rng, 2026, 2026), D2=DATE(rng, 2026, 2026))
    d.f("\n{DT}\n{HEAD}\n", DT=DATE(rng, 2026, 2026), HEAD=H(head_of(city), "official_by_office"))
    if rng.random() < 0.35:
        d.f("전자우편 문의: {IE}\n", IE=H(f"contract@{romanize(city[:-1])}.go.kr", "institution_email"))
    if withname:
        d.f("문의: {D} {N} ({T})\n", D=rng.choice(["회계과", "총무과", "재산관리팀"]), N=P(rng), T=TEL(rng))
    else:
        d.f("문의: {D} ({SW})\n", D=rng.choice(["회계과", "총무과", "재산관리팀"]), SW=SW(rng))
    return "공고문", not withname


# ================================================================= plan
TEMPLATES = {
    "gongmun_e": (t_gongmun_e, 16), "gongmun_90s": (t_gongmun_90s, 10), "gongmun_00s": (t_gongmun_00s, 10),
    "minwon_reply": (t_minwon_reply, 12), "tax_ledger": (t_tax_ledger, 9), "tax_bizreg": (t_tax_bizreg, 10),
    "immig_passport": (t_immig_passport, 10), "immig_stay": (t_immig_stay, 12), "immig_visa": (t_immig_visa, 9),
    "multicultural": (t_multicultural, 10), "welfare": (t_welfare, 10), "election_roster": (t_election_roster, 8),
    "election_acct": (t_election_acct, 7), "mma_notice": (t_mma_notice, 8), "mma_roster": (t_mma_roster, 6),
    "court_auction": (t_court_auction, 8), "court_deposit": (t_court_deposit, 9), "veterans": (t_veterans, 8),
    "post_registry": (t_post_registry, 8), "library": (t_library, 8), "sports": (t_sports, 8),
    "forest_permit": (t_forest_permit, 7), "heritage_permit": (t_heritage_permit, 8), "traffic": (t_traffic, 10),
    "airport": (t_airport, 10), "port": (t_port, 9), "scholarship": (t_scholarship, 8), "vaccination": (t_vaccination, 9),
    "personnel": (t_personnel, 7), "minutes": (t_minutes, 10), "press": (t_press, 10), "news": (t_news, 10),
    "judgment": (t_judgment, 8), "decision": (t_decision, 8), "audit": (t_audit, 8), "discipline": (t_discipline, 8),
    "police": (t_police, 9), "fire": (t_fire, 8), "hospital": (t_hospital, 9), "hi_list": (t_hi_list, 10),
    "school": (t_school, 6), "chat": (t_chat, 12), "call": (t_call, 10), "access_log": (t_access_log, 12),
    "contract": (t_contract, 10), "consent": (t_consent, 10), "table_pay": (t_table_pay, 10),
    "table_vendor": (t_table_vendor, 12), "table_parking": (t_table_parking, 8), "card_pay": (t_card_pay, 16),
    "proxy_check": (t_proxy_check, 12), "license_admin": (t_license_admin, 10), "foreign_workers": (t_foreign_workers, 10),
    "lost_found": (t_lost_found, 14), "notice": (t_notice, 14),
}
OCR_BASES = ["gongmun_90s", "gongmun_00s", "immig_passport", "immig_stay", "immig_visa", "multicultural", "welfare",
             "election_acct", "mma_notice", "court_deposit", "veterans", "post_registry", "library", "forest_permit",
             "traffic", "airport", "port", "scholarship", "vaccination", "police", "fire", "hospital", "contract",
             "consent", "tax_bizreg", "table_pay", "table_vendor", "table_parking", "card_pay", "discipline",
             "judgment", "hi_list", "minwon_reply", "election_roster", "proxy_check", "license_admin",
             "foreign_workers", "lost_found", "notice", "heritage_permit", "audit", "access_log", "chat"]
N_OCR = 72
OCR_GENRE = "OCR 스캔"


def build_templated(tname, i):
    last = None
    for attempt in range(40):
        seed = f"{SEED_PREFIX}|{tname}|{i}" + (f"#r{attempt}" if attempt else "")
        rng = random.Random(seed)
        d = Doc(rng)
        _REGION["last"] = None
        try:
            base = None
            if tname == "ocr":
                base = rng.choice(OCR_BASES)
                genre_b, nopii = TEMPLATES[base][0](rng, d)
                text, spans, hns, rnoise = apply_ocr(rng, d)
                refresh_after_wrap(text, spans, hns)
                genre = OCR_GENRE
            else:
                genre, nopii = TEMPLATES[tname][0](rng, d)
                text, spans, hns = assemble(d.parts)
                rnoise = []
                genre_b = None
            for sp in spans:
                for t in infer_noise(sp["type"], sp["value"]):
                    if t not in sp["noise"]:
                        sp["noise"].append(t)
            validate(text, spans, hns, nopii)
            return {"id": f"pii_be-{tname}-{i:03d}", "text": text, "spans": spans, "hns": hns, "genre": genre,
                    "template": tname if tname != "ocr" else f"ocr<{base}>", "seed": seed, "no_pii": nopii,
                    "base_genre": genre_b if tname == "ocr" else None, "record_noise": rnoise, "handwritten": False,
                    "ocr": tname == "ocr"}
        except DraftError as e:
            last = e
            if os.environ.get("PII_BE_DEBUG"):
                print(f"retry {tname} {i} #{attempt}: {e}", file=sys.stderr)
            continue
    raise SystemExit(f"template {tname} record {i}: 40 drafts failed; last error: {last}")


def build_handwritten():
    import handwritten
    recs = []
    for n, doc in enumerate(handwritten.DOCS, 1):
        src = doc["text"].strip("\n")
        parts = parse_marked(src)
        text, spans, hns = assemble(parts)
        nopii = not spans
        try:
            validate(text, spans, hns, nopii, templated=False)
        except DraftError as e:
            raise SystemExit(f"hand-written record {n} ({doc['genre']}): {e}\n---\n{text[:300]}")
        ocr = bool(doc.get("ocr"))
        recs.append({"id": f"pii_be-hw-{n:03d}", "text": text, "spans": spans, "hns": hns,
                     "genre": OCR_GENRE if ocr else doc["genre"], "template": "handwritten",
                     "seed": f"handwritten|{n}", "no_pii": nopii, "base_genre": doc["genre"] if ocr else None,
                     "record_noise": list(doc.get("noise", [])), "handwritten": True, "ocr": ocr})
    return recs


def to_lines(recs):
    data, meta = [], []
    for r in recs:
        data.append(json.dumps({"id": r["id"], "text": r["text"],
                                "spans": [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in r["spans"]],
                                "genre": r["genre"]}, ensure_ascii=False))
        meta.append(json.dumps({
            "id": r["id"], "template": r["template"], "seed": r["seed"], "genre": r["genre"],
            "base_genre": r["base_genre"], "handwritten": r["handwritten"], "ocr": r["ocr"], "no_pii": r["no_pii"],
            "record_noise": r["record_noise"],
            "spans": [{"start": s["start"], "end": s["end"], "type": s["type"], "subkind": s["subkind"],
                       "noise": sorted(set(s["noise"])), "format": fmt_of(s["type"], s["value"]), "value": s["value"]}
                      for s in r["spans"]],
            "hard_negatives": r["hns"]}, ensure_ascii=False))
    return data, meta


def compute_stats(recs):
    c = {k: Counter() for k in ["genre", "template", "type", "subkind", "noise", "record_noise", "hard_negative",
                                "no_pii_by_genre", "hn_by_genre", "base_genre_of_ocr", "type_handwritten",
                                "type_templated"]}
    n_spans = n_noisy = 0
    for r in recs:
        c["genre"][r["genre"]] += 1
        c["template"]["handwritten" if r["handwritten"] else r["template"].split("<")[0]] += 1
        if r["no_pii"]:
            c["no_pii_by_genre"][r["genre"]] += 1
        if r["base_genre"]:
            c["base_genre_of_ocr"][r["base_genre"]] += 1
        for t in r["record_noise"]:
            c["record_noise"][t] += 1
        for s in r["spans"]:
            n_spans += 1
            c["type"][s["type"]] += 1
            c["type_handwritten" if r["handwritten"] else "type_templated"][s["type"]] += 1
            c["subkind"][f"{s['type']}/{s['subkind']}"] += 1
            ns = sorted(set(s["noise"]))
            if ns:
                n_noisy += 1
            for t in ns:
                c["noise"][t] += 1
        for h in r["hns"]:
            c["hard_negative"][h["category"]] += 1
            c["hn_by_genre"][r["genre"]] += 1
    out = {"records": len(recs), "records_handwritten": sum(r["handwritten"] for r in recs),
           "records_templated": sum(not r["handwritten"] for r in recs), "records_ocr": sum(r["ocr"] for r in recs),
           "records_no_pii": sum(r["no_pii"] for r in recs), "spans": n_spans, "spans_with_noise": n_noisy,
           "noise_share": round(n_noisy / max(1, n_spans), 4),
           "hard_negatives": sum(len(r["hns"]) for r in recs)}
    for k, v in c.items():
        out["by_" + k] = dict(sorted(v.items(), key=lambda kv: (-kv[1], kv[0])))
    return out


def revalidate_files(outdir):
    with open(os.path.join(outdir, "pii_be.jsonl"), encoding="utf-8") as f:
        data = [json.loads(l) for l in f]
    with open(os.path.join(outdir, "pii_be.meta.jsonl"), encoding="utf-8") as f:
        meta = [json.loads(l) for l in f]
    assert len(data) == len(meta)
    ids = [r["id"] for r in data]
    if len(set(ids)) != len(ids):
        raise SystemExit("duplicate ids")
    for r, m in zip(data, meta):
        assert r["id"] == m["id"] and r["genre"] == m["genre"]
        assert len(r["spans"]) == len(m["spans"])
        spans = []
        for s, ms in zip(r["spans"], m["spans"]):
            assert (s["start"], s["end"], s["type"]) == (ms["start"], ms["end"], ms["type"])
            if r["text"][s["start"]:s["end"]] != ms["value"]:
                raise SystemExit(f"{r['id']}: span text differs from meta value")
            spans.append({**ms, "clean": ms["value"]})
        try:
            validate(r["text"], spans, m["hard_negatives"], m["no_pii"], templated=False)
        except DraftError as e:
            raise SystemExit(f"re-validation of {r['id']} failed: {e}")
    return len(data)


def md5(path):
    with open(path, "rb") as f:
        return hashlib.md5(f.read()).hexdigest()


def main(argv):
    outdir = HERE
    if "--out" in argv:
        outdir = os.path.abspath(argv[argv.index("--out") + 1])
        os.makedirs(outdir, exist_ok=True)
    sys.path.insert(0, HERE)
    recs = build_handwritten()
    for tname, (fn, n) in TEMPLATES.items():
        for i in range(1, n + 1):
            recs.append(build_templated(tname, i))
    for i in range(1, N_OCR + 1):
        recs.append(build_templated("ocr", i))
    data, meta = to_lines(recs)
    with open(os.path.join(outdir, "pii_be.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(data) + "\n")
    with open(os.path.join(outdir, "pii_be.meta.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(meta) + "\n")
    stats = compute_stats(recs)
    with open(os.path.join(outdir, "stats.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(stats, f, ensure_ascii=False, indent=1)
        f.write("\n")
    n = revalidate_files(outdir)
    print(f"wrote {n} records, {stats['spans']} spans, noise share {stats['noise_share']}, "
          f"no-PII {stats['records_no_pii']}, hand-written {stats['records_handwritten']}, OCR {stats['records_ocr']}")
    low = {t: stats["by_type"].get(t, 0) for t in TYPES if stats["by_type"].get(t, 0) < 100}
    if low:
        print("WARNING types under 100 spans:", low)
    if "--check" in argv:
        sums = []
        for hs in ("0", "4242"):
            sub = os.path.join(HERE, f"_det_{hs}")
            env = dict(os.environ, PYTHONHASHSEED=hs)
            subprocess.run([sys.executable, os.path.join(HERE, "make_set.py"), "--out", sub], check=True, env=env,
                           stdout=subprocess.DEVNULL)
            sums.append([md5(os.path.join(sub, fn)) for fn in ("pii_be.jsonl", "pii_be.meta.jsonl", "stats.json")])
            for fn in ("pii_be.jsonl", "pii_be.meta.jsonl", "stats.json"):
                os.remove(os.path.join(sub, fn))
            os.rmdir(sub)
        mine = [md5(os.path.join(outdir, fn)) for fn in ("pii_be.jsonl", "pii_be.meta.jsonl", "stats.json")]
        if not (sums[0] == sums[1] == mine):
            raise SystemExit(f"NOT deterministic: {sums} vs {mine}")
        print("determinism check passed (PYTHONHASHSEED=0 and 4242 give identical md5):", mine)


if __name__ == "__main__":
    main(sys.argv[1:])
