#!/usr/bin/env python3
"""Independent Korean PII evaluation set "pii_a".

Seeded, deterministic generator plus hand-written documents (handwritten/docs.txt).
Writes pii_a.jsonl and pii_a.meta.jsonl next to this file, then re-reads and validates.

Run:  python make_set.py          (output is byte-identical across runs / PYTHONHASHSEED)
      python make_set.py --stats  (also print count tables used in README.md)

Only the standard library is used.
"""
import json
import os
import re
import sys
import random
import unicodedata
from datetime import date, timedelta

SEED = 20250611
HERE = os.path.dirname(os.path.abspath(__file__))

TYPES = ["KR_RRN", "KR_FRN", "KR_PASSPORT", "KR_DRIVER_LICENSE", "KR_BRN", "KR_CRN",
         "KR_BANK_ACCOUNT", "KR_HEALTH_INSURANCE", "KR_VEHICLE_PLATE", "KR_ADDRESS",
         "PHONE_NUMBER", "EMAIL_ADDRESS", "CREDIT_CARD", "IP_ADDRESS", "PERSON",
         "DATE_OF_BIRTH"]
# identifier spans = everything except PERSON and KR_ADDRESS (these get their own noise kinds)
ID_TYPES = [t for t in TYPES if t not in ("PERSON", "KR_ADDRESS")]

NOISE_P = 0.34   # probability that an identifier span gets a noise transformation

# ---------------------------------------------------------------------------
# name pools (common real-world Korean surnames / given names; synthetic combinations)
# ---------------------------------------------------------------------------
SURNAMES = [
    ("김", 215), ("이", 147), ("박", 84), ("최", 47), ("정", 44), ("강", 24), ("조", 21),
    ("윤", 21), ("장", 20), ("임", 17), ("한", 15), ("오", 15), ("서", 15), ("신", 15),
    ("권", 14), ("황", 14), ("안", 14), ("송", 13), ("전", 13), ("홍", 11), ("유", 11),
    ("고", 9), ("문", 9), ("양", 9), ("손", 9), ("배", 8), ("백", 8), ("허", 6), ("노", 6),
    ("남", 5), ("심", 5), ("하", 5), ("곽", 4), ("성", 4), ("차", 4), ("주", 4), ("우", 4),
    ("구", 4), ("민", 3), ("류", 3), ("나", 3), ("진", 3), ("지", 3), ("엄", 3), ("채", 3),
    ("원", 3), ("천", 2), ("방", 2), ("공", 2), ("현", 2), ("함", 2), ("변", 2), ("염", 1),
    ("여", 1), ("추", 1), ("도", 1), ("소", 1), ("석", 1), ("선", 1), ("설", 1), ("마", 1),
    ("길", 1), ("연", 1), ("위", 1), ("표", 1), ("명", 1), ("기", 1), ("반", 1), ("왕", 1),
    ("금", 1), ("옥", 1), ("육", 1), ("인", 1), ("맹", 1), ("탁", 1), ("국", 1), ("봉", 1),
    # two-syllable surnames, boosted so that they occur often enough to test
    ("남궁", 4), ("황보", 4), ("제갈", 3), ("선우", 3), ("독고", 2), ("사공", 2), ("서문", 1),
]
GIVEN_M_OLD = ["영수", "영호", "영철", "영길", "정수", "정호", "성수", "성호", "상철", "상훈",
               "상욱", "종수", "종철", "광수", "광호", "병철", "병호", "용수", "기철", "기현",
               "대호", "석진", "철수", "동수", "진호", "재호", "만수", "경호", "명호", "태식",
               "순철", "정남", "봉수", "덕수", "희철", "춘길", "영배", "길수", "성동", "오균"]
GIVEN_M_MID = ["동현", "동훈", "지훈", "준호", "준영", "민수", "성민", "성진", "정훈", "재훈",
               "재현", "승현", "태현", "현우", "진우", "상민", "우진", "형준", "민호", "용준",
               "재원", "성훈", "창민", "준석", "세훈", "대현", "지성", "경민", "병준", "원석",
               "재선", "현석", "승우", "정민", "태윤", "기훈", "영준", "동욱", "상현", "한결"]
GIVEN_M_YOUNG = ["민준", "서준", "도윤", "예준", "시우", "하준", "지호", "주원", "건우", "은우",
                 "유준", "이준", "지환", "승민", "민재", "연우", "현준", "준서", "윤호", "시윤"]
GIVEN_F_OLD = ["영희", "영숙", "영자", "순자", "정숙", "정희", "경희", "경숙", "명숙", "미숙",
               "미경", "미영", "옥순", "말순", "춘자", "정자", "순희", "혜숙", "은숙", "금순",
               "복순", "미자", "순옥", "화자", "점례"]
GIVEN_F_MID = ["지영", "지은", "지현", "지혜", "수진", "수연", "은정", "은영", "현주", "현정",
               "선영", "선희", "미정", "혜진", "혜원", "유진", "소영", "보람", "아름", "슬기",
               "나래", "민정", "은주", "진희", "윤정", "혜린", "다혜", "주희", "가영", "세영",
               "하늘", "새롬", "은비", "수경", "정은"]
GIVEN_F_YOUNG = ["서연", "서윤", "지우", "서현", "민서", "하은", "하윤", "윤서", "지민", "채원",
                 "수아", "지아", "다은", "예은", "예린", "소율", "하린", "지유", "유나", "채은"]
GIVEN_SINGLE_M = ["훈", "진", "욱", "혁", "현", "준", "철", "건", "결", "빈", "섭", "웅"]
GIVEN_SINGLE_F = ["진", "현", "민", "솔", "란", "숙", "희", "정", "윤", "영"]

FOREIGN = [  # (hangul, latin, nationality code, passport prefix style)
    ("응우옌 반 안", "NGUYEN VAN AN", "VNM"), ("응우옌 티 흐엉", "NGUYEN THI HUONG", "VNM"),
    ("쩐 티 투", "TRAN THI THU", "VNM"), ("팜 민 득", "PHAM MINH DUC", "VNM"),
    ("마리아 산토스", "Maria Santos", "PHL"), ("로드리고 가르시아", "Rodrigo Garcia", "PHL"),
    ("존 스미스", "John Smith", "USA"), ("에밀리 존슨", "Emily Johnson", "USA"),
    ("왕웨이", "WANG WEI", "CHN"), ("리우 양", "LIU YANG", "CHN"), ("장샤오밍", "ZHANG XIAOMING", "CHN"),
    ("사토 유키", "SATO YUKI", "JPN"), ("다나카 히로시", "TANAKA HIROSHI", "JPN"),
    ("올가 페트로바", "Olga Petrova", "RUS"), ("아흐마드 칸", "Ahmad Khan", "PAK"),
    ("바트바야르 에르데네", "BATBAYAR ERDENE", "MNG"), ("솜차이 분미", "SOMCHAI BOONMEE", "THA"),
    ("누르 아이샤", "NUR AISYAH", "IDN"), ("굴나라 토크토마노바", "GULNARA TOKTOMANOVA", "UZB"),
    ("라훌 샤르마", "Rahul Sharma", "IND"),
]

FOREIGN_F = {"응우옌 티 흐엉", "쩐 티 투", "마리아 산토스", "에밀리 존슨", "사토 유키", "올가 페트로바", "누르 아이샤", "굴나라 토크토마노바"}

# ---------------------------------------------------------------------------
# Hangul helpers
# ---------------------------------------------------------------------------
def has_batchim(s):
    ch = s[-1]
    if "가" <= ch <= "힣":
        return (ord(ch) - 0xAC00) % 28 != 0
    if ch.isdigit():
        return ch in "013678"
    return False


def josa(word, pair):
    """pair like '은/는', '이/가', '을/를', '과/와', '으로/로'"""
    a, b = pair.split("/")
    if pair == "으로/로":
        ch = word[-1]
        if "가" <= ch <= "힣" and (ord(ch) - 0xAC00) % 28 not in (0, 8):
            return a
        return b
    return a if has_batchim(word) else b


_INI = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
_MED = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we",
        "wi", "yu", "eu", "ui", "i"]
_FIN = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p",
        "t", "t", "ng", "t", "t", "k", "t", "p", "t"]
SURNAME_ROMA = {"김": "kim", "이": "lee", "박": "park", "최": "choi", "정": "jung", "강": "kang",
                "조": "cho", "윤": "yoon", "장": "jang", "임": "lim", "한": "han", "오": "oh",
                "서": "seo", "신": "shin", "권": "kwon", "황": "hwang", "안": "ahn", "송": "song",
                "유": "yoo", "홍": "hong", "전": "jeon", "고": "ko", "문": "moon", "손": "son",
                "양": "yang", "배": "bae", "백": "baek", "허": "heo", "노": "noh", "남": "nam",
                "심": "shim", "하": "ha", "곽": "kwak", "성": "sung", "차": "cha", "주": "joo",
                "우": "woo", "구": "koo", "민": "min", "류": "ryu", "나": "na", "진": "jin",
                "지": "ji", "엄": "um", "채": "chae", "원": "won", "천": "cheon", "방": "bang",
                "남궁": "namgung", "황보": "hwangbo", "제갈": "jegal", "선우": "sunwoo",
                "독고": "dokgo", "사공": "sagong", "서문": "seomun"}


