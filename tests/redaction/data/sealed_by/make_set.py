#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""pii_by: an independent evaluation set for a Korean PII detector on
public-sector text.  Standard library only, seeded and deterministic.

    python make_set.py          # writes pii_by.jsonl and pii_by.meta.jsonl, then validates

Gold values are written inline with markers  ⟦CODE:value⟧  (see TYPE_CODES).
A value that starts with '@' is a directive filled by a generator here
(used for check-digit types), e.g. ⟦RRN:@pre=8503121⟧, ⟦CC:@visa~fw⟧, ⟦FRN:@v#a⟧
  kind[=arg][#tag][~noise~noise]
A '#tag' that was already used in the same record repeats the same value.
All names, numbers and addresses are invented.
"""
import collections
import datetime
import ipaddress
import json
import os
import random
import re
import sys
import unicodedata

SEED = 20250611
R = random.Random(SEED)
OUT_DIR = os.path.dirname(os.path.abspath(__file__))

TYPE_CODES = {
    "P": "PERSON", "PH": "PHONE_NUMBER", "EM": "EMAIL_ADDRESS", "AD": "KR_ADDRESS",
    "DOB": "DATE_OF_BIRTH", "ACC": "KR_BANK_ACCOUNT", "RRN": "KR_RRN", "IP": "IP_ADDRESS",
    "PP": "KR_PASSPORT", "BRN": "KR_BRN", "DL": "KR_DRIVER_LICENSE", "FRN": "KR_FRN",
    "VP": "KR_VEHICLE_PLATE", "HI": "KR_HEALTH_INSURANCE", "CC": "CREDIT_CARD", "CRN": "KR_CRN",
}
ALL_TYPES = list(TYPE_CODES.values())

# ---------------------------------------------------------------------------
# pools
# ---------------------------------------------------------------------------
SURNAMES = (["김"] * 20 + ["이"] * 14 + ["박"] * 8 + ["최"] * 5 + ["정"] * 5 + ["강", "조", "윤", "장", "임"] * 2 +
            ["한", "오", "서", "신", "권", "황", "안", "송", "전", "유", "고", "문", "양", "손", "배", "백", "허",
             "남", "심", "노", "하", "곽", "성", "차", "주", "우", "구", "민", "류", "나", "진", "지", "엄", "채",
             "원", "천", "방", "공", "현", "함", "변", "염", "여", "추", "도", "소", "석", "선", "설", "마", "길",
             "연", "위", "표", "명", "기", "반", "왕", "금", "옥", "육", "인", "맹", "제", "탁", "국", "어", "은",
             "편", "용", "예", "경", "봉", "피", "범", "승", "태", "감", "두", "빈", "화"] +
            ["남궁", "황보", "선우", "제갈", "독고", "사공", "서문", "동방", "망절"])
GIVEN = """민준 서준 도윤 예준 시우 하준 주원 지후 준우 준서 건우 도현 현우 우진 서진 민재 현준 연우 유준
정우 승우 승현 시윤 준혁 은우 지환 승민 유찬 윤우 민성 준영 시후 진우 수현 재윤 동현 수호 태윤 민규 재원
한결 재민 은찬 윤호 시원 민찬 시온 성민 준호 승준 성현 재현 태민 지성 예성 민호 태현 지한 서연 서윤 민서
하은 하윤 윤서 지유 채원 지윤 은서 수아 다은 예은 지아 수빈 소율 예린 하린 예원 소윤 시은 채은 유진 윤아
예나 가은 서아 민지 수민 아린 다인 예서 서영 은채 주아 혜원 유나 나연 영수 영호 영철 정호 성호 상철 성수
광수 종훈 경수 재훈 동욱 성진 미경 미영 은정 혜진 선영 현정 수진 은영 미숙 정희 경희 순자 영자 명숙 옥순
말순 정숙 희정 경미 병철 기순 태식 용남 춘자 덕희 봉수 만석 길자 복례 상훈 형준 창민 보람 슬기 다솜 한별
가람 나래 소담 은솔 해찬 도담 이든 로운 하람 세현 규리 태오 율희 채령 서후 은호 건희 재형 혜림 경란 정애
동희 인숙 용준 기범 석진 진혁 승훈 윤정 세영 다희 연주 효진 지혜 윤희 승연 은비 아영 소희 예지 재경 문식
상욱 창호 대근 홍매 양순 금자 인철 두식 선화 주희 해원 라온 이안 세린 도하 강민 태양 준상 범수 희수 민영
성희 보영 현주 재석 명수 치훈 우람 빛나 새롬 온유 청아""".split()
# given names that collide with ordinary words when written alone are fine: we only ever label full names

FOREIGNERS = [  # (nationality, Latin-script name as in a passport, Hangul transcription)
    ("베트남", "NGUYEN THI LAN", "응우옌티란"), ("베트남", "TRAN VAN KHOA", "쩐반코아"), ("베트남", "LE MINH TUAN", "레민뚜언"),
    ("베트남", "PHAM THI HONG NHUNG", "팜티홍늉"), ("베트남", "HOANG DUC ANH", "호앙득아인"), ("베트남", "VU THI THAO", "부티타오"),
    ("베트남", "DO QUANG HUY", "도꽝후이"), ("중국", "ZHANG XIAOYU", "장샤오위"), ("중국", "LIU JIANGUO", "류젠궈"),
    ("중국", "WANG MEILING", "왕메이링"), ("중국", "CHEN HAORAN", "천하오란"), ("중국", "LI SHUFEN", "리수펀"),
    ("중국", "ZHAO YUNFEI", "자오윈페이"), ("몽골", "BATBAYAR ENKHJARGAL", "바트바야르 엥흐자르갈"),
    ("몽골", "GANBOLD TSETSEG", "간볼드 체체그"), ("우즈베키스탄", "ALIMOV SARDOR", "알리모프 사르도르"),
    ("우즈베키스탄", "KARIMOVA DILNOZA", "카리모바 딜노자"), ("우즈베키스탄", "RAKHIMOV BEKZOD", "라히모프 베크조드"),
    ("필리핀", "SANTOS MARIA LUISA", "산토스 마리아 루이사"), ("필리핀", "DELA CRUZ JOSEPH", "델라크루즈 조셉"),
    ("필리핀", "REYES ANGELICA", "레예스 안젤리카"), ("인도네시아", "SITI RAHMAWATI", "시티 라흐마와티"),
    ("인도네시아", "AGUS PRASETYO", "아구스 프라세티오"), ("인도네시아", "DEWI LESTARI", "데위 레스타리"),
    ("태국", "SOMCHAI PHROMMA", "솜차이 프롬마"), ("태국", "NARISA KAEWSAI", "나리사 깨우사이"),
    ("방글라데시", "RAHMAN MD HABIBUR", "라흐만 하비부르"), ("스리랑카", "PERERA KASUN", "페레라 카순"),
    ("네팔", "THAPA BISHNU", "타파 비슈누"), ("네팔", "GURUNG SITA", "구룽 시타"), ("캄보디아", "SOK CHANTHA", "속 찬타"),
    ("캄보디아", "HENG SOPHEAP", "헹 소피읍"), ("러시아", "IVANOV DMITRY", "이바노프 드미트리"),
    ("러시아", "PETROVA ANASTASIA", "페트로바 아나스타시아"), ("카자흐스탄", "KIM VALENTINA", "김 발렌티나"),
    ("카자흐스탄", "TSOI ARTYOM", "최 아르툠"), ("나이지리아", "OKAFOR CHIDI", "오카포 치디"),
    ("미국", "Emily Carter", "에밀리 카터"), ("미국", "Daniel Whitfield", "다니엘 휘트필드"), ("프랑스", "Sophie Laurent", "소피 로랑"),
    ("독일", "Lukas Becker", "루카스 베커"), ("독일", "Hannah Mueller", "한나 뮐러"), ("일본", "TANAKA YUKI", "다나카 유키"),
    ("일본", "SATO HARUTO", "사토 하루토"), ("영국", "Amelia Wright", "아멜리아 라이트"),
]
FOREIGN_LATIN = [f[1] for f in FOREIGNERS]
FOREIGN_HANGUL = [f[2] for f in FOREIGNERS]
NATIONALITY = {  # nationality -> passport kind
    "베트남": "vn", "중국": "cn", "몽골": "mn", "우즈베키스탄": "uz", "필리핀": "ph", "인도네시아": "id",
    "태국": "th", "방글라데시": "bd", "스리랑카": "lk", "네팔": "np", "캄보디아": "kh", "러시아": "ru",
    "카자흐스탄": "kz", "나이지리아": "ng", "미국": "us", "프랑스": "fr", "독일": "de", "일본": "jp", "영국": "gb",
}

SUR_ROMAN = {"김": "kim", "이": "lee", "박": "park", "최": "choi", "정": "jung", "강": "kang", "조": "cho",
             "윤": "yoon", "장": "jang", "임": "lim", "한": "han", "오": "oh", "서": "seo", "신": "shin",
             "권": "kwon", "황": "hwang", "안": "ahn", "송": "song", "전": "jeon", "유": "yu", "고": "ko",
             "문": "moon", "양": "yang", "손": "son", "배": "bae", "백": "baek", "허": "heo", "남": "nam",
             "심": "sim", "노": "noh", "하": "ha", "곽": "kwak", "성": "sung", "차": "cha", "주": "joo",
             "우": "woo", "구": "koo", "민": "min", "류": "ryu", "나": "na", "진": "jin", "지": "ji",
             "감": "kam", "경": "kyung", "공": "kong", "국": "kook", "금": "keum", "기": "ki", "길": "gil", "도": "do",
             "두": "doo", "마": "ma", "맹": "maeng", "명": "myung", "반": "ban", "방": "bang", "범": "bum", "변": "byun",
             "봉": "bong", "빈": "bin", "석": "seok", "선": "sun", "설": "seol", "소": "so", "승": "seung", "어": "eo",
             "엄": "um", "여": "yeo", "연": "yeon", "염": "yeom", "예": "ye", "옥": "ok", "왕": "wang", "용": "yong",
             "원": "won", "위": "wi", "육": "yook", "은": "eun", "인": "in", "제": "je", "채": "chae", "천": "chun",
             "추": "choo", "탁": "tak", "태": "tae", "편": "pyun", "표": "pyo", "피": "pi", "함": "ham", "현": "hyun",
             "화": "hwa", "계": "kye", "모": "mo"}
SYL_ROMAN = {"민": "min", "준": "jun", "서": "seo", "도": "do", "윤": "yun", "예": "ye", "시": "si", "우": "woo",
             "하": "ha", "주": "ju", "원": "won", "지": "ji", "후": "hoo", "건": "gun", "현": "hyun", "진": "jin",
             "재": "jae", "연": "yeon", "유": "yu", "정": "jung", "승": "seung", "혁": "hyuk", "은": "eun",
             "환": "hwan", "찬": "chan", "성": "sung", "영": "young", "수": "soo", "호": "ho", "동": "dong",
             "태": "tae", "규": "kyu", "한": "han", "결": "gyeol", "온": "on", "희": "hee", "경": "kyung",
             "미": "mi", "혜": "hye", "숙": "sook", "철": "chul", "훈": "hoon", "욱": "wook", "아": "a",
             "린": "rin", "나": "na", "채": "chae", "소": "so", "율": "yul", "빈": "bin", "다": "da",
             "인": "in", "가": "ga", "상": "sang", "광": "kwang", "종": "jong", "선": "sun", "명": "myung",
             "자": "ja", "순": "soon", "옥": "ok", "말": "mal", "병": "byung", "기": "ki", "식": "sik",
             "용": "yong", "남": "nam", "춘": "chun", "덕": "duk", "봉": "bong", "만": "man", "석": "suk",
             "길": "gil", "복": "bok", "례": "rye", "형": "hyung", "창": "chang", "보": "bo", "람": "ram",
             "슬": "seul", "솜": "som", "별": "byul", "래": "rae", "담": "dam", "솔": "sol", "해": "hae",
             "든": "deun", "로": "ro", "운": "woon", "세": "se", "리": "ri", "오": "o", "령": "ryung",
             "희": "hee", "림": "rim", "란": "ran", "애": "ae", "효": "hyo", "비": "bi", "문": "moon",
             "대": "dae", "근": "geun", "매": "mae", "두": "doo", "화": "hwa", "라": "ra", "안": "an",
             "강": "kang", "양": "yang", "범": "beom", "치": "chi", "람": "ram", "빛": "bit", "새": "sae",
             "롬": "rom", "청": "chung", "이": "i", "전": "jeon", "금": "geum", "마": "ma", "심": "sim", "웅": "woong", "홍": "hong"}

SIDO = {
    "서울특별시": (["서울시", "서울"], ["종로구", "중구", "용산구", "성동구", "광진구", "동대문구", "중랑구", "성북구", "강북구",
                                 "도봉구", "노원구", "은평구", "서대문구", "마포구", "양천구", "강서구", "구로구", "금천구",
                                 "영등포구", "동작구", "관악구", "서초구", "강남구", "송파구", "강동구"]),
    "부산광역시": (["부산시", "부산"], ["해운대구", "수영구", "동래구", "연제구", "부산진구", "사하구", "북구", "남구", "기장군"]),
    "대구광역시": (["대구시", "대구"], ["수성구", "달서구", "북구", "동구", "달성군", "중구"]),
    "인천광역시": (["인천시", "인천"], ["연수구", "남동구", "부평구", "계양구", "서구", "미추홀구", "강화군"]),
    "광주광역시": (["광주시", "광주"], ["북구", "서구", "광산구", "남구", "동구"]),
    "대전광역시": (["대전시", "대전"], ["유성구", "서구", "중구", "대덕구", "동구"]),
    "울산광역시": (["울산시", "울산"], ["남구", "중구", "북구", "울주군"]),
    "세종특별자치시": (["세종시", "세종"], [""]),
    "경기도": (["경기"], ["수원시 팔달구", "수원시 영통구", "성남시 분당구", "성남시 중원구", "고양시 일산동구", "고양시 덕양구",
                       "용인시 수지구", "용인시 기흥구", "부천시", "안산시 단원구", "안양시 동안구", "남양주시", "화성시",
                       "평택시", "의정부시", "시흥시", "파주시", "김포시", "광명시", "하남시", "오산시", "이천시", "양평군",
                       "가평군", "연천군", "포천시", "구리시", "군포시", "의왕시"]),
    "강원특별자치도": (["강원도", "강원"], ["춘천시", "원주시", "강릉시", "속초시", "동해시", "홍천군", "평창군", "정선군"]),
    "충청북도": (["충북"], ["청주시 상당구", "청주시 흥덕구", "충주시", "제천시", "괴산군", "옥천군", "음성군"]),
    "충청남도": (["충남"], ["천안시 서북구", "천안시 동남구", "아산시", "공주시", "서산시", "논산시", "당진시", "홍성군", "예산군"]),
    "전북특별자치도": (["전라북도", "전북"], ["전주시 완산구", "전주시 덕진구", "군산시", "익산시", "정읍시", "남원시", "김제시", "완주군"]),
    "전라남도": (["전남"], ["목포시", "여수시", "순천시", "나주시", "광양시", "무안군", "해남군", "담양군", "화순군"]),
    "경상북도": (["경북"], ["포항시 남구", "포항시 북구", "경주시", "구미시", "안동시", "김천시", "영주시", "경산시", "칠곡군"]),
    "경상남도": (["경남"], ["창원시 성산구", "창원시 마산합포구", "진주시", "김해시", "양산시", "거제시", "통영시", "사천시", "밀양시"]),
    "제주특별자치도": (["제주도", "제주"], ["제주시", "서귀포시"]),
}
ROAD_STEMS = ["은행나무로", "새솔로", "한빛로", "솔샘로", "매봉길", "동산로", "호수공원로", "벚꽃길", "문화로", "청송로", "가람로",
              "누리로", "햇살로", "달빛로", "버들로", "느티로", "소나무길", "안골로", "장터로", "물푸레로", "다래길", "바람재로",
              "별무리로", "아람로", "꽃뫼로", "새터로", "금강로", "능소화길", "푸른솔로", "가온로", "미리내로", "샘마을길", "오리나무로",
              "구름재로", "신촌역로", "시장길", "학교길", "남산로", "산수유길", "대숲로"]
DONGS = ["신정동", "화정동", "봉명동", "연산동", "월계동", "상대동", "중앙동", "신월동", "송정동", "평화동", "도화동", "대림동",
         "장안동", "용두동", "구암동", "효자동", "금호동", "가좌동", "산본동", "내동", "죽전동", "반송동", "호계동", "부곡동"]
RI = ["사담리", "신흥리", "원평리", "도곡리", "상촌리", "하리", "송림리", "대야리"]
APTS = ["한빛", "푸른마을", "늘푸른", "햇살", "하늘채", "새솔", "동산", "은하수", "청솔", "미래", "솔빛", "현대", "삼익", "우성"]
BIZ = ["(주)한솔테크", "(주)다온엔지니어링", "주식회사 새빛정보", "(유)늘품건설", "주식회사 가온시스템", "(주)바른환경",
       "누리소프트(주)", "(주)청담식품", "주식회사 온누리인쇄", "(주)미래산업개발", "(합)대한조경", "(주)솔빛통신",
       "주식회사 하람물류", "(주)세움건축사사무소", "(주)동행컨설팅", "모아디자인 주식회사", "(주)한결안전"]
SOLE_BIZ = ["새봄인쇄", "다정식당", "한울철물", "푸른꽃집", "온새미카센터", "해담세탁", "별빛문구", "우리한의원", "바른전기",
            "늘봄청소", "솔향떡집", "단비렌트카"]
AGENCY = ["행정안전부", "보건복지부", "국토교통부", "교육부", "고용노동부", "환경부", "법무부", "국가보훈부", "중소벤처기업부",
          "문화체육관광부", "농림축산식품부", "여성가족부", "기획재정부"]
LOCAL_GOV = ["마포구", "수원시", "청주시", "춘천시", "해운대구", "전주시", "순천시", "김해시", "서귀포시", "남양주시",
             "유성구", "포항시", "천안시", "강릉시", "광산구", "양평군", "괴산군", "달서구"]
DEPTS = ["민원여권과", "복지정책과", "세무과", "교통행정과", "자치행정과", "총무과", "감사담당관", "정보통신과", "주민복지과",
         "건축과", "환경위생과", "평생교육과", "일자리정책과", "운영지원과", "기획예산과", "문화관광과", "노인장애인과", "보건소 건강증진과"]
# institution (unlabelled) addresses: invented but address-shaped
INST_ADDR = ["세종특별자치시 도움6로 42 정부세종청사 10동", "세종특별자치시 한누리대로 402 정부세종청사 2동",
             "서울특별시 종로구 세종대로 209 정부서울청사 별관", "경기도 수원시 팔달구 효원로 241 도청신관 3층",
             "강원특별자치도 춘천시 중앙로 1 도청 본관", "충청북도 청주시 상당구 상당로 82 청주시청 임시청사",
             "전라남도 무안군 삼향읍 오룡길 1 도청 민원실", "경상남도 창원시 의창구 중앙대로 300 도청 본관 2층",
             "부산광역시 연제구 중앙대로 1001 시청 1층", "대전광역시 서구 둔산로 100 시청 7층",
             "서울특별시 마포구 월드컵로 212 마포구청 4층", "제주특별자치도 제주시 문연로 6 도청 제2청사",
             "인천광역시 남동구 정각로 29 시청 본관", "경기도 남양주시 경춘로 1037 시청 민원동"]

# ---------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------

def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def kname(surname=None, given=None):
    s = surname or pick(SURNAMES)
    g = given or pick(GIVEN)
    if chance(0.04):
        g = pick(["훈", "준", "진", "현", "윤", "혁", "솔", "별", "란", "웅", "석", "찬", "율"])  # one-syllable given name
    n = s + g
    if n == "홍길동":
        return kname()
    return n


def fname(script=None):
    if script == "latin" or (script is None and chance(0.5)):
        return pick(FOREIGN_LATIN)
    return pick(FOREIGN_HANGUL)


def rand_date(y0, y1, m0=1, d0=1):
    a = datetime.date(y0, m0, d0).toordinal()
    b = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(R.randint(a, b))


RRN_W = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]


def rrn_check(d12):
    return (11 - sum(int(a) * b for a, b in zip(d12, RRN_W)) % 11) % 10


def frn_check(d12):
    return (13 - sum(int(a) * b for a, b in zip(d12, RRN_W)) % 11) % 10


def brn_check(d9):
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(int(d9[i]) * w[i] for i in range(9)) + (int(d9[8]) * 5) // 10
    return (10 - s % 10) % 10


def crn_check(d12):
    s = sum(int(d12[i]) * (1 if i % 2 == 0 else 2) for i in range(12))
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


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


MASKS = ["*", "*", "*", "●", "X", "x", "＊"]


def yymmdd(d):
    return d.strftime("%y%m%d")


def gen_rrn(kind="pre", arg=None):
    """pre: born before 2020-10 with valid check digit; post: born 2020-10 or later,
    check digit deliberately invalid; mask: 6 trailing digits masked; nohy: no hyphen."""
    if arg:
        b = arg[:6]
        g = arg[6] if len(arg) > 6 else None
        yy, mm, dd = int(b[:2]), int(b[2:4]), int(b[4:6])
        year = (1900 if yy > 25 else 2000) + yy
        birth = datetime.date(year, mm, dd)
    else:
        if kind == "post":
            birth = rand_date(2020, 2024, 10, 1)
        else:
            birth = rand_date(1938, 2019)
            if birth >= datetime.date(2020, 10, 1):
                birth = datetime.date(2019, 5, 5)
        g = None
    if g is None:
        g = str(R.choice([1, 2]) + (2 if birth.year >= 2000 else 0))
    front = yymmdd(birth)
    if kind == "mask":
        m = pick(MASKS)
        return front + "-" + g + m * 6
    rest = digits(5)
    d12 = front + g + rest
    c = rrn_check(d12)
    if kind == "post":
        c = (c + R.randint(1, 9)) % 10
    val = d12 + str(c)
    if kind == "nohy":
        return val
    return val[:6] + "-" + val[6:]


def gen_frn(kind="v", arg=None):
    if arg:
        b = arg[:6]
        yy = int(b[:2])
        birth = datetime.date((1900 if yy > 25 else 2000) + yy, int(b[2:4]), int(b[4:6]))
    else:
        birth = rand_date(1955, 2016)
    g = str(R.choice([5, 6]) + (2 if birth.year >= 2000 else 0))
    front = yymmdd(birth)
    if kind == "mask":
        return front + "-" + g + pick(MASKS) * 6
    d12 = front + g + "%02d" % R.randint(10, 99) + digits(3)
    val = d12 + str(frn_check(d12))
    if kind == "nohy":
        return val
    return val[:6] + "-" + val[6:]


def gen_brn(kind="v", arg=None):
    mid = pick(["%02d" % R.randint(1, 79), "81", "86", "87", "88", "85"]) if kind != "corp" else pick(["81", "86", "87", "88"])
    d9 = "%03d" % R.randint(101, 899) + mid + digits(4)
    v = d9 + str(brn_check(d9))
    if kind == "nohy":
        return v
    return v[:3] + "-" + v[3:5] + "-" + v[5:]


def gen_crn(kind="v", arg=None):
    d12 = pick(["1101", "1144", "1201", "1301", "1311", "1345", "1358", "1501", "1601", "1611", "1701", "1801",
                "1901", "2001", "2101", "2301", "2401", "2501", "2801", "1346"]) + pick(["11", "11", "11", "14", "21", "22", "12", "13", "71"]) + digits(6)
    v = d12 + str(crn_check(d12))
    if kind == "nohy":
        return v
    return v[:6] + "-" + v[6:]


def gen_card(kind="any", arg=None):
    if kind == "any":
        kind = pick(["visa", "visa", "mc", "mc", "bc", "bc", "jcb", "amex", "local"])
    if kind == "mask":
        base = gen_card(pick(["visa", "mc", "bc", "local"]), "plain")
        m = pick(["*", "*", "X", "●"])
        num = base[:6] + m * 6 + base[12:]
        sep = pick(["-", "-", " "])
        return sep.join([num[0:4], num[4:8], num[8:12], num[12:16]])
    if kind == "visa":
        p = "4" + digits(14)
    elif kind == "mc":
        p = str(R.randint(51, 55)) + digits(13)
    elif kind == "bc":
        p = "94" + str(R.randint(10, 90)) + digits(11)
    elif kind == "local":
        p = pick(["9430", "9443", "9460", "9490", "6253", "9410"]) + digits(11)
    elif kind == "jcb":
        p = "35" + str(R.randint(28, 89)) + digits(11)
    elif kind == "amex":
        p = pick(["34", "37"]) + digits(12)
        n = luhn_complete(p)
        if arg == "plain":
            return n
        sep = pick(["-", " ", "-"])
        return n[:4] + sep + n[4:10] + sep + n[10:]
    n = luhn_complete(p)
    if arg == "plain":
        return n
    sep = pick(["-", "-", " ", "", "-"])
    return sep.join([n[0:4], n[4:8], n[8:12], n[12:16]])


BANKS = [("KB국민은행", [6, 2, 6], ""), ("국민은행", [6, 2, 6], ""), ("신한은행", [3, 3, 6], "110"),
         ("우리은행", [4, 3, 6], "1002"), ("하나은행", [3, 6, 5], ""), ("NH농협은행", [3, 4, 4, 2], "3"),
         ("농협", [6, 2, 6], ""), ("IBK기업은행", [3, 6, 2, 3], ""), ("카카오뱅크", [4, 2, 7], "3333"),
         ("우체국", [6, 2, 6], ""), ("부산은행", [3, 4, 4, 2], "1"), ("iM뱅크", [3, 2, 6, 1], "5"),
         ("SC제일은행", [3, 2, 6], ""), ("새마을금고", [4, 4, 4, 1], "9"), ("토스뱅크", [4, 4, 4], "1000"),
         ("수협은행", [3, 2, 6, 1], "1"), ("광주은행", [3, 3, 6], ""), ("전북은행", [3, 2, 7], "5"),
         ("경남은행", [3, 2, 7], "2"), ("케이뱅크", [3, 3, 6], "100"), ("신협", [3, 3, 6], "13")]


def gen_account(bank=None, mask=False, nohy=False):
    if bank is None:
        b = pick(BANKS)
    else:
        b = [x for x in BANKS if x[0] == bank][0]
    groups = b[1]
    total = sum(groups)
    raw = b[2] + digits(total - len(b[2]))
    if raw[0] == "0" and not b[2]:
        raw = "1" + raw[1:]
    parts = []
    i = 0
    for g in groups:
        parts.append(raw[i:i + g])
        i += g
    if mask:
        # hide 3-4 digits in a middle group -- the rest (8+ digits) still identifies the account
        j = 1 if len(parts) > 2 else 1
        g = parts[j]
        k = len(g) if len(g) <= 4 else pick([3, 4])
        a = (len(g) - k) // 2
        parts[j] = g[:a] + pick(["*", "*", "X"]) * k + g[a + k:]
    if nohy:
        return b[0], "".join(parts)
    return b[0], "-".join(parts)


def gen_passport(kind="ko", arg=None):
    if kind == "any":
        kind = pick(["ko", "konew", "ko", "konew"])
    if kind == "ko":
        return (arg or pick("MMMMSRGD")) + digits(8)
    if kind == "konew":
        return (arg or pick("MMMMMSRG")) + digits(3) + pick("ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(4)
    if kind == "cn":
        return pick(["E" + digits(8), "EA" + digits(7), "EB" + digits(7), "G" + digits(8)])
    if kind == "vn":
        return pick(["C", "B", "N"]) + digits(7)
    if kind == "ph":
        return "P" + digits(7) + pick("ABC")
    if kind == "jp":
        return pick(["TK", "TR", "TZ", "MU"]) + digits(7)
    if kind in ("us", "ru"):
        return str(R.randint(5, 8)) + digits(8)
    if kind in ("uz", "kz"):
        return pick(["FA", "AB", "AC", "N"]) + digits(7)
    if kind == "th":
        return pick(["AA", "AB", "AC"]) + digits(7)
    if kind in ("id", "mn", "kh"):
        return pick(["C", "B", "E", "N"]) + digits(7)
    if kind in ("bd", "lk", "np"):
        return pick(["A", "N", "EE", "BW", "PA"]) + digits(7)
    if kind == "ng":
        return "A" + digits(8)
    if kind in ("fr", "gb", "de"):
        return pick(["1", "5", "C"]) + digits(8)
    raise ValueError(kind)


DL_REGION = {"서울": 11, "부산": 12, "경기": 13, "강원": 14, "충북": 15, "충남": 16, "전북": 17, "전남": 18, "경북": 19,
             "경남": 20, "제주": 21, "대구": 22, "인천": 23, "광주": 24, "대전": 25, "울산": 26}
DL_CODES = set(DL_REGION.values()) | {28}


def gen_dl(kind="any", arg=None):
    if kind == "any":
        kind = pick(["num", "num", "name", "namens", "plain"])
    region = pick(list(DL_REGION))
    code = DL_REGION[region] if chance(0.9) else 28
    yy = "%02d" % pick(list(range(85, 100)) + list(range(0, 25)))
    ser = digits(6)
    ck = "%02d" % R.randint(0, 99)
    if kind == "num":
        return "%02d-%s-%s-%s" % (code, yy, ser, ck)
    if kind == "name":
        return "%s %s-%s-%s" % (region, yy, ser, ck)
    if kind == "namens":
        return "%s%s-%s-%s" % (region, yy, ser, ck)
    return "%02d%s%s%s" % (code, yy, ser, ck)


PLATE_PRIV = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주"
PLATE_COMM = "바사아자"
PLATE_REGIONS = ["서울", "경기", "부산", "인천", "대구", "광주", "대전", "울산", "강원", "충북", "충남", "전북", "전남", "경북", "경남", "제주"]


def gen_plate(kind="any", arg=None):
    if kind == "any":
        kind = pick(["p2", "p3", "p3", "p2ns", "reg", "comm", "rent"])
    if kind == "p2":
        return "%02d%s %04d" % (R.randint(11, 99), pick(PLATE_PRIV), R.randint(1000, 9999))
    if kind == "p2ns":
        return "%02d%s%04d" % (R.randint(11, 99), pick(PLATE_PRIV), R.randint(1000, 9999))
    if kind == "p3":
        return "%03d%s %04d" % (R.randint(100, 399), pick(PLATE_PRIV), R.randint(1000, 9999))
    if kind == "reg":
        return "%s %02d%s %04d" % (pick(PLATE_REGIONS), R.randint(11, 99), pick(PLATE_PRIV), R.randint(1000, 9999))
    if kind == "comm":
        return "%s %02d%s %04d" % (pick(PLATE_REGIONS), R.randint(70, 79), pick(PLATE_COMM), R.randint(1000, 9999))
    if kind == "rent":
        return "%02d%s %04d" % (R.randint(11, 99), pick("하허호"), R.randint(1000, 9999))
    raise ValueError(kind)


def gen_hi(kind="v", arg=None):
    return str(R.randint(1, 9)) + digits(10)


def gen_ip(kind="any"):
    if kind == "any":
        kind = pick(["pub", "pub", "pub", "priv", "priv", "v6"])
    if kind == "pub":
        a = pick([1, 14, 27, 39, 49, 58, 59, 61, 101, 106, 110, 112, 115, 118, 121, 125, 175, 180, 203, 211, 218, 220, 222])
        return "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    if kind == "priv":
        return pick(["10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
                     "192.168.%d.%d" % (R.randint(0, 255), R.randint(2, 254)),
                     "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))])
    groups = ["2001", pick(["2d8", "e60", "4430", "0230", "2b8"])] + ["%x" % R.randint(0, 65535) for _ in range(6)]
    if chance(0.5):
        return ":".join(groups[:4]) + "::" + ":".join(groups[6:])
    return ":".join(groups)


EMAIL_DOMAINS = ["naver.com", "naver.com", "gmail.com", "gmail.com", "daum.net", "hanmail.net", "nate.com", "kakao.com",
                 "outlook.com", "icloud.com", "yahoo.co.kr"]


def romanize(name):
    if name[:2] in ("남궁", "황보", "선우", "제갈", "독고", "사공", "서문", "동방"):
        sur = {"남궁": "namgung", "황보": "hwangbo", "선우": "sunwoo", "제갈": "jegal", "독고": "dokgo",
               "사공": "sagong", "서문": "seomun", "동방": "dongbang"}[name[:2]]
        giv = name[2:]
    else:
        sur = SUR_ROMAN[name[0]]
        giv = name[1:]
    g = "".join(SYL_ROMAN.get(c, "a") for c in giv)
    return sur, g


def gen_email(name=None, domain=None):
    if name is None or not re.match(r"^[가-힣]+$", name or ""):
        sur, g = pick(["kim", "lee", "park", "choi", "jung"]), pick(["minji", "jiho", "sora", "hana", "taeho", "dami"])
    else:
        sur, g = romanize(name)
    forms = [g + sur, sur + "." + g, g + "." + sur, sur + g + str(R.randint(1, 99)), g[:1] + g[-2:] + sur + str(R.randint(70, 99)),
             sur + "_" + g, g + str(R.randint(1980, 2005)), sur[0] + g + "0" + str(R.randint(1, 9)), g + sur[:1] + str(R.randint(10, 999))]
    local = pick(forms)
    return local + "@" + (domain or pick(EMAIL_DOMAINS))


def gen_mobile(fmt=None):
    mid = "%04d" % R.randint(2000, 9999)
    last = "%04d" % R.randint(0, 9999)
    fmt = fmt or pick(["-", "-", "-", "-", ".", " ", "", "+82"])
    if fmt == "+82":
        return "+82-10-%s-%s" % (mid, last) if chance(0.6) else "+82 10 %s %s" % (mid, last)
    return "010" + fmt + mid + fmt + last


AREA = ["02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055", "061", "062", "063", "064"]


def gen_landline(area=None, fmt="-"):
    a = area or pick(AREA)
    if a == "070":
        mid = "%04d" % R.randint(4000, 8999)
    else:
        mid = ("%04d" % R.randint(2000, 9999)) if (a == "02" and chance(0.7)) or chance(0.5) else "%03d" % R.randint(200, 999)
    return a + fmt + mid + fmt + "%04d" % R.randint(0, 9999)


def gen_address(style=None, unit=None):
    sido = pick(list(SIDO))
    shorts, gus = SIDO[sido]
    gu = pick(gus)
    style = style or pick(["road", "road", "road", "short", "gu", "jibun", "road"])
    head = {"road": sido, "short": pick(shorts), "gu": "", "jibun": sido}[style]
    if style == "gu" and gu == "":
        head = sido
    if style == "gu" and " " in gu and chance(0.5):
        gu = gu.split(" ")[1] if chance(0.3) else gu
    parts = [p for p in [head, gu] if p]
    if style == "jibun":
        if gu.endswith("군") and chance(0.6):
            loc = pick(["청천면", "삼향읍", "남면", "서면", "대산읍"]) + " " + pick(RI) + " %d" % R.randint(10, 999)
            if chance(0.5):
                loc += "-%d" % R.randint(1, 30)
            return " ".join(parts + [loc])
        loc = pick(DONGS) + " %d-%d" % (R.randint(1, 1999), R.randint(1, 40))
        if chance(0.6):
            loc += " %s아파트 %d동 %d호" % (pick(APTS), R.randint(101, 115), R.randint(1, 25) * 100 + R.randint(1, 6))
        return " ".join(parts + [loc])
    stem = pick(ROAD_STEMS)
    r = R.random()
    if r < 0.45:
        road = "%s %d" % (stem, R.randint(1, 480))
    elif r < 0.8:
        road = "%s%d길 %d" % (stem, R.randint(1, 60), R.randint(1, 120))
    else:
        road = "%s%d번길 %d-%d" % (stem, R.randint(1, 90), R.randint(1, 80), R.randint(1, 12))
    unit = unit if unit is not None else pick(["apt", "apt", "floor", "ho", "", "", "flr"])
    u = {"apt": ", %d동 %d호" % (R.randint(101, 120), R.randint(1, 28) * 100 + R.randint(1, 8)),
         "floor": ", %d층 %d호" % ((lambda f: (f, f * 100 + R.randint(1, 9)))(R.randint(2, 9))),
         "ho": ", %d호" % (R.randint(1, 5) * 100 + R.randint(1, 12)),
         "flr": " %d층" % R.randint(2, 12), "": ""}[unit]
    return " ".join(parts + [road]) + u


def fmt_date(d, style=None):
    style = style or pick(["dot", "dot", "kor", "iso", "dot0", "yy", "six"])
    if style == "dot":
        return "%d. %d. %d." % (d.year, d.month, d.day)
    if style == "dotn":
        return "%d. %d. %d" % (d.year, d.month, d.day)
    if style == "kor":
        return "%d년 %d월 %d일" % (d.year, d.month, d.day)
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "dot0":
        return d.strftime("%Y.%m.%d.")
    if style == "yy":
        return d.strftime("%y.%m.%d")
    if style == "six":
        return d.strftime("%y%m%d")
    if style == "slash":
        return d.strftime("%Y/%m/%d")
    raise ValueError(style)


def gen_dob(style=None, y0=1940, y1=2012):
    return fmt_date(rand_date(y0, y1), style)


def doc_date(style="dot"):
    return fmt_date(rand_date(2022, 2025), style)


# ---------------------------------------------------------------------------
# noise (applied inside span values and to plain text of OCR records)
# ---------------------------------------------------------------------------
FW_TABLE = str.maketrans("0123456789-", "０１２３４５６７８９－")
UHYPH = ["‐", "‑", "–", "－", "−"]
HYPHENS_ALL = "‐‑‒–—―−－﹣"


def n_fw(v):
    return v.translate(FW_TABLE)


def n_uh(v):
    h = pick(UHYPH)
    return v.replace("-", h)


def _interior_positions(v, pred):
    return [i for i in range(1, len(v)) if pred(i)]


def n_sp(v):
    hy = [i for i, c in enumerate(v) if c == "-"]
    if hy and chance(0.6):
        i = pick(hy)
        rep = pick([" - ", "- ", " -"])
        return v[:i] + rep + v[i + 1:]
    pos = _interior_positions(v, lambda i: v[i - 1].isdigit() and v[i].isdigit())
    if not pos:
        return v
    i = pick(pos)
    return v[:i] + " " + v[i:]


def n_nl(v):
    hy = [i for i, c in enumerate(v) if c in "-" and 0 < i < len(v) - 1]
    if hy:
        i = pick(hy)
        return v[:i + 1] + "\n" + v[i + 1:]
    pos = _interior_positions(v, lambda i: v[i - 1] not in " \n" and v[i] not in " \n")
    if not pos:
        return v
    i = pick(pos[len(pos) // 3: 2 * len(pos) // 3 + 1] or pos)
    return v[:i] + "\n" + v[i:]


def n_ol(v):
    out = []
    for c in v:
        if c == "0" and chance(0.5):
            out.append(pick(["O", "O", "o"]))
        elif c == "1" and chance(0.4):
            out.append(pick(["l", "I"]))
        else:
            out.append(c)
    s = "".join(out)
    if s == v and ("0" in v or "1" in v):
        s = v.replace("0", "O", 1) if "0" in v else v.replace("1", "l", 1)
    return s


def n_name(v):
    if " " in v or not re.match(r"^[가-힣]+$", v):
        return v
    return " ".join(v)


NOISERS = {"fw": n_fw, "uh": n_uh, "sp": n_sp, "nl": n_nl, "ol": n_ol, "nm": n_name}
NUMERIC_CODES = {"PH", "RRN", "FRN", "BRN", "CRN", "CC", "ACC", "HI", "DL", "IP"}


def auto_noise(code, v):
    """choose a plausible OCR distortion for a value of this type"""
    if code == "P":
        return n_name(v) if chance(0.35) else v
    if code == "EM":
        return v.replace("@", "＠") if chance(0.15) else v
    if code == "AD":
        r = R.random()
        if r < 0.3:
            return n_fw(v)
        if r < 0.45 and " " in v[1:-1]:
            sp = [k for k, c in enumerate(v) if c == " " and 0 < k < len(v) - 1]
            k = pick(sp)
            return v[:k] + "\n" + v[k + 1:]
        return v
    if code == "DOB":
        return n_fw(v) if chance(0.35) else v
    if code in ("PP", "VP"):
        return n_fw(v) if chance(0.4) else (n_sp(v) if chance(0.3) else v)
    if code in NUMERIC_CODES:
        k = pick(["fw", "uh", "sp", "nl", "ol", "ol", "sp", "fw"])
        if code == "IP" and k in ("uh", "sp", "nl"):
            k = "ol"
        if code == "DL" and not v[:1].isdigit() and k == "ol":
            k = "fw"
        return NOISERS[k](v)
    return v


# ---------------------------------------------------------------------------
# markup
# ---------------------------------------------------------------------------
MARK = re.compile(r"⟦([A-Z]+):(.*?)⟧", re.S)


def expand(code, spec, tags):
    tag = None
    noises = []
    if "~" in spec:
        spec, *noises = spec.split("~")
    if "#" in spec:
        spec, tag = spec.split("#", 1)
        if tag in tags:
            return tags[tag]
    arg = None
    if "=" in spec:
        spec, arg = spec.split("=", 1)
    kind = spec or None
    gen = {"RRN": gen_rrn, "FRN": gen_frn, "BRN": gen_brn, "CRN": gen_crn, "CC": gen_card, "PP": gen_passport,
           "DL": gen_dl, "VP": gen_plate, "HI": gen_hi}
    if code in gen:
        v = gen[code](kind or {"RRN": "pre", "FRN": "v", "BRN": "v", "CRN": "v", "CC": "any", "PP": "ko", "DL": "any",
                               "VP": "any", "HI": "v"}[code], arg)
    elif code == "IP":
        v = gen_ip(kind or "any")
    elif code == "ACC":
        v = gen_account(mask=(kind == "mask"), nohy=(kind == "nohy"))[1]
    elif code == "PH":
        v = gen_mobile() if (kind or "m") == "m" else gen_landline(arg)
    else:
        raise ValueError("no generator for %s" % code)
    for nz in noises:
        v = auto_noise(code, v) if nz == "auto" else NOISERS[nz](v)
    if tag:
        tags[tag] = v
    return v


def parse(markup):
    segs = []
    pos = 0
    tags = {}
    for m in MARK.finditer(markup):
        if m.start() > pos:
            segs.append([markup[pos:m.start()], None])
        code, val = m.group(1), m.group(2)
        if code not in TYPE_CODES:
            raise ValueError("bad code %r in %r" % (code, markup[:60]))
        if val.startswith("@"):
            val = expand(code, val[1:], tags)
        segs.append([val, code])
        pos = m.end()
    if pos < len(markup):
        segs.append([markup[pos:], None])
    for s, c in segs:
        if c is None and ("⟦" in s or "⟧" in s):
            raise ValueError("unparsed marker near %r" % s[:80])
    return segs


def plain_noise(s):
    """light OCR corruption of unlabelled text"""
    out = []
    for ch in s:
        r = R.random()
        if ch == "0" and r < 0.25:
            out.append("O")
        elif ch == "1" and r < 0.15:
            out.append("l")
        elif ch == "·" and r < 0.5:
            out.append(".")
        elif ch == " " and r < 0.04:
            out.append("  ")
        elif ch == " " and r < 0.06:
            out.append("")
        else:
            out.append(ch)
    return "".join(out)


def wrap_segments(segs, width):
    """hard line wraps at a space in plain text roughly every `width` chars"""
    col = 0
    out = []
    for s, c in segs:
        if c is not None:
            col += len(s)
            out.append([s, c])
            continue
        buf = []
        for ch in s:
            if ch == "\n":
                col = 0
                buf.append(ch)
                continue
            if ch == " " and col >= width:
                buf.append("\n")
                col = 0
                continue
            buf.append(ch)
            col += 1
        out.append(["".join(buf), None])
    return out


def ocr_segments(segs, level=1.0):
    out = []
    for s, c in segs:
        if c is None:
            out.append([plain_noise(s) if chance(0.8 * level) else s, None])
        else:
            v = auto_noise(c, s) if chance(0.7 * level) else s
            out.append([v, c])
    if chance(0.5):
        out = wrap_segments(out, R.randint(28, 48))
    return out


def assemble(segs):
    text = []
    spans = []
    n = 0
    for s, c in segs:
        if c is not None:
            spans.append({"start": n, "end": n + len(s), "type": TYPE_CODES[c]})
        text.append(s)
        n += len(s)
    return "".join(text), spans


# ---------------------------------------------------------------------------
# record registry
# ---------------------------------------------------------------------------
RECORDS = []


OCR_R = random.Random(SEED + 3)


def add(markup, genre, source, ocr=False, note=None, no_pii=None):
    if not ocr and OCR_R.random() < 0.07:
        ocr = True
    segs = parse(markup)
    base_genre = genre
    if ocr is True:
        segs = ocr_segments(segs)
    elif ocr == "light":
        segs = ocr_segments(segs, 0.5)
    text, spans = assemble(segs)
    rec = {"text": text, "spans": spans, "genre": "OCR" if ocr else genre,
           "_meta": {"base_genre": base_genre, "source": source, "ocr": bool(ocr),
                     "planned_no_pii": (no_pii if no_pii is not None else ("⟦" not in markup)), "note": note}}
    RECORDS.append(rec)
    return rec


def H(markup, genre, ocr=False, note=None):
    """a hand-written document (its own literal text). ocr=True means the noise is written by hand."""
    segs = parse(markup)
    text, spans = assemble(segs)
    rec = {"text": text, "spans": spans, "genre": "OCR" if ocr else genre,
           "_meta": {"base_genre": genre, "source": "hand", "ocr": bool(ocr),
                     "planned_no_pii": "⟦" not in markup, "note": note}}
    RECORDS.append(rec)
    return rec


# short markup helpers for templates
def M(code, v):
    return "⟦%s:%s⟧" % (code, v)


def P(v): return M("P", v)
def PH(v): return M("PH", v)
def EM(v): return M("EM", v)
def AD(v): return M("AD", v)
def DOB(v): return M("DOB", v)
def ACC(v): return M("ACC", v)
def RRN(v): return M("RRN", v)
def IP(v): return M("IP", v)
def PP(v): return M("PP", v)
def BRN(v): return M("BRN", v)
def DL(v): return M("DL", v)
def FRN(v): return M("FRN", v)
def VP(v): return M("VP", v)
def HI(v): return M("HI", v)
def CC(v): return M("CC", v)
def CRN(v): return M("CRN", v)


# ---------------------------------------------------------------------------
# validation
# ---------------------------------------------------------------------------
HANGUL_DIGITS = {"공": "0", "영": "0", "빵": "0", "일": "1", "이": "2", "삼": "3", "사": "4", "오": "5", "육": "6",
                 "륙": "6", "칠": "7", "팔": "8", "구": "9"}
PLACEHOLDER_NAMES = {"홍길동", "김○○", "갑", "을", "병"}
TITLE_ENDINGS = ("씨", "님", "귀하", "주무관", "사무관", "과장", "팀장", "위원", "의원", "장관", "선생", "교수", "변호사")


def norm(v, numeric=True):
    s = unicodedata.normalize("NFKC", v)
    for h in HYPHENS_ALL:
        s = s.replace(h, "-")
    s = re.sub(r"\s+", "", s)
    if numeric:
        s = s.translate(str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1"}))
    return s


def valid_date(y, m, d):
    try:
        return datetime.date(y, m, d)
    except ValueError:
        return None


def yy_to_year(yy, g=None):
    if g is not None:
        return (1900 if g in "1256" else 2000) + yy
    return (1900 if yy > 25 else 2000) + yy


def check_value(code, v):
    """return an error string, or None if the value passes format/check-digit checks"""
    if v != v.strip() or not v:
        return "edge whitespace"
    if code == "P":
        if v in PLACEHOLDER_NAMES or "○" in v or "*" in v:
            return "placeholder name"
        if v.endswith(TITLE_ENDINGS) and len(v) > 3 and not re.match(r"^[A-Za-z ]+$", v):
            return "title in name?"
        ok = (re.match(r"^[가-힣]{2,5}$", v) or re.match(r"^[가-힣]( [가-힣]){1,4}$", v) or
              re.match(r"^[가-힣]{1,6}( [가-힣]{1,6}){1,3}$", v) or
              re.match(r"^[A-Za-zÀ-ɏ][A-Za-zÀ-ɏ'\-]*( [A-Za-zÀ-ɏ][A-Za-zÀ-ɏ'\-]*){1,4}$", v))
        return None if ok else "bad name shape"
    if code == "EM":
        s = unicodedata.normalize("NFKC", v)
        return None if re.match(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+$", s) else "bad email"
    if code == "AD":
        s = unicodedata.normalize("NFKC", v).replace("\n", " ")
        heads = set(SIDO) | {x for k in SIDO for x in SIDO[k][0]}
        first = s.split(" ")[0]
        if not (first in heads or re.match(r"^[가-힣]+(시|군|구)$", first)):
            return "address head %r" % first
        if not re.search(r"[0-9호층]$", s):
            return "address tail"
        return None
    if code == "DOB":
        s = norm(v)
        for pat, kind in [(r"^(\d{4})\.(\d{1,2})\.(\d{1,2})\.?$", 4), (r"^(\d{4})년(\d{1,2})월(\d{1,2})일$", 4),
                          (r"^(\d{4})-(\d{2})-(\d{2})$", 4), (r"^(\d{4})/(\d{2})/(\d{2})$", 4),
                          (r"^(\d{2})\.(\d{2})\.(\d{2})\.?$", 2), (r"^(\d{2})(\d{2})(\d{2})$", 2),
                          (r"^(\d{4})(\d{2})(\d{2})$", 4)]:
            m = re.match(pat, s)
            if m:
                y = int(m.group(1))
                y = yy_to_year(y) if kind == 2 else y
                d = valid_date(y, int(m.group(2)), int(m.group(3)))
                if d and 1915 <= d.year <= 2025:
                    return None
                return "bad dob date"
        return "bad dob format"
    if code in ("RRN", "FRN"):
        s = norm(v)
        m = re.match(r"^(\d{6})-?(\d)(\d{6}|[*●Xx＊]{6})$", s)
        if not m:
            return "bad %s shape" % code
        front, g, rest = m.groups()
        if code == "RRN" and g not in "1234":
            return "rrn gender"
        if code == "FRN" and g not in "5678":
            return "frn gender"
        y = yy_to_year(int(front[:2]), g)
        d = valid_date(y, int(front[2:4]), int(front[4:6]))
        if not d:
            return "bad date in id"
        if not rest.isdigit():
            return None
        d12 = front + g + rest[:5]
        if code == "FRN":
            return None if frn_check(d12) == int(rest[5]) else "frn check"
        ok = rrn_check(d12) == int(rest[5])
        if d >= datetime.date(2020, 10, 1):
            return None if not ok else "post-2020 rrn should have invalid check digit"
        return None if ok else "rrn check"
    if code == "BRN":
        s = norm(v).replace("-", "")
        return None if re.match(r"^\d{10}$", s) and brn_check(s[:9]) == int(s[9]) else "brn"
    if code == "CRN":
        s = norm(v).replace("-", "")
        return None if re.match(r"^\d{13}$", s) and crn_check(s[:12]) == int(s[12]) else "crn"
    if code == "CC":
        s = norm(v).replace("-", "")
        if re.match(r"^\d{15,16}$", s):
            return None if luhn_ok(s) else "luhn"
        if re.match(r"^\d{6}[*X●x＊]{5,6}\d{4}$", s):
            return None
        return "card shape"
    if code == "ACC":
        s = norm(v)
        d = s.replace("-", "")
        if not re.match(r"^[0-9*X]+$", d) or not (10 <= len(d) <= 16):
            return "account shape"
        if d.count("*") + d.count("X") > 6 or sum(c.isdigit() for c in d) < 8:
            return "account masked too much"
        return None
    if code == "PP":
        s = norm(v, numeric=False)
        s = s[0] + s[1:].translate(str.maketrans({"O": "0", "l": "1", "I": "1"})) if len(s) > 1 else s
        pats = [r"^[A-Z]{1,2}\d{7,8}$", r"^[A-Z]\d{3}[A-Z]\d{4}$", r"^[A-Z]\d{7}[A-Z]$", r"^\d{9}$", r"^[A-Z]\d{8}$"]
        return None if any(re.match(p, s) for p in pats) else "passport"
    if code == "DL":
        s = norm(v)
        m = re.match(r"^(\d{2}|[가-힣]{2})-?(\d{2})-?(\d{6})-?(\d{2})$", s)
        if not m:
            return "dl shape"
        reg = m.group(1)
        if reg.isdigit() and int(reg) not in DL_CODES:
            return "dl region code"
        if not reg.isdigit() and reg not in DL_REGION:
            return "dl region name"
        return None
    if code == "VP":
        s = norm(v)
        m = re.match(r"^([가-힣]{2})?(\d{2,3})([가-힣])(\d{4})$", s)
        if not m:
            return "plate shape"
        if m.group(1) and m.group(1) not in PLATE_REGIONS:
            return "plate region"
        if m.group(3) not in PLATE_PRIV + PLATE_COMM + "하허호배":
            return "plate letter"
        return None
    if code == "HI":
        s = norm(v).replace("-", "")
        return None if re.match(r"^\d{11}$", s) else "hi"
    if code == "IP":
        s = norm(v, numeric=False)
        if ":" not in s:
            s = norm(v)
        try:
            ipaddress.ip_address(s)
            return None
        except ValueError:
            return "ip"
    if code == "PH":
        s = norm(v, numeric=False)
        if all(c in HANGUL_DIGITS or c == "-" for c in s):
            s = "".join(HANGUL_DIGITS.get(c, c) for c in s)
        s = norm(s)
        s = s.replace("(", "").replace(")", "").replace(".", "").replace("-", "")
        if s.startswith("+82"):
            s = "0" + s[3:]
        if re.match(r"^01[016789]\d{7,8}$", s) or re.match(r"^02\d{7,8}$", s) or \
                re.match(r"^0[3-6][1-5]\d{7,8}$", s) or re.match(r"^070\d{8}$", s) or re.match(r"^050\d{8,9}$", s):
            return None
        return "phone %r" % s
    return "unknown code"


def luhn_str_ok(s):
    return luhn_ok(s)


def validate(records):
    errors = []
    ids = set()
    for rec in records:
        rid = rec["id"]
        assert rid not in ids
        ids.add(rid)
        text = rec["text"]
        spans = rec["spans"]
        prev_end = 0
        inv = {v: k for k, v in TYPE_CODES.items()}
        for sp in spans:
            s, e, t = sp["start"], sp["end"], sp["type"]
            if not (0 <= s < e <= len(text)):
                errors.append((rid, "bounds", sp))
                continue
            if s < prev_end:
                errors.append((rid, "overlap/unsorted", sp))
            prev_end = e
            val = text[s:e]
            if val != val.strip():
                errors.append((rid, "edge whitespace", val))
            err = check_value(inv[t], val)
            if err:
                errors.append((rid, err, t, val))
        # every other occurrence of a labelled value must be labelled
        covered = [False] * len(text)
        for sp in spans:
            for i in range(sp["start"], sp["end"]):
                covered[i] = True
        for sp in spans:
            val = text[sp["start"]:sp["end"]]
            i = text.find(val)
            while i >= 0:
                if not all(covered[i:i + len(val)]):
                    errors.append((rid, "unlabelled repeat", val))
                    break
                i = text.find(val, i + 1)
        # unlabelled look-alikes
        masked = "".join("#" if covered[i] else ch for i, ch in enumerate(text))
        mt = unicodedata.normalize("NFKC", masked)
        for h in HYPHENS_ALL:
            mt = mt.replace(h, "-")
        for m in re.finditer(r"(?<![\d-])01[016789][-. ]?\d{3,4}[-. ]?\d{4}(?![\d-])", mt):
            if set(re.sub(r"\D", "", m.group())[3:]) == {"0"}:
                continue  # 010-0000-0000 placeholder
            errors.append((rid, "unlabelled mobile", m.group()))
        for m in re.finditer(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+\.[A-Za-z]{2,}", mt):
            errors.append((rid, "unlabelled email", m.group()))
        for m in re.finditer(r"(?<![\d-])(\d{6}) ?- ?([1-8])\d{6}(?![\d-])", mt):
            errors.append((rid, "unlabelled rrn-shape", m.group()))
        for m in re.finditer(r"(?<![\d-])\d{4}[- ]?\d{4}[- ]?\d{4}[- ]?\d{4}(?![\d-])", mt):
            if luhn_ok(re.sub(r"\D", "", m.group())):
                errors.append((rid, "unlabelled luhn card", m.group()))
        for m in re.finditer(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])", mt):
            if all(int(x) <= 255 for x in m.groups()):
                before = mt[max(0, m.start() - 14):m.start()].lower()
                if re.search(r"(ver|v|버전|펌웨어|build|version)[ .:]*$", before):
                    continue  # a version number, deliberately left unlabelled
                errors.append((rid, "unlabelled ipv4", m.group()))
        if "⟦" in text or "⟧" in text:
            errors.append((rid, "marker left"))
        meta = rec["_meta"]
        if meta["planned_no_pii"] and spans:
            errors.append((rid, "planned no-PII has spans"))
        if not meta["planned_no_pii"] and not spans:
            errors.append((rid, "no spans"))
    return errors


# ---------------------------------------------------------------------------
# template genres, part A: 공문, 민원 회신, 보도자료, 회의록
# ---------------------------------------------------------------------------
GENS = []


def genre(fn):
    GENS.append(fn)
    return fn


def uniq_names(k, foreign=0):
    out = []
    while len(out) < k:
        n = kname() if len(out) >= foreign else fname()
        if n not in out and not any(n in o or o in n for o in out):
            out.append(n)
    return out


def postal():
    return "%05d" % R.randint(1000, 63644)


def receipt_no():
    return pick(["1AA-%s-%07d" % (R.randint(2201, 2512), R.randint(1, 9999999)),
                 "2AA-%s-%07d" % (R.randint(2201, 2512), R.randint(1, 9999999)),
                 "%d-%04d-%06d" % (R.randint(2022, 2025), R.randint(1, 9999), R.randint(1, 999999))])


def docno(dept=None):
    return "%s-%d" % (dept or pick(DEPTS).replace(" ", ""), R.randint(100, 29999))


def statute():
    return pick(["「개인정보 보호법」 제17조 제1항 제1호", "「민원 처리에 관한 법률」 제27조", "같은 법 시행령 제31조 제2항",
                 "「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호", "「주민등록법」 제29조 제2항 제2호",
                 "「출입국관리법」 제31조", "「도로교통법」 제32조 및 제160조 제3항", "「국민건강보험법」 제69조",
                 "「국민기초생활 보장법」 제21조", "「지방세기본법」 제60조", "「행정업무의 운영 및 혁신에 관한 규정」 제9조",
                 "「보조금 관리에 관한 법률」 제33조의3", "「여권법」 제9조 제1항", "「건축법」 제79조 제1항",
                 "「질서위반행위규제법」 제16조", "「재난 및 안전관리 기본법」 제66조"])


def money():
    return "{:,}원".format(R.randint(10, 9999) * pick([100, 100, 1000, 1000, 10]))


def has_batchim(word):
    ch = word[-1]
    if "가" <= ch <= "힣":
        return (ord(ch) - 0xAC00) % 28 != 0
    return ch in "0136789LMNRlmnr"


def jo(word, pair):
    """attach the right particle: pair like '은는', '이가', '을를', '과와', '으로로'"""
    pairs = {"은는": ("은", "는"), "이가": ("이", "가"), "을를": ("을", "를"), "과와": ("과", "와"), "으로로": ("으로", "로"),
             "이다": ("이다", "다"), "아야": ("아", "야")}
    a, b = pairs[pair]
    return word + (a if has_batchim(word) else b)


def date_range(style="dot"):
    a = rand_date(2022, 2025)
    b = a + datetime.timedelta(days=R.randint(1, 300))
    return fmt_date(a, style), fmt_date(b, style)


def non_luhn16(sep="-"):
    """a 16-digit document/issue number that is NOT a valid card number"""
    while True:
        s = digits(16)
        if not luhn_ok(s):
            return sep.join([s[0:4], s[4:8], s[8:12], s[12:16]])


def weekday(d):
    return "월화수목금토일"[d.weekday()]


def inst_phone_neg():
    """unlabelled switchboard-style numbers"""
    return pick(["대표전화 %s" % gen_landline(pick(["02", "044", "031", "051"])),
                 "(대표) %s" % gen_landline(pick(["02", "044", "062"])),
                 "%s-%04d" % (pick(["1588", "1577", "1600", "1544", "1644", "1566", "1661", "1899"]), R.randint(0, 9999)),
                 "국번 없이 110", "다산콜센터 120", "정부민원안내콜센터 110"])


def gyeoljae(names, style=None):
    """결재란 lines; names = [drafter, reviewer, approver]"""
    d, r, a = names
    style = style if style is not None else R.randint(0, 4)
    dt = doc_date(pick(["dot", "dotn"]))
    if style == 0:
        return "주무관 %s   팀장 %s   %s %s %s" % (P(d), P(r), pick(["과장", "국장", "센터장"]), dt, P(a))
    if style == 1:
        return "기안자 주무관 %s    검토자 %s %s    결재권자 %s %s" % (P(d), pick(["팀장", "사무관"]), P(r), pick(["과장", "단장"]), P(a))
    if style == 2:
        return "★주무관 %s  →  %s팀장 %s  →  전결 %s %s" % (P(d), pick(["민원", "기획", "운영", "복지"]), P(r), dt, P(a))
    if style == 3:
        return "담당 %s 주무관 | 팀장 %s | 과장 %s(전결)" % (P(d), P(r), P(a))
    return "%s %s\n%s %s\n%s %s %s" % (pick(["행정주사보", "주무관", "행정7급"]), P(d), pick(["팀장", "행정사무관"]), P(r),
                                       pick(["과장", "담당관"]), dt, P(a))


def sender_title(inst):
    if inst.endswith("부") or inst.endswith("처"):
        return inst + "장관"
    base = inst[:-1] if inst.endswith("청") else inst
    return base + {"구": "구청장", "시": "시장", "군": "군수"}[base[-1]][0:0] + {"구": "청장", "시": "장", "군": "수"}[base[-1]]


def paren_phone(area):
    x = gen_landline(area)
    rest = x[len(area) + 1:]
    return pick(["(%s) %s" % (area, rest), "(%s)%s" % (area, rest), "%s)%s" % (area, rest)])


@genre
def gen_gongmun():
    for i in range(36):
        inst = pick(LOCAL_GOV) + pick(["청", ""]) if chance(0.6) else pick(AGENCY)
        dept = pick(DEPTS)
        officials = uniq_names(4)
        no_pii = i % 4 == 3
        dated = doc_date()
        body_kind = pick(["transfer", "award", "trip", "fine", "inquiry", "subsidy", "edu", "edu"]) if not no_pii else pick(["edu", "check", "submit"])
        lines = []
        lines.append(inst if not inst.endswith("청") else inst[:-1])
        lines.append("")
        lines.append("수신  %s" % pick(["수신자 참조", "내부결재", "%s(%s)" % (sender_title(pick(LOCAL_GOV)), pick(DEPTS).replace(" ", "")), "%s장관(%s장)" % (pick(AGENCY), pick(DEPTS).replace(" ", ""))]))
        lines.append("(경유)")
        title = {"transfer": "민원 이송 알림", "award": "%d년 모범공무원 표창 대상자 추천" % R.randint(2023, 2025),
                 "trip": "국외출장 결과 보고", "fine": "과태료 의견진술 처리 결과 통보", "inquiry": "사실조회 요청에 대한 회신",
                 "subsidy": "보조금 교부 결정 및 지급 계좌 통보", "edu": "개인정보 보호 교육 실시 안내",
                 "check": "하반기 공공시설물 안전점검 계획 알림", "submit": "정보공개 처리 실적 제출 요청"}[body_kind]
        lines.append("제목  %s" % title)
        lines.append("")
        lines.append("1. 관련: %s(%s), %s" % (docno(), doc_date("dot"), statute()))
        if body_kind == "transfer":
            n = kname()
            lines.append("2. %s에 접수된 민원(접수번호 %s)이 귀 기관 소관 사항으로 확인되어 이송하오니 처리하여 주시기 바랍니다." % (dated, receipt_no()))
            lines.append("  가. 민원인: %s (연락처 %s)" % (P(n), PH(gen_mobile())))
            if chance(0.6):
                lines.append("  나. 주소: %s" % AD(gen_address()))
                lines.append("  다. 민원 요지: 주거지 인근 공사장 소음 및 비산먼지 관련 개선 요구")
            else:
                lines.append("  나. 민원 요지: %s" % pick(["불법 주정차 단속 요청", "가로등 고장 수리 요청", "공원 내 흡연 단속 요청"]))
        elif body_kind == "award":
            lines.append("2. 위 호와 관련하여 우리 기관의 표창 대상자를 아래와 같이 추천합니다.")
            lines.append("   연번  성명  소속  직급  생년월일")
            for k in range(R.randint(1, 3)):
                lines.append("   %d  %s  %s  %s  %s" % (k + 1, P(kname()), pick(DEPTS), pick(["행정6급", "시설7급", "사회복지6급", "행정5급"]), DOB(gen_dob(pick(["dot", "dot0", "iso"]), 1965, 1995))))
        elif body_kind == "trip":
            a, b = uniq_names(2)
            lines.append("2. %s 소속 공무원의 국외출장 결과를 붙임과 같이 보고합니다." % dept)
            lines.append("  가. 출장자: %s %s, %s %s" % (pick(["사무관", "행정5급"]), P(a), pick(["주무관", "행정6급"]), P(b)))
            lines.append("  나. 출장기간: %s ~ %s" % date_range())
            lines.append("  다. 출장국: %s" % pick(["독일, 네덜란드", "일본", "싱가포르", "미국", "베트남"]))
            if chance(0.7):
                lines.append("  라. 여권: %s %s(관용), %s %s(관용)" % (P(a), PP("@" + pick(["konew", "ko"]) + "=G"), P(b), PP("@" + pick(["konew", "ko"]) + "=G")))
        elif body_kind == "fine":
            n = kname()
            lines.append("2. 귀하께서 제출하신 의견진술서에 대하여 아래와 같이 심의하였음을 알려드립니다.")
            lines.append("  ○ 차량번호: %s   소유자: %s" % (VP(gen_plate()), P(n)))
            lines.append("  ○ 위반일시: %s 14:2%d  위반장소: %s 앞 노상" % (doc_date(), R.randint(0, 9), pick(["○○초등학교", "시민공원 정문", "○○사거리"])))
            lines.append("  ○ 심의결과: %s" % pick(["불수용(과태료 40,000원 부과)", "수용(부과 취소)"]))
        elif body_kind == "inquiry":
            n = kname()
            lines.append("2. %s 사건번호 %s와 관련하여 요청하신 사실조회에 대하여 다음과 같이 회신합니다." % (pick(["○○지방법원", "○○경찰서"]), "%d%s%d" % (R.randint(2022, 2025), pick(["가단", "고단", "구합", "드단"]), R.randint(1000, 99999))))
            lines.append("  가. 대상자: %s(%s)" % (P(n), RRN("@" + pick(["pre", "pre", "mask"]))))
            lines.append("  나. 주민등록상 주소: %s" % AD(gen_address()))
            lines.append("  다. 전입일: %s" % doc_date())
        elif body_kind == "subsidy":
            n = kname()
            biz = pick(BIZ)
            bank, acc = gen_account()
            lines.append("2. %s 보조사업자에 대한 보조금 교부를 결정하고 지급 계좌를 아래와 같이 통보합니다." % dated)
            lines.append("  가. 사업자: %s (대표자 %s, 사업자등록번호 %s)" % (biz, P(n), BRN("@v")))
            lines.append("  나. 교부액: %s" % money())
            lines.append("  다. 지급계좌: %s %s (예금주 %s)" % (bank, ACC(acc), biz))
        elif body_kind == "edu":
            lines.append("2. %s에 따라 소속 직원 대상 개인정보 보호 교육을 아래와 같이 실시하오니 참석하여 주시기 바랍니다." % statute())
            lines.append("  가. 일시: %s 14:00~16:00" % doc_date())
            lines.append("  나. 장소: 본관 %d층 대회의실" % R.randint(2, 8))
            lines.append("  다. 강사: %s" % (P(kname()) + " " + pick(["교수", "변호사", "강사"]) if not no_pii else pick(["한국인터넷진흥원 전문강사", "외부 전문강사(섭외 중)"])))
        elif body_kind == "check":
            lines.append("2. %s에 따라 하반기 공공시설물 안전점검을 다음과 같이 실시할 계획임을 알려드립니다." % statute())
            lines.append("  가. 점검기간: %s ~ %s" % date_range())
            lines.append("  나. 점검대상: 관내 공공청사 %d개소, 체육시설 %d개소" % (R.randint(5, 40), R.randint(3, 20)))
            lines.append("  다. 소요예산: %s" % money())
        else:
            lines.append("2. %s에 따라 %d년 정보공개 처리 실적을 붙임 서식에 작성하여 %s까지 제출하여 주시기 바랍니다." % (statute(), R.randint(2023, 2025), doc_date()))
            lines.append("  ※ 관리번호 %03d-%d-%04d 건은 제외" % (R.randint(31, 64), R.randint(2021, 2025), R.randint(1, 9999)))
        lines.append("")
        lines.append("붙임  %s 1부.  끝." % {"transfer": "민원 신청서 사본", "award": "공적조서", "trip": "국외출장 결과보고서",
                                            "fine": "의견진술 심의 결과", "inquiry": "주민등록표 초본", "subsidy": "통장 사본",
                                            "edu": "교육 세부 일정", "check": "점검 계획", "submit": "제출 서식"}[body_kind])
        lines.append("")
        lines.append(sender_title(inst) + pick(["", "  [직인생략]", " (직인)"]))
        lines.append("")
        if no_pii:
            lines.append(pick(["주무관 ○○○   팀장 ○○○   과장 ○○○", "기안자 주무관 김○○   검토자 팀장 이○○   결재권자 과장 박○○",
                               "담당자 (성명 비공개)   결재권자 %s" % pick(["과장", "국장"])]))
        else:
            lines.append(gyeoljae(officials[:3]))
            if chance(0.4):
                lines.append("협조자  %s %s" % (pick(DEPTS).replace(" ", "") + "장" if chance(0.5) else "주무관", P(officials[3])))
        lines.append("시행  %s (%s)   접수  %s" % (docno(dept.replace(" ", "")), doc_date(), pick(["", docno()])))
        lines.append("우 %s  %s  / %s" % (postal(), pick(INST_ADDR), pick(["www.%s.go.kr" % pick(["mois", "mohw", "molit", "city", "gu"]), "http://www.example.go.kr"])))
        if no_pii:
            lines.append("%s  / 공개구분 %s" % (inst_phone_neg(), pick(["공개", "부분공개(6)", "대국민공개"])))
        else:
            area = pick(["02", "044", "031", "043", "063"])
            mail = gen_email(officials[0], "korea.kr")
            fmt = pick([0, 1, 2])
            if fmt == 0:
                lines.append("전화번호 %s  팩스번호 %s  / %s  / %s" % (PH(gen_landline(area)), PH(gen_landline(area)), EM(mail), pick(["공개", "부분공개(6)", "비공개(6)"])))
            elif fmt == 1:
                lines.append("전화 (%s)%s  전송 (%s)%s  %s  / 대국민 공개" % (area, PH(gen_landline(area)[len(area) + 1:]), area, PH(gen_landline(area)[len(area) + 1:]), EM(mail)) if False else
                             "전화 %s  전송 %s  %s  / 대국민 공개" % (PH(paren_phone(area)), PH(gen_landline(area)), EM(mail)))
            else:
                lines.append("☎ %s / FAX %s / 전자우편 %s / 비공개(6)" % (PH(gen_landline(area)), PH(gen_landline(area)), EM(mail)))
        add("\n".join(lines), "공문", "template", ocr=(i % 6 == 5), no_pii=no_pii)


@genre
def gen_minwon():
    for i in range(30):
        no_pii = i % 5 == 4
        citizen = kname() if not chance(0.1) else fname("hangul")
        off = kname()
        dept = pick(DEPTS)
        gov = pick(LOCAL_GOV)
        rno = receipt_no()
        subj = pick([("주택가 이면도로 불법 주정차 단속 요청", "해당 구간은 %d. %d.부터 고정형 단속카메라 설치 대상으로 선정되었습니다." % (R.randint(2024, 2025), R.randint(1, 12))),
                     ("어린이공원 놀이시설 파손 신고", "현장 확인 결과 그네 연결부 마모가 확인되어 %s 교체를 완료하였습니다." % doc_date()),
                     ("기초연금 수급 자격 문의", "%s에 따라 소득인정액이 선정기준액 이하인 경우 지급 대상이 됩니다." % statute()),
                     ("생활폐기물 수거 지연 민원", "수거 대행업체에 수거 일정 준수를 촉구하고 과업 지시서를 발송하였습니다."),
                     ("가로수 가지치기 요청", "현장 점검 후 %s까지 정비를 완료할 예정입니다." % doc_date()),
                     ("주민등록표 등본 발급 수수료 문의", "무인민원발급기를 이용하시는 경우 수수료가 감면됩니다."),
                     ("층간소음 중재 요청", "공동주택 관리주체를 통한 조정 절차를 먼저 안내해 드립니다.")])
        L = []
        style = R.randint(0, 3)
        if no_pii:
            L.append(pick(["민원인 ○○○ 님", "신청인 귀하", "○○○ 귀하"]))
        elif style == 0:
            L.append("%s 귀하" % P(citizen))
        elif style == 1:
            L.append("수신자: %s 님 (우 %s) %s" % (P(citizen), postal(), AD(gen_address())))
        elif style == 2:
            L.append("받는 분  %s\n주    소  %s" % (P(citizen), AD(gen_address())))
        else:
            L.append("%s 님께" % P(citizen))
        L.append("(민원 접수번호 %s, 접수일 %s)" % (rno, doc_date()))
        L.append("")
        L.append(pick(["귀하께서 국민신문고를 통해 신청하신 민원에 대한 검토 결과를 다음과 같이 알려드립니다.",
                       "평소 %s 행정에 관심을 가져 주신 데 대하여 감사드리며, 제기하신 민원에 대하여 아래와 같이 답변드립니다." % gov,
                       "안녕하십니까? %s %s입니다. 귀하의 민원 내용을 검토한 결과를 안내해 드립니다." % (gov, dept)]))
        L.append("")
        L.append("□ 민원 요지")
        L.append(" ○ %s" % subj[0])
        if not no_pii and chance(0.5):
            L.append(" ○ 민원인 연락처: %s" % PH(gen_mobile()))
        L.append("□ 검토 결과")
        L.append(" ○ %s" % subj[1])
        if not no_pii and chance(0.3):
            L.append(" ○ 아울러 귀하 소유 차량(%s)에 대한 거주자우선주차 배정은 %s부터 유효합니다." % (VP(gen_plate(pick(["p2", "p3"]))), doc_date()))
        if chance(0.4):
            L.append(" ○ 관련 규정: %s" % statute())
        L.append("")
        if no_pii:
            L.append("※ 추가 문의사항은 %s 또는 %s로 연락 주시기 바랍니다." % (inst_phone_neg(), inst_phone_neg()))
        else:
            c = R.randint(0, 3)
            if c == 0:
                L.append("※ 추가 문의사항은 %s %s 주무관(☎ %s)에게 연락 주시면 친절히 안내해 드리겠습니다." % (dept, P(off), PH(gen_landline(pick(AREA)))))
            elif c == 1:
                L.append("담당부서: %s / 담당자: %s / 연락처: %s" % (dept, P(off), PH(gen_landline(pick(AREA)))))
            elif c == 2:
                L.append("문의: %s %s(%s, %s)" % (dept, P(off), PH(gen_landline("070")), EM(gen_email(off, "korea.kr"))))
            else:
                L.append("%s %s  담당 %s  전화 %s  (대표전화 %s)" % (gov, dept, P(off), PH(gen_landline(pick(AREA))), gen_landline("1588")[0:0] + pick(["1588-", "1577-", "1661-"]) + "%04d" % R.randint(0, 9999)))
        L.append(doc_date(pick(["dot", "kor"])))
        L.append("%s%s" % (gov, pick(["청장", "장"]) if gov.endswith("구") is False else "청장") if False else sender_title(gov))
        add("\n".join(L), "민원회신", "template", ocr=(i % 7 == 3), no_pii=no_pii)


@genre
def gen_press():
    for i in range(22):
        no_pii = i % 4 == 1
        ag = pick(AGENCY + [g + ("청" if g[-1] in "구시" else "") for g in LOCAL_GOV[:6]])
        dept = pick(DEPTS)
        chief, staff, staff2 = uniq_names(3)
        d = rand_date(2023, 2025)
        L = ["보 도 자 료" if chance(0.5) else "보도자료", ag]
        L.append("보도 일시  %d. %d. %d.(%s) %s" % (d.year, d.month, d.day, weekday(d), pick(["조간", "석간", "12:00 이후", "즉시 보도 가능"])))
        if no_pii:
            L.append("배포 일시  %d. %d. %d. / 담당 부서 %s / 문의 %s" % (d.year, d.month, d.day, dept, inst_phone_neg()))
        else:
            lay = R.randint(0, 2)
            if lay == 0:
                L.append("담당 부서  %s\t책임자  과  장  %s (%s)" % (dept, P(chief), PH(gen_landline("044"))))
                L.append("\t\t담당자  사무관  %s (%s)" % (P(staff), PH(gen_landline("044"))))
            elif lay == 1:
                L.append("| 담당 부서 | %s | 책임자 | 과장 %s | %s |" % (dept, P(chief), PH(gen_landline("02"))))
                L.append("| | | 담당자 | 주무관 %s | %s |" % (P(staff), PH(gen_landline("02"))))
            else:
                L.append("문의: %s 과장 %s(%s), 주무관 %s(%s, %s)" % (dept, P(chief), PH(gen_landline(pick(AREA))), P(staff), PH(gen_landline(pick(AREA))), EM(gen_email(staff, "korea.kr"))))
        topic = R.randint(0, 3)
        L.append("")
        if topic == 0:
            L.append("%s, %d년 %s 선정 결과 발표" % (ag, d.year, pick(["모범 자원봉사자", "청년 창업 우수사례", "안전 신고 우수 시민", "효행 대상"])))
            L.append("- 총 %d명 선정, 시상식은 %d월 %d일 개최 -" % (R.randint(5, 30), R.randint(1, 12), R.randint(1, 28)))
            L.append("")
            if no_pii:
                L.append("□ %s 올해 수상자 명단을 확정하고 개인별 공적을 홈페이지에 게시한다고 밝혔다. 대상 수상자 A씨(%d)는 %d년간 무료 급식 봉사를 이어 왔다." % (jo(ag, "은는"), R.randint(30, 80), R.randint(5, 30)))
            else:
                w1, w2 = uniq_names(2)
                a1 = R.randint(19, 85)
                L.append("□ %s 올해 대상 수상자로 %s %s(%d) 씨를 선정했다고 밝혔다. %s 씨는 %d년간 지역 아동센터에서 학습 지도 봉사를 해 왔다." % (jo(ag, "은는"), pick(["자원봉사자", "주민", "통장"]), P(w1), a1, P(w1), R.randint(3, 20)))
                L.append("□ 최우수상은 %s(%d)·%s(%d) 부부가 받았다." % (P(w2), R.randint(40, 70), P(kname()), R.randint(40, 70)))
        elif topic == 1:
            L.append("%s 개인정보 유출 사고 조사 결과 및 재발 방지 대책" % pick(["공공 예약시스템", "민원 접수 시스템", "체육시설 회원 관리 시스템"]))
            L.append("")
            L.append("□ 유출된 항목은 성명, 휴대전화번호, 생년월일이며 %s 및 계좌번호는 포함되지 않은 것으로 확인됐다." % pick(["주민등록번호", "여권번호"]))
            L.append("□ %s %s에 따라 %s에 신고를 마쳤다. (관련 문의: %s)" % (jo(ag, "은는"), statute(), "개인정보보호위원회", inst_phone_neg()))
        elif topic == 2:
            L.append("%d년 %s 지원사업 참여자 모집" % (d.year, pick(["청년 월세", "어르신 일자리", "소상공인 디지털 전환", "다문화가정 한국어 교육"])))
            L.append("")
            L.append("□ 신청 기간은 %s부터 %s까지이며, 지원 한도는 1인당 %s이다." % (date_range() + (money(),)))
            L.append("□ 자세한 사항은 누리집(www.example.go.kr) 공고 제%d-%d호를 참고하거나 %s로 문의하면 된다." % (d.year, R.randint(10, 999), inst_phone_neg()))
        else:
            L.append("%s 현장 방문" % pick(["장관", "차관", "시장", "청장"]))
            L.append("")
            if no_pii:
                L.append("□ %s %s 현장을 찾아 관계자들과 간담회를 가졌다. 참석한 입주기업 대표들은 인력 수급의 어려움을 호소했다." % (jo(pick(["장관", "청장"]), "은는"), pick(["산업단지", "재해 복구", "전통시장"])))
            else:
                ceo = kname()
                L.append("□ 간담회에서 %s %s 대표는 \"현장 인력 확보가 가장 시급하다\"고 말했다. 또 전통시장 상인회 %s 회장은 주차장 확충을 건의했다." % (pick(BIZ), P(ceo), P(kname())))
        if not no_pii and chance(0.3):
            L.append("붙임  1. 수상자 명단 1부.  2. 사진 자료 2부.")
        add("\n".join(L), "보도자료", "template", ocr=(i % 8 == 6), no_pii=no_pii)


@genre
def gen_minutes():
    for i in range(24):
        no_pii = i % 5 == 2
        com = pick(["지방보조금심의위원회", "정보공개심의회", "도시계획위원회", "개인정보 보호위원회", "주민참여예산위원회",
                    "공유재산심의회", "청년정책위원회", "인사위원회", "지역사회보장협의체 실무협의체"])
        d = rand_date(2023, 2025)
        names = uniq_names(6, foreign=1 if chance(0.15) else 0)
        chair, m1, m2, m3, m4, sec = names
        L = ["%s 제%d차 회의록" % (com, R.randint(1, 12)),
             "",
             "□ 일시: %d. %d. %d.(%s) %02d:00 ~ %02d:%02d" % (d.year, d.month, d.day, weekday(d), R.randint(9, 15), R.randint(16, 18), pick([0, 10, 30, 40])),
             "□ 장소: %s" % pick(["시청 본관 3층 중회의실", "구청 별관 2층 소회의실", "정부세종청사 6동 611호", "영상회의(온라인)"])]
        if no_pii:
            L.append("□ 참석: 위원장 포함 위원 %d명 (재적 %d명)" % (R.randint(5, 9), R.randint(9, 15)))
            L.append("□ 안건: 제1호 %s / 제2호 %s" % (pick(["보조사업 선정(안)", "정보공개 이의신청 심의"]), pick(["운영세칙 개정(안)", "기타 토의"])))
            L.append("")
            turns = [("위원장", "성원이 되었으므로 회의를 개회하겠습니다. 제1호 안건을 상정합니다."),
                     ("간사", "제1호 안건은 %s에 따른 것으로, 총 %d건이 접수되었습니다." % (statute(), R.randint(3, 30))),
                     ("A위원", "사업비 산정 근거가 부족해 보입니다. 단가 자료를 보완해야 합니다."),
                     ("B위원", "전년도 집행률이 %d%%에 그쳤는데 증액 사유가 무엇입니까?" % R.randint(40, 80)),
                     ("간사", "집행 부진 사유는 붙임 자료 %d쪽에 정리하였습니다." % R.randint(2, 20)),
                     ("위원장", "이견이 없으시면 원안 가결로 하겠습니다. (의사봉 3타)")]
            for sp, t in turns:
                L.append("%s: %s" % (sp, t) if chance(0.5) else "○ %s  %s" % (sp, t))
            add("\n".join(L), "회의록", "template", ocr=(i % 9 == 4), no_pii=True)
            continue
        fmt = R.randint(0, 2)
        if fmt == 0:
            L.append("□ 참석자: 위원장 %s, 위원 %s, %s, %s, %s (5명)" % (P(chair), P(m1), P(m2), P(m3), P(m4)))
            L.append("□ 배석: %s 주무관(간사)" % P(sec))
        elif fmt == 1:
            L.append("□ 참석 위원")
            L.append("  - 위원장: %s (%s)" % (P(chair), pick(["○○대학교 교수", "시민단체 대표", "부시장"])))
            for m in (m1, m2, m3):
                L.append("  - 위원: %s (%s)" % (P(m), pick(["변호사", "세무사", "주민대표", "공인회계사", "○○연구원 연구위원"])))
            L.append("  - 불참: %s 위원 (개인 사정)" % P(m4))
            L.append("  - 간사: %s %s" % (pick(DEPTS), P(sec)))
        else:
            L.append("참석: %s(위원장), %s, %s, %s / 불참: %s / 간사: %s" % (P(chair), P(m1), P(m2), P(m3), P(m4), P(sec)))
        L.append("")
        sty = R.randint(0, 3)

        def spk(name, role):
            if sty == 0:
                return "%s(%s)" % (role, P(name))
            if sty == 1:
                return "◇ %s %s" % (P(name), role)
            if sty == 2:
                return "[%s]" % P(name)
            return "%s %s" % (role, P(name))
        turns = [(chair, "위원장", "성원이 되었으므로 제%d차 회의를 개회하겠습니다." % R.randint(1, 12)),
                 (sec, "간사", "안건을 보고드리겠습니다. 이번 심의 대상은 %d건입니다." % R.randint(2, 15)),
                 (m1, "위원", "제출 자료 %d쪽의 산출 내역이 전년도와 다른데 근거가 무엇입니까?" % R.randint(2, 30)),
                 (sec, "간사", "단가가 %d%% 인상되어 반영하였습니다." % R.randint(2, 15)),
                 (m2, "위원", "%s 관련 민원이 계속 들어오고 있습니다. 현장 확인이 필요합니다." % pick(["소음", "주차", "악취", "안전"])),
                 (m3, "위원", "저도 %s 위원님 의견에 동의합니다." % m2[0]),
                 (chair, "위원장", "그러면 조건부 가결로 정리하겠습니다.")]
        for n, role, t in turns:
            L.append("%s: %s" % (spk(n, role), t) if sty != 2 else "%s %s" % (spk(n, role), t))
        if chance(0.4):
            L.append("")
            L.append("※ 회의록 작성자: %s %s (☎ %s)" % (pick(["주무관", "간사"]), P(sec), PH(gen_landline(pick(AREA)))))
        add("\n".join(L), "회의록", "template", ocr=(i % 9 == 4))


# ---------------------------------------------------------------------------
# template genres, part B: 보고서, 판결·결정문, 계약서, 동의서·신청서, 명부, 표
# ---------------------------------------------------------------------------
@genre
def gen_report():
    for i in range(24):
        kind = ["leak", "safety", "car", "audit", "audit_anon", "leak_anon"][i % 6]
        L = []
        d = rand_date(2023, 2025)
        if kind == "leak":
            a, b = uniq_names(2)
            L.append("개인정보 유출 사고 보고서")
            L.append("1. 사고 개요")
            L.append(" - 발생 일시: %d. %d. %d. %02d:%02d경" % (d.year, d.month, d.day, R.randint(0, 23), R.randint(0, 59)))
            L.append(" - 인지 경위: %s %s 주무관이 접속기록 점검 중 비정상 대량 조회를 발견" % (pick(DEPTS), P(a)))
            L.append(" - 의심 접속: 사용자 ID %s / 접속 IP %s / 조회 건수 %s건" % (pick(["u%05d" % R.randint(1, 99999), "adm%04d" % R.randint(1, 9999), "ext_%s" % pick(["kim", "park", "svc"])]), IP(gen_ip(pick(["pub", "priv"]))), "{:,}".format(R.randint(200, 90000))))
            L.append("2. 유출 항목: 성명, 생년월일, 휴대전화번호 (주민등록번호 미포함)")
            L.append("3. 조치 사항")
            L.append(" - 해당 계정 잠금 및 %s 차단(%s)" % ("접속 IP", doc_date()))
            L.append(" - 정보주체 통지: 문자메시지 및 홈페이지 게시, 피해 신고 %s" % inst_phone_neg())
            L.append("4. 보고자: %s %s (%s)" % (pick(["개인정보 보호책임자", "분야별 책임자", "정보보호팀장"]), P(b), PH(gen_landline(pick(AREA)))))
        elif kind == "leak_anon":
            L.append("개인정보 유출 등 사고 조치 결과 (공개용)")
            L.append("○ 사고 일시: %s / 인지: %s" % date_range())
            L.append("○ 원인: 위탁업체 직원의 권한 외 조회 (사용자 ID ext_%04d)" % R.randint(1, 9999))
            L.append("○ 규모: 정보주체 %s명, 유출 항목 성명·연락처" % "{:,}".format(R.randint(10, 50000)))
            L.append("○ 조치: %s에 따른 통지 완료, 위탁업체 과태료 %s 부과" % (statute(), money()))
            L.append("○ 문의: %s" % inst_phone_neg())
            add("\n".join(L), "사고보고서", "template", ocr=(i % 5 == 1), no_pii=True)
            continue
        elif kind == "safety":
            vic, guard, staff = uniq_names(3)
            age = R.randint(6, 88)
            L.append("[안전사고 발생 보고]")
            L.append("■ 일시/장소: %s %02d:%02d, %s" % (fmt_date(d, "dot"), R.randint(9, 20), R.randint(0, 59), pick(["구민체육센터 수영장", "시립도서관 3층 계단", "어린이공원 미끄럼틀", "주민센터 민원실 입구"])))
            L.append("■ 피해자: %s(%s, %d세) / %s / 연락처 %s" % (P(vic), pick(["남", "여"]), age, AD(gen_address()), PH(gen_mobile())))
            if age < 19:
                L.append("■ 보호자: %s %s (%s)" % (pick(["부", "모", "조모"]), P(guard), PH(gen_mobile())))
            else:
                L.append("■ 생년월일: %s" % DOB(fmt_date(datetime.date(d.year - age, R.randint(1, 12), R.randint(1, 28)), pick(["dot", "iso", "kor"]))))
            L.append("■ 경위: 바닥 물기로 미끄러져 %s 부위 타박상, 119 구급대 이송(%s)" % (pick(["무릎", "손목", "머리", "허리"]), pick(["○○병원", "시립의료원"])))
            L.append("■ 조치: 미끄럼 방지 매트 설치, 영업배상책임보험 사고 접수(접수번호 %d-%07d)" % (d.year, R.randint(1, 9999999)))
            L.append("■ 작성: %s %s" % (pick(["시설관리팀 주무관", "안전관리자"]), P(staff)))
        elif kind == "car":
            drv, other = uniq_names(2)
            L.append("공용차량 교통사고 경위서")
            L.append("1. 운전자: %s %s (운전면허 %s)" % (pick(["주무관", "운전7급", "행정6급"]), P(drv), DL("@" + pick(["num", "name", "plain"]))))
            L.append("2. 사고 일시: %s %02d:%02d / 장소: %s 교차로" % (fmt_date(d, "dot"), R.randint(7, 22), R.randint(0, 59), pick(["시청 앞", "○○초교 사거리", "터미널 입구"])))
            L.append("3. 상대 차량: %s (운전자 %s, %s)" % (VP(gen_plate()), P(other), PH(gen_mobile())))
            L.append("4. 피해: 공용차량 앞 범퍼 파손, 상대방 경상(병원 진료 후 귀가)")
            L.append("5. 보험 처리: 공제조합 사고접수번호 %s-%04d-%06d" % (pick(["A", "B", "C"]) + str(d.year)[2:], R.randint(1, 9999), R.randint(1, 999999)))
        elif kind == "audit":
            a, b, c = uniq_names(3)
            L.append("%s 종합감사 결과 처분요구서" % pick(LOCAL_GOV))
            L.append("제목: %s 부적정" % pick(["보조금 정산 업무 처리", "계약 업무 처리", "개인정보 처리시스템 접근권한 관리", "초과근무수당 지급"]))
            L.append("관계기관: %s %s" % (pick(LOCAL_GOV), pick(DEPTS)))
            L.append("내용: %s %s은(는) %d. %d.부터 %d. %d.까지 %s" % (pick(["행정6급", "시설7급", "주무관"]), P(a), d.year, d.month, d.year, min(12, d.month + 3), pick(["정산 검사를 하지 않은 채 잔액을 확정하였다.", "퇴직자 계정을 삭제하지 않아 퇴직 후에도 접속이 가능하도록 방치하였다.", "수의계약 사유에 해당하지 않는데도 특정 업체와 계약하였다."])))
            L.append("관련자: %s(당시 %s), %s(당시 %s)" % (P(b), pick(["팀장", "과장"]), P(c), pick(["주무관", "담당"])))
            L.append("처분: %s" % pick(["주의", "훈계", "경징계 요구", "시정(회수 %s)" % money()]))
            L.append("근거: %s" % statute())
        else:
            L.append("%s 감사 결과 공개문" % pick(LOCAL_GOV))
            L.append("1. 감사 기간: %s ~ %s" % date_range())
            L.append("2. 지적 사항: 총 %d건 (시정 %d, 주의 %d, 개선 %d)" % (R.randint(5, 30), R.randint(1, 5), R.randint(1, 10), R.randint(1, 5)))
            L.append("3. 주요 내용: %s 주무관 김○○은 %s, 관련자 이○○ 팀장에게 주의 처분" % (pick(DEPTS), pick(["보조금 정산 검사를 누락하였고", "공유재산 대부료를 과소 부과하였고"])))
            L.append("4. 재정상 조치: 회수 %s, 추징 %s" % (money(), money()))
            L.append("5. 문의: 감사담당관 (대표) %s" % gen_landline(pick(["02", "031", "043"])))
            add("\n".join(L), "감사보고서", "template", ocr=(i % 5 == 1), no_pii=True)
            continue
        add("\n".join(L), "감사보고서" if kind == "audit" else "사고보고서", "template", ocr=(i % 5 == 1))


@genre
def gen_judgment():
    for i in range(18):
        kind = ["admin", "court", "court_anon", "decision", "admin", "court"][i % 6]
        L = []
        if kind == "admin":
            cl, agent = uniq_names(2)
            L.append("%s행정심판위원회 재결" % pick(["중앙", "서울특별시", "경기도", "충청남도", "부산광역시"]))
            L.append("사    건  %d-%05d %s" % (R.randint(2022, 2025), R.randint(1, 30000), pick(["영업정지처분 취소청구", "운전면허 취소처분 취소청구", "정보공개 거부처분 취소청구", "기초생활수급자 책정 취소처분 취소청구"])))
            L.append("청 구 인  %s" % P(cl))
            L.append("          %s" % AD(gen_address()))
            if chance(0.6):
                L.append("          대리인 %s %s" % (pick(["행정사", "변호사"]), P(agent)))
            L.append("피청구인  %s" % sender_title(pick(LOCAL_GOV)))
            L.append("주    문  청구인의 청구를 %s." % pick(["기각한다", "인용한다", "각하한다"]))
            L.append("청구 취지  피청구인이 %s 청구인에게 한 처분을 취소한다." % doc_date())
            L.append("이    유  1. 사건 개요 - 청구인은 %s(생년월일 %s)에 대하여 ..." % (pick(["본인", "자녀"]), DOB(gen_dob(pick(["dot", "kor"]), 1950, 2008))))
            L.append("          2. 관계 법령 - %s" % statute())
        elif kind == "court":
            pl, law1, law2, j1, j2, j3 = uniq_names(6)
            L.append("%s 판결" % pick(["서울행정법원", "수원지방법원", "대전지방법원", "광주고등법원", "부산지방법원"]))
            L.append("사    건  %d%s%d %s" % (R.randint(2021, 2025), pick(["구합", "구단", "누", "가합"]), R.randint(1000, 79999), pick(["정보공개거부처분취소", "과징금부과처분취소", "손해배상(기)", "부당이득금"])))
            L.append("원    고  %s" % P(pl))
            L.append("          %s" % AD(gen_address()))
            L.append("          소송대리인 변호사 %s, %s" % (P(law1), P(law2)))
            L.append("피    고  %s" % sender_title(pick(LOCAL_GOV)))
            L.append("          소송수행자 %s" % pick(["○○○", "주무관 ○○○"]))
            L.append("변론종결  %s" % doc_date())
            L.append("판결선고  %s" % doc_date())
            L.append("주    문  1. 원고의 청구를 %s. 2. 소송비용은 %s가 부담한다." % (pick(["기각한다", "인용한다"]), pick(["원고", "피고"])))
            L.append("...")
            L.append("재판장 판사 %s   판사 %s   판사 %s" % (P(j1), P(j2), P(j3)))
        elif kind == "court_anon":
            L.append("%s 판결 (비실명 처리본)" % pick(["○○지방법원", "서울중앙지방법원"]))
            L.append("사    건  %d%s%d" % (R.randint(2021, 2025), pick(["고단", "고합", "노"]), R.randint(100, 9999)))
            L.append("피 고 인  A (%d년생, 남)" % R.randint(1960, 2000))
            L.append("검    사  ○○○(기소), △△△(공판)")
            L.append("변 호 인  변호사 □□□(국선)")
            L.append("주    문  피고인을 벌금 %s에 처한다." % money())
            L.append("이    유  피고인은 %s경 피해자 B의 주민등록번호(000000-0000000)를 도용하여 ... %s 위반" % (doc_date(), statute()))
            add("\n".join(L), "판결문", "template", ocr=(i % 7 == 3), no_pii=True)
            continue
        else:
            ap, m1 = uniq_names(2)
            L.append("개인정보 분쟁조정위원회 조정결정서")
            L.append("사건번호: 제%d-%03d호" % (R.randint(2022, 2025), R.randint(1, 900)))
            L.append("신 청 인: %s (%s)" % (P(ap), pick(["생년월일 " + DOB(gen_dob("dot", 1950, 2005)), "연락처 " + PH(gen_mobile())])))
            L.append("피신청인: %s" % pick(BIZ))
            L.append("결정 요지: 피신청인은 신청인에게 %s을 지급한다." % money())
            L.append("위원장 %s (서명)" % P(m1))
        add("\n".join(L), "판결문", "template", ocr=(i % 7 == 3))


@genre
def gen_contract():
    for i in range(24):
        kind = ["corp", "sole", "lease", "corp", "sole", "blank"][i % 6]
        L = []
        if kind in ("corp", "sole"):
            ceo = kname()
            gov = pick(LOCAL_GOV)
            biz = pick(BIZ) if kind == "corp" else pick(SOLE_BIZ)
            bank, acc = gen_account()
            L.append(pick(["용역 계약서", "물품구매 계약서", "공사 도급 계약서", "표준 용역계약서"]))
            L.append("계약번호: 제%d-%04d호   계약금액: 금%s(부가가치세 포함)" % (R.randint(2023, 2025), R.randint(1, 9999), money()))
            L.append("계약기간: %s ~ %s" % date_range())
            L.append("")
            L.append("발주기관(갑)  %s" % sender_title(gov))
            L.append("  주소: %s" % pick(INST_ADDR))
            L.append("계약상대자(을)")
            L.append("  상호: %s" % biz)
            L.append("  대표자: %s" % P(ceo))
            L.append("  주소: %s" % AD(gen_address(pick(["road", "short", "road"]), pick(["floor", "flr", "ho"]))))
            L.append("  사업자등록번호: %s" % BRN("@" + ("corp" if kind == "corp" else "v")))
            if kind == "corp":
                L.append("  법인등록번호: %s" % CRN("@v"))
            L.append("  전화: %s%s" % (PH(gen_landline(pick(AREA + ["070"]))), ("   휴대전화: " + PH(gen_mobile())) if chance(0.4) else ""))
            if chance(0.5):
                L.append("  이메일: %s" % EM(gen_email(ceo, pick(EMAIL_DOMAINS + ["hansol-tech.co.kr", "daon-eng.kr"]))))
            L.append("")
            L.append("제%d조(대금 지급) 갑은 을이 지정한 계좌(%s %s, 예금주 %s)로 대금을 지급한다." % (R.randint(5, 12), bank, ACC(acc), biz if kind == "corp" else P(ceo)))
            L.append("제%d조(준거) 이 계약에 정하지 않은 사항은 「지방자치단체를 당사자로 하는 계약에 관한 법률」에 따른다." % R.randint(13, 20))
            L.append("")
            L.append("%s" % doc_date("kor"))
            L.append("갑  %s (인)" % sender_title(gov))
            L.append("을  %s  %s %s (인)" % (biz, pick(["대표이사", "대표이사", "대표자"]) if kind == "corp" else pick(["대표", "대표자"]), P(ceo)))
        elif kind == "lease":
            lord, ten, agent = uniq_names(3)
            addr = gen_address("road", "apt")
            L.append("주택 임대차 계약서")
            L.append("1. 부동산의 표시: %s" % AD(addr))
            L.append("2. 보증금: 금%s / 월차임: 금%s" % (money(), money()))
            L.append("3. 임대인: %s  주민등록번호 %s  연락처 %s" % (P(lord), RRN("@" + pick(["pre", "pre", "mask"])), PH(gen_mobile())))
            L.append("   주소: %s" % AD(gen_address()))
            L.append("4. 임차인: %s  주민등록번호 %s  연락처 %s" % (P(ten), RRN("@" + pick(["pre", "mask", "post"]) if False else "@" + pick(["pre", "mask"])), PH(gen_mobile())))
            L.append("5. 개업공인중개사: %s 대표 %s (등록번호 %d%03d-%d-%05d, 사무소 %s)" % (pick(["한빛공인중개사사무소", "푸른부동산", "새솔공인중개사"]), P(agent), R.randint(11, 50), R.randint(100, 999), R.randint(2010, 2024), R.randint(1, 99999), PH(gen_landline(pick(AREA)))))
            bk, ac = gen_account()
            L.append("특약: 보증금은 임차인 명의 계좌(%s %s, 예금주 %s)로 반환한다." % (bk, ACC(ac), P(ten)))
        else:
            L.append("표준 용역계약서 (작성 예시)")
            L.append("계약상대자(을)  상호: (주)○○○○   대표자: 홍길동")
            L.append("  주소: ○○시 ○○구 ○○로 00   사업자등록번호: 000-00-00000")
            L.append("  법인등록번호: 000000-0000000   전화: 000-0000-0000")
            L.append("※ 계약금액은 %s 이하 수의계약 한도(%s)를 준수하여 기재" % (money(), statute()))
            add("\n".join(L), "계약서", "template", ocr=(i % 6 == 2), no_pii=True)
            continue
        add("\n".join(L), "계약서", "template", ocr=(i % 6 == 2))


def eng_name(kn):
    sur, g = romanize(kn)
    g2 = g.upper()
    if len(kn) == 3 and chance(0.5):
        a = SYL_ROMAN.get(kn[1], "a").upper()
        b = SYL_ROMAN.get(kn[2], "a").upper()
        g2 = a + pick(["", "-", " "]) + b if chance(0.5) else a + b
    return "%s %s" % (sur.upper(), g2)


@genre
def gen_forms():
    for i in range(36):
        kind = ["consent", "passport", "pension", "parking", "dl", "card", "consent", "refund", "blank", "consent_id", "blank2", "dl", "child", "card", "child"][i % 15]
        n = kname()
        L = []
        if kind in ("blank", "blank2"):
            if kind == "blank":
                L.append("개인정보 수집·이용 동의서 (서식)")
                L.append("성    명: ____________    생년월일: ____년 __월 __일")
                L.append("연 락 처: ___-____-____    주    소: ______________________")
                L.append("※ 작성 예시: 성명란에 '홍길동'과 같이 한글로 기재, 주민등록번호는 000000-0000000 형식")
                L.append("※ %s에 따라 동의를 거부할 권리가 있으며, 거부 시 %s 신청이 제한됩니다." % (statute(), pick(["지원금", "시설 이용", "교육"])))
            else:
                L.append("[별지 제%d호서식] %s" % (R.randint(1, 40), pick(["거주자우선주차 신청서", "보조금 교부 신청서", "정보공개 청구서"])))
                L.append("접수번호 (기관 기재)    접수일자    처리기간 %d일" % R.randint(3, 20))
                L.append("청구인 | 성명 | (          ) | 생년월일 | (    .   .   ) |")
                L.append("       | 주소 | (                          ) | 전화번호 | (   ) |")
                L.append("수수료: 1건당 %s, 문의 %s" % (money(), inst_phone_neg()))
            add("\n".join(L), "신청서" if kind == "blank2" else "동의서", "template", ocr=(i % 5 == 0), no_pii=True)
            continue
        if kind in ("consent", "consent_id"):
            dob = gen_dob(pick(["dot", "kor", "iso", "dot0", "six"]), 1945, 2010)
            L.append(pick(["개인정보 수집·이용 동의서", "개인정보 수집 및 이용 동의서", "[개인정보 수집·이용·제공 동의서]"]))
            L.append("1. 수집 항목: 성명, 생년월일, 연락처, 주소%s" % (", 고유식별정보" if kind == "consent_id" else ""))
            L.append("2. 수집 목적: %s" % pick(["평생학습 강좌 수강생 관리", "재난지원금 지급", "자원봉사 활동 실적 관리", "민원 처리 결과 통보"]))
            L.append("3. 보유 기간: %d년" % pick([1, 3, 5]))
            L.append("위와 같이 개인정보를 수집·이용하는 데 동의합니까?  ■ 동의함  □ 동의하지 않음")
            L.append("")
            lay = R.randint(0, 2)
            if lay == 0:
                L.append("성명: %s   생년월일: %s" % (P(n), DOB(dob)))
                L.append("휴대전화: %s   이메일: %s" % (PH(gen_mobile()), EM(gen_email(n))))
                L.append("주소: %s" % AD(gen_address()))
            elif lay == 1:
                L.append("| 성 명 | %s | 생년월일 | %s |" % (P(n), DOB(dob)))
                L.append("| 연락처 | %s | 전자우편 | %s |" % (PH(gen_mobile()), EM(gen_email(n))))
                L.append("| 주 소 | %s |" % AD(gen_address()))
            else:
                L.append("신청인 %s(%s생), %s, %s" % (P(n), DOB(dob), PH(gen_mobile()), AD(gen_address())))
            if kind == "consent_id":
                L.append("고유식별정보 처리 동의 ■ / 주민등록번호 %s" % RRN("@" + pick(["pre", "pre", "mask", "post"] if False else ["pre", "pre", "mask"])))
            L.append("")
            L.append(doc_date(pick(["dot", "kor"])))
            if chance(0.35):
                g = kname(surname=n[0] if chance(0.5) else None)
                while g == n:
                    g = kname()
                L.append("동의자(본인) %s (서명)   법정대리인 %s (관계: %s)" % (P(n), P(g), pick(["부", "모", "조부"])))
            else:
                L.append("동의자 %s (서명 또는 인)" % P(n))
            add("\n".join(L), "동의서", "template", ocr=(i % 5 == 0))
            continue
        if kind == "passport":
            em = kname()
            L.append("여권 발급 신청서")
            L.append("여권 종류: %s   기간: 10년" % pick(["일반(복수)", "일반", "관용"]))
            L.append("한글 성명: %s    로마자 성명: %s" % (P(n), P(eng_name(n))))
            L.append("주민등록번호: %s" % RRN("@pre"))
            L.append("전화번호(휴대): %s" % PH(gen_mobile()))
            L.append("기존 여권번호: %s (유효기간 만료 %s)" % (PP("@" + pick(["ko", "ko", "konew"])), doc_date()))
            L.append("긴급연락처: 성명 %s  관계 %s  전화 %s" % (P(em), pick(["배우자", "부", "모", "형제"]), PH(gen_mobile())))
            L.append("접수번호 %s / 수수료 %s" % (receipt_no(), money()))
        elif kind == "pension":
            bank, acc = gen_account()
            L.append(pick(["기초연금 지급 신청서", "아동수당 지급 신청서", "장애수당 신청서"]))
            L.append("신청인  성명 %s   주민등록번호 %s" % (P(n), RRN("@" + pick(["pre", "pre", "mask", "post"]))))
            L.append("        주소 %s" % AD(gen_address()))
            L.append("        전화 %s" % PH(pick([gen_mobile(), gen_landline()])))
            L.append("수령 계좌  %s  %s  (예금주 %s)" % (bank, ACC(acc), P(n)))
            L.append("위와 같이 신청합니다.  %s  신청인 %s (서명)" % (doc_date(), P(n)))
            L.append("%s 귀하" % sender_title(pick(LOCAL_GOV)))
        elif kind == "child":
            bk, ac = gen_account()
            kid = kname(surname=n[0] if len(n) == 3 else None)
            while kid == n:
                kid = kname()
            L.append(pick(["첫만남이용권 지급 신청서", "아동수당 지급 신청서", "부모급여 신청서", "영유아 보육료 지원 신청서"]))
            L.append("아동  성명 %s   주민등록번호 %s" % (P(kid), RRN("@post")))
            L.append("보호자  성명 %s   주민등록번호 %s   관계 %s" % (P(n), RRN("@" + pick(["pre", "mask"])), pick(["부", "모"])))
            L.append("        주소 %s   휴대전화 %s" % (AD(gen_address()), PH(gen_mobile())))
            L.append("지급 계좌  %s %s (예금주 %s)" % (bk, ACC(ac), P(n)))
            L.append("%s  신청인 %s (서명)" % (doc_date(), P(n)))
        elif kind == "parking":
            L.append("거주자우선주차 신청서")
            L.append("성명 %s / 생년월일 %s / 연락처 %s" % (P(n), DOB(gen_dob(pick(["dot", "six", "iso"]), 1950, 2003)), PH(gen_mobile())))
            L.append("주소 %s" % AD(gen_address(pick(["gu", "road", "short"]))))
            L.append("차량번호 %s (차종: %s)" % (VP(gen_plate(pick(["p2", "p3", "p2ns", "p3"]))), pick(["승용", "SUV", "승합"])))
            L.append("희망 구획: %s-%d (월 %s)" % (pick(["A", "B", "C"]), R.randint(1, 80), money()))
        elif kind == "dl":
            L.append("운전면허 적성검사 연기 신청서")
            L.append("성명: %s  주민등록번호: %s" % (P(n), RRN("@" + pick(["pre", "mask"]))))
            L.append("면허번호: %s   면허종별: %s" % (DL("@any"), pick(["1종 보통", "2종 보통", "1종 대형"])))
            L.append("주소: %s" % AD(gen_address()))
            L.append("연기 사유: %s (증빙서류 첨부)" % pick(["해외 체류", "질병으로 인한 입원", "군 복무"]))
            L.append("신청인 %s (서명)   %s" % (P(n), doc_date()))
        elif kind == "card":
            L.append("지방세 카드 자동납부 신청서")
            L.append("납세자 성명: %s   생년월일(6자리): %s" % (P(n), DOB(gen_dob("six", 1950, 2000))))
            L.append("카드번호: %s   유효기간: %02d/%02d" % (CC("@" + pick(["visa", "mc", "bc", "local", "jcb", "amex"])), R.randint(1, 12), R.randint(25, 30)))
            L.append("카드 소유자: %s  (납세자와의 관계: %s)" % (P(n), "본인"))
            L.append("연락처: %s   과세물건: %s" % (PH(gen_mobile()), pick(["자동차세", "재산세(주택)", "주민세"])))
        else:
            bank, acc = gen_account()
            L.append("지방소득세 환급금 지급 청구서")
            L.append("청구인: %s (%s)" % (P(n), RRN("@" + pick(["mask", "pre"]))))
            L.append("환급금액: %s   환급 사유: %s" % (money(), pick(["과오납", "경정청구 결정", "이중 납부"])))
            L.append("입금 계좌: %s %s / 예금주: %s" % (bank, ACC(acc), P(n)))
            L.append("담당: %s %s 주무관 %s" % (pick(LOCAL_GOV), pick(["세무과", "징수과"]), P(kname())))
        add("\n".join(L), "신청서", "template", ocr=(i % 5 == 0))


COLS = {
    "name": ("성명", lambda c: P(c["name"])), "dob": ("생년월일", lambda c: DOB(c["dob"])),
    "rrn": ("주민등록번호", lambda c: RRN(c["rrn"])), "phone": ("연락처", lambda c: PH(c["phone"])),
    "email": ("이메일", lambda c: EM(c["email"])), "addr": ("주소", lambda c: AD(c["addr"])),
    "acc": ("계좌번호", lambda c: ACC(c["acc"])), "bank": ("은행", lambda c: c["bank"]),
    "plate": ("차량번호", lambda c: VP(c["plate"])), "org": ("소속", lambda c: c["org"]),
    "no": ("연번", lambda c: str(c["no"])), "amt": ("지급액", lambda c: c["amt"]), "date": ("접수일", lambda c: c["date"]),
    "hi": ("건강보험증번호", lambda c: HI(c["hi"])), "card": ("카드번호", lambda c: CC(c["card"])),
    "sid": ("사번", lambda c: c["sid"]), "note": ("비고", lambda c: c["note"]), "dl": ("면허번호", lambda c: DL(c["dl"])),
    "pp": ("여권번호", lambda c: PP(c["pp"])), "frn": ("외국인등록번호", lambda c: FRN(c["frn"])),
    "nat": ("국적", lambda c: c["nat"]), "ip": ("접속IP", lambda c: IP(c["ip"])), "rank": ("직급", lambda c: c["rank"]),
}
ALT_HEAD = {"name": ["성명", "이름", "성 명", "대상자", "수령인"], "phone": ["연락처", "휴대전화", "전화번호", "H.P", "핸드폰"],
            "dob": ["생년월일", "생년 월일", "출생일"], "addr": ["주소", "주소지", "거주지"], "acc": ["계좌번호", "입금계좌", "계좌"],
            "email": ["이메일", "E-mail", "전자우편"], "rrn": ["주민등록번호", "주민번호"], "plate": ["차량번호", "차번"]}


def person_row(no, foreign=False):
    n = fname() if foreign else kname()
    bank, acc = gen_account(mask=chance(0.06))
    d = rand_date(1945, 2010)
    dstyle = pick(["dot", "iso", "dot0", "yy", "kor"])
    rk = pick(["pre", "pre", "pre", "mask", "post"]) if d.year >= 0 else "pre"
    natl = pick(list(NATIONALITY))
    return {"name": n, "dob": fmt_date(d, dstyle),
            "rrn": gen_rrn("mask" if rk == "mask" else "pre", yymmdd(d)) if rk != "post" else gen_rrn("post"),
            "phone": gen_mobile(pick(["-", "-", ".", ""])), "email": gen_email(n if not foreign else None),
            "addr": gen_address(), "acc": acc, "bank": bank, "plate": gen_plate(), "org": pick(DEPTS),
            "no": no, "amt": money(), "date": doc_date(pick(["dot", "iso"])), "hi": gen_hi(), "card": gen_card(pick(["any", "mask"])),
            "sid": "%d%04d" % (R.randint(19, 24), R.randint(1, 9999)), "note": pick(["", "신규", "재신청", "변경", "-"]),
            "dl": gen_dl(), "pp": gen_passport(NATIONALITY[natl] if foreign else "any"),
            "frn": gen_frn(), "nat": natl, "ip": gen_ip(), "rank": pick(["주무관", "행정6급", "팀장", "사무관"])}


TABLE_SETS = [
    ["no", "name", "dob", "phone", "addr"], ["no", "name", "rrn", "bank", "acc", "amt"], ["name", "phone", "email", "org"],
    ["no", "org", "rank", "name", "phone"], ["name", "dob", "plate", "phone", "note"], ["no", "name", "hi", "dob", "note"],
    ["sid", "name", "org", "email", "ip"], ["no", "name", "nat", "pp", "frn", "phone"], ["name", "dl", "dob", "date"],
    ["no", "name", "card", "amt", "date"], ["name", "rrn", "addr", "phone"], ["no", "date", "name", "bank", "acc", "note"],
    ["no", "name", "dl", "phone", "note"], ["name", "card", "date", "amt"],
]


def render_table(cols, rows, delim, header):
    heads = [pick(ALT_HEAD.get(c, [COLS[c][0]])) for c in cols]
    cells = [[COLS[c][1](r) for c in cols] for r in rows]
    lines = []
    if delim == "pad":
        # padded columns: pad with spaces based on the visible width of the value
        def vis(s):
            return len(MARK.sub(lambda m: m.group(2), s))
        allrows = ([heads] if header else []) + cells
        widths = [max(vis(r[k]) for r in allrows) + 2 for k in range(len(cols))]
        for r in allrows:
            lines.append("".join(r[k] + " " * (widths[k] - vis(r[k])) for k in range(len(cols))).rstrip())
        return "\n".join(lines)
    sep = {"pipe": "|", "spipe": " | ", "tab": "\t", "csv": ",", "csvq": ","}[delim]
    if header:
        lines.append(sep.join(heads) if delim != "pipe" else "|" + "|".join(heads) + "|")
        if delim in ("pipe", "spipe") and chance(0.5):
            lines.append(sep.join(["---"] * len(cols)) if delim != "pipe" else "|" + "|".join(["---"] * len(cols)) + "|")
    for r in cells:
        if delim == "csvq":
            r = ['"%s"' % x if ("," in x or " " in x) else x for x in r]
        elif delim == "csv":
            r = [x.replace(",", "") if not x.startswith("⟦") else x for x in r]
        lines.append(sep.join(r) if delim != "pipe" else "|" + "|".join(r) + "|")
    return "\n".join(lines)


@genre
def gen_tables():
    for i in range(40):
        no_pii = i % 6 == 5
        delim = ["pipe", "spipe", "tab", "csv", "csvq", "pad"][i % 6 if i % 6 != 5 else R.randint(0, 4)]
        header = (i // 6) % 3 != 1  # about a third without header row
        if no_pii:
            L = [pick(["%d년 분기별 민원 처리 현황" % R.randint(2022, 2025), "기관별 정보공개 청구 현황", "읍면동 주민센터 연락처"])]
            rows = []
            for k in range(R.randint(3, 7)):
                rows.append([pick(["1분기", "2분기", "3분기", "4분기", pick(DONGS), pick(LOCAL_GOV)]), "{:,}".format(R.randint(10, 9999)),
                             "{:,}".format(R.randint(1, 999)), pick(["%d.%d%%" % (R.randint(1, 99), R.randint(0, 9)), "(대표) " + gen_landline(pick(AREA)), "관리번호 %03d-%d-%04d" % (R.randint(31, 64), R.randint(2021, 2025), R.randint(1, 9999))])])
            sep = {"pipe": "|", "spipe": " | ", "tab": "\t", "csv": ",", "csvq": ","}[delim if delim != "pad" else "spipe"]
            if header:
                L.append(sep.join(["구분", "접수", "처리", "비고"]))
            L += [sep.join(r) for r in rows]
            add("\n".join(L), "표", "template", ocr=(i % 8 == 3), no_pii=True)
            continue
        cols = list(TABLE_SETS[i % len(TABLE_SETS)])
        foreign = "pp" in cols
        if delim in ("csv", "tab") and "addr" in cols and chance(0.5):
            pass
        rows = [person_row(k + 1, foreign=foreign) for k in range(R.randint(2, 6))]
        title = pick(["[붙임] 대상자 명단", "지급 대상자 현황", "", "참가자 명부 (내부용)", "%d년 %s 명단" % (R.randint(2023, 2025), pick(["수강생", "수급자", "위원", "봉사자", "신청자"]))])
        body = render_table(cols, rows, delim, header)
        text = (title + "\n" if title else "") + body
        if chance(0.3):
            text += "\n" + pick(["※ 개인정보 포함 – 외부 유출 금지", "총 %d명" % len(rows), "작성: %s / 확인: %s" % (P(kname()), P(kname()))])
        add(text, "표", "template", ocr=(i % 8 == 3))


@genre
def gen_rosters():
    for i in range(22):
        no_pii = i % 7 == 6
        L = [pick(["%d년 %s 참석자 명부" % (R.randint(2023, 2025), pick(["주민자치회", "안전교육", "청소년 수련 캠프", "마을 공동체"])),
                   "비상연락망 (%s)" % pick(DEPTS), "위원 명단", "자원봉사자 등록 현황", "교육 이수자 명단"])]
        if no_pii:
            L = ["%s 위원 구성 현황" % pick(["주민참여예산위원회", "청년정책위원회"]),
                 "- 위원장: 부시장(당연직)", "- 당연직 위원: 기획예산과장, 자치행정과장", "- 위촉직 위원: 공개모집 %d명(명단 비공개)" % R.randint(5, 20),
                 "- 임기: %s ~ %s" % date_range(), "- 문의: %s" % inst_phone_neg()]
            add("\n".join(L), "명부", "template", ocr=(i % 5 == 2), no_pii=True)
            continue
        sty = i % 4
        for k in range(R.randint(3, 7)):
            n = kname()
            if sty == 0:
                L.append("%d. %s (%s) %s" % (k + 1, P(n), pick(["위원장", "위원", "간사", "부위원장"]) if k < 3 else pick(["위원", "주민대표"]), PH(gen_mobile())))
            elif sty == 1:
                L.append("○ %s %s / 휴대 %s / 사무실 %s / %s" % (pick(DEPTS), P(n), PH(gen_mobile()), PH(gen_landline(pick(AREA))), EM(gen_email(n, pick(["korea.kr", "korea.kr", "naver.com"])))))
            elif sty == 2:
                L.append("- %s, %s생, %s" % (P(n), DOB(gen_dob(pick(["dot", "yy", "kor"]), 1950, 2008)), AD(gen_address())))
            else:
                L.append("%s\t%s\t%s" % (P(n), pick(["%d기" % R.randint(1, 30), "수료", "미수료"]), PH(gen_mobile(pick(["-", "."])))))
        if chance(0.4):
            L.append("작성자: %s (%s)" % (P(kname()), PH(gen_landline(pick(AREA)))))
        add("\n".join(L), "명부", "template", ocr=(i % 5 == 2))


# ---------------------------------------------------------------------------
# template genres, part C: 로그, 이메일, 메신저, 뉴스, 외국인, 건강보험·복지, 금융, 학교, 병원, 차량
# ---------------------------------------------------------------------------
UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.91 Safari/537.36",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
      "Mozilla/5.0 (Linux; Android 14; SM-S921N) AppleWebKit/537.36 Chrome/123.0.6312.118 Mobile Safari/537.36"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


@genre
def gen_logs():
    for i in range(18):
        kind = ["app", "apache", "audit_table", "vpn", "batch", "app"][i % 6]
        d = rand_date(2024, 2025)
        L = []
        t = [R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)]

        def ts():
            t[2] += R.randint(1, 50)
            if t[2] >= 60:
                t[2] -= 60
                t[1] = (t[1] + 1) % 60
            return "%s %02d:%02d:%02d" % (d.isoformat(), t[0], t[1], t[2])
        if kind == "batch":
            L.append("[%s] INFO  batch.DailyStat start (build 3.%d.%d, jdk 17.0.%d)" % (ts(), R.randint(0, 9), R.randint(0, 30), R.randint(1, 11)))
            L.append("[%s] INFO  read 12,%03d rows from TB_MINWON_RCPT (partition p%s)" % (ts(), R.randint(0, 999), d.strftime("%Y%m")))
            L.append("[%s] WARN  retry 1/3: lock wait timeout (sql_id=%s)" % (ts(), "".join(pick("abcdef0123456789") for _ in range(13))))
            L.append("[%s] INFO  user=svc_batch%02d job finished, elapsed %d ms, OS 10.0.19045.%d" % (ts(), R.randint(1, 9), R.randint(1000, 99999), R.randint(3000, 4999)))
            add("\n".join(L), "로그", "template", no_pii=True)
            continue
        users = [("u%05d" % R.randint(1, 99999), kname()) for _ in range(R.randint(2, 3))]
        ips = [gen_ip(pick(["pub", "priv", "priv"])) for _ in users]
        if kind == "app":
            for k in range(R.randint(4, 7)):
                j = R.randrange(len(users))
                uid, nm = users[j]
                act = pick(["LOGIN_OK", "VIEW", "DOWNLOAD", "PRINT", "LOGOUT", "LOGIN_FAIL"])
                extra = ""
                if act in ("VIEW", "PRINT") and chance(0.5):
                    extra = " subject=%s" % pick([RRN("@mask"), P(kname()), "rcpt:%s" % receipt_no()])
                nm_part = " name=%s" % P(nm) if chance(0.5) else ""
                L.append("%s [%s] user=%s%s ip=%s%s" % (ts(), act, uid, nm_part, IP(ips[j]), extra))
        elif kind == "apache":
            for k in range(R.randint(3, 6)):
                j = R.randrange(len(users))
                path = pick(["/minwon/view.do?rcptNo=%d%07d" % (d.year, R.randint(1, 9999999)), "/login.do", "/civil/apply/step2", "/api/v1/notice?page=%d" % R.randint(1, 30)])
                L.append('%s - %s [%02d/%s/%d:%02d:%02d:%02d +0900] "%s %s HTTP/1.1" %d %d "-" "%s"' % (
                    IP(ips[j]), users[j][0] if chance(0.5) else "-", d.day, MON[d.month - 1], d.year, t[0], t[1], R.randint(0, 59),
                    pick(["GET", "POST"]), path, pick([200, 200, 302, 404, 500]), R.randint(200, 90000), pick(UA)))
        elif kind == "audit_table":
            L.append("접속일시 | 접속자ID | 접속자 | 접속지 IP | 정보주체 | 수행업무")
            for k in range(R.randint(3, 6)):
                j = R.randrange(len(users))
                L.append("%s | %s | %s | %s | %s | %s" % (ts(), users[j][0], P(users[j][1]), IP(ips[j]), P(kname()), pick(["조회", "수정", "출력", "다운로드(사유: 민원 회신)"])))
        else:
            for k in range(R.randint(3, 5)):
                j = R.randrange(len(users))
                L.append("%s vpn-gw: user '%s' authenticated from %s, assigned %s (%s)" % (ts(), users[j][0], IP(gen_ip("pub")), IP(gen_ip("priv")), pick(["OTP ok", "cert ok", "reauth"])))
        add("\n".join(L), "로그", "template", ocr=False)


@genre
def gen_emailthread():
    for i in range(14):
        a, b, c = uniq_names(3)
        gov = pick(LOCAL_GOV)
        biz = pick(BIZ)
        ma = gen_email(a, "korea.kr")
        mb = gen_email(b, pick(["daon-eng.kr", "saebit.co.kr", "gmail.com", "naver.com"]))
        d = rand_date(2024, 2025)
        L = []
        L.append("From: %s <%s>" % (P(a), EM(ma)) if chance(0.5) else "보낸 사람: \"%s\" <%s>" % (P(a), EM(ma)))
        L.append("Sent: %s %s" % (fmt_date(d, "kor"), pick(["오후 3:21", "오전 10:05", "PM 5:47"])))
        L.append("To: %s <%s>" % (P(b), EM(mb)))
        if chance(0.5):
            L.append("Cc: %s; %s <%s>" % (pick(["운영지원과 공용", "계약팀"]), P(c), EM(gen_email(c, "korea.kr"))))
        L.append("Subject: RE: %s" % pick(["[회신] 용역 결과보고서 제출 관련", "정산 서류 보완 요청", "계약 변경 협의 일정", "세금계산서 재발행 요청"]))
        L.append("")
        if i % 3 == 2:
            L[-2] = "Subject: RE: 국외출장 항공권 발권 요청"
            L.append("%s 님, 안녕하세요. 출장자 여권 정보 보내드립니다." % P(b))
            for who in (a, c):
                L.append("- %s / %s / 여권번호 %s / 만료 %s" % (P(who), P(eng_name(who)), PP("@" + pick(["ko", "konew", "konew"])), rand_date(2026, 2034).isoformat()))
            L.append("좌석은 통로 쪽으로 부탁드립니다.")
            L.append("")
            L.append("%s 드림 (%s)" % (P(a), PH(gen_landline(pick(AREA)))))
            add("\n".join(L), "이메일", "template", ocr=False)
            continue
        L.append("%s %s님, 안녕하세요." % (P(b), pick(["과장", "대표", "책임", "팀장"])))
        L.append(pick(["보내주신 자료 잘 받았습니다. 다만 정산서 %d쪽의 금액(%s)이 세금계산서와 달라 확인 부탁드립니다." % (R.randint(2, 20), money()),
                       "%s 일정으로 협의 진행하면 좋겠습니다. 회의실은 시청 %d층입니다." % (doc_date(), R.randint(2, 9)),
                       "대금 지급 계좌가 변경되었다면 통장 사본을 다시 보내주세요."]))
        if chance(0.4):
            bk, ac = gen_account()
            L.append("(현재 등록 계좌: %s %s, 예금주 %s)" % (bk, ACC(ac), biz))
        L.append("")
        L.append("%s 드림" % P(a))
        L.append("%s %s %s | T. %s | M. %s" % (gov, pick(DEPTS), pick(["주무관", "팀장", "사무관"]), PH(gen_landline(pick(AREA))), PH(gen_mobile())))
        L.append("")
        L.append("-----Original Message-----" if chance(0.5) else "---------- 원본 메일 ----------")
        L.append("From: %s <%s>" % (P(b), EM(mb)))
        L.append("To: %s" % EM(ma))
        L.append("Subject: %s" % pick(["결과보고서 제출", "정산 서류 제출의 건"]))
        L.append("첨부와 같이 제출합니다. 문의는 제 휴대폰(%s)으로 주세요." % PH(gen_mobile()))
        L.append("%s %s 드림 / %s" % (biz, P(b), PH(gen_landline(pick(AREA + ["070"])))))
        add("\n".join(L), "이메일", "template", ocr=False)


@genre
def gen_chat():
    for i in range(14):
        no_pii = i % 8 == 7
        d = rand_date(2024, 2025)
        style = i % 3
        people = uniq_names(3)
        L = []
        if no_pii:
            L.append("%s %s" % (fmt_date(d, "kor"), "%s요일" % weekday(d)))
            for sp, msg in [("팀장님", "오늘 14시 회의 10분 늦춰졌습니다"), ("주무관1", "네 알겠습니다. 회의실 예약 변경할게요"),
                            ("주무관2", "자료는 공유폴더 /2024/회의자료/v2.3 에 올려두었어요"), ("팀장님", "👍")]:
                L.append("[%s] [오후 %d:%02d] %s" % (sp, R.randint(1, 5), R.randint(0, 59), msg))
            add("\n".join(L), "메신저", "template", no_pii=True)
            continue
        msgs = []
        a, b, c = people
        bk, ac = gen_account()
        r = R.randint(0, 5)
        if r == 0:
            msgs.append((a, "민원인분 연락처 공유 부탁드려요"))
            msgs.append((b, "민원인 %s님 %s 이에요. 오후에 통화 원하신대요" % (P(kname()), PH(gen_mobile()))))
        elif r == 1:
            msgs.append((a, "출장비 입금 계좌 알려주세요"))
            msgs.append((b, "%s %s %s 입니다" % (bk.replace("은행", ""), ACC(ac), P(b))))
        elif r == 2:
            msgs.append((a, "신고 건 현장 확인 가능하세요?"))
            msgs.append((b, "신고 차량 %s 사진 보냈어요. 차주분이 %s 사신다고 하네요" % (VP(gen_plate()), AD(gen_address("gu", "apt")))))
        elif r == 3:
            msgs.append((a, "급여 반송된 건 확인 좀 해주실래요"))
            msgs.append((b, "수급자 %s님 주민번호 %s 맞는지 확인 부탁드려요" % (P(kname()), RRN("@" + pick(["pre", "mask"])))))
        elif r == 4:
            msgs.append((a, "행사 물품 개인 결제하신 거 정산 올리셨어요?"))
            msgs.append((b, "네 제 개인카드 %s 로 결제했어요. 영수증 올릴게요" % CC("@mask")))
        else:
            msgs.append((a, "내일 오실 때 신분 확인 서류 챙겨주세요"))
            msgs.append((b, "제 운전면허 번호 %s 인데 이걸로 될까요?" % DL("@any")))
        msgs.append((a, pick(["넵 감사합니다", "확인했어요!", "ㅇㅋ 처리할게요"])))
        if chance(0.5):
            msgs.append((c, "저도 자료 받아야 해서요. 제 메일은 %s 로 보내주세요" % EM(gen_email(c))))
        hh, mm = R.randint(1, 8), R.randint(0, 30)
        for n, msg in msgs:
            mm += R.randint(0, 9)
            if mm >= 60:
                hh, mm = hh + 1, mm - 60
            if style == 0:
                L.append("[%s] [오후 %d:%02d] %s" % (P(n), hh, mm, msg))
            elif style == 1:
                L.append("%s 오후 %d:%02d, %s : %s" % (fmt_date(d, "dotn"), hh, mm, P(n), msg))
            else:
                L.append("%02d:%02d  %s: %s" % (hh + 12, mm, P(n), msg))
        if style == 0:
            L.insert(0, "--------------- %s %s요일 ---------------" % (fmt_date(d, "kor"), weekday(d)))
            L.insert(1, "%s님이 %s님을 초대했습니다." % (P(a), P(c)))
        add("\n".join(L), "메신저", "template", ocr=False)


@genre
def gen_news():
    for i in range(20):
        no_pii = i % 5 == 3
        L = []
        place = pick(LOCAL_GOV)
        if no_pii:
            L.append("%s, %s" % (place, pick(["전통시장 화재 피해 상인 긴급 지원", "폭염 대비 무더위쉼터 %d곳 운영" % R.randint(50, 400), "불법 현수막 집중 정비"])))
            L.append("%s에 사는 A씨(%d)는 \"%s\"고 말했다. 같은 동네 주민 이모(%d) 씨도 비슷한 불편을 호소했다." % (place, R.randint(30, 80), pick(["대책이 늦었다", "지원이 실질적으로 도움이 된다"]), R.randint(30, 80)))
            L.append("%s 관계자는 \"%s 개정 이후 처리 기간이 %d일 단축됐다\"고 설명했다. 문의는 %s." % (sender_title(place)[:-1] if False else place + "청" if place.endswith("구") else place + "청", pick(["「민원 처리에 관한 법률」", "관련 조례"]), R.randint(2, 10), inst_phone_neg()))
            add("\n".join(L), "뉴스", "template", ocr=(i % 6 == 4), no_pii=True)
            continue
        p1, p2, p3, p4 = uniq_names(4)
        a1, a2 = R.randint(20, 88), R.randint(7, 19)
        v = R.randint(0, 4)
        if v == 0:
            L.append("\"이웃 덕분에 살았어요\" 화재 현장서 노인 구한 고교생")
            L.append("%s %s에 사는 고등학생 %s(%d) 군은 지난달 %d일 새벽 이웃집 화재를 발견하고 %s(%d) 할머니를 업고 대피시켰다." % (place, pick(DONGS), P(p1), a2, R.randint(1, 28), P(p2), a1))
            L.append("%s 군의 어머니 %s 씨는 \"아들이 자랑스럽다\"고 했다. %s 소방서장은 %s 군에게 표창장을 수여했다." % (P(p1), P(p3), place, P(p1)))
        elif v == 1:
            L.append("%s, 30년 봉사 %s 씨에게 '올해의 시민상'" % (place, P(p1)))
            L.append("%s %s(%d) 씨가 올해의 시민상을 받는다. %s은(는) 1994년부터 무료 급식소를 운영해 왔다." % (place, P(p1), a1, P(p1)))
            L.append("시상식에는 %s 시민단체 대표와 %s 자원봉사센터장도 참석한다." % (P(p2), P(p3)))
        elif v == 2:
            L.append("보이스피싱 수거책 검거 도운 택시기사")
            L.append("택시기사 %s(%d) 씨는 승객이 현금 봉투를 들고 %s 계좌번호를 반복해 말하는 것을 수상히 여겨 경찰에 신고했다." % (P(p1), a1, pick(["낯선", "해외"])))
            L.append("경찰은 현장에서 수거책 B(%d)씨를 붙잡았다. 피해자 %s(%d·여) 씨는 \"%s 기사님이 아니었으면 노후 자금을 잃을 뻔했다\"고 말했다." % (R.randint(20, 40), P(p2), R.randint(60, 85), P(p1)))
        elif v == 3:
            L.append("%s 이주민 통역봉사단 출범" % place)
            fn = fname("hangul")
            L.append("베트남 출신 결혼이민자 %s 씨(%d)가 초대 단장을 맡았다. %s 씨는 \"처음 왔을 때의 막막함을 알기에 봉사를 결심했다\"고 했다." % (P(fn), R.randint(28, 50), P(fn)))
            L.append("봉사단 총무는 %s 씨, 자문은 %s 교수가 맡는다. %s 가족센터장은 \"통역 수요가 늘고 있다\"고 말했다." % (P(p2), P(p3), place))
        else:
            L.append("주민 손으로 지킨 마을 숲 - %s 주민협의회" % place)
            L.append("%s 회장과 %s 총무는 3년째 마을 뒷산의 쓰레기를 치워 왔다. %s 양(%d)과 %s 군(%d)도 주말마다 힘을 보탠다." % (P(p1), P(p2), P(p3), a2, P(p4), max(7, a2 - 3)))
            rep = kname()
            L.append("%s 회장은 \"아이들이 먼저 나섰다\"며 웃었다. (%s=%s 기자 %s)" % (P(p1), place, P(rep), EM(gen_email(rep, pick(["news.example.kr", "daily-local.co.kr"])))))
        add("\n".join(L), "뉴스", "template", ocr=(i % 6 == 4))


def foreigner(nats=None):
    pool = [f for f in FOREIGNERS if nats is None or f[0] in nats]
    return pick(pool)


@genre
def gen_foreign():
    for i in range(26):
        kind = ["arc", "extend", "hotel", "workers", "entry", "aid", "arc", "hotel"][i % 8]
        nat, fn, hn = foreigner()
        pk = NATIONALITY[nat]
        L = []
        if kind == "arc":
            bd = rand_date(1960, 2005)
            L.append("외국인등록사실증명")
            L.append("성명(Name): %s" % P(fn))
            L.append("국적: %s   생년월일: %s" % (nat, DOB(fmt_date(bd, pick(["dot0", "iso", "dot"])))))
            L.append("외국인등록번호: %s" % FRN("@%s=%s" % (pick(["v", "v", "v", "mask"]), yymmdd(bd))))
            L.append("여권번호: %s   체류자격: %s" % (PP("@" + pk), pick(["E-9(비전문취업)", "F-6(결혼이민)", "D-2(유학)", "H-2(방문취업)", "F-4(재외동포)", "E-7(특정활동)"])))
            L.append("체류기간: %s ~ %s" % date_range())
            L.append("체류지: %s" % AD(gen_address()))
            L.append("발급번호 %d-%04d-%05d  %s" % (R.randint(2023, 2025), R.randint(1, 9999), R.randint(1, 99999), pick(["○○출입국·외국인사무소장", "○○출입국·외국인청장"])))
        elif kind == "extend":
            emp = pick(BIZ)
            L.append("체류기간 연장허가 신청서 (접수 %s)" % receipt_no())
            L.append("Surname/Given names: %s (%s)" % (P(fn), P(hn)))
            L.append("외국인등록번호 %s / 여권 %s" % (FRN("@v"), PP("@" + pk)))
            L.append("근무처: %s (사업자등록번호 %s, 전화 %s)" % (emp, BRN("@corp"), PH(gen_landline(pick(AREA)))))
            L.append("대한민국 내 연락처: %s   E-mail: %s" % (PH(gen_mobile()), EM(gen_email(None))))
            L.append("신청인 서명: %s" % P(fn))
            L.append("※ 출입국 민원 상담: %s" % "외국인종합안내센터 1345")
        elif kind == "hotel":
            L.append("숙박객 명부 (%s)" % fmt_date(rand_date(2024, 2025), "iso"))
            if chance(0.6):
                L.append("Room | Guest | Nationality | Passport No. | Date of Birth | Check-in")
            used = set()
            for k in range(R.randint(2, 4)):
                nt, ln, _ = foreigner()
                if ln in used:
                    continue
                used.add(ln)
                L.append("%d | %s | %s | %s | %s | %s" % (R.randint(201, 1520), P(ln), nt, PP("@" + NATIONALITY[nt]), DOB(gen_dob(pick(["iso", "slash", "dot0"]), 1950, 2010)), doc_date("iso")))
        elif kind == "workers":
            L.append("고용허가제 외국인근로자 현황 (%s)" % pick(BIZ))
            if chance(0.5):
                L.append("연번\t성명\t국적\t외국인등록번호\t입국일\t연락처")
            used = set()
            for k in range(R.randint(3, 5)):
                nt, ln, hn2 = foreigner(["베트남", "캄보디아", "네팔", "인도네시아", "필리핀", "스리랑카", "방글라데시", "우즈베키스탄", "태국"])
                if ln in used:
                    continue
                used.add(ln)
                L.append("%d\t%s\t%s\t%s\t%s\t%s" % (k + 1, P(pick([ln, hn2])), nt, FRN("@" + pick(["v", "v", "mask", "nohy"])), doc_date("iso"), PH(gen_mobile(pick(["-", "", "-"])))))
        elif kind == "entry":
            L.append("출입국에 관한 사실증명")
            L.append("성명: %s   생년월일: %s   국적: %s" % (P(fn), DOB(gen_dob("iso", 1955, 2005)), nat))
            L.append("여권번호: %s" % PP("@" + pk))
            L.append("출입국 구분 | 일자 | 항구 | 편명")
            for k in range(R.randint(2, 4)):
                L.append("%s | %s | %s | %s%d" % (pick(["입국", "출국"]), doc_date("iso"), pick(["인천공항", "김해공항", "부산항"]), pick(["KE", "OZ", "VJ", "7C", "MU"]), R.randint(100, 999)))
            L.append("발급: %s  (발급번호 %s)" % (doc_date(), non_luhn16("-")))
        else:
            bk, ac = gen_account()
            L.append("외국인 주민 생활안정지원금 신청 접수증")
            L.append("신청인: %s (%s)   국적: %s" % (P(hn), P(fn), nat))
            L.append("외국인등록번호: %s" % FRN("@" + pick(["mask", "v"])))
            L.append("지급 계좌: %s %s (예금주 %s)" % (bk, ACC(ac), P(fn)))
            L.append("연락처: %s   통역 필요: %s" % (PH(gen_mobile()), pick(["예(%s어)" % {"베트남": "베트남", "중국": "중국", "태국": "태국"}.get(nat, "영"), "아니오"])))
        add("\n".join(L), "외국인", "template", ocr=(i % 5 == 1))


@genre
def gen_health_welfare():
    for i in range(18):
        kind = ["qual", "dependents", "basic", "refund", "qual_anon", "ltc"][i % 6]
        n = kname()
        L = []
        if kind == "qual":
            L.append("건강보험 자격득실 확인서")
            L.append("성명 %s  주민등록번호 %s" % (P(n), RRN("@" + pick(["mask", "mask", "pre"]))))
            L.append("건강보험증번호 %s" % HI("@v"))
            L.append("가입자 구분 | 사업장 명칭 | 자격 취득일 | 자격 상실일")
            for k in range(R.randint(1, 3)):
                L.append("%s | %s | %s | %s" % (pick(["직장가입자", "지역가입자", "직장피부양자"]), pick(BIZ + ["-"]), doc_date("iso"), pick([doc_date("iso"), "-"])))
            L.append("발급 %s  (발급번호 %s)  문의 %s" % (doc_date(), "%d-%08d" % (R.randint(2023, 2025), R.randint(1, 99999999)), "1577-6100"))
        elif kind == "dependents":
            L.append("피부양자 자격 취득 신고서")
            L.append("직장가입자: %s (건강보험증번호 %s) / 사업장: %s" % (P(n), HI("@v"), pick(BIZ)))
            for k in range(R.randint(1, 3)):
                dn = kname(surname=n[0] if chance(0.6) else None)
                L.append("  피부양자 %d: %s / 관계 %s / 생년월일 %s" % (k + 1, P(dn), pick(["배우자", "자녀", "부", "모"]), DOB(gen_dob(pick(["dot", "iso", "six"]), 1940, 2022))))
            L.append("신고인 연락처 %s" % PH(gen_mobile()))
        elif kind == "basic":
            sw = kname()
            bk, ac = gen_account()
            L.append("국민기초생활보장 급여 결정 통지서")
            L.append("수급자: %s 님  (가구원 수 %d명)" % (P(n), R.randint(1, 5)))
            L.append("주소: %s" % AD(gen_address()))
            L.append("결정 내용: 생계급여 월 %s, 주거급여 월 %s (%s부터)" % (money(), money(), doc_date()))
            L.append("급여 입금 계좌: %s %s" % (bk, ACC(ac)))
            L.append("근거: %s" % statute())
            L.append("담당 사회복지공무원: %s (%s)" % (P(sw), PH(gen_landline(pick(AREA)))))
            L.append("※ 결정에 이의가 있으면 통지받은 날부터 90일 이내에 이의신청할 수 있습니다. 보건복지상담센터 129")
        elif kind == "refund":
            bk, ac = gen_account(mask=chance(0.5))
            L.append("[국민건강보험] 본인부담상한액 초과금 환급 안내")
            L.append("%s 님, %d년 본인부담상한액 초과금 %s이 발생하여 안내드립니다." % (P(n), R.randint(2022, 2024), money()))
            L.append("등록 계좌(%s %s)로 %s에 지급될 예정입니다." % (bk, ACC(ac), doc_date()))
            L.append("※ 공단은 전화로 카드번호나 비밀번호를 묻지 않습니다. 고객센터 1577-6100")
        elif kind == "qual_anon":
            L.append("건강보험 보험료 경감 안내 (일반 공지)")
            L.append("%s에 따라 섬·벽지 거주자 등은 보험료의 %d%%를 경감받을 수 있습니다." % (statute(), R.randint(10, 50)))
            L.append("신청: 가까운 지사 방문 또는 고객센터 1577-6100 / 처리기간 %d일" % R.randint(3, 14))
            add("\n".join(L), "건강보험", "template", ocr=(i % 5 == 3), no_pii=True)
            continue
        else:
            g = kname()
            L.append("장기요양 인정 신청서 (대리 신청)")
            L.append("신청인(수급 대상자): %s  생년월일 %s  건강보험증번호 %s" % (P(n), DOB(gen_dob(pick(["dot", "kor"]), 1930, 1960)), HI("@v")))
            L.append("주소: %s" % AD(gen_address()))
            L.append("대리인: %s (관계 %s)  연락처 %s" % (P(g), pick(["자녀", "배우자", "며느리"]), PH(gen_mobile())))
        add("\n".join(L), "건강보험" if kind in ("qual", "dependents", "refund", "ltc") else "복지", "template", ocr=(i % 5 == 3))


@genre
def gen_bank():
    for i in range(14):
        kind = ["transfer", "cancel", "refund", "slip", "notice_anon", "transfer"][i % 6]
        n, m = uniq_names(2)
        L = []
        if kind == "transfer":
            b1, a1 = gen_account()
            b2, a2 = gen_account()
            L.append("이체확인증")
            L.append("거래일시: %s %02d:%02d:%02d" % (doc_date("iso"), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)))
            L.append("출금계좌: %s %s (%s)" % (b1, ACC(a1), P(n)))
            L.append("입금은행: %s   입금계좌: %s" % (b2, ACC(a2)))
            L.append("받는 분: %s   보내는 분 표시: %s" % (P(m) if chance(0.6) else pick(BIZ), P(n)))
            L.append("이체금액: %s   수수료: 0원   거래번호: %d%08d" % (money(), R.randint(10, 99), R.randint(0, 99999999)))
        elif kind == "cancel":
            L.append("카드 결제 취소 안내")
            L.append("%s 고객님, %s 결제건(카드 %s)이 취소되었습니다." % (P(n), doc_date(), CC("@" + pick(["mask", "any"]))))
            L.append("취소금액: %s / 승인번호: %08d / 가맹점: %s" % (money(), R.randint(0, 99999999), pick(BIZ)))
            L.append("가맹점 사업자등록번호: %s   가맹점 전화: %s" % (BRN("@v"), PH(gen_landline(pick(AREA)))))
            L.append("문의: 카드사 고객센터 %s" % pick(["1588-", "1544-", "1577-"]) + "%04d" % R.randint(0, 9999))
        elif kind == "refund":
            bk, ac = gen_account(mask=chance(0.3))
            L.append("과오납 지방세 환급 통지서")
            L.append("납세자: %s (%s)" % (P(n), RRN("@mask")))
            L.append("환급금액: %s (환급가산금 %s 포함)" % (money(), money()))
            L.append("지급 방법: 신고 계좌 입금 - %s %s" % (bk, ACC(ac)))
            L.append("근거: %s / 과세번호 %d-%06d-%02d" % (statute(), R.randint(2022, 2025), R.randint(1, 999999), R.randint(1, 99)))
        elif kind == "slip":
            L.append("신용카드 매출전표")
            L.append("카드종류: %s   카드번호: %s" % (pick(["신용", "체크"]), CC("@mask")))
            L.append("거래일시: %s %02d:%02d   할부: 일시불" % (doc_date("iso"), R.randint(9, 21), R.randint(0, 59)))
            L.append("승인번호: %08d   금액: %s" % (R.randint(0, 99999999), money()))
            biz = pick(SOLE_BIZ)
            L.append("가맹점명: %s   대표자: %s" % (biz, P(m)))
            L.append("사업자번호: %s   전화: %s" % (BRN("@v"), PH(gen_landline(pick(AREA)))))
            L.append("주소: %s" % AD(gen_address(None, pick(["flr", "ho", ""]))))
        else:
            L.append("[공지] 금융사기 예방 안내")
            L.append("최근 공공기관을 사칭하여 '환급금 지급'을 빙자한 문자가 발송되고 있습니다. 공공기관은 문자로 계좌 비밀번호나 카드번호 전체를 요구하지 않습니다.")
            L.append("의심 문자는 %s 또는 %s로 신고해 주십시오." % ("경찰청 112", "금융감독원 1332"))
            add("\n".join(L), "금융안내", "template", ocr=(i % 4 == 2), no_pii=True)
            continue
        add("\n".join(L), "금융안내", "template", ocr=(i % 4 == 2))


@genre
def gen_school_hospital():
    for i in range(20):
        kind = ["record", "scholar", "newsletter", "dx", "receipt", "infect", "admit", "violence"][i % 8]
        n, g, d = uniq_names(3)
        L = []
        if kind == "record":
            L.append("%s학교 학생 기초 조사서" % pick(["○○초등", "○○중", "○○고등"]))
            L.append("학번 %d%02d%02d  성명 %s  생년월일 %s" % (R.randint(1, 3), R.randint(1, 12), R.randint(1, 35), P(n), DOB(gen_dob(pick(["dot", "iso"]), 2008, 2018))))
            L.append("주소 %s" % AD(gen_address()))
            L.append("보호자 %s (관계 %s) 휴대전화 %s" % (P(g), pick(["부", "모", "조모"]), PH(gen_mobile())))
            if chance(0.5):
                L.append("보호자 이메일 %s" % EM(gen_email(g)))
            L.append("비상연락: %s %s" % (pick(["부", "모", "이모", "삼촌"]), PH(gen_mobile())))
            genre_ = "학교"
        elif kind == "scholar":
            L.append("%d학년도 %s 장학금 지급 명단" % (R.randint(2023, 2025), pick(["지역인재", "희망나눔", "성적우수"])))
            for k in range(R.randint(2, 4)):
                s = kname()
                bk, ac = gen_account()
                L.append("%d) %s (%s %d학년, 학번 %d%04d) %s %s %s" % (k + 1, P(s), pick(["행정학과", "간호학과", "컴퓨터공학과", "사회복지학과"]), R.randint(1, 4), R.randint(2019, 2024), R.randint(1, 9999), bk, ACC(ac), money()))
            genre_ = "학교"
        elif kind == "newsletter":
            L.append("가정통신문 제%d-%d호" % (R.randint(2023, 2025), R.randint(1, 150)))
            L.append("학부모님 안녕하십니까? %s에 따라 %s을 실시하오니 협조 부탁드립니다." % (statute(), pick(["학생 건강검진", "현장체험학습", "개인정보 수집 동의 갱신"])))
            L.append("일정: %s ~ %s / 문의: 행정실(대표) %s" % (date_range() + (gen_landline(pick(AREA)),)))
            L.append("○○학교장 [직인생략]")
            add("\n".join(L), "학교", "template", ocr=(i % 5 == 2), no_pii=True)
            continue
        elif kind == "violence":
            L.append("학교폭력 사안 접수 보고서 (비실명)")
            L.append("접수일: %s / 사안번호 %d-%03d" % (doc_date(), R.randint(2023, 2025), R.randint(1, 300)))
            L.append("관련 학생: 피해학생 A(%d학년), 가해 관련 학생 B, C(%d학년)" % (R.randint(1, 6), R.randint(1, 6)))
            L.append("보호자 통보: %s 완료, 전담기구 심의 예정" % doc_date())
            add("\n".join(L), "학교", "template", ocr=(i % 5 == 2), no_pii=True)
            continue
        elif kind == "dx":
            L.append("진 단 서")
            L.append("등록번호 %08d   연번호 %d-%05d" % (R.randint(0, 99999999), R.randint(2023, 2025), R.randint(1, 99999)))
            L.append("환자 성명 %s   주민등록번호 %s" % (P(n), RRN("@" + pick(["pre", "pre", "mask", "post"]))))
            L.append("주소 %s   전화 %s" % (AD(gen_address()), PH(gen_mobile())))
            L.append("병명: %s (KCD %s)" % (pick(["요추의 염좌 및 긴장", "발목 골절", "급성 기관지염"]), pick(["S33.5", "S82.6", "J20.9"])))
            L.append("발행일 %s   의료기관 ○○의원   의사 면허번호 제%d호   성명 %s (인)" % (doc_date(), R.randint(10000, 140000), P(d)))
            genre_ = "병원"
        elif kind == "receipt":
            L.append("진료비 계산서·영수증 [입원 / 외래]")
            L.append("환자등록번호 %07d | 환자 성명 %s | 진료기간 %s ~ %s" % ((R.randint(0, 9999999), P(n)) + date_range("iso")))
            L.append("건강보험증번호 %s | 환자 구분 건강보험" % HI("@v"))
            L.append("본인부담금 %s | 공단부담금 %s | 납부할 금액 %s" % (money(), money(), money()))
            L.append("결제: 카드 %s (승인 %08d)" % (CC("@mask"), R.randint(0, 99999999)))
            L.append("요양기관기호 %08d / 사업자등록번호 %s / 대표자 %s" % (R.randint(10000000, 39999999), BRN("@v"), P(d)))
            genre_ = "병원"
        elif kind == "infect":
            L.append("감염병 발생 신고서")
            L.append("환자 성명 %s  성별 %s  생년월일 %s  전화 %s" % (P(n), pick(["남", "여"]), DOB(gen_dob(pick(["dot", "iso", "kor"]), 1940, 2020)), PH(gen_mobile())))
            L.append("주소 %s" % AD(gen_address()))
            L.append("보호자(환자가 미성년인 경우) %s %s" % (P(g), PH(gen_mobile())))
            L.append("진단일 %s / 신고일 %s / 신고 의료기관 ○○내과의원(요양기관기호 %08d) / 진단 의사 %s" % (doc_date(), doc_date(), R.randint(10000000, 39999999), P(d)))
            genre_ = "병원"
        else:
            L.append("입원 약정서")
            L.append("환자: %s (%s생)  병실 %d호" % (P(n), DOB(gen_dob(pick(["yy", "dot"]), 1935, 2015)), R.randint(301, 1212)))
            L.append("연대보증인(보호자): %s  관계 %s  주소 %s  연락처 %s" % (P(g), pick(["자녀", "배우자", "형제"]), AD(gen_address()), PH(gen_mobile())))
            L.append("%s  환자 %s (서명)  보호자 %s (서명)" % (doc_date(), P(n), P(g)))
            genre_ = "병원"
        add("\n".join(L), genre_, "template", ocr=(i % 5 == 2))


@genre
def gen_vehicle():
    for i in range(14):
        kind = ["fine", "suspend", "transfer", "fine", "notice_anon", "tow", "suspend"][i % 7]
        n, m = uniq_names(2)
        L = []
        if kind == "fine":
            L.append("과태료 부과 사전통지서")
            L.append("고지서 번호 %d-%02d-%07d" % (R.randint(2023, 2025), R.randint(1, 99), R.randint(0, 9999999)))
            L.append("차량번호 %s   소유자 %s" % (VP(gen_plate()), P(n)))
            L.append("소유자 주소 %s" % AD(gen_address()))
            L.append("위반 일시 %s %02d:%02d / 위반 내용 %s" % (doc_date(), R.randint(0, 23), R.randint(0, 59), pick(["주정차 위반(어린이보호구역)", "속도위반(%dkm/h 초과)" % R.randint(11, 40), "신호위반"])))
            L.append("과태료 %s (사전 납부 시 20%% 감경) / 근거 %s" % (money(), statute()))
            L.append("의견 제출: %s까지 / 문의 %s" % (doc_date(), inst_phone_neg()))
        elif kind == "suspend":
            L.append("운전면허 정지 처분 결정 통지서")
            L.append("성명 %s   생년월일 %s" % (P(n), DOB(gen_dob(pick(["dot", "six", "iso"]), 1950, 2004))))
            L.append("면허번호 %s" % DL("@any"))
            L.append("주소 %s" % AD(gen_address()))
            L.append("처분 내용: 면허정지 %d일 (%s부터) / 벌점 %d점" % (pick([30, 40, 60, 100]), doc_date(), R.randint(40, 120)))
            L.append("처분 근거: %s" % statute())
            L.append("%s 경찰서장" % pick(["○○", "△△"]))
        elif kind == "transfer":
            L.append("자동차 이전등록 신청서")
            L.append("자동차등록번호 %s   차대번호 KMH%s" % (VP(gen_plate(pick(["p2", "p3"]))), "".join(pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(14))))
            L.append("양도인 성명 %s   주민등록번호 %s   주소 %s" % (P(n), RRN("@" + pick(["pre", "mask"])), AD(gen_address())))
            L.append("양수인 성명 %s   주민등록번호 %s   전화 %s" % (P(m), RRN("@" + pick(["pre", "post", "mask"]) if False else "@" + pick(["pre", "mask"])), PH(gen_mobile())))
            L.append("매매금액 %s   잔금 지급일 %s" % (money(), doc_date()))
        elif kind == "tow":
            L.append("견인 차량 보관 안내 (문자 발송문)")
            L.append("[%s] %s 차량(%s)이 불법 주정차로 견인되어 %s 견인보관소에 보관 중입니다. 보관료는 시간당 %s입니다. 문의 %s" % (pick(LOCAL_GOV), P(n) + " 님" if chance(0.5) else "고객님", VP(gen_plate()), pick(LOCAL_GOV), money(), inst_phone_neg()))
            L.append("수신번호: %s" % PH(gen_mobile()))
        else:
            L.append("무인교통단속장비 설치 공고")
            L.append("%s에 따라 아래 지점에 무인교통단속장비를 설치하고 %s부터 단속합니다." % (statute(), doc_date()))
            L.append("설치 장소: %s 교차로 외 %d개소 / 단속 내용: 신호·과속 / 시스템 버전 v%d.%d.%d" % (pick(["○○초교", "시청", "역전"]), R.randint(2, 9), R.randint(1, 5), R.randint(0, 20), R.randint(0, 99)))
            L.append("문의: %s" % inst_phone_neg())
            add("\n".join(L), "차량·교통", "template", ocr=(i % 4 == 1), no_pii=True)
            continue
        add("\n".join(L), "차량·교통", "template", ocr=(i % 4 == 1))


# ---------------------------------------------------------------------------
# hand-written documents, batch 1: 공문, 공고, 민원, 보도자료
# Each H(...) below is one document written on its own; markers hold the gold values.
# ---------------------------------------------------------------------------
HAND = []


def hand(fn):
    HAND.append(fn)
    return fn


@hand
def hand_batch1():
    H("""괴산군
수신  충청북도지사(자치행정과장)
(경유)
제목  2025년 상반기 읍면 주민자치 우수사례 추천

1. 충청북도 자치행정과-4471(2025. 3. 4.)호와 관련입니다.
2. 우리 군 청천면 주민자치회의 마을 공동부엌 운영 사례를 붙임과 같이 추천합니다.
  가. 사례 발표자: 청천면 주민자치회장 ⟦P:연규태⟧
  나. 발표자 연락처: ⟦PH:010-4172-9038⟧

붙임  우수사례 원고 1부.  끝.

괴산군수

주무관 ⟦P:안소정⟧      자치행정팀장 ⟦P:변우식⟧      자치행정과장 03/12 ⟦P:남궁혜란⟧
협조자
시행  자치행정과-2210 (2025. 3. 12.)   접수
우 28046 충청북도 괴산군 괴산읍 동진로 12 괴산군청 / www.example.go.kr
전화번호 043-830-3194  팩스번호 043-830-3199 / ⟦EM:sojeong.ahn@korea.kr⟧ / 대국민 공개""".replace("043-830-3194", "⟦PH:043-830-3194⟧").replace("043-830-3199", "⟦PH:043-830-3199⟧"), "공문")
    H("""수신자  수신자 참조
제목  「개인정보 보호법」 개정에 따른 처리방침 일괄 정비 요청

1. 개인정보보호위원회 조사총괄과-1187(2024. 9. 20.) 관련입니다.
2. 같은 법 제30조 개정 사항을 반영하여 각 기관의 개인정보 처리방침을 2024. 11. 29.까지 정비하고 결과를 제출하여 주시기 바랍니다.
3. 제출 자료의 작성 방법은 붙임 안내서 12쪽을 참고하시기 바랍니다.

붙임  1. 처리방침 작성 안내서 1부.
      2. 제출 서식 1부.  끝.

행정안전부장관

수신자  각 시·도 행정부지사, 시·군·구 부단체장, 중앙행정기관 기획조정실장

주무관 ○○○   사무관 ○○○   과장 ○○○
시행  개인정보보호정책과-3310 (2024. 10. 2.)
우 30112 세종특별자치시 도움6로 42 정부세종청사 중앙동 / www.mois.go.kr
전화 044-205-0000(대표) / 비공개(6)""", "공문")
    H("""[내부결재]
제목: 2024년 하반기 국외 공무출장(독일 함부르크) 결과 보고

출장 개요
 - 기간: 2024. 10. 14.(월) ~ 10. 19.(토), 4박 6일
 - 목적: 항만 물류 디지털 전환 사례 조사
 - 출장자(3명)
   ① 해양항만과 사무관 ⟦P:탁진영⟧
   ② 해양항만과 주무관 ⟦P:황보은결⟧
   ③ 동행 전문가 ⟦P:심재호⟧ 박사(○○연구원)
 - 소요 예산: 14,820,000원(국외여비)

붙임  결과보고서 1부.  끝.

기안자 ⟦P:황보은결⟧ → 검토자 ⟦P:탁진영⟧ → 결재 해양항만과장 ⟦P:모정아⟧ (2024. 10. 25.)""", "공문")
    H("""협 조 전
수신: 총무과장
발신: 정보통신과장
제목: 청사 출입 시스템 교체에 따른 직원 사진 자료 요청

1. 청사 출입 시스템 교체(v4.2.1 → v5.0.3)에 따라 신규 출입증 발급이 필요합니다.
2. 11. 8.까지 전 직원의 증명사진 파일을 정보통신과 공유폴더로 보내 주시기 바랍니다.
3. 문의: 정보통신과 ⟦P:곽다온⟧ 주무관(내선 4417, ⟦EM:kwak.daon@korea.kr⟧)""", "공문")
    H("""○○시 공고 제2025-318호

공시송달 공고

「행정절차법」 제14조 제4항에 따라 아래 처분 사전통지서가 주소불명·수취인부재로 반송되어 공시송달합니다.

연번 | 성명 | 주소 | 차량번호 | 처분 내용
1 | ⟦P:도건형⟧ | ⟦AD:경기도 평택시 새말로 118, 203호⟧ | ⟦VP:47머 2281⟧ | 자동차 의무보험 미가입 과태료
2 | ⟦P:차윤슬⟧ | ⟦AD:평택시 비전동 881-4⟧ | ⟦VP:152소 9073⟧ | 검사 지연 과태료
3 | ⟦P:(주)대성리스 대리 채명준⟧ | - | ⟦VP:경기 71바 3326⟧ | 자동차세 체납 번호판 영치 예고

2025. 4. 2.
○○시장""".replace("⟦P:(주)대성리스 대리 채명준⟧", "(주)대성리스 대리 ⟦P:채명준⟧"), "공문")
    H("""개발행위허가 사항 고시

「국토의 계획 및 이용에 관한 법률」 제56조에 따라 다음과 같이 개발행위를 허가하였기에 고시합니다.

가. 허가번호: 2024-개발-0147
나. 허가받은 자: ⟦P:오세빈⟧ (⟦AD:전라남도 담양군 대야리 412-3⟧)
다. 허가 대상지: 담양군 대전면 대야리 산 27-1번지 일원 (3,214㎡)
라. 허가 내용: 토지형질변경(단독주택 부지 조성)
마. 허가 기간: 2024. 8. 1. ~ 2025. 7. 31.

담양군수""", "공문")
    H("""인 사 발 령

○ 승진 (2025. 1. 1.자)
  행정5급  ⟦P:맹소연⟧   (기획예산과 예산팀장)
  시설5급  ⟦P:육현철⟧   (도로과 도로시설팀장)
○ 전보
  행정6급  ⟦P:인서후⟧   민원여권과 → 세무과
  사회복지6급  ⟦P:제갈유리⟧   주민복지과 → 노인장애인과
○ 신규 임용
  행정9급  ⟦P:봉다현⟧   (시보 임용, 임용기간 6개월)

○○구청장""", "공문")
    H("""징계 처분 결과 통보

1. 감사담당관-882(2024. 6. 3.) 관련입니다.
2. 귀 기관 소속 공무원에 대한 징계 처분 결과를 아래와 같이 통보합니다.
   - 소속/직급: ○○과 행정6급
   - 성명: 정○○
   - 처분: 견책
   - 근거: 「지방공무원법」 제48조(성실 의무) 위반
3. 처분 사유설명서는 당사자에게 별도 교부하였음을 알려드립니다.  끝.

○○시 인사위원회 위원장""", "공문")
    H("""수신 ○○경찰서장(수사과장)
제목 수사협조 요청(사건번호 2024-002716)에 대한 회신

1. 귀 서 수사과-3398(2024. 7. 9.)호 관련입니다.
2. 요청하신 자료를 아래와 같이 회신합니다.
  가. 대상자: ⟦P:구본석⟧ (⟦RRN:@pre=7409121⟧)
  나. 전입 신고일: 2019. 3. 22.
  다. 주민등록상 주소: ⟦AD:대구광역시 달서구 가람로11길 27-5, 2층⟧
  라. 세대원: 배우자 ⟦P:성미란⟧, 자녀 1명(미성년, 기재 생략)
3. 제공 근거: 「주민등록법」 제29조 제2항 제2호  끝.

달서구 ○○동장

주무관 ⟦P:빈하늘⟧  동장 ⟦P:어정민⟧
시행 ○○동-1952(2024. 7. 11.)
전화 ⟦PH:053-667-4420⟧ / 전송 ⟦PH:053-667-4499⟧""", "공문")
    H("""국민신문고 민원 답변

민원인: ⟦P:한지수⟧ 님
접수번호: 1AA-2409-1120458 (2024. 9. 11.)
처리기관: ○○시 교통행정과

안녕하십니까. ○○시 교통행정과입니다.
⟦P:한지수⟧ 님께서 요청하신 '○○초등학교 후문 어린이보호구역 과속방지턱 설치'에 대하여 답변드립니다.
해당 구간은 2024. 10. 중 현장 조사를 거쳐 연내 설치할 계획입니다.
답변 내용에 대한 추가 설명이 필요하시면 교통행정과 ⟦P:마동길⟧ 주무관(⟦PH:031-8075-2263⟧)에게 연락 주시기 바랍니다.
감사합니다.""", "민원회신")
    H("""민원 처리 결과 알림

귀하의 가정에 건강과 행복이 가득하시기를 바랍니다.
귀하께서 2025. 2. 7. 제출하신 '공동주택 옥상 방수공사 지원 신청'은 「○○시 공동주택 관리 지원 조례」 제5조에 따른 지원 대상이 아님을 알려드립니다.
 ○ 사유: 사용승인 후 15년 미경과(사용승인일 2013. 8. 30.)
 ○ 재신청 가능 시기: 2028년 이후
궁금하신 사항은 정부민원안내콜센터(국번 없이 110) 또는 ○○시청 대표전화(1899-3300)로 문의하여 주시기 바랍니다.

○○시장""", "민원회신")
    H("""RE: 주차장 소음 관련 민원에 대한 회신입니다

⟦P:위태경⟧ 선생님, 안녕하십니까.
보내주신 사진(차량번호 ⟦VP:62노 4418⟧ 화물차 야간 공회전)을 확인하였습니다.
차주분께 계도 문자를 발송하였으며, 재발 시 「대기환경보전법」 제59조에 따라 과태료를 부과할 예정입니다.
추가 제보는 제 휴대폰 말고 과 공용번호(대표 054-270-2114)로 부탁드립니다.
- ○○시 환경정책과 주무관 ⟦P:예슬아⟧ 드림""", "민원회신")
    H("""□ 민원 요지
 ○ 민원인(○○동 거주, 70대)은 기초연금 수급 탈락 사유에 대한 설명을 요구
□ 처리 결과
 ○ 소득인정액이 선정기준액(단독가구 2,280,000원)을 초과하여 부적합 결정
 ○ 민원인에게 2025. 3. 14. 전화로 설명 완료(통화 12분)
□ 담당
 ○ 주민복지과 복지정책팀 주무관 ⟦P:왕지효⟧
 ○ 연락처 ⟦PH:062-960-8147⟧""", "민원회신")
    H("""여권 재발급 민원 보완 요청

수신: ⟦P:독고준혁⟧ 님
  ⟦AD:(07281) 서울특별시 영등포구 선유로33길 14, 501호⟧
제목: 여권 발급 신청 서류 보완 요청

1. 귀하께서 2024. 12. 2. 신청하신 여권 재발급(기존 여권번호 ⟦PP:M284K9017⟧)과 관련입니다.
2. 제출하신 사진이 규격(3.5cm×4.5cm)에 맞지 않아 보완을 요청하오니 14일 이내에 방문하여 주시기 바랍니다.
3. 문의: 영등포구 민원여권과 ⟦PH:02-2670-3147⟧

영등포구청장""".replace("⟦AD:(07281) 서울", "(07281) ⟦AD:서울"), "민원회신")
    H("""보도자료
2024. 11. 21.(목) 배포 즉시 보도
담당: 복지정책과 자립지원팀
  팀장 ⟦P:소윤재⟧ ☎ ⟦PH:033-640-5381⟧
  주무관 ⟦P:기하람⟧ ☎ ⟦PH:033-640-5386⟧

강릉시, 자립준비청년 주거비 지원 확대
- 내년부터 월 20만 원 → 30만 원, 지원 기간 최대 5년 -

□ 강릉시는 보호 종료 후 홀로서기에 나선 자립준비청년의 주거 부담을 덜기 위해 주거비 지원을 확대한다고 21일 밝혔다.
□ 올해 지원을 받은 ⟦P:나보미⟧(21) 씨는 "월세 걱정이 줄어 직업훈련에 집중할 수 있었다"고 말했다.
□ 지원 대상은 시에 주소를 둔 만 18~24세 자립준비청년으로, 읍면동 행정복지센터에서 신청하면 된다.""", "보도자료")
    H("""보도참고자료 | 배포일 2025. 6. 2. | 담당부서 재난안전과 | 문의 대표전화 062-613-2114

여름철 물놀이 안전관리 대책 추진

□ 광주시는 6월부터 9월까지 하천 물놀이 지역 14곳에 안전요원 56명을 배치한다.
□ 지난해 관내 물놀이 사고는 3건(사망 0명)이었으며, 올해는 사고 제로를 목표로 한다.
□ 시민들은 위험 지역 발견 시 안전신문고 앱이나 119로 신고하면 된다.
※ 사진 자료는 누리집(보도자료 게시판) 참고""", "보도자료")
    H("""[보도자료] 반가운 손님, 60년 만에 찾은 졸업장

○○교육청(교육감 직무대리 부교육감)은 한국전쟁으로 학업을 중단했던 ⟦P:석옥례⟧(88) 할머니에게 명예 졸업장을 전달했다고 밝혔다.
⟦P:석옥례⟧ 할머니는 "죽기 전에 졸업장을 받게 돼 꿈만 같다"며 눈시울을 붉혔다. 전달식에는 손녀 ⟦P:유하진⟧ 씨와 모교 ⟦P:편성우⟧ 교장이 함께했다.
문의: 초등교육과 장학사 ⟦P:제상민⟧ (⟦PH:063-239-3157⟧)""", "보도자료")
    H("""국토교통부 보도자료
보도시점: 2025. 2. 11.(화) 11:00 이후 (2. 12.(수) 조간)
담당 부서: 주택정책과 | 책임자 과장 ⟦P:백승엽⟧ (044-201-3321) | 담당자 사무관 ⟦P:권나윤⟧ (044-201-3325)

청년 전월세 보증금 반환보증 보증료 지원 신청 개시
□ 지원 대상은 무주택 청년(19~34세)으로, 보증금 3억 원 이하 주택 임차인이다.
□ 신청은 복지로(www.bokjiro.go.kr) 또는 주소지 시·군·구청에서 할 수 있다.""".replace("(044-201-3321)", "(⟦PH:044-201-3321⟧)").replace("(044-201-3325)", "(⟦PH:044-201-3325⟧)"), "보도자료")
    H("""지역 소식 | 폐지 팔아 모은 1천만 원 기부한 80대

⟦AD:부산 사하구 다대로 254⟧ 경로당 회원 ⟦P:마순덕⟧(83) 할머니가 10년간 폐지를 팔아 모은 1,000만 원을 사하구 인재육성장학재단에 기탁했다.
할머니는 "배우지 못한 한을 아이들이 풀었으면 한다"고 말했다. 재단은 기탁금으로 '⟦P:마순덕⟧ 장학금'을 만들 계획이다.""".replace("⟦AD:부산 사하구 다대로 254⟧ 경로당", "부산 사하구 다대동 ○○경로당").replace("다대동 ○○경로당 회원", "다대동 ○○경로당 회원"), "뉴스")
    H("""[사회] 음주 뺑소니 30대 검거…피해 배달원 중상

○○경찰서는 음주 상태로 배달 오토바이를 들이받고 달아난 혐의로 A(34)씨를 붙잡았다고 밝혔다.
피해자 B(27)씨는 골절상을 입고 병원에서 치료 중이다. A씨는 혈중알코올농도 0.112% 상태였다.
경찰은 사고 현장 인근 CCTV와 목격자 진술로 A씨의 차량(흰색 SUV)을 특정했다. 사건번호 2025-형제-4417.""", "뉴스")
    H("""우리 동네 사람들 ⑦ 골목 수선집 40년, ⟦P:탁만수⟧ 씨

"바늘 한 번 잡으면 시간 가는 줄 몰라요."
⟦AD:전주시 완산구 매봉길 31⟧에서 '만수수선'을 운영하는 ⟦P:탁만수⟧(71) 씨의 하루는 새벽 6시에 시작된다. 아내 ⟦P:엄귀순⟧(68) 씨가 옆에서 단추를 단다.
단골 ⟦P:조현빈⟧(45) 씨는 "아버지 양복도 여기서 줄였다"고 웃었다.""", "뉴스")
    H("""기고 | 작은 도서관이 바꾼 마을

⟦P:하은솔⟧ 작은도서관 관장

3년 전 빈 창고였던 공간에 책장 다섯 개를 들였다. 처음에는 아이들 몇 명이 숙제를 하러 왔을 뿐이다.
지금은 어르신 한글 교실, 다문화 엄마들의 그림책 모임이 열린다. 베트남에서 온 ⟦P:쩐티흐엉⟧ 씨는 한국어 동화를 베트남어로 읽어 주는 봉사를 맡고 있다.
(필자 연락처: ⟦EM:eunsol.library@naver.com⟧)""", "뉴스")
    H("""민원 처리 지연 사유 안내

수신: 민원인 귀하
민원번호: 2AA-2501-0048823
귀하의 민원은 관계 부서 협의(도시계획과·건축과)가 필요하여 처리 기간을 2025. 2. 14.까지 연장하였음을 알려드립니다.
근거: 「민원 처리에 관한 법률 시행령」 제21조
담당: 건축과 건축행정팀 (대표전화 031-8082-4114)""", "민원회신")
    H("""공고문
우리 동 통장 공개 모집 결과 다음과 같이 임명하였음을 알려드립니다.

 - 3통 통장: ⟦P:구슬희⟧ (2025. 1. 1. ~ 2026. 12. 31.)
 - 7통 통장: ⟦P:은태웅⟧ (2025. 1. 1. ~ 2026. 12. 31.)
 - 12통 통장: 재공고 예정

2024. 12. 20.
○○동 행정복지센터장""", "공문")
    H("""국회의원 자료 요구에 대한 답변서

요구 의원: ○○○ 의원실
요구 사항: 최근 3년간 공무원 음주운전 징계 현황
답변:
 - 2022년 2건(정직 1, 감봉 1), 2023년 1건(강등), 2024년 0건
 - 개인 식별이 가능한 성명·소속은 「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호에 따라 제외하였습니다.
작성: 감사담당관실 / 확인: 감사담당관""", "공문")
    H("""신문고 답변 만족도 조사 결과(내부 보고)

조사 기간: 2024. 10. 1. ~ 10. 31.
응답: 1,284건 / 평균 3.7점(5점 만점)
불만족 사유 상위: ① 답변 지연(41%) ② 형식적 답변(33%)
개선: 답변 표준 문안 개정, 처리 기간 5일 단축 목표
보고자: 민원총괄팀장""", "공문")
    H("""시   행   문
수  신  ⟦P:서문경호⟧ 귀하 (⟦AD:경상북도 안동시 솔샘로 77-3⟧)
제  목  농지 처분 의무 통지

1. 귀하 소유 농지(안동시 풍산읍 ○○리 255, 1,650㎡)는 「농지법」 제10조 제1항에 따른 처분 의무 대상으로 결정되었습니다.
2. 통지일부터 1년 이내에 처분하여야 하며, 미처분 시 처분명령이 내려질 수 있습니다.
3. 문의: 농업정책과 농지관리팀 ⟦P:하경수⟧ (⟦PH:054-840-6311⟧)

안동시장""", "공문")


@hand
def hand_batch2():
    H("""제27회 ○○군의회 임시회 행정복지위원회 회의록

○ 출석 위원(5인): 위원장 ⟦P:추경민⟧, 부위원장 ⟦P:옥지나⟧, 위원 ⟦P:여동혁⟧·⟦P:선우미래⟧·⟦P:피승규⟧
○ 출석 공무원: 행정복지국장 ⟦P:반창석⟧, 주민복지과장 ⟦P:유은지⟧

◯위원장 ⟦P:추경민⟧  의석을 정돈하여 주시기 바랍니다. 성원이 되었으므로 회의를 개의하겠습니다.
◯⟦P:여동혁⟧ 위원  노인일자리 예산이 작년보다 8% 줄었는데 이유가 무엇입니까?
◯주민복지과장 ⟦P:유은지⟧  국비 매칭 비율 조정에 따른 것으로, 하반기 추경에 반영하겠습니다.
◯⟦P:선우미래⟧ 위원  과장님, 경로당 냉방비 지원은 어떻게 됩니까?
◯주민복지과장 ⟦P:유은지⟧  7월부터 월 15만 원씩 지원합니다.
(11시 42분 산회)""", "회의록")
    H("""주민 간담회 녹취록 (2024. 9. 5. 19:00, ○○동 주민센터 2층)

사회자: 다음 질문 받겠습니다. 성함과 사시는 곳 말씀해 주세요.
주민1: 네, ⟦P:권영배⟧입니다. 새솔아파트 살아요. 버스 노선이 바뀐 뒤로 출근이 너무 힘듭니다.
교통과장: 10월 노선 조정 때 배차를 늘리겠습니다.
주민2: ⟦P:양미정⟧이고요, 제 번호 남겨 드릴 테니 결과 꼭 알려주세요. ⟦PH:공일공 칠삼팔이 사일공오⟧요.
사회자: 네, 메모했습니다. 공일공 칠삼팔이… 네 확인했습니다.
주민3: (익명 요청) 공원 화장실이 밤에 잠겨 있어요.""", "회의록")
    H("""정보공개심의회 회의 결과

1. 일시/장소: 2025. 3. 19.(수) 15:00 / 본관 소회의실
2. 참석: 위원장(부시장) 포함 7명 중 6명
3. 심의 결과
 - 안건 1: 청구번호 9871234 (○○사업 용역 보고서) → 부분공개(제9조 제1항 제7호 해당 부분 제외)
 - 안건 2: 청구번호 9873310 (공무원 출장 내역) → 공개
 - 안건 3: 청구번호 9875021 (개인 민원 처리 내역) → 비공개(제6호)
4. 다음 회의: 2025. 4. 16. 예정""", "회의록")
    H("""[업무 협의 메모]
일시: 5/14(화) 10:00
참석: 정책기획팀 ⟦P:이도겸⟧ 팀장, ⟦P:표가온⟧ 주무관 / (주)다온엔지니어링 ⟦P:Mark Ellison⟧ PM, ⟦P:오채윤⟧ 책임
내용:
- 중간보고 일정 6/3로 확정
- ⟦P:Mark Ellison⟧ PM: 영문 보고서는 6/20까지 제출 가능
- 자료 요청은 ⟦P:오채윤⟧ 책임(⟦EM:cy.oh@daon-eng.kr⟧, ⟦PH:010-3318-5062⟧)에게""", "회의록")
    H("""개인정보 유출 신고서(요약)

신고 기관: ○○구 시설관리공단
유출 인지 일시: 2024. 11. 2. 09:40
유출 경위: 수영장 회원 안내 문자 발송 시 수신자 목록 엑셀 파일이 첨부되어 발송됨
유출 항목: 성명, 휴대전화번호, 생년월일 (약 1,240명)
대응: 수신자에게 삭제 요청 문자 발송(11. 2. 11:15), 유출 신고(11. 3.)
개인정보 보호책임자: 경영지원본부장
담당자: 정보보안팀 ⟦P:길수빈⟧ (⟦PH:02-3408-7725⟧, ⟦EM:gil.subin@sisul.example.or.kr⟧)""", "사고보고서")
    H("""안전사고 경위서

작성자: 체육시설팀 주무관 ⟦P:도윤호⟧
1. 사고 일시: 2025. 1. 18.(토) 15:20경
2. 사고 장소: ○○국민체육센터 빙상장
3. 부상자: ⟦P:함도하⟧ (남, 10세, ○○초 4학년)
   보호자: 모 ⟦P:장수련⟧ (⟦PH:010-9274-1630⟧)
4. 경위: 자유 스케이팅 중 넘어지며 손목을 짚어 통증 호소
5. 조치: 의무실 응급처치 후 보호자 동행 병원 이송, 골절 진단(전치 4주)
6. 보험: 체육시설 배상책임보험 접수 완료(접수번호 25-0118-00931)""", "사고보고서")
    H("""감사 결과 처분 요구서 (요약)

제목  계약 업무 처리 부적정
내용  ○○과에서는 2023. 5.부터 2023. 11.까지 ○○정비 공사 3건을 분할하여 수의계약으로 체결하였다.
      이는 「지방자치단체를 당사자로 하는 계약에 관한 법률 시행령」 제25조를 위반한 것이다.
관계자  시설6급 A(당시 담당), 시설5급 B(당시 팀장)
조치    ○○시장은 관계자에게 주의를 촉구하고, 유사 사례가 재발하지 않도록 업무를 철저히 하시기 바랍니다. [주의]""", "감사보고서")
    H("""정보시스템 장애 보고
- 발생: 2024. 8. 21. 02:13 ~ 04:55 (2시간 42분)
- 영향: 민원 포털 전자발급 중단
- 원인: DB 서버 스토리지 컨트롤러 펌웨어(ver 7.4.2.118) 결함
- 조치: 펌웨어 7.4.3.22로 교체, 대기 서버 전환 절차 개선
- 보고: 정보통신과 운영팀""", "사고보고서")
    H("""서울행정법원
제 ○ 부
판        결

사       건   2023구합71425 정보공개거부처분취소
원       고   ⟦P:방태산⟧
              ⟦AD:서울 관악구 봉천로 411, 302호⟧
              소송대리인 법무법인 ○○
              담당변호사 ⟦P:염지후⟧, ⟦P:왕소라⟧
피       고   서울특별시 관악구청장
변 론 종 결   2024. 5. 2.
판 결 선 고   2024. 6. 13.

주       문
1. 피고가 2023. 6. 9. 원고에 대하여 한 정보공개거부처분 중 별지 목록 기재 정보에 관한 부분을 취소한다.
2. 소송비용은 피고가 부담한다.

재판장 판사   ⟦P:노승현⟧
       판사   ⟦P:변다정⟧
       판사   ⟦P:임채윤⟧""", "판결문")
    H("""대 법 원
제 2 부
판 결
사 건   2022두60118 ○○처분취소
원고, 피상고인   A
피고, 상고인     ○○시장
원 심 판 결   ○○고등법원 2022. 9. 28. 선고 2021누12345 판결
주 문  상고를 기각한다. 상고비용은 피고가 부담한다.
이 유  상고이유를 판단한다. 구 「국토의 계획 및 이용에 관한 법률」(2021. 1. 12. 법률 제17893호로 개정되기 전의 것) 제58조 …""", "판결문")
    H("""○○도 행정심판위원회
재   결
사건번호  2024-행심-0385
청 구 인  ⟦P:천다올⟧
           ⟦AD:충남 아산시 배방읍 새터로 55, 107동 1101호⟧
피청구인  아산시장
주    문  피청구인이 2024. 3. 27. 청구인에게 한 일반음식점 영업정지 2개월 처분을 영업정지 1개월 처분으로 변경한다.
청구취지  피청구인이 2024. 3. 27. 청구인에게 한 영업정지 2개월 처분을 취소한다.
이    유  청구인은 ⟦AD:아산시 모종동 522-8⟧에서 '○○포차'(사업자등록번호 ⟦BRN:@v⟧)를 운영하는 자로서 …""", "판결문")
    H("""약식명령
사 건  2024고약5517 도로교통법위반(음주운전)
피고인  ⟦P:소진규⟧ (⟦RRN:@mask=8802171⟧), 회사원
        주거 ⟦AD:인천광역시 계양구 장터로 72, 805호⟧
        등록기준지 생략
주형과 부수처분  피고인을 벌금 8,000,000원에 처한다.
범죄사실  피고인은 2024. 5. 11. 23:40경 혈중알코올농도 0.089%의 술에 취한 상태로 ⟦VP:31더 7720⟧ 쏘나타 승용차를 약 2km 구간 운전하였다.
판사  ⟦P:강이현⟧""", "판결문")
    H("""소비자분쟁조정위원회 조정결정
사건: 2025-조정-0921 (헬스장 중도해지 환급)
신청인: 이○○
피신청인: ○○피트니스(대표 김○○)
주문: 피신청인은 신청인에게 387,000원을 지급한다.
이유: 「방문판매 등에 관한 법률」 제31조에 따른 계속거래의 해지로서, 위약금은 총 계약대금의 10%를 초과할 수 없다.""", "판결문")
    H("""물 품 공 급 계 약 서

발주자 "갑": 세종특별자치시 교육감
  주소: 세종특별자치시 한누리대로 2154
공급자 "을": 주식회사 바로교구
  대표이사: ⟦P:한가윤⟧
  사업자등록번호: ⟦BRN:@corp⟧ / 법인등록번호: ⟦CRN:@v⟧
  소재지: ⟦AD:대전광역시 유성구 테크노2로 187, 미건테크노월드 2차 312호⟧
  담당자: ⟦P:류재학⟧ 과장 (⟦PH:042-863-5521⟧ / ⟦PH:010-2207-4683⟧)
계약금액: 금 47,300,000원(부가세 포함)
납품기한: 2025. 3. 20.
대금지급: "을"의 법인 명의 계좌(⟦ACC:@any⟧, 하나은행)로 지급""".replace("⟦ACC:@any⟧", "⟦ACC:352-910188-43207⟧"), "계약서")
    H("""부동산 매매계약서 (발췌)

매도인  성명: ⟦P:국미애⟧   주민등록번호: ⟦RRN:@pre=6103222⟧
        주소: ⟦AD:경상남도 통영시 안골로 14-2⟧   전화: ⟦PH:010-6619-2387⟧
매수인  성명: ⟦P:방준오⟧   주민등록번호: ⟦RRN:@mask=9210081⟧
        주소: ⟦AD:경남 거제시 바람재로 201, 1203호⟧   전화: ⟦PH:010-4420-7851⟧
중개업자  사무소 소재지: 통영시 ○○로 ○○   등록번호: 48220-2017-00031
          대표: ⟦P:옥승찬⟧   전화: ⟦PH:055-645-3033⟧
계약금 일금 삼천만 원정(₩30,000,000)은 계약 시 지불하고 영수함. 영수자 ⟦P:국미애⟧ (인)""", "계약서")
    H("""근로계약서 (기간제)
사업주: ○○시장(⟦P:최봉민⟧ 아님 - 대리인 총무과장)
근로자 성명: ⟦P:봉서윤⟧   생년월일: ⟦DOB:2001. 7. 19.⟧
주소: ⟦AD:춘천시 후평동 761-2 푸른솔아파트 104동 903호⟧
연락처: ⟦PH:010.5538.2170⟧
근로기간: 2025. 3. 2. ~ 2025. 12. 31. / 근무장소: ○○시 시립도서관
임금: 시급 10,030원, 매월 10일 근로자 명의 계좌로 지급(⟦ACC:3333-21-8406127⟧, 카카오뱅크)""".replace("사업주: ○○시장(⟦P:최봉민⟧ 아님 - 대리인 총무과장)", "사업주: ○○시장 (대리인 총무과장)"), "계약서")
    H("""개인정보 수집·이용 및 제3자 제공 동의서

▣ 수집·이용 목적: 2025년 청년 어학시험 응시료 지원
▣ 수집 항목: (필수) 성명, 생년월일, 휴대전화번호, 주소, 계좌번호
▣ 제공받는 자: ○○시 청년재단
위 내용을 확인하였으며 이에 동의합니다. [✔] 동의  [ ] 미동의

성  명 ⟦P:곽서율⟧     생년월일 ⟦DOB:1999년 11월 3일⟧
휴대폰 ⟦PH:010-7706-1423⟧
주  소 ⟦AD:경기도 의정부시 가능로 98번길 17, 302호⟧
계  좌 농협 ⟦ACC:302-1477-8203-51⟧ (예금주 ⟦P:곽서율⟧)
2025. 2. 26.  신청인 ⟦P:곽서율⟧ (서명)""", "동의서")
    H("""개인정보 수집·이용 동의서 (만 14세 미만 아동)

아동 성명: ⟦P:지하온⟧   생년월일: ⟦DOB:2016.04.22⟧
법정대리인 성명: ⟦P:지명훈⟧ (관계: 부)
법정대리인 연락처: ⟦PH:010 3817 6624⟧
이메일: ⟦EM:jmh0622@hanmail.net⟧
수집 목적: 방과후 돌봄교실 운영 및 비상 연락
보유 기간: 돌봄교실 종료 후 1년
법정대리인 ⟦P:지명훈⟧ (인)""", "동의서")
    H("""[서식 예시] 정보공개 청구서 작성 방법

청구인 성명: 홍길동
주민등록번호: 000000-0000000 (외국인은 외국인등록번호)
주소: ○○시 ○○구 ○○로 00, 000동 000호
전화번호: 010-0000-0000 / 전자우편: example@○○○.kr
※ 위 내용은 작성 예시이며 실제 정보를 기재하여 제출하십시오.""", "신청서")
    H("""주민등록표 열람 또는 등·초본 교부 신청서

신청인  성명 ⟦P:탁윤서⟧   주민등록번호 ⟦RRN:@pre=9504302⟧
        주소 ⟦AD:제주특별자치도 제주시 연북로 155, 2동 301호⟧
        전화 ⟦PH:064-723-5519⟧
대상자와의 관계: 본인
신청 내용: 초본 1통(과거 주소 변동사항 포함)
수수료: 400원
2024. 10. 7.  신청인 ⟦P:탁윤서⟧ (서명 또는 인)""", "신청서")
    H("""긴급복지지원 신청서

신청인: ⟦P:임보라⟧ (⟦RRN:@pre=8711062⟧)   세대주와의 관계: 본인
주소: ⟦AD:광주 북구 능소화길 40, 101동 1504호⟧
연락처: ⟦PH:010-8841-3075⟧
위기 사유: 주소득자 사망(배우자 ⟦P:조경태⟧, 2024. 12. 28. 사망)
가구원: 자녀 ⟦P:조아인⟧ (⟦RRN:@post⟧), 자녀 ⟦P:조하율⟧ (⟦RRN:@pre=1805293⟧)
지원 요청: 생계지원, 의료지원
수령 계좌: 광주은행 ⟦ACC:107-121-448362⟧ (예금주 ⟦P:임보라⟧)""", "신청서")
    H("""운전경력증명서 발급 신청

성명 ⟦P:제갈혁준⟧
주민등록번호 ⟦RRN:@pre=7902111⟧
운전면허번호 ⟦DL:서울 98-402117-63⟧
발급 용도: 취업 제출용(택시 운송사업 조합)
제출처: ○○운수(주)
신청일 2025. 1. 9.""", "신청서")
    H("""자원봉사 활동 신청서

이름: ⟦P:Olivia Grant⟧ (올리비아 그랜트)
국적: 캐나다   체류자격: E-2(회화지도)
외국인등록번호: ⟦FRN:@v⟧
연락처: ⟦PH:010-2963-7781⟧ / ⟦EM:olivia.grant.kr@gmail.com⟧
희망 분야: 외국어 통역, 다문화 아동 학습 지원
가능 시간: 토요일 오전""", "신청서")


@hand
def hand_batch3():
    H("""성명,생년월일,연락처,비고
⟦P:노은채⟧,⟦DOB:1994-02-17⟧,⟦PH:010-2281-9034⟧,팀장
⟦P:설도영⟧,⟦DOB:1988-10-05⟧,⟦PH:010-7350-4412⟧,
⟦P:남궁태린⟧,⟦DOB:2000-12-30⟧,⟦PH:010-9927-0168⟧,신규""", "표")
    H("""명단(헤더 없음, 시스템 추출)
⟦P:맹하준⟧	⟦RRN:@pre=9106151⟧	국민	⟦ACC:621402-01-339071⟧	450,000
⟦P:변세아⟧	⟦RRN:@mask=8309232⟧	우리	⟦ACC:1002-540-882917⟧	450,000
⟦P:어진솔⟧	⟦RRN:@pre=7712301⟧	신한	⟦ACC:110-387-902215⟧	300,000
⟦P:용해주⟧	⟦RRN:@post⟧	농협	⟦ACC:352-0918-4471-83⟧	300,000""", "표")
    H("""| 구분 | 성 명 | 소 속 | 직 위 | 임 기 |
|---|---|---|---|---|
| 위원장 | ⟦P:연하늘⟧ | ○○대학교 행정학과 | 교수 | 2024.7.1.~2026.6.30. |
| 위원 | ⟦P:권보영⟧ | 법무법인 ○○ | 변호사 | 2024.7.1.~2026.6.30. |
| 위원 | ⟦P:Daniel Okoye⟧ | 외국인주민 대표 | - | 2024.7.1.~2026.6.30. |
| 당연직 | - | ○○시 | 기획조정실장 | 재직기간 |""", "명부")
    H("""  번호  성명      소속           직급      이수일
  1     ⟦P:남태준⟧    세무과         행정7급   2024.11.05
  2     ⟦P:서하람⟧    세무과         행정8급   2024.11.05
  3     ⟦P:독고은별⟧  징수과         행정6급   2024.11.06
  4     ⟦P:이안나⟧    정보통신과     전산7급   2024.11.06""", "명부")
    H("""연번 차량번호   소유자  주소                                        위반일
1    ⟦VP:35두 8841⟧  ⟦P:강예람⟧  ⟦AD:서울특별시 노원구 한글비석로 240, 1105호⟧        2025-01-07
2    ⟦VP:228로 3306⟧ ⟦P:봉창수⟧  ⟦AD:경기 남양주시 별내3로 77, 302동 1801호⟧       2025-01-09
3    ⟦VP:69호 1172⟧  (렌터카) ○○렌탈(주)                              2025-01-09""", "표")
    H("""시군구,읍면동,신청건수,지급건수,지급액(원)
수원시,매탄동,412,398,"119,400,000"
수원시,원천동,305,301,"90,300,000"
용인시,동백동,288,270,"81,000,000"
합계,,1005,969,"290,700,000\"""", "표")
    H("""2025-03-04 09:02:17 login ok uid=kjh0417 src=⟦IP:211.244.87.19⟧
2025-03-04 09:05:40 query tbl=resident_info cnt=1 uid=kjh0417 key=⟦RRN:@mask=6607121⟧
2025-03-04 09:06:02 print uid=kjh0417 doc=등본 owner=⟦P:봉재숙⟧
2025-03-04 12:31:55 login fail uid=admin src=⟦IP:45.137.21.204⟧ (3회 연속)
2025-03-04 12:31:58 account locked uid=admin""", "로그")
    H("""[SSH] Mar 11 02:14:09 gw01 sshd[21877]: Failed password for invalid user oracle from ⟦IP:103.152.79.40⟧ port 51822 ssh2
[SSH] Mar 11 02:14:12 gw01 sshd[21877]: Failed password for invalid user oracle from ⟦IP:103.152.79.40⟧ port 51822 ssh2
[SSH] Mar 11 08:57:31 gw01 sshd[22410]: Accepted publickey for ops_lee from ⟦IP:10.40.7.112⟧ port 60211 ssh2
[SSH] Mar 11 08:57:31 gw01 sshd[22410]: pam_unix(sshd:session): session opened for user ops_lee""", "로그")
    H("""개인정보처리시스템 접속기록 점검 결과 (2024년 4분기)

- 점검 대상: 주민등록, 지방세, 복지 시스템 3종
- 점검 건수: 1,284,019건 / 이상 징후 7건
- 이상 징후 유형: 업무시간 외 대량 조회 4건, 동일 정보주체 반복 조회 3건
- 소명 완료: 7건 (업무 관련성 확인)
- 점검자: 개인정보보호 담당 (사용자 ID: privacy01)""", "로그")
    H("""[로그인 알림] 새로운 기기에서 로그인되었습니다.
계정: ⟦EM:haneul.p2@gmail.com⟧
시간: 2025-05-30 22:41 (KST)
위치: 대한민국 부산 (IP ⟦IP:121.162.33.7⟧)
기기: Windows 11 / Chrome 125.0.6422.113
본인이 아니라면 즉시 비밀번호를 변경하세요.""", "로그")
    H("""From: "⟦P:유채령⟧" <⟦EM:chaeryung.yu@korea.kr⟧>
To: "⟦P:Kenji Mori⟧" <⟦EM:k.mori@minatoport.example.jp⟧>
Date: Tue, 8 Oct 2024 14:05:33 +0900
Subject: Re: Site visit schedule (Oct 22)

Dear Sir,
Thank you for your reply. We have booked the meeting room at City Hall, 5F.
Please send us your passport number for the building access list: we received ⟦PP:TS4410872⟧ — kindly confirm.
Best regards,
⟦P:Yu Chaeryung⟧ | International Cooperation Division | Tel +82-63-222-4187
""".replace("+82-63-222-4187", "⟦PH:+82-63-222-4187⟧"), "이메일")
    H("""보낸사람: ⟦P:홍세빈⟧ <⟦EM:sebin.hong@hanmail.net⟧>
받는사람: ○○구청 민원실 <minwon@example.go.kr>
제목: 전입신고 확인 요청드립니다

안녕하세요. 지난주 전입신고 했는데 아직 확정 문자가 안 와서 문의드립니다.
새 주소는 ⟦AD:서울시 은평구 통일로 1021, 3층⟧이고 세대주는 아버지(⟦P:홍기철⟧)입니다.
연락은 ⟦PH:010-5290-3311⟧로 주세요.""".replace("<minwon@example.go.kr>", "(기관 대표 메일)"), "이메일")
    H("""---------- Forwarded message ---------
보낸사람: 계약팀 <no-reply 시스템 발송>
날짜: 2025년 1월 14일 (화) 오전 9:12
제목: [자동발송] 전자계약 체결 완료 안내

계약번호 R25BA01234567 전자계약이 체결되었습니다.
계약 상대자: (주)세움건축사사무소
계약 금액: 128,500,000원
※ 본 메일은 발신 전용입니다. 문의: 전자조달 고객지원센터 1588-7410""", "이메일")
    H("""Re: Re: 출장비 정산 관련

> ⟦P:도하은⟧ 주무관님, 영수증 3장 중 1장(택시)이 누락되었습니다.
> - 재무과 ⟦P:표지석⟧

네 확인했습니다. 택시 영수증은 카드 매출전표로 대신 첨부합니다.
(카드번호 ⟦CC:@mask⟧, 2024. 12. 3. 18,400원)
⟦P:도하은⟧ 드림 / 내선 2241""", "이메일")
    H("""[카카오톡] ○○동 주민센터 복지팀 님과 카카오톡 대화
저장한 날짜 : 2025-02-10 17:22:05

--------------- 2025년 2월 10일 월요일 ---------------
[⟦P:모은서⟧] [오후 2:03] 안녕하세요 긴급지원 신청 서류 사진 보냅니다
[⟦P:모은서⟧] [오후 2:03] 사진
[복지팀 ⟦P:이초롱⟧] [오후 2:11] 네 받았습니다. 통장 사본이 흐려서요 계좌번호 적어주시겠어요?
[⟦P:모은서⟧] [오후 2:14] 우체국 ⟦ACC:013297-02-118540⟧ 모은서요""".replace("118540⟧ 모은서요", "118540⟧ ⟦P:모은서⟧요"), "메신저")
    H("""[문자메시지] 2024.12.04 10:31
[Web발신]
[○○시] ⟦P:주해인⟧님, 신청하신 에너지바우처(카드번호 끝 4자리 2291)가 발급되었습니다. 문의 1600-3190""", "메신저")
    H("""팀 단톡방 (대화 내보내기)
2025. 4. 3. 오전 8:47, ⟦P:김보경⟧ : 오늘 민원 방문 예정자 명단 올려요
2025. 4. 3. 오전 8:48, ⟦P:김보경⟧ : 10시 ⟦P:하도경⟧ 님 (⟦PH:010-2736-9840⟧) 체류기간 연장
2025. 4. 3. 오전 8:48, ⟦P:김보경⟧ : 11시 ⟦P:NGUYEN VAN BINH⟧ 님 외국인등록번호 ⟦FRN:@v⟧ 주소변경
2025. 4. 3. 오전 8:52, ⟦P:성준호⟧ : 확인요~ 2번은 통역 필요하면 1345 연결할게요""", "메신저")
    H("""[업무메신저 쪽지]
보낸 사람: 세무과 ○○○
받는 사람: 징수과 전체
내용: 체납자 명단 파일(2025_체납_최종_v3.xlsx)은 개인정보가 포함되어 있으니 공유폴더 대신 보안 USB로만 전달 바랍니다.
파일 비밀번호는 별도 전화로 알려드립니다.""", "메신저")
    H("""13:02 나: 주무관님 아까 말씀드린 제 차량번호요
13:02 나: ⟦VP:154모 2208⟧ 입니다
13:05 ⟦P:윤기쁨⟧ 주무관: 네 등록했습니다~ 방문 주차 3시간 무료예요
13:06 나: 감사합니다!!""", "메신저")
    H("""시스템 사용자 계정 현황 (2025. 1. 31. 기준)
계정ID    | 권한     | 최종접속         | 상태
admin01   | 관리자   | 2025-01-30 17:44 | 사용
svc_gis   | 연계     | 2025-01-31 02:00 | 사용
u10442    | 일반     | 2024-09-12 10:21 | 잠금(장기미접속)
temp_0925 | 임시     | 2024-09-25 16:02 | 삭제예정""", "로그")
    H("""수신: 전 직원
[안내] 청사 와이파이 비밀번호 변경
- 변경일: 2025. 3. 1.
- SSID: GOV-Guest / 접속 서버 버전 3.14.2
- 외부인 접속은 1층 안내데스크에서 1일권 발급""", "공문")


