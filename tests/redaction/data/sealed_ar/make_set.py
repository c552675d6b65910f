#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""pii_ar: independent evaluation set for a Korean PII detector on public-sector text.

Deterministic, standard library only.  Every random choice for record i of template t
comes from random.Random("pii_ar-2026|<t>|<i>") (a suffix "|rN" is added when a draft
fails validation and is retried).  All names, numbers, addresses and sentences are
invented here.

    python3 make_set.py                 # write the set into this directory, validate, self-check
    python3 make_set.py --out DIR --no-selfcheck
"""
import datetime
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

import random

SEED_PREFIX = "pii_ar-2026"
TODAY = datetime.date(2026, 12, 6)
TYPES = ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "KR_ADDRESS", "DATE_OF_BIRTH",
         "KR_BANK_ACCOUNT", "KR_RRN", "IP_ADDRESS", "KR_PASSPORT", "KR_BRN",
         "KR_DRIVER_LICENSE", "KR_FRN", "KR_VEHICLE_PLATE", "KR_HEALTH_INSURANCE",
         "CREDIT_CARD", "KR_CRN"]


class DraftError(Exception):
    """A draft record failed validation; the generator retries with a seed suffix."""


def R(t, i, suffix=""):
    return random.Random("%s|%s|%s%s" % (SEED_PREFIX, t, i, suffix))


def ch(rng, seq):
    return seq[rng.randrange(len(seq))]


def chance(rng, p):
    return rng.random() < p


# ----------------------------------------------------------------------------------
# pools
# ----------------------------------------------------------------------------------
SUR1 = (["김"] * 12 + ["이"] * 9 + ["박"] * 5 + ["최"] * 3 + ["정"] * 3 + ["강", "조", "윤", "장", "임"] * 2 +
        ["한", "오", "서", "신", "권", "황", "안", "송", "류", "전", "홍", "고", "문", "양", "손", "배", "백",
         "허", "유", "남", "심", "노", "하", "곽", "성", "차", "주", "우", "구", "민", "진", "나", "지", "엄",
         "채", "원", "천", "방", "공", "현", "함", "변", "염", "여", "추", "도", "석", "설", "마", "길", "연",
         "위", "표", "명", "기", "반", "왕", "금", "옥", "육", "인", "맹", "제", "모", "탁", "국", "어", "은",
         "편", "용", "예", "봉", "경", "빈", "피", "감", "태", "팽", "승"])
SUR2 = ["남궁", "황보", "선우", "제갈", "사공", "독고", "서문", "동방"]
GIV_A = ["민", "서", "지", "현", "수", "영", "준", "도", "하", "예", "채", "윤", "승", "재", "동", "성", "태",
         "은", "유", "시", "주", "경", "상", "진", "혜", "소", "나", "다", "보", "연", "희", "우", "건", "규",
         "형", "종", "광", "병", "철", "용", "석", "명", "기", "정", "아", "가", "세", "한", "효", "창", "원",
         "범", "찬", "인", "선", "혁", "호", "미", "지", "서", "예"]
GIV_B = ["민", "준", "우", "서", "연", "윤", "호", "훈", "진", "현", "빈", "아", "원", "희", "영", "수", "은",
         "경", "린", "율", "결", "솔", "혁", "철", "석", "식", "환", "규", "태", "란", "미", "정", "혜", "주",
         "성", "기", "택", "웅", "섭", "완", "남", "숙", "자", "옥", "순", "덕", "례", "임", "애", "화", "근"]
GIV_OLD_B = ["순", "자", "숙", "옥", "희", "례", "남", "식", "수", "호", "석", "길", "덕", "춘", "분", "철", "만"]
GIV_SINGLE = ["준", "솔", "결", "별", "빈", "훈", "혁", "율", "찬", "현", "민", "윤", "선", "웅", "란", "걸",
              "담", "슬", "온", "린", "혜", "철", "석", "호"]
SUR_HANJA = {"김": "金", "이": "李", "박": "朴", "최": "崔", "정": "鄭", "강": "姜", "조": "趙", "윤": "尹",
             "장": "張", "임": "林", "한": "韓", "오": "吳", "서": "徐", "신": "申", "권": "權", "황": "黃",
             "안": "安", "송": "宋", "홍": "洪", "유": "柳", "고": "高", "문": "文", "손": "孫", "배": "裵",
             "백": "白", "허": "許", "남": "南", "노": "盧", "하": "河", "민": "閔", "성": "成", "진": "陳",
             "전": "全", "양": "梁", "구": "具", "우": "禹", "차": "車", "주": "朱", "원": "元", "방": "方"}
HANJA = {"김": "金", "이": "李", "박": "朴", "최": "崔", "정": "鄭", "강": "姜", "조": "趙", "윤": "尹",
         "장": "張", "임": "林", "한": "韓", "오": "吳", "서": "徐", "신": "申", "권": "權", "황": "黃",
         "안": "安", "송": "宋", "홍": "洪", "유": "柳", "고": "高", "문": "文", "손": "孫", "배": "裵",
         "백": "白", "허": "許", "남": "南", "노": "盧", "하": "河",
         "영": "永", "호": "浩", "수": "洙", "민": "敏", "철": "哲", "성": "成", "진": "鎭", "희": "熙",
         "숙": "淑", "자": "子", "순": "順", "옥": "玉", "종": "鍾", "기": "基", "석": "錫", "상": "相",
         "현": "賢", "준": "俊", "동": "東", "재": "在", "광": "光", "명": "明", "용": "龍", "태": "泰",
         "병": "炳", "인": "仁", "경": "京", "미": "美", "혜": "惠", "식": "植", "길": "吉", "덕": "德",
         "춘": "春", "만": "萬", "남_": "男", "규": "圭", "환": "煥", "원": "源", "범": "範", "우": "宇",
         "근": "根", "택": "澤", "섭": "燮", "승": "承", "창": "昌", "형": "亨", "건": "建", "은": "恩"}
# words that look like surname + given name but are places, firms, products or common nouns
NAME_LIKE = {
    "place": ["한강", "남산", "하남", "오산", "안양", "김포", "이천", "진주", "양산", "문경", "원주", "정선",
              "고성", "강진", "서천", "나주", "공주", "남원", "안성", "홍성", "고령", "성주", "신안", "조치원",
              "여주", "진도", "장성", "하동", "함안"],
    "firm": ["한솔", "대림", "신라", "고려", "우성", "진로", "하림", "동원", "한일", "금호", "태영", "성원"],
    "product": ["신라면", "백설", "진라면", "오란씨", "한라봉"],
    "noun": ["이사", "정원", "조사", "신고", "장기", "고지", "전세", "한도", "안내", "주차", "정산", "유지",
             "구간", "임대", "전입", "인계", "방문", "기간", "서명", "소득", "공시", "조정", "선정", "이전",
             "심사", "지원", "유형", "전출", "정보", "신청", "조회", "장애", "고용", "성과", "연장", "차량",
             "주민", "한계", "안전", "전기", "전자", "정도", "이상", "하자", "유무"],
}
NAME_BLACK = set(sum(NAME_LIKE.values(), [])) | {"홍길동", "김철수", "이영희", "한국", "서울", "대한", "민국",
                                                 "김해", "전주", "전남", "경기", "강원", "충북", "제주",
                                                 "우리", "하나", "신한", "국민", "기업", "주식", "회사"}
PLACEHOLDERS = ["갑", "을", "병", "정", "A씨", "B씨", "A법인", "B사", "C사", "홍길동", "김○○", "이○○",
                "박○○", "최**", "박**", "정 모 씨", "이 모 씨", "김모씨", "○○○"]

FOREIGN = [  # (nationality, latin given, latin family, hangul given, hangul family, family-first?)
    ("VN", ["Thi Lan", "Van Hung", "Thi Mai", "Duc Anh", "Minh Tuan", "Thi Hoa", "Van Long", "Thi Thu"],
     ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui"],
     ["티 란", "반 훙", "티 마이", "득 안", "민 뚜언", "티 호아", "반 롱", "티 투"],
     ["응우옌", "쩐", "레", "팜", "호앙", "부", "당", "부이"], True),
    ("CN", ["Wei", "Li", "Mei", "Yang", "Hao", "Jing", "Tao", "Xin"],
     ["WANG", "ZHANG", "LIU", "CHEN", "ZHAO", "SUN", "ZHOU", "WU"],
     ["웨이", "리", "메이", "양", "하오", "징", "타오", "신"],
     ["왕", "장", "류", "천", "자오", "쑨", "저우", "우"], True),
    ("US", ["Michael", "Emily", "Daniel", "Sarah", "Kevin", "Laura", "Brian", "Megan"],
     ["Carter", "Turner", "Hughes", "Foster", "Walsh", "Bennett", "Parker", "Reed"],
     ["마이클", "에밀리", "대니얼", "세라", "케빈", "로라", "브라이언", "메건"],
     ["카터", "터너", "휴즈", "포스터", "월시", "베넷", "파커", "리드"], False),
    ("UZ", ["Aziz", "Dilnoza", "Rustam", "Malika", "Timur", "Nodira"],
     ["Karimov", "Yusupova", "Rakhimov", "Alieva", "Sobirov", "Tursunova"],
     ["아지즈", "딜노자", "루스탐", "말리카", "티무르", "노디라"],
     ["카리모프", "유수포바", "라히모프", "알리예바", "소비로프", "투르수노바"], False),
    ("PH", ["Maria Cristina", "Jose", "Ana Liza", "Ramon", "Joy"],
     ["Santos", "Reyes", "Dela Cruz", "Bautista", "Garcia"],
     ["마리아 크리스티나", "호세", "아나 리자", "라몬", "조이"],
     ["산토스", "레예스", "델라크루스", "바우티스타", "가르시아"], False),
    ("NP", ["Sunil", "Anita", "Ramesh", "Sita"], ["Thapa", "Gurung", "Shrestha", "Rai"],
     ["수닐", "아니타", "라메시", "시타"], ["타파", "구룽", "슈레스타", "라이"], False),
    ("TH", ["Somchai", "Nipa", "Anan", "Kanya"], ["Wongsa", "Boonmee", "Sukjai", "Chaiya"],
     ["솜차이", "니파", "아난", "깐야"], ["웡사", "분미", "숙짜이", "차이야"], False),
    ("RU", ["Sergei", "Pavel", "Dmitri", "Alexei"], ["Ivanov", "Volkov", "Sokolov", "Morozov"],
     ["세르게이", "파벨", "드미트리", "알렉세이"], ["이바노프", "볼코프", "소콜로프", "모로조프"], False),
]
NATION_KO = {"VN": "베트남", "CN": "중국", "US": "미국", "UZ": "우즈베키스탄", "PH": "필리핀",
             "NP": "네팔", "TH": "태국", "RU": "러시아"}

SIDO = [  # full (modern), short, stem, sigungu list
    ("서울특별시", "서울시", "서울", ["종로구", "중구", "용산구", "성동구", "광진구", "동대문구", "중랑구", "성북구",
                              "강북구", "도봉구", "노원구", "은평구", "서대문구", "마포구", "양천구", "강서구",
                              "구로구", "금천구", "영등포구", "동작구", "관악구", "서초구", "강남구", "송파구",
                              "강동구"]),
    ("부산광역시", "부산시", "부산", ["중구", "서구", "영도구", "부산진구", "동래구", "남구", "북구", "해운대구",
                              "사하구", "금정구", "연제구", "수영구", "사상구", "기장군"]),
    ("대구광역시", "대구시", "대구", ["중구", "동구", "서구", "남구", "북구", "수성구", "달서구", "달성군"]),
    ("인천광역시", "인천시", "인천", ["중구", "동구", "미추홀구", "연수구", "남동구", "부평구", "계양구", "서구",
                              "강화군"]),
    ("광주광역시", "광주시", "광주", ["동구", "서구", "남구", "북구", "광산구"]),
    ("대전광역시", "대전시", "대전", ["동구", "중구", "서구", "유성구", "대덕구"]),
    ("울산광역시", "울산시", "울산", ["중구", "남구", "동구", "북구", "울주군"]),
    ("세종특별자치시", "세종시", "세종", [""]),
    ("경기도", "경기도", "경기", ["수원시 장안구", "수원시 팔달구", "수원시 영통구", "성남시 분당구", "성남시 수정구",
                            "고양시 일산동구", "고양시 덕양구", "용인시 수지구", "용인시 기흥구", "부천시",
                            "안산시 단원구", "안양시 동안구", "남양주시", "화성시", "평택시", "의정부시",
                            "시흥시", "파주시", "김포시", "광명시", "군포시", "하남시", "오산시", "이천시",
                            "양주시", "구리시", "안성시", "포천시", "의왕시", "여주시", "양평군", "가평군",
                            "연천군"]),
    ("강원특별자치도", "강원도", "강원", ["춘천시", "원주시", "강릉시", "동해시", "태백시", "속초시", "삼척시",
                                "홍천군", "횡성군", "영월군", "평창군", "정선군", "철원군", "인제군", "양양군"]),
    ("충청북도", "충북", "충북", ["청주시 상당구", "청주시 흥덕구", "충주시", "제천시", "보은군", "옥천군", "영동군",
                          "진천군", "괴산군", "음성군", "단양군"]),
    ("충청남도", "충남", "충남", ["천안시 동남구", "천안시 서북구", "공주시", "보령시", "아산시", "서산시", "논산시",
                          "당진시", "금산군", "부여군", "서천군", "청양군", "홍성군", "예산군", "태안군"]),
    ("전북특별자치도", "전북", "전북", ["전주시 완산구", "전주시 덕진구", "군산시", "익산시", "정읍시", "남원시",
                              "김제시", "완주군", "진안군", "무주군", "임실군", "순창군", "고창군", "부안군"]),
    ("전라남도", "전남", "전남", ["목포시", "여수시", "순천시", "나주시", "광양시", "담양군", "곡성군", "구례군",
                          "고흥군", "보성군", "화순군", "장흥군", "강진군", "해남군", "영암군", "무안군",
                          "영광군", "완도군", "진도군"]),
    ("경상북도", "경북", "경북", ["포항시 남구", "포항시 북구", "경주시", "김천시", "안동시", "구미시", "영주시",
                          "영천시", "상주시", "문경시", "경산시", "의성군", "청송군", "영덕군", "청도군",
                          "칠곡군", "예천군", "봉화군", "울진군"]),
    ("경상남도", "경남", "경남", ["창원시 성산구", "창원시 의창구", "창원시 마산합포구", "진주시", "통영시", "사천시",
                          "김해시", "밀양시", "거제시", "양산시", "의령군", "함안군", "창녕군", "남해군",
                          "하동군", "산청군", "함양군", "거창군", "합천군"]),
    ("제주특별자치도", "제주도", "제주", ["제주시", "서귀포시"]),
]
SIDO_BY_STEM = {s[2]: s for s in SIDO}
# (changed from, name before) for older documents
OLD_SGG = {"용인시": (1996, "용인군"), "고양시": (1992, "고양군"), "고양시 일산구": (1996, "고양시"),
           "화성시": (2001, "화성군"), "김포시": (1998, "김포군"), "양주시": (2003, "양주군"),
           "포천시": (2003, "포천군"), "여주시": (2013, "여주군"), "당진시": (2012, "당진군"),
           "미추홀구": (2018, "남구"), "용인시 수지구": (2005, "용인시"), "용인시 기흥구": (2005, "용인시"),
           "창원시 성산구": (2010, "창원시"), "창원시 의창구": (2010, "창원시"), "창원시 마산합포구": (2010, "마산시"),
           "고양시 일산동구": (2005, "고양시 일산구"), "고양시 덕양구": (1996, "고양군"),
           "남양주시": (1995, "남양주군"), "안산시 단원구": (2002, "안산시"), "수원시 영통구": (2003, "수원시 팔달구"),
           "파주시": (1996, "파주군"), "이천시": (1996, "이천군"), "안성시": (1998, "안성군"),
           "청주시 상당구": (1995, "청주시"), "청주시 흥덕구": (1995, "청주시"), "천안시 동남구": (2008, "천안시"),
           "천안시 서북구": (2008, "천안시"), "전주시 완산구": (1989, "전주시"), "전주시 덕진구": (1989, "전주시"),
           "포항시 남구": (1995, "포항시"), "포항시 북구": (1995, "포항시"), "기장군": (1995, None),
           "달성군": (1995, None), "강화군": (1995, None), "울주군": (1995, None), "세종": (2012, None),
           "성남시 분당구": (1991, "성남시"), "계룡시": (2003, None)}
DONGS = ["신정동", "중앙동", "문화동", "상도동", "월평동", "송정동", "평화동", "삼산동", "매곡동", "장안동",
         "남산동", "효자동", "금곡동", "신흥동", "대화동", "봉명동", "양지동", "성내동", "신월동", "도화동",
         "연산동", "대명동", "산정동", "용전동", "우산동", "석사동", "호계동", "명륜동", "교동", "중동",
         "가좌동", "내손동", "화정동", "인계동", "복대동", "반송동", "운암동", "초량동"]
EUPMYEON = ["봉담읍", "오창읍", "남면", "북면", "서면", "동면", "금산면", "청운면", "대산면", "월곶면", "송악읍",
            "진량읍", "하양읍", "용문면", "덕산면", "안중읍", "장호원읍"]
RIS = ["원당리", "신촌리", "하리", "상리", "송정리", "대곡리", "내동리", "구산리", "평촌리", "도곡리", "방축리",
       "수동리", "감천리"]
ROAD_STEMS = ["한빛", "새솔", "가람", "은빛", "마루", "누리", "솔내", "별빛", "도담", "하늘", "온누리", "푸른솔",
              "느티", "다솜", "아름", "시루", "미리내", "해오름", "큰골", "버들", "샘골", "물빛", "달맞이",
              "갈매", "청보리", "보람", "한울", "새터", "구름재", "들꽃"]
APTS = ["한빛아파트", "새솔마을 3단지", "푸른숲빌라", "은하맨션", "그린타운", "가람빌", "누리아파트", "햇살마을",
        "솔내연립", "도담하이츠", "별빛주택", "한울타운"]
INST_BLDG = ["정부세종청사 6동", "정부세종청사 4동", "시청 본관", "구청 별관 2층", "군청", "종합청사 3층",
             "행정복지센터", "청사 본관 5층", "별관 1층", "합동청사"]
AREA_NEW = {"서울": "02", "경기": "031", "인천": "032", "강원": "033", "충남": "041", "대전": "042",
            "충북": "043", "세종": "044", "부산": "051", "울산": "052", "대구": "053", "경북": "054",
            "경남": "055", "전남": "061", "광주": "062", "전북": "063", "제주": "064"}
AREA_OLD = {"서울": ["02"], "부산": ["051"], "대구": ["053"], "인천": ["032"], "광주": ["062"],
            "대전": ["042"], "울산": ["0522"], "세종": ["0415"], "경기": ["0331", "0342", "0343", "0344", "0345",
                                                                   "0351", "0333", "0336"],
            "강원": ["0361", "0371", "0391"], "충북": ["0431", "0441"], "충남": ["0417", "0416"],
            "전북": ["0652", "0654", "0653"], "전남": ["0631", "0661", "0662"],
            "경북": ["0562", "0561", "0571", "0546"], "경남": ["0551", "0591", "0525"], "제주": ["064"]}
MON = ["", "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
DL_REGION = [("11", "서울"), ("12", "부산"), ("13", "경기"), ("14", "강원"), ("15", "충북"), ("16", "충남"),
             ("17", "전북"), ("18", "전남"), ("19", "경북"), ("20", "경남"), ("21", "제주"), ("22", "대구"),
             ("23", "인천"), ("24", "광주"), ("25", "대전"), ("26", "울산"), ("28", "경기북부")]
PLATE_PRIVATE = list("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주")
PLATE_COMM = list("바사아자") + ["배"]
PLATE_RENT = list("하허호")
# bank, groupings, first year, last year
BANKS = [
    ("KB국민은행", [(6, 2, 6), (3, 2, 4, 3)], 2001, 2026), ("국민은행", [(3, 2, 4, 3), (6, 2, 6)], 1980, 2008),
    ("신한은행", [(3, 3, 6), (3, 2, 6)], 1983, 2026), ("우리은행", [(4, 3, 6)], 2002, 2026),
    ("하나은행", [(3, 6, 5)], 1992, 2026), ("NH농협은행", [(3, 4, 4, 2), (6, 2, 6)], 2012, 2026),
    ("농협", [(3, 2, 6), (3, 4, 4, 2)], 1980, 2011), ("IBK기업은행", [(3, 6, 2, 3)], 2000, 2026),
    ("기업은행", [(3, 6, 2, 3), (3, 2, 6)], 1980, 2026), ("SC제일은행", [(3, 2, 6)], 2012, 2026),
    ("제일은행", [(3, 2, 6)], 1980, 2004), ("한국씨티은행", [(3, 6, 3, 2)], 2004, 2022),
    ("우체국", [(6, 2, 6)], 1983, 2026), ("새마을금고", [(4, 2, 6, 1)], 1985, 2026),
    ("신협", [(3, 3, 6)], 1985, 2026), ("카카오뱅크", [(4, 2, 7)], 2017, 2026),
    ("케이뱅크", [(3, 3, 6)], 2017, 2026), ("토스뱅크", [(4, 4, 4)], 2021, 2026),
    ("부산은행", [(3, 4, 4, 2)], 1980, 2026), ("대구은행", [(3, 2, 6, 1)], 1980, 2024),
    ("iM뱅크", [(3, 2, 6, 1)], 2024, 2026), ("경남은행", [(3, 2, 7)], 1980, 2026),
    ("광주은행", [(3, 3, 6)], 1980, 2026), ("전북은행", [(3, 2, 7)], 1980, 2026),
    ("수협은행", [(3, 2, 6), (4, 4, 4)], 2001, 2026), ("조흥은행", [(3, 3, 6), (3, 2, 6)], 1980, 2006),
    ("상업은행", [(3, 2, 6)], 1980, 1998), ("한일은행", [(3, 2, 5, 1)], 1980, 1998),
    ("외환은행", [(3, 6, 3)], 1980, 2015), ("주택은행", [(3, 2, 4, 3)], 1980, 2001),
    ("KDB산업은행", [(3, 4, 4, 3)], 2009, 2026),
]
EMAIL_DOMAINS = {1990: ["chollian.net", "hitel.net", "nownuri.net", "unitel.co.kr", "kornet.net"],
                 1998: ["hanmail.net", "yahoo.co.kr", "korea.com", "lycos.co.kr", "hotmail.com"],
                 2004: ["naver.com", "hanmail.net", "nate.com", "empal.com", "paran.com", "gmail.com"],
                 2012: ["naver.com", "daum.net", "gmail.com", "nate.com", "hanmail.net", "kakao.com",
                        "outlook.com"]}
ROM_SYL = {'가': 'ga', '건': 'geon', '걸': 'geol', '결': 'gyeol', '경': 'gyeong', '광': 'gwang', '규': 'gyu', '근': 'geun', '기': 'gi', '길': 'gil', '나': 'na', '남': 'nam', '다': 'da', '담': 'dam', '덕': 'deok', '도': 'do', '동': 'dong', '란': 'ran', '례': 'rye', '린': 'rin', '만': 'man', '명': 'myeong', '미': 'mi', '민': 'min', '범': 'beom', '별': 'byeol', '병': 'byeong', '보': 'bo', '분': 'bun', '빈': 'bin', '상': 'sang', '서': 'seo', '석': 'seok', '선': 'seon', '섭': 'seop', '성': 'seong', '세': 'se', '소': 'so', '솔': 'sol', '수': 'su', '숙': 'suk', '순': 'sun', '슬': 'seul', '승': 'seung', '시': 'si', '식': 'sik', '아': 'a', '애': 'ae', '연': 'yeon', '영': 'yeong', '예': 'ye', '옥': 'ok', '온': 'on', '완': 'wan', '용': 'yong', '우': 'u', '웅': 'ung', '원': 'won', '유': 'yu', '윤': 'yun', '율': 'yul', '은': 'eun', '인': 'in', '임': 'im', '자': 'ja', '재': 'jae', '정': 'jeong', '종': 'jong', '주': 'ju', '준': 'jun', '지': 'ji', '진': 'jin', '찬': 'chan', '창': 'chang', '채': 'chae', '철': 'cheol', '춘': 'chun', '태': 'tae', '택': 'taek', '하': 'ha', '한': 'han', '혁': 'hyeok', '현': 'hyeon', '형': 'hyeong', '혜': 'hye', '호': 'ho', '화': 'hwa', '환': 'hwan', '효': 'hyo', '훈': 'hun', '희': 'hui'}
ROM_SUR = {'김': 'KIM', '이': 'LEE', '박': 'PARK', '최': 'CHOI', '정': 'JEONG', '강': 'KANG', '조': 'CHO', '윤': 'YOON', '장': 'JANG', '임': 'LIM', '한': 'HAN', '오': 'OH', '서': 'SEO', '신': 'SHIN', '권': 'KWON', '황': 'HWANG', '안': 'AHN', '송': 'SONG', '류': 'RYU', '전': 'JEON', '홍': 'HONG', '고': 'KO', '문': 'MOON', '양': 'YANG', '손': 'SON', '배': 'BAE', '백': 'BAEK', '허': 'HEO', '유': 'YU', '남': 'NAM', '심': 'SIM', '노': 'NOH', '하': 'HA', '곽': 'KWAK', '성': 'SUNG', '차': 'CHA', '주': 'JOO', '우': 'WOO', '구': 'KOO', '민': 'MIN', '진': 'JIN', '나': 'NA', '지': 'JI', '엄': 'EOM', '채': 'CHAE', '원': 'WON', '천': 'CHEON', '방': 'BANG', '공': 'KONG', '현': 'HYUN', '함': 'HAM', '변': 'BYUN', '염': 'YEOM', '여': 'YEO', '추': 'CHOO', '도': 'DO', '석': 'SEOK', '설': 'SEOL', '마': 'MA', '길': 'GIL', '연': 'YEON', '위': 'WI', '표': 'PYO', '명': 'MYUNG', '기': 'KI', '반': 'BAN', '왕': 'WANG', '금': 'KEUM', '옥': 'OK', '육': 'YOOK', '인': 'IN', '맹': 'MAENG', '제': 'JE', '모': 'MO', '탁': 'TAK', '국': 'KOOK', '어': 'EO', '은': 'EUN', '편': 'PYEON', '용': 'YONG', '예': 'YE', '봉': 'BONG', '경': 'KYUNG', '빈': 'BIN', '피': 'PI', '감': 'KAM', '태': 'TAE', '팽': 'PAENG', '승': 'SEUNG', '동': 'DONG', '선': 'SEON', '남궁': 'NAMGOONG', '황보': 'HWANGBO', '선우': 'SUNWOO', '제갈': 'JEGAL', '사공': 'SAGONG', '독고': 'DOKGO', '서문': 'SEOMUN', '동방': 'DONGBANG'}
ROMA = {"김": "kim", "이": "lee", "박": "park", "최": "choi", "정": "jung", "강": "kang", "조": "cho",
        "윤": "yoon", "장": "jang", "임": "lim", "한": "han", "오": "oh", "서": "seo", "신": "shin",
        "권": "kwon", "황": "hwang", "안": "ahn", "송": "song", "류": "ryu", "전": "jeon", "홍": "hong"}
ROMA_SYL = ["min", "seo", "ji", "hyun", "su", "young", "jun", "do", "ha", "ye", "chae", "yoon", "seung",
            "jae", "dong", "sung", "tae", "eun", "yu", "si", "ju", "kyung", "sang", "jin", "hye", "so", "na",
            "woo", "gun", "gyu", "hyung", "jong", "kwang", "byung", "chul", "yong", "seok", "ho", "hoon"]
INSTR = ["수원", "성남", "청주", "전주", "포항", "창원", "마포", "서초", "남동", "유성", "해운대", "달서", "북구",
         "동래", "광산", "원주", "천안", "김해", "구미", "순천", "제주", "춘천", "안동", "목포", "진주", "군산",
         "평택", "의정부", "익산", "여수"]
HANGUL_RE = re.compile(r"[가-힣]")


# ----------------------------------------------------------------------------------
# values
# ----------------------------------------------------------------------------------
class V(object):
    """A PII value to insert: type, exact string, sub-kind, format, extra info."""
    __slots__ = ("type", "value", "sub", "fmt", "info")

    def __init__(self, typ, value, sub, fmt, info=None):
        self.type, self.value, self.sub, self.fmt, self.info = typ, value, sub, fmt, dict(info or {})

    def __str__(self):
        return self.value


def rand_date(rng, y0, y1, lo=None, hi=None):
    lo = lo or datetime.date(y0, 1, 1)
    hi = hi or datetime.date(y1, 12, 28)
    if hi > TODAY - datetime.timedelta(days=1):
        hi = TODAY - datetime.timedelta(days=1)
    if lo > hi:
        lo = hi
    return lo + datetime.timedelta(days=rng.randrange((hi - lo).days + 1))


def fmt_date(dt, style):
    y, m, d = dt.year, dt.month, dt.day
    return {
        "dot_sp": "%d. %d. %d." % (y, m, d), "dot_sp_noend": "%d. %d. %d" % (y, m, d),
        "dot_pad": "%d.%02d.%02d." % (y, m, d), "dot_pad_noend": "%d.%02d.%02d" % (y, m, d),
        "kor": "%d년 %d월 %d일" % (y, m, d), "kor_nosp": "%d년%d월%d일" % (y, m, d),
        "iso": "%d-%02d-%02d" % (y, m, d), "slash": "%d/%02d/%02d" % (y, m, d),
        "yy_dot": "%02d.%02d.%02d" % (y % 100, m, d), "yy_dot_sp": "%02d. %d. %d." % (y % 100, m, d),
        "yymmdd": "%02d%02d%02d" % (y % 100, m, d), "yyyymmdd": "%d%02d%02d" % (y, m, d),
        "hanja": "%d年 %d月 %d日" % (y, m, d), "eng": "%02d %s %d" % (d, MON[m], y),
        "kor_eng": "%02d %d월/%s %d" % (d, m, MON[m], y), "kor_yy": "%02d년 %d월 %d일" % (y % 100, m, d),
    }[style]


DATE_STYLES_MODERN = ["dot_sp", "dot_sp", "dot_pad", "kor", "iso", "dot_pad_noend"]
DATE_STYLES_OLD = ["dot_sp", "kor", "dot_sp", "hanja"]


def pick_date(c, rel="doc"):
    dd = c.docdate
    if rel == "doc":
        return dd
    lo, hi = {"past": (1, 119), "past2": (120, 700), "future": (1, 100), "future2": (120, 330)}[rel]
    n = c.rng.randrange(lo, hi + 1)
    return dd - datetime.timedelta(days=n) if rel.startswith("past") else dd + datetime.timedelta(days=n)


def doc_date(c, style=None, rel="doc"):
    """A document date (not a birth date) as text."""
    rng = c.rng
    dt = pick_date(c, rel)
    if style is None:
        style = ch(rng, DATE_STYLES_OLD if c.year < 1995 else DATE_STYLES_MODERN)
        if style == "hanja" and c.year >= 1995:
            style = "dot_sp"
    return fmt_date(dt, style), dt


def dob(rng, dt, style=None, c=None):
    if style is None:
        styles = ["dot_sp", "kor", "iso", "dot_pad", "dot_pad_noend", "yy_dot", "yymmdd", "slash", "kor_nosp",
                  "yy_dot_sp", "kor_yy", "yyyymmdd"]
        if c is not None and c.year < 1995:
            styles += ["hanja", "hanja"]
        style = ch(rng, styles)
    if dt.year < 1900 and style in ("yy_dot", "yy_dot_sp", "yymmdd", "kor_yy"):
        style = "dot_sp"
    return V("DATE_OF_BIRTH", fmt_date(dt, style), "dob_" + style, style, {"date": dt.isoformat()})


def birth_for(rng, c, age_lo=20, age_hi=80):
    hi = min(datetime.date(c.year - age_lo, 12, 28), c.docdate - datetime.timedelta(days=30))
    return rand_date(rng, c.year - age_hi, c.year - age_lo, hi=hi)


class Person(object):
    def __init__(self, name, sur, given, kind, birth=None, sex=None, nat=None):
        self.name, self.sur, self.given, self.kind = name, sur, given, kind
        self.birth, self.sex, self.nat = birth, sex, nat

    def v(self, script=None):
        return V("PERSON", self.name, self.kind, "name")


def korean_name(rng, birth_year=1980, two_sur=None, single=None):
    for _ in range(50):
        if two_sur is None:
            two = chance(rng, 0.07)
        else:
            two = two_sur
        sur = ch(rng, SUR2) if two else ch(rng, SUR1)
        sg = chance(rng, 0.08) if single is None else single
        if sg:
            given = ch(rng, GIV_SINGLE)
        else:
            b = ch(rng, GIV_OLD_B) if (birth_year < 1960 and chance(rng, 0.6)) else ch(rng, GIV_B)
            given = ch(rng, GIV_A) + b
            if given[0] == given[1]:
                continue
        name = sur + given
        if name in NAME_BLACK or given in ("길동", "○○"):
            continue
        kind = "ko_two_sur" if two else ("ko_single_given" if sg else "ko")
        return sur, given, name, kind
    raise DraftError("name")


def person(rng, c=None, birth=None, foreign=None, script=None, hanja=False, two_sur=None, single=None,
           age=(20, 80)):
    if birth is None:
        birth = birth_for(rng, c, *age) if c is not None else rand_date(rng, 1950, 2000)
    sex = ch(rng, "MF")
    if foreign:
        nat = foreign if isinstance(foreign, str) else ch(rng, FOREIGN)[0]
        row = [f for f in FOREIGN if f[0] == nat][0]
        k = rng.randrange(len(row[1]))
        j = rng.randrange(len(row[2]))
        script = script or ch(rng, ["latin", "hangul"])
        if script == "latin":
            given, fam = row[1][k], row[2][j]
            if row[5]:
                name = fam + " " + given
            else:
                name = ch(rng, [given + " " + fam, fam.upper() + " " + given.upper(), given + " " + fam])
        else:
            given, fam = row[3][k], row[4][j]
            name = (fam + " " + given) if row[5] else (given + " " + fam)
            if nat == "CN" and chance(rng, 0.5):
                name = fam + given
        return Person(name, fam, given, "foreign_" + script, birth, sex, nat)
    sur, given, name, kind = korean_name(rng, birth.year, two_sur, single)
    if hanja and sur in SUR_HANJA and all(s in HANJA for s in given):
        name = SUR_HANJA[sur] + "".join(HANJA[s] for s in given)
        kind = "ko_hanja"
    return Person(name, sur, given, kind, birth, sex, "KR")


def relative(rng, c, base, rel, foreign=None):
    """A relative of `base` whose age and sex fit the relation; None if the relation is impossible."""
    yrs = lambda a, b: datetime.timedelta(days=365 * rng.randrange(a, b) + rng.randrange(365))
    limit = c.docdate - datetime.timedelta(days=30)
    if rel in ("부", "모", "父", "母"):
        b = base.birth - yrs(20, 38)
        if b.year < c.year - 98:
            return None
        sex = "M" if rel in ("부", "父") else "F"
    elif rel in ("처", "남편", "배우자", "妻"):
        b = base.birth + (yrs(0, 6) if chance(rng, 0.5) else -yrs(0, 6))
        if b > limit - datetime.timedelta(days=365 * 18):
            b = base.birth
        sex = {"처": "F", "妻": "F", "남편": "M"}.get(rel, "F" if base.sex == "M" else "M")
    else:
        b = base.birth + yrs(20, 40)
        if b > limit:
            return None
        sex = {"자": "M", "녀": "F", "子": "M", "女": "F"}.get(rel, ch(rng, "MF"))
    q = person(rng, c, birth=b, foreign=foreign)
    q.sex = sex
    if rel in ("자", "녀", "자녀", "子", "女") and not foreign and base.nat == "KR" and len(base.sur) <= 2:
        if base.sex == "M" and len(q.sur) == 1 and len(base.sur) == 1 and chance(rng, 0.8):
            q.name = base.sur + q.given
            q.sur = base.sur
            if q.name in NAME_BLACK:
                return None
    return q


def rrn_check(d12):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return (11 - sum(int(a) * b for a, b in zip(d12, w)) % 11) % 10


def frn_check(d12):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return (13 - sum(int(a) * b for a, b in zip(d12, w)) % 11) % 10


def gender_digit(birth, sex, foreign=False):
    if birth.year < 1900:
        g = 9 if sex == "M" else 0
    elif birth.year < 2000:
        g = 1 if sex == "M" else 2
    else:
        g = 3 if sex == "M" else 4
    if foreign:
        g = {1: 5, 2: 6, 3: 7, 4: 8}[g]
    return g


def rrn(rng, p, kind=None, fmt=None):
    """kind: valid | post2020 | masked"""
    b = p.birth
    if kind is None:
        kind = "post2020" if b >= datetime.date(2020, 10, 1) else ("masked" if chance(rng, 0.3) else "valid")
    if kind == "valid" and b >= datetime.date(2020, 10, 1):
        kind = "post2020"
    if kind == "post2020" and b < datetime.date(2020, 10, 1):
        raise DraftError("post2020 birth")
    front = "%02d%02d%02d" % (b.year % 100, b.month, b.day)
    g = gender_digit(b, p.sex)
    if kind == "masked":
        m = ch(rng, ["******", "******", "●●●●●●", "XXXXXX", "xxxxxx", "＊＊＊＊＊＊", "○○○○○○"])
        back = str(g) + m
    elif kind == "valid":
        mid = "%02d%02d%d" % (rng.randrange(0, 96), rng.randrange(0, 60), rng.randrange(1, 6))
        d12 = front + str(g) + mid
        back = str(g) + mid + str(rrn_check(d12))
    else:
        while True:
            mid = "".join(str(rng.randrange(10)) for _ in range(5))
            last = rng.randrange(10)
            if rrn_check(front + str(g) + mid) != last:
                break
        back = str(g) + mid + str(last)
    fmt = fmt or ch(rng, ["hyphen"] * 8 + ["nohyphen", "spaced"])
    if kind == "masked":
        fmt = "hyphen" if fmt == "nohyphen" else fmt
    sep = {"hyphen": "-", "nohyphen": "", "spaced": " - "}[fmt]
    return V("KR_RRN", front + sep + back, "rrn_" + kind, fmt, {"birth": b.isoformat()})


def frn(rng, p, masked=False, fmt=None):
    b = p.birth
    front = "%02d%02d%02d" % (b.year % 100, b.month, b.day)
    g = gender_digit(b, p.sex, foreign=True)
    if masked:
        return V("KR_FRN", front + "-" + str(g) + ch(rng, ["******", "●●●●●●", "XXXXXX"]), "frn_masked", "hyphen")
    while True:
        office = rng.randrange(0, 50) * 2
        serial = "%03d" % rng.randrange(1000)
        kind = rng.randrange(6, 10)
        d12 = front + str(g) + "%02d" % office + serial[:2] + str(kind)
        # d12: 6 + 1 + 2 + 2 + 1 = 12
        if len(d12) == 12:
            break
    fmt = fmt or ch(rng, ["hyphen"] * 6 + ["nohyphen", "spaced"])
    sep = {"hyphen": "-", "nohyphen": "", "spaced": " - "}[fmt]
    return V("KR_FRN", front + sep + d12[6:] + str(frn_check(d12)), "frn_valid", fmt, {"birth": b.isoformat()})


def brn_check(d9):
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(int(a) * b for a, b in zip(d9, w)) + (int(d9[8]) * 5) // 10
    return (10 - s % 10) % 10


def brn(rng, corp=None, fmt=None):
    office = rng.randrange(101, 900)
    if corp is None:
        corp = chance(rng, 0.5)
    mid = ch(rng, [81, 86, 87, 88, 85]) if corp else ch(rng, [1, 2, 5, 6, 10, 12, 14, 21, 23, 25, 30, 41,
                                                               45, 52, 60, 90, 91, 99])
    serial = "%04d" % rng.randrange(10000)
    d9 = "%03d%02d%s" % (office, mid, serial)
    d = d9 + str(brn_check(d9))
    fmt = fmt or ch(rng, ["hyphen"] * 7 + ["nohyphen", "spaced"])
    val = {"hyphen": "%s-%s-%s", "nohyphen": "%s%s%s", "spaced": "%s - %s - %s"}[fmt] % (d[:3], d[3:5], d[5:])
    return V("KR_BRN", val, "brn_corp" if corp else "brn_indiv", fmt)


def crn_check(d12):
    return (10 - sum(int(a) * (1 if k % 2 == 0 else 2) for k, a in enumerate(d12)) % 10) % 10


def crn(rng, fmt=None):
    office = ch(rng, ["1101", "1144", "1201", "1301", "1345", "1358", "1311", "1501", "1601", "1613",
                      "1701", "1801", "1901", "2001", "2201", "2301", "2401", "1946", "1742", "2841"])
    kind = ch(rng, ["11", "11", "11", "14", "12", "13", "71", "82", "21", "22"])
    d12 = office + kind + "%06d" % rng.randrange(1000000)
    d = d12 + str(crn_check(d12))
    fmt = fmt or ch(rng, ["hyphen"] * 8 + ["nohyphen"])
    return V("KR_CRN", d[:6] + ("-" if fmt == "hyphen" else "") + d[6:], "crn_valid", fmt)


def luhn_ok(digits):
    s = 0
    for k, ch_ in enumerate(reversed(digits)):
        x = int(ch_)
        if k % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def card(rng, masked=False, fmt=None, c=None):
    brand = ch(rng, ["visa", "visa", "master", "master", "bc", "bc", "jcb", "amex"])
    n = 15 if brand == "amex" else 16
    pre = {"visa": "4" + "%03d" % rng.randrange(1000), "master": str(rng.randrange(51, 56)) + "%02d" % rng.randrange(100),
           "bc": "94" + "%02d" % rng.randrange(100), "jcb": str(rng.randrange(3528, 3590)),
           "amex": ch(rng, ["34", "37"]) + "%02d" % rng.randrange(100)}[brand]
    body = pre + "".join(str(rng.randrange(10)) for _ in range(n - 5))
    for last in range(10):
        if luhn_ok(body + str(last)):
            break
    d = body + str(last)
    groups = (4, 6, 5) if n == 15 else (4, 4, 4, 4)
    fmt = fmt or ch(rng, ["hyphen"] * 6 + ["space", "nohyphen"])
    if masked:
        fmt = "hyphen" if fmt == "nohyphen" else fmt
    parts, k = [], 0
    for g in groups:
        parts.append(d[k:k + g])
        k += g
    shown = list(parts)
    if masked:
        mc = ch(rng, ["*", "*", "X", "#"])
        if n == 16:
            style = ch(rng, ["first6", "first4", "third"])
            if style == "first6":
                shown[1], shown[2] = shown[1][:2] + mc * 2, mc * 4
            elif style == "first4":
                shown[1], shown[2] = mc * 4, mc * 4
            else:
                shown[2] = mc * 4
        else:
            shown[1] = mc * 6
    sep = {"hyphen": "-", "space": " ", "nohyphen": ""}[fmt]
    return V("CREDIT_CARD", sep.join(shown), "card_" + brand + ("_masked" if masked else ""), fmt,
             {"full": d, "masked": masked})


def bank_account(rng, c, bank=None, fmt=None):
    opts = [b for b in BANKS if b[2] <= c.year <= b[3]]
    if bank:
        opts = [b for b in BANKS if b[0] == bank] or opts
    b = ch(rng, opts)
    grp = ch(rng, b[1])
    parts = ["".join(str(rng.randrange(10)) for _ in range(g)) for g in grp]
    parts[0] = str(rng.randrange(1, 10)) + parts[0][1:]
    fmt = fmt or ch(rng, ["hyphen"] * 7 + ["nohyphen", "spaced"])
    sep = {"hyphen": "-", "nohyphen": "", "spaced": " "}[fmt]
    return b[0], V("KR_BANK_ACCOUNT", sep.join(parts), "acct_" + "-".join(str(g) for g in grp), fmt,
                   {"bank": b[0], "grouping": list(grp)})


def region_of(c, rng):
    return getattr(c, "region", None) or ch(rng, list(AREA_NEW))


def landline(rng, c, region=None, fmt=None, sub="phone_landline"):
    region = region or region_of(c, rng)
    old = c.year < 1999
    area = ch(rng, AREA_OLD[region]) if old else AREA_NEW[region]
    if c.year >= 2012 and region == "세종":
        area = "044"
    if old and c.year < 1990 and chance(rng, 0.5):
        ex = "%d%02d" % (rng.randrange(2, 10), rng.randrange(100))
    else:
        ex = ("%d%02d" % (rng.randrange(2, 10), rng.randrange(100)) if (len(area) >= 4 or chance(rng, 0.35))
              else "%d%03d" % (rng.randrange(2, 10), rng.randrange(1000)))
    ln = "%04d" % rng.randrange(10000)
    fmt = fmt or ch(rng, ["hyphen"] * 6 + ["paren", "paren_close", "dot", "space"])
    val = {"hyphen": "%s-%s-%s", "paren": "(%s) %s-%s", "paren_close": "%s)%s-%s", "dot": "%s.%s.%s",
           "space": "%s %s %s"}[fmt] % (area, ex, ln)
    return V("PHONE_NUMBER", val, sub + ("_oldarea" if old else ""), fmt, {"area": area})


def mobile(rng, c, fmt=None):
    y = c.year
    if y < 1988:
        return landline(rng, c)
    if y < 1996:
        pre = ch(rng, ["011", "011", "012", "015"]) if y >= 1988 else "011"
        sub = "phone_pager" if pre in ("012", "015") else "phone_mobile_old"
        mid = "%d%02d" % (rng.randrange(2, 10), rng.randrange(100))
    elif y < 2004:
        pre = ch(rng, ["011", "016", "017", "018", "019"])
        sub = "phone_mobile_old"
        mid = "%d%02d" % (rng.randrange(2, 10), rng.randrange(100)) if chance(rng, 0.5) else "%d%03d" % (
            rng.randrange(2, 10), rng.randrange(1000))
    elif y < 2012:
        pre = ch(rng, ["010", "010", "011", "016", "017", "019"])
        sub = "phone_mobile" if pre == "010" else "phone_mobile_old"
        mid = "%d%03d" % (rng.randrange(2, 10), rng.randrange(1000))
    else:
        pre, sub = "010", "phone_mobile"
        mid = "%d%03d" % (rng.randrange(2, 10), rng.randrange(1000))
    ln = "%04d" % rng.randrange(10000)
    fmts = ["hyphen"] * 8 + ["dot", "space", "nohyphen"] + (["intl"] if y >= 2008 else [])
    fmt = fmt or ch(rng, fmts)
    if fmt == "intl":
        val = "+82-%s-%s-%s" % (pre[1:], mid, ln)
    else:
        val = {"hyphen": "%s-%s-%s", "dot": "%s.%s.%s", "space": "%s %s %s", "nohyphen": "%s%s%s"}[fmt] % (
            pre, mid, ln)
    return V("PHONE_NUMBER", val, sub, fmt)


def phone070(rng, fmt=None):
    fmt = fmt or ch(rng, ["hyphen", "hyphen", "dot"])
    sep = "-" if fmt == "hyphen" else "."
    return V("PHONE_NUMBER", "070%s%04d%s%04d" % (sep, rng.randrange(2000, 9999), sep, rng.randrange(10000)),
             "phone_070", fmt)


def phone_any(rng, c, region=None):
    r = rng.random()
    if c.year >= 2006 and r < 0.08:
        return phone070(rng)
    if c.year >= 1988 and r < 0.6:
        return mobile(rng, c)
    return landline(rng, c, region)


def email(rng, c, p=None, domain=None, sub=None):
    y = c.year
    if domain is None:
        keys = [k for k in sorted(EMAIL_DOMAINS) if k <= y]
        if not keys:
            raise DraftError("no email before 1990")
        domain = ch(rng, EMAIL_DOMAINS[keys[-1]])
    sur = ROMA.get(p.sur if p and p.sur in ROMA else "", ch(rng, list(ROMA.values()))) if p else ch(rng, list(ROMA.values()))
    foreign_given = None
    if p is not None and p.kind.startswith("foreign") and p.nat:
        row = [f for f in FOREIGN if f[0] == p.nat][0]
        fam = row[2][row[4].index(p.sur)] if p.sur in row[4] else p.sur
        giv = row[1][row[3].index(p.given)] if p.given in row[3] else p.given
        sur = re.sub(r"[^a-z]", "", fam.lower()) or "user"
        foreign_given = re.sub(r"[^a-z]", "", giv.lower()) or None
    given = ch(rng, ROMA_SYL) + ch(rng, ROMA_SYL)
    if p is not None and p.kind.startswith("ko") and p.kind != "ko_hanja" and all(x in ROM_SYL for x in p.given):
        given = "".join(ROM_SYL[x] for x in p.given)
        sur = ROM_SUR[p.sur].lower()
    if foreign_given:
        given = foreign_given
    style = rng.randrange(6)
    local = [given + "." + sur, sur + given, given[0] + ch(rng, ROMA_SYL) + sur, sur + "_" + given +
             str(rng.randrange(70, 100)), given + str(rng.randrange(1, 999)), sur + "." + given[:3] + "2"][style]
    return V("EMAIL_ADDRESS", local + "@" + domain, sub or ("email_official" if domain == "korea.kr" else "email"),
             "plain")


def address(rng, c, form=None, region=None, unit=None, inst=False, bldg=None):
    """returns (V, postal, ref).  form: road_full|road_short|road_sgg|road_eup|jibun|jibun_ri|jibun_old"""
    y = c.year
    stems = list(SIDO_BY_STEM)
    if y < 2012:
        stems.remove("세종")
    if y < 1997:
        stems.remove("울산")
    near = getattr(c, "region", None)
    reg = region or (near if (near in stems and chance(rng, 0.6)) else ch(rng, stems))
    full, short, stem, sggs = SIDO_BY_STEM[reg]
    if reg == "강원" and y < 2023:
        full = "강원도"
    if reg == "전북" and y < 2024:
        full = "전라북도"
    if reg == "제주" and y < 2006:
        full = "제주도"
    if y < 1995 and reg in ("부산", "대구", "인천", "광주", "대전"):
        full = reg + "직할시"
        short = reg + "시"
    if reg == "울산" and y < 1997:
        reg = "경남"
    sgg = ch(rng, sggs)
    for _ in range(4):
        if sgg in OLD_SGG and y < OLD_SGG[sgg][0]:
            if OLD_SGG[sgg][1] is None:
                sgg = ch(rng, [s for s in sggs if s not in OLD_SGG] or [""])
            else:
                sgg = OLD_SGG[sgg][1]
    is_gun = sgg.endswith("군")
    has_gu = sgg.endswith("구")
    if form is not None and has_gu and form in ("jibun_ri", "road_eup"):
        form = "jibun" if form == "jibun_ri" else "road_full"
    if form is None:
        if y >= 2014:
            form = ch(rng, ["road_full"] * 4 + ["road_short", "road_short", "road_sgg", "jibun"] +
                      ([] if has_gu else ["road_eup"]))
        elif y >= 2011:
            form = ch(rng, ["road_full", "jibun", "jibun", "road_short"])
        else:
            form = ch(rng, ["jibun", "jibun", "jibun_old"] + ([] if has_gu else ["jibun_ri"]) +
                      (["jibun_old"] if y < 2000 else []))
    top = {"road_full": full, "road_short": short if chance(rng, 0.5) else stem, "road_sgg": "",
           "road_eup": full, "jibun": full, "jibun_ri": full, "jibun_old": full}[form]
    if form == "road_sgg" and not sgg:
        top = full
    dong = ch(rng, DONGS)
    if unit is None:
        unit = chance(rng, 0.55) and not inst
    unit_s = ""
    apt = ""
    if unit:
        u = rng.randrange(5)
        if u == 0:
            unit_s = ", %d동 %d%02d호" % (rng.randrange(101, 116), rng.randrange(1, 26), rng.randrange(1, 8))
        elif u == 1:
            fl = rng.randrange(2, 9)
            unit_s = " %d층 %d%02d호" % (fl, fl, rng.randrange(1, 10))
        elif u == 2:
            unit_s = " %d%02d호" % (rng.randrange(1, 6), rng.randrange(1, 10))
        elif u == 3:
            unit_s = ", %d층" % rng.randrange(2, 12)
        else:
            unit_s = " %d층" % rng.randrange(2, 12)
    if form.startswith("road"):
        rs = ch(rng, ROAD_STEMS)
        kind = rng.randrange(4)
        road = [rs + "로", rs + "길", rs + "로%d번길" % rng.randrange(7, 90), rs + "대로"][kind]
        num = str(rng.randrange(1, 320)) + (("-%d" % rng.randrange(1, 20)) if chance(rng, 0.2) else "")
        mid = sgg
        if is_gun or form == "road_eup":
            mid = (sgg + " " if sgg else "") + ch(rng, EUPMYEON)
        parts = [p_ for p_ in [top, mid, road + " " + num] if p_]
        val = " ".join(parts) + unit_s
        ref = None
        if chance(rng, 0.4) and not inst:
            ref = "(%s%s)" % (dong, (", " + ch(rng, APTS)) if unit and chance(rng, 0.5) else "")
        postal = "%05d" % rng.randrange(1000, 63999) if y >= 2015 else "%03d-%03d" % (rng.randrange(100, 799), rng.randrange(10, 999))
    else:
        if form == "jibun_ri" or is_gun:
            loc = ch(rng, EUPMYEON) + " " + ch(rng, RIS)
            mountain = chance(rng, 0.2)
            lot = ("산 " if mountain else "") + "%d" % rng.randrange(1, 999) + (
                ("-%d" % rng.randrange(1, 30)) if chance(rng, 0.5) else "")
            if mountain or loc.split(" ")[0].endswith("면"):
                unit_s = ""
            form = "jibun_ri"
        else:
            loc = dong
            lot = "%d" % rng.randrange(1, 1500) + (("-%d" % rng.randrange(1, 60)) if chance(rng, 0.6) else "")
        if form == "jibun_old":
            lot += "번지"
            if chance(rng, 0.5):
                lot += " %d통 %d반" % (rng.randrange(1, 30), rng.randrange(1, 9))
        if unit and form == "jibun" and chance(rng, 0.6):
            apt = " " + ch(rng, APTS)
        val = " ".join(p_ for p_ in [top, sgg, loc, lot] if p_) + apt + unit_s
        ref = None
        postal = "%03d-%03d" % (rng.randrange(100, 799), rng.randrange(10, 999)) if y < 2015 else "%05d" % rng.randrange(1000, 63999)
    val = re.sub(r"\s+", " ", val).strip()
    if inst:
        val = val + (" " + bldg if bldg else "")
    return V("KR_ADDRESS", val, "addr_" + form, form, {"region": reg}), postal, ref


def passport(rng, c, foreign=None, prefix=None):
    if foreign:
        nat = foreign
        val = {"VN": lambda: ch(rng, "BCN") + "%07d" % rng.randrange(10 ** 7),
               "CN": lambda: "E%08d" % rng.randrange(10 ** 8),
               "US": lambda: "%09d" % rng.randrange(10 ** 8, 10 ** 9) if chance(rng, 0.5) else "A%08d" % rng.randrange(10 ** 8),
               "UZ": lambda: ch(rng, ["AA", "AB", "FA"]) + "%07d" % rng.randrange(10 ** 7),
               "PH": lambda: "P%07d%s" % (rng.randrange(10 ** 7), ch(rng, "ABC")),
               "NP": lambda: "%08d" % rng.randrange(10 ** 7, 10 ** 8) if chance(rng, 0.5) else "PA%07d" % rng.randrange(10 ** 7),
               "TH": lambda: ch(rng, ["AA", "AB", "AC"]) + "%07d" % rng.randrange(10 ** 7),
               "RU": lambda: "%02d %07d" % (rng.randrange(70, 80), rng.randrange(10 ** 7)) if chance(rng, 0.4) else "%09d" % rng.randrange(10 ** 8, 10 ** 9),
               }[nat]()
        if nat == "CN" and chance(rng, 0.4):
            val = "E" + ch(rng, "ABCDE") + "%07d" % rng.randrange(10 ** 7)
        return V("KR_PASSPORT", val, "passport_foreign", "foreign_" + nat, {"nat": nat})
    pre = prefix or ch(rng, ["M"] * 7 + ["S", "G", "D", "R"])
    if c.year >= 2022 or (c.year == 2021 and chance(rng, 0.2)):
        new = chance(rng, 0.85)
    else:
        new = False
    if c.year < 2008:
        val = ch(rng, ["JR", "NA", "NB", "SC", "BS", "GM"]) + "%07d" % rng.randrange(10 ** 7)
        return V("KR_PASSPORT", val, "passport_kr_pre2008", "2letters7digits")
    if new:
        val = "%s%03d%s%04d" % (pre, rng.randrange(1000), ch(rng, "ABCDEFGHJKLMNPRSTUVWXYZ"), rng.randrange(10000))
        return V("KR_PASSPORT", val, "passport_new", "L3DL4D")
    return V("KR_PASSPORT", "%s%08d" % (pre, rng.randrange(10 ** 8)), "passport_old", "L8D")


def driver_license(rng, c, p=None, form=None):
    code, name = ch(rng, DL_REGION)
    if name == "경기북부" and c.year < 2016:
        code, name = "13", "경기"
    by = p.birth.year if p else c.year - 40
    y1 = max(by + 18, 1970)
    yy = rng.randrange(y1, max(y1, c.year) + 1) % 100
    ser = "%06d" % rng.randrange(10 ** 6)
    tail = "%d%d" % (rng.randrange(10), rng.randrange(0, 4))
    if form is None:
        if c.year < 2014:
            form = ch(rng, ["name", "name", "name_nospace", "plain_name"])
        else:
            form = ch(rng, ["num", "num", "num", "num", "name", "name_nospace", "plain", "plain", "spaced"])
    if form == "plain_name":
        form = "name"
    val = {"num": "%s-%02d-%s-%s" % (code, yy, ser, tail), "name": "%s %02d-%s-%s" % (name, yy, ser, tail),
           "name_nospace": "%s%02d-%s-%s" % (name, yy, ser, tail), "plain": "%s%02d%s%s" % (code, yy, ser, tail),
           "spaced": "%s %02d %s %s" % (code, yy, ser, tail)}[form]
    return V("KR_DRIVER_LICENSE", val, "dl_" + form, form)


def plate(rng, c, form=None, region=None):
    y = c.year
    stem = region or ch(rng, ["서울", "부산", "대구", "인천", "광주", "대전", "경기", "강원", "충북", "충남", "전북",
                              "전남", "경북", "경남", "제주"] + (["울산"] if y >= 1997 else []))
    if form is None:
        if y < 1996:
            form = ch(rng, ["region_old1", "region_old1_nospace", "commercial"])
        elif y < 2004:
            form = ch(rng, ["region", "region", "region_nospace", "commercial"])
        elif y < 2019:
            form = ch(rng, ["new2", "new2", "new2_nospace", "commercial", "region"])
        else:
            form = ch(rng, ["new2", "new3", "new3", "new3_nospace", "new2_nospace", "commercial", "rental"])
    L = ch(rng, PLATE_PRIVATE)
    n4 = "%04d" % rng.randrange(1000, 10000)
    if form == "region_old1":
        val = "%s %d%s %s" % (stem, rng.randrange(1, 10), L, n4)
    elif form == "region_old1_nospace":
        val = "%s%d%s%s" % (stem, rng.randrange(1, 10), L, n4)
    elif form == "region":
        val = "%s %02d%s %s" % (stem, rng.randrange(10, 70), L, n4)
    elif form == "region_nospace":
        val = "%s%02d%s%s" % (stem, rng.randrange(10, 70), L, n4)
    elif form == "commercial":
        val = "%s %02d%s %s" % (stem, rng.randrange(10, 99), ch(rng, PLATE_COMM), n4)
    elif form == "rental":
        val = "%02d%s %s" % (rng.randrange(10, 70), ch(rng, PLATE_RENT), n4)
    elif form == "new2":
        val = "%02d%s %s" % (rng.randrange(10, 70), L, n4)
    elif form == "new2_nospace":
        val = "%02d%s%s" % (rng.randrange(10, 70), L, n4)
    elif form == "new3":
        val = "%03d%s %s" % (rng.randrange(100, 700), L, n4)
    else:
        val = "%03d%s%s" % (rng.randrange(100, 700), L, n4)
    return V("KR_VEHICLE_PLATE", val, "plate_" + form, form)


def health_ins(rng, fmt=None):
    d = str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(10))
    fmt = fmt or ch(rng, ["plain"] * 5 + ["g1_10", "g5_6"])
    val = {"plain": d, "g1_10": d[0] + "-" + d[1:], "g5_6": d[:5] + "-" + d[5:]}[fmt]
    return V("KR_HEALTH_INSURANCE", val, "hi_" + fmt, fmt)


def ip(rng, kind=None):
    kind = kind or ch(rng, ["public"] * 5 + ["private"] * 3 + ["v6"])
    if kind == "public":
        a = ch(rng, [1, 14, 27, 39, 58, 59, 61, 106, 110, 112, 115, 118, 119, 121, 123, 125, 175, 180, 182,
                     211, 218, 220, 222])
        val = "%d.%d.%d.%d" % (a, rng.randrange(256), rng.randrange(256), rng.randrange(1, 255))
    elif kind == "private":
        val = ch(rng, ["10.%d.%d.%d" % (rng.randrange(256), rng.randrange(256), rng.randrange(1, 255)),
                       "192.168.%d.%d" % (rng.randrange(256), rng.randrange(1, 255)),
                       "172.%d.%d.%d" % (rng.randrange(16, 32), rng.randrange(256), rng.randrange(1, 255))])
    else:
        val = "%x:%x:%x:%x::%x" % (ch(rng, [0x2001, 0x2406, 0x2404, 0x2400]), rng.randrange(1, 0xffff),
                                   rng.randrange(0xffff), rng.randrange(0xffff), rng.randrange(1, 0xffff))
    return V("IP_ADDRESS", val, "ip_" + kind, kind)


# ----------------------------------------------------------------------------------
# hard-negative makers (institution numbers, document numbers, citations, ...)
# ----------------------------------------------------------------------------------
STATUTES = ["개인정보 보호법", "주민등록법", "여권법", "도로교통법", "출입국관리법", "국민건강보험법",
            "공공기관의 정보공개에 관한 법률", "민원 처리에 관한 법률", "지방공무원법", "국가공무원법", "형법",
            "국세기본법", "부가가치세법", "소득세법", "자동차관리법", "국민기초생활 보장법", "초·중등교육법",
            "의료법", "소방기본법", "도로교통법 시행규칙", "지방자치법", "공직선거법", "건축법"]


P_TRAFFIC = ["도로교통법", "교통사고처리 특례법", "자동차관리법", "도로교통법 시행규칙", "주차장법"]
P_TAX = ["국세기본법", "국세징수법", "부가가치세법", "소득세법", "법인세법"]
P_LOCALTAX = ["지방세기본법", "지방세징수법", "지방세법"]
P_WELFARE = ["국민기초생활 보장법", "긴급복지지원법", "사회보장급여의 이용·제공 및 수급권자 발굴에 관한 법률", "노인복지법",
             "장애인복지법", "아동수당법"]
P_CIVIL = ["민법", "민사소송법", "주택임대차보호법", "상법"]
P_CRIM = ["형법", "도로교통법", "전자금융거래법", "형사소송법", "교통사고처리 특례법"]
P_FRAUD = ["형법", "전자금융거래법", "전기통신금융사기 피해 방지 및 피해금 환급에 관한 특별법"]
P_ADMIN = ["민원 처리에 관한 법률", "행정절차법", "공공기관의 정보공개에 관한 법률", "개인정보 보호법", "지방자치법",
           "행정업무의 운영 및 혁신에 관한 규정", "주민등록법", "보조금 관리에 관한 법률", "지방재정법", "행정심판법"]
P_PERSONNEL = ["국가공무원법", "지방공무원법", "공무원임용령", "지방공무원 임용령", "공무원 징계령"]
P_CONTRACT = ["국가를 당사자로 하는 계약에 관한 법률", "지방자치단체를 당사자로 하는 계약에 관한 법률", "조달사업에 관한 법률"]
P_AUDIT = ["공공감사에 관한 법률", "보조금 관리에 관한 법률", "지방자치단체를 당사자로 하는 계약에 관한 법률", "지방공무원법",
           "개인정보 보호법"]
P_FIRE = ["소방기본법", "화재의 예방 및 안전관리에 관한 법률", "119구조·구급에 관한 법률"]
P_SCHOOL = ["초·중등교육법", "고등교육법", "학교보건법", "개인정보 보호법"]
P_HEALTH = ["의료법", "국민건강보험법", "감염병의 예방 및 관리에 관한 법률", "개인정보 보호법"]
P_IMM = ["출입국관리법", "외국인근로자의 고용 등에 관한 법률"]
ISSUER_POOL = {"ministry": P_ADMIN, "sido": P_ADMIN, "sigungu": P_ADMIN + P_TRAFFIC[:1], "emd": P_ADMIN + P_WELFARE[:2],
               "police": P_TRAFFIC + ["경찰관 직무집행법"], "fire": P_FIRE, "court": P_CIVIL + ["법원조직법"],
               "prosecution": P_CRIM + ["검찰청법"], "tax": P_TAX, "school": P_SCHOOL, "university": P_SCHOOL[1:],
               "hospital": P_HEALTH, "public_corp": ["국민건강보험법", "국민연금법", "공공기관의 운영에 관한 법률",
                                                    "개인정보 보호법"], "welfare": P_WELFARE}
STAT_ERA = {"개인정보 보호법": (2011, "공공기관의 개인정보보호에 관한 법률"),
            "민원 처리에 관한 법률": (2015, "민원사무처리에 관한 법률"),
            "행정업무의 운영 및 혁신에 관한 규정": (2023, "행정 효율과 협업 촉진에 관한 규정"),
            "행정 효율과 협업 촉진에 관한 규정": (2016, "행정업무의 효율적 운영에 관한 규정"),
            "행정업무의 효율적 운영에 관한 규정": (2011, "사무관리규정"),
            "화재의 예방 및 안전관리에 관한 법률": (2022, "소방기본법"), "119구조·구급에 관한 법률": (2011, "소방기본법"),
            "전기통신금융사기 피해 방지 및 피해금 환급에 관한 특별법": (2011, "형법"),
            "지방자치단체를 당사자로 하는 계약에 관한 법률": (2005, "예산회계법"),
            "국가를 당사자로 하는 계약에 관한 법률": (1995, "예산회계법"), "아동수당법": (2018, "아동복지법"),
            "긴급복지지원법": (2005, "생활보호법"), "사회보장급여의 이용·제공 및 수급권자 발굴에 관한 법률": (2014, "사회복지사업법"),
            "국민기초생활 보장법": (2000, "생활보호법"), "공공기관의 정보공개에 관한 법률": (1998, "사무관리규정"),
            "보조금 관리에 관한 법률": (2011, "보조금의 예산 및 관리에 관한 법률"), "전자금융거래법": (2007, "형법"),
            "외국인근로자의 고용 등에 관한 법률": (2004, "출입국관리법"),
            "감염병의 예방 및 관리에 관한 법률": (2010, "전염병예방법"), "지방세기본법": (2011, "지방세법"),
            "지방세징수법": (2017, "지방세법"), "행정절차법": (1998, "사무관리규정"), "국민건강보험법": (2000, "의료보험법"),
            "공공감사에 관한 법률": (2010, "감사원법"), "공공기관의 운영에 관한 법률": (2007, "정부투자기관 관리기본법"),
            "조달사업에 관한 법률": (1995, "예산회계법"), "행정심판법": (1985, "소원법"), "주차장법": (1980, "도로교통법"),
            "국민연금법": (1987, "국민복지연금법"), "의료급여법": (2001, "의료보호법")}


def istat(rng, c):
    return statute(rng, c, *ISSUER_POOL[c.inst.kind])


def statute(rng, c, *pool):
    s = ch(rng, list(pool) or STATUTES)
    for _ in range(5):
        if s in STAT_ERA and c.year < STAT_ERA[s][0]:
            s = STAT_ERA[s][1]
    art = "제%d조" % rng.randrange(2, 98)
    if chance(rng, 0.5):
        art += ch(rng, ["제%d항" % rng.randrange(1, 5), " 제%d항" % rng.randrange(1, 5)])
        if chance(rng, 0.4):
            art += "제%d호" % rng.randrange(1, 9)
    if c.year < 1995 and chance(rng, 0.5):
        return "%s %s" % (s, art)
    return "「%s」 %s" % (s, art)


def docno(rng, c, dept=None):
    dept = dept or ch(rng, ["민원여권과", "총무과", "행정지원과", "복지정책과", "교통행정과", "세무과", "감사담당관",
                             "운영지원과", "교육지원과", "자치행정과", "주민복지과", "재무과", "기획예산과"])
    if c.year < 1998:
        return "%s %d%03d-%d" % (ch(rng, ["총무", "행정", "민원", "복지", "세정", "교통"]), rng.randrange(1, 9),
                                 rng.randrange(1000), rng.randrange(10, 9999))
    return "%s-%d" % (dept, rng.randrange(100, 29999))


def receipt_no(rng, c):
    y = c.year % 100
    if c.year < 2005:
        return ch(rng, ["제%d-%05d호" % (c.year, rng.randrange(1, 99999)), "%d-%04d" % (c.year, rng.randrange(1, 9999))])
    return ch(rng, ["1AA-%02d%02d-%07d" % (y, rng.randrange(1, 13), rng.randrange(10 ** 7)),
                    "%d-%d-%06d" % (rng.randrange(1, 9), c.year, rng.randrange(10 ** 6)),
                    "제%d-%05d호" % (c.year, rng.randrange(1, 99999))])


def mgmt_no(rng, c):
    return ch(rng, ["0%d-%d-%04d" % (rng.randrange(31, 65), c.year, rng.randrange(10000)),
                    "%d-%d-%06d" % (rng.randrange(1100, 4800), c.year, rng.randrange(10 ** 6)),
                    "%05d-%d-%05d" % (rng.randrange(11000, 48000), rng.randrange(100, 999), rng.randrange(10 ** 5))])


def case_no(rng, c, kind=None):
    y = c.year
    kind = kind or ch(rng, ["고단", "고합", "가합", "가단", "구합", "누", "도", "노", "형제", "카합", "드단", "고약"])
    if kind == "형제":
        return "%d형제%d호" % (y, rng.randrange(1000, 99999))
    return "%d%s%d" % (y if y >= 2000 else y, kind, rng.randrange(100, 99999))


def amount(rng, lo=10000, hi=500000000):
    a = rng.randrange(lo, hi)
    if chance(rng, 0.5):
        a = a // 1000 * 1000
    return ch(rng, ["%s원" % format(a, ","), "금 %s원" % format(a, ","), "₩%s" % format(a, ","),
                    "%s원" % format(a, ",")])


SHORT_CODES = {"ministry": ["110"], "sido": ["120", "110"], "sigungu": ["120", "110"], "emd": ["110"],
               "tax": ["126"], "welfare": ["129"], "public_corp": ["1355", "1350"], "police": ["182"],
               "prosecution": ["1301"]}


def switchboard(rng, c, region=None, kind=None):
    """(label, number) for an institution switchboard; the number is a hard negative."""
    region = region or region_of(c, rng)
    r = rng.randrange(5)
    if c.year >= 1995 and r == 0 and kind in ("public_corp", "hospital", "university", "welfare", "tax", None):
        return "대표전화", "%s-%04d" % (ch(rng, ["1588", "1577", "1600", "1544", "1644", "1566", "1661", "1899"]),
                                    rng.randrange(10000))
    if c.year >= 2008 and r == 1 and kind in SHORT_CODES:
        return ch(rng, ["민원안내", "콜센터", "상담"]), ch(rng, SHORT_CODES[kind])
    area = ch(rng, AREA_OLD[region]) if c.year < 1999 else AREA_NEW[region]
    ex = ("%d%02d" % (rng.randrange(2, 10), rng.randrange(100))) if (len(area) == 4 or c.year < 1990) else (
        "%d%03d" % (rng.randrange(2, 10), rng.randrange(1000)))
    return ch(rng, ["대표전화", "(대표)", "대표번호", "교환"]), "%s-%s-%04d" % (
        area, ex, ch(rng, [2114, 1114, 2000, 3114, 4000, 114, 5114]))


# ----------------------------------------------------------------------------------
# institutions and record context
# ----------------------------------------------------------------------------------
ISSUERS = ["ministry", "sido", "sigungu", "emd", "police", "fire", "court", "prosecution", "tax", "school",
           "university", "hospital", "public_corp", "welfare"]
ISSUER_KO = {"ministry": "중앙부처", "sido": "시·도", "sigungu": "시·군·구", "emd": "읍·면·동", "police": "경찰",
             "fire": "소방", "court": "법원", "prosecution": "검찰", "tax": "세무서", "school": "학교",
             "university": "대학", "hospital": "병원", "public_corp": "공공기관", "welfare": "복지관"}
ERAS = {"1980s": (1983, 1989), "1990s": (1990, 1999), "2000s": (2000, 2009), "2010s": (2010, 2019),
        "2020s": (2020, 2026)}
ALL_ERAS = list(ERAS)
INSTR_REGION = {"수원": "경기", "성남": "경기", "청주": "충북", "전주": "전북", "포항": "경북", "창원": "경남",
                "마포": "서울", "서초": "서울", "남동": "인천", "유성": "대전", "해운대": "부산", "달서": "대구",
                "동래": "부산", "광산": "광주", "원주": "강원", "천안": "충남", "김해": "경남", "구미": "경북",
                "순천": "전남", "제주": "제주", "춘천": "강원", "안동": "경북", "목포": "전남", "진주": "경남",
                "군산": "전북", "평택": "경기", "의정부": "경기", "익산": "전북", "여수": "전남", "북구": "광주"}
MINISTRIES = {
    "1980s": [("내무부", "내무부장관"), ("보건사회부", "보건사회부장관"), ("문교부", "문교부장관"), ("건설부", "건설부장관"),
              ("노동부", "노동부장관"), ("총무처", "총무처장관"), ("법무부", "법무부장관")],
    "1990s": [("내무부", "내무부장관"), ("보건복지부", "보건복지부장관"), ("교육부", "교육부장관"),
              ("건설교통부", "건설교통부장관"), ("노동부", "노동부장관"), ("총무처", "총무처장관"), ("법무부", "법무부장관")],
    "2000s": [("행정자치부", "행정자치부장관"), ("보건복지부", "보건복지부장관"), ("교육인적자원부", "교육인적자원부장관"),
              ("건설교통부", "건설교통부장관"), ("노동부", "노동부장관"), ("법무부", "법무부장관"), ("재정경제부", "재정경제부장관")],
    "2010s": [("행정자치부", "행정자치부장관"), ("보건복지부", "보건복지부장관"), ("교육부", "교육부장관"),
              ("국토교통부", "국토교통부장관"), ("고용노동부", "고용노동부장관"), ("법무부", "법무부장관"), ("기획재정부", "기획재정부장관")],
    "2020s": [("행정안전부", "행정안전부장관"), ("보건복지부", "보건복지부장관"), ("교육부", "교육부장관"),
              ("국토교통부", "국토교통부장관"), ("고용노동부", "고용노동부장관"), ("법무부", "법무부장관"), ("기획재정부", "기획재정부장관"),
              ("성평등가족부" if False else "여성가족부", "여성가족부장관")],
}
COURTS = [("서울중앙", None, "서울"), ("서울동부", None, "서울"), ("수원", None, "경기"), ("수원", "성남", "경기"),
          ("수원", "평택", "경기"), ("의정부", None, "경기"), ("의정부", "고양", "경기"), ("인천", None, "인천"),
          ("대전", None, "대전"), ("대전", "천안", "충남"), ("대구", None, "대구"), ("대구", "포항", "경북"),
          ("대구", "안동", "경북"), ("부산", None, "부산"), ("울산", None, "울산"), ("창원", None, "경남"),
          ("창원", "진주", "경남"), ("광주", None, "광주"), ("광주", "순천", "전남"), ("광주", "목포", "전남"),
          ("전주", None, "전북"), ("전주", "군산", "전북"), ("청주", None, "충북"), ("청주", "충주", "충북"),
          ("춘천", None, "강원"), ("춘천", "원주", "강원"), ("제주", None, "제주")]
UNIVS = ["가람대학교", "새솔대학교", "한결대학교", "국립누리대학교", "온빛대학교", "해오름대학교", "국립한울대학교"]
CORPS_BY_ERA = [("국민건강보험공단", "이사장", 2000, 2026), ("의료보험관리공단", "이사장", 1983, 1999),
                ("국민연금공단", "이사장", 2007, 2026), ("국민연금관리공단", "이사장", 1987, 2006),
                ("한국토지주택공사", "사장", 2009, 2026), ("대한주택공사", "사장", 1983, 2008),
                ("근로복지공단", "이사장", 1995, 2026), ("도로교통공단", "이사장", 2011, 2026),
                ("도로교통안전협회", "회장", 1983, 1998), ("한국전력공사", "사장", 1983, 2026),
                ("한국수자원공사", "사장", 1988, 2026), ("한국장학재단", "이사장", 2009, 2026)]
DEPTS = {"ministry": ["운영지원과", "정책기획과", "민원정책과", "개인정보보호정책과", "복지정책과", "인사과"],
         "sido": ["총무과", "자치행정과", "교통정책과", "복지정책과", "감사위원회", "인사과"],
         "sigungu": ["민원여권과", "주민복지과", "세무과", "교통행정과", "건축과", "자치행정과", "총무과"],
         "emd": ["맞춤형복지팀", "민원팀", "행정팀"], "police": ["교통조사계", "수사과", "민원실", "112치안종합상황실", "경무과"],
         "fire": ["구조구급과", "화재조사팀", "예방안전과", "119구급대"], "court": ["형사과", "민사과", "총무과", "집행관실"],
         "prosecution": ["사건과", "형사1부", "집행과", "민원실"], "tax": ["부가가치세과", "소득세과", "재산세과", "체납추적팀"],
         "school": ["교무실", "행정실", "교육복지부"], "university": ["학생지원팀", "국제교류처", "입학처", "학사지원팀"],
         "hospital": ["원무과", "의료사회사업팀", "진료협력센터", "감염관리실"],
         "public_corp": ["고객지원부", "자격부과부", "보상부", "감사실"], "welfare": ["사례관리팀", "재가복지팀", "운영지원팀"]}


class Inst(object):
    pass


def make_inst(rng, c, kind):
    y, era = c.year, c.era
    k = Inst()
    k.kind = kind
    x = ch(rng, sorted(INSTR_REGION))
    k.region = INSTR_REGION[x]
    sido = SIDO_BY_STEM[k.region]
    k.dept = ch(rng, DEPTS[kind])
    if kind == "ministry":
        k.name, k.head = ch(rng, MINISTRIES[era])
        k.region = "세종" if y >= 2013 else ch(rng, ["서울", "경기"])
    elif kind == "sido":
        st = ch(rng, [s for s in SIDO_BY_STEM if not (s == "세종" and y < 2012) and not (s == "울산" and y < 1997)])
        k.region = st
        full = SIDO_BY_STEM[st][0]
        if st == "강원" and y < 2023:
            full = "강원도"
        if st == "전북" and y < 2024:
            full = "전라북도"
        if st == "제주" and y < 2006:
            full = "제주도"
        if y < 1995 and st in ("부산", "대구", "인천", "광주", "대전"):
            full = st + "직할시"
        k.name = full
        k.head = full + ("지사" if full.endswith("도") else "장")
    elif kind == "sigungu":
        sgg = ch(rng, [s for s in sido[3] if s])  if sido[3][0] else "세종특별자치시"
        if sgg in OLD_SGG and y < OLD_SGG[sgg][0] and OLD_SGG[sgg][1]:
            sgg = OLD_SGG[sgg][1]
        base = sgg.split(" ")[-1] if not sgg.endswith("시") or " " not in sgg else sgg.split(" ")[0]
        k.name = base
        k.head = base + ("청장" if base.endswith("구") else ("수" if base.endswith("군") else "장"))
        if k.name == "세종특별자치시":
            k.head = "세종특별자치시장"
    elif kind == "emd":
        dong = ch(rng, DONGS + EUPMYEON)
        if dong.endswith("동"):
            office = "동사무소" if y < 2007 else ("주민센터" if y < 2016 else "행정복지센터")
            k.head = "동장"
        else:
            office = ("읍사무소" if dong.endswith("읍") else "면사무소") if y < 2016 else "행정복지센터"
            k.head = dong[-1] + "장"
        k.name = dong + " " + office
        k.head = dong + k.head if chance(rng, 0.5) else k.head
    elif kind == "police":
        k.name = x + "경찰서"
        k.head = x + "경찰서장"
    elif kind == "fire":
        k.name = x + "소방서"
        k.head = x + "소방서장"
    elif kind in ("court", "prosecution"):
        main, branch, k.region = ch(rng, [z for z in COURTS if not (z[0] == "울산" and y < 1997)
                                          and not (z[0] == "의정부" and y < 1983) and not (z[0] == "서울동부" and y < 1985)])
        if main == "서울중앙" and y < 1995:
            main = "서울민사" if chance(rng, 0.5) else "서울형사"
        if kind == "court":
            k.name = "%s지방법원" % main + (" %s지원" % branch if branch else "")
            k.head = "법원장" if not branch else "지원장"
        else:
            main = main.replace("민사", "").replace("형사", "")
            k.name = "%s지방검찰청" % main + (" %s지청" % branch if branch else "")
            k.head = "검사장" if not branch else "지청장"
    elif kind == "tax":
        k.name = x + "세무서"
        k.head = x + "세무서장"
    elif kind == "school":
        lv = ch(rng, ["초등학교", "중학교", "고등학교"])
        if lv == "초등학교" and y < 1996:
            lv = "국민학교"
        k.name = ch(rng, ["한빛", "새솔", "가람", "누리", "은빛", "솔내", "도담", "별빛"]) + lv
        k.head = k.name + "장"
    elif kind == "university":
        k.name = ch(rng, UNIVS)
        k.head = k.name + " 총장"
    elif kind == "hospital":
        xc = ch(rng, [z for z in sorted(INSTR_REGION) if z not in ("마포", "서초", "남동", "유성", "해운대", "달서",
                                                                  "동래", "광산", "북구")])
        k.region = INSTR_REGION[xc]
        k.name = ch(rng, ["%s의료원" % xc, "국립%s병원" % xc, "%s시립병원" % xc, ch(rng, UNIVS) + "병원"])
        k.head = "병원장"
    elif kind == "public_corp":
        opts = [co for co in CORPS_BY_ERA if co[2] <= y <= co[3]]
        co = ch(rng, opts)
        k.name, k.head = co[0], co[0] + " " + co[1]
    elif kind == "welfare":
        k.name = x + ch(rng, ["종합사회복지관", "노인복지관", "장애인복지관", "지역아동센터"])
        if k.name.endswith("지역아동센터") and y < 2004:
            k.name = x + "종합사회복지관"
        k.head = "관장"
    else:
        raise ValueError(kind)
    bldg = {"ministry": ("정부세종청사 %d동" % rng.randrange(1, 16)) if y >= 2013 else
            ch(rng, ["정부과천청사 %d동" % rng.randrange(1, 8), "정부중앙청사 %d층" % rng.randrange(2, 20)]),
            "sido": ch(rng, ["도청 본관", "시청 본관", "청사 %d층" % rng.randrange(2, 9)]),
            "sigungu": ch(rng, ["본관 %d층" % rng.randrange(1, 6), "별관 %d층" % rng.randrange(1, 4), ""]),
            "emd": "", "police": "", "fire": "", "court": ch(rng, ["법원청사", ""]), "prosecution": ch(rng, ["검찰청사", ""]),
            "tax": ch(rng, ["", "%d층" % rng.randrange(2, 6)]), "school": "", "university": ch(rng, ["본관", "학생회관 %d층" % rng.randrange(1, 4)]),
            "hospital": ch(rng, ["본관", "", "신관 1층"]), "public_corp": ch(rng, ["본사", "사옥 %d층" % rng.randrange(2, 12)]),
            "welfare": ch(rng, ["", "1층"])}[kind]
    if kind == "ministry" and y >= 2013:
        k.region = "세종"
    a, postal, _ = address(rng, c, form=("road_full" if y >= 2014 else "jibun"), region=k.region, unit=False,
                           inst=True, bldg=bldg)
    k.addr = a.value
    k.postal = postal
    k.sb_label, k.sb = switchboard(rng, c, k.region, kind)
    k.domain = "korea.kr" if kind in ("ministry", "sido", "sigungu", "emd") else None
    suf = {"police": ".police.go.kr", "school": ".hs.kr", "university": ".ac.kr", "hospital": ".or.kr",
           "public_corp": ".or.kr", "welfare": ".or.kr", "court": ".scourt.go.kr", "prosecution": ".spo.go.kr",
           "fire": ".119.go.kr", "tax": ".nts.go.kr"}.get(kind, ".go.kr")
    k.web = ch(rng, WEB_STEMS) + suf
    if kind == "university":
        stem = {"가람": "garam", "새솔": "saesol", "한결": "hangyeol", "누리": "nuri", "온빛": "onbit",
                "해오름": "haeoreum", "한울": "hanul"}
        k.web = [v_ for k_, v_ in stem.items() if k_ in k.name][0] + ".ac.kr"
    return k


class Ctx(object):
    pass


# ----------------------------------------------------------------------------------
# OCR / transcription noise
# ----------------------------------------------------------------------------------
CONF = {"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"}
CONF_INV = {"0": ["O", "o"], "1": ["l", "I"], "5": ["S"], "8": ["B"]}
HYPHENS = ["‐", "－", "–", "―", "−", "‑"]
DIGIT_TYPES = {"KR_RRN", "KR_FRN", "KR_PASSPORT", "KR_DRIVER_LICENSE", "CREDIT_CARD", "KR_BANK_ACCOUNT",
               "PHONE_NUMBER", "KR_HEALTH_INSURANCE", "KR_BRN", "KR_CRN", "DATE_OF_BIRTH", "IP_ADDRESS",
               "KR_VEHICLE_PLATE"}


def _digit_pos(s):
    return [k for k, x in enumerate(s) if x.isdigit() and x.isascii()]


def noise_options(val):
    s, t = val.value, val.type
    opts = []
    if t == "PERSON":
        if " " not in s and len(s) >= 2 and not s.isascii():
            opts.append("spaced_name")
        if " " in s:
            opts.append("wrapped")
    elif t == "KR_ADDRESS":
        opts += ["wrapped", "wrapped", "fullwidth_digits"]
    elif t == "EMAIL_ADDRESS":
        opts.append("space_in_value")
    elif t in DIGIT_TYPES:
        dp = _digit_pos(s)
        if dp:
            opts.append("fullwidth_digits")
        if "-" in s:
            opts += ["unicode_hyphen", "spaced_hyphen"]
        pairs = [k for k in range(1, len(s)) if s[k - 1].isdigit() and s[k].isdigit()]
        if pairs:
            opts += ["space_in_number", "newline_in_number"]
        if any(s[k] in CONF_INV for k in dp):
            opts += ["confusable", "confusable"]
        if s.startswith("("):
            opts.append("lost_bracket")
    return opts


NOISE_MULT = {"PERSON": 0.55, "KR_ADDRESS": 1.0, "EMAIL_ADDRESS": 0.6}


def apply_noise(rng, val, kind=None):
    s = val.value
    opts = noise_options(val)
    if not opts:
        return s, []
    if "lost_bracket" in opts and chance(rng, 0.6):
        kind = kind or "lost_bracket"
    kind = kind or ch(rng, opts)
    if kind == "spaced_name":
        out = " ".join(s)
    elif kind == "wrapped":
        sp = [k for k, x in enumerate(s) if x == " "]
        k = ch(rng, sp)
        out = s[:k] + "\n" + s[k + 1:]
    elif kind == "fullwidth_digits":
        out = "".join(chr(ord(x) + 0xFEE0) if (x.isdigit() and x.isascii()) else x for x in s)
        if "-" in out and chance(rng, 0.5):
            out = out.replace("-", "－")
    elif kind == "unicode_hyphen":
        out = s.replace("-", ch(rng, HYPHENS))
    elif kind == "spaced_hyphen":
        out = s.replace("-", ch(rng, [" - ", " -", "- "]), 1 if chance(rng, 0.5) else -1)
    elif kind in ("space_in_number", "newline_in_number"):
        pairs = [k for k in range(1, len(s)) if s[k - 1].isdigit() and s[k].isdigit()]
        k = ch(rng, pairs)
        out = s[:k] + (" " if kind == "space_in_number" else "\n") + s[k:]
    elif kind == "confusable":
        dp = [k for k in _digit_pos(s) if s[k] in CONF_INV]
        ks = set(rng.sample(dp, min(len(dp), ch(rng, [1, 1, 2]))))
        out = "".join(ch(rng, CONF_INV[x]) if k in ks else x for k, x in enumerate(s))
    elif kind == "lost_bracket":
        out = s[1:]
    elif kind == "space_in_value":
        k = s.index("@")
        out = ch(rng, [s[:k + 1] + " " + s[k + 1:], s[:k] + " " + s[k:], s.replace(".", ". ", 1)])
        if out.endswith(" ") or out == s:
            out = s[:k + 1] + " " + s[k + 1:]
    else:
        raise ValueError(kind)
    return out, [kind]


def canon(s):
    s = unicodedata.normalize("NFKC", s)
    s = re.sub(r"[‐‑‒–—―−－]", "-", s)
    return re.sub(r"\s+", "", s)


def noise_equiv(clean, noisy, tags):
    a, b = canon(clean), canon(noisy)
    if "lost_bracket" in tags:
        a = a.replace("(", "", 1)
    if len(a) != len(b):
        return False
    for x, y in zip(a, b):
        if x == y:
            continue
        if x.isdigit() and CONF.get(y) == x:
            continue
        return False
    return True


# ----------------------------------------------------------------------------------
# document builder
# ----------------------------------------------------------------------------------
class Doc(object):
    def __init__(self, c):
        self.c = c
        self.seg = []

    def t(self, *xs):
        for x in xs:
            if x:
                self.seg.append(["t", str(x), None])
        return self

    def v(self, val, noise=True, kind=None):
        if val is None:
            return None
        if self.c.no_pii:
            raise DraftError("span in a no-PII record")
        if not isinstance(val, V):
            raise TypeError(val)
        s, tags = val.value, []
        mult = NOISE_MULT.get(val.type, 1.4)
        if noise and (kind or (self.c.noise_rate and chance(self.c.rng, min(0.9, self.c.noise_rate * mult)))):
            s, tags = apply_noise(self.c.rng, val, kind)
            if s == val.value:
                tags = []
        self.seg.append(["s", s, {"val": val, "tags": list(tags)}])
        return val

    def h(self, text, cat):
        if text:
            self.seg.append(["h", str(text), {"cat": cat}])
        return self

    def nl(self, n=1):
        return self.t("\n" * n)

    # ---- OCR rendering of plain text -------------------------------------------
    def ocr_render(self, width):
        rng = self.c.rng
        text_tags = set()
        for sg in self.seg:
            if sg[0] != "t":
                continue
            s = sg[1]
            out = []
            for x in s:
                r = rng.random()
                if x in "()" and r < 0.25:
                    text_tags.add("lost_bracket")
                    continue
                if x in "「」" and r < 0.5:
                    out.append("[" if x == "「" else "]")
                    text_tags.add("bracket_variant")
                    continue
                if x == "·" and r < 0.5:
                    out.append(".")
                    continue
                if x == ":" and r < 0.08:
                    out.append(";")
                    text_tags.add("punct_confusion")
                    continue
                if x == "0" and r < 0.05:
                    out.append("O")
                    text_tags.add("confusable_text")
                    continue
                if x == "1" and r < 0.04:
                    out.append("l")
                    text_tags.add("confusable_text")
                    continue
                out.append(x)
                if x == " " and r < 0.03:
                    out.append(" ")
            sg[1] = "".join(out)
        col = 0
        for sg in self.seg:
            s = sg[1]
            if sg[0] == "t":
                out = []
                for x in s:
                    if x == "\n":
                        col = 0
                    elif x == " " and col >= width:
                        x = "\n"
                        col = 0
                        text_tags.add("hard_wrap")
                    else:
                        col += 1
                    out.append(x)
                sg[1] = "".join(out)
            elif sg[0] == "s":
                info = sg[2]
                if (col + len(s) > width + 6 and " " in s and "\n" not in s
                        and info["val"].type in ("KR_ADDRESS", "PERSON") and chance(rng, 0.7)):
                    sp = [k for k, x in enumerate(s) if x == " "]
                    best = min(sp, key=lambda k: abs(col + k - width))
                    s = s[:best] + "\n" + s[best + 1:]
                    sg[1] = s
                    if "wrapped" not in info["tags"]:
                        info["tags"].append("wrapped")
                if "\n" in s:
                    col = len(s) - s.rindex("\n") - 1
                else:
                    col += len(s)
            else:
                col += len(s)
        return sorted(text_tags)

    def finish(self):
        text, spans, hns, smeta = [], [], [], []
        pos = 0
        for kind, s, info in self.seg:
            if kind == "s":
                val = info["val"]
                spans.append({"start": pos, "end": pos + len(s), "type": val.type})
                smeta.append({"start": pos, "end": pos + len(s), "type": val.type, "sub": val.sub,
                              "noise": list(info["tags"]), "format": val.fmt, "value": s, "clean": val.value,
                              "info": val.info})
            elif kind == "h":
                hns.append({"start": pos, "end": pos + len(s), "text": s, "category": info["cat"]})
            text.append(s)
            pos += len(s)
        return "".join(text), spans, smeta, hns


# ----------------------------------------------------------------------------------
# validation
# ----------------------------------------------------------------------------------
def _date_ok(y, m, d):
    try:
        return datetime.date(y, m, d)
    except ValueError:
        return None


def _rrn_date(d13, foreign=False):
    g = int(d13[6])
    cent = {1: 1900, 2: 1900, 3: 2000, 4: 2000, 5: 1900, 6: 1900, 7: 2000, 8: 2000, 9: 1800, 0: 1800}[g]
    return _date_ok(cent + int(d13[:2]), int(d13[2:4]), int(d13[4:6]))


DOB_RE = {
    "dot_sp": r"(\d{4})\. (\d{1,2})\. (\d{1,2})\.", "dot_sp_noend": r"(\d{4})\. (\d{1,2})\. (\d{1,2})",
    "dot_pad": r"(\d{4})\.(\d{2})\.(\d{2})\.", "dot_pad_noend": r"(\d{4})\.(\d{2})\.(\d{2})",
    "kor": r"(\d{4})년 (\d{1,2})월 (\d{1,2})일", "kor_nosp": r"(\d{4})년(\d{1,2})월(\d{1,2})일",
    "iso": r"(\d{4})-(\d{2})-(\d{2})", "slash": r"(\d{4})/(\d{2})/(\d{2})", "yy_dot": r"(\d{2})\.(\d{2})\.(\d{2})",
    "yy_dot_sp": r"(\d{2})\. (\d{1,2})\. (\d{1,2})\.", "yymmdd": r"(\d{2})(\d{2})(\d{2})",
    "yyyymmdd": r"(\d{4})(\d{2})(\d{2})", "hanja": r"(\d{4})年 (\d{1,2})月 (\d{1,2})日",
    "eng": r"(\d{2}) ([A-Z]{3}) (\d{4})", "kor_eng": r"(\d{2}) (\d{1,2})월/([A-Z]{3}) (\d{4})",
    "kor_yy": r"(\d{2})년 (\d{1,2})월 (\d{1,2})일"}
ADDR_START = set()
for _s in SIDO:
    ADDR_START.update([_s[0], _s[1], _s[2], "강원도", "전라북도", "제주도", _s[2] + "직할시"])
    for _g in _s[3]:
        if _g:
            ADDR_START.add(_g.split(" ")[0])
for _k, (_y, _old) in OLD_SGG.items():
    if _old:
        ADDR_START.add(_old.split(" ")[0])
TITLES = ("씨", "님", "귀하", "주무관", "사무관", "과장", "팀장", "위원", "장관", "의원", "국장", "대표", "교수", "선생")


def check_clean(sp):
    t, v, sub, fmt, info = sp["type"], sp["clean"], sp["sub"], sp["format"], sp["info"]
    digits = re.sub(r"\D", "", v)
    bad = lambda why: DraftError("%s %r: %s" % (t, v, why))
    if t == "KR_RRN":
        if sub == "rrn_masked":
            m = re.fullmatch(r"(\d{6})(?:-| - )(\d)([*●Xx＊○]{6})", v)
            if not m or int(m.group(2)) not in (1, 2, 3, 4, 9, 0) or not _rrn_date(m.group(1) + m.group(2)):
                raise bad("masked form")
        else:
            if not re.fullmatch(r"\d{6}(?:-| - |)\d{7}", v) or int(digits[6]) > 4 and digits[6] != "9":
                raise bad("shape")
            dt = _rrn_date(digits)
            if not dt:
                raise bad("date")
            ok = rrn_check(digits[:12]) == int(digits[12])
            if sub == "rrn_valid" and not ok:
                raise bad("checksum")
            if sub == "rrn_post2020" and (ok or dt < datetime.date(2020, 10, 1)):
                raise bad("post2020 must be checksum-invalid and born >= 2020-10")
    elif t == "KR_FRN":
        if sub == "frn_masked":
            m = re.fullmatch(r"(\d{6})-([5-8])([*●X]{6})", v)
            if not m or not _rrn_date(m.group(1) + m.group(2)):
                raise bad("masked")
        else:
            if len(digits) != 13 or digits[6] not in "5678" or not _rrn_date(digits):
                raise bad("shape")
            if int(digits[7:9]) % 2 or digits[11] not in "6789" or frn_check(digits[:12]) != int(digits[12]):
                raise bad("legacy check")
    elif t == "KR_BRN":
        if len(digits) != 10 or brn_check(digits[:9]) != int(digits[9]) or not re.fullmatch(r"\d{3}(-| - |)\d{2}\1\d{5}", v):
            raise bad("brn")
    elif t == "KR_CRN":
        if not re.fullmatch(r"\d{6}-?\d{7}", v) or crn_check(digits[:12]) != int(digits[12]):
            raise bad("crn")
    elif t == "CREDIT_CARD":
        full = info["full"]
        if not luhn_ok(full) or len(full) not in (15, 16):
            raise bad("luhn")
        vv = re.sub(r"[ -]", "", v)
        if len(vv) != len(full) or any(a != b and a.isdigit() for a, b in zip(vv, full)):
            raise bad("shown digits")
        if not info["masked"] and vv != full:
            raise bad("unmasked differs")
    elif t == "KR_PASSPORT":
        pat = {"passport_old": r"[MSGDR]\d{8}", "passport_new": r"[MSGDR]\d{3}[A-Z]\d{4}",
               "passport_kr_pre2008": r"[A-Z]{2}\d{7}",
               "passport_foreign": r"(?:[A-Z]{1,2}\d{7,8}|\d{8,9}|P\d{7}[A-C]|\d{2} \d{7})"}[sub]
        if not re.fullmatch(pat, v):
            raise bad("passport")
    elif t == "KR_DRIVER_LICENSE":
        names = "|".join(n for _, n in DL_REGION)
        codes = "|".join(c_ for c_, _ in DL_REGION)
        pat = {"dl_num": r"(%s)-\d{2}-\d{6}-\d{2}" % codes, "dl_name": r"(%s) \d{2}-\d{6}-\d{2}" % names,
               "dl_name_nospace": r"(%s)\d{2}-\d{6}-\d{2}" % names, "dl_plain": r"(%s)\d{10}" % codes,
               "dl_spaced": r"(%s) \d{2} \d{6} \d{2}" % codes}[sub]
        if not re.fullmatch(pat, v):
            raise bad("dl")
    elif t == "KR_VEHICLE_PLATE":
        regs = "서울|부산|대구|인천|광주|대전|울산|경기|강원|충북|충남|전북|전남|경북|경남|제주"
        L = "".join(PLATE_PRIVATE + PLATE_COMM + PLATE_RENT)
        if not re.fullmatch(r"(?:(?:%s) ?)?\d{1,3}[%s] ?\d{4}" % (regs, L), v):
            raise bad("plate")
    elif t == "KR_HEALTH_INSURANCE":
        if len(digits) != 11 or not re.fullmatch(r"\d{11}|\d-\d{10}|\d{5}-\d{6}", v):
            raise bad("hi")
    elif t == "KR_BANK_ACCOUNT":
        grp = info["grouping"]
        if len(digits) != sum(grp):
            raise bad("grouping")
        if fmt == "hyphen" and [len(x) for x in v.split("-")] != grp:
            raise bad("grouping2")
    elif t == "PHONE_NUMBER":
        if not re.fullmatch(r"(?:\+82-\d{2}-\d{3,4}-\d{4}|\(?0\d{1,3}[)\-. ]? ?\d{3,4}[-. ]?\d{4})", v):
            raise bad("phone shape")
        if not (9 <= len(digits) <= 12):
            raise bad("phone len")
    elif t == "EMAIL_ADDRESS":
        if not re.fullmatch(r"[a-z0-9._]+@[a-z0-9-]+(\.[a-z0-9-]+)+", v):
            raise bad("email")
    elif t == "KR_ADDRESS":
        first = v.split(" ")[0]
        if first not in ADDR_START:
            raise bad("address start")
        if not re.search(r"(로|길|동|리|가|읍|면)\s*(산 )?\d", v) and not re.search(r"\d", v):
            raise bad("address number")
        if re.match(r"[\d(]", v):
            raise bad("postal inside")
    elif t == "DATE_OF_BIRTH":
        m = re.fullmatch(DOB_RE[fmt], v)
        if not m:
            raise bad("dob format")
        g = m.groups()
        want = datetime.date.fromisoformat(info["date"])
        if fmt == "eng":
            dt = _date_ok(int(g[2]), MON.index(g[1]), int(g[0]))
        elif fmt == "kor_eng":
            dt = _date_ok(int(g[3]), int(g[1]), int(g[0]))
        else:
            yy = int(g[0])
            if len(g[0]) == 2:
                yy += 1900 if (1900 + yy) == want.year else 2000
            dt = _date_ok(yy, int(g[1]), int(g[2]))
        if dt != want or dt >= TODAY:
            raise bad("dob date")
    elif t == "IP_ADDRESS":
        if sub == "ip_v6":
            if not re.fullmatch(r"[0-9a-f]{1,4}(:[0-9a-f]{1,4}){3}::[0-9a-f]{1,4}", v):
                raise bad("v6")
        else:
            o = v.split(".")
            if len(o) != 4 or any(not x.isdigit() or int(x) > 255 for x in o):
                raise bad("v4")
    elif t == "PERSON":
        if v in NAME_BLACK or v in PLACEHOLDERS or v.endswith(TITLES) and not sub.startswith("foreign"):
            raise bad("name")
        if sub.startswith("ko") and not re.fullmatch(r"[가-힣]{2,4}|[\u4e00-\u9fff]{2,4}", v):
            raise bad("ko name shape")
    else:
        raise bad("unknown type")


SUSPECT = [("mobile", r"(?<![\d\w])01[016789][-. ]?\d{3,4}[-. ]?\d{4}(?!\d)"),
           ("landline", r"(?<![\d\w])0\d{1,3}[-). ] ?\d{3,4}[-.]\d{4}(?!\d)"),
           ("15xx", r"(?<!\d)1[5-9]\d{2}-\d{4}(?!\d)"),
           ("email", r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
           ("id13", r"(?<!\d)\d{6}\s?-\s?[\d*●X]{7}(?!\d)"),
           ("card", r"(?<!\d)\d{4}[- ]\d{4}[- ]\d{4}[- ]\d{3,4}(?!\d)"),
           ("ipv4", r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])"),
           ("brn", r"(?<![\d-])\d{3}-\d{2}-\d{5}(?![\d-])"),
           ("plate", r"(?<![\d제])\d{2,3}[%s] ?\d{4}(?![\d.년])" % "".join(PLATE_PRIVATE + PLATE_COMM + PLATE_RENT))]


def validate(rec, meta):
    text, spans, hns = rec["text"], rec["spans"], meta["hard_negatives"]
    if set(rec) != {"id", "text", "spans", "genre"}:
        raise DraftError("record keys")
    prev = -1
    for sp, sm in zip(spans, meta["spans"]):
        s, e = sp["start"], sp["end"]
        if sp["type"] not in TYPES:
            raise DraftError("type %s" % sp["type"])
        if not (0 <= s < e <= len(text)) or s < prev:
            raise DraftError("span bounds/overlap")
        prev = e
        if text[s:e] != sm["value"] or (s, e, sp["type"]) != (sm["start"], sm["end"], sm["type"]):
            raise DraftError("span text != value")
        if text[s:e] != text[s:e].strip():
            raise DraftError("whitespace at span edge %r" % text[s:e])
        if not noise_equiv(sm["clean"], sm["value"], sm["noise"]):
            raise DraftError("noise not equivalent %r %r" % (sm["clean"], sm["value"]))
        if bool(sm["noise"]) != (sm["value"] != sm["clean"]):
            raise DraftError("noise tags vs value")
        check_clean(sm)
    for h in hns:
        if text[h["start"]:h["end"]] != h["text"]:
            raise DraftError("hn text")
        for sp in spans:
            if h["start"] < sp["end"] and sp["start"] < h["end"]:
                raise DraftError("hard negative overlaps span: %r" % h["text"])
    if meta["no_pii"] != (not spans):
        raise DraftError("no_pii flag vs spans")
    covered = [False] * len(text)
    for sp in spans:
        for k in range(sp["start"], sp["end"]):
            covered[k] = True
    hcover = [False] * len(text)
    for h in hns:
        for k in range(h["start"], h["end"]):
            hcover[k] = True
    # PII-looking strings outside spans must be tagged hard negatives
    nt = unicodedata.normalize("NFKC", text)
    scan = nt if len(nt) == len(text) else text
    for name, pat in SUSPECT:
        for m in re.finditer(pat, scan):
            a, b = m.start(), m.end()
            if all(covered[a:b]):
                continue
            if any(covered[a:b]):
                if name in ("email", "ipv4"):
                    continue
                raise DraftError("suspect %s partly in span: %r" % (name, m.group()))
            if not all(hcover[a:b]):
                raise DraftError("untagged PII-looking %s outside spans: %r" % (name, m.group()))
    # every other occurrence of a labelled string must be labelled too
    for sp in spans:
        val = text[sp["start"]:sp["end"]]
        if len(val) < 2:
            continue
        for m in re.finditer(re.escape(val), text):
            a, b = m.start(), m.end()
            if all(covered[a:b]):
                continue
            if sp["type"] == "PERSON" and a > 0 and HANGUL_RE.match(text[a - 1]):
                continue
            if sp["type"] == "PERSON" and b < len(text) and val.isascii() and text[b].isalpha():
                continue
            raise DraftError("unlabelled repeat of %s %r" % (sp["type"], val))
    # placeholders and institution numbers are never labelled
    for h in hns:
        if h["category"] in ("placeholder_person", "institution_switchboard", "institution_address"):
            for sp in spans:
                if text[sp["start"]:sp["end"]] == h["text"]:
                    raise DraftError("placeholder/institution value labelled")
    return True


# ----------------------------------------------------------------------------------
# template helpers
# ----------------------------------------------------------------------------------
TEMPLATES = []


def tpl(tid, name, genre, issuers, eras, layout, n=14, media="paper", nopii=0):
    def deco(fn):
        TEMPLATES.append({"id": tid, "name": name, "genre": genre, "issuers": issuers, "eras": eras,
                          "layout": layout, "n": n, "media": media, "nopii": nopii, "fn": fn})
        return fn
    return deco


GEN = ISSUERS
WEB_STEMS = ["hanbit", "saesol", "garam", "nuri", "eunbit", "solnae", "dodam", "byeolbit", "haneul", "onnuri"]
CO_STEMS = ["한빛", "새솔", "가람", "누리", "은빛", "솔내", "도담", "별빛", "하늘", "온누리", "푸른솔", "느티", "다솜",
            "미리내", "해오름", "청보리", "한울", "보람"]
CO_SUFFIX = ["엔지니어링", "건설", "정보통신", "테크", "산업", "환경", "컨설팅", "디자인", "물류", "씨앤에스",
             "시스템즈", "기획", "종합관리", "전기", "인쇄"]


def company(rng):
    s = ch(rng, CO_STEMS) + ch(rng, CO_SUFFIX)
    return ch(rng, ["(주)" + s, "주식회사 " + s, s + "(주)", "㈜" + s, "유한회사 " + s, s])


def staff(c, n=1, age=(26, 60)):
    return [person(c.rng, c, age=age) for _ in range(n)]


def direct(c, k):
    return landline(c.rng, c, k.region, sub="phone_direct")


def faxno(c, k):
    return landline(c.rng, c, k.region, fmt="hyphen", sub="phone_fax")


def web(c, k):
    return k.web


def off_email(c, p, k):
    if k.domain and c.year >= 2006:
        return email(c.rng, c, p, domain="korea.kr")
    return email(c.rng, c, p, domain=web(c, k))


def sb(d, k, prefix=""):
    d.t(prefix + k.sb_label + " ")
    d.h(k.sb, "institution_switchboard")


def inst_addr(d, c, k, postal=True):
    if postal:
        d.t(("우 " if c.year >= 2000 else "우)") + k.postal + " ")
    d.h(k.addr, "institution_address")


def addr_block(d, c, a, postal, ref, show_postal=None):
    sp = chance(c.rng, 0.4) if show_postal is None else show_postal
    if sp:
        d.t(ch(c.rng, ["(%s) " % postal, "(우 %s) " % postal, "[%s] " % postal]))
    d.v(a)
    if ref:
        d.t(" " + ref)


def date_txt(c, style=None, rel="doc"):
    s, _ = doc_date(c, style, rel)
    return s


GU_STEMS = ("마포", "서초", "남동", "유성", "해운대", "달서", "동래", "광산", "북구")


def office_name(rng):
    x = ch(rng, sorted(INSTR_REGION))
    if x == "북구":
        return "광주광역시 북구청장"
    return x + ("구청장" if x in GU_STEMS else "시장")


def hn_date(d, c, style=None, rel="doc"):
    d.h(date_txt(c, style, rel), "date")


def name_like(d, c, cat=None):
    cat = cat or ch(c.rng, sorted(NAME_LIKE))
    w = ch(c.rng, NAME_LIKE[cat])
    d.h(w, "name_like_" + cat)
    return w


def idnum(c, p, masked_p=0.25):
    if p.nat != "KR":
        return frn(c.rng, p, masked=chance(c.rng, masked_p * 0.5))
    return rrn(c.rng, p, kind=("masked" if chance(c.rng, masked_p) else None))


def subject(c, k):
    topics = ["개인정보 처리방침 개정에 따른 협조 요청", "주민등록 사실조사 결과 통보", "민원 처리 결과 회신",
              "보조금 지급 대상자 확인 요청", "자료 제출 요청", "행사 참석 협조 요청", "위원 위촉 알림",
              "교육 수강자 명단 통보", "과태료 부과 사전 통지", "시설물 안전점검 결과 통보", "전입자 실태조사 협조",
              "재해 피해 조사 결과 보고", "정보공개 청구 처리 결과 통지", "체납액 납부 독려"]
    return ch(c.rng, topics)


def official_title(c):
    if c.year < 2000:
        return ch(c.rng, ["행정주사", "행정주사보", "행정서기", "지방행정주사"])
    return ch(c.rng, ["주무관", "주무관", "행정주사", "사무관"])


# ----------------------------------------------------------------------------------
# templates: 공문
# ----------------------------------------------------------------------------------
def footer_modern(d, c, k, no_names=False):
    rng = c.rng
    d.t("\n\n")
    d.h(k.head, "official_by_office")
    d.t("\n\n")
    if no_names:
        d.t("담당부서 %s  " % k.dept)
        sb(d, k)
        d.t("\n시행 ")
        d.h(docno(rng, c, k.dept), "document_number")
        d.t(" (")
        hn_date(d, c)
        d.t(")\n")
        inst_addr(d, c, k)
        d.t(" / www." + web(c, k) + "\n")
        return
    s = staff(c, 3)
    d.t("기안자 %s " % official_title(c))
    d.v(s[0].v())
    d.t("   검토자 %s " % ch(rng, ["팀장", "주사", "계장" if c.year < 2005 else "팀장"]))
    d.v(s[1].v())
    d.t("   결재권자 %s " % ch(rng, ["과장", "국장", "담당관"]))
    d.v(s[2].v())
    d.t(ch(rng, [" 전결 %02d/%02d" % (rng.randrange(1, 13), rng.randrange(1, 29)), " (전결)", ""]))
    if chance(rng, 0.4):
        d.t("\n협조자 %s " % ch(rng, ["주무관", "팀장"]))
        d.v(staff(c)[0].v())
    d.t("\n시행 ")
    d.h(docno(rng, c, k.dept), "document_number")
    d.t(" (")
    hn_date(d, c)
    d.t(")   접수 ")
    if chance(rng, 0.3):
        d.h(docno(rng, c), "document_number")
    d.t("\n")
    inst_addr(d, c, k)
    d.t(" / http://www." + web(c, k) + "\n")
    d.t(ch(rng, ["전화번호 ", "전화 ", "☎ "]))
    d.v(direct(c, k))
    d.t(ch(rng, ["  팩스번호 ", "  전송 ", "  FAX "]))
    d.v(faxno(c, k))
    d.t(" / ")
    d.v(off_email(c, s[0], k))
    d.t(" / " + ch(rng, ["대국민 공개", "부분공개(6)", "비공개(6)", "공개"]))


@tpl("T01", "gongmun_electronic", "공문", GEN, ["2010s", "2020s"], "labelled_fields", nopii=3)
def t_gongmun_electronic(d, rng, c):
    k = c.inst
    d.t(k.name + "\n\n")
    rcv = ch(rng, ["수신자 참조", "내부결재", ""])
    d.t("수신  " + rcv + (" " if rcv else ""))
    if rcv != "내부결재":
        d.h(ch(rng, ["%s(%s과장)" % (office_name(rng), ch(rng, ["총무", "민원", "복지"])), "각 읍·면·동장", "○○장관(운영지원과장)"]),
            "official_by_office")
    d.t("\n(경유)\n제목  " + subject(c, k) + "\n\n")
    d.t("1. 관련: ")
    d.h(docno(rng, c), "document_number")
    d.t("(")
    hn_date(d, c, rel="past")
    d.t(")\n2. ")
    d.h(istat(rng, c), "statute_citation")
    d.t("에 따라 아래와 같이 %s.\n" % ch(rng, ["알려드립니다", "요청합니다", "통보합니다", "협조를 요청드립니다"]))
    if c.no_pii:
        d.t("  가. 대상 기간: ")
        hn_date(d, c, rel="future")
        d.t(" ~ ")
        hn_date(d, c, rel="future2")
        d.t("\n  나. 소요 예산: ")
        d.h(amount(rng), "amount")
        d.t("\n  다. 문의: " + k.dept + " (")
        sb(d, k)
        d.t(")\n  라. 대상자 성명은 ")
        d.h(ch(rng, ["김○○", "이○○", "박**"]), "placeholder_person")
        d.t(" 등으로 가림 처리하여 제출하시기 바랍니다.\n")
        name_like(d, c, "place")
        d.t(" 지역 현장 확인 결과를 포함합니다.\n\n붙임  현황 1부.  끝.")
        footer_modern(d, c, k, no_names=True)
        return
    p = person(rng, c)
    d.t("  가. 대상자: ")
    d.v(p.v())
    d.t(ch(rng, [" (", "("]))
    if chance(rng, 0.5):
        d.v(dob(rng, p.birth, c=c))
        d.t("생)\n")
    else:
        d.v(idnum(c, p, 0.5))
        d.t(")\n")
    a, postal, ref = address(rng, c)
    d.t("  나. 주소: ")
    addr_block(d, c, a, postal, ref)
    d.t("\n  다. 연락처: ")
    d.v(phone_any(rng, c))
    d.t("\n  라. 처리기한: ")
    hn_date(d, c, rel="future")
    d.t("까지\n\n붙임  " + ch(rng, ["관련 서류 1부.", "신청서 사본 1부.", "명단 1부."]) + "  끝.")
    footer_modern(d, c, k)


@tpl("T02", "gongmun_typed", "공문", GEN, ["1980s", "1990s"], "labelled_fields", nopii=4)
def t_gongmun_typed(d, rng, c):
    k = c.inst
    hanja = c.year < 1995 and chance(rng, 0.7)
    d.t(k.name + "\n\n")
    d.t(("文書番號 " if hanja else "문서번호 "))
    d.h(docno(rng, c), "document_number")
    d.t("\n" + ("施行日字 " if hanja else "시행일자 "))
    hn_date(d, c)
    d.t("\n(경유)\n" + ("受信 " if hanja else "수신 "))
    d.h(ch(rng, [office_name(rng), "각 동장", "관계기관장"]), "official_by_office")
    d.t("\n참조 " + ch(rng, ["총무과장", "민원담당관", "사회과장"]) + "\n")
    d.t(("題目 " if hanja else "제목 ") + subject(c, k) + "\n\n")
    d.t("1. " + ("貴 機關의 無窮한 發展을 祈願합니다." if hanja else "귀 기관의 무궁한 발전을 기원합니다.") + "\n")
    d.t("2. ")
    d.h(istat(rng, c), "statute_citation")
    d.t(("의 規定에 依하여 下記와 같이 通報하오니 業務에 參考하시기 바랍니다." if hanja else
         "의 규정에 의하여 아래와 같이 통보하오니 업무에 참고하시기 바랍니다.") + "\n\n")
    d.t("  " + ("記" if hanja else "- 아  래 -") + "\n\n")
    if c.no_pii:
        d.t("  가. 대상: 관내 ")
        name_like(d, c, "place")
        d.t(" 지구 주민 ")
        d.h(ch(rng, ["○○○", "홍길동"]), "placeholder_person")
        d.t(" 외 12명\n  나. 보상금 총액: ")
        d.h(amount(rng), "amount")
        d.t("\n  다. 문의: 총무과 ")
        sb(d, k)
        d.t("\n\n  끝.\n\n")
        d.h(k.head, "official_by_office")
        return
    p = person(rng, c, hanja=hanja and chance(rng, 0.5))
    lab = ["姓    名", "住民登錄番號", "住    所", "電    話"] if hanja else ["성    명", "주민등록번호", "주    소", "전    화"]
    d.t("  가. %s: " % lab[0])
    d.v(p.v())
    d.t("\n  나. %s: " % lab[1])
    d.v(rrn(rng, p, kind="valid" if chance(rng, 0.8) else "masked"))
    a, postal, ref = address(rng, c)
    d.t("\n  다. %s: " % lab[2])
    d.v(a)
    d.t("\n  라. %s: " % lab[3])
    d.v(landline(rng, c, a.info["region"] if a.info["region"] in AREA_OLD else None))
    d.t("\n\n  끝.\n\n")
    d.h(k.head, "official_by_office")
    d.t("\n\n담당 : %s %s " % (k.dept, official_title(c)))
    d.v(staff(c)[0].v())
    d.t("  전화 ")
    d.v(direct(c, k))


@tpl("T03", "gongmun_2000s", "공문", GEN, ["2000s", "2010s"], "labelled_fields", nopii=4)
def t_gongmun_2000s(d, rng, c):
    k = c.inst
    d.t(k.name + "\n")
    d.t("수신자  ")
    d.h(ch(rng, ["수신자 참조", office_name(rng)]), "official_by_office")
    d.t("\n(경유)\n제목  " + subject(c, k) + "\n\n")
    d.t("1. 귀 기관의 무궁한 발전을 기원합니다.\n2. ")
    d.h(docno(rng, c), "document_number")
    d.t("(")
    hn_date(d, c, rel="past")
    d.t(")와 관련하여 붙임 명단의 민원인에 대하여 사실관계 확인을 요청합니다.\n")
    if not c.no_pii:
        for n in range(rng.randrange(1, 3)):
            p = person(rng, c)
            d.t("  %s. " % "가나다"[n])
            d.v(p.v())
            d.t(" / ")
            d.v(rrn(rng, p))
            d.t(" / ")
            a, postal, ref = address(rng, c)
            d.v(a)
            d.t(" / ")
            d.v(mobile(rng, c))
            d.t("\n")
    else:
        d.t("  가. 대상: ")
        d.h("김○○", "placeholder_person")
        d.t(" 외 3명(명단 별송)\n  나. 관련 금액: ")
        d.h(amount(rng), "amount")
        d.t("\n")
    d.t("3. 회신기한: ")
    hn_date(d, c, rel="future")
    d.t("까지.  끝.")
    footer_modern(d, c, k, no_names=c.no_pii)


@tpl("T04", "gongmun_with_list", "공문", GEN, ALL_ERAS, "header_table")
def t_gongmun_list(d, rng, c):
    k = c.inst
    d.t(k.name + "\n\n수신  ")
    d.h(ch(rng, [office_name(rng), "각 부서장", "○○장관(운영지원과장)"]), "official_by_office")
    d.t("\n제목  " + ch(rng, ["교육 대상자 명단 통보", "포상 대상자 추천 결과 알림", "위원 위촉 대상자 통보",
                              "현장점검 참여자 명단 제출"]) + "\n\n1. ")
    d.h(istat(rng, c), "statute_citation")
    d.t("와 관련입니다.\n2. 대상자 명단을 아래와 같이 통보합니다.\n\n")
    sep = ch(rng, [" | ", "|", "\t"])
    cols = ch(rng, [["연번", "성명", "생년월일", "연락처"], ["연번", "소속", "성명", "연락처", "이메일"],
                    ["번호", "성명", "주소", "전화번호"]])
    if c.year < 1995 and "이메일" in cols:
        cols = ["연번", "소속", "성명", "연락처"]
    if chance(rng, 0.7):
        d.t(sep.join(cols) + "\n")
    for r in range(rng.randrange(2, 5)):
        p = person(rng, c, foreign=(chance(rng, 0.1) and c.year >= 2005))
        cells = []
        for col in cols:
            cells.append(col)
        for j, col in enumerate(cols):
            if j:
                d.t(sep)
            if col in ("연번", "번호"):
                d.t(str(r + 1))
            elif col == "성명":
                d.v(p.v())
            elif col == "생년월일":
                d.v(dob(rng, p.birth, style=ch(rng, ["dot_pad", "iso", "dot_sp", "yymmdd"])))
            elif col == "연락처" or col == "전화번호":
                d.v(phone_any(rng, c))
            elif col == "소속":
                d.t(ch(rng, ["한빛초등학교", "민원여권과", "주민복지과", "자원봉사센터", "통장협의회"]))
            elif col == "이메일":
                d.v(email(rng, c, p))
            elif col == "주소":
                d.v(address(rng, c)[0])
        d.t("\n")
    d.t("\n붙임  명단 1부.  끝.")
    footer_modern(d, c, k)


# ----------------------------------------------------------------------------------
# templates: 민원 회신
# ----------------------------------------------------------------------------------
@tpl("T05", "minwon_reply_letter", "민원 회신", GEN, ALL_ERAS, "prose", nopii=4)
def t_minwon_reply(d, rng, c):
    k = c.inst
    d.t(k.name + "\n\n")
    ch_src = ch(rng, ["국민신문고", "전자민원창구", "우편", "방문", "새올 전자민원"] if c.year >= 2006 else ["우편", "방문", "민원실", "팩스"])
    if c.no_pii:
        d.h(ch(rng, ["민원인", "김○○", "이○○", "○○○"]), "placeholder_person")
        d.t(" 귀하\n\n")
    else:
        p = person(rng, c)
        d.v(p.v())
        d.t(ch(rng, [" 귀하\n", " 님 귀하\n", " 귀하\n"]))
        if chance(rng, 0.6):
            a, postal, ref = address(rng, c)
            d.t("(")
            d.t(postal + " ")
            d.v(a)
            d.t(")\n")
        d.t("\n")
    d.t("1. 평소 %s 행정에 관심을 가져 주신 데 감사드립니다.\n" % k.name)
    d.t("2. 귀하께서 ")
    hn_date(d, c, rel="past")
    d.t(" %s(신청번호 " % ch_src)
    d.h(receipt_no(rng, c), "receipt_number")
    d.t(")를 통해 신청하신 민원에 대한 검토 결과를 다음과 같이 알려드립니다.\n")
    d.t("  가. 귀하의 민원 요지는 %s에 관한 것으로 이해됩니다.\n" % ch(rng, [
        "주택가 불법 주정차 단속 요청", "도로 파손 보수 요청", "가로등 고장 신고", "소음 측정 요청",
        "복지급여 지급 시기 문의", "주민등록표 등본 발급 오류 정정"]))
    d.t("  나. ")
    d.h(istat(rng, c), "statute_citation")
    d.t("에 따르면, ")
    if not c.no_pii and chance(rng, 0.5):
        d.t("귀하 소유 차량(")
        d.v(plate(rng, c))
        d.t(")에 부과된 과태료 ")
    else:
        d.t("해당 처분에 따른 과태료 ")
    d.h(amount(rng, 20000, 400000), "amount")
    d.t("은 의견제출 기한 내 자진 납부 시 20% 감경됩니다.\n")
    d.t("3. 답변 내용에 대한 추가 설명이 필요한 경우 %s " % k.dept)
    if c.no_pii:
        d.t("담당자(")
        sb(d, k)
        d.t(")에게 연락 주시면 친절히 안내해 드리겠습니다.\n\n")
    else:
        o = staff(c)[0]
        d.v(o.v())
        d.t(" 주무관(")
        d.v(direct(c, k), kind=None)
        d.t(")에게 연락 주시면 친절히 안내해 드리겠습니다.\n\n")
    d.h(k.head, "official_by_office")


@tpl("T06", "minwon_result_form", "민원 회신", GEN, ALL_ERAS, "form", nopii=4)
def t_minwon_form(d, rng, c):
    k = c.inst
    d.t("민원 처리 결과 통지서\n\n")
    d.t("접수번호 | ")
    d.h(receipt_no(rng, c), "receipt_number")
    d.t("\n접수일자 | ")
    hn_date(d, c, rel="past")
    if c.no_pii:
        d.t("\n민 원 인 | ")
        d.h(ch(rng, ["홍길동", "김○○", "정 모 씨"]), "placeholder_person")
        d.t(" (개인정보 비공개)\n민원 요지 | ")
        name_like(d, c, "noun")
        d.t(" 관련 처리 기준 질의\n")
    else:
        p = person(rng, c)
        d.t("\n민 원 인 | ")
        d.v(p.v())
        d.t("\n생년월일 | ")
        d.v(dob(rng, p.birth, c=c))
        a, postal, ref = address(rng, c)
        d.t("\n주    소 | ")
        addr_block(d, c, a, postal, ref)
        d.t("\n연 락 처 | ")
        d.v(phone_any(rng, c))
        if c.year >= 2000 and chance(rng, 0.5):
            d.t("\n전자우편 | ")
            d.v(email(rng, c, p))
        d.t("\n민원 요지 | 무단 투기 단속 요청\n")
    d.t("처리 결과 | 현장 확인 후 계도 조치 완료 (근거: ")
    d.h(istat(rng, c), "statute_citation")
    d.t(")\n처리 기관 | " + k.name + " " + k.dept + "\n")
    if not c.no_pii:
        d.t("담 당 자 | ")
        d.v(staff(c)[0].v())
        d.t(" (")
        d.v(direct(c, k))
        d.t(")\n")
    else:
        d.t("문    의 | ")
        sb(d, k)
        d.t("\n")
    d.h(k.head, "official_by_office")


# ----------------------------------------------------------------------------------
# templates: forms (신청서 / 동의서 / 신고서)
# ----------------------------------------------------------------------------------
def roman(p, rng):
    sur = ROM_SUR[p.sur]
    parts = [ROM_SYL[x] for x in p.given]
    giv = ch(rng, ["-", "", " "]).join(parts) if len(parts) > 1 else parts[0]
    nm = (sur + " " + giv).upper() if chance(rng, 0.6) else sur.capitalize() + " " + giv.capitalize()
    return V("PERSON", nm, "roman_ko", "latin")


@tpl("T07", "form_passport_application", "신청서", ["sigungu", "sido", "ministry"],
     ["2000s", "2010s", "2020s"], "form")
def t_form_passport(d, rng, c):
    k = c.inst
    d.t(ch(rng, ["여권 발급 신청서", "[별지 제1호서식] 여권발급 신청서", "여권 재발급 신청서"]) + "\n")
    d.t("※ 뒤쪽의 작성방법을 읽고 작성하시기 바랍니다. (예: 성명 ")
    d.h("홍길동", "placeholder_person")
    d.t(", 주민등록번호 ")
    d.h("000000-0000000", "placeholder_id")
    d.t(")\n\n")
    p = person(rng, c, age=(19, 75))
    d.t("여권종류 | " + ch(rng, ["복수", "단수", "관용"]) + "\n성명(한글) | ")
    d.v(p.v())
    d.t("\n성명(영문) | ")
    d.v(roman(p, rng))
    d.t("\n주민등록번호 | ")
    d.v(rrn(rng, p, kind="valid"))
    d.t("\n본인 연락처 | ")
    d.v(mobile(rng, c))
    if chance(rng, 0.6):
        d.t("\n이메일 | ")
        d.v(email(rng, c, p))
    d.t("\n긴급연락처 | 성명: ")
    q = person(rng, c)
    d.v(q.v())
    d.t("  관계: " + ch(rng, ["배우자", "부", "모", "자녀", "형제"]) + "  전화번호: ")
    d.v(mobile(rng, c))
    if chance(rng, 0.7):
        d.t("\n종전 여권번호 | ")
        pc = Ctx()
        pc.year = max(2008, c.year - rng.randrange(3, 11))
        d.v(passport(rng, pc))
    a, postal, ref = address(rng, c)
    d.t("\n주소 | ")
    addr_block(d, c, a, postal, ref)
    if chance(rng, 0.4):
        d.t("\n신분증 확인 | 운전면허증 ")
        d.v(driver_license(rng, c, p))
    d.t("\n수수료 | ")
    d.h(amount(rng, 15000, 53000), "amount")
    d.t("\n\n위와 같이 여권 발급을 신청합니다.\n")
    hn_date(d, c)
    d.t("\n신청인 ")
    d.v(p.v())
    d.t(" (서명)\n\n")
    head = k.head
    if k.kind == "ministry":
        head = "외교부장관" if c.year >= 2013 else "외교통상부장관"
    d.h(head, "official_by_office")
    d.t(" 귀하")


@tpl("T08", "form_benefit_application", "신청서", ["emd", "sigungu", "welfare", "public_corp"],
     ["1990s", "2000s", "2010s", "2020s"], "form")
def t_form_benefit(d, rng, c):
    k = c.inst
    kinds = [("아동수당", 2018), ("긴급복지 생계지원", 2006), ("주거급여", 2000), ("출산지원금", 2002),
             ("에너지바우처", 2015), ("장학금", 1980), ("생계보호", 1980), ("교육보호", 1980)]
    kind = ch(rng, [k_ for k_, y_ in kinds if y_ <= c.year and not (k_ in ("생계보호", "교육보호") and c.year >= 2000)])
    d.t("%s 지급 신청서\n\n" % kind)
    p = person(rng, c, age=(25, 44) if kind in ("아동수당", "출산지원금") else (25, 80))
    sep = ch(rng, [" | ", "|", ": "])
    d.t("신청인 성명" + sep)
    d.v(p.v())
    d.t("\n주민등록번호" + sep)
    d.v(rrn(rng, p, kind=ch(rng, ["valid", "valid", "masked"])))
    a, postal, ref = address(rng, c)
    d.t("\n주소" + sep)
    addr_block(d, c, a, postal, ref)
    d.t("\n전화번호" + sep)
    d.v(phone_any(rng, c))
    if chance(rng, 0.5):
        d.t(("\n건강보험증 번호" if c.year >= 2000 else "\n의료보험증 번호") + sep)
        d.v(health_ins(rng))
    if kind in ("아동수당", "출산지원금"):
        kid = person(rng, c, age=(0, 5))
        kid.sur = p.sur
        d.t("\n아동 성명" + sep)
        d.v(kid.v())
        d.t("\n아동 주민등록번호" + sep)
        d.v(rrn(rng, kid))
    d.t("\n지급 계좌" + sep)
    bank, acct = bank_account(rng, c)
    d.t(bank + " ")
    d.v(acct)
    d.t("  예금주 ")
    d.v(p.v())
    d.t("\n\n")
    d.h(statute(rng, c, *P_WELFARE), "statute_citation")
    d.t("에 따라 위와 같이 신청합니다.\n")
    hn_date(d, c)
    d.t("\n신청인 ")
    d.v(p.v())
    d.t(" (서명 또는 인)\n")
    d.h(k.head, "official_by_office")
    d.t(" 귀하\n접수번호 ")
    d.h(receipt_no(rng, c), "receipt_number")


@tpl("T09", "consent_form", "동의서", GEN, ["2010s", "2020s"], "form", nopii=4)
def t_consent(d, rng, c):
    k = c.inst
    d.t("개인정보 수집·이용 동의서\n\n")
    d.t("%s은(는) 「" % k.name)
    d.h("개인정보 보호법", "statute_citation")
    d.t("」 제15조에 따라 아래와 같이 개인정보를 수집·이용하고자 합니다.\n\n")
    d.t("1. 수집 항목: 성명, 생년월일, 연락처, 주소" + ch(rng, ["", ", 계좌번호", ", 이메일"]) + "\n")
    d.t("2. 수집·이용 목적: " + ch(rng, ["교육 신청 접수 및 안내", "자원봉사자 관리", "보조금 지급", "설문 경품 발송",
                                  "민원 처리 결과 통보"]) + "\n")
    d.t("3. 보유 기간: 목적 달성 후 %d년\n" % rng.randrange(1, 6))
    d.t("4. 동의를 거부할 권리가 있으며, 거부 시 서비스 이용이 제한될 수 있습니다.\n\n")
    d.t("□ 동의함  □ 동의하지 않음\n\n")
    if c.no_pii:
        d.t("성명: ____________ (작성 예: ")
        d.h("홍길동", "placeholder_person")
        d.t(")\n생년월일: ____년 __월 __일\n연락처: ")
        d.h("010-0000-0000", "placeholder_id")
        d.t("\n\n")
        hn_date(d, c)
        d.t("\n")
        d.h(k.head, "official_by_office")
        d.t(" 귀중")
        return
    p = person(rng, c, foreign=chance(rng, 0.1), age=(15, 80))
    d.t("성명: ")
    d.v(p.v())
    d.t("\n생년월일: ")
    d.v(dob(rng, p.birth))
    d.t("\n연락처: ")
    d.v(mobile(rng, c))
    if chance(rng, 0.5):
        d.t("\n이메일: ")
        d.v(email(rng, c, p))
    if chance(rng, 0.5):
        d.t("\n주소: ")
        d.v(address(rng, c)[0])
    minor = p.birth.year > c.year - 19
    if minor or chance(rng, 0.1):
        g = person(rng, c, age=(35, 60))
        d.t("\n법정대리인: ")
        d.v(g.v())
        d.t(" (관계: " + (ch(rng, ["부", "모", "후견인"]) if minor else "후견인") + ", 연락처 ")
        d.v(mobile(rng, c))
        d.t(")")
    d.t("\n\n")
    hn_date(d, c)
    d.t("\n동의자 ")
    d.v(p.v())
    d.t(" (서명)\n")
    d.h(k.head, "official_by_office")
    d.t(" 귀중")


@tpl("T10", "report_lost_items", "신고서", ["police", "emd", "public_corp"], ALL_ERAS, "form")
def t_report_lost(d, rng, c):
    k = c.inst
    d.t(ch(rng, ["분실물 신고서", "유실물 신고 접수증", "신분증 분실 신고서"]) + "\n접수번호: ")
    d.h(receipt_no(rng, c), "receipt_number")
    p = person(rng, c)
    d.t("\n\n[신고인]\n성명: ")
    d.v(p.v())
    d.t("\n생년월일: ")
    d.v(dob(rng, p.birth, c=c))
    a, postal, ref = address(rng, c)
    d.t("\n주소: ")
    addr_block(d, c, a, postal, ref)
    d.t("\n연락처: ")
    d.v(phone_any(rng, c))
    d.t("\n\n[분실 경위]\n")
    hn_date(d, c, rel="past")
    d.t(" 오후경 ")
    name_like(d, c, "place")
    d.t(" 인근 버스 정류장에서 지갑을 분실함.\n\n[분실물 내역]\n")
    items = rng.sample(["id", "dl", "card", "bank", "passport"], rng.randrange(2, 4))
    for it in items:
        if it == "id":
            d.t("- 주민등록증 (")
            d.v(rrn(rng, p, kind="valid"))
            d.t(")\n")
        elif it == "dl":
            d.t("- 운전면허증 (면허번호 ")
            d.v(driver_license(rng, c, p))
            d.t(")\n")
        elif it == "card":
            d.t("- 신용카드 1매 (")
            d.v(card(rng, masked=chance(rng, 0.5)))
            d.t(")\n")
        elif it == "bank":
            bank, acct = bank_account(rng, c)
            d.t("- %s 통장 (계좌 " % bank)
            d.v(acct)
            d.t(")\n")
        else:
            d.t("- 여권 (")
            d.v(passport(rng, c))
            d.t(")\n")
    d.t("- 현금 약 ")
    d.h(amount(rng, 10000, 300000), "amount")
    d.t("\n\n위와 같이 신고합니다.\n")
    hn_date(d, c)
    d.t("\n")
    d.h(k.head, "official_by_office")
    d.t(" 귀하")


@tpl("T11", "report_move_in", "신고서", ["emd"], ALL_ERAS, "form")
def t_report_move(d, rng, c):
    k = c.inst
    old = c.year < 1995
    d.t(("轉入申告書" if old and chance(rng, 0.5) else "전입신고서") + "\n\n")
    h = person(rng, c, age=(30, 75), hanja=old and chance(rng, 0.3))
    h.sex = "M" if chance(rng, 0.8) else "F"
    lab = ["世帶主 姓名", "住民登錄番號", "前 住所", "現 住所", "電話"] if old else ["세대주 성명", "주민등록번호", "전 주소",
                                                                    "현 주소", "연락처"]
    d.t(lab[0] + "  ")
    d.v(h.v())
    d.t("\n" + lab[1] + "  ")
    d.v(rrn(rng, h, kind="valid" if c.year < 2010 else None))
    d.t("\n" + lab[2] + "  ")
    d.v(address(rng, c)[0])
    d.t("\n" + lab[3] + "  ")
    a, postal, ref = address(rng, c)
    d.v(a)
    d.t("\n" + lab[4] + "  ")
    d.v(phone_any(rng, c))
    d.t("\n\n" + ("世帶員" if old else "전입 세대원") + "\n")
    if chance(rng, 0.5):
        d.t("관계  성명  주민등록번호\n")
    for r in range(rng.randrange(1, 4)):
        rel = ch(rng, ["처", "자", "녀", "모", "부"])
        if rel == "처" and h.sex == "F":
            rel = "남편"
        m = relative(rng, c, h, rel)
        if m is None:
            continue
        d.t(rel + "  ")
        d.v(m.v())
        d.t("  ")
        d.v(rrn(rng, m, kind="valid" if m.birth < datetime.date(2020, 10, 1) else "post2020"))
        d.t("\n")
    d.t("\n신고일 ")
    hn_date(d, c)
    d.t("\n")
    d.h(k.head, "official_by_office")
    d.t(" 귀하\n※ 처리기간: 즉시 / 수수료: 없음")


@tpl("T12", "report_business_registration", "신고서", ["tax"], ALL_ERAS, "form")
def t_report_business(d, rng, c):
    k = c.inst
    d.t(ch(rng, ["사업자등록 신청서(법인사업자용)", "사업자등록 정정신고서", "휴업(폐업)신고서"]) + "\n\n")
    co = company(rng)
    d.t("상호(법인명) | ")
    d.h(co, "company_name")
    p = person(rng, c, age=(28, 75))
    d.t("\n대표자 | ")
    d.v(p.v())
    d.t("\n대표자 주민등록번호 | ")
    d.v(rrn(rng, p, kind=ch(rng, ["valid", "masked"])))
    d.t("\n사업자등록번호 | ")
    d.v(brn(rng, corp=True))
    d.t("\n법인등록번호 | ")
    d.v(crn(rng))
    a, postal, ref = address(rng, c)
    d.t("\n사업장 소재지 | ")
    addr_block(d, c, a, postal, ref)
    d.t("\n사업장 전화번호 | ")
    d.v(landline(rng, c, a.info["region"] if a.info["region"] in AREA_NEW else None))
    d.t("\n휴대전화 | ")
    d.v(mobile(rng, c))
    if c.year >= 2000:
        d.t("\n전자우편 | ")
        d.v(email(rng, c, p))
    d.t("\n업태/종목 | " + ch(rng, ["서비스/소프트웨어 개발", "건설업/토목", "제조/인쇄", "도소매/사무용품"]))
    d.t("\n자본금 | ")
    d.h(amount(rng), "amount")
    d.t("\n\n")
    d.h(statute(rng, c, *P_TAX), "statute_citation")
    d.t("에 따라 위와 같이 신고합니다.\n")
    hn_date(d, c)
    d.t("\n")
    d.h(k.head, "official_by_office")
    d.t(" 귀하")


# ----------------------------------------------------------------------------------
# templates: registers / ledgers / flattened tables
# ----------------------------------------------------------------------------------
@tpl("T13", "register_visitors_tabs", "대장·명부", GEN, ALL_ERAS, "headerless_table", nopii=3)
def t_register_visitors(d, rng, c):
    k = c.inst
    c.layout = "header_table" if chance(rng, 0.4) else "headerless_table"
    d.t("%s 방문자 출입 관리대장 (" % k.name)
    hn_date(d, c)
    d.t(")\n")
    sep = ch(rng, ["\t", "\t", "  "])
    if c.layout == "header_table":
        d.t(sep.join(["시각", "성명", "연락처", "차량번호", "방문 목적"]) + "\n")
    for r in range(rng.randrange(3, 6)):
        d.t("%02d:%02d" % (rng.randrange(8, 19), rng.randrange(60)) + sep)
        if c.no_pii:
            d.h(ch(rng, ["김○○", "이○○", "박**", "최**", "정 모 씨"]), "placeholder_person")
            d.t(sep + "010-****-****" + sep + "-" + sep)
        else:
            p = person(rng, c)
            d.v(p.v())
            d.t(sep)
            d.v(mobile(rng, c, fmt=ch(rng, ["hyphen", "nohyphen", "hyphen"])))
            d.t(sep)
            if chance(rng, 0.6):
                d.v(plate(rng, c))
            else:
                d.t("도보")
            d.t(sep)
        d.t(ch(rng, ["민원 상담", "서류 제출", "회의 참석", "납품", "면담"]) + "\n")
    d.t("※ 개인정보는 %d개월 보관 후 파기 (" % rng.randrange(1, 13))
    d.h(statute(rng, c, *P_ADMIN), "statute_citation")
    d.t(")")


@tpl("T14", "register_old_ledger", "대장·명부", ["emd", "sigungu", "school", "police", "welfare", "prosecution", "tax"],
     ["1980s", "1990s"], "header_table")
def t_register_old(d, rng, c):
    k = c.inst
    hanja = chance(rng, 0.7)
    d.t(("受領臺帳" if hanja else "수령대장") + "  " + k.name + "\n")
    c.layout = "header_table" if chance(rng, 0.6) else "headerless_table"
    if c.layout == "header_table":
        d.t(("番號  姓  名      生年月日      住      所                        印" if hanja else
             "번호  성  명      생년월일      주      소                        인") + "\n")
    for r in range(rng.randrange(3, 6)):
        p = person(rng, c, hanja=hanja and chance(rng, 0.3), age=(20, 80))
        d.t("%-4d  " % (r + 1))
        d.v(p.v())
        d.t("    ")
        d.v(dob(rng, p.birth, style=ch(rng, ["dot_sp", "yy_dot", "hanja", "kor"] if hanja else ["dot_sp", "yy_dot", "kor"])))
        d.t("    ")
        d.v(address(rng, c, form=ch(rng, ["jibun_old", "jibun", "jibun_ri"]))[0])
        d.t("    (印)\n")
    d.t("\n" + ("備考: " if hanja else "비고: "))
    d.h(amount(rng, 5000, 300000), "amount")
    d.t(" 지급 완료. 확인자 ")
    d.h(ch(rng, ["계장", "동장", "주사"]), "official_by_office")


@tpl("T15", "register_fines", "대장·명부", ["sigungu", "police", "prosecution"], ["2000s", "2010s", "2020s"], "header_table", nopii=5)
def t_register_fines(d, rng, c):
    k = c.inst
    d.t("과태료 부과 대장 - " + k.name + " " + k.dept + "\n")
    header = chance(rng, 0.6)
    c.layout = "header_table" if header else "headerless_table"
    sep = ch(rng, [" | ", "|"])
    if header:
        d.t(sep.join(["관리번호", "위반일시", "차량번호", "소유자", "주소", "금액"]) + "\n")
    for r in range(rng.randrange(2, 5)):
        d.h(mgmt_no(rng, c), "public_record_id")
        d.t(sep)
        d.h(date_txt(c, "iso", rel="past") + " %02d:%02d" % (rng.randrange(24), rng.randrange(60)), "date")
        d.t(sep)
        if c.no_pii:
            d.t("**가 ****" + sep)
            d.h(ch(rng, ["김○○", "(주)○○렌터카"]), "placeholder_person")
            d.t(sep + "(비공개)" + sep)
        else:
            d.v(plate(rng, c))
            d.t(sep)
            if chance(rng, 0.25):
                d.h(company(rng), "company_name")
                d.t(sep)
                d.v(address(rng, c, unit=False)[0])
            else:
                p = person(rng, c)
                d.v(p.v())
                d.t(sep)
                d.v(address(rng, c)[0])
            d.t(sep)
        d.h(amount(rng, 20000, 150000), "amount")
        d.t("\n")
    d.t("근거: ")
    d.h(statute(rng, c, *P_TRAFFIC), "statute_citation")


@tpl("T16", "table_pipe_payments", "표(평문화)", GEN, ALL_ERAS, "header_table", nopii=3)
def t_table_payments(d, rng, c):
    d.t(ch(rng, ["장학금 지급 명단", "보상금 지급 내역", "강사수당 지급 명세", "자원봉사 실비 지급 현황"]) + "\n\n")
    sep = ch(rng, [" | ", "|"])
    cols = ["연번", "성명", "생년월일", "은행", "계좌번호", "지급액"]
    if chance(rng, 0.3):
        cols = ["연번", "성명", "은행", "계좌번호", "예금주", "지급액"]
    d.t(sep.join(cols) + "\n")
    if chance(rng, 0.5):
        d.t(sep.join(["---"] * len(cols)) + "\n")
    total = 0
    for r in range(rng.randrange(3, 6)):
        d.t(str(r + 1) + sep)
        if c.no_pii:
            d.h(ch(rng, ["김○○", "이○○", "박○○", "최**"]), "placeholder_person")
            d.t(sep + "****.**.**" + sep if "생년월일" in cols else sep)
            d.t("농협" + sep + "(비공개)" + sep)
            if "예금주" in cols:
                d.t("(비공개)" + sep)
        else:
            p = person(rng, c)
            d.v(p.v())
            d.t(sep)
            if "생년월일" in cols:
                d.v(dob(rng, p.birth, style=ch(rng, ["dot_pad", "iso", "yymmdd", "dot_sp"])))
                d.t(sep)
            bank, acct = bank_account(rng, c)
            d.t(bank + sep)
            d.v(acct)
            d.t(sep)
            if "예금주" in cols:
                d.v(p.v())
                d.t(sep)
        a = rng.randrange(50, 3000) * 1000
        total += a
        d.h(format(a, ",") + ("원" if chance(rng, 0.5) else ""), "amount")
        d.t("\n")
    d.t("합계" + sep * (len(cols) - 1))
    d.h(format(total, ",") + "원", "amount")


@tpl("T17", "table_tabs_noheader", "표(평문화)", GEN, ALL_ERAS, "headerless_table")
def t_table_noheader(d, rng, c):
    sep = ch(rng, ["\t", "\t", " \t "])
    d.t(ch(rng, ["[첨부] 대상자 현황", "붙임 2. 조사 대상 명단", "명단(내부용)"]) + "\n")
    nrows = rng.randrange(3, 6)
    for r in range(nrows):
        p = person(rng, c, foreign=(chance(rng, 0.3) and c.year >= 2000))
        d.t(str(r + 1) + sep)
        d.v(p.v())
        d.t(sep)
        d.v(idnum(c, p, 0.2))
        d.t(sep)
        d.v(phone_any(rng, c))
        d.t(sep)
        d.v(address(rng, c)[0])
        d.t(sep + ch(rng, ["신규", "재조사", "완료", "보류", "이의신청"]) + "\n")
    d.t("※ 총 %d명, 기준일 " % nrows)
    hn_date(d, c)


@tpl("T18", "table_spaces_committee", "표(평문화)", GEN, ALL_ERAS, "header_table")
def t_table_spaces(d, rng, c):
    d.t(ch(rng, ["위원 명단", "심의위원회 위원 현황", "자문단 구성 현황"]) + "\n")
    header = chance(rng, 0.5)
    c.layout = "header_table" if header else "headerless_table"
    w = rng.randrange(2, 6)
    gap = " " * w
    if header:
        d.t(gap.join(["구분", "성  명", "소  속", "직  위", "연 락 처"] + (["이 메 일"] if c.year >= 2000 else [])) + "\n")
    for r in range(rng.randrange(3, 6)):
        p = person(rng, c, age=(35, 70))
        d.t(ch(rng, ["위원장", "위원", "위원", "간사"]) + gap)
        d.v(p.v())
        d.t(gap)
        org = ch(rng, ["univ", "law", "co", "ngo", "gov"])
        if org == "co":
            d.h(company(rng), "company_name")
            d.t(gap + "대표이사" + gap)
        else:
            d.t({"univ": ch(rng, UNIVS) + gap + ch(rng, ["교수", "부교수", "조교수"]),
                 "law": ch(rng, ["법무법인 한결", "법률사무소 가람", "개인 개업"]) + gap + "변호사",
                 "ngo": ch(rng, ["시민단체 새솔", "주민자치회", "소비자단체"]) + gap + ch(rng, ["사무국장", "대표"]),
                 "gov": ch(rng, ["총무과", "기획예산과", "민원여권과"]) + gap + ch(rng, ["과장", "팀장"])}[org] + gap)
        d.v(phone_any(rng, c))
        if c.year >= 2000:
            d.t(gap)
            d.v(email(rng, c, p))
        d.t("\n")
    d.t("(임기: ")
    hn_date(d, c, rel="future")
    d.t("부터 2년)")


# ----------------------------------------------------------------------------------
# templates: contracts
# ----------------------------------------------------------------------------------
@tpl("T19", "contract_service", "계약서", GEN, ALL_ERAS, "form", n=16)
def t_contract_service(d, rng, c):
    k = c.inst
    d.t(ch(rng, ["용역 계약서", "물품구매 계약서", "공사 도급 계약서"]) + "\n\n")
    d.t("계약번호: ")
    d.h(ch(rng, ["%d%07d-00" % (c.year, rng.randrange(10 ** 7)), "제%d-%03d호" % (c.year, rng.randrange(1000))]),
        "document_number")
    d.t("\n계약명: " + ch(rng, ["청사 시설관리 용역", "홈페이지 유지보수", "민원 안내 책자 인쇄", "CCTV 설치 공사",
                              "노후 보일러 교체"]) + "\n계약금액: ")
    d.h(amount(rng, 5000000, 900000000), "amount")
    d.t(" (부가가치세 포함)\n\n")
    d.t("발주기관(갑): " + k.name + "\n  주소: ")
    d.h(k.addr, "institution_address")
    if chance(rng, 0.5):
        d.t("\n  고유번호: ")
        x = brn(rng, corp=False)
        d.h(x.value.replace("-", "-"), "institution_id")
    d.t("\n  대표: ")
    d.h(k.head, "official_by_office")
    d.t("\n\n계약상대자(을): ")
    co = company(rng)
    d.h(co, "company_name")
    rep = person(rng, c, age=(30, 70))
    d.t("\n  대표자: ")
    d.v(rep.v())
    d.t("\n  사업자등록번호: ")
    d.v(brn(rng, corp=True))
    if chance(rng, 0.9):
        d.t("\n  법인등록번호: ")
        d.v(crn(rng))
    a, postal, ref = address(rng, c)
    d.t("\n  주소: ")
    addr_block(d, c, a, postal, ref)
    d.t("\n  전화: ")
    d.v(landline(rng, c))
    if c.year >= 2000:
        d.t("  이메일: ")
        d.v(email(rng, c, rep, domain=(ch(rng, WEB_STEMS) + ch(rng, ["eng.co.kr", "tech.co.kr", ".co.kr", ".com"]))
                  if chance(rng, 0.5) else None))
    d.t("\n\n제1조(목적) 이 계약은 ")
    d.h(statute(rng, c, *P_CONTRACT), "statute_citation")
    d.t(" 및 관계 법령에 따라 갑과 을 사이의 권리·의무를 정함을 목적으로 한다.\n")
    d.t("제2조(대금 지급) 갑은 검수 완료 후 14일 이내에 을이 지정한 계좌(")
    bank, acct = bank_account(rng, c)
    d.t(bank + " ")
    d.v(acct)
    d.t(", 예금주 ")
    if chance(rng, 0.7):
        d.h(co, "company_name")
    else:
        d.v(rep.v())
    d.t(")로 대금을 지급한다.\n제3조(지체상금) 을은 계약기간 내 이행을 완료하지 못한 경우 지체일수마다 계약금액의 0.25%에 해당하는 지체상금을 납부한다.\n\n")
    hn_date(d, c)
    d.t("\n갑  ")
    d.h(k.head, "official_by_office")
    d.t(" (인)\n을  ")
    d.h(co, "company_name")
    d.t(" 대표 ")
    d.v(rep.v())
    d.t(" (인)\n계약담당: %s " % k.dept)
    d.v(staff(c)[0].v())
    d.t(" (")
    d.v(direct(c, k))
    d.t(")")


@tpl("T20", "contract_individual", "계약서", GEN, ALL_ERAS, "form")
def t_contract_individual(d, rng, c):
    k = c.inst
    kind = ch(rng, ["강사 위촉 계약서", "기간제 근로계약서", "위탁 계약서", "토지 사용 승낙서"])
    d.t(kind + "\n\n")
    p = person(rng, c, age=(22, 70), foreign=chance(rng, 0.1) and c.year >= 2005)
    d.t(k.name + "(이하 \"갑\"이라 한다)과 ")
    d.v(p.v())
    d.t("(이하 \"을\"이라 한다)은 다음과 같이 계약을 체결한다.\n\n")
    d.t("제1조(계약기간) ")
    hn_date(d, c, rel="future")
    d.t("부터 ")
    hn_date(d, c, rel="future2")
    d.t("까지로 한다.\n제2조(보수) 월 ")
    d.h(amount(rng, 500000, 4000000), "amount")
    d.t("을 매월 10일 을의 명의 계좌로 지급한다.\n제3조(비밀유지) 을은 업무상 알게 된 정보를 누설하여서는 아니 된다.\n\n")
    d.t("[을의 인적사항]\n성명: ")
    d.v(p.v())
    d.t("\n" + ("외국인등록번호: " if p.nat != "KR" else ch(rng, ["주민등록번호: ", "생년월일: "])))
    if p.nat != "KR":
        d.v(frn(rng, p))
    elif chance(rng, 0.5):
        d.v(rrn(rng, p))
    else:
        d.v(dob(rng, p.birth, c=c))
    a, postal, ref = address(rng, c)
    d.t("\n주소: ")
    addr_block(d, c, a, postal, ref)
    d.t("\n연락처: ")
    d.v(phone_any(rng, c))
    if kind == "기간제 근로계약서" and p.nat == "KR":
        d.t("\n운전면허번호(업무용 차량 운행): ")
        d.v(driver_license(rng, c, p))
    bank, acct = bank_account(rng, c)
    d.t("\n입금계좌: " + bank + " ")
    d.v(acct)
    d.t(" (예금주: ")
    d.v(p.v())
    d.t(")\n\n")
    hn_date(d, c)
    d.t("\n갑: ")
    d.h(k.head, "official_by_office")
    d.t(" (직인)\n을: ")
    d.v(p.v())
    d.t(" (서명)")


# ----------------------------------------------------------------------------------
# templates: 인사명령
# ----------------------------------------------------------------------------------
@tpl("T21", "personnel_orders", "인사명령", GEN, ALL_ERAS, "labelled_fields", nopii=3)
def t_personnel(d, rng, c):
    k = c.inst
    d.t(ch(rng, ["인 사 발 령", "인사명령", "人事發令" if c.year < 1995 else "인사발령 통지"]) + "\n")
    d.t(k.name + " 발령 제")
    d.h("%d-%d" % (c.year, rng.randrange(1, 300)), "document_number")
    d.t("호 (")
    hn_date(d, c)
    d.t(")\n\n")
    grades = ["3급(부이사관)", "4급(서기관)", "5급(사무관)", "지방행정주사(6급)", "행정7급", "1급(관리관)"]
    if c.no_pii:
        d.t("○ 승진: ")
        d.h(ch(rng, grades), "civil_service_grade")
        d.t(" 승진 대상자 %d명 (명단 별도 게시)\n○ 직무대리: " % rng.randrange(2, 9))
        d.h(ch(rng, ["민원여권과장", "총무과장", "복지정책국장"]), "official_by_office")
        d.t(" 직무대리 지정 (")
        d.h(statute(rng, c, *P_PERSONNEL), "statute_citation")
        d.t(")\n○ 문의: 인사담당 ")
        sb(d, k)
        return
    for sec in rng.sample(["승진", "전보", "신규임용", "직무대리", "휴직", "파견"], rng.randrange(2, 4)):
        d.t("○ " + sec + "\n")
        for r in range(rng.randrange(1, 3)):
            p = person(rng, c, age=(25, 60))
            d.t("  ")
            if sec == "승진":
                d.h(ch(rng, grades), "civil_service_grade")
                d.t("  " + ch(rng, ["민원여권과", "총무과", "세무과", "복지정책과"]) + "  ")
                d.v(p.v())
            elif sec == "전보":
                d.t(ch(rng, ["행정6급", "행정7급", "사회복지6급"]) + "  ")
                d.v(p.v())
                d.t("  " + ch(rng, ["민원여권과", "총무과"]) + " → " + ch(rng, ["주민복지과", "교통행정과", "자치행정과"]))
            elif sec == "신규임용":
                d.t("임 " + ch(rng, ["지방행정서기보", "행정9급", "사회복지9급"]) + "  ")
                d.v(p.v())
                d.t(" (")
                d.v(dob(rng, p.birth, style=ch(rng, ["dot_sp", "yy_dot", "kor"]), c=c))
                d.t("생)")
            elif sec == "직무대리":
                d.h(ch(rng, ["민원여권과장", "총무과장"]), "official_by_office")
                d.t(" 직무대리  " + ch(rng, ["행정사무관", "지방행정사무관"]) + " ")
                d.v(p.v())
            elif sec == "휴직":
                d.t(ch(rng, ["육아휴직", "질병휴직", "연수휴직"]) + "  ")
                d.v(p.v())
                d.t("  (기간: ")
                hn_date(d, c, rel="future")
                d.t(" ~ 1년)")
            else:
                d.t("파견  ")
                d.v(p.v())
                d.t("  → ")
                d.h(ch(rng, ["행정안전부", "보건복지부", "국민권익위원회"]), "institution_name")
            d.t("\n")
    d.t("\n")
    d.h(k.head, "official_by_office")


@tpl("T22", "overseas_travel_order", "인사명령", GEN, ALL_ERAS, "header_table")
def t_travel(d, rng, c):
    k = c.inst
    d.t("국외출장 명령서\n\n1. 출장 목적: " + ch(rng, ["해외 우수 행정사례 벤치마킹", "국제회의 참석", "자매도시 교류 행사",
                                               "재외국민 민원 실태조사"]) + "\n2. 출장지: " +
        ch(rng, ["일본 도쿄", "베트남 하노이", "독일 베를린", "미국 시애틀", "우즈베키스탄 타슈켄트"]) + "\n3. 기간: ")
    hn_date(d, c, rel="future")
    d.t(" ~ %d일간\n4. 출장자\n" % rng.randrange(3, 10))
    sep = ch(rng, [" | ", "\t"])
    d.t(sep.join(["소속", "직급", "성명", "여권번호", "생년월일", "비상연락처"]) + "\n")
    for r in range(rng.randrange(2, 5)):
        p = person(rng, c, age=(28, 60))
        d.t(ch(rng, ["총무과", "국제협력팀", "민원여권과", "기획예산과"]) + sep + ch(rng, ["주무관", "사무관", "팀장"]) + sep)
        d.v(p.v())
        d.t(sep)
        d.v(passport(rng, c, prefix=ch(rng, ["M", "G", "M"])))
        d.t(sep)
        d.v(dob(rng, p.birth, style=ch(rng, ["dot_pad", "iso", "eng"] + (["kor_eng"] if c.year >= 2022 else []))))
        d.t(sep)
        d.v(mobile(rng, c))
        d.t("\n")
    d.t("5. 소요 경비: ")
    d.h(amount(rng, 2000000, 30000000), "amount")
    d.t(" (국외여비)\n\n위와 같이 국외출장을 명함.\n")
    d.h(k.head, "official_by_office")


# ----------------------------------------------------------------------------------
# templates: minutes
# ----------------------------------------------------------------------------------
@tpl("T23", "minutes_committee", "회의록", GEN, ALL_ERAS, "prose", nopii=4)
def t_minutes(d, rng, c):
    k = c.inst
    d.t(ch(rng, ["제%d차 %s 심의위원회 회의록" % (rng.randrange(1, 30), ch(rng, ["지방보조금", "정보공개", "인사", "도시계획"])),
                 "%s 운영위원회 회의록" % k.name]) + "\n\n일시: ")
    hn_date(d, c)
    d.t(" 14:00~16:10\n장소: " + k.name + " " + ch(rng, ["소회의실", "3층 대회의실", "영상회의실"]) + "\n")
    if c.no_pii:
        d.t("참석: 위원장 포함 위원 %d명, 간사(" % rng.randrange(5, 12))
        d.h(ch(rng, ["총무과장", "민원여권과장"]), "official_by_office")
        d.t(")\n\n안건: ")
        d.h(docno(rng, c), "document_number")
        d.t(" 관련 보조금 ")
        d.h(amount(rng), "amount")
        d.t(" 교부 심의\n\n○ 위원장: 회의를 시작하겠습니다.\n○ 간사: ")
        d.h(istat(rng, c), "statute_citation")
        d.t("에 따른 심의 안건을 보고드리겠습니다.\n○ A위원: 예산 집행률이 낮은 사유를 확인해 주십시오.\n○ B위원: ")
        name_like(d, c, "noun")
        d.t(" 기준을 명확히 할 필요가 있습니다.\n\n결과: 원안 가결")
        return
    mem = [person(rng, c, age=(35, 72)) for _ in range(rng.randrange(3, 6))]
    d.t("참석위원: ")
    for j, p in enumerate(mem):
        if j:
            d.t(", ")
        d.v(p.v())
    sec = staff(c)[0]
    d.t(" (%d명)\n간사: %s " % (len(mem), k.dept))
    d.v(sec.v())
    d.t("\n\n안건: ")
    d.h(docno(rng, c), "document_number")
    d.t(" 관련 심의\n\n")
    lines = ["회의를 시작하겠습니다. 간사는 안건을 보고해 주십시오.", "예산 대비 집행 실적이 저조한 사유가 무엇입니까?",
             "현장 확인 결과 보완이 필요하다고 판단됩니다.", "원안대로 의결할 것을 제안합니다.",
             "신청인이 제출한 자료만으로는 판단이 어렵습니다.", "추가 자료를 받은 후 다음 회의에서 재논의하겠습니다."]
    for j in range(rng.randrange(3, 6)):
        p = mem[j % len(mem)]
        style = rng.randrange(3)
        if style == 0:
            d.t("○ 위원장(" if j == 0 else "○ 위원(")
            d.v(p.v())
            d.t("): ")
        elif style == 1:
            d.t("◯ ")
            d.v(p.v())
            d.t(" 위원: ")
        else:
            d.v(p.v())
            d.t(" 위원 : ")
        d.t(lines[j % len(lines)] + "\n")
    d.t("○ 간사(")
    d.v(sec.v())
    d.t("): 관련 근거는 ")
    d.h(istat(rng, c), "statute_citation")
    d.t("입니다.\n\n의결: 수정 가결. 문의 ")
    d.v(direct(c, k))


@tpl("T24", "minutes_council", "회의록", ["sigungu", "sido"], ["1990s", "2000s", "2010s", "2020s"], "prose")
def t_council(d, rng, c):
    k = c.inst
    d.t("제%d회 %s의회 임시회\n%s위원회 회의록\n\n" % (rng.randrange(100, 350), k.name, ch(rng, ["행정자치", "복지건설", "예산결산특별"])))
    rep = [person(rng, c, age=(35, 72)) for _ in range(3)]
    off = person(rng, c, age=(45, 60))
    otitle = ch(rng, ["행정복지", "도시건설", "기획경제"]) + "국장"
    d.t("출석위원(%d인)\n" % len(rep))
    for p in rep:
        d.v(p.v())
        d.t(" ")
    d.t("\n출석공무원\n%s " % otitle)
    d.v(off.v())
    d.t("\n\n(10시 05분 개의)\n\n")
    d.t("◯위원장 ")
    d.v(rep[0].v())
    d.t("  성원이 되었으므로 회의를 개의하겠습니다.\n")
    d.t("◯")
    d.v(rep[1].v())
    d.t(" 위원  국장님, ")
    name_like(d, c, "place")
    d.t(" 일대 주민 민원과 관련해 답변 부탁드립니다. 지역 주민 ")
    d.h(ch(rng, ["이 모 씨", "김○○ 씨", "A씨"]), "placeholder_person")
    d.t("의 진정이 여러 차례 있었습니다.\n")
    d.t("◯%s " % otitle)
    d.v(off.v())
    d.t("  말씀하신 사안은 ")
    hn_date(d, c, rel="future")
    d.t("까지 조치하겠습니다. 총사업비는 ")
    d.h(amount(rng), "amount")
    d.t("입니다.\n◯")
    d.v(rep[2].v())
    d.t(" 위원  ")
    d.h(k.head, "official_by_office")
    d.t("께서 직접 현장을 확인하셨는지 묻고 싶습니다.\n\n(11시 40분 산회)")


# ----------------------------------------------------------------------------------
# templates: press releases and news
# ----------------------------------------------------------------------------------
@tpl("T25", "press_release", "보도자료", GEN, ALL_ERAS, "labelled_fields", nopii=3)
def t_press(d, rng, c):
    k = c.inst
    d.t("보도자료\n" + k.name + "\n")
    d.t("보도일시: ")
    hn_date(d, c)
    d.t(" 배포 즉시\n")
    if c.no_pii:
        d.t("담당부서: %s  문의: " % k.dept)
        sb(d, k)
        d.t("\n\n")
    else:
        boss, staffer = staff(c, 2)
        d.t("담당부서: %s\n책임자: %s " % (k.dept, ch(rng, ["과장", "팀장"] if k.kind in ("tax", "emd", "school", "welfare") else ["과장", "팀장", "국장"])))
        d.v(boss.v())
        d.t(" (")
        d.v(direct(c, k))
        d.t(")\n담당자: " + official_title(c) + " ")
        d.v(staffer.v())
        d.t(" (")
        d.v(direct(c, k))
        d.t(")\n\n")
    title = ch(rng, ["%s, 올해 모범시민 표창 수여" % k.name, "%s, 취약계층 긴급지원 확대" % k.name,
                     "%s, 개인정보 보호 우수기관 선정" % k.name])
    d.t("□ " + title + "\n\n")
    d.t("□ ")
    d.h(k.head, "official_by_office")
    d.t("은 ")
    hn_date(d, c, rel="past")
    d.t(" 청사에서 " + ch(rng, ["시상식을 열었다고", "관련 계획을 발표했다고"]) + " 밝혔다.\n")
    if not c.no_pii and chance(rng, 0.8):
        d.t("  ○ 이날 표창을 받은 ")
        for j in range(rng.randrange(1, 3)):
            p = person(rng, c)
            if j:
                d.t(", ")
            d.v(p.v())
            d.t(ch(rng, [" 씨", "씨", " 님"]))
        d.t("는 지역 봉사활동에 꾸준히 참여해 온 공로를 인정받았다.\n")
    d.t("  ○ 올해 관련 예산은 총 ")
    d.h(amount(rng), "amount")
    d.t("이며, 신청은 ")
    if c.year >= 2010:
        d.h(ch(rng, ["정부민원안내콜센터(국번 없이 110)", "다산콜센터(120)", "보건복지상담센터(129)"]), "institution_switchboard")
    else:
        sb(d, k)
    d.t(" 또는 가까운 읍·면·동 민원실에서 할 수 있다.\n")
    d.t("  ○ ")
    d.h(k.head, "official_by_office")
    d.t("은 \"앞으로도 ")
    name_like(d, c, "noun")
    d.t(" 절차를 간소화해 주민 불편을 줄이겠다\"고 말했다.\n\n붙임 행사 사진 2매.")


PRESS = ["한빛일보", "새솔신문", "가람뉴스", "누리경제", "온빛방송", "해오름일보"]


@tpl("T26", "news_article", "뉴스 기사", GEN, ["2000s", "2010s", "2020s"], "prose", nopii=3)
def t_news(d, rng, c):
    k = c.inst
    city = ch(rng, [z for z in sorted(INSTR_REGION) if z not in GU_STEMS])
    out = ch(rng, PRESS)
    rep = person(rng, c, age=(25, 55))
    if c.no_pii:
        d.t("[%s] " % out)
    else:
        d.t("[%s=%s] " % (out, city))
        d.v(rep.v())
        d.t(" 기자 = ")
    story = rng.randrange(3)
    if story == 0:
        d.t("보이스피싱 조직에 속아 현금을 건넨 ")
        d.h(ch(rng, ["A씨", "B씨", "70대 A씨"]), "placeholder_person")
        d.t("(%d)가 경찰의 도움으로 피해금 일부를 돌려받았다.\n\n" % rng.randrange(60, 85))
        d.h(k.name if k.kind == "police" else city + "경찰서", "institution_name")
        d.t("는 ")
        hn_date(d, c, rel="past")
        d.t(" 수거책 ")
        if c.no_pii:
            d.h("20대 C씨", "placeholder_person")
        else:
            p = person(rng, c, age=(20, 35))
            d.v(p.v())
            d.t(ch(rng, ["(%d)" % (c.year - p.birth.year), "(%d)씨" % (c.year - p.birth.year)]))
        d.t("를 사기 혐의로 구속했다고 밝혔다. 피해액은 ")
        d.h(amount(rng, 5000000, 90000000), "amount")
        d.t("에 이른다.\n")
    elif story == 1:
        d.t("%s의 한 전통시장에서 " % city)
        name_like(d, c, "product")
        d.t(" 판매대를 운영하는 ")
        if c.no_pii:
            d.h("정 모 씨", "placeholder_person")
        else:
            p = person(rng, c, age=(40, 80))
            d.v(p.v())
            d.t("씨")
        d.t("가 ")
        hn_date(d, c, rel="past")
        d.t(" 모은 성금 ")
        d.h(amount(rng, 1000000, 20000000), "amount")
        d.t("을 기탁했다.\n")
        d.h(k.head, "official_by_office")
        d.t("은 \"어려운 이웃을 위해 소중히 쓰겠다\"고 말했다.\n")
    else:
        d.t("%s %s가 " % (city, ch(rng, ["시민단체", "주민자치회"])))
        hn_date(d, c, rel="past")
        d.t(" 개인정보 유출 사고에 대한 감사를 청구했다. ")
        d.h(statute(rng, c, "개인정보 보호법"), "statute_citation")
        d.t(" 위반 여부가 쟁점이다.\n")
        if not c.no_pii:
            spk = person(rng, c, age=(30, 65))
            d.t("단체 대표 ")
            d.v(spk.v())
            d.t("씨는 \"")
            name_like(d, c, "noun")
            d.t(" 과정에서 주민번호가 그대로 노출됐다\"고 주장했다.\n")
    if not c.no_pii:
        d.t("\n")
        d.v(rep.v())
        d.t(" 기자 ")
        d.v(email(rng, c, rep))
    d.t("\n<저작권자 ⓒ %s, 무단 전재 및 재배포 금지>" % out)


@tpl("T27", "news_old", "뉴스 기사", ["police", "court", "sigungu", "ministry", "prosecution"], ["1980s", "1990s"], "prose")
def t_news_old(d, rng, c):
    k = c.inst
    city = ch(rng, sorted(INSTR_REGION))
    hanja = chance(rng, 0.7)
    d.t(ch(rng, ["%s 僞造 住民證으로 預金 引出" % city, "%s 僞造 身分證 사건" % city, "남의 통장서 돈 빼낸 20代 구속"]) + "\n\n")
    p = person(rng, c, hanja=hanja and chance(rng, 0.6), age=(20, 60))
    q = person(rng, c, age=(20, 70))
    d.h(k.name if k.kind == "police" else city + "경찰서", "institution_name")
    d.t("는 ")
    hn_date(d, c, rel="past")
    d.t(" " + ("僞造된 住民登錄證으로 預金을 引出한 " if hanja else "위조된 주민등록증으로 예금을 인출한 "))
    d.v(p.v())
    d.t("씨(%d·무직)를 " % (c.year - p.birth.year))
    d.h(ch(rng, ["詐欺", "사기", "공문서위조"]), "offence")
    d.t(" 혐의로 구속했다.\n")
    d.t("경찰에 따르면 ")
    d.v(p.v())
    d.t("씨는 피해자 ")
    d.v(q.v())
    d.t("씨 명의의 통장(" + ch(rng, ["상업은행", "조흥은행", "제일은행", "주택은행"]) + " ")
    bank, acct = bank_account(rng, c, bank=None)
    d.v(acct)
    d.t(")에서 ")
    d.h(amount(rng, 300000, 30000000), "amount")
    d.t("을 인출한 혐의를 받고 있다.\n")
    if chance(rng, 0.6):
        d.t("범행에 사용된 승용차(")
        d.v(plate(rng, c))
        d.t(")는 ")
        name_like(d, c, "place")
        d.t(" 부근에서 발견됐다.\n")
    d.t("(" + ch(rng, PRESS) + " " + date_txt(c) + ")")


# ----------------------------------------------------------------------------------
# templates: judgments and decisions
# ----------------------------------------------------------------------------------
CRIMES = [("사기", "fraud"), ("도로교통법위반(음주운전)", "dui"), ("전자금융거래법위반", "fraud"),
          ("업무상횡령", "fraud"), ("교통사고처리특례법위반(치상)", "traffic")]


def crime_facts(d, rng, c, kind, victim=None, defendant=None):
    if kind == "dui":
        d.t("피고인은 ")
        hn_date(d, c, rel="past")
        d.t(" 23:%02d경 %s 소재 식당 앞 도로에서부터 약 %dkm 구간을 혈중알코올농도 0.%03d%%의 술에 취한 상태로 " % (
            rng.randrange(60), ch(rng, DONGS), rng.randrange(1, 9), rng.randrange(35, 190)))
        d.v(plate(rng, c))
        d.t(" " + ch(rng, ["승용차", "화물차", "승합차"]) + "를 운전하였다.\n")
    elif kind == "traffic":
        d.t("피고인은 ")
        hn_date(d, c, rel="past")
        d.t(" 08:%02d경 " % rng.randrange(60))
        d.v(plate(rng, c))
        d.t(" 승용차를 운전하여 %s 교차로를 진행하던 중 전방주시의무를 게을리하여 피해자 " % ch(rng, DONGS))
        d.v(victim.v())
        d.t("(%d세)에게 약 %d주간의 치료가 필요한 상해를 입게 하였다.\n" % (c.year - victim.birth.year, rng.randrange(2, 12)))
    else:
        d.t("피고인은 ")
        hn_date(d, c, rel="past")
        d.t(" 피해자 ")
        d.v(victim.v())
        d.t("에게 \"투자하면 원금과 수익을 보장하겠다\"고 거짓말하여 이에 속은 피해자로부터 피고인 명의 ")
        bank, acct = bank_account(rng, c)
        d.t(bank + " 계좌(")
        d.v(acct)
        d.t(")로 ")
        d.h(amount(rng, 3000000, 300000000), "amount")
        d.t("을 송금받아 이를 편취하였다.\n")


@tpl("T28", "judgment_criminal", "판결·결정", ["court"], ALL_ERAS, "form", nopii=4)
def t_judgment_criminal(d, rng, c):
    k = c.inst
    crime, kind = ch(rng, CRIMES)
    if c.no_pii:
        d.t(k.name + "\n판          결  (비실명 공개본)\n\n사          건  ")
        d.h(case_no(rng, c, ch(rng, ["고단", "고합", "노"])), "case_number")
        d.t("  " + crime + "\n피    고    인  ")
        d.h("A", "placeholder_person")
        d.t("\n검          사  ")
        d.h("○○○", "placeholder_person")
        d.t("(기소)\n변    호    인  변호사 ")
        d.h("○○○", "placeholder_person")
        d.t("\n판  결  선  고  ")
        hn_date(d, c)
        d.t("\n\n주          문\n피고인을 벌금 ")
        d.h(amount(rng, 1000000, 20000000), "amount")
        d.t("에 처한다.\n\n범 죄 사 실\n피고인은 ")
        hn_date(d, c, rel="past")
        d.t(" 피해자 ")
        d.h("B", "placeholder_person")
        d.t("로부터 ")
        name_like(d, c, "product")
        d.t(" 납품 대금 명목으로 돈을 송금받아 편취하였다.\n\n법령의 적용: ")
        d.h(statute(rng, c, *P_CRIM), "statute_citation")
        d.t(", ")
        d.h(ch(rng, ["「형법」 제347조 제1항", "「형법」 제62조 제1항"]), "statute_citation")
        return
    dfd = person(rng, c, age=(20, 70))
    vic = person(rng, c, age=(20, 80))
    d.t(k.name + "\n판          결\n\n사          건  ")
    d.h(case_no(rng, c, ch(rng, ["고단", "고합", "고정"])), "case_number")
    d.t("  " + crime + "\n피    고    인  ")
    d.v(dfd.v())
    d.t(" (")
    d.v(rrn(rng, dfd, kind="masked") if chance(rng, 0.7) else dob(rng, dfd.birth, style="dot_sp"))
    d.t("), " + ch(rng, ["회사원", "무직", "자영업", "일용직"]) + "\n                주거 ")
    d.v(address(rng, c)[0])
    d.t("\n                등록기준지 ")
    d.v(address(rng, c, form="jibun", unit=False)[0])
    pros = person(rng, c, age=(28, 55))
    d.t("\n검          사  ")
    d.v(pros.v())
    d.t("(기소), ")
    d.v(person(rng, c, age=(28, 55)).v())
    d.t("(공판)\n변    호    인  변호사 ")
    d.v(person(rng, c, age=(28, 65)).v())
    d.t(ch(rng, ["(국선)", "(사선)", ""]) + "\n판  결  선  고  ")
    hn_date(d, c)
    d.t("\n\n주          문\n\n피고인을 징역 %d월에 처한다.\n다만, 이 판결 확정일부터 %d년간 위 형의 집행을 유예한다.\n\n" % (
        rng.randrange(4, 24), rng.randrange(1, 4)))
    d.t("이          유\n\n범 죄 사 실\n\n")
    crime_facts(d, rng, c, kind, vic, dfd)
    d.t("\n법령의 적용\n1. 범죄사실에 대한 해당법조: ")
    d.h(statute(rng, c, *P_CRIM), "statute_citation")
    d.t("\n2. 집행유예: 「형법」 제62조 제1항\n\n판사  ")
    d.v(person(rng, c, age=(30, 60)).v())


@tpl("T29", "judgment_civil", "판결·결정", ["court"], ALL_ERAS, "form", nopii=4)
def t_judgment_civil(d, rng, c):
    k = c.inst
    if c.no_pii:
        d.t(k.name + "\n판 결 (판결서 공개용)\n\n사 건  ")
        d.h(case_no(rng, c, ch(rng, ["가단", "가합", "나"])), "case_number")
        d.t(" 손해배상(기)\n원 고  ")
        d.h(ch(rng, ["A", "주식회사 ○○", "A 외 2인"]), "placeholder_person")
        d.t("\n피 고  ")
        d.h(ch(rng, ["B", "○○○", "B 주식회사"]), "placeholder_person")
        d.t("\n\n주 문\n1. 피고는 원고에게 ")
        d.h(amount(rng), "amount")
        d.t("을 지급하라.\n\n이 유\n원고는 ")
        hn_date(d, c, rel="past")
        d.t(" 피고 소유의 ")
        name_like(d, c, "place")
        d.t(" 소재 창고를 임차하였다. ")
        d.h(statute(rng, c, *P_CIVIL), "statute_citation")
        d.t("에 비추어 원고의 청구는 이유 있다.")
        return
    d.t(k.name + "\n판 결\n\n사 건  ")
    d.h(case_no(rng, c, ch(rng, ["가단", "가합", "가소"])), "case_number")
    d.t(" " + ch(rng, ["대여금", "손해배상(기)", "임대차보증금", "물품대금"]) + "\n원 고  ")
    corp = chance(rng, 0.4)
    if corp:
        co = company(rng)
        d.h(co, "company_name")
        d.t(" (법인등록번호 ")
        d.v(crn(rng))
        d.t(")\n       ")
        d.v(address(rng, c, unit=chance(rng, 0.5))[0])
        d.t("\n       대표이사 ")
        d.v(person(rng, c, age=(35, 70)).v())
    else:
        pl = person(rng, c)
        d.v(pl.v())
        d.t("\n       ")
        d.v(address(rng, c)[0])
    d.t("\n       소송대리인 변호사 ")
    d.v(person(rng, c, age=(30, 65)).v())
    df = person(rng, c)
    d.t("\n피 고  ")
    d.v(df.v())
    d.t("\n       ")
    d.v(address(rng, c)[0])
    d.t("\n\n변 론 종 결  ")
    hn_date(d, c, rel="past")
    d.t("\n판 결 선 고  ")
    hn_date(d, c)
    amt = amount(rng, 1000000, 200000000)
    d.t("\n\n주 문\n1. 피고는 원고에게 ")
    d.h(amt, "amount")
    d.t(" 및 이에 대하여 ")
    hn_date(d, c, rel="past")
    d.t("부터 다 갚는 날까지 연 12%의 비율로 계산한 돈을 지급하라.\n2. 소송비용은 피고가 부담한다.\n\n이 유\n")
    d.t("1. 인정사실\n원고는 ")
    hn_date(d, c, rel="past2")
    d.t(" 피고에게 위 돈을 대여하면서 피고 명의의 ")
    bank, acct = bank_account(rng, c)
    d.t(bank + " 계좌(")
    d.v(acct)
    d.t(")로 송금하였다[갑 제1호증, ")
    d.h("갑", "placeholder_person")
    d.t(" 제2호증의 1, 2의 각 기재].\n2. 판단\n")
    d.h(statute(rng, c, *P_CIVIL), "statute_citation")
    d.t("에 비추어 원고의 청구는 이유 있다.\n\n판사  ")
    d.v(person(rng, c, age=(30, 60)).v())


@tpl("T30", "appeal_decision_anonymised", "판결·결정", ["tax", "ministry", "court", "sido", "prosecution"],
     ["1990s", "2000s", "2010s", "2020s"], "prose", nopii=2)
def t_appeal(d, rng, c):
    k = c.inst
    tax = k.kind == "tax" or chance(rng, 0.3)
    d.t(("조세심판원 결정\n사건번호 " if tax else "행정심판위원회 재결서\n사건번호 "))
    d.h(("조심 %d%s%d" % (c.year, ch(rng, ["서", "중", "광", "부"]), rng.randrange(100, 9999))) if tax else
        "%d-%05d" % (c.year, rng.randrange(100000)), "case_number")
    d.t("\n청 구 인  ")
    d.h(ch(rng, ["갑", "김○○", "A법인", "(주)○○"]), "placeholder_person")
    d.t("\n피청구인  ")
    d.h(ch(rng, ["%s세무서장" % ch(rng, INSTR), office_name(rng)]),
        "official_by_office")
    if not c.no_pii:
        d.t("\n대 리 인  " + ch(rng, ["세무사", "변호사", "공인회계사"]) + " ")
        d.v(person(rng, c, age=(30, 65)).v())
        d.t(" (연락처 ")
        d.v(landline(rng, c))
        d.t(")")
    d.t("\n\n주문  심판청구를 기각한다.\n\n이유\n1. 처분 개요\n  처분청은 ")
    hn_date(d, c, rel="past")
    d.t(" 청구인에게 ")
    d.h(docno(rng, c, ch(rng, ["재산세과", "부가가치세과", "세무과"])), "document_number")
    d.t("로 ")
    d.h(amount(rng), "amount")
    d.t("을 부과하였다.\n2. 관련 법령: ")
    d.h((statute(rng, c, *P_TAX) if tax else statute(rng, c, *P_ADMIN)), "statute_citation")
    d.t(", 같은 법 시행령 제%d조\n3. 판단\n  청구인은 쟁점 부동산을 " % rng.randrange(2, 60))
    d.h(ch(rng, ["을", "B사", "이 모 씨"]), "placeholder_person")
    d.t("에게 양도한 것이 아니라고 주장하나, 제출된 증빙만으로는 이를 인정하기 어렵다.")
    if not c.no_pii and chance(rng, 0.5):
        d.t(" (청구인 사업자등록번호 ")
        d.v(brn(rng))
        d.t(")")


# ----------------------------------------------------------------------------------
# templates: audit / discipline
# ----------------------------------------------------------------------------------
@tpl("T31", "audit_report", "감사·징계", GEN, ALL_ERAS, "labelled_fields", nopii=4)
def t_audit(d, rng, c):
    k = c.inst
    d.t("감사 결과 처분요구서\n\n1. 감사 개요\n  - 대상기관: " + k.name + "\n  - 감사기간: ")
    hn_date(d, c, rel="past2")
    d.t(" ~ ")
    hn_date(d, c, rel="past")
    d.t("\n2. 지적사항: " + ch(rng, ["보조금 집행 부적정", "계약 업무 처리 부적정", "개인정보 관리 소홀", "초과근무수당 부당 수령"]) + "\n")
    if c.no_pii:
        d.t("  가. 관련자: ")
        d.h(ch(rng, ["○○과 6급 김○○", "주무관 A", "팀장 B"]), "placeholder_person")
        d.t("\n  나. 부당 지급액: ")
        d.h(amount(rng), "amount")
        d.t(" (")
        d.h(company(rng), "company_name")
        d.t(")\n  다. 조치: 주의 요구, 회수 조치\n근거: ")
        d.h(statute(rng, c, *P_AUDIT), "statute_citation")
        d.t("\n\n")
        d.h(ch(rng, ["감사담당관", "감사관", "감사실장"]), "official_by_office")
        return
    d.t("  가. 관련자: ")
    for j in range(rng.randrange(1, 3)):
        p = person(rng, c, age=(28, 60))
        if j:
            d.t(", ")
        d.t(ch(rng, ["행정6급 ", "시설7급 ", "주무관 ", "전 팀장 "]))
        d.v(p.v())
    co = company(rng)
    rep = person(rng, c, age=(30, 70))
    d.t("\n  나. 내용: 위 관련자는 수의계약 한도를 초과하여 ")
    d.h(co, "company_name")
    d.t("(대표 ")
    d.v(rep.v())
    d.t(", 사업자등록번호 ")
    d.v(brn(rng))
    if chance(rng, 0.6):
        d.t(", 법인등록번호 ")
        d.v(crn(rng))
    d.t(")와 계약을 체결하고 ")
    d.h(amount(rng), "amount")
    d.t("을 업체 계좌(")
    bank, acct = bank_account(rng, c)
    d.t(bank + " ")
    d.v(acct)
    d.t(")로 지급하였다.\n  다. 조치: " + ch(rng, ["경징계 요구", "훈계", "주의 요구 및 회수"]) + "\n근거: ")
    d.h(statute(rng, c, *P_AUDIT), "statute_citation")
    d.t("\n\n")
    d.h(ch(rng, ["감사담당관", "감사관", "감사실장"]), "official_by_office")


@tpl("T32", "discipline_resolution", "감사·징계", GEN, ALL_ERAS, "form")
def t_discipline(d, rng, c):
    k = c.inst
    p = person(rng, c, age=(27, 59))
    d.t("징 계 의 결 서\n\n징계혐의자 인적사항\n소속: %s %s\n직위(직급): %s\n성명: " % (
        k.name, k.dept, ch(rng, ["지방행정주사(6급)", "행정주사보", "경사", "소방장", "교사"])))
    d.v(p.v())
    d.t("\n생년월일: ")
    d.v(dob(rng, p.birth))
    d.t("\n\n의결주문: " + ch(rng, ["정직 1월", "감봉 2월", "견책", "강등"]) + "에 처한다.\n\n이유\n")
    d.t("징계혐의자는 ")
    hn_date(d, c, rel="past")
    d.t(" 22:%02d경 자신 소유의 " % rng.randrange(60))
    d.v(plate(rng, c))
    d.t(" 승용차를 혈중알코올농도 0.%03d%% 상태로 운전하다 적발되어 운전면허(" % rng.randrange(30, 200))
    d.v(driver_license(rng, c, p))
    d.t(")가 " + ch(rng, ["취소", "정지"]) + "되었다. 이는 ")
    d.h(ch(rng, ["「지방공무원법」 제55조", "「국가공무원법」 제63조"]), "statute_citation")
    d.t("(품위 유지의 의무)를 위반한 것이다.\n징계혐의자가 제출한 진술서에 의하면 평소 주소지(")
    d.v(address(rng, c)[0])
    d.t(")에서 대리운전을 호출하였으나 배차되지 않았다고 한다.\n\n")
    hn_date(d, c)
    d.t("\n")
    d.h(k.name + " 인사위원회 위원장", "official_by_office")


# ----------------------------------------------------------------------------------
# templates: police / fire / hospital / school / welfare
# ----------------------------------------------------------------------------------
def party_block(d, rng, c, label, foreign=False):
    p = person(rng, c, age=(20, 75), foreign=foreign)
    d.t("[%s]\n성명: " % label)
    d.v(p.v())
    if p.nat != "KR":
        d.t("  국적: %s  외국인등록번호: " % NATION_KO[p.nat])
        d.v(frn(rng, p))
    else:
        d.t("  주민등록번호: ")
        d.v(rrn(rng, p, kind=ch(rng, ["valid", "valid", "masked"])))
    d.t("\n주소: ")
    d.v(address(rng, c)[0])
    d.t("\n연락처: ")
    d.v(phone_any(rng, c))
    d.t("\n운전면허: ")
    if p.nat != "KR" and chance(rng, 0.5):
        d.t("국제운전면허(여권번호 ")
        d.v(passport(rng, c, foreign=p.nat))
        d.t(")")
    else:
        d.v(driver_license(rng, c, p))
    d.t("\n차량번호: ")
    d.v(plate(rng, c))
    d.t("  보험: ")
    d.h(ch(rng, ["한빛손해보험", "새솔화재", "가람손보", "누리화재해상"]), "company_name")
    d.t(" (사고접수번호 ")
    d.h("%d%02d%06d" % (c.year, rng.randrange(1, 13), rng.randrange(10 ** 6)), "receipt_number")
    d.t(")\n")
    return p


@tpl("T33", "police_traffic_accident", "경찰 기록", ["police"], ALL_ERAS, "labelled_fields")
def t_police_traffic(d, rng, c):
    k = c.inst
    d.t(ch(rng, ["교통사고 사실확인원", "교통사고 발생 보고", "교통사고 조사 결과 통보"]) + "\n" + k.name + " " +
        ch(rng, ["교통조사계", "교통사고조사팀"]) + "\n접수번호 ")
    d.h(receipt_no(rng, c), "receipt_number")
    d.t("\n발생일시 ")
    hn_date(d, c, rel="past")
    d.t(" %02d:%02d\n발생장소 %s %s 교차로 부근\n\n" % (rng.randrange(24), rng.randrange(60), ch(rng, INSTR), ch(rng, DONGS)))
    party_block(d, rng, c, "운전자 1 (가해)")
    d.t("\n")
    party_block(d, rng, c, "운전자 2 (피해)", foreign=(c.year >= 2000 and chance(rng, 0.3)))
    d.t("\n사고내용: 신호위반으로 인한 측면 충돌, 경상 1명\n조사관: " + ch(rng, ["경사", "경장", "경위"]) + " ")
    d.v(staff(c)[0].v())
    d.t(" (")
    d.v(direct(c, k))
    d.t(")\n※ 사고 관련 문의: ")
    sb(d, k)


@tpl("T34", "police_fraud_report", "경찰 기록", ["police"], ["2000s", "2010s", "2020s"], "prose")
def t_police_fraud(d, rng, c):
    k = c.inst
    v = person(rng, c, age=(25, 85))
    d.t("사건 접수 보고(전기통신금융사기)\n" + k.name + " 수사과\n\n1. 피해자\n  성명: ")
    d.v(v.v())
    d.t(" (")
    d.v(dob(rng, v.birth, style=ch(rng, ["dot_sp", "kor", "yy_dot"])))
    d.t("생, %d세)\n  주소: " % (c.year - v.birth.year))
    d.v(address(rng, c)[0])
    d.t("\n  연락처: ")
    d.v(mobile(rng, c))
    d.t("\n\n2. 피해 경위\n  피해자는 ")
    hn_date(d, c, rel="past")
    d.t(" 자신을 검찰 수사관이라고 소개한 자로부터 전화(")
    d.v(ch(rng, [phone070(rng), mobile(rng, c)]))
    d.t(")를 받고, \"계좌가 범죄에 연루되었다\"는 말에 속아 ")
    bank, acct = bank_account(rng, c)
    d.t(bank + " 계좌 ")
    d.v(acct)
    d.t("(예금주 ")
    mule = person(rng, c, age=(20, 60))
    d.v(mule.v())
    d.t(")로 ")
    d.h(amount(rng, 3000000, 80000000), "amount")
    d.t("을 이체하였음.\n  또한 피해자의 신용카드(")
    d.v(card(rng, masked=chance(rng, 0.4)))
    d.t(") 정보가 알려져 결제가 시도되었음.\n")
    if c.year >= 2005:
        d.t("  은행 회신에 따르면 인출 당시 접속 IP는 ")
        d.v(ip(rng, "public"))
        d.t("로 확인됨.\n")
    d.t("\n3. 조치: 지급정지 요청, ")
    d.h(statute(rng, c, *P_FRAUD), "statute_citation")
    d.t(" 위반 혐의로 수사 착수\n담당: " + ch(rng, ["경위", "경사"]) + " ")
    d.v(staff(c)[0].v())
    d.t(" ")
    d.v(direct(c, k))
    d.t("\n※ 긴급신고 ")
    d.h("112", "institution_switchboard")


@tpl("T35", "fire_ems_log", "소방 기록", ["fire"], ALL_ERAS, "labelled_fields")
def t_fire_ems(d, rng, c):
    k = c.inst
    d.t("구급활동일지\n" + k.name + " " + ch(rng, ["중앙119안전센터", "119구급대", "북부119안전센터"]) + "\n")
    d.t("출동일시: ")
    hn_date(d, c, "dot_pad")
    d.t(" %02d:%02d  신고: " % (rng.randrange(24), rng.randrange(60)))
    d.h("119", "institution_switchboard")
    d.t(" 접수\n")
    p = person(rng, c, age=(1, 95))
    d.t("환자 성명: ")
    d.v(p.v())
    d.t("  성별: " + ("남" if p.sex == "M" else "여") + "  나이: %d세\n생년월일: " % (c.year - p.birth.year))
    d.v(dob(rng, p.birth))
    d.t("\n발생장소(자택): ")
    d.v(address(rng, c)[0])
    g = person(rng, c, age=(25, 70))
    d.t("\n보호자: ")
    d.v(g.v())
    d.t(" (" + ch(rng, ["배우자", "자녀", "부", "모", "이웃"]) + ") ")
    d.v(phone_any(rng, c))
    if chance(rng, 0.5):
        d.t("\n건강보험증 번호: ")
        d.v(health_ins(rng))
    d.t("\n주증상: " + ch(rng, ["흉통", "호흡곤란", "낙상에 의한 두부 열상", "의식저하", "복통"]) + "\n이송병원: ")
    d.h(ch(rng, ["%s의료원" % ch(rng, INSTR), "%s병원" % ch(rng, UNIVS)]), "institution_name")
    d.t("\n구급대원: 소방교 ")
    d.v(staff(c)[0].v())
    d.t(", 소방사 ")
    d.v(staff(c)[0].v())


@tpl("T36", "fire_investigation", "소방 기록", ["fire"], ALL_ERAS, "labelled_fields", nopii=4)
def t_fire_inv(d, rng, c):
    k = c.inst
    d.t("화재현장 조사서\n화재번호: ")
    d.h(mgmt_no(rng, c), "public_record_id")
    d.t("\n발화일시: ")
    hn_date(d, c, rel="past")
    d.t(" %02d:%02d경\n" % (rng.randrange(24), rng.randrange(60)))
    if c.no_pii:
        d.t("발화장소: %s 소재 %s 창고\n관계자: " % (ch(rng, DONGS), ch(rng, ["공장", "비닐하우스", "물류"])))
        d.h(ch(rng, ["(주)○○물류", "김○○", "소유자 A"]), "placeholder_person")
        d.t("\n재산피해: ")
        d.h(amount(rng), "amount")
        d.t("\n발화원인: 전기적 요인(추정)\n")
        d.h(k.head, "official_by_office")
        return
    vehicle = chance(rng, 0.4)
    p = person(rng, c)
    if vehicle:
        d.t("발화장소: %s 노상 주차 차량\n차량번호: " % ch(rng, DONGS))
        d.v(plate(rng, c))
        d.t("\n")
    else:
        d.t("발화장소: ")
        d.v(address(rng, c, unit=False)[0])
        d.t(" (%s)\n" % ch(rng, ["단독주택", "주택", "점포 겸 주택"]))
    d.t("관계자(소유자): ")
    d.v(p.v())
    d.t(" (")
    d.v(dob(rng, p.birth, c=c))
    d.t(")  연락처 ")
    d.v(phone_any(rng, c))
    d.t("\n재산피해: ")
    d.h(amount(rng), "amount")
    d.t("\n발화원인: " + ch(rng, ["전기적 요인", "부주의(담배꽁초)", "기계적 요인", "미상"]) + "\n조사관: 소방위 ")
    d.v(staff(c)[0].v())


@tpl("T37", "hospital_admission", "병원 기록", ["hospital"], ALL_ERAS, "form")
def t_hospital(d, rng, c):
    k = c.inst
    d.t(k.name + "\n" + ch(rng, ["입원약정서", "진료의뢰서", "진료비 세부내역 발급 신청서"]) + "\n\n")
    p = person(rng, c, age=(1, 90), foreign=(c.year >= 2005 and chance(rng, 0.15)))
    d.t("환자 성명 | ")
    d.v(p.v())
    d.t("\n" + ("주민등록번호" if p.nat == "KR" else "외국인등록번호") + " | ")
    d.v(idnum(c, p, 0.5))
    d.t("\n" + ("의료보험증 번호" if c.year < 2000 else "건강보험증 번호") + " | ")
    d.v(health_ins(rng))
    d.t("\n주소 | ")
    d.v(address(rng, c)[0])
    d.t("\n연락처 | ")
    d.v(phone_any(rng, c))
    g = person(rng, c, age=(25, 75))
    d.t("\n보호자(연대보증인) | ")
    d.v(g.v())
    d.t(" / 관계: " + ch(rng, ["배우자", "자녀", "부모"]) + " / 연락처: ")
    d.v(mobile(rng, c))
    d.t("\n진료과 | " + ch(rng, ["내과", "정형외과", "신경과", "소아청소년과"]) + "\n담당의 | ")
    d.v(staff(c)[0].v())
    d.t(" (면허번호 제")
    d.h("%d" % rng.randrange(10000, 140000), "license_number")
    d.t("호)\n\n")
    hn_date(d, c)
    d.t("\n원무과 문의 ")
    sb(d, k)


@tpl("T38", "hospital_vaccination", "병원 기록", ["hospital", "emd", "ministry"], ["2010s", "2020s"], "header_table")
def t_vaccine(d, rng, c):
    k = c.inst
    d.t("예방접종 내역 확인서 - " + k.name + " " + ch(rng, ["보건소", "소아청소년과", "예방접종실"]) + "\n\n")
    kid = person(rng, c, age=(0, 4))
    par = person(rng, c, age=(26, 45))
    d.t("피접종자 | ")
    d.v(kid.v())
    d.t("\n주민등록번호 | ")
    d.v(rrn(rng, kid, kind=None if kid.birth >= datetime.date(2020, 10, 1) else ch(rng, ["valid", "masked"])))
    d.t("\n건강보험 | ")
    d.v(health_ins(rng))
    d.t("\n보호자 | ")
    d.v(par.v())
    d.t(" (")
    d.v(mobile(rng, c))
    d.t(")\n\n접종일 | 백신 | 차수 | 접종기관\n")
    span_days = max(1, (c.docdate - kid.birth).days)
    offs = sorted(rng.randrange(span_days) for _ in range(rng.randrange(2, 4)))
    for j, o in enumerate(offs):
        d.h(fmt_date(kid.birth + datetime.timedelta(days=o), "iso"), "date")
        d.t(" | " + ch(rng, ["BCG", "B형간염", "DTaP", "폐렴구균", "MMR", "수두"]) + " | %d차 | " % (j + 1))
        d.h(k.name, "institution_name")
        d.t("\n")
    d.t("\n※ 예방접종 도우미 ")
    d.h("1339", "institution_switchboard")


@tpl("T39", "school_record", "학교·대학 기록", ["school"], ALL_ERAS, "form")
def t_school(d, rng, c):
    k = c.inst
    old = c.year < 2000
    kind = ch(rng, ["가정환경조사서" if old else "전입학 신청서", "장학금 추천서", "학생 상담 기록"])
    d.t(k.name + "\n" + kind + "\n\n")
    st = person(rng, c, age=(7, 18))
    d.t("학생 성명: ")
    d.v(st.v())
    d.t("   학년/반: %d학년 %d반\n생년월일: " % (rng.randrange(1, 7), rng.randrange(1, 12)))
    d.v(dob(rng, st.birth, c=c))
    d.t("\n주소: ")
    d.v(address(rng, c)[0])
    par = person(rng, c, age=(30, 60))
    d.t("\n보호자: ")
    d.v(par.v())
    d.t(" (" + ch(rng, ["부", "모", "조모"]) + ", " + ch(rng, ["회사원", "자영업", "농업", "공무원"]) + ")\n보호자 연락처: ")
    d.v(phone_any(rng, c))
    if kind == "장학금 추천서" and c.year >= 1995:
        bank, acct = bank_account(rng, c)
        d.t("\n장학금 입금 계좌: " + bank + " ")
        d.v(acct)
        d.t(" (예금주 ")
        d.v(par.v())
        d.t(")\n장학금액: ")
        d.h(amount(rng, 300000, 3000000), "amount")
    d.t("\n\n담임교사 ")
    d.v(staff(c)[0].v())
    d.t(" (인)\n")
    d.h(k.head, "official_by_office")
    d.t(" 귀하")


@tpl("T40", "university_intl_student", "학교·대학 기록", ["university"], ALL_ERAS, "labelled_fields")
def t_univ(d, rng, c):
    k = c.inst
    nat = ch(rng, sorted(NATION_KO))
    p = person(rng, c, foreign=nat, age=(19, 35), script=ch(rng, ["latin", "latin", "hangul"]))
    d.t(k.name + " " + ch(rng, ["국제교류처", "국제처"]) + "\n" + ch(rng, ["재학증명 및 체류기간 연장 추천서", "외국인 유학생 신원 확인서"]) + "\n\n")
    d.t("성명: ")
    d.v(p.v())
    d.t("\n국적: " + NATION_KO[nat] + "\n학번: ")
    d.h("%d%05d" % (c.year - rng.randrange(0, 4), rng.randrange(100000)), "student_id")
    d.t("\n외국인등록번호: ")
    d.v(frn(rng, p))
    d.t("\n여권번호: ")
    d.v(passport(rng, c, foreign=nat))
    d.t("\n생년월일: ")
    d.v(dob(rng, p.birth, style=ch(rng, ["iso", "dot_pad", "eng", "dot_sp"])))
    d.t("\n체류지: ")
    d.v(address(rng, c)[0])
    d.t("\n연락처: ")
    d.v(mobile(rng, c))
    if c.year >= 1996:
        d.t("\n이메일: ")
        d.v(email(rng, c, p, domain=web(c, k)))
    d.t("\n\n위 학생은 본교에 재학 중임을 확인합니다.\n")
    hn_date(d, c)
    d.t("\n")
    d.h(k.head, "official_by_office")
    d.t("\n담당: ")
    d.v(staff(c)[0].v())
    d.t(" ")
    d.v(direct(c, k))


@tpl("T41", "welfare_case_record", "복지 기록", ["welfare", "emd"], ALL_ERAS, "labelled_fields")
def t_welfare_case(d, rng, c):
    k = c.inst
    p = person(rng, c, age=(30, 85))
    d.t(k.name + " 사례관리 상담기록지\n\n상담일: ")
    hn_date(d, c)
    d.t("\n대상자: ")
    d.v(p.v())
    d.t(" / ")
    d.v(rrn(rng, p))
    d.t("\n건강보험: ")
    d.v(health_ins(rng))
    d.t("\n주소: ")
    d.v(address(rng, c)[0])
    d.t("\n연락처: ")
    d.v(phone_any(rng, c))
    d.t("\n가구원: ")
    if chance(rng, 0.6) and c.year >= 1995:
        sp = person(rng, c, foreign=ch(rng, ["VN", "CN", "PH", "UZ", "TH"]), age=(22, 50))
        d.t("배우자 ")
        d.v(sp.v())
        d.t("(결혼이민, ")
        d.v(frn(rng, sp, masked=chance(rng, 0.3)))
        d.t("), ")
    kid = relative(rng, c, p, "자녀")
    if kid is not None:
        d.t("자녀 ")
        d.v(kid.v())
        d.t("(")
        d.v(rrn(rng, kid))
        d.t(")")
    else:
        d.t("없음(1인 가구)")
    d.t("\n\n상담 내용: 월세 %d개월 체납, 실직으로 인한 생계 곤란 호소. " % rng.randrange(2, 9))
    d.h(statute(rng, c, "긴급복지지원법", "국민기초생활 보장법"), "statute_citation")
    d.t("에 따른 긴급지원 ")
    d.h(amount(rng, 500000, 2000000), "amount")
    d.t(" 지원 결정.\n지급계좌: ")
    bank, acct = bank_account(rng, c)
    d.t(bank + " ")
    d.v(acct)
    d.t("\n상담자: 사회복지사 ")
    d.v(staff(c)[0].v())
    d.t("\n※ 보건복지상담센터 ")
    d.h("129", "institution_switchboard")


@tpl("T42", "welfare_care_list", "복지 기록", ["welfare", "emd", "hospital"], ALL_ERAS, "headerless_table")
def t_welfare_list(d, rng, c):
    d.t(ch(rng, ["독거노인 안부확인 대상자", "방문 돌봄 대상자 명단", "경로식당 이용자 명부"]) + "\n")
    header = chance(rng, 0.4)
    c.layout = "header_table" if header else "headerless_table"
    sep = ch(rng, ["  ", "\t", " / "])
    if header:
        d.t(sep.join(["성명", "생년월일", "주소", "전화", "보호자 연락처"]) + "\n")
    for r in range(rng.randrange(3, 6)):
        p = person(rng, c, age=(65, 95))
        d.v(p.v())
        d.t(sep)
        d.v(dob(rng, p.birth, style=ch(rng, ["yy_dot", "dot_sp", "yymmdd", "kor", "dot_pad"])))
        d.t(sep)
        d.v(address(rng, c)[0])
        d.t(sep)
        d.v(landline(rng, c))
        d.t(sep)
        if chance(rng, 0.6) and c.year >= 1996:
            d.v(mobile(rng, c))
        else:
            d.t("없음")
        d.t("\n")
    d.t("담당: ")
    d.h(ch(rng, ["관장", "팀장", "복지담당"]), "official_by_office")
    d.t(" / 기준일 ")
    hn_date(d, c)


# ----------------------------------------------------------------------------------
# templates: chats, call transcripts, access logs
# ----------------------------------------------------------------------------------
@tpl("T43", "chat_messenger", "채팅·메신저", GEN, ["2010s", "2020s"], "log", media="digital", nopii=3)
def t_chat(d, rng, c):
    k = c.inst
    d.t(ch(rng, ["[업무 메신저 대화 내보내기]", "카카오톡 대화 - 민원 상담방", "[사내 메신저] 대화 기록"]) + "\n")
    hn_date(d, c, "iso")
    d.t("\n")
    a = staff(c)[0]
    b = person(rng, c)
    t0 = rng.randrange(9, 17)
    tm = lambda j: "[%s %d:%02d]" % ("오전" if t0 + j // 3 < 12 else "오후", (t0 + j // 3 - 1) % 12 + 1, (7 * j + 3) % 60)
    if c.no_pii:
        lines = [("담당자", "회의 자료 올렸습니다. 예산은 %s입니다." % amount(rng)), ("팀장님", "확인했어요. "),
                 ("담당자", "민원인 김○○님 건은 내일 회신 예정입니다."), ("팀장님", "네 수고하셨습니다.")]
        for j, (who, msg) in enumerate(lines):
            d.t(tm(j) + " " + who + ": ")
            if "김○○" in msg:
                d.t("민원인 ")
                d.h("김○○", "placeholder_person")
                d.t("님 건은 내일 회신 예정입니다.\n")
            elif "예산" in msg:
                d.t("회의 자료 올렸습니다. 예산은 ")
                d.h(amount(rng), "amount")
                d.t("입니다. 문의는 ")
                sb(d, k)
                d.t("\n")
            else:
                d.t(msg + "\n")
        return
    j = 0

    def say(who, *parts):
        nonlocal j
        d.t(tm(j) + " ")
        d.v(who.v())
        d.t(ch(rng, [" 주무관", ""]) if who is a else "")
        d.t(": ")
        for x in parts:
            if isinstance(x, V):
                d.v(x)
            else:
                d.t(x)
        d.t("\n")
        j += 1
    say(a, "안녕하세요, %s %s입니다. 신청하신 건 관련해서 연락드렸어요." % (k.name, k.dept))
    say(b, "네 안녕하세요. 제 번호는 ", mobile(rng, c, fmt=ch(rng, ["hyphen", "nohyphen", "space"])), " 이고 낮엔 통화 어려워요")
    r = rng.sample(["addr", "acct", "plate", "email", "dob", "card"], 3)
    for x in r:
        if x == "addr":
            say(a, "서류 받으실 주소 알려주시겠어요?")
            say(b, address(rng, c)[0], " 로 보내주세요")
        elif x == "acct":
            bank, acct = bank_account(rng, c)
            say(b, "환급금은 %s " % bank, acct, " 으로 받을게요")
        elif x == "plate":
            say(b, "주차 등록 차량은 ", plate(rng, c), " 입니다")
        elif x == "email":
            say(b, "메일은 ", email(rng, c, b), " 로 부탁드려요")
        elif x == "card":
            say(a, "결제 취소할 카드번호 전체를 확인해야 합니다")
            say(b, card(rng, fmt=ch(rng, ["hyphen", "space", "nohyphen"])), " 이거예요")
        else:
            say(a, "본인 확인을 위해 생년월일 부탁드립니다")
            say(b, dob(rng, b.birth, style=ch(rng, ["yymmdd", "dot_pad_noend", "kor", "yyyymmdd"])))
    say(a, "확인했습니다. 처리되면 다시 안내드릴게요. 근거 규정은 ", "", )
    d.seg.pop()
    d.h(istat(rng, c), "statute_citation")
    d.t(" 입니다.\n")


@tpl("T44", "call_transcript", "통화 녹취", GEN, ["2000s", "2010s", "2020s"], "log", media="digital", nopii=4)
def t_call(d, rng, c):
    k = c.inst
    d.t("[통화 녹취록] " + k.name + " " + ch(rng, ["민원콜센터", "상담실", k.dept]) + "\n녹취일시: ")
    hn_date(d, c)
    d.t(" %02d:%02d\n\n" % (rng.randrange(9, 18), rng.randrange(60)))
    ag = staff(c)[0]
    if c.no_pii:
        d.t("상담사: 네, 상담사 ")
        d.h(ch(rng, ["○○○", "김○○"]), "placeholder_person")
        d.t("입니다. 무엇을 도와드릴까요?\n민원인: " + (
            "과태료 " if k.kind in ("sigungu", "sido", "police", "emd", "ministry") else
            ("체납 세금 " if k.kind == "tax" else "수강료·이용료 ")))
        d.h(amount(rng, 20000, 200000), "amount")
        d.t(" 고지서를 받았는데요, 분할 납부가 되나요?\n상담사: 네, ")
        d.h(istat(rng, c), "statute_citation")
        d.t("에 따라 가능합니다. 자세한 사항은 ")
        sb(d, k)
        d.t("로 문의 부탁드립니다.\n민원인: 네 감사합니다.")
        return
    p = person(rng, c)
    d.t("상담사: 네, %s 상담사 " % k.name)
    d.v(ag.v())
    d.t("입니다.\n민원인: 네, 저는 ")
    d.v(p.v())
    d.t("이라고 하는데요, ")
    d.t(ch(rng, ["지난달 낸 수수료 환불 때문에 전화드렸어요.", "카드 결제가 두 번 된 것 같아서요.", "서류가 아직 안 와서요."]) + "\n")
    d.t("상담사: 본인 확인을 위해 생년월일을 말씀해 주시겠어요?\n민원인: ")
    d.v(dob(rng, p.birth, style=ch(rng, ["yymmdd", "kor", "kor_yy"])))
    d.t("이요.\n상담사: 결제하신 카드번호를 불러 주시겠어요?\n민원인: ")
    d.v(card(rng, fmt=ch(rng, ["space", "hyphen"])))
    d.t(" 이요.\n상담사: 회신받으실 연락처는요?\n민원인: ")
    d.v(mobile(rng, c, fmt=ch(rng, ["space", "hyphen", "nohyphen"])))
    d.t(" 입니다.\n")
    if chance(rng, 0.5):
        d.t("상담사: 환불 계좌도 확인하겠습니다.\n민원인: ")
        bank, acct = bank_account(rng, c)
        d.t(bank + " ")
        d.v(acct)
        d.t(" 이에요.\n")
    d.t("상담사: 접수번호는 ")
    d.h(receipt_no(rng, c), "receipt_number")
    d.t("입니다. 감사합니다.")


@tpl("T45", "access_log", "접속 기록", GEN, ["2000s", "2010s", "2020s"], "log", media="digital", n=16)
def t_access_log(d, rng, c):
    k = c.inst
    d.t("# %s %s access log  (agent ver " % (k.name, ch(rng, ["민원처리시스템", "새올행정시스템", "통합복지시스템", "학사정보시스템"])))
    d.h("%d.%d.%d.%d" % (rng.randrange(1, 12), rng.randrange(10), rng.randrange(1000, 20000), rng.randrange(100, 9999)),
        "version_number")
    d.t(")\n")
    secs = sorted(rng.randrange(86400) for _ in range(rng.randrange(3, 7)))
    day = date_txt(c, "iso")
    for sec in secs:
        d.t(day + " %02d:%02d:%02d " % (sec // 3600, sec // 60 % 60, sec % 60))
        d.t(ch(rng, ["INFO", "INFO", "WARN"]) + " user=")
        d.h("u%05d" % rng.randrange(100000), "system_user_id")
        d.t(" ip=")
        d.v(ip(rng))
        act = rng.randrange(6)
        if act == 0:
            d.t(" action=SEARCH q=")
            p = person(rng, c)
            d.v(rrn(rng, p, kind=ch(rng, ["valid", "masked"]), fmt="hyphen"))
        elif act == 1:
            d.t(" action=VIEW subject=\"")
            d.v(person(rng, c).v())
            d.t("\"")
        elif act == 2:
            d.t(" action=LOGIN account=")
            d.v(email(rng, c, None))
        elif act == 3:
            d.t(" action=EXPORT file=list_%d.xlsx rows=%d" % (rng.randrange(1000), rng.randrange(1, 500)))
        elif act == 4:
            d.t(" action=UPDATE field=phone new=")
            d.v(mobile(rng, c, fmt="hyphen"))
        else:
            d.t(" action=PAY card=")
            d.v(card(rng, masked=chance(rng, 0.6), fmt="hyphen"))
            d.t(" amount=%d" % (rng.randrange(1, 500) * 1000))
        d.t(" session=")
        d.h("%08x" % rng.randrange(16 ** 8), "session_id")
        d.t("\n")


@tpl("T46", "privacy_log_review", "접속 기록", GEN, ["2010s", "2020s"], "header_table", nopii=3)
def t_privacy_log(d, rng, c):
    k = c.inst
    d.t("개인정보처리시스템 접속기록 점검 결과 (%s)\n" % k.name)
    d.t("근거: ")
    d.h("「개인정보의 안전성 확보조치 기준」 제8조", "statute_citation")
    p0 = c.docdate - datetime.timedelta(days=rng.randrange(60, 200))
    p1 = c.docdate - datetime.timedelta(days=rng.randrange(1, 30))
    d.t("\n점검기간: ")
    d.h(fmt_date(p0, ch(rng, ["dot_sp", "iso"])), "date")
    d.t(" ~ ")
    d.h(fmt_date(p1, ch(rng, ["dot_sp", "iso"])), "date")
    d.t("\n\n")
    header = chance(rng, 0.6)
    c.layout = "header_table" if header else "headerless_table"
    sep = ch(rng, ["|", " | ", "\t"])
    if header:
        d.t(sep.join(["접속일시", "취급자ID", "접속IP", "정보주체", "수행업무", "판정"]) + "\n")
    for r in range(rng.randrange(2, 5)):
        d.h(fmt_date(p0 + datetime.timedelta(days=rng.randrange((p1 - p0).days + 1)), "iso") +
            " %02d:%02d" % (rng.randrange(24), rng.randrange(60)), "date")
        d.t(sep)
        d.h("u%05d" % rng.randrange(100000), "system_user_id")
        d.t(sep)
        if c.no_pii:
            d.t("***.***.***.***" + sep)
            d.h(ch(rng, ["김○○", "이○○", "박**"]), "placeholder_person")
        else:
            d.v(ip(rng, ch(rng, ["private", "public", "private"])))
            d.t(sep)
            d.v(person(rng, c).v())
        d.t(sep + ch(rng, ["조회", "출력", "다운로드", "수정"]) + sep + ch(rng, ["정상", "소명 요청", "과다조회"]) + "\n")
    d.t("\n조치: 과다조회 건 소명 요청 (")
    d.h(ch(rng, ["개인정보보호책임관", "정보보호담당관"]), "official_by_office")
    d.t(")")


# ----------------------------------------------------------------------------------
# templates: tax, prosecution, immigration
# ----------------------------------------------------------------------------------
@tpl("T47", "tax_ruling_reply", "세무 문서", ["tax"], ["1990s", "2000s", "2010s", "2020s"], "prose", nopii=2)
def t_tax_reply(d, rng, c):
    d.t("질의회신\n문서번호 ")
    d.h(ch(rng, ["서면-%d-법인-%d" % (c.year, rng.randrange(100, 9999)), "부가46015-%d" % rng.randrange(100, 4000),
                 "재산세과-%d" % rng.randrange(100, 999), "법인-%d" % rng.randrange(100, 999)]), "document_number")
    d.t(" (")
    hn_date(d, c)
    d.t(")\n\n[질의]\n")
    d.h(ch(rng, ["갑", "A법인", "B사"]), "placeholder_person")
    d.t("은 ")
    d.h(ch(rng, ["을", "C사", "특수관계인 병"]), "placeholder_person")
    d.t("에게 사업용 부동산을 ")
    d.h(amount(rng), "amount")
    d.t("에 양도하였는바, 부가가치세 과세 여부를 질의함.\n\n[회신]\n")
    d.h(statute(rng, c, *P_TAX), "statute_citation")
    d.t("에 따라 사업의 포괄양도에 해당하는 경우 재화의 공급으로 보지 아니하는 것이나, 이에 해당하는지는 사실판단할 사항임.\n")
    if not c.no_pii:
        d.t("\n[참고] 질의인 ")
        d.v(person(rng, c).v())
        d.t(" (사업자등록번호 ")
        d.v(brn(rng))
        d.t(", 연락처 ")
        d.v(phone_any(rng, c))
        d.t(")")


@tpl("T48", "tax_delinquency_notice", "세무 문서", ["tax", "sigungu"], ALL_ERAS, "labelled_fields")
def t_tax_notice(d, rng, c):
    k = c.inst
    d.t(ch(rng, ["체납액 납부 최고서", "예금 압류 통지서", "지방세 체납 고지서"]) + "\n" + k.name + "\n\n")
    p = person(rng, c)
    d.t("납세자: ")
    d.v(p.v())
    if chance(rng, 0.5):
        d.t(" (")
        d.h(company(rng), "company_name")
        d.t(", 사업자등록번호 ")
        d.v(brn(rng, corp=False))
        if chance(rng, 0.5):
            d.t(", 법인등록번호 ")
            d.v(crn(rng))
        d.t(")")
    d.t("\n주소: ")
    d.v(address(rng, c)[0])
    d.t("\n체납액: ")
    d.h(amount(rng), "amount")
    d.t(" (가산금 포함)\n압류 재산: ")
    bank, acct = bank_account(rng, c)
    d.t(bank + " 예금 계좌 ")
    d.v(acct)
    d.t("\n납부 계좌: ")
    ibank, iacct = bank_account(rng, c)
    d.t(ibank + " ")
    d.h(iacct.value, "institution_account")
    d.t(" (예금주 " + k.name + ")\n근거: ")
    d.h(statute(rng, c, *(P_TAX if k.kind == "tax" else P_LOCALTAX)), "statute_citation")
    d.t("\n담당: " + ch(rng, ["체납추적팀", "세무과", "징수과"]) + " ")
    d.v(staff(c)[0].v())
    d.t(" ")
    d.v(direct(c, k))


@tpl("T49", "prosecution_decision", "검찰 문서", ["prosecution"], ALL_ERAS, "form")
def t_prosecution(d, rng, c):
    k = c.inst
    kind = ch(rng, ["불기소 결정서", "공소장", "약식명령 청구서"])
    d.t(k.name + "\n" + kind + "\n\n사건번호  ")
    d.h(case_no(rng, c, "형제"), "case_number")
    p = person(rng, c, age=(19, 75))
    d.t("\n피 의 자  " if kind == "불기소 결정서" else "\n피 고 인  ")
    d.v(p.v())
    d.t("\n주민등록번호  ")
    d.v(rrn(rng, p, kind=ch(rng, ["valid", "valid", "masked"])))
    d.t(", " + ch(rng, ["회사원", "무직", "자영업", "학생"]) + "\n주    거  ")
    d.v(address(rng, c)[0])
    d.t("\n등록기준지  ")
    d.v(address(rng, c, form=ch(rng, ["jibun", "jibun_ri"]), unit=False)[0])
    d.t("\n죄    명  " + ch(rng, ["사기", "상해", "도로교통법위반(음주운전)", "개인정보보호법위반"]) + "\n적용법조  ")
    d.h(statute(rng, c, *P_CRIM), "statute_citation")
    d.t("\n\n" + ("주문  피의자는 증거불충분하여 혐의 없다.\n\n피의사실과 불기소이유\n" if kind == "불기소 결정서" else "공소사실\n"))
    v = person(rng, c)
    crime_facts(d, rng, c, ch(rng, ["fraud", "dui", "traffic"]), v, p)
    d.t("\n\n")
    hn_date(d, c)
    d.t("\n검사  ")
    d.v(person(rng, c, age=(28, 55)).v())


@tpl("T50", "immigration_application", "출입국 문서", ["ministry", "university", "emd", "public_corp"],
     ALL_ERAS, "form")
def t_immigration(d, rng, c):
    office = ch(rng, ["서울", "서울남부", "부산", "인천", "수원", "대구", "대전", "광주", "청주", "전주", "창원", "제주", "울산"])
    offname = office + ("출입국·외국인청" if c.year >= 2018 else "출입국관리사무소")
    d.t(ch(rng, ["체류기간 연장허가 신청서", "외국인등록 사실증명", "체류지 변경신고서", "근무처 변경 신고서"]) + "\n")
    d.h(offname, "institution_name")
    d.t("\n\n")
    nat = ch(rng, sorted(NATION_KO))
    p = person(rng, c, foreign=nat, age=(20, 55), script="latin")
    d.t("성명(Surname, Given names): ")
    d.v(p.v())
    if chance(rng, 0.5):
        d.t("\n한글 성명: ")
        row = [f for f in FOREIGN if f[0] == nat][0]
        k1 = row[1].index(p.given) if p.given in row[1] else 0
        j1 = row[2].index(p.sur) if p.sur in row[2] else 0
        hname = (row[4][j1] + " " + row[3][k1]) if row[5] else (row[3][k1] + " " + row[4][j1])
        q = Person(hname, row[4][j1], row[3][k1], "foreign_hangul", p.birth, p.sex, nat)
        d.v(V("PERSON", q.name, "foreign_hangul", "name"))
    d.t("\n국적: " + NATION_KO[nat] + "\n생년월일: ")
    d.v(dob(rng, p.birth, style=ch(rng, ["iso", "eng", "dot_pad", "yyyymmdd"])))
    d.t("\n외국인등록번호: ")
    d.v(frn(rng, p))
    d.t("\n여권번호: ")
    d.v(passport(rng, c, foreign=nat))
    d.t("\n대한민국 내 주소: ")
    d.v(address(rng, c)[0])
    if chance(rng, 0.4):
        d.t("\n국내 운전면허번호: ")
        d.v(driver_license(rng, c, p))
    d.t("\n전화: ")
    d.v(mobile(rng, c))
    d.t("\n근무처: ")
    co = company(rng)
    d.h(co, "company_name")
    d.t(" (사업자등록번호 ")
    d.v(brn(rng))
    if chance(rng, 0.4):
        d.t(", 법인등록번호 ")
        d.v(crn(rng))
    d.t(", 대표 ")
    d.v(person(rng, c, age=(35, 70)).v())
    d.t(", 전화 ")
    d.v(landline(rng, c))
    d.t(")\n\n")
    hn_date(d, c)
    d.t("  신청인 ")
    d.v(p.v())
    d.t(" (서명)\n외국인종합안내센터 ")
    d.h("1345", "institution_switchboard")


# ----------------------------------------------------------------------------------
# templates: OCR scans (other genres re-rendered with OCR noise)
# ----------------------------------------------------------------------------------
def _ocr_from(bases):
    def fn(d, rng, c):
        base = ch(rng, bases)
        tb = [t for t in TEMPLATES if t["id"] == base][0]
        c.base_template = base
        c.base_genre = tb["genre"]
        if c.era not in tb["eras"]:
            c.era = ch(rng, tb["eras"])
            c.year = rng.randrange(ERAS[c.era][0], ERAS[c.era][1] + 1)
            c.docdate = rand_date(rng, c.year, c.year, lo=datetime.date(c.year, 1, 15))
            c.inst = make_inst(rng, c, ch(rng, tb["issuers"]))
            c.issuer_kind = c.inst.kind
        if c.inst.kind not in tb["issuers"]:
            c.inst = make_inst(rng, c, ch(rng, tb["issuers"]))
            c.issuer_kind = c.inst.kind
        if c.layout is None:
            c.layout = tb["layout"]
        c.layout = tb["layout"]
        if rng.random() < 0.5:
            d.t(ch(rng, ["[스캔본] ", "(사본) ", "- 1 -\n", "원본대조필\n"]))
        tb["fn"](d, rng, c)
        if rng.random() < 0.5:
            d.t(ch(rng, ["\n- 2 -", "\n(이하 여백)", "\n스캔일자 %d-%02d-%02d" % (rng.randrange(2015, 2027), rng.randrange(1, 13), rng.randrange(1, 29))]))
    return fn


tpl("T51", "ocr_official_letters", "OCR 스캔", GEN, ALL_ERAS, "labelled_fields", n=16, media="ocr")(
    _ocr_from(["T01", "T02", "T03", "T05", "T06", "T30"]))
tpl("T52", "ocr_forms", "OCR 스캔", GEN, ALL_ERAS, "form", n=16, media="ocr")(
    _ocr_from(["T07", "T08", "T10", "T11", "T12", "T37", "T39", "T50", "T20"]))
tpl("T53", "ocr_tables_and_records", "OCR 스캔", GEN, ALL_ERAS, "header_table", n=16, media="ocr")(
    _ocr_from(["T14", "T15", "T16", "T18", "T21", "T33", "T32", "T42", "T28"]))


# ----------------------------------------------------------------------------------
# templates: procurement, corporate registry, refunds, insurance, licences, workers
# ----------------------------------------------------------------------------------
@tpl("T54", "bid_opening_results", "입찰·조달", ["ministry", "sido", "public_corp", "university", "sigungu", "school",
                                                  "hospital"], ["2000s", "2010s", "2020s"], "header_table", n=18, nopii=3)
def t_bids(d, rng, c):
    k = c.inst
    d.t("[개찰결과] " + ch(rng, ["청사 청소 용역", "업무용 PC 구매", "도로 보수 공사", "홍보물 제작", "급식 식자재 납품"]) + "\n")
    d.t("공고번호 ")
    d.h(ch(rng, ["%d%07d-00" % (c.year, rng.randrange(10 ** 7)), "R%02dBK%08d" % (c.year % 100, rng.randrange(10 ** 8))]),
        "public_record_id")
    d.t("  수요기관 " + k.name + "\n기초금액 ")
    d.h(amount(rng, 10000000, 900000000), "amount")
    d.t("  개찰일시 ")
    hn_date(d, c)
    d.t("\n\n")
    sep = ch(rng, [" | ", "|", "\t"])
    header = chance(rng, 0.75) or c.no_pii
    c.layout = "header_table" if header else "headerless_table"
    if c.no_pii:
        cols = ["순위", "업체명", "투찰금액", "투찰률", "비고"]
    else:
        cols = ["순위", "업체명", "사업자등록번호", "법인등록번호", "대표자", "투찰금액", "비고"]
        if chance(rng, 0.3):
            cols = ["순위", "업체명", "사업자등록번호", "대표자", "전화번호", "투찰금액", "비고"]
    if header:
        d.t(sep.join(cols) + "\n")
    for r in range(rng.randrange(3, 6)):
        co = company(rng)
        for j, col in enumerate(cols):
            if j:
                d.t(sep)
            if col == "순위":
                d.t(str(r + 1))
            elif col == "업체명":
                d.h(co, "company_name")
            elif col == "사업자등록번호":
                d.v(brn(rng, corp=True))
            elif col == "법인등록번호":
                if "(주)" in co or "주식회사" in co or "㈜" in co or "유한회사" in co:
                    d.v(crn(rng))
                else:
                    d.t("-")
            elif col == "대표자":
                d.v(person(rng, c, age=(30, 75)).v())
            elif col == "전화번호":
                d.v(landline(rng, c))
            elif col == "투찰금액":
                d.h(format(rng.randrange(10 ** 7, 9 * 10 ** 8), ","), "amount")
            elif col == "투찰률":
                d.t("%d.%03d%%" % (rng.randrange(86, 99), rng.randrange(1000)))
            else:
                d.t("낙찰예정" if r == 0 else "")
        d.t("\n")
    if c.no_pii:
        d.t("\n문의: 계약담당 ")
        sb(d, k)
    else:
        d.t("\n계약담당 ")
        d.v(staff(c)[0].v())
        d.t(" ")
        d.v(direct(c, k))


@tpl("T55", "refund_application_card", "신청서", ["public_corp", "ministry", "university", "sido", "hospital", "school"],
     ["2000s", "2010s", "2020s"], "form")
def t_refund(d, rng, c):
    k = c.inst
    d.t(ch(rng, ["수수료 환불 신청서", "과오납금 환급 청구서", "응시료 반환 신청서", "이용료 결제 취소 요청서"]) + "\n" + k.name + "\n\n")
    p = person(rng, c, age=(18, 75))
    d.t("신청인 성명: ")
    d.v(p.v())
    d.t("\n생년월일: ")
    d.v(dob(rng, p.birth))
    d.t("\n연락처: ")
    d.v(mobile(rng, c))
    if chance(rng, 0.6):
        d.t("\n이메일: ")
        d.v(email(rng, c, p))
    d.t("\n\n[결제 내역]\n결제일: ")
    hn_date(d, c, rel="past")
    d.t("\n결제금액: ")
    d.h(amount(rng, 10000, 900000), "amount")
    d.t("\n결제수단: 신용카드 ")
    d.v(card(rng, masked=chance(rng, 0.5)))
    d.t(" (승인번호 ")
    d.h("%08d" % rng.randrange(10 ** 8), "approval_number")
    d.t(")\n")
    if chance(rng, 0.5):
        d.t("중복 결제 카드: ")
        d.v(card(rng, masked=chance(rng, 0.5)))
        d.t("\n")
    d.t("\n[환불 방법]\n")
    if chance(rng, 0.5):
        d.t("□ 카드 승인취소  ■ 계좌 입금 (")
        bank, acct = bank_account(rng, c)
        d.t(bank + " ")
        d.v(acct)
        d.t(", 예금주 ")
        d.v(p.v())
        d.t(")\n")
    else:
        d.t("■ 카드 승인취소  □ 계좌 입금\n")
    d.t("\n")
    hn_date(d, c)
    d.t("  신청인 ")
    d.v(p.v())
    d.t(" (서명)\n처리 문의: ")
    sb(d, k)


@tpl("T56", "health_insurance_dependents", "신고서", ["public_corp", "emd", "sigungu"], ALL_ERAS, "form")
def t_hi_dependents(d, rng, c):
    k = c.inst
    old = c.year < 2000
    d.t(("의료보험 피부양자 신고서" if old else ch(rng, ["직장가입자 피부양자 자격취득 신고서", "건강보험 피부양자 변동 신고서"])) + "\n\n")
    co = company(rng)
    d.t("사업장 명칭: ")
    d.h(co, "company_name")
    d.t("  사업장 전화: ")
    d.v(landline(rng, c))
    p = person(rng, c, age=(25, 60))
    d.t("\n가입자 성명: ")
    d.v(p.v())
    d.t("\n주민등록번호: ")
    d.v(rrn(rng, p, kind=ch(rng, ["valid", "valid", "masked"])))
    d.t("\n" + ("의료보험증 번호: " if old else "건강보험증 번호: "))
    d.v(health_ins(rng))
    if chance(rng, 0.5):
        d.t("  (종전 증번호 ")
        d.v(health_ins(rng))
        d.t(")")
    d.t("\n\n피부양자\n")
    sep = ch(rng, [" | ", "\t", "  "])
    if chance(rng, 0.6):
        d.t(sep.join(["관계", "성명", "주민(외국인)등록번호", "취득일"]) + "\n")
    for r in range(rng.randrange(1, 4)):
        rel = ch(rng, ["배우자", "자녀", "자녀", "부", "모"])
        q = relative(rng, c, p, rel, foreign=(ch(rng, ["VN", "CN", "PH"]) if (rel == "배우자" and c.year >= 2000
                                                                          and chance(rng, 0.35)) else None))
        if q is None:
            continue
        d.t(rel + sep)
        d.v(q.v())
        d.t(sep)
        d.v(frn(rng, q) if q.nat != "KR" else rrn(rng, q, kind=None if q.birth >= datetime.date(2020, 10, 1) else "valid"))
        d.t(sep)
        hn_date(d, c, rel="past")
        d.t("\n")
    d.t("\n")
    d.h(k.head, "official_by_office")
    d.t(" 귀하  (문의 ")
    sb(d, k)
    d.t(")")


@tpl("T57", "licence_sanction_register", "경찰 기록", ["police", "police", "public_corp"], ALL_ERAS, "header_table")
def t_licence_register(d, rng, c):
    k = c.inst
    d.t(ch(rng, ["운전면허 행정처분 대상자 명단", "운전면허 정지·취소 처분 대장", "벌점 누산 대상자 현황"]) + " (" + k.name + ")\n")
    header = chance(rng, 0.55)
    c.layout = "header_table" if header else "headerless_table"
    sep = ch(rng, [" | ", "|", "\t", "   "])
    if header:
        d.t(sep.join(["성명", "생년월일", "면허번호", "차량번호", "처분", "처분일"]) + "\n")
    for r in range(rng.randrange(3, 6)):
        p = person(rng, c, age=(20, 75))
        d.v(p.v())
        d.t(sep)
        d.v(dob(rng, p.birth, style=ch(rng, ["yy_dot", "dot_pad", "iso", "yymmdd"])))
        d.t(sep)
        d.v(driver_license(rng, c, p))
        d.t(sep)
        d.v(plate(rng, c))
        d.t(sep + ch(rng, ["정지 100일", "취소", "정지 40일", "벌점 60점"]) + sep)
        hn_date(d, c, "iso", rel="past")
        d.t("\n")
    d.t("근거: ")
    d.h(ch(rng, ["「도로교통법」 제93조", "「도로교통법 시행규칙」 별표 28"]), "statute_citation")


@tpl("T58", "foreign_workers_roster", "출입국 문서", ["ministry", "public_corp", "sido"],
     ALL_ERAS[1:], "header_table", n=16)
def t_workers(d, rng, c):
    k = c.inst
    co = company(rng)
    d.t("외국인근로자 고용 현황 (" + (ch(rng, ["고용허가제", "계절근로", "사업장 변경 신청"]) if c.year >= 2004 else "산업연수생")
        + ")\n사업장: ")
    d.h(co, "company_name")
    d.t(" (사업자등록번호 ")
    d.v(brn(rng))
    if chance(rng, 0.5):
        d.t(", 법인등록번호 ")
        d.v(crn(rng))
    d.t(")  대표 ")
    d.v(person(rng, c, age=(35, 70)).v())
    d.t("\n\n")
    sep = ch(rng, [" | ", "\t", "|"])
    header = chance(rng, 0.7)
    c.layout = "header_table" if header else "headerless_table"
    if header:
        d.t(sep.join(["연번", "성명", "국적", "외국인등록번호", "여권번호", "입국일"]) + "\n")
    for r in range(rng.randrange(2, 6)):
        nat = ch(rng, ["VN", "UZ", "NP", "TH", "PH", "CN"])
        p = person(rng, c, foreign=nat, age=(20, 45), script=ch(rng, ["latin", "latin", "hangul"]))
        d.t(str(r + 1) + sep)
        d.v(p.v())
        d.t(sep + NATION_KO[nat] + sep)
        d.v(frn(rng, p))
        d.t(sep)
        d.v(passport(rng, c, foreign=nat))
        d.t(sep)
        hn_date(d, c, "iso", rel="past2")
        d.t("\n")
    d.t("\n※ 고용센터 ")
    d.h("1350", "institution_switchboard")


@tpl("T59", "corporate_registry", "등기·법인 문서", ["court", "ministry", "sido", "tax", "prosecution"], ALL_ERAS, "form", n=18)
def t_registry(d, rng, c):
    k = c.inst
    d.t(ch(rng, ["법인 등기사항 요약", "임원 변경 등기 신청서", "비영리법인 임원 변경 신고서"]) + "\n\n등기번호 ")
    d.h("%06d" % rng.randrange(10 ** 6), "registry_number")
    d.t("\n법인등록번호 ")
    d.v(crn(rng))
    co = company(rng)
    d.t("\n상호 ")
    d.h(co, "company_name")
    d.t("\n본점 ")
    d.v(address(rng, c, unit=chance(rng, 0.5))[0])
    if c.year >= 1990 and chance(rng, 0.7):
        d.t("\n사업자등록번호 ")
        d.v(brn(rng, corp=True))
    d.t("\n\n임원에 관한 사항\n")
    for role in ["대표이사", "사내이사", ch(rng, ["감사", "사외이사", "이사"])]:
        p = person(rng, c, age=(30, 75))
        d.t(role + " ")
        d.v(p.v())
        d.t(" ")
        if chance(rng, 0.6):
            d.v(rrn(rng, p, kind="masked"))
        else:
            d.t("(")
            d.v(dob(rng, p.birth, style=ch(rng, ["kor", "dot_sp"])))
            d.t("생)")
        d.t("  ")
        hn_date(d, c, "kor", rel="past2")
        d.t(" 취임\n")
    if chance(rng, 0.4):
        d.t("\n흡수합병: ")
        d.h(company(rng), "company_name")
        d.t(" (법인등록번호 ")
        d.v(crn(rng))
        d.t(")를 합병\n")
    d.t("\n수수료 ")
    d.h(amount(rng, 1000, 40000), "amount")
    d.t("  관할 등기소: ")
    d.h("%s등기소" % ch(rng, INSTR), "institution_name")


@tpl("T60", "card_cancellation_table", "표(평문화)", ["public_corp", "sigungu", "university", "hospital", "school", "welfare"],
     ["2000s", "2010s", "2020s"], "headerless_table", nopii=4, n=16)
def t_card_table(d, rng, c):
    d.t(ch(rng, ["카드 결제 취소 내역", "시설 이용료 카드 환불 명세", "수강료 환불 처리 현황"]) + "\n")
    sep = ch(rng, ["\t", " | ", "  "])
    header = chance(rng, 0.4)
    c.layout = "header_table" if header else "headerless_table"
    if c.no_pii:
        d.t(sep.join(["구분", "건수", "취소금액"]) + "\n")
        for lab in ["신용카드", "체크카드", "계좌이체"]:
            d.t(lab + sep + str(rng.randrange(1, 80)) + sep)
            d.h(amount(rng, 10000, 9000000), "amount")
            d.t("\n")
        d.t("※ 개인별 내역은 ")
        d.h(ch(rng, ["홍길동", "김○○"]), "placeholder_person")
        d.t(" 형식으로 가림 처리")
        return
    if header:
        d.t(sep.join(["취소일", "성명", "카드번호", "승인번호", "금액"]) + "\n")
    for r in range(rng.randrange(3, 6)):
        hn_date(d, c, "iso", rel="past")
        d.t(sep)
        d.v(person(rng, c).v())
        d.t(sep)
        d.v(card(rng, masked=chance(rng, 0.5)))
        d.t(sep)
        d.h("%08d" % rng.randrange(10 ** 8), "approval_number")
        d.t(sep)
        d.h(format(rng.randrange(1, 900) * 1000, ","), "amount")
        d.t("\n")


@tpl("T61", "insurance_eligibility_list", "복지 기록", ["public_corp", "emd", "welfare", "hospital"], ALL_ERAS,
     "header_table")
def t_hi_list(d, rng, c):
    ins = "건강보험" if c.year >= 2000 else "의료보험"
    d.t(ch(rng, ["의료급여 자격 변동 명단" if c.year >= 2001 else "의료보호 자격 변동 명단", ins + " 자격 확인 대상자",
                 "보험료 경감 대상자 명단"]) + "\n")
    sep = ch(rng, [" | ", "\t", "|"])
    header = chance(rng, 0.6)
    c.layout = "header_table" if header else "headerless_table"
    if header:
        d.t(sep.join(["성명", "주민(외국인)등록번호", ins + "증번호", "자격", "변동일"]) + "\n")
    for r in range(rng.randrange(3, 6)):
        p = person(rng, c, age=(1, 90), foreign=(c.year >= 2000 and chance(rng, 0.2)))
        d.v(p.v())
        d.t(sep)
        d.v(idnum(c, p, 0.3))
        d.t(sep)
        d.v(health_ins(rng))
        d.t(sep + ch(rng, ["지역가입자", "직장피부양자", "의료급여 1종", "의료급여 2종"]) + sep)
        hn_date(d, c, "dot_pad", rel="past")
        d.t("\n")
    d.t("기준: ")
    d.h(statute(rng, c, "국민건강보험법", "의료급여법"), "statute_citation")


@tpl("T62", "birth_registration", "신고서", ["emd", "sigungu", "emd"], ["2020s"], "form")
def t_birth(d, rng, c):
    k = c.inst
    if c.year < 2021:
        c.year = 2021 + rng.randrange(6)
        c.docdate = rand_date(rng, c.year, c.year, lo=datetime.date(c.year, 1, 15))
    d.t(ch(rng, ["출생신고서", "출생신고서(가족관계등록)", "출생신고 및 주민등록번호 부여 확인"]) + "\n\n")
    born = c.docdate - datetime.timedelta(days=rng.randrange(3, 30))
    if born < datetime.date(2020, 10, 1):
        born = datetime.date(2020, 10, 1) + datetime.timedelta(days=rng.randrange(60))
    mother = person(rng, c, age=(24, 42))
    mother.sex = "F"
    father = person(rng, c, age=(25, 48), foreign=(ch(rng, ["VN", "CN", "US"]) if chance(rng, 0.1) else None))
    father.sex = "M"
    kids = 2 if chance(rng, 0.15) else 1
    for j in range(kids):
        kid = person(rng, c, birth=born)
        if father.nat == "KR" and len(father.sur) == 1 and len(kid.sur) == 1:
            kid.name, kid.sur = father.sur + kid.given, father.sur
        if kid.name in NAME_BLACK:
            raise DraftError("kid name")
        d.t("[출생자%s]\n성명: " % ("" if kids == 1 else " %d" % (j + 1)))
        d.v(kid.v())
        d.t("  성별: " + ch(rng, ["남", "여"]) + "\n출생일시: ")
        d.v(dob(rng, born, style=ch(rng, ["kor", "kor", "dot_sp", "iso"])))
        d.t(" %02d시 %02d분\n출생장소: " % (rng.randrange(24), rng.randrange(60)))
        d.h(ch(rng, ["%s의료원" % x for x in ("수원", "청주", "천안", "안동")] + [ch(rng, UNIVS) + "병원"]), "institution_name")
        d.t("\n부여 주민등록번호: ")
        d.v(rrn(rng, kid, kind="post2020", fmt="hyphen"))
        d.t("\n\n")
    d.t("[부]\n성명: ")
    d.v(father.v())
    if father.nat == "KR":
        d.t("  주민등록번호: ")
        d.v(rrn(rng, father, kind=ch(rng, ["valid", "masked"])))
    else:
        d.t("  국적: %s  외국인등록번호: " % NATION_KO[father.nat])
        d.v(frn(rng, father))
    d.t("\n[모]\n성명: ")
    d.v(mother.v())
    d.t("  주민등록번호: ")
    d.v(rrn(rng, mother, kind=ch(rng, ["valid", "masked"])))
    d.t("\n주소: ")
    d.v(address(rng, c)[0])
    d.t("\n신고인 연락처: ")
    d.v(mobile(rng, c))
    d.t("\n\n")
    hn_date(d, c)
    d.t("\n")
    d.h(k.head, "official_by_office")
    d.t(" 귀하  (근거: ")
    d.h(ch(rng, ["「가족관계의 등록 등에 관한 법률」 제44조", "「주민등록법」 제7조의2"]), "statute_citation")
    d.t(")")


@tpl("T63", "passport_pickup_register", "대장·명부", ["sigungu", "sido", "ministry"], ["2010s", "2020s", "2020s"],
     "header_table")
def t_passport_register(d, rng, c):
    k = c.inst
    d.t("여권 교부 대장 (" + k.name + " " + ch(rng, ["민원여권과", "여권민원실", "민원봉사과"]) + ")\n")
    header = chance(rng, 0.6)
    c.layout = "header_table" if header else "headerless_table"
    sep = ch(rng, [" | ", "\t", "|"])
    if header:
        d.t(sep.join(["접수번호", "성명", "생년월일", "여권번호", "교부일", "연락처"]) + "\n")
    for r in range(rng.randrange(3, 6)):
        d.h("%s-%06d" % (c.year, rng.randrange(10 ** 6)), "receipt_number")
        d.t(sep)
        p = person(rng, c, age=(1, 85))
        d.v(p.v())
        d.t(sep)
        d.v(dob(rng, p.birth, style=ch(rng, ["iso", "dot_pad", "yymmdd", "kor_eng" if c.year >= 2022 else "eng"])))
        d.t(sep)
        d.v(passport(rng, c, prefix=ch(rng, ["M", "M", "M", "S"])))
        d.t(sep)
        hn_date(d, c, "iso", rel="past")
        d.t(sep)
        d.v(mobile(rng, c, fmt=ch(rng, ["hyphen", "nohyphen"])))
        d.t("\n")
    d.t("※ 수수료: ")
    d.h(amount(rng, 15000, 53000), "amount")
    d.t(" / 문의 ")
    sb(d, k)


# ----------------------------------------------------------------------------------
# driver
# ----------------------------------------------------------------------------------
def _off(tid):
    return int(hashlib.md5(tid.encode("utf-8")).hexdigest(), 16)


def build_record(tp, i, log):
    last = None
    for attempt in range(40):
        seed = "%s|%s|%s%s" % (SEED_PREFIX, tp["id"], i, "" if attempt == 0 else "|r%d" % attempt)
        rng = random.Random(seed)
        c = Ctx()
        c.rng, c.t, c.i, c.seed = rng, tp["id"], i, seed
        kinds, eras = tp["issuers"], tp["eras"]
        c.issuer_kind = kinds[(i + _off(tp["id"])) % len(kinds)]
        c.era = eras[(i + i // len(kinds) + _off(tp["id"]) // 7) % len(eras)]
        c.year = rng.randrange(ERAS[c.era][0], ERAS[c.era][1] + 1)
        c.docdate = rand_date(rng, c.year, c.year, lo=datetime.date(c.year, 1, 15))
        c.no_pii = bool(tp["nopii"]) and i % tp["nopii"] == tp["nopii"] - 1
        c.layout = None
        c.base_template = c.base_genre = None
        try:
            c.inst = make_inst(rng, c, c.issuer_kind)
            c.region = c.inst.region
            if tp["media"] == "digital":
                c.noise_rate = 0.0
            elif tp["media"] == "ocr":
                c.noise_rate = 0.5
            else:
                c.noise_rate = 0.15 if c.year < 2000 else 0.05
            d = Doc(c)
            tp["fn"](d, rng, c)
            text_noise = d.ocr_render(rng.randrange(34, 62)) if tp["media"] == "ocr" else []
            text, spans, smeta, hns = d.finish()
            rid = "pii_ar-%s-%03d" % (tp["id"], i)
            rec = {"id": rid, "text": text, "spans": spans, "genre": tp["genre"]}
            meta = {"id": rid, "template": tp["id"], "template_name": tp["name"], "seed": seed, "genre": tp["genre"],
                    "base_template": c.base_template, "base_genre": c.base_genre,
                    "issuer_kind": c.inst.kind, "issuer": c.inst.name, "era": "%ds" % (c.year // 10 * 10),
                    "year": c.year, "layout": c.layout or tp["layout"], "media": tp["media"], "no_pii": c.no_pii,
                    "text_noise": text_noise, "retries": attempt, "spans": smeta, "hard_negatives": hns}
            validate(rec, meta)
            return rec, meta
        except DraftError as e:
            last = e
            log.append("%s i=%d attempt=%d: %s" % (tp["id"], i, attempt, e))
            continue
    raise RuntimeError("template %s record %d failed 40 drafts; last error: %s" % (tp["id"], i, last))


def build_all():
    recs, metas, log = [], [], []
    for tp in TEMPLATES:
        for i in range(tp["n"]):
            r, m = build_record(tp, i, log)
            recs.append(r)
            metas.append(m)
    return recs, metas, log


def count(it):
    out = {}
    for x in it:
        out[x] = out.get(x, 0) + 1
    return dict(sorted(out.items(), key=lambda kv: (-kv[1], str(kv[0]))))


def make_stats(recs, metas):
    spans = [s for m in metas for s in m["spans"]]
    hns = [h for m in metas for h in m["hard_negatives"]]
    noisy = [s for s in spans if s["noise"]]
    st = {
        "records": len(recs), "spans": len(spans), "hard_negatives": len(hns),
        "no_pii_records": sum(m["no_pii"] for m in metas),
        "no_pii_share": round(sum(m["no_pii"] for m in metas) / len(metas), 4),
        "noisy_spans": len(noisy), "noisy_span_share": round(len(noisy) / len(spans), 4),
        "records_by_genre": count(m["genre"] for m in metas),
        "no_pii_by_genre": count(m["genre"] for m in metas if m["no_pii"]),
        "spans_by_genre": count(m["genre"] for m in metas for s in m["spans"]),
        "hard_negatives_by_genre": count(m["genre"] for m in metas for h in m["hard_negatives"]),
        "records_by_template": count("%s %s" % (m["template"], m["template_name"]) for m in metas),
        "spans_by_type": count(s["type"] for s in spans),
        "noisy_spans_by_type": count(s["type"] for s in noisy),
        "spans_by_subkind": count("%s/%s" % (s["type"], s["sub"]) for s in spans),
        "spans_by_noise_tag": count(t for s in spans for t in s["noise"]),
        "text_noise_tags_by_record": count(t for m in metas for t in m["text_noise"]),
        "hard_negatives_by_category": count(h["category"] for h in hns),
        "records_by_issuer_kind": count(ISSUER_KO[m["issuer_kind"]] + " (" + m["issuer_kind"] + ")" for m in metas),
        "records_by_era": dict(sorted(count(m["era"] for m in metas).items())),
        "records_by_layout": count(m["layout"] for m in metas),
        "records_by_media": count(m["media"] for m in metas),
        "ocr_base_genres": count(m["base_genre"] for m in metas if m["base_genre"]),
        "retried_records": sum(1 for m in metas if m["retries"]),
    }
    return st


def global_checks(recs, metas, st):
    errs = []
    ids = [r["id"] for r in recs]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    if len(recs) < 650:
        errs.append("fewer than 650 records")
    for t in TYPES:
        if st["spans_by_type"].get(t, 0) < 100:
            errs.append("type %s has %d spans (<100)" % (t, st["spans_by_type"].get(t, 0)))
    if len(st["records_by_genre"]) < 20:
        errs.append("fewer than 20 genres")
    if len(TEMPLATES) < 35:
        errs.append("fewer than 35 templates")
    if st["noisy_span_share"] < 0.08:
        errs.append("noisy span share %.3f < 0.08" % st["noisy_span_share"])
    if st["no_pii_share"] < 0.09:
        errs.append("no-PII share %.3f < 0.09" % st["no_pii_share"])
    for g in st["records_by_genre"]:
        if st["hard_negatives_by_genre"].get(g, 0) == 0:
            errs.append("genre %s has no hard negatives" % g)
    subs = st["spans_by_subkind"]
    need = ["KR_RRN/rrn_valid", "KR_RRN/rrn_masked", "KR_RRN/rrn_post2020", "KR_FRN/frn_valid",
            "KR_PASSPORT/passport_foreign", "KR_PASSPORT/passport_old", "KR_PASSPORT/passport_new",
            "KR_DRIVER_LICENSE/dl_num", "KR_DRIVER_LICENSE/dl_name", "KR_DRIVER_LICENSE/dl_name_nospace",
            "KR_DRIVER_LICENSE/dl_plain", "PERSON/ko_two_sur", "PERSON/ko_single_given", "PERSON/foreign_latin",
            "PERSON/foreign_hangul", "PHONE_NUMBER/phone_mobile", "PHONE_NUMBER/phone_070", "PHONE_NUMBER/phone_fax",
            "KR_ADDRESS/addr_road_full", "KR_ADDRESS/addr_jibun", "IP_ADDRESS/ip_v6"]
    for n_ in need:
        if subs.get(n_, 0) == 0:
            errs.append("missing sub-kind %s" % n_)
    if not any(k.startswith("CREDIT_CARD/") and k.endswith("_masked") for k in subs):
        errs.append("no masked cards")
    if len([k for k in subs if k.startswith("KR_BANK_ACCOUNT/")]) < 8:
        errs.append("too few account groupings")
    if errs:
        raise SystemExit("GLOBAL CHECKS FAILED:\n  " + "\n  ".join(errs))


def dumps(x):
    return json.dumps(x, ensure_ascii=False)


def write_all(out, recs, metas, st):
    with open(os.path.join(out, "pii_ar.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(dumps(r) + "\n")
    with open(os.path.join(out, "pii_ar.meta.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in metas:
            f.write(dumps(m) + "\n")
    with open(os.path.join(out, "stats.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(st, ensure_ascii=False, indent=1) + "\n")
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(st))


def reread_and_validate(out):
    recs = [json.loads(l) for l in open(os.path.join(out, "pii_ar.jsonl"), encoding="utf-8")]
    metas = [json.loads(l) for l in open(os.path.join(out, "pii_ar.meta.jsonl"), encoding="utf-8")]
    if len(recs) != len(metas):
        raise SystemExit("record/meta count mismatch")
    for r, m in zip(recs, metas):
        if r["id"] != m["id"]:
            raise SystemExit("id mismatch %s" % r["id"])
        try:
            validate(r, m)
        except DraftError as e:
            raise SystemExit("re-read validation failed for %s: %s" % (r["id"], e))
    st = make_stats(recs, metas)
    global_checks(recs, metas, st)
    return len(recs)


OUT_FILES = ["pii_ar.jsonl", "pii_ar.meta.jsonl", "stats.json", "README.md"]


def md5s(out):
    return {f: hashlib.md5(open(os.path.join(out, f), "rb").read()).hexdigest() for f in OUT_FILES}


def main():
    args = sys.argv[1:]
    out = os.path.dirname(os.path.abspath(__file__))
    if "--out" in args:
        out = args[args.index("--out") + 1]
    os.makedirs(out, exist_ok=True)
    recs, metas, log = build_all()
    for line in log:
        print("retry: " + line, file=sys.stderr)
    st = make_stats(recs, metas)
    global_checks(recs, metas, st)
    write_all(out, recs, metas, st)
    n = reread_and_validate(out)
    print("wrote %d records, %d spans, %d hard negatives to %s (%d draft retries)" % (
        n, st["spans"], st["hard_negatives"], out, len(log)))
    if "--no-selfcheck" not in args:
        mine = md5s(out)
        for hs in ("0", "4242"):
            tmp = tempfile.mkdtemp(prefix="pii_ar_hs%s_" % hs)
            env = dict(os.environ, PYTHONHASHSEED=hs)
            subprocess.run([sys.executable, os.path.abspath(__file__), "--out", tmp, "--no-selfcheck"], env=env,
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            other = md5s(tmp)
            for f in OUT_FILES:
                if other[f] != mine[f]:
                    raise SystemExit("NOT DETERMINISTIC: %s differs under PYTHONHASHSEED=%s" % (f, hs))
            for f in OUT_FILES:
                os.remove(os.path.join(tmp, f))
            os.rmdir(tmp)
            print("PYTHONHASHSEED=%s: md5 of all %d files identical" % (hs, len(OUT_FILES)))


def _table(head, rows):
    out = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    for r in rows:
        out.append("| " + " | ".join(str(x) for x in r) + " |")
    return "\n".join(out)


def readme(st):
    g_rows = [(g, n, st["no_pii_by_genre"].get(g, 0), st["spans_by_genre"].get(g, 0),
               st["hard_negatives_by_genre"].get(g, 0)) for g, n in st["records_by_genre"].items()]
    g_rows.append(("**total**", st["records"], "%d (%.1f %%)" % (st["no_pii_records"], 100 * st["no_pii_share"]),
                   st["spans"], st["hard_negatives"]))
    subs = st["spans_by_subkind"]
    t_rows = []
    for t, n in st["spans_by_type"].items():
        sk = ", ".join("%s %d" % (k.split("/", 1)[1], v) for k, v in subs.items() if k.startswith(t + "/"))
        t_rows.append((t, n, st["noisy_spans_by_type"].get(t, 0), sk))
    n_rows = list(st["spans_by_noise_tag"].items())
    h_rows = list(st["hard_negatives_by_category"].items())
    i_rows = list(st["records_by_issuer_kind"].items())
    e_rows = list(st["records_by_era"].items())
    l_rows = list(st["records_by_layout"].items())
    tp_rows = []
    for tp in TEMPLATES:
        key = "%s %s" % (tp["id"], tp["name"])
        tp_rows.append((tp["id"], tp["name"], tp["genre"], st["records_by_template"].get(key, 0),
                        ", ".join(tp["eras"]) if tp["eras"] != ALL_ERAS else "1980s–2020s",
                        "yes (1 in %d)" % tp["nopii"] if tp["nopii"] else "no", tp["media"]))
    txt = README_TEXT
    rep = {
        "{RECORDS}": str(st["records"]), "{SPANS}": str(st["spans"]), "{HNS}": str(st["hard_negatives"]),
        "{NOPII}": "%d (%.1f %%)" % (st["no_pii_records"], 100 * st["no_pii_share"]),
        "{NOISY}": "%d (%.1f %%)" % (st["noisy_spans"], 100 * st["noisy_span_share"]),
        "{NGENRES}": str(len(st["records_by_genre"])), "{NTEMPLATES}": str(len(TEMPLATES)),
        "{GENRE_TABLE}": _table(["genre", "records", "no-PII records", "gold spans", "tagged hard negatives"], g_rows),
        "{TYPE_TABLE}": _table(["type", "spans", "with OCR noise", "sub-kinds"], t_rows),
        "{NOISE_TABLE}": _table(["span noise tag", "spans"], n_rows),
        "{TEXT_NOISE}": ", ".join("%s %d" % kv for kv in st["text_noise_tags_by_record"].items()),
        "{HN_TABLE}": _table(["hard-negative category", "count"], h_rows),
        "{ISSUER_TABLE}": _table(["issuing body", "records"], i_rows),
        "{ERA_TABLE}": _table(["era", "records"], e_rows),
        "{LAYOUT_TABLE}": _table(["layout", "records"], l_rows),
        "{TEMPLATE_TABLE}": _table(["id", "template", "genre", "records", "eras", "no-PII variant", "medium"], tp_rows),
        "{OCR_BASE}": ", ".join("%s %d" % kv for kv in st["ocr_base_genres"].items()),
        "{RETRIES}": str(st["retried_records"]),
    }
    for k_, v_ in rep.items():
        txt = txt.replace(k_, v_)
    return txt


README_TEXT = r"""# pii_ar — independent evaluation set for a Korean PII detector (public-sector documents)

