#!/usr/bin/env python3
"""Generator for the pii_p evaluation set (Korean PII span detection).

Standard library only.  Every random draw comes from a random.Random seeded with a
string "pii_p-2026|<template>|<i>" (a deterministic retry appends "|r<k>").  Nothing
depends on hash order: pools are lists, dict iteration only over insertion-ordered
literals, output is sorted by construction.

    python make_set.py          # writes pii_p.jsonl, pii_p.meta.jsonl and validates them
"""
import datetime
import ipaddress
import json
import os
import re
import sys
import unicodedata
import random

HERE = os.path.dirname(os.path.abspath(__file__))
SEED_PREFIX = "pii_p-2026"


def rng_for(tpl, i, k=0):
    s = f"{SEED_PREFIX}|{tpl}|{i}" + (f"|r{k}" if k else "")
    return random.Random(s)


def pick(r, xs):
    return xs[r.randrange(len(xs))]


def chance(r, p):
    return r.random() < p


class Reject(Exception):
    pass


# ---------------------------------------------------------------------------
# name pools
# ---------------------------------------------------------------------------
SURNAMES = (["김"] * 20 + ["이"] * 14 + ["박"] * 9 + ["최"] * 5 + ["정"] * 5 + ["강"] * 3 + ["조"] * 3 +
            ["윤"] * 3 + ["장"] * 3 + ["임"] * 3 +
            "한 오 서 신 권 황 안 송 류 전 홍 고 문 양 손 배 백 허 유 남 심 노 하 곽 성 차 주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 석 설 마 길 연 표 명 기 반 왕 금 옥 육 인 맹 탁 국 편 용".split()
            + ["남궁", "황보", "제갈", "선우", "독고", "사공", "서문"])
GIVEN = ("민준 서준 도윤 예준 시우 하준 주원 지호 지후 준우 준서 건우 현우 우진 민재 현준 연우 유준 정우 승우 승현 "
         "시윤 준혁 은우 지환 승민 유찬 윤우 민성 준영 시후 진우 지훈 성민 재윤 서연 서윤 서현 민서 하은 하윤 윤서 "
         "지민 지유 채원 지윤 은서 수아 다은 예은 수빈 지아 소윤 예린 하린 민지 유진 수민 영희 정숙 순자 영숙 미경 "
         "경희 명숙 혜진 은정 미영 성호 영수 영호 상철 광수 정호 동현 태호 재훈 성진 상훈 경수 병철 종민 용준 혜원 "
         "소영 은지 옥순 말순 춘자 복순 duplicates 철수 기택 문식 창호 태식 석진 두식 판수 갑순 연화 춘화 명길 "
         "동욱 재석 형준 세영 다인 나연 가윤 아린 로아 이안 태린 시아 해솔 도하 라온 윤슬 주아 한별 채윤 "
         "상민 효진 지영 정민 현정 승연 유리 보영 선희 미숙 경자 정자 영철 만수 봉수 덕희 순옥 귀남").split()
GIVEN = [g for g in GIVEN if g != "duplicates"]
FEMALE_GIVEN = set("서연 서윤 서현 민서 하은 하윤 윤서 지민 지유 채원 지윤 은서 수아 다은 예은 수빈 지아 소윤 예린 하린 민지 유진 수민 "
                   "영희 정숙 순자 영숙 미경 경희 명숙 혜진 은정 미영 혜원 소영 은지 옥순 말순 춘자 복순 갑순 연화 춘화 세영 다인 나연 가윤 "
                   "아린 로아 시아 윤슬 주아 채윤 효진 지영 현정 승연 유리 보영 선희 미숙 경자 정자 덕희 순옥 귀남".split())
NEUTRAL_GIVEN = set("지우 이안 태린 해솔 도하 라온 한별 정민 지호 수민 윤서 유진".split())
M_GIVEN = [g for g in GIVEN if g not in FEMALE_GIVEN or g in NEUTRAL_GIVEN]
F_GIVEN = [g for g in GIVEN if g in FEMALE_GIVEN or g in NEUTRAL_GIVEN]
GIVEN1 = ["훈", "진", "혁", "건", "솔", "윤"]

HANJA_SUR = {"김": "金", "이": "李", "박": "朴", "최": "崔", "정": "鄭", "강": "姜", "조": "趙", "윤": "尹",
             "장": "張", "한": "韓", "오": "吳", "서": "徐", "신": "申", "권": "權", "황": "黃", "안": "安", "송": "宋"}
HANJA_GIVEN = [("永洙", "영수"), ("承哲", "승철"), ("在植", "재식"), ("鍾鉉", "종현"), ("英子", "영자"), ("順子", "순자"),
               ("貞淑", "정숙"), ("炳浩", "병호"), ("相哲", "상철"), ("東煥", "동환"), ("明淑", "명숙"), ("玉順", "옥순"),
               ("基澤", "기택"), ("泰鎬", "태호"), ("文植", "문식"), ("昌浩", "창호"), ("正熙", "정희"), ("在烈", "재열"),
               ("春子", "춘자"), ("錫九", "석구"), ("淑姬", "숙희")]

SUR_ROM = {"김": "kim", "이": "lee", "박": "park", "최": "choi", "정": "jung", "강": "kang", "조": "cho",
           "윤": "yoon", "장": "jang", "임": "lim", "한": "han", "오": "oh", "서": "seo", "신": "shin",
           "권": "kwon", "황": "hwang", "안": "ahn", "송": "song", "류": "ryu", "전": "jeon", "홍": "hong",
           "고": "ko", "문": "moon", "양": "yang", "손": "son", "배": "bae", "백": "baek", "허": "heo",
           "유": "yu", "남": "nam", "심": "shim", "노": "noh", "하": "ha", "곽": "kwak", "성": "sung",
           "차": "cha", "주": "joo", "우": "woo", "구": "koo", "민": "min", "진": "jin", "나": "na",
           "지": "ji", "엄": "eom", "채": "chae", "원": "won", "천": "cheon", "방": "bang", "공": "kong",
           "현": "hyun", "함": "ham", "변": "byun", "염": "yeom", "여": "yeo", "추": "choo", "도": "do",
           "석": "seok", "설": "seol", "마": "ma", "길": "gil", "연": "yeon", "표": "pyo", "명": "myung",
           "기": "ki", "반": "ban", "왕": "wang", "금": "keum", "옥": "ok", "육": "yuk", "인": "in",
           "맹": "maeng", "탁": "tak", "국": "kook", "편": "pyun", "용": "yong", "남궁": "namgung",
           "황보": "hwangbo", "제갈": "jegal", "선우": "sunwoo", "독고": "dokgo", "사공": "sagong",
           "서문": "seomun"}
INITIALS = ["jh", "sy", "mk", "hj", "dy", "ej", "yj", "sh", "jw", "hs", "ms", "yh", "jy", "sk", "dh", "gy", "hy", "bk"]

# (Hangul, Latin, nationality, passport style)
FOREIGN = [
    ("응우옌 티 흐엉", "NGUYEN THI HUONG", "베트남", "VNM"), ("쩐 반 남", "TRAN VAN NAM", "베트남", "VNM"),
    ("레 티 마이", "LE THI MAI", "베트남", "VNM"), ("팜 반 득", "PHAM VAN DUC", "베트남", "VNM"),
    ("부이 꽝 휘", "BUI QUANG HUY", "베트남", "VNM"), ("왕웨이", "WANG WEI", "중국", "CHN"),
    ("리우양", "LIU YANG", "중국", "CHN"), ("장리나", "ZHANG LINA", "중국", "CHN"),
    ("천샤오밍", "CHEN XIAOMING", "중국", "CHN"), ("마리아 산토스", "MARIA SANTOS", "필리핀", "PHL"),
    ("호세 레예스", "JOSE REYES", "필리핀", "PHL"), ("크리스티나 로페스", "CRISTINA LOPEZ", "필리핀", "PHL"),
    ("바트바야르 도르지", "BATBAYAR DORJ", "몽골", "MNG"), ("어용체첵 바트", "OYUNTSETSEG BAT", "몽골", "MNG"),
    ("아지즈 카리모프", "AZIZ KARIMOV", "우즈베키스탄", "UZB"), ("딜노자 유수포바", "DILNOZA YUSUPOVA", "우즈베키스탄", "UZB"),
    ("시티 라흐마", "SITI RAHMA", "인도네시아", "IDN"), ("아구스 프라세티오", "AGUS PRASETYO", "인도네시아", "IDN"),
    ("솜차이 분미", "SOMCHAI BOONMEE", "태국", "THA"), ("사토 유키", "SATO YUKI", "일본", "JPN"),
    ("다나카 히로시", "TANAKA HIROSHI", "일본", "JPN"), ("올가 페트로바", "OLGA PETROVA", "러시아", "RUS"),
    ("존 밀러", "JOHN MILLER", "미국", "USA"), ("에밀리 존슨", "EMILY JOHNSON", "미국", "USA"),
    ("라주 샤르마", "RAJU SHARMA", "네팔", "NPL"), ("쿠마르 타파", "KUMAR THAPA", "네팔", "NPL"),
    ("훈 소파나", "HUN SOPHANNA", "캄보디아", "KHM"), ("미얏 투", "MYAT THU", "미얀마", "MMR"),
    ("모하메드 라만", "MOHAMMAD RAHMAN", "방글라데시", "BGD"), ("소피 마르탱", "SOPHIE MARTIN", "프랑스", "FRA"),
]

# ---------------------------------------------------------------------------
# places, banks, institutions
# ---------------------------------------------------------------------------
SIDO = [
    ("서울특별시", "서울", ["마포구", "강남구", "노원구", "관악구", "송파구", "은평구", "동대문구", "강서구", "성북구", "구로구"]),
    ("부산광역시", "부산", ["해운대구", "부산진구", "사하구", "동래구", "북구"]),
    ("대구광역시", "대구", ["수성구", "달서구", "북구", "동구"]),
    ("인천광역시", "인천", ["남동구", "부평구", "연수구", "미추홀구", "계양구"]),
    ("광주광역시", "광주", ["북구", "서구", "광산구"]),
    ("대전광역시", "대전", ["유성구", "서구", "중구", "대덕구"]),
    ("울산광역시", "울산", ["남구", "울주군", "중구"]),
    ("세종특별자치시", "세종", [""]),
    ("경기도", "경기", ["수원시 팔달구", "성남시 분당구", "고양시 일산동구", "용인시 기흥구", "화성시", "안산시 단원구",
                      "파주시", "남양주시", "평택시", "의정부시", "김포시"]),
    ("강원특별자치도", "강원", ["춘천시", "원주시", "강릉시", "홍천군"]),
    ("충청북도", "충북", ["청주시 흥덕구", "충주시", "제천시", "음성군"]),
    ("충청남도", "충남", ["천안시 서북구", "아산시", "공주시", "홍성군", "당진시"]),
    ("전북특별자치도", "전북", ["전주시 완산구", "익산시", "군산시", "정읍시"]),
    ("전라남도", "전남", ["목포시", "순천시", "여수시", "나주시", "해남군"]),
    ("경상북도", "경북", ["포항시 북구", "구미시", "경주시", "안동시", "경산시"]),
    ("경상남도", "경남", ["창원시 성산구", "김해시", "진주시", "양산시", "거제시"]),
    ("제주특별자치도", "제주", ["제주시", "서귀포시"]),
]
ROADS = ["새터로", "한빛로", "솔내길", "은행나무로", "매봉로", "배울로", "장터길", "청림로", "가람로", "누리로",
         "달빛로", "버들길", "중앙로", "구름재로", "호수로", "동산길", "큰골로", "숲속마을로", "산수유길", "물푸레로",
         "느티나무길", "학마을로", "봉우재로", "새말로", "도란길", "하늘정원로", "개나리길", "다솜로", "미리내로"]
DONGS = ["성산동", "역삼동", "상계동", "신림동", "잠실동", "응암동", "휘경동", "화곡동", "정릉동", "우동", "범어동",
         "구월동", "봉명동", "삼산동", "매탄동", "정자동", "대화동", "영통동"]
EUPMYEON = [("봉담읍", "수영리"), ("오창읍", "각리"), ("배방읍", "공수리"), ("남면", "신촌리"), ("진접읍", "장현리"),
            ("화도읍", "묵현리"), ("삼호읍", "용앙리"), ("외도면", "도리")]
APTS = ["한빛아파트", "푸른마을아파트", "솔빛마을 5단지", "래미안", "주공아파트", "현대빌라", "그린맨션", "해오름빌라",
        "무지개아파트", "동신아파트", "새솔하이츠"]

BANKS = [("KB국민은행", [6, 2, 6]), ("국민은행", [6, 2, 6]), ("신한은행", [3, 3, 6]), ("우리은행", [4, 3, 6]),
         ("하나은행", [3, 6, 5]), ("NH농협은행", [3, 4, 4, 2]), ("농협", [3, 4, 4, 2]), ("지역농협", [6, 2, 6]),
         ("IBK기업은행", [3, 6, 2, 3]), ("기업은행", [3, 6, 2, 3]), ("카카오뱅크", [4, 2, 7]), ("토스뱅크", [4, 4, 4]),
         ("새마을금고", [4, 2, 6, 1]), ("우체국", [6, 2, 6]), ("SC제일은행", [3, 2, 6]), ("부산은행", [3, 4, 4, 2]),
         ("iM뱅크", [3, 2, 6, 1]), ("케이뱅크", [3, 3, 6]), ("수협은행", [3, 2, 6]), ("신협", [3, 3, 6, 1]),
         ("광주은행", [3, 3, 6]), ("경남은행", [3, 2, 7])]

# institutions: (name, head title, own address (hard negative), switchboard (hard negative), mail domain)
INSTS = [
    ("행정안전부", "행정안전부장관", "세종특별자치시 도움6로 42 정부세종청사 중앙동", "044-205-1000", "korea.kr"),
    ("보건복지부", "보건복지부장관", "세종특별자치시 도움4로 13 정부세종청사 10동", "044-202-2000", "korea.kr"),
    ("국토교통부", "국토교통부장관", "세종특별자치시 도움6로 11 정부세종청사 6동", "044-201-3000", "korea.kr"),
    ("병무청", "병무청장", "대전광역시 서구 청사로 189 정부대전청사 2동", "042-481-2600", "korea.kr"),
    ("국세청", "국세청장", "세종특별자치시 국세청로 8-14", "044-204-2200", "nts.go.kr"),
    ("마포구", "마포구청장", "서울특별시 마포구 월드컵로 212", "02-3153-8100", "mapo.go.kr"),
    ("수원시", "수원시장", "경기도 수원시 팔달구 효원로 241", "031-228-2114", "suwon.go.kr"),
    ("한빛시", "한빛시장", "충청남도 한빛시 시청길 10", "041-550-2114", "hanbit.go.kr"),
    ("새솔군", "새솔군수", "전라남도 새솔군 새솔읍 군청로 25", "061-530-5114", "saesol.go.kr"),
    ("누리구", "누리구청장", "부산광역시 누리구 구청로 1", "051-220-4000", "nuri.go.kr"),
    ("경상북도교육청", "경상북도교육감", "경상북도 안동시 풍천면 도청대로 511", "054-805-3000", "gbe.kr"),
    ("한빛경찰서", "한빛경찰서장", "충청남도 한빛시 경찰서길 33", "041-550-0112", "police.go.kr"),
    ("서해지방법원", "서해지방법원장", "인천광역시 미추홀구 소성로 163번길 17", "032-860-1113", "scourt.go.kr"),
    ("누리보건소", "누리보건소장", "부산광역시 누리구 보건로 77 누리보건소", "051-220-5700", "nuri.go.kr"),
]
DEPTS = ["운영지원과", "민원정책과", "교통행정과", "세무1과", "복지정책과", "보건행정과", "자치행정과", "병역자원과",
         "감사담당관실", "정보화담당관실", "인구정책과", "외국인정책과", "환경관리과", "건축과"]
COMPANY_STEMS = ["한빛엔지니어링", "가온테크", "새솔건설", "푸른숲", "대성산업", "미래로시스템", "다온물산", "세움종합건설",
                 "한결정보통신", "누리푸드", "청림환경", "별빛디자인", "온누리약품", "바른회계", "동해수산", "해솔물류",
                 "은하전자", "든든케어", "참좋은여행", "도담인쇄"]
SWITCH_PREFIX = ["1588", "1577", "1600", "1544", "1644", "1566", "1661", "1899"]
SHORT_CODES = [("110", "정부민원안내콜센터"), ("120", "다산콜재단"), ("126", "국세상담센터"), ("1345", "외국인종합안내센터"),
               ("1350", "고용노동부 고객상담센터"), ("1355", "국민연금공단 고객센터")]
DL_REGIONS = [("11", "서울"), ("12", "부산"), ("13", "경기"), ("14", "강원"), ("15", "충북"), ("16", "충남"),
              ("17", "전북"), ("18", "전남"), ("19", "경북"), ("20", "경남"), ("21", "제주"), ("22", "대구"),
              ("23", "인천"), ("24", "광주"), ("25", "대전"), ("26", "울산"), ("28", "경기북부")]
PLATE_PRIV = list("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주")
PLATE_COMM = list("바사아자")
PLATE_RENT = list("하허호")
PLATE_REGIONS = ["서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "경기", "강원", "충북", "충남", "전북",
                 "전남", "경북", "경남", "제주"]
MAIL_DOMAINS = ["naver.com", "gmail.com", "daum.net", "hanmail.net", "kakao.com", "nate.com", "hotmail.com"]


# ---------------------------------------------------------------------------
# values
# ---------------------------------------------------------------------------
def V(s, typ, kind, clean=None, noise=None, extra=None):
    d = {"s": s, "type": typ, "kind": kind, "clean": s if clean is None else clean, "noise": list(noise or [])}
    if extra:
        d.update(extra)
    return d


W12 = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]


def rrn_check(d12, legacy_frn=False):
    s = sum(int(a) * w for a, w in zip(d12, W12))
    return (13 - s % 11) % 10 if legacy_frn else (11 - s % 11) % 10


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
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def luhn_complete(prefix, length):
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise AssertionError


def rdigits(r, n):
    return "".join(str(r.randrange(10)) for _ in range(n))


def rand_date(r, y0, y1):
    y = r.randint(y0, y1)
    m = r.randint(1, 12)
    d = r.randint(1, 28 if m == 2 else (30 if m in (4, 6, 9, 11) else 31))
    return datetime.date(y, m, d)


USED_NAMES = set()


class Person:
    def __init__(self, r, foreign=False, minor=False, elder=False, child=False, hanja=False, kname_foreigner=False, sex=None):
        for _ in range(30):
            self._init(r, foreign, minor, elder, child, hanja, kname_foreigner, sex)
            if self.name not in USED_NAMES:
                break
        USED_NAMES.add(self.name)

    def _init(self, r, foreign, minor, elder, child, hanja, kname_foreigner, sex):
        self.r = r
        self.foreign = foreign
        self.sex = sex or pick(r, "MF")
        self.hanja = None
        if foreign and not kname_foreigner:
            f = pick(r, FOREIGN)
            self.name_h, self.name_l, self.nat, self.pstyle = f
            self.name = self.name_h
        else:
            sur = pick(r, SURNAMES)
            given = pick(r, M_GIVEN if self.sex == "M" else F_GIVEN) if not chance(r, 0.03) else pick(r, GIVEN1)
            self.name = sur + given
            if self.name == "홍길동":
                self.name = sur + "길수"
            self.sur = sur
            if foreign:
                self.nat, self.pstyle = "중국", "CHN"
                self.name_h = self.name_l = self.name
            if hanja and sur in HANJA_SUR:
                hg, rd = pick(r, HANJA_GIVEN)
                self.hanja = HANJA_SUR[sur] + hg
                self.name = sur + rd
        if child:
            self.birth = rand_date(r, 2020, 2025)
            if self.birth < datetime.date(2020, 10, 1):
                self.birth = self.birth.replace(year=2021)
        elif minor:
            self.birth = rand_date(r, 2007, 2018)
        elif elder:
            self.birth = rand_date(r, 1935, 1958)
        else:
            self.birth = rand_date(r, 1956, 2003)
        self._rrn = None
        self._phone = None
        self._email = None
        self.age_ref = 2025

    @property
    def age(self):
        return self.age_ref - self.birth.year - (1 if (self.birth.month, self.birth.day) > (6, 30) else 0)

    def nm(self, latin=False, noise=None):
        if self.foreign and latin and self.name_l != self.name_h:
            return V(self.name_l, "PERSON", "name_foreign_latin")
        if self.foreign and self.name_l != self.name_h:
            return V(self.name_h, "PERSON", "name_foreign_hangul")
        kind = "name_kr2" if len(self.name) <= 3 and len(getattr(self, "sur", "")) == 1 else "name_kr"
        if len(getattr(self, "sur", "")) == 2:
            kind = "name_kr_double_surname"
        if noise == "spaced" and " " not in self.name:
            return V(" ".join(self.name), "PERSON", kind, clean=self.name, noise=["spaced_name"])
        return V(self.name, "PERSON", kind)

    def hj(self):
        return V(self.hanja, "PERSON", "name_hanja")

    # --- identifiers -------------------------------------------------------
    def rrn_digits(self):
        if self._rrn is None:
            r = self.r
            b = self.birth
            yymmdd = b.strftime("%y%m%d")
            if self.foreign:
                g = {"M": 5, "F": 6}[self.sex] + (2 if b.year >= 2000 else 0)
            else:
                g = {"M": 1, "F": 2}[self.sex] + (2 if b.year >= 2000 else 0)
            mid = rdigits(r, 5)
            d12 = yymmdd + str(g) + mid
            if self.foreign:
                c = rrn_check(d12, legacy_frn=True)
                self._rrn_kind = "frn_legacy"
            elif b >= datetime.date(2020, 10, 1):
                c = (rrn_check(d12) + 1 + r.randrange(9)) % 10
                self._rrn_kind = "rrn_post2020"
            else:
                c = rrn_check(d12)
                self._rrn_kind = "rrn_valid"
            self._rrn = d12 + str(c)
        return self._rrn

    def rrn(self, sep="-", mask=None):
        d = self.rrn_digits()
        typ = "KR_FRN" if self.foreign else "KR_RRN"
        if mask:
            s = d[:6] + sep + d[6] + mask * 6
            return V(s, typ, ("frn" if self.foreign else "rrn") + "_masked", extra={"digits": d})
        s = d[:6] + sep + d[6:]
        kind = self._rrn_kind
        if sep != "-":
            kind += "_sep" if sep else "_nosep"
        return V(s, typ, kind, extra={"digits": d})

    def rrn_any(self, r, pmask=0.2):
        if chance(r, pmask):
            return self.rrn(mask=pick(r, ["*", "*", "●", "X", "x", "○"]))
        return self.rrn(sep=pick(r, ["-"] * 12 + [" ", ""]))

    def phone_digits(self):
        if self._phone is None:
            self._phone = "010" + str(self.r.randint(2, 9)) + rdigits(self.r, 7)
        return self._phone

    def mobile(self, r, fmt=None):
        d = self.phone_digits()
        fmt = fmt or pick(r, ["dash"] * 10 + ["space", "dot", "none", "paren", "intl"])
        s = fmt_mobile(d, fmt)
        return V(s, "PHONE_NUMBER", "mobile_" + fmt, extra={"digits": d})

    def email(self, r=None):
        if self._email is None:
            r2 = self.r
            if self.foreign and self.name_l != self.name_h:
                base = self.name_l.lower().split()
                loc = pick(r2, [".".join(base), base[0] + base[-1][0], base[-1] + str(r2.randint(1, 99))])
            else:
                rom = SUR_ROM.get(getattr(self, "sur", "kim"), "kim")
                loc = pick(r2, [pick(r2, INITIALS) + rom, rom + "." + pick(r2, INITIALS), rom + pick(r2, INITIALS) + str(self.birth.year % 100).zfill(2),
                                pick(r2, INITIALS) + str(r2.randint(1, 999)), rom + "_" + str(r2.randint(10, 9999))])
            self._email = loc + "@" + pick(r2, MAIL_DOMAINS)
        return V(self._email, "EMAIL_ADDRESS", "email_personal")

    def dob(self, r, fmt=None):
        return dob_val(self.birth, r, fmt)


