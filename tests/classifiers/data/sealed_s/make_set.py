#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""sens_s -- independent evaluation set for a Korean document-sensitivity classifier.

Deterministic generator.  Every random draw comes from random.Random seeded with a
string of the form "sens_s-2026|<template>|<variant>" (string seeds are hashed with
SHA-512 by the random module, so PYTHONHASHSEED has no influence).  No set/dict
ordering that depends on hashing is used for output.

Run:  /work/evalsets/venv_sens_s/bin/python make_set.py
Writes sens_s.jsonl, sens_s.meta.jsonl, files/*.hwpx, files/*.pdf, README.md and,
last, MD5SUMS; then re-reads and validates everything (see README.md).
"""
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
import unicodedata
import zipfile
from collections import Counter
from xml.sax.saxutils import escape as xml_escape

SET = "sens_s"
SEED = "sens_s-2026"
HERE = os.path.dirname(os.path.abspath(__file__))


def R(*parts):
    """Seeded RNG from a string key only."""
    return random.Random("|".join([SEED] + [str(p) for p in parts]))


# --------------------------------------------------------------------------------------
# name / number pools
# --------------------------------------------------------------------------------------
SURNAMES = (["김"] * 20 + ["이"] * 14 + ["박"] * 8 + ["최"] * 5 + ["정"] * 5 + ["강", "조", "윤", "장", "임"] * 2 +
            ["한", "오", "서", "신", "권", "황", "안", "송", "류", "전", "홍", "고", "문", "양", "손", "배", "백", "허",
             "유", "남", "심", "노", "하", "곽", "성", "차", "주", "우", "구", "민", "진", "나", "지", "엄", "채", "원",
             "천", "방", "공", "현", "함", "변", "염", "여", "추", "도", "소", "석", "선", "설", "마", "길", "연", "위",
             "표", "명", "기", "반", "왕", "금", "옥", "육", "인", "맹", "제", "탁", "국", "어", "봉", "황보", "남궁",
             "선우", "제갈", "독고"])
GIVEN = ["민준", "서연", "지훈", "수빈", "현우", "지은", "도윤", "하은", "예준", "서윤", "시우", "지민", "주원", "채원",
         "건우", "민서", "우진", "예은", "선우", "수아", "준서", "다은", "유진", "지원", "성민", "은지", "동현", "혜진",
         "재훈", "미경", "영호", "정희", "상철", "순자", "경수", "명숙", "태식", "옥순", "병철", "춘자", "기현", "정란",
         "용준", "숙희", "성훈", "현정", "광수", "은영", "종민", "미라", "진호", "소영", "대현", "보람", "한결", "나래",
         "승현", "유나", "재석", "민정", "태호", "윤희", "형준", "가영", "상훈", "지혜", "준혁", "수정", "영민", "혜원",
         "동욱", "세영", "창민", "은비", "기범", "소라", "재원", "하늘", "덕수", "말순", "인수", "복례", "성진", "경희",
         "정우", "윤서", "민재", "서아", "태윤", "아린", "규민", "다인", "희철", "선희", "두식", "점례", "형석", "향숙",
         "승우", "지아", "은호", "채은", "로운", "가온", "연우", "지안", "민혁", "예린", "준영", "미영", "석진", "경아",
         "철민", "혜숙", "대호", "영순", "진우", "소희", "현석", "은숙", "문수", "정애", "호진", "효정", "재민", "수현"]
GIVEN_SINGLE = ["철", "훈", "혁", "진", "현", "솔", "별", "율", "린", "준"]


GIVEN_YOUNG = ["민준", "서연", "지훈", "수빈", "도윤", "하은", "예준", "서윤", "시우", "지민", "주원", "채원", "건우", "민서", "우진",
               "예은", "수아", "준서", "다은", "유진", "지원", "윤서", "민재", "서아", "태윤", "아린", "규민", "다인", "승우", "지아",
               "은호", "채은", "로운", "가온", "연우", "지안", "민혁", "예린", "하늘", "한결", "나래", "유나", "가영", "은비", "소율"]


def person(rng, young=False):
    s = rng.choice(SURNAMES)
    if young:
        return s + rng.choice(GIVEN_YOUNG)
    if rng.random() < 0.04:
        return s + rng.choice(GIVEN_SINGLE)
    return s + rng.choice(GIVEN)


def people(rng, n, young=False):
    out = []
    while len(out) < n:
        p = person(rng, young)
        if p not in out and p != "홍길동":
            out.append(p)
    return out


def mask_name(name, style=0):
    if style == 0:
        return name[0] + "○" * (len(name) - 1)
    if style == 1:
        return name[0] + "*" * (len(name) - 1)
    return name[0] + " 모 씨"


def rrn(rng, y0=1950, y1=2003, male=None):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    if male is None:
        male = rng.random() < 0.5
    if y < 2000:
        g = 1 if male else 2
    else:
        g = 3 if male else 4
    front = "%02d%02d%02d" % (y % 100, m, d)
    body = str(g) + "".join(str(rng.randint(0, 9)) for _ in range(5))
    digits = front + body
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    s = sum(int(a) * b for a, b in zip(digits, w))
    chk = (11 - s % 11) % 10
    return "%s-%s%d" % (front, body, chk)


def rrn_valid(v):
    v = unicodedata.normalize("NFKC", v).replace("-", "")
    if not re.fullmatch(r"\d{13}", v):
        return False
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    s = sum(int(a) * b for a, b in zip(v[:12], w))
    return (11 - s % 11) % 10 == int(v[12])


def masked_rrn(rng, style=0):
    r = rrn(rng)
    front, back = r.split("-")
    mark = ["*", "●", "X", "○"][style % 4]
    return "%s-%s%s" % (front, back[0], mark * 6)


def frn(rng):
    y = rng.randint(1965, 2002)
    front = "%02d%02d%02d" % (y % 100, rng.randint(1, 12), rng.randint(1, 28))
    g = rng.choice([5, 6]) if y < 2000 else rng.choice([7, 8])
    mid = "%02d" % rng.randint(10, 25)
    body = str(g) + mid + "%02d" % rng.randint(0, 99) + str(rng.choice([6, 7, 8, 9]))
    digits = front + body
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    s = sum(int(a) * b for a, b in zip(digits, w))
    chk = (13 - s % 11) % 10
    return "%s-%s%d" % (front, body, chk)


def passport(rng):
    p = rng.choice("MMMSRG")
    if rng.random() < 0.5:
        return p + "%08d" % rng.randint(10000000, 99999999)
    return p + "%03d" % rng.randint(100, 999) + rng.choice("ABCDEFGHJK") + "%04d" % rng.randint(0, 9999)


def foreign_passport(rng):
    return rng.choice(["C", "E", "N", "P", "B"]) + "%07d" % rng.randint(1000000, 9999999)


DL_REGION = ["11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "28"]


def driver_licence(rng):
    return "%s-%02d-%06d-%02d" % (rng.choice(DL_REGION), rng.randint(88, 99) if rng.random() < 0.5 else rng.randint(0, 23),
                                 rng.randint(0, 999999), rng.randint(0, 99))


BANKS = [("국민은행", lambda r: "%06d-%02d-%06d" % (r.randint(0, 999999), r.randint(0, 99), r.randint(0, 999999))),
         ("신한은행", lambda r: "110-%03d-%06d" % (r.randint(0, 999), r.randint(0, 999999))),
         ("농협은행", lambda r: "%03d-%04d-%04d-%02d" % (r.randint(301, 356), r.randint(0, 9999), r.randint(0, 9999), r.randint(0, 99))),
         ("우리은행", lambda r: "1002-%03d-%06d" % (r.randint(0, 999), r.randint(0, 999999))),
         ("IBK기업은행", lambda r: "%03d-%06d-%02d-%03d" % (r.randint(0, 999), r.randint(0, 999999), r.randint(1, 9), r.randint(0, 999))),
         ("하나은행", lambda r: "%03d-%06d-%05d" % (r.randint(100, 999), r.randint(0, 999999), r.randint(0, 99999))),
         ("우체국", lambda r: "%06d-%02d-%06d" % (r.randint(100000, 999999), r.randint(1, 9), r.randint(0, 999999))),
         ("부산은행", lambda r: "%03d-%04d-%04d-%02d" % (r.randint(100, 199), r.randint(0, 9999), r.randint(0, 9999), r.randint(0, 99)))]


def account(rng):
    b, f = rng.choice(BANKS)
    return b, f(rng)


def mobile(rng):
    return "010-%04d-%04d" % (rng.randint(2000, 9999), rng.randint(0, 9999))


CITIZEN_ADDR = [
    ("서울특별시", ["마포구 성미산로", "노원구 동일로", "관악구 신림로", "강서구 화곡로", "중랑구 망우로", "은평구 통일로", "송파구 오금로"]),
    ("부산광역시", ["해운대구 좌동순환로", "사하구 낙동대로", "북구 금곡대로", "동래구 명륜로"]),
    ("경기도", ["수원시 팔달구 매산로", "고양시 일산서구 주엽로", "성남시 중원구 둔촌대로", "안산시 단원구 고잔로", "평택시 중앙로", "양평군 양평읍 양근로"]),
    ("충청북도", ["청주시 흥덕구 가경로", "충주시 예성로", "제천시 의림대로"]),
    ("전북특별자치도", ["전주시 덕진구 기린대로", "군산시 수송로", "남원시 용성로"]),
    ("경상남도", ["김해시 가야로", "창원시 성산구 원이대로", "거제시 옥포대첩로"]),
    ("강원특별자치도", ["원주시 단구로", "춘천시 후석로", "강릉시 경강로"]),
    ("대구광역시", ["수성구 달구벌대로", "달서구 월배로"]),
    ("광주광역시", ["북구 우치로", "광산구 수완로"]),
    ("인천광역시", ["남동구 구월로", "부평구 부평대로", "연수구 컨벤시아대로"]),
    ("대전광역시", ["서구 계룡로", "유성구 대학로", "대덕구 한밭대로"]),
    ("충청남도", ["천안시 서북구 불당대로", "홍성군 홍성읍 조양로", "아산시 온천대로"]),
    ("전라남도", ["순천시 중앙로", "목포시 영산로", "무안군 삼향읍 남악로"]),
    ("경상북도", ["의성군 의성읍 중앙길", "안동시 경동로", "포항시 북구 중앙로"]),
    ("제주특별자치도", ["제주시 연북로", "서귀포시 중정로"]),
    ("울산광역시", ["남구 삼산로", "중구 종가로"]),
]


def citizen_address(rng, short=False, near=None, p_near=0.85):
    """A resident's address; with near=agency, usually in the agency's own 시ㆍ도."""
    pool = CITIZEN_ADDR
    if near is not None and rng.random() < p_near:
        first = near["org"].split(" ")[0]
        loc = [c for c in CITIZEN_ADDR if c[0] == first]
        if loc:
            pool = loc
            if " " in near["org"]:
                sub = near["org"].split(" ")[1]
                roads = [r for r in loc[0][1] if r.startswith(sub)]
                if roads:
                    pool = [(first, roads)]
    sido, roads = rng.choice(pool)
    road = rng.choice(roads)
    no = rng.randint(3, 480)
    unit = rng.choice(["", ", %d동 %d호" % (rng.randint(101, 115), rng.randint(1, 25) * 100 + rng.randint(1, 8)),
                       ", %d층" % rng.randint(2, 5), " %d호" % rng.randint(101, 405)])
    if short:
        sido = {"서울특별시": "서울", "부산광역시": "부산", "경기도": "경기", "충청북도": "충북", "전북특별자치도": "전북",
                "경상남도": "경남", "강원특별자치도": "강원", "대구광역시": "대구", "광주광역시": "광주", "인천광역시": "인천",
                "대전광역시": "대전", "충청남도": "충남", "전라남도": "전남", "경상북도": "경북", "제주특별자치도": "제주",
                "울산광역시": "울산"}[sido]
    return "%s %s %d%s" % (sido, road, no, unit)


def birth_date(rng, y0=1950, y1=2004, style=0):
    y, m, d = rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)
    return ["%d. %d. %d." % (y, m, d), "%d년 %d월 %d일" % (y, m, d), "%d-%02d-%02d" % (y, m, d), "%d.%02d.%02d." % (y, m, d)][style % 4]


def won(n):
    return "{:,}".format(n)


def kdate(y, m, d, style=0):
    if style == 0:
        return "%d. %d. %d." % (y, m, d)
    if style == 1:
        return "%d년 %d월 %d일" % (y, m, d)
    if style == 2:
        return "%d.%02d.%02d." % (y, m, d)
    return "%d. %02d. %02d." % (y, m, d)


def rand_date(rng, y0, y1):
    return rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)


# --------------------------------------------------------------------------------------
# agencies (institution contact points are public; addresses are the agencies' own)
# --------------------------------------------------------------------------------------
def A(org, sender, kind, addr, zipc, tel, web, depts):
    return dict(org=org, sender=sender, kind=kind, addr=addr, zip=zipc, tel=tel, web=web, depts=depts)


AGENCIES = [
    A("행정안전부", "행정안전부장관", "central", "세종특별자치시 도움6로 42 정부세종청사", "30112", "044-205", "www.mois.go.kr",
      ["자치행정과", "재난안전정책과", "정보공개정책과", "비상대비정책과", "청사기획과", "디지털안전정책과", "지역공동체과"]),
    A("국토교통부", "국토교통부장관", "central", "세종특별자치시 도움6로 11 정부세종청사 6동", "30103", "044-201", "www.molit.go.kr",
      ["도로정책과", "주택정책과", "공항정책과", "철도안전정책과", "건설안전과", "교통안전정책과"]),
    A("보건복지부", "보건복지부장관", "central", "세종특별자치시 도움4로 13 정부세종청사 10동", "30113", "044-202", "www.mohw.go.kr",
      ["기초생활보장과", "장애인정책과", "노인정책과", "보건의료정책과", "복지정보운영과"]),
    A("환경부", "환경부장관", "central", "세종특별자치시 도움6로 11 정부세종청사 6동", "30103", "044-201", "www.me.go.kr",
      ["대기환경정책과", "물환경정책과", "자원순환정책과", "화학안전과"]),
    A("고용노동부", "고용노동부장관", "central", "세종특별자치시 한누리대로 422 정부세종청사 11동", "30117", "044-202", "www.moel.go.kr",
      ["외국인력정책과", "산재예방정책과", "근로기준정책과", "고용서비스정책과"]),
    A("교육부", "교육부장관", "central", "세종특별자치시 갈매로 408 정부세종청사 14동", "30119", "044-203", "www.moe.go.kr",
      ["학교안전총괄과", "교원정책과", "학생건강정책과", "교육정보화과"]),
    A("산업통상자원부", "산업통상자원부장관", "central", "세종특별자치시 한누리대로 402 정부세종청사 13동", "30118", "044-203", "www.motie.go.kr",
      ["산업기술정책과", "에너지안전과", "산업기술보호과", "전력산업정책과"]),
    A("해양수산부", "해양수산부장관", "central", "세종특별자치시 다솜2로 94 정부세종청사 5동", "30110", "044-200", "www.mof.go.kr",
      ["해사안전정책과", "항만운영과", "어촌어항과"]),
    A("농림축산식품부", "농림축산식품부장관", "central", "세종특별자치시 다솜2로 94 정부세종청사 4동", "30110", "044-201", "www.mafra.go.kr",
      ["방역정책과", "농촌정책과", "식량정책과"]),
    A("법무부", "법무부장관", "central", "경기도 과천시 관문로 47 정부과천청사 1동", "13809", "02-2110", "www.moj.go.kr",
      ["체류관리과", "법무과", "보호정책과"]),
    A("문화체육관광부", "문화체육관광부장관", "central", "세종특별자치시 갈매로 388 정부세종청사 15동", "30119", "044-203", "www.mcst.go.kr",
      ["문화정책과", "관광정책과", "체육정책과"]),
    A("국가보훈부", "국가보훈부장관", "central", "세종특별자치시 도움4로 9 정부세종청사 12동", "30112", "044-202", "www.mpva.go.kr",
      ["보훈예우정책과", "보상정책과"]),
    A("서울특별시", "서울특별시장", "metro", "서울특별시 중구 세종대로 110", "04524", "02-2133", "www.seoul.go.kr",
      ["자치행정과", "안전총괄과", "복지정책과", "도시계획과", "비상기획관", "재정담당관", "감사담당관"]),
    A("부산광역시", "부산광역시장", "metro", "부산광역시 연제구 중앙대로 1001", "47545", "051-888", "www.busan.go.kr",
      ["시민안전정책과", "복지정책과", "도시계획과", "감사위원회", "민방위재난통제본부"]),
    A("인천광역시", "인천광역시장", "metro", "인천광역시 남동구 정각로 29", "21554", "032-440", "www.incheon.go.kr",
      ["안전정책과", "노인정책과", "토지정보과", "비상대비과"]),
    A("대구광역시", "대구광역시장", "metro", "대구광역시 북구 연암로 40", "41542", "053-803", "www.daegu.go.kr",
      ["자치행정과", "복지정책과", "시민안전실"]),
    A("대전광역시", "대전광역시장", "metro", "대전광역시 서구 둔산로 100", "35242", "042-270", "www.daejeon.go.kr",
      ["자치분권과", "사회복지정책과", "도시계획과"]),
    A("광주광역시", "광주광역시장", "metro", "광주광역시 서구 내방로 111", "61945", "062-613", "www.gwangju.go.kr",
      ["자치행정과", "복지정책과", "안전정책관"]),
    A("경기도", "경기도지사", "metro", "경기도 수원시 영통구 도청로 30", "16508", "031-8008", "www.gg.go.kr",
      ["자치행정과", "안전관리실", "복지정책과", "토지정보과", "비상기획담당관", "감사총괄담당관"]),
    A("강원특별자치도", "강원특별자치도지사", "metro", "강원특별자치도 춘천시 중앙로 1", "24266", "033-249", "state.gwd.go.kr",
      ["자치행정과", "재난안전실", "복지정책과"]),
    A("충청남도", "충청남도지사", "metro", "충청남도 홍성군 홍북읍 충남대로 21", "32255", "041-635", "www.chungnam.go.kr",
      ["자치행정과", "사회재난과", "복지정책과", "비상대비과"]),
    A("전북특별자치도", "전북특별자치도지사", "metro", "전북특별자치도 전주시 완산구 효자로 225", "54968", "063-280", "www.jeonbuk.go.kr",
      ["자치행정과", "사회재난과", "노인복지과"]),
    A("경상남도", "경상남도지사", "metro", "경상남도 창원시 의창구 중앙대로 300", "51154", "055-211", "www.gyeongnam.go.kr",
      ["자치행정과", "안전정책과", "복지정책과", "도시계획과"]),
    A("제주특별자치도", "제주특별자치도지사", "metro", "제주특별자치도 제주시 문연로 6", "63122", "064-710", "www.jeju.go.kr",
      ["자치행정과", "안전정책과", "복지정책과"]),
    A("서울특별시 마포구", "마포구청장", "local", "서울특별시 마포구 월드컵로 212", "03937", "02-3153", "www.mapo.go.kr",
      ["자치행정과", "복지정책과", "안전도시과", "감사담당관", "건축과"]),
    A("서울특별시 노원구", "노원구청장", "local", "서울특별시 노원구 노해로 437", "01689", "02-2116", "www.nowon.kr",
      ["행정지원과", "생활보장과", "안전재난과"]),
    A("부산광역시 해운대구", "해운대구청장", "local", "부산광역시 해운대구 중동2로 11", "48095", "051-749", "www.haeundae.go.kr",
      ["행정지원과", "복지정책과", "안전총괄과"]),
    A("경기도 수원시", "수원시장", "local", "경기도 수원시 팔달구 효원로 241", "16490", "031-228", "www.suwon.go.kr",
      ["자치행정과", "복지정책과", "시민안전과", "도시계획과", "감사관"]),
    A("충청북도 청주시", "청주시장", "local", "충청북도 청주시 상당구 상당로 155", "28501", "043-201", "www.cheongju.go.kr",
      ["자치행정과", "복지정책과", "안전정책과"]),
    A("전북특별자치도 전주시", "전주시장", "local", "전북특별자치도 전주시 완산구 노송광장로 10", "55032", "063-281", "www.jeonju.go.kr",
      ["자치행정과", "생활복지과", "시민안전담당관"]),
    A("경상남도 김해시", "김해시장", "local", "경상남도 김해시 김해대로 2401", "50926", "055-330", "www.gimhae.go.kr",
      ["행정과", "사회복지과", "안전정책과", "도시계획과"]),
    A("강원특별자치도 원주시", "원주시장", "local", "강원특별자치도 원주시 시청로 1", "26411", "033-737", "www.wonju.go.kr",
      ["자치행정과", "복지정책과", "안전총괄과"]),
    A("경상북도 의성군", "의성군수", "local", "경상북도 의성군 의성읍 군청길 31", "37337", "054-830", "www.usc.go.kr",
      ["행정지원과", "주민복지과", "안전재난과"]),
    A("경기도 양평군", "양평군수", "local", "경기도 양평군 양평읍 군청앞길 2", "12554", "031-770", "www.yp21.go.kr",
      ["행정지원과", "주민복지과", "안전총괄과"]),
    A("전라남도 순천시", "순천시장", "local", "전라남도 순천시 장명로 30", "57940", "061-749", "www.suncheon.go.kr",
      ["총무과", "사회복지과", "안전총괄과"]),
    A("서울특별시교육청", "서울특별시교육감", "edu", "서울특별시 종로구 송월길 48", "03173", "02-3999", "www.sen.go.kr",
      ["교육정책과", "체육건강문화예술과", "감사관", "교원정책과", "중등교육과"]),
    A("경기도교육청", "경기도교육감", "edu", "경기도 수원시 장안구 조원로 18", "16327", "031-820", "www.goe.go.kr",
      ["학교안전과", "교원인사과", "감사총괄담당관", "중등교육과"]),
    A("부산광역시교육청", "부산광역시교육감", "edu", "부산광역시 부산진구 화지로 12", "47217", "051-860", "www.pen.go.kr",
      ["학교생활교육과", "교원인사과", "감사관"]),
    A("충청북도교육청", "충청북도교육감", "edu", "충청북도 청주시 상당구 단재로 67", "28767", "043-290", "www.cbe.go.kr",
      ["체육건강안전과", "교원인사과", "중등교육과"]),
    A("전라남도교육청", "전라남도교육감", "edu", "전라남도 무안군 삼향읍 어진누리길 10", "58564", "061-260", "www.jne.go.kr",
      ["학교안전과", "교원인사과", "중등교육과"]),
    A("강원특별자치도교육청 강릉교육지원청", "강릉교육지원청교육장", "edu", "강원특별자치도 강릉시 강릉대로 33", "25533", "033-640", "gne.gwe.go.kr",
      ["교육지원과", "행정지원과"]),
    A("경찰청", "경찰청장", "police", "서울특별시 서대문구 통일로 97", "03739", "02-3150", "www.police.go.kr",
      ["수사기획조정관실", "생활안전과", "범죄예방정책과", "감사담당관", "정보통신담당관"]),
    A("서울경찰청", "서울경찰청장", "police", "서울특별시 종로구 사직로8길 31", "03169", "02-700", "www.smpa.go.kr",
      ["마약범죄수사대", "생활안전과", "여성청소년과", "경비과"]),
    A("경기남부경찰청", "경기남부경찰청장", "police", "경기도 수원시 팔달구 효원로 1", "16456", "031-888", "www.ggpolice.go.kr",
      ["형사과", "생활안전과", "수사과", "경비과"]),
    A("부산경찰청", "부산경찰청장", "police", "부산광역시 연제구 중앙대로 999", "47532", "051-899", "www.bspolice.go.kr",
      ["형사과", "생활안전과", "교통과"]),
    A("서울마포경찰서", "서울마포경찰서장", "police", "서울특별시 마포구 마포대로 183", "04206", "02-3149", "www.smpa.go.kr",
      ["형사과", "수사과", "생활안전과"]),
    A("청주흥덕경찰서", "청주흥덕경찰서장", "police", "충청북도 청주시 흥덕구 2순환로 1196", "28603", "043-270", "www.cbpolice.go.kr",
      ["형사과", "수사과", "여성청소년과"]),
    A("소방청", "소방청장", "fire", "세종특별자치시 정부2청사로 13 정부세종2청사", "30128", "044-205", "www.nfa.go.kr",
      ["119구조과", "화재예방과", "소방정책과", "감사담당관"]),
    A("경기도소방재난본부", "경기도소방재난본부장", "fire", "경기도 수원시 팔달구 효원로 1", "16456", "031-230", "www.gg.go.kr/gg119",
      ["예방과", "대응조사과", "119종합상황실"]),
    A("서울강남소방서", "서울강남소방서장", "fire", "서울특별시 강남구 테헤란로 534", "06181", "02-6981", "fire.seoul.go.kr/gangnam",
      ["예방과", "현장대응단", "행정과"]),
    A("김해동부소방서", "김해동부소방서장", "fire", "경상남도 김해시 분성로 289", "50922", "055-330", "www.gyeongnam.go.kr/fire",
      ["예방안전과", "대응구조과"]),
    A("한국토지주택공사", "한국토지주택공사사장", "soe", "경상남도 진주시 충의로 19", "52852", "055-922", "www.lh.or.kr",
      ["보상기획처", "공공주택사업처", "감사실", "계약부"]),
    A("한국전력공사", "한국전력공사사장", "soe", "전라남도 나주시 전력로 55", "58322", "061-345", "www.kepco.co.kr",
      ["안전처", "보안처", "계약처", "송변전운영처"]),
    A("한국수자원공사", "한국수자원공사사장", "soe", "대전광역시 대덕구 신탄진로 200", "34350", "042-629", "www.kwater.or.kr",
      ["수도운영처", "보안관리팀", "계약관리처"]),
    A("한국도로공사", "한국도로공사사장", "soe", "경상북도 김천시 혁신8로 77", "39660", "054-811", "www.ex.co.kr",
      ["교통처", "재난안전처", "계약처"]),
    A("한국가스공사", "한국가스공사사장", "soe", "대구광역시 동구 첨단로 120", "41062", "053-670", "www.kogas.or.kr",
      ["안전기술처", "보안팀", "계약부"]),
    A("한국지역난방공사", "한국지역난방공사사장", "soe", "경기도 성남시 분당구 분당로 368", "13496", "031-780", "www.kdhc.co.kr",
      ["안전경영처", "계약부"]),
    A("서울중앙지방법원", "서울중앙지방법원장", "court", "서울특별시 서초구 서초중앙로 157", "06594", "02-530", "seoul.scourt.go.kr",
      ["총무과", "민사과", "집행관사무소"]),
    A("수원지방법원", "수원지방법원장", "court", "경기도 수원시 영통구 월드컵로 120", "16512", "031-210", "suwon.scourt.go.kr",
      ["총무과", "민사과", "형사과"]),
    A("대전지방법원", "대전지방법원장", "court", "대전광역시 서구 둔산중로78번길 45", "35237", "042-470", "djcourt.scourt.go.kr",
      ["총무과", "사무국"]),
    A("법원행정처", "법원행정처장", "court", "서울특별시 서초구 서초대로 219", "06590", "02-3480", "www.scourt.go.kr",
      ["전산정보관리국", "사법지원실", "기획조정실"]),
    A("국민건강보험공단", "국민건강보험공단이사장", "agency", "강원특별자치도 원주시 건강로 32", "26464", "033-736", "www.nhis.or.kr",
      ["자격부과실", "급여관리실", "정보보호실", "감사실"]),
    A("국민연금공단", "국민연금공단이사장", "agency", "전북특별자치도 전주시 덕진구 기지로 180", "54870", "063-713", "www.nps.or.kr",
      ["연금급여실", "고객지원실", "감사실"]),
    A("한국산업인력공단", "한국산업인력공단이사장", "agency", "울산광역시 중구 종가로 345", "44538", "052-714", "www.hrdkorea.or.kr",
      ["능력평가국", "자격관리부", "외국인고용지원국"]),
    A("근로복지공단", "근로복지공단이사장", "agency", "울산광역시 중구 종가로 340", "44428", "052-704", "www.comwel.or.kr",
      ["재활보상부", "산재보험사업부"]),
    A("한국소비자원", "한국소비자원장", "agency", "충청북도 음성군 맹동면 용두로 54", "27738", "043-880", "www.kca.go.kr",
      ["피해구제국", "시험검사국"]),
    A("한국환경공단", "한국환경공단이사장", "agency", "인천광역시 서구 환경로 42", "22689", "032-590", "www.keco.or.kr",
      ["대기환경처", "자원순환처", "계약부"]),
    A("한국교통안전공단", "한국교통안전공단이사장", "agency", "경상북도 김천시 혁신6로 17", "39660", "054-459", "www.kotsa.or.kr",
      ["자동차검사처", "교통안전처"]),
    A("한국장학재단", "한국장학재단이사장", "agency", "대구광역시 동구 신암로 125", "41068", "053-238", "www.kosaf.go.kr",
      ["장학운영부", "학자금대출부"]),
    A("한국인터넷진흥원", "한국인터넷진흥원장", "agency", "전라남도 나주시 진흥길 9", "58324", "061-820", "www.kisa.or.kr",
      ["개인정보보호본부", "침해사고분석단"]),
]
AG_BY_KIND = {}
for _a in AGENCIES:
    AG_BY_KIND.setdefault(_a["kind"], []).append(_a)
AG_BY_NAME = {a["org"]: a for a in AGENCIES}


def agency(rng, kinds=None):
    if kinds is None:
        pool = AGENCIES
    else:
        pool = [a for a in AGENCIES if a["kind"] in kinds]
    return rng.choice(pool)


def short_org(ag):
    return ag["org"].split(" ")[-1]


def tel(rng, ag):
    return "%s-%04d" % (ag["tel"], rng.randint(1000, 9999)) if ag["tel"].count("-") == 1 else ag["tel"]


def fax(rng, ag):
    return "%s-%04d" % (ag["tel"], rng.randint(1000, 9999))


def email_of(rng, name_romans=None):
    ids = ["mskim", "jhlee", "sypark", "hjchoi", "dwjung", "yjkang", "hwcho", "ksyoon", "jmjang", "shlim", "ehhan",
           "jyoh", "bsseo", "tkshin", "jekwon", "mjhwang", "ysahn", "hrsong", "gyryu", "wjjeon", "sjhong", "khko"]
    return "%s%s@korea.kr" % (rng.choice(ids), rng.choice(["", "", "7", "21", "0312", "88"]))


STAFF_TITLES = {
    "central": [("주무관", "사무관", "과장"), ("행정주사", "서기관", "과장"), ("주무관", "팀장", "과장")],
    "metro": [("주무관", "팀장", "과장"), ("행정주사", "팀장", "과장"), ("주무관", "팀장", "국장")],
    "local": [("주무관", "팀장", "과장"), ("주무관", "팀장", "국장"), ("행정주사보", "팀장", "과장")],
    "edu": [("주무관", "장학사", "과장"), ("주무관", "사무관", "과장"), ("행정주사", "장학관", "과장")],
    "police": [("경사", "경감", "과장"), ("경위", "계장", "과장"), ("경장", "팀장", "과장")],
    "fire": [("소방장", "소방위", "과장"), ("소방교", "팀장", "과장"), ("소방위", "소방경", "서장")],
    "soe": [("대리", "차장", "부장"), ("과장", "차장", "처장"), ("사원", "팀장", "처장")],
    "court": [("법원주사보", "법원주사", "총무과장"), ("법원서기", "계장", "사무국장")],
    "agency": [("대리", "차장", "부장"), ("주임", "팀장", "실장"), ("과장", "부장", "국장")],
}


def signers(rng, ag):
    t = rng.choice(STAFF_TITLES[ag["kind"]])
    n = people(rng, 3)
    return list(zip(t, n))


def docno(rng, dept, old=False):
    if old:
        return "%s %05d-%d" % (dept[:2], rng.randint(10000, 99999), rng.randint(1, 999))
    return "%s-%d" % (dept, rng.randint(120, 9999))


def pick_n(rng, pool, n):
    pool = list(pool)
    rng.shuffle(pool)
    return pool[:n]

# --------------------------------------------------------------------------------------
# document model
# --------------------------------------------------------------------------------------
class Doc:
    """Blocks: ('p', text, align, style) | ('table', rows, widths, kind) | ('box', text, align) | ('brk',)"""

    def __init__(self, title=""):
        self.title = title
        self.header = None
        self.footer = None
        self.pageno = True
        self.flat = "pipe"
        self.blocks = []

    def p(self, text, align="L", style="body"):
        for line in text.split("\n"):
            self.blocks.append(["p", line, align, style])

    def t(self, text):
        self.p(text, "C", "title")

    def blank(self):
        self.blocks.append(["p", "", "L", "body"])

    def table(self, rows, widths=None, kind="grid"):
        self.blocks.append(["table", [list(r) for r in rows], widths, kind])

    def box(self, text, align="R"):
        self.blocks.append(["box", text, align])

    def brk(self):
        self.blocks.append(["brk"])

    def map_strings(self, f):
        if self.header:
            self.header = f(self.header)
        if self.footer:
            self.footer = f(self.footer)
        for b in self.blocks:
            if b[0] == "p" or b[0] == "box":
                b[1] = f(b[1])
            elif b[0] == "table":
                b[1] = [[f(c) for c in row] for row in b[1]]

    def n_pages_hint(self):
        return 1 + sum(1 for b in self.blocks if b[0] == "brk")


def flatten_row(row, style):
    if style == "pipe":
        return " | ".join(row)
    if style == "tab":
        return "\t".join(row)
    if style == "bar":
        return "|" + "|".join(row) + "|"
    return "  ".join(row)


def render_text(doc):
    out = []
    multi = any(b[0] == "brk" for b in doc.blocks)
    page = [1]

    def head():
        if doc.header:
            out.append(doc.header)

    def foot():
        if doc.footer:
            out.append(doc.footer)
        if multi and doc.pageno:
            out.append("- %d -" % page[0])

    head()
    for b in doc.blocks:
        if b[0] == "p":
            out.append(b[1])
        elif b[0] == "box":
            out.extend(b[1].split("\n"))
        elif b[0] == "table":
            for row in b[1]:
                out.append(flatten_row(row, doc.flat))
        elif b[0] == "brk":
            foot()
            page[0] += 1
            head()
    foot()
    # trim trailing spaces of lines, keep leading indentation
    return "\n".join(l.rstrip() for l in out).strip("\n")


def doc_strings(doc):
    """Every string that a renderer will print (for content checks)."""
    s = []
    if doc.header:
        s.append(doc.header)
    if doc.footer:
        s.append(doc.footer)
    for b in doc.blocks:
        if b[0] in ("p", "box"):
            s.append(b[1])
        elif b[0] == "table":
            for row in b[1]:
                s.extend(row)
    return s


# --------------------------------------------------------------------------------------
# PDF renderer (reportlab, Korean CID fonts, invariant output)
# --------------------------------------------------------------------------------------
PDF_SAFE = {"·": "ㆍ", "…": "⋯", "―": "－", "‐": "-", "‑": "-", "∼": "～", "・": "ㆍ", "∙": "ㆍ", "․": ".",
            "⊙": "◎", "祕": "秘", "¸": ",", "–": "-", "—": "－"}


def pdf_safe(s):
    return "".join(PDF_SAFE.get(c, c) for c in s)


_RL = {}


def _rl():
    if not _RL:
        from reportlab.pdfgen import canvas
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        pdfmetrics.registerFont(UnicodeCIDFont("HYSMyeongJo-Medium"))
        pdfmetrics.registerFont(UnicodeCIDFont("HYGothic-Medium"))
        _RL["canvas"] = canvas
        _RL["m"] = pdfmetrics
    return _RL


BODY_FONT = "HYSMyeongJo-Medium"
GOTH_FONT = "HYGothic-Medium"
PSTYLE = {"title": (GOTH_FONT, 15, 24), "org": (GOTH_FONT, 13, 21), "sender": (GOTH_FONT, 14, 26),
          "head": (GOTH_FONT, 11.5, 18), "body": (BODY_FONT, 10.5, 16.5), "small": (BODY_FONT, 9, 13.5),
          "stamp": (GOTH_FONT, 12, 18)}


def wrap_text(s, font, size, width):
    m = _rl()["m"]
    if s.strip() == "":
        return [""]
    lead = len(s) - len(s.lstrip(" "))
    indent = " " * lead
    rest = s[lead:]
    toks = re.findall(r"\S+\s*", rest)
    lines, cur = [], indent
    for tok in toks:
        if m.stringWidth(cur + tok.rstrip(), font, size) <= width:
            cur += tok
            continue
        if cur.strip():
            lines.append(cur.rstrip())
            cur = indent
        # token alone too long -> break by characters
        if m.stringWidth(cur + tok.rstrip(), font, size) > width:
            for ch in tok:
                if m.stringWidth(cur + ch, font, size) > width and cur.strip():
                    carry = ""
                    if cur.endswith("-") and len(cur.strip()) > 1:
                        cur, carry = cur[:-1], "-"   # never end a line with '-' (pdftotext would de-hyphenate)
                    lines.append(cur.rstrip())
                    cur = indent + carry
                cur += ch
        else:
            cur += tok
    if cur.strip():
        lines.append(cur.rstrip())
    # a lone trailing dash (e.g. "- 부제 -") would be eaten by de-hyphenation; use the full-width form
    lines = [l[:-1] + "－" if l.endswith(" -") else l for l in lines]
    return lines or [""]


class PdfRenderer:
    W, H = 595.27, 841.89
    ML, MR, MT, MB = 62, 62, 80, 74

    def __init__(self, path, doc, docid):
        rl = _rl()
        self.m = rl["m"]
        self.c = rl["canvas"].Canvas(path, pagesize=(self.W, self.H), invariant=1, pageCompression=1)
        self.c.setCreator("sens_s make_set.py (reportlab)")
        self.c.setTitle(docid)
        self.c.setAuthor("")
        self.c.setSubject("")
        self.doc = doc
        self.page = 1
        self.drawn = []
        self.start_page()

    def s(self, x, y, txt, font, size, color=None, bold=False):
        c = self.c
        if color:
            c.setFillColorRGB(*color)
            c.setStrokeColorRGB(*color)
        c.setFont(font, size)
        if bold:
            t = c.beginText(x, y)
            t.setFont(font, size)
            t.setTextRenderMode(2)
            t.textOut(txt)
            c.setLineWidth(0.3)
            c.drawText(t)
        else:
            c.drawString(x, y, txt)
        if color:
            c.setFillColorRGB(0, 0, 0)
            c.setStrokeColorRGB(0, 0, 0)
        self.drawn.append(txt)

    def start_page(self):
        d = self.doc
        self.y = self.H - self.MT
        if d.header:
            size = 9.5
            lines = d.header.split("\n")
            yy = self.H - 40
            for ln in lines:
                w = self.m.stringWidth(ln, GOTH_FONT, size)
                self.s((self.W - w) / 2, yy, ln, GOTH_FONT, size)
                yy -= 12
            self.c.setLineWidth(0.4)
            self.c.line(self.ML, yy + 4, self.W - self.MR, yy + 4)
        foot = []
        if d.footer:
            foot.extend(d.footer.split("\n"))
        if d.pageno:
            foot.append("- %d -" % self.page)
        yy = 28 + 12 * (len(foot) - 1)
        for ln in foot:
            w = self.m.stringWidth(ln, GOTH_FONT, 9)
            self.s((self.W - w) / 2, yy, ln, GOTH_FONT, 9)
            yy -= 12

    def new_page(self):
        self.c.showPage()
        self.page += 1
        self.start_page()

    def need(self, h):
        if self.y - h < self.MB:
            self.new_page()

    def para(self, text, align, style):
        font, size, lead = PSTYLE.get(style, PSTYLE["body"])
        width = self.W - self.ML - self.MR
        for ln in wrap_text(text, font, size, width):
            self.need(lead)
            self.y -= lead
            if ln == "":
                continue
            w = self.m.stringWidth(ln, font, size)
            if align == "C":
                x = (self.W - w) / 2
            elif align == "R":
                x = self.W - self.MR - w
            else:
                x = self.ML
            self.s(x, self.y + 4, ln, font, size, bold=(style in ("title",)))

    def table(self, rows, widths, kind):
        font, size, lead, pad = GOTH_FONT, 9, 12, 4
        ncol = max(len(r) for r in rows)
        total = self.W - self.ML - self.MR
        if widths and len(widths) == ncol:
            ws = [total * w / float(sum(widths)) for w in widths]
        else:
            mx = [40.0] * ncol
            for r in rows:
                if len(r) != ncol:
                    continue
                for i, cell in enumerate(r):
                    mx[i] = max(mx[i], min(220.0, self.m.stringWidth(cell, font, size) + 2 * pad + 2))
            sc = total / sum(mx)
            ws = [w * sc for w in mx]
        if kind == "approval":
            # approval boxes are narrower and right aligned
            scale = 0.62
            ws = [w * scale for w in ws]
        x0 = self.W - self.MR - sum(ws) if kind == "approval" else self.ML
        self.need(6)
        self.y -= 6
        for r in rows:
            cells = list(r)
            spans = [1] * len(cells)
            if len(cells) < ncol:
                spans[-1] = ncol - len(cells) + 1
            cws = []
            ci = 0
            for sp in spans:
                cws.append(sum(ws[ci:ci + sp]))
                ci += sp
            wrapped = [wrap_text(cell, font, size, cw - 2 * pad) for cell, cw in zip(cells, cws)]
            h = max(len(wl) for wl in wrapped) * lead + 2 * pad
            if kind == "approval":
                h = max(h, 30)
            self.need(h)
            x = x0
            self.c.setLineWidth(0.6)
            for cell_lines, cw in zip(wrapped, cws):
                self.c.rect(x, self.y - h, cw, h, stroke=1, fill=0)
                yy = self.y - pad - size
                for ln in cell_lines:
                    if ln:
                        w = self.m.stringWidth(ln, font, size)
                        xx = x + (cw - w) / 2 if kind == "approval" else x + pad
                        self.s(xx, yy, ln, font, size)
                    yy -= lead
                x += cw
            self.y -= h
        self.y -= 6

    def box(self, text, align):
        font, size = GOTH_FONT, 12
        lines = text.split("\n")
        w = max(self.m.stringWidth(l, font, size) for l in lines) + 16
        h = len(lines) * 16 + 10
        self.need(h + 8)
        self.y -= 4
        if align == "R":
            x = self.W - self.MR - w
        elif align == "C":
            x = (self.W - w) / 2
        else:
            x = self.ML
        red = (0.75, 0.05, 0.05)
        self.c.setStrokeColorRGB(*red)
        self.c.setLineWidth(1.4)
        self.c.rect(x, self.y - h, w, h, stroke=1, fill=0)
        self.c.setStrokeColorRGB(0, 0, 0)
        yy = self.y - 5 - size
        for l in lines:
            self.s(x + 8, yy, l, font, size, color=red)
            yy -= 16
        self.y -= h + 6

    def render(self):
        for b in self.doc.blocks:
            if b[0] == "p":
                self.para(b[1], b[2], b[3])
            elif b[0] == "table":
                self.table(b[1], b[2], b[3])
            elif b[0] == "box":
                self.box(b[1], b[2])
            elif b[0] == "brk":
                self.new_page()
        self.c.showPage()
        self.c.save()
        return self.page


def write_pdf(path, doc, docid):
    r = PdfRenderer(path, doc, docid)
    pages = r.render()
    return pages, r.drawn


# --------------------------------------------------------------------------------------
# HWPX (OWPML) writer
# --------------------------------------------------------------------------------------
NS = {
    "ha": "http://www.hancom.co.kr/hwpml/2011/app",
    "hp": "http://www.hancom.co.kr/hwpml/2011/paragraph",
    "hp10": "http://www.hancom.co.kr/hwpml/2016/paragraph",
    "hs": "http://www.hancom.co.kr/hwpml/2011/section",
    "hc": "http://www.hancom.co.kr/hwpml/2011/core",
    "hh": "http://www.hancom.co.kr/hwpml/2011/head",
    "hhs": "http://www.hancom.co.kr/hwpml/2011/history",
    "hm": "http://www.hancom.co.kr/hwpml/2011/master-page",
    "hpf": "http://www.hancom.co.kr/schema/2011/hpf",
    "dc": "http://purl.org/dc/elements/1.1/",
    "opf": "http://www.idpf.org/2007/opf/",
    "ooxmlchart": "http://www.hancom.co.kr/hwpml/2016/ooxmlchart",
    "hwpunitchar": "http://www.hancom.co.kr/hwpml/2016/HwpUnitChar",
    "epub": "http://www.idpf.org/2007/ops",
    "config": "urn:oasis:names:tc:opendocument:xmlns:config:1.0",
}
NSDECL = " ".join('xmlns:%s="%s"' % (k, v) for k, v in NS.items())
X = xml_escape
ZIP_DT = (2026, 1, 5, 9, 0, 0)


def _font_faces():
    langs = ["HANGUL", "LATIN", "HANJA", "JAPANESE", "OTHER", "SYMBOL", "USER"]
    out = ['<hh:fontfaces itemCnt="7">']
    for lg in langs:
        out.append('<hh:fontface lang="%s" fontCnt="2">' % lg)
        out.append('<hh:font id="0" face="함초롬돋움" type="TTF" isEmbedded="0"><hh:typeInfo familyType="FCAT_GOTHIC" '
                   'weight="6" proportion="4" contrast="0" strokeVariation="1" armStyle="1" letterform="1" midline="1" xHeight="1"/></hh:font>')
        out.append('<hh:font id="1" face="함초롬바탕" type="TTF" isEmbedded="0"><hh:typeInfo familyType="FCAT_MYUNGJO" '
                   'weight="6" proportion="4" contrast="0" strokeVariation="1" armStyle="1" letterform="1" midline="1" xHeight="1"/></hh:font>')
        out.append("</hh:fontface>")
    out.append("</hh:fontfaces>")
    return "".join(out)


def _border_fill(i, kind):
    if kind == "none":
        b = "NONE"
    else:
        b = "SOLID"
    s = ('<hh:borderFill id="%d" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0">'
         '<hh:slash type="NONE" Crooked="0" isCounter="0"/><hh:backSlash type="NONE" Crooked="0" isCounter="0"/>'
         '<hh:leftBorder type="%s" width="0.12 mm" color="#000000"/><hh:rightBorder type="%s" width="0.12 mm" color="#000000"/>'
         '<hh:topBorder type="%s" width="0.12 mm" color="#000000"/><hh:bottomBorder type="%s" width="0.12 mm" color="#000000"/>'
         '<hh:diagonal type="SOLID" width="0.1 mm" color="#000000"/>' % (i, b, b, b, b))
    if kind == "fill":
        s += '<hc:fillBrush><hc:winBrush faceColor="none" hatchColor="#999999" alpha="0"/></hc:fillBrush>'
    return s + "</hh:borderFill>"


def _char_pr(i, height, bold=False, color="#000000", font=1):
    s = ('<hh:charPr id="%d" height="%d" textColor="%s" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="2">'
         '<hh:fontRef hangul="%d" latin="%d" hanja="%d" japanese="%d" other="%d" symbol="%d" user="%d"/>'
         '<hh:ratio hangul="100" latin="100" hanja="100" japanese="100" other="100" symbol="100" user="100"/>'
         '<hh:spacing hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/>'
         '<hh:relSz hangul="100" latin="100" hanja="100" japanese="100" other="100" symbol="100" user="100"/>'
         '<hh:offset hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/>'
         % (i, height, color, font, font, font, font, font, font, font))
    if bold:
        s += "<hh:bold/>"
    s += ('<hh:underline type="NONE" shape="SOLID" color="#000000"/><hh:strikeout shape="NONE" color="#000000"/>'
          '<hh:outline type="NONE"/><hh:shadow type="NONE" color="#B2B2B2" offsetX="10" offsetY="10"/></hh:charPr>')
    return s


def _para_pr(i, align):
    return ('<hh:paraPr id="%d" tabPrIDRef="0" condense="0" fontLineHeight="0" snapToGrid="1" suppressLineNumbers="0" checked="0">'
            '<hh:align horizontal="%s" vertical="BASELINE"/><hh:heading type="NONE" idRef="0" level="0"/>'
            '<hh:breakSetting breakLatinWord="KEEP_WORD" breakNonLatinWord="KEEP_WORD" widowOrphan="0" keepWithNext="0" '
            'keepLines="0" pageBreakBefore="0" lineWrap="BREAK"/><hh:autoSpacing eAsianEng="0" eAsianNum="0"/>'
            '<hh:margin><hc:intent value="0" unit="HWPUNIT"/><hc:left value="0" unit="HWPUNIT"/><hc:right value="0" unit="HWPUNIT"/>'
            '<hc:prev value="0" unit="HWPUNIT"/><hc:next value="0" unit="HWPUNIT"/></hh:margin>'
            '<hh:lineSpacing type="PERCENT" value="160" unit="HWPUNIT"/>'
            '<hh:border borderFillIDRef="2" offsetLeft="0" offsetRight="0" offsetTop="0" offsetBottom="0" connect="0" ignoreMargin="0"/>'
            "</hh:paraPr>" % (i, align))


CHARPR = {"body": 0, "title": 1, "org": 2, "sender": 2, "head": 3, "small": 4, "stamp": 5, "cell": 6}
PARAPR = {"J": 0, "C": 1, "R": 2, "L": 3}


def header_xml():
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
            '<hh:head %s version="1.4" secCnt="1">' % NSDECL +
            '<hh:beginNum page="1" footnote="1" endnote="1" pic="1" tbl="1" equation="1"/>'
            "<hh:refList>" + _font_faces() +
            '<hh:borderFills itemCnt="3">' + _border_fill(1, "none") + _border_fill(2, "fill") + _border_fill(3, "solid") + "</hh:borderFills>"
            '<hh:charProperties itemCnt="7">' + _char_pr(0, 1050) + _char_pr(1, 1500, True, font=0) + _char_pr(2, 1300, True, font=0) +
            _char_pr(3, 1150, True, font=0) + _char_pr(4, 900) + _char_pr(5, 1200, True, "#C00000", font=0) + _char_pr(6, 900, font=0) +
            "</hh:charProperties>"
            '<hh:tabProperties itemCnt="1"><hh:tabPr id="0" autoTabLeft="0" autoTabRight="0"/></hh:tabProperties>'
            '<hh:paraProperties itemCnt="4">' + _para_pr(0, "JUSTIFY") + _para_pr(1, "CENTER") + _para_pr(2, "RIGHT") +
            _para_pr(3, "LEFT") + "</hh:paraProperties>"
            '<hh:styles itemCnt="1"><hh:style id="0" type="PARA" name="바탕글" engName="Normal" paraPrIDRef="0" charPrIDRef="0" '
            'nextStyleIDRef="0" langID="1042" lockForm="0"/></hh:styles>'
            "</hh:refList>"
            '<hh:compatibleDocument targetProgram="HWP201X"><hh:layoutCompatibility/></hh:compatibleDocument>'
            '<hh:docOption><hh:linkinfo path="" pageInherit="0" footnoteInherit="0"/></hh:docOption>'
            '<hh:trackchangeConfig flags="56"/>'
            "</hh:head>")


class HwpxSection:
    TEXT_W = 42520

    def __init__(self, doc):
        self.doc = doc
        self.pid = 0
        self.oid = 1000
        self.z = 0
        self.next_break = False

    def nid(self):
        self.oid += 1
        return self.oid

    def sublist(self, inner, valign="TOP", tw=0, th=0):
        return ('<hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="%s" linkListIDRef="0" '
                'linkListNextIDRef="0" textWidth="%d" textHeight="%d" hasTextRef="0" hasNumRef="0">%s</hp:subList>'
                % (valign, tw, th, inner))

    def para(self, text, align="J", style="body", inner_only=False, extra_run="", page_break=False):
        cp = CHARPR.get(style, 0)
        pp = PARAPR.get(align if align != "L" else "J", 0)
        pb = "1" if page_break else "0"
        t = "<hp:t>%s</hp:t>" % X(text) if text != "" else "<hp:t/>"
        s = ('<hp:p id="%d" paraPrIDRef="%d" styleIDRef="0" pageBreak="%s" columnBreak="0" merged="0">%s'
             '<hp:run charPrIDRef="%d">%s</hp:run></hp:p>' % (0 if inner_only else self._pid(), pp, pb, extra_run, cp, t))
        return s

    def _pid(self):
        self.pid += 1
        return self.pid

    def sec_pr(self):
        return ('<hp:secPr id="" textDirection="HORIZONTAL" spaceColumns="1134" tabStop="8000" tabStopVal="4000" tabStopUnit="HWPUNIT" '
                'outlineShapeIDRef="0" memoShapeIDRef="0" textVerticalWidthHead="0" masterPageCnt="0">'
                '<hp:grid lineGrid="0" charGrid="0" wonggojiFormat="0"/>'
                '<hp:startNum pageStartsOn="BOTH" page="0" pic="0" tbl="0" equation="0"/>'
                '<hp:visibility hideFirstHeader="0" hideFirstFooter="0" hideFirstMasterPage="0" border="SHOW_ALL" fill="SHOW_ALL" '
                'hideFirstPageNum="0" hideFirstEmptyLine="0" showLineNumber="0"/>'
                '<hp:lineNumberShape restartType="0" countBy="0" distance="0" startNumber="0"/>'
                '<hp:pagePr landscape="WIDELY" width="59528" height="84186" gutterType="LEFT_ONLY">'
                '<hp:margin header="4252" footer="4252" gutter="0" left="8504" right="8504" top="5668" bottom="4252"/></hp:pagePr>'
                '<hp:footNotePr><hp:autoNumFormat type="DIGIT" userChar="" prefixChar="" suffixChar=")" supscript="0"/>'
                '<hp:noteLine length="-1" type="SOLID" width="0.12 mm" color="#000000"/><hp:noteSpacing betweenNotes="283" belowLine="567" aboveLine="850"/>'
                '<hp:numbering type="CONTINUOUS" newNum="1"/><hp:placement place="EACH_COLUMN" beneathText="0"/></hp:footNotePr>'
                '<hp:endNotePr><hp:autoNumFormat type="DIGIT" userChar="" prefixChar="" suffixChar=")" supscript="0"/>'
                '<hp:noteLine length="14692344" type="SOLID" width="0.12 mm" color="#000000"/><hp:noteSpacing betweenNotes="0" belowLine="567" aboveLine="850"/>'
                '<hp:numbering type="CONTINUOUS" newNum="1"/><hp:placement place="END_OF_DOCUMENT" beneathText="0"/></hp:endNotePr>'
                '<hp:pageBorderFill type="BOTH" borderFillIDRef="1" textBorder="PAPER" headerInside="0" footerInside="0" fillArea="PAPER">'
                '<hp:offset left="1417" right="1417" top="1417" bottom="1417"/></hp:pageBorderFill>'
                "</hp:secPr>")

    def header_footer_ctrls(self):
        d = self.doc
        s = ""
        if d.header:
            inner = "".join(self.para(l, "C", "small", inner_only=True) for l in d.header.split("\n"))
            s += ('<hp:ctrl><hp:header id="%d" applyPageType="BOTH">%s</hp:header></hp:ctrl>'
                  % (self.nid(), self.sublist(inner, "TOP", self.TEXT_W, 4252)))
        if d.footer:
            inner = "".join(self.para(l, "C", "small", inner_only=True) for l in d.footer.split("\n"))
            s += ('<hp:ctrl><hp:footer id="%d" applyPageType="BOTH">%s</hp:footer></hp:ctrl>'
                  % (self.nid(), self.sublist(inner, "BOTTOM", self.TEXT_W, 4252)))
        if d.pageno:
            s += '<hp:ctrl><hp:pageNum pos="BOTTOM_CENTER" formatType="DIGIT" sideChar="-"/></hp:ctrl>'
        return s

    def first_para(self):
        ctrl = ('<hp:run charPrIDRef="0">%s<hp:ctrl><hp:colPr id="" type="NEWSPAPER" layout="LEFT" colCount="1" sameSz="1" sameGap="0"/></hp:ctrl>%s</hp:run>'
                % (self.sec_pr(), self.header_footer_ctrls()))
        return ('<hp:p id="%d" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">%s'
                '<hp:run charPrIDRef="0"><hp:t/></hp:run></hp:p>' % (self._pid(), ctrl))

    def shape_common(self, w, h, wrap, treat_as_char, horz_align="LEFT", horz_rel="COLUMN"):
        return ('<hp:sz width="%d" widthRelTo="ABSOLUTE" height="%d" heightRelTo="ABSOLUTE" protect="0"/>'
                '<hp:pos treatAsChar="%d" affectLSpacing="0" flowWithText="1" allowOverlap="%d" holdAnchorAndSO="0" vertRelTo="PARA" '
                'horzRelTo="%s" vertAlign="TOP" horzAlign="%s" vertOffset="0" horzOffset="0"/>'
                '<hp:outMargin left="283" right="283" top="283" bottom="283"/>'
                % (w, h, 1 if treat_as_char else 0, 0 if treat_as_char else 1, horz_rel, horz_align))

    def table(self, rows, widths, kind):
        ncol = max(len(r) for r in rows)
        total = self.TEXT_W if kind != "approval" else int(self.TEXT_W * 0.62)
        if widths and len(widths) == ncol:
            ws = [int(total * w / float(sum(widths))) for w in widths]
        else:
            ws = [total // ncol] * ncol
        ws[-1] = total - sum(ws[:-1])
        trs = []
        height = 0
        for ri, r in enumerate(rows):
            cells = list(r)
            spans = [1] * len(cells)
            if len(cells) < ncol:
                spans[-1] = ncol - len(cells) + 1
            ci = 0
            tcs = []
            rh = 2400 if kind == "approval" and ri > 0 else 1400
            for cell, sp in zip(cells, spans):
                cw = sum(ws[ci:ci + sp])
                inner = "".join(self.para(l, "C" if kind == "approval" else "J", "cell", inner_only=True) for l in cell.split("\n"))
                tcs.append('<hp:tc name="" header="%d" hasMargin="0" protect="0" editable="0" dirty="0" borderFillIDRef="3">%s'
                           '<hp:cellAddr colAddr="%d" rowAddr="%d"/><hp:cellSpan colSpan="%d" rowSpan="1"/>'
                           '<hp:cellSz width="%d" height="%d"/><hp:cellMargin left="510" right="510" top="141" bottom="141"/></hp:tc>'
                           % (1 if ri == 0 and kind == "grid" else 0, self.sublist(inner, "CENTER"), ci, ri, sp, cw, rh))
                ci += sp
            height += rh
            trs.append("<hp:tr>%s</hp:tr>" % "".join(tcs))
        tid = self.nid()
        self.z += 1
        tbl = ('<hp:tbl id="%d" zOrder="%d" numberingType="TABLE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" lock="0" '
               'dropcapstyle="None" pageBreak="CELL" repeatHeader="1" rowCnt="%d" colCnt="%d" cellSpacing="0" borderFillIDRef="3" noAdjust="0">'
               '%s<hp:inMargin left="510" right="510" top="141" bottom="141"/>%s</hp:tbl>'
               % (tid, self.z, len(rows), ncol,
                  self.shape_common(total, height, "TOP_AND_BOTTOM", False, "RIGHT" if kind == "approval" else "LEFT"),
                  "".join(trs)))
        pb = "1" if self.next_break else "0"
        self.next_break = False
        return ('<hp:p id="%d" paraPrIDRef="%d" styleIDRef="0" pageBreak="%s" columnBreak="0" merged="0"><hp:run charPrIDRef="0">%s<hp:t/></hp:run></hp:p>'
                % (self._pid(), PARAPR["R"] if kind == "approval" else 0, pb, tbl))

    def textbox(self, text, align):
        lines = text.split("\n")
        w = max(6000, min(self.TEXT_W, max(len(l) for l in lines) * 1300 + 1400))
        h = len(lines) * 1800 + 1000
        inner = "".join(self.para(l, "C", "stamp", inner_only=True) for l in lines)
        rid = self.nid()
        self.z += 1
        ha = {"R": "RIGHT", "C": "CENTER", "L": "LEFT"}[align]
        rect = ('<hp:rect id="%d" zOrder="%d" numberingType="PICTURE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" lock="0" '
                'dropcapstyle="None" href="" groupLevel="0" instid="%d" ratio="0">'
                '<hp:offset x="0" y="0"/><hp:orgSz width="%d" height="%d"/><hp:curSz width="%d" height="%d"/>'
                '<hp:flip horizontal="0" vertical="0"/><hp:rotationInfo angle="0" centerX="%d" centerY="%d" rotateimage="1"/>'
                '<hp:renderingInfo><hc:transMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/>'
                '<hc:scaMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/><hc:rotMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/></hp:renderingInfo>'
                '<hp:lineShape color="#C00000" width="56" style="SOLID" endCap="FLAT" headStyle="NORMAL" tailStyle="NORMAL" headfill="1" '
                'tailfill="1" headSz="MEDIUM_MEDIUM" tailSz="MEDIUM_MEDIUM" outlineStyle="NORMAL" alpha="0"/>'
                '<hp:fillBrush><hc:winBrush faceColor="#FFFFFF" hatchColor="#000000" alpha="0"/></hp:fillBrush>'
                '<hp:shadow type="NONE" color="#B2B2B2" offsetX="0" offsetY="0" alpha="0"/>'
                '<hp:drawText lastWidth="%d" name="" editable="0">%s<hp:textMargin left="283" right="283" top="283" bottom="283"/></hp:drawText>'
                '<hc:pt0 x="0" y="0"/><hc:pt1 x="%d" y="0"/><hc:pt2 x="%d" y="%d"/><hc:pt3 x="0" y="%d"/>'
                '%s<hp:shapeComment>사각형입니다.</hp:shapeComment></hp:rect>'
                % (rid, self.z, rid + 500000, w, h, w, h, w // 2, h // 2, w, self.sublist(inner, "CENTER"), w, w, h, h,
                   self.shape_common(w, h, "TOP_AND_BOTTOM", False, ha)))
        pb = "1" if self.next_break else "0"
        self.next_break = False
        return ('<hp:p id="%d" paraPrIDRef="%d" styleIDRef="0" pageBreak="%s" columnBreak="0" merged="0"><hp:run charPrIDRef="0">%s<hp:t/></hp:run></hp:p>'
                % (self._pid(), PARAPR[align], pb, rect))

    def xml(self):
        parts = [self.first_para()]
        for b in self.doc.blocks:
            if b[0] == "p":
                parts.append(self.para(b[1], b[2], b[3], page_break=self.next_break))
                self.next_break = False
            elif b[0] == "table":
                parts.append(self.table(b[1], b[2], b[3]))
            elif b[0] == "box":
                parts.append(self.textbox(b[1], b[2]))
            elif b[0] == "brk":
                self.next_break = True
        return '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hs:sec %s>%s</hs:sec>' % (NSDECL, "".join(parts))


def write_hwpx(path, doc, docid, title):
    sec = HwpxSection(doc).xml()
    version = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
               '<hv:HCFVersion xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version" tagetApplication="WORDPROCESSOR" major="5" '
               'minor="1" micro="0" buildNumber="1" os="1" xmlVersion="1.4" application="sens_s make_set.py" appVersion="1.0"/>')
    container = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
                 '<ocf:container xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf">'
                 '<ocf:rootfiles><ocf:rootfile full-path="Contents/content.hpf" media-type="application/hwpml-package+xml"/>'
                 '<ocf:rootfile full-path="Preview/PrvText.txt" media-type="text/plain"/></ocf:rootfiles></ocf:container>')
    manifest = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
                '<odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>')
    hpf = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
           '<opf:package %s version="" unique-identifier="" id="">'
           '<opf:metadata><opf:title>%s</opf:title><opf:language>ko</opf:language>'
           '<opf:meta name="creator" content="text"></opf:meta><opf:meta name="subject" content="text"/>'
           '<opf:meta name="CreatedDate" content="text">2026-01-05T09:00:00Z</opf:meta>'
           '<opf:meta name="ModifiedDate" content="text">2026-01-05T09:00:00Z</opf:meta></opf:metadata>'
           '<opf:manifest><opf:item id="header" href="Contents/header.xml" media-type="application/xml"/>'
           '<opf:item id="section0" href="Contents/section0.xml" media-type="application/xml"/>'
           '<opf:item id="settings" href="settings.xml" media-type="application/xml"/>'
           '<opf:item id="version" href="version.xml" media-type="application/xml"/></opf:manifest>'
           '<opf:spine><opf:itemref idref="header" linear="yes"/><opf:itemref idref="section0" linear="yes"/></opf:spine>'
           '</opf:package>' % (NSDECL, X(title)))
    settings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
                '<ha:HWPApplicationSetting xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" '
                'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0"><ha:CaretPosition listIDRef="0" paraIDRef="0" pos="0"/>'
                '</ha:HWPApplicationSetting>')
    # preview text: like the word processor, only the beginning of the document
    prv = render_text(doc)
    prv = prv[:1024]
    entries = [("mimetype", b"application/hwp+zip", zipfile.ZIP_STORED),
               ("version.xml", version.encode("utf-8"), zipfile.ZIP_STORED),
               ("Contents/header.xml", header_xml().encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("Contents/section0.xml", sec.encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("settings.xml", settings.encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("Preview/PrvText.txt", prv.encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("META-INF/container.xml", container.encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("META-INF/manifest.xml", manifest.encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("Contents/content.hpf", hpf.encode("utf-8"), zipfile.ZIP_DEFLATED)]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data, comp in entries:
            zi = zipfile.ZipInfo(name, ZIP_DT)
            zi.compress_type = comp
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data, compress_type=comp, compresslevel=6 if comp == zipfile.ZIP_DEFLATED else None)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# --------------------------------------------------------------------------------------
# OCR noise
# --------------------------------------------------------------------------------------
def is_hangul(ch):
    return "\uac00" <= ch <= "\ud7a3"


STRAY_TXT = ["'", "`", ",", ".", "|", "ㆍ", "~", "·", "˙", ":", "i", "l", "¸", "°"]
STRAY_PDF = ["'", "`", ",", ".", "|", "ㆍ", "~", "˙", ":", "i", "l"]


def noise_str(s, rng, level=1.0, pdf=False):
    hy = ["－", "-"] if pdf else ["‐", "－", "–", "―"]
    stray = STRAY_PDF if pdf else STRAY_TXT
    out = []
    for i, ch in enumerate(s):
        r = rng.random()
        if "0" <= ch <= "9" and r < 0.22 * level:
            ch = chr(ord(ch) + 0xFEE0)
        elif ch == "-" and r < 0.4 * level:
            ch = rng.choice(hy)
        elif ch == " " and i > 0 and s[i - 1] != " " and r < 0.08 * level:
            ch = ""
        out.append(ch)
        if is_hangul(ch) and i + 1 < len(s) and is_hangul(s[i + 1]) and rng.random() < 0.035 * level:
            out.append(" ")
        if rng.random() < 0.007 * level:
            out.append(rng.choice(stray))
    return "".join(out)


def apply_ocr(doc, rng, cue_text, noisy_cue, level=1.0, pdf=False):
    def f(s):
        if cue_text and cue_text in s:
            parts = s.split(cue_text)
            return noisy_cue.join(noise_str(p, rng, level, pdf) for p in parts)
        return noise_str(s, rng, level, pdf)
    doc.map_strings(f)


def noisy_variant(cue, rng, kind, pdf=False):
    """A hand-chosen OCR distortion of the cue string itself."""
    if kind == "fullwidth":
        return "".join(chr(ord(c) + 0xFEE0) if "0" <= c <= "9" else c for c in cue)
    if kind == "spaced":
        out = []
        for i, c in enumerate(cue):
            out.append(c)
            if is_hangul(c) and i + 1 < len(cue) and is_hangul(cue[i + 1]):
                out.append(" ")
        return "".join(out)
    if kind == "nospace":
        return cue.replace(" ", "")
    if kind == "hyphen":
        return cue.replace("-", "－" if pdf else "‐")
    if kind == "stray":
        return cue + ("'" if pdf else "·")
    if kind == "partspace":
        # one space inside the first Hangul run of length >= 2
        for i in range(len(cue) - 1):
            if is_hangul(cue[i]) and is_hangul(cue[i + 1]):
                return cue[:i + 1] + " " + cue[i + 1:]
        return cue
    return cue

# --------------------------------------------------------------------------------------
# common pieces of a 공문 (두문 / 본문 / 결문) -- 행정업무규정 시행규칙 별지 제1호서식 layout
# --------------------------------------------------------------------------------------
import datetime

WD = "월화수목금토일"


def wday(y, m, d):
    return WD[datetime.date(y, m, d).weekday()]


def dstr(date, style=0):
    return kdate(date[0], date[1], date[2], style)


def add_days(date, n):
    d = datetime.date(*date) + datetime.timedelta(days=n)
    return (d.year, d.month, d.day)


def attach_lines(items, end=True, label="붙임"):
    """붙임  1. xxx 1부.\n      2. yyy 1부.  끝."""
    out = []
    if len(items) == 1:
        s = "%s  %s" % (label, items[0])
        out.append(s + ("  끝." if end else ""))
        return out
    for i, it in enumerate(items):
        pre = label + "  " if i == 0 else " " * (len(label) * 2 + 2)
        s = "%s%d. %s" % (pre, i + 1, it)
        if i == len(items) - 1 and end:
            s += "  끝."
        out.append(s)
    return out


def signer_line(rng, sig, date, style):
    (t1, n1), (t2, n2), (t3, n3) = sig
    ds = dstr(date, 2)
    if style == 0:
        return "%s %s      %s %s      %s %s" % (t1, n1, t2, n2, t3, n3)
    if style == 1:
        return "기안자 %s %s   검토자 %s %s   결재권자 %s %s" % (t1, n1, t2, n2, t3, n3)
    if style == 2:
        return "%s  %s     %s  %s     %s 전결 %s  %s" % (t1, n1, t2, n2, t3, ds[5:], n3)
    return "%s %s   %s %s   %s 대결 %s  %s" % (t1, n1, t2, n2, t3, ds[5:], n3)


def approval_rows(sig, extra=None, heads=None):
    """결재란: header row with the signers' positions, signatures below (or 기안/검토/결재 + position/name)."""
    if heads is None:
        rows = [[t for t, n in sig], [n for t, n in sig]]
    else:
        rows = [list(heads), ["%s\n%s" % (t, n) for t, n in sig]]
    if extra:
        rows.extend(extra)
    return rows


def gongmun(doc, rng, ag, dept, title, body, attach=None, recipient="수신자 참조", date=None, gonggae=None,
            gstyle="slash", via=False, receipt=None, sig=None, sender=True, cc_line=None, slogan=None,
            sigstyle=None, table_extra=None, end=True, tail_lines=None):
    """Writes a 기안문-style document into doc.  Returns info dict."""
    if sig is None:
        sig = signers(rng, ag)
    if date is None:
        date = rand_date(rng, 2021, 2026)
    no = docno(rng, dept)
    if slogan:
        doc.p(slogan, "C", "small")
    doc.p(ag["org"], "C", "org")
    doc.blank()
    doc.p("수신  %s" % recipient)
    if via:
        doc.p("(경유)")
    doc.p("제목  %s" % title)
    doc.blank()
    if attach:
        for b in body:
            doc.p(b)
        doc.blank()
        for l in attach_lines(attach, end=end):
            doc.p(l)
    else:
        for i, b in enumerate(body):
            if i == len(body) - 1 and end:
                doc.p(b + "  끝.")
            else:
                doc.p(b)
    doc.blank()
    if sender:
        doc.p(ag["sender"], "C", "sender")
        doc.blank()
    ss = rng.randint(0, 3) if sigstyle is None else sigstyle
    if gstyle == "table":
        doc.table(approval_rows(sig, table_extra, ("기안", "검토", "결재")), None, "approval")
    else:
        doc.p(signer_line(rng, sig, date, ss), "L", "small")
    if cc_line:
        doc.p(cc_line, "L", "small")
    rec = "접수  %s" % receipt if receipt else "접수"
    doc.p("시행  %s  (%s)      %s" % (no, dstr(date, 0), rec), "L", "small")
    email = email_of(rng)
    addr = "우 %s  %s  / %s" % (ag["zip"], ag["addr"], ag["web"])
    phone = "전화번호 %s  팩스번호 %s  / %s" % (tel(rng, ag), fax(rng, ag), email)
    if gstyle == "slash" and gonggae:
        doc.p(addr, "L", "small")
        doc.p("%s  / %s" % (phone, gonggae), "L", "small")
    elif gstyle == "slash2" and gonggae:
        doc.p("%s  %s" % (addr, ""), "L", "small")
        doc.p("전화 %s  전송 %s / %s / %s" % (tel(rng, ag), fax(rng, ag), email, gonggae), "L", "small")
    elif gstyle in ("line", "line_colon", "yeobu", "bracket") and gonggae:
        doc.p(addr, "L", "small")
        doc.p(phone, "L", "small")
        lab = {"line": "공개구분  %s", "line_colon": "공개구분: %s", "yeobu": "공개여부 : %s", "bracket": "[공개구분] %s"}[gstyle]
        doc.p(lab % gonggae, "L", "small")
    else:
        doc.p(addr, "L", "small")
        doc.p(phone, "L", "small")
    if tail_lines:
        for l in tail_lines:
            doc.p(l, "L", "small")
    return dict(docno=no, date=date, sig=sig, email=email)


def old_gongmun(doc, rng, ag, dept, title, body, attach=None, recipient=None, date=None, gonggae=None, ref=None):
    """Pre-2000 공문 layout (두문에 문서번호/시행일자, 결문에 직인생략과 공개여부)."""
    if date is None:
        date = rand_date(rng, 1994, 2001)
    spaced = " ".join(list(short_org(ag))) if len(short_org(ag)) <= 4 else short_org(ag)
    doc.p(spaced, "C", "org")
    old_zip = "%03d-%03d" % (rng.randint(100, 799), rng.randint(10, 999))
    area = ag["tel"].split("-")[0]
    doc.p("우 %s  %s  / 전화 (%s) %s-%04d  / 전송 %s-%04d" % (old_zip, ag["addr"], area, ag["tel"].split("-")[1] if "-" in ag["tel"] else "200",
                                                          rng.randint(1000, 9999), ag["tel"].split("-")[1] if "-" in ag["tel"] else "200",
                                                          rng.randint(1000, 9999)), "C", "small")
    doc.blank()
    doc.p("문서번호  %s" % docno(rng, dept, old=True))
    doc.p("시행일자  %s" % dstr(date, 0))
    doc.p("(경유)")
    doc.p("수    신  %s" % (recipient or "수신처 참조"))
    doc.p("참    조  %s" % (ref or ("%s장" % dept if dept.endswith("과") else dept)))
    doc.table([["선 결", "", "지 시"], ["접 수", "일자\n시간", "결 재 ㆍ 공 람"], ["처리과", "", ""], ["담당자", "", ""]],
              [2, 3, 4], "grid")
    doc.p("제    목  %s" % title)
    doc.blank()
    for i, b in enumerate(body):
        doc.p(b + ("  끝." if (i == len(body) - 1 and not attach) else ""))
    if attach:
        doc.blank()
        for l in attach_lines(attach):
            doc.p(l)
    doc.blank()
    doc.p("%s  (직인생략)" % " ".join(list(ag["sender"])) if len(ag["sender"]) <= 6 else ag["sender"] + "  (직인생략)", "C", "sender")
    if gonggae:
        doc.blank()
        doc.p("공개여부 : %s" % gonggae, "L", "small")
    return dict(date=date)


# --------------------------------------------------------------------------------------
# marking strings (보안업무규정 / 같은 규정 시행규칙)
# --------------------------------------------------------------------------------------
DWB_FORMS = ["대 외 비", "[대외비]", "《대외비》", "대외비", "보안등급: 대외비", "〔대외비〕", "<대외비>"]
III_FORMS = ["Ⅲ급비밀", "III급 비밀", "3급 비밀", "비밀(Ⅲ급)", "Ⅲ 급 비 밀", "Ⅲ급 비밀", "3급비밀"]
II_FORMS = ["Ⅱ급비밀", "II급 비밀", "비밀(Ⅱ급)", "2급 비밀", "Ⅱ 급 비 밀"]
I_FORMS = ["Ⅰ급비밀", "I급 비밀", "1급 비밀", "비밀(Ⅰ급)"]


def dwb_with_period(rng, k):
    y = rng.randint(2026, 2028)
    m = rng.choice([6, 12])
    d = 30 if m == 6 else 31
    opts = ["%d. %d. %d.까지 대외비" % (y, m, d), "대외비(보호기간: %d. %d. %d.까지)" % (y, m, d),
            "대외비 (%d.%02d.%02d. 이후 일반문서로 재분류)" % (y, m, d)]
    return opts[k % len(opts)]


def yegomun(rng, grade_txt, k):
    y = rng.randint(2027, 2032)
    opts = ["예고문: %d. 12. 31.까지 %s, 이후 일반문서로 재분류" % (y, grade_txt),
            "예고문 : %d.12.31. 일반문서로 재분류" % y,
            "예 고 문 : %d. 12. 31.까지 %s / 이후 파기" % (y, grade_txt),
            "(예고문) %d년 12월 31일까지 보호, 이후 %s에서 일반문서로 재분류" % (y, grade_txt)]
    return opts[k % len(opts)]


def copy_no(rng, k):
    n = rng.randint(2, 9)
    i = rng.randint(1, n)
    opts = ["사본번호: %d/%d" % (i, n), "사본 제%d호 (총 %d부)" % (i, n), "사본번호 %d-%d" % (n, i), "(사본 %d부 중 제%d호)" % (n, i)]
    return opts[k % len(opts)]


def finish(doc, disclosure, marking, reasons, genre, cue, cue_location, cue_text, flags=None, title="", ocr=None):
    return dict(doc=doc, disclosure=disclosure, marking=marking, reasons=list(reasons), genre=genre, cue=cue,
                cue_location=cue_location, cue_text=cue_text, flags=list(flags or []), title=title, ocr=ocr)


def fill_d(p, rng, lo=5, hi=90):
    n = p.count("%d")
    if n:
        return p % tuple(rng.randint(lo, hi) for _ in range(n))
    return p.replace("%%", "%")


# --------------------------------------------------------------------------------------
# small language / calendar helpers
# --------------------------------------------------------------------------------------
_DIGIT_JONG = {"0": True, "1": True, "2": False, "3": True, "4": False, "5": False, "6": True, "7": True, "8": True, "9": False}
_DIGIT_RIEUL = {"1", "7", "8"}


def _final(word):
    """(has_final_consonant, final_is_rieul) of the last pronounced syllable."""
    w = re.sub(r"\([^()]*\)$", "", word.strip()) or word.strip()
    w = w.rstrip(" .,'\"」』")
    for ch in reversed(w):
        if is_hangul(ch):
            jong = (ord(ch) - 0xAC00) % 28
            return jong != 0, jong == 8
        if ch.isdigit():
            return _DIGIT_JONG[ch], ch in _DIGIT_RIEUL
        if ch.isalpha():
            return False, False
    return False, False


def J(word, p):
    """Attach a particle with the right form: J('계획', '을') -> '계획을'."""
    has, rieul = _final(word)
    forms = {"을": ("을", "를"), "를": ("을", "를"), "은": ("은", "는"), "는": ("은", "는"), "이": ("이", "가"), "가": ("이", "가"),
             "과": ("과", "와"), "와": ("과", "와")}
    if p in ("로", "으로"):
        return word + ("으로" if has and not rieul else "로")
    a, b = forms[p]
    return word + (a if has else b)


def weekday_on_or_after(date):
    d = datetime.date(*date)
    while d.weekday() >= 5:
        d += datetime.timedelta(days=1)
    return (d.year, d.month, d.day)


def dept_like(ag, keys, fallback):
    for d in ag["depts"]:
        if any(k in d for k in keys):
            return d
    return fallback


def sec_dept(ag):
    return dept_like(ag, ["비상", "보안", "안전", "경비", "재난"], "비상대비과" if ag["kind"] in ("central", "metro", "local") else "보안팀")


def audit_dept(ag):
    return dept_like(ag, ["감사"], "감사관" if ag["kind"] in ("central", "metro", "local", "edu") else "감사실")


def staff_title(rng, ag):
    return rng.choice({"central": ["주무관", "행정주사", "사무관"], "metro": ["주무관", "행정주사", "행정주사보"],
                       "local": ["주무관", "행정주사보", "시설주사"], "edu": ["주무관", "장학사", "행정주사"],
                       "police": ["경사", "경위", "경장"], "fire": ["소방장", "소방교", "소방위"], "soe": ["대리", "과장", "차장"],
                       "court": ["법원주사", "법원주사보", "법원서기"], "agency": ["대리", "주임", "과장"]}[ag["kind"]])

# ======================================================================================
# PUBLIC templates
# ======================================================================================
PRESS = [
    dict(org="행정안전부", dept="민원제도혁신과", head="행정안전부, 민원 처리기간 평균 2.3일 단축",
         sub=["- 지난해 자치단체 민원 처리 실태 분석 결과 발표 -", "- 온라인 신청 비율 처음으로 60% 넘어 -"],
         paras=["행정안전부는 전국 243개 자치단체의 지난해 민원 처리 실태를 분석한 결과, 법정 처리기간 대비 실제 처리기간이 평균 2.3일 줄었다고 밝혔다.",
                "이번 분석은 민원처리시스템에 등록된 약 {n1}만 건의 처리 기록을 대상으로 했으며, 인허가ㆍ증명 발급 등 주요 민원 50종의 처리 흐름을 단계별로 살폈다.",
                "특히 여러 기관의 협의가 필요한 복합민원은 사전심사청구제를 적극 활용한 기관일수록 처리기간이 짧았던 것으로 나타났다.",
                "행정안전부는 우수 사례를 모아 상반기 중 자치단체에 배포하고, 처리가 지연되는 민원 유형은 관계 부처와 함께 제도 개선을 추진할 계획이다."],
         quote="{name} 행정안전부 공공서비스정책관은 \"국민이 체감하는 민원 서비스가 되도록 처리 과정 전반을 꼼꼼히 점검하겠다\"라고 말했다."),
    dict(org="환경부", dept="대기환경정책과", head="미세먼지 계절관리제 기간 초미세먼지 농도 {x}% 낮아져",
         sub=["- 석탄발전 가동 조정, 노후 경유차 운행 제한 효과 -"],
         paras=["환경부는 지난 12월부터 3월까지 시행한 미세먼지 계절관리제 기간의 전국 초미세먼지 평균 농도가 ㎥당 {n2}㎍으로, 제도 시행 전보다 {x}% 낮아졌다고 밝혔다.",
                "같은 기간 초미세먼지 '나쁨' 일수는 전국 평균 {n3}일로 집계되었으며, 고농도 사례도 눈에 띄게 줄었다.",
                "환경부는 기상 여건의 영향을 제외하더라도 사업장 배출 감축과 수송 부문 관리 강화가 농도 개선에 기여한 것으로 분석했다.",
                "다음 계절관리제에서는 항만과 농촌 지역의 생활 배출원 관리를 보강할 예정이다."],
         quote="{name} 환경부 대기환경정책관은 \"국민 건강을 지키기 위해 관계기관과 협력을 계속 이어가겠다\"라고 밝혔다."),
    dict(org="국토교통부", dept="도로정책과", head="고속도로 졸음쉼터 {n3}곳 새로 만든다",
         sub=["- 졸음운전 사고 잦은 구간 우선 설치 -"],
         paras=["국토교통부와 한국도로공사는 올해 고속도로 졸음쉼터 {n3}곳을 추가로 설치한다고 밝혔다.",
                "설치 위치는 최근 3년간 졸음운전 사고가 잦았던 구간과 휴게소 간 거리가 25km 이상 떨어진 구간을 중심으로 정했다.",
                "새로 만드는 졸음쉼터에는 화장실, 방범용 CCTV, 비상벨을 갖추고 야간 조명도 밝게 한다.",
                "아울러 기존 졸음쉼터 가운데 진출입로가 짧아 사고 위험이 있는 곳은 연말까지 구조를 개선할 계획이다."],
         quote="{name} 국토교통부 도로국장은 \"운전 중 졸음이 오면 가까운 쉼터에서 반드시 쉬어 가시기를 바란다\"라고 당부했다."),
    dict(org="소방청", dept="화재예방과", head="겨울철 주택화재, 소화기와 단독경보형감지기로 막는다",
         sub=["- 소방청, 주택용 소방시설 설치 집중 홍보 -", "- 최근 5년 주택화재 사망자 절반이 단독주택에서 발생 -"],
         paras=["소방청은 겨울철 주택화재 예방을 위해 이달부터 2월까지 주택용 소방시설 설치 홍보를 집중적으로 벌인다고 밝혔다.",
                "최근 5년간 주택화재로 숨진 사람 가운데 절반 이상이 단독주택과 다가구주택에서 발생했고, 대부분 소방시설이 없던 곳이었다.",
                "각 소방서는 취약계층 {n1}천 가구에 소화기와 단독경보형감지기를 무상으로 보급하고, 설치가 어려운 어르신 가정에는 직원이 직접 방문해 달아 준다.",
                "소방청은 설 명절 고향 방문 때 '주택용 소방시설 선물하기' 캠페인도 함께 진행한다."],
         quote="{name} 소방청 화재예방국장은 \"감지기 하나가 가족의 생명을 지킬 수 있다\"라고 강조했다."),
    dict(org="서울특별시", dept="자전거정책과", head="공공자전거 하루 평균 이용 {n1}만 건 돌파",
         sub=["- 출퇴근 시간대 이용이 전체의 41% -"],
         paras=["서울시는 지난해 공공자전거 이용 건수가 하루 평균 {n1}만 건을 넘어섰다고 밝혔다.",
                "시간대별로는 오전 7시부터 9시, 오후 6시부터 8시 사이 이용이 전체의 41%를 차지해 출퇴근 교통수단으로 자리 잡은 것으로 나타났다.",
                "시는 이용이 많은 지하철역 주변 대여소 {n3}곳의 거치대를 늘리고, 고장 신고 후 수리까지 걸리는 시간을 이틀 이내로 줄일 계획이다.",
                "한편 올해부터는 청소년 이용권 할인 폭을 넓히고 안전모 무료 대여 대여소도 확대한다."],
         quote="{name} 서울시 도시교통실장은 \"시민이 더 안전하고 편리하게 탈 수 있도록 운영을 개선하겠다\"라고 말했다."),
    dict(org="경기도교육청", dept="초등교육과", head="경기도교육청, 늘봄학교 참여 학교 {n3}곳으로 확대",
         sub=["- 초등 1~2학년 맞춤형 프로그램 무상 제공 -"],
         paras=["경기도교육청은 2학기부터 늘봄학교 운영 학교를 도내 초등학교 {n3}곳으로 늘린다고 밝혔다.",
                "늘봄학교는 정규수업 전후로 학생이 원하는 교육ㆍ돌봄 프로그램을 제공하는 제도로, 1~2학년에게는 매일 2시간 맞춤형 프로그램을 무상으로 운영한다.",
                "도교육청은 늘봄 전담 인력을 학교마다 배치하고 지역 대학, 공공기관과 연계한 프로그램도 개발해 보급할 예정이다.",
                "학부모 설명회는 교육지원청별로 다음 달 중 열린다."],
         quote="{name} 경기도교육청 초등교육과장은 \"아이들이 학교에서 안전하고 즐겁게 머물 수 있도록 하겠다\"라고 말했다."),
    dict(org="한국소비자원", dept="제품안전팀", head="전기매트 {n3}개 제품 중 4개, 온도 표시보다 최대 9℃ 높아",
         sub=["- 저온화상 주의, 취침 시 낮은 온도로 사용해야 -"],
         paras=["한국소비자원은 시중에서 판매되는 전기매트 {n3}개 제품의 안전성과 품질을 시험한 결과, 4개 제품의 실제 표면 온도가 표시 온도보다 최대 9℃ 높았다고 밝혔다.",
                "이 가운데 1개 제품은 전자파 기준은 충족했으나 온도조절기 내구성 시험에서 일부 기능이 작동하지 않았다.",
                "해당 사업자들은 소비자원의 권고를 받아들여 제품을 개선하고 판매 중인 제품은 교환해 주기로 했다.",
                "소비자원은 잠잘 때에는 가장 낮은 온도로 설정하고 두꺼운 이불을 매트 위에 오래 덮어 두지 말 것을 당부했다."],
         quote=""),
    dict(org="국민건강보험공단", dept="건강검진실", head="지난해 일반건강검진 수검률 {x}%, 역대 최고",
         sub=["- 20~30대 수검률 크게 올라 -"],
         paras=["국민건강보험공단은 지난해 일반건강검진 대상자 가운데 {x}%가 검진을 받아 역대 가장 높은 수검률을 기록했다고 밝혔다.",
                "연령대별로는 20대와 30대의 수검률이 전년보다 각각 4.1%포인트, 3.6%포인트 올라 증가 폭이 컸다.",
                "공단은 모바일 알림 서비스와 주말 검진기관 안내를 확대한 것이 효과를 본 것으로 보고 있다.",
                "올해 검진 대상자는 공단 누리집이나 모바일 앱에서 검진 대상 여부와 가까운 검진기관을 확인할 수 있다."],
         quote="{name} 국민건강보험공단 건강관리실장은 \"정기 검진은 질병을 조기에 발견하는 가장 쉬운 방법\"이라고 말했다."),
]


def t_press_release(rng, k, fmt):
    pr = PRESS[k % len(PRESS)]
    ag = AG_BY_NAME[pr["org"]]
    y, m, d = rand_date(rng, 2022, 2026)
    vals = dict(n1=rng.randint(3, 48), n2=rng.randint(14, 22), n3=rng.randint(12, 96), x=rng.choice(["17", "21.4", "74.6", "12.8"]),
                name=person(rng))
    doc = Doc()
    doc.flat = rng.choice(["pipe", "tab", "space"])
    if rng.random() < 0.5:
        doc.header = "%s 보도자료" % ag["org"]
    doc.t("보 도 자 료")
    doc.p(ag["org"], "C", "org")
    bd = (y, m, d)
    doc.table([["보도 일시", "%s(%s) %s" % (dstr(bd), wday(*bd), rng.choice(["06:00", "12:00", "즉시 보도", "11:00"])),
                "배포 일시", "%s(%s)" % (dstr(add_days(bd, -1)), wday(*add_days(bd, -1)))]], [2, 4, 2, 3])
    n_resp, n_staff = people(rng, 2)
    doc.table([["담당 부서", pr["dept"], "책임자", "과  장 %s (%s)" % (n_resp, tel(rng, ag))],
               ["", "", "담당자", "%s %s (%s)" % (rng.choice(["사무관", "주무관", "차장", "대리"]), n_staff, tel(rng, ag))]], [2, 3, 2, 5])
    doc.blank()
    doc.p(pr["head"].format(**vals), "C", "title")
    for s in pr["sub"]:
        doc.p(s.format(**vals), "C", "body")
    doc.blank()
    for i, para in enumerate(pr["paras"]):
        doc.p(("□ " if i % 2 == 0 or rng.random() < 0.5 else "  ○ ") + para.format(**vals))
    if pr["quote"]:
        doc.p("□ " + pr["quote"].format(**vals))
    if rng.random() < 0.5:
        doc.blank()
        doc.p("붙임  %s" % rng.choice(["주요 통계표 1부.", "관련 사진 2매.", "추진 일정 1부.", "자주 묻는 질문 1부."]))
    doc.footer = rng.choice([None, "이 보도자료와 관련하여 보다 자세한 내용이나 취재를 원하시면 담당자에게 연락 주시기 바랍니다.",
                             "%s 누리집(%s)에서도 보실 수 있습니다." % (ag["org"], ag["web"])])
    return finish(doc, "public", "none", [], "보도자료", "none", "none", "", ["no_field"], pr["head"].format(**vals))


COOP = [
    dict(kinds=["central"], org="행정안전부", dept="재난안전정책과", title="여름철 물놀이 안전관리 강화 협조 요청", rcpt="수신자 참조",
         body=["1. 관련: 「자연재해대책법」 및 「재난 및 안전관리 기본법」",
               "2. 본격적인 물놀이 철을 맞아 하천ㆍ계곡ㆍ해수욕장 등에서 인명사고가 우려되오니, 아래 사항을 각 시ㆍ군ㆍ구에 전파하여 안전관리에 만전을 기하여 주시기 바랍니다.",
               "  가. 물놀이 위험구역 지정 현황 재점검 및 안내표지판 정비",
               "  나. 안전관리요원 배치 시간을 일몰 시까지 연장 운영",
               "  다. 인명구조함 비치 물품(구명조끼, 구명환, 로프) 일제 점검",
               "3. 각 시ㆍ도에서는 점검 결과를 {due}까지 국민재난안전포털에 입력하여 주시기 바랍니다."]),
    dict(kinds=["local"], org=None, dept="토지정보과", title="도로명주소 안내시설 일제 정비 협조", rcpt="각 동장",
         body=["1. 우리 시에서는 훼손되거나 위치가 잘못된 도로명판과 건물번호판을 바로잡기 위하여 상반기 일제 정비를 추진하고 있습니다.",
               "2. 각 동에서는 관할 구역의 안내시설을 현장 확인한 후, 교체나 재설치가 필요한 시설을 붙임 서식에 작성하여 {due}까지 제출하여 주시기 바랍니다.",
               "3. 정비가 끝난 시설은 도로명주소관리시스템에 사진과 함께 즉시 반영하여 주시기 바랍니다."],
         attach=["안내시설 정비 대상 조사표 1부."]),
    dict(kinds=["edu"], org=None, dept="감사관", title="{y}년 상반기 청렴 교육 이수 독려", rcpt="관내 각급학교장",
         body=["1. 「공직자의 이해충돌 방지법」 시행에 따라 소속 교직원은 매년 청렴 교육을 이수하여야 합니다.",
               "2. 상반기 이수율이 낮은 학교가 있어 안내드리오니, 미이수 교직원이 {due}까지 원격연수 과정을 마칠 수 있도록 지도하여 주시기 바랍니다.",
               "  ※ 과정명: 청렴하고 공정한 학교 만들기(4시간), 연수원 누리집에서 신청"]),
    dict(kinds=["central"], org="보건복지부", dept="노인정책과", title="한파 대비 취약 노인 보호 대책 추진 협조", rcpt="수신자 참조",
         body=["1. 기상청 장기예보에 따르면 올겨울은 기온 변동이 크고 강한 추위가 잦을 것으로 예상됩니다.",
               "2. 이에 따라 홀로 사는 어르신 등 한파 취약계층의 건강 피해를 줄이기 위하여 다음 사항을 추진하여 주시기 바랍니다.",
               "  가. 노인맞춤돌봄서비스 수행인력을 통한 안부 확인 주기 단축(주 1회 → 주 2회)",
               "  나. 경로당 등 한파쉼터 난방비 지원 및 운영 시간 연장",
               "  다. 한파특보 발령 시 응급안전안심서비스 장비 작동 상태 확인",
               "3. 시ㆍ도별 추진 상황은 매주 금요일까지 취합하여 회신하여 주시기 바랍니다."]),
    dict(kinds=["central"], org="산업통상자원부", dept="에너지효율과", title="공공기관 에너지 절약 실천 협조", rcpt="수신자 참조",
         body=["1. 귀 기관의 무궁한 발전을 기원합니다.",
               "2. 동절기 전력수요 증가에 대비하여 공공기관이 솔선하여 에너지를 절약할 수 있도록 협조를 요청드립니다.",
               "  가. 실내 난방온도 18℃ 이하 유지(민원실, 어린이집 등 제외)",
               "  나. 전력 피크 시간대(오전 9~11시, 오후 4~6시) 순차 소등",
               "  다. 개인 난방기 사용 자제 및 점심시간 사무기기 전원 차단",
               "3. 기관별 실적은 에너지공단 시스템에 매월 입력하여 주시기 바랍니다."]),
    dict(kinds=["local"], org=None, dept="산림녹지과", title="봄철 산불조심기간 운영 협조", rcpt="각 읍ㆍ면장",
         body=["1. 봄철은 건조한 날씨와 강풍으로 작은 불씨도 큰 산불로 번지기 쉬운 시기입니다.",
               "2. 산불조심기간({due}까지) 동안 읍ㆍ면에서는 다음 사항을 철저히 이행하여 주시기 바랍니다.",
               "  가. 논ㆍ밭두렁 및 영농부산물 불법 소각 단속 강화",
               "  나. 산불감시원 근무 상황 일일 점검 및 초소 무선 통신 확인",
               "  다. 마을 방송을 활용한 주민 홍보(오전ㆍ오후 각 1회)"]),
    dict(kinds=["police"], org=None, dept="교통과", title="신학기 어린이 교통안전 캠페인 참여 요청", rcpt="관내 초등학교장",
         body=["1. 우리 서에서는 신학기를 맞아 어린이보호구역 교통사고를 줄이기 위한 합동 캠페인을 진행하고자 합니다.",
               "2. 등굣길 캠페인에 학교 녹색어머니회와 교직원이 함께할 수 있도록 협조를 부탁드립니다.",
               "  가. 일시: {due} 08:00 ~ 08:50",
               "  나. 장소: 각 학교 정문 앞 횡단보도",
               "  다. 내용: 보행 안전 3원칙 홍보물 배부, 과속 차량 계도",
               "3. 참여 인원은 학교별로 교통과 담당자에게 알려 주시기 바랍니다."]),
    dict(kinds=["fire"], org=None, dept="예방과", title="화재안전조사 실시 일정 알림", rcpt="수신자 참조",
         body=["1. 「화재의 예방 및 안전관리에 관한 법률」 제7조에 따라 관내 다중이용시설에 대한 화재안전조사를 실시하고자 합니다.",
               "2. 조사 일정과 내용은 아래와 같으니 관계인께서는 소방시설 점검 기록 등을 미리 준비하여 주시기 바랍니다.",
               "  가. 조사 기간: {due}부터 2주간",
               "  나. 조사 항목: 소방시설 작동 기능, 피난ㆍ방화시설 관리 상태, 소방안전관리자 업무 수행 실태",
               "3. 일정 조정이 필요한 경우 예방과로 미리 연락하여 주시기 바랍니다."]),
]


GONGGAE_PUBLIC = ["공개", "공개", "대국민공개", "공개", "공 개"]


def t_coop_request(rng, k, fmt):
    c = COOP[k % len(COOP)]
    if c["org"]:
        ag = AG_BY_NAME[c["org"]]
    elif c["kinds"] == ["police"]:
        ag = rng.choice([a for a in AGENCIES if a["org"].endswith("경찰서")])
    elif c["kinds"] == ["fire"]:
        ag = rng.choice([a for a in AGENCIES if a["org"].endswith("소방서")])
    else:
        ag = agency(rng, c["kinds"])
    dept = c["dept"]
    date = rand_date(rng, 2022, 2026)
    due = dstr(add_days(date, rng.randint(7, 25)), 0)
    body = [b.format(due=due) for b in c["body"]]
    title = c["title"].format(y=date[0])
    doc = Doc()
    doc.flat = rng.choice(["pipe", "tab"])
    g = GONGGAE_PUBLIC[k % len(GONGGAE_PUBLIC)]
    gst = ["slash", "line", "slash2", "line_colon"][k % 4]
    gongmun(doc, rng, ag, dept, title, body, attach=c.get("attach"), recipient=c["rcpt"], date=date, gonggae=g, gstyle=gst)
    return finish(doc, "public", "none", [], "공문(협조요청)", "field_public", "gyeolmun_field", g, ["stated:public"], title)


EVENTS = [
    ("지방재정 집행 점검 워크숍 개최 알림", ["1. 하반기 지방재정 신속집행 추진 상황을 점검하고 우수 사례를 공유하기 위하여 워크숍을 개최하오니 담당자가 참석할 수 있도록 협조하여 주시기 바랍니다.",
                                   "  가. 일시: {d} 14:00 ~ 17:30", "  나. 장소: {place}", "  다. 대상: 시ㆍ군 재정 담당 공무원 각 2명",
                                   "2. 참석자 명단은 {due}까지 전자우편으로 제출하여 주시기 바랍니다."]),
    ("공공데이터 개방 설명회 참석 안내", ["1. 공공데이터 개방 확대와 품질관리 기준 변경 사항을 안내하기 위하여 설명회를 개최합니다.",
                                "2. 각 기관의 데이터 담당자께서는 아래 일정에 참석하여 주시기 바랍니다.",
                                "  가. 일시ㆍ장소: {d} 10:00, {place}", "  나. 내용: 개방 대상 데이터 발굴 방법, 메타데이터 작성 요령, 품질진단 결과 조치",
                                "3. 설명회 자료는 행사 후 누리집 자료실에 게시할 예정입니다."]),
    ("재난 대응 안전한국훈련 사전 교육 실시", ["1. 올해 재난대응 안전한국훈련을 앞두고 훈련 담당자 사전 교육을 실시합니다.",
                                     "2. 교육 일정: {d} 13:30, {place}",
                                     "3. 훈련 시나리오 작성 요령과 토론훈련 진행 방법을 다루오니, 부서별 훈련 담당자 1명씩 빠짐없이 참석하여 주시기 바랍니다."]),
    ("민원 응대 역량 강화 교육 참석 요청", ["1. 민원 처리 담당자의 응대 역량을 높이기 위한 교육을 아래와 같이 실시하고자 합니다.",
                                  "  가. 교육 일시: {d}", "  나. 교육 장소: {place}", "  다. 교육 내용: 특이민원 대응 요령, 감정노동 관리, 민원 처리 법령 개정 사항",
                                  "2. 교육 대상자 명단은 붙임과 같으며 부득이하게 불참하는 경우 대리 참석자를 지정하여 주시기 바랍니다."]),
    ("청소년 진로 박람회 개최 및 홍보 협조", ["1. 지역 청소년의 진로 탐색을 돕기 위한 진로 박람회를 개최하오니 학생과 학부모에게 널리 안내하여 주시기 바랍니다.",
                                   "  가. 일시: {d} 10:00 ~ 16:00", "  나. 장소: {place}", "  다. 프로그램: 직업 체험관 40개, 진로 상담, 선배와의 대화",
                                   "2. 단체 관람을 희망하는 학교는 {due}까지 신청하여 주시기 바랍니다."]),
    ("기록관리 담당자 실무 교육 알림", ["1. 공공기록물 관리 실무 역량을 강화하고자 기록관리 담당자 교육을 실시합니다.",
                              "2. 교육 개요", "  가. 일시: {d} 09:30 ~ 17:00", "  나. 장소: {place}",
                              "  다. 주요 내용: 생산현황 보고, 기록물 정리 및 이관, 비전자기록물 보존 관리",
                              "3. 교육 이수자에게는 상시학습 7시간이 인정됩니다."]),
]
PLACES = ["본관 3층 대회의실", "별관 2층 교육장", "청사 중회의실(5층)", "시민회관 소공연장", "정부세종컨벤션센터 2층 중회의실", "교육연수원 대강당"]


def t_event_notice(rng, k, fmt):
    title, body = EVENTS[k % len(EVENTS)]
    ag = agency(rng, ["central", "metro", "local", "edu", "agency"])
    dept = rng.choice(ag["depts"])
    date = rand_date(rng, 2021, 2026)
    ev = weekday_on_or_after(add_days(date, rng.randint(10, 30)))
    body = [b.format(d="%s(%s)" % (dstr(ev), wday(*ev)), place=rng.choice(PLACES), due=dstr(add_days(date, 6))) for b in body]
    doc = Doc()
    doc.flat = rng.choice(["pipe", "space"])
    if k % 2 == 0:
        g = ["공개", "공개(대국민)", "공개"][k % 3]
        sig = signers(rng, ag)
        gongmun(doc, rng, ag, dept, title, body, recipient="수신자 참조", date=date, gonggae=g, gstyle="table", sig=sig,
                table_extra=[["공개여부", g]])
        return finish(doc, "public", "none", [], "공문(행사안내)", "field_public", "approval_table", g, ["stated:public"], title)
    g = "공개"
    gongmun(doc, rng, ag, dept, title, body, recipient="수신자 참조", date=date, gonggae=g, gstyle=rng.choice(["slash", "line"]),
            attach=["교육 대상자 명단 1부."] if "명단은 붙임" in " ".join(body) else None)
    return finish(doc, "public", "none", [], "공문(행사안내)", "field_public", "gyeolmun_field", g, ["stated:public"], title)


def t_public_notice(rng, k, fmt):
    """공고문: 입찰공고, 공유재산 매각, 입법예고, 도시계획 열람, 행정예고"""
    ag = agency(rng, ["local", "metro", "soe", "agency"])
    y, m, d = rand_date(rng, 2021, 2026)
    no = "%s 공고 제%d-%d호" % (short_org(ag), y, rng.randint(100, 1999))
    doc = Doc()
    doc.flat = rng.choice(["pipe", "tab", "bar"])
    doc.p(no)
    kind = k % 5
    if kind == 0:
        svc = rng.choice(["청사 시설물 유지관리 용역", "공공도서관 통합시스템 유지보수", "하천 수질 모니터링 용역", "시민 안전보험 가입 용역"])
        price = rng.randint(80, 900) * 1000000
        doc.t("%s 입찰 공고" % svc)
        doc.p("%s 다음과 같이 제한경쟁입찰에 부칩니다." % J(svc, "을"))
        doc.blank()
        doc.p("1. 입찰에 부치는 사항")
        doc.table([["용역명", svc], ["용역기간", "계약일부터 %d개월" % rng.choice([6, 10, 12])],
                   ["기초금액", "금%s원(부가가치세 포함)" % won(price)], ["입찰방법", "총액 입찰, 적격심사"]], [1, 3])
        doc.p("2. 입찰참가자격: 「소프트웨어 진흥법」에 따른 소프트웨어사업자 또는 해당 업종 등록업체로서 입찰공고일 현재 주된 영업소가 %s에 있는 업체" % ag["addr"].split(" ")[0])
        doc.p("3. 입찰서 제출: 국가종합전자조달시스템(나라장터)을 통한 전자입찰")
        dd = rng.choice(ag["depts"])
        doc.p("4. 기타 사항은 입찰설명서를 따르며, 문의는 %s(%s)%s 하시기 바랍니다." % (dd, tel(rng, ag), J(dd, "로")[len(dd):]))
        title = "%s 입찰 공고" % svc
    elif kind == 1:
        lot = "%s %s %d-%d" % (ag["org"].split(" ")[-1], rng.choice(["상동", "하리", "신촌리", "중앙동"]), rng.randint(100, 999), rng.randint(1, 30))
        doc.t("공유재산 매각 공고")
        doc.p("「공유재산 및 물품 관리법」 제29조에 따라 우리 %s 소유 공유재산을 아래와 같이 일반경쟁입찰로 매각하고자 공고합니다." % ("시" if "시" in ag["org"] else "기관"))
        doc.table([["소재지", "지목", "면적(㎡)", "예정가격(원)"], [lot, rng.choice(["대", "전", "잡종지"]), str(rng.randint(120, 2400)), won(rng.randint(30, 900) * 1000000)]])
        doc.p("입찰은 한국자산관리공사 전자자산처분시스템(온비드)에서 진행하며, 최고가 입찰자를 낙찰자로 결정합니다.")
        doc.p("매각 대상 재산은 현 상태대로 매각하며 현장 확인은 입찰자가 직접 하여야 합니다.")
        title = "공유재산 매각 공고"
    elif kind == 2:
        rule = rng.choice(["주차장 설치 및 관리 조례", "공공시설 개방 및 사용 조례", "재난지원금 지급 조례", "옥외광고물 등 관리 조례"])
        doc.t("%s %s 일부개정조례안 입법예고" % (short_org(ag), rule))
        doc.p("%s 개정함에 있어 그 취지와 주요 내용을 미리 알려 주민의 의견을 듣고자 「행정절차법」 제41조에 따라 다음과 같이 공고합니다." % J(rule, "을"))
        doc.p("1. 개정 이유")
        doc.p("  상위 법령 개정 사항을 반영하고 운영상 나타난 일부 미비점을 개선ㆍ보완하려는 것임.")
        doc.p("2. 주요 내용")
        doc.p("  가. 사용료 감면 대상에 한부모가족과 다자녀가구를 추가함(안 제12조).")
        doc.p("  나. 사용 신청을 전자적 방법으로도 할 수 있도록 함(안 제8조).")
        doc.p("3. 의견 제출: 이 조례안에 대하여 의견이 있는 기관ㆍ단체 또는 개인은 %s까지 의견서를 제출하여 주시기 바랍니다." % dstr(add_days((y, m, d), 20)))
        title = "%s 일부개정조례안 입법예고" % rule
    elif kind == 3:
        doc.t("도시관리계획(도시계획시설: 도로) 결정(변경)안 주민 열람 공고")
        doc.p("%s 도시관리계획 결정(변경)을 위하여 「국토의 계획 및 이용에 관한 법률」 제28조에 따라 주민 의견을 듣고자 다음과 같이 공고합니다." % short_org(ag))
        doc.table([["구분", "노선번호", "폭원(m)", "연장(m)", "비고"],
                   ["변경", "중로%d-%d" % (rng.randint(1, 3), rng.randint(10, 99)), str(rng.choice([12, 15, 20])), str(rng.randint(180, 960)), "선형 조정"]])
        doc.p("열람 기간: 공고일부터 14일간 / 열람 장소: %s 도시계획과 및 해당 읍ㆍ면ㆍ동 행정복지센터" % short_org(ag))
        doc.p("의견이 있는 분은 열람 기간 안에 서면으로 의견을 제출할 수 있습니다.")
        title = "도시관리계획 결정(변경)안 주민 열람 공고"
    else:
        doc.t("%d년 시민 참여 예산 사업 공모" % y)
        doc.p("시민이 직접 제안하고 결정하는 주민참여예산 사업을 아래와 같이 공모합니다.")
        doc.p("○ 공모 분야: 생활환경 개선, 복지, 문화ㆍ체육, 안전, 교통")
        doc.p("○ 사업 규모: 건당 5천만 원 이내")
        doc.p("○ 제안 방법: 누리집 온라인 제안 또는 행정복지센터 방문 접수")
        doc.p("○ 선정 절차: 부서 검토 → 분과위원회 심사 → 시민 투표 → 총회 의결")
        title = "%d년 시민 참여 예산 사업 공모" % y
    doc.blank()
    doc.p(kdate(y, m, d, 1), "C")
    doc.p(ag["sender"], "C", "sender")
    return finish(doc, "public", "none", [], "공고", "none", "none", "", ["no_field"], title)


def t_recruit_grade(rng, k, fmt):
    """Mention-only: civil-service grades (3급, 1급 ...) are not 비밀 grades."""
    kind = k % 4
    ag = agency(rng, ["metro", "local", "central", "edu"] if kind < 2 else ["metro", "central"])
    y = rng.randint(2022, 2026)
    doc = Doc()
    doc.flat = rng.choice(["pipe", "tab", "space"])
    if kind == 0:
        pos = rng.choice(["감사관", "정보화담당관", "대변인", "안전정책관"])
        doc.p("%s 공고 제%d-%d호" % (short_org(ag), y, rng.randint(10, 900)))
        doc.t("개방형 직위(%s) 공개모집 공고" % pos)
        doc.p("%s의 개방형 직위 %s 공개모집하오니 역량 있는 분들의 많은 지원을 바랍니다." % (ag["org"], J(pos, "를")))
        doc.table([["직위명", "직급", "임용기간", "근무예정부서"],
                   [pos, "3급 또는 4급 (부이사관ㆍ서기관)", "2년(성과에 따라 5년 범위에서 연장 가능)", pos + "실"]])
        doc.p("응시자격: 「개방형 직위 및 공모 직위의 운영 등에 관한 규정」 별표의 3급 상당 자격 기준을 충족하는 사람")
        doc.p("전형 절차: 서류전형 → 면접시험(선발시험위원회) → 임용 후보자 결정")
        cue = "3급 또는 4급 (부이사관ㆍ서기관)"
        title = "개방형 직위 공개모집 공고"
    elif kind == 1:
        doc.t("%d년도 제1회 지방공무원 공개경쟁임용시험 시행계획 공고" % y)
        doc.p("%d년도 %s 지방공무원 임용시험 시행계획을 다음과 같이 공고합니다." % (y, ag["org"].split(" ")[0]))
        rows = [["직급", "직렬(직류)", "선발 예정 인원"]]
        for g, s in [("7급", "행정(일반행정)"), ("9급", "행정(일반행정)"), ("9급", "사회복지"), ("8급", "간호"), ("9급", "공업(일반기계)")]:
            rows.append([g, s, "%d명" % rng.randint(2, 140)])
        doc.table(rows)
        doc.p("필기시험은 %d. 6. %d.(토)에 실시하며 시험 장소는 시험 7일 전에 공고합니다." % (y, rng.randint(10, 24)))
        doc.p("응시원서는 지방자치단체 인터넷원서접수센터에서만 접수합니다.")
        cue = "9급"
        title = "지방공무원 공개경쟁임용시험 시행계획 공고"
    elif kind == 2:
        doc.p(ag["org"], "C", "org")
        doc.t("인 사 발 령")
        ppl = people(rng, 5)
        doc.p("%d. %d. %d.자" % (y, rng.randint(1, 12), rng.randint(1, 28)))
        rows = [["발령 사항", "소속", "직급", "성명"],
                ["부이사관 승진임용", "기획조정실", "3급(부이사관)", ppl[0]],
                ["서기관 승진임용", "안전정책과", "4급(서기관)", ppl[1]],
                ["전보", "자치행정과장", "4급(서기관)", ppl[2]],
                ["직무대리 해제", "복지정책과", "5급(행정사무관)", ppl[3]],
                ["명예퇴직", "감사관실", "3급(부이사관)", ppl[4]]]
        doc.table(rows)
        doc.p("위와 같이 발령함.")
        doc.p(ag["sender"], "C", "sender")
        cue = "3급(부이사관)"
        title = "인사발령"
    else:
        doc.p(ag["org"], "C", "org")
        doc.t("고위공무원 및 1급 상당 직위 인사 안내")
        n1, n2 = people(rng, 2)
        doc.p("□ 기획조정실장(1급, 관리관) %s 임명" % n1)
        doc.p("  ○ 주요 경력: 예산담당관, 정책기획관, 대변인 등 역임")
        doc.p("□ 비상안전기획관(고위공무원 나급) %s 전보" % n2)
        doc.p("  ○ 종전 소속: 재난협력실 안전정책국장")
        doc.p("□ 발령일: %d. %d. 1." % (y, rng.randint(1, 12)))
        cue = "1급, 관리관"
        title = "고위공무원 인사 안내"
    return finish(doc, "public", "none", [], "인사ㆍ채용", "mention_grade", "mention_body", cue, ["mention_only"], title)


def t_security_guide(rng, k, fmt):
    """Mention-only: training material that explains 대외비 / 비밀 markings."""
    ag = agency(rng, ["central", "metro", "local", "soe", "agency", "edu"])
    y = rng.randint(2021, 2026)
    doc = Doc()
    doc.flat = rng.choice(["pipe", "tab"])
    kind = k % 5
    if kind == 0:
        doc.t("보안업무 담당자 실무 교육 자료")
        doc.p("%s 보안담당관실 / %d년 %d월" % (ag["org"], y, rng.randint(2, 11)), "C")
        doc.p("1. 비밀의 구분")
        doc.p("  ○ 「보안업무규정」 제4조는 비밀을 중요도에 따라 Ⅰ급비밀, Ⅱ급비밀, Ⅲ급비밀로 나눈다.")
        doc.p("  ○ 누설되면 국가안전보장에 손해를 끼칠 우려가 있는 것은 Ⅲ급비밀로 분류한다.")
        doc.p("2. 대외비")
        doc.p("  ○ 비밀은 아니지만 공개되면 업무 수행에 지장을 주는 사항은 '대외비'로 지정하여 비밀에 준하여 관리한다.")
        doc.p("  ○ 대외비 문서는 표지와 각 면의 위ㆍ아래 가운데에 '대외비'를 표시하고, 보호기간을 함께 적는다.")
        doc.p("3. 예고문과 사본번호")
        doc.p("  ○ 예고문 기재 예시: \"2027. 12. 31.까지 Ⅲ급비밀, 이후 일반문서로 재분류\"")
        doc.p("  ○ 사본을 여러 부 만들 때에는 각 사본에 사본번호(예: 사본번호 2/5)를 부여하고 배부처를 관리대장에 기록한다.")
        doc.p("4. 자주 틀리는 사례")
        doc.p("  ○ 일반 문서에 관행적으로 '대외비'를 찍는 경우 → 지정 요건을 검토한 뒤 표시")
        doc.p("  ○ 보호기간이 지난 대외비를 계속 대외비로 보관하는 경우 → 재분류 절차 이행")
        cue = "Ⅲ급비밀"
        title = "보안업무 담당자 실무 교육 자료"
    elif kind == 1:
        doc.t("연말 보안점검 자율 점검표")
        doc.p("부서명: ____________   점검자: ____________   점검일: ____. __. __.")
        rows = [["번호", "점검 항목", "예", "아니오"],
                ["1", "대외비 문서를 일반 문서와 분리하여 잠금장치가 있는 용기에 보관하고 있는가", "□", "□"],
                ["2", "비밀 관리기록부와 실제 보관 비밀의 수량이 일치하는가", "□", "□"],
                ["3", "보호기간이 지난 대외비를 재분류하거나 파기하였는가", "□", "□"],
                ["4", "업무용 PC의 화면보호기와 부팅 비밀번호를 설정하였는가", "□", "□"],
                ["5", "이동식 저장매체를 등록하여 사용하고 있는가", "□", "□"]]
        doc.table(rows, [1, 8, 1, 1])
        doc.p("※ '아니오'에 표시한 항목은 12월 말까지 조치하고 결과를 보안담당관에게 알려 주시기 바랍니다.")
        cue = "대외비 문서를 일반 문서와 분리하여"
        title = "연말 보안점검 자율 점검표"
    elif kind == 2:
        doc.t("신규 임용자 보안 교육 - 문서 보안 편")
        doc.p("□ 우리 기관에서 자주 쓰는 보안 표시")
        doc.p("  ◦ 대외비: 외부에 알려지면 업무에 지장을 주는 자료. 예) 감사 착수 전 계획, 입찰 예정가격 산정 자료")
        doc.p("  ◦ 비밀(Ⅲ급): 국가안전보장과 관련된 자료로, 비밀취급 인가를 받은 사람만 다룰 수 있음")
        doc.p("□ 이런 표시가 있는 문서를 받았다면")
        doc.p("  ◦ 복사하거나 메신저로 전달하지 말고, 부서 보안담당자에게 인계 방법을 확인할 것")
        doc.p("  ◦ 출력물은 퇴근 전 반드시 잠금 캐비닛에 넣을 것")
        doc.p("□ 표시 방법은 「보안업무규정 시행규칙」 별표를 참고")
        cue = "비밀(Ⅲ급)"
        title = "신규 임용자 보안 교육"
    elif kind == 3:
        doc.t("보안업무 질의응답 모음")
        doc.p("Q1. 대외비도 비밀인가요?")
        doc.p("A. 대외비는 「보안업무규정」상 비밀은 아니며 같은 규정 시행규칙에 따라 비밀에 준하여 보호합니다. 따라서 비밀취급 인가 없이도 업무상 필요한 사람은 열람할 수 있습니다.")
        doc.p("Q2. 대외비 문서에 보호기간을 꼭 적어야 하나요?")
        doc.p("A. 네. '대외비(보호기간: ○○○○. ○○. ○○.까지)'처럼 적고, 기간이 지나면 일반문서로 재분류합니다.")
        doc.p("Q3. 3급 비밀과 공무원 3급은 관계가 있나요?")
        doc.p("A. 없습니다. 비밀 등급(Ⅰ~Ⅲ급)과 공무원 직급은 전혀 다른 개념입니다.")
        doc.p("Q4. 사본번호는 언제 붙이나요?")
        doc.p("A. 비밀을 복제하거나 여러 부를 배부할 때 각 부마다 번호를 부여합니다.")
        cue = "대외비(보호기간: ○○○○. ○○. ○○.까지)"
        title = "보안업무 질의응답 모음"
    else:
        doc.t("문서 파기 요령 안내")
        doc.p("1. 보존기간이 끝난 일반 문서는 기록물 평가를 거쳐 파기합니다.")
        doc.p("2. 대외비와 비밀 문서는 세단기로 파쇄하되, 비밀은 파기 확인서를 작성하고 입회자가 서명합니다.")
        doc.p("3. 개인정보가 포함된 서류는 「개인정보 보호법」 제21조에 따라 복원할 수 없도록 파기하고 파기 대장에 기록합니다.")
        doc.p("4. 전자문서는 저장매체 완전삭제 프로그램을 사용하고, 고장 난 하드디스크는 물리적으로 파괴합니다.")
        cue = "대외비와 비밀 문서는 세단기로 파쇄하되"
        title = "문서 파기 요령 안내"
    doc.footer = "%s 보안담당관" % ag["org"] if rng.random() < 0.5 else None
    return finish(doc, "public", "none", [], "교육자료", "mention_marking", "mention_body", cue, ["mention_only"], title)


def t_foi_guide(rng, k, fmt):
    """Mention-only: 정보공개 guide quoting field spellings."""
    ag = agency(rng, ["central", "metro", "local", "agency"])
    y = rng.randint(2021, 2026)
    doc = Doc()
    doc.flat = rng.choice(["pipe", "tab", "space"])
    kind = k % 4
    if kind == 0:
        doc.t("결재문서 공개구분 지정 요령")
        doc.p("○ 기안문의 결문에는 공개구분을 반드시 적어야 합니다(「행정업무의 운영 및 혁신에 관한 규정 시행규칙」 별지 제1호서식).")
        doc.p("○ 적는 방법")
        doc.table([["구분", "표시 예", "비고"],
                   ["공개", "공개", "원문정보공개시스템에 자동 공개"],
                   ["부분공개", "부분공개(6)", "괄호 안에 법 제9조 제1항의 호 번호"],
                   ["비공개", "비공개(제9조 제1항 제5호)", "호를 여러 개 적을 때는 쉼표로 구분"]])
        doc.p("○ 흔한 실수: 내부 검토 단계가 끝났는데도 비공개(5)를 그대로 두는 경우, 담당자 이름만 있는데 부분공개(6)로 지정하는 경우")
        cue = "부분공개(6)"
        title = "결재문서 공개구분 지정 요령"
    elif kind == 1:
        doc.t("%d년 정보공개 청구 처리 현황" % (y - 1))
        doc.p("%s 정보공개 담당" % ag["org"], "C")
        tot = rng.randint(900, 4000)
        a, b = int(tot * 0.78), int(tot * 0.15)
        doc.table([["구분", "건수", "비율"], ["전부공개", str(a), "%.1f%%" % (100.0 * a / tot)], ["부분공개", str(b), "%.1f%%" % (100.0 * b / tot)],
                   ["비공개", str(tot - a - b), "%.1f%%" % (100.0 * (tot - a - b) / tot)]])
        doc.p("비공개 사유별로는 제9조 제1항 제6호(개인정보)가 가장 많았고, 제5호(의사결정 과정), 제7호(법인 경영ㆍ영업상 비밀) 순이었다.")
        doc.p("부분공개 결정 가운데 상당수는 제3자의 성명과 연락처만 가리고 공개한 것으로, 청구인의 이의신청은 %d건이었다." % rng.randint(3, 40))
        cue = "제9조 제1항 제6호(개인정보)"
        title = "정보공개 청구 처리 현황"
    elif kind == 2:
        doc.t("비공개 대상 정보 세부 기준(발췌)")
        doc.p("제5호 관련")
        doc.p("  - 감사ㆍ감독 계획 중 착수 전 단계의 대상 기관과 일정 → 비공개(5)")
        doc.p("  - 입찰 예정가격 산정 자료 → 계약 체결 전까지 비공개")
        doc.p("제6호 관련")
        doc.p("  - 민원인의 성명, 주소, 연락처 → 부분공개(6)로 처리하고 나머지는 공개")
        doc.p("제4호 관련")
        doc.p("  - 수사 중인 사건의 관련 자료 → 비공개(4)")
        doc.p("※ 위 기준은 예시이며, 실제 결정은 공개 시의 이익과 비공개 이익을 비교하여 개별적으로 판단합니다.")
        cue = "비공개(4)"
        title = "비공개 대상 정보 세부 기준"
    else:
        doc.t("정보공개 담당자 질의 회신 사례")
        doc.p("【질의】 결문의 공개구분에 '비공개 (9조1항5호)'처럼 적어도 되는지?")
        doc.p("【회신】 표기 형식이 통일되지 않으면 원문공개 시스템에서 잘못 분류될 수 있으므로 '비공개(5)' 또는 '비공개(제9조 제1항 제5호)'처럼 일관되게 적는 것이 바람직함. "
              "여러 호에 해당하면 '부분공개(5,6)'과 같이 적음.")
        doc.p("【질의】 보도자료에도 공개구분을 적어야 하는지?")
        doc.p("【회신】 보도자료는 공개를 목적으로 작성된 문서이므로 별도 표시 없이 공개로 관리함.")
        cue = "비공개 (9조1항5호)"
        title = "정보공개 담당자 질의 회신 사례"
    return finish(doc, "public", "none", [], "안내문", "mention_field", "mention_body", cue, ["mention_only"], title)


def t_password_notice(rng, k, fmt):
    ag = agency(rng)
    y, m, d = rand_date(rng, 2021, 2026)
    doc = Doc()
    kind = k % 4
    if kind == 0:
        title = "업무용 PC 비밀번호 정기 변경 안내"
        doc.t(title)
        doc.p("정보보안 기본지침에 따라 분기마다 업무용 PC의 로그인 비밀번호를 바꾸어야 합니다. 이번 분기 변경 기한은 %s입니다." % dstr(add_days((y, m, d), 10)))
        doc.p("○ 비밀번호 작성 규칙: 영문 대소문자, 숫자, 특수문자를 섞어 9자리 이상")
        doc.p("○ 생일, 전화번호, 연속된 숫자(1234 등)는 쓰지 마십시오.")
        doc.p("○ 기한까지 바꾸지 않은 PC는 보안점검 결과에 '미흡'으로 기록됩니다.")
    elif kind == 1:
        title = "행정포털 비밀번호 정책 변경 알림"
        doc.t(title)
        doc.p("%s부터 행정포털의 비밀번호 유효기간이 90일에서 60일로 줄어듭니다." % dstr((y, m, d)))
        doc.p("비밀번호를 5회 잘못 입력하면 계정이 잠기며, 잠금 해제는 소속 부서 정보화 담당자에게 요청하시기 바랍니다.")
        doc.p("문의: %s 정보화담당 (%s)" % (ag["org"], tel(rng, ag)))
    elif kind == 2:
        title = "[긴급] 피싱 메일 주의 및 비밀번호 재설정 요청"
        doc.t(title)
        doc.p("최근 '급여명세서 확인' 제목으로 가짜 로그인 화면을 띄우는 메일이 여러 기관에 유포되고 있습니다.")
        doc.p("해당 메일의 링크를 눌러 비밀번호를 입력한 적이 있다면 즉시 전자우편 비밀번호를 바꾸고 정보보호 담당 부서에 알려 주십시오.")
        doc.p("기관은 어떠한 경우에도 메일로 비밀번호를 묻지 않습니다.")
    else:
        title = "청사 무선랜 접속 비밀번호 교체 알림"
        doc.t(title)
        doc.p("보안 강화를 위하여 청사 내부 무선랜(업무용, 방문객용)의 접속 비밀번호를 교체합니다.")
        doc.p("교체 일시: %s 18:00 이후 / 새 비밀번호는 부서 서무 담당자를 통해 개별 안내합니다." % dstr((y, m, d)))
        doc.p("방문객용 무선랜 비밀번호는 1층 안내데스크에 비치합니다.")
    doc.blank()
    doc.p("%s %s" % (ag["org"], rng.choice(["정보화담당관", "정보보호팀", "정보통신과", "전산팀"])), "R")
    return finish(doc, "public", "none", [], "안내문", "mention_password", "mention_body", "비밀번호", ["mention_only"], title)


REPORT_SUBJ = [
    ("%d년 전통시장 활성화 지원 추진계획", ["전통시장 이용객 감소와 상인 고령화로 시장 경쟁력 약화", "주차장ㆍ아케이드 등 기반시설 노후"],
     ["시설 현대화: 아케이드 보수 2개소, 공영주차장 1개소 확충", "온라인 판로: 시장별 배달앱 입점 지원 및 홍보", "상인 교육: 디지털 결제, 위생 관리 교육 연 4회"]),
    ("%d년 공공도서관 운영 활성화 계획", ["작은도서관 이용률 편차가 크고 야간 이용 수요 증가", "노후 장서 비율 30% 초과"],
     ["야간ㆍ주말 개관 시간 연장(평일 22시까지)", "상호대차 서비스 전 관내 도서관으로 확대", "장서 개발: 신간 구입 예산 15% 증액"]),
    ("%d년 청소년 진로체험 지원 계획", ["진로체험처가 도심에 몰려 있어 읍ㆍ면 학생 참여 저조"],
     ["찾아가는 진로버스 운영(연 40회)", "지역 기업ㆍ기관 체험처 60곳 추가 발굴", "진로체험 안전관리 매뉴얼 배포"]),
    ("%d년 탄소중립 생활 실천 추진계획", ["가정ㆍ상업 부문 온실가스 배출 비중이 높음", "시민 참여 프로그램이 일회성 행사에 그침"],
     ["탄소중립 포인트제 가입 확대(목표 2만 가구)", "공공청사 태양광 설비 3개소 설치", "1회용품 줄이기 협약 업소 확대"]),
    ("%d년 관광 수용태세 개선 계획", ["외국인 관광객 증가에 비해 다국어 안내 부족", "관광지 화장실ㆍ쉼터 등 편의시설 노후"],
     ["관광안내판 다국어 표기 정비 120개", "관광지 공중화장실 리모델링 8개소", "관광택시 운영 및 친절교육"]),
]


def t_report_numbering(rng, k, fmt):
    """Mention-only: roman-numeral section numbering (Ⅲ.) in a public plan."""
    subj, issues, plans = REPORT_SUBJ[k % len(REPORT_SUBJ)]
    ag = agency(rng, ["metro", "local", "edu"])
    y = rng.randint(2021, 2026)
    title = subj % y
    doc = Doc()
    doc.flat = rng.choice(["pipe", "tab"])
    roman = ["Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", "Ⅴ"] if rng.random() < 0.7 else ["I", "II", "III", "IV", "V"]
    doc.t(title)
    doc.p("%s %s" % (short_org(ag), rng.choice(ag["depts"])), "R")
    doc.blank()
    doc.p("%s. 추진 배경" % roman[0], "L", "head")
    doc.p("○ 민선 자치 %s 공약 및 %d년 주요업무계획에 따른 후속 조치" % (rng.choice(["8기", "9기"]), y))
    doc.p("%s. 현황 및 문제점" % roman[1], "L", "head")
    for s in issues:
        doc.p("○ " + s)
    doc.p("%s. 추진 계획" % roman[2], "L", "head")
    for i, s in enumerate(plans):
        doc.p("%d. %s" % (i + 1, s))
    doc.p("%s. 소요 예산" % roman[3], "L", "head")
    doc.table([["사업명", "예산(백만원)", "재원"]] + [[p.split(":")[0], str(rng.randint(30, 900)), rng.choice(["시비", "국비 50%, 시비 50%", "도비"])] for p in plans])
    doc.p("%s. 행정 사항" % roman[4], "L", "head")
    doc.p("○ 분기별 추진 실적 점검 및 결과 공개")
    cue = "%s. 추진 계획" % roman[2]
    g = rng.choice([None, "공개"])
    if g:
        doc.blank()
        doc.table(approval_rows(signers(rng, ag), [["공개여부", g]]), None, "approval")
    return finish(doc, "public", "none", [], "계획보고서", "mention_numbering", "mention_body", cue, ["mention_only"] + (["stated:public"] if g else []), title)


def t_placeholder_form(rng, k, fmt):
    ag = agency(rng, ["central", "metro", "local", "agency"])
    doc = Doc()
    doc.flat = rng.choice(["pipe", "tab", "bar"])
    kind = k % 4
    if kind == 0:
        title = "정보공개 청구서 작성 예시"
        doc.t(title)
        doc.p("※ 아래는 작성 요령을 보여 주기 위한 예시입니다.", "L", "small")
        doc.table([["청구인", "성명(법인명 등)", "홍길동", "주민등록번호", "000000-0000000"],
                   ["", "주소", "○○시 ○○구 ○○로 00", "전화번호", "010-0000-0000"],
                   ["청구 내용", "2025년 ○○사업 추진 결과 보고서 1부"],
                   ["공개 방법", "□열람ㆍ시청 □사본ㆍ출력물 ■전자파일 □복제ㆍ인화물"]])
        doc.p("- 주민등록번호는 수수료 감면 대상인 경우에만 적습니다.")
        cue = "홍길동"
    elif kind == 1:
        title = "개인정보 수집ㆍ이용 동의서(예시)"
        doc.t(title)
        doc.p("%s 교육 신청 접수를 위하여 아래와 같이 개인정보를 수집ㆍ이용하고자 합니다." % J(ag["org"], "은"))
        doc.table([["수집 항목", "이용 목적", "보유 기간"], ["성명, 연락처, 소속", "교육 신청 확인 및 안내", "교육 종료 후 1년"]])
        doc.p("위 내용에 동의합니다.    □ 동의함  □ 동의하지 않음")
        doc.p("작성 예) 성명: 홍길동 (서명)   연락처: 010-1234-5678")
        cue = "홍길동"
    elif kind == 2:
        title = "주민등록표 열람ㆍ교부 신청서 기재 요령"
        doc.t(title)
        doc.p("1. 신청인란에는 본인의 성명과 주민등록번호를 모두 적습니다. (예: 홍길동, 900101-1******)")
        doc.p("2. 대상자와의 관계란에는 본인, 세대원, 위임 등을 적습니다.")
        doc.p("3. 위임하는 경우 위임장과 위임자의 신분증 사본을 함께 냅니다.")
        doc.p("4. 수수료: 열람 무료, 교부 1통 400원(인터넷 발급 무료)")
        cue = "홍길동, 900101-1******"
    else:
        title = "여권 발급 신청서 작성 안내"
        doc.t(title)
        doc.p("■ 한글 성명: 홍길동  ■ 로마자 성명: HONG GILDONG")
        doc.p("■ 주민등록번호: 000000-0000000 (예시)")
        doc.p("■ 긴급연락처: 국내에 있는 가족의 이름과 전화번호를 적습니다.")
        doc.p("■ 사진: 최근 6개월 이내 촬영한 가로 3.5cm, 세로 4.5cm 컬러 사진")
        doc.p("※ 예시에 쓰인 인적사항은 실제 정보가 아닙니다.")
        cue = "홍길동"
    return finish(doc, "public", "none", [], "서식", "mention_placeholder", "mention_body", cue, ["mention_only", "placeholder_person"], title)


def t_declass_notice(rng, k, fmt):
    ag = agency(rng, ["central", "metro", "soe"])
    dept = sec_dept(ag)
    date = rand_date(rng, 2022, 2026)
    doc = Doc()
    doc.flat = rng.choice(["pipe", "tab"])
    items = [["관리번호", "문서 제목", "종전 등급", "조치"]]
    titles = ["비상대비 자원관리 세부계획", "청사 방호 계획(구판)", "을지연습 상황조치 계획", "국가기반시설 현황", "전시 행정 운영 지침"]
    rng.shuffle(titles)
    for i in range(3):
        items.append(["%d-%03d" % (date[0] - rng.randint(3, 6), rng.randint(1, 200)), titles[i], rng.choice(["Ⅲ급비밀", "대외비", "Ⅱ급비밀"]),
                      rng.choice(["일반문서로 재분류", "파기", "일반문서로 재분류"])])
    body = ["1. 관련: 「보안업무규정」 및 같은 규정 시행규칙(비밀의 재분류)",
            "2. 우리 %s에서 보관 중인 비밀 및 대외비 가운데 예고문에 따른 보호기간이 끝난 문서를 아래와 같이 재분류ㆍ파기하였음을 알려 드립니다." % ("부" if ag["kind"] == "central" else "기관"),
            "3. 각 배부처에서는 보관 중인 사본을 같은 기준에 따라 정리하고 비밀관리기록부를 정정하여 주시기 바랍니다."]
    gongmun(doc, rng, ag, dept, "보호기간 만료 비밀 재분류 결과 통보", body, recipient="배부처 참조", date=date,
            gonggae="공개", gstyle=rng.choice(["slash", "line"]), end=False,
            tail_lines=None)
    # place the table right after the body (before 결문)
    idx = next(i for i, b in enumerate(doc.blocks) if b[0] == "p" and b[1].startswith("3. 각 배부처"))
    doc.blocks.insert(idx + 1, ["table", items, [2, 5, 2, 3], "grid"])
    doc.blocks.insert(idx + 2, ["p", "  끝.", "L", "body"])
    return finish(doc, "public", "none", [], "통보문", "mention_declass", "mention_body", items[1][2], ["mention_only", "stated:public"],
                  "보호기간 만료 비밀 재분류 결과 통보")


def t_cover_letter(rng, k, fmt):
    ag = agency(rng, ["central", "metro", "police"])
    dept = sec_dept(ag)
    date = rand_date(rng, 2021, 2026)
    grade = ["3급 비밀", "Ⅲ급비밀", "Ⅱ급 비밀"][k % 3]
    what = rng.choice(["%d년 충무계획 시행계획(안)" % (date[0] + 1), "국가중요시설 방호 보강 계획", "비상연락망 운영 계획"])
    doc = Doc()
    body = ["1. 관련: %s-%d(%s)" % (dept, rng.randint(100, 999), dstr(add_days(date, -20))),
            "2. 위 호와 관련하여 %s 붙임과 같이 송부합니다." % J(what, "을"),
            "3. 다만, 붙임 문서는 %s에 해당하므로 이 공문에 첨부하지 아니하고 비밀 취급 인가를 받은 연락관을 통하여 별도로 전달할 예정입니다." % grade,
            "4. 수령 후에는 비밀관리기록부에 등재하고 인수증을 회신하여 주시기 바랍니다."]
    gongmun(doc, rng, ag, dept, "%s 송부" % what, body, attach=["%s 1부(별도 송부)." % what], recipient="수신자 참조", date=date,
            gonggae="공개", gstyle=rng.choice(["slash", "line"]))
    return finish(doc, "public", "none", [], "공문(송부)", "mention_cover", "mention_body", grade, ["mention_only", "stated:public"], "%s 송부" % what)


def t_audit_summary_public(rng, k, fmt):
    ag = agency(rng, ["metro", "local", "soe", "agency", "edu"])
    y = rng.randint(2021, 2026)
    doc = Doc()
    doc.flat = rng.choice(["pipe", "tab", "space"])
    title = "%d년 정기 보안감사 결과(공개용 요약)" % (y - 1)
    doc.t(title)
    doc.p("%s %s" % (ag["org"], rng.choice(["감사실", "감사담당관", "보안담당관"])), "R")
    doc.p("1. 감사 개요: %d. %d. ~ %d. %d., 본부 및 소속기관 %d개 부서" % (y - 1, rng.randint(3, 9), y - 1, rng.randint(10, 11), rng.randint(8, 30)))
    doc.p("2. 주요 지적 사항")
    doc.table([["분야", "지적 내용", "건수", "조치"],
               ["문서보안", "대외비 문서 보호기간 미표시", str(rng.randint(1, 5)), "시정"],
               ["문서보안", "비밀관리기록부 기재 누락", str(rng.randint(1, 3)), "주의"],
               ["정보보안", "업무용 PC 비밀번호 장기 미변경", str(rng.randint(5, 30)), "시정"],
               ["시설보안", "보호구역 출입대장 관리 소홀", str(rng.randint(1, 4)), "개선"]], [2, 6, 1, 1])
    doc.p("3. 조치 결과: 지적 사항은 모두 감사 기간 중 또는 종료 후 1개월 이내에 시정 완료함.")
    return finish(doc, "public", "none", [], "감사결과", "mention_audit", "mention_body", "대외비 문서 보호기간 미표시", ["mention_only"], title)


OLD_SUBJ = [
    ("민방위 교육 실시 통보", ["1. 민방위기본법 제23조에 의거 %d년도 민방위대원 교육을 다음과 같이 실시하니 소속 대원이 빠짐없이 참석토록 조치하시기 바랍니다.",
                         "  가. 교육일시: %s 09:00", "  나. 교육장소: 읍민회관", "  다. 대상: 1~4년차 민방위대원",
                         "2. 불참자는 보충교육을 받도록 하고 그 결과를 보고하시기 바랍니다."]),
    ("국기 게양 철저", ["1. 국경일 및 기념일의 국기 게양이 저조하다는 지적이 있어 각 가정과 기관의 국기 게양을 독려하고자 합니다.",
                    "2. 각 읍ㆍ면ㆍ동에서는 이ㆍ통장 회의 시 국기 게양을 적극 홍보하고, 가로기 설치 상태를 점검하여 훼손된 것은 즉시 교체하시기 바랍니다."]),
    ("연말연시 공직기강 확립", ["1. 연말연시를 맞아 공직자의 복무 자세를 새롭게 하고자 다음 사항을 시달하니 소속 공무원에게 철저히 주지시키기 바랍니다.",
                          "  가. 근무시간 중 무단 이석 금지", "  나. 민원인에 대한 친절 봉사", "  다. 각종 선물ㆍ향응 수수 금지",
                          "2. 위반 사례 적발 시 관련 규정에 따라 엄중 문책할 방침임을 알려드립니다."]),
    ("하천 정화 운동 전개", ["1. 여름철 하천 오염을 예방하기 위하여 관내 하천 일제 정화 운동을 전개하고자 하니 적극 협조하시기 바랍니다.",
                         "  가. 일시: %s", "  나. 참여: 공무원, 새마을지도자, 주민 등", "2. 수거한 쓰레기는 분리하여 지정 장소에 모아 주시기 바랍니다."]),
    ("주민등록 일제정리 추진", ["1. 주민등록 사항과 실제 거주 사실이 다른 사례를 정리하기 위하여 일제정리 기간을 운영하오니 차질 없이 추진하시기 바랍니다.",
                          "  가. 기간: %s부터 1개월간", "  나. 방법: 이ㆍ통장을 통한 거주 사실 조사",
                          "2. 조사 결과는 읍ㆍ면ㆍ동별로 취합하여 보고하시기 바랍니다."]),
]


def t_old_style_public(rng, k, fmt):
    subj, body = OLD_SUBJ[k % len(OLD_SUBJ)]
    ag = agency(rng, ["local", "metro"])
    dept = rng.choice(ag["depts"])
    date = rand_date(rng, 1994, 2001)
    ev = add_days(date, rng.randint(7, 30))
    b2 = []
    for b in body:
        if "%d" in b:
            b = b % date[0]
        if "%s" in b:
            b = b % dstr(ev)
        b2.append(b)
    doc = Doc()
    doc.flat = rng.choice(["pipe", "space"])
    g = ["공개", "공 개", "공개"][k % 3]
    old_gongmun(doc, rng, ag, dept, subj, b2, recipient="각 읍ㆍ면ㆍ동장", date=date, gonggae=g)
    return finish(doc, "public", "none", [], "공문(구형식)", "field_public", "gyeolmun_field_old", g, ["old_style", "stated:public"], subj)


def t_checkbox_public(rng, k, fmt):
    ag = agency(rng, ["central", "metro", "local", "agency"])
    y, m, d = rand_date(rng, 2021, 2026)
    doc = Doc()
    doc.flat = rng.choice(["pipe", "tab", "bar"])
    if k % 2 == 0:
        title = "정보 공개 결정 통지서"
        doc.t(title)
        req = rng.choice(["(사)투명사회시민연대", "○○일보 사회부", "(사)지역복지네트워크", "한빛방송 보도국", "○○대학교 행정학과 연구팀"])
        info = rng.choice(["%d년도 기관장 업무추진비 집행 내역" % (y - 1), "%d년 관용차량 보유 및 운행 현황" % (y - 1),
                           "최근 3년간 위원회 개최 현황", "%d년 청사 에너지 사용량" % (y - 1)])
        doc.table([["청구인", req], ["접수일", dstr((y, m, d))], ["청구 내용", info],
                   ["공개 여부", "■ 공개 □ 부분공개 □ 비공개"], ["공개 일시", dstr(add_days((y, m, d), 10))],
                   ["공개 방법", "□열람ㆍ시청 □사본ㆍ출력물 ■전자파일 □복제ㆍ인화물"]], [1, 4])
        doc.p("귀하의 정보공개 청구에 대하여 위와 같이 결정하였음을 알려 드립니다.")
        doc.blank()
        doc.p(ag["sender"], "C", "sender")
        cue = "■ 공개 □ 부분공개 □ 비공개"
    else:
        title = "행사 개최 결과 보고"
        doc.t(title)
        doc.table([["공개여부", "■공개 □부분공개 □비공개"], ["보고일", dstr((y, m, d))], ["보고부서", rng.choice(ag["depts"])]], [1, 3])
        doc.p("1. 행사명: %s" % rng.choice(["시민 안전 체험 한마당", "지역 일자리 박람회", "도서관 독서 축제", "어린이 교통안전 교실"]))
        doc.p("2. 일시ㆍ장소: %s, %s" % (dstr(add_days((y, m, d), -7)), rng.choice(PLACES)))
        doc.p("3. 참석: 시민 약 %d명, 관계 공무원 %d명" % (rng.randint(150, 2500), rng.randint(10, 40)))
        doc.p("4. 주요 성과: 체험 부스 %d개 운영, 만족도 조사 결과 평균 %.1f점(5점 만점)" % (rng.randint(8, 40), rng.uniform(4.1, 4.8)))
        doc.p("5. 개선 사항: 주차 공간 부족, 안내 인력 추가 배치 필요")
        cue = "■공개 □부분공개 □비공개"
    return finish(doc, "public", "none", [], "정보공개결정통지서" if k % 2 == 0 else "결과보고", "checkbox_public", "checkbox_form", cue,
                  ["stated:public"], title)


def t_minutes_officials(rng, k, fmt):
    ag = agency(rng, ["metro", "local"])
    y, m, d = weekday_on_or_after(rand_date(rng, 2021, 2026))
    subj = ["집중호우 대비 관계기관 실무회의", "축제 안전관리 관계기관 회의", "도로 굴착 공사 조정 회의", "감염병 대응 협의체 정례회의"][k % 4]
    doc = Doc()
    doc.flat = rng.choice(["pipe", "tab"])
    doc.t("%s 결과" % subj)
    doc.p("□ 일시ㆍ장소: %s(%s) 15:00, %s" % (dstr((y, m, d)), wday(y, m, d), rng.choice(PLACES)))
    ppl = people(rng, 4)
    sd = sec_dept(ag)
    doc.p("□ 참석: %s %s장 %s, 관할 소방서 예방과장 %s, 관할 경찰서 경비과장 %s, 한국전력공사 지사 차장 %s 등 %d명"
          % (short_org(ag), sd, ppl[0], ppl[1], ppl[2], ppl[3], rng.randint(9, 20)))
    doc.p("□ 주요 논의 사항")
    doc.p("  ○ 기관별 비상연락망 최신화 및 상황 전파 체계 점검")
    doc.p("  ○ 취약 지점(지하차도, 하천변 산책로) 통제 기준과 판단 주체 명확화")
    doc.p("  ○ 현장 통합지원본부 설치 장소 사전 지정")
    doc.p("□ 결정 사항")
    doc.p("  ○ 통제 기준은 %s %s에서 초안을 작성하여 다음 회의에서 확정" % (short_org(ag), sd))
    doc.p("  ○ 다음 회의: %s" % dstr(add_days((y, m, d), 14)))
    return finish(doc, "public", "none", [], "회의록", "none", "none", "", ["officials_only"], "%s 결과" % subj)


def t_complaint_masked(rng, k, fmt):
    ag = agency(rng, ["local", "metro", "agency", "soe"])
    dept = rng.choice(ag["depts"])
    nm = person(rng)
    masked = mask_name(nm, k % 3)
    subj = ["보도 파손 보수 요청", "가로등 고장 신고", "버스정류장 쉘터 설치 요청", "불법 주정차 단속 요청"][k % 4]
    doc = Doc()
    date = rand_date(rng, 2021, 2026)
    body = ["1. 평소 %s 행정에 관심을 가져 주셔서 감사드립니다." % short_org(ag),
            "2. %s 님께서 국민신문고를 통해 제기하신 '%s' 민원에 대한 검토 결과를 아래와 같이 알려 드립니다." % (masked, subj),
            "  가. 현장 확인 결과 해당 지점의 시설물이 일부 훼손되어 통행에 불편이 있는 것을 확인하였습니다.",
            "  나. %s까지 보수 공사를 마칠 예정이며, 공사 기간 중에는 안내 표지를 설치하겠습니다." % dstr(add_days(date, rng.randint(10, 40))),
            "3. 답변 내용에 대하여 궁금한 점이 있으시면 %s(%s)로 연락 주시기 바랍니다." % (dept, tel(rng, ag))]
    gongmun(doc, rng, ag, dept, "민원 처리 결과 알림(%s)" % subj, body, recipient="%s 님" % masked, date=date, gonggae=None, gstyle=None)
    return finish(doc, "public", "none", [], "민원회신", "masked_person", "body_content", masked, ["masked_names"], "민원 처리 결과 알림")


def t_court_notice(rng, k, fmt):
    ag = agency(rng, ["court"])
    y, m, d = rand_date(rng, 2021, 2026)
    doc = Doc()
    kind = k % 3
    if kind == 0:
        title = "%d년 하계 휴정기 실시 안내" % y
        doc.t(title)
        doc.p("%s 법관과 직원의 휴가를 위하여 %d. 7. 2%d.부터 8. %d.까지 휴정기를 실시합니다." % (J(ag["org"], "은"), y, rng.randint(0, 8), rng.randint(5, 9)))
        doc.p("휴정기 중에도 구속 사건, 가처분 등 긴급한 사건은 정상적으로 처리합니다.")
        doc.p("민원실과 전자소송 서비스는 평소와 같이 운영합니다.")
    elif kind == 1:
        title = "법정 방청 안내"
        doc.t(title)
        doc.p("1. 재판은 공개가 원칙이며 누구든지 방청할 수 있습니다.")
        doc.p("2. 법정 안에서는 휴대전화를 끄고, 녹음ㆍ촬영을 하여서는 안 됩니다.")
        doc.p("3. 방청석이 부족한 사건은 방청권을 선착순으로 배부할 수 있습니다.")
        doc.p("4. 소년보호사건, 가사사건 등 법률에 따라 비공개로 진행하는 재판은 방청할 수 없습니다.")
    else:
        title = "전자소송 시스템 정기 점검에 따른 서비스 중단 안내"
        doc.t(title)
        doc.p("시스템 안정화를 위한 정기 점검으로 아래 시간 동안 전자소송 서비스 이용이 중단됩니다.")
        doc.p("○ 중단 일시: %s(%s) 00:00 ~ 06:00" % (dstr((y, m, d)), wday(y, m, d)))
        doc.p("○ 대상: 전자소송 누리집, 모바일 앱, 사건 검색")
        doc.p("기한이 임박한 서류는 점검 전에 미리 제출하시기 바랍니다.")
    doc.blank()
    doc.p(ag["sender"], "C", "sender")
    return finish(doc, "public", "none", [], "법원공지", "none", "none", "", ["no_field"], title)


def t_contract_public(rng, k, fmt):
    ag = agency(rng, ["local", "metro", "edu", "agency", "soe"])
    y = rng.randint(2021, 2026)
    mo = rng.randint(1, 12)
    doc = Doc()
    doc.flat = rng.choice(["pipe", "tab", "bar"])
    title = "%d년 %d월 수의계약 체결 현황" % (y, mo)
    doc.t(title)
    doc.p("「지방자치단체를 당사자로 하는 계약에 관한 법률 시행령」 제30조에 따라 수의계약 내역을 다음과 같이 공개합니다." if ag["kind"] in ("local", "metro", "edu")
          else "「공공기관의 운영에 관한 법률」에 따른 계약정보 공개 기준에 따라 수의계약 체결 현황을 공개합니다.")
    rows = [["계약명", "계약 상대자", "계약금액(원)", "계약기간", "수의계약 사유"]]
    firms = ["(주)한빛엔지니어링", "대성종합건설(주)", "(유)미래조경", "푸른환경기술(주)", "(주)세움정보통신", "동방인쇄사", "(주)새솔전기", "신영설비"]
    works = ["청사 냉난방기 정비", "공원 수목 전정 작업", "홍보물 인쇄", "CCTV 유지보수", "소규모 도로 보수", "전산장비 구매", "회의실 음향 장비 교체"]
    for i in range(rng.randint(3, 6)):
        rows.append([rng.choice(works), rng.choice(firms), won(rng.randint(3, 190) * 100000),
                     "%d.%02d.%02d.~%d.%02d.%02d." % (y, mo, rng.randint(1, 9), y, min(12, mo + rng.randint(0, 3)), rng.randint(10, 28)),
                     rng.choice(["2천만 원 이하", "소기업 1인 견적", "긴급 복구", "특허 제품"])])
    doc.table(rows, [4, 4, 3, 4, 3])
    doc.p("※ 계약 상대자의 대표자 성명과 연락처는 공개 대상에서 제외하였습니다.", "L", "small")
    return finish(doc, "public", "none", [], "계약정보공개", "none", "none", "", ["companies_only"], title)

# ======================================================================================
# PARTIAL templates
# ======================================================================================
ACTIVITIES = ["급식 봉사", "독거 어르신 말벗", "하천 환경 정화", "다문화가정 한국어 지도", "재난 현장 복구 지원", "도서관 책 정리",
              "장애인 이동 지원", "청소년 멘토링", "무료 법률 상담", "헌혈 캠페인"]


def t_award_recommend(rng, k, fmt):
    ag = agency(rng, ["local", "metro", "edu"])
    dept = rng.choice(ag["depts"])
    date = rand_date(rng, 2021, 2026)
    if ag["kind"] == "local":
        upper = AG_BY_NAME.get(ag["org"].split(" ")[0])
        rcpt_org, rcpt = (upper["org"], "%s(자치행정과장)" % upper["sender"]) if upper else ("행정안전부", "행정안전부장관(지역공동체과장)")
    elif ag["kind"] == "edu":
        rcpt_org, rcpt = "교육부", "교육부장관(교원정책과장)"
    else:
        rcpt_org, rcpt = "행정안전부", "행정안전부장관(지역공동체과장)"
    award = ["자원봉사자의 날 유공 표창", "모범시민 표창", "효행 및 장한 어버이 표창", "지역사회 발전 유공 표창", "안전문화 확산 유공 표창", "청소년 지도 유공 표창"][k % 6]
    n = rng.randint(3, 5)
    ppl = people(rng, n)
    rows = [["연번", "성명", "생년월일", "주소", "연락처", "공적 요지"]]
    for i, p in enumerate(ppl):
        rows.append([str(i + 1), p, birth_date(rng, 1948, 1995, k), citizen_address(rng, short=rng.random() < 0.5, near=ag), mobile(rng),
                     "%s %d년, 누적 %s시간" % (rng.choice(ACTIVITIES), rng.randint(3, 25), won(rng.randint(300, 6000)))])
    g = ["부분공개(6)", "부분공개(6)", "부분공개 (6)", "부분공개(제6호)", "부분공개(6)", "부분공개(6)"][k % 6]
    gst = ["slash", "line", "slash2", "yeobu", "line_colon", "slash"][k % 6]
    body = ["1. 관련: %s %s-%d(%s)" % (rcpt_org, rng.choice(["자치행정과", "지역공동체과", "민간협력과"]) if rcpt_org != "교육부" else "교원정책과",
                                       rng.randint(100, 4000), dstr(add_days(date, -30))),
            "2. 위 호와 관련하여 %d년 %s 대상자를 아래와 같이 추천합니다." % (date[0], award),
            "3. 추천 대상자는 공적 심사위원회의 사전 심사를 거쳤으며, 최근 3년 이내 같은 종류의 표창을 받은 사실이 없음을 확인하였습니다."]
    doc = Doc()
    doc.flat = rng.choice(["pipe", "tab", "space"])
    gongmun(doc, rng, ag, dept, "%d년 %s 대상자 추천" % (date[0], award), body, attach=["추천 대상자 명단 및 공적조서 1부."],
            recipient=rcpt,
            date=date, gonggae=g, gstyle=gst)
    doc.brk()
    doc.p("붙임", "L", "head")
    doc.p("추천 대상자 명단", "C", "title")
    doc.table(rows, [1, 2, 3, 6, 3, 6])
    return finish(doc, "partial", "none", ["OIDA-9-1-6"], "공문(표창추천)", "field_partial", "gyeolmun_field", g, ["stated:partial:6"],
                  "%s 대상자 추천" % award)


COMPLAINTS = [
    ("층간소음 관련 관리사무소 지도 요청", "공동주택 관리주체에 대한 지도ㆍ감독 권한 범위 안에서 해당 관리사무소에 층간소음 관리위원회 운영을 권고하였습니다."),
    ("무단 방치 차량 처리 요청", "해당 차량에 자진 처리 안내문을 부착하였으며, 기한까지 처리하지 않으면 강제 견인 절차를 진행하겠습니다."),
    ("인근 공사장 소음ㆍ분진 민원", "현장 점검 결과 방음벽 일부가 훼손된 것을 확인하여 시공사에 보수와 살수 작업 강화를 명령하였습니다."),
    ("기초연금 수급 자격 재조사 요청", "제출하신 소득ㆍ재산 자료를 다시 검토한 결과 수급 자격이 인정되어 다음 달부터 기초연금이 지급될 예정입니다."),
    ("불법 현수막 철거 요청", "민원 지점의 불법 현수막 12개를 철거하였고, 게시자에게 과태료 부과를 위한 사전 통지를 하였습니다."),
    ("학교 앞 횡단보도 신호 시간 연장 요청", "교통안전시설심의 결과 보행 신호 시간을 기존 22초에서 28초로 늘리기로 결정하였습니다."),
]


def t_complaint_named(rng, k, fmt):
    ag = agency(rng, ["local", "metro", "agency", "police", "edu"])
    dept = rng.choice(ag["depts"])
    subj, answer = COMPLAINTS[k % len(COMPLAINTS)]
    nm = person(rng)
    addr = citizen_address(rng, near=ag)
    date = rand_date(rng, 2021, 2026)
    rno = "%d%02d%02d-%07d" % (date[0], date[1], date[2], rng.randint(0, 9999999))
    body = ["1. 귀하의 가정에 평안을 기원합니다.",
            "2. 귀하께서 %s 신청하신 민원(신청번호 %s, %s)에 대한 처리 결과를 다음과 같이 알려 드립니다." % (dstr(add_days(date, -9)), rno, subj),
            "  가. 민원인: %s (%s, 연락처 %s)" % (nm, addr, mobile(rng)),
            "  나. 처리 결과: %s" % answer,
            "3. 이 처분에 이의가 있으면 처분이 있음을 안 날부터 90일 이내에 행정심판 또는 행정소송을 제기할 수 있습니다."]
    doc = Doc()
    g = [None, "부분공개(6)", "부분공개(6)", None, "부분공개 (6)", "부분공개(6)"][k % 6]
    if k % 6 == 4:
        gongmun(doc, rng, ag, dept, "민원 처리 결과 회신(%s)" % subj, body, recipient="%s 귀하 (%s)" % (nm, addr), date=date, gonggae=None, gstyle=None)
        doc.blocks.insert(0, ["box", "공개구분\n%s" % g, "R"])
        return finish(doc, "partial", "none", ["OIDA-9-1-6"], "민원회신", "field_partial", "textbox_stamp", g, ["stated:partial:6"], subj)
    gongmun(doc, rng, ag, dept, "민원 처리 결과 회신(%s)" % subj, body, recipient="%s 귀하 (%s)" % (nm, addr), date=date, gonggae=g,
            gstyle=rng.choice(["slash", "line"]))
    if g:
        return finish(doc, "partial", "none", ["OIDA-9-1-6"], "민원회신", "field_partial", "gyeolmun_field", g, ["stated:partial:6"], subj)
    return finish(doc, "partial", "none", ["OIDA-9-1-6"], "민원회신", "content_personal", "body_content", nm, ["content_only"], subj)


def t_lecturer_fee(rng, k, fmt):
    """Full RRNs + accounts in a payment record -> partial [6, PIPA-24]"""
    ag = agency(rng, ["local", "metro", "edu", "agency", "fire", "police"])
    dept = rng.choice(ag["depts"])
    date = rand_date(rng, 2021, 2026)
    doc = Doc()
    doc.flat = rng.choice(["pipe", "tab", "bar"])
    if k % 2 == 0:
        course = rng.choice(["공직자 청렴 특강", "심폐소생술 실습 교육", "개인정보 보호 실무 교육", "디지털 문해력 교실", "재난심리 지원 교육"])
        ppl = people(rng, rng.randint(2, 3))
        rows = [["성명", "주민등록번호", "강의 일시", "시간", "지급액(원)", "입금 계좌"]]
        for p in ppl:
            b, a = account(rng)
            rows.append([p, rrn(rng, 1958, 1990), dstr(add_days(date, -rng.randint(2, 10))), "%d시간" % rng.randint(1, 3),
                         won(rng.choice([150000, 200000, 300000, 400000])), "%s %s" % (b, a)])
        body = ["1. %s 외부 강사 수당을 아래와 같이 지급하고자 합니다." % course,
                "2. 수당은 「공무원 보수 등의 업무지침」의 강사수당 기준에 따라 산정하였으며, 소득세와 지방소득세를 원천징수한 후 지급합니다.",
                "3. 지급 내역"]
        g = ["부분공개(6)", "부분공개(6)", "부분공개 (6)"][k % 3]
        gongmun(doc, rng, ag, dept, "%s 외부강사 수당 지급" % course, body, recipient="내부결재", date=date, gonggae=g,
                gstyle=rng.choice(["line", "line_colon"]), sender=False, end=False)
        idx = next(i for i, b in enumerate(doc.blocks) if b[0] == "p" and b[1].startswith("3. 지급 내역"))
        doc.blocks.insert(idx + 1, ["table", rows, [2, 4, 3, 1, 2, 5], "grid"])
        doc.blocks.insert(idx + 2, ["p", "  끝.", "L", "body"])
        title = "%s 외부강사 수당 지급" % course
        cue = rows[1][1]
    else:
        rep = person(rng)
        svc = rng.choice(["청사 방역 소독 용역", "행사 영상 촬영 용역", "소규모 조경 관리 용역", "번역 및 통역 용역"])
        b, a = account(rng)
        doc.t("%s 계약서" % svc)
        doc.p("%s(이하 \"갑\"이라 한다)%s 아래 수급인(이하 \"을\"이라 한다)은 다음과 같이 용역 계약을 체결한다." % (ag["org"], J(ag["org"], "와")[len(ag["org"]):]))
        doc.table([["계약명", svc], ["계약금액", "금%s원(부가가치세 포함)" % won(rng.randint(40, 190) * 100000)],
                   ["계약기간", "%s ~ %s" % (dstr(date), dstr(add_days(date, rng.randint(30, 180))))],
                   ["을(개인사업자)", "상호: %s / 대표자: %s" % (rng.choice(["새봄방역", "푸른영상", "초록정원", "글로벌번역"]), rep)],
                   ["대표자 주민등록번호", rrn(rng, 1960, 1992)], ["사업장 주소", citizen_address(rng, near=ag)],
                   ["대금 지급 계좌", "%s %s (예금주 %s)" % (b, a, rep)]], [1, 3])
        doc.p("제1조(목적) 이 계약은 을이 갑에게 위 용역을 제공하고 갑이 그 대가를 지급하는 데 필요한 사항을 정함을 목적으로 한다.")
        doc.p("제2조(대금 지급) 갑은 을의 준공 검사 합격 후 청구를 받은 날부터 5일 이내에 대금을 지급한다.")
        doc.p("제3조(비밀 유지) 을은 용역 수행 중 알게 된 갑의 업무상 정보를 제3자에게 누설하여서는 아니 된다.")
        doc.blank()
        doc.p(kdate(*date, style=1), "C")
        doc.p("갑: %s (인)        을: %s (인)" % (ag["sender"], rep), "C")
        g = "부분공개(6)"
        doc.blank()
        doc.p("공개구분: %s" % g, "L", "small")
        title = "%s 계약서" % svc
        cue = g
    flags = ["unmasked_id", "stated:partial:6"]
    return finish(doc, "partial", "none", ["OIDA-9-1-6", "PIPA-24"], "지급조서" if k % 2 == 0 else "계약서", "field_partial",
                  "gyeolmun_field" if k % 2 == 0 else "last_line", g, flags, title)


def t_subsidy_masked(rng, k, fmt):
    ag = agency(rng, ["local", "metro"])
    dept = rng.choice(ag["depts"])
    date = rand_date(rng, 2021, 2026)
    prog = ["청년 농업인 영농정착 지원사업", "노후 슬레이트 지붕 철거 지원사업", "소상공인 간판 개선 지원사업", "어르신 틀니 지원사업", "저소득층 에너지 효율 개선 사업"][k % 5]
    ppl = people(rng, rng.randint(4, 6))
    rows = [["번호", "성명", "주민등록번호", "읍ㆍ면ㆍ동", "지원액(천원)"]]
    for i, p in enumerate(ppl):
        rows.append([str(i + 1), p, masked_rrn(rng, k), rng.choice(["읍내동", "중앙동", "신흥면", "하남읍", "서부동", "동산면"]), won(rng.randint(50, 3000))])
    doc = Doc()
    doc.flat = rng.choice(["pipe", "tab", "space"])
    doc.t("%d년 %s 대상자 선정 결과 보고" % (date[0], prog))
    doc.p("%s %s" % (short_org(ag), dept), "R")
    doc.p("1. 사업 개요")
    doc.p("  ○ 예산: %s천원(국비 %d%%, 지방비 %d%%)" % (won(rng.randint(100, 5000) * 100), 50, 50))
    doc.p("  ○ 신청: %d명 / 선정: %d명" % (len(ppl) + rng.randint(3, 20), len(ppl)))
    doc.p("2. 선정 기준: 소득 수준, 주택 노후도, 가구원 수 등을 점수화하여 고득점 순으로 선정")
    doc.p("3. 선정 대상자")
    doc.table(rows, [1, 2, 3, 2, 2])
    doc.p("4. 향후 계획: 선정 결과를 개별 통지하고 %s부터 지원금을 지급" % dstr(add_days(date, 20)))
    g = ["부분공개(6)", "부분공개(6)", "부분공개(6)", "부분공개(6)", "부분공개 (6)"][k % 5]
    sig = signers(rng, ag)
    if k % 2 == 0:
        doc.blocks.insert(1, ["table", approval_rows(sig, [["공개구분", g]]), None, "approval"])
        loc = "approval_table"
    else:
        doc.blank()
        doc.p("공개여부: %s" % g, "L", "small")
        loc = "last_line"
    return finish(doc, "partial", "none", ["OIDA-9-1-6"], "결과보고(보조금)", "field_partial", loc, g, ["masked_id", "stated:partial:6"],
                  "%s 대상자 선정 결과 보고" % prog)


def t_bid_eval(rng, k, fmt):
    ag = agency(rng, ["soe", "agency", "metro", "central"])
    dept = rng.choice(ag["depts"])
    date = rand_date(rng, 2021, 2026)
    proj = rng.choice(["차세대 민원시스템 구축", "스마트 가로등 통합관제 플랫폼 구축", "수질 자동측정망 고도화", "전자문서 유통 시스템 재구축", "교통정보센터 운영 용역"])
    firms = pick_n(rng, ["(주)한결정보기술", "다온시스템(주)", "(주)누리아이앤씨", "세명솔루션(주)", "(주)케이테크", "바른데이터(주)"], 3)
    doc = Doc()
    doc.flat = rng.choice(["pipe", "tab"])
    doc.t("%s 제안서 기술평가 결과" % proj)
    doc.p("1. 평가 개요: %s, %s, 평가위원 %d명" % (dstr(date), rng.choice(PLACES), 7))
    doc.p("2. 평가 결과")
    rows = [["업체명", "기술점수(90)", "가격점수(10)", "종합", "순위"]]
    scores = sorted([round(rng.uniform(70, 88), 2) for _ in firms], reverse=True)
    for i, (f, s) in enumerate(zip(firms, scores)):
        p = round(rng.uniform(8.5, 10), 2)
        rows.append([f, "%.2f" % s, "%.2f" % p, "%.2f" % (s + p), str(i + 1)])
    doc.table(rows)
    doc.p("3. 업체별 주요 제안 내용")
    techs = ["자체 개발한 부하분산 엔진(특허 출원 중)의 소스 구조와 단가 산정 근거", "협력사 공급 단가 및 투입 인력별 월 단가",
             "독자 알고리즘의 학습 데이터 구성과 성능 지표", "유지보수 원가 계산서(인건비ㆍ경비 세부 내역)"]
    rng.shuffle(techs)
    for f, t in zip(firms, techs):
        doc.p("  ○ %s: %s" % (f, t))
    with_names = k % 2 == 0
    if with_names:
        ev = people(rng, 4)
        doc.p("4. 평가위원(외부): %s" % ", ".join("%s(%s)" % (e, rng.choice(["○○대학교 교수", "기술사", "연구원 책임연구원", "정보시스템감리사"])) for e in ev))
        g = ["부분공개(6,7)", "부분공개(6, 7)", "부분공개(7,6)"][k % 3]
        reasons = ["OIDA-9-1-6", "OIDA-9-1-7"]
        st = "stated:partial:6,7"
    else:
        g = "부분공개(7)"
        reasons = ["OIDA-9-1-7"]
        st = "stated:partial:7"
    doc.blank()
    sig = signers(rng, ag)
    doc.table(approval_rows(sig, [["공개구분", g], ["보존기간", "10년"]]), None, "approval")
    return finish(doc, "partial", "none", reasons, "평가결과", "field_partial", "approval_table", g, [st], "%s 제안서 기술평가 결과" % proj)


def t_audit_partial(rng, k, fmt):
    ag = agency(rng, ["metro", "local", "edu", "soe", "agency"])
    dept = [d for d in ag["depts"] if "감사" in d]
    dept = dept[0] if dept else "감사실"
    date = rand_date(rng, 2021, 2026)
    target = rng.choice(["%s 주민센터" % rng.choice(["중앙동", "신월동", "하남동"]), "시설관리공단", "%s중학교" % rng.choice(["한빛", "새솔", "금강"]),
                         "도로관리사업소", "문화예술회관"])
    ppl = people(rng, 2)
    doc = Doc()
    doc.flat = rng.choice(["pipe", "tab"])
    findings = [("보조금 정산 검사 소홀", "보조사업자가 제출한 정산서의 증빙 누락을 확인하지 않은 채 정산을 승인함", "주의"),
                ("물품 구매 계약 분할", "같은 물품을 여러 차례 나누어 수의계약하여 경쟁입찰 절차를 피함", "징계(경징계)"),
                ("초과근무수당 부당 수령", "실제 근무하지 않은 시간을 초과근무로 입력하여 수당을 받음", "징계(중징계), 회수"),
                ("민원 처리기간 초과", "법정 처리기간을 넘겨 민원을 처리하면서 중간 통지를 하지 않음", "시정")]
    rng.shuffle(findings)
    doc.t("%s 종합감사 결과 처분 요구" % target)
    doc.p("1. 감사 개요: %s ~ %s / 감사반 %d명" % (dstr(add_days(date, -40)), dstr(add_days(date, -30)), rng.randint(4, 8)))
    doc.p("2. 처분 요구 사항")
    rows = [["번호", "제목", "내용", "관련자", "처분"]]
    rel_t = [staff_title(rng, ag) for _ in ppl]
    for i, (t, c, p) in enumerate(findings[:3]):
        rel = "%s %s" % (rel_t[i % 2], ppl[i % 2]) if "징계" in p or i == 0 else "-"
        rows.append([str(i + 1), t, c, rel, p])
    doc.table(rows, [1, 3, 6, 3, 2])
    if k % 2 == 0:
        g = "부분공개(5,6)"
        doc.p("3. 관련자의 재심의 신청 기간(처분 요구를 받은 날부터 1개월) 중이므로 확정 전까지 관련자 인적사항과 처분 수위는 공개하지 아니함.")
        reasons = ["OIDA-9-1-5", "OIDA-9-1-6"]
        st = "stated:partial:5,6"
    else:
        g = "부분공개(6)"
        doc.p("3. 처분 요구 사항에 대한 조치 결과는 2개월 이내에 감사부서로 제출하여 주시기 바랍니다.")
        reasons = ["OIDA-9-1-6"]
        st = "stated:partial:6"
    doc.blank()
    doc.p("%s %s" % (ag["org"], dept), "R")
    doc.p("공개구분 : %s" % g, "R", "small")
    return finish(doc, "partial", "none", reasons, "감사결과", "field_partial", "last_line", g, [st], "%s 종합감사 결과 처분 요구" % target)


def t_minutes_private(rng, k, fmt):
    ag = agency(rng, ["metro", "local"])
    date = weekday_on_or_after(rand_date(rng, 2021, 2026))
    com = ["도시계획위원회", "지방보조금심의위원회", "교육환경보호위원회", "건축위원회", "공공디자인 진흥위원회"][k % 5]
    agenda = ["○○지구 지구단위계획 변경(안)", "%d년 민간단체 보조사업 선정(안)" % (date[0] + 1), "○○초 교육환경보호구역 내 금지시설 해제 심의",
              "공동주택 건축 심의(지하 2층, 지상 18층)", "○○로 가로시설물 디자인 개선(안)"][k % 5]
    members = people(rng, 5)
    aff = ["○○대학교 도시공학과 교수", "건축사", "시민단체 활동가", "변호사", "주민 대표", "감정평가사", "초등학교 학부모"]
    doc = Doc()
    doc.flat = rng.choice(["pipe", "tab", "space"])
    doc.t("제%d차 %s 회의록" % (rng.randint(2, 14), com))
    doc.p("□ 일시: %s(%s) 14:00 ~ 16:40   □ 장소: %s" % (dstr(date), wday(*date), rng.choice(PLACES)))
    rng.shuffle(aff)
    doc.p("□ 참석 위원: " + ", ".join("%s(%s)" % (m, a) for m, a in zip(members, aff)))
    doc.p("□ 안건: %s" % agenda)
    doc.p("□ 주요 발언")
    says = [["교통영향 분석에서 출퇴근 시간 교차로 대기 길이가 과소 추정된 것 같다. 보완 자료를 요청한다.",
             "용적률 완화의 공공기여 비율이 너무 낮다.", "인근 주민 설명회 결과가 빠져 있다. 반대 의견이 있었는지 확인이 필요하다.",
             "조건부 의결로 하되 보행 동선 계획을 다시 제출받는 것이 좋겠다."],
            ["사업 목적에는 공감하지만 예산 대비 수혜 인원이 적어 효과가 의문이다.", "같은 단체가 3년 연속 선정되는 것은 바람직하지 않다.",
             "정산 보고서 지적 사항을 시정한 단체만 선정 대상에 포함해야 한다.", "신규 단체 가점 기준을 분명히 해 달라."],
            ["해당 시설과 학교 출입문 사이 거리 측정 자료가 부정확하다.", "학부모 의견 수렴 결과를 먼저 들어야 한다.",
             "영업시간 제한 조건을 붙여 해제하는 방안을 검토하자.", "유사 사례의 심의 결과와 형평성을 맞춰야 한다."],
            ["저층부 상가 배치로 보행 환경이 나빠질 우려가 있다.", "조건부 의결로 하되 경관 계획을 다시 제출받는 것이 좋겠다.",
             "지하주차장 진출입로가 어린이보호구역과 너무 가깝다.", "일조 분석 자료가 인접 단지를 반영하지 않았다."],
            ["가로시설물 색채가 주변 건축물과 어울리지 않는다.", "시범 구간을 먼저 설치한 뒤 확대하는 것이 좋겠다.",
             "유지관리 비용 추정이 빠져 있다.", "안건 자료를 너무 늦게 받아 충분히 검토하지 못했다. 다음부터는 일주일 전에 보내 달라."]][k % 5]
    rng.shuffle(says)
    for m, s in zip(members[:4], says):
        doc.p("  ○ %s 위원: %s" % (m, s))
    doc.p("□ 의결 결과: %s" % rng.choice(["조건부 가결", "원안 가결", "재심의", "보류"]))
    g = ["부분공개(6)", "■부분공개 □비공개", "부분공개(6)", "부분공개 (6)", "부분공개(6)"][k % 5]
    if g.startswith("■"):
        doc.blocks.insert(1, ["table", [["공개 여부", "□공개 " + g], ["비공개 사유", "위원 개인정보(정보공개법 제9조 제1항 제6호)"]], [1, 4], "grid"])
        loc = "checkbox_form"
    else:
        doc.blank()
        doc.p("※ 공개구분: %s — 위원 성명 및 소속은 가림 처리 후 공개" % g, "L", "small")
        loc = "last_line"
    return finish(doc, "partial", "none", ["OIDA-9-1-6"], "회의록", "field_partial", loc, g, ["stated:partial:6"], "%s 회의록" % com)


def t_accident_report(rng, k, fmt):
    ag = agency(rng, ["local", "edu", "fire", "soe", "metro"])
    dept = rng.choice(ag["depts"])
    date = rand_date(rng, 2021, 2026)
    v = person(rng)
    age = rng.randint(8, 82)
    cases = [("공원 놀이시설 추락 사고", "미끄럼틀 상단 난간 틈으로 떨어져 왼쪽 팔꿈치 골절", "정형외과 수술 후 입원 치료 중"),
             ("보도블록 들뜸으로 인한 보행자 넘어짐", "넘어지면서 얼굴 부위 열상 및 앞니 파절", "봉합 후 통원 치료"),
             ("체육 수업 중 학생 부상", "뜀틀 착지 중 오른쪽 발목 인대 파열", "깁스 고정, 4주 안정 소견"),
             ("청사 주차장 차단기 충돌", "차단기 봉에 머리를 부딪혀 뇌진탕 의심", "CT 검사 결과 이상 없음, 귀가"),
             ("맨홀 뚜껑 이탈 사고", "보행 중 빠져 무릎 타박상 및 찰과상", "외래 치료")]
    subj, injury, status = cases[k % len(cases)]
    doc = Doc()
    doc.flat = rng.choice(["pipe", "tab", "bar"])
    body = ["1. %s 발생한 %s 아래와 같이 보고합니다." % (dstr(add_days(date, -1)), J(subj, "을")),
            "  가. 발생 일시ㆍ장소: %s %02d:%02d경, %s" % (dstr(add_days(date, -1)), rng.randint(9, 20), rng.randint(0, 59),
                                                  rng.choice(["○○근린공원", "시청 앞 보도", "본관 체육관", "지하주차장 출구", "○○사거리 인근 인도"])),
            "  나. 피해자: %s(%d세, %s, 연락처 %s)" % (v, age, rng.choice(["남", "여"]), mobile(rng)),
            "  다. 피해 정도: %s / %s" % (injury, status),
            "  라. 조치 사항: 현장 통제선 설치, 시설물 사용 중지, 영조물배상공제 사고 접수",
            "2. 향후 동일 유형의 시설물을 일제 점검하고 결과를 별도 보고하겠습니다."]
    g = ["부분공개(6)", None, "부분공개(6)", None, "부분공개(6)"][k % 5]
    rc = {"local": ag["sender"], "metro": "내부결재", "edu": "내부결재", "fire": "내부결재", "soe": "내부결재"}[ag["kind"]]
    gongmun(doc, rng, ag, dept, "%s 발생 보고" % subj, body, recipient=rc, date=date,
            gonggae=g, gstyle="slash" if g else None, sender=False)
    if g:
        return finish(doc, "partial", "none", ["OIDA-9-1-6", "PIPA-23"], "사고보고", "field_partial", "gyeolmun_field", g, ["stated:partial:6"], subj)
    return finish(doc, "partial", "none", ["OIDA-9-1-6", "PIPA-23"], "사고보고", "content_health", "body_content", injury, ["content_only"], subj)


def t_foreign_worker(rng, k, fmt):
    ag = agency(rng, ["central", "local", "agency"])
    dept = rng.choice(ag["depts"])
    date = rand_date(rng, 2021, 2026)
    names = ["NGUYEN VAN HUNG", "TRAN THI LAN", "SUBEDI RAM BAHADUR", "BATBOLD GANZORIG", "KHIN MAUNG AYE", "SOK CHANTHA", "RAHMAN MD ABDUR",
             "PHAM MINH TUAN", "DORJ ENKHBAYAR"]
    rng.shuffle(names)
    nat = {"NGUYEN": "베트남", "TRAN": "베트남", "PHAM": "베트남", "SUBEDI": "네팔", "BATBOLD": "몽골", "DORJ": "몽골", "KHIN": "미얀마",
           "SOK": "캄보디아", "RAHMAN": "방글라데시"}
    n = rng.randint(2, 4)
    rows = [["성명", "국적", "외국인등록번호", "여권번호", "사업장"]]
    for nm in names[:n]:
        rows.append([nm, nat[nm.split()[0]], frn(rng), foreign_passport(rng), rng.choice(["(주)대한정밀", "성우금속", "(유)청솔농원", "동진수산"])])
    doc = Doc()
    doc.flat = rng.choice(["pipe", "tab", "space"])
    title = ["외국인근로자 사업장 변경 신청 처리 협조", "외국인근로자 체류기간 연장 대상 통보", "고용허가제 외국인근로자 근로계약 갱신 보고",
             "외국인 계절근로자 입국 명단 송부"][k % 4]
    body = ["1. %s 관련하여 대상자 명단을 아래와 같이 송부합니다." % J(title.replace(" 협조", "").replace(" 통보", "").replace(" 보고", "").replace(" 송부", ""), "와"),
            "2. 각 대상자의 체류 자격과 고용 기간을 확인한 후 처리 결과를 회신하여 주시기 바랍니다.",
            "3. 대상자 명단"]
    g = ["부분공개(6)", "부분공개(6)", "부분공개(6)", "부분공개(6)"][k % 4]
    gongmun(doc, rng, ag, dept, title, body, recipient=rng.choice(["관할 출입국ㆍ외국인관서장", "관할 지방고용노동관서장", "수신자 참조"]), date=date,
            gonggae=g, gstyle=rng.choice(["slash", "line", "slash2"]), end=False)
    idx = next(i for i, b in enumerate(doc.blocks) if b[0] == "p" and b[1].startswith("3. 대상자 명단"))
    doc.blocks.insert(idx + 1, ["table", rows, [4, 2, 4, 3, 3], "grid"])
    doc.blocks.insert(idx + 2, ["p", "  끝.", "L", "body"])
    return finish(doc, "partial", "none", ["OIDA-9-1-6", "PIPA-24"], "공문(외국인고용)", "field_partial", "gyeolmun_field", g,
                  ["unmasked_id", "stated:partial:6"], title)


def t_driver_licence(rng, k, fmt):
    ag = agency(rng, ["local", "metro", "police", "soe"])
    dept = dept_like(ag, ["행정지원", "총무", "자치행정", "행정과", "경비", "생활안전"], "총무과") if k % 2 == 0 else dept_like(ag, ["교통", "안전", "복지"], "교통행정과")
    date = rand_date(rng, 2021, 2026)
    doc = Doc()
    doc.flat = rng.choice(["pipe", "tab"])
    ppl = people(rng, 3)
    if k % 2 == 0:
        title = "관용차량 운전원 기간제 채용 서류 심사 결과"
        doc.t(title)
        doc.p("1. 채용 분야: 관용차량 운전(대형 1종), 기간제 %d명" % 2)
        doc.p("2. 서류 심사 결과")
        rows = [["응시번호", "성명", "운전면허번호", "면허 종별", "경력", "결과"]]
        for i, p in enumerate(ppl):
            rows.append(["%d-%02d" % (date[0] % 100, i + 1), p, driver_licence(rng), rng.choice(["1종 대형", "1종 보통"]), "%d년" % rng.randint(3, 25),
                         rng.choice(["합격", "합격", "불합격(경력 미달)"])])
        doc.table(rows)
        doc.p("3. 면접 일정: %s 10:00, %s" % (dstr(add_days(date, 7)), rng.choice(PLACES)))
    else:
        title = "공영주차장 장애인 전용구역 부정 사용 과태료 부과 예고"
        doc.t(title)
        doc.p("아래 차량이 장애인전용주차구역에 주차한 사실이 확인되어 「장애인ㆍ노인ㆍ임산부 등의 편의증진 보장에 관한 법률」 제27조에 따라 과태료를 부과할 예정임을 알립니다.")
        rows = [["차량번호", "소유자", "운전면허번호", "위반 일시", "과태료(원)"]]
        for p in ppl[:2]:
            rows.append(["%d%s %04d" % (rng.randint(10, 399), rng.choice("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주"), rng.randint(1000, 9999)),
                         p, driver_licence(rng), "%s %02d:%02d" % (dstr(add_days(date, -rng.randint(3, 20))), rng.randint(7, 22), rng.randint(0, 59)), "100,000"])
        doc.table(rows)
        doc.p("의견이 있으면 %s까지 의견서를 제출할 수 있습니다." % dstr(add_days(date, 10)))
    doc.blank()
    g = "부분공개(6)"
    doc.footer = "%s %s | 공개구분 %s" % (short_org(ag), dept, g)
    return finish(doc, "partial", "none", ["OIDA-9-1-6", "PIPA-24"], "채용심사" if k % 2 == 0 else "과태료예고", "field_partial", "page_footer", g,
                  ["unmasked_id", "stated:partial:6"], title)


def t_mismatch_rrn(rng, k, fmt):
    """Printed 공개 but full RRNs and accounts -> gold follows content: partial [6, PIPA-24]."""
    ag = agency(rng, ["local", "metro", "edu", "agency"])
    dept = rng.choice(ag["depts"])
    date = rand_date(rng, 2021, 2026)
    what = ["재난지원금 지급 오류 정정 요청", "장학금 지급 대상자 계좌 등록 요청", "손실보상금 지급 의뢰", "자원봉사 실비 지급 요청", "출산장려금 지급 명단 송부"][k % 5]
    ppl = people(rng, rng.randint(2, 4))
    rows = [["성명", "주민등록번호", "은행", "계좌번호", "금액(원)"]]
    for p in ppl:
        b, a = account(rng)
        rows.append([p, rrn(rng, 1950, 2003), b, a, won(rng.choice([100000, 250000, 300000, 500000, 1200000, 2000000]))])
    body = ["1. %s과 관련하여 아래 대상자에 대한 처리를 요청합니다." % what.replace(" 요청", "").replace(" 의뢰", "").replace(" 송부", ""),
            "2. 대상자의 인적사항과 계좌는 본인이 제출한 신청서를 근거로 하였으며, 금액은 확정 통보된 내역과 일치함을 확인하였습니다.",
            "3. 대상자 내역"]
    doc = Doc()
    doc.flat = rng.choice(["pipe", "tab", "space"])
    g = ["공개", "공개", "대국민공개", "공개", "공개"][k % 5]
    gongmun(doc, rng, ag, dept, what, body, recipient=rng.choice(["재무과장", "수신자 참조", "회계과장"]), date=date, gonggae=g,
            gstyle=["slash", "line_colon", "slash", "line", "slash2"][k % 5], end=False)
    idx = next(i for i, b in enumerate(doc.blocks) if b[0] == "p" and b[1].startswith("3. 대상자 내역"))
    doc.blocks.insert(idx + 1, ["table", rows, [2, 4, 2, 4, 2], "grid"])
    doc.blocks.insert(idx + 2, ["p", "  끝.", "L", "body"])
    return finish(doc, "partial", "none", ["OIDA-9-1-6", "PIPA-24"], "공문(지급)", "mismatch_field_public", "gyeolmun_field", g,
                  ["field_content_mismatch", "unmasked_id", "stated:public"], what)


def t_checkbox_partial(rng, k, fmt):
    ag = agency(rng, ["central", "metro", "local", "agency", "police", "edu"])
    y, m, d = rand_date(rng, 2021, 2026)
    doc = Doc()
    doc.flat = rng.choice(["pipe", "tab", "bar"])
    nm = person(rng)
    addr = citizen_address(rng, near=ag)
    info = rng.choice(["%d년 ○○동 재개발 조합 설립인가 관련 서류 일체" % (y - 1), "본인이 제기한 민원의 처리 과정 기록", "○○공원 조성 공사 감리 보고서",
                       "어린이집 지도점검 결과", "학교폭력대책심의위원회 개최 결과(본인 관련)"])
    title = "정보 부분공개 결정 통지서"
    doc.t(title)
    cbx = ["□ 공개 ■ 부분공개 □ 비공개", "■부분공개 □비공개", "공개( ) 부분공개(○) 비공개( )", "□공개 ■부분공개 □비공개"][k % 4]
    doc.table([["청구인", "%s (%s)" % (nm, addr)], ["접수일", dstr((y, m, d))], ["청구 내용", info], ["결정 내용", cbx],
               ["비공개 내용 및 사유", "제3자의 성명ㆍ주소ㆍ연락처 (「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호)"],
               ["공개 일시ㆍ방법", "%s / 전자파일" % dstr(add_days((y, m, d), 10))]], [1, 4])
    doc.p("귀하의 정보공개 청구에 대하여 위와 같이 결정하였음을 알려 드립니다. 이 결정에 불복하는 경우 통지를 받은 날부터 30일 이내에 이의신청을 할 수 있습니다.")
    doc.blank()
    doc.p(ag["sender"], "C", "sender")
    return finish(doc, "partial", "none", ["OIDA-9-1-6"], "정보공개결정통지서", "checkbox_partial", "checkbox_form", cbx, ["stated:partial:6"], title)


def t_withheld_attachment(rng, k, fmt):
    ag = agency(rng, ["local", "metro"])
    dept = rng.choice(ag["depts"])
    date = rand_date(rng, 2021, 2026)
    prog = ["교통사고 유자녀 장학금 지급", "저소득 가정 아동 급식카드 발급", "위기가구 긴급 생계비 지원", "청년 월세 한시 지원", "어르신 일자리 사업 참여자 선발"][k % 5]
    doc = Doc()
    doc.flat = rng.choice(["pipe", "tab", "space"])
    forms = [("지급 대상자 명단 1부(비공개).", "attachment_line"),
             ("※ 개인정보가 포함된 붙임 2는 공개 대상에서 제외합니다.", "withheld_sentence"),
             ("붙임 2(개인별 지원 내역)는 개인정보 보호를 위해 비공개 처리함.", "withheld_sentence"),
             ("선정자 명단 1부(비공개).", "attachment_line"),
             ("※ 대상자 명단은 성명ㆍ생년월일 등 개인정보가 포함되어 있어 원문 공개 시 삭제함", "withheld_sentence")]
    cue, loc = forms[k % len(forms)]
    body = ["1. %d년 %s 계획에 따라 대상자를 선정하였기에 아래와 같이 알려 드립니다." % (date[0], prog),
            "  가. 선정 인원: %d명" % rng.randint(12, 300),
            "  나. 지원 내용: %s" % ["분기별 60만 원(고등학생 90만 원)", "1식 9,000원, 연 250일 이내", "가구원 수에 따라 73만 원 ~ 183만 원(최대 6개월)",
                                     "월 20만 원, 최대 12개월", "월 29만 원(월 30시간 활동)"][k % 5],
            "  다. 지급 시기: %s부터 매월 25일" % dstr(add_days(date, 15)),
            "2. %s 대상자에게 개별 안내하여 주시기 바랍니다." % ("각 읍ㆍ면ㆍ동에서는" if ag["kind"] == "local" else "각 시ㆍ군ㆍ구에서는")]
    if loc == "attachment_line":
        attach = ["%s 추진 계획 1부." % prog, cue]
    else:
        attach = ["%s 추진 계획 1부." % prog, "대상자 명단 1부."]
    gongmun(doc, rng, ag, dept, "%s 대상자 선정 결과 알림" % prog, body, attach=attach, recipient="수신자 참조", date=date,
            gonggae=None, gstyle=None)
    if loc == "withheld_sentence":
        idx = next(i for i, b in enumerate(doc.blocks) if b[0] == "p" and b[1].startswith("붙임"))
        doc.blocks.insert(idx + 2, ["p", cue, "L", "body"])
    doc.brk()
    doc.p("붙임 2", "L", "head")
    doc.p("대상자 명단", "C", "title")
    rows = [["연번", "성명", "생년월일", "행정동", "지원액"]]
    by0, by1 = [(2006, 2014), (2012, 2019), (1945, 1990), (1993, 2004), (1940, 1960)][k % 5]
    for i, p in enumerate(people(rng, rng.randint(4, 7), young=by0 > 1990)):
        amt = [[600000, 900000], [9000 * 250], [730000, 1190000, 1830000], [200000], [290000]][k % 5]
        rows.append([str(i + 1), p, birth_date(rng, by0, by1, k + i), rng.choice(["중앙동", "신월1동", "풍산동", "금곡동", "남부동"]),
                     "%s원" % won(rng.choice(amt))])
    doc.table(rows)
    return finish(doc, "partial", "none", ["OIDA-9-1-6"], "공문(선정결과)", "attachment_withheld", loc, cue, ["attachment_present"],
                  "%s 대상자 선정 결과 알림" % prog)


CITES_6 = ["「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호", "법 제9조①6", "9조 1항 6호", "정보공개법 제9조제1항제6호"]
CITES_7 = ["「공공기관의 정보공개에 관한 법률」 제9조 제1항 제7호", "법 제9조①7"]
CITE_PLAN = [("6", 0), ("6", 1), ("7", 0), ("6", 2), ("7", 1), ("6", 3)]


def t_law_citation_partial(rng, k, fmt):
    ag = agency(rng, ["central", "metro", "local", "agency", "soe"])
    dept = rng.choice(ag["depts"])
    date = rand_date(rng, 2021, 2026)
    doc = Doc()
    doc.flat = rng.choice(["pipe", "tab"])
    which, ci = CITE_PLAN[k % len(CITE_PLAN)]
    if which == "6":
        cite = CITES_6[ci]
        nm = person(rng)
        req = person(rng)
        title = "정보공개 이의신청 결정 통지"
        body = ["1. 귀하(청구인 %s)께서 %s 제기하신 이의신청에 대하여 정보공개심의회 심의를 거쳐 다음과 같이 결정하였음을 알려 드립니다." % (req, dstr(add_days(date, -12))),
                "2. 결정 내용: 기각(부분공개 결정 유지)",
                "3. 결정 이유: 청구 정보 중 민원 신고인 %s의 성명, 주소, 전화번호는 %s에 해당하는 개인에 관한 정보로서 공개될 경우 사생활의 비밀이 침해될 우려가 있어 이를 제외한 나머지 부분을 공개한 원 결정은 정당합니다." % (nm, cite),
                "4. 이 결정에 이의가 있는 경우 행정심판 또는 행정소송을 제기할 수 있습니다."]
        gongmun(doc, rng, ag, dept, title, body, recipient="%s 귀하" % req, date=date, gonggae=None, gstyle=None)
        reasons = ["OIDA-9-1-6"]
    else:
        cite = CITES_7[ci]
        dept = dept_like(ag, ["산업", "기업", "경제"], "기업지원과")
        firm = rng.choice(["(주)동해정밀", "한누리식품(주)", "(주)새빛에너지", "대영화학(주)"])
        title = "기업 애로사항 현장 방문 결과"
        body = ["1. %s 현장 방문 결과를 아래와 같이 보고합니다." % firm,
                "  가. 방문 일시: %s 14:00" % dstr(add_days(date, -3)),
                "  나. 애로 사항: 공장 증설 인허가 지연, 전력 인입 공사 일정",
                "  다. 회사 현황: 연 매출 %s억 원, 주요 거래처 %s, 신규 생산라인 단가 %s원/개" % (won(rng.randint(80, 3000)), rng.choice(["현대○○", "삼성○○", "LG○○"]), won(rng.randint(300, 9000))),
                "2. 회사가 제출한 생산 원가와 거래처 계약 조건은 %s에 따라 경영ㆍ영업상 비밀로 관리하고 공개 시 제외합니다." % cite,
                "3. 인허가 관련 부서와 협의하여 처리 기간을 단축하도록 하겠습니다."]
        gongmun(doc, rng, ag, dept, title, body, recipient="내부결재", date=date, gonggae=None, gstyle=None, sender=False)
        reasons = ["OIDA-9-1-7"]
    return finish(doc, "partial", "none", reasons, "이의신청결정" if which == "6" else "결과보고", "law_citation", "body_citation", cite, [], title)


def t_realestate_partial(rng, k, fmt):
    ag = agency(rng, ["metro", "local", "soe"])
    dept = rng.choice(ag["depts"])
    date = rand_date(rng, 2021, 2026)
    doc = Doc()
    doc.flat = rng.choice(["pipe", "tab"])
    zone = rng.choice(["○○역세권", "동부 산업단지 2단계", "구도심 도시재생", "○○천 수변공원"])
    title = "%s 개발사업 추진 상황 보고" % zone
    doc.t(title)
    doc.p("1. 사업 개요: 면적 %s㎡, 사업비 %s억 원, 사업 기간 %d~%d" % (won(rng.randint(50000, 900000)), won(rng.randint(300, 9000)), date[0], date[0] + 5))
    doc.p("2. 추진 경과: 기본계획 수립(%d. %d.), 주민설명회(%d. %d.)" % (date[0] - 1, rng.randint(1, 12), date[0], rng.randint(1, date[1])))
    doc.p("3. 향후 일정: 구역 지정 고시, 보상계획 공고, 감정평가")
    doc.p("4. 편입 예정 토지 현황(검토 중)")
    rows = [["지번", "지목", "면적(㎡)", "편입 여부(안)"]]
    for _ in range(rng.randint(3, 5)):
        rows.append(["%s리 %d-%d" % (rng.choice(["상", "하", "신", "내"]), rng.randint(100, 999), rng.randint(1, 20)), rng.choice(["전", "답", "대", "임야"]),
                     won(rng.randint(200, 4000)), rng.choice(["전부 편입", "일부 편입", "검토"])])
    doc.table(rows)
    g = ["부분공개(8)", "부분공개(제8호)"][k % 2]
    doc.p("※ 편입 예정 토지 목록은 구역 지정 고시 전까지 부동산 투기 우려가 있어 공개하지 않습니다. (공개구분: %s)" % g)
    return finish(doc, "partial", "none", ["OIDA-9-1-8"], "추진상황보고", "field_partial", "withheld_sentence", g, ["stated:partial:8"], title)


def t_approval_partial(rng, k, fmt):
    ag = agency(rng, ["local", "metro", "central", "edu", "agency"])
    date = rand_date(rng, 2021, 2026)
    sig = signers(rng, ag)
    doc = Doc()
    doc.flat = rng.choice(["pipe", "tab", "space"])
    subj = ["전통시장 화재 취약 점포 현장 점검", "침수 피해 우려 반지하 주택 실태 조사", "무더위쉼터 운영 실태 점검", "폐교 활용 방안 주민 의견 청취",
            "노후 교량 주변 주민 면담"][k % 5]
    title = "%s 결과 보고" % subj
    g = ["부분공개(6)", "부분공개 (6)", "부분공개(6)", "부분공개(6)", "부분공개(6)"][k % 5]
    doc.table(approval_rows(sig, [["공개여부", g]]), None, "approval")
    doc.t(title)
    doc.p("1. 점검 개요: %s, %s 외 %d명" % (dstr(date), sig[0][1], rng.randint(1, 3)))
    doc.p("2. 면담ㆍ점검 결과")
    talk = [(["점포주", "상인회 총무", "점포 임차인"], ["소화기 사용법을 몰라 교육을 원함", "전기 배선이 낡아 누전 차단기가 자주 떨어진다고 함", "통로에 적치물이 많아 정리 필요"]),
            (["세입자", "집주인", "통장"], ["배수구가 자주 막혀 비가 오면 물이 역류한다고 함", "물막이판 설치를 희망함", "창문 높이가 낮아 침수 시 탈출이 어렵다고 함"]),
            (["쉼터 관리자", "경로당 회장", "이용 어르신"], ["냉방기 한 대가 고장 나 교체 요청", "운영 시간을 저녁 8시까지 늘려 달라고 함", "생수와 부채 등 물품 지원 요청"]),
            (["이장", "주민", "학부모"], ["활용 방안으로 마을 도서관을 희망", "주차장으로 쓰자는 의견이 있음", "귀농인 교육 시설로 써 달라고 함"]),
            (["주민", "통장", "인근 상인"], ["야간 조명이 어두워 통행이 불안하다고 함", "교량 난간이 흔들린다고 함", "대형 차량 통행 제한을 요구함"])][k % 5]
    for p in people(rng, 3):
        doc.p("  ○ %s(%s, %s): %s" % (p, rng.choice(talk[0]), mobile(rng), rng.choice(talk[1])))
    doc.p("3. 조치 계획: 관련 부서 통보 및 예산 반영 검토")
    return finish(doc, "partial", "none", ["OIDA-9-1-6"], "결과보고", "field_partial", "approval_table", g, ["stated:partial:6"], title)


def t_trade_partial(rng, k, fmt):
    ag = agency(rng, ["central", "agency", "metro"])
    dept = rng.choice(ag["depts"])
    date = rand_date(rng, 2021, 2026)
    firm = rng.choice(["(주)가람테크", "신성바이오(주)", "(주)태웅기계", "미래소재(주)", "(주)온새미로"])
    doc = Doc()
    doc.flat = rng.choice(["pipe", "tab"])
    kind = k % 3
    if kind == 0:
        title = "연구개발 과제 중간평가 결과 통보"
        body = ["1. %s 수행 중인 '%s' 과제의 중간평가 결과를 알려 드립니다." % (J(firm, "이"), rng.choice(["고효율 열교환기 소재 개발", "차세대 배터리 분리막 양산 공정", "스마트팜 생육 제어 알고리즘"])),
                "2. 평가 결과: 계속 지원(종합 %d점)" % rng.randint(70, 92),
                "3. 평가위원 의견: 목표 성능 대비 %d%% 달성, 공정 수율 %d%%, 핵심 소재 배합비(%s)는 기존 대비 원가를 %d%% 낮춤" % (rng.randint(70, 98), rng.randint(60, 95), "A:B:C = %d:%d:%d" % (rng.randint(1, 9), rng.randint(1, 9), rng.randint(1, 9)), rng.randint(5, 30)),
                "4. 협약에 따라 2차 연도 연구비를 지급할 예정입니다."]
    elif kind == 1:
        title = "수입 원료 관세 감면 질의 회신"
        body = ["1. %s의 질의에 대하여 다음과 같이 회신합니다." % firm,
                "2. 질의 요지: 수입 원료(HS %04d.%02d)의 연간 수입량 %s톤, 공급선 %s와의 단가 계약(톤당 미화 %s달러)이 감면 대상인지 여부" % (rng.randint(2800, 3900), rng.randint(10, 99), won(rng.randint(200, 9000)), rng.choice(["독일 H사", "일본 S사", "미국 D사"]), won(rng.randint(300, 4000))),
                "3. 회신: 해당 원료는 관련 고시의 감면 대상 품목에 해당하나, 실수요자 확인서를 갖추어야 합니다."]
    else:
        title = "기업 현장 애로 해소 추진 결과"
        dept = dept_like(ag, ["산업", "기업", "경제"], "기업지원과")
        body = ["1. %s 현장 애로 해소를 위해 관계기관 합동 회의를 열었습니다." % firm,
                "2. 회사 제출 자료: 월 생산량 %s개, 제품별 마진율(%d~%d%%), 주요 납품처와의 단가 인하 협상 현황" % (won(rng.randint(1000, 90000)), rng.randint(3, 9), rng.randint(10, 25)),
                "3. 조치 결과: 공장 진입로 도로 점용 허가 처리, 전력 인입 일정 단축 협의 완료"]
    g = "부분공개(7)"
    gongmun(doc, rng, ag, dept, title, body, recipient="%s 대표이사" % firm if kind != 2 else "내부결재", date=date, gonggae=g,
            gstyle=rng.choice(["slash", "line"]), sender=kind != 2)
    return finish(doc, "partial", "none", ["OIDA-9-1-7"], "회신" if kind == 1 else "결과통보", "field_partial", "gyeolmun_field", g,
                  ["stated:partial:7"], title)

# ======================================================================================
# NON-PUBLIC templates
# ======================================================================================
PLACEMENT_LOC = {"header_footer": "page_header", "header_only": "page_header", "footer_only": "page_footer",
                 "first_last": "first_line", "first_only": "first_line", "last_only": "last_line",
                 "textbox": "textbox_stamp", "header_cell": "header_cell", "approval": "approval_table"}


def apply_marking(doc, rng, mark, placement, yego=None, copyno=None, sig=None):
    """Put a classification stamp where a real document would carry it."""
    pre = []
    post = []
    if placement == "header_footer":
        doc.header = mark
        doc.footer = mark
    elif placement == "header_only":
        doc.header = mark
    elif placement == "footer_only":
        doc.footer = mark
    elif placement == "first_last":
        pre.append(["p", mark, "C", "stamp"])
        post.append(["p", mark, "C", "stamp"])
    elif placement == "first_only":
        pre.append(["p", mark, "C", "stamp"])
    elif placement == "last_only":
        post.append(["p", mark, "C", "stamp"])
    elif placement == "textbox":
        pre.append(["box", mark, "R"])
    elif placement == "header_cell":
        row = ["보안등급" if "비밀" not in mark and "급" not in mark else "문서분류", mark]
        if copyno:
            if copyno.startswith("사본번호"):
                row += ["사본번호", copyno[len("사본번호"):].lstrip(": ").strip()]
            else:
                row += [copyno]
            copyno = None
        pre.append(["table", [row], None, "grid"])
    elif placement == "approval":
        pre.append(["table", approval_rows(sig, [["보안", mark]]), None, "approval"])
    if copyno:
        pre.insert(0 if placement not in ("first_last", "first_only") else 1, ["p", copyno, "R", "small"])
    if yego:
        if rng.random() < 0.5:
            pre.append(["p", yego, "L", "small"])
        else:
            post.insert(0, ["p", yego, "L", "small"])
    doc.blocks = pre + doc.blocks + post


PLACEMENTS_FILE = ["header_footer", "textbox", "header_cell", "textbox", "first_last", "approval", "header_only", "footer_only", "textbox", "header_cell"]
PLACEMENTS_TEXT = ["first_last", "header_footer", "first_only", "last_only", "header_cell", "textbox", "first_last"]


def choose_placement(rng, k, fmt):
    pool = PLACEMENTS_FILE if fmt in ("hwpx", "pdf") else PLACEMENTS_TEXT
    return pool[k % len(pool)]


SECRET_PLANS = [
    ("%d년 충무계획 자원관리 분야 시행계획", "비상대비 자원(인력ㆍ물자ㆍ업체)의 지정과 동원 절차를 정하여 전시 행정 지원 체계를 갖추려는 것임",
     [["구분", "지정 대상", "수량", "비고"], ["인력", "중점관리 지정 인력", "%d명", "기술 인력 포함"], ["수송", "화물차ㆍ버스", "%d대", "민간 업체 협약"],
      ["장비", "굴착기ㆍ발전기", "%d대", "읍ㆍ면 분산 보관"], ["업체", "중점관리 지정 업체", "%d개", "생필품 생산"]],
     ["동원 소집은 시ㆍ군 비상대비 담당 부서를 거쳐 개인별 동원 명령서를 교부하는 방식으로 함", "중점관리 업체는 연 1회 이상 생산 능력과 시설 상태를 확인함"]),
    ("%d년 전시 행정기관 소산 이전 계획", "전시 주요 행정기관의 기능 유지를 위한 소산 장소, 이동 경로, 인원 편성을 정함",
     [["기관", "소산 예정지", "이동 수단", "선발대"], ["본청", "예비 지휘소 A", "버스 %d대", "%d명"], ["의회", "예비 청사 B", "승합차 %d대", "%d명"]],
     ["이동 경로는 주 경로와 예비 경로를 각각 지정하고 경찰과 통제 지점을 사전 협의함", "소산 장소의 비상 발전기와 통신 장비는 분기마다 작동 점검함"]),
    ("비상시 주요 물자 비축 및 배분 계획", "전시ㆍ비상 상황에서 식량, 유류, 의약품 등 필수 물자의 비축량과 배분 우선순위를 정함",
     [["품목", "비축 목표", "현재 비축", "비축 장소"], ["쌀", "%d톤", "%d톤", "정부양곡 창고"], ["유류", "%d㎘", "%d㎘", "비축 기지"]],
     ["배분 우선순위는 의료기관, 급수 시설, 대피 시설 순으로 함", "비축 물자의 회전 관리는 유통기한 도래 6개월 전에 실시함"]),
    ("전시 인력 동원 대상 업체 지정 검토", "전시 산업 동원을 위한 중점관리 대상 업체의 지정 기준과 변경 사항을 검토함",
     [["업종", "기존 지정", "신규 지정(안)", "해제(안)"], ["식료품", "%d개", "%d개", "%d개"], ["운송", "%d개", "%d개", "%d개"]],
     ["폐업ㆍ이전 업체는 해제하고 생산 능력이 확인된 업체를 새로 지정함", "지정 업체 담당자에게 동원 업무 교육을 실시함"]),
    ("비상대비 통신망 운영 세부 계획", "비상 상황에서 상급기관과 하급기관 간 지휘 통신이 끊기지 않도록 예비 통신 수단과 운용 절차를 정함",
     [["통신 수단", "운용 기관", "점검 주기", "비고"], ["위성 전화", "본청ㆍ읍면", "월 1회", "%d대"], ["무선망", "상황실", "주 1회", "%d채널"]],
     ["평시 통신망 장애 시 30분 이내에 예비 수단으로 전환함", "통신 운용 요원은 주ㆍ부 2개 조로 편성함"]),
    ("%d년 을지 연습 지역 상황 조치 계획", "을지연습 기간 중 지역 단위 상황 조치와 보고 체계를 정함",
     [["구분", "주관 부서", "조치 시한", "보고처"], ["전시 전환", "비상대비과", "H+%d시간", "상급기관"], ["주민 대피", "안전총괄과", "H+%d시간", "상황실"]],
     ["상황 메시지 수신 즉시 부서별 조치 사항을 시스템에 입력함", "연습 종료 후 강평 결과를 반영하여 계획을 보완함"]),
]


UNIT_RANGES = [("시간", (1, 24)), ("대", (2, 60)), ("명", (5, 300)), ("톤", (200, 9000)), ("㎘", (50, 3000)), ("개소", (3, 120)),
               ("개", (3, 90)), ("kW", (150, 2500)), ("채널", (2, 16)), ("병상", (40, 900)), ("분", (5, 60))]


def unit_num(cell, rng):
    def rep(m):
        lo, hi = next((r for u, r in UNIT_RANGES if m.group(1).startswith(u)), (2, 99))
        return str(rng.randint(lo, hi)) + m.group(1)
    return re.sub(r"%d(\S*)", rep, cell)


def _secret_body(rng, doc, plan, y):
    title_t, purpose, table, steps = plan
    title = title_t % y if "%d" in title_t else title_t
    doc.t(title)
    doc.p("1. 목적", "L", "head")
    doc.p("  " + purpose)
    doc.p("2. 현황", "L", "head")
    rows = []
    for r in table:
        rows.append([unit_num(c, rng) for c in r])
    doc.table(rows)
    doc.p("3. 세부 시행 사항", "L", "head")
    for i, s in enumerate(steps):
        doc.p("  %s. %s" % ("가나다라"[i], s))
    doc.p("4. 행정 사항", "L", "head")
    doc.p("  이 계획은 비밀 취급 인가자만 열람하며, 보관은 비밀 보관 용기에 한함")
    return title


EXERCISE_PLANS = [
    ("%d년 을지연습 도(道) 전시 종합상황실 운영 계획", "연습 기간 중 전시 종합상황실의 편성, 근무 교대, 메시지 처리 절차를 정함",
     [["반", "편성 인원", "근무 형태", "주요 임무"], ["상황반", "%d명", "3교대", "메시지 접수ㆍ전파"], ["동원반", "%d명", "2교대", "자원 동원 명령"],
      ["지원반", "%d명", "주간", "급식ㆍ숙영 지원"]],
     ["상황 메시지는 접수 후 10분 이내에 관련 부서로 배당함", "전시 전환 메시지 수신 시 기관장 보고 후 전 직원 비상소집"]),
    ("전시 국가 통신망 예비 경로 운용 계획", "주 통신망 두절에 대비한 예비 경로와 전환 순서를 정함",
     [["경로", "운용 기관", "전환 기준", "비고"], ["제1 예비", "통신운용센터", "주 경로 장애 %d분 이상", "자동 전환"], ["제2 예비", "지역 중계소", "제1 예비 장애", "수동 전환"]],
     ["전환 권한자는 상황실장과 통신운용팀장으로 한정함", "분기 1회 실제 전환 시험을 실시함"]),
    ("비상시 정부 주요 시설 전력 공급 계획", "전시ㆍ비상시 주요 행정시설의 전력 공급 우선순위와 비상 발전 운용 방법을 정함",
     [["시설", "우선순위", "비상 발전 용량", "연료 비축"], ["지휘 시설", "1", "%dkW", "72시간분"], ["통신 시설", "2", "%dkW", "48시간분"]],
     ["계통 전원 상실 시 15초 이내 비상 발전기 기동", "연료 보충은 지정 주유 업체와 사전 협약"]),
    ("전시 주민 대피 및 구호 세부 계획", "전시 주민 대피 시설 지정과 이동, 구호 물자 배분 절차를 정함",
     [["구분", "지정 시설", "수용 인원", "관리 책임"], ["공공 대피시설", "%d개소", "%d명", "읍ㆍ면ㆍ동장"], ["구호 물자 창고", "%d개소", "-", "복지 부서"]],
     ["대피 경보 발령 후 30분 이내 대피시설 개방", "구호 물자는 취약계층에 우선 배분"]),
    ("전시 의료 자원 동원 계획", "전시 의료 인력과 병상, 의약품 동원 절차를 정함",
     [["자원", "동원 목표", "현재 확보", "비고"], ["의료 인력", "%d명", "%d명", "중점관리 지정"], ["병상", "%d병상", "%d병상", "지정 의료기관"]],
     ["동원 의료기관 담당자에게 임무 카드를 교부함", "의약품 비축 현황은 분기마다 확인함"]),
]


def t_secret_plan(rng, k, fmt, grade="III", plans=None):
    ag = agency(rng, ["central", "metro", "local"])
    y = rng.randint(2024, 2027)
    doc = Doc()
    doc.flat = rng.choice(["pipe", "tab", "space"])
    plans = plans or SECRET_PLANS
    plan = plans[k % len(plans)]
    doc.p(ag["org"], "R", "small")
    title = _secret_body(rng, doc, plan, y)
    forms = {"III": III_FORMS, "II": II_FORMS, "I": I_FORMS}[grade]
    mark = forms[k % len(forms)]
    place = choose_placement(rng, k, fmt)
    yego = yegomun(rng, mark.replace(" ", ""), k) if k % 3 != 2 else None
    cpy = copy_no(rng, k) if k % 2 == 0 else None
    apply_marking(doc, rng, mark, place, yego, cpy, sig=signers(rng, ag))
    flags = (["yegomun"] if yego else []) + (["copy_number"] if cpy else [])
    marking = {"III": "III급", "II": "II급", "I": "I급"}[grade]
    return finish(doc, "non_public", marking, ["OIDA-9-1-1", "OIDA-9-1-2"], "비상대비계획", "marking_" + grade, PLACEMENT_LOC[place], mark, flags, title)


FACILITIES = [("○○정수장", "정수장"), ("○○변전소", "변전소"), ("○○댐 관리단", "댐"), ("○○가스 공급관리소", "가스 시설"), ("○○공항 관제탑", "공항 시설"),
              ("○○항 유류 부두", "항만 시설")]


def t_secret_facility(rng, k, fmt, grade="III"):
    ag = agency(rng, ["soe", "metro", "police"])
    fac, kind = FACILITIES[k % len(FACILITIES)]
    sd = sec_dept(ag)
    y = rng.randint(2024, 2027)
    doc = Doc()
    doc.flat = rng.choice(["pipe", "tab"])
    title = "국가중요시설 %s 방호 보강 계획" % fac
    doc.t(title)
    doc.p("%s %s" % (ag["org"], sd), "R", "small")
    doc.p("1. 시설 개요: 국가중요시설 %s급, %s, 상주 인원 %d명" % (rng.choice(["가", "나"]), kind, rng.randint(40, 400)))
    doc.p("2. 취약 요소")
    doc.p("  가. 북측 외곽 울타리 %dm 구간 감지기 미설치" % rng.randint(80, 600))
    doc.p("  나. 야간 초소 간 교대 시간(%02d:00)에 순찰 공백 발생" % rng.choice([0, 2, 4]))
    doc.p("  다. 제어동 출입 통제 장치의 비상 전원 유지 시간 %d분" % rng.randint(10, 40))
    doc.p("3. 보강 대책")
    rows = [["구분", "위치", "조치 내용", "완료 시기"],
            ["경계", "제%d초소~제%d초소" % (rng.randint(1, 3), rng.randint(4, 7)), "열영상 감시 장비 %d대 추가" % rng.randint(2, 9), "%d. %d." % (y, rng.randint(3, 12))],
            ["출입", "제어동 주출입구", "생체인식 출입통제 이중화", "%d. %d." % (y, rng.randint(3, 12))],
            ["대응", "시설 전역", "유사시 증원 병력 %d명 도착 시간 단축" % rng.randint(20, 90), "협의 중"]]
    doc.table(rows)
    doc.p("4. 협조: 관할 군부대ㆍ경찰서와 통합 방호 훈련 연 2회 실시")
    forms = {"III": III_FORMS, "II": II_FORMS}[grade]
    mark = forms[(k + 4) % len(forms)]
    place = choose_placement(rng, k + 1, fmt)
    yego = yegomun(rng, mark.replace(" ", ""), k + 1)
    cpy = copy_no(rng, k + 1) if k % 2 == 1 else None
    apply_marking(doc, rng, mark, place, yego, cpy, sig=signers(rng, ag))
    marking = {"III": "III급", "II": "II급"}[grade]
    return finish(doc, "non_public", marking, ["OIDA-9-1-1", "OIDA-9-1-3"], "방호계획", "marking_" + grade, PLACEMENT_LOC[place], mark,
                  ["yegomun"] + (["copy_number"] if cpy else []), title)


def t_secret_exercise(rng, k, fmt):
    r = t_secret_plan(rng, k, fmt, grade="II", plans=EXERCISE_PLANS)
    r["genre"] = "비상대비계획(연습)"
    return r


def t_secret_facility_iii(rng, k, fmt):
    return t_secret_facility(rng, k, fmt, grade="III")


def t_secret_facility_ii(rng, k, fmt):
    return t_secret_facility(rng, k + 3, fmt, grade="II")


TOP_PLANS = [
    ("전시 국가지도통신망 운용 지침", ["주 통신 두절 시 예비 경로로 자동 전환되는 절차와 전환 권한자를 정함", "암호 장비 키 교체 주기와 긴급 폐기 절차를 정함"]),
    ("전시 정부 핵심 기능 유지 계획", ["핵심 기능별 대체 지휘소와 이동 순서를 정함", "대체 지휘소 운영 인원의 소집 방법과 신원 확인 절차를 정함"]),
    ("국가 비상 지휘체계 전환 절차", ["전환 선포 후 기관별 임무 개시 시각과 보고 경로를 정함", "지휘 공백 발생 시 권한 대행 순서를 정함"]),
    ("전시 주요 인사 경호ㆍ이동 계획", ["이동 수단별 예비 차량과 경로를 지정함", "이동 정보의 전파 범위를 최소 인원으로 제한함"]),
]


def t_secret_top(rng, k, fmt):
    ag = AG_BY_NAME[["행정안전부", "국토교통부", "법무부", "해양수산부"][k % 4]]
    t, steps = TOP_PLANS[k % len(TOP_PLANS)]
    doc = Doc()
    doc.t(t)
    doc.p("%s 비상안전기획관실" % ag["org"], "R", "small")
    doc.p("1. 적용 범위: 전시ㆍ사변 또는 이에 준하는 국가비상사태")
    doc.p("2. 주요 내용")
    for i, s in enumerate(steps):
        doc.p("  %s. %s" % ("가나"[i], s))
    doc.p("3. 세부 절차는 별책으로 하며, 별책은 지정된 열람실에서만 열람함")
    mark = I_FORMS[k % len(I_FORMS)]
    place = ["header_footer", "first_last", "textbox", "header_cell"][k % 4]
    yego = yegomun(rng, mark.replace(" ", ""), k)
    cpy = copy_no(rng, k)
    apply_marking(doc, rng, mark, place, yego, cpy, sig=signers(rng, ag))
    return finish(doc, "non_public", "I급", ["OIDA-9-1-1", "OIDA-9-1-2"], "비상지휘계획", "marking_I", PLACEMENT_LOC[place], mark,
                  ["yegomun", "copy_number"], t)


# ----- 대외비 ---------------------------------------------------------------------------
def _dwb_mark(rng, k, off=0):
    """10 spellings: the 7 plain forms and 3 forms with a protection period; templates use different offsets."""
    i = (k + off) % 10
    if i >= len(DWB_FORMS):
        return dwb_with_period(rng, i - len(DWB_FORMS))
    return DWB_FORMS[i]


def t_dwb_cctv(rng, k, fmt):
    ag = agency(rng, ["local", "metro", "soe"])
    doc = Doc()
    doc.flat = rng.choice(["pipe", "tab", "space"])
    kind = k % 3
    if kind == 0:
        title = "방범용 CCTV 사각지대 현황 및 보강 계획"
        doc.t(title)
        doc.p("1. 현황: 관내 방범용 CCTV %s대, 통합관제센터 모니터링 요원 %d명(4조 3교대)" % (won(rng.randint(800, 4000)), rng.randint(16, 60)))
        doc.p("2. 사각지대 분석 결과")
        rows = [["구역", "사각지대 위치", "원인", "보강안"]]
        for _ in range(4):
            rows.append([rng.choice(["○○동", "△△동", "□□리"]), rng.choice(["공원 북측 산책로", "지하보도 출입구", "원룸 밀집 골목", "하천변 자전거도로"]),
                         rng.choice(["수목 가림", "조도 부족", "카메라 각도", "미설치"]), rng.choice(["고화질 교체", "추가 설치", "가지치기", "비상벨 연동"])])
        doc.table(rows)
        doc.p("3. 관제센터 출입 통제: 지문 인식, 방문자 사전 승인제, 녹화 영상 반출 시 경찰 공문 필수")
    elif kind == 1:
        title = "청사 방호 및 출입 통제 강화 계획"
        doc.t(title)
        doc.p("1. 추진 배경: 최근 청사 내 점거ㆍ난동 사례 증가")
        doc.p("2. 주요 내용")
        doc.p("  가. 출입구 %d개소 중 야간 개방 출입구를 1개소로 축소" % rng.randint(3, 7))
        doc.p("  나. 보안 검색대 운영 시간: 08:00~19:00, 방호 인력 %d명 배치" % rng.randint(4, 20))
        doc.p("  다. 비상 상황 시 방호원 집결 위치와 경찰 출동 요청 기준")
        doc.p("3. 방호원 근무 배치표는 별도 관리")
    else:
        title = "정수장 외곽 경계 및 순찰 강화 방안"
        doc.t(title)
        doc.p("1. 대상: %s 정수장 외 %d개소" % (rng.choice(["○○", "△△"]), rng.randint(1, 4)))
        doc.p("2. 현황: 외곽 울타리 총 %sm, 감지 센서 설치 구간 %d%%" % (won(rng.randint(1200, 6000)), rng.randint(40, 80)))
        doc.p("3. 개선: 야간 순찰 주기 2시간 → 1시간 단축, 약품 저장고 출입 기록 전산화, 취수구 인근 감시 카메라 추가")
    mark = _dwb_mark(rng, k, 0)
    place = choose_placement(rng, k, fmt)
    apply_marking(doc, rng, mark, place, sig=signers(rng, ag))
    return finish(doc, "non_public", "대외비", ["OIDA-9-1-3"], "방호계획", "marking_대외비", PLACEMENT_LOC[place], mark, [], title)


def t_dwb_crackdown(rng, k, fmt):
    ag = agency(rng, ["police"])
    doc = Doc()
    doc.flat = rng.choice(["pipe", "tab"])
    y, m, d = rand_date(rng, 2022, 2026)
    op = ["마약류 유통 사범 집중 단속 계획", "불법 사행성 게임장 일제 단속 계획", "전화금융사기 인출책 검거 작전 계획"][k % 3]
    title = op
    doc.t(op)
    doc.p("%s %s" % (ag["org"], rng.choice(ag["depts"])), "R", "small")
    doc.p("1. 단속 기간: %s ~ %s (%d일간)" % (dstr((y, m, d)), dstr(add_days((y, m, d), 30)), 30))
    doc.p("2. 중점 대상")
    doc.p("  ○ %s" % ["SNS 텔레그램 채널을 이용한 '던지기' 수법 판매책", "○○동 일대 무등록 게임장 %d곳(첩보 확보)" % rng.randint(3, 9),
                       "ATM 다중 인출이 반복되는 %d개 지점" % rng.randint(4, 12)][k % 3])
    doc.p("3. 단속 방법")
    doc.p("  ○ 잠복 및 위장 구매, 현장 급습 시각은 당일 %02d:00 전후로 하되 상황에 따라 조정" % rng.randint(1, 23))
    doc.p("  ○ 투입 인력: 형사 %d명, 기동대 %d개 제대" % (rng.randint(12, 60), rng.randint(1, 4)))
    doc.p("4. 보안 유의 사항: 단속 일정과 대상지는 작전 종료 시까지 외부 유출을 엄금")
    mark = _dwb_mark(rng, k, 3)
    place = choose_placement(rng, k + 2, fmt)
    apply_marking(doc, rng, mark, place, sig=signers(rng, ag))
    return finish(doc, "non_public", "대외비", ["OIDA-9-1-4"], "단속계획", "marking_대외비", PLACEMENT_LOC[place], mark, [], title)


def t_dwb_audit_plan(rng, k, fmt):
    ag = agency(rng, ["metro", "local", "edu", "soe", "agency"])
    doc = Doc()
    doc.flat = rng.choice(["pipe", "tab"])
    y = rng.randint(2022, 2026)
    tgt = rng.choice(["○○복지재단", "시설관리공단", "○○구 건축과", "관내 사립유치원 %d곳" % rng.randint(3, 12), "○○체육회"])
    title = "%s 특정감사 실시 계획" % tgt
    doc.t(title)
    doc.p("1. 감사 배경: 보조금 집행 부적정 제보 및 언론 보도")
    doc.p("2. 감사 기간: %d. %d. %d. ~ (착수 당일 통보)" % (y, rng.randint(1, 12), rng.randint(1, 28)))
    doc.p("3. 중점 점검 사항")
    doc.p("  가. 보조금 전용 및 허위 정산 여부")
    doc.p("  나. 인건비 부당 지급, 친인척 채용 여부")
    doc.p("  다. 법인카드 사용 내역과 증빙 일치 여부")
    doc.p("4. 감사반 편성: 반장 감사팀장 외 %d명" % rng.randint(3, 7))
    doc.p("5. 유의 사항: 자료 은폐 우려가 있으므로 착수 전까지 감사 대상 기관에 일정을 알리지 아니함")
    mark = _dwb_mark(rng, k, 6)
    place = choose_placement(rng, k + 3, fmt)
    apply_marking(doc, rng, mark, place, sig=signers(rng, ag))
    return finish(doc, "non_public", "대외비", ["OIDA-9-1-5"], "감사계획", "marking_대외비", PLACEMENT_LOC[place], mark, [], title)


def t_dwb_price(rng, k, fmt):
    ag = agency(rng, ["soe", "local", "metro", "agency"])
    doc = Doc()
    doc.flat = rng.choice(["pipe", "tab", "bar"])
    proj = rng.choice(["○○하수처리장 증설 공사", "○○초등학교 다목적강당 신축 공사", "청사 통합 유지관리 용역", "○○로 도로 확포장 공사"])
    base = rng.randint(500, 9000) * 1000000
    title = "%s 예정가격 결정 조서" % proj
    doc.t(title)
    rows = [["구분", "금액(원)", "비고"], ["기초금액", won(base), "설계가격 대비 %.1f%%" % rng.uniform(95, 99.5)]]
    for i in range(4):
        rows.append(["복수예비가격 %d" % (i + 1), won(int(base * rng.uniform(0.98, 1.02))), "추첨 %s" % rng.choice(["○", "-"])])
    rows.append(["예정가격", won(int(base * rng.uniform(0.985, 1.01))), "추첨된 4개 평균"])
    doc.table(rows)
    doc.p("위와 같이 예정가격을 결정함. 이 조서는 개찰 전까지 밀봉하여 보관함.")
    doc.p("결정자: 계약담당관 %s (서명)" % person(rng))
    mark = _dwb_mark(rng, k, 9)
    place = choose_placement(rng, k + 4, fmt)
    apply_marking(doc, rng, mark, place, sig=signers(rng, ag))
    return finish(doc, "non_public", "대외비", ["OIDA-9-1-5"], "예정가격조서", "marking_대외비", PLACEMENT_LOC[place], mark, [], title)


def t_dwb_vetting(rng, k, fmt):
    ag = agency(rng, ["central", "metro", "local", "edu"])
    doc = Doc()
    doc.flat = rng.choice(["pipe", "tab"])
    y = rng.randint(2022, 2026)
    title = "%d년 하반기 승진 후보자 검증 결과" % y
    doc.t(title)
    doc.p("1. 검증 대상: %s 승진 후보자 %d명(배수 범위)" % (rng.choice(["4급", "5급", "6급"]), 3))
    doc.p("2. 검증 결과")
    rows = [["후보자", "현 소속", "근무성적평정", "징계ㆍ감사", "평판 조회", "종합 의견"]]
    for p in people(rng, 3):
        rows.append([p, rng.choice(ag["depts"]), "%.2f" % rng.uniform(78, 98), rng.choice(["없음", "주의 1회(%d)" % (y - 2), "훈계(%d)" % (y - 3)]),
                     rng.choice(["업무 추진력 우수, 부하 직원과 갈등 사례 있음", "성실하나 대외 협상 경험 부족", "조직 내 신망 두터움"]),
                     rng.choice(["적격", "적격", "보류"])])
    doc.table(rows, [2, 3, 2, 2, 5, 2])
    doc.p("3. 인사위원회 심의 자료로만 사용하며 복제를 금함")
    mark = _dwb_mark(rng, k, 1)
    place = choose_placement(rng, k + 5, fmt)
    apply_marking(doc, rng, mark, place, sig=signers(rng, ag))
    return finish(doc, "non_public", "대외비", ["OIDA-9-1-5", "OIDA-9-1-6"], "인사검증", "marking_대외비", PLACEMENT_LOC[place], mark, [], title)


def t_dwb_devsite(rng, k, fmt):
    ag = agency(rng, ["metro", "soe", "central"])
    doc = Doc()
    doc.flat = rng.choice(["pipe", "tab"])
    title = "신규 공공택지 후보지 비교 검토"
    doc.t(title)
    doc.p("1. 검토 목적: 주택 공급 확대를 위한 신규 공공택지 후보지 선정")
    rows = [["후보지", "위치", "면적(만㎡)", "공급 가능 호수", "장단점"]]
    for c in ["A", "B", "C"]:
        rows.append([c, "%s %s 일원" % (rng.choice(["○○시", "△△군"]), rng.choice(["상리", "신촌동", "내곡리", "오산동"])), str(rng.randint(30, 400)),
                     won(rng.randint(2000, 30000)), rng.choice(["역세권, 보상비 과다", "그린벨트 해제 필요", "기반시설 양호, 토지 소유자 다수"])])
    doc.table(rows, [1, 4, 2, 2, 5])
    doc.p("2. 검토 의견: 후보지 B를 우선 추진하되, 발표 전 토지거래허가구역 지정 선행 필요")
    doc.p("3. 후보지가 사전에 알려지면 투기 수요가 몰릴 우려가 크므로 관계자 외 열람을 제한함")
    mark = _dwb_mark(rng, k, 4)
    place = choose_placement(rng, k + 6, fmt)
    apply_marking(doc, rng, mark, place, sig=signers(rng, ag))
    return finish(doc, "non_public", "대외비", ["OIDA-9-1-8"], "개발검토", "marking_대외비", PLACEMENT_LOC[place], mark, [], title)


def t_dwb_epidemic(rng, k, fmt):
    ag = agency(rng, ["metro", "local"])
    doc = Doc()
    doc.flat = rng.choice(["pipe", "tab"])
    y, m, d = rand_date(rng, 2021, 2026)
    dis = rng.choice(["결핵", "홍역", "레지오넬라증", "A형간염"])
    title = "%s 집단 발생 역학조사 중간 보고" % dis
    doc.t(title)
    doc.p("1. 개요: %s 관내 %s에서 %s 확진자 %d명 발생" % (dstr((y, m, d)), rng.choice(["요양병원", "고등학교", "사업장 기숙사", "어린이집"]), dis, rng.randint(3, 9)))
    doc.p("2. 확진자 현황")
    rows = [["번호", "성명", "나이", "관계", "증상 발현일", "현재 상태"]]
    for i, p in enumerate(people(rng, 3)):
        rows.append([str(i + 1), p, str(rng.randint(6, 88)), rng.choice(["입소자", "학생", "근로자", "종사자"]), dstr(add_days((y, m, d), -rng.randint(1, 10))),
                     rng.choice(["격리 입원", "자택 격리", "중환자실 치료 중"])])
    doc.table(rows)
    doc.p("3. 추정 감염 경로: 조사 중, 접촉자 %d명 검사 진행" % rng.randint(20, 300))
    mark = _dwb_mark(rng, k, 7)
    place = choose_placement(rng, k + 7, fmt)
    apply_marking(doc, rng, mark, place, sig=signers(rng, ag))
    return finish(doc, "non_public", "대외비", ["OIDA-9-1-6", "PIPA-23"], "역학조사", "marking_대외비", PLACEMENT_LOC[place], mark, [], title)


# ----- field-stated non-public ---------------------------------------------------------
REVIEWS = [
    ("청사 이전 후보지 비교 검토", ["후보지 3곳의 접근성, 부지 매입비, 공사 기간을 비교함", "주민 반발 가능성은 후보지 ②가 가장 높음", "최종안은 의회 보고 후 확정 예정"]),
    ("상수도 요금 단계적 인상 방안", ["원가 회수율이 %d%%에 그쳐 적자가 누적됨", "인상 시나리오 3안(3년간 연 5%%, 8%%, 일시 15%%)을 비교함", "물가 관리 측면에서 1안을 우선 검토"]),
    ("조직 개편(안) 내부 검토", ["국 단위 통합으로 과 %d개를 줄이는 안", "감축 인력의 재배치 원칙(희망 전보 우선)", "노동조합 협의 일정"]),
    ("○○ 위탁 사업 직영 전환 검토", ["위탁 운영 시 연 %d억 원, 직영 시 연 %d억 원 소요 예상", "고용 승계와 인건비 증가 문제", "전환 시기는 계약 만료 후가 적절"]),
    ("공공요금 감면 제도 개편 검토", ["감면 대상 중복 수혜 실태 분석", "소득 기준 도입 시 대상자 %d%% 감소 예상", "관계 부서 이견 조정 중"]),
]
NP5 = ["비공개(5)", "비공개(제9조 제1항 제5호)", "비공개 (9조1항5호)", "비공개(제5호)", "비공개(5)"]


def t_internal_review_field(rng, k, fmt):
    ag = agency(rng, ["local", "metro", "central", "soe", "agency"])
    dept = rng.choice(ag["depts"])
    subj, pts = REVIEWS[k % len(REVIEWS)]
    date = rand_date(rng, 2021, 2026)
    doc = Doc()
    doc.flat = rng.choice(["pipe", "tab"])
    body = ["1. %s에 대한 부서 검토 결과를 다음과 같이 보고합니다." % subj]
    for i, p in enumerate(pts):
        body.append("  %s. %s" % ("가나다라"[i], fill_d(p, rng)))
    body.append("2. 위 내용은 확정되지 않은 검토안으로, 관계 부서 협의와 의견 수렴을 거쳐 수정될 수 있습니다.")
    g = NP5[k % len(NP5)]
    gongmun(doc, rng, ag, dept, subj, body, recipient="내부결재", date=date, gonggae=g, gstyle=["slash", "line", "line_colon", "slash2", "yeobu"][k % 5],
            sender=False)
    return finish(doc, "non_public", "none", ["OIDA-9-1-5"], "내부검토", "field_nonpublic", "gyeolmun_field", g, ["stated:non_public:5"], subj)


def t_investigation_request(rng, k, fmt):
    ag = agency(rng, ["local", "metro", "edu", "agency"])
    dept = audit_dept(ag)
    date = rand_date(rng, 2021, 2026)
    sus = person(rng)
    case = ["보조금 편취", "공문서 위조", "입찰 담합", "사회복지시설 운영비 횡령"][k % 4]
    region = {"서울특별시": "서울경찰청장", "경기도": "경기남부경찰청장", "부산광역시": "부산경찰청장", "충청북도": "청주흥덕경찰서장"}
    pol_rcpt = region.get(ag["org"].split(" ")[0], "관할 경찰서장")
    body = ["1. 우리 %s 감사 과정에서 확인된 %s 의혹에 대하여 수사를 의뢰합니다." % ("기관" if ag["kind"] != "local" else "구", case),
            "2. 피의사실 요지",
            "  가. 피의자: %s(%s생, %s)" % (sus, birth_date(rng, 1955, 1990, k), rng.choice(["○○복지회 대표", "(주)○○건설 현장소장", "○○어린이집 원장", "전직 계약직 직원"])),
            "  나. 혐의: %d년부터 %d년까지 %s 방법으로 %s원 상당을 편취하였다는 의혹" % (date[0] - 3, date[0] - 1,
                                                                 rng.choice(["허위 인건비 청구", "거래처와 공모한 가공 거래", "위조한 정산서 제출"]), won(rng.randint(30, 900) * 1000000)),
            "3. 관련 증거 자료는 별도 봉인하여 인계하겠으며, 수사 결과를 알려 주시기 바랍니다."]
    doc = Doc()
    g = ["비공개(4)", "비공개(4,6)", "비공개(제9조 제1항 제4호)", "비공개(4)"][k % 4]
    gongmun(doc, rng, ag, dept, "%s 의혹 수사 의뢰" % case, body, attach=["감사 결과 요약 1부.", "증거 목록 1부."], recipient=pol_rcpt,
            date=date, gonggae=g, gstyle=rng.choice(["slash", "line"]))
    return finish(doc, "non_public", "none", ["OIDA-9-1-4", "OIDA-9-1-6"], "수사의뢰", "field_nonpublic", "gyeolmun_field", g,
                  ["stated:non_public:4" + (",6" if "6" in g else "")], "%s 의혹 수사 의뢰" % case)


def t_audit_plan_field(rng, k, fmt):
    ag = agency(rng, ["metro", "edu", "central", "soe"])
    dept = audit_dept(ag)
    date = rand_date(rng, 2021, 2026)
    y = date[0]
    doc = Doc()
    doc.flat = rng.choice(["pipe", "tab"])
    rows = [["기관", "감사 종류", "실시 예정 시기", "중점 분야"]]
    for _ in range(4):
        rows.append([rng.choice(["○○사업소", "△△공단", "□□출장소", "◇◇센터", "○○교육지원청"]), rng.choice(["종합감사", "특정감사", "복무감사"]),
                     "%d. %d월 %s순" % (y, rng.randint(1, 12), rng.choice(["상", "중", "하"])), rng.choice(["계약", "보조금", "인사", "예산 집행"])])
    body = ["1. %d년 하반기 자체감사 세부 실시 계획을 다음과 같이 수립하고자 합니다." % y,
            "2. 감사 대상 기관과 일정은 감사 착수 1주일 전까지 해당 기관에 통보하며, 그 전에는 공개하지 아니합니다.",
            "3. 세부 일정"]
    g = ["비공개(제9조 제1항 제5호)", "비공개(5)", "비공개(제9조제1항제5호)"][k % 3]
    gongmun(doc, rng, ag, dept, "%d년 하반기 자체감사 실시 계획" % y, body, recipient="내부결재", date=date, gonggae=g,
            gstyle=rng.choice(["line", "slash"]), sender=False, end=False)
    idx = next(i for i, b in enumerate(doc.blocks) if b[0] == "p" and b[1].startswith("3. 세부 일정"))
    doc.blocks.insert(idx + 1, ["table", rows, None, "grid"])
    doc.blocks.insert(idx + 2, ["p", "  끝.", "L", "body"])
    return finish(doc, "non_public", "none", ["OIDA-9-1-5"], "감사계획", "field_nonpublic", "gyeolmun_field", g, ["stated:non_public:5"],
                  "자체감사 실시 계획")


def t_security_ops(rng, k, fmt):
    ag = agency(rng, ["local", "metro", "police", "court", "soe"])
    dept = sec_dept(ag) if ag["kind"] != "court" else "총무과"
    date = rand_date(rng, 2021, 2026)
    subj = ["개표소 경비 및 출입 통제 계획", "법정 보안 관리 강화 계획", "청사 야간 방호 근무 계획"][k % 3]
    body = ["1. %s 다음과 같이 수립하였습니다." % J(subj, "을"),
            "  가. 경비 인력: 청원경찰 %d명, 방호원 %d명, 경찰 지원 %d명" % (rng.randint(2, 10), rng.randint(4, 20), rng.randint(2, 30)),
            "  나. 통제 지점: 정문(%02d:00 이후 폐쇄), 후문(관계자 전용), 지하 출입구(차량 검색)" % rng.randint(18, 22),
            "  다. 순찰: 2인 1조, %d분 간격, 취약 지점(%s) 중점 확인" % (rng.choice([30, 40, 60]), rng.choice(["옥상 출입문", "보일러실", "서고", "전산실 앞 복도"])),
            "  라. 비상 연락 체계: 상황 발생 시 5분 이내 112 신고 및 당직 총사령 보고",
            "2. 근무 배치와 순찰 경로가 알려지면 시설 안전에 지장이 있으므로 관계자 외 열람을 제한합니다."]
    doc = Doc()
    g = ["비공개(3)", "비공개(제9조 제1항 제3호)", "비공개(3)"][k % 3]
    gongmun(doc, rng, ag, dept, subj, body, recipient="내부결재", date=date, gonggae=g, gstyle=rng.choice(["slash", "line_colon"]), sender=False)
    return finish(doc, "non_public", "none", ["OIDA-9-1-3"], "방호계획", "field_nonpublic", "gyeolmun_field", g, ["stated:non_public:3"], subj)


def t_trade_secret(rng, k, fmt):
    firm = rng.choice(["(주)한솔정밀", "다인케미칼(주)", "(주)우성에프앤비", "그린셀텍(주)", "(주)태성모터스"])
    doc = Doc()
    doc.flat = rng.choice(["pipe", "tab", "space"])
    kind = k % 4
    if kind == 0:
        title = "신기술(NET) 인증 신청 기술 명세서"
        doc.t(title)
        doc.p("신청 기관: %s 기술연구소" % firm)
        doc.p("1. 기술명: %s" % rng.choice(["저온 플라즈마를 이용한 휘발성유기화합물 분해 장치", "폐배터리 양극재 습식 회수 공정", "고속 경화형 친환경 바인더 조성물"]))
        doc.p("2. 핵심 공정 조건: 반응 온도 %d℃, 체류 시간 %d초, 촉매 조성 %s" % (rng.randint(60, 480), rng.randint(5, 120),
                                                                 "Mn %d%% / Ce %d%% / Al2O3 잔부" % (rng.randint(5, 20), rng.randint(2, 10))))
        doc.p("3. 원가 구조: 단위당 재료비 %s원, 가공비 %s원, 목표 판매가 %s원" % (won(rng.randint(1000, 90000)), won(rng.randint(500, 30000)), won(rng.randint(5000, 200000))))
        doc.p("4. 주요 납품처 및 계약 단가: %s" % rng.choice(["비공개 요청(영업비밀)", "A사 연 %s개, B사 연 %s개" % (won(rng.randint(1000, 50000)), won(rng.randint(1000, 50000)))]))
        cue = "핵심 공정 조건"
    elif kind == 1:
        title = "제조원가 명세서(보조사업 정산 제출용)"
        doc.t(title)
        rows = [["항목", "금액(천원)", "비율"]]
        tot = 0
        for it in ["직접재료비", "직접노무비", "제조경비", "일반관리비", "이윤"]:
            v = rng.randint(10000, 900000)
            tot += v
            rows.append([it, won(v), ""])
        for r in rows[1:]:
            r[2] = "%.1f%%" % (100.0 * int(r[1].replace(",", "")) / tot)
        doc.table(rows)
        doc.p("제출 업체: %s / 이 자료는 당사의 경영상 비밀에 해당하므로 보조사업 정산 목적 외 사용을 금합니다." % firm)
        cue = "경영상 비밀에 해당하므로"
    elif kind == 2:
        title = "기술자료 임치 물품 명세"
        doc.t(title)
        doc.p("임치인: %s / 수치인: 대ㆍ중소기업ㆍ농어업협력재단" % firm)
        doc.p("1. 임치 물품: 소스코드(버전 %d.%d), 설계도면 %d매, 공정 레시피 문서" % (rng.randint(1, 9), rng.randint(0, 20), rng.randint(10, 80)))
        doc.p("2. 레시피 주요 값: 배합 비율 %d:%d:%d, 숙성 %d시간, 살균 %d℃ %d분" % (rng.randint(1, 9), rng.randint(1, 9), rng.randint(1, 9), rng.randint(6, 72), rng.randint(70, 130), rng.randint(5, 40)))
        doc.p("3. 교부 조건: 임치인의 파산ㆍ폐업 또는 합의된 교부 사유 발생 시")
        cue = "레시피 주요 값"
    else:
        title = "우수제품 지정 심사 제출 자료(기술 부분)"
        doc.t(title)
        doc.p("업체명: %s" % firm)
        doc.p("○ 성능 시험 원자료: 효율 %.1f%%, 내구 시험 %s시간, 불량률 %.2f%%" % (rng.uniform(80, 99), won(rng.randint(1000, 20000)), rng.uniform(0.01, 2)))
        doc.p("○ 핵심 부품 조달처와 단가: 모터 %s원(○○전기), 제어기 %s원(자체 생산)" % (won(rng.randint(10000, 900000)), won(rng.randint(10000, 900000))))
        doc.p("○ 향후 3년 생산 계획 및 설비 투자 예정액: %s억 원" % won(rng.randint(5, 300)))
        cue = "핵심 부품 조달처와 단가"
    stated = k % 2 == 1
    flags = ["content_only"]
    if stated:
        doc.blank()
        doc.p("공개구분: 비공개(7)", "L", "small")
        flags = ["stated:non_public:7"]
        return finish(doc, "non_public", "none", ["OIDA-9-1-7"], "기술자료", "field_nonpublic", "last_line", "비공개(7)", flags, title)
    return finish(doc, "non_public", "none", ["OIDA-9-1-7"], "기술자료", "content_trade_secret", "body_content", cue, flags, title)


CITES_5 = ["법 제9조①5", "9조 1항 5호", "「공공기관의 정보공개에 관한 법률」 제9조 제1항 제5호"]


def t_law_citation_nonpublic(rng, k, fmt):
    ag = agency(rng, ["central", "metro", "local", "soe", "agency"])
    dept = rng.choice(ag["depts"])
    date = rand_date(rng, 2021, 2026)
    cite = CITES_5[k % len(CITES_5)]
    doc = Doc()
    doc.flat = rng.choice(["pipe", "tab"])
    subj = ["노사 임금협상 대응 방안", "공공요금 조정 시뮬레이션 결과", "정원 감축 배분(안)"][k % 3]
    doc.t(subj)
    doc.p("%s / %s" % (dept, dstr(date)), "R", "small")
    if k % 3 == 0:
        paras(doc, ["노조 요구안: 기본급 %d%% 인상, 성과급 지급 기준 변경, 인력 %d명 충원" % (rng.randint(4, 9), rng.randint(10, 60)),
                    "사측 1차 제시안: 기본급 %.1f%% 인상, 성과급 기준 유지" % rng.uniform(1.5, 3.0),
                    "협상 한도(내부): 기본급 %.1f%%까지 수용, 충원은 %d명 이내" % (rng.uniform(3.0, 4.5), rng.randint(5, 20)),
                    "결렬 시 조정 신청 일정과 대체 인력 운용 방안"])
    elif k % 3 == 1:
        doc.table([["안", "인상률", "연 수입 증가(억 원)", "가구당 월 부담 증가(원)"]] +
                  [["%d안" % i, "%d%%" % r, str(rng.randint(10, 120)), won(rng.randint(300, 3000))] for i, r in [(1, 5), (2, 8), (3, 12)]])
        paras(doc, ["물가 당국 협의 전이며, 인상 시기와 폭은 확정되지 않음", "2안을 중심으로 검토하되 취약계층 감면 확대를 병행"])
    else:
        doc.table([["부서", "현원", "감축(안)", "비고"]] + [[d, str(rng.randint(10, 60)), str(rng.randint(0, 4)), rng.choice(["-", "기능 이관", "자연 감소"])]
                                                     for d in ag["depts"][:5]])
        paras(doc, ["감축 배분은 부서 의견 수렴 전 초안임", "확정 전 유출 시 부서 간 갈등 우려"])
    sent = ["※ 이 자료는 의사결정 과정에 있는 사항으로 %s에 해당하여 공개하지 않습니다." % cite,
            "본 문서는 %s에 따른 비공개 대상 정보임." % cite,
            "※ %s에 따라 결정 전까지 비공개" % cite][k % 3]
    doc.p(sent)
    return finish(doc, "non_public", "none", ["OIDA-9-1-5"], "내부검토", "law_citation", "body_citation", cite, ["stated:non_public:5"], subj)

# ----- content-only non-public ----------------------------------------------------------
def t_discipline(rng, k, fmt):
    ag = agency(rng, ["local", "metro", "central", "edu", "police", "fire"])
    y, m, d = rand_date(rng, 2021, 2026)
    nm = person(rng)
    grade = rng.choice({"local": ["지방행정주사(6급)", "지방시설주사(6급)", "지방사회복지주사보(7급)"], "metro": ["지방행정주사(6급)", "지방행정주사보(7급)"],
                        "central": ["행정주사(6급)", "행정주사보(7급)"], "edu": ["교사", "지방교육행정주사(6급)"], "police": ["경사", "경위"],
                        "fire": ["소방장", "소방교"]}[ag["kind"]])
    doc = Doc()
    doc.flat = rng.choice(["pipe", "tab", "space"])
    dui = k % 3 != 2
    doc.t("징 계 의 결 서" if k % 2 == 0 else "징계 의결 결과")
    doc.table([["소속", rng.choice(ag["depts"]), "직위(직급)", grade], ["성명", nm, "생년월일", birth_date(rng, 1965, 1995, k)]], [1, 2, 1, 2])
    if dui:
        bac = rng.choice(["0.08", "0.112", "0.145", "0.067", "0.09"])
        cue = "혈중알코올농도 %s%%" % bac
        doc.p("의결 주문: %s" % rng.choice(["정직 2월", "감봉 3월", "강등", "정직 1월"]))
        doc.p("이유")
        doc.p("  위 사람은 %s 23:40경 %s 일대에서 혈중알코올농도 %s%% 상태로 자가용 승용차를 약 %skm 운전하다 음주단속에 적발되어 %s 벌금 %s만 원의 약식명령을 받아 확정되었다."
              % (dstr(add_days((y, m, d), -120)), rng.choice(["○○시 ○○동", "△△사거리", "○○IC 부근"]), bac, rng.choice(["1.2", "3", "5.6", "0.8"]),
                 rng.choice(["○○지방법원에서", "법원으로부터"]), rng.choice(["500", "800", "1,000", "1,200"])))
        doc.p("  이는 「%s」 제63조(품위 유지의 의무)를 위반한 것으로, 음주운전 징계 기준과 평소 근무 태도를 참작하여 주문과 같이 의결한다." % (
            "지방공무원법" if ag["kind"] in ("local", "metro", "edu") else "국가공무원법"))
        reasons = ["OIDA-9-1-6", "PIPA-23"]
        cue_k = "content_discipline_criminal"
    else:
        cue = "근무시간 중 무단 이석"
        doc.p("의결 주문: 견책")
        doc.p("이유")
        doc.p("  위 사람은 %d. %d.부터 %d. %d.까지 근무시간 중 무단 이석을 %d회 하고, 민원 처리 기한을 여러 차례 넘겨 민원인의 불만을 야기하였다."
              % (y - 1, rng.randint(1, 6), y - 1, rng.randint(7, 12), rng.randint(5, 20)))
        doc.p("  이는 성실 의무와 직장 이탈 금지 의무를 위반한 것이나, 비위의 정도가 가볍고 반성하는 점을 고려하여 주문과 같이 의결한다.")
        reasons = ["OIDA-9-1-6"]
        cue_k = "content_discipline"
    doc.blank()
    doc.p(kdate(y, m, d, 1), "C")
    doc.p("%s %s인사위원회 위원장 (인)" % (ag["org"], "보통징계위원회" if ag["kind"] in ("central", "police", "fire") else ""), "C")
    return finish(doc, "non_public", "none", reasons, "징계의결서", cue_k, "body_content", cue, ["content_only"], "징계의결서")


DIAG = ["요추 추간판 탈출증(L4-5)", "주요 우울장애", "갑상선암", "급성 심근경색", "유방암 2기", "뇌경색 후 재활", "공황장애", "무릎 전방십자인대 파열"]


def t_sick_leave(rng, k, fmt):
    ag = agency(rng, ["local", "metro", "central", "edu", "soe", "agency"])
    y, m, d = rand_date(rng, 2021, 2026)
    nm = person(rng)
    dx = DIAG[k % len(DIAG)] if k < len(DIAG) else rng.choice(DIAG)
    doc = Doc()
    doc.flat = rng.choice(["pipe", "tab"])
    if k % 2 == 0:
        title = "질병휴직 승인"
        doc.t("질병휴직 승인 결과 보고")
        doc.p("1. 휴직 대상자: %s %s %s" % (rng.choice(ag["depts"]), staff_title(rng, ag), nm))
        doc.p("2. 휴직 기간: %s ~ %s (%d개월)" % (dstr((y, m, d)), dstr(add_days((y, m, d), 180)), 6))
        hosp = "○○정신건강의학과의원" if dx in ("주요 우울장애", "공황장애") else rng.choice(["○○대학교병원", "○○의료원", "○○병원"])
        need = "약물 치료와 안정 필요" if dx in ("주요 우울장애", "공황장애") else "수술 및 장기 요양 필요"
        doc.p("3. 휴직 사유: %s 진단으로 %s(%s 진단서 첨부)" % (dx, need, hosp))
        doc.p("4. 대체 인력: 한시 임기제 채용 요청 예정")
    else:
        title = "병가 사용 신청서"
        doc.t(title)
        nd = rng.randint(5, 40)
        doc.table([["성명", nm, "소속", rng.choice(ag["depts"])], ["기간", "%s ~ %s" % (dstr((y, m, d)), dstr(add_days((y, m, d), nd - 1))), "일수", "%d일" % nd],
                   ["사유", "%s 입원 치료" % J(dx, "로")], ["첨부", "진단서 1부, 입원확인서 1부"]], [1, 3, 1, 2])
        doc.p("위와 같이 병가를 신청합니다.")
    cue = dx
    return finish(doc, "non_public", "none", ["OIDA-9-1-6", "PIPA-23"], "휴직ㆍ병가", "content_health", "body_content", cue, ["content_only"], title)


def t_union_dues(rng, k, fmt):
    ag = agency(rng, ["local", "metro", "soe", "agency", "edu"])
    y = rng.randint(2021, 2026)
    mo = rng.randint(1, 12)
    union = rng.choice(["%s 공무원노동조합" % short_org(ag), "전국공무원노동조합 %s지부" % short_org(ag), "%s 노동조합" % short_org(ag), "%s 교원노동조합" % ag["org"].split(" ")[0]])
    doc = Doc()
    doc.flat = rng.choice(["pipe", "tab", "space"])
    title = "%d년 %d월 조합비 급여 공제 명단" % (y, mo)
    doc.t(title)
    doc.p("조합: %s" % union)
    rows = [["번호", "소속", "성명", "직급", "공제액(원)"]]
    for i, p in enumerate(people(rng, rng.randint(6, 10))):
        rows.append([str(i + 1), rng.choice(ag["depts"]), p, rng.choice(["7급", "8급", "6급", "9급", "대리", "주임"]), won(rng.choice([15000, 18000, 20000, 25000]))])
    doc.table(rows)
    doc.p("위 조합원의 조합비를 %d월 급여에서 공제하여 조합 계좌로 이체하여 주시기 바랍니다." % mo)
    return finish(doc, "non_public", "none", ["OIDA-9-1-6", "PIPA-23"], "조합비명단", "content_union", "body_content", "조합비 급여 공제 명단", ["content_only"], title)


def t_citizen_roster(rng, k, fmt):
    ag = agency(rng, ["local", "metro"])
    y = rng.randint(2021, 2026)
    kinds = [("기초생활수급자 신규 책정 명단", ["성명", "주민등록번호", "주소", "급여 종류"], True, (1940, 2000)),
             ("독거노인 응급안전안심서비스 대상자 명단", ["성명", "생년월일", "주소", "연락처", "보호자 연락처"], False, (1930, 1958)),
             ("지방세 고액 체납자 현황(개인)", ["성명", "주민등록번호", "주소", "체납액(원)"], True, (1950, 1990)),
             ("긴급복지 지원 대상자 명단", ["성명", "생년월일", "위기 사유", "지원 내용"], False, (1950, 2000)),
             ("치매 안심 등록자 명단", ["성명", "생년월일", "주소", "진단명", "보호자"], False, (1930, 1958))]
    title, cols, full_rrn, (by0, by1) = kinds[k % len(kinds)]
    doc = Doc()
    doc.flat = rng.choice(["pipe", "tab", "bar"])
    doc.t("%d년 %s" % (y, title))
    doc.p("%s %s" % (short_org(ag), rng.choice(ag["depts"])), "R", "small")
    rows = [cols]
    for p in people(rng, rng.randint(5, 8)):
        r = []
        for c in cols:
            if c == "성명":
                r.append(p)
            elif c == "주민등록번호":
                r.append(rrn(rng, by0, by1))
            elif c == "생년월일":
                r.append(birth_date(rng, by0, by1, k))
            elif c == "주소":
                r.append(citizen_address(rng, short=True, near=ag, p_near=0.97))
            elif c in ("연락처", "보호자 연락처"):
                r.append(mobile(rng))
            elif c == "급여 종류":
                r.append(rng.choice(["생계ㆍ의료", "주거", "교육", "생계ㆍ의료ㆍ주거"]))
            elif c == "체납액(원)":
                r.append(won(rng.randint(10, 900) * 1000000))
            elif c == "위기 사유":
                r.append(rng.choice(["주 소득자 사망", "실직", "화재", "중한 질병"]))
            elif c == "지원 내용":
                r.append(rng.choice(["생계 지원 3개월", "의료 지원", "주거 지원"]))
            elif c == "진단명":
                r.append(rng.choice(["알츠하이머형 치매", "혈관성 치매", "경도인지장애"]))
            elif c == "보호자":
                r.append("%s(%s)" % (person(rng), rng.choice(["자녀", "배우자"])))
        rows.append(r)
    doc.table(rows)
    reasons = ["OIDA-9-1-6"]
    flags = ["content_only"]
    if full_rrn:
        reasons.append("PIPA-24")
        flags.append("unmasked_id")
    if "진단명" in cols:
        reasons.append("PIPA-23")
    return finish(doc, "non_public", "none", reasons, "대상자명단", "content_roster", "body_content", title, flags, title)


EXAMS = [
    ("%d년도 지방공무원 9급 공개경쟁임용 필기시험 행정법총론(A책형)", [
        "행정행위의 부관에 관한 설명으로 옳지 않은 것은?", "① 부담은 독립하여 행정쟁송의 대상이 될 수 있다.",
        "② 사후부담은 법률에 근거가 있거나 상대방의 동의가 있는 경우에 허용된다.", "③ 기속행위에는 법률의 근거 없이도 부관을 붙일 수 있다.",
        "④ 조건은 행정행위의 효력 발생 또는 소멸을 장래의 불확실한 사실에 의존하게 하는 부관이다."], "③"),
    ("%d학년도 2학기 기말고사 3학년 수학(확률과 통계) 출제 원안", [
        "주머니에 흰 공 4개, 검은 공 3개가 들어 있다. 임의로 3개를 동시에 꺼낼 때, 흰 공이 2개 이상 나올 확률은?",
        "① 19/35  ② 22/35  ③ 4/7  ④ 26/35  ⑤ 5/7"], "②"),
    ("%d년 승진시험 직무능력 평가 문제(보안 유지)", [
        "다음 중 「민원 처리에 관한 법률」상 처리기간 계산에 대한 설명으로 옳은 것은?",
        "① 5일 이하는 시간 단위로 계산한다.  ② 공휴일은 포함한다.  ③ 6일 이상은 초일을 산입한다.  ④ 토요일은 포함한다."], "①"),
    ("%d년 국가기술자격 실기시험 과제(시행 전)", [
        "[과제 1] 주어진 도면에 따라 배관을 조립하고 수압 시험(10kgf/㎠, 10분)을 실시하시오.",
        "[과제 2] 지급 재료 목록과 수량을 확인하고 누락 시 시험위원에게 알리시오."], "채점 기준 별도"),
]


def t_exam_questions(rng, k, fmt):
    t, qs, ans = EXAMS[k % len(EXAMS)]
    y = rng.randint(2022, 2026)
    title = t % y
    doc = Doc()
    doc.t(title)
    doc.p("출제위원: %s / 검토위원: %s" % (person(rng), person(rng)), "R", "small")
    doc.p("시험 시행일: %s" % dstr(rand_date(rng, y, y)))
    doc.blank()
    for i, q in enumerate(qs):
        doc.p(("%d. " % (i + 1) if i == 0 else "   ") + q)
    doc.blank()
    doc.p("정답: %s" % ans)
    return finish(doc, "non_public", "none", ["OIDA-9-1-5"], "시험문항", "content_exam", "body_content", "정답: %s" % ans, ["content_only"], title)


INFORMAL = ["[내부용]", "[대내용]", "내부 검토용", "취급주의", "외부 배포 금지", "※ 내부 검토용 자료 - 외부 유출 금지", "대외 유출 금지"]
INFORMAL_SUBJ = [
    ("버스 노선 개편 협상 전략", ["운송사업자별 수익 보전 요구 수준(연 %d억 원 이내 수용 가능)", "노조 반발 시 단계적 시행안으로 전환", "의회 보고 시점은 협상 타결 이후"]),
    ("쓰레기 수거 수수료 인상 시나리오", ["현행 원가 대비 수수료 현실화율 %d%%", "인상안 A(20%%) / B(35%%) 비교", "공청회 전까지 인상 폭은 확정하지 않음"]),
    ("산하기관 통폐합 검토", ["기능이 중복되는 재단 %d곳 통합 시 인건비 절감 효과", "기관장 임기 만료 시점 고려", "노조와 사전 협의 필요"]),
    ("민간위탁 재계약 평가(안)", ["수탁기관 만족도 %d점, 회계 지적 2건", "재계약 또는 공모 전환 검토", "수탁기관에 평가 결과 사전 통보 금지"]),
    ("국비 공모사업 대응 전략", ["경쟁 지자체 %d곳의 준비 상황 분석", "지역구 의원 협조 요청 방안", "평가위원 예상 질의 대응"]),
    ("청사 리모델링 예산 조정안", ["총사업비 %d억 원 중 설계 변경분 재배정", "의회 예결위 설득 논리", "시공사 증액 요구 대응"]),
    ("공영주차장 운영 방식 변경 검토", ["직영 전환 시 연간 순수익 %d억 원 예상", "현 위탁업체 계약 해지 위약금 검토", "발표 시점 조율"]),
]


def t_informal_internal(rng, k, fmt):
    ag = agency(rng, ["local", "metro", "soe", "agency", "central"])
    subj, pts = INFORMAL_SUBJ[k % len(INFORMAL_SUBJ)]
    mark = INFORMAL[k % len(INFORMAL)]
    doc = Doc()
    doc.flat = rng.choice(["pipe", "tab", "space"])
    y, m, d = rand_date(rng, 2021, 2026)
    placement = ["first_line", "page_header", "textbox_stamp", "last_line", "first_line", "page_footer", "header_cell"][k % 7]
    if placement == "page_header" and fmt == "text":
        placement = "first_line"
    doc.t(subj)
    doc.p("%s / %s" % (rng.choice(ag["depts"]), dstr((y, m, d))), "R", "small")
    doc.p("□ 검토 배경")
    doc.p("  ○ %s" % rng.choice(["시민 불편 민원과 재정 부담이 동시에 커지고 있어 대응 방향 정리가 필요함", "상급기관 지침 변경에 따른 선제 검토", "관련 협상이 다음 달부터 본격화될 예정"]))
    doc.p("□ 검토 내용")
    for p in pts:
        doc.p("  ○ " + fill_d(p, rng))
    doc.p("□ 향후 조치: 간부회의 보고 후 방침 결정")
    if placement == "first_line":
        doc.blocks.insert(0, ["p", mark, "L", "stamp"])
    elif placement == "last_line":
        doc.blocks.append(["p", mark, "R", "stamp"])
    elif placement == "page_header":
        doc.header = mark
    elif placement == "page_footer":
        doc.footer = mark
    elif placement == "textbox_stamp":
        doc.blocks.insert(0, ["box", mark, "R"])
    elif placement == "header_cell":
        doc.blocks.insert(0, ["table", [["문서 구분", mark, "작성", rng.choice(ag["depts"])]], None, "grid"])
    reasons = ["OIDA-9-1-5"]
    return finish(doc, "non_public", "none", reasons, "내부검토", "informal_internal", placement, mark, ["informal_marking"], subj)


def t_caution_roster(rng, k, fmt):
    ag = agency(rng, ["local", "edu", "police"])
    doc = Doc()
    doc.flat = rng.choice(["pipe", "tab"])
    title = ["학교폭력 관련 학생 상담 관리 명단", "위기 청소년 집중 관리 대상 명단"][k % 2]
    mark = ["취급주의", "〈취급주의〉 외부 배포 금지"][k % 2]
    doc.p(mark, "C", "stamp")
    doc.t(title)
    rows = [["번호", "성명", "학교ㆍ학년", "보호자 연락처", "관리 사유", "담당"]]
    for i, p in enumerate(people(rng, 5, young=True)):
        sch = rng.choice(["○○중", "△△고", "□□초"])
        rows.append([str(i + 1), p, "%s %d학년" % (sch, rng.randint(4, 6) if sch.endswith("초") else rng.randint(1, 3)), mobile(rng),
                     rng.choice(["가해 관련 조치 이행 중", "가출 반복", "자해 시도 이력", "보호관찰 중"]), person(rng)])
    doc.table(rows)
    return finish(doc, "non_public", "none", ["OIDA-9-1-6"], "관리명단", "informal_internal", "first_line", mark, ["informal_marking", "content_only"], title)


def t_mismatch_nonpublic(rng, k, fmt):
    """Printed 공개 but content is a health / discipline record -> gold follows content."""
    ag = agency(rng, ["local", "metro", "edu", "agency"])
    dept = rng.choice(ag["depts"])
    date = rand_date(rng, 2021, 2026)
    nm = person(rng)
    if k % 2 == 0:
        dx = rng.choice(DIAG)
        title = "장기 요양 휴직자 복직 예정 통보"
        body = ["1. 아래 직원이 질병휴직을 마치고 복직할 예정이므로 알려 드립니다.",
                "  가. 대상: %s %s %s" % (dept, staff_title(rng, ag), nm),
                "  나. 휴직 사유: %s로 항암 치료 및 요양" % dx if "암" in dx else "  나. 휴직 사유: %s 치료 및 요양" % dx,
                "  다. 복직 예정일: %s (주치의 소견: 단축 근무 권고)" % dstr(add_days(date, 14)),
                "2. 복직 후 업무 배치 시 건강 상태를 고려하여 주시기 바랍니다."]
        cue = dx
    else:
        title = "직원 징계 처분 결과 통보"
        body = ["1. 인사위원회 의결에 따라 아래와 같이 징계 처분하였음을 알려 드립니다.",
                "  가. 대상: %s %s %s" % (dept, staff_title(rng, ag), nm),
                "  나. 처분: 정직 1월",
                "  다. 사유: 음주운전(혈중알코올농도 %s%%)으로 벌금형 확정" % rng.choice(["0.09", "0.13", "0.081"]),
                "2. 처분 사유 설명서를 본인에게 교부하였습니다."]
        cue = "음주운전"
    doc = Doc()
    gongmun(doc, rng, ag, dept, title, body, recipient="내부결재", date=date, gonggae="공개", gstyle=rng.choice(["slash", "line"]), sender=False)
    return finish(doc, "non_public", "none", ["OIDA-9-1-6", "PIPA-23"], "인사통보", "mismatch_field_public", "gyeolmun_field", "공개",
                  ["field_content_mismatch", "stated:public"], title)

# ======================================================================================
# OCR (scanned) documents
# ======================================================================================
def t_ocr_public(rng, k, fmt):
    ag = agency(rng, ["local", "metro", "police", "edu"])
    dept = rng.choice(ag["depts"])
    date = rand_date(rng, 2008, 2024)
    subs = [("주민자치회 위원 역량 강화 교육 안내", ["1. 주민자치회 위원의 역할 이해와 마을계획 수립 역량을 높이기 위해 교육을 실시하오니 위원들이 참석할 수 있도록 안내하여 주시기 바랍니다.",
                                                 "  가. 일시: %s 14:00 ~ 17:00" % dstr(add_days(date, 12)), "  나. 장소: 구민회관 2층 강당",
                                                 "  다. 내용: 주민자치회 운영 사례, 마을계획 수립 실습"]),
            ("예비군 훈련장 사격 소음 안내 협조", ["1. 관내 예비군 훈련장에서 상반기 사격 훈련이 실시될 예정이오니 인근 주민에게 미리 알려 주시기 바랍니다.",
                                               "  가. 기간: %s부터 2주간(평일 09:00~16:00)" % dstr(add_days(date, 8)), "  나. 대상 마을: 훈련장 반경 2km 이내 4개 마을",
                                               "2. 마을 방송과 현수막을 활용하여 홍보하여 주시기 바랍니다."]),
            ("경로당 냉방비 지원 계획 알림", ["1. 여름철 폭염에 대비하여 관내 경로당 냉방비를 다음과 같이 지원합니다.",
                                          "  가. 지원 대상: 등록 경로당 %d개소" % rng.randint(40, 300), "  나. 지원액: 개소당 월 10만 원(7~8월)",
                                          "2. 각 경로당은 전기요금 영수증을 첨부하여 정산하여 주시기 바랍니다."]),
            ("하수관로 정비 공사에 따른 교통 통제 안내", ["1. 노후 하수관로 교체 공사로 아래 구간의 차량 통행을 일부 통제하오니 협조하여 주시기 바랍니다.",
                                                     "  가. 통제 구간: ○○사거리 ~ △△초등학교 앞(약 450m)", "  나. 통제 기간: %s ~ %s, 야간(22:00~06:00)" % (dstr(add_days(date, 5)), dstr(add_days(date, 40))),
                                                     "2. 우회 도로 안내 표지판을 설치할 예정입니다."])]
    title, body = subs[k % len(subs)]
    doc = Doc()
    g = "공개"
    gongmun(doc, rng, ag, dept, title, body, recipient="수신자 참조", date=date, gonggae=g, gstyle=rng.choice(["slash", "line"]))
    kind = ["spaced", "stray", "fullwidth", "spaced"][k % 4]
    return finish(doc, "public", "none", [], "공문(스캔)", "field_public", "gyeolmun_field", g, ["ocr_noise", "stated:public"], title,
                  ocr=dict(kind=kind, level=1.0))


def t_ocr_partial(rng, k, fmt):
    ag = agency(rng, ["local", "metro", "police"])
    dept = rng.choice(ag["depts"])
    date = rand_date(rng, 2006, 2024)
    doc = Doc()
    ppl = people(rng, 3)
    if k % 3 == 0:
        title = "교통사고 피해자 긴급 지원금 지급 결정 통보"
        body = ["1. 뺑소니ㆍ무보험 차량 교통사고 피해자 지원 신청에 대하여 다음과 같이 지급을 결정하였음을 알려 드립니다.",
                "  가. 신청인: %s (%s, %s)" % (ppl[0], citizen_address(rng, near=ag), mobile(rng)),
                "  나. 지급액: 금%s원" % won(rng.choice([3000000, 5000000, 8000000])),
                "2. 지급은 신청서에 적힌 계좌로 %s까지 이루어집니다." % dstr(add_days(date, 14))]
    elif k % 3 == 1:
        title = "불법 건축물 신고 민원 처리 결과"
        body = ["1. 귀하께서 신고하신 불법 건축물에 대한 처리 결과를 알려 드립니다.",
                "  가. 신고인: %s (연락처 %s)" % (ppl[0], mobile(rng)),
                "  나. 처리 결과: 현장 조사 결과 옥상 가설 건축물(약 %d㎡)을 확인하여 건축주 %s에게 시정 명령을 하였습니다." % (rng.randint(10, 60), ppl[1]),
                "2. 기한 내 시정하지 않으면 이행강제금을 부과할 예정입니다."]
    else:
        title = "자율방범대원 위촉 명단 통보"
        body = ["1. 지역 치안 활동에 참여할 자율방범대원을 아래와 같이 위촉하였음을 통보합니다.",
                "  가. %s (%s), %s (%s), %s (%s)" % (ppl[0], mobile(rng), ppl[1], mobile(rng), ppl[2], mobile(rng)),
                "  나. 위촉 기간: %s부터 2년" % dstr(date),
                "2. 위촉자에게는 방범 활동 교육을 실시하여 주시기 바랍니다."]
    g = ["부분공개(6)", "부분공개 (6)", "부분공개(6)"][k % 3]
    gongmun(doc, rng, ag, dept, title, body, recipient="수신자 참조" if k % 3 == 2 else "%s 귀하" % ppl[0], date=date, gonggae=g,
            gstyle=rng.choice(["slash", "line"]))
    kind = ["fullwidth", "spaced", "nospace"][k % 3]
    return finish(doc, "partial", "none", ["OIDA-9-1-6"], "공문(스캔)", "field_partial", "gyeolmun_field", g, ["ocr_noise", "stated:partial:6"], title,
                  ocr=dict(kind=kind, level=1.2))


def t_ocr_nonpublic(rng, k, fmt):
    kind = k % 4
    if kind == 0:
        r = t_secret_plan(rng, k + 5, "text", grade="III")
        r["flags"] = r["flags"] + ["ocr_noise"]
        r["ocr"] = dict(kind="spaced", level=1.0)
        r["genre"] = "비상대비계획(스캔)"
        return r
    if kind == 1:
        r = t_dwb_cctv(rng, k + 1, "text")
        r["flags"] = r["flags"] + ["ocr_noise"]
        r["ocr"] = dict(kind="partspace", level=1.0)
        r["genre"] = "방호계획(스캔)"
        return r
    if kind == 2:
        r = t_internal_review_field(rng, k + 2, "text")
        r["flags"] = r["flags"] + ["ocr_noise"]
        r["ocr"] = dict(kind="fullwidth", level=1.2)
        r["genre"] = "내부검토(스캔)"
        return r
    r = t_investigation_request(rng, k + 1, "text")
    r["flags"] = r["flags"] + ["ocr_noise"]
    r["ocr"] = dict(kind="partspace", level=1.0)
    r["genre"] = "수사의뢰(스캔)"
    return r


# ======================================================================================
# long documents (2-4 pages); the only cue sits at the end
# ======================================================================================
FAC_NAMES = ["중앙공원 보도육교", "시민체육관", "○○천 제3교", "노인복지관", "청소년수련관", "공영주차장(지하)", "문화예술회관", "하수처리장 관리동",
             "○○터널", "시립도서관 본관", "종합운동장 관람석", "○○배수펌프장", "환경자원센터", "공설시장 아케이드", "○○지하차도", "어린이 교통공원",
             "○○육교", "평생학습관", "○○교 보도부", "보건소 별관", "시립요양원", "농산물도매시장 경매장", "○○저수지 제방", "청사 별관", "○○고가차도"]


def paras(doc, lines, indent="  ○ "):
    for l in lines:
        doc.p(indent + l)


def _long_public(rng, k, doc, ag):
    y = rng.randint(2021, 2026)
    kind = k % 4
    org = short_org(ag)
    if kind == 0:
        title = "%d년 공공시설물 정기 안전점검 결과 보고" % y
        doc.t(title)
        doc.p("%s %s" % (ag["org"], rng.choice(ag["depts"])), "R", "small")
        doc.p("Ⅰ. 점검 개요", "L", "head")
        paras(doc, ["근거: 「시설물의 안전 및 유지관리에 관한 특별법」 제11조 및 같은 법 시행령 제10조, %s 시설물 안전관리 계획" % org,
                    "기간: %d. 3. 4. ~ %d. 5. 31. (약 3개월), 해빙기 점검과 연계하여 실시" % (y, y),
                    "대상: 제3종 시설물 등 관리 주체가 %s인 공공시설물 %d개소(교량, 건축물, 터널, 수리시설, 옹벽)" % (org, len(FAC_NAMES)),
                    "방법: 육안 점검을 원칙으로 하되, 균열ㆍ누수ㆍ변형이 확인된 시설은 균열폭 측정기, 슈미트해머 등 간이 장비로 보완 점검",
                    "점검반: 시설 관리 부서 담당자와 외부 안전진단 전문가(구조ㆍ토목 분야)로 3개 반을 편성하고 반별로 8~9개 시설을 맡음"])
        doc.p("Ⅱ. 점검 결과 총괄", "L", "head")
        grades = [rng.choice("AABBBBCCD") for _ in FAC_NAMES]
        cnt = Counter(grades)
        doc.table([["등급", "A(우수)", "B(양호)", "C(보통)", "D(미흡)", "E(불량)"],
                   ["개소", str(cnt.get("A", 0)), str(cnt.get("B", 0)), str(cnt.get("C", 0)), str(cnt.get("D", 0)), "0"]])
        paras(doc, ["전체 시설의 %d%%가 B등급 이상으로 대체로 양호하였으나, D등급 시설은 보수ㆍ보강이 시급한 것으로 나타남" % int(100 * (cnt.get("A", 0) + cnt.get("B", 0)) / len(grades)),
                    "지난해 점검과 비교하면 C등급 이하 시설이 %d개소 늘었으며, 대부분 준공 후 30년이 지난 교량과 지하 구조물임" % rng.randint(1, 4),
                    "결함 유형은 콘크리트 균열과 철근 노출이 가장 많았고, 배수 불량과 신축이음 파손, 난간 부식이 뒤를 이었음",
                    "건축물은 외벽 마감재 들뜸과 옥상 방수층 손상이 주로 지적되었으며, 다중이용 건축물의 비상구 유도등 불량도 일부 확인됨"])
        doc.table([["결함 유형", "교량", "건축물", "터널", "수리시설", "옹벽", "계"]] +
                  [[t] + [str(rng.randint(0, 6)) for _ in range(5)] + ["-"] for t in ["균열", "철근 노출", "배수 불량", "신축이음 파손", "난간ㆍ방호울타리 부식",
                                                                                        "누수ㆍ백태", "마감재 탈락", "세굴", "배부름ㆍ변형"]])
        doc.brk()
        doc.p("Ⅲ. 시설별 점검 결과", "L", "head")
        rows = [["번호", "시설명", "종류", "점검일", "등급", "주요 지적 사항"]]
        issues = {"A": "특이 사항 없음", "B": "도장 박리 일부, 배수구 이물질", "C": "콘크리트 미세 균열(0.2mm 내외), 배수구 막힘", "D": "교각 받침부 부식, 난간 흔들림, 철근 노출"}
        for i, (f, g) in enumerate(zip(FAC_NAMES, grades)):
            rows.append([str(i + 1), f, rng.choice(["교량", "건축물", "터널", "수리시설", "옹벽"]), "%d. %d. %d." % (y, rng.randint(3, 5), rng.randint(1, 28)), g, issues[g]])
        doc.table(rows, [1, 4, 2, 3, 1, 6])
        doc.brk()
        doc.p("Ⅳ. 조치 계획", "L", "head")
        paras(doc, ["D등급 시설: 정밀안전점검을 %d년 상반기 안에 실시하고, 결과에 따라 보수ㆍ보강 예산을 추가경정예산에 반영" % (y + 1),
                    "D등급 교량은 정밀점검 전까지 통행 하중을 제한하고 월 1회 이상 관리 부서가 자체 점검",
                    "C등급 시설: 경미한 보수는 시설별 유지관리비로 즉시 시행하고, 배수구 준설은 우기 전인 6월 중순까지 완료",
                    "B등급 이상 시설: 정기 점검 주기를 유지하되 도장 보수 등 예방적 유지관리 실시",
                    "점검 결과는 시설물통합정보관리시스템(FMS)에 입력하고 시 누리집 '안전정보' 게시판에 공개"])
        doc.p("Ⅴ. 제도 개선 및 행정 사항", "L", "head")
        paras(doc, ["노후 시설의 증가에 대비하여 생애주기 유지관리 계획을 수립하고 연차별 소요 예산을 중기지방재정계획에 반영",
                    "시설 관리 부서는 조치 결과를 매 분기 말까지 안전총괄 부서로 제출하고, 미조치 시설은 간부회의에 보고",
                    "시민 안전 신고(안전신문고)로 접수된 시설 관련 신고는 7일 이내 현장 확인 후 결과를 회신"])
        return title
    if kind == 1:
        title = "%d~%d 교통안전 시행계획(요약본)" % (y, y + 4)
        doc.t(title)
        doc.p("Ⅰ. 계획의 개요", "L", "head")
        paras(doc, ["「교통안전법」 제17조에 따라 5년마다 수립하는 지역 교통안전 시행계획으로, 국가 교통안전 기본계획의 목표를 지역 여건에 맞게 구체화함",
                    "계획 기간: %d년부터 %d년까지 5년" % (y, y + 4),
                    "목표: 교통사고 사망자 수를 %d년 대비 %d%% 줄이고, 어린이ㆍ고령자 사망자를 절반 수준으로 감축" % (y - 1, rng.randint(20, 50)),
                    "수립 과정: 관계기관 실무협의(경찰서, 교육지원청, 도로관리청) 3회, 시민 설문조사(%d명), 전문가 자문" % rng.randint(500, 2000)])
        doc.p("Ⅱ. 교통사고 현황", "L", "head")
        rows = [["연도", "발생 건수", "사망자", "부상자", "보행자 사망 비율"]]
        for yy in range(y - 5, y):
            rows.append([str(yy), won(rng.randint(1500, 6000)), str(rng.randint(15, 90)), won(rng.randint(2000, 9000)), "%d%%" % rng.randint(25, 55)])
        doc.table(rows)
        paras(doc, ["65세 이상 고령 보행자 사고가 꾸준히 늘고 있으며, 사망자의 절반 가까이가 야간 이면도로에서 발생함",
                    "이륜차 사고는 배달 수요 증가와 함께 최근 3년간 크게 늘었고, 신호 위반과 보도 주행이 주요 원인으로 분석됨",
                    "어린이보호구역 사고는 줄었으나 통학로 이외 생활도로에서의 어린이 사고는 줄지 않고 있음",
                    "화물차 사고는 건수는 적지만 치사율이 높아 고속도로 연결 구간과 산업단지 주변 관리가 필요함"])
        doc.brk()
        doc.p("Ⅲ. 분야별 추진 과제", "L", "head")
        tasks = ["어린이보호구역 내 신호기 및 과속단속 카메라 확충", "노인보호구역 추가 지정과 보행 신호 시간 연장", "이면도로 보행자 우선도로 지정",
                 "교통사고 잦은 곳 개선 사업(연 %d개소)" % rng.randint(5, 20), "이륜차 불법 운행 합동 단속", "대중교통 환승 편의시설 개선",
                 "교통안전 교육 체험관 운영", "고령 운전자 면허 자진 반납 지원 확대", "화물차 졸음운전 예방 휴게 공간 확충", "야간 횡단보도 조명 설치"]
        for i, t in enumerate(tasks):
            doc.p("  %d. %s" % (i + 1, t))
            doc.p("     - 추진 부서: %s / 소요 예산: %s백만 원 / 추진 시기: %d~%d" % (rng.choice(ag["depts"]), won(rng.randint(50, 3000)), y, y + rng.randint(1, 4)))
        doc.p("  ※ 교통사고 잦은 곳 개선 대상 지점", "L", "body")
        rows = [["지점", "최근 3년 사고", "주요 유형", "개선 내용", "사업비(백만 원)"]]
        for _ in range(14):
            rows.append(["%s %s" % (rng.choice(["○○사거리", "△△교차로", "□□삼거리", "시장 입구", "역 앞", "IC 진출로", "학교 앞"]), rng.choice(["", "북측", "남측", "동측"])),
                         "%d건" % rng.randint(5, 40), rng.choice(["차대사람", "측면충돌", "추돌", "신호위반", "이륜차"]),
                         rng.choice(["회전교차로 설치", "신호 체계 개선", "고원식 횡단보도", "차로 재배치", "조명 개선", "중앙분리대 설치"]), won(rng.randint(50, 1500))])
        doc.table(rows)
        doc.brk()
        doc.p("Ⅳ. 성과 지표", "L", "head")
        doc.table([["지표", "기준(%d)" % (y - 1), "목표(%d)" % (y + 4)], ["교통사고 사망자(명)", str(rng.randint(40, 90)), str(rng.randint(15, 39))],
                   ["보행자 사망 비율", "%d%%" % rng.randint(35, 55), "%d%%" % rng.randint(20, 34)], ["어린이 사망자(명)", str(rng.randint(1, 5)), "0"]])
        doc.p("Ⅴ. 재원 및 추진 체계", "L", "head")
        doc.table([["구분", "국비", "지방비", "합계"], ["금액(억 원)", str(rng.randint(20, 200)), str(rng.randint(20, 300)), "-"]])
        paras(doc, ["교통안전 관계기관 협의회를 반기별로 열어 추진 상황을 점검하고, 연차별 실적을 누리집에 공개",
                    "사업 효과는 사고 자료를 바탕으로 매년 평가하여 다음 연도 시행계획에 반영"])
        return title
    if kind == 2:
        title = "%d년 공공도서관 운영 실적 보고서" % (y - 1)
        doc.t(title)
        doc.p("1. 총괄", "L", "head")
        paras(doc, ["관내 공공도서관 %d개관, 작은도서관 %d개관 운영(직영 %d개관, 위탁 잔여)" % (rng.randint(4, 15), rng.randint(10, 60), rng.randint(3, 9)),
                    "연간 이용자 %s명, 대출 %s권으로 전년 대비 각각 %d%%, %d%% 증가" % (won(rng.randint(200000, 2000000)), won(rng.randint(300000, 3000000)), rng.randint(3, 20), rng.randint(2, 15)),
                    "평일 야간 개관(22시까지)과 무인 예약 대출기 설치로 직장인과 청소년 이용이 늘어남",
                    "반면 장서의 35%가 출간 10년이 넘어 노후화가 심하고, 일부 도서관은 열람석과 주차 공간이 부족함"])
        doc.p("2. 도서관별 이용 현황", "L", "head")
        rows = [["도서관", "장서(권)", "이용자(명)", "대출(권)", "프로그램(회)"]]
        for nm in ["중앙도서관", "동부도서관", "서부도서관", "남부어린이도서관", "북부도서관", "영어도서관", "○○작은도서관", "△△작은도서관", "□□작은도서관", "◇◇작은도서관"]:
            rows.append([nm, won(rng.randint(20000, 400000)), won(rng.randint(10000, 600000)), won(rng.randint(10000, 700000)), str(rng.randint(20, 600))])
        doc.table(rows)
        doc.brk()
        doc.p("3. 주요 프로그램 운영", "L", "head")
        for p in ["한 도시 한 책 읽기", "인문학 강좌(연 %d회)" % rng.randint(10, 40), "길 위의 인문학", "그림책 읽어 주는 할머니", "청소년 독서 토론 동아리",
                  "디지털 기기 활용 교실", "다문화 가정 이중 언어 동화 구연", "도서관 1박 2일 캠프", "책 만들기 체험", "작가와의 만남", "은퇴자 자서전 쓰기",
                  "찾아가는 이동도서관"]:
            doc.p("  ○ %s: 참여 %s명, 만족도 %.1f점" % (p, won(rng.randint(30, 3000)), rng.uniform(4.0, 4.9)))
        doc.p("  ※ 월별 이용 현황(전체 도서관)", "L", "body")
        rows = [["월", "이용자(명)", "대출(권)", "신규 회원", "프로그램 참여"]]
        for mm in range(1, 13):
            rows.append(["%d월" % mm, won(rng.randint(15000, 180000)), won(rng.randint(20000, 250000)), won(rng.randint(200, 3000)), won(rng.randint(300, 6000))])
        doc.table(rows)
        doc.p("4. 시설 및 장서 관리", "L", "head")
        paras(doc, ["신간 %s권을 구입하고 훼손ㆍ노후 도서 %s권을 제적하였으며, 제적 도서 일부는 작은도서관과 경로당에 기증" % (won(rng.randint(10000, 60000)), won(rng.randint(5000, 40000))),
                    "중앙도서관 디지털자료실 PC를 교체하고 전자책 대출 플랫폼 이용 권수를 1인 5권에서 10권으로 늘림",
                    "노후 냉난방기 교체와 장애인 화장실 개선 공사를 마쳤음"])
        doc.brk()
        doc.p("5. 성과와 과제", "L", "head")
        paras(doc, ["야간 개관 확대 후 직장인 이용이 늘었으나, 장서 노후화와 주차 공간 부족은 여전히 과제로 남음",
                    "작은도서관 간 운영 격차가 커서 자원봉사자 의존도가 높은 곳은 개관 시간이 불규칙함",
                    "내년에는 장서 구입 예산을 늘리고 작은도서관 순회 사서를 배치하여 운영을 안정시킬 계획임"])
        return title
    title = "%d년 지방하천 정비사업 추진 상황" % y
    doc.t(title)
    doc.p("1. 사업 개요", "L", "head")
    paras(doc, ["목적: 홍수 피해를 예방하고 하천 환경을 개선하기 위한 제방 보강, 하도 정비, 친수 공간 조성",
                "총사업비: %s억 원(국비 50%%, 도비 %d%%, 시ㆍ군비 잔액)" % (won(rng.randint(300, 3000)), rng.randint(10, 30)),
                "사업 기간: %d ~ %d, 대상 하천 10개(총연장 약 %dkm)" % (y - 2, y + 3, rng.randint(25, 70)),
                "설계 빈도: 지방하천 80년 빈도, 도심 통과 구간 100년 빈도 홍수량 적용"])
    doc.p("2. 구간별 추진 현황", "L", "head")
    rows = [["하천명", "구간", "연장(km)", "사업비(억 원)", "공정률", "비고"]]
    for h in ["○○천", "△△천", "□□강 지류", "◇◇천", "☆☆천", "○○천 상류", "××천", "△△천 하류", "신평천", "내동천"]:
        rows.append([h, "%s~%s" % (rng.choice(["○○교", "마을 입구", "합류점"]), rng.choice(["△△보", "상류 2km", "저수지"])), "%.1f" % rng.uniform(0.8, 9),
                     str(rng.randint(20, 400)), "%d%%" % rng.randint(0, 100), rng.choice(["보상 중", "공사 중", "준공", "설계 중"])])
    doc.table(rows)
    paras(doc, ["전체 공정률은 %d%%로 계획 대비 다소 늦으며, 보상 협의가 길어진 3개 구간이 전체 일정에 영향을 주고 있음" % rng.randint(35, 70),
                "준공 구간은 제방 높이를 평균 1.2m 높이고 하도 폭을 넓혀 통수 능력이 크게 개선됨"])
    doc.p("  ※ 주요 공종별 추진 실적", "L", "body")
    rows = [["공종", "계획 물량", "실적", "공정률", "비고"]]
    for w in ["제방 축조", "호안 블록", "하상 정리", "교량 재가설", "배수 통관", "수문 설치", "산책로 포장", "어도 설치", "생태 식재", "가배수로", "토사 반출", "옹벽 보강"]:
        a = rng.randint(100, 9000)
        rows.append([w, won(a), won(rng.randint(0, a)), "%d%%" % rng.randint(0, 100), rng.choice(["-", "설계 변경", "우기 중단", "완료"])])
    doc.table(rows)
    doc.brk()
    doc.p("3. 부진 사유 및 대책", "L", "head")
    paras(doc, ["편입 토지 보상 협의 지연(소유자 다수, 상속 미정리) → 수용 재결 신청 병행",
                "우기 공사 중단에 따른 공정 지연 → 갈수기 집중 시공 및 야간 작업 검토",
                "문화재 지표조사 결과 유물 산포지 확인 구간 → 시굴 조사 후 설계 변경",
                "자재 가격 상승에 따른 사업비 부족 → 설계 변경과 국비 추가 확보 협의"])
    doc.p("4. 하천 환경 및 주민 이용", "L", "head")
    paras(doc, ["호안은 자연석과 식생 블록을 사용하여 생태 기능을 살리고, 어도(물고기 길) 4개소를 새로 설치",
                "제방 위에는 산책로와 자전거도로를 연결하고 야간 조명과 비상벨을 설치하여 주민 이용 편의를 높임",
                "공사 중 탁수 발생을 줄이기 위해 오탁방지막을 설치하고 하류 수질을 주 1회 측정"])
    doc.p("5. 향후 계획", "L", "head")
    paras(doc, ["연말까지 공정률 %d%% 달성을 목표로 월별 점검 회의 개최" % rng.randint(60, 95),
                "우기 전 임시 물막이와 가배수로 점검을 마치고 비상 연락 체계를 유지"])
    return title


def t_long_public(rng, k, fmt):
    ag = agency(rng, ["local", "metro"])
    doc = Doc()
    doc.flat = rng.choice(["pipe", "tab", "space"])
    title = _long_public(rng, k, doc, ag)
    g = ["공개", "공개", "대국민공개", "공개"][k % 4]
    doc.blank()
    doc.table(approval_rows(signers(rng, ag), [["공개구분", g]]), None, "approval")
    return finish(doc, "public", "none", [], "보고서(장문)", "field_public", "approval_table", g, ["long_doc", "cue_at_end", "stated:public"], title)


def t_long_partial(rng, k, fmt):
    ag = agency(rng, ["local", "metro"])
    y, m, d = rand_date(rng, 2021, 2026)
    doc = Doc()
    doc.flat = rng.choice(["pipe", "tab", "space"])
    kind = k % 4
    if kind == 0:
        title = "집중호우 피해 조사 및 복구 지원 결과 보고"
        doc.t(title)
        doc.p("1. 피해 개요", "L", "head")
        paras(doc, ["기간: %s ~ %s, 누적 강수량 %dmm(최대 시간당 %dmm)" % (dstr((y, 7, rng.randint(1, 15))), dstr((y, 7, rng.randint(16, 28))), rng.randint(250, 700), rng.randint(40, 110)),
                    "피해: 주택 침수 %d동, 농경지 유실 %dha, 도로 유실 %d개소, 이재민 %d세대" % (rng.randint(20, 300), rng.randint(5, 120), rng.randint(3, 40), rng.randint(5, 80)),
                    "인명 피해는 없었으나 하천변 저지대 마을 두 곳이 한때 고립되어 주민 %d명이 임시 주거시설로 대피함" % rng.randint(20, 200),
                    "중앙합동조사단 조사를 거쳐 피해액 %s억 원이 확정되었고, 특별재난지역 선포 기준에는 미치지 못함" % won(rng.randint(20, 400))])
        doc.p("2. 공공시설 피해 및 복구", "L", "head")
        rows = [["시설", "위치", "피해 내용", "복구비(백만 원)", "복구 상황"]]
        for _ in range(18):
            rows.append([rng.choice(["소하천", "농로", "마을안길", "배수로", "세천", "교량"]), "%s리 일원" % rng.choice(["상", "하", "신", "내", "원"]),
                         rng.choice(["제방 유실", "노면 파손", "토사 퇴적", "호안 붕괴"]), str(rng.randint(10, 900)), rng.choice(["완료", "공사 중", "설계 중"])])
        doc.table(rows)
        paras(doc, ["응급 복구는 장비 %d대와 인력 %d명(공무원, 군 장병, 자원봉사자)을 투입하여 1주일 안에 마쳤음" % (rng.randint(30, 200), rng.randint(300, 3000)),
                    "항구 복구 사업은 원상 복구가 아닌 개선 복구 방식으로 설계하여 같은 피해가 반복되지 않도록 함"])
        doc.brk()
        doc.p("3. 사유시설 피해 주민 지원 내역", "L", "head")
        rows = [["성명", "주소", "피해 내용", "지원액(원)", "연락처"]]
        for p in people(rng, 18):
            rows.append([p, citizen_address(rng, short=True, near=ag), rng.choice(["주택 전파", "주택 반파", "주택 침수", "농작물 피해", "축사 침수"]),
                         won(rng.choice([2000000, 3000000, 16000000, 8000000, 1200000])), mobile(rng)])
        doc.table(rows)
        doc.brk()
        doc.p("4. 향후 조치", "L", "head")
        paras(doc, ["항구 복구 사업은 개선 복구 방식으로 설계하여 내년 우기 전까지 완료",
                    "재해 위험 개선 지구 추가 지정을 검토하고, 상습 침수 마을에는 배수펌프장 신설을 건의",
                    "피해 주민의 세금 감면, 국민연금 납부 예외 등 간접 지원 제도를 읍ㆍ면을 통해 다시 안내",
                    "이번 호우 대응 과정에서 드러난 재난 문자 발송 지연 문제는 발송 권한을 읍ㆍ면장까지 확대하여 개선"])
    elif kind == 1:
        title = "%d년 자원봉사센터 운영 결과 보고" % (y - 1)
        doc.t(title)
        doc.p("1. 운영 개요", "L", "head")
        paras(doc, ["등록 자원봉사자 %s명, 활동 실적 %s시간으로 코로나19 이전 수준을 회복함" % (won(rng.randint(5000, 90000)), won(rng.randint(100000, 900000))),
                    "분야별 활동: 생활 편의 지원, 주거 환경 개선, 재난 복구, 문화ㆍ체육 행사 지원",
                    "청소년 봉사 참여는 늘었으나 20~30대 성인 참여 비율은 %d%%에 그쳐 여전히 낮음" % rng.randint(8, 18),
                    "기업ㆍ단체 봉사단 %d곳과 협약을 맺어 정기 봉사 프로그램을 운영함" % rng.randint(10, 60)])
        doc.p("2. 분야별 실적", "L", "head")
        rows = [["분야", "참여 인원", "활동 시간", "수혜 인원"]]
        for f in ["생활 편의", "주거 환경", "상담", "교육", "보건 의료", "농어촌 봉사", "문화 행사", "환경 보호", "재난 복구", "행정 보조", "국제 협력", "멘토링"]:
            rows.append([f, won(rng.randint(100, 9000)), won(rng.randint(1000, 90000)), won(rng.randint(100, 20000))])
        doc.table(rows)
        paras(doc, ["재난 복구 분야는 여름철 수해 복구에 연인원 %s명이 참여하여 전년보다 크게 늘었음" % won(rng.randint(1000, 9000)),
                    "상담ㆍ교육 분야는 전문 자격을 가진 봉사자가 부족하여 수요를 다 채우지 못함"])
        doc.brk()
        doc.p("3. 우수 자원봉사자(인증서 발급 대상)", "L", "head")
        rows = [["성명", "생년월일", "연락처", "누적 시간", "주요 활동"]]
        for i, p in enumerate(people(rng, 22)):
            rows.append([p, birth_date(rng, 1950, 2005, i), mobile(rng), won(rng.randint(500, 8000)), rng.choice(ACTIVITIES)])
        doc.table(rows)
        doc.p("4. 개선 과제", "L", "head")
        paras(doc, ["청년층 참여 확대를 위한 주말ㆍ온라인 봉사 프로그램 개발과 대학 봉사 동아리 연계",
                    "봉사자 안전 교육을 의무화하고 상해보험 가입 범위를 단기 봉사자까지 확대",
                    "봉사 수요처 등록 절차를 간소화하고 수요ㆍ공급 연결 플랫폼을 개선"])
    elif kind == 2:
        title = "민원 처리 실태 자체 점검 결과"
        doc.t(title)
        doc.p("1. 점검 개요", "L", "head")
        paras(doc, ["기간: %d. 1. 1. ~ %d. 6. 30. 처리 민원 %s건 중 표본 %d건" % (y, y, won(rng.randint(3000, 40000)), rng.randint(100, 400)),
                    "방법: 민원처리시스템 기록 분석, 처리 부서 담당자 면담, 민원인 만족도 전화 조사",
                    "점검반: 감사담당관 주관, 민원 담당 부서 및 외부 민원 전문가 참여"])
        doc.p("2. 점검 결과", "L", "head")
        paras(doc, ["처리기간 준수율 %d%%, 중간 통지 누락 %d건, 회신 내용 불충분 %d건" % (rng.randint(85, 99), rng.randint(3, 40), rng.randint(2, 30)),
                    "반복ㆍ중복 민원은 주로 주차, 소음, 쓰레기 무단 투기 분야에서 발생",
                    "다부서 관련 민원은 주관 부서 지정이 늦어 처리기간을 넘기는 사례가 많았음",
                    "회신문에 법령 조문만 나열하고 민원인이 궁금해하는 조치 계획을 빠뜨린 경우가 여럿 확인됨",
                    "전화 조사에 응한 민원인의 만족도는 평균 %.1f점(5점 만점)으로, 불만 사유는 '답변이 형식적'이 가장 많았음" % rng.uniform(3.2, 4.3)])
        doc.brk()
        doc.p("3. 처리 부적정 사례", "L", "head")
        rows = [["접수번호", "민원인", "연락처", "민원 요지", "지적 사항"]]
        for p in people(rng, 22):
            rows.append(["%d-%05d" % (y, rng.randint(1, 99999)), p, mobile(rng), rng.choice(["주차 단속 요청", "층간소음 중재", "가로수 정비", "체납 처분 이의", "공사 소음"]),
                         rng.choice(["기한 초과", "중간 통지 누락", "답변 미흡", "이송 지연"])])
        doc.table(rows)
        doc.brk()
        doc.p("4. 개선 대책", "L", "head")
        paras(doc, ["처리기간 임박 민원 자동 알림 기능 도입, 부서별 민원 응대 교육 연 2회",
                    "다부서 민원은 접수 즉시 민원 총괄 부서가 주관 부서를 지정하고 협조 부서의 회신 기한을 명시",
                    "회신문 표준 서식을 개선하여 '처리 결과', '향후 계획', '문의처'를 반드시 적도록 함",
                    "우수 처리 사례를 분기마다 공유하고 민원 처리 실적을 부서 평가에 반영"])
    else:
        title = "○○지구 도시재생 주민 설명회 개최 결과"
        doc.t(title)
        doc.p("1. 개요", "L", "head")
        paras(doc, ["일시ㆍ장소: %s 19:00, 마을회관, 주민 %d명 참석" % (dstr((y, m, d)), rng.randint(40, 200)),
                    "목적: 도시재생 활성화 계획(안)을 설명하고 주민 의견을 들어 계획에 반영",
                    "진행: 사업 설명(40분), 질의응답(60분), 의견서 접수"])
        doc.p("2. 사업 설명 내용", "L", "head")
        paras(doc, ["사업 구역과 주요 거점 시설(주민 공동이용시설, 공영주차장, 마을 부엌)",
                    "집수리 지원 사업 신청 방법과 지원 한도(가구당 최대 1,200만 원, 자부담 10%)",
                    "골목길 정비 우선순위 선정 기준(보행 안전, 노후도, 주민 요청)",
                    "향후 일정(실시설계, 착공, 거점 시설 운영 주체 선정)",
                    "주민협의체 구성 방법과 참여 신청 안내"])
        doc.brk()
        doc.p("3. 주민 질의 및 답변", "L", "head")
        for p in people(rng, 14):
            doc.p("  ○ %s(%s 거주, %s): %s" % (p, rng.choice(["1통", "2통", "3통", "5통"]), mobile(rng),
                                           rng.choice(["주차장 위치를 마을 입구로 옮겨 달라", "집수리 지원 대상에 세입자도 포함되는지 궁금하다", "공사 기간 중 소음 대책을 마련해 달라",
                                                       "거점 시설 운영은 누가 맡는가", "골목길 CCTV를 늘려 달라", "노인 일자리와 연계할 수 있는가"])))
            doc.p("    → 답변: %s" % rng.choice(["실시설계 단계에서 검토하겠음", "지원 기준에 따라 가능함", "공사 시간 제한과 방음막 설치 예정", "주민협의체에서 논의 예정"]))
        doc.p("  ※ 서면 의견서 접수 현황", "L", "body")
        rows = [["번호", "제출자", "주소", "의견 요지"]]
        for i, p in enumerate(people(rng, 10)):
            rows.append([str(i + 1), p, citizen_address(rng, short=True, near=ag), rng.choice(["주차장 규모 확대", "거점 시설에 경로당 기능 추가", "골목길 일방통행 반대",
                                                                                  "집수리 지원 한도 상향", "공사 기간 단축", "상가 활성화 방안 요구"])])
        doc.table(rows)
        doc.brk()
        doc.p("4. 후속 조치", "L", "head")
        paras(doc, ["질의 사항 검토 결과를 다음 설명회에서 공유하고 누리집에 게시",
                    "주차장 위치와 거점 시설 운영 방식은 주민협의체 분과 회의에서 두 차례 더 논의",
                    "설명회에 참석하지 못한 주민을 위해 통별 찾아가는 간담회를 추가로 개최"])
    g = ["부분공개(6)", "부분공개(6)", "부분공개 (6)", "부분공개(6)"][k % 4]
    doc.blank()
    if k % 2 == 0:
        doc.p("※ 공개구분: %s - 개인 인적사항 부분은 공개하지 않음" % g, "L", "small")
        loc = "last_line"
    else:
        doc.table(approval_rows(signers(rng, ag), [["공개구분", g]]), None, "approval")
        loc = "approval_table"
    return finish(doc, "partial", "none", ["OIDA-9-1-6"], "보고서(장문)", "field_partial", loc, g, ["long_doc", "cue_at_end", "stated:partial:6"], title)


def t_long_nonpublic(rng, k, fmt):
    ag = agency(rng, ["local", "metro", "soe", "agency"])
    dept = rng.choice(ag["depts"])
    y = rng.randint(2021, 2026)
    doc = Doc()
    doc.flat = rng.choice(["pipe", "tab", "space"])
    kind = k % 4
    if kind == 0:
        title = "산하 공공기관 경영 효율화 방안 검토"
        doc.t(title)
        doc.p("1. 검토 배경", "L", "head")
        paras(doc, ["출자ㆍ출연기관 %d곳의 누적 적자와 기능 중복에 대한 의회 지적이 이어지고 있음" % rng.randint(5, 20),
                    "재정 여건 악화로 내년도 출연금 동결이 불가피하여 기관 운영 방식의 근본적인 재검토가 필요함",
                    "상급기관의 지방 공공기관 혁신 지침에 따라 기능 조정 계획을 하반기 중 제출해야 함"])
        doc.p("2. 기관별 현황", "L", "head")
        rows = [["기관", "정원", "현원", "출연금(억 원)", "자체 수입(억 원)", "부채비율"]]
        for n in ["문화재단", "복지재단", "시설관리공단", "경제진흥원", "관광공사", "평생교육진흥원", "인재육성재단", "청소년재단", "여성가족재단", "체육회", "장학회", "환경재단"]:
            rows.append([n, str(rng.randint(20, 400)), str(rng.randint(18, 390)), str(rng.randint(5, 300)), str(rng.randint(1, 200)), "%d%%" % rng.randint(10, 300)])
        doc.table(rows)
        paras(doc, ["문화재단과 관광공사는 축제ㆍ행사 기획 기능이 겹치고, 복지재단과 여성가족재단은 연구 기능이 중복됨",
                    "시설관리공단은 위탁 시설 증가로 인력이 늘었으나 시설별 수익 구조는 개선되지 않음"])
        doc.p("  ※ 최근 5년 출연금 및 자체 수입 추이(억 원)", "L", "body")
        rows = [["연도", "출연금 합계", "자체 수입 합계", "인건비 합계", "당기 순손익"]]
        for yy in range(y - 5, y):
            rows.append([str(yy), won(rng.randint(400, 1500)), won(rng.randint(100, 700)), won(rng.randint(300, 900)), str(rng.randint(-120, 30))])
        doc.table(rows)
        doc.brk()
        doc.p("3. 효율화 대안", "L", "head")
        paras(doc, ["1안: 문화재단과 관광공사 통합(인력 %d명 감축, 연 %d억 원 절감)" % (rng.randint(10, 40), rng.randint(5, 30)),
                    "2안: 복지재단 기능 일부를 직영 전환하고 연구 기능은 여성가족재단으로 이관",
                    "3안: 현 체계 유지, 출연금 %d%% 일괄 삭감" % rng.randint(5, 20)], "  ")
        doc.p("4. 쟁점", "L", "head")
        paras(doc, ["통합 시 기관장 자리 감소에 따른 반발과 노동조합의 고용 승계 요구",
                    "설립 조례 개정이 필요하여 의회 심의 일정에 따라 시행 시기가 달라질 수 있음",
                    "통합 기관의 본부 위치를 두고 지역 간 이해관계가 엇갈릴 가능성"])
        doc.brk()
        doc.p("5. 검토 의견", "L", "head")
        paras(doc, ["대안별 재정 효과를 비교하면 1안이 가장 크지만, 조직 통합 과정의 갈등 비용과 사업 공백을 함께 고려해야 함",
                    "2안은 인력 감축 효과는 작으나 기관 반발이 적어 단기간에 추진할 수 있음",
                    "1안을 중심으로 추진하되, 의회와 노조 협의 결과에 따라 시기를 조정할 필요",
                    "최종안 확정 전까지 대안별 인력 감축 규모는 대외에 언급하지 않음",
                    "외부 컨설팅 결과(다음 달 제출 예정)를 받아 본 뒤 간부회의에서 최종 방향을 정함"])
        g = "비공개(5)"
    elif kind == 1:
        title = "시내버스 준공영제 재정지원금 산정 검토"
        doc.t(title)
        doc.p("1. 현황", "L", "head")
        paras(doc, ["준공영제 참여 운송사 %d개, 노선 %d개, 차량 %d대" % (rng.randint(5, 20), rng.randint(50, 200), rng.randint(500, 2000)),
                    "재정지원금은 최근 5년 사이 두 배 가까이 늘어 시 재정에 큰 부담이 되고 있음",
                    "운송사별 경영 효율 차이가 커서 표준운송원가 방식의 한계가 지적됨"])
        rows = [["운송사", "운행 대수", "표준운송원가(원/대ㆍ일)", "운송수입(백만 원)", "지원금(백만 원)"]]
        for n in ["○○운수", "△△여객", "□□교통", "◇◇버스", "☆☆운수", "신한여객", "대원교통", "삼화운수", "동부여객", "한성교통", "서진버스", "태평운수"]:
            rows.append([n, str(rng.randint(30, 200)), won(rng.randint(600000, 800000)), won(rng.randint(1000, 9000)), won(rng.randint(500, 9000))])
        doc.table(rows)
        doc.p("  ※ 적자 상위 노선", "L", "body")
        rows = [["노선", "운행 대수", "일 평균 승객", "수입금(천 원/일)", "적자율"]]
        for _ in range(15):
            rows.append(["%d번" % rng.randint(1, 999), str(rng.randint(3, 30)), won(rng.randint(300, 9000)), won(rng.randint(300, 9000)), "%d%%" % rng.randint(20, 80)])
        doc.table(rows)
        doc.brk()
        doc.p("2. 산정 기준 변경안", "L", "head")
        paras(doc, ["정비비ㆍ관리직 인건비 상한 설정, 성과 이윤 배분 방식 변경",
                    "연료비 단가 연동 방식 도입(분기별 정산)",
                    "운행 실적이 계획에 못 미치는 노선은 지원금을 감액하고, 배차 간격 준수율을 평가 지표에 추가",
                    "운송사 회계 감사를 외부 회계법인에 맡기고 결과를 지원금 산정에 반영"])
        doc.p("3. 운송사와의 협상 전망", "L", "head")
        paras(doc, ["운송사 연합회는 표준운송원가 %d%% 인상을 요구하고 있어 협상 난항 예상" % rng.randint(5, 15),
                    "협상 마지노선: 인상률 %d%% 이내, 성과 이윤은 상위 30%% 운송사에만 배분" % rng.randint(2, 5),
                    "노조는 임금 인상분의 원가 반영을 요구하고 있어 노ㆍ사ㆍ시 3자 협의가 필요함"])
        doc.brk()
        doc.p("4. 검토 의견", "L", "head")
        paras(doc, ["산정 기준을 바꾸면 첫해 지원금은 약 %d억 원 줄어들 것으로 추산되나, 운송사 반발로 운행 차질이 생길 가능성도 있음" % rng.randint(20, 90),
                    "운송사별로는 차량 대수가 적은 중소 운송사의 타격이 커서 경영 악화 시 노선 반납 요구가 나올 수 있음",
                    "변경안은 의회 상임위원회 보고 전까지 운송사에 사전 설명하지 않고, 협상 전략은 관계 부서 간에만 공유",
                    "시민 요금 인상 없이 지원금 증가율을 연 3% 이내로 묶는 것을 목표로 함"])
        g = "비공개(제9조 제1항 제5호)"
    elif kind == 2:
        title = "내부 감사 진행 상황 중간 보고"
        doc.t(title)
        doc.p("1. 감사 개요", "L", "head")
        paras(doc, ["대상: %s 업무 특정감사(%d. %d. 착수)" % (rng.choice(["계약", "보조금 정산", "채용 절차"]), y, rng.randint(1, 12)),
                    "착수 배경: 익명 제보와 자체 모니터링에서 이상 징후 확인",
                    "감사반: 감사팀장 외 %d명, 외부 회계 전문가 1명 자문" % rng.randint(3, 6)])
        doc.p("2. 현재까지 확인된 사항", "L", "head")
        rows = [["번호", "사안", "확인 내용", "추가 조사 필요"]]
        for i in range(22):
            rows.append([str(i + 1), rng.choice(["수의계약 분할", "증빙 미비", "면접 점수 조정 의혹", "허위 출장", "예산 전용"]),
                         rng.choice(["관련 서류 확보", "담당자 진술 청취", "거래처 자료 요청 중", "전산 기록 분석 중"]), rng.choice(["예", "아니오"])])
        doc.table(rows)
        paras(doc, ["일부 사안은 관련자 진술이 서로 엇갈려 추가 확인이 필요함",
                    "거래처 자료는 임의 제출을 요청하였으나 아직 회신이 없음",
                    "수의계약 분할 의혹은 같은 업체와 한 달 사이에 비슷한 품목으로 네 차례 계약한 기록이 확인되어, 계약 담당자와 결재권자의 문답을 앞두고 있음",
                    "면접 점수 조정 의혹은 면접위원 평정표 원본과 전산 입력 점수가 일부 다른 것으로 나타나 평정표 작성 경위를 확인 중임",
                    "허위 출장 의혹은 출장 기간 중 청사 출입 기록과 법인카드 사용 내역을 대조하고 있으며, 관련자 소명서를 받을 예정임"])
        doc.p("  ※ 사안별 관련 부서 및 확인 자료", "L", "body")
        doc.table([["사안", "관련 부서", "확보 자료", "비고"]] +
                  [[rng.choice(["계약", "채용", "출장", "예산"]), rng.choice(["총무과", "회계과", "인사팀", "시설관리팀", "기획예산과"]),
                    rng.choice(["계약서 사본", "평정표 원본", "출입 기록", "카드 사용 내역", "전자결재 기록"]), rng.choice(["원본 대조 완료", "추가 요청", "분석 중"])]
                   for _ in range(10)])
        doc.brk()
        doc.p("3. 향후 계획", "L", "head")
        paras(doc, ["관련자 추가 문답, 외부 기관 자료 조회",
                    "감사 결과 확정 전까지 사안별 내용은 감사 대상 부서에도 알리지 않음",
                    "위법 사항이 확인되면 수사기관 통보 여부를 감사위원회에서 심의"])
        doc.p("4. 감사 일정", "L", "head")
        doc.table([["단계", "기간", "비고"], ["자료 분석", "1~2주", "완료"], ["관련자 문답", "3~4주", "진행 중"], ["결과 정리ㆍ심의", "5~6주", "예정"]])
        g = "비공개 (9조1항5호)"
    else:
        title = "청사 정보보안 취약점 진단 결과"
        doc.t(title)
        doc.p("1. 진단 개요", "L", "head")
        paras(doc, ["외부 전문기관 모의해킹 및 설정 점검, %d. %d." % (y, rng.randint(1, 12)),
                    "범위: 누리집, 민원 서버, 내부 업무망, 무선랜, 출입통제ㆍCCTV 관리 서버",
                    "방법: 외부 침투 시험, 내부자 관점 점검, 보안 설정 체크리스트 점검"])
        doc.p("2. 진단 결과 요약", "L", "head")
        rows = [["번호", "대상", "취약점", "위험도", "조치 기한"]]
        for i in range(24):
            rows.append([str(i + 1), rng.choice(["누리집", "민원 서버", "내부 메일", "무선랜", "출입통제 서버", "CCTV NVR"]),
                         rng.choice(["관리자 페이지 외부 노출", "기본 계정 비밀번호 사용", "미패치 취약점", "불필요 포트 개방", "암호화 미적용"]),
                         rng.choice(["상", "중", "하"]), "%d. %d." % (y, rng.randint(1, 12))])
        doc.table(rows)
        doc.brk()
        doc.p("3. 세부 분석", "L", "head")
        paras(doc, ["출입통제 서버는 제조사 기본 계정이 그대로 남아 있어 외부에서 접근하면 출입 기록을 조작할 수 있는 상태였음",
                    "CCTV 녹화 장비 일부는 관리 화면이 업무망에 노출되어 영상 유출 위험이 있음",
                    "누리집 게시판의 파일 업로드 검증이 미흡하여 악성 파일 업로드가 가능하였음"])
        doc.p("4. 조치 계획", "L", "head")
        paras(doc, ["위험도 '상' 항목은 2주 이내 조치 후 재진단",
                    "출입통제ㆍCCTV 장비는 별도 망으로 분리하고 관리자 접속은 지정 단말에서만 허용",
                    "모든 서버와 네트워크 장비의 기본 계정을 삭제하거나 비밀번호를 바꾸고, 분기마다 계정 현황을 점검",
                    "누리집 게시판은 허용 확장자 목록 방식으로 업로드를 제한하고 웹 방화벽 정책을 강화",
                    "진단 결과는 정보보안 담당관이 직접 관리하고, 조치 부서에는 해당 항목만 발췌하여 전달",
                    "조치가 끝날 때까지 진단 결과의 외부 유출을 금함"])
        g = dwb_with_period(rng, k)
    doc.blank()
    if kind < 3:
        sig = signers(rng, ag)
        doc.p(signer_line(rng, sig, (y, 6, 1), 0), "L", "small")
        doc.p("시행  %s  (%s)" % (docno(rng, dept), dstr(rand_date(rng, y, y))), "L", "small")
        doc.p("우 %s  %s  / %s" % (ag["zip"], ag["addr"], ag["web"]), "L", "small")
        doc.p("전화번호 %s  팩스번호 %s  / %s  / %s" % (tel(rng, ag), fax(rng, ag), email_of(rng), g), "L", "small")
        return finish(doc, "non_public", "none", ["OIDA-9-1-5"], "보고서(장문)", "field_nonpublic", "gyeolmun_field", g,
                      ["long_doc", "cue_at_end", "stated:non_public:5"], title)
    doc.p(g, "C", "stamp")
    return finish(doc, "non_public", "대외비", ["OIDA-9-1-3"], "보고서(장문)", "marking_대외비", "last_line", g, ["long_doc", "cue_at_end"], title)


def t_long_secret(rng, k, fmt):
    """Long 비상대비 inspection report; the Ⅲ급비밀 stamp and 예고문 only on the last page."""
    ag = agency(rng, ["metro", "central"])
    y = rng.randint(2023, 2026)
    doc = Doc()
    doc.flat = rng.choice(["pipe", "tab"])
    title = "%d년 비상대비 업무 종합 점검 결과" % y
    doc.t(title)
    doc.p("1. 점검 개요", "L", "head")
    paras(doc, ["대상: 시ㆍ군ㆍ구 및 중점관리 지정 업체 %d개소" % rng.randint(20, 60),
                "기간: %d. %d. ~ %d. %d." % (y, rng.randint(3, 5), y, rng.randint(6, 8)),
                "중점: 충무계획 현행화, 동원 자원 관리, 비상 연락 체계, 전시 임무 숙지",
                "방법: 서면 점검과 현장 확인 병행, 비상 연락망 불시 시험"])
    doc.p("2. 기관별 점검 결과", "L", "head")
    rows = [["기관", "계획 현행화", "자원 관리", "연락 체계", "종합"]]
    for n in ["○○시", "△△군", "□□구", "◇◇시", "☆☆군", "○○구", "××시", "△△구", "신평군", "동해구", "서원시", "남산군", "북평시", "중원구",
              "동부구", "서해군", "남원구", "북산시", "중앙구", "신도시"]:
        rows.append([n] + [rng.choice(["우수", "보통", "미흡"]) for _ in range(3)] + [rng.choice(["A", "B", "C"])])
    doc.table(rows)
    doc.brk()
    doc.p("3. 주요 미비점", "L", "head")
    paras(doc, ["동원 대상 차량 %d대의 소유자 변경 미반영" % rng.randint(10, 200),
                "전시 임무 카드 미교부 %d명, 교부자 중 임무를 정확히 설명하지 못한 직원 %d명" % (rng.randint(5, 80), rng.randint(5, 40)),
                "비상 연락망 시험 결과 응답률 %d%%, 야간 응답률은 더 낮음" % rng.randint(60, 90),
                "중점관리 지정 업체 %d곳의 생산 능력 자료가 3년 이상 갱신되지 않음" % rng.randint(3, 20),
                "소산 장소 비상 발전기 %d대가 연료 부족 또는 기동 불량 상태" % rng.randint(1, 6)])
    doc.p("  ※ 동원 자원 변동 현황", "L", "body")
    rows = [["자원 종류", "지정", "변동(증)", "변동(감)", "미반영"]]
    for t in ["인력(기술)", "인력(일반)", "화물차", "버스", "굴착기", "지게차", "발전기", "급수차", "선박", "의료 장비", "통신 장비", "생필품 업체"]:
        rows.append([t, won(rng.randint(10, 9000)), str(rng.randint(0, 300)), str(rng.randint(0, 300)), str(rng.randint(0, 80))])
    doc.table(rows)
    doc.p("4. 우수 사례", "L", "head")
    paras(doc, ["○○시는 동원 자원 변동 사항을 매월 자동 대조하는 체계를 갖추어 현행화율 99%를 유지함",
                "△△군은 읍ㆍ면 직원 대상 전시 임무 숙지 교육을 분기마다 실시하여 숙지도가 높았음",
                "□□구는 중점관리 지정 업체와 합동으로 생산 전환 절차를 직접 시연하여 업체 담당자의 이해도를 높였음",
                "◇◇시는 소산 장소 비상 발전기를 월 1회 부하 시험하고 결과를 기록으로 남겨 설비 상태가 가장 양호하였음"])
    doc.p("  ※ 점검 중 확인된 공통 개선 필요 사항", "L", "body")
    paras(doc, ["충무계획 부록의 연락처와 담당자가 인사이동 후에도 갱신되지 않은 기관이 많아, 인사 발령 시 자동 갱신 절차가 필요함",
                "동원 자원 관리 시스템과 차량 등록 자료의 연계가 끊겨 소유자 변경이 늦게 반영되고 있음",
                "전시 임무 카드가 형식적으로 교부되어 실제 임무와 맞지 않는 경우가 있어 부서별 임무 재정비가 필요함"], "    - ")
    doc.brk()
    doc.p("5. 조치 계획", "L", "head")
    paras(doc, ["미흡 기관은 3개월 안에 재점검하고, 결과를 을지연습 강평에 반영",
                "동원 자원 변동 자료는 관계기관 시스템과 연계하여 분기별로 일괄 갱신",
                "비상 연락망은 야간ㆍ휴일 시험을 포함하여 월 1회 점검",
                "발전기 등 소산 장소 설비는 예산을 긴급 배정하여 연내 정비"])
    doc.p("6. 붙임 자료 목록", "L", "head")
    paras(doc, ["기관별 세부 점검표", "동원 자원 변동 현황", "비상 연락망 시험 결과"])
    mark = ["Ⅲ급비밀", "III급 비밀"][k % 2]
    doc.blank()
    doc.p(yegomun(rng, "Ⅲ급비밀", k), "L", "small")
    doc.p(mark, "C", "stamp")
    return finish(doc, "non_public", "III급", ["OIDA-9-1-1", "OIDA-9-1-2"], "점검결과(장문)", "marking_III", "last_line", mark,
                  ["long_doc", "cue_at_end", "yegomun"], title)

README_TEMPLATE = """# sens_s — independent evaluation set for Korean document sensitivity

`sens_s` is a synthetic, independently written evaluation set for a classifier that decides, for a
Korean public-sector document, **how it may be disclosed** (`disclosure`), **which classification
stamp it carries** (`marking`) and **why** (`reasons`). It follows the record format and the label rules of
the *Sensitivity set* section of `/work/shared/pii-dev/README.md`, but none of its text, templates or code
comes from that set or from any other evaluation set or classifier (see *Independence*).

Every name, number, address and document in this folder is invented by `make_set.py`. Government
agencies appear with their real names and public office addresses (institution contact points),
but the documents attributed to them are fictitious. Resident registration numbers carry a valid
check digit and may coincide with real numbers by chance: treat the files as sensitive-looking test data.

## Files

| file | content |
|---|---|
| `make_set.py` | Deterministic generator and validator. `/work/evalsets/venv_sens_s/bin/python make_set.py` rewrites everything below, validates it and writes `MD5SUMS` last. Needs `reportlab` (PDF) and `pdftotext` (validation); `python-hwpx`, if installed, is used as an extra HWPX check. |
| `sens_s.jsonl` | {n} records, one per line. |
| `sens_s.meta.jsonl` | One line per record: where the cue sits and what it is. |
| `files/` | The HWPX and PDF documents referred to by `"file"`. |
| `README.md` | This file (written by `make_set.py`). |
| `MD5SUMS` | `md5sum` of every other file in the folder (relative paths), written last. Check with `md5sum -c MD5SUMS`. |

### Record format (`sens_s.jsonl`)

Exactly as in the pii-dev README's sensitivity section, plus `genre` and with `"file"` instead of `"text"` for documents that are files:

```
{example_text}
{example_file}
```

* `disclosure` ∈ `public`, `partial`, `non_public`.
* `marking` ∈ `none`, `대외비`, `III급`, `II급`, `I급`.
* `reasons` ⊆ `OIDA-9-1-1` … `OIDA-9-1-8` (정보공개법 제9조 제1항 제1~8호), `PIPA-23` (개인정보 보호법 제23조 민감정보), `PIPA-24` (제24조 고유식별정보); sorted in that order, empty for `public`.
* `file` is relative to this folder. A scorer should read `.hwpx` (OWPML zip) and `.pdf` itself; nothing is pre-extracted.

### Meta format (`sens_s.meta.jsonl`)

`{{"id", "template", "format", "cue", "cue_location", "cue_text", "flags"}}`

* `template` — generator template (see the composition table); `format` — `text`, `hwpx` or `pdf`.
* `cue` — what decides the label: `field_public/partial/nonpublic` (a stated 공개구분), `checkbox_*`, `marking_대외비/III/II/I`,
  `informal_internal`, `law_citation`, `attachment_withheld`, `content_*` (no stated field; the content decides),
  `mention_*` (a sensitive-looking word that does **not** decide anything), `mismatch_field_public`, `masked_person`, `none`.
* `cue_location` — where it sits (table below). `cue_text` — the exact string as it appears in the document
  (after OCR noise for noisy documents; for PDFs after mapping the few characters the Korean CID fonts cannot carry,
  e.g. `·`→`ㆍ`). Empty when there is no cue (press releases, notices).
* `flags` — `mention_only`, `content_only`, `field_content_mismatch`, `unmasked_id` (a full RRN/FRN/passport/driver-licence number is present),
  `masked_id`, `masked_names`, `ocr_noise`, `long_doc`, `cue_at_end`, `old_style`, `yegomun`, `copy_number`, `informal_marking`,
  `placeholder_person`, `attachment_present`, `officials_only`, `companies_only`, `no_field`, and `stated:<class>[:<items>]`
  = what the document's own 공개구분 field says (e.g. `stated:partial:5,6`).

## Composition

{disc_table}

{mark_table}

{fmt_table}

Reasons (documents carrying each):

{reason_table}

Where the deciding cue sits:

{loc_table}

Flags:

{flag_table}

Templates ({n_genres} genres; all prose is written per template, no sentence frame is shared between templates
apart from the fixed 공문 결문 layout):

{tmpl_table}

Genres: {genre_list}.

Agencies: 중앙부처 (행정안전부, 국토교통부, 보건복지부, 환경부, 고용노동부, 교육부, 산업통상자원부, 해양수산부, 농림축산식품부, 법무부, 문화체육관광부, 국가보훈부),
광역 (서울·부산·인천·대구·대전·광주·경기·강원·충남·전북·경남·제주), 기초 (마포구, 노원구, 해운대구, 수원시, 청주시, 전주시, 김해시, 원주시, 의성군, 양평군, 순천시),
교육청·교육지원청, 경찰청·시도경찰청·경찰서, 소방청·소방재난본부·소방서, 공기업 (LH, 한전, 수자원공사, 도로공사, 가스공사, 지역난방공사),
법원 (서울중앙지법, 수원지법, 대전지법, 법원행정처), 공공기관 (건강보험공단, 국민연금공단, 산업인력공단, 근로복지공단, 소비자원, 환경공단, 교통안전공단, 장학재단, KISA).
Dates run from 1994 (old-style 공문 with 문서번호/시행일자 in the 두문 and 공개여부 under the 직인생략 line) to 2026.

### What is covered

* **결문 공개구분** after the 시행/접수 line, in the 별지 제1호서식 layout (발신명의, 기안자·검토자·결재권자, 시행 처리과-번호(일자), 접수, 우편번호·주소·누리집, 전화·팩스·전자우편 / 공개구분):
  `공개`, `대국민공개`, `공 개`, `부분공개(6)`, `부분공개 (6)`, `부분공개(제6호)`, `부분공개(7)`, `부분공개(5,6)`, `부분공개(6, 7)`, `부분공개(7,6)`, `부분공개(8)`,
  `비공개(3)`, `비공개(4)`, `비공개(4,6)`, `비공개(5)`, `비공개(제5호)`, `비공개(제9조 제1항 제5호)`, `비공개(제9조제1항제5호)`, `비공개 (9조1항5호)`, `비공개(7)`,
  as a `/ …` tail of the telephone line, as its own `공개구분  …` / `공개구분: …` / `공개여부 : …` line, or as `전화 … 전송 … / … / …`.
* **결재란** tables (담당·팀장·과장 signature boxes) with a 공개여부/공개구분 row or a `보안` row carrying the stamp.
* **Page headers and footers** (real `hp:header`/`hp:footer` controls in HWPX, drawn on every page in PDF; first/last lines in text).
* **Stamps** in text boxes (`hp:rect` + `hp:drawText` in HWPX; a red framed box in PDF) and in header table cells (a `보안등급` or `문서분류` cell followed by the stamp, sometimes with a 사본 cell; informal markings after a `문서 구분` cell).
* **Markings** in many spellings: `대 외 비`, `[대외비]`, `《대외비》`, `〔대외비〕`, `<대외비>`, `보안등급: 대외비`, `….까지 대외비`, `대외비(보호기간: …까지)`,
  `대외비 (… 이후 일반문서로 재분류)`, `Ⅲ급비밀`, `III급 비밀`, `3급 비밀`, `3급비밀`, `비밀(Ⅲ급)`, `Ⅲ 급 비 밀`, `Ⅱ급비밀`, `II급 비밀`, `2급 비밀`, `비밀(Ⅱ급)`,
  `Ⅰ급비밀`, `I급 비밀`, `1급 비밀`, `비밀(Ⅰ급)`, with 예고문 (`예고문: ….까지 Ⅲ급비밀, 이후 일반문서로 재분류`, `예고문 : ….12.31. 일반문서로 재분류`, `예 고 문 : …까지 … / 이후 파기`, `(예고문) …년 12월 31일까지 보호, 이후 …에서 일반문서로 재분류`) and 사본번호 (`사본번호: i/n`, `사본 제i호 (총 n부)`, `사본번호 n-i`, `(사본 n부 중 제i호)`).
* **붙임 lines** (`2. 지급 대상자 명단 1부(비공개).`) and **sentences about withheld parts** (`※ 개인정보가 포함된 붙임 2는 공개 대상에서 제외합니다.`), with the withheld attachment actually present after the 결문.
* **제9조 citations** in running text: `「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호`, `법 제9조①6`, `9조 1항 6호`, `정보공개법 제9조제1항제6호`,
  `「공공기관의 정보공개에 관한 법률」 제9조 제1항 제7호`, `법 제9조①7`, `법 제9조①5`, `9조 1항 5호`, `「공공기관의 정보공개에 관한 법률」 제9조 제1항 제5호`.
* **Informal internal markings**: `[내부용]`, `[대내용]`, `내부 검토용`, `취급주의`, `외부 배포 금지`, `대외 유출 금지`, `※ 내부 검토용 자료 - 외부 유출 금지`, `〈취급주의〉 외부 배포 금지`.
* **Checkbox forms**: `■ 공개 □ 부분공개 □ 비공개`, `■공개 □부분공개 □비공개`, `□공개 ■부분공개 □비공개`, `■부분공개 □비공개`, `공개( ) 부분공개(○) 비공개( )`.
* **OCR noise** (scanned documents): full-width digits, `‐ － – ―` hyphens, spaces inside words (`부 분 공 개 (6)`, `Ⅲ급 비 밀`), dropped spaces, stray marks (middle dots, `˙`, `¸`, `°`, `|`, quotes and back-quotes), noisy cues.
* **Long documents** (2–4 pages: page breaks in HWPX, real pages in PDF, `- n -` page lines in text) whose only cue is on the last page.
* **Content-only documents** (no stated field): rosters of citizens, 징계의결서 (DUI conviction and non-criminal), 질병휴직/병가, 조합비 공제 명단, 수사 의뢰, 내부 검토, 시험 문항, 기업 영업비밀, 사고 보고, named 민원 회신.
* **Mention-only documents** (public, `none`): 대외비/비밀 handling guides and checklists, 정보공개 guides quoting `부분공개(6)`/`비공개(제9조 제1항 제5호)`,
  password notices, civil-service grades (`3급(부이사관)`, `1급, 관리관`, `9급`), roman section numbering (`Ⅲ. 추진 계획`), 홍길동/`000000-0000000` form examples,
  a declassification notice, cover letters saying the attachment is `3급 비밀` and is sent separately, a public security-audit summary, masked names (`김○○`).
* **Printed field vs content disagreement** (`field_content_mismatch`): 8 documents print `공개`; five list full RRNs and bank accounts
  (gold `partial`, `[OIDA-9-1-6, PIPA-24]`, the pii-dev README's rule) and three are a DUI 징계 notice or a cancer sick-leave notice (gold `non_public`, `[OIDA-9-1-6, PIPA-23]`).

## Label rules applied

Taken from the pii-dev README (Sensitivity set); the generator asserts each one (see *Validation*).

* `marking` is the stamp the document itself carries. Mentions (guides, civil-service grades, `비밀번호`, section numbers, cover letters about a separately sent secret, declassification notices) give `none`.
  Informal internal markings (`[내부용]`, `취급주의`, …) are **not** 대외비: `marking = none`, and the content decides the reasons.
* `public` ⇒ no reasons. Officials acting in office (결문 signers, 보도자료 담당자, 인사발령, 회의 참석 공무원) are disclosable (제9조 제1항 제6호 라목). Masked persons (`김○○`) and companies are not personal data.
* `partial` — the document is disclosable once personal or business data is removed (names/addresses/phones of citizens, evaluators' names, a company's cost data, withheld attachments).
* `non_public` — the sensitive part is the document itself: classified documents, 대외비, internal reviews and 착수 전 audit plans, rosters consisting only of personal data, disciplinary and health records, investigation requests, exam questions, a company's trade-secret submission.
* `OIDA-9-1-1` only with Ⅰ/Ⅱ/Ⅲ급 비밀 and always with a content reason (`-2` for 충무·을지·전시 plans, `-3` for 국가중요시설 방호). 대외비 documents carry only content reasons (`-3` 방호·CCTV·정보보안 진단, `-4` 단속 계획, `-5` 감사 계획·예정가격·인사 검증, `-6` 인사 검증·확진자, `-8` 택지 후보지, `PIPA-23` 확진자).
* `OIDA-9-1-6` when private individuals (or officials in a non-official capacity: discipline, health, union membership, audit 관련자) are identifiable.
* `PIPA-24` only when an **unmasked** RRN, 외국인등록번호, passport or driver-licence number appears; masked RRNs (`830701-2●●●●●●`, `******`) give `-6` only.
* `PIPA-23` for health data (diagnoses, injuries of accident victims, dementia registry, infection cases), criminal convictions (DUI 벌금형) and trade-union membership (조합비 공제 명단).
* When the printed field and the content agree, the gold label equals the field (`부분공개(5,6)` ⇒ `partial`, `[OIDA-9-1-5, OIDA-9-1-6]`). When they disagree, the label follows the content (flag `field_content_mismatch`).

## File formats

* **HWPX** (OWPML / KS X 6101 package, following `openhwp/openhwp` `docs/hwpx/` 08-packaging, 09-header and 10-body chapters): a ZIP whose first entry is `mimetype`
  (`application/hwp+zip`, stored), then `version.xml` (stored), `Contents/header.xml` (fonts, border fills, char/para properties, style),
  `Contents/section0.xml` (`hs:sec` with `hp:secPr`, `hp:colPr`, `hp:header`/`hp:footer`/`hp:pageNum` controls in the first paragraph; tables as `hp:tbl`/`hp:tr`/`hp:tc`
  with `hp:cellAddr`/`hp:cellSpan`/`hp:cellSz`; stamps as `hp:rect` with `hp:drawText`; page breaks as `pageBreak="1"`), `settings.xml`, `Preview/PrvText.txt`
  (the first 1,024 characters, as a word processor writes it — so a reader that only looks at the preview misses cues at the end), `META-INF/container.xml`, `META-INF/manifest.xml`,
  `Contents/content.hpf` (OPF manifest and spine). Namespaces are the Hancom 2011 ones used by real files. Fixed ZIP timestamps make the bytes reproducible.
* **PDF** (reportlab, `invariant=1`, Korean CID fonts `HYSMyeongJo-Medium` for body and `HYGothic-Medium` for titles/tables/stamps): A4, the running header and
  the footer (`- n -` and any footer text) drawn on every page, tables drawn as ruled grids, stamps as framed boxes. Text is extractable with `pdftotext`.
* **text** records render the same document model as plain text: tables flattened with ` | `, `|…|`, tabs or double spaces; page headers/footers as first/last lines and repeated around `- n -` page lines in long documents.

## Validation (performed by `make_set.py` on the written files)

* Both JSONL files parse; ids are unique; keys are exactly `id, text|file, disclosure, marking, reasons, genre` and `id, template, format, cue, cue_location, cue_text, flags`.
* Label rules: value sets; `public` ⇒ no reasons and no marking; non-public ⇒ at least one reason; Ⅰ/Ⅱ/Ⅲ급 ⇒ `non_public` + `OIDA-9-1-1` + a content reason;
  대외비 ⇒ `non_public` without `OIDA-9-1-1`; `OIDA-9-1-1` only with 비밀; `PIPA-24` ⇔ `unmasked_id`, and `PIPA-24` ⇒ `OIDA-9-1-6`; `mention_only` ⇒ public/none;
  stated field = gold class and its 호 numbers ⊆ reasons unless flagged `field_content_mismatch`; the RRN-mismatch documents are `partial`, `[OIDA-9-1-6, PIPA-24]`.
* Content: the text is extracted from every document (text field; `hp:t` runs of `Contents/section0.xml`; `pdftotext` output) and `cue_text` must occur in it
  (whitespace-insensitive); an RRN/FRN/passport/driver-licence pattern occurs iff `PIPA-24` (after NFKC and hyphen normalisation, so OCR noise cannot hide one);
  pre-2020 RRNs have valid check digits; no two documents have the same text.
* HWPX: ZIP integrity, `mimetype` first and stored with the right content, required parts present, every XML part parses, container rootfile and OPF manifest items exist,
  `hp:header`/`hp:footer` present when the document has a running header/footer, the number of `hp:tbl` and `hp:rect`/`hp:drawText` equals the document's tables and stamps,
  and the characters of all `hp:t` runs equal the intended content (as a multiset).
* PDF: starts with `%PDF-`; `pdftotext` output has exactly the drawn characters (multiset), the page count matches, the header and the page number (and footer text) appear on **every** page;
  long documents have 2–4 pages (text/HWPX: 2–4 page breaks) and their cue lies in the last quarter of the text and not earlier.
* Distribution: ≥ 260 documents, ≥ 60 HWPX and ≥ 60 PDF, disclosure shares within 5 points of 35/30/35 %, ≥ 14 대외비, ≥ 10 III급, ≥ 6 II급, ≥ 3 I급, every cue location present.
* External HWPX check: {ext_check}.
* Determinism: all randomness comes from `random.Random("sens_s-2026|<template>|<variant>")` (plus `…|order` for the record order and `…|<template>|<variant>|ocr` for noise);
  no set or hash order reaches the output; PDFs use `invariant=1`; ZIP entries have fixed timestamps. Running `make_set.py` twice, with `PYTHONHASHSEED=1` and
  `PYTHONHASHSEED=987654`, gave byte-identical `MD5SUMS` (hence identical files).

## Caveats

* Templates limit variety; the set tests conventions and failure modes (cue position, spelling, mention vs marking, field vs content), not real-world accuracy.
* Classified and 대외비 documents are invented and deliberately bland; they contain no real security information.
* Some labels encode one reasonable reading of 정보공개법 제9조 and 개인정보 보호법 제23·24조 as written in the pii-dev README (for example `PIPA-23` for the injury of an accident victim in an otherwise disclosable report). They are not legal advice.
* Visual fidelity is approximate: the HWPX files validate against the OWPML schema but were not opened in Hancom Office; line segments (`hp:linesegarray`) are omitted and are recomputed by a reader.

## Independence

What I (the author of this set) read, and nothing else:

* `/work/shared/pii-dev/README.md` — the whole file; its *Sensitivity set* section defined the record format and label rules used here. Nothing else in `/work/shared` was opened.
* Tool documentation of this workplace: `/work/.library/search/README.md`, `/work/.library/env/README.md`, and a `grep` of the package lists in `/work/.library/env/packages/` for an HWPX parser name.
* Public references through the search tool: `openhwp/openhwp` `docs/hwpx/` (`06-schema-overview.md`, `08-packaging.md`, `09-header-schema.md`, `10-body-schema.md`, `schemas/body.xsd`);
  web pages on 정보공개법 제9조 제1항 (a 개인정보보호위원회 page and several agencies' 비공개 대상 정보 세부기준 pages); 보안업무규정 (Wikisource, 대통령령 제21214호, 제4조 비밀의 구분);
  agencies' 보안업무 시행세칙 pages (references to 보안업무규정 시행규칙); a page quoting 「행정업무의 효율적 운영에 관한 규정 시행규칙」 제3·4조 (기안문 서식, 두문·본문·결문);
  pages on 개인정보 보호법 제23조(민감정보)·제24조(고유식별정보). No text was copied from them; all document text was written for this set.
* Python packages installed into `/work/evalsets/venv_sens_s` with pip: `reportlab` (PDF generation) and `python-hwpx` (independent HWPX validation only). I read parts of the installed
  `python-hwpx` package (its namespace table and OWPML schema enumerations) to interpret its validation messages.
* I did **not** open, list or read anything under `/work/main`, `/work/wt`, or any folder of `/work/evalsets` other than `/work/evalsets/sens_s` and `/work/evalsets/venv_sens_s`
  (`/work/evalsets` itself was never listed). I read no classifier code and no other evaluation set, and I ran no classifier.
"""

# ======================================================================================
# plan
# ======================================================================================
PLAN = [
    # public
    ("press_release", t_press_release, 8), ("coop_request", t_coop_request, 8), ("event_notice", t_event_notice, 6),
    ("public_notice", t_public_notice, 6), ("recruit_grade", t_recruit_grade, 4), ("security_guide", t_security_guide, 5),
    ("foi_guide", t_foi_guide, 4), ("password_notice", t_password_notice, 4), ("report_numbering", t_report_numbering, 5),
    ("placeholder_form", t_placeholder_form, 4), ("declass_notice", t_declass_notice, 3), ("cover_letter", t_cover_letter, 3),
    ("audit_summary_public", t_audit_summary_public, 3), ("old_style_public", t_old_style_public, 5), ("checkbox_public", t_checkbox_public, 4),
    ("minutes_officials", t_minutes_officials, 4), ("complaint_masked", t_complaint_masked, 4), ("court_notice", t_court_notice, 3),
    ("contract_public", t_contract_public, 4), ("ocr_public", t_ocr_public, 4), ("long_public", t_long_public, 4),
    # partial
    ("award_recommend", t_award_recommend, 6), ("complaint_named", t_complaint_named, 6), ("lecturer_fee", t_lecturer_fee, 5),
    ("subsidy_masked", t_subsidy_masked, 5), ("bid_eval", t_bid_eval, 5), ("audit_partial", t_audit_partial, 5),
    ("minutes_private", t_minutes_private, 5), ("accident_report", t_accident_report, 5), ("foreign_worker", t_foreign_worker, 4),
    ("driver_licence", t_driver_licence, 3), ("mismatch_rrn", t_mismatch_rrn, 5), ("checkbox_partial", t_checkbox_partial, 5),
    ("withheld_attachment", t_withheld_attachment, 5), ("law_citation_partial", t_law_citation_partial, 6),
    ("realestate_partial", t_realestate_partial, 2), ("approval_partial", t_approval_partial, 5), ("trade_partial", t_trade_partial, 3),
    ("ocr_partial", t_ocr_partial, 3), ("long_partial", t_long_partial, 4),
    # non-public: classified
    ("secret_plan", t_secret_plan, 6), ("secret_facility_iii", t_secret_facility_iii, 3), ("secret_facility_ii", t_secret_facility_ii, 2),
    ("secret_exercise", t_secret_exercise, 5), ("secret_top", t_secret_top, 4), ("long_secret", t_long_secret, 2),
    ("dwb_cctv", t_dwb_cctv, 3), ("dwb_crackdown", t_dwb_crackdown, 3), ("dwb_audit_plan", t_dwb_audit_plan, 3),
    ("dwb_price", t_dwb_price, 2), ("dwb_vetting", t_dwb_vetting, 2), ("dwb_devsite", t_dwb_devsite, 2), ("dwb_epidemic", t_dwb_epidemic, 2),
    # non-public: stated field / content
    ("internal_review_field", t_internal_review_field, 5), ("investigation_request", t_investigation_request, 4),
    ("audit_plan_field", t_audit_plan_field, 3), ("security_ops", t_security_ops, 2), ("trade_secret", t_trade_secret, 4),
    ("discipline", t_discipline, 5), ("sick_leave", t_sick_leave, 4), ("union_dues", t_union_dues, 3), ("citizen_roster", t_citizen_roster, 5),
    ("exam_questions", t_exam_questions, 3), ("law_citation_nonpublic", t_law_citation_nonpublic, 3), ("informal_internal", t_informal_internal, 7), ("caution_roster", t_caution_roster, 2),
    ("mismatch_nonpublic", t_mismatch_nonpublic, 3), ("ocr_nonpublic", t_ocr_nonpublic, 4), ("long_nonpublic", t_long_nonpublic, 4),
]

TEXT_ONLY = {"ocr_partial", "ocr_nonpublic"}
FORMAT_CYCLE = ["hwpx", "text", "pdf", "text"]

REASON_ORDER = ["OIDA-9-1-%d" % i for i in range(1, 9)] + ["PIPA-23", "PIPA-24"]
MARKINGS = ["none", "대외비", "III급", "II급", "I급"]
DISCLOSURES = ["public", "partial", "non_public"]


def build_items():
    items = []
    for ti, (name, fn, n) in enumerate(PLAN):
        for k in range(n):
            if name in TEXT_ONLY:
                fmt = "text"
            elif name == "ocr_public":
                fmt = "pdf" if k == 3 else "text"
            elif name.startswith("secret_") or name.startswith("dwb_"):
                fmt = ["hwpx", "pdf", "text"][(ti + k) % 3]      # stamps in page headers / text boxes are best tested in files
            else:
                fmt = FORMAT_CYCLE[(ti + k) % len(FORMAT_CYCLE)]
            items.append((name, fn, k, fmt))
    R("order").shuffle(items)
    return items


def default_header(rec):
    t = rec["title"]
    return t if len(t) <= 40 else t[:38] + "…"


def generate(outdir):
    files_dir = os.path.join(outdir, "files")
    if os.path.isdir(files_dir):
        shutil.rmtree(files_dir)
    os.makedirs(files_dir)
    records, metas, checks = [], [], []
    for idx, (name, fn, k, fmt) in enumerate(build_items()):
        docid = "%s-%04d" % (SET, idx + 1)
        rec = fn(R(name, k), k, fmt)
        doc = rec["doc"]
        cue_text = rec["cue_text"]
        if rec.get("ocr"):
            o = rec["ocr"]
            nrng = R(name, k, "ocr")
            noisy = noisy_variant(cue_text, nrng, o["kind"], pdf=(fmt == "pdf"))
            apply_ocr(doc, nrng, cue_text, noisy, o["level"], pdf=(fmt == "pdf"))
            cue_text = noisy
        if fmt in ("pdf", "hwpx") and doc.header is None:
            doc.header = default_header(rec)
        if fmt == "pdf":
            doc.map_strings(pdf_safe)
            cue_text = pdf_safe(cue_text)
        reasons = sorted(set(rec["reasons"]), key=REASON_ORDER.index)
        out = {"id": docid}
        check = dict(id=docid, fmt=fmt, doc=doc, strings=doc_strings(doc))
        if fmt == "text":
            out["text"] = render_text(doc)
        elif fmt == "hwpx":
            rel = "files/%s.hwpx" % docid
            write_hwpx(os.path.join(outdir, rel), doc, docid, rec["title"])
            out["file"] = rel
        else:
            rel = "files/%s.pdf" % docid
            pages, drawn = write_pdf(os.path.join(outdir, rel), doc, docid)
            out["file"] = rel
            check["pages"] = pages
            check["drawn"] = drawn
        out["disclosure"] = rec["disclosure"]
        out["marking"] = rec["marking"]
        out["reasons"] = reasons
        out["genre"] = rec["genre"]
        records.append(out)
        metas.append({"id": docid, "template": name, "format": fmt, "cue": rec["cue"], "cue_location": rec["cue_location"],
                      "cue_text": cue_text, "flags": sorted(set(rec["flags"]))})
        checks.append(check)
    with open(os.path.join(outdir, SET + ".jsonl"), "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, SET + ".meta.jsonl"), "w", encoding="utf-8") as f:
        for m in metas:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    return checks


# ======================================================================================
# validation
# ======================================================================================
import xml.etree.ElementTree as ET

HP = "{%s}" % NS["hp"]
RRN_LIKE = re.compile(r"(?<!\d)(\d{6})\s?-\s?([1-8]\d{6})(?!\d)")
PASSPORT_RE = re.compile(r"(?<![A-Z0-9])(?:[MSRGD]\d{8}|[MSRGD]\d{3}[A-Z]\d{4}|[CENPB]\d{7})(?![A-Z0-9])")
DL_RE = re.compile(r"(?<!\d)\d{2}-\d{2}-\d{6}-\d{2}(?!\d)")


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    for h in ["‐", "‑", "–", "―", "—", "－"]:
        s = s.replace(h, "-")
    return s


def nows(s):
    return re.sub(r"\s+", "", s)


def hwpx_text(path):
    with zipfile.ZipFile(path) as z:
        infos = z.infolist()
        assert infos[0].filename == "mimetype", "mimetype not first"
        assert infos[0].compress_type == zipfile.ZIP_STORED, "mimetype compressed"
        assert z.read("mimetype") == b"application/hwp+zip"
        names = [i.filename for i in infos]
        for req in ["version.xml", "Contents/header.xml", "Contents/section0.xml", "Contents/content.hpf", "META-INF/container.xml",
                    "META-INF/manifest.xml", "settings.xml"]:
            assert req in names, "missing " + req
        for n in names:
            if n.endswith(".xml") or n.endswith(".hpf"):
                ET.fromstring(z.read(n))
        assert z.testzip() is None
        cont = ET.fromstring(z.read("META-INF/container.xml"))
        rootfiles = [e.get("full-path") for e in cont.iter() if e.tag.endswith("rootfile")]
        assert "Contents/content.hpf" in rootfiles
        hpf = ET.fromstring(z.read("Contents/content.hpf"))
        hrefs = [e.get("href") for e in hpf.iter() if e.tag.endswith("item")]
        for h in hrefs:
            assert h in names, "manifest item missing " + h
        sec = ET.fromstring(z.read("Contents/section0.xml"))
        assert sec.tag.endswith("}sec")
        texts = [t.text or "" for t in sec.iter(HP + "t")]
        counts = dict(header=len(list(sec.iter(HP + "header"))), footer=len(list(sec.iter(HP + "footer"))),
                      tbl=len(list(sec.iter(HP + "tbl"))), rect=len(list(sec.iter(HP + "rect"))), drawText=len(list(sec.iter(HP + "drawText"))),
                      pagebreaks=sum(1 for p in sec.iter(HP + "p") if p.get("pageBreak") == "1"))
        return "\n".join(texts), counts


def pdf_text(path):
    p = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, check=True)
    return p.stdout.decode("utf-8")


def char_multiset(strings):
    return Counter(c for s in strings for c in s if not c.isspace())


def validate(outdir, checks):
    errors = []

    def err(i, msg):
        errors.append("%s: %s" % (i, msg))

    recs = [json.loads(l) for l in open(os.path.join(outdir, SET + ".jsonl"), encoding="utf-8")]
    metas = [json.loads(l) for l in open(os.path.join(outdir, SET + ".meta.jsonl"), encoding="utf-8")]
    assert len(recs) == len(metas) == len(checks)
    ids = [r["id"] for r in recs]
    assert len(set(ids)) == len(ids), "duplicate ids"
    seen_text = {}
    extracted = {}
    for r, m, c in zip(recs, metas, checks):
        i = r["id"]
        assert m["id"] == i and c["id"] == i
        keys = list(r.keys())
        if keys not in (["id", "text", "disclosure", "marking", "reasons", "genre"], ["id", "file", "disclosure", "marking", "reasons", "genre"]):
            err(i, "bad keys %s" % keys)
        if list(m.keys()) != ["id", "template", "format", "cue", "cue_location", "cue_text", "flags"]:
            err(i, "bad meta keys")
        d, mk, rs, fl = r["disclosure"], r["marking"], r["reasons"], m["flags"]
        # ---- label rules (pii-dev README, Sensitivity set) ----
        if d not in DISCLOSURES:
            err(i, "disclosure")
        if mk not in MARKINGS:
            err(i, "marking")
        if any(x not in REASON_ORDER for x in rs) or rs != sorted(set(rs), key=REASON_ORDER.index):
            err(i, "reasons not canonical")
        if d == "public" and (rs or mk != "none"):
            err(i, "public must have no reasons and no marking")
        if d != "public" and not rs:
            err(i, "non-public without reasons")
        if mk in ("III급", "II급", "I급"):
            if d != "non_public" or "OIDA-9-1-1" not in rs or len(rs) < 2:
                err(i, "secret needs non_public + OIDA-9-1-1 + content reason")
        if mk == "대외비" and (d != "non_public" or "OIDA-9-1-1" in rs or not rs):
            err(i, "대외비 rule")
        if "OIDA-9-1-1" in rs and mk not in ("III급", "II급", "I급"):
            err(i, "OIDA-9-1-1 without 비밀 marking")
        if ("PIPA-24" in rs) != ("unmasked_id" in fl):
            err(i, "PIPA-24 <-> unmasked id")
        if "PIPA-24" in rs and "OIDA-9-1-6" not in rs:
            err(i, "PIPA-24 without -6")
        if "mention_only" in fl and (d != "public" or mk != "none"):
            err(i, "mention-only must be public/none")
        st = [f for f in fl if f.startswith("stated:")]
        if st:
            parts = st[0].split(":")
            sd = parts[1]
            items = [int(x) for x in parts[2].split(",")] if len(parts) > 2 else []
            if "field_content_mismatch" in fl:
                if sd == d:
                    err(i, "mismatch flag but labels equal stated field")
            else:
                if sd != d:
                    err(i, "stated field %s != gold %s" % (sd, d))
                for it in items:
                    if "OIDA-9-1-%d" % it not in rs:
                        err(i, "stated item %d missing in reasons" % it)
        if "field_content_mismatch" in fl and m["template"] == "mismatch_rrn" and (d != "partial" or rs != ["OIDA-9-1-6", "PIPA-24"]):
            err(i, "README mislabeled rule")
        # ---- content extraction ----
        if "text" in r:
            txt = r["text"]
            if txt in seen_text:
                err(i, "duplicate text with %s" % seen_text[txt])
            seen_text[txt] = i
        else:
            path = os.path.join(outdir, r["file"])
            if not os.path.isfile(path):
                err(i, "missing file")
                continue
            if r["file"].endswith(".hwpx"):
                try:
                    txt, cnt = hwpx_text(path)
                except Exception as e:  # noqa
                    err(i, "hwpx invalid: %r" % e)
                    continue
                doc = c["doc"]
                if doc.header and cnt["header"] != 1:
                    err(i, "hwpx header ctrl missing")
                if doc.footer and cnt["footer"] != 1:
                    err(i, "hwpx footer ctrl missing")
                ntab = sum(1 for b in doc.blocks if b[0] == "table")
                nbox = sum(1 for b in doc.blocks if b[0] == "box")
                if cnt["tbl"] != ntab or cnt["rect"] != nbox or cnt["drawText"] != nbox:
                    err(i, "hwpx object counts %s vs tables %d boxes %d" % (cnt, ntab, nbox))
                if char_multiset([txt]) != char_multiset(c["strings"]):
                    err(i, "hwpx text differs from intended content")
            else:
                try:
                    txt = pdf_text(path)
                except Exception as e:  # noqa
                    err(i, "pdftotext failed %r" % e)
                    continue
                with open(path, "rb") as fh:
                    head = fh.read(8)
                if not head.startswith(b"%PDF-"):
                    err(i, "not a pdf")
                got = char_multiset([txt])
                want = char_multiset(c["drawn"])
                if got != want:
                    diff = (got - want) + (want - got)
                    err(i, "pdf text differs from drawn text: %s" % dict(list(diff.items())[:8]))
                pages = txt.split("\f")
                pages = [p for p in pages if p.strip()]
                if len(pages) != c["pages"]:
                    err(i, "page count %d vs %d" % (len(pages), c["pages"]))
                doc = c["doc"]
                for pi, pg in enumerate(pages):
                    if doc.header and nows(doc.header) not in nows(pg):
                        err(i, "header missing on page %d" % (pi + 1))
                    if nows("-%d-" % (pi + 1)) not in nows(pg):
                        err(i, "page number missing on page %d" % (pi + 1))
                    if doc.footer and nows(doc.footer) not in nows(pg):
                        err(i, "footer missing on page %d" % (pi + 1))
                if "long_doc" in fl and not (2 <= c["pages"] <= 4):
                    err(i, "long pdf has %d pages" % c["pages"])
            if txt in seen_text:
                err(i, "duplicate content with %s" % seen_text[txt])
            seen_text[txt] = i
        extracted[i] = txt
        # cue present
        if m["cue_text"]:
            if nows(m["cue_text"]) not in nows(txt):
                err(i, "cue_text not found: %r" % m["cue_text"])
        if "long_doc" in fl:
            if c["fmt"] != "pdf" and not (2 <= c["doc"].n_pages_hint() <= 4):
                err(i, "long doc page count %d" % c["doc"].n_pages_hint())
            if len(nows(txt)) < 900:
                err(i, "long doc too short (%d)" % len(nows(txt)))
            if "cue_at_end" in fl and m["cue_text"]:
                pos = nows(txt).rfind(nows(m["cue_text"]))
                if pos < 0.75 * len(nows(txt)):
                    err(i, "cue not at end")
                if d != "public" and nows(txt).find(nows(m["cue_text"])) < 0.7 * len(nows(txt)):
                    err(i, "cue of a cue-at-end doc also occurs early in the document")
        # identifiers vs PIPA-24
        n = norm(txt)
        rr = [a + "-" + b for a, b in RRN_LIKE.findall(n)]
        has_id = bool(rr) or bool(PASSPORT_RE.search(n)) or bool(DL_RE.search(n))
        if "PIPA-24" in rs and not has_id:
            err(i, "PIPA-24 but no unmasked identifier found")
        if "PIPA-24" not in rs and has_id:
            err(i, "unmasked identifier without PIPA-24: %s" % rr[:2])
        for v in rr:
            if v[7] in "1234" and not rrn_valid(v):
                err(i, "RRN checksum invalid %s" % v)
    # ---- distribution ----
    cnt_d = Counter(r["disclosure"] for r in recs)
    cnt_m = Counter(r["marking"] for r in recs)
    cnt_f = Counter(m["format"] for m in metas)
    n = len(recs)
    if n < 260:
        errors.append("fewer than 260 docs")
    if cnt_f["hwpx"] < 60 or cnt_f["pdf"] < 60:
        errors.append("format minimum")
    for mk, lo in [("대외비", 14), ("III급", 10), ("II급", 6), ("I급", 3)]:
        if cnt_m[mk] < lo:
            errors.append("marking minimum %s" % mk)
    for dd, target in [("public", .35), ("partial", .30), ("non_public", .35)]:
        if abs(cnt_d[dd] / n - target) > 0.05:
            errors.append("disclosure share %s" % dd)
    # optional second opinion on the HWPX packages from an independent parser (python-hwpx), if installed
    ext = external_hwpx_check(outdir, recs)
    if ext["status"] == "ran" and ext["bad"]:
        errors.extend("python-hwpx: %s" % b for b in ext["bad"][:20])
    EXTERNAL_CHECK.update(ext)
    locs = set(m["cue_location"] for m in metas)
    for need in ["gyeolmun_field", "approval_table", "page_header", "page_footer", "textbox_stamp", "header_cell", "first_line", "last_line",
                 "attachment_line", "withheld_sentence", "body_citation", "checkbox_form", "body_content", "mention_body"]:
        if need not in locs:
            errors.append("cue location not covered: " + need)
    return errors, recs, metas, extracted


EXTERNAL_CHECK = {}


def external_hwpx_check(outdir, recs):
    try:
        import warnings
        warnings.simplefilter("ignore")
        from hwpx import HwpxDocument
        from hwpx.tools.package_validator import validate_package
        from hwpx.tools.validator import validate_document
        import importlib.metadata as im
        ver = im.version("python-hwpx")
    except Exception:  # noqa
        return {"status": "skipped", "bad": [], "n": 0}
    bad, n = [], 0
    for r in recs:
        if not r.get("file", "").endswith(".hwpx"):
            continue
        n += 1
        path = os.path.join(outdir, r["file"])
        try:
            issues = list(validate_package(path).issues) + list(validate_document(path).issues)
            if issues:
                bad.append("%s %s" % (r["id"], issues[0].message[:120]))
            doc = HwpxDocument.open(path)
            body = doc.export_text()
            sec = doc.sections[0].properties
            hf = [h.text for h in sec.headers] + [f.text for f in sec.footers]
            if not body.strip() or not hf:
                bad.append("%s empty body or header/footer not seen" % r["id"])
        except Exception as e:  # noqa
            bad.append("%s %r" % (r["id"], e))
    return {"status": "ran", "bad": bad, "n": n, "version": ver}


# ======================================================================================
# README + MD5SUMS
# ======================================================================================
def md_table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "|".join(["---"] * len(header)) + "|"]
    for r in rows:
        out.append("| " + " | ".join(str(x) for x in r) + " |")
    return "\n".join(out)


def write_readme(outdir, recs, metas):
    n = len(recs)
    by = {m["id"]: m for m in metas}
    cd = Counter(r["disclosure"] for r in recs)
    cm = Counter(r["marking"] for r in recs)
    cf = Counter(m["format"] for m in metas)
    cr = Counter(x for r in recs for x in r["reasons"])
    cl = Counter(m["cue_location"] for m in metas)
    cflag = Counter(f for m in metas for f in m["flags"] if not f.startswith("stated:"))
    fmt_disc = Counter((by[r["id"]]["format"], r["disclosure"]) for r in recs)
    tmpl = []
    seen = []
    for name, fn, k in PLAN:
        rs = [r for r in recs if by[r["id"]]["template"] == name]
        if not rs:
            continue
        d = Counter(r["disclosure"] for r in rs)
        mk = Counter(r["marking"] for r in rs)
        f = Counter(by[r["id"]]["format"] for r in rs)
        tmpl.append([name, len(rs), "/".join(str(d[x]) for x in DISCLOSURES), ", ".join("%s %d" % (a, b) for a, b in sorted(mk.items())),
                     "%d/%d/%d" % (f["text"], f["hwpx"], f["pdf"]), rs[0]["genre"]])
    genres = Counter(r["genre"] for r in recs)
    readme = README_TEMPLATE.format(
        n=n,
        disc_table=md_table(["disclosure", "documents", "share", "text", "hwpx", "pdf"],
                            [[d, cd[d], "%.1f %%" % (100.0 * cd[d] / n), fmt_disc[("text", d)], fmt_disc[("hwpx", d)], fmt_disc[("pdf", d)]] for d in DISCLOSURES]),
        mark_table=md_table(["marking", "documents"], [[m, cm[m]] for m in MARKINGS]),
        fmt_table=md_table(["format", "documents"], [[f, cf[f]] for f in ["text", "hwpx", "pdf"]]),
        reason_table=md_table(["reason", "documents"], [[x, cr[x]] for x in REASON_ORDER if cr[x]]),
        loc_table=md_table(["cue_location", "documents"], sorted(cl.items(), key=lambda x: (-x[1], x[0]))),
        flag_table=md_table(["flag", "documents"], sorted(cflag.items(), key=lambda x: (-x[1], x[0]))),
        tmpl_table=md_table(["template", "docs", "public/partial/non_public", "marking", "text/hwpx/pdf", "genre (first)"], tmpl),
        n_genres=len(genres),
        ext_check=("python-hwpx %s (`validate_package`, `validate_document` = OWPML schema validation, `HwpxDocument.open` + "
                   "`export_text` + section header/footer) accepted all %d HWPX files with no issue" % (EXTERNAL_CHECK.get("version"), EXTERNAL_CHECK.get("n"))
                   if EXTERNAL_CHECK.get("status") == "ran" else "skipped (python-hwpx not installed)"),
        example_text=json.dumps(dict((k, (v[:30] + "…") if k == "text" else v) for k, v in next(r for r in recs if "text" in r).items()), ensure_ascii=False),
        example_file=json.dumps(next(r for r in recs if "file" in r), ensure_ascii=False),
        genre_list=", ".join("%s %d" % (g, c) for g, c in sorted(genres.items(), key=lambda x: (-x[1], x[0]))),
    )
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme)


def write_md5sums(outdir):
    import hashlib
    paths = []
    for root, dirs, files in os.walk(outdir):
        dirs[:] = sorted(d for d in dirs if d not in ("__pycache__",))
        for fn in sorted(files):
            rel = os.path.relpath(os.path.join(root, fn), outdir)
            if rel == "MD5SUMS":
                continue
            paths.append(rel)
    paths.sort()
    lines = []
    for rel in paths:
        h = hashlib.md5(open(os.path.join(outdir, rel), "rb").read()).hexdigest()
        lines.append("%s  %s\n" % (h, rel))
    with open(os.path.join(outdir, "MD5SUMS"), "w", encoding="utf-8") as f:
        f.writelines(lines)
    return len(lines)


def main():
    checks = generate(HERE)
    errors, recs, metas, _ = validate(HERE, checks)
    if errors:
        for e in errors[:80]:
            print("ERROR", e)
        print("%d validation errors" % len(errors))
        sys.exit(1)
    write_readme(HERE, recs, metas)
    nfiles = write_md5sums(HERE)
    cd = Counter(r["disclosure"] for r in recs)
    cm = Counter(r["marking"] for r in recs)
    cf = Counter(m["format"] for m in metas)
    print("ok: %d documents; disclosure %s; marking %s; format %s; MD5SUMS over %d files"
          % (len(recs), dict(cd), dict(cm), dict(cf), nfiles))


if __name__ == "__main__":
    main()