`pii_ar` is a synthetic, template-generated evaluation set for a detector of personal data in Korean
public-sector text. It follows the 16 types, the JSONL record format and the label rules of
`/work/shared/pii-dev/README.md` (the "contract"). It was written independently of that development set:
no other file of `pii-dev` and no detector code was read (see *Independence*).

* **{RECORDS} records**, **{SPANS} gold spans**, **{HNS} tagged hard negatives**
* **{NGENRES} genres**, **{NTEMPLATES} templates**, issuing bodies of 14 kinds, documents dated 1983–2026
* **{NOPII}** records contain no PII (but do contain hard negatives)
* **{NOISY}** of the gold spans carry OCR/transcription noise

Every name, number, address and sentence was invented by `make_set.py`; nothing was copied from any source.
Check-digit-valid numbers are random and may coincide with real numbers by chance, so treat the files as
sensitive-looking test data.

## Files

| file | content |
|---|---|
| `make_set.py` | Generator, Python 3 standard library only. `python3 make_set.py` rewrites the four data files, re-reads and re-validates them, then re-runs itself under `PYTHONHASHSEED=0` and `4242` in temporary directories and checks that the md5 of all four files is identical. |
| `pii_ar.jsonl` | `{"id","text","spans":[{"start","end","type"}],"genre"}`; offsets are Python code-point offsets, spans sorted and non-overlapping; `text[start:end]` is exactly the value, noise included. |
| `pii_ar.meta.jsonl` | Per record: `template`, `template_name`, `seed` (the exact string given to `random.Random`), `genre`, `base_template`/`base_genre` (OCR records), `issuer_kind`, `issuer`, `era`, `year`, `layout`, `media`, `no_pii`, record-level `text_noise`, `retries`; per span: `type`, `sub` (sub-kind), `noise` tags, `format`, `value` (as in the text), `clean` (before noise) and `info` (e.g. bank and digit grouping, the full Luhn-valid number behind a masked card, birth date); `hard_negatives`: `{"start","end","text","category"}`. |
| `stats.json` | Counts by genre, template, type, sub-kind, noise tag, hard-negative category, issuing body, era, layout and medium. |
| `README.md` | This file (written by `make_set.py`, so its tables always match the data). |
| `MD5SUMS` | `md5sum make_set.py pii_ar.jsonl pii_ar.meta.jsonl stats.json README.md`, written last. |

