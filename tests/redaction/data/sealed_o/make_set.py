#!/usr/bin/env python3
"""pii_o: independent synthetic evaluation set for a Korean PII detector.

Standard library only.  Every random draw comes from random.Random seeded with a
string "pii_o-2026|<template>|<i>" (plus "|retry<k>" when a draft record fails
validation), so the output does not depend on PYTHONHASHSEED or dict/set order.

    python make_set.py      -> pii_o.jsonl, pii_o.meta.jsonl (then validates them)
"""
import datetime
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = "pii_o-2026"


def R(key):
    return random.Random(f"{SEED}|{key}")


# =====================================================================
# pools
# =====================================================================
SURNAMES = [
    ("김", "KIM", 40), ("이", "LEE", 28), ("박", "PARK", 16), ("최", "CHOI", 9), ("정", "JEONG", 8),
    ("강", "KANG", 5), ("조", "CHO", 5), ("윤", "YOON", 5), ("장", "JANG", 4), ("임", "LIM", 4),
    ("한", "HAN", 3), ("오", "OH", 3), ("서", "SEO", 3), ("신", "SHIN", 3), ("권", "KWON", 3),
    ("황", "HWANG", 3), ("안", "AHN", 3), ("송", "SONG", 3), ("전", "JEON", 2), ("유", "YOO", 2),
    ("고", "KO", 2), ("문", "MOON", 2), ("양", "YANG", 2), ("손", "SON", 2), ("배", "BAE", 2),
    ("백", "BAEK", 2), ("허", "HEO", 2), ("남", "NAM", 1), ("심", "SIM", 1), ("노", "NOH", 1),
    ("하", "HA", 1), ("곽", "KWAK", 1), ("성", "SUNG", 1), ("차", "CHA", 1), ("주", "JOO", 1),
    ("우", "WOO", 1), ("구", "KOO", 1), ("민", "MIN", 1), ("류", "RYU", 1), ("나", "NA", 1),
    ("진", "JIN", 1), ("지", "JI", 1), ("엄", "EOM", 1), ("채", "CHAE", 1), ("원", "WON", 1),
    ("천", "CHEON", 1), ("방", "BANG", 1), ("공", "KONG", 1), ("현", "HYUN", 1), ("함", "HAM", 1),
    ("변", "BYUN", 1), ("염", "YEOM", 1), ("여", "YEO", 1), ("추", "CHU", 1), ("도", "DO", 1),
    ("석", "SEOK", 1), ("설", "SEOL", 1), ("마", "MA", 1), ("길", "GIL", 1), ("연", "YEON", 1),
    ("위", "WI", 1), ("표", "PYO", 1), ("명", "MYUNG", 1), ("반", "BAN", 1), ("왕", "WANG", 1),
    ("금", "KEUM", 1), ("옥", "OK", 1), ("육", "YUK", 1), ("맹", "MAENG", 1), ("탁", "TAK", 1),
    ("봉", "BONG", 1), ("황보", "HWANGBO", 1), ("남궁", "NAMGUNG", 1), ("제갈", "JEGAL", 1),
    ("선우", "SUNWOO", 1), ("독고", "DOKGO", 1), ("사공", "SAGONG", 1), ("서문", "SEOMUN", 1),
]
GIVEN = """민준:MINJUN 서준:SEOJUN 도윤:DOYUN 예준:YEJUN 시우:SIWOO 하준:HAJUN 주원:JUWON 지호:JIHO
지후:JIHOO 준우:JUNWOO 준서:JUNSEO 건우:GEONWOO 현우:HYUNWOO 도현:DOHYEON 지훈:JIHOON 우진:WOOJIN
서진:SEOJIN 민재:MINJAE 현준:HYUNJUN 연우:YEONWOO 유준:YUJUN 정우:JUNGWOO 승우:SEUNGWOO
승현:SEUNGHYUN 시윤:SIYUN 준혁:JUNHYEOK 은우:EUNWOO 지환:JIHWAN 승민:SEUNGMIN 유찬:YUCHAN
민성:MINSEONG 준영:JUNYOUNG 진우:JINWOO 수호:SUHO 재윤:JAEYOON 동현:DONGHYUN 태윤:TAEYUN
민규:MINGYU 재원:JAEWON 한결:HANGYEOL 민우:MINWOO 재민:JAEMIN 은찬:EUNCHAN 윤호:YUNHO
성민:SEONGMIN 준호:JUNHO 승준:SEUNGJUN 성현:SEONGHYEON 재현:JAEHYUN 태민:TAEMIN 지성:JISUNG
민호:MINHO 태현:TAEHYUN 민혁:MINHYUK 성준:SUNGJUN 규민:GYUMIN 윤재:YUNJAE 민석:MINSEOK
준수:JUNSU 은성:EUNSEONG 도훈:DOHOON 준성:JUNSEONG 현수:HYUNSOO 승원:SEUNGWON 강민:KANGMIN
서연:SEOYEON 서윤:SEOYUN 지우:JIWOO 서현:SEOHYUN 민서:MINSEO 하은:HAEUN 하윤:HAYUN
윤서:YUNSEO 지유:JIYU 지민:JIMIN 채원:CHAEWON 지윤:JIYUN 은서:EUNSEO 수아:SUA 다은:DAEUN
예은:YEEUN 수빈:SUBIN 지아:JIA 소윤:SOYUN 예린:YERIN 하린:HARIN 유나:YUNA 민지:MINJI
예원:YEWON 채은:CHAEEUN 수민:SUMIN 은채:EUNCHAE 가은:GAEUN 윤아:YUNA 소율:SOYUL 시은:SIEUN
다인:DAIN 예서:YESEO 서영:SEOYOUNG 민주:MINJU 유진:YUJIN 아린:ARIN 세아:SEA 나은:NAEUN
채윤:CHAEYUN 하영:HAYOUNG 수연:SUYEON 예지:YEJI 다연:DAYEON 소연:SOYEON 혜원:HYEWON
지현:JIHYUN 은지:EUNJI 미영:MIYOUNG 정희:JUNGHEE 영수:YOUNGSOO 영호:YOUNGHO 영철:YOUNGCHUL
상철:SANGCHUL 상훈:SANGHOON 성호:SUNGHO 성수:SUNGSOO 정호:JUNGHO 경수:KYUNGSOO 경희:KYUNGHEE
미경:MIKYUNG 은영:EUNYOUNG 혜진:HYEJIN 현정:HYUNJUNG 선영:SUNYOUNG 미정:MIJUNG 지영:JIYOUNG
정미:JUNGMI 영자:YOUNGJA 순자:SOONJA 옥순:OKSOON 종철:JONGCHUL 병철:BYUNGCHUL 동수:DONGSOO
기철:KICHUL 광수:KWANGSOO 재석:JAESEOK 석진:SEOKJIN 태호:TAEHO 창민:CHANGMIN 용준:YONGJUN
형준:HYUNGJUN 명숙:MYUNGSOOK 정숙:JUNGSOOK 순희:SOONHEE 말순:MALSOON 봉수:BONGSOO 덕희:DEOKHEE
희정:HEEJUNG 수경:SUKYUNG 보람:BORAM 슬기:SEULGI 한별:HANBYUL 다솜:DASOM 가람:GARAM
하늘:HANEUL 나래:NARAE 새롬:SAEROM 은비:EUNBI 혜린:HYERIN 상우:SANGWOO 용호:YONGHO
재훈:JAEHOON 진혁:JINHYUK 문수:MUNSU 인호:INHO 규리:GYURI 희수:HEESU 명진:MYUNGJIN
""".split()
GIVEN = [tuple(x.split(":")) for x in GIVEN]
GIVEN1 = [("솔", "SOL"), ("건", "GEON"), ("담", "DAM"), ("윤", "YUN"), ("혁", "HYUK"), ("결", "GYEOL"),
          ("린", "RIN"), ("훈", "HOON")]

# (Hangul rendering, Latin rendering, nationality, nationality-en)
FOREIGN = [
    ("응우옌 반 안", "NGUYEN VAN AN", "베트남", "VNM"), ("쩐 티 흐엉", "TRAN THI HUONG", "베트남", "VNM"),
    ("레 티 마이", "LE THI MAI", "베트남", "VNM"), ("팜 꾸옥 중", "PHAM QUOC DUNG", "베트남", "VNM"),
    ("왕웨이", "WANG WEI", "중국", "CHN"), ("리우양", "LIU YANG", "중국", "CHN"),
    ("장민", "ZHANG MIN", "중국", "CHN"), ("천샤오훙", "CHEN XIAOHONG", "중국", "CHN"),
    ("마리아 산토스", "MARIA SANTOS", "필리핀", "PHL"), ("호세 레예스", "JOSE REYES", "필리핀", "PHL"),
    ("바트바야르 간볼드", "BATBAYAR GANBOLD", "몽골", "MNG"), ("수닐 쿠마르", "SUNIL KUMAR", "인도", "IND"),
    ("아흐메드 칸", "AHMED KHAN", "파키스탄", "PAK"), ("딜노자 카리모바", "DILNOZA KARIMOVA", "우즈베키스탄", "UZB"),
    ("알렉산드르 페트로프", "ALEKSANDR PETROV", "러시아", "RUS"), ("존 스미스", "JOHN SMITH", "미국", "USA"),
    ("사라 존슨", "SARAH JOHNSON", "미국", "USA"), ("에밀리 브라운", "EMILY BROWN", "영국", "GBR"),
    ("다나카 유키", "TANAKA YUKI", "일본", "JPN"), ("스즈키 하루토", "SUZUKI HARUTO", "일본", "JPN"),
    ("시티 아미나", "SITI AMINAH", "인도네시아", "IDN"), ("솜차이 분미", "SOMCHAI BOONMEE", "태국", "THA"),
    ("라훌 샤르마", "RAHUL SHARMA", "인도", "IND"), ("누르벡 아사노프", "NURBEK ASANOV", "키르기스스탄", "KGZ"),
    ("카를로스 멘도사", "CARLOS MENDOZA", "멕시코", "MEX"), ("안나 슈미트", "ANNA SCHMIDT", "독일", "DEU"),
    ("속 피룬", "SOK PIRUN", "캄보디아", "KHM"), ("마웅 아웅", "MAUNG AUNG", "미얀마", "MMR"),
]
MIXED_CASE = {"JOHN SMITH": "John Smith", "SARAH JOHNSON": "Sarah Johnson", "EMILY BROWN": "Emily Brown",
              "ANNA SCHMIDT": "Anna Schmidt", "CARLOS MENDOZA": "Carlos Mendoza", "NGUYEN VAN AN": "Nguyen Van An",
              "MARIA SANTOS": "Maria Santos", "RAHUL SHARMA": "Rahul Sharma", "TANAKA YUKI": "Yuki Tanaka",
              "ALEKSANDR PETROV": "Aleksandr Petrov", "AHMED KHAN": "Ahmed Khan", "SITI AMINAH": "Siti Aminah"}

REGIONS = [
    ("서울특별시", "서울", ["종로구", "중구", "용산구", "성동구", "광진구", "동대문구", "중랑구", "성북구", "강북구", "도봉구",
                      "노원구", "은평구", "서대문구", "마포구", "양천구", "강서구", "구로구", "금천구", "영등포구", "동작구",
                      "관악구", "서초구", "강남구", "송파구", "강동구"]),
    ("부산광역시", "부산", ["해운대구", "수영구", "동래구", "부산진구", "사하구", "금정구", "연제구", "기장군"]),
    ("대구광역시", "대구", ["수성구", "달서구", "북구", "달성군"]),
    ("인천광역시", "인천", ["연수구", "남동구", "부평구", "계양구", "미추홀구", "강화군"]),
    ("광주광역시", "광주", ["북구", "서구", "광산구"]),
    ("대전광역시", "대전", ["유성구", "서구", "대덕구"]),
    ("울산광역시", "울산", ["남구", "중구", "울주군"]),
    ("경기도", "경기", ["수원시 팔달구", "수원시 영통구", "성남시 분당구", "고양시 일산동구", "용인시 수지구", "부천시", "안산시 단원구",
                   "화성시", "평택시", "의정부시", "파주시", "김포시", "남양주시", "양평군", "안양시 동안구"]),
    ("강원특별자치도", "강원", ["춘천시", "원주시", "강릉시", "홍천군"]),
    ("충청북도", "충북", ["청주시 흥덕구", "충주시", "제천시", "음성군"]),
    ("충청남도", "충남", ["천안시 서북구", "아산시", "공주시", "서산시", "홍성군"]),
    ("전북특별자치도", "전북", ["전주시 완산구", "익산시", "군산시", "정읍시"]),
    ("전라남도", "전남", ["목포시", "여수시", "순천시", "나주시", "해남군"]),
    ("경상북도", "경북", ["포항시 남구", "구미시", "경주시", "안동시", "칠곡군"]),
    ("경상남도", "경남", ["창원시 성산구", "김해시", "진주시", "양산시", "거제시"]),
    ("제주특별자치도", "제주", ["제주시", "서귀포시"]),
]
ROADS = ["중앙로", "번영로", "새말로", "한빛로", "은행나무길", "가온로", "누리로", "햇살로", "미리내로", "솔빛로",
         "푸른숲길", "다솜로", "하늘길", "꽃마을로", "물빛로", "상록로", "시장길", "학교길", "산업로", "문화로",
         "장미로", "느티나무로", "강변북로", "호수로", "별빛로", "청솔로", "매봉로", "배나무길", "온새미로", "한누리대로"]
DONGS = ["성산", "대흥", "신정", "중", "상", "원", "산본", "율전", "인계", "매탄", "금곡", "정자", "야탑", "화정",
         "송도", "구월", "둔산", "봉명", "용봉", "효자", "우암", "연", "노형", "좌", "범어", "대연", "반여", "삼산"]
APTS = ["한빛아파트", "푸른마을", "래미안", "현대아파트", "주공아파트", "e편한세상", "해오름빌라", "그린빌", "자이", "SK뷰"]

BANKS = [  # bank, groups, prefix
    ("KB국민은행", [6, 2, 6], ""), ("국민은행", [3, 2, 4, 3], ""), ("신한은행", [3, 3, 6], "110"),
    ("신한은행", [3, 2, 6], ""), ("우리은행", [4, 3, 6], "1002"), ("하나은행", [3, 6, 5], ""),
    ("NH농협은행", [3, 4, 4, 2], "3"), ("농협", [6, 2, 6], "3"), ("IBK기업은행", [3, 6, 2, 3], ""),
    ("SC제일은행", [3, 2, 6], ""), ("카카오뱅크", [4, 2, 7], "3333"), ("토스뱅크", [4, 4, 4], "1000"),
    ("케이뱅크", [3, 3, 6], "100"), ("우체국", [6, 2, 6], ""), ("새마을금고", [4, 4, 4, 1], "9002"),
    ("부산은행", [3, 4, 4, 2], "1"), ("iM뱅크", [3, 2, 6, 1], "5"), ("수협은행", [4, 4, 4], "1010"),
    ("신협", [5, 2, 6], "1320"), ("광주은행", [3, 3, 6], "1"),
]
MOBILE_PFX = ["010"] * 30 + ["011", "016", "017", "019"]
AREA = ["02", "02", "02", "031", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054",
        "055", "061", "062", "063", "064"]
EMAIL_DOM = ["gmail.com", "naver.com", "naver.com", "daum.net", "hanmail.net", "kakao.com", "nate.com",
             "outlook.com", "hotmail.com", "icloud.com", "yahoo.co.kr"]
DL_REGION = [("서울", "11"), ("부산", "12"), ("경기", "13"), ("강원", "14"), ("충북", "15"), ("충남", "16"),
             ("전북", "17"), ("전남", "18"), ("경북", "19"), ("경남", "20"), ("제주", "21"), ("대구", "22"),
             ("인천", "23"), ("광주", "24"), ("대전", "25"), ("울산", "26"), ("경기북부", "28")]
PLATE_PRIV = list("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주")
PLATE_COMM = list("바사아자")
PLATE_RENT = list("하허호")
COMPANY_STEMS = ["한빛엔지니어링", "미래소프트", "대성건설", "푸른환경", "세움테크", "다온컨설팅", "청우산업", "누리정보통신",
                 "바른회계법인", "하나로물류", "새솔조경", "동해수산", "온누리식품", "가람디자인", "태백기계", "서진이앤씨",
                 "우리안전기술", "한결ICT", "초록에너지", "명성인쇄"]
INSTITUTIONS = [
    # name, head title, address, main phone, e-mail domain
    ("행정안전부", "행정안전부장관", "세종특별자치시 도움6로 42 정부세종청사", "044-205-1000", "korea.kr"),
    ("국토교통부", "국토교통부장관", "세종특별자치시 도움6로 11 정부세종청사 6동", "044-201-3000", "korea.kr"),
    ("보건복지부", "보건복지부장관", "세종특별자치시 도움4로 13 정부세종청사 10동", "044-202-2000", "korea.kr"),
    ("고용노동부", "고용노동부장관", "세종특별자치시 한누리대로 422 정부세종청사 11동", "044-202-7000", "korea.kr"),
    ("법무부", "법무부장관", "경기도 과천시 관문로 47 정부과천청사 1동", "02-2110-3000", "korea.kr"),
    ("서울특별시 마포구", "마포구청장", "서울특별시 마포구 월드컵로 212", "02-3153-8000", "mapo.go.kr"),
    ("경기도 수원시", "수원시장", "경기도 수원시 팔달구 효원로 241", "031-228-2000", "korea.kr"),
    ("부산광역시 해운대구", "해운대구청장", "부산광역시 해운대구 중동2로 11", "051-749-4000", "korea.kr"),
    ("대전광역시 유성구", "유성구청장", "대전광역시 유성구 대학로 211", "042-611-2000", "korea.kr"),
    ("충청남도 천안시", "천안시장", "충청남도 천안시 서북구 번영로 156", "041-521-5000", "korea.kr"),
    ("전라남도 순천시", "순천시장", "전라남도 순천시 장명로 30", "061-749-3000", "korea.kr"),
    ("경상북도 구미시", "구미시장", "경상북도 구미시 송정대로 55", "054-480-6000", "korea.kr"),
    ("제주특별자치도", "제주특별자치도지사", "제주특별자치도 제주시 문연로 6", "064-710-2000", "korea.kr"),
    ("세종특별자치시", "세종특별자치시장", "세종특별자치시 한누리대로 2130", "044-300-3000", "korea.kr"),
    ("인천광역시 연수구", "연수구청장", "인천광역시 연수구 원인재로 115", "032-749-7000", "korea.kr"),
]
DEPTS = ["민원여권과", "교통행정과", "자치행정과", "복지정책과", "세무과", "차량등록사업소", "운영지원과", "감사담당관",
         "정보화담당관", "주택과", "환경정책과", "건축과", "일자리경제과", "체류관리과", "보건행정과", "재난안전과",
         "평생교육과", "도시계획과", "회계과", "사회복지과"]
SWITCHBOARDS = ["1588-2100", "1577-1000", "1600-3570", "1544-9970", "1644-2828", "1566-0112", "1661-3300",
                "1899-0042", "1588-0119", "1577-7654"]
SHORTCODES = ["110", "120", "126", "1345", "1350", "1355"]
STATUTES = ["「개인정보 보호법」 제24조의2 제1항", "「개인정보 보호법」 제17조 제1항 제1호", "「도로교통법」 제87조 제1항",
            "「도로교통법 시행규칙」 제77조", "「주민등록법」 제7조의2", "「주민등록법 시행규칙」 제2조 제1항",
            "「여권법」 제9조 제1항", "「출입국관리법」 제31조 제1항", "「자동차관리법」 제10조",
            "「민원 처리에 관한 법률」 제27조", "「행정업무의 운영 및 혁신에 관한 규정」 제10조",
            "같은 법 시행령 제9조 제1항", "「형법」 제347조 제1항", "「국민건강보험법」 제5조 제1항",
            "「부가가치세법」 제8조", "「여신전문금융업법」 제19조", "「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호",
            "「소득세법」 제89조 제1항 제3호", "「전자금융거래법」 제6조 제3항"]
HANGUL_DIGIT = {"0": "공", "1": "일", "2": "이", "3": "삼", "4": "사", "5": "오", "6": "육", "7": "칠", "8": "팔", "9": "구"}
MON = ["", "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MONL = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December"]


# =====================================================================
# check digits
# =====================================================================
def rrn_check(d12):
    return str((11 - sum(int(c) * w for c, w in zip(d12, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5])) % 11) % 10)


def frn_check(d12):
    return str((13 - sum(int(c) * w for c, w in zip(d12, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5])) % 11) % 10)


def brn_check(d9):
    s = sum(int(c) * w for c, w in zip(d9, [1, 3, 7, 1, 3, 7, 1, 3, 5])) + (int(d9[8]) * 5) // 10
    return str((10 - s % 10) % 10)


def crn_check(d12):
    s = sum(int(c) * (1 if i % 2 == 0 else 2) for i, c in enumerate(d12))
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


# =====================================================================
# values
# =====================================================================
class Val:
    __slots__ = ("text", "type", "kind", "clean", "noise", "extra")

    def __init__(self, text, typ, kind, clean=None, noise=None, extra=None):
        self.text, self.type, self.kind = text, typ, kind
        self.clean = text if clean is None else clean
        self.noise = list(noise or [])
        self.extra = extra or {}

    def with_text(self, text, tag):
        return Val(text, self.type, self.kind, self.clean, self.noise + [tag], self.extra)


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def rand_date(rng, y0, y1, m1=12):
    a = datetime.date(y0, 1, 1).toordinal()
    b = datetime.date(y1, m1, 28).toordinal()
    return datetime.date.fromordinal(rng.randint(a, b))


def sino(n):
    units = [(1000, "천"), (100, "백"), (10, "십")]
    names = "영일이삼사오육칠팔구"
    if n == 0:
        return "영"
    out = ""
    for u, w in units:
        q, n = divmod(n, u)
        if q:
            out += ("" if q == 1 else names[q]) + w
    if n:
        out += names[n]
    return out