@hand
def hand_batch4():
    H("""출입국·외국인청 체류 민원 접수 대장 (2025. 2. 17.)

순번 / 성명 / 국적 / 여권번호 / 외국인등록번호 / 민원 / 연락처
1 / ⟦P:BUI THI HUONG⟧ / 베트남 / ⟦PP:C8820417⟧ / ⟦FRN:@v=9508116⟧ / 체류기간 연장 / ⟦PH:010-4418-2093⟧
2 / ⟦P:MAMATOV ULUGBEK⟧ / 우즈베키스탄 / ⟦PP:FA3309852⟧ / ⟦FRN:@v=8712025⟧ / 근무처 변경 / ⟦PH:010-7762-0315⟧
3 / ⟦P:Grace Mwangi⟧ / 케냐 / ⟦PP:AK0472219⟧ / 신규 / 외국인등록 / ⟦PH:010-3391-5520⟧""", "외국인")
    H("""결혼이민자 가족 초청 사증 발급 인정 신청 (요약)

초청인: ⟦P:감태현⟧ (⟦RRN:@pre=8011231⟧), ⟦AD:전라남도 해남군 해남읍 수성길 42⟧
피초청인(배우자의 모): ⟦P:라오티프엉⟧ / ⟦P:LAO THI PHUONG⟧
  생년월일 ⟦DOB:1964.03.08⟧ / 베트남 여권 ⟦PP:B4920375⟧
배우자(결혼이민자): ⟦P:응우옌티미⟧, 외국인등록번호 ⟦FRN:@mask=9705226⟧
방문 목적: 출산 전후 가사 지원(90일)""", "외국인")
    H("""TRAVELLER DECLARATION / 여행자 휴대품 신고서 (발췌)

Name (성명): ⟦P:HOFFMANN Julia Marie⟧
Date of Birth (생년월일): ⟦DOB:1991-06-27⟧
Passport No. (여권번호): ⟦PP:C4JK09XT1⟧
Flight No. (편명): LH712    Travel companions: 1
Address in Korea (국내 주소): Lotte Hotel Seoul, Room 1718""".replace("⟦PP:C4JK09XT1⟧", "⟦PP:C40917833⟧"), "외국인")
    H("""관광통역안내사 배정표 (2024. 10. 3. 단체 VN-1003)

가이드: ⟦P:부이꽝민⟧ (자격번호 제2019-0417호, ⟦PH:010-8836-2024⟧)
인솔자: ⟦P:NGO THANH TAM⟧ (passport ⟦PP:C6103388⟧)
단체 인원 22명 / 숙소 ○○호텔 / 일정 3박 4일
※ 관광객 개별 여권번호는 여행사 보관(본 문서 미기재)""", "외국인")
    H("""다문화가족 방문교육 대상자 카드

결혼이민자: ⟦P:로사 마리아 비야누에바⟧ (필리핀)  입국 2019. 5.
배우자: ⟦P:염성훈⟧   연락처 ⟦PH:010-6120-4473⟧
자녀: ⟦P:염다인⟧ (⟦DOB:2021. 1. 29.⟧), ⟦P:염지율⟧ (⟦DOB:2023. 8. 14.⟧)
주소: ⟦AD:충청남도 홍성군 홍북읍 청사로 81, 312동 401호⟧
방문교사: ⟦P:사공미나⟧ / 주 2회(화·목)""", "외국인")
    H("""Student Registration — Korean Language Institute

Family name: ⟦P:ABDULLAEV⟧ / Given name: ⟦P:JASURBEK⟧""".replace("Family name: ⟦P:ABDULLAEV⟧ / Given name: ⟦P:JASURBEK⟧", "Full name (as in passport): ⟦P:ABDULLAEV JASURBEK⟧") + """
Nationality: Uzbekistan   Passport: ⟦PP:AD7720451⟧
Alien Registration No.: ⟦FRN:@v=0302157⟧
Mobile: ⟦PH:+82 10 5527 3018⟧
E-mail: ⟦EM:jasur.abd03@mail.ru⟧
Term: Spring 2025 / Level 2""", "외국인")
    H("""외국인 근로자 기숙사 입소자 명단 (헤더 생략)
⟦P:THAPA MAGAR RAM⟧ 네팔 ⟦FRN:@v⟧ 201호
⟦P:SOK DARA⟧ 캄보디아 ⟦FRN:@v⟧ 201호
⟦P:KHAN MD RIFAT⟧ 방글라데시 ⟦FRN:@mask⟧ 202호""", "외국인")
    H("""난민 인정 심사 면접 일정 통지 (공개본)

신청인: A (국적 비공개)
면접 일시: 2025. 6. 11. 10:00
장소: ○○출입국·외국인청 난민과 면접실
통역: 전문 통역인 배정(언어: 아랍어)
※ 신청인의 신원 정보는 「난민법」 제17조에 따라 공개하지 않습니다.""", "외국인")
    H("""건강보험 피부양자 자격 확인 결과

가입자: ⟦P:우진호⟧   건강보험증번호: ⟦HI:61028347215⟧
피부양자
 - 배우자 ⟦P:편소영⟧ (⟦RRN:@mask=8512182⟧) : 인정
 - 모 ⟦P:장순례⟧ (⟦RRN:@mask=4702052⟧) : 인정 제외 (소득요건 초과)
처리일: 2024. 11. 28.
국민건강보험공단 ○○지사 (고객센터 1577-6100)""", "건강보험")
    H("""[의료급여 수급권자 증명서]
성명 ⟦P:주병철⟧  주민등록번호 ⟦RRN:@pre=5309081⟧
수급권자 구분: 1종   보장기관: ○○구
보장기관기호: 11440
유효기간: 2025. 1. 1. ~ 2025. 12. 31.
발급일: 2025. 1. 3.  발급번호: 2501-0003-118""", "건강보험")
    H("""노인맞춤돌봄서비스 대상자 기록지

대상자: ⟦P:하말분⟧ (여, 84세)  생년월일 ⟦DOB:1940년 9월 2일⟧
주소: ⟦AD:경북 칠곡군 왜관읍 다래길 16⟧
보호자: 장남 ⟦P:노경수⟧ (⟦PH:010-3922-7716⟧) / 며느리 ⟦P:진영미⟧ (⟦PH:054-973-2208⟧)
생활지원사: ⟦P:엄지혜⟧
특이사항: 독거, 고혈압 약 복용, 주 2회 안부 전화""", "복지")
    H("""장애인 활동지원 급여 변경 통지

수신: ⟦P:백리안⟧ 님 (법정대리인 ⟦P:백승구⟧)
귀하의 활동지원 급여가 2025. 4. 1.부터 월 420시간으로 변경되었음을 알려드립니다.
변경 사유: 서비스 지원 종합조사 결과(구간 3 → 구간 4)
이의신청: 통지받은 날부터 90일 이내
담당: ○○구 장애인복지팀 ⟦P:윤슬기⟧ 주무관 ⟦PH:02-2124-6633⟧""", "복지")
    H("""기초생활수급자 현황(통계)
구분 | 가구 | 인원
생계급여 | 3,118 | 4,470
의료급여 | 3,540 | 5,102
주거급여 | 5,021 | 7,334
교육급여 | 812 | 1,290
※ 2024. 12. 31. 기준, 중복 수급 포함""", "복지")
    H("""○○대학교병원 외래 진료 예약 확인

환자명: ⟦P:계하윤⟧   등록번호: 01928374
생년월일: ⟦DOB:1979.12.04⟧
진료과: 신경과 / 담당의: ⟦P:문태호⟧ 교수
예약 일시: 2025. 3. 18.(화) 10:40
※ 예약 변경은 1577-0000 또는 앱에서 가능""".replace("1577-0000", "1577-8852"), "병원")
    H("""응급실 내원 기록 (발췌)

내원: 2024-07-21 02:47  경로: 119
환자: ⟦P:국도윤⟧ / M / 27y / ⟦RRN:@pre=9702041⟧
보호자: 친구 ⟦P:석진우⟧ ⟦PH:010-2218-4490⟧
C.C: 복통(RLQ), 구토 2회
담당: 응급의학과 전공의 ⟦P:Sara Lindqvist⟧ (교환 연수)""", "병원")
    H("""처 방 전
의료보험 ☑건강보험  요양기관기호 31234567
환자 성명 ⟦P:여은호⟧   주민등록번호 ⟦RRN:@mask=0604233⟧
의료기관 ○○소아청소년과의원 / 전화 (대표) 031-555-0119
처방 의료인 ⟦P:나혜성⟧ (면허종별 의사, 면허번호 제81234호)
교부번호 2025년 03월 05일 - 제00187호""", "병원")
    H("""○○중학교 2학년 3반 비상연락망

1. ⟦P:강시윤⟧ - 모 ⟦PH:010-2340-7781⟧
2. ⟦P:권태오⟧ - 부 ⟦PH:010-9081-3354⟧
3. ⟦P:김별하⟧ - 모 ⟦PH:010-6618-2209⟧ / 조모 ⟦PH:031-946-2281⟧
담임 ⟦P:편지원⟧ 선생님 (교무실 대표 031-940-4000)""", "학교")
    H("""학교생활기록부 정정 요청서

학생: ⟦P:소다인⟧ (2023학년도 졸업, 졸업번호 2023-318)
요청인: 학생 본인
정정 내용: 수상경력 중 '교내 과학탐구대회 금상(2022. 10. 7.)' 누락
연락처: ⟦PH:010-4119-8826⟧ / ⟦EM:sodain.official@gmail.com⟧
처리: 학업성적관리위원회 심의 후 통보""", "학교")
    H("""방과후학교 강사 위촉 결과

과목 | 강사 | 연락처 | 계좌(강사료 입금)
로봇과학 | ⟦P:천마루⟧ | ⟦PH:010-5531-8820⟧ | 새마을금고 ⟦ACC:9002-1827-4433-1⟧
생활체육 | ⟦P:Liam O'Connor⟧ | ⟦PH:010-7726-0492⟧ | 하나은행 ⟦ACC:287-910452-11607⟧
바이올린 | ⟦P:여소희⟧ | ⟦PH:010-3380-1175⟧ | 케이뱅크 ⟦ACC:100-142-770916⟧""", "학교")
    H("""환급금 지급 안내 (문자)
[○○구청] ⟦P:배준석⟧님 자동차세 연납 환급금 41,220원이 확정되었습니다.
입금계좌 ⟦ACC:신한 110-***-630215⟧ 로 3/28 입금 예정입니다.""".replace("⟦ACC:신한 110-***-630215⟧", "신한 ⟦ACC:110-***-630215⟧"), "금융안내")
    H("""보조금 지급 의뢰서

사업명: 2024 소상공인 간판 개선 지원
수령인: 새봄인쇄 (대표 ⟦P:육다솜⟧, 사업자등록번호 ⟦BRN:@v⟧)
지급액: 2,000,000원
지급계좌: IBK기업은행 ⟦ACC:010-118472-04-015⟧ (예금주 ⟦P:육다솜⟧)
지출결의 번호: 2024-지출-08812""", "금융안내")
    H("""법인카드 사용 내역 (○○과, 2025년 1월)
사용일 | 가맹점 | 금액 | 용도
01-08 | (주)청담식품 | 84,000 | 간담회
01-15 | ○○문구 | 32,500 | 사무용품
01-22 | 한국철도공사 | 118,400 | 출장 교통비
※ 카드 소유: ○○시(기관 명의)""", "금융안내")
    H("""신용카드 정보 변경 확인서

회원명: ⟦P:남궁슬아⟧
변경 전 결제카드: ⟦CC:@mask⟧
변경 후 결제카드: ⟦CC:@mc⟧ (유효기간 09/29)
변경일: 2025. 2. 3.
청구지 주소: ⟦AD:세종특별자치시 보람동로 48, 604동 1202호⟧""", "금융안내")
    H("""예금주 확인 결과 (펌뱅킹 조회)
조회일시 2025-01-20 11:02
은행: 우리은행 / 계좌: ⟦ACC:1002-739-118204⟧
조회 결과 예금주: ⟦P:탁세영⟧ (신청인과 일치)
조회자 ID: fin_user07""", "금융안내")