## How it was made

* **Seeds.** Record *i* of template *t* draws every random choice from `random.Random("pii_ar-2026|<t>|<i>")`.
  If a draft fails validation it is logged to stderr and redrafted with `random.Random("pii_ar-2026|<t>|<i>|rN")`
  (N = 1, 2, …, at most 40, then the run aborts). In the released build {RETRIES} record(s) needed a
  redraft (field `retries` in the meta file). The issuing-body kind and the era of record *i* are assigned by cycling through
  the template's lists, so they spread evenly; the year inside the era, the document date and everything else
  come from the seeded generator.
* **Templates.** {NTEMPLATES} templates in {NGENRES} genres (table below). Each template writes a document
  piece by piece: plain text, gold values (each produced by a value generator that records its sub-kind and
  format) and tagged hard negatives. Offsets are computed at the end, so `text[start:end] == value` holds by
  construction and is asserted again after writing.
* **Eras and conventions.** 1980s/1990s records use typed-form layouts, 한자 labels (`姓名`, `住民登錄番號`,
  `記`, `貴 機關`), 한자 dates (`1986年 3月 5日`), names in 한자 in some old records, `직할시` names before 1995,
  `군` names of places that later became `시`, `번지`/`통`/`반` addresses, 6-digit postal codes before 2015,
  old 4-digit area codes before 1999 (`0331`, `0652`, …), 011/016/017/018/019 mobiles and 012/015 pagers,
  pre-2004 regional and pre-1996 one-digit plates, driver-licence numbers with region names before 2014,
  pre-2008 two-letter Korean passport numbers, `의료보험증` before 2000 and period names of ministries and
  statutes (e.g. `예산회계법`, `사무관리규정`, `공공기관의 개인정보보호에 관한 법률`). Road-name addresses appear
  from 2011, the new passport format (`M123A4567`) from 2021-12, post-October-2020 RRNs only for people born
  after 2020-10-01 in documents from 2021 on.