def dob_text(d, kind):
    y, m, dd = d.year, d.month, d.day
    return {
        "dob_dot_space": f"{y}. {m}. {dd}.", "dob_kor": f"{y}년 {m}월 {dd}일",
        "dob_kor_pad": f"{y}년 {m:02d}월 {dd:02d}일", "dob_iso": f"{y}-{m:02d}-{dd:02d}",
        "dob_dot": f"{y}.{m:02d}.{dd:02d}.", "dob_dot_noend": f"{y}.{m:02d}.{dd:02d}",
        "dob_short": f"{y % 100:02d}.{m:02d}.{dd:02d}", "dob_6": f"{y % 100:02d}{m:02d}{dd:02d}",
        "dob_8": f"{y}{m:02d}{dd:02d}", "dob_slash": f"{y}/{m:02d}/{dd:02d}",
        "dob_short_kor": f"{y % 100:02d}년 {m}월 {dd}일", "dob_en": f"{dd:02d} {MON[m]} {y}",
        "dob_en_us": f"{MONL[m]} {dd}, {y}", "dob_dot_nospace_short": f"{y}.{m}.{dd}.",
        "dob_spoken": f"{sino(y % 100)}년 {sino(m)}월 {sino(dd)}일",
        "dob_spoken_full": f"{sino(y)}년 {sino(m)}월 {sino(dd)}일",
    }[kind]


DOB_KINDS_DOC = ["dob_dot_space", "dob_dot_space", "dob_kor", "dob_kor", "dob_kor_pad", "dob_iso", "dob_dot",
                 "dob_dot_noend", "dob_short", "dob_6", "dob_8", "dob_slash", "dob_short_kor", "dob_dot_nospace_short"]


def mk_dob(rng, d, kind=None):
    kind = kind or rng.choice(DOB_KINDS_DOC)
    return Val(dob_text(d, kind), "DATE_OF_BIRTH", kind, d.isoformat())


def mk_rrn(rng, d=None, male=None, mode=None, sep="-"):
    mode = mode or rng.choice(["valid"] * 5 + ["post2020"] + ["masked"] * 3)
    if mode == "post2020":
        d = rand_date(rng, 2020, 2024) if (d is None or d < datetime.date(2020, 10, 1)) else d
        if d < datetime.date(2020, 10, 1):
            d = datetime.date(2020, rng.randint(10, 12), rng.randint(1, 28))
    if d is None:
        d = rand_date(rng, 1945, 2004)
    male = rng.random() < 0.5 if male is None else male
    g = (1 if male else 2) if d.year < 2000 else (3 if male else 4)
    front = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}"
    if mode == "masked":
        mc = rng.choice(["*", "*", "*", "●", "X", "x"])
        text = f"{front}{sep}{g}{mc * 6}"
        return Val(text, "KR_RRN", "rrn_masked_" + {"*": "star", "●": "dot", "X": "x", "x": "x"}[mc],
                   f"{front}-{g}{mc * 6}", extra={"date": d})
    body = front + str(g) + digits(rng, 5)
    c = rrn_check(body)
    if mode == "post2020":
        c = rng.choice([x for x in "0123456789" if x != c])
    clean = f"{front}-{body[6:]}{c}"
    kind = "rrn_valid" if mode == "valid" else "rrn_post2020"
    if sep != "-":
        kind += "_sep" if sep else "_nosep"
    return Val(f"{front}{sep}{body[6:]}{c}", "KR_RRN", kind, clean, extra={"date": d})


def mk_frn(rng, d=None, male=None, sep="-", masked=False):
    d = d or rand_date(rng, 1960, 2004)
    male = rng.random() < 0.5 if male is None else male
    g = (5 if male else 6) if d.year < 2000 else (7 if male else 8)
    front = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}"
    if masked:
        return Val(f"{front}{sep}{g}******", "KR_FRN", "frn_masked", f"{front}-{g}******", extra={"date": d})
    agency = f"{rng.randrange(10, 99, 2):02d}"
    body = front + str(g) + agency + digits(rng, 2) + rng.choice("6789")
    c = frn_check(body)
    return Val(f"{front}{sep}{body[6:]}{c}", "KR_FRN", "frn_valid" if sep == "-" else "frn_valid_sep",
               f"{front}-{body[6:]}{c}", extra={"date": d})


def mk_passport(rng, foreign_code=None, kind=None):
    if foreign_code:
        pat = {"VNM": "C7", "CHN": "E8", "PHL": "P7A", "JPN": "LL7", "USA": "9", "GBR": "9", "MNG": "E7",
               "IND": "L7", "PAK": "LL7", "UZB": "LL7", "RUS": "9", "IDN": "L7", "THA": "LL7", "KGZ": "LL7",
               "MEX": "G8", "DEU": "C8", "KHM": "N7", "MMR": "MA6"}.get(foreign_code, "L8")
        up = "ABCDEFGHJKLMNPRSTUVWXYZ"
        if pat == "C7":
            t = "C" + digits(rng, 7)
        elif pat == "E8":
            t = "E" + digits(rng, 8) if rng.random() < 0.6 else "EA" + digits(rng, 7)
        elif pat == "P7A":
            t = "P" + digits(rng, 7) + rng.choice(up)
        elif pat == "LL7":
            t = rng.choice(up) + rng.choice(up) + digits(rng, 7)
        elif pat == "9":
            t = str(rng.randint(1, 9)) + digits(rng, 8)
        elif pat == "E7":
            t = "E" + digits(rng, 7)
        elif pat == "L7":
            t = rng.choice(up) + digits(rng, 7)
        elif pat == "G8":
            t = "G" + digits(rng, 8)
        elif pat == "C8":
            t = "C" + "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
        elif pat == "N7":
            t = "N" + digits(rng, 7)
        elif pat == "MA6":
            t = "MA" + digits(rng, 6)
        else:
            t = rng.choice(up) + digits(rng, 8)
        return Val(t, "KR_PASSPORT", "passport_foreign", extra={"country": foreign_code})
    kind = kind or rng.choice(["new", "new", "new", "old"])
    p = rng.choice("MMMMMSSGDR")
    if kind == "old":
        t = rng.choice("MS") + digits(rng, 8)
        return Val(t, "KR_PASSPORT", "passport_old")
    t = p + digits(rng, 3) + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(rng, 4)
    return Val(t, "KR_PASSPORT", "passport_new_" + p)


def mk_dl(rng, fmt=None):
    reg, code = rng.choice(DL_REGION)
    yy = f"{rng.randint(0, 24):02d}"
    ser = digits(rng, 6)
    cc = f"{rng.randint(0, 99):02d}"
    fmt = fmt or rng.choice(["num", "num", "num", "name", "name_nospace", "plain", "plain", "space"])
    clean = f"{code}-{yy}-{ser}-{cc}"
    if fmt == "num":
        t = clean
    elif fmt == "name":
        t = f"{reg} {yy}-{ser}-{cc}"
    elif fmt == "name_nospace":
        t = f"{reg}{yy}-{ser}-{cc}"
    elif fmt == "plain":
        t = f"{code}{yy}{ser}{cc}"
    else:
        t = f"{code} {yy} {ser} {cc}"
    return Val(t, "KR_DRIVER_LICENSE", "dl_" + fmt, clean, extra={"region": reg, "code": code})


CARD_BRANDS = [("visa", ["4"], 16), ("master", ["51", "52", "53", "54", "55", "2221", "2720"], 16),
               ("bc", ["9410", "9420", "9430", "9440", "9490"], 16), ("jcb", ["3528", "3561", "3589"], 16),
               ("amex", ["34", "37"], 15), ("local", ["9411", "9445", "9460"], 16)]


def mk_card(rng, fmt=None, masked=None):
    brand, pfx, n = rng.choice(CARD_BRANDS)
    body = rng.choice(pfx)
    body += digits(rng, n - 1 - len(body))
    num = luhn_complete(body)
    fmt = fmt or rng.choice(["dash", "dash", "space", "plain"])
    sep = {"dash": "-", "space": " ", "plain": ""}[fmt]
    groups = [4, 6, 5] if n == 15 else [4, 4, 4, 4]
    masked = (rng.random() < 0.3) if masked is None else masked
    disp = num
    kind = "card_" + brand + "_" + fmt
    if masked:
        style = rng.choice(["mid", "mid", "last4", "keep6"])
        ch = rng.choice(["*", "*", "X", "●"])
        if style == "keep6" or style == "mid":
            disp = num[:6] + ch * (n - 10) + num[-4:]
        else:
            disp = num[:4] + ch * (n - 8) + num[-4:]
        kind += "_masked"
    out, i = [], 0
    for g in groups:
        out.append(disp[i:i + g])
        i += g
    return Val(sep.join(out), "CREDIT_CARD", kind, num if not masked else sep.join(out),
               extra={"masked": masked, "full": num})


def mk_account(rng, bank=None, sep=None, masked=False):
    b = bank or rng.choice(BANKS)
    name, groups, pfx = b
    n = sum(groups)
    s = pfx + digits(rng, n - len(pfx))
    sep = rng.choice(["-", "-", "-", "-", "", " ", "."]) if sep is None else sep
    if masked:
        pos = list(range(3, n - 2))
        rng.shuffle(pos)
        k = rng.randint(3, 5)
        sl = list(s)
        st = sorted(pos[:k]) if rng.random() < 0.5 else list(range(n - 6, n - 6 + k))
        for p in st:
            sl[p] = "*"
        s = "".join(sl)
    out, i = [], 0
    for g in groups:
        out.append(s[i:i + g])
        i += g
    t = sep.join(out)
    kind = f"acct_{'-'.join(map(str, groups))}" + ("_masked" if masked else "") + ({"": "_nosep", " ": "_space", ".": "_dot"}.get(sep, ""))
    return Val(t, "KR_BANK_ACCOUNT", kind, extra={"bank": name, "groups": groups})


def mk_mobile(rng, fmt=None):
    p = rng.choice(MOBILE_PFX)
    mid = digits(rng, 4) if p == "010" else str(rng.randint(200, 999)) if rng.random() < 0.5 else digits(rng, 4)
    if mid[0] == "0":
        mid = str(rng.randint(2, 9)) + mid[1:]
    last = digits(rng, 4)
    fmt = fmt or rng.choice(["dash"] * 6 + ["space", "dot", "plain", "intl", "paren"])
    t = {"dash": f"{p}-{mid}-{last}", "space": f"{p} {mid} {last}", "dot": f"{p}.{mid}.{last}",
         "plain": f"{p}{mid}{last}", "intl": f"+82-{p[1:]}-{mid}-{last}", "paren": f"({p}){mid}-{last}"}[fmt]
    return Val(t, "PHONE_NUMBER", "mobile_" + fmt, f"{p}-{mid}-{last}")


def mk_landline(rng, kind="landline", area=None, fmt="dash"):
    a = area or (rng.choice(AREA) if kind != "070" else "070")
    if a == "070":
        mid = str(rng.randint(2, 9)) + digits(rng, 3)
    elif a == "02":
        mid = str(rng.randint(2, 9)) + digits(rng, rng.choice([2, 3]))
    else:
        mid = str(rng.randint(2, 9)) + digits(rng, rng.choice([2, 3]))
    last = digits(rng, 4)
    t = {"dash": f"{a}-{mid}-{last}", "paren": f"({a}) {mid}-{last}", "dot": f"{a}.{mid}.{last}",
         "space": f"{a} {mid} {last}"}[fmt]
    return Val(t, "PHONE_NUMBER", kind + ("" if fmt == "dash" else "_" + fmt), f"{a}-{mid}-{last}")


def mk_email(rng, roman=None, domain=None):
    if roman:
        sur, giv = roman
        sur, giv = sur.lower(), giv.lower()
        ini = "".join(w[0] for w in re.findall(r"[a-z]+", giv)) or giv[:2]
        local = rng.choice([f"{giv}.{sur}", f"{sur}{giv}", f"{sur}.{giv}{rng.randint(1, 99)}", f"{ini}{sur}",
                            f"{sur}{ini}{rng.randint(70, 99)}", f"{giv}_{sur[0]}", f"{giv}{rng.randint(100, 999)}"])
    else:
        local = rng.choice(["sunny", "blue", "moon", "happy", "green", "star", "jjang", "coffee", "river", "tiger"]) \
            + rng.choice(["", "_", "."]) + str(rng.randint(1, 9999))
    local = re.sub(r"[^a-z0-9._]", "", local)
    dom = domain or rng.choice(EMAIL_DOM)
    return Val(f"{local}@{dom}", "EMAIL_ADDRESS", "email_" + ("official" if dom == "korea.kr" else
                                                              "company" if dom.endswith(".co.kr") else "personal"))


def mk_ip(rng, kind=None):
    kind = kind or rng.choice(["public"] * 4 + ["private"] * 2 + ["ipv6"])
    if kind == "public":
        t = f"{rng.choice([58, 59, 61, 110, 112, 114, 115, 118, 121, 125, 175, 180, 182, 183, 203, 210, 211, 218, 220, 221, 222])}." \
            f"{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    elif kind == "private":
        t = rng.choice([f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}",
                        f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                        f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])
    else:
        h = lambda: f"{rng.randint(1, 0xffff):x}"
        t = rng.choice([f"2001:2d8:{h()}:{h()}::{h()}", f"2406:5900:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}",
                        f"fe80::{h()}:{h()}:{h()}:{h()}"])
    return Val(t, "IP_ADDRESS", "ip_" + kind)


def mk_plate(rng, fmt=None):
    fmt = fmt or rng.choice(["2d", "3d", "3d", "region", "comm", "nospace", "rent", "3d_nospace"])
    h = rng.choice(PLATE_PRIV)
    n2 = f"{rng.randint(10, 69)}"
    n3 = f"{rng.randint(100, 699)}"
    ser = f"{rng.randint(1000, 9999)}"
    reg = rng.choice(["서울", "부산", "경기", "인천", "대구", "광주", "대전", "울산", "충남", "경북", "경남", "전북", "강원", "제주"])
    if fmt == "2d":
        t = f"{n2}{h} {ser}"
    elif fmt == "3d":
        t = f"{n3}{h} {ser}"
    elif fmt == "region":
        t = f"{reg} {n2}{h} {ser}"
    elif fmt == "comm":
        t = f"{reg} {rng.randint(70, 79)}{rng.choice(PLATE_COMM)} {ser}" if rng.random() < 0.7 else \
            f"{reg}{rng.randint(70, 79)}{rng.choice(PLATE_COMM)}{ser}"
    elif fmt == "rent":
        t = f"{n2}{rng.choice(PLATE_RENT)} {ser}" if rng.random() < 0.5 else f"{n3}{rng.choice(PLATE_RENT)} {ser}"
    elif fmt == "nospace":
        t = f"{n2}{h}{ser}"
    else:
        t = f"{n3}{h}{ser}"
    return Val(t, "KR_VEHICLE_PLATE", "plate_" + fmt)


def mk_hi(rng, fmt=None):
    s = str(rng.randint(1, 7)) + digits(rng, 10)
    fmt = fmt or rng.choice(["plain"] * 6 + ["dash", "space"])
    t = {"plain": s, "dash": f"{s[:1]}-{s[1:]}", "space": f"{s[:4]} {s[4:8]} {s[8:]}"}[fmt]
    return Val(t, "KR_HEALTH_INSURANCE", "hi_" + fmt, s)


def mk_brn(rng, fmt="dash"):
    d9 = str(rng.randint(101, 899)) + f"{rng.choice(list(range(1, 80)) + list(range(81, 89))):02d}" + digits(rng, 4)
    c = brn_check(d9)
    s = d9 + c
    t = f"{s[:3]}-{s[3:5]}-{s[5:]}" if fmt == "dash" else s if fmt == "plain" else f"{s[:3]} {s[3:5]} {s[5:]}"
    return Val(t, "KR_BRN", "brn_" + fmt, s)


def mk_crn(rng, fmt="dash"):
    d12 = rng.choice(["1101", "1201", "1301", "1345", "1311", "1501", "1601", "1701", "1801", "2001", "2301",
                      "1358", "1244", "1615"]) + rng.choice(["11", "11", "11", "14", "71", "82", "13"]) + digits(rng, 6)
    c = crn_check(d12)
    s = d12 + c
    t = f"{s[:6]}-{s[6:]}" if fmt == "dash" else s
    return Val(t, "KR_CRN", "crn_" + fmt, s)


def mk_address(rng, form=None, region=None):
    full, short, sggs = region or rng.choice(REGIONS)
    sgg = rng.choice(sggs)
    form = form or rng.choice(["road_full"] * 4 + ["road_short", "road_sgg", "jibun", "jibun_short", "road_full_bldg"])
    road = rng.choice(ROADS)
    if rng.random() < 0.3:
        road = road + f"{rng.randint(1, 60)}번길"
    bno = str(rng.randint(1, 320))
    if rng.random() < 0.15:
        bno += f"-{rng.randint(1, 30)}"
    unit = rng.choice(["", f", {rng.randint(101, 125)}동 {rng.randint(1, 25)}{rng.randint(1, 4):02d}호",
                       f", {rng.randint(2, 9)}층 {rng.randint(2, 9)}0{rng.randint(1, 5)}호", f" {rng.randint(2, 15)}층",
                       f" {rng.randint(1, 5)}0{rng.randint(1, 9)}호", f", 나동 {rng.randint(1, 3)}0{rng.randint(1, 4)}호"])
    if form.startswith("road"):
        head = {"road_full": f"{full} {sgg}", "road_full_bldg": f"{full} {sgg}", "road_short": f"{short} {sgg}",
                "road_sgg": sgg}[form]
        t = f"{head} {road} {bno}{unit}"
        ref = f"({rng.choice(DONGS)}동" + (f", {rng.choice(APTS)})" if rng.random() < 0.5 else ")")
    else:
        head = f"{full} {sgg}" if form == "jibun" else (f"{short} {sgg}" if rng.random() < 0.5 else sgg)
        dong = rng.choice(DONGS) + "동"
        lot = f"{rng.randint(1, 999)}" + (f"-{rng.randint(1, 60)}" if rng.random() < 0.7 else "")
        apt = rng.choice(["", f" {rng.choice(APTS)} {rng.randint(101, 115)}동 {rng.randint(1, 20)}0{rng.randint(1, 4)}호",
                          f" {rng.randint(1, 3)}층"])
        t = f"{head} {dong} {lot}{apt}"
        if form == "jibun" and rng.random() < 0.3:
            t = f"{head} {dong} {lot}번지{apt}"
        ref = ""
    post = f"{rng.randint(1, 63):02d}{digits(rng, 3)}"
    return Val(t, "KR_ADDRESS", "addr_" + form, extra={"ref": ref, "post": post})


# =====================================================================
# people
# =====================================================================
def has_batchim(word):
    ch = word.strip()[-1]
    if "가" <= ch <= "힣":
        return (ord(ch) - 0xAC00) % 28 != 0
    return ch.lower() in "bcdfgjklmnpqstvxz"


def rieul(word):
    ch = word.strip()[-1]
    return "가" <= ch <= "힣" and (ord(ch) - 0xAC00) % 28 == 8


JOSA = {"은": ("은", "는"), "이": ("이", "가"), "을": ("을", "를"), "과": ("과", "와"), "아": ("아", "야"),
        "이다": ("이다", "다"), "이며": ("이며", "며"), "이고": ("이고", "고"), "으로": ("으로", "로"),
        "이라고": ("이라고", "라고")}


def josa(word, key):
    a, b = JOSA[key]
    if key == "으로" and rieul(word):
        return "로"
    return a if has_batchim(word) else b


class Person:
    def __init__(self, ctx, foreign=False, latin=False, y0=1950, y1=2003, kor_name=None):
        rng = ctx.rng
        self.ctx = ctx
        self.foreign = foreign
        self.male = rng.random() < 0.5
        self.birth = rand_date(rng, y0, y1)
        self._cache = {}
        for _ in range(200):
            if foreign:
                h, lat, nat, code = rng.choice(FOREIGN)
                self.nat, self.code = nat, code
                disp = lat if latin else h
                if latin and lat in MIXED_CASE and rng.random() < 0.5:
                    disp = MIXED_CASE[lat]
                self.hangul, self.latin = h, lat
                parts = lat.split()
                self.roman = (parts[0], "".join(parts[1:]))
                kind = "name_foreign_latin" if latin else "name_foreign_hangul"
            else:
                s = rng.choices(SURNAMES, weights=[w for _, _, w in SURNAMES])[0]
                g = rng.choice(GIVEN) if rng.random() > 0.04 else rng.choice(GIVEN1)
                disp = s[0] + g[0]
                self.roman = (s[1], g[1])
                self.hangul, self.latin = disp, f"{s[1]} {g[1]}"
                kind = "name_kor" + ("_2syl_surname" if len(s[0]) == 2 else "") + ("_short" if len(disp) == 2 else "")
                self.nat, self.code = "대한민국", "KOR"
            if disp not in ctx.names and disp != "홍길동" and not any(disp in n or n in disp for n in ctx.names):
                break
        ctx.names.add(disp)
        self.name = Val(disp, "PERSON", kind)

    def other_script(self):
        """same person in the other script (foreigners only)"""
        if self.name.text == self.hangul:
            t = self.latin
            k = "name_foreign_latin"
        else:
            t = self.hangul
            k = "name_foreign_hangul"
        self.ctx.names.add(t)
        return Val(t, "PERSON", k)

    def get(self, key, fn):
        if key not in self._cache:
            self._cache[key] = fn()
        return self._cache[key]

    def age(self, ref=datetime.date(2024, 6, 1)):
        return ref.year - self.birth.year - ((ref.month, ref.day) < (self.birth.month, self.birth.day))

    def rrn(self, mode=None, sep="-"):
        if self.birth >= datetime.date(2020, 10, 1):
            mode = "post2020" if mode != "masked" else mode
        elif mode is None or mode == "post2020":
            mode = self.ctx.rng.choice(["valid"] * 5 + ["masked"] * 3)
        return self.get(("rrn", mode, sep), lambda: mk_rrn(self.ctx.rng, self.birth, self.male, mode, sep))

    def frn(self, sep="-", masked=False):
        return self.get(("frn", sep, masked), lambda: mk_frn(self.ctx.rng, self.birth, self.male, sep, masked))

    def dob(self, kind=None):
        return self.get(("dob", kind), lambda: mk_dob(self.ctx.rng, self.birth, kind))

    def mobile(self, fmt=None):
        return self.get(("mob", fmt), lambda: mk_mobile(self.ctx.rng, fmt))

    def email(self, domain=None):
        return self.get(("email", domain), lambda: mk_email(self.ctx.rng, self.roman, domain))

    def address(self, form=None):
        return self.get(("addr", form), lambda: mk_address(self.ctx.rng, form))

    def passport(self, kind=None):
        return self.get(("pp", kind), lambda: mk_passport(self.ctx.rng, self.code if self.foreign else None, kind))

    def dl(self, fmt=None):
        return self.get(("dl", fmt), lambda: mk_dl(self.ctx.rng, fmt))

    def account(self, **kw):
        return self.get(("acct", tuple(sorted(kw.items()))), lambda: mk_account(self.ctx.rng, **kw))

    def card(self, **kw):
        return self.get(("card", tuple(sorted(kw.items()))), lambda: mk_card(self.ctx.rng, **kw))

    def hi(self, fmt=None):
        return self.get(("hi", fmt), lambda: mk_hi(self.ctx.rng, fmt))