@hand
def hand_batch5_ocr():
    # scanned / OCR'd documents: the noise is written by hand, inside and outside the values
    H("""주 민 등 록 표 (초 본)
성    명 : ⟦P:김 수 련⟧
주민등록번호 : ⟦RRN:@pre=7604152~fw⟧
주    소 : ⟦AD:경기도 안양시 동안구 평촌대로 2l2번길 33, 5O2동 13O4호⟧
전 입 일 : 2O18-O9-1O
발 급 일 : 2O24. 7. 3l.   발급번호 : 1234-5678-O0l2""".replace("1234-5678-O0l2", "4471-2O93-8816"), "주민등록", ocr=True)
    H("""영 수 증
가맹점 : 다정식당   대표 : ⟦P:추 영 호⟧
사업자번호 : ⟦BRN:@v~sp⟧
TEL : ⟦PH:O31-4l7-3382⟧
카드번호 : ⟦CC:4I82-3O**-****-7745⟧
승인번호 : 3O8l7742   금액 : 27,OOO원""", "금융안내", ocr=True)
    H("""진료비 납입 확인서
성명 ⟦P:배은정⟧   생년월일 ⟦DOB:１９８２．０５．１４．⟧
건강보험증번호 ⟦HI:５２１０４７８３９１６⟧
진료기간 ２０２４．１１．０２ ～ ２０２４．１１．０９
납부금액 ４５１，２００원""", "병원", ocr=True)
    H("""운전면허증
⟦DL:서울 l9-3O4872-4l⟧
성명 ⟦P:우 현 석⟧
⟦RRN:@pre=8302191~ol⟧
주소 ⟦AD:서울특별시 강서구 공항대로 3l4,
l2O3호⟧
적성검사기간 2O29.O1.O1~2O29.12.31""", "신청서", ocr=True)
    H("""통장 사본
은행명: 국민은행
계좌번호: ⟦ACC:O47l02-O4-2l8833⟧
예금주: ⟦P:나 은 비⟧
※ 본 사본은 보조금 지급 목적 외 사용 금지""", "금융안내", ocr=True)
    H("""외국인등록증(뒷면 스캔)
체류자격 E-9   체류기간 2O26.O3.14
등록번호 ⟦FRN:@v=9107235~ol⟧
성명 ⟦P:PHAN VAN THANH⟧
여권번호 ⟦PP:Cl934O27⟧""".replace("⟦PP:Cl934O27⟧", "⟦PP:C1934O27⟧"), "외국인", ocr=True)
    H("""사 업 자 등 록 증
(법인사업자)
등록번호 : ⟦BRN:@corp~fw⟧
법인명(단체명) : 주식회사 가온시스템
대  표  자 : ⟦P:황 보 세 진⟧
법인등록번호 : ⟦CRN:@v~fw⟧
사업장 소재지 : ⟦AD:서울특별시 금천구 가산디지털1로 2O5, 8O3호⟧
개 업 연 월 일 : 2O19 년 O4 월 O1 일""", "계약서", ocr=True)
    H("""[팩스 수신]  FROM : ⟦PH:O2-3276-4419⟧   2024/O9/O3 14:22  P.O1
수신 : ○○구청 건축과 담당자님
발신 : 한빛설계 ⟦P:우정란⟧ 실장
내용 : 건축허가 보완서류 송부합니다. 회신은 ⟦PH:O1O-7749-2O61⟧로 부탁드립니다.""", "공문", ocr=True)
    H("""여 권
Type / 종류  PM   Issuing country KOR
Passport No. / 여권번호 ⟦PP:M6O3K2l97⟧""".replace("⟦PP:M6O3K2l97⟧", "⟦PP:M603K2197⟧") + """
Surname / 성 ⟦P:JEONG⟧""".replace("Surname / 성 ⟦P:JEONG⟧", "Name / 성명 ⟦P:JEONG HAYUL⟧") + """
Date of birth / 생년월일 ⟦DOB:O8 MAR 1996⟧""".replace("⟦DOB:O8 MAR 1996⟧", "⟦DOB:1996.O3.O8⟧") + """
Date of expiry / 기간만료일 11 JAN 2O34""", "외국인", ocr=True)
    H("""신 청 인   성 명  ⟦P:심 예 준⟧
           주민등록번호  ⟦RRN:@mask=9911301~fw⟧
           전화번호  ⟦PH:O1O‐5248‐3396⟧
           주   소  ⟦AD:대전광역시 서구 둔산북로 l21,\n1O5동 7O2호⟧""".replace("\\n", "\n"), "신청서", ocr=True)
    H("""계 좌 입 금 의 뢰 서
받는분 ⟦P:탁 민 재⟧
은행 / 계좌  농협 ⟦ACC:35l‐O782‐4419‐13⟧
보내는분 ○○시 (기관)
금액 일금 삼십만원정 (₩3OO,OOO)""", "금융안내", ocr=True)
    H("""자동차등록증 (사본)
자동차등록번호 ⟦VP:12O누 7384⟧
차  명  아반떼
소유자 성명(명칭)  ⟦P:도 세 희⟧
생년월일(법인등록번호)  ⟦DOB:1987-O2-l6⟧
사용본거지  ⟦AD:인천광역시 서구 청라커낼로 26O, 1l2O동 5O3호⟧""", "차량·교통", ocr=True)
    H("""제 2O24 - O1873 호
표 창 장
⟦P:한 결 이⟧
귀하는 평소 투철한 봉사 정신으로 지역사회 발전에 기여한 공이 크므로 이에 표창합니다.
2O24년 12월 2O일
○○시장""", "공문", ocr=True)
    H("""가 족 관 계 증 명 서
본인  ⟦P:선우 재 경⟧  ⟦DOB:l97O년 O6월 22일⟧  ⟦RRN:７００６２２－１******⟧
배우자 ⟦P:사공 은 하⟧  ⟦DOB:l972년 l2월 O3일⟧  ⟦RRN:７２１２０３－２******⟧
자녀  ⟦P:선우 하 늘⟧  ⟦DOB:2OO5년 O4월 l1일⟧  ⟦RRN:０５０４１１－４******⟧""", "주민등록", ocr=True)
    H("""입 금 표
공급받는자  ⟦P:모 상 철⟧ 귀하
공 급 자  등록번호 ⟦BRN:@v~ol⟧   상호 한울철물   성명 ⟦P:반 진 호⟧
금    액  일금 일백이십만원정
입금 계좌  부산은행 ⟦ACC:1O1-2O44-9918-O3⟧""", "금융안내", ocr=True)
    H("""건 강 검 진 결 과 통 보 서
수검자 ⟦P:차 은 영⟧   ⟦RRN:@mask=6801112~fw⟧
건강보험증번호 ⟦HI:7 3O2 l94 8O55⟧
검진일 2O24. O6. l8.   판정: 정상B(경계)""", "건강보험", ocr=True)
    H("""민 원 접 수 증
접수번호 : 2AA-24l1-OO34419
민 원 인 : ⟦P:위 서 준⟧
연 락 처 : ⟦PH:O1O 88l4 2O76⟧
민원사무명 : 건축물대장 기재사항 변경
처리예정일 : 2O24. l1. 22.
※ 문의 : 민원실 (대표) 1899-O4l0""", "민원회신", ocr=True)
    H("""(스캔 문서 - 판독 불가 부분 있음)
…월 …일 ○○동 행정복지센터 방문 상담
상담 대상: 김○○ (80대, 독거)
연락처: 판독 불가
상담 내용: 난방비 지원 문의, 기초연금 수급 중
후속 조치: 에너지바우처 신청 안내 (담당 ○○○)""", "복지", ocr=True)
    H("""공  문  (팩스  수신  사본)
문서번호  건축과-l2O44
시행일자  2O25.  O2.  l7.
제목  위반건축물  시정명령  사전통지
※  개인정보  보호를  위해  대상자  정보는  별지로  송부함
전화  (대표)  O43-2O1-2114""", "공문", ocr=True)
    H("""내 용 증 명
발신인  ⟦P:변 지 석⟧
        ⟦AD:부산광역시 동래구 충렬대로 l8l, 3층⟧
수신인  ⟦P:구 나 래⟧
        ⟦AD:부산광역시 연제구 거제대로 22O, l5O2호⟧
제  목  임대차보증금 반환 청구
귀하와 본인은 2O22. 3. 5. 위 부동산에 관하여 임대차계약을 체결하였는바 …
연락처 ⟦PH:O1O-3O82-ll49⟧""", "계약서", ocr=True)