* **Noise.** Paper documents get noise on a share of their spans (base rate 15 % before 2000 and 5 % after,
  multiplied by 1.4 for number-like types, 1.0 for addresses, 0.6 for e-mails and 0.55 for names),
  the three OCR templates re-render another template's document with a base rate of 50 % plus
  plain-text noise (lost brackets, `·`→`.`, `:`→`;`, `O`/`l` for digits in running text, doubled spaces) and
  hard line wraps at a random width of 34–61 columns. Digital media (chats, call transcripts, logs) get none.
  Span noise kinds: letters for digits (`O`/`o`→0, `l`/`I`→1, `S`→5, `B`→8), full-width digits and hyphens,
  Unicode hyphens, spaced hyphens, a space or a line break inside a number, letter-spaced names (`김 민 수`),
  hard wraps inside addresses and foreign names, a lost opening bracket of `(02) 123-4567`, and a space inside
  an e-mail address. Record-level text noise: {TEXT_NOISE}.

## Validation (in `make_set.py`)

During generation and again after re-reading the written files, for every record:

* spans are in bounds, sorted, non-overlapping, have no whitespace at either edge, have one of the 16 types,
  and `text[start:end]` equals the recorded value; ids are unique;
* the noisy value is equivalent to the clean value after NFKC, hyphen unification, whitespace removal, the
  dropped bracket and the letter-for-digit map — so the noise never changes the underlying number;