# =====================================================================
# noise
# =====================================================================
FW = {c: chr(0xFF10 + i) for i, c in enumerate("0123456789")}
CONFUSE = {"0": ["O", "o"], "1": ["l", "I"], "5": ["S"], "8": ["B"]}
DIGIT_TYPES = {"KR_RRN", "KR_FRN", "PHONE_NUMBER", "CREDIT_CARD", "KR_BANK_ACCOUNT", "KR_BRN", "KR_CRN",
               "KR_HEALTH_INSURANCE", "KR_DRIVER_LICENSE", "KR_PASSPORT"}


def noise_val(rng, v, op=None):
    t = v.text
    if v.type == "PERSON":
        if len(t) >= 3 and all("가" <= c <= "힣" for c in t):
            return v.with_text(" ".join(t), "spaced_name")
        return v
    if v.type == "KR_ADDRESS":
        sp = [i for i, c in enumerate(t) if c == " "]
        if len(sp) >= 3:
            i = rng.choice(sp[1:-1])
            return v.with_text(t[:i] + "\n" + t[i + 1:], "wrapped")
        return v
    if v.type == "KR_VEHICLE_PLATE":
        if " " in t:
            return v.with_text(t.replace(" ", "", 1) if rng.random() < 0.5 else t.replace(" ", "  "), "space_variant")
        m = re.search(r"[가-힣](?=\d{4}$)", t)
        return v.with_text(t[:m.end()] + " " + t[m.end():], "space_variant") if m else v
    if v.type in ("EMAIL_ADDRESS", "IP_ADDRESS"):
        return v
    ops = ["fullwidth_digits", "space_in_number", "ocr_confusable"]
    if "-" in t:
        ops += ["unicode_hyphen", "newline_in_number"]
    if v.type == "DATE_OF_BIRTH":
        ops = ["fullwidth_digits", "ocr_confusable"]
        if v.kind.startswith("dob_spoken"):
            return v
    op = op or rng.choice(ops)
    if op == "fullwidth_digits":
        nt = "".join(FW.get(c, c) for c in t)
        if "-" in t and rng.random() < 0.5:
            nt = nt.replace("-", "－")
        return v.with_text(nt, op)
    if op == "unicode_hyphen":
        return v.with_text(t.replace("-", rng.choice(["‐", "－", "–"])), op)
    if op == "newline_in_number":
        idx = [i for i, c in enumerate(t) if c == "-"]
        i = rng.choice(idx)
        return v.with_text(t[:i + 1] + "\n" + t[i + 1:] if rng.random() < 0.6 else t[:i] + "\n" + t[i:], op)
    if op == "space_in_number":
        idx = [i for i in range(1, len(t)) if t[i - 1].isdigit() and t[i].isdigit()]
        if not idx:
            return v
        i = rng.choice(idx)
        return v.with_text(t[:i] + " " + t[i:], op)
    if op == "ocr_confusable":
        idx = [i for i, c in enumerate(t) if c in CONFUSE]
        if v.type == "KR_PASSPORT":
            idx = [i for i in idx if i >= 1]
        if not idx:
            return v
        rng.shuffle(idx)
        tl = list(t)
        for i in idx[:rng.randint(1, 2)]:
            tl[i] = rng.choice(CONFUSE[tl[i]])
        nt = "".join(tl)
        return v.with_text(nt, op)
    return v


def spoken_digits(v, filler=" "):
    """digits spelled in Hangul, as in a call transcript"""
    groups = re.split(r"[-\s.]+", v.text)
    out = filler.join("".join(HANGUL_DIGIT.get(c, c) for c in g) for g in groups if g)
    return v.with_text(out, "hangul_digits" + ("" if filler == " " else "_filler"))


def ocr_plain(rng, s, level):
    out = []
    for i, c in enumerate(s):
        out.append(c)
        if "가" <= c <= "힣" and i + 1 < len(s) and "가" <= s[i + 1] <= "힣" and rng.random() < 0.04 * level:
            out.append(" ")
    s = "".join(out)
    if rng.random() < level:
        s = s.replace("·", ".")
    if rng.random() < 0.5 * level:
        s = s.replace(":", rng.choice([";", ":", " :", "："]))
    if rng.random() < 0.3 * level:
        s = s.replace("(", "〔", 1)
    return s


# =====================================================================
# record builder
# =====================================================================
class Ctx:
    def __init__(self, rng, ocr=0.0):
        self.rng = rng
        self.parts = []
        self.n = 0
        self.spans = []
        self.negs = []
        self.names = set()
        self.ocr = ocr

    # plain text
    def t(self, s):
        if self.ocr and s:
            s = ocr_plain(self.rng, s, self.ocr)
        self.parts.append(s)
        self.n += len(s)
        return self

    def raw(self, s):
        self.parts.append(s)
        self.n += len(s)
        return self

    # labelled value
    def p(self, v, noisy=True):
        if self.ocr and noisy and self.rng.random() < self.ocr:
            v = noise_val(self.rng, v)
        self.spans.append({"start": self.n, "end": self.n + len(v.text), "type": v.type, "kind": v.kind,
                           "noise": v.noise, "clean": v.clean, "text": v.text})
        self.parts.append(v.text)
        self.n += len(v.text)
        return self

    # hard negative
    def neg(self, s, cat):
        self.negs.append({"start": self.n, "end": self.n + len(s), "text": s, "category": cat})
        self.parts.append(s)
        self.n += len(s)
        return self

    def f(self, fmt, *vals):
        """format with {0} {1|은} markers; Val -> span, ('neg',text,cat) -> negative, str -> text"""
        pos = 0
        for m in re.finditer(r"\{(\d+)(?:\|([^}]+))?\}", fmt):
            self.t(fmt[pos:m.start()])
            v = vals[int(m.group(1))]
            self.emit(v)
            if m.group(2):
                base = v.clean if isinstance(v, Val) else (v[1] if isinstance(v, tuple) else v)
                self.t(josa(base, m.group(2)))
            pos = m.end()
        self.t(fmt[pos:])
        return self

    def emit(self, v):
        if v is None:
            return
        if isinstance(v, Val):
            self.p(v)
        elif isinstance(v, tuple) and v and v[0] == "neg":
            self.neg(v[1], v[2])
        elif isinstance(v, list):
            for x in v:
                self.emit(x)
        else:
            self.t(str(v))

    def person(self, **kw):
        return Person(self, **kw)

    def text(self):
        return "".join(self.parts)


def N(text, cat):
    return ("neg", text, cat)


def table(c, header, rows, style=None):
    """flattened table: each cell a str / Val / neg / list"""
    rng = c.rng
    style = style or rng.choice(["pipe", "pipe_sp", "tab", "spaces"])
    sep = {"pipe": "|", "pipe_sp": " | ", "tab": "\t", "spaces": None}[style]
    lines = ([header] if header else []) + rows
    for r, row in enumerate(lines):
        if style in ("pipe",) and rng.random() < 0.5:
            c.t("|")
        for k, cell in enumerate(row):
            if k:
                c.t(sep if sep else " " * rng.randint(2, 5))
            c.emit(cell)
        c.t("\n")
    return style


# =====================================================================
# negatives
# =====================================================================
def neg_docnum(rng, dept=None):
    return rng.choice([f"{dept or rng.choice(DEPTS)}-{rng.randint(100, 29999)}", f"부가46015-{rng.randint(10, 999)}",
                       f"재산세과-{rng.randint(10, 999)}", f"서면-{rng.randint(2018, 2024)}-법인-{rng.randint(1000, 9999)}",
                       f"법인-{rng.randint(10, 999)}", f"{dept or rng.choice(DEPTS)}-{rng.randint(1000, 9999)}"])


def neg_case(rng):
    return rng.choice([f"{rng.randint(2019, 2024)}고단{rng.randint(100, 9999)}", f"{rng.randint(2019, 2024)}가합{rng.randint(10000, 99999)}",
                       f"{rng.randint(2019, 2024)}구합{rng.randint(10000, 99999)}", f"조심 {rng.randint(2019, 2024)}서{rng.randint(1000, 9999)}",
                       f"{rng.randint(2019, 2024)}고약{rng.randint(10000, 99999)}", f"{rng.randint(2015, 2023)}두{rng.randint(10000, 99999)}",
                       f"{rng.randint(2019, 2024)}노{rng.randint(100, 3999)}", f"{rng.randint(2019, 2024)}나{rng.randint(10000, 99999)}"])


def neg_receipt(rng):
    return f"{rng.randint(1, 2)}{rng.choice(['AA', 'AB', 'AC', 'BA'])}-{rng.randint(19, 24)}{rng.randint(1, 12):02d}-{digits(rng, 7)}"


def neg_amount(rng):
    v = rng.randint(3, 9000) * 1000
    return rng.choice([f"{v:,}원", f"₩{v:,}", f"금 {v:,}원", f"{v // 10000:,}만 원" if v >= 10000 else f"{v:,}원"])


def neg_date(rng):
    d = rand_date(rng, 2021, 2025)
    return rng.choice([f"{d.year}. {d.month}. {d.day}.", f"{d.year}-{d.month:02d}-{d.day:02d}", f"{d.year}년 {d.month}월 {d.day}일",
                       f"{d.year}.{d.month:02d}.{d.day:02d}."])


def company(rng):
    s = rng.choice(COMPANY_STEMS)
    return rng.choice([f"(주){s}", f"주식회사 {s}", f"{s}(주)", f"㈜{s}", f"유한회사 {s}", s])


def inst(rng):
    return rng.choice(INSTITUTIONS)


def inst_addr_neg(rng, ins):
    return N(ins[2], "institution_address")


# =====================================================================
# templates
# =====================================================================
TEMPLATES = {}


def template(name, genre, n):
    def deco(fn):
        TEMPLATES[name] = (fn, genre, n)
        return fn
    return deco


OFF_TITLES = ["주무관", "주무관", "주무관", "사무관", "서기관", "팀장", "실무관"]


def date_range(rng, sep=" ~ ", y0=2023, y1=2025):
    d1 = rand_date(rng, y0, y1)
    d2 = d1 + datetime.timedelta(days=rng.randint(1, 300))
    pad = rng.random() < 0.4
    f = (lambda d: f"{d.year}. {d.month:02d}. {d.day:02d}.") if pad else (lambda d: f"{d.year}. {d.month}. {d.day}.")
    return f(d1) + sep + f(d2)


def date_s(rng, y0=2023, y1=2025):
    d = rand_date(rng, y0, y1)
    return rng.choice([f"{d.year}. {d.month}. {d.day}.", f"{d.year}. {d.month:02d}. {d.day:02d}."])


def postal_neg(rng):
    return N(f"{rng.randint(1, 63):02d}{digits(rng, 3)}", "postal_code")


def addr_with_ref(c, a, with_post=None):
    """address span with optional postal code before and reference after (both outside the span)"""
    rng = c.rng
    if with_post is None:
        with_post = rng.random() < 0.4
    if with_post:
        c.t("(").neg(a.extra["post"], "postal_code").t(") ")
    c.p(a)
    if a.extra.get("ref") and rng.random() < 0.4:
        c.t(" " + a.extra["ref"])


def footer_official(c, ins, dept, off, fax=True):
    rng = c.rng
    c.t("\n")
    c.t("우 ").neg(f"{rng.randint(1, 63):02d}{digits(rng, 3)}", "postal_code").t("  ").neg(ins[2], "institution_address")
    c.t(f"  / www.{rng.choice(['gov', 'go'])}.kr\n")
    direct = off.get("direct", lambda: mk_landline(c.rng, area=ins[3].split('-')[0]))
    style = rng.randint(0, 2)
    if style == 0:
        c.t("전화번호 ").p(direct).t("  ")
        if fax:
            c.t("팩스번호 ").p(off.get("fax", lambda: mk_landline(c.rng, "fax", area=ins[3].split('-')[0]))).t("  ")
        c.t("/ ").p(off.email(ins[4])).t("  ")
    elif style == 1:
        c.t("전화 ").p(direct)
        if fax:
            c.t(" 전송 ").p(off.get("fax", lambda: mk_landline(c.rng, "fax", area=ins[3].split('-')[0])))
        c.t(" ").p(off.email(ins[4])).t(" ")
    else:
        c.t("대표전화 ").neg(ins[3], "institution_phone").t("  담당자 직통 ").p(direct).t("  ").p(off.email(ins[4])).t("  ")
    c.t(rng.choice(["/ 공개", "/ 부분공개(6)", "/ 비공개(6)", "/ 공개"]) + "\n")


def gyeoljae(c, dept, people):
    rng = c.rng
    drafter, reviewer, boss = people
    form = rng.randint(0, 4)
    if form == 0:
        c.f("주무관 {0}    사무관 {1}    " + dept + "장 {2}\n", drafter.name, reviewer.name, boss.name)
    elif form == 1:
        c.f("기안자 주무관 {0}  검토자 팀장 {1}  결재권자 " + dept + "장 {2}\n", drafter.name, reviewer.name, boss.name)
    elif form == 2:
        c.f("★주무관 {0}\t팀장 {1}\t과장 전결 {2}\n", drafter.name, reviewer.name, boss.name)
    elif form == 3:
        c.f("기안 {0} 주무관 → 검토 {1} 팀장 → 결재 {2} 과장(전결)\n", drafter.name, reviewer.name, boss.name)
    else:
        c.f("담당 {0} | 팀장 {1} | 과장 {2}\n", drafter.name, reviewer.name, boss.name)
    if rng.random() < 0.4:
        co = c.person(y1=1995)
        c.f("협조자  " + rng.choice(DEPTS) + " 주무관 {0}\n", co.name)


@template("gongmun", "공문", 44)
def t_gongmun(c):
    rng = c.rng
    ins = inst(rng)
    dept = rng.choice(DEPTS)
    drafter, reviewer, boss = c.person(y0=1975, y1=1999), c.person(y0=1968, y1=1990), c.person(y0=1962, y1=1982)
    kind = rng.choice(["citizen", "company", "internal", "foreign", "internal"])
    c.t(ins[0] + "\n\n")
    date1 = date_s(rng)
    if kind == "citizen":
        p = c.person()
        a = p.address()
        c.f("수신  {0} 귀하 (", p.name)
        addr_with_ref(c, a, True)
        c.t(")\n(경유)\n")
        subj = rng.choice(["기초연금 수급자격 확인 결과 알림", "주민등록 사실조사 결과 통보", "과오납금 환급 안내",
                           "자동차 검사 미필 과태료 사전통지", "여권 발급 서류 보완 요청"])
        c.t(f"제목  {subj}\n\n1. 귀하의 가정에 평안을 기원합니다.\n2. ")
        if "환급" in subj:
            acct = p.account()
            c.f("귀하께서 " + date1 + " 제출하신 환급 신청서에 따라 과오납금 ").neg(neg_amount(rng), "amount")
            c.f("을 신청 계좌({0} {1}, 예금주 {2})로 지급할 예정임을 알려드립니다.\n",
                acct.extra["bank"], acct, p.name)
        elif "과태료" in subj:
            pl = mk_plate(rng)
            c.f("귀하 소유 차량 {0}의 정기검사 유효기간이 경과하여 ", pl).neg("「자동차관리법」 제84조 제2항", "statute") \
                .t("에 따라 과태료 부과를 사전통지합니다.\n")
            c.f("  가. 소유자: {0}(생년월일 {1})\n  나. 의견 제출 기한: " + date_s(rng) + "까지\n", p.name, p.dob())
        elif "여권" in subj:
            c.f("귀하의 여권 발급 신청(접수번호 ").neg(neg_receipt(rng), "receipt_number") \
                .f(")과 관련하여 기존 여권({0})의 분실신고 확인서가 누락되어 보완을 요청합니다.\n", p.passport())
        else:
            c.f(date1 + " 실시한 조사 결과를 다음과 같이 알려드립니다.\n  가. 대상자: {0} ({1})\n  나. 연락처: {2}\n",
                p.name, p.rrn(), p.mobile())
        c.t("3. 이의가 있는 경우 통지를 받은 날부터 90일 이내에 행정심판을 청구할 수 있습니다.  끝.\n\n")
    elif kind == "company":
        co = company(rng)
        rep = c.person(y1=1985)
        c.t("수신  ").neg(co, "company_name").f("(대표 {0})\n", rep.name)
        c.t("제목  용역 착수계 제출 서류 보완 요청\n\n1. 관련: ").neg(neg_docnum(rng, dept), "document_number") \
            .t(f"({date1})\n2. 위 호와 관련하여 귀사(사업자등록번호 ").p(mk_brn(rng)) \
            .t(")에서 제출한 착수계 중 참여 인력 명단을 아래와 같이 보완하여 주시기 바랍니다.\n")
        for _ in range(rng.randint(1, 3)):
            w = c.person(y0=1970, y1=2000)
            c.f("  - {0}(" + rng.choice(["책임연구원", "선임", "PM", "수석", "연구원"]) + ", {1})\n", w.name, w.mobile())
        c.t("3. 보완 기한은 ").neg(neg_date(rng), "date").t("까지이며, 기한 내 미제출 시 ").neg(
            rng.choice(STATUTES), "statute").t("에 따라 조치할 예정입니다.  끝.\n\n")
    elif kind == "foreign":
        p = c.person(foreign=True, latin=rng.random() < 0.5, y0=1975, y1=2002)
        c.f("수신  {0} 귀하\n제목  체류기간 연장허가 신청 관련 서류 보완 안내\n\n", p.name)
        c.f("1. 귀하(외국인등록번호 {0}, 국적 " + p.nat + ")께서 " + date1 + " 신청하신 체류기간 연장허가와 관련하여 "
            "여권({1}) 사본의 유효기간이 확인되지 않아 보완을 요청합니다.\n", p.frn(), p.passport())
        c.t("2. 제출 기한 내 보완하지 않으면 ").neg("「출입국관리법」 제25조", "statute").t("에 따라 불허될 수 있습니다.  끝.\n\n")
    else:
        other = inst(rng)
        c.t("수신  ").neg(f"{other[1]}({rng.choice(DEPTS)}장)", "office_title").t("\n(경유)\n")
        topic = rng.choice(["개인정보보호 담당자 교육", "정보공개 업무 연찬회", "재난안전 워크숍", "청렴 교육"])
        c.t(f"제목  {date1} {topic} 참석자 명단 제출\n\n1. 관련: ").neg(neg_docnum(rng), "document_number") \
            .t("\n2. 위 호와 관련하여 우리 기관 참석자 명단을 다음과 같이 제출합니다.\n")
        for _ in range(rng.randint(2, 4)):
            w = c.person(y0=1965, y1=2000)
            t = rng.choice(OFF_TITLES)
            c.f(f"  - {rng.choice(DEPTS)} {t} {{0}} (", w.name)
            c.p(w.get("direct", lambda: mk_landline(rng, area=ins[3].split('-')[0]))).t(")\n")
        c.t("  끝.\n\n")
    c.t("붙임  " + rng.choice(["관련 서류 1부.", "명단 1부.", "안내문 1부."]) + "  끝.\n\n")
    c.neg(ins[1], "office_title").t("\n\n")
    gyeoljae(c, dept, (drafter, reviewer, boss))
    c.t("시행  ").neg(f"{dept}-{rng.randint(100, 19999)}", "document_number").t(f" ({date_s(rng)})  접수\n")
    footer_official(c, ins, dept, drafter)