def fmt_mobile(d, fmt):
    a, b, c = d[:3], d[3:7], d[7:]
    return {"dash": f"{a}-{b}-{c}", "space": f"{a} {b} {c}", "dot": f"{a}.{b}.{c}", "none": d,
            "paren": f"({a}){b}-{c}", "intl": f"+82 {a[1:]}-{b}-{c}", "intl2": f"+82-{a[1:]}-{b}-{c}"}[fmt]


AREA = ["02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055", "061", "062", "063", "064"]


def landline(r, area=None, kind="landline", fmt=None):
    area = area or pick(r, AREA)
    mid = str(r.randint(200, 999)) if chance(r, 0.4) else str(r.randint(2000, 9899))
    last = rdigits(r, 4)
    fmt = fmt or pick(r, ["dash"] * 8 + ["paren", "dot", "space"])
    s = {"dash": f"{area}-{mid}-{last}", "paren": f"({area}) {mid}-{last}", "dot": f"{area}.{mid}.{last}",
         "space": f"{area} {mid} {last}"}[fmt]
    return V(s, "PHONE_NUMBER", kind, extra={"digits": area + mid + last})


def inet_phone(r):
    d = "070" + rdigits(r, 8)
    return V(f"070-{d[3:7]}-{d[7:]}", "PHONE_NUMBER", "voip070", extra={"digits": d})


DOB_FMTS = ["dot_sp", "kor", "iso", "dot0", "yy_dot", "yymmdd", "slash", "kor_yy", "dot_nosp", "ymd8", "hanja", "en", "passport_kr"]
MON_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def dob_val(b, r, fmt=None):
    fmt = fmt or pick(r, ["dot_sp"] * 4 + ["kor"] * 4 + ["iso"] * 2 + ["dot0"] * 2 + ["yy_dot", "yymmdd", "slash", "kor_yy", "dot_nosp", "ymd8"])
    y, m, d = b.year, b.month, b.day
    s = {"dot_sp": f"{y}. {m}. {d}.", "kor": f"{y}년 {m}월 {d}일", "iso": f"{y}-{m:02d}-{d:02d}",
         "dot0": f"{y}.{m:02d}.{d:02d}.", "yy_dot": f"{y % 100:02d}.{m:02d}.{d:02d}", "yymmdd": f"{y % 100:02d}{m:02d}{d:02d}",
         "slash": f"{y}/{m:02d}/{d:02d}", "kor_yy": f"{y % 100:02d}년 {m}월 {d}일", "dot_nosp": f"{y}.{m}.{d}.",
         "ymd8": f"{y}{m:02d}{d:02d}", "hanja": f"{y}年 {m}月 {d}日", "en": f"{d:02d} {MON_EN[m - 1]} {y}",
         "passport_kr": f"{d:02d} {m}월/{MON_EN[m - 1]} {y}"}[fmt]
    return V(s, "DATE_OF_BIRTH", "dob_" + fmt, extra={"date": b.isoformat()})