* format and check-digit checks on the clean value: pre-2020 RRNs have a valid date and a valid check digit;
  post-2020 RRNs have a birth date ≥ 2020-10-01 and a deliberately **invalid** check digit (as in the contract);
  masked RRNs have a valid date, a valid gender digit and exactly 6 mask characters; FRNs have gender digit
  5–8, an even registration-office pair, a type digit 6–9 and the legacy check digit (13 − Σ mod 11) mod 10;
  BRNs use weights 1,3,7,1,3,7,1,3,5 + ⌊5·d₉/10⌋; CRNs use weights 1,2,1,2,…; card numbers (also the number
  behind a masked card) are Luhn-valid and the visible digits of a masked card match it; passports, licences,
  plates, health-insurance numbers, bank groupings per bank, phones, e-mails, IPs, addresses and dates of
  birth are checked against their patterns (a DOB must parse back to the intended date);
* no tagged hard negative overlaps a gold span; placeholder persons, institution switchboards and institution
  addresses are never labelled;
* every other occurrence of a labelled string in the record is labelled too (for names, occurrences inside
  a longer Hangul word are ignored);
* every PII-looking string outside the gold spans (mobile or landline shapes, 15xx numbers, e-mails,
  `######-#######`, 16-digit card shapes, IPv4, `###-##-#####`, plate shapes) must lie inside a tagged hard
  negative, so institution numbers, public-record identifiers and placeholders are all tagged;