@template("minwon", "민원회신", 40)
def t_minwon(c):
    rng = c.rng
    ins = inst(rng)
    dept = rng.choice(DEPTS)
    p = c.person(y0=1940, y1=2004)
    off = c.person(y0=1970, y1=1999)
    opening = rng.randint(0, 2)
    if opening == 0:
        c.f("{0} 님 귀하\n\n", p.name)
    elif opening == 1:
        c.f("민원인 {0} 님께\n\n", p.name)
    else:
        c.f("수신: {0} 귀하\n제목: 민원 처리 결과 알림\n\n", p.name)
    c.t(rng.choice(["안녕하십니까? ", "평소 시정에 관심을 가져 주셔서 감사합니다. ", "귀하의 가정에 건강과 행복이 가득하시길 바랍니다. "]))
    c.t(f"귀하께서 {date_s(rng)} 국민신문고(신청번호 ").neg(neg_receipt(rng), "receipt_number").t(")를 통해 제출하신 민원에 대한 검토 결과를 다음과 같이 알려드립니다.\n\n")
    topic = rng.choice(["parking", "refund", "noise", "passport", "bus", "welfare", "card"])
    if topic == "parking":
        pl = mk_plate(rng)
        c.f("○ 민원 요지: 귀하 소유 차량({0})에 대하여 부과된 주정차위반 과태료 ", pl).neg(neg_amount(rng), "amount") \
            .t("에 대한 이의 제기\n○ 검토 결과: 단속 당시 사진을 확인한 결과 정차 시간이 5분을 초과하여 ")
        c.neg("「도로교통법」 제32조", "statute").t("에 따른 과태료 부과는 정당한 것으로 판단됩니다.\n")
        if rng.random() < 0.5:
            c.f("  다만 {0} 님께서 제출하신 병원 진료확인서를 참작하여 의견진술 기간을 연장하였습니다.\n", p.name)
    elif topic == "refund":
        acct = p.account(masked=rng.random() < 0.3)
        c.t("○ 민원 요지: 자동차세 이중 납부분 환급 요청\n○ 검토 결과: 이중 납부 사실이 확인되어 ").neg(neg_amount(rng), "amount")
        c.f("을 {0} 계좌 {1}(예금주 {2})로 " + date_s(rng) + " 환급하였습니다.\n", acct.extra["bank"], acct, p.name)
    elif topic == "noise":
        a = p.address()
        c.t("○ 민원 요지: 인근 공사장 야간 소음 피해\n○ 민원인 주소: ")
        addr_with_ref(c, a)
        c.t("\n○ 검토 결과: 현장 측정 결과 야간 소음이 기준치(60dB)를 초과하여 시공사에 공사중지 명령을 하였습니다.\n")
    elif topic == "passport":
        pp = p.passport()
        c.f("○ 민원 요지: 여권 분실 후 재발급 소요 기간 문의\n○ 검토 결과: 분실 신고된 여권(번호 {0})은 신고 즉시 효력이 상실되며, "
            "재발급은 통상 4~8일(근무일 기준)이 소요됩니다.\n", pp)
    elif topic == "bus":
        c.t("○ 민원 요지: 시내버스 배차 간격 조정 요청\n○ 검토 결과: 해당 노선 운수업체와 협의하여 출근 시간대 2회 증차하기로 하였습니다.\n")
        c.f("  민원 처리 과정에서 {0} 님께 연락드렸던 번호({1})로 결과를 문자로도 안내드렸습니다.\n", p.name, p.mobile())
    elif topic == "welfare":
        c.f("○ 민원 요지: 기초생활수급 신청 처리 지연\n○ 대상자: {0}({1}생)\n○ 검토 결과: 금융재산 조회 회신이 늦어져 처리가 지연되었으며, "
            "" + date_s(rng) + "까지 결정하여 통지하겠습니다.\n", p.name, p.dob(rng.choice(["dob_dot_space", "dob_kor", "dob_dot"])))
    else:
        cd = p.card(masked=True)
        c.f("○ 민원 요지: 공공시설 이용료 카드 결제 취소 요청\n○ 검토 결과: 결제 카드({0})로 취소 처리하였으며 카드사 사정에 따라 "
            "3~5영업일 후 반영됩니다.\n", cd)
    c.t("\n기타 궁금하신 사항은 ")
    form = rng.randint(0, 2)
    if form == 0:
        c.f(f"{ins[0]} {dept} {{0}} 주무관(☎ ", off.name).p(mk_landline(rng, area=ins[3].split('-')[0])).t(")에게 연락 주시면 친절히 안내해 드리겠습니다.\n")
    elif form == 1:
        c.f(f"{dept} 담당자 {{0}}(", off.name).p(mk_landline(rng, area=ins[3].split('-')[0])).t(", ").p(off.email(ins[4])).t(")에게 문의하여 주시기 바랍니다.\n")
    else:
        c.t("정부민원안내콜센터(☎ ").neg("110", "short_code").t(") 또는 " + ins[0] + " 대표전화(").neg(ins[3], "institution_phone").f(")로 문의하시거나 담당자 {0}에게 연락 주십시오.\n", off.name)
    c.t("\n" + ins[0] + " " + dept + "\n")


@template("press", "보도자료", 30)
def t_press(c):
    rng = c.rng
    ins = inst(rng)
    dept = rng.choice(DEPTS)
    boss, staff = c.person(y0=1965, y1=1982), c.person(y0=1978, y1=1998)
    c.t(f"보도자료\n보도 일시: {date_s(rng)} (" + rng.choice(["월", "화", "수", "목"]) + ") 11:00 이후\n배포 일시: " + date_s(rng) + "\n")
    area = ins[3].split("-")[0]
    if rng.random() < 0.5:
        c.t(f"담당 부서 | {dept}\n책임자 | 과장 ").p(boss.name).t(" (").p(mk_landline(rng, area=area)).t(")\n담당자 | 사무관 ").p(staff.name).t(" (").p(mk_landline(rng, area=area)).t(")\n\n")
    else:
        c.t(f"담당 부서: {dept}\t책임자: ").p(boss.name).t(" 과장\t").p(mk_landline(rng, area=area)).t("\n\t\t담당자: ").p(staff.name).t(" 주무관\t").p(mk_landline(rng, area=area)).t("\n\n")
    story = rng.choice(["award", "volunteer", "foreign", "rescue"])
    if story == "award":
        ppl = [c.person(y0=1950, y1=2000) for _ in range(rng.randint(2, 3))]
        c.t(f"{ins[0]}, 올해의 모범 시민 {len(ppl)}명 선정\n\n")
        c.t(f"□ {ins[0]}는 {date_s(rng)} 시상식을 열고 지역사회 발전에 기여한 시민 {len(ppl)}명에게 표창을 수여했다고 밝혔다.\n")
        order = rng.sample([0, 1, 2, 3], len(ppl))
        for p, fr in zip(ppl, order):
            if fr == 0:
                c.f(f"□ 대상을 받은 {{0}}({p.age()}) 씨는 20년 넘게 홀몸 어르신 급식 봉사를 이어 왔다.\n", p.name)
            elif fr == 1:
                c.f(f"□ 우수상 수상자인 {{0}}({p.age()}·자영업) 씨는 \"작은 일을 했을 뿐인데 큰 상을 받아 부끄럽다\"고 소감을 밝혔다.\n", p.name)
            elif fr == 2:
                c.f(f"□ 또한 청소년 멘토링을 이끈 {{0}}({p.age()}) 씨도 장려상을 받았다.\n", p.name)
            else:
                c.f(f"□ 특별상은 동네 골목 청소를 10년째 해 온 {{0}} 씨({p.age()}세)에게 돌아갔다. {{0}} 씨는 \"이웃들이 함께해 준 덕분\"이라며 웃었다.\n", p.name)
    elif story == "volunteer":
        p = c.person()
        c.t("폭우 피해 복구에 자원봉사자 300여 명 참여\n\n")
        c.f("□ 이번 복구 작업에는 지역 자원봉사센터 소속 봉사자 300여 명이 참여했다. 봉사단을 이끈 {0} 단장은 \"주민들이 하루빨리 일상으로 돌아가길 바란다\"고 말했다.\n", p.name)
    elif story == "foreign":
        p = c.person(foreign=True, latin=False, y0=1985, y1=2002)
        c.t("외국인 주민 한국어 말하기 대회 개최\n\n")
        c.f(f"□ 최우수상은 {p.nat} 출신 {{0}}({p.age()}) 씨가 차지했다. {{0}} 씨는 한국 생활 5년 차로, 농촌에서 일하며 겪은 이야기를 재치 있게 풀어냈다.\n", p.name)
        c.f("□ 수상자 영문 성명은 상장에 {0}로 표기된다.\n", p.other_script())
    else:
        p = c.person(y0=1960, y1=1995)
        v = c.person(y0=1935, y1=1955)
        c.f("화재 현장서 이웃 구한 시민에 의인상\n\n□ {0}(" + str(p.age()) + ") 씨는 지난달 새벽 불이 난 연립주택에 뛰어들어 거동이 불편한 {1}(" + str(v.age()) + ") 씨를 업고 나왔다.\n", p.name, v.name)
    fr = rng.randint(0, 1)
    if fr == 0:
        c.t("□ ").neg(ins[1], "office_title").t("은 \"앞으로도 시민과 함께하는 행정을 펼치겠다\"고 말했다.\n")
    else:
        m = c.person(y0=1955, y1=1975)
        c.f("□ {0} " + rng.choice(["장관", "시장", "구청장", "청장"]) + "은 \"현장의 목소리를 정책에 적극 반영하겠다\"고 강조했다.\n", m.name)
    c.t("\n※ 문의: 대표전화 ").neg(ins[3], "institution_phone").t(" / 민원 상담 ").neg(rng.choice(SWITCHBOARDS), "switchboard").t("\n")


@template("news", "뉴스", 40)
def t_news(c):
    rng = c.rng
    city = rng.choice(REGIONS)
    sgg = rng.choice(city[2]).split()[0]
    story = rng.choice(["fraud", "crash", "foreign", "interview", "court", "anon"])
    rep = c.person(y0=1975, y1=1998)
    if story == "fraud":
        p = c.person(y0=1960, y1=2000)
        acct = p.account(masked=rng.random() < 0.5)
        c.t(f"[{city[1]}={rng.choice(['연합', '뉴스1', '뉴시스'])}] ")
        c.f(f"{sgg} 경찰서는 보이스피싱 조직에 자신의 통장을 넘긴 혐의(전자금융거래법 위반)로 {{0}}({p.age()}) 씨를 불구속 입건했다고 {date_s(rng)} 밝혔다.\n", p.name)
        c.f("경찰에 따르면 {0|은} 대출을 해 주겠다는 말에 속아 자신 명의의 {1} 계좌({2})와 연결된 체크카드, 비밀번호를 넘긴 것으로 조사됐다. ", p.name,
            acct.extra["bank"], acct)
        c.t("피해자 ").neg("A(" + str(rng.randint(30, 80)) + ")", "placeholder_person").t("씨는 이 계좌로 ").neg(neg_amount(rng), "amount").t("을 송금했다.\n")
    elif story == "crash":
        p, q = c.person(y0=1955, y1=2003), c.person(y0=1940, y1=2003)
        pl = mk_plate(rng)
        c.f(f"{date_s(rng)} 오전 7시 20분께 {city[0]} {sgg}의 한 교차로에서 {{0}}({p.age()}) 씨가 몰던 {{1}} 승용차가 신호를 기다리던 버스를 들이받았다.\n", p.name, pl)
        c.f(f"이 사고로 버스 승객 {{0}}({q.age()}·여) 씨 등 4명이 가벼운 상처를 입어 병원으로 옮겨졌다. 경찰은 {{1|이}} 졸음운전을 했을 가능성을 조사하고 있다.\n", q.name, p.name)
    elif story == "foreign":
        p = c.person(foreign=True, latin=rng.random() < 0.3, y0=1985, y1=2003)
        c.f(f"{p.nat} 출신 이주노동자 {{0}}({p.age()}) 씨는 지난겨울 비닐하우스 숙소에서 지내다 동상을 입었다. ", p.name)
        boss = c.person(y0=1950, y1=1975)
        c.f("농장주 {0}(" + str(boss.age()) + ") 씨는 \"숙소를 새로 짓고 있다\"고 해명했다.\n", boss.name)
        c.f("고용노동부는 해당 농장에 대한 근로감독에 착수했다. 지원단체 관계자 {0} 씨는 \"같은 일이 반복되지 않도록 숙소 기준을 강화해야 한다\"고 말했다.\n", c.person().name)
    elif story == "interview":
        p = c.person(y0=1940, y1=1990)
        c.f(f"\"처음엔 다들 말렸죠.\" {sgg}에서 40년째 대장간을 운영하는 {{0}}({p.age()}) 씨가 웃으며 말했다. ", p.name)
        c.f("아들 {0}(" + str(max(20, p.age() - rng.randint(25, 35))) + ") 씨가 가업을 잇겠다고 나선 것은 3년 전이다.\n", c.person(y0=1985, y1=2000).name)
        c.t("그는 \"손님이 줄어도 쇠 두드리는 소리를 멈출 생각은 없다\"고 했다.\n")
    elif story == "court":
        p = c.person(y0=1960, y1=1995)
        j = c.person(y0=1965, y1=1985)
        c.f(f"{city[1]}지법 형사{rng.randint(1, 12)}단독 {{0}} 판사는 공무원 신분을 사칭해 노인들에게 돈을 뜯어낸 혐의로 기소된 {{1}}({p.age()}) 씨에게 징역 2년을 선고했다고 {date_s(rng)} 밝혔다.\n", j.name, p.name)
        c.t("사건번호는 ").neg(neg_case(rng), "case_number").t("이다.\n")
    else:
        c.t(f"{sgg}의 한 아파트에서 ").neg("B(" + str(rng.randint(20, 70)) + ")", "placeholder_person").t("씨가 숨진 채 발견됐다. 경찰은 유족 ").neg(rng.choice(["김○○", "박○○", "이**", "정 모 씨"]), "masked_name").t("의 진술을 토대로 경위를 조사하고 있다.\n")
        p = c.person(y0=1960, y1=1990)
        c.f("최초 신고자인 관리사무소 직원 {0} 씨는 \"며칠째 우편물이 쌓여 있어 이상하게 여겼다\"고 전했다.\n", p.name)
    c.t("\n")
    if rng.random() < 0.7:
        c.f("{0} 기자 {1}\n", rep.name, rep.email(rng.choice(["yna.co.kr", "news1.kr", "newsis.com", "hani.co.kr", "chosun.com"])))
    else:
        c.f("/{0} 기자\n", rep.name)


@template("minutes", "회의록", 28)
def t_minutes(c):
    rng = c.rng
    chair = c.person(y0=1950, y1=1975)
    mems = [c.person(y0=1955, y1=1992) for _ in range(rng.randint(3, 6))]
    sec = c.person(y0=1980, y1=1998)
    c.t(rng.choice(["제3차 ", "제12차 ", "2024년 제1회 ", "제7차 "]) + rng.choice(["개인정보 보호위원회", "지역안전관리위원회", "보조금심의위원회", "도시계획위원회", "인사위원회"]) + " 회의록\n\n")
    c.t(f"일시: {date_s(rng)} 14:00~16:10\n장소: 본관 3층 소회의실\n")
    form = rng.randint(0, 2)
    if form == 0:
        c.f("참석자: 위원장 {0}, 위원 ", chair.name)
        for k, m in enumerate(mems):
            c.t(", " if k else "").p(m.name)
        c.t(f" (총 {len(mems) + 1}명)\n")
    elif form == 1:
        c.t("참석위원\n")
        table(c, ["구분", "성명", "소속"], [["위원장", chair.name, "외부위원"]] + [["위원", m.name, rng.choice(["시의원", "교수", "변호사", "주민대표", "공무원"])] for m in mems])
    else:
        c.f("○ 출석: {0}(위원장) ", chair.name)
        for m in mems:
            c.f("{0} ", m.name)
        c.t("\n")
    c.f("간사: {0} 주무관 (", sec.name).p(sec.mobile() if rng.random() < 0.3 else mk_landline(rng)).t(")\n\n")
    c.t("1. 개회\n")
    c.f("{0} 위원장: 성원이 되었으므로 회의를 시작하겠습니다. 먼저 간사께서 안건을 보고해 주십시오.\n", chair.name)
    c.f("{0} 간사: 오늘 안건은 모두 두 건입니다. 첫 번째는 ", sec.name).neg(neg_docnum(rng), "document_number").t("로 상정된 사업계획 변경안입니다.\n")
    frames = [
        "○{0} 위원: 예산 집행률이 낮은 이유를 설명해 주시기 바랍니다.\n",
        "{0} 위원: 주민 의견 수렴 절차가 충분했는지 의문입니다. 공청회 자료를 추가로 받아 보고 싶습니다.\n",
        "▷ {0}: 원안에 찬성합니다. 다만 사후 점검 계획을 보완하면 좋겠습니다.\n",
        "{0} 위원은 \"개인정보 처리 위탁 계약서에 재위탁 제한 조항이 빠져 있다\"고 지적하였다.\n",
        "○{0} 위원: 작년에도 같은 문제가 나왔는데 개선된 게 없다는 민원이 계속 들어옵니다.\n",
        "{0} 위원{0|이라고} 하셨는데, 제가 보충 질문을 드리겠습니다. 사업 기간이 왜 두 달이나 늘었습니까?\n",
        "{0} 위원: 저는 반대 의견입니다. 수혜 대상 선정 기준이 명확하지 않습니다.\n",
        "(위원 {0}) 자료 12쪽의 표는 단위가 잘못 적힌 것 같습니다. 확인 부탁드립니다.\n",
    ]
    frames[5] = "{0} 위원님 말씀에 덧붙이겠습니다. 사업 기간이 왜 두 달이나 늘었습니까?\n"
    picked = rng.sample(frames, rng.randint(2, 4))
    for m, fr in zip(rng.sample(mems, len(mems)), picked):
        c.f(fr, m.name)
        if rng.random() < 0.35:
            c.f("{0} 간사: " + rng.choice(["확인해서 서면으로 보고드리겠습니다.", "담당 부서 의견을 받아 다음 회의 때 말씀드리겠습니다.", "네, 수정하겠습니다."]) + "\n", sec.name)
    c.f("{0} 위원장: 그럼 원안대로 의결하되, 지적된 사항은 간사가 정리해서 다음 회의에 보고해 주십시오.\n", chair.name)
    c.t("\n2. 의결 결과: 원안 가결 (찬성 " + str(len(mems)) + ", 반대 0)\n")
    if rng.random() < 0.4:
        c.t("※ 회의록 작성자: ").p(sec.name).t(" / 확인자: ").p(chair.name).t("\n")


@template("accident", "사고보고서", 26)
def t_accident(c):
    rng = c.rng
    ins = inst(rng)
    kind = rng.choice(["traffic", "traffic", "site", "fall"])
    c.t(rng.choice(["사고 경위 보고", "안전사고 발생 보고서", "[긴급] 사고 상황 보고", "관용차량 교통사고 보고"]) + "\n\n")
    c.t(f"1. 발생 일시: {date_s(rng)} {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}경\n")
    a = mk_address(rng)
    c.t("2. 발생 장소: ").neg(f"{ins[0]} 청사 앞 " + rng.choice(["교차로", "주차장 입구", "횡단보도"]), "location").t("\n")
    if kind == "traffic":
        d1, d2 = c.person(y0=1962, y1=1999), c.person(y0=1950, y1=2004)
        c.t("3. 관련자\n")
        c.f("  가. 운전자(우리 기관): {0} 주무관 (운전면허 {1}, 차량 {2})\n", d1.name, d1.dl(), mk_plate(rng, rng.choice(["2d", "3d"])))
        c.f("  나. 상대 운전자: {0}({1}), 연락처 {2}, 차량 {3}\n", d2.name, str(d2.age()) + "세", d2.mobile(), mk_plate(rng))
        if rng.random() < 0.6:
            c.f("      면허번호 {0}, 주소 ", d2.dl())
            addr_with_ref(c, d2.address())
            c.t("\n")
        c.f("4. 사고 경위: {0} 주무관이 민원 현장 확인을 위해 이동하던 중, 좌회전 신호를 기다리던 상대 차량의 후미를 추돌함. ", d1.name)
        c.f("{0} 씨는 목 부위 통증을 호소하여 인근 병원으로 이송되었음.\n", d2.name)
        c.t("5. 조치 사항: 보험사(").neg(rng.choice(SWITCHBOARDS), "switchboard").t(") 접수 완료, 접수번호 ").neg(neg_receipt(rng), "receipt_number").t("\n")
    elif kind == "site":
        w = c.person(foreign=rng.random() < 0.4, latin=rng.random() < 0.5, y0=1965, y1=2001)
        sup = c.person(y0=1960, y1=1985)
        c.f(f"3. 재해자: {{0}}(" + (f"{w.nat} 국적, " if w.foreign else "") + f"{w.age()}세, 일용직)\n", w.name)
        if w.foreign:
            c.f("   외국인등록번호 {0}\n", w.frn())
        else:
            c.f("   주민등록번호 {0}\n", w.rrn(mode=rng.choice(["valid", "masked"])))
        c.f("   현장 책임자: {0} 소장 ({1})\n", sup.name, sup.mobile())
        c.f("4. 사고 경위: 비계 해체 작업 중 {0}{1} 약 2m 높이에서 추락하여 좌측 손목 골절 진단을 받음.\n", w.name, josa(w.name.text, "이"))
        c.t("5. 조치: ").neg("「산업안전보건법」 제54조", "statute").t("에 따라 관할 노동청에 보고 예정\n")
    else:
        v = c.person(y0=1935, y1=1960)
        g = c.person(y0=1960, y1=1990)
        c.f(f"3. 피해자: 민원인 {{0}}({v.age()}세, 생년월일 {{1}})\n", v.name, v.dob())
        c.f("   보호자: {0}(자녀) {1}\n", g.name, g.mobile())
        c.t("4. 사고 경위: 민원실 입구 경사로에서 미끄러져 넘어짐. 현장 직원이 119에 신고함.\n")
    rep = c.person(y0=1970, y1=1995)
    c.f("\n보고자: " + rng.choice(DEPTS) + " {0} (내선 " + str(rng.randint(2000, 8999)) + ")\n", rep.name)


