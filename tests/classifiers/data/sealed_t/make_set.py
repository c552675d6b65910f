#!/usr/bin/env python3
"""sens_t -- an independent evaluation set for Korean document-sensitivity classification.

Writes, into the folder that holds this script (or --out DIR):
  sens_t.jsonl        {"id", "text"|"file", "disclosure", "marking", "reasons", "genre"}
  sens_t.meta.jsonl   {"id", "template", "format", "cue", "cue_location", "cue_text", "flags", ...}
  files/*.hwpx        OWPML packages (mimetype first and stored, version.xml, Contents/header.xml,
                      Contents/section0.xml, Contents/content.hpf, META-INF/...)
  files/*.pdf         reportlab, Korean CID fonts, invariant=1
  README.md           generated description (counts are computed here)
  MD5SUMS             md5 of every file except itself, written last

Every random choice comes from random.Random("sens_t-2026|<template>|<variant>") (string seeds are
hashed with SHA-512 by the random module, so PYTHONHASHSEED has no influence).  No set or dict is
iterated in an order that depends on hashing.

Usage:  python make_set.py [--out DIR] [--no-determinism-check]
"""

import argparse
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import xml.etree.ElementTree as ET
import zipfile
from random import Random
from xml.sax.saxutils import escape as xml_escape

SET = "sens_t"
SEED_PREFIX = "sens_t-2026"
HERE = os.path.dirname(os.path.abspath(__file__))

OIDA = {n: "OIDA-9-1-%d" % n for n in range(1, 9)}
PIPA23 = "PIPA-23"
PIPA24 = "PIPA-24"
REASON_ORDER = [OIDA[n] for n in range(1, 9)] + [PIPA23, PIPA24]
MARKINGS = ["none", "대외비", "III급", "II급", "I급"]
DISCLOSURES = ["public", "partial", "non_public"]


def R(template, variant):
    return Random("%s|%s|%s" % (SEED_PREFIX, template, variant))


def sort_reasons(rs):
    out = []
    for r in REASON_ORDER:
        if r in rs and r not in out:
            out.append(r)
    assert len(out) == len(set(rs)), rs
    return out


# ---------------------------------------------------------------------------------------------
# pools
# ---------------------------------------------------------------------------------------------

SURNAMES = ("김 김 김 김 이 이 이 박 박 최 정 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 전 홍 고 문 양 "
            "손 배 백 허 유 남 심 노 하 곽 성 차 주 우 구 민 진 지 엄 채 원 천 방 공 현 함 변 염 여 추 "
            "도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 경 봉 "
            "황보 남궁 선우 제갈 독고").split()
GIVEN1 = list("민서지현준수영성정동상재승은혜유하진태경미소주윤우도건예나다보선희연시한형종용병기광명석철인순옥춘덕규")
GIVEN2 = list("준호우진민현수영희아연은서윤석훈철혁빈경숙자미정원기환태규식남란주지하림율근국택")

ROMAN_SURNAME = {"김": "kim", "이": "lee", "박": "park", "최": "choi", "정": "jung", "강": "kang", "조": "cho",
                 "윤": "yoon", "장": "jang", "임": "lim", "한": "han", "오": "oh", "서": "seo", "신": "shin",
                 "권": "kwon", "황": "hwang", "안": "ahn", "송": "song", "류": "ryu", "전": "jeon", "홍": "hong",
                 "고": "ko", "문": "moon", "양": "yang", "손": "son", "배": "bae", "백": "baek", "허": "heo",
                 "유": "yu", "남": "nam", "심": "sim", "노": "noh", "하": "ha", "곽": "kwak", "성": "sung",
                 "차": "cha", "주": "joo", "우": "woo", "구": "koo", "민": "min", "진": "jin", "지": "ji"}
CHO_ROMAN = ["g", "k", "n", "d", "t", "r", "m", "b", "p", "s", "s", "", "j", "j", "c", "k", "t", "p", "h"]


def person(rng):
    while True:
        n = rng.choice(SURNAMES) + rng.choice(GIVEN1) + rng.choice(GIVEN2)
        if "길동" not in n and n[-2:] != n[-2] * 2:
            return n


def people(rng, k):
    out = []
    while len(out) < k:
        n = person(rng)
        if n not in out:
            out.append(n)
    return out


def mask_name(n, style=0):
    if style == 0:
        return n[0] + "○" * (len(n) - 1)
    if style == 1:
        return n[0] + "*" * (len(n) - 1)
    return n[0] + "○" + n[2:]