* a record planned as no-PII has no span, every other record has at least one.

Global checks (the run aborts otherwise): ≥ 650 records, ≥ 100 spans for every type, ≥ 20 genres,
≥ 35 templates, noisy-span share ≥ 8 %, no-PII share ≥ 9 %, hard negatives in every genre, presence of the
required sub-kinds (masked/post-2020 RRNs, foreign passports, all licence forms, two-syllable surnames,
single-syllable given names, foreign names in Latin and Hangul, 070/fax numbers, road and 지번 addresses,
IPv6, masked cards, ≥ 8 bank groupings). Finally the generator is run under two `PYTHONHASHSEED` values and
the md5 of all data files must be identical.

Besides the automatic checks I read more than 50 random records (several rounds, before and after fixes) and fixed
what a careful annotator would have labelled differently or found implausible: consistent court/branch
names, dates that respect the order of events, statutes that fit the document and era, relatives with
consistent ages and gender digits, romanised names that match the Hangul, no `읍/면` under a `구`, etc.

## Composition

### By genre

{GENRE_TABLE}

OCR records re-render: {OCR_BASE}.

### By type

{TYPE_TABLE}

### Noise tags on spans

{NOISE_TABLE}

### Hard negatives

{HN_TABLE}

### Issuing bodies, eras, layouts