# ---------------------------------------------------------------------------
# assembly, validation, output
# ---------------------------------------------------------------------------
def build_all():
    del RECORDS[:]
    R.seed(SEED)
    OCR_R.seed(SEED + 3)
    for g in GENS:
        g()
    for h in HAND:
        h()
    order = list(range(len(RECORDS)))
    random.Random(SEED + 7).shuffle(order)
    recs = [RECORDS[i] for i in order]
    for k, r in enumerate(recs):
        r["id"] = "by-%04d" % (k + 1)
    return recs


def stats(recs):
    by_type = collections.Counter()
    by_genre = collections.OrderedDict()
    for r in recs:
        g = r["genre"]
        e = by_genre.setdefault(g, [0, 0, 0])
        e[0] += 1
        e[1] += (not r["spans"])
        e[2] += len(r["spans"])
        for s in r["spans"]:
            by_type[s["type"]] += 1
    return by_type, by_genre


def main():
    recs = build_all()
    errs = validate(recs)
    if errs:
        for e in errs[:60]:
            print("ERROR", e)
        print("%d validation errors" % len(errs))
        sys.exit(1)
    out = os.path.join(OUT_DIR, "pii_by.jsonl")
    meta_out = os.path.join(OUT_DIR, "pii_by.meta.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps({"id": r["id"], "text": r["text"], "spans": r["spans"], "genre": r["genre"]},
                               ensure_ascii=False) + "\n")
    with open(meta_out, "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            m = dict(r["_meta"])
            m["id"] = r["id"]
            f.write(json.dumps(m, ensure_ascii=False, sort_keys=True) + "\n")
    # re-read and re-check
    back = []
    with open(out, encoding="utf-8") as f:
        metas = [json.loads(x) for x in open(meta_out, encoding="utf-8")]
        for line, m in zip(f, metas):
            r = json.loads(line)
            r["_meta"] = m
            back.append(r)
    errs = validate(back)
    assert not errs, errs[:5]
    for r in back:
        assert set(r) == {"id", "text", "spans", "genre", "_meta"}
        for s in r["spans"]:
            assert s["type"] in ALL_TYPES
    by_type, by_genre = stats(back)
    n = len(back)
    hand_n = sum(1 for r in back if r["_meta"]["source"] == "hand")
    ocr_n = sum(1 for r in back if r["_meta"]["ocr"])
    nopii = sum(1 for r in back if not r["spans"])
    print("records %d  hand-written %d (%.1f%%)  OCR %d (%.1f%%)  no-PII %d (%.1f%%)  spans %d" % (
        n, hand_n, 100.0 * hand_n / n, ocr_n, 100.0 * ocr_n / n, nopii, 100.0 * nopii / n, sum(by_type.values())))
    print("per type:")
    for t in ALL_TYPES:
        print("  %-22s %d" % (t, by_type[t]))
    print("per genre (records, no-PII, spans):")
    for g, (a, b, c) in sorted(by_genre.items(), key=lambda kv: -kv[1][0]):
        print("  %-10s %4d %4d %5d" % (g, a, b, c))
    hb = collections.Counter(r["_meta"]["base_genre"] for r in back if r["_meta"]["source"] == "hand")
    print("hand-written by base genre:", dict(sorted(hb.items(), key=lambda kv: -kv[1])))
    ob = collections.Counter(r["_meta"]["base_genre"] for r in back if r["_meta"]["ocr"])
    print("OCR by base genre:", dict(sorted(ob.items(), key=lambda kv: -kv[1])))


@hand
def hand_batch6():
    H("""운전면허 행정처분 이의심의 결과 통지

성    명: ⟦P:계성민⟧
면허번호: ⟦DL:경기 04-118273-52⟧
처분내용: 운전면허 취소(혈중알코올농도 0.091%)
심의결과: 기각
근    거: 「도로교통법」 제94조 및 같은 법 시행규칙 제95조
통지일: 2025. 1. 16.
○○시·도경찰청장""", "차량·교통")
    H("""렌터카 대여 계약서

임차인 성명: ⟦P:어윤재⟧   생년월일: ⟦DOB:93.08.14⟧
운전면허번호: ⟦DL:13-12-558201-37⟧ (1종 보통, 적성검사 2032. 12. 31.)
제2운전자: ⟦P:최다올⟧ / 면허번호 ⟦DL:261904412280⟧
연락처: ⟦PH:010-6621-3047⟧
대여 차량: ⟦VP:38허 5512⟧ (K5) / 대여기간 2025. 5. 3. 09:00 ~ 5. 5. 18:00
결제: ⟦CC:@visa⟧ (보증금 승인 300,000원)""", "계약서")
    H("""신분증 진위확인 요청 내역 (민원 창구)

요청일시 | 신분증 종류 | 번호 | 확인 결과
2024-11-04 10:12 | 운전면허증 | ⟦DL:11-09-447120-81⟧ | 일치
2024-11-04 10:40 | 운전면허증 | ⟦DL:부산 15-662093-04⟧ | 일치
2024-11-04 11:05 | 여권 | ⟦PP:M902R3318⟧ | 일치
2024-11-04 11:31 | 외국인등록증 | ⟦FRN:@v⟧ | 불일치(재발급 필요)""", "로그")
    H("""택시 운수종사자 자격 취득 현황 (○○운수)
⟦P:변광호⟧ ⟦DL:대구 97-330418-66⟧ 2015-03-02 취득
⟦P:소재웅⟧ ⟦DL:22-01-180772-43⟧ 2019-08-19 취득
⟦P:하명길⟧ ⟦DL:22-93-041135-19⟧ 2021-01-11 취득""", "명부")
    H("""교통사고 사실확인원

사고일시: 2024. 9. 27. 18:20
사고장소: ○○시 ○○동 ○○사거리
A차량 ⟦VP:51나 2034⟧ 운전자 ⟦P:구민재⟧ (면허 ⟦DL:충남 10-208845-71⟧)
B차량 ⟦VP:223저 8810⟧ 운전자 ⟦P:위소연⟧ (면허 ⟦DL:16-18-900312-05⟧)
피해정도: A 경상 1명, B 물적 피해
발급: ○○경찰서 교통조사팀""", "사고보고서")
    H("""공유 킥보드 이용 정지 안내

[알림] 회원님의 운전면허(⟦DL:서울 21-774019-88⟧) 확인 결과 면허가 정지 상태로 조회되어 서비스 이용이 제한됩니다.
회원 ID: kick_user2291
문의: 고객센터 1661-2290""", "메신저")
    H("""체납 지방세 카드 납부 내역

납세자 | 세목 | 카드번호 | 납부액
⟦P:남도희⟧ | 자동차세 | ⟦CC:@local⟧ | 287,400
⟦P:강병수⟧ | 재산세 | ⟦CC:@bc⟧ | 1,120,500
⟦P:선희정⟧ | 주민세 | ⟦CC:@mask⟧ | 6,250
⟦P:표재민⟧ | 자동차세 | ⟦CC:@jcb⟧ | 199,300""", "표")
    H("""[결제 완료] ○○시 시설관리공단 수영장 3개월 이용권
주문자: ⟦P:임하윤⟧
결제수단: 신용카드 ⟦CC:@amex⟧
결제금액: 186,000원
승인일시: 2025.03.02 09:14:55
주문번호: 20250302-0091177""", "금융안내")
    H("""분실 신고 접수 확인

신고인 ⟦P:연태호⟧ 님이 분실 신고하신 카드(⟦CC:@mc⟧)의 사용이 2025. 4. 9. 16:02부로 정지되었습니다.
재발급 카드는 ⟦AD:경기도 고양시 덕양구 화정로 65, 1306동 802호⟧로 배송됩니다.
상담원: ⟦P:민채아⟧ (상담번호 A2504-0917)""", "금융안내")
    H("""카드 결제 취소 요청서 (민원 첨부)
청구인: ⟦P:봉예린⟧
카드번호: ⟦CC:@visa⟧
결제일: 2024. 10. 30. / 가맹점: ○○시 체육시설 예약시스템
취소 사유: 우천으로 인한 시설 폐쇄
환불 계좌(카드 취소 불가 시): 토스뱅크 ⟦ACC:1000-4418-2093⟧""", "민원회신")
    H("""부정 결제 의심 거래 보고 (내부)
- 대상 카드: ⟦CC:@mask⟧ (회원 ⟦P:탁서연⟧)
- 의심 거래: 2025-02-11 03:12 해외 온라인 가맹점 3건, 합계 USD 1,284.00
- 접속 IP: ⟦IP:185.220.101.47⟧
- 조치: 카드 정지, 회원 통화 완료(본인 거래 아님 확인)""", "사고보고서")
    H("""건강보험 자격 변동 안내 (우편)

⟦P:홍예준⟧ 님 귀하
⟦AD:(42250) 대구광역시 수성구 들안로 366, 1층⟧
귀하의 건강보험 자격이 2025. 1. 1.부로 직장가입자에서 지역가입자로 변경되었습니다.
건강보험증번호: ⟦HI:40917726318⟧
보험료 문의: 국민건강보험공단 고객센터 1577-6100""".replace("⟦AD:(42250) 대구", "(42250) ⟦AD:대구"), "건강보험")
    H("""산후조리 도우미 지원 신청 명단

산모 | 생년월일 | 건강보험증번호 | 출산예정일
⟦P:유아름⟧ | ⟦DOB:1993-04-18⟧ | ⟦HI:52018847302⟧ | 2025-06-02
⟦P:송다빈⟧ | ⟦DOB:1990-11-27⟧ | ⟦HI:11740298563⟧ | 2025-06-15
⟦P:설가희⟧ | ⟦DOB:1996-02-09⟧ | ⟦HI:38801274419⟧ | 2025-07-01""", "건강보험")
    H("""요양급여 의뢰서
수진자: ⟦P:천영길⟧ (⟦RRN:@mask=5211051⟧)
건강보험증번호: ⟦HI:27730418856⟧
의뢰 사유: 무릎 인공관절 수술 필요성 평가
의뢰 의료기관: ○○정형외과의원 / 의사 ⟦P:계준영⟧
회송 시 연락처: ⟦PH:055-762-8841⟧""", "병원")
    H("""건강보험료 납부확인서
납부자: ⟦P:국희수⟧
가입자 번호: ⟦HI:66102937745⟧
납부 기간: 2024년 1월 ~ 2024년 12월
총 납부액: 1,874,220원
※ 연말정산 제출용""", "건강보험")
    H("""법인 등기사항 요약

상호: 주식회사 하람물류
등록번호(법인등록번호): ⟦CRN:@v⟧
본점: ⟦AD:경기도 이천시 마장면 물푸레로 288⟧
대표이사: ⟦P:안도훈⟧
사내이사: ⟦P:석미현⟧, ⟦P:Kevin Ashford⟧
설립일: 2016. 5. 20.""", "계약서")
    H("""입찰 참가 업체 현황
업체명 | 대표자 | 사업자등록번호 | 법인등록번호
(주)솔빛통신 | ⟦P:원지호⟧ | ⟦BRN:@corp⟧ | ⟦CRN:@v⟧
주식회사 온누리인쇄 | ⟦P:방세린⟧ | ⟦BRN:@corp⟧ | ⟦CRN:@v⟧
바른전기 | ⟦P:공석진⟧ | ⟦BRN:@v⟧ | (개인사업자)""", "표")
    H("""기부금 영수증
기부자: (주)동행컨설팅 (법인등록번호 ⟦CRN:@v⟧, 사업자등록번호 ⟦BRN:@corp⟧)
기부금액: 5,000,000원 / 기부일: 2024. 12. 26.
기부금 단체: 사회복지법인 ○○복지재단
고유번호: 134-82-00000""".replace("134-82-00000", "(기관 고유번호 생략)"), "금융안내")
    H("""채권자 목록 (회생 신청서 첨부)
1. (주)미래산업개발  법인등록번호 ⟦CRN:@v⟧  채권액 32,000,000원
2. ⟦P:용석호⟧  (⟦RRN:@mask=6508171⟧)  채권액 8,500,000원  ⟦AD:충북 청주시 흥덕구 가경로 112, 202호⟧
3. ○○은행  채권액 120,440,000원""", "판결문")
    H("""위임장

위임인  ⟦P:함정란⟧ (⟦RRN:@pre=5802242⟧)
        ⟦AD:강원특별자치도 원주시 단구로 170, 105동 304호⟧  ⟦PH:010-4472-8130⟧
수임인  ⟦P:함보겸⟧ (⟦RRN:@pre=8609151⟧) — 관계: 아들
위임 내용: 국민연금 수급권 관련 서류 발급 및 제출 일체
2025. 3. 10.  위임인 ⟦P:함정란⟧ (인)""", "신청서")
    H("""[국민신문고] 민원 신청 내용
제목: 아파트 단지 앞 횡단보도 신호 시간 연장 요청
내용: 저는 ○○아파트에 사는 주민입니다. 어르신들이 건너기에 신호가 너무 짧습니다. 검토 부탁드립니다.
공개 여부: 공개 / 신청인 정보: 비공개 처리됨""", "민원회신")
    H("""행정 안내: 정보공개 청구 처리 기간
1. 청구를 받은 날부터 10일 이내에 공개 여부를 결정합니다(「공공기관의 정보공개에 관한 법률」 제11조 제1항).
2. 부득이한 경우 10일 범위에서 연장할 수 있습니다.
3. 이의신청: 결정 통지를 받은 날부터 30일 이내.
4. 문의: 정보공개 콜센터 1577-0200""".replace("1577-0200", "1577-8500"), "민원회신")
    H("""회의 결과 보고(요지)
- 회의명: ○○시 스마트도시 협의회 제2차 회의
- 참석: 당연직 위원 6명, 위촉 위원 8명 (명단 별첨, 비공개)
- 결과: 자율주행 셔틀 실증 구간 2.4km 확정, 2025년 예산 1,200백만 원
- 후속: 4월 중 시민 설명회 개최""", "회의록")
    H("""2025 청렴 교육 이수 안내
○ 대상: 전 직원(공무직 포함)
○ 기한: 2025. 6. 30.
○ 방법: 인재개발원 사이버교육센터 접속 → '공직자 행동강령' 과정(2시간) 수강
○ 미이수 시 하반기 교육훈련 시간에서 제외
○ 시스템 문의: 사이버교육센터 헬프데스크 1544-0307""", "공문")


@hand
def hand_batch7():
    H("""○○시의회 본회의 회의록 (발췌)

○의장 ⟦P:모태균⟧  다음은 시정질문 순서입니다. ⟦P:성하린⟧ 의원 나와 주십시오.
○⟦P:성하린⟧ 의원  시장님께 묻겠습니다. 지난해 청년 기본소득 집행률이 61%에 그친 이유는 무엇입니까?
○시장 ⟦P:석동우⟧  신청 절차가 복잡했던 점을 인정합니다. 올해부터 온라인 신청을 도입했습니다.
○⟦P:성하린⟧ 의원  담당 국장께 추가로 묻겠습니다.
○청년정책국장 ⟦P:이슬비⟧  보완 대책을 서면으로 제출하겠습니다.""", "회의록")
    H("""주민설명회 질의응답 정리
Q1. (주민, ○○리) 송전탑 경과지 변경 가능성은?
A1. (사업자 측 부장) 현재 노선은 환경영향평가 협의 중으로 변경 여부는 6월 확정 예정입니다.
Q2. (주민, △△리) 보상 기준은?
A2. 「송·변전설비 주변지역의 보상 및 지원에 관한 법률」 제4조에 따릅니다.
※ 질의자 성명은 본인 요청에 따라 기재하지 않음""", "회의록")
    H("""[보도자료] ○○구, 우수 자원봉사자 12명 표창

○○구는 5일 구청 대강당에서 '2024 자원봉사자의 날' 기념식을 열고 우수 자원봉사자 12명에게 구청장 표창을 수여했다.
최고령 수상자인 ⟦P:황보금순⟧(86) 어르신은 20년째 경로식당에서 배식 봉사를 하고 있다.
최연소 수상자 ⟦P:남하율⟧(16) 양은 "할머니들이 고맙다고 할 때 가장 뿌듯하다"고 말했다.
□ 담당: 자치행정과 자원봉사팀장 ⟦P:길하영⟧ (⟦PH:02-2600-6134⟧), 주무관 ⟦P:편도윤⟧ (⟦PH:02-2600-6137⟧)""", "보도자료")
    H("""[해명자료] "○○시, 폐기물 처리 특혜" 보도 관련
□ ○○신문은 1월 20일자 "○○시, 특정 업체에 폐기물 처리 몰아줘" 기사에서 시가 수의계약으로 특혜를 줬다고 보도했습니다.
□ 사실과 다릅니다. 해당 계약은 「지방계약법」 제9조에 따른 제한경쟁입찰로 체결되었으며, 입찰 공고(제2024-1187호)는 나라장터에 게시되었습니다.
□ 문의: 자원순환과 (대표전화 033-250-3000)""", "보도자료")
    H("""사건 기사 | 전세사기 일당 기소

검찰은 ⟦AD:인천 미추홀구 주안로 160⟧ 일대 빌라 120여 채로 전세사기를 벌인 혐의(사기)로 임대업자 C(61)씨 등 7명을 구속기소했다고 밝혔다.
피해자 대책위원장 ⟦P:안채린⟧(34) 씨는 "보증금을 돌려받을 방법이 막막하다"고 호소했다.""".replace("⟦AD:인천 미추홀구 주안로 160⟧ 일대", "인천 미추홀구 주안동 일대"), "뉴스")
    H("""인물 동정
▲⟦P:계민호⟧ ○○대 행정학과 교수, 한국지방행정학회 회장 취임
▲⟦P:Chloe Bernard⟧ 주한프랑스문화원 원장, 부산 국제영화제 심사위원 위촉
▲⟦P:우다현⟧ ○○시 문화관광국장, 지방부이사관 승진""", "뉴스")
    H("""부고
⟦P:천영수⟧ 씨(전 ○○군청 건설과장) 별세, ⟦P:천지혁⟧(○○일보 기자)·⟦P:천미소⟧ 씨 부친상
빈소: ○○병원 장례식장 3호실 / 발인: 2025. 3. 14. 오전 7시""", "뉴스")
    H("""학생 전학 서류 발송 (공문 첨부 명세)

학생 ⟦P:여하람⟧ (⟦DOB:2012. 9. 3.⟧생, 6학년)
전출교: ○○초등학교 → 전입교: △△초등학교
보호자 ⟦P:여준석⟧ (⟦PH:010-7413-2206⟧)
새 주소: ⟦AD:경기도 하남시 미사강변중앙로 190, 1703동 1204호⟧
첨부: 학교생활기록부 사본, 건강기록부 사본""", "학교")
    H("""2025학년도 신입생 오리엔테이션 안내
일시: 2025. 2. 21.(금) 10:00 / 장소: 본교 체육관
준비물: 필기구, 실내화
※ 교복 공동구매 문의: 행정실 대표 032-510-8200
※ 학생 명단은 개인정보 보호를 위해 개별 문자로 안내합니다.""", "학교")
    H("""의무기록 사본 발급 신청서
환자 성명 ⟦P:소현진⟧   생년월일 ⟦DOB:1968년 5월 30일⟧
신청인 ⟦P:소다은⟧ (환자와의 관계: 딸)  연락처 ⟦PH:010-2093-7745⟧
신청인 주민등록번호 ⟦RRN:@pre=9502122⟧
요청 범위: 2024. 6. 1. ~ 2024. 8. 31. 입원 기록 일체
제출 서류: 가족관계증명서, 환자 동의서""", "병원")
    H("""병원 감염관리실 주간 보고
- 신규 격리 환자: 3명 (병동 71W 2명, 83W 1명)
- 환자 식별 정보는 EMR 등록번호로만 관리 (본 보고서 미기재)
- 손위생 수행률: 92.4%
- 다음 점검: 2025. 4. 7.""", "병원")
    H("""Hotel Check-in Record (발췌)
Guest: ⟦P:Tomás Herrera⟧ / Nationality: 멕시코 / Passport ⟦PP:G41720593⟧
Guest: ⟦P:Ayşe Demir⟧ / Nationality: 튀르키예 / Passport ⟦PP:U18830455⟧
Contact during stay: ⟦PH:+82-10-9914-2078⟧ (tour leader ⟦P:Ricardo Vega⟧)""", "외국인")
    H("""외국인 계절근로자 배정 명단 (○○군)

농가주: ⟦P:사공재철⟧ (⟦AD:전북 남원시 운봉읍 산수유길 87⟧, ⟦PH:010-5527-1186⟧)
근로자: ⟦P:DELOS SANTOS MARK⟧ (필리핀, 여권 ⟦PP:P2837195B⟧), ⟦P:VILLANUEVA JOHN REY⟧ (필리핀, 여권 ⟦PP:P4019728A⟧)
근로기간: 2025. 4. 1. ~ 2025. 8. 31. (5개월)""", "외국인")
    H("""재외국민 주민등록 신고 (창구 메모)
신고인: ⟦P:Jin Park Lee⟧ (한국명 ⟦P:이진박⟧)
재외국민 여권 ⟦PP:M447H8021⟧
국내 거소: ⟦AD:서울특별시 용산구 이태원로 211, 4층⟧
영주 국가: 미국 / 연락처 ⟦PH:+1-213-555-0187⟧""".replace("⟦PH:+1-213-555-0187⟧", "⟦EM:jin.parklee@outlook.com⟧"), "외국인")
    H("""출국 항공권 예약 확인(e-ticket) - 공무 국외출장
PASSENGER: ⟦P:KIM/HYEJIN MS⟧""".replace("⟦P:KIM/HYEJIN MS⟧", "⟦P:KIM HYEJIN⟧ MS") + """
PASSPORT: ⟦PP:M508Q1172⟧
BOOKING REF: 6XK2PA   TICKET: 180-2448195530
KE901 ICN-CDG 14OCT 13:20 / KE902 CDG-ICN 21OCT 19:45""", "공문")
    H("""접속 차단 IP 목록 (보안관제 일일 보고)
1. ⟦IP:91.240.118.29⟧ - 웹 취약점 스캐닝
2. ⟦IP:2a0e:97c0:3e3:1c2::4f⟧ - 관리자 페이지 무차별 대입
3. ⟦IP:58.229.17.203⟧ - 민원 게시판 매크로 등록(국내 개인 회선)
※ 대상 서버 정보는 보안상 생략""", "로그")
    H("""[온라인 민원 접수 기록]
접수시각 2024-12-18 23:51:07 / 접수 IP ⟦IP:175.223.14.96⟧ (모바일)
신청인 ⟦P:기다온⟧ / ⟦EM:daon.ki@kakao.com⟧ / ⟦PH:010-3318-4420⟧
민원 종류: 불법 광고물 신고
첨부: 사진 3매""", "로그")
    H("""개인정보 파일 보유 현황 (공개)
파일명 | 보유 근거 | 항목 | 보유 기간
민원인 명부 | 「민원 처리에 관한 법률」 | 성명, 연락처 | 10년
체납자 관리대장 | 「지방세징수법」 | 성명, 주민등록번호, 주소 | 5년
CCTV 영상 | 「개인정보 보호법」 제25조 | 영상 | 30일""", "표")
    H("""분실물 습득 신고서
습득일시: 2025. 2. 2. 14:10 / 습득장소: ○○역 2번 출구
습득물: 지갑(현금 32,000원, 신분증 1매, 카드 2매)
신분증 명의자: ⟦P:지하람⟧ / 카드: ⟦CC:@mask⟧, ⟦CC:@mask⟧
습득자: ⟦P:옥다예⟧ (⟦PH:010-6624-1093⟧) - 보상금 청구 포기""", "사고보고서")
    H("""CCTV 열람 신청 처리 결과
신청인: 비공개(본인 요청)
열람 대상: 2025. 1. 8. 17:00~17:30 ○○공영주차장 2번 카메라
결과: 제3자 얼굴 모자이크 후 열람 허용(「개인정보 보호법」 제35조)
처리부서: 정보통신과 영상정보팀""", "민원회신")
    H("""상가 임대차 계약 갱신 합의서
임대인 ⟦P:신동현⟧   임차인 ⟦P:왕재이⟧ (상호: 해담세탁, 사업자등록번호 ⟦BRN:@v⟧)
대상: ⟦AD:부산광역시 수영구 광안해변로 277, 1층 102호⟧
보증금 20,000,000원 / 월세 1,100,000원(5% 인상)
갱신 기간: 2025. 5. 1. ~ 2027. 4. 30.
월세 입금 계좌: ⟦ACC:112-2048-3371-09⟧ (부산은행, 예금주 ⟦P:신동현⟧)""", "계약서")
    H("""표준 근로계약서 작성 안내(고용노동부 예시 서식 요약)
1. 근로계약 기간, 근무 장소, 업무 내용을 명시합니다.
2. 임금은 매월 정해진 날짜에 근로자 명의 계좌로 지급합니다.
3. 사업주 '갑', 근로자 '을'로 표기하고 서명 또는 날인합니다.
※ 예시: 사업주 ○○상사 대표 홍길동 / 근로자 김○○""", "계약서")
    H("""개인정보 제3자 제공 동의서 (장학 사업)
학생 성명: ⟦P:권라온⟧   학번: 202311448   학과: 사회복지학과
생년월일: ⟦DOB:040612⟧
연락처: ⟦PH:010-2881-0349⟧   이메일: ⟦EM:raon.kwon04@naver.com⟧
제공받는 자: ○○장학재단 / 제공 항목: 성명, 학번, 성적, 계좌번호
장학금 입금 계좌: 카카오뱅크 ⟦ACC:3333-08-2219471⟧""", "동의서")
    H("""마을 공동체 공모사업 신청서
단체명: 새터마을 텃밭모임 (구성원 11명)
대표자: ⟦P:추은영⟧ / ⟦PH:010-9018-5542⟧ / ⟦EM:eunyoung.choo@daum.net⟧
총무: ⟦P:범상현⟧ / ⟦PH:010-3347-6620⟧
사업 장소: ⟦AD:화성시 새솔로 21-4⟧ 공터(소유자 사용승낙서 첨부)
보조금 수령 계좌: 농협 ⟦ACC:351-1029-4477-83⟧ (예금주 ⟦P:추은영⟧)""".replace("⟦AD:화성시 새솔로 21-4⟧ 공터", "○○동 공영 텃밭 부지"), "신청서")
    H("""복지 사각지대 발굴 대상 통보(한국사회보장정보원 → ○○구)
연번 | 성명 | 생년월일 | 위기 정보
1 | ⟦P:조명자⟧ | ⟦DOB:1951.02.14⟧ | 단전·단수, 건강보험료 6개월 체납
2 | ⟦P:태성근⟧ | ⟦DOB:1962.10.30⟧ | 통신비 체납, 임대료 체납
3 | ⟦P:예하림⟧ | ⟦DOB:1988.07.07⟧ | 금융 연체
※ 통보 자료는 현장 확인 목적 외 사용 금지""", "복지")
    H("""생계급여 지급 내역 (월별)
월 | 생계급여 | 주거급여 | 합계
1월 | 713,102 | 341,000 | 1,054,102
2월 | 713,102 | 341,000 | 1,054,102
3월 | 713,102 | 341,000 | 1,054,102
(수급자 정보 별도 보관)""", "복지")
    H("""예산 집행 현황(2025. 3. 31. 기준, 단위: 천원)
사업명 | 예산액 | 집행액 | 집행률
청년 일자리 | 1,200,000 | 318,400 | 26.5%
노인 돌봄 | 3,450,000 | 1,012,300 | 29.3%
공원 정비 | 880,000 | 95,000 | 10.8%""", "표")
    H("""대화 캡처(민원인 제출)
[엄마] 여기 주소 ⟦AD:경남 김해시 가야로 405, 108동 702호⟧ 이리로 보내
[엄마] 아빠 번호 ⟦PH:010-5561-2083⟧
[나] 응 알겠어 엄마 주민번호 ⟦RRN:@pre=6604152⟧ 맞지?
[엄마] 응""", "메신저")
    H("""슬랙 #민원팀 채널 (내보내기)
⟦P:은가람⟧  10:14  오늘 방문 민원 14건, 전화 32건입니다
⟦P:Noah Kim⟧  10:15  외국인 민원 통역 요청 2건 있어요 (베트남어)
⟦P:은가람⟧  10:16  1345 연결하시고 결과만 공유 부탁드려요
⟦P:Noah Kim⟧  10:20  네 👍""", "메신저")


@hand
def hand_batch8_nopii():
    # documents with no personal data at all (hard negatives only)
    H("""○○시 고시 제2025-41호
도시계획시설(도로) 결정 변경 고시
1. 「국토의 계획 및 이용에 관한 법률」 제30조에 따라 도시관리계획(도로) 결정을 변경하고 같은 법 제32조에 따라 지형도면을 고시합니다.
2. 위치: ○○동 411-2번지 일원 / 면적: 12,430㎡ → 13,115㎡
3. 관계 도서는 ○○시 도시계획과(☎ 대표 031-8024-2114)에 비치하여 일반에게 보입니다.""", "공문")
    H("""정책 자료집 발간 알림
- 자료명: 「2024 지방자치 통계 연보」 (ISBN 979-11-0000-000-0 생략, 발간등록번호 11-1741000-000123-10)
- 쪽수: 412쪽 / 배포: 전자파일(PDF) 누리집 게시
- 문의: 지방자치정책과 (대표 044-205-3114)""", "보도자료")
    H("""시스템 점검 공지
일시: 2025. 2. 22.(토) 00:00 ~ 06:00
대상: 통합민원발급시스템(버전 4.8.12), 전자결재 시스템
내용: DB 서버 보안 패치 적용(커널 5.14.0-427, 패치 KB5034441)
※ 점검 시간에는 민원서류 발급이 중단됩니다. 고객센터 1588-2188""", "공문")
    H("""감사원 감사 결과 조치 계획 (요약)
지적 사항 1: 공유재산 무단 점유 변상금 미부과 - 변상금 18,420,000원 부과 예정(2025. 4.)
지적 사항 2: 보조금 중복 지원 - 환수 2,300,000원
지적 사항 3: 계약 보증금 미징수 - 관련 규정 개정
책임자 조치: 징계 1명(견책), 훈계 2명 (대상자 명단 비공개)""", "감사보고서")
    H("""2024년 민원 처리 통계
총 접수 48,220건 / 처리 47,915건 / 처리율 99.4%
평균 처리 기간 3.2일(법정 기간 대비 41% 단축)
민원 유형: 인허가 38%, 제증명 31%, 고충 18%, 기타 13%
접수번호 체계: 1AA-YYMM-일련번호(7자리)""", "표")
    H("""(스 캔) 회 의 자 료 표 지
제 3 차   ○○ 위 원 회
일 시 :  2O24. 1O. l7.( 목 ) 14:OO
장 소 :  본 관  3 층  대 회 의 실
안 건 :  ① 2O25 년 도  사 업 계 획 ( 안 )  ② 기 타""", "회의록", ocr=True)
    H("""표준 서식 (빈 양식)
성명 (      )  생년월일 (    .   .   )
주소 (                               )
연락처 (     -      -      )  이메일 (          @          )
계좌번호 (은행명:        / 번호:                )
※ 굵은 칸은 필수 기재 사항입니다.""", "신청서")
    H("""질의 회신(법령 해석 사례)
질의: 갑 법인이 을 개인에게 임대한 주택을 병이 전대한 경우 주민등록 전입신고 가능 여부
회신: 「주민등록법」 제6조 및 제10조에 따라 실제 거주 사실이 확인되면 전입신고가 가능합니다. 다만 임대차 관계는 당사자 간 계약에 따릅니다.
(행정안전부 주민과-2024-1187, 2024. 8. 20.)""", "민원회신")
    H("""반 송 우 편 물 처 리 대 장 (스 캔 본 , 개 인 정 보 가 림 처 리)
연번 | 수취인 | 반송 사유 | 처리
1 | ■■■ | 수취인 불명 | 공시송달
2 | ■■■ | 이사 감 | 재발송
3 | ■■■ | 폐문 부재 | 재발송
담 당 : ○○과""", "표", ocr=True)
    H("""안전 점검 체크리스트 (○○체육관)
□ 소화기 압력 게이지 정상(14개)  □ 비상구 유도등 점등  □ 관람석 난간 고정 상태
점검일: 2025. 3. 3. / 점검자: 시설관리팀(서명 생략) / 다음 점검: 2025. 6. 2.
관리번호 031-2019-0087 (시설물 통합정보관리)""", "사고보고서")


@hand
def hand_batch9():
    H("""[콜센터 상담 녹취 전사본] 상담번호 C-250114-0331
상담원: 네, ○○구 민원콜센터입니다. 무엇을 도와드릴까요?
고객: 네, 제가 지난주에 주차 과태료 이의신청을 했는데 답이 없어서요.
상담원: 성함과 연락처 말씀해 주시겠어요?
고객: ⟦P:차영식⟧이고요, 번호는 ⟦PH:공일공 사칠일이 삼삼구팔⟧이요.
상담원: 차량번호도 부탁드립니다.
고객: ⟦VP:62로 5173⟧이요. 흰색 승용차예요.
상담원: 확인되었습니다. 담당 부서에서 3일 이내 회신드리도록 하겠습니다.""", "민원회신")
    H("""112 신고 접수 내용(요약)
신고 시각: 2024. 8. 9. 21:47
신고자: ⟦P:반소율⟧ (회신번호 ⟦PH:010-7782-4019⟧)
내용: 이웃집에서 고성과 물건 깨지는 소리가 계속 들림
출동: ○○지구대 순찰차 2대, 21:55 현장 도착
결과: 가정 내 다툼, 당사자 분리 조치 / 추가 조치 불요""", "사고보고서")
    H("""청년 농부 이야기

⟦P:류하진⟧은 서울에서 7년간 회사를 다니다 2021년 고향 괴산으로 돌아왔다. 처음 2년은 실패의 연속이었다.
⟦P:류하진⟧을 일으켜 세운 건 마을 어르신들이었다. 옆 밭의 ⟦P:문옥분⟧ 할머니는 고추 모종 심는 법부터 가르쳤다.
지금 ⟦P:류하진⟧이 키운 유기농 절임배추는 온라인에서 매년 완판된다.""", "뉴스")
    H("""[알림장] 3학년 2반
오늘 ⟦P:채이담⟧이가 교내 독서 골든벨에서 1등을 했어요. 축하해 주세요!
내일 준비물: 리코더, 색연필
※ 현장체험학습 동의서는 금요일까지 제출해 주세요. (담임 ⟦P:구하영⟧)""", "학교")


@hand
def hand_batch10():
    H("""외국인 주민 운전면허 교환 발급 접수 (창구 대장)
1) ⟦P:CHEN YUTING⟧ 대만 / 외국인등록번호 ⟦FRN:@v⟧ / 교환 면허 ⟦DL:서울 24-118392-06⟧
2) ⟦P:MARTINEZ LUIS⟧ 스페인 / 외국인등록번호 ⟦FRN:@v⟧ / 교환 면허 ⟦DL:11-24-220471-93⟧
3) ⟦P:아지즈 카리모프⟧ 우즈베키스탄 / 외국인등록번호 ⟦FRN:@mask⟧ / 교환 면허 발급 보류(번역 공증 누락)""", "외국인")
    H("""[본인확인 로그] 무인민원발급기 #07
2025-02-03 09:12:44 본인확인 방식=운전면허 번호=⟦DL:경북 12-503318-27⟧ 결과=성공 발급=등본 1매
2025-02-03 09:31:02 본인확인 방식=지문 결과=성공 발급=초본 1매
2025-02-03 10:05:19 본인확인 방식=운전면허 번호=⟦DL:190988412035⟧ 결과=실패(번호 불일치)""", "로그")
    H("""고용허가 근로자 사업장 변경 신청 (요약)
근로자: ⟦P:NURLAN SEITKALI⟧ (카자흐스탄) / 외국인등록번호 ⟦FRN:@v⟧ / 여권 ⟦PP:N0938271⟧
현 사업장: (주)한결안전 / 변경 희망 사업장: 주식회사 하람물류
변경 사유: 휴업(사업장 귀책) / 고용센터 접수 2025. 3. 6.
연락처: ⟦PH:010-2277-6193⟧""", "외국인")
    H("""주차위반 차량 견인 통보 (현장 메모)
⟦VP:서울 74자 5520⟧ 영업용 택시, 운전자 ⟦P:하석규⟧(면허 ⟦DL:11-02-338174-50⟧) 현장 계도 후 이동
⟦VP:263고 1184⟧ 승용, 차주 연락 불가 → 견인 (견인번호 25-0311-007)""", "차량·교통")
    H("""여권 분실 신고서
신고인 ⟦P:민태주⟧   생년월일 ⟦DOB:1985. 10. 2.⟧
분실 여권번호 ⟦PP:M771C0394⟧ (발급일 2022. 6. 14.)
분실 일시·장소: 2025. 1. 27. 오사카 난바역 부근
연락처 ⟦PH:+82-10-4471-9208⟧ / 현지 연락처 ⟦EM:taeju.min85@gmail.com⟧
※ 분실 신고된 여권은 되찾더라도 사용할 수 없습니다.""", "신청서")
    H("""출생신고 접수 확인 (알림 문자)
[○○구청] ⟦P:노하엘⟧ 아기(주민등록번호 ⟦RRN:@post⟧)의 출생신고가 처리되었습니다. 보호자 ⟦P:노은재⟧ 님(⟦PH:010-6204-3391⟧) 부모급여 신청은 복지로에서 가능합니다.""", "복지")


if __name__ == "__main__":
    main()