def roma(s):
    out = []
    for ch in s:
        if "가" <= ch <= "힣":
            c = ord(ch) - 0xAC00
            out.append(_INI[c // 588] + _MED[(c % 588) // 28] + _FIN[c % 28])
    return "".join(out)


# ---------------------------------------------------------------------------
# places
# ---------------------------------------------------------------------------
# (full 시/도, short 시/도, 시/군/구 or None, [road names], [법정동/리])
REGIONS = [
    ("서울특별시", "서울", "마포구", ["월드컵북로", "성미산로", "양화로", "독막로", "망원로"], ["성산동", "망원동", "합정동", "서교동"]),
    ("서울특별시", "서울", "강남구", ["테헤란로", "봉은사로", "도곡로", "언주로", "개포로"], ["역삼동", "대치동", "개포동", "삼성동"]),
    ("서울특별시", "서울", "노원구", ["동일로", "노해로", "한글비석로", "상계로"], ["상계동", "중계동", "하계동"]),
    ("서울특별시", "서울", "관악구", ["관악로", "남부순환로", "봉천로", "신림로"], ["봉천동", "신림동"]),
    ("서울특별시", "서울", "은평구", ["통일로", "연서로", "진관2로", "은평로"], ["불광동", "진관동", "응암동"]),
    ("부산광역시", "부산", "해운대구", ["해운대로", "좌동순환로", "센텀중앙로", "우동1로"], ["우동", "좌동", "중동"]),
    ("부산광역시", "부산", "부산진구", ["중앙대로", "동평로", "가야대로", "새싹로"], ["부전동", "가야동", "양정동"]),
    ("대구광역시", "대구", "수성구", ["달구벌대로", "동대구로", "들안로", "범어로"], ["범어동", "만촌동", "황금동"]),
    ("인천광역시", "인천", "연수구", ["컨벤시아대로", "송도과학로", "먼우금로", "청능대로"], ["송도동", "연수동", "동춘동"]),
    ("광주광역시", "광주", "북구", ["우치로", "서암대로", "설죽로", "용주로"], ["용봉동", "운암동", "일곡동"]),
    ("대전광역시", "대전", "유성구", ["대학로", "계룡로", "유성대로", "노은동로"], ["봉명동", "궁동", "노은동"]),
    ("울산광역시", "울산", "남구", ["삼산로", "번영로", "문수로", "돋질로"], ["삼산동", "달동", "신정동"]),
    ("세종특별자치시", "세종", None, ["한누리대로", "보듬3로", "다솜로", "노을3로"], ["도담동", "아름동", "종촌동"]),
    ("경기도", "경기", "수원시 영통구", ["광교중앙로", "봉영로", "매영로", "청명로"], ["영통동", "이의동", "매탄동"]),
    ("경기도", "경기", "고양시 일산동구", ["중앙로", "일산로", "호수로", "정발산로"], ["장항동", "마두동", "백석동"]),
    ("경기도", "경기", "성남시 분당구", ["판교역로", "황새울로", "정자일로", "성남대로"], ["정자동", "서현동", "야탑동"]),
    ("경기도", "경기", "화성시", ["동탄대로", "병점중앙로", "봉담읍 동화길"], ["반송동", "병점동"]),
    ("강원특별자치도", "강원", "춘천시", ["중앙로", "후석로", "퇴계로", "동내로"], ["석사동", "퇴계동", "후평동"]),
    ("충청북도", "충북", "청주시 흥덕구", ["가경로", "직지대로", "복대로"], ["복대동", "가경동", "봉명동"]),
    ("충청남도", "충남", "천안시 서북구", ["불당대로", "쌍용대로", "두정로"], ["불당동", "쌍용동", "두정동"]),
    ("전북특별자치도", "전북", "전주시 완산구", ["효자로", "홍산로", "서신로"], ["효자동", "서신동", "삼천동"]),
    ("전라남도", "전남", "순천시", ["연향로", "중앙로", "조례로"], ["연향동", "조례동", "왕지동"]),
    ("경상북도", "경북", "포항시 남구", ["포스코대로", "대잠로", "희망대로"], ["대잠동", "이동", "오천읍"]),
    ("경상남도", "경남", "창원시 성산구", ["중앙대로", "원이대로", "상남로"], ["상남동", "사파동", "중앙동"]),
    ("제주특별자치도", "제주", "제주시", ["연북로", "노형로", "1100로", "신대로"], ["노형동", "연동", "이도이동"]),
]
JIBUN_RURAL = [  # (시/도, 시/군, 읍/면, 리)
    ("경기도", "화성시", "봉담읍", ["동화리", "수영리", "왕림리"]),
    ("충청남도", "홍성군", "홍북읍", ["신경리", "대인리"]),
    ("전라남도", "해남군", "해남읍", ["해리", "구교리"]),
    ("경상북도", "의성군", "안계면", ["용기리", "봉양리"]),
    ("강원특별자치도", "홍천군", "화촌면", ["성산리", "군업리"]),
    ("경상남도", "거창군", "거창읍", ["상림리", "송정리"]),
]
APTS = ["한빛아파트", "래미안아파트", "푸르지오", "현대아파트", "주공2단지아파트", "e편한세상",
        "자이아파트", "힐스테이트", "대우아파트", "삼성아파트", "우성아파트", "한신아파트",
        "부영아파트", "센트럴파크", "쌍용아파트"]

INSTITUTIONS = [  # (name, head title, domain, postal, address, switchboard)
    ("행정안전부", "행정안전부장관", "mois.go.kr", "30112", "세종특별자치시 도움6로 42 정부세종청사 중앙동", "044-205-1000"),
    ("기획재정부", "기획재정부장관", "moef.go.kr", "30109", "세종특별자치시 갈매로 477 정부세종청사 중앙동", "044-215-2114"),
    ("보건복지부", "보건복지부장관", "mohw.go.kr", "30113", "세종특별자치시 도움4로 13 정부세종청사 10동", "044-202-2114"),
    ("국토교통부", "국토교통부장관", "molit.go.kr", "30103", "세종특별자치시 도움6로 11 정부세종청사 6동", "044-201-3000"),
    ("고용노동부", "고용노동부장관", "moel.go.kr", "30117", "세종특별자치시 한누리대로 422 정부세종청사 11동", "044-202-7000"),
    ("환경부", "환경부장관", "me.go.kr", "30103", "세종특별자치시 도움6로 11 정부세종청사 6동", "044-201-6000"),
    ("서울특별시", "서울특별시장", "seoul.go.kr", "04524", "서울특별시 중구 세종대로 110 서울특별시청", "02-2133-0000"),
    ("서울특별시 마포구", "마포구청장", "mapo.go.kr", "03937", "서울특별시 마포구 월드컵로 212 마포구청", "02-3153-8000"),
    ("수원시", "수원시장", "suwon.go.kr", "16490", "경기도 수원시 팔달구 효원로 241 수원시청", "031-228-2114"),
    ("부산광역시", "부산광역시장", "busan.go.kr", "47545", "부산광역시 연제구 중앙대로 1001 부산광역시청", "051-888-1000"),
    ("세종특별자치시", "세종특별자치시장", "sejong.go.kr", "30151", "세종특별자치시 한누리대로 2130 세종특별자치시청", "044-300-3114"),
    ("경기도", "경기도지사", "gg.go.kr", "16508", "경기도 수원시 영통구 도청로 30 경기도청", "031-8008-2114"),
    ("대전광역시 서구", "서구청장", "seogu.go.kr", "35233", "대전광역시 서구 둔산서로 100 서구청", "042-288-2114"),
    ("제주특별자치도", "제주특별자치도지사", "jeju.go.kr", "63122", "제주특별자치도 제주시 문연로 6 제주특별자치도청", "064-710-2114"),
    ("국민건강보험공단 서울강원지역본부", "국민건강보험공단 이사장", "nhis.or.kr", "04554", "서울특별시 중구 을지로 170 을지트윈타워", "1577-1000"),
    ("한국도로공사 수도권본부", "한국도로공사 사장", "ex.co.kr", "18384", "경기도 화성시 동탄순환대로 823", "031-371-3300"),
]
DEPTS = ["운영지원과", "기획재정담당관", "자치행정과", "지역경제과", "복지정책과", "도시계획과",
         "주택정책과", "교통정책과", "환경정책과", "민원여권과", "정보통신과", "감사담당관",
         "안전총괄과", "세무과", "보건위생과", "일자리정책과", "청년정책과", "토지정보과", "재난관리과",
         "개인정보보호팀", "디지털정부국 정보보안과"]
COMPANIES = ["(주)한빛엔지니어링", "주식회사 대성건설", "유한회사 푸른조경", "(주)다온시스템",
             "새벽종합건설(주)", "주식회사 에이치앤케이", "미래정보기술(주)", "(유)청솔환경",
             "동해수산(주)", "(주)그린에너지솔루션", "주식회사 누리데이터", "(주)세움안전",
             "한결씨앤씨(주)", "(주)바른측량", "주식회사 온새미로", "(주)가온전기"]
SOLE_SHOPS = ["한울디자인", "바른인쇄사", "늘봄식당", "솔빛조경", "대한철물", "우리꽃집", "하나복사",
              "새마을정비", "푸른약국", "제일청소용역"]
BANKS = {  # bank: list of digit groupings
    "KB국민은행": [(6, 2, 6), (3, 2, 4, 3)],
    "신한은행": [(3, 3, 6), (3, 2, 6)],
    "우리은행": [(4, 3, 6)],
    "하나은행": [(3, 6, 5)],
    "NH농협은행": [(3, 4, 4, 2), (6, 2, 6)],
    "IBK기업은행": [(3, 6, 2, 3)],
    "SC제일은행": [(3, 2, 6)],
    "카카오뱅크": [(4, 2, 7)],
    "케이뱅크": [(3, 3, 6)],
    "우체국": [(6, 2, 6)],
    "새마을금고": [(4, 4, 4, 1)],
    "부산은행": [(3, 4, 4, 2)],
    "iM뱅크": [(3, 2, 6, 1)],
    "토스뱅크": [(4, 4, 4)],
    "수협은행": [(3, 2, 6)],
}
BANK_PREFIX = {"신한은행": ["110", "100", "140"], "우리은행": ["1002", "1005"], "카카오뱅크": ["3333", "3355"],
               "케이뱅크": ["100"], "NH농협은행": ["301", "302", "351", "352"], "토스뱅크": ["1000", "1001"],
               "IBK기업은행": ["010", "024", "079"], "새마을금고": ["9002", "9003"]}
DL_REGIONS = [("서울", "11"), ("부산", "12"), ("경기", "13"), ("강원", "14"), ("충북", "15"),
              ("충남", "16"), ("전북", "17"), ("전남", "18"), ("경북", "19"), ("경남", "20"),
              ("제주", "21"), ("대구", "22"), ("인천", "23"), ("광주", "24"), ("대전", "25"),
              ("울산", "26"), ("경기북부", "28")]
PLATE_REGIONS = ["서울", "부산", "경기", "인천", "대구", "광주", "대전", "울산", "강원", "충북", "충남", "전북", "전남", "경북", "경남", "제주"]
PLATE_PRIVATE = list("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주")
PLATE_COMMERCIAL = list("바사아자배")


def pick_weighted(rng, items):
    total = sum(w for _, w in items)
    r = rng.uniform(0, total)
    acc = 0
    for v, w in items:
        acc += w
        if r <= acc:
            return v
    return items[-1][0]


# ---------------------------------------------------------------------------
# persons
# ---------------------------------------------------------------------------
class Person:
    def __init__(self, name, gender, dob, kind, latin=None, nat="KOR", surname=None, given=None):
        self.name, self.gender, self.dob, self.kind = name, gender, dob, kind
        self.latin, self.nat, self.surname, self.given = latin, nat, surname, given

    def age(self, ref_year=2024):
        return ref_year - self.dob.year


def rand_date(rng, y0, y1):
    a = date(y0, 1, 1).toordinal()
    b = date(y1, 12, 31).toordinal()
    return date.fromordinal(rng.randint(a, b))


def make_person(rng, y0=1952, y1=2002, foreign=False, gender=None, kind=None, surname=None):
    dob = rand_date(rng, y0, y1)
    gender = gender or rng.choice("MF")
    if foreign:
        h, l, nat = rng.choice(FOREIGN)
        gender = "F" if h in FOREIGN_F else "M"
        return Person(h, gender, dob, "name_foreign_hangul", latin=l, nat=nat)
    sur = pick_weighted(rng, SURNAMES)
    if surname:
        sur = surname
    if kind == "single" or (kind is None and rng.random() < 0.06):
        given = rng.choice(GIVEN_SINGLE_M if gender == "M" else GIVEN_SINGLE_F)
    else:
        if dob.year < 1972:
            pool = GIVEN_M_OLD if gender == "M" else GIVEN_F_OLD
        elif dob.year < 1996:
            pool = GIVEN_M_MID if gender == "M" else GIVEN_F_MID
        else:
            pool = GIVEN_M_YOUNG if gender == "M" else GIVEN_F_YOUNG
        given = rng.choice(pool)
    if given[0] == sur[-1]:
        given = rng.choice(GIVEN_M_MID if gender == "M" else GIVEN_F_MID)
        if given[0] == sur[-1]:
            given = "지" + given[1:] if sur != "지" else "수" + given[1:]
    name = sur + given
    k = "name_korean"
    if len(sur) == 2:
        k = "name_two_syllable_surname"
    elif len(given) == 1:
        k = "name_single_given"
    latin = "%s %s" % (SURNAME_ROMA.get(sur, roma(sur)).upper(), roma(given).upper())
    return Person(name, gender, dob, k, latin=latin, surname=sur, given=given)


def email_for(rng, person, domain=None):
    if person.surname:
        s = SURNAME_ROMA.get(person.surname, roma(person.surname))
        g = roma(person.given)
        ini = "".join(roma(c)[0] for c in person.given)
    else:
        parts = person.latin.lower().split()
        s, g, ini = parts[0], (parts[-1] if len(parts) > 1 else "x"), parts[-1][0] if len(parts) > 1 else "x"
    style = rng.randint(0, 6)
    if style == 0:
        local = "%s.%s" % (g, s)
    elif style == 1:
        local = "%s%s" % (s, ini)
    elif style == 2:
        local = "%s%s%02d" % (ini, s, person.dob.year % 100)
    elif style == 3:
        local = "%s_%s" % (s, g)
    elif style == 4:
        local = "%s%d" % (g, rng.randint(1, 999))
    elif style == 5:
        local = "%s.%s%d" % (s, ini, rng.randint(1, 99))
    else:
        local = "%s%s" % (g, s[:1])
    if domain is None:
        domain = rng.choice(["naver.com", "gmail.com", "daum.net", "hanmail.net", "kakao.com", "nate.com", "outlook.kr"])
    return "%s@%s" % (local, domain)


# ---------------------------------------------------------------------------
# identifier generators
# ---------------------------------------------------------------------------
RRN_W = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]


def rrn_check(d12):
    s = sum(int(a) * b for a, b in zip(d12, RRN_W))
    return (11 - s % 11) % 10


def frn_check(d12):
    s = sum(int(a) * b for a, b in zip(d12, RRN_W))
    return (13 - s % 11) % 10


def gender_digit(dob, gender, foreign=False):
    base = {True: (1, 2), False: (3, 4)}[dob.year < 2000]
    d = base[0] if gender == "M" else base[1]
    if foreign:
        d += 4
    return str(d)


def rrn_valid(rng, p):
    front = p.dob.strftime("%y%m%d") + gender_digit(p.dob, p.gender)
    d12 = front + "%02d" % rng.randint(0, 95) + "%02d" % rng.randint(0, 99) + str(rng.randint(1, 4))
    return d12[:6] + "-" + d12[6:] + str(rrn_check(d12))


def rrn_random_tail(rng, p):
    """post-Oct-2020 scheme: gender digit + 6 random digits, no check digit.
    Used for babies born after 2020-10 and for people whose number was changed."""
    front = p.dob.strftime("%y%m%d") + gender_digit(p.dob, p.gender)
    while True:
        d12 = front + "".join(str(rng.randint(0, 9)) for _ in range(5))
        last = rng.randint(0, 9)
        if last != rrn_check(d12):   # deliberately checksum-INVALID
            return d12[:6] + "-" + d12[6:] + str(last)


def rrn_masked(rng, p, foreign=False):
    front = p.dob.strftime("%y%m%d") + "-" + gender_digit(p.dob, p.gender, foreign)
    return front + rng.choice(["******", "******", "●●●●●●", "XXXXXX", "xxxxxx", "＊＊＊＊＊＊"])


def rrn_any(rng, p, masked_p=0.3, changed_p=0.08):
    """(value, kind) for a Korean person: pre-2020 valid, masked, post-2020 random tail"""
    if p.dob >= date(2020, 10, 5):
        return rrn_random_tail(rng, p), "rrn_post2020"
    x = rng.random()
    if x < masked_p:
        return rrn_masked(rng, p), "rrn_masked"
    if x < masked_p + changed_p:
        return rrn_random_tail(rng, p), "rrn_changed_random"
    return rrn_valid(rng, p), "rrn_pre2020_valid"


def frn_valid(rng, p):
    front = p.dob.strftime("%y%m%d") + gender_digit(p.dob, p.gender, foreign=True)
    office = "%02d" % (rng.randint(1, 49) * 2)      # legacy: even registration-office code
    d12 = front + office + "%02d" % rng.randint(0, 99) + str(rng.choice([6, 7, 8, 9]))
    return d12[:6] + "-" + d12[6:] + str(frn_check(d12))


def brn(rng, corp=False, govt=False):
    head = "%03d" % rng.randint(101, 899)
    if govt:
        mid = rng.choice(["83", "82"])
    elif corp:
        mid = rng.choice(["81", "81", "86", "87", "88"])
    else:
        mid = "%02d" % rng.randint(1, 79)
    ser = "%04d" % rng.randint(0, 9999)
    d9 = head + mid + ser
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(int(a) * b for a, b in zip(d9, w)) + (int(d9[8]) * 5) // 10
    c = (10 - s % 10) % 10
    return "%s-%s-%s%d" % (head, mid, ser, c)


def brn_ok(v):
    d = re.sub(r"\D", "", v)
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(int(a) * b for a, b in zip(d[:9], w)) + (int(d[8]) * 5) // 10
    return len(d) == 10 and (10 - s % 10) % 10 == int(d[9])


def crn(rng):
    office = rng.choice(["1101", "1101", "1201", "1301", "1311", "1341", "1501", "1601", "1711", "1801", "2001", "2301", "1358"])
    kind = rng.choice(["11", "11", "11", "14", "13", "71", "21"])
    d12 = office + kind + "%06d" % rng.randint(0, 999999)
    s = sum(int(a) * (1 if i % 2 == 0 else 2) for i, a in enumerate(d12))
    return d12[:6] + "-" + d12[6:] + str((10 - s % 10) % 10)


def crn_ok(v):
    d = re.sub(r"\D", "", v)
    s = sum(int(a) * (1 if i % 2 == 0 else 2) for i, a in enumerate(d[:12]))
    return len(d) == 13 and (10 - s % 10) % 10 == int(d[12])


def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def card(rng, brand=None):
    brand = brand or rng.choice(["visa", "master", "bc", "bc", "jcb", "amex", "visa", "master"])
    if brand == "visa":
        pre, n = "4" + str(rng.choice([0, 1, 5, 6, 8])) + "%04d" % rng.randint(0, 9999), 16
    elif brand == "master":
        pre, n = str(rng.randint(51, 55)) + "%04d" % rng.randint(0, 9999), 16
    elif brand == "bc":
        pre, n = rng.choice(["9410", "9420", "9430", "9445", "9490"]) + "%02d" % rng.randint(0, 99), 16
    elif brand == "jcb":
        pre, n = str(rng.randint(3528, 3589)) + "%02d" % rng.randint(0, 99), 16
    else:
        pre, n = rng.choice(["34", "37"]) + "%04d" % rng.randint(0, 9999), 15
    body = pre + "".join(str(rng.randint(0, 9)) for _ in range(n - len(pre) - 1))
    for c in range(10):
        if luhn_ok(body + str(c)):
            d = body + str(c)
            break
    if n == 15:
        return d[:4] + "-" + d[4:10] + "-" + d[10:], brand
    return "-".join(d[i:i + 4] for i in range(0, 16, 4)), brand


def card_masked(rng):
    v, brand = card(rng, rng.choice(["visa", "master", "bc"]))
    g = v.split("-")
    style = rng.randint(0, 3)
    if style == 0:
        g[1] = g[1][:2] + "**"; g[2] = "****"
    elif style == 1:
        g[1] = "****"; g[2] = "****"
    elif style == 2:
        g[1] = g[1][:2] + "XX"; g[2] = "XXXX"
    else:
        g[1] = "●●●●"; g[2] = "●●●●"
    return "-".join(g)


def mobile(rng):
    return "010-%04d-%04d" % (rng.randint(2000, 9999), rng.randint(0, 9999))


AREA = ["02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055", "061", "062", "063", "064"]


def landline(rng, area=None):
    area = area or rng.choice(AREA)
    mid = rng.randint(200, 999) if (area != "02" and rng.random() < 0.6) else rng.randint(2000, 9999)
    return "%s-%d-%04d" % (area, mid, rng.randint(0, 9999))


def direct_line(rng, switchboard):
    """an official's direct line in the same exchange as the institution switchboard"""
    parts = switchboard.split("-")
    if parts[0].startswith("15"):
        return landline(rng, "02")
    while True:
        v = "%s-%s-%04d" % (parts[0], parts[1], rng.randint(1000, 9999))
        if v != switchboard:
            return v


def passport(rng, style="new", prefix=None):
    prefix = prefix or rng.choice(["M", "M", "M", "M", "S", "G", "R", "D"])
    if style == "old":
        return prefix + "%08d" % rng.randint(0, 99999999)
    return prefix + "%03d" % rng.randint(0, 999) + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + "%04d" % rng.randint(0, 9999)


def passport_foreign(rng, nat):
    if nat == "CHN":
        return "E" + "%08d" % rng.randint(0, 99999999)
    if nat == "VNM":
        return rng.choice("CBN") + "%07d" % rng.randint(0, 9999999)
    if nat == "PHL":
        return "P" + "%07d" % rng.randint(0, 9999999) + rng.choice("ABC")
    if nat == "USA":
        return "%09d" % rng.randint(500000000, 599999999)
    if nat == "JPN":
        return rng.choice(["TK", "TR", "MZ"]) + "%07d" % rng.randint(0, 9999999)
    return rng.choice("NPKU") + "%07d" % rng.randint(0, 9999999)


def driver_license(rng, style=None):
    reg, code = rng.choice(DL_REGIONS)
    yy = "%02d" % rng.choice(list(range(85, 100)) + list(range(0, 25)))
    body = "%s-%06d-%02d" % (yy, rng.randint(0, 999999), rng.randint(10, 99))
    style = style or rng.choice(["num", "num", "num", "region_space", "region_nospace", "digits"])
    if style == "num":
        return code + "-" + body, "dl_numeric"
    if style == "region_space":
        return reg + " " + body, "dl_region_name"
    if style == "region_nospace":
        return reg + body, "dl_region_name_nospace"
    return code + body.replace("-", ""), "dl_12digits"


def health_ins(rng):
    return str(rng.randint(1, 9)) + "%010d" % rng.randint(0, 9999999999)


def plate(rng, style=None):
    style = style or rng.choice(["2d", "3d", "3d", "region", "commercial", "nospace", "3d"])
    if style == "2d":
        return "%02d%s %04d" % (rng.randint(10, 69), rng.choice(PLATE_PRIVATE), rng.randint(1000, 9999)), "plate_2digit"
    if style == "3d":
        return "%03d%s %04d" % (rng.randint(100, 699), rng.choice(PLATE_PRIVATE), rng.randint(1000, 9999)), "plate_3digit"
    if style == "region":
        return "%s %02d%s %04d" % (rng.choice(PLATE_REGIONS), rng.randint(10, 69), rng.choice(PLATE_PRIVATE), rng.randint(1000, 9999)), "plate_region"
    if style == "commercial":
        return "%s %02d%s %04d" % (rng.choice(PLATE_REGIONS), rng.randint(70, 99), rng.choice(PLATE_COMMERCIAL), rng.randint(1000, 9999)), "plate_commercial"
    return "%03d%s%04d" % (rng.randint(100, 399), rng.choice(PLATE_PRIVATE), rng.randint(1000, 9999)), "plate_nospace"


def account(rng, bank=None):
    bank = bank or rng.choice(list(BANKS))
    grp = rng.choice(BANKS[bank])
    digits = "".join(str(rng.randint(0, 9)) for _ in range(sum(grp)))
    pre = BANK_PREFIX.get(bank)
    if pre:
        p = rng.choice([x for x in pre if len(x) <= grp[0]] or [""])
        digits = p + digits[len(p):]
    out, i = [], 0
    for g in grp:
        out.append(digits[i:i + g]); i += g
    return bank, "-".join(out)


def account_masked(rng, bank=None):
    bank, v = account(rng, bank)
    g = v.split("-")
    j = rng.randrange(1, len(g)) if len(g) > 2 else 1
    g[j] = "*" * len(g[j])
    return bank, "-".join(g)


def ipv4(rng, private=None):
    private = rng.random() < 0.5 if private is None else private
    if private:
        c = rng.choice([0, 1, 2])
        if c == 0:
            return "192.168.%d.%d" % (rng.randint(0, 30), rng.randint(2, 254))
        if c == 1:
            return "10.%d.%d.%d" % (rng.randint(0, 250), rng.randint(0, 250), rng.randint(2, 254))
        return "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 250), rng.randint(2, 254))
    a = rng.choice([58, 59, 61, 106, 110, 112, 115, 118, 121, 125, 175, 182, 211, 218, 220, 222, 223])
    return "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


def ipv6(rng):
    return "2001:%x:%x:%x::%x" % (rng.randint(0x200, 0xfff), rng.randint(0, 0xffff), rng.randint(0, 0xffff), rng.randint(1, 0xffff))


def address(rng, style=None, unit=None):
    """returns (labelled_value, postal_code, parenthetical_reference, kind)"""
    style = style or rng.choice(["road_full", "road_full", "road_full", "road_short", "road_from_gu", "jibun", "jibun_rural"])
    postal = "%05d" % rng.randint(1000, 63999)
    paren = None
    if style == "jibun_rural":
        sido, sigun, eup, ris = rng.choice(JIBUN_RURAL)
        v = "%s %s %s %s %d-%d" % (sido, sigun, eup, rng.choice(ris), rng.randint(1, 999), rng.randint(1, 30))
        return v, postal, None, "addr_jibun_rural"
    sido, short, gu, roads, dongs = rng.choice(REGIONS)
    dong = rng.choice(dongs)
    apt = rng.choice(APTS) if rng.random() < 0.55 else None
    if style == "jibun":
        base = "%s %s" % (sido, gu) if gu else sido
        v = "%s %s %d-%d" % (base, dong, rng.randint(1, 1999), rng.randint(1, 40))
        if apt:
            v += " %s %d동 %d호" % (apt, rng.randint(101, 120), rng.randint(1, 25) * 100 + rng.randint(1, 6))
        elif rng.random() < 0.4:
            v += rng.choice([", 2층", " 3층", " 지하1층", ", 201호"])
        return v, postal, None, "addr_jibun"
    road = rng.choice(roads)
    if rng.random() < 0.35 and not road.endswith("길"):
        road = "%s%d번길" % (road, rng.randint(1, 60)) if rng.random() < 0.5 else "%s%d길" % (road, rng.randint(1, 40))
    num = "%d" % rng.randint(1, 450) if rng.random() < 0.75 else "%d-%d" % (rng.randint(1, 300), rng.randint(1, 20))
    if style == "road_full":
        head = "%s %s" % (sido, gu) if gu else sido
        kind = "addr_road_full"
    elif style == "road_short":
        head = "%s %s" % (short, gu) if gu else short
        kind = "addr_road_short_sido"
    else:
        if not gu:
            head = sido
            kind = "addr_road_full"
        else:
            head = gu.split()[0] if " " in gu and rng.random() < 0.5 else gu
            kind = "addr_from_sigungu"
    v = "%s %s %s" % (head, road, num)
    if apt:
        v += ", %d동 %d호" % (rng.randint(101, 120), rng.randint(1, 25) * 100 + rng.randint(1, 6))
        paren = "(%s, %s)" % (dong, apt)
    else:
        u = rng.random()
        if u < 0.3:
            v += rng.choice([", 3층 301호", ", 2층", " 5층", ", 지하 1층", ", 102호", " 4층 402호"])
        paren = "(%s)" % dong if rng.random() < 0.6 else None
    return v, postal, paren, kind


# ---------------------------------------------------------------------------
# date formats
# ---------------------------------------------------------------------------
def fmt_date(d, style):
    y, m, dd = d.year, d.month, d.day
    return {
        "dot_space": "%d. %d. %d." % (y, m, dd),
        "dot_space_noend": "%d. %d. %d" % (y, m, dd),
        "dot_pad": "%d.%02d.%02d." % (y, m, dd),
        "dot_pad_noend": "%d.%02d.%02d" % (y, m, dd),
        "dash": "%d-%02d-%02d" % (y, m, dd),
        "slash": "%d/%02d/%02d" % (y, m, dd),
        "korean": "%d년 %d월 %d일" % (y, m, dd),
        "korean_pad": "%d년 %02d월 %02d일" % (y, m, dd),
        "yy_dot": "%02d.%d.%d" % (y % 100, m, dd),
        "yy_dot_pad": "%02d.%02d.%02d" % (y % 100, m, dd),
        "apos": "'%02d.%d.%d" % (y % 100, m, dd),
        "apos_curly": "’%02d. %d. %d." % (y % 100, m, dd),
        "yymmdd": "%02d%02d%02d" % (y % 100, m, dd),
        "yyyymmdd": "%d%02d%02d" % (y, m, dd),
        "korean_yy": "%02d년 %d월 %d일" % (y % 100, m, dd),
        "en": "%02d %s %d" % (dd, ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"][m - 1], y),
    }[style]


def doc_date(rng, y0=2023, y1=2025):
    return rand_date(rng, y0, y1)


def hdate(d):
    return "%d. %d. %d." % (d.year, d.month, d.day)


HANGUL_DIGIT = dict(zip("0123456789", ["공", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"]))


def hangul_digits(v, rng, sep=None):
    groups = re.split(r"-", v)
    conv = ["".join(HANGUL_DIGIT[c] for c in g) for g in groups]
    sep = sep if sep is not None else rng.choice([" ", " ", "-", "에 "])
    return sep.join(conv)


# ---------------------------------------------------------------------------
# noise
# ---------------------------------------------------------------------------
FW_MAP = {ord(c): chr(ord(c) - 0x30 + 0xFF10) for c in "0123456789"}
FW_MAP[ord("-")] = "－"
UNFW_MAP = {v if isinstance(v, int) else ord(v): k for k, v in FW_MAP.items()}
OCR_SUB = {"0": ["O", "O", "o"], "1": ["l", "I", "l"], "5": ["S"], "8": ["B"]}
DASHES = "-‐–－"


def _digit_runs(v):
    return [(m.start(), m.end()) for m in re.finditer(r"\d+", v)]


def nz_fullwidth(v, rng):
    if not re.search(r"\d", v):
        return None
    if rng.random() < 0.75:
        return v.translate(FW_MAP)
    runs = _digit_runs(v)
    a, b = rng.choice(runs)
    return v[:a] + v[a:b].translate(FW_MAP) + v[b:]


def nz_dash(v, rng):
    if "-" not in v:
        return None
    d = rng.choice("‐–－")
    if rng.random() < 0.7:
        return v.replace("-", d)
    i = rng.choice([m.start() for m in re.finditer("-", v)])
    return v[:i] + d + v[i + 1:]


def nz_space(v, rng):
    if "-" in v and rng.random() < 0.6:
        c = rng.randint(0, 2)
        if c == 0:
            return v.replace("-", " - ")
        if c == 1:
            return v.replace("-", " ")
        i = rng.choice([m.start() for m in re.finditer("-", v)])
        return v[:i] + rng.choice([" -", "- ", " - "]) + v[i + 1:]
    runs = [(a, b) for a, b in _digit_runs(v) if b - a >= 4]
    if not runs:
        if "." in v:
            i = rng.choice([m.start() for m in re.finditer(r"\.", v)])
            if 0 < i < len(v) - 1 and v[i + 1] != " ":
                return v[:i + 1] + " " + v[i + 1:]
        return None
    a, b = rng.choice(runs)
    k = rng.randint(a + 1, b - 1)
    return v[:k] + " " + v[k:]


def nz_newline(v, rng):
    dash = [m.start() for m in re.finditer("-", v)]
    if dash and rng.random() < 0.7:
        i = rng.choice(dash)
        return v[:i + 1] + "\n" + v[i + 1:]
    runs = [(a, b) for a, b in _digit_runs(v) if b - a >= 4]
    if not runs:
        return None
    a, b = rng.choice(runs)
    k = rng.randint(a + 1, b - 1)
    return v[:k] + "\n" + v[k:]


def nz_ocr(v, rng):
    pos = [i for i, c in enumerate(v) if c in OCR_SUB]
    if not pos:
        return None
    k = 1 if len(pos) < 3 or rng.random() < 0.6 else 2
    chosen = sorted(rng.sample(pos, k))
    out = list(v)
    for i in chosen:
        out[i] = rng.choice(OCR_SUB[v[i]])
    return "".join(out)


def nz_email(v, rng):
    c = rng.randint(0, 2)
    if c == 0:
        return v.replace("@", " @ ")
    if c == 1:
        return v.replace("@", "＠")
    return v.replace("@", "@ ")


NOISE_FUNCS = {"fullwidth_digits": nz_fullwidth, "unicode_dash": nz_dash, "space_in_number": nz_space,
               "newline_in_number": nz_newline, "ocr_confusion": nz_ocr}


def apply_noise(typ, v, rng, allow=None):
    if typ == "EMAIL_ADDRESS":
        names = ["email_spacing_or_fullwidth_at"]
    elif typ == "IP_ADDRESS":
        names = ["fullwidth_digits", "space_in_number", "ocr_confusion"]
    elif typ == "DATE_OF_BIRTH":
        names = ["fullwidth_digits", "ocr_confusion", "space_in_number"]
    else:
        names = ["fullwidth_digits", "unicode_dash", "space_in_number", "newline_in_number", "ocr_confusion"]
    if allow:
        names = [n for n in names if n in allow]
    rng.shuffle(names)
    for n in names:
        if n == "email_spacing_or_fullwidth_at":
            return nz_email(v, rng), n
        out = NOISE_FUNCS[n](v, rng)
        if out and out != v and out.strip() == out:
            return out, n
    return v, None


def wrap_value(v, rng):
    """replace one interior space by a line break (hard wrap inside an address or long value)"""
    sp = [m.start() for m in re.finditer(" ", v)]
    sp = [i for i in sp if 3 < i < len(v) - 3]
    if not sp:
        return v, None
    i = rng.choice(sp)
    return v[:i] + "\n" + v[i + 1:], "wrapped"


# ---------------------------------------------------------------------------
# record builder
# ---------------------------------------------------------------------------
class Rec:
    def __init__(self, genre, template, rng, nopii=False, source="generated"):
        self.genre, self.template, self.rng, self.nopii, self.source = genre, template, rng, nopii, source
        self.parts, self.pos, self.spans, self.negs = [], 0, [], []
        self.noise_p = NOISE_P

    # plain text
    def t(self, *ss):
        for s in ss:
            self.parts.append(s)
            self.pos += len(s)
        return self

    # labelled value, already in final (possibly noisy) form
    def lab(self, typ, value, kind, noise=None):
        assert not self.nopii, ("PII in a no-PII record", self.template, value)
        assert typ in TYPES, typ
        start = self.pos
        self.t(value)
        self.spans.append({"start": start, "end": self.pos, "type": typ, "kind": kind,
                           "noise": [noise] if isinstance(noise, str) else list(noise or [])})
        return self

    # identifier with random noise
    def id(self, typ, value, kind, allow=None, prob=None, noise=True):
        n = None
        p = self.noise_p if prob is None else prob
        if noise and self.rng.random() < p:
            value, n = apply_noise(typ, value, self.rng, allow)
        return self.lab(typ, value, kind, n)

    def per(self, person, form=None, prob_spaced=0.0):
        if form is None and person.nat != "KOR" and self.rng.random() < 0.3:
            form = "latin"
        if form == "latin":
            return self.lab("PERSON", person.latin, "name_foreign_latin" if person.nat != "KOR" else "name_korean_latin")
        v, n = person.name, None
        if (form == "spaced" or (form is None and self.rng.random() < prob_spaced)) and person.nat == "KOR":
            v, n = " ".join(person.name), "spaced_name"
        return self.lab("PERSON", v, person.kind, n)

    def addr(self, v, kind, wrap_p=0.0):
        n = None
        if self.rng.random() < wrap_p:
            v, n = wrap_value(v, self.rng)
        return self.lab("KR_ADDRESS", v, kind, n)

    def dob(self, d, style, kind=None, prob=None):
        return self.id("DATE_OF_BIRTH", fmt_date(d, style), kind or "dob_" + style, prob=prob)

    def neg(self, value, cat):
        start = self.pos
        self.t(value)
        self.negs.append({"start": start, "end": self.pos, "category": cat})
        return self

    def text(self):
        return "".join(self.parts)


# ---------------------------------------------------------------------------
# validation
# ---------------------------------------------------------------------------
SHAPES = [
    ("mobile", re.compile(r"01[016789][-‐–－ .]?\d{3,4}[-‐–－ .]?\d{4}")),
    ("email", re.compile(r"[A-Za-z0-9._%+-]+\s?[@＠]\s?[A-Za-z0-9-]+\.[A-Za-z.]{2,}")),
    ("rrn_like", re.compile(r"(?<!\d)\d{6}\s?[-‐–－]\s?[0-9]\d{6}(?!\d)")),
    ("digits13", re.compile(r"(?<!\d)\d{13}(?!\d)")),
    ("card_like", re.compile(r"(?<!\d)\d{4}[- ]\d{4}[- ]\d{4}[- ]\d{3,4}(?!\d)")),
    ("brn_like", re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{5}(?![\d-])")),
    ("ipv4", re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")),
    ("passport_like", re.compile(r"(?<![A-Za-z0-9])[MSRGD]\d{3}[A-Z0-9]\d{4}(?![A-Za-z0-9])")),
]


def check_record(rec_id, text, spans, negs, nopii):
    errs = []
    prev_end = -1
    for s in spans:
        a, b = s["start"], s["end"]
        if not (0 <= a < b <= len(text)):
            errs.append("out of bounds %r" % s)
            continue
        v = text[a:b]
        if "value" in s and s["value"] != v:
            errs.append("value mismatch %r vs %r" % (s["value"], v))
        if v != v.strip():
            errs.append("whitespace at edge %r" % v)
        if a < prev_end:
            errs.append("overlap/unsorted at %d" % a)
        prev_end = b
        if s["type"] not in TYPES:
            errs.append("bad type %s" % s["type"])
    # every other occurrence of a labelled value is labelled too (or lies inside another span)
    for s in spans:
        v = text[s["start"]:s["end"]]
        i = text.find(v)
        while i != -1:
            j = i + len(v)
            if not any(t["start"] <= i and j <= t["end"] for t in spans):
                errs.append("unlabelled repeat of %r at %d" % (v, i))
            i = text.find(v, i + 1)
    # PII-looking shapes outside spans must be deliberately tagged hard negatives
    norm = text.translate(UNFW_MAP)
    covered = [(s["start"], s["end"]) for s in spans] + [(n["start"], n["end"]) for n in negs]
    for name, rx in SHAPES:
        for m in rx.finditer(norm):
            if not any(a < m.end() and m.start() < b for a, b in covered):
                errs.append("untagged %s-shaped string %r" % (name, text[m.start():m.end()]))
    for n in negs:
        for s in spans:
            if s["start"] < n["end"] and n["start"] < s["end"]:
                errs.append("hard negative overlaps span: %r" % text[n["start"]:n["end"]])
    if nopii and spans:
        errs.append("no-PII record has spans")
    if not nopii and not spans:
        errs.append("PII record without spans")
    return errs


def check_kind(text, s):
    """format assertions by kind, on the de-noised value"""
    v = text[s["start"]:s["end"]]
    if s["noise"]:
        return []   # noisy values are checked before noise (generation time)
    k, errs = s["kind"], []
    d = re.sub(r"\D", "", v)
    if k == "rrn_pre2020_valid" and not (len(d) == 13 and rrn_check(d[:12]) == int(d[12])):
        errs.append("rrn checksum %s" % v)
    if k in ("rrn_post2020", "rrn_changed_random") and (len(d) != 13 or rrn_check(d[:12]) == int(d[12])):
        errs.append("random-tail rrn unexpectedly valid %s" % v)
    if k == "frn_legacy_valid" and not (len(d) == 13 and frn_check(d[:12]) == int(d[12])):
        errs.append("frn checksum %s" % v)
    if k.startswith("brn") and not brn_ok(v):
        errs.append("brn checksum %s" % v)
    if k == "crn_valid" and not crn_ok(v):
        errs.append("crn checksum %s" % v)
    if k.startswith("card_full") and not luhn_ok(d):
        errs.append("luhn %s" % v)
    if s["type"] == "PERSON" and (v.endswith(("씨", "님")) or v.startswith(("성명", "대표"))):
        errs.append("title inside PERSON %s" % v)
    return errs


# ---------------------------------------------------------------------------
# shared text material (hard negatives etc.)
# ---------------------------------------------------------------------------
STATUTES = ["「개인정보 보호법」 제15조제1항", "「민원 처리에 관한 법률」 제27조제1항", "「도로교통법」 제93조제1항제1호",
            "「주민등록법」 제7조의2", "「출입국관리법」 제31조", "「여권법」 제12조제1항제1호", "「지방재정법」 제17조",
            "「보조금 관리에 관한 법률」 제33조의2", "같은 법 시행령 제9조제2항", "「공공기관의 정보공개에 관한 법률」 제9조제1항제6호",
            "「국가를 당사자로 하는 계약에 관한 법률」 제11조", "「자동차관리법」 제10조제5항", "「국민건강보험법」 제12조",
            "「행정업무의 운영 및 혁신에 관한 규정」 제7조", "「근로기준법」 제17조", "「산업안전보건법」 제54조제1항",
            "「주차장법」 제8조의2", "「지방세기본법」 제86조", "「도로명주소법」 제11조", "「재난 및 안전관리 기본법」 제36조"]
CASE_NOS = ["2023가단%d" % 123456, "2024구합%d" % 5678, "2022나%d" % 34567, "2024고단%d" % 1234, "2023노%d" % 987,
            "조심 2023서%d" % 1234, "2024카합%d" % 10234, "2023가합%d" % 51234, "2024누%d" % 40211, "2022두%d" % 31877]
CALLCENTERS = [("정부민원안내콜센터", "110"), ("다산콜센터", "120"), ("국민건강보험공단 고객센터", "1577-1000"),
               ("국세청 상담센터", "126"), ("고용노동부 고객상담센터", "1350"), ("출입국·외국인정보", "1345"),
               ("도로교통공단 콜센터", "1577-1120"), ("주민센터 통합콜", "1588-2188"), ("개인정보침해 신고센터", "118"),
               ("카드사 분실신고", "1544-7000"), ("국민연금공단", "1355"), ("한국전력", "123"), ("수도권 민원콜", "1661-0365")]
TITLES_MEETING = ["2024년 지역경제 활성화 추진 점검 회의", "개인정보 보호 수준 진단 결과 보고회", "공공데이터 개방 확대 실무협의회",
                  "청년정책 조정위원회 제2차 회의", "도시재생 뉴딜사업 주민협의체 회의", "재난안전 대책본부 상황판단회의",
                  "보조금 부정수급 방지 태스크포스 회의", "정보공개심의회 회의", "주차장 조성사업 자문위원회"]


_CYCLES = {}


def cycle(name, n):
    """deterministic round-robin over the variants of a genre (balanced coverage)"""
    i = _CYCLES.get(name, 0)
    _CYCLES[name] = i + 1
    return i % n


def rdate(rng):
    return hdate(doc_date(rng))


def docno(rng, dept=None):
    return "%s-%d" % (dept or rng.choice(DEPTS), rng.randint(101, 9999))


def receipt_no(rng):
    c = rng.randint(0, 5)
    if c == 0:
        return "1AA-%02d%02d-%07d" % (rng.randint(23, 25), rng.randint(1, 12), rng.randint(0, 9999999)), "receipt_number"
    if c == 1:
        return "%03d-%d-%04d" % (rng.choice([31, 32, 41, 51, 61]), rng.randint(2019, 2024), rng.randint(0, 9999)), "management_number_phone_like"
    if c == 2:
        return "%d%07d-%02d" % (rng.randint(2023, 2025), rng.randint(0, 9999999), rng.randint(0, 3)), "bid_notice_number"
    if c == 3:
        return "%d-%d-%06d" % (rng.randint(1101, 1199), rng.randint(2022, 2024), rng.randint(0, 999999)), "management_number"
    if c == 4:
        return "%05d-%03d-%05d" % (rng.randint(11000, 48999), rng.randint(100, 999), rng.randint(0, 99999)), "management_number"
    return "%013d" % rng.randint(10 ** 12, 10 ** 13 - 1), "registered_mail_number"


def amount(rng, scale=None):
    scale = scale or rng.choice(["small", "mid", "mid", "large"])
    if scale == "small":
        n = rng.randint(2, 300) * 1000
    elif scale == "mid":
        n = rng.randint(5, 990) * 10000
    else:
        n = rng.randint(1, 99) * 1000000 + rng.randint(0, 99) * 10000
    s = "{:,}".format(n)
    return rng.choice(["%s원" % s, "금%s원" % s, "₩%s" % s, "%s 원" % s])


def inst(rng, local=None):
    pool = INSTITUTIONS[:14]
    return rng.choice(pool)


def fax_for(rng, sw):
    return direct_line(rng, sw)


RANK_LOW = ["주무관", "행정주무관", "주무관", "전산주무관", "주무관", "시설주무관"]
RANK_MID = ["사무관", "행정사무관", "팀장", "사무관"]
RANK_HIGH = ["과장", "과장", "담당관", "국장"]


def dept_head(dept):
    d = dept.split()[-1]
    return d + "장" if d.endswith(("과", "팀")) else d


def dob_phrase(r, rng, p, ref_year=2024):
    """date of birth in running prose or in shorthand forms"""
    c = rng.randint(0, 4)
    if c == 0:
        r.per(p).t(" 씨는 ").dob(p.dob, "korean", "dob_prose").t("에 태어나")
    elif c == 1:
        r.dob(p.dob, rng.choice(["korean", "dot_space"]), "dob_prose_saeng").t("생인 ").per(p).t(" 씨는")
    elif c == 2:
        r.per(p).t("(").dob(p.dob, rng.choice(["apos", "apos_curly", "yy_dot"]), "dob_shorthand").t("생)" + josa(p.name, "은/는"))
    elif c == 3:
        r.per(p).t(" 씨(").dob(p.dob, rng.choice(["dot_space", "dot_pad"]), "dob_parenthetical").t(" 출생)는")
    else:
        r.per(p).t("%s " % josa(p.name, "은/는")).dob(p.dob, rng.choice(["korean", "korean_yy"]), "dob_prose").t(" 출생으로")
    return r


def gov_email(rng, p, dom):
    if rng.random() < 0.6:
        dom = "korea.kr"
    return email_for(rng, p, dom)


def footer_gongmun(r, rng, ins, dept, people, nopii=False, date_=None):
    """결문: 발신명의, 결재란, 시행/접수, 우편번호·주소, 전화·전송·전자우편·공개구분"""
    name, head, dom, postal, iaddr, sw = ins
    r.t("\n\n")
    r.neg(head, "official_by_office")
    r.t("\n\n")
    if nopii:
        r.t("주무관 ").neg("김○○", "anonymised_person").t("    사무관 ").neg("이○○", "anonymised_person")
        r.t("    %s 전결 %02d/%02d\n" % (dept_head(dept), rng.randint(1, 12), rng.randint(1, 28)))
    else:
        drafter, reviewer, boss = people[:3]
        style = rng.randint(0, 2)
        if style == 0:
            r.t("★" + rng.choice(RANK_LOW) + "  ").per(drafter).t("    " + rng.choice(RANK_MID) + "  ").per(reviewer)
            r.t("    %s  전결 %02d/%02d  " % (dept_head(dept), rng.randint(1, 12), rng.randint(1, 28))).per(boss).t("\n")
        elif style == 1:
            r.t("기안자 %s " % rng.choice(RANK_LOW)).per(drafter).t("  검토자 %s " % rng.choice(RANK_MID)).per(reviewer)
            r.t("  결재권자 %s " % rng.choice(RANK_HIGH)).per(boss).t("\n")
        else:
            r.t("%s\t" % rng.choice(RANK_LOW)).per(drafter).t("\t%s\t" % rng.choice(RANK_MID)).per(reviewer)
            r.t("\t%s\t" % rng.choice(RANK_HIGH)).per(boss).t("\n")
        if len(people) > 3 and rng.random() < 0.6:
            r.t("협조자  %s " % rng.choice(["감사담당관", "예산팀장", "법무담당관 사무관", "정보보안팀 주무관"])).per(people[3]).t("\n")
        else:
            r.t("협조자\n")
    d = date_ or doc_date(rng)
    r.t("시행  ").neg(docno(rng, dept), "document_number").t(" (").neg(hdate(d), "date").t(")    접수\n")
    r.t("우 ").neg(postal, "postal_code").t("  ").neg(iaddr, "institution_address").t("  / www.%s\n" % dom)
    if nopii:
        r.t("전화번호 ").neg(sw, "switchboard").t("(대표)  팩스번호 ").t("  / ")
        r.neg(rng.choice(["webmaster", "minwon", "info"]) + "@" + dom, "institution_email")
        r.t("  / %s\n" % rng.choice(["대국민 공개", "공개", "부분공개(6)"]))
        return
    drafter = people[0]
    direct = direct_line(rng, sw)
    fax = fax_for(rng, sw)
    sep = rng.choice(["  ", " / ", "   ", "  / "])
    r.t("전화번호 ").id("PHONE_NUMBER", direct, "phone_official_direct").t(sep + rng.choice(["팩스번호 ", "전송 "]))
    r.id("PHONE_NUMBER", fax, "phone_fax").t(sep if "/" in sep else sep + "/ ")
    r.id("EMAIL_ADDRESS", gov_email(rng, drafter, dom), "email_official").t(sep if "/" in sep else sep + "/ ")
    r.t(rng.choice(["대국민 공개", "공개", "부분공개(6)", "비공개(6)", "부분공개(5)"]) + "\n")


# ---------------------------------------------------------------------------
# genre: 공문
# ---------------------------------------------------------------------------
GONGMUN_TITLES = ["민원 이송 알림", "과태료 부과 사전 통지", "보조금 지급 결정 통보", "자료 제출 요청",
                  "외국인 근로자 고용 관련 협조 요청", "운전면허 행정처분 결과 통보", "건강보험 자격 변동 확인 요청",
                  "회의 개최 알림", "개인정보 유출 사고 경위 보고", "여권 발급 제한 대상자 통보", "체납액 징수 협조 요청"]


def gen_gongmun(rng, nopii):
    ins = inst(rng)
    name, head, dom, postal, iaddr, sw = ins
    dept = rng.choice(DEPTS)
    r = Rec("공문", "gongmun", rng, nopii)
    people = [make_person(rng, 1965, 1998) for _ in range(4)]
    r.t(name + "\n\n")
    recv_choices = ["수신자 참조", "%s(%s)" % (rng.choice(INSTITUTIONS)[1], dept_head(rng.choice(DEPTS))), "내부결재",
                    "%s(%s)" % (rng.choice(["서울특별시장", "부산광역시장", "경기도지사", "세종특별자치시장"]), dept_head(rng.choice(DEPTS)))]
    recv = rng.choice(recv_choices)
    r.t("수신  ")
    if recv in ("수신자 참조", "내부결재"):
        r.t(recv)
    else:
        r.neg(recv, "official_by_office")
    r.t("\n(경유)\n")
    topic = cycle("gongmun", len(GONGMUN_TITLES)) if not nopii else rng.choice([3, 7, 3, 7, 10])
    r.t("제목  " + GONGMUN_TITLES[topic] + "\n\n")
    r.t("1. 관련: ").neg(docno(rng), "document_number").t("(").neg(rdate(rng), "date").t(")\n")
    r.t("2. ").neg(rng.choice(STATUTES), "statute_citation").t("에 따라 ")
    if topic == 0:   # 민원 이송
        p = make_person(rng)
        a, pc, paren, k = address(rng)
        rn, rk = receipt_no(rng)
        r.t("우리 부로 접수된 아래 민원이 귀 기관 소관 사항으로 판단되어 이송하오니 처리하여 주시기 바랍니다.\n")
        r.t("  가. 접수번호: ").neg(rn, rk).t("\n  나. 민원인: ").per(p, prob_spaced=0.1).t(" (연락처 ").id("PHONE_NUMBER", mobile(rng), "phone_mobile").t(")\n")
        r.t("  다. 주소: ").t("(%s) " % pc if rng.random() < 0.5 else "").addr(a, k, 0.15).t(" " + paren if paren else "").t("\n")
        r.t("  라. 민원 요지: 거주지 인근 ").t(rng.choice(["공사장 소음", "불법 주정차", "가로등 고장", "악취 발생"])).t(" 개선 요청\n")
    elif topic == 1:  # 과태료
        p = make_person(rng)
        pl, pk = plate(rng)
        a, pc, paren, k = address(rng)
        r.t("다음과 같이 과태료를 부과할 예정임을 사전 통지합니다.\n")
        r.t("  가. 차량번호: ").id("KR_VEHICLE_PLATE", pl, pk).t("\n  나. 소유자: ").per(p).t("(")
        if rng.random() < 0.6:
            r.id("KR_RRN", rrn_masked(rng, p), "rrn_masked")
        else:
            r.t("생년월일 ").dob(p.dob, rng.choice(["dot_space", "dot_pad", "yy_dot_pad"]))
        r.t(")\n  다. 주소: ").addr(a, k).t("\n")
        r.t("  라. 위반일시: ").neg(rdate(rng), "date").t(" %02d:%02d  위반장소: ○○초등학교 앞 어린이보호구역\n" % (rng.randint(7, 21), rng.randint(0, 59)))
        r.t("  마. 과태료: ").neg(amount(rng, "small"), "amount").t("\n")
    elif topic == 2:  # 보조금
        r.t("보조금 지급을 아래와 같이 결정하였음을 통보합니다.\n")
        for i in range(rng.randint(1, 3)):
            p = make_person(rng)
            bank, acc = account(rng)
            r.t("  %s. " % "가나다"[i]).per(p).t(" / ").neg(amount(rng), "amount").t(" / %s " % bank).id("KR_BANK_ACCOUNT", acc, "account_" + bank)
            r.t(" (예금주 ").per(p).t(")\n")
    elif topic == 3:  # 자료제출
        r.t("아래와 같이 자료를 제출하여 주시기 바랍니다.\n  가. 제출 자료: 2024년 상반기 사업 추진 실적(붙임 서식)\n")
        r.t("  나. 제출 기한: ").neg(rdate(rng), "date").t("까지\n  다. 제출 방법: 온-나라 문서유통\n")
        if not nopii:
            r.t("  라. 문의: %s " % rng.choice(RANK_LOW)).per(people[0]).t("(").id("PHONE_NUMBER", direct_line(rng, sw), "phone_official_direct").t(")\n")
        else:
            r.t("  라. 문의: %s(" % dept).neg(sw, "switchboard").t(", 대표)\n")
    elif topic == 4:  # 외국인
        p = make_person(rng, 1975, 2001, foreign=True)
        r.t("외국인 근로자 고용 관련 사항을 다음과 같이 협조 요청합니다.\n")
        r.t("  가. 성명: ").per(p).t(" (").per(p, "latin").t(")\n  나. 외국인등록번호: ")
        if rng.random() < 0.75:
            r.id("KR_FRN", frn_valid(rng, p), "frn_legacy_valid")
        else:
            r.id("KR_FRN", rrn_masked(rng, p, foreign=True), "frn_masked")
        r.t("\n  다. 여권번호: ").id("KR_PASSPORT", passport_foreign(rng, p.nat), "passport_foreign").t("\n")
        r.t("  라. 사업장: ").t(rng.choice(COMPANIES)).t("\n")
    elif topic == 5:  # 운전면허
        p = make_person(rng)
        dl, dk = driver_license(rng)
        r.t("운전면허 행정처분 결과를 다음과 같이 통보합니다.\n")
        r.t("  가. 대상자: ").per(p).t(" (").dob(p.dob, rng.choice(["dot_space", "korean", "dash"])).t("생)\n")
        r.t("  나. 면허번호: ").id("KR_DRIVER_LICENSE", dl, dk).t("\n  다. 처분 내용: 면허정지 100일 (").neg(rdate(rng), "date").t("부터)\n")
    elif topic == 6:  # 건강보험
        p = make_person(rng)
        r.t("아래 가입자의 자격 변동 사항을 확인하여 주시기 바랍니다.\n")
        r.t("  가. 가입자: ").per(p).t("\n  나. 건강보험증 번호: ").id("KR_HEALTH_INSURANCE", health_ins(rng), "hi_11digits")
        r.t("\n  다. 주민등록번호: ").id("KR_RRN", rrn_valid(rng, p), "rrn_pre2020_valid").t("\n")
    elif topic == 7:  # 회의
        r.t("아래와 같이 회의를 개최하오니 참석하여 주시기 바랍니다.\n")
        r.t("  가. 일시: ").neg(rdate(rng), "date").t(" 14:00\n  나. 장소: 정부세종청사 %d동 %d층 회의실\n" % (rng.randint(1, 15), rng.randint(2, 9)))
        r.t("  다. 참석 대상: 각 시·도 담당 과장\n")
        if not nopii and rng.random() < 0.6:
            r.t("  라. 참석자 명단 회신: ").per(people[0]).t(" 주무관(").id("EMAIL_ADDRESS", gov_email(rng, people[0], dom), "email_official").t(")\n")
    elif topic == 8:  # 유출 사고
        n_ = rng.randint(2, 4)
        r.t("개인정보 유출 사고 경위를 다음과 같이 보고합니다.\n  가. 발생 일시: ").neg(rdate(rng), "date").t("\n")
        r.t("  나. 유출 항목: 성명, 연락처, 주소 (총 %d건)\n  다. 유출 확인 사례\n" % rng.randint(12, 480))
        for i in range(n_):
            p = make_person(rng)
            r.t("    - ").per(p).t(", ").id("PHONE_NUMBER", mobile(rng), "phone_mobile").t(", ")
            a, pc, paren, k = address(rng, rng.choice(["road_short", "road_from_gu", "road_full"]))
            r.addr(a, k).t("\n")
        r.t("  라. 유출 경로: 담당자 PC(IP ").id("IP_ADDRESS", ipv4(rng, True), "ip_private").t(")의 악성코드 감염\n")
    elif topic == 9:  # 여권
        p = make_person(rng)
        r.t("아래 사람에 대하여 여권 발급 제한을 요청합니다.\n  가. 성명: ").per(p).t("  (영문 ").per(p, "latin").t(")\n")
        r.t("  나. 주민등록번호: ").id("KR_RRN", rrn_valid(rng, p), "rrn_pre2020_valid").t("\n  다. 여권번호: ")
        r.id("KR_PASSPORT", passport(rng, rng.choice(["old", "new"])), "passport_kr").t("\n  라. 사유: ").neg(rng.choice(CASE_NOS), "case_number").t(" 사건 기소중지\n")
    else:  # 체납
        r.t("지방세 체납액 징수에 협조하여 주시기 바랍니다.\n  가. 체납액: ").neg(amount(rng), "amount").t("\n")
        r.t("  나. 납부 계좌: ").neg(rng.choice(["신한은행 140-011-" + "%06d" % rng.randint(0, 999999), "우리은행 1005-" + "%03d-%06d" % (rng.randint(0, 999), rng.randint(0, 999999))]), "institution_account")
        r.t(" (예금주: ").neg(name, "institution_name").t(")\n")
        if not nopii:
            p = make_person(rng)
            r.t("  다. 체납자: ").per(p).t(" (").id("KR_RRN", rrn_masked(rng, p), "rrn_masked").t(")\n")
    att = {0: "민원 신청서 사본", 1: "과태료 부과 내역", 2: "보조금 지급 내역", 3: "제출 서식", 4: "체류 관련 서류 사본",
           5: "처분 내역서", 6: "자격 변동 내역", 7: "참석자 명단", 8: "유출 경위서", 9: "수사 협조 의뢰서", 10: "체납 내역"}[topic]
    r.t("\n붙임  1. %s 1부.  끝." % att)
    footer_gongmun(r, rng, ins, dept, people, nopii=nopii)
    return r


# ---------------------------------------------------------------------------
# genre: 보도자료
# ---------------------------------------------------------------------------
CITIZEN_QUOTES = ["예전에는 서류 한 장 떼려고 주민센터를 몇 번씩 오갔는데 이제는 집에서 바로 처리할 수 있어 편하다",
                  "지원금 덕분에 올겨울 난방비 걱정을 조금 덜었다",
                  "처음에는 반신반의했지만 막상 참여해 보니 이웃과 가까워지는 계기가 됐다",
                  "가게 앞 도로가 정비되고 나서 손님이 눈에 띄게 늘었다",
                  "아이를 맡길 곳이 생겨 다시 일을 시작할 수 있게 됐다",
                  "현장의 목소리가 정책에 반영되도록 꾸준히 의견을 내겠다",
                  "침수 피해 뒤 복구비가 빨리 나와 장사를 다시 시작할 수 있었다",
                  "교육을 받고 나니 보이스피싱 문자를 바로 알아볼 수 있게 됐다"]
OFFICIAL_QUOTES = ["국민이 체감할 수 있는 성과가 나오도록 관계 기관과 긴밀히 협력하겠다",
                   "현장의 불편 사항을 꼼꼼히 살펴 제도를 보완해 나가겠다",
                   "개인정보가 안전하게 관리되도록 점검을 한층 강화하겠다",
                   "지역 주민의 의견을 충분히 듣고 사업을 추진하겠다"]
PRESS_TITLES = ["전통시장 온누리상품권 환급 행사 성료", "겨울철 취약계층 난방비 지원 확대", "동네 방범 순찰대 우수사례 선정",
                "청년 창업 공간 '다함께 키움터' 문 열어", "공공기관 개인정보 보호 수준 평가 결과 발표",
                "집중호우 피해 소상공인 재난지원금 신속 지급", "찾아가는 디지털 배움터 1만 명 돌파", "어린이보호구역 교통안전 특별점검 실시"]
ORGS = ["망원시장 상인회", "한빛마을 협동조합", "○○동 주민자치회", "청년창업 협동조합 '모두'", "전국택배노동조합 ○○지회", "○○농협"]
JOBS = ["자영업", "회사원", "주부", "농업", "대학생", "택시기사", "어린이집 교사"]


def short_title(head):
    for t in ("장관", "구청장", "도지사", "이사장", "사장", "시장", "청장"):
        if head.endswith(t):
            return "지사" if t == "도지사" else t
    return "기관장"


def date_range(rng, y0=2023, y1=2025, max_days=400):
    a = doc_date(rng, y0, y1)
    return a, a + timedelta(days=rng.randint(1, max_days))


def cite_person(r, rng, year):
    """a private person quoted in running prose, with age in parentheses etc."""
    f = rng.random() < 0.12
    p = make_person(rng, 1950, 2008, foreign=f)
    age = year - p.dob.year
    q = rng.choice(CITIZEN_QUOTES)
    c = rng.randint(0, 8)
    if f:
        r.t(rng.choice(["베트남", "필리핀", "몽골", "우즈베키스탄", "태국"]) + " 출신 ").per(p).t(" 씨(%d)는 “%s”라고 말했다." % (age, q))
        return
    if c == 0:
        r.per(p).t("(%d) 씨는 “%s”라고 말했다." % (age, q))
    elif c == 1:
        r.t(rng.choice(ORGS) + " ").per(p).t(" 조합원(%d)은 “%s”고 전했다." % (age, q))
    elif c == 2:
        r.per(p).t("(%d) 대표는 “%s”며 기대감을 나타냈다." % (age, q))
    elif c == 3:
        r.t("%s에 사는 %s " % (rng.choice(REGIONS)[4][0], rng.choice(JOBS))).per(p).t(" 씨(%d)는 “%s”고 했다." % (age, q))
    elif c == 4:
        r.per(p).t("(%d·%s) 씨는 “%s”라고 밝혔다." % (age, rng.choice(JOBS), q))
    elif c == 5:
        r.t("%s " % rng.choice(SOLE_SHOPS)).t("대표 ").per(p).t("%s “%s”라고 했다." % (josa(p.name, "은/는"), q))
    elif c == 6:
        p2 = make_person(rng, 2007, 2012)
        r.t("행사에 참여한 ").per(p2).t(" %s(%d)%s “재미있었다”며 웃었다." % ("군" if p2.gender == "M" else "양", year - p2.dob.year, "은"))
    elif c == 7:
        r.t("“%s.” 현장에서 만난 " % q).per(p).t("(%d) 씨의 말이다." % age)
    else:
        r.per(p).t(josa(p.name, "은/는")).t(" “%s”라며 " % q).t("“내년에도 꼭 참여하겠다”고 덧붙였다.")


def press_contact_block(r, rng, ins, dept, boss, staff, year):
    name, head, dom, postal, iaddr, sw = ins
    style = rng.randint(0, 3)
    team = rng.choice(["기획팀", "지원팀", "정책팀", "운영팀", "보호팀"])
    if style == 0:
        r.t("\n\n담당 부서  %s        책임자  과  장  " % dept).per(boss).t("  (").id("PHONE_NUMBER", direct_line(rng, sw), "phone_official_direct").t(")\n")
        r.t("<%s>                 담당자  %s  " % (team, rng.choice(["사무관", "주무관"]))).per(staff).t("  (").id("PHONE_NUMBER", direct_line(rng, sw), "phone_official_direct").t(")\n")
    elif style == 1:
        r.t("\n\n| 담당 부서 | %s | 책임자 | 과장 " % dept).per(boss).t(" | ").id("PHONE_NUMBER", direct_line(rng, sw), "phone_official_direct").t(" |\n")
        r.t("| | %s | 담당자 | 사무관 " % team).per(staff).t(" | ").id("PHONE_NUMBER", direct_line(rng, sw), "phone_official_direct").t(" |\n")
    elif style == 2:
        r.t("\n\n※ 문의: %s " % dept).per(staff).t(" 주무관(").id("PHONE_NUMBER", direct_line(rng, sw), "phone_official_direct").t(", ")
        r.id("EMAIL_ADDRESS", gov_email(rng, staff, dom), "email_official").t(")\n")
    else:
        r.t("\n\n담당: %s %s\n" % (name, dept)).t("  과장 ").per(boss).t("  ☎ ").id("PHONE_NUMBER", direct_line(rng, sw), "phone_official_direct")
        r.t("\n  주무관 ").per(staff).t("  ☎ ").id("PHONE_NUMBER", direct_line(rng, sw), "phone_official_direct").t("  ✉ ")
        r.id("EMAIL_ADDRESS", gov_email(rng, staff, dom), "email_official").t("\n")
    if rng.random() < 0.4:
        r.t("대표전화 ").neg(sw, "switchboard").t(" | 홈페이지 www.%s\n" % dom)


def gen_press(rng, nopii):
    ins = inst(rng)
    name, head, dom, postal, iaddr, sw = ins
    d = doc_date(rng)
    year = d.year
    dept = rng.choice(DEPTS)
    r = Rec("보도자료", "press", rng, nopii)
    r.t(rng.choice(["보도자료", "보 도 자 료", "보도참고자료"]) + "\n" + name + "\n")
    r.t("보도 일시: ").neg(hdate(d), "date").t("(%s) 12:00 이후\n" % "월화수목금"[d.weekday() % 5])
    title = rng.choice(PRESS_TITLES)
    r.t("\n%s\n- %s -\n\n" % (title, rng.choice(["올해 %d곳으로 확대, 주민 만족도 %d%%" % (rng.randint(10, 90), rng.randint(70, 98)),
                                                 "관계 부처 합동 후속 조치 추진", "신청 기간 %d월 %d일까지" % (rng.randint(1, 12), rng.randint(1, 28))])))
    if nopii:
        r.t("□ %s%s 관련 사업의 추진 결과를 발표했다고 밝혔다.\n" % (name, "은" if has_batchim(name) else "는"))
        r.t("  ○ 올해 지원 건수는 %s건으로 전년 대비 %d%% 증가했으며, 총 " % ("{:,}".format(rng.randint(1000, 99999)), rng.randint(2, 40))).neg(amount(rng), "amount").t("이 집행되었다.\n")
        r.t("  ○ 현장에서 만난 ").neg("이 모(%d) 씨" % rng.randint(25, 75), "anonymised_person").t("는 “%s”라고 말했다.\n" % rng.choice(CITIZEN_QUOTES))
        r.t("  ○ 한편 ").neg("1979년생", "birth_year_only").t(" 동갑내기 상인들로 구성된 봉사단도 힘을 보탰다.\n")
        r.t("□ 자세한 내용은 ").neg(rng.choice(CALLCENTERS)[1], "callcenter_number").t(" 또는 누리집(www.%s)에서 확인할 수 있다.\n" % dom)
        r.t("\n\n담당 부서  %s  (대표 " % dept).neg(sw, "switchboard").t(")\n")
        return r
    minister = make_person(rng, 1958, 1972)
    head_title = short_title(head)
    r.t("□ %s(%s " % (name, head_title)).per(minister).t(")%s %s %s 밝혔다.\n" % (
        "는" if not has_batchim(name) else "은", "%d일" % d.day, "관련 사업을 마무리하고 성과를 점검했다고"))
    r.t("  ○ 이번 사업에는 %d개 단체와 주민 %s명이 참여했으며, 총사업비는 " % (rng.randint(3, 40), "{:,}".format(rng.randint(100, 9000)))).neg(amount(rng), "amount").t("이다.\n")
    for _ in range(rng.randint(1, 3)):
        r.t("  ○ ")
        cite_person(r, rng, year)
        r.t("\n")
    if rng.random() < 0.3:
        p_ = make_person(rng, 1930, 1950)
        r.t("  ○ 최고령 참가자인 ")
        dob_phrase(r, rng, p_)
        r.t(" “%s”고 말했다.\n" % rng.choice(CITIZEN_QUOTES))
    if rng.random() < 0.4:
        r.t("  ○ 다만 일부 참가자는 불편을 호소하기도 했다. ").neg(rng.choice(["이 모(%d) 씨" % rng.randint(25, 75), "박 모 씨", "김○○ 씨"]), "anonymised_person").t("는 “절차가 여전히 복잡하다”고 지적했다.\n")
    boss, staff = make_person(rng, 1965, 1985), make_person(rng, 1980, 1998)
    r.t("□ ").per(boss).t(" %s%s “%s”라고 강조했다.\n" % (dept, "장은" if not dept.endswith("관") else "은", rng.choice(OFFICIAL_QUOTES)))
    if rng.random() < 0.4:
        r.t("□ 한편 ").per(minister).t(" %s%s " % (head_title, josa(head_title, "은/는"))).t("“%s”고 말했다.\n" % rng.choice(OFFICIAL_QUOTES))
    press_contact_block(r, rng, ins, dept, boss, staff, year)
    return r


# ---------------------------------------------------------------------------
# genre: 민원 회신
# ---------------------------------------------------------------------------
MINWON_TOPICS = [("불법 주정차 단속 요청", "plate"), ("층간소음 관련 중재 요청", None), ("가로등 고장 신고", None),
                 ("건강보험료 부과 이의", "hi"), ("운전면허 갱신 기간 문의", "dl"), ("여권 재발급 처리 지연", "pp"),
                 ("영업장 소음 신고", "brn"), ("보조금 미지급 문의", "acc"), ("카드 이중결제 환불 요청", "card")]


def gen_minwon(rng, nopii):
    ins = inst(rng)
    name, head, dom, postal, iaddr, sw = ins
    dept = rng.choice(DEPTS)
    r = Rec("민원회신", "minwon_reply", rng, nopii)
    topic, extra = MINWON_TOPICS[cycle("minwon", len(MINWON_TOPICS))] if not nopii else rng.choice(MINWON_TOPICS)
    rn, rk = receipt_no(rng)
    r.t(rng.choice(["민원 처리 결과 통지", "민원 회신", "국민신문고 민원 답변"]) + "\n\n")
    if nopii:
        r.t("수신: 민원인 귀하\n제목: %s에 대한 회신\n\n" % topic)
        r.t("1. 평소 %s 행정에 관심을 가져 주신 데 감사드립니다.\n" % name)
        r.t("2. 귀하께서 국민신문고를 통해 신청하신 민원(신청번호 ").neg(rn, rk).t(")에 대한 검토 결과를 알려드립니다.\n")
        r.t("3. 해당 사항은 ").neg(rng.choice(STATUTES), "statute_citation").t("에 따라 처리되며, 같은 사안으로 ")
        r.neg(rng.choice(CASE_NOS), "case_number").t(" 사건이 진행 중이므로 결과에 따라 조치할 예정입니다.\n")
        r.t("4. 신청 서식은 누리집에 게시된 작성 예시(성명 ").neg("홍길동", "placeholder_example").t(", 주민등록번호 ").neg("000000-0000000", "placeholder_example").t(")를 참고하여 주십시오.\n")
        cc = rng.choice(CALLCENTERS)
        r.t("5. 기타 궁금하신 사항은 %s(" % dept).neg(sw, "switchboard").t(") 또는 %s(" % cc[0]).neg(cc[1], "callcenter_number").t(")에 문의하여 주시기 바랍니다.\n")
        r.t("\n").neg(head, "official_by_office").t("\n")
        return r
    p = make_person(rng)
    a, pc, paren, k = address(rng)
    c = rng.randint(0, 2)
    if c == 0:
        q = rng.choice(["", "", "‘", "“"])
        r.t("수신: " + q).per(p).t({"": "", "‘": "’", "“": "”"}[q] + " 귀하\n")
    elif c == 1:
        r.per(p).t(" 님 귀하\n")
    else:
        r.t("민원인: ").per(p).t(" (").id("PHONE_NUMBER", mobile(rng), "phone_mobile").t(")\n")
    r.t("주소: ")
    if rng.random() < 0.6:
        r.t("(").neg(pc, "postal_code").t(") ")
    r.addr(a, k, 0.1)
    if paren:
        r.t(" " + paren)
    r.t("\n제목: %s에 대한 회신\n\n" % topic)
    r.t("1. 평소 %s 행정에 관심을 가져 주신 데 감사드립니다.\n" % name)
    r.t("2. 귀하께서 ").neg(rdate(rng), "date").t(" 제출하신 민원(접수번호 ").neg(rn, rk).t(")의 요지는 ")
    if extra == "plate":
        pl, pk = plate(rng)
        r.t("“%s 앞에 차량 " % rng.choice(["아파트 정문", "상가", "어린이집"])).id("KR_VEHICLE_PLATE", pl, pk).t("이 상습적으로 불법 주차한다”는 내용입니다.\n")
        r.t("3. 현장 확인 결과 해당 차량에 대해 ").neg(amount(rng), "amount").t("의 과태료를 부과하였음을 알려드립니다.\n")
    elif extra == "hi":
        r.t("건강보험료 부과 기준에 대한 이의 신청입니다.\n3. 귀하의 건강보험증 번호(").id("KR_HEALTH_INSURANCE", health_ins(rng), "hi_11digits").t(")로 조회한 결과, ")
        r.neg(rng.choice(STATUTES), "statute_citation").t("에 따라 정상 부과된 것으로 확인되었습니다.\n")
    elif extra == "dl":
        dl, dk = driver_license(rng)
        r.t("운전면허 갱신 기간 문의입니다.\n3. 귀하의 면허(").id("KR_DRIVER_LICENSE", dl, dk).t(")는 적성검사 기간이 ").neg(rdate(rng), "date").t("까지이므로 기간 내 갱신하시기 바랍니다.\n")
    elif extra == "pp":
        r.t("여권 재발급 지연에 관한 내용입니다.\n3. 확인 결과 귀하의 여권(").id("KR_PASSPORT", passport(rng, "new"), "passport_kr").t(")은 ")
        r.neg(rdate(rng), "date").t("에 발급이 완료되어 수령 가능함을 알려드립니다.\n")
    elif extra == "brn":
        shop = rng.choice(SOLE_SHOPS)
        r.t("인근 영업장 %s의 야간 소음에 관한 신고입니다.\n3. 해당 업소(사업자등록번호 " % shop).id("KR_BRN", brn(rng), "brn_valid").t(")에 개선 명령을 하였습니다.\n")
    elif extra == "acc":
        bank, acc = account(rng)
        r.t("보조금 미지급 문의입니다.\n3. 귀하가 신청 시 기재한 계좌(%s " % bank).id("KR_BANK_ACCOUNT", acc, "account_" + bank).t(")의 예금주가 ")
        p2 = make_person(rng)
        r.per(p2).t(josa(p2.name, "으로/로")).t(" 신청인과 달라 지급이 보류되었습니다. 본인 명의 계좌로 변경 신청하여 주십시오.\n")
    elif extra == "card":
        if rng.random() < 0.5:
            r.t("카드 이중결제 환불 요청입니다.\n3. 결제 카드(").id("CREDIT_CARD", card_masked(rng), "card_partly_masked")
        else:
            v, b = card(rng)
            r.t("카드 이중결제 환불 요청입니다.\n3. 결제 카드(").id("CREDIT_CARD", v, "card_full_" + b)
        r.t(")로 승인된 ").neg(amount(rng), "amount").t(" 중 1건을 취소하였습니다.\n")
    else:
        r.t("“%s”라는 내용입니다.\n3. 현장 조사 결과를 토대로 조치하였으며, 추가 불편이 있으면 알려 주시기 바랍니다.\n" % topic)
    off = make_person(rng, 1970, 1998)
    r.t("4. 기타 궁금하신 사항은 %s " % dept).per(off).t(" %s(" % rng.choice(RANK_LOW)).id("PHONE_NUMBER", direct_line(rng, sw), "phone_official_direct")
    cc = rng.choice(CALLCENTERS)
    r.t(")에게 연락 주시거나 %s(" % cc[0]).neg(cc[1], "callcenter_number").t(")를 이용하시기 바랍니다.\n\n")
    r.neg(head, "official_by_office").t("\n")
    return r


# ---------------------------------------------------------------------------
# genre: 회의록
# ---------------------------------------------------------------------------
AGENDA = ["2024년 사업 추진 계획(안)", "개인정보 처리방침 개정(안)", "예산 집행 실적 보고", "주민 의견 수렴 결과", "운영 규정 일부 개정(안)"]
SAYINGS = ["지난 회의에서 지적된 사항이 반영되었는지 먼저 확인하고 싶습니다.", "예산 집행률이 낮은 사유를 구체적으로 설명해 주시기 바랍니다.",
           "현장 의견을 보면 신청 절차 간소화가 가장 시급해 보입니다.", "개인정보 수집 항목 중 불필요한 것은 삭제하는 것이 좋겠습니다.",
           "원안대로 의결하되 세부 사항은 간사가 보완하는 것으로 하겠습니다.", "외부 전문가 자문을 한 번 더 받는 것이 어떻겠습니까?",
           "동의합니다. 다만 시행 시기는 하반기로 조정할 필요가 있습니다.", "관련 통계는 다음 회의 때 별도로 보고드리겠습니다."]
AFFIL = ["한국개발연구원 선임연구위원", "○○대학교 행정학과 교수", "법무법인 한결 변호사", "시민단체 대표", "주민자치회장", "공인회계사", "○○구의회 의원"]


def gen_meeting(rng, nopii):
    r = Rec("회의록", "minutes", rng, nopii)
    title = rng.choice(TITLES_MEETING)
    d = doc_date(rng)
    r.t("%s 회의록\n\n" % title)
    r.t("□ 일시: ").neg(hdate(d), "date").t("(%s) %d:00~%d:30\n" % ("월화수목금"[d.weekday() % 5], rng.randint(9, 15), rng.randint(16, 18)))
    r.t("□ 장소: %s\n" % rng.choice(["정부세종청사 6동 대회의실", "시청 본관 3층 중회의실", "구청 별관 회의실", "영상회의(온-나라 PC 영상회의)"]))
    if nopii:
        r.t("□ 참석: 위원 %d명 (명단 별첨, 공개 시 비공개 처리), 간사 1명\n□ 안건: %s\n\n□ 회의 내용\n" % (rng.randint(5, 12), rng.choice(AGENDA)))
        for _ in range(rng.randint(3, 6)):
            who = rng.choice(["위원장", "위원 A", "위원 B", "위원 C", "간사", "위원 D"])
            r.t("○ ")
            r.neg(who, "role_only_speaker")
            r.t(": %s\n" % rng.choice(SAYINGS))
        r.t("\n□ 결정 사항: 원안 가결 (찬성 %d, 반대 %d)\n□ 다음 회의: " % (rng.randint(4, 9), rng.randint(0, 2))).neg(rdate(rng), "date").t("\n")
        return r
    chair = make_person(rng, 1955, 1980)
    members = [make_person(rng, 1955, 1995, foreign=(rng.random() < 0.05)) for _ in range(rng.randint(3, 6))]
    sec = make_person(rng, 1975, 1998)
    style = rng.randint(0, 2)
    r.t("□ 참석자: 위원장 ").per(chair)
    if style == 0:
        r.t(", 위원 ")
        for i, m in enumerate(members):
            if i:
                r.t("·")
            r.per(m)
        r.t(", 간사 ").per(sec).t(" (총 %d명)\n" % (len(members) + 2))
    elif style == 1:
        r.t("\n")
        for m in members:
            r.t("   위원  ").per(m).t("  (%s)\n" % rng.choice(AFFIL))
        r.t("   간사  ").per(sec).t("  (%s 주무관, ☎ " % rng.choice(DEPTS)).id("PHONE_NUMBER", landline(rng, "044"), "phone_official_direct").t(")\n")
    else:
        r.t(" | ")
        for m in members:
            r.t(rng.choice(AFFIL) + " ").per(m).t(" | ")
        r.t("간사 ").per(sec).t("\n")
    absent = None
    if rng.random() < 0.4:
        absent = make_person(rng, 1955, 1990)
        r.t("□ 불참: 위원 ").per(absent).t("(개인 사정)\n")
    r.t("□ 안건: %s\n\n□ 회의 내용\n" % rng.choice(AGENDA))
    speakers = [("위원장", chair)] + [("위원", m) for m in members] + [("간사", sec)]
    for i in range(rng.randint(4, 8)):
        role, pp = speakers[0] if i == 0 else rng.choice(speakers)
        f = rng.randint(0, 3)
        if f == 0:
            r.t("○ ").per(pp).t(" %s: " % role)
        elif f == 1:
            r.t("◇ %s(" % role).per(pp).t(") : ")
        elif f == 2:
            r.per(pp).t(" %s> " % role)
        else:
            r.t("- ").per(pp).t(": ")
        r.t(rng.choice(SAYINGS))
        if rng.random() < 0.25 and len(members) > 1:
            m2 = rng.choice(members)
            r.t(" 앞서 ").per(m2).t(" 위원께서 말씀하신 부분도 검토가 필요합니다.")
        r.t("\n")
    if rng.random() < 0.2:
        m = rng.choice(members)
        r.t("○ ").per(m).t(" 위원: 자료는 제 휴대전화로 보내 주십시오. ").lab("PHONE_NUMBER", hangul_digits(mobile(rng), rng, rng.choice([" ", "-"])), "phone_mobile", "hangul_digits").t("입니다.\n")
    if rng.random() < 0.3:
        r.t("○ ").neg("위원장", "role_only_speaker").t(": 이상으로 회의를 마치겠습니다.\n")
    r.t("\n□ 결정 사항: %s\n" % rng.choice(["원안 가결", "수정 가결(세부 문구는 간사에게 위임)", "차기 회의 재상정"]))
    if rng.random() < 0.5:
        r.t("□ 회의록 작성: ").per(sec).t(" (").id("EMAIL_ADDRESS", gov_email(rng, sec, "korea.kr"), "email_official").t(")\n")
    return r


# ---------------------------------------------------------------------------
# genre: 보고서 (사고·감사)
# ---------------------------------------------------------------------------
def gen_report(rng, nopii):
    r = Rec("보고서", "report", rng, nopii)
    kind = rng.choice(["accident_site", "traffic", "audit", "audit", "security"])
    d = doc_date(rng)
    year = d.year
    if nopii:
        r.t("%s 결과 보고(공개용 요약)\n\n" % rng.choice(["정기 감사", "특정 감사", "안전사고 조사"]))
        r.t("1. 개요\n  ○ 기간: ").neg(hdate(d), "date").t(" ~ ").neg(hdate(d + timedelta(days=rng.randint(3, 20))), "date").t("\n")
        r.t("  ○ 근거: ").neg(rng.choice(STATUTES), "statute_citation").t("\n2. 주요 지적 사항\n")
        for i in range(rng.randint(2, 4)):
            who = rng.choice(["%s 주무관 A" % rng.choice(DEPTS), "○○과 ", "계약 담당 " + rng.choice(["김○○", "이○○", "박**", "최 모"]), "시설관리팀장"])
            r.t("  %d) " % (i + 1)).neg(who.strip(), "anonymised_person" if any(c in who for c in "○*모AB") else "official_by_office")
            r.t("%s %s (관련 금액 " % ("은(는)", rng.choice(["계약 검사 조서를 사실과 다르게 작성함", "보조금 정산을 지연함", "출장비를 중복 지급함", "개인정보 파일을 암호화하지 않음"])))
            r.neg(amount(rng), "amount").t(")\n")
        r.t("3. 조치: 주의 %d건, 시정 %d건, 회수 " % (rng.randint(1, 9), rng.randint(1, 5))).neg(amount(rng), "amount").t("\n")
        r.t("※ 세부 인적 사항은 ").neg("「공공기관의 정보공개에 관한 법률」 제9조제1항제6호", "statute_citation").t("에 따라 비공개\n")
        return r
    if kind == "accident_site":
        v = make_person(rng, 1960, 1995)
        w = make_person(rng, 1960, 2000)
        fam = make_person(rng, 1955, 1998)
        co = rng.choice(COMPANIES)
        r.t("건설현장 안전사고 발생 보고\n\n")
        r.t("1. 사고 개요\n  ○ 일시: ").neg(hdate(d), "date").t("(%s) %02d:%02d경\n" % ("월화수목금토일"[d.weekday()], rng.randint(7, 17), rng.randint(0, 59)))
        r.t("  ○ 장소: ○○동 소재 공공청사 신축공사 현장 %d층 슬래브\n" % rng.randint(2, 12))
        r.t("  ○ 경위: 하도급업체 %s 소속 근로자 " % co).per(v).t("(%d, %s)%s 거푸집 해체 작업 중 약 %dm 높이에서 추락하였으며, " % (
            year - v.dob.year, "남" if v.gender == "M" else "여", josa(v.name, "이/가"), rng.randint(2, 7)))
        r.t("동료 근로자 ").per(w).t(josa(w.name, "이/가")).t(" 119에 신고함\n")
        r.t("2. 피해자 인적사항\n  ○ 성명: ").per(v).t("  생년월일: ").dob(v.dob, rng.choice(["dot_space", "dot_pad", "korean", "yymmdd"]))
        r.t("\n  ○ 연락처: ").id("PHONE_NUMBER", mobile(rng), "phone_mobile").t("  주소: ")
        a, pc, paren, k = address(rng)
        r.addr(a, k, 0.15).t("\n  ○ 보호자: ").per(fam).t("(%s, " % rng.choice(["배우자", "자녀", "부친", "모친"])).id("PHONE_NUMBER", mobile(rng), "phone_mobile").t(")\n")
        if rng.random() < 0.5:
            r.t("  ○ 목격자: ")
            dob_phrase(r, rng, make_person(rng, 1955, 1995))
            r.t(" 사고 직후 현장 관리자에게 알렸다고 진술함\n")
        r.t("3. 조치 사항: ○○대학교병원 응급실 이송(의식 있음), 작업 중지 명령, 고용노동부 고객상담센터(").neg("1350", "callcenter_number").t(") 통보\n")
    elif kind == "traffic":
        dr = make_person(rng, 1955, 2000)
        vi = make_person(rng, 1945, 2010)
        pl, pk = plate(rng)
        dl, dk = driver_license(rng)
        r.t("출장 중 교통사고 경위서\n\n")
        r.t("  ").neg(hdate(d), "date").t(" %02d:%02d경 ○○사거리에서 " % (rng.randint(7, 20), rng.randint(0, 59)))
        own, ok_ = plate(rng, "3d")
        r.t("출장 중 본인 소유 승용차(").id("KR_VEHICLE_PLATE", own, ok_).t(")를 운전하던 당 기관 소속 ").per(dr).t(" 주무관(")
        r.dob(dr.dob, rng.choice(["dot_space", "korean", "dot_pad"])).t("생, 운전면허 ").id("KR_DRIVER_LICENSE", dl, dk)
        r.t(")이 신호 대기 중이던 승용차(").id("KR_VEHICLE_PLATE", pl, pk).t(")를 후방에서 추돌하였다. ")
        r.t("피해 차량 운전자 ").per(vi).t("(%d)%s 경추 염좌로 전치 2주 진단을 받았으며, " % (year - vi.dob.year, josa(vi.name, "은/는")))
        r.t("피해자 연락처는 ").id("PHONE_NUMBER", mobile(rng), "phone_mobile").t("이다. 보험 접수번호는 ").neg(receipt_no(rng)[0], "receipt_number").t("이다.\n")
        r.t("  당시 동승자는 없었으며, 피해 차량의 수리비는 약 ").neg(amount(rng, "mid"), "amount").t("으로 추산된다.\n")
    elif kind == "audit":
        a1, a2 = make_person(rng, 1965, 1995), make_person(rng, 1965, 1995)
        shop = rng.choice(SOLE_SHOPS)
        owner = make_person(rng, 1960, 1990)
        r.t("%s 특정감사 결과 보고\n\n" % rng.choice(INSTITUTIONS)[0])
        r.t("1. 감사 기간: ").neg(hdate(d), "date").t(" ~ ").neg(hdate(d + timedelta(days=rng.randint(3, 14))), "date").t("\n2. 지적 사항\n")
        r.t("  가. %s 7급 " % rng.choice(DEPTS)).per(a1).t("%s " % josa(a1.name, "은/는")).neg(rdate(rng), "date")
        r.t(" 업무추진비 ").neg(amount(rng, "mid"), "amount").t("을 %s(대표 " % shop).per(owner).t(", 사업자등록번호 ").id("KR_BRN", brn(rng), "brn_valid")
        r.t(")에 분할 결제하면서 개인 카드(")
        if rng.random() < 0.5:
            r.id("CREDIT_CARD", card_masked(rng), "card_partly_masked")
        else:
            cv, cb = card(rng)
            r.id("CREDIT_CARD", cv, "card_full_" + cb)
        r.t(")를 사용하였다.\n")
        r.t("  나. 같은 과 6급 ").per(a2).t("%s 이를 검토하지 않고 결재하였다(" % josa(a2.name, "은/는")).neg(rng.choice(STATUTES), "statute_citation").t(" 위반).\n")
        r.t("  다. 계약 담당 ").neg(rng.choice(["김○○", "이○○", "정 모"]), "anonymised_person").t(" 주무관에 대해서는 경고 처분을 요구한다.\n")
        r.t("3. 처분 요구: 징계(경징계) 1명, 주의 1명, 회수 ").neg(amount(rng), "amount").t("\n")
    else:
        u = make_person(rng, 1970, 1998)
        ip1, ip2 = ipv4(rng, True), ipv4(rng, False)
        r.t("개인정보 오남용 의심 사례 조사 보고\n\n")
        r.t("○ 대상자: %s " % rng.choice(DEPTS)).per(u).t(" %s(사번 " % rng.choice(RANK_LOW)).neg("u%05d" % rng.randint(10000, 99999), "system_user_id").t(")\n")
        r.t("○ 조사 결과: 대상자는 ").neg(hdate(d), "date").t("부터 %d일간 업무용 PC(" % rng.randint(3, 30)).id("IP_ADDRESS", ip1, "ip_private")
        r.t(")에서 업무와 무관한 주민 %d명의 정보를 조회하였으며, 이 중 " % rng.randint(5, 80))
        vs = [make_person(rng) for _ in range(rng.randint(1, 3))]
        for i, v in enumerate(vs):
            if i:
                r.t(", ")
            r.per(v).t("(").id("KR_RRN", *rrn_any(rng, v)).t(")")
        r.t("의 주소를 외부 메신저로 전송한 사실이 확인되었다. 전송 시 사용된 외부 IP는 ").id("IP_ADDRESS", ip2, "ip_public").t("이다.\n")
        r.t("○ 조치: ").neg(rng.choice(STATUTES), "statute_citation").t("에 따라 수사 의뢰 예정\n")
    return r


# ---------------------------------------------------------------------------
# genre: 판결문
# ---------------------------------------------------------------------------
COURTS = ["서울중앙지방법원", "서울행정법원", "수원지방법원", "부산지방법원 동부지원", "대전지방법원", "광주고등법원", "대구지방법원 서부지원"]


def gen_judgment(rng, nopii):
    r = Rec("판결문", "judgment", rng, nopii)
    court = rng.choice(COURTS)
    case = rng.choice([c for c in CASE_NOS if not c.startswith("조심")])
    r.t("%s\n판       결\n\n사    건  " % court).neg(case, "case_number").t(" %s\n" % rng.choice(["손해배상(기)", "부당이득금", "대여금", "자동차운전면허취소처분취소", "임대차보증금"]))
    if nopii:
        r.t("원    고  ").neg("A", "anonymised_person").t("\n          소송대리인 법무법인 ○○\n피    고  ").neg("B 주식회사", "anonymised_person")
        r.t("\n          대표이사 ").neg("C", "anonymised_person").t("\n변 론 종 결  ").neg(rdate(rng), "date").t("\n판 결 선 고  ").neg(rdate(rng), "date").t("\n\n주    문\n")
        r.t("1. 피고는 원고에게 ").neg(amount(rng), "amount").t(" 및 이에 대하여 ").neg(rdate(rng), "date").t("부터 다 갚는 날까지 연 12%의 비율로 계산한 돈을 지급하라.\n")
        r.t("2. 소송비용은 피고가 부담한다.\n\n이    유\n1. 기초 사실\n  원고는 ").neg("김○○", "anonymised_person").t("의 상속인으로서 ... 피고의 직원 ").neg("정 모 씨", "anonymised_person").t("가 ...\n")
        r.t("2. 판단\n  ").neg(rng.choice(STATUTES), "statute_citation").t("에 의하면 ...\n\n판사  ").neg("(이름 생략)", "anonymised_person").t("\n")
        return r
    pl = make_person(rng, 1950, 1995)
    de = make_person(rng, 1950, 1995)
    lawyer = make_person(rng, 1965, 1990)
    judge = make_person(rng, 1965, 1985)
    co = rng.choice(COMPANIES)
    ceo = make_person(rng, 1955, 1980)
    a1, pc1, par1, k1 = address(rng)
    a2, pc2, par2, k2 = address(rng)
    a3, pc3, par3, k3 = address(rng, "road_full")
    r.t("원    고  ").per(pl).t(" (").id("KR_RRN", *rrn_any(rng, pl)).t(")\n          ")
    r.addr(a1, k1, 0.1).t("\n          소송대리인 변호사 ").per(lawyer).t("\n")
    r.t("피    고  1. ").per(de).t("\n             ").addr(a2, k2).t(" " + par2 if par2 else "").t("\n")
    r.t("          2. %s\n             " % co).addr(a3, k3).t("\n             대표이사 ").per(ceo).t("\n")
    r.t("             법인등록번호 ").id("KR_CRN", crn(rng), "crn_valid").t("\n")
    r.t("변 론 종 결  ").neg(rdate(rng), "date").t("\n판 결 선 고  ").neg(rdate(rng), "date").t("\n\n주    문\n")
    r.t("1. 피고들은 공동하여 원고에게 ").neg(amount(rng), "amount").t(" 및 이에 대한 지연손해금을 지급하라.\n2. 소송비용은 피고들이 부담한다.\n\n이    유\n1. 기초 사실\n  가. 피고 ")
    r.per(de).t("%s " % josa(de.name, "은/는")).neg(rdate(rng), "date").t(" ")
    ev = rng.randint(0, 2)
    if ev == 0:
        pl_, pk = plate(rng)
        r.t("피고 회사 소유의 화물차(").id("KR_VEHICLE_PLATE", pl_, pk).t(")를 운전하다가 원고를 들이받았다(운전면허번호 ")
        dl, dk = driver_license(rng)
        r.id("KR_DRIVER_LICENSE", dl, dk).t(").\n")
    elif ev == 1:
        bank, acc = account(rng)
        r.t("원고로부터 차용금 명목으로 ").neg(amount(rng), "amount").t("을 피고 명의 %s 계좌(" % bank).id("KR_BANK_ACCOUNT", acc, "account_" + bank).t(")로 송금받았다.\n")
    else:
        r.t("원고와 임대차계약을 체결하고 원고 명의 휴대전화(").id("PHONE_NUMBER", mobile(rng), "phone_mobile").t(")로 계약 해지를 통보받았다.\n")
    if rng.random() < 0.5:
        r.t("  나. 원고는 ").neg("%d년생" % pl.dob.year, "birth_year_only").t("으로 사고 당시 ○○에서 근무하고 있었다.\n")
    else:
        r.t("  나. 원고는 ").dob(pl.dob, rng.choice(["dot_space", "korean"]), "dob_prose").t(" 출생으로 사고 당시 만 %d세였다.\n" % (2023 - pl.dob.year))
    r.t("[인정 근거] 다툼 없는 사실, 갑 제1 내지 5호증, 을 제2호증의 각 기재, 변론 전체의 취지\n2. 판단\n  ")
    r.neg(rng.choice(STATUTES), "statute_citation").t("에 따라 피고들은 원고가 입은 손해를 배상할 책임이 있다.\n\n판사  ").per(judge).t("\n")
    return r


# ---------------------------------------------------------------------------
# genre: 인사명령
# ---------------------------------------------------------------------------
GRADES = ["행정서기관", "행정사무관", "행정주사", "행정주사보", "전산사무관", "시설주사", "사회복지주사", "행정서기"]


def gen_personnel(rng, nopii):
    ins = inst(rng)
    name, head, dom, postal, iaddr, sw = ins
    r = Rec("인사명령", "personnel", rng, nopii)
    d = doc_date(rng)
    r.t("인 사 발 령\n\n")
    r.neg("%s 발령 제%d-%d호" % (name, d.year, rng.randint(10, 400)), "document_number").t("\n\n")
    if nopii:
        r.t("%d년 %s 정기인사 계획\n  ○ 승진: 4급 %d명, 5급 %d명, 6급 이하 %d명\n" % (d.year, rng.choice(["상반기", "하반기"]), rng.randint(1, 5), rng.randint(3, 15), rng.randint(10, 60)))
        r.t("  ○ 전보: 동일 직위 %d년 이상 근무자 (").neg("1979년생", "birth_year_only").t(" 이전 출생자 중 희망자 우선)\n")
        r.t("  ○ 시행일: ").neg(hdate(d), "date").t("\n  ○ 근거: ").neg("「지방공무원 임용령」 제27조", "statute_citation").t("\n\n").neg(head, "official_by_office").t("\n")
        return r
    style = rng.randint(0, 2)
    entries = rng.randint(3, 7)
    if style == 2:
        r.t("직급\t성명\t현 소속\t발령 사항\t생년월일\n")
    for i in range(entries):
        p = make_person(rng, 1964, 1999)
        g = rng.choice(GRADES)
        kind_ = rng.choice(["승진", "전보", "신규임용", "휴직", "직무대리", "국외출장", "복직"])
        d1, d2 = rng.choice(DEPTS), rng.choice(DEPTS)
        if style == 0:
            r.t("%s\n  %s  " % (kind_, g)).per(p).t("\n    %s → %s\n" % (d1, d2))
            if kind_ == "휴직":
                d1, d2 = date_range(rng)
                r.t("    육아휴직 (").neg(hdate(d1), "date").t(" ~ ").neg(hdate(d2), "date").t(")\n")
            if kind_ == "국외출장":
                r.t("    출장지: 프랑스 파리 (OECD 회의), 여권번호 ").id("KR_PASSPORT", passport(rng, rng.choice(["old", "new"]), rng.choice(["G", "M"])), "passport_kr").t("\n")
        elif style == 1:
            r.t("○ %s %s " % (kind_, g)).per(p).t(" (%s)" % d1)
            if kind_ == "신규임용":
                r.t(" - 시보임용, 생년월일 ").dob(p.dob, rng.choice(["dot_space", "dot_pad", "korean"]))
            r.t("\n")
        else:
            r.t("%s\t" % g).per(p).t("\t%s\t%s %s\t" % (d1, kind_, d2)).dob(p.dob, rng.choice(["yymmdd", "dot_pad_noend", "yyyymmdd", "dash"])).t("\n")
    r.t("\n").neg(hdate(d), "date").t("\n\n").neg(head, "official_by_office").t("\n")
    if rng.random() < 0.5:
        staff = make_person(rng, 1980, 1998)
        r.t("※ 문의: 운영지원과 인사팀 ").per(staff).t(" (").id("PHONE_NUMBER", direct_line(rng, sw), "phone_official_direct").t(")\n")
    return r


# ---------------------------------------------------------------------------
# genre: 계약서
# ---------------------------------------------------------------------------
def gen_contract(rng, nopii):
    ins = inst(rng)
    name, head, dom, postal, iaddr, sw = ins
    r = Rec("계약서", "contract", rng, nopii)
    title = rng.choice(["정보시스템 유지관리 용역", "청사 청소 용역", "홍보물 인쇄 물품 구매", "CCTV 설치 공사", "교육 운영 위탁 용역"])
    r.t("%s 계약서\n\n계약번호: " % title).neg(receipt_no(rng)[0], "bid_notice_number").t("\n계약금액: ").neg(amount(rng), "amount").t(" (부가가치세 포함)\n")
    d1, d2 = date_range(rng)
    r.t("계약기간: ").neg(hdate(d1), "date").t(" ~ ").neg(hdate(d2), "date").t("\n\n")
    if nopii:
        r.t("제1조(목적) 이 계약은 갑과 을 사이에 체결된 %s에 관한 사항을 정함을 목적으로 한다.\n" % title)
        r.t("제2조(계약 당사자) 갑: ").neg(head, "official_by_office").t(" / 을: ").neg("(주)○○○○", "anonymised_person").t("\n")
        r.t("제3조(대금 지급) 갑은 을이 청구한 날부터 5일 이내에 대금을 지급한다. 지체상금률은 ").neg("「국가를 당사자로 하는 계약에 관한 법률 시행령」 제74조", "statute_citation").t("에 따른다.\n")
        r.t("제4조(비밀유지) 을은 용역 수행 중 알게 된 개인정보를 제3자에게 제공하여서는 아니 된다.\n")
        r.t("붙임: 일반조건, 특수조건, 과업지시서 각 1부.\n")
        return r
    sole = rng.random() < 0.4
    rep = make_person(rng, 1958, 1990)
    a, pc, paren, k = address(rng)
    r.t("발주기관(갑): ").neg(head, "official_by_office").t("\n주소: ").neg(iaddr, "institution_address").t("\n\n계약상대자(을)\n")
    if sole:
        shop = rng.choice(SOLE_SHOPS)
        r.t("  상    호: %s\n  대 표 자: " % shop).per(rep).t("\n  사업자등록번호: ").id("KR_BRN", brn(rng), "brn_valid_individual")
        r.t("\n  생년월일: ").dob(rep.dob, rng.choice(["dot_space", "dot_pad", "korean", "dash"]))
    else:
        co = rng.choice(COMPANIES)
        r.t("  상    호: %s\n  대 표 자: " % co).per(rep).t(rng.choice(["", " (대표이사)"])).t("\n  사업자등록번호: ").id("KR_BRN", brn(rng, corp=True), "brn_valid_corp")
        r.t("\n  법인등록번호: ").id("KR_CRN", crn(rng), "crn_valid")
    r.t("\n  주    소: ").addr(a, k, 0.1).t("\n  전    화: ").id("PHONE_NUMBER", landline(rng) if rng.random() < 0.6 else mobile(rng), "phone_business")
    if rng.random() < 0.5:
        r.t("   팩스: ").id("PHONE_NUMBER", landline(rng), "phone_fax")
    r.t("\n  전자우편: ").id("EMAIL_ADDRESS", email_for(rng, rep), "email_personal").t("\n\n")
    bank, acc = account(rng)
    r.t("제5조(대금 지급 계좌) 갑은 계약 대금을 을의 다음 계좌로 지급한다.\n  %s " % bank).id("KR_BANK_ACCOUNT", acc, "account_" + bank)
    if sole:
        r.t(" (예금주: ").per(rep).t(")\n")
    else:
        r.t(" (예금주: ").neg(co, "company_name").t(")\n")
    r.t("\n위 계약을 증명하기 위하여 계약서 2통을 작성하여 각 1통씩 보관한다.\n\n").neg(rdate(rng), "date").t("\n\n")
    r.t("갑  ").neg(head, "official_by_office").t("  (인)\n을  ")
    if not sole:
        r.t("%s 대표이사 " % co)
    r.per(rep).t("  (인)\n")
    if rng.random() < 0.6:
        off = make_person(rng, 1975, 1998)
        r.t("계약 담당: %s %s " % (rng.choice(DEPTS), rng.choice(RANK_LOW))).per(off).t(" (").id("PHONE_NUMBER", direct_line(rng, sw), "phone_official_direct").t(")\n")
    return r


# ---------------------------------------------------------------------------
# genre: 동의서
# ---------------------------------------------------------------------------
def gen_consent(rng, nopii):
    r = Rec("동의서", "consent", rng, nopii)
    purpose = rng.choice(["보조금 지원사업 신청", "교육 프로그램 참가", "자원봉사자 등록", "공모전 응모", "재난지원금 지급"])
    items = "성명, 생년월일, 연락처, 주소" + rng.choice(["", ", 계좌번호", ", 전자우편", ", 차량번호", ", 건강보험증 번호"])
    r.t("개인정보 수집·이용 동의서\n\n%s(이하 ‘사업’)을 위하여 아래와 같이 개인정보를 수집·이용하고자 합니다.\n\n" % purpose)
    r.t("1. 수집·이용 목적: %s 대상자 확인 및 결과 통보\n2. 수집 항목: %s\n3. 보유 기간: 사업 종료 후 %d년\n" % (purpose, items, rng.choice([1, 3, 5])))
    r.t("4. 동의를 거부할 권리가 있으며, 거부 시 사업 참여가 제한될 수 있습니다.\n  (근거: ").neg("「개인정보 보호법」 제15조제2항", "statute_citation").t(")\n\n")
    r.t("위와 같이 개인정보 수집·이용에 동의합니까?   □ 동의함   □ 동의하지 않음\n\n")
    if nopii:
        r.t("년      월      일\n\n성명:                (서명 또는 인)\n생년월일:\n연락처:\n\n")
        r.t("※ 작성 예시) 성명: ").neg("홍길동", "placeholder_example").t("  생년월일: ").neg("1990. 1. 1.", "placeholder_example").t("  연락처: ")
        r.neg("010-0000-0000", "placeholder_example").t("\n※ 문의: ").neg(rng.choice(CALLCENTERS)[1], "callcenter_number").t("\n")
        return r
    p = make_person(rng, 1950, 2012)
    d = doc_date(rng)
    r.t("■ 동의함\n\n").neg("%d년 %d월 %d일" % (d.year, d.month, d.day), "date").t("\n\n")
    lab = rng.choice(["성명", "성 명", "신청인 성명", "이름"])
    r.t("%s: " % lab).per(p, prob_spaced=0.15).t("  (서명)\n생년월일: ")
    r.dob(p.dob, rng.choice(["dot_space", "dot_pad", "korean", "dash", "yymmdd", "korean_yy", "yy_dot_pad", "apos_curly"]))
    r.t("\n연락처: ").id("PHONE_NUMBER", mobile(rng), "phone_mobile").t("\n주소: ")
    a, pc, paren, k = address(rng)
    r.addr(a, k, 0.2).t("\n")
    if "계좌" in items:
        bank, acc = account(rng)
        r.t("계좌: %s " % bank).id("KR_BANK_ACCOUNT", acc, "account_" + bank).t(" (예금주 ").per(p).t(")\n")
    if "전자우편" in items:
        r.t("전자우편: ").id("EMAIL_ADDRESS", email_for(rng, p), "email_personal").t("\n")
    if "건강보험" in items:
        r.t("건강보험증 번호: ").id("KR_HEALTH_INSURANCE", health_ins(rng), "hi_11digits").t("\n")
    if "차량번호" in items:
        pl, pk = plate(rng)
        r.t("차량번호: ").id("KR_VEHICLE_PLATE", pl, pk).t("\n")
    if p.dob.year >= 2010:
        g = make_person(rng, 1975, 1988)
        r.t("\n법정대리인(만 14세 미만인 경우)\n성명: ").per(g).t("  관계: %s  연락처: " % rng.choice(["부", "모"])).id("PHONE_NUMBER", mobile(rng), "phone_mobile").t("  (서명)\n")
    r.t("\n").neg(rng.choice(INSTITUTIONS)[1], "official_by_office").t(" 귀하\n")
    return r


# ---------------------------------------------------------------------------
# genre: 신청서
# ---------------------------------------------------------------------------
def gen_application(rng, nopii):
    r = Rec("신청서", "application", rng, nopii)
    form = ["passport", "foreigner", "refund", "child", "card_autopay", "vehicle", "business", "dl"][cycle("application", 8)]
    if nopii:
        r.t("%s\n\n※ 뒤쪽의 작성 방법을 읽고 작성하시기 바랍니다.\n\n" % rng.choice(["여권 발급 신청서", "환급금 지급 신청서", "주민등록표 열람 또는 등·초본 교부 신청서"]))
        r.t("접수번호 ").t("          접수일자            처리기간  즉시\n\n")
        r.t("신청인  성명(         )  주민등록번호(      -       )\n        주소\n        전화번호\n\n")
        r.t("작성 방법\n 1. 성명은 한글로 적습니다(예: ").neg("홍길동", "placeholder_example").t(").\n 2. 주민등록번호는 13자리를 모두 적습니다(예: ").neg("000000-0000000", "placeholder_example").t(").\n")
        r.t(" 3. 수수료는 ").neg("{:,}원".format(rng.choice([300, 1000, 5000, 15000, 53000])), "amount").t("이며, 정부수입인지로 납부합니다.\n 4. 근거: ").neg(rng.choice(STATUTES), "statute_citation").t("\n")
        r.t("\n문의: ").neg(rng.choice(CALLCENTERS)[1], "callcenter_number").t("\n")
        return r
    if form == "passport":
        p = make_person(rng, 1950, 2015)
        em = make_person(rng, 1950, 2000)
        r.t("여권 재발급 신청서\n\n한글 성명 ").per(p, prob_spaced=0.25).t("    로마자 성명 ").per(p, "latin").t("\n주민등록번호 ")
        r.id("KR_RRN", *rrn_any(rng, p, masked_p=0.15)).t("\n기존 여권번호 ").id("KR_PASSPORT", passport(rng, "old" if rng.random() < 0.5 else "new"), "passport_kr")
        r.t("   만료일 ").neg(hdate(rand_date(rng, 2024, 2033)), "date").t("\n휴대전화 ").id("PHONE_NUMBER", mobile(rng), "phone_mobile").t("\n")
        r.t("긴급연락처  성명 ").per(em).t("  관계 %s  전화 " % rng.choice(["배우자", "부", "모", "자녀", "형제"])).id("PHONE_NUMBER", mobile(rng), "phone_mobile").t("\n")
        r.t("재발급 사유: □ 분실 ■ 훼손 □ 기재사항 변경\n")
    elif form == "foreigner":
        p = make_person(rng, 1970, 2003, foreign=True)
        r.t("외국인등록사항 변경 신고서 / Report for Changes of Foreigner's Registration\n\n")
        r.t("성명 Name: ").per(p, "latin").t("  (").per(p).t(")\n국적 Nationality: %s\n생년월일 Date of Birth: " % p.nat)
        r.dob(p.dob, rng.choice(["en", "dash", "yyyymmdd", "dot_pad"]))
        r.t("\n외국인등록번호 Registration No.: ").id("KR_FRN", frn_valid(rng, p), "frn_legacy_valid").t("\n여권번호 Passport No.: ").id("KR_PASSPORT", passport_foreign(rng, p.nat), "passport_foreign")
        r.t("\n변경 후 체류지 New Address: ")
        a, pc, paren, k = address(rng)
        r.addr(a, k, 0.1).t("\n전화 Tel: ").id("PHONE_NUMBER", mobile(rng), "phone_mobile").t("\nE-mail: ").id("EMAIL_ADDRESS", email_for(rng, p), "email_personal").t("\n")
        r.t("고용주(Employer): %s  사업자등록번호 " % rng.choice(COMPANIES)).id("KR_BRN", brn(rng, corp=True), "brn_valid_corp").t("\n")
    elif form == "refund":
        p = make_person(rng, 1945, 2000)
        bank, acc = account(rng)
        r.t("건강보험 본인부담금 환급금 지급 신청서\n\n가입자 성명 ").per(p).t("   건강보험증 번호 ").id("KR_HEALTH_INSURANCE", health_ins(rng), "hi_11digits")
        r.t("\n주민등록번호 ").id("KR_RRN", *rrn_any(rng, p)).t("\n환급 계좌  은행명 %s  계좌번호 " % bank).id("KR_BANK_ACCOUNT", acc, "account_" + bank)
        r.t("  예금주 ").per(p).t("\n연락처 ").id("PHONE_NUMBER", mobile(rng) if rng.random() < 0.7 else landline(rng), "phone_personal").t("\n")
        r.t("※ 고객센터 ").neg("1577-1000", "callcenter_number").t("\n")
    elif form == "child":
        parent = make_person(rng, 1983, 1996)
        kid = make_person(rng, 2020, 2024)
        if kid.dob < date(2020, 10, 5):
            kid.dob = date(2021, kid.dob.month, min(kid.dob.day, 28))
        bank, acc = account(rng)
        r.t("아동수당 지급 신청서\n\n신청인(보호자) ").per(parent).t("  주민등록번호 ").id("KR_RRN", *rrn_any(rng, parent)).t("\n")
        r.t("아동 성명 ").per(kid).t("  주민등록번호 ").id("KR_RRN", rrn_random_tail(rng, kid), "rrn_post2020").t("  생년월일 ").dob(kid.dob, rng.choice(["dot_space", "dot_pad"]))
        r.t("\n입금 계좌 %s " % bank).id("KR_BANK_ACCOUNT", acc, "account_" + bank).t(" (예금주 ").per(parent).t(")\n")
        r.t("주소 ")
        a, pc, paren, k = address(rng)
        r.addr(a, k).t("\n전화 ").id("PHONE_NUMBER", mobile(rng), "phone_mobile").t("\n")
    elif form == "card_autopay":
        p = make_person(rng, 1955, 2000)
        cv, cb = card(rng)
        r.t("지방세 카드 자동납부 신청서\n\n납세자 ").per(p).t("  생년월일 ").dob(p.dob, rng.choice(["yymmdd", "dot_pad", "yy_dot"]))
        r.t("\n카드번호 ").id("CREDIT_CARD", cv, "card_full_" + cb).t("  유효기간 ").neg("%02d/%02d" % (rng.randint(1, 12), rng.randint(25, 30)), "card_expiry")
        r.t("\n카드 소유자 ").per(p).t("  연락처 ").id("PHONE_NUMBER", mobile(rng), "phone_mobile").t("\n과세물건: 자동차 ").id("KR_VEHICLE_PLATE", *plate(rng)).t("\n")
    elif form == "vehicle":
        p = make_person(rng, 1955, 2000)
        pl, pk = plate(rng)
        r.t("자동차 이전등록 신청서\n\n자동차등록번호 ").id("KR_VEHICLE_PLATE", pl, pk).t("  차대번호 ").neg("KMHD%s%d" % ("".join(rng.choice("ABCDEFGHJK") for _ in range(3)), rng.randint(1000000000, 9999999999)), "vin")
        r.t("\n양수인 성명 ").per(p).t("  주민등록번호 ").id("KR_RRN", *rrn_any(rng, p)).t("\n주소 ")
        a, pc, paren, k = address(rng)
        r.addr(a, k, 0.1).t("\n운전면허번호 ").id("KR_DRIVER_LICENSE", *driver_license(rng)).t("\n")
        seller = make_person(rng, 1955, 2000)
        r.t("양도인 성명 ").per(seller).t("  연락처 ").id("PHONE_NUMBER", mobile(rng), "phone_mobile").t("\n")
    elif form == "business":
        p = make_person(rng, 1960, 1998)
        shop = rng.choice(SOLE_SHOPS)
        r.t("영업신고서\n\n대표자 성명 ").per(p).t("  생년월일 ").dob(p.dob, rng.choice(["dot_space", "korean", "dot_pad"]))
        r.t("\n상호 %s  사업자등록번호 " % shop).id("KR_BRN", brn(rng), "brn_valid_individual").t("\n영업소 소재지 ")
        a, pc, paren, k = address(rng, rng.choice(["road_full", "road_short"]))
        r.addr(a, k).t("\n전화 ").id("PHONE_NUMBER", landline(rng), "phone_business").t("  휴대전화 ").id("PHONE_NUMBER", mobile(rng), "phone_mobile").t("\n")
    else:
        p = make_person(rng, 1955, 2004)
        r.t("운전면허증 재발급 신청서\n\n성명 ").per(p, prob_spaced=0.2).t("\n주민등록번호 ").id("KR_RRN", *rrn_any(rng, p))
        r.t("\n면허번호 ").id("KR_DRIVER_LICENSE", *driver_license(rng)).t("\n면허종별 %s\n주소 " % rng.choice(["1종 보통", "2종 보통", "1종 대형"]))
        a, pc, paren, k = address(rng)
        r.addr(a, k).t("\n전화 ").id("PHONE_NUMBER", mobile(rng), "phone_mobile").t("\n")
    r.t("\n신청일 ").neg(rdate(rng), "date").t("      신청인 ")
    r.t("(서명 또는 인)\n\n").neg(rng.choice(INSTITUTIONS)[1], "official_by_office").t(" 귀하\n")
    return r


# ---------------------------------------------------------------------------
# genre: 시스템 접속 로그
# ---------------------------------------------------------------------------
def _ts(rng, d):
    return "%s %02d:%02d:%02d" % (d.isoformat(), rng.randint(7, 22), rng.randint(0, 59), rng.randint(0, 59))


def gen_log(rng, nopii):
    r = Rec("접속로그", "access_log", rng, nopii)
    d = doc_date(rng)
    style = rng.randint(0, 2)
    if nopii:
        r.t("# batch-scheduler.log\n")
        for i in range(rng.randint(5, 9)):
            r.t("[%s] INFO  job=%s status=%s elapsed=%dms host=" % (_ts(rng, d), rng.choice(["stat_daily", "backup_db", "purge_tmp", "sync_ldap"]), rng.choice(["OK", "OK", "RETRY"]), rng.randint(10, 99999)))
            r.neg(rng.choice(["app-was01", "db-prod02", "batch03"]), "hostname").t(" user=")
            r.neg(rng.choice(["svc_batch", "sys", "root", "svc_backup"]), "system_user_id").t("\n")
        r.t("[%s] INFO  agent version " % _ts(rng, d)).neg("10.0.19045.%d" % rng.randint(1000, 5000), "version_number").t(" / openssl ").neg("3.0.%d" % rng.randint(1, 13), "version_number").t("\n")
        return r
    users = [make_person(rng, 1965, 2000) for _ in range(rng.randint(2, 4))]
    uids = ["u%05d" % rng.randint(10000, 99999) for _ in users]
    ips = [ipv4(rng, True) for _ in users]
    depts = [rng.choice(DEPTS) for _ in users]
    if style == 0:
        r.t("개인정보처리시스템 접속기록 (추출일 ").neg(hdate(d), "date").t(")\n접속일시 | 접속자ID | 성명 | 접속지 IP | 정보주체 | 수행업무\n")
        for i in range(rng.randint(4, 8)):
            j = rng.randrange(len(users))
            subj = make_person(rng)
            r.t(_ts(rng, d) + " | ").neg(uids[j], "system_user_id").t(" | ").per(users[j]).t(" | ").id("IP_ADDRESS", ips[j], "ip_private").t(" | ")
            r.per(subj).t("(").id("KR_RRN", rrn_masked(rng, subj), "rrn_masked").t(") | %s\n" % rng.choice(["조회", "조회", "수정", "출력", "다운로드"]))
    elif style == 1:
        for i in range(rng.randint(5, 9)):
            j = rng.randrange(len(users))
            ok = rng.random() < 0.75
            r.t("[%s] %s auth: login %s user_id=" % (_ts(rng, d), "INFO " if ok else "WARN ", "success" if ok else "failed(password mismatch)")).neg(uids[j], "system_user_id")
            ip_ = ips[j] if rng.random() < 0.7 else ipv4(rng, False)
            r.t(" name=").per(users[j]).t(" dept=%s src_ip=" % depts[j]).id("IP_ADDRESS", ip_, "ip_private" if ip_ in ips else "ip_public")
            if rng.random() < 0.3:
                r.t(" ua=\"Mozilla/5.0 (Windows NT 10.0) Chrome/").neg("122.0.6261.%d" % rng.randint(10, 200), "version_number").t("\"")
            r.t("\n")
        if rng.random() < 0.5:
            r.t("[%s] INFO  mail: password reset link sent to " % _ts(rng, d)).id("EMAIL_ADDRESS", email_for(rng, users[0]), "email_personal").t("\n")
    else:
        r.t("Subject: [보안관제] 비정상 접속 탐지 알림\n\n")
        j = 0
        ext = ipv4(rng, False) if rng.random() < 0.8 else ipv6(rng)
        r.t("- 탐지 시각: %s\n- 계정: " % _ts(rng, d)).neg(uids[j], "system_user_id").t(" (").per(users[j]).t(", ").id("EMAIL_ADDRESS", gov_email(rng, users[j], "korea.kr"), "email_official").t(")\n")
        r.t("- 출발지 IP: ").id("IP_ADDRESS", ext, "ip_v6" if ":" in ext else "ip_public").t(" (해외, 최초 접속)\n- 평소 접속 IP: ").id("IP_ADDRESS", ips[j], "ip_private").t("\n")
        r.t("- 조치: 계정 잠금, 본인 확인 후 해제 예정. 본인 연락처 ").id("PHONE_NUMBER", mobile(rng), "phone_mobile").t("로 확인 문자 발송\n")
        r.t("- 담당: 정보보안팀 ").per(users[1]).t(" (내선 %d)\n" % rng.randint(2000, 9999))
    return r


# ---------------------------------------------------------------------------
# genre: 표 (flattened tables, with and without header rows)
# ---------------------------------------------------------------------------
def gen_table(rng, nopii):
    r = Rec("표", "table", rng, nopii)
    sep = rng.choice([" | ", "|", "\t", "\t"])
    if nopii:
        c = rng.randint(0, 2)
        if c == 0:
            r.t(sep.join(["구분", "2022년", "2023년", "증감"]) + "\n")
            for g in ["접수", "처리", "이송", "취하"]:
                a, b = rng.randint(100, 9999), rng.randint(100, 9999)
                r.t(sep.join([g, "{:,}".format(a), "{:,}".format(b), "%+d" % (b - a)]) + "\n")
        elif c == 1:
            r.t(sep.join(["기관명", "대표전화", "주소"]) + "\n")
            for ins in rng.sample(INSTITUTIONS, 3):
                r.t(ins[0] + sep).neg(ins[5], "switchboard").t(sep).neg(ins[4], "institution_address").t("\n")
        else:
            r.t(sep.join(["연번", "접수번호", "접수일", "처리 결과"]) + "\n")
            for i in range(rng.randint(3, 6)):
                rn, rk = receipt_no(rng)
                r.t("%d%s" % (i + 1, sep)).neg(rn, rk).t(sep).neg(rdate(rng), "date").t(sep + rng.choice(["완료", "이송", "처리중"]) + "\n")
        return r
    c = cycle("table", 11)
    n = rng.randint(3, 7)
    people = [make_person(rng, 1950, 2005, foreign=(rng.random() < 0.06)) for _ in range(n)]
    header = rng.random() < 0.5
    if c == 0:   # roster with phones
        if header:
            r.t(sep.join(["연번", "성명", "소속", "연락처"]) + "\n")
        for i, p in enumerate(people):
            r.t("%d%s" % (i + 1, sep)).per(p).t(sep + rng.choice(DEPTS + ["(주)세움안전", "○○동 주민자치회"]) + sep).id("PHONE_NUMBER", mobile(rng), "phone_mobile").t("\n")
    elif c == 1:  # names beside dates of birth (headerless common)
        st = rng.choice(["yymmdd", "dot_pad", "dot_space", "dash", "yy_dot_pad", "apos", "korean"])
        if header:
            r.t(sep.join(["성명", "생년월일", "교육 이수일"]) + "\n")
        for p in people:
            if p.nat != "KOR":
                p = make_person(rng, 1950, 2005)
            r.per(p, prob_spaced=0.1).t(sep).dob(p.dob, st).t(sep).neg(rdate(rng), "date").t("\n")
    elif c == 2:  # subsidy payment list
        if header:
            r.t(sep.join(["성명", "은행", "계좌번호", "지급액"]) + "\n")
        for p in people:
            bank, acc = account(rng) if rng.random() < 0.8 else account_masked(rng)
            r.per(p).t(sep + bank + sep).id("KR_BANK_ACCOUNT", acc, "account_masked" if "*" in acc else "account_" + bank).t(sep).neg(amount(rng), "amount").t("\n")
    elif c == 3:  # vehicles
        if header:
            r.t(sep.join(["차량번호", "소유자", "연락처", "등록일"]) + "\n")
        for p in people:
            r.id("KR_VEHICLE_PLATE", *plate(rng)).t(sep).per(p).t(sep).id("PHONE_NUMBER", mobile(rng), "phone_mobile").t(sep).neg(rdate(rng), "date").t("\n")
    elif c == 4:  # staff directory with e-mails and direct lines
        ins = inst(rng)
        if header:
            r.t(sep.join(["직위", "성명", "담당 업무", "전화", "전자우편"]) + "\n")
        for p in people:
            r.t(rng.choice(RANK_LOW + RANK_MID) + sep).per(p).t(sep + rng.choice(["예산", "인사", "민원", "정보보안", "계약"]) + sep)
            r.id("PHONE_NUMBER", direct_line(rng, ins[5]), "phone_official_direct").t(sep).id("EMAIL_ADDRESS", gov_email(rng, p, ins[2]), "email_official").t("\n")
        r.t("대표" + sep).neg(ins[5], "switchboard").t("\n")
    elif c == 5:  # resident register extract (family)
        head_ = make_person(rng, 1960, 1992)
        spouse = make_person(rng, head_.dob.year - 4, head_.dob.year + 4, gender="F" if head_.gender == "M" else "M")
        father = head_ if head_.gender == "M" else spouse
        kids = [make_person(rng, max(head_.dob.year + 26, 1990), min(head_.dob.year + 42, 2024), surname=father.surname) for _ in range(rng.randint(0, 2))]
        if header:
            r.t(sep.join(["세대주 관계", "성명", "주민등록번호", "전입일"]) + "\n")
        for rel, p in [("본인", head_), ("배우자", spouse)] + [("자녀", k) for k in kids]:
            r.t(rel + sep).per(p).t(sep).id("KR_RRN", *rrn_any(rng, p, masked_p=0.2)).t(sep).neg(rdate(rng), "date").t("\n")
    elif c == 6:  # foreign workers
        if header:
            r.t(sep.join(["성명", "국적", "외국인등록번호", "여권번호", "연락처"]) + "\n")
        for _ in range(rng.randint(2, 5)):
            p = make_person(rng, 1975, 2003, foreign=True)
            r.per(p, rng.choice(["latin", None])).t(sep + p.nat + sep)
            if rng.random() < 0.8:
                r.id("KR_FRN", frn_valid(rng, p), "frn_legacy_valid")
            else:
                r.id("KR_FRN", rrn_masked(rng, p, foreign=True), "frn_masked")
            r.t(sep).id("KR_PASSPORT", passport_foreign(rng, p.nat), "passport_foreign").t(sep).id("PHONE_NUMBER", mobile(rng), "phone_mobile").t("\n")
    elif c == 7:  # health insurance dependants
        if header:
            r.t(sep.join(["관계", "성명", "건강보험증 번호", "생년월일", "자격취득일"]) + "\n")
        st = rng.choice(["dot_pad", "yymmdd", "dash", "dot_space"])
        hi = health_ins(rng)
        shared = rng.random() < 0.7
        base = make_person(rng, 1962, 1990)
        ranges = {"가입자": None, "배우자": (base.dob.year - 4, base.dob.year + 4), "자녀": (base.dob.year + 25, min(base.dob.year + 40, 2023)), "부": (base.dob.year - 35, base.dob.year - 22)}
        for rel in ["가입자", "배우자", "자녀", "부"][:rng.randint(2, 4)]:
            if rel == "가입자":
                p = base
            elif rel == "자녀":
                p = make_person(rng, *ranges[rel], surname=base.surname)
            elif rel == "부":
                p = make_person(rng, *ranges[rel], gender="M", surname=base.surname)
            else:
                p = make_person(rng, *ranges[rel], gender="F" if base.gender == "M" else "M")
            r.t(rel + sep).per(p).t(sep).id("KR_HEALTH_INSURANCE", hi if shared else health_ins(rng), "hi_11digits").t(sep).dob(p.dob, st).t(sep).neg(rdate(rng), "date").t("\n")
    elif c == 9:  # drivers roster
        if header:
            r.t(sep.join(["성명", "운전면허번호", "종별", "생년월일", "연락처"]) + "\n")
        for p in people[:rng.randint(3, 5)]:
            if p.nat != "KOR":
                p = make_person(rng, 1960, 1998)
            r.per(p).t(sep).id("KR_DRIVER_LICENSE", *driver_license(rng)).t(sep + rng.choice(["1종 대형", "1종 보통", "2종 보통"]) + sep)
            r.dob(p.dob, rng.choice(["dot_pad", "yymmdd", "apos", "yy_dot"])).t(sep).id("PHONE_NUMBER", mobile(rng), "phone_mobile").t("\n")
    elif c == 10:  # childcare admission list (children born after Oct 2020)
        if header:
            r.t(sep.join(["아동 성명", "주민등록번호", "보호자", "보호자 연락처", "입소 예정일"]) + "\n")
        for _ in range(rng.randint(2, 5)):
            par = make_person(rng, 1984, 1996)
            kid = make_person(rng, 2021, 2023, surname=par.surname if par.gender == "M" else None)
            if rng.random() < 0.7:
                r.per(kid).t(sep).id("KR_RRN", rrn_random_tail(rng, kid), "rrn_post2020")
            else:
                r.per(kid).t(sep).id("KR_RRN", rrn_masked(rng, kid), "rrn_masked")
            r.t(sep).per(par).t(sep).id("PHONE_NUMBER", mobile(rng), "phone_mobile").t(sep).neg(rdate(rng, ), "date").t("\n")
    else:  # card approvals
        if header:
            r.t(sep.join(["승인일시", "카드번호", "카드 소유자", "가맹점", "금액"]) + "\n")
        for p in people[:rng.randint(2, 5)]:
            if rng.random() < 0.55:
                cv, ck = card_masked(rng), "card_partly_masked"
            else:
                cv, cb = card(rng)
                ck = "card_full_" + cb
            r.neg(rdate(rng), "date").t(" %02d:%02d%s" % (rng.randint(0, 23), rng.randint(0, 59), sep)).id("CREDIT_CARD", cv, ck).t(sep).per(p).t(sep + rng.choice(SOLE_SHOPS + COMPANIES) + sep).neg(amount(rng), "amount").t("\n")
    return r


# ---------------------------------------------------------------------------
# genre: 명단 (headerless name lists)
# ---------------------------------------------------------------------------
def gen_namelist(rng, nopii):
    r = Rec("명단", "name_list", rng, nopii)
    if nopii:
        r.t("%s 참석 기관\n" % rng.choice(TITLES_MEETING))
        for ins in rng.sample(INSTITUTIONS, rng.randint(3, 6)):
            r.t("- %s %s\n" % (ins[0], rng.choice(DEPTS)))
        r.t("※ 기관별 참석자 명단은 ").neg("「공공기관의 정보공개에 관한 법률」 제9조제1항제6호", "statute_citation").t("에 따라 비공개\n")
        return r
    c = rng.randint(0, 3)
    people = [make_person(rng, 1950, 2010, foreign=(rng.random() < 0.08)) for _ in range(rng.randint(4, 10))]
    if c == 0:
        r.t(rng.choice(["참석자: ", "참석자 명단\n", "수강생\n"]))
        s = rng.choice([", ", "·", " ", "\n"])
        for i, p in enumerate(people):
            if i:
                r.t(s)
            r.per(p)
        r.t("\n")
    elif c == 1:
        r.t("%d년 %s 수상자\n" % (rng.randint(2023, 2025), rng.choice(["모범시민", "자원봉사 우수자", "청년 아이디어 공모전"])))
        for p, prize in zip(people, ["대상", "최우수", "우수", "우수", "장려", "장려", "장려", "입선", "입선", "입선"]):
            age = 2024 - p.dob.year
            lab = "○○초 %d학년" % (age - 6) if age <= 12 else ("○○고 %d학년" % (age - 15) if age <= 18 else rng.choice(["회사원", "자영업", "대학생", "주부", "농업"] if age < 60 else ["자영업", "농업", "주부", "경로당 회장"]))
            if age < 6:
                continue
            r.t("%s  " % prize).per(p).t(" (%s)\n" % lab)
    elif c == 2:
        for p in people:
            r.per(p).t("\t%s\n" % rng.choice(RANK_LOW + RANK_MID + ["위원", "간사", "팀원"]))
    else:
        for i, p in enumerate(people):
            r.t("%d. " % (i + 1)).per(p).t("(%d)" % (2024 - p.dob.year)).t("\n")
    return r


# ---------------------------------------------------------------------------
# hand-written documents (handwritten/docs.txt)
# ---------------------------------------------------------------------------
CODE2TYPE = {"RRN": "KR_RRN", "FRN": "KR_FRN", "PP": "KR_PASSPORT", "DL": "KR_DRIVER_LICENSE", "BRN": "KR_BRN",
             "CRN": "KR_CRN", "ACC": "KR_BANK_ACCOUNT", "HI": "KR_HEALTH_INSURANCE", "CAR": "KR_VEHICLE_PLATE",
             "ADDR": "KR_ADDRESS", "PH": "PHONE_NUMBER", "EM": "EMAIL_ADDRESS", "CC": "CREDIT_CARD",
             "IP": "IP_ADDRESS", "P": "PERSON", "DOB": "DATE_OF_BIRTH"}
MARK = re.compile(r"\[\[([A-Z]+):(.+?)\]\]|\{\{([a-z_0-9]+):(.+?)\}\}", re.S)


TWO_SYLL = [x for x, _ in SURNAMES if len(x) == 2]


def infer_name_kind(v, noise):
    if re.search(r"[A-Za-z]", v):
        return "name_foreign_latin"
    if "spaced_name" in noise:
        return "name_korean"
    if " " in v or len(v) > 4:
        return "name_foreign_hangul"
    if len(v) == 4 and v[:2] in TWO_SYLL:
        return "name_two_syllable_surname"
    if len(v) == 2:
        return "name_single_given"
    return "name_korean"


def parse_handwritten(path):
    """File format: records separated by header lines
         === <key> | <genre> | <pii|nopii> | <note>
       Inline markup:  [[TYPE:value#kind!noise1,noise2]]   labelled span
                       {{category:value}}                  tagged hard negative
       TYPE codes: see CODE2TYPE."""
    raw = open(path, encoding="utf-8").read()
    chunks = re.split(r"^=== ", raw, flags=re.M)
    out = []
    for ch in chunks:
        if not ch.strip() or ch.startswith("#"):
            continue
        head, _, body = ch.partition("\n")
        key, genre, flag, note = [x.strip() for x in (head.split("|") + ["", "", ""])[:4]]
        body = body.rstrip("\n")
        r = Rec(genre, "handwritten:" + key, None, nopii=(flag == "nopii"), source="handwritten")
        pos = 0
        for m in MARK.finditer(body):
            r.t(body[pos:m.start()])
            if m.group(1):
                typ = CODE2TYPE[m.group(1)]
                val = m.group(2)
                kind, noise = "hw_" + typ.lower(), []
                if "!" in val:
                    val, nz = val.rsplit("!", 1)
                    noise = nz.split(",")
                if "#" in val:
                    val, kind = val.rsplit("#", 1)
                elif typ == "PERSON":
                    kind = infer_name_kind(val, noise)
                r.lab(typ, val, kind, noise)
            else:
                r.neg(m.group(4), m.group(3))
            pos = m.end()
        r.t(body[pos:])
        r.note = note
        out.append(r)
    return out


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------
PLAN = [  # generator, records, of which no-PII
    ("gen_gongmun", 36, 7), ("gen_press", 30, 6), ("gen_minwon", 26, 5), ("gen_meeting", 20, 4),
    ("gen_report", 22, 4), ("gen_judgment", 16, 3), ("gen_personnel", 16, 3), ("gen_contract", 18, 3),
    ("gen_consent", 16, 4), ("gen_application", 30, 6), ("gen_log", 18, 4), ("gen_table", 40, 8),
    ("gen_namelist", 12, 2),
]


def finish(r, rec_id):
    text = r.text()
    spans = [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in r.spans]
    errs = check_record(rec_id, text, r.spans, r.negs, r.nopii)
    for s in r.spans:
        errs += check_kind(text, s)
    rec = {"id": rec_id, "text": text, "spans": spans, "genre": r.genre}
    noise_all = sorted({n for s in r.spans for n in s["noise"]})
    meta = {"id": rec_id, "genre": r.genre, "source": r.source, "template": r.template, "no_pii": r.nopii,
            "noise": noise_all,
            "spans": [{"start": s["start"], "end": s["end"], "type": s["type"], "kind": s["kind"], "noise": s["noise"]} for s in r.spans],
            "hard_negatives": [{"start": n["start"], "end": n["end"], "category": n["category"], "text": text[n["start"]:n["end"]]} for n in r.negs]}
    if r.source == "handwritten" and getattr(r, "note", ""):
        meta["note"] = r.note
    return rec, meta, errs


def build():
    rng = random.Random(SEED)
    _CYCLES.clear()
    items = []
    for gname, n, k in PLAN:
        flags = [True] * k + [False] * (n - k)
        rng.shuffle(flags)
        for f in flags:
            items.append((gname, f))
    hw = parse_handwritten(os.path.join(HERE, "handwritten", "docs.txt"))
    items += [("hw", r) for r in hw]
    rng.shuffle(items)
    records, metas, failures = [], [], 0
    g = globals()
    for i, (gname, arg) in enumerate(items):
        rec_id = "pa-%04d" % (i + 1)
        if gname == "hw":
            rec, meta, errs = finish(arg, rec_id)
            if errs:
                raise SystemExit("hand-written %s (%s) invalid:\n  %s" % (arg.template, rec_id, "\n  ".join(errs)))
        else:
            for attempt in range(50):
                r = g[gname](rng, arg)
                rec, meta, errs = finish(r, rec_id)
                if not errs:
                    break
                failures += 1
            else:
                raise SystemExit("could not generate %s: %s" % (gname, errs))
        records.append(rec)
        metas.append(meta)
    return records, metas, failures


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def reread_and_validate(records_path, meta_path):
    recs = [json.loads(l) for l in open(records_path, encoding="utf-8")]
    metas = [json.loads(l) for l in open(meta_path, encoding="utf-8")]
    assert len(recs) == len(metas)
    ids = set()
    for rec, meta in zip(recs, metas):
        assert rec["id"] == meta["id"] and rec["id"] not in ids
        ids.add(rec["id"])
        assert set(rec) == {"id", "text", "spans", "genre"}
        mspans = meta["spans"]
        assert [(s["start"], s["end"], s["type"]) for s in rec["spans"]] == [(s["start"], s["end"], s["type"]) for s in mspans]
        errs = check_record(rec["id"], rec["text"], mspans, meta["hard_negatives"], meta["no_pii"])
        for s in mspans:
            errs += check_kind(rec["text"], s)
        for n in meta["hard_negatives"]:
            if rec["text"][n["start"]:n["end"]] != n["text"]:
                errs.append("hard negative text mismatch")
        if errs:
            raise SystemExit("re-read validation failed for %s: %s" % (rec["id"], errs))
    return recs, metas


def stats(recs, metas):
    from collections import Counter
    out = []
    tc = Counter(s["type"] for r in recs for s in r["spans"])
    gc = Counter(r["genre"] for r in recs)
    gnp = Counter(r["genre"] for r in recs if not r["spans"])
    gs = Counter(r["genre"] for r in recs for s in r["spans"])
    src = Counter(m["source"] for m in metas)
    out.append("records %d, no-PII %d (%.1f%%), spans %d, sources %s" % (len(recs), sum(gnp.values()), 100.0 * sum(gnp.values()) / len(recs), sum(tc.values()), dict(src)))
    out.append("\n| genre | records | no PII | spans |\n|---|---|---|---|")
    for g, n in sorted(gc.items(), key=lambda x: -x[1]):
        out.append("| %s | %d | %d | %d |" % (g, n, gnp[g], gs[g]))
    noisy_t = Counter()
    nz = Counter()
    kinds = Counter()
    for m in metas:
        for s in m["spans"]:
            kinds[(s["type"], s["kind"])] += 1
            if s["noise"]:
                noisy_t[s["type"]] += 1
            for n in s["noise"]:
                nz[n] += 1
    out.append("\n| type | spans | with noise |\n|---|---|---|")
    for t in TYPES:
        out.append("| %s | %d | %d |" % (t, tc[t], noisy_t[t]))
    idn = sum(tc[t] for t in ID_TYPES)
    idnz = sum(noisy_t[t] for t in ID_TYPES)
    masked = sum(v for (t, k), v in kinds.items() if "mask" in k)
    out.append("\nidentifier spans (all types except PERSON, KR_ADDRESS): %d, with noise: %d (%.1f%%); masked (not counted as noise): %d" % (idn, idnz, 100.0 * idnz / max(idn, 1), masked))
    out.append("\n| noise | spans |\n|---|---|")
    for n, c in nz.most_common():
        out.append("| %s | %d |" % (n, c))
    out.append("\n| type | kind | spans |\n|---|---|---|")
    for (t, k), c in sorted(kinds.items()):
        out.append("| %s | %s | %d |" % (t, k, c))
    hn = Counter(n["category"] for m in metas for n in m["hard_negatives"])
    out.append("\n| hard-negative category | tagged |\n|---|---|")
    for k, c in hn.most_common():
        out.append("| %s | %d |" % (k, c))
    return "\n".join(out)


def main():
    records, metas, failures = build()
    rp = os.path.join(HERE, "pii_a.jsonl")
    mp = os.path.join(HERE, "pii_a.meta.jsonl")
    write_jsonl(rp, records)
    write_jsonl(mp, metas)
    recs, metas2 = reread_and_validate(rp, mp)
    print("wrote %d records (%d generator retries); validation passed" % (len(recs), failures))
    if "--stats" in sys.argv:
        print(stats(recs, metas2))


if __name__ == "__main__":
    main()
