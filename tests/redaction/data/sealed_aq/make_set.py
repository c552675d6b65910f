#!/usr/bin/env python3
"""pii_aq: independent synthetic evaluation set for a Korean PII detector.

Standard library only.  Every random choice for record i of template t comes
from random.Random("pii_aq-2026|<t>|<i>") (suffix "|r<k>" on a retry).
Usage:  python3 make_set.py            (writes files, validates, self-checks)
        python3 make_set.py --out DIR --no-selfcheck
"""
import collections
import hashlib
import json
import os
import random
import re
import subprocess
import sys
import unicodedata

PREFIX = "pii_aq-2026"
TYPES = ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "KR_ADDRESS", "DATE_OF_BIRTH",
         "KR_BANK_ACCOUNT", "KR_RRN", "IP_ADDRESS", "KR_PASSPORT", "KR_BRN",
         "KR_DRIVER_LICENSE", "KR_FRN", "KR_VEHICLE_PLATE", "KR_HEALTH_INSURANCE",
         "CREDIT_CARD", "KR_CRN"]
NUMERIC = {"PHONE_NUMBER", "DATE_OF_BIRTH", "KR_BANK_ACCOUNT", "KR_RRN", "IP_ADDRESS",
           "KR_PASSPORT", "KR_BRN", "KR_DRIVER_LICENSE", "KR_FRN", "KR_VEHICLE_PLATE",
           "KR_HEALTH_INSURANCE", "CREDIT_CARD", "KR_CRN"}
TODAY = (2026, 12, 6)


class DraftError(Exception):
    pass


def fail(msg):
    raise DraftError(msg)


# ---------------------------------------------------------------- values --
class V:
    """A gold value: inserted into the text as a labelled span."""
    __slots__ = ("type", "value", "sub", "fmt", "clean", "noise", "info")

    def __init__(self, type_, value, sub, fmt="", info=None):
        assert type_ in TYPES, type_
        self.type, self.value, self.sub, self.fmt = type_, value, sub, fmt
        self.clean, self.noise, self.info = value, [], info or {}

    def __str__(self):
        return self.clean

    def __format__(self, spec):
        raise TypeError("V must be added as an item, not formatted into a string")

    def copy(self):
        v = V(self.type, self.value, self.sub, self.fmt, self.info)
        v.clean, v.noise = self.clean, list(self.noise)
        return v


class H:
    """A tagged hard negative: inserted as unlabelled text."""
    __slots__ = ("text", "cat")

    def __init__(self, text, cat):
        self.text, self.cat = text, cat

    def __str__(self):
        return self.text


def jong(ch):
    o = ord(ch)
    if 0xAC00 <= o <= 0xD7A3:
        return (o - 0xAC00) % 28
    if ch.isdigit():   # read as Sino-Korean numerals: 영 일 이 삼 사 오 육 칠 팔 구
        return {"0": 21, "1": 8, "3": 16, "6": 1, "7": 8, "8": 8}.get(unicodedata.normalize("NFKC", ch), 0)
    return 0


def josa(word, pair):
    """pair like '은는', '이가', '을를', '과와', '으로'; word may be V/H/str."""
    w = str(word).strip()
    last = w[-1] if w else "가"
    j = jong(last)
    if re.search(r"\.(com|net|kr)$", w):   # 닷컴 / 닷넷 / 케이알
        j = {"com": 16, "net": 19, "kr": 8}[w.rsplit(".", 1)[1]]
    if pair == "으로":
        return "로" if j == 0 or j == 8 else "으로"
    if pair not in ("은는", "이가", "을를", "과와", "으로", "이", "아야", "이나"):
        return pair
    if pair == "이":   # copula / vocative-ish 이(다)
        return "" if j == 0 else "이"
    return pair[0] if j else pair[1]


# ----------------------------------------------------------- name pools --
SUR1 = ("김 김 김 김 이 이 이 이 박 박 박 최 최 정 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 전 홍 "
        "유 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 주 우 구 민 류 나 진 지 엄 채 원 천 방 공 현 "
        "함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 라 왕 금 옥 육 인 맹 제 탁 국 어 은 "
        "편 용 예 경 봉 사 부 태 목 형 피 두 감 빈 호 범 좌 팽 승 간 갈 견 당 창 옹 순").split()
SUR2 = "남궁 황보 선우 제갈 독고 사공 서문 동방".split()
G1 = ("민 서 지 현 수 준 도 하 예 유 시 은 채 윤 승 주 건 태 정 우 다 소 나 가 재 진 영 혜 성 동 "
      "상 경 인 세 연 보 희 아 한 규 형 석 찬 원 용 선 미 해 효 슬 별 솔 람 결 담 린 율 온 단 겸 호 "
      "빈 환 훈 철 숙 자 순 옥 덕 복 말 분 향 란 필 봉 길 만 창 종 기 병 일 광 남 명 학 택 근 춘 국 "
      "륜 훤 섭 곤 탁 렬 웅 옹 삼 갑 두 칠 팔 봉").split()
G2 = ("준 우 민 서 윤 현 진 호 영 수 연 아 은 원 희 빈 훈 혁 성 경 주 석 린 율 하 람 솔 결 담 온 별 "
      "찬 재 욱 철 숙 자 순 옥 덕 남 미 정 란 향 분 례 심 식 규 열 표 균 섭 택 근 권 범 혜 슬 채 나 "
      "지 름 늘 뫼 롬 샘 울 잎 겸 륜 훤 곤 탁 렬 웅 쇠 돌 녀").split()
WORDNAMES = ("하늘 바다 나라 보람 슬기 한결 다운 이슬 가람 새봄 누리 한별 소망 기쁨 사랑 믿음 한솔 초롱 "
             "아름 구름 노을 단비 나래 여름 빛나 다솜 예솔 마루 온유 가온 라온 하람 새롬 도담 다정 한빛 "
             "샛별 보미 아라 시내 푸름 겨울 마음 고운 미소 별이 해솔 나비").split()
G_SINGLE = "민 준 훈 혁 결 솔 별 진 현 윤 란 영 철 웅 찬 건 율 담 린 한 혜 겸 탁 곤 욱 섭 균 환 숙 림".split()
FOREIGN = {   # nationality: ([(latin, hangul) given], [(latin, hangul) family], family_first, passport kind)
    "베트남": ([("Thi Lan", "티 란"), ("Van Duc", "반 득"), ("Thi Hoa", "티 호아"), ("Minh Tuan", "민 뚜언"),
              ("Thi Thu", "티 투"), ("Quoc Bao", "꾸옥 바오"), ("Thanh Huong", "타인 흐엉")],
             [("Nguyen", "응우옌"), ("Tran", "쩐"), ("Le", "레"), ("Pham", "팜"), ("Hoang", "호앙"), ("Vu", "부")],
             True, "vn"),
    "중국": ([("Wei", "웨이"), ("Fang", "팡"), ("Jun", "쥔"), ("Xiaoling", "샤오링"), ("Hao", "하오"), ("Mei", "메이")],
            [("Zhang", "장"), ("Wang", "왕"), ("Liu", "류"), ("Chen", "천"), ("Zhao", "자오"), ("Sun", "쑨")],
            True, "cn"),
    "필리핀": ([("Maria", "마리아"), ("Jose", "호세"), ("Angelica", "안젤리카"), ("Mark", "마크"), ("Rosalie", "로잘리")],
             [("Santos", "산토스"), ("Reyes", "레예스"), ("Cruz", "크루즈"), ("Bautista", "바우티스타"), ("Garcia", "가르시아")],
             False, "ph"),
    "몽골": ([("Batbayar", "바트바야르"), ("Oyunchimeg", "오윤치메그"), ("Tuvshin", "투브신"), ("Enkhjargal", "엥흐자르갈")],
            [("Dorj", "도르지"), ("Ganbold", "간볼드"), ("Bat-Erdene", "바트에르덴"), ("Sukhbaatar", "수흐바타르")],
            False, "mn"),
    "우즈베키스탄": ([("Rustam", "루스탐"), ("Dilnoza", "딜노자"), ("Sherzod", "셰르조드"), ("Gulnora", "굴노라")],
               [("Karimov", "카리모프"), ("Yusupova", "유수포바"), ("Rakhimov", "라히모프"), ("Tashkentova", "타슈켄토바")],
               False, "uz"),
    "미국": ([("John", "존"), ("Emily", "에밀리"), ("Michael", "마이클"), ("Sarah", "세라"), ("David", "데이비드"), ("Grace", "그레이스")],
            [("Miller", "밀러"), ("Walker", "워커"), ("Clark", "클라크"), ("Turner", "터너"), ("Brooks", "브룩스")],
            False, "us"),
    "러시아": ([("Olga", "올가"), ("Dmitry", "드미트리"), ("Anna", "안나"), ("Sergei", "세르게이")],
             [("Ivanova", "이바노바"), ("Sokolov", "소콜로프"), ("Petrova", "페트로바"), ("Volkov", "볼코프")],
             False, "ru"),
    "태국": ([("Somchai", "솜차이"), ("Nattaya", "낫타야"), ("Kittisak", "낏띠삭")],
            [("Kaewsai", "깨우사이"), ("Srisuk", "시숙"), ("Boonmee", "분미")], False, "th"),
    "네팔": ([("Ram Bahadur", "람 바하두르"), ("Sita", "시타"), ("Bikash", "비카스")],
            [("Thapa", "타파"), ("Gurung", "구룽"), ("Rai", "라이")], False, "np"),
    "일본": ([("Yuki", "유키"), ("Haruto", "하루토"), ("Aiko", "아이코")],
            [("Tanaka", "다나카"), ("Sato", "사토"), ("Mori", "모리")], True, "jp"),
}
ROMAN_SUR = ("kim lee park choi jung kang cho yoon jang lim han oh seo shin kwon hwang ahn song jeon hong "
             "yu ko moon yang son bae baek heo nam sim noh ha kwak sung cha joo woo koo min ryu").split()
ROMAN_SYL = ("min seo ji hyun su jun do ha ye yu si eun chae yoon seung ju gun tae jung woo da so na ga "
             "jae jin young hye sung dong sang kyung in se yeon bo hee a han kyu hyung suk chan won yong "
             "sun mi hae hyo seul byul sol ram gyeol dam rin yul on").split()
MAIL_DOM = ["naver.com", "naver.com", "daum.net", "hanmail.net", "gmail.com", "gmail.com", "kakao.com",
            "nate.com", "hotmail.com", "outlook.com", "icloud.com"]
WORD_LOCAL = "skyblue sunny happyday blue_ocean moonlight greentea starlit maple dream hope river".split()

# --------------------------------------------------------- address pools --
SIDO = [("서울특별시", "서울", ["종로구", "중구", "용산구", "성동구", "광진구", "동대문구", "중랑구", "성북구", "강북구",
                            "도봉구", "노원구", "은평구", "서대문구", "마포구", "양천구", "강서구", "구로구", "금천구",
                            "영등포구", "동작구", "관악구", "서초구", "강남구", "송파구", "강동구"]),
        ("부산광역시", "부산", ["해운대구", "부산진구", "동래구", "사하구", "기장군", "수영구", "금정구", "연제구"]),
        ("대구광역시", "대구", ["수성구", "달서구", "북구", "동구", "달성군"]),
        ("인천광역시", "인천", ["연수구", "남동구", "부평구", "계양구", "미추홀구", "서구", "강화군"]),
        ("광주광역시", "광주", ["광산구", "북구", "서구", "남구"]),
        ("대전광역시", "대전", ["유성구", "서구", "중구", "대덕구"]),
        ("울산광역시", "울산", ["남구", "중구", "울주군", "북구"]),
        ("세종특별자치시", "세종", [""]),
        ("경기도", "경기", ["수원시 팔달구", "수원시 영통구", "성남시 분당구", "고양시 일산동구", "용인시 수지구", "부천시",
                         "안산시 단원구", "화성시", "남양주시", "파주시", "김포시", "의정부시", "평택시", "양평군", "가평군",
                         "시흥시", "광명시", "하남시", "이천시", "안성시"]),
        ("강원특별자치도", "강원", ["춘천시", "원주시", "강릉시", "홍천군", "정선군", "속초시"]),
        ("충청북도", "충북", ["청주시 흥덕구", "청주시 상당구", "충주시", "제천시", "옥천군", "음성군"]),
        ("충청남도", "충남", ["천안시 서북구", "아산시", "공주시", "서산시", "논산시", "홍성군", "금산군"]),
        ("전북특별자치도", "전북", ["전주시 완산구", "전주시 덕진구", "익산시", "군산시", "남원시", "정읍시"]),
        ("전라남도", "전남", ["목포시", "여수시", "순천시", "나주시", "해남군", "강진군", "무안군"]),
        ("경상북도", "경북", ["포항시 북구", "경주시", "구미시", "안동시", "문경시", "영주시", "칠곡군"]),
        ("경상남도", "경남", ["창원시 성산구", "창원시 마산합포구", "진주시", "김해시", "양산시", "거제시", "고성군"]),
        ("제주특별자치도", "제주", ["제주시", "서귀포시"])]
ROAD_STEM = ("새말 버들 느티 솔내 한내 가람 마루 달빛 은행나무 청룡 봉황 중앙 시민 문화 평화 희망 상록 푸른 "
             "동산 구름재 매봉 학교 장터 물레 옥천 벌말 소라 갈매 도화 송정 하늘채 배나무 돌다리 샘골 안골 "
             "윗말 큰골 작은내 금빛 모래내 참나무 살구 오동 대추 연꽃 풍년 두레 한울 누리 갯벌 등대").split()
DONG = ("성산 망원 화곡 상계 인계 정자 도곡 신정 봉천 대치 잠실 목 등촌 연희 창천 효창 행당 자양 면목 "
        "월곡 수유 방학 불광 공덕 신길 상도 신림 반포 개포 석촌 길 우만 매탄 서현 백석 죽전 중동 고잔 "
        "봉담 별내 운정 장기 금오 비전 송도 구월 산곡 작전 학익 좌 우 중 반송 내당 범어 상인 송현 두암 "
        "봉선 둔산 노은 갈마 삼산 달 무거 연동 노형 이도 용담").split()
EUPMYEON = [("양서면", "도곡리"), ("청평면", "대성리"), ("조치원읍", "신안리"), ("봉담읍", "수기리"),
            ("옥산면", "가락리"), ("도계읍", "흥전리"), ("금왕읍", "무극리"), ("해남읍", "구교리"),
            ("대산읍", "독곶리"), ("장유면", "부곡리"), ("애월읍", "하귀리"), ("남면", "신흥리")]
APT = ("한빛 푸른솔 늘푸른 행복 사랑채 은하수 새솔 청솔 목련 진달래 샛별 한마음 우성 삼정 동아 주공 "
       "현대 미소지움 금호 벽산 한양 대림 라온 다온 가온 누리 해오름 달맞이 풍림").split()
APT_SUF = ["아파트", "마을", "빌라", "타운", "맨션", "하이츠", "빌"]

# institution and hard-negative pools
MINISTRIES = [("행정안전부", "mois"), ("보건복지부", "mohw"), ("국토교통부", "molit"), ("고용노동부", "moel"),
              ("교육부", "moe"), ("환경부", "me"), ("법무부", "moj"), ("문화체육관광부", "mcst"),
              ("농림축산식품부", "mafra"), ("여성가족부", "mogef"), ("중소벤처기업부", "mss"), ("국가보훈부", "mpva")]
DEPTS = ["민원봉사과", "총무과", "기획예산과", "복지정책과", "자치행정과", "교통행정과", "세무과", "건축과", "환경위생과",
         "일자리경제과", "감사담당관", "정보통신과", "인사과", "여권민원팀", "차량등록사업소", "보건행정과", "안전총괄과",
         "주민복지과", "노인장애인과", "아동청소년과", "도시계획과", "문화관광과", "재난안전과", "청년정책과", "가족정책과"]
TITLES_OFF = ["주무관", "주무관", "주무관", "사무관", "서기관", "팀장", "과장", "주사", "행정관", "조사관"]
COMPANY_STEM = ("서진정밀 하람건설 다온푸드 한결테크 새봄유통 누리소프트 가온산업 미르엔지니어링 청솔환경 "
                "대륜기공 태성전기 온누리물산 바른회계 동해수산 별빛미디어 초록에너지 라온시스템 해솔건축 "
                "금강종합관리 우리경비 한빛조경 늘품인쇄 세움설계 다인의료기 은성운수 정민식품 지훈전자 "
                "수빈상사 현우물류 민아플라워").split()
COMPANY_FORM = ["(주){}", "주식회사 {}", "{} 주식회사", "{}(주)", "㈜{}", "유한회사 {}", "합자회사 {}", "{}"]
NAMESHAPED_PLACE = ("진주 남원 김해 정선 고성 하남 이천 김포 문경 강진 금산 안성 송도 한솔동 도담동 아름동 보람동 "
                    "새롬동 다정동 가람동 한별리 소정면 연서면 장군면 이도동 조치원 "
                    "서원구 예산 고운동 나성동 반곡동").split()
PRODUCTS = ["한결우유", "소망쌀", "누리미 쌀", "별빛라면", "하늘채 생수", "보람상조", "다솜 이유식", "은하 배터리",
            "마루 보일러", "푸름 세제"]
COMMON_NAMELIKE = ["소망", "사랑", "하늘", "보람", "기쁨", "믿음", "이상", "정상", "조정", "고문", "전기", "유지",
                   "신고", "방문", "장기", "한도", "이전", "주민", "시민"]


# ----------------------------------------------------------- checksums --
def rrn_check(d12):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return (11 - sum(int(a) * b for a, b in zip(d12, w)) % 11) % 10


def frn_check(d12):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return (13 - sum(int(a) * b for a, b in zip(d12, w)) % 11) % 10


def brn_check(d9):
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(int(a) * b for a, b in zip(d9, w)) + (int(d9[8]) * 5) // 10
    return (10 - s % 10) % 10


def crn_check(d12):
    s = sum(int(a) * (1 if i % 2 == 0 else 2) for i, a in enumerate(d12))
    return (10 - s % 10) % 10


def luhn_ok(num):
    total, alt = 0, False
    for ch in reversed(num):
        n = int(ch)
        if alt:
            n *= 2
            if n > 9:
                n -= 9
        total += n
        alt = not alt
    return total % 10 == 0


def luhn_complete(prefix_digits):
    for c in "0123456789":
        if luhn_ok(prefix_digits + c):
            return prefix_digits + c
    raise AssertionError


def valid_date(y, m, d):
    if not (1 <= m <= 12):
        return False
    mdays = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return 1 <= d <= mdays[m - 1]


def age_on(birth, today=TODAY):
    y, m, d = birth
    a = today[0] - y
    if (today[1], today[2]) < (m, d):
        a -= 1
    return a


HYPHENS = "‐‑－–—―"
CONFUSE = {"0": "O", "1": "lI", "5": "S", "8": "B"}
UNCONFUSE = {"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"}


def canon(s, numeric):
    s = unicodedata.normalize("NFKC", s)
    for h in HYPHENS:
        s = s.replace(h, "-")
    s = re.sub(r"\s+", "", s)
    if numeric:
        s = "".join(UNCONFUSE.get(c, c) for c in s)
    return s


def digits(s):
    return "".join(c for c in unicodedata.normalize("NFKC", s) if c.isdigit())


# ------------------------------------------------------------ generator --
DL_REGION = [("서울", 11), ("부산", 12), ("경기", 13), ("강원", 14), ("충북", 15), ("충남", 16), ("전북", 17),
             ("전남", 18), ("경북", 19), ("경남", 20), ("제주", 21), ("대구", 22), ("인천", 23), ("광주", 24),
             ("대전", 25), ("울산", 26)]
PLATE_PRIV = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주"
PLATE_COM = "바사아자"
PLATE_RENT = "하허호"
BANKS = [("KB국민은행", (6, 2, 6)), ("국민은행", (3, 2, 4, 3)), ("신한은행", (3, 3, 6)), ("우리은행", (4, 3, 6)),
         ("하나은행", (3, 6, 5)), ("NH농협은행", (3, 4, 4, 2)), ("지역농협", (3, 2, 2, 6)), ("IBK기업은행", (3, 6, 2, 3)),
         ("SC제일은행", (3, 2, 6)), ("카카오뱅크", (4, 2, 7)), ("케이뱅크", (3, 3, 6)), ("토스뱅크", (4, 4, 4)),
         ("우체국", (6, 2, 6)), ("새마을금고", (4, 2, 6, 1)), ("수협은행", (4, 2, 6)), ("iM뱅크", (3, 2, 6, 1)),
         ("부산은행", (3, 4, 4, 2)), ("경남은행", (3, 2, 7)), ("광주은행", (3, 3, 6)), ("전북은행", (4, 2, 7)),
         ("신협", (3, 3, 6)), ("제주은행", (2, 2, 6)), ("KDB산업은행", (3, 4, 4, 3))]
AREA = ["02", "02", "02", "031", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055",
        "061", "062", "063", "064"]
SWITCH_PREFIX = ["1588", "1577", "1600", "1544", "1644", "1566", "1661", "1899"]
SHORT_CODES = [("110", "정부민원안내콜센터"), ("120", "다산콜센터"), ("126", "국세상담센터"), ("1345", "외국인종합안내센터"),
               ("1350", "고용노동부 고객상담센터"), ("1355", "국민연금공단 콜센터"), ("112", "경찰"), ("119", "소방"),
               ("129", "보건복지상담센터"), ("1366", "여성긴급전화"), ("1388", "청소년상담전화")]