@template("audit", "감사보고서", 22)
def t_audit(c):
    rng = c.rng
    ins = inst(rng)
    c.t(f"{ins[0]} " + rng.choice(["정기 종합감사", "특정감사", "복무 점검", "보조금 집행 실태 점검"]) + " 결과 보고서\n\n")
    c.t("1. 감사 개요\n  - 감사 기간: " + date_range(rng) + "\n  - 근거: ").neg(rng.choice(["「공공감사에 관한 법률」 제20조", "「지방자치단체 감사기준」 제14조"]), "statute").t("\n\n2. 지적 사항\n")
    for k in range(rng.randint(1, 3)):
        f = rng.randint(0, 3)
        o = c.person(y0=1965, y1=1996)
        if f == 0:
            cd = mk_card(rng, masked=rng.random() < 0.6)
            c.f(f"  ({k + 1}) {rng.choice(DEPTS)} {rng.choice(['6급', '7급', '8급'])} {{0}}{{1}} 관서 카드(", o.name, josa(o.name.text, "은"))
            c.p(cd).t(")로 주말에 음식점에서 ").neg(neg_amount(rng), "amount").t("을 결제하고 간담회 비용으로 처리하였음.\n")
        elif f == 1:
            rep = c.person(y0=1960, y1=1990)
            acct = rep.account()
            co = company(rng)
            c.f(f"  ({k + 1}) 보조사업자 ", ).neg(co, "company_name").f("(대표 {0}, 사업자등록번호 {1})는 보조금 중 ", rep.name, mk_brn(rng))
            c.neg(neg_amount(rng), "amount").f("을 대표자 개인 계좌({0} {1})로 이체하여 사용하였음.\n", acct.extra["bank"], acct)
        elif f == 2:
            c.f(f"  ({k + 1}) {{0}} 주무관은 초과근무 시간을 실제보다 부풀려 신청하였음. 출입기록상 퇴청 시각과 초과근무 종료 시각이 최대 3시간 차이 남.\n", o.name)
        else:
            ip = mk_ip(rng, "private")
            c.f(f"  ({k + 1}) {{0}} 주무관의 업무용 PC(IP {{1}})에서 주민등록번호가 포함된 엑셀 파일 12건이 암호화 없이 저장되어 있었음.\n", o.name, ip)
    c.t("\n3. 처분 요구: 주의 2건, 회수 1건 (").neg(neg_docnum(rng, "감사담당관"), "document_number").t(")\n")
    aud = c.person(y0=1970, y1=1990)
    c.f("감사반장 {0}, 감사관 {1}\n", aud.name, c.person(y0=1975, y1=1995).name)


@template("judgment", "판결문", 24)
def t_judgment(c):
    rng = c.rng
    court = rng.choice(["서울중앙지방법원", "수원지방법원", "부산지방법원", "대전지방법원", "광주지방법원", "인천지방법원 부천지원"])
    civil = rng.random() < 0.4
    c.t(court + "\n판결\n\n")
    c.t("사건  ").neg(neg_case(rng), "case_number").t(" " + ("손해배상(기)" if civil else rng.choice(["사기", "업무상횡령", "도로교통법위반(음주운전)", "전자금융거래법위반"])) + "\n")
    if civil:
        pl, df = c.person(y0=1950, y1=1995), c.person(y0=1950, y1=1995)
        c.f("원고  {0}\n      ", pl.name)
        addr_with_ref(c, pl.address(), False)
        c.t("\n      소송대리인 변호사 ").p(c.person(y0=1965, y1=1990).name).t("\n")
        c.f("피고  {0}\n      ", df.name)
        addr_with_ref(c, df.address(), False)
        c.t("\n변론종결  " + date_s(rng) + "\n판결선고  " + date_s(rng) + "\n\n주문\n1. 피고는 원고에게 ").neg(neg_amount(rng), "amount").t(" 및 이에 대한 지연손해금을 지급하라.\n\n이유\n")
        acct = pl.account()
        c.f("원고는 피고의 요청에 따라 피고 명의의 {0} 계좌({1})로 돈을 송금하였으나 피고는 약정한 변제기까지 이를 갚지 않았다. "
            "피고 {2}{3} 차용 사실은 인정하면서도 ", acct.extra["bank"], df.account(), df.name, josa(df.name.text, "은"))
        c.t("원고 ").p(pl.name).t("가 변제를 유예해 주었다고 주장한다.\n" if not has_batchim(pl.name.text) else "이 변제를 유예해 주었다고 주장한다.\n")
        judges = [c.person(y0=1965, y1=1988)]
    else:
        d = c.person(y0=1955, y1=2000)
        c.f("피고인  {0} ({1}), " + rng.choice(["회사원", "무직", "자영업", "일용직"]) + "\n", d.name, d.rrn(mode=rng.choice(["masked", "masked", "valid"])))
        c.t("주거  ")
        addr_with_ref(c, d.address(), False)
        c.t("\n등록기준지  ").p(mk_address(rng, "road_sgg") if rng.random() < 0.3 else mk_address(rng, "jibun_short")).t("\n")
        pros = c.person(y0=1975, y1=1993)
        c.f("검사  {0}(기소, 공판)\n변호인  변호사 {1}(국선)\n", pros.name, c.person(y0=1965, y1=1993).name)
        c.t("판결선고  " + date_s(rng) + "\n\n주문\n피고인을 징역 " + str(rng.randint(6, 30)) + "월에 처한다.\n\n이유\n범죄사실\n")
        v = c.person(y0=1940, y1=1990)
        fr = rng.randint(0, 2)
        if fr == 0:
            c.f("피고인은 " + date_s(rng, 2021, 2023) + "경 피해자 {0}에게 전화하여 \"검찰 수사관인데 계좌가 범죄에 연루되었다\"고 거짓말하여 이에 속은 피해자로부터 ", v.name)
            c.neg(neg_amount(rng), "amount").f("을 피고인이 관리하는 {0} 계좌({1})로 송금받았다.\n", "농협", mk_account(rng, BANKS[6]))
        elif fr == 1:
            pl = mk_plate(rng)
            c.f("피고인은 혈중알코올농도 0.1" + str(rng.randint(0, 9)) + "%의 술에 취한 상태로 {0} 승용차를 약 3km 구간에서 운전하였다. 피고인의 운전면허번호는 {1}이다.\n", pl, d.dl())
        else:
            c.f("피고인은 피해자 {0}이 운영하는 ", v.name) if has_batchim(v.name.text) else c.f("피고인은 피해자 {0}가 운영하는 ", v.name)
            c.neg(company(rng), "company_name").t("에서 경리로 근무하면서 회사 자금 ").neg(neg_amount(rng), "amount").t("을 임의로 인출하여 개인 용도로 사용하였다.\n")
        c.t("법령의 적용\n").neg(rng.choice(["「형법」 제347조 제1항", "「형법」 제356조, 제355조 제1항", "「도로교통법」 제148조의2 제3항 제2호"]), "statute").t("\n")
        judges = [c.person(y0=1965, y1=1988)]
    c.t("\n판사  ").p(judges[0].name).t("\n")


# ---------------------------------------------------------------- forms
@template("form", "신청서", 70)
def t_form(c):
    rng = c.rng
    sub = rng.choice(["passport", "dl", "stay", "subsidy", "hi", "autopay", "resident", "volunteer", "parking"])
    p = c.person(foreign=(sub == "stay"), latin=rng.random() < 0.6, y0=1945, y1=2005)
    title = {"passport": "여권 발급 신청서", "dl": "운전면허증 갱신 발급 신청서", "stay": "체류기간 연장허가 신청서 APPLICATION FORM",
             "subsidy": "긴급복지 생계지원금 지급 신청서", "hi": "건강보험 피부양자 자격(취득·상실) 신고서", "autopay": "지방세 자동납부 신청서",
             "resident": "주민등록표 등·초본 교부 신청서", "volunteer": "자원봉사자 등록 신청서", "parking": "거주자 우선주차 신청서"}[sub]
    c.t(title + "\n")
    if rng.random() < 0.5:
        c.t("※ 뒤쪽의 작성방법을 읽고 작성하시기 바랍니다. (앞쪽)\n")
    c.t("접수번호 ").neg(neg_receipt(rng) if rng.random() < 0.6 else f"{rng.randint(2023, 2025)}-{rng.randint(1, 99999):05d}", "receipt_number").t("    접수일 " + date_s(rng) + "\n")
    lay = rng.choice(["colon", "pipe", "spaces", "tab"])
    rows = []
    rows.append(("성명", p.name))
    if sub == "stay":
        o = p.other_script()
        rows.append(("성명(영문)" if re.match(r"[A-Za-z]", o.text) else "성명(한글)", o))
        rows.append(("외국인등록번호", p.frn()))
        rows.append(("국적", p.nat))
        rows.append(("여권번호", p.passport()))
        rows.append(("생년월일", p.dob(rng.choice(["dob_iso", "dob_dot", "dob_en"]))))
    else:
        rows.append(("주민등록번호", p.rrn(mode=rng.choice(["valid", "valid", "masked"]), sep=rng.choice(["-"] * 6 + [" ", " - ", ""]))))
    if sub == "passport":
        rows.append(("기존 여권번호", p.passport()))
        rows.append(("로마자 성명", Val(f"{p.roman[0]} {p.roman[1]}", "PERSON", "name_roman")))
    if sub == "dl":
        rows.append(("면허번호", p.dl()))
        rows.append(("면허종별", rng.choice(["1종 보통", "2종 보통", "1종 대형"])))
    if sub == "subsidy":
        acct = p.account()
        rows.append(("입금 은행", acct.extra["bank"]))
        rows.append(("계좌번호", acct))
        rows.append(("예금주", p.name))
    if sub == "hi":
        rows.append(("건강보험증 번호", p.hi()))
        dep = c.person(y0=1935, y1=2024) if rng.random() < 0.5 else c.person(y0=2019, y1=2024)
        rows.append(("피부양자 성명", dep.name))
        rows.append(("피부양자 주민등록번호", dep.rrn(mode="valid")))
        rows.append(("관계", rng.choice(["부", "모", "자녀", "배우자"])))
    if sub == "autopay":
        if rng.random() < 0.5:
            rows.append(("납부 카드번호", p.card(masked=False)))
            rows.append(("유효기간", f"{rng.randint(1, 12):02d}/{rng.randint(26, 30)}"))
        else:
            acct = p.account()
            rows.append(("출금 계좌", [acct.extra["bank"] + " ", acct]))
        rows.append(("납세번호", N(f"{rng.randint(1000, 9999)}-{rng.randint(1, 9)}-{digits(rng, 6)}", "tax_number")))
    if sub == "parking":
        rows.append(("차량번호", mk_plate(rng)))
    if sub == "volunteer":
        rows.append(("생년월일", p.dob()))
    rows.append(("주소", p.address()))
    rows.append(("전화번호", p.mobile()))
    if rng.random() < 0.7:
        rows.append(("전자우편", p.email()))
    if rng.random() < 0.3:
        rows.append(("자택 전화", mk_landline(rng)))
    for label, v in rows:
        if lay == "colon":
            c.t(label + ": ").emit(v)
            c.t("\n")
        elif lay == "pipe":
            c.t("| " + label + " | ").emit(v)
            c.t(" |\n")
        elif lay == "spaces":
            c.t(label + " " * rng.randint(2, 6)).emit(v)
            c.t("\n")
        else:
            c.t(label + "\t").emit(v)
            c.t("\n")
    c.t("\n위와 같이 신청합니다.\n" + date_s(rng) + "\n")
    sig = rng.randint(0, 2)
    if sig == 0:
        c.f("신청인 {0} (서명 또는 인)\n", p.name)
    elif sig == 1:
        c.f("신청인: {0} (인)\n", p.name)
    else:
        c.t("신청인                (서명)\n")
    ins = inst(rng)
    c.neg(ins[1], "office_title").t(" 귀하\n")
    if rng.random() < 0.5:
        c.t("※ 작성 예시: 성명 ").neg("홍길동", "placeholder_person").t(", 주민등록번호 ").neg("000000-0000000", "placeholder_rrn").t("\n")


@template("cert", "증명서", 44)
def t_cert(c):
    rng = c.rng
    sub = rng.choice(["employ", "family", "resident", "hi", "bizreg", "corp", "career"])
    if sub == "employ" or sub == "career":
        p = c.person(y0=1960, y1=2000)
        co = company(rng)
        c.t(("재 직 증 명 서" if sub == "employ" else "경 력 증 명 서") + "\n\n")
        c.t("성    명: ").p(p.name).t("\n주민등록번호: ").p(p.rrn(mode=rng.choice(["valid", "masked"]))).t("\n")
        if rng.random() < 0.5:
            c.t("생년월일: ").p(p.dob()).t("\n")
        c.t("주    소: ")
        addr_with_ref(c, p.address())
        c.t("\n소    속: ").neg(co, "company_name").t(" " + rng.choice(["경영지원팀", "연구소", "생산1팀", "영업본부"]) + "\n")
        c.t("재직기간: " + date_s(rng, 2010, 2020) + " ~ " + ("현재" if sub == "employ" else date_s(rng)) + "\n용    도: " + rng.choice(["금융기관 제출용", "관공서 제출용", "비자 발급용"]) + "\n\n")
        c.t("위 사실을 증명합니다.\n" + date_s(rng) + "\n")
        ceo = c.person(y0=1955, y1=1980)
        c.neg(co, "company_name").f(" 대표이사 {0} (직인)\n", ceo.name)
        c.t("사업자등록번호 ").p(mk_brn(rng)).t(" / 전화 ").p(mk_landline(rng)).t("\n")
    elif sub == "family":
        p = c.person(y0=1955, y1=1995)
        c.t("가족관계증명서(일반)\n\n등록기준지  ").p(mk_address(rng, rng.choice(["jibun", "road_full"]))).t("\n\n")
        table(c, ["구분", "성명", "출생연월일", "주민등록번호", "성별"],
              [["본인", p.name, p.dob(rng.choice(["dob_kor", "dob_kor_pad"])), p.rrn(mode=rng.choice(["valid", "masked"])), "남" if p.male else "여"]] +
              [[rel, q.name, q.dob(rng.choice(["dob_kor", "dob_kor_pad"])), q.rrn(mode=rng.choice(["valid", "masked"]) if q.birth < datetime.date(2020, 10, 1) else "post2020"), "남" if q.male else "여"]
               for rel, q in [("부", c.person(y0=1930, y1=1955)), ("모", c.person(y0=1932, y1=1958)), ("자녀", c.person(y0=2000, y1=2023))][:rng.randint(1, 3)]])
        c.t("\n위 가족관계증명서는 가족관계등록부의 기록사항과 틀림없음을 증명합니다.\n" + date_s(rng) + "\n").neg(rng.choice(["서울특별시 마포구청장", "수원시 팔달구청장", "해운대구청장", "천안시 서북구청장"]), "office_title").t("\n")
        c.t("발급시각: " + f"{rng.randint(9, 17):02d}시 {rng.randint(0, 59):02d}분\n발급담당자: ").p(c.person(y0=1970, y1=1998).name).t("  ☎ ").p(mk_landline(rng)).t("\n")
    elif sub == "resident":
        p = c.person(y0=1950, y1=2000)
        c.t("주민등록표(초본)\n\n성명(한자) ").p(p.name).t(" (" + "金李朴崔鄭"[rng.randint(0, 4)] + "○○)  주민등록번호 ").p(p.rrn(mode=rng.choice(["valid", "valid", "masked"]))).t("\n\n")
        c.t("번호  주소  전입일 / 변동일  변동사유\n")
        for k in range(rng.randint(2, 4)):
            c.t(f"{k + 1}  ").p(mk_address(rng)).t(f"  {date_s(rng, 1995, 2024)} / {date_s(rng, 1995, 2024)}  " + rng.choice(["전입", "주소 변경", "세대주 변경"]) + "\n")
        c.t("\n이 등(초)본은 주민등록표의 원본내용과 틀림없음을 증명합니다.\n").neg(rng.choice(["서울특별시 관악구 신림동장", "경기도 수원시 영통구 매탄1동장", "대전광역시 유성구 온천1동장"]), "office_title").t("\n")
    elif sub == "hi":
        p = c.person(y0=1950, y1=2002)
        c.t("건강보험 자격득실 확인서\n\n가입자 성명: ").p(p.name).t("   생년월일: ").p(p.dob()).t("\n건강보험증 번호: ").p(p.hi()).t("\n\n")
        table(c, ["가입자 구분", "사업장 명칭", "자격 취득일", "자격 상실일"],
              [[rng.choice(["직장가입자", "지역가입자", "피부양자"]), N(company(rng), "company_name"), date_s(rng, 2005, 2015), date_s(rng, 2016, 2024)] for _ in range(rng.randint(1, 3))])
        c.t("\n국민건강보험공단 이사장 (고객센터 ").neg("1577-1000", "switchboard").t(")\n")
    elif sub == "bizreg":
        p = c.person(y0=1955, y1=1995)
        c.t("사업자등록증\n(일반과세자)\n\n등록번호: ").p(mk_brn(rng)).t("\n상    호: ").neg(rng.choice(COMPANY_STEMS) + rng.choice(["", " 상회", " 공방"]), "company_name").t("\n성    명: ").p(p.name).t("    생년월일: ").p(p.dob()).t("\n")
        c.t("개업연월일: " + date_s(rng, 2010, 2024) + "\n사업장 소재지: ").p(mk_address(rng)).t("\n사업의 종류: 업태 " + rng.choice(["소매업", "서비스업", "제조업"]) + "  종목 " + rng.choice(["커피전문점", "소프트웨어 개발", "인쇄", "식품 제조"]) + "\n")
        c.t("\n" + date_s(rng) + "\n").neg(rng.choice(["마포세무서장", "수원세무서장", "해운대세무서장", "대전세무서장"]), "office_title").t("\n")
    else:
        co = company(rng)
        ceo = c.person(y0=1955, y1=1985)
        c.t("등기사항전부증명서(현재 유효사항) - 법인\n\n등기번호 ").neg(f"{rng.randint(1000, 99999):06d}", "registry_number").t("\n등록번호 ").p(mk_crn(rng)).t("\n상호 ").neg(co, "company_name").t("\n본점 ").p(mk_address(rng)).t("\n\n임원에 관한 사항\n")
        c.f("대표이사 {0} {1} " + date_s(rng, 2015, 2024) + " 취임\n", ceo.name, ceo.rrn(mode="masked"))
        for _ in range(rng.randint(1, 2)):
            d = c.person(y0=1955, y1=1990)
            c.f("사내이사 {0} {1}\n", d.name, d.rrn(mode=rng.choice(["masked", "masked", "valid"])))
        c.t("\n관할등기소 ").neg(rng.choice(["서울중앙지방법원 등기국", "수원지방법원 등기과", "부산지방법원 등기국"]), "institution").t("\n")


# ---------------------------------------------------------------- tables / exports
ROSTER_COLS = {
    "성명": lambda c, p: p.name, "이름": lambda c, p: p.name,
    "주민등록번호": lambda c, p: p.rrn(), "생년월일": lambda c, p: p.dob(),
    "휴대전화": lambda c, p: p.mobile(), "연락처": lambda c, p: p.mobile(),
    "이메일": lambda c, p: p.email(), "주소": lambda c, p: p.address(),
    "계좌번호": lambda c, p: roster_acct(c, p), "운전면허번호": lambda c, p: p.dl(),
    "차량번호": lambda c, p: p.get("plate", lambda: mk_plate(c.rng)),
    "건강보험증번호": lambda c, p: p.hi(), "여권번호": lambda c, p: p.passport(),
    "카드번호": lambda c, p: p.card(),
}
ROSTER_KINDS = [
    ("2024년 하반기 자원봉사자 명단", ["성명", "생년월일", "연락처", "이메일"]),
    ("긴급재난지원금 지급 대상자", ["성명", "주민등록번호", "은행", "계좌번호"]),
    ("관용차량 운전원 현황", ["성명", "소속", "운전면허번호", "연락처"]),
    ("방문자 출입 기록부", ["방문일", "성명", "연락처", "차량번호"]),
    ("정기주차 등록 차량", ["동호수", "성명", "차량번호", "연락처"]),
    ("교육 수료자 명부", ["번호", "이름", "생년월일", "이메일", "휴대전화"]),
    ("의료급여 수급자 명단", ["성명", "주민등록번호", "건강보험증번호", "주소"]),
    ("국외출장 참가자 명단", ["성명", "소속", "여권번호", "생년월일"]),
    ("해외 연수단 여권 정보", ["성명", "영문성명", "여권번호", "휴대전화"]),
    ("급여 이체 명세", ["사번", "성명", "은행", "계좌번호"]),
    ("후원 회원 명부", ["이름", "연락처", "카드번호", "주소"]),
    ("임시 채용 인력 인적사항", ["성명", "주민등록번호", "주소", "휴대전화"]),
]


def roster_acct(c, p):
    return p.get("roster_acct", lambda: mk_account(c.rng, sep=c.rng.choice(["-", "-", "-", ""]), masked=c.rng.random() < 0.25))


def roster_cell(c, col, p, k):
    rng = c.rng
    if col in ROSTER_COLS:
        return ROSTER_COLS[col](c, p)
    if col == "은행":
        return roster_acct(c, p).extra["bank"]
    if col == "영문성명":
        return Val(f"{p.roman[0]} {p.roman[1]}", "PERSON", "name_roman") if not p.foreign else p.name
    if col == "소속":
        return rng.choice(DEPTS)
    if col in ("번호",):
        return str(k + 1)
    if col == "사번":
        return N(f"{rng.choice(['A', 'E', 'K'])}{rng.randint(2010, 2024)}{rng.randint(1, 999):03d}", "employee_id")
    if col == "방문일":
        return date_s(rng, 2024, 2024)
    if col == "동호수":
        return f"{rng.randint(101, 112)}동 {rng.randint(1, 20)}0{rng.randint(1, 4)}호"
    return "-"


