#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""make_set.py -- generator for the pii_ax independent evaluation set.

Korean PII in public-sector documents (synthetic).  Standard library only.
Every random choice for record i of template t comes from
random.Random("pii_ax-2026|<t>|<i>") (plus "|r<k>" when a draft failed
validation and was retried).  Every name, number, address and sentence is
invented here.

Usage:  python3 make_set.py            # writes files, validates, re-checks under 2 PYTHONHASHSEEDs
        python3 make_set.py --out DIR  # writes into DIR only (used by the hash-seed check)
"""
import json, os, re, sys, hashlib, subprocess, tempfile, unicodedata
import random
from collections import Counter, OrderedDict

SEED_PREFIX = "pii_ax-2026"
TYPES = ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "KR_ADDRESS", "DATE_OF_BIRTH",
         "KR_BANK_ACCOUNT", "KR_RRN", "IP_ADDRESS", "KR_PASSPORT", "KR_BRN",
         "KR_DRIVER_LICENSE", "KR_FRN", "KR_VEHICLE_PLATE", "KR_HEALTH_INSURANCE",
         "CREDIT_CARD", "KR_CRN"]
TYPESET = frozenset(TYPES)


class GenError(Exception):
    pass


def req(cond, msg):
    if not cond:
        raise GenError(msg)


# ----------------------------------------------------------------------------
# pools (all invented combinations)
# ----------------------------------------------------------------------------
SURNAMES = ("김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 전 홍 고 문 양 손 배 백 허 유 남 "
            "심 노 하 곽 성 차 주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 "
            "마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 탁 국 어 은 편 용 예 경 봉").split()
SURNAME_W = [22, 15, 9, 5, 5, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2] + [1] * (len(SURNAMES) - 21)
SURNAMES2 = "남궁 황보 선우 제갈 독고 사공 서문 동방".split()
GIVEN1 = ("민 서 지 현 준 수 영 하 예 도 은 시 유 윤 채 다 태 성 재 승 동 상 정 혜 미 경 진 우 주 "
          "나 소 가 원 건 선 인 연 희 호 석 철 종 기 용 범 규 훈 아 보 세 라 온 율 형 광 병 명 창 "
          "대 덕 숙 순 옥 춘 말 복 효 해 찬 의").split()
GIVEN2 = ("민 서 지 현 준 수 영 하 윤 은 우 진 호 희 연 아 원 빈 훈 혁 석 철 경 숙 자 순 옥 남 식 "
          "환 기 섭 규 주 린 율 결 솔 비 람 슬 정 미 선 혜 나 용 한 재 욱 균 엽").split()
GIVEN_SINGLE = "솔 별 결 담 훈 찬 혁 빈 린 율 휘 란 웅 건 준 현 진 윤 강 산".split()
GIVEN_TRIPLE = "한아름 이슬비 은하수 한가람 새로미 보라미 하늘빛 다솜이 빛나리 아름솔".split()
OLD_GIVEN = "영자 말순 춘자 옥순 정숙 영수 상철 복남 순덕 만식 길수 덕배 점례 금순".split()

# foreign names: (latin, hangul) parts; order: 'fam_first' or 'given_first'
FOREIGN = OrderedDict([
    ("VN", dict(order="fam_first", upper=True,
                fam=[("NGUYEN", "응우옌"), ("TRAN", "쩐"), ("LE", "레"), ("PHAM", "팜"), ("HOANG", "호앙"), ("BUI", "부이"), ("DANG", "당")],
                mid=[("VAN", "반"), ("THI", "티"), ("DUC", "득"), ("NGOC", "응옥"), ("MINH", "민")],
                giv=[("AN", "안"), ("BINH", "빈"), ("LAN", "란"), ("HOA", "호아"), ("TUAN", "뚜안"), ("LINH", "린"), ("HUNG", "훙"), ("MAI", "마이")])),
    ("CN", dict(order="fam_first", upper=True, glue=True,
                fam=[("WANG", "왕"), ("LI", "리"), ("ZHANG", "장"), ("LIU", "류"), ("CHEN", "천"), ("ZHAO", "자오"), ("YANG", "양"), ("HUANG", "황")],
                mid=[],
                giv=[("WEI", "웨이"), ("NA", "나"), ("JIE", "제"), ("JING", "징"), ("LEI", "레이"), ("HAO", "하오"), ("XIAOYU", "샤오위"), ("JUNJIE", "쥔제"), ("MEILING", "메이링")])),
    ("PH", dict(order="given_first", upper=False,
                fam=[("Santos", "산토스"), ("Reyes", "레예스"), ("Bautista", "바우티스타"), ("Mendoza", "멘도사"), ("Garcia", "가르시아"), ("Villanueva", "비야누에바")],
                mid=[],
                giv=[("Maria", "마리아"), ("Jose", "호세"), ("Angelica", "안젤리카"), ("Mark", "마크"), ("Jasmine", "재스민"), ("Rowena", "로웨나")])),
    ("US", dict(order="given_first", upper=False,
                fam=[("Carter", "카터"), ("Miller", "밀러"), ("Wilson", "윌슨"), ("Taylor", "테일러"), ("Anderson", "앤더슨"), ("Brooks", "브룩스")],
                mid=[],
                giv=[("John", "존"), ("Michael", "마이클"), ("David", "데이비드"), ("Emily", "에밀리"), ("Sarah", "세라"), ("Daniel", "대니얼"), ("Laura", "로라")])),
    ("UZ", dict(order="given_first", upper=False,
                fam=[("Rahimov", "라히모프"), ("Karimova", "카리모바"), ("Yusupov", "유수포프"), ("Tursunova", "투르수노바")],
                mid=[],
                giv=[("Aziz", "아지즈"), ("Bekzod", "벡조드"), ("Dilnoza", "딜노자"), ("Nodira", "노디라"), ("Shahzod", "샤흐조드")])),
    ("TH", dict(order="given_first", upper=False,
                fam=[("Srisuk", "시리숙"), ("Boonmee", "분미"), ("Thongdee", "통디")],
                mid=[],
                giv=[("Siriporn", "시리폰"), ("Somchai", "솜차이"), ("Kanya", "깐야"), ("Anong", "아농")])),
    ("JP", dict(order="fam_first", upper=True,
                fam=[("TANAKA", "다나카"), ("SATO", "사토"), ("SUZUKI", "스즈키"), ("ITO", "이토"), ("KOBAYASHI", "고바야시")],
                mid=[],
                giv=[("YUKI", "유키"), ("HARUTO", "하루토"), ("AOI", "아오이"), ("REN", "렌"), ("SAKURA", "사쿠라")])),
    ("RU", dict(order="given_first", upper=False,
                fam=[("Petrova", "페트로바"), ("Sokolov", "소콜로프"), ("Volkova", "볼코바"), ("Morozov", "모로조프")],
                mid=[],
                giv=[("Olga", "올가"), ("Ivan", "이반"), ("Anna", "안나"), ("Sergei", "세르게이")])),
    ("MN", dict(order="given_first", upper=False,
                fam=[("Ganbold", "간볼드"), ("Dorj", "도르지"), ("Batsaikhan", "바트사이한")],
                mid=[],
                giv=[("Batbayar", "바트바야르"), ("Enkhjin", "엥흐진"), ("Oyun", "어용")])),
])
NATION_KO = {"VN": "베트남", "CN": "중국", "PH": "필리핀", "US": "미국", "UZ": "우즈베키스탄",
             "TH": "태국", "JP": "일본", "RU": "러시아", "MN": "몽골"}

ROMA_SUR = ["kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "han", "oh",
            "seo", "shin", "kwon", "hwang", "ahn", "song", "ryu", "hong", "moon", "nam", "baek"]
ROMA_SYL = ["min", "seo", "ji", "hyun", "jun", "su", "young", "ha", "ye", "do", "eun", "woo", "jae",
            "sung", "hee", "kyung", "jin", "na", "ra", "yoon", "tae", "hoon", "bin", "ho", "sol", "a"]
MAIL_PERSONAL = ["naver.com", "daum.net", "hanmail.net", "gmail.com", "kakao.com", "nate.com", "hotmail.com"]

# regions: (full, short, old-name-or-None, [sigungu...])
REGIONS = [
    ("서울특별시", "서울", None, ["마포구", "강서구", "노원구", "송파구", "관악구", "은평구", "중랑구", "동작구", "성북구", "양천구"]),
    ("부산광역시", "부산", None, ["해운대구", "사하구", "연제구", "금정구", "부산진구"]),
    ("대구광역시", "대구", None, ["수성구", "달서구", "북구"]),
    ("인천광역시", "인천", None, ["연수구", "부평구", "남동구", "서구"]),
    ("광주광역시", "광주", None, ["북구", "광산구", "서구"]),
    ("대전광역시", "대전", None, ["유성구", "서구", "대덕구"]),
    ("울산광역시", "울산", None, ["남구", "울주군"]),
    ("세종특별자치시", "세종", None, [""]),
    ("경기도", "경기", None, ["수원시 팔달구", "성남시 분당구", "고양시 일산동구", "화성시", "용인시 기흥구", "파주시", "안산시 단원구", "남양주시", "평택시", "의정부시"]),
    ("강원특별자치도", "강원", "강원도", ["춘천시", "원주시", "강릉시", "홍천군"]),
    ("충청북도", "충북", None, ["청주시 흥덕구", "충주시", "제천시"]),
    ("충청남도", "충남", None, ["천안시 서북구", "아산시", "공주시", "논산시"]),
    ("전북특별자치도", "전북", "전라북도", ["전주시 완산구", "익산시", "군산시"]),
    ("전라남도", "전남", None, ["목포시", "여수시", "순천시", "나주시"]),
    ("경상북도", "경북", None, ["포항시 북구", "구미시", "경주시", "안동시"]),
    ("경상남도", "경남", None, ["창원시 성산구", "김해시", "진주시", "양산시"]),
    ("제주특별자치도", "제주", None, ["제주시", "서귀포시"]),
]
AREA_CODE = {"서울": "02", "부산": "051", "대구": "053", "인천": "032", "광주": "062", "대전": "042",
             "울산": "052", "세종": "044", "경기": "031", "강원": "033", "충북": "043", "충남": "041",
             "전북": "063", "전남": "061", "경북": "054", "경남": "055", "제주": "064"}
ROAD_STEM = ["한빛", "새말", "푸른솔", "늘봄", "은행나무", "솔숲", "미리내", "온누리", "햇살", "모래내", "느티",
             "버들", "청마루", "별무리", "샘골", "꽃마을", "들메", "너른들", "구름재", "물레방아", "장터", "학마을",
             "새터", "큰고개", "돌담", "갈대숲", "송학", "매화", "배꽃", "노을"]
ROAD_SUF = ["로", "길", "대로"]
DONG = ["신정동", "중앙동", "명륜동", "장안동", "도원동", "송림동", "월평동", "대흥동", "봉덕동", "금호동",
        "신월동", "효자동", "성내동", "남산동", "가좌동", "상동"]
EUP = [("봉담읍", ["상리", "하리", "동화리"]), ("남면", ["신촌리", "용암리"]), ("서면", ["도곡리", "금산리"]),
       ("진위면", ["갈곶리", "봉남리"]), ("북면", ["월곡리", "송정리"])]
APT = ["한빛아파트", "푸른마을아파트", "늘솔빌라", "새봄하이츠", "은하맨션", "청솔타운", "가온파크", "미소빌",
       "다온캐슬", "해오름아파트"]
BIZ_SUFFIX = ["엔지니어링", "건설", "테크", "산업", "정보통신", "푸드", "물산", "디자인", "컨설팅", "환경",
              "시스템즈", "메디칼", "로지스", "에너지", "교육"]
BIZ_STEM = ["한결", "누리", "가람", "소망", "새빛", "대양", "동서", "청운", "미래", "은빛", "초록", "우리마루",
            "다올", "해솔", "큰돌", "바른"]

BANKS = [  # (name, subkind, grouping)
    ("KB국민은행", "kb_6-2-6", (6, 2, 6)), ("국민은행", "kb_3-2-4-3", (3, 2, 4, 3)),
    ("신한은행", "shinhan_3-3-6", (3, 3, 6)), ("신한은행", "shinhan_3-2-6", (3, 2, 6)),
    ("우리은행", "woori_4-3-6", (4, 3, 6)), ("하나은행", "hana_3-6-5", (3, 6, 5)),
    ("NH농협은행", "nh_3-4-4-2", (3, 4, 4, 2)), ("지역농협", "nhlocal_6-2-6", (6, 2, 6)),
    ("IBK기업은행", "ibk_3-6-2-3", (3, 6, 2, 3)), ("SC제일은행", "sc_3-2-6", (3, 2, 6)),
    ("카카오뱅크", "kakao_4-2-7", (4, 2, 7)), ("케이뱅크", "kbank_3-3-6", (3, 3, 6)),
    ("토스뱅크", "toss_4-4-4", (4, 4, 4)), ("우체국", "post_6-2-6", (6, 2, 6)),
    ("새마을금고", "mg_4-2-7", (4, 2, 7)), ("신협", "cu_3-3-6", (3, 3, 6)),
    ("수협은행", "sh_3-2-6", (3, 2, 6)), ("부산은행", "busan_3-4-4-2", (3, 4, 4, 2)),
    ("iM뱅크", "im_3-2-6-1", (3, 2, 6, 1)), ("경남은행", "kn_3-2-7", (3, 2, 7)),
    ("광주은행", "kj_3-3-6", (3, 3, 6)), ("전북은행", "jb_4-2-7", (4, 2, 7)),
    ("제주은행", "jeju_2-2-6", (2, 2, 6)), ("한국씨티은행", "citi_3-6-3", (3, 6, 3)),
]
DL_REGION = [("서울", "11"), ("부산", "12"), ("경기", "13"), ("강원", "14"), ("충북", "15"), ("충남", "16"),
             ("전북", "17"), ("전남", "18"), ("경북", "19"), ("경남", "20"), ("제주", "21"), ("대구", "22"),
             ("인천", "23"), ("광주", "24"), ("대전", "25"), ("울산", "26"), ("경기북부", "28")]
PLATE_PRIV = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주"
PLATE_BIZ = "바사아자"
PLATE_RENT = "하허호"

# name-shaped words that are not persons (places, firms, products, common nouns)
NAMELIKE = [("김포시", "name_like_place"), ("이천시", "name_like_place"), ("정선군", "name_like_place"),
            ("강진군", "name_like_place"), ("하남시", "name_like_place"), ("안성시", "name_like_place"),
            ("문경시", "name_like_place"), ("고성군", "name_like_place"), ("양평군", "name_like_place"),
            ("한라산", "name_like_place"), ("남한강", "name_like_place"), ("진주성", "name_like_place"),
            ("신세계로", "name_like_place"), ("황금성", "name_like_product"), ("진로", "name_like_product"),
            ("조은누리", "name_like_firm"), ("한성운수", "name_like_firm"), ("최고당", "name_like_firm"),
            ("유지보수", "name_like_common_noun"), ("정보보호", "name_like_common_noun"),
            ("민원인", "name_like_common_noun"), ("신청인", "name_like_common_noun"),
            ("조정안", "name_like_common_noun"), ("장기수선", "name_like_common_noun"),
            ("송금액", "name_like_common_noun"), ("전기료", "name_like_common_noun"),
            ("하나로마트", "name_like_firm"), ("백설기", "name_like_product"), ("한우리", "name_like_firm"),
            ("진라면", "name_like_product"), ("정관장", "name_like_product"), ("장수막걸리", "name_like_product"),
            ("문경새재", "name_like_place"), ("남원시", "name_like_place"), ("서울우유", "name_like_firm")]

# ----------------------------------------------------------------------------
# check digits and validators
# ----------------------------------------------------------------------------

def rrn_sum(d):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return sum(int(a) * b for a, b in zip(d[:12], w))


def rrn_check_digit(d12):
    return (11 - rrn_sum(d12) % 11) % 10


def frn_check_digit(d12):
    return (13 - rrn_sum(d12) % 11) % 10


def brn_check_digit(d9):
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(int(a) * b for a, b in zip(d9, w)) + (int(d9[8]) * 5) // 10
    return (10 - s % 10) % 10


def crn_check_digit(d12):
    w = [1, 2] * 6
    s = sum(int(a) * b for a, b in zip(d12, w))
    return (10 - s % 10) % 10


def luhn_ok(ds):
    tot = 0
    for k, ch in enumerate(reversed(ds)):
        x = int(ch)
        if k % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_complete(prefix_digits):
    for c in "0123456789":
        if luhn_ok(prefix_digits + c):
            return prefix_digits + c
    raise GenError("luhn")


DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def valid_date(y, m, d):
    if not (1 <= m <= 12):
        return False
    dm = DAYS[m - 1] + (1 if m == 2 and (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 0)
    return 1 <= d <= dm


def rrn_century(g):
    return {"9": 1800, "0": 1800, "1": 1900, "2": 1900, "3": 2000, "4": 2000,
            "5": 1900, "6": 1900, "7": 2000, "8": 2000}[g]


HYPHENS = {"‐": "-", "‑": "-", "–": "-", "—": "-", "－": "-", "−": "-"}
CONF = {"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"}
WS = re.compile(r"[\s\u3000]+")


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    s = "".join(HYPHENS.get(c, c) for c in s)
    return WS.sub("", s)


def equiv(noisy, clean, allow_conf):
    a, b = norm(noisy), norm(clean)
    if len(a) != len(b):
        return False
    for x, y in zip(a, b):
        if x == y:
            continue
        if allow_conf and y.isdigit() and CONF.get(x) == y:
            continue
        return False
    return True


def digits(s):
    return "".join(c for c in norm(s) if c.isdigit())


def check_value(typ, kind, value):
    """Format and check-digit assertions on the clean value (by sub-kind)."""
    v = norm(value)
    if typ == "KR_RRN":
        m = re.fullmatch(r"(\d{6})-?([0-9])([0-9]{6}|[*●Xx]{6})", v)
        req(m, "rrn shape " + value)
        yy, mm, dd = int(m.group(1)[:2]), int(m.group(1)[2:4]), int(m.group(1)[4:])
        g = m.group(2)
        req(g in "1234", "rrn gender")
        y = rrn_century(g) + yy
        req(valid_date(y, mm, dd), "rrn date")
        if kind == "rrn_masked":
            req(not m.group(3).isdigit(), "mask")
        elif kind == "rrn_valid":
            d = m.group(1) + g + m.group(3)
            req(rrn_check_digit(d) == int(d[12]) and (y, mm) < (2020, 10), "rrn check " + value)
        elif kind == "rrn_post2020":
            d = m.group(1) + g + m.group(3)
            req(rrn_check_digit(d) != int(d[12]) and (y, mm) >= (2020, 10), "rrn post2020 " + value)
        else:
            raise GenError("rrn kind")
    elif typ == "KR_FRN":
        m = re.fullmatch(r"(\d{6})-?([5-8])([0-9]{6}|[*●Xx]{6})", v)
        req(m, "frn shape " + value)
        yy, mm, dd = int(m.group(1)[:2]), int(m.group(1)[2:4]), int(m.group(1)[4:])
        req(valid_date(rrn_century(m.group(2)) + yy, mm, dd), "frn date")
        if kind == "frn_valid":
            d = m.group(1) + m.group(2) + m.group(3)
            req(frn_check_digit(d) == int(d[12]), "frn check " + value)
            req(int(d[7:9]) % 2 == 0 and d[11] in "6789", "frn legacy fields")
    elif typ == "KR_BRN":
        d = digits(v)
        req(re.fullmatch(r"\d{3}-?\d{2}-?\d{5}", v) and brn_check_digit(d[:9]) == int(d[9]), "brn " + value)
    elif typ == "KR_CRN":
        d = digits(v)
        req(re.fullmatch(r"\d{6}-?\d{7}", v) and crn_check_digit(d[:12]) == int(d[12]), "crn " + value)
    elif typ == "CREDIT_CARD":
        if kind == "card_masked":
            req(re.fullmatch(r"[\d*]{4}-?[\d*]{4,6}-?[\d*]{4,5}(-?[\d*]{4})?", v) and "*" in v, "card mask " + value)
            req(len(re.sub(r"[^\d*]", "", v)) in (15, 16), "card mask len")
        else:
            d = digits(v)
            req(len(d) in (15, 16) and luhn_ok(d), "luhn " + value)
    elif typ == "KR_PASSPORT":
        if kind == "passport_kr_old":
            req(re.fullmatch(r"[MSRGD]\d{8}", v), "pp old")
        elif kind == "passport_kr_new":
            req(re.fullmatch(r"[MSRGD]\d{3}[A-Z]\d{4}", v), "pp new")
        else:
            req(re.fullmatch(r"[A-Z0-9]{7,10}", v) and sum(c.isdigit() for c in v) >= 6, "pp foreign " + value)
    elif typ == "KR_DRIVER_LICENSE":
        m = re.fullmatch(r"(서울|부산|경기|강원|충북|충남|전북|전남|경북|경남|제주|대구|인천|광주|대전|울산|경기북부)?(\d{2})?-?(\d{2})-?(\d{6})-?(\d{2})", v)
        req(m and (m.group(1) is None) != (m.group(2) is None), "dl " + value)
        if m.group(2):
            req(m.group(2) in {c for _, c in DL_REGION}, "dl region code")
    elif typ == "KR_VEHICLE_PLATE":
        req(re.fullmatch(r"(서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주)?\d{2,3}[가-힣]\d{4}", v), "plate " + value)
    elif typ == "KR_HEALTH_INSURANCE":
        req(re.fullmatch(r"\d{11}", v.replace("-", "")), "hi " + value)
    elif typ == "KR_BANK_ACCOUNT":
        req(re.fullmatch(r"\d[\d-]{8,18}\d", v) and 10 <= len(digits(v)) <= 14, "acct " + value)
    elif typ == "PHONE_NUMBER":
        d = digits(v)
        req(re.fullmatch(r"(\+82-?)?\(?0?\d{1,3}\)?[-.]?\d{3,4}[-.]?\d{4}", v), "phone " + value)
        req(9 <= len(d) <= 12, "phone len")
    elif typ == "EMAIL_ADDRESS":
        req(re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", v), "email " + value)
    elif typ == "IP_ADDRESS":
        if ":" in v:
            req(re.fullmatch(r"[0-9a-f:]+", v) and v.count(":") >= 2, "ipv6")
        else:
            parts = v.split(".")
            req(len(parts) == 4 and all(p.isdigit() and 0 <= int(p) <= 255 for p in parts), "ipv4 " + value)
    elif typ == "DATE_OF_BIRTH":
        d = digits(v)
        req(len(d) in (6, 8) or re.search(r"[A-Z]{3}", v) or "년" in v or "." in v or "/" in v, "dob " + value)
    elif typ == "KR_ADDRESS":
        req(re.search(r"\d", v) and not value.startswith("(") and not value.endswith(")"), "addr " + value)
    elif typ == "PERSON":
        req(not re.search(r"(주무관|사무관|과장|위원|장관|씨|님|귀하)$", value.strip()), "person title")
    else:
        raise GenError("type " + typ)


# ----------------------------------------------------------------------------
# value objects and generators
# ----------------------------------------------------------------------------
class V(object):
    __slots__ = ("type", "kind", "fmt", "value")

    def __init__(self, typ, kind, fmt, value):
        self.type, self.kind, self.fmt, self.value = typ, kind, fmt, value

    def __repr__(self):
        return "V(%s,%s,%s)" % (self.type, self.kind, self.fmt)


def pad2(x):
    return "%02d" % x


def fmt_date(y, m, d, style):
    yy = y % 100
    return {
        "dot_space_trail": "%d. %d. %d." % (y, m, d),
        "dot_space": "%d. %d. %d" % (y, m, d),
        "dot_pad_trail": "%d.%02d.%02d." % (y, m, d),
        "dot_pad": "%d.%02d.%02d" % (y, m, d),
        "dot_nopad": "%d.%d.%d" % (y, m, d),
        "hyphen": "%d-%02d-%02d" % (y, m, d),
        "slash": "%d/%02d/%02d" % (y, m, d),
        "yy_dot": "%02d.%02d.%02d" % (yy, m, d),
        "yy_dot_space_trail": "%02d. %d. %d." % (yy, m, d),
        "yymmdd": "%02d%02d%02d" % (yy, m, d),
        "yyyymmdd": "%d%02d%02d" % (y, m, d),
        "kor_space": "%d년 %d월 %d일" % (y, m, d),
        "kor_nospace": "%d년%d월%d일" % (y, m, d),
        "kor_pad": "%d년 %02d월 %02d일" % (y, m, d),
        "kor_yy": "%02d년 %d월 %d일" % (yy, m, d),
        "eng_dmy": "%02d %s %d" % (d, ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"][m - 1], y),
    }[style]


DOB_STYLES = ["dot_space_trail", "dot_space", "dot_pad_trail", "dot_pad", "dot_nopad", "hyphen", "slash",
              "yy_dot", "yy_dot_space_trail", "yymmdd", "yyyymmdd", "kor_space", "kor_nospace", "kor_pad",
              "kor_yy", "eng_dmy"]


class Gen(object):
    """Value generators bound to one record's rng."""

    def __init__(self, rng):
        self.rng = rng
        self.used_names = set()
        self.used_vals = set()

    # ---- helpers
    def r(self, a, b):
        return self.rng.randint(a, b)

    def ch(self, seq):
        return self.rng.choice(seq)

    def digs(self, n):
        return "".join(str(self.rng.randint(0, 9)) for _ in range(n))

    def birth(self, y0=1940, y1=2008):
        while True:
            y, m, d = self.r(y0, y1), self.r(1, 12), self.r(1, 28 if self.rng.random() < .8 else 31)
            if valid_date(y, m, d):
                return y, m, d

    def uniq(self, f):
        for _ in range(50):
            v = f()
            if v not in self.used_vals:
                self.used_vals.add(v)
                return v
        raise GenError("uniq")

    # ---- PERSON
    def ko_name(self, kind=None, old=False):
        rng = self.rng
        for _ in range(100):
            k = kind or rng.choices(["ko_3", "ko_2syl_surname", "ko_single_given", "ko_4syl"], [80, 8, 7, 5])[0]
            if k == "ko_3":
                sur = rng.choices(SURNAMES, SURNAME_W)[0]
                giv = self.ch(OLD_GIVEN) if old and rng.random() < .5 else self.ch(GIVEN1) + self.ch(GIVEN2)
            elif k == "ko_2syl_surname":
                sur = self.ch(SURNAMES2)
                giv = self.ch(GIVEN1) + self.ch(GIVEN2) if rng.random() < .8 else self.ch(GIVEN_SINGLE)
            elif k == "ko_single_given":
                sur = rng.choices(SURNAMES, SURNAME_W)[0]
                giv = self.ch(GIVEN_SINGLE)
            else:
                sur = rng.choices(SURNAMES, SURNAME_W)[0]
                giv = self.ch(GIVEN_TRIPLE)
            nm = sur + giv
            if len(giv) == 2 and giv[0] == giv[1]:
                continue
            if nm not in self.used_names:
                self.used_names.add(nm)
                return V("PERSON", k, "hangul", nm)
        raise GenError("name")

    def foreign(self, nat=None, script=None):
        rng = self.rng
        nat = nat or self.ch(list(FOREIGN))
        spec = FOREIGN[nat]
        for _ in range(50):
            fam, giv = self.ch(spec["fam"]), self.ch(spec["giv"])
            mid = self.ch(spec["mid"]) if spec["mid"] else None
            if spec["order"] == "fam_first":
                parts = [fam] + ([mid] if mid else []) + [giv]
            else:
                parts = [giv, fam]
            lat = " ".join(p[0] for p in parts)
            if spec.get("upper"):
                lat = lat.upper()
            elif rng.random() < .3:
                lat = lat.upper()
            if spec.get("glue"):
                han = "".join(p[1] for p in parts)
            else:
                han = " ".join(p[1] for p in parts)
            if lat not in self.used_names:
                self.used_names.add(lat)
                return (V("PERSON", "foreign_latin", "latin_" + nat, lat),
                        V("PERSON", "foreign_hangul", "hangul_" + nat, han), nat)
        raise GenError("foreign")

    def person(self, foreign_p=0.0, old=False):
        if self.rng.random() < foreign_p:
            lat, han, nat = self.foreign()
            return lat if self.rng.random() < .5 else han
        return self.ko_name(old=old)

    # ---- numbers
    def rrn(self, kind=None, fmt=None, birth=None, gender=None):
        rng = self.rng
        kind = kind or rng.choices(["rrn_valid", "rrn_post2020", "rrn_masked"], [55, 15, 30])[0]
        fmt = fmt or rng.choices(["hyphen", "nohyphen", "space"], [85, 8, 7])[0]
        for _ in range(50):
            if kind == "rrn_post2020":
                y, m, d = birth or self.birth(2020, 2026)
                if (y, m) < (2020, 10) or (y, m) > (2026, 10):
                    birth = None
                    continue
            else:
                y, m, d = birth or self.birth(1938, 2006)
                if (y, m) >= (2020, 10):
                    birth = None
                    continue
            g = gender if gender is not None else rng.randint(0, 1)
            gd = str((1 if y < 2000 else 3) + g)
            front = "%02d%02d%02d" % (y % 100, m, d)
            if kind == "rrn_masked":
                mask = self.ch(["******", "●●●●●●", "XXXXXX", "xxxxxx", "******", "******"])
                back = gd + mask
                fmt = "hyphen" if fmt == "nohyphen" else fmt
            else:
                body = front + gd + "%04d" % rng.randint(0, 9599) + str(rng.randint(1, 6))
                c = rrn_check_digit(body)
                if kind == "rrn_post2020":
                    body = front + gd + self.digs(5)
                    c = (rrn_check_digit(body) + rng.randint(1, 9)) % 10
                back = body[6:] + str(c)
            sep = {"hyphen": "-", "nohyphen": "", "space": " "}[fmt]
            val = front + sep + back
            if val not in self.used_vals:
                self.used_vals.add(val)
                return V("KR_RRN", kind, fmt, val)
        raise GenError("rrn")

    def frn(self, fmt=None, birth=None, masked=False):
        rng = self.rng
        fmt = fmt or rng.choices(["hyphen", "nohyphen"], [90, 10])[0]
        y, m, d = birth or self.birth(1955, 2012)
        gd = str((5 if y < 2000 else 7) + rng.randint(0, 1))
        front = "%02d%02d%02d" % (y % 100, m, d)
        if masked:
            val = front + "-" + gd + self.ch(["******", "●●●●●●", "XXXXXX"])
            return V("KR_FRN", "frn_masked", "hyphen", val)
        for _ in range(50):
            office = "%02d" % (2 * rng.randint(0, 49))
            body = front + gd + office + self.digs(2) + str(rng.randint(6, 9))
            val = front + ("-" if fmt == "hyphen" else "") + body[6:] + str(frn_check_digit(body))
            if val not in self.used_vals:
                self.used_vals.add(val)
                return V("KR_FRN", "frn_valid", fmt, val)
        raise GenError("frn")

    def passport(self, kind=None, nat=None):
        rng = self.rng
        if nat and nat != "KR":
            kind = "passport_foreign"
        kind = kind or rng.choices(["passport_kr_new", "passport_kr_old", "passport_foreign"], [45, 30, 25])[0]
        if kind == "passport_kr_new":
            val = self.ch("MMMMMMSRGD") + self.digs(3) + self.ch("ABCDEFGHJKLMNPQRSTUVWXYZ") + self.digs(4)
            return V("KR_PASSPORT", kind, "kr_new", val)
        if kind == "passport_kr_old":
            val = self.ch("MMMMMMSRGD") + self.digs(8)
            return V("KR_PASSPORT", kind, "kr_old", val)
        nat = nat or self.ch(list(FOREIGN))
        f = {"VN": lambda: self.ch("CBN") + self.digs(7),
             "CN": lambda: self.ch(["E" + self.digs(8), "EA" + self.digs(7), "EJ" + self.digs(7)]),
             "PH": lambda: "P" + self.digs(7) + self.ch("ABC"),
             "US": lambda: str(rng.randint(1, 9)) + self.digs(8),
             "UZ": lambda: self.ch(["FA", "AD", "AB"]) + self.digs(7),
             "TH": lambda: self.ch(["AA", "AB", "AC"]) + self.digs(7),
             "JP": lambda: self.ch(["TK", "TR", "TZ", "MU"]) + self.digs(7),
             "RU": lambda: str(rng.randint(70, 77)) + self.digs(7),
             "MN": lambda: "E" + self.digs(7)}[nat]
        return V("KR_PASSPORT", "passport_foreign", "foreign_" + nat, f())

    def dl(self, fmt=None, years=None):
        rng = self.rng
        fmt = fmt or rng.choices(["dl_numeric", "dl_region", "dl_region_nospace", "dl_plain12", "dl_numeric_nohyphen_region"], [45, 20, 12, 15, 8])[0]
        reg, code = self.ch(DL_REGION)
        yy = "%02d" % self.ch(years or (list(range(85, 100)) + list(range(0, 26))))
        ser, tail = self.digs(6), str(rng.randint(0, 9)) + self.ch("0000000112")
        if fmt == "dl_numeric":
            val = "%s-%s-%s-%s" % (code, yy, ser, tail)
        elif fmt == "dl_region":
            val = "%s %s-%s-%s" % (reg, yy, ser, tail)
        elif fmt == "dl_region_nospace":
            val = "%s%s-%s-%s" % (reg, yy, ser, tail)
        elif fmt == "dl_plain12":
            val = code + yy + ser + tail
        else:
            val = "%s %s%s%s" % (reg, yy, ser, tail)
        return V("KR_DRIVER_LICENSE", fmt, fmt, val)

    def card(self, brand=None, fmt=None, masked=False):
        rng = self.rng
        brand = brand or rng.choices(["visa", "master", "bc", "jcb", "amex", "unionpay"], [30, 25, 20, 8, 10, 7])[0]
        pre = {"visa": "4" + self.digs(5), "master": str(rng.randint(51, 55)) + self.digs(4),
               "bc": "94" + self.digs(4), "jcb": str(rng.randint(3528, 3589)) + self.digs(2),
               "amex": self.ch(["34", "37"]) + self.digs(4), "unionpay": "62" + self.digs(4)}[brand]
        n = 15 if brand == "amex" else 16
        num = luhn_complete(pre + self.digs(n - 7))
        fmt = fmt or rng.choices(["hyphen", "space", "plain"], [60, 25, 15])[0]
        if masked:
            if n == 16:
                keep = self.ch(["6-4", "4-4", "0-4"])
                k1 = {"6-4": 6, "4-4": 4, "0-4": 0}[keep]
                num = num[:k1] + "*" * (12 - k1) + num[12:]
            else:
                num = num[:6] + "*" * 5 + num[11:]
            fmt = "hyphen" if fmt == "plain" else fmt
        groups = (4, 6, 5) if n == 15 else (4, 4, 4, 4)
        parts, k = [], 0
        for gsz in groups:
            parts.append(num[k:k + gsz])
            k += gsz
        sep = {"hyphen": "-", "space": " ", "plain": ""}[fmt]
        return V("CREDIT_CARD", "card_masked" if masked else "card_" + brand, fmt, sep.join(parts))

    def account(self, bank=None, fmt=None):
        rng = self.rng
        b = bank or self.ch(BANKS)
        name, kind, grp = b
        fmt = fmt or rng.choices(["hyphen", "plain"], [80, 20])[0]
        parts = [self.digs(n) for n in grp]
        if parts[0][0] == "0":
            parts[0] = str(rng.randint(1, 9)) + parts[0][1:]
        val = ("-" if fmt == "hyphen" else "").join(parts)
        return name, V("KR_BANK_ACCOUNT", kind, fmt, val)

    def hi(self, fmt=None):
        fmt = fmt or self.rng.choices(["plain", "grouped"], [82, 18])[0]
        d = str(self.r(1, 9)) + self.digs(10)
        val = d if fmt == "plain" else d[:4] + "-" + d[4:8] + "-" + d[8:]
        return V("KR_HEALTH_INSURANCE", "hi_" + fmt, fmt, val)

    def brn(self, fmt=None, corp=None, office=False):
        rng = self.rng
        fmt = fmt or rng.choices(["hyphen", "plain"], [85, 15])[0]
        if office:
            mid = "83"
        elif corp is None:
            mid = self.ch(["%02d" % rng.randint(1, 79), "81", "86", "87", "88"])
        else:
            mid = self.ch(["81", "86", "87", "88"]) if corp else "%02d" % rng.randint(1, 79)
        d9 = "%03d" % rng.randint(101, 899) + mid + self.digs(4)
        d = d9 + str(brn_check_digit(d9))
        val = d[:3] + "-" + d[3:5] + "-" + d[5:] if fmt == "hyphen" else d
        return V("KR_BRN", "brn_office" if office else ("brn_corp" if mid in ("81", "86", "87", "88") else "brn_indiv"), fmt, val)

    def crn(self, fmt=None):
        rng = self.rng
        fmt = fmt or rng.choices(["hyphen", "plain"], [88, 12])[0]
        d12 = self.ch(["1101", "1105", "1201", "1301", "1311", "1350", "1358", "1471", "1601", "1710", "1801", "2001"]) + \
            self.ch(["11", "11", "11", "14", "13", "12"]) + self.digs(6)
        d = d12 + str(crn_check_digit(d12))
        val = d[:6] + "-" + d[6:] if fmt == "hyphen" else d
        return V("KR_CRN", "crn_" + {"11": "stock", "14": "llc", "13": "lp", "12": "gp"}[d12[4:6]], fmt, val)

    def plate(self, fmt=None):
        rng = self.rng
        fmt = fmt or rng.choices(["p2", "p3", "region", "region_nospace", "commercial", "rent", "nospace"], [22, 25, 12, 6, 14, 11, 10])[0]
        reg = self.ch([r[1] for r in REGIONS])
        if fmt == "p2":
            val = "%02d%s %04d" % (rng.randint(10, 69), self.ch(PLATE_PRIV), rng.randint(1000, 9999))
        elif fmt == "p3":
            val = "%03d%s %04d" % (rng.randint(100, 699), self.ch(PLATE_PRIV), rng.randint(1000, 9999))
        elif fmt == "region":
            val = "%s %02d%s %04d" % (reg, rng.randint(10, 69), self.ch(PLATE_PRIV), rng.randint(1000, 9999))
        elif fmt == "region_nospace":
            val = "%s%02d%s%04d" % (reg, rng.randint(10, 69), self.ch(PLATE_PRIV), rng.randint(1000, 9999))
        elif fmt == "commercial":
            val = "%s %02d%s %04d" % (reg, self.ch([70, 75, 80, 85, 31, 33]), self.ch(PLATE_BIZ), rng.randint(1000, 9999))
        elif fmt == "rent":
            val = "%03d%s %04d" % (rng.randint(100, 699), self.ch(PLATE_RENT), rng.randint(1000, 9999))
        else:
            val = "%03d%s%04d" % (rng.randint(100, 699), self.ch(PLATE_PRIV), rng.randint(1000, 9999))
        return V("KR_VEHICLE_PLATE", "plate_" + fmt, fmt, val)

    def ip(self, kind=None):
        rng = self.rng
        kind = kind or rng.choices(["ipv4_public", "ipv4_private", "ipv6"], [60, 30, 10])[0]
        if kind == "ipv4_public":
            while True:
                a = rng.randint(1, 223)
                if a not in (10, 127, 169, 172, 192, 100, 0):
                    break
            val = "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
        elif kind == "ipv4_private":
            val = self.ch(["10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)),
                           "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254)),
                           "192.168.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254))])
        else:
            h = lambda: "%x" % rng.randint(0, 0xffff)
            val = self.ch(["2001:%s:%s:%s::%s" % (h(), h(), h(), h()),
                           "fe80::%s:%s:%s:%s" % (h(), h(), h(), h()),
                           "2406:%s:%s:%s:%s:%s:%s:%s" % tuple(h() for _ in range(7))])
        return V("IP_ADDRESS", kind, kind, val)

    def email(self, kind="personal", domain=None):
        rng = self.rng
        for _ in range(30):
            sur, s1, s2 = self.ch(ROMA_SUR), self.ch(ROMA_SYL), self.ch(ROMA_SYL)
            local = self.ch([s1 + s2 + "." + sur, sur + s1 + s2, s1[0] + s2[0] + sur + str(rng.randint(1, 99)),
                             sur + "_" + s1 + s2, s1 + s2 + str(rng.randint(70, 99)), sur + "." + s1 + s2 + str(rng.randint(1, 9))])
            dom = domain or (self.ch(MAIL_PERSONAL) if kind == "personal" else "korea.kr")
            val = local + "@" + dom
            if val not in self.used_vals:
                self.used_vals.add(val)
                return V("EMAIL_ADDRESS", "email_" + kind, kind, val)
        raise GenError("email")

    def phone(self, kind="mobile", fmt=None, area=None, era="modern"):
        rng = self.rng
        if kind == "mobile":
            if era == "90s":
                pre = self.ch(["011", "016", "017", "018", "019"])
                val = "%s-%03d-%04d" % (pre, rng.randint(200, 999), rng.randint(0, 9999))
                return V("PHONE_NUMBER", "mobile", "old_3digit", val)
            fmt = fmt or rng.choices(["hyphen", "plain", "dot", "space", "intl", "paren"], [62, 10, 7, 8, 7, 6])[0]
            a, b = "%04d" % rng.randint(2000, 9999), "%04d" % rng.randint(0, 9999)
            val = {"hyphen": "010-%s-%s", "plain": "010%s%s", "dot": "010.%s.%s", "space": "010 %s %s",
                   "intl": "+82-10-%s-%s", "paren": "(010)%s-%s"}[fmt] % (a, b)
            if fmt == "space":
                fmt = "space"
            return V("PHONE_NUMBER", "mobile", fmt, val)
        if kind == "070":
            fmt = fmt or rng.choices(["hyphen", "plain"], [85, 15])[0]
            a, b = "%04d" % rng.randint(4000, 8999), "%04d" % rng.randint(0, 9999)
            return V("PHONE_NUMBER", "voip_070", fmt, ("070-%s-%s" if fmt == "hyphen" else "070%s%s") % (a, b))
        area = area or AREA_CODE[self.ch(list(AREA_CODE))]
        fmt = fmt or rng.choices(["hyphen", "paren", "dot"], [80, 12, 8])[0]
        mid = "%d" % rng.randint(200, 999) if (era == "90s" or rng.random() < .3) else "%d" % rng.randint(2000, 9899)
        last = "%04d" % rng.randint(0, 9999)
        if fmt == "hyphen":
            val = "%s-%s-%s" % (area, mid, last)
        elif fmt == "paren":
            val = "(%s)%s-%s" % (area, mid, last)
        else:
            val = "%s.%s.%s" % (area, mid, last)
        return V("PHONE_NUMBER", "fax" if kind == "fax" else "landline", fmt, val)

    def dob(self, style=None, birth=None):
        y, m, d = birth or self.birth()
        style = style or self.ch(DOB_STYLES)
        return V("DATE_OF_BIRTH", "dob_" + style, style, fmt_date(y, m, d, style))

    def address(self, kind=None, region=None, era="modern"):
        """returns (postal_code or None, V, trailing parenthetical or None)"""
        rng = self.rng
        kind = kind or rng.choices(["road_full", "road_short", "road_sigungu", "road_unit", "jibun", "jibun_apt"], [22, 14, 10, 22, 14, 18])[0]
        reg = region or self.ch(REGIONS)
        full, short, old, sggs = reg
        if era == "90s" and old:
            full = old
        sgg = self.ch(sggs)
        head = (full if kind != "road_short" else short) + (" " + sgg if sgg else "")
        if kind == "road_sigungu":
            head = sgg if sgg else full
        post, paren = None, None
        if kind.startswith("road"):
            road = self.ch(ROAD_STEM) + self.ch(ROAD_SUF)
            if rng.random() < .35:
                road += "%d번길" % rng.randint(2, 88)
            val = "%s %s %d" % (head, road, rng.randint(1, 420))
            if rng.random() < .15:
                val += "-%d" % rng.randint(1, 30)
            if kind == "road_unit":
                val += self.ch([", %d동 %d호" % (rng.randint(101, 115), rng.randint(1, 25) * 100 + rng.randint(1, 6)),
                                ", %d층 %d호" % ((lambda f: (f, f * 100 + rng.randint(1, 9)))(rng.randint(2, 9))),
                                " %d층" % rng.randint(2, 15), ", %d호" % (rng.randint(1, 5) * 100 + rng.randint(1, 9))])
                if rng.random() < .45:
                    paren = "(%s, %s)" % (self.ch(DONG), self.ch(APT)) if rng.random() < .5 else "(%s)" % self.ch(DONG)
            elif rng.random() < .3:
                paren = "(%s)" % self.ch(DONG)
            if rng.random() < .45:
                post = "%05d" % rng.randint(1000, 63999)
        else:
            if rng.random() < .5 or not sgg or sgg.endswith("구"):
                loc = self.ch(DONG)
            else:
                e, ris = self.ch(EUP)
                loc = e + " " + self.ch(ris)
            val = "%s %s %d" % (head, loc, rng.randint(1, 999))
            if rng.random() < .6:
                val += "-%d" % rng.randint(1, 40)
            if kind == "jibun_apt":
                val += " %s %d동 %d호" % (self.ch(APT), rng.randint(101, 112), rng.randint(1, 20) * 100 + rng.randint(1, 6))
            if rng.random() < .25:
                post = "%05d" % rng.randint(1000, 63999) if era == "modern" else "%03d-%03d" % (rng.randint(100, 799), rng.randint(0, 999))
        return post, V("KR_ADDRESS", "addr_" + kind, kind, val), paren


# ----------------------------------------------------------------------------
# noise
# ----------------------------------------------------------------------------
FWD = {str(i): chr(0xFF10 + i) for i in range(10)}
NUMERIC = frozenset(["KR_RRN", "KR_FRN", "KR_DRIVER_LICENSE", "CREDIT_CARD", "KR_BANK_ACCOUNT", "PHONE_NUMBER",
                     "KR_BRN", "KR_CRN", "KR_HEALTH_INSURANCE", "IP_ADDRESS", "KR_VEHICLE_PLATE", "DATE_OF_BIRTH"])
SPAN_NOISE_TAGS = ["confusable_letters", "fullwidth_digits", "unicode_hyphen", "space_in_number",
                   "newline_in_number", "wrapped", "spaced_name", "fullwidth_at"]


def noise_options(v, s):
    t = v.type
    if t == "PERSON":
        if re.fullmatch(r"[가-힣]{2,5}", s):
            return ["spaced_name", "spaced_name", "wrapped"]
        return ["wrapped"] if " " in s else []
    if t == "KR_ADDRESS":
        return ["wrapped", "wrapped", "fullwidth_digits"]
    if t == "EMAIL_ADDRESS":
        return ["fullwidth_at", "wrapped"]
    if t == "KR_PASSPORT":
        return ["fullwidth_digits", "space_in_number"]
    opts = ["fullwidth_digits", "space_in_number", "newline_in_number"]
    if "-" in s:
        opts.append("unicode_hyphen")
    if not re.search(r"[*●Xx]", s) and re.search(r"[0158]", s) and v.fmt != "eng_dmy":
        opts += ["confusable_letters", "confusable_letters"]
    return opts


def interior_positions(s, pred):
    return [k for k in range(1, len(s)) if not s[k - 1].isspace() and not s[k].isspace() and pred(s[k - 1], s[k])]


def apply_noise(rng, tag, s):
    if tag == "fullwidth_digits":
        idx = [k for k, c in enumerate(s) if c in FWD]
        if not idx:
            return None
        start = idx[0] if rng.random() < .6 else rng.choice(idx)
        return "".join(FWD[c] if (c in FWD and k >= start) else c for k, c in enumerate(s))
    if tag == "unicode_hyphen":
        if "-" not in s:
            return None
        h = rng.choice(["‐", "－", "–", "‑", "−"])
        if rng.random() < .5:
            return s.replace("-", h)
        k = rng.choice([k for k, c in enumerate(s) if c == "-"])
        return s[:k] + h + s[k + 1:]
    if tag in ("space_in_number", "newline_in_number"):
        ch = " " if tag == "space_in_number" else "\n"
        hy = [k for k in range(1, len(s)) if s[k - 1] == "-" and not s[k].isspace()]
        if hy and rng.random() < .6:
            k = rng.choice(hy)
        else:
            pos = interior_positions(s, lambda a, b: a.isdigit() and b.isdigit())
            if not pos:
                return None
            k = rng.choice(pos)
        return s[:k] + ch + s[k:]
    if tag == "confusable_letters":
        idx = [k for k, c in enumerate(s) if c in "0158"]
        if not idx:
            return None
        out = list(s)
        for k in rng.sample(idx, min(len(idx), rng.choice([1, 1, 2]))):
            out[k] = {"0": rng.choice("OO o"[:2]), "1": rng.choice("lI"), "5": "S", "8": "B"}[out[k]]
        return "".join(out)
    if tag == "spaced_name":
        return " ".join(s) if re.fullmatch(r"[가-힣]{2,5}", s) else None
    if tag == "wrapped":
        sp = [k for k, c in enumerate(s) if c == " " and 0 < k < len(s) - 1]
        if sp:
            k = rng.choice(sp)
            return s[:k] + "\n" + s[k + 1:]
        if "@" in s:
            k = s.index("@") + 1
            return s[:k] + "\n" + s[k:]
        if re.fullmatch(r"[가-힣]{2,5}", s):
            k = rng.randint(1, len(s) - 1)
            return s[:k] + "\n" + s[k:]
        return None
    if tag == "fullwidth_at":
        return s.replace("@", "＠") if "@" in s else None
    raise GenError("noise tag " + tag)


def ocr_text(rng, s, doc):
    out = []
    for c in s:
        r = rng.random()
        if c in "()[]「」" and r < .22:
            doc.textnoise.append("lost_bracket")
            continue
        if c == "·" and r < .4:
            c = "."
            doc.textnoise.append("middot_to_dot")
        elif c == " " and r < .05:
            c = "  "
            doc.textnoise.append("double_space")
        elif c == " " and r < .09 and out and "가" <= out[-1][-1:] <= "힣":
            doc.textnoise.append("space_dropped")
            continue
        elif c in "0158" and r < .025:
            c = {"0": "O", "1": "l", "5": "S", "8": "B"}[c]
            doc.textnoise.append("confusable_text")
        out.append(c)
    s = "".join(out)
    # hard wraps at the OCR line width
    res, col = [], doc.col
    for c in s:
        if c == "\n":
            col = 0
        elif c == " " and col >= doc.width:
            c = "\n"
            col = 0
            doc.textnoise.append("hard_wrap")
        else:
            col += 1
        res.append(c)
    return "".join(res)


# ----------------------------------------------------------------------------
# document builder
# ----------------------------------------------------------------------------
class Doc(object):
    def __init__(self, g, ocr=False, nopii=False):
        self.g, self.rng = g, g.rng
        self.parts, self.n, self.col = [], 0, 0
        self.spans, self.negs, self.layout, self.textnoise = [], [], [], []
        self.ocr, self.nopii = ocr, nopii
        self.noise_rate = 0.8 if ocr else 0.05
        self.noise_rate_person = 0.4 if ocr else 0.02
        self.width = self.rng.randint(30, 52)
        self.head = None
        self.page = 1
        self.pagefmt = self.rng.choice(["- %d -", "― %d ―", "%d", "- %d -", "페이지 %d", "%d쪽", "Page %d"])

    def _app(self, s):
        self.parts.append(s)
        self.n += len(s)
        if "\n" in s:
            self.col = len(s) - s.rfind("\n") - 1
        else:
            self.col += len(s)

    def t(self, *ss):
        for s in ss:
            if self.ocr:
                s = ocr_text(self.rng, s, self)
            self._app(s)

    def raw(self, s):
        self._app(s)

    def p(self, v, noise=None, ctx=None):  # noqa: C901
        """insert a gold span; noise None = random by rate, () = none, tuple = forced tags"""
        req(not self.nopii, "PII value in a no-PII record")
        surf, tags = v.value, []
        if noise is None:
            if self.rng.random() < (self.noise_rate_person if v.type == "PERSON" else self.noise_rate):
                opts = noise_options(v, surf)
                if opts:
                    noise = (self.rng.choice(opts),)
        for tag in noise or ():
            s2 = apply_noise(self.rng, tag, surf)
            if s2 and s2 != surf:
                surf = s2
                tags.append(tag)
        start = self.n
        self._app(surf)
        self.spans.append({"start": start, "end": self.n, "type": v.type, "kind": v.kind, "fmt": v.fmt,
                           "value": v.value, "surface": surf, "noise": tags, "context": ctx or "field"})
        return surf

    def neg(self, s, cat):
        start = self.n
        self._app(s)
        self.negs.append({"start": start, "end": self.n, "text": s, "category": cat})

    def lay(self, *feats):
        for f in feats:
            if f not in self.layout:
                self.layout.append(f)

    def text(self):
        return "".join(self.parts)

    # ---- page furniture
    def running_head(self, s):
        self.head = s
        self.t(s + "\n")
        self.lay("running_head")

    def pagebreak(self):
        self.t("\n" + self.pagefmt % self.page + "\n")
        self.page += 1
        self.lay("page_number", "page_break")
        if self.head:
            self.t(self.head + "\n")
            self.lay("running_head")

    def page_end(self, footer=None):
        if footer:
            self.t("\n" + footer)
            self.lay("running_footer")
        self.t("\n" + self.pagefmt % self.page)
        self.lay("page_number")


# ----------------------------------------------------------------------------
# institutions and hard negatives
# ----------------------------------------------------------------------------
CENTRAL = [("행정안전부", "장관", "044"), ("보건복지부", "장관", "044"), ("국토교통부", "장관", "044"),
           ("법무부", "장관", "02"), ("교육부", "장관", "044"), ("고용노동부", "장관", "044"), ("환경부", "장관", "044"),
           ("국세청", "청장", "044"), ("경찰청", "청장", "02"), ("소방청", "청장", "044"),
           ("국민권익위원회", "위원장", "044"), ("개인정보보호위원회", "위원장", "02"), ("외교부", "장관", "02")]
AGENCIES = [("국민건강보험공단", "이사장", "033"), ("도로교통공단", "이사장", "033"), ("한국교통안전공단", "이사장", "054"),
            ("근로복지공단", "이사장", "052"), ("한국사회보장정보원", "원장", "02")]
DEPTS = ["운영지원과", "민원여권과", "복지정책과", "교통행정과", "자치행정과", "세무과", "감사담당관", "정보통신과",
         "건축과", "환경과", "기획예산과", "총무과", "인사과", "주민복지과", "안전총괄과", "문화체육과", "보건행정과",
         "일자리경제과", "도시계획과", "차량등록사업소", "정보공개팀", "개인정보보호팀"]
DEPT_ABBR = {"운영지원과": "운영", "민원여권과": "민원", "복지정책과": "복지", "교통행정과": "교통", "자치행정과": "자치",
             "세무과": "세무", "감사담당관": "감사", "정보통신과": "정보", "건축과": "건축", "환경과": "환경",
             "기획예산과": "기획", "총무과": "총무", "인사과": "인사", "주민복지과": "복지", "안전총괄과": "안전",
             "문화체육과": "문화", "보건행정과": "보건", "일자리경제과": "경제", "도시계획과": "도시",
             "차량등록사업소": "차량", "정보공개팀": "공개", "개인정보보호팀": "보호"}


def make_inst(g, kind=None, era="modern", region=None):
    rng = g.rng
    kind = kind or rng.choice(["central", "local", "local", "agency"])
    reg = region or g.ch(REGIONS)
    full, short, old, sggs = reg
    if kind == "local":
        sgg = g.ch([s for s in sggs if s]) if any(sggs) else ""
        if era == "90s" and old:
            full = old
        if sgg:
            last = sgg.split()[-1]
            name = "%s %s" % (full, sgg)
            head = {"구": "구청장", "시": "시장", "군": "군수"}[last[-1]]
            short_name = last + {"구": "청", "시": "청", "군": "청"}[last[-1]]
            office = last + {"구": "청장", "시": "장", "군": "수"}[last[-1]]
        else:
            name, head, short_name, office = full, "시장", full[:2] + "시청", full[:2] + "시장"
        area = AREA_CODE[short]
    elif kind == "agency":
        name, head, area = g.ch(AGENCIES)
        area = AREA_CODE[short]
        short_name, office = name, name + " " + head
        name = name + " " + short + g.ch(["지사", "지부", "지역본부"])
    else:
        name, head, area = g.ch(CENTRAL)
        short_name, office = name, (name + "장" if name.endswith("청") and head == "청장" else name + head)
        if area == "02":
            full, short, old, sggs = REGIONS[0]
    addr_reg = "세종특별자치시" if area == "044" else full
    if kind == "local":
        sgg_part = (" " + sgg) if sgg else ""
    else:
        sgg_part = "" if area == "044" else (" " + g.ch([s for s in sggs if s]) if any(sggs) else "")
    addr = "%s%s %s%s %d" % (addr_reg, sgg_part, g.ch(ROAD_STEM), g.ch(["로", "대로"]), rng.randint(1, 300))
    if era == "90s":
        addr = "%s%s %s %d-%d" % (addr_reg if addr_reg != "세종특별자치시" else "서울특별시", sgg_part, g.ch(DONG), rng.randint(1, 900), rng.randint(1, 30))
    if kind == "central" and area == "044":
        addr += " 정부세종청사 %d동" % rng.randint(1, 17)
    elif rng.random() < .3:
        addr += " " + g.ch(["청사", "본관", "별관 3층", "행정동"])
    pref = "%s-%s" % (area, rng.randint(200, 999) if area != "02" else rng.randint(2100, 3999))
    return {"name": name, "head": head, "short": short_name, "office": office, "area": area,
            "addr": addr, "post": "%05d" % rng.randint(1000, 63999), "pref": pref,
            "switch": pref + "-" + g.ch(["2114", "0114", "1114", "2000", "3114"]),
            "dept": g.ch(DEPTS), "domain": g.ch(["go.kr", "or.kr"]),
            "host": "www." + g.ch(["hanbit", "saemal", "nuri", "gaon", "onnuri", "byeolbit"]) + str(rng.randint(1, 99)) + ".go.kr",
            "kind": kind}


def direct_line(g, inst):
    """an official's direct line in the institution's exchange"""
    return V("PHONE_NUMBER", "landline", "hyphen", "%s-%04d" % (inst["pref"], g.rng.randint(4000, 9899)))


def fax_line(g, inst):
    return V("PHONE_NUMBER", "fax", "hyphen", "%s-%04d" % (inst["pref"], g.rng.randint(4000, 9899)))


def n_switch(d, inst, label=True, form=None):
    g = d.g
    form = form or g.ch(["main", "main", "call", "short", "main"])
    if form == "main":
        if label:
            d.t(g.ch(["대표전화 ", "대표 ", "(대표) ", "☎ "]))
        d.neg(inst["switch"], "institution_switchboard")
    elif form == "call":
        if label:
            d.t(g.ch(["민원콜센터 ", "고객센터 ", "상담센터 "]))
        d.neg("%s-%04d" % (g.ch(["1588", "1577", "1600", "1544", "1644", "1566", "1661", "1899"]), g.r(0, 9999)),
              "institution_switchboard")
    else:
        code, what = g.ch([("110", "정부민원안내콜센터"), ("120", "다산콜센터"), ("1345", "외국인종합안내센터"),
                           ("1350", "고용노동부 고객상담센터"), ("1355", "국민연금 고객센터"), ("126", "국세상담센터")])
        d.t(what + " 국번 없이 ")
        d.neg(code, "short_code")


def n_inst_addr(d, inst, with_post=True):
    if with_post:
        pre = d.g.ch(["(", "우 ", "우)"])
        d.t(pre)
        d.neg(inst["post"], "postal_code")
        d.t(") " if pre == "(" else " ")
    d.neg(inst["addr"], "institution_address")


def docnum(g, inst, era="modern"):
    dept = inst["dept"]
    if era == "90s":
        return "%s %d-%d" % (DEPT_ABBR.get(dept, "총무"), g.r(10000, 19999), g.r(1, 999))
    return g.ch(["%s-%d" % (dept, g.r(100, 9999)), "%s-%d" % (dept, g.r(100, 9999)),
                 "%s-%d-%d" % (DEPT_ABBR.get(dept, "행정"), g.r(2019, 2026), g.r(1, 3999))])


def n_date(d, style=None, y0=2019, y1=2026, cat="date"):
    g = d.g
    y, m, dd = g.r(y0, y1), g.r(1, 12), g.r(1, 28)
    if (y, m) > (2026, 11):
        y = 2025
    s = fmt_date(y, m, dd, style or g.ch(["dot_space_trail", "dot_space_trail", "kor_space", "dot_pad", "hyphen"]))
    d.neg(s, cat)
    return s


def n_range(d, style, y0, y1, sep=" ~ ", short=False):
    g = d.g
    a = (g.r(y0, y1), g.r(1, 11), g.r(1, 28))
    if a > (2026, 11, 30):
        a = (y0, a[1], a[2])
    b = (a[0] + (0 if short else g.ch([0, 0, 1, 2])), (min(12, a[1] + g.r(0, 1)) if short else g.r(1, 12)), g.r(1, 28))
    if b <= a:
        b = (a[0] + 1, b[1], b[2])
    d.neg(fmt_date(a[0], a[1], a[2], style), "date")
    d.t(sep)
    d.neg(fmt_date(b[0], b[1], b[2], style), "date")


def n_amount(d, lo=None, hi=None):
    g = d.g
    n = g.r(1, 900) * g.ch([1000, 10000, 100000, 50000]) if lo is None else g.r(lo // 10000, hi // 10000) * 10000
    d.neg(g.ch(["%s원" % format(n, ","), "금 %s원정" % format(n, ","), "₩%s" % format(n, ","), "%s천원" % format(n // 1000, ",")]), "amount")


STATUTES = [("개인정보 보호법", ["제15조 제1항", "제17조", "제24조 제1항", "제24조의2", "제29조", "제23조"]),
            ("주민등록법", ["제7조의2", "제16조 제1항", "제29조 제2항", "제37조"]),
            ("여권법", ["제9조 제1항", "제12조", "제13조"]),
            ("도로교통법", ["제93조 제1항", "제44조 제1항", "제82조"]),
            ("도로교통법 시행규칙", ["제91조 제1항 별표 28", "제93조"]),
            ("출입국관리법", ["제31조", "제25조 제1항", "제33조"]),
            ("국민건강보험법", ["제41조", "제5조 제1항 제2호", "제96조의2"]),
            ("공공기관의 정보공개에 관한 법률", ["제9조 제1항 제6호", "제11조 제1항", "제13조 제4항", "제14조"]),
            ("행정업무의 운영 및 혁신에 관한 규정", ["제7조", "제13조 제1항", "제14조"]),
            ("행정업무의 운영 및 혁신에 관한 규정 시행규칙", ["제2조", "제4조 제1항"]),
            ("민원 처리에 관한 법률", ["제27조", "제35조 제1항"]),
            ("지방공무원법", ["제48조", "제55조"]), ("국가공무원법", ["제56조", "제78조 제1항"]),
            ("국민기초생활 보장법", ["제21조", "제22조 제1항"]), ("학교보건법", ["제7조"]),
            ("의료법", ["제21조 제1항"]), ("형법", ["제347조 제1항", "제257조 제1항", "제356조"]),
            ("지방자치단체를 당사자로 하는 계약에 관한 법률", ["제13조", "제31조"]),
            ("국가를 당사자로 하는 계약에 관한 법률", ["제7조", "제10조"]),
            ("행정절차법", ["제14조 제4항", "제21조"]), ("근로기준법", ["제17조", "제43조", "제56조"]),
            ("지방세기본법", ["제60조 제1항", "제62조"]), ("자동차관리법", ["제12조 제1항", "제37조"]),
            ("여신전문금융업법", ["제16조", "제19조"])]


def n_statute(d, laws=None):
    g = d.g
    pool = [x for x in STATUTES if not laws or x[0] in laws] or STATUTES
    law, arts = g.ch(pool)
    s = g.ch(["「%s」 %s", "「%s」 %s", "%s %s"]) % (law, g.ch(arts))
    d.neg(s, "statute_citation")


def n_case(d, kind=None):
    g = d.g
    kind = kind or g.ch(["crim", "civil", "admin", "appeal", "tax"])
    s = {"crim": "%d고단%d" % (g.r(2019, 2026), g.r(100, 9999)),
         "civil": "%d가단%d" % (g.r(2019, 2026), g.r(1000, 99999)),
         "admin": "%d구합%d" % (g.r(2019, 2026), g.r(100, 99999)),
         "appeal": "%d-%05d" % (g.r(2019, 2026), g.r(1, 29999)),
         "tax": "조심 %d%s%d" % (g.r(2019, 2026), g.ch("서중부광"), g.r(100, 9999))}[kind]
    d.neg(s, "case_number")


def n_receipt(d):
    g = d.g
    s = g.ch(["%d%s-%02d%02d-%07d" % (g.r(1, 9), g.ch(["AA", "AB", "BA", "CA"]), g.r(19, 26), g.r(1, 12), g.r(0, 9999999)),
              "%d-%s-%06d" % (g.r(2020, 2026), g.ch(["민원", "접수", "정보공개"]), g.r(1, 999999)),
              "%04d-%d-%06d" % (g.r(1101, 4899), g.r(2020, 2026), g.r(1, 999999))])
    d.neg(s, "receipt_number")


def n_public_id(d):
    g = d.g
    s = g.ch(["%03d-%d-%04d" % (g.r(10, 999), g.r(2019, 2026), g.r(1, 9999)),
              "%d%07d-00" % (g.r(2021, 2026), g.r(0, 9999999)),
              "%05d-%03d-%05d" % (g.r(11000, 48999), g.r(100, 999), g.r(0, 99999)),
              "%d-%d-%06d" % (g.r(1101, 4899), g.r(2020, 2026), g.r(1, 999999))])
    d.neg(s, "public_record_id")


def company_name(g):
    stem, suf = g.ch(BIZ_STEM), g.ch(BIZ_SUFFIX)
    return g.ch(["(주)%s%s" % (stem, suf), "주식회사 %s%s" % (stem, suf), "%s%s(주)" % (stem, suf),
                 "유한회사 %s%s" % (stem, suf), "%s%s" % (stem, suf), "(유)%s%s" % (stem, suf)])


def n_company(d, name=None):
    d.neg(name or company_name(d.g), "company_name")


PLACEHOLDERS = ["갑", "을", "병", "A법인", "B사", "C", "홍길동"]


def n_placeholder(d, kind=None):
    g = d.g
    kind = kind or g.ch(["masked", "masked", "mo", "letter", "hong", "star", "oo"])
    sur = g.rng.choices(SURNAMES, SURNAME_W)[0]
    s = {"masked": sur + "○○", "mo": sur + " 모", "letter": g.ch(["A", "B", "C", "갑", "을"]),
         "hong": "홍길동", "star": sur + "**", "oo": sur + "OO"}[kind]
    d.neg(s, "placeholder_person")
    return s


def n_office(d, inst=None, force=False):
    g = d.g
    if inst:
        s = inst["office"]
    else:
        s = g.ch(["국세청장", "행정안전부장관", "보건복지부장관", "관할 세무서장", "경찰서장", "소방서장",
                  "읍·면·동장", "출입국·외국인관서의 장", "시·도지사", "교육감", "학교장"])
    d.neg(s, "official_by_office")


def n_namelike(d):
    s, cat = d.g.ch(NAMELIKE)
    d.neg(s, cat)


def n_rrn_placeholder(d):
    d.neg(d.g.ch(["000000-0000000", "******-*******", "YYMMDD-XXXXXXX", "000000-0******"]), "placeholder_identifier")


def n_region_only(d):
    g = d.g
    full, short, old, sggs = g.ch(REGIONS)
    sgg = g.ch(sggs)
    d.neg(("%s %s" % (short, sgg)).strip() if sgg else full, "region_only")


def n_institution_number(d):
    g = d.g
    v = g.brn(office=True)
    d.neg(v.value, "institution_number")


def n_inst_email(d, inst):
    g = d.g
    d.neg("%s@%s" % (g.ch(["minwon", "help", "info", "webmaster", "privacy", "open"]), inst["host"][4:]), "institution_email")


def n_version(d):
    g = d.g
    d.neg("%d.%d.%d.%d" % (g.r(1, 12), g.r(0, 9), g.r(1000, 22999), g.r(100, 4999)), "version_number")


# ----------------------------------------------------------------------------
# shared layout helpers
# ----------------------------------------------------------------------------
HANGUL_NAME = re.compile(r"[가-힣]{2,5}")


def nm(d, v=None, spaced=0.0, wrap=0.0, old=False, foreign=0.0, ph=None):
    """a person's name (gold PERSON) or, in a no-PII record, a placeholder person"""
    g = d.g
    if d.nopii:
        return n_placeholder(d, ph or g.ch(["masked", "masked", "star", "oo", "mo"]))
    v = v or g.person(foreign_p=foreign, old=old)
    r = g.rng.random()
    noise = None
    if r < spaced and HANGUL_NAME.fullmatch(v.value):
        noise = ("spaced_name",)
    elif r < spaced + wrap:
        noise = ("wrapped",)
    d.p(v, noise)
    return v


def contact(d, inst, kind="direct"):
    """an official's direct line (gold) or, in a no-PII record, the switchboard"""
    g = d.g
    if d.nopii:
        n_switch(d, inst, label=False, form="main")
        return
    d.p(direct_line(g, inst) if kind == "direct" else fax_line(g, inst))


def mail(d, inst, kind="official"):
    g = d.g
    if d.nopii:
        n_inst_email(d, inst)
        return
    d.p(g.email(kind))


def approval_elec(d, inst):
    g = d.g
    d.lay("approval_line", "signoff_block")
    chain = g.ch([[("주무관", "기안자"), ("팀장", "검토자"), ("과장", "결재권자")],
                  [("행정주사보", "기안자"), ("행정사무관", "검토자"), ("국장", "결재권자")],
                  [("주무관", "기안자"), ("사무관", "검토자"), ("과장", "결재권자")],
                  [("실무관", "기안자"), ("주무관", "검토자"), ("팀장", "검토자"), ("과장", "결재권자")]])
    sp = g.ch([0.0, 0.0, 0.5, 1.0])
    lab = g.rng.random() < .5
    sep = g.ch(["  ", "   ", " ", "\t", "\n"])
    for k, (title, role) in enumerate(chain):
        d.t((role + " " if lab else "") + title + " ")
        if k == len(chain) - 1 and g.rng.random() < .5:
            d.t(g.ch(["전결 ", "대결 ", "전결  "]))
            d.lay("delegation_mark")
        nm(d, spaced=sp)
        if k < len(chain) - 1:
            d.t(sep if not (sep == "\n" and k == 0 and g.rng.random() < .5) else " ")
    if g.rng.random() < .55:
        dept2 = g.ch([x for x in DEPTS if x != inst["dept"]])
        d.t("\n협조자 " + dept2 + " " + g.ch(["팀장 ", "과장 ", "주무관 "]))
        nm(d, spaced=sp)
        d.lay("coop_line")
    d.t("\n시행 ")
    d.neg(docnum(g, inst), "document_number")
    d.t(" (")
    n_date(d, "dot_space_trail")
    d.t(")" + g.ch(["  ", "\t", " "]) + "접수")
    if g.rng.random() < .4:
        d.t(" ")
        d.neg(docnum(g, make_inst(g)), "document_number")
        d.t(" (")
        n_date(d, "dot_space_trail")
        d.t(")")
    d.lay("enforcement_line")
    d.t("\n우 ")
    d.neg(inst["post"], "postal_code")
    d.t(" ")
    d.neg(inst["addr"], "institution_address")
    d.t(" / " + inst["host"])
    d.t("\n전화번호 ")
    contact(d, inst)
    if not d.nopii and g.rng.random() < .8:
        d.t(g.ch(["  팩스번호 ", "  전송 ", "  FAX "]))
        contact(d, inst, "fax")
    d.t(" / ")
    mail(d, inst)
    d.t(" / " + g.ch(["공개", "부분공개(6)", "대국민공개", "비공개(6)"]))
    d.lay("footer")


def approval_grid90(d, inst):
    """1990s typed form: approval boxes flattened with runs of spaces"""
    g = d.g
    titles = g.ch([["담 당", "계 장", "과 장", "국 장"], ["기 안", "검 토", "결 재"], ["담당", "주사", "계장", "과장"]])
    d.lay("approval_grid", "approval_line")
    d.t("  ".join(t.ljust(8) for t in titles) + "\n")
    for k, t in enumerate(titles):
        if k == len(titles) - 1 and g.rng.random() < .5:
            d.t("전결".ljust(8))
            continue
        if d.nopii:
            d.t("(서명)".ljust(8))
        else:
            v = nm(d, spaced=.25)
            d.t(" " * max(2, 9 - len(v.value)))
    d.t("\n")


def sign_inst(d, inst, seal=True):
    g = d.g
    d.t("\n\n")
    alt = inst["office"]
    if inst["kind"] == "local" and " " in inst["name"]:
        alt = inst["name"].split()[0] + " " + inst["office"]
    d.neg(inst["office"] if g.rng.random() < .7 else alt, "official_by_office")
    if seal:
        d.t(g.ch(["  [직인생략]", " (직인)", "  (관인생략)", "", " 직인"]))
    d.lay("signoff_block")


def attachments(d, items):
    g = d.g
    d.t("\n\n붙임" + g.ch(["  ", " ", "\t"]))
    for k, it in enumerate(items):
        if len(items) > 1:
            d.t("%d. " % (k + 1))
        d.t(it + (" 1부" if g.rng.random() < .6 else " 1부.") + ("\n      " if k < len(items) - 1 else ""))
    d.t(g.ch(["  끝.", "  끝.", ".  끝."]))
    d.lay("attachment_list")


def cell_len(c):
    if isinstance(c, V):
        return len(c.value)
    if isinstance(c, tuple):
        return len(c[1].value) if isinstance(c[1], V) else len(c[1])
    return len(c)


def put_cell(d, c):
    if isinstance(c, V):
        d.p(c)
    elif isinstance(c, tuple):
        if c[0] == "neg":
            d.neg(c[1], c[2])
        elif c[0] == "pn":  # span with forced noise
            d.p(c[1], c[2])
        elif c[0] == "raw":
            d.t(c[1])
    else:
        d.t(c)


def table(d, header, rows, style=None):
    g = d.g
    style = style or g.ch(["pipe", "pipe_bare", "tab", "spaces"])
    ncol = len(rows[0]) if rows else len(header)
    allrows = ([header] if header else []) + rows
    widths = [max(cell_len(r[k]) for r in allrows) + 2 for k in range(ncol)]
    d.lay("table_" + style, "table_header" if header else "table_noheader")
    for ri, r in enumerate(allrows):
        if style == "pipe":
            d.t("| ")
        for k, c in enumerate(r):
            put_cell(d, c)
            if k < ncol - 1:
                if style == "pipe":
                    d.t(" | ")
                elif style == "pipe_bare":
                    d.t("|")
                elif style == "tab":
                    d.t("\t")
                else:
                    d.t(" " * max(2, widths[k] - cell_len(c)))
        if style == "pipe":
            d.t(" |")
        d.t("\n")
        if ri == 0 and header and style == "pipe" and g.rng.random() < .5:
            d.t("|" + "|".join("-" * (w) for w in widths) + "|\n")


# ----------------------------------------------------------------------------
# validation
# ----------------------------------------------------------------------------
SHAPES = [("mobile", re.compile(r"01[016789][-. )]?\d{3,4}[-. ]?\d{4}")),
          ("email", re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z]")),
          ("rrn", re.compile(r"\d{6}\s?[-‐－]\s?[1-8][\d*●Xx]{6}")),
          ("card", re.compile(r"\d{4}[- ]\d{4}[- ]\d{4}[- ]\d{3,4}")),
          ("ipv4", re.compile(r"(?<![\d.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d.])")),
          ("phone", re.compile(r"(?<!\d)0\d{1,2}[-)]\s?\d{3,4}-\d{4}(?!\d)")),
          ("call", re.compile(r"(?<!\d)1[5-9]\d\d-\d{4}(?!\d)")),
          ("brn", re.compile(r"(?<!\d)\d{3}-\d{2}-\d{5}(?!\d)")),
          ("plate", re.compile(r"(?<!\d)\d{2,3}[" + PLATE_PRIV + PLATE_BIZ + PLATE_RENT + r"]\s?\d{4}(?!\d)"))]
PLACEHOLDER_RE = re.compile(r"(^[가-힣]{1,2}\s?(○○|OO|\*\*)$|^[가-힣]{1,2} 모$|^홍길동$|^[갑을병]$|^[A-D]$)")


def validate_record(rec, meta):
    text = rec["text"]
    req(isinstance(text, str) and text, "empty text")
    spans = meta["spans"]
    prev_end = -1
    cover = [0] * len(text)
    for s in spans:
        req(s["type"] in TYPESET, "type")
        req(0 <= s["start"] < s["end"] <= len(text), "bounds")
        req(s["start"] >= prev_end, "overlap/order")
        prev_end = s["end"]
        sub = text[s["start"]:s["end"]]
        req(sub == s["surface"], "surface mismatch")
        req(sub == sub.strip(), "edge whitespace")
        req(equiv(sub, s["value"], "confusable_letters" in s["noise"]), "noise changed the value %r %r" % (sub, s["value"]))
        check_value(s["type"], s["kind"], s["value"])
        if s["type"] == "PERSON":
            req(not PLACEHOLDER_RE.search(s["value"]), "placeholder labelled")
        for k in range(s["start"], s["end"]):
            cover[k] = 1
    for h in meta["hard_negatives"]:
        req(text[h["start"]:h["end"]] == h["text"], "neg text")
        req(not any(cover[h["start"]:h["end"]]), "hard negative overlaps a gold span: %r" % h["text"])
    # every other occurrence of a labelled string must be labelled too
    for s in spans:
        for needle in {s["surface"], s["value"]}:
            if len(needle) < 2:
                continue
            k = text.find(needle)
            while k >= 0:
                req(all(cover[k:k + len(needle)]), "unlabelled repeat of %r" % needle)
                k = text.find(needle, k + 1)
    # PII-looking strings outside gold spans and tagged hard negatives
    blank = list(text)
    for k in range(len(text)):
        if cover[k]:
            blank[k] = "\u2592"
    for h in meta["hard_negatives"]:
        for k in range(h["start"], h["end"]):
            blank[k] = "\u2592"
    bt = "".join(blank)
    for nmx, rx in SHAPES:
        m = rx.search(bt)
        req(not m, "untagged %s-like string %r" % (nmx, m and m.group(0)))
    if meta["no_pii"]:
        req(not spans and meta["hard_negatives"], "no-PII record must have hard negatives and no spans")
    else:
        req(spans, "PII record without spans")
    req(meta["hard_negatives"], "record without hard negatives")


# ----------------------------------------------------------------------------
# romanisation of Korean names (passport style), field emission, case library
# ----------------------------------------------------------------------------
R_INI = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
R_MED = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi",
         "yu", "eu", "ui", "i"]
R_FIN = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t",
         "ng", "t", "t", "k", "t", "p", "t"]
R_SUR = {"김": "KIM", "이": "LEE", "박": "PARK", "최": "CHOI", "정": "JUNG", "강": "KANG", "조": "CHO", "윤": "YOON",
         "장": "JANG", "임": "LIM", "한": "HAN", "오": "OH", "신": "SHIN", "류": "RYU", "유": "YOO", "노": "NOH",
         "우": "WOO", "남궁": "NAMGOONG", "황보": "HWANGBO", "선우": "SUNWOO", "제갈": "JEGAL", "독고": "DOKGO",
         "사공": "SAGONG", "서문": "SEOMUN", "동방": "DONGBANG", "문": "MOON", "성": "SUNG", "구": "KOO"}


def rom_syl(c):
    k = ord(c) - 0xAC00
    return R_INI[k // 588] + R_MED[(k % 588) // 28] + R_FIN[k % 28]


def romanize(v):
    nmv = v.value
    sur = nmv[:2] if nmv[:2] in SURNAMES2 else nmv[:1]
    giv = nmv[len(sur):]
    rs = R_SUR.get(sur) or "".join(rom_syl(c) for c in sur).upper()
    parts = [rom_syl(c).upper() for c in giv]
    gv = "".join(parts) if len(parts) != 2 or hash_choice(nmv) else "-".join(parts)
    return V("PERSON", "ko_latin", "latin_kr", rs + " " + gv)


def hash_choice(s):
    return int(hashlib.md5(s.encode("utf-8")).hexdigest(), 16) % 3 != 0


def age_of(b):
    return 2026 - b[0] - (1 if (b[1], b[2]) > (12, 6) else 0)


def put(d, x):
    """emit one field value made of pieces: str, V, ('neg', s, cat), ('addr', post, V, paren), list"""
    if isinstance(x, list):
        for y in x:
            put(d, y)
    elif isinstance(x, V):
        d.p(x)
    elif isinstance(x, tuple):
        if x[0] == "neg":
            d.neg(x[1], x[2])
        elif x[0] == "addr":
            post, v, paren = x[1], x[2], x[3]
            if post:
                if d.g.rng.random() < .5:
                    d.t("(")
                    d.neg(post, "postal_code")
                    d.t(") ")
                else:
                    d.neg(post, "postal_code")
                    d.t(" ")
            d.p(v)
            if paren:
                d.t(" " + paren)
        elif x[0] == "pn":
            d.p(x[1], x[2])
        elif x[0] == "name":
            nm(d, x[1], spaced=x[2] if len(x) > 2 else 0.0)
        else:
            raise GenError("piece " + repr(x[0]))
    else:
        d.t(x)


def addr_piece(g, kind=None, era="modern", region=None):
    post, v, paren = g.address(kind, region=region, era=era)
    return ("addr", post, v, paren)


BULLETS = [["가. ", "나. ", "다. ", "라. ", "마. ", "바. ", "사. ", "아. "], ["- "] * 8, ["○ "] * 8,
           ["1) ", "2) ", "3) ", "4) ", "5) ", "6) ", "7) ", "8) "], ["ㆍ"] * 8, ["□ "] * 8]


def emit_fields(d, fields, style=None, indent="  "):
    """fields: list of (label, value-pieces). style: form | grid | inline | colon_table"""
    g = d.g
    style = style or g.ch(["form", "form", "grid", "inline", "colon_table"])
    if style == "form":
        bl = g.ch(BULLETS)
        sep = g.ch([": ", " : ", ":", "  "])
        for k, (lab, val) in enumerate(fields):
            d.t(indent + bl[k % 8] + lab + sep)
            put(d, val)
            d.t("\n")
    elif style == "grid":
        d.lay("form_grid")
        per = g.ch([2, 2, 3])
        for k, (lab, val) in enumerate(fields):
            d.t(("| " if k % per == 0 else " | ") + lab + " | ")
            put(d, val)
            if k % per == per - 1 or k == len(fields) - 1:
                d.t(" |\n")
    elif style == "inline":
        for k, (lab, val) in enumerate(fields):
            d.t(lab + " ")
            put(d, val)
            d.t(", " if k < len(fields) - 1 else "\n")
    else:
        d.lay("form_grid")
        w = max(len(l) for l, _ in fields) + 2
        for lab, val in fields:
            d.t(indent + lab.ljust(w, "　" if g.rng.random() < .3 else " ") + g.ch([": ", "  ", "： "]))
            put(d, val)
            d.t("\n")


def case_fields(d, g, case, era="modern"):
    """returns list of (label, pieces) for one data subject; no PII in a no-PII record"""
    F = []
    if d.nopii:
        ph = ("neg", g.ch(["김○○", "이○○", "박**", "홍길동", "갑", "신청인 A"]), "placeholder_person")
        F.append(("성명", [ph]))
        if case in ("business",):
            F.append(("상호", [("neg", company_name(g), "company_name")]))
        F.append(("관할", [("neg", g.ch(["%s %s" % (r[1], r[3][0]) for r in REGIONS if r[3][0]]), "region_only")]))
        F.append(("처리 기한", [("neg", fmt_date(g.r(2023, 2026), g.r(1, 11), g.r(1, 28), "dot_space_trail"), "date")]))
        return F
    b = g.birth(1930, 1978) if era == "90s" else g.birth(1940, 2006)
    p = g.ko_name(old=(era == "90s"))
    old = era == "90s"
    if case == "resident":
        F += [("성명", [p]), ("주민등록번호", [g.rrn(g.ch(["rrn_valid", "rrn_masked"]) if not old else "rrn_valid", birth=b)]),
              ("주소", [addr_piece(g, g.ch(["jibun", "jibun_apt"]) if old else None, era)]),
              ("연락처", [g.phone(g.ch(["mobile", "landline"]), era=era)])]
    elif case == "refund":
        bank, acct = g.account()
        F += [("성명", [p]), ("생년월일", [g.dob(birth=b)]), ("환급계좌", [bank + " ", acct, " (예금주: ", ("pn", p, ()), ")"]),
              ("연락처", [g.phone("mobile", era=era)]), ("환급금액", [("neg", "%s원" % format(g.r(1, 999) * 1000 + g.r(0, 9) * 10, ","), "amount")])]
    elif case == "vehicle":
        F += [("차량번호", [g.plate(g.ch(["region", "region", "commercial"]) if old else None)]), ("소유자", [p]),
              ("주소", [addr_piece(g, "jibun" if old else None, era)]), ("연락처", [g.phone(g.ch(["mobile", "landline"]), era=era)])]
    elif case == "foreigner":
        lat, han, nat = g.foreign()
        bf = g.birth(1960, 2005)
        F += [("성명", [lat, " (", han, ")"]), ("국적", [NATION_KO[nat]]), ("생년월일", [g.dob(birth=bf)]),
              ("외국인등록번호", [g.frn(birth=bf)]), ("여권번호", [g.passport(nat=nat)])]
    elif case == "driver":
        F += [("성명", [p]), ("생년월일", [g.dob(birth=b)]), ("운전면허번호", [g.dl(g.ch(["dl_region", "dl_region_nospace"]), years=list(range(75, 99))) if old else g.dl()]),
              ("주소", [addr_piece(g, "jibun" if old else None, era)])]
    elif case == "insured":
        F += [("성명", [p]), ("생년월일", [g.dob(birth=b)]), ("건강보험증번호", [g.hi()]),
              ("연락처", [g.phone("mobile")])]
    elif case == "business":
        F += [("상호", [("neg", company_name(g), "company_name")]), ("대표자", [p]),
              ("사업자등록번호", [g.brn()]), ("법인등록번호", [g.crn()]), ("소재지", [addr_piece(g)]),
              ("전화", [g.phone(g.ch(["landline", "070"]))])]
    elif case == "network":
        F += [("성명", [p]), ("이메일", [g.email()]), ("접속 IP", [g.ip()]), ("접속 일시", [("neg", "%d-%02d-%02d %02d:%02d" % (g.r(2023, 2026), g.r(1, 11), g.r(1, 28), g.r(0, 23), g.r(0, 59)), "date")])]
    elif case == "card":
        F += [("성명", [p]), ("카드번호", [g.card(masked=g.rng.random() < .4)]), ("연락처", [g.phone("mobile")])]
    elif case == "passport":
        F += [("성명", [p, " (", romanize(p), ")"]), ("생년월일", [g.dob(birth=b)]), ("여권번호", [g.passport(g.ch(["passport_kr_new", "passport_kr_old"]))])]
    else:
        raise GenError("case " + case)
    return F


CASE_LAW = {"resident": ["주민등록법"], "refund": ["지방세기본법"], "vehicle": ["자동차관리법"], "foreigner": ["출입국관리법"],
            "driver": ["도로교통법", "도로교통법 시행규칙"], "insured": ["국민건강보험법"], "business": ["국가를 당사자로 하는 계약에 관한 법률"],
            "network": ["개인정보 보호법"], "card": ["여신전문금융업법"], "passport": ["여권법"]}
CASES = ["resident", "refund", "vehicle", "foreigner", "driver", "insured", "business", "network", "card", "passport"]
CASE_TITLE = {"resident": "주민등록 사실조사 대상자 통보", "refund": "과오납 지방세 환급 안내",
              "vehicle": "자동차 압류 해제 협조 요청", "foreigner": "외국인 체류지 변경 사실 통보",
              "driver": "운전면허 행정처분 대상자 통보", "insured": "건강보험 피부양자 자격 확인 요청",
              "business": "계약상대자 자격 확인 결과 통보", "network": "개인정보 유출 의심 접속 기록 통보",
              "card": "카드 결제 오류 환불 처리 협조", "passport": "여권 발급 신원조사 회보"}


# ----------------------------------------------------------------------------
# templates, part A: 공문 of several eras, 공고, 민원 회신, 정보공개
# ----------------------------------------------------------------------------
def t_gongmun_90s(d, g, i):
    inst = make_inst(g, g.ch(["local", "local", "central"]), era="90s")
    case = g.ch(["resident", "resident", "vehicle", "driver", "refund"])
    d.t(inst["name"] + "\n")
    if g.rng.random() < .5:
        d.t(g.ch(["우", "우편번호 "]))
        d.neg("%03d-%03d" % (g.r(100, 799), g.r(0, 999)), "postal_code")
        d.t(" ")
        d.neg(inst["addr"], "institution_address")
        d.t("  전화 ")
        d.neg("(%s) %d-2114" % (inst["area"], g.r(200, 999)), "institution_switchboard")
        d.t("\n")
    d.t(g.ch(["문서번호 ", "문서번호  ", "번  호 "]))
    d.neg(docnum(g, inst, "90s"), "document_number")
    d.t(g.ch(["\n시행일자 ", "      시행일자 ", "\n일  자 "]))
    d.neg(fmt_date(g.r(1991, 1999), g.r(1, 12), g.r(1, 28), g.ch(["dot_space_trail", "dot_space", "kor_space"])), "date")
    d.t("\n(경  유)\n수  신  ")
    n_office(d)
    d.t("\n참  조  " + g.ch(DEPTS) + "장\n\n제  목  " + CASE_TITLE[case] + "\n\n")
    d.t("1. 관련: ")
    n_statute(d, CASE_LAW[case])
    d.t("\n2. 위 호와 관련하여 아래 대상자에 대하여 조사한 결과를 다음과 같이 통보하오니\n   업무에 참고하시기 바랍니다.\n\n" + g.ch(["- 다  음 -", "다      음", "- 아  래 -"]) + "\n")
    for k in range(g.ch([1, 1, 2, 3])):
        if k:
            d.t("\n")
        emit_fields(d, case_fields(d, g, case, era="90s"), g.ch(["form", "colon_table"]), indent="   ")
    d.t("\n3. 처리결과는 ")
    n_date(d, "dot_space_trail", 1992, 1999)
    d.t("까지 회보하여 주시기 바랍니다.")
    attachments(d, [g.ch(["조사결과 명단", "관련 서류 사본", "대상자 현황"])])
    sign_inst(d, inst)
    d.t("\n\n")
    approval_grid90(d, inst)
    if g.rng.random() < .6:
        d.t("기안자 " + g.ch(["행정주사보 ", "주사 ", "서기 "]))
        nm(d, spaced=.3, old=True)
        d.t("   전화 ")
        if d.nopii:
            n_switch(d, inst, label=False)
        else:
            d.p(g.phone("landline", "paren", area=inst["area"], era="90s"))
        d.lay("signoff_block")
    if g.rng.random() < .5:
        d.page_end()


def t_gongmun_2000s(d, g, i):
    inst = make_inst(g, g.ch(["local", "agency", "central"]))
    case = g.ch(CASES)
    d.running_head(g.ch(["", "[ " + inst["short"] + " ]", inst["name"]]) or inst["short"])
    d.t(inst["name"] + "\n\n수신자  ")
    if g.rng.random() < .3:
        d.t("수신자 참조")
    else:
        n_office(d, make_inst(g))
    d.t("\n(경유)\n제  목  " + CASE_TITLE[case] + "\n\n")
    rel = g.rng.random() < .5
    d.t("1. " + ("관련: " if rel else "귀 기관의 무궁한 발전을 기원합니다."))
    if rel:
        d.neg(docnum(g, make_inst(g)), "document_number")
        d.t("(")
        n_date(d, "dot_space_trail", 2003, 2012)
        d.t(")")
    d.t("\n2. ")
    n_statute(d, CASE_LAW[case])
    d.t("에 따라 아래와 같이 " + g.ch(["통보합니다.", "요청하오니 협조하여 주시기 바랍니다.", "알려 드립니다."]) + "\n")
    emit_fields(d, case_fields(d, g, case), indent="   ")
    d.t("3. 문의사항은 " + inst["dept"] + " ")
    if d.nopii:
        n_switch(d, inst)
    else:
        d.t(g.ch(["담당 ", "", "주무관 "]))
        p = nm(d)
        d.t(g.ch(["(☎ ", "(전화 ", "("]))
        d.p(direct_line(g, inst))
        d.t(")")
    d.t(g.ch(["으로 연락하여 주시기 바랍니다.", "에게 문의하시기 바랍니다."]))
    attachments(d, [g.ch(["대상자 명단", "신청서 사본", "확인서"]), "관련 공문 사본"][:g.r(1, 2)])
    sign_inst(d, inst)
    d.t("\n\n")
    approval_elec(d, inst)
    d.page_end()


def t_gongmun_elec(d, g, i):
    inst = make_inst(g)
    case = g.ch(CASES)
    d.running_head(g.ch(["%s %s" % (inst["short"], inst["dept"]), inst["name"], "전자문서"]))
    d.t("\n" + inst["name"] + "\n")
    if g.rng.random() < .5:
        d.t(g.ch(["국민과 함께하는 ", "시민이 행복한 ", "안전하고 따뜻한 "]) + inst["short"] + "\n")
    d.t("\n수신  ")
    n_office(d, make_inst(g))
    d.t(g.ch(["(" + g.ch(DEPTS) + "장)", ""]) + "\n(경유)\n제목  " + CASE_TITLE[case] + "\n\n")
    d.t("1. 관련: ")
    d.neg(docnum(g, inst), "document_number")
    d.t("(")
    n_date(d, "dot_space_trail", 2022, 2026)
    d.t(".)\n" if g.rng.random() < .1 else ")\n")
    d.t("2. 위와 관련하여 ")
    n_statute(d, CASE_LAW[case])
    d.t("에 따라 " + g.ch(["다음과 같이 통보하오니 업무에 참고하시기 바랍니다.", "다음 사항을 확인하여 회신하여 주시기 바랍니다.",
                           "대상자 현황을 알려 드리니 조치하여 주시기 바랍니다."]) + "\n")
    emit_fields(d, case_fields(d, g, case), indent="  ")
    if g.rng.random() < .45:
        d.pagebreak()
    if g.rng.random() < .4:
        d.t("   ※ 참고: ")
        n_namelike(d)
        d.t(" 관련 협조 사항은 별도 안내 예정\n")
    d.t("3. 회신 기한: ")
    n_date(d, "dot_space_trail", 2024, 2026)
    d.t(".\n4. " + g.ch(["개인정보가 포함되어 있으니 취급에 유의하시기 바랍니다.", "처리 결과는 전자문서시스템으로 회신하여 주시기 바랍니다."]))
    attachments(d, [g.ch(["대상자 명단", "확인서 서식", "처리 결과 보고 서식", "관련 법령 발췌"]) for _ in range(g.r(1, 3))])
    sign_inst(d, inst)
    d.t("\n\n")
    approval_elec(d, inst)
    d.page_end(g.ch([None, "「" + g.ch(["청렴", "친절", "공정"]) + "한 " + inst["short"] + "」", None]))


def t_gongmun_coop(d, g, i):
    """modern 공문 with 수신자 참조, 경유, a person table and an approval block placed first (HWP export order)"""
    inst = make_inst(g, g.ch(["local", "central"]))
    case = g.ch(["resident", "vehicle", "insured", "driver", "business"])
    recips = [make_inst(g, "local") for _ in range(g.r(2, 4))]
    if g.rng.random() < .4:
        approval_elec(d, inst)
        d.t("\n\n")
    d.t(inst["name"] + "\n수신  수신자 참조\n(경유) ")
    n_office(d, recips[0])
    d.t("\n제목  " + CASE_TITLE[case] + g.ch(["", "(2차)", " 재요청"]) + "\n\n1. ")
    n_statute(d, CASE_LAW[case])
    d.t(" 및 ")
    n_statute(d, ["행정업무의 운영 및 혁신에 관한 규정", "개인정보 보호법"])
    d.t("와 관련입니다.\n2. 아래 대상자에 대한 " + g.ch(["실태조사", "사실확인", "자료 제출"]) + "를 요청하오니 ")
    n_date(d, "kor_space", 2023, 2026)
    d.t("까지 회신하여 주시기 바랍니다.\n\n")
    rows = []
    for k in range(g.r(2, 5)):
        if d.nopii:
            rows.append([str(k + 1), ("neg", g.ch(["김○○", "이○○", "박○○", "최**"]), "placeholder_person"),
                         ("neg", g.ch(["%s %s" % (r[1], r[3][0]) for r in REGIONS if r[3][0]]), "region_only"), "미회신"])
        else:
            b = g.birth(1945, 2004)
            p = g.ko_name()
            third = {"resident": lambda: g.rrn("rrn_masked", birth=b), "vehicle": lambda: g.plate(),
                     "insured": lambda: g.hi(), "driver": lambda: g.dl(), "business": lambda: g.brn()}[case]()
            rows.append([str(k + 1), p, third, g.dob(g.ch(["dot_pad", "yy_dot", "hyphen"]), birth=b)])
    hdr = ["연번", "성명", "관할" if d.nopii else {"resident": "주민등록번호", "vehicle": "차량번호", "insured": "건강보험증번호", "driver": "면허번호",
                         "business": "사업자등록번호"}[case], "생년월일" if not d.nopii else "비고"]
    table(d, hdr if g.rng.random() < .7 else None, rows)
    attachments(d, ["대상자 명단(엑셀)"])
    sign_inst(d, inst)
    d.t("\n수신자  ")
    for k, r in enumerate(recips):
        d.neg(r["office"], "official_by_office")
        d.t(g.ch([", ", " ", "  "]) if k < len(recips) - 1 else "")
    if not d.layout or "approval_line" not in d.layout:
        d.t("\n\n")
        approval_elec(d, inst)
    d.page_end()


def t_public_notice(d, g, i):
    """공시송달 공고 listing persons who could not be served"""
    inst = make_inst(g, "local")
    d.running_head(inst["name"] + " 공고 제" + str(g.r(2023, 2026)) + "-" + str(g.r(10, 999)) + "호")
    d.t("\n" + g.ch(["과태료 부과 사전통지서 공시송달 공고", "지방세 고지서 공시송달 공고", "자동차 번호판 영치 예고 공시송달 공고"]) + "\n\n")
    d.t("「행정절차법」 제14조 제4항에 따라 주소불명 등의 사유로 송달할 수 없어 다음과 같이 공시송달합니다.\n\n")
    d.t(g.ch(["1. 공고기간: ", "가. 공고기간 : "]))
    n_range(d, "dot_space_trail", 2024, 2026)
    d.t("\n2. 송달 내용: 붙임 명단 참조\n3. 문의: " + inst["dept"] + " ")
    n_switch(d, inst)
    d.t("\n\n붙임  공시송달 대상자 명단\n")
    rows = []
    for k in range(g.r(3, 7)):
        if d.nopii:
            rows.append([str(k + 1), ("neg", g.ch(["김○○", "이○○", "정**", "박OO"]), "placeholder_person"),
                         ("neg", "%s %s" % (inst["name"].split()[0][:2], g.ch(DONG)), "region_only"), ("neg", "%s원" % format(g.r(2, 90) * 10000, ","), "amount")])
        else:
            p = g.ko_name()
            rows.append([str(k + 1), p, g.plate() if g.rng.random() < .6 else g.rrn("rrn_masked"),
                         addr_cell(g), ("neg", "%s원" % format(g.r(2, 90) * 10000, ","), "amount")])
    table(d, ["연번", "성명", "차량번호/주민번호" if not d.nopii else "구분", "주소", "금액"] if g.rng.random() < .6 else None, rows)
    sign_inst(d, inst, seal=False)
    d.page_end()


def addr_cell(g, wrap_p=0.35):
    post, v, paren = g.address()
    if g.rng.random() < wrap_p and " " in v.value:
        return ("pn", v, ("wrapped",))
    return v


def t_minwon_reply(d, g, i):
    inst = make_inst(g)
    d.running_head(g.ch(["민원 처리 결과 통지", inst["name"] + " 민원회신", "민원회신문"]))
    d.t("\n" + inst["name"] + "\n\n")
    p = None
    if d.nopii:
        d.t("수신  ")
        n_placeholder(d, "masked")
        d.t(" 귀하\n")
    else:
        d.t(g.ch(["수신  ", "민원인  ", "받는 분: "]))
        p = nm(d)
        d.t(g.ch([" 귀하", " 님", "님 귀하", " 귀하"]))
        if g.rng.random() < .6:
            par = g.rng.random() < .5
            d.t("  (" if par else "\n주소  ")
            ap = addr_piece(g)
            put(d, ("addr", None, ap[2], None) if par else ap)
            d.t(")" if par else "")
        d.t("\n")
    d.t("(경유)\n제목  민원(")
    n_receipt(d)
    d.t(") 처리 결과 알림\n\n1. 귀하께서 ")
    n_date(d, "kor_space", 2024, 2026)
    d.t(" 국민신문고를 통하여 제출하신 민원에 대한 검토 결과를 다음과 같이 알려 드립니다.\n")
    sub = g.ch(["vehicle", "refund", "insured", "foreigner", "card"])
    d.t("2. 귀하의 민원 요지는 " + {"vehicle": "주택가 이면도로의 상습 불법주차 차량에 대한 단속 요청", "refund": "과오납된 자동차세의 환급 요청",
                                "insured": "건강보험료 부과 내역에 대한 이의", "foreigner": "외국인 배우자의 체류 관련 서류 안내 요청",
                                "card": "이중 결제된 민원 수수료의 취소 요청"}[sub] + "으로 이해됩니다.\n")
    d.t("3. 검토 결과, ")
    n_statute(d, CASE_LAW[sub] + ["민원 처리에 관한 법률"])
    d.t("에 따라 ")
    if not d.nopii and g.rng.random() < .7:
        d.t("아래 사항을 확인하였습니다.\n")
        emit_fields(d, case_fields(d, g, sub), g.ch(["form", "inline", "colon_table"]), indent="   ")
    else:
        d.t("처리하였음을 알려 드립니다. 환급 예정액은 ")
        n_amount(d)
        d.t("입니다.\n")
    d.t("4. 기타 궁금하신 사항은 " + inst["dept"] + " ")
    if d.nopii:
        n_office(d, inst)
        d.t("(")
        n_switch(d, inst, label=False)
        d.t(")")
    else:
        pre = g.ch(["주무관 ", "담당자 ", ""])
        d.t(pre)
        nm(d)
        d.t((g.ch([" 주무관", " 조사관"]) if not pre else "") + "(☎ ")
        d.p(direct_line(g, inst))
        em = g.rng.random() < .6
        d.t(g.ch([", ", ", 이메일 "]) if em else ")")
        if em:
            d.p(g.email("official"))
            d.t(")")
    d.t("에게 연락 주시면 친절히 안내해 드리겠습니다. 감사합니다." + g.ch(["  끝.", ""]))
    sign_inst(d, inst)
    if g.rng.random() < .6:
        d.t("\n\n")
        approval_elec(d, inst)
    d.page_end()


def t_minwon_email(d, g, i):
    inst = make_inst(g)
    d.lay("mail_header")
    d.t("[국민신문고] 민원 답변이 등록되었습니다\n" + g.ch(["보낸사람", "From"]) + ": ")
    d.neg("noreply@epeople.go.kr", "institution_email")
    d.t("\n" + g.ch(["받는사람", "To"]) + ": ")
    if d.nopii:
        d.t("(수신인 정보 비공개)")
    else:
        d.p(g.email())
    d.t("\n" + g.ch(["날짜", "Date"]) + ": ")
    n_date(d, "hyphen", 2024, 2026)
    d.t(" %02d:%02d\n\n" % (g.r(8, 19), g.r(0, 59)))
    d.t("신청번호 ")
    n_receipt(d)
    d.t("\n처리기관 " + inst["name"] + " " + inst["dept"] + "\n")
    if not d.nopii:
        d.t("담당자 ")
        nm(d)
        d.t(" (")
        d.p(direct_line(g, inst))
        d.t(")\n\n")
        d.t("안녕하십니까? " + inst["short"] + "에 관심을 가져 주신 ")
        nm(d)
        d.t(g.ch(["님께 ", " 님께 ", " 민원인께 "]) + "감사드립니다.\n")
    else:
        d.t("담당부서 " + inst["dept"] + " (")
        n_switch(d, inst, label=False)
        d.t(")\n\n안녕하십니까? 귀하의 민원에 대하여 다음과 같이 답변드립니다.\n")
    d.t("귀하의 민원은 ")
    n_namelike(d)
    d.t(" 관련 사항으로, ")
    n_statute(d)
    d.t("에 따라 검토하였습니다.\n")
    if not d.nopii and g.rng.random() < .6:
        d.t("민원 신청 시 기재하신 연락처(")
        d.p(g.phone("mobile"))
        d.t(")로도 처리 상황을 문자로 안내해 드렸습니다.\n")
    if not d.nopii and g.rng.random() < .5:
        d.t("이중 결제된 수수료는 결제하신 카드(")
        d.p(g.card(masked=g.rng.random() < .5))
        d.t(")로 승인 취소 처리되었습니다.\n")
    d.t("※ 이 메일은 발신 전용입니다. 추가 문의는 ")
    n_switch(d, inst)
    d.t("로 해 주시기 바랍니다.\n")
    d.lay("running_footer")
    d.t("Copyright ⓒ " + inst["short"] + ". All rights reserved.")


def t_foi_notice(d, g, i):
    inst = make_inst(g)
    d.running_head("■ 공공기관의 정보공개에 관한 법률 시행규칙 [별지 제7호서식]")
    d.t("\n정보 " + g.ch(["공개", "부분공개", "비공개"]) + " 결정 통지서\n\n")
    d.t("접수번호 ")
    n_receipt(d)
    d.t("   접수일 ")
    n_date(d, "dot_space_trail", 2024, 2026)
    d.t("\n")
    d.lay("form_grid")
    if d.nopii:
        d.t("청구인 | 성명(법인명) | ")
        n_placeholder(d, "masked")
        d.t(" | 생년월일 | (기재 생략)\n       | 주소 | ")
        n_region_only(d)
        d.t(" | 전화번호 | (기재 생략)\n")
    else:
        b = g.birth(1950, 2004)
        d.t("청구인 | 성명(법인명) | ")
        nm(d)
        d.t(" | 생년월일 | ")
        d.p(g.dob(g.ch(["dot_space_trail", "dot_pad", "kor_space", "hyphen"]), birth=b))
        d.t("\n       | 주소(소재지) | ")
        put(d, addr_piece(g))
        d.t("\n       | 전화번호 | ")
        d.p(g.phone("mobile"))
        d.t(" | 전자우편 | ")
        d.p(g.email())
        d.t("\n")
    d.t("청구 내용 | " + g.ch(["%d년도 업무추진비 집행 내역" % g.r(2022, 2025), "○○동 재개발 정비사업 회의록 일체",
                              "청사 출입자 명부(%d. 1. ~ 6.)" % g.r(2022, 2025), "민원 처리 관련 내부 검토 보고서"]) + "\n")
    d.t("공개 내용 | 부분공개\n비공개 내용 및 사유 | 개인에 관한 사항(성명, 연락처 등)은 ")
    d.neg("「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호", "statute_citation")
    d.t("에 따라 비공개\n공개 일시 | ")
    n_date(d, "kor_space", 2024, 2026)
    d.t("\n공개 방법 | 전자우편\n수수료 | ")
    d.neg("%s원" % format(g.ch([0, 300, 1000, 2500, 4200, 12000]), ","), "amount")
    d.t("\n\n귀하의 정보공개 청구에 대한 결정 내용을 위와 같이 통지합니다.\n")
    d.t("※ 결정에 불복하는 경우 이 통지를 받은 날부터 30일 이내에 이의신청을 할 수 있습니다.\n")
    sign_inst(d, inst)
    d.t("\n\n담당자: " + inst["dept"] + " ")
    if d.nopii:
        n_office(d, inst)
        d.t(" ")
        n_switch(d, inst)
    else:
        nm(d, spaced=.2)
        d.t(" ☎ ")
        d.p(direct_line(g, inst))
    d.page_end()


# ----------------------------------------------------------------------------
# templates, part B: forms (신청서, 동의서, 신고서) and registers
# ----------------------------------------------------------------------------
def form_head(d, g, law, no, title):
    d.running_head("■ %s [별지 제%d호서식]%s" % (law, no, g.ch(["", " <개정 2024. 3. 12.>", " (앞쪽)"])))
    d.t("\n" + title + "\n")
    if g.rng.random() < .6:
        d.t("※ 뒤쪽의 작성방법을 읽고 작성하시기 바라며, [  ]에는 해당되는 곳에 √표시를 합니다.\n")
    d.t("접수번호 ")
    n_receipt(d)
    d.t(g.ch(["   접수일 ", " | 접수일자 ", "\t접수일 "]))
    n_date(d, "dot_space_trail", 2023, 2026)
    d.t(g.ch(["   처리기간 즉시\n", " | 처리기간 7일\n", "\n"]))
    d.lay("form_grid")


def row(d, cells, lead="| ", sep=" | ", end=" |\n"):
    d.t(lead)
    for k, c in enumerate(cells):
        put(d, c)
        d.t(sep if k < len(cells) - 1 else end)


def t_form_passport(d, g, i):
    inst = make_inst(g, "local")
    form_head(d, g, "여권법 시행규칙", 1, "여권 발급 신청서")
    minor = g.rng.random() < .35
    b = g.birth(2020, 2026) if minor else g.birth(1950, 2005)
    if minor and (b[0], b[1]) < (2020, 10):
        b = (2021, b[1], b[2])
    p = g.ko_name()
    row(d, ["여권종류", "[√] 일반  [ ] 관용  [ ] 외교관", "여권기간", g.ch(["[√] 10년", "[√] 5년", "[√] 단수"])])
    row(d, ["성명(한글)", p, "성명(영문)", romanize(p)])
    row(d, ["주민등록번호", g.rrn("rrn_post2020" if minor else "rrn_valid", birth=b), "생년월일", g.dob(g.ch(["dot_pad", "kor_space", "eng_dmy"]), birth=b)])
    row(d, ["전화번호", g.phone("mobile"), "전자우편", g.email()])
    d.t("| 주소 | ")
    put(d, addr_piece(g, g.ch(["road_unit", "jibun_apt", "road_full"])))
    d.t(" |\n")
    e = g.ko_name()
    row(d, ["긴급연락처", ["성명 ", e], "관계 " + g.ch(["부", "모", "배우자", "자녀", "형제"]), ["전화번호 ", g.phone("mobile")]])
    if g.rng.random() < .6:
        row(d, ["기존 여권번호", g.passport(g.ch(["passport_kr_old", "passport_kr_new"])), "유효기간 만료일", ("neg", fmt_date(g.r(2018, 2026), g.r(1, 12), g.r(1, 28), "dot_pad"), "date")])
    d.t("\n「여권법」 제9조 및 같은 법 시행령 제5조에 따라 위와 같이 여권의 발급을 신청합니다.\n\n")
    n_date(d, "kor_space", 2024, 2026)
    d.t("\n신청인 ")
    if minor:
        nm(d, p, spaced=.3)
        d.t(" (서명)\n법정대리인 ")
        nm(d, spaced=.3)
        d.t(" (서명 또는 인)  관계: " + g.ch(["부", "모"]))
    else:
        nm(d, p, spaced=.3)
        d.t(g.ch([" (서명 또는 인)", " (서명)", "  (인)"]))
    d.lay("signoff_block")
    d.t("\n\n")
    n_office(d, inst)
    d.t(" 귀하\n\n접수 담당자 " + g.ch(["주무관 ", ""]))
    nm(d, spaced=.4)
    d.t("  확인자 ")
    nm(d, spaced=.4)
    d.page_end("210mm×297mm[백상지 80g/㎡]")


HOUSEHOLD = [("배우자", 1945, 2002), ("자녀", 1990, 2019), ("자녀", 2000, 2025), ("부", 1935, 1965), ("모", 1938, 1968), ("손자녀", 2010, 2025)]


def household(g, n, head_birth=None):
    out = []
    rels = [HOUSEHOLD[0]] + g.rng.sample(HOUSEHOLD[1:], 4)
    for rel, y0, y1 in rels[:n]:
        if head_birth and rel == "배우자":
            y0, y1 = max(1935, head_birth[0] - 8), min(2004, head_birth[0] + 8)
        if head_birth and rel in ("자녀", "손자녀"):
            y0 = max(y0, head_birth[0] + 20)
            y1 = max(y0, y1)
        if head_birth and rel in ("부", "모"):
            y1 = min(y1, head_birth[0] - 18)
            y0 = min(y0, y1)
        rb = g.birth(y0, y1)
        kind = "rrn_post2020" if (rb[0], rb[1]) >= (2020, 10) else g.ch(["rrn_valid", "rrn_valid", "rrn_masked"])
        out.append((rel, g.ko_name(), g.rrn(kind, birth=rb), rb))
    return out


def t_form_welfare(d, g, i):
    inst = make_inst(g, "local")
    form_head(d, g, "사회보장급여의 이용ㆍ제공 및 수급권자 발굴에 관한 법률 시행규칙", 1, "사회보장급여 신청(변경)서")
    b = g.birth(1940, 1995)
    p = g.ko_name(old=g.rng.random() < .3)
    d.t("신청인\n")
    emit_fields(d, [("성명", [p]), ("주민등록번호", [g.rrn(g.ch(["rrn_valid", "rrn_valid", "rrn_masked"]), birth=b)]),
                    ("주소", [addr_piece(g)]), ("전화번호", [g.ch([["집 ", g.phone("landline"), "  휴대전화 ", g.phone("mobile")], [g.phone("mobile")]])]),
                    ("건강보험증번호", [g.hi()])], g.ch(["grid", "colon_table", "form"]))
    d.t("\n가구원 현황\n")
    rows = []
    for rel, nmv, rv, rb in household(g, g.r(1, 4), b):
        rows.append([rel, nmv, rv, "학생" if 2008 <= rb[0] <= 2019 else g.ch(["", "장애", "", "근로"])])
    table(d, ["관계", "성명", "주민등록번호", "비고"] if g.rng.random() < .7 else None, rows)
    bank, acct = g.account()
    d.t("\n급여 수령 계좌 | 금융기관명 " + bank + " | 계좌번호 ")
    d.p(acct)
    d.t(" | 예금주 ")
    nm(d, p)
    d.t("\n\n위와 같이 사회보장급여를 신청합니다.\n")
    n_date(d, "dot_space_trail", 2024, 2026)
    d.t("\n신청인 ")
    nm(d, p, spaced=.3)
    d.t(" (서명 또는 인)\n")
    n_office(d, inst)
    d.t(" 귀하")
    if g.rng.random() < .4:
        d.t(" (기관 고유번호 ")
        n_institution_number(d)
        d.t(")")
    d.t("\n\n담당 공무원 확인 | " + inst["dept"] + " ")
    nm(d, spaced=.3)
    d.t(" (")
    d.p(direct_line(g, inst))
    d.t(")")
    d.lay("signoff_block")
    d.page_end()


def t_form_foreigner(d, g, i):
    form_head(d, g, "출입국관리법 시행규칙", 34, g.ch(["통합신청서 (신고서)", "체류기간 연장허가 신청서", "APPLICATION FORM 통합신청서"]))
    lat, han, nat = g.foreign()
    b = g.birth(1965, 2004)
    d.t("[√] 체류기간 연장허가 / EXTENSION OF SOJOURN PERIOD\n")
    row(d, ["성 Surname / 명 Given names", lat, "한글 성명", han])
    row(d, ["생년월일 Date of Birth", g.dob(g.ch(["eng_dmy", "dot_pad", "yyyymmdd", "hyphen"]), birth=b), "성별 Sex", g.ch(["[√]남 M", "[√]여 F"])])
    row(d, ["국적 Nationality", NATION_KO[nat], "외국인등록번호 Alien Reg. No.", g.frn(birth=b)])
    row(d, ["여권 번호 Passport No.", g.passport(nat=nat), "여권 유효기간 Expiry", ("neg", fmt_date(g.r(2027, 2034), g.r(1, 12), g.r(1, 28), "dot_pad"), "date")])
    d.t("| 대한민국 내 주소 Address In Korea | ")
    put(d, addr_piece(g))
    d.t(" |\n")
    row(d, ["전화 번호 Telephone No.", g.phone("landline") if g.rng.random() < .2 else g.phone("mobile"), "휴대 전화 Cell phone", g.phone("mobile")])
    row(d, ["전자우편 E-mail", g.email()])
    cname = company_name(g)
    row(d, ["근무처 Name of workplace", ("neg", cname, "company_name"), "사업자등록번호 Business Reg. No.", g.brn()])
    row(d, ["근무처 전화 Phone", g.phone(g.ch(["landline", "070"]))])
    d.t("\n신청일 Date of application ")
    n_date(d, "dot_pad", 2024, 2026)
    d.t("   신청인 서명 Signature ")
    nm(d, lat if g.rng.random() < .5 else han)
    d.t("\n\n공용란 For Official Use Only\n| 기본 | 체류자격 " + g.ch(["E-9", "F-6", "D-2", "E-7", "H-2"]) + " | 허가기간 ~")
    n_date(d, "dot_pad", 2026, 2028)
    d.t(" | 담당 ")
    nm(d, spaced=.3)
    d.t(" |\n")
    d.neg("출입국·외국인관서의 장", "official_by_office")
    d.t(" 귀하")
    d.lay("signoff_block")
    d.page_end()


def t_form_autopay(d, g, i):
    item = g.ch(["지방세", "과태료", "보험료", "상하수도 요금"])
    inst = make_inst(g, "agency" if item == "보험료" else "local")
    if item == "보험료":
        inst["short"], inst["office"] = "국민건강보험공단", "국민건강보험공단 이사장"
    d.running_head(inst["short"] + " " + item + " 자동납부 신청서")
    d.t("\n자동납부(자동이체) 신청서\n\n")
    d.lay("form_grid")
    if d.nopii:
        d.t("납부자 성명: ____________  생년월일: ______________\n휴대전화: ___-____-____\n")
        d.t("[ ] 계좌이체  [ ] 카드결제\n카드번호: ____-____-____-____  유효기간: __/__\n")
        d.t("※ 작성 예시: 성명 ")
        n_placeholder(d, "hong")
        d.t(", 주민등록번호 ")
        n_rrn_placeholder(d)
        d.t("\n문의: ")
        n_switch(d, inst)
        d.t("\n")
        n_office(d, inst)
        d.t(" 귀하")
        d.page_end()
        return
    b = g.birth(1950, 2004)
    p = g.ko_name()
    payer = [("납부자 성명", [p]), ("생년월일", [g.dob(birth=b)]), ("휴대전화", [g.phone("mobile")])]
    if item in ("지방세", "과태료"):
        payer.append(("납부 대상", [("자동차세" if item == "지방세" else "주정차위반 과태료") + " (차량번호 ", g.plate(), ")"]))
    else:
        payer.append(("납부자 번호", [("neg", "%d-%08d" % (g.r(10, 99), g.r(0, 99999999)), "public_record_id")]))
    emit_fields(d, payer, g.ch(["grid", "colon_table"]))
    if g.rng.random() < .7:
        d.t("\n[√] 카드결제\n카드번호 | ")
        d.p(g.card(masked=g.rng.random() < .3))
        d.t(" | 유효기간 | ")
        d.neg("%02d/%02d" % (g.r(1, 12), g.r(27, 31)), "card_expiry")
        d.t(" | 카드사 | " + g.ch(["신한카드", "KB국민카드", "삼성카드", "현대카드", "BC카드", "롯데카드", "하나카드"]) + "\n")
    else:
        bank, acct = g.account()
        d.t("\n[√] 계좌이체\n금융기관 | " + bank + " | 계좌번호 | ")
        d.p(acct)
        d.t(" | 예금주 | ")
        if g.rng.random() < .8:
            nm(d, p)
        else:
            nm(d)
            d.t(" (예금주 생년월일 ")
            d.p(g.dob(g.ch(["yymmdd", "yyyymmdd", "dot_pad"])), ctx="parenthetical")
            d.t(")")
        d.t("\n")
    d.t("\n본인은 위 납부 대상의 요금을 지정한 계좌(카드)에서 자동납부하는 것에 동의합니다.\n")
    n_date(d, "kor_space", 2024, 2026)
    d.t("   신청인 ")
    nm(d, p, spaced=.3)
    d.t(" (서명)\n")
    n_office(d, inst)
    d.t(" 귀하")
    d.lay("signoff_block")
    d.page_end()


def t_consent(d, g, i):
    inst = make_inst(g)
    prog = g.ch(["청년 월세 지원사업", "어르신 일자리 사업", "외국인 주민 한국어 교실", "소상공인 경영 컨설팅", "자원봉사자 모집",
                 "공공 와이파이 만족도 조사", "다문화가족 방문교육"])
    d.running_head(inst["short"] + " | " + prog)
    d.t("\n개인정보 수집ㆍ이용 및 제3자 제공 동의서\n\n")
    d.t(inst["short"] + "은(는) " + prog + " 운영을 위하여 ")
    d.neg("「개인정보 보호법」 제15조 제1항", "statute_citation")
    d.t("에 따라 아래와 같이 개인정보를 수집ㆍ이용합니다.\n\n")
    d.t("1. 수집 항목: 성명, 생년월일, 휴대전화번호, 주소, 전자우편\n2. 수집 목적: 사업 신청 접수 및 결과 안내\n")
    d.t("3. 보유 기간: " + g.ch(["사업 종료 후 3년", "5년", "목적 달성 시까지"]) + "\n4. 동의를 거부할 권리가 있으며, 거부 시 사업 참여가 제한될 수 있습니다.\n\n")
    d.t("□ 개인정보 수집ㆍ이용에 동의하십니까?  [√] 동의함  [ ] 동의하지 않음\n")
    d.t("□ 고유식별정보(" + g.ch(["주민등록번호", "외국인등록번호"]) + ") 처리에 동의하십니까?  [√] 동의함  [ ] 동의하지 않음\n\n")
    d.lay("form_grid")
    if d.nopii:
        d.t("성명: ________________ (서명)\n생년월일: ________________\n연락처: ________________\n")
        d.t("※ 기재 예시 - 성명: ")
        n_placeholder(d, "hong")
        d.t(", 주민등록번호: ")
        n_rrn_placeholder(d)
        d.t("\n문의: " + inst["dept"] + " ")
        n_switch(d, inst)
        d.t("\n\n")
        n_date(d, "kor_space", 2024, 2026)
        d.t("\n")
        n_office(d, inst)
        d.t(" 귀하")
        d.page_end()
        return
    foreign = "외국인" in prog or "다문화" in prog
    if foreign:
        lat, han, nat = g.foreign()
        b = g.birth(1975, 2004)
        fields = [("성명", [han, " (", lat, ")"]), ("외국인등록번호", [g.frn(birth=b)]), ("생년월일", [g.dob(birth=b)]),
                  ("연락처", [g.phone("mobile")]), ("주소", [addr_piece(g)])]
        signer = han
    else:
        b = g.birth(1945, 2007)
        p = g.ko_name()
        fields = [("성명", [p]), ("생년월일", [g.dob(birth=b)]), ("휴대전화", [g.phone("mobile")]),
                  ("전자우편", [g.email()]), ("주소", [addr_piece(g)])]
        if g.rng.random() < .4:
            fields.insert(1, ("주민등록번호", [g.rrn(g.ch(["rrn_valid", "rrn_masked"]), birth=b)]))
        signer = p
    emit_fields(d, fields, g.ch(["grid", "colon_table", "form"]))
    d.t("\n")
    n_date(d, g.ch(["kor_space", "dot_space_trail"]), 2024, 2026)
    d.t("\n동의자 ")
    nm(d, signer, spaced=.3)
    d.t(g.ch([" (서명)", " (인)", "   서명 ________"]))
    if g.rng.random() < .3:
        cb = g.birth(2020, 2025)
        if (cb[0], cb[1]) < (2020, 10):
            cb = (2022, cb[1], cb[2])
        d.t("\n만 14세 미만 아동 ")
        nm(d)
        d.t(" (주민등록번호 ")
        d.p(g.rrn("rrn_post2020", birth=cb))
        d.t(")의 법정대리인 동의")
    d.lay("signoff_block")
    d.t("\n\n")
    n_office(d, inst)
    d.t(" 귀하")
    d.page_end()


def t_report_move(d, g, i):
    inst = make_inst(g, "local")
    form_head(d, g, "주민등록법 시행령", 15, "전입신고서")
    p = g.ko_name()
    b = g.birth(1950, 2004)
    d.t("신고인 | 성명 ")
    nm(d, p)
    d.t(" | 주민등록번호 ")
    prrn = g.rrn("rrn_valid", birth=b)
    d.p(prrn)
    d.t(" | 전화번호 ")
    d.p(g.phone("mobile"))
    d.t("\n전 거주지 | ")
    put(d, addr_piece(g, g.ch(["road_unit", "jibun_apt", "jibun"])))
    d.t("\n현 거주지 | ")
    put(d, addr_piece(g, g.ch(["road_unit", "road_full", "jibun_apt"])))
    d.t("\n세대주 | ")
    hh = p if g.rng.random() < .6 else g.ko_name()
    nm(d, hh)
    d.t(" (신고인과의 관계: " + ("본인" if hh is p else g.ch(["배우자", "부", "모"])) + ")\n\n전입자\n")
    rows = [["1", p, prrn, "본인"]]
    for k, (rel, nmv, rv, rb) in enumerate(household(g, g.r(0, 3), b)):
        rows.append([str(k + 2), nmv, rv, rel])
    table(d, ["번호", "성명", "주민등록번호", "세대주와의 관계"] if g.rng.random() < .6 else None, rows)
    if g.rng.random() < .5:
        d.t("\n[√] 자동차 주소 변경 동시 신고  차량번호 ")
        d.p(g.plate())
        d.t("\n")
    d.t("\n")
    n_statute(d, ["주민등록법"])
    d.t("에 따라 위와 같이 신고합니다.\n")
    n_date(d, "dot_space_trail", 2024, 2026)
    d.t("\n신고인 ")
    nm(d, p, spaced=.3)
    d.t(" (서명 또는 인)\n")
    n_office(d, inst)
    d.t(" 귀하\n\n확인 공무원 ")
    nm(d, spaced=.3)
    d.lay("signoff_block")
    d.page_end()


def t_report_vehicle(d, g, i):
    form_head(d, g, "자동차등록규칙", 13, "자동차 양도증명서 (자동차 소유자 간 거래용)")
    d.t("자동차 | 등록번호 ")
    d.p(g.plate())
    d.t(" | 차대번호 ")
    d.neg("KM" + g.ch("HJLN") + "".join(g.ch("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(14)), "vehicle_id")
    d.t(" | 차명 " + g.ch(["쏘나타", "아반떼", "K5", "그랜저", "스타리아", "포터Ⅱ", "레이"]) + "\n")
    for role in ("양도인", "양수인"):
        if role == "양도인" and g.rng.random() < .35:
            cname = company_name(g)
            d.t(role + " | 상호 ")
            d.neg(cname, "company_name")
            d.t(" | 대표자 ")
            nm(d)
            d.t(" | 법인등록번호 ")
            d.p(g.crn())
            d.t("\n      | 사업장 소재지 ")
            put(d, addr_piece(g))
            d.t(" | 전화 ")
            d.p(g.phone(g.ch(["landline", "070"])))
            d.t("\n")
        else:
            p = g.ko_name()
            d.t(role + " | 성명 ")
            nm(d, p)
            d.t(" | 주민등록번호 ")
            d.p(g.rrn(g.ch(["rrn_valid", "rrn_masked"])))
            d.t("\n      | 주소 ")
            put(d, addr_piece(g))
            d.t(" | 전화 ")
            d.p(g.phone("mobile"))
            d.t("\n")
    d.t("거래금액 ")
    n_amount(d)
    d.t("  잔금 지급일 ")
    n_date(d, "dot_space_trail", 2024, 2026)
    d.t("  자동차 인도일 ")
    n_date(d, "dot_space_trail", 2024, 2026)
    d.t("\n\n위와 같이 자동차를 양도ㆍ양수하였음을 증명합니다.\n양도인 ")
    d.t("(서명 또는 인)   양수인 (서명 또는 인)\n")
    d.lay("signoff_block")
    n_office(d, make_inst(g, "local"))
    d.t(" 귀하")
    d.page_end()


REGISTERS = ["여권 교부 대장", "주정차 위반 과태료 부과 대장", "외국인 근로자 고용 현황", "계약업체 현황", "피부양자 명단",
             "운전면허 행정처분 대장", "정보시스템 접근권한 관리대장", "보조금 지급 대장", "자원봉사자 명부", "민원 접수 처리 대장",
             "법인 차량 운행 관리대장", "수수료 카드결제 취소ㆍ환불 대장", "수수료 카드결제 취소ㆍ환불 대장"]


def rel_by_birth(g, b):
    if b[0] < 1966:
        return g.ch(["부", "모"])
    if b[0] < 1995:
        return "배우자"
    return g.ch(["자녀", "자녀", "손자녀"]) if b[0] > 2012 else "자녀"


def register_rows(d, g, rtype, n, wrap=False):
    """(header, rows) for one register; placeholders only in a no-PII record"""
    rows = []
    W = lambda v: ("pn", v, ("wrapped",)) if wrap and g.rng.random() < .5 and " " in v.value else v
    Nn = lambda v: ("pn", v, ("newline_in_number",)) if wrap and g.rng.random() < .3 else v
    for k in range(n):
        no = str(k + 1)
        if d.nopii:
            rows.append([no, ("neg", g.ch(["김○○", "이○○", "박**", "정OO", "최○○"]), "placeholder_person"),
                         ("neg", "%s %s" % (g.ch([r[1] for r in REGIONS]), g.ch(DONG)), "region_only"),
                         ("neg", fmt_date(g.r(2023, 2026), g.r(1, 11), g.r(1, 28), "dot_pad"), "date"),
                         ("neg", "%s원" % format(g.r(1, 300) * 10000, ","), "amount")])
            continue
        b = g.birth(1945, 2006)
        p = g.ko_name()
        if rtype == "여권 교부 대장":
            rows.append([no, ("neg", "%d-%06d" % (g.r(2024, 2026), g.r(1, 999999)), "receipt_number"), p,
                         g.dob(g.ch(["dot_pad", "yymmdd", "hyphen"]), birth=b), g.passport(g.ch(["passport_kr_new", "passport_kr_new", "passport_kr_old"])),
                         ("neg", fmt_date(g.r(2024, 2026), g.r(1, 11), g.r(1, 28), "dot_pad"), "date"), ("pn", p, ("spaced_name",)) if g.rng.random() < .3 else "본인"])
        elif rtype == "주정차 위반 과태료 부과 대장":
            rows.append([no, ("neg", "%d-%02d-%02d %02d:%02d" % (g.r(2024, 2026), g.r(1, 11), g.r(1, 28), g.r(7, 22), g.r(0, 59)), "date"),
                         Nn(g.plate()), p, W(g.address()[1]), ("neg", "%s원" % format(g.ch([40000, 80000, 50000, 100000]), ","), "amount")])
        elif rtype == "외국인 근로자 고용 현황":
            lat, han, nat = g.foreign()
            fb = g.birth(1970, 2004)
            rows.append([no, lat if g.rng.random() < .6 else han, NATION_KO[nat], Nn(g.frn(birth=fb)), g.passport(nat=nat),
                         ("neg", company_name(g), "company_name")])
        elif rtype == "계약업체 현황":
            rows.append([no, ("neg", company_name(g), "company_name"), p, Nn(g.brn()), Nn(g.crn()), g.phone(g.ch(["landline", "070", "mobile"]))])
        elif rtype == "피부양자 명단":
            rows.append([no, p, rel_by_birth(g, b), g.dob(g.ch(["dot_pad", "yyyymmdd", "hyphen", "yy_dot"]), birth=b), Nn(g.hi()),
                         ("neg", fmt_date(g.r(2015, 2026), g.r(1, 11), g.r(1, 28), "dot_pad"), "date")])
        elif rtype == "운전면허 행정처분 대장":
            rows.append([no, p, Nn(g.dl()), g.ch(["면허정지 40일", "면허정지 100일", "면허취소", "벌점 부과"]), str(g.ch([15, 30, 40, 100, 110]))])
        elif rtype == "정보시스템 접근권한 관리대장":
            rows.append([no, p, g.ch(DEPTS), ("neg", "u%05d" % g.r(10000, 99999), "system_user_id"), g.ip(g.ch(["ipv4_private", "ipv4_private", "ipv4_public"])), g.email("official")])
        elif rtype == "보조금 지급 대장":
            bank, acct = g.account()
            rows.append([no, p, g.dob(g.ch(["yymmdd", "dot_pad"]), birth=b), bank, Nn(acct), ("neg", "%s원" % format(g.r(10, 300) * 10000, ","), "amount")])
        elif rtype == "자원봉사자 명부":
            rows.append([no, p, g.dob(g.ch(["dot_pad", "kor_nospace", "yy_dot"]), birth=b), Nn(g.phone("mobile")), W(g.address()[1])])
        elif rtype == "수수료 카드결제 취소ㆍ환불 대장":
            rows.append([no, ("neg", fmt_date(g.r(2024, 2026), g.r(1, 11), g.r(1, 28), "dot_pad"), "date"), p,
                         Nn(g.card(masked=g.rng.random() < .35)), ("neg", "%s원" % format(g.ch([5000, 15000, 30000, 53000, 8000]), ","), "amount"),
                         g.ch(["여권 발급 취소", "중복 결제", "증명서 발급 오류", "신청 철회"])])
        elif rtype == "민원 접수 처리 대장":
            rows.append([no, ("neg", "%d-민원-%05d" % (g.r(2024, 2026), g.r(1, 99999)), "receipt_number"), p, Nn(g.phone("mobile")),
                         g.ch(["불법주차 신고", "가로등 고장", "소음 민원", "도로 파손", "쓰레기 무단투기"])])
        else:
            rows.append([no, Nn(g.plate()), p, g.dl(), ("neg", fmt_date(g.r(2024, 2026), g.r(1, 11), g.r(1, 28), "dot_pad"), "date"),
                         "%dkm" % g.r(5, 300)])
    hdr = {"여권 교부 대장": ["연번", "접수번호", "성명", "생년월일", "여권번호", "교부일", "수령인"],
           "주정차 위반 과태료 부과 대장": ["연번", "위반일시", "차량번호", "소유자", "주소", "금액"],
           "외국인 근로자 고용 현황": ["연번", "성명", "국적", "외국인등록번호", "여권번호", "사업장"],
           "계약업체 현황": ["연번", "상호", "대표자", "사업자등록번호", "법인등록번호", "전화번호"],
           "피부양자 명단": ["연번", "성명", "관계", "생년월일", "건강보험증번호", "취득일"],
           "운전면허 행정처분 대장": ["연번", "성명", "운전면허번호", "처분내용", "벌점"],
           "정보시스템 접근권한 관리대장": ["연번", "성명", "부서", "계정", "접속 IP", "이메일"],
           "보조금 지급 대장": ["연번", "성명", "생년월일", "은행", "계좌번호", "지급액"],
           "자원봉사자 명부": ["연번", "성명", "생년월일", "휴대전화", "주소"],
           "민원 접수 처리 대장": ["연번", "접수번호", "민원인", "연락처", "민원 요지"],
           "수수료 카드결제 취소ㆍ환불 대장": ["연번", "결제일", "신청인", "카드번호", "금액", "사유"],
           "법인 차량 운행 관리대장": ["연번", "차량번호", "운전자", "운전면허번호", "운행일", "주행거리"]}[rtype]
    if d.nopii:
        hdr = ["연번", "성명", "지역", "일자", "금액"]
    return hdr, rows


def register_doc(d, g, i, style, header_p, wrap=False):
    inst = make_inst(g)
    rtype = g.ch(REGISTERS) if not d.nopii else g.ch(["보조금 지급 대장", "주정차 위반 과태료 부과 대장", "자원봉사자 명부"])
    d.running_head(g.ch(["%s %s" % (inst["short"], inst["dept"]), rtype, "%s | 대외비 아님" % inst["short"], inst["name"]]))
    d.t("\n" + rtype + g.ch(["", " (%d년)" % g.r(2024, 2026), " - 제%d권" % g.r(1, 9)]) + "\n")
    pre, post = g.ch([("기준일: ", " 현재\n"), ("작성일 ", "\n"), ("(", ") 현재 · 단위: 원\n"), ("조회기간 ~ ", "\n"), ("(기준: ", ")\n")])
    d.t(pre)
    n_date(d, "dot_space_trail", 2024, 2026)
    d.t(post)
    n = g.r(3, 7)
    hdr, rows = register_rows(d, g, rtype, n, wrap)
    if wrap:
        d.lay("wrapped_cell")
    if n > 4 and g.rng.random() < .5:
        half = n // 2
        table(d, hdr if g.rng.random() < header_p else None, rows[:half], style)
        d.pagebreak()
        table(d, hdr if g.rng.random() < header_p * .6 else None, rows[half:], style)
    else:
        table(d, hdr if g.rng.random() < header_p else None, rows, style)
    if g.rng.random() < .5:
        d.t("※ 본 대장은 ")
        n_statute(d, ["개인정보 보호법"])
        d.t("에 따라 관리하며 목적 외 이용을 금지합니다.\n")
    d.t(g.ch(["\n작성자 ", "\n담당 ", "\n관리책임자 "]))
    nm(d, spaced=.35)
    d.t(g.ch(["   확인자 ", "  (인)   확인 ", "\t결재 "]))
    nm(d, spaced=.35)
    d.t(g.ch([" (인)", "", " (서명)"]))
    d.lay("signoff_block")
    d.page_end()


def t_register_pipe(d, g, i):
    register_doc(d, g, i, g.ch(["pipe", "pipe_bare"]), 1.0)


def t_register_tab_nohdr(d, g, i):
    register_doc(d, g, i, "tab", 0.0)


def t_register_spaces(d, g, i):
    register_doc(d, g, i, "spaces", 0.5)


def t_register_wrapped(d, g, i):
    register_doc(d, g, i, g.ch(["tab", "pipe", "spaces"]), 0.6, wrap=True)



# ----------------------------------------------------------------------------
# templates, part C: contracts, personnel orders, minutes, press, news
# ----------------------------------------------------------------------------
SERVICES = ["민원 안내 챗봇 고도화", "청사 시설물 유지보수", "공공 와이파이 구축", "노후 하수관로 정밀조사", "통합 관제센터 운영",
            "기록물 전산화", "홈페이지 개인정보 보호 진단", "체육시설 위탁 운영", "도시공원 수목 전정", "급식 식재료 공급"]


def biz_domain(g, cname):
    stem = re.sub(r"[^가-힣]", "", cname.replace("주식회사", "").replace("유한회사", ""))
    roman = "".join(rom_syl(c) for c in stem[:4]) or "biz"
    return roman + g.ch([".co.kr", ".com", ".kr", "-corp.co.kr"])


def t_contract_service(d, g, i):
    inst = make_inst(g)
    svc = g.ch(SERVICES)
    cname = company_name(g)
    corp = not cname.replace(" ", "").isalpha() or "주" in cname or "유" in cname
    rep = g.ko_name()
    d.running_head(g.ch(["%s 용역 계약서" % svc, "계약번호 제%d-%04d호" % (g.r(2023, 2026), g.r(1, 9999)), inst["short"]]))
    d.t("\n%s 용역 계약서\n\n" % svc)
    d.t("발주기관(이하 \"갑\"이라 한다): " + inst["name"] + "\n  주소: ")
    d.neg(inst["addr"], "institution_address")
    d.t("  ")
    n_switch(d, inst)
    if g.rng.random() < .6:
        d.t("\n  고유번호: ")
        n_institution_number(d)
    d.t("\n계약상대자(이하 \"을\"이라 한다): ")
    d.neg(cname, "company_name")
    F = [("대표자", [rep]), ("사업자등록번호", [g.brn(corp=corp)])]
    if corp:
        F.append(("법인등록번호", [g.crn()]))
    F += [("주소", [addr_piece(g, g.ch(["road_full", "road_unit", "road_sigungu"]))]), ("전화", [g.phone(g.ch(["landline", "landline", "070", "mobile"]))])]
    if g.rng.random() < .6:
        F.append(("팩스", [g.phone("fax")]))
    F.append(("전자우편", [g.email("company", domain=biz_domain(g, cname))]))
    d.t("\n")
    emit_fields(d, F, g.ch(["form", "colon_table", "inline"]), indent="  ")
    d.t("\n계약금액: ")
    n_amount(d, 12000000, 880000000)
    d.t(" (부가가치세 포함)\n계약기간: ")
    n_range(d, "dot_space_trail", 2024, 2026)
    d.t("\n\n제1조(목적) 이 계약은 갑이 발주한 「%s」 용역의 수행에 필요한 사항을 정함을 목적으로 한다.\n" % svc)
    d.t("제2조(계약문서) 계약문서는 용역계약 일반조건, 과업지시서 및 산출내역서로 구성된다.\n")
    d.t("제3조(대금의 지급) ① 갑은 검사 완료 후 14일 이내에 을이 지정한 계좌로 대금을 지급한다.\n")
    bank, acct = g.account()
    d.t("  ② 지정 계좌: " + bank + " ")
    d.p(acct)
    d.t(" (예금주: ")
    if corp or g.rng.random() < .3:
        d.neg(cname, "company_name")
    else:
        nm(d, rep)
    d.t(")\n")
    if g.rng.random() < .5:
        d.pagebreak()
    d.t("제4조(개인정보의 보호) 을은 ")
    d.neg("「개인정보 보호법」 제26조", "statute_citation")
    d.t("에 따른 수탁자로서 업무상 알게 된 개인정보를 누설하여서는 아니 된다.\n")
    d.t("제5조(분쟁의 해결) 이 계약에 관한 분쟁은 갑의 소재지를 관할하는 법원을 관할 법원으로 한다.\n")
    d.t("\n위 계약을 증명하기 위하여 계약서 2통을 작성하여 각 1통씩 보관한다.\n\n")
    n_date(d, "kor_space", 2024, 2026)
    d.t("\n\n갑  ")
    n_office(d, inst)
    d.t(g.ch(["  (인)", " (직인)", "   (서명)"]) + "\n을  ")
    d.neg(cname, "company_name")
    d.t(g.ch(["  대표이사 ", " 대표 ", "\n    대표자 "]))
    nm(d, rep, spaced=.3)
    d.t(g.ch(["  (인)", " (법인인감)", "   (서명 또는 인)"]))
    if g.rng.random() < .5:
        d.t("\n\n계약 담당 " + inst["dept"] + " ")
        nm(d)
        d.t(" (")
        d.p(direct_line(g, inst))
        d.t(")")
    d.lay("signoff_block")
    d.page_end()


def t_contract_lease(d, g, i):
    inst = make_inst(g, "agency")
    lh, lh_head = g.ch([("한국토지주택공사", "사장"), ("서울주택도시공사", "사장"), ("경기주택도시공사", "사장"), ("부산도시공사", "사장")])
    inst["name"] = lh + " " + inst["name"].split()[-1]
    inst["office"] = lh + " " + lh_head
    d.running_head(g.ch(["공공임대주택 표준임대차계약서", "행복주택 임대차계약서", "매입임대주택 임대차계약서"]))
    d.t("\n임대인: " + inst["name"] + " (")
    n_office(d, inst)
    d.t(")\n임차인\n")
    p = g.ko_name()
    b = g.birth(1960, 2004)
    emit_fields(d, [("성명", [p]), ("주민등록번호", [g.rrn(g.ch(["rrn_valid", "rrn_masked", "rrn_valid"]), birth=b)]),
                    ("현 주소", [addr_piece(g)]), ("연락처", [g.phone("mobile")]), ("비상연락처", [g.phone("mobile"), " (", g.ko_name(), ")"])],
                g.ch(["grid", "colon_table", "form"]))
    d.t("\n임대주택 표시: ")
    _, hv, _ = g.address("road_unit")
    d.p(hv)
    d.t("  전용면적 %d.%02d㎡\n" % (g.r(19, 84), g.r(0, 99)))
    d.t("임대보증금 ")
    n_amount(d)
    d.t("  월 임대료 ")
    n_amount(d)
    d.t("\n임대료 납부 계좌: " + g.ch(["우리은행", "NH농협은행", "KB국민은행"]) + " ")
    d.neg("%d-%d-%06d" % (g.r(100, 999), g.r(10, 99), g.r(0, 999999)), "institution_account")
    d.t(" (예금주 " + inst["name"].split()[0] + ")\n")
    bank, acct = g.account()
    d.t("임대보증금 반환 계좌: " + bank + " ")
    d.p(acct)
    d.t(" (예금주 ")
    nm(d, p)
    d.t(")\n\n제1조(임대차 기간) 임대차 기간은 ")
    n_date(d, "dot_space_trail", 2024, 2026)
    d.t("부터 2년으로 한다.\n제2조(관리비) 임차인은 관리주체에 관리비를 납부하여야 한다.\n")
    d.t("제3조(특약) 임차인은 ")
    n_statute(d)
    d.t("에 따른 자격을 유지하여야 한다.\n\n")
    n_date(d, "kor_space", 2024, 2026)
    d.t("\n임대인 ")
    n_office(d, inst)
    d.t(" (인)\n임차인 ")
    nm(d, p, spaced=.35)
    d.t(" (인)")
    d.lay("signoff_block")
    d.page_end()


def t_contract_labor(d, g, i):
    d.running_head(g.ch(["표준근로계약서", "기간제 근로자 표준근로계약서", "외국인 근로자 표준근로계약서 Standard Labor Contract"]))
    cname = company_name(g)
    d.t("\n사업주(이하 \"사용자\") ")
    d.neg(cname, "company_name")
    d.t(" 와(과) 근로자 ")
    foreign = g.rng.random() < .55
    if foreign:
        lat, han, nat = g.foreign()
        b = g.birth(1975, 2004)
        worker = lat if g.rng.random() < .5 else han
        nm(d, worker)
        d.t(" 은(는) 다음과 같이 근로계약을 체결한다.\n\n")
        F = [("성명", [lat, " / ", han]), ("국적", [NATION_KO[nat]]), ("생년월일", [g.dob(g.ch(["eng_dmy", "dot_pad", "hyphen"]), birth=b)]),
             ("외국인등록번호", [g.frn(birth=b)]), ("여권번호", [g.passport(nat=nat)]), ("연락처", [g.phone("mobile")])]
    else:
        worker = g.ko_name()
        b = g.birth(1955, 2006)
        nm(d, worker)
        d.t(" 은(는) 다음과 같이 근로계약을 체결한다.\n\n")
        F = [("성명", [worker]), ("생년월일", [g.dob(birth=b)]), ("주소", [addr_piece(g)]), ("연락처", [g.phone("mobile")])]
    d.t("근로자 인적사항\n")
    emit_fields(d, F, g.ch(["grid", "colon_table"]))
    d.t("\n1. 근로계약기간: ")
    n_range(d, "kor_space", 2024, 2026, sep="부터 ")
    d.t("까지\n2. 근무장소: ")
    _, wv, _ = g.address(g.ch(["road_full", "jibun"]))
    d.p(wv)
    d.t("\n3. 임금: 월 ")
    n_amount(d, 2060000, 3900000)
    d.t(" (매월 %d일 지급)\n4. 임금 지급 방법: 근로자 명의 예금통장에 입금\n   " % g.r(5, 25))
    bank, acct = g.account()
    d.t(bank + " ")
    d.p(acct)
    d.t(" (예금주 ")
    nm(d, worker)
    d.t(")\n5. 사회보험 적용: [√]고용보험 [√]산재보험 [√]국민연금 [√]건강보험\n6. 기타 사항은 ")
    n_statute(d, ["근로기준법"])
    d.t(" 등 관계 법령에 따른다.\n\n")
    n_date(d, "dot_space_trail", 2024, 2026)
    d.t("\n(사업주) 사업체명: ")
    d.neg(cname, "company_name")
    d.t("  전화: ")
    d.p(g.phone(g.ch(["landline", "070"])))
    d.t("\n         주소: ")
    put(d, addr_piece(g))
    d.t("\n         사업자등록번호: ")
    corp = "주" in cname or "유" in cname
    d.p(g.brn(corp=corp))
    if corp and g.rng.random() < .7:
        d.t("  법인등록번호: ")
        d.p(g.crn())
    d.t("\n         대표자: ")
    nm(d, spaced=.3)
    d.t(" (서명)\n(근로자) 성명: ")
    nm(d, worker, spaced=.2)
    d.t(" (서명)")
    d.lay("signoff_block")
    d.page_end()


RANKS = ["행정주사보", "행정주사", "행정사무관", "시설주사", "사회복지주사", "전산주사보", "세무주사", "지방행정사무관", "서기관",
         "공업주사", "간호주사", "지방시설사무관", "보건주사"]


def t_personnel_order(d, g, i):
    inst = make_inst(g)
    d.running_head(inst["name"] + g.ch([" 인사발령", " 인사명령", " 인사"]))
    d.t("\n" + g.ch(["인 사 발 령", "인사명령", "발령 사항 알림"]) + "\n\n발령일자: ")
    n_date(d, g.ch(["dot_space_trail", "kor_space"]), 2024, 2026)
    d.t("\n근거: ")
    n_statute(d, ["지방공무원법", "국가공무원법"])
    d.t("\n\n")
    if d.nopii:
        d.t("□ 승진 및 전보 대상자 명단은 인사 시스템에 게시하였으며 개별 통보합니다.\n□ 직무대리: ")
        d.neg(g.ch(DEPTS) + "장", "official_by_office")
        d.t(" 직무대리 지정(")
        n_office(d, inst)
        d.t(" 지정)\n□ 문의: " + inst["dept"] + " ")
        n_switch(d, inst)
        sign_inst(d, inst)
        d.page_end()
        return
    secs = g.rng.sample(["승진", "전보", "신규임용", "국외출장", "휴직", "직무대리", "파견"], g.r(3, 5))
    for sec in secs:
        d.t(g.ch(["□ ", "◇ ", "○ ", "■ "]) + sec + "\n")
        for _ in range(g.r(1, 3)):
            rank, dept = g.ch(RANKS), g.ch(DEPTS)
            if sec == "승진":
                d.t("  %s  %s  " % (rank, dept))
                nm(d)
                d.t(g.ch(["", "  (%s에서)" % g.ch(RANKS)]) + "\n")
            elif sec == "전보":
                d.t("  %s %s  " % (dept, rank))
                nm(d)
                d.t("  (전 %s)\n" % g.ch(DEPTS))
            elif sec == "신규임용":
                d.t("  %s  " % g.ch(["지방행정서기보(시보)", "사회복지서기보(시보)", "전산서기보(시보)"]))
                nm(d)
                d.t(" (")
                if g.rng.random() < .5:
                    d.p(g.dob(g.ch(["dot_space_trail", "dot_pad", "yy_dot"]), birth=g.birth(1992, 2004)), ctx="parenthetical")
                    d.t("생, ")
                d.t("임용일 ")
                n_date(d, "dot_space_trail", 2024, 2026)
                d.t(")\n")
            elif sec == "국외출장":
                d.t("  %s %s  " % (dept, rank))
                nm(d)
                d.t(" (여권번호 ")
                d.p(g.passport(g.ch(["passport_kr_new", "passport_kr_old"])) if g.rng.random() < .8 else g.passport("passport_kr_new"))
                d.t(", 출장기간 ")
                n_range(d, "dot_pad", 2024, 2026, short=True)
                d.t(")\n")
            elif sec == "휴직":
                d.t("  %s %s  " % (dept, rank))
                nm(d)
                d.t("  " + g.ch(["육아휴직", "질병휴직", "유학휴직", "간병휴직"]) + " (")
                n_range(d, "dot_space_trail", 2024, 2026)
                d.t(")\n")
            elif sec == "직무대리":
                d.t("  %s장 직무대리  %s  " % (dept, rank))
                nm(d)
                d.t("\n")
            else:
                d.t("  %s  " % rank)
                nm(d)
                d.t("  %s(으)로 파견 (" % g.ch(["행정안전부", "국무조정실", "도청 기획조정실", "국민권익위원회"]))
                n_date(d, "kor_space", 2024, 2026)
                d.t("부터)\n")
        if g.rng.random() < .25:
            d.pagebreak()
    sign_inst(d, inst)
    d.page_end()


def t_personnel_table(d, g, i):
    inst = make_inst(g)
    d.running_head(g.ch(["%s 정기인사 발령 명단" % inst["short"], "인사발령 명단(%d. %d. 자)" % (g.r(2024, 2026), g.ch([1, 7])), "[별지] 발령 명단"]))
    d.t("\n" + g.ch(["정기인사 발령 명단", "승진 및 전보 명단", "신규임용 및 전보 명단"]) + "\n")
    with_dob = g.rng.random() < .45
    rows = []
    for k in range(g.r(4, 8)):
        if d.nopii:
            rows.append([g.ch(DEPTS), g.ch(RANKS), ("neg", g.ch(["김○○", "이○○", "박○○", "최○○", "정○○"]), "placeholder_person"),
                         g.ch(["승진", "전보", "신규임용"])])
            continue
        b = g.birth(1965, 2001)
        r = [g.ch(DEPTS), g.ch(RANKS), ("pn", g.ko_name(), ("spaced_name",)) if g.rng.random() < .15 else g.ko_name(),
             g.ch(["승진", "전보", "신규임용", "직무대리", "파견 복귀"])]
        if with_dob:
            r.insert(3, g.dob(g.ch(["dot_pad", "yy_dot", "kor_nospace", "yymmdd", "dot_space_trail"]), birth=b))
        rows.append(r)
    hdr = ["소속", "직급", "성명"] + (["생년월일"] if with_dob and not d.nopii else []) + ["발령사항"]
    table(d, hdr if g.rng.random() < .55 else None, rows, g.ch(["spaces", "spaces", "tab", "pipe"]))
    d.t("\n※ 발령일자: ")
    n_date(d, "dot_space_trail", 2024, 2026)
    d.t("  ※ 문의: " + inst["dept"] + " ")
    if d.nopii or g.rng.random() < .4:
        n_switch(d, inst)
    else:
        nm(d)
        d.t(" ")
        d.p(direct_line(g, inst))
    sign_inst(d, inst)
    d.page_end()



COMMITTEES = ["지방보조금심의위원회", "개인정보보호위원회 실무협의회", "정보공개심의회", "도시계획위원회", "지역사회보장협의체",
              "민원조정위원회", "인사위원회", "공유재산심의회", "교통안전대책위원회"]


def t_minutes_committee(d, g, i):
    inst = make_inst(g)
    com = g.ch(COMMITTEES)
    d.running_head(g.ch(["%s 회의록" % com, "%s %s" % (inst["short"], com), "회의록(제%d차)" % g.r(1, 12)]))
    d.t("\n%d년 제%d차 %s 회의록\n\n" % (g.r(2024, 2026), g.r(1, 9), com))
    d.t("□ 일시: ")
    n_date(d, g.ch(["dot_space_trail", "kor_space"]), 2024, 2026)
    d.t(" %d:00 ~ %d:30\n□ 장소: %s %s\n" % (g.r(9, 14), g.r(15, 17), inst["short"], g.ch(["소회의실", "본관 3층 회의실", "영상회의실"])))
    if d.nopii:
        d.t("□ 참석: 위원 %d명 (재적 %d명)\n□ 안건: " % (g.r(5, 9), g.r(9, 12)))
        n_namelike(d)
        d.t(" 관련 " + g.ch(["보조금 교부 심의", "비공개 결정 이의신청 심의", "조정안 검토"]) + "\n\n□ 회의 내용\n")
        d.t("○ 위원장: 성원이 되었으므로 개의를 선포합니다.\n○ 위원 " + g.ch(["A", "B", "갑"]) + ": 신청인 ")
        n_placeholder(d, "masked")
        d.t("의 경우 ")
        n_statute(d)
        d.t("에 해당하는지 검토가 필요합니다.\n○ 간사: 관련 자료는 ")
        n_date(d, "dot_space_trail", 2024, 2026)
        d.t("까지 보완하겠습니다.\n□ 의결: 원안 가결\n")
        n_office(d, inst)
        d.page_end()
        return
    chair = g.ko_name()
    members = [g.ko_name() if g.rng.random() < .9 else g.foreign()[g.ch([0, 1])] for _ in range(g.r(3, 6))]
    sec = g.ko_name()
    d.t("□ 참석자\n  - 위원장 ")
    nm(d, chair)
    d.t("\n  - 위원 ")
    for k, m in enumerate(members):
        nm(d, m, spaced=.1)
        d.t(g.ch([", ", ", ", "ㆍ", " "]) if k < len(members) - 1 else g.ch(["", " (%d명)" % len(members)]))
    if g.rng.random() < .5:
        d.t("\n  - 불참: 위원 ")
        nm(d)
    d.t("\n  - 배석: %s장 " % inst["dept"])
    nm(d)
    d.t(", 간사 %s 주무관 " % inst["dept"])
    nm(d, sec)
    d.t("\n□ 안건: %s\n\n□ 회의 내용\n" % g.ch(["2025년 지방보조금 교부 대상 심의", "정보 비공개 결정에 대한 이의신청 심의", "민원 조정안 검토",
                                           "개인정보 처리방침 개정안 검토"]))
    speakers = [("위원장", chair)] + [("위원", m) for m in members]
    for _ in range(g.r(4, 7)):
        role, who = g.ch(speakers)
        form = g.rng.random()
        if role == "위원장":
            d.t("○ 위원장(" if form < .5 else "○ 위원장 ")
            nm(d, who)
            d.t("): " if form < .5 else ": ")
        else:
            if form < .4:
                d.t("○ ")
                nm(d, who)
                d.t(" 위원: ")
            elif form < .7:
                d.t("[")
                nm(d, who)
                d.t(" 위원] ")
            else:
                d.t("◯ 위원(")
                nm(d, who)
                d.t(") ")
        r = g.rng.random()
        others = [m for m in members if m is not who] or [chair]
        if r < .3:
            nm(d, g.ch(others))
            d.t(" 위원님 말씀처럼 ")
        elif r < .5:
            d.t("신청인 ")
            n_placeholder(d, g.ch(["masked", "mo", "star", "oo"]))
            d.t(" 씨 사례를 보면 ")
        elif r < .65:
            d.t("총 ")
            n_amount(d)
            d.t(" 규모인 만큼 ")
        d.t(g.ch(["신청 단체의 집행 실적으로 볼 때 ", "이의신청인의 주장에 대해서는 ", "해당 부서 설명을 들어 보니 ", ""]))
        d.t(g.ch(["추가 검토가 필요하다고 봅니다.\n", "원안대로 의결하는 것이 타당합니다.\n", "보완 자료를 제출받아 다시 논의하면 좋겠습니다.\n",
                  "비공개 사유에 해당하는지 의문입니다.\n"]))
        if g.rng.random() < .25:
            d.t("○ 간사(")
            nm(d, sec)
            d.t(" 주무관): 관련 자료는 ")
            n_date(d, "dot_space_trail", 2024, 2026)
            d.t("까지 보완하여 보고드리겠습니다.\n")
    d.t("\n□ 의결 결과: " + g.ch(["원안 가결", "수정 가결", "보류"]) + "\n\n위원장 ")
    nm(d, chair, spaced=.4)
    d.t(g.ch([" (서명)", "  (인)", ""]))
    d.lay("signoff_block")
    d.page_end()


def t_minutes_council(d, g, i):
    inst = make_inst(g, "local")
    city = inst["name"].split()[-1]
    com = g.ch(["기획행정위원회", "복지환경위원회", "도시건설위원회", "예산결산특별위원회"])
    d.running_head("제%d회 %s의회(%s)" % (g.r(250, 340), city, g.ch(["임시회", "정례회"])))
    d.t("\n%s 회의록\n제%d호\n\n%s의회사무국\n\n일시: " % (com, g.r(1, 6), city))
    n_date(d, "kor_space", 2024, 2026)
    d.t(" (%s) 오전 10시\n장소: %s 회의실\n\n의사일정\n1. %s 행정사무감사\n\n" % (g.ch("월화수목금"), com, inst["dept"]))
    if d.nopii:
        d.t("(10시 03분 개의)\n○위원장  성원이 되었으므로 회의를 개의하겠습니다.\n○위원  ")
        n_namelike(d)
        d.t(" 사업과 관련하여 ")
        n_amount(d)
        d.t("의 집행 근거가 무엇입니까?\n○%s장  " % inst["dept"])
        n_statute(d)
        d.t("에 따라 집행하였습니다.\n(11시 12분 산회)\n")
        d.page_end()
        return
    chair = g.ko_name()
    mem = [g.ko_name() for _ in range(g.r(3, 6))]
    off = g.ko_name()
    d.t("출석위원(%d인)\n  " % (len(mem) + 1))
    for k, m in enumerate([chair] + mem):
        nm(d, m)
        d.t("  " if k < len(mem) else "\n")
    d.t("출석공무원\n  %s장  " % inst["dept"])
    nm(d, off)
    d.t("\n  %s팀장  " % g.ch(["예산", "복지", "교통", "기획"]))
    tl = nm(d)
    d.t("\n\n(10시 0%d분 개의)\n\n○위원장 " % g.r(1, 9))
    nm(d, chair)
    d.t("  성원이 되었으므로 회의를 개의하겠습니다. 먼저 ")
    nm(d, mem[0])
    d.t(" 위원님 질의해 주시기 바랍니다.\n")
    for _ in range(g.r(2, 4)):
        m = g.ch(mem)
        d.t("○")
        nm(d, m)
        d.t(" 위원  " + g.ch(["%s장님, " % inst["dept"], "과장님께 여쭙겠습니다. ", ""]))
        if g.rng.random() < .35:
            d.t("지난 회기에 민원을 제기한 ")
            nm(d, old=True)
            d.t(g.ch([" 어르신(", " 주민("]) + "%d세) 댁 앞 도로 문제는 어떻게 되었습니까?\n" % g.r(65, 92))
        else:
            d.t(g.ch(["올해 예산 가운데 ", "집행 잔액 "]))
            n_amount(d)
            d.t("의 집행 계획을 설명해 주십시오.\n")
        d.t("○%s장 " % inst["dept"])
        nm(d, off)
        d.t("  " + g.ch(["예, 답변드리겠습니다. ", "위원님 지적에 공감합니다. "]))
        if g.rng.random() < .4:
            d.t("실무는 ")
            nm(d, tl)
            d.t(" 팀장이 챙기고 있고, ")
        d.t(g.ch(["다음 회기 전까지 서면으로 보고드리겠습니다.\n", "관련 규정에 따라 처리하겠습니다.\n"]))
    d.t("○위원장 ")
    nm(d, chair)
    d.t("  더 이상 질의하실 위원이 안 계시므로 산회를 선포합니다.\n\n(11시 %d분 산회)" % g.r(10, 59))
    d.page_end()


PRESS_TOPICS = [("스미싱 피해 예방 수칙 안내", "보이스피싱"), ("외국인 주민 생활 안내서 발간", "외국인"),
                ("노후 경유차 조기폐차 지원 확대", "차량"), ("개인정보 유출 사고 대응 훈련 실시", "개인정보"),
                ("어르신 무료 건강검진 실시", "건강"), ("청년 월세 한시 특별지원 신청 접수", "청년"),
                ("공공기관 누리집 보안 점검 결과", "보안")]


def t_press(d, g, i):
    inst = make_inst(g, g.ch(["central", "local", "agency"]))
    topic, kw = g.ch(PRESS_TOPICS)
    d.running_head(g.ch(["보도자료", inst["short"] + " 보도자료", "보 도 자 료"]))
    d.lay("form_grid")
    d.t("| 보도 일시 | ")
    n_date(d, "dot_space_trail", 2024, 2026)
    d.t("(%s) %d:00 이후 | 배포 일시 | " % (g.ch("월화수목금"), g.ch([6, 9, 11, 12, 14])))
    n_date(d, "dot_space_trail", 2024, 2026)
    d.t(" |\n\n" + topic + "\n- " + g.ch(["%s 대상 %d만 명 규모" % (kw, g.r(1, 90)), "관계기관 합동으로 추진", "시민 체감형 서비스"]) + " -\n\n□ ")
    d.t(inst["name"] + "(")
    if d.nopii:
        d.neg(inst["head"] if inst["kind"] != "local" else inst["office"], "official_by_office")
    else:
        d.t(inst["head"] + " ")
        nm(d)
    d.t(")" + g.ch(["는 ", "은 "]))
    n_date(d, "kor_space", 2024, 2026)
    d.t("부터 " + topic.replace(" 안내", "").replace(" 실시", "") + g.ch(["을(를) 추진한다고 밝혔다.\n", "에 나선다고 밝혔다.\n"]))
    d.t("□ 이번 조치는 ")
    if g.rng.random() < .6:
        d.t("「")
        n_namelike(d)
        d.t("」 연계 사업으로, ")
    n_statute(d)
    d.t("에 근거하며, 총 ")
    n_amount(d)
    d.t("의 예산이 투입된다.\n")
    if not d.nopii and g.rng.random() < .6:
        d.t("□ 지난해 시범사업에 참여한 ")
        nm(d, foreign=.15)
        d.t(g.ch(["(%d) 씨는 " % g.r(22, 80), " 씨(%d세)는 " % g.r(22, 80), " 님은 "]) + "\"절차가 간소해져 큰 도움이 됐다\"고 말했다.\n")
    d.t("□ ")
    if d.nopii:
        d.neg(inst["dept"] + "장", "official_by_office")
        d.t("은 \"앞으로도 현장 의견을 적극 반영하겠다\"고 말했다.\n")
    else:
        d.t(inst["dept"] + " ")
        nm(d)
        d.t(g.ch([" 과장은", " 국장은", " 팀장은"]) + " \"앞으로도 현장 의견을 적극 반영하겠다\"고 말했다.\n")
    d.t("※ 문의: ")
    n_switch(d, inst)
    d.t("\n\n")
    if g.rng.random() < .5:
        d.pagebreak()
    d.lay("form_grid", "signoff_block")
    rows = []
    if d.nopii:
        d.t("담당 부서 | " + inst["dept"] + " | 대표 | ")
        n_switch(d, inst, label=False, form="main")
        d.t("\n")
    else:
        d.t("| 담당 부서 | " + inst["dept"] + " | 책임자 | 과  장 | ")
        nm(d, spaced=.25)
        d.t(" | ")
        d.p(direct_line(g, inst))
        d.t(" |\n|  |  | 담당자 | " + g.ch(["사무관", "주무관", "서기관"]) + " | ")
        nm(d, spaced=.25)
        d.t(" | ")
        d.p(direct_line(g, inst))
        d.t(" |\n")
        if g.rng.random() < .4:
            d.t("| <공동> | " + g.ch(DEPTS) + " | 담당자 | 주무관 | ")
            nm(d)
            d.t(" | ")
            d.p(direct_line(g, inst))
            d.t(" |\n")
    if g.rng.random() < .6:
        attachments(d, [g.ch(["세부 추진계획", "신청 방법 안내", "관련 통계"])])
    d.page_end()


PUBLISHERS = ["한빛일보", "누리뉴스", "새말신문", "가람타임즈", "온누리경제", "별빛방송", "청솔일보"]


def t_news_incident(d, g, i):
    pub = g.ch(PUBLISHERS)
    reg = g.ch(REGIONS)
    d.t("[%s] " % reg[1])
    kind = g.ch(["hitrun", "phishing", "fire", "fraud", "hack"])
    d.t({"hitrun": "새벽 교차로 뺑소니 운전자 하루 만에 검거", "phishing": "검찰 사칭 보이스피싱 수거책 구속",
         "fire": "다세대주택 화재로 주민 10여 명 대피", "fraud": "중고거래 사기 일당 송치… 피해 계좌 동결",
         "hack": "구청 누리집 해킹 시도… 해외 IP 차단"}[kind] + "\n")
    d.t("입력 ")
    n_date(d, "dot_pad", 2024, 2026)
    d.t(" %02d:%02d | " % (g.r(0, 23), g.r(0, 59)))
    d.neg(pub, "company_name")
    reporter = None if d.nopii else g.ko_name()
    d.t(" | ")
    if reporter:
        nm(d, reporter)
        d.t(" 기자\n\n")
    else:
        d.t("온라인뉴스팀\n\n")
    n_region_only(d)
    d.t("에서 ")
    n_date(d, "kor_space", 2024, 2026)
    d.t(" 새벽 " + {"hitrun": "보행자를 치고 달아난 혐의로 ", "phishing": "피해자에게서 현금을 받아 챙긴 혐의로 ",
                  "fire": "불이 나 ", "fraud": "중고거래 사기 혐의로 ", "hack": "누리집에 대한 대량 접속 시도가 있어 "}[kind])
    n_placeholder(d, g.ch(["letter", "mo"]))
    d.t("(%d)씨가 " % g.r(19, 70) if kind != "hack" else " ")
    d.t(g.ch(["붙잡혔다.\n", "입건됐다.\n", "조사를 받고 있다.\n"]))
    if not d.nopii:
        if kind == "hitrun" and g.rng.random() < .8:
            d.t("경찰은 폐쇄회로(CC)TV 분석을 통해 도주 차량(")
            d.p(g.plate())
            d.t(")을 특정했다.\n")
        elif kind == "hack":
            d.t("구청은 공격에 쓰인 IP ")
            d.p(g.ip("ipv4_public"))
            d.t(" 등 %d개 주소를 차단했다.\n" % g.r(3, 40))
        elif kind == "fraud" and g.rng.random() < .7:
            d.t("피해자들이 돈을 보낸 계좌(")
            bank, acct = g.account()
            d.t(bank + " ")
            d.p(acct)
            d.t(")는 지급정지됐다.\n")
        if g.rng.random() < .5:
            d.t("사건 현장은 ")
            n_namelike(d)
            d.t(" 인근으로 알려졌다.\n")
        d.t(g.ch(["%s경찰서 " % reg[1], "관할 소방서 ", "수사팀 "]))
        nm(d)
        d.t(g.ch([" 경감은", " 수사과장은", " 팀장은", " 소방위는"]) + " \"유사 피해가 없도록 주의해 달라\"고 당부했다.\n")
        if g.rng.random() < .4:
            d.t("이웃 주민 ")
            nm(d, old=True)
            d.t("(%d) 씨는 \"새벽에 큰 소리가 나 밖으로 나와 보니 이미 상황이 끝나 있었다\"고 전했다.\n" % g.r(30, 85))
    else:
        d.t("관할 ")
        n_office(d)
        d.t("은 정확한 경위를 조사하고 있다.\n")
    d.t("피해 규모는 ")
    n_amount(d)
    d.t(" 안팎으로 추산된다.\n\n")
    if reporter:
        nm(d, reporter)
        d.t(" 기자 ")
        d.p(g.email("company", domain=g.ch(["hanbitilbo.co.kr", "nurinews.kr", "saemal.com", "garam-times.com"])))
    else:
        d.t("제보 ")
        n_switch(d, {"switch": "%s-%d-%04d" % (g.ch(["02", "031", "051"]), g.r(200, 999), g.r(1000, 9999))}, form="main")
    d.t("\n© " + pub + " 무단전재 및 재배포 금지")
    d.lay("running_footer")


def t_news_feature(d, g, i):
    pub = g.ch(PUBLISHERS)
    reg = g.ch(REGIONS)
    d.t("[사람들] " + g.ch(["30년째 무료 급식 봉사", "다문화 가정 통역 봉사 10년", "마을 도서관 지킨 퇴직 공무원", "폐지 판 돈 장학금 기부"]) + "\n")
    d.neg(pub, "company_name")
    d.t(" | ")
    n_date(d, "dot_pad", 2024, 2026)
    d.t("\n\n")
    if d.nopii:
        d.t(reg[0] + "의 한 주민센터에는 해마다 익명의 기부자가 ")
        n_amount(d)
        d.t("을 두고 간다. 주민센터 관계자는 \"")
        n_placeholder(d, "masked")
        d.t(" 님이라고만 적힌 봉투였다\"고 했다. ")
        n_namelike(d)
        d.t(" 인근 ")
        n_region_only(d)
        d.t(" 일대에서 알려진 사연이다.\n")
        return
    hero = g.ko_name(old=g.rng.random() < .5) if g.rng.random() < .8 else g.foreign()[g.ch([0, 1])]
    b = g.birth(1940, 1975)
    d.t(reg[0] + " " + g.ch(DONG) + "에 사는 ")
    nm(d, hero)
    d.t(g.ch(["(%d) 씨는 " % age_of(b), " 씨(%d)는 " % age_of(b), " 할머니(%d)는 " % age_of(b), " 어르신은 "]))
    if g.rng.random() < .35:
        d.p(g.dob(g.ch(["kor_space", "kor_yy", "dot_space_trail"]), birth=b), ctx="prose")
        d.t(g.ch(["에 태어나 ", "생으로 "]))
    d.t("이 동네에서만 40년 넘게 살았다.\n\"힘닿는 데까지 하는 거죠.\" ")
    nm(d, hero)
    d.t(g.ch([" 씨는 ", "는 "]) + "이렇게 말하며 웃었다.\n")
    d.t(g.ch(["그의 봉사 소식은 ", "이 사연은 "]) + "주민센터 ")
    nm(d)
    d.t(" 주무관이 구청에 알리면서 세상에 알려졌다. 구청은 ")
    n_date(d, "kor_space", 2024, 2026)
    d.t(" 표창을 수여했다.\n")
    if g.rng.random() < .4:
        d.t("함께 봉사하는 ")
        nm(d, foreign=.3)
        d.t(" 씨는 \"늘 먼저 나와 계신다\"고 전했다.\n")
    d.t("\n")
    nm(d)
    d.t(" 기자")



# ----------------------------------------------------------------------------
# templates, part D: judgments, audit, discipline, police, fire, hospital, bidding
# ----------------------------------------------------------------------------
COURTS = ["서울중앙지방법원", "수원지방법원", "대전지방법원", "부산지방법원", "광주지방법원", "인천지방법원 부천지원",
          "의정부지방법원 고양지원", "창원지방법원 진주지원", "청주지방법원", "춘천지방법원 강릉지원"]
LAWFIRMS = ["법무법인 한결", "법무법인 새말", "법무법인(유한) 가온", "법률사무소 바른길", "법무법인 누리"]


def t_judgment(d, g, i):
    court = g.ch(COURTS)
    d.running_head(g.ch([court, court + " 판결", "판결문 사본 (열람용)"]))
    d.t("\n" + court + "\n\n판        결\n\n사        건  ")
    n_case(d, "crim")
    kind = g.ch(["fraud", "dui", "assault", "embezzle"])
    d.t("  " + {"fraud": "사기, 전자금융거래법위반", "dui": "도로교통법위반(음주운전)", "assault": "상해",
                "embezzle": "업무상횡령"}[kind] + "\n피   고   인  ")
    masked = d.nopii or g.rng.random() < .3
    defn = None
    if masked:
        n_placeholder(d, g.ch(["letter", "masked"]))
        d.t(" (%d년생), 회사원\n              주거 " % g.r(1960, 2003))
        n_region_only(d)
        d.t(" (이하 생략)\n")
    else:
        defn = g.ko_name()
        b = g.birth(1958, 2004)
        d.p(defn)
        d.t(" (")
        d.p(g.rrn(g.ch(["rrn_masked", "rrn_masked", "rrn_valid"]), birth=b))
        d.t("), " + g.ch(["회사원", "무직", "자영업", "운전기사"]) + "\n              주거 ")
        put(d, addr_piece(g))
        d.t("\n              등록기준지 ")
        _, av, _ = g.address(g.ch(["jibun", "road_full"]))
        d.p(av)
        d.t("\n")
    d.t("검        사  ")
    if d.nopii:
        d.t("담당 검사\n")
    else:
        nm(d)
        d.t("(기소), ")
        nm(d)
        d.t("(공판)\n")
    d.t("변   호   인  ")
    d.neg(g.ch(LAWFIRMS), "company_name")
    d.t(" 담당변호사 ")
    if d.nopii:
        d.t("(생략)\n")
    else:
        nm(d)
        d.t("\n")
    d.t("판 결 선 고  ")
    n_date(d, "dot_space_trail", 2023, 2026)
    d.t("\n\n주        문\n\n피고인을 징역 %d월에 처한다.\n다만, 이 판결 확정일부터 %d년간 위 형의 집행을 유예한다.\n\n이        유\n\n범 죄 사 실\n\n" % (g.r(4, 18), g.r(1, 3)))
    d.t("피고인은 ")
    n_date(d, "kor_space", 2022, 2025)
    d.t("경 ")
    n_region_only(d)
    d.t("에서 ")
    if kind == "fraud":
        d.t("피해자 ")
        n_placeholder(d, "masked")
        d.t("에게 중고 물품을 판매할 것처럼 거짓말하여 이에 속은 피해자로부터 ")
        if masked:
            d.t("피고인 명의의 계좌로 ")
        else:
            bank, acct = g.account()
            d.t("피고인 명의의 " + bank + " 계좌(")
            d.p(acct)
            d.t(")로 ")
        n_amount(d)
        d.t("을 송금받았다.\n")
    elif kind == "dui":
        d.t("혈중알코올농도 0.%03d%%의 술에 취한 상태로 " % g.r(30, 180))
        if masked:
            d.t("승용차를 ")
        else:
            d.p(g.plate())
            d.t(" 승용차를 ")
        d.t("약 %dkm 구간 운전하였다.\n" % g.r(1, 15))
    elif kind == "assault":
        d.t("피해자 ")
        n_placeholder(d, "mo")
        d.t(" 씨와 말다툼을 하던 중 피해자를 밀어 넘어뜨려 약 3주간의 치료가 필요한 상해를 가하였다.\n")
    else:
        d.t("피해 회사인 ")
        n_company(d)
        d.t("의 자금 ")
        n_amount(d)
        d.t("을 임의로 소비하여 횡령하였다.\n")
    d.t("\n법령의 적용\n1. 범죄사실에 대한 해당법조: ")
    n_statute(d, ["도로교통법"] if kind == "dui" else ["형법"])
    d.t("\n2. 집행유예: 형법 제62조 제1항\n\n")
    if g.rng.random() < .4:
        d.pagebreak()
    d.t("판사  ")
    if d.nopii:
        d.t("(서명)")
    else:
        nm(d, spaced=.4)
    d.lay("signoff_block")
    d.page_end()


def t_decision_appeal(d, g, i):
    board = g.ch(["중앙행정심판위원회", "경기도행정심판위원회", "서울특별시행정심판위원회", "부산광역시행정심판위원회"])
    d.running_head(board)
    d.t("\n재        결\n\n사        건  ")
    n_case(d, "appeal")
    topic = g.ch(["dl", "dl", "info", "welfare"])
    d.t(" " + {"dl": "자동차운전면허 취소처분 취소청구", "info": "정보공개 거부처분 취소청구", "welfare": "기초생활수급자 급여 중지처분 취소청구"}[topic])
    d.t("\n청   구   인  ")
    ap = None
    if d.nopii:
        n_placeholder(d, "masked")
        d.t("\n              (주소 생략)\n")
    else:
        ap = g.ko_name()
        nm(d, ap)
        d.t("\n              ")
        put(d, addr_piece(g))
        if g.rng.random() < .5:
            d.t("\n              대리인 " + g.ch(["행정사 ", "변호사 ", "공인노무사 "]))
            nm(d)
        d.t("\n")
    d.t("피 청 구 인  ")
    resp = {"dl": g.ch([r[1] for r in REGIONS]) + "경찰청장", "info": g.ch(["국세청장", "행정안전부장관", "보건복지부장관"]),
            "welfare": g.ch([r[3][0] for r in REGIONS if r[3][0]]).split()[-1][:-1] + g.ch(["시장", "구청장"])}[topic]
    d.neg(resp, "official_by_office")
    result = g.ch(["기각한다.", "기각한다.", "인용한다."])
    d.t("\n\n청구인의 청구를 " + result + "\n\n청 구 취 지\n\n피청구인이 ")
    n_date(d, "kor_space", 2024, 2024)
    d.t(" 청구인에게 한 ")
    if topic == "dl":
        d.t("제1종 보통운전면허")
        if not d.nopii:
            d.t("(면허번호: ")
            d.p(g.dl())
            d.t(")")
        d.t(" 취소처분을 취소한다.\n\n이        유\n\n1. 사건개요\n청구인은 ")
        n_date(d, "kor_space", 2022, 2023)
        d.t(" 혈중알코올농도 0.%03d%%의 술에 취한 상태에서 " % g.r(80, 200))
        if not d.nopii:
            d.p(g.plate())
            d.t(" ")
        d.t("승용차를 운전하였다는 이유로 피청구인으로부터 운전면허 취소처분을 받았다.\n2. 관계법령\n")
        d.neg("「도로교통법」 제93조 제1항 제1호", "statute_citation")
        d.t("\n")
        d.neg("「도로교통법 시행규칙」 제91조 제1항 별표 28", "statute_citation")
        d.t("\n")
    else:
        d.t("처분을 취소한다.\n\n이        유\n\n1. 관계법령\n")
        n_statute(d, ["공공기관의 정보공개에 관한 법률"] if topic == "info" else ["국민기초생활 보장법"])
        d.t("\n")
    d.t("3. 판단\n청구인은 " + {"dl": "생계 유지를 위해 운전이 필요하다고 주장하", "info": "해당 정보가 공개되어야 한다고 주장하",
                           "welfare": "급여 중지가 부당하다고 주장하"}[topic])
    if result == "인용한다.":
        d.t("는바, 제출된 자료를 종합하면 이 사건 처분은 재량권을 일탈ㆍ남용한 것으로 위법ㆍ부당하다.\n\n")
    else:
        d.t("나, 이 사건 처분이 위법ㆍ부당하다고 할 수 없다.\n\n")
    n_date(d, "dot_space_trail", 2025, 2026)
    d.t("\n\n" + board + "\n위원장  ")
    if d.nopii:
        d.t("(서명)")
    else:
        nm(d, spaced=.3)
        d.t("  위원  ")
        nm(d)
        d.t("  위원  ")
        nm(d)
    d.lay("signoff_block")
    d.page_end()


def t_audit_report(d, g, i):
    inst = make_inst(g)
    d.running_head(g.ch(["감사 결과 처분요구서", "%s 감사결과" % inst["short"], "자체감사 결과 보고"]))
    d.t("\n제목: 개인정보 " + g.ch(["무단 열람", "처리 부적정", "목적 외 이용"]) + "\n관계기관: " + inst["name"] + "\n처분요구: " + g.ch(["주의", "징계(경징계)", "시정"]) + "\n")
    if d.nopii:
        d.t("관련자: " + inst["dept"] + " ")
        n_placeholder(d, "masked")
        d.t("(행정주사보)\n\n1. 감사 결과\n")
        d.t(inst["dept"] + "에서는 ")
        n_statute(d, ["개인정보 보호법"])
        d.t("에 따른 접속기록 점검을 하지 않았다. 시스템 계정 ")
        d.neg("u%05d" % g.r(10000, 99999), "system_user_id")
        d.t("의 조회 건수는 %d건이었다.\n2. 조치할 사항\n" % g.r(50, 900))
        n_office(d, inst)
        d.t("은 관련자에게 주의를 촉구하시기 바랍니다.\n")
        d.page_end()
        return
    off = g.ko_name()
    rank = g.ch(RANKS)
    d.t("관련자: " + inst["dept"] + " " + rank + " ")
    nm(d, off)
    d.t("\n\n1. 감사 결과\n" + inst["dept"] + "에서는 ")
    n_statute(d, ["개인정보 보호법"])
    d.t("에 따라 개인정보처리시스템 접속기록을 관리하여야 한다.\n그런데 ")
    nm(d, off)
    d.t(" " + rank + "은(는) ")
    n_range(d, "dot_space_trail", 2024, 2025)
    d.t(" 기간에 업무와 무관하게 지인 ")
    nm(d)
    d.t("의 주민등록 정보를 %d회 열람하였다.\n접속기록 확인 결과 열람은 사무실 PC(IP " % g.r(3, 40))
    d.p(g.ip("ipv4_private"))
    d.t(")와 외부 접속(IP ")
    d.p(g.ip(g.ch(["ipv4_public", "ipv6"])))
    d.t(")에서 이루어졌다.\n\n[표] 열람 기록\n")
    rows = []
    for k in range(g.r(2, 5)):
        rows.append([("neg", "%d-%02d-%02d %02d:%02d" % (g.r(2024, 2025), g.r(1, 12), g.r(1, 28), g.r(8, 20), g.r(0, 59)), "date"),
                     g.ip(g.ch(["ipv4_private", "ipv4_public"])), ("neg", "u%05d" % g.r(10000, 99999), "system_user_id"),
                     g.rrn("rrn_masked")])
    table(d, ["열람일시", "접속 IP", "계정", "정보주체"] if g.rng.random() < .6 else None, rows)
    d.t("\n2. 관계기관 의견\n" + inst["short"] + "은(는) 감사 결과를 수용하였다.\n3. 조치할 사항\n")
    n_office(d, inst, force=True)
    d.t("은 ")
    nm(d, off)
    d.t("을(를) " + g.ch(["주의 조치", "경징계 의결 요구"]) + "하시기 바랍니다.\n\n감사담당 ")
    nm(d, spaced=.3)
    d.t(" (")
    d.p(direct_line(g, inst))
    d.t(")")
    d.lay("signoff_block")
    d.page_end()


def t_discipline(d, g, i):
    inst = make_inst(g)
    d.running_head(g.ch(["징 계 의 결 서", inst["short"] + " 인사위원회", "[별지 제3호서식] 징계 등 의결서"]))
    d.t("\n징계 등 의결서\n\n")
    d.lay("form_grid")
    dept, rank = g.ch(DEPTS), g.ch(RANKS)
    d.t("| 징계혐의자 인적사항 | 소속 | %s | 직위(직급) | %s | 성명 | " % (dept, rank))
    p = None
    if d.nopii:
        n_placeholder(d, "masked")
    else:
        p = g.ko_name()
        nm(d, p)
    d.t(" |\n| 의결 주문 | " + g.ch(["정직 1월에 처한다.", "감봉 2월에 처한다.", "견책에 처한다.", "해임에 처한다."]) + " |\n\n이유\n")
    d.t("징계혐의자는 ")
    n_date(d, "kor_space", 2024, 2026)
    d.t(" 혈중알코올농도 0.%03d%%의 술에 취한 상태로 " % g.r(30, 150))
    if not d.nopii:
        d.p(g.plate())
        d.t(" 차량을 운전하다 적발되어 운전면허")
        if g.rng.random() < .7:
            d.t("(")
            d.p(g.dl())
            d.t(")")
        d.t("가 정지되었다.\n")
    else:
        d.t("차량을 운전하다 적발되었다.\n")
    d.t("이는 ")
    d.neg("「국가공무원법」 제56조", "statute_citation")
    d.t(" 및 제63조를 위반한 것으로 같은 법 제78조 제1항에 따른 징계사유에 해당한다.\n")
    if not d.nopii and g.rng.random() < .5:
        d.t("징계혐의자는 ")
        d.p(g.dob(g.ch(["kor_space", "dot_space_trail"])), ctx="prose")
        d.t("생으로 " + g.ch(["20년", "12년", "7년"]) + "간 성실히 근무한 점을 참작하였다.\n")
    d.t("\n")
    n_date(d, "dot_space_trail", 2024, 2026)
    d.t("\n\n" + inst["short"] + " 인사위원회\n위원장 ")
    if d.nopii:
        d.t("(인)  위원 (인)  위원 (인)")
    else:
        nmem = g.r(3, 5)
        for k in range(nmem):
            nm(d, spaced=.35)
            d.t(" (인)" + ("  위원 " if k < nmem - 1 else ""))
    d.lay("signoff_block")
    d.page_end()


POLICE = ["마포경찰서", "수원남부경찰서", "해운대경찰서", "유성경찰서", "청주흥덕경찰서", "광산경찰서", "김해중부경찰서"]
POLICE_AREA = {"마포경찰서": "02", "수원남부경찰서": "031", "해운대경찰서": "051", "유성경찰서": "042", "청주흥덕경찰서": "043",
               "광산경찰서": "062", "김해중부경찰서": "055"}
INSURERS = ["한빛손해보험", "누리화재", "새말해상", "가람손해보험", "푸른화재해상"]


def t_police_incident(d, g, i):
    ps = g.ch(POLICE)
    d.running_head(g.ch(["사건 발생 보고", ps + " 형사과", "수사보고(발생)"]))
    d.t("\n사건 발생 보고\n\n접수번호 ")
    n_receipt(d)
    d.t("  보고일시 ")
    n_date(d, "hyphen", 2026, 2026)
    d.t(" %02d:%02d\n사건명: %s\n발생일시: " % (g.r(0, 23), g.r(0, 59), g.ch(["사기", "절도", "점유이탈물횡령", "컴퓨터등사용사기"])))
    n_date(d, "kor_space", 2024, 2025)
    d.t(" %d시경\n발생장소: " % g.r(0, 23))
    if d.nopii:
        n_region_only(d)
        d.t(" 일대\n피의자: 불상\n피해자: ")
        n_placeholder(d, "masked")
        d.t(" (신원 확인 중)\n피해 금액: ")
        n_amount(d)
        d.t("\n조치: 주변 CCTV 확보 중, ")
        n_statute(d, ["형법"])
        d.t(" 검토\n담당: " + ps + " ")
        n_switch(d, {"switch": "%s-%d-%04d" % (g.ch(["02", "031", "051"]), g.r(200, 999), g.ch([2112, 4112, 9112]))}, label=False, form="main")
        d.page_end()
        return
    _, pv, _ = g.address(g.ch(["road_full", "jibun"]))
    d.p(pv)
    d.t(" 앞 노상\n\n피의자\n")
    if g.rng.random() < .3:
        lat, han, nat = g.foreign()
        b = g.birth(1975, 2004)
        emit_fields(d, [("성명", [han, " (", lat, ")"]), ("국적", [NATION_KO[nat]]), ("외국인등록번호", [g.frn(birth=b)]),
                        ("여권번호", [g.passport(nat=nat)]), ("연락처", [g.phone("mobile")])], "form", indent=" ")
    else:
        b = g.birth(1960, 2006)
        sus = g.ko_name()
        emit_fields(d, [("성명", [sus]), ("주민등록번호", [g.rrn(g.ch(["rrn_valid", "rrn_masked"]), birth=b)]),
                        ("직업", [g.ch(["무직", "배달원", "회사원", "일용직"])]), ("주거", [addr_piece(g)]), ("연락처", [g.phone("mobile")])], "form", indent=" ")
    d.t("\n피해자\n")
    vb = g.birth(1940, 2006)
    vic = g.ko_name()
    emit_fields(d, [("성명", [vic]), ("생년월일", [g.dob(birth=vb)]), ("연락처", [g.phone("mobile")])], "form", indent=" ")
    d.t("\n피해품: ")
    cards = g.r(1, 3)
    for k in range(cards):
        d.t(g.ch(["신용카드(", "체크카드(", "카드("]))
        d.p(g.card(masked=g.rng.random() < .3))
        d.t(") 1매, ")
    d.t("현금 ")
    n_amount(d, 10000, 600000)
    d.t("\n\n범행 개요\n피의자는 위 일시, 장소에서 피해자 ")
    nm(d, vic)
    if g.rng.random() < .5:
        d.t("(")
        d.p(g.dob(g.ch(["dot_space_trail", "yy_dot_space_trail", "kor_space"]), birth=vb), ctx="parenthetical")
        d.t("생)")
    else:
        d.t(g.ch(["(%d세)" % age_of(vb), ""]))
    d.t("가 떨어뜨린 지갑을 주워 그 안에 있던 카드로 편의점 등에서 %d회 결제하였다.\n" % g.r(2, 9))
    d.t("\n담당: " + ps + " " + g.ch(["형사과 강력1팀", "수사과 경제팀", "지구대"]) + " " + g.ch(["경위 ", "경사 ", "경장 "]))
    nm(d, spaced=.25)
    d.t(" (☎ ")
    d.p(g.phone("landline", area=POLICE_AREA[ps]))
    d.t(")")
    d.lay("signoff_block")
    d.page_end()


def t_traffic_accident(d, g, i):
    ps = g.ch(POLICE)
    d.running_head(ps + " 교통조사계")
    d.t("\n교통사고 사실확인원\n\n사고일시: ")
    n_date(d, "kor_space", 2024, 2026)
    d.t(" %02d:%02d경\n사고장소: " % (g.r(0, 23), g.r(0, 59)))
    n_region_only(d)
    d.t(" " + g.ch(["교차로", "이면도로", "횡단보도 앞"]) + "\n사고유형: 차대차(측면충돌)\n\n")
    rows = []
    for role in ("가해", "피해"):
        b = g.birth(1950, 2005)
        rows.append([role, g.ko_name(), g.dob(g.ch(["dot_pad", "yymmdd", "yy_dot", "hyphen"]), birth=b), g.dl(years=lic_years(b)), g.plate(),
                     ("neg", g.ch(INSURERS), "company_name"), g.phone("mobile")])
    table(d, ["구분", "성명", "생년월일", "운전면허번호", "차량번호", "보험사", "연락처"] if g.rng.random() < .6 else None, rows,
          g.ch(["pipe", "tab", "spaces", "pipe_bare"]))
    d.t("\n위 사실을 확인합니다.\n\n")
    n_date(d, "dot_space_trail", 2024, 2026)
    d.t("\n\n")
    d.neg(ps + "장", "official_by_office")
    d.t(" [직인생략]\n담당 조사관 " + g.ch(["경사 ", "경위 "]))
    nm(d, spaced=.3)
    d.lay("signoff_block")
    d.page_end()


HOSPITALS = ["한빛의료원", "새말병원", "누리대학교병원", "가온요양병원", "청솔의원", "푸른마음병원", "별빛재활병원"]


def t_ems_log(d, g, i):
    stn = g.ch(REGIONS)[1] + g.ch(["중부", "남부", "북부"]) + "소방서 " + g.ch(DONG).replace("동", "") + "119안전센터"
    d.running_head("구급활동일지 | " + stn)
    d.t("\n구급활동일지\n\n신고일시: ")
    n_date(d, "hyphen", 2024, 2026)
    d.t(" %02d:%02d   출동대: %s\n" % (g.r(0, 23), g.r(0, 59), stn))
    d.lay("form_grid")
    if d.nopii:
        d.t("환자 | 성명 미상 | 성별 남 | 추정 나이 60대\n발생장소 | ")
        n_region_only(d)
        d.t(" 공원 벤치\n이송병원 | ")
        d.neg(g.ch(HOSPITALS), "company_name")
        d.t("\n신고자 | 행인 (연락처 미기재)\n구급대원 | 소방교 ")
        n_placeholder(d, "masked")
        d.page_end()
        return
    b = g.birth(1935, 2020)
    pt = g.ko_name(old=b[0] < 1960)
    d.t("환자 | 성명 ")
    nm(d, pt)
    d.t(" | 성별 " + g.ch(["남", "여"]) + " | 나이 %d세 | 생년월일 " % age_of(b))
    d.p(g.dob(g.ch(["dot_pad", "yymmdd", "dot_space_trail", "hyphen"]), birth=b))
    d.t("\n     | 주소 ")
    put(d, addr_piece(g))
    d.t("\n     | 보호자 ")
    nm(d)
    d.t(" (" + (g.ch(["부", "모"]) if age_of(b) < 20 else g.ch(["배우자", "아들", "딸", "형제"])) + ") ")
    d.p(g.phone("mobile"))
    if g.rng.random() < .6:
        d.t("\n     | 건강보험증번호 ")
        d.p(g.hi())
    d.t("\n발생장소 | ")
    _, ev, _ = g.address(g.ch(["road_full", "road_unit", "jibun_apt"]))
    d.p(ev)
    d.t("\n환자평가 | 의식 명료, 혈압 %d/%d, 맥박 %d\n이송병원 | " % (g.r(90, 170), g.r(50, 100), g.r(50, 130)))
    d.neg(g.ch(HOSPITALS), "company_name")
    d.t("\n구급대원 | 소방교 ")
    nm(d, spaced=.3)
    d.t(", 소방사 ")
    nm(d, spaced=.3)
    d.lay("signoff_block")
    d.page_end()


def t_hospital(d, g, i):
    hosp = g.ch(HOSPITALS)
    d.running_head(hosp + g.ch([" 입원약정서", " 진료비 계산서ㆍ영수증", " 외래 진료기록 사본"]))
    d.t("\n환자등록번호 ")
    d.neg("%08d" % g.r(0, 99999999), "record_number")
    d.t("   발행일 ")
    n_date(d, "dot_pad", 2024, 2026)
    d.t("\n")
    d.lay("form_grid")
    foreign = g.rng.random() < .35
    if foreign:
        lat, han, nat = g.foreign()
        b = g.birth(1960, 2004)
        row(d, ["환자 성명", [lat, " (", han, ")"], "외국인등록번호", g.frn(birth=b)])
        row(d, ["국적", NATION_KO[nat], "여권번호", g.passport(nat=nat)])
    else:
        b = g.birth(1935, 2024)
        kind = "rrn_post2020" if (b[0], b[1]) >= (2020, 10) else g.ch(["rrn_valid", "rrn_masked"])
        row(d, ["환자 성명", g.ko_name(), "주민등록번호", g.rrn(kind, birth=b)])
    row(d, ["보험 유형", "건강보험", "건강보험증번호", g.hi()])
    d.t("| 주소 | ")
    put(d, addr_piece(g))
    d.t(" |\n")
    row(d, ["보호자", g.ko_name(), "연락처", g.phone("mobile")])
    row(d, ["진료과", g.ch(["내과", "정형외과", "신경과", "소아청소년과", "재활의학과"]), "주치의", g.ko_name()])
    tot = g.r(3, 400) * 10000 + g.r(0, 9) * 1000
    d.t("\n진료비 총액 ")
    d.neg("%s원" % format(tot, ","), "amount")
    d.t("  본인부담금 ")
    d.neg("%s원" % format(tot * g.ch([5, 10, 20, 30]) // 100, ","), "amount")
    if g.rng.random() < .8:
        d.t("\n결제: " + g.ch(["신용카드", "체크카드"]) + " ")
        d.p(g.card(masked=g.rng.random() < .6))
        d.t("  승인번호 ")
        d.neg("%08d" % g.r(0, 99999999), "receipt_number")
    d.t("\n\n※ 이 계산서는 ")
    d.neg("「국민건강보험법」 제41조", "statute_citation")
    d.t("에 따른 요양급여 내역입니다.\n")
    d.neg(hosp, "company_name")
    d.t(" 원무과 ")
    n_switch(d, {"switch": "%s-%d-%04d" % (g.ch(["02", "031", "042", "051"]), g.r(200, 999), g.ch([1114, 2114, 1000]))}, form="main")
    d.lay("signoff_block")
    d.page_end()


def t_bid_review(d, g, i):
    inst = make_inst(g)
    d.running_head(g.ch(["입찰 참가자격 사전심사 결과", inst["short"] + " 계약정보", "적격심사 결과 공개"]))
    d.t("\n" + g.ch(SERVICES) + " 입찰 적격심사 결과\n공고번호 ")
    n_public_id(d)
    d.t("  개찰일시 ")
    n_date(d, "dot_space_trail", 2024, 2026)
    d.t("\n\n")
    rows = []
    for k in range(g.r(3, 6)):
        cname = company_name(g)
        if d.nopii:
            rows.append([str(k + 1), ("neg", cname, "company_name"), ("neg", "%s원" % format(g.r(100, 900) * 100000, ","), "amount"),
                         "%d.%02d" % (g.r(70, 99), g.r(0, 99)), g.ch(["적격", "부적격"])])
            continue
        corp = "주" in cname or "유" in cname
        rows.append([str(k + 1), ("neg", cname, "company_name"), ("pn", g.ko_name(), ("spaced_name",)) if g.rng.random() < .1 else g.ko_name(),
                     g.brn(corp=corp), g.crn() if corp else "-", ("neg", "%s원" % format(g.r(100, 900) * 100000, ","), "amount"),
                     g.ch(["적격", "적격", "부적격"])])
    hdr = ["순위", "업체명", "대표자", "사업자등록번호", "법인등록번호", "투찰금액", "결과"] if not d.nopii else ["순위", "업체명", "투찰금액", "평점", "결과"]
    table(d, hdr if g.rng.random() < .7 else None, rows, g.ch(["pipe", "tab", "spaces"]))
    d.t("\n※ 적격심사 기준: ")
    n_statute(d, ["지방자치단체를 당사자로 하는 계약에 관한 법률", "국가를 당사자로 하는 계약에 관한 법률"])
    d.t("\n※ 발주기관 고유번호: ")
    n_institution_number(d)
    d.t("\n※ 문의: " + inst["dept"] + " ")
    if d.nopii:
        n_switch(d, inst)
    else:
        nm(d)
        d.t(" ")
        d.p(direct_line(g, inst))
        d.t(" / ")
        d.p(g.email("official"))
    sign_inst(d, inst, seal=False)
    d.page_end()



# ----------------------------------------------------------------------------
# templates, part E: school, welfare, chat, call, logs, licence, immigration, NHIS
# ----------------------------------------------------------------------------
SCHOOLS = ["한빛초등학교", "새말중학교", "누리고등학교", "가람초등학교", "별빛중학교", "솔숲초등학교"]


def t_school(d, g, i):
    sch = g.ch(SCHOOLS)
    d.running_head(sch + g.ch([" 가정통신문", " 학생 기초조사서", " 교육복지 지원 신청서"]))
    d.t("\n" + g.ch(["%d학년도 학생 기초조사서", "%d학년도 다문화 학생 지원 신청서", "%d학년도 방과후학교 자유수강권 신청서"]) % g.r(2024, 2026) + "\n\n")
    if d.nopii:
        d.t("학부모님께\n가정의 평안을 기원합니다. 아래 회신서를 작성하여 ")
        n_date(d, "kor_space", 2024, 2026)
        d.t("까지 담임 선생님께 제출해 주시기 바랍니다.\n\n--------------- 절 취 선 ---------------\n")
        d.t("%d학년 %d반 %d번  학생 성명: ________  보호자: ________ (서명)\n" % (g.r(1, 6), g.r(1, 9), g.r(1, 30)))
        d.t("※ 작성 예: 학생 성명 ")
        n_placeholder(d, "hong")
        d.t("\n문의: 교무실 ")
        n_switch(d, {"switch": "%s-%d-%04d" % (g.ch(["02", "031", "042", "062"]), g.r(200, 999), g.r(1000, 9999))}, label=False, form="main")
        d.t("\n")
        d.neg(sch + "장", "official_by_office")
        d.page_end()
        return
    lvl = "초" if "초등" in sch else ("중" if "중학" in sch else "고")
    b = {"초": g.birth(2014, 2019), "중": g.birth(2011, 2013), "고": g.birth(2008, 2010)}[lvl]
    stu = g.ko_name(g.ch(["ko_3", "ko_3", "ko_single_given", "ko_4syl"]))
    d.lay("form_grid")
    grade = 2026 - b[0] - {"초": 6, "중": 12, "고": 15}[lvl]
    grade = max(1, min(grade, 6 if lvl == "초" else 3))
    row(d, ["학년/반/번호", "%d학년 %d반 %d번" % (grade, g.r(1, 9), g.r(1, 30)), "학생 성명", stu])
    row(d, ["생년월일", g.dob(g.ch(["dot_pad", "kor_space", "yyyymmdd", "dot_space_trail"]), birth=b), "성별", g.ch(["남", "여"])])
    d.t("| 주소 | ")
    put(d, addr_piece(g, g.ch(["road_unit", "jibun_apt"])))
    d.t(" |\n")
    multi = g.rng.random() < .45
    if multi:
        lat, han, nat = g.foreign()
        fb = g.birth(1975, 1998)
        row(d, ["보호자(모/부)", [han, " / ", lat], "국적", NATION_KO[nat]])
        row(d, ["외국인등록번호", g.frn(birth=fb, masked=g.rng.random() < .15), "휴대전화", g.phone("mobile")])
        if g.rng.random() < .4:
            row(d, ["여권번호", g.passport(nat=nat), "한국어 소통", g.ch(["원활", "보통", "통역 필요"])])
    row(d, ["보호자", g.ko_name(), "휴대전화", g.phone("mobile")])
    if g.rng.random() < .5:
        row(d, ["보호자 이메일", g.email(), "비상연락처", g.phone(g.ch(["mobile", "landline"]))])
    d.t("\n위 내용은 학생 지도 목적으로만 사용하며 ")
    d.neg("「개인정보 보호법」 제15조", "statute_citation")
    d.t("에 따라 관리합니다.\n담임교사 ")
    nm(d, spaced=.3)
    d.t("   보호자 ")
    d.t("(서명)\n")
    d.neg(sch + "장", "official_by_office")
    d.t(" 귀하")
    d.lay("signoff_block")
    d.page_end()


def t_welfare_case(d, g, i):
    inst = make_inst(g, "local")
    center = g.ch(DONG).replace("동", "") + "동 행정복지센터"
    d.running_head(g.ch(["사례관리 상담일지", center + " 통합사례관리", "[대외주의] 상담기록지"]))
    d.t("\n상담일시: ")
    n_date(d, "dot_space_trail", 2024, 2026)
    d.t(" %02d:%02d   상담방법: %s\n" % (g.r(9, 17), g.r(0, 59), g.ch(["가정방문", "내방", "전화"])))
    if d.nopii:
        d.t("대상자: ")
        n_placeholder(d, "masked")
        d.t(" (%d세, 1인 가구)\n\n상담 내용\n대상자는 " % g.r(60, 90))
        n_namelike(d)
        d.t(" 인근 ")
        n_region_only(d)
        d.t("에 거주하며, 월 ")
        n_amount(d)
        d.t("의 기초연금으로 생활함. ")
        n_statute(d, ["국민기초생활 보장법"])
        d.t("에 따른 긴급지원 대상 여부 검토 필요.\n상담원: ")
        n_office(d, inst)
        d.t(" 소속 통합사례관리사\n")
        d.page_end()
        return
    b = g.birth(1936, 1975)
    cl = g.ko_name(old=True)
    d.t("대상자: ")
    nm(d, cl)
    d.t(" (")
    d.p(g.rrn(g.ch(["rrn_valid", "rrn_masked"]), birth=b))
    d.t(", %d세)\n주소: " % age_of(b))
    put(d, addr_piece(g))
    d.t("\n연락처: ")
    d.p(g.phone(g.ch(["mobile", "landline"])))
    d.t("   건강보험: ")
    d.p(g.hi())
    d.t(" (" + g.ch(["지역가입자", "직장 피부양자", "의료급여 전환 검토"]) + ")\n\n상담 내용\n")
    d.t(g.ch(["대상자는 ", "○ 대상자("]))
    if d.parts[-1].endswith("("):
        nm(d, cl)
        d.t(")는 ")
    d.p(g.dob(g.ch(["kor_space", "dot_space_trail", "kor_yy"]), birth=b), ctx="prose")
    d.t("생으로 " + g.ch(["배우자와 사별 후 혼자 거주함.", "당뇨로 거동이 불편함.", "최근 실직한 아들과 함께 거주함."]) + "\n")
    ch = g.ko_name()
    d.t("장녀 ")
    nm(d, ch)
    d.t(g.ch(["(%d세, " % g.r(30, 55), "("]) + "연락처 ")
    d.p(g.phone("mobile"))
    d.t(")가 월 1회 방문하나 경제적 지원은 어려운 상황이라고 함.\n")
    if g.rng.random() < .7:
        bank, acct = g.account()
        d.t("긴급생계비 ")
        n_amount(d)
        d.t("을 대상자 명의 " + bank + " 계좌(")
        d.p(acct)
        d.t(")로 지급 예정.\n")
    d.t("\n향후 계획: ")
    n_statute(d, ["국민기초생활 보장법", "국민건강보험법"])
    d.t("에 따른 급여 신청 지원\n상담원: " + center + " ")
    nm(d, spaced=.3)
    d.t(g.ch([" (사회복지주무관)", " 주무관", ""]) + "  ☎ ")
    d.p(direct_line(g, inst))
    d.lay("signoff_block")
    d.page_end()


def chat_line(d, g, style, who, when):
    if style == "pc":
        d.t("[")
        put(d, who)
        d.t("] [%s] " % when)
    elif style == "mobile":
        d.t(g.ch(["2025년 ", "2026년 "]) + "%d월 %d일 %s, " % (g.r(1, 11), g.r(1, 28), when))
        put(d, who)
        d.t(" : ")
    else:
        put(d, who)
        d.t(" (%s)\n" % when)


def t_chat(d, g, i):
    inst = make_inst(g, "local")
    style = g.ch(["pc", "mobile", "messenger"])
    clock = [g.r(9 * 60, 15 * 60)]

    def tm():
        clock[0] += g.r(0, 9)
        h, m = divmod(clock[0], 60)
        return "%s %d:%02d" % ("오전" if h < 12 else "오후", h if h <= 12 else h - 12, m)
    if d.nopii:
        d.t("민원 상담 채팅 기록 (자동 비식별 처리됨)\n저장한 날짜 : ")
        n_date(d, "hyphen", 2024, 2026)
        d.t("\n\n")
        chat_line(d, g, style, [("neg", "민원인", "name_like_common_noun")], tm())
        d.t("안녕하세요 " + g.ch(["주차 단속", "쓰레기 수거", "여권 수령"]) + " 문의드려요\n")
        chat_line(d, g, style, [("neg", inst["dept"] + "장", "official_by_office")], tm())
        d.t("네, 성함과 연락처는 개인정보 보호를 위해 ")
        n_switch(d, inst)
        d.t("로 전화 주시면 확인해 드리겠습니다.\n")
        chat_line(d, g, style, [("neg", "민원인", "name_like_common_noun")], tm())
        d.t("예시에 ")
        n_placeholder(d, "hong")
        d.t("이라고 적혀 있던데 그대로 쓰면 되나요?\n")
        return
    cit = g.ko_name() if g.rng.random() < .8 else g.foreign()[g.ch([0, 1])]
    off = g.ko_name()
    if style == "messenger":
        d.t("업무용 메신저 대화 내보내기 - 대화 상대: ")
    d.p(cit)
    d.t({"pc": " 님과 카카오톡 대화", "mobile": " 님과의 대화", "messenger": ""}[style])
    d.t("\n저장한 날짜 : ")
    n_date(d, "hyphen", 2024, 2026)
    d.t(" %02d:%02d:%02d\n\n--------------- " % (g.r(0, 23), g.r(0, 59), g.r(0, 59)))
    n_date(d, "kor_space", 2024, 2026)
    d.t(" ---------------\n")
    chat_line(d, g, style, [cit], tm())
    d.t(g.ch(["주무관님 안녕하세요 ", "안녕하세요~ "]) + g.ch(["지원금 신청 건으로 연락드렸어요", "과태료 카드 납부가 안 돼서요", "환급 계좌 변경하려고요"]) + "\n")
    chat_line(d, g, style, [off], tm())
    d.t("네 안녕하세요 " + inst["dept"] + " ")
    nm(d, off)
    d.t("입니다. 본인 확인을 위해 " + g.ch(["성함이랑 생년월일", "생년월일"]) + " 알려주시겠어요?\n")
    chat_line(d, g, style, [cit], tm())
    b = g.birth(1950, 2004)
    nm(d, cit)
    d.t(g.ch([" ", "이고 ", "이에요 "]))
    d.p(g.dob(g.ch(["yymmdd", "dot_pad", "kor_nospace", "yy_dot", "kor_yy"]), birth=b), ctx="chat")
    d.t(g.ch(["입니다", "요", ""]) + "\n")
    whats = g.rng.sample(["acct", "card", "card2", "phone", "email", "addr", "plate", "rrn"], g.r(1, 3))
    for what in whats:
        chat_line(d, g, style, [cit], tm())
        if what == "acct":
            bank, acct = g.account()
            d.t("계좌는 " + bank + " ")
            d.p(acct)
            d.t(g.ch([" 이고 예금주는 저예요", " 입니다", "로 해주세요"]))
        elif what in ("card", "card2"):
            d.t(g.ch(["카드번호 ", "결제한 카드는 "]))
            d.p(g.card(fmt=g.ch(["hyphen", "space", "plain"])))
            d.t(g.ch([" 이에요 유효기간은 ", " 유효기간 "]))
            d.neg("%02d/%02d" % (g.r(1, 12), g.r(27, 31)), "card_expiry")
        elif what == "phone":
            d.t("연락은 ")
            d.p(g.phone("mobile", fmt=g.ch(["hyphen", "plain", "space", "dot"])))
            d.t(g.ch(["로 주세요", " 여기로요"]))
        elif what == "email":
            d.t("서류는 ")
            d.p(g.email())
            d.t(g.ch([" 로 보내주세요", " 메일로 부탁드려요"]))
        elif what == "addr":
            d.t("주소는 ")
            put(d, addr_piece(g, g.ch(["road_unit", "road_full", "jibun_apt"])))
            d.t(g.ch([" 입니다", "예요"]))
        elif what == "plate":
            d.t("차량번호는 ")
            d.p(g.plate())
            d.t(g.ch([" 입니다", "요"]))
        else:
            d.t("주민번호 필요하시면 ")
            d.p(g.rrn(g.ch(["rrn_valid", "rrn_valid", "rrn_masked"]), birth=b))
            d.t(" 이에요")
        d.t("\n")
    chat_line(d, g, style, [off], tm())
    d.t("확인했습니다. 처리되면 문자 드릴게요. 급하시면 ")
    d.p(direct_line(g, inst))
    d.t("로 전화 주세요 ^^\n")
    chat_line(d, g, style, [cit], tm())
    d.t(g.ch(["감사합니다!", "네 수고하세요", "ㅎㅎ 감사해요"]))


def t_call(d, g, i):
    inst = make_inst(g, g.ch(["agency", "local", "central"]))
    d.running_head(g.ch(["[상담 녹취록]", "통화 녹취 전사본", inst["short"] + " 콜센터 상담 이력"]))
    d.t("상담번호 ")
    n_receipt(d)
    d.t("  상담일시 ")
    n_date(d, "hyphen", 2024, 2026)
    d.t(" %02d:%02d:%02d  인입번호 " % (g.r(9, 17), g.r(0, 59), g.r(0, 59)))
    n_switch(d, inst, label=False, form="call")
    d.t("\n\n")
    if d.nopii:
        d.t("상담원: 네, " + inst["short"] + " 상담센터입니다. 무엇을 도와드릴까요?\n고객: 신청서 양식에 주민번호 쓰는 칸이 ")
        n_rrn_placeholder(d)
        d.t(" 이렇게 돼 있던데요.\n상담원: 네, 그건 예시라서 본인 번호를 쓰시면 됩니다. 작성 예시의 ")
        n_placeholder(d, "hong")
        d.t(" 대신 본인 성함을 쓰세요.\n고객: 네 알겠습니다.\n(통화 종료)")
        d.page_end()
        return
    agent = g.ko_name()
    cust = g.ko_name()
    b = g.birth(1945, 2004)
    A = g.ch(["상담원", "상담사", "A"])
    C = g.ch(["고객", "민원인", "B"])
    d.t(A + "(")
    nm(d, agent)
    d.t("): 네, " + inst["short"] + " 상담센터 상담원 ")
    nm(d, agent)
    d.t("입니다.\n" + C + ": 네 " + g.ch(["카드를 잃어버려서 자동납부 해지하려고요.", "환급금이 아직 안 들어와서요.", "보험료 고지서 주소를 바꾸려고요."]) + "\n")
    d.t(A + ": 본인 확인을 위해 성함과 생년월일 말씀해 주시겠어요?\n" + C + ": ")
    nm(d, cust)
    d.t(g.ch(["이고요, ", "이요, 생일은 ", "입니다. "]))
    d.p(g.dob(g.ch(["kor_yy", "kor_space", "yymmdd", "kor_nospace"]), birth=b), ctx="speech")
    d.t(g.ch(["이요.\n", "생이에요.\n", "입니다.\n"]))
    d.t(A + ": 등록된 연락처가 ")
    d.p(g.phone("mobile", fmt=g.ch(["hyphen", "space", "plain"])))
    d.t(" 맞으실까요?\n" + C + ": 네 맞아요.\n")
    what = g.ch(["card", "card", "card", "acct", "addr", "hi"])
    if what == "card":
        d.t(A + ": 해지하실 카드 번호 불러주시겠어요?\n" + C + ": ")
        d.p(g.card(fmt=g.ch(["space", "hyphen", "plain"])))
        d.t(" 이요.\n" + A + ": 네, 끝자리 확인했습니다.\n")
    elif what == "acct":
        bank, acct = g.account()
        d.t(A + ": 환급받으실 계좌는요?\n" + C + ": " + bank + " ")
        d.p(acct)
        d.t(" 예금주 ")
        nm(d, cust)
        d.t("이요.\n")
    elif what == "addr":
        d.t(A + ": 변경하실 주소 말씀해 주세요.\n" + C + ": ")
        put(d, addr_piece(g, g.ch(["road_unit", "jibun_apt"])))
        d.t("요.\n")
    else:
        d.t(A + ": 건강보험증 번호 알고 계세요?\n" + C + ": 네, ")
        d.p(g.hi("plain"))
        d.t(" 이거요.\n")
    d.t(A + ": 처리해 드렸습니다. 다른 문의는 ")
    n_switch(d, inst)
    d.t("로 주세요.\n(통화 종료)")
    d.page_end()


def t_access_log(d, g, i):
    style = g.ch(["kv", "csv", "apache", "csv_noheader"])
    host = g.ch(["was01", "minwon-ap02", "db-audit", "portal-web03"])
    d.t("# " + g.ch(["개인정보처리시스템 접속기록 추출", "access log export", "접속기록 점검 대상 발췌"]) + "  host=" + host + "  agent ")
    n_version(d)
    d.t("\n")
    users = [("u%05d" % g.r(10000, 99999), None if d.nopii else g.ko_name()) for _ in range(g.r(1, 3))]
    if style == "csv":
        d.t("일시,사용자ID,성명,접속IP,처리내역,정보주체\n")
    day = (g.r(2024, 2026), g.r(1, 11), g.r(1, 28))
    t0 = g.r(7 * 3600, 17 * 3600)
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][day[1] - 1]
    for k in range(g.r(4, 8)):
        uid, un = g.ch(users)
        t0 += g.r(3, 900)
        hh, mm, ss = t0 // 3600, (t0 // 60) % 60, t0 % 60
        ts = "%d-%02d-%02d %02d:%02d:%02d" % (day + (hh, mm, ss))
        act = g.ch(["LOGIN", "VIEW", "SEARCH", "DOWNLOAD", "PRINT", "LOGOUT"])
        if style == "kv":
            d.neg(ts.replace(" ", "T") + "+09:00", "date")
            d.t(" user=")
            d.neg(uid, "system_user_id")
            d.t(" ip=")
            if d.nopii:
                d.t("(masked)")
            else:
                ipv = g.ip(g.ch(["ipv4_public", "ipv4_private"]) if g.rng.random() < .8 else "ipv6")
                d.p(ipv)
                if ipv.kind != "ipv6" and g.rng.random() < .4:
                    d.t(":%d" % g.r(1024, 65000))
            d.t(" action=" + act)
            if act in ("VIEW", "SEARCH", "DOWNLOAD") and not d.nopii and g.rng.random() < .6:
                d.t(" subject=")
                d.p(g.rrn("rrn_masked") if g.rng.random() < .5 else g.ko_name())
            d.t(" result=" + g.ch(["OK", "OK", "DENY"]) + "\n")
        elif style in ("csv", "csv_noheader"):
            d.neg(ts, "date")
            d.t(",")
            d.neg(uid, "system_user_id")
            d.t(",")
            if un:
                d.p(un)
            else:
                d.t("-")
            d.t(",")
            if d.nopii:
                d.t("-")
            else:
                d.p(g.ip())
            d.t("," + g.ch(["조회", "출력", "다운로드", "로그인"]) + ",")
            if not d.nopii and g.rng.random() < .5:
                d.p(g.rrn("rrn_masked") if g.rng.random() < .5 else g.ko_name())
            else:
                d.t("-")
            d.t("\n")
        else:
            if d.nopii:
                d.t("- ")
            else:
                ipv = g.ip(g.ch(["ipv4_public", "ipv4_public", "ipv4_private"]))
                d.p(ipv)
                d.t(" ")
            d.t("- ")
            d.neg(uid, "system_user_id")
            d.t(" [%02d/%s/%d:%02d:%02d:%02d +0900] \"%s /%s HTTP/1.1\" %d %d\n" % (
                day[2], mon, day[0], hh, mm, ss,
                g.ch(["GET", "POST"]), g.ch(["minwon/view?id=%d" % g.r(1000, 99999), "login", "cert/print", "api/search"]),
                g.ch([200, 200, 302, 403]), g.r(200, 90000)))
    d.t("# " + g.ch(["추출 건수 %d건" % g.r(4, 8), "end of export", "점검자 확인 필요"]))
    if not d.nopii and g.rng.random() < .5:
        d.t(" / 점검자 ")
        nm(d)
        d.t(" (")
        d.p(g.email("official"))
        d.t(")")


def lic_years(b):
    y0 = max(1985, b[0] + 18)
    return [y % 100 for y in range(y0, 2026)] or [25]


def t_dl_sanction(d, g, i):
    agency = g.ch([r[1] for r in REGIONS]) + "경찰청"
    d.running_head(g.ch(["■ 도로교통법 시행규칙 [별지 제81호서식]", agency, "운전면허 행정처분 결정 통지서"]))
    d.t("\n운전면허 " + g.ch(["정지", "취소", "정지ㆍ취소"]) + "처분 결정 통지서\n\n")
    d.lay("form_grid")
    if d.nopii:
        d.t("| 성명 | ")
        n_placeholder(d, "masked")
        d.t(" | 운전면허번호 | (기재 생략) |\n| 처분 내용 | 면허정지 %d일 |\n" % g.ch([40, 60, 100]))
    else:
        p = g.ko_name()
        b = g.birth(1950, 2005)
        row(d, ["성명", p, "생년월일", g.dob(g.ch(["dot_pad", "yymmdd", "dot_space_trail", "kor_space"]), birth=b)])
        row(d, ["운전면허번호", g.dl(years=lic_years(b)), "면허종별", g.ch(["1종 보통", "2종 보통", "1종 대형"])])
        d.t("| 주소 | ")
        put(d, addr_piece(g))
        d.t(" |\n")
        row(d, ["처분 내용", "면허정지 %d일" % g.ch([40, 60, 100, 110]), "위반 차량", g.plate()])
    d.t("| 처분 기간 | ")
    n_range(d, "dot_space_trail", 2024, 2024, short=True)
    d.t(" |\n| 처분 사유 | " + g.ch(["벌점 누산 초과", "음주운전(0.03% 이상 0.08% 미만)", "난폭운전"]) + " |\n| 법적 근거 | ")
    d.neg("「도로교통법」 제93조", "statute_citation")
    d.t(", ")
    d.neg("「도로교통법 시행규칙」 제91조 제1항 별표 28", "statute_citation")
    d.t(" |\n\n위와 같이 행정처분이 결정되었음을 통지합니다. 이 처분에 이의가 있으면 처분을 안 날부터 90일 이내에 행정심판을 청구할 수 있습니다.\n\n")
    n_date(d, "dot_space_trail", 2024, 2024)
    d.t("\n")
    d.neg(agency + "장", "official_by_office")
    d.t(" [직인생략]\n담당 " + g.ch(["경사 ", "경위 ", "주무관 "]))
    nm(d, spaced=.3)
    d.t(" ")
    n_switch(d, {"switch": "%s-%d-%04d" % (g.ch(["02", "031", "053", "062"]), g.r(200, 999), g.ch([2112, 3112]))}, form="main")
    d.lay("signoff_block")
    d.page_end()


def t_immigration(d, g, i):
    office = g.ch(["서울", "인천", "수원", "부산", "광주", "대구", "청주"]) + "출입국ㆍ외국인사무소"
    d.running_head(office + g.ch(["", " 체류관리과", " 조사과"]))
    d.t("\n" + g.ch(["외국인 체류 동향 보고", "고용 외국인 신고 내역 통보", "출입국사실증명 발급 내역"]) + "\n\n")
    n = g.r(2, 4)
    rows = []
    for k in range(n):
        if d.nopii:
            rows.append([str(k + 1), ("neg", g.ch(["A", "B", "C", "D"]) + str(k + 1), "placeholder_person"), g.ch(list(NATION_KO.values())),
                         g.ch(["E-9", "H-2", "F-4", "D-2"]), ("neg", fmt_date(g.r(2022, 2026), g.r(1, 11), g.r(1, 28), "dot_pad"), "date")])
            continue
        lat, han, nat = g.foreign()
        b = g.birth(1965, 2005)
        rows.append([str(k + 1), lat if g.rng.random() < .7 else han, NATION_KO[nat], g.dob(g.ch(["dot_pad", "eng_dmy", "yyyymmdd"]), birth=b),
                     g.passport(nat=nat), g.frn(birth=b), g.ch(["E-9", "H-2", "F-4", "D-2", "E-7"])])
    hdr = ["연번", "성명", "국적", "생년월일", "여권번호", "외국인등록번호", "체류자격"] if not d.nopii else ["연번", "구분", "국적", "체류자격", "입국일"]
    table(d, hdr if g.rng.random() < .65 else None, rows, g.ch(["pipe", "tab", "spaces", "pipe_bare"]))
    cname = company_name(g)
    d.t("\n고용 사업장: ")
    d.neg(cname, "company_name")
    if not d.nopii:
        d.t(" (사업자등록번호 ")
        d.p(g.brn())
        if g.rng.random() < .6:
            d.t(", 법인등록번호 ")
            d.p(g.crn())
        d.t(")\n사업장 소재지: ")
        put(d, addr_piece(g))
        d.t("\n고용주: ")
        nm(d)
        d.t("  연락처 ")
        d.p(g.phone(g.ch(["mobile", "landline", "070"])))
    d.t("\n근거: ")
    n_statute(d, ["출입국관리법"])
    d.t("\n문의: 외국인종합안내센터 국번 없이 ")
    d.neg("1345", "short_code")
    d.t("\n담당 ")
    if d.nopii:
        n_office(d)
    else:
        d.t(g.ch(["출입국관리주사 ", "주무관 "]))
        nm(d, spaced=.3)
    d.lay("signoff_block")
    d.page_end()


def t_nhis(d, g, i):
    branch = "국민건강보험공단 " + g.ch([r[1] for r in REGIONS]) + g.ch(["지사", "동부지사", "서부지사"])
    d.running_head(g.ch(["건강보험 자격득실 확인서", "피부양자 자격 인정 결과 안내", branch]))
    d.t("\n" + g.ch(["건강보험 자격득실 확인서", "피부양자 자격(취득ㆍ상실) 안내"]) + "\n발급번호 ")
    n_receipt(d)
    d.t("\n\n")
    d.lay("form_grid")
    if d.nopii:
        d.t("가입자 성명: ")
        n_placeholder(d, "masked")
        d.t("  (이하 기재 생략)\n사업장관리번호: ")
        d.neg("%010d%d" % (g.r(0, 9999999999), g.ch([0, 2])), "public_record_id")
        d.t("\n본 안내는 ")
        d.neg("「국민건강보험법」 제5조 제1항 제2호", "statute_citation")
        d.t("에 따른 것입니다.\n고객센터 ")
        d.neg("1577-1000", "institution_switchboard")
        d.page_end()
        return
    p = g.ko_name()
    b = g.birth(1950, 2000)
    row(d, ["가입자 성명", p, "주민등록번호", g.rrn("rrn_masked", birth=b)])
    jik = g.rng.random() < .7
    row(d, ["건강보험증번호", g.hi(), "가입자 구분", "직장가입자" if jik else "지역가입자"])
    cname = company_name(g)
    if jik:
        row(d, ["사업장 명칭", ("neg", cname, "company_name"), "사업장관리번호", ("neg", "%010d%d" % (g.r(0, 9999999999), g.ch([0, 2])), "public_record_id")])
    d.t("\n피부양자\n")
    rows = []
    used_rel = []
    for k in range(g.r(1, 4)):
        cb = g.birth(1940, 2025)
        rel = rel_by_birth(g, cb)
        if rel in used_rel and rel in ("배우자", "부", "모"):
            rel = {"배우자": "형제자매", "부": "모", "모": "부"}[rel]
        used_rel.append(rel)
        rows.append([g.ko_name(), rel, g.dob(g.ch(["dot_pad", "yyyymmdd", "hyphen"]), birth=cb),
                     g.hi() if g.rng.random() < .6 else "-", ("neg", fmt_date(g.r(2010, 2026), g.r(1, 11), g.r(1, 28), "dot_pad"), "date")])
    table(d, ["성명", "관계", "생년월일", "증번호", "취득일"] if g.rng.random() < .6 else None, rows)
    d.t("\n위와 같이 확인합니다.\n")
    n_date(d, "dot_space_trail", 2024, 2026)
    d.t("\n")
    d.neg("국민건강보험공단 이사장", "official_by_office")
    d.t(" (직인)\n문의: " + branch + " ")
    n_switch(d, {"switch": "%s-%d-%04d" % (g.ch(["02", "031", "042"]), g.r(200, 999), g.r(1000, 9999))}, form="main")
    if g.rng.random() < .5:
        d.t(" / 담당 ")
        nm(d)
        d.t(" ")
        d.p(g.phone("landline"))
    d.lay("signoff_block")
    d.page_end()


# === END OF TEMPLATES ===
TEMPLATE_LIST = [
    ("t01_gongmun_90s", "공문(1990년대)", t_gongmun_90s, 14, 7),
    ("t02_gongmun_2000s", "공문(2000년대)", t_gongmun_2000s, 14, 7),
    ("t03_gongmun_elec", "공문(전자)", t_gongmun_elec, 16, 8),
    ("t04_gongmun_coop", "공문(전자)", t_gongmun_coop, 14, 7),
    ("t05_public_notice", "공고문", t_public_notice, 14, 5),
    ("t06_minwon_reply", "민원 회신", t_minwon_reply, 16, 8),
    ("t07_minwon_email", "민원 회신", t_minwon_email, 14, 7),
    ("t08_foi_notice", "정보공개 결정통지", t_foi_notice, 14, 4),
    ("t09_form_passport", "신청서", t_form_passport, 14, 0),
    ("t10_form_welfare", "신청서", t_form_welfare, 14, 0),
    ("t11_form_foreigner", "신청서", t_form_foreigner, 14, 0),
    ("t12_form_autopay", "신청서", t_form_autopay, 18, 9),
    ("t13_consent", "동의서", t_consent, 18, 6),
    ("t14_report_move", "신고서", t_report_move, 14, 0),
    ("t15_report_vehicle", "신고서", t_report_vehicle, 14, 0),
    ("t16_register_pipe", "대장·명부", t_register_pipe, 14, 7),
    ("t17_register_tab_nohdr", "대장·명부", t_register_tab_nohdr, 14, 7),
    ("t18_register_spaces", "대장·명부", t_register_spaces, 14, 0),
    ("t19_register_wrapped", "대장·명부", t_register_wrapped, 14, 0),
    ("t20_contract_service", "계약서", t_contract_service, 16, 0),
    ("t21_contract_lease", "계약서", t_contract_lease, 12, 0),
    ("t22_contract_labor", "계약서", t_contract_labor, 16, 0),
    ("t23_personnel_order", "인사명령", t_personnel_order, 15, 5),
    ("t24_personnel_table", "인사명령", t_personnel_table, 14, 7),
    ("t25_minutes_committee", "회의록", t_minutes_committee, 15, 5),
    ("t26_minutes_council", "회의록", t_minutes_council, 14, 7),
    ("t27_press", "보도자료", t_press, 16, 4),
    ("t28_news_incident", "뉴스 기사", t_news_incident, 14, 7),
    ("t29_news_feature", "뉴스 기사", t_news_feature, 12, 4),
    ("t30_judgment", "판결·결정", t_judgment, 15, 7),
    ("t31_decision_appeal", "판결·결정", t_decision_appeal, 14, 7),
    ("t32_audit_report", "감사·징계", t_audit_report, 15, 7),
    ("t33_discipline", "감사·징계", t_discipline, 14, 7),
    ("t34_police_incident", "경찰 기록", t_police_incident, 16, 8),
    ("t35_traffic_accident", "경찰 기록", t_traffic_accident, 14, 0),
    ("t36_ems_log", "소방 기록", t_ems_log, 15, 5),
    ("t37_hospital", "병원 기록", t_hospital, 16, 0),
    ("t38_bid_review", "입찰·조달", t_bid_review, 16, 8),
    ("t39_school", "학교 기록", t_school, 15, 5),
    ("t40_welfare_case", "복지 기록", t_welfare_case, 15, 5),
    ("t41_chat", "채팅", t_chat, 16, 8),
    ("t42_call", "통화 녹취", t_call, 16, 8),
    ("t43_access_log", "접근 로그", t_access_log, 16, 8),
    ("t44_dl_sanction", "운전면허 행정처분", t_dl_sanction, 15, 5),
    ("t45_immigration", "출입국 기록", t_immigration, 16, 8),
    ("t46_nhis", "건강보험 안내", t_nhis, 16, 8),
]
OCR_EXCLUDE = ("t07_minwon_email", "t41_chat", "t43_access_log", "t28_news_incident", "t29_news_feature")
OCR_BASES = [(e[0], e[1], e[2], e[4]) for e in TEMPLATE_LIST if e[0] not in OCR_EXCLUDE]
TEMPLATE_LIST.append(("t90_ocr_scan", "OCR 스캔", None, 100, 9))

TEMPLATE_DESC = OrderedDict([
    ("t01_gongmun_90s", "1990s typed 공문: 기관기호 document number, 6-digit postal code, 다음 block, approval boxes flattened with runs of spaces, drafter line"),
    ("t02_gongmun_2000s", "2000s 공문: 수신자/경유, 관련 line, subject fields, 담당 contact in prose, electronic 결재/시행/footer block"),
    ("t03_gongmun_elec", "current electronic 공문 with running head, slogan, 붙임 list, 결재란 (letter-spaced or not, 전결/대결), 협조자, 시행/접수, footer with direct line, fax, e-mail, 공개구분"),
    ("t04_gongmun_coop", "공문 with 수신자 참조 list, 경유, person table (with or without header) and approval block printed before or after the body"),
    ("t05_public_notice", "공시송달 공고 with a table of named persons, plates or masked RRNs, wrapped address cells"),
    ("t06_minwon_reply", "민원 처리 결과 통지: addressee with 귀하/님, receipt number, field block, 담당 official with direct line/e-mail"),
    ("t07_minwon_email", "국민신문고 answer e-mail: mail header, citizen address, official, card refund sentence"),
    ("t08_foi_notice", "정보공개 결정 통지서 form grid (청구인 name, DOB, address, phone, e-mail)"),
    ("t09_form_passport", "여권 발급 신청서 grid: Hangul and romanised name, RRN (post-2020 for minors), DOB, 긴급연락처, old passport number, 법정대리인"),
    ("t10_form_welfare", "사회보장급여 신청서: applicant fields, household table of RRNs, health-insurance number, benefit account and 예금주"),
    ("t11_form_foreigner", "출입국 통합신청서 (bilingual labels): Latin and Hangul names, FRN, foreign passport, employer BRN"),
    ("t12_form_autopay", "자동납부 신청서: card (masked or not) or account, plate, payer DOB; blank variant with 홍길동 example"),
    ("t13_consent", "개인정보 수집·이용 동의서: filled and blank, foreign subjects, child with post-2020 RRN"),
    ("t14_report_move", "전입신고서: 신고인/세대주, old and new address, 전입자 table, plate"),
    ("t15_report_vehicle", "자동차 양도증명서: plate, VIN (not PII), 양도인 as person or company (CRN), 양수인"),
    ("t16_register_pipe", "registers with a header row, pipe-flattened"),
    ("t17_register_tab_nohdr", "registers without any header row, tab-separated"),
    ("t18_register_spaces", "registers aligned with runs of spaces, header in about half"),
    ("t19_register_wrapped", "registers whose cells wrap onto a second line (addresses, numbers split at a line break)"),
    ("t20_contract_service", "용역 계약서: 갑 institution (address, switchboard, 고유번호 = negatives), 을 company with 대표자, BRN, CRN, contacts, account, seals"),
    ("t21_contract_lease", "공공임대 임대차계약서: tenant RRN, contacts, institution account (negative) vs tenant refund account"),
    ("t22_contract_labor", "근로계약서 (Korean or foreign worker): DOB, FRN, passport, wage account, employer BRN/CRN"),
    ("t23_personnel_order", "인사발령 in prose sections (승진, 전보, 신규임용 with DOB, 국외출장 with passport, 휴직, 직무대리, 파견)"),
    ("t24_personnel_table", "인사발령 명단 table (spaces/tab/pipe, with or without header, sometimes with 생년월일)"),
    ("t25_minutes_committee", "위원회 회의록: attendee lists, speakers in four notations, cross-references to members, placeholders"),
    ("t26_minutes_council", "지방의회 회의록: 출석위원, ○speaker lines, officials, residents with ages"),
    ("t27_press", "보도자료: minister/head in parentheses, quoted citizen with age, 담당 부서 table with direct lines"),
    ("t28_news_incident", "incident news: A씨/김 모 placeholders, plate, attacker IP, frozen account, police quote, reporter e-mail"),
    ("t29_news_feature", "human-interest news: names with ages and honorifics, DOB in a sentence"),
    ("t30_judgment", "형사 판결: 피고인 with RRN and addresses or masked, 검사/변호인/판사, account or plate in 범죄사실"),
    ("t31_decision_appeal", "행정심판 재결: 청구인, 대리인, 피청구인 (office), licence number, plate, members"),
    ("t32_audit_report", "감사 처분요구서: official named, acquaintance, office and external IPs, access table with masked RRNs"),
    ("t33_discipline", "징계의결서: grid, DUI with plate and licence, DOB in a sentence, committee signatures"),
    ("t34_police_incident", "사건 발생 보고: suspect (Korean or foreign), victim DOB, stolen cards, officer with direct line"),
    ("t35_traffic_accident", "교통사고 사실확인원 table: name, DOB, licence, plate, insurer (company), phone"),
    ("t36_ems_log", "구급활동일지: patient, guardian, health-insurance number, scene address, crew"),
    ("t37_hospital", "hospital bill/admission grid: RRN or FRN/passport, health-insurance number, guardian, card"),
    ("t38_bid_review", "입찰 적격심사 결과 table: 상호, 대표자, BRN, CRN, amounts; institution 고유번호 (negative)"),
    ("t39_school", "학생 기초조사서: student DOB, guardians incl. foreign parent with FRN/passport, teacher; blank 가정통신문"),
    ("t40_welfare_case", "사례관리 상담일지 in prose: RRN, DOB in a sentence, relatives, account, health-insurance number"),
    ("t41_chat", "messenger exports (PC, mobile, business messenger formats): DOB, account, card, phone, e-mail, plate, RRN in chat"),
    ("t42_call", "call-centre transcript: spoken DOB, phone, card read out, account, health-insurance number"),
    ("t43_access_log", "access logs (key=value, CSV with/without header, Apache combined): IPs (v4/v6, with ports), user IDs (negative), names, masked RRNs"),
    ("t44_dl_sanction", "운전면허 처분 결정 통지서: licence number, DOB, plate, statute citations"),
    ("t45_immigration", "출입국 records: foreigners table (Latin/Hangul names, DOB, passport, FRN, 체류자격), employer BRN/CRN"),
    ("t46_nhis", "건강보험 자격 확인서: insured person, health-insurance numbers, 사업장관리번호 (negative), dependants table"),
    ("t90_ocr_scan", "OCR scans: one of 41 printed templates re-rendered with OCR noise in spans and text (lost brackets, hard wraps, dropped/doubled spaces)"),
])

LABEL_CALLS = """
The rules of `/work/shared/pii-dev/README.md` (span boundaries, NOT-PII list) were followed as written.
Where that README is silent, these calls were made (and applied consistently by the generator):

1. **Officials' personal mailboxes** (`…@korea.kr`) are EMAIL_ADDRESS (they contact a natural person). Generic
   institutional mailboxes (`minwon@…`, `help@…`, `noreply@epeople.go.kr`) are not labelled; they are tagged
   `institution_email`.
2. **Private businesses**: their phone, fax, e-mail, address, account, BRN and CRN are labelled (README general rule:
   "identifies or contacts … a private business"). Company names stay unlabelled. A journalist's e-mail at a
   newspaper domain is labelled (natural person).
3. **Institution identifiers**: a public body's 고유번호 (BRN-shaped `xxx-83-xxxxx`, checksum-valid) and a public
   body's bank account are not labelled (tagged `institution_number`, `institution_account`). Institution
   switchboards of hospitals, schools, police stations and newspapers are treated like agency switchboards.
4. **IP addresses with a port** (`ip=1.2.3.4:51234`): the span is the address only; the port is outside.
5. **Masked cards** (first 6 + last 4 kept, first 4 + last 4, or last 4 only) are CREDIT_CARD (sub-kind
   `card_masked`); no Luhn check is possible or applied. **Masked FRNs** (`920415-5******`) are KR_FRN
   (`frn_masked`), by analogy with the README's masked-RRN rule.
6. **Ages and birth years** (`(45)`, `45세`, `1990년생`) are not DATE_OF_BIRTH; only full dates are. No year-only
   birth expressions are labelled. In prose the span stops before `생`, `에 태어나`, `이요`, `입니다`.
7. **Romanised Korean names** (passport style `LEE INGI`, `HONG GIL-DONG`) are PERSON. A name given in two scripts
   (`NGUYEN VAN AN (응우옌 반 안)`, `Aziz Rahimov / 아지즈 라히모프`) yields two PERSON spans; brackets and slashes are
   outside. Hangul renderings of foreign names that contain spaces are one span.
8. **Line breaks and letter-spacing**: a name or number broken by a line break (`김민\n수`, `010-1234-\n5678`), a
   table cell that wraps onto a second line, and letter-spaced names in sign-off lines (`김 민 수`) are one span
   that includes the whitespace (README noise rule extended to layout breaks).
9. **People in every role are PERSON**: approvers, drafters and 협조자 in 결재 lines, judges, prosecutors,
   lawyers, committee and council members, journalists, defendants, victims, patients, guardians, students.
   Seal and signature markers (`(인)`, `(서명)`, `[직인생략]`) are outside spans.
10. **Addresses**: any full road or lot address down to the building/lot number is KR_ADDRESS unless it is the
    issuing/contracting institution's own address — this includes residences, business premises, workplaces,
    incident scenes and EMS scene addresses. District- or 동-level mentions without a number (`마포구`,
    `서울 장안동`) are not labelled (tagged `region_only`). Old 6-digit postal codes (`123-456`) are postal codes.
11. **Identifiers with no type** are left unlabelled and tagged as hard negatives when they look like IDs:
    hospital chart numbers (`record_number`), card approval numbers, 납부자 번호 and 11-digit 사업장관리번호
    (`public_record_id`), VINs (`vehicle_id`), card expiry `MM/YY` (`card_expiry`), visa codes such as `E-9`
    (untagged text).
12. **KR_HEALTH_INSURANCE** is written as 11 plain digits (82 %) or grouped `1234-5678-901` (18 %); both are
    labelled (the README calls the format synthetic; the grouping is this set's invention and is flagged as
    sub-kind `hi_grouped`).
13. **KR_DRIVER_LICENSE** also appears as region name + 10 digits without hyphens (`서울 1812345678`,
    sub-kind `dl_numeric_nohyphen_region`); the region prefix is inside the span, as for the README forms.
14. **Phone formats**: `+82-10-…`, `(010)1234-5678`, `(02)123-4567`, dotted and spaced forms are labelled as one
    span including the `+82` and the brackets that belong to the number. Extension words and `☎` are outside.
15. **Rental and commercial plates** (`허/하/호`, `바/사/아/자`) are KR_VEHICLE_PLATE like private plates.
16. **Placeholders**: `갑/을/병`, `A씨`, `A1`, `김○○`, `박**`, `정OO`, `김 모`, `홍길동` (form example) and
    `000000-0000000`, `******-*******`, `YYMMDD-XXXXXXX` are never labelled (tagged `placeholder_person` /
    `placeholder_identifier`). `민원인`, `신청인` used as speaker labels are tagged `name_like_common_noun`.
17. **Officials by office only** (`마포구청장`, `국민건강보험공단 이사장`, `부산경찰청장`, `누리고등학교장`) are not
    labelled (`official_by_office`).
18. **OCR confusables inside a value** (`O/0`, `l/1`, `I/1`, `S/5`, `B/8`) stay inside the span; the meta file keeps
    the clean value, and validation compares them character by character.
"""


README_HEAD = """# pii_ax — independent evaluation set for a Korean PII detector (public-sector documents)

Synthetic. Written for a detector that redacts Korean public-sector documents (HWP/PDF conversions, scans, logs,
chats). Every name, number, address and sentence was invented by `make_set.py`; no text was copied from any
source. The label contract is the one in `/work/shared/pii-dev/README.md` (16 types, span boundaries, NOT-PII
list); calls made where that contract is silent are listed below.

**%(records)d records, %(spans)d gold spans, %(genres)d genres, %(templates)d templates.**
%(nopii)d records (%(nopii_pct).1f %%) contain no PII but carry tagged hard negatives; %(ocr)d records
(%(ocr_pct).1f %%, about one in eight) are OCR scans; %(noisy)d spans (%(noisy_pct).1f %%) carry noise
(%(noisy2_pct).1f %% if letter-spaced names are not counted); %(layout)d records (%(layout_pct).1f %%) carry page
furniture (running heads/footers, page numbers, 결재/협조/시행 lines, sign-off blocks, attachment lists, label/value
grids, wrapped cells); %(negs)d hard negatives are tagged with offsets and a category.

## Files

| file | content |
|---|---|
| `make_set.py` | Generator, Python 3 standard library only. `python3 make_set.py` writes the other files, validates every record while generating, re-reads and re-validates the written files, checks coverage, then re-runs itself under `PYTHONHASHSEED=0` and `98765` and compares the md5 of every output. |
| `pii_ax.jsonl` | one record per line: `{"id", "text", "spans": [{"start", "end", "type"}], "genre"}`; offsets are Python code-point offsets and `text[start:end]` is exactly the (noisy) value. |
| `pii_ax.meta.jsonl` | per record: `template`, `seed` (the exact string given to `random.Random`), `genre`, `base_genre`/`base_template` (the scanned document for OCR records), `ocr`, `no_pii`, `spans` (type, `kind` = sub-kind, `fmt` = written form, `noise` = tags, `context` = field/prose/parenthetical/speech/chat, `value` = clean value, `surface` = text as written), `hard_negatives` (`start`, `end`, `text`, `category`), `layout` (page-furniture features present), `text_noise` (OCR noise outside spans), `retries`. |
| `stats.json` | counts by genre, template, type, sub-kind, written form, noise tag, text-noise tag, hard-negative category, layout feature, DOB position. |
| `README.md` | this file (generated by `make_set.py` from `stats.json`). |
| `MD5SUMS` | md5 of the five files above, written last with `md5sum`. |

## How it was made

* **Seeds.** Record *i* of template *t* draws every random choice from `random.Random("pii_ax-2026|<t>|<i>")`.
  When a draft fails validation the record is rebuilt from `"pii_ax-2026|<t>|<i>|r<k>"` (k = 1, 2, …); the seed
  actually used is stored in the meta file. No other randomness, no set iteration and no built-in `hash()` enters the
  output, and the run is checked to be byte-identical under two `PYTHONHASHSEED` values.
* **Building.** Templates write text piece by piece through a builder. A gold value is inserted with its type,
  sub-kind, written form and optional noise, so its offsets are known by construction; hard negatives are inserted
  the same way with a category. No-PII records are planned in advance (every k-th record of a template) and the
  builder refuses any gold value in them.
* **Values.** Korean names from surname/syllable pools (1- and 2-syllable surnames such as 남궁, 황보, 선우, 제갈,
  독고, 사공, 서문, 동방; single-syllable and three-syllable given names), older-generation names for 1990s
  documents, passport-style romanisations, and foreign names from nine nationalities in Latin and Hangul.
  RRNs: pre-Oct-2020 with a valid check digit, post-2020 births with a deliberately invalid one, masked (`*`, `●`,
  `X`, `x`); FRNs with the legacy check digit (gender digit 5–8, even registration-office digits, digit 12 in 6–9);
  BRNs and CRNs with valid check digits; Luhn-valid Visa/Master/BC(94…)/JCB/UnionPay (16) and Amex (15) cards;
  24 bank-specific account groupings; Korean passports `M12345678`/`M123A4567` with M/S/R/G/D prefixes and
  foreign passports of nine countries; licences with numeric or Hangul region codes; private, commercial (바/사/아/자)
  and rental (하/허/호) plates with and without region; IPv4 public/private and IPv6; mobile, landline, 070, fax,
  1990s 3-digit-prefix mobiles; dates of birth in 16 written forms.
* **Time horizon.** The set is dated 2026-12-06: document dates run from the early 1990s to 2026, post-2020 RRNs
  belong to births from 2020-10 to 2026-10, and no 1990s document contains a road-name address or an 010 number.
* **Noise.** Ordinary records get light noise (5 %% of non-name spans, 2 %% of names) plus deliberate layout
  letter-spacing and wrapped cells; OCR records (an ordinary template re-rendered with `ocr=True`) get noise on
  80 %% of non-name spans and 40 %% of names (confusable letters O/0 l/1 I/1 S/5 B/8, full-width digits, odd hyphens,
  spaces and line breaks inside numbers, letter-spaced and line-broken names, wrapped addresses, full-width `＠`) and
  noisy text (lost brackets, hard wraps at a random line width, doubled and dropped spaces, confusables in numbers).

### Validation (in `make_set.py`; a failing draft is rejected loudly to the log and retried with a suffix)

* every span: type among the 16; in bounds; sorted; non-overlapping; no whitespace at either edge;
  `text[start:end] == surface`; the surface equals the clean value after NFKC, hyphen unification and whitespace
  removal, with confusable letters accepted only where the span carries `confusable_letters` and only in digit
  positions;
* format and check-digit assertions on the clean value by sub-kind (RRN date, gender digit and checksum valid
  pre-2020 / invalid post-2020 / exactly 6 mask characters; FRN legacy check; BRN; CRN; Luhn for unmasked cards;
  passport, licence, plate, account, phone, e-mail, IP, health-insurance patterns);
* every other occurrence of a labelled string (clean or noisy) in the same record lies inside a gold span;
* no tagged hard negative overlaps a gold span; no PERSON value is a placeholder pattern (`○○`, `OO`, `**`, `홍길동`,
  `갑/을/병`, `… 모`);
* PII-shaped strings outside gold spans must lie inside a tagged hard negative: mobiles, e-mails,
  `######-#######` shapes, 16-digit card shapes, IPv4, `0xx-xxx-xxxx` phone shapes, `15xx-xxxx` numbers,
  `xxx-xx-xxxxx` BRN shapes and plate shapes;
* no-PII records have no spans and at least one hard negative; every record has at least one hard negative;
* after writing: the files are re-read, record and meta spans are compared, every record is validated again, ids
  are unique; coverage (≥ 650 records, ≥ 100 spans per type, ≥ 20 genres, ≥ 35 templates, ≥ 8 %% noisy spans,
  ≥ 9 %% no-PII records, ≥ 50 %% records with page furniture, 11–15 %% OCR records, hard negatives in every genre)
  is asserted; finally the whole run is repeated under two `PYTHONHASHSEED` values and the md5s compared.
"""

README_TAIL = """
## Independence statement

What I read:

* `/work/shared/pii-dev/README.md` (found with `ls /work/shared/pii-dev/README.md`). No other file under
  `/work/shared` (no `.jsonl`, `make_dev.py`, `baseline.py`, `score.py`, `corpus/`, `klue-ner/`), nothing under
  `/work/main`, no other directory under `/work/evalsets`, no PII-detector source code. The `code` and `issues`
  search corpora were not used and no GitHub repository was opened.
* `/work/.library/search/README.md` — the documentation of the search tool itself (limits and error codes).
* Public pages through the `search` tool, corpus `pages` only, eight queries (results used only to confirm formats;
  nothing was copied):
  1. `운전면허번호 지역코드 12자리 형식 서울 11 부산 12`
  2. `은행별 계좌번호 자릿수 형식 국민은행 신한은행 우리은행 하나은행 농협`
  3. `외국인등록번호 성별 자리 5 6 7 8 검증 체크 디지트`
  4. `기안문 서식 결재 협조 시행 접수 우 주소 홈페이지 전화 전송 공무원 전자우편 공개구분`
  5. `건강보험증 번호 자리수 증번호 11자리`
  6. `차세대 전자여권 여권번호 형식 M 숫자 3자리 알파벳 숫자 4자리`
  7. `은행 계좌번호 자리수 하이픈 위치 기업은행 카카오뱅크 우체국 새마을금고 SC제일`
  8. `자동차 번호판 용도기호 사업용 바 사 아 자 배 허 하 호 렌터카`

Everything else (layouts of 공문, forms, judgments, minutes, logs; name pools; road-name stems; company, hospital,
school, newspaper and law-firm names) was written from general knowledge. Real statute titles and real public
bodies' names appear only as hard negatives or context; their addresses, phone numbers and domains are invented.

### Slips

* I ran `ls /work/.library/env/` once (it printed four entry names); nothing in it was opened.
* `/tmp/show.py`, a viewer script I had written, had been replaced by a file from another process by the time I
  ran it; it stopped with an error on its line 4 (the traceback showed that single line). I did not read the file;
  afterwards my helper scripts lived in a private temporary directory. No output of it was used.
* The first edit that created `make_set.py` was 772 lines long, above the ~600-line guideline for one write.

## Caveats

* Templates limit variety; scores will flatter models tuned to template-like text. Use the set for conventions,
  coverage and failure modes, not as an estimate of real-world accuracy.
* Semantic coherence is loose in places (a statute cited for a topic it does not govern, an office address in a
  region other than its area code, unusual name combinations). Labels do not depend on it.
* Check-digit-valid RRNs/FRNs/BRNs/CRNs and Luhn-valid cards are random and may coincide with real numbers; treat the
  files as sensitive-looking test data. Bank groupings are typical groupings, not verified bank rules; the grouped
  health-insurance form is this set's own invention.
* Only generated hard negatives are tagged; other dates, amounts and numbers in running text are not PII but are
  not all tagged.

## Reproduce

```
python3 make_set.py        # writes, validates, re-validates, checks coverage and PYTHONHASHSEED independence
md5sum make_set.py pii_ax.jsonl pii_ax.meta.jsonl stats.json README.md > MD5SUMS
```
"""


def md_table(head, rows):
    out = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    for r in rows:
        out.append("| " + " | ".join(str(x) for x in r) + " |")
    return "\n".join(out) + "\n"


def render_readme(st):
    T = []
    T.append(README_HEAD % {"records": st["records"], "spans": st["spans"], "nopii": st["no_pii_records"],
                            "nopii_pct": 100.0 * st["no_pii_records"] / st["records"], "ocr": st["ocr_records"],
                            "ocr_pct": 100.0 * st["ocr_records"] / st["records"], "noisy": st["spans_with_noise"],
                            "noisy_pct": 100.0 * st["span_noise_share"], "noisy2_pct": 100.0 * st["span_noise_share_excl_spaced_name"],
                            "layout": st["records_with_layout_features"], "layout_pct": 100.0 * st["records_with_layout_features"] / st["records"],
                            "negs": st["hard_negatives"], "genres": len(st["by_genre"]), "templates": len(st["by_template"])})
    T.append("\n## Composition\n\n### Genres\n\n")
    T.append(md_table(["genre", "records", "of which no PII", "gold spans", "hard negatives"],
                      [[gname, n, st["by_genre_no_pii"].get(gname, 0), st["by_genre_spans"].get(gname, 0),
                        st["by_genre_hard_negatives"].get(gname, 0)] for gname, n in st["by_genre"].items()]))
    T.append("\nOCR records by the genre of the document that was scanned: " +
             ", ".join("%s %d" % kv for kv in st["by_base_genre_of_ocr"].items()) + ".\n")
    T.append("\n### Templates\n\n")
    gen_of = {e[0]: e[1] for e in TEMPLATE_LIST}
    T.append(md_table(["template", "genre", "records", "what varies"],
                      [[t, gen_of[t], st["by_template"][t], TEMPLATE_DESC[t]] for t in TEMPLATE_DESC]))
    T.append("\n### Types\n\n")
    sk = {}
    for k, n in st["by_type_subkind"].items():
        t, kind = k.split("/", 1)
        sk.setdefault(t, []).append("%s %d" % (kind, n))
    T.append(md_table(["type", "spans", "noisy spans", "sub-kinds"],
                      [[t, st["by_type"][t], st["by_type_noisy"].get(t, 0), ", ".join(sk[t])] for t in st["by_type"]]))
    fm = {}
    for k, n in st["by_type_format"].items():
        t, f = k.split("/", 1)
        fm.setdefault(t, []).append("%s %d" % (f, n))
    T.append("\nWritten forms per type (`fmt` in the meta file):\n\n")
    T.append(md_table(["type", "formats"], [[t, ", ".join(fm[t])] for t in st["by_type"]]))
    T.append("\nDATE_OF_BIRTH by position: " + ", ".join("%s %d" % kv for kv in st["dob_by_context"].items()) +
             " (`field` = label/value or table cell; `prose`, `parenthetical`, `speech`, `chat` = inside running text).\n")
    T.append("\n### Noise\n\nSpan noise tags (a span can carry more than one):\n\n")
    T.append(md_table(["tag", "spans"], list(st["by_noise_tag"].items())))
    T.append("\nText noise in OCR records (outside spans), counted per occurrence:\n\n")
    T.append(md_table(["tag", "occurrences"], list(st["by_text_noise_tag"].items())))
    T.append("\n### Hard negatives (tagged in `pii_ax.meta.jsonl`)\n\n")
    T.append(md_table(["category", "count"], list(st["by_hard_negative_category"].items())))
    T.append("\n### Layout features (records carrying each)\n\n")
    T.append(md_table(["feature", "records"], list(st["by_layout_feature"].items())))
    T.append("\n## Labelling calls where the dev README is silent\n" + LABEL_CALLS)
    T.append(README_TAIL)
    return "".join(T)

# ----------------------------------------------------------------------------
# registry, assembly, output, re-validation
# ----------------------------------------------------------------------------
OCR_T = "t90_ocr_scan"
OCR_GENRE = "OCR 스캔"


def registry():
    """(template, genre, function, records, no-PII every k-th record (0 = never))"""
    return TEMPLATE_LIST


def assemble(tname, genre, seed, d, nopii, base=None, i=0):
    text = d.text()
    spans = sorted(d.spans, key=lambda s: s["start"])
    negs = sorted(d.negs, key=lambda h: h["start"])
    rid = "pii_ax-%s-%03d" % (tname.split("_")[0], i)
    rec = OrderedDict([("id", rid), ("text", text),
                       ("spans", [OrderedDict([("start", s["start"]), ("end", s["end"]), ("type", s["type"])]) for s in spans]),
                       ("genre", genre)])
    meta = OrderedDict([("id", rid), ("template", tname), ("seed", seed), ("genre", genre),
                        ("base_genre", base[1] if base else genre), ("base_template", base[0] if base else tname),
                        ("ocr", d.ocr), ("no_pii", nopii),
                        ("spans", [OrderedDict([("start", s["start"]), ("end", s["end"]), ("type", s["type"]),
                                                ("kind", s["kind"]), ("fmt", s["fmt"]), ("noise", s["noise"]), ("context", s["context"]),
                                                ("value", s["value"]), ("surface", s["surface"])]) for s in spans]),
                        ("hard_negatives", [OrderedDict([("start", h["start"]), ("end", h["end"]), ("text", h["text"]),
                                                         ("category", h["category"])]) for h in negs]),
                        ("layout", sorted(d.layout)),
                        ("text_noise", OrderedDict(sorted(Counter(d.textnoise).items())))])
    return rec, meta


def build_record(entry, i, log):
    tname, genre, fn, count, every = entry
    nopii = bool(every) and (i % every == every - 1)
    last = None
    for attempt in range(60):
        seed = "%s|%s|%d" % (SEED_PREFIX, tname, i) + ("|r%d" % attempt if attempt else "")
        rng = random.Random(seed)
        g = Gen(rng)
        try:
            if tname == OCR_T:
                base = rng.choice([x for x in OCR_BASES if x[3]] if nopii else OCR_BASES)
                d = Doc(g, ocr=True, nopii=nopii)
                base[2](d, g, i)
                rec, meta = assemble(tname, OCR_GENRE, seed, d, nopii, base=base, i=i)
            else:
                d = Doc(g, ocr=False, nopii=nopii)
                fn(d, g, i)
                rec, meta = assemble(tname, genre, seed, d, nopii, i=i)
            validate_record(rec, meta)
            meta["retries"] = attempt
            return rec, meta
        except GenError as e:
            last = e
            msg = "draft rejected: %s #%d attempt %d: %s" % (tname, i, attempt, e)
            log.append(msg)
            sys.stderr.write(msg + " -> retrying with suffix |r%d\n" % (attempt + 1))
    raise SystemExit("FAILED to build %s #%d: %s" % (tname, i, last))


def md5(path):
    with open(path, "rb") as f:
        return hashlib.md5(f.read()).hexdigest()


def compute_stats(recs, metas):
    st = OrderedDict()
    st["records"] = len(recs)
    st["spans"] = sum(len(r["spans"]) for r in recs)
    st["no_pii_records"] = sum(1 for m in metas if m["no_pii"])
    st["ocr_records"] = sum(1 for m in metas if m["ocr"])
    noisy = sum(1 for m in metas for s in m["spans"] if s["noise"])
    st["spans_with_noise"] = noisy
    st["span_noise_share"] = round(noisy / max(1, st["spans"]), 4)
    noisy2 = sum(1 for m in metas for s in m["spans"] if [t for t in s["noise"] if t != "spaced_name"])
    st["spans_with_noise_excl_spaced_name"] = noisy2
    st["span_noise_share_excl_spaced_name"] = round(noisy2 / max(1, st["spans"]), 4)
    lay = sum(1 for m in metas if set(m["layout"]) & LAYOUT_FEATURES)
    st["records_with_layout_features"] = lay
    st["hard_negatives"] = sum(len(m["hard_negatives"]) for m in metas)
    c = lambda it: OrderedDict(sorted(Counter(it).items(), key=lambda kv: (-kv[1], kv[0])))
    st["by_genre"] = c(m["genre"] for m in metas)
    st["by_genre_spans"] = c(m["genre"] for m in metas for s in m["spans"])
    st["by_genre_no_pii"] = c(m["genre"] for m in metas if m["no_pii"])
    st["by_base_genre_of_ocr"] = c(m["base_genre"] for m in metas if m["ocr"])
    st["by_template"] = c(m["template"] for m in metas)
    st["by_type"] = c(s["type"] for m in metas for s in m["spans"])
    st["by_type_subkind"] = c("%s/%s" % (s["type"], s["kind"]) for m in metas for s in m["spans"])
    st["by_type_format"] = c("%s/%s" % (s["type"], s["fmt"]) for m in metas for s in m["spans"])
    st["by_noise_tag"] = c(t for m in metas for s in m["spans"] for t in s["noise"])
    st["dob_by_context"] = c(s["context"] for m in metas for s in m["spans"] if s["type"] == "DATE_OF_BIRTH")
    st["by_type_noisy"] = c(s["type"] for m in metas for s in m["spans"] if s["noise"])
    st["by_text_noise_tag"] = c(k for m in metas for k, v in m["text_noise"].items() for _ in range(v))
    st["by_hard_negative_category"] = c(h["category"] for m in metas for h in m["hard_negatives"])
    st["by_genre_hard_negatives"] = c(m["genre"] for m in metas for h in m["hard_negatives"])
    st["by_layout_feature"] = c(f for m in metas for f in m["layout"])
    st["retried_records"] = sum(1 for m in metas if m["retries"])
    return st


LAYOUT_FEATURES = frozenset(["running_head", "running_footer", "page_number", "approval_line", "coop_line",
                             "enforcement_line", "signoff_block", "attachment_list", "form_grid", "approval_grid",
                             "wrapped_cell", "footer", "page_break"])


def coverage_checks(st, metas):
    problems = []
    if st["records"] < 650:
        problems.append("records < 650")
    for t in TYPES:
        if st["by_type"].get(t, 0) < 100:
            problems.append("type %s has %d spans" % (t, st["by_type"].get(t, 0)))
    if len(st["by_genre"]) < 20:
        problems.append("genres < 20")
    if len(st["by_template"]) < 35:
        problems.append("templates < 35")
    if st["span_noise_share"] < 0.08:
        problems.append("noise share %.3f" % st["span_noise_share"])
    if st["no_pii_records"] < 0.09 * st["records"]:
        problems.append("no-PII share too low")
    if st["records_with_layout_features"] < 0.5 * st["records"]:
        problems.append("layout share too low")
    if not (0.11 <= st["ocr_records"] / st["records"] <= 0.15):
        problems.append("OCR share %.3f" % (st["ocr_records"] / st["records"]))
    for gnr in st["by_genre"]:
        if not st["by_genre_hard_negatives"].get(gnr):
            problems.append("genre without hard negatives: " + gnr)
    return problems


def revalidate(outdir):
    recs = [json.loads(l) for l in open(os.path.join(outdir, "pii_ax.jsonl"), encoding="utf-8")]
    metas = [json.loads(l) for l in open(os.path.join(outdir, "pii_ax.meta.jsonl"), encoding="utf-8")]
    req(len(recs) == len(metas), "file lengths")
    ids = set()
    for r, m in zip(recs, metas):
        req(r["id"] == m["id"] and r["id"] not in ids, "ids")
        ids.add(r["id"])
        req(set(r) == {"id", "text", "spans", "genre"}, "record keys")
        req([(s["start"], s["end"], s["type"]) for s in r["spans"]] ==
            [(s["start"], s["end"], s["type"]) for s in m["spans"]], "spans differ between files")
        validate_record(r, m)
    return recs, metas


def write_all(outdir, log):
    recs, metas = [], []
    for entry in TEMPLATE_LIST:
        for i in range(entry[3]):
            r, m = build_record(entry, i, log)
            recs.append(r)
            metas.append(m)
    ids = [r["id"] for r in recs]
    req(len(ids) == len(set(ids)), "duplicate ids")
    with open(os.path.join(outdir, "pii_ax.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "pii_ax.meta.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in metas:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    recs2, metas2 = revalidate(outdir)
    st = compute_stats(recs2, metas2)
    with open(os.path.join(outdir, "stats.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(st, ensure_ascii=False, indent=1) + "\n")
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(render_readme(st))
    return st, metas2


def main():
    args = sys.argv[1:]
    outdir = os.path.dirname(os.path.abspath(__file__))
    child = False
    if "--out" in args:
        outdir = args[args.index("--out") + 1]
        child = True
    log = []
    st, metas = write_all(outdir, log)
    problems = coverage_checks(st, metas)
    sys.stderr.write("%d records, %d spans, %d drafts rejected and retried\n" % (st["records"], st["spans"], len(log)))
    if problems:
        for p in problems:
            sys.stderr.write("COVERAGE PROBLEM: %s\n" % p)
        raise SystemExit(2)
    if child or "--no-hashseed-check" in args:
        return
    files = ["pii_ax.jsonl", "pii_ax.meta.jsonl", "stats.json", "README.md"]
    ref = [md5(os.path.join(outdir, f)) for f in files]
    for hs in ("0", "98765"):
        with tempfile.TemporaryDirectory() as td:
            env = dict(os.environ, PYTHONHASHSEED=hs)
            subprocess.run([sys.executable, os.path.abspath(__file__), "--out", td], env=env, check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            got = [md5(os.path.join(td, f)) for f in files]
            if got != ref:
                raise SystemExit("NON-DETERMINISTIC output under PYTHONHASHSEED=%s: %r vs %r" % (hs, got, ref))
    sys.stderr.write("identical output under PYTHONHASHSEED=0 and 98765 (md5 %s)\n" % ", ".join(ref))


if __name__ == "__main__":
    main()