def email_of(rng, name, domain):
    sur = name[:-2]
    rs = ROMAN_SURNAME.get(sur, "")
    ini = ""
    for ch in name[-2:]:
        code = ord(ch) - 0xAC00
        c = CHO_ROMAN[code // 588] if 0 <= code < 11172 else ""
        ini += c[:1] if c else rng.choice("aeiouy")
    if not rs:
        rs = rng.choice(["han", "seo", "park", "ahn", "yoo"])
    local = rng.choice([ini + rs, rs + ini, ini + rs + str(rng.randint(1, 99)), rs + "." + ini])
    return local + "@" + domain


# Agencies: name, kind, sender title (발신명의), postal code, address, homepage, phone prefix, mail domain, departments
AGENCIES = [
    ("행정안전부", "central", "행정안전부장관", "30112", "세종특별자치시 도움6로 42 정부세종청사 중앙동", "www.mois.go.kr", "044-205", "korea.kr",
     ["정보공개정책과", "디지털정부정책과", "비상대비정책과", "안전개선과", "지방재정정책과", "운영지원과", "기록정책과"]),
    ("국토교통부", "central", "국토교통부장관", "30103", "세종특별자치시 도움6로 11 정부세종청사 6동", "www.molit.go.kr", "044-201", "korea.kr",
     ["도시정책과", "주택정책과", "도로정책과", "철도안전정책과", "건설안전과", "운영지원과"]),
    ("보건복지부", "central", "보건복지부장관", "30113", "세종특별자치시 도움4로 13 정부세종청사 10동", "www.mohw.go.kr", "044-202", "korea.kr",
     ["기초생활보장과", "노인정책과", "장애인정책과", "질병정책과", "지역복지과", "운영지원과"]),
    ("환경부", "central", "환경부장관", "30103", "세종특별자치시 도움6로 11 정부세종청사 6동", "www.me.go.kr", "044-201", "korea.kr",
     ["대기환경정책과", "자원순환정책과", "물환경정책과", "화학안전과", "운영지원과"]),
    ("산업통상자원부", "central", "산업통상자원부장관", "30118", "세종특별자치시 한누리대로 402 정부세종청사 13동", "www.motie.go.kr", "044-203", "korea.kr",
     ["산업정책과", "에너지안전과", "무역안보과", "원전산업정책과", "운영지원과"]),
    ("고용노동부", "central", "고용노동부장관", "30117", "세종특별자치시 한누리대로 422 정부세종청사 11동", "www.moel.go.kr", "044-202", "korea.kr",
     ["고용정책총괄과", "산업안전보건정책과", "노사협력정책과", "근로감독기획과", "운영지원과"]),
    ("문화체육관광부", "central", "문화체육관광부장관", "30119", "세종특별자치시 갈매로 388 정부세종청사 15동", "www.mcst.go.kr", "044-203", "korea.kr",
     ["문화정책과", "관광정책과", "체육진흥과", "지역문화정책과", "운영지원과"]),
    ("해양수산부", "central", "해양수산부장관", "30110", "세종특별자치시 다솜2로 94 정부세종청사 5동", "www.mof.go.kr", "044-200", "korea.kr",
     ["해양정책과", "어업정책과", "항만운영과", "해운정책과", "운영지원과"]),
    ("농림축산식품부", "central", "농림축산식품부장관", "30110", "세종특별자치시 다솜2로 94 정부세종청사 5동", "www.mafra.go.kr", "044-201", "korea.kr",
     ["농업정책과", "방역정책과", "식량정책과", "농촌정책과", "운영지원과"]),
    ("교육부", "central", "교육부장관", "30119", "세종특별자치시 갈매로 408 정부세종청사 14동", "www.moe.go.kr", "044-203", "korea.kr",
     ["학교정책과", "교원정책과", "대학정책과", "학생건강정책과", "운영지원과"]),
    ("법무부", "central", "법무부장관", "13809", "경기도 과천시 관문로 47 정부과천청사 1동", "www.moj.go.kr", "02-2110", "korea.kr",
     ["법무과", "출입국정책과", "교정기획과", "범죄예방기획과", "운영지원과"]),
    ("통일부", "central", "통일부장관", "03171", "서울특별시 종로구 세종대로 209 정부서울청사", "www.unikorea.go.kr", "02-2100", "korea.kr",
     ["남북협력과", "정세분석총괄과", "통일정책총괄과", "회담기획과"]),
    ("국방부", "central", "국방부장관", "04383", "서울특별시 용산구 이태원로 22", "www.mnd.go.kr", "02-748", "mnd.go.kr",
     ["동원기획과", "군사시설기획과", "정책기획과", "보안정책과"]),
    ("소방청", "fire", "소방청장", "30128", "세종특별자치시 정부2청사로 13 정부세종2청사", "www.nfa.go.kr", "044-205", "korea.kr",
     ["119생활안전과", "화재예방총괄과", "119구조과", "119종합상황실", "운영지원과"]),
    ("경찰청", "police", "경찰청장", "03739", "서울특별시 서대문구 통일로 97", "www.police.go.kr", "02-3150", "police.go.kr",
     ["생활안전과", "경비과", "수사기획조정관실", "정보화장비기획담당관", "대테러위기관리과"]),
    ("조달청", "central", "조달청장", "35208", "대전광역시 서구 청사로 189 정부대전청사", "www.pps.go.kr", "042-724", "korea.kr",
     ["구매총괄과", "시설사업국 시설총괄과", "전자조달기획과", "운영지원과"]),
    ("산림청", "central", "산림청장", "35208", "대전광역시 서구 청사로 189 정부대전청사", "www.forest.go.kr", "042-481", "korea.kr",
     ["산림정책과", "산불방지과", "산림휴양치유과", "운영지원과"]),
    ("서울특별시", "metro", "서울특별시장", "04524", "서울특별시 중구 세종대로 110", "www.seoul.go.kr", "02-2133", "seoul.go.kr",
     ["도시계획과", "주택정책과", "복지정책과", "비상기획관", "교통정책과", "감사담당관"]),
    ("부산광역시", "metro", "부산광역시장", "47545", "부산광역시 연제구 중앙대로 1001", "www.busan.go.kr", "051-888", "korea.kr",
     ["도시계획과", "해양레저관광과", "복지정책과", "민방위재난통제과", "감사위원회"]),
    ("경기도", "metro", "경기도지사", "16508", "경기도 수원시 영통구 도청로 30", "www.gg.go.kr", "031-8008", "gg.go.kr",
     ["자치행정과", "도시정책과", "노인복지과", "비상기획담당관", "감사총괄담당관"]),
    ("강원특별자치도", "metro", "강원특별자치도지사", "24266", "강원특별자치도 춘천시 중앙로 1", "state.gwd.go.kr", "033-249", "korea.kr",
     ["총무행정관", "산림환경국 환경과", "복지정책과", "재난안전실"]),
    ("충청북도", "metro", "충청북도지사", "28515", "충청북도 청주시 상당구 상당로 82", "www.chungbuk.go.kr", "043-220", "korea.kr",
     ["자치행정과", "균형건설과", "노인장애인과", "비상기획과"]),
    ("전라남도", "metro", "전라남도지사", "58564", "전라남도 무안군 삼향읍 오룡길 1", "www.jeonnam.go.kr", "061-286", "korea.kr",
     ["자치행정과", "해양항만과", "사회복지과", "비상기획관"]),
    ("경상북도", "metro", "경상북도지사", "36759", "경상북도 안동시 풍천면 도청대로 455", "www.gb.go.kr", "054-880", "korea.kr",
     ["자치행정과", "도시계획과", "복지정책과", "재난안전실"]),
    ("제주특별자치도", "metro", "제주특별자치도지사", "63122", "제주특별자치도 제주시 문연로 6", "www.jeju.go.kr", "064-710", "korea.kr",
     ["총무과", "관광정책과", "복지정책과", "안전정책과"]),
    ("수원시", "local", "수원시장", "16490", "경기도 수원시 팔달구 효원로 241", "www.suwon.go.kr", "031-228", "korea.kr",
     ["민원여권과", "건축과", "복지여성과", "자치행정과", "감사관"]),
    ("청주시", "local", "청주시장", "28501", "충청북도 청주시 상당구 상당로 155", "www.cheongju.go.kr", "043-201", "korea.kr",
     ["총무과", "도시계획과", "사회복지과", "안전정책과"]),
    ("남원시", "local", "남원시장", "55736", "전북특별자치도 남원시 시청로 60", "www.namwon.go.kr", "063-620", "korea.kr",
     ["행정지원과", "관광과", "사회복지과", "건설과"]),
    ("영월군", "local", "영월군수", "26234", "강원특별자치도 영월군 영월읍 하송로 64", "www.yw.go.kr", "033-370", "korea.kr",
     ["행정복지과", "관광문화과", "주민생활지원과", "안전건설과"]),
    ("마포구", "local", "서울특별시 마포구청장", "03937", "서울특별시 마포구 월드컵로 212", "www.mapo.go.kr", "02-3153", "mapo.go.kr",
     ["행정지원과", "복지정책과", "건축과", "청소행정과", "감사담당관"]),
    ("해운대구", "local", "부산광역시 해운대구청장", "48095", "부산광역시 해운대구 중동2로 11", "www.haeundae.go.kr", "051-749", "korea.kr",
     ["총무과", "관광문화과", "복지정책과", "안전총괄과"]),
    ("김해시", "local", "김해시장", "50930", "경상남도 김해시 김해대로 2401", "www.gimhae.go.kr", "055-330", "korea.kr",
     ["행정과", "도시계획과", "사회복지과", "재난안전과"]),
    ("순천시", "local", "순천시장", "57956", "전라남도 순천시 장명로 30", "www.suncheon.go.kr", "061-749", "korea.kr",
     ["총무과", "정원산업과", "복지정책과", "안전총괄과"]),
    ("안동시", "local", "안동시장", "36717", "경상북도 안동시 퇴계로 115", "www.andong.go.kr", "054-840", "korea.kr",
     ["총무과", "문화유산과", "사회복지과", "안전재난과"]),
    ("홍천군", "local", "홍천군수", "25143", "강원특별자치도 홍천군 홍천읍 아리랑로 1", "www.hongcheon.go.kr", "033-430", "korea.kr",
     ["행정과", "산림과", "주민복지과", "안전건설과"]),
    ("서울특별시교육청", "edu", "서울특별시교육감", "03178", "서울특별시 종로구 송월길 48", "www.sen.go.kr", "02-3999", "sen.go.kr",
     ["교원정책과", "민주시민교육과", "체육건강문화예술과", "감사관"]),
    ("경기도교육청", "edu", "경기도교육감", "16205", "경기도 수원시 장안구 조원로 18", "www.goe.go.kr", "031-249", "goe.go.kr",
     ["교원인사과", "학교생활교육과", "중등교육과", "감사관"]),
    ("충청남도교육청", "edu", "충청남도교육감", "32255", "충청남도 홍성군 홍북읍 선화로 22", "www.cne.go.kr", "041-640", "korea.kr",
     ["교원인사과", "학생생활교육과", "학교혁신과", "감사관"]),
    ("경상북도교육청", "edu", "경상북도교육감", "36759", "경상북도 안동시 풍천면 도청대로 511", "www.gbe.kr", "054-805", "korea.kr",
     ["교원인사과", "학생생활과", "초등교육과", "감사관"]),
    ("서울경찰청", "police", "서울경찰청장", "03171", "서울특별시 종로구 사직로8길 31", "www.smpa.go.kr", "02-700", "police.go.kr",
     ["경비과", "생활안전과", "수사과", "정보화장비과"]),
    ("마포경찰서", "police", "마포경찰서장", "04169", "서울특별시 마포구 마포대로 183", "www.smpa.go.kr", "02-3143", "police.go.kr",
     ["수사과", "생활안전과", "경비작전계", "여성청소년과"]),
    ("경기도소방재난본부", "fire", "경기도소방재난본부장", "16229", "경기도 수원시 팔달구 효원로 1", "www.gg.go.kr/119", "031-230", "gg.go.kr",
     ["소방행정과", "화재예방과", "119종합상황실", "대응예방과"]),
    ("김해동부소방서", "fire", "김해동부소방서장", "50950", "경상남도 김해시 가야로 360", "www.gyeongnam.go.kr/fire", "055-320", "korea.kr",
     ["소방행정과", "예방안전과", "현장대응단"]),
    ("한국도로공사", "soe", "한국도로공사 사장", "39660", "경상북도 김천시 혁신8로 77", "www.ex.co.kr", "054-811", "ex.co.kr",
     ["안전혁신처", "교통처", "재난관리처", "인사처", "감사실"]),
    ("한국수자원공사", "soe", "한국수자원공사 사장", "34350", "대전광역시 대덕구 신탄진로 200", "www.kwater.or.kr", "042-629", "kwater.or.kr",
     ["수도운영처", "안전관리처", "인재경영처", "감사실"]),
    ("한국전력공사", "soe", "한국전력공사 사장", "58322", "전라남도 나주시 전력로 55", "home.kepco.co.kr", "061-345", "kepco.co.kr",
     ["보안처", "송변전운영처", "인재개발원", "감사실"]),
    ("한국토지주택공사", "soe", "한국토지주택공사 사장", "52852", "경상남도 진주시 충의로 19", "www.lh.or.kr", "055-922", "lh.or.kr",
     ["국토도시계획처", "보상기획처", "주거복지기획처", "감사실"]),
    ("한국철도공사", "soe", "한국철도공사 사장", "34618", "대전광역시 동구 중앙로 240", "info.korail.com", "042-615", "korail.com",
     ["안전계획처", "여객사업본부", "인사운영처", "감사실"]),
    ("서울중앙지방법원", "court", "서울중앙지방법원장", "06594", "서울특별시 서초구 서초중앙로 157", "seoul.scourt.go.kr", "02-530", "scourt.go.kr",
     ["총무과", "민사신청과", "집행관사무소", "종합민원실"]),
    ("수원지방법원", "court", "수원지방법원장", "16512", "경기도 수원시 영통구 월드컵로 120", "suwon.scourt.go.kr", "031-210", "scourt.go.kr",
     ["총무과", "민사과", "형사과", "종합민원실"]),
    ("대전지방법원", "court", "대전지방법원장", "35237", "대전광역시 서구 둔산중로 78번길 45", "djdc.scourt.go.kr", "042-470", "scourt.go.kr",
     ["총무과", "민사과", "가사과", "종합민원실"]),
    ("국민건강보험공단", "inst", "국민건강보험공단 이사장", "26464", "강원특별자치도 원주시 건강로 32", "www.nhis.or.kr", "033-736", "nhis.or.kr",
     ["건강관리실", "급여관리실", "자격부과실", "감사실"]),
    ("국민연금공단", "inst", "국민연금공단 이사장", "54870", "전북특별자치도 전주시 덕진구 기지로 180", "www.nps.or.kr", "063-713", "nps.or.kr",
     ["연금급여실", "장애심사실", "인사부", "감사실"]),
    ("한국산업인력공단", "inst", "한국산업인력공단 이사장", "44538", "울산광역시 중구 불암로 3", "www.hrdkorea.or.kr", "052-714", "hrdkorea.or.kr",
     ["자격검정국", "능력평가국", "외국인고용지원국", "감사실"]),
    ("한국소비자원", "inst", "한국소비자원장", "27738", "충청북도 음성군 맹동면 용두로 54", "www.kca.go.kr", "043-880", "kca.go.kr",
     ["피해구제국", "시험검사국", "소비자안전국"]),
    ("근로복지공단", "inst", "근로복지공단 이사장", "44428", "울산광역시 중구 종가로 340", "www.comwel.or.kr", "052-704", "comwel.or.kr",
     ["재활보상부", "산재의학센터", "인사부"]),
]
AG = {a[0]: a for a in AGENCIES}
AG_BY_KIND = {}
for _a in AGENCIES:
    AG_BY_KIND.setdefault(_a[1], []).append(_a[0])


class Agency:
    def __init__(self, rng, name=None, kind=None, dept=None):
        if name is None:
            if isinstance(kind, (list, tuple)):
                kind = rng.choice(list(kind))
            name = rng.choice(AG_BY_KIND[kind] if kind else [a[0] for a in AGENCIES])
        a = AG[name]
        self.name, self.kind, self.sender, self.zip, self.addr, self.home, self.tel, self.mail, depts = a
        self.dept = dept or rng.choice(depts)
        self.depts = depts
        self.fax = self.tel + "-" + "%04d" % rng.randint(1000, 9999)
        self.phone = self.tel + "-" + "%04d" % rng.randint(1000, 9999)

    def short_dept(self):
        d = self.dept.split()[-1]
        return d


# ---------------------------------------------------------------------------------------------
# dates and identifiers
# ---------------------------------------------------------------------------------------------

def rdate(rng, y0, y1):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return (y, m, d)


def fd(t, style=0):
    y, m, d = t
    if style == 0:
        return "%d. %d. %d." % (y, m, d)
    if style == 1:
        return "%d.%02d.%02d." % (y, m, d)
    if style == 2:
        return "%d년 %d월 %d일" % (y, m, d)
    if style == 3:
        return "%d-%02d-%02d" % (y, m, d)
    if style == 4:
        return "%d. %02d. %02d." % (y, m, d)
    raise ValueError(style)


def add_days(t, n):
    import datetime
    d = datetime.date(*t) + datetime.timedelta(days=n)
    return (d.year, d.month, d.day)


def rrn(rng, masked=False, mask_char="*", year=None):
    y = year or rng.randint(1948, 2003)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    g = (rng.choice([1, 2]) if y < 2000 else rng.choice([3, 4]))
    front = "%02d%02d%02d" % (y % 100, m, d)
    if masked:
        return "%s-%d%s" % (front, g, mask_char * 6)
    body = [int(c) for c in front] + [g] + [rng.randint(0, 9) for _ in range(5)]
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    chk = (11 - sum(a * b for a, b in zip(body, w)) % 11) % 10
    return front + "-" + "".join(str(c) for c in body[6:]) + str(chk)


def frn(rng):
    y = rng.randint(1960, 1999)
    front = "%02d%02d%02d" % (y % 100, rng.randint(1, 12), rng.randint(1, 28))
    g = rng.choice([5, 6])
    body = [int(c) for c in front] + [g] + [rng.randint(0, 9) for _ in range(5)]
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    chk = (13 - sum(a * b for a, b in zip(body, w)) % 11) % 10
    return front + "-" + "".join(str(c) for c in body[6:]) + str(chk)


def passport(rng):
    if rng.random() < 0.5:
        return rng.choice("MS") + "%08d" % rng.randint(10000000, 99999999)
    return rng.choice("MS") + "%03d" % rng.randint(100, 999) + rng.choice("ABCDEFGHJK") + "%04d" % rng.randint(1000, 9999)


def driver_licence(rng):
    return "%02d-%02d-%06d-%02d" % (rng.choice([11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 28]),
                                     rng.randint(0, 24), rng.randint(0, 999999), rng.randint(10, 99))


BANKS = [("농협", "3{a}-{b4}-{c4}-{d2}", None), ("국민", "{a6}-{b2}-{c6}", None), ("신한", "110-{a3}-{b6}", None),
         ("우리", "1002-{a3}-{b6}", None), ("하나", "{a3}-{b6}-{c5}", None), ("기업", "{a3}-{b6}-{c2}-{d3}", None),
         ("우체국", "{a6}-{b2}-{c6}", None), ("새마을금고", "9002-{a4}-{b4}-{c1}", None)]


def account(rng):
    bank, pat, _ = rng.choice(BANKS)

    def dd(n):
        return "".join(str(rng.randint(0, 9)) for _ in range(n))
    s = pat
    for key, n in (("{a}", 2), ("{a6}", 6), ("{a3}", 3), ("{a4}", 4), ("{b4}", 4), ("{b2}", 2), ("{b6}", 6),
                   ("{c4}", 4), ("{c6}", 6), ("{c5}", 5), ("{c2}", 2), ("{c1}", 1), ("{d2}", 2), ("{d3}", 3)):
        while key in s:
            s = s.replace(key, dd(n), 1)
    return bank, s


def mobile(rng):
    return "010-%04d-%04d" % (rng.randint(2000, 9999), rng.randint(0, 9999))


STREETS = ["중앙로", "시청로", "문화로", "평화로", "대학로", "금강로", "동부대로", "서문로", "장미로", "은행나무길",
           "솔밭길", "새말로", "향교길", "강변북로", "호수공원로", "매봉로", "청석길", "느티로", "한내로", "구룡길"]


def home_address(rng, agency=None):
    region = rng.choice([("서울특별시", ["마포구", "노원구", "강서구", "관악구", "은평구"]),
                         ("경기도", ["수원시 권선구", "고양시 덕양구", "안산시 단원구", "용인시 수지구", "화성시"]),
                         ("부산광역시", ["해운대구", "사하구", "동래구"]),
                         ("충청북도", ["청주시 흥덕구", "충주시", "제천시"]),
                         ("전라남도", ["순천시", "여수시", "목포시"]),
                         ("경상북도", ["안동시", "포항시 북구", "구미시"]),
                         ("강원특별자치도", ["원주시", "춘천시", "홍천군 홍천읍"])])
    sido, gus = region
    gu = rng.choice(gus)
    s = "%s %s %s %d" % (sido, gu, rng.choice(STREETS), rng.randint(3, 480))
    r = rng.random()
    if r < 0.4:
        s += ", %d동 %d호" % (rng.randint(101, 115), rng.randint(1, 25) * 100 + rng.randint(1, 6))
    elif r < 0.6:
        s += " %d층" % rng.randint(2, 5)
    return s


def company(rng):
    stem = rng.choice(["한빛", "세움", "다온", "미래", "누리", "대한", "청솔", "가람", "새한", "동우", "태성", "온새미",
                       "서해", "한결", "우진", "도담"])
    tail = rng.choice(["엔지니어링", "건설", "정보기술", "산업", "환경", "테크", "종합건축사사무소", "시스템즈", "기술",
                       "이앤씨", "컨설팅"])
    return rng.choice(["(주)", "주식회사 ", "", "(유)"]) + stem + tail


def brn(rng):
    d = [rng.randint(0, 9) for _ in range(9)]
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(a * b for a, b in zip(d, w)) + (d[8] * 5) // 10
    c = (10 - s % 10) % 10
    x = "".join(map(str, d)) + str(c)
    return "%s-%s-%s" % (x[:3], x[3:5], x[5:])


def won(n):
    return "{:,}".format(n)


def josa(word, pair):
    """Attach the right particle: josa('명단', '을/를') -> '명단을'."""
    a, b = pair.split("/")
    last = word.rstrip(")]' ")[-1]
    code = ord(last) - 0xAC00
    if 0 <= code < 11172:
        jong = code % 28
    else:
        jong = 1 if last in "0136781lmnLMN" else 0
    if pair == "으로/로":
        return word + (b if jong in (0, 8) else a)
    return word + (a if jong else b)


def pick_dept(rng, ag, keywords):
    """Prefer a department whose name fits the subject; fall back to the agency's first choice."""
    fit = [d for d in ag.depts if any(k in d for k in keywords)]
    if fit:
        ag.dept = rng.choice(fit)
    return ag


# ---------------------------------------------------------------------------------------------
# document model
# ---------------------------------------------------------------------------------------------

CUR = {"fi": 0, "sep": " | "}  # per-record context set by the main loop (format-local index, table separator)


class Doc:
    """A small layout-neutral document: paragraphs, tables, text boxes, page breaks, header, footer."""

    def __init__(self, title, header=None, footer=None, table_sep=None):
        self.title = title
        self.header = header
        self.footer = footer
        self.blocks = []
        self.table_sep = table_sep or CUR["sep"]

    def p(self, text="", align="L", bold=False, size=10):
        for line in text.split("\n"):
            self.blocks.append(("p", line, align, bold, size))
        return self

    def lines(self, lines, **kw):
        for ln in lines:
            self.p(ln, **kw)
        return self

    def table(self, rows, widths=None, kind="data", align="L"):
        assert rows and all(len(r) == len(rows[0]) for r in rows), rows
        self.blocks.append(("table", [list(map(str, r)) for r in rows], widths, kind, align))
        return self

    def box(self, text, align="R"):
        self.blocks.append(("box", text, align))
        return self

    def br(self):
        self.blocks.append(("br",))
        return self

    # plain text as a reader (or an extractor) would see it
    def plain(self, with_hf=True, sep=None):
        sep = sep or self.table_sep
        out = []
        if with_hf and self.header:
            out.append(self.header)
        for b in self.blocks:
            if b[0] == "p":
                out.append(b[1])
            elif b[0] == "table":
                for r in b[1]:
                    out.append(sep.join(c.replace("\n", " ") for c in r))
            elif b[0] == "box":
                out.append(b[1])
            elif b[0] == "br":
                out.append("")
        if with_hf and self.footer:
            out.append(self.footer)
        txt = "\n".join(out)
        txt = re.sub(r"\n{3,}", "\n\n", txt)
        return txt.strip("\n")


# ---------------------------------------------------------------------------------------------
# shared pieces of Korean official documents
# ---------------------------------------------------------------------------------------------

RANKS_CENTRAL = ["주무관", "행정주사", "행정사무관", "서기관"]
HEAD_OF = {"central": "과장", "metro": "과장", "local": "과장", "edu": "과장", "police": "계장", "fire": "팀장",
           "soe": "부장", "court": "과장", "inst": "부장"}


def staff_titles(ag):
    k = ag.kind
    if k == "police":
        return ["경사", "경위", "경감", "경정"]
    if k == "fire":
        return ["소방장", "소방위", "소방경", "소방령"]
    if k in ("soe", "inst"):
        return ["대리", "과장", "차장", "부장"]
    if k == "court":
        return ["법원주사보", "법원주사", "법원사무관", "법원서기관"]
    if k == "edu":
        return ["주무관", "장학사", "장학관", "과장"]
    if k in ("metro", "local"):
        return ["주무관", "지방행정주사", "팀장", "과장"]
    return ["주무관", "행정사무관", "서기관", "과장"]


def head_title(dept):
    """Title of the head of a unit: 도시계획과 -> 도시계획과장, 감사관 -> 감사관, 수사기획조정관실 -> 수사기획조정관."""
    if dept.endswith("관실"):
        return dept[:-1]
    if dept.endswith("관"):
        return dept
    if dept.endswith("위원회"):
        return dept[:-2] + "장"
    return dept + "장"


def approval_line(rng, ag, names=None, date=None, style=None):
    """결재 서명란 as it prints on a 시행문."""
    titles = staff_titles(ag)
    names = names or people(rng, 3)
    style = rng.randint(0, 3) if style is None else style
    mm = "%02d/%02d" % (date[1], date[2]) if date else "%02d/%02d" % (rng.randint(1, 12), rng.randint(1, 28))
    head = head_title(ag.short_dept())
    if style == 0:
        return "%s %s    %s %s    %s 전결 %s %s" % (titles[0], names[0], titles[1], names[1], head, mm, names[2])
    if style == 1:
        return "★%s %s  %s %s  %s %s %s" % (titles[0], names[0], titles[2], names[1], head, mm, names[2])
    if style == 2:
        return "기안자 %s %s   검토자 %s %s   결재권자 %s %s" % (titles[0], names[0], titles[1], names[1], head, names[2])
    return "%s  %s          %s  %s          %s  %s  %s" % (titles[0], names[0], titles[2], names[1], head, mm, names[2])


def doc_no(rng, ag):
    return "%s-%d" % (ag.short_dept(), rng.randint(120, 9870))


def gyeolmun(rng, ag, date, field, style=0, approvals=None, receipt=False, email_name=None):
    """The closing block (결문) of a 시행문.  Returns (lines, field_line)."""
    names = approvals or people(rng, 3)
    lines = [approval_line(rng, ag, names, date)]
    if rng.random() < 0.35:
        lines.append("협조자  %s %s" % (rng.choice(staff_titles(ag)[:2]), person(rng)))
    rec = "접수  %s-%d (%s)" % (rng.choice(["총무과", "운영지원과", "행정지원과", "문서실"]), rng.randint(10, 999),
                               fd(add_days(date, rng.randint(1, 5)))) if receipt else "접수"
    lines.append("시행  %s (%s)        %s" % (doc_no(rng, ag), fd(date), rec))
    em = email_of(rng, email_name or names[0], ag.mail)
    if field is None:
        lines.append("우 %s  %s  / %s" % (ag.zip, ag.addr, ag.home))
        lines.append("전화번호 %s  팩스번호 %s  / %s" % (ag.phone, ag.fax, em))
        return lines, None
    if style == 0:
        lines.append("우 %s  %s  / %s" % (ag.zip, ag.addr, ag.home))
        fl = "전화번호 %s  팩스번호 %s  / %s  / %s" % (ag.phone, ag.fax, em, field)
        cue = "/ %s" % field
        lines.append(fl)
    elif style == 1:
        lines.append("우 %s %s  /  http://%s" % (ag.zip, ag.addr, ag.home))
        lines.append("전화 %s   전송 %s   / %s" % (ag.phone, ag.fax, em))
        fl = "공개구분  %s" % field
        cue = fl
        lines.append(fl)
    elif style == 2:
        lines.append("우%s %s / %s" % (ag.zip, ag.addr, ag.home))
        fl = "전화 %s 팩스 %s / %s / %s" % (ag.phone.replace("-", ")", 1).replace("0", "(0", 1), ag.fax, em, field)
        cue = "/ %s" % field
        lines.append(fl)
    else:
        lines.append("우 %s %s" % (ag.zip, ag.addr))
        lines.append("전화번호 %s / 팩스번호 %s / %s" % (ag.phone, ag.fax, em))
        fl = "공개 구분 : %s" % field
        cue = fl
        lines.append(fl)
    return lines, cue


def dumun(doc, ag, recipient, title, via=True, ref=None):
    doc.p(ag.name, align="C", bold=True, size=16)
    doc.p("")
    doc.p("수신  %s" % recipient)
    if via:
        doc.p("(경유)")
    doc.p("제목  %s" % title)
    doc.p("")


def attachments_block(atts, end=True):
    if not atts:
        return []
    out = []
    if len(atts) == 1:
        out.append("붙임  %s%s" % (atts[0], "  끝." if end else ""))
    else:
        for i, a in enumerate(atts):
            lead = "붙임  " if i == 0 else "      "
            tail = "  끝." if (end and i == len(atts) - 1) else ""
            out.append("%s%d. %s%s" % (lead, i + 1, a, tail))
    return out


def sender_line(ag, rng):
    s = ag.sender
    if " " not in s and len(s) <= 8 and rng.random() < 0.5:
        s = " ".join(s)
    return s


def field_partial(items, rng, style=None):
    style = rng.randint(0, 5) if style is None else style
    nums = [str(i) for i in items]
    if style == 0:
        return "부분공개(%s)" % ",".join(nums)
    if style == 1:
        return "부분공개(%s)" % ", ".join(nums)
    if style == 2:
        return "부분공개(%s)" % "ㆍ".join("제%s호" % n for n in nums)
    if style == 3:
        return "부분공개 (%s)" % ",".join(nums)
    if style == 4:
        return "부분공개(%s)" % "·".join(nums)
    return "부분공개(%s)" % ",".join(n + "호" for n in nums)


def field_nonpublic(items, rng, style=None):
    style = rng.randint(0, 6) if style is None else style
    nums = [str(i) for i in items]
    if style == 0:
        return "비공개(%s)" % ",".join(nums)
    if style == 1 and len(nums) == 1:
        return "비공개(제9조 제1항 제%s호)" % nums[0]
    if style == 2 and len(nums) == 1:
        return "비공개 (9조1항%s호)" % nums[0]
    if style == 3 and len(nums) == 1:
        return "비공개(제9조제1항제%s호)" % nums[0]
    if style == 4:
        return "비공개(%s)" % ", ".join(nums)
    if style == 5 and len(nums) == 1:
        return "비공개(법 제9조①%s)" % nums[0]
    return "비공개(%s)" % ",".join(nums)


def field_public(rng, style=None):
    style = rng.randint(0, 3) if style is None else style
    return ["공개", "공개", "대국민공개", "공개(원문공개)"][style]


def stamp_daeoebi(rng, date=None, style=None):
    style = rng.randint(0, 7) if style is None else style
    until = fd(date) if date else "%d. 12. 31." % rng.randint(2025, 2028)
    return ["대 외 비", "[대외비]", "《대외비》", "%s까지 대외비" % until, "대외비(보호기간: %s까지)" % until,
            "보안등급: 대외비", "대외비", "<대외비>"][style]


SECRET_FORMS = {
    "III급": ["Ⅲ급비밀", "III급 비밀", "3급 비밀", "비밀(Ⅲ급)", "Ⅲ 급 비 밀", "Ⅲ급 비밀", "3급비밀"],
    "II급": ["Ⅱ급비밀", "II급 비밀", "비밀(Ⅱ급)", "Ⅱ 급 비 밀", "2급 비밀", "Ⅱ급 비밀"],
    "I급": ["Ⅰ급비밀", "I급 비밀", "Ⅰ 급 비 밀", "비밀(Ⅰ급)", "1급 비밀"],
}
SECRET_ROMAN = {"III급": "Ⅲ급비밀", "II급": "Ⅱ급비밀", "I급": "Ⅰ급비밀"}


def yegomun(level, until, rng, style=None):
    style = rng.randint(0, 3) if style is None else style
    s = SECRET_ROMAN[level]
    if style == 0:
        return "예고문: %s까지 %s, 이후 일반문서로 재분류" % (fd(until), s)
    if style == 1:
        return "예고문 : %s 까지 %s, %s 일반문서로 재분류" % (fd(until), s, fd(add_days(until, 1)))
    if style == 2:
        return "[예고문] 원본: %s까지 %s  이후 일반문서 재분류 / 파기" % (fd(until), s)
    return "예고문: 원본 %s까지 %s 보존, 이후 일반문서로 재분류할 것" % (fd(until), s)


# ---------------------------------------------------------------------------------------------
# OCR noise
# ---------------------------------------------------------------------------------------------

FW = {str(i): chr(0xFF10 + i) for i in range(10)}


def ocr_line(line, rng, level=0.5, pdf=False):
    """Degrade one line the way a poor scan + OCR does."""
    out = []
    for i, ch in enumerate(line):
        r = rng.random()
        if ch.isdigit() and r < 0.25 * level:
            out.append(FW[ch])
        elif ch == "-" and r < 0.5 * level:
            out.append("－" if pdf else rng.choice(["‐", "－", "–"]))
        elif ch == " " and r < 0.22 * level:
            continue  # dropped space
        elif "\uac00" <= ch <= "\ud7a3" and r < 0.04 * level and i + 1 < len(line) and "\uac00" <= line[i + 1] <= "\ud7a3":
            out.append(ch + " ")  # space inside a word
        elif ch == "," and r < 0.2 * level:
            out.append(".")
        else:
            out.append(ch)
        if rng.random() < 0.012 * level:
            out.append(rng.choice(["'", "`", ",", "."] if pdf else ["'", "`", "·", ",", "¸", "ㆍ", "|"]))
    return "".join(out)


def ocr_doc_text(text, rng, keep=(), level=0.5, protect=()):
    """Noise every line; lines containing a `keep` string are left alone; `protect` tokens survive intact."""
    lines = text.split("\n")
    out = []
    for ln in lines:
        if any(k and k in ln for k in keep):
            out.append(ln)
            continue
        parts = [ln]
        for tok in protect:
            nxt = []
            for part in parts:
                if part in protect:
                    nxt.append(part)
                    continue
                segs = part.split(tok)
                for j, sg in enumerate(segs):
                    if j:
                        nxt.append(tok)
                    nxt.append(sg)
            parts = nxt
        out.append("".join(pt if pt in protect else ocr_line(pt, rng, level) for pt in parts))
    return "\n".join(out)


def spaced(s, rng, p=0.5):
    """Insert spaces inside a Hangul word (OCR / letter-spaced stamp)."""
    out = ""
    for i, ch in enumerate(s):
        out += ch
        if i + 1 < len(s) and "\uac00" <= ch <= "\ud7a3" and "\uac00" <= s[i + 1] <= "\ud7a3" and rng.random() < p:
            out += " "
    return out


def fullwidth_digits(s, rng=None, p=1.0):
    return "".join(FW[c] if c.isdigit() and (rng is None or rng.random() < p) else c for c in s)


# ---------------------------------------------------------------------------------------------
# template helpers
# ---------------------------------------------------------------------------------------------

def out(doc, disclosure, marking, reasons, genre, cue, loc, cue_text, flags=(), stated=None, hf=None, text=None,
        **extra):
    d = dict(doc=doc, disclosure=disclosure, marking=marking, reasons=sort_reasons(reasons), genre=genre, cue=cue,
             cue_location=loc, cue_text=cue_text, flags=list(flags), stated=stated, hf=hf, text=text)
    d.update(extra)
    return d


def stated_from_field(field):
    """Parse a printed 공개구분 value into (disclosure, [item numbers])."""
    f = unicodedata.normalize("NFKC", field.replace("①", "")).replace(" ", "")
    if f.startswith("부분공개"):
        disc = "partial"
    elif f.startswith("비공개"):
        disc = "non_public"
    elif "공개" in f:
        disc = "public"
    else:
        raise ValueError(field)
    inner = re.findall(r"\((.*)\)", f)
    nums = []
    if inner:
        s = inner[0]
        s = re.sub(r"제?9조", "", s)
        s = re.sub(r"제?1항", "", s)
        s = s.replace("①", "")
        nums = [int(x) for x in re.findall(r"\d", s)]
    return {"disclosure": disc, "items": nums, "field": field}


def num_lines(items, rng, style=None):
    """Number body items 1., 2., ... with 가./나. sub-items given as nested lists."""
    style = rng.randint(0, 1) if style is None else style
    out_l = []
    k = 0
    for it in items:
        if isinstance(it, list):
            for j, sub in enumerate(it):
                out_l.append("  %s. %s" % ("가나다라마바사"[j], sub))
        else:
            k += 1
            out_l.append("%d. %s" % (k, it))
    return out_l


def weekday(t):
    y, m, d = t
    import datetime
    return "월화수목금토일"[datetime.date(y, m, d).weekday()]


# ---------------------------------------------------------------------------------------------
# PUBLIC templates
# ---------------------------------------------------------------------------------------------

COOP_TOPICS = [
    dict(kind="central", ag="행정안전부", dept="안전개선과", rec="수신자 참조", title="{y}년 지역안전지수 개선 우수사례 공모 안내",
         body=["관련: 행정안전부 안전개선과-{n1}({d0})호", "지역안전지수 개선을 위해 자치단체가 자체적으로 추진한 시책 가운데 다른 지역에 확산할 만한 사례를 아래와 같이 공모하오니, 시ㆍ도에서는 관할 시ㆍ군ㆍ구에 전파하여 적극 참여하도록 안내하여 주시기 바랍니다.",
               ["공모 분야: 교통사고, 화재, 생활안전, 자살 예방 등 6개 분야", "제출 기한: {d1}까지(시ㆍ도 취합 후 일괄 제출)", "제출 방법: 온-나라 문서 및 담당자 전자우편"],
               "선정된 사례는 연말 우수기관 시상과 함께 사례집으로 발간하여 전 자치단체에 배포할 예정입니다."],
         att=["우수사례 작성 서식 1부.", "{py}년 우수사례집(참고) 1부."]),
    dict(kind="central", ag="국토교통부", dept="도로정책과", rec="각 지방국토관리청장", title="하절기 노후 교량 일제 점검 결과 제출 요청",
         body=["집중호우와 폭염이 반복되는 하절기에 준공 후 30년이 지난 교량의 안전관리를 강화하고자 일제 점검을 실시하니 소관 교량에 대한 점검 결과를 기한 내 제출하여 주시기 바랍니다.",
               ["점검 대상: 준공 30년 이상 경과 교량 및 최근 정밀안전진단 결과 C등급 이하 교량", "점검 기간: {d0} ~ {d1}", "점검 항목: 신축이음장치, 교량받침, 배수시설, 난간 및 방호울타리"],
               "점검 결과 긴급 보수가 필요한 시설은 즉시 통행 제한 등 안전조치를 한 뒤 별도로 보고하여 주시기 바랍니다."],
         att=["교량 점검 결과 제출 양식 1부."]),
    dict(kind="metro", ag=None, dept="관광정책과", rec="관내 시장ㆍ군수", title="지역축제 안전관리계획 수립 및 제출 협조",
         body=["「재난 및 안전관리 기본법」 제66조의11에 따라 순간 최대 관람객이 1천 명 이상으로 예상되는 지역축제는 개최 전에 안전관리계획을 수립하여야 합니다.",
               "하반기 개최 예정인 축제의 안전관리계획을 {d1}까지 제출하여 주시고, 축제 개최 3주 전까지 안전관리위원회 심의를 마쳐 주시기 바랍니다.",
               "아울러 인파 밀집이 예상되는 구간은 일방통행로 지정, 안전요원 배치 계획을 반드시 포함하여 주시기 바랍니다."],
         att=["지역축제 안전관리계획 작성 지침 1부.", "하반기 축제 개최 현황 1부."]),
    dict(kind="fire", ag="소방청", dept="화재예방총괄과", rec="시ㆍ도 소방본부장", title="겨울철 화재 예방 홍보물 배포 및 활용 협조",
         body=["겨울철 난방기기 사용 증가로 주택 화재가 늘어나는 시기를 맞아 화재 예방 홍보물을 아래와 같이 제작ㆍ배포하니 관할 지역 주민 대상 홍보에 적극 활용하여 주시기 바랍니다.",
               ["배포 물품: 리플릿 2종, 포스터 1종, 카드뉴스 이미지 파일", "활용 방법: 119안전센터 방문 민원인 배포, 아파트 관리사무소 게시 요청, 누리집 및 사회관계망서비스 게시"],
               "홍보물 원본 파일은 소방청 누리집 자료실에서 내려받을 수 있습니다."],
         att=["홍보물 배부 수량표 1부."]),
    dict(kind="police", ag="경찰청", dept="생활안전과", rec="시ㆍ도경찰청장", title="신학기 어린이보호구역 합동 점검 실시 알림",
         body=["신학기를 맞아 등ㆍ하교 시간대 어린이 교통사고를 예방하기 위해 자치단체ㆍ교육청과 합동으로 어린이보호구역 시설물을 점검하고자 합니다.",
               "점검은 {d0}부터 2주간 실시하며, 무인 교통단속 장비 작동 상태, 노면 표시, 방호울타리 설치 여부를 중점적으로 확인할 예정입니다.",
               "시ㆍ도경찰청에서는 관할 경찰서별 점검 일정을 수립하여 {d1}까지 알려 주시기 바랍니다."],
         att=["합동 점검표 1부."]),
    dict(kind="central", ag="행정안전부", dept="디지털정부정책과", rec="중앙행정기관 및 지방자치단체", title="공공데이터 개방 목록 정비 요청",
         body=["공공데이터포털에 등록된 데이터 가운데 갱신 주기가 지났거나 내려받기 오류가 있는 목록을 정비하고자 하오니 소관 데이터를 점검하여 주시기 바랍니다.",
               ["정비 대상: 최종 갱신일로부터 1년 이상 지난 데이터, 파일 손상 데이터", "조치 내용: 최신 자료로 갱신하거나 개방 중단 사유 등록"],
               "정비 결과는 포털의 기관 관리자 화면에서 직접 처리하며, 별도 공문 제출은 생략합니다."],
         att=[]),
    dict(kind="local", ag=None, dept="사회복지과", rec="각 읍ㆍ면ㆍ동장", title="폭염 대비 취약계층 보호 대책 추진",
         body=["올여름 평년보다 무더운 날이 많을 것으로 예보됨에 따라 홀로 사는 어르신 등 폭염 취약계층 보호 대책을 다음과 같이 추진하고자 합니다.",
               ["무더위쉼터 운영: 경로당, 주민센터 등 지정 쉼터의 냉방기 점검 및 운영 시간 연장", "방문 건강관리: 폭염특보 발령 시 방문간호사와 생활지원사가 안부 확인", "홍보: 마을 방송과 문자 서비스로 행동요령 안내"],
               "읍ㆍ면ㆍ동에서는 쉼터 운영 현황을 매주 금요일까지 보고하여 주시기 바랍니다."],
         att=["무더위쉼터 지정 현황 1부."]),
    dict(kind="edu", ag=None, dept="체육건강문화예술과", rec="각급 학교장", title="{y}학년도 2학기 학교 급식 위생 점검 계획 안내",
         body=["학교 급식의 안전성을 확보하기 위하여 식품의약품안전처, 자치단체와 함께 2학기 학교 급식 위생 점검을 실시합니다.",
               "점검은 사전 예고 없이 진행되며, 조리실 위생 상태와 식재료 보관 온도, 조리 종사자 위생 교육 이수 여부 등을 살펴볼 계획입니다.",
               "각 학교에서는 붙임의 자체 점검표로 미리 확인하시고, 미흡 사항은 점검 전까지 개선하여 주시기 바랍니다."],
         att=["학교 급식 위생 자체 점검표 1부."]),
    dict(kind="soe", ag="한국수자원공사", dept="수도운영처", rec="수신자 참조", title="겨울철 수도계량기 동파 예방 홍보 협조 요청",
         body=["한파가 예보됨에 따라 수도계량기 동파 피해를 줄이기 위한 홍보를 요청드리니 협조하여 주시기 바랍니다.",
               "계량기함 보온재 채우기, 장기간 집을 비울 때 수돗물 조금씩 틀어 두기 등 생활 수칙을 공동주택 게시판과 지역 소식지에 실어 주시면 감사하겠습니다."],
         att=["동파 예방 안내문 1부."]),
    dict(kind="soe", ag="한국도로공사", dept="교통처", rec="수신자 참조", title="설 연휴 특별교통대책 기간 휴게소 안전점검 결과 통보",
         body=["설 연휴 특별교통대책 기간에 앞서 실시한 고속도로 휴게소 안전점검 결과를 알려 드립니다.",
               "점검 대상 휴게소 {n2}곳 가운데 소화기 유효기간 경과 등 경미한 지적 사항이 있는 곳은 현장에서 시정 조치를 마쳤습니다.",
               "세부 결과는 붙임과 같으며, 연휴 기간에는 주요 휴게소에 임시 화장실과 안내 인력을 추가로 배치할 예정입니다."],
         att=["휴게소 안전점검 결과표 1부."]),
    dict(kind="metro", ag=None, dept="자치행정과", rec="시ㆍ군 민원 담당 부서장", title="민원서식 개선 의견 제출 요청",
         body=["주민이 작성하기 어렵거나 불필요한 항목이 포함된 민원서식을 정비하고자 하오니 일선에서 접수한 개선 의견을 제출하여 주시기 바랍니다.",
               "제출된 의견은 관계 부서 검토를 거쳐 법령 개정 건의 또는 자체 서식 정비에 반영할 예정입니다."],
         att=["민원서식 개선 의견서 1부."]),
    dict(kind="central", ag="행정안전부", dept="기록정책과", rec="소속기관장", title="{y}년 기록물 정리 및 기록관 이관 일정 알림",
         body=["「공공기록물 관리에 관한 법률 시행령」 제32조에 따라 처리과에서 보존 중인 기록물을 기록관으로 이관하여야 하는 일정을 알려 드립니다.",
               ["이관 대상: 생산 후 2년이 지난 기록물", "이관 기간: {d0} ~ {d1}", "유의 사항: 전자기록물은 기록관리시스템으로 이관하고, 비전자기록물은 기록물철 단위로 편철 상태를 확인"],
               "이관 전 기록물철의 제목과 보존기간이 맞는지 다시 한번 확인하여 주시기 바랍니다."],
         att=["이관 대상 기록물 목록 서식 1부."]),
    dict(kind="central", ag="산림청", dept="산불방지과", rec="시ㆍ도 산림부서장", title="봄철 산불조심기간 운영 협조",
         body=["{y}년 봄철 산불조심기간을 2. 1.부터 5. 15.까지 운영하오니 산불 예방 활동에 만전을 기하여 주시기 바랍니다.",
               ["산불감시원과 산불전문예방진화대를 취약지에 우선 배치", "입산통제구역 및 등산로 폐쇄 구간 사전 공고", "영농 부산물 불법 소각 집중 단속"],
               "산불 발생 시에는 초동 진화를 위해 헬기 요청 절차를 숙지하여 주시기 바랍니다."],
         att=["산불조심기간 운영 지침 1부."]),
    dict(kind="inst", ag="국민건강보험공단", dept="건강관리실", rec="각 지역본부장", title="국가건강검진 수검률 제고를 위한 홍보 강화",
         body=["연말 검진 집중 시기를 앞두고 국가건강검진 수검률을 높이기 위해 지역 단위 홍보를 강화하고자 합니다.",
               "지역본부에서는 관할 지자체와 협력하여 검진 기관 안내 문자 발송, 주민센터 게시물 부착 등을 추진하여 주시기 바랍니다.",
               "지역본부별 추진 실적은 {d1}까지 제출하여 주시기 바랍니다."],
         att=[]),
    dict(kind="court", ag=None, dept="총무과", rec="관내 시ㆍ군법원", title="법원 청사 에너지 절약 추진 실적 제출",
         body=["공공기관 에너지 이용 합리화 추진에 관한 규정에 따른 상반기 에너지 절약 추진 실적을 제출하여 주시기 바랍니다.",
               "제출 자료에는 월별 전력ㆍ가스 사용량과 전년 동기 대비 증감률, 냉난방 온도 준수 여부를 포함하여 주시기 바랍니다."],
         att=["에너지 사용 실적 제출 양식 1부."]),
    dict(kind="central", ag="문화체육관광부", dept="지역문화정책과", rec="시ㆍ도 문화예술 담당 부서장", title="작은도서관 상호대차 서비스 확대 운영 협조",
         body=["주민들이 가까운 작은도서관에서 공공도서관 장서를 빌려 볼 수 있도록 상호대차 서비스를 확대하고자 합니다.",
               "참여를 희망하는 작은도서관 목록을 {d1}까지 제출하여 주시면 택배 운송비와 도서관리 프로그램 연계 비용을 지원하겠습니다."],
         att=["참여 신청서 1부."]),
]


def pick_agency(rng, topic):
    if topic.get("ag"):
        return Agency(rng, name=topic["ag"], dept=topic.get("dept"))
    ag = Agency(rng, kind=topic["kind"])
    if topic.get("dept") and rng.random() < 0.7:
        ag.dept = topic["dept"]
    return ag


def fill(s, ctx):
    for k, v in ctx.items():
        s = s.replace("{%s}" % k, str(v))
    return s


def topic_ctx(rng, date):
    return dict(y=date[0], py=date[0] - 1, d0=fd(add_days(date, rng.randint(3, 9))), d1=fd(add_days(date, rng.randint(14, 30))),
                n1=rng.randint(100, 3000), n2=rng.randint(12, 48))


def t_pub_gongmun(rng, i, fmt):
    topic = COOP_TOPICS[i % len(COOP_TOPICS)]
    ag = pick_agency(rng, topic)
    date = rdate(rng, 2016, 2025)
    ctx = topic_ctx(rng, date)
    title = fill(topic["title"], ctx)
    doc = Doc(title)
    dumun(doc, ag, topic["rec"], title, via=rng.random() < 0.6)
    body = [fill(x, ctx) if isinstance(x, str) else [fill(y, ctx) for y in x] for x in topic["body"]]
    doc.lines(num_lines(body, rng))
    doc.p("")
    atts = attachments_block([fill(a, ctx) for a in topic["att"]])
    if atts:
        doc.lines(atts)
    else:
        doc.lines(["끝."])
    doc.p("")
    doc.p(sender_line(ag, rng), align="C", bold=True, size=14)
    doc.p("")
    field = field_public(rng, style=rng.choice([0, 0, 1, 2]) if i % 4 else 0)
    lines, cue = gyeolmun(rng, ag, date, field, style=i % 4)
    doc.lines(lines)
    return out(doc, "public", "none", [], "공문", "disclosure_field", "gyeolmun", cue,
               stated=stated_from_field(field), hf=(ag.name, ag.name + " " + ag.dept))


PRESS = [
    dict(ag="보건복지부", dept="노인정책과", title="홀로 사는 어르신 안부 확인, 인공지능 스피커로 더 촘촘하게",
         sub=["{y}년 하반기부터 {n1}개 시ㆍ군ㆍ구로 확대", "위급 상황 시 119 자동 연결 기능 보강"],
         paras=["보건복지부는 홀로 사는 어르신의 안전을 확인하는 인공지능 스피커 돌봄 사업을 하반기부터 {n1}개 시ㆍ군ㆍ구로 넓힌다고 밝혔다.",
                "이 사업은 어르신이 스피커에 \"살려줘\"와 같은 말을 하면 보호자와 119에 자동으로 알려 주는 방식으로, 지난해 시범 지역에서만 위급 상황 {n2}건에 대응하였다.",
                "보건복지부 관계자는 \"기기 보급에 그치지 않고 생활지원사의 방문 돌봄과 연계하여 고립을 예방하는 데 힘쓰겠다\"고 말했다."]),
    dict(ag="환경부", dept="자원순환정책과", title="일회용컵 보증금제, 참여 매장 {n1}곳으로 늘어",
         sub=["반환율 전년 대비 {p1}%p 상승", "무인 회수기 설치 지원 확대"],
         paras=["환경부는 일회용컵 보증금제에 참여하는 매장이 {n1}곳으로 늘었고 컵 반환율도 꾸준히 오르고 있다고 밝혔다.",
                "특히 무인 회수기를 설치한 지역의 반환율이 그렇지 않은 지역보다 높게 나타나, 내년에는 회수기 설치비 지원을 늘릴 계획이다.",
                "환경부는 소비자가 가까운 매장 어디서나 컵을 반납할 수 있도록 교차 반납 체계도 함께 정비할 예정이다."]),
    dict(ag="국토교통부", dept="철도안전정책과", title="철도 건널목 {n2}곳, 입체화 사업 본격 추진",
         sub=["사고 위험이 높은 건널목부터 우선 정비", "지자체 사업비 분담 비율 완화"],
         paras=["국토교통부는 사고 위험이 큰 철도 건널목 {n2}곳을 고가차도나 지하차도로 바꾸는 입체화 사업을 본격적으로 추진한다고 밝혔다.",
                "최근 5년간 건널목 사고는 감소 추세이지만 한 번 발생하면 인명 피해가 큰 만큼, 교통량과 사고 이력을 따져 우선순위를 정하였다.",
                "사업비는 국가와 지자체가 나누어 부담하되, 재정 여건이 어려운 군 지역은 국비 지원 비율을 높이기로 하였다."]),
    dict(ag="서울특별시", dept="교통정책과", title="서울시, 심야 자율주행버스 노선 {n3}개로 확대",
         sub=["합정~동대문 구간 이어 신규 노선 운행", "평일 밤 11시 30분부터 새벽 5시까지"],
         paras=["서울시는 심야 시간대 이동 편의를 높이기 위해 자율주행버스 노선을 {n3}개로 늘린다고 밝혔다.",
                "새 노선은 기존 심야버스가 다니지 않는 구간을 중심으로 짰으며, 안전요원이 함께 탑승해 돌발 상황에 대비한다.",
                "요금은 교통카드로 결제하며, 운행 초기에는 승객 의견을 받아 정류장 위치를 조정할 계획이다."]),
    dict(ag="해양수산부", dept="어업정책과", title="봄철 꽃게 금어기 앞두고 불법 조업 집중 단속",
         sub=["어업지도선 {n2}척 투입", "위반 시 어업허가 정지 등 엄정 조치"],
         paras=["해양수산부는 꽃게 금어기를 앞두고 서해 주요 어장에서 불법 조업을 집중 단속한다고 밝혔다.",
                "단속에는 어업지도선과 해양경찰 함정이 함께 투입되며, 허가받지 않은 그물 사용과 어린 꽃게 포획 여부를 중점 점검한다.",
                "해양수산부는 어업인 스스로 자원 보호에 참여할 수 있도록 지역 수협과 함께 사전 안내도 병행한다."]),
    dict(ag="고용노동부", dept="산업안전보건정책과", title="추락 사고 잦은 소규모 건설현장, 불시 감독 실시",
         sub=["공사비 50억 원 미만 현장 {n1}곳 대상", "안전난간ㆍ작업발판 미설치 시 즉시 작업중지"],
         paras=["고용노동부는 추락 사고가 잦은 소규모 건설현장을 대상으로 불시 감독을 벌인다고 밝혔다.",
                "감독관은 안전난간과 작업발판, 안전대 부착 설비가 제대로 설치되었는지 확인하고, 위험이 큰 경우 그 자리에서 작업을 멈추게 할 방침이다.",
                "아울러 기술지원이 필요한 현장에는 안전보건공단 전문가가 방문해 개선 방법을 안내한다."]),
    dict(ag="농림축산식품부", dept="방역정책과", title="가을철 철새 도래 앞두고 가축전염병 특별방역 돌입",
         sub=["전국 가금농장 일제 소독", "철새 도래지 주변 축산차량 통제"],
         paras=["농림축산식품부는 철새가 본격적으로 날아드는 시기를 앞두고 가축전염병 특별방역대책 기간을 운영한다고 밝혔다.",
                "이 기간 동안 전국 가금농장에 대한 일제 소독과 함께 철새 도래지 주변 도로의 축산차량 출입을 통제한다.",
                "농장에서는 외부인 출입을 최소화하고 의심 증상이 보이면 즉시 방역당국에 신고해 달라고 당부하였다."]),
    dict(ag="경상북도", dept="도시계획과", title="경북도, 빈집 정비해 마을 쉼터ㆍ주차장으로 활용",
         sub=["올해 {n2}동 정비", "철거 후 최대 5년간 공공용지로 활용"],
         paras=["경상북도는 방치된 빈집을 정비해 마을 쉼터와 공영주차장, 텃밭 등으로 활용하는 사업을 추진한다고 밝혔다.",
                "소유자가 동의하면 철거 비용을 지원하고, 철거한 부지는 최대 5년 동안 주민 공동 공간으로 쓰게 된다.",
                "도는 빈집이 범죄나 화재 위험 요인이 되지 않도록 시ㆍ군과 함께 실태조사를 이어갈 계획이다."]),
    dict(ag="경기도교육청", dept="중등교육과", title="경기도교육청, 고교학점제 공동교육과정 과목 {n3}개 개설",
         sub=["온라인 공동교육과정 수강 신청 시작", "소규모 학교 학생 과목 선택권 확대"],
         paras=["경기도교육청은 학생들이 원하는 과목을 들을 수 있도록 학교 간 공동교육과정 과목을 {n3}개 개설한다고 밝혔다.",
                "특히 학생 수가 적어 과목 개설이 어려운 학교 학생들도 온라인 강좌를 통해 심화 과목을 들을 수 있게 된다.",
                "수강 신청은 각 학교 교육과정 담당 교사를 통해 받는다."]),
    dict(ag="소방청", dept="119구조과", title="여름철 물놀이 사고, 오후 2시~6시 가장 많아",
         sub=["최근 3년간 구조 활동 분석 결과", "구명조끼 착용과 음주 후 입수 금지 당부"],
         paras=["소방청은 최근 3년간 여름철 물놀이 구조 활동을 분석한 결과, 사고가 오후 2시부터 6시 사이에 가장 많이 일어났다고 밝혔다.",
                "장소별로는 하천과 계곡이 바다보다 많았으며, 수영 미숙과 음주 후 물놀이가 주요 원인으로 꼽혔다.",
                "소방청은 물놀이 전 준비운동을 하고 구명조끼를 반드시 착용해 달라고 당부하였다."]),
]


def t_pub_press(rng, i, fmt):
    pr = PRESS[i % len(PRESS)]
    ag = Agency(rng, name=pr["ag"], dept=pr["dept"])
    date = rdate(rng, 2018, 2025)
    ctx = dict(y=date[0], n1=rng.randint(20, 160), n2=rng.randint(8, 90), n3=rng.randint(3, 12), p1=rng.randint(3, 15))
    title = fill(pr["title"], ctx)
    doc = Doc(title)
    rel = add_days(date, 1)
    doc.table([["보도자료", "보도시점: %s(%s) %02d:00 이후" % (fd(rel), weekday(rel), rng.choice([6, 11, 12, 14])),
                "배포: %s(%s)" % (fd(date), weekday(date))]], kind="header")
    doc.p("")
    doc.p(title, align="C", bold=True, size=15)
    for s in pr["sub"]:
        doc.p("- " + fill(s, ctx) + " -" if rng.random() < 0.3 else "  ○ " + fill(s, ctx), align="C")
    doc.p("")
    for para in pr["paras"]:
        doc.p("□ " + fill(para, ctx) if rng.random() < 0.5 else fill(para, ctx))
    doc.p("")
    n = people(rng, 2)
    doc.table([["담당 부서", ag.dept, "책임자", "과장 %s (%s)" % (n[0], ag.phone)],
               ["", "", "담당자", "%s %s (%s-%04d)" % (rng.choice(["사무관", "주무관", "서기관"]), n[1], ag.tel, rng.randint(1000, 9999))]],
              kind="contact")
    return out(doc, "public", "none", [], "보도자료", "no_field_public", "none", "", hf=(ag.name + " 보도자료", ag.name))


NOTICES = [
    ("입찰공고", "{org} 청사 냉난방설비 교체공사 입찰 공고",
     ["1. 입찰에 부치는 사항", "  가. 공사명: {org} 청사 냉난방설비 교체공사", "  나. 공사기간: 착공일로부터 {n1}일", "  다. 추정가격: 금{amt}원(부가가치세 별도)",
      "2. 입찰참가자격: 「건설산업기본법」에 따른 기계설비공사업 등록업체로서 입찰공고일 전일부터 계약 체결일까지 주된 영업소 소재지가 해당 시ㆍ도인 업체",
      "3. 입찰 방법: 전자입찰, 총액 입찰, 적격심사 낙찰제", "4. 입찰서 제출 기간: {d0} 10:00 ~ {d1} 10:00", "5. 개찰 일시 및 장소: {d1} 11:00, 국가종합전자조달시스템 입찰집행관 PC",
      "6. 기타 자세한 사항은 국가종합전자조달시스템 공고문을 참고하시기 바랍니다."]),
    ("시험공고", "{y}년도 {org} 공무직 근로자 채용 서류전형 합격자 발표 및 면접시험 일정 공고",
     ["{org} 공무직 근로자 채용 서류전형 결과와 면접시험 일정을 다음과 같이 알려 드립니다.", "1. 서류전형 합격자: 응시번호로 개별 확인(누리집 채용 게시판)",
      "2. 면접시험 일시: {d0} 10:00부터(응시번호 순으로 30분 간격 입장)", "3. 면접 장소: {org} 별관 2층 소회의실",
      "4. 준비물: 신분증, 응시표", "5. 최종합격자 발표: {d1} 누리집 게시", "※ 신분증을 지참하지 않은 사람은 면접에 응시할 수 없습니다."]),
    ("공청회", "○○지구 도시관리계획(용도지역 변경) 결정(안) 주민 공청회 개최 공고",
     ["「국토의 계획 및 이용에 관한 법률」 제28조에 따라 도시관리계획 결정(안)에 대한 주민 의견을 듣기 위하여 아래와 같이 공청회를 개최합니다.",
      "  가. 일시: {d0} 14:00", "  나. 장소: {org} 대회의실", "  다. 내용: 용도지역 변경(제1종일반주거지역 → 제2종일반주거지역) 및 도로 계획",
      "  라. 참석 대상: 관심 있는 주민 누구나", "의견이 있는 분은 공청회에서 발언하시거나 {d1}까지 서면으로 제출하실 수 있습니다."]),
    ("열람공고", "{y}년 개별공시지가 결정ㆍ공시 및 이의신청 안내",
     ["「부동산 가격공시에 관한 법률」 제10조에 따라 {y}년 1월 1일 기준 개별공시지가를 결정ㆍ공시합니다.",
      "1. 공시 대상: 관내 토지 {n2}필지", "2. 열람 장소: 토지 소재지 읍ㆍ면ㆍ동 주민센터 및 부동산 공시가격 알리미 누리집",
      "3. 이의신청 기간: {d0} ~ {d1}", "4. 이의신청 방법: 이의신청서를 작성하여 방문, 우편 또는 팩스로 제출",
      "결정된 지가에 의견이 있는 토지 소유자나 이해관계인은 위 기간에 이의를 신청할 수 있습니다."]),
    ("모집공고", "{y}년 {org} 청년 인턴 모집 공고",
     ["지역 청년에게 공공부문 직무 경험을 제공하기 위하여 청년 인턴을 모집합니다.", "가. 모집 인원: {n3}명", "나. 근무 기간: 5개월(주 5일, 1일 8시간)",
      "다. 지원 자격: 공고일 현재 만 18세 이상 34세 이하 미취업 청년", "라. 접수 기간: {d0} ~ {d1} 18:00까지", "마. 접수 방법: 전자우편 또는 방문 접수",
      "바. 선발 방법: 서류심사 후 면접(면접 일정은 개별 통보)"]),
    ("행정예고", "「{org} 주차장 설치 및 관리 조례 시행규칙」 일부개정규칙안 입법예고",
     ["주민에게 미리 알려 의견을 듣고자 개정 이유와 주요 내용을 다음과 같이 예고합니다.", "1. 개정 이유: 공영주차장 감면 대상을 확대하고 요금 체계를 정비하려는 것임",
      "2. 주요 내용", "  가. 다자녀가구 감면율 상향(30% → 50%)", "  나. 경형 자동차 및 저공해 자동차 감면 기준 정비",
      "3. 의견 제출: {d1}까지 통합입법예고시스템 또는 서면으로 제출", "4. 그 밖의 사항: 개정안 전문은 누리집 고시ㆍ공고란에서 확인하실 수 있습니다."]),
    ("계약공고", "{org} 노후 하수관로 정비사업 기본 및 실시설계용역 사전규격 공개",
     ["조달요청 전 사업의 규격을 미리 공개하여 업체 의견을 듣고자 합니다.", "1. 용역명: 노후 하수관로 정비사업 기본 및 실시설계용역", "2. 배정 예산: 금{amt}원",
      "3. 공개 기간: {d0} ~ {d1}(5일간)", "4. 의견 제출: 국가종합전자조달시스템 사전규격 의견 등록", "5. 제안요청서와 과업지시서는 붙임 파일을 참고하시기 바랍니다."]),
    ("휴관공고", "{org} 시립도서관 시설 보수에 따른 임시 휴관 안내",
     ["노후 승강기 교체와 열람실 바닥 보수 공사로 도서관을 임시 휴관합니다.", "○ 휴관 기간: {d0} ~ {d1}", "○ 휴관 중 이용 안내: 대출 도서 반납은 정문 무인 반납함 이용, 반납 기한은 휴관 종료 후 7일까지 자동 연장",
      "○ 전자책과 온라인 강좌는 평소와 같이 이용하실 수 있습니다.", "이용에 불편을 드려 죄송합니다."]),
]


def t_pub_notice(rng, i, fmt):
    kind, title, lines = NOTICES[i % len(NOTICES)]
    ag = Agency(rng, kind=["metro", "local", "local", "inst", "soe"][i % 5])
    date = rdate(rng, 2015, 2025)
    ctx = dict(org=ag.name, y=date[0], d0=fd(add_days(date, rng.randint(5, 12))), d1=fd(add_days(date, rng.randint(14, 30))),
               n1=rng.randint(60, 240), n2=won(rng.randint(12000, 98000)), n3=rng.randint(4, 30),
               amt=won(rng.randint(80, 900) * 1000000))
    t = fill(title, ctx)
    doc = Doc(t)
    no = "%s 공고 제%d-%d호" % (ag.name, date[0], rng.randint(30, 1500))
    doc.p(no)
    doc.p(t, align="C", bold=True, size=14)
    doc.p("")
    doc.lines([fill(x, ctx) for x in lines])
    doc.p("")
    doc.p(fd(date), align="C")
    doc.p(ag.sender, align="C", bold=True)
    if rng.random() < 0.5:
        doc.p("※ 문의: %s %s(%s)" % (ag.name, ag.dept, ag.phone))
    return out(doc, "public", "none", [], "공고", "no_field_public", "none", "", hf=(ag.name, no))


def t_pub_checkbox(rng, i, fmt):
    ag = Agency(rng, kind=["central", "metro", "local", "edu", "inst"][i % 5])
    date = rdate(rng, 2012, 2025)
    subj = ["%d년 상반기 %s 업무 추진 실적" % (date[0], ag.dept), "%s 주민 만족도 조사 결과 보고" % ag.name,
            "공공시설물 유지관리 개선 계획", "%d년 정책연구용역 결과 요약" % date[0], "청사 주차장 운영 개선 방안"][i % 5]
    doc = Doc(subj)
    box = rng.choice([("■공개 □부분공개 □비공개", "■공개 □부분공개 □비공개"), ("■ 공개  □ 부분공개  □ 비공개", "■ 공개  □ 부분공개  □ 비공개"),
                      ("[■]공개 [ ]부분공개 [ ]비공개", "[■]공개 [ ]부분공개 [ ]비공개"), ("☑ 공개  ☐ 부분공개  ☐ 비공개", "☑ 공개  ☐ 부분공개  ☐ 비공개")])
    if fmt == "pdf" and "☑" in box[0]:
        box = ("■ 공개  □ 부분공개  □ 비공개", "■ 공개  □ 부분공개  □ 비공개")
    rows = [["문서 제목", subj], ["생산 부서", "%s %s" % (ag.name, ag.dept)], ["작성일", fd(date)],
            ["보존기간", rng.choice(["3년", "5년", "10년"])], ["공개 여부", box[0]]]
    if rng.random() < 0.5:
        rows.insert(4, ["작성자", "%s %s" % (staff_titles(ag)[0], person(rng))])
    doc.p("보 고 서" if rng.random() < 0.5 else "결 과 보 고", align="C", bold=True, size=16)
    doc.table(rows, widths=[0.25, 0.75], kind="form")
    doc.p("")
    doc.p("1. 개요")
    doc.p("  %s에 관한 사항을 정리하여 보고드립니다." % subj)
    doc.p("2. 주요 내용")
    for s in rng.sample(["  - 추진 목표 대비 달성률은 %d%%로 전년보다 소폭 상승하였음" % rng.randint(82, 99),
                         "  - 주민 의견 수렴 결과 안내 표지 부족, 운영 시간 확대 요구가 많았음",
                         "  - 예산 집행률은 %d%%이며 이월 예정 사업은 없음" % rng.randint(70, 98),
                         "  - 관계 부서 협의를 거쳐 개선 과제 %d건을 확정함" % rng.randint(3, 9),
                         "  - 하반기에는 시설 점검 주기를 분기 1회에서 월 1회로 단축할 계획임"], 3):
        doc.p(s)
    doc.p("3. 향후 계획")
    doc.p("  개선 과제별 담당 부서를 지정하여 분기별로 이행 상황을 점검하겠음.")
    return out(doc, "public", "none", [], "보고서", "checkbox", "header_cell" if fmt != "text" else "form_line", box[1],
               stated={"disclosure": "public", "items": [], "field": box[1]}, hf=(ag.name, ag.name + " " + ag.dept))


def t_pub_minutes(rng, i, fmt):
    ag = Agency(rng, kind=["metro", "central", "local", "soe"][i % 4])
    date = rdate(rng, 2017, 2025)
    topic = ["교통약자 이동편의 증진 실무협의회", "공공시설 내진보강 추진 점검회의", "지역 일자리 정책 협의회", "하천 수질 개선 관계기관 회의"][i % 4]
    doc = Doc(topic)
    doc.p("%s 결과 보고" % topic, align="C", bold=True, size=14)
    doc.p("")
    doc.p("□ 회의 개요")
    doc.p("  ○ 일시: %s(%s) 14:00~16:00" % (fd(date), weekday(date)))
    doc.p("  ○ 장소: %s %s" % (ag.name, rng.choice(["3층 중회의실", "본관 대회의실", "별관 2층 회의실", "영상회의실"])))
    doc.p("  ○ 참석: %s, %s, %s 등 %d명" % (ag.dept + "장", rng.choice(["도로과장", "건축과장", "예산팀장", "안전총괄과장"]),
                                          rng.choice(["관계 공사 부장", "교육지원청 담당 장학사", "경찰서 교통과장"]), rng.randint(8, 18)))
    doc.p("□ 주요 논의 내용")
    pts = [["저상버스 도입 확대에 따른 정류장 승강장 높이 조정 필요성에 공감", "교통약자 콜택시 대기시간 단축을 위해 야간 운행 차량 증차 검토"],
           ["학교ㆍ복지시설 등 다중이용시설 우선 보강 원칙 재확인", "예산 부족 시설은 국비 공모사업 신청 추진"],
           ["청년 구직자 대상 직무교육 과정 개설 협의", "지역 기업 수요조사 결과 공유 및 채용 연계 방안 논의"],
           ["상류 축사 밀집 지역 비점오염 저감시설 설치 협의", "수질 자동측정망 자료 공유 체계 구축"]][i % 4]
    for p_ in pts:
        doc.p("  ○ " + p_)
    doc.p("□ 향후 조치 계획")
    doc.p("  ○ 기관별 조치 사항을 %s까지 제출받아 다음 회의에서 이행 상황 점검" % fd(add_days(date, 21)))
    field = field_public(rng, style=0)
    doc.p("")
    doc.p(rng.choice(["공개구분: 공개", "※ 공개 구분: 공개", "정보공개 여부 : 공개"]))
    cue = doc.blocks[-1][1]
    return out(doc, "public", "none", [], "회의록", "disclosure_field", "last_line", cue, stated=stated_from_field(field),
               hf=(ag.name + " " + ag.dept, ag.name))


LONG_PUBLIC = [
    dict(title="{y}년 생활안전 종합대책 추진 실적 및 {ny}년 계획", kind=["metro", "local"],
         secs=[("Ⅰ. 추진 배경", ["일상생활 속 안전사고가 해마다 되풀이되면서 주민이 체감하는 안전 수준을 높일 필요가 커졌다.",
                                "특히 어린이와 어르신 등 안전 취약계층의 사고 비중이 높아 대상별 맞춤형 대책이 요구되었다.",
                                "이에 따라 {org}는 교통, 화재, 생활 시설 분야를 중심으로 종합대책을 수립하여 추진하였다."]),
               ("Ⅱ. 추진 실적", ["어린이보호구역 내 무인 교통단속 장비를 추가 설치하고, 노후 방호울타리를 교체하였다.",
                                "노후 공동주택 소방시설 점검을 소방서와 합동으로 실시하여 불량 사항을 현장에서 바로잡았다.",
                                "공원 놀이시설과 보행로의 파손 부위를 주민 신고와 연계하여 평균 3일 이내에 보수하였다.",
                                "안전 체험 교육은 초등학생과 경로당 이용 어르신을 대상으로 연중 운영하였다."]),
               ("Ⅲ. 성과 분석", ["교통사고 사상자는 전년보다 줄었고, 화재 발생 건수도 감소 추세를 이어갔다.",
                                "다만 자전거와 개인형 이동장치 관련 사고는 오히려 늘어 별도 대책이 필요한 것으로 분석되었다.",
                                "주민 만족도 조사에서는 야간 보행 환경 개선 요구가 가장 많았다."]),
               ("Ⅳ. {ny}년 추진 계획", ["개인형 이동장치 주차구역을 지정하고 보도 위 무단 방치를 줄이기 위한 견인 제도를 시행한다.",
                                     "어두운 골목길에 보안등과 로고젝터를 설치하고, 통학로 보행 안전 시설을 확충한다.",
                                     "재난 취약가구 전기ㆍ가스 시설 무상 점검 대상을 넓히고 점검 결과를 관리 대장으로 관리한다.",
                                     "분기마다 관계 기관 실무협의회를 열어 추진 상황을 점검한다."])],
         table=("분야별 추진 실적", ["분야", "세부 사업", "목표", "실적", "달성률"],
                [("교통", "무인단속장비 설치"), ("교통", "방호울타리 교체"), ("화재", "노후주택 소방점검"), ("화재", "소화기 보급"),
                 ("생활", "놀이시설 보수"), ("생활", "보행로 정비"), ("교육", "어린이 안전체험"), ("교육", "어르신 낙상예방 교육")])),
    dict(title="공공 와이파이 확대 구축 추진 계획", kind=["metro", "central"],
         secs=[("1. 추진 배경", ["통신비 부담을 덜고 디지털 격차를 줄이기 위해 공공장소 무료 와이파이를 확대할 필요가 있다.",
                               "기존에 설치된 장비 가운데 상당수가 구형이어서 속도가 느리고 접속 끊김 민원이 잦았다."]),
               ("2. 현황 및 문제점", ["버스정류장, 전통시장, 공원 등 생활 밀착 장소의 설치율이 지역별로 차이가 크다.",
                                   "관리 주체가 기관마다 달라 장애 대응이 늦고, 보안 설정 기준도 통일되어 있지 않다.",
                                   "이용 통계가 체계적으로 수집되지 않아 설치 효과를 평가하기 어렵다."]),
               ("3. 추진 계획", ["설치 우선순위는 유동 인구와 저소득층 밀집도를 함께 고려하여 정한다.",
                               "신규 장비는 최신 규격을 적용하고, 암호화 접속(보안 SSID)을 기본으로 제공한다.",
                               "장애 접수부터 복구까지 통합 관제센터에서 일괄 처리하도록 운영 체계를 바꾼다.",
                               "설치 지역 주민 대상 이용 안내를 병행하여 접속 방법을 모르는 어르신의 불편을 줄인다."]),
               ("4. 소요 예산 및 재원", ["총사업비는 국비와 지방비를 절반씩 부담하는 것을 원칙으로 하되, 재정자립도가 낮은 지역은 국비 비율을 높인다."]),
               ("5. 기대 효과", ["가계 통신비 절감과 함께 관광객 편의가 높아지고, 재난 시 대체 통신망으로도 활용할 수 있다."])],
         table=("연차별 설치 계획", ["구분", "설치 장소", "목표(개소)", "사업비(백만원)", "비고"],
                [("1차년도", "버스정류장"), ("1차년도", "전통시장"), ("2차년도", "공원"), ("2차년도", "복지관"), ("3차년도", "하천 산책로"),
                 ("3차년도", "관광지")])),
    dict(title="{y}년 상반기 주요 업무 추진 상황 보고", kind=["inst", "soe"],
         secs=[("Ⅰ. 일반 현황", ["{org}는 올해 상반기 중점 과제로 고객 서비스 개선, 안전경영 강화, 디지털 전환을 선정하였다.",
                               "조직과 인력은 전년 수준을 유지하되 현장 부서 중심으로 인력을 재배치하였다."]),
               ("Ⅱ. 분야별 추진 상황", ["고객 서비스 분야에서는 전화 상담 대기시간을 줄이기 위해 챗봇 상담을 도입하였다.",
                                     "안전경영 분야에서는 협력업체 작업자를 포함한 위험성 평가를 분기마다 실시하였다.",
                                     "디지털 전환 분야에서는 종이 서식 신청 업무 가운데 상당수를 온라인으로 전환하였다.",
                                     "청렴 분야에서는 계약 업무 담당자 순환 근무와 외부 전문가 청렴 교육을 병행하였다."]),
               ("Ⅲ. 애로 사항", ["원자재 가격 상승으로 일부 시설 공사의 공정이 늦어졌다.",
                               "현장 안전 인력 채용 경쟁이 심해 결원이 장기화되는 사례가 있다."]),
               ("Ⅳ. 하반기 계획", ["지연된 공사는 공정 만회 계획을 세워 연내 준공을 목표로 관리한다.",
                                 "고객 의견 분석 결과를 바탕으로 서비스 개선 과제를 추가 발굴한다.",
                                 "재난 대응 훈련을 실제 상황과 비슷하게 설계하여 하반기 중 두 차례 실시한다."])],
         table=("주요 지표 추진 현황", ["지표", "단위", "연간 목표", "상반기 실적", "진도율"],
                [("고객만족도", "점"), ("상담 대기시간", "초"), ("중대재해", "건"), ("온라인 신청 비율", "%"), ("에너지 절감", "%"),
                 ("청렴도 교육 이수", "명")])),
]


def long_body(doc, rng, topic, ctx, pages_target):
    """Fill a long report (2-4 printed pages) from a topic bank plus appendices."""
    secs = topic["secs"]
    notes = ["관련 부서 협의 결과를 반영하였음", "세부 내용은 붙임 자료 참고", "주민 의견 수렴 결과 반영 예정",
             "분기별 이행 상황 점검", "예산 범위 내에서 단계적으로 추진", "현장 확인 결과 추가 보완 필요",
             "유관기관과 합동으로 추진", "전년 대비 개선 추세", "담당자 교육 후 시행", "시범 운영 결과를 보아 확대 여부 결정"]
    for h, sents in secs:
        doc.p(fill(h, ctx), bold=True)
        for s in sents:
            doc.p("  ○ " + fill(s, ctx))
            for n_ in rng.sample(notes, rng.choice([1, 1, 2])):
                doc.p("    - " + n_)
        doc.p("")
    tname, head, rows = topic["table"]
    doc.p("< %s >" % tname, align="C", bold=True)
    trs = [head]
    rates = []
    for r in rows:
        goal = rng.randint(10, 400)
        got = int(goal * rng.uniform(0.7, 1.15))
        if "처리" in head[-1] or "처리" in head[-2]:
            got = min(got, goal)
        rates.append(round(100 * got / goal))
        trs.append([r[0], r[1], str(goal), str(got), "%d%%" % rates[-1]])
    doc.table(trs, kind="data")
    doc.p("")
    doc.p("[참고 1] 세부 추진 일정", bold=True)
    sched = [["단계", "주요 내용", "기간", "담당"]]
    for k, step in enumerate(["계획 수립", "관계 기관 협의", "예산 확보", "사업 착수", "중간 점검", "결과 평가", "환류 및 보완"]):
        sched.append([str(k + 1), step, "%d. %d. ~ %d. %d." % (ctx["y"], 1 + k, ctx["y"], 2 + k), rng.choice(topic_depts(ctx))])
    doc.table(sched, kind="data")
    doc.p("")
    for h, sents in secs[1:3]:
        doc.p(fill(h, ctx) + " - 요약", bold=True)
        for s in sents:
            doc.p("  - " + fill(s, ctx).replace("하였다.", "하였음").replace("한다.", "함").replace("있다.", "있음").replace("었다.", "었음"))
    doc.p("")
    if pages_target >= 3:
        doc.br()
        doc.p("[참고 2] 분야별 세부 내용", bold=True)
        comments = ["현장 여건 변화로 일부 일정이 늦어졌으나 연내 완료 예정임", "목표를 조기에 달성하여 추가 수요를 조사 중임",
                    "관계 기관과 역할 분담을 다시 정하여 추진 중임", "예산 부족분은 추경 편성을 요청할 계획임",
                    "이용자 만족도가 높아 내년에 확대를 검토함", "민원 제기에 따라 설계를 일부 변경하였음",
                    "계약 지연으로 착수가 늦어져 하반기에 집중 추진함", "성과 지표를 재설정하여 관리할 필요가 있음"]
        for r, rate in zip(rows, rates):
            doc.p("  ○ %s 분야 '%s'은(는) 계획 대비 %d%% 추진되었으며, %s." % (r[0], r[1], rate, rng.choice(comments)))
            doc.p("    - 주요 애로 사항: %s" % rng.choice(["전문 인력 확보 곤란", "자재 수급 지연", "부지 협의 난항", "주민 의견 대립", "없음"]))
        doc.p("")
        doc.p("< 월별 추진 현황 >", align="C", bold=True)
        mon = [["월", "계획", "실적", "누계 실적", "비고"]]
        acc = 0
        for m_ in range(1, 13):
            pl = rng.randint(5, 40)
            ac = int(pl * rng.uniform(0.6, 1.2))
            acc += ac
            mon.append(["%d월" % m_, str(pl), str(ac), str(acc), rng.choice(["", "", "우기", "동절기", "예산 이월"])])
        doc.table(mon, kind="data")
        doc.p("")
    if pages_target >= 4:
        doc.br()
        doc.p("[참고 3] 관계 기관 의견 및 조치 결과", bold=True)
        ops = [["기관", "의견", "조치 결과"]]
        for k in range(9):
            ops.append([rng.choice(["교육지원청", "경찰서", "소방서", "보건소", "관내 공기업", "상공회의소", "주민자치회", "시민단체", "의회 상임위원회"]),
                        rng.choice(["추진 일정의 사전 공유 필요", "안전 대책 보완 요청", "예산 분담 비율 조정 요청", "사업 대상 확대 건의",
                                    "성과 지표 현실화 필요", "주민 설명 기회 확대 요청", "유지관리 주체 명확화 필요"]),
                        rng.choice(["반영", "일부 반영", "장기 검토", "미반영(사유 회신)"])])
        doc.table(ops, kind="data")
        doc.p("")
        for h, sents in secs[:2]:
            doc.p(fill(h, ctx) + " 관련 검토 의견", bold=True)
            for s in sents:
                doc.p("  ○ " + fill(s, ctx))
                doc.p("    - " + rng.choice(notes))
        doc.p("")


def topic_depts(ctx):
    return ctx.get("depts") or ["주무부서"]


def t_pub_long(rng, i, fmt):
    topic = LONG_PUBLIC[i % len(LONG_PUBLIC)]
    ag = Agency(rng, kind=rng.choice(topic["kind"]))
    date = rdate(rng, 2016, 2025)
    ctx = dict(y=date[0], ny=date[0] + 1, org=ag.name, depts=ag.depts)
    title = fill(topic["title"], ctx)
    doc = Doc(title)
    doc.p(title, align="C", bold=True, size=15)
    doc.p("%s  %s" % (fd(date), ag.dept), align="R")
    doc.p("")
    long_body(doc, rng, topic, ctx, pages_target=2 + i % 3)
    doc.p("")
    field = field_public(rng, style=rng.choice([0, 0, 1]))
    lines, cue = gyeolmun(rng, ag, date, field, style=rng.choice([0, 1, 3]))
    doc.p(sender_line(ag, rng), align="C", bold=True)
    doc.lines(lines)
    return out(doc, "public", "none", [], "보고서", "disclosure_field", "gyeolmun_end_of_long", cue, flags=["long"],
               stated=stated_from_field(field), hf=(ag.name, title))


def t_pub_ocr(rng, i, fmt):
    topic = COOP_TOPICS[(i * 5 + 3) % len(COOP_TOPICS)]
    ag = pick_agency(rng, topic)
    date = rdate(rng, 2005, 2016)
    ctx = topic_ctx(rng, date)
    title = fill(topic["title"], ctx)
    doc = Doc(title)
    dumun(doc, ag, topic["rec"], title)
    body = [fill(x, ctx) if isinstance(x, str) else [fill(y, ctx) for y in x] for x in topic["body"]]
    doc.lines(num_lines(body, rng))
    doc.lines(attachments_block([fill(a, ctx) for a in topic["att"]]) or ["끝."])
    doc.p(sender_line(ag, rng), align="C")
    noisy_field = rng.choice(["공 개", "공개", "공개 ", "/공개", "공 개 "])
    lines, cue = gyeolmun(rng, ag, date, "@@FIELD@@", style=rng.choice([0, 2]))
    doc.lines(lines)
    plain = doc.plain(with_hf=False)
    noisy = ocr_doc_text(plain, rng, level=0.8, protect=("@@FIELD@@",))
    assert "@@FIELD@@" in noisy
    noisy = noisy.replace("@@FIELD@@", noisy_field)
    # the field line itself got noise, so locate the cue as the text after the last '/'
    last = [ln for ln in noisy.split("\n") if noisy_field in ln][-1]
    cue_text = last[last.rfind("/"):].strip() if "/" in last else noisy_field
    return out(doc, "public", "none", [], "공문", "disclosure_field", "gyeolmun", cue_text, flags=["ocr_noise"],
               stated={"disclosure": "public", "items": [], "field": noisy_field}, text=noisy)


def t_pub_school_letter(rng, i, fmt):
    school = rng.choice(["한솔", "새빛", "늘푸른", "동산", "매화", "가온", "솔밭"]) + rng.choice(["초등학교", "중학교", "초등학교"])
    date = rdate(rng, 2018, 2025)
    subj = ["현장체험학습 실시 안내", "학부모 공개수업 및 상담주간 안내", "감염병 예방을 위한 가정 협조 안내"][i % 3]
    doc = Doc(subj)
    doc.p("가 정 통 신 문", align="C", bold=True, size=16)
    doc.table([["%s" % school, "담당: %s(%s)" % (rng.choice(["교무실", "행정실", "보건실"]), "0%d-%d-%04d" % (rng.choice([31, 32, 33, 41]), rng.randint(200, 990), rng.randint(1000, 9999))),
                "발행일: %s" % fd(date)]], kind="header")
    doc.p(subj, align="C", bold=True, size=13)
    doc.p("학부모님, 안녕하십니까? 가정에 건강과 행복이 가득하시기를 바랍니다.")
    if i % 3 == 0:
        doc.p("본교에서는 교과 학습과 연계한 현장체험학습을 다음과 같이 실시하고자 합니다. 학생들이 안전하고 즐겁게 다녀올 수 있도록 가정에서도 지도하여 주시기 바랍니다.")
        doc.lines(["1. 일시: %s(%s) 09:00~15:30" % (fd(add_days(date, 10)), weekday(add_days(date, 10))), "2. 장소: 국립중앙과학관 및 인근 공원",
                   "3. 준비물: 도시락, 물, 편한 운동화, 우비", "4. 참가비: 없음(교육비 지원)"])
    elif i % 3 == 1:
        doc.p("자녀의 수업 모습을 직접 보시고 담임교사와 학교생활에 대해 이야기를 나눌 수 있도록 공개수업과 상담주간을 운영합니다.")
        doc.lines(["○ 공개수업: %s 2~3교시" % fd(add_days(date, 7)), "○ 상담주간: %s ~ %s(대면, 전화 중 선택)" % (fd(add_days(date, 7)), fd(add_days(date, 11))),
                   "○ 신청 방법: 학교 알리미 앱 설문으로 희망 시간 선택"])
    else:
        doc.p("최근 호흡기 감염병 환자가 늘고 있어 학생들의 건강을 지키기 위하여 가정의 협조를 부탁드립니다.")
        doc.lines(["- 발열, 기침 등 증상이 있으면 등교 전 담임교사에게 알리고 가까운 병원 진료를 받도록 해 주십시오.",
                   "- 비누로 30초 이상 손 씻기, 기침할 때 옷소매로 가리기를 생활화하도록 지도해 주십시오.",
                   "- 감염병으로 진단받은 경우 진료확인서를 제출하면 출석으로 인정됩니다."])
    doc.p("")
    doc.p(fd(date), align="C")
    doc.p("%s장" % school, align="C", bold=True)
    return out(doc, "public", "none", [], "가정통신문", "no_field_public", "none", "", hf=(school, "가정통신문"))


def t_pub_contract_result(rng, i, fmt):
    ag = Agency(rng, kind=["local", "soe", "inst"][i % 3])
    date = rdate(rng, 2016, 2025)
    doc = Doc("계약 체결 현황 공개")
    doc.p("%d년 %d월 계약 체결 현황" % (date[0], date[1]), align="C", bold=True, size=14)
    doc.p("「지방자치단체를 당사자로 하는 계약에 관한 법률」 제43조에 따라 계약 체결 현황을 다음과 같이 공개합니다." if ag.kind == "local"
          else "「공공기관의 정보공개에 관한 법률」 제7조에 따라 계약 정보를 사전에 공개합니다.")
    rows = [["연번", "계약명", "계약 방법", "계약 상대자", "계약 금액(원)", "계약일"]]
    for k in range(rng.randint(5, 8)):
        nm = rng.choice(["청사 승강기 유지관리", "하천변 산책로 정비공사", "업무용 노트북 구매", "홍보 영상 제작", "방역 소독 용역",
                         "보안등 LED 교체", "공용차량 정비", "주민센터 방수 공사", "민원 안내 로봇 임차", "도서 구입"])
        rows.append([str(k + 1), nm, rng.choice(["일반경쟁", "제한경쟁", "수의계약(소액)", "협상에 의한 계약"]), company(rng),
                     won(rng.randint(3, 900) * 100000), fd(add_days(date, k))])
    doc.table(rows, kind="data")
    doc.p("※ 수의계약의 경우 사유서를 누리집 계약정보공개 게시판에 함께 게시합니다.")
    return out(doc, "public", "none", [], "계약정보", "no_field_public", "none", "", hf=(ag.name, ag.dept))


def t_pub_budget_table(rng, i, fmt):
    ag = Agency(rng, kind=["metro", "local", "edu", "central", "inst"][i % 5])
    date = rdate(rng, 2014, 2025)
    title = ["%d년 세출예산 집행 현황(%d월 말 기준)" % (date[0], date[1]), "%d년 분야별 재정 투자 현황" % date[0],
             "민원 처리 통계(%d년 %d분기)" % (date[0], (date[1] - 1) // 3 + 1), "공공시설 이용 현황 통계", "%d년 직원 교육훈련 실적" % date[0]][i % 5]
    doc = Doc(title)
    doc.p(title, align="C", bold=True, size=14)
    doc.p("(단위: 백만원, %)" if i % 5 < 2 else "(단위: 건, 명)", align="R")
    if i % 5 < 2:
        heads = ["구분", "예산액", "집행액", "집행률"]
        cats = ["일반공공행정", "공공질서 및 안전", "교육", "문화 및 관광", "환경", "사회복지", "보건", "농림해양수산", "국토 및 지역개발"]
    elif i % 5 == 2:
        heads = ["민원 유형", "접수", "처리 완료", "처리 중", "평균 처리일"]
        cats = ["제증명", "인허가", "고충민원", "질의ㆍ건의", "정보공개청구", "기타"]
    else:
        heads = ["구분", "계획", "실적", "비율"]
        cats = ["체육관", "수영장", "문화센터", "도서관", "청소년수련관", "평생학습관"] if i % 5 == 3 else ["직무교육", "법정의무교육", "리더십과정", "정보화교육", "외국어", "원격교육"]
    rows = [heads]
    for c in cats:
        a = rng.randint(300, 90000) if i % 5 < 2 else rng.randint(40, 4000)
        b = int(a * rng.uniform(0.4, 1.0))
        if len(heads) == 4:
            rows.append([c, won(a), won(b), "%.1f" % (100.0 * b / a)])
        else:
            rows.append([c, won(a), won(b), won(a - b), "%.1f" % rng.uniform(1.5, 14)])
    doc.table(rows, kind="data")
    doc.p("자료: %s %s" % (ag.name, ag.dept))
    flds = [("공개", "공개구분: 공개"), ("공개", "※ 이 자료는 정보공개 대상(공개)입니다."), (None, "")]
    f, line = flds[i % 3]
    if line:
        doc.p(line)
    return out(doc, "public", "none", [], "통계표", "disclosure_field" if f else "no_field_public", "last_line" if f else "none",
               line, stated=stated_from_field("공개") if f else None, hf=(ag.name, title))


OLD_SUBJECTS = [
    ("새마을 대청소 실시", ["1. 관련: 도 새마을 {n1}-{n2}({d0})", "2. 봄철을 맞이하여 관내 도로변, 하천변 및 공한지 등에 방치된 쓰레기를 일제히 수거하여 깨끗한 생활환경을 조성하고자 아래와 같이 새마을 대청소를 실시하오니 각 읍ㆍ면에서는 주민 참여를 적극 유도하여 주시기 바랍니다.",
                        "   가. 기간: {d1} ~ 1주간", "   나. 대상: 읍ㆍ면 소재지 및 주요 간선도로변", "   다. 참여: 새마을지도자, 부녀회, 공무원 등",
                        "3. 실시 결과는 별지 서식에 의거 기간 종료 후 3일 이내 보고하시기 바랍니다."]),
    ("민원사무 처리기간 준수 철저", ["1. 민원사무처리에관한법률 시행령에 의하여 처리기간이 정하여진 민원사무가 기간을 경과하여 처리되는 사례가 있어 민원인의 불만이 제기되고 있습니다.",
                              "2. 각 부서에서는 민원처리부를 수시로 확인하여 처리기간이 경과되는 일이 없도록 하고, 부득이 기간을 연장하는 경우에는 그 사유를 민원인에게 통지하시기 바랍니다.",
                              "3. 아울러 민원실 친절 봉사 자세 확립에도 만전을 기하여 주시기 바랍니다."]),
    ("하계 휴가철 공직기강 확립", ["1. 하계 휴가철을 맞이하여 공직자의 복무 자세가 해이해질 우려가 있으므로 다음 사항을 철저히 이행하시기 바랍니다.",
                             "   가. 휴가는 업무에 지장이 없도록 분산 실시", "   나. 근무시간 중 무단 이석 금지", "   다. 관용차량 사적 사용 금지",
                             "2. 위반 사례 적발 시에는 관련 규정에 따라 엄중 조치할 예정임을 알려 드립니다."]),
    ("전산장비 2000년 문제(Y2K) 대비 점검", ["1. 2000년 문제(Y2K)에 대비하여 각 부서에서 사용 중인 개인용 컴퓨터와 업무용 프로그램의 날짜 처리 기능을 점검하고자 합니다.",
                                       "2. 각 부서에서는 보유 장비 목록을 작성하여 {d1}까지 제출하여 주시기 바랍니다.",
                                       "3. 점검 결과 문제가 있는 장비는 전산실에서 순차적으로 조치할 예정입니다."]),
]


def t_pub_old_style(rng, i, fmt):
    subj, body = OLD_SUBJECTS[i % len(OLD_SUBJECTS)]
    ag = Agency(rng, kind=["local", "metro", "local", "central"][i % 4])
    y = rng.randint(1991, 2003) if i % 4 != 3 else 1999
    month = {0: rng.choice([3, 4]), 2: rng.choice([6, 7])}.get(i % len(OLD_SUBJECTS), rng.randint(1, 12))
    date = (y, month, rng.randint(1, 28))
    ctx = dict(n1=rng.randint(1000, 9999), n2=rng.randint(10, 999), d0=fd(add_days(date, -12)), d1=fd(add_days(date, 7)))
    doc = Doc(subj)
    doc.p(" ".join(ag.name) if len(ag.name) <= 4 else ag.name, align="C", bold=True, size=16)
    doc.p("우 %s-%s  %s  / 전화 (%s) %s  / 전송 %s" % (rng.randint(100, 799), rng.randint(100, 999), ag.addr.split(" ", 1)[1],
                                                 "0" + ag.tel.split("-")[0].lstrip("0"), ag.phone.split("-", 1)[1], ag.fax.split("-", 1)[1]))
    dn = "%s %d-%d" % (ag.dept[:2], rng.randint(10000, 99999), rng.randint(10, 999))
    field = rng.choice(["", "", "공개"]) if i % 2 == 0 else ""
    rows = [["문서번호", dn, "선 결", ""], ["시행일자", "%s" % fd(date), "접 수", "일자\n시간\n번호"], ["(경 유)", "", "처리과", ""],
            ["수 신", rng.choice(["수신처 참조", "각 읍ㆍ면장", "각 실ㆍ과ㆍ소장"]), "담당자", ""], ["참 조", "", "공람", ""]]
    doc.table(rows, kind="old_header")
    doc.p("")
    doc.p("제   목  %s" % subj)
    doc.p("")
    doc.lines([fill(x, ctx) for x in body])
    doc.p("                                                                끝.")
    doc.p("")
    doc.p(ag.sender + ("  [직인생략]" if rng.random() < 0.5 else ""), align="C", bold=True)
    if field:
        doc.p("공개여부: 공개")
    return out(doc, "public", "none", [], "공문(구서식)", "disclosure_field" if field else "no_field_public",
               "last_line" if field else "none", "공개여부: 공개" if field else "", flags=["older_style"],
               stated=stated_from_field("공개") if field else None, hf=(ag.name, dn))


def t_pub_court_notice(rng, i, fmt):
    ag = Agency(rng, kind="court")
    date = rdate(rng, 2017, 2025)
    doc = Doc("법원 안내")
    if i % 2 == 0:
        doc.p("종합민원실 운영 시간 변경 안내", align="C", bold=True, size=14)
        doc.p("%s 종합민원실의 운영 시간이 %s부터 다음과 같이 바뀝니다." % (ag.name, fd(add_days(date, 14))))
        doc.table([["구분", "변경 전", "변경 후"], ["평일", "09:00~18:00", "09:00~18:00(점심시간 12:00~13:00 교대 근무)"],
                   ["전자소송 안내 창구", "09:00~17:00", "09:00~18:00"], ["무인 민원 발급기", "09:00~18:00", "07:00~21:00"]])
        doc.p("※ 사건 기록 열람ㆍ복사 신청은 해당 재판부 참여관실에서 접수합니다.")
    else:
        doc.p("법원 견학 프로그램 참가 신청 안내", align="C", bold=True, size=14)
        doc.p("청소년과 일반 국민이 법원의 역할을 이해할 수 있도록 법정 견학 프로그램을 운영합니다.")
        doc.lines(["○ 대상: 초ㆍ중ㆍ고등학생 단체(20명 이상 40명 이하), 일반인 단체", "○ 내용: 법원 소개 영상 시청, 모의재판 체험, 법정 견학",
                   "○ 신청: 견학 희망일 2주 전까지 법원 누리집 견학 신청 게시판"])
    doc.p("")
    doc.p("%s장" % ag.name, align="C")
    return out(doc, "public", "none", [], "안내문", "no_field_public", "none", "", hf=(ag.name, ag.dept))


def approval_table(rng, ag, names, date, extra=None):
    titles = staff_titles(ag)
    head = head_title(ag.short_dept())
    rows = [["결재", "담당", titles[1] if len(titles) > 1 else "팀장", head],
            ["", "%s\n%02d/%02d" % (names[0], date[1], date[2]), names[1], "전결 " + names[2]]]
    if extra:
        rows.append(extra)
    return rows


def t_pub_approval(rng, i, fmt):
    ag = Agency(rng, kind=["local", "metro", "edu"][i % 3])
    date = rdate(rng, 2009, 2025)
    subj = ["%s 청사 안내 표지판 정비 계획" % ag.name, "%d년 직원 체육행사 개최 계획" % date[0], "민원실 대기 공간 개선 계획"][i % 3]
    doc = Doc(subj)
    names = people(rng, 3)
    fv = rng.choice(["공개", "공 개"])
    doc.table(approval_table(rng, ag, names, date) + [["공개여부", fv, "보존기간", rng.choice(["1년", "3년"])]], kind="approval")
    doc.p("")
    doc.p(subj, align="C", bold=True, size=14)
    doc.p("")
    doc.p("1. 목적")
    doc.p("  %s" % ["방문객이 청사 내 부서 위치를 쉽게 찾을 수 있도록 낡은 안내 표지판을 정비하고자 함",
                    "직원 간 소통과 화합을 위한 체육행사를 개최하고자 함",
                    "민원인 대기 공간의 좌석과 편의시설을 개선하여 이용 불편을 줄이고자 함"][i % 3])
    doc.p("2. 추진 내용")
    doc.p("  가. 기간: %s ~ %s" % (fd(add_days(date, 7)), fd(add_days(date, 30))))
    doc.p("  나. 소요 예산: 금%s원(%s)" % (won(rng.randint(2, 40) * 500000), rng.choice(["일반운영비", "시설비", "복리후생비"])))
    doc.p("  다. 추진 방법: 관련 부서 협의 후 자체 추진")
    doc.p("3. 행정 사항")
    doc.p("  각 부서는 행사 참여 인원과 의견을 %s까지 제출" % fd(add_days(date, 5)))
    return out(doc, "public", "none", [], "내부결재", "disclosure_field", "approval_table", fv,
               stated={"disclosure": "public", "items": [], "field": fv}, hf=(ag.name, ag.dept))


def t_pub_email(rng, i, fmt):
    ag = Agency(rng, kind=["central", "inst", "soe"][i % 3])
    date = rdate(rng, 2019, 2025)
    a, b = people(rng, 2)
    other = Agency(rng, kind=["metro", "local"][i % 2])
    doc = Doc("업무 회신")
    doc.lines(["보낸 사람: %s <%s>" % (a, email_of(rng, a, ag.mail)), "받는 사람: %s <%s>" % (b, email_of(rng, b, other.mail)),
               "날짜: %s %02d:%02d" % (fd(date, 3), rng.randint(8, 18), rng.randint(0, 59)),
               "제목: RE: %s" % ["지침 해석 문의 회신", "자료 제출 기한 관련", "교육 일정 확인"][i % 3], ""])
    doc.p("%s 주무관님, 안녕하십니까. %s %s %s입니다." % (b, ag.name, ag.dept, a))
    doc.p(["문의하신 지침 제5조의 '사업 완료일'은 준공검사 완료일을 기준으로 보시면 됩니다. 다만 준공검사 전에 시설을 부분 사용하는 경우에는 사용 개시일을 따로 적어 주시기 바랍니다.",
           "자료 제출 기한은 당초 이번 주 금요일이었으나, 여러 기관에서 요청이 있어 다음 주 수요일까지 연장하였습니다. 연장된 기한 내 온-나라 문서로 제출해 주시면 됩니다.",
           "요청하신 담당자 교육은 다음 달 둘째 주 화요일 오후 2시에 영상회의로 진행할 예정입니다. 접속 주소는 교육 3일 전에 따로 안내해 드리겠습니다."][i % 3])
    doc.p("추가로 궁금하신 점은 %s로 연락 주십시오." % ag.phone)
    doc.p("감사합니다.")
    return out(doc, "public", "none", [], "전자우편", "no_field_public", "none", "", hf=(ag.name, ag.dept))


# ---------------------------------------------------------------------------------------------
# MENTION-ONLY templates (public, marking none)
# ---------------------------------------------------------------------------------------------

def t_mo_security_guide(rng, i, fmt):
    ag = Agency(rng, kind=["central", "soe", "metro"][i % 3])
    date = rdate(rng, 2015, 2025)
    title = ["비밀 및 대외비 문서 취급 요령", "알기 쉬운 보안업무 길라잡이 - 문서 보안편", "신규 직원 보안교육 자료"][i % 3]
    doc = Doc(title)
    doc.p(title, align="C", bold=True, size=15)
    doc.p("%s %s" % (ag.name, rng.choice(["보안담당관실", ag.dept])), align="R")
    doc.p("")
    doc.p("1. 비밀의 구분")
    doc.p("  ○ 「보안업무규정」 제4조는 비밀을 그 중요성과 가치에 따라 Ⅰ급비밀, Ⅱ급비밀, Ⅲ급비밀로 구분합니다.")
    doc.p("  ○ 누설될 경우 국가안전보장에 손해를 끼칠 우려가 있는 비밀은 Ⅲ급비밀로 분류합니다.")
    doc.p("2. 대외비")
    doc.p("  ○ 비밀 외에 직무 수행상 특별히 보호가 필요한 사항은 「보안업무규정 시행규칙」에 따라 대외비로 지정하여 관리합니다.")
    doc.p("  ○ 대외비 문서에는 보호기간을 적고, 문서 위쪽과 아래쪽 가운데에 '대외비' 표시를 합니다. 보호기간이 지나면 일반문서로 봅니다.")
    doc.p("3. 예고문과 사본 관리")
    doc.p("  ○ 비밀을 생산할 때에는 '예고문: ○○. ○○. ○○.까지 Ⅲ급비밀, 이후 일반문서로 재분류'와 같이 보호기간과 재분류 시기를 함께 적습니다.")
    doc.p("  ○ 비밀을 복제한 경우 사본번호를 매기고, 비밀관리기록부에 복제 사실을 기록합니다.")
    doc.p("4. 자주 발견되는 위반 사례")
    for s in rng.sample(["  - 대외비 문서를 개인 PC 바탕화면에 저장", "  - 비밀 문서를 일반 우편으로 발송", "  - 퇴근 시 비밀 보관함 잠금 누락",
                         "  - 보호기간이 지난 대외비 문서를 재분류하지 않고 방치", "  - 회의 자료로 배부한 비밀 문서 미회수"], 3):
        doc.p(s)
    doc.p("")
    doc.p("※ 이 자료는 교육용으로 작성된 것으로, 실제 비밀이나 대외비 내용을 포함하고 있지 않습니다." if rng.random() < 0.5 else "문의: 보안담당관실 %s" % ag.phone)
    return out(doc, "public", "none", [], "교육자료", "mention_only", "body_sentence", "Ⅲ급비밀",
               flags=["mention_only", "mentions_daeoebi", "mentions_secret"], hf=(ag.name + " 보안교육 자료", ag.name))


def t_mo_foi_guide(rng, i, fmt):
    ag = Agency(rng, kind=["central", "metro", "inst"][i % 3])
    date = rdate(rng, 2014, 2025)
    title = ["정보공개 업무 처리 요령", "공문서 공개구분 표시 방법 안내", "정보공개 담당자 실무 매뉴얼(요약)"][i % 3]
    doc = Doc(title)
    doc.p(title, align="C", bold=True, size=15)
    doc.p("")
    doc.p("□ 공개구분 표시")
    doc.p("  ○ 문서를 생산할 때에는 결문의 '공개구분'란에 공개, 부분공개, 비공개 가운데 하나를 표시합니다.")
    doc.p("  ○ 부분공개나 비공개로 정할 때에는 「공공기관의 정보공개에 관한 법률」 제9조 제1항 각 호 가운데 해당 호를 괄호 안에 적습니다.")
    doc.p("    - 예시: 개인정보가 일부 포함된 경우 → 부분공개(6)")
    doc.p("    - 예시: 의사결정 과정에 있는 경우 → 비공개(제9조 제1항 제5호)")
    doc.p("  ○ 비공개 사유가 해소되면 공개로 재분류하고, 정보목록에도 바로 반영합니다.")
    doc.p("□ 청구 처리 기한")
    doc.p("  ○ 청구를 받은 날부터 10일 이내에 공개 여부를 결정하며, 부득이한 경우 10일 범위에서 연장할 수 있습니다.")
    doc.p("□ 유의 사항")
    doc.p("  ○ 공무원의 성명과 직위는 직무 수행과 관련된 경우 공개 대상입니다(법 제9조 제1항 제6호 라목).")
    doc.p("  ○ 제3자와 관련된 정보는 공개 여부 결정 전에 제3자의 의견을 들어야 합니다.")
    doc.p("")
    doc.p("%s %s" % (ag.name, rng.choice(["정보공개 담당", ag.dept])), align="R")
    return out(doc, "public", "none", [], "업무안내", "mention_only", "body_sentence", "부분공개(6)",
               flags=["mention_only", "quotes_fields"], hf=(ag.name, title))


def t_mo_password(rng, i, fmt):
    ag = Agency(rng, kind=["central", "edu", "soe", "local"][i % 4])
    date = rdate(rng, 2016, 2025)
    doc = Doc("비밀번호 변경 안내")
    doc.p(rng.choice(["[알림] 업무포털 비밀번호 정기 변경 안내", "행정전자서명(GPKI) 인증서 비밀번호 변경 안내"]), bold=True)
    doc.p("")
    doc.p("정보보안 기본지침에 따라 업무용 시스템 비밀번호를 분기마다 변경하여야 합니다. %s까지 비밀번호를 바꾸지 않으면 접속이 제한되니 미리 변경하여 주시기 바랍니다." % fd(add_days(date, 10)))
    doc.p("○ 비밀번호 작성 규칙: 영문 대ㆍ소문자, 숫자, 특수문자를 섞어 9자리 이상")
    doc.p("○ 생일, 전화번호, 연속된 숫자(예: 1234) 등 추측하기 쉬운 비밀번호 사용 금지")
    doc.p("○ 최근 사용한 비밀번호 3개는 다시 쓸 수 없음")
    doc.p("비밀번호를 잊어버린 경우에는 %s 전산 담당(%s)으로 문의하시기 바랍니다." % (ag.name, ag.phone))
    return out(doc, "public", "none", [], "안내문", "mention_only", "body_sentence", "비밀번호", flags=["mention_only"],
               hf=(ag.name, "정보보안 안내"))


def t_mo_grade(rng, i, fmt):
    ag = Agency(rng, kind=["central", "metro", "central"][i % 3])
    date = rdate(rng, 2012, 2025)
    doc = Doc("인사 발령")
    doc.p("인 사 발 령" if rng.random() < 0.5 else "%s 인사" % ag.name, align="C", bold=True, size=15)
    doc.p("(%s자)" % fd(date), align="C")
    rows = [["직급", "성명", "발령 사항", "전 소속"]]
    if ag.kind == "central":
        grades = [("부이사관(3급)", "%s 정책기획관" % ag.name), ("관리관(1급)", "기획조정실장"), ("서기관(4급)", "%s장" % rng.choice(ag.depts)),
                  ("부이사관(3급)", "감사관"), ("고위공무원(가급)", "차관보")]
    else:
        grades = [("지방부이사관(3급)", "%s 복지국장" % ag.name), ("지방서기관(4급)", "%s장" % rng.choice(ag.depts)), ("지방이사관(2급)", "기획조정실장"),
                  ("지방부이사관(3급)", "도시주택국장")]
    picked = [grades[0]] + rng.sample(grades[1:], 2)
    rng.shuffle(picked)
    for g, what in picked:
        rows.append([g, person(rng), what, rng.choice(ag.depts)])
    doc.table(rows, kind="data")
    doc.p("")
    doc.p(ag.sender, align="C", bold=True)
    return out(doc, "public", "none", [], "인사명령", "mention_only", "table_cell", "(3급)", flags=["mention_only", "civil_grade"],
               hf=(ag.name, "인사발령"))


def t_mo_roman(rng, i, fmt):
    ag = Agency(rng, kind=["metro", "central"][i % 2])
    date = rdate(rng, 2015, 2025)
    title = ["%d년 관광 활성화 추진계획" % date[0], "노후 공공청사 복합개발 기본 구상"][i % 2]
    doc = Doc(title)
    doc.p(title, align="C", bold=True, size=15)
    doc.p("")
    doc.p("< 목 차 >", align="C")
    doc.lines(["Ⅰ. 추진 배경 ··················· 1", "Ⅱ. 현황 및 여건 분석 ··········· 2", "Ⅲ. 추진 계획 ··················· 3",
               "Ⅳ. 행정 사항 ··················· 5"])
    doc.p("")
    doc.p("Ⅰ. 추진 배경", bold=True)
    doc.p("  ○ %s" % ["관광객 체류 시간이 짧아 지역 경제 파급 효과가 제한적임", "준공 40년이 넘은 청사의 안전성 문제와 공간 부족이 겹쳐 재건축 필요성이 제기됨"][i % 2])
    doc.p("Ⅱ. 현황 및 여건 분석", bold=True)
    doc.p("  ○ %s" % ["주요 관광지 방문객 수는 회복세이나 숙박 관광객 비율은 낮은 편", "청사 부지에 주민 편의시설과 공공주택을 함께 짓는 복합개발 가능"][i % 2])
    doc.p("Ⅲ. 추진 계획", bold=True)
    doc.p("  1. %s" % ["야간 관광 프로그램 발굴 및 숙박 연계 할인", "민간 참여형 복합개발 타당성 조사"][i % 2])
    doc.p("  2. %s" % ["관광 안내 체계 개선(다국어 안내판, 모바일 지도)", "주민 설명회를 통한 의견 수렴"][i % 2])
    doc.p("Ⅳ. 행정 사항", bold=True)
    doc.p("  ○ 관련 부서는 세부 실행계획을 %s까지 제출" % fd(add_days(date, 20)))
    return out(doc, "public", "none", [], "계획서", "mention_only", "section_heading", "Ⅲ. 추진 계획", flags=["mention_only", "roman_numbering"],
               hf=(ag.name, title))


def t_mo_placeholder(rng, i, fmt):
    ag = Agency(rng, kind=["local", "inst"][i % 2])
    doc = Doc("신청서 작성 예시")
    title = ["주민등록표 등본 교부 신청서 작성 예시", "장학금 지급 신청서 작성 요령"][i % 2]
    doc.p(title, align="C", bold=True, size=14)
    doc.p("※ 아래는 작성 예시입니다. 실제 신청 시에는 본인의 정보를 적어 주십시오.")
    doc.table([["항목", "작성 예시"], ["성명", "홍길동"], ["주민등록번호", "000000-0000000"], ["주소", "○○시 ○○구 ○○로 00"],
               ["전화번호", "010-0000-0000"], ["신청 사유", "금융기관 제출용" if i % 2 == 0 else "가계 곤란"]], kind="form")
    doc.p("작성 시 유의 사항")
    doc.p("1. 성명은 주민등록상 이름을 한글로 적습니다.")
    doc.p("2. 대리인이 신청하는 경우 위임장과 대리인 신분증을 함께 제출합니다.")
    doc.p("%s %s" % (ag.name, ag.dept), align="R")
    return out(doc, "public", "none", [], "양식", "mention_only", "table_cell", "홍길동", flags=["mention_only", "placeholder_person"],
               hf=(ag.name, "민원서식"))


def t_mo_declass(rng, i, fmt):
    ag = Agency(rng, kind=["metro", "central"][i % 2])
    date = rdate(rng, 2016, 2025)
    doc = Doc("비밀 재분류 결과 통보")
    dumun(doc, ag, "수신자 참조", "보호기간 만료 비밀의 일반문서 재분류 결과 통보")
    doc.p("1. 관련: %s" % ("보안업무규정 시행규칙 및 우리 기관 보안업무 시행세칙"))
    doc.p("2. %d년 상반기 비밀 정기 점검 결과, 예고문에 따라 보호기간이 만료된 비밀을 아래와 같이 일반문서로 재분류하였음을 알려 드립니다." % date[0])
    doc.table([["연번", "문서 제목", "종전 등급", "재분류"], ["1", "%d년 비상대비 업무 추진 계획" % (date[0] - 6), "Ⅲ급비밀", "일반문서"],
               ["2", "%d년 통합방위 협의회 회의 자료" % (date[0] - 5), "Ⅲ급비밀", "일반문서"],
               ["3", "청사 방호 계획(구)", "대외비", "일반문서"]], kind="data")
    doc.p("3. 재분류된 문서는 일반문서 관리 절차에 따라 보존하시기 바랍니다.  끝.")
    doc.p(sender_line(ag, rng), align="C", bold=True)
    lines, cue = gyeolmun(rng, ag, date, "공개", style=0)
    doc.lines(lines)
    return out(doc, "public", "none", [], "공문", "mention_only", "table_cell", "Ⅲ급비밀", flags=["mention_only", "declassification"],
               stated=stated_from_field("공개"), hf=(ag.name, ag.dept))


def t_mo_cover(rng, i, fmt):
    ag = Agency(rng, kind=["metro", "central"][i % 2])
    date = rdate(rng, 2014, 2025)
    doc = Doc("비밀 문서 별도 송부 알림")
    dumun(doc, ag, rng.choice(["수신자 참조", "각 시ㆍ군 비상대비 담당 부서장"]), "%d년 비상대비 업무 지침 송부" % (date[0] + 1))
    doc.p("1. %d년 비상대비 업무 지침을 송부합니다." % (date[0] + 1))
    mention = rng.choice(["3급 비밀", "Ⅲ급비밀", "Ⅱ급비밀"])
    doc.p("2. 붙임 문서는 %s로 분류되어 있으므로 온-나라 시스템으로 보내지 않고 비밀 취급 절차에 따라 인편으로 별도 송부할 예정이니, 비밀취급인가를 받은 담당자를 지정하여 %s까지 알려 주시기 바랍니다." % (mention, fd(add_days(date, 5))))
    doc.p("3. 수령한 문서는 비밀관리기록부에 등재하고 보관함에 보관하시기 바랍니다.")
    doc.p("붙임  %d년 비상대비 업무 지침 1부(별도 송부).  끝." % (date[0] + 1))
    doc.p(sender_line(ag, rng), align="C", bold=True)
    lines, cue = gyeolmun(rng, ag, date, "공개", style=rng.choice([0, 1]))
    doc.lines(lines)
    return out(doc, "public", "none", [], "공문", "mention_only", "body_sentence", mention, flags=["mention_only", "cover_letter_secret"],
               stated=stated_from_field("공개"), hf=(ag.name, ag.dept))


def t_mo_audit_summary(rng, i, fmt):
    ag = Agency(rng, kind=["soe", "inst"][i % 2])
    date = rdate(rng, 2016, 2025)
    title = "%d년 보안감사 결과 요약(공개용)" % date[0]
    doc = Doc(title)
    doc.p(title, align="C", bold=True, size=14)
    doc.p("1. 감사 개요: %s ~ %s, 본사 및 지역본부 %d개 부서" % (fd(date), fd(add_days(date, 4)), rng.randint(6, 20)))
    doc.p("2. 지적 사항")
    doc.table([["분야", "지적 내용", "건수", "조치"], ["문서 보안", "대외비 문서 보호기간 미기재", str(rng.randint(1, 5)), "시정"],
               ["문서 보안", "비밀 보관함 잠금장치 관리 소홀", str(rng.randint(1, 3)), "주의"],
               ["정보 보안", "비밀번호 정기 변경 미이행", str(rng.randint(3, 12)), "시정"], ["시설 보안", "보호구역 출입 기록 누락", str(rng.randint(1, 4)), "개선"]],
              kind="data")
    doc.p("3. 조치 계획: 지적 부서별 개선 결과를 제출받아 이행 여부를 확인함")
    doc.p("공개구분: 공개")
    return out(doc, "public", "none", [], "감사결과", "mention_only", "table_cell", "대외비 문서 보호기간 미기재",
               flags=["mention_only", "mentions_daeoebi"], stated=stated_from_field("공개"), hf=(ag.name, title))


def t_mo_label_guide(rng, i, fmt):
    ag = Agency(rng, kind="central", name="행정안전부", dept="기록정책과")
    date = rdate(rng, 2018, 2025)
    doc = Doc("임의 보안 표시 사용 자제 안내")
    doc.p("문서 임의 표시 사용 자제 및 공개구분 지정 철저 안내", bold=True)
    doc.p("일부 부서에서 공문서에 '[내부용]', '취급주의', '외부 배포 금지'와 같은 표시를 임의로 붙이는 사례가 있습니다. 이러한 표시는 법령에 근거한 보안 등급이 아니므로 공개 여부 판단의 근거가 될 수 없습니다.")
    doc.p("문서의 공개 여부는 결문의 공개구분란에 정확히 지정하고, 보호가 필요한 경우 보안업무 관련 규정에 따라 대외비 등으로 지정하는 절차를 따르시기 바랍니다.")
    doc.p("이 안내문은 공개 문서입니다.")
    return out(doc, "public", "none", [], "안내문", "mention_only", "body_sentence", "[내부용]", flags=["mention_only", "quotes_informal_labels"],
               hf=(ag.name, "기록관리 안내"))


# ---------------------------------------------------------------------------------------------
# PARTIAL templates
# ---------------------------------------------------------------------------------------------

def citizen(rng):
    return dict(name=person(rng), phone=mobile(rng), addr=home_address(rng))


PART6_TOPICS = [
    dict(kind=["local", "metro"], title="소관 민원 이송", rec="{other} {odept}장",
         body=lambda c, ctx: ["우리 기관에 접수된 민원이 귀 기관 소관 사항으로 확인되어 「민원 처리에 관한 법률」 제16조에 따라 이송합니다.",
                              ["민원인: %s(%s)" % (c[0]["name"], c[0]["phone"]), "주소: %s" % c[0]["addr"],
                               "민원 요지: 아파트 인근 공사장에서 이른 아침부터 소음이 발생하여 생활에 지장이 있으니 작업 시간을 조정해 달라는 내용"],
                              "처리 결과는 민원인에게 직접 통지하여 주시기 바랍니다."],
         att=["민원 신청서 사본 1부."]),
    dict(kind=["metro", "local"], title="{y}년 모범시민 표창 대상자 추천", rec="{osender}(자치행정과장)",
         body=lambda c, ctx: ["지역사회 발전에 이바지한 주민을 발굴하여 격려하고자 모범시민 표창 대상자를 아래와 같이 추천합니다.",
                              ["추천 대상자: %s(%s)" % (c[0]["name"], c[0]["addr"]), "연락처: %s" % c[0]["phone"],
                               "공적 요지: 10년 넘게 홀로 사는 어르신 도시락 배달 봉사를 이어 왔으며, 마을 방범 순찰대를 꾸려 주민 안전에 기여함"],
                              "표창 심사에 필요한 공적조서를 붙임과 같이 제출합니다."],
         att=["공적조서 1부.", "주민 추천서 1부."]),
    dict(kind=["police"], title="습득물 처리 결과 통보", rec="{osender}",
         body=lambda c, ctx: ["귀 기관에서 이첩한 습득물에 대하여 소유자를 확인하여 아래와 같이 반환하였음을 알려 드립니다.",
                              ["습득물: 지갑 1점(현금 및 신분증 포함)", "습득자: %s(%s)" % (c[0]["name"], c[0]["phone"]),
                               "반환 대상자: %s(%s)" % (c[1]["name"], c[1]["addr"]), "반환 일시: {d0} 15:20"],
                              "습득자는 「유실물법」에 따른 보상금 청구 의사를 밝혔으므로 이를 참고하시기 바랍니다."],
         att=[]),
    dict(kind=["local"], title="도로 점용 허가 사항 통보", rec="{other} 도로과장",
         body=lambda c, ctx: ["「도로법」 제61조에 따라 아래와 같이 도로 점용을 허가하였기에 알려 드립니다.",
                              ["점용자: %s" % c[0]["name"], "주소: %s" % c[0]["addr"], "점용 장소: 관내 %s 일원 보도 일부" % rng_street(ctx),
                               "점용 목적: 단독주택 진출입로 설치", "점용 기간: {d0} ~ {d1}"],
                              "공사 중 보행자 안전시설을 설치하도록 지도하였습니다."],
         att=["도로점용 허가증 사본 1부."]),
    dict(kind=["edu"], title="{y}학년도 지역인재 장학생 선발 결과 알림", rec="해당 학교장",
         body=lambda c, ctx: ["{y}학년도 지역인재 장학생 선발 심사 결과를 아래와 같이 알려 드리니 해당 학생에게 안내하여 주시기 바랍니다.",
                              ["선발 인원: %d명" % ctx["n2"], "선발 학생: %s, %s, %s" % (c[0]["name"], c[1]["name"], c[2]["name"]),
                               "장학금 지급: 학기별 200만 원(학생 명의 계좌로 지급)"],
                              "장학금 지급에 필요한 서류는 {d1}까지 제출하여 주시기 바랍니다."],
         att=["장학생 명단 1부."]),
    dict(kind=["local", "metro"], title="자원봉사 활동 실적 인증 통보", rec="{other} 자원봉사센터장",
         body=lambda c, ctx: ["재난 피해 복구 현장에서 활동한 자원봉사자의 활동 실적을 아래와 같이 인증하여 알려 드립니다.",
                              ["활동 기간: {d0} ~ {d1}", "활동 내용: 침수 주택 토사 제거, 이재민 급식 지원",
                               "봉사자: %s(%s), %s(%s)" % (c[0]["name"], c[0]["phone"], c[1]["name"], c[1]["phone"])],
                              "봉사 시간은 1365 자원봉사포털에 등록하여 주시기 바랍니다."],
         att=["활동 확인서 1부."]),
    dict(kind=["local"], title="건축물 위반 사항 현장 확인 결과 통보", rec="{other} 건축과장",
         body=lambda c, ctx: ["주민 신고에 따라 아래 건축물에 대하여 현장 확인을 한 결과를 알려 드립니다.",
                              ["건축주: %s(%s)" % (c[0]["name"], c[0]["phone"]), "대지 위치: %s" % c[0]["addr"],
                               "확인 내용: 옥상에 허가 없이 조립식 구조물(약 18㎡)을 설치함", "신고인: %s" % c[1]["name"]],
                              "건축주에게 자진 철거를 안내하였으며, 기한 내 이행하지 않으면 시정명령을 내릴 예정입니다."],
         att=["현장 사진 1부."]),
    dict(kind=["inst"], title="민원 상담 내용 이관", rec="{other} 민원담당",
         body=lambda c, ctx: ["고객센터로 접수된 상담 가운데 귀 기관에서 처리하여야 할 건을 이관합니다.",
                              ["상담 일시: {d0} 10:42", "상담자: %s(연락처 %s)" % (c[0]["name"], c[0]["phone"]),
                               "상담 요지: 보험료 고지서가 이전 주소로 계속 발송되어 주소 변경 처리를 요청함", "현 주소: %s" % c[0]["addr"]],
                              "처리 후 결과를 상담자에게 안내하여 주시기 바랍니다."],
         att=[]),
    dict(kind=["fire"], title="119 구급활동 유공 시민 표창 상신", rec="{osender}",
         body=lambda c, ctx: ["심정지 환자에게 심폐소생술을 하여 생명을 구한 시민을 표창하고자 아래와 같이 상신합니다.",
                              ["유공 시민: %s(%s)" % (c[0]["name"], c[0]["phone"]), "주소: %s" % c[0]["addr"],
                               "유공 내용: {d0} 버스정류장에서 쓰러진 행인에게 구급대 도착 전까지 심폐소생술을 실시함"],
                              "유공 시민의 동의를 받아 표창 후 보도자료 배포를 검토하겠습니다."],
         att=["유공 사실 확인서 1부."]),
    dict(kind=["court"], title="집행관 송달 불능 보고", rec="{odept}장",
         body=lambda c, ctx: ["아래 사건의 서류를 송달하려 하였으나 수송달인을 만나지 못하여 송달하지 못하였음을 보고합니다.",
                              ["사건: %d가단%d" % (ctx["y"], ctx["n1"]), "수송달인: %s" % c[0]["name"], "송달 장소: %s" % c[0]["addr"],
                               "불능 사유: 폐문부재(3회 방문)"],
                              "재송달 여부를 결정하여 주시기 바랍니다."],
         att=[]),
    dict(kind=["soe"], title="보상 협의 대상 토지 소유자 안내 결과", rec="{other} 보상과장",
         body=lambda c, ctx: ["사업지구 편입 토지에 대한 보상 협의 안내 결과를 알려 드립니다.",
                              ["협의 완료: %s(%s)" % (c[0]["name"], c[0]["addr"]), "협의 진행 중: %s(연락처 %s)" % (c[1]["name"], c[1]["phone"]),
                               "미협의: %s" % c[2]["name"]],
                              "미협의 소유자에게는 감정평가 결과를 다시 설명한 뒤 수용재결 절차를 검토하겠습니다."],
         att=["협의 현황표 1부."]),
    dict(kind=["central"], title="국민제안 심사 결과 및 시상 대상자 통보", rec="{other} 운영지원과장",
         body=lambda c, ctx: ["{y}년 상반기 국민제안 심사 결과 채택된 제안과 시상 대상자를 아래와 같이 알려 드립니다.",
                              ["채택 제안: 공공시설 예약 취소 시 대기자 자동 배정", "제안자: %s(%s)" % (c[0]["name"], c[0]["phone"]),
                               "시상 등급: 장려"],
                              "제안자에게 상장과 부상을 전달하여 주시기 바랍니다."],
         att=[]),
]


def rng_street(ctx):
    return ctx.get("street", "중앙로")


def t_part_gongmun6(rng, i, fmt):
    topic = PART6_TOPICS[i % len(PART6_TOPICS)]
    ag = Agency(rng, kind=rng.choice(topic["kind"]))
    other = Agency(rng, kind=rng.choice(topic["kind"]))
    date = rdate(rng, 2014, 2025)
    ctx = topic_ctx(rng, date)
    ctx.update(other=other.name, odept=other.dept, osender=other.sender, street=rng.choice(STREETS))
    cs = [citizen(rng) for _ in range(3)]
    title = fill(topic["title"], ctx)
    doc = Doc(title)
    dumun(doc, ag, fill(topic["rec"], ctx), title, via=rng.random() < 0.5)
    body = topic["body"](cs, ctx)
    body = [fill(x, ctx) if isinstance(x, str) else [fill(y, ctx) for y in x] for x in body]
    doc.lines(num_lines(body, rng))
    doc.lines(attachments_block(topic["att"]) or ["끝."])
    doc.p("")
    doc.p(sender_line(ag, rng), align="C", bold=True)
    style_f = [0, 1, 2, 3, 5, 0, 4, 0][i % 8]
    field = field_partial([6], rng, style=style_f)
    lines, cue = gyeolmun(rng, ag, date, field, style=i % 4, receipt=rng.random() < 0.3)
    doc.lines(lines)
    return out(doc, "partial", "none", [OIDA[6]], "공문", "disclosure_field", "gyeolmun", cue, stated=stated_from_field(field),
               hf=(ag.name, ag.name + " " + ag.dept))


def t_part_attach_roster(rng, i, fmt):
    ag = Agency(rng, kind=["metro", "local", "edu", "inst", "central", "soe"][i % 6])
    date = rdate(rng, 2013, 2025)
    what = ["주민참여예산 시민위원 워크숍 참석자", "청소년 해외 봉사단 최종 선발자", "재난 대비 주민 대피훈련 참가자",
            "평생학습 우수 학습자 시상 대상자", "정책 자문단 위촉 예정자", "노후주택 집수리 지원 대상 가구"][i % 6]
    title = "%s 명단 송부" % what if i % 2 == 0 else "%s 확정 알림" % what
    doc = Doc(title)
    dumun(doc, ag, "수신자 참조", title, via=False)
    doc.p("1. %s" % ["%s 일정에 맞추어 참석자 명단을 붙임과 같이 보내 드립니다." % what, "%s 확정하였기에 알려 드립니다." % josa(what, "을/를")][i % 2])
    doc.p("2. 해당 기관에서는 명단에 있는 분들께 일정과 준비물을 안내하여 주시기 바랍니다.")
    sent = [("붙임  %s 명단 1부.(개인정보 포함, 비공개)  끝." % what, "attachment_line"),
            ("3. 붙임 명단에는 개인의 연락처와 주소가 들어 있으므로 공개하지 않으며, 업무 목적 외 사용을 금합니다.", "body_sentence"),
            ("붙임  명단 1부.  끝.\n※ 붙임 명단은 개인정보가 포함되어 비공개 처리함", "attachment_line"),
            ("3. 이 문서 중 붙임 명단은 개인정보 보호를 위하여 공개 대상에서 제외합니다.", "body_sentence")][i % 4]
    doc.p(sent[0])
    if "붙임" not in sent[0].split("\n")[0][:3]:
        doc.p("붙임  %s 명단 1부.  끝." % what)
    doc.p("")
    doc.p(sender_line(ag, rng), align="C", bold=True)
    with_field = i % 2 == 1
    lines, _ = gyeolmun(rng, ag, date, field_partial([6], rng, style=0) if with_field else None, style=rng.choice([0, 1]))
    doc.lines(lines)
    doc.br()
    doc.p("[붙임] %s 명단" % what, bold=True)
    rows = [["연번", "성명", "연락처", "주소"]]
    for k in range(rng.randint(4, 8)):
        c = citizen(rng)
        rows.append([str(k + 1), c["name"], c["phone"], c["addr"]])
    doc.table(rows, kind="data")
    cue = sent[0].split("\n")[-1] if "\n" in sent[0] else sent[0]
    return out(doc, "partial", "none", [OIDA[6]], "공문", "withheld_part_sentence", sent[1], cue,
               stated=stated_from_field("부분공개(6)") if with_field else None, hf=(ag.name, ag.dept))


def t_part_multi(rng, i, fmt):
    date = rdate(rng, 2015, 2025)
    v = i % 6
    if v in (0, 3):
        ag = Agency(rng, kind=["central", "metro"][v % 2])
        items = [5, 6]
        title = "%s 연구용역 제안서 평가 결과 알림" % rng.choice(["지역 관광 수요 예측", "공공청사 에너지 효율화", "생활인구 산정 방법"])
        doc = Doc(title)
        dumun(doc, ag, "제안서 제출 업체 대표", title, via=False)
        doc.p("1. 귀사에서 제출한 제안서에 대한 평가 결과를 아래와 같이 알려 드립니다.")
        names = people(rng, 5)
        rows = [["평가위원", "소속", "기술 점수", "가격 점수", "합계"]]
        for n in names:
            t = rng.randint(60, 78)
            p_ = rng.randint(14, 20)
            rows.append([n, rng.choice(["○○대학교 교수", "○○연구원 연구위원", "○○기술사사무소 대표", "민간 전문가"]), str(t), str(p_), str(t + p_)])
        doc.table(rows, kind="data")
        cite5 = ["평가의 공정성 확보와 개인정보 보호를 위하여", "「공공기관의 정보공개에 관한 법률」 제9조 제1항 제5호ㆍ제6호에 따라",
                 "법 제9조①5ㆍ6에 따라", "9조 1항 5호 및 6호에 해당하여"][1 if v == 0 else 3]
        doc.p("2. 평가위원별 점수와 인적 사항은 %s 외부에 공개하지 않습니다." % cite5)
        doc.p("3. 평가 결과에 이의가 있는 경우 통보받은 날부터 5일 이내에 서면으로 신청할 수 있습니다.  끝.")
        genre = "공문"
    elif v in (1, 4):
        ag = Agency(rng, kind=["local", "metro"][v % 2])
        items = [6, 7]
        title = "소상공인 경영개선 지원사업 보조금 교부 결정 통지"
        doc = Doc(title)
        dumun(doc, ag, "보조사업자", title, via=False)
        c = citizen(rng)
        doc.p("1. 귀하께서 신청한 경영개선 지원사업 보조금을 다음과 같이 교부하기로 결정하였습니다.")
        shop = rng.choice(["한빛", "새봄", "다온", "우리", "늘찬", "소담"]) + rng.choice(["식당", "상회", "베이커리", "문구", "세탁소", "꽃집"])
        doc.lines(["  가. 보조사업자: %s(%s 대표)" % (c["name"], shop),
                   "  나. 사업장 소재지: %s" % c["addr"], "  다. 연락처: %s" % c["phone"],
                   "  라. 교부 금액: 금%s원" % won(rng.randint(5, 30) * 1000000),
                   "  마. 사업 내용: 매장 간판 교체 및 POS 단말기 도입"])
        doc.p("2. 신청서에 첨부된 매출 자료와 거래처 목록은 사업자의 영업상 비밀에 해당하므로 보조금 관리 목적으로만 사용합니다.")
        doc.p("3. 보조금은 교부 목적 외에 사용할 수 없으며, 사업 완료 후 30일 이내에 실적보고서를 제출하여야 합니다.  끝.")
        genre = "결정통지"
    else:
        ag = Agency(rng, kind=["soe", "inst"][v % 2])
        items = [5, 7]
        title = "정보시스템 고도화 사업 기술협상 결과 보고"
        doc = Doc(title)
        doc.p(title, align="C", bold=True, size=14)
        doc.p("1. 협상 개요: 우선협상대상자 %s와 과업 범위, 투입 인력, 일정 등을 협상함" % company(rng))
        doc.p("2. 협상 결과")
        doc.lines(["  가. 과업 범위: 모바일 민원 기능 추가, 노후 서버 이전 포함", "  나. 투입 인력: 특급 2명, 고급 4명, 중급 6명",
                   "  다. 제안사 고유 기술(데이터 이관 자동화 도구)의 구조와 단가 산정 근거는 업체 영업비밀로 분류",
                   "  라. 협상 과정에서 검토한 예정가격 조정안은 계약 체결 전까지 내부 검토 자료로 관리"])
        doc.p("3. 향후 계획: %s 계약 체결 후 착수" % fd(add_days(date, 10)))
        genre = "보고서"
    field = field_partial(items, rng, style=[0, 1, 3, 5, 4, 2][i % 6])
    doc.p("")
    if genre == "보고서":
        doc.p("공개구분: %s" % field)
        cue, loc = "공개구분: %s" % field, "last_line"
    else:
        doc.p(sender_line(ag, rng), align="C", bold=True)
        lines, cue = gyeolmun(rng, ag, date, field, style=rng.choice([0, 1, 2, 3]))
        doc.lines(lines)
        loc = "gyeolmun"
    reasons = [OIDA[k] for k in items]
    return out(doc, "partial", "none", reasons, genre, "disclosure_field", loc, cue, flags=["multi_item_field"],
               stated=stated_from_field(field), hf=(ag.name, ag.dept))


def t_part_trade(rng, i, fmt):
    ag = Agency(rng, kind=["local", "soe", "central", "edu"][i % 4])
    date = rdate(rng, 2012, 2025)
    comp = company(rng)
    subj = ["하수처리장 악취 저감설비 설치공사", "청사 통합관제 시스템 구축", "폐기물 선별시설 자동화 설비", "학교 공기정화장치 임차"][i % 4]
    title = "%s 계약 체결 결과 보고" % subj
    doc = Doc(title)
    doc.p(title, align="C", bold=True, size=14)
    doc.p("")
    doc.table([["구분", "내용"], ["계약명", subj], ["계약 상대자", comp], ["사업자등록번호", brn(rng)], ["계약 금액", "금%s원" % won(rng.randint(50, 900) * 1000000)],
               ["계약 기간", "%s ~ %s" % (fd(date), fd(add_days(date, 180)))], ["계약 방법", rng.choice(["협상에 의한 계약", "제한경쟁입찰", "수의계약(특허)"])]],
              kind="form")
    doc.p("")
    doc.p("1. 주요 과업: %s" % ["탈취탑 2기 설치 및 배관 교체", "CCTV 통합 플랫폼 및 영상분석 서버 구축", "광학선별기와 컨베이어 제어 설비 설치", "교실 공기정화장치 임차 및 필터 교체"][i % 4])
    doc.p("2. 붙임 산출내역서에는 %s의 자재 구매 단가와 공정별 원가가 포함되어 있어, 「공공기관의 정보공개에 관한 법률」 제9조 제1항 제7호에 따라 해당 부분은 공개하지 않음" % comp)
    doc.p("3. 그 밖의 계약 정보는 누리집 계약정보공개 게시판에 게시함")
    doc.p("")
    doc.p("[붙임] 공종별 산출내역(요약)", bold=True)
    rows = [["공종", "재료비", "노무비", "경비", "이윤율"]]
    for w in ["기계설비", "전기", "토목", "시운전"]:
        rows.append([w, won(rng.randint(1000, 90000) * 1000), won(rng.randint(1000, 40000) * 1000), won(rng.randint(100, 9000) * 1000), "%.1f%%" % rng.uniform(4, 12)])
    doc.table(rows, kind="data")
    field = "부분공개(7)" if i % 2 == 0 else ""
    if field:
        doc.p("공개구분 : 부분공개(7)")
    cue = "제9조 제1항 제7호"
    return out(doc, "partial", "none", [OIDA[7]], "계약", "art9_citation", "body_sentence", cue,
               stated=stated_from_field(field) if field else None, hf=(ag.name, ag.dept))


def id_column(rng, kind):
    if kind == "rrn":
        return "주민등록번호", rrn(rng)
    if kind == "passport":
        return "여권번호", passport(rng)
    if kind == "dl":
        return "운전면허번호", driver_licence(rng)
    if kind == "frn":
        return "외국인등록번호", frn(rng)
    raise ValueError(kind)


RRN_LIST_TOPICS = [
    ("rrn", "긴급 생계비 지원금 지급 대상자 확정 및 지급 요청", "local",
     "「긴급복지지원법」 제9조에 따라 긴급 생계비 지원 대상자를 확정하였으니, 아래 계좌로 지원금을 지급하여 주시기 바랍니다.",
     "지원 대상자 및 지급 계좌", "지급 후 결과를 사회보장정보시스템에 입력하여 주시기 바랍니다."),
    ("rrn", "재난지원금(주택 침수) 지급 명단 송부", "metro",
     "지난 집중호우로 주택이 침수된 가구에 대한 피해 조사를 마치고 재난지원금 지급 대상을 확정하였습니다. 지급 명단을 보내 드리니 기한 내 입금 처리하여 주시기 바랍니다.",
     "피해 가구별 지급 내역", "이의 신청이 들어온 가구는 재조사 후 추가 명단으로 보내 드리겠습니다."),
    ("passport", "청년 해외 봉사단 파견자 출국 수속 협조 요청", "central",
     "청년 해외 봉사단 파견자의 출국 수속을 위해 여권 정보를 보내 드리니 항공권 발권과 현지 비자 신청에 협조하여 주시기 바랍니다.",
     "파견자 여권 정보", "여권 유효기간이 6개월 미만인 파견자는 출국 전까지 재발급받도록 안내하였습니다."),
    ("dl", "관용차량 운전원 운전면허 정기 확인 결과", "soe",
     "관용차량 운전원의 운전면허 유효 여부를 정기 확인한 결과를 알려 드립니다. 적성검사 기한이 임박한 운전원은 기한 내 갱신하도록 지도하여 주시기 바랍니다.",
     "운전원별 면허 확인 결과", "면허 정지ㆍ취소 이력이 있는 운전원은 없었습니다."),
    ("frn", "외국인 계절근로자 상해보험 가입 명단 통보", "local",
     "농작업 중 다치는 경우에 대비하여 외국인 계절근로자를 상해보험에 일괄 가입하고자 하오니, 아래 명단으로 가입 절차를 진행하여 주시기 바랍니다.",
     "가입 대상 계절근로자", "입국이 늦어진 근로자는 입국 후 추가로 알려 드리겠습니다."),
    ("rrn", "학교 운동부 전국대회 참가 선수 등록 명단 제출", "edu",
     "전국소년체육대회 참가 선수 등록을 위해 아래와 같이 명단을 제출합니다.",
     "참가 선수 명단", "선수 변경이 있는 경우 대회 7일 전까지 다시 제출하겠습니다."),
    ("rrn", "공익형 노인일자리 참여자 활동비 지급 의뢰", "local",
     "공익형 노인일자리 사업 참여자의 활동 실적을 확인하였으니 이번 달 활동비를 아래와 같이 지급하여 주시기 바랍니다.",
     "참여자별 활동비 지급 내역", "활동 일수가 부족한 참여자는 이번 지급에서 제외하였습니다."),
    ("passport", "국외 연수 참가 공무원 항공권 발권 의뢰", "metro",
     "국외 선진사례 연수에 참가하는 공무원의 항공권 발권을 의뢰하오니 여권에 적힌 영문 성명과 일치하도록 예약하여 주시기 바랍니다.",
     "연수 참가자 여권 정보", "발권 후 전자항공권을 담당자 전자우편으로 보내 주시기 바랍니다."),
]


def rrn_list_doc(rng, i, field, title_override=None):
    kind, title, agk, intro, listhead, closing = RRN_LIST_TOPICS[i % len(RRN_LIST_TOPICS)]
    ag = Agency(rng, kind=agk)
    date = rdate(rng, 2012, 2025)
    title = title_override or title
    doc = Doc(title)
    dumun(doc, ag, rng.choice(["수신자 참조", Agency(rng, kind=["inst", "soe", "metro"][i % 3]).sender]), title, via=False)
    doc.p("1. " + intro)
    doc.p("2. %s" % listhead)
    label, _ = id_column(rng, kind)
    with_acct = kind in ("rrn",) and i % 2 == 0
    head = ["연번", "성명", label] + (["지급 계좌"] if with_acct else []) + (["금액(원)"] if with_acct else ["비고"])
    rows = [head]
    ids = []
    for k in range(rng.randint(4, 7)):
        n = person(rng)
        _, idv = id_column(rng, kind)
        ids.append(idv)
        row = [str(k + 1), n, idv]
        if with_acct:
            b, a = account(rng)
            row += ["%s %s" % (b, a), won(rng.choice([300000, 500000, 1000000, 2000000]))]
        else:
            row += [rng.choice(["", "신규", "재참여", ""])]
        rows.append(row)
    doc.table(rows, kind="data")
    doc.p("3. %s  끝." % closing)
    doc.p("")
    doc.p(sender_line(ag, rng), align="C", bold=True)
    lines, cue = gyeolmun(rng, ag, date, field, style=rng.choice([0, 1, 2, 3]))
    doc.lines(lines)
    return doc, ag, cue, kind, ids


def t_part_rrn_list(rng, i, fmt):
    field = field_partial([6], rng, style=[0, 1, 3, 5][i % 4])
    doc, ag, cue, kind, ids = rrn_list_doc(rng, i, field)
    return out(doc, "partial", "none", [OIDA[6], PIPA24], "공문", "disclosure_field", "gyeolmun", cue, flags=["unmasked_" + kind],
               stated=stated_from_field(field), hf=(ag.name, ag.dept))


def t_part_mislabeled(rng, i, fmt):
    field = "공개"
    doc, ag, cue, kind, ids = rrn_list_doc(rng, [0, 1, 5, 6, 2][i % 5], field)
    return out(doc, "partial", "none", [OIDA[6], PIPA24], "공문", "mislabeled_field", "gyeolmun", cue,
               flags=["t_mislabeled", "unmasked_" + kind], stated=stated_from_field(field), hf=(ag.name, ag.dept))


def t_part_checkbox(rng, i, fmt):
    ag = Agency(rng, kind=["local", "metro", "edu", "inst", "police"][i % 5])
    date = rdate(rng, 2014, 2025)
    subj = ["주민 불편 신고 처리 결과 보고", "장애인 보조기기 지원 심사 결과 보고", "학교 밖 청소년 지원 사례 관리 결과", "고객 피해구제 처리 결과 보고", "교통사고 다발 지점 주민 의견 청취 결과"][i % 5]
    doc = Doc(subj)
    box = rng.choice(["□공개 ■부분공개 □비공개", "□ 공개  ■ 부분공개(제6호)  □ 비공개", "공개여부: □공개 ■부분공개 □비공개 (근거: 제6호)",
                      "[ ]공개 [■]부분공개 [ ]비공개"])
    doc.p(subj, align="C", bold=True, size=14)
    doc.table([["생산 부서", "%s %s" % (ag.name, ag.dept), "작성일", fd(date)], ["공개 구분", box, "보존기간", rng.choice(["3년", "5년"])]], kind="form")
    doc.p("")
    doc.p("1. 처리 개요: %s ~ %s 접수 건 %d건 처리" % (fd(add_days(date, -30)), fd(date), rng.randint(5, 30)))
    doc.p("2. 주요 처리 사례")
    rows = [["연번", "신청인", "연락처", "처리 내용"]]
    acts = ["현장 확인 후 보수 완료", "관계 부서 이첩", "지원 결정", "불가 통보(요건 미충족)", "추가 자료 요청"]
    for k in range(rng.randint(3, 5)):
        c = citizen(rng)
        rows.append([str(k + 1), c["name"], c["phone"], rng.choice(acts)])
    doc.table(rows, kind="data")
    doc.p("3. 향후 조치: 미완료 건은 다음 달 말까지 처리하고 결과를 신청인에게 안내")
    return out(doc, "partial", "none", [OIDA[6]], "보고서", "checkbox", "header_cell" if fmt != "text" else "form_line", box,
               stated={"disclosure": "partial", "items": [6], "field": box}, hf=(ag.name, ag.dept))


ART9_SPELLINGS = [
    "「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호",
    "법 제9조①6",
    "정보공개법 제9조제1항제6호",
    "9조 1항 6호",
    "「공공기관의 정보공개에 관한 법률」 제9조제1항제6호",
    "같은 법 제9조 제1항 제6호",
]


def t_part_art9(rng, i, fmt):
    ag = Agency(rng, kind=["local", "metro", "central", "edu", "soe", "police"][i % 6])
    date = rdate(rng, 2014, 2025)
    cite = ART9_SPELLINGS[i % len(ART9_SPELLINGS)]
    v = i % 3
    if v == 0:
        title = "주민 간담회 결과 및 건의 사항 처리 계획"
        doc = Doc(title)
        doc.p(title, align="C", bold=True, size=14)
        doc.p("1. 간담회 개요: %s 14:00, %s 주민센터 2층" % (fd(date), rng.choice(["신월동", "중앙동", "송정동", "하안동"])))
        doc.p("2. 주요 건의 사항 및 처리 계획")
        rows = [["건의자", "연락처", "건의 내용", "처리 계획"]]
        for k in range(4):
            c = citizen(rng)
            rows.append([c["name"], c["phone"], rng.choice(["통학로 과속방지턱 설치", "경로당 냉방기 교체", "공원 화장실 야간 개방", "불법 주차 단속 강화", "하천 산책로 조명 설치"]),
                         rng.choice(["반영(하반기)", "검토 중", "관계 기관 이첩", "반영 곤란"])])
        doc.table(rows, kind="data")
        sent = "※ 건의자의 성명과 연락처는 %s에 해당하여 공개 시 가림 처리함" % cite
    elif v == 1:
        title = "정보공개 청구 자료 제출(관련 부서 회신)"
        doc = Doc(title)
        dumun(doc, ag, "%s 정보공개 담당" % ag.name, title, via=False)
        doc.p("1. 정보공개 청구 건과 관련하여 우리 과 보유 자료를 붙임과 같이 제출합니다.")
        doc.p("2. 제출 자료 중 보상금 수령인의 성명, 주소, 계좌 정보는 %s에 따라 비공개가 타당하다는 의견이며, 나머지 부분은 공개하여도 무방합니다." % cite)
        rows = [["수령인", "주소", "보상 금액"]]
        for k in range(3):
            c = citizen(rng)
            rows.append([c["name"], c["addr"], won(rng.randint(30, 800) * 100000) + "원"])
        doc.table(rows, kind="data")
        doc.p("붙임  보상금 지급 내역 1부.  끝.")
        sent = "%s에 따라 비공개" % cite
    else:
        title = "교통 불편 민원 처리 결과 통보"
        doc = Doc(title)
        dumun(doc, ag, "수신자 참조", title, via=False)
        c = citizen(rng)
        doc.p("1. %s(%s)께서 제기한 버스정류장 이전 요청 민원의 처리 결과를 알려 드립니다." % (c["name"], c["addr"]))
        doc.p("2. 현장 조사 결과 보도 폭이 좁아 이전은 어려우나, 승강장 차양막을 설치하기로 하였습니다.")
        doc.p("3. 이 문서 가운데 민원인의 인적 사항은 %s에 따른 비공개 정보이므로, 공개 청구가 있을 경우 해당 부분을 제외하고 공개합니다.  끝." % cite)
        sent = cite
    doc.p("")
    if v != 0:
        doc.p(sender_line(ag, rng), align="C", bold=True)
        lines, _ = gyeolmun(rng, ag, date, field_partial([6], rng), style=rng.choice([0, 1]))
        doc.lines(lines)
    else:
        doc.p(sent)
    cue = cite
    return out(doc, "partial", "none", [OIDA[6]], "공문" if v else "보고서", "art9_citation", "body_sentence", cue,
               flags=["art9_spelling_%d" % (i % len(ART9_SPELLINGS))], hf=(ag.name, ag.dept))


def t_part_ocr(rng, i, fmt):
    topic = PART6_TOPICS[(i * 3 + 1) % len(PART6_TOPICS)]
    ag = Agency(rng, kind=rng.choice(topic["kind"]))
    other = Agency(rng, kind=rng.choice(topic["kind"]))
    date = rdate(rng, 2004, 2015)
    ctx = topic_ctx(rng, date)
    ctx.update(other=other.name, odept=other.dept, osender=other.sender, street=rng.choice(STREETS))
    cs = [citizen(rng) for _ in range(3)]
    title = fill(topic["title"], ctx)
    doc = Doc(title)
    dumun(doc, ag, fill(topic["rec"], ctx), title)
    body = [fill(x, ctx) if isinstance(x, str) else [fill(y, ctx) for y in x] for x in topic["body"](cs, ctx)]
    doc.lines(num_lines(body, rng))
    doc.lines(attachments_block(topic["att"]) or ["끝."])
    doc.p(sender_line(ag, rng), align="C")
    noisy_field = ["부분공개（６）", "부분 공개(6)", "부분공개(6 )", "부 분공개 (６)", "부분공개(６)"][i % 5]
    lines, cue = gyeolmun(rng, ag, date, "@@FIELD@@", style=[0, 2, 0, 2, 0][i % 5])
    doc.lines(lines)
    if fmt == "pdf":
        for k, b in enumerate(doc.blocks):
            if b[0] == "p" and b[1]:
                txt = b[1] if "@@FIELD@@" in b[1] else ocr_line(b[1], rng, 0.6, pdf=True)
                doc.blocks[k] = ("p", txt.replace("@@FIELD@@", noisy_field)) + b[2:]
        cue_text = noisy_field
        text = None
    else:
        plain = doc.plain(with_hf=False)
        text = ocr_doc_text(plain, rng, level=0.7, protect=("@@FIELD@@",)).replace("@@FIELD@@", noisy_field)
        cue_text = noisy_field
    return out(doc, "partial", "none", [OIDA[6]], "공문", "disclosure_field", "gyeolmun", cue_text, flags=["ocr_noise"],
               stated={"disclosure": "partial", "items": [6], "field": noisy_field}, hf=(ag.name, ag.dept), text=text)


def t_part_hf(rng, i, fmt):
    ag = Agency(rng, kind=["metro", "local", "soe", "inst", "edu"][i % 5])
    date = rdate(rng, 2015, 2025)
    title = ["%s 주민공청회 회의록" % rng.choice(["공원 조성사업", "공영주차장 건립", "소각장 현대화사업", "하천 정비사업"]),
             "%d년 정책 모니터링단 활동 결과" % date[0]][i % 2]
    hfield = field_partial([6], rng, style=[0, 3, 5, 0, 1][i % 5])
    where = ["page_footer", "page_header"][(i // 2 + i) % 2]
    hf_text = rng.choice(["공개구분: %s", "%s", "정보공개: %s", "[공개구분] %s"]) % hfield
    doc = Doc(title)
    if where == "page_header":
        doc.header = hf_text
        doc.footer = ag.name
    else:
        doc.header = ag.name + " " + ag.dept
        doc.footer = hf_text
    doc.p(title, align="C", bold=True, size=14)
    doc.p("")
    doc.p("○ 일시: %s 19:00~21:00" % fd(date))
    doc.p("○ 장소: %s" % rng.choice(["주민센터 다목적실", "구청 대강당", "마을회관", "시민청 회의실"]))
    doc.p("○ 참석: 주민 %d명, 사업 부서 관계자 %d명" % (rng.randint(20, 90), rng.randint(3, 7)))
    doc.p("")
    doc.p("■ 주요 발언 요지", bold=True)
    for k in range(rng.randint(6, 9)):
        c = citizen(rng)
        doc.p("  - %s(%s 거주): %s" % (c["name"], c["addr"].split(" ")[1] + " " + c["addr"].split(" ")[2],
                                     rng.choice(["공사 기간 동안 통학로 안전 대책을 먼저 세워 달라", "주차장 출입구 위치를 주택가 반대편으로 옮겨 달라",
                                                 "악취 저감 시설 운영 결과를 주민에게 정기적으로 공개해 달라", "사업비 대비 효과가 불분명하므로 재검토가 필요하다",
                                                 "주민 의견을 반영한 설계 변경안을 다시 설명해 달라", "공사 소음 시간대를 제한해 달라", "하천 산책로에 야간 조명을 설치해 달라"])))
    doc.p("")
    doc.p("■ 답변 요지", bold=True)
    doc.p("  - 사업 부서: 제기된 의견을 검토하여 실시설계에 반영 가능한 사항을 다음 설명회에서 안내하겠음")
    doc.p("")
    doc.p("■ 발언자 연락처(후속 안내용)", bold=True)
    rows = [["성명", "연락처"]]
    for k in range(3):
        c = citizen(rng)
        rows.append([c["name"], c["phone"]])
    doc.table(rows, kind="data")
    loc = where if fmt != "text" else ("first_line" if where == "page_header" else "last_line")
    return out(doc, "partial", "none", [OIDA[6]], "회의록", "disclosure_field", loc, hf_text, stated=stated_from_field(hfield),
               hf=None)


LONG_PARTIAL = dict(
    title="{y}년 민원 처리 실태 점검 결과",
    secs=[("Ⅰ. 점검 개요", ["점검 기간 동안 처리 기한을 넘긴 민원과 반복 민원을 중심으로 처리 과정을 살펴보았다.",
                           "점검 대상은 본청과 사업소에서 접수한 고충민원과 인허가 민원이다.",
                           "처리 기록과 민원인 면담 결과를 함께 검토하여 처리의 적정성을 판단하였다."]),
          ("Ⅱ. 점검 결과", ["처리 기한을 넘긴 민원은 전년보다 줄었으나 일부 부서에 집중되는 경향이 있었다.",
                           "중간 통지를 하지 않아 민원인이 같은 내용을 다시 제기한 사례가 확인되었다.",
                           "민원 내용과 다른 부서로 잘못 배정되어 처리가 늦어진 경우도 있었다.",
                           "현장 확인이 필요한 민원은 담당자 1명이 처리하여 업무가 몰렸다."]),
          ("Ⅲ. 개선 방안", ["민원 배정 단계에서 주관 부서를 명확히 하도록 분류 기준표를 정비한다.",
                           "처리 기한 3일 전 자동 알림을 보내고, 기한 연장 시 중간 통지를 의무화한다.",
                           "반복 민원은 민원조정위원회에 올려 부서 간 협의로 해결한다."])],
    table=("부서별 처리 현황", ["부서", "유형", "접수", "기한 내 처리", "처리율"],
           [("건축과", "인허가"), ("도로과", "고충"), ("청소행정과", "고충"), ("교통행정과", "고충"), ("세무과", "질의"), ("복지정책과", "신청")]))


def t_part_long(rng, i, fmt):
    ag = Agency(rng, kind=["local", "metro"][i % 2])
    date = rdate(rng, 2016, 2025)
    ctx = dict(y=date[0], ny=date[0] + 1, org=ag.name, depts=ag.depts)
    title = fill(LONG_PARTIAL["title"], ctx)
    doc = Doc(title)
    doc.p(title, align="C", bold=True, size=15)
    doc.p("%s %s" % (ag.name, rng.choice(["감사담당관", "민원담당관", ag.dept])), align="R")
    long_body(doc, rng, LONG_PARTIAL, ctx, pages_target=2 + i % 2)
    doc.p("Ⅳ. 개별 사례(민원인 면담 결과)", bold=True)
    rows = [["민원인", "연락처", "주소", "민원 요지", "조치"]]
    for k in range(rng.randint(6, 10)):
        c = citizen(rng)
        rows.append([c["name"], c["phone"], c["addr"], rng.choice(["하수 악취", "불법 주정차", "소음", "가로등 고장", "건축 허가 지연", "보도 파손"]),
                     rng.choice(["완료", "진행", "이첩"])])
    doc.table(rows, kind="data")
    doc.p("")
    field = field_partial([6], rng, style=[0, 1, 5][i % 3])
    doc.p(sender_line(ag, rng), align="C", bold=True)
    lines, cue = gyeolmun(rng, ag, date, field, style=rng.choice([0, 1, 3]))
    doc.lines(lines)
    return out(doc, "partial", "none", [OIDA[6]], "보고서", "disclosure_field", "gyeolmun_end_of_long", cue, flags=["long"],
               stated=stated_from_field(field), hf=(ag.name, title))


def t_part_masked(rng, i, fmt):
    ag = Agency(rng, kind=["local", "inst", "metro", "edu"][i % 4])
    date = rdate(rng, 2015, 2025)
    title = ["에너지 바우처 지급 결과 보고", "저소득층 문화누리카드 발급 현황", "어르신 교통비 지원 신청 처리 결과", "교육급여 지원 대상 학생 확인 결과"][i % 4]
    doc = Doc(title)
    doc.p(title, align="C", bold=True, size=14)
    doc.p("1. %s 기준 처리 결과를 아래와 같이 보고함" % fd(date))
    doc.p("2. 지원 대상자(일부)")
    rows = [["연번", "성명", "주민등록번호", "연락처", "지원 내용"]]
    mc = rng.choice(["*", "●", "X"])
    for k in range(rng.randint(4, 7)):
        c = citizen(rng)
        rows.append([str(k + 1), c["name"], rrn(rng, masked=True, mask_char=mc), c["phone"], rng.choice(["동절기 바우처", "카드 발급", "교통비 지원", "급여 지급"])])
    doc.table(rows, kind="data")
    doc.p("3. 지원 대상자의 주민등록번호 뒷자리는 가림 처리하였음")
    f = ["부분공개(6)", "", "부분공개(6)", ""][i % 4]
    if f:
        doc.p("공개구분: %s" % f)
    sample = rows[1][2]
    return out(doc, "partial", "none", [OIDA[6]], "보고서", "content_personal_masked" if not f else "disclosure_field",
               "table" if not f else "last_line", sample if not f else "공개구분: %s" % f, flags=["masked_rrn_only"],
               stated=stated_from_field(f) if f else None, hf=(ag.name, ag.dept))


def t_part_approval(rng, i, fmt):
    ag = Agency(rng, kind=["local", "metro", "edu", "police"][i % 4])
    date = rdate(rng, 2010, 2025)
    subj = ["불법 광고물 정비 결과 및 과태료 부과 계획", "무단 방치 차량 처리 계획", "학교폭력 예방 우수 학생 표창 계획", "교통안전 유공 시민 감사장 수여 계획"][i % 4]
    doc = Doc(subj)
    names = people(rng, 3)
    fv = field_partial([6], rng, style=[0, 3, 0, 5][i % 4])
    doc.table(approval_table(rng, ag, names, date) + [["공개여부", fv, "보존기간", "5년"]], kind="approval")
    doc.p("")
    doc.p(subj, align="C", bold=True, size=14)
    doc.p("1. 추진 근거: 관련 법령 및 %d년 업무계획" % date[0])
    doc.p("2. 대상")
    rows = [["연번", "성명", "주소", "내용"]]
    for k in range(rng.randint(3, 5)):
        c = citizen(rng)
        rows.append([str(k + 1), c["name"], c["addr"], ["현수막 무단 게시", "차량 장기 방치", "또래 상담 활동", "교통사고 현장 구호"][i % 4]])
    doc.table(rows, kind="data")
    doc.p("3. 처리 계획: %s까지 개별 통지 후 처리" % fd(add_days(date, 14)))
    return out(doc, "partial", "none", [OIDA[6]], "내부결재", "disclosure_field", "approval_table", fv, stated=stated_from_field(fv),
               hf=(ag.name, ag.dept))


def t_part_old(rng, i, fmt):
    ag = Agency(rng, kind=["local", "metro", "local"][i % 3])
    y = rng.randint(1998, 2004)
    date = (y, rng.randint(1, 12), rng.randint(1, 28))
    c = citizen(rng)
    subj = ["진정민원 처리결과 회신", "행정심판 청구서 접수 통보", "무허가 건축물 실태조사 결과 보고"][i % 3]
    doc = Doc(subj)
    doc.p(" ".join(ag.name) if len(ag.name) <= 4 else ag.name, align="C", bold=True, size=16)
    dn = "%s %d-%d" % (ag.dept[:2], rng.randint(10000, 99999), rng.randint(10, 999))
    doc.table([["문서번호", dn, "공개여부", "부분공개"], ["시행일자", fd(date), "보존기간", "5년"], ["수 신", rng.choice(["진정인", "수신처 참조"]), "참 조", ""]],
              kind="old_header")
    doc.p("제  목  %s" % subj)
    doc.p("")
    if i % 3 == 0:
        doc.p("1. 귀하께서 %s에 제출하신 진정(%s 주택가 무단 적치물 철거 요구)에 대한 처리 결과를 다음과 같이 회신합니다." % (fd(add_days(date, -20)), c["addr"].split(" ")[1]))
        doc.p("2. 현지 확인 결과 적치물은 인근 상가 소유로 확인되어 자진 정비토록 조치하였으며, 재발 시 과태료를 부과할 예정입니다.")
        doc.p("3. 진정인: %s  주소: %s  전화: %s" % (c["name"], c["addr"], c["phone"]))
    elif i % 3 == 1:
        doc.p("1. %s(주소: %s)%s 제기한 영업정지처분 취소 청구서가 접수되었으므로 알려드립니다." % (c["name"], c["addr"], josa(c["name"], "이/가")[len(c["name"]):]))
        doc.p("2. 처분청에서는 답변서를 10일 이내에 제출하여 주시기 바랍니다.")
    else:
        doc.p("1. 관내 무허가 건축물 실태조사 결과를 다음과 같이 보고합니다.")
        doc.p("   가. 조사 대상: %d동" % rng.randint(20, 90))
        doc.p("   나. 주요 위반자: %s(%s), %s" % (c["name"], c["addr"], person(rng)))
        doc.p("2. 위반자에게는 자진 철거를 계고할 예정입니다.")
    doc.p("끝.")
    doc.p(ag.sender, align="C", bold=True)
    return out(doc, "partial", "none", [OIDA[6]], "공문(구서식)", "disclosure_field", "header_cell" if fmt != "text" else "form_line",
               "공개여부" + doc.table_sep + "부분공개" if fmt == "text" else "부분공개", flags=["older_style"],
               stated={"disclosure": "partial", "items": [], "field": "부분공개"}, hf=(ag.name, dn))


# ---------------------------------------------------------------------------------------------
# NON-PUBLIC templates
# ---------------------------------------------------------------------------------------------

DAEOEBI = [
    dict(kind="police", title="{y}. {m}. 대규모 집회 대비 경비 대책", dk=["경비"], reasons=[4],
         lines=["1. 상황: {d0} 14:00 도심 광장 일대 집회 신고(신고 인원 약 {n1}명), 행진 경로 중 일부 교차로 통행 제한 예상",
                "2. 경력 운용: 기동대 {n2}개 중대를 3개 구역으로 나누어 배치하고, 예비 경력 4개 중대는 인근 청사에 대기",
                "3. 차단선 설치 위치: 광장 북측 진입로 2곳, 정부청사 방향 도로 1곳(차벽 차량 12대)",
                "4. 채증 및 검거 요령: 불법 행위 발생 시 채증조가 증거를 확보한 뒤 검거조가 현장 검거",
                "5. 교통 관리: 우회 경로 안내 입간판 설치, 버스 노선 임시 변경 협조"]),
    dict(kind="fire", title="다중이용시설 테러 대응 합동훈련 계획", dk=["대응", "119", "예방"], reasons=[3],
         lines=["1. 훈련 일시 및 장소: {d0} 06:00~09:00, {org} 관내 대형 복합쇼핑몰 지하 2층",
                "2. 훈련 상황: 폭발물 의심 물체 발견 후 유독가스 누출 가정",
                "3. 참여 기관: 소방, 경찰 특공대, 군 화생방 대응팀, 보건소",
                "4. 현장 지휘소 위치와 진입로, 차량 집결지 좌표는 붙임 배치도와 같음",
                "5. 훈련 시나리오와 대응 시간 목표는 참여 기관 외 배포를 금함"]),
    dict(kind="local", title="{z}지구 도시개발사업 후보지 사전 검토", dk=["도시", "건축"], reasons=[8],
         lines=["1. 검토 배경: 인구 유입에 대비한 주거용지 확보 필요",
                "2. 후보지: {z}동 일원 약 {n2}만㎡(자연녹지지역), 인근 도로 확장 계획과 연계 가능",
                "3. 예상 사업 방식: 공영개발(시 출자 비율 50% 이상) 또는 민관 공동 개발",
                "4. 토지 거래 동향: 최근 3개월 간 외지인 거래가 늘어 투기 우려가 있음",
                "5. 향후 계획: 토지거래허가구역 지정 검토 후 주민 공람 전까지 보안 유지"]),
    dict(kind="metro", title="{y}년 특정감사 실시 계획", dk=["감사"], reasons=[5],
         lines=["1. 감사 대상: 산하 공사 2곳 및 출자ㆍ출연기관 1곳",
                "2. 감사 기간: {d0}부터 10일간(실지감사)",
                "3. 중점 점검 사항: 수의계약 쪼개기 여부, 채용 절차의 공정성, 법인카드 사용 내역",
                "4. 제보 내용: 특정 업체와의 반복 계약 의혹(제보자 신원 보호 요함)",
                "5. 감사반 편성: 감사관 외 6명, 외부 회계 전문가 1명"]),
    dict(kind="soe", title="조직 개편 및 인력 운영 효율화 검토(안)", dk=["인사", "인재"], reasons=[5],
         lines=["1. 검토 배경: 정부의 공공기관 혁신 지침에 따른 조직ㆍ인력 효율화 요구",
                "2. 검토안: 지역본부 2곳 통합, 유사 기능 부서 4개 폐지",
                "3. 정원 조정: 현원 대비 {n3}명 감축(자연 감소분 활용, 신규 채용 축소)",
                "4. 노동조합 협의 전략: 통합 대상 본부 인력의 근무지 이동 최소화 조건 제시",
                "5. 이사회 상정 전까지 내부 검토 자료로만 활용"]),
    dict(kind="edu", title="교원 비위 사안 처리 결과 보고", dk=["감사", "교원"], reasons=[5, 6],
         lines=["1. 대상자: {school} 교사 {p1}",
                "2. 사안 개요: 학부모로부터 고가의 상품권을 받은 의혹에 대한 감사 결과 수수 사실 확인",
                "3. 조치 의견: 중징계 의결 요구, 수수 금품 반환 조치",
                "4. 관련 학부모: {p2}(자녀 2학년 재학)",
                "5. 향후 일정: 징계위원회 상정 전 소명 기회 부여"]),
    dict(kind="local", title="감염병 확진자 역학조사 결과(1보)", dk=["복지", "보건"], reasons=[6, "P23"],
         lines=["1. 확진자: {p1}(만 {a1}세, {addr1})",
                "2. 진단명: 결핵(도말 양성), 확진일 {d0}",
                "3. 접촉자: 동거 가족 3명, 직장 동료 {n3}명(검사 안내 완료)",
                "4. 이동 경로: {d0} 이전 2주간 직장, 인근 의원, 대형마트 방문",
                "5. 조치: 확진자 입원 치료 중, 직장 접촉자 잠복결핵 검사 실시 예정"]),
    dict(kind="central", ag="국토교통부", dept="건설안전과", title="노후 교량 취약부위 정밀점검 결과", reasons=[3],
         lines=["1. 점검 대상: 국도 상 교량 {n3}개소",
                "2. 주요 결과: 교각 기초 세굴 진행 교량 2개소, 주형 균열 폭 허용치 초과 1개소",
                "3. 취약부위별 하중 한계와 붕괴 가능 시나리오는 붙임과 같음",
                "4. 조치 계획: 긴급 보강공사 발주, 보강 완료 시까지 중차량 통행 제한",
                "5. 취약부위 정보는 시설 안전 확보를 위하여 대외 공개를 제한함"]),
    dict(kind="police", title="마약류 유통 조직 수사 진행 상황", dk=["수사"], reasons=[4],
         lines=["1. 사건 개요: 온라인 메신저를 통한 필로폰 판매 조직 수사",
                "2. 수사 진행: 판매책 2명 검거, 상선(공급책) 추적 중",
                "3. 향후 계획: 통신 자료 분석 후 {d0} 전후 일제 검거 예정",
                "4. 잠복 위치와 투입 인원은 수사 보안 유지를 위하여 별도 관리",
                "5. 언론 대응: 검거 완료 전까지 보도 자제 요청"]),
    dict(kind="metro", title="{y}년 하반기 승진 심사 대상자 평정 결과", dk=["자치행정", "총무", "행정"], reasons=[5, 6],
         lines=["1. 심사 대상: 5급 승진 후보자 {n3}명",
                "2. 평정 결과(상위 3명): {p1} 92.4점, {p2} 90.8점, {p3} 89.1점",
                "3. 경력ㆍ근무성적 평정 합산 방식은 인사규칙에 따름",
                "4. 승진 임용 예정 인원: 4명",
                "5. 인사위원회 심의 전 평정 결과 유출 금지"]),
    dict(kind="soe", title="청사 신축공사 예정가격 산정 내역", reasons=[5],
         lines=["1. 공사명: 지역본부 청사 신축공사",
                "2. 설계가격: 금{amt}원",
                "3. 기초금액 산정: 설계가격 대비 조정률 적용(공종별 조정 내역 붙임)",
                "4. 복수예비가격 작성 범위: 기초금액의 ±2%",
                "5. 입찰 집행 전까지 예정가격 관련 자료 열람 제한"]),
    dict(kind="metro", title="주요 인사 현장 방문 의전 및 경호 계획", dk=["비상", "총무", "자치"], reasons=[3],
         lines=["1. 방문 일시: {d0} 10:30~12:00",
                "2. 동선: 청사 도착 → 현장 상황실 → 피해 복구 현장 → 주민 간담회장",
                "3. 경호 구역: 간담회장 반경 200m 통제, 출입자 사전 등록",
                "4. 차량 대기 위치와 비상 이동로는 붙임 도면과 같음",
                "5. 일정 변경 시 경호 담당 부서와 즉시 협의"]),
    dict(kind="central", ag="법무부", dept="교정기획과", title="수용자 이송 계획", reasons=[4],
         lines=["1. 이송 대상: 장기 수용자 {n3}명(명단 별도)",
                "2. 이송 일시: {d0} 새벽(세부 시각은 당일 통보)",
                "3. 이송 경로: 고속도로 이용, 중간 휴게 없이 직행",
                "4. 호송 인력: 교도관 {n2}명, 호송 차량 3대",
                "5. 이송 정보는 도주 및 탈취 방지를 위하여 관계자 외 공유 금지"]),
    dict(kind="soe", ag="한국토지주택공사", dept="국토도시계획처", title="공공주택지구 후보지 사전 검토(안)", reasons=[8],
         lines=["1. 후보지: {z} 일원 약 {n2}만㎡",
                "2. 선정 사유: 광역교통 개선 사업과 연계 가능, 개발제한구역 해제 가능지 포함",
                "3. 주민 공람 예정 시기: 관계 부처 협의 완료 후",
                "4. 지가 동향: 후보지 주변 토지 가격 상승세, 분할 거래 증가",
                "5. 발표 전 정보 유출 시 투기 우려가 크므로 보안에 각별히 유의"]),
    dict(kind="local", title="재난 대응 비상연락망", dk=["안전", "재난"], reasons=[6],
         lines=["1. 적용: 풍수해, 지진 등 재난 발생 시 비상소집",
                "2. 연락 순서: 재난안전대책본부장 → 통제관 → 각 실무반장",
                "3. 실무반장 연락처: {p1} {m1}, {p2} {m2}, {p3} {m3}",
                "4. 개인 휴대전화 번호는 비상 연락 목적 외 사용 금지",
                "5. 인사이동 시 즉시 갱신"]),
    dict(kind="inst", title="{y}년 임금 및 단체협약 교섭 대응 방안", dk=["인사"], reasons=[5],
         lines=["1. 노조 요구안: 기본급 7% 인상, 성과연봉제 폐지, 인력 충원",
                "2. 공단 입장: 정부 가이드라인 범위(인상률 상한) 내 타결 목표",
                "3. 단계별 제시안: 1차 2.0%, 2차 2.5%(수당 조정 포함), 최종안 검토 중",
                "4. 쟁의 발생 시 필수 유지 업무 인력 운영 계획 별도 수립",
                "5. 교섭 종료 시까지 대외 공개 금지"]),
]


def marking_placements(fmt, i):
    i = CUR["fi"] + i
    if fmt == "text":
        return ["first_line", "top_and_bottom", "last_line", "first_line"][i % 4]
    return ["page_header", "textbox", "header_cell", "page_footer", "top_and_bottom", "first_line"][i % 6]


def apply_marking(doc, stamp, where, fmt, extra_bottom=None):
    """Place a marking stamp on a document; returns the effective cue_location for this format."""
    if where == "page_header":
        doc.header = stamp
        return where if fmt != "text" else "first_line"
    if where == "page_footer":
        doc.footer = stamp
        return where if fmt != "text" else "last_line"
    if where == "textbox":
        doc.blocks.insert(0, ("box", stamp, "R"))
        return where if fmt != "text" else "first_line"
    if where == "header_cell":
        doc.blocks.insert(0, ("table", [["보안등급", stamp, "생산부서", doc._dept]], None, "stamp", "L"))
        return where if fmt != "text" else "first_line"
    if where == "first_line":
        doc.blocks.insert(0, ("p", stamp, "C", True, 12))
        return "first_line"
    if where == "last_line":
        doc.blocks.append(("p", extra_bottom or stamp, "C", True, 12))
        return "last_line"
    if where == "top_and_bottom":
        doc.blocks.insert(0, ("p", stamp, "C", True, 12))
        doc.blocks.append(("p", extra_bottom or stamp, "C", True, 12))
        return "top_and_bottom"
    raise ValueError(where)


def t_np_daeoebi(rng, i, fmt):
    spec = DAEOEBI[i % len(DAEOEBI)]
    ag = Agency(rng, name=spec.get("ag"), kind=None if spec.get("ag") else spec["kind"], dept=spec.get("dept"))
    if spec.get("dk"):
        pick_dept(rng, ag, spec["dk"])
    date = rdate(rng, 2014, 2025)
    ps = people(rng, 3)
    ctx = dict(y=date[0], m=date[1], d0=fd(add_days(date, rng.randint(3, 20))), n1=won(rng.randint(3, 40) * 1000), n2=rng.randint(4, 40),
               n3=rng.randint(12, 180), org=ag.name, z=rng.choice(["송정", "신촌", "하남", "덕산", "월곡", "봉암"]),
               p1=ps[0], p2=ps[1], p3=ps[2], a1=rng.randint(24, 78), addr1=home_address(rng),
               school=rng.choice(["새빛", "한솔", "동산"]) + rng.choice(["초등학교", "중학교"]),
               m1=mobile(rng), m2=mobile(rng), m3=mobile(rng), amt=won(rng.randint(30, 400) * 100000000))
    title = fill(spec["title"], ctx)
    doc = Doc(title)
    doc._dept = ag.dept
    until = (max(date[0] + rng.randint(1, 3), 2026 + rng.randint(0, 2)), 12, 31)  # protection still running in 2026
    stamp = stamp_daeoebi(rng, until, style=i % 8)
    doc.p(title, align="C", bold=True, size=14)
    doc.p("%s  %s" % (fd(date), ag.dept), align="R")
    doc.p("")
    doc.lines([fill(x, ctx) for x in spec["lines"]])
    doc.p("")
    if rng.random() < 0.5 and "보호기간" not in stamp and "까지" not in stamp:
        doc.p("※ 이 문서는 %s까지 대외비로 관리하며, 보호기간이 지나면 일반문서로 재분류함" % fd(until))
    where = marking_placements(fmt, 0)
    loc = apply_marking(doc, stamp, where, fmt)
    reasons = [OIDA[k] if isinstance(k, int) else PIPA23 for k in spec["reasons"]]
    flags = ["pipa23_health"] if PIPA23 in reasons else []
    return out(doc, "non_public", "대외비", reasons, "보고서", "marking_stamp", loc, stamp, flags=flags,
               hf=(ag.name, ag.name + " " + ag.dept))


SECRETS = [
    dict(kind=["central"], ag="국방부", title="지역 통합방위 작전계획 보완 요약", r=2, levels=["III급", "II급"],
         lines=["1. 목적: 적 침투 및 국지 도발 상황에서 민ㆍ관ㆍ군ㆍ경 통합 대응 절차 보완",
                "2. 작전 구역: 해안 취약지역 {n1}개 구역 재설정, 구역별 책임 부대 지정",
                "3. 주요 변경: 예비군 중대 초동 조치 시간 단축, 해안 감시 레이더 사각지대 보완",
                "4. 경찰ㆍ소방 지원: 주요 도로 차단 지점 {n2}곳 지정, 대피 경로 재설정",
                "5. 훈련 계획: 분기 1회 도상 연습, 반기 1회 실제 기동 훈련"]),
    dict(kind=["metro", "local"], title="{y}년 충무계획 자원 동원 세부 계획", r=2, levels=["III급", "II급"],
         lines=["1. 동원 대상 자원: 차량 {n1}대, 중장비 {n2}대, 의료 인력 및 병상",
                "2. 동원 시기와 집결 장소: 전시 선포 후 24시간 이내 지정 집결지",
                "3. 업체별 동원 지정 현황은 붙임과 같음",
                "4. 전시 행정기관 이전 장소와 비상급수 시설 위치",
                "5. 연간 점검 및 을지연습 연계 훈련 계획"]),
    dict(kind=["soe"], ag="한국수자원공사", title="광역 정수장 방호 계획", r=3, levels=["III급"],
         lines=["1. 대상 시설: 국가중요시설 가급 정수장 2개소",
                "2. 방호 취약점: 취수구 주변 감시 사각지대, 약품 저장소 접근 통제 미흡",
                "3. 경비 인력 배치: 주간 {n2}명, 야간 {n3}명, 군 작전 부대 지원 체계",
                "4. 테러 발생 시 급수 중단 범위와 대체 공급 경로",
                "5. 시설 도면 및 경비 배치도 별도 관리"]),
    dict(kind=["central"], ag="통일부", title="남북 당국회담 대응 전략(안)", r=2, levels=["III급", "II급"],
         lines=["1. 회담 전망: 상대측은 인도적 지원 확대를 우선 요구할 것으로 예상",
                "2. 우리 측 기본 입장: 이산가족 상봉 정례화와 연계",
                "3. 단계별 협상 카드와 양보 가능 범위",
                "4. 회담 결렬 시 대응 및 대국민 설명 방향",
                "5. 관계 부처 협의 결과와 정보 판단"]),
    dict(kind=["central"], ag="행정안전부", dept="비상대비정책과", title="전시 정부 기능 유지 및 소산 계획", r=2, levels=["II급", "I급"],
         lines=["1. 소산 대상 기관과 우선순위",
                "2. 소산 장소: 지역별 대체 청사 및 지하 시설",
                "3. 핵심 인력 지정과 이동 수단, 이동 경로",
                "4. 통신 두절 대비 예비 통신망 운용",
                "5. 기록물 긴급 이송 절차"]),
    dict(kind=["police"], ag="경찰청", dept="대테러위기관리과", title="국제 행사 대테러 안전 대책", r=3, levels=["III급", "II급"],
         lines=["1. 행사 개요: {d0}부터 3일간 국제회의, 정상급 인사 {n1}명 참석",
                "2. 위협 평가: 드론 이용 공격, 차량 돌진 가능성",
                "3. 경호ㆍ경비 구역 설정과 검색 장비 배치",
                "4. 대테러 특공대 대기 위치와 출동 시간 목표",
                "5. 유관기관 합동 상황실 운영"]),
    dict(kind=["central"], ag="국방부", dept="보안정책과", title="암호자재 운용 현황 및 교체 계획", r=2, levels=["III급", "II급"],
         lines=["1. 운용 중인 암호장비 현황: {n1}종, {n2}대",
                "2. 교체 대상: 도입 후 10년 경과 장비",
                "3. 키(key) 배포 주기와 분실 시 조치 절차",
                "4. 예비 장비 보관 위치",
                "5. 교체 일정과 소요 예산"]),
    dict(kind=["central"], ag="산업통상자원부", dept="무역안보과", title="핵심 방산기술 해외 유출 대응 방안", r=2, levels=["III급"],
         lines=["1. 유출 시도 사례: 해외 기업의 국내 협력사 인수 시도 {n2}건",
                "2. 대상 기술: 유도 무기 부품 정밀 가공 기술 등",
                "3. 대응: 수출 허가 심사 강화, 정보기관 협조 체계",
                "4. 관련 기업별 보호 조치 현황",
                "5. 향후 제도 개선 과제"]),
    dict(kind=["metro", "local"], title="을지연습 실제 훈련 시나리오", r=2, levels=["III급", "II급"],
         lines=["1. 훈련 상황: 적 특수부대 침투에 따른 주요 시설 피격 가정",
                "2. 상황 부여 시간표와 대응 기관별 임무",
                "3. 주민 대피 유도 경로와 대피시설 {n1}개소 운영",
                "4. 전시 직제 편성과 비상 근무 인원",
                "5. 훈련 평가 항목"]),
    dict(kind=["central"], ag="국방부", dept="정책기획과", title="전시 국가지도통신망 운용 계획", r=2, levels=["I급", "II급"],
         lines=["1. 통신망 구성: 지휘부 간 이중화 회선과 위성 예비망",
                "2. 주요 거점 위치와 전원 공급 체계",
                "3. 적 전자전 공격 시 우회 절차",
                "4. 운용 요원 편성과 비상 소집 체계",
                "5. 정기 점검 주기와 점검 항목"]),
    dict(kind=["soe"], ag="한국전력공사", dept="보안처", title="주요 변전소 방호 대책", r=3, levels=["III급"],
         lines=["1. 대상: 국가중요시설 지정 변전소 {n2}개소",
                "2. 취약 요인: 외곽 울타리 노후, 감시 카메라 사각지대",
                "3. 보강 계획: 침입 감지 센서 설치, 경비 인력 증원",
                "4. 정전 확산 차단을 위한 계통 분리 절차",
                "5. 시설 배치도는 별도 관리"]),
]


def t_np_secret(rng, i, fmt, level):
    pool = [s for s in SECRETS if level in s["levels"]]
    spec = pool[i % len(pool)]
    ag = Agency(rng, name=spec.get("ag"), kind=None if spec.get("ag") else rng.choice(spec["kind"]), dept=spec.get("dept"))
    if not spec.get("dept") and ag.kind in ("metro", "local", "police", "soe"):
        pick_dept(rng, ag, ["비상", "재난", "안전", "경비", "보안"])
    date = rdate(rng, 2012, 2025)
    ctx = dict(y=date[0], d0=fd(add_days(date, rng.randint(10, 60))), n1=rng.randint(3, 30), n2=rng.randint(4, 60), n3=rng.randint(3, 20))
    title = fill(spec["title"], ctx)
    doc = Doc(title)
    doc._dept = ag.dept
    forms = SECRET_FORMS[level]
    stamp = forms[i % len(forms)]
    until = (max(date[0] + rng.randint(2, 6), 2026 + rng.randint(1, 4)), 12, 31)  # 예고문 still running in 2026
    copy_no = rng.choice(["사본번호: %d/%d" % (rng.randint(1, 4), rng.randint(4, 8)), "사본 번호 제%d호" % rng.randint(1, 9),
                          "(사본번호 %d)" % rng.randint(1, 12)])
    doc.p(title, align="C", bold=True, size=14)
    doc.p("%s  %s %s" % (fd(date), ag.name, ag.dept), align="R")
    doc.p("")
    doc.lines([fill(x, ctx) for x in spec["lines"]])
    doc.p("")
    yego = yegomun(level, until, rng)
    doc.p(yego)
    where = marking_placements(fmt, 1 if level == "II급" else 0)
    if where in ("page_header", "page_footer", "first_line", "top_and_bottom") and rng.random() < 0.6:
        doc.blocks.insert(0, ("p", copy_no, "R", False, 9))
    loc = apply_marking(doc, stamp, where, fmt)
    if where == "page_header" and fmt != "text":
        doc.footer = stamp  # classified documents carry the grade at top and bottom of every page
    reasons = [OIDA[1], OIDA[spec["r"]]]
    return out(doc, "non_public", level, reasons, "보고서", "marking_stamp", loc, stamp, flags=["yegomun", "copy_number"],
               hf=(ag.name, ag.dept), yegomun=yego)


NP5_TOPICS = [
    ("central", "행정안전부", "지방자치단체 기준인건비 조정안에 대한 의견 회신",
     ["1. 귀 부에서 요청한 {y}년 지방자치단체 기준인건비 조정안에 대한 우리 부 검토 의견을 회신합니다.",
      "2. 조정안 가운데 인구 감소 지역 가산 비율은 재정 여건을 고려하여 단계적으로 적용하는 방안을 검토 중이며, 최종안은 관계 부처 협의 후 확정될 예정입니다.",
      "3. 아울러 기관별 증원 요구 규모와 수용 가능 범위는 아직 내부 검토 단계이므로 외부 공개에 유의하여 주시기 바랍니다."]),
    ("metro", None, "시내버스 준공영제 재정지원 기준 개편(안) 협의",
     ["1. 시내버스 준공영제 재정지원 기준 개편(안)에 대하여 관계 부서 의견을 듣고자 합니다.",
      "2. 개편안은 표준운송원가 산정 방식을 바꾸고 성과 평가 결과에 따라 지원금을 차등하는 내용이며, 운송사업자와의 협상 전 단계에 있습니다.",
      "3. 각 부서에서는 개편안이 미칠 영향과 보완 의견을 {d1}까지 제출하여 주시기 바랍니다."]),
    ("edu", None, "학교 통폐합 대상 학교 선정(안) 검토 요청",
     ["1. 적정규모 학교 육성 계획에 따라 통폐합 검토 대상 학교 선정(안)을 마련하였기에 검토를 요청합니다.",
      "2. 선정(안)은 학생 수 추이와 통학 여건을 기준으로 한 1차 검토 결과로서, 학부모 의견 수렴 전 단계입니다.",
      "3. 학교별 의견은 {d1}까지 제출하여 주시고, 검토 자료가 외부에 알려지지 않도록 관리하여 주시기 바랍니다."]),
    ("soe", None, "요금 체계 개편 방안 관계 부서 검토 요청",
     ["1. 중장기 재무 개선을 위한 요금 체계 개편 방안(초안)을 송부하오니 검토 의견을 제출하여 주시기 바랍니다.",
      "2. 초안에는 구간별 요금 조정 시나리오 3가지와 예상 수입 변화가 포함되어 있으며, 이사회 및 주무부처 협의 전 단계입니다.",
      "3. 검토 의견은 {d1}까지 제출하여 주시기 바랍니다."]),
    ("central", "고용노동부", "근로감독 대상 사업장 선정 기준(안) 의견 조회",
     ["1. 하반기 기획 근로감독 대상 사업장 선정 기준(안)에 대한 지방관서 의견을 조회합니다.",
      "2. 선정 기준(안)에는 신고 사건 다발 업종과 점검 우선순위 배점이 포함되어 있어, 공개될 경우 감독의 실효성이 떨어질 우려가 있습니다.",
      "3. 의견은 {d1}까지 제출하여 주시기 바랍니다."]),
    ("local", None, "공유재산 매각 대상 선정 내부 검토",
     ["1. 활용도가 낮은 공유재산 가운데 매각 대상 후보를 선정하기 위한 내부 검토 결과를 송부합니다.",
      "2. 후보 재산 {n2}필지의 감정평가 예상가와 매각 방식(일반입찰, 수의계약)을 비교하였으며, 공유재산심의회 상정 전 단계입니다.",
      "3. 관련 부서는 보존 필요성 여부에 대한 의견을 제출하여 주시기 바랍니다."]),
    ("inst", None, "장애등급 심사 기준 개선(안) 내부 검토",
     ["1. 장애 정도 심사 기준 개선(안)에 대한 내부 검토 결과를 보고합니다.",
      "2. 개선안은 보건복지부 협의 및 자문위원회 심의를 앞두고 있어 확정되지 않은 사항입니다.",
      "3. 심사 현장 의견을 반영하여 {d1}까지 수정안을 마련하겠습니다."]),
]


def t_np_field5(rng, i, fmt):
    kind, agn, title, lines = NP5_TOPICS[i % len(NP5_TOPICS)]
    ag = Agency(rng, name=agn, kind=None if agn else kind)
    date = rdate(rng, 2012, 2025)
    ctx = topic_ctx(rng, date)
    doc = Doc(title)
    dumun(doc, ag, rng.choice(["수신자 참조", "관계 부서장", Agency(rng, kind="central").sender]), title, via=False)
    doc.lines([fill(x, ctx) for x in lines])
    doc.p("붙임  검토(안) 1부.  끝.")
    doc.p("")
    doc.p(sender_line(ag, rng), align="C", bold=True)
    field = field_nonpublic([5], rng, style=[1, 2, 0, 3, 5, 1, 4][i % 7])
    lines_, cue = gyeolmun(rng, ag, date, field, style=i % 4)
    doc.lines(lines_)
    return out(doc, "non_public", "none", [OIDA[5]], "공문", "disclosure_field", "gyeolmun", cue, stated=stated_from_field(field),
               hf=(ag.name, ag.dept))


def t_np_field4(rng, i, fmt):
    ag = Agency(rng, kind="police")
    other = Agency(rng, kind=["local", "inst", "soe", "metro"][i % 4])
    date = rdate(rng, 2012, 2025)
    named = i % 2 == 1
    sus = person(rng)
    title = ["수사 관련 자료 제출 요청", "수사 협조 의뢰(사실 조회)", "압수물 가환부 관련 협조 요청", "수사 결과 통보 전 자료 보완 요청"][i % 4]
    doc = Doc(title)
    dumun(doc, ag, other.sender, title, via=False)
    who = "피의자 %s(%s생)" % (sus, fd((rng.randint(1960, 2000), rng.randint(1, 12), rng.randint(1, 28)))) if named else "피의자 A(50대, 남)"
    doc.p("1. 우리 %s에서 수사 중인 %s 사건과 관련하여 아래 자료를 요청합니다." % ("서" if ag.name.endswith("서") else "청", rng.choice(["보조금 편취", "공사 대금 횡령", "입찰 방해", "사문서 위조"])))
    doc.p("  가. 대상: %s" % who)
    doc.p("  나. 요청 자료: %s" % rng.choice(["%d년 이후 보조금 신청서 및 정산 서류 일체" % (date[0] - 3), "계약 관련 결재 문서 및 대금 지급 내역",
                                            "출입 기록 및 CCTV 보관 현황", "담당 공무원 면담 기록"]))
    doc.p("  다. 제출 기한: %s" % fd(add_days(date, 7)))
    doc.p("2. 본 요청은 수사 중인 사항이므로 대상자나 제3자에게 수사 사실이 알려지지 않도록 각별히 유의하여 주시기 바랍니다.  끝.")
    doc.p("")
    doc.p(sender_line(ag, rng), align="C", bold=True)
    items = [4, 6] if named else [4]
    field = field_nonpublic(items, rng, style=[0, 1, 0, 4][i % 4])
    lines_, cue = gyeolmun(rng, ag, date, field, style=rng.choice([0, 1, 2, 3]))
    doc.lines(lines_)
    return out(doc, "non_public", "none", [OIDA[k] for k in items], "공문", "disclosure_field", "gyeolmun", cue,
               stated=stated_from_field(field), hf=(ag.name, ag.dept))


ROSTERS = [
    ("긴급복지 지원 대상자 명단", ["성명", "생년월일", "주소", "연락처", "지원 내역"], [6], lambda rng: ["생계비 %s원" % won(rng.choice([730500, 1248000, 1581000])), "주거비", "의료비"]),
    ("무료 급식 지원 아동 명단", ["성명", "학년", "보호자", "연락처", "지원 기간"], [6], None),
    ("홀로 사는 어르신 안부 확인 대상자", ["성명", "나이", "주소", "연락처", "건강 상태"], [6, "P23"], lambda rng: ["치매 초기 진단", "거동 불편(고관절 수술)", "당뇨 인슐린 투여", "우울증 치료 중", "시각장애"]),
    ("장애인 콜택시 등록 이용자 현황", ["성명", "장애 유형", "연락처", "주소", "휠체어"], [6, "P23"], lambda rng: ["지체", "뇌병변", "시각", "신장", "지적"]),
    ("공공체육시설 연간 회원 등록 대장", ["회원번호", "성명", "주민등록번호", "연락처", "강좌"], [6, "P24"], None),
]


def t_np_roster(rng, i, fmt):
    title, head, rs, extra = ROSTERS[i % len(ROSTERS)]
    ag = Agency(rng, kind=["local", "edu", "local", "metro", "local"][i % 5])
    date = rdate(rng, 2014, 2025)
    doc = Doc(title)
    doc.p("%s(%s 현재)" % (title, fd(date)), align="C", bold=True, size=13)
    doc.p("%s %s" % (ag.name, rng.choice(ag.depts)), align="R")
    rows = [head]
    vals = extra(rng) if extra else None
    for k in range(rng.randint(7, 12)):
        c = citizen(rng)
        if i % 5 == 0:
            rows.append([c["name"], fd((rng.randint(1940, 1995), rng.randint(1, 12), rng.randint(1, 28))), c["addr"], c["phone"], rng.choice(vals)])
        elif i % 5 == 1:
            rows.append([c["name"], "%d학년" % rng.randint(1, 6), person(rng), c["phone"], "%d. 3. ~ %d. 12." % (date[0], date[0])])
        elif i % 5 == 2:
            rows.append([c["name"], "%d세" % rng.randint(68, 94), c["addr"], c["phone"], rng.choice(vals)])
        elif i % 5 == 3:
            rows.append([c["name"], rng.choice(vals), c["phone"], c["addr"], rng.choice(["사용", "미사용"])])
        else:
            rows.append(["M%05d" % rng.randint(100, 99999), c["name"], rrn(rng), c["phone"], rng.choice(["수영", "헬스", "요가", "배드민턴"])])
    doc.table(rows, kind="data")
    reasons = [OIDA[6]] + ([PIPA23] if "P23" in rs else []) + ([PIPA24] if "P24" in rs else [])
    flags = ["roster_only"] + (["pipa23_health"] if "P23" in rs else []) + (["unmasked_rrn"] if "P24" in rs else [])
    return out(doc, "non_public", "none", reasons, "명단", "content_only", "table", "", flags=flags, hf=(ag.name, title))


def t_np_discipline(rng, i, fmt):
    ag = Agency(rng, kind=["local", "metro", "edu", "soe"][i % 4])
    date = rdate(rng, 2012, 2025)
    n = person(rng)
    grade = {"local": "지방행정주사(6급)", "metro": "지방시설주사보(7급)", "edu": "교육행정주사(6급)", "soe": "3급 직원"}[ag.kind]
    v = i % 4
    doc = Doc("징계의결서")
    doc.p("징 계 의 결 서" if rng.random() < 0.6 else "징계 의결서", align="C", bold=True, size=16)
    doc.table([["소속", "%s %s" % (ag.name, rng.choice(ag.depts)), "직위(직급)", grade], ["성명", n, "생년월일", fd((rng.randint(1968, 1995), rng.randint(1, 12), rng.randint(1, 28)))]],
              kind="form")
    doc.p("")
    if v in (0, 2):
        ord_ = rng.choice(["정직 2월", "정직 1월", "강등"])
        doc.p("의결 주문: 징계혐의자를 %s에 처한다." % ord_)
        doc.p("이    유")
        doc.p("징계혐의자는 %s 23시 10분경 혈중알코올농도 %.3f%%의 술에 취한 상태로 자신의 승용차를 약 3km 운전하다가 음주 단속에 적발되었으며, 이 사건으로 %s 벌금 %s만 원의 약식명령을 받아 확정되었다." % (
            fd(add_days(date, -60)), rng.uniform(0.08, 0.16), rng.choice(["법원으로부터", ""]).strip() or "법원에서", rng.choice(["700", "1,000", "1,200"])))
        doc.p("이는 「%s」 제63조 품위 유지의 의무를 위반한 것으로, 음주운전 징계 기준과 평소 근무 실적을 함께 고려하여 주문과 같이 의결한다." % ("지방공무원법" if ag.kind in ("local", "metro", "edu") else "임직원 행동강령"))
        reasons = [OIDA[6], PIPA23]
        flags = ["criminal_conviction"]
    elif v == 1:
        doc.p("의결 주문: 징계혐의자를 견책에 처한다.")
        doc.p("이    유")
        doc.p("징계혐의자는 민원 처리 기한을 여러 차례 넘기고 상급자의 업무 지시를 정당한 사유 없이 이행하지 않아 성실 의무를 위반하였다. 다만 잘못을 인정하고 반성하는 점, 표창 공적이 있는 점을 고려하여 주문과 같이 의결한다.")
        reasons = [OIDA[6]]
        flags = []
    else:
        doc.p("의결 주문: 징계혐의자를 감봉 3월에 처한다.")
        doc.p("이    유")
        doc.p("징계혐의자는 %s 회식 후 귀가하던 중 시비 끝에 행인을 폭행하여 상해를 입게 하였고, 이 사건으로 벌금 300만 원의 형이 확정되었다." % fd(add_days(date, -90)))
        reasons = [OIDA[6], PIPA23]
        flags = ["criminal_conviction"]
    doc.p("")
    doc.p(fd(date), align="C")
    doc.p("%s 인사위원회 위원장" % ag.name if ag.kind != "soe" else "%s 징계위원회 위원장" % ag.name, align="C")
    return out(doc, "non_public", "none", reasons, "징계의결서", "content_only", "body", "", flags=flags, hf=(ag.name, "징계의결서"))


def t_np_health(rng, i, fmt):
    ag = Agency(rng, kind=["central", "local", "fire"][i % 3])
    date = rdate(rng, 2012, 2025)
    n = person(rng)
    doc = Doc("휴직")
    if i % 3 == 0:
        doc.p("질병휴직 심의 결과", align="C", bold=True, size=14)
        doc.lines(["1. 대상자: %s %s %s" % (rng.choice(ag.depts), staff_titles(ag)[1], n),
                   "2. 휴직 사유: %s 장기 요양이 필요하다는 전문의 소견(진단서 첨부)" % josa(rng.choice(["요추 추간판 탈출증 수술", "주요 우울장애", "갑상선암 수술 후 항암 치료", "뇌경색 재활"]), "으로/로"),
                   "3. 휴직 기간: %s ~ %s(1년)" % (fd(date), fd((date[0] + 1, date[1], date[2]))),
                   "4. 심의 의견: 「국가공무원법」 제71조 제1항 제1호에 해당하여 휴직을 승인함이 타당함",
                   "5. 결원 보충: 휴직 기간 중 대체 인력 채용 요청"])
    elif i % 3 == 1:
        doc.p("병가 사용 승인 요청", align="C", bold=True, size=14)
        doc.table([["소속", rng.choice(ag.depts), "성명", n], ["기간", "%s ~ %s(%d일)" % (fd(date), fd(add_days(date, 20)), 21), "사유", "우측 슬관절 전방십자인대 파열(수술 및 입원)"]], kind="form")
        doc.p("위와 같이 병가를 신청하오니 승인하여 주시기 바랍니다. 진단서를 붙임으로 제출합니다.")
    else:
        doc.p("공무상 요양 승인 신청 결과 통보", align="C", bold=True, size=14)
        doc.lines(["1. 신청인: %s 소방장 %s" % (ag.name, n), "2. 상병명: 화재 진압 중 낙하물에 의한 좌측 견관절 회전근개 파열, 외상 후 스트레스 장애",
                   "3. 요양 기간: %s ~ %s" % (fd(date), fd(add_days(date, 84))), "4. 결정: 공무상 요양 승인"])
    return out(doc, "non_public", "none", [OIDA[6], PIPA23], "인사(휴직)", "content_only", "body", "", flags=["pipa23_health"],
               hf=(ag.name, ag.dept))


def t_np_invest_request(rng, i, fmt):
    ag = Agency(rng, kind=["local", "metro", "inst"][i % 3])
    pol = Agency(rng, kind="police")
    date = rdate(rng, 2012, 2025)
    c = citizen(rng)
    title = "수사 의뢰"
    doc = Doc(title)
    dumun(doc, ag, "%s장" % pol.name, rng.choice(["보조금 부정수급 혐의자 수사 의뢰", "허위 서류 제출 혐의 수사 의뢰", "공유재산 무단 점유 및 업무방해 수사 의뢰"]), via=False)
    doc.p("1. 우리 기관 자체 점검 결과 아래 사람이 허위 서류를 제출하여 보조금을 부정하게 받은 정황이 확인되어 수사를 의뢰합니다.")
    doc.lines(["  가. 혐의자: %s(%s)" % (c["name"], fd((rng.randint(1955, 1995), rng.randint(1, 12), rng.randint(1, 28)))),
               "  나. 주소: %s" % c["addr"], "  다. 연락처: %s" % c["phone"],
               "  라. 혐의 내용: %d년부터 %d년까지 실제 근무하지 않은 가족을 고용한 것처럼 꾸며 인건비 보조금 %s원을 받음" % (date[0] - 2, date[0], won(rng.randint(10, 90) * 1000000))])
    doc.p("2. 관련 증빙 자료를 붙임과 같이 송부하오니 엄정하게 수사하여 주시기 바랍니다.")
    doc.p("붙임  1. 점검 결과 보고서 1부.\n      2. 보조금 신청 및 정산 서류 사본 1부.  끝.")
    doc.p(sender_line(ag, rng), align="C", bold=True)
    lines_, _ = gyeolmun(rng, ag, date, None, style=0)
    doc.lines(lines_)
    return out(doc, "non_public", "none", [OIDA[4], OIDA[6]], "수사의뢰", "content_only", "body", "", hf=(ag.name, ag.dept))


REVIEWS = [
    ("(검토) %s 조례 개정 청구에 대한 대응 방안", ["1. 청구 내용: 주민 %s명이 공동주택 관리 지원 조례 개정을 청구함",
                                         "2. 쟁점: 지원 대상 확대 시 연간 추가 재정 부담 약 %s억 원",
                                         "3. 검토 의견: 청구 취지는 공감하나 재정 여건상 단계적 확대안을 마련하여 의회에 제출하는 방안이 적절함",
                                         "4. 향후 조치: 조례규칙심의회 상정 전 관계 부서와 재정 영향 재검토"]),
    ("민간위탁 운영 기관 재계약 여부 검토", ["1. 현황: 복지관 위탁 운영 기관의 계약 만료 예정",
                                   "2. 평가 결과: 서비스 만족도는 양호하나 회계 처리 부적정 사례 2건 확인",
                                   "3. 검토안: ① 조건부 재계약 ② 공개 모집을 통한 재선정",
                                   "4. 의견: 회계 시정 이행 여부 확인 후 최종 결정하되, 결정 전까지 위탁 기관에 검토 내용 통보 보류"]),
    ("%s 사업 관련 법률 자문 결과 검토", ["1. 자문 요지: 사업 부지 내 기존 건축물 보상 범위에 대한 해석",
                                   "2. 자문 결과: 무허가 증축 부분은 보상 대상에서 제외할 수 있으나 소송 시 다툼 여지 있음",
                                   "3. 소송 대응 전략: 감정평가 재실시 및 협의 보상 우선 추진",
                                   "4. 자문 결과는 소송 가능성을 고려하여 내부 참고 자료로만 활용"]),
    ("청사 이전 후보지 비교 검토(내부)", ["1. 후보지: A부지(시유지), B부지(공공기관 이전 부지), C부지(민간 소유)",
                                  "2. 비교: 접근성, 사업비, 주민 수용성 항목별 평가 점수",
                                  "3. 잠정 순위: B > A > C (확정 아님)",
                                  "4. 후보지 공개 시 지가 상승 및 지역 갈등 우려가 있어 의사결정 전까지 비공개로 관리"]),
]


def t_np_review(rng, i, fmt):
    t, lines = REVIEWS[i % len(REVIEWS)]
    ag = Agency(rng, kind=["metro", "local", "central", "local"][i % 4])
    date = rdate(rng, 2011, 2025)
    title = t % ag.name if "%s" in t else t
    doc = Doc(title)
    doc.p(title, align="C", bold=True, size=14)
    doc.p("%s %s" % (fd(date), ag.dept), align="R")
    doc.p("")
    ls = []
    for ln in lines:
        if "%s" in ln:
            ln = ln % (won(rng.randint(300, 9000)) if "명" in ln else str(rng.randint(3, 60)))
        ls.append(ln)
    doc.lines(ls)
    reasons = [OIDA[5]] + ([OIDA[8]] if i % 4 == 3 else [])
    if i % 4 == 1:
        doc.p("※ 이 검토 자료는 정보공개법 9조 1항 5호에 해당하는 의사결정 과정 자료임")
        return out(doc, "non_public", "none", reasons, "검토보고", "art9_citation", "last_line", "9조 1항 5호", hf=(ag.name, ag.dept))
    return out(doc, "non_public", "none", reasons, "검토보고", "content_only", "body", "", hf=(ag.name, ag.dept))


def t_np_exam(rng, i, fmt):
    date = rdate(rng, 2010, 2025)
    v = i % 4
    if v == 0:
        ag = Agency(rng, kind="metro")
        title = "%d년도 제1회 %s 지방공무원 임용 필기시험 문제(행정법총론) 출제 원안" % (date[0], ag.name)
        qs = ["1. 행정행위의 부관에 관한 설명으로 옳지 않은 것은?", "  ① 부담은 독립하여 행정쟁송의 대상이 될 수 있다.", "  ② 사후부관은 법령에 근거가 있는 경우에만 허용된다.",
              "  ③ 기한은 행정행위의 효력 발생ㆍ소멸을 장래의 확실한 사실에 의존시키는 부관이다.", "  ④ 조건은 행정행위의 효력을 장래의 불확실한 사실에 의존시키는 부관이다.",
              "2. 행정절차법상 처분의 사전통지에 관한 설명으로 옳은 것은?", "  ① ... (이하 생략)", "[정답] 1-②  2-③"]
    elif v == 1:
        ag = Agency(rng, kind="edu")
        school = rng.choice(["한솔", "새빛", "동산", "매화"]) + "중학교"
        title = "%d학년도 2학기 기말고사 2학년 과학 문항 및 채점 기준(출제 원안)" % date[0]
        qs = ["1. 그림은 물질의 세 가지 상태 변화를 나타낸 것이다. A~F 중 열을 흡수하는 과정을 모두 고른 것은?",
              "2. 전압이 6V인 전원에 저항 2Ω과 4Ω을 직렬로 연결하였을 때 회로에 흐르는 전류의 세기는?",
              "3. (서술형) 식물의 광합성에 필요한 물질 두 가지를 쓰고 그 이유를 설명하시오.",
              "[채점 기준] 3번: 이산화 탄소와 물을 모두 쓰면 2점, 이유 서술 2점", "※ 출제 교사: %s, 검토 교사: %s" % tuple(people(rng, 2))]
        title = school + " " + title
    elif v == 2:
        ag = Agency(rng, kind=["soe", "inst"][i % 2])
        title = "%d년 신입사원 채용 면접 질문지 및 평가 기준" % date[0]
        qs = ["1. 공통 질문: 우리 기관의 사회적 가치 실현 과제 중 본인이 기여할 수 있는 분야는?", "2. 직무 질문(행정): 민원 폭증 상황에서 업무 우선순위를 정하는 방법은?",
              "3. 직무 질문(기술): 설비 고장 시 원인 분석 절차를 설명하시오.", "[평가 기준] 의사소통 20, 직무 이해 30, 문제 해결 30, 조직 적합성 20",
              "※ 면접 종료 시까지 질문지 외부 유출 금지"]
    else:
        ag = Agency(rng, kind="inst", name="한국산업인력공단")
        title = "국가기술자격 실기시험 과제(%d년 제%d회) 문제 원안" % (date[0], rng.randint(1, 4))
        qs = ["과제명: 배관 설비 시공", "1. 주어진 도면에 따라 동관 및 강관을 절단ㆍ접합하여 배관을 완성하시오.", "2. 수압시험(0.5MPa, 5분)을 실시하여 누수가 없도록 하시오.",
              "[도면 치수] 가로 800mm, 세로 600mm, 분기 3개소", "[채점 항목] 치수 정확도, 접합 상태, 수압시험 결과, 작업 안전"]
    doc = Doc(title)
    doc.p(title, align="C", bold=True, size=13)
    doc.p("")
    doc.lines(qs)
    if v == 0:
        cite = "「공공기관의 정보공개에 관한 법률」 제9조 제1항 제5호"
        doc.p("※ 시험 문제와 정답은 시험 시행 전까지 %s에 따른 비공개 대상임" % cite)
        return out(doc, "non_public", "none", [OIDA[5]], "시험문제", "art9_citation", "last_line", cite, flags=["exam_material"],
                   hf=(ag.name, "시험 관리"))
    return out(doc, "non_public", "none", [OIDA[5]], "시험문제", "content_only", "body", "", flags=["exam_material"], hf=(ag.name, "시험 관리"))


def t_np_trade(rng, i, fmt):
    ag = Agency(rng, name=["산업통상자원부", "조달청", "한국수자원공사", "환경부", "한국전력공사", "한국소비자원"][(i + rng.randint(0, 5)) % 6])
    date = rdate(rng, 2010, 2025)
    comp = rng.choice(["(주)", "주식회사 ", ""]) + rng.choice(["한빛", "세움", "대한", "청솔", "동우", "태성", "서해"]) + \
        [rng.choice(["화학", "소재", "바이오", "산업"]), rng.choice(["산업", "테크", "정밀"]), rng.choice(["시스템즈", "정보기술", "AI랩"])][i % 3]
    title = ["%s 제출 제조공정 설명서" % comp, "%s 원가계산 명세(입찰 제출 자료)" % comp, "%s 기술제안서 중 핵심 기술 상세" % comp][i % 3]
    doc = Doc(title)
    doc.p(title, align="C", bold=True, size=13)
    doc.p("제출일: %s / 제출처: %s %s" % (fd(date), ag.name, ag.dept))
    if i % 3 == 0:
        doc.lines(["1. 원료 배합비: 주원료 A %d%%, 첨가제 B %d%%, 안정제 C %.1f%%" % (rng.randint(55, 75), rng.randint(10, 25), rng.uniform(0.5, 3)),
                   "2. 공정 조건: 반응 온도 %d℃, 압력 %.1fbar, 숙성 %d시간" % (rng.randint(120, 260), rng.uniform(1.5, 8), rng.randint(6, 48)),
                   "3. 수율 향상 기법: 자체 개발 촉매 재생 공정(특허 출원 중)", "4. 협력사 및 원료 조달처 목록"])
    elif i % 3 == 1:
        rows = [["항목", "단가(원)", "수량", "금액(원)"]]
        for it in ["주자재", "부자재", "직접노무비", "간접노무비", "기계경비", "일반관리비", "이윤"]:
            u = rng.randint(1000, 900000)
            q = rng.randint(1, 500)
            rows.append([it, won(u), str(q), won(u * q)])
        doc.table(rows, kind="data")
    else:
        doc.lines(["1. 영상 분석 알고리즘 구조: 객체 검출 모델 경량화 기법(자체 개발)", "2. 학습 데이터 확보 방법과 라벨링 기준", "3. 성능 지표: 야간 검출률 %d%%, 오탐률 %.1f%%" % (rng.randint(88, 97), rng.uniform(0.5, 4)),
                   "4. 소스코드 보호 방안 및 기술 이전 조건"])
    doc.p("※ 본 자료는 당사의 영업비밀로서 제출 목적 외 사용 및 제3자 제공을 금합니다." if rng.random() < 0.6 else "")
    return out(doc, "non_public", "none", [OIDA[7]], "업체제출자료", "content_only", "body", "", flags=["trade_secret"], hf=(ag.name, ag.dept))


INFORMAL = ["[내부용]", "[대내용]", "내부 검토용", "취급주의", "외부 배포 금지", "※ 내부 검토용 - 외부 유출 금지", "[취급주의]", "대외 배포 금지(내부용)"]


def t_np_informal(rng, i, fmt):
    ag = Agency(rng, kind=["central", "metro", "soe", "inst", "local", "edu", "fire", "police"][i % 8])
    date = rdate(rng, 2012, 2025)
    lab = INFORMAL[i % len(INFORMAL)]
    topic = ["하반기 조직 진단 중간 결과", "주요 사업 우선순위 조정(안)", "예산 삭감 대응 시나리오", "언론 보도 대응 방향(초안)",
             "산하기관 경영평가 대비 취약 지표 분석", "신규 정책 발표 일정 조율(안)", "현장 대응 체계 개선 검토", "민원 급증 원인 분석 및 대응"][i % 8]
    doc = Doc(topic)
    doc._dept = ag.dept
    doc.p(topic, align="C", bold=True, size=14)
    doc.p("%s %s" % (fd(date), ag.dept), align="R")
    doc.p("")
    banks = [
        ["민원 부서의 1인당 처리 건수가 기관 평균보다 30% 이상 많음", "사업 종료 부서 2곳은 통합 또는 축소 대상으로 분류함",
         "정원 조정 규모는 중간 결과이며 최종 보고서에서 달라질 수 있음", "직원 면담 내용은 익명으로 정리하여 별도 보관함"],
        ["올해 신규 사업 5건 가운데 2건은 내년으로 미루는 방안을 검토함", "국비 매칭 사업은 우선순위를 유지하되 자체 사업은 재조정함",
         "조정안은 기관장 보고 후 확정할 예정임", "관계 부서에는 확정 전까지 개별 통보하지 않음"],
        ["예산 삭감 폭에 따라 최소ㆍ중간ㆍ최대 3가지 시나리오를 상정함", "최대 삭감 시 시설 유지보수 사업을 1년 유예하는 방안이 유력함",
         "의회 예산 심사 대응 논리는 별도로 정리 중임", "시나리오별 영향 분석은 재정 부서와 협의가 끝나지 않았음"],
        ["보도 내용 가운데 사실과 다른 부분은 해명 자료로 대응함", "추가 취재 요청에는 대변인실로 창구를 단일화함",
         "해명 자료 초안은 법무 검토를 거쳐 확정할 예정임", "현장 직원에게는 개별 인터뷰에 응하지 않도록 안내함"],
        ["경영평가 지표 가운데 안전 관리와 고객 만족 지표가 취약함", "취약 지표별 개선 과제와 담당 부서를 지정함",
         "평가단 현장 실사에 대비한 예상 질의 답변을 준비 중임", "전년도 지적 사항의 이행률은 70% 수준임"],
        ["정책 발표 시점은 관계 부처 일정과 국회 상임위 일정을 고려하여 조정 중임", "발표 전 지자체 설명회 개최 여부는 미정임",
         "발표 자료의 수치는 통계 확정 후 수정될 수 있음", "사전 유출 시 시장 혼란이 우려됨"],
        ["야간 출동 시 초기 대응 인력이 부족한 지역을 분석함", "인접 관서와의 공동 대응 구역 조정안을 마련함",
         "장비 보강 소요는 내년 예산 요구에 반영할 예정임", "현장 의견 수렴 결과는 익명으로 정리하였음"],
        ["최근 3개월 민원이 전년 같은 기간보다 크게 늘어난 원인을 분석함", "제도 변경 안내가 부족했던 점이 주요 원인으로 파악됨",
         "민원 응대 인력 임시 증원과 안내문 개선을 검토함", "분석 결과는 부서장 회의 보고 후 보완할 예정임"],
    ]
    for s in banks[i % 8]:
        doc.p("○ " + s)
    if rng.random() < 0.5:
        doc.p("○ " + rng.choice(["현재 검토 중인 사안으로 관계 부서 의견을 반영하여 수정될 수 있음", "외부 기관과 협의가 끝나지 않은 사항이 포함되어 있음"]))
    where = ["first_line", "page_header", "last_line", "textbox", "page_footer", "first_line", "header_cell", "last_line"][i % 8]
    if fmt == "text" and where in ("page_header", "textbox", "header_cell"):
        where = "first_line"
    if fmt == "text" and where == "page_footer":
        where = "last_line"
    if where == "header_cell":
        doc.blocks.insert(0, ("table", [["구분", lab, "작성", ag.dept]], None, "stamp", "L"))
        loc = "header_cell"
    else:
        loc = apply_marking(doc, lab, where, fmt)
    return out(doc, "non_public", "none", [OIDA[5]], "검토보고", "informal_internal_marking", loc, lab, flags=["informal_marking"],
               hf=(ag.name, ag.dept))


def t_np_union(rng, i, fmt):
    ag = Agency(rng, kind=["local", "soe"][i % 2])
    date = rdate(rng, 2012, 2025)
    title = "%d년 %d월 노동조합 조합비 급여 공제 명단" % (date[0], date[1])
    doc = Doc(title)
    doc.p(title, align="C", bold=True, size=13)
    doc.p("%s %s" % (ag.name, rng.choice(["인사팀", "총무과", "급여 담당"])), align="R")
    rows = [["연번", "소속", "성명", "조합", "공제액(원)"]]
    for k in range(rng.randint(8, 12)):
        rows.append([str(k + 1), rng.choice(ag.depts), person(rng), rng.choice(["%s 공무원노동조합" % ag.name, "%s 노동조합 지부" % ag.name]),
                     won(rng.choice([15000, 18000, 21000, 25000]))])
    doc.table(rows, kind="data")
    return out(doc, "non_public", "none", [OIDA[6], PIPA23], "명단", "content_only", "table", "", flags=["union_membership", "roster_only"],
               hf=(ag.name, title))


LONG_NP = dict(
    title="{y}년 조직 진단 및 정원 재배치 검토 결과",
    secs=[("Ⅰ. 진단 개요", ["행정 수요 변화에 맞추어 부서별 업무량과 인력 배치의 적정성을 진단하였다.",
                           "진단은 업무량 측정, 직원 설문, 부서장 면담을 병행하였다.",
                           "진단 결과는 정원 조정과 직제 개편의 기초 자료로 활용한다."]),
          ("Ⅱ. 부서별 진단 결과", ["민원 부서는 업무량 대비 인력이 부족하여 초과근무가 많다.",
                                "일부 사업 부서는 사업 종료로 업무량이 크게 줄었다.",
                                "유사 기능이 여러 부서에 흩어져 있어 협업 비용이 발생한다.",
                                "현장 부서는 휴직자 대체 인력이 확보되지 않아 업무 공백이 잦다."]),
          ("Ⅲ. 조정 방안(검토안)", ["사업 종료 부서 인력을 민원 부서로 재배치한다.",
                                 "유사 기능 부서 통합으로 과 단위 조직 2개를 줄이는 방안을 검토한다.",
                                 "통합 대상 부서 직원의 의견을 듣고 인사 원칙을 마련한다."])],
    table=("부서별 적정 인력 산정(검토)", ["부서", "구분", "현원", "적정 인원", "과부족"],
           [("민원여권과", "증원"), ("건축과", "유지"), ("복지정책과", "증원"), ("지역경제과", "감원"), ("문화관광과", "감원"), ("청소행정과", "유지")]))


def t_np_long(rng, i, fmt):
    ag = Agency(rng, kind=["local", "metro", "inst"][i % 3])
    date = rdate(rng, 2014, 2025)
    ctx = dict(y=date[0], ny=date[0] + 1, org=ag.name, depts=ag.depts)
    title = fill(LONG_NP["title"], ctx)
    doc = Doc(title)
    doc.p(title, align="C", bold=True, size=15)
    doc.p("%s %s" % (ag.name, ag.dept), align="R")
    long_body(doc, rng, LONG_NP, ctx, pages_target=2 + i % 3)
    doc.p("Ⅳ. 향후 절차", bold=True)
    doc.p("  ○ 노동조합 및 직원 의견 수렴 → 조례 개정안 마련 → 의회 제출(일정 미확정)")
    doc.p("")
    field = field_nonpublic([5], rng, style=[1, 2, 0][i % 3])
    doc.p(sender_line(ag, rng), align="C", bold=True)
    lines_, cue = gyeolmun(rng, ag, date, field, style=rng.choice([0, 1, 3]))
    doc.lines(lines_)
    return out(doc, "non_public", "none", [OIDA[5]], "보고서", "disclosure_field", "gyeolmun_end_of_long", cue, flags=["long"],
               stated=stated_from_field(field), hf=(ag.name, title))


def t_np_ocr(rng, i, fmt):
    kind, agn, title, lines = NP5_TOPICS[(i * 2 + 1) % len(NP5_TOPICS)]
    ag = Agency(rng, name=agn, kind=None if agn else kind)
    date = rdate(rng, 2005, 2015)
    ctx = topic_ctx(rng, date)
    doc = Doc(title)
    dumun(doc, ag, "관계 부서장", title, via=False)
    doc.lines([fill(x, ctx) for x in lines])
    doc.p("끝.")
    doc.p(sender_line(ag, rng), align="C")
    noisy_field = ["비공개(제９조 제１항 제５호)", "비 공개(5)", "비공개 (9조1항5호 )", "비공개(법 제9조①5)", "비공개（５）"][i % 5]
    lines_, cue = gyeolmun(rng, ag, date, "@@FIELD@@", style=[0, 2, 0][i % 3])
    doc.lines(lines_)
    plain = doc.plain(with_hf=False)
    text = ocr_doc_text(plain, rng, level=0.8, protect=("@@FIELD@@",)).replace("@@FIELD@@", noisy_field)
    return out(doc, "non_public", "none", [OIDA[5]], "공문", "disclosure_field", "gyeolmun", noisy_field, flags=["ocr_noise"],
               stated={"disclosure": "non_public", "items": [5], "field": noisy_field}, text=text)


def t_np_checkbox(rng, i, fmt):
    ag = Agency(rng, kind=["metro", "soe", "local"][i % 3])
    date = rdate(rng, 2012, 2025)
    subj = ["공기업 경영 효율화 과제 사전 검토", "하반기 인사 운영 방향(안)", "공모사업 내부 심사 결과"][i % 3]
    box = ["□공개 □부분공개 ■비공개(제5호)", "□ 공개  □ 부분공개  ■ 비공개 (근거: 법 제9조 제1항 제5호)", "[ ]공개 [ ]부분공개 [■]비공개(5)"][i % 3]
    doc = Doc(subj)
    doc.p(subj, align="C", bold=True, size=14)
    doc.table([["생산 부서", "%s %s" % (ag.name, ag.dept)], ["공개 여부", box], ["작성일", fd(date)]], kind="form")
    doc.p("")
    doc.lines(["1. 검토 배경: 상급 기관 지침에 따라 관련 과제의 추진 방향과 쟁점을 사전에 검토함", "2. 주요 검토 내용: 대안별 장단점, 예상 반발, 추진 일정",
               "3. 결론: 최종 의사결정 전 추가 검토가 필요하며, 확정 전까지 내부 자료로 관리"])
    return out(doc, "non_public", "none", [OIDA[5]], "보고서", "checkbox", "header_cell" if fmt != "text" else "form_line", box,
               stated={"disclosure": "non_public", "items": [5], "field": box}, hf=(ag.name, ag.dept))


# ---------------------------------------------------------------------------------------------
# HWPX (OWPML) writer
# ---------------------------------------------------------------------------------------------

NS2011 = dict(ha="http://www.hancom.co.kr/hwpml/2011/app", hp="http://www.hancom.co.kr/hwpml/2011/paragraph",
              hp10="http://www.hancom.co.kr/hwpml/2016/paragraph", hs="http://www.hancom.co.kr/hwpml/2011/section",
              hc="http://www.hancom.co.kr/hwpml/2011/core", hh="http://www.hancom.co.kr/hwpml/2011/head",
              hv="http://www.hancom.co.kr/hwpml/2011/version")
NS2024 = dict(ha="http://www.hancom.co.kr/hwpml/2011/app", hp="http://www.owpml.org/owpml/2024/paragraph",
              hp10="http://www.hancom.co.kr/hwpml/2016/paragraph", hs="http://www.owpml.org/owpml/2024/section",
              hc="http://www.owpml.org/owpml/2024/core", hh="http://www.owpml.org/owpml/2024/head",
              hv="http://www.owpml.org/owpml/2024/version")
TEXT_W = 42520  # A4 width 59528 - 2 * 8504 (HWPUNIT)
ZIP_DATE = (2026, 1, 5, 9, 0, 0)


def x(s):
    return xml_escape(s, {'"': "&quot;"})


COMPAT_NS = [("hhs", "http://www.hancom.co.kr/hwpml/2011/history"), ("hm", "http://www.hancom.co.kr/hwpml/2011/master-page"),
             ("hpf", "http://www.hancom.co.kr/schema/2011/hpf"), ("dc", "http://purl.org/dc/elements/1.1/"),
             ("opf", "http://www.idpf.org/2007/opf/"), ("ooxmlchart", "http://www.hancom.co.kr/hwpml/2016/ooxmlchart"),
             ("hwpunitchar", "http://www.hancom.co.kr/hwpml/2016/HwpUnitChar"), ("epub", "http://www.idpf.org/2007/ops"),
             ("config", "urn:oasis:names:tc:opendocument:xmlns:config:1.0")]


def ns_decl(ns):
    """The broad namespace surface Hancom Office writes on HWPML part roots."""
    pairs = [(k, ns[k]) for k in ("ha", "hp", "hp10", "hs", "hc", "hh")] + COMPAT_NS
    return " ".join('xmlns:%s="%s"' % kv for kv in pairs)


def hwpx_header_xml(ns):
    langs = ["HANGUL", "LATIN", "HANJA", "JAPANESE", "OTHER", "SYMBOL", "USER"]
    ff = "".join('<hh:fontface lang="%s" fontCnt="2"><hh:font id="0" face="함초롬바탕" type="TTF" isEmbedded="0"/>'
                 '<hh:font id="1" face="함초롬돋움" type="TTF" isEmbedded="0"/></hh:fontface>' % l for l in langs)

    def bfill(i, typ, color="#000000", width="0.12 mm"):
        sides = "".join('<hh:%s type="%s" width="%s" color="%s"/>' % (s, typ, width, color)
                        for s in ("leftBorder", "rightBorder", "topBorder", "bottomBorder"))
        return ('<hh:borderFill id="%d" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0">'
                '<hh:slash type="NONE" Crooked="0" isCounter="0"/><hh:backSlash type="NONE" Crooked="0" isCounter="0"/>%s'
                '<hh:diagonal type="SOLID" width="0.1 mm" color="#000000"/></hh:borderFill>' % (i, sides))
    bfs = bfill(1, "NONE") + bfill(2, "NONE") + bfill(3, "SOLID") + bfill(4, "DOUBLE_SLIM", "#C00000", "0.5 mm")

    def cpr(i, height, bold=False, face=0, color="#000000"):
        langs7 = 'hangul="%d" latin="%d" hanja="%d" japanese="%d" other="%d" symbol="%d" user="%d"' % ((face,) * 7)
        same = lambda v: 'hangul="{0}" latin="{0}" hanja="{0}" japanese="{0}" other="{0}" symbol="{0}" user="{0}"'.format(v)
        return ('<hh:charPr id="%d" height="%d" textColor="%s" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="2">'
                '<hh:fontRef %s/><hh:ratio %s/><hh:spacing %s/><hh:relSz %s/><hh:offset %s/>%s'
                '<hh:underline type="NONE" shape="SOLID" color="#000000"/><hh:strikeout shape="NONE" color="#000000"/>'
                '<hh:outline type="NONE"/><hh:shadow type="NONE" color="#B2B2B2" offsetX="10" offsetY="10"/></hh:charPr>'
                % (i, height, color, langs7, same(100), same(0), same(100), same(0), "<hh:bold/>" if bold else ""))
    cps = cpr(0, 1000) + cpr(1, 1000, True, 1) + cpr(2, 1500, True, 1) + cpr(3, 900, False, 1) + cpr(4, 1300, True, 1, "#C00000")

    def ppr(i, align):
        return ('<hh:paraPr id="%d" tabPrIDRef="0" condense="0" fontLineHeight="0" snapToGrid="1" suppressLineNumbers="0" checked="0">'
                '<hh:align horizontal="%s" vertical="BASELINE"/><hh:heading type="NONE" idRef="0" level="0"/>'
                '<hh:breakSetting breakLatinWord="KEEP_WORD" breakNonLatinWord="KEEP_WORD" widowOrphan="0" keepWithNext="0" keepLines="0" pageBreakBefore="0" lineWrap="BREAK"/>'
                '<hh:autoSpacing eAsianEng="0" eAsianNum="0"/>'
                '<hh:margin><hc:intent value="0" unit="HWPUNIT"/><hc:left value="0" unit="HWPUNIT"/><hc:right value="0" unit="HWPUNIT"/>'
                '<hc:prev value="0" unit="HWPUNIT"/><hc:next value="0" unit="HWPUNIT"/></hh:margin>'
                '<hh:lineSpacing type="PERCENT" value="160" unit="HWPUNIT"/>'
                '<hh:border borderFillIDRef="2" offsetLeft="0" offsetRight="0" offsetTop="0" offsetBottom="0" connect="0" ignoreMargin="0"/></hh:paraPr>'
                % (i, align))
    pps = ppr(0, "JUSTIFY") + ppr(1, "CENTER") + ppr(2, "RIGHT") + ppr(3, "LEFT")
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
            '<hh:head %s version="1.4" secCnt="1">'
            '<hh:beginNum page="1" footnote="1" endnote="1" pic="1" tbl="1" equation="1"/>'
            '<hh:refList><hh:fontfaces itemCnt="7">%s</hh:fontfaces><hh:borderFills itemCnt="4">%s</hh:borderFills>'
            '<hh:charProperties itemCnt="5">%s</hh:charProperties>'
            '<hh:tabProperties itemCnt="1"><hh:tabPr id="0" autoTabLeft="0" autoTabRight="0"/></hh:tabProperties>'
            '<hh:paraProperties itemCnt="4">%s</hh:paraProperties>'
            '<hh:styles itemCnt="1"><hh:style id="0" type="PARA" name="바탕글" engName="Normal" paraPrIDRef="0" charPrIDRef="0" nextStyleIDRef="0" langID="1042" lockForm="0"/></hh:styles>'
            '</hh:refList><hh:compatibleDocument targetProgram="HWP201X"><hh:layoutCompatibility/></hh:compatibleDocument>'
            '<hh:docOption><hh:linkinfo path="" pageInherit="0" footnoteInherit="0"/></hh:docOption>'
            '</hh:head>' % (ns_decl(ns), ff, bfs, cps, pps))


class HwpxSection:
    def __init__(self):
        self.pid = 0
        self.oid = 1000000
        self.z = 0

    def para(self, runs_xml, align=0, page_break=False):
        self.pid += 1
        return ('<hp:p id="%d" paraPrIDRef="%d" styleIDRef="0" pageBreak="%d" columnBreak="0" merged="0">%s</hp:p>'
                % (self.pid, align, 1 if page_break else 0, runs_xml))

    @staticmethod
    def run(text, cpr=0):
        return '<hp:run charPrIDRef="%d"><hp:t>%s</hp:t></hp:run>' % (cpr, x(text))

    @staticmethod
    def sublist(inner, valign="TOP", w=0, h=0):
        return ('<hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="%s" linkListIDRef="0" linkListNextIDRef="0" '
                'textWidth="%d" textHeight="%d" hasTextRef="0" hasNumRef="0">%s</hp:subList>' % (valign, w, h, inner))

    def table(self, rows, widths):
        self.oid += 1
        self.z += 1
        nr, nc = len(rows), len(rows[0])
        if widths:
            cw = [int(TEXT_W * w) for w in widths]
        else:
            lens = [max(4, min(30, max(len(r[j]) for r in rows))) for j in range(nc)]
            cw = [int(TEXT_W * l / sum(lens)) for l in lens]
        rh = 1800
        trs = []
        for ri, r in enumerate(rows):
            tcs = []
            for ci, cell in enumerate(r):
                paras = "".join(self.para(self.run(line, 1 if (ri == 0 and nr > 1) else 0), 1 if len(cell) < 14 else 3)
                                for line in (cell.split("\n") or [""]))
                tcs.append('<hp:tc name="" header="%d" hasMargin="0" protect="0" editable="0" dirty="0" borderFillIDRef="3">%s'
                           '<hp:cellAddr colAddr="%d" rowAddr="%d"/><hp:cellSpan colSpan="1" rowSpan="1"/>'
                           '<hp:cellSz width="%d" height="%d"/><hp:cellMargin left="510" right="510" top="141" bottom="141"/></hp:tc>'
                           % (1 if ri == 0 else 0, self.sublist(paras, "CENTER"), ci, ri, cw[ci], rh))
            trs.append("<hp:tr>%s</hp:tr>" % "".join(tcs))
        tbl = ('<hp:tbl id="%d" zOrder="%d" numberingType="TABLE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" lock="0" '
               'dropcapstyle="None" pageBreak="CELL" repeatHeader="1" rowCnt="%d" colCnt="%d" cellSpacing="0" borderFillIDRef="3" noAdjust="0">'
               '<hp:sz width="%d" widthRelTo="ABSOLUTE" height="%d" heightRelTo="ABSOLUTE" protect="0"/>'
               '<hp:pos treatAsChar="0" affectLSpacing="0" flowWithText="1" allowOverlap="0" holdAnchorAndSO="0" vertRelTo="PARA" '
               'horzRelTo="COLUMN" vertAlign="TOP" horzAlign="LEFT" vertOffset="0" horzOffset="0"/>'
               '<hp:outMargin left="283" right="283" top="283" bottom="283"/><hp:inMargin left="510" right="510" top="141" bottom="141"/>'
               '%s</hp:tbl>' % (self.oid, self.z, nr, nc, sum(cw), rh * nr, "".join(trs)))
        return self.para('<hp:run charPrIDRef="0">%s<hp:t/></hp:run>' % tbl)

    def textbox(self, text, align="R"):
        self.oid += 1
        self.z += 1
        w = 1500 + 1300 * len(text)
        h = 3000
        horz = {"R": TEXT_W + 8504 - w, "C": (59528 - w) // 2, "L": 8504}[align]
        box = ('<hp:rect id="%d" zOrder="%d" numberingType="PICTURE" textWrap="IN_FRONT_OF_TEXT" textFlow="BOTH_SIDES" lock="0" '
               'dropcapstyle="None" href="" groupLevel="0" instid="%d" ratio="0">'
               '<hp:offset x="0" y="0"/><hp:orgSz width="%d" height="%d"/><hp:curSz width="%d" height="%d"/>'
               '<hp:flip horizontal="0" vertical="0"/><hp:rotationInfo angle="0" centerX="%d" centerY="%d" rotateimage="1"/>'
               '<hp:renderingInfo><hp:transMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/>'
               '<hp:scaMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/><hp:rotMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/></hp:renderingInfo>'
               '<hp:lineShape color="#C00000" width="56" style="SOLID" endCap="FLAT" headStyle="NORMAL" tailStyle="NORMAL" headfill="1" '
               'tailfill="1" headSz="MEDIUM_MEDIUM" tailSz="MEDIUM_MEDIUM" outlineStyle="NORMAL" alpha="0"/>'
               '<hp:fillBrush><hc:winBrush faceColor="#FFFFFF" hatchColor="#000000" alpha="0"/></hp:fillBrush>'
               '<hp:shadow type="NONE" color="#B2B2B2" offsetX="0" offsetY="0" alpha="0"/>'
               '<hp:drawText lastWidth="%d" name="" editable="0">%s<hp:textMargin left="283" right="283" top="283" bottom="283"/></hp:drawText>'
               '<hp:pt0 x="0" y="0"/><hp:pt1 x="%d" y="0"/><hp:pt2 x="%d" y="%d"/><hp:pt3 x="0" y="%d"/>'
               '<hp:sz width="%d" widthRelTo="ABSOLUTE" height="%d" heightRelTo="ABSOLUTE" protect="0"/>'
               '<hp:pos treatAsChar="0" affectLSpacing="0" flowWithText="1" allowOverlap="1" holdAnchorAndSO="0" vertRelTo="PAPER" '
               'horzRelTo="PAPER" vertAlign="TOP" horzAlign="LEFT" vertOffset="2600" horzOffset="%d"/>'
               '<hp:outMargin left="0" right="0" top="0" bottom="0"/><hp:shapeComment>사각형입니다.</hp:shapeComment></hp:rect>'
               % (self.oid, self.z, self.oid + 7, w, h, w, h, w // 2, h // 2, w,
                  self.sublist(self.para(self.run(text, 4), 1), "CENTER"), w, w, h, h, w, h, horz))
        return self.para('<hp:run charPrIDRef="0">%s<hp:t/></hp:run>' % box)

    def header_footer(self, kind, text, ident):
        inner = self.run(text, 4 if is_stamp_like(text) else 3)
        if kind == "footer":
            inner = ('<hp:run charPrIDRef="3"><hp:t>%s  - </hp:t><hp:ctrl><hp:autoNum num="1" numType="PAGE">'
                     '<hp:autoNumFormat type="DIGIT" userChar="" prefixChar="" suffixChar="" supscript="0"/></hp:autoNum></hp:ctrl>'
                     '<hp:t> -</hp:t></hp:run>' % x(text))
        sub = self.sublist(self.para(inner, 1), "TOP" if kind == "header" else "BOTTOM", TEXT_W, 4252)
        return '<hp:ctrl><hp:%s id="%d" applyPageType="BOTH">%s</hp:%s></hp:ctrl>' % (kind, ident, sub, kind)


def is_stamp_like(t):
    return any(k in t for k in ("대외비", "대 외 비", "비밀", "비 밀", "내부용", "대내용", "취급주의", "배포 금지"))


def hwpx_section_xml(doc, ns):
    S = HwpxSection()
    sec_pr = ('<hp:secPr id="" textDirection="HORIZONTAL" spaceColumns="1134" tabStop="8000" tabStopVal="4000" tabStopUnit="HWPUNIT" '
              'outlineShapeIDRef="1" memoShapeIDRef="0" textVerticalWidthHead="0" masterPageCnt="0">'
              '<hp:grid lineGrid="0" charGrid="0" wonggojiFormat="0"/><hp:startNum pageStartsOn="BOTH" page="0" pic="0" tbl="0" equation="0"/>'
              '<hp:visibility hideFirstHeader="0" hideFirstFooter="0" hideFirstMasterPage="0" border="SHOW_ALL" fill="SHOW_ALL" '
              'hideFirstPageNum="0" hideFirstEmptyLine="0" showLineNumber="0"/>'
              '<hp:lineNumberShape restartType="0" countBy="0" distance="0" startNumber="0"/>'
              '<hp:pagePr landscape="WIDELY" width="59528" height="84186" gutterType="LEFT_ONLY">'
              '<hp:margin header="4252" footer="4252" gutter="0" left="8504" right="8504" top="5668" bottom="4252"/></hp:pagePr>'
              '</hp:secPr>')
    first = ('<hp:run charPrIDRef="0">%s<hp:ctrl><hp:colPr id="" type="NEWSPAPER" layout="LEFT" colCount="1" sameSz="1" sameGap="0"/></hp:ctrl></hp:run>'
             '<hp:run charPrIDRef="0">%s%s</hp:run>'
             % (sec_pr, S.header_footer("header", doc.header or "", 1), S.header_footer("footer", doc.footer or "", 2)))
    body = [S.para(first)]
    pending_break = False
    for b in doc.blocks:
        if b[0] == "br":
            pending_break = True
            continue
        if b[0] == "p":
            _, text, align, bold, size = b
            cpr = 2 if (bold and size >= 13) else (1 if bold else 0)
            if is_stamp_like(text) and bold and len(text) < 30:
                cpr = 4
            xmlp = S.para(S.run(text, cpr) if text else '<hp:run charPrIDRef="0"/>', {"L": 0, "C": 1, "R": 2}[align], pending_break)
        elif b[0] == "table":
            xmlp = S.table(b[1], b[2])
            if pending_break:
                xmlp = xmlp.replace('pageBreak="0"', 'pageBreak="1"', 1)
        elif b[0] == "box":
            xmlp = S.textbox(b[1], b[2])
        else:
            raise ValueError(b)
        pending_break = False
        body.append(xmlp)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hs:sec %s>%s</hs:sec>' % (ns_decl(ns), "".join(body)))


def hwpx_bytes(doc, title, ns):
    files = []
    files.append(("mimetype", b"application/hwp+zip", zipfile.ZIP_STORED))
    files.append(("version.xml", ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hv:HCFVersion xmlns:hv="%s" '
                                  'tagetApplication="WORDPROCESSOR" major="5" minor="1" micro="0" buildNumber="1" os="1" '
                                  'xmlVersion="1.4" application="sens_t make_set.py" appVersion="1.0"/>' % ns["hv"]).encode("utf-8"),
                  zipfile.ZIP_STORED))
    files.append(("Contents/header.xml", hwpx_header_xml(ns).encode("utf-8"), zipfile.ZIP_DEFLATED))
    files.append(("Contents/section0.xml", hwpx_section_xml(doc, ns).encode("utf-8"), zipfile.ZIP_DEFLATED))
    files.append(("settings.xml", ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><ha:HWPApplicationSetting '
                                   'xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0">'
                                   '<ha:CaretPosition listIDRef="0" paraIDRef="0" pos="0"/></ha:HWPApplicationSetting>').encode("utf-8"),
                  zipfile.ZIP_DEFLATED))
    prv = doc.plain(with_hf=False)[:1024]
    files.append(("Preview/PrvText.txt", prv.encode("utf-8"), zipfile.ZIP_DEFLATED))
    files.append(("META-INF/container.xml", ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><ocf:container '
                                             'xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:container" '
                                             'xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf"><ocf:rootfiles>'
                                             '<ocf:rootfile full-path="Contents/content.hpf" media-type="application/hwpml-package+xml"/>'
                                             '<ocf:rootfile full-path="Preview/PrvText.txt" media-type="text/plain"/>'
                                             '<ocf:rootfile full-path="META-INF/container.rdf" media-type="application/rdf+xml"/>'
                                             '</ocf:rootfiles></ocf:container>').encode("utf-8"), zipfile.ZIP_DEFLATED))
    files.append(("META-INF/manifest.xml", ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
                                            '<odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>').encode("utf-8"),
                  zipfile.ZIP_DEFLATED))
    files.append(("META-INF/container.rdf", ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
                                             '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
                                             '<rdf:Description rdf:about=""><ns0:hasPart xmlns:ns0="http://www.hancom.co.kr/hwpml/2016/meta/pkg#" rdf:resource="Contents/header.xml"/></rdf:Description>'
                                             '<rdf:Description rdf:about="Contents/header.xml"><rdf:type rdf:resource="http://www.hancom.co.kr/hwpml/2016/meta/pkg#HeaderFile"/></rdf:Description>'
                                             '<rdf:Description rdf:about=""><ns0:hasPart xmlns:ns0="http://www.hancom.co.kr/hwpml/2016/meta/pkg#" rdf:resource="Contents/section0.xml"/></rdf:Description>'
                                             '<rdf:Description rdf:about="Contents/section0.xml"><rdf:type rdf:resource="http://www.hancom.co.kr/hwpml/2016/meta/pkg#SectionFile"/></rdf:Description>'
                                             '<rdf:Description rdf:about=""><rdf:type rdf:resource="http://www.hancom.co.kr/hwpml/2016/meta/pkg#Document"/></rdf:Description>'
                                             '</rdf:RDF>').encode("utf-8"), zipfile.ZIP_DEFLATED))
    files.append(("Contents/content.hpf", ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><opf:package %s '
                                           'version="" unique-identifier="" id="">'
                                           '<opf:metadata><opf:title>%s</opf:title><opf:language>ko</opf:language>'
                                           '<opf:meta name="creator" content="text"></opf:meta><opf:meta name="subject" content="text"></opf:meta>'
                                           '<opf:meta name="CreatedDate" content="text">2026-01-05T09:00:00Z</opf:meta></opf:metadata>'
                                           '<opf:manifest><opf:item id="header" href="Contents/header.xml" media-type="application/xml"/>'
                                           '<opf:item id="section0" href="Contents/section0.xml" media-type="application/xml"/>'
                                           '<opf:item id="settings" href="settings.xml" media-type="application/xml"/>'
                                           '<opf:item id="version" href="version.xml" media-type="application/xml"/></opf:manifest>'
                                           '<opf:spine><opf:itemref idref="header" linear="yes"/><opf:itemref idref="section0" linear="yes"/></opf:spine>'
                                           '</opf:package>' % (ns_decl(ns), x(title))).encode("utf-8"), zipfile.ZIP_DEFLATED))
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for name, data, comp in files:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            zi.compress_type = comp
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data)
    return bio.getvalue()