@template("roster", "명부", 44)
def t_roster(c):
    rng = c.rng
    title, cols = rng.choice(ROSTER_KINDS)
    cols = list(cols)
    n = rng.randint(3, 7)
    foreign_share = 0.25 if "여권" in cols else 0.05
    ppl = [c.person(foreign=rng.random() < foreign_share, latin=rng.random() < 0.5, y0=1950, y1=2003) for _ in range(n)]
    if "여권번호" in cols:
        for p in ppl:
            if not p.foreign:
                continue
    if rng.random() < 0.8:
        c.t(title + (f" ({date_s(rng)} 기준)" if rng.random() < 0.5 else "") + "\n")
    header = cols if rng.random() < 0.7 else None
    rows = []
    for k, p in enumerate(ppl):
        row = []
        for col in cols:
            if col == "주민등록번호" and p.foreign:
                row.append(p.frn())
            else:
                row.append(roster_cell(c, col, p, k))
        rows.append(row)
    style = table(c, header, rows)
    if rng.random() < 0.4:
        c.t(f"총 {n}명 / 작성자 ").p(c.person(y0=1975, y1=1998).name).t("\n")
    if rng.random() < 0.3:
        c.t("※ 개인정보가 포함된 문서이므로 ").neg(STATUTES[0], "statute").t("에 따라 취급에 유의\n")
    return {"genre": "명부"}


@template("csv", "CSV", 30)
def t_csv(c):
    rng = c.rng
    opts = [["no", "name", "birth", "mobile", "email"], ["이름", "주민번호", "휴대폰", "주소"],
            ["member_id", "성명", "email", "phone", "reg_ip"], ["순번", "성명", "생년월일", "은행", "계좌번호", "금액"],
            ["접수번호", "신청인", "연락처", "차량번호"], ["id", "name", "card_no", "amount", "paid_at"],
            ["성명", "외국인등록번호", "국적", "여권번호"]]
    cols = rng.choice(opts)
    sep = rng.choice([",", ",", ",", ";", "\t"]) if "주소" not in cols else ","
    if rng.random() < 0.85:
        c.t(sep.join(cols) + "\n")
    foreign = "외국인등록번호" in cols
    for k in range(rng.randint(3, 8)):
        p = c.person(foreign=foreign, latin=rng.random() < 0.6, y0=1950, y1=2004)
        for j, col in enumerate(cols):
            if j:
                c.t(sep)
            if col in ("no", "순번", "id"):
                c.t(str(k + 1))
            elif col in ("name", "이름", "성명", "신청인"):
                c.p(p.name)
            elif col == "birth":
                c.p(p.dob(rng.choice(["dob_iso", "dob_8", "dob_6"])))
            elif col == "생년월일":
                c.p(p.dob(rng.choice(["dob_iso", "dob_dot_noend", "dob_8"])))
            elif col == "주민번호":
                c.p(p.rrn(mode=rng.choice(["valid", "valid", "masked"]), sep=rng.choice(["-", "-", ""])))
            elif col in ("mobile", "휴대폰", "phone", "연락처"):
                c.p(p.mobile(rng.choice(["dash", "dash", "plain"])))
            elif col in ("email",):
                c.p(p.email())
            elif col == "주소":
                c.t('"').p(p.address(rng.choice(["road_full", "road_short"]))).t('"')
            elif col == "member_id":
                c.neg(f"u{rng.randint(10000, 99999)}", "user_id")
            elif col == "reg_ip":
                c.p(mk_ip(rng, rng.choice(["public", "public", "private"])))
            elif col == "은행":
                c.t(p.account(sep="").extra["bank"])
            elif col == "계좌번호":
                c.p(p.account(sep=""))
            elif col in ("금액", "amount"):
                c.t(str(rng.randint(1, 300) * 10000))
            elif col == "접수번호":
                c.neg(f"{rng.randint(2024, 2025)}-{rng.randint(1, 99999):05d}", "receipt_number")
            elif col == "차량번호":
                c.p(mk_plate(rng))
            elif col == "card_no":
                c.p(p.card(fmt=rng.choice(["plain", "dash"])))
            elif col == "paid_at":
                c.t(f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}")
            elif col == "외국인등록번호":
                c.p(p.frn())
            elif col == "국적":
                c.t(p.code)
            elif col == "여권번호":
                c.p(p.passport())
        c.t("\n")


@template("syslog", "시스템로그", 30)
def t_syslog(c):
    rng = c.rng
    kind = rng.choice(["auth", "web", "db", "vpn", "mail"])
    base = datetime.datetime(2024, rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 22), rng.randint(0, 59))
    for k in range(rng.randint(4, 9)):
        ts = base + datetime.timedelta(seconds=rng.randint(1, 900) * (k + 1))
        tss = ts.strftime("%Y-%m-%d %H:%M:%S") if kind != "web" else ts.strftime("[%d/%b/%Y:%H:%M:%S +0900]")
        ip = mk_ip(rng, rng.choice(["public", "public", "private", "ipv6"]) if kind != "vpn" else "public")
        uid = f"u{rng.randint(10000, 99999)}"
        if kind == "auth":
            c.t(tss + " INFO  [auth] login " + rng.choice(["success", "success", "failed(pw)"]) + " user=").neg(uid, "user_id").t(" src=").p(ip)
            if rng.random() < 0.4:
                p = c.person(y0=1970, y1=2000)
                c.t(" email=").p(p.email(rng.choice(["korea.kr", None])))
            c.t("\n")
        elif kind == "web":
            c.p(ip).t(" - - " + tss + ' "' + rng.choice(["GET /minwon/apply", "POST /login", "GET /board/view?id=" + str(rng.randint(100, 9999))]) + ' HTTP/1.1" 200 ' + str(rng.randint(200, 90000)) + ' "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"\n')
        elif kind == "db":
            p = c.person(y0=1950, y1=2000)
            c.t(tss + " AUDIT select on TB_CITIZEN by ").neg(uid, "user_id").t(" from ").p(ip).f(" where NM='{0}' rows=1\n", p.name)
            if rng.random() < 0.4:
                c.t(tss + " AUDIT export rows=1 col=RRN value='").p(p.rrn(mode=rng.choice(["masked", "valid"]), sep=rng.choice(["-", ""]))).t("'\n")
        elif kind == "vpn":
            p = c.person(y0=1965, y1=1999)
            c.t(tss + " vpn-gw01 session opened for ").f("{0}", p.name).t(" (").p(p.email("korea.kr")).t(") from ").p(ip).t(" client=").neg(f"{rng.randint(5, 10)}.{rng.randint(0, 9)}.{rng.randint(1000, 20000)}.{rng.randint(1000, 9999)}", "version_number").t("\n")
        else:
            p, q = c.person(y0=1965, y1=1999), c.person(y0=1965, y1=1999)
            c.t(tss + " postfix/smtp: from=<").p(p.email()).t("> to=<").p(q.email(rng.choice(["korea.kr", None]))).t("> relay=").p(ip).t(" status=sent\n")
    if rng.random() < 0.3:
        c.t("agent build ").neg(f"10.0.{rng.randint(17000, 22631)}.{rng.randint(1000, 4000)}", "version_number").t("\n")


@template("email", "이메일", 34)
def t_email(c):
    rng = c.rng
    a, b = c.person(y0=1965, y1=1999), c.person(y0=1960, y1=1999)
    dom_a = rng.choice(["korea.kr", None, "hanbit-eng.co.kr"])
    c.f("보낸사람: {0} <{1}>\n", a.name, a.email(dom_a))
    c.f("받는사람: \"{0}\" <{1}>\n", b.name, b.email())
    if rng.random() < 0.4:
        cc = c.person(y0=1970, y1=1999)
        c.f("참조: {0} <{1}>\n", cc.name, cc.email("korea.kr"))
    c.t(f"날짜: {date_s(rng)} 오{'전' if rng.random() < 0.5 else '후'} {rng.randint(1, 11)}:{rng.randint(0, 59):02d}\n")
    topic = rng.choice(["account", "meeting", "docs", "card", "visa"])
    subj = {"account": "[회신] 용역대금 입금 계좌 변경 요청", "meeting": "다음 주 실무회의 일정 확인 부탁드립니다",
            "docs": "Re: 제출 서류 관련 문의", "card": "법인카드 분실 신고 건", "visa": "Fw: 초청 연구원 비자 서류"}[topic]
    c.t(f"제목: {subj}\n\n")
    c.f(rng.choice(["{0} 님, 안녕하세요.\n", "{0} 주무관님께\n\n", "안녕하세요, {0} 팀장님.\n"]), b.name)
    if topic == "account":
        acct = a.account()
        c.f("기존에 등록한 계좌가 해지되어 새 계좌로 변경을 요청드립니다.\n - 은행: {0}\n - 계좌번호: {1}\n - 예금주: ", acct.extra["bank"], acct)
        if rng.random() < 0.5:
            c.p(a.name).t("\n")
        else:
            c.neg(company(rng), "company_name").t("\n")
        c.t("사업자등록번호(").p(mk_brn(rng)).t(")가 기재된 통장 사본을 첨부합니다.\n")
    elif topic == "meeting":
        c.t("다음 주 화요일 오후 2시 회의는 3층 회의실에서 진행됩니다. 참석 가능 여부를 회신해 주세요.\n")
        x = c.person(y0=1970, y1=1999)
        c.f("{0} 연구원도 함께 참석할 예정이며, 급한 일은 제 휴대전화({1})로 연락 주십시오.\n", x.name, a.mobile())
    elif topic == "docs":
        c.t("요청하신 서류 중 주민등록등본은 발급 후 3개월 이내 것만 인정된다고 안내받았습니다.\n")
        c.t("제 생년월일이 ").p(a.dob()).t("인데 신청서에 다르게 적혀 있어 정정을 부탁드립니다.\n")
    elif topic == "card":
        cd = a.card(masked=rng.random() < 0.5)
        c.f("어제 출장 중 법인카드({0})를 분실하여 카드사에 정지 신청을 했습니다. 카드사 분실 신고 센터(", cd).neg(rng.choice(SWITCHBOARDS), "switchboard").t(") 접수도 완료했습니다.\n")
    else:
        g = c.person(foreign=True, latin=True, y0=1980, y1=1998)
        c.f("초청 연구원 {0}의 여권 사본(여권번호 {1})과 재직증명서를 전달드립니다.\n", g.name, g.passport())
        c.f("한글 성명은 {0}로 표기해 주시면 됩니다.\n", g.other_script())
    c.t("\n감사합니다.\n\n")
    sig = rng.randint(0, 2)
    if sig == 0:
        c.f("{0} 드림\n{1}\n", a.name, a.mobile())
    elif sig == 1:
        c.f("--\n{0} | " + rng.choice(["주무관", "선임연구원", "과장", "매니저"]) + "\nT. {1}  M. {2}\nE. {3}\n", a.name, mk_landline(rng), a.mobile(), a.email(dom_a))
    else:
        c.f("{0} 올림\n", a.name)
    if rng.random() < 0.3:
        c.t("본 메일은 발신 전용이 아닙니다. 문의: 고객센터 ").neg(rng.choice(SWITCHBOARDS), "switchboard").t("\n")


@template("call", "통화녹취", 34)
def t_call(c):
    rng = c.rng
    agent = c.person(y0=1980, y1=2000)
    p = c.person(y0=1945, y1=2003)
    A, Cn = rng.choice([("상담원", "고객"), ("상담사", "민원인"), ("A", "B")])
    c.t(f"[통화 녹취록] {date_s(rng)} {rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}\n")
    c.f(f"{A}: 네, " + rng.choice(["○○시청 민원콜센터", "카드 고객센터", "건강보험 상담센터", "은행 고객센터"]) + "입니다. 저는 상담원 {0}입니다.\n" if not has_batchim(agent.name.text) else f"{A}: 네, 민원콜센터 상담원 {{0}}입니다. 무엇을 도와드릴까요?\n", agent.name)
    c.f(f"{Cn}: 네, 저 {{0}}{'이' if has_batchim(p.name.text) else ''}라고 하는데요, 지난번 신청한 건 때문에 전화드렸어요.\n", p.name)
    c.t(f"{A}: 본인 확인을 위해 생년월일 말씀해 주시겠어요?\n")
    dk = rng.choice(["dob_spoken", "dob_spoken_full", "dob_short_kor", "dob_kor"])
    c.f(f"{Cn}: {{0}}이요.\n", p.dob(dk))
    c.t(f"{A}: 연락 가능한 번호도 불러 주세요.\n")
    mob = p.mobile("dash")
    spk = spoken_digits(mob, rng.choice([" ", "에 ", ", "]))
    c.f(f"{Cn}: {{0}}이요.\n", spk)
    c.t(f"{A}: 확인 감사합니다. ")
    topic = rng.choice(["card", "account", "rrn", "email", "plate"])
    if topic == "card":
        cd = p.card(masked=False, fmt="dash")
        c.t("결제하신 카드번호 전체를 말씀해 주시겠어요?\n")
        c.f(f"{Cn}: 네, {{0}}이요.\n", spoken_digits(cd, rng.choice([" ", " 다시 "])) if rng.random() < 0.6 else cd)
    elif topic == "account":
        acct = p.account(sep="-")
        c.t("환급받으실 계좌 불러 주세요.\n")
        c.f(f"{Cn}: {acct.extra['bank']}이고요, {{0}}이요. 예금주는 저예요.\n", spoken_digits(acct) if rng.random() < 0.5 else acct)
    elif topic == "rrn":
        c.t("주민번호 뒷자리 첫 번째 숫자까지만 말씀해 주세요.\n")
        r = p.rrn(mode="masked")
        c.f(f"{Cn}: 아, 그러면 {{0}}요.\n", r)
    elif topic == "email":
        c.t("결과 받으실 이메일 주소 알려 주세요.\n")
        c.f(f"{Cn}: {{0}}입니다.\n", p.email())
    else:
        pl = mk_plate(rng, rng.choice(["2d", "3d"]))
        c.t("차량번호가 어떻게 되세요?\n")
        c.f(f"{Cn}: {{0}}이요.\n", pl)
    c.t(f"{A}: 네, 접수되었습니다. 접수번호는 ").neg(f"{rng.randint(2024, 2025)}-{rng.randint(1, 999999):06d}", "receipt_number").t("이고요, 처리 결과는 문자로 안내드리겠습니다.\n")
    c.t(f"{Cn}: 네, 감사합니다.\n")


# ---------------------------------------------------------------- OCR
@template("ocr_doc", "OCR", 40)
def t_ocr_doc(c):
    rng = c.rng
    base = rng.choice(["form", "form", "cert", "roster", "contract", "gongmun", "rental", "medical"])
    c.ocr = rng.choice([0.3, 0.5, 0.7])
    c.t(rng.choice(["", "", "[스캔본] ", "- 1 -\n", "<OCR 결과>\n"]))
    TEMPLATES[base][0](c)
    return {"genre": "OCR", "base_genre": TEMPLATES[base][1]}


@template("ocr_id", "OCR", 44)
def t_ocr_id(c):
    rng = c.rng
    c.ocr = rng.choice([0.4, 0.6, 0.8])
    sub = rng.choice(["rrn_card", "dl_card", "arc", "passport", "hi_card", "dl_card", "arc"])
    if sub == "rrn_card":
        p = c.person(y0=1945, y1=2004)
        c.t("주민등록증\n").p(p.name).t(" (" + "金李朴崔鄭姜趙尹"[rng.randint(0, 7)] + "○○)\n").p(p.rrn(mode="valid")).t("\n")
        c.p(p.address(rng.choice(["road_full", "jibun"]))).t("\n" + date_s(rng, 2005, 2023) + "\n")
        c.neg(rng.choice(["서울특별시 마포구청장", "경기도 성남시 분당구청장", "부산광역시 수영구청장", "대구광역시 수성구청장"]), "office_title").t("\n")
    elif sub == "dl_card":
        p = c.person(y0=1950, y1=2004)
        c.t("자동차운전면허증\n(Driver's License)\n" + rng.choice(["1종보통", "2종보통", "1종대형"]) + "\n")
        c.p(p.dl(rng.choice(["num", "num", "name", "name_nospace"]))).t("\n").p(p.name).t("\n").p(p.rrn(mode=rng.choice(["valid", "valid", "masked"]))).t("\n")
        c.p(p.address()).t("\n")
        y = rng.randint(2026, 2034)
        c.t(f"적성검사기간\n{y}.01.01~{y}.12.31\n" + date_s(rng, 2016, 2024) + "\n")
        c.neg(rng.choice(["서울특별시경찰청장", "경기도남부경찰청장", "부산광역시경찰청장", "충청남도경찰청장"]), "office_title").t("\n")
        c.t("식별번호 ").neg("".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(6)), "card_serial").t("\n")
    elif sub == "arc":
        p = c.person(foreign=True, latin=True, y0=1965, y1=2004)
        c.t("외국인등록증\nRESIDENCE CARD\n외국인등록번호 ").p(p.frn()).t("\n")
        c.t("성명 Name ").p(p.name).t("\n국가 Country " + p.code + "  성별 Sex " + ("M" if p.male else "F") + "\n")
        c.t("체류자격 Status " + rng.choice(["E-9", "F-6", "D-2", "E-7", "H-2", "F-4"]) + "\n발급일자 Issue Date " + date_s(rng, 2019, 2024) + "\n")
        c.neg(rng.choice(["서울출입국·외국인청장", "부산출입국·외국인청장", "수원출입국·외국인사무소장", "인천출입국·외국인청장"]), "office_title").t("\n")
        if rng.random() < 0.5:
            c.t("체류지 ").p(p.address()).t("\n")
    elif sub == "passport":
        kor = rng.random() < 0.7
        p = c.person(foreign=not kor, latin=True, y0=1950, y1=2010)
        c.t("PASSPORT  여권\n" + ("대한민국 REPUBLIC OF KOREA\n" if kor else "") + "종류/Type P" + ("M" if kor else "") + "\n")
        c.t("발행국/Issuing country " + p.code + "\n여권번호/Passport No. ").p(p.passport()).t("\n")
        if kor:
            c.t("성명/Name ").p(Val(f"{p.roman[0]} {p.roman[1]}", "PERSON", "name_roman")).t("\n한글성명 ").p(p.name).t("\n국적/Nationality REPUBLIC OF KOREA\n")
        else:
            c.t("Name ").p(p.name).t("\nNationality " + p.code + "\n")
        c.t("생년월일/Date of birth ").p(p.dob("dob_en")).t("\n성별/Sex " + ("M" if p.male else "F") + "\n")
        d = rand_date(rng, 2018, 2024)
        c.t("발급일/Date of issue ").neg(f"{d.day:02d} {MON[d.month]} {d.year}", "date").t("\n기간만료일/Date of expiry ").neg(f"{d.day:02d} {MON[d.month]} {d.year + 10}", "date").t("\n")
        if kor:
            c.t("발행관청/Authority MINISTRY OF FOREIGN AFFAIRS\n")
    else:
        p = c.person(y0=1950, y1=2000)
        c.t("건강보험증\n증번호 ").p(p.hi()).t("\n세대주 성명 ").p(p.name).t("\n사업장 명칭 ").neg(company(rng), "company_name").t("\n")
        c.t("자격취득일 " + date_s(rng, 2010, 2023) + "\n")
        for rel, q in [("본인", p)] + [(rng.choice(["배우자", "자녀"]), c.person(y0=1960, y1=2019)) for _ in range(rng.randint(0, 2))]:
            mode = rng.choice(["valid", "masked"]) if q.birth < datetime.date(2020, 10, 1) else "post2020"
            c.t(rel + "  ").p(q.name).t("  ").p(q.rrn(mode=mode)).t("\n")
        c.t("국민건강보험공단 이사장\n")
    return {"genre": "OCR", "base_genre": "신분증"}


# ---------------------------------------------------------------- contracts, rental
@template("contract", "계약서", 28)
def t_contract(c):
    rng = c.rng
    ins = inst(rng)
    corp = rng.random() < 0.6
    co = company(rng)
    rep = c.person(y0=1955, y1=1990)
    c.t(rng.choice(["정보시스템 유지관리", "청사 청소", "홍보영상 제작", "시설물 안전점검", "민원 콜센터 위탁운영"]) + " 용역 계약서\n\n")
    c.t("발주기관(갑): " + ins[0] + "\n  주소: ").neg(ins[2], "institution_address").t("\n  대표전화: ").neg(ins[3], "institution_phone").t("\n")
    c.t("계약상대자(을): ").neg(co, "company_name").t("\n  대표자: ").p(rep.name).t("\n")
    c.t("  사업자등록번호: ").p(mk_brn(rng, rng.choice(["dash", "dash", "plain"]))).t("\n")
    if corp:
        c.t("  법인등록번호: ").p(mk_crn(rng, rng.choice(["dash", "dash", "plain"]))).t("\n")
    else:
        c.t("  대표자 생년월일: ").p(rep.dob()).t("\n")
    c.t("  주소: ")
    addr_with_ref(c, mk_address(rng))
    c.t("\n  전화: ").p(mk_landline(rng, rng.choice(["landline", "landline", "070"]))).t("  팩스: ").p(mk_landline(rng, "fax")).t("\n")
    c.t("계약금액: ").neg(neg_amount(rng), "amount").t(" (부가가치세 포함)\n계약기간: " + date_range(rng) + "\n")
    c.t("관련 공고: 나라장터 ").neg(f"{rng.randint(2023, 2025)}{rng.randint(1, 12):02d}{digits(rng, 5)}-00", "notice_number").t("\n\n")
    acct = mk_account(rng)
    c.f("대금 지급 계좌: {0} {1} (예금주: ", acct.extra["bank"], acct)
    if corp:
        c.neg(co, "company_name").t(")\n")
    else:
        c.p(rep.name).t(")\n")
    mgr = c.person(y0=1975, y1=1998)
    c.f("을의 현장대리인: {0} (" + rng.choice(["과장", "대리", "책임"]) + ", {1}, {2})\n\n", mgr.name, mgr.mobile(), mgr.email(rng.choice([None, "hanbit-eng.co.kr", "daonc.co.kr"])))
    c.t("제1조(목적) 이 계약은 갑이 발주한 용역의 수행에 필요한 사항을 정함을 목적으로 한다.\n")
    c.t("제9조(개인정보 보호) 을은 용역 수행 중 알게 된 개인정보를 ").neg(rng.choice(STATUTES[:2]), "statute").t("에 따라 처리하여야 하며, 계약 종료 시 지체 없이 파기한다.\n\n")
    c.t(date_s(rng) + "\n갑 ").neg(ins[1], "office_title").t(" (인)\n을 ").neg(co, "company_name").f(" 대표 {0} (인)\n", rep.name)