class G:
    def __init__(self, rng, nopii=False):
        self.r = rng
        self.nopii = nopii
        self.used_names = []
        self.used_nums = set()

    # -- small helpers
    def ch(self, seq):
        return self.r.choice(seq)

    def p(self, x):
        return self.r.random() < x

    def ri(self, a, b):
        return self.r.randint(a, b)

    def nd(self, n, first_nonzero=False):
        s = "".join(str(self.r.randint(0, 9)) for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = str(self.r.randint(1, 9)) + s[1:]
        return s

    def uniq(self, fn):
        for _ in range(50):
            v = fn()
            key = str(v)
            if key not in self.used_nums:
                self.used_nums.add(key)
                return v
        return v

    # -- dates
    def birth(self, lo=1942, hi=2008):
        y = self.ri(lo, hi)
        m = self.ri(1, 12)
        d = self.ri(1, 28 if m == 2 else (30 if m in (4, 6, 9, 11) else 31))
        return (y, m, d)

    def birth_post2020(self):
        while True:
            b = self.birth(2020, 2026)
            if (2020, 10, 5) <= b <= (2026, 11, 30):
                return b

    def date(self, lo=2019, hi=2026, fmt=None):
        y = self.ri(lo, hi)
        m = self.ri(1, 12)
        d = self.ri(1, 28)
        if (y, m, d) > TODAY:
            y, m = 2026, self.ri(1, 11)
        fmt = fmt or self.ch(["dot", "dot", "kor", "iso", "dotpad"])
        return fmt_date((y, m, d), fmt)

    # -- persons
    def kname(self, kind=None):
        r = self.r
        kind = kind or self.ch(["k12"] * 10 + ["k11"] * 2 + ["k22", "k21", "kword", "kword", "krare"])
        for _ in range(30):
            if kind in ("k22", "k21"):
                s = self.ch(SUR2)
            else:
                s = self.ch(SUR1)
            if kind in ("k11", "k21"):
                g = self.ch(G_SINGLE)
            elif kind == "kword":
                g = self.ch(WORDNAMES)
            elif kind == "krare":
                g = self.ch(G1[-14:]) + self.ch(G2[-14:])
            else:
                g = self.ch(G1) + self.ch(G2)
            name = s + g
            if name not in self.used_names and name != "홍길동" and g[0] != g[-1] or (name not in self.used_names and len(g) == 1):
                self.used_names.append(name)
                return name, kind
        self.used_names.append(name)
        return name, kind

    def fname(self, nat=None, script=None):
        nat = nat or self.ch(list(FOREIGN))
        gv, fam, famfirst, _ = FOREIGN[nat]
        gg, ff = self.ch(gv), self.ch(fam)
        script = script or self.ch(["latin", "hangul"])
        idx = 0 if script == "latin" else 1
        parts = [ff[idx], gg[idx]] if famfirst else [gg[idx], ff[idx]]
        if script == "latin" and nat in ("미국", "러시아", "필리핀") and self.p(0.3):
            parts = [ff[0].upper() + ",", gg[0]]
        sep = " " if script == "latin" or self.p(0.6) else ""
        if nat == "중국" and script == "hangul":
            sep = ""
        name = sep.join(parts)
        return name, "foreign_" + script, nat

    def person(self, kind=None, ph="masked"):
        """A natural person; placeholder H in no-PII records."""
        if self.nopii:
            return self.placeholder(ph)
        if kind == "foreign" or (kind is None and self.p(0.07)):
            name, sub, nat = self.fname()
            return V("PERSON", name, sub, info={"nat": nat})
        name, sub = self.kname(kind if kind and kind.startswith("k") else None)
        return V("PERSON", name, sub)

    def foreigner(self, script=None, lo=1965, hi=2004):
        """(name V/H, nationality, birth)"""
        nat = self.ch(list(FOREIGN))
        b = self.birth(lo, hi)
        if self.nopii:
            return self.placeholder(), nat, b
        name, sub, _ = self.fname(nat, script)
        return V("PERSON", name, sub, info={"nat": nat}), nat, b

    def kperson(self, ph="masked"):
        """A Korean natural person in an official role (officials, judges, reporters)."""
        if self.nopii:
            return self.placeholder(ph)
        name, sub = self.kname()
        return V("PERSON", name, sub)

    def placeholder(self, ph="masked"):
        r = self.r
        if ph == "letter":
            return H(self.ch("ABCDEFG"), "placeholder_person")
        if ph == "gapeul":
            return H(self.ch(["갑", "을", "병"]), "placeholder_person")
        if ph == "example":
            return H("홍길동", "placeholder_person")
        s = self.ch(SUR1[:40])
        form = self.ch(["{}○○", "{}○○", "{}**", "{}OO", "{} 모", "{}××"])
        return H(form.format(s), "placeholder_person")

    # -- national ids
    def rrn(self, kind=None, birth=None, fmt=None):
        if self.nopii:
            return H(self.ch(["000000-0000000", "●●●●●●-●●●●●●●", "******-*******", "XXXXXX-XXXXXXX"]),
                     "placeholder_id")
        kind = kind or self.ch(["rrn_valid", "rrn_valid", "rrn_post2020", "rrn_masked", "rrn_masked"])
        if kind == "rrn_post2020":
            b = birth if birth and birth >= (2020, 10, 5) else self.birth_post2020()
        else:
            b = birth or self.birth()
        y, m, d = b
        if y >= 2000:
            gd = self.ch("34")
        elif y >= 1900:
            gd = self.ch("12")
        else:
            gd = self.ch("90")
        front = "%02d%02d%02d" % (y % 100, m, d)
        if kind == "rrn_masked":
            mk = self.ch(["*", "*", "●", "X", "x", "○"])
            back = gd + mk * 6
        elif kind == "rrn_post2020":
            while True:
                rest = self.nd(5)
                chk = rrn_check(front + gd + rest)
                last = self.ch([c for c in "0123456789" if int(c) != chk])
                back = gd + rest + last
                break
        else:
            rest = "%02d" % self.ri(0, 95) + self.nd(3)
            back = gd + rest + str(rrn_check(front + gd + rest))
        fmt = fmt or self.ch(["hyphen"] * 8 + ["nohyphen"] + ["spaces"])
        val = front + back if fmt == "nohyphen" else (front + " - " + back if fmt == "spaces" else front + "-" + back)
        if kind == "rrn_masked" and fmt == "nohyphen":
            val = front + "-" + back
            fmt = "hyphen"
        return V("KR_RRN", val, kind, fmt, {"birth": b})

    def frn(self, birth=None, fmt=None):
        if self.nopii:
            return H("000000-0000000", "placeholder_id")
        b = birth or self.birth(1960, 2006)
        y, m, d = b
        gd = self.ch("56") if y < 2000 else self.ch("78")
        front = "%02d%02d%02d" % (y % 100, m, d)
        rest = "%02d" % (2 * self.ri(5, 45)) + self.nd(2) + self.ch("6789")
        back = gd + rest + str(frn_check(front + gd + rest))
        fmt = fmt or self.ch(["hyphen"] * 6 + ["nohyphen"])
        return V("KR_FRN", front + ("-" if fmt == "hyphen" else "") + back, "frn_valid", fmt, {"birth": b})

    def passport(self, kind=None, nat=None):
        if self.nopii:
            return H(self.ch(["M00000000", "M123A4567"]) if self.p(0.3) else "○○○○○○○○○", "placeholder_id")
        kind = kind or self.ch(["kr_old", "kr_new", "kr_new", "foreign"])
        pre = self.ch("MMMMMSGDR")
        if kind == "kr_old":
            return V("KR_PASSPORT", pre + self.nd(8), "passport_kr_old", "L8")
        if kind == "kr_new":
            return V("KR_PASSPORT", pre + self.nd(3) + self.ch("ABCDEFGHJKLMNPQRSTUVWXYZ") + self.nd(4),
                     "passport_kr_new", "L3L4")
        pk = FOREIGN[nat][3] if nat else self.ch(["vn", "cn", "ph", "us", "uz", "mn", "th", "jp", "ru", "np"])
        A = "ABCDEFGHJKLMNPRSTUVWXYZ"
        val = {"vn": lambda: self.ch("CBN") + self.nd(7),
               "cn": lambda: "E" + self.nd(8),
               "ph": lambda: "P" + self.nd(7) + self.ch("ABC"),
               "us": lambda: self.ch("AB") + self.nd(8) if self.p(0.5) else self.ch("56") + self.nd(8),
               "uz": lambda: self.ch(["AA", "AB", "FA"]) + self.nd(7),
               "mn": lambda: self.ch("EF") + self.nd(7),
               "th": lambda: self.ch(A) + self.ch(A) + self.nd(7),
               "jp": lambda: self.ch(["TK", "TR", "MZ", "TZ"]) + self.nd(7),
               "ru": lambda: "7" + self.nd(8),
               "np": lambda: "PA" + self.nd(7)}[pk]()
        return V("KR_PASSPORT", val, "passport_foreign", pk)

    def dl(self, form=None, year=None):
        if self.nopii:
            return H("00-00-000000-00", "placeholder_id")
        reg, code = self.ch(DL_REGION)
        if self.p(0.12):
            reg, code = "경기북부", 28
        yy = "%02d" % (year % 100 if year else self.ch(list(range(85, 100)) + list(range(0, 26))))
        ser, tail = self.nd(6), self.nd(2)
        form = form or self.ch(["num_hyphen", "num_hyphen", "name_space", "name_nospace", "digits12", "num_space"])
        if form in ("name_space", "name_nospace") and code == 28:
            form = "num_hyphen"
        val = {"num_hyphen": "%d-%s-%s-%s" % (code, yy, ser, tail),
               "name_space": "%s %s-%s-%s" % (reg, yy, ser, tail),
               "name_nospace": "%s%s-%s-%s" % (reg, yy, ser, tail),
               "digits12": "%d%s%s%s" % (code, yy, ser, tail),
               "num_space": "%d %s %s %s" % (code, yy, ser, tail)}[form]
        return V("KR_DRIVER_LICENSE", val, "dl_" + form, form)

    def card(self, brand=None, masked=None, fmt=None):
        if self.nopii:
            return H(self.ch(["****-****-****-****", "0000-0000-0000-0000"]), "placeholder_id")
        brand = brand or self.ch(["visa", "visa", "master", "master", "bc", "bc", "jcb", "amex", "local"])
        pre = {"visa": lambda: "4" + self.nd(5), "master": lambda: str(self.ri(51, 55)) + self.nd(4),
               "bc": lambda: "94" + self.nd(4), "jcb": lambda: str(self.ri(3528, 3589)) + self.nd(2),
               "amex": lambda: self.ch(["34", "37"]) + self.nd(4),
               "local": lambda: self.ch(["9430", "9490", "6253", "6243"]) + self.nd(2)}[brand]()
        n = 15 if brand == "amex" else 16
        num = luhn_complete(pre + self.nd(n - len(pre) - 1))
        if masked is None:
            masked = self.p(0.25)
        fmt = fmt or self.ch(["hyphen", "hyphen", "space", "plain"])
        groups = [4, 6, 5] if n == 15 else [4, 4, 4, 4]
        shown = num
        if masked:
            if n == 16:
                mp = self.ch([(6, 12), (4, 12), (8, 12), (6, 10)])
            else:
                mp = (4, 11)
            shown = num[:mp[0]] + self.ch("*X●") * (mp[1] - mp[0]) + num[mp[1]:]
        out, i = [], 0
        for gsz in groups:
            out.append(shown[i:i + gsz])
            i += gsz
        sep = {"hyphen": "-", "space": " ", "plain": ""}[fmt]
        val = sep.join(out)
        return V("CREDIT_CARD", val, "card_%s%s" % (brand, "_masked" if masked else ""), fmt,
                 {"number": num, "masked": masked})

    def account(self, bank=None, fmt=None):
        """returns (bank_name, V)"""
        bname, groups = self.ch(BANKS) if bank is None else [b for b in BANKS if b[0] == bank][0]
        if self.nopii:
            return bname, H("-".join("○" * g for g in groups), "placeholder_id")
        parts = [self.nd(g, first_nonzero=(i == 0)) for i, g in enumerate(groups)]
        fmt = fmt or self.ch(["hyphen"] * 7 + ["plain", "space"])
        sep = {"hyphen": "-", "plain": "", "space": " "}[fmt]
        return bname, V("KR_BANK_ACCOUNT", sep.join(parts), "acct_" + "-".join(map(str, groups)), fmt,
                        {"bank": bname})

    def phone(self, kind=None, fmt=None, area=None):
        if self.nopii:
            return self.switchboard()
        kind = kind or self.ch(["mobile", "mobile", "mobile", "landline", "landline", "070"])
        fmt = fmt or "hyphen"

        def mk():
            if kind in ("mobile", "mobile_old"):
                if kind == "mobile_old":
                    p = [self.ch(["011", "016", "017", "018", "019"]), self.nd(3, True), self.nd(4)]
                else:
                    p = ["010", self.nd(4, True), self.nd(4)]
            elif kind == "070":
                p = ["070", self.nd(4, True), self.nd(4)]
            elif kind == "intl":
                return "+82-10-%s-%s" % (self.nd(4, True), self.nd(4)) if self.p(0.6) else \
                    "+82 10 %s %s" % (self.nd(4, True), self.nd(4))
            else:
                a = area or self.ch(AREA)
                p = [a, self.nd(self.ch([3, 4]), True), self.nd(4)]
                if p[2] in ("2114", "0114", "1114"):
                    p[2] = "3" + p[2][1:]
            if fmt == "hyphen":
                return "-".join(p)
            if fmt == "space":
                return " ".join(p)
            if fmt == "dot":
                return ".".join(p)
            if fmt == "paren":
                return "(%s) %s-%s" % tuple(p)
            if fmt == "paren2":
                return "%s)%s-%s" % tuple(p)
            return "".join(p)
        val = self.uniq(mk)
        sub = {"mobile": "mobile", "mobile_old": "mobile_old", "070": "voip070", "intl": "mobile_intl",
               "landline": "landline", "fax": "fax"}.get(kind, kind)
        return V("PHONE_NUMBER", val, sub, fmt)

    def fax(self, area=None):
        v = self.phone("landline", area=area)
        if isinstance(v, V):
            v.sub = "fax"
        return v

    def switchboard(self, inst=None):
        x = self.r.random()
        if x < 0.4:
            return H("%s-%s" % (self.ch(SWITCH_PREFIX), self.nd(4, True)), "institution_switchboard")
        if x < 0.6:
            c, _ = self.ch(SHORT_CODES)
            return H(c, "short_code")
        a = self.ch(AREA)
        return H("%s-%s-%s" % (a, self.nd(3, True), self.ch(["2114", "0114", "1114", "1000", "2000"])),
                 "institution_switchboard")

    def email(self, kind=None, domain=None):
        if self.nopii:
            return H("%s@%s" % (self.ch(["minwon", "webmaster", "info", "help", "privacy"]),
                                domain or self.ch(["korea.kr", "seoul.go.kr", "gov.kr"])), "institution_email")
        kind = kind or self.ch(["personal"] * 4 + ["official", "company"])
        sur = self.ch(ROMAN_SUR)
        a, b = self.ch(ROMAN_SYL), self.ch(ROMAN_SYL)
        style = self.ri(0, 5)
        if style == 0:
            loc = "%s.%s%s" % (sur, a, b)
        elif style == 1:
            loc = "%s%s%s%02d" % (a[0], b[0], sur, self.ri(0, 99))
        elif style == 2:
            loc = "%s%s_%s" % (a, b, sur)
        elif style == 3:
            loc = "%s%d" % (self.ch(WORD_LOCAL), self.ri(1, 9999))
        elif style == 4:
            loc = "%s%s%s" % (sur, a, b) + str(self.ri(70, 99))
        else:
            loc = "%s.%s" % (a + b, sur)
        if kind == "official":
            dom = "korea.kr"
        elif kind == "company":
            dom = domain or (self.ch(["seojin", "haram", "daon", "hangyeol", "nuri", "gaon", "mir", "cheongsol",
                                      "raon", "haesol"]) + self.ch(["-eng.co.kr", ".co.kr", ".com", "tech.kr"]))
        else:
            dom = domain or self.ch(MAIL_DOM)
        return V("EMAIL_ADDRESS", loc + "@" + dom, "email_" + kind)

    def address(self, kind=None, unit=None, sido_form=None):
        """returns dict(postal, v (V/H), paren) ; v is KR_ADDRESS"""
        sido_full, sido_short, sgg = self.ch(SIDO)
        gu = self.ch(sgg)
        kind = kind or self.ch(["road", "road", "road", "jibun", "jibun_apt", "road_nosido"])
        sido_form = sido_form or self.ch(["full", "full", "short"])
        sd = sido_full if sido_form == "full" else sido_short
        postal = "%05d" % self.ri(1000, 63644)
        dong = self.ch(DONG) + "동"
        paren = None
        if kind.startswith("road"):
            road = self.ch(ROAD_STEM) + self.ch(["로", "로", "길", "대로"])
            if self.p(0.3):
                road += "%d%s" % (self.ri(1, 80), self.ch(["길", "번길"]))
            num = str(self.ri(1, 480)) + ("-%d" % self.ri(1, 30) if self.p(0.15) else "")
            core = "%s %s" % (road, num)
            u = unit if unit is not None else self.ch(["apt", "apt", "floor", "ho", "none", "none"])
            apt = self.ch(APT) + self.ch(APT_SUF)
            if u == "apt":
                core += ", %d동 %d호" % (self.ri(101, 125), self.ri(1, 25) * 100 + self.ri(1, 6))
                paren = "(%s, %s)" % (dong, apt) if self.p(0.6) else None
            elif u == "floor":
                fl = self.ri(2, 15)
                core += self.ch([", %d층 %d%02d호" % (fl, fl, self.ri(1, 9)), " %d층" % fl])
                paren = "(%s)" % dong if self.p(0.5) else None
            elif u == "ho":
                core += ", %d호" % self.ri(101, 509)
                paren = "(%s)" % dong if self.p(0.5) else None
            else:
                paren = "(%s)" % dong if self.p(0.4) else None
            gu_part = (gu + " ") if gu else ""
            if kind == "road_nosido" and gu:
                val = gu_part + core
                sub = "addr_road_from_sgg"
            else:
                val = sd + " " + gu_part + core
                sub = "addr_road" + ("_short" if sido_form == "short" else "")
        else:
            if self.p(0.3) and gu.endswith("군"):
                em, ri = self.ch(EUPMYEON)
                loc = "%s %s %s" % (gu, em, ri)
            else:
                loc = ("%s %s" % (gu, dong)).strip()
            lot = "%d-%d" % (self.ri(1, 999), self.ri(1, 40)) if self.p(0.7) else str(self.ri(1, 1500))
            core = "%s %s" % (loc, lot)
            if kind == "jibun_apt":
                core += " %s%s %d동 %d호" % (self.ch(APT), self.ch(APT_SUF), self.ri(101, 120),
                                           self.ri(1, 20) * 100 + self.ri(1, 4))
            elif self.p(0.3):
                core += self.ch([" 2층", " 지하1층", ", 3층"])
            val = sd + " " + core if (self.p(0.85) or not gu) else core
            sub = "addr_jibun" + ("_apt" if kind == "jibun_apt" else "")
        val = re.sub(r"\s+", " ", val).strip()
        if self.nopii:
            return {"postal": postal, "v": H(self.coarse_loc(), "coarse_location"), "paren": None}
        return {"postal": postal, "v": V("KR_ADDRESS", val, sub), "paren": paren}

    def coarse_loc(self):
        sido_full, sido_short, sgg = self.ch(SIDO)
        gu = self.ch(sgg) or sido_short
        return self.ch(["%s %s" % (gu, self.ch(DONG) + "동"), "%s %s 일대" % (sido_short, gu), gu + " 소재"]).strip()

    def dob(self, birth=None, fmt=None, lo=1942, hi=2008):
        if self.nopii:
            return H(self.ch(["○○○○. ○○. ○○.", "YYYY. MM. DD.", "0000-00-00"]), "placeholder_id")
        b = birth or self.birth(lo, hi)
        fmt = fmt or self.ch(["dot", "dot", "kor", "kor", "iso", "dotpad", "dotpad_noend", "yy_dot", "yymmdd",
                              "slash", "kor_pad", "yyyymmdd", "kor_yy", "dot_nosp"])
        return V("DATE_OF_BIRTH", fmt_date(b, fmt), "dob_" + fmt, fmt, {"birth": b})

    def hi(self):
        if self.nopii:
            return H("○○○○○○○○○○○", "placeholder_id")
        return V("KR_HEALTH_INSURANCE", self.uniq(lambda: str(self.ri(1, 7)) + self.nd(10)), "hi_11digits", "d11")

    def brn(self, fmt=None):
        if self.nopii:
            return H("000-00-00000", "placeholder_id")
        mid = self.ch(["%02d" % self.ri(1, 79)] * 3 + ["%02d" % self.ri(81, 88), "90", "%02d" % self.ri(89, 99)])
        d9 = self.nd(3, True) + mid + self.nd(4)
        v = d9 + str(brn_check(d9))
        fmt = fmt or self.ch(["hyphen"] * 6 + ["plain"])
        return V("KR_BRN", "%s-%s-%s" % (v[:3], v[3:5], v[5:]) if fmt == "hyphen" else v, "brn_valid", fmt)

    def crn(self, fmt=None):
        if self.nopii:
            return H("000000-0000000", "placeholder_id")
        d12 = "%04d" % self.ri(1101, 2871) + self.ch(["11", "11", "11", "12", "13", "14", "21", "71", "81", "85"]) + self.nd(6)
        v = d12 + str(crn_check(d12))
        fmt = fmt or self.ch(["hyphen"] * 6 + ["plain"])
        return V("KR_CRN", v[:6] + "-" + v[6:] if fmt == "hyphen" else v, "crn_valid", fmt)

    def plate(self, kind=None):
        if self.nopii:
            return H(self.ch(["00가 0000", "○○가 ○○○○", "12가 ****"]), "placeholder_id")
        kind = kind or self.ch(["p2", "p3", "p3", "region", "region_nospace", "commercial", "rental", "nospace", "delivery"])
        sd = self.ch(SIDO)[1]
        if kind == "p2":
            v = "%02d%s %s" % (self.ri(10, 69), self.ch(PLATE_PRIV), self.nd(4, True))
        elif kind == "p3":
            v = "%d%s %s" % (self.ri(100, 699), self.ch(PLATE_PRIV), self.nd(4, True))
        elif kind == "region":
            v = "%s %02d%s %s" % (sd, self.ri(10, 69), self.ch(PLATE_PRIV), self.nd(4, True))
        elif kind == "region_nospace":
            v = "%s%02d%s%s" % (sd, self.ri(10, 69), self.ch(PLATE_PRIV), self.nd(4, True))
        elif kind == "commercial":
            v = "%s %02d%s %s" % (sd, self.ri(70, 99), self.ch(PLATE_COM), self.nd(4, True))
        elif kind == "rental":
            v = "%d%s %s" % (self.ri(100, 699) if self.p(0.6) else self.ri(10, 69), self.ch(PLATE_RENT), self.nd(4, True))
        elif kind == "delivery":
            v = "%d배 %s" % (self.ri(80, 97), self.nd(4, True))
        else:
            v = "%d%s%s" % (self.ri(10, 699), self.ch(PLATE_PRIV), self.nd(4, True))
        return V("KR_VEHICLE_PLATE", v, "plate_" + kind, kind)

    def ip(self, kind=None):
        if self.nopii:
            return H("***.***.***.***", "placeholder_id")
        kind = kind or self.ch(["public", "public", "public", "private", "private", "v6"])
        if kind == "private":
            v = self.ch(["192.168.%d.%d" % (self.ri(0, 254), self.ri(2, 254)),
                         "10.%d.%d.%d" % (self.ri(0, 254), self.ri(0, 254), self.ri(2, 254)),
                         "172.%d.%d.%d" % (self.ri(16, 31), self.ri(0, 254), self.ri(2, 254))])
        elif kind == "v6":
            v = "%x:%x:%x:%x::%x" % (self.ch([0x2001, 0x2406, 0x2407, 0x2404]), self.ri(0x100, 0xffff),
                                     self.ri(0x1, 0xffff), self.ri(0x1, 0xffff), self.ri(0x1, 0xffff))
        else:
            while True:
                a = self.ri(1, 223)
                if a not in (10, 127, 169, 172, 192, 100):
                    break
            v = "%d.%d.%d.%d" % (a, self.ri(0, 255), self.ri(0, 255), self.ri(1, 254))
        return V("IP_ADDRESS", v, "ip_" + kind)

    # -- hard negatives
    def inst(self, kind=None):
        kind = kind or self.ch(["ministry", "local", "local", "local", "agency"])
        sido_full, sido_short, sgg = self.ch(SIDO)
        gu = self.ch(sgg)
        road = self.ch(ROAD_STEM) + self.ch(["로", "대로"])
        num = self.ri(1, 300)
        d = {"kind": kind}
        if kind == "ministry":
            nm, dom = self.ch(MINISTRIES)
            d.update(name=nm, office=nm, head=nm + "장관", domain=dom + ".go.kr",
                     addr="세종특별자치시 %s %d 정부세종청사 %d동" % (road, num, self.ri(1, 16)),
                     area="044")
        elif kind == "local":
            g2 = gu.split()[0] if gu else sido_short + "시"
            if not gu:
                g2 = "세종특별자치시"
            office = g2 + ("청" if g2.endswith(("구", "군")) or g2.endswith("시") else "")
            if g2.endswith("특별자치시"):
                head = "세종특별자치시장"
            elif g2.endswith("구"):
                head = g2 + "청장"
            elif g2.endswith("군"):
                head = g2 + "수"
            else:
                head = g2 + "장"
            d.update(name=(sido_full + " " + g2) if gu else sido_full, office=office, head=head,
                     domain=self.ch(["city", "gu", "go"]) + str(self.ri(1, 99)) + ".go.kr",
                     addr="%s %s %s %d" % (sido_full, g2 if gu else "", road, num), area=self.area_of(sido_short))
        else:
            base = (gu.split()[0] if gu else sido_short)
            base_s = re.sub(r"(시|구|군)$", "", base) if len(base) > 2 else base
            nm = self.ch([base_s + "경찰서", base_s + "소방서", base + " 보건소", base_s + "교육지원청",
                          "국민건강보험공단 " + base_s + "지사", base_s + "세무서", sido_short + "출입국·외국인사무소",
                          sido_short + "지방법원", base_s + "고용센터", sido_short + "의료원"])
            hd = {"경찰서": "경찰서장", "소방서": "소방서장", "보건소": "보건소장", "지원청": "교육장",
                  "지사": "지사장", "세무서": "세무서장", "사무소": "사무소장", "법원": "법원장", "센터": "센터장",
                  "의료원": "의료원장"}
            key = [k for k in hd if nm.endswith(k)][0]
            head = nm + " 교육장" if key == "지원청" else nm + hd[key][len(key):]
            d.update(name=nm, office=nm, head=head, domain="%s.go.kr" % self.ch(["police", "fire", "nhis", "nts", "scourt", "edu"]),
                     addr="%s %s %s %d" % (sido_full, gu, road, num), area=self.area_of(sido_short))
        d["addr"] = re.sub(r"\s+", " ", d["addr"]).strip()
        d["postal"] = "%05d" % self.ri(1000, 63644)
        d["switch"] = "%s-%s-%s" % (d["area"], self.nd(3, True), self.ch(["2114", "0114", "1114", "2000"]))
        d["dept"] = self.ch(DEPTS)
        return d

    def police(self):
        sido_full, sido_short, sgg = self.ch(SIDO)
        gu = self.ch(sgg)
        base = gu.split()[0] if gu else "세종남부"
        base = re.sub(r"(시|구|군)$", "", base) if len(base) > 2 else base
        return base + self.ch(["경찰서", "경찰서", "경찰서", "중부경찰서"]) if not base.endswith("남부") else base + "경찰서"

    def area_of(self, sido_short):
        return {"서울": "02", "부산": "051", "대구": "053", "인천": "032", "광주": "062", "대전": "042", "울산": "052",
                "세종": "044", "경기": "031", "강원": "033", "충북": "043", "충남": "041", "전북": "063", "전남": "061",
                "경북": "054", "경남": "055", "제주": "064"}[sido_short]

    def doc_no(self, dept=None, era="now"):
        dept = dept or self.ch(DEPTS)
        if era == "1990s":
            return H("%s %05d-%d" % (self.ch(["총무", "민원", "행정", "사회", "지적", "세정", "건설", "보사"]),
                                     self.ri(100, 99999), self.ri(1, 9999)), "document_number")
        if era == "2000s":
            return H("%s-%d" % (dept, self.ri(10, 9999)), "document_number")
        return H(self.ch(["%s-%d" % (dept, self.ri(100, 29999)), "%s-%d" % (dept, self.ri(100, 29999)),
                          "%s-%d-%05d" % (dept, self.ri(2024, 2026), self.ri(1, 9999))]), "document_number")

    def case_no(self, kind=None):
        y = self.ri(2019, 2026)
        kind = kind or self.ch(["고단", "고합", "구합", "구단", "나", "가단", "가합", "노", "도", "두", "누", "고정", "고약",
                                "행심", "조심", "감심"])
        if kind == "행심":
            return H("중앙행심 %d-%05d" % (y, self.ri(1, 29999)), "case_number")
        if kind == "조심":
            return H("조심 %d%s%d" % (y, self.ch("서중부광전"), self.ri(100, 9999)), "case_number")
        if kind == "감심":
            return H("감심 %d-%d" % (y, self.ri(10, 999)), "case_number")
        return H("%d%s%d" % (y, kind, self.ri(100, 99999)), "case_number")

    def receipt_no(self):
        x = self.ri(0, 4)
        if x == 0:
            s = "%d%s-%s-%s" % (self.ri(1, 9), self.ch(["AA", "AB", "BA", "CA"]), "%02d%02d" % (self.ri(20, 26), self.ri(1, 12)), self.nd(7))
        elif x == 1:
            s = "%d%02d%02d-%05d" % (self.ri(2022, 2026), self.ri(1, 12), self.ri(1, 28), self.ri(1, 99999))
        elif x == 2:
            s = "%03d-%d-%04d" % (self.ri(10, 999), self.ri(2019, 2026), self.ri(1, 9999))
        elif x == 3:
            s = "%d%s-00" % (self.ri(2022, 2026), self.nd(7))
        else:
            s = "%d-%d-%06d" % (self.ri(1101, 4800), self.ri(2020, 2026), self.ri(1, 999999))
        return H(s, "public_record_id")

    def statute(self):
        law = self.ch(["「개인정보 보호법」", "「주민등록법」", "「도로교통법」", "「여권법」", "「출입국관리법」",
                       "「공공기관의 정보공개에 관한 법률」", "「국민건강보험법」", "「지방공무원법」", "「국가공무원법」",
                       "「민원 처리에 관한 법률」", "「행정절차법」", "「국민기초생활 보장법」", "「소방기본법」",
                       "「자동차관리법」", "「건축법」", "「지방세법」", "「형법」", "「전자금융거래법」"])
        art = "제%d조" % self.ri(2, 99)
        if self.p(0.3):
            art += "의%d" % self.ri(2, 4)
        if self.p(0.6):
            art += " 제%d항" % self.ri(1, 5)
        if self.p(0.3):
            art += " 제%d호" % self.ri(1, 9)
        if self.p(0.2):
            return H(self.ch(["같은 법 시행령 ", "같은 법 시행규칙 ", "같은 법 "]) + art, "statute_citation")
        return H(law + " " + art, "statute_citation")

    def amount(self, big=False):
        n = self.ri(1, 9999) * (self.ch([100000, 1000000, 10000000]) if big else self.ch([1000, 10000, 100, 1000, 10]))
        return H(self.ch(["{:,}원".format(n), "{:,}원".format(n), "금 {:,}원".format(n), "₩{:,}".format(n),
                          "{:,}만 원".format(n // 10000) if n >= 10000 else "{:,}원".format(n)]), "amount")

    def dte(self, fmt=None):
        return H(self.date(fmt=fmt), "date_not_birth")

    def company(self, stem=None):
        return H(self.ch(COMPANY_FORM).format(stem or self.ch(COMPANY_STEM)), "company_name")

    def office_only(self, inst=None, dept=None):
        if inst and self.p(0.5):
            return H(inst["head"], "office_title_only")
        return H((dept or self.ch(DEPTS)) + self.ch(["장", "장", "담당자"]).replace("과장", "과장"), "office_title_only")

    def postal(self, p=None):
        return H(self.ch(["우 ", "우)", "(우) ", ""]) + (p or "%05d" % self.ri(1000, 63644)), "postal_code")


def fmt_date(b, fmt):
    y, m, d = b
    return {"dot": "%d. %d. %d." % (y, m, d), "dotpad": "%d.%02d.%02d." % (y, m, d),
            "dotpad_noend": "%d.%02d.%02d" % (y, m, d), "kor": "%d년 %d월 %d일" % (y, m, d),
            "kor_pad": "%d년 %02d월 %02d일" % (y, m, d), "iso": "%d-%02d-%02d" % (y, m, d),
            "slash": "%d/%02d/%02d" % (y, m, d), "yy_dot": "%02d.%02d.%02d" % (y % 100, m, d),
            "yymmdd": "%02d%02d%02d" % (y % 100, m, d), "yyyymmdd": "%d%02d%02d" % (y, m, d),
            "kor_yy": "%02d년 %d월 %d일" % (y % 100, m, d), "dot_nosp": "%d.%d.%d." % (y, m, d),
            "apos": "'%02d. %d. %d." % (y % 100, m, d)}[fmt]


# ----------------------------------------------------------------- noise --
def _fw(s, part=False, rng=None):
    out = []
    for c in s:
        if c.isdigit() and c.isascii() and (not part or rng.random() < 0.6):
            out.append(chr(ord(c) + 0xFEE0))
        else:
            out.append(c)
    return "".join(out)


def noise_value(rng, v, force=None):
    """Apply one OCR-style noise to V v in place; returns tag or None."""
    val, t = v.value, v.type
    if t == "PERSON":
        if not re.fullmatch(r"[가-힣]{2,5}", val):
            return None
        cands = ["spaced_name"]
    elif t == "KR_ADDRESS":
        cands = ["wrapped", "wrapped", "fullwidth_digits"]
    elif t == "EMAIL_ADDRESS":
        cands = ["space_in_value"]
    else:
        cands = ["fullwidth_digits", "confusable_letters", "confusable_letters", "space_in_number", "newline_in_number"]
        if "-" in val:
            cands += ["odd_hyphen", "odd_hyphen"]
    kind = force if force in cands else rng.choice(cands)
    new = val
    if kind == "spaced_name":
        new = " ".join(val)
    elif kind == "wrapped":
        sp = [i for i, c in enumerate(val) if c == " "]
        if not sp:
            return None
        i = rng.choice(sp)
        new = val[:i] + "\n" + val[i + 1:]
    elif kind == "fullwidth_digits":
        new = _fw(val, part=rng.random() < 0.3, rng=rng)
    elif kind == "confusable_letters":
        pos = [i for i, c in enumerate(val) if c in CONFUSE]
        if not pos:
            new = _fw(val)
            kind = "fullwidth_digits"
        else:
            chosen = rng.sample(pos, min(len(pos), rng.choice([1, 1, 2, 3])))
            lst = list(val)
            for i in chosen:
                lst[i] = rng.choice(CONFUSE[lst[i]])
            new = "".join(lst)
    elif kind == "odd_hyphen":
        h = rng.choice(HYPHENS)
        new = val.replace("-", h) if rng.random() < 0.7 else val.replace("-", h, 1)
    elif kind in ("space_in_number", "newline_in_number", "space_in_value"):
        if kind == "space_in_value":
            i = val.index("@")
            new = val[:i] + " @ " + val[i + 1:] if rng.random() < 0.5 else val[:i + 1] + " " + val[i + 1:]
        else:
            ins = " " if kind == "space_in_number" else "\n"
            hy = [i for i, c in enumerate(val) if c in "-." and 0 < i < len(val) - 1]
            dd = [i for i in range(1, len(val)) if val[i - 1].isdigit() and val[i].isdigit()]
            if hy and (rng.random() < 0.6 or not dd):
                i = rng.choice(hy)
                new = val[:i] + ins + val[i:] if rng.random() < 0.5 else val[:i + 1] + ins + val[i + 1:]
                if ins == " " and rng.random() < 0.3:
                    new = val[:i] + " " + val[i] + " " + val[i + 1:]
            elif dd:
                i = rng.choice(dd)
                new = val[:i] + ins + val[i:]
            else:
                return None
    if new == val:
        return None
    v.value = new
    v.noise.append(kind)
    return kind


# --------------------------------------------------------------- builder --
class B:
    def __init__(self, rng, noise_p=0.0, ocr=False):
        self.r = rng
        self.noise_p = noise_p
        self.ocr = ocr
        self.buf, self.n = [], 0
        self.spans, self.hns, self.text_noise = [], [], []
        self.base_genre = None
        self.wrap = None

    def add(self, *items):
        for it in items:
            if it is None:
                continue
            if isinstance(it, str):
                self._t(it)
            elif isinstance(it, V):
                self._v(it)
            elif isinstance(it, H):
                self._h(it)
            elif isinstance(it, (list, tuple)):
                self.add(*it)
            elif isinstance(it, int) and not isinstance(it, bool):
                self._t(str(it))
            else:
                raise TypeError(repr(it))
        return self

    __call__ = add

    def _t(self, s):
        if self.ocr and s:
            s = self._ocr_text(s)
        self.buf.append(s)
        self.n += len(s)

    def _ocr_text(self, s):
        r = self.r
        out = []
        for c in s:
            if c in "()" and r.random() < 0.25:
                if "lost_bracket" not in self.text_noise:
                    self.text_noise.append("lost_bracket")
                continue
            if c == "·" and r.random() < 0.5:
                c = r.choice([".", "ㆍ", " "])
            if c == ":" and r.random() < 0.08:
                c = ";"
            out.append(c)
        return "".join(out)

    def _v(self, v):
        v = v.copy()
        if self.noise_p and self.r.random() < self.noise_p:
            noise_value(self.r, v)
        s = v.value
        self.spans.append({"start": self.n, "end": self.n + len(s), "type": v.type, "sub": v.sub,
                           "noise": list(v.noise), "format": v.fmt, "value": s, "clean": v.clean,
                           "info": dict(v.info)})
        self.buf.append(s)
        self.n += len(s)

    def _h(self, h):
        s = h.text
        self.hns.append({"start": self.n, "end": self.n + len(s), "text": s, "category": h.cat})
        self.buf.append(s)
        self.n += len(s)

    def text(self):
        return "".join(self.buf)


def apply_edits(text, spans, hns, edits, tag=None):
    """edits: list of (pos, dellen, ins).  Edits crossing a span/hn boundary are dropped."""
    items = spans + hns
    ok = []
    for (p, d, ins) in edits:
        bad = False
        for it in items:
            s, e = it["start"], it["end"]
            if p >= e or p + d <= s:
                continue
            if s <= p and p + d <= e:
                continue
            bad = True
        if not bad:
            ok.append((p, d, ins))
    for (p, d, ins) in sorted(ok, key=lambda x: -x[0]):
        delta = len(ins) - d
        for it in items:
            s, e = it["start"], it["end"]
            if p >= e:
                continue
            if p + d <= s:
                it["start"] += delta
                it["end"] += delta
            else:
                it["end"] += delta
                if tag and "type" in it and tag not in it["noise"]:
                    it["noise"].append(tag)
        text = text[:p] + ins + text[p + d:]
    for sp in spans:
        sp["value"] = text[sp["start"]:sp["end"]]
    for h in hns:
        h["text"] = text[h["start"]:h["end"]]
    return text


def hard_wrap(text, spans, hns, rng, width):
    edits, col, i = [], 0, 0
    while i < len(text):
        c = text[i]
        if c == "\n":
            col = 0
        else:
            col += 1
        if col >= width:
            j = i + 1
            look = text[j:j + 7]
            k = look.find(" ")
            if k >= 0:
                edits.append((j + k, 1, "\n"))
                i = j + k + 1
            elif j < len(text) and text[j] != "\n" and not text[i].isspace():
                edits.append((j, 0, "\n"))
                i = j
            else:
                i = j
            col = 0
            continue
        i += 1
    if edits:
        text = apply_edits(text, spans, hns, edits, tag="wrapped")
    return text


# ------------------------------------------------------------ validation --
PLACEHOLDER_NAMES = {"홍길동", "갑", "을", "병", "정", "무"}
TITLE_WORDS = ("주무관", "사무관", "과장", "위원", "장관", "씨", "님", "귀하", "기자", "팀장", "서기관")
PHONE_RE = re.compile(r"^(\+82[- ]10[- ]\d{4}[- ]\d{4}|(\(0\d{1,2}\) |0\d{1,2}\))\d{3,4}-\d{4}|0\d{1,2}([-. ]?)\d{3,4}\3\d{4})$")
SHAPES = [("mobile", re.compile(r"01[016789][-. ]?\d{3,4}[-. ]?\d{4}")),
          ("email", re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+", re.ASCII)),
          ("rrn_shape", re.compile(r"\d{6}\s?-\s?[\d*●X]{7}")),
          ("card_shape", re.compile(r"\d{4}[- ]\d{4}[- ]\d{4}[- ]\d{4}")),
          ("ipv4", re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])"))]


def check_value(sp):
    t, c, sub, info = sp["type"], sp["clean"], sp["sub"], sp.get("info", {})
    dg = digits(c)
    if t == "KR_RRN":
        y2, m, d = int(dg[0:2]), int(dg[2:4]), int(dg[4:6])
        gd = dg[6]
        cent = {"1": 1900, "2": 1900, "3": 2000, "4": 2000, "9": 1800, "0": 1800}[gd]
        if not valid_date(cent + y2, m, d):
            fail("rrn date")
        if sub == "rrn_masked":
            if not re.fullmatch(r"\d{6}( - |-)\d([*●Xx○])\2{5}", c):
                fail("rrn mask shape " + c)
        else:
            if len(dg) != 13:
                fail("rrn len")
            ok = rrn_check(dg[:12]) == int(dg[12])
            if sub == "rrn_valid" and (not ok or (cent + y2, m, d) >= (2020, 10, 5)):
                fail("rrn valid")
            if sub == "rrn_post2020" and (ok or (cent + y2, m, d) < (2020, 10, 5) or gd not in "34"):
                fail("rrn post2020")
    elif t == "KR_FRN":
        if len(dg) != 13 or dg[6] not in "5678" or frn_check(dg[:12]) != int(dg[12]):
            fail("frn")
        cent = 1900 if dg[6] in "56" else 2000
        if not valid_date(cent + int(dg[:2]), int(dg[2:4]), int(dg[4:6])):
            fail("frn date")
    elif t == "KR_BRN":
        if len(dg) != 10 or brn_check(dg[:9]) != int(dg[9]):
            fail("brn")
    elif t == "KR_CRN":
        if len(dg) != 13 or crn_check(dg[:12]) != int(dg[12]):
            fail("crn")
    elif t == "CREDIT_CARD":
        num = info.get("number", dg)
        if not luhn_ok(num) or len(num) not in (15, 16):
            fail("luhn")
        shown = re.sub(r"[ -]", "", c)
        if len(shown) != len(num) or any(a != b for a, b in zip(shown, num) if a.isdigit()):
            fail("card shown")
        if info.get("masked") != any(not ch.isdigit() for ch in shown):
            fail("card mask flag")
    elif t == "KR_PASSPORT":
        pat = {"passport_kr_old": r"[MSGDR]\d{8}", "passport_kr_new": r"[MSGDR]\d{3}[A-Z]\d{4}",
               "passport_foreign": r"[A-Z]{0,2}\d{7,9}[A-Z]?"}[sub]
        if not re.fullmatch(pat, c):
            fail("passport " + c)
    elif t == "KR_DRIVER_LICENSE":
        names = "|".join(n for n, _ in DL_REGION)
        if not re.fullmatch(r"(\d{2}|%s) ?-?\d{2}[- ]?\d{6}[- ]?\d{2}" % names, c):
            fail("dl " + c)
        if len(dg) != (12 if c[0].isdigit() else 10):
            fail("dl len")
    elif t == "KR_VEHICLE_PLATE":
        if not re.fullmatch(r"([가-힣]{2} ?)?\d{2,3}[가-힣] ?\d{4}", c):
            fail("plate " + c)
    elif t == "KR_HEALTH_INSURANCE":
        if not re.fullmatch(r"[1-7]\d{10}", c):
            fail("hi")
    elif t == "KR_BANK_ACCOUNT":
        if not re.fullmatch(r"\d+([- ]\d+)*", c) or not (10 <= len(dg) <= 16):
            fail("acct " + c)
    elif t == "PHONE_NUMBER":
        if not PHONE_RE.match(c):
            fail("phone " + c)
        if re.match(r"(15|16|18)\d\d-", c) or c in [x for x, _ in SHORT_CODES]:
            fail("switchboard labelled")
    elif t == "EMAIL_ADDRESS":
        if not re.fullmatch(r"[a-z0-9._]+@[a-z0-9.-]+\.[a-z]{2,}", c):
            fail("email " + c)
    elif t == "IP_ADDRESS":
        if ":" in c:
            if not re.fullmatch(r"[0-9a-f]{1,4}(:[0-9a-f]{1,4}){3}::[0-9a-f]{1,4}", c):
                fail("ipv6")
        elif not re.fullmatch(r"\d{1,3}(\.\d{1,3}){3}", c) or any(int(x) > 255 for x in c.split(".")):
            fail("ipv4")
    elif t == "DATE_OF_BIRTH":
        b = tuple(info["birth"])
        if not valid_date(*b) or b > TODAY or fmt_date(b, sp["format"]) != c:
            fail("dob")
    elif t == "PERSON":
        if re.search(r"[\d○*×]", c) or c in PLACEHOLDER_NAMES or c.endswith(TITLE_WORDS) or " 모" in c:
            fail("person " + c)
        if not (re.fullmatch(r"[가-힣]{2,5}", c) or re.fullmatch(r"[A-Za-z][A-Za-z ,-]+[a-z]", c)
                or (sp["sub"] == "foreign_hangul" and re.fullmatch(r"[가-힣]{2,12}", c))
                or re.fullmatch(r"[가-힣]+( [가-힣]+){1,3}", c)):
            fail("person shape " + c)
    elif t == "KR_ADDRESS":
        if not re.search(r"\d", c) or c[0] in "(" or c[-1] in ")," or "(" in c:
            fail("addr " + c)


def validate(rec):
    text, spans, hns = rec["text"], rec["spans"], rec["hns"]
    last_end = -1
    for sp in spans:
        s, e = sp["start"], sp["end"]
        if not (0 <= s < e <= len(text)):
            fail("bounds")
        if text[s:e] != sp["value"]:
            fail("value mismatch")
        if s < last_end:
            fail("overlap")
        last_end = e
        if sp["type"] not in TYPES:
            fail("type")
        if text[s].isspace() or text[e - 1].isspace():
            fail("edge whitespace")
        if canon(sp["value"], sp["type"] in NUMERIC) != canon(sp["clean"], sp["type"] in NUMERIC):
            fail("noise changed value %r %r" % (sp["value"], sp["clean"]))
        check_value(sp)
    for h in hns:
        if text[h["start"]:h["end"]] != h["text"] or not h["text"]:
            fail("hn mismatch")
        for sp in spans:
            if h["start"] < sp["end"] and sp["start"] < h["end"]:
                fail("hn overlaps gold: %r / %r" % (h["text"], sp["value"]))
        if h["category"] == "placeholder_person" and any(
                sp["type"] == "PERSON" and sp["value"] == h["text"] for sp in spans):
            fail("placeholder labelled")
    # every other occurrence of a labelled string must be labelled too
    for sp in spans:
        val = sp["value"]
        if len(val) < (2 if sp["type"] == "PERSON" else 4):
            continue
        for m in re.finditer(re.escape(val), text):
            a, b = m.start(), m.end()
            if sp["type"] == "PERSON" and a > 0 and "가" <= text[a - 1] <= "힣":
                continue
            if sp["type"] == "PERSON" and re.fullmatch(r"[A-Za-z ,-]+", val) and (
                    (a > 0 and text[a - 1].isalpha()) or (b < len(text) and text[b].isalpha())):
                continue
            if not any(o["start"] <= a and b <= o["end"] for o in spans):
                fail("unlabelled repeat of %r" % val)
    # PII-shaped strings outside gold must be tagged hard negatives
    for nm, rx in SHAPES:
        for m in rx.finditer(text):
            a, b = m.start(), m.end()
            if any(o["start"] <= a and b <= o["end"] for o in spans):
                continue
            if any(o["start"] < b and a < o["end"] for o in spans):
                if any(o["start"] <= a < o["end"] or o["start"] < b <= o["end"] for o in spans):
                    continue
            if any(h["start"] <= a and b <= h["end"] for h in hns):
                continue
            fail("untagged %s shape %r" % (nm, m.group()))
    if rec["no_pii"]:
        if spans:
            fail("no-PII record has spans")
        if not hns:
            fail("no-PII record lacks hard negatives")
    elif not spans:
        fail("record without spans")
    if not hns:
        fail("record without hard negatives")


# ======================================================= template helpers ==
PAPERS = ["한빛일보", "가람신문", "동녘일보", "누리경제신문", "새물결뉴스", "바른시사", "고을신문", "온빛방송",
          "중부새소식", "남도타임즈", "서해일보", "들녘뉴스"]
OCCUP = ["회사원", "자영업자", "대학생", "택시기사", "주부", "농민", "요양보호사", "편의점 점주", "배달원", "교사",
         "간호사", "건설노동자", "어민", "프리랜서 디자이너", "퇴직 공무원", "식당 주인", "대리운전기사", "고등학생",
         "유학생", "이주노동자", "화물차 기사", "경비원", "미용사", "시장 상인"]
CARS = ["쏘나타", "아반떼", "그랜저", "K5", "스포티지", "모닝", "스타렉스", "포터 화물차", "카니발", "SM6", "봉고 트럭",
        "투싼", "레이", "티볼리", "BMW 승용차", "벤츠 승용차", "1톤 트럭", "전기 승용차"]


def age_of(g, lo=20, hi=84):
    return g.ri(lo, hi)


def vp(v, pair):
    """value followed by the particle that fits how it is read."""
    return [v, josa(v, pair)]


def pt(v, pair):
    """particle for V/H/str"""
    return josa(v, pair)


def mention(g, v, age=None, form=None, occ=None):
    """A person as written in news prose; returns item list (particle NOT included)."""
    age = age if age is not None else g.ri(19, 84)
    if isinstance(v, H):
        form = g.ch(["ph_a", "ph_b"]) if v.cat == "placeholder_person" else "plain"
        if form == "ph_a":
            return [v, "씨(%d)" % age]
        return [v, "(%d)씨" % age] if len(v.text) == 1 else [v, "(%d) 씨" % age]
    form = form or g.ch(["paren", "paren", "paren_ssi", "occ_paren", "ssi", "paren_ssi"])
    occ = occ or g.ch(OCCUP)
    if form == "paren":
        return [v, "(%d)" % age]
    if form == "paren_ssi":
        return [v, "(%d) 씨" % age]
    if form == "occ_paren":
        return [occ + " ", v, "(%d) 씨" % age]
    if form == "ssi":
        return [v, " 씨"]
    return [v, "(%d)" % age]


def end_ptl(items, pair):
    """particle for the last item of a mention list (reads the name)."""
    last = items[-1]
    if isinstance(last, str) and last.endswith("씨"):
        return "씨" and josa("씨", pair)
    if isinstance(last, str) and last.endswith(")"):
        return josa(items[0] if not isinstance(items[0], str) else items[1], pair)
    return josa(last, pair)


def addr_items(g, a, postal=None, paren=True):
    out = []
    if postal is None:
        postal = g.p(0.5)
    if postal:
        out += ["(", H(a["postal"], "postal_code"), ") "]
    out.append(a["v"])
    if paren and a.get("paren") and isinstance(a["v"], V):
        out.append(" " + a["paren"])
    return out


def inst_addr(g, inst, postal=True):
    out = []
    if postal:
        out += [g.ch(["우 ", "(우)", "우)"]) if g.p(0.5) else "(", H(inst["postal"], "postal_code"),
                " "]
    out.append(H(inst["addr"], "institution_address"))
    return out


def sw(inst):
    return H(inst["switch"], "institution_switchboard")


def head_title(inst):
    o = inst["office"]
    if inst["kind"] == "ministry":
        return "장관"
    for suf, t in (("구청", "구청장"), ("군청", "군수"), ("시청", "시장"), ("특별자치시", "시장")):
        if o.endswith(suf):
            return t
    return "기관장"


def kdate(g, lo=2024, hi=2026, fmt=None):
    return g.date(lo, hi, fmt)


def time_str(g):
    per = g.ch(["오전", "오후", "오후", "새벽", "밤"])
    hr = {"오전": (6, 11), "오후": (1, 7), "새벽": (1, 5), "밤": (8, 11)}[per]
    return per + " %d시" % g.ri(*hr) + g.ch(["", "께", " %d분께" % g.ri(5, 55), " %d분" % g.ri(1, 59)])


def quote_line(g, topic):
    pool = {
        "traffic": ["갑자기 큰 소리가 나서 나가 보니 이미 차가 멈춰 있었다", "평소에도 이 길은 과속 차량이 많아 불안했다",
                    "신호가 바뀌자마자 차가 튀어나왔다", "횡단보도에 보행자가 있는데도 속도를 줄이지 않았다"],
        "fire": ["연기가 복도를 가득 채워서 계단으로 겨우 빠져나왔다", "타는 냄새가 나서 문을 열어 보니 이미 불길이 보였다",
                 "경보기가 울리지 않아 옆집 사람이 문을 두드려 줘서 알았다"],
        "policy": ["현장의 목소리를 듣고 제도를 계속 보완하겠다", "주민이 체감할 수 있는 변화를 만들겠다",
                   "어려운 이웃이 복지 사각지대에 놓이지 않도록 꼼꼼히 살피겠다", "관계 기관과 협력해 재발 방지 대책을 마련하겠다",
                   "청년들이 지역에 머물 수 있는 일자리를 늘리는 데 힘쓰겠다"],
        "people": ["받은 만큼 돌려주는 것뿐인데 상까지 받게 돼 쑥스럽다", "아이들 웃는 얼굴을 보는 게 가장 큰 보람이다",
                   "몸이 허락하는 날까지 봉사를 이어가고 싶다", "처음엔 막막했지만 이웃들이 도와줘서 버틸 수 있었다"],
    }
    return g.ch(pool[topic])


# =========================================================== prose genres ==
def t_news_incident(g, b):
    paper = g.ch(PAPERS)
    inst = {"name": g.police()}
    rep = g.kperson()
    kind = g.ch(["traffic", "fraud", "fire", "assault", "missing"])
    d = kdate(g, 2025, 2026, "kor")
    place = H(g.coarse_loc(), "coarse_location")
    sus = g.person(ph="letter") if g.p(0.5) else g.placeholder("letter")
    vic = g.person()
    wit = g.person()
    b("[", paper, "] ")
    if g.p(0.5):
        b("(", g.ch(["서울", "수원", "청주", "전주", "창원", "춘천", "세종", "제주"]), "=", paper, ") ", rep, " 기자 = ")
    if kind == "traffic":
        car = g.ch(CARS)
        plate = g.plate()
        b(d.split("년 ")[1] if g.p(0.5) else d, " ", time_str(g), " ", place, "의 한 교차로에서 ", car, pt(car, "이가"), " 횡단보도를 건너던 ")
        m = mention(g, vic)
        b(m, end_ptl(m, "을를"), " 들이받았다.\n")
        ms = mention(g, sus, occ=g.ch(["운전자", "회사원", "대리운전기사"]))
        b(g.ch(["경찰에 따르면 ", "경찰 조사 결과 "]), ms, end_ptl(ms, "은는"), " 자신의 ", car, "(", plate, ")", pt(car, "을를"), " 몰고 ",
          g.ch(["신호를 위반해 좌회전하다", "제한속도를 넘겨 달리다", "휴대전화를 보며 운전하다"]), " 사고를 낸 것으로 조사됐다. ")
        b("이 사고로 ", vic, pt(vic, "이가"), " ", g.ch(["다리를 크게 다쳐", "머리를 다쳐", "갈비뼈가 부러져"]), " 인근 병원으로 옮겨졌다.\n")
        b(g.ch(["사고 당시 현장을 지나던 ", "인근 상인 "]), mention(g, wit, form="paren"), pt(wit, "은는"), " \"", quote_line(g, "traffic"),
          "\"고 말했다.\n")
        b(inst["name"], pt(inst["name"], "은는"), " ", g.ch(["블랙박스 영상을 확보해", "CCTV를 분석해"]),
          " 정확한 사고 경위를 조사하고 있다. 제보는 ", g.switchboard(), "(으)로 받는다.\n")
    elif kind == "fraud":
        ms = mention(g, vic, form=g.ch(["paren", "occ_paren"]))
        b(place, "에 사는 ", ms, end_ptl(ms, "은는"), " ", d, " '", g.ch(["택배 주소 확인", "자녀 휴대전화 고장", "저금리 대출 안내"]),
          "' 문자를 받고 링크를 눌렀다가 ", g.amount(), "을 잃었다.\n")
        bank, acct = g.account()
        b("범인들은 ", vic, "의 휴대전화에 원격제어 앱을 깔게 한 뒤 ", g.ch(["신용카드", "체크카드"]), "(", g.card(), ") 정보를 빼내 ",
          "결제하고, 피해금을 ", bank, " 계좌(", acct, ")로 옮긴 것으로 드러났다.\n")
        b("경찰은 문자 발신에 쓰인 번호 ", vp(g.phone("070"), "과와"), " 접속 IP(", g.ip("public"), ")를 추적하고 있다. ")
        b(inst["name"], " 관계자는 \"모르는 번호로 온 링크는 절대 누르지 말고 ", H("112", "short_code"), "나 ",
          H("1332", "short_code"), "로 먼저 확인해 달라\"고 당부했다.\n")
    elif kind == "fire":
        a = g.address("road", unit=g.ch(["apt", "floor"]))
        b(d, " ", time_str(g), " ", a["v"], " ", g.ch(["다세대주택", "아파트", "상가 건물"]), "에서 불이 나 ")
        ms = mention(g, vic)
        b(ms, end_ptl(ms, "이가"), " 연기를 마셔 병원으로 옮겨졌다.\n")
        b("불은 ", g.ch(["주방", "베란다", "작은방"]), "에서 시작된 것으로 추정되며, 소방 당국은 인력 %d명과 장비 %d대를 투입해 %d분 만에 불을 껐다.\n"
          % (g.ri(20, 90), g.ri(8, 30), g.ri(20, 70)))
        b("이웃 주민 ", mention(g, wit, form="paren"), pt(wit, "은는"), " \"", quote_line(g, "fire"), "\"고 전했다. 재산 피해는 소방서 추산 ",
          g.amount(), "이다.\n")
    elif kind == "assault":
        ms = mention(g, sus)
        b(inst["name"], pt(inst["name"], "은는"), " ", d, " 이웃을 폭행한 혐의(상해)로 ", ms, end_ptl(ms, "을를"), " 불구속 입건했다고 밝혔다.\n")
        mv = mention(g, vic, form="paren")
        b(sus, "는" if isinstance(sus, H) else pt(sus, "은는"), " 주차 문제로 다투다 ", mv, end_ptl(mv, "의"),
          " 얼굴을 여러 차례 때린 혐의를 받는다. 당시 문제가 된 차량은 ", vp(g.plate(), "으로"), " 확인됐다.\n")
        b("경찰 관계자는 \"", g.statute(), " 위반 여부도 함께 검토하고 있다\"고 말했다.\n")
    else:
        dob = g.dob(fmt=g.ch(["kor", "dot"]), lo=1940, hi=1958)
        a = g.address()
        b(inst["name"], pt(inst["name"], "은는"), " ", d, " ", time_str(g), " 집을 나선 뒤 연락이 끊긴 ", vic, pt(vic, "을를"), " 찾고 있다고 밝혔다. ")
        b(vic, pt(vic, "은는"), " ", dob, "생으로, 키 %dcm에 " % g.ri(150, 180), g.ch(["회색 점퍼", "검은색 모자", "남색 등산복"]),
          " 차림이었다. 마지막으로 확인된 곳은 주거지인 ", a["v"], " 인근이다.\n")
        b("가족 ", mention(g, wit, form="ssi"), "는 \"", g.ch(["치매 증상이 있어 걱정이 크다", "휴대전화도 두고 나가 연락할 방법이 없다"]),
          "\"며 발을 동동 굴렀다. 비슷한 사람을 본 시민은 ", H("112", "short_code"), " 또는 가족 연락처(", g.phone("mobile"), ")로 알려 달라고 경찰은 당부했다.\n")
    if isinstance(rep, V) and g.p(0.8):
        b("\n", rep, " 기자 ", g.email("personal", domain=g.ch(["hanbit.co.kr", "garam.kr", "dongnyeok.com", "news.kr"])), "\n")
    elif g.p(0.5):
        b("\n<저작권자 © ", paper, " 무단전재 및 재배포 금지>\n")
    else:
        b("\n", rep, " 기자\n")


def t_news_people(g, b):
    paper = g.ch(PAPERS)
    rep = g.kperson()
    kind = g.ch(["award", "obit", "volunteer", "profile"])
    inst = g.inst("local")
    if kind == "award":
        p1, p2, p3 = g.person(), g.person(), g.person("foreign") if g.p(0.4) else g.person()
        b("[", paper, "] ", inst["office"], pt(inst["office"], "은는"), " ", kdate(g, 2026, 2026, "kor"),
          " 시청 대회의실에서 '올해의 ", g.ch(["자원봉사자", "모범 시민", "이웃돕기 유공자", "효행자"]), "' 시상식을 열었다고 밝혔다.\n")
        b("대상은 ", H(g.ch(NAMESHAPED_PLACE), "name_shaped_place"),
          "에서 ", g.ri(10, 30), "년째 무료 급식소를 운영해 온 ")
        m = mention(g, p1, form="paren")
        b(m, end_ptl(m, "이가"), " 받았다. 최우수상에는 ", mention(g, p2, form="paren_ssi"), "와 ", g.ch(["결혼이민자 ", "이주민 통역 봉사자 ", ""]),
          p3, " 씨가 선정됐다.\n")
        b(p1, pt(p1, "은는"), " \"", quote_line(g, "people"), "\"고 소감을 밝혔다. ", H(inst["head"], "office_title_only"),
          "은 \"", quote_line(g, "policy"), "\"고 말했다.\n")
    elif kind == "obit":
        dec = g.person(kind=g.ch(["k12", "k11", "k22"]))
        age = g.ri(68, 99)
        kids = [g.person() for _ in range(g.ri(2, 4))]
        hosp = g.ch(["한빛병원", "가람의료원", "새솔요양병원", "누리대학교병원", "청솔병원"])
        b("[부고] ", dec, "씨 별세\n")
        if g.p(0.5):
            b(dec, "(향년 %d세)씨 별세, " % age)
        else:
            b("▲", dec, "씨 별세 = ")
        rel = ["씨(%s) 부친상" % g.ch(["회사원", "자영업", "교사"]), "씨(%s) 모친상" % g.ch(["주부", "약사"]), "씨 장인상", "씨 빙부상"]
        for k in kids:
            b(k, g.ch(rel), ", ")
        b("= ", kdate(g, 2026, 2026, "kor"), ", ", H(hosp, "company_name"), " 장례식장 %d호실, 발인 " % g.ri(1, 12), kdate(g, 2026, 2026, "dot"),
          " 오전 %d시. " % g.ri(5, 9), g.ch(["빈소 ", "장례식장 "]), sw(inst), "\n")
        if g.p(0.5):
            b("연락처: 상주 ", kids[0], " ", g.phone("mobile"), "\n")
    elif kind == "volunteer":
        p1 = g.person()
        wife = g.person()
        b(paper, " | ", g.ch(["우리 동네 사람들", "이웃을 만나다", "작은 영웅"]), "\n\n")
        m = mention(g, p1, age=g.ri(45, 82), form=g.ch(["paren", "paren_ssi"]))
        shop = g.ch(["떡집", "철물점", "세탁소", "분식집", "반찬가게"])
        b(H(g.ch(NAMESHAPED_PLACE), "name_shaped_place"), " 시장 골목에서 ", shop, pt(shop, "을를"), " 하는 ", m,
          end_ptl(m, "은는"), " 매주 토요일 새벽이면 아내 ", wife, " 씨와 함께 반찬 ", g.ri(30, 200), "인분을 만든다.\n")
        b("이 반찬은 ", inst["office"], " 복지팀을 거쳐 홀몸 어르신 댁으로 전달된다. ",
          "'", H(g.ch(["소망쌀", "누리미 쌀", "한결 찹쌀", "하늘채 현미", "보람 햅쌀"]), "name_shaped_product"), "' 한 포대도 이웃이 보태 온 것이다.\n")
        b(p1, pt(p1, "은는"), " \"", quote_line(g, "people"), "\"며 웃었다. 후원 문의는 ", H(inst["switch"], "institution_switchboard"),
          "(복지정책과)로 하면 된다.\n")
    else:
        p1 = g.person()
        pb = g.birth(1950, 1985)
        dob = g.dob(pb, fmt=g.ch(["kor", "dot"]))
        topic = g.ch(["소망", "사랑", "하늘", "보람", "기쁨", "믿음", "노을", "바다"])
        b("[인물 포커스] ", H(topic, "common_noun"), pt(topic, "을를"), " 노래하는 시인 ", p1, "\n\n")
        b(dob, "생인 ", p1, pt(p1, "은는"), " ", H(g.ch(NAMESHAPED_PLACE), "name_shaped_place"), "에서 태어나 ",
          g.ch(["고등학교 국어 교사로", "우체국 집배원으로", "출판사 편집자로"]), " 일하다 ", g.ri(30, age_on(pb) - 1), "세에 등단했다. ")
        b("그는 \"", quote_line(g, "people"), "\"고 했다. 독자 편지는 ", vp(g.email("personal"), "으로"), " 받는다.\n")
    if isinstance(rep, V):
        b("\n", rep, " 기자")
        if g.p(0.6):
            b(g.ch([" ", " | ", "\n"]), g.email("personal", domain=g.ch(["hanbit.co.kr", "garam.kr", "news.kr"])))
        b("\n")
    else:
        b("\n", H("편집국", "office_title_only"), "\n")


def t_news_court(g, b):
    paper = g.ch(PAPERS)
    court = g.ch(["서울중앙지법", "수원지법", "인천지법", "대전지법", "광주지법 순천지원", "창원지법 마산지원", "춘천지법 강릉지원",
                  "청주지법", "부산지법 동부지원"])
    judge = g.kperson()
    de = g.person() if g.p(0.55) else g.placeholder("letter")
    vic = g.kperson() if g.p(0.5) else g.placeholder(g.ch(["letter", "masked"]))
    crime = g.ch(["사기", "업무상 횡령", "특정경제범죄가중처벌법상 사기", "도로교통법 위반(음주운전)", "개인정보 보호법 위반", "공무집행방해"])
    b(court, " 형사%d단독 " % g.ri(1, 12), judge, " 판사는 ", crime, " 혐의로 기소된 ")
    m = mention(g, de)
    b(m, end_ptl(m, "에게"), " 징역 %d년" % g.ri(1, 4), g.ch(["을 선고했다", "에 집행유예 %d년을 선고했다" % g.ri(2, 3)]), "고 ",
      kdate(g, 2026, 2026, "kor"), " 밝혔다.\n")
    if crime.startswith("도로교통법"):
        b("판결문에 따르면 ", de, pt(de, "은는"), " 혈중알코올농도 0.%03d%% 상태로 자신의 " % g.ri(80, 200), g.ch(CARS), "(",
          g.plate(), ")를 몰다 적발됐다. 그는 이미 두 차례 면허가 취소된 전력이 있었고, 당시 제시한 면허증(",
          g.dl(), ")도 타인의 것이었다.\n")
    elif "개인정보" in crime:
        b(de, pt(de, "은는"), " ", g.ch(["주민센터", "보건소", "택배 영업소"]), "에서 일하며 알게 된 ", vic, pt(vic, "의"),
          " 주민등록번호(", g.rrn("rrn_masked"), ")와 휴대전화 번호 ", g.phone("mobile"),
          "를 지인에게 넘긴 혐의를 받았다.\n")
    else:
        bank, acct = g.account()
        b(de, pt(de, "은는"), " ", g.ch(["투자금을 두 배로 불려 주겠다", "아파트 분양권을 싸게 넘기겠다", "취업을 알선해 주겠다"]),
          "며 ", vic, pt(vic, "으로"), "부터 ", g.amount(), "을 ", bank, " 계좌(", acct, ")로 송금받아 가로챈 혐의를 받았다.\n")
    b("재판부는 \"", g.ch(["피해가 회복되지 않았고 피해자가 엄벌을 탄원하고 있다", "범행을 인정하고 반성하는 점을 참작했다",
                         "동종 전과가 있음에도 다시 범행을 저질렀다"]), "\"고 양형 이유를 밝혔다. (사건번호 ", g.case_no("고단"), ")\n")
    if g.p(0.6):
        r = g.kperson()
        b(r, " 기자\n")


def t_press_release(g, b):
    inst = g.inst(g.ch(["ministry", "local", "local"]))
    boss = g.kperson()
    dept = inst["dept"]
    chief, staff = g.kperson(), g.kperson()
    topic = g.ch(["청년 월세 지원", "어르신 무료 건강검진", "폭염 대비 무더위쉼터", "개인정보 유출 예방 점검", "전통시장 주차장 개방",
                  "외국인 주민 통번역 서비스", "자율방범대 우수대원 표창"])
    b("보도자료\n", inst["office"], "\n")
    b("보도 일시: ", kdate(g, 2026, 2026, "dot"), " (", g.ch(["월", "화", "수", "목", "금"]), ") ", g.ch(["조간", "즉시", "11:00 이후"]), "\n")
    b("배포 일시: ", kdate(g, 2026, 2026, "dot"), "\n\n")
    b("■ ", inst["office"], ", '", topic, "' 본격 추진\n")
    b(" - ", g.ch(["총 ", "올해 "]), g.amount(big=True), " 투입, ", g.ri(200, 9000), "명 지원 예정\n\n")
    b("□ ", inst["office"], "(", H(inst["head"], "office_title_only"), " ", boss, ")", pt(inst["office"], "은는"), " ",
      kdate(g, 2026, 2026, "kor"), "부터 ", topic, " 사업을 시작한다고 밝혔다.\n")
    b("□ 지원 대상은 ", g.ch(["만 19~39세 무주택 청년", "만 65세 이상 어르신", "관내 등록 외국인 주민", "관내 소상공인"]), "이며, 신청은 ",
      kdate(g, 2026, 2026, "kor"), "까지 ", g.ch(["정부24", "구 홈페이지", "가까운 행정복지센터"]), "에서 할 수 있다.\n")
    b("  ○ 근거: ", g.statute(), "\n")
    if g.p(0.6):
        win = [g.person() for _ in range(g.ri(2, 4))]
        b("□ 한편 이날 행사에서는 지역 봉사에 힘쓴 ")
        for k, w in enumerate(win):
            b(w, " 씨" if g.p(0.5) else "", ", " if k < len(win) - 1 else "")
        b(" 등 %d명이 표창을 받았다.\n" % len(win))
    b("□ ", boss, " ", head_title(inst), "은 \"",
      quote_line(g, "policy"), "\"라고 말했다.\n\n")
    b("담당 부서: ", dept, "\n")
    b("책임자: 과장 ", chief, " (", g.phone("landline", area=inst["area"]), ")\n")
    b("담당자: ", g.ch(["주무관 ", "사무관 ", "팀장 "]), staff, " (", g.phone("landline", area=inst["area"]), ")",
      *([" ", g.email("official")] if g.p(0.4) else [""]), "\n")
    b("※ 일반 문의: ", sw(inst) if g.p(0.6) else g.switchboard(), "\n")


def t_minutes(g, b):
    com = g.ch(["도시계획위원회", "정보공개심의회", "지방보조금심의위원회", "인사위원회", "주민참여예산위원회", "개인정보보호위원회",
                "학교운영위원회", "공공디자인 진흥위원회", "지역사회보장협의체"])
    mem = [g.person() for _ in range(g.ri(4, 7))]
    roles = ["위원장"] + ["위원"] * (len(mem) - 1)
    clerk = g.kperson()
    b("제%d차 " % g.ri(1, 30), com, " 회의록\n\n")
    b("1. 일시: ", kdate(g, 2025, 2026, "kor"), " ", g.ri(10, 17), ":00\n2. 장소: ", g.ch(["본관 3층 소회의실", "별관 대회의실", "영상회의실"]), "\n")
    b("3. 참석자: ")
    style = g.ch(["list", "paren", "table"])
    for k, (m, rl) in enumerate(zip(mem, roles)):
        if style == "list":
            b(rl, " ", m, ", " if k < len(mem) - 1 else "")
        elif style == "paren":
            b(m, "(", rl, ")", ", " if k < len(mem) - 1 else "")
        else:
            b("\n   ", rl, "\t", m)
    b("\n   간사: ", g.ch(["주무관 ", ""]), clerk, "\n   불참: ", g.ri(0, 3), "명\n\n4. 안건: ", g.ch(["제1호 ", "보고 "]),
      g.ch(["2027년도 보조금 교부 대상 선정", "개인정보 처리방침 개정안", "도시관리계획 변경 결정", "징계 감경 여부 검토"]), "\n\n5. 회의 내용\n")
    appl = g.person()
    appl_line = g.p(0.5)
    turns = g.ri(4, 7)
    for k in range(turns):
        j = g.ri(0, len(mem) - 1)
        m, rl = mem[j], roles[j]
        form = g.ch(["○ {rl} {m}: ", "○ {m} {rl}: ", "{rl}({m}) ", "◇{m} {rl} "])
        pre, post = form.split("{m}")
        pre = pre.replace("{rl}", rl)
        post = post.replace("{rl}", rl)
        b(pre, m, post)
        said = g.ch([["신청인 ", appl, " 씨의 경우 제출 서류가 미비하니 보완을 요청하는 게 맞다고 봅니다."],
                     ["지난 회의에서 ", mem[(j + 1) % len(mem)], " 위원님이 지적하신 부분은 반영되었습니까?"],
                     ["예산 ", g.amount(), "은 과다하다고 생각합니다. 단가를 다시 산출해 주십시오."],
                     ["이 건은 ", g.statute(), "에 따라 심의 대상이 아닙니다."],
                     ["민원인 연락처(", g.phone("mobile"), ")로 결과를 안내하는 것으로 정리하겠습니다."],
                     ["원안대로 의결하되, 부대 의견을 붙이겠습니다."],
                     ["업체 대표 ", g.person(), " 씨가 제출한 사업계획서를 보면 산출 근거가 없습니다."],
                     ["", H(g.ch(["위원 A", "위원 B", "○○○ 위원"]), "placeholder_person"), "의 서면 의견도 같은 취지입니다."]])
        b(said, "\n")
    b("\n6. 의결 결과: ", g.ch(["원안 가결", "수정 가결", "보류", "부결"]), "\n")
    b("\n", kdate(g, 2025, 2026, "dot"), "\n작성자 간사 ", clerk, " (서명)\n")
    if appl_line:
        b("붙임: 신청인 ", appl, " 제출 자료 1부.  끝.\n")


def t_judgment(g, b):
    court = g.ch(["서울중앙지방법원", "수원지방법원", "대구지방법원 서부지원", "광주지방법원", "의정부지방법원 고양지원",
                  "부산지방법원", "대전지방법원 천안지원", "전주지방법원 군산지원"])
    de = g.kperson()
    occ = g.ch(["무직", "회사원", "자영업", "운전기사", "일용직", "학생"])
    birth = g.birth(1960, 2003)
    b(court, "\n판        결\n\n사      건  ", g.case_no(g.ch(["고단", "고합", "고정"])), " ",
      g.ch(["사기", "컴퓨터등사용사기", "절도", "도로교통법위반(음주운전)", "여신전문금융업법위반", "전자금융거래법위반"]), "\n")
    fr = g.p(0.25)
    if fr:
        de, nat, birth = g.foreigner()
        b("피  고  인  ", de, " (", g.frn(birth=birth), "), ", occ, ", 국적 ", nat, "\n            여권번호 ",
          g.passport("foreign", nat=nat), "\n")
    else:
        b("피  고  인  ", de, " (", g.rrn("rrn_masked", birth=birth) if g.p(0.5) else g.dob(birth, g.ch(["yymmdd", "yy_dot"])),
          "), ", occ, "\n")
    a = g.address()
    b("            주거 ", a["v"], "\n            등록기준지 ", H(g.coarse_loc(), "coarse_location"), "\n")
    if g.p(0.3):
        b("피  고  인  2. ", g.company(), " (법인등록번호 ", g.crn(), ")\n            대표이사 ", g.person(), "\n")
    b("검      사  ", g.kperson(), "(기소), ", g.kperson(), "(공판)\n")
    b("변  호  인  ", *([["변호사 ", g.kperson()]] if g.p(0.6) else [["법무법인 ", H(g.ch(["가람", "한결", "바른길", "새솔"]), "company_name")]]),
      "\n판 결 선 고  ", kdate(g, 2025, 2026, "dot"), "\n\n주      문\n\n")
    b("피고인을 징역 %d월에 처한다.\n" % g.ch([6, 8, 10, 12, 18]))
    if g.p(0.5):
        b("다만, 이 판결 확정일부터 %d년간 위 형의 집행을 유예한다.\n" % g.ri(1, 3))
    b("\n이      유\n\n범 죄 사 실\n\n")
    v1 = g.person()
    v2 = g.kperson()
    opts = ["card", "acct", "plate", "phone", "id"]
    g.r.shuffle(opts)
    for k, c in enumerate(opts[:g.ri(2, 4)]):
        b("%d. " % (k + 1))
        if c == "card":
            b("피고인은 ", kdate(g, 2024, 2025, "kor"), " ", H(g.coarse_loc(), "coarse_location"), "에 있는 ", g.ch(["편의점", "주점", "PC방"]),
              "에서 피해자 ", v1, pt(v1, "이가"), " 잃어버린 ", g.ch(["신용카드", "체크카드"]), "(카드번호 ", g.card(), ")를 습득한 후, ",
              "그 무렵부터 ", g.ri(2, 40), "회에 걸쳐 합계 ", g.amount(), " 상당을 결제하였다.\n")
        elif c == "acct":
            bank, acct = g.account()
            b("피고인은 성명불상의 보이스피싱 조직원에게 자신 명의의 ", bank, " 계좌(", acct, ")의 접근매체를 ", g.amount(),
              "을 받고 양도하였다.\n")
        elif c == "plate":
            b("피고인은 ", kdate(g, 2024, 2025, "kor"), " 혈중알코올농도 0.%03d%%의 술에 취한 상태로 " % g.ri(30, 210), g.ch(CARS), "(",
              g.plate(), ")를 약 %dkm 구간에서 운전하였다.\n" % g.ri(1, 15))
        elif c == "phone":
            b("피고인은 피해자 ", v2, "에게 검사를 사칭하며 ", g.phone(g.ch(["070", "mobile"])), " 번호로 전화를 걸어 \"당신 명의 계좌가 범죄에 이용되었다\"고 ",
              "거짓말하여 이에 속은 피해자로부터 ", g.amount(), "을 교부받았다.\n")
        else:
            b("피고인은 피해자 ", v2, "(", g.rrn("rrn_valid") if g.p(0.5) else g.rrn("rrn_masked"), ")의 명의를 도용하여 휴대전화를 개통하였다.\n")
    b("\n증거의 요지\n1. 피고인의 법정진술\n1. ", v1, pt(v1, "에"), " 대한 경찰 진술조서\n1. 수사보고(", g.ch(["CCTV 영상 분석", "계좌거래내역 첨부"]),
      ")\n\n법령의 적용\n1. 범죄사실에 대한 해당법조 및 형의 선택\n   ", g.statute(), "\n\n")
    b("판사  ", g.kperson(), "\n")


def t_decision_admin(g, b):
    inst = g.inst("local")
    ap = g.person()
    birth = g.birth(1955, 2004)
    kind = g.ch(["dl", "dl", "welfare", "info", "stay", "stay"])
    if kind == "stay":
        ap, nat, birth = g.foreigner(lo=1975, hi=2003)
    b(g.ch(["중앙행정심판위원회", "경기도행정심판위원회", "서울특별시행정심판위원회", "국민권익위원회"]), "\n재    결\n\n사건번호  ",
      g.case_no("행심"), "\n사 건 명  ")
    b({"dl": "자동차운전면허 취소처분 취소청구", "welfare": "기초생활수급자 급여 중지처분 취소청구",
       "info": "정보공개 거부처분 취소청구", "stay": "체류기간 연장등 불허가처분 취소청구"}[kind], "\n청 구 인  ", ap, "\n          ")
    a = g.address()
    resp = {"dl": g.ch(["서울특별시경찰청장", "경기도남부경찰청장", "충청남도경찰청장", "부산광역시경찰청장"]),
            "stay": g.ch(["서울출입국·외국인청장", "수원출입국·외국인사무소장", "양주출입국·외국인사무소장"])}.get(kind, inst["head"])
    b(addr_items(g, a, postal=False), "\n피청구인  ", H(resp, "office_title_only"), "\n")
    outs = ["청구인의 청구를 기각한다.", "피청구인이 청구인에게 한 처분을 취소한다."]
    if kind == "dl":
        outs.append("피청구인이 청구인에게 한 처분을 %d일의 운전면허 정지처분으로 변경한다." % g.ch([100, 110, 120]))
    b("재결일  ", kdate(g, 2025, 2026, "dot"), "\n\n주    문\n", g.ch(outs), "\n\n")
    b("이    유\n1. 사건 개요\n")
    if kind == "stay":
        comp = g.company()
        b("  가. 청구인은 ", nat, " 국적의 외국인으로 ", g.dob(birth, g.ch(["kor", "dot", "iso"])), "생이며, 여권(번호 ", g.passport("foreign", nat=nat),
          ")을 소지하고 ", kdate(g, 2018, 2024, "kor"), " 비전문취업(E-9) 자격으로 입국하였다(외국인등록번호 ", g.frn(birth=birth), ").\n")
        b("  나. 청구인은 ", comp, "(사업자등록번호 ", g.brn(), ")에서 일하다 ", kdate(g, 2025, 2026, "kor"), " 체류기간 연장을 신청하였으나, ",
          "피청구인은 ", vp(g.statute(), "을를"), " 들어 이를 불허하였다.\n")
        b("2. 청구인 주장\n  청구인은 사업장 대표 ", g.person(), "의 임금 체불로 사업장을 옮길 수밖에 없었다고 주장한다.\n")
    elif kind == "dl":
        ly = min(birth[0] + g.ri(19, 35), 2024)
        b("  가. 청구인은 ", g.dob(birth, g.ch(["kor", "dot"])), "생으로, ", "%d년 %d월 %d일" % (ly, g.ri(1, 12), g.ri(1, 28)),
          " 제1종 보통운전면허(면허번호 ", g.dl(year=ly), ")를 취득하였다.\n")
        b("  나. 청구인은 ", kdate(g, 2025, 2026, "kor"), " ", time_str(g), " 혈중알코올농도 0.%03d%% 상태로 " % g.ri(80, 160),
          g.ch(CARS), "(", g.plate(), ")를 운전하다 단속되었다.\n")
        b("  다. 피청구인은 ", g.statute(), "에 따라 청구인의 운전면허를 취소하였다.\n")
        b("2. 청구인 주장\n  청구인은 ", g.ch(["택배", "학원 차량 운전", "화물 운송"]), " 일을 하며 배우자 ", *(lambda v: [v, pt(v, "과와")])(g.person()),
          " 자녀 둘을 부양하고 있어 운전면허가 생계에 꼭 필요하다고 주장한다.\n")
    elif kind == "welfare":
        b("  가. 청구인은 ", kdate(g, 2018, 2023, "kor"), "부터 생계급여를 받아 왔다. 급여는 청구인 명의 ")
        bank, acct = g.account()
        b(bank, " 계좌(", acct, ")로 지급되었다.\n")
        b("  나. 피청구인은 청구인의 아들 ", g.person(), "(", g.dob(fmt="dot", lo=1975, hi=1995), "생)에게 부양능력이 있다는 이유로 급여를 중지하였다.\n")
        b("2. 청구인 주장\n  청구인은 아들과 %d년 넘게 연락이 끊겼고, 건강보험증(" % g.ri(5, 20), g.hi(), ") 상 피부양자도 아니라고 주장한다.\n")
    else:
        b("  가. 청구인은 ", kdate(g, 2025, 2026, "kor"), " 피청구인에게 ", g.ch(["업무추진비 집행내역", "CCTV 영상", "민원 처리 기록"]),
          "의 공개를 청구하였다.\n  나. 피청구인은 ", H("「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호", "statute_citation"),
          "를 들어 비공개 결정을 하였다.\n2. 청구인 주장\n  청구인은 담당 공무원 ", g.person(), " 주무관이 전화(",
          g.phone("landline", area=inst["area"]), ")로 부당하게 청구 취하를 권유하였다고 주장한다.\n")
    b("3. 판단\n  ", g.ch(["관계 법령과 제출된 자료를 종합하면 피청구인의 처분은 재량권의 범위 내에 있다.",
                         "처분으로 달성하려는 공익보다 청구인이 입을 불이익이 지나치게 크다.",
                         "피청구인은 처분 사유를 구체적으로 제시하지 아니하였다."]), "\n4. 결론\n  그러므로 주문과 같이 재결한다.\n")


def t_petition(g, b):
    me = g.person()
    inst = g.inst("local")
    birth = g.birth(1948, 2000)
    a = g.address()
    kind = g.ch(["noise", "parking", "refund", "card", "neglect", "passport"])
    b(g.ch(["진정서", "민원 신청 내용", "국민신문고 민원", "탄원서", "[민원] 도와주세요"]), "\n\n")
    b(g.ch(["받는 곳: ", "수신: "]), H(inst["head"], "office_title_only"), "\n")
    if g.p(0.6):
        b("작성자: ", me, " / ", g.ch(["생년월일 ", "출생 "]), g.dob(birth), " / 연락처 ", g.phone("mobile"), "\n")
    b("\n")
    intro = g.ch(["안녕하십니까. 저는 ", "담당자님께. 저는 ", "존경하는 %s님, 저는 " % head_title(inst)])
    b(intro, a["v"], "에 사는 ", me, "입니다. ")
    if g.p(0.5):
        oc = g.ch(OCCUP)
        b("올해 나이 %d세이고 " % age_on(birth), oc, pt(oc, "으로"), " 일하고 있습니다. ")
    b("\n")
    nb = g.person()
    if kind == "noise":
        b("윗집", g.ch([" %d호" % g.ri(201, 1504), ""]), "에 사는 ", nb, " 씨 가족 때문에 밤마다 잠을 잘 수가 없습니다. ",
          "관리사무소(", g.switchboard(), ")에도 여러 번 말했지만 달라진 게 없습니다. ")
        b("제가 ", kdate(g, 2026, 2026, "kor"), "부터 적은 소음 일지를 첨부합니다.\n")
    elif kind == "parking":
        p1, p2 = g.plate(), g.plate()
        b("저희 집 앞 골목에 ", p1, " 차량과 ", p2, " 화물차가 매일 밤 불법 주차를 해서 ", g.ch(["소방차가 들어올 수 없습니다", "아이들이 다닐 수 없습니다"]),
          ". 차주 ", nb, " 씨에게 직접 말했더니 오히려 욕을 했습니다. ", H("「도로교통법」 제32조", "statute_citation"), "에 따라 단속해 주십시오.\n")
    elif kind == "refund":
        bank, acct = g.account()
        b(kdate(g, 2026, 2026, "kor"), "에 ", g.ch(["자동차세", "주민세", "과태료", "체육시설 이용료"]), "를 두 번 냈습니다. ",
          "영수증 번호는 ", g.receipt_no(), "입니다. 잘못 낸 ", g.amount(), "을 제 ", bank, " 계좌 ", acct,
          "(예금주 ", me, ")로 돌려주시기 바랍니다.\n")
    elif kind == "passport":
        b(kdate(g, 2026, 2026, "kor"), " ", g.ch(["다낭", "방콕", "오사카", "세부"]), " 여행 중 여권(", g.passport(g.ch(["kr_new", "kr_new", "kr_old"])),
          ")을 잃어버려 영사관에서 여행증명서를 받아 귀국했습니다. 그런데 구청 여권민원실에서는 분실 신고가 접수되지 않았다며 재발급을 미루고 있습니다. ",
          "같이 여행한 동생 ", nb, "의 여권(", g.passport("kr_new"), ")은 정상 처리되었습니다.\n")
    elif kind == "card":
        b(g.ch(["구청 체육센터", "시립 주차장", "공영 캠핑장"]), " 온라인 결제 화면에서 카드번호 ", g.card(masked=False),
          "를 입력했는데 결제가 세 번 승인됐습니다. 카드사에서는 기관에 문의하라고만 합니다. 확인 후 연락 부탁드립니다.\n")
    else:
        el = g.person()
        b("옆집에 혼자 사시는 ", el, " 할머니(%d)가 며칠째 보이지 않습니다. " % g.ri(75, 94), g.ch(["우편물이 쌓여 있고", "밤에도 불이 꺼져 있고"]),
          " 전화(", g.phone("landline"), ")도 받지 않으십니다. 따님 ", nb, " 씨 번호는 ", g.phone("mobile"), "인데 역시 연결이 안 됩니다.\n")
    b("\n", g.ch(["빠른 처리 부탁드립니다.", "꼭 확인해 주십시오.", "선처를 바랍니다."]), "\n")
    b(kdate(g, 2026, 2026, "dot"), "\n", g.ch(["진정인 ", "민원인 ", "작성자 ", ""]), me, " ", g.ch(["올림", "(서명)", "드림"]), "\n")
    if g.p(0.5):
        b("회신 받을 곳: ", g.ch([[a["v"]], [g.email("personal")], [g.phone("mobile")]]), "\n")


def t_police(g, b):
    inst = g.inst("agency")
    inst["name"] = g.police()
    st = g.ch(["지구대", "파출소"])
    off = g.kperson()
    sus = g.kperson()
    vic = g.person()
    birth = g.birth(1950, 2006)
    kind = g.ch(["theft", "fight", "fraud", "dui"])
    b(g.ch(["발 생 보 고", "사건 발생 보고서", "112 신고 사건 처리표", "진 술 조 서"]), "\n")
    b("보고일시: ", kdate(g, 2026, 2026, "dot"), " ", "%02d:%02d" % (g.ri(0, 23), g.ri(0, 59)), "\n")
    b("보고자: ", H(g.ch(["마포", "수원중부", "청주흥덕", "해운대", "유성"]) + st, "institution_name"), " 경위 ", off, "\n")
    b("접수번호: ", g.receipt_no(), "\n\n")
    fr = g.p(0.3)
    if fr:
        sus, nat, birth = g.foreigner()
    b("1. 피의자 인적사항\n   성명: ", sus, " (", g.ch(["남", "여"]), ", %d세)\n" % age_on(birth))
    if fr:
        b("   국적: ", nat, "\n   외국인등록번호: ", g.frn(birth=birth), "\n   여권번호: ", g.passport("foreign", nat=nat), "\n")
    else:
        b("   주민등록번호: ", g.rrn(g.ch(["rrn_valid", "rrn_masked"]), birth=birth), "\n")
    a = g.address()
    b("   주거: ", addr_items(g, a, postal=False), "\n   연락처: ", g.phone("mobile"), "\n\n2. 사건 개요\n")
    if kind == "theft":
        b("   피의자는 ", kdate(g, 2026, 2026, "kor"), " ", time_str(g), " ", H(g.coarse_loc(), "coarse_location"), "의 무인 세탁소에서 피해자 ",
          vic, pt(vic, "이가"), " 두고 간 지갑을 가지고 갔다. 지갑에는 현금과 ", g.ch(["신용카드", "체크카드"]), "(", g.card(), "), 운전면허증(",
          g.dl(), ")이 들어 있었다.\n")
        b("   피해자는 카드 승인 문자를 받고 ", g.phone("mobile"), " 번호로 112에 신고하였다.\n")
    elif kind == "fight":
        b("   ", kdate(g, 2026, 2026, "kor"), " ", time_str(g), " 피의자와 피해자 ", vic, "(%d세)" % g.ri(20, 70),
          pt(vic, "이가"), " ", H(g.ch(NAMESHAPED_PLACE), "name_shaped_place"), " 소재 술집에서 시비 끝에 몸싸움을 하였다. 피해자는 코뼈 골절로 ",
          H(g.ch(["가람병원", "한빛정형외과", "새솔의료원"]), "company_name"), "에 이송되었다.\n")
        b("   목격자 ", g.person(), "(", g.phone("mobile"), ")의 진술에 의하면 피의자가 먼저 주먹을 휘둘렀다고 한다.\n")
    elif kind == "fraud":
        bank, acct = g.account()
        b("   피의자는 중고거래 앱에서 ", vp(g.ch(["노트북", "캠핑용품", "콘서트 표", "유모차"]), "을를"), " 판다고 속여 피해자 ", vic, pt(vic, "으로") + "부터 ", g.amount(), "을 ", bank, " ", acct, " 계좌로 송금받았다.\n")
        b("   피의자는 ", g.email("personal"), " 계정과 IP ", g.ip("public"), "에서 접속한 것으로 확인되었다.\n")
    else:
        b("   피의자는 ", kdate(g, 2026, 2026, "kor"), " ", time_str(g), " 음주 상태로 ", g.ch(CARS), "(", g.plate(),
          ")를 운전하다 검문에 적발되었다. 측정 결과 혈중알코올농도 0.%03d%%. 면허번호 " % g.ri(31, 190), g.dl(), ".\n")
    b("\n3. 조치사항\n   ", g.ch(["임의동행 후 피의자신문", "현행범 체포 후 인계", "피해자 진술 청취 및 증거물 압수"]), ". 관련 법조: ",
      g.statute(), "\n   담당: ", inst["name"], " ", g.ch(["형사과", "수사과", "교통조사계"]), " ", g.kperson(), " 경사 (",
      g.phone("landline", area=inst["area"]), ")\n")


def t_fire(g, b):
    inst = g.inst("agency")
    cap = g.kperson()
    a = g.address(g.ch(["road", "jibun", "jibun_apt"]))
    own = g.person()
    inj = g.person()
    b(g.ch(["화재 현장 조사서", "구급 활동 일지", "화재 출동 결과 보고"]), "\n", H(g.ch(["가람", "한빛", "중부", "동부", "서부"]) + "소방서", "institution_name"),
      " ", g.ch(["현장대응단", "화재조사팀", "119구급대"]), "\n\n")
    b("○ 신고 접수: ", kdate(g, 2026, 2026, "dot"), " ", "%02d:%02d" % (g.ri(0, 23), g.ri(0, 59)), " (", H("119", "short_code"), " 종합상황실)\n")
    b("○ 신고자: ", g.person(), " (", g.phone("mobile"), ")\n")
    b("○ 발생 장소: ", addr_items(g, a, postal=False), "\n")
    b("○ 건물 소유자: ", own, "\n\n")
    b("○ 경위\n  ", kdate(g, 2026, 2026, "kor"), " ", time_str(g), " ", g.ch(["2층 주방", "1층 창고", "지하 주차장", "베란다"]),
      "에서 발화. 선착대 도착 시 ", g.ch(["연기가 계단실에 가득 찬 상태", "창문으로 불길이 분출되는 상태"]), "였으며, 거주자 ", inj, "(",
      g.ch(["남", "여"]), ", %d세)" % g.ri(5, 90), pt(inj, "이가"), " ", g.ch(["연기 흡입으로", "손에 2도 화상을 입어"]),
      " 인근 병원으로 이송됨.\n")
    if g.p(0.5):
        b("  주차장에 있던 ", g.ch(CARS), "(", g.plate(), ")가 일부 그을림.\n")
    b("  추정 원인: ", g.ch(["전기적 요인(멀티탭 과열)", "부주의(음식물 조리 중 자리 비움)", "미상"]), "\n  재산 피해: ", g.amount(), "\n\n")
    b("○ 현장 지휘: ", g.ch(["소방경 ", "소방위 ", "팀장 "]), cap, "\n○ 작성: ", g.ch(["소방장 ", "소방교 "]), g.kperson(), "\n")
    if g.p(0.5):
        b("○ 비고: 소유자 연락처 ", g.phone(g.ch(["mobile", "landline"])), ", 보험사 ", g.company(), "\n")


def t_counsel(g, b):
    inst = g.inst("local")
    cl = g.person()
    worker = g.kperson()
    birth = g.birth(1940, 2004)
    kid = g.kperson()
    kbirth = g.birth(2008, 2026) if g.p(0.6) else g.birth_post2020()
    b(g.ch(["상담일지", "초기상담 기록지", "사례관리 상담 기록", "위기가구 방문상담 기록"]), "\n")
    b(inst["name"], " ", g.ch(["맞춤형복지팀", "희망복지지원단", "주민복지과"]), "\n\n")
    b("상담일: ", kdate(g, 2026, 2026, "dot"), "   상담자: ", g.ch(["사회복지주무관 ", "통합사례관리사 ", ""]), worker, "\n")
    mig = g.p(0.35)
    if mig:
        cl, nat, birth = g.foreigner(lo=1975, hi=2002)
    b("대상자: ", cl, " (", "" if mig else g.ch(["남/", "여/"]), age_on(birth), "세)\n")
    if mig:
        b("국적: ", nat, "  외국인등록번호: ", g.frn(birth=birth), "  여권번호: ", g.passport("foreign", nat=nat), "\n")
    b("\n[상담 내용]\n")
    if mig:
        sp_ = g.person()
        b("대상자는 ", g.ri(2008, 2022), "년 결혼이민 자격으로 입국하여 배우자 ", sp_, pt(sp_, "과와"), " 살다가 ",
          g.ch(["최근 별거 중이며", "배우자의 폭언으로 쉼터에 머물고 있으며", "배우자 사망 후 혼자 자녀를 키우고 있으며"]), ", 한국어 소통은 ",
          g.ch(["가능함.", "통역이 필요함.", "어려움."]), "\n")
    bank, acct = g.account()
    if g.p(0.45):
        plc = g.ch(NAMESHAPED_PLACE)
        b("대상자는 ", H(plc, "name_shaped_place"), "에서 ", g.ri(2, 30), "년째 거주 중이며 ", g.ch(["인근 ", ""]),
          H(g.ch(["한결우유", "보람상조", "하늘채 생수", "다솜 이유식"]), "name_shaped_product"), " 대리점에서 일하다 그만두었다고 함.\n")
    b(g.ch(["대상자는 ", "내담자는 "]), g.dob(birth, g.ch(["kor", "dot", "dotpad"])), "생으로 ", g.ch(["기초연금", "장애인연금", "실업급여"]),
      " 외에는 소득이 없으며, ", g.ch(["월세 %d만 원을 석 달째 내지 못했다고 함." % g.ri(20, 60), "관리비 체납으로 단전 예고를 받았다고 함.",
                                  "최근 넘어져 허리를 다쳐 일을 쉬고 있다고 함."]), "\n")
    b("자녀 ", kid, "(", g.dob(kbirth, g.ch(["dot", "iso", "kor"])), "생)", pt(kid, "은는"), " ",
      {True: "어린이집에 다니며", False: "초등학교에 다니며"}[age_on(kbirth) < 7] if age_on(kbirth) < 13 else
      g.ch(["중학생으로", "고등학생으로"]) if age_on(kbirth) < 19 else "대학생으로", " 대상자가 혼자 돌보고 있음.\n")
    if g.p(0.35):
        b("아동 주민등록번호 ", g.rrn("rrn_post2020" if kbirth >= (2020, 10, 5) else g.ch(["rrn_valid", "rrn_masked"]), birth=kbirth),
          ", 아동수당 수급 중.\n")
    if g.p(0.7):
        b("건강보험증 번호 ", g.hi(), " 확인 결과 ", g.ch(["건강보험료 6개월 체납 상태.", "의료급여 전환 대상으로 판단됨.", "지역가입자로 확인됨."]), "\n")
    b("긴급생계비는 본인 명의 ", bank, " 계좌(", acct, ")로 지급하기로 하고, 통장 사본을 받음.\n")
    if g.p(0.5):
        b("대상자 휴대전화(", g.phone("mobile"), ")가 자주 꺼져 있어 이웃 ", g.person(), " 씨 연락처 ", vp(g.phone("mobile"), "을를"), " 비상연락처로 받아 둠.\n")
    if g.p(0.3):
        b("신용카드(", g.card(masked=True), ") 대금 ", g.amount(), " 연체로 독촉 전화를 받고 있다고 함.\n")
    b("\n[향후 계획]\n- ", g.ch(["2주 후 재방문", "주거급여 신청 안내", "정신건강복지센터 연계"]), "\n- 관련 근거: ", g.statute(), "\n")
    b("- 문의: ", sw(inst) if g.p(0.5) else H("129", "short_code"), "\n")


def t_interview(g, b):
    inv = g.kperson()
    sub = g.person()
    birth = g.birth(1960, 2003)
    ctx = g.ch(["감사", "고충", "채용비위 조사", "갑질 신고 조사", "실태조사"])
    b(ctx, " 면담 녹취록\n관리번호: ", g.receipt_no(), "\n\n일시: ", kdate(g, 2026, 2026, "dot"), " ", g.ri(9, 17), ":%02d\n" % g.ri(0, 59))
    b("장소: ", g.ch(["감사실 면담실", "별관 2층 회의실", "화상회의"]), "\n조사자: ", g.ch(["감사관 ", "조사관 ", "주무관 "]), inv, "\n")
    b("면담 대상: ", sub, "\n\n")
    qs = []
    qs.append((["본인 확인을 위해 성함과 생년월일을 말씀해 주세요."], [sub, g.ch(["이고요, ", "입니다. "]), g.dob(birth, g.ch(["kor", "kor_yy", "dot"])), "생입니다."]))
    qs.append((["현재 주소가 어떻게 되십니까?"], ["", g.address()["v"], g.ch(["에 살고 있습니다.", "입니다."])]))
    other = g.person()
    qs.append((["문제가 된 날 상황을 설명해 주시겠어요?"],
               [kdate(g, 2026, 2026, "kor"), " 회식 자리에서 ", other, " 팀장이 제 휴대전화를 가져가서 ", g.ch(["사진을 지웠습니다", "메시지를 읽었습니다"]),
                ". 그 자리에 ", g.person(), " 주무관도 있었습니다."]))
    qs.append((["그 이후 연락을 받은 적이 있습니까?"],
               ["네, 밤 11시쯤 ", g.phone("mobile"), " 번호로 ", g.ch(["세 번", "여러 번"]), " 전화가 왔고, 개인 메일 ", g.email("personal"),
                "로도 메일이 왔습니다."]))
    if g.p(0.4):
        qs.append((["회식비는 누가 결제했습니까?"], ["제 개인 카드(", g.card(masked=g.p(0.5)), ")로 먼저 내고 나중에 나눠 받았습니다."]))
    qs.append((["추가로 제출할 자료가 있나요?"], ["통화 녹음 파일과 ", H(g.ch(["카카오톡", "문자"]) + " 캡처", "common_noun"), "를 드리겠습니다."]))
    if g.p(0.4):
        qs.append((["개인 차량으로 출장을 다녀온 적이 있습니까?"], ["제 차 ", vp(g.plate(), "으로"), " 다녀왔고 유류비는 따로 청구하지 않았습니다."]))
    g.r.shuffle(qs)
    qs = [qs[0]] + qs[1:g.ri(3, len(qs))]
    for q, a_ in qs:
        b(g.ch(["문: ", "Q. ", "조사자: "]), q, "\n", g.ch(["답: ", "A. ", "진술인: "]), a_, "\n")
    b("\n위 내용이 사실과 다름없음을 확인합니다.\n", kdate(g, 2026, 2026, "dot"), "  진술인 ", sub, " (서명)\n")


def t_audit(g, b):
    inst = g.inst(g.ch(["local", "agency"]))
    off = g.kperson()
    off2 = g.person()
    comp = g.company()
    b(g.ch(["감사 결과 처분 요구서", "자체감사 결과 보고", "특정감사 결과"]), "\n", inst["office"], " 감사담당관\n\n")
    m0 = g.ri(1, 10)
    b("1. 감사 개요\n  감사 기간: 2026. %d. %d. ~ 2026. %d. %d.\n  감사 근거: " % (m0, g.ri(1, 14), m0, g.ri(15, 28)), g.statute(), "\n\n")
    k = g.ch(["ip", "contract", "travel"])
    b("2. 지적 사항\n  가. ", {"ip": "개인정보 처리시스템 부적정 조회", "contract": "수의계약 부당 분할", "travel": "출장여비 부당 수령"}[k], "\n")
    if k == "ip":
        b("   ", inst["dept"], " ", off, " 주무관은 ", kdate(g, 2026, 2026, "kor"), "부터 ", g.ri(3, 40), "회에 걸쳐 업무와 무관하게 ",
          "지인 ", g.kperson(), "(", g.rrn("rrn_masked"), ")의 주소와 연락처를 조회하였다.\n")
        b("   접속 기록을 보면 조회는 업무용 PC(", g.ip("private"), ")뿐 아니라 외부 IP ", g.ip("public"), "에서도 이루어졌고, ",
          "조회 결과는 개인 메일(", g.email("personal"), ")로 전송되었다.\n")
    elif k == "contract":
        b("   ", off, " 팀장은 ", comp, "(대표 ", off2, ", 사업자등록번호 ", g.brn(), ")와 ", g.ri(3, 7), "차례에 걸쳐 ", g.amount(),
          " 이하로 나누어 수의계약을 체결하였다.\n")
        if g.p(0.8):
            b("   해당 업체의 법인등록번호는 ", g.crn(), "이고, 본점 소재지는 ", g.address("road", unit="floor")["v"], "이다.\n")
        bank, acct = g.account()
        b("   대금은 업체 계좌가 아닌 대표 개인 명의 ", bank, " ", acct, "로 지급되었다.\n")
    else:
        b("   ", off, " 주무관 외 ", g.ri(1, 4), "명은 관외 출장을 신청하고도 실제로는 출장지에 가지 않았다. 출장에 썼다는 ", off, pt(off, "의"), " 개인 차량 ", g.plate(),
          "의 운행기록과 하이패스 기록이 일치하지 않는다.\n")
        b("   같은 기간 ", off, pt(off, "의"), " 업무용 계정은 청사 내부 IP(", g.ip("private"), ")에서 로그인되어 있었다.\n")
    b("\n3. 처분 요구\n  ", g.ch(["경징계", "훈계", "주의", "중징계"]), " 요구(", off, "), 관련자 ", g.ch(["주의", "시정"]), ". 회수 금액 ", g.amount(), "\n")
    b("\n감사반장 ", g.ch(["서기관 ", "감사관 "]), g.kperson(), " / 감사반원 ", g.kperson(), "\n")
    b("문의: 감사담당관실 ", g.phone("landline", area=inst["area"]), " / 공익신고 ", H(g.ch(["1398", "110"]), "short_code"), "\n")


def t_discipline(g, b):
    inst = g.inst("local")
    of = g.kperson()
    birth = g.birth(1965, 1998)
    b(g.ch(["징 계 의 결 서", "징계의결 요구서", "징계처분 사유 설명서"]), "\n\n")
    b("소속: ", inst["name"], " ", inst["dept"], "\n직위(급): ", g.ch(["지방행정주사(6급)", "지방행정주사보(7급)", "지방시설서기(8급)", "지방사회복지주사(6급)"]), "\n")
    b("성명: ", of, "\n생년월일: ", g.dob(birth), "\n")
    if g.p(0.4):
        b("주소: ", g.address()["v"], "\n")
    b("의결 주문: ", g.ch(["정직 1월", "감봉 2월", "견책", "강등", "해임"]), "\n\n이유\n")
    k = g.ch(["dui", "privacy", "harass"])
    if k == "dui":
        b("혐의자는 ", kdate(g, 2025, 2026, "kor"), " 혈중알코올농도 0.%03d%% 상태로 자신의 " % g.ri(30, 180), g.ch(CARS), "(", g.plate(),
          ")를 운전하다 적발되어 운전면허(", g.dl(), ")가 ", g.ch(["취소", "정지"]), "되었고, ", g.case_no("고약"), " 약식명령으로 벌금 ",
          g.amount(), "을 선고받았다.\n")
    elif k == "privacy":
        v = g.person()
        b("혐의자는 업무상 알게 된 민원인 ", v, pt(v, "의"), " 휴대전화 번호(", g.phone("mobile"), ")와 주소를 ", g.ch(["동창", "배우자", "지인"]), " ",
          g.person(), "에게 알려 주었다. 이는 ", vp(g.statute(), "을를"), " 위반한 것이다.\n")
    else:
        v = g.person()
        b("혐의자는 ", kdate(g, 2025, 2026, "kor"), "부터 약 ", g.ri(2, 9), "개월간 부하 직원 ", v, "에게 개인 심부름을 시키고, 퇴근 후에도 ",
          "사적인 메시지를 수차례 보냈다. ", v, pt(v, "은는"), " 병가를 내고 ", H(g.ch(["가람정신건강의학과", "한빛심리상담센터"]), "company_name"),
          "에서 치료를 받았다.\n")
    b("\n", g.statute(), "에 따라 위와 같이 의결한다.\n\n", kdate(g, 2026, 2026, "dot"), "\n",
      inst["office"], " ", g.ch(["인사위원회", "보통징계위원회"]), "\n위원장 ", g.kperson(), " (인)\n")


def t_school(g, b):
    sch = g.ch(["가람초등학교", "한빛중학교", "새솔고등학교", "누리초등학교", "청솔중학교", "도담고등학교"])
    stu = g.person(kind=g.ch(["k12", "k12", "kword", "k11", "foreign"]))
    kb = g.birth(2009, 2019)
    par = g.person()
    tch = g.kperson()
    b(g.ch(["학생 상담 기록부", "학교폭력 사안 조사 보고서", "가정 방문 상담 결과", "교육급여 신청 상담 기록"]), "\n", H(sch, "institution_name"), "\n\n")
    b("학생: ", g.ri(1, 6) if sch.endswith("초등학교") else g.ri(1, 3), "학년 ", g.ri(1, 9), "반 ", stu, " (", g.dob(kb, g.ch(["dotpad", "iso", "yy_dot", "kor"])), ")\n")
    if g.p(0.25):
        par, nat, pb = g.foreigner(lo=1975, hi=1995)
        b("보호자: ", par, " (", g.ch(["모", "부"]), ", ", nat, " 국적, 외국인등록번호 ", g.frn(birth=pb), ", ", g.phone("mobile"), ")\n")
    else:
        b("보호자: ", par, " (", g.ch(["모", "부", "조모", "고모"]), ", ", g.phone("mobile"), ")\n")
    b("상담교사: ", tch, "\n상담일: ", kdate(g, 2026, 2026, "dot"), "\n\n내용\n")
    k = g.ch(["absent", "conflict", "welfare"])
    other = g.person()
    if k == "absent":
        b(stu, pt(stu, "은는"), " ", kdate(g, 2026, 2026, "kor"), "부터 ", g.ri(3, 15), "일째 결석 중이다. 어머니 ", par,
          " 씨는 \"아이가 아침마다 배가 아프다며 학교에 가지 않으려 한다\"고 말했다. 같은 반 ", other, pt(other, "과와"),
          " 사이에 갈등이 있었던 것으로 보인다.\n")
    elif k == "conflict":
        b(kdate(g, 2026, 2026, "kor"), " 점심시간 ", other, " 학생이 ", stu, "의 휴대전화를 빼앗아 SNS에 사진을 올렸다. 피해 학생 보호자 ",
          par, " 씨가 담임에게 연락하였고, 학교는 ", g.statute(), "에 따라 사안을 접수하였다(접수번호 ", g.receipt_no(), ").\n")
    else:
        bank, acct = g.account()
        b("보호자 ", par, " 씨는 ", g.ch(["실직 후", "이혼 후", "병원 치료로"]), " 생활이 어렵다고 하였다. 교육급여와 방과후 자유수강권을 안내하고, ",
          "지원금은 보호자 명의 ", bank, " 계좌(", acct, ")로 받기로 하였다. 건강보험증 번호 ", vp(g.hi(), "을를"), " 신청서에 적었다.\n")
    if g.p(0.4):
        b("참고: 학생은 ", H(g.ch(NAMESHAPED_PLACE), "name_shaped_place"), "에 있는 ", H(g.ch(["소망지역아동센터", "사랑나눔 공부방", "하늘꿈 돌봄교실"]), "institution_name"),
          "을 이용하고 있음.\n")
    b("\n조치: ", g.ch(["Wee클래스 연계", "담임 주 1회 상담", "보호자 면담 재실시", "교육복지사 연계"]), "\n")
    b("학교 대표전화: ", g.switchboard(), "\n")


def t_hospital(g, b):
    hp = g.ch(["가람시립병원", "새솔의료원", "한빛대학교병원", "누리재활병원", "청솔요양병원"])
    pt_ = g.kperson()
    birth = g.birth(1935, 2012)
    doc = g.kperson()
    b(g.ch(["경과기록", "진료의뢰서", "퇴원요약", "응급실 기록"]), "\n", H(hp, "institution_name"), "\n\n")
    fr = g.p(0.3)
    if fr:
        pt_, nat, birth = g.foreigner(lo=1950, hi=2010)
    b("환자명: ", pt_, "   등록번호: ", H("%08d" % g.ri(10000000, 99999999), "public_record_id"), "\n")
    b("생년월일: ", g.dob(birth), " (만 %d세)   " % age_on(birth))
    if fr:
        b("국적: ", nat, "   여권번호: ", g.passport("foreign", nat=nat), "   ")
        if g.p(0.6):
            b("외국인등록번호: ", g.frn(birth=birth), "   ")
    elif g.p(0.5):
        b("주민등록번호: ", g.rrn(g.ch(["rrn_masked", "rrn_valid"]), birth=birth), "   ")
    b("건강보험: ", g.hi(), "\n")
    b("보호자: ", g.person(), " (", g.ch(["배우자", "자녀", "형제"]), ") ", g.phone("mobile"), "\n\n")
    b(g.ch(["S) ", "주호소: "]), g.ch(["사흘 전부터 기침과 발열", "계단에서 넘어진 뒤 오른쪽 무릎 통증", "식후 명치 통증", "어지럼증과 두통"]), "\n")
    b(g.ch(["O) ", "소견: "]), "체온 %.1f도, 혈압 %d/%d. " % (g.ri(360, 392) / 10, g.ri(100, 170), g.ri(60, 100)),
      g.ch(["흉부 X선상 우하엽 침윤.", "무릎 관절 부종 있음.", "특이 소견 없음."]), "\n")
    b(g.ch(["A/P) ", "계획: "]), g.ch(["입원 후 항생제 치료.", "정형외과 외래 추적.", "영상의학과 CT 의뢰."]), "\n\n")
    b("환자는 ", g.ch(["보호자 없이 내원하였으며", "딸과 함께 내원하였으며"]), " 주소지 ", g.address()["v"], "에서 혼자 지낸다고 함. ")
    b("의료급여 여부는 ", H("국민건강보험공단", "institution_name"), "(", g.switchboard(), ")에 확인 예정.\n")
    if g.p(0.6):
        b("수납: 진료비 ", g.amount(), " ", g.ch(["신용카드", "체크카드"]), " ", g.card(), " 결제", g.ch(["", " (일시불)", " (3개월 할부)"]), "\n")
    b("\n주치의 ", doc, " (", g.ch(["내과", "정형외과", "가정의학과", "응급의학과"]), ")  작성일 ", kdate(g, 2026, 2026, "dot"), "\n")


# ======================================================= document genres ==
def gm_footer(g, b, inst, era="elec"):
    dr, rv, ap = g.kperson(), g.kperson(), g.kperson()
    t1 = g.ch(["주무관", "주무관", "행정주사보", "사무관"])
    b("\n", H(inst["head"], "office_title_only"), "\n\n")
    form = g.ch(["inline", "lines"])
    d = kdate(g, 2026, 2026, "dot")
    if form == "inline":
        b(t1, " ", dr, "    ", g.ch(["팀장", "계장"]), " ", rv, "    ", g.ch(["과장", "국장"]), " ", g.ch(["전결 ", ""]), d, " ", ap, "\n")
    else:
        b("기안자 ", t1, " ", dr, "\n검토자 ", g.ch(["팀장", "사무관"]), " ", rv, "\n결재권자 ", g.ch(["과장", "국장"]), " ", ap, "\n")
    if g.p(0.4):
        b("협조자 ", g.ch(["주무관", "팀장"]), " ", g.kperson(), "\n")
    b("시행 ", g.doc_no(inst["dept"]), " (", d, ")    접수 ", g.ch(["", "          "]), "\n")
    b("우 ", H(inst["postal"], "postal_code"), " ", H(inst["addr"], "institution_address"), " / ",
      H("www." + inst["domain"], "institution_homepage"), "\n")
    b("전화번호 ", g.phone("landline", area=inst["area"]), " / 전송 ", g.fax(area=inst["area"]), " / ",
      g.email("official"), " / ", g.ch(["대국민 공개", "부분공개(6)", "비공개(6)", "공개"]), "\n")
    return dr


def t_gongmun_elec(g, b):
    inst = g.inst()
    b(inst["name"], "\n\n수신  ", g.ch(["수신자 참조", "내부결재"]) if g.p(0.4) else H(g.ch(["각 동 행정복지센터장", "관계 부서장", "○○장관(운영지원과장)", "각 과장"]), "office_title_only"), "\n")
    b("(경유)\n제목  ", g.ch(["민원 처리 결과 통보", "개인정보 파일 현황 제출", "보조금 지급 대상자 확정 알림", "공무원 국외출장 결과 보고",
                           "자원봉사자 상해보험 가입 요청", "불법 주정차 과태료 부과 예고 알림"]), "\n\n")
    b("1. 관련: ", g.doc_no(), "(", kdate(g, 2026, 2026, "dot"), ")\n")
    b("2. 위 호와 관련하여 ", g.ch(["아래와 같이 통보합니다.", "붙임과 같이 제출하오니 업무에 참고하시기 바랍니다.", "다음과 같이 요청합니다."]), "\n")
    rows = g.ri(1, 3)
    b("  가. 대상: ")
    for k in range(rows):
        p_ = g.person()
        op, cl_ = g.ch([(" (", ")"), (", ", "")])
        b("\n     ", "%d) " % (k + 1), p_, op, g.ch([[g.dob(fmt=g.ch(["dot", "dotpad"]))], [g.phone("mobile")],
                                                 [g.address()["v"]]]), cl_)
    b("\n  나. 근거: ", g.statute(), "\n  다. 금액: ", g.amount(), "\n")
    b("\n붙임  ", g.ch(["명단 1부.", "신청서 사본 각 1부."]), "  끝.\n")
    gm_footer(g, b, inst)


def t_gongmun_2000s(g, b):
    inst = g.inst("local")
    b(inst["name"], "\n", "우 ", H("%03d-%03d" % (g.ri(100, 799), g.ri(10, 999)), "postal_code"), " ", H(inst["addr"], "institution_address"),
      " / 전화 ", sw(inst), " / 전송 ", g.fax(area=inst["area"]), "\n")
    b("담당부서 ", inst["dept"], "  담당자 ", g.kperson(), "  (", g.phone("landline", area=inst["area"], fmt=g.ch(["hyphen", "paren2"])), ")\n\n")
    b("문서번호 ", g.doc_no(inst["dept"], "2000s"), "\n시행일자 ", g.date(2003, 2012, "dot"), "\n")
    b("수  신 ", H(g.ch(["수신처 참조", "각 읍·면·동장", "관계기관의 장"]), "office_title_only"), "\n참  조 \n\n제  목 ",
      g.ch(["생활안정자금 지원 대상자 통보", "자원봉사 유공자 추천", "주민등록 사실조사 결과 통보"]), "\n\n")
    b("  1. ", g.ch(["귀 기관의 무궁한 발전을 기원합니다.", "평소 업무 협조에 감사드립니다."]), "\n")
    b("  2. 다음 사람에 대하여 ", g.ch(["확인하여 주시기 바랍니다.", "조치하여 주시기 바랍니다."]), "\n\n")
    birth = g.birth(1930, 1990)
    p_ = g.person()
    p_ = g.kperson()
    b("     ○ 성    명 : ", p_, "\n     ○ 주민등록번호 : ", g.rrn("rrn_valid", birth=birth, fmt="hyphen"), "\n")
    b("     ○ 주    소 : ", g.address(g.ch(["jibun", "jibun_apt"]))["v"], "\n")
    if g.p(0.5):
        b("     ○ 연 락 처 : ", g.phone(g.ch(["mobile_old", "landline"])), "\n")
    b("\n  붙임  ", g.ch(["관련 서류 1부.", "명단 1부."]), "  끝.\n\n", H(inst["head"], "office_title_only"), "\n")


def t_gongmun_1990s(g, b):
    inst = g.inst("local")
    p_ = g.person(kind=g.ch(["k12", "k11", "k22"]))
    birth = g.birth(1925, 1978)
    sp_name = "  ".join(inst["office"])
    b("          ", sp_name, "\n")
    b(H("%03d-%03d" % (g.ri(100, 799), g.ri(10, 999)), "postal_code"), "  ", H(inst["addr"], "institution_address"), "   전화 ",
      H("(%s) %d-%s" % (inst["area"], g.ri(200, 999), g.ch(["2114", "0114", "1114"])), "institution_switchboard"), "\n")
    b("문서번호  ", g.doc_no(era="1990s"), "\n시행일자  ", g.date(1991, 1999, "dot"), "\n(경유)\n")
    b("수    신  ", H(g.ch(["○○동장", "각 읍면동장", "내무부장관"]), "office_title_only"), "\n참    조  \n선    결\n\n")
    b("제    목  ", g.ch(["생활보호대상자 책정 보고", "주민등록 직권말소 예고", "영세민 취로사업 참여자 명단 통보"]), "\n\n")
    b("  1. ", g.ch(["관내 거주자 중 아래 사람에 대하여 보고합니다.", "아래와 같이 통보하오니 조치 바랍니다."]), "\n\n")
    b("    가. 성명 : ", p_, "\n    나. 주민등록번호 : ", g.rrn("rrn_valid", birth=birth), "\n    다. 주소 : ", g.address(g.ch(["jibun", "jibun"]))["v"], "\n")
    if g.p(0.6):
        b("    라. 전화 : ", g.phone(g.ch(["landline", "mobile_old"]), fmt=g.ch(["hyphen", "paren"])), "\n")
    b("\n  2. ", g.ch(["본인은 ", "위 사람은 "]), g.date(1990, 1998, "kor"), " 이후 ", g.ch(["거주 사실이 확인되지 아니함.", "부양의무자 없이 단독 세대임."]),
      "  끝.\n\n")
    b("                    ", H(inst["head"], "office_title_only"), " (직인)\n\n")
    b("기안자 ", g.ch(["주사보 ", "서기 ", "계장 "]), g.kperson(), "   검토 ", g.ch(["계장", "과장"]), " ", g.kperson(), "\n")


def t_minwon_reply(g, b):
    inst = g.inst()
    ap = g.person()
    a = g.address()
    b(inst["name"], "\n\n수신  ", ap, " 귀하\n(경유)\n제목  민원(", g.ch(["고충", "질의", "건의", "신고"]), ") 처리 결과 알림\n\n")
    b("1. 평소 ", inst["office"], " 행정에 관심을 가져 주신 데 감사드립니다.\n")
    b("2. 귀하께서 ", kdate(g, 2026, 2026, "dot"), " ", g.ch(["국민신문고", "전자민원창구", "방문"]), "(으)로 신청하신 민원(신청번호 ", g.receipt_no(),
      ")에 대한 검토 결과를 다음과 같이 알려 드립니다.\n\n")
    k = g.ch(["parking", "refund", "address", "privacy", "card"])
    if k == "parking":
        b("  가. 민원 요지: ", a["v"], " 앞 도로의 ", g.plate(), " 차량 상습 불법 주차 단속 요청\n")
        b("  나. 처리 결과: 현장 확인 결과 위반 사실이 있어 ", g.statute(), "에 따라 과태료 ", g.amount(), "을 부과하였습니다.\n")
    elif k == "card":
        b("  가. 민원 요지: ", g.ch(["공영주차장 정기권", "체육센터 수강료", "문화센터 강좌료"]), " 중복 결제(카드번호 ", g.card(), ") 취소 요청\n")
        b("  나. 처리 결과: 결제대행사 확인 결과 같은 날 2회 승인된 사실이 확인되어 ", kdate(g, 2026, 2026, "kor"), " 1건을 취소하였습니다. ",
          "카드사 사정에 따라 환급까지 3~5영업일이 걸릴 수 있습니다.\n")
    elif k == "refund":
        bank, acct = g.account()
        b("  가. 민원 요지: 이중 납부한 ", g.ch(["주민세", "재산세", "자동차세"]), " 환급 요청\n")
        b("  나. 처리 결과: 과오납금 ", g.amount(), "을 귀하께서 지정하신 ", bank, " ", acct, "(예금주 ", ap, ")로 ", kdate(g, 2026, 2026, "kor"),
          " 환급하였습니다.\n")
    elif k == "address":
        b("  가. 민원 요지: 주민등록 주소(", addr_items(g, a, postal=True), ") 정정 요청\n")
        b("  나. 처리 결과: 관할 ", H(g.ch(["성산1동", "망원2동", "화곡3동", "인계동"]) + " 행정복지센터", "institution_name"),
          "에서 사실조사 후 정정하였습니다.\n")
    else:
        off = g.kperson()
        b("  가. 민원 요지: 담당 공무원의 개인정보 유출 의혹 조사 요청\n")
        b("  나. 처리 결과: 담당자 ", off, " 주무관을 조사하였으나 귀하의 연락처(", g.phone("mobile"), ")를 외부에 제공한 사실은 확인되지 않았습니다.\n")
    b("3. 이 결과에 이의가 있으시면 ", g.ch(["통지를 받은 날부터 90일 이내에 행정심판 또는 행정소송을 제기할", "처리 결과를 통지받은 날부터 30일 이내에 이의신청을 할"]),
      " 수 있습니다.\n4. 기타 궁금한 사항은 ", inst["dept"], " ", g.kperson(), " 주무관(", g.phone("landline", area=inst["area"]),
      ")에게 연락하여 주시면 친절히 안내해 드리겠습니다.  끝.\n")
    b("\n", H(inst["head"], "office_title_only"), "\n")
    if g.p(0.4):
        b("\n시행 ", g.doc_no(inst["dept"]), " (", kdate(g, 2026, 2026, "dot"), ")\n", "우 ", H(inst["postal"], "postal_code"), " ",
          H(inst["addr"], "institution_address"), " / 대표전화 ", sw(inst), "\n")


def t_application(g, b):
    inst = g.inst("local")
    ap = g.kperson()
    birth = g.birth(1945, 2006)
    form = g.ch(["주민등록표 등본 교부 신청서", "긴급복지지원 신청서", "장애인 활동지원 신청서", "여권 발급 신청서", "청년 월세 지원 신청서",
                 "기초연금 신청서", "운전경력증명서 발급 신청서", "운전면허증 재발급 신청서", "여권 발급 신청서",
                 "부모급여(아동수당) 신청서", "부모급여(아동수당) 신청서"])
    law = {"주민": "주민등록법", "긴급": "긴급복지지원법", "장애": "장애인활동 지원에 관한 법률", "여권": "여권법", "청년": "주거급여법",
           "기초": "기초연금법", "운전": "도로교통법", "부모": "아동수당법"}[form[:2]]
    b("■ ", H("「%s 시행규칙」 별지 제%d호서식" % (law, g.ri(1, 30)), "statute_citation"), "\n")
    b(form, "\n\n접수번호 ", g.receipt_no(), "   접수일 ", kdate(g, 2026, 2026, "dot"), "   처리기간 ", g.ri(1, 30), "일\n")
    sep = g.ch([": ", "  ", " | ", "\t"])
    b("신청인\n 성명", sep, ap, "\n")
    if "여권" in form:
        b(" 로마자 성명", sep, H(g.ch(["(여권과 동일하게 기재)", "(대문자)"]), "form_instruction"), "\n")
        b(" 주민등록번호", sep, g.rrn(g.ch(["rrn_valid", "rrn_post2020"]) if birth[0] > 2019 else "rrn_valid", birth=birth), "\n")
        b(" 종전 여권번호", sep, g.passport(g.ch(["kr_old", "kr_new"])), "\n")
    elif "운전" in form:
        b(" 생년월일", sep, g.dob(birth), "\n 운전면허번호", sep, g.dl(), "\n")
    else:
        b(" 주민등록번호", sep, g.rrn(g.ch(["rrn_valid", "rrn_masked", "rrn_valid"]), birth=birth), "\n")
    a = g.address()
    b(" 주소", sep, addr_items(g, a), "\n 전화번호", sep, g.phone(g.ch(["mobile", "landline", "mobile"])), "\n")
    if g.p(0.5):
        b(" 전자우편", sep, g.email("personal"), "\n")
    if form.startswith("부모급여"):
        kid = g.kperson()
        kb = g.birth_post2020()
        b("아동\n 성명", sep, kid, "\n 주민등록번호", sep, g.rrn(g.ch(["rrn_post2020", "rrn_post2020", "rrn_masked"]), birth=kb), "\n")
        if g.p(0.5):
            b(" 건강보험증 번호", sep, g.hi(), "\n")
    if form in ("긴급복지지원 신청서", "청년 월세 지원 신청서", "기초연금 신청서", "장애인 활동지원 신청서") or form.startswith("부모급여"):
        bank, acct = g.account()
        b("입금 계좌\n 금융기관", sep, bank, "\n 계좌번호", sep, acct, "\n 예금주", sep, ap, "\n")
        if g.p(0.6):
            b(" 건강보험증 번호", sep, g.hi(), "\n")
    if g.p(0.4):
        rep = g.person()
        b("대리인(위임받은 사람)\n 성명", sep, rep, "  관계", sep, g.ch(["자녀", "배우자", "형제"]), "\n 생년월일", sep, g.dob(), "\n 연락처", sep, g.phone("mobile"), "\n")
    b("\n위와 같이 신청합니다.\n\n", kdate(g, 2026, 2026, "kor"), "\n신청인 ", ap, " (서명 또는 인)\n\n", H(inst["head"], "office_title_only"), " 귀하\n")
    b("\n※ 작성 예시: 성명 ", g.placeholder("example"), ", 주민등록번호 ", H("000000-0000000", "placeholder_id"), "\n")


def t_consent(g, b):
    inst = g.inst()
    ap = g.person()
    b("개인정보 수집·이용 ", g.ch(["동의서", "및 제3자 제공 동의서"]), "\n\n", inst["office"], pt(inst["office"], "은는"), " ",
      g.statute(), "에 따라 아래와 같이 개인정보를 수집·이용합니다.\n\n")
    b("1. 수집 항목: 성명, 생년월일, 주소, 연락처", g.ch(["", ", 계좌번호", ", 건강보험 정보"]), "\n2. 수집 목적: ",
      g.ch(["지원금 지급", "교육 신청 접수", "자원봉사 활동 관리"]), "\n3. 보유 기간: ", g.ch(["3년", "5년", "사업 종료 후 1년"]), "\n")
    b("4. 동의를 거부할 권리가 있으며, 거부 시 ", g.ch(["지원 대상에서 제외될 수 있습니다.", "서비스 이용이 제한됩니다."]), "\n\n")
    b("□ 동의함  □ 동의하지 않음\n\n")
    sep = g.ch([": ", " ", "\t"])
    if g.nopii:
        b("성명", sep, "__________\n생년월일", sep, "____년 __월 __일\n연락처", sep, "___-____-____\n\n", kdate(g, 2026, 2026, "kor"),
          "\n동의자            (서명)\n\n", H(inst["head"], "office_title_only"), " 귀중\n※ 예시: 성명 ", g.placeholder("example"), "\n")
        return
    b("성명", sep, ap, "\n생년월일", sep, g.dob(), "\n연락처", sep, g.phone("mobile"), "\n")
    if g.p(0.4):
        b("주소", sep, g.address()["v"], "\n")
    if g.p(0.3):
        b("법정대리인", sep, g.person(), " (", g.ch(["부", "모"]), ") ", g.phone("mobile"), "\n")
    b("\n", kdate(g, 2026, 2026, "kor"), "\n동의자 ", ap, " (서명)\n\n", H(inst["head"], "office_title_only"), " 귀중\n")
    b("개인정보 보호책임자: ", H(inst["dept"] + "장", "office_title_only"), " (", sw(inst), ")\n")


def t_report_form(g, b):
    inst = g.inst("local")
    k = g.ch(["move", "passport_lost", "biz", "death"])
    sep = g.ch([": ", "  ", "\t", " | "])
    b("■ ", H("「" + g.ch(["주민등록법", "여권법", "부가가치세법", "가족관계의 등록 등에 관한 법률"]) + " 시행규칙」 별지 제%d호서식" % g.ri(1, 40),
             "statute_citation"), "\n")
    if k == "move":
        hh = g.kperson()
        b("전입신고서\n\n접수번호", sep, g.receipt_no(), "\n")
        a_old, a_new = g.address(), g.address()
        b("신고인(세대주)", sep, hh, "\n전화번호", sep, g.phone("mobile"), "\n전 주소", sep, a_old["v"], "\n현 주소", sep, addr_items(g, a_new), "\n")
        b("\n전입자\n")
        for i in range(g.ri(1, 4)):
            m = g.kperson()
            birth = g.birth_post2020() if (i > 0 and g.p(0.5)) else g.birth(1950, 2019)
            kind = "rrn_post2020" if birth >= (2020, 10, 5) else g.ch(["rrn_valid", "rrn_masked"])
            b("  %d" % (i + 1), sep, m, sep, g.ch(["본인", "배우자", "자녀", "부", "모"]), sep, g.rrn(kind, birth=birth), "\n")
    elif k == "passport_lost":
        p_ = g.person()
        birth = g.birth(1950, 2008)
        b("여권 분실 신고서\n\n성명", sep, p_, "\n생년월일", sep, g.dob(birth), "\n분실한 여권번호", sep, g.passport(g.ch(["kr_old", "kr_new", "kr_new"])), "\n")
        b("연락처", sep, g.phone(g.ch(["mobile", "intl"])), "\n분실 일시", sep, kdate(g, 2025, 2026, "dot"), "\n분실 장소", sep,
          H(g.ch(["인천국제공항 제1터미널", "하노이 시내", "마닐라 공항", "김포공항 국내선"]), "coarse_location"), "\n")
        b("분실 경위", sep, g.ch(["가방을 도난당함", "택시에 두고 내림", "호텔에서 분실"]), "\n")
    elif k == "biz":
        p_ = g.kperson()
        b("사업자등록 신청서(개인사업자용)\n\n상호", sep, g.company(), "\n대표자", sep, p_, "\n주민등록번호", sep, g.rrn(g.ch(["rrn_valid", "rrn_masked"])), "\n")
        b("사업장 소재지", sep, g.address("road", unit="floor")["v"], "\n사업장 전화", sep, g.phone("landline"), "\n휴대전화", sep, g.phone("mobile"), "\n")
        b("전자우편", sep, g.email(g.ch(["personal", "company"])), "\n업태/종목", sep, g.ch(["도소매/잡화", "음식점/한식", "서비스/컴퓨터 수리"]), "\n")
        if g.p(0.5):
            b("기존 사업자등록번호", sep, g.brn(), "\n")
    else:
        dd = g.kperson()
        rep = g.person()
        birth = g.birth(1925, 1960)
        b("사망신고서\n\n사망자 성명", sep, dd, "\n주민등록번호", sep, g.rrn("rrn_valid", birth=birth), "\n사망일시", sep, kdate(g, 2026, 2026, "kor"), "\n")
        b("사망장소", sep, H(g.ch(["가람시립병원", "새솔요양병원", "자택"]), "institution_name"), "\n신고인", sep, rep, " (", g.ch(["자", "녀", "배우자"]), ") ",
          g.phone("mobile"), "\n신고인 주소", sep, g.address()["v"], "\n")
    b("\n", kdate(g, 2026, 2026, "kor"), "\n", H(inst["head"], "office_title_only"), " 귀하\n")


def t_contract(g, b):
    inst = g.inst()
    comp = g.company()
    ceo = g.person()
    title = g.ch(["청사 시설물 유지관리 용역", "홍보 영상 제작 용역", "CCTV 통합관제 유지보수", "급식 식자재 납품", "행사 대행 용역"])
    b(title, " 계약서\n\n계약번호: ", g.receipt_no(), "\n\n")
    b(inst["name"], "(이하 \"", H("갑", "placeholder_person"), "\"이라 한다)과 ", comp, "(이하 \"", H("을", "placeholder_person"),
      "\"이라 한다)은 다음과 같이 계약을 체결한다.\n\n")
    b("제1조(계약금액) ", g.amount(big=True), "(부가가치세 포함)\n제2조(계약기간) ", kdate(g, 2026, 2026, "dot"), " ~ ", kdate(g, 2026, 2026, "dot"), "\n")
    b("제3조(대금 지급) ", H("갑", "placeholder_person"), "은 검수 완료 후 14일 이내에 ", H("을", "placeholder_person"), "이 지정한 계좌로 대금을 지급한다.\n")
    b("제4조(비밀유지) ", H("을", "placeholder_person"), "은 업무 수행 중 알게 된 개인정보를 ", g.statute(), "에 따라 보호하여야 한다.\n\n")
    bank, acct = g.account()
    holder = g.ch(["comp", "ceo"])
    b("[", H("갑", "placeholder_person"), "] ", inst["name"], "\n   주소: ", H(inst["addr"], "institution_address"), "\n   대표전화: ", sw(inst), "\n")
    b("   계약담당자: ", inst["dept"], " ", g.kperson(), " (", g.phone("landline", area=inst["area"]), ")\n")
    b("   ", H(inst["head"], "office_title_only"), " (인)\n\n")
    b("[", H("을", "placeholder_person"), "] ", comp, "\n   대표자: ", ceo, "\n   사업자등록번호: ", g.brn(), "\n")
    if g.p(0.9):
        b("   법인등록번호: ", g.crn(), "\n")
    b("   주소: ", addr_items(g, g.address("road", unit=g.ch(["floor", "ho", "none"]))), "\n   전화: ", g.phone(g.ch(["landline", "070"])),
      "   팩스: ", g.fax(), "\n")
    if g.p(0.5):
        b("   담당자: ", g.person(), " ", g.ch(["과장", "대리", "실장"]), " (", g.phone("mobile"), ", ", g.email("company"), ")\n")
    b("   입금계좌: ", bank, " ", acct, " (예금주: ", comp if holder == "comp" else ceo, ")\n")
    b("\n", kdate(g, 2026, 2026, "kor"), "\n")


def t_personnel(g, b):
    inst = g.inst()
    b(inst["office"], " 인사발령", g.ch(["", " 통지", "(제%d호)" % g.ri(10, 300)]), "\n\n", kdate(g, 2026, 2026, "dot"), "자\n\n")
    kinds = g.ch([["승진", "전보"], ["신규임용"], ["전보", "직무대리"], ["휴직", "복직"], ["국외출장"], ["전보"]])
    for k in kinds:
        b("【", k, "】\n")
        for _ in range(g.ri(1, 5)):
            p_ = g.kperson()
            rank = g.ch(["행정주사", "행정주사보", "행정서기", "사회복지주사", "시설주사", "전산서기", "행정사무관"])
            if k == "국외출장":
                b(" ", g.ch(DEPTS), " ", rank, " ", p_, " : ", g.ch(["베트남 하노이", "독일 베를린", "미국 워싱턴", "일본 도쿄"]), " (",
                  kdate(g, 2026, 2026, "dot"), "~", kdate(g, 2026, 2026, "dot"), ")", g.ch(["", "  관용여권 "]), "\n")
                if g.p(0.85):
                    b("   여권번호 ", g.passport(g.ch(["kr_new", "kr_new", "kr_old"])), "\n")
            elif k == "휴직":
                b(" ", rank, " ", p_, " (", g.ch(DEPTS), ")  ", g.ch(["육아휴직", "질병휴직", "간병휴직", "유학휴직"]), " ", kdate(g, 2026, 2026, "dot"),
                  "부터 ", g.ri(3, 12), "개월\n")
            else:
                fr, to = g.r.sample(DEPTS, 2)
                fmt = g.ch(["{r} {n}  {f} → {t}", "{t} {r} {n} (전 {f})", "{n}\t{r}\t{f}\t{t}"])
                pre, post = fmt.split("{n}")
                b(" ", pre.format(r=rank, f=fr, t=to), p_, post.format(r=rank, f=fr, t=to), "\n")
        b("\n")
    b(H(inst["head"], "office_title_only"), "\n")
    if g.p(0.5):
        b("문의: 인사팀 ", g.kperson(), " ", g.phone("landline", area=inst["area"]), " / ", sw(inst), "\n")


TABLE_THEMES = {
    "subsidy": ("보조금 지급 명단", ["연번", "성명", "생년월일", "은행", "계좌번호", "지급액"]),
    "volunteer": ("자원봉사자 명단", ["연번", "성명", "연락처", "이메일", "주소"]),
    "vehicle": ("차량 등록 현황", ["연번", "차량번호", "소유자", "주소", "연락처"]),
    "foreign": ("외국인 근로자 현황", ["연번", "성명", "국적", "외국인등록번호", "여권번호", "연락처"]),
    "vendor": ("협력업체 현황", ["상호", "대표자", "사업자등록번호", "법인등록번호", "전화", "소재지"]),
    "recipient": ("수급자 명부", ["성명", "주민등록번호", "건강보험증번호", "주소"]),
    "enforce": ("단속 대상자", ["차량번호", "운전자", "면허번호", "위반일", "범칙금"]),
    "card": ("카드 분실·도난 접수", ["접수일", "성명", "카드번호", "연락처"]),
    "access": ("시스템 접속자", ["사용자ID", "성명", "접속IP", "접속일"]),
    "child": ("아동수당 지급 명단", ["연번", "아동", "주민등록번호", "보호자", "은행", "계좌번호"]),
    "hi": ("의료급여 대상자 확인", ["성명", "생년월일", "건강보험증번호", "연락처"]),
    "staff": ("비상연락망", ["부서", "직급", "성명", "휴대전화", "자택주소"]),
}


def cell(g, col, ctx):
    if col == "연번":
        return str(ctx["i"] + 1)
    if col in ("성명", "소유자", "운전자", "대표자", "아동", "보호자"):
        if ctx.get("theme") == "foreign":
            return g.person("foreign")
        if ctx.get("theme") in ("recipient", "child", "staff"):
            return g.kperson()
        return g.person()
    if col == "생년월일":
        return g.dob(fmt=ctx["dobfmt"])
    if col == "은행":
        ctx["acct"] = g.account()
        return ctx["acct"][0]
    if col == "계좌번호":
        return ctx["acct"][1] if "acct" in ctx else g.account()[1]
    if col in ("지급액", "범칙금"):
        return g.amount()
    if col in ("연락처", "휴대전화"):
        return g.phone("mobile")
    if col == "전화":
        return g.phone(g.ch(["landline", "070"]))
    if col == "이메일":
        return g.email("personal")
    if col in ("주소", "자택주소", "소재지"):
        return g.address()["v"]
    if col == "차량번호":
        return g.plate()
    if col == "국적":
        return ctx.get("nat", "베트남")
    if col == "외국인등록번호":
        return g.frn()
    if col == "여권번호":
        return g.passport("foreign", nat=ctx.get("nat"))
    if col == "상호":
        return g.company()
    if col == "사업자등록번호":
        return g.brn()
    if col == "법인등록번호":
        return g.crn()
    if col == "주민등록번호":
        if ctx.get("theme") == "child":
            return g.rrn(g.ch(["rrn_post2020", "rrn_post2020", "rrn_masked"]), birth=g.birth_post2020())
        return g.rrn()
    if col == "건강보험증번호":
        return g.hi()
    if col == "면허번호":
        return g.dl()
    if col in ("위반일", "접수일", "접속일"):
        return g.dte(g.ch(["iso", "dotpad"]))
    if col == "카드번호":
        return g.card()
    if col == "사용자ID":
        return H("u%05d" % g.ri(10000, 99999), "system_user_id")
    if col == "접속IP":
        return g.ip()
    if col == "부서":
        return g.ch(DEPTS)
    if col == "직급":
        return g.ch(["주무관", "팀장", "과장", "주사"])
    return "-"


def render_table(g, b, style, header):
    theme = g.ch(["subsidy", "volunteer", "vehicle", "foreign", "foreign", "foreign", "vendor", "vendor", "recipient", "enforce",
                  "enforce", "card", "card", "card", "access", "staff", "child", "child", "hi", "hi"])
    title, cols = TABLE_THEMES[theme]
    inst = g.inst()
    if g.p(0.7):
        b("[", title, "] ", g.ch(["", inst["office"] + " ", "(" + kdate(g, 2026, 2026, "dot") + " 기준) "]), "\n")
    else:
        b(H(inst["office"], "institution_name"), " ", kdate(g, 2026, 2026, "dot"), "\n")
    rows = []
    for i in range(g.ri(3, 7)):
        ctx = {"i": i, "theme": theme, "dobfmt": g.ch(["dotpad", "iso", "yymmdd", "dot"]) if i == 0 else None}
        if theme == "foreign":
            ctx["nat"] = g.ch(list(FOREIGN))
        if i > 0:
            ctx["dobfmt"] = rows[0][1]
        row = []
        for c in cols:
            if theme == "foreign" and c in ("성명",):
                nm, sub, nat = g.fname(ctx["nat"], "latin")
                row.append(V("PERSON", nm, sub) if not g.nopii else g.placeholder())
            else:
                row.append(cell(g, c, ctx))
        rows.append((row, ctx["dobfmt"]))
    sepmap = {"pipe": " | ", "pipe_tight": "|", "tab": "\t", "spaces": None}
    sep = sepmap[style]
    allrows = ([cols] if header else []) + [r for r, _ in rows]
    if style == "spaces":
        widths = [max(len(str(r[j])) for r in allrows) + g.ri(2, 4) for j in range(len(cols))]
    for r in allrows:
        if style == "pipe_tight":
            b("|")
        for j, c in enumerate(r):
            b(c)
            if j < len(r) - 1:
                b(sep if sep is not None else " " * (widths[j] - len(str(c))))
        if style == "pipe_tight":
            b("|")
        b("\n")
    if g.p(0.5):
        b("※ 문의: ", inst["dept"], " (", sw(inst), ")\n")
    else:
        b("합계 ", g.amount(), " / 작성 ", H(inst["dept"], "office_title_only"), "\n")


def t_table_pipe_header(g, b):
    render_table(g, b, g.ch(["pipe", "pipe_tight"]), True)


def t_table_tab_noheader(g, b):
    render_table(g, b, "tab", False)


def t_table_spaces_header(g, b):
    render_table(g, b, "spaces", True)


def t_table_pipe_noheader(g, b):
    render_table(g, b, g.ch(["pipe", "pipe_tight", "spaces"]), False)


def t_register(g, b):
    inst = g.inst("local")
    kind = g.ch(["visitor", "seal", "lost", "passport", "passport"])
    b({"visitor": "방문객 출입 대장", "seal": "인감증명 발급 대장", "lost": "습득물 관리 대장", "passport": "여권 교부 대장"}[kind], "\n", inst["office"], " ", inst["dept"], "\n")
    b("------------------------------------------------------------\n")
    for i in range(g.ri(3, 6)):
        p_ = g.kperson()
        if kind == "visitor":
            b("%d. " % (i + 1), g.dte("iso"), " ", "%02d:%02d" % (g.ri(8, 18), g.ri(0, 59)), "  ", p_, "  ", g.phone("mobile"), "  방문목적: ",
              g.ch(["민원 상담", "서류 제출", "면담"]), g.ch(["", "  차량 " ]), "")
            if g.p(0.4):
                b(g.plate())
            b("\n")
        elif kind == "passport":
            b("%d. " % (i + 1), g.dte("dotpad"), "  ", p_, "  ", g.dob(fmt=g.ch(["yymmdd", "dotpad"])) if i == 0 or g.p(0.8) else "-", "  여권번호 ",
              g.passport(g.ch(["kr_new", "kr_new", "kr_new", "kr_old"])), "  ", g.ch(["본인 수령", "대리 수령"]), "  ", g.phone("mobile"), "\n")
        elif kind == "seal":
            b("%d. 발급번호 " % (i + 1), g.receipt_no(), "  ", p_, "  ", g.rrn(g.ch(["rrn_valid", "rrn_masked"])), "  용도: ",
              g.ch(["부동산 매도", "자동차 매도", "금융기관 제출"]), "  수수료 ", g.amount(), "\n")
        else:
            b("%d. " % (i + 1), g.dte("dotpad"), "  습득물: ", g.ch(["지갑", "신분증", "카드지갑", "휴대전화"]), "  ")
            x = g.ri(0, 3)
            if x == 0:
                b("카드 ", g.card(), " ")
            elif x == 1:
                b("운전면허증 ", g.dl(), " ")
            elif x == 2:
                b("건강보험증 ", g.hi(), " ")
            else:
                b("주민등록증 ", g.rrn("rrn_masked"), " ")
            b(" 소유자 ", p_, "  연락 ", g.ch([[g.phone("mobile")], ["불통"]]), "\n")
    b("------------------------------------------------------------\n관리책임자 ", H(inst["dept"] + "장", "office_title_only"), "\n")


def t_chat(g, b):
    a_, c_ = g.kperson(), g.person()
    k = g.ch(["phishing", "team", "landlord", "civic"])
    hdr = g.ch(["[카카오톡 대화 캡처]", "메신저 대화 내보내기", "문자 메시지 내역(증거 제출용)", "업무 메신저 로그"])
    b(hdr, "\n", kdate(g, 2026, 2026, "kor"), "\n\n")

    clock = [g.ri(7, 20) * 60 + g.ri(0, 59)]
    tsf = g.ch(["kakao", "24h", "none"])

    def say(who, *items):
        clock[0] = min(clock[0] + g.ri(0, 9), 23 * 60 + 59)
        hh, mm = divmod(clock[0], 60)
        if tsf == "kakao":
            ts = "[%s %d:%02d] " % ("오전" if hh < 12 else "오후", hh if hh <= 12 else hh - 12, mm)
        elif tsf == "24h":
            ts = "%02d:%02d " % (hh, mm)
        else:
            ts = ""
        b(ts, who, ": ", *items)
        b("\n")
    if k == "phishing":
        sc = g.ch(["엄마", "아빠", "고객센터", "택배기사님"])
        scam = H(sc, "common_noun")
        say(scam, "폰 액정이 깨져서 임시폰으로 연락해" if sc in ("엄마", "아빠") else "고객님 본인확인이 필요합니다")
        say(a_, "누구세요?")
        say(scam, "신분증 사진이랑 카드 번호 좀 보내줘. 급해")
        say(a_, "카드번호 ", g.card(masked=False), " 맞지?")
        say(scam, "응 그리고 이 번호로 인증번호 온 거 알려줘 ", g.phone("070"))
        bank, acct = g.account()
        say(scam, bank, " ", acct, " 여기로 ", g.amount(), "만 먼저 보내줘")
        say(a_, "지금 ", c_, "한테 전화해볼게" if jong(str(c_)[-1]) == 0 else "이한테 전화해볼게")
    elif k == "team":
        say(a_, g.ch(["내일 현장점검 명단 공유합니다", "민원인 연락처 남깁니다"]))
        p_ = g.person()
        say(a_, p_, " 님 ", g.phone("mobile"), " / 주소 ", g.address()["v"])
        say(c_, "네 확인했습니다. 제 차 ", vp(g.plate(), "으로"), " 가겠습니다")
        say(a_, "회의실 예약은 ", H(g.ch(["3층 소회의실", "별관 세미나실"]), "coarse_location"), "로 했어요. 대표번호 ", g.switchboard(), " 로 들어오시면 됩니다")
        if g.p(0.5):
            say(c_, "자료는 ", g.email("official"), " 로 보내주세요")
    elif k == "landlord":
        say(a_, "사장님 보증금 언제 돌려주시나요")
        say(c_, "새 세입자 들어오면 줄게요")
        bank, acct = g.account()
        say(a_, "계약 끝난 지 두 달이에요. ", bank, " ", acct, " 로 보내주세요. 예금주 ", a_)
        say(c_, "주민번호 뒷자리 확인하게 보내봐요")
        say(a_, g.rrn(g.ch(["rrn_masked", "rrn_valid"])), " 입니다. 안 주시면 ", H("대한법률구조공단", "institution_name"), "(", H("132", "short_code"),
            ")에 상담받을게요")
    else:
        say(a_, "동네 단톡방 공지: ", kdate(g, 2026, 2026, "kor"), " 공원 청소 봉사 있어요")
        say(c_, "참가 신청은 ", g.email("personal"), " 또는 ", vp(g.phone("mobile"), "으로"), " 주세요")
        say(g.person(), H(g.ch(["진주", "하늘", "보람"]), "common_noun"), " 아파트 앞에서 모여요? ")
        say(a_, "네 ", H(g.ch(NAMESHAPED_PLACE), "name_shaped_place"), " 쪽 정문이요")


def t_call(g, b):
    agent = g.kperson()
    cl = g.person()
    birth = g.birth(1945, 2004)
    inst = g.inst()
    b(g.ch(["상담 녹취록", "콜센터 통화 기록(STT)", "민원 전화 녹취 요약"]), "\n", inst["office"], " ", g.ch(["민원콜센터", "복지상담센터", "교통민원실"]), "\n")
    b("통화일시 ", kdate(g, 2026, 2026, "iso"), " %02d:%02d  상담원 " % (g.ri(9, 18), g.ri(0, 59)), agent, "\n\n")
    A, C = g.ch([("상담원", "민원인"), ("상담사", "고객"), ("직원", "통화자")])
    b(A, ": 네, ", inst["office"], " 상담원 ", agent, "입니다. 무엇을 도와드릴까요?\n")
    x = g.ri(0, 5)
    b(C, ": ", ["과태료 고지서를 받았는데요, 제 차가 아니라서요.", "기초연금 입금이 안 돼서요.", "여권 재발급 문의드리려고요.",
                "건강보험 자격 확인하려고요.", "체육센터 수강료가 두 번 결제됐어요.", "운전면허 갱신 기간을 알고 싶어서요."][x], "\n")
    b(A, ": 본인 확인을 위해 성함과 생년월일 말씀해 주시겠어요?\n")
    b(C, ": ", cl, "이고요, ", g.dob(birth, g.ch(["kor", "kor_yy", "yymmdd", "dot"])), "생이에요.\n")
    if x == 4:
        b(A, ": 결제하신 카드번호 확인 부탁드립니다.\n", C, ": ", g.card(), "이요. 같은 날 두 번 빠져나갔어요.\n")
    elif x == 5:
        b(A, ": 운전면허번호 불러 주시면 갱신 기간 확인해 드릴게요.\n", C, ": ", g.dl(), "이에요.\n")
    elif x == 0:
        b(A, ": 고지서에 적힌 차량번호가 어떻게 되나요?\n", C, ": ", g.plate(), "요. 저는 ", g.plate(), " 타거든요.\n")
    elif x == 1:
        bank, acct = g.account()
        b(A, ": 등록된 계좌가 ", bank, " ", acct, " 맞으세요?\n", C, ": 아니요, 그 통장은 해지했어요.\n")
    elif x == 2:
        b(A, ": 기존 여권번호 아시면 불러 주세요.\n", C, ": ", g.passport(g.ch(["kr_old", "kr_new"])), "요.\n")
    else:
        b(A, ": 건강보험증 번호 확인되시면 불러 주세요.\n", C, ": ", g.hi(), "요.\n")
    b(A, ": 처리 결과는 문자로 보내 드릴게요. 연락처가 ", g.phone("mobile"), " 맞으시죠?\n", C, ": 네 맞아요.\n")
    b(A, ": 더 궁금하신 점은 ", g.switchboard(), "번으로 전화 주세요. 감사합니다.\n")


def t_access_log(g, b):
    sysname = g.ch(["주민등록정보시스템", "사회보장정보시스템(행복e음)", "차량등록관리시스템", "새올행정시스템", "인사랑", "건강보험 자격관리"])
    b("# ", sysname, " 개인정보 처리 접속기록 추출 (", kdate(g, 2026, 2026, "iso"), ")\n")
    b("# 추출자: ", H(g.ch(["정보통신과장", "개인정보보호 담당관"]), "office_title_only"), "  버전 ", H("%d.%d.%d" % (g.ri(1, 9), g.ri(0, 20), g.ri(0, 99)), "version_number"), "\n")
    fmt = g.ch(["pipe", "kv", "csv", "apache"])
    users = [(H("u%05d" % g.ri(10000, 99999), "system_user_id"), g.kperson(), g.ip(g.ch(["private", "private", "public", "v6"]))) for _ in range(g.ri(2, 3))]
    extra = {"주민": ["주민번호 ", "rrn"], "사회": ["증번호 ", "hi"], "차량": ["면허 ", "dl"], "새올": ["카드 ", "card"], "인사": ["대상자 ", "dob"],
             "건강": ["증번호 ", "hi"]}[sysname[:2]]
    for i in range(g.ri(4, 8)):
        uid, nm, ip = g.ch(users)
        t = "2026-%02d-%02d %02d:%02d:%02d" % (g.ri(1, 11), g.ri(1, 28), g.ri(0, 23), g.ri(0, 59), g.ri(0, 59))
        act = g.ch(["조회", "출력", "다운로드", "수정"])
        x = g.ri(0, 4)
        if x == 4:
            val = {"rrn": lambda: g.rrn("rrn_masked"), "hi": g.hi, "dl": g.dl, "card": lambda: g.card(masked=True),
                   "dob": lambda: g.dob(fmt="yymmdd")}[extra[1]]()
            tgt = [extra[0], val]
        else:
            tgt = [["대상자 ", g.person()], ["주민번호 ", g.rrn("rrn_masked")], ["차량 ", g.plate()],
                   ["대상자 ", g.person(), "(", g.dob(fmt="yymmdd"), ")"]][x]
        if fmt == "pipe":
            b(t, " | ", uid, " | ", nm, " | ", ip, " | ", act, " | ", tgt, "\n")
        elif fmt == "kv":
            b("ts=", t.replace(" ", "T"), " user=", uid, " name=", nm, " ip=", ip, " action=", act, " target=\"", tgt, "\"\n")
        elif fmt == "csv":
            b(t, ",", uid, ",", nm, ",", ip, ",", act, ",", tgt, "\n")
        else:
            b(ip, " - ", uid, " [", t, "] \"GET /", g.ch(["resident", "welfare", "car"]), "/view?id=", H("%d" % g.ri(100000, 999999), "public_record_id"),
              " HTTP/1.1\" 200 ", g.ri(500, 9000), "\n")
    if g.p(0.5):
        b("# 이상징후: ", g.ch(["업무시간 외 대량 조회", "동일인 반복 조회", "외부 IP 접속"]), " (", H("「개인정보의 안전성 확보조치 기준」 제8조", "statute_citation"), ")\n")


def t_foia(g, b):
    inst = g.inst()
    ap = g.person(ph="masked")
    b("정보 (", g.ch(["공개", "부분공개", "비공개"]), ") 결정 통지서\n\n접수번호 ", g.receipt_no(), "   접수일 ", kdate(g, 2026, 2026, "dot"), "\n")
    b("청구인 성명 ", ap, "\n청구 내용 ", g.ch(["2025년 업무추진비 집행 내역", "○○동 재개발 조합 인가 관련 회의록", "CCTV 설치 현황", "출장 여비 지급 내역"]), "\n")
    b("공개 내용 ", g.ch(["붙임 파일", "사본 %d매" % g.ri(2, 40)]), "\n비공개 내용 및 사유 ", g.ch(["개인에 관한 사항(성명, 연락처)", "해당 없음", "의사결정 과정"]),
      " — ", H("「공공기관의 정보공개에 관한 법률」 제9조 제1항 제%d호" % g.ch([5, 6, 6, 7]), "statute_citation"), "\n")
    b("공개 일시 ", kdate(g, 2026, 2026, "dot"), "   공개 방법 ", g.ch(["정보통신망", "우편", "교부"]), "\n수수료 ", g.amount(), "\n\n")
    b("※ 이 결정에 불복하시면 ", g.ch(["30일", "90일"]), " 이내에 이의신청을 할 수 있습니다.\n")
    b(H(inst["head"], "office_title_only"), "\n담당 ", inst["dept"], " ", g.kperson(), " (", g.phone("landline", area=inst["area"]), ")  대표 ", sw(inst), "\n")


def t_tax_qa(g, b):
    b("[질의회신] ", g.doc_no(g.ch(["부가가치세과", "소득세과", "재산세과", "법인세과"])), " (", kdate(g, 2020, 2026, "dot"), ")\n\n")
    b("【질의】\n", H("갑", "placeholder_person"), "은 ", kdate(g, 2018, 2024, "kor"), " ", H(g.coarse_loc(), "coarse_location"),
      " 소재 주택을 ", g.amount(big=True), "에 취득하여 ", H("을", "placeholder_person"), "에게 임대하던 중 ")
    b(g.ch(["", ""]), H(g.ch(["A법인", "B사", "(주)○○"]), "placeholder_person"), "에 양도하였음. 이 경우 ", g.statute(), "의 적용 여부\n\n")
    b("【회신】\n귀 질의의 경우 기존 해석사례(", g.doc_no("법규과"), ", ", g.case_no("조심"), ")를 참고하기 바람.\n")
    if not g.nopii:
        p_ = g.person()
        b("\n【사실관계 보충】 질의자 ", p_, "(", g.phone("mobile"), ")는 ", g.ch(["거주 기간이 2년 미만", "해당 주택 외 1주택 보유"]), "이라고 진술함.\n")
    b("\n관련 법령: ", g.statute(), "\n")


def t_public_notice(g, b):
    inst = g.inst("local")
    b(inst["office"], " 공고 제", H("%d-%d" % (g.ri(2025, 2026), g.ri(100, 3000)), "document_number"), "호\n\n")
    k = g.ch(["service", "parking", "abandoned"])
    title = {"service": "과태료 부과 고지서 공시송달 공고", "parking": "거주자 우선주차 배정 결과 공고", "abandoned": "방치자동차 강제처리 공고"}[k]
    b(title, "\n\n", g.ch(["주소불명 등의 사유로 송달할 수 없어 ", "아래와 같이 "]), g.statute(), "에 따라 공고합니다.\n\n")
    for i in range(g.ri(2, 6)):
        masked = g.p(0.3)
        nm = g.placeholder("masked") if masked else g.person()
        b("%d. " % (i + 1))
        if k == "service":
            b(nm, " / ", g.ch([[g.address("road")["v"]], [g.dob(fmt=g.ch(["yymmdd", "dotpad"]))]]), " / ", g.amount(), " / 차량 ", g.plate(), "\n")
        elif k == "parking":
            b("구획 ", H("%s-%03d" % (g.ch("ABCD"), g.ri(1, 300)), "public_record_id"), "  ", nm, "  ", g.plate(), "\n")
        else:
            b(g.plate(), "  (", g.ch(CARS), ")  최종 소유자 ", nm, "  방치장소 ", H(g.coarse_loc(), "coarse_location"), "\n")
    b("\n", kdate(g, 2026, 2026, "dot"), "\n", H(inst["head"], "office_title_only"), "\n문의: ", inst["dept"], " ", sw(inst), "\n")


def t_fine_notice(g, b):
    inst = g.inst(g.ch(["local", "agency"]))
    own = g.person()
    birth = g.birth(1950, 2004)
    b(g.ch(["과태료 부과 사전통지서", "범칙금 납부 통고서", "주정차위반 과태료 의견진술 안내"]), "\n\n")
    sep = g.ch([": ", "  ", " | "])
    b("고지번호", sep, g.receipt_no(), "\n성명", sep, own, "\n생년월일", sep, g.dob(birth), "\n주소", sep, addr_items(g, g.address()), "\n")
    b("차량번호", sep, g.plate(), "\n위반일시", sep, kdate(g, 2026, 2026, "iso"), " %02d:%02d\n" % (g.ri(0, 23), g.ri(0, 59)))
    b("위반장소", sep, H(g.coarse_loc(), "coarse_location"), "\n위반내용", sep, g.ch(["주정차 금지구역", "신호 위반", "속도 위반(제한 50, 주행 7%d)" % g.ri(0, 9)]), "\n")
    b("운전면허번호", sep, g.dl(), "\n")
    b("금액", sep, g.amount(), "\n납부기한", sep, kdate(g, 2026, 2026, "dot"), "\n가상계좌", sep, H("%s %s" % (g.ch(["기업", "농협", "우리"]),
      "%03d-%06d-%02d-%03d" % (g.ri(100, 999), g.ri(0, 999999), g.ri(0, 99), g.ri(0, 999))), "public_record_id"), "\n")
    b("\n의견이 있으면 ", kdate(g, 2026, 2026, "dot"), "까지 ", inst["name"], " ", g.ch(["교통행정과", "교통지도과"]), "(", sw(inst),
      ")로 제출하십시오. 근거: ", g.statute(), "\n")


def t_immigration(g, b):
    nat = g.ch(list(FOREIGN))
    nm_l, sub, _ = g.fname(nat, "latin")
    p_ = V("PERSON", nm_l, sub) if not g.nopii else g.placeholder()
    birth = g.birth(1965, 2005)
    b(g.ch(["체류기간 연장허가 신청서", "외국인 등록 신청서", "체류지 변경 신고서", "근무처 변경 신고서"]), "\n", H("APPLICATION FORM", "form_instruction"), "\n\n")
    sep = g.ch([": ", "  ", " / "])
    b("성명(Name)", sep, p_, "\n")
    if g.p(0.5) and not g.nopii:
        nm_h = g.fname(nat, "hangul")
        b("한글 성명", sep, V("PERSON", nm_h[0], nm_h[1]), "\n")
    b("국적(Nationality)", sep, nat, "\n생년월일(Date of Birth)", sep, g.dob(birth, g.ch(["iso", "dotpad", "slash", "yyyymmdd"])), "\n")
    b("여권번호(Passport No.)", sep, g.passport("foreign", nat=nat), "\n외국인등록번호", sep, g.frn(birth=birth), "\n")
    b("대한민국 내 주소", sep, g.address()["v"], "\n전화", sep, g.phone(g.ch(["mobile", "mobile", "intl"])), "\n")
    if g.p(0.5):
        b("E-mail", sep, g.email("personal"), "\n")
    if g.p(0.6) and not g.nopii:
        b("동반 가족\n")
        for _ in range(g.ri(1, 3)):
            fb = g.birth(1970, 2024)
            fnm = g.fname(nat, g.ch(["latin", "hangul"]))
            b("  ", V("PERSON", fnm[0], fnm[1]), sep, g.ch(["배우자", "자녀"]), sep, g.frn(birth=fb), sep, g.passport("foreign", nat=nat), "\n")
    comp = g.company()
    b("근무처", sep, comp, " (사업자등록번호 ", g.brn(), ")\n")
    if g.p(0.5):
        b("고용주", sep, g.person(), "  연락처 ", g.phone("landline"), "\n")
    b("\n신청일 ", kdate(g, 2026, 2026, "dot"), "  신청인 서명 ", g.ch(["", "(signature)"]), "\n")
    b(H(g.ch(["서울", "수원", "인천", "양주", "김해"]) + "출입국·외국인사무소장", "office_title_only"), " 귀하\n문의: ", H("1345", "short_code"), "\n")


def t_payment(g, b):
    inst = g.inst()
    b(g.ch(["지출결의서", "보상금 지급 명세서", "강사료 지급 내역", "재난지원금 지급 내역"]), "\n", inst["office"], " ", inst["dept"], "\n\n")
    b("지출 근거: ", g.statute(), "\n지출 총액: ", g.amount(), "\n\n")
    for i in range(g.ri(2, 5)):
        p_ = g.kperson()
        bank, acct = g.account()
        k = g.ri(0, 2)
        b("(%d) " % (i + 1), p_, ", ")
        if k == 0:
            b(g.dob(fmt=g.ch(["yymmdd", "dotpad"])), ", ")
        elif k == 1:
            b(g.rrn(g.ch(["rrn_masked", "rrn_valid"])), ", ")
        b(bank, " ", acct, ", ", g.amount(), "\n")
    if g.p(0.8):
        comp = g.company()
        bank, acct = g.account()
        b("(업체) ", comp, ", 사업자 ", g.brn(), g.ch([["", ", 법인 ", g.crn()], [""]]), ", ", bank, " ", acct, "\n")
    b("\n", H("지출관", "office_title_only"), " ", g.kperson(), " (인)\n")


def t_hi_letter(g, b):
    b(H("국민건강보험공단", "institution_name"), " ", g.ch(["피부양자 자격 인정 안내", "건강보험 자격 취득 통지서", "보험료 체납 안내"]), "\n\n")
    p_ = g.kperson()
    birth = g.birth(1940, 2000)
    a = g.address()
    b(addr_items(g, a, postal=True), "\n", p_, " 님 귀하\n\n")
    b("건강보험증 번호: ", g.hi(), "\n가입자: ", p_, " (", g.rrn("rrn_masked", birth=birth) if g.p(0.6) else g.dob(birth), ")\n")
    for _ in range(g.ri(0, 3)):
        mb = g.kperson()
        mbirth = g.birth(1940, 2025)
        kind = "rrn_post2020" if mbirth >= (2020, 10, 5) else "rrn_masked"
        b("피부양자: ", mb, " (", g.ch(["배우자", "자녀", "부모"]), ", ", g.rrn(kind, birth=mbirth), ")\n")
    b("\n", g.ch(["보험료 ", "체납액 "]), g.amount(), "  납부기한 ", kdate(g, 2026, 2026, "dot"), "\n")
    b("문의: 고객센터 ", H("%s-%s" % (g.ch(SWITCH_PREFIX), g.nd(4, True)), "institution_switchboard"), " / 담당 ", g.kperson(), " (", g.phone("landline"), ")\n")


def t_fax(g, b):
    inst = g.inst()
    rc = g.person()
    b("FAX 송 신 문\n\n", g.ch(["수신: ", "TO: "]), g.company(), " ", rc, " ", g.ch(["귀하", "대리님", "팀장님"]), "\n")
    b("수신 FAX: ", g.fax(), "\n발신: ", inst["office"], " ", inst["dept"], " ", g.kperson(), "\n")
    b("발신 전화: ", g.phone("landline", area=inst["area"]), "  FAX: ", g.fax(area=inst["area"]), "\n매수: ", g.ri(1, 9), "매(표지 포함)\n")
    b("일자: ", kdate(g, 2026, 2026, "dot"), "\n\n내용: ", g.ch(["계약서 날인본 송부", "견적서 재요청", "세금계산서 정정 요청"]), ". 문의는 대표전화 ", sw(inst), " 말고 위 직통번호로 주십시오.\n")
    if g.p(0.5):
        b("※ 업체 사업자등록번호 ", g.brn(), " 확인 바랍니다.\n")


def t_bid_result(g, b):
    inst = g.inst()
    b(inst["office"], " ", g.ch(["공고", "알림"]), " ", g.doc_no(inst["dept"]), "\n\n")
    b(g.ch(["개찰 결과 및 낙찰자 공고", "협상에 의한 계약 우선협상대상자 선정 결과", "수의계약 체결 현황 공개"]), "\n\n")
    b("1. 사업명: ", g.ch(["청사 환경개선 공사", "스마트 버스정류장 구축", "공공와이파이 유지보수", "하천 정비 실시설계 용역"]), "\n")
    b("2. 공고번호: ", H("%d%07d-00" % (g.ri(2025, 2026), g.ri(0, 9999999)), "public_record_id"), "\n3. 개찰일시: ",
      kdate(g, 2026, 2026, "dot"), " %d:00\n4. 결과\n" % g.ri(10, 16))
    style = g.ch(["lines", "pipe", "prose"])
    if style == "pipe":
        b("순위 | 업체명 | 대표자 | 사업자등록번호 | 법인등록번호 | 투찰금액\n")
    for i in range(g.ri(2, 4)):
        comp, ceo = g.company(), g.person()
        if style == "pipe":
            b("%d | " % (i + 1), comp, " | ", ceo, " | ", g.brn(), " | ", g.crn(), " | ", g.amount(), "\n")
        elif style == "lines":
            b("  %d순위 " % (i + 1), comp, " (대표 ", ceo, ")\n     사업자등록번호 ", g.brn(), ", 법인등록번호 ", g.crn(), "\n     소재지 ",
              g.address("road", unit=g.ch(["floor", "ho", "none"]))["v"], ", 전화 ", g.phone(g.ch(["landline", "070"])), "\n")
        else:
            b("  ", "낙찰자는 " if i == 0 else "차순위는 ", comp, "(대표이사 ", ceo, ", 사업자등록번호 ", g.brn(), ", 법인등록번호 ", g.crn(),
              ")로, 투찰금액은 ", g.amount(), "이다.\n")
    b("5. 근거: ", g.statute(), "\n6. 문의: ", inst["dept"], " 계약담당 ", g.kperson(), " (", g.phone("landline", area=inst["area"]), "), 조달 콜센터 ",
      H("%s-%s" % (g.ch(SWITCH_PREFIX), g.nd(4, True)), "institution_switchboard"), "\n")


def t_dl_notice(g, b):
    inst = {"head": g.ch(["서울특별시경찰청장", "경기도남부경찰청장", "부산광역시경찰청장", "전북특별자치도경찰청장", "대전광역시경찰청장"])}
    p_ = g.kperson()
    birth = g.birth(1950, 2005)
    b(g.ch(["운전면허 정지·취소처분 결정 통지서", "운전면허 행정처분 사전통지서", "벌점 누산 안내"]), "\n\n")
    sep = g.ch([": ", "  ", " | ", "\t"])
    b("문서번호", sep, g.doc_no("교통안전계" if g.p(0.5) else "교통조사계"), "\n성명", sep, p_, "\n")
    if g.p(0.6):
        b("생년월일", sep, g.dob(birth), "\n")
    else:
        b("주민등록번호", sep, g.rrn(g.ch(["rrn_masked", "rrn_masked", "rrn_valid"]), birth=birth), "\n")
    ly = min(birth[0] + g.ri(19, 30), 2025)
    b("면허번호", sep, g.dl(year=ly), "\n면허종별", sep, g.ch(["1종 보통", "2종 보통", "1종 대형", "2종 소형"]), "\n")
    b("주소", sep, addr_items(g, g.address()), "\n")
    b("처분 내용", sep, g.ch(["면허 정지 %d일" % g.ch([40, 60, 100]), "면허 취소(결격기간 1년)", "벌점 %d점 부과" % g.ch([15, 30, 40])]), "\n")
    b("처분 사유", sep, kdate(g, 2025, 2026, "kor"), " ", g.ch(["음주운전(0.0%d%%)" % g.ri(30, 79), "신호위반", "속도위반(40km/h 초과)", "벌점 누산 121점"]),
      ", 차량 ", g.plate(), "\n")
    if g.p(0.4):
        b("집행 시작일", sep, kdate(g, 2026, 2026, "dot"), "\n")
    b("\n위 처분에 이의가 있는 경우 ", g.statute(), "에 따라 행정심판을 청구할 수 있습니다. 문의 ", g.switchboard(), "\n")
    b(H(inst["head"], "office_title_only"), "\n")


def t_refund_form(g, b):
    inst = g.inst("local")
    ap = g.person()
    what = g.ch(["공공체육시설 이용료", "평생학습 강좌 수강료", "공영주차장 정기권", "캠핑장 예약금", "문화예술회관 관람료"])
    sep = g.ch([": ", "  ", " | "])
    b(what, " 환불 신청서\n\n", "접수번호", sep, g.receipt_no(), "\n신청인", sep, ap, "\n연락처", sep, g.phone("mobile"), "\n")
    if g.p(0.5):
        b("생년월일", sep, g.dob(), "\n")
    b("결제일", sep, g.dte("dot"), "\n결제 금액", sep, g.amount(), "\n결제 수단", sep, g.ch(["신용카드", "체크카드"]), "\n카드번호", sep, g.card(), "\n")
    if g.p(0.4):
        b("카드 소지자", sep, g.person(), " (", g.ch(["배우자", "자녀", "부모"]), ")\n")
    if g.p(0.4):
        bank, acct = g.account()
        b("(카드 취소 불가 시) 환불 계좌", sep, bank, " ", acct, " 예금주 ", ap, "\n")
    b("환불 사유", sep, g.ch(["강좌 폐강", "중복 결제", "우천 취소", "개인 사정(이용 개시 전)"]), "\n\n", kdate(g, 2026, 2026, "kor"), "  신청인 ", ap,
      " (서명)\n\n", H(inst["office"] + " " + g.ch(["시설관리공단 이사장", "문화재단 대표이사"]), "office_title_only"), " 귀하\n")
    b("※ 환불 문의: ", g.switchboard(), "\n")


OCR_BASES = ["t_gongmun_1990s", "t_gongmun_2000s", "t_application", "t_report_form", "t_contract", "t_minwon_reply",
             "t_judgment", "t_fine_notice", "t_immigration", "t_hi_letter", "t_fax", "t_police", "t_petition",
             "t_register", "t_payment", "t_table_spaces_header", "t_table_tab_noheader", "t_bid_result",
             "t_counsel", "t_hospital", "t_gongmun_elec", "t_dl_notice", "t_refund_form"]


def t_ocr(g, b):
    name = g.ch(OCR_BASES)
    b.ocr = True
    b.wrap = g.ri(26, 52)
    b.base_genre = TEMPLATE_GENRE[name]
    b.base_template = name
    b("[스캔 문서 OCR 결과 - ", g.ri(1, 3), "쪽]\n")
    globals()[name](g, b)


# ============================================================== registry ==
# (template, genre, records, prose, share of no-PII records, span-noise probability)
REGISTRY = [
    ("t_news_incident", "뉴스 기사", 38, True, 0.12, 0.0),
    ("t_news_people", "뉴스 기사", 24, True, 0.08, 0.0),
    ("t_news_court", "뉴스 기사", 22, True, 0.25, 0.0),
    ("t_press_release", "보도자료", 26, True, 0.20, 0.0),
    ("t_minutes", "회의록", 30, True, 0.15, 0.0),
    ("t_judgment", "판결문", 28, True, 0.0, 0.06),
    ("t_decision_admin", "행정심판 재결", 26, True, 0.0, 0.04),
    ("t_petition", "진정·민원 글", 34, True, 0.08, 0.04),
    ("t_police", "경찰 사건기록", 30, True, 0.0, 0.06),
    ("t_fire", "소방 활동기록", 20, True, 0.15, 0.03),
    ("t_counsel", "복지 상담기록", 28, True, 0.0, 0.05),
    ("t_interview", "면담 녹취록", 22, True, 0.10, 0.0),
    ("t_audit", "감사 결과", 22, True, 0.10, 0.0),
    ("t_discipline", "징계 의결", 16, True, 0.0, 0.0),
    ("t_school", "학교 기록", 18, True, 0.10, 0.03),
    ("t_hospital", "병원 기록", 20, True, 0.0, 0.06),
    ("t_gongmun_1990s", "공문", 16, False, 0.12, 0.35),
    ("t_gongmun_2000s", "공문", 14, False, 0.14, 0.15),
    ("t_gongmun_elec", "공문", 22, False, 0.25, 0.0),
    ("t_minwon_reply", "민원 회신", 24, False, 0.15, 0.0),
    ("t_application", "신청서", 20, False, 0.10, 0.12),
    ("t_consent", "동의서", 18, False, 0.35, 0.08),
    ("t_refund_form", "신청서", 14, False, 0.07, 0.10),
    ("t_report_form", "신고서", 16, False, 0.06, 0.12),
    ("t_register", "대장", 14, False, 0.07, 0.12),
    ("t_table_pipe_header", "표", 14, False, 0.12, 0.0),
    ("t_table_tab_noheader", "표", 14, False, 0.12, 0.0),
    ("t_table_spaces_header", "표", 14, False, 0.12, 0.04),
    ("t_table_pipe_noheader", "표", 12, False, 0.12, 0.0),
    ("t_contract", "계약서", 20, False, 0.0, 0.04),
    ("t_personnel", "인사명령", 16, False, 0.20, 0.0),
    ("t_chat", "채팅", 18, False, 0.12, 0.0),
    ("t_call", "통화 녹취", 16, False, 0.15, 0.0),
    ("t_access_log", "접속 기록", 20, False, 0.12, 0.0),
    ("t_foia", "정보공개 결정", 16, False, 0.75, 0.0),
    ("t_tax_qa", "질의회신", 16, False, 0.75, 0.0),
    ("t_public_notice", "공고", 16, False, 0.15, 0.0),
    ("t_bid_result", "공고", 18, False, 0.08, 0.0),
    ("t_fine_notice", "과태료·범칙금 통지", 14, False, 0.0, 0.12),
    ("t_dl_notice", "운전면허 처분 통지", 20, False, 0.06, 0.08),
    ("t_immigration", "출입국 서류", 22, False, 0.0, 0.10),
    ("t_payment", "지급 명세", 12, False, 0.0, 0.08),
    ("t_hi_letter", "건강보험 안내", 16, False, 0.0, 0.08),
    ("t_fax", "팩스 송신문", 10, False, 0.10, 0.35),
    ("t_ocr", "OCR 스캔", 84, False, 0.06, 0.80),
]
TEMPLATE_GENRE = {r[0]: r[1] for r in REGISTRY}


def make_one(tname, rng, nopii, noise_p, genre):
    g = G(rng, nopii)
    b = B(rng, noise_p=noise_p)
    globals()[tname](g, b)
    text = b.text()
    spans, hns = b.spans, b.hns
    if b.wrap:
        text = hard_wrap(text, spans, hns, rng, b.wrap)
    rec = {"text": text, "spans": spans, "hns": hns, "no_pii": nopii, "genre": genre,
           "base_genre": b.base_genre, "base_template": getattr(b, "base_template", None),
           "text_noise": list(b.text_noise) + (["hard_wrap"] if b.wrap else [])}
    return rec


def build_all(log=True):
    out, retries = [], collections.Counter()
    for (tname, genre, count, prose, p_nopii, noise_p) in REGISTRY:
        for i in range(count):
            nop = int((i + 1) * p_nopii) > int(i * p_nopii)
            last = None
            for attempt in range(80):
                seed = "%s|%s|%d" % (PREFIX, tname, i) + ("|r%d" % attempt if attempt else "")
                rng = random.Random(seed)
                try:
                    rec = make_one(tname, rng, nop, noise_p, genre)
                    validate(rec)
                    break
                except DraftError as e:
                    retries[tname] += 1
                    last = e
            else:
                raise SystemExit("FAILED %s %d: %s" % (tname, i, last))
            rec.update(id="pii_aq-%s-%03d" % (tname[2:], i), template=tname, seed=seed, prose=prose)
            out.append(rec)
    ids = [r["id"] for r in out]
    if len(ids) != len(set(ids)):
        raise SystemExit("duplicate ids")
    if log:
        sys.stderr.write("retries: %s\n" % dict(sorted(retries.items())))
    return out


def to_lines(recs):
    data, meta = [], []
    for r in recs:
        spans = [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in r["spans"]]
        data.append(json.dumps({"id": r["id"], "text": r["text"], "spans": spans, "genre": r["genre"]}, ensure_ascii=False))
        m = {"id": r["id"], "template": r["template"], "seed": r["seed"], "genre": r["genre"], "prose": r["prose"],
             "no_pii": r["no_pii"], "text_noise": r["text_noise"]}
        if r["base_genre"]:
            m["base_genre"] = r["base_genre"]
            m["base_template"] = r["base_template"]
        m["spans"] = [{"start": s["start"], "end": s["end"], "type": s["type"], "sub": s["sub"], "noise": s["noise"],
                       "format": s["format"], "value": s["value"], "clean": s["clean"],
                       "info": {k: (list(v) if isinstance(v, tuple) else v) for k, v in s["info"].items()}}
                      for s in r["spans"]]
        m["hard_negatives"] = [{"start": h["start"], "end": h["end"], "text": h["text"], "category": h["category"]}
                               for h in r["hns"]]
        meta.append(json.dumps(m, ensure_ascii=False))
    return data, meta


def compute_stats(recs):
    C = collections.Counter
    st = {"records": len(recs), "spans": sum(len(r["spans"]) for r in recs)}
    st["no_pii_records"] = sum(r["no_pii"] for r in recs)
    st["prose_records"] = sum(r["prose"] for r in recs)
    noisy = sum(1 for r in recs for s in r["spans"] if s["noise"])
    st["noisy_spans"] = noisy
    st["noisy_span_share"] = round(noisy / st["spans"], 4)
    st["hard_negatives"] = sum(len(r["hns"]) for r in recs)
    g = collections.OrderedDict()
    for r in recs:
        d = g.setdefault(r["genre"], {"records": 0, "no_pii": 0, "prose": 0, "spans": 0, "hard_negatives": 0})
        d["records"] += 1
        d["no_pii"] += int(r["no_pii"])
        d["prose"] += int(r["prose"])
        d["spans"] += len(r["spans"])
        d["hard_negatives"] += len(r["hns"])
    st["by_genre"] = g
    t = collections.OrderedDict()
    for r in recs:
        d = t.setdefault(r["template"], {"genre": r["genre"], "records": 0, "no_pii": 0, "spans": 0})
        d["records"] += 1
        d["no_pii"] += int(r["no_pii"])
        d["spans"] += len(r["spans"])
    st["by_template"] = t
    st["by_type"] = dict(sorted(C(s["type"] for r in recs for s in r["spans"]).items(), key=lambda x: (-x[1], x[0])))
    st["by_type_noisy"] = dict(sorted(C(s["type"] for r in recs for s in r["spans"] if s["noise"]).items()))
    st["by_subkind"] = dict(sorted(C("%s:%s" % (s["type"], s["sub"]) for r in recs for s in r["spans"]).items()))
    st["by_noise_tag"] = dict(sorted(C(n for r in recs for s in r["spans"] for n in s["noise"]).items()))
    st["by_text_noise"] = dict(sorted(C(n for r in recs for n in r["text_noise"]).items()))
    st["by_hard_negative_category"] = dict(sorted(C(h["category"] for r in recs for h in r["hns"]).items(),
                                                  key=lambda x: (-x[1], x[0])))
    st["ocr_base_genre"] = dict(sorted(C(r["base_genre"] for r in recs if r["base_genre"]).items()))
    return st


def coverage_checks(st):
    errs = []
    for t in TYPES:
        if st["by_type"].get(t, 0) < 100:
            errs.append("type %s has %d spans" % (t, st["by_type"].get(t, 0)))
    if st["records"] < 650:
        errs.append("records < 650")
    if len(st["by_genre"]) < 20:
        errs.append("genres < 20")
    if len(st["by_template"]) < 35:
        errs.append("templates < 35")
    if st["noisy_span_share"] < 0.08:
        errs.append("noise share %.3f" % st["noisy_span_share"])
    if st["no_pii_records"] < 0.09 * st["records"]:
        errs.append("no-PII records %d" % st["no_pii_records"])
    if st["prose_records"] < 0.40 * st["records"]:
        errs.append("prose records %d" % st["prose_records"])
    for gname, d in st["by_genre"].items():
        if d["hard_negatives"] == 0:
            errs.append("genre %s without hard negatives" % gname)
    return errs


def reread_and_validate(outdir):
    data = [json.loads(x) for x in open(os.path.join(outdir, "pii_aq.jsonl"), encoding="utf-8")]
    meta = [json.loads(x) for x in open(os.path.join(outdir, "pii_aq.meta.jsonl"), encoding="utf-8")]
    assert len(data) == len(meta)
    seen = set()
    for d, m in zip(data, meta):
        assert d["id"] == m["id"] and d["id"] not in seen
        seen.add(d["id"])
        assert [(s["start"], s["end"], s["type"]) for s in d["spans"]] == [(s["start"], s["end"], s["type"]) for s in m["spans"]]
        spans = []
        for s in m["spans"]:
            s2 = dict(s)
            if "birth" in s2["info"]:
                s2["info"] = dict(s2["info"], birth=tuple(s2["info"]["birth"]))
            spans.append(s2)
        rec = {"text": d["text"], "spans": spans, "hns": m["hard_negatives"], "no_pii": m["no_pii"]}
        try:
            validate(rec)
        except DraftError as e:
            raise SystemExit("re-validation failed for %s: %s" % (d["id"], e))
    return len(data)


def md5(path):
    return hashlib.md5(open(path, "rb").read()).hexdigest()


GENERATED = ["pii_aq.jsonl", "pii_aq.meta.jsonl", "stats.json"]


def main():
    args = sys.argv[1:]
    outdir = os.path.dirname(os.path.abspath(__file__))
    if "--out" in args:
        outdir = args[args.index("--out") + 1]
        os.makedirs(outdir, exist_ok=True)
    recs = build_all(log="--no-selfcheck" not in args)
    data, meta = to_lines(recs)
    st = compute_stats(recs)
    with open(os.path.join(outdir, "pii_aq.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(data) + "\n")
    with open(os.path.join(outdir, "pii_aq.meta.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(meta) + "\n")
    with open(os.path.join(outdir, "stats.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(st, f, ensure_ascii=False, indent=1)
        f.write("\n")
    n = reread_and_validate(outdir)
    errs = coverage_checks(st)
    if errs:
        raise SystemExit("coverage check failed:\n  " + "\n  ".join(errs))
    if "--no-selfcheck" in args:
        return
    sys.stderr.write("wrote %d records, %d spans; re-validated from files\n" % (n, st["spans"]))
    import shutil
    import tempfile
    mine = [md5(os.path.join(outdir, f)) for f in GENERATED]
    for hs in ("0", "987654321"):
        tmp = tempfile.mkdtemp(prefix="pii_aq_hs")
        try:
            env = dict(os.environ, PYTHONHASHSEED=hs)
            subprocess.run([sys.executable, os.path.abspath(__file__), "--out", tmp, "--no-selfcheck"], env=env, check=True)
            theirs = [md5(os.path.join(tmp, f)) for f in GENERATED]
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        if theirs != mine:
            raise SystemExit("NON-DETERMINISTIC output under PYTHONHASHSEED=%s" % hs)
        sys.stderr.write("PYTHONHASHSEED=%s: identical md5 %s\n" % (hs, " ".join(m[:8] for m in theirs)))


if __name__ == "__main__":
    main()
