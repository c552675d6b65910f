#!/usr/bin/env python3
"""pii_k -- independent synthetic evaluation set for a Korean PII detector.

Standard library only.  Every random draw comes from random.Random seeded with a
string of the form "pii_k-2026|<template>|<i>" (a retry suffix "|r<k>" is added only
when a generated record fails validation).  No set iteration, no hash-order
dependence: the output is byte-identical across runs and PYTHONHASHSEED values.

Usage:  python make_set.py            (writes pii_k.jsonl, pii_k.meta.jsonl, validates)
"""
import datetime
import json
import os
import random
import re
import sys
import unicodedata

SEED = "pii_k-2026"
HERE = os.path.dirname(os.path.abspath(__file__))

TYPES = ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "KR_ADDRESS", "DATE_OF_BIRTH",
         "KR_BANK_ACCOUNT", "KR_RRN", "IP_ADDRESS", "KR_PASSPORT", "KR_BRN",
         "KR_DRIVER_LICENSE", "KR_FRN", "KR_VEHICLE_PLATE", "KR_HEALTH_INSURANCE",
         "CREDIT_CARD", "KR_CRN"]


# =============================================================================
# Record builder
# =============================================================================
class Span:
    __slots__ = ("typ", "value", "kind", "noise")

    def __init__(self, typ, value, kind, noise=()):
        assert typ in TYPES, typ
        self.typ, self.value, self.kind, self.noise = typ, value, kind, tuple(noise)


class Neg:
    __slots__ = ("value", "cat")

    def __init__(self, value, cat):
        self.value, self.cat = value, cat


_PH = re.compile(r"\{(\w+)(?::([^{}]+))?\}")


class Builder:
    def __init__(self):
        self.parts = []
        self.pos = 0
        self.spans = []   # (start, end, type, kind, noise, value)
        self.negs = []    # (start, end, cat, value)

    def t(self, s):
        self.parts.append(s)
        self.pos += len(s)
        return self

    def add(self, x):
        if x is None:
            return self
        if isinstance(x, Span):
            v = x.value
            assert v and v == v.strip(), repr(v)
            self.spans.append((self.pos, self.pos + len(v), x.typ, x.kind, x.noise, v))
            return self.t(v)
        if isinstance(x, Neg):
            self.negs.append((self.pos, self.pos + len(x.value), x.cat, x.value))
            return self.t(x.value)
        if isinstance(x, (list, tuple)):
            for y in x:
                self.add(y)
            return self
        return self.t(str(x))

    def f(self, tmpl, **kw):
        """Fill a template: {key} placeholders take str, Span, Neg or lists of them."""
        last = 0
        for m in _PH.finditer(tmpl):
            self.t(tmpl[last:m.start()])
            val = kw[m.group(1)]
            if m.group(2):
                val = format(val, m.group(2))
            self.add(val)
            last = m.end()
        self.t(tmpl[last:])
        return self

    def text(self):
        return "".join(self.parts)


def J(*xs):
    """Concatenate pieces into a list usable as a template value."""
    out = []
    for x in xs:
        if isinstance(x, list):
            out.extend(x)
        else:
            out.append(x)
    return out


# =============================================================================
# Hangul helpers
# =============================================================================
def has_batchim(word):
    for ch in reversed(word):
        if "가" <= ch <= "힣":
            return (ord(ch) - 0xAC00) % 28 != 0
        if ch.isdigit():
            return ch in "013678"
        if ch.isalpha():
            return ch.lower() in "lmnrbkpt"
    return False


def josa(word, pair):
    a, b = pair.split("/")
    if pair == "으로/로":
        if "가" <= word[-1] <= "힣":
            jong = (ord(word[-1]) - 0xAC00) % 28
            return "로" if jong in (0, 8) else "으로"
        if word[-1].isdigit():
            return "으로" if word[-1] in "036" else "로"
        return "로"
    return a if has_batchim(word) else b


_CHO = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
_JUNG = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we",
         "wi", "yu", "eu", "ui", "i"]
_JONG = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p",
         "t", "t", "ng", "t", "t", "k", "t", "p", "t"]
SURNAME_ROMAN = {
    "김": "kim", "이": "lee", "박": "park", "최": "choi", "정": "jung", "강": "kang", "조": "cho",
    "윤": "yoon", "장": "jang", "임": "lim", "한": "han", "오": "oh", "서": "seo", "신": "shin",
    "권": "kwon", "황": "hwang", "안": "ahn", "송": "song", "류": "ryu", "전": "jeon", "홍": "hong",
    "고": "ko", "문": "moon", "양": "yang", "손": "son", "배": "bae", "백": "baek", "허": "heo",
    "유": "yoo", "남": "nam", "심": "shim", "노": "noh", "하": "ha", "곽": "kwak", "성": "sung",
    "차": "cha", "주": "joo", "우": "woo", "구": "koo", "민": "min", "진": "jin", "나": "na",
    "지": "ji", "엄": "um", "채": "chae", "원": "won", "천": "chun", "방": "bang", "공": "kong",
    "현": "hyun", "함": "ham", "변": "byun", "염": "yeom", "여": "yeo", "추": "choo", "도": "do",
    "소": "so", "석": "seok", "선": "sun", "설": "seol", "마": "ma", "길": "gil", "연": "yeon",
    "위": "wi", "표": "pyo", "명": "myung", "기": "ki", "반": "ban", "왕": "wang", "금": "keum",
    "옥": "ok", "육": "yook", "인": "in", "맹": "maeng", "탁": "tak", "국": "kook", "은": "eun",
    "남궁": "namgung", "황보": "hwangbo", "선우": "sunwoo", "제갈": "jegal", "독고": "dokgo",
    "사공": "sagong", "서문": "seomun",
}