def address(r, form=None, unit=None, noise=None):
    sido_full, sido_short, sggs = pick(r, SIDO)
    sgg = pick(r, sggs)
    form = form or pick(r, ["road_full"] * 4 + ["road_short"] * 2 + ["road_sgg"] * 2 + ["jibun"] * 2)
    if form == "jibun":
        if chance(r, 0.5) and sgg and sgg.endswith(("시", "군")):
            em, ri = pick(r, EUPMYEON)
            base = f"{sido_full if chance(r, 0.6) else sido_short} {sgg} {em} {ri} {r.randint(1, 999)}" + (f"-{r.randint(1, 30)}" if chance(r, 0.6) else "")
            if chance(r, 0.3):
                base += f" {pick(r, APTS)} {r.randint(101, 112)}동 {r.randint(1, 15)}{r.randint(1, 4):02d}호"
        else:
            pre = pick(r, [sido_full + " ", sido_short + " ", ""])
            if not pre and not sgg:
                pre = sido_full + " "
            base = f"{pre}{(sgg + ' ') if sgg else ''}{pick(r, DONGS)} {r.randint(1, 1500)}-{r.randint(1, 60)}"
            if chance(r, 0.6):
                base += f" {pick(r, APTS)} {r.randint(101, 125)}동 {r.randint(1, 25)}{r.randint(1, 6):02d}호"
        s = base
    else:
        road = pick(r, ROADS)
        if chance(r, 0.35):
            road += f"{r.randint(1, 80)}번길"
        no = str(r.randint(1, 350)) + (f"-{r.randint(1, 20)}" if chance(r, 0.15) else "")
        if form == "road_full" or not sgg:
            pre = f"{sido_full} {(sgg + ' ') if sgg else ''}"
        elif form == "road_short":
            pre = f"{sido_short} {sgg} "
        else:
            pre = f"{sgg} "
        s = f"{pre}{road} {no}"
        u = unit if unit is not None else pick(r, ["", "", f", {r.randint(101, 125)}동 {r.randint(1, 25)}{r.randint(1, 6):02d}호",
                                                   f", {r.randint(2, 5)}층 {r.randint(2, 5)}0{r.randint(1, 4)}호", f" {r.randint(2, 12)}층",
                                                   f", {r.randint(101, 410)}호", f", {pick(r, ['가', '나', 'A', 'B'])}동 {r.randint(101, 402)}호"])
        s += u
    v = V(s, "KR_ADDRESS", "addr_" + form)
    if noise == "wrapped":
        sp = [i for i, ch in enumerate(s) if ch == " "]
        if len(sp) >= 2:
            k = sp[len(sp) // 2]
            v = V(s[:k] + "\n" + s[k + 1:], "KR_ADDRESS", "addr_" + form, clean=s, noise=["wrapped"])
    return v


def addr_ref(r):
    return f" ({pick(r, DONGS)}{', ' + pick(r, APTS) if chance(r, 0.5) else ''})"


def postal(r):
    return f"{r.randint(1, 63):02d}{rdigits(r, 3)}"


def inst_address(r):
    sido_full, sido_short, sggs = pick(r, SIDO)
    sgg = pick(r, sggs)
    kind = pick(r, ["청사", "시청", "구청", "주민센터", "보건소", "세무서", "교육지원청", "병무지청", "경찰서"])
    s = f"{sido_full} {(sgg + ' ') if sgg else ''}{pick(r, ROADS)} {r.randint(1, 300)}"
    if kind == "청사":
        s += f" {sido_short}합동청사 {r.randint(1, 6)}층"
    return s


def bank_acct(r, bank=None, fmt=None, mask=False):
    bank = bank or pick(r, BANKS)
    name, groups = bank
    digs = "".join(rdigits(r, g) for g in groups)
    if name in ("카카오뱅크",):
        digs = "3333" + digs[4:]
    if name == "토스뱅크":
        digs = "1000" + digs[4:]
    if name in ("우리은행",) and chance(r, 0.5):
        digs = "1002" + digs[4:]
    if name in ("신한은행",) and chance(r, 0.6):
        digs = "110" + digs[3:]
    fmt = fmt or pick(r, ["dash"] * 7 + ["none", "none", "space"])
    parts = []
    k = 0
    for g in groups:
        parts.append(digs[k:k + g])
        k += g
    kind = "acct_" + name + "_" + fmt
    if mask:
        # star out one inner group (or most of it)
        gi = 1 if len(parts) > 2 else 0
        parts[gi] = "*" * len(parts[gi])
        kind = "acct_masked"
        fmt = "dash" if fmt == "none" else fmt
    s = {"dash": "-".join(parts), "none": "".join(parts), "space": " ".join(parts)}[fmt]
    return name, V(s, "KR_BANK_ACCOUNT", kind, extra={"digits": digs, "groups": groups})


def card(r, brand=None, fmt=None, mask=None):
    brand = brand or pick(r, ["visa", "visa", "master", "master", "bc", "bc", "jcb", "amex", "local"])
    if brand == "visa":
        pre = "4" + rdigits(r, 5)
    elif brand == "master":
        pre = "5" + str(r.randint(1, 5)) + rdigits(r, 4)
    elif brand == "bc":
        pre = "94" + pick(r, ["10", "11", "20", "30", "41", "90"]) + rdigits(r, 2)
    elif brand == "jcb":
        pre = "35" + str(r.randint(28, 89)) + rdigits(r, 2)
    elif brand == "amex":
        pre = pick(r, ["34", "37"]) + rdigits(r, 4)
    else:
        pre = pick(r, ["6243", "9490", "6251", "4579"]) + rdigits(r, 2)
    n = 15 if brand == "amex" else 16
    num = luhn_complete(pre + rdigits(r, n - len(pre) - 1), n)
    groups = [4, 6, 5] if n == 15 else [4, 4, 4, 4]
    fmt = fmt or pick(r, ["dash"] * 6 + ["space", "space", "none"])
    parts, k = [], 0
    for g in groups:
        parts.append(num[k:k + g])
        k += g
    kind = "card_" + brand
    if mask:
        m = mask
        if n == 16:
            # keep first 6 and last 4: 1234-56**-****-3842
            parts = [parts[0], parts[1][:2] + m * 2, m * 4, parts[3]]
            if chance(r, 0.3):
                parts = [parts[0], m * 4, m * 4, parts[3]]
        else:
            parts = [parts[0], parts[1][:2] + m * 4, m + parts[2][1:]]
        kind = "card_masked"
        if fmt == "none":
            fmt = "dash"
    sep = {"dash": "-", "space": " ", "none": ""}[fmt]
    return V(sep.join(parts), "CREDIT_CARD", kind, extra={"digits": num})


def passport_kr(r, style=None, prefix=None):
    prefix = prefix or pick(r, ["M"] * 8 + ["S", "G", "D", "R"])
    style = style or pick(r, ["new", "new", "old"])
    if style == "old":
        s = prefix + rdigits(r, 8)
    else:
        s = prefix + rdigits(r, 3) + pick(r, "ABCDEFGHJKLMNPQRSTUVWXYZ") + rdigits(r, 4)
    return V(s, "KR_PASSPORT", f"passport_kr_{style}")


def passport_foreign(r, style):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    s = {"VNM": lambda: pick(r, "CNB") + rdigits(r, 7), "CHN": lambda: pick(r, ["E" + rdigits(r, 8), "EJ" + rdigits(r, 7), "EH" + rdigits(r, 7)]),
         "PHL": lambda: "P" + rdigits(r, 7) + pick(r, "ABC"), "MNG": lambda: "E" + rdigits(r, 7),
         "UZB": lambda: pick(r, ["FA", "AB", "AD"]) + rdigits(r, 7), "IDN": lambda: pick(r, "ABCX") + rdigits(r, 7),
         "THA": lambda: pick(r, ["AA", "AB", "AC"]) + rdigits(r, 7), "JPN": lambda: "T" + pick(r, L) + rdigits(r, 7),
         "RUS": lambda: "75" + rdigits(r, 7), "USA": lambda: "5" + rdigits(r, 8), "NPL": lambda: "PA" + rdigits(r, 7),
         "KHM": lambda: "N" + rdigits(r, 7), "MMR": lambda: "MD" + rdigits(r, 6), "BGD": lambda: pick(r, ["A", "B", "EB"]) + rdigits(r, 7),
         "FRA": lambda: rdigits(r, 2) + pick(r, L) + pick(r, L) + rdigits(r, 5)}[style]()
    return V(s, "KR_PASSPORT", "passport_foreign_" + style)


def person_passport(p, r, style=None):
    if p.foreign:
        return passport_foreign(r, p.pstyle)
    return passport_kr(r, style)


def driver_license(r, fmt=None):
    code, region = pick(r, DL_REGIONS)
    yy = f"{r.randint(85, 124) % 100:02d}"
    serial = rdigits(r, 6)
    tail = str(r.randrange(10)) + str(r.randint(0, 2))
    fmt = fmt or pick(r, ["dash"] * 5 + ["name", "name_nospace", "plain", "space"])
    if fmt == "name" and code == "28":
        code, region = "13", "경기"
    s = {"dash": f"{code}-{yy}-{serial}-{tail}", "name": f"{region} {yy}-{serial}-{tail}",
         "name_nospace": f"{region}{yy}-{serial}-{tail}", "plain": f"{code}{yy}{serial}{tail}",
         "space": f"{code} {yy} {serial} {tail}"}[fmt]
    return V(s, "KR_DRIVER_LICENSE", "dl_" + fmt, extra={"digits": (code if fmt not in ("name", "name_nospace") else "") + yy + serial + tail})


def plate(r, fmt=None):
    fmt = fmt or pick(r, ["p2", "p2", "p3", "p3", "region", "comm", "nospace", "rent"])
    if fmt == "p2":
        s = f"{r.randint(10, 99)}{pick(r, PLATE_PRIV)} {r.randint(1000, 9999)}"
    elif fmt == "p3":
        s = f"{r.randint(100, 699)}{pick(r, PLATE_PRIV)} {r.randint(1000, 9999)}"
    elif fmt == "region":
        s = f"{pick(r, PLATE_REGIONS)} {r.randint(10, 99)}{pick(r, PLATE_PRIV)} {r.randint(1000, 9999)}"
    elif fmt == "comm":
        s = f"{pick(r, PLATE_REGIONS)} {r.randint(70, 99)}{pick(r, PLATE_COMM)} {r.randint(1000, 9999)}"
    elif fmt == "rent":
        s = f"{r.randint(10, 99)}{pick(r, PLATE_RENT)} {r.randint(1000, 9999)}"
    else:
        s = f"{r.randint(100, 399)}{pick(r, PLATE_PRIV)}{r.randint(1000, 9999)}"
    return V(s, "KR_VEHICLE_PLATE", "plate_" + fmt)


def nhis(r, fmt=None):
    d = str(r.randint(1, 7)) + rdigits(r, 10)
    fmt = fmt or pick(r, ["plain", "plain", "plain", "dash1"])
    s = d if fmt == "plain" else d[0] + "-" + d[1:]
    return V(s, "KR_HEALTH_INSURANCE", "nhis_" + fmt, extra={"digits": d})


def brn(r, fmt=None):
    d9 = str(r.randint(101, 899)) + f"{r.choice([81, 82, 85, 86, 87, 88, 1, 10, 11, 12, 13, 21, 22, 23, 24, 25, 26, 27, 28, 29]):02d}" + rdigits(r, 4)
    d = d9 + str(brn_check(d9))
    fmt = fmt or pick(r, ["dash"] * 6 + ["none", "space"])
    s = {"dash": f"{d[:3]}-{d[3:5]}-{d[5:]}", "none": d, "space": f"{d[:3]} {d[3:5]} {d[5:]}"}[fmt]
    return V(s, "KR_BRN", "brn_" + fmt, extra={"digits": d})


CRN_OFFICES = ["1101", "1201", "1301", "1311", "1350", "1358", "1444", "1501", "1545", "1601", "1701", "1748", "1801",
               "1901", "2001", "2011", "2101", "2301", "2401", "2501", "2801", "2841", "1146", "1345"]


def crn(r, fmt=None):
    d12 = pick(r, CRN_OFFICES) + pick(r, ["11", "11", "11", "13", "14", "21", "22", "71"]) + rdigits(r, 6)
    d = d12 + str(crn_check(d12))
    fmt = fmt or pick(r, ["dash"] * 6 + ["none"])
    s = f"{d[:6]}-{d[6:]}" if fmt == "dash" else d
    return V(s, "KR_CRN", "crn_" + fmt, extra={"digits": d})


def ipv4(r, private=None):
    private = chance(r, 0.35) if private is None else private
    if private:
        s = pick(r, [f"192.168.{r.randint(0, 20)}.{r.randint(2, 254)}", f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                     f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}"])
        return V(s, "IP_ADDRESS", "ipv4_private")
    while True:
        a = r.randint(1, 223)
        if a in (10, 127, 169, 172, 192, 100):
            continue
        s = f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        return V(s, "IP_ADDRESS", "ipv4_public")


def ipv6(r):
    groups = ["2001", f"{r.randint(0x200, 0xeff):x}"] + [f"{r.randint(0, 0xffff):x}" for _ in range(2)]
    s = ":".join(groups) + "::" + f"{r.randint(1, 0xffff):x}"
    return V(s, "IP_ADDRESS", "ipv6")


def biz_email(r, comp_rom):
    return V(f"{pick(r, ['sales', 'info', 'contact', 'admin', 'help', 'biz'])}@{comp_rom}.co.kr", "EMAIL_ADDRESS", "email_business")


def company(r):
    stem = pick(r, COMPANY_STEMS)
    return pick(r, [f"(주){stem}", f"주식회사 {stem}", f"㈜{stem}", f"{stem}(주)", f"유한회사 {stem}", f"{stem} 협동조합"]), stem


COMP_ROM = {"한빛엔지니어링": "hanbit-eng", "가온테크": "gaontech", "새솔건설": "saesol", "푸른숲": "pureunsup",
            "대성산업": "daesung-ind", "미래로시스템": "miraero", "다온물산": "daon", "세움종합건설": "seum",
            "한결정보통신": "hangyeol", "누리푸드": "nurifood", "청림환경": "chunglim", "별빛디자인": "byeolbit",
            "온누리약품": "onnuri-ph", "바른회계": "bareun", "동해수산": "donghae-fish", "해솔물류": "haesol",
            "은하전자": "eunha-elec", "든든케어": "deundeun", "참좋은여행": "chamtour", "도담인쇄": "dodam-print"}


# ---------------------------------------------------------------------------
# noise
# ---------------------------------------------------------------------------
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
CONF = {"0": ["O", "o"], "1": ["l", "I"], "5": ["S"], "8": ["B"]}
CONF_BACK = {"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"}
HYPHENS = ["‐", "－", "–"]


def add_noise(r, v, kinds=None, n=1):
    """apply OCR noise inside a numeric value; returns new V (clean preserved)."""
    s = v["s"]
    kinds = kinds or ["fullwidth_digits", "unicode_hyphen", "space_in_number", "newline_in_number", "confusable"]
    kinds = list(kinds)
    tags = list(v["noise"])
    for _ in range(n):
        k = pick(r, kinds)
        if k == "unicode_hyphen" and "-" not in s:
            k = "space_in_number"
        if k == "fullwidth_digits":
            s2 = s.translate(FW)
        elif k == "unicode_hyphen":
            h = pick(r, HYPHENS)
            s2 = s.replace("-", h)
        elif k in ("space_in_number", "newline_in_number"):
            ins = " " if k == "space_in_number" else "\n"
            pos = [i for i in range(1, len(s)) if s[i - 1].isdigit() and s[i].isdigit()]
            hy = [i for i, ch in enumerate(s) if ch in "-‐－–" and 0 < i < len(s) - 1]
            if hy and chance(r, 0.6):
                i = pick(r, hy)
                s2 = s[:i + 1] + ins + s[i + 1:] if ins == "\n" or chance(r, 0.5) else s[:i] + " " + s[i] + " " + s[i + 1:]
            elif pos:
                i = pick(r, pos)
                s2 = s[:i] + ins + s[i:]
            else:
                continue
        elif k == "confusable":
            pos = [i for i, ch in enumerate(s) if ch in CONF and 0 < i]
            if not pos:
                continue
            s2 = s
            for i in sorted(set(r.sample(pos, min(len(pos), r.randint(1, 2))))):
                s2 = s2[:i] + pick(r, CONF[s2[i]]) + s2[i + 1:]
        else:
            raise ValueError(k)
        if s2 != s:
            s = s2
            if k not in tags:
                tags.append(k)
    out = dict(v)
    out["s"] = s
    out["noise"] = tags
    return out


def maybe_noise(r, v, p, kinds=None):
    return add_noise(r, v, kinds) if chance(r, p) else v


HG = "공일이삼사오육칠팔구"


def spoken(r, v, groups=None):
    """render digits of v in Hangul as a caller would say them."""
    digs = v.get("digits") or re.sub(r"\D", "", v["clean"])
    if groups is None:
        groups = [len(g) for g in re.split(r"[-\s]+", v["clean"]) if g]
        if sum(groups) != len(digs):
            groups = [len(digs)]
    parts, k = [], 0
    for g in groups:
        w = "".join(("영" if (c == "0" and chance(r, 0.15)) else HG[int(c)]) for c in digs[k:k + g])
        parts.append(w)
        k += g
    seps = [pick(r, [" ", " ", "에 ", "의 ", " 다시 ", ", "]) for _ in parts[:-1]]
    s = parts[0]
    for sp, p in zip(seps, parts[1:]):
        s += sp + p
    out = dict(v)
    out["s"] = s
    out["noise"] = v["noise"] + ["spoken_hangul_digits"]
    out["clean"] = digs
    return out


LABEL_NOISE = {"월": "윌", "번": "벋", "명": "멍", "소": "소", "호": "호"}


def ocr_label(r, s, p=0.35):
    """noise on a plain label (never on values)."""
    if not chance(r, p):
        return s
    k = r.randrange(3)
    if k == 0 and len(s) >= 2:
        return " ".join(s)
    if k == 1:
        for a, b in LABEL_NOISE.items():
            if a in s and a != b:
                return s.replace(a, b, 1)
    return s.replace(" ", "  ")


# ---------------------------------------------------------------------------
# document builder
# ---------------------------------------------------------------------------
class Doc:
    def __init__(self):
        self.buf = []
        self.n = 0
        self.spans = []
        self.negs = []
        self.base_genre = None

    def t(self, *xs):
        for x in xs:
            self.buf.append(x)
            self.n += len(x)
        return self

    def v(self, val):
        if val is None:
            return self
        st = self.n
        self.t(val["s"])
        sp = {"start": st, "end": self.n, "type": val["type"], "kind": val["kind"], "noise": val["noise"], "clean": val["clean"]}
        for k in ("digits", "date", "groups"):
            if k in val:
                sp[k] = val[k]
        self.spans.append(sp)
        return self

    def neg(self, s, cat):
        st = self.n
        self.t(s)
        self.negs.append({"start": st, "end": self.n, "category": cat, "text": s})
        return self

    def text(self):
        return "".join(self.buf)


def cells(d, r, items, sep):
    """items: list of str (plain) or V dicts; write as one row."""
    for j, it in enumerate(items):
        if j:
            d.t(sep if sep != "spaces" else " " * r.randint(2, 5))
        if isinstance(it, dict):
            d.v(it)
        elif isinstance(it, tuple):
            d.neg(it[0], it[1])
        else:
            d.t(it)


def kdate(r, y0=2023, y1=2025, fmt=None):
    dt = rand_date(r, y0, y1)
    fmt = fmt or pick(r, ["dot", "kor", "iso"])
    return {"dot": f"{dt.year}. {dt.month}. {dt.day}.", "kor": f"{dt.year}년 {dt.month}월 {dt.day}일", "iso": dt.isoformat()}[fmt]


def docno(r, dept=None):
    return f"{dept or pick(r, DEPTS)}-{r.randint(100, 12000)}"


def receipt_no(r):
    return f"{r.randint(1, 9)}{pick(r, ['AA', 'AB', 'BA', 'CA'])}-{r.randint(2301, 2512)}-{rdigits(r, 7)}"


def switchboard(r):
    return f"{pick(r, SWITCH_PREFIX)}-{rdigits(r, 4)}"


STATUTES = {
    "traffic": ["「도로교통법」 제93조 제1항 제1호", "「도로교통법 시행규칙」 제91조 제1항", "「도로교통법」 제93조 제1항 제2호"],
    "parking": ["「도로교통법」 제32조", "「도로교통법」 제160조 제3항", "「질서위반행위규제법」 제16조"],
    "welfare": ["「긴급복지지원법」 제9조", "「국민기초생활 보장법」 제27조", "「장애인연금법」 제13조"],
    "tax": ["「국세기본법」 제81조의6", "「소득세법」 제89조 제1항 제3호", "「법인세법」 제67조", "「부가가치세법」 제57조"],
    "info": ["「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호", "「개인정보 보호법」 제18조 제2항", "「공공기관의 정보공개에 관한 법률」 제14조"],
    "housing": ["「공동주택관리법」 제20조", "「소음·진동관리법」 제21조의2", "「공동주택 층간소음의 범위와 기준에 관한 규칙」 제2조"],
}
LOCAL_INSTS = [x for x in INSTS if x[0] in ("마포구", "수원시", "한빛시", "새솔군", "누리구")]
MINISTRY_INSTS = [x for x in INSTS if x[0] in ("행정안전부", "보건복지부", "국토교통부", "병무청", "국세청")]


def statute(r, topic=None):
    if topic:
        return pick(r, STATUTES[topic])
    return pick(r, ["「개인정보 보호법」 제15조 제1항", "「주민등록법」 제29조", "「도로교통법」 제93조 제1항 제1호",
                    "「국민기초생활 보장법」 제27조", "「병역법」 제26조 제2항", "「소득세법」 제89조 제1항 제3호",
                    "「의료법」 제21조", "「출입국관리법」 제31조", "같은 법 시행령 제9조 제1항", "「민원 처리에 관한 법률」 제27조",
                    "「자동차관리법」 제10조", "「국세기본법」 제81조의6", "「학교보건법」 제7조", "「여권법」 제9조",
                    "「행정절차법」 제21조", "「초·중등교육법」 제25조", "「질서위반행위규제법」 제16조"])


def amount(r):
    return f"{r.randint(1, 999) * 1000 + r.choice([0, 0, 500]):,}원"


# ---------------------------------------------------------------------------
# shared blocks
# ---------------------------------------------------------------------------
def official(r):
    p = Person(r)
    return p


def inst(r):
    return pick(r, INSTS)


def gongmun_footer(r, d, ins, dept):
    """결재란 + 시행/접수 + footer of a 공문."""
    name, head, addr, switch, dom = ins
    a, b, c = official(r), official(r), official(r)
    d.t("\n\n")
    d.neg(head, "official_by_office")
    d.t("\n\n")
    style = r.randrange(4)
    if style == 0:
        d.t("주무관 ").v(a.nm()).t("    사무관 ").v(b.nm()).t("    ").t(dept[:-1] if dept.endswith("실") else dept + "장").t(" ").v(c.nm()).t("\n")
    elif style == 1:
        d.t("기안자 주무관 ").v(a.nm()).t("  검토자 팀장 ").v(b.nm()).t("  전결 과장 ").v(c.nm()).t("\n")
    elif style == 2:
        d.t("★주무관 ").v(a.nm()).t(" → 팀장 ").v(b.nm()).t(" → 과장 ").v(c.nm()).t(" (전결 ").t(kdate(r, 2024, 2025, "dot").replace(". ", ".")).t(")\n")
        d.t("협조자 주무관 ").v(official(r).nm()).t("\n")
    else:
        d.t("담당 ").v(a.nm()).t(" | 팀장 ").v(b.nm()).t(" | 국장 대결 ").v(c.nm()).t("\n")
    d.t("시행 ").neg(docno(r, dept), "document_number").t(f" ({kdate(r, 2024, 2025, 'dot')})  접수 ")
    if chance(r, 0.5):
        d.neg(docno(r), "document_number").t(f" ({kdate(r, 2024, 2025, 'dot')})")
    d.t("\n우 ").neg(postal(r), "postal_code").t(" ").neg(addr, "institution_address").t(f"  / www.{dom.split('.')[0]}.go.kr\n")
    d.t("전화 ").v(landline(r, area=switch.split("-")[0], kind="official_direct", fmt="dash")).t("  전송 ").v(landline(r, area=switch.split("-")[0], kind="fax", fmt="dash"))
    d.t("  / ").v(V(f"{pick(r, INITIALS)}{SUR_ROM.get(a.sur, 'kim')}{pick(r, ['', str(r.randint(1, 99))])}@korea.kr", "EMAIL_ADDRESS", "email_official")).t(f"  / {pick(r, ['공개', '부분공개(6)', '비공개(6)'])}")
    if chance(r, 0.4):
        d.t("\n(대표전화 ").neg(switch, "switchboard").t(")")
    return a


# ---------------------------------------------------------------------------
# templates
# ---------------------------------------------------------------------------
def t_gongmun(r, d):
    v = r.randrange(6)
    ins = {0: [x for x in INSTS if "경찰" in x[0]], 1: LOCAL_INSTS, 2: LOCAL_INSTS, 3: INSTS, 4: MINISTRY_INSTS, 5: LOCAL_INSTS}[v]
    ins = pick(r, ins)
    dept = {0: "교통관리계", 1: "교통행정과", 2: "복지정책과", 4: "운영지원과", 5: "외국인정책과"}.get(v) or pick(r, DEPTS)
    d.t(f"{ins[0]}\n\n수신  ")
    d.neg(pick(r, ['수신자 참조', '내부결재', '각 읍·면·동장', '한빛경찰서장(교통조사계장)', '○○시장(복지정책과장)', '행정안전부장관(운영지원과장)']), "recipient_office")
    d.t("\n(경유)\n")
    if v == 0:
        p = Person(r)
        d.t("제목  운전면허 행정처분 사전통지\n\n1. ").neg(statute(r, "traffic"), "statute").t("에 따라 아래와 같이 운전면허 행정처분을 하기 전에 알려드립니다.\n2. 처분 대상자\n  가. 성명: ").v(p.nm())
        d.t("\n  나. 생년월일: ").v(p.dob(r)).t("\n  다. 면허번호: ").v(driver_license(r)).t("\n  라. 주소: ").v(address(r)).t("\n")
        d.t(f"3. 의견이 있으시면 {kdate(r)}까지 서면으로 제출하시기 바랍니다.")
    elif v == 1:
        p = Person(r)
        pl = plate(r)
        d.t("제목  주정차위반 과태료 부과 사전통지(").v(pl).t(")\n\n1. 귀하 소유 차량(").v(pl).t(f")이 {kdate(r)} {r.randint(7, 22)}:{r.randint(0, 59):02d}경 {pick(r, ['버스정류장 10m 이내', '소화전 5m 이내', '어린이보호구역', '교차로 모퉁이'])}에 정차한 사실이 확인되었습니다.\n")
        d.t("2. 소유자: ").v(p.nm()).t(" (").v(p.rrn(mask=pick(r, ["*", "●"]))).t(")\n3. 과태료: ").neg(amount(r), "amount").t("\n4. 의견진술은 ").neg(statute(r, "parking"), "statute").t("에 따라 가능합니다.")
    elif v == 2:
        p = Person(r)
        bank, acct = bank_acct(r)
        d.t(f"제목  {pick(r, ['긴급복지 생계지원금', '재해구호비', '출산축하금', '장학금'])} 지급 결정 알림\n\n1. 귀 가정의 신청에 대하여 지급을 결정하였습니다.\n2. 지급 내역\n  - 수급자: ").v(p.nm()).t(f" (생년월일 ").v(p.dob(r)).t(")\n  - 입금계좌: ").t(bank + " ").v(acct).t(" (예금주 ").v(p.nm()).t(")\n  - 금액: ").neg(amount(r), "amount").t("\n  - 연락처: ").v(p.mobile(r))
    elif v == 3:
        d.t(f"제목  {pick(r, ['2025년 개인정보 보호 실태점검 자료 제출', '민원 처리기간 준수 협조', '정보공개 청구 처리 현황 보고'])}\n\n1. 관련: ").neg(docno(r), "document_number").t(f"({kdate(r)})\n2. 위 호와 관련하여 붙임 서식에 따라 {kdate(r)}까지 제출하여 주시기 바랍니다.\n3. 문의는 담당자에게 하시기 바랍니다.\n\n붙임  제출 서식 1부.  끝.")
    elif v == 4:
        p, q = official(r), official(r)
        d.t("제목  공무 국외출장 여권 발급 협조 요청\n\n1. 아래 직원의 관용여권 발급을 요청합니다.\n")
        for x in (p, q):
            d.t("  - ").t(pick(r, ["행정사무관 ", "주무관 ", "서기관 ", ""])).v(x.nm()).t(", 생년월일 ").v(x.dob(r, "dot0")).t(", 기존 여권번호 ").v(passport_kr(r, prefix=pick(r, ["G", "M"]))).t("\n")
        d.t(f"2. 출장 기간: {kdate(r, 2025, 2025)} ~ 7일간  끝.")
    else:
        p = Person(r, foreign=True)
        d.t("제목  외국인근로자 근무처 변경 신고 처리 통보\n\n1. 사업장: ").neg(company(r)[0], "company_name").t("\n2. 근로자: ").v(p.nm(latin=chance(r, 0.5))).t(f" ({p.nat})\n   외국인등록번호 ").v(p.rrn()).t(" / 여권번호 ").v(person_passport(p, r)).t("\n3. 변경일: ").t(kdate(r)).t("  끝.")
    gongmun_footer(r, d, ins, dept)
    return "공문"


def t_minwon(r, d):
    p = Person(r)
    off = official(r)
    ins = pick(r, LOCAL_INSTS)
    rno = receipt_no(r)
    d.t(pick(r, ["민원 처리 결과 통지\n\n", "[민원 회신]\n", "민원 답변서\n\n"]))
    d.t("접수번호: ").neg(rno, "receipt_number").t(f"\n민원인: ").v(p.nm()).t(pick(r, [" 님\n", " 귀하\n", "\n"]))
    if chance(r, 0.6):
        d.t("연락처: ").v(p.mobile(r)).t("\n")
    if chance(r, 0.4):
        d.t("주소: ").v(address(r)).t("\n")
    d.t("\n")
    topic = r.randrange(6)
    greet = pick(r, ["안녕하십니까? ", "먼저 ", "평소 구정에 관심을 가져 주신 데 감사드립니다. ", ""])
    if topic == 0:
        d.t(greet).v(p.nm()).t(pick(r, [" 님께서 ", "님께서 "])).t(f"{kdate(r)} 국민신문고를 통해 제기하신 '주택가 불법 주차' 민원에 대한 답변입니다.\n")
        pl = plate(r)
        d.t("말씀하신 차량(").v(pl).t(")에 대해서는 현장 확인 후 계도장을 부착하였으며, 반복 위반 시 과태료가 부과됨을 알려드립니다.")
    elif topic == 1:
        bank, acct = bank_acct(r, mask=chance(r, 0.4))
        d.t(greet + "과오납된 ").t(pick(r, ["지방세", "상하수도 요금", "주민세", "수수료"])).t("의 환급을 요청하신 건에 대하여 검토한 결과, 환급 대상으로 확인되어 ")
        d.t(f"{bank} ").v(acct).t(" 계좌(예금주 ").v(p.nm()).t(f")로 {kdate(r)}에 입금할 예정입니다.")
    elif topic == 2:
        d.t(greet + "귀하께서 요청하신 주민등록표 초본 재발급과 관련하여, 신분 확인 결과 주민등록번호 ").v(p.rrn(mask="*")).t("로 조회되어 정상 발급되었음을 알려드립니다. ")
        d.t("아울러 개인정보 보호를 위해 초본의 뒷자리는 표시하지 않았습니다.")
    elif topic == 3:
        q = Person(r)
        d.t(greet + "이웃 주민 ").v(q.nm()).t(pick(r, [" 씨의 ", "씨 댁의 "])).t("소음 문제로 불편을 겪고 계신 점 깊이 공감합니다. 공동주택 층간소음은 ").neg(statute(r, "housing"), "statute").t(" 적용 대상이 아니어서 ")
        d.t("층간소음 이웃사이센터(").neg(switchboard(r), "switchboard").t(")를 통한 상담을 안내해 드립니다.")
    elif topic == 4:
        d.t(greet + "요청하신 정보공개 청구 건은 ").neg(statute(r, "info"), "statute").t("에 따라 부분공개 결정되었습니다. 다만 제3자인 ")
        q = Person(r)
        d.v(q.nm()).t(" 님의 연락처 등 개인정보는 비공개 처리하였습니다.")
    else:
        d.t(greet + "건축물 사용승인과 관련한 질의에 대해서는 해당 건축주 ").neg(company(r)[0], "company_name").t(f"에 보완을 요구하였으며, 처리 결과는 {kdate(r)}까지 다시 알려드리겠습니다.")
    d.t("\n\n")
    d.t(pick(r, ["기타 궁금하신 사항은 ", "추가 문의 사항이 있으시면 ", "답변 내용에 대한 문의는 "]))
    d.t(f"{ins[0]} {pick(r, DEPTS)} ").v(off.nm()).t(pick(r, [" 주무관(", " 주무관(전화 ", " 담당자(☎ "])).v(landline(r, area=ins[3].split('-')[0], kind="official_direct")).t(")에게 연락 주시면 ")
    d.t(pick(r, ["친절히 안내해 드리겠습니다.", "성심껏 답변드리겠습니다."]))
    if chance(r, 0.35):
        code, nm = pick(r, SHORT_CODES)
        d.t(f" 야간·휴일에는 {nm}(☎").neg(code, "short_code").t(")를 이용하실 수 있습니다.")
    d.t(f"\n\n{kdate(r, 2025, 2025)}\n").neg(ins[1], "official_by_office")
    return "민원 회신"


# simple Revised Romanization (syllable by syllable, no assimilation) for passport/card OCR
RR_I = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
RR_V = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"]
RR_F = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"]
SUR_PASS = {"김": "KIM", "이": "LEE", "박": "PARK", "최": "CHOI", "정": "JEONG", "강": "KANG", "조": "CHO", "윤": "YUN",
            "장": "JANG", "임": "LIM", "오": "OH", "신": "SHIN", "류": "RYU", "유": "YOO", "노": "NOH", "우": "WOO", "문": "MOON"}


def romanize(s):
    out = []
    for ch in s:
        c = ord(ch) - 0xAC00
        if 0 <= c < 11172:
            i, v, f = c // 588, (c % 588) // 28, c % 28
            ini = RR_I[i] if not (i == 5 and not out) else "r"
            out.append((ini if i != 5 or out else "r") + RR_V[v] + RR_F[f])
        else:
            out.append(ch)
    return "".join(out)


def passport_names(p):
    if p.foreign and p.name_l != p.name_h:
        parts = p.name_l.split()
        return parts[0], " ".join(parts[1:]) or parts[0]
    sur = p.sur
    return SUR_PASS.get(sur, romanize(sur).upper()), romanize(p.name[len(sur):]).upper()


AGE_JOBS = ["회사원", "자영업", "무직", "대학생", "공무원", "운전기사", "주부", "농업", "일용직", "택배기사", "간호사", "교사"]
QUOTE_VERBS = ["라고 말했다.", "라고 밝혔다.", "라고 전했다.", "라고 덧붙였다.", "라며 울먹였다.", "라고 설명했다.", "라고 강조했다."]


def t_press(r, d):
    ins = inst(r)
    dept = pick(r, DEPTS)
    chief, staff = official(r), official(r)
    d.t(pick(r, ["보도자료\n", "보 도 자 료\n", "[보도자료]\n"]))
    d.t(f"보도 일시: {kdate(r, 2025, 2025)} {pick(r, ['조간', '09:00', '12:00 이후', '즉시'])}\n")
    topic = r.randrange(4)
    if topic == 0:
        w1, w2 = Person(r), Person(r, elder=True)
        d.t(f"\n{ins[0]}, 올해의 '{pick(r, ['자랑스러운 시민상', '청백봉사상', '효행상', '봉사대상'])}' 수상자 발표\n\n")
        d.neg(ins[1], "official_by_office").t("은 ").t(kdate(r, 2025, 2025)).t(" 시청 대회의실에서 시상식을 열고 ")
        d.v(w1.nm()).t(f"({w1.age}) 씨와 ").v(w2.nm()).t(f"({w2.age}) 씨 등 {r.randint(3, 9)}명에게 상패를 전달했다고 밝혔다.\n")
        d.v(w1.nm()).t(" 씨는 ").t(pick(r, ["10년 넘게 홀몸 어르신 도시락 배달 봉사를 해 왔고, ", "지역 아동센터에서 무료 학습 지도를 이어 왔으며, ", "폭우 당시 침수 차량에 갇힌 운전자를 구조했고, "]))
        d.v(w2.nm()).t(" 씨는 ").t(pick(r, ["평생 모은 재산을 장학금으로 기탁했다.", "마을 어귀 쓰레기를 매일 새벽 치워 왔다.", "거동이 불편한 이웃을 20년간 돌봤다."])).t("\n")
        d.t('"').t(pick(r, ["제가 한 일은 크지 않습니다", "이웃이 함께해 준 덕분입니다", "앞으로도 할 수 있는 만큼 하겠습니다"])).t('"').t(pick(r, ["라고 ", "며 "]))
        d.v(w1.nm()).t(" 씨는 소감을 전했다.\n")
    elif topic == 1:
        d.t(f"\n{pick(r, ['전세사기 피해 지원', '청년 월세 지원', '어르신 교통비 지원'])} 신청 {r.randint(2, 5)}만 건 돌파\n\n")
        d.t(f"- 신청 기간 {kdate(r, 2025, 2025)}까지 연장, 문의는 콜센터(").neg(switchboard(r), "switchboard").t(")\n")
        d.t(f"{ins[0]}는 지원 대상 확대 이후 신청이 크게 늘었다고 밝혔다. ")
        if chance(r, 0.6):
            c = Person(r)
            d.t("현장 접수창구에서 만난 ").v(c.nm()).t(f"({c.age}·{pick(r, AGE_JOBS)}) 씨는 \"서류가 간소해져서 혼자서도 신청할 수 있었다\"").t(pick(r, QUOTE_VERBS)).t("\n")
        else:
            d.t("구체적인 지원 요건은 ").neg(statute(r), "statute").t("과 공고 ").neg(f"제{r.randint(2024, 2025)}-{r.randint(100, 999)}호", "document_number").t("를 따른다.\n")
    elif topic == 2:
        m = official(r)
        d.t(f"\n{pick(r, ['여름철 폭염 대비 현장 점검', '개인정보 유출 사고 재발 방지 대책', '외국인 주민 지원 간담회'])}\n\n")
        d.v(m.nm()).t(f" {pick(r, ['차관', '부시장', '국장', '청장'])}은 {kdate(r, 2025, 2025)} 현장을 찾아 관계자들과 의견을 나눴다. ")
        d.v(m.nm()).t(pick(r, [" 차관은 \"", " 부시장은 \"", " 국장은 \""])).t(pick(r, ["현장의 목소리를 정책에 반영하겠다", "작은 허점도 놓치지 않겠다", "재발 방지에 총력을 기울이겠다"])).t('"').t(pick(r, QUOTE_VERBS))
        if chance(r, 0.5):
            f = Person(r, foreign=True)
            latin = chance(r, 0.4)
            d.t(f" 간담회에 참석한 {f.nat} 출신 ").v(f.nm(latin=latin)).t(" 씨는 \"병원 통역 지원이 가장 절실하다\"고 말했다.")
        d.t("\n")
    else:
        d.t(f"\n{ins[0]}, {pick(r, ['2025년 하반기 정기 인사', '조직 개편', '신규 공무원 임용식'])} 실시\n\n")
        n = r.randint(2, 4)
        for _ in range(n):
            x = official(r)
            d.t(f"  ▲{pick(r, DEPTS)}장 ").v(x.nm()).t("\n")
    d.t("\n담당 부서: ").t(f"{ins[0]} {dept}\n책임자: 과장 ").v(chief.nm()).t(" (").v(landline(r, area=ins[3].split('-')[0], kind="official_direct")).t(")\n담당자: ")
    d.t(pick(r, ["사무관 ", "주무관 ", ""])).v(staff.nm()).t(" (").v(landline(r, area=ins[3].split('-')[0], kind="official_direct")).t(")")
    if chance(r, 0.4):
        d.t("\n이메일: ").v(V(f"{pick(r, INITIALS)}{SUR_ROM.get(staff.sur, 'lee')}@korea.kr", "EMAIL_ADDRESS", "email_official"))
    return "보도자료"


def t_news(r, d):
    reporter = Person(r)
    v = r.randrange(8)
    if v == 6:
        g, h = Person(r, elder=True), Person(r)
        d.t("새벽 아파트 화재… 경비원 기지로 주민 30여 명 대피\n\n")
        d.t(f"{kdate(r, 2025, 2025)} 새벽 3시 20분께 ").v(address(r, form="road_sgg", unit="")).t(" 아파트 9층에서 불이 나 1시간 만에 꺼졌다. ")
        d.t("불이 난 집에 살던 ").v(h.nm()).t(f"({h.age})씨가 연기를 마셔 병원으로 옮겨졌다. 경비원 ").v(g.nm()).t(f"({g.age})씨는 ")
        d.t("층마다 문을 두드리며 주민들을 깨웠다. ").v(g.nm()).t("씨는 \"").t(pick(r, ["누구라도 그렇게 했을 것이다", "다들 무사해서 다행이다", "몸이 먼저 움직였다"])).t('"').t(pick(r, QUOTE_VERBS)).t("\n")
        d.t("소방당국은 베란다 콘센트에서 불이 시작된 것으로 보고 정확한 원인을 조사하고 있다.\n")
    elif v == 7:
        f = Person(r, foreign=True)
        c = Person(r)
        d.t(f"{pick(r, ['한빛시청', '누리구청', '새솔군청'])} 직장운동경기부, 전국체전 금메달 3개\n\n")
        d.t(f"{f.nat} 출신 귀화 선수 ").v(f.nm()).t("(").v(f.nm(latin=True)).t(f"·{r.randint(21, 31)})가 결승에서 대회 신기록을 세웠다. ")
        d.v(c.nm()).t(" 감독은 \"").t(pick(r, ["선수들이 땀 흘린 결과다", "내년에는 더 좋은 성적을 내겠다"])).t('"').t(pick(r, QUOTE_VERBS)).t(" ")
        d.v(f.nm()).t(" 선수는 \"한국에서 받은 응원을 잊지 않겠다\"고 말했다.\n")
    elif v == 0:
        p = Person(r)
        vic = Person(r, elder=chance(r, 0.5))
        job = pick(r, AGE_JOBS)
        d.t(f"[{pick(r, ['사회', '사건·사고', '지역'])}] 음주운전 차량이 보행자 덮쳐… 70대 중상\n\n")
        d.t(f"{pick(r, ['술에 취한 채', '면허가 정지된 상태로'])} 승용차를 몰던 30대가 횡단보도를 건너던 노인을 치어 크게 다치게 했다.\n")
        d.t(f"{pick(r, ['한빛경찰서', '누리경찰서', '서해경찰서'])}는 {kdate(r, 2025, 2025)} ").neg("「교통사고처리 특례법」", "statute").t(" 위반 혐의로 ").v(p.nm()).t(f"({p.age}·{job})씨를 입건했다고 밝혔다. ")
        d.v(p.nm()).t("씨는 전날 오후 11시께 ").v(plate(r, pick(r, ["p2", "p3"]))).t(" 쏘나타 승용차를 운전하다 ")
        d.v(vic.nm()).t(f"({vic.age})씨를 들이받은 혐의를 받는다. 사고 당시 혈중알코올농도는 면허 취소 수치인 0.{r.randint(80, 190)}%였다.\n")
        d.t("목격자 ").v(Person(r).nm()).t(f"씨는 \"차가 신호를 무시하고 그대로 달려왔다\"").t(pick(r, QUOTE_VERBS)).t("\n")
    elif v == 1:
        p = Person(r, elder=True)
        d.t("보이스피싱 수거책, 은행 직원 기지로 덜미\n\n")
        d.t("은행 창구 직원의 신고로 보이스피싱 조직의 현금 수거책이 붙잡혔다. 경찰에 따르면 ")
        d.v(p.nm()).t(f"({p.age})씨는 '검찰 수사관'을 사칭한 전화를 받고 적금을 해지하려 했고, 이를 수상히 여긴 직원 ")
        c = Person(r)
        d.v(c.nm()).t(f"({c.age})씨가 112에 신고했다. 조직원들은 ").v(p.nm()).t("씨에게 ")
        bank, acct = bank_acct(r)
        d.t(f"'안전계좌'라며 {bank} ").v(acct).t(" 계좌로 돈을 옮기라고 요구한 것으로 조사됐다.\n")
    elif v == 2:
        f = Person(r, foreign=True)
        latin = chance(r, 0.5)
        d.t(f"\"한국은 두 번째 고향\"… {f.nat} 출신 결혼이주여성, 통역 봉사 10년\n\n")
        d.v(f.nm(latin=latin)).t(f"({r.randint(32, 48)})씨는 매주 토요일 보건소 외국인 진료실에서 통역을 한다. ")
        d.t("처음 한국에 왔을 때 병원에서 말이 통하지 않아 고생했던 기억 때문이다. 남편 ").v(Person(r, sex="M").nm()).t(f"({r.randint(40, 55)})씨는 \"아내가 자랑스럽다\"").t(pick(r, QUOTE_VERBS)).t("\n")
        d.v(f.nm(latin=latin)).t("씨는 \"").t(pick(r, ["언어 때문에 치료를 포기하는 사람이 없었으면 좋겠다", "받은 만큼 돌려주고 싶다"])).t('"').t(pick(r, QUOTE_VERBS)).t("\n")
    elif v == 3:
        a, b = Person(r), Person(r)
        d.t("아파트 관리비 수억 원 횡령한 관리소장 구속\n\n")
        d.t("아파트 관리비 수억 원을 빼돌린 혐의로 관리사무소장 ").v(a.nm()).t(f"({a.age})씨가 구속됐다. 입주자대표회의 회장 ").v(b.nm()).t(f"씨는 \"장부를 맞춰 보다가 이상한 점을 발견했다\"").t(pick(r, QUOTE_VERBS))
        d.t(" 검찰은 ").v(a.nm()).t("씨가 관리비 통장에서 본인 명의 계좌로 ").neg(amount(r), "amount").t(f"을 {r.randint(20, 80)}차례에 걸쳐 이체한 것으로 보고 있다. 사건번호는 ").neg(f"{r.randint(2024, 2025)}고단{r.randint(1000, 9999)}", "case_number").t("이다.\n")
    elif v == 4:
        a = Person(r, minor=True, sex="F")
        d.t("실종 초등생, 하루 만에 무사히 귀가\n\n")
        d.t("전날 하교 후 연락이 끊겼던 ").v(a.nm()).t(f"(10)양이 {kdate(r, 2025, 2025)} 오전 인근 공원에서 발견돼 가족 품으로 돌아갔다. ")
        d.t("어머니 ").v(Person(r, sex="F").nm()).t("씨는 \"밤새 찾아 주신 주민들께 감사드린다\"").t(pick(r, QUOTE_VERBS)).t("\n")
    else:
        a = Person(r, elder=True)
        d.t("[부고] ").v(a.nm()).t(f" 전 {pick(r, ['한빛시의회 의장', '누리초등학교 교장', '새솔군 농협 조합장'])} 별세\n\n")
        d.v(a.nm()).t(f" 전 의장이 {kdate(r, 2025, 2025)} 별세했다. 향년 {a.age}세. 유족으로 아들 ")
        s1, s2 = Person(r, sex="M"), Person(r, sex="F")
        d.v(s1.nm()).t(f"({pick(r, AGE_JOBS)})씨, 딸 ").v(s2.nm()).t("씨가 있다. 빈소는 한빛병원 장례식장, 발인은 모레 오전 7시. ")
        d.t("연락처 ").v(s1.mobile(r)).t("\n")
    d.t("\n").v(reporter.nm()).t(" 기자 ").v(reporter.email())
    return "뉴스 기사"


COUNCIL_ROLES = ["위원장", "부위원장", "위원"]


def t_council(r, d):
    chair = Person(r)
    mems = [Person(r) for _ in range(r.randint(2, 4))]
    exec_ = official(r)
    exec_title = pick(r, ["건설교통국장", "복지국장", "기획조정실장", "자치행정국장", "안전총괄과장"])
    council = pick(r, ["한빛시의회", "누리구의회", "새솔군의회", "경상북도의회", "서해시의회"])
    cmte = pick(r, ["행정자치위원회", "복지환경위원회", "건설교통위원회", "예산결산특별위원회", "교육위원회"])
    d.t(f"제{r.randint(250, 340)}회 {council} ({pick(r, ['임시회', '정례회'])})\n{cmte} 회의록\n제{r.randint(1, 6)}호\n\n")
    d.t(f"일시: {kdate(r, 2024, 2025, 'kor')} 10시 {r.randint(0, 30):02d}분\n장소: {cmte} 회의실\n\n")
    if chance(r, 0.7):
        d.t("○출석위원(").t(str(len(mems) + 1)).t("인)\n")
        names = [chair] + mems
        sep = pick(r, ["  ", " ", "\t"])
        for j, m in enumerate(names):
            if j:
                d.t(sep)
            d.v(m.nm())
        d.t("\n○출석공무원\n").t(exec_title).t(" ").v(exec_.nm()).t("\n\n")
    d.t(f"(10시 {r.randint(0, 30):02d}분 개의)\n\n")
    d.t("○위원장 ").v(chair.nm()).t(pick(r, ["  성원이 되었으므로 회의를 개의하겠습니다. ", "  의석을 정돈해 주시기 바랍니다. 회의를 시작하겠습니다. "]))
    d.t("오늘은 집행부 소관 업무보고를 받고 질의하겠습니다.\n")
    topics = [
        ("민원인 ", " 씨가 제기한 도로 침수 피해 보상 문제", "해당 민원은 보험사와 협의 중입니다"),
        ("", " 씨 소유 건물의 불법 증축", "현장 조사 후 시정명령을 내렸습니다"),
        ("수급자 ", " 씨 사례처럼 사각지대에 놓인 분들", "찾아가는 복지팀을 확대하겠습니다"),
        ("제보자 ", " 씨 말씀으로는 공사 소음이 새벽까지 이어졌다는데", "공사 시간 제한을 다시 통보했습니다"),
    ]
    for m in mems:
        pre, mid, ans = pick(r, topics)
        citizen = Person(r)
        d.t("\n○").v(m.nm()).t(pick(r, [" 위원  ", " 위원   "])).t(pick(r, ["국장님, ", "실장님께 여쭙겠습니다. ", "질의하겠습니다. "]))
        d.t(pre).v(citizen.nm()).t(mid).t(pick(r, ["은 어떻게 처리되고 있습니까?", ", 답변해 주시죠.", "에 대해 대책이 있습니까?"]))
        if chance(r, 0.3):
            d.t(" 그분 연락처(").v(citizen.mobile(r)).t(")까지 제게 와서 하소연하셨습니다.")
        d.t("\n○").t(exec_title).t(" ").v(exec_.nm()).t("  ").t(ans).t(". ")
        d.t(pick(r, ["자세한 내용은 서면으로 보고드리겠습니다.", "위원님 지적 사항을 유념하겠습니다.", ""])).t("\n")
    if chance(r, 0.5):
        d.t("\n○위원장 ").v(chair.nm()).t("  ").v(mems[0].nm()).t(" 위원님 수고하셨습니다. 다음은 ").v(mems[-1].nm()).t(" 위원님 보충 질의해 주십시오.\n")
    d.t(f"\n(11시 {r.randint(10, 59):02d}분 산회)")
    return "의회 회의록"


def t_minutes(r, d):
    host = official(r)
    att = [official(r) for _ in range(r.randint(3, 6))]
    ext = Person(r)
    d.t(pick(r, ["회 의 록\n\n", "[회의 결과]\n", "회의록\n"]))
    d.t(f"회의명: {pick(r, ['개인정보 유출 사고 대응 TF 2차 회의', '민원 서비스 개선 실무협의회', '외국인 주민 지원 사업 점검회의', '청사 이전 준비 회의'])}\n")
    d.t(f"일시: {kdate(r, 2025, 2025)} 14:00~16:00\n장소: 본관 {r.randint(2, 8)}층 소회의실\n")
    d.t("참석자: ")
    style = r.randrange(3)
    for j, a in enumerate(att):
        if j:
            d.t(", ")
        if style == 0:
            d.v(a.nm()).t(" " + pick(r, ["과장", "팀장", "주무관", "사무관"]))
        elif style == 1:
            d.t(pick(r, ["과장 ", "팀장 ", "주무관 ", "사무관 "])).v(a.nm())
        else:
            d.v(a.nm()).t("(" + pick(r, DEPTS) + ")")
    d.t(", 외부 자문위원 ").v(ext.nm()).t(f"({pick(r, ['한빛대 교수', '변호사', '정보보호 전문가'])})\n주재: ").v(host.nm()).t(" 국장\n\n")
    d.t("1. 논의 내용\n")
    d.t(" - ").v(att[0].nm()).t(pick(r, [" 과장: ", ": "])).t(pick(r, ["유출 범위는 회원 1,204명으로 확인됨. 이 중 주민등록번호 포함 건은 없음.", "민원 처리 기간이 평균 2.3일 단축됨.", "통역 인력 확보가 시급함."])).t("\n")
    d.t(" - ").v(ext.nm()).t(" 위원: ").t(pick(r, ["피해자 통지는 72시간 이내에 해야 함.", "외부 위탁 업체 점검을 강화할 필요가 있음.", "사례 공유 시 이름은 가명 처리할 것."])).t("\n")
    if chance(r, 0.6):
        vic = Person(r)
        d.t(" - 사례: 민원인 ").v(vic.nm()).t(pick(r, [" 씨(", "님("])).v(vic.mobile(r)).t(")의 문의가 세 차례 누락됨 → 담당자 ").v(att[-1].nm()).t(" 주무관이 직접 회신하기로 함\n")
    if chance(r, 0.4):
        d.t(" - 유출 서버 접속 기록상 의심 IP ").v(ipv4(r, private=False)).t(" 차단 완료\n")
    d.t("2. 결정 사항\n - 차기 회의: ").t(kdate(r, 2025, 2025)).t(", 결과는 ").neg(docno(r), "document_number").t("로 보고\n")
    d.t("\n작성: ").v(att[-1].nm()).t(" / 확인: ").v(host.nm())
    return "회의록"


def t_incident(r, d):
    v = r.randrange(4)
    author = official(r)
    if v == 0:
        drv, vic = Person(r), Person(r, elder=chance(r, 0.5))
        d.t("관용차량 교통사고 경위 보고\n\n1. 사고 개요\n")
        d.t(f"  ○ 일시: {kdate(r, 2025, 2025)} {r.randint(7, 19)}:{r.randint(0, 59):02d}경\n  ○ 장소: ").v(address(r, form="road_sgg", unit="")).t(" 앞 교차로\n")
        d.t("  ○ 운전자: ").t(pick(r, ["주무관 ", "운전직 ", ""])).v(drv.nm()).t(" (면허번호 ").v(driver_license(r)).t(")\n")
        d.t("  ○ 관용차량: ").v(plate(r, "p3")).t(" / 상대 차량: ").v(plate(r)).t("\n")
        d.t("  ○ 피해자: ").v(vic.nm()).t(f"({vic.age}세, ").v(vic.mobile(r)).t(")\n")
        d.t("2. 경위\n  ").v(drv.nm()).t(pick(r, [" 주무관은 ", "은(는) "])).t("출장 복귀 중 신호 대기 차량을 추돌하였으며, ").v(vic.nm()).t(" 씨는 경추 염좌로 한빛병원에 내원하였음.\n")
        d.t("3. 조치: 보험사(").neg(switchboard(r), "switchboard").t(") 접수, 접수번호 ").neg(f"{r.randint(2025, 2025)}-{rdigits(r, 7)}", "public_record_id").t("\n\n보고자: ").v(author.nm())
    elif v == 1:
        d.t(pick(r, ["감사 결과 처분 요구서\n\n", "특정감사 결과 보고\n\n"]))
        a, b = official(r), Person(r)
        d.t("1. 감사 대상: ").neg(f"{pick(r, ['한빛시', '누리구', '새솔군'])} {pick(r, DEPTS)}", "institution_name").t("\n2. 지적 사항\n")
        d.t("  가. 보조금 부당 지급: 담당자 ").v(a.nm()).t(" 주무관은 자격이 없는 ").v(b.nm()).t(" 씨에게 ")
        bank, acct = bank_acct(r)
        d.t(f"긴급지원금 ").neg(amount(r), "amount").t(f"을 {bank} ").v(acct).t(" 계좌로 지급함.\n")
        c = Person(r)
        d.t("  나. 법인카드 사적 사용: ").v(c.nm()).t(" 팀장은 법인카드(").v(card(r, mask=pick(r, [None, "*"]))).t(")로 주말 ").t(pick(r, ["골프장", "주점", "가족 여행 숙박"])).t(" 비용을 결제함.\n")
        d.t("3. 처분 요구: ").v(a.nm()).t(" 경징계, ").v(c.nm()).t(" 중징계 및 ").neg(amount(r), "amount").t(" 회수\n\n감사반장 ").v(author.nm())
    elif v == 2:
        d.t("개인정보 유출 사고 보고서\n\n")
        d.t(f"1. 발생 일시: {kdate(r, 2025, 2025)} 03:{r.randint(10, 59)}경\n2. 유출 경로: 외부 IP ").v(ipv4(r, private=False)).t("에서 관리자 페이지 무차별 대입 공격\n")
        d.t("3. 유출 항목 및 예시(비식별 전 원본 일부)\n")
        for _ in range(r.randint(2, 3)):
            p = Person(r)
            d.t("   - ").v(p.nm()).t(" / ").v(p.mobile(r)).t(" / ").v(p.email()).t("\n")
        d.t("4. 조치: 접속 차단, 관리자 계정 ").neg(f"admin{r.randint(1, 99):02d}", "user_id").t(" 비밀번호 초기화, 한국인터넷진흥원(").neg("118", "short_code").t(") 신고\n")
        d.t("5. 보고자: 정보보호담당 ").v(author.nm()).t(" (").v(inet_phone(r)).t(")")
    else:
        w = Person(r)
        d.t("산업재해 발생 보고\n\n사업장: ").neg(company(r)[0], "company_name").t(" (사업자등록번호 ").v(brn(r)).t(")\n")
        d.t("재해자: ").v(w.nm()).t(" / 생년월일 ").v(w.dob(r)).t(" / 주소 ").v(address(r)).t("\n")
        d.t(f"재해 내용: {pick(r, ['지게차 하역 중 협착', '사다리 추락', '절단기 사용 중 손가락 부상'])}\n")
        d.t("목격자: ").v(Person(r).nm()).t(" 반장\n작성자: 안전관리자 ").v(author.nm()).t(" ").v(author.mobile(r))
    return "사고·감사 보고서"


def t_court(r, d):
    court = pick(r, ["서해지방법원", "한빛지방법원", "누리지방법원 동부지원", "서울가정법원", "대전지방법원 한빛지원"])
    v = r.randrange(5)
    judge = Person(r)
    if v == 4:
        cr, db = Person(r), Person(r)
        comp, stem = company(r)
        d.t(f"{court}\n지 급 명 령\n\n사    건  ").neg(f"{r.randint(2024, 2025)}차전{r.randint(1000, 99999)}", "case_number").t(" 물품대금\n")
        d.t("채 권 자  ").neg(comp, "company_name").t(" (").v(crn(r)).t(")\n          대표이사 ").v(cr.nm()).t("\n")
        d.t("채 무 자  ").v(db.nm()).t("\n          ").v(address(r)).t("\n\n")
        d.t("채무자는 채권자에게 아래 청구취지 기재의 금액을 지급하라.\n\n청구취지  ").neg(amount(r), "amount").t(" 및 지연손해금\n\n")
        d.t("채무자는 이 명령이 송달된 날부터 2주 이내에 이의신청을 할 수 있습니다.\n\n사법보좌관  ").v(judge.nm())
        return "판결문·결정문"
    if v == 0:
        pl, df, lawyer = Person(r), Person(r), Person(r)
        d.t(f"{court}\n판    결\n\n사    건  ").neg(f"{r.randint(2023, 2025)}가단{r.randint(10000, 99999)}", "case_number").t(" 손해배상(자)\n")
        use_dob = chance(r, 0.5)
        d.t("원    고  ").v(pl.nm()).t(" (").v(pl.dob(r, pick(r, ["dot_sp", "kor"])) if use_dob else pl.rrn(mask="*")).t("생)\n" if use_dob else ")\n")
        d.t("          ").v(address(r)).t("\n          소송대리인 변호사 ").v(lawyer.nm()).t("\n")
        d.t("피    고  ").v(df.nm()).t("\n          ").v(address(r)).t("\n")
        d.t(f"변론종결  {kdate(r, 2024, 2025, 'dot')}\n판결선고  {kdate(r, 2025, 2025, 'dot')}\n\n주    문\n\n")
        d.t("1. 피고는 원고에게 ").neg(amount(r), "amount").t(" 및 이에 대하여 다 갚는 날까지 연 12%의 비율로 계산한 돈을 지급하라.\n2. 소송비용은 피고가 부담한다.\n\n이    유\n\n1. 기초사실\n")
        d.t("  가. 피고는 ").t(kdate(r, 2023, 2024, 'dot')).t(" ").v(plate(r)).t(" 차량을 운전하다가 신호를 위반하여 원고가 운전하던 ").v(plate(r)).t(" 차량의 측면을 충격하였다.\n")
        d.t("  나. 이 사고로 원고는 요추 염좌 등으로 4주간 치료를 받았다(갑 제3호증).\n")
        d.t("2. 판단\n  피고는 ").neg("「민법」 제750조", "statute").t("에 따라 원고가 입은 손해를 배상할 책임이 있다.\n\n판사  ").v(judge.nm())
    elif v == 1:
        cr, db = Person(r), Person(r)
        bank, acct = bank_acct(r)
        d.t(f"{court}\n결    정\n\n사    건  ").neg(f"{r.randint(2024, 2025)}타채{r.randint(1000, 99999)}", "case_number").t(" 채권압류 및 추심명령\n")
        d.t("채 권 자  ").v(cr.nm()).t("\n          ").v(address(r)).t("\n채 무 자  ").v(db.nm()).t(" (").v(db.rrn(mask=pick(r, ["*", "*", "X"]))).t(")\n          ").v(address(r)).t("\n")
        d.t("제3채무자  ").neg(f"주식회사 {bank}" if not bank.startswith(("주식", "NH", "KB", "IBK", "SC")) else bank, "company_name").t("\n          대표이사 ").v(Person(r).nm()).t("\n\n주    문\n\n")
        d.t("채무자의 제3채무자에 대한 별지 목록 기재 채권을 압류한다. 채권자는 압류된 채권을 추심할 수 있다.\n\n청구금액  ").neg(amount(r), "amount").t("\n\n별지) 압류할 채권의 표시\n")
        d.t("채무자가 제3채무자에 대하여 가지는 예금채권 중 계좌번호 ").v(acct).t("에 입금된 금액\n\n").t(kdate(r, 2025, 2025, 'dot')).t("\n사법보좌관  ").v(judge.nm())
    elif v == 2:
        p = Person(r)
        newname = p.name[:len(p.sur)] + pick(r, GIVEN)
        d.t(f"{court}\n결    정\n\n사    건  ").neg(f"{r.randint(2024, 2025)}호파{r.randint(1000, 9999)}", "case_number").t(" 개명허가\n사건본인  ").v(p.nm()).t(" (").v(p.dob(r, pick(r, ["dot_sp", "kor"]))).t("생)\n")
        d.t("          등록기준지 ").v(address(r, form="jibun")).t("\n          주소 ").v(address(r)).t("\n")
        d.t("\n주    문\n\n사건본인의 이름 ").t(f"'{p.name[len(p.sur):]}'을(를) '{newname[len(p.sur):]}'(으)로 개명하는 것을 허가한다.\n\n이    유\n\n")
        d.t("사건본인은 현재 이름으로 인하여 놀림을 받는 등 사회생활에 불편을 겪고 있으므로 개명을 허가함이 상당하다.\n\n판사  ").v(judge.nm())
    else:
        df = Person(r, foreign=chance(r, 0.4))
        d.t(f"{court}\n판    결\n\n사    건  ").neg(f"{r.randint(2024, 2025)}고단{r.randint(100, 9999)}", "case_number").t(f" {pick(r, ['사기', '도로교통법위반(음주운전)', '전자금융거래법위반'])}\n")
        d.t("피 고 인  ").v(df.nm(latin=chance(r, 0.3))).t(" (").v(df.rrn()).t(f"), {pick(r, AGE_JOBS)}\n")
        d.t("          주거 ").v(address(r)).t("\n          등록기준지 ").t("미상\n" if df.foreign else "")
        if not df.foreign:
            d.v(address(r, form="jibun")).t("\n")
        d.t(f"검    사  ").v(Person(r).nm()).t("(기소), ").v(Person(r).nm()).t("(공판)\n변 호 인  변호사 ").v(Person(r).nm()).t("(국선)\n\n주    문\n\n피고인을 징역 8월에 처한다. 다만 이 판결 확정일부터 2년간 위 형의 집행을 유예한다.\n\n이    유\n\n")
        d.t("피고인은 ").t(kdate(r, 2024, 2024, 'dot')).t(" 성명불상자로부터 체크카드(").v(card(r, fmt="dash")).t(")를 양도하면 대가를 주겠다는 제안을 받고 이를 건네주었다. 피해자 ").v(Person(r).nm()).t("는 위 카드와 연결된 계좌로 ").neg(amount(r), "amount").t("을 송금하였다.\n\n판사  ").v(judge.nm())
    return "판결문·결정문"


def t_police(r, d):
    if chance(r, 0.3):
        return t_police_112(r, d)
    st = Person(r, foreign=chance(r, 0.4))
    sus = Person(r, foreign=chance(r, 0.2))
    det = official(r)
    lab = lambda s: ocr_label(r, s, 0.0)
    d.t(pick(r, ["진  술  서\n\n", "진술조서(참고인)\n\n", "피의자신문조서(제1회)\n\n"]))
    fields = []
    fields.append(("성    명", st.nm(latin=chance(r, 0.3))))
    if st.foreign:
        fields.append(("외국인등록번호", st.rrn()))
        if chance(r, 0.6):
            fields.append(("여권번호", person_passport(st, r)))
        fields.append(("국    적", None, st.nat))
    else:
        fields.append(("주민등록번호", st.rrn_any(r, 0.15)))
    fields.append(("주    소", address(r)))
    fields.append(("직    업", None, pick(r, AGE_JOBS)))
    fields.append(("전    화", st.mobile(r)))
    if chance(r, 0.6):
        fields.append(("운전면허번호", driver_license(r)))
    if chance(r, 0.5):
        fields.append(("차량번호", plate(r)))
    for f in fields:
        d.t(f[0] + ": ")
        if f[1] is None:
            d.t(f[2])
        else:
            d.v(f[1])
        d.t("\n")
    d.t("\n위 사람은 ").v(sus.nm()).t(" 에 대한 " + pick(r, ["사기", "폭행", "교통사고처리특례법위반", "절도"]) + " 사건에 관하여 ")
    d.t(f"{kdate(r, 2025, 2025)} {pick(r, ['한빛경찰서', '누리경찰서', '서해경찰서'])} 수사과 사무실에서 임의로 다음과 같이 진술하다.\n\n")
    d.t("문: 진술인은 ").v(sus.nm()).t("와(과) 어떤 관계인가요.\n답: ")
    d.t(pick(r, ["같은 공장에서 일하는 동료입니다.", "중고거래 앱에서 처음 알게 된 사람입니다.", "제 가게 단골손님이었습니다.", "사고 당일 처음 본 사람입니다."])).t("\n")
    k = r.randrange(3)
    if k == 0:
        bank, acct = bank_acct(r)
        d.t("문: 돈은 어떻게 보냈나요.\n답: 상대방이 알려 준 ").t(bank + " ").v(acct).t(" 계좌로 두 번 보냈습니다. 예금주는 ").v(sus.nm()).t("로 되어 있었습니다.\n")
        d.t("문: 상대방 연락처는 알고 있나요.\n답: ").v(sus.mobile(r)).t(" 번호로 카카오톡을 했는데 지금은 차단됐습니다.\n")
    elif k == 1:
        pl = plate(r)
        d.t("문: 사고 차량을 기억하나요.\n답: 흰색 승합차였고 번호판은 ").v(pl).t("였습니다. 운전자가 내려서 제게 면허증을 보여 줬는데 이름이 ").v(sus.nm()).t("이었습니다.\n")
        d.t("문: 더 할 말이 있나요.\n답: 당시 블랙박스 영상을 제 이메일 ").v(st.email()).t("로 받아 두었으니 제출하겠습니다.\n")
    else:
        d.t("문: 당시 상황을 말해 보세요.\n답: 밤 11시쯤 가게 앞에서 ").v(sus.nm()).t("가 소리를 지르며 유리문을 걷어찼습니다. 옆에 있던 ").v(Person(r).nm()).t(" 씨가 말렸습니다.\n")
    if st.foreign:
        d.t("\n통역인: ").v(Person(r).nm()).t(" (").v(Person(r).mobile(r)).t(")")
    d.t("\n\n진술인 ").v(st.nm(latin=False)).t(" (인)\n사법경찰관 경위 ").v(det.nm())
    return "경찰 진술서"


def t_police_112(r, d):
    rep_ = Person(r)
    d.t(pick(r, ["112 신고 사건 처리표\n", "[112 종합상황실] 신고 접수 및 처리 결과\n"]))
    d.t(f"접수 {kdate(r, 2025, 2025)} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}  코드 {pick(r, ['C0', 'C1', 'C2'])}  사건번호 ").neg(f"{r.randint(2025, 2025)}-{rdigits(r, 8)}", "public_record_id").t("\n")
    d.t("신고자: ").v(rep_.nm()).t(" / ").v(rep_.mobile(r)).t("\n신고 내용: \"").t(pick(r, ["옆집에서 비명 소리가 나요", "차가 가게 앞을 막고 안 빼요", "술 취한 사람이 길에 누워 있어요", "아이가 집에 안 들어와요"])).t("\"\n")
    d.t("발생지: ").v(address(r)).t("\n")
    k = r.randrange(3)
    if k == 0:
        q = Person(r, foreign=chance(r, 0.3))
        d.t("현장 조치: 관련자 ").v(q.nm(latin=chance(r, 0.4))).t(" (").v(q.rrn()).t(") 신원 확인, 귀가 조치\n")
    elif k == 1:
        d.t("현장 조치: 차량 ").v(plate(r)).t(" 차주 ").v(Person(r).nm()).t(" 연락(").v(Person(r).mobile(r)).t(") 후 이동 조치\n")
    else:
        q = Person(r, minor=True)
        d.t("현장 조치: ").v(q.nm()).t(f"(만 {r.randint(9, 15)}세) 학원 인근에서 발견, 보호자 인계\n")
    d.t("출동: ").t(pick(r, ["한빛지구대", "누리파출소", "중앙지구대"])).t(" 순찰 ").t(str(r.randint(1, 5))).t("호차 경사 ").v(official(r).nm()).t(", 순경 ").v(official(r).nm())
    return "경찰 진술서"


def t_school(r, d):
    stu = Person(r, minor=True)
    par = Person(r, sex="F")
    teacher = official(r)
    v = r.randrange(3)
    grade, cls = r.randint(1, 6), r.randint(1, 9)
    if v == 0:
        d.t(pick(r, ["학생 상담 기록부\n\n", "[상담일지]\n", "담임 상담 기록\n"]))
        d.t(f"{grade}학년 {cls}반 {r.randint(1, 30)}번  ").v(stu.nm()).t(" (").v(stu.dob(r, pick(r, ["dot0", "iso", "yy_dot"]))).t(")\n")
        d.t(f"상담 일시: {kdate(r, 2025, 2025)} 방과 후 / 상담자: 담임 ").v(teacher.nm()).t("\n상담 유형: ").t(pick(r, ["교우관계", "진로", "학업", "가정환경"])).t("\n\n")
        friend = Person(r, minor=True)
        d.t("내용: ").v(stu.nm()).t(pick(r, ["은(는) ", " 학생은 "])).t("최근 같은 반 ").v(friend.nm()).t(pick(r, ["와 쉬는 시간마다 다툼이 잦아 ", "에게서 SNS로 놀림을 받아 ", "과 모둠 활동 중 갈등이 있어 "]))
        d.t(pick(r, ["등교를 꺼린다고 함. ", "수업 집중이 어렵다고 호소함. "]))
        d.t("어머니 ").v(par.nm()).t(" 님과 통화(").v(par.mobile(r)).t(")하여 가정에서도 지켜봐 주시기로 함.\n")
        d.t("후속 조치: Wee클래스 연계, 2주 후 재상담\n")
    elif v == 1:
        d.t("학교생활기록부 (인적·학적사항)\n\n")
        d.t("성명 ").v(stu.nm()).t("   성별 ").t("남" if stu.sex == "M" else "여").t("   주민등록번호 ").v(stu.rrn(mask=pick(r, ["*", "*", "●"])) if chance(r, 0.6) else stu.rrn()).t("\n")
        d.t("주소 ").v(address(r)).t("\n")
        d.t("가족 ").t("부: ").v(Person(r, sex="M").nm()).t("  모: ").v(par.nm()).t("\n")
        d.t(f"학적사항 {kdate(r, 2019, 2022, 'dot')} 누리초등학교 제1학년 입학\n\n")
        d.t("행동특성 및 종합의견\n  ").t(pick(r, ["책임감이 강하고 친구들을 배려하며, ", "호기심이 많아 질문을 즐기고, "])).t("학급 도우미로서 ").v(Person(r, minor=True).nm()).t(" 등 전학 온 친구의 적응을 도움.\n")
        d.t("담임 ").v(teacher.nm()).t(" (인)")
    else:
        d.t("방과후 돌봄교실 신청서\n\n")
        d.t("아동 성명: ").v(stu.nm()).t("  생년월일: ").v(stu.dob(r)).t(f"  학년/반: {grade}-{cls}\n")
        d.t("보호자 성명: ").v(par.nm()).t("  관계: ").t(pick(r, ["모", "모", "조모"])).t("\n보호자 휴대전화: ").v(par.mobile(r)).t("  비상연락처: ").v(Person(r).mobile(r)).t("\n")
        d.t("알레르기/특이사항: ").t(pick(r, ["땅콩 알레르기", "없음", "천식(흡입기 지참)", "ADHD 약 복용 중"])).t("\n")
        d.t("귀가 방법: 보호자 동행(").v(par.nm()).t(") / 학원 차량(").v(plate(r, "comm")).t(")\n")
        d.t("\n작성 예시) 아동 성명: ").neg("홍길동", "form_example").t(", 보호자 휴대전화: ").neg("010-0000-0000", "masked_placeholder")
    return "학교 생활기록·상담"


def t_military(r, d):
    p = Person(r, sex="M")
    p.birth = rand_date(r, 2000, 2006)
    p._rrn = None
    v = r.randrange(4)
    if v == 0:
        d.t("현역병 입영 통지서\n\n")
        d.t("성    명: ").v(p.nm()).t("\n생년월일: ").v(p.dob(r)).t("\n주    소: ").v(address(r)).t("\n")
        d.t(f"입영일시: {kdate(r, 2025, 2026, 'kor')} 14:00\n입영부대: 육군 제{r.randint(11, 39)}사단 신병교육대\n\n")
        d.t("귀하는 ").neg("「병역법」 제16조", "statute").t("에 따라 위와 같이 입영하여야 합니다. 정당한 사유 없이 입영하지 아니하면 처벌받을 수 있습니다.\n\n")
        d.t("문의: 병무청 민원상담소 ").neg("1588-9090", "switchboard").t(", 담당 ").v(official(r).nm()).t(" 주무관 ").v(landline(r, kind="official_direct")).t("\n")
        d.neg(pick(r, ["서울지방병무청장", "대전충남지방병무청장", "경북지방병무청장"]), "official_by_office")
    elif v == 1:
        d.t("예비군 편성 명부\n")
        sep = pick(r, [" | ", "\t", "spaces"])
        if chance(r, 0.7):
            cells(d, r, ["계급", "성명", "생년월일", "연락처", "주소"], sep)
            d.t("\n")
        for _ in range(r.randint(3, 5)):
            q = Person(r, sex="M")
            q.birth = rand_date(r, 1994, 2001)
            cells(d, r, [pick(r, ["병장", "상병", "하사", "중사", "중위"]), q.nm(), q.dob(r, pick(r, ["yymmdd", "dot0", "iso"])), q.mobile(r), address(r, unit="")], sep)
            d.t("\n")
    elif v == 2:
        d.t("군 사고 보고(휴가 중 교통사고)\n\n")
        d.t(f"1. 사고자: 상병 ").v(p.nm()).t(" (").v(p.rrn()).t(f"), 제{r.randint(1, 9)}대대 본부중대\n")
        d.t(f"2. 일시/장소: {kdate(r, 2025, 2025)} 21:40경, ").v(address(r, form="road_sgg", unit="")).t(" 앞 도로\n")
        d.t("3. 경위: 사고자가 운전하던 부친 명의 차량(").v(plate(r)).t(")이 중앙선을 넘어 마주 오던 차량과 충돌. 사고자의 운전면허(").v(driver_license(r)).t(")는 정상 유효함\n")
        d.t("4. 부친 ").v(Person(r, elder=True, sex="M").nm()).t(" 연락처 ").v(Person(r).mobile(r)).t("\n5. 보고: 당직사관 중위 ").v(official(r).nm())
    else:
        d.t("병역판정검사 결과 통지\n\n")
        d.t("성명 ").v(p.nm()).t("   주민등록번호 ").v(p.rrn(mask=pick(r, ["*", "●"]))).t("\n")
        d.t(f"검사일 {kdate(r, 2024, 2025, 'dot')}   판정 {pick(r, ['1급', '2급', '3급', '4급(보충역)'])}\n")
        d.t("이의가 있는 경우 결과 통지일부터 30일 이내에 재신체검사를 신청할 수 있습니다(").neg("「병역법」 제14조의2", "statute").t(").\n")
        d.t("담당: 병역판정검사 전담의사 ").v(official(r).nm()).t(", 병역판정관 ").v(official(r).nm()).t("\n휴대전화 알림 수신 번호: ").v(p.mobile(r))
    return "병무·군 문서"


def t_health(r, d):
    v = r.randrange(5)
    doc = Person(r)
    if v == 0:
        p = Person(r, elder=chance(r, 0.4))
        d.t("법정감염병 발생 신고서(결핵)\n\n")
        d.t("환자 성명: ").v(p.nm()).t("  주민등록번호: ").v(p.rrn()).t("\n건강보험증번호: ").v(nhis(r)).t("\n주소: ").v(address(r)).t("\n전화: ").v(p.mobile(r)).t("\n")
        d.t(f"진단일: {kdate(r, 2025, 2025)}  진단명: 폐결핵(A15.0)  객담 도말 양성\n")
        d.t("보호자: ").v(Person(r).nm()).t(" (").v(Person(r).mobile(r)).t(")\n신고 의료기관: 한빛내과의원 / 진단 의사 ").v(doc.nm()).t("\n수신: ").neg("누리보건소장", "official_by_office")
    elif v == 1:
        d.t(pick(r, ["예방접종 대상자 명단", "방문건강관리 대상자 명부", "치매안심센터 등록자 현황"]) + "\n")
        sep = pick(r, ["|", " | ", "\t", "spaces"])
        hdr = chance(r, 0.6)
        if hdr:
            cells(d, r, ["성명", "생년월일", "건강보험증번호", "연락처", "비고"], sep)
            d.t("\n")
        infants = chance(r, 0.35)
        for _ in range(r.randint(3, 6)):
            p = Person(r, elder=not infants and chance(r, 0.6), child=infants)
            cells(d, r, [p.nm(), p.dob(r, pick(r, ["dot0", "iso", "yymmdd", "dot_nosp", "dot_sp", "kor"])), nhis(r), p.mobile(r) if chance(r, 0.7) else landline(r),
                         pick(r, ["독거", "당뇨", "고혈압", "-", "보호자 동행"])], sep)
            d.t("\n")
    elif v == 2:
        p = Person(r, foreign=True)
        latin = chance(r, 0.6)
        d.t("외국인 환자 진료 의뢰서\n\n")
        d.t("환자명: ").v(p.nm(latin=latin)).t(f"   국적: {p.nat}   성별: {'남' if p.sex == 'M' else '여'}\n")
        d.t("외국인등록번호: ").v(p.rrn() if chance(r, 0.8) else p.rrn(mask="*")).t("\n")
        if chance(r, 0.6):
            d.t("여권번호: ").v(person_passport(p, r)).t("\n")
        d.t("건강보험: ").t(pick(r, ["지역가입(외국인) 증번호 ", "직장가입 증번호 "])).v(nhis(r)).t("\n")
        d.t("연락처: ").v(p.mobile(r)).t("  고용주: ").neg(company(r)[0], "company_name").t("\n")
        d.t("의뢰 사유: ").t(pick(r, ["지속적 복통, 정밀검사 필요", "작업 중 손목 골절 의심", "임신 20주 정기검진"])).t("\n통역: 외국인종합안내센터(").neg("1345", "short_code").t(")\n")
        d.t("의뢰 의사: ").v(doc.nm()).t(" (").v(landline(r)).t(")")
    elif v == 3:
        p = Person(r)
        d.t("진료비 계산서·영수증\n\n")
        d.t("환자등록번호 ").neg(rdigits(r, 8), "patient_chart_no").t("  환자 성명 ").v(p.nm()).t("\n진료기간 ").t(kdate(r, 2025, 2025, 'dot')).t("  진료과 ").t(pick(r, ["정형외과", "내과", "소아청소년과", "산부인과"])).t("\n")
        d.t("급여 본인부담금 ").neg(amount(r), "amount").t("  비급여 ").neg(amount(r), "amount").t("\n")
        d.t("수납: 신용카드 ").v(card(r, mask=pick(r, ["*", "*", None]))).t(f" 일시불  승인번호 {rdigits(r, 8)}\n")
        d.t("사업자등록번호 ").v(brn(r)).t(" 한빛정형외과의원 대표 ").v(doc.nm())
    else:
        p = Person(r, elder=chance(r, 0.5))
        nurse = official(r)
        d.t("보건소 방문 간호 기록\n\n")
        d.t(f"{kdate(r, 2025, 2025)} 방문. 대상자 ").v(p.nm()).t(f"({p.age}세, {'남' if p.sex == 'M' else '여'})는 ").t(pick(r, ["혈압 158/96으로 약 복용을 자주 잊는다고 함.", "혈당 조절 불량, 발 상처 소독 시행.", "거동 불편, 낙상 위험 높음."]))
        d.t(" 딸 ").v(Person(r, sex="F").nm()).t(" 씨가 주 1회 방문한다고 하며 연락처는 ").v(Person(r).mobile(r)).t("임.\n")
        d.t("주소 ").v(address(r)).t(" / 건강보험 ").v(nhis(r)).t("\n방문 간호사 ").v(nurse.nm())
    return "보건·의료 기록"


def t_welfare(r, d):
    if chance(r, 0.35):
        return t_welfare_case(r, d)
    title = pick(r, ["기초생활수급자 생계급여 지급 대장", "긴급복지 지원금 지급 명세", "장애인연금 지급 대장", "아동수당 지급 내역",
                     "기초연금 신규 수급자 명단", "에너지바우처 지급 대장", "영유아 보육료 지원 대장", "첫만남이용권 지급 대장"])
    d.t(f"{title} ({kdate(r, 2025, 2025)} 지급분)\n")
    sep = pick(r, ["|", " | ", "\t", "spaces", ","])
    hdr = chance(r, 0.65)
    mask_rrn = chance(r, 0.4)
    with_frn = chance(r, 0.35)
    if hdr:
        cells(d, r, ["연번", "성명", "주민등록번호", "은행", "계좌번호", "예금주", "지급액"], sep)
        d.t("\n")
    for k in range(r.randint(3, 6)):
        p = Person(r, foreign=with_frn and chance(r, 0.4), elder="기초연금" in title or chance(r, 0.3),
                   child=any(w in title for w in ("아동", "영유아", "첫만남")) and chance(r, 0.85))
        bank, acct = bank_acct(r, mask=chance(r, 0.25))
        holder = p if chance(r, 0.8) else Person(r)
        rrn = p.rrn(mask="*") if mask_rrn else p.rrn()
        amt = f"{r.randint(10, 180) * 10000:,}" if sep != "," else str(r.randint(10, 180) * 10000)
        cells(d, r, [str(k + 1), p.nm(), rrn, bank, acct, holder.nm(), (amt, "amount")], sep)
        d.t("\n")
    d.t("작성자 ").v(official(r).nm()).t("  확인자 ").v(official(r).nm())
    return "복지 급여 대장"


def t_welfare_case(r, d):
    p = Person(r, elder=chance(r, 0.5))
    sw = official(r)
    d.t(pick(r, ["통합사례관리 상담 기록지\n\n", "사례회의 결과 보고\n\n", "찾아가는 보건복지 상담 일지\n\n"]))
    d.t("대상자: ").v(p.nm()).t(f" ({'남' if p.sex == 'M' else '여'}/{p.age}세)  주민등록번호: ").v(p.rrn_any(r, 0.5)).t("\n")
    d.t("주소: ").v(address(r)).t("  연락처: ").v(p.mobile(r) if chance(r, 0.6) else landline(r)).t("\n")
    d.t("건강보험: ").t(pick(r, ["의료급여 1종", "지역가입자 증번호 ", "직장 피부양자 증번호 "]))
    if d.buf[-1].endswith("증번호 "):
        d.v(nhis(r))
    d.t("\n\n")
    rel = pick(r, ["아들 ", "딸 ", "동생 "])
    fam = Person(r, sex={"아들 ": "M", "딸 ": "F"}.get(rel))
    d.t(pick(r, ["상담 내용: ", "[상담 내용]\n"])).t(f"대상자는 {pick(r, ['지난 겨울 실직 후', '배우자 사망 이후', '뇌졸중 퇴원 후'])} ")
    d.t(pick(r, ["월세를 석 달째 내지 못하고 있음. ", "혼자 식사를 거르는 날이 많음. ", "공과금 체납으로 단전 예고를 받음. "]))
    d.t(rel).v(fam.nm()).t(pick(r, [" 씨는 ", "(", " 님은 "]))
    if d.buf[-1] == "(":
        d.t(f"{fam.age}) 씨는 ")
    d.t(pick(r, ["타 지역 거주로 연락이 뜸하며", "부양 의사는 있으나 형편이 어렵다고 하며", "연락이 닿지 않으며"])).t(" 번호는 ").v(fam.mobile(r)).t("임.\n")
    bank, acct = bank_acct(r)
    d.t("조치: 긴급 생계지원 1개월분 결정, ").t(bank + " ").v(acct).t(pick(r, [" (본인 명의)로 지급 예정.", " 계좌로 입금 의뢰."])).t("\n")
    d.t("사례관리자: ").v(sw.nm()).t(" 주무관 / 슈퍼비전: ").v(official(r).nm()).t(" 팀장")
    return "복지 급여 대장"


def t_tax(r, d):
    comp, stem = company(r)
    ceo = Person(r)
    v = r.randrange(3)
    if v == 0:
        d.t("세무조사 결과 통지\n\n")
        d.t("납세자: ").neg(comp, "company_name").t("\n사업자등록번호: ").v(brn(r)).t("\n법인등록번호: ").v(crn(r)).t("\n대표자: ").v(ceo.nm()).t("\n소재지: ").v(address(r)).t("\n\n")
        d.t(f"조사 기간: {kdate(r, 2025, 2025)}부터 20일간\n조사 결과 ").neg(statute(r, "tax"), "statute").t("에 따라 다음과 같이 과세함을 알려드립니다.\n")
        d.t("  1) 대표자 개인 계좌(").t(pick(r, ["신한은행 ", "하나은행 ", "농협 "])).v(bank_acct(r)[1]).t(")로 입금된 매출 누락 ").neg(amount(r), "amount").t("\n")
        d.t("  2) 법인카드(").v(card(r)).t(") 사적 사용분 손금 불산입\n")
        d.t("  3) 가공 거래처 ").neg(company(r)[0], "company_name").t("(").v(brn(r)).t(") 세금계산서 수취\n\n")
        d.t("조사반장 ").v(official(r).nm()).t("  조사관 ").v(official(r).nm()).t(" (").v(landline(r, kind="official_direct")).t(")\n")
        d.neg(pick(r, ["한빛세무서장", "누리세무서장", "서해지방국세청장"]), "official_by_office")
    elif v == 1:
        d.t("차명계좌 조사 대상 목록\n")
        sep = pick(r, [" | ", "\t", "spaces"])
        cells(d, r, ["명의인", "생년월일", "은행", "계좌번호", "실사용자"], sep)
        d.t("\n")
        for _ in range(r.randint(3, 5)):
            p = Person(r)
            bank, acct = bank_acct(r)
            cells(d, r, [p.nm(), p.dob(r, pick(r, ["iso", "dot0", "yymmdd"])), bank, acct, ceo.nm()], sep)
            d.t("\n")
        d.t("※ 실사용자 ").v(ceo.nm()).t("(").neg(comp, "company_name").t(" 대표) 주민등록번호 ").v(ceo.rrn()).t("\n")
    else:
        d.t("과세자료 제출 요구서\n\n")
        d.t("1. 대상: ").neg(comp, "company_name").t(" (").v(brn(r, "none")).t(", 법인등록번호 ").v(crn(r)).t(")\n2. 요구 자료: 거래처별 매출·매입 명세, 대표자 ").v(ceo.nm()).t(" 명의 카드 사용 내역\n")
        for _ in range(r.randint(1, 3)):
            d.t("   - 카드번호 ").v(card(r)).t(f" ({pick(r, ['신한카드', '국민카드', 'BC카드', '삼성카드', '현대카드'])})\n")
        d.t("3. 제출 기한: ").t(kdate(r, 2025, 2025)).t("\n4. 문의: 조사관 ").v(official(r).nm()).t(" ").v(landline(r, kind="official_direct")).t(", 팩스 ").v(landline(r, kind="fax")).t("\n")
        d.t("(국세상담센터 ").neg("126", "short_code").t(")")
    return "세무 조사"


def t_forms(r, d):
    v = r.randrange(7)
    p = Person(r, foreign=(v == 2))
    if v == 0:
        d.t("여권 발급 신청서\n\n")
        d.t("여권 종류: ").t(pick(r, ["일반(복수)", "일반(단수)", "관용"])).t("  기간: 10년\n한글 성명: ").v(p.nm()).t("\n")
        sur, giv = passport_names(p)
        d.t("로마자 성: ").v(V(sur, "PERSON", "name_latin_surname")).t("  로마자 이름: ").v(V(giv, "PERSON", "name_latin_given")).t("\n")
        d.t("주민등록번호: ").v(p.rrn()).t("\n전화번호: ").v(p.mobile(r)).t("\n비상연락처(가족): ").v(Person(r).nm()).t(" ").v(Person(r).mobile(r)).t("\n")
        d.t("종전 여권번호: ").v(passport_kr(r, "old")).t("  (분실 여부: 아니오)\n")
    elif v == 1:
        d.t("운전경력증명서\n\n")
        d.t("성명: ").v(p.nm()).t("  생년월일: ").v(p.dob(r)).t("\n주소: ").v(address(r)).t("\n")
        d.t("면허번호: ").v(driver_license(r)).t("  종별: ").t(pick(r, ["1종보통", "2종보통", "1종대형, 1종보통"])).t("\n")
        d.t("최초 취득일: ").t(kdate(r, 2005, 2020, 'dot')).t("\n법규위반 내역: 없음\n발급번호 ").neg(f"{r.randint(2025, 2025)}-{rdigits(r, 8)}", "public_record_id").t("\n")
        d.neg(pick(r, ["한빛경찰서장", "서울특별시경찰청장"]), "official_by_office")
    elif v == 2:
        d.t("외국인등록사실증명\n\n")
        d.t("성명: ").v(p.nm(latin=True)).t(f"\n국적: {p.nat}\n외국인등록번호: ").v(p.rrn()).t("\n생년월일: ").v(p.dob(r, pick(r, ["iso", "dot_sp", "en"]))).t("\n")
        d.t("여권번호: ").v(person_passport(p, r)).t("\n체류자격: ").t(pick(r, ["E-9(비전문취업)", "F-6(결혼이민)", "D-2(유학)", "H-2(방문취업)", "E-7(특정활동)"])).t("\n")
        d.t("체류지: ").v(address(r)).t("\n발급기관: ").neg(pick(r, ["한빛출입국·외국인사무소장", "서해출입국·외국인청장"]), "official_by_office")
    elif v == 3:
        d.t("자동차 이전등록 신청서\n\n")
        d.t("자동차등록번호: ").v(plate(r)).t("\n차대번호: ").neg("KMH" + "".join(pick(r, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(14)), "vin")
        d.t("\n양도인 성명: ").v(p.nm()).t("  주민등록번호: ").v(p.rrn_any(r, 0.3)).t("\n양수인 성명: ")
        q = Person(r)
        d.v(q.nm()).t("  주민등록번호: ").v(q.rrn_any(r, 0.3)).t("\n양수인 주소: ").v(address(r)).t("\n양수인 전화: ").v(q.mobile(r)).t("\n")
        if chance(r, 0.5):
            d.t("법인 양수인의 경우 법인등록번호: ").v(crn(r)).t("\n")
    elif v == 4:
        d.t("건강보험 피부양자 자격(취득) 신고서\n\n")
        d.t("직장가입자 성명: ").v(p.nm()).t("  건강보험증번호: ").v(nhis(r)).t("\n사업장: ").neg(company(r)[0], "company_name").t(" (사업장관리번호 ").neg(rdigits(r, 11), "public_record_id").t(")\n")
        for rel in pick(r, [["배우자"], ["배우자", "자녀"], ["자녀", "자녀"], ["부"]]):
            inf = rel == "자녀" and chance(r, 0.5)
            q = Person(r, minor=(rel == "자녀" and not inf), child=inf, elder=(rel == "부"))
            d.t(f"피부양자({rel}): ").v(q.nm()).t("  ").v(q.rrn()).t("\n")
        d.t("연락처: ").v(p.mobile(r)).t("  이메일: ").v(p.email())
    elif v == 5:
        d.t("자동이체(CMS) 출금 신청서\n\n")
        d.t("납부자 성명: ").v(p.nm()).t("  생년월일: ").v(p.dob(r, "ymd8")).t("\n")
        if chance(r, 0.5):
            bank, acct = bank_acct(r)
            d.t(f"출금 은행: {bank}  계좌번호: ").v(acct).t("  예금주: ").v(p.nm()).t("\n")
        else:
            d.t("카드사: ").t(pick(r, ["신한카드", "KB국민카드", "BC카드", "롯데카드"])).t("  카드번호: ").v(card(r)).t(f"  유효기간: {r.randint(1, 12):02d}/{r.randint(26, 30)}\n")
        d.t("휴대전화: ").v(p.mobile(r)).t("\n\n※ 예금주와 납부자가 다른 경우 예금주 주민등록번호 앞자리(").neg("000000", "masked_placeholder").t(")를 기재")
    else:
        d.t("주민등록표 초본 교부 신청서\n\n")
        d.t("신청인 성명: ").v(p.nm()).t("  주민등록번호: ").v(p.rrn()).t("\n주소: ").v(address(r)).t("\n")
        d.t("대상자와의 관계: 본인\n수수료: ").neg("200원", "amount").t("\n\n(작성 예) 성명: ").neg("홍길동", "form_example").t("  주민등록번호: ").neg("000000-0000000", "masked_placeholder")
    return "신청서·증명서"


def t_roster(r, d):
    kind = r.randrange(5)
    sep = pick(r, ["|", " | ", "\t", "spaces", "spaces"])
    hdr = chance(r, 0.6)
    border = sep in ("|", " | ") and chance(r, 0.4)
    n = r.randint(3, 7)

    def row(items):
        if border:
            d.t("| " if sep == " | " else "|")
        cells(d, r, items, sep)
        if border:
            d.t(" |" if sep == " | " else "|")
        d.t("\n")

    if kind == 0:
        d.t(pick(r, ["비상연락망", "직원 비상연락망(대외비)", "재난 대응 비상소집 명단"]) + "\n")
        if hdr:
            row(["성명", "직급", "휴대전화", "자택 주소"])
        for _ in range(n):
            p = official(r)
            row([p.nm(), pick(r, ["주무관", "팀장", "과장", "사무관", "실무관"]), p.mobile(r), address(r, unit=pick(r, ["", ""]))])
    elif kind == 1:
        d.t(pick(r, ["외국인 근로자 고용 현황", "외국인 계절근로자 명부", "E-9 근로자 숙소 배정표"]) + "\n")
        if hdr:
            row(["성명", "국적", "외국인등록번호", "여권번호", "연락처"])
        for _ in range(n):
            p = Person(r, foreign=True)
            row([p.nm(latin=chance(r, 0.6)), p.nat, p.rrn(sep=pick(r, ["-"] * 6 + [""])), person_passport(p, r), p.mobile(r)])
    elif kind == 2:
        d.t(pick(r, ["위원회 위원 명단 및 수당 지급 계좌", "자문위원 회의 참석 수당 지급 명세"]) + "\n")
        if hdr:
            row(["성명", "소속", "연락처", "이메일", "은행", "계좌번호"])
        for _ in range(n):
            p = Person(r)
            bank, acct = bank_acct(r)
            row([p.nm(), pick(r, ["한빛대학교", "변호사", "시민단체", "회계사", "누리병원", "주민대표"]), p.mobile(r), p.email(), bank, acct])
    elif kind == 3:
        d.t(pick(r, ["국외출장자 명단", "해외 연수 참가자 명단", "공무 국외여행 심사 대상"]) + "\n")
        if hdr:
            row(["성명", "영문 성명", "생년월일", "여권번호", "여권 만료일"])
        for _ in range(n):
            p = official(r)
            sur, giv = passport_names(p)
            row([p.nm(), V(f"{sur} {giv}", "PERSON", "name_latin_full"), p.dob(r, pick(r, ["dot0", "iso", "yymmdd", "dot_sp", "kor"])), passport_kr(r, prefix=pick(r, ["M", "G", "M"])), kdate(r, 2027, 2034, "iso")])
    else:
        d.t(pick(r, ["주차 정기권 등록 차량", "입주민 차량 등록 현황", "공용차량 운행 기록"]) + "\n")
        if hdr:
            row(["동호수", "성명", "차량번호", "연락처", "운전면허번호"])
        for _ in range(n):
            p = Person(r)
            row([f"{r.randint(101, 115)}-{r.randint(1, 20)}{r.randint(1, 4):02d}", p.nm(), plate(r), p.mobile(r), driver_license(r)])
    if chance(r, 0.3):
        d.t(pick(r, ["※ 외부 유출 금지", "※ 담당: ", "작성일 " + kdate(r, 2025, 2025)]))
        if d.buf[-1] == "※ 담당: ":
            d.v(official(r).nm())
    return "표"


def t_csv(r, d):
    kind = r.randrange(5)
    q = chance(r, 0.3)

    def row(items):
        for j, it in enumerate(items):
            if j:
                d.t(",")
            if q and isinstance(it, dict):
                d.t('"').v(it).t('"')
            elif isinstance(it, dict):
                d.v(it)
            elif isinstance(it, tuple):
                d.neg(it[0], it[1])
            else:
                d.t(it)
        d.t("\n")

    if kind == 0:
        row(["no", "name", "birth", "mobile", "email", "addr"])
        for k in range(r.randint(3, 6)):
            p = Person(r)
            row([str(k + 1), p.nm(), p.dob(r, "iso"), p.mobile(r, "dash"), p.email(), address(r, unit="")])
    elif kind == 1:
        row(["접수번호", "신청인", "주민등록번호", "연락처", "환급계좌", "은행"])
        for _ in range(r.randint(3, 6)):
            p = Person(r)
            bank, acct = bank_acct(r, fmt=pick(r, ["none", "dash"]))
            row([(receipt_no(r), "receipt_number"), p.nm(), p.rrn(sep=pick(r, ["-", ""])), p.mobile(r, pick(r, ["none", "dash"])), acct, bank])
    elif kind == 2:
        row(["order_id", "buyer", "card_no", "approved_at", "ip"])
        for _ in range(r.randint(3, 6)):
            p = Person(r, foreign=chance(r, 0.2))
            row([f"ORD{rdigits(r, 10)}", p.nm(latin=True), card(r, fmt=pick(r, ["none", "dash"]), mask=pick(r, [None, None, "*"])),
                 f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}", ipv4(r)])
    elif kind == 3:
        row(["사업장명", "사업자등록번호", "법인등록번호", "대표자", "전화번호", "담당자메일"])
        for _ in range(r.randint(3, 5)):
            comp, stem = company(r)
            row([(comp, "company_name"), brn(r), crn(r) if chance(r, 0.7) else "", Person(r).nm(), landline(r, kind="business"), biz_email(r, COMP_ROM[stem])])
    else:
        row(["성명", "외국인등록번호", "여권번호", "국적", "체류만료일"])
        for _ in range(r.randint(3, 6)):
            p = Person(r, foreign=True)
            row([p.nm(latin=True), p.rrn(), person_passport(p, r), p.pstyle, kdate(r, 2025, 2028, "iso")])
    d.buf[-1] = d.buf[-1].rstrip("\n") if d.buf[-1].endswith("\n") else d.buf[-1]
    d.n = sum(len(x) for x in d.buf)
    return "CSV"


def t_log(r, d):
    kind = r.randrange(4)
    n = r.randint(4, 7)
    if kind == 0:
        for _ in range(n):
            ip = ipv4(r) if chance(r, 0.9) else ipv6(r)
            user = f"u{r.randint(10000, 99999)}"
            d.t(f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}+09:00 ")
            d.t(pick(r, ["INFO", "WARN", "INFO"])).t(" auth ").t("user=").neg(user, "user_id").t(" src=").v(ip)
            d.t(pick(r, [" result=OK", " result=FAIL reason=bad_password", " result=OK mfa=sms"])).t("\n")
    elif kind == 1:
        for _ in range(n):
            ip = ipv4(r)
            d.v(ip).t(f" - - [{r.randint(1, 28):02d}/{pick(r, ['Mar', 'Apr', 'May', 'Jun'])}/2025:{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} +0900] ")
            d.t(f"\"{pick(r, ['GET /minwon/view?id=', 'POST /apply/submit?no=', 'GET /download?file='])}{r.randint(1000, 99999)} HTTP/1.1\" {pick(r, ['200', '200', '302', '404'])} {r.randint(200, 90000)}")
            if chance(r, 0.3):
                d.t(" \"Mozilla/5.0 (Windows NT ").neg("10.0.19045.3803", "version_number").t(")\"")
            d.t("\n")
    elif kind == 2:
        d.t("[결제 승인 로그]\n")
        for _ in range(n):
            p = Person(r)
            d.t(f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} APPROVE amt={r.randint(1, 300) * 1000} card=")
            d.v(card(r, fmt="none", mask=pick(r, [None, "*", "*"]))).t(" holder=").v(p.nm(latin=chance(r, 0.3))).t(" tel=").v(p.mobile(r, "none")).t(" ip=").v(ipv4(r)).t("\n")
    else:
        d.t("# 개인정보처리시스템 접속기록 (월간 점검)\n")
        for _ in range(n):
            off = official(r)
            d.t(f"2025.{r.randint(1, 12):02d}.{r.randint(1, 28):02d} {r.randint(8, 19):02d}:{r.randint(0, 59):02d} | 취급자 ").v(off.nm()).t(" (").neg(f"u{r.randint(10000, 99999)}", "user_id").t(") | ").v(ipv4(r, private=True))
            d.t(" | 조회 | 정보주체 ").v(Person(r).nm()).t(pick(r, [" 주민등록번호 열람", " 연락처 조회", " 계좌정보 다운로드"])).t("\n")
        d.t(f"점검자: ").v(official(r).nm()).t(" / 프로그램 v").neg(f"{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 99)}", "version_number")
    return "시스템 로그"


def t_email(r, d):
    s_, t_ = Person(r, foreign=chance(r, 0.1)), Person(r)
    d.t("보낸 사람: ").v(s_.nm(latin=chance(r, 0.5))).t(" <").v(s_.email()).t(">\n받는 사람: ").v(t_.nm()).t(" <").v(t_.email()).t(">\n")
    if chance(r, 0.4):
        c = Person(r)
        d.t("참조: ").v(c.email()).t("\n")
    kind = r.randrange(5)
    d.t(f"날짜: {kdate(r, 2025, 2025)} 오후 {r.randint(1, 11)}:{r.randint(0, 59):02d}\n")
    if kind == 0:
        d.t("제목: 환불 계좌 보내드립니다\n\n").v(t_.nm()).t(pick(r, [" 님 안녕하세요,\n", "님, 안녕하세요.\n"]))
        bank, acct = bank_acct(r)
        d.t(f"말씀하신 대로 환불받을 계좌는 {bank} ").v(acct).t(" (예금주 ").v(s_.nm()).t(")입니다. 확인 부탁드립니다.\n")
    elif kind == 1:
        d.t("제목: 항공권 예약 정보 확인 요청\n\n안녕하세요. 예약자 정보 다시 보내드립니다.\n")
        for x in (s_, Person(r)):
            sur, giv = passport_names(x)
            d.t(" - ").v(V(f"{sur}/{giv}", "PERSON", "name_latin_airline")).t(" / 여권 ").v(person_passport(x, r)).t(" / 생년월일 ").v(x.dob(r, pick(r, ["iso", "dot0"]))).t("\n")
    elif kind == 2:
        d.t("제목: 계약서 날인본 송부\n\n첨부한 계약서에 저희 회사 정보가 들어가 있습니다.\n")
        comp, stem = company(r)
        d.t("상호: ").neg(comp, "company_name").t(" / 사업자등록번호 ").v(brn(r)).t(" / 대표 ").v(s_.nm()).t("\n")
    elif kind == 3:
        rel = pick(r, ["아버지 ", "어머니 ", "장모님 "])
        par = Person(r, elder=True, sex="M" if rel == "아버지 " else "F")
        d.t("제목: 주민센터 서류 관련\n\n").t(rel).v(par.nm()).t(" 님 주민등록번호가 ").v(par.rrn()).t(" 맞는지 확인 부탁드려요. 서류에 잘못 적은 것 같아서요.\n")
    else:
        d.t("제목: 회의 참석 및 자료\n\n다음 주 회의는 ").t(kdate(r, 2025, 2025)).t("로 확정되었습니다. 불참 시 ").v(t_.nm()).t(" 님께 미리 알려 주세요.\n")
    d.t("\n--\n").v(s_.nm()).t(pick(r, [" 드림\n", "\n"])).t("휴대폰 ").v(s_.mobile(r))
    if chance(r, 0.5):
        d.t(" | 사무실 ").v(landline(r, kind="business"))
    return "전자우편"


def t_call(r, d):
    p = Person(r, foreign=chance(r, 0.2))
    agent = pick(r, ["상담원", "상담사", "직원"])
    caller = pick(r, ["고객", "민원인", "발신자"])
    kind = r.randrange(5)
    d.t(pick(r, ["[상담 녹취록]\n", "통화 녹취 (STT 변환)\n", "콜센터 상담 기록 - 자동 받아쓰기\n"]))
    d.t(f"{agent}: 네, {pick(r, ['한빛카드', '누리구청 민원콜', '한빛은행', '건강보험 상담센터', '한빛렌터카'])}입니다. 무엇을 도와드릴까요?\n")
    if kind == 0:
        c = card(r, fmt="space")
        d.t(f"{caller}: 카드를 잃어버려서요. 분실 신고하려고요.\n{agent}: 본인 확인을 위해 성함 말씀해 주세요.\n{caller}: ").v(p.nm()).t("입니다.\n")
        d.t(f"{agent}: 카드 번호 알고 계시면 불러 주시겠어요?\n{caller}: ").v(spoken(r, c)).t(" 이요.\n")
        d.t(f"{agent}: 확인되었습니다. 등록된 연락처가 ").v(p.mobile(r)).t(" 맞으세요?\n").t(f"{caller}: 네 맞아요.\n")
    elif kind == 1:
        ph = p.mobile(r, "dash")
        d.t(f"{caller}: 주소 변경하려고 전화드렸어요.\n{agent}: 성함과 생년월일 부탁드립니다.\n{caller}: ").v(p.nm()).t("이고요, ").v(p.dob(r, pick(r, ["kor_yy", "kor"]))).t("생이에요.\n")
        d.t(f"{agent}: 연락받으실 번호도 말씀해 주세요.\n{caller}: ").v(spoken(r, ph)).t("요.\n")
        d.t(f"{agent}: 새 주소는요?\n{caller}: ").v(address(r, form=pick(r, ["road_short", "road_sgg"]))).t(" 이요.\n")
    elif kind == 2:
        rr = p.rrn()
        d.t(f"{caller}: 보험료 조회 좀 하려고요.\n{agent}: 주민등록번호 열세 자리 말씀해 주시겠어요?\n{caller}: ").v(spoken(r, rr, [6, 7])).t(".\n")
        d.t(f"{agent}: ").v(p.nm()).t(f" 님 맞으시죠? 이번 달 보험료는 {r.randint(2, 30) * 10000:,}원입니다.\n")
    elif kind == 3:
        bank, acct = bank_acct(r, fmt="dash")
        d.t(f"{caller}: 환급금 받을 계좌 불러 드릴게요. {bank}이고요.\n{agent}: 네, 말씀하세요.\n{caller}: ").v(spoken(r, acct)).t(".\n")
        d.t(f"{agent}: 예금주는요?\n{caller}: 저요, ").v(p.nm()).t(".\n")
    else:
        dl = driver_license(r, "dash")
        d.t(f"{caller}: 차 빌리려고 하는데 면허 번호 먼저 불러 드릴까요?\n{agent}: 네.\n{caller}: ").v(spoken(r, dl)).t(" 입니다.\n")
        d.t(f"{agent}: 예약자 성함이요?\n{caller}: ").v(p.nm()).t(".\n")
    d.t(f"{agent}: 감사합니다. 상담원 ").v(official(r).nm()).t("이었습니다.")
    return "통화 녹취"


def t_ocr_id(r, d):
    kind = r.randrange(6)
    p = Person(r, foreign=(kind == 2), hanja=(kind == 0))
    nz = lambda v, pr=0.5: maybe_noise(r, v, pr)
    L = lambda s: ocr_label(r, s, 0.4)
    d.base_genre = "신분증"
    d.t(pick(r, ["[스캔 OCR] ", "OCR 결과:\n", "<<이미지 판독 결과>>\n", ""]))
    if kind == 0:
        d.t(L("주민등록증") + "\n").v(p.nm(noise="spaced" if chance(r, 0.3) else None))
        if p.hanja:
            d.t("(").v(p.hj()).t(")")
        d.t("\n").v(nz(p.rrn())).t("\n").v(address(r, noise="wrapped" if chance(r, 0.4) else None)).t("\n")
        d.t(kdate(r, 2010, 2024, "dot")).t("\n").neg(pick(r, ["서울특별시 마포구청장", "경기도 수원시장", "한빛시장", "누리구청장"]), "official_by_office")
    elif kind == 1:
        d.t(L("자동차운전면허증") + " (Driver's License)\n").t(pick(r, ["1종보통", "2종보통", "1종대형"])).t("\n").v(nz(driver_license(r, pick(r, ["dash", "dash", "name"])))).t("\n")
        d.v(p.nm(noise="spaced" if chance(r, 0.3) else None)).t("\n").v(nz(p.rrn(mask=pick(r, [None, None, "*"])) if True else None)).t("\n")
        d.v(address(r, noise="wrapped" if chance(r, 0.4) else None)).t(f"\n{L('적성검사')} {kdate(r, 2026, 2034, 'dot')}~{kdate(r, 2026, 2034, 'dot')}\n")
        d.t("암호일련번호 ").t("".join(pick(r, "ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2)) + str(r.randint(1, 9)) + pick(r, "ABCDEFGHJK") + str(r.randint(1, 9)) + pick(r, "ABCDEFGHJK"))
        d.t("\n").neg(pick(r, ["서울특별시경찰청장", "경기도남부경찰청장", "부산광역시경찰청장"]), "official_by_office")
    elif kind == 2:
        d.t(L("외국인등록증") + "\nALIEN REGISTRATION CARD\n")
        d.t(L("외국인등록번호") + " ").v(nz(p.rrn(), 0.6)).t("\n").t(L("성명") + " Name ").v(p.nm(latin=True)).t("\n")
        d.t(f"{L('국가')} Country {p.pstyle}\n{L('체류자격')} Status {pick(r, ['E-9', 'F-6', 'D-2', 'H-2', 'E-7', 'F-4'])}\n")
        d.t(f"{L('발급일자')} {kdate(r, 2020, 2025, 'iso')}\n").neg(pick(r, ["한빛출입국·외국인사무소장", "서해출입국·외국인청장"]), "official_by_office")
    elif kind == 3:
        sur, giv = passport_names(p)
        pp = person_passport(p, r, style="new" if chance(r, 0.6) else "old")
        d.t("PASSPORT  여권\n").t(f"{L('종류')}/Type PM   {L('발행국')}/Issuing country KOR   {L('여권번호')}/Passport No. ").v(nz(pp, 0.4)).t("\n")
        d.t(f"{L('성')}/Surname ").v(V(sur, "PERSON", "name_latin_surname")).t(f"\n{L('이름')}/Given names ").v(V(giv, "PERSON", "name_latin_given")).t("\n")
        d.t("한글성명 ").v(p.nm()).t("\n")
        d.t(f"{L('국적')}/Nationality REPUBLIC OF KOREA\n{L('생년월일')}/Date of birth ").v(p.dob(r, pick(r, ["en", "passport_kr"]))).t(f"   {L('성별')}/Sex {p.sex}\n")
        iss = rand_date(r, 2019, 2025)
        d.t(f"{L('발급일')}/Date of issue {iss.day:02d} {MON_EN[iss.month - 1]} {iss.year}\n{L('기간만료일')}/Date of expiry {iss.day:02d} {MON_EN[iss.month - 1]} {iss.year + 10}\n")
        d.t("발행관청/Authority ").neg("MINISTRY OF FOREIGN AFFAIRS", "authority")
    elif kind == 4:
        d.t(L("건강보험증") + "\n")
        d.t(L("증번호") + " ").v(nz(nhis(r), 0.5)).t(f"   {L('자격취득일')} {kdate(r, 2000, 2024, 'dot')}\n")
        d.t(L("세대주 성명") + " ").v(p.nm()).t("\n")
        d.t(L("가입자") + "\n")
        for rel in ["본인", pick(r, ["배우자", "자녀"])]:
            q = p if rel == "본인" else Person(r, minor=(rel == "자녀" and chance(r, 0.5)), child=(rel == "자녀" and chance(r, 0.5)))
            d.t(rel + "  ").v(q.nm()).t("  ").v(nz(q.rrn(mask=pick(r, [None, "*"])), 0.4)).t("\n")
        d.neg("국민건강보험공단", "authority").t(" 이사장")
    else:
        c = card(r, fmt=pick(r, ["space", "dash"]))
        sur, giv = passport_names(p)
        d.t(pick(r, ["한빛카드", "누리카드", "HANBIT CARD"]) + " " + pick(r, ["VISA", "Mastercard", "BC", "JCB"]) + "\n")
        d.v(nz(c, 0.6)).t(f"\nVALID THRU {r.randint(1, 12):02d}/{r.randint(26, 31)}\n").v(V(f"{sur} {giv}", "PERSON", "name_latin_card")).t("\n")
        d.t(pick(r, ["본 카드는 회원 본인만 사용할 수 있습니다.", "분실 신고 ", ""]))
        if d.buf[-1] == "분실 신고 ":
            d.neg(switchboard(r), "switchboard")
    return "OCR 신분증"


def t_ocr_form(r, d):
    p = Person(r, foreign=chance(r, 0.2))
    L = lambda s: ocr_label(r, s, 0.5)
    nz = lambda v, pr=0.45: maybe_noise(r, v, pr)
    form = pick(r, ["기초생활보장 급여 신청서", "전입신고서", "장애인 등록 신청서", "사업자등록 신청서(개인)", "국민연금 반환일시금 청구서", "긴급지원 신청서"])
    d.base_genre = "신청서·증명서"
    d.t(pick(r, ["=== OCR page 1 ===\n", "[스캔본 자동 인식]\n", ""])).t(form + "\n")
    d.t(L("성명") + " ").v(p.nm(noise="spaced" if chance(r, 0.3) else None, latin=p.foreign and chance(r, 0.5))).t("   ")
    if p.foreign:
        d.t(L("외국인등록번호") + " ").v(nz(p.rrn())).t("\n")
    else:
        d.t(L("주민등록번호") + " ").v(nz(p.rrn_any(r, 0.15))).t("\n")
    d.t(L("주소") + " ").v(address(r, noise="wrapped" if chance(r, 0.35) else None)).t("\n")
    d.t(L("전화번호") + " ").v(nz(p.mobile(r))).t("   " + L("자택") + " ").v(nz(landline(r))).t("\n")
    if "사업자" in form:
        d.t(L("상호") + " ").neg(company(r)[0], "company_name").t("   " + L("사업자등록번호") + "(기존) ").v(nz(brn(r))).t("\n")
    if chance(r, 0.6):
        bank, acct = bank_acct(r)
        d.t(L("입금계좌") + f" {bank} ").v(nz(acct)).t("  " + L("예금주") + " ").v(p.nm(latin=False)).t("\n")
    if chance(r, 0.4):
        d.t(L("이메일") + " ").v(p.email()).t("\n")
    d.t(f"{L('신청일')} {kdate(r, 2024, 2025, 'dot')}   신청인 ").v(p.nm(latin=False)).t(pick(r, [" (서명)", " (인)", " ㊞"]))
    d.t("\n").neg(pick(r, ["한빛시 누리동장", "누리구청장", "국민연금공단 한빛지사장"]), "official_by_office").t(" 귀하")
    return "OCR 서식"


def t_handwritten(r, d):
    p = Person(r)
    d.base_genre = "수기 서식"
    nz = lambda v: add_noise(r, v, ["confusable", "space_in_number", "newline_in_number", "unicode_hyphen"], n=r.randint(1, 2))
    d.t(pick(r, ["[필기 인식 결과 - 신뢰도 낮음]\n", "※ 수기 작성본 OCR\n", "(손글씨 판독)\n"]))
    d.t(pick(r, ["방 문 자  명 부\n", "민원 접수 메모\n", "분실물 인계 확인서\n", "자원봉사 신청서\n"]))
    d.t(pick(r, ["이 름 : ", "성명) ", "성 명 "])).v(p.nm(noise="spaced" if chance(r, 0.5) else None)).t("\n")
    d.t(pick(r, ["생년월일 : ", "생일 ", "생년월일) "])).v(p.dob(r, pick(r, ["yy_dot", "dot_nosp", "yymmdd", "kor_yy"]))).t("\n")
    d.t(pick(r, ["연락처 : ", "핸드폰 ", "H.P "])).v(nz(p.mobile(r, pick(r, ["dash", "none", "space"])))).t("\n")
    if chance(r, 0.6):
        d.t(pick(r, ["주민번호 ", "주민No. "])).v(nz(p.rrn())).t("\n")
    if chance(r, 0.4):
        bank, acct = bank_acct(r)
        d.t(pick(r, ["계좌 ", "통장 "]) + bank[:2] + " ").v(nz(acct)).t("\n")
    if chance(r, 0.4):
        d.t("차번호 ").v(maybe_noise(r, plate(r, pick(r, ["p2", "p3", "nospace"])), 0.5, ["confusable", "space_in_number"])).t("\n")
    d.t(pick(r, ["주소 : ", "사는곳 "])).v(address(r, form=pick(r, ["road_sgg", "jibun", "road_short"]), noise="wrapped" if chance(r, 0.5) else None)).t("\n")
    d.t(pick(r, ["확인자 ", "접수자 "])).v(official(r).nm()).t(" (서명)")
    return "수기 서식 OCR"


def t_hanja(r, d):
    p = Person(r, elder=True, hanja=True)
    while p.hanja is None:
        p = Person(r, elder=True, hanja=True)
    p.birth = rand_date(r, 1930, 1960)
    p._rrn = None
    kind = r.randrange(3)
    if kind == 0:
        d.t("身 元 證 明 書\n\n")
        d.t("本    籍: ").v(address(r, form="jibun")).t("\n住    所: ").v(address(r, form=pick(r, ["jibun", "road_full"]))).t("\n")
        d.t("姓    名: ").v(p.hj()).t(" (").v(p.nm()).t(")\n生年月日: ").v(p.dob(r, "hanja")).t(" 生\n住民登錄番號: ").v(p.rrn()).t("\n\n")
        d.t("右 者는 本 署 管內에 居住하는 者로서 身元에 異常이 없음을 證明함.\n\n").t(f"{p.birth.year + r.randint(25, 45)}年 {r.randint(1, 12)}月 {r.randint(1, 28)}日\n")
        d.neg(pick(r, ["漢陽警察署長", "釜山東部警察署長", "大邱中部警察署長"]), "official_by_office")
    elif kind == 1:
        q = Person(r, elder=True, hanja=True)
        d.t("土地 賣買 契約書\n\n")
        d.t("賣渡人 ").v(p.hj() if p.hanja else p.nm()).t(" 住所 ").v(address(r, form="jibun")).t(" 住民登錄番號 ").v(p.rrn()).t("\n")
        d.t("買受人 ").v(q.hj() if q.hanja else q.nm()).t(" 住所 ").v(address(r, form="jibun")).t(" 住民登錄番號 ").v(q.rrn()).t("\n\n")
        d.t("第1條 賣渡人은 下記 土地를 金 ").neg(f"{r.randint(1, 9)},{r.randint(100, 999)},000원", "amount").t("整에 買受人에게 賣渡함.\n")
        d.t("第2條 代金은 ").t(pick(r, ["契約時에 一時 支給함.", "殘金 支給時 所有權 移轉登記 書類를 交付함."])).t("\n\n立會人 ").v(Person(r).nm()).t(" (印)")
    else:
        d.t("戶籍 抄本 (除籍)\n\n")
        d.t("本籍 ").v(address(r, form="jibun")).t("\n戶主 ").v(p.hj() if p.hanja else p.nm()).t("\n\n")
        father = p.sur + pick(r, [g for g in M_GIVEN if p.sur + g not in USED_NAMES])
        USED_NAMES.add(father)
        d.t("父 ").v(V(father, "PERSON", "name_kr2")).t("  母 ").v(Person(r, sex="F").nm()).t("\n")
        d.t("出生 ").v(p.dob(r, "hanja")).t(" 忠淸南道 ").t(pick(r, ["公州郡", "洪城郡", "天安郡"])).t("에서 出生\n")
        sp = Person(r, elder=True, hanja=True, sex="F" if p.sex == "M" else "M")
        d.t("婚姻 ").t(f"{p.birth.year + r.randint(20, 30)}年 {r.randint(1, 12)}月 {r.randint(1, 28)}日 婚姻 申告 (配偶者 ").v(sp.hj() if sp.hanja else sp.nm()).t(")\n")
        d.t("住民登錄番號 ").v(p.rrn()).t("\n\n위 抄本은 除籍簿의 原本과 틀림없음을 證明함.\n").neg(pick(r, ["公州郡守", "洪城郡守", "天安市長"]), "official_by_office")
    return "국한문 혼용 문서"


def t_contract(r, d):
    comp_a, stem_a = company(r)
    ceo_a = Person(r)
    ins = inst(r)
    kind = r.randrange(3)
    if kind == 0:
        d.t(f"{pick(r, ['홈페이지 유지관리', '청사 청소 용역', '폐기물 수집 운반', '행사 대행'])} 용역 계약서\n\n")
        d.t("발주기관(갑): ").neg(ins[0], "institution_name").t("  주소: ").neg(ins[2], "institution_address").t("\n")
        d.t("계약상대자(을): ").neg(comp_a, "company_name").t("\n  대표자: ").v(ceo_a.nm()).t("\n  사업자등록번호: ").v(brn(r)).t("\n  법인등록번호: ").v(crn(r)).t("\n  주소: ").v(address(r)).t("\n  전화: ").v(landline(r, kind="business")).t("\n")
        bank, acct = bank_acct(r)
        d.t(f"  대금 지급 계좌: {bank} ").v(acct).t(" (예금주 ").neg(comp_a, "company_name").t(")\n")
        d.t("계약금액: ").neg(amount(r), "amount").t("\n입찰공고번호: ").neg(f"R25BK{rdigits(r, 8)}-00", "public_record_id").t("\n")
        d.t("계약 담당: ").v(official(r).nm()).t(" 주무관 ").v(landline(r, area=ins[3].split('-')[0], kind="official_direct"))
    elif kind == 1:
        les, ten = Person(r), Person(r, foreign=chance(r, 0.25))
        d.t("주택 임대차 계약서\n\n임대인 성명: ").v(les.nm()).t("  주민등록번호: ").v(les.rrn()).t("\n  주소: ").v(address(r)).t("  전화: ").v(les.mobile(r)).t("\n")
        d.t("임차인 성명: ").v(ten.nm(latin=chance(r, 0.4))).t("  ").t("외국인등록번호: " if ten.foreign else "주민등록번호: ").v(ten.rrn()).t("\n  전화: ").v(ten.mobile(r)).t("\n")
        d.t("임대할 부분: ").v(address(r, form="jibun")).t(" 전부\n보증금: ").neg(amount(r), "amount").t("\n")
        bank, acct = bank_acct(r)
        d.t(f"보증금 입금계좌: {bank} ").v(acct).t(" 예금주 ").v(les.nm()).t("\n")
        d.t("공인중개사: ").neg(f"{pick(r, ['한빛', '누리', '으뜸', '새솔'])}공인중개사사무소", "company_name").t(" 대표 ").v(Person(r).nm()).t(" (등록번호 ").neg(f"{r.randint(11000, 48999)}-{r.randint(2010, 2024)}-{r.randint(10000, 99999)}", "public_record_id").t(")")
    else:
        d.t("물품 공급 계약서\n\n")
        comp_b, stem_b = company(r)
        d.t("공급자: ").neg(comp_a, "company_name").t(" (").v(brn(r)).t(" / ").v(crn(r)).t(") 대표이사 ").v(ceo_a.nm()).t("\n")
        d.t("구매자: ").neg(comp_b, "company_name").t(" (").v(brn(r)).t(", 법인등록번호 ").v(crn(r)).t(") 대표이사 ").v(Person(r).nm()).t("\n")
        d.t("담당자: ").v(Person(r).nm()).t(" 과장 ").v(Person(r).mobile(r)).t(" / ").v(biz_email(r, COMP_ROM[stem_b])).t("\n")
        d.t("대금은 납품 후 30일 이내 ").t(pick(r, ["현금", "어음"])).t("으로 지급한다. 문의: 고객센터 ").neg(switchboard(r), "switchboard")
    return "계약서"


def t_vehicle(r, d):
    kind = r.randrange(4)
    if kind == 0:
        d.t(pick(r, ["불법 주정차 단속 내역", "과속 단속 카메라 적발 목록", "버스전용차로 위반 적발"]) + "\n")
        sep = pick(r, [" | ", "\t", "spaces"])
        if chance(r, 0.6):
            cells(d, r, ["적발일시", "장소", "차량번호", "소유자"], sep)
            d.t("\n")
        for _ in range(r.randint(3, 6)):
            p = Person(r)
            cells(d, r, [f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}", pick(r, ROADS) + " " + str(r.randint(1, 300)) + " 앞",
                         plate(r), p.nm()], sep)
            d.t("\n")
    elif kind == 1:
        p = Person(r, foreign=chance(r, 0.3))
        d.t("자동차 대여 계약서\n\n")
        d.t("대여 차량: ").t(pick(r, ["아반떼", "K5", "카니발", "쏘렌토"])).t(" ").v(plate(r, "rent")).t("\n")
        d.t("임차인: ").v(p.nm(latin=chance(r, 0.5))).t("\n생년월일: ").v(p.dob(r)).t("\n")
        if p.foreign:
            d.t("국제운전면허/여권번호: ").v(person_passport(p, r)).t("\n")
        else:
            d.t("운전면허번호: ").v(driver_license(r)).t("\n")
        d.t("연락처: ").v(p.mobile(r)).t("\n결제 카드: ").v(card(r, mask=pick(r, [None, "*"]))).t("\n")
        d.t("제2운전자: ").v(Person(r).nm()).t(" (면허 ").v(driver_license(r)).t(")\n")
        d.t("대여 회사: ").neg(company(r)[0], "company_name").t(" 사업자등록번호 ").v(brn(r))
    elif kind == 2:
        p = Person(r)
        d.t("과태료 부과 고지서\n\n납부자: ").v(p.nm()).t(" 귀하\n주소: ").v(address(r)).t("\n")
        d.t("위반 차량: ").v(plate(r)).t(f"\n위반 일시: {kdate(r, 2025, 2025)} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}\n위반 내용: 제한속도 {r.randint(21, 40)}km/h 초과\n")
        d.t("과태료: ").neg(amount(r), "amount").t("\n납부 방법: 위택스·은행 CD/ATM(고지서 전자납부번호 이용)\n고지서번호 ").neg(f"{r.randint(2025, 2025)}-{rdigits(r, 10)}", "public_record_id")
    else:
        p = Person(r)
        d.t("교통사고 사실확인원\n\n")
        d.t("신청인: ").v(p.nm()).t(" (").v(p.rrn(mask=pick(r, ["*", "*", "●"]))).t(")\n")
        d.t("사고 일시: ").t(kdate(r, 2025, 2025)).t("\n사고 장소: ").v(address(r, form="road_full", unit="")).t(" 앞\n")
        d.t("당사자 1: ").v(p.nm()).t(" / 차량 ").v(plate(r)).t(" / 면허 ").v(driver_license(r)).t("\n")
        q = Person(r)
        d.t("당사자 2: ").v(q.nm()).t(" / 차량 ").v(plate(r)).t(" / 면허 ").v(driver_license(r)).t("\n")
        d.t("조사 담당: 교통조사계 경사 ").v(official(r).nm())
    return "차량·과태료"


def t_foreign(r, d):
    kind = r.randrange(4)
    p = Person(r, foreign=True, kname_foreigner=chance(r, 0.2))
    if kind == 0:
        d.t("다문화가족지원센터 상담 기록\n\n")
        d.t(f"상담일: {kdate(r, 2025, 2025)}  상담사: ").v(official(r).nm()).t("\n내담자: ").v(p.nm(latin=chance(r, 0.3))).t(f" ({p.nat}, 결혼이민)\n")
        d.t("외국인등록번호: ").v(p.rrn(sep=pick(r, ["-", "-", " "]))).t("\n")
        sp = Person(r)
        d.t("배우자: ").v(sp.nm()).t(" (").v(sp.rrn_any(r, 0.5)).t(")\n")
        d.t("주 호소: ").t(pick(r, ["배우자의 폭언으로 쉼터 입소를 희망함.", "자녀 ", "체류 연장 서류 준비에 어려움."]))
        if d.buf[-1] == "자녀 ":
            kid = Person(r, minor=True)
            d.v(kid.nm()).t("(").t(str(r.randint(6, 12))).t("세)의 학교 적응 문제.")
        d.t("\n연락처: ").v(p.mobile(r)).t("  통역 필요 언어: ").t(p.nat + "어")
    elif kind == 1:
        emp = Person(r)
        d.t("외국인근로자 고용변동 신고서\n\n")
        d.t("사업장명: ").neg(company(r)[0], "company_name").t("  사업자등록번호: ").v(brn(r)).t("\n대표자: ").v(emp.nm()).t("  연락처: ").v(landline(r, kind="business")).t("\n\n")
        d.t("근로자 성명(영문): ").v(p.nm(latin=True)).t("\n국적: ").t(p.nat).t("\n외국인등록번호: ").v(p.rrn()).t("\n여권번호: ").v(person_passport(p, r)).t("\n")
        d.t("변동 사유: ").t(pick(r, ["근로계약 해지", "사업장 이탈("]))
        if d.buf[-1].endswith("("):
            d.t(kdate(r, 2025, 2025)).t("부터 연락두절)")
        d.t("\n\n관할: ").neg(pick(r, ["한빛고용센터", "누리고용복지플러스센터"]), "institution_name").t(" (").neg("1350", "short_code").t(")")
    elif kind == 2:
        d.t("출입국 사실 증명 발급 대장\n")
        sep = pick(r, [" | ", "\t", "spaces"])
        if chance(r, 0.5):
            cells(d, r, ["발급번호", "성명", "등록번호", "여권번호", "신청인 연락처"], sep)
            d.t("\n")
        for _ in range(r.randint(3, 5)):
            q = Person(r, foreign=True)
            cells(d, r, [(f"{r.randint(2025, 2025)}-{rdigits(r, 6)}", "public_record_id"), q.nm(latin=chance(r, 0.5)), q.rrn(), person_passport(q, r), q.mobile(r)], sep)
            d.t("\n")
    else:
        d.t("어학연수생 기숙사 입사 신청서\n\n")
        d.t("Name: ").v(p.nm(latin=True)).t("\n성명(한글): ").v(p.nm()).t("\n")
        d.t("Alien Registration No.: ").v(p.rrn()).t("\nPassport No.: ").v(person_passport(p, r)).t("\nDate of birth: ").v(p.dob(r, pick(r, ["en", "iso"]))).t("\n")
        d.t("E-mail: ").v(p.email()).t("\nEmergency contact (home country): ").v(V(f"+{pick(r, ['84', '86', '63', '976', '998'])} {r.randint(10, 99)} {rdigits(r, 3)} {rdigits(r, 4)}", "PHONE_NUMBER", "phone_foreign_intl")).t("\n")
    return "외국인 행정"


def t_travel(r, d):
    kind = r.randrange(3)
    if kind == 0:
        title = pick(r, ["단체 여행자 명단", "해외 봉사단 출국자 명단", "수학여행(해외) 참가 학생 명단"])
        d.t(title + "\n")
        sep = pick(r, [" | ", "\t", "spaces", ","])
        if chance(r, 0.6):
            cells(d, r, ["NO", "성명", "영문명", "여권번호", "생년월일", "연락처"], sep)
            d.t("\n")
        for k in range(r.randint(3, 6)):
            p = Person(r, minor=("학생" in title) or chance(r, 0.15))
            sur, giv = passport_names(p)
            cells(d, r, [str(k + 1), p.nm(), V(f"{sur} {giv}", "PERSON", "name_latin_full"), passport_kr(r), p.dob(r, pick(r, ["iso", "dot0", "ymd8"])), p.mobile(r)], sep)
            d.t("\n")
    elif kind == 1:
        p = Person(r)
        d.t("호텔 투숙객 등록 카드\n\nGuest name: ")
        sur, giv = passport_names(p)
        d.v(V(f"{sur}, {giv}", "PERSON", "name_latin_guest")).t("\nNationality: KOR\nPassport No.: ").v(passport_kr(r)).t("\nTel: ").v(p.mobile(r, pick(r, ["intl", "intl2"]))).t("\n")
        d.t("E-mail: ").v(p.email()).t("\nPayment: ").v(card(r, mask="X" if chance(r, 0.5) else "*")).t("\nCheck-in 2025-").t(f"{r.randint(1, 12):02d}-{r.randint(1, 28):02d}")
    else:
        p = official(r)
        d.t("공무 국외출장 결과 보고서\n\n1. 출장자: ").t(pick(r, ["서기관 ", "사무관 ", "주무관 "])).v(p.nm()).t(" (여권번호 ").v(passport_kr(r, prefix=pick(r, ["G", "M"]))).t(")\n")
        d.t(f"2. 출장지: {pick(r, ['베트남 하노이', '독일 베를린', '일본 도쿄', '미국 워싱턴'])}\n3. 면담자: ")
        f = Person(r, foreign=True)
        d.v(f.nm(latin=True)).t(pick(r, [" 국장", " 교수", " 담당관"])).t(", 현지 통역 ").v(Person(r).nm()).t("\n4. 주요 내용: 전자정부 협력 방안 논의\n")
        d.t("5. 비용: 항공료 ").neg(amount(r), "amount").t(" (법인카드 ").v(card(r, mask="*")).t(" 결제)")
    return "여행·출장 명단"


def t_card(r, d):
    kind = r.randrange(3)
    p = Person(r)
    if kind == 0:
        d.t("카드 부정사용 민원 접수\n\n")
        d.t("접수번호 ").neg(receipt_no(r), "receipt_number").t("\n민원인 ").v(p.nm()).t(" (").v(p.mobile(r)).t(")\n")
        c = card(r)
        d.t("민원 내용: 본인 카드(").v(c).t(")로 ").t(kdate(r, 2025, 2025)).t(f" 새벽 해외 온라인 가맹점에서 {r.randint(2, 6)}건이 결제되었다며 이의를 제기함. ")
        d.t("카드사에 확인한 결과 같은 카드번호 ").v(c).t("로 접속 IP ").v(ipv4(r, private=False)).t("에서 결제가 시도된 것으로 확인됨.\n")
        d.t("처리: 카드 정지 및 재발급, 신규 카드 ").v(card(r, mask="*")).t(" 발송\n")
    elif kind == 1:
        d.t("법인카드 사용 내역 (").neg(company(r)[0], "company_name").t(")\n")
        sep = pick(r, [" | ", "\t", "spaces"])
        cells(d, r, ["사용일", "카드번호", "사용자", "가맹점", "금액"], sep)
        d.t("\n")
        users = [Person(r) for _ in range(r.randint(2, 3))]
        cards = [card(r, fmt=pick(r, ["dash", "space", "none"])) for _ in users]
        for _ in range(r.randint(3, 6)):
            j = r.randrange(len(users))
            cells(d, r, [f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}", cards[j], users[j].nm(), pick(r, ["한빛주유소", "누리식당", "○○문구", "택시", "KTX"]), (f"{r.randint(5, 300) * 1000:,}", "amount")], sep)
            d.t("\n")
    else:
        d.t("카드 발급 신청서(간이)\n\n")
        d.t("신청인: ").v(p.nm()).t("  생년월일: ").v(p.dob(r)).t("\n휴대폰: ").v(p.mobile(r)).t("\n직장: ").neg(company(r)[0], "company_name").t("  직장전화: ").v(landline(r, kind="business")).t("\n")
        bank, acct = bank_acct(r)
        d.t(f"결제계좌: {bank} ").v(acct).t("\n결제일: ").t(str(pick(r, [1, 5, 10, 14, 15, 21, 25]))).t("일\n")
        d.t("기존 보유 카드: ").v(card(r, mask=pick(r, ["*", "X"]))).t("\n가족카드 신청: ").v(Person(r).nm()).t(" (").v(Person(r).rrn()).t(")")
    return "카드·결제"


def t_dl(r, d):
    kind = r.randrange(2)
    if kind == 0:
        d.t(pick(r, ["운전면허 정지 처분 대상자 명단", "운전면허 취소 결정 통지 대상", "적성검사 미필자 명단"]) + "\n")
        sep = pick(r, [" | ", "\t", "spaces"])
        if chance(r, 0.6):
            cells(d, r, ["성명", "면허번호", "생년월일", "처분 사유"], sep)
            d.t("\n")
        for _ in range(r.randint(3, 6)):
            p = Person(r)
            cells(d, r, [p.nm(), driver_license(r), p.dob(r, pick(r, ["yymmdd", "iso", "dot0", "slash", "dot_sp"])), pick(r, ["벌점 누산 초과", "음주운전", "적성검사 미필", "무보험 운전"])], sep)
            d.t("\n")
    else:
        p = Person(r)
        d.t("운전면허증 재발급 신청서\n\n성명: ").v(p.nm()).t("\n주민등록번호: ").v(p.rrn_any(r, 0.2)).t("\n면허번호: ").v(driver_license(r)).t("\n")
        d.t("재발급 사유: ").t(pick(r, ["분실", "훼손", "주소 변경", "영문 병기"])).t("\n주소: ").v(address(r)).t("\n연락처: ").v(p.mobile(r)).t("\n")
        d.t("수수료: ").neg("8,000원", "amount").t(" (").t(pick(r, ["현금", "카드"])).t(")\n").neg(pick(r, ["한빛운전면허시험장장", "누리경찰서장"]), "official_by_office")
    return "운전면허 행정"


def t_nopii(r, d):
    kind = r.randrange(8)
    ins = inst(r)
    if kind == 0:
        d.t(f"{ins[0]} 공고 ").neg(f"제{r.randint(2024, 2025)}-{r.randint(100, 1999)}호", "document_number").t("\n\n")
        d.t(pick(r, ["2025년 공공근로사업 참여자 모집 공고", "공유재산 대부 입찰 공고", "도로 점용 허가 신청 안내"])).t("\n\n")
        d.t("1. 근거: ").neg(statute(r), "statute").t("\n2. 접수 기간: ").t(kdate(r, 2025, 2025)).t("부터 14일간\n3. 접수처: ").neg(ins[2], "institution_address").t(" 민원실\n")
        d.t("4. 문의: 대표전화 ").neg(ins[3], "switchboard").t(" 또는 정부민원안내콜센터 ").neg("110", "short_code").t("\n\n").t(kdate(r, 2025, 2025)).t("\n").neg(ins[1], "official_by_office")
    elif kind == 1:
        d.t("세무 질의 회신\n\n문서번호: ").neg(pick(r, ["서면-2021-법인-", "재산세과-", "부가46015-"]) + str(r.randint(100, 9999)), "document_number").t("\n\n")
        d.t("[질의] ").neg("갑", "anonymised_party").t("은 ").neg("A법인", "anonymised_party").t("의 대표이사로서 ").neg("을", "anonymised_party").t("에게 주식을 양도하였는바, 양도소득세 과세 여부\n")
        d.t("[회신] 귀 질의의 경우 ").neg(statute(r, "tax"), "statute").t("에 따라 과세되는 것이며, 기존 해석사례(").neg(docno(r), "document_number").t(")를 참고하시기 바랍니다.")
    elif kind == 2:
        d.t("[판결 요지] ").neg(f"{r.randint(2019, 2024)}두{r.randint(10000, 99999)}", "case_number").t("\n\n원고 ").neg(pick(r, ["A", "갑", "김○○"]), "anonymised_party").t("가 피고 ").neg(pick(r, ["○○세무서장", "○○구청장"]), "official_by_office")
        d.t("를 상대로 처분 취소를 구한 사안에서, 대법원은 ").neg(statute(r), "statute").t("의 해석상 원심 판단이 정당하다고 보아 상고를 기각하였다. 관련 사건 ").neg(f"조심 {r.randint(2020, 2024)}서{r.randint(1000, 9999)}", "case_number").t(" 참조.")
    elif kind == 3:
        d.t("개인정보 수집·이용 동의서 (작성 예시)\n\n성명: ").neg("홍길동", "form_example").t("\n주민등록번호: ").neg("000000-0000000", "masked_placeholder").t("\n연락처: ").neg("010-0000-0000", "masked_placeholder")
        d.t("\n주소: ○○시 ○○구 ○○로 00\n\n수집 항목: 성명, 생년월일, 연락처\n보유 기간: 3년\n근거: ").neg(statute(r), "statute")
    elif kind == 4:
        d.t("시스템 점검 안내\n\n").t(kdate(r, 2025, 2025)).t(" 02:00~06:00 민원 포털 서버 점검이 진행됩니다. 점검 후 클라이언트 버전은 ").neg(f"{r.randint(2, 12)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(1000, 9999)}", "version_number")
        d.t("으로 갱신됩니다. 장애 문의는 ").neg(switchboard(r), "switchboard").t("(유지보수 업체 ").neg(company(r)[0], "company_name").t(")로 연락 바랍니다.")
    elif kind == 5:
        d.t("민원 처리 현황 (").t(kdate(r, 2025, 2025)).t(" 기준)\n")
        sep = pick(r, [" | ", "\t", "spaces"])
        cells(d, r, ["접수번호", "민원인", "처리부서", "상태"], sep)
        d.t("\n")
        for _ in range(r.randint(3, 5)):
            cells(d, r, [(receipt_no(r), "receipt_number"), (pick(r, ["김○○", "박**", "이○○", "정 모 씨", "최**"]), "masked_placeholder"), pick(r, DEPTS), pick(r, ["처리중", "완료", "이송"])], sep)
            d.t("\n")
    elif kind == 6:
        d.t("보도참고자료\n\n").neg(ins[1], "official_by_office").t("은 ").t(kdate(r, 2025, 2025)).t(" 관계부처 합동으로 ").t(pick(r, ["개인정보 보호 종합계획", "민원 행정 혁신 방안", "외국인 주민 통합 지원 계획"])).t("을 발표하였다. ")
        d.t(f"이번 계획은 {r.randint(3, 7)}대 분야 {r.randint(20, 60)}개 과제로 구성되며, 총 ").neg(f"{r.randint(100, 900)}억 원", "amount").t("이 투입된다. 세부 내용은 ").neg(ins[0], "institution_name").t(" 누리집에서 확인할 수 있다.\n문의: ").neg(ins[3], "switchboard")
    else:
        d.t("관리번호 ").neg(f"0{r.randint(31, 64)}-{r.randint(2019, 2025)}-{r.randint(1000, 9999)}", "public_record_id").t(" 건축물대장 열람 안내\n\n")
        d.t("대지위치: ").neg(inst_address(r), "institution_address").t(" (").neg(pick(r, ["한빛시 공영주차장", "누리구 복합문화센터", "새솔군 보건지소"]), "institution_name").t(")\n")
        d.t("고유번호 ").neg(f"{r.randint(11000, 48999)}-{r.randint(100, 999)}-{rdigits(r, 5)}", "public_record_id").t("\n우 ").neg(postal(r), "postal_code").t("\n열람 수수료 ").neg("300원", "amount")
    return pick(r, ["공문", "민원 회신", "판결문·결정문", "보도자료", "신청서·증명서"]) if kind in (0, 1, 2, 3, 6) else ("표" if kind == 5 else ("시스템 로그" if kind == 4 else "공문"))


# ---------------------------------------------------------------------------
# validation
# ---------------------------------------------------------------------------
SCAN = [
    ("mobile", re.compile(r"(?<!\d)01[016789][-. ]?\d{3,4}[-. ]?\d{4}(?!\d)")),
    ("landline", re.compile(r"(?<![\d-])0\d{1,2}[-.)] ?\d{3,4}[-.]\d{4}(?!\d)")),
    ("switch", re.compile(r"(?<!\d)1[5-9]\d{2}-\d{4}(?!\d)")),
    ("email", re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")),
    ("rrn_shape", re.compile(r"(?<!\d)\d{6} ?- ?[\d*●X○x]{7}(?!\d)")),
    ("digits13", re.compile(r"(?<!\d)\d{13}(?!\d)")),
    ("card", re.compile(r"(?<!\d)\d{4}[- ]\d{4}[- ]\d{4}[- ]\d{4}(?!\d)|(?<!\d)\d{15,16}(?!\d)")),
    ("ipv4", re.compile(r"(?<![\d.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d.])")),
    ("brn", re.compile(r"(?<!\d)\d{3}-\d{2}-\d{5}(?!\d)")),
    ("passport", re.compile(r"(?<![A-Z0-9])[MSRGD](\d{8}|\d{3}[A-Z]\d{4})(?![A-Z0-9])")),
    ("plate", re.compile(r"(?<!\d)\d{2,3}[" + "".join(PLATE_PRIV + PLATE_COMM + PLATE_RENT + ["배"]) + r"] ?\d{4}(?!\d)")),
    ("dl", re.compile(r"(?<!\d)\d{2}-\d{2}-\d{6}-\d{2}(?!\d)")),
]

ALLOWED_TYPES = ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "KR_ADDRESS", "DATE_OF_BIRTH", "KR_BANK_ACCOUNT", "KR_RRN",
                 "IP_ADDRESS", "KR_PASSPORT", "KR_BRN", "KR_DRIVER_LICENSE", "KR_FRN", "KR_VEHICLE_PLATE",
                 "KR_HEALTH_INSURANCE", "CREDIT_CARD", "KR_CRN"]
HG_MAP = {"공": "0", "영": "0", "일": "1", "이": "2", "삼": "3", "사": "4", "오": "5", "육": "6", "칠": "7", "팔": "8", "구": "9"}


def norm_value(s):
    s = unicodedata.normalize("NFKC", s)
    for h in HYPHENS + ["‐"]:
        s = s.replace(h, "-")
    return re.sub(r"\s+", "", s)


def matches_clean(noisy, clean):
    a, b = norm_value(noisy), norm_value(clean)
    if len(a) != len(b):
        return False
    for x, y in zip(a, b):
        if x == y:
            continue
        if y.isdigit() and CONF_BACK.get(x) == y:
            continue
        return False
    return True


def valid_date(y, m, d):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


def check_value(sp, text):
    typ, kind, clean = sp["type"], sp["kind"], sp["clean"]
    surf = text[sp["start"]:sp["end"]]
    if "spoken_hangul_digits" in sp["noise"]:
        digs = "".join(HG_MAP[c] for c in surf if c in HG_MAP and c not in "에의다시")
        # the joiners 에/의/다시 contain 의/시 which are not digit words; 이 is digit 2 — joiners never use 이
        assert digs == clean, (surf, clean, digs)
        clean_digits = clean
    else:
        assert matches_clean(surf, clean), (surf, clean)
        clean_digits = re.sub(r"\D", "", norm_value(clean))
    if typ in ("KR_RRN", "KR_FRN"):
        full = sp["digits"]
        y2, m, dd, g = int(full[:2]), int(full[2:4]), int(full[4:6]), int(full[6])
        cent = {1: 1900, 2: 1900, 3: 2000, 4: 2000, 5: 1900, 6: 1900, 7: 2000, 8: 2000}[g]
        assert valid_date(cent + y2, m, dd), full
        if typ == "KR_RRN":
            assert g in (1, 2, 3, 4)
        else:
            assert g in (5, 6, 7, 8)
        if kind.endswith("_masked"):
            ns = norm_value(surf)
            assert len(ns) == 14 and ns[:8] == full[:6] + "-" + full[6] and len(set(ns[8:])) == 1 and not ns[8].isdigit(), surf
        elif typ == "KR_RRN" and kind.startswith("rrn_valid"):
            assert rrn_check(full[:12]) == int(full[12]) and clean_digits == full
        elif typ == "KR_RRN" and kind.startswith("rrn_post2020"):
            assert rrn_check(full[:12]) != int(full[12]) and datetime.date(cent + y2, m, dd) >= datetime.date(2020, 10, 1)
        elif typ == "KR_FRN":
            assert rrn_check(full[:12], legacy_frn=True) == int(full[12]) and clean_digits == full
    elif typ == "KR_BRN":
        assert len(clean_digits) == 10 and brn_check(clean_digits[:9]) == int(clean_digits[9])
    elif typ == "KR_CRN":
        assert len(clean_digits) == 13 and crn_check(clean_digits[:12]) == int(clean_digits[12])
    elif typ == "CREDIT_CARD":
        full = sp["digits"]
        assert luhn_ok(full) and len(full) in (15, 16)
        if kind == "card_masked":
            ns = norm_value(clean)
            vis = re.sub(r"[-\s]", "", ns)
            assert len(vis) == len(full) and all(a == b or a in "*●X" for a, b in zip(vis, full)), (ns, full)
        else:
            assert clean_digits == full
    elif typ == "KR_PASSPORT":
        c = norm_value(clean)
        if kind.startswith("passport_kr_new"):
            assert re.fullmatch(r"[MSRGD]\d{3}[A-Z]\d{4}", c), c
        elif kind.startswith("passport_kr_old"):
            assert re.fullmatch(r"[MSRGD]\d{8}", c), c
        else:
            assert re.fullmatch(r"[A-Z0-9]{8,9}", c), c
    elif typ == "KR_DRIVER_LICENSE":
        c = norm_value(clean)
        regions = [x for _, x in DL_REGIONS]
        codes = [x for x, _ in DL_REGIONS]
        if kind in ("dl_name", "dl_name_nospace"):
            m = re.fullmatch(r"([가-힣]+)(\d{2})-(\d{6})-(\d{2})", c)
            assert m and m.group(1) in regions, c
        else:
            assert len(clean_digits) == 12 and clean_digits[:2] in codes, c
    elif typ == "KR_VEHICLE_PLATE":
        c = norm_value(clean)
        assert re.fullmatch(r"([가-힣]{2})?\d{2,3}[가-힣]\d{4}", c), c
    elif typ == "KR_HEALTH_INSURANCE":
        assert len(clean_digits) == 11, clean
    elif typ == "KR_BANK_ACCOUNT":
        c = norm_value(clean)
        groups = sp["groups"]
        assert 10 <= sum(groups) <= 14
        if kind == "acct_masked":
            assert "*" in c and sum(ch.isdigit() for ch in c) >= 6
        else:
            assert clean_digits == sp["digits"] and len(clean_digits) == sum(groups)
    elif typ == "PHONE_NUMBER":
        if kind.startswith("mobile"):
            assert re.fullmatch(r"01[016789]\d{7,8}", sp["digits"]) and (clean_digits == sp["digits"] or clean_digits == "82" + sp["digits"][1:])
        elif kind == "phone_foreign_intl":
            assert re.fullmatch(r"\+\d{2,3} \d{2} \d{3} \d{4}", clean), clean
        else:
            assert re.fullmatch(r"0\d{8,10}", clean_digits), clean
    elif typ == "EMAIL_ADDRESS":
        assert re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", clean), clean
    elif typ == "IP_ADDRESS":
        ip = ipaddress.ip_address(clean)
        if kind == "ipv4_private":
            assert ip.is_private
        elif kind == "ipv4_public":
            assert ip.version == 4 and not ip.is_private
    elif typ == "DATE_OF_BIRTH":
        dt = datetime.date.fromisoformat(sp["date"])
        assert 1900 < dt.year <= 2025
        c = unicodedata.normalize("NFKC", clean)
        nums = [int(x) for x in re.findall(r"\d+", c)]
        if len(nums) == 1:
            x = str(nums[0]).zfill(6) if kind == "dob_yymmdd" else str(nums[0])
            nums = [int(x[:-4]), int(x[-4:-2]), int(x[-2:])]
        if kind in ("dob_en", "dob_passport_kr"):
            assert nums[-1] == dt.year and nums[0] == dt.day
        else:
            assert nums[0] % 100 == dt.year % 100 and nums[1] == dt.month and nums[2] == dt.day, (c, dt)
    elif typ == "KR_ADDRESS":
        assert re.search(r"\d", clean) and (clean.split()[0] in [s for s, _, _ in SIDO] + [s for _, s, _ in SIDO]
                                            or re.match(r"[가-힣]+[시군구]$", clean.split()[0])), clean
    elif typ == "PERSON":
        assert not re.search(r"(씨|님|귀하|주무관|사무관|과장|위원)$", clean), clean
        assert "홍길동" not in clean


def validate_record(rec, meta):
    text = rec["text"]
    spans = rec["spans"]
    prev_end = 0
    for sp, m in zip(spans, meta["spans"]):
        assert 0 <= sp["start"] < sp["end"] <= len(text), sp
        assert sp["start"] >= prev_end, ("overlap/unsorted", sp)
        prev_end = sp["end"]
        s = text[sp["start"]:sp["end"]]
        assert s == s.strip() and s, ("edge whitespace", repr(s))
        assert sp["type"] in ALLOWED_TYPES
        assert (m["start"], m["end"], m["type"]) == (sp["start"], sp["end"], sp["type"])
        check_value(m, text)
    # every occurrence of a labelled string is inside a span
    covered = [(sp["start"], sp["end"]) for sp in spans]
    for sp in spans:
        s = text[sp["start"]:sp["end"]]
        for mo in re.finditer(re.escape(s), text):
            a, b = mo.start(), mo.end()
            if not any(x <= a and b <= y for x, y in covered):
                # a substring of a longer word (e.g. a name inside another name) counts only if bounded by non-letters
                raise Reject(f"unlabelled occurrence of {s!r} at {a}")
    # hard negatives don't overlap spans
    for ng in meta["hard_negatives"]:
        assert text[ng["start"]:ng["end"]] == ng["text"]
        for x, y in covered:
            assert ng["end"] <= x or ng["start"] >= y, ("negative overlaps span", ng)
    # nothing PII-looking outside spans and declared hard negatives
    masked = list(text)
    for x, y in covered + [(ng["start"], ng["end"]) for ng in meta["hard_negatives"]]:
        for k in range(x, y):
            masked[k] = "▒"
    mt = unicodedata.normalize("NFKC", "".join(masked))
    for nm, rx in SCAN:
        for mo in rx.finditer(mt):
            if nm == "ipv4" and not all(0 <= int(p) <= 255 for p in mo.group().split(".")):
                continue
            raise Reject(f"unlabelled {nm}: {mo.group()!r}")
    if meta["no_pii"]:
        assert not spans
    else:
        assert spans, "record planned with PII has no spans"


# ---------------------------------------------------------------------------
# plan and build
# ---------------------------------------------------------------------------
def build(tpl_name, fn, i):
    for k in range(40):
        r = rng_for(tpl_name, i, k)
        USED_NAMES.clear()
        d = Doc()
        genre = fn(r, d)
        text = d.text()
        spans = [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in d.spans]
        meta = {"template": tpl_name, "genre": genre, "base_genre": d.base_genre, "retry": k,
                "no_pii": not d.spans,
                "spans": [{kk: s[kk] for kk in ("start", "end", "type", "kind", "noise", "clean") + tuple(x for x in ("digits", "date", "groups") if x in s)} for s in d.spans],
                "hard_negatives": d.negs}
        rec = {"id": None, "text": text, "spans": spans, "genre": genre}
        try:
            validate_record(rec, meta)
        except Reject:
            continue
        return rec, meta
    raise RuntimeError(f"could not build {tpl_name} {i}")


def main():
    records, metas = [], []
    for tpl_name, fn, count in PLAN:
        for i in range(count):
            rec, meta = build(tpl_name, fn, i)
            records.append(rec)
            metas.append(meta)
    for n, (rec, meta) in enumerate(zip(records, metas), 1):
        rec["id"] = f"pii_p-{n:04d}"
        meta["id"] = rec["id"]
    p1 = os.path.join(HERE, "pii_p.jsonl")
    p2 = os.path.join(HERE, "pii_p.meta.jsonl")
    with open(p1, "w", encoding="utf-8", newline="\n") as f:
        for rec in records:
            f.write(json.dumps({"id": rec["id"], "text": rec["text"], "spans": rec["spans"], "genre": rec["genre"]}, ensure_ascii=False) + "\n")
    with open(p2, "w", encoding="utf-8", newline="\n") as f:
        for meta in metas:
            m = {"id": meta["id"]}
            m.update({k: v for k, v in meta.items() if k != "id"})
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    # re-read and re-validate
    recs = [json.loads(x) for x in open(p1, encoding="utf-8")]
    mets = [json.loads(x) for x in open(p2, encoding="utf-8")]
    assert len(recs) == len(mets)
    ids = set()
    for rec, meta in zip(recs, mets):
        assert rec["id"] == meta["id"] and rec["id"] not in ids
        ids.add(rec["id"])
        assert set(rec) == {"id", "text", "spans", "genre"}
        for sp in rec["spans"]:
            assert set(sp) == {"start", "end", "type"}
        validate_record(rec, meta)
    stats(recs, mets)


def stats(recs, mets):
    from collections import Counter
    tc = Counter(sp["type"] for r in recs for sp in r["spans"])
    gc = Counter(r["genre"] for r in recs)
    print("records", len(recs), "spans", sum(tc.values()), "no-PII", sum(1 for m in mets if m["no_pii"]))
    for t in ALLOWED_TYPES:
        print(f"  {t:22s} {tc[t]}")
    for g, c in sorted(gc.items(), key=lambda x: -x[1]):
        print(f"  {g} {c}")
    print("hard negatives", sum(len(m["hard_negatives"]) for m in mets), "noisy spans", sum(1 for m in mets for s in m["spans"] if s["noise"]))


PLAN = [
    ("gongmun", t_gongmun, 24), ("minwon", t_minwon, 24), ("press", t_press, 18), ("news", t_news, 24),
    ("council", t_council, 18), ("minutes", t_minutes, 12), ("incident", t_incident, 18), ("court", t_court, 22),
    ("police", t_police, 24), ("school", t_school, 18), ("military", t_military, 18), ("health", t_health, 24),
    ("welfare", t_welfare, 18), ("tax", t_tax, 18), ("forms", t_forms, 24), ("roster", t_roster, 24),
    ("csv", t_csv, 16), ("log", t_log, 16), ("email", t_email, 18), ("call", t_call, 26),
    ("ocr_id", t_ocr_id, 28), ("ocr_form", t_ocr_form, 18), ("handwritten", t_handwritten, 16), ("hanja", t_hanja, 14),
    ("contract", t_contract, 14), ("vehicle", t_vehicle, 14), ("foreign", t_foreign, 24), ("travel", t_travel, 14),
    ("card", t_card, 16), ("dl", t_dl, 10), ("nopii", t_nopii, 40),
]

if __name__ == "__main__":
    main()