def hwpx_body_text(path):
    """Body-only text (what a reader that ignores page headers/footers sees): tables and text boxes included."""
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("Contents/section0.xml"))
    skip = set()
    for e in root.iter():
        if e.tag.endswith("}header") or e.tag.endswith("}footer"):
            skip.update(id(d) for d in e.iter())
    parts = []
    for e in root.iter():
        if e.tag.endswith("}t") and id(e) not in skip:
            parts.append(e.text or "")
    return "\n".join(parts)


def hwpx_extract_text(path):
    """Text of every hp:t in section order (body, header, footer, tables, text boxes)."""
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("Contents/section0.xml"))
    paras = []
    for p in root.iter():
        if not p.tag.endswith("}p"):
            continue
        parts = []
        for run in p:
            if not run.tag.endswith("}run"):
                continue
            for t in run:
                if t.tag.endswith("}t"):
                    parts.append(t.text or "")
        paras.append("".join(parts))
    return "\n".join(paras)


# ---------------------------------------------------------------------------------------------
# PDF writer (reportlab, Korean CID fonts)
# ---------------------------------------------------------------------------------------------

PDF_MAP = {"·": "ㆍ", "‐": "－", "–": "－", "—": "－", "…": "...", "☑": "■", "☐": "□", "¸": ",", "¨": "'", "\u00a0": " "}