{ISSUER_TABLE}

{ERA_TABLE}

{LAYOUT_TABLE}

### Templates

{TEMPLATE_TABLE}

## Labelling calls where the contract is silent

The contract's rules were followed as written (span boundaries for names, addresses, DOBs, accounts, licences,
plates; masked and post-2020 RRNs; noise inside spans; one span per table cell; all NOT-PII categories).
Where it says nothing, I decided as follows:

1. **Masked FRNs** (`901212-5******`) are KR_FRN, by analogy with masked RRNs (exactly 6 mask characters).
   Mask characters include `*`, `●`, `X`, `x`, `○` and full-width `＊`.
2. **Partly masked cards** (`5412-34**-****-1234`, `4518-****-****-2231`, `3710-######-77211`) are
   CREDIT_CARD. The Luhn check is made on the full number the generator masked (kept in `info.full`).
3. **Romanised Korean names** (`KIM MIN-SU`, `Park Jiyun`) and **names written in 한자** (`金永浩`) are PERSON.
   Foreign names are one span in either order and script (`NGUYEN Thi Lan`, `CARTER MICHAEL`, `응우옌 티 란`).
4. **Chat display names** and speakers in minutes/transcripts are PERSON; titles after them (`주무관`, `위원`)
   stay outside. Judges, prosecutors, lawyers, reporters, investigators and other named officials are PERSON.