def romanize(s):
    out = []
    for ch in s:
        o = ord(ch) - 0xAC00
        if 0 <= o < 11172:
            out.append(_CHO[o // 588] + _JUNG[(o % 588) // 28] + _JONG[o % 28])
        else:
            out.append(ch)
    return "".join(out)


# =============================================================================
# Pools
# =============================================================================
SURNAMES = [("김", 40), ("이", 30), ("박", 18), ("최", 9), ("정", 9), ("강", 5), ("조", 5), ("윤", 5),
            ("장", 4), ("임", 4), ("한", 3), ("오", 3), ("서", 3), ("신", 3), ("권", 3), ("황", 3),
            ("안", 3), ("송", 3), ("류", 2), ("전", 2), ("홍", 2), ("고", 2), ("문", 2), ("양", 2),
            ("손", 2), ("배", 2), ("백", 2), ("허", 1), ("유", 2), ("남", 1), ("심", 1), ("노", 1),
            ("하", 1), ("곽", 1), ("성", 1), ("차", 1), ("주", 1), ("우", 1), ("구", 1), ("민", 1),
            ("진", 1), ("나", 1), ("지", 1), ("엄", 1), ("채", 1), ("원", 1), ("천", 1), ("방", 1),
            ("공", 1), ("현", 1), ("함", 1), ("변", 1), ("염", 1), ("여", 1), ("추", 1), ("도", 1),
            ("석", 1), ("선", 1), ("설", 1), ("마", 1), ("길", 1), ("연", 1), ("위", 1), ("표", 1),
            ("명", 1), ("기", 1), ("반", 1), ("왕", 1), ("금", 1), ("옥", 1), ("육", 1), ("인", 1),
            ("맹", 1), ("탁", 1), ("국", 1), ("은", 1)]
SURNAMES2 = ["남궁", "황보", "선우", "제갈", "독고", "사공", "서문"]

GIVEN_M = ["민준", "서준", "도윤", "예준", "시우", "하준", "지호", "주원", "준우", "준서", "건우", "도현",
           "현우", "지훈", "우진", "민재", "현준", "연우", "유준", "정우", "승우", "승현", "시윤", "준혁",
           "은우", "지환", "승민", "유찬", "민성", "시후", "진우", "재윤", "동현", "태윤", "민규", "재원",
           "한결", "영호", "영수", "영철", "정호", "성호", "상철", "종훈", "성민", "상훈", "동욱", "재석",
           "병철", "광수", "기현", "용준", "태식", "만수", "경수", "준호", "형준", "대현", "석진", "창민",
           "우석", "재훈", "진혁", "태현", "상우", "종민", "인호", "명수", "철민", "영길", "봉수", "기철",
           "상욱", "정훈", "세훈", "원석", "희철", "두식", "재필", "문수"]
GIVEN_F = ["서연", "서윤", "지우", "서현", "민서", "하은", "하윤", "윤서", "지유", "지민", "채원", "지아",
           "수아", "다은", "예은", "은서", "가은", "수빈", "소율", "예린", "예원", "지원", "경희", "미숙",
           "영숙", "정희", "순자", "명숙", "혜경", "미경", "은정", "수진", "지영", "현주", "선영", "미영",
           "정미", "은주", "경아", "은영", "혜진", "옥순", "말순", "정은", "유리", "보람", "아름", "소연",
           "나연", "다인", "하린", "예지", "미란", "선희", "혜원", "진아", "세영", "주희", "효정", "민지",
           "수정", "은비", "영미", "순희", "춘자", "금순", "연희", "인숙", "해진", "초롱"]
GIVEN_ALL = GIVEN_M + GIVEN_F

# foreign persons: latin (passport style), latin title case, hangul, nationality, passport style
FOREIGN = [
    ("NGUYEN VAN AN", "Nguyen Van An", "응우옌 반 안", "베트남", "VNM", "M", "vn"),
    ("TRAN THI HOA", "Tran Thi Hoa", "쩐 티 호아", "베트남", "VNM", "F", "vn"),
    ("PHAM MINH TUAN", "Pham Minh Tuan", "팜 민 뚜안", "베트남", "VNM", "M", "vn"),
    ("LE THI THU", "Le Thi Thu", "레 티 투", "베트남", "VNM", "F", "vn"),
    ("WANG WEI", "Wang Wei", "왕웨이", "중국", "CHN", "M", "cn"),
    ("LIU YANG", "Liu Yang", "류양", "중국", "CHN", "F", "cn"),
    ("ZHANG XIAOMEI", "Zhang Xiaomei", "장샤오메이", "중국", "CHN", "F", "cn"),
    ("CHEN JIANGUO", "Chen Jianguo", "천젠궈", "중국", "CHN", "M", "cn"),
    ("SANTOS MARIA CLARA", "Maria Clara Santos", "마리아 클라라 산토스", "필리핀", "PHL", "F", "ph"),
    ("REYES JOSE MIGUEL", "Jose Miguel Reyes", "호세 미겔 레예스", "필리핀", "PHL", "M", "ph"),
    ("KARIMOV ALISHER", "Alisher Karimov", "알리셰르 카리모프", "우즈베키스탄", "UZB", "M", "uz"),
    ("RAHIMOVA DILNOZA", "Dilnoza Rahimova", "딜노자 라히모바", "우즈베키스탄", "UZB", "F", "uz"),
    ("SOMCHAI PRASERT", "Somchai Prasert", "솜차이 쁘라싯", "태국", "THA", "M", "th"),
    ("SUKANYA WONGSA", "Sukanya Wongsa", "수깐야 웡사", "태국", "THA", "F", "th"),
    ("BUDI SANTOSO", "Budi Santoso", "부디 산토소", "인도네시아", "IDN", "M", "id"),
    ("SITI RAHAYU", "Siti Rahayu", "시티 라하유", "인도네시아", "IDN", "F", "id"),
    ("GURUNG RAM BAHADUR", "Ram Bahadur Gurung", "람 바하두르 구룽", "네팔", "NPL", "M", "np"),
    ("BATBAYAR GANBOLD", "Ganbold Batbayar", "간볼드 바트바야르", "몽골", "MNG", "M", "mn"),
    ("ENKHJARGAL OYUN", "Oyun Enkhjargal", "어용 엥흐자르갈", "몽골", "MNG", "F", "mn"),
    ("SMITH JOHN DAVID", "John David Smith", "존 데이비드 스미스", "미국", "USA", "M", "us"),
    ("JOHNSON EMILY", "Emily Johnson", "에밀리 존슨", "미국", "USA", "F", "us"),
    ("IVANOV SERGEI", "Sergei Ivanov", "세르게이 이바노프", "러시아", "RUS", "M", "ru"),
    ("PETROVA ANNA", "Anna Petrova", "안나 페트로바", "러시아", "RUS", "F", "ru"),
    ("TANAKA HIROSHI", "Hiroshi Tanaka", "다나카 히로시", "일본", "JPN", "M", "jp"),
    ("SATO YUKI", "Yuki Sato", "사토 유키", "일본", "JPN", "F", "jp"),
    ("SOK CHEA", "Sok Chea", "속 찌어", "캄보디아", "KHM", "M", "kh"),
    ("PERERA NIMAL", "Nimal Perera", "니말 페레라", "스리랑카", "LKA", "M", "lk"),
    ("NURLANOVA AIGERIM", "Aigerim Nurlanova", "아이게림 누를라노바", "카자흐스탄", "KAZ", "F", "kz"),
    ("MUELLER THOMAS", "Thomas Mueller", "토마스 뮐러", "독일", "DEU", "M", "de"),
    ("DUBOIS CLAIRE", "Claire Dubois", "클레르 뒤부아", "프랑스", "FRA", "F", "fr"),
]

# Regions: (full, short, [(district, [dongs], [roads])])
REGIONS = [
    ("서울특별시", "서울", [
        ("마포구", ["성산동", "망원동", "합정동", "공덕동"], ["월드컵북로", "망원로", "독막로", "토정로"]),
        ("강남구", ["역삼동", "대치동", "개포동", "논현동"], ["테헤란로", "도곡로", "개포로", "학동로"]),
        ("노원구", ["상계동", "중계동", "월계동"], ["동일로", "한글비석로", "노해로"]),
        ("관악구", ["봉천동", "신림동"], ["관악로", "남부순환로", "신림로"]),
        ("송파구", ["잠실동", "가락동", "문정동"], ["올림픽로", "송파대로", "충민로"]),
        ("은평구", ["불광동", "응암동", "진관동"], ["통일로", "진흥로", "연서로"]),
    ]),
    ("부산광역시", "부산", [
        ("해운대구", ["우동", "중동", "좌동"], ["해운대로", "센텀중앙로", "좌동순환로"]),
        ("부산진구", ["부전동", "전포동", "양정동"], ["중앙대로", "서면로", "동평로"]),
        ("사하구", ["하단동", "다대동"], ["낙동대로", "다대로"]),
    ]),
    ("대구광역시", "대구", [
        ("수성구", ["범어동", "만촌동", "지산동"], ["달구벌대로", "동대구로", "지범로"]),
        ("달서구", ["상인동", "월성동"], ["월배로", "조암로"]),
    ]),
    ("인천광역시", "인천", [
        ("연수구", ["송도동", "연수동"], ["컨벤시아대로", "원인재로", "송도과학로"]),
        ("부평구", ["부평동", "산곡동"], ["부평대로", "경원대로"]),
    ]),
    ("광주광역시", "광주", [
        ("북구", ["용봉동", "운암동"], ["서암대로", "설죽로"]),
        ("서구", ["치평동", "풍암동"], ["상무중앙로", "금화로"]),
    ]),
    ("대전광역시", "대전", [
        ("유성구", ["봉명동", "궁동", "노은동"], ["대학로", "유성대로", "노은로"]),
        ("서구", ["둔산동", "관저동"], ["둔산로", "계룡로"]),
    ]),
    ("울산광역시", "울산", [("남구", ["삼산동", "달동"], ["삼산로", "번영로"])]),
    ("세종특별자치시", "세종", [("", ["도담동", "아름동", "고운동"], ["도움1로", "보듬3로", "누리로"])]),
    ("경기도", "경기", [
        ("수원시 팔달구", ["인계동", "우만동"], ["권광로", "효원로", "월드컵로"]),
        ("성남시 분당구", ["정자동", "서현동", "야탑동"], ["불정로", "황새울로", "성남대로"]),
        ("고양시 일산동구", ["장항동", "백석동"], ["중앙로", "호수로"]),
        ("화성시", ["동탄동", "봉담읍"], ["동탄대로", "와우안길"]),
        ("남양주시", ["다산동", "별내동"], ["경춘로", "다산중앙로"]),
    ]),
    ("강원특별자치도", "강원", [("춘천시", ["석사동", "퇴계동"], ["영서로", "공지로"]),
                                 ("원주시", ["단계동", "무실동"], ["서원대로", "시청로"])]),
    ("충청북도", "충북", [("청주시 흥덕구", ["복대동", "가경동"], ["직지대로", "풍산로"])]),
    ("충청남도", "충남", [("천안시 서북구", ["불당동", "쌍용동"], ["불당대로", "번영로"]),
                          ("아산시", ["배방읍", "온천동"], ["배방로", "시민로"])]),
    ("전북특별자치도", "전북", [("전주시 완산구", ["효자동", "서신동"], ["홍산로", "서신로"])]),
    ("전라남도", "전남", [("순천시", ["조례동", "연향동"], ["연향번영길", "조례로"]),
                          ("여수시", ["학동", "여서동"], ["좌수영로", "시청로"])]),
    ("경상북도", "경북", [("포항시 남구", ["대잠동", "지곡동"], ["포스코대로", "희망대로"]),
                          ("구미시", ["송정동", "인동동"], ["송정대로", "인동가산로"])]),
    ("경상남도", "경남", [("창원시 성산구", ["상남동", "중앙동"], ["중앙대로", "원이대로"]),
                          ("김해시", ["내동", "삼계동"], ["김해대로", "가야로"])]),
    ("제주특별자치도", "제주", [("제주시", ["연동", "노형동", "이도이동"], ["연북로", "노연로", "신대로"]),
                                 ("서귀포시", ["서홍동", "동홍동"], ["중앙로", "일주동로"])]),
]
APT_NAMES = ["한빛아파트", "푸른마을", "래미안", "자이", "e편한세상", "힐스테이트", "은하수아파트", "새솔마을",
             "현대아파트", "주공아파트", "SK뷰", "꿈에그린", "센트럴파크", "아이파크", "목련빌라", "그린빌"]

# agencies: (name, head title, address (institution -> never labelled), switchboard, local prefix, fax prefix, postal, domain)
AGENCIES = [
    ("행정안전부", "행정안전부장관", "세종특별자치시 정부2청사로 13 정부세종2청사", "044-205-2114", "044-205-", "044-204-", "30128", "korea.kr"),
    ("보건복지부", "보건복지부장관", "세종특별자치시 도움4로 13 정부세종청사 10동", "044-202-2114", "044-202-", "044-202-", "30113", "korea.kr"),
    ("국토교통부", "국토교통부장관", "세종특별자치시 도움6로 11 정부세종청사 6동", "044-201-3114", "044-201-", "044-201-", "30103", "korea.kr"),
    ("법무부", "법무부장관", "경기도 과천시 관문로 47 정부과천청사 1동", "02-2110-3000", "02-2110-", "02-2110-", "13809", "korea.kr"),
    ("외교부", "외교부장관", "서울특별시 종로구 사직로8길 60 외교부청사", "02-2100-2114", "02-2100-", "02-2100-", "03172", "korea.kr"),
    ("서울특별시", "서울특별시장", "서울특별시 중구 세종대로 110 서울특별시청", "02-2133-2114", "02-2133-", "02-2133-", "04524", "seoul.go.kr"),
    ("서울특별시 마포구", "마포구청장", "서울특별시 마포구 월드컵로 212 마포구청", "02-3153-8114", "02-3153-", "02-3153-", "03937", "mapo.go.kr"),
    ("서울특별시 노원구", "노원구청장", "서울특별시 노원구 노해로 437 노원구청", "02-2116-3114", "02-2116-", "02-2116-", "01689", "nowon.kr"),
    ("부산광역시 해운대구", "해운대구청장", "부산광역시 해운대구 중동2로 11 해운대구청", "051-749-4000", "051-749-", "051-749-", "48095", "haeundae.go.kr"),
    ("대구광역시 수성구", "수성구청장", "대구광역시 수성구 달구벌대로 2423 수성구청", "053-666-2000", "053-666-", "053-666-", "42106", "suseong.kr"),
    ("인천광역시 연수구", "연수구청장", "인천광역시 연수구 원인재로 115 연수구청", "032-749-7114", "032-749-", "032-749-", "21945", "yeonsu.go.kr"),
    ("경기도 수원시", "수원시장", "경기도 수원시 팔달구 효원로 241 수원시청", "031-228-2114", "031-228-", "031-228-", "16490", "suwon.go.kr"),
    ("경기도 성남시", "성남시장", "경기도 성남시 중원구 성남대로 997 성남시청", "031-729-2114", "031-729-", "031-729-", "13437", "korea.kr"),
    ("대전광역시 유성구", "유성구청장", "대전광역시 유성구 대학로 211 유성구청", "042-611-2114", "042-611-", "042-611-", "34175", "yuseong.go.kr"),
    ("충청남도 천안시", "천안시장", "충청남도 천안시 서북구 번영로 156 천안시청", "041-521-2114", "041-521-", "041-521-", "31151", "korea.kr"),
    ("전라남도 순천시", "순천시장", "전라남도 순천시 장명로 30 순천시청", "061-749-3114", "061-749-", "061-749-", "57943", "korea.kr"),
    ("경상남도 창원시", "창원시장", "경상남도 창원시 의창구 중앙대로 151 창원시청", "055-225-2114", "055-225-", "055-225-", "51518", "korea.kr"),
    ("제주특별자치도 제주시", "제주시장", "제주특별자치도 제주시 광양9길 10 제주시청", "064-728-2114", "064-728-", "064-728-", "63191", "korea.kr"),
    ("국민건강보험공단 강남지사", "지사장", "서울특별시 강남구 테헤란로 1 건강보험강남빌딩", "02-3483-1234", "02-3483-", "02-3483-", "06236", "nhis.or.kr"),
    ("도로교통공단 서울남부운전면허시험장", "시험장장", "서울특별시 강서구 남부순환로 153 운전면허시험장", "02-2660-0000", "02-2660-", "02-2660-", "07550", "koroad.or.kr"),
]
DEPTS = ["민원여권과", "교통행정과", "주민자치과", "세무1과", "복지정책과", "자동차관리과", "총무과", "감사담당관",
         "정보통신과", "건축과", "환경위생과", "출입국민원과", "보험급여부", "자격부과부", "기획예산과",
         "일자리정책과", "청년정책팀", "디지털정책과", "재난안전과", "홍보담당관"]
RANKS = ["주무관", "주무관", "주무관", "행정주사", "행정주사보", "사무관", "서기관", "연구사", "팀장", "과장",
         "담당관", "계장"]
COMPANIES = ["(주)한빛엔지니어링", "주식회사 다온테크", "(주)새벽물류", "㈜푸른솔건설", "주식회사 미래에이아이",
             "(주)동해수산", "한결회계법인", "(주)온누리소프트", "주식회사 초록식품", "(주)바른인쇄",
             "유한회사 별빛상사", "(주)가람디자인", "주식회사 세움이앤씨", "(주)하늘정보통신", "(주)늘봄케어",
             "주식회사 은하물산", "(주)대한정밀", "(주)모아컨설팅", "주식회사 솔빛에너지", "(주)청솔조경"]
CO_DOMAINS = ["hanbit-eng.co.kr", "daontech.co.kr", "saebyeok.kr", "pureunsol.com", "miraeai.co.kr",
              "donghaefish.com", "hangyeol-cpa.kr", "onnurisoft.co.kr", "chorokfood.com", "bareunprint.kr",
              "byeolbit.co.kr", "garamdesign.kr", "seum-enc.com", "haneulict.co.kr", "neulbomcare.kr",
              "eunhatrade.com", "daehanpm.co.kr", "moaconsulting.kr", "solbit-energy.com", "cheongsol.co.kr"]
SELF_BIZ = ["행복분식", "미소세탁", "다온공인중개사사무소", "골목책방", "바다수산", "해오름카센터", "꽃담플라워",
            "소소한커피", "정우인테리어", "참맛정육점", "우리동네철물", "별빛네일", "한솔학원", "튼튼한의원"]
STATUTES = ["「개인정보 보호법」 제24조의2", "「개인정보 보호법」 제17조 제1항", "「주민등록법」 제37조 제10호",
            "「주민등록법 시행령」 제15조", "「도로교통법」 제80조 제1항", "「도로교통법 시행규칙」 제77조",
            "「여권법」 제12조 제1항 제2호", "「출입국관리법」 제31조", "「출입국관리법 시행령」 제40조",
            "「자동차관리법」 제10조 제5항", "「국민건강보험법」 제12조", "「여신전문금융업법」 제16조",
            "「행정업무의 운영 및 혁신에 관한 규정」 제13조", "「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호",
            "「민원 처리에 관한 법률」 제27조", "「주차장법」 제8조의2", "「질서위반행위규제법」 제16조",
            "「전자금융거래법」 제6조 제3항", "「형법」 제347조 제1항", "「전기통신금융사기 피해 방지 및 피해금 환급에 관한 특별법」 제4조",
            "같은 법 시행령 제9조 제1항", "같은 법 제2조 제3호", "「소득세법」 제89조 제1항 제3호", "「법인세법」 제52조 제1항",
            "「부가가치세법」 제10조 제1항", "「상속세 및 증여세법」 제4조의2", "「소득세법 시행령」 제167조 제3항"]
SWITCH_SHORT = ["110", "120", "126", "1345", "1350", "1355", "182", "112", "119"]
CALLCENTERS = [("국민건강보험공단 고객센터", "1577-1000"), ("정부24 콜센터", "1588-2188"),
               ("도로교통공단 콜센터", "1577-1120"), ("외국인종합안내센터", "1345"),
               ("카드사 분실신고센터", "1588-8100"), ("국세상담센터", "126"), ("여권 안내 콜센터", "1899-2114"),
               ("은행 고객센터", "1599-9999"), ("금융감독원 민원센터", "1332"), ("주차단속 안내", "1661-0120"),
               ("통신사 고객센터", "1544-0010"), ("택배사 고객센터", "1566-1234"), ("보험사 사고접수", "1644-8282")]


def pick(r, xs):
    return xs[r.randrange(len(xs))]


def wpick(r, pairs):
    tot = sum(w for _, w in pairs)
    x = r.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


# =============================================================================
# Check digits
# =============================================================================
RRN_W = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]


def rrn_check(d12):
    s = sum(int(a) * b for a, b in zip(d12, RRN_W))
    return (11 - s % 11) % 10


def frn_check(d12):
    s = sum(int(a) * b for a, b in zip(d12, RRN_W))
    return (13 - s % 11) % 10


def brn_check(d9):
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(int(a) * b for a, b in zip(d9, w)) + (int(d9[8]) * 5) // 10
    return (10 - s % 10) % 10


def crn_check(d12):
    # plain weighted sum, weights 1,2,1,2,...; generated numbers keep every weight-2 digit < 5,
    # so the digit-sum variant of the rule gives the same check digit.
    s = sum(int(a) * (1 if i % 2 == 0 else 2) for i, a in enumerate(d12))
    return (10 - s % 10) % 10


def crn_check_digitsum(d12):
    s = 0
    for i, a in enumerate(d12):
        p = int(a) * (1 if i % 2 == 0 else 2)
        s += p // 10 + p % 10
    return (10 - s % 10) % 10


def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_complete(d_wo):
    for c in "0123456789":
        if luhn_ok(d_wo + c):
            return d_wo + c
    raise AssertionError


# =============================================================================
# Value generators
# =============================================================================
def digits(r, n):
    return "".join(str(r.randrange(10)) for _ in range(n))


def rand_date(r, y0, y1):
    a = datetime.date(y0, 1, 1).toordinal()
    b = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(r.randint(a, b))


def ko_name(r, gender=None, two=False):
    sur = pick(r, SURNAMES2) if two else wpick(r, SURNAMES)
    if gender is None:
        gender = pick(r, "MF")
    given = pick(r, GIVEN_M if gender == "M" else GIVEN_F)
    if sur + given == "홍길동":
        given = "길수"
    return sur, given, gender


class Person:
    """A synthetic natural person; all attributes are drawn lazily but deterministically."""

    def __init__(self, r, y0=1948, y1=2003, gender=None, two=None, foreign=None, birth=None):
        self.r = r
        self.foreign = foreign  # tuple from FOREIGN or None
        if foreign:
            self.latin, self.latin_t, self.hangul, self.nat, self.nat3, self.gender, self.pstyle = foreign
            self.name = self.hangul
            self.sur, self.given = "", ""
        else:
            if two is None:
                two = r.random() < 0.06
            self.sur, self.given, self.gender = ko_name(r, gender, two)
            self.name = self.sur + self.given
        self.birth = birth or rand_date(r, y0, y1)
        self._rrn = None
        self._phone = None
        self._email = None

    def age(self, ref=datetime.date(2025, 6, 1)):
        b = self.birth
        return ref.year - b.year - ((ref.month, ref.day) < (b.month, b.day))

    # --- national ids
    def rrn(self):
        if self._rrn is None:
            b = self.birth
            if b >= datetime.date(2020, 10, 1):
                g = ("3" if self.gender == "M" else "4")
                while True:
                    rest = digits(self.r, 6)
                    d12 = b.strftime("%y%m%d") + g + rest[:5]
                    if rrn_check(d12) != int(rest[5]):
                        break
                self._rrn = d12 + rest[5]
            else:
                g = {True: "1", False: "2"}[self.gender == "M"] if b.year < 2000 else \
                    {True: "3", False: "4"}[self.gender == "M"]
                d12 = b.strftime("%y%m%d") + g + "%02d" % self.r.randrange(0, 96) + digits(self.r, 3)
                self._rrn = d12 + str(rrn_check(d12))
        return self._rrn

    def frn(self):
        if self._rrn is None:
            b = self.birth
            g = {("M", 0): "5", ("F", 0): "6", ("M", 1): "7", ("F", 1): "8"}[(self.gender, int(b.year >= 2000))]
            office = "%02d" % (2 * self.r.randrange(5, 49))
            d12 = b.strftime("%y%m%d") + g + office + digits(self.r, 2) + pick(self.r, "6789")
            self._rrn = d12 + str(frn_check(d12))
        return self._rrn

    # --- contact
    def phone(self):
        if self._phone is None:
            self._phone = "010" + str(self.r.randint(2, 9)) + digits(self.r, 7)
        return self._phone

    def email(self, domain=None):
        if self._email is None:
            r = self.r
            if self.foreign:
                parts = self.latin_t.lower().split()
                local = pick(r, [parts[0] + "." + parts[-1], parts[0][0] + parts[-1], parts[-1] + str(r.randint(1, 99)),
                                 parts[0] + "_" + parts[-1][:3]])
            else:
                s = SURNAME_ROMAN.get(self.sur) or romanize(self.sur)
                g = romanize(self.given)
                ini = "".join(romanize(c)[0] for c in self.given)
                yy = self.birth.strftime("%y")
                local = pick(r, [g + "." + s, s + g, s[0] + ini + yy, ini + s, s + "." + g + str(r.randint(1, 9)),
                                 g + "_" + s + self.birth.strftime("%m%d"), s + ini + str(r.randint(10, 999)),
                                 ini[0] + s + yy])
            dom = domain or wpick(r, [("naver.com", 8), ("gmail.com", 6), ("daum.net", 3), ("hanmail.net", 3),
                                       ("kakao.com", 2), ("nate.com", 1), ("outlook.com", 1), ("icloud.com", 1)])
            self._email = local + "@" + dom
        return self._email


def new_person(r, **kw):
    return Person(r, **kw)


def foreign_person(r, **kw):
    return Person(r, foreign=pick(r, FOREIGN), **kw)


# --- formatting -----------------------------------------------------------------
def fmt_rrn(d, style):
    return {"hyphen": d[:6] + "-" + d[6:], "plain": d, "space": d[:6] + " " + d[6:],
            "spaced_hyphen": d[:6] + " - " + d[6:],
            "mask_star": d[:6] + "-" + d[6] + "******", "mask_dot": d[:6] + "-" + d[6] + "●●●●●●",
            "mask_x": d[:6] + "-" + d[6] + "XXXXXX", "mask_star_part": d[:6] + "-" + d[6:8] + "*****"}[style]


MON_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
DOB_STYLES = ["dot_space", "korean", "iso", "dot_pad", "dot_pad_nodot", "yy_dot", "yymmdd", "yyyymmdd",
              "slash", "korean_yy", "en_passport", "kr_passport", "dot_nopad"]


def fmt_dob(b, style):
    y, m, d = b.year, b.month, b.day
    return {
        "dot_space": "%d. %d. %d." % (y, m, d),
        "korean": "%d년 %d월 %d일" % (y, m, d),
        "korean_nospace": "%d년%d월%d일" % (y, m, d),
        "iso": "%d-%02d-%02d" % (y, m, d),
        "dot_pad": "%d.%02d.%02d." % (y, m, d),
        "dot_pad_nodot": "%d.%02d.%02d" % (y, m, d),
        "dot_nopad": "%d.%d.%d" % (y, m, d),
        "yy_dot": "%02d.%02d.%02d" % (y % 100, m, d),
        "yymmdd": "%02d%02d%02d" % (y % 100, m, d),
        "yyyymmdd": "%d%02d%02d" % (y, m, d),
        "slash": "%d/%02d/%02d" % (y, m, d),
        "korean_yy": "%02d년 %d월 %d일" % (y % 100, m, d),
        "en_passport": "%02d %s %d" % (d, MON_EN[m - 1], y),
        "kr_passport": "%02d %d월/%s %d" % (d, m, MON_EN[m - 1], y),
    }[style]


def fmt_phone(d, style="hyphen"):
    """d: digits of a Korean number (mobile 11 digits, or landline)."""
    if d.startswith("02"):
        a, rest = "02", d[2:]
    else:
        a, rest = d[:3], d[3:]
    mid, last = rest[:-4], rest[-4:]
    return {"hyphen": "%s-%s-%s" % (a, mid, last), "space": "%s %s %s" % (a, mid, last),
            "dot": "%s.%s.%s" % (a, mid, last), "plain": d, "paren": "(%s) %s-%s" % (a, mid, last),
            "intl": "+82-%s-%s-%s" % (a[1:], mid, last), "intl_space": "+82 %s %s %s" % (a[1:], mid, last),
            "intl_plain": "+82%s" % d[1:]}[style]


AREA = ["02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055", "061",
        "062", "063", "064"]


def landline(r, area=None):
    a = area or pick(r, AREA)
    mid = str(r.randint(2, 9)) + digits(r, 3 if (a == "02" or r.random() < 0.7) else 2)
    return a + mid + digits(r, 4)


def phone070(r):
    return "070" + str(r.randint(2, 8)) + digits(r, 7)


PHONE_HANGUL = {"0": "공", "1": "일", "2": "이", "3": "삼", "4": "사", "5": "오", "6": "육", "7": "칠", "8": "팔",
                "9": "구"}


def spell(dg, zero="공"):
    return "".join(zero if c == "0" else PHONE_HANGUL[c] for c in dg)


CARD_BINS = [("visa", "4518", 16), ("visa", "4364", 16), ("visa", "4579", 16), ("visa", "4906", 16),
             ("master", "5164", 16), ("master", "5310", 16), ("master", "5286", 16), ("master", "5522", 16),
             ("master", "2221", 16), ("bc", "9410", 16), ("bc", "9420", 16), ("bc", "9430", 16), ("bc", "9490", 16),
             ("jcb", "3560", 16), ("jcb", "3568", 16), ("amex", "3762", 15), ("amex", "3791", 15),
             ("unionpay", "6243", 16), ("unionpay", "6250", 16), ("local", "9440", 16)]
CARD_ISSUERS = ["신한카드", "KB국민카드", "삼성카드", "현대카드", "롯데카드", "하나카드", "우리카드", "BC카드",
                "NH농협카드", "IBK기업은행 카드"]


def gen_card(r, brand=None):
    cands = [c for c in CARD_BINS if brand is None or c[0] == brand]
    b, pre, n = pick(r, cands)
    d = luhn_complete(pre + digits(r, n - 5))
    return b, d


def fmt_card(d, style):
    if len(d) == 15:
        g = [d[:4], d[4:10], d[10:]]
    else:
        g = [d[:4], d[4:8], d[8:12], d[12:]]
    if style == "hyphen":
        return "-".join(g)
    if style == "space":
        return " ".join(g)
    if style == "plain":
        return d
    if style == "mask_mid":   # keep first 6 and last 4
        m = d[:6] + "*" * (len(d) - 10) + d[-4:]
        return "-".join([m[:4], m[4:8], m[8:12], m[12:]]) if len(d) == 16 else "-".join([m[:4], m[4:10], m[10:]])
    if style == "mask_mid_space":
        m = d[:6] + "*" * (len(d) - 10) + d[-4:]
        return " ".join([m[:4], m[4:8], m[8:12], m[12:]]) if len(d) == 16 else " ".join([m[:4], m[4:10], m[10:]])
    if style == "mask_8":      # first 8 and last 4
        m = d[:8] + "*" * (len(d) - 12) + d[-4:]
        return "-".join([m[:4], m[4:8], m[8:12], m[12:]]) if len(d) == 16 else "-".join([m[:4], m[4:10], m[10:]])
    raise KeyError(style)


# bank, grouping, prefixes
BANKS = [("KB국민은행", (6, 2, 6), [""]), ("KB국민은행", (3, 2, 4, 3), [""]), ("신한은행", (3, 3, 6), ["110", "140"]),
         ("신한은행", (3, 2, 6), ["100", "562"]), ("우리은행", (4, 3, 6), ["1002", "1005"]), ("하나은행", (3, 6, 5), [""]),
         ("NH농협은행", (3, 4, 4, 2), ["302", "352", "356", "351"]), ("IBK기업은행", (3, 6, 2, 3), [""]),
         ("카카오뱅크", (4, 2, 7), ["3333", "3355", "3388"]), ("케이뱅크", (3, 3, 6), ["100", "101"]),
         ("토스뱅크", (4, 4, 4), ["1000", "1001"]), ("SC제일은행", (3, 2, 6), [""]), ("우체국", (6, 2, 6), ["0", "1"]),
         ("새마을금고", (4, 2, 6, 1), ["9002", "9003", "9100"]), ("BNK부산은행", (3, 4, 4, 2), ["101", "112"]),
         ("iM뱅크", (3, 2, 6, 1), ["508", "505"]), ("신협", (3, 3, 6), ["131", "132"]),
         ("한국씨티은행", (3, 6, 3), [""]), ("수협은행", (3, 2, 6), ["101", "106"])]


class Account:
    def __init__(self, r, bank=None):
        cands = [b for b in BANKS if bank is None or b[0] == bank]
        self.bank, self.groups, prefs = pick(r, cands)
        pre = pick(r, prefs)
        n = sum(self.groups)
        first = pre + digits(r, n - len(pre))
        if first[0] == "0" and self.bank not in ("우체국",):
            first = str(r.randint(1, 9)) + first[1:]
        self.d = first
        self.r = r

    def fmt(self, style="hyphen"):
        parts, i = [], 0
        for g in self.groups:
            parts.append(self.d[i:i + g])
            i += g
        if style == "hyphen":
            return "-".join(parts)
        if style == "plain":
            return self.d
        if style == "space":
            return " ".join(parts)
        if style == "dot":
            return ".".join(parts)
        if style == "mask":
            # star out 3-4 digits inside the longest group
            k = max(range(len(parts)), key=lambda j: len(parts[j]))
            p = parts[k]
            a = max(1, len(p) // 2 - 2)
            parts = parts[:k] + [p[:a] + "*" * min(4, len(p) - a - 1) + p[a + min(4, len(p) - a - 1):]] + parts[k + 1:]
            return "-".join(parts)
        raise KeyError(style)


PASS_FOREIGN = {
    "vn": lambda r: pick(r, "CBN") + digits(r, 7),
    "cn": lambda r: pick(r, ["E" + digits(r, 8), "E" + pick(r, "ABCDEFGH") + digits(r, 7)]),
    "ph": lambda r: "P" + digits(r, 7) + pick(r, "ABC"),
    "uz": lambda r: pick(r, ["FA", "AA", "AB"]) + digits(r, 7),
    "th": lambda r: pick(r, ["AA", "AB", "AC"]) + digits(r, 7),
    "id": lambda r: pick(r, "BCX") + digits(r, 7),
    "np": lambda r: pick(r, ["PA", "PB"]) + digits(r, 7),
    "mn": lambda r: "E" + digits(r, 7),
    "us": lambda r: pick(r, [str(r.randint(5, 6)) + digits(r, 8), "A" + digits(r, 8)]),
    "ru": lambda r: str(r.randint(70, 77)) + digits(r, 7),
    "jp": lambda r: pick(r, ["TK", "TR", "MZ", "TZ"]) + digits(r, 7),
    "kh": lambda r: "N" + digits(r, 7),
    "lk": lambda r: "N" + digits(r, 7),
    "kz": lambda r: "N" + digits(r, 8),
    "de": lambda r: "C" + digits(r, 2) + pick(r, "FGHJKLMNPRTVWXYZ") + digits(r, 2) + pick(r, "FGHJKLMNPRTVWXYZ") + digits(r, 2),
    "fr": lambda r: digits(r, 2) + pick(r, ["AB", "CK", "FE"]) + digits(r, 5),
}


def kr_passport(r, new=None, prefix=None):
    p = prefix or wpick(r, [("M", 12), ("S", 2), ("R", 1), ("G", 2), ("D", 1)])
    if new is None:
        new = r.random() < 0.5
    if new:
        return p + digits(r, 3) + pick(r, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(r, 4), "passport_new"
    return p + digits(r, 8), "passport_old"


def foreign_passport(r, person):
    return PASS_FOREIGN[person.pstyle](r), "passport_foreign"


DL_REGIONS = [("서울", "11"), ("부산", "12"), ("경기", "13"), ("강원", "14"), ("충북", "15"), ("충남", "16"),
              ("전북", "17"), ("전남", "18"), ("경북", "19"), ("경남", "20"), ("제주", "21"), ("대구", "22"),
              ("인천", "23"), ("광주", "24"), ("대전", "25"), ("울산", "26"), ("경기북부", "28")]


def gen_dl(r, style=None):
    reg, code = pick(r, DL_REGIONS)
    yy = "%02d" % pick(r, list(range(85, 100)) + list(range(0, 25)))
    ser, chk = digits(r, 6), digits(r, 2)
    style = style or wpick(r, [("num", 6), ("name", 3), ("name_nospace", 1), ("plain", 2), ("space", 1)])
    v = {"num": "%s-%s-%s-%s" % (code, yy, ser, chk), "name": "%s %s-%s-%s" % (reg, yy, ser, chk),
         "name_nospace": "%s%s-%s-%s" % (reg, yy, ser, chk), "plain": code + yy + ser + chk,
         "space": "%s %s %s %s" % (code, yy, ser, chk)}[style]
    return v, "dl_" + style


PLATE_PRIVATE = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주"
PLATE_REGIONS = ["서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "경기", "강원", "충북", "충남", "전북",
                 "전남", "경북", "경남", "제주"]


def gen_plate(r, style=None):
    style = style or wpick(r, [("two", 5), ("three", 6), ("region", 3), ("commercial", 2), ("rental", 2),
                               ("delivery", 1), ("nospace", 2)])
    if style == "two":
        v = "%02d%s %s" % (r.randint(10, 69), pick(r, PLATE_PRIVATE), digits(r, 4))
    elif style == "three":
        v = "%d%s %s" % (r.randint(100, 699), pick(r, PLATE_PRIVATE), digits(r, 4))
    elif style == "region":
        v = "%s %02d%s %s" % (pick(r, PLATE_REGIONS), r.randint(10, 69), pick(r, PLATE_PRIVATE), digits(r, 4))
    elif style == "commercial":
        v = "%s %02d%s %s" % (pick(r, PLATE_REGIONS), r.randint(70, 99), pick(r, "바사아자"), digits(r, 4))
    elif style == "rental":
        v = "%d%s %s" % (r.randint(100, 499), pick(r, "하허호"), digits(r, 4))
    elif style == "delivery":
        v = "%d배 %s" % (r.randint(80, 97), digits(r, 4))
    else:
        v = "%d%s%s" % (r.randint(10, 399), pick(r, PLATE_PRIVATE), digits(r, 4))
    return v, "plate_" + style


def gen_hi(r, style=None):
    d = str(r.randint(1, 9)) + digits(r, 10)
    style = style or wpick(r, [("plain", 6), ("dash1", 2), ("space", 1)])
    v = {"plain": d, "dash1": d[0] + "-" + d[1:], "space": d[:5] + " " + d[5:]}[style]
    return v, "hi_" + style


TAX_OFFICES = ["101", "104", "105", "106", "107", "108", "110", "113", "114", "119", "120", "124", "129", "130",
               "134", "135", "137", "140", "201", "206", "214", "215", "220", "305", "312", "314", "402", "409",
               "410", "502", "504", "601", "603", "605", "607", "613", "617", "621", "623", "701"]


def gen_brn(r, corp=None):
    if corp is None:
        corp = r.random() < 0.5
    mid = pick(r, ["81", "86", "87", "88", "85"]) if corp else "%02d" % r.randint(1, 79)
    d9 = pick(r, TAX_OFFICES) + mid + digits(r, 4)
    d = d9 + str(brn_check(d9))
    return "%s-%s-%s" % (d[:3], d[3:5], d[5:]), d


def gen_crn(r):
    office = pick(r, ["1101", "1201", "1301", "1311", "1341", "1401", "2001", "1141", "1343", "2401", "1241", "2201"])
    kind = pick(r, ["11", "11", "11", "14", "12", "13", "21", "22"])
    ser = "".join(str(r.randrange(10)) if i % 2 == 0 else str(r.randrange(5)) for i in range(6))
    d12 = office + kind + ser
    assert all(int(d12[i]) < 5 for i in range(1, 12, 2))
    d = d12 + str(crn_check(d12))
    return d[:6] + "-" + d[6:]


def gen_ip(r, kind=None):
    kind = kind or wpick(r, [("public", 6), ("private", 3), ("v6", 1)])
    if kind == "private":
        v = pick(r, ["10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
                     "192.168.%d.%d" % (r.randint(0, 255), r.randint(1, 254)),
                     "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254))])
    elif kind == "public":
        while True:
            a = r.randint(1, 223)
            if a not in (10, 127, 169, 172, 192, 100, 0):
                break
        v = "%d.%d.%d.%d" % (a, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
    else:
        v = pick(r, ["2001:2d8:%x:%x::%x" % (r.randint(0x1000, 0xffff), r.randint(0, 0xffff), r.randint(1, 0xffff)),
                     "2406:5900:%x:%x:%x:%x:%x:%x" % tuple(r.randint(0, 0xffff) for _ in range(6)),
                     "fe80::%x:%x:%x:%x" % tuple(r.randint(0, 0xffff) for _ in range(4))])
    return v, "ip_" + kind


class Addr:
    """A residential or business address with optional postal code and reference note."""

    def __init__(self, r, style=None, region=None, nounit=False):
        reg = region or pick(r, REGIONS)
        self.full, self.short, dists = reg
        self.dist, dongs, roads = pick(r, dists)
        self.dong = pick(r, dongs)
        self.road = pick(r, roads)
        self.postal = "%05d" % r.randint(1000, 63999)
        self.apt = pick(r, APT_NAMES)
        self.style = style or wpick(r, [("road", 6), ("road_short", 2), ("road_gu", 2), ("jibun", 3), ("road_gil", 2)])
        r2 = r
        bno = str(r2.randint(1, 420)) if r2.random() < 0.8 else "%d-%d" % (r2.randint(1, 200), r2.randint(1, 30))
        unit = pick(r2, ["", ", %d동 %d호" % (r2.randint(101, 115), r2.randint(1, 25) * 100 + r2.randint(1, 8)),
                         ", %d층 %d호" % tuple([k := r2.randint(2, 9), k * 100 + r2.randint(1, 9)]),
                         ", %d호" % (r2.randint(1, 12) * 100 + r2.randint(1, 15)), " %d층" % r2.randint(2, 12),
                         ", %d동 %d호" % (r2.randint(101, 109), r2.randint(2, 20) * 100 + r2.randint(1, 4))])
        if nounit:
            unit = ""
        head_full = self.full + (" " + self.dist if self.dist else "")
        head_short = self.short + (" " + self.dist if self.dist else "")
        head_gu = self.dist if self.dist else self.full
        if self.style == "road":
            v = "%s %s %s%s" % (head_full, self.road, bno, unit)
        elif self.style == "road_gil":
            v = "%s %s%d길 %d%s" % (head_full, self.road, r2.randint(2, 40), r2.randint(1, 99), unit)
        elif self.style == "road_short":
            v = "%s %s %s%s" % (head_short, self.road, bno, unit)
        elif self.style == "road_gu":
            v = "%s %s %s%s" % (head_gu, self.road, bno, unit)
        else:
            lot = "%d-%d" % (r2.randint(1, 1500), r2.randint(1, 40)) if r2.random() < 0.7 else str(r2.randint(1, 999))
            aptpart = pick(r2, ["", " " + self.apt + " %d동 %d호" % (r2.randint(101, 112), r2.randint(1, 20) * 100 + r2.randint(1, 6)),
                                " %d층" % r2.randint(1, 5), " %s %d호" % (pick(r2, ["다세대", "빌라", "주택"]), r2.randint(101, 402))])
            v = "%s %s %s%s" % (head_full if r2.random() < 0.7 else head_short, self.dong, lot, aptpart)
        self.value = v
        self.kind = "addr_" + self.style
        self.ref = "(%s%s)" % (self.dong, (", " + self.apt) if ("동 " in unit and self.style != "jibun") else "")

    def span(self, noise=()):
        return Span("KR_ADDRESS", self.value, self.kind, noise)


# =============================================================================
# OCR / transcription noise
# =============================================================================
FW_MAP = {c: chr(ord(c) - 0x30 + 0xFF10) for c in "0123456789"}
CONF_OUT = {"0": "O", "1": "l", "5": "S", "8": "B"}
UHYPH = ["‐", "－", "–", "―"]


def nz(r, value, tags):
    """Apply noise tags to a value; returns the noisy string. Tags are recorded by the caller."""
    v = value
    for t in tags:
        if t == "fullwidth_digits":
            v = "".join(FW_MAP.get(c, c) for c in v)
        elif t == "fullwidth_all":
            v = "".join(FW_MAP.get(c, "－" if c == "-" else c) for c in v)
        elif t == "unicode_hyphen":
            h = pick(r, UHYPH)
            v = v.replace("-", h)
        elif t == "space_in_number":
            idx = [i for i in range(1, len(v)) if v[i - 1].isdigit() and v[i].isdigit()]
            if "-" in v and r.random() < 0.5:
                k = v.index("-")
                v = v[:k] + pick(r, [" -", "- ", " - "]) + v[k + 1:]
            elif idx:
                k = pick(r, idx[1:-1] or idx)
                v = v[:k] + " " + v[k:]
        elif t == "newline_in_number":
            if "-" in v:
                ks = [i for i, c in enumerate(v) if c == "-"]
                k = pick(r, ks)
                v = v[:k + 1] + "\n" + v[k + 1:]
            elif " " in v:
                ks = [i for i, c in enumerate(v) if c == " "]
                k = pick(r, ks)
                v = v[:k] + "\n" + v[k + 1:]
            else:
                k = len(v) // 2
                v = v[:k] + "\n" + v[k:]
        elif t == "confusable":
            idx = [i for i, c in enumerate(v) if c in CONF_OUT]
            if not idx:
                continue
            for k in sorted(r.sample(idx, min(len(idx), r.randint(1, 2)))):
                c = v[k]
                rep = CONF_OUT[c]
                if c == "1":
                    rep = pick(r, ["l", "I"])
                v = v[:k] + rep + v[k + 1:]
        elif t == "spaced_name":
            v = " ".join(v.replace(" ", ""))
        elif t == "wrapped":
            sp = [i for i, c in enumerate(v) if c == " "]
            if sp:
                k = pick(r, sp[len(sp) // 3:] or sp)
                v = v[:k] + "\n" + v[k + 1:]
        else:
            raise KeyError(t)
    return v


def has_conf(v):
    return any(c in "OlISB" for c in v)


# =============================================================================
# Span helpers (each returns a Span, value possibly noisy)
# =============================================================================
def PN(p, script=None, noise=(), r=None):
    """PERSON span for a Person. script: None/'hangul'/'latin'/'latin_t'."""
    if p.foreign:
        if script == "latin":
            return Span("PERSON", p.latin, "foreign_latin", noise)
        if script == "latin_t":
            return Span("PERSON", p.latin_t, "foreign_latin", noise)
        return Span("PERSON", p.hangul, "foreign_hangul", noise)
    v = p.name
    kind = "ko_name_2syl_surname" if len(p.sur) == 2 else "ko_name"
    if "spaced_name" in noise:
        v = nz(r, v, ["spaced_name"])
        kind = "ko_name_spaced"
    return Span("PERSON", v, kind, noise)


def NM(r, **kw):
    """A fresh Korean person (convenience)."""
    return Person(r, **kw)


def S_RRN(r, p, style="hyphen", noise=()):
    d = p.rrn()
    v = fmt_rrn(d, style)
    kind = "rrn_masked" if style.startswith("mask") else ("rrn_post2020" if p.birth >= datetime.date(2020, 10, 1) else "rrn_valid")
    if noise:
        v = nz(r, v, noise)
    return Span("KR_RRN", v, kind, noise)


def S_FRN(r, p, style="hyphen", noise=()):
    d = p.frn()
    v = fmt_rrn(d, style)
    kind = "frn_masked" if style.startswith("mask") else "frn_valid"
    if noise:
        v = nz(r, v, noise)
    return Span("KR_FRN", v, kind, noise)


def S_DOB(r, p, style=None, noise=()):
    style = style or pick(r, DOB_STYLES)
    v = fmt_dob(p.birth, style)
    if noise:
        v = nz(r, v, noise)
    return Span("DATE_OF_BIRTH", v, "dob_" + style, noise)


def S_MOB(r, p=None, style=None, noise=(), d=None):
    d = d or (p.phone() if p else "010" + str(r.randint(2, 9)) + digits(r, 7))
    style = style or wpick(r, [("hyphen", 10), ("plain", 2), ("space", 1), ("dot", 1), ("intl", 1)])
    v = fmt_phone(d, style)
    if noise:
        v = nz(r, v, noise)
    return Span("PHONE_NUMBER", v, "mobile_" + style, noise)


def S_TEL(r, d=None, style="hyphen", noise=(), kind="landline"):
    d = d or landline(r)
    if kind == "business" and style == "hyphen":
        style = wpick(r, [("hyphen", 7), ("paren", 2), ("dot", 1), ("space", 1)])
    v = fmt_phone(d, style)
    if noise:
        v = nz(r, v, noise)
    return Span("PHONE_NUMBER", v, kind + "_" + style, noise)


def S_EMAIL(r, p=None, v=None, noise=(), kind="email"):
    v = v or p.email()
    if noise:
        v = nz(r, v, noise)
    return Span("EMAIL_ADDRESS", v, kind, noise)


def S_EMAIL_OBF(r, p):
    """E-mail written in an anti-spam form: kim.minsu [at] naver.com, kim.minsu(골뱅이)naver(점)com ..."""
    local, dom = p.email().split("@")
    st = pick(r, ["at_br", "at_paren", "kor", "at_dot"])
    if st == "at_br":
        v = "%s [at] %s" % (local, dom)
    elif st == "at_paren":
        v = "%s(at)%s" % (local, dom)
    elif st == "kor":
        v = "%s(골뱅이)%s" % (local, dom.replace(".", "(점)"))
    else:
        v = "%s [at] %s" % (local, dom.replace(".", " [dot] "))
    return Span("EMAIL_ADDRESS", v, "email_obfuscated", ("obfuscated",))


def S_CARD(r, style=None, brand=None, noise=(), d=None):
    if d is None:
        brand, d = gen_card(r, brand)
    style = style or wpick(r, [("hyphen", 6), ("space", 2), ("plain", 2), ("mask_mid", 2)])
    v = fmt_card(d, style)
    if noise:
        v = nz(r, v, noise)
    return Span("CREDIT_CARD", v, "card_masked" if style.startswith("mask") else "card_luhn", noise)


def S_ACC(r, acc, style=None, noise=()):
    style = style or wpick(r, [("hyphen", 8), ("plain", 2), ("space", 1), ("mask", 1), ("dot", 1)])
    v = acc.fmt(style)
    if noise:
        v = nz(r, v, noise)
    return Span("KR_BANK_ACCOUNT", v, "acct_" + style + "_" + "-".join(map(str, acc.groups)), noise)


def S_PASS(r, p=None, new=None, noise=(), prefix=None):
    if p is not None and p.foreign:
        v, kind = foreign_passport(r, p)
    else:
        v, kind = kr_passport(r, new, prefix)
    if noise:
        v = nz(r, v, noise)
    return Span("KR_PASSPORT", v, kind, noise)


def S_DL(r, style=None, noise=()):
    v, kind = gen_dl(r, style)
    if noise:
        v = nz(r, v, noise)
    return Span("KR_DRIVER_LICENSE", v, kind, noise)


def S_PLATE(r, style=None, noise=(), v=None):
    if v is None:
        v, kind = gen_plate(r, style)
    else:
        kind = "plate_given"
    if noise:
        v = nz(r, v, noise)
    return Span("KR_VEHICLE_PLATE", v, kind, noise)


def S_HI(r, style=None, noise=()):
    v, kind = gen_hi(r, style)
    if noise:
        v = nz(r, v, noise)
    return Span("KR_HEALTH_INSURANCE", v, kind, noise)


def S_BRN(r, corp=None, noise=(), style="hyphen"):
    v, d = gen_brn(r, corp)
    if style == "plain":
        v = d
    if noise:
        v = nz(r, v, noise)
    return Span("KR_BRN", v, "brn_" + style, noise)


def S_CRN(r, noise=(), style="hyphen"):
    v = gen_crn(r)
    if style == "plain":
        v = v.replace("-", "")
    if noise:
        v = nz(r, v, noise)
    return Span("KR_CRN", v, "crn_" + style, noise)


def S_IP(r, kind=None):
    v, k = gen_ip(r, kind)
    return Span("IP_ADDRESS", v, k)


def S_ADDR(r, style=None, noise=(), addr=None):
    a = addr or Addr(r, style)
    v = a.value
    if noise:
        v = nz(r, v, noise)
    return Span("KR_ADDRESS", v, a.kind, noise)


def S_SPOKEN_PHONE(r, d=None, sep=None):
    d = d or "010" + str(r.randint(2, 9)) + digits(r, 7)
    g = [d[:3], d[3:-4], d[-4:]] if not d.startswith("02") else [d[:2], d[2:-4], d[-4:]]
    sep = sep or pick(r, [" ", "에 ", ", ", " 다시 ", "-"])
    zero = "공" if r.random() < 0.85 else "영"
    v = sep.join(spell(x, zero) for x in g)
    return Span("PHONE_NUMBER", v, "phone_spoken", ("hangul_digits",))


# ----- hard negatives ---------------------------------------------------------
def N_doc(r, dept=None):
    dept = dept or pick(r, DEPTS)
    return Neg(pick(r, ["%s-%d" % (dept, r.randint(100, 19999)), "%s-%d" % (dept, r.randint(10, 999))]), "document_number")


def N_taxdoc(r):
    return Neg(pick(r, ["부가46015-%d" % r.randint(10, 999), "재산세과-%d" % r.randint(10, 999),
                        "서면-%d-법인-%d" % (r.randint(2018, 2024), r.randint(100, 9999)),
                        "법인-%d" % r.randint(10, 999), "사전-%d-법규소득-%d" % (r.randint(2019, 2024), r.randint(100, 1999))]),
               "document_number")


def N_statute(r, key=None):
    pool = [x for x in STATUTES if key and any(k in x for k in key.split("|"))] or STATUTES
    return Neg(pick(r, pool), "statute_citation")


def N_case(r, criminal=False):
    y = r.randint(2015, 2024)
    if criminal:
        return Neg(pick(r, ["%d고단%d" % (y, r.randint(100, 9999)), "%d고정%d" % (y, r.randint(100, 2999)),
                            "%d고약%d" % (y, r.randint(1000, 99999)), "%d고합%d" % (y, r.randint(10, 999))]), "case_number")
    return Neg(pick(r, ["%d고단%d" % (y, r.randint(100, 9999)), "%d노%d" % (y, r.randint(100, 3999)),
                        "%d가단%d" % (y, r.randint(1000, 99999)), "%d구합%d" % (y, r.randint(100, 9999)),
                        "%d고약%d" % (y, r.randint(1000, 99999)), "%d두%d" % (y, r.randint(10000, 69999)),
                        "조심 %d서%d" % (y, r.randint(100, 9999)), "%d고합%d" % (y, r.randint(10, 999)),
                        "%d도%d" % (y, r.randint(1000, 19999))]), "case_number")


def N_receipt(r):
    return Neg(pick(r, ["%d%s-%02d%02d-%07d" % (r.randint(1, 9), pick(r, ["AA", "AB", "BA", "CA"]), r.randint(20, 25),
                                               r.randint(1, 12), r.randint(0, 9999999)),
                        "%d-%02d%02d-%05d" % (r.randint(2022, 2025), r.randint(1, 12), r.randint(1, 28), r.randint(1, 99999)),
                        "제%d-%05d호" % (r.randint(2021, 2025), r.randint(1, 99999))]), "receipt_number")


def N_pubid(r):
    return Neg(pick(r, ["%03d-%d-%04d" % (pick(r, [31, 32, 41, 51, 61]), r.randint(2015, 2025), r.randint(1, 9999)),
                        "%d%07d-00" % (r.randint(2022, 2025), r.randint(0, 9999999)),
                        "%d-%d-%06d" % (pick(r, [1101, 2611, 4113, 4719]), r.randint(2019, 2025), r.randint(1, 999999)),
                        "%05d-%03d-%05d" % (pick(r, [41135, 11440, 26350, 44133]), r.randint(100, 300), r.randint(1, 99999))]),
               "public_record_id")


def N_switch(agency):
    return Neg(agency[3], "switchboard")


def N_callcenter(r):
    nm, num = pick(r, CALLCENTERS)
    return nm, Neg(num, "switchboard")


def N_instaddr(agency):
    return Neg(agency[2], "institution_address")


def N_office(agency):
    return Neg(agency[1], "office_title")


def N_company(r):
    return Neg(pick(r, COMPANIES), "company_name")


def N_amount(r, lo=10, hi=5000):
    v = r.randint(lo, hi) * 1000
    return Neg(pick(r, ["{:,}원".format(v), "₩{:,}".format(v), "금{:,}원".format(v)]), "amount")


def N_postal(code):
    return Neg(code, "postal_code")


def N_version(r):
    return Neg(pick(r, ["10.0.%d.%d" % (r.randint(17000, 22631), r.randint(100, 4000)),
                        "v%d.%d.%d" % (r.randint(1, 9), r.randint(0, 30), r.randint(0, 99)),
                        "%d.%d.%d" % (r.randint(1, 24), r.randint(0, 12), r.randint(0, 999))]), "version_number")


def N_placeholder(r):
    return Neg(pick(r, ["홍길동", "김○○", "박**", "이○○", "정 모 씨", "최모씨", "A씨", "B씨", "갑", "을"]), "placeholder_person")


def N_phnum(r):
    return Neg(pick(r, ["000000-0000000", "XXXXXX-XXXXXXX", "******-*******", "YYMMDD-NNNNNNN"]), "placeholder_number")


def N_userid(r):
    return Neg(pick(r, ["u%05d" % r.randint(0, 99999), "emp_%04d" % r.randint(0, 9999), "usr%04d" % r.randint(0, 9999),
                        "admin%02d" % r.randint(1, 20), "svc_batch%02d" % r.randint(1, 9)]), "system_user_id")


def fdate(d, style="dot"):
    return {"dot": "%d. %d. %d." % (d.year, d.month, d.day), "korean": "%d년 %d월 %d일" % (d.year, d.month, d.day),
            "iso": d.isoformat(), "dotpad": "%d.%02d.%02d." % (d.year, d.month, d.day)}[style]


def recent(r, y0=2023, y1=2025):
    return rand_date(r, y0, y1)


# =============================================================================
# Validation
# =============================================================================
import ipaddress  # noqa: E402  (standard library)

DASHES = "‐‑‒–—―－"
HANGUL_DIGIT = {"공": "0", "영": "0", "일": "1", "이": "2", "삼": "3", "사": "4", "오": "5", "육": "6", "륙": "6",
                "칠": "7", "팔": "8", "구": "9"}
GIVEN_SET = dict.fromkeys(GIVEN_ALL)
SUR_LIST = [s for s, _ in SURNAMES] + SURNAMES2
SUR_SET = dict.fromkeys(SUR_LIST)


def norm_char(c):
    n = unicodedata.normalize("NFKC", c)
    return n if len(n) == 1 else c


def norm_text(s):
    """NFKC per character (offset preserving) and dash folding."""
    out = []
    for c in s:
        n = norm_char(c)
        out.append("-" if n in DASHES else n)
    return "".join(out)


def canon(v, noise):
    s = norm_text(v)
    if "confusable" in noise:
        s = s.translate(str.maketrans("OolISB", "001158"))
    if "space_in_number" in noise or "newline_in_number" in noise:
        s = re.sub(r"\s*-\s*", "-", s)
        s = re.sub(r"(?<=\d)\s+(?=\d)", "", s)
    if "hangul_digits" in noise:
        s = s.replace("다시", " ").replace("에", " ").replace(",", " ")
        s = "".join(HANGUL_DIGIT.get(c, c) for c in s)
    return s


SINO = {"일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9}
SINO_UNIT = {"십": 10, "백": 100, "천": 1000}


def sino(s):
    """Parse a Sino-Korean numeral (천구백팔십오 -> 1985)."""
    total, num = 0, 0
    for ch in s:
        if ch in SINO:
            num = SINO[ch]
        elif ch in SINO_UNIT:
            total += (num or 1) * SINO_UNIT[ch]
            num = 0
        else:
            return -1
    return total + num


def to_sino(n):
    out = ""
    for unit, name in ((1000, "천"), (100, "백"), (10, "십")):
        q, n = divmod(n, unit)
        if q:
            out += ("" if q == 1 else "일이삼사오육칠팔구"[q - 1]) + name
    if n:
        out += "일이삼사오육칠팔구"[n - 1]
    return out


def strip_sep(s):
    return re.sub(r"[\s\-.]", "", s)


def valid_ymd(y, m, d):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


def rrn_date_ok(d):
    g = int(d[6])
    cent = {1: 1900, 2: 1900, 5: 1900, 6: 1900, 3: 2000, 4: 2000, 7: 2000, 8: 2000, 9: 1800, 0: 1800}[g]
    y, m, dd = cent + int(d[:2]), int(d[2:4]), int(d[4:6])
    return valid_ymd(y, m, dd), (datetime.date(y, m, dd) if valid_ymd(y, m, dd) else None)


MASKCH = "*●X"


def check_value(typ, kind, v, noise):
    """Return an error string or None."""
    s = canon(v, noise)
    c = strip_sep(s)
    if typ in ("KR_RRN", "KR_FRN"):
        m = re.fullmatch(r"(\d{6})-?(\d)([\d*●X]{6})", re.sub(r"\s+", "", s))
        if not m:
            return "shape"
        d = m.group(1) + m.group(2) + m.group(3)
        ok, dt = rrn_date_ok(d[:7])
        if not ok:
            return "date"
        g = int(d[6])
        if typ == "KR_RRN" and g not in (1, 2, 3, 4):
            return "rrn gender"
        if typ == "KR_FRN" and g not in (5, 6, 7, 8):
            return "frn gender"
        if kind.endswith("masked"):
            masks = sum(ch in MASKCH for ch in d[7:])
            if masks < 5 or not all(ch in MASKCH for ch in d[-masks:]):
                return "mask"
            return None
        if not d.isdigit():
            return "digits"
        if kind == "rrn_valid":
            return None if rrn_check(d[:12]) == int(d[12]) and dt < datetime.date(2020, 10, 1) else "rrn check"
        if kind == "rrn_post2020":
            return None if rrn_check(d[:12]) != int(d[12]) and dt >= datetime.date(2020, 10, 1) else "post2020"
        if kind == "frn_valid":
            return None if frn_check(d[:12]) == int(d[12]) and int(d[7:9]) % 2 == 0 and d[11] in "6789" else "frn check"
        return "kind"
    if typ == "DATE_OF_BIRTH":
        t = s.strip()
        if kind == "dob_spoken":
            m = re.fullmatch(r"(\S+)년 ?(\S+)월 ?(\S+)일", v)
            if not m:
                return "spoken dob shape"
            y, mo, d = (sino(x.lstrip("공")) for x in m.groups())
            if y < 100:
                y += 1900 if y > 25 else 2000
            return None if valid_ymd(y, mo, d) and 1930 <= y <= 2025 else "spoken dob date"
        pats = [(r"(\d{4})\s*[.\-/년]\s*(\d{1,2})\s*[.\-/월]\s*(\d{1,2})\s*[.일]?", "ymd4"),
                (r"(\d{2})\s*[.년]\s*(\d{1,2})\s*[.월]\s*(\d{1,2})\s*[.일]?", "ymd2"),
                (r"(\d{2})(\d{2})(\d{2})", "ymd2"), (r"(\d{4})(\d{2})(\d{2})", "ymd4"),
                (r"(\d{1,2}) (?:(\d{1,2})월/)?([A-Z]{3}) (\d{4})", "dmy")]
        for p, how in pats:
            m = re.fullmatch(p, t)
            if m:
                if how == "dmy":
                    if m.group(3) not in MON_EN:
                        return "month"
                    y, mo, d = int(m.group(4)), MON_EN.index(m.group(3)) + 1, int(m.group(1))
                    if m.group(2) and int(m.group(2)) != mo:
                        return "month mismatch"
                else:
                    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
                    if how == "ymd2":
                        y += 1900 if y > 25 else 2000
                if not valid_ymd(y, mo, d) or not (1930 <= y <= 2025):
                    return "bad date"
                return None
        return "dob shape"
    if typ == "CREDIT_CARD":
        if kind == "card_masked":
            cc = c.replace("*", "x")
            if len(cc) not in (15, 16) or not cc[:6].isdigit() or not cc[-4:].isdigit() or "x" not in cc:
                return "card mask"
            return None
        if not c.isdigit() or len(c) not in (15, 16) or not luhn_ok(c):
            return "luhn"
        return None
    if typ == "KR_BANK_ACCOUNT":
        cc = c.replace("*", "0")
        if not cc.isdigit() or not (10 <= len(cc) <= 14):
            return "acct digits"
        if "-" in s:
            groups = tuple(len(x.strip()) for x in s.split("-"))
            if groups not in [b[1] for b in BANKS]:
                return "acct grouping %s" % (groups,)
        return None
    if typ == "KR_PASSPORT":
        t = c
        if kind == "passport_old":
            return None if re.fullmatch(r"[MSRGD]\d{8}", t) else "pp old"
        if kind == "passport_new":
            return None if re.fullmatch(r"[MSRGD]\d{3}[A-Z]\d{4}", t) else "pp new"
        return None if re.fullmatch(r"[A-Z0-9]{7,9}", t) and sum(ch.isdigit() for ch in t) >= 5 else "pp foreign"
    if typ == "KR_DRIVER_LICENSE":
        regs = "|".join(x for x, _ in DL_REGIONS)
        m = re.fullmatch(r"(%s|\d{2})-?(\d{2})-?(\d{6})-?(\d{2})" % regs, re.sub(r"\s+", "", s))
        if not m:
            return "dl shape"
        if m.group(1).isdigit() and m.group(1) not in [x for _, x in DL_REGIONS]:
            return "dl region"
        return None
    if typ == "KR_VEHICLE_PLATE":
        m = re.fullmatch(r"(?:(%s)\s?)?(\d{2,3})([가-힣])\s?(\d{4})" % "|".join(PLATE_REGIONS), s)
        if not m or m.group(3) not in PLATE_PRIVATE + "바사아자하허호배":
            return "plate"
        return None
    if typ == "KR_HEALTH_INSURANCE":
        return None if c.isdigit() and len(c) == 11 and c[0] != "0" else "hi"
    if typ == "KR_BRN":
        return None if c.isdigit() and len(c) == 10 and brn_check(c[:9]) == int(c[9]) else "brn"
    if typ == "KR_CRN":
        return None if (c.isdigit() and len(c) == 13 and crn_check(c[:12]) == int(c[12])
                        and crn_check_digitsum(c[:12]) == int(c[12])) else "crn"
    if typ == "PHONE_NUMBER":
        t = re.sub(r"[()\s\-.]", "", s)
        if t.startswith("+82"):
            t = "0" + t[3:]
        if re.fullmatch(r"01[016789][2-9]\d{6,7}", t) or re.fullmatch(r"070\d{8}", t):
            return None
        if re.fullmatch(r"02[2-9]\d{6,7}", t) or re.fullmatch(r"0(3[1-3]|4[1-4]|5[1-5]|6[1-4])[2-9]\d{6,7}", t):
            return None
        return "phone %s" % t
    if typ == "EMAIL_ADDRESS":
        t = s
        if kind == "email_obfuscated":
            t = re.sub(r"\s*[\[\(]\s*(at|골뱅이)\s*[\]\)]\s*", "@", t)
            t = re.sub(r"\s*[\[\(]\s*(dot|점)\s*[\]\)]\s*", ".", t)
        return None if re.fullmatch(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+", t) else "email"
    if typ == "IP_ADDRESS":
        try:
            ipaddress.ip_address(s)
            return None
        except ValueError:
            return "ip"
    if typ == "KR_ADDRESS":
        t = s.replace("\n", " ")
        heads = [x[0] for x in REGIONS] + [x[1] for x in REGIONS] + [d[0].split()[0] for x in REGIONS for d in x[2] if d[0]]
        if not any(t.startswith(h + " ") for h in heads):
            return "addr head"
        if not re.search(r"\d", t):
            return "addr number"
        return None
    if typ == "PERSON":
        t = v.replace("\n", " ")
        if kind in ("ko_name", "ko_name_2syl_surname"):
            for sur in SUR_LIST:
                if t.startswith(sur) and t[len(sur):] in GIVEN_SET:
                    return None
            return "ko name"
        if kind == "ko_name_spaced":
            u = t.replace(" ", "")
            return None if any(u.startswith(su) and u[len(su):] in GIVEN_SET for su in SUR_LIST) else "spaced"
        if kind == "foreign_latin":
            return None if any(t in (f[0], f[1]) for f in FOREIGN) else "foreign latin"
        if kind == "foreign_hangul":
            return None if any(t == f[2] for f in FOREIGN) else "foreign hangul"
        if kind == "name_part_latin":
            return None if re.fullmatch(r"[A-Z]+(?:[ -][A-Z]+)*", t) else "name part"
        if kind == "person_mrz":
            return None if re.fullmatch(r"[A-Z]+<<[A-Z<]+", t) else "mrz"
        if kind == "ko_name_roman":
            return None if re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+|[A-Z]+ [A-Z]+(?:[ -][A-Z]+)?", t) else "roman"
        return "person kind"
    return "type"


P_OUTSIDE = [
    ("mobile", re.compile(r"(?<!\d)01[016789][ .\-]?\d{3,4}[ .\-]?\d{4}(?!\d)")),
    ("tel", re.compile(r"(?<![\d\-])0\d{1,2}[)\-. ] ?\d{3,4}[\-. ]\d{4}(?![\d\-])")),
    ("tel15", re.compile(r"(?<!\d)1[5-9]\d{2}-\d{4}(?!\d)")),
    ("email", re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")),
    ("rrn", re.compile(r"(?<!\d)\d{6} ?- ?[\dX*●]{7}(?![\d*X●])")),
    ("d13", re.compile(r"(?<!\d)\d{13}(?!\d)")),
    ("card", re.compile(r"(?<!\d)\d{4}[ \-]?\d{4}[ \-]?\d{4}[ \-]?\d{4}(?!\d)")),
    ("ip", re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")),
    ("passport", re.compile(r"(?<![A-Za-z0-9])(?:[MSRGD]\d{8}|[MSRGD]\d{3}[A-Z]\d{4})(?![A-Za-z0-9])")),
    ("brn", re.compile(r"(?<![\d\-])\d{3}-\d{2}-\d{5}(?![\d\-])")),
    ("dl", re.compile(r"(?<!\d)\d{2}-\d{2}-\d{6}-\d{2}(?!\d)")),
    ("plate", re.compile(r"(?<![\d가-힣])\d{2,3} ?[%s] ?\d{4}(?!\d)" % (PLATE_PRIVATE + "바사아자하허호배"))),
    ("acct", re.compile(r"(?<![\d\-])\d{2,6}-\d{2,7}-\d{2,7}(?:-\d{1,3})?(?![\d\-])")),
    ("dob_label", re.compile(r"(?:생년월일|출생일|생일|Date of birth|DOB)\s*[:：]?\s*(?:\d{2,4}\s*[.\-/년]\s*\d{1,2}|\d{6})")),
]


def validate_record(text, spans, negs, no_pii):
    errs = []
    prev_end = 0
    for (s, e, typ, kind, noise, val) in spans:
        if not (0 <= s < e <= len(text)):
            errs.append("bounds")
            continue
        if s < prev_end:
            errs.append("overlap/order at %d" % s)
        prev_end = e
        if text[s:e] != val:
            errs.append("value mismatch")
        if text[s].isspace() or text[e - 1].isspace():
            errs.append("edge whitespace %r" % val)
        ce = check_value(typ, kind, val, noise)
        if ce:
            errs.append("%s %s %r: %s" % (typ, kind, val, ce))
    if no_pii and spans:
        errs.append("no-PII record has spans")
    if not no_pii and not spans:
        errs.append("PII record without spans")
    # every other occurrence of a labelled value must be covered
    covered = [(s, e) for (s, e, *_r) in spans]
    for (s, e, typ, kind, noise, val) in spans:
        i = text.find(val)
        while i >= 0:
            j = i + len(val)
            if not any(a <= i and j <= b for a, b in covered):
                errs.append("unlabelled repeat of %r at %d" % (val, i))
            i = text.find(val, i + 1)
    # PII-looking strings outside spans must be tagged hard negatives
    masked = list(norm_text(text))
    for (s, e, *_r) in spans:
        for k in range(s, e):
            masked[k] = "§"
    mtext = "".join(masked)

    def in_neg(a, b):
        return any(ns <= a and b <= ne for (ns, ne, _c, _v) in negs)

    for name, rx in P_OUTSIDE:
        for m in rx.finditer(mtext):
            a, b = m.start(), m.end()
            if name == "ip" and not all(int(x) <= 255 for x in m.group(0).split(".")):
                continue
            if name == "acct" and sum(ch.isdigit() for ch in m.group(0)) < 10:
                continue
            if not in_neg(a, b):
                errs.append("unlabelled %s %r" % (name, m.group(0)))
    # Korean names from the pools outside spans
    for i in range(len(mtext)):
        if i > 0 and "가" <= mtext[i - 1] <= "힣":
            continue
        for sur in (mtext[i:i + 2], mtext[i:i + 1]):
            if sur in SUR_SET:
                g = mtext[i + len(sur):i + len(sur) + 2]
                if g in GIVEN_SET and not in_neg(i, i + len(sur) + 2):
                    errs.append("unlabelled name-like %r" % mtext[i:i + len(sur) + 2])
    for f in FOREIGN:
        for form in (f[0], f[1], f[2]):
            i = mtext.find(form)
            while i >= 0:
                if not in_neg(i, i + len(form)):
                    errs.append("unlabelled foreign name %r" % form)
                i = mtext.find(form, i + 1)
    # negatives: in bounds and outside spans
    for (ns, ne, cat, val) in negs:
        if text[ns:ne] != val:
            errs.append("neg mismatch")
        if any(not (ne <= s or e <= ns) for (s, e, *_r) in spans):
            errs.append("neg overlaps span %r" % val)
    return errs


# =============================================================================
# Driver
# =============================================================================
TEMPLATES = []   # (name, function, count)


def template(count):
    def deco(fn):
        TEMPLATES.append((fn.__name__[2:], fn, count))
        return fn
    return deco




# =============================================================================
# Shared document parts
# =============================================================================
def official(r, ranks=None):
    return Person(r, y0=1962, y1=1999), pick(r, ranks or RANKS)


def agency_tel(r, ag, avoid=()):
    base = ag[4].replace("-", "")
    sw = ag[3].replace("-", "")
    while True:
        d = base + digits(r, 4)
        if d != sw and d not in avoid:
            return d


def agency_fax(r, ag, avoid=()):
    base = ag[5].replace("-", "")
    sw = ag[3].replace("-", "")
    while True:
        d = base + digits(r, 4)
        if d != sw and d not in avoid:
            return d


def homepage(ag):
    dom = ag[7]
    if dom == "korea.kr":
        return "https://www.korea.kr"
    return "https://www." + dom


def kyeoljae(r, b, ag, dept):
    """결재란 of a 기안문; returns the drafter (Person, rank)."""
    n = r.randint(2, 4)
    drafter = official(r, ["주무관", "주무관", "행정주사보", "행정주사", "연구사", "시설주사"])
    rev = official(r, ["팀장", "계장", "사무관"])
    fin = official(r, ["과장", "담당관", "국장", "소장"])
    co = official(r, ["주무관", "사무관", "팀장"]) if n >= 3 else None
    d = recent(r)
    style = pick(r, ["inline", "arrow", "table", "star", "lines"])
    jeon = r.random() < 0.6
    if style == "inline":
        b.f("기안자 {r1} {p1}   검토자 {r2} {p2}   결재권자 {r3} {p3}{j}\n",
            r1=drafter[1], p1=PN(drafter[0]), r2=rev[1], p2=PN(rev[0]), r3=fin[1], p3=PN(fin[0]),
            j="(전결)" if jeon else "")
    elif style == "arrow":
        b.f("{r1} {p1} → {r2} {p2} → {j}{r3} {p3}\n", r1=drafter[1], p1=PN(drafter[0]), r2=rev[1],
            p2=PN(rev[0]), r3=fin[1], p3=PN(fin[0]), j="전결 " if jeon else "")
    elif style == "table":
        b.f("| 기안 | 검토 | 결재 |\n| {r1} {p1} | {r2} {p2} | {j}{r3} {p3} |\n", r1=drafter[1], p1=PN(drafter[0]),
            r2=rev[1], p2=PN(rev[0]), r3=fin[1], p3=PN(fin[0]), j="전결 " if jeon else "")
    elif style == "star":
        b.f("★{r1} {p1}    {r2} {p2}    {r3}{j} {dt} {p3}\n", r1=drafter[1], p1=PN(drafter[0]), r2=rev[1],
            p2=PN(rev[0]), r3=fin[1], p3=PN(fin[0]), j=" 전결" if jeon else "", dt="%02d/%02d" % (d.month, d.day))
    else:
        b.f("기안자  {r1}  {p1}\n검토자  {r2}  {p2}\n결재권자  {r3}  {p3}{j}\n", r1=drafter[1], p1=PN(drafter[0]),
            r2=rev[1], p2=PN(rev[0]), r3=fin[1], p3=PN(fin[0]), j="  (전결 %s)" % fdate(d) if jeon else "")
    if co is not None:
        b.f("협조자  {r} {p}\n", r=co[1], p=PN(co[0]))
    elif r.random() < 0.5:
        b.t("협조자\n")
    return drafter


def gm_footer(r, b, ag, dept, drafter):
    d = recent(r)
    b.f("시행  {doc} ({d})    접수 {rec}\n", doc=N_doc(r, dept), d=fdate(d), rec=pick(r, ["", "", "(   .   .   .)"]))
    tel = agency_tel(r, ag)
    fax = agency_fax(r, ag, avoid=(tel,))
    em = S_EMAIL(r, v=drafter[0].email(domain=ag[7]))
    disc = pick(r, ["대국민 공개", "부분공개(6)", "공개", "비공개(6)", "부분공개(5)"])
    style = pick(r, ["std", "arrow", "compact", "switch"])
    if style == "std":
        b.f("우 {pc}  {addr}  / {hp}\n전화번호 {tel}  팩스번호 {fax}  / {em}  / {disc}\n",
            pc=N_postal(ag[6]), addr=N_instaddr(ag), hp=homepage(ag), tel=S_TEL(r, tel, kind="official"),
            fax=S_TEL(r, fax, kind="fax"), em=em, disc=disc)
    elif style == "arrow":
        b.f("우{pc} {addr}\n전화 {tel} / 전송 {fax} / {em} / {disc}\n", pc=N_postal(ag[6]), addr=N_instaddr(ag),
            tel=S_TEL(r, tel, kind="official"), fax=S_TEL(r, fax, kind="fax"), em=em, disc=disc)
    elif style == "compact":
        b.f("({pc}) {addr} ☎ {tel} FAX {fax} {em} {disc}\n", pc=N_postal(ag[6]), addr=N_instaddr(ag),
            tel=S_TEL(r, tel, kind="official"), fax=S_TEL(r, fax, kind="fax"), em=em, disc="/ " + disc)
    else:
        b.f("우 {pc} {addr} (대표전화 {sw})\n담당 {tel}  팩스 {fax}  전자우편 {em}  / {disc}\n",
            pc=N_postal(ag[6]), addr=N_instaddr(ag), sw=N_switch(ag), tel=S_TEL(r, tel, kind="official"),
            fax=S_TEL(r, fax, kind="fax"), em=em, disc=disc)


def dept_head(d):
    if d.endswith("담당관"):
        return d
    if d.endswith("과") or d.endswith("팀") or d.endswith("부"):
        return d + "장"
    return d


def gm_head(r, b, ag, title, recipient=None):
    b.f("{ag}\n", ag=ag[0])
    if recipient is None:
        recipient = pick(r, ["수신자 참조", "내부결재", "%s(%s)" % (pick(r, [a[1] for a in AGENCIES[:18]]), dept_head(pick(r, DEPTS)))])
        if "장(" in recipient:
            b.f("수신  {x}\n", x=Neg(recipient, "office_title"))
        else:
            b.f("수신  {x}\n", x=recipient)
    else:
        b.t("수신  ")
        b.add(recipient)
        b.t("\n")
    if r.random() < 0.4:
        b.t("(경유)\n")
    b.f("제목  {t}\n\n", t=title)


# =============================================================================
# Templates: 공문
# =============================================================================
@template(7)
def t_gm_residence(r, b):
    ag = pick(r, AGENCIES[5:18])
    dept = pick(r, ["주민자치과", "민원여권과", "행정지원과"])
    gm_head(r, b, ag, pick(r, ["주민등록 거주사실 조사 결과 통보", "무단전출자 거주불명 등록 예고 통보",
                                "주민등록 사실조사 결과 알림"]))
    p = Person(r)
    inv = official(r, ["주무관", "통장", "주무관"])
    d0 = recent(r)
    b.f("1. 관련: {doc} ({d})\n", doc=N_doc(r, dept), d=fdate(d0))
    b.f(pick(r, ["2. {st}에 따라 {m}월 정기 사실조사를 실시한 결과, 아래 사람이 신고된 주소에 실제로 거주하지 않는 것으로 확인되어 알려드립니다.\n",
                 "2. {st}에 근거하여 실시한 거주사실 조사에서 다음 세대원의 거주가 확인되지 않았기에 통보합니다.\n",
                 "2. 위 호와 관련하여 {m}월 중 현장 확인을 한 결과를 아래와 같이 알려드리오니 업무에 참고하시기 바랍니다.\n"]),
        st=N_statute(r, "주민등록"), m=str(d0.month))
    st = wpick(r, [("hyphen", 4), ("mask_star", 3), ("mask_dot", 1), ("mask_x", 1)])
    a = Addr(r)
    if r.random() < 0.5:
        b.f("  가. 대 상 자: {n} ({rrn})\n  나. 신고주소: {a}\n", n=PN(p), rrn=S_RRN(r, p, st), a=a.span())
    else:
        b.f("  가. 성    명: {n}\n  나. 주민등록번호: {rrn}\n  다. 주    소: ({pc}) {a}{ref}\n", n=PN(p), rrn=S_RRN(r, p, st),
            pc=N_postal(a.postal), a=a.span(), ref=(" " + a.ref) if a.style != "jibun" else "")
    b.f("  {k}. 조사결과: {res}\n  {k2}. 조 사 자: {rk} {inv}\n",
        k="라" if "다. 주" in b.text() else "다", res=pick(r, ["무단전출(현 거주지 불명)", "장기 부재(우편물 반송 3회)",
                                                              "건물 철거로 거주 불가", "실거주 확인 불가"]),
        k2="마" if "다. 주" in b.text() else "라", rk=inv[1], inv=PN(inv[0]))
    b.t(pick(r, ["3. 최고·공고 기간이 지나도 신고가 없으면 거주불명 등록할 예정이오니, 대상자가 전입 신고를 하는 경우 즉시 알려 주시기 바랍니다.\n",
                 "3. 대상자의 소재를 아시는 분은 주민센터로 연락하여 주시기 바랍니다.\n",
                 "3. 조사 결과에 이의가 있는 경우 통보일부터 10일 이내에 의견을 제출할 수 있습니다.\n"]))
    b.t("\n붙임  사실조사 결과서 1부.  끝.\n\n")
    b.f("{h}\n\n", h=N_office(ag))
    dr = kyeoljae(r, b, ag, dept)
    gm_footer(r, b, ag, dept, dr)
    return {"genre": "공문"}


@template(7)
def t_gm_penalty(r, b):
    ag = pick(r, AGENCIES[5:18])
    dept = pick(r, ["교통행정과", "주차관리과", "교통지도과"])
    p = Person(r)
    a = Addr(r)
    if r.random() < 0.5:
        rec = [PN(p), " 귀하  (우", N_postal(a.postal), ") ", a.span()]
    else:
        rec = [PN(p), " 님"]
    gm_head(r, b, ag, pick(r, ["주정차위반 과태료 부과 사전통지", "어린이보호구역 주정차위반 과태료 사전통지서",
                                "버스전용차로 위반 과태료 부과 사전 통지"]), recipient=rec)
    d0 = recent(r)
    b.f("1. {lead}\n", lead=pick(r, ["귀하 소유 차량이 아래와 같이 법규를 위반하여 단속되었음을 알려드립니다.",
                                      "귀하 명의로 등록된 자동차가 다음과 같이 무인단속장비에 적발되었습니다.",
                                      "아래 차량에 대하여 과태료를 부과할 예정임을 미리 알려드립니다."]))
    b.f("  ○ 차량번호: {pl}\n  ○ 소 유 자: {n}\n  ○ 위반일시: {d} {h:02d}:{mi:02d}\n  ○ 위반장소: {place}\n  ○ 근거법령: {st}\n  ○ 과태료: {am}\n",
        pl=S_PLATE(r), n=PN(p), d=fdate(d0), h=r.randint(7, 22), mi=r.randint(0, 59),
        place=pick(r, ["○○초등학교 정문 앞(어린이보호구역)", "시장 삼거리 버스정류장 앞", "중앙로 버스전용차로",
                       "소화전 5m 이내", "교차로 모퉁이"]), st=N_statute(r, "도로교통|주차장|질서위반"), am=N_amount(r))
    b.f("2. 의견이 있으시면 {d}까지 의견제출서를 제출하여 주시기 바랍니다. 기한 내 자진 납부 시 과태료의 20%가 감경됩니다.\n",
        d=fdate(d0 + datetime.timedelta(days=20)))
    nm, cc = N_callcenter(r)
    b.f("3. 납부 관련 문의: {nm} {cc}\n\n붙임  의견제출서 1부.  끝.\n\n{h}\n\n", nm=nm, cc=cc, h=N_office(ag))
    dr = kyeoljae(r, b, ag, dept)
    gm_footer(r, b, ag, dept, dr)
    return {"genre": "공문"}


@template(6)
def t_gm_passport_limit(r, b):
    ag = pick(r, AGENCIES[3:5] + AGENCIES[5:12])
    dept = pick(r, ["민원여권과", "여권과", "형사과"])
    gm_head(r, b, ag, pick(r, ["여권 발급 제한 대상자 통보", "여권 반납명령 요청", "여권의 효력 상실 통보"]))
    b.f("1. {st}에 따라 아래 사람에 대한 조치를 요청합니다.\n\n", st=N_statute(r, "여권법"))
    n = r.randint(1, 3)
    for k in range(n):
        p = Person(r, y0=1955, y1=2000)
        sty = pick(r, ["list", "table"])
        if sty == "list" or n == 1:
            b.f("  {k}) 성명: {nm} (생년월일 {dob})\n     여권번호: {pp}\n     사유: {why}\n",
                k=k + 1, nm=PN(p), dob=S_DOB(r, p, pick(r, ["dot_space", "dot_pad", "korean", "iso"])),
                pp=S_PASS(r, p), why=pick(r, ["장기 3년 이상 형에 해당하는 죄로 기소되어 재판 중", "기소중지(수배 중)",
                                               "추징금 2천만원 이상 미납", "국외 불법 체류 후 강제퇴거"]))
            if r.random() < 0.5:
                b.f("     관련 사건: {c}\n", c=N_case(r))
        else:
            b.f("  {k}) {nm} | {dob} | {pp}\n", k=k + 1, nm=PN(p), dob=S_DOB(r, p, pick(r, ["dot_pad_nodot", "iso", "yymmdd"])),
                pp=S_PASS(r, p))
    b.t(pick(r, ["\n2. 해당 여권은 즉시 효력을 정지하고, 발급 신청 접수 시 본 기관에 통보하여 주시기 바랍니다.  끝.\n\n",
                 "\n2. 대상자가 여권을 반납하지 않을 경우 관계 법령에 따라 조치할 예정입니다.  끝.\n\n"]))
    b.f("{h}\n\n", h=N_office(ag))
    dr = kyeoljae(r, b, ag, dept)
    gm_footer(r, b, ag, dept, dr)
    return {"genre": "공문"}


@template(7)
def t_gm_foreign_stay(r, b):
    ag = pick(r, AGENCIES[3:4] + AGENCIES[6:18])
    dept = pick(r, ["민원여권과", "출입국민원과", "주민자치과"])
    gm_head(r, b, ag, pick(r, ["외국인 체류지 변경신고 사실 통보", "등록외국인 전입 사실 통보", "외국인 근로자 체류지 확인 요청"]))
    b.f("1. {st}에 따라 관내에 체류지를 변경한 등록외국인을 다음과 같이 통보합니다.\n\n", st=N_statute(r, "출입국"))
    hdr = pick(r, [True, True, False])
    sep = pick(r, [" | ", "\t", "  "])
    if hdr:
        b.t(sep.join(["연번", "성명", "국적", "외국인등록번호", "여권번호", "신 체류지"]) + "\n")
    for k in range(r.randint(1, 4)):
        p = foreign_person(r, y0=1965, y1=2004)
        a = Addr(r, style=pick(r, ["road", "road_gu", "jibun", "road_gil"]))
        b.add([str(k + 1), sep, PN(p, pick(r, ["latin", "hangul"])), sep, p.nat, sep,
               S_FRN(r, p, pick(r, ["hyphen", "hyphen", "plain", "mask_star"])), sep, S_PASS(r, p), sep, a.span(), "\n"])
    b.t(pick(r, ["\n2. 체류지 변경일로부터 15일 이내 신고 여부를 확인하시고, 미신고자는 안내하여 주시기 바랍니다.  끝.\n\n",
                 "\n2. 위 외국인에 대한 사회통합프로그램 안내문을 발송하여 주시기 바랍니다.  끝.\n\n"]))
    b.f("{h}\n\n", h=N_office(ag))
    dr = kyeoljae(r, b, ag, dept)
    gm_footer(r, b, ag, dept, dr)
    return {"genre": "공문"}


@template(5)
def t_gm_subsidy(r, b):
    ag = pick(r, AGENCIES[5:18])
    dept = pick(r, ["일자리정책과", "기업지원과", "복지정책과"])
    gm_head(r, b, ag, pick(r, ["소상공인 경영안정 보조금 교부 결정 및 지급계좌 확인", "보조금 지급계좌 변경 확인 요청"]))
    self_emp = r.random() < 0.4
    p = Person(r, y0=1958, y1=1995)
    acc = Account(r)
    if self_emp:
        biz = pick(r, SELF_BIZ)
        b.f("1. {biz}(대표자 {p}, 사업자등록번호 {brn})에 대한 보조금 교부가 결정되었습니다.\n", biz=biz, p=PN(p), brn=S_BRN(r, corp=False))
        holder = [PN(p)]
    else:
        co = N_company(r)
        b.f("1. {co}(대표이사 {p}, 사업자등록번호 {brn}, 법인등록번호 {crn})에 대한 보조금 교부가 결정되었습니다.\n",
            co=co, p=PN(p), brn=S_BRN(r, corp=True), crn=S_CRN(r))
        holder = [Neg(co.value, "company_name")]
    b.f("2. 보조금은 아래 계좌로 지급할 예정이오니 예금주와 계좌번호를 확인하여 주시기 바랍니다.\n   - 은행: {bk}\n   - 계좌번호: {acc}\n   - 예금주: {h}\n   - 교부액: {am}\n",
        bk=acc.bank, acc=S_ACC(r, acc, pick(r, ["hyphen", "hyphen", "plain"])), h=holder, am=N_amount(r))
    b.f("3. 계좌가 다른 경우 {d}까지 통장 사본을 제출하여 주시기 바랍니다.  끝.\n\n{h}\n\n",
        d=fdate(recent(r)), h=N_office(ag))
    dr = kyeoljae(r, b, ag, dept)
    gm_footer(r, b, ag, dept, dr)
    return {"genre": "공문"}


@template(5)
def t_gm_seizure(r, b):
    ag = pick(r, AGENCIES[5:18])
    dept = pick(r, ["세무1과", "징수과", "세무과"])
    gm_head(r, b, ag, pick(r, ["체납자 소유 자동차 압류 등록 촉탁", "자동차 압류 해제 촉탁"]), recipient=pick(r, ["차량등록사업소장", "수신자 참조"]))
    p = Person(r, y0=1950, y1=1996)
    a = Addr(r)
    b.f("1. 지방세 체납액 징수를 위하여 아래 체납자 소유 자동차의 압류 등록을 촉탁합니다.\n", )
    b.f("  가. 체 납 자: {n} ({rrn})\n  나. 주    소: {a}\n  다. 등록번호: {pl} (차명: {car})\n  라. 체 납 액: {am} (자동차세 외 {k}건)\n",
        n=PN(p), rrn=S_RRN(r, p, pick(r, ["hyphen", "hyphen", "mask_star"])), a=a.span(),
        pl=S_PLATE(r, pick(r, ["two", "three", "region"])), car=pick(r, ["쏘나타", "아반떼", "K5", "스포티지", "포터Ⅱ", "그랜저"]),
        am=N_amount(r), k=r.randint(1, 6))
    b.f("  마. 근거: {st}\n\n붙임  압류 조서 1부.  끝.\n\n{h}\n\n", st=N_statute(r, "자동차관리|질서위반"), h=N_office(ag))
    dr = kyeoljae(r, b, ag, dept)
    gm_footer(r, b, ag, dept, dr)
    return {"genre": "공문"}


@template(5)
def t_gm_training(r, b):
    ag = pick(r, AGENCIES)
    dept = pick(r, DEPTS)
    gm_head(r, b, ag, pick(r, ["2025년 개인정보 보호 교육 실시 협조 요청", "정보보안 담당자 워크숍 참석 요청",
                                "민원 응대 역량강화 교육 안내"]))
    d0 = recent(r)
    lec = Person(r, y0=1965, y1=1990)
    b.f("1. 관련: {st}\n2. 우리 기관에서는 아래와 같이 교육을 실시하고자 하오니, 소속 직원이 참석할 수 있도록 협조하여 주시기 바랍니다.\n",
        st=N_statute(r, "개인정보"))
    b.f("  가. 일시: {d} 14:00~17:00\n  나. 장소: 본관 {fl}층 대회의실\n  다. 강사: {lec} ({org})\n  라. 대상: 개인정보취급자 및 분임개인정보보호책임자\n",
        d=fdate(d0), fl=r.randint(2, 9), lec=PN(lec),
        org=pick(r, ["한국인터넷진흥원 책임연구원", "○○대학교 교수", "개인정보보호위원회 사무관", "법무법인 변호사"]))
    contact = official(r)
    b.f("3. 참석 인원은 {d}까지 담당자 {rk} {p}({em})에게 제출하여 주시기 바랍니다.  끝.\n\n{h}\n\n",
        d=fdate(d0 - datetime.timedelta(days=7)), rk=contact[1], p=PN(contact[0]),
        em=S_EMAIL(r, contact[0], v=contact[0].email(domain=ag[7])), h=N_office(ag))
    dr = kyeoljae(r, b, ag, dept)
    gm_footer(r, b, ag, dept, dr)
    return {"genre": "공문"}


@template(5)
def t_gm_hi_worker(r, b):
    ag = pick(r, AGENCIES[18:19] + AGENCIES[1:2])
    dept = pick(r, ["자격부과부", "보험급여부", "자격관리팀"])
    gm_head(r, b, ag, pick(r, ["직장가입자 자격 취득 신고 누락자 통보", "피부양자 자격 상실 안내"]))
    co = N_company(r)
    b.f("1. 사업장 지도점검 결과, 아래 근로자의 직장가입자 자격 취득 신고가 누락된 것으로 확인되었습니다.\n  ○ 사업장: {co} (사업장관리번호 {pid})\n",
        co=co, pid=N_pubid(r))
    for _ in range(r.randint(1, 3)):
        p = Person(r, y0=1960, y1=2003)
        b.f("  ○ 근로자: {n} / 생년월일 {dob} / 건강보험증번호 {hi} / 입사일 {d}\n", n=PN(p),
            dob=S_DOB(r, p, pick(r, ["dot_space", "dot_pad", "iso", "yy_dot"])), hi=S_HI(r), d=fdate(recent(r, 2023, 2024)))
    b.f("2. {d}까지 자격취득 신고서를 제출하지 않으면 {st}에 따라 과태료가 부과될 수 있습니다.  끝.\n\n{h}\n\n",
        d=fdate(recent(r)), st=N_statute(r, "건강보험"), h=N_office(ag))
    dr = kyeoljae(r, b, ag, dept)
    gm_footer(r, b, ag, dept, dr)
    return {"genre": "공문"}


@template(6)
def t_gm_license(r, b):
    ag = pick(r, AGENCIES[19:20] + AGENCIES[5:12])
    dept = pick(r, ["교통조사계", "면허관리팀", "교통행정과"])
    p = Person(r, y0=1955, y1=2003)
    a = Addr(r)
    gm_head(r, b, ag, pick(r, ["운전면허 정지처분 사전통지", "운전면허 취소처분 결정 통지", "운전면허 적성검사 미필자 안내"]),
            recipient=[PN(p), " 귀하"])
    b.f(" 성    명: {n}        생년월일: {dob}\n 면허번호: {dl}\n 주    소: {a}\n",
        n=PN(p), dob=S_DOB(r, p, pick(r, ["dot_space", "dot_pad", "korean", "yymmdd"])), dl=S_DL(r), a=a.span())
    d0 = recent(r)
    b.f(pick(r, [" 처분내용: 운전면허 정지 {k}일 (벌점 {k}점)\n 처분사유: {d} 혈중알코올농도 0.0{x}% 상태에서 {pl} 승용차 운전\n",
                 " 처분내용: 운전면허 취소 (결격기간 1년)\n 처분사유: {d} {pl} 화물차로 음주측정 불응(누산벌점 {k}점)\n",
                 " 안내사항: 정기 적성검사 기간({d})이 지났습니다. {pl} 차량 관련 과태료가 함께 부과될 수 있습니다. (정지 대상 벌점 {k}점, 수치 0.0{x}%)\n"]),
        k=pick(r, [40, 60, 100, 110]), d=fdate(d0), x=r.randint(31, 79), pl=S_PLATE(r))
    b.f(" 근거법령: {st}\n\n위 처분에 이의가 있는 경우 처분이 있음을 안 날부터 90일 이내에 행정심판을 청구할 수 있습니다.\n\n{h}\n\n",
        st=N_statute(r, "도로교통"), h=N_office(ag))
    dr = kyeoljae(r, b, ag, dept)
    gm_footer(r, b, ag, dept, dr)
    return {"genre": "공문"}


@template(5)
def t_gm_breach(r, b):
    ag = pick(r, AGENCIES)
    dept = pick(r, ["정보통신과", "디지털정책과", "감사담당관"])
    gm_head(r, b, ag, pick(r, ["개인정보 유출 사실 신고 및 조치 결과 보고", "홈페이지 해킹 시도 탐지 결과 보고"]),
            recipient="개인정보보호위원회위원장")
    d0 = recent(r)
    b.f("1. 관련: {st}\n2. 우리 기관 {sys}에서 {d} 관리자 계정 도용으로 인한 개인정보 유출이 확인되어 다음과 같이 보고합니다.\n",
        st=N_statute(r, "개인정보"), sys=pick(r, ["민원예약시스템", "체육시설 대관 홈페이지", "평생학습 수강신청 시스템"]), d=fdate(d0))
    ips = [S_IP(r, pick(r, ["public", "public", "v6"])) for _ in range(r.randint(1, 3))]
    pieces = []
    for k, ip in enumerate(ips):
        pieces += ([", "] if k else []) + [ip]
    b.f("  가. 유출 경위: 해외 IP({ips})에서 관리자 페이지에 접속하여 회원 목록을 내려받음\n  나. 유출 항목: 성명, 휴대전화번호, 이메일(주민등록번호 미포함)\n  다. 유출 규모: {n:,}명\n",
        ips=pieces, n=r.randint(120, 9000))
    p = Person(r)
    b.f("  라. 정보주체 통지 예시: {nm} 님({ph}, {em})께 {d} 문자 및 전자우편으로 통지\n",
        nm=PN(p), ph=S_MOB(r, p), em=S_EMAIL(r, p), d=fdate(d0 + datetime.timedelta(days=2)))
    b.f("3. 침입 IP 차단, 관리자 비밀번호 변경, 접근통제 강화 조치를 완료하였습니다.  끝.\n\n{h}\n\n", h=N_office(ag))
    dr = kyeoljae(r, b, ag, dept)
    gm_footer(r, b, ag, dept, dr)
    return {"genre": "공문"}


# =============================================================================
# Templates: 민원 처리 결과 회신
# =============================================================================
def mw_open(r, b, ag, subject):
    style = pick(r, ["gratitude", "sinmungo", "greeting", "plain"])
    if style == "gratitude":
        b.f("1. 평소 {a} 행정에 관심을 가져 주신 데 대하여 감사드립니다.\n2. 귀하께서 제기하신 {s} 관련 민원(접수번호 {n})에 대한 처리 결과를 다음과 같이 알려드립니다.\n",
            a=ag[0], s=subject, n=N_receipt(r))
    elif style == "sinmungo":
        b.f("귀하께서 국민신문고를 통하여 신청하신 민원(신청번호 {n})에 대한 검토 결과를 아래와 같이 회신합니다.\n\n□ 민원 요지\n  ○ {s}에 관한 질의\n\n□ 검토 결과\n",
            n=N_receipt(r), s=subject)
    elif style == "greeting":
        b.f("안녕하십니까? {a}입니다.\n{s} 문제로 불편을 겪으셨다니 죄송한 마음입니다. 보내 주신 의견(접수 {n})을 꼼꼼히 살펴본 결과를 말씀드립니다.\n\n",
            a=ag[0], s=subject, n=N_receipt(r))
    else:
        b.f("제목: {s} 관련 민원 회신\n\n", s=subject)


def mw_close(r, b, ag, dept):
    o = official(r)
    tel = agency_tel(r, ag)
    style = pick(r, ["contact", "paren", "callcenter", "both"])
    if style == "contact":
        b.f("\n기타 궁금하신 사항은 {a} {d} {rk} {p}(☎ {t})에게 연락 주시면 친절히 안내해 드리겠습니다. 감사합니다.\n",
            a=ag[0], d=dept, rk=o[1], p=PN(o[0]), t=S_TEL(r, tel, kind="official"))
    elif style == "paren":
        b.f("\n(담당: {d} {p}, 전화 {t}, 전자우편 {e})\n", d=dept, p=PN(o[0]), t=S_TEL(r, tel, kind="official"),
            e=S_EMAIL(r, v=o[0].email(domain=ag[7])))
    elif style == "callcenter":
        nm, cc = pick(r, [("정부24 콜센터", Neg("1588-2188", "switchboard")), ("정부민원안내콜센터", Neg("110", "switchboard"))])
        b.f("\n추가로 궁금하신 점은 {nm}({cc}) 또는 {d}(대표 {sw})로 문의하시기 바랍니다.\n", nm=nm, cc=cc, d=dept, sw=N_switch(ag))
    else:
        nm, cc = pick(r, [("정부24 콜센터", Neg("1588-2188", "switchboard")), ("정부민원안내콜센터", Neg("110", "switchboard"))])
        b.f("\n※ 문의: {d} {rk} {p} ({t}) / 야간·휴일에는 {nm} {cc}\n", d=dept, rk=o[1], p=PN(o[0]),
            t=S_TEL(r, tel, kind="official"), nm=nm, cc=cc)
    b.f("\n{d}\n{h}\n", d=fdate(recent(r), pick(r, ["dot", "korean"])), h=N_office(ag))


@template(6)
def t_mw_parking(r, b):
    ag = pick(r, AGENCIES[5:18])
    dept = pick(r, ["교통행정과", "주차관리과"])
    mw_open(r, b, ag, "주정차 위반 과태료 이의신청")
    p = Person(r)
    d0 = recent(r)
    pl = S_PLATE(r)
    b.f(pick(r, ["  ○ 귀하께서 {d} {pl} 차량에 부과된 과태료에 대하여 이의를 제기하신 사안은, 단속 당시 사진 2매와 CCTV 영상을 확인한 결과 정차 시간이 5분을 넘은 것으로 확인되어 부득이 받아들이기 어렵습니다.\n",
                 "  ○ {d} 단속된 차량({pl})은 장애인 전용 주차구역 표지 확인 결과 보호자 동승이 인정되어 과태료 부과를 취소하였습니다.\n",
                 "  ○ 신청인 차량 {pl}의 {d} 단속 건은 긴급 상황(환자 이송) 증빙이 제출되어 의견진술 심의위원회에서 면제로 의결되었습니다.\n"]),
        d=fdate(d0), pl=pl)
    b.f("  ○ 차량 소유자: {n}\n", n=PN(p)) if r.random() < 0.6 else b.f("  ○ 신청인 {n} 님의 주소지({a})로 결과 통지서를 함께 발송하였습니다.\n", n=PN(p), a=S_ADDR(r))
    b.f("  ○ 관련 규정: {st}\n", st=N_statute(r, "도로교통|주차장|질서위반"))
    mw_close(r, b, ag, dept)
    return {"genre": "민원 회신"}


@template(6)
def t_mw_hi_refund(r, b):
    ag = AGENCIES[18]
    dept = pick(r, ["보험급여부", "자격부과부", "징수부"])
    mw_open(r, b, ag, pick(r, ["건강보험료 과오납 환급", "지역가입자 보험료 조정", "피부양자 등록"]))
    p = Person(r, y0=1940, y1=1995)
    acc = Account(r)
    b.f(pick(r, ["  가. 민원인 {n} 님(건강보험증 번호 {hi})의 과오납 보험료 {am}은 신청하신 {bk} 계좌({acc})로 {d}에 환급될 예정입니다.\n",
                 "  가. {n} 님의 건강보험증({hi})에 대한 보험료 재산정 결과 {am}이 환급 대상으로 확인되었습니다. 지급 계좌는 {bk} {acc}입니다. (지급예정일 {d})\n",
                 "  가. 환급금 {am}은 {d} {bk}({acc}, 예금주 {n})로 입금되며, 건강보험증번호는 {hi}로 동일합니다.\n"]),
        n=PN(p), hi=S_HI(r), am=N_amount(r), bk=acc.bank, acc=S_ACC(r, acc), d=fdate(recent(r)))
    if r.random() < 0.5:
        b.f("  나. 환급 결과는 등록하신 휴대전화({ph})로 문자 안내드릴 예정입니다.\n", ph=S_MOB(r, p))
    mw_close(r, b, ag, dept)
    return {"genre": "민원 회신"}


@template(6)
def t_mw_card(r, b):
    ag = ("금융감독원", "금융감독원장", "서울특별시 영등포구 여의대로 38 금융감독원", "02-3145-5114", "02-3145-", "02-3145-", "07321", "fss.or.kr")
    dept = pick(r, ["분쟁조정국", "소비자보호과", "금융민원팀"])
    mw_open(r, b, ag, pick(r, ["신용카드 부정사용 피해", "카드 해외 결제 취소", "카드 명의도용"]))
    p = Person(r)
    iss = pick(r, CARD_ISSUERS)
    card = S_CARD(r, pick(r, ["hyphen", "mask_mid", "mask_mid", "space", "mask_8"]))
    d0 = recent(r)
    b.f(pick(r, ["  ○ 귀하 명의의 {iss}({c})로 {d} 해외 가맹점에서 결제된 {am}은 카드사 조사 결과 부정사용으로 인정되어 전액 보상 처리되었습니다.\n",
                 "  ○ {n} 님이 신고하신 카드번호 {c}의 {d} 승인 건({am})은 본인 사용 여부 확인을 위해 {iss}에 이첩하였습니다.\n",
                 "  ○ 분실 신고 접수 전인 {d}에 발생한 {am}의 결제(카드번호 {c})는 「여신전문금융업법」에 따라 신고일 60일 전부터 보상 대상입니다.\n"]),
        iss=iss, c=card, d=fdate(d0), am=N_amount(r), n=PN(p))
    b.f("  ○ 처리 결과는 {n} 님의 휴대전화 {ph}로도 안내해 드렸습니다.\n", n=PN(p), ph=S_MOB(r, p))
    mw_close(r, b, ag, dept)
    return {"genre": "민원 회신"}


@template(6)
def t_mw_license(r, b):
    ag = AGENCIES[19]
    dept = pick(r, ["면허관리팀", "민원실"])
    mw_open(r, b, ag, pick(r, ["운전면허 갱신", "적성검사 기간 연기", "운전면허증 재발급"]))
    p = Person(r, y0=1945, y1=2001)
    dl = S_DL(r)
    b.f(pick(r, ["  ○ 귀하의 운전면허(면허번호 {dl})는 {d}까지 정기 적성검사를 받으셔야 합니다. 해외 체류 증빙을 제출하시면 귀국 후 3개월까지 연기가 가능합니다.\n",
                 "  ○ 문의하신 {n} 님(생년월일 {dob})의 면허번호 {dl}은 현재 유효하며, 갱신 기간은 {d}까지입니다.\n",
                 "  ○ 면허증을 분실하신 경우 가까운 운전면허시험장이나 경찰서에서 재발급받을 수 있습니다. 조회된 면허번호는 {dl}이며, 생년월일은 {dob}로 확인됩니다.\n"]),
        dl=dl, d=fdate(recent(r, 2025, 2027)), n=PN(p), dob=S_DOB(r, p, pick(r, ["dot_space", "korean", "dot_pad"])))
    if r.random() < 0.5:
        b.f("  ○ 신청인: {n} / 연락처 {ph}\n", n=PN(p), ph=S_MOB(r, p))
    mw_close(r, b, ag, dept)
    return {"genre": "민원 회신"}


@template(6)
def t_mw_foreign(r, b):
    ag = pick(r, [AGENCIES[3]] + AGENCIES[6:12])
    dept = pick(r, ["체류관리과", "출입국민원과", "민원여권과"])
    mw_open(r, b, ag, pick(r, ["체류기간 연장", "외국인등록증 재발급", "체류자격 변경"]))
    p = foreign_person(r, y0=1970, y1=2004)
    scr = pick(r, ["latin", "hangul", "latin_t"])
    b.f(pick(r, ["  ○ {n}(외국인등록번호 {frn}) 님의 체류기간 연장 신청은 여권(번호 {pp}) 유효기간이 6개월 미만으로 남아 있어 여권 재발급 후 다시 신청하셔야 합니다.\n",
                 "  ○ 신청인 {n}, 국적 {nat}, 여권번호 {pp}, 외국인등록번호 {frn}에 대한 등록증 재발급이 완료되었습니다. 방문 수령 시 신분증을 지참하십시오.\n",
                 "  ○ 고용주가 제출한 서류에 기재된 {n}의 외국인등록번호({frn})와 여권번호({pp})가 일치하지 않아 보완을 요청드립니다.\n"]),
        n=PN(p, scr), frn=S_FRN(r, p, pick(r, ["hyphen", "hyphen", "mask_star"])), pp=S_PASS(r, p), nat=p.nat)
    if r.random() < 0.5:
        b.f("  ○ 결과 안내 연락처: {ph}\n", ph=S_MOB(r, p))
    mw_close(r, b, ag, dept)
    return {"genre": "민원 회신"}


@template(6)
def t_mw_info(r, b):
    ag = pick(r, AGENCIES[:18])
    dept = pick(r, DEPTS)
    p = Person(r)
    b.f("정보 (부분)공개 결정 통지서\n\n청구인 성명: {n}\n전자우편: {e}\n접수번호: {rc}\n\n", n=PN(p), e=S_EMAIL(r, p), rc=N_receipt(r))
    b.f(pick(r, ["청구하신 「{t}」 정보는 {st}에 따라 개인에 관한 사항을 제외하고 부분공개합니다.\n공개 방법: 전자우편({e})\n",
                 "귀하가 청구한 {t} 자료 중 개인정보가 포함된 부분은 비공개하고 나머지를 공개하기로 결정하였습니다. 근거: {st}\n사본은 {e}로 송부합니다.\n"]),
        t=pick(r, ["2024년 업무추진비 집행내역", "○○공원 조성사업 설계도서", "관내 CCTV 설치 현황", "위원회 회의록"]),
        st=N_statute(r, "정보공개"), e=S_EMAIL(r, p))
    mw_close(r, b, ag, dept)
    return {"genre": "민원 회신"}


@template(6)
def t_mw_noise(r, b):
    ag = pick(r, AGENCIES[5:18])
    dept = pick(r, ["환경위생과", "건축과", "공동주택과"])
    k = r.randrange(3)
    mw_open(r, b, ag, ["야간 소음", "공사장 소음", "불법 현수막"][k])
    p = Person(r)
    a = Addr(r, style=pick(r, ["road", "road_short", "jibun"]))
    b.f((["  ○ 귀하(주소: {a}, 연락처 {ph})께서 제기하신 민원에 대하여 {d} 현장을 방문하여 소음도를 측정한 결과 주간 기준(55dB)을 초과한 사실을 확인하였습니다.\n",
                 "  ○ 민원인 {n} 님 댁({a}) 인근 공사장에 대해 {d} 작업시간 준수를 명령하였으며, 이행 여부는 {ph}{ro} 알려드리겠습니다.\n",
                 "  ○ {n} 님께서 알려 주신 {a} 앞 불법 현수막은 {d} 모두 철거하였습니다. 추가 제보는 담당자에게 문자({ph})로 보내 주셔도 됩니다.\n"][k]),
        a=a.span(), ph=S_MOB(r, p, "hyphen"), ro=josa(fmt_phone(p.phone()), "으로/로"), d=fdate(recent(r)), n=PN(p))
    mw_close(r, b, ag, dept)
    return {"genre": "민원 회신"}


@template(5)
def t_mw_privacy(r, b):
    ag = pick(r, AGENCIES)
    dept = pick(r, ["정보통신과", "감사담당관", "총무과"])
    mw_open(r, b, ag, "개인정보 열람 청구")
    p = Person(r)
    b.f("  ○ 청구인 {n} 님(주민등록번호 {rrn})의 개인정보 처리 내역을 확인한 결과, 우리 기관이 보유한 항목은 성명, 주소, 휴대전화번호({ph}), 전자우편({e})입니다.\n",
        n=PN(p), rrn=S_RRN(r, p, pick(r, ["mask_star", "mask_star", "mask_dot", "mask_x", "mask_star_part"])), ph=S_MOB(r, p), e=S_EMAIL(r, p))
    b.f("  ○ 보유기간: 민원 처리 후 {y}년 / 근거: {st}\n", y=pick(r, [3, 5, 10]), st=N_statute(r, "개인정보"))
    mw_close(r, b, ag, dept)
    return {"genre": "민원 회신"}


@template(5)
def t_mw_biz(r, b):
    ag = pick(r, AGENCIES[5:18])
    dept = pick(r, ["위생과", "지역경제과", "세무1과"])
    mw_open(r, b, ag, pick(r, ["영업신고", "소상공인 지원금", "옥외광고물 허가"]))
    p = Person(r, y0=1955, y1=1998)
    biz = pick(r, SELF_BIZ)
    a = Addr(r, style=pick(r, ["road", "road_gu", "road_gil"]))
    b.f(pick(r, ["  ○ {biz}(사업자등록번호 {brn}, 대표 {n})의 영업신고는 {d}자로 수리되었습니다. 사업장 소재지는 {a}입니다.\n",
                 "  ○ 신청하신 지원금은 사업자등록번호 {brn}으로 조회한 결과 매출 감소 요건을 충족하여 지급 대상입니다. (상호: {biz}, 대표자: {n}, 사업장: {a}, 결정일 {d})\n"]),
        biz=biz, brn=S_BRN(r, corp=False), n=PN(p), d=fdate(recent(r)), a=a.span())
    if r.random() < 0.5:
        b.f("  ○ 사업장 전화({t})로 확인 연락을 드릴 예정입니다.\n", t=S_TEL(r, kind="business"))
    mw_close(r, b, ag, dept)
    return {"genre": "민원 회신"}


@template(14)
def t_mw_nopii(r, b):
    ag = pick(r, AGENCIES)
    dept = pick(r, DEPTS)
    mw_open(r, b, ag, pick(r, ["주민등록증 재발급 절차", "여권 발급 소요기간", "개인정보 처리방침", "체납 세금 분할 납부",
                               "운전면허 적성검사", "외국인등록 절차"]))
    ph = N_placeholder(r)
    b.f(pick(r, ["  ○ 민원인({ph})께서 문의하신 사항은 {st}에 따라 처리되며, 신청서 작성 예시는 붙임 서식(성명란 예: 홍길동)을 참고하시기 바랍니다.\n",
                 "  ○ 질의하신 내용은 {st}의 해석에 관한 것으로, 유사 사례({doc})에서도 같은 입장을 밝힌 바 있습니다. 신청인 {ph}의 개별 사정은 방문 상담으로 확인하겠습니다.\n",
                 "  ○ 서식의 주민등록번호란에는 예시로 {pn}를 적어 두었으니 실제 번호로 바꾸어 작성하시면 됩니다. ({st})\n"]),
        ph=ph, st=N_statute(r, "민원|주민등록|여권|출입국"), doc=N_doc(r), pn=N_phnum(r))
    b.f("  ○ 처리기간은 접수일부터 {k}일이며, 수수료는 {am}입니다.\n", k=r.randint(3, 20), am=N_amount(r, 1, 50))
    nm, cc = N_callcenter(r)
    b.f("\n추가 문의: {nm}({cc}), 정부민원안내콜센터 {s}\n\n{d}\n{h}\n", nm=nm, cc=cc, s=Neg("110", "switchboard"),
        d=fdate(recent(r)), h=N_office(ag))
    return {"genre": "민원 회신", "no_pii": True}


# =============================================================================
# Templates: 보도자료
# =============================================================================
QUOTE_VERBS = ["말했다", "밝혔다", "강조했다", "덧붙였다", "설명했다", "전했다"]


def qv(r, quote):
    cop = "이라" if has_batchim(quote) else "라"
    if r.random() < 0.15:
        return '"%s"며 소감을 전했다' % quote if quote.endswith("다") else '"%s"%s며 소감을 전했다' % (quote, cop)
    v = pick(r, QUOTE_VERBS)
    if quote.endswith("다"):
        return '"%s"고 %s' % (quote, v)
    return '"%s"%s고 %s' % (quote, cop, v)


def head_title(ag):
    for suf in ["장관", "구청장", "시장", "지사장", "시험장장", "청장", "원장", "도지사"]:
        if ag[1].endswith(suf):
            return suf
    return "기관장"


def pr_head(r, b, ag):
    d = recent(r)
    wd = "월화수목금토일"[d.weekday()]
    b.f("보도자료\n보도 일시: {d}({w}) {h}:00 이후\n배포 일시: {d2}\n", d=fdate(d), w=wd, h=pick(r, ["06", "09", "11", "12", "14"]),
        d2=fdate(d - datetime.timedelta(days=1)))


def pr_contact(r, b, ag, dept):
    boss = official(r, ["과장", "팀장", "담당관"])
    st = official(r, ["사무관", "주무관", "연구관", "서기관"])
    t1 = agency_tel(r, ag)
    t2 = agency_tel(r, ag, avoid=(t1,))
    style = pick(r, ["block", "table", "line"])
    if style == "block":
        b.f("\n담당 부서: {d}\n책임자: {r1} {p1} ({t1})\n담당자: {r2} {p2} ({t2})\n", d=dept, r1=boss[1], p1=PN(boss[0]),
            t1=S_TEL(r, t1, kind="official"), r2=st[1], p2=PN(st[0]), t2=S_TEL(r, t2, kind="official"))
    elif style == "table":
        b.f("\n| 담당 부서 | {d} | 책임자 | {r1} | {p1} | {t1} |\n|  |  | 담당자 | {r2} | {p2} | {t2} |\n", d=dept,
            r1=boss[1], p1=PN(boss[0]), t1=S_TEL(r, t1, kind="official"), r2=st[1], p2=PN(st[0]),
            t2=S_TEL(r, t2, kind="official"))
    else:
        b.f("\n※ 문의: {d} {r2} {p2}(☎{t2}, {e})\n", d=dept, r2=st[1], p2=PN(st[0]), t2=S_TEL(r, t2, kind="official"),
            e=S_EMAIL(r, v=st[0].email(domain=ag[7])))


@template(8)
def t_pr_award(r, b):
    ag = pick(r, AGENCIES[:18])
    dept = pick(r, ["홍보담당관", "복지정책과", "일자리정책과", "청년정책팀", "주민자치과"])
    pr_head(r, b, ag)
    ev = pick(r, ["제12회 자랑스러운 시민상", "2025년 모범 납세자 표창", "올해의 자원봉사자상", "다문화가족 화합상",
                  "청년 창업 경진대회", "생활 속 안전 지킴이 시상식"])
    b.f("\n{ev} 수상자 {n}명 선정\n- {d} 시청 대강당에서 시상식 개최 -\n\n", ev=ev, n=r.randint(3, 6), d=fdate(recent(r)))
    b.f("□ {a}는 {ev} 수상자를 선정하고 시상식을 연다고 밝혔다.\n", a=ag[0], ev=ev)
    winners = []
    for k in range(r.randint(3, 5)):
        fp = r.random() < 0.25
        p = foreign_person(r, y0=1960, y1=2000) if fp else Person(r, y0=1945, y1=2004)
        job = pick(r, ["자영업", "농업인", "회사원", "주부", "대학생", "택시기사", "간호사", "요양보호사", "결혼이민자", "소방관"])
        winners.append((p, job))
    b.t("□ 수상자는 ")
    for k, (p, job) in enumerate(winners):
        pre = pick(r, ["대상 ", "최우수 ", "우수 ", ""]) if k < 3 else ""
        b.f("{pre}{n}({age}·{job}){sep}", pre=pre, n=PN(p), age=p.age(), job=job,
            sep=", " if k < len(winners) - 1 else " 씨 등이다.\n")
    p, job = winners[0]
    q = pick(r, ["이웃과 함께한 시간이 이렇게 큰 상으로 돌아올 줄 몰랐다. 앞으로도 묵묵히 봉사하겠다",
                 "혼자 한 일이 아니라 동네 분들이 함께 만든 결과",
                 "처음 한국에 왔을 때 받은 도움을 조금이나마 돌려드리고 싶었다",
                 "상금은 전액 지역 아동센터에 기부하겠다"])
    b.f("□ 대상을 받은 {n} 씨는 {q}.\n", n=PN(p), q=qv(r, q))
    head = Person(r, y0=1955, y1=1975)
    b.f("□ {n} {t}은 {q}.\n", n=PN(head), t=head_title(ag),
        q=qv(r, pick(r, ["수상자 여러분의 헌신이 공동체를 지탱하는 힘", "작은 선행이 모여 도시의 품격을 만든다",
                         "앞으로도 숨은 공로자를 적극 발굴하겠다"])))
    pr_contact(r, b, ag, dept)
    return {"genre": "보도자료"}


@template(7)
def t_pr_rescue(r, b):
    ag = pick(r, AGENCIES[5:18])
    dept = pick(r, ["홍보담당관", "재난안전과", "소방행정과"])
    pr_head(r, b, ag)
    p = Person(r, y0=1955, y1=1998)
    v = Person(r, y0=1940, y1=2010)
    job = pick(r, ["택시기사", "편의점 직원", "고등학생", "버스 운전기사", "간호사", "헬스트레이너", "집배원"])
    d0 = recent(r)
    b.f("\n{job} {n} 씨, 심정지 시민 구한 ‘생명 지킴이’ 표창\n\n", job=job, n=PN(p))
    b.f(pick(r, ["□ {job} {n}({age}) 씨는 지난 {d} 오후 {h}시께 {place}에서 쓰러진 {v}({vage}) 씨를 발견하고 119 신고와 동시에 심폐소생술을 실시했다.\n",
                 "□ 지난 {d} {place}. 갑자기 의식을 잃은 {v}({vage}) 씨 곁으로 {job} {n}({age}) 씨가 달려왔다. 그는 구급대가 도착할 때까지 6분간 가슴압박을 멈추지 않았다.\n"]),
        job=job, n=PN(p), age=p.age(), d=fdate(d0), h=r.randint(1, 11),
        place=pick(r, ["지하철역 환승 통로", "아파트 단지 놀이터", "전통시장 입구", "버스 정류장", "동네 공원 산책로"]),
        v=PN(v), vage=v.age())
    b.f("□ {v} 씨는 인근 병원으로 옮겨져 치료를 받고 회복 중이며, 가족은 {q}.\n", v=PN(v),
        q=qv(r, pick(r, ["이름도 남기지 않고 가셨다는 말을 듣고 꼭 감사 인사를 드리고 싶었다", "그분이 아니었으면 어떻게 됐을지 상상도 하기 싫다"])))
    b.f("□ {n} 씨는 {q}.\n", n=PN(p), q=qv(r, pick(r, ["회사에서 배운 심폐소생술이 이렇게 쓰일 줄 몰랐다", "누구라도 그 자리에 있었다면 똑같이 했을 것",
                                                        "몸이 먼저 움직였다"])))
    pr_contact(r, b, ag, dept)
    return {"genre": "보도자료"}


@template(6)
def t_pr_policy(r, b):
    ag = pick(r, AGENCIES[:5])
    dept = pick(r, ["디지털정책과", "개인정보보호정책과", "자동차정책과", "여권과", "체류관리과"])
    pr_head(r, b, ag)
    topic = pick(r, [("주민등록증 모바일 확인 서비스 전국 확대", "모바일 주민등록증"),
                     ("차세대 전자여권 발급 1천만 건 돌파", "차세대 전자여권"),
                     ("외국인 근로자 체류 관리 개선 방안 발표", "외국인 체류 관리"),
                     ("공공기관 개인정보 보호 수준 평가 결과 공개", "개인정보 보호 수준 평가"),
                     ("자동차 번호판 인식 오류 개선 대책 마련", "번호판 인식")])
    b.f("\n{t}\n\n□ {a}는 {x}에 관한 개선 방안을 {d} 발표했다.\n", t=topic[0], a=ag[0], x=topic[1], d=fdate(recent(r)))
    named = r.random() < 0.6
    minister = Person(r, y0=1955, y1=1972)
    q = pick(r, ["국민이 체감할 수 있도록 현장의 목소리를 계속 듣겠다", "개인정보가 새어 나가지 않도록 관리 체계를 촘촘히 하겠다",
                 "발급 절차는 간소화하되 보안은 한층 강화했다"])
    if named:
        b.f("□ {m} {t}은 이날 정부세종청사에서 열린 브리핑에서 {q}.\n", m=PN(minister), t=head_title(ag),
            q=qv(r, q))
    else:
        b.f("□ {t}은 {q}.\n", t=N_office(ag), q=qv(r, q))
    b.f("□ 세부 내용은 {st} 개정 절차를 거쳐 하반기부터 시행된다. 관련 문의는 {a} 대표전화({cc})로 하면 된다.\n",
        st=N_statute(r), a=ag[0], cc=Neg(ag[3], "switchboard"))
    pr_contact(r, b, ag, dept)
    return {"genre": "보도자료"}


@template(12)
def t_pr_nopii(r, b):
    ag = pick(r, AGENCIES)
    pr_head(r, b, ag)
    topic = pick(r, [("보이스피싱 피해 예방 수칙 안내", "명절을 앞두고 보이스피싱 피해 예방 수칙을 알린다고"),
                     ("설 연휴 민원 서비스 운영 안내", "설 연휴 기간에도 무인민원발급기와 긴급 여권 창구를 운영한다고"),
                     ("개인정보 유출 의심 문자 주의 당부", "공공기관을 사칭한 개인정보 탈취 문자가 늘고 있다며 주의를 당부했다고"),
                     ("여권 발급 수수료 인하 시행", "다음 달부터 여권 발급 수수료를 일부 인하한다고"),
                     ("운전면허 갱신 기간 집중 안내", "올해 적성검사 대상자에게 갱신 기간을 집중 안내한다고"),
                     ("외국인 주민 생활 안내 책자 발간", "12개 언어로 된 외국인 주민 생활 안내 책자를 펴냈다고")])
    b.f("\n{t}\n\n", t=topic[0])
    b.f("□ {a}는 {t} {d} 밝혔다.\n", a=ag[0], t=topic[1], d=fdate(recent(r)))
    b.f(pick(r, ["□ 최근 ‘{ph}’ 명의를 사칭해 계좌 비밀번호를 묻는 문자가 늘고 있어 주의가 필요하다. 공공기관은 어떤 경우에도 주민등록번호({pn})나 카드 비밀번호를 전화로 묻지 않는다.\n",
                 "□ 신청서 작성 예시에는 성명 ‘{ph}’, 주민등록번호 ‘{pn}’처럼 가상의 값을 적어 두었으니 참고하면 된다.\n",
                 "□ 피해가 의심되면 즉시 경찰(112)이나 금융감독원(1332)에 신고하고, 명의도용 여부는 ‘{ph}’과 같은 가명으로 안내되는 조회 서비스에서 확인할 수 있다. ({pn} 형식의 번호 입력 요구는 사기다)\n"]),
        ph=Neg(pick(r, ["홍길동", "김○○", "이○○"]), "placeholder_person"), pn=N_phnum(r))
    b.f("□ 이번 조치는 {st}에 근거하며, {o}은 {q}.\n", st=N_statute(r), o=N_office(ag),
        q=qv(r, pick(r, ["의심스러운 연락은 일단 끊고 공식 번호로 다시 확인해 달라", "국민 불편이 없도록 현장 인력을 보강하겠다"])))
    nm, cc = N_callcenter(r)
    b.f("□ 자세한 내용은 {nm}({cc}) 또는 대표전화({sw})로 문의하면 된다.\n\n담당 부서: {d} (대표 {sw2})\n",
        nm=nm, cc=cc, sw=N_switch(ag), d=pick(r, DEPTS), sw2=N_switch(ag))
    return {"genre": "보도자료", "no_pii": True}


# =============================================================================
# Templates: 뉴스 기사
# =============================================================================
def byline(r, b):
    rep = Person(r, y0=1970, y1=1998)
    dom = pick(r, ["daily-news.co.kr", "hankook-ilbo.kr", "minjung.com", "seoulnews.co.kr", "jibang.kr", "tbs-news.kr"])
    rep.email(domain=dom)
    st = pick(r, ["end", "bracket", "top"])
    if st == "end":
        b.f("\n{n} 기자 {e}\n", n=PN(rep), e=S_EMAIL(r, rep))
    elif st == "bracket":
        b.f("\n/{n} 기자 ({e})\n", n=PN(rep), e=S_EMAIL(r, rep))
    else:
        b.f("\n[{n} 기자] 제보: {e}\n", n=PN(rep), e=S_EMAIL(r, rep))


@template(8)
def t_nw_accident(r, b):
    reg = pick(r, REGIONS)
    dist = pick(r, reg[2])[0] or reg[0]
    d0 = recent(r)
    drv = Person(r, y0=1950, y1=2003)
    ped = Person(r, y0=1940, y1=2015)
    named = r.random() < 0.55
    b.f("{t}\n\n", t=pick(r, ["교차로서 승용차가 보행자 치어…운전자 입건", "새벽 빗길 추돌사고로 2명 부상", "어린이보호구역서 사고…경찰 수사",
                              "음주운전 차량 중앙선 넘어 3중 추돌"]))
    pl = S_PLATE(r, pick(r, ["two", "three", "region", "commercial"]))
    if named:
        b.f("{d} 오후 {h}시 {m}분께 {reg} {dist}의 한 교차로에서 {pl} 승용차를 몰던 {n}({a}) 씨가 횡단보도를 건너던 {p}({pa}) 씨를 들이받았다.\n",
            d=fdate(d0), h=r.randint(1, 11), m=r.randint(1, 59), reg=reg[1], dist=dist, pl=pl, n=PN(drv), a=drv.age(),
            p=PN(ped), pa=ped.age())
        b.f("이 사고로 {p} 씨가 다리를 크게 다쳐 병원으로 옮겨졌으나 생명에는 지장이 없는 것으로 알려졌다. 경찰은 {n} 씨가 {why} 사고를 낸 것으로 보고 정확한 경위를 조사하고 있다.\n",
            p=PN(ped), n=PN(drv), why=pick(r, ["신호를 무시하고", "휴대전화를 보다가", "좌회전하면서 보행자를 보지 못해"]))
    else:
        ph = pick(r, ["김모", "이모", "박모", "최모", "정모"])
        b.f("{d} 새벽 {h}시께 {reg} {dist} 편도 3차로에서 {ph}({a})씨가 몰던 승용차({pl})가 앞서가던 화물차를 들이받았다.\n",
            d=fdate(d0), h=r.randint(1, 5), reg=reg[1], dist=dist, ph=Neg(ph, "placeholder_person"), a=drv.age(), pl=pl)
        b.f("사고 당시 {ph}씨의 혈중알코올농도는 면허 취소 수준인 0.1{x}%였다. 경찰 관계자는 {q}.\n",
            ph=Neg(ph, "placeholder_person"), x=r.randint(0, 9),
            q=qv(r, "블랙박스 영상을 확보해 과속 여부도 함께 확인하고 있다"))
    if r.random() < 0.5:
        w = Person(r, y0=1960, y1=2000)
        b.f("현장을 목격한 {w}({a}) 씨는 {q}.\n", w=PN(w), a=w.age(), q=qv(r, pick(r, ["쾅 하는 소리에 나가 보니 사람이 쓰러져 있었다",
                                                                                         "차가 속도를 전혀 줄이지 않았다"])))
    byline(r, b)
    return {"genre": "뉴스"}


@template(8)
def t_nw_fraud(r, b):
    v = Person(r, y0=1940, y1=1995)
    off = Person(r, y0=1965, y1=1985)
    acc = Account(r)
    scam = "010" + str(r.randint(2, 9)) + digits(r, 7)
    reg = pick(r, REGIONS)
    b.f("{t}\n\n", t=pick(r, ["검사 사칭 전화에 속아 노후자금 송금…경찰 ‘계좌 동결’", "자녀 사칭 메신저 피싱 기승…60대 피해",
                              "저금리 대출 미끼 보이스피싱 일당 검거"]))
    d0 = recent(r)
    b.f(pick(r, ["{reg}경찰청에 따르면 {v}({a}) 씨는 {d} 서울중앙지검 수사관이라고 밝힌 남성의 전화(발신번호 {ph})를 받았다. 남성은 {v} 씨 명의의 대포통장이 범죄에 이용됐다며 {bk} 계좌({acc})로 돈을 옮기라고 요구했다.\n",
                 "{v}({a}) 씨가 받은 메시지는 ‘엄마 나 폰 액정 깨졌어’로 시작했다. 딸을 사칭한 상대는 {ph}{ro} 연락을 이어가며 {bk} {acc}로 {am}을 보내게 했다.\n",
                 "경찰은 {d} 저금리 대출을 해 주겠다며 피해자 {v}({a}) 씨 등 12명에게서 수수료 명목으로 돈을 받아 가로챈 일당을 붙잡았다. 일당은 {bk} 계좌({acc})와 대포폰({ph})을 썼다.\n"]),
        reg=reg[1], v=PN(v), a=v.age(), d=fdate(d0), ph=S_MOB(r, d=scam), ro=josa(scam, "으로/로"), bk=acc.bank, acc=S_ACC(r, acc, pick(r, ["hyphen", "plain"])),
        am=N_amount(r, 1000, 50000))
    b.f("경찰은 해당 계좌에 대해 지급정지를 요청하고 인출책을 추적하고 있다. {o} {reg}경찰청 수사과장은 {q}.\n",
        o=PN(off), reg=reg[1], q=qv(r, pick(r, ["수사기관은 절대 전화로 송금을 요구하지 않는다", "가족이라도 돈을 요구하면 반드시 직접 통화로 확인해야 한다"])))
    b.f("피해 신고는 경찰청({c}) 또는 금융감독원({f})에서 받는다.\n", c=Neg("112", "switchboard"), f=Neg("1332", "switchboard"))
    byline(r, b)
    return {"genre": "뉴스"}


@template(7)
def t_nw_profile(r, b):
    p = Person(r, y0=1960, y1=2000)
    biz = pick(r, SELF_BIZ + ["청년 농장", "수제 맥주 양조장", "동네 책방", "업사이클링 공방"])
    reg = pick(r, REGIONS)
    dist = pick(r, reg[2])[0] or reg[0]
    b.f(pick(r, ["[사람들] 폐교를 마을 책방으로 바꾼 {n} 씨\n\n", "[사람들] 20년째 무료 급식소 운영하는 {n} 대표\n\n",
                 "[이웃] 귀농 5년 차 {n} 씨의 딸기 농사\n\n", "[인터뷰] “{n}입니다, 동네 가게 지킴이죠”\n\n"]), n=PN(p))
    b.f("{reg} {dist}에서 {biz}{j} 운영하는 {n}({a}) 씨는 {y}년 전 {why}.\n", reg=reg[1], dist=dist, biz=biz, j=josa(biz, "을/를"), n=PN(p),
        a=p.age(), y=r.randint(3, 20), why=pick(r, ["다니던 회사를 그만두고 고향으로 돌아왔다", "퇴직금을 털어 가게를 열었다",
                                                   "아이들이 마음 놓고 놀 공간이 없다는 생각에 이 일을 시작했다"]))
    b.f("{n} 씨는 {q}. 그의 가게 앞에는 {what}\n", n=PN(p), q=qv(r, pick(r, ["돈보다 사람이 남는 장사를 하고 싶었다", "처음 3년은 적자였지만 단골들이 버티게 해 줬다",
                                                                           "동네 어르신들이 제일 먼저 알아봐 주셨다"])),
        what=pick(r, ["오늘도 긴 줄이 늘어섰다.", "‘필요한 만큼 가져가세요’라는 팻말이 붙어 있다.", "아이들 그림이 빼곡하다."]))
    if r.random() < 0.6:
        b.f("후원 문의는 {n} 씨의 가게 전화({t})나 휴대전화({m})로 하면 된다.\n", n=PN(p), t=S_TEL(r, kind="business"), m=S_MOB(r, p))
    else:
        b.f("{n} 씨에게 연락하려면 가게 누리집에 적힌 전자우편({e})을 이용하면 된다.\n", n=PN(p), e=S_EMAIL_OBF(r, p))
    if r.random() < 0.5:
        fr = Person(r, y0=1950, y1=2005)
        b.f("단골손님 {f}({a}) 씨는 {q}.\n", f=PN(fr), a=fr.age(), q=qv(r, "여기 오면 사람 사는 냄새가 난다"))
    byline(r, b)
    return {"genre": "뉴스"}


@template(7)
def t_nw_foreign(r, b):
    p = foreign_person(r, y0=1975, y1=2002)
    boss = Person(r, y0=1955, y1=1985)
    reg = pick(r, REGIONS)
    dist = pick(r, reg[2])[0] or reg[0]
    scr = pick(r, ["hangul", "hangul", "latin_t"])
    b.f("{t}\n\n", t=pick(r, ["“한국은 두 번째 고향”…이주노동자의 10년", "외국인 계절근로자, 일손 부족 농촌의 버팀목",
                              "다문화 가정 엄마들이 만든 통역 봉사단"]))
    b.f("{nat}에서 온 {n}({a}) 씨는 {reg} {dist}의 {wp}에서 {y}년째 일하고 있다. ", nat=p.nat, n=PN(p, scr), a=p.age(),
        reg=reg[1], dist=dist, wp=pick(r, ["자동차 부품 공장", "비닐하우스 농가", "수산물 가공 공장", "건설 현장", "요양원"]),
        y=r.randint(2, 12))
    b.f("그는 {q}.\n", q=qv(r, pick(r, ["처음엔 말이 안 통해 힘들었지만 지금은 동료들이 가족 같다", "번 돈으로 고향에 집을 지었다",
                                        "한국어 시험에 합격해 숙련기능 비자로 바꾸는 게 목표"])))
    b.f("{bs} 대표는 {q}. ", bs=PN(boss), q=qv(r, pick(r, ["성실함은 누구보다 낫다", "이 친구가 없으면 공장이 안 돌아간다"])))
    b.f("{n} 씨는 올해 {ev}.\n", n=PN(p, scr), ev=pick(r, ["지역 외국인 주민 대표로 뽑혔다", "한국어 말하기 대회에서 대상을 받았다",
                                                           "동료 20여 명과 통역 봉사단을 꾸렸다"]))
    byline(r, b)
    return {"genre": "뉴스"}


@template(5)
def t_nw_fire(r, b):
    owner = Person(r, y0=1935, y1=1990)
    bld = pick(r, ["단독주택", "다세대주택", "상가 1층 음식점"])
    a = Addr(r, style=pick(r, ["road", "road_short", "jibun"]), nounit=bld != "다세대주택")
    fire = Person(r, y0=1970, y1=1990)
    b.f("{t}\n\n", t=pick(r, ["주택 화재로 70대 중상…전기장판 과열 추정", "새벽 다세대주택 화재, 주민 10여 명 대피", "상가 화재 30분 만에 진화"]))
    d0 = recent(r)
    b.f("{d} 오전 {h}시 {m}분께 {a}{bld}에서 불이 나 집주인 {n}({age}) 씨가 {hurt}.\n", d=fdate(d0), h=r.randint(1, 11),
        m=r.randint(0, 59), a=a.span(), bld=("의 " + bld) if bld != "다세대주택" else " 다세대주택", n=PN(owner), age=owner.age(),
        hurt=pick(r, ["얼굴과 팔에 화상을 입고 병원으로 옮겨졌다", "연기를 마셔 병원에서 치료를 받고 있다", "스스로 대피했다"]))
    b.f("불은 내부 {k}㎡를 태워 소방서 추산 {am}의 재산 피해를 낸 뒤 {mm}분 만에 꺼졌다. {f} 현장대응단장은 {q}.\n",
        k=r.randint(10, 120), am=N_amount(r, 1000, 90000), mm=r.randint(15, 60), f=PN(fire),
        q=qv(r, pick(r, ["전기장판 주변에서 불이 시작된 것으로 보인다", "정확한 화재 원인을 감식하고 있다"])))
    byline(r, b)
    return {"genre": "뉴스"}


# =============================================================================
# Templates: 회의록
# =============================================================================
COMMITTEES = ["개인정보 보호 심의위원회", "지방보조금 심의위원회", "주차정책 자문위원회", "외국인주민 지원 협의회",
              "도시계획위원회", "정보공개심의회", "인사위원회", "민원조정위원회", "교통안전 실무협의회", "청년정책 조정위원회"]


def spk(r, style, p, role):
    """speaker label pieces"""
    if style == "circle":
        return ["○ ", role, "(", PN(p), "): "]
    if style == "name_first":
        return [PN(p), " ", role, ": "]
    if style == "bracket":
        return ["[", PN(p), " ", role, "] "]
    return ["- ", role, " ", PN(p), " : "]


@template(12)
def t_mt_committee(r, b):
    ag = pick(r, AGENCIES[:18])
    com = pick(r, COMMITTEES)
    d0 = recent(r)
    chair = Person(r, y0=1950, y1=1975)
    members = [Person(r, y0=1955, y1=1995) if r.random() > 0.1 else foreign_person(r, y0=1960, y1=1990) for _ in range(r.randint(3, 6))]
    absent = Person(r, y0=1955, y1=1990) if r.random() < 0.5 else None
    sec = official(r, ["주무관", "사무관"])
    nth = r.randint(1, 12)
    b.f("제{n}차 {c} 회의록\n\n일    시: {d} {h}:00~{h2}:{m:02d}\n장    소: {a} {pl}\n", n=nth, c=com,
        d=fdate(d0), h=r.randint(9, 15), h2=r.randint(16, 18), m=r.randint(0, 59), a=ag[0],
        pl=pick(r, ["본관 5층 소회의실", "별관 2층 회의실", "영상회의실(온라인 병행)", "의회 세미나실"]))
    b.t("참 석 자: 위원장 ")
    b.add(PN(chair))
    b.t(", 위원 ")
    sep = pick(r, ["·", ", ", " "])
    for k, m in enumerate(members):
        b.add(PN(m, "hangul"))
        if k < len(members) - 1:
            b.t(sep)
    b.t(" (총 %d명)\n" % (len(members) + 1))
    if absent:
        b.f("불 참 자: 위원 {p}({why})\n", p=PN(absent), why=pick(r, ["개인 사정", "해외 출장", "건강상 이유"]))
    b.f("간    사: {rk} {p}\n안    건: 1. {a1}\n          2. {a2}\n\n[회의 내용]\n", rk=sec[1], p=PN(sec[0]),
        a1=pick(r, ["2024년 운영 실적 보고", "위원회 운영 세칙 개정안", "민원 사례 심의"]),
        a2=pick(r, ["보조금 교부 대상 선정", "개인정보 파기 계획 승인", "기타 토의"]))
    style = pick(r, ["circle", "name_first", "bracket", "dash"])
    lines = [
        (chair, "위원장", "성원이 되었으므로 제%d차 회의를 개회하겠습니다. 먼저 간사께서 안건을 보고해 주시기 바랍니다." % nth),
        (sec[0], "간사", "배부해 드린 자료 3쪽을 보시면, 지난해 접수된 신청 %d건 가운데 %d건이 적격으로 검토되었습니다." % (r.randint(30, 90), r.randint(10, 29))),
    ]
    speakers = members[:]
    r.shuffle(speakers)
    utter = ["부적격 사유를 신청인에게 구체적으로 알려 줄 필요가 있다고 봅니다.",
             "자료에 개인 연락처가 그대로 들어가 있는데, 회의 자료 배포 전에 가림 처리를 해야 합니다.",
             "작년과 비교해 예산 집행률이 낮은 이유를 설명해 주십시오.",
             "외국인 주민 통역 지원이 부족하다는 현장 의견이 많습니다.",
             "세부 기준은 다음 회의까지 서면으로 의견을 드리겠습니다.",
             "현장 점검 결과를 사진과 함께 첨부해 주시면 판단이 쉽겠습니다."]
    r.shuffle(utter)
    for k, m in enumerate(speakers[:4]):
        lines.append((m, "위원", utter[k]))
    lines.append((chair, "위원장", "더 이상 의견이 없으시면 원안대로 의결하고 회의를 마치겠습니다."))
    for p, role, u in lines:
        if style in ("circle", "bracket") or p is not sec[0]:
            b.add(spk(r, style, p, role if p is not sec[0] else "간사"))
        else:
            b.add(spk(r, style, p, "간사"))
        b.t(u + "\n")
    if r.random() < 0.5:
        res = Person(r)
        b.f("\n※ 회의 후 신청인 {p}에게 결과를 유선({ph})으로 안내함.\n", p=PN(res), ph=S_MOB(r, res))
    b.f("\n작성: {rk} {p}   확인: 위원장 {c}\n", rk=sec[1], p=PN(sec[0]), c=PN(chair))
    return {"genre": "회의록"}


@template(8)
def t_mt_townhall(r, b):
    ag = pick(r, AGENCIES[5:18])
    d0 = recent(r)
    topic = pick(r, ["○○근린공원 주차장 조성", "재개발 정비구역 지정", "버스 노선 개편", "하수처리장 증설", "어린이보호구역 확대"])
    b.f("{t} 주민설명회 결과 보고\n\n1. 개요\n  - 일시: {d} 19:00\n  - 장소: {pl}\n  - 참석: 주민 {n}명, {a} 관계 공무원 {k}명\n\n2. 주요 질의·답변\n",
        t=topic, d=fdate(d0), pl=pick(r, ["○○동 주민센터 3층 강당", "○○초등학교 체육관", "마을회관"]), n=r.randint(20, 150),
        a=ag[0], k=r.randint(3, 8))
    o1 = official(r, ["과장", "팀장"])
    qs = ["공사 기간 동안 통학로 안전 대책이 있습니까?", "보상 기준을 서면으로 받아 볼 수 있습니까?",
          "야간 소음은 어떻게 관리하실 계획인지 궁금합니다.", "주민 의견이 실제로 반영되는지 확인할 방법이 있습니까?",
          "우리 집 앞 도로 폭이 좁아 대형차가 못 지나갑니다."]
    r.shuffle(qs)
    for k in range(r.randint(2, 4)):
        res = Person(r, y0=1945, y1=2000)
        form = pick(r, ["q1", "q2", "q3"])
        if form == "q1":
            b.f("  ○ 질의({p}, {where} 주민): {q}\n", p=PN(res), where=pick(r, APT_NAMES), q=qs[k])
        elif form == "q2":
            b.f("  ○ {p} 씨({age}세): {q}\n", p=PN(res), age=res.age(), q=qs[k])
        else:
            b.f("  ○ 주민 {p}(연락처 {ph}): {q}\n", p=PN(res), ph=S_MOB(r, res), q=qs[k])
        b.f("    → 답변({rk} {o}): {a}\n", rk=o1[1], o=PN(o1[0]),
            a=pick(r, ["관계 부서와 협의하여 다음 설명회 때 구체적인 안을 말씀드리겠습니다.", "서면 자료를 댁으로 보내 드리겠습니다.",
                       "시공사에 야간 작업 금지를 계약 조건으로 명시하겠습니다."]))
    if r.random() < 0.5:
        res = Person(r)
        a = Addr(r, style=pick(r, ["road", "jibun", "road_gu"]))
        b.f("\n3. 후속 조치\n  - 서면 답변 요청자 {p}({a})에게 {d}까지 회신\n", p=PN(res), a=a.span(), d=fdate(d0 + datetime.timedelta(days=14)))
    else:
        b.f("\n3. 후속 조치\n  - 질의 내용은 {doc}로 관계 부서에 통보 ({st})\n", doc=N_doc(r), st=N_statute(r, "민원"))
    return {"genre": "회의록"}


@template(5)
def t_mt_discipline(r, b):
    ag = pick(r, AGENCIES[:18])
    d0 = recent(r)
    acc = official(r, ["주무관", "행정주사", "시설주사보"])
    chair = official(r, ["부시장", "부구청장", "기획조정실장"])
    b.f("{a} 인사위원회 회의록 (징계 의결)\n\n일시: {d} 10:00\n위원장: {c}\n출석 위원: ", a=ag[0], d=fdate(d0), c=PN(chair[0]))
    for k in range(r.randint(3, 5)):
        if k:
            b.t(", ")
        b.add(PN(Person(r, y0=1955, y1=1980)))
    b.f("\n\n징계혐의자: {rk} {p} ({dept})\n혐의 내용: {d} 혈중알코올농도 0.0{x}% 상태로 {pl} 승용차를 운전하다 적발됨(「지방공무원법」 제55조 품위유지의무 위반)\n",
        rk=acc[1], p=PN(acc[0]), dept=pick(r, DEPTS), d=fdate(d0 - datetime.timedelta(days=r.randint(30, 90))), x=r.randint(30, 99),
        pl=S_PLATE(r))
    b.f("진술: 혐의자 {p}{j} 깊이 반성하고 있으며 재발 방지를 약속함.\n의결: {res}\n", p=PN(acc[0]),
        j=josa(acc[0].name, "은/는"), res=pick(r, ["감봉 1월", "견책", "정직 1월"]))
    return {"genre": "회의록"}


# =============================================================================
# Templates: 사고·감사 보고서
# =============================================================================
INSURERS = ["삼성화재", "현대해상", "DB손해보험", "KB손해보험", "메리츠화재", "한화손해보험", "롯데손해보험"]
CARS = ["쏘나타", "아반떼", "그랜저", "K5", "K8", "스포티지", "쏘렌토", "카니발", "포터Ⅱ", "봉고Ⅲ", "모닝", "레이", "아이오닉5", "EV6", "토레스"]


@template(12)
def t_rp_traffic(r, b):
    d0 = recent(r)
    reg = pick(r, REGIONS)
    dist = pick(r, reg[2])
    b.f("{t}\n\n1. 사고 개요\n  - 일시: {d} {h:02d}:{m:02d}경\n  - 장소: {reg} {dist} {road} {where}\n  - 유형: {ty}\n  - 기상: {w}\n\n2. 당사자\n",
        t=pick(r, ["교통사고 발생 보고서", "관용차량 교통사고 경위서", "교통사고 사실확인원", "차량 사고 내부 보고"]), d=fdate(d0),
        h=r.randint(0, 23), m=r.randint(0, 59), reg=reg[0], dist=dist[0], road=pick(r, dist[2]),
        where=pick(r, ["교차로", "횡단보도 앞", "지하차도 입구", "버스정류장 부근"]),
        ty=pick(r, ["차 대 차(측면 충돌)", "차 대 차(후미 추돌)", "차 대 사람", "차량 단독(가드레일 충돌)"]),
        w=pick(r, ["맑음", "비", "흐림", "눈"]))
    n = r.randint(1, 2) if r.random() < 0.8 else 1
    lay = pick(r, ["block", "inline"])
    for k in range(n):
        p = Person(r, y0=1950, y1=2004)
        ins = pick(r, INSURERS)
        if lay == "block":
            b.f("  [운전자 {k}]\n  성명: {n}   생년월일: {dob}\n  면허번호: {dl}\n  차량번호: {pl} ({car})\n  연락처: {ph}\n  보험: {ins} (접수번호 {rc})\n",
                k=k + 1, n=PN(p), dob=S_DOB(r, p, pick(r, ["dot_space", "dot_pad", "iso", "yymmdd", "yy_dot"])), dl=S_DL(r),
                pl=S_PLATE(r), car=pick(r, CARS), ph=S_MOB(r, p), ins=ins, rc=N_receipt(r))
        else:
            b.f("  ({k}) {n}({age}세) / 면허 {dl} / {pl} {car} / ☎ {ph} / {ins}\n", k=k + 1, n=PN(p), age=p.age(), dl=S_DL(r),
                pl=S_PLATE(r), car=pick(r, CARS), ph=S_MOB(r, p), ins=ins)
    if r.random() < 0.4:
        w = Person(r)
        b.f("  [목격자] {n} ({ph})\n", n=PN(w), ph=S_MOB(r, w))
    b.f("\n3. 피해 상황\n  - {x}\n\n4. 조치 사항\n  - {y}\n",
        x=pick(r, ["운전자 1 경상(전치 2주), 차량 앞범퍼 파손", "인명 피해 없음, 양 차량 측면 파손", "보행자 1명 골절상, 병원 이송"]),
        y=pick(r, ["보험 접수 및 경찰 신고 완료", "블랙박스 영상 확보, 현장 사진 촬영", "관할 경찰서 교통조사계 인계"]))
    o = official(r)
    b.f("\n작성자: {rk} {p} ({t})\n", rk=o[1], p=PN(o[0]), t=S_TEL(r, kind="official"))
    return {"genre": "사고·감사 보고서"}


@template(8)
def t_rp_audit(r, b):
    ag = pick(r, AGENCIES[:18])
    prog = pick(r, ["기초연금", "아동수당", "긴급복지 생계지원", "청년 월세 지원", "실업급여", "소상공인 재난지원금"])
    b.f("{a} 감사 결과 보고 ({p} 부정수급)\n\n□ 감사 개요\n  ○ 기간: {d1} ~ {d2}\n  ○ 대상: {p} 지급 대상자 {n}명 표본 점검\n\n□ 지적 사항\n",
        a=ag[0], p=prog, d1=fdate(recent(r)), d2=fdate(recent(r)), n=r.randint(50, 400))
    for k in range(r.randint(1, 3)):
        p = Person(r, y0=1945, y1=2000)
        acc = Account(r)
        b.f("  {k}. 수급자 {n}({rrn}){j} {why} {am}을 부정 수령함. 수령 계좌: {bk} {acc}\n", k=k + 1, n=PN(p),
            rrn=S_RRN(r, p, pick(r, ["hyphen", "mask_star", "mask_star", "hyphen", "plain"])), j=pick(r, ["은(는)", "는"]) if r.random() < 0.3 else josa(p.name, "은/는"),
            why=pick(r, ["소득 신고를 누락하여", "세대 분리를 허위로 신고하여", "취업 사실을 숨기고", "해외 체류 중임에도"]),
            am=N_amount(r, 500, 30000), bk=acc.bank, acc=S_ACC(r, acc))
    o = official(r, ["주무관", "행정주사"])
    b.f("  ※ 담당 {rk} {p}{j} 소득 조사 확인 의무를 소홀히 함.\n\n□ 조치 요구\n  ○ 부정수급액 환수 및 {st}에 따른 고발\n  ○ 관련자 주의 요구\n\n감사관 ",
        rk=o[1], p=PN(o[0]), j=josa(o[0].name, "은/는"), st=N_statute(r, "민원|개인정보"))
    aud = official(r, ["감사관", "감사팀장"])
    b.add(PN(aud[0]))
    b.t("\n")
    return {"genre": "사고·감사 보고서"}


@template(6)
def t_rp_breach(r, b):
    ag = pick(r, AGENCIES)
    d0 = recent(r)
    b.f("보안사고 조사 보고서\n\n1. 탐지 일시: {d} {h:02d}:{m:02d}\n2. 탐지 경로: 웹방화벽 이상징후 알림\n3. 공격 출발지: ", d=fdate(d0),
        h=r.randint(0, 23), m=r.randint(0, 59))
    for k in range(r.randint(1, 3)):
        if k:
            b.t(", ")
        b.add(S_IP(r, pick(r, ["public", "public", "v6"])))
    b.f("\n4. 피해 서버: 내부 {ip} (민원포털 WAS, {ver})\n5. 유출 의심 표본\n", ip=S_IP(r, "private"), ver=N_version(r))
    sep = pick(r, [" | ", "\t", "  "])
    if r.random() < 0.7:
        b.t(sep.join(["이름", "휴대폰", "이메일", "가입IP"]) + "\n")
    for k in range(r.randint(2, 4)):
        p = Person(r)
        b.add([PN(p), sep, S_MOB(r, p, pick(r, ["hyphen", "plain"])), sep, S_EMAIL(r, p), sep, S_IP(r), "\n"])
    b.f("6. 조치: 공격 IP 차단, 관리자 계정({u}) 비활성화, {st}에 따른 신고\n", u=N_userid(r), st=N_statute(r, "개인정보"))
    o = official(r, ["주무관", "사무관", "연구사"])
    b.f("보고자: 정보보호팀 {rk} {p} / {e}\n", rk=o[1], p=PN(o[0]), e=S_EMAIL(r, v=o[0].email(domain=ag[7])))
    return {"genre": "사고·감사 보고서"}


@template(6)
def t_rp_injury(r, b):
    co = N_company(r)
    inj = Person(r, y0=1960, y1=2003)
    fam = Person(r, y0=1950, y1=2000)
    site = Addr(r, style=pick(r, ["road", "road_gil", "road_short"]), nounit=True)
    d0 = recent(r)
    b.f("{t}\n\n가. 발생 일시: {d} {h:02d}:{m:02d}\n나. 발생 장소: {a} 신축공사 현장\n다. 시공사: {co}\n라. 재해자: {n}({age}세, {job})\n",
        t=pick(r, ["중대재해 발생 보고", "공사현장 안전사고 경위서", "산업재해 발생 보고서"]), d=fdate(d0), h=r.randint(7, 18),
        m=r.randint(0, 59), a=site.span(), co=co, n=PN(inj), age=inj.age(), job=pick(r, ["형틀목공", "철근공", "신호수", "전기공"]))
    if r.random() < 0.5:
        b.f("   주민등록번호 {rrn} / 연락처 {ph}\n", rrn=S_RRN(r, inj, pick(r, ["hyphen", "mask_star"])), ph=S_MOB(r, inj))
    b.f("마. 사고 내용: {x}\n바. 보호자: {f}({rel}, {ph})\n사. 이송 병원: {hos}\n",
        x=pick(r, ["3층 비계 작업 중 안전난간이 없는 개구부로 추락", "자재 인양 중 낙하물에 어깨를 맞음", "굴착기 선회 반경 안에서 협착"]),
        f=PN(fam), rel=pick(r, ["배우자", "아들", "딸", "형"]), ph=S_MOB(r, fam), hos=pick(r, ["○○대학교병원 응급실", "시립병원", "권역외상센터"]))
    o = official(r, ["근로감독관", "주무관"])
    b.f("\n보고: {co} 안전관리자 {s} ({t}) / 접수: {rk} {o}\n", co=co.value, s=PN(Person(r, y0=1970, y1=1995)),
        t=S_TEL(r, kind="business"), rk=o[1], o=PN(o[0]))
    return {"genre": "사고·감사 보고서"}


# =============================================================================
# Templates: 판결문
# =============================================================================
COURTS = ["서울중앙지방법원", "수원지방법원 성남지원", "부산지방법원 동부지원", "대구지방법원", "인천지방법원",
          "광주지방법원 순천지원", "대전지방법원 천안지원", "창원지방법원", "제주지방법원", "의정부지방법원 고양지원"]


def judgment_head(r, b, crime, defendant, id_span, job, addr, foreign=False):
    b.f("{c}\n판    결\n\n사    건   {cs} {cr}\n피 고 인   {n} ({ids}), {job}\n", c=pick(r, COURTS), cs=N_case(r, True), cr=crime,
        n=PN(defendant, "latin" if foreign else None), ids=id_span, job=job)
    b.f("           주거 {a}\n", a=addr.span())
    if not foreign:
        if r.random() < 0.5:
            b.f("           등록기준지 {a}\n", a=S_ADDR(r, style=pick(r, ["jibun", "road"])))
        else:
            b.t("           등록기준지 위 주거지와 같음\n")
    else:
        b.f("           국적 {nat}\n", nat=defendant.nat)
    p1, p2 = Person(r, y0=1970, y1=1995), Person(r, y0=1970, y1=1995)
    b.f("검    사   {a}(기소), {b2}(공판)\n", a=PN(p1), b2=PN(p2))
    lw = Person(r, y0=1960, y1=1993)
    b.f("변 호 인   {k} {l}\n판결선고   {d}\n\n", k=pick(r, ["변호사", "법무법인 한결 담당변호사", "국선변호인 변호사"]), l=PN(lw),
        d=fdate(recent(r)))


@template(6)
def t_jd_fraud(r, b):
    dft = Person(r, y0=1960, y1=2000)
    idst = pick(r, ["rrn", "rrn", "dob"])
    ids = S_RRN(r, dft, "hyphen") if idst == "rrn" else [S_DOB(r, dft, pick(r, ["korean", "dot_space"])), "생"]
    judgment_head(r, b, pick(r, ["사기", "사기, 전자금융거래법위반"]), dft, ids, pick(r, ["무직", "회사원", "자영업"]), Addr(r))
    vic = Person(r, y0=1940, y1=1990)
    acc = Account(r)
    d0 = recent(r, 2021, 2023)
    b.f("주    문\n피고인을 징역 {y}년에 처한다. 다만, 이 판결 확정일부터 {s}년간 위 형의 집행을 유예한다.\n\n이    유\n범 죄 사 실\n",
        y=r.randint(1, 3), s=r.randint(2, 4))
    b.f("피고인은 {d}경 {place}에서 피해자 {v}에게 \"{lie}\"라고 거짓말하여 이에 속은 피해자로부터 같은 날 피고인 명의의 {bk} 계좌({acc})로 {am}을 송금받았다.\n",
        d=fdate(d0), place=pick(r, ["불상지", "서울 강남구 소재 커피숍", "피해자의 주거지"]), v=PN(vic),
        lie=pick(r, ["코인에 투자하면 한 달 안에 두 배로 돌려주겠다", "아파트 분양권을 싸게 넘겨주겠다", "사업 자금을 빌려주면 이자를 월 5%씩 주겠다"]),
        bk=acc.bank, acc=S_ACC(r, acc, pick(r, ["hyphen", "hyphen", "plain"])), am=N_amount(r, 5000, 300000))
    b.f("법령의 적용\n{st}\n\n판사   {j}\n", st=N_statute(r, "형법|전자금융"), j=PN(Person(r, y0=1965, y1=1990)))
    return {"genre": "판결문"}


@template(6)
def t_jd_dui(r, b):
    dft = Person(r, y0=1955, y1=2002)
    judgment_head(r, b, "도로교통법위반(음주운전)", dft, S_RRN(r, dft, pick(r, ["hyphen", "mask_star", "hyphen"])),
                  pick(r, ["회사원", "배달원", "일용직", "자영업"]), Addr(r))
    d0 = recent(r, 2022, 2024)
    b.f("주    문\n피고인을 벌금 {am}에 처한다.\n\n이    유\n범 죄 사 실\n피고인은 {dl_txt} 가진 사람으로서 {d} {h}:{m:02d}경 혈중알코올농도 0.{x}%의 술에 취한 상태로 {a} 앞 도로에서 약 {k}km 구간을 {pl} {car} 승용차를 운전하였다.\n",
        am=N_amount(r, 3000, 20000), dl_txt=pick(r, ["제1종 보통 운전면허를", "제2종 보통 운전면허를", "제1종 대형 운전면허를"]), d=fdate(d0), h=r.randint(0, 23),
        m=r.randint(0, 59), x="%03d" % r.randint(35, 190), a=pick(r, ["○○사거리", "아파트 정문", "편의점"]), k=r.randint(1, 9),
        pl=S_PLATE(r), car=pick(r, CARS))
    if r.random() < 0.6:
        b.f("(피고인의 운전면허번호: {dl})\n", dl=S_DL(r))
    b.f("\n증거의 요지\n1. 주취운전자 정황진술보고서, 음주운전 단속결과통보\n\n판사   {j}\n", j=PN(Person(r, y0=1965, y1=1990)))
    return {"genre": "판결문"}


@template(5)
def t_jd_privacy(r, b):
    dft = Person(r, y0=1960, y1=1995)
    judgment_head(r, b, "개인정보보호법위반", dft, S_RRN(r, dft, "hyphen"), pick(r, ["보험설계사", "콜센터 상담원", "전 구청 공무원"]), Addr(r))
    b.f("주    문\n피고인을 징역 {m}월에 처한다.\n\n이    유\n범 죄 사 실\n피고인은 업무상 알게 된 고객 정보를 지인에게 넘겨주기로 마음먹고 {d}경 다음과 같은 정보를 문자메시지로 전송하였다.\n",
        m=r.randint(6, 18), d=fdate(recent(r, 2021, 2023)))
    for k in range(r.randint(2, 3)):
        p = Person(r)
        b.f("  {k}. {n}, {rrn}, {ph}\n", k=k + 1, n=PN(p), rrn=S_RRN(r, p, pick(r, ["hyphen", "plain"])), ph=S_MOB(r, p))
    b.f("이로써 피고인은 정보주체의 동의 없이 개인정보를 제3자에게 제공하였다.\n\n법령의 적용\n{st}\n\n판사   {j}\n",
        st=N_statute(r, "개인정보"), j=PN(Person(r, y0=1965, y1=1990)))
    return {"genre": "판결문"}


@template(5)
def t_jd_account(r, b):
    dft = Person(r, y0=1975, y1=2003)
    judgment_head(r, b, "전자금융거래법위반", dft, [S_DOB(r, dft, pick(r, ["korean", "dot_space", "dot_pad"])), "생"],
                  pick(r, ["대학생", "무직", "아르바이트"]), Addr(r))
    acc = Account(r)
    b.f("주    문\n피고인을 징역 {m}월에 처한다.\n\n이    유\n범 죄 사 실\n피고인은 {d}경 대출을 받을 수 있게 해 주겠다는 성명불상자의 말을 듣고 피고인 명의 {bk} 계좌({acc})에 연결된 체크카드({card})와 비밀번호를 퀵서비스로 보내 주어 접근매체를 양도하였다.\n",
        m=r.randint(4, 12), d=fdate(recent(r, 2021, 2023)), bk=acc.bank, acc=S_ACC(r, acc),
        card=S_CARD(r, pick(r, ["hyphen", "plain", "mask_mid"])))
    b.f("\n법령의 적용\n{st}\n\n판사   {j}\n", st=N_statute(r, "전자금융"), j=PN(Person(r, y0=1965, y1=1990)))
    return {"genre": "판결문"}


@template(5)
def t_jd_immigration(r, b):
    dft = foreign_person(r, y0=1975, y1=2002)
    judgment_head(r, b, "출입국관리법위반", dft, S_FRN(r, dft, pick(r, ["hyphen", "hyphen", "mask_star"])),
                  pick(r, ["일용직", "공장 근로자", "무직"]), Addr(r), foreign=True)
    b.f("주    문\n피고인을 벌금 {am}에 처한다.\n\n이    유\n범 죄 사 실\n피고인은 {nat} 국적의 외국인(여권번호 {pp})으로 {d} 체류기간이 만료되었음에도 {d2}까지 출국하지 아니하고 {place}에서 일하며 불법 체류하였다.\n",
        am=N_amount(r, 1000, 5000), nat=dft.nat, pp=S_PASS(r, dft), d=fdate(recent(r, 2020, 2022)), d2=fdate(recent(r, 2023, 2024)),
        place=pick(r, ["경기 화성시 소재 공장", "충남 아산시 농가", "인천 부평구 소재 식당"]))
    b.f("\n법령의 적용\n{st}\n\n판사   {j}\n", st=N_statute(r, "출입국"), j=PN(Person(r, y0=1965, y1=1990)))
    return {"genre": "판결문"}


# =============================================================================
# Templates: 신청서·증명서 (filled forms and certificates)
# =============================================================================
def roman_name(r, p):
    s = (SURNAME_ROMAN.get(p.sur) or romanize(p.sur))
    g1, g2 = romanize(p.given[0]), romanize(p.given[1])
    st = pick(r, ["upper", "upper_hyphen", "upper_space", "title"])
    if st == "upper":
        v = "%s %s%s" % (s.upper(), g1.upper(), g2.upper())
    elif st == "upper_hyphen":
        v = "%s %s-%s" % (s.upper(), g1.upper(), g2.upper())
    elif st == "upper_space":
        v = "%s %s %s" % (s.upper(), g1.upper(), g2.upper())
    else:
        v = "%s%s %s" % (g1.capitalize(), g2, s.capitalize())
    return Span("PERSON", v, "ko_name_roman")


def chk(r, opts):
    k = r.randrange(len(opts))
    return " ".join(("[√] " if i == k else "[ ] ") + o for i, o in enumerate(opts))


@template(8)
def t_fm_passport(r, b):
    p = Person(r, y0=1950, y1=2010)
    rel = Person(r, y0=1945, y1=2000)
    b.f("여권 발급 신청서\n※ 뒤쪽의 작성방법을 읽고 작성하시기 바랍니다.\n\n여권종류  {k}\n여권기간  {t}\n",
        k=chk(r, ["일반", "관용", "외교관"]), t=chk(r, ["10년(58면)", "10년(26면)", "5년", "단수"]))
    b.f("한글성명  {n}\n로마자성명  {rn}\n주민등록번호  {rrn}\n", n=PN(p), rn=roman_name(r, p),
        rrn=S_RRN(r, p, pick(r, ["hyphen", "hyphen", "plain", "space"])))
    b.f("전화번호  {ph}\n긴급연락처  성명 {rl} (관계: {rel}) 전화번호 {rph}\n", ph=S_MOB(r, p), rl=PN(rel),
        rel=pick(r, ["부", "모", "배우자", "형제", "자녀"]), rph=S_MOB(r, rel))
    if r.random() < 0.7:
        a = Addr(r)
        b.f("주소  ({pc}) {a}{ref}\n", pc=N_postal(a.postal), a=a.span(), ref=(" " + a.ref) if a.style != "jibun" and r.random() < 0.6 else "")
    if r.random() < 0.6:
        b.f("이전 여권번호  {pp}  ({why})\n", pp=S_PASS(r, new=False), why=pick(r, ["유효기간 만료", "분실", "훼손", "사증란 부족"]))
    b.f("\n위와 같이 여권 발급을 신청합니다.\n{d}\n신청인 {n} (서명 또는 인)\n\n{o} 귀하\n", d=fdate(recent(r)), n=PN(p),
        o=Neg(pick(r, ["외교부장관", "서울특별시장", "마포구청장", "수원시장"]), "office_title"))
    return {"genre": "신청서·증명서"}


@template(8)
def t_fm_frn_cert(r, b):
    p = foreign_person(r, y0=1965, y1=2004)
    b.f("외국인등록사실증명\nCertificate of Alien Registration\n\n성명(Name): {n}\n성별(Sex): {s}    생년월일(Date of Birth): {dob}\n국적(Nationality): {nat} ({n3})\n",
        n=PN(p, "latin"), s=p.gender, dob=S_DOB(r, p, pick(r, ["iso", "en_passport", "dot_pad_nodot", "slash"])), nat=p.nat, n3=p.nat3)
    b.f("외국인등록번호(Registration No.): {frn}\n여권번호(Passport No.): {pp}\n체류자격(Status): {st}\n체류기간: {d1} ~ {d2}\n",
        frn=S_FRN(r, p), pp=S_PASS(r, p), st=pick(r, ["E-9 (비전문취업)", "F-6 (결혼이민)", "D-2 (유학)", "E-7 (특정활동)", "H-2 (방문취업)", "F-4 (재외동포)"]),
        d1=fdate(recent(r, 2022, 2024), "dotpad"), d2=fdate(recent(r, 2025, 2027), "dotpad"))
    b.f("체류지(Address): {a}\n", a=S_ADDR(r))
    if r.random() < 0.5:
        b.f("연락처(Tel): {ph}\n", ph=S_MOB(r, p, pick(r, ["hyphen", "intl", "intl_space"])))
    b.f("\n위와 같이 외국인등록 사실을 증명합니다.\n{d}\n{o}\n발급번호 {rc}\n", d=fdate(recent(r)),
        o=Neg(pick(r, ["서울출입국·외국인청장", "수원출입국·외국인청장", "부산출입국·외국인청장", "인천출입국·외국인청장"]), "office_title"),
        rc=N_receipt(r))
    return {"genre": "신청서·증명서"}


@template(7)
def t_fm_driving(r, b):
    p = Person(r, y0=1950, y1=2004)
    b.f("운전경력증명서\n\n성명: {n}    주민등록번호: {rrn}\n주소: {a}\n", n=PN(p),
        rrn=S_RRN(r, p, pick(r, ["mask_star", "mask_star", "hyphen", "mask_x"])), a=S_ADDR(r))
    b.f("면허번호: {dl}    면허종별: {k}    최초취득일: {d}\n", dl=S_DL(r), k=pick(r, ["1종보통", "2종보통", "1종대형", "2종소형"]),
        d=fdate(recent(r, 1990, 2020), "dotpad"))
    b.t(pick(r, ["교통사고 및 법규위반 이력: 해당 없음\n", "최근 5년간 법규위반: 신호위반 1회(벌점 15점)\n",
                 "처분 이력: 2021. 4. 2. 면허정지 40일(벌점 40점)\n"]))
    b.f("\n발급번호 {rc}\n{d}\n{o}\n", rc=N_receipt(r), d=fdate(recent(r)), o=Neg(pick(r, ["도로교통공단 이사장", "서울경찰청장", "경기남부경찰청장"]), "office_title"))
    return {"genre": "신청서·증명서"}


@template(7)
def t_fm_hi_cert(r, b):
    p = Person(r, y0=1950, y1=2003)
    b.f("건강보험 자격득실 확인서\n\n가입자 성명: {n}    주민등록번호: {rrn}\n건강보험증 번호: {hi}\n\n", n=PN(p),
        rrn=S_RRN(r, p, pick(r, ["mask_star", "mask_dot", "hyphen"])), hi=S_HI(r))
    sep = pick(r, [" | ", "\t", "   "])
    b.t(sep.join(["가입자구분", "사업장명칭", "자격취득일", "자격상실일"]) + "\n")
    for k in range(r.randint(1, 3)):
        b.add([pick(r, ["직장가입자", "지역가입자", "직장피부양자"]), sep, N_company(r), sep, fdate(recent(r, 2010, 2020), "dotpad"), sep,
               pick(r, [fdate(recent(r, 2021, 2024), "dotpad"), "-"]), "\n"])
    if r.random() < 0.5:
        dep = Person(r, y0=1940, y1=2015)
        b.f("피부양자: {n} ({rel}, 생년월일 {dob})\n", n=PN(dep), rel=pick(r, ["배우자", "자녀", "부", "모"]),
            dob=S_DOB(r, dep, pick(r, ["dot_pad", "iso", "dot_space"])))
    b.f("\n{d}\n{o}\n(고객센터 {cc})\n", d=fdate(recent(r)), o=Neg("국민건강보험공단 이사장", "office_title"), cc=Neg("1577-1000", "switchboard"))
    return {"genre": "신청서·증명서"}


@template(8)
def t_fm_biz_cert(r, b):
    corp = r.random() < 0.55
    p = Person(r, y0=1950, y1=1998)
    a = Addr(r)
    b.f("{t}\n\n", t=pick(r, ["사업자등록증명", "사업자등록증", "사업자등록 사실 증명원"]))
    if corp:
        b.f("상호(법인명): {co}\n사업자등록번호: {brn}\n법인등록번호: {crn}\n대표자: {n}\n", co=N_company(r), brn=S_BRN(r, corp=True),
            crn=S_CRN(r, style=pick(r, ["hyphen", "hyphen", "plain"])), n=PN(p))
    else:
        b.f("상호: {co}\n사업자등록번호: {brn}\n성명(대표자): {n}    생년월일: {dob}\n", co=pick(r, SELF_BIZ), brn=S_BRN(r, corp=False),
            n=PN(p), dob=S_DOB(r, p, pick(r, ["dot_space", "dot_pad", "korean", "iso"])))
    b.f("개업연월일: {d}\n사업장 소재지: {pc}{a}\n", d=fdate(recent(r, 2005, 2023), "korean"),
        pc=pick(r, ["", "(" + a.postal + ") "]), a=a.span())
    if r.random() < 0.6:
        b.f("전화번호: {t}\n", t=S_TEL(r, kind="business"))
    b.f("사업의 종류: 업태 {u} 종목 {j}\n\n{d}\n{o}\n", u=pick(r, ["서비스", "도소매", "제조", "건설"]),
        j=pick(r, ["소프트웨어 개발", "음식점", "인테리어", "화훼", "학원"]), d=fdate(recent(r)),
        o=Neg(pick(r, ["마포세무서장", "수원세무서장", "해운대세무서장", "성남세무서장"]), "office_title"))
    return {"genre": "신청서·증명서"}


@template(7)
def t_fm_car_reg(r, b):
    owner_corp = r.random() < 0.25
    p = Person(r, y0=1950, y1=2002)
    b.f("자동차등록원부(갑)\n\n자동차등록번호: {pl}    차명: {car}    차종: {k}\n차대번호: KM{vin}    원동기형식: G4FL\n최초등록일: {d}\n",
        pl=S_PLATE(r, pick(r, ["two", "three", "region", "nospace"])), car=pick(r, CARS), k=pick(r, ["승용 중형", "승용 소형", "화물 소형", "승합 중형"]),
        vin="".join(pick(r, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(15)), d=fdate(recent(r, 2012, 2024)))
    if owner_corp:
        b.f("소유자: {co}    법인등록번호: {crn}\n", co=N_company(r), crn=S_CRN(r))
    else:
        b.f("소유자: {n}    주민등록번호: {rrn}\n", n=PN(p), rrn=S_RRN(r, p, pick(r, ["hyphen", "hyphen", "mask_star"])))
    b.f("사용본거지: {a}\n\n[사항란]\n순위 1  압류등록  촉탁기관 {o}  ({doc})\n", a=S_ADDR(r), o=pick(r, ["마포구청장", "수원시장", "국민건강보험공단"]),
        doc=N_doc(r, pick(r, ["세무1과", "징수과"])))
    return {"genre": "신청서·증명서"}


@template(7)
def t_fm_consent(r, b):
    p = Person(r, y0=1950, y1=2006)
    org = pick(r, [a[0] for a in AGENCIES])
    pur = pick(r, ["체육시설 회원 관리", "교육 수강생 선발", "공모전 심사 및 시상", "자원봉사자 관리"])
    b.f("개인정보 수집·이용 동의서\n\n{org}{j1} {pur}{j2} 위하여 아래와 같이 개인정보를 수집·이용하고자 합니다.\n",
        org=org, j1=josa(org, "은/는"), pur=pur, j2=josa(pur, "을/를"))
    b.t("1. 수집 항목: 성명, 생년월일, 휴대전화번호, 전자우편, 주소\n2. 보유 기간: 사업 종료 후 1년\n3. 동의를 거부할 권리가 있으며, 거부 시 참여가 제한될 수 있습니다.\n\n")
    b.f("위 내용에 {c}\n\n", c=chk(r, ["동의합니다", "동의하지 않습니다"]))
    lay = pick(r, ["lines", "table"])
    if lay == "lines":
        b.f("성명: {n} (서명)\n생년월일: {dob}\n휴대전화: {ph}\n전자우편: {e}\n주소: {a}\n", n=PN(p), dob=S_DOB(r, p), ph=S_MOB(r, p),
            e=S_EMAIL(r, p), a=S_ADDR(r))
    else:
        b.f("| 성명 | {n} | 생년월일 | {dob} |\n| 연락처 | {ph} | 이메일 | {e} |\n| 주소 | {a} |\n", n=PN(p), dob=S_DOB(r, p), ph=S_MOB(r, p),
            e=S_EMAIL(r, p), a=S_ADDR(r))
    b.f("\n{d}\n", d=fdate(recent(r)))
    if r.random() < 0.4 and p.age() < 19:
        g = Person(r, y0=1965, y1=1990)
        b.f("법정대리인: {n} (서명) 연락처 {ph}\n", n=PN(g), ph=S_MOB(r, g))
    return {"genre": "신청서·증명서"}


@template(14)
def t_fm_blank(r, b):
    t = pick(r, ["개인정보 수집·이용 동의서(서식)", "여권 발급 신청서 작성 예시", "환급금 지급 신청서(빈 양식)", "위임장 서식",
                 "외국인등록 신청서 기재 요령", "운전면허증 재발급 신청서 작성 방법"])
    b.f("{t}\n\n", t=t)
    ex = Neg("홍길동", "placeholder_person")
    b.f("성명: ____________ (서명 또는 인)    ※ 작성 예: {ex}\n주민등록번호: ______-_______    ※ 예: {pn}\n",
        ex=ex, pn=N_phnum(r))
    b.t(pick(r, ["휴대전화: 010-____-____\n전자우편: ________@________\n", "전화번호: (   )    -\n", "연락처: \n"]))
    b.t(pick(r, ["주소: 시·도 ____ 시·군·구 ____ 도로명 ____\n", "주소(도로명): \n"]))
    cc_pair = N_callcenter(r)
    b.f("\n※ 작성 시 유의사항\n 1. 성명은 주민등록표에 기재된 대로 적습니다(예: {ex2}).\n 2. 허위로 작성한 경우 {st}에 따라 처벌받을 수 있습니다.\n 3. 문의: {nm} {cc}\n",
        ex2=Neg(pick(r, ["홍길동", "김○○"]), "placeholder_person"), st=N_statute(r, "주민등록|여권|출입국"), nm=cc_pair[0], cc=cc_pair[1])
    if r.random() < 0.5:
        b.f("\n접수번호 {rc}    처리기간 {k}일    수수료 {am}\n", rc=N_receipt(r), k=r.randint(1, 14), am=N_amount(r, 1, 30))
    return {"genre": "신청서·증명서", "no_pii": True}


@template(8)
def t_fm_refund(r, b):
    p = Person(r, y0=1940, y1=2000)
    acc = Account(r)
    other = r.random() < 0.3
    holder = Person(r, y0=1940, y1=2000) if other else p
    ad = Addr(r)
    b.f("{t}\n\n신청인\n  성명: {n}\n  주민등록번호: {rrn}\n  연락처: {ph}\n  주소: {a}{ref}\n\n", t=pick(r, ["과오납금 환급 신청서", "환급금 지급 청구서", "보증금 반환 신청서"]),
        n=PN(p), rrn=S_RRN(r, p, pick(r, ["hyphen", "hyphen", "plain", "mask_star"])), ph=S_MOB(r, p), a=ad.span(),
        ref=(" " + ad.ref) if ad.style != "jibun" and r.random() < 0.5 else "")
    b.f("환급금 수령 계좌\n  금융기관: {bk}\n  계좌번호: {acc}\n  예금주: {h}{rel}\n\n", bk=acc.bank, acc=S_ACC(r, acc), h=PN(holder),
        rel=" (신청인의 %s)" % pick(r, ["배우자", "자녀", "부모"]) if other else "")
    b.f("환급 사유: {why}\n환급 요청액: {am}\n\n{d}\n신청인 {n} (인)\n", why=pick(r, ["이중 납부", "부과 취소", "계약 해지", "과다 징수"]),
        am=N_amount(r), d=fdate(recent(r)), n=PN(p))
    return {"genre": "신청서·증명서"}


@template(7)
def t_fm_card_lost(r, b):
    p = Person(r, y0=1950, y1=2004)
    b.f("{t}\n\n회원 성명: {n}    생년월일: {dob}\n휴대전화: {ph}\n", t=pick(r, ["신용카드 분실·도난 신고서", "카드 부정사용 이의신청서", "카드 재발급 신청서"]),
        n=PN(p), dob=S_DOB(r, p, pick(r, ["yymmdd", "dot_pad", "iso", "dot_space"])), ph=S_MOB(r, p))
    for k in range(r.randint(1, 2)):
        b.f("카드번호: {c}    ({iss})\n", c=S_CARD(r, pick(r, ["hyphen", "hyphen", "space", "plain", "mask_mid"])), iss=pick(r, CARD_ISSUERS))
    b.f("분실 일시/장소: {d} {pl}\n", d=fdate(recent(r)), pl=pick(r, ["지하철 2호선 역삼역 부근", "택시 안", "대형마트 주차장", "해외 여행 중 호텔"]))
    if r.random() < 0.6:
        b.f("청구지 주소: {a}\n", a=S_ADDR(r))
    if r.random() < 0.5:
        b.f("전자우편: {e}\n", e=S_EMAIL(r, p) if r.random() < 0.6 else S_EMAIL_OBF(r, p))
    b.f("\n※ 분실 신고 이후 발생한 부정사용 금액은 보상됩니다. (ARS {cc})\n", cc=Neg(pick(r, ["1588-8100", "1544-7000", "1577-6000", "1588-4000"]), "switchboard"))
    return {"genre": "신청서·증명서"}


@template(7)
def t_fm_child(r, b):
    child = Person(r, y0=2019, y1=2025)
    if child.birth > datetime.date(2025, 5, 31):
        child.birth = datetime.date(2024, child.birth.month, min(child.birth.day, 28))
    g = Person(r, y0=1980, y1=1997)
    acc = Account(r)
    b.f("{t}\n\n[아동]\n  성명: {cn}    주민등록번호: {crrn}\n", t=pick(r, ["아동수당 지급 신청서", "부모급여 신청서", "첫만남이용권 신청서"]),
        cn=PN(child), crrn=S_RRN(r, child, pick(r, ["hyphen", "hyphen", "plain"])))
    b.f("[보호자(신청인)]\n  성명: {n}    관계: {rel}\n  주민등록번호: {rrn}\n  휴대전화: {ph}\n  주소: {a}\n", n=PN(g),
        rel=pick(r, ["모", "부"]), rrn=S_RRN(r, g, pick(r, ["hyphen", "mask_star"])), ph=S_MOB(r, g), a=S_ADDR(r))
    b.f("[지급 계좌]\n  {bk} {acc}  예금주 {h}\n\n{d}\n신청인 {n} (서명)\n", bk=acc.bank, acc=S_ACC(r, acc), h=PN(pick(r, [g, child])),
        d=fdate(recent(r)), n=PN(g))
    return {"genre": "신청서·증명서"}


@template(6)
def t_fm_employment(r, b):
    p = Person(r, y0=1960, y1=2002)
    ceo = Person(r, y0=1950, y1=1985)
    co = pick(r, COMPANIES)
    b.f("재직증명서\n\n성    명: {n}\n주민등록번호: {rrn}\n주    소: {a}\n소    속: {dept}\n직    위: {pos}\n재직기간: {d} ~ 현재\n용    도: {u}\n\n",
        n=PN(p), rrn=S_RRN(r, p, pick(r, ["hyphen", "mask_star", "hyphen"])), a=S_ADDR(r),
        dept=pick(r, ["경영지원팀", "연구소", "영업1팀", "생산관리부"]), pos=pick(r, ["사원", "대리", "과장", "차장", "책임연구원"]),
        d=fdate(recent(r, 2008, 2023)), u=pick(r, ["금융기관 제출용", "관공서 제출용", "비자 신청용"]))
    b.f("위 사람은 당사에 재직하고 있음을 증명합니다.\n{d}\n\n회사명: {co}\n사업자등록번호: {brn}\n대표이사: {c} (직인)\n",
        d=fdate(recent(r)), co=Neg(co, "company_name"), brn=S_BRN(r, corp=True), c=PN(ceo))
    if r.random() < 0.6:
        hr = Person(r, y0=1975, y1=1998)
        b.f("발급 담당: 인사팀 {h} ({t}, {e})\n", h=PN(hr), t=S_TEL(r, kind="business"),
            e=S_EMAIL(r, v=romanize(hr.given).replace(" ", "") + "." + (SURNAME_ROMAN.get(hr.sur) or romanize(hr.sur)) + "@" + CO_DOMAINS[COMPANIES.index(co)]))
    return {"genre": "신청서·증명서"}


@template(6)
def t_fm_poa(r, b):
    a1, a2 = Person(r, y0=1940, y1=2000), Person(r, y0=1950, y1=2003)
    b.f("위 임 장\n\n[위임하는 사람]\n성명: {n1}   주민등록번호: {r1}\n주소: {ad1}\n전화: {p1}\n\n[위임받는 사람]\n성명: {n2}   주민등록번호: {r2}\n위임인과의 관계: {rel}\n전화: {p2}\n\n",
        n1=PN(a1), r1=S_RRN(r, a1, pick(r, ["hyphen", "hyphen", "plain"])), ad1=S_ADDR(r), p1=S_MOB(r, a1), n2=PN(a2),
        r2=S_RRN(r, a2, pick(r, ["hyphen", "mask_star"])), rel=pick(r, ["자녀", "배우자", "형제", "지인"]), p2=S_MOB(r, a2))
    b.f("위 사람에게 {what}에 관한 일체의 권한을 위임합니다.\n\n{d}\n위임인 {n1} (인)\n", what=pick(r, ["주민등록표 등본 발급", "인감증명서 발급", "자동차 이전등록", "건강보험 자격 변경 신고"]),
        d=fdate(recent(r)), n1=PN(a1))
    return {"genre": "신청서·증명서"}


@template(8)
def t_fm_rental(r, b):
    p = Person(r, y0=1960, y1=2003)
    co = pick(r, COMPANIES)
    rd1 = recent(r)
    b.f("자동차 대여(렌터카) 계약서\n\n대여 차량: {pl} ({car}, {fuel})\n대여 기간: {d1} 10:00 ~ {d2} 10:00\n\n[임차인]\n성명: {n}   생년월일: {dob}\n운전면허번호: {dl}\n휴대전화: {ph}\n",
        pl=S_PLATE(r, "rental"), car=pick(r, CARS), fuel=pick(r, ["휘발유", "경유", "전기", "LPG"]), d1=fdate(rd1),
        d2=fdate(rd1 + datetime.timedelta(days=r.randint(1, 9))), n=PN(p), dob=S_DOB(r, p, pick(r, ["yymmdd", "dot_pad", "dot_space", "iso"])), dl=S_DL(r), ph=S_MOB(r, p))
    if r.random() < 0.5:
        b.f("주소: {a}\n", a=S_ADDR(r))
    if r.random() < 0.4:
        d2 = Person(r, y0=1960, y1=2003)
        b.f("[제2운전자] {n} / 면허번호 {dl} / {ph}\n", n=PN(d2), dl=S_DL(r), ph=S_MOB(r, d2))
    b.f("\n결제: {iss} {c} (승인번호 {ap})\n대여 요금: {am}  (보험: 자차 완전면책)\n\n대여 회사: {co} (고객센터 {cc})\n",
        iss=pick(r, CARD_ISSUERS), c=S_CARD(r, pick(r, ["hyphen", "mask_mid", "mask_mid_space", "mask_8"])), ap="%08d" % r.randint(0, 99999999),
        am=N_amount(r, 50, 900), co=Neg(co, "company_name"), cc=Neg(pick(r, ["1588-1230", "1600-8000", "1544-1600"]), "switchboard"))
    return {"genre": "신청서·증명서"}


# =============================================================================
# Templates: 표 (tables flattened to text) and CSV exports
# =============================================================================
def piece_text(x):
    if x is None:
        return ""
    if isinstance(x, Span):
        return x.value
    if isinstance(x, Neg):
        return x.value
    if isinstance(x, (list, tuple)):
        return "".join(piece_text(y) for y in x)
    return str(x)


def render_table(r, b, headers, rows, style=None, header=True):
    style = style or pick(r, ["pipe", "pipe_sp", "tab", "spaces", "border"])
    allrows = ([headers] if header else []) + rows
    if style == "spaces":
        w = [max(len(piece_text(row[c])) for row in allrows) for c in range(len(headers))]
        for row in allrows:
            for c, cell in enumerate(row):
                b.add(cell)
                if c < len(row) - 1:
                    b.t(" " * (w[c] - len(piece_text(cell)) + r.choice([2, 2, 3, 4])))
            b.t("\n")
        return style
    sep = {"pipe": "|", "pipe_sp": " | ", "tab": "\t", "border": " | "}[style]
    for k, row in enumerate(allrows):
        if style == "border":
            b.t("| ")
        for c, cell in enumerate(row):
            b.add(cell)
            if c < len(row) - 1:
                b.t(sep)
        if style == "border":
            b.t(" |")
        b.t("\n")
        if style == "border" and header and k == 0:
            b.t("|" + "|".join("---" for _ in headers) + "|\n")
    return style


def tbl_title(r, b, title):
    b.f("{t}\n{x}", t=title, x=pick(r, ["", "", "※ 담당자 외 열람 금지\n", "※ 외부 유출 금지\n", "기준일: %s\n" % fdate(recent(r))]))


@template(8)
def t_tb_staff(r, b):
    ag = pick(r, AGENCIES)
    dept = pick(r, DEPTS)
    tbl_title(r, b, pick(r, ["%s 비상연락망" % dept, "%s 직원 연락처" % dept, "재난 대비 비상소집 연락망 (%s)" % dept]))
    hdr = ["연번", "성명", "직위", "내선", "휴대전화", "이메일"]
    rows = []
    used = []
    for k in range(r.randint(3, 7)):
        p, rk = official(r)
        t = agency_tel(r, ag, avoid=used)
        used.append(t)
        rows.append([str(k + 1), PN(p), rk, S_TEL(r, t, kind="official", style=pick(r, ["hyphen", "hyphen", "plain"])),
                     S_MOB(r, p, pick(r, ["hyphen", "hyphen", "plain", "dot"])), S_EMAIL(r, v=p.email(domain=ag[7]))])
    render_table(r, b, hdr, rows, header=r.random() < 0.8)
    b.f("\n※ 야간·휴일 상황실: {sw}\n", sw=N_switch(ag))
    return {"genre": "표"}


@template(8)
def t_tb_trainees(r, b):
    tbl_title(r, b, pick(r, ["2025년 상반기 직업훈련 수강생 명단", "주민 정보화 교육 신청자 현황", "청년 인턴 합격자 명단", "노인 일자리 참여자 명부"]))
    hdr = ["번호", "성명", "생년월일", "연락처", "주소"]
    dstyle = pick(r, ["dot_pad_nodot", "iso", "yymmdd", "dot_space", "yy_dot", "yyyymmdd"])
    rows = []
    for k in range(r.randint(3, 6)):
        p = Person(r, y0=1945, y1=2005)
        rows.append([str(k + 1), PN(p), S_DOB(r, p, dstyle), S_MOB(r, p, pick(r, ["hyphen", "plain"])),
                     S_ADDR(r, style=pick(r, ["road_short", "road_gu", "road", "jibun"]))])
    render_table(r, b, hdr, rows, header=r.random() < 0.75)
    return {"genre": "표"}


@template(8)
def t_tb_beneficiaries(r, b):
    tbl_title(r, b, pick(r, ["긴급생계비 지급 대상자 및 지급계좌", "재난지원금 지급 명세", "장학금 지급 대상자 명단", "출산지원금 지급 내역"]))
    hdr = ["성명", "주민등록번호", "은행", "계좌번호", "지급액"]
    rst = pick(r, ["hyphen", "hyphen", "plain", "mask_star"])
    rows = []
    for k in range(r.randint(3, 6)):
        p = Person(r, y0=1940, y1=2004)
        acc = Account(r)
        rows.append([PN(p), S_RRN(r, p, rst), acc.bank, S_ACC(r, acc, pick(r, ["hyphen", "hyphen", "plain", "mask"])), N_amount(r, 100, 3000)])
    render_table(r, b, hdr, rows, header=r.random() < 0.8)
    b.f("\n합계 {n}명\n", n=len(rows))
    return {"genre": "표"}


@template(9)
def t_tb_foreign_workers(r, b):
    co = N_company(r)
    b.f("{co} 외국인 근로자 현황 ({d})\n", co=co, d=fdate(recent(r)))
    hdr = ["성명", "국적", "외국인등록번호", "여권번호", "체류만료일"]
    rows = []
    for k in range(r.randint(3, 6)):
        p = foreign_person(r, y0=1970, y1=2004)
        rows.append([PN(p, pick(r, ["latin", "latin", "hangul"])), p.nat, S_FRN(r, p, pick(r, ["hyphen", "hyphen", "plain"])),
                     S_PASS(r, p), fdate(recent(r, 2025, 2028), "dotpad")])
    render_table(r, b, hdr, rows, header=r.random() < 0.8)
    hr = Person(r, y0=1970, y1=1995)
    b.f("\n담당: 관리부 {n} {t}\n", n=PN(hr), t=S_MOB(r, hr))
    return {"genre": "표"}


@template(9)
def t_tb_travelers(r, b):
    ag = pick(r, AGENCIES[:18])
    official_trip = r.random() < 0.5
    b.f("{t}\n", t=pick(r, ["국외출장자 명단 및 여권 정보", "해외 연수단 항공권 발권용 명단", "자매도시 방문단 명단"]) if official_trip else
        pick(r, ["단체 여행객 명단 (출국 수속용)", "해외 봉사단 참가자 명단"]))
    hdr = ["성명", "영문 성명", "여권번호", "생년월일", "연락처"]
    rows = []
    for k in range(r.randint(3, 6)):
        p = Person(r, y0=1955, y1=2005)
        pp = S_PASS(r, prefix="G" if official_trip and r.random() < 0.7 else None)
        rows.append([PN(p), roman_name(r, p), pp, S_DOB(r, p, pick(r, ["yyyymmdd", "iso", "en_passport", "dot_pad_nodot"])), S_MOB(r, p)])
    render_table(r, b, hdr, rows, header=r.random() < 0.85)
    if official_trip:
        o = official(r)
        b.f("\n인솔: {rk} {n} ({t})\n", rk=o[1], n=PN(o[0]), t=S_TEL(r, agency_tel(r, ag), kind="official"))
    return {"genre": "표"}


@template(7)
def t_tb_vehicles(r, b):
    apt = pick(r, APT_NAMES)
    tbl_title(r, b, pick(r, ["%s 입주민 차량 등록 현황" % apt, "정기 주차권 발급 대장", "불법 주정차 상습 차량 목록"]))
    hdr = ["차량번호", "소유자", "동·호수", "연락처"]
    rows = []
    for k in range(r.randint(3, 7)):
        p = Person(r)
        rows.append([S_PLATE(r, pick(r, ["two", "three", "three", "nospace", "rental"])), PN(p),
                     "%d동 %d호" % (r.randint(101, 112), r.randint(1, 20) * 100 + r.randint(1, 4)), S_MOB(r, p, pick(r, ["hyphen", "plain"]))])
    render_table(r, b, hdr, rows, header=r.random() < 0.7)
    return {"genre": "표"}


@template(8)
def t_tb_drivers(r, b):
    tbl_title(r, b, pick(r, ["통학버스 운전원 현황", "관용차량 운전원 면허 확인 대장", "배송 기사 등록 명단", "대리운전 기사 등록부"]))
    hdr = ["성명", "생년월일", "면허번호", "면허종별", "연락처", "차량번호"]
    rows = []
    for k in range(r.randint(3, 6)):
        p = Person(r, y0=1955, y1=2000)
        rows.append([PN(p), S_DOB(r, p, pick(r, ["yymmdd", "dot_pad_nodot", "iso"])), S_DL(r), pick(r, ["1종대형", "1종보통", "2종보통"]),
                     S_MOB(r, p), S_PLATE(r, pick(r, ["commercial", "two", "three", "delivery"]))])
    render_table(r, b, hdr, rows, header=r.random() < 0.8)
    return {"genre": "표"}


@template(7)
def t_tb_merchants(r, b):
    tbl_title(r, b, pick(r, ["지역화폐 가맹점 등록 현황", "착한가격업소 지정 목록", "위생등급 지정 업소 명단"]))
    hdr = ["상호", "사업자등록번호", "대표자", "전화번호", "소재지"]
    rows = []
    for k in range(r.randint(3, 6)):
        p = Person(r, y0=1950, y1=1995)
        rows.append([pick(r, SELF_BIZ), S_BRN(r, corp=False, style=pick(r, ["hyphen", "hyphen", "plain"])), PN(p),
                     pick(r, [S_TEL(r, kind="business"), S_TEL(r, phone070(r), kind="voip")]),
                     S_ADDR(r, style=pick(r, ["road_gu", "road_short", "road_gil"]))])
    render_table(r, b, hdr, rows, header=r.random() < 0.85)
    return {"genre": "표"}


@template(6)
def t_tb_checkup(r, b):
    co = N_company(r)
    b.f("{co} 일반건강검진 대상자 명단\n", co=co)
    hdr = ["성명", "주민등록번호", "건강보험증번호", "부서"]
    rows = []
    for k in range(r.randint(3, 6)):
        p = Person(r, y0=1960, y1=2003)
        rows.append([PN(p), S_RRN(r, p, pick(r, ["mask_star", "hyphen", "mask_star"])), S_HI(r, pick(r, ["plain", "plain", "dash1"])),
                     pick(r, ["생산1팀", "물류팀", "총무팀", "연구소", "영업팀"])])
    render_table(r, b, hdr, rows, header=r.random() < 0.8)
    b.f("\n※ 문의: 국민건강보험공단 {cc}\n", cc=Neg("1577-1000", "switchboard"))
    return {"genre": "표"}


@template(6)
def t_tb_cards(r, b):
    tbl_title(r, b, pick(r, ["법인 임직원 개인카드 등록 현황", "복지카드 발급 내역", "교통카드 환불 신청 목록"]))
    hdr = ["성명", "카드사", "카드번호", "발급일", "휴대전화"]
    cst = pick(r, ["hyphen", "space", "mask_mid", "plain"])
    rows = []
    for k in range(r.randint(3, 6)):
        p = Person(r, y0=1960, y1=2003)
        rows.append([PN(p), pick(r, CARD_ISSUERS), S_CARD(r, cst), fdate(recent(r, 2020, 2025), "dotpad"), S_MOB(r, p)])
    render_table(r, b, hdr, rows, header=r.random() < 0.8)
    return {"genre": "표"}


@template(6)
def t_tb_access(r, b):
    b.f("개인정보처리시스템 접속기록 점검표 ({d})\n", d=fdate(recent(r)))
    hdr = ["접속일시", "사용자ID", "접속IP", "수행업무", "정보주체"]
    rows = []
    for k in range(r.randint(3, 6)):
        p = Person(r)
        d = recent(r)
        rows.append(["%s %02d:%02d:%02d" % (d.isoformat(), r.randint(8, 19), r.randint(0, 59), r.randint(0, 59)), N_userid(r),
                     S_IP(r, pick(r, ["private", "private", "public"])), pick(r, ["조회", "출력", "수정", "다운로드"]), PN(p)])
    render_table(r, b, hdr, rows, header=True)
    b.t(pick(r, ["\n※ 업무시간 외 다운로드 1건 소명 요청\n", "\n점검 결과: 이상 없음\n"]))
    return {"genre": "표"}


@template(6)
def t_tb_vendors(r, b):
    tbl_title(r, b, pick(r, ["협력업체 등록 현황", "입찰 참가 업체 목록", "공동도급 구성원 현황"]))
    hdr = ["업체명", "법인등록번호", "사업자등록번호", "대표이사", "담당자 이메일"]
    rows = []
    for k in range(r.randint(2, 5)):
        ci = r.randrange(len(COMPANIES))
        p = Person(r, y0=1950, y1=1985)
        st = Person(r, y0=1975, y1=1998)
        em = romanize(st.given) + "." + (SURNAME_ROMAN.get(st.sur) or romanize(st.sur)) + "@" + CO_DOMAINS[ci]
        rows.append([Neg(COMPANIES[ci], "company_name"), S_CRN(r), S_BRN(r, corp=True), PN(p), S_EMAIL(r, v=em)])
    render_table(r, b, hdr, rows, header=r.random() < 0.85)
    return {"genre": "표"}


@template(16)
def t_tb_nopii(r, b):
    kind = pick(r, ["stats", "notices", "docs", "cases"])
    if kind == "stats":
        b.f("{t}\n", t=pick(r, ["2024년 민원 처리 현황", "분기별 개인정보 유출 신고 건수", "외국인 주민 국적별 현황", "운전면허 행정처분 통계"]))
        rows = [[pick(r, ["1분기", "2분기", "3분기", "4분기", "베트남", "중국", "필리핀", "정지", "취소", "상담", "방문"]), "{:,}".format(r.randint(10, 99999)),
                 "%.1f%%" % (r.random() * 100)] for _ in range(r.randint(3, 6))]
        render_table(r, b, ["구분", "건수", "비율"], rows, header=True)
    elif kind == "notices":
        b.t("입찰 공고 목록\n")
        rows = [[N_pubid(r), pick(r, ["청사 청소용역", "CCTV 유지보수", "홈페이지 고도화", "민원실 리모델링"]), pick(r, DEPTS),
                 N_switch(pick(r, AGENCIES))] for _ in range(r.randint(2, 5))]
        render_table(r, b, ["공고번호", "건명", "부서", "문의(대표)"], rows, header=True)
    elif kind == "docs":
        b.t("생산문서 등록대장\n")
        rows = [[N_doc(r), pick(r, ["개인정보 보호 교육 결과 보고", "주차장 운영 계획", "위원회 개최 알림", "예산 전용 승인"]),
                 fdate(recent(r)), pick(r, ["공개", "부분공개(6)", "비공개(5)"])] for _ in range(r.randint(3, 6))]
        render_table(r, b, ["문서번호", "제목", "시행일자", "공개여부"], rows, header=True)
    else:
        b.t("행정심판 사건 목록\n")
        rows = [[N_case(r), pick(r, ["운전면허 취소처분 취소청구", "영업정지처분 취소청구", "정보공개 거부처분 취소청구"]),
                 Neg(pick(r, ["김○○", "이○○", "박**", "정 모 씨", "A법인", "B사"]), "placeholder_person"), pick(r, ["기각", "인용", "각하"])]
                for _ in range(r.randint(3, 6))]
        render_table(r, b, ["사건번호", "사건명", "청구인", "결과"], rows, header=True)
    b.f("\n근거: {st}\n", st=N_statute(r))
    return {"genre": "표", "no_pii": True}


def csv_field(x):
    t = piece_text(x)
    if any(c in t for c in ',"\n'):
        return ['"', x, '"']
    return [x]


def render_csv(r, b, headers, rows, header=True, delim=","):
    if header:
        b.t(delim.join(headers) + "\n")
    for row in rows:
        for c, cell in enumerate(row):
            b.add(csv_field(cell) if delim == "," else cell)
            if c < len(row) - 1:
                b.t(delim)
        b.t("\n")


@template(8)
def t_csv_members(r, b):
    hdr = ["member_id", "name", "birth", "mobile", "email", "address", "joined_at"]
    dst = pick(r, ["iso", "yyyymmdd", "dot_pad_nodot", "slash"])
    rows = []
    for k in range(r.randint(3, 6)):
        p = Person(r, y0=1950, y1=2006)
        rows.append([N_userid(r), PN(p), S_DOB(r, p, dst), S_MOB(r, p, pick(r, ["hyphen", "plain"])),
                     S_EMAIL(r, p), S_ADDR(r), recent(r).isoformat() + " %02d:%02d" % (r.randint(0, 23), r.randint(0, 59))])
    render_csv(r, b, hdr, rows, header=r.random() < 0.85)
    return {"genre": "CSV"}


@template(8)
def t_csv_payments(r, b):
    hdr = ["주문번호", "주문자", "결제수단", "카드번호", "승인금액", "승인일시"]
    rows = []
    for k in range(r.randint(3, 6)):
        p = Person(r)
        rows.append(["%s%06d" % (recent(r).strftime("%Y%m%d"), r.randint(0, 999999)), PN(p), pick(r, CARD_ISSUERS),
                     S_CARD(r, pick(r, ["mask_mid", "hyphen", "plain", "mask_8"])), str(r.randint(1, 500) * 1000),
                     recent(r).isoformat() + "T%02d:%02d:%02d" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))])
    render_csv(r, b, hdr, rows, header=r.random() < 0.85)
    return {"genre": "CSV"}


@template(7)
def t_csv_transfers(r, b):
    hdr = ["거래일자", "받는분", "은행", "계좌번호", "금액", "메모"]
    rows = []
    for k in range(r.randint(3, 6)):
        p = Person(r)
        acc = Account(r)
        rows.append([fdate(recent(r), "iso"), PN(p), acc.bank, S_ACC(r, acc, pick(r, ["hyphen", "plain", "plain"])),
                     "{:,}".format(r.randint(1, 900) * 10000), pick(r, ["월세", "용역대금", "환불", "경조사비", "강사료"])])
    render_csv(r, b, hdr, rows, header=r.random() < 0.8, delim=pick(r, [",", ",", ";"]))
    return {"genre": "CSV"}


@template(9)
def t_csv_ids(r, b):
    kind = pick(r, ["rrn", "frn", "dl", "hi", "corp"])
    if kind == "corp":
        hdr = ["법인명", "법인등록번호", "사업자등록번호", "대표자", "대표전화"]
        rows = []
        for k in range(r.randint(3, 5)):
            p = Person(r, y0=1950, y1=1985)
            rows.append([N_company(r), S_CRN(r, style=pick(r, ["hyphen", "plain"])), S_BRN(r, corp=True, style=pick(r, ["hyphen", "plain"])),
                         PN(p), S_TEL(r, kind="business")])
    elif kind == "rrn":
        hdr = ["no", "성명", "주민등록번호", "전화번호"]
        rows = []
        for k in range(r.randint(3, 6)):
            p = Person(r, y0=1940, y1=2006)
            rows.append([str(k + 1), PN(p), S_RRN(r, p, pick(r, ["hyphen", "plain"])), S_MOB(r, p)])
    elif kind == "frn":
        hdr = ["no", "name", "nationality", "arc_no", "passport_no"]
        rows = []
        for k in range(r.randint(3, 6)):
            p = foreign_person(r, y0=1970, y1=2004)
            rows.append([str(k + 1), PN(p, "latin"), p.nat3, S_FRN(r, p, pick(r, ["hyphen", "plain"])), S_PASS(r, p)])
    elif kind == "dl":
        hdr = ["성명", "생년월일", "면허번호", "적성검사만료일"]
        rows = []
        for k in range(r.randint(3, 6)):
            p = Person(r, y0=1950, y1=2004)
            rows.append([PN(p), S_DOB(r, p, pick(r, ["iso", "yymmdd"])), S_DL(r, pick(r, ["num", "plain", "num"])),
                         fdate(recent(r, 2025, 2033), "iso")])
    else:
        hdr = ["성명", "건강보험증번호", "자격구분", "취득일"]
        rows = []
        for k in range(r.randint(3, 6)):
            p = Person(r)
            rows.append([PN(p), S_HI(r, "plain"), pick(r, ["직장", "지역", "피부양자"]), fdate(recent(r, 2010, 2024), "iso")])
    render_csv(r, b, hdr, rows, header=r.random() < 0.85)
    return {"genre": "CSV"}


# =============================================================================
# Templates: 시스템 로그
# =============================================================================
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def ts_clf(r, d):
    return "%02d/%s/%d:%02d:%02d:%02d +0900" % (d.day, MON3[d.month - 1], d.year, r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def ua(r):
    k = pick(r, ["chrome", "edge", "safari", "android", "whale"])
    if k == "chrome":
        return ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/",
                Neg("%d.0.0.0" % r.randint(110, 131), "version_number"), " Safari/537.36"]
    if k == "edge":
        return ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/",
                Neg("%d.0.0.0" % r.randint(110, 131), "version_number"), " Safari/537.36 Edg/",
                Neg("%d.0.%d.%d" % (r.randint(110, 131), r.randint(1000, 2999), r.randint(10, 99)), "version_number")]
    if k == "safari":
        return ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_%d like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.%d Mobile/15E148 Safari/604.1" % (r.randint(0, 6), r.randint(0, 6))]
    if k == "android":
        return ["Mozilla/5.0 (Linux; Android 14; SM-S918N) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/",
                Neg("%d.0.%d.%d" % (r.randint(110, 131), r.randint(5000, 6999), r.randint(10, 200)), "version_number"), " Mobile Safari/537.36"]
    return ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Whale/",
            Neg("3.%d.%d.%d" % (r.randint(20, 28), r.randint(100, 250), r.randint(10, 20)), "version_number"), " Safari/537.36"]


@template(8)
def t_lg_access(r, b):
    d = recent(r)
    host = pick(r, ["www.minwon.example.go.kr", "reserve.example.or.kr", "edu.example.kr"])
    for k in range(r.randint(3, 6)):
        ip = S_IP(r, pick(r, ["public", "public", "private", "v6"]))
        kind = pick(r, ["plain", "plain", "email", "phone", "name"])
        if kind == "plain":
            path = [pick(r, ["/main.do", "/minwon/list.do?page=%d" % r.randint(1, 40), "/static/js/app.%x.js" % r.randint(10 ** 6, 10 ** 7),
                             "/reserve/calendar?month=%d" % r.randint(1, 12), "/favicon.ico"])]
        elif kind == "email":
            p = Person(r)
            path = ["/api/member/check-email?email=", S_EMAIL(r, p)]
        elif kind == "phone":
            path = ["/api/sms/send?to=", S_MOB(r, style="plain"), "&type=AUTH"]
        else:
            p = Person(r)
            path = ["/api/member/find-id?name=", PN(p), "&birth=", S_DOB(r, p, "yyyymmdd")]
        b.add([ip, " - - [", ts_clf(r, d), "] \"", pick(r, ["GET", "GET", "POST"]), " "] + path +
              [" HTTP/1.1\" ", pick(r, ["200", "200", "302", "404", "500"]), " ", str(r.randint(200, 90000)), " \"https://", host, "/\" \""]
              + ua(r) + ["\"\n"])
    return {"genre": "시스템 로그"}


@template(7)
def t_lg_auth(r, b):
    d = recent(r)
    host = pick(r, ["was01", "web-prd-02", "db-bastion", "gw01"])
    for k in range(r.randint(3, 7)):
        kind = pick(r, ["ssh_fail", "ssh_ok", "app_ok", "app_fail"])
        ts = "%s %2d %02d:%02d:%02d" % (MON3[d.month - 1], d.day, r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
        if kind == "ssh_fail":
            b.add([ts, " ", host, " sshd[", str(r.randint(1000, 65000)), "]: Failed password for invalid user ",
                   pick(r, ["admin", "oracle", "test", "ubuntu", "root"]), " from ", S_IP(r, "public"), " port ", str(r.randint(1024, 65535)), " ssh2\n"])
        elif kind == "ssh_ok":
            b.add([ts, " ", host, " sshd[", str(r.randint(1000, 65000)), "]: Accepted publickey for ", N_userid(r), " from ",
                   S_IP(r, "private"), " port ", str(r.randint(1024, 65535)), " ssh2\n"])
        elif kind == "app_ok":
            p = Person(r)
            b.add([d.isoformat(), "T%02d:%02d:%02d.%03d+09:00 INFO  [LoginController] login success userId=" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999)),
                   N_userid(r), " userName=", PN(p), " clientIp=", S_IP(r), "\n"])
        else:
            b.add([d.isoformat(), "T%02d:%02d:%02d.%03d+09:00 WARN  [LoginController] password mismatch (%d/5) loginId=" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999), r.randint(1, 5)),
                   S_EMAIL(r, Person(r)), " clientIp=", S_IP(r), "\n"])
    return {"genre": "시스템 로그"}


@template(7)
def t_lg_notify(r, b):
    d = recent(r)
    for k in range(r.randint(3, 6)):
        p = Person(r)
        ts = "%s %02d:%02d:%02d,%03d" % (d.isoformat(), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))
        kind = pick(r, ["sms", "mail", "kakao"])
        if kind == "sms":
            b.add(["[", ts, "] INFO  SmsSender - to=", S_MOB(r, p, pick(r, ["plain", "hyphen"])), " template=",
                   pick(r, ["AUTH_CODE", "RESERVE_OK", "PAY_DONE"]), " userId=", N_userid(r), " result=OK\n"])
        elif kind == "mail":
            b.add(["[", ts, "] INFO  MailSender - rcpt=<", S_EMAIL(r, p), "> subject=\"", pick(r, ["예약 확인", "민원 처리 결과", "비밀번호 재설정"]),
                   "\" size=", str(r.randint(2000, 90000)), " status=sent\n"])
        else:
            b.add(["[", ts, "] INFO  AlimtalkClient - receiver=", S_MOB(r, p, "plain"), " name=", PN(p), " tmpl=REFUND_", str(r.randint(1, 9)),
                   " status=", pick(r, ["SUCCESS", "FAIL(3016)"]), "\n"])
    return {"genre": "시스템 로그"}


@template(8)
def t_lg_payment(r, b):
    d = recent(r)
    for k in range(r.randint(2, 5)):
        p = Person(r)
        ts = "%s %02d:%02d:%02d" % (d.isoformat(), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
        kind = pick(r, ["approve", "approve", "debug", "refund"])
        if kind == "approve":
            b.add([ts, " [PG] APPROVE order=", "ORD%s%05d" % (d.strftime("%y%m%d"), r.randint(0, 99999)), " card=",
                   S_CARD(r, pick(r, ["mask_mid", "plain", "mask_mid"])), " amt=", str(r.randint(1, 900) * 100), " res=0000 ip=", S_IP(r), "\n"])
        elif kind == "debug":
            b.add([ts, " [PG] DEBUG request body={\"cardNo\":\"", S_CARD(r, "plain"), "\",\"expiry\":\"%02d/%02d\",\"buyerName\":\"" % (r.randint(1, 12), r.randint(25, 30)),
                   PN(p), "\",\"buyerTel\":\"", S_MOB(r, p, "plain"), "\"}\n"])
        else:
            acc = Account(r)
            b.add([ts, " [PG] REFUND order=", "ORD%s%05d" % (d.strftime("%y%m%d"), r.randint(0, 99999)), " bank=", acc.bank, " acct=",
                   S_ACC(r, acc, pick(r, ["plain", "hyphen"])), " holder=", PN(p), " amt=", str(r.randint(1, 900) * 100), "\n"])
    return {"genre": "시스템 로그"}


@template(6)
def t_lg_db_audit(r, b):
    d = recent(r)
    for k in range(r.randint(2, 4)):
        p = Person(r)
        ts = "%s %02d:%02d:%02d" % (d.isoformat(), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
        kind = pick(r, ["select_rrn", "update_addr", "select_name"])
        if kind == "select_rrn":
            b.add([ts, " [AUDIT] user=", N_userid(r), " host=", S_IP(r, "private"), " stmt=\"SELECT name, addr FROM tb_resident WHERE jumin_no = '",
                   S_RRN(r, p, pick(r, ["plain", "hyphen"])), "'\" rows=1\n"])
        elif kind == "update_addr":
            b.add([ts, " [AUDIT] user=", N_userid(r), " host=", S_IP(r, "private"), " stmt=\"UPDATE tb_member SET addr = '", S_ADDR(r),
                   "' WHERE mem_id = '", N_userid(r), "'\" rows=1\n"])
        else:
            b.add([ts, " [AUDIT] user=", N_userid(r), " host=", S_IP(r, "private"), " stmt=\"SELECT * FROM tb_applicant WHERE nm = '",
                   PN(p), "' AND tel = '", S_MOB(r, p, "plain"), "'\" rows=", str(r.randint(0, 3)), "\n"])
    return {"genre": "시스템 로그"}


@template(10)
def t_lg_nopii(r, b):
    d = recent(r)
    for k in range(r.randint(4, 7)):
        ts = "%s %02d:%02d:%02d" % (d.isoformat(), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
        kind = pick(r, ["deploy", "batch", "health", "gc"])
        if kind == "deploy":
            b.add([ts, " INFO  Deployer - release ", N_version(r), " deployed by ", N_userid(r), "\n"])
        elif kind == "batch":
            b.add([ts, " INFO  BatchJob[", pick(r, ["purgeExpiredMembers", "sendDailyReport", "syncCodeTable"]), "] processed=",
                   str(r.randint(0, 99999)), " elapsed=", str(r.randint(10, 9000)), "ms operator=", N_userid(r), "\n"])
        elif kind == "health":
            b.add([ts, " DEBUG HealthCheck - db=UP cache=UP disk=", str(r.randint(10, 95)), "% build=", N_version(r), "\n"])
        else:
            b.add([ts, " WARN  GC - pause ", str(r.randint(50, 900)), "ms heap=", str(r.randint(500, 4000)), "MB/", str(r.randint(4000, 8000)), "MB\n"])
    return {"genre": "시스템 로그", "no_pii": True}


# =============================================================================
# Templates: 이메일
# =============================================================================
def co_person(r, ci=None):
    ci = r.randrange(len(COMPANIES)) if ci is None else ci
    p = Person(r, y0=1965, y1=1998)
    em = pick(r, [romanize(p.given) + "." + (SURNAME_ROMAN.get(p.sur) or romanize(p.sur)),
                  (SURNAME_ROMAN.get(p.sur) or romanize(p.sur))[0] + "".join(romanize(c)[0] for c in p.given) + str(r.randint(1, 99))]) + "@" + CO_DOMAINS[ci]
    p._email = em
    return p, ci


def signature(r, b, p, ci):
    pos = pick(r, ["과장", "대리", "팀장", "매니저", "책임", "이사"])
    team = pick(r, ["영업팀", "경영지원팀", "기술지원팀", "사업개발팀"])
    st = pick(r, ["block", "line"])
    tel = landline(r)
    if st == "block":
        b.f("\n--\n{n} {pos} | {team}\n{co}\nT. {t}  M. {m}  F. {f}\nE. {e}\n{a}\n", n=PN(p), pos=pos, team=team, co=Neg(COMPANIES[ci], "company_name"),
            t=S_TEL(r, tel, kind="business"), m=S_MOB(r, p), f=S_TEL(r, tel[:-4] + digits(r, 4), kind="fax"), e=S_EMAIL(r, p),
            a=S_ADDR(r, style=pick(r, ["road", "road_short"])))
    else:
        b.f("\n{co} {team} {n} {pos} / 직통 {t} / 휴대폰 {m}\n", co=Neg(COMPANIES[ci], "company_name"), team=team, n=PN(p), pos=pos,
            t=S_TEL(r, tel, kind="business"), m=S_MOB(r, p))


def mail_head(r, b, frm, to, subj, cc=None):
    d = recent(r)
    st = pick(r, ["kr", "en"])
    if st == "kr":
        b.f("보낸 사람: {fn} <{fe}>\n받는 사람: {tn} <{te}>\n", fn=PN(frm), fe=S_EMAIL(r, frm), tn=PN(to), te=S_EMAIL(r, to))
        if cc:
            b.f("참조: {cn} <{ce}>\n", cn=PN(cc), ce=S_EMAIL(r, cc))
        b.f("날짜: {d} {h}:{m:02d}\n제목: {s}\n\n", d=fdate(d, "korean"), h=r.randint(8, 19), m=r.randint(0, 59), s=subj)
    else:
        b.f("From: \"{fn}\" <{fe}>\nTo: {te}\n", fn=PN(frm), fe=S_EMAIL(r, frm), te=S_EMAIL(r, to))
        if cc:
            b.f("Cc: {ce}\n", ce=S_EMAIL(r, cc))
        b.f("Date: {wd}, {dd} {mo} {y} {h:02d}:{m:02d}:{s2:02d} +0900\nSubject: {s}\n\n", wd=["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][d.weekday()],
            dd=d.day, mo=MON3[d.month - 1], y=d.year, h=r.randint(8, 19), m=r.randint(0, 59), s2=r.randint(0, 59), s=subj)


@template(7)
def t_em_quote(r, b):
    p1, c1 = co_person(r)
    p2, c2 = co_person(r)
    cc = co_person(r, c1)[0] if r.random() < 0.4 else None
    mail_head(r, b, p1, p2, pick(r, ["[견적 요청] 사무용 가구 납품 건", "RE: 유지보수 계약 갱신 관련", "회의 자료 송부드립니다"]), cc)
    b.f("{n2} {t2}님, 안녕하세요.\n{co} {n1}입니다.\n\n{body}\n\n감사합니다.\n", n2=PN(p2), t2=pick(r, ["과장", "팀장", "대리", "매니저"]),
        co=Neg(COMPANIES[c1], "company_name"), n1=PN(p1),
        body=pick(r, ["지난 통화에서 말씀드린 견적서를 첨부합니다. 납기는 발주 후 3주이며, 설치비는 별도입니다.",
                      "계약 갱신 조건을 검토해 보았습니다. 단가는 동결하되 출동 시간을 4시간 이내로 조정하는 안을 제안드립니다.",
                      "다음 주 화요일 회의 자료를 미리 보내 드립니다. 수정 의견 있으시면 회신 부탁드립니다."]))
    signature(r, b, p1, c1)
    return {"genre": "이메일"}


@template(7)
def t_em_deposit(r, b):
    p1 = Person(r)
    p2, c2 = co_person(r)
    acc = Account(r)
    mail_head(r, b, p2, p1, pick(r, ["입금 계좌 안내", "[중요] 환불 계좌 확인 요청", "계약금 입금 확인 부탁드립니다"]))
    holder_self = r.random() < 0.5
    b.f("{n} 고객님께,\n\n{body} {bk} {acc} (예금주: {h})\n", n=PN(p1),
        body=pick(r, ["계약금은 아래 계좌로 입금해 주시기 바랍니다.", "요청하신 환불은 고객님께서 알려 주신 계좌로 진행하겠습니다.",
                      "잔금 입금 계좌를 다시 안내드립니다."]), bk=acc.bank, acc=S_ACC(r, acc, pick(r, ["hyphen", "hyphen", "plain", "space"])),
        h=PN(p1) if holder_self else Neg(COMPANIES[c2], "company_name"))
    if r.random() < 0.5:
        b.f("입금 후 입금증을 회신해 주시거나 {ph}{ro} 문자 주시면 확인해 드리겠습니다.\n", ph=S_MOB(r, p2), ro=josa(p2.phone(), "으로/로"))
    signature(r, b, p2, c2)
    return {"genre": "이메일"}


@template(7)
def t_em_docs(r, b):
    app = foreign_person(r, y0=1975, y1=2004) if r.random() < 0.6 else Person(r, y0=1960, y1=2004)
    agent, ci = co_person(r)
    o = official(r)
    ag = pick(r, AGENCIES[:18])
    o[0].email(domain=ag[7])
    mail_head(r, b, agent, o[0], pick(r, ["체류기간 연장 신청 보완서류 제출", "비자 서류 송부", "여권 사본 제출의 건"]))
    b.f("{rk}님 안녕하십니까.\n요청하신 보완 서류를 첨부하여 보내 드립니다.\n\n- 신청인: {n}\n", rk=o[1], n=PN(app, "latin" if app.foreign else None))
    if app.foreign:
        b.f("- 외국인등록번호: {frn}\n- 여권번호: {pp} (사본 첨부)\n", frn=S_FRN(r, app, pick(r, ["hyphen", "mask_star"])), pp=S_PASS(r, app))
    else:
        b.f("- 여권번호: {pp}\n- 생년월일: {dob}\n", pp=S_PASS(r), dob=S_DOB(r, app))
    b.f("- 연락처: {ph}\n\n확인 후 회신 부탁드립니다.\n", ph=S_MOB(r, app, pick(r, ["hyphen", "intl"])))
    signature(r, b, agent, ci)
    return {"genre": "이메일"}


@template(6)
def t_em_job(r, b):
    p = Person(r, y0=1985, y1=2003)
    hr, ci = co_person(r)
    mail_head(r, b, p, hr, pick(r, ["[지원서] 경영지원 신입 지원합니다", "입사지원서 제출 - %s" % p.name, "채용 공고 관련 지원 서류"]))
    b.f("안녕하세요, 채용 담당자님.\n{n}입니다. 공고를 보고 지원서를 제출합니다.\n\n성명: {n2}\n생년월일: {dob}\n연락처: {ph}\n이메일(스팸 방지 표기): {e}\n주소: {a}\n\n",
        n=PN(p), n2=PN(p), dob=S_DOB(r, p, pick(r, DOB_STYLES[:9])), ph=S_MOB(r, p), e=S_EMAIL_OBF(r, p), a=S_ADDR(r))
    b.t("이력서와 자기소개서를 첨부했습니다. 좋은 소식 기다리겠습니다.\n")
    return {"genre": "이메일"}


@template(6)
def t_em_forward(r, b):
    ag = pick(r, AGENCIES[:18])
    o1 = official(r)
    o2 = official(r)
    o1[0].email(domain=ag[7])
    o2[0].email(domain=ag[7])
    cit = Person(r)
    mail_head(r, b, o1[0], o2[0], "FW: 민원 추가 자료 전달")
    b.f("{rk}님, 아래 민원인 메일 전달드립니다. 검토 부탁드립니다.\n\n-----Original Message-----\nFrom: {cn} <{ce}>\nSent: {d}\nTo: {oe}\nSubject: 지난번 민원 관련 추가 자료입니다\n\n",
        rk=o2[1], cn=PN(cit), ce=S_EMAIL(r, cit), d=fdate(recent(r), "iso"), oe=S_EMAIL(r, o1[0]))
    v = pick(r, ["photo", "car", "addr"])
    if v == "photo":
        b.f("담당자님, 지난주 통화드린 {cn}입니다. 누수 사진과 관리사무소 확인서를 첨부합니다.\n", cn=PN(cit))
    elif v == "car":
        b.f("담당자님, 지난주 통화드린 {cn}입니다. 차량({pl}) 견인 당시 블랙박스 영상을 첨부합니다.\n", cn=PN(cit), pl=S_PLATE(r))
    else:
        b.f("담당자님, 지난주 통화드린 {cn}입니다. 주소지({a}) 관련 전입 서류를 다시 보냅니다.\n", cn=PN(cit), a=S_ADDR(r))
    b.f("제 연락처는 {ph}입니다.\n", ph=S_MOB(r, cit))
    return {"genre": "이메일"}


# =============================================================================
# Templates: 통화 녹취 (call transcripts; digits often spelled in Hangul)
# =============================================================================
def spoken_digits(r, groups, joiners=None):
    zero = "공" if r.random() < 0.85 else "영"
    j = joiners or pick(r, [" ", " ", ", ", "에 ", " 다시 "])
    return j.join(spell(g, zero) for g in groups)


def SP(r, typ, kind, groups):
    return Span(typ, spoken_digits(r, groups), kind, ("hangul_digits",))


def S_DOB_SPOKEN(r, p):
    b = p.birth
    st = pick(r, ["sino4", "sino2", "digits"])
    if st == "digits":
        return Span("DATE_OF_BIRTH", spoken_digits(r, [b.strftime("%y%m%d")], " "), "dob_yymmdd", ("hangul_digits",))
    y = to_sino(b.year) if st == "sino4" else (to_sino(b.year % 100) if b.year % 100 >= 10 else "공" + to_sino(b.year % 100))
    return Span("DATE_OF_BIRTH", "%s년 %s월 %s일" % (y, to_sino(b.month), to_sino(b.day)), "dob_spoken", ("hangul_numerals",))


def tr_labels(r):
    return pick(r, [("상담원", "고객"), ("상담사", "민원인"), ("A", "B"), ("접수자", "신고자"), ("직원", "고객")])


def tr_line(r, b, who, style, *pieces):
    if style == "ts":
        b.tsec = getattr(b, "tsec", r.randint(0, 30)) + r.randint(3, 40)
        b.t("[%02d:%02d:%02d] " % (b.tsec // 3600, (b.tsec // 60) % 60, b.tsec % 60))
    b.t(who + ": ")
    b.add(list(pieces))
    b.t("\n")


def name_reply(r, p, script=None):
    n = PN(p, script)
    return pick(r, [[n, "입니다."], [n, josa(p.name, "이요/요") if not p.foreign else "요."], ["네, ", n, "이에요." if has_batchim(p.name) else "예요."]])


@template(8)
def t_tr_card(r, b):
    a, c = tr_labels(r)[:2] if r.random() < 0.5 else ("상담원", "고객")
    style = pick(r, ["plain", "ts"])
    agent = Person(r, y0=1980, y1=2000)
    p = Person(r)
    b.f("[통화 녹취] {co} 고객센터 / {d} / 상담원 {ag}\n", co=pick(r, CARD_ISSUERS), d=fdate(recent(r), "iso"), ag=PN(agent))
    tr_line(r, b, a, style, "네, 분실 신고 도와드리겠습니다. 본인 확인을 위해 성함 말씀해 주시겠어요?")
    tr_line(r, b, c, style, *name_reply(r, p))
    tr_line(r, b, a, style, "생년월일도 부탁드립니다.")
    tr_line(r, b, c, style, S_DOB_SPOKEN(r, p), pick(r, ["이요.", "생이에요.", "입니다."]))
    tr_line(r, b, a, style, "분실하신 카드 번호 알고 계시면 불러 주세요.")
    _, d = gen_card(r)
    groups = [d[:4], d[4:8], d[8:12], d[12:]] if len(d) == 16 else [d[:4], d[4:10], d[10:]]
    tr_line(r, b, c, style, "잠시만요… ", SP(r, "CREDIT_CARD", "card_luhn", groups), pick(r, [" 이거예요.", "요.", " 맞아요."]))
    tr_line(r, b, a, style, "확인됐습니다. 등록된 연락처가 ", S_MOB(r, p, pick(r, ["hyphen", "plain"])), " 맞으실까요?")
    p2 = Person(r)
    tr_line(r, b, c, style, pick(r, ["아뇨, 지금은 ", "그건 예전 번호고요, "]), S_SPOKEN_PHONE(r, p2.phone()), "로 연락 주세요.")
    tr_line(r, b, a, style, "네, 분실 신고 접수되었습니다. 재발급 카드는 등록하신 주소로 배송됩니다.")
    return {"genre": "통화 녹취"}


@template(7)
def t_tr_bank(r, b):
    a, c = "상담원", "고객"
    style = pick(r, ["plain", "ts"])
    p = Person(r)
    rcv = Person(r)
    acc = Account(r)
    grp = [acc.d[sum(acc.groups[:i]):sum(acc.groups[:i + 1])] for i in range(len(acc.groups))]
    b.f("{t}\n", t=pick(r, ["착오송금 반환 상담 녹취", "은행 콜센터 상담 기록(STT)", "계좌 이체 오류 문의 통화"]))
    tr_line(r, b, a, style, "착오 송금 건이시죠? 보내신 분 성함부터 확인하겠습니다.")
    tr_line(r, b, c, style, *name_reply(r, p))
    tr_line(r, b, a, style, "받는 계좌번호 불러 주시겠어요?")
    tr_line(r, b, c, style, acc.bank, " ", SP(r, "KR_BANK_ACCOUNT", "acct_spoken", grp), pick(r, ["로 보냈어요.", "요. 원래는 다른 데로 보내야 했는데…"]))
    tr_line(r, b, a, style, "예금주 성함이 어떻게 나오셨어요?")
    tr_line(r, b, c, style, *name_reply(r, rcv))
    if r.random() < 0.5:
        tr_line(r, b, a, style, "본인 확인을 위해 주민등록번호 뒷자리까지 말씀해 주세요.")
        d = p.rrn()
        tr_line(r, b, c, style, SP(r, "KR_RRN", "rrn_post2020" if p.birth >= datetime.date(2020, 10, 1) else "rrn_valid", [d[:6], d[6:]]), "요.")
    tr_line(r, b, a, style, "반환 요청 접수해 드렸고요, 결과는 ", S_MOB(r, p), josa(p.phone(), "으로/로") + " 문자 드리겠습니다.")
    return {"genre": "통화 녹취"}


@template(6)
def t_tr_hi(r, b):
    a, c = "상담사", "민원인"
    style = pick(r, ["plain", "ts"])
    p = Person(r, y0=1940, y1=2000)
    b.f("국민건강보험공단 고객센터({cc}) 상담 녹취\n", cc=Neg("1577-1000", "switchboard"))
    tr_line(r, b, a, style, "건강보험 상담센터입니다. 어떤 내용으로 전화 주셨어요?")
    tr_line(r, b, c, style, pick(r, ["어머니 피부양자 등록 때문에요.", "보험료가 갑자기 올라서요.", "건강보험증을 잃어버렸어요."]))
    tr_line(r, b, a, style, "가입자분 성함과 건강보험증 번호 알려 주시겠어요?")
    d = str(r.randint(1, 9)) + digits(r, 10)
    tr_line(r, b, c, style, PN(p), "이고요, 번호는 ", SP(r, "KR_HEALTH_INSURANCE", "hi_spoken", [d[:1], d[1:6], d[6:]]), "예요.")
    tr_line(r, b, a, style, "생년월일도 확인 부탁드립니다.")
    tr_line(r, b, c, style, S_DOB_SPOKEN(r, p), "이요.")
    tr_line(r, b, a, style, "확인되었습니다. 처리 결과는 문자로 안내드리겠습니다.")
    return {"genre": "통화 녹취"}


@template(7)
def t_tr_112(r, b):
    a, c = "접수자", "신고자"
    style = pick(r, ["plain", "ts"])
    p = Person(r)
    b.f("{n} 신고 접수 녹취 ({d})\n", n=Neg("112", "switchboard"), d=fdate(recent(r)))
    tr_line(r, b, a, style, "네, 경찰입니다. 무슨 일이세요?")
    tr_line(r, b, c, style, "여기 ", S_ADDR(r, addr=Addr(r, style=pick(r, ["road", "road_short", "road_gu"]), nounit=True)), pick(r, [" 앞인데요, 차가 사람을 치고 그냥 갔어요.", " 앞인데 차가 인도로 돌진했어요."]))
    tr_line(r, b, a, style, "차량 번호 보셨어요?")
    tr_line(r, b, c, style, S_PLATE(r, pick(r, ["two", "three", "nospace"])), pick(r, ["요. 흰색 SUV였어요.", "였던 것 같아요. 검은색 세단이요."]))
    tr_line(r, b, a, style, "신고자분 성함하고 연락처 알려 주세요.")
    tr_line(r, b, c, style, PN(p), pick(r, ["이고요, ", "요, 번호는 "]), S_SPOKEN_PHONE(r, p.phone()), "이에요.")
    tr_line(r, b, a, style, "출동 지령 내렸습니다. 다친 분 곁에 계시고 움직이지 않게 해 주세요.")
    return {"genre": "통화 녹취"}


@template(6)
def t_tr_120(r, b):
    a, c = pick(r, [("상담원", "시민"), ("A", "B")])
    style = pick(r, ["plain", "ts"])
    p = Person(r)
    b.f("다산콜재단 {n} 민원 상담 기록\n", n=Neg("120", "switchboard"))
    tr_line(r, b, a, style, "120 다산콜입니다. 무엇을 도와드릴까요?")
    tr_line(r, b, c, style, pick(r, ["집 앞에 쓰레기가 며칠째 안 치워져서요.", "가로등이 계속 깜빡여요.", "불법 주차 때문에 차가 못 나가요."]))
    tr_line(r, b, a, style, "정확한 위치 알려 주시겠어요?")
    tr_line(r, b, c, style, S_ADDR(r, addr=Addr(r, style=pick(r, ["road", "road_gu", "jibun", "road_gil"]), region=REGIONS[0], nounit=True)),
            pick(r, ["이요.", " 앞이에요.", " 근처 골목이에요."]))
    tr_line(r, b, a, style, "처리 결과 안내받으실 성함과 연락처 부탁드립니다.")
    tr_line(r, b, c, style, PN(p), ", ", pick(r, [S_SPOKEN_PHONE(r, p.phone()), S_MOB(r, p)]), "요.")
    tr_line(r, b, a, style, "관할 구청에 전달하겠습니다. 감사합니다.")
    return {"genre": "통화 녹취"}


@template(6)
def t_tr_license(r, b):
    a, c = "상담원", "고객"
    style = pick(r, ["plain", "ts"])
    p = Person(r, y0=1950, y1=2003)
    b.f("도로교통공단 콜센터({cc}) 통화 요약(STT 원문)\n", cc=Neg("1577-1120", "switchboard"))
    tr_line(r, b, a, style, "운전면허 갱신 문의 주셨죠. 면허번호 불러 주시겠어요?")
    reg, code = pick(r, DL_REGIONS)
    yy = "%02d" % r.randint(0, 24)
    ser, ck = digits(r, 6), digits(r, 2)
    if r.random() < 0.5:
        sp = Span("KR_DRIVER_LICENSE", spoken_digits(r, [code, yy, ser, ck], " "), "dl_spoken", ("hangul_digits",))
        wr = Span("KR_DRIVER_LICENSE", "%s-%s-%s-%s" % (code, yy, ser, ck), "dl_num")
    else:
        sp = Span("KR_DRIVER_LICENSE", "%s %s" % (reg, spoken_digits(r, [yy, ser, ck], " ")), "dl_spoken_region", ("hangul_digits",))
        wr = Span("KR_DRIVER_LICENSE", "%s %s-%s-%s" % (reg, yy, ser, ck), "dl_name")
    tr_line(r, b, c, style, sp, "요.")
    tr_line(r, b, a, style, "확인차 다시 불러 드릴게요. ", wr, " 맞으시죠?")
    tr_line(r, b, c, style, "네, 맞아요.")
    tr_line(r, b, a, style, "성함이랑 생년월일도 말씀해 주세요.")
    tr_line(r, b, c, style, PN(p), ", ", S_DOB_SPOKEN(r, p), "이요.")
    tr_line(r, b, a, style, "확인됩니다. 갱신 기간은 올해 12월 31일까지입니다.")
    return {"genre": "통화 녹취"}


@template(5)
def t_tr_account_open(r, b):
    a, c = "상담원", "고객"
    style = pick(r, ["plain", "ts"])
    p = foreign_person(r, y0=1975, y1=2003) if r.random() < 0.4 else Person(r, y0=1960, y1=2004)
    b.f("비대면 계좌 개설 본인확인 통화 (녹취)\n")
    tr_line(r, b, a, style, "본인 확인 절차 진행하겠습니다. 성함 말씀해 주세요.")
    tr_line(r, b, c, style, *name_reply(r, p, "latin_t" if p.foreign else None))
    if p.foreign:
        d = p.frn()
        tr_line(r, b, a, style, "외국인등록번호 열세 자리 불러 주세요.")
        tr_line(r, b, c, style, SP(r, "KR_FRN", "frn_valid", [d[:6], d[6:]]), ".")
        tr_line(r, b, a, style, "여권번호도 확인하겠습니다.")
        tr_line(r, b, c, style, S_PASS(r, p), " 입니다.")
    else:
        d = p.rrn()
        tr_line(r, b, a, style, "주민등록번호 열세 자리 불러 주세요.")
        tr_line(r, b, c, style, SP(r, "KR_RRN", "rrn_valid", [d[:6], d[6:]]), pick(r, ["요.", "입니다."]))
    tr_line(r, b, a, style, "연락받으실 이메일 주소는요?")
    tr_line(r, b, c, style, S_EMAIL(r, p), "이에요.")
    return {"genre": "통화 녹취"}


# =============================================================================
# Templates: OCR of scanned forms and ID cards
# =============================================================================
CONF_TYPES = ("KR_RRN", "KR_FRN", "CREDIT_CARD", "KR_BANK_ACCOUNT", "PHONE_NUMBER", "KR_BRN", "KR_CRN",
              "KR_HEALTH_INSURANCE", "KR_DRIVER_LICENSE", "KR_VEHICLE_PLATE", "DATE_OF_BIRTH")
OCR_LABELS = {"성명": ["성명", "성 명", "섬명", "성멍"], "주민등록번호": ["주민등록번호", "주민둥록번호", "주민등록빈호", "주 민 등 록 번 호"],
              "주소": ["주소", "주 소", "주쇼"], "생년월일": ["생년월일", "생년윌일", "생 년 월 일"], "전화번호": ["전화번호", "전화빈호", "전 화 번 호"],
              "계좌번호": ["계좌번호", "계좌빈호", "계 좌 번 호"], "예금주": ["예금주", "예금수", "예 금 주"], "대표자": ["대표자", "대 표 자", "대표지"]}


def ol(r, label):
    return pick(r, OCR_LABELS.get(label, [label]))


def otags(r, typ, value, p_noise=0.75):
    if r.random() > p_noise:
        return ()
    cands = []
    if typ in CONF_TYPES and not re.search(r"[A-Za-z]", value):
        cands.append("confusable")
    if re.search(r"\d", value) and typ not in ("KR_ADDRESS",):
        cands += ["fullwidth_digits", "space_in_number"]
        if len(value) > 7:
            cands.append("newline_in_number")
    if "-" in value:
        cands.append("unicode_hyphen")
    if typ == "KR_ADDRESS":
        cands += ["wrapped", "fullwidth_digits"]
    if not cands:
        return ()
    k = 1 if r.random() < 0.65 else 2
    chosen = r.sample(cands, min(k, len(cands)))
    order = ["confusable", "fullwidth_digits", "unicode_hyphen", "space_in_number", "newline_in_number", "wrapped"]
    return tuple(t for t in order if t in chosen)


def renoise(r, sp, p_noise=0.75):
    """Return a noisy copy of a clean Span (OCR)."""
    tags = otags(r, sp.typ, sp.value, p_noise)
    if not tags:
        return sp
    return Span(sp.typ, nz(r, sp.value, tags), sp.kind, tags)


def oname(r, p, script=None):
    if not p.foreign and r.random() < 0.35:
        return PN(p, noise=("spaced_name",), r=r)
    return PN(p, script)


def mrz_cd(s):
    tot = 0
    w = [7, 3, 1]
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        elif ch == "<":
            v = 0
        else:
            v = ord(ch) - 55
        tot += v * w[i % 3]
    return str(tot % 10)


def stray(r):
    return pick(r, ["", "", "", "|", "ㆍ", "'", "·", "_"])


@template(8)
def t_oc_idcard(r, b):
    p = Person(r, y0=1945, y1=2005)
    a = Addr(r)
    b.f("{s}주민등록증\n", s=stray(r))
    b.add([oname(r, p), "\n"])
    b.add([renoise(r, S_RRN(r, p, pick(r, ["hyphen", "hyphen", "space"]))), "\n"])
    b.add([renoise(r, a.span(), 0.6), "\n"])
    d = recent(r, 2005, 2024)
    b.f("{d}\n{o}{s}\n", d=pick(r, [fdate(d), fdate(d).replace(" ", "")]), o=Neg(pick(r, ["서울특별시 마포구청장", "수원시 팔달구청장", "부산광역시 해운대구청장", "제주특별자치도 제주시장"]), "office_title"),
        s=stray(r))
    return {"genre": "OCR", "base_genre": "신분증"}


@template(8)
def t_oc_dl(r, b):
    p = Person(r, y0=1950, y1=2004)
    b.f("자동차운전면허증\nDriver's License\n{k}\n", k=pick(r, ["1종보통", "2종보통", "1종대형", "1종보통 2종소형"]))
    b.add([renoise(r, S_DL(r, pick(r, ["num", "num", "name", "name_nospace"]))), "\n"])
    b.add([oname(r, p), "\n"])
    b.add([renoise(r, S_RRN(r, p, pick(r, ["hyphen", "hyphen", "mask_star"]))), "\n"])
    b.add([renoise(r, S_ADDR(r), 0.5), "\n"])
    y = r.randint(2026, 2034)
    b.f("적성검사기간\n{y}.01.01~{y}.12.31\n{d}\n{o}\n", y=y, d=fdate(recent(r, 2015, 2024), "dotpad"),
        o=Neg(pick(r, ["서울특별시경찰청장", "경기도남부경찰청장", "부산광역시경찰청장", "대전광역시경찰청장"]), "office_title"))
    return {"genre": "OCR", "base_genre": "신분증"}


@template(7)
def t_oc_arc(r, b):
    p = foreign_person(r, y0=1965, y1=2004)
    b.f("외국인등록증\nRESIDENCE CARD\n")
    b.add([renoise(r, S_FRN(r, p, pick(r, ["hyphen", "hyphen", "space"]))), "\n"])
    b.f("성명 Name {n}\n국가 Country {c}\n체류자격 Status {st}\n발급일자 Issue Date {d}\n{o}\n", n=PN(p, "latin"),
        c=p.nat3, st=pick(r, ["E-9", "F-6", "D-2", "E-7", "H-2", "F-2"]), d=fdate(recent(r, 2019, 2024), "dotpad"),
        o=Neg(pick(r, ["서울출입국·외국인청장", "수원출입국·외국인청장", "부산출입국·외국인청장"]), "office_title"))
    if r.random() < 0.5:
        b.f("(뒷면) 체류지 {a}\n", a=renoise(r, S_ADDR(r), 0.5))
    return {"genre": "OCR", "base_genre": "신분증"}


@template(8)
def t_oc_passport(r, b):
    foreign = r.random() < 0.35
    p = foreign_person(r, y0=1960, y1=2005) if foreign else Person(r, y0=1950, y1=2010)
    if foreign:
        num, kind = foreign_passport(r, p)
        sur, given = p.latin.split(" ", 1)
        nat = p.nat3
        ptype = "P<"
    else:
        num, kind = kr_passport(r, new=r.random() < 0.7)
        sur = (SURNAME_ROMAN.get(p.sur) or romanize(p.sur)).upper()
        given = (romanize(p.given[0]) + romanize(p.given[1])).upper() if r.random() < 0.6 else \
            romanize(p.given[0]).upper() + " " + romanize(p.given[1]).upper()
        nat = "KOR"
        ptype = "PM"
    bd = p.birth
    exp = recent(r, 2026, 2035)
    b.f("{h}\n종류/Type {t}   발행국/Issuing country {n}\n여권번호/Passport No. {pp}\n", h="대한민국 REPUBLIC OF KOREA\n여권 PASSPORT" if nat == "KOR" else "PASSPORT",
        t=ptype.replace("<", ""), n=nat, pp=renoise(r, Span("KR_PASSPORT", num, kind), 0.4))
    b.f("성/Surname {s}\n이름/Given names {g}\n", s=Span("PERSON", sur, "name_part_latin"), g=Span("PERSON", given, "name_part_latin"))
    b.f("생년월일/Date of birth {dob}\n성별/Sex {sx}\n", dob=Span("DATE_OF_BIRTH", fmt_dob(bd, "kr_passport" if nat == "KOR" else "en_passport"),
                                                                "dob_" + ("kr_passport" if nat == "KOR" else "en_passport")), sx=p.gender)
    b.f("기간만료일/Date of expiry {e}\n", e=fmt_dob(exp, "kr_passport" if nat == "KOR" else "en_passport"))
    # MRZ (ICAO 9303 TD3)
    nm = sur + "<<" + given.replace(" ", "<")
    l1a = ptype + nat
    pn = (num + "<" * 9)[:9]
    dob6 = bd.strftime("%y%m%d")
    exp6 = exp.strftime("%y%m%d")
    opt = "<" * 14
    c1, c2, c3 = mrz_cd(pn), mrz_cd(dob6), mrz_cd(exp6)
    c4 = "<" if opt == "<" * 14 else mrz_cd(opt)
    comp = mrz_cd(pn + c1 + dob6 + c2 + exp6 + c3 + opt + ("0" if c4 == "<" else c4))
    b.t("\n" + l1a)
    b.add(Span("PERSON", nm, "person_mrz"))
    b.t("<" * (44 - len(l1a) - len(nm)) + "\n")
    b.add(Span("KR_PASSPORT", num, kind))
    b.t(pn[len(num):] + c1 + nat)
    b.add(Span("DATE_OF_BIRTH", dob6, "dob_yymmdd"))
    b.t(c2 + p.gender + exp6 + c3 + opt + c4 + comp + "\n")
    return {"genre": "OCR", "base_genre": "여권"}


@template(7)
def t_oc_bankbook(r, b):
    p = Person(r)
    acc = Account(r)
    b.f("{s}통 장 사 본\n{bk} {br}지점\n", s=stray(r), bk=acc.bank, br=pick(r, ["역삼", "시청", "중앙", "신도시", "대학로", "터미널"]))
    b.f("{l1} ", l1=ol(r, "계좌번호"))
    b.add([renoise(r, S_ACC(r, acc, pick(r, ["hyphen", "hyphen", "plain"]))), "\n"])
    b.f("{l2}  ", l2=ol(r, "예금주"))
    b.add([oname(r, p), "\n"])
    b.f("신규일 {d}\n", d=fdate(recent(r, 2010, 2024), "dotpad"))
    if r.random() < 0.4:
        b.f("※ 위 계좌로 {what} 입금 바랍니다.\n", what=pick(r, ["보조금을", "환급금을", "강사료를"]))
    return {"genre": "OCR", "base_genre": "통장 사본"}


@template(8)
def t_oc_receipt(r, b):
    p = Person(r, y0=1955, y1=1995)
    b.f("신용카드 매출전표 (고객용)\n가맹점명 {m}\n사업자번호 ", m=pick(r, SELF_BIZ))
    b.add([renoise(r, S_BRN(r, corp=False)), "\n"])
    b.f("{l} {n}\n", l=ol(r, "대표자"), n=oname(r, p))
    if r.random() < 0.6:
        b.add(["주소 ", renoise(r, S_ADDR(r, style=pick(r, ["road_gu", "road_short"])), 0.5), "\n"])
    b.add(["TEL ", renoise(r, S_TEL(r, kind="business")), "\n"])
    b.add(["카드번호 ", renoise(r, S_CARD(r, pick(r, ["mask_mid", "mask_mid", "mask_8", "mask_mid_space"])), 0.6), "\n"])
    d = recent(r)
    b.f("카드종류 {k}\n거래일시 {d} {h:02d}:{mi:02d}:{sec:02d}\n승인번호 {ap}\n합계 {am}\n", k=pick(r, CARD_ISSUERS), d=d.strftime("%Y/%m/%d"),
        h=r.randint(0, 23), mi=r.randint(0, 59), sec=r.randint(0, 59), ap="%08d" % r.randint(0, 99999999), am=N_amount(r, 3, 300))
    return {"genre": "OCR", "base_genre": "영수증"}


@template(7)
def t_oc_bizcert(r, b):
    p = Person(r, y0=1950, y1=1995)
    corp = r.random() < 0.5
    b.f("사 업 자 등 록 증\n({k})\n등록번호 : ", k="법인사업자" if corp else "일반과세자")
    b.add([renoise(r, S_BRN(r, corp=corp)), "\n"])
    if corp:
        b.f("법인명(단체명) : {co}\n대 표 자 : {n}\n", co=N_company(r), n=oname(r, p))
        b.add(["법인등록번호 : ", renoise(r, S_CRN(r)), "\n"])
    else:
        b.f("상     호 : {co}\n성     명 : {n}\n", co=pick(r, SELF_BIZ), n=oname(r, p))
        b.add(["생 년 월 일 : ", renoise(r, S_DOB(r, p, pick(r, ["korean", "dot_space", "korean_nospace"]))), "\n"])
    b.add(["사업장 소재지 : ", renoise(r, S_ADDR(r), 0.6), "\n"])
    b.f("개 업 연 월 일 : {d}\n{o}\n", d=fdate(recent(r, 2000, 2024), "korean"),
        o=Neg(pick(r, ["마포세무서장", "수원세무서장", "해운대세무서장", "성남세무서장", "창원세무서장"]), "office_title"))
    return {"genre": "OCR", "base_genre": "사업자등록증"}


@template(6)
def t_oc_hicard(r, b):
    head = Person(r, y0=1950, y1=1990)
    b.f("건강보험증\n증번호 ")
    b.add([renoise(r, S_HI(r)), "\n"])
    b.f("세대주 {n}\n", n=oname(r, head))
    b.f("가입자 {ol}\n", ol=ol(r, "주민등록번호"))
    for k in range(r.randint(1, 3)):
        m = head if k == 0 else Person(r, y0=1950, y1=2020)
        b.add([str(k + 1), "  ", oname(r, m), "  ", renoise(r, S_RRN(r, m, pick(r, ["mask_star", "hyphen", "mask_star"])), 0.5), "\n"])
    b.f("발급일 {d}\n{o}\n", d=fdate(recent(r), "dotpad"), o=Neg("국민건강보험공단 이사장", "office_title"))
    return {"genre": "OCR", "base_genre": "건강보험증"}


@template(7)
def t_oc_carreg(r, b):
    p = Person(r, y0=1950, y1=2002)
    b.f("자 동 차 등 록 증\n자동차등록번호 ")
    b.add([renoise(r, S_PLATE(r, pick(r, ["two", "three", "region"])), 0.6), "\n"])
    b.f("차종 {k}   차명 {c}\n", k=pick(r, ["중형 승용", "소형 승용", "소형 화물"]), c=pick(r, CARS))
    b.f("{l} {n}\n", l=pick(r, ["소유자", "성명(명칭)", "성 명(명칭)"]), n=oname(r, p))
    b.add(["생년월일(법인등록번호) ", renoise(r, S_DOB(r, p, pick(r, ["dot_pad", "dot_space", "iso"]))), "\n"] if r.random() < 0.5 else
          ["주민등록번호 ", renoise(r, S_RRN(r, p)), "\n"])
    b.add(["사용본거지 ", renoise(r, S_ADDR(r), 0.6), "\n"])
    b.f("{o}\n", o=Neg(pick(r, ["서울특별시장", "수원시장", "창원시장", "인천광역시장"]), "office_title"))
    return {"genre": "OCR", "base_genre": "자동차등록증"}


@template(8)
def t_oc_form(r, b):
    """A filled 신청서 scanned and OCR'd (noisy labels, noisy values, hard wraps)."""
    p = Person(r)
    acc = Account(r)
    b.f("{s}{t}\n\n", s=stray(r), t=pick(r, ["보조금 지급 신청서", "환 급 금 지 급 청 구 서", "강사 수당 지급 신청서", "장학금 신청서"]))
    b.f("{l} : {n}\n", l=ol(r, "성명"), n=oname(r, p))
    b.add([ol(r, "주민등록번호"), " : ", renoise(r, S_RRN(r, p, pick(r, ["hyphen", "hyphen", "plain", "mask_star"]))), "\n"])
    b.add([ol(r, "주소"), " : ", renoise(r, S_ADDR(r), 0.7), "\n"])
    b.add([ol(r, "전화번호"), " : ", renoise(r, S_MOB(r, p, pick(r, ["hyphen", "hyphen", "plain"]))), "\n"])
    b.add(["은행명 : ", acc.bank, "   ", ol(r, "계좌번호"), " : ", renoise(r, S_ACC(r, acc, "hyphen")), "\n"])
    b.add([ol(r, "예금주"), " : ", oname(r, p), "\n"])
    if r.random() < 0.5:
        b.add(["이메일 : ", S_EMAIL(r, p), "\n"])
    b.f("\n{d}\n신청인 {n} (인)\n", d=fdate(recent(r)), n=PN(p))
    return {"genre": "OCR", "base_genre": "신청서·증명서"}


# =============================================================================
# Templates: 인사명령
# =============================================================================
@template(10)
def t_hr_order(r, b):
    ag = pick(r, AGENCIES[:18])
    d0 = recent(r)
    b.f("{a} 인사발령\n({d}자)\n\n", a=ag[0], d=fdate(d0))
    sections = r.sample(["승진", "전보", "신규임용", "직무대리", "휴직", "국외출장"], r.randint(2, 4))
    if r.random() < 0.6 and "국외출장" not in sections:
        sections.append("국외출장")
    for sec in sections:
        b.f("○ {s}\n", s=sec)
        for k in range(r.randint(1, 3)):
            p = Person(r, y0=1965, y1=2000)
            if sec == "승진":
                b.f("  {to} {n} (現 {fr}, {d})\n", to=pick(r, ["행정사무관", "행정주사", "시설사무관", "지방행정사무관"]), n=PN(p),
                    fr=pick(r, ["행정주사", "행정주사보", "시설주사"]), d=pick(r, DEPTS))
            elif sec == "전보":
                b.f("  {d1} {rk} {n} → {d2}\n", d1=pick(r, DEPTS), rk=pick(r, RANKS), n=PN(p), d2=pick(r, DEPTS))
            elif sec == "신규임용":
                b.f("  {rk} {n}  {d} 근무를 명함\n", rk=pick(r, ["행정주사보 시보", "전산주사보 시보", "사회복지주사보 시보"]), n=PN(p), d=pick(r, DEPTS))
            elif sec == "직무대리":
                b.f("  {d}장 직무대리  {rk} {n}\n", d=pick(r, DEPTS).rstrip("과팀"), rk=pick(r, ["행정사무관", "행정주사"]), n=PN(p))
            elif sec == "휴직":
                b.f("  {rk} {n}  {why} ({a} ~ {z})\n", rk=pick(r, RANKS), n=PN(p), why=pick(r, ["육아휴직", "질병휴직", "연수휴직"]),
                    a=fdate(d0), z=fdate(d0 + datetime.timedelta(days=r.randint(90, 700))))
            else:
                b.f("  {n} ({rk}, {d}) / 출장국: {c} / 관용여권 {pp}", n=PN(p), rk=pick(r, RANKS), d=pick(r, DEPTS),
                    c=pick(r, ["베트남 하노이", "독일 베를린", "미국 워싱턴", "일본 도쿄", "몽골 울란바토르"]), pp=S_PASS(r, prefix=pick(r, ["G", "G", "M"])))
                if r.random() < 0.5:
                    b.f(" / 생년월일 {dob}", dob=S_DOB(r, p, pick(r, ["dot_pad", "iso", "yymmdd"])))
                b.t("\n")
    b.f("\n{o}\n", o=N_office(ag))
    return {"genre": "인사명령"}


# =============================================================================
# Templates: 계약서
# =============================================================================
@template(8)
def t_ct_service(r, b):
    ag = pick(r, AGENCIES[:18])
    ci = r.randrange(len(COMPANIES))
    ceo = Person(r, y0=1950, y1=1985)
    st = Person(r, y0=1975, y1=1998)
    acc = Account(r)
    b.f("{t}\n\n계약번호: {pid}\n용역명: {n}\n계약금액: {am}(부가가치세 포함)\n계약기간: {d1} ~ {d2}\n\n", t=pick(r, ["용역 계약서", "물품 구매 계약서", "유지보수 용역 계약서"]),
        pid=N_pubid(r), n=pick(r, ["민원실 키오스크 유지보수", "청사 방역 소독", "홈페이지 운영", "주민 만족도 조사"]), am=N_amount(r, 5000, 300000),
        d1=fdate(recent(r)), d2=fdate(recent(r, 2025, 2026)))
    b.f("발주기관(갑): {a}\n  주소: {ad}\n  대표: {h}\n\n", a=ag[0], ad=N_instaddr(ag), h=N_office(ag))
    a = Addr(r, style=pick(r, ["road", "road_short", "road_gil"]))
    b.f("계약상대자(을): {co}\n  대표이사: {c}\n  사업자등록번호: {brn}\n  법인등록번호: {crn}\n  주소: {ad}\n  전화: {t}\n",
        co=Neg(COMPANIES[ci], "company_name"), c=PN(ceo), brn=S_BRN(r, corp=True), crn=S_CRN(r), ad=a.span(), t=S_TEL(r, kind="business"))
    em = romanize(st.given) + "." + (SURNAME_ROMAN.get(st.sur) or romanize(st.sur)) + "@" + CO_DOMAINS[ci]
    b.f("  실무 담당자: {s} ({m}, {e})\n\n", s=PN(st), m=S_MOB(r, st), e=S_EMAIL(r, v=em))
    b.f("제5조(대금 지급) 갑은 검수 완료 후 14일 이내에 을이 지정한 아래 계좌로 대금을 지급한다.\n  {bk} {acc} (예금주: {h})\n\n",
        bk=acc.bank, acc=S_ACC(r, acc, pick(r, ["hyphen", "hyphen", "plain"])), h=Neg(COMPANIES[ci], "company_name"))
    b.f("제12조(개인정보 보호) 을은 {st}에 따른 안전조치 의무를 준수하여야 한다.\n\n{d}\n갑 {h} (인)\n을 {co} 대표이사 {c} (인)\n", st=N_statute(r, "개인정보"),
        d=fdate(recent(r)), h=N_office(ag), co=Neg(COMPANIES[ci], "company_name"), c=PN(ceo))
    return {"genre": "계약서"}


@template(7)
def t_ct_lease(r, b):
    lessor = Person(r, y0=1945, y1=1985)
    lessee = foreign_person(r, y0=1975, y1=2002) if r.random() < 0.2 else Person(r, y0=1960, y1=2002)
    agent = Person(r, y0=1955, y1=1990)
    acc = Account(r)
    prop = Addr(r, style=pick(r, ["road", "jibun", "road_gil"]))
    b.f("{t}\n\n1. 부동산의 표시\n  소재지: {a}\n  면적: {m}㎡\n\n2. 계약 내용\n  보증금: {dep}\n  월 차임: {rent} (매월 {day}일 지급)\n  입금 계좌: {bk} {acc} (예금주 {h})\n\n",
        t=pick(r, ["부동산(주택) 임대차 계약서", "상가건물 임대차 계약서", "월세 계약서"]), a=prop.span(), m=r.randint(20, 120),
        dep=N_amount(r, 5000, 300000), rent=N_amount(r, 300, 2000), day=r.randint(1, 28), bk=acc.bank, acc=S_ACC(r, acc), h=PN(lessor))
    b.f("임대인  성명 {n}   주민등록번호 {rrn}\n        주소 {ad}\n        전화 {ph}\n", n=PN(lessor), rrn=S_RRN(r, lessor, pick(r, ["hyphen", "hyphen", "mask_star"])),
        ad=S_ADDR(r), ph=S_MOB(r, lessor))
    if lessee.foreign:
        b.f("임차인  성명 {n}   외국인등록번호 {frn}\n        여권번호 {pp}\n        전화 {ph}\n", n=PN(lessee, "latin"), frn=S_FRN(r, lessee),
            pp=S_PASS(r, lessee), ph=S_MOB(r, lessee))
    else:
        b.f("임차인  성명 {n}   주민등록번호 {rrn}\n        전화 {ph}\n", n=PN(lessee), rrn=S_RRN(r, lessee, pick(r, ["hyphen", "hyphen", "mask_star"])),
            ph=S_MOB(r, lessee))
    b.f("개업공인중개사  사무소 {o}  대표 {a}  등록번호 {pid}  사업자등록번호 {brn}  전화 {t}\n", o=pick(r, ["다온공인중개사사무소", "우리공인중개사", "한빛부동산중개"]),
        a=PN(agent), pid=N_pubid(r), brn=S_BRN(r, corp=False), t=S_TEL(r, kind="business"))
    return {"genre": "계약서"}


@template(7)
def t_ct_labor(r, b):
    ci = r.randrange(len(COMPANIES))
    ceo = Person(r, y0=1950, y1=1985)
    w = foreign_person(r, y0=1975, y1=2004) if r.random() < 0.3 else Person(r, y0=1960, y1=2005)
    acc = Account(r)
    b.f("표준 근로계약서\n\n{co}(이하 \"사업주\")와 {n}(이하 \"근로자\")은 다음과 같이 근로계약을 체결한다.\n\n1. 근로개시일: {d}\n2. 근무장소: {wp}\n3. 업무내용: {job}\n4. 임금: 월 {am}, 매월 {day}일 근로자 명의 계좌({bk} {acc})로 지급\n\n",
        co=Neg(COMPANIES[ci], "company_name"), n=PN(w, "latin_t" if w.foreign else None), d=fdate(recent(r)),
        wp=pick(r, ["본사 사무실", "제2공장", "물류센터"]), job=pick(r, ["생산직", "사무 보조", "물류 상하차", "경비"]),
        am=N_amount(r, 2000, 4500), day=r.randint(1, 25), bk=acc.bank, acc=S_ACC(r, acc))
    b.f("(사업주) 사업체명 {co}  대표자 {c}  사업자등록번호 {brn}  전화 {t}\n", co=Neg(COMPANIES[ci], "company_name"), c=PN(ceo),
        brn=S_BRN(r, corp=True), t=S_TEL(r, kind="business"))
    if w.foreign:
        b.f("(근로자) 성명 {n}  외국인등록번호 {frn}  연락처 {ph}\n          주소 {a}\n", n=PN(w, "latin_t"), frn=S_FRN(r, w, pick(r, ["hyphen", "hyphen", "mask_star"])),
            ph=S_MOB(r, w), a=S_ADDR(r))
    else:
        b.f("(근로자) 성명 {n}  생년월일 {dob}  연락처 {ph}\n          주소 {a}\n", n=PN(w), dob=S_DOB(r, w), ph=S_MOB(r, w), a=S_ADDR(r))
    return {"genre": "계약서"}


@template(6)
def t_ct_lecturer(r, b):
    ag = pick(r, AGENCIES[:18])
    p = Person(r, y0=1960, y1=1995)
    acc = Account(r)
    b.f("외부 강사 위촉 및 강사료 지급 확인서\n\n강의명: {c}\n일시: {d} 14:00~16:00\n강사료: {am} (소득세 3.3% 원천징수)\n\n",
        c=pick(r, ["개인정보 보호 실무", "청렴 교육", "민원 응대 기법", "디지털 리터러시"]), d=fdate(recent(r)), am=N_amount(r, 200, 800))
    b.f("강사 성명: {n}\n주민등록번호: {rrn} (원천징수 신고용)\n소속: {org}\n주소: {a}\n연락처: {ph} / {e}\n지급 계좌: {bk} {acc}\n\n",
        n=PN(p), rrn=S_RRN(r, p, pick(r, ["hyphen", "hyphen", "plain"])), org=pick(r, ["○○대학교", "프리랜서", "한국○○연구원"]),
        a=S_ADDR(r), ph=S_MOB(r, p), e=S_EMAIL(r, p), bk=acc.bank, acc=S_ACC(r, acc))
    o = official(r)
    b.f("위와 같이 강사료 지급을 확인함.\n{d}\n담당자 {rk} {n} (서명)\n", d=fdate(recent(r)), rk=o[1], n=PN(o[0]))
    return {"genre": "계약서"}


# =============================================================================
# Templates: 세무 질의회신 / 법령 안내 (anonymised; no PII)
# =============================================================================
@template(16)
def t_tx_qa(r, b):
    b.f("[질의] {q}\n\n[회신] {a}\n\n[관련 법령] {st}\n[참조] {doc}, {doc2}\n", q=pick(r, [
        "갑 법인이 대표이사 을에게 사택을 무상으로 제공하는 경우 부당행위계산 부인 대상인지 여부",
        "거주자 갑이 배우자 을로부터 증여받은 주택을 양도하는 경우 이월과세 적용 여부",
        "A사가 B사에 지급한 위약금이 기타소득에 해당하는지 여부",
        "개인사업자 갑이 폐업 후 잔존 재화에 대해 부가가치세를 신고하여야 하는지 여부"]),
        a=pick(r, ["귀 질의의 경우 기존 해석사례를 참고하시기 바랍니다.", "사실판단할 사항이나, 정당한 사유 없이 시가보다 낮은 대가를 받은 경우에는 부당행위계산 부인 규정이 적용됩니다.",
                   "질의 내용만으로는 명확하지 않으나, 실질 내용에 따라 관할 세무서장이 판단할 사항입니다."]),
        st=N_statute(r, "세법|세 및|세법 시행령"), doc=N_taxdoc(r), doc2=N_taxdoc(r))
    if r.random() < 0.5:
        b.f("[사실관계] {ph}은(는) {d} 주택을 취득하였으며, {ph2}에게 지분 50%를 증여함. ({cs} 참조)\n",
            ph=Neg(pick(r, ["갑", "A씨", "김○○"]), "placeholder_person"), d=fdate(recent(r, 2015, 2022)),
            ph2=Neg(pick(r, ["을", "B씨", "이○○"]), "placeholder_person"), cs=Neg("조심 %d서%d" % (r.randint(2018, 2024), r.randint(100, 9999)), "case_number"))
    b.f("\n(국세상담센터 {cc})\n", cc=Neg("126", "switchboard"))
    return {"genre": "세무 질의회신", "no_pii": True}


@template(12)
def t_tx_guide(r, b):
    ag = pick(r, AGENCIES)
    b.f("{t}\n\n", t=pick(r, ["주민등록번호 처리 제한 안내", "외국인등록번호 수집 시 유의사항", "여권번호 등 고유식별정보 암호화 기준",
                              "운전면허번호 수집 근거 정리"]))
    b.f("1. 근거: {st}\n2. 고유식별정보는 법령에서 구체적으로 허용한 경우에만 처리할 수 있으며, 예시 화면에는 {pn}처럼 가상 번호를 사용합니다.\n3. 서식 예시의 성명은 {ph}으로 표기합니다.\n4. 문의: {o} (대표 {sw}) 또는 개인정보 침해신고센터 {kisa}\n",
        st=N_statute(r, "개인정보"), pn=N_phnum(r), ph=Neg("홍길동", "placeholder_person"), o=ag[0], sw=N_switch(ag), kisa=Neg("118", "switchboard"))
    b.f("\n{doc} ({d})\n", doc=N_doc(r), d=fdate(recent(r)))
    return {"genre": "공문", "no_pii": True}


@template(8)
def t_mt_anon(r, b):
    """Minutes published with names removed (no PII)."""
    com = pick(r, COMMITTEES)
    ag = pick(r, AGENCIES[:18])
    b.f("제{n}차 {c} 회의록(공개용)\n\n일시: {d} 14:00\n장소: {a} 소회의실\n참석: 위원장 및 위원 {k}명 (명단 비공개, {st})\n\n",
        n=r.randint(1, 9), c=com, d=fdate(recent(r)), a=ag[0], k=r.randint(5, 11), st=N_statute(r, "정보공개"))
    lines = [("위원장", "회의를 개회하겠습니다. 오늘 안건은 두 건입니다."),
             ("위원 A", "지난 회의에서 지적된 사항이 반영되었는지 확인하고 싶습니다."),
             ("간사", "관련 문서({doc})로 조치 결과를 보고드렸습니다."),
             ("위원 B", "민원인 {ph}의 이의신청 건은 사실관계 확인이 더 필요해 보입니다."),
             ("위원 C", "예산 {am}은 과다하다고 봅니다."),
             ("위원장", "그러면 원안 가결하되 위원 B의 의견을 부대의견으로 붙이겠습니다.")]
    for who, u in lines:
        b.f("○ {w}: " + u + "\n", w=who, doc=N_doc(r), ph=Neg(pick(r, ["김○○", "이○○", "박**", "정 모 씨"]), "placeholder_person"),
            am=N_amount(r, 10000, 900000))
    b.f("\n※ 문의: {a} {d} (대표전화 {sw})\n", a=ag[0], d=pick(r, DEPTS), sw=N_switch(ag))
    return {"genre": "회의록", "no_pii": True}


@template(8)
def t_nw_policy(r, b):
    ag = pick(r, AGENCIES[:5])
    b.f("{t}\n\n", t=pick(r, ["정부, 개인정보 유출 과징금 기준 손본다", "외국인 계절근로자 체류기간 최대 8개월로", "내년부터 여권 재발급 온라인 신청 가능",
                              "공공기관 주민등록번호 수집 관행 점검"]))
    b.f("{a}는 {d} 이런 내용의 개선안을 발표했다. {o}은 이날 브리핑에서 {q}.\n", a=ag[0], d=fdate(recent(r)), o=N_office(ag),
        q=qv(r, pick(r, ["현장의 불편을 줄이면서도 보호 장치는 강화하겠다", "관계 부처와 협의해 연내 시행하겠다"])))
    b.f("개선안은 {st} 개정을 전제로 한다. 업계에서는 {co} 등 대형 업체의 부담이 커질 것이라는 우려도 나온다. 한 업계 관계자({a})는 익명을 요구하며 \"세부 기준이 나와 봐야 안다\"고 말했다.\n",
        st=N_statute(r), co=N_company(r), a=Neg("A씨", "placeholder_person"))
    b.f("문의는 {nm} 대표전화({cc})로 하면 된다.\n", nm=ag[0], cc=Neg(ag[3], "switchboard"))
    return {"genre": "뉴스", "no_pii": True}


@template(8)
def t_tb_children(r, b):
    tbl_title(r, b, pick(r, ["영유아 보육료 지원 대상 아동 명단", "아동수당 신규 신청 아동 현황", "예방접종 미완료 아동 안내 대상", "첫만남이용권 지급 대상"]))
    hdr = ["아동 성명", "주민등록번호", "보호자", "연락처"]
    rows = []
    for k in range(r.randint(3, 6)):
        c = Person(r, y0=2019, y1=2025)
        if c.birth > datetime.date(2025, 5, 31):
            c.birth = datetime.date(2024, c.birth.month, min(c.birth.day, 28))
        g = Person(r, y0=1980, y1=1998)
        c.sur = g.sur if r.random() < 0.8 else c.sur
        c.name = c.sur + c.given
        rows.append([PN(c), S_RRN(r, c, pick(r, ["hyphen", "hyphen", "plain"])), PN(g), S_MOB(r, g)])
    render_table(r, b, hdr, rows, header=r.random() < 0.8)
    o = official(r)
    b.f("\n담당: {rk} {n}\n", rk=o[1], n=PN(o[0]))
    return {"genre": "표"}


def build_one(name, fn, i):
    last = None
    for k in range(40):
        seed = "%s|%s|%d" % (SEED, name, i) + ("|r%d" % k if k else "")
        r = random.Random(seed)
        b = Builder()
        info = fn(r, b) or {}
        text = b.text()
        spans = sorted(b.spans)
        negs = sorted(b.negs)
        errs = validate_record(text, spans, negs, info.get("no_pii", False))
        if not errs:
            return text, spans, negs, info, k, seed
        last = errs
    raise SystemExit("template %s #%d keeps failing validation: %s" % (name, i, last[:6]))


def main(argv):
    only = argv[1] if len(argv) > 1 and not argv[1].startswith("-") else None
    built = []
    retries = {}
    for name, fn, count in TEMPLATES:
        if only and name != only:
            continue
        for i in range(count):
            text, spans, negs, info, k, seed = build_one(name, fn, i)
            retries[name] = retries.get(name, 0) + k
            built.append((name, i, text, spans, negs, info, seed))
    order = random.Random(SEED + "|order|0")
    order.shuffle(built)
    recs, metas = [], []
    for n, (name, i, text, spans, negs, info, seed) in enumerate(built, 1):
        rid = "pii_k-%04d" % n
        recs.append({"id": rid, "text": text,
                     "spans": [{"start": s, "end": e, "type": t} for (s, e, t, _k, _n, _v) in spans],
                     "genre": info["genre"]})
        m = {"id": rid, "template": name, "template_index": i, "seed": seed, "genre": info["genre"]}
        if info.get("base_genre"):
            m["base_genre"] = info["base_genre"]
        m["no_pii"] = bool(info.get("no_pii", False))
        m["spans"] = [{"start": s, "end": e, "type": t, "kind": k, "noise": list(nn)} for (s, e, t, k, nn, _v) in spans]
        m["hard_negatives"] = [{"start": s, "end": e, "category": c, "text": v} for (s, e, c, v) in negs]
        metas.append(m)
    if "--dry" in argv or only:
        for rec in recs[:int(os.environ.get("SHOW", "3"))]:
            print(rec["id"], rec["genre"])
            print(rec["text"])
            for sp in rec["spans"]:
                print("   ", sp["type"], repr(rec["text"][sp["start"]:sp["end"]]))
            print("-" * 60)
        print("retries:", {k: v for k, v in retries.items() if v})
        return
    with open(os.path.join(HERE, "pii_k.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "pii_k.meta.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in metas:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    reread_and_check()
    report(retries)


def reread_and_check():
    """Re-read the written files and re-run every check from the stored data alone."""
    recs = [json.loads(x) for x in open(os.path.join(HERE, "pii_k.jsonl"), encoding="utf-8")]
    metas = [json.loads(x) for x in open(os.path.join(HERE, "pii_k.meta.jsonl"), encoding="utf-8")]
    assert len(recs) == len(metas)
    ids = [r_["id"] for r_ in recs]
    assert len(ids) == len(dict.fromkeys(ids)), "duplicate ids"
    for rec, m in zip(recs, metas):
        assert rec["id"] == m["id"]
        assert set(rec) == {"id", "text", "spans", "genre"}
        text = rec["text"]
        assert [(s["start"], s["end"], s["type"]) for s in rec["spans"]] == \
               [(s["start"], s["end"], s["type"]) for s in m["spans"]]
        spans = [(s["start"], s["end"], s["type"], s["kind"], tuple(s["noise"]), text[s["start"]:s["end"]])
                 for s in m["spans"]]
        negs = [(h["start"], h["end"], h["category"], h["text"]) for h in m["hard_negatives"]]
        errs = validate_record(text, spans, negs, m["no_pii"])
        assert not errs, (rec["id"], errs)
        assert spans == sorted(spans)
    return recs, metas


def report(retries):
    recs, metas = reread_and_check()
    from collections import Counter
    ct = Counter(s["type"] for r_ in recs for s in r_["spans"])
    print("records:", len(recs), " spans:", sum(ct.values()), " no-PII:", sum(m["no_pii"] for m in metas))
    for t in TYPES:
        print("  %-20s %5d" % (t, ct[t]))
    g = Counter(r_["genre"] for r_ in recs)
    print("genres:", dict(sorted(g.items(), key=lambda x: -x[1])))
    print("hard negatives:", sum(len(m["hard_negatives"]) for m in metas),
          dict(Counter(h["category"] for m in metas for h in m["hard_negatives"])))
    print("noisy spans:", sum(1 for m in metas for s in m["spans"] if s["noise"]))
    print("retries:", {k: v for k, v in retries.items() if v})


def stats_markdown():
    """Print the composition tables used in README.md (from the written files)."""
    from collections import Counter
    recs, metas = reread_and_check()
    gen = Counter(r_["genre"] for r_ in recs)
    nop = Counter(r_["genre"] for r_, m in zip(recs, metas) if m["no_pii"])
    gsp = Counter()
    for r_ in recs:
        gsp[r_["genre"]] += len(r_["spans"])
    print("| genre | records | of which no PII | gold spans |\n|---|---|---|---|")
    for g, n in sorted(gen.items(), key=lambda x: -x[1]):
        print("| %s | %d | %d | %d |" % (g, n, nop[g], gsp[g]))
    print("| **total** | **%d** | **%d** | **%d** |" % (len(recs), sum(nop.values()), sum(gsp.values())))
    tc = Counter(s["type"] for r_ in recs for s in r_["spans"])
    kc = {}
    for m in metas:
        for s in m["spans"]:
            kc.setdefault(s["type"], Counter())[s["kind"]] += 1
    nc = Counter(s["type"] for m in metas for s in m["spans"] if s["noise"])
    print("\n| type | spans | noisy | sub-kinds |\n|---|---|---|---|")
    for t in TYPES:
        ks = ", ".join("%s %d" % (k, v) for k, v in sorted(kc.get(t, {}).items(), key=lambda x: -x[1]))
        print("| %s | %d | %d | %s |" % (t, tc[t], nc[t], ks))
    print("\n| noise tag | spans |\n|---|---|")
    for k, v in Counter(n for m in metas for s in m["spans"] for n in s["noise"]).most_common():
        print("| %s | %d |" % (k, v))
    print("\n| hard-negative category | count |\n|---|---|")
    for k, v in Counter(h["category"] for m in metas for h in m["hard_negatives"]).most_common():
        print("| %s | %d |" % (k, v))
    print("\n| template | records |\n|---|---|")
    for k, v in sorted(Counter(m["template"] for m in metas).items()):
        print("| %s | %d |" % (k, v))


if __name__ == "__main__":
    if "--stats" in sys.argv:
        stats_markdown()
    else:
        main(sys.argv)