def pdf_sanitize(s):
    for a, b in PDF_MAP.items():
        s = s.replace(a, b)
    return s


_RL = {}


def rl():
    if not _RL:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, PageBreak, Spacer, Flowable
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib.pagesizes import A4
        from reportlab.lib import colors
        from reportlab.lib.enums import TA_LEFT, TA_CENTER, TA_RIGHT, TA_JUSTIFY
        pdfmetrics.registerFont(UnicodeCIDFont("HYSMyeongJo-Medium"))
        pdfmetrics.registerFont(UnicodeCIDFont("HYGothic-Medium"))
        _RL.update(locals())
    return _RL


def pdf_bytes(doc, title, serif=True):
    L = rl()
    A4 = L["A4"]
    body_font = "HYSMyeongJo-Medium" if serif else "HYGothic-Medium"
    bold_font = "HYGothic-Medium"
    al = {"L": L["TA_LEFT"], "C": L["TA_CENTER"], "R": L["TA_RIGHT"]}
    styles = {}

    def st(align, bold, size):
        k = (align, bold, size)
        if k not in styles:
            fs = 10.5 if size <= 10 else size
            styles[k] = L["ParagraphStyle"]("s%d" % len(styles), fontName=bold_font if bold else body_font, fontSize=fs,
                                            leading=fs * 1.55, alignment=al[align])
        return styles[k]
    cell_st = L["ParagraphStyle"]("cell", fontName=body_font, fontSize=9, leading=12.5, wordWrap="CJK")
    cell_hd = L["ParagraphStyle"]("cellh", fontName=bold_font, fontSize=9, leading=12.5, wordWrap="CJK", alignment=L["TA_CENTER"])

    def para_text(t):
        t = pdf_sanitize(t)
        lead = len(t) - len(t.lstrip(" "))
        return "&nbsp;" * lead + x(t.lstrip(" "))

    class Stamp(L["Flowable"]):
        def __init__(self, text, align):
            L["Flowable"].__init__(self)
            self.text = pdf_sanitize(text)
            self.align = align
            from reportlab.pdfbase.pdfmetrics import stringWidth
            self.tw = stringWidth(self.text, bold_font, 13)

        def wrap(self, aw, ah):
            self.aw = aw
            return aw, 30

        def draw(self):
            c = self.canv
            w = self.tw + 20
            x0 = {"R": self.aw - w, "C": (self.aw - w) / 2, "L": 0}[self.align]
            c.saveState()
            c.setStrokeColorRGB(0.75, 0, 0)
            c.setFillColorRGB(0.75, 0, 0)
            c.setLineWidth(1.6)
            c.rect(x0, 2, w, 24)
            c.rect(x0 + 2.5, 4.5, w - 5, 19)
            c.setFont(bold_font, 13)
            c.drawString(x0 + 10, 9, self.text)
            c.restoreState()

    story = []
    avail = A4[0] - 2 * 56
    for b in doc.blocks:
        if b[0] == "p":
            _, text, align, bold, size = b
            if not text.strip():
                story.append(L["Spacer"](1, 6))
            else:
                story.append(L["Paragraph"](para_text(text), st(align, bold, size)))
        elif b[0] == "table":
            rows, widths, kind = b[1], b[2], b[3]
            nc = len(rows[0])
            if widths:
                cw = [avail * w for w in widths]
            else:
                lens = [max(4, min(28, max(len(r[j]) for r in rows))) for j in range(nc)]
                cw = [avail * l / sum(lens) for l in lens]
            data = []
            for ri, r in enumerate(rows):
                data.append([L["Paragraph"]("<br/>".join(para_text(ln) for ln in c.split("\n")),
                                            cell_hd if (ri == 0 and len(rows) > 1 and kind == "data") else cell_st) for c in r])
            ts = [("GRID", (0, 0), (-1, -1), 0.6, L["colors"].black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                  ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
            if kind == "data" and len(rows) > 1:
                ts.append(("BACKGROUND", (0, 0), (-1, 0), L["colors"].Color(0.9, 0.9, 0.9)))
            t = L["Table"](data, colWidths=cw, style=L["TableStyle"](ts), repeatRows=1 if kind == "data" else 0)
            story.append(t)
            story.append(L["Spacer"](1, 6))
        elif b[0] == "box":
            story.append(Stamp(b[1], b[2]))
        elif b[0] == "br":
            story.append(L["PageBreak"]())
    header = pdf_sanitize(doc.header or "")
    footer = pdf_sanitize(doc.footer or "")

    def on_page(c, d):
        c.saveState()
        W, H = A4
        if header:
            if is_stamp_like(header):
                c.setFillColorRGB(0.75, 0, 0)
                c.setFont(bold_font, 12)
            else:
                c.setFont(bold_font, 8.5)
            c.drawCentredString(W / 2, H - 40, header)
            c.setFillColorRGB(0, 0, 0)
            c.setLineWidth(0.4)
            c.line(56, H - 47, W - 56, H - 47)
        c.setLineWidth(0.4)
        c.line(56, 48, W - 56, 48)
        if footer:
            if is_stamp_like(footer):
                c.setFillColorRGB(0.75, 0, 0)
                c.setFont(bold_font, 12)
            else:
                c.setFont(bold_font, 8.5)
            c.drawCentredString(W / 2, 34, footer)
            c.setFillColorRGB(0, 0, 0)
        c.setFont(body_font, 8.5)
        c.drawRightString(W - 56, 22, "- %d -" % d.page)
        c.restoreState()
    bio = io.BytesIO()
    sd = L["SimpleDocTemplate"](bio, pagesize=A4, invariant=1, leftMargin=56, rightMargin=56, topMargin=68, bottomMargin=62,
                                title=pdf_sanitize(title), author="", subject="", creator="sens_t make_set.py", producer="ReportLab")
    sd.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return bio.getvalue()


def pdftotext(path):
    r = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=True)
    return r.stdout.decode("utf-8")


# ---------------------------------------------------------------------------------------------
# plan
# ---------------------------------------------------------------------------------------------

def _secret(level):
    return lambda rng, i, fmt: t_np_secret(rng, i, fmt, level)


# (template, function, count, format pattern: t = inline text, h = HWPX, p = PDF)
PLAN = [
    ("pub_gongmun_field", t_pub_gongmun, 16, "tthp"),
    ("pub_press_release", t_pub_press, 10, "thpt"),
    ("pub_notice", t_pub_notice, 8, "tph"),
    ("pub_checkbox", t_pub_checkbox, 5, "htp"),
    ("pub_minutes", t_pub_minutes, 4, "thpt"),
    ("pub_long_report", t_pub_long, 5, "ph"),
    ("pub_ocr", t_pub_ocr, 4, "t"),
    ("pub_school_letter", t_pub_school_letter, 3, "thp"),
    ("pub_contract_result", t_pub_contract_result, 3, "tpt"),
    ("pub_stat_table", t_pub_budget_table, 5, "hthpt"),
    ("pub_old_style", t_pub_old_style, 4, "ttpt"),
    ("pub_court_notice", t_pub_court_notice, 2, "tp"),
    ("pub_approval_table", t_pub_approval, 3, "hht"),
    ("pub_email", t_pub_email, 3, "t"),
    ("mo_security_guide", t_mo_security_guide, 3, "thp"),
    ("mo_foi_guide", t_mo_foi_guide, 3, "thp"),
    ("mo_password", t_mo_password, 2, "t"),
    ("mo_civil_grade", t_mo_grade, 3, "tht"),
    ("mo_roman_numbering", t_mo_roman, 2, "pt"),
    ("mo_placeholder_form", t_mo_placeholder, 2, "th"),
    ("mo_declassification", t_mo_declass, 1, "t"),
    ("mo_cover_letter_secret", t_mo_cover, 2, "th"),
    ("mo_audit_summary", t_mo_audit_summary, 1, "p"),
    ("mo_informal_label_guide", t_mo_label_guide, 1, "t"),
    ("part_gongmun_field6", t_part_gongmun6, 16, "tthp"),
    ("part_attachment_withheld", t_part_attach_roster, 6, "thp"),
    ("part_multi_item_field", t_part_multi, 6, "thptph"),
    ("part_trade_secret_portion", t_part_trade, 4, "tp"),
    ("part_unmasked_id_list", t_part_rrn_list, 8, "tthp"),
    ("part_mislabeled_public", t_part_mislabeled, 5, "thpth"),
    ("part_checkbox", t_part_checkbox, 5, "thtph"),
    ("part_art9_citation", t_part_art9, 6, "tpthpt"),
    ("part_ocr", t_part_ocr, 5, "ttptt"),
    ("part_header_footer", t_part_hf, 5, "hp"),
    ("part_long_report", t_part_long, 5, "ph"),
    ("part_masked_rrn", t_part_masked, 4, "thpt"),
    ("part_approval_table", t_part_approval, 4, "hpht"),
    ("part_old_style", t_part_old, 3, "tpt"),
    ("np_daeoebi", t_np_daeoebi, 16, "thp"),
    ("np_secret_III", _secret("III급"), 12, "thp"),
    ("np_secret_II", _secret("II급"), 7, "htp"),
    ("np_secret_I", _secret("I급"), 4, "pthp"),
    ("np_field5_internal", t_np_field5, 7, "thp"),
    ("np_field4_investigation", t_np_field4, 4, "thtp"),
    ("np_roster", t_np_roster, 5, "thtph"),
    ("np_discipline", t_np_discipline, 4, "thtp"),
    ("np_health_leave", t_np_health, 3, "thp"),
    ("np_investigation_request", t_np_invest_request, 3, "tph"),
    ("np_internal_review", t_np_review, 4, "thtp"),
    ("np_exam_material", t_np_exam, 4, "thtp"),
    ("np_trade_secret", t_np_trade, 3, "thp"),
    ("np_informal_marking", t_np_informal, 8, "thphptht"),
    ("np_union_dues", t_np_union, 2, "th"),
    ("np_long_report", t_np_long, 3, "php"),
    ("np_ocr", t_np_ocr, 3, "t"),
    ("np_checkbox", t_np_checkbox, 3, "thp"),
]
FMT = {"t": "text", "h": "hwpx", "p": "pdf"}


def build_all():
    recs = []
    for name, fn, count, pat in PLAN:
        seen = {"text": 0, "hwpx": 0, "pdf": 0}
        for i in range(count):
            fmt = FMT[pat[i % len(pat)]]
            CUR["fi"] = seen[fmt]
            seen[fmt] += 1
            CUR["sep"] = R(name, "%d|sep" % i).choice([" | ", " | ", "\t", "  "]) if fmt == "text" else " | "
            res = fn(R(name, i), i, fmt)
            res.update(template=name, variant=i, format=fmt)
            doc = res["doc"]
            if fmt != "text":
                hf = res.get("hf") or ("", "")
                if doc.header is None:
                    doc.header = hf[0]
                if doc.footer is None:
                    doc.footer = hf[1]
                res["ns2024"] = fmt == "hwpx" and R(name, "%d|ns" % i).random() < 0.1
                res["serif"] = R(name, "%d|font" % i).random() < 0.7
            recs.append(res)
    order = list(range(len(recs)))
    R("order", 0).shuffle(order)
    out_recs = [recs[k] for k in order]
    for n, r in enumerate(out_recs):
        r["id"] = "%s_%04d" % (SET, n + 1)
    return out_recs


# ---------------------------------------------------------------------------------------------
# label checks
# ---------------------------------------------------------------------------------------------

DASH = "-‐‑‒–—－"
RRN_RE = re.compile(r"(?<![0-9])([0-9]{2})([0-9]{2})([0-9]{2})\s*[%s]\s*([1-8])([0-9]{6})(?![0-9])" % DASH)
PASS_RE = re.compile(r"(?<![A-Za-z0-9])[MSRGD](?:[0-9]{8}|[0-9]{3}[A-Z][0-9]{4})(?![0-9])")
DL_RE = re.compile(r"(?<![0-9])[0-9]{2}[%s][0-9]{2}[%s][0-9]{6}[%s][0-9]{2}(?![0-9])" % (DASH, DASH, DASH))
MASKED_RRN_RE = re.compile(r"(?<![0-9])[0-9]{6}\s*[%s]\s*[1-8](?:\*{6}|●{6}|X{6}|○{6})" % DASH)


def unmasked_ids(text):
    t = unicodedata.normalize("NFKC", text)
    found = []
    for m in RRN_RE.finditer(t):
        mm, dd = int(m.group(2)), int(m.group(3))
        if 1 <= mm <= 12 and 1 <= dd <= 31:
            found.append(("rrn_or_frn", m.group(0)))
    found += [("passport", m.group(0)) for m in PASS_RE.finditer(t)]
    found += [("driver_licence", m.group(0)) for m in DL_RE.finditer(t)]
    return found


def squash(s):
    return re.sub(r"\s+", "", s)


def check_labels(r, fulltext, errors):
    rid = r["id"]

    def err(msg):
        errors.append("%s (%s): %s" % (rid, r["template"], msg))
    if r["disclosure"] not in DISCLOSURES:
        err("bad disclosure")
    if r["marking"] not in MARKINGS:
        err("bad marking")
    if r["reasons"] != sort_reasons(r["reasons"]) or any(x_ not in REASON_ORDER for x_ in r["reasons"]):
        err("reasons not canonical")
    if (r["disclosure"] == "public") != (len(r["reasons"]) == 0):
        err("public <=> no reasons violated")
    secret = r["marking"] in ("III급", "II급", "I급")
    if secret and not (r["disclosure"] == "non_public" and OIDA[1] in r["reasons"] and len(r["reasons"]) >= 2):
        err("secret marking needs non_public + OIDA-9-1-1 + content reason")
    if OIDA[1] in r["reasons"] and not secret:
        err("OIDA-9-1-1 without 비밀 marking")
    if r["marking"] == "대외비" and (r["disclosure"] != "non_public" or OIDA[1] in r["reasons"]):
        err("대외비 must be non_public without OIDA-9-1-1")
    ids = unmasked_ids(fulltext)
    if bool(ids) != (PIPA24 in r["reasons"]):
        err("PIPA-24 <=> unmasked national id violated: %s" % ids[:3])
    p23flags = {"pipa23_health", "criminal_conviction", "union_membership"}
    if bool(p23flags & set(r["flags"])) != (PIPA23 in r["reasons"]):
        err("PIPA-23 <=> health/crime/union flag violated")
    if "masked_rrn_only" in r["flags"] and not MASKED_RRN_RE.search(unicodedata.normalize("NFKC", fulltext)):
        err("masked RRN expected")
    if "mention_only" in r["flags"] and (r["disclosure"] != "public" or r["marking"] != "none"):
        err("mention-only must be public/none")
    st = r.get("stated")
    if "t_mislabeled" in r["flags"]:
        if not (st and st["disclosure"] == "public" and r["disclosure"] == "partial" and r["reasons"] == [OIDA[6], PIPA24]):
            err("mislabeled record malformed")
    elif st:
        if st["disclosure"] != r["disclosure"]:
            err("stated field disagrees with gold: %s" % st)
        if st["items"]:
            gold_items = sorted(int(x_.rsplit("-", 1)[1]) for x_ in r["reasons"] if x_.startswith("OIDA") and x_ != OIDA[1])
            if sorted(st["items"]) != gold_items:
                err("stated items %s != gold %s" % (st["items"], gold_items))
    if r["cue_text"] and squash(r["cue_text"]) not in squash(fulltext):
        err("cue text %r not found in document text" % r["cue_text"])
    if r["marking"] != "none" and not r["cue_text"]:
        err("marking without cue text")


# ---------------------------------------------------------------------------------------------
# writing and validation
# ---------------------------------------------------------------------------------------------

def write_all(outdir):
    files_dir = os.path.join(outdir, "files")
    if os.path.isdir(files_dir):
        shutil.rmtree(files_dir)
    os.makedirs(files_dir)
    recs = build_all()
    lines, metas = [], []
    for r in recs:
        doc = r["doc"]
        cue_text = r["cue_text"] or ""
        rec = {"id": r["id"]}
        if r["format"] == "text":
            text = r["text"] if r.get("text") is not None else doc.plain(with_hf=True)
            rec["text"] = text
        elif r["format"] == "hwpx":
            rel = "files/%s.hwpx" % r["id"]
            with open(os.path.join(outdir, rel), "wb") as f:
                f.write(hwpx_bytes(doc, doc.title, NS2024 if r["ns2024"] else NS2011))
            rec["file"] = rel
        else:
            rel = "files/%s.pdf" % r["id"]
            with open(os.path.join(outdir, rel), "wb") as f:
                f.write(pdf_bytes(doc, doc.title, serif=r["serif"]))
            rec["file"] = rel
            cue_text = pdf_sanitize(cue_text)
        r["cue_text"] = cue_text
        rec.update(disclosure=r["disclosure"], marking=r["marking"], reasons=r["reasons"], genre=r["genre"])
        lines.append(json.dumps(rec, ensure_ascii=False))
        flags = list(r["flags"])
        if r["format"] == "hwpx" and r["ns2024"]:
            flags.append("ns_owpml2024")
        if any(b[0] == "table" for b in doc.blocks):
            flags.append("has_table")
        if any(b[0] == "box" for b in doc.blocks):
            flags.append("has_textbox")
        r["flags_out"] = flags
        meta = {"id": r["id"], "template": r["template"], "variant": r["variant"], "format": r["format"], "cue": r["cue"],
                "cue_location": r["cue_location"], "cue_text": cue_text, "flags": flags,
                "stated_field": (r["stated"] or {}).get("field"), "title": doc.title}
        if r["format"] == "pdf" and meta["stated_field"]:
            meta["stated_field"] = pdf_sanitize(meta["stated_field"])
        if r.get("yegomun"):
            meta["yegomun"] = pdf_sanitize(r["yegomun"]) if r["format"] == "pdf" else r["yegomun"]
        metas.append(json.dumps(meta, ensure_ascii=False))
    with open(os.path.join(outdir, SET + ".jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(outdir, SET + ".meta.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(metas) + "\n")
    return recs


REQUIRED_HWPX = ["mimetype", "version.xml", "Contents/header.xml", "Contents/section0.xml", "Contents/content.hpf",
                 "META-INF/container.xml", "META-INF/manifest.xml", "META-INF/container.rdf", "settings.xml", "Preview/PrvText.txt"]


def validate(outdir, recs):
    errors = []
    stats = {"pdf_pages": [], "hwpx_ok": 0, "pdf_ok": 0}
    by_id = {r["id"]: r for r in recs}
    # 1. JSONL parses and matches the in-memory records
    with open(os.path.join(outdir, SET + ".jsonl"), encoding="utf-8") as f:
        rows = [json.loads(ln) for ln in f]
    with open(os.path.join(outdir, SET + ".meta.jsonl"), encoding="utf-8") as f:
        metas = [json.loads(ln) for ln in f]
    if [m["id"] for m in metas] != [r["id"] for r in rows]:
        errors.append("meta ids do not line up with records")
    if len({r["id"] for r in rows}) != len(rows):
        errors.append("duplicate ids")
    for row, meta in zip(rows, metas):
        keys = set(row)
        if keys not in ({"id", "text", "disclosure", "marking", "reasons", "genre"}, {"id", "file", "disclosure", "marking", "reasons", "genre"}):
            errors.append("%s: bad keys %s" % (row["id"], sorted(keys)))
        r = by_id[row["id"]]
        r["flags"] = meta["flags"]
        if "text" in row:
            full = row["text"]
        elif row["file"].endswith(".hwpx"):
            path = os.path.join(outdir, row["file"])
            try:
                with zipfile.ZipFile(path) as z:
                    infos = z.infolist()
                    names = [zi.filename for zi in infos]
                    if names[0] != "mimetype" or infos[0].compress_type != zipfile.ZIP_STORED or z.read("mimetype") != b"application/hwp+zip":
                        errors.append("%s: mimetype must be first and stored" % row["id"])
                    for req in REQUIRED_HWPX:
                        if req not in names:
                            errors.append("%s: missing %s" % (row["id"], req))
                    if z.testzip() is not None:
                        errors.append("%s: zip CRC error" % row["id"])
                    roots = {}
                    for n in names:
                        if n.endswith((".xml", ".hpf", ".rdf")):
                            roots[n] = ET.fromstring(z.read(n))
                    sec = roots["Contents/section0.xml"]
                    local = [e.tag.split("}")[1] for e in sec.iter()]
                    for need in ("header", "footer", "secPr"):
                        if need not in local:
                            errors.append("%s: section lacks hp:%s" % (row["id"], need))
                    nt = sum(1 for b in r["doc"].blocks if b[0] == "table")
                    nb = sum(1 for b in r["doc"].blocks if b[0] == "box")
                    if local.count("tbl") != nt:
                        errors.append("%s: %d hp:tbl for %d tables" % (row["id"], local.count("tbl"), nt))
                    if local.count("rect") != nb or local.count("drawText") != nb:
                        errors.append("%s: text boxes not written as hp:rect/hp:drawText" % row["id"])
                    hpf = ET.tostring(roots["Contents/content.hpf"], encoding="unicode")
                    if "Contents/section0.xml" not in hpf or "Contents/header.xml" not in hpf:
                        errors.append("%s: content.hpf manifest incomplete" % row["id"])
                    if "Contents/content.hpf" not in ET.tostring(roots["META-INF/container.xml"], encoding="unicode"):
                        errors.append("%s: container.xml does not point at content.hpf" % row["id"])
                full = hwpx_extract_text(path)
                if not r.get("ns2024") and meta["cue_text"] and squash(meta["cue_text"]) not in squash(hwpx_body_text(path)):
                    stats["hwpx_cue_only_in_hf"] = stats.get("hwpx_cue_only_in_hf", 0) + 1
                    if meta["cue_location"] not in ("page_header", "page_footer"):
                        errors.append("%s: cue missing from body text but not a header/footer cue" % row["id"])
                hd, ft = r["doc"].header or "", r["doc"].footer or ""
                if not hd.strip() or not ft.strip():
                    errors.append("%s: HWPX without header or footer text" % row["id"])
                if squash(hd) not in squash(full) or squash(ft) not in squash(full):
                    errors.append("%s: header/footer text missing from section" % row["id"])
                stats["hwpx_ok"] += 1
            except Exception as e:  # noqa
                errors.append("%s: HWPX unreadable: %r" % (row["id"], e))
                full = ""
        else:
            path = os.path.join(outdir, row["file"])
            full = pdftotext(path)
            pages = [p_ for p_ in full.split("\f") if p_.strip()]
            stats["pdf_pages"].append(len(pages))
            hd, ft = pdf_sanitize(r["doc"].header or ""), pdf_sanitize(r["doc"].footer or "")
            if not hd.strip() or not ft.strip():
                errors.append("%s: PDF without header or footer text" % row["id"])
            for k, pg in enumerate(pages):
                if (hd and squash(hd) not in squash(pg)) or (ft and squash(ft) not in squash(pg)) or ("-%d-" % (k + 1)) not in squash(pg):
                    errors.append("%s: page %d lacks header/footer/page number" % (row["id"], k + 1))
            if "long" in meta["flags"] and len(pages) < 2:
                errors.append("%s: long document has %d page(s)" % (row["id"], len(pages)))
            src = pdf_sanitize(r["doc"].plain(with_hf=True, sep=" "))
            missing = sorted(set(squash(src)) - set(squash(full)))
            if missing:
                errors.append("%s: characters lost in PDF text layer: %s" % (row["id"], "".join(missing)))
            meta["pages"] = len(pages)
            stats["pdf_ok"] += 1
        r["fulltext"] = full
        check_labels(dict(r, reasons=row["reasons"], disclosure=row["disclosure"], marking=row["marking"],
                          cue_text=meta["cue_text"]), full, errors)
        if "long" in meta["flags"] and row.get("file", "").endswith(".pdf") is False and "text" in row:
            errors.append("%s: long documents are files" % row["id"])
    return errors, stats


def counts(recs, key):
    c = {}
    for r in recs:
        v = key(r)
        for vv in (v if isinstance(v, list) else [v]):
            c[vv] = c.get(vv, 0) + 1
    return c


def md_table(header, rows):
    out_l = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for r in rows:
        out_l.append("| " + " | ".join(str(c) for c in r) + " |")
    return "\n".join(out_l)


def uniq(xs):
    seen = []
    for v in xs:
        if v and v.strip() and v not in seen:
            seen.append(v)
    return sorted(seen)


def readme_text(recs, stats):
    n = len(recs)
    disc = counts(recs, lambda r: r["disclosure"])
    mark = counts(recs, lambda r: r["marking"])
    fmt = counts(recs, lambda r: r["format"])
    reasons = counts(recs, lambda r: r["reasons"])
    cues = counts(recs, lambda r: r["cue"])
    locs = counts(recs, lambda r: r["cue_location"])
    genres = counts(recs, lambda r: r["genre"])
    flags = counts(recs, lambda r: r["flags_out"])
    cross = []
    for d in DISCLOSURES:
        cross.append([d] + [sum(1 for r in recs if r["disclosure"] == d and r["format"] == f) for f in ("text", "hwpx", "pdf")] + [disc.get(d, 0)])
    tmpl_rows = []
    for name, fn, count, pat in PLAN:
        rs = [r for r in recs if r["template"] == name]
        labs = sorted({"%s/%s/%s" % (r["disclosure"], r["marking"], ",".join(r["reasons"]) or "-") for r in rs})
        fm = counts(rs, lambda r: r["format"])
        tmpl_rows.append([name, count, " ".join("%s:%d" % (k, fm[k]) for k in ("text", "hwpx", "pdf") if k in fm), "; ".join(labs)])
    pages = stats["pdf_pages"]
    page_hist = counts([{"p": p_} for p_ in pages], lambda r: r["p"])
    txt = """# sens_t — independent evaluation set for Korean document sensitivity

`sens_t` is an evaluation set for a classifier that decides, for a Korean public-sector document, the
정보공개법 disclosure decision (`public` / `partial` / `non_public`), the classification marking the
document itself carries (`none` / `대외비` / `III급` / `II급` / `I급`) and the legal reasons. It was written
independently of any classifier code and of any other evaluation set (see **Independence**). Every text,
name, number and address is synthetic and comes from `make_set.py`.

## Files

| file | content |
|---|---|
| `make_set.py` | Generator and validator. `python make_set.py` (needs `reportlab` and the `pdftotext` binary) rewrites everything below, re-reads it, validates it, and re-runs itself in a temporary folder with a different `PYTHONHASHSEED` to confirm byte-identical output. |
| `sens_t.jsonl` | %(n)d records, one per line: `{"id", "text" or "file", "disclosure", "marking", "reasons", "genre"}`. `file` is a path relative to this folder. |
| `sens_t.meta.jsonl` | One line per record (same order): `template`, `variant`, `format`, `cue` (kind of evidence), `cue_location`, `cue_text` (the exact string as it appears in the document / PDF text layer), `flags`, `stated_field` (the printed 공개구분 value, if any), `title`, and `yegomun` for classified documents. |
| `files/*.hwpx` | %(nh)d OWPML packages. |
| `files/*.pdf` | %(np)d PDFs. |
| `MD5SUMS` | `md5sum` of every file in this folder except itself; written last. Check with `md5sum -c MD5SUMS`. |

Record format follows the *Sensitivity set* section of `/work/shared/pii-dev/README.md`, with two additions
requested for this set: a `genre` field and, for file documents, `file` instead of `text`. `reasons` is
sorted in the order OIDA-9-1-1 … OIDA-9-1-8, PIPA-23, PIPA-24.

## Composition

%(n)d documents.

%(cross)s

| marking | documents |
|---|---|
%(mark)s

| reason | documents |
|---|---|
%(reasons)s

| kind of evidence (`cue`) | documents |
|---|---|
%(cues)s

| cue location | documents |
|---|---|
%(locs)s

| genre | documents |
|---|---|
%(genres)s

Selected flags: %(flags)s.

PDF page counts: %(pages)s.

### Templates

Each template is a family of documents written for this set, with its own wording and several subject variants;
names, agencies, dates, numbers, field spellings, stamp spellings, table separators and cue placement vary by
seed. Agencies cover 중앙부처, 광역/기초 지자체, 교육청 and schools, 경찰, 소방, 공기업, 법원 and other 공공기관.

%(tmpl)s

### What the documents contain

- **결문 공개구분** after the 시행/접수 line, in the forms of the 행정업무규정 시행규칙 기안문 서식
  (`… / 전자우편 / 부분공개(6)`, `공개구분  비공개(5)`, `공개 구분 : …`). Printed values occurring in the set (in 결문,
  결재란, headers/footers and last lines; OCR-noisy ones included): %(fields)s.
- **결재란 tables** (내부결재 문서) with a `공개여부` cell; **old-style header tables** (문서번호/시행일자/공개여부, 1990s–2004).
- **Page headers and footers** (HWPX `hp:header`/`hp:footer` controls; PDF drawn on every page) carrying 공개구분,
  대외비 or 비밀 stamps; every HWPX and PDF has a header and a footer (agency / title / page number otherwise).
- **Stamps in text boxes** (HWPX `hp:rect` + `hp:drawText`; PDF boxed red stamp) and in **header cells** (`보안등급 | 대외비`).
- **First / last lines** with stamps or informal markings; classified documents with 예고문 and 사본번호.
  Marking stamps occurring in the set: %(stamps)s.
- **붙임 lines and sentences about withheld attachments or parts** (`붙임 … 명단 1부.(개인정보 포함, 비공개)`,
  `… 제9조 제1항 제7호에 따라 해당 부분은 공개하지 않음`).
- **제9조 citations** as the cue of a document: %(cites)s; further citations inside fields (`비공개(법 제9조①5)`,
  `비공개 (9조1항5호)`) and sentences (`「공공기관의 정보공개에 관한 법률」 제9조 제1항 제5호ㆍ제6호에 따라`,
  `9조 1항 5호 및 6호에 해당하여`).
- **Informal internal markings** `[내부용]`, `[대내용]`, `내부 검토용`, `취급주의`, `[취급주의]`, `외부 배포 금지`,
  `대외 배포 금지(내부용)`, `※ 내부 검토용 - 외부 유출 금지` — these are *not* classifications: marking `none`, and
  the label follows the content (internal review → `non_public`, OIDA-9-1-5).
- **Checkbox forms** (`■공개 □부분공개 □비공개`, `□ 공개  ■ 부분공개(제6호)  □ 비공개`, `[ ]공개 [ ]부분공개 [■]비공개(5)`, `☑/☐` in text and HWPX).
- **OCR noise** (flag `ocr_noise`): full-width digits, `‐`/`－`/`–` hyphens, spaces inside words, dropped spaces,
  stray marks, applied to the whole text and to the cue (`부분공개（６）`, `부 분공개 (６)`, `비공개(제９조 제１항 제５호)`, `공 개`).
- **Long documents** (flag `long`, 2–4 PDF pages / equivalent HWPX) whose only explicit cue is the 결문 at the very end.
- **Content-only documents** with no stated field: citizen rosters, 징계의결서, 질병휴직/병가/공무상 요양, 수사의뢰서,
  internal reviews, exam questions and interview sheets, company trade secrets, union-dues lists.
- **Mention-only documents** (flag `mention_only`, all `public`/`none`): 대외비/비밀 handling guides, a 정보공개 guide quoting
  `부분공개(6)` and `비공개(제9조 제1항 제5호)`, password notices (`비밀번호`), 인사발령 with `부이사관(3급)`/`관리관(1급)`,
  reports numbered `Ⅲ. 추진 계획`, 홍길동 / `000000-0000000` example forms, a declassification notice, cover letters saying the
  attachment is `3급 비밀`/`Ⅲ급비밀` and is sent separately, a public security-audit summary, and a guide telling staff not
  to use `[내부용]`-style labels.
- **Printed field and content disagree** (flag `t_mislabeled`, %(mis)d documents): `공개` is printed but the document lists
  unmasked 주민등록번호 (and accounts) or passport numbers; the gold label follows the content: `partial`, `[OIDA-9-1-6, PIPA-24]`.

## Label rules applied

Taken from the *Sensitivity set* section of `/work/shared/pii-dev/README.md`:

- `marking` is the classification the document itself carries (대외비 or Ⅰ/Ⅱ/Ⅲ급 비밀 stamps in any spelling). Mention-only
  documents have `marking = none`. Informal labels (`[내부용]`, `취급주의`, …) are not markings.
- `public` ⇔ no reasons. Officials named in their official capacity (보도자료 담당자, 결재란, 기안자) do not make a document
  non-public (제9조 제1항 제6호 라목).
- `partial`: disclosable after personal or business data (or an identifiable part under review) is removed.
- `non_public`: the sensitive part is the document itself — classified documents, 대외비, internal reviews, rosters consisting
  only of personal data, disciplinary and health records, investigation material, exam material, trade-secret submissions.
- OIDA-9-1-1 only for Ⅰ/Ⅱ/Ⅲ급 비밀, always with a content reason (-2, or -3 for facility protection). Never for 대외비, which
  carries only its content reasons (-3/-4/-5/-6/-8, PIPA-23).
- OIDA-9-1-6 when private individuals (or officials in a non-official capacity: discipline, health, personal mobile numbers)
  are identifiable. PIPA-24 only when an **unmasked** 주민등록번호 / 외국인등록번호 / 여권번호 / 운전면허번호 appears; masked
  `850312-1******` gives -6 only. PIPA-23 for health data, criminal convictions (음주운전·폭행 벌금형) and union membership.
- Every 보호기간 and 예고문 in the set runs to the end of 2026 or later, so each marking is in force as the documents are given.
- When a printed field and the content agree, gold = printed field (disclosure, and the 제9조 item numbers = the OIDA reasons).
  When they disagree (the `t_mislabeled` documents), gold follows the content.

## Validation performed by `make_set.py`

- Both JSONL files parse; ids are unique and the meta file lines up with the records; record keys are exactly the allowed sets.
- Label rules above are asserted for every record: public ⇔ no reasons; 비밀 ⇒ non_public + OIDA-9-1-1 + a content reason;
  OIDA-9-1-1 ⇒ 비밀; 대외비 ⇒ non_public without OIDA-9-1-1; **PIPA-24 ⇔ an unmasked RRN/FRN (valid date), passport or driver
  licence number is present in the document text as extracted from the file**; PIPA-23 ⇔ a health/crime/union flag;
  mention-only ⇒ public/none; printed field ⇒ same disclosure and same item numbers (except `t_mislabeled`).
- The `cue_text` of every record is found (whitespace-insensitive) in the text as a reader gets it: the inline text, the
  text of all `hp:t` runs of `Contents/section0.xml` (body, header, footer, tables, text boxes), or `pdftotext` output.
- HWPX: `mimetype` is the first entry, stored, `application/hwp+zip`; `version.xml` stored; all required parts present;
  every XML part parses; the section has `secPr`, `header` and `footer` controls, one `hp:tbl` per table and one
  `hp:rect`/`hp:drawText` per text box; `content.hpf` lists header and section; `container.xml` points to `content.hpf`;
  zip CRCs pass. %(hwpx_ok)d/%(nh)d checked.
- PDF: `pdftotext` extracts text; every page carries the header, the footer and its page number; no character of the
  document is lost in the text layer; long documents have ≥2 pages. %(pdf_ok)d/%(np)d checked.
- Determinism: the generator re-runs itself into a temporary folder with a different `PYTHONHASHSEED` and compares every
  output byte for byte. All seeds are strings `sens_t-2026|<template>|<variant>` (plus `…|<variant>|sep`, `|ns`, `|font`
  for the table separator, HWPX namespace and PDF body font, and `sens_t-2026|order|0` for the record order).
- No classifier was run.
- External cross-check, run once by hand (not part of `make_set.py`, so the set does not depend on it): the public PyPI
  package `python-hwpx` 6.9.0, installed in the author's venv, reports no package errors for the %(n11)d HWPX files that use
  the Hancom 2011 namespaces (it flags the %(ns24)d `ns_owpml2024` files as lacking the Hancom namespaces, as expected for a
  2011-only reader); its body-text export (`doc.text.plain()`) contains the cue of every 2011-namespace file except the
  %(hfonly)d whose cue sits only in a page header/footer (the same %(hfonly)d that `make_set.py` finds with its own body-only
  extraction) — a reminder that body-only extraction misses those cues.

## Format notes

- HWPX packages follow the OWPML container described in KS X 6101 (openhwp/openhwp `docs/hwpx/`): `mimetype`, `version.xml`,
  `Contents/header.xml` (fonts, border fills, char/para properties, styles), `Contents/section0.xml`, `Contents/content.hpf`,
  `settings.xml`, `Preview/PrvText.txt` (first 1,024 characters of body text; no header/footer), `META-INF/container.xml`,
  `manifest.xml`, `container.rdf`. Most use the Hancom 2011 namespaces (`http://www.hancom.co.kr/hwpml/2011/...`) that
  Hancom Office writes; %(ns24)d use the KS X 6101:2024 namespaces (`http://www.owpml.org/owpml/2024/...`, flag `ns_owpml2024`).
  Page headers/footers are `hp:ctrl/hp:header|hp:footer` with a `hp:autoNum` page number, tables are `hp:tbl`, stamps are
  `hp:rect` text boxes. Files were checked structurally, not opened in Hancom Office.
- PDFs use reportlab (`invariant=1`) with the CID fonts HYSMyeongJo-Medium / HYGothic-Medium (not embedded; poppler
  maps them). Characters outside KS X 1001 are replaced for PDFs (`·`→`ㆍ`, `‐`→`－`, `☑`→`■`); `cue_text` in the meta file
  is given in the replaced form.
- Inline texts flatten tables with ` | `, a tab or two spaces; page headers/footers of a text document appear as its first/last line.

## Caveats

- Synthetic and template-based; the templates were written to be varied, but a model fitted to them will look better here
  than on real archives. Use it to find failure modes per `cue_location` / `template`, not as an accuracy estimate.
- Names are random surname + syllable combinations; RRNs (pre-2020 check digit), FRNs and business numbers are random and
  may coincide with real numbers by chance. Institutional addresses and switchboard prefixes are real-looking.
- Labels encode one reading of 정보공개법 and 개인정보 보호법 as set out in the pii-dev README; they are not legal advice.

## Independence

I (the author of this set) read only: `/work/shared/pii-dev/README.md` (no other file in `/work/shared`); public reference
pages through the search tool — 정보공개법 제9조 제1항 (pipc.go.kr and institutional 비공개 세부기준 pages), 보안업무규정 and
보안업무 시행세칙 texts (wikisource, agency pages), 행정업무 운영 규정 시행규칙 기안문 구성 (두문/본문/결문) pages, 개인정보 보호법
제23조·제24조 explanations, and the OWPML/HWPX documentation in the public repository `openhwp/openhwp` (`docs/hwpx/08-packaging.md`,
`06-schema-overview.md`, `09-header-schema.md`, `10-body-schema.md`, `17-compatibility.md`, `schemas/version.xsd`, `schemas/body.xsd`)
plus one search result describing Hancom's `META-INF` parts. For the external HWPX cross-check I installed the public PyPI
package `python-hwpx` into that venv and read parts of its source (its root-namespace list and package validator). I did not read, list or open anything under `/work/main`, `/work/wt`
or any other folder in `/work/evalsets` (I used only `/work/evalsets/sens_t` and the venv `/work/evalsets/venv_sens_t`); I
did not read any classifier code or any other evaluation set, and I did not run any classifier. All document text was written
for this set.
""" % dict(n=n, nh=fmt.get("hwpx", 0), np=fmt.get("pdf", 0),
           cross=md_table(["disclosure", "text", "hwpx", "pdf", "total"], cross + [["total", fmt.get("text", 0), fmt.get("hwpx", 0), fmt.get("pdf", 0), n]]),
           mark="\n".join("| %s | %d |" % (m, mark.get(m, 0)) for m in MARKINGS),
           reasons="\n".join("| %s | %d |" % (k, reasons.get(k, 0)) for k in REASON_ORDER),
           cues="\n".join("| %s | %d |" % (k, v) for k, v in sorted(cues.items(), key=lambda kv: (-kv[1], kv[0]))),
           locs="\n".join("| %s | %d |" % (k, v) for k, v in sorted(locs.items(), key=lambda kv: (-kv[1], kv[0]))),
           genres="\n".join("| %s | %d |" % (k, v) for k, v in sorted(genres.items(), key=lambda kv: (-kv[1], kv[0]))),
           flags=", ".join("`%s` %d" % (k, flags[k]) for k in sorted(flags)),
           pages=", ".join("%d page(s): %d" % (k, page_hist[k]) for k in sorted(page_hist)),
           tmpl=md_table(["template", "docs", "formats", "labels (disclosure/marking/reasons)"], tmpl_rows),
           mis=sum(1 for r in recs if "t_mislabeled" in r["flags_out"]), hwpx_ok=stats["hwpx_ok"], pdf_ok=stats["pdf_ok"],
           ns24=sum(1 for r in recs if r["format"] == "hwpx" and r.get("ns2024")),
           n11=sum(1 for r in recs if r["format"] == "hwpx" and not r.get("ns2024")),
           hfonly=stats.get("hwpx_cue_only_in_hf", 0),
           fields=", ".join("`%s`" % f_ for f_ in uniq([(r.get("stated") or {}).get("field") for r in recs if r.get("stated") and r["cue_location"] in ("gyeolmun", "gyeolmun_end_of_long", "last_line", "approval_table", "page_header", "page_footer")])),
           stamps=", ".join("`%s`" % f_ for f_ in uniq([r["cue_text"] for r in recs if r["cue"] == "marking_stamp"])),
           cites=", ".join("`%s`" % f_ for f_ in uniq([r["cue_text"] for r in recs if r["cue"] == "art9_citation"])))
    return txt


def write_md5sums(outdir):
    entries = []
    for root, dirs, files in os.walk(outdir):
        dirs.sort()
        for fn in sorted(files):
            rel = os.path.relpath(os.path.join(root, fn), outdir)
            if rel == "MD5SUMS" or "__pycache__" in rel:
                continue
            with open(os.path.join(root, fn), "rb") as f:
                entries.append((rel, hashlib.md5(f.read()).hexdigest()))
    entries.sort()
    with open(os.path.join(outdir, "MD5SUMS"), "w") as f:
        for rel, h in entries:
            f.write("%s  %s\n" % (h, rel))


def tree_digest(d):
    outm = {}
    for root, dirs, files in os.walk(d):
        for fn in files:
            rel = os.path.relpath(os.path.join(root, fn), d)
            if "__pycache__" in rel:
                continue
            with open(os.path.join(root, fn), "rb") as f:
                outm[rel] = hashlib.sha256(f.read()).hexdigest()
    return outm


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--no-determinism-check", action="store_true")
    a = ap.parse_args()
    outdir = os.path.abspath(a.out)
    os.makedirs(outdir, exist_ok=True)
    if outdir != HERE:
        shutil.copyfile(os.path.abspath(__file__), os.path.join(outdir, "make_set.py"))
    for stale in ("MD5SUMS",):
        if os.path.exists(os.path.join(outdir, stale)):
            os.remove(os.path.join(outdir, stale))
    recs = write_all(outdir)
    errors, stats = validate(outdir, recs)
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme_text(recs, stats))
    fm = counts(recs, lambda r: r["format"])
    print("records: %d  %s" % (len(recs), fm))
    print("disclosure: %s" % counts(recs, lambda r: r["disclosure"]))
    print("marking: %s" % counts(recs, lambda r: r["marking"]))
    if errors:
        print("VALIDATION FAILED (%d):" % len(errors))
        for e in errors[:80]:
            print("  " + e)
        sys.exit(1)
    print("validation: OK (%d hwpx, %d pdf checked)" % (stats["hwpx_ok"], stats["pdf_ok"]))
    if not a.no_determinism_check:
        tmp = tempfile.mkdtemp(prefix="sens_t_det_")
        try:
            env = dict(os.environ, PYTHONHASHSEED=str(int(os.environ.get("PYTHONHASHSEED", "0") or 0) + 4242))
            subprocess.run([sys.executable, os.path.abspath(__file__), "--out", tmp, "--no-determinism-check"], env=env, check=True,
                           stdout=subprocess.DEVNULL)
            write_md5sums(outdir)
            mine, theirs = tree_digest(outdir), tree_digest(tmp)
            diff = sorted(k for k in set(mine) | set(theirs) if mine.get(k) != theirs.get(k))
            if diff:
                print("DETERMINISM CHECK FAILED: %s" % diff[:20])
                sys.exit(1)
            print("determinism: OK (%d files identical under PYTHONHASHSEED=%s)" % (len(mine), env["PYTHONHASHSEED"]))
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    write_md5sums(outdir)


if __name__ == "__main__":
    main()