5. **Phone numbers**: a parenthesised area code is inside the span (`(02) 734-1234`); after a lost bracket the
   span starts at the area code (`02) 734-1234`). Direct lines of departments or officials and **fax numbers
   anywhere** (not only in 공문 footers) are PHONE_NUMBER; only numbers introduced as `대표전화`, `(대표)`,
   `대표번호`, `교환`, the 15xx/16xx/18xx numbers and short codes (110, 112, 119, 120, 126, 129, 182, 1301,
   1339, 1345, 1350, 1355) are institution switchboards. 1990s **pagers** (012/015) and car phones are
   PHONE_NUMBER. International forms (`+82-10-…`) are one span.
6. **E-mail addresses of named officials** (`…@korea.kr`, `…@<agency>.go.kr`) are EMAIL_ADDRESS (they contact a
   person). Generic institutional mailboxes are not generated, to avoid an undecidable case.
7. **Private businesses**: company addresses (본점, 사업장, 계약상대자), phone numbers, e-mails, accounts, BRNs,
   CRNs and company-owned vehicle plates are labelled; company names, also as 예금주, are not.
   **Public bodies** (ministries, local governments, police, fire, courts, prosecutors, tax offices, schools,
   universities, hospitals, public corporations, welfare centres) are institutions: their addresses,
   switchboards, 고유번호 (`institution_id`) and their own collection accounts (`institution_account`, e.g.
   `납부 계좌 … (예금주 ○○세무서)`) are not labelled.
8. **Addresses**: `주거`, `등록기준지`, `체류지`, `발생장소(자택)` and `본점` addresses are KR_ADDRESS. `산` lots,
   `번지`, `통·반` and apartment names/units are inside the span; the postal code and the reference
   parenthetical are outside. Incident places written without a number (`○○동 소재 식당 앞 도로`,
   `○○ 교차로 부근`) are not addresses and are written that way on purpose.
9. **Dates of birth** in every form are DATE_OF_BIRTH: `YYMMDD` and `YYYYMMDD` in a DOB field, `85.03.12`,
   `1952年 3月 12日`, `12 MAR 1985`, `12 3월/MAR 1985`, and the date part of `출생일시` on a birth registration.
   `생`, `생년월일:` and times stay outside. Ages (`45세`, `(29)`), year-only births and the first six digits of
   an RRN are not labelled. Dates of issue, entry, acquisition, vaccination and log time stamps are not DOBs.
10. **Health-insurance numbers** keep the contract's synthetic 11-digit format in every era (also on 1980s–90s
    `의료보험증`), with groupings `1-2345678901` and `12345-678901` besides the plain form.
11. **Pre-2008 Korean passports** are written as two letters + 7 digits (`JR1234567`); the format is plausible
    but was not verified against an official source. Foreign passport formats are invented per nationality.
12. **Identifiers that have no type** are never labelled and are tagged: system user IDs, session IDs, student
    IDs, medical-licence numbers, card approval numbers, court-registry numbers, receipt/management numbers
    (also when phone-shaped, e.g. `053-2001-1083`), bid notice numbers and version numbers.
13. **Placeholders**: `갑`, `을`, `병`, `A`, `B`, `A씨`, `A법인`, `B사`, `(주)○○`, `김○○`, `박**`, `정 모 씨`,
    `○○○`, the form example `홍길동`, `000000-0000000` and `010-0000-0000` are not labelled; anonymised
    judgment copies (`피고인 A`) are no-PII records.
14. **Name-shaped words** that are places, firms, products or common nouns (`하동`, `남산`, `한솔`, `신라면`,
    `이사`, `정산`, `서명`) are tagged `name_like_*` and not labelled; generated names never equal one of them.
15. **Masked cells** such as `010-****-****` or `***.***.***.***` are not labelled (no digits of the value remain).

## Known limitations

* Template text: scores will flatter a model that fits templates. Use the set to find failure modes.
* Combinations of 시·도, 시·군·구, 읍·면·동 and road names are random and often do not exist; some old place names
  are anachronistic. Institution names (universities, press) are invented.
* Names are random syllable combinations; sex and given name are not linked, except that gender digits,
  relations and ages of relatives are consistent.
* The `info` field of the meta file holds the full number behind each masked card.

## Independence statement

I worked alone in `/work/evalsets/pii_ar/`. What I read:

* **Files:** only `/work/shared/pii-dev/README.md`. I listed no directory except my own output directory
  (`ls -la /work/evalsets/pii_ar` right after creating it; it was empty). I did not open or list anything under
  `/work/main`, any other file or directory under `/work/shared` (no `.jsonl`, `make_dev.py`, `baseline.py`,
  `score.py`, `corpus/`, `klue-ner/`), any other directory under `/work/evalsets`, or the package lists.
* **Search tool, corpus `pages` only** (no `docs`, `code` or `issues` queries; no GitHub repository opened):
  1. `운전면허번호 형식 지역번호 12자리`
  2. `법인등록번호 검증 체크디지트 가중치`
  3. `차세대 전자여권 여권번호 형식 M123A4567`
  4. `행정업무의 운영 및 혁신에 관한 규정 시행규칙 기안문 서식 결재란 시행 접수 우 도로명주소 전화 전송`
  5. `외국인등록번호 검증 공식 등록기관 번호 짝수 체크`
  6. `은행별 계좌번호 자릿수 형식 국민 신한 우리 농협 하나 기업`
  7. `건강보험증 번호 자리수 증번호`
  8. `자동차 등록번호판 형식 사업용 지역명 바 사 아 자 배`

  They confirmed the licence layout (region–year–serial–check/reissue), the CRN and BRN check digits, the
  RRN check digit, the passport change `M12345678 → M123A4567`, the 공문 structure (두문/본문/결문), account
  lengths for a few banks, the 11-digit 건강보험증 번호 and plate letters (아·바·사·자 commercial, 배 delivery).
  Everything else comes from general knowledge. No text from the results was copied.
* **Code:** only the Python standard library; no PII-detector code was read or used.

## Slips

* No access slips: nothing outside the allowed files and queries was read.
* Process note: the first write of `make_set.py` (value generators and pools) was about 900 lines in one call,
  above the ~600-line guidance; later edits were smaller.
"""


if __name__ == "__main__":
    main()