@template("rental", "계약서", 22)
def t_rental(c):
    rng = c.rng
    p = c.person(foreign=rng.random() < 0.2, latin=True, y0=1955, y1=2003)
    c.t(rng.choice(["자동차 대여 계약서", "렌터카 임대차 계약서", "차량 단기대여 약정서"]) + "\n")
    c.t("계약번호 ").neg(f"RC{rng.randint(2024, 2025)}{digits(rng, 6)}", "contract_number").t("\n\n[임차인]\n성명: ").p(p.name).t("\n")
    if p.foreign:
        c.t("여권번호: ").p(p.passport()).t("   국제운전면허 소지\n")
    else:
        c.t("생년월일: ").p(p.dob()).t("\n운전면허번호: ").p(p.dl()).t("  (" + rng.choice(["1종 보통", "2종 보통"]) + ")\n")
    c.t("연락처: ").p(p.mobile()).t("\n")
    if rng.random() < 0.5:
        d2 = c.person(y0=1960, y1=2003)
        c.t("[제2운전자] ").p(d2.name).t(" / 면허 ").p(d2.dl()).t(" / ").p(d2.mobile()).t("\n")
    c.t("\n[대여 차량]\n차량번호: ").p(mk_plate(rng, "rent")).t("  차종: " + rng.choice(["아반떼", "쏘나타", "K5", "카니발", "스포티지"]) + "\n")
    c.t("대여일시: " + date_range(rng, " 10:00  반납예정: ") + " 10:00\n\n[결제]\n")
    cd = p.card(masked=rng.random() < 0.4)
    c.t("결제카드: ").p(cd).t(f"  유효기간 {rng.randint(1, 12):02d}/{rng.randint(26, 30)}\n승인번호 ").neg(digits(rng, 8), "approval_number").t("  금액 ").neg(neg_amount(rng), "amount").t("\n")
    c.t("\n대여회사: ").neg(company(rng), "company_name").t(" 사업자등록번호 ").p(mk_brn(rng)).t(" 고객센터 ").neg(rng.choice(SWITCHBOARDS), "switchboard").t("\n")


# ---------------------------------------------------------------- personnel
@template("personnel", "인사명령", 18)
def t_personnel(c):
    rng = c.rng
    ins = inst(rng)
    c.t(f"{ins[0]} 인사발령\n({date_s(rng)}자)\n\n")
    secs = rng.sample(["승진", "전보", "신규임용", "국외출장", "휴직", "직무대리"], rng.randint(2, 4))
    for s in secs:
        c.t(f"○ {s}\n")
        for _ in range(rng.randint(1, 3)):
            p = c.person(y0=1965, y1=2000)
            if s == "승진":
                c.f(f"  {rng.choice(['행정사무관', '행정주사', '시설주사', '세무주사'])} {{0}}  (현 {rng.choice(DEPTS)} {rng.choice(['행정주사', '행정주사보'])})\n", p.name)
            elif s == "전보":
                c.f(f"  {rng.choice(DEPTS)} → {rng.choice(DEPTS)}  {rng.choice(['행정주사', '전산주사보', '행정서기'])} {{0}}\n", p.name)
            elif s == "신규임용":
                c.f("  {0} 행정서기보(시보)에 임함 " + rng.choice(["", f"({p.birth.year}년생)"]) + "\n", p.name)
            elif s == "국외출장":
                c.f(f"  {rng.choice(DEPTS)} {{0}} (여권번호 {{1}}) {rng.choice(['독일', '싱가포르', '일본', '미국'])} 연수 " + date_s(rng) + "~\n", p.name, p.passport())
            elif s == "휴직":
                c.f(f"  {rng.choice(['육아휴직', '질병휴직', '연수휴직'])}  {{0}}  " + date_range(rng) + "\n", p.name)
            else:
                c.f(f"  {rng.choice(DEPTS)}장 직무대리  {{0}} (사무관)\n", p.name)
    c.t("\n").neg(ins[1], "office_title").t("\n")


# ---------------------------------------------------------------- vehicles
@template("vehicle", "차량", 24)
def t_vehicle(c):
    rng = c.rng
    sub = rng.choice(["fine", "register", "access", "tow"])
    p = c.person(y0=1950, y1=2003)
    pl = mk_plate(rng)
    if sub == "fine":
        c.t("주정차위반 과태료 부과 사전통지서\n\n")
        c.t("차량번호: ").p(pl).t("\n소유자: ").p(p.name).t("\n주소: ")
        addr_with_ref(c, p.address(), True)
        c.t("\n위반일시: " + date_s(rng) + f" {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}\n위반장소: ").neg(rng.choice(["○○초등학교 앞 어린이보호구역", "시장 입구 버스정류장", "소방시설 5m 이내"]), "location").t("\n")
        c.t("과태료: ").neg(neg_amount(rng), "amount").t(" (의견진술 기한 내 자진납부 시 20% 감경)\n납부 가상계좌: 고지서 참조\n")
        c.t("문의: 주정차단속팀 ").neg(rng.choice(["120", "1588-2100"]), "switchboard").t("\n")
    elif sub == "register":
        c.t("자동차 등록원부(갑)\n\n자동차등록번호 ").p(pl).t("\n차대번호 ").neg("KM" + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(9)) + digits(rng, 6), "vehicle_id").t("\n")
        c.t("최초등록일 " + date_s(rng, 2015, 2024) + "\n소유자 성명 ").p(p.name).t("\n")
        c.t("주민(법인)등록번호 ").p(p.rrn(mode=rng.choice(["masked", "valid", "valid"]))).t("\n사용본거지 ").p(p.address()).t("\n")
        if rng.random() < 0.4:
            c.t("압류 등록: ").neg(f"{rng.choice(DEPTS)}-{rng.randint(1000, 9999)}", "document_number").t(" (" + date_s(rng) + ")\n")
    elif sub == "access":
        c.t("청사 방문차량 출입 기록\n")
        rows = []
        for _ in range(rng.randint(3, 6)):
            q = c.person(y0=1955, y1=2002)
            rows.append([f"{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}", mk_plate(rng), q.name, q.mobile(), rng.choice(["민원", "납품", "회의", "공사"])])
        table(c, ["입차", "차량번호", "운전자", "연락처", "목적"] if rng.random() < 0.6 else None, rows)
    else:
        c.t("견인 차량 보관 안내\n\n")
        c.f("{0} 차량은 " + date_s(rng) + " 불법 주차로 견인되어 ", pl).neg("○○구 견인차량보관소", "location").t("에 보관 중입니다.\n")
        c.f("차량 소유자 {0} 님께 등록된 연락처({1})로 문자 안내를 드렸으나 회신이 없어 우편으로 통지합니다.\n", p.name, p.mobile())


# ---------------------------------------------------------------- cards
@template("card", "카드·결제", 26)
def t_card(c):
    rng = c.rng
    sub = rng.choice(["receipt", "refund", "statement", "autopay"])
    p = c.person(y0=1955, y1=2003)
    if sub == "receipt":
        c.t("카드 매출전표 (고객용)\n")
        c.t("가맹점명 ").neg(rng.choice(COMPANY_STEMS) + " " + rng.choice(["본점", "2호점", "센터"]), "company_name").t("\n사업자번호 ").p(mk_brn(rng, rng.choice(["dash", "plain"]))).t("\n대표자 ").p(c.person(y0=1955, y1=1990).name).t("\n")
        c.t("가맹점 전화 ").p(mk_landline(rng)).t("\n")
        c.t("카드번호 ").p(p.card(masked=rng.random() < 0.7)).t("\n거래일시 " + date_s(rng) + f" {rng.randint(9, 22):02d}:{rng.randint(0, 59):02d}\n승인번호 ").neg(digits(rng, 8), "approval_number").t("\n합계 ").neg(neg_amount(rng), "amount").t("\n")
    elif sub == "refund":
        c.t("결제 취소(환불) 요청서\n\n신청인: ").p(p.name).t("\n연락처: ").p(p.mobile()).t("\n")
        c.t("결제 카드번호: ").p(p.card(masked=False)).t("\n환불 사유: 중복 결제\n")
        if rng.random() < 0.5:
            acct = p.account(masked=rng.random() < 0.4)
            c.f("카드 취소가 불가한 경우 환불 계좌: {0} {1} 예금주 {2}\n", acct.extra["bank"], acct, p.name)
        c.t("\n※ 처리 결과는 영업일 기준 3일 이내 안내드립니다.\n")
    elif sub == "statement":
        c.f("{0} 님의 " + f"{rng.randint(1, 12)}월 카드 이용대금 명세서\n", p.name)
        cd = p.card(masked=True)
        c.f("카드번호 {0}\n", cd)
        for _ in range(rng.randint(3, 6)):
            c.t(f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}  ").neg(rng.choice(["편의점", "주유소", "온라인쇼핑", "약국", "커피전문점"]) + " " + rng.choice(["결제", "일시불"]), "merchant").t("  " + f"{rng.randint(1, 300) * 100:,}원\n")
        c.t("청구지 주소: ").p(p.address()).t("\n")
    else:
        c.t("정기후원 CMS·카드 자동이체 신청서\n\n후원자 ").p(p.name).t(" (생년월일 ").p(p.dob(rng.choice(["dob_6", "dob_8", "dob_dot"]))).t(")\n")
        c.t("휴대폰 ").p(p.mobile()).t("  이메일 ").p(p.email()).t("\n")
        c.t("카드번호 ").p(p.card(masked=False, fmt=rng.choice(["dash", "space", "plain"]))).t(f"  유효기간 {rng.randint(1, 12):02d}/{rng.randint(26, 30)}\n")
        c.t("후원 금액 월 ").neg(f"{rng.randint(1, 10)}만 원", "amount").t("\n")


# ---------------------------------------------------------------- medical
@template("medical", "의료·보험", 26)
def t_medical(c):
    rng = c.rng
    sub = rng.choice(["bill", "diag", "referral", "claim"])
    p = c.person(y0=1938, y1=2018)
    rrn_mode = "post2020" if p.birth >= datetime.date(2020, 10, 1) else rng.choice(["valid", "masked"])
    doc = c.person(y0=1960, y1=1992)
    if sub == "bill":
        c.t("진료비 계산서·영수증\n환자등록번호 ").neg(digits(rng, 8), "patient_id").t("  환자성명 ").p(p.name).t("\n")
        c.t("진료기간 " + date_range(rng) + "  진료과 " + rng.choice(["내과", "정형외과", "소아청소년과", "안과"]) + "\n")
        c.t("건강보험증번호 ").p(p.hi()).t("\n본인부담금 ").neg(neg_amount(rng), "amount").t("\n")
    elif sub == "diag":
        c.t("진 단 서\n\n환자 성명: ").p(p.name).t("   주민등록번호: ").p(p.rrn(mode=rrn_mode)).t("\n주소: ").p(p.address()).t("\n")
        c.t("병명: " + rng.choice(["요추 염좌", "우측 발목 골절", "급성 위장염", "경추 염좌"]) + "\n발병일: " + date_s(rng) + "\n")
        c.t("의사 면허번호 제").neg(str(rng.randint(10000, 140000)), "license_number").f("호  의사 {0} (서명)\n", doc.name)
    elif sub == "referral":
        c.t("의료급여 의뢰서\n\n수급권자 ").p(p.name).t(" (").p(p.dob()).t(")\n")
        c.t("의료급여증 번호 ").p(p.hi()).t("\n보호자 ")
        g = c.person(y0=1950, y1=1995)
        c.p(g.name).t(" 연락처 ").p(g.mobile()).t("\n의뢰 사유: 상급 진료 필요\n담당의 ").p(doc.name).t("\n")
    else:
        c.t("실손의료보험 청구서\n\n피보험자: ").p(p.name).t("\n주민등록번호: ").p(p.rrn(mode=rrn_mode, sep=rng.choice(["-", "-", " - "]))).t("\n휴대폰: ").p(p.mobile()).t("\n")
        acct = p.account()
        c.f("보험금 수령 계좌: {0} {1} (예금주 {2})\n", acct.extra["bank"], acct, p.name)
        c.t("보험사 고객센터 ").neg(rng.choice(SWITCHBOARDS), "switchboard").t("\n")


# ---------------------------------------------------------------- chat
@template("chat", "메신저", 18)
def t_chat(c):
    rng = c.rng
    a, b = c.person(y0=1960, y1=2003), c.person(y0=1960, y1=2003)
    c.t(f"--------------- {date_s(rng)} ---------------\n")
    t0 = rng.randint(60, 600)
    t = []
    for _ in range(6):
        t0 += rng.randint(0, 25)
        t.append(f"오후 {t0 // 60}:{t0 % 60:02d}")
    c.f("[{0}] [" + t[0] + "] 혹시 회비 어디로 보내면 돼요?\n", b.name)
    acct = a.account(masked=rng.random() < 0.25)
    c.f("[{0}] [" + t[1] + "] {1} {2} 으로 보내주세요\n", a.name, acct.extra["bank"], acct if rng.random() < 0.7 else spoken_digits(acct))
    c.f("[{0}] [" + t[2] + "] 넵 예금주 {1} 맞죠?\n", b.name, a.name)
    r = rng.randint(0, 2)
    if r == 0:
        c.f("[{0}] [" + t[3] + "] 네 그리고 택배는 {1} 로 보내주시면 돼요\n", a.name, a.address())
    elif r == 1:
        c.f("[{0}] [" + t[3] + "] 네 급하면 이 번호로 전화 주세요 {1}\n", a.name, a.mobile(rng.choice(["plain", "dash", "space"])))
    else:
        c.f("[{0}] [" + t[3] + "] 맞아요. 영수증은 {1} 으로 보내주세요\n", a.name, a.email())
    c.f("[{0}] [" + t[4] + "] 감사합니다~\n", b.name)
    if rng.random() < 0.4:
        c.t("[알림] 상대방 연락처 ").neg("010-****-****", "masked_placeholder").t(" 는 보호되어 표시되지 않습니다.\n")


# ---------------------------------------------------------------- foreign workers / immigration
@template("immig", "출입국·체류", 26)
def t_immig(c):
    rng = c.rng
    sub = rng.choice(["hotel", "worker", "notice"])
    if sub == "hotel":
        c.t("외국인 숙박객 명부\n")
        rows = []
        for _ in range(rng.randint(2, 5)):
            p = c.person(foreign=True, latin=True, y0=1960, y1=2005)
            rows.append([p.name, p.code, p.passport(), p.dob(rng.choice(["dob_en", "dob_iso", "dob_en_us"])), f"{rng.randint(2, 15)}{rng.randint(1, 20):02d}호"])
        table(c, ["Name", "Nationality", "Passport No.", "Date of Birth", "Room"] if rng.random() < 0.7 else None, rows)
    elif sub == "worker":
        co = company(rng)
        c.t("외국인근로자 고용변동 신고서\n사업장: ").neg(co, "company_name").t("  사업자등록번호 ").p(mk_brn(rng)).t("\n담당자 ")
        m = c.person(y0=1965, y1=1995)
        c.p(m.name).t(" ").p(m.mobile()).t("\n\n")
        for _ in range(rng.randint(1, 4)):
            p = c.person(foreign=True, latin=rng.random() < 0.5, y0=1975, y1=2004)
            c.f("- {0} / " + p.nat + " / 외국인등록번호 {1} / 여권 {2} / 변동사유: " + rng.choice(["이탈", "계약 해지", "사업장 변경"]) + "\n", p.name, p.frn(), p.passport())
    else:
        p = c.person(foreign=True, latin=rng.random() < 0.5, y0=1970, y1=2004)
        c.f("출국명령서\n\n성명: {0}\n국적: " + p.nat + "\n외국인등록번호: {1}\n여권번호: {2}\n", p.name, p.frn(masked=rng.random() < 0.2), p.passport())
        c.t("위 사람은 ").neg("「출입국관리법」 제68조 제1항", "statute").t("에 따라 " + date_s(rng) + "까지 출국할 것을 명합니다.\n")
        c.t("체류지: ").p(p.address()).t("\n")
        if rng.random() < 0.6:
            c.f("한글 성명 표기: {0}\n", p.other_script())


@template("bid", "입찰·계약", 24)
def t_bid(c):
    rng = c.rng
    ins = inst(rng)
    c.t(rng.choice(["입찰 참가업체 현황", "적격심사 대상 업체 목록", "수의계약 견적 제출 업체"]) + "\n")
    c.t("공고번호 ").neg(f"{rng.randint(2023, 2025)}{rng.randint(1, 12):02d}{digits(rng, 5)}-00", "notice_number").t("  건명: " + rng.choice(["청사 보안 시스템 교체", "민원 안내 키오스크 구매", "하천 정비 설계 용역"]) + "\n")
    rows = []
    for k in range(rng.randint(2, 5)):
        rep = c.person(y0=1955, y1=1990)
        corp = rng.random() < 0.7
        rows.append([str(k + 1), N(company(rng), "company_name"), rep.name, mk_brn(rng, rng.choice(["dash", "dash", "plain"])),
                     mk_crn(rng, rng.choice(["dash", "dash", "plain"])) if corp else "-(개인)",
                     mk_landline(rng, rng.choice(["landline", "070"])), N(neg_amount(rng), "amount")])
    table(c, ["순위", "업체명", "대표자", "사업자등록번호", "법인등록번호", "전화", "투찰금액"] if rng.random() < 0.8 else None, rows)
    c.t("※ 개찰 일시: " + date_s(rng) + " 11:00 / 집행관: ").p(c.person(y0=1970, y1=1995).name).t(" (").neg(ins[0] + " 회계과", "institution").t(")\n")


@template("family", "신청서", 24)
def t_family(c):
    rng = c.rng
    h = c.person(y0=1960, y1=1995)
    w = c.person(foreign=True, latin=rng.random() < 0.5, y0=1975, y1=2003)
    c.t(rng.choice(["다문화가족 방문교육 서비스 신청서", "결혼이민자 국적취득 상담 신청서", "결혼이민자 체류기간 연장 신청 안내 확인서"]) + "\n\n")
    c.t("[신청인(결혼이민자)]\n성명: ").p(w.name).t("  (" + ("영문" if re.match("[A-Za-z]", w.name.text) else "한글") + ")\n")
    c.t("다른 표기: ").p(w.other_script()).t("\n국적: " + w.nat + "\n외국인등록번호: ").p(w.frn(sep=rng.choice(["-", "-", " - "]))).t("\n")
    if rng.random() < 0.6:
        c.t("여권번호: ").p(w.passport()).t("\n")
    c.t("휴대전화: ").p(w.mobile()).t("\n\n[배우자]\n성명: ").p(h.name).t("  생년월일: ").p(h.dob()).t("\n연락처: ").p(h.mobile()).t("\n주소: ")
    addr_with_ref(c, h.address())
    c.t("\n")
    if rng.random() < 0.5:
        kid = c.person(y0=2012, y1=2023)
        mode = "post2020" if kid.birth >= datetime.date(2020, 10, 1) else "valid"
        c.t("\n[자녀] ").p(kid.name).t(" ").p(kid.rrn(mode=mode)).t("\n")
    c.t("\n통역 지원 필요 여부: " + rng.choice(["예", "아니오"]) + "\n")
    counsel = c.person(y0=1975, y1=1998)
    c.f("\n상담자 {0}의 의견: {1} 씨는 한국어 중급 과정에 배정하고, 배우자 {2} 씨에게도 가족 교육 참여를 권유함.\n", counsel.name, w.name, h.name)


@template("breach", "사고보고서", 18)
def t_breach(c):
    rng = c.rng
    ins = inst(rng)
    o = c.person(y0=1970, y1=1998)
    c.t("개인정보 유출 사고 경위서\n\n")
    n = rng.randint(3, 900)
    fr = rng.randint(0, 2)
    if fr == 0:
        c.f(f"{ins[0]} {rng.choice(DEPTS)} 소속 {{0}} 주무관({rng.choice(['7급', '8급', '6급'])}){{0|은}} " + date_s(rng) + f" 민원인에게 회신 메일을 보내면서 다른 민원인 {n}명의 정보가 담긴 파일을 잘못 첨부하였다.\n", o.name)
    elif fr == 1:
        c.f("홈페이지 게시판 관리자인 {0} 주무관이 게시물 정비 중 첨부파일 비공개 설정이 해제된 것을 발견하여 " + date_s(rng) + " 보고하였다.\n", o.name)
    else:
        c.f("위탁업체 직원 {0}(" + str(rng.randint(25, 55)) + ") 씨가 업무용 USB를 분실하였다고 " + date_s(rng) + " 신고함에 따라 경위를 조사하였다.\n", o.name)
    c.t("유출 항목: 성명, 주민등록번호, 연락처, 주소\n\n유출 정보 예시(일부)\n")
    for _ in range(rng.randint(2, 4)):
        p = c.person(y0=1945, y1=2004)
        c.f("  {0} / {1} / {2}\n", p.name, p.rrn(mode=rng.choice(["valid", "valid", "masked"])), p.mobile())
    c.t("\n조치: 유출 대상자 개별 통지 및 ").neg("「개인정보 보호법」 제34조", "statute").t("에 따른 신고(신고번호 ").neg(neg_receipt(rng), "receipt_number").t(")\n")
    c.f("작성자 {0} / 확인 {1} 개인정보 보호책임자\n", o.name, c.person(y0=1962, y1=1980).name)


@template("child", "신청서", 26)
def t_child(c):
    rng = c.rng
    kid = c.person(y0=2020, y1=2024)
    if kid.birth < datetime.date(2020, 10, 1):
        kid.birth = datetime.date(2021, kid.birth.month, min(kid.birth.day, 28))
    par = c.person(y0=1980, y1=1996)
    sub = rng.choice(["allowance", "daycare", "vaccine", "birth"])
    if sub == "allowance":
        c.t("아동수당 지급 신청서\n\n[아동]\n성명 ").p(kid.name).t("  주민등록번호 ").p(kid.rrn()).t("\n[신청인(보호자)]\n성명 ").p(par.name).t("  관계 " + rng.choice(["부", "모"]) + "\n")
        c.t("주민등록번호 ").p(par.rrn()).t("\n연락처 ").p(par.mobile()).t("\n")
        acct = par.account(masked=rng.random() < 0.3)
        c.f("지급 계좌 {0} {1} (예금주 {2})\n", acct.extra["bank"], acct, par.name)
    elif sub == "daycare":
        c.t("어린이집 입소 대기 신청 확인\n")
        c.f("{0} 어린이(생년월일 {1})의 보호자 {2} 님, 입소 대기 신청이 완료되었습니다.\n", kid.name, kid.dob(rng.choice(["dob_dot_space", "dob_kor", "dob_iso"])), par.name)
        c.t("대기 순번은 " + str(rng.randint(1, 40)) + "번이며, 변동 시 ").p(par.mobile()).t("로 알려드립니다.\n")
        c.t("원아 건강보험증 번호: ").p(kid.hi()).t("\n")
    elif sub == "vaccine":
        c.t("예방접종 대상자 명단\n")
        rows = []
        kids = [kid] + [c.person(y0=2020, y1=2024) for _ in range(rng.randint(1, 4))]
        for k in kids:
            if k.birth < datetime.date(2020, 10, 1):
                k.birth = datetime.date(2022, k.birth.month, min(k.birth.day, 28))
            rows.append([k.name, k.rrn(mode=rng.choice(["valid", "valid", "masked"])), rng.choice(["DTaP 4차", "MMR 1차", "수두", "일본뇌염 2차"]), N(date_s(rng, 2024, 2025), "date")])
        table(c, ["성명", "주민등록번호", "접종명", "예정일"] if rng.random() < 0.7 else None, rows)
    else:
        c.t("출생신고서\n\n출생자 성명 ").p(kid.name).t("  성별 " + ("남" if kid.male else "여") + "\n출생일시 ").p(kid.dob(rng.choice(["dob_kor", "dob_dot_space"]))).t(f" {rng.randint(0, 23)}시 {rng.randint(0, 59)}분\n")
        c.t("부 성명 ").p(par.name).t("  주민등록번호 ").p(par.rrn()).t("\n")
        mom = c.person(foreign=rng.random() < 0.25, latin=False, y0=1982, y1=1998)
        c.t("모 성명 ").p(mom.name).t("  " + ("외국인등록번호 " if mom.foreign else "주민등록번호 ")).p(mom.frn() if mom.foreign else mom.rrn()).t("\n")
        c.t("주소 ")
        addr_with_ref(c, par.address())
        c.t("\n신고인 ").p(par.name).t(" (부)  전화 ").p(par.mobile()).t("\n")
    return {"genre": "신청서"}


# ---------------------------------------------------------------- no PII
@template("nopii", "세무질의회신", 90)
def t_nopii(c):
    rng = c.rng
    ins = inst(rng)
    sub = rng.choice(["tax", "tax", "notice", "guide", "law", "stats", "press", "budget", "sysnotice"])
    if sub == "press":
        c.t("보도참고자료\n\n" + rng.choice(["전세사기 피해 지원 기간 1년 연장", "외국인 계절근로자 숙소 기준 강화", "운전면허 적성검사 온라인 예약 확대", "여권 발급 수수료 카드 결제 허용"]) + "\n\n")
        c.t("□ ").neg(ins[1], "office_title").t("은 " + date_s(rng) + " 관계부처 합동 회의를 열고 후속 조치를 논의했다고 밝혔다.\n")
        c.t("□ 이번 조치는 ").neg(rng.choice(STATUTES), "statute").t(" 개정에 따른 것으로, 세부 내용은 고시 제").neg(f"{rng.randint(2023, 2025)}-{rng.randint(1, 200)}호", "notice_number").t("에서 확인할 수 있다.\n")
        c.t("□ 관련 문의는 ").neg(rng.choice(SWITCHBOARDS), "switchboard").t(" 또는 정부민원안내콜센터(").neg("110", "short_code").t(")로 하면 된다. 다만 개인 상담 내용은 ").neg(rng.choice(["김○○", "박**", "A씨"]), "masked_name").t("처럼 익명으로 처리된다.\n")
    elif sub == "budget":
        c.t(f"{rng.randint(2024, 2026)}년 세출예산 사업별 설명서 (단위: 천원)\n")
        table(c, ["사업명", "예산액", "전년 대비", "비고"], [[rng.choice(["청사 유지관리", "민원 서비스 개선", "정보시스템 운영", "재난 대응 장비", "청년 일자리 지원"]), f"{rng.randint(1000, 900000):,}", f"{rng.choice(['+', '-'])}{rng.randint(1, 30)}.{rng.randint(0, 9)}%", N(neg_docnum(rng), "document_number")] for _ in range(rng.randint(3, 5))])
        c.t("세부 산출 근거는 ").neg(ins[0] + " 기획예산과", "institution").t("(대표 ").neg(ins[3], "institution_phone").t(")에 문의\n")
    elif sub == "sysnotice":
        c.t("[시스템 점검 안내]\n행정정보시스템 서버 교체 작업으로 " + date_s(rng) + " 22:00~24:00 접속이 제한됩니다.\n")
        c.t("적용 버전: ").neg(f"{rng.randint(2, 9)}.{rng.randint(0, 20)}.{rng.randint(1000, 30000)}.{rng.randint(1000, 9999)}", "version_number").t(" / 변경관리번호 ").neg(f"CHG-{rng.randint(2024, 2025)}-{digits(rng, 5)}", "management_number").t("\n")
        c.t("작업 계정: ").neg(f"u{rng.randint(10000, 99999)}", "user_id").t(", ").neg(f"u{rng.randint(10000, 99999)}", "user_id").t("\n문의: 정보화 헬프데스크 ").neg(rng.choice(SWITCHBOARDS), "switchboard").t("\n")
    elif sub == "tax":
        c.t("[질의회신] ").neg(neg_docnum(rng), "document_number").t(f" ({date_s(rng)})\n\n【질의】 ")
        c.neg("갑", "placeholder_person").t("은 ").neg(rng.choice(["A법인", "B사", "을"]), "placeholder_person").t("으로부터 토지를 양수하면서 ")
        c.neg(neg_amount(rng), "amount").t("을 지급하였는바, 이 경우 ").neg(rng.choice(STATUTES[-3:]), "statute").t("의 적용 여부\n\n【회신】 귀 질의의 경우 기존 해석사례(").neg(neg_docnum(rng), "document_number").t(")를 참고하시기 바랍니다.\n")
        if rng.random() < 0.5:
            c.t("관련 판례: ").neg(neg_case(rng), "case_number").t("\n")
    elif sub == "notice":
        c.t(f"{ins[0]} 공고 제").neg(f"{rng.randint(2023, 2025)}-{rng.randint(1, 2999)}", "notice_number").t("호\n\n")
        c.t(rng.choice(["2025년 공공근로사업 참여자 모집 공고", "도시계획시설 결정(변경) 열람 공고", "지방세 체납자 명단 공개 사전 안내"]) + "\n\n")
        c.t("1. 신청 기간: " + date_range(rng) + "\n2. 신청 장소: 각 읍·면·동 행정복지센터\n3. 문의: ")
        c.neg(ins[0] + " " + rng.choice(DEPTS), "institution").t(" 대표전화 ").neg(ins[3], "institution_phone").t(" 또는 ").neg(rng.choice(SHORTCODES), "short_code").t("\n")
        c.t("4. 청사 주소: ").neg(ins[2], "institution_address").t("\n")
        c.t("\n" + date_s(rng) + "\n").neg(ins[1], "office_title").t("\n")
    elif sub == "guide":
        c.t("개인정보 입력 예시\n\n성명란에는 ").neg("홍길동", "placeholder_person").t("과 같이 실명을, 주민등록번호란에는 ").neg("000000-0000000", "placeholder_rrn")
        c.t(" 형식으로 적습니다. 휴대전화는 ").neg("010-****-****", "masked_placeholder").t("처럼 가운데를 가려 제출해도 됩니다.\n")
        c.t("제출한 서류는 ").neg(STATUTES[0], "statute").t("에 따라 보관 기간 경과 후 파기합니다. 문의는 ").neg(rng.choice(SWITCHBOARDS), "switchboard").t("로 해 주십시오.\n")
        c.t("처리 예시: 민원인 ").neg(rng.choice(["김○○", "박**", "이○○", "정 모 씨"]), "masked_name").t("의 신청은 접수번호 ").neg(neg_receipt(rng), "receipt_number").t("로 관리됩니다.\n")
    elif sub == "law":
        c.t("법령 해석 회신\n\n").neg(rng.choice(STATUTES), "statute").t("에서 말하는 '정당한 사유'에는 천재지변 등 불가항력이 포함된다고 보는 것이 타당합니다(").neg(neg_case(rng), "case_number").t(" 참조).\n")
        c.t("다만 ").neg(rng.choice(STATUTES), "statute").t("의 위임 범위를 벗어나는 고시(").neg(f"제{rng.randint(2019, 2024)}-{rng.randint(1, 150)}호", "notice_number").t(")는 효력이 없습니다.\n")
    else:
        c.t(f"{rng.randint(2021, 2024)}년 민원 처리 통계\n")
        table(c, ["구분", "접수", "처리", "평균 처리일"], [[rng.choice(["여권", "차량", "세무", "복지", "건축"]), f"{rng.randint(100, 9000):,}", f"{rng.randint(100, 9000):,}", f"{rng.randint(1, 15)}.{rng.randint(0, 9)}일"] for _ in range(rng.randint(3, 5))])
        c.t("관리번호 ").neg(f"0{rng.randint(31, 64)}-{rng.randint(2019, 2024)}-{rng.randint(1000, 9999)}", "management_number").t(" / 시스템 버전 ").neg(f"10.0.{rng.randint(17000, 22631)}.{rng.randint(1000, 4000)}", "version_number").t("\n")
        c.t("접수번호 체계: ").neg(neg_receipt(rng), "receipt_number").t(", 나라장터 ").neg(f"{rng.randint(2023, 2025)}{rng.randint(1, 12):02d}{digits(rng, 5)}-00", "notice_number").t("\n")
    return {"no_pii": True, "genre": {"tax": "세무질의회신", "notice": "공고", "guide": "안내문", "law": "법령해석", "stats": "통계",
                                      "press": "보도자료", "budget": "통계", "sysnotice": "시스템로그"}[sub]}




# =====================================================================
# validation
# =====================================================================
HANG_REV = {"공": "0", "영": "0", "일": "1", "이": "2", "삼": "3", "사": "4", "오": "5", "육": "6", "칠": "7", "팔": "8", "구": "9"}
CONF_REV = {"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"}


def canon(s, noise):
    s = unicodedata.normalize("NFKC", s)
    if s.startswith("+82"):
        s = "0" + s[3:].lstrip("-. ")
    if any(x.startswith("hangul_digits") for x in noise):
        s = "".join(HANG_REV.get(c, c) for c in s).replace("에", "").replace("다시", "")
    return re.sub(r"[\s\-‐–.,()+]", "", s)


def same_modulo_confusion(noisy, clean, noise):
    a, b = canon(noisy, noise), canon(clean, [])
    if "ocr_confusable" not in noise:
        return a == b
    return len(a) == len(b) and all(x == y or CONF_REV.get(x) == y for x, y in zip(a, b))


MOBILE_RE = re.compile(r"(?<![\d])01[016789][-. ]?\d{3,4}[-. ]?\d{4}(?!\d)")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
RRNSHAPE_RE = re.compile(r"(?<!\d)\d{6}\s?-\s?\d{7}(?!\d)")
CARD_RE = re.compile(r"(?<![\d-])\d{4}[- ]?\d{4}[- ]?\d{4}[- ]?\d{3,4}(?![\d-])")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
ALLOWED_UNLABELLED = {"000000-0000000"}


def validate_value(sp):
    typ, kind, clean, text, noise = sp["type"], sp["kind"], sp["clean"], sp["text"], sp["noise"]
    if typ not in ("PERSON", "KR_ADDRESS", "EMAIL_ADDRESS", "IP_ADDRESS", "DATE_OF_BIRTH", "KR_VEHICLE_PLATE"):
        if kind.startswith("dl_name"):
            pass
        else:
            assert same_modulo_confusion(text, clean, noise), (text, clean, noise)
    d = re.sub(r"\D", "", clean)
    if typ == "KR_RRN":
        y, m, dd = int(d[:2]), int(d[2:4]), int(d[4:6])
        g = int(clean[7])
        yy = (1900 if g in (1, 2) else 2000) + y
        dt = datetime.date(yy, m, dd)
        if "masked" in kind:
            assert len(re.findall(r"[*●Xx]", clean)) == 6
        elif kind.startswith("rrn_valid"):
            assert rrn_check(d[:12]) == d[12] and dt < datetime.date(2020, 10, 1)
        else:
            assert rrn_check(d[:12]) != d[12] and dt >= datetime.date(2020, 10, 1), clean
    elif typ == "KR_FRN":
        g = int(clean[7])
        assert g in (5, 6, 7, 8)
        if "masked" not in kind:
            assert frn_check(d[:12]) == d[12] and int(d[7:9]) % 2 == 0 and d[11] in "6789"
    elif typ == "KR_BRN":
        assert len(d) == 10 and brn_check(d[:9]) == d[9]
    elif typ == "KR_CRN":
        assert len(d) == 13 and crn_check(d[:12]) == d[12]
    elif typ == "CREDIT_CARD":
        if "masked" in kind:
            assert re.fullmatch(r"[\d*X●]{4}([- ]?[\d*X●]{4,6}){2,3}", clean), clean
        else:
            assert luhn_ok(d) and len(d) in (15, 16)
    elif typ == "KR_PASSPORT":
        assert re.fullmatch(r"[A-Z]{1,2}\d{6,8}[A-Z]?|[MSGDR]\d{3}[A-Z]\d{4}|\d{9}|C[0-9CFGHJKLMNPRTVWXYZ]{8}", clean), clean
    elif typ == "KR_DRIVER_LICENSE":
        assert re.fullmatch(r"(1[1-9]|2[0-8])-\d{2}-\d{6}-\d{2}", clean)
        if kind.startswith("dl_name"):
            reg = dict(DL_REGION)
            m = re.match(r"([가-힣]+)\s?", unicodedata.normalize("NFKC", text))
            assert reg[m.group(1)] == clean[:2]
            assert same_modulo_confusion(text[m.end():], clean[3:], noise)
    elif typ == "KR_HEALTH_INSURANCE":
        assert re.fullmatch(r"\d{11}", clean)
    elif typ == "KR_BANK_ACCOUNT":
        assert re.fullmatch(r"[\d*]+([- .][\d*]+)*", clean) and 10 <= len(re.sub(r"[- ]", "", clean)) <= 16
    elif typ == "PHONE_NUMBER":
        assert re.fullmatch(r"0\d{1,2}-\d{3,4}-\d{4}", clean), clean
        assert not re.match(r"1[5-9]\d\d-", clean)
    elif typ == "EMAIL_ADDRESS":
        assert EMAIL_RE.fullmatch(text)
    elif typ == "IP_ADDRESS":
        if ":" not in text:
            assert all(0 <= int(x) <= 255 for x in text.split("."))
    elif typ == "DATE_OF_BIRTH":
        dt = datetime.date.fromisoformat(clean)
        exp = dob_text(dt, kind)
        if noise:
            assert same_modulo_confusion(text, exp, noise) or canon(text, noise) == canon(exp, [])
        else:
            assert text == exp, (text, exp)
    elif typ == "KR_VEHICLE_PLATE":
        assert re.fullmatch(r"([가-힣]{2}\s*)?\d{2,3}[가-힣]\s*\d{4}", text), text
    elif typ == "PERSON":
        assert text.strip() == text and text != "홍길동"
        assert not re.search(r"(씨|님|귀하|주무관|사무관|과장|위원)$", text)
    elif typ == "KR_ADDRESS":
        assert re.search(r"\d", text) and not text.startswith("(")


def validate_record(rec, meta):
    text, spans = rec["text"], rec["spans"]
    prev = 0
    covered = [False] * len(text)
    for s, ms in zip(spans, meta["spans"]):
        assert 0 <= s["start"] < s["end"] <= len(text)
        assert s["start"] >= prev, "overlap/unsorted"
        prev = s["end"]
        v = text[s["start"]:s["end"]]
        assert v == v.strip() and v == ms["text"]
        for i in range(s["start"], s["end"]):
            covered[i] = True
        validate_value(dict(ms, type=s["type"]))
    # every occurrence of a labelled string is covered
    for s in spans:
        v = text[s["start"]:s["end"]]
        for m in re.finditer(re.escape(v), text):
            if not all(covered[m.start():m.end()]):
                # allow a short name inside a longer word only when not a token-level match
                raise AssertionError(f"unlabelled repeat of {v!r} at {m.start()}")
    # hard negatives do not overlap spans
    for h in meta["hard_negatives"]:
        assert text[h["start"]:h["end"]] == h["text"]
        assert not any(covered[h["start"]:h["end"]]), h
    # PII-looking strings outside spans
    for rx, nm in ((MOBILE_RE, "mobile"), (EMAIL_RE, "email"), (RRNSHAPE_RE, "rrn"), (CARD_RE, "card"), (IP_RE, "ip")):
        for m in rx.finditer(text):
            if all(covered[m.start():m.end()]):
                continue
            if m.group(0) in ALLOWED_UNLABELLED:
                continue
            if nm == "ip" and not all(0 <= int(x) <= 255 for x in m.groups()):
                continue
            raise AssertionError(f"unlabelled {nm}: {m.group(0)!r}")
    # placeholder never labelled
    for s in spans:
        assert text[s["start"]:s["end"]] not in ("홍길동", "000000-0000000")


# =====================================================================
# main
# =====================================================================
def build(name, i):
    fn, genre, _ = TEMPLATES[name]
    last = None
    for attempt in range(40):
        key = f"{name}|{i}" + (f"|retry{attempt}" if attempt else "")
        c = Ctx(R(key))
        info = fn(c) or {}
        text = c.text()
        spans = sorted(c.spans, key=lambda s: s["start"])
        rec = {"id": None, "text": text, "spans": [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in spans],
               "genre": info.get("genre", genre)}
        meta = {"id": None, "template": name, "genre": rec["genre"], "attempt": attempt,
                "spans": [{"start": s["start"], "end": s["end"], "type": s["type"], "kind": s["kind"],
                           "noise": s["noise"], "text": s["text"], "clean": s["clean"]} for s in spans],
                "hard_negatives": sorted(c.negs, key=lambda h: h["start"])}
        if "base_genre" in info:
            meta["base_genre"] = info["base_genre"]
        if info.get("no_pii"):
            meta["planned_no_pii"] = True
        try:
            validate_record(rec, meta)
            if info.get("no_pii"):
                assert not rec["spans"]
            else:
                assert rec["spans"], "planned PII record has no spans"
            return rec, meta
        except AssertionError as e:
            last = e
    raise SystemExit(f"template {name} #{i} failed validation 40 times: {last}")


def main():
    recs = []
    for name in sorted(TEMPLATES):
        _, _, n = TEMPLATES[name]
        for i in range(n):
            recs.append(build(name, i))
    order = R("order")
    order.shuffle(recs)
    for k, (rec, meta) in enumerate(recs, 1):
        rec["id"] = meta["id"] = f"pii_o-{k:04d}"
    with open(os.path.join(HERE, "pii_o.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for rec, _ in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "pii_o.meta.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for _, meta in recs:
            f.write(json.dumps(meta, ensure_ascii=False) + "\n")
    # re-read and re-validate
    R2 = [json.loads(l) for l in open(os.path.join(HERE, "pii_o.jsonl"), encoding="utf-8")]
    M2 = [json.loads(l) for l in open(os.path.join(HERE, "pii_o.meta.jsonl"), encoding="utf-8")]
    assert len(R2) == len(M2)
    for r, m in zip(R2, M2):
        assert r["id"] == m["id"] and set(r) == {"id", "text", "spans", "genre"}
        for s in r["spans"]:
            assert set(s) == {"start", "end", "type"}
        validate_record(r, m)
    stats(R2, M2)


def stats(R2, M2):
    types = Counter(s["type"] for r in R2 for s in r["spans"])
    genres = Counter(r["genre"] for r in R2)
    nopii = Counter(r["genre"] for r in R2 if not r["spans"])
    gspans = Counter()
    for r in R2:
        gspans[r["genre"]] += len(r["spans"])
    kinds = Counter((s["type"], s["kind"]) for m in M2 for s in m["spans"])
    noise = Counter(n for m in M2 for s in m["spans"] for n in s["noise"])
    negs = Counter(h["category"] for m in M2 for h in m["hard_negatives"])
    out = {"records": len(R2), "spans": sum(types.values()), "types": dict(types.most_common()),
           "genres": {g: [genres[g], nopii[g], gspans[g]] for g, _ in genres.most_common()},
           "kinds": {f"{a}:{b}": n for (a, b), n in sorted(kinds.items())}, "noise": dict(noise.most_common()),
           "hard_negatives": dict(negs.most_common()),
           "noisy_spans": sum(1 for m in M2 for s in m["spans"] if s["noise"])}
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(json.dumps({k: out[k] for k in ("records", "spans", "types", "noisy_spans")}, ensure_ascii=False))


if __name__ == "__main__":
    main()
