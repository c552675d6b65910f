#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""sens_w: independent evaluation set for a Korean document-sensitivity classifier.

Deterministic generator.  Every random draw comes from random.Random seeded with a
string "sens_w-2026|<template>|<variant>" (string seeds are hashed with SHA-512 by
the random module, so PYTHONHASHSEED has no effect).  Writes, into the folder that
holds this script:
  sens_w.jsonl, sens_w.meta.jsonl, files/*.hwpx, files/*.pdf, README.md, MD5SUMS
and then validates everything it wrote.
Run with the venv that has reportlab:  /work/evalsets/venv_sens_w/bin/python make_set.py
"""
import hashlib
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
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape as xesc

HERE = os.path.dirname(os.path.abspath(__file__))
SETNAME = "sens_w"
SEED_PREFIX = "sens_w-2026"


def R(template, variant):
    return random.Random("%s|%s|%s" % (SEED_PREFIX, template, variant))


# ---------------------------------------------------------------------------
# pools
# ---------------------------------------------------------------------------
SURNAMES = ("김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 전 고 문 양 손 배 백 허 유 남 심 노 "
            "하 곽 성 차 주 우 구 민 진 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선우 남궁 황보 제갈").split()
GIVEN = ("민준 서연 지훈 하은 도윤 수빈 현우 지민 예린 성호 영숙 정희 미경 상철 동현 은정 재원 혜진 경수 순자 "
         "태식 보람 유진 승민 나연 진우 영호 춘자 광수 명숙 기범 다은 준서 윤아 상훈 경희 희정 종민 인숙 정민 "
         "수정 석진 한결 가람 봉수 덕희 창호 옥순 재희 성민 태윤 소영 두식 말례 용준 은비 주원 세영 건우 채원 "
         "우진 선희 영길 해진 규리 문식 복순 형준 지호 예지 범석 미란 상우 다빈 시우 연경 정훈 금자 재석").split()


def person(r):
    return r.choice(SURNAMES) + r.choice(GIVEN)


def josa(word, pair):
    """pair like "은/는": first form after a final consonant."""
    w = re.sub(r"\([^)]*\)$", "", word).rstrip()
    ch = w[-1] if w else ""
    if "가" <= ch <= "힣":
        has = (ord(ch) - 0xAC00) % 28 != 0
    else:
        has = ch in "013678LMNR"
    a, b = pair.split("/")
    return word + (a if has else b)


def masked(name):
    return name[0] + "○○" if len(name) <= 3 else name[:2] + "○○"


# name, kind, sender (발신명의), zip, address, tel prefix, web, departments
AGENCY_ROWS = [
    ("행정안전부", "중앙부처", "행정안전부장관", "30112", "세종특별자치시 정부2청사로 13 정부세종2청사", "044-205", "www.mois.go.kr",
     "지방재정정책과,정보공개정책과,디지털정부정책과,비상안전기획관실,주민과,재난안전점검과,안전개선과"),
    ("국토교통부", "중앙부처", "국토교통부장관", "30103", "세종특별자치시 도움6로 11 정부세종청사 6동", "044-201", "www.molit.go.kr",
     "토지정책과,도시정책과,철도운영과,주택정책과,공공택지기획과,건설안전과"),
    ("보건복지부", "중앙부처", "보건복지부장관", "30113", "세종특별자치시 도움4로 13 정부세종청사 10동", "044-202", "www.mohw.go.kr",
     "기초생활보장과,노인정책과,장애인정책과,질병정책과,보건의료정책과,아동복지정책과"),
    ("환경부", "중앙부처", "환경부장관", "30103", "세종특별자치시 도움6로 11 정부세종청사 6동", "044-201", "www.me.go.kr",
     "물환경정책과,대기환경정책과,자원순환정책과,화학물질정책과,수자원정책과"),
    ("산업통상자원부", "중앙부처", "산업통상자원부장관", "30118", "세종특별자치시 한누리대로 402 정부세종청사 13동", "044-203", "www.motie.go.kr",
     "산업기술보호과,반도체과,전력산업정책과,무역안보정책과,에너지안전과"),
    ("고용노동부", "중앙부처", "고용노동부장관", "30117", "세종특별자치시 한누리대로 422 정부세종청사 11동", "044-202", "www.moel.go.kr",
     "노사관계법제과,산업안전기준과,고용정책총괄과,근로감독기획과"),
    ("해양수산부", "중앙부처", "해양수산부장관", "30110", "세종특별자치시 다솜2로 94 정부세종청사 5동", "044-200", "www.mof.go.kr",
     "해운정책과,수산정책과,항만운영과,해사안전정책과"),
    ("교육부", "중앙부처", "교육부장관", "30119", "세종특별자치시 갈매로 408 정부세종청사 14동", "044-203", "www.moe.go.kr",
     "교원정책과,학교안전총괄과,대입정책과,교육복지정책과,비상안전담당관실"),
    ("농림축산식품부", "중앙부처", "농림축산식품부장관", "30110", "세종특별자치시 다솜2로 94 정부세종청사 5동", "044-201", "www.mafra.go.kr",
     "식품산업정책과,농촌정책과,방역정책과,농업정책과"),
    ("국방부", "중앙부처", "국방부장관", "04383", "서울특별시 용산구 이태원로 22", "02-748", "www.mnd.go.kr",
     "동원기획과,정보화기획과,군사시설기획과,보안정책과,대북정책과"),
    ("통일부", "중앙부처", "통일부장관", "03171", "서울특별시 종로구 세종대로 209 정부서울청사", "02-2100", "www.unikorea.go.kr",
     "정책기획과,남북회담기획과,정착지원과,정세분석총괄과"),
    ("외교부", "중앙부처", "외교부장관", "03172", "서울특별시 종로구 사직로8길 60", "02-2100", "www.mofa.go.kr",
     "북미국 북미과,재외국민보호과,여권과,국제안보과,보안담당관실"),
    ("병무청", "중앙부처", "병무청장", "35208", "대전광역시 서구 청사로 189 정부대전청사", "042-481", "www.mma.go.kr",
     "동원관리과,현역입영과,사회복무정책과,병역조사과"),
    ("조달청", "중앙부처", "조달청장", "35208", "대전광역시 서구 청사로 189 정부대전청사", "042-724", "www.pps.go.kr",
     "시설총괄과,구매총괄과,국제물자과,계약심사과"),
    ("경기도", "광역지자체", "경기도지사", "16508", "경기도 수원시 영통구 도청로 30", "031-8008", "www.gg.go.kr",
     "토지정보과,복지정책과,감사총괄담당관,비상기획담당관,도시정책과,공정국토정책과"),
    ("부산광역시", "광역지자체", "부산광역시장", "47545", "부산광역시 연제구 중앙대로 1001", "051-888", "www.busan.go.kr",
     "도시계획과,해양레저관광과,시민안전정책과,감사위원회 조사담당관,복지정책과"),
    ("대구광역시", "광역지자체", "대구광역시장", "41911", "대구광역시 중구 공평로 88", "053-803", "www.daegu.go.kr",
     "교통정책과,도시재창조국 도시계획과,기후환경정책과,재난관리과"),
    ("전라남도", "광역지자체", "전라남도지사", "58564", "전라남도 무안군 삼향읍 오룡길 1", "061-286", "www.jeonnam.go.kr",
     "해양수산과,투자유치과,농업정책과,비상안전과,인구청년정책관"),
    ("충청북도", "광역지자체", "충청북도지사", "28515", "충청북도 청주시 상당구 상당로 82", "043-220", "www.chungbuk.go.kr",
     "바이오정책과,균형건설과,노인복지과,산림녹지과"),
    ("강원특별자치도", "광역지자체", "강원특별자치도지사", "24266", "강원특별자치도 춘천시 중앙로 1", "033-249", "state.gwd.go.kr",
     "관광정책과,산림정책과,재난안전실 비상대비과,특별자치국 분권과"),
    ("제주특별자치도", "광역지자체", "제주특별자치도지사", "63122", "제주특별자치도 제주시 문연로 6", "064-710", "www.jeju.go.kr",
     "물정책과,관광정책과,기후환경과,행정자치과"),
    ("인천광역시", "광역지자체", "인천광역시장", "21554", "인천광역시 남동구 정각로 29", "032-440", "www.incheon.go.kr",
     "항만정책과,도시계획과,정보화담당관,감사관"),
    ("수원시", "기초지자체", "수원시장", "16490", "경기도 수원시 팔달구 효원로 241", "031-228", "www.suwon.go.kr",
     "생활보장과,도시재생과,세정과,교통정책과,민원여권과,청소자원과"),
    ("천안시", "기초지자체", "천안시장", "31151", "충청남도 천안시 서북구 번영로 156", "041-521", "www.cheonan.go.kr",
     "사회복지과,건축과,기업지원과,안전총괄과,회계과"),
    ("춘천시", "기초지자체", "춘천시장", "24347", "강원특별자치도 춘천시 시청길 11", "033-250", "www.chuncheon.go.kr",
     "환경정책과,관광과,건설과,복지정책과"),
    ("전주시", "기초지자체", "전주시장", "54988", "전북특별자치도 전주시 완산구 노송광장로 10", "063-281", "www.jeonju.go.kr",
     "문화정책과,생태도시과,주거복지과,총무과"),
    ("김해시", "기초지자체", "김해시장", "50981", "경상남도 김해시 김해대로 2401", "055-330", "www.gimhae.go.kr",
     "도시계획과,일자리정책과,노인장애인과,감사관"),
    ("서울특별시 마포구", "기초지자체", "서울특별시 마포구청장", "03937", "서울특별시 마포구 월드컵로 212", "02-3153", "www.mapo.go.kr",
     "복지정책과,주택과,일자리경제과,감사담당관,청소행정과"),
    ("대전광역시 유성구", "기초지자체", "대전광역시 유성구청장", "34133", "대전광역시 유성구 대학로 211", "042-611", "www.yuseong.go.kr",
     "교육도시과,건축과,세무과,사회복지과"),
    ("홍성군", "기초지자체", "홍성군수", "32244", "충청남도 홍성군 홍성읍 아문길 27", "041-630", "www.hongseong.go.kr",
     "농업정책과,환경과,행정지원과,주민복지과"),
    ("영주시", "기초지자체", "영주시장", "36133", "경상북도 영주시 시청로 1", "054-639", "www.yeongju.go.kr",
     "문화예술과,건설과,농업정책과,자치행정과"),
    ("정선군", "기초지자체", "정선군수", "26132", "강원특별자치도 정선군 정선읍 녹송1길 28", "033-560", "www.jeongseon.go.kr",
     "관광문화과,산림과,주민생활지원과,기획감사실"),
    ("남원시", "기초지자체", "남원시장", "55745", "전북특별자치도 남원시 시청로 60", "063-620", "www.namwon.go.kr",
     "관광과,농업기술센터 기술보급과,사회복지과,민원과"),
    ("경기도교육청", "교육청", "경기도교육감", "16444", "경기도 수원시 영통구 도청로 20", "031-820", "www.goe.go.kr",
     "중등교육과,학교생활교육과,교원인사과,감사관,교육시설과"),
    ("서울특별시교육청", "교육청", "서울특별시교육감", "03178", "서울특별시 종로구 송월길 48", "02-3999", "www.sen.go.kr",
     "중등교육과,민주시민생활교육과,교원정책과,감사관"),
    ("충청남도교육청", "교육청", "충청남도교육감", "32255", "충청남도 홍성군 홍북읍 선화로 22", "041-640", "www.cne.go.kr",
     "교육과정과,학생생활교육과,교원인사과,행정과"),
    ("부산광역시교육청", "교육청", "부산광역시교육감", "47247", "부산광역시 부산진구 화지로 12", "051-860", "www.pen.go.kr",
     "중등교육과,유초등교육과,교육혁신과,감사관"),
    ("경상북도교육청", "교육청", "경상북도교육감", "36759", "경상북도 안동시 풍천면 도청대로 511", "054-805", "www.gbe.kr",
     "중등교육과,체육건강과,교원인사과,행정과"),
    ("경찰청", "경찰", "경찰청장", "03739", "서울특별시 서대문구 통일로 97", "02-3150", "www.police.go.kr",
     "수사기획조정관실,안보수사지휘과,생활안전과,교통안전과,사이버수사과"),
    ("서울경찰청", "경찰", "서울경찰청장", "03169", "서울특별시 종로구 사직로8길 31", "02-700", "www.smpa.go.kr",
     "형사과,경비과,여성청소년과,교통안전과"),
    ("경기남부경찰청", "경찰", "경기남부경찰청장", "16436", "경기도 수원시 팔달구 중부대로 ", "031-888", "ggpolice.go.kr",
     "강력범죄수사대,생활안전과,경무과,정보화장비과"),
    ("마포경찰서", "경찰", "마포경찰서장", "04146", "서울특별시 마포구 마포대로 183", "02-3149", "www.smpa.go.kr/mp",
     "형사과,수사과,여성청소년과,경비교통과"),
    ("천안동남경찰서", "경찰", "천안동남경찰서장", "31127", "충청남도 천안시 동남구 중앙로 ", "041-590", "www.cnpolice.go.kr",
     "형사과,수사과,생활안전과,경무과"),
    ("소방청", "소방", "소방청장", "30128", "세종특별자치시 정부2청사로 13", "044-205", "www.nfa.go.kr",
     "119구조과,화재예방과,소방정책과,119종합상황실"),
    ("경기도소방재난본부", "소방", "경기도소방재난본부장", "16508", "경기도 수원시 영통구 도청로 30", "031-8008", "fire.gg.go.kr",
     "예방과,대응총괄과,119구조구급과,소방행정과"),
    ("부산소방재난본부", "소방", "부산소방재난본부장", "47545", "부산광역시 연제구 월드컵대로 ", "051-760", "www.busan.go.kr/119",
     "화재예방과,소방행정과,119종합상황실"),
    ("수원소방서", "소방", "수원소방서장", "16459", "경기도 수원시 팔달구 ", "031-230", "fire.gg.go.kr/suwon",
     "예방안전과,현장대응단,행정과"),
    ("홍성소방서", "소방", "홍성소방서장", "32236", "충청남도 홍성군 홍성읍 ", "041-630", "www.cnfire.go.kr",
     "예방안전과,소방행정과,현장대응단"),
    ("한국토지주택공사", "공기업", "한국토지주택공사 사장", "52852", "경상남도 진주시 충의로 19", "055-922", "www.lh.or.kr",
     "공공택지사업처,보상사업처,주거복지처,감사실,기술심사처"),
    ("한국전력공사", "공기업", "한국전력공사 사장", "58322", "전라남도 나주시 전력로 55", "061-345", "home.kepco.co.kr",
     "송변전운영처,계약처,보안처,배전계획처"),
    ("한국수자원공사", "공기업", "한국수자원공사 사장", "34350", "대전광역시 대덕구 신탄진로 200", "042-629", "www.kwater.or.kr",
     "수도운영처,댐운영처,비상안전실,구매처"),
    ("한국도로공사", "공기업", "한국도로공사 사장", "39660", "경상북도 김천시 혁신8로 77", "054-811", "www.ex.co.kr",
     "도로교통처,설계처,재난관리처,계약처"),
    ("한국철도공사", "공기업", "한국철도공사 사장", "34618", "대전광역시 동구 중앙로 240", "042-615", "info.korail.com",
     "안전계획처,여객사업본부,인사노무처,보안실"),
    ("인천국제공항공사", "공기업", "인천국제공항공사 사장", "22382", "인천광역시 중구 공항로424번길 47", "032-741", "www.airport.kr",
     "항공보안처,운항관리처,계약팀,시설운영처"),
    ("서울중앙지방법원", "법원", "서울중앙지방법원장", "06594", "서울특별시 서초구 서초중앙로 157", "02-530", "seoul.scourt.go.kr",
     "총무과,민사과,형사과,집행관실"),
    ("수원지방법원", "법원", "수원지방법원장", "16512", "경기도 수원시 영통구 법조로 105", "031-210", "suwon.scourt.go.kr",
     "총무과,민사신청과,형사과,등기국"),
    ("대전지방법원 천안지원", "법원", "대전지방법원 천안지원장", "31154", "충청남도 천안시 동남구 신부7길 17", "041-620", "djcourt.go.kr",
     "총무과,민사과,형사과"),
    ("법원행정처", "법원", "법원행정처장", "06590", "서울특별시 서초구 서초대로 219", "02-3480", "www.scourt.go.kr",
     "사법지원실,전산정보관리국,보안관리관실,인사운영심의관실"),
    ("국민건강보험공단", "공공기관", "국민건강보험공단 이사장", "26464", "강원특별자치도 원주시 건강로 32", "033-736", "www.nhis.or.kr",
     "자격부과실,급여관리실,징수상임이사실,감사실,정보보호실"),
    ("국민연금공단", "공공기관", "국민연금공단 이사장", "54870", "전북특별자치도 전주시 덕진구 기지로 180", "063-713", "www.nps.or.kr",
     "연금급여실,장애심사실,기금운용본부 리스크관리실,감사실"),
    ("한국환경공단", "공공기관", "한국환경공단 이사장", "22689", "인천광역시 서구 환경로 42", "032-590", "www.keco.or.kr",
     "대기측정처,자원순환처,환경시설처,기획예산처"),
    ("한국산업인력공단", "공공기관", "한국산업인력공단 이사장", "44538", "울산광역시 중구 종가로 345", "052-714", "www.hrdkorea.or.kr",
     "자격분석설계부,시험관리부,능력개발국,외국인고용지원부"),
    ("한국소비자원", "공공기관", "한국소비자원장", "27738", "충청북도 음성군 맹동면 용두로 54", "043-880", "www.kca.go.kr",
     "피해구제국,시험검사국,위해정보국,분쟁조정국"),
    ("한국교육과정평가원", "공공기관", "한국교육과정평가원장", "27873", "충청북도 진천군 덕산읍 교학로 8", "043-931", "www.kice.re.kr",
     "대학수학능력시험본부,교원임용시험실,기초학력평가실"),
]


class Agency(dict):
    pass


AGENCIES = []
for row in AGENCY_ROWS:
    a = Agency(name=row[0], kind=row[1], sender=row[2], zip=row[3], addr=row[4], tel=row[5], web=row[6],
               depts=row[7].split(","))
    if a["addr"].endswith(" "):  # street number completed deterministically
        a["addr"] = a["addr"] + str(10 + (sum(map(ord, a["name"])) % 180))
    AGENCIES.append(a)
AG = {a["name"]: a for a in AGENCIES}


def agencies_of(*kinds):
    return [a for a in AGENCIES if a["kind"] in kinds]


TITLES = {
    "중앙부처": (["주무관", "주무관", "사무관"], ["사무관", "서기관"], ["과장", "팀장"], ["국장", "정책관"]),
    "광역지자체": (["주무관"], ["팀장"], ["과장"], ["국장"]),
    "기초지자체": (["주무관"], ["팀장"], ["과장"], ["국장"]),
    "교육청": (["주무관", "장학사"], ["장학관", "사무관"], ["과장"], ["국장"]),
    "경찰": (["경사", "경위", "경장"], ["경감"], ["경정"], ["총경"]),
    "소방": (["소방교", "소방장"], ["소방위", "소방경"], ["소방령"], ["소방정"]),
    "공기업": (["대리", "과장"], ["차장"], ["부장", "팀장"], ["처장", "실장"]),
    "공공기관": (["대리", "주임"], ["차장"], ["부장"], ["실장"]),
    "법원": (["법원주사", "법원주사보"], ["법원사무관"], ["과장"], ["사무국장"]),
}


def chain(r, ag, n=3):
    t = TITLES[ag["kind"]]
    out = []
    for i in range(n):
        out.append((r.choice(t[min(i, 3)]), person(r)))
    return out


def date(r, y0=2019, y1=2025):
    y = r.randint(y0, y1)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    return y, m, d


def dstr(ymd, style=0):
    y, m, d = ymd
    if style == 0:
        return "%d. %d. %d." % (y, m, d)
    if style == 1:
        return "%d.%02d.%02d." % (y, m, d)
    if style == 2:
        return "%d년 %d월 %d일" % (y, m, d)
    if style == 3:
        return "%d-%02d-%02d" % (y, m, d)
    return "%d. %02d. %02d." % (y, m, d)


def later(ymd, days):
    y, m, d = ymd
    d += days
    while d > 28:
        d -= 28
        m += 1
        if m > 12:
            m = 1
            y += 1
    return (y, m, d)


def telno(r, ag):
    return "%s-%04d" % (ag["tel"], r.randint(1000, 9899))


def mobile(r):
    return "010-%04d-%04d" % (r.randint(2000, 9999), r.randint(0, 9999))


def email_off(r, ag):
    dom = ag["web"].split("/")[0].replace("www.", "")
    if dom.count(".") < 2 and not dom.endswith(".kr"):
        dom = "korea.kr"
    ids = "".join(r.choice("abcdefghijklmnoprstuwy") for _ in range(r.randint(4, 7)))
    return "%s%d@%s" % (ids, r.randint(1, 99), r.choice([dom, "korea.kr", "korea.kr"]))


def rrn(r, masked_=False, year=None):
    y = year or r.randint(1948, 2004)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    g = r.choice([1, 2]) if y < 2000 else r.choice([3, 4])
    head = "%02d%02d%02d" % (y % 100, m, d)
    body = "%d%02d%03d" % (g, r.randint(0, 99), r.randint(0, 999))
    digits = head + body
    if masked_:
        return head + "-" + str(g) + r.choice(["******", "●●●●●●", "XXXXXX"])
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    s = sum(int(c) * k for c, k in zip(digits, w))
    chk = (11 - s % 11) % 10
    return head + "-" + body + str(chk)


def account(r):
    forms = [("국민은행", "%06d-%02d-%06d"), ("신한은행", "110-%03d-%06d"), ("농협", "%03d-%04d-%04d-%02d"),
             ("우리은행", "1002-%03d-%06d"), ("하나은행", "%03d-%06d-%05d"), ("기업은행", "%03d-%06d-%02d-%03d")]
    bank, f = r.choice(forms)
    n = f.count("%")
    vals = []
    for m_ in re.finditer(r"%0(\d)d", f):
        vals.append(r.randint(0, 10 ** int(m_.group(1)) - 1))
    return bank, f % tuple(vals)


def passport(r):
    if r.random() < 0.5:
        return "M%08d" % r.randint(10000000, 99999999)
    return "M%03d%s%04d" % (r.randint(100, 999), r.choice("ABCDEFGHJK"), r.randint(0, 9999))


def brn(r):
    d = [r.randint(0, 9) for _ in range(9)]
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(a * b for a, b in zip(d, w)) + (d[8] * 5) // 10
    c = (10 - s % 10) % 10
    t = "".join(map(str, d)) + str(c)
    return "%s-%s-%s" % (t[:3], t[3:5], t[5:])


STREETS = ["매탄로", "정자천로", "중앙로", "새말길", "구룡길", "솔매로", "감나무길", "노을로", "버들로", "은행나무길",
           "장승배기로", "봉화산로", "청룡로", "금강로", "아랫말길", "우정로", "들꽃길", "충렬로"]


def home_addr(r, ag=None):
    base = ag["addr"].split(" ")[:2] if ag else ["경기도", "수원시"]
    if base[0].endswith("시") and base[0] in ("세종특별자치시",):
        base = base[:1]
    unit = r.choice(["", ", %d동 %d호" % (r.randint(101, 115), r.randint(101, 1804)), " %d층" % r.randint(2, 5)])
    return "%s %s %d%s" % (" ".join(base), r.choice(STREETS), r.randint(3, 299), unit)


COMPANIES = ["(주)한빛엔지니어링", "(주)새솔건설", "동해테크(주)", "(주)다온정보기술", "푸른환경(주)", "(주)세움건축사사무소",
             "미래안전산업(주)", "(주)누리시스템", "한결종합건설(주)", "(주)가온씨앤에스", "(주)청림조경", "대성전기(주)",
             "(주)바른측량", "(주)온새미로", "해오름식품(주)", "(주)케이디솔루션"]


def docno(r, dept, ymd=None):
    return "%s-%d" % (dept.split(" ")[-1], r.randint(120, 9999))


# ---------------------------------------------------------------------------
# OCR-like noise
# ---------------------------------------------------------------------------
FW = str.maketrans("0123456789", "０１２３４５６７８９")


def ocr_noise(text, r, level=0.5):
    """Scanned-copy artefacts: full-width digits, odd hyphens, spaces inside words,
    dropped spaces, stray marks.  Deterministic for a given r."""
    out = []
    for line in text.split("\n"):
        if not line.strip():
            out.append(line)
            continue
        x = r.random()
        if x < 0.25 * level:
            line = line.translate(FW)
        elif x < 0.4 * level:
            line = re.sub(r"(?<=\d)-(?=\d)", lambda m: r.choice(["－", "‐", "—", " - "]), line)
        words = line.split(" ")
        new = []
        for w in words:
            y = r.random()
            if len(w) >= 3 and y < 0.06 * level and not re.search(r"\d", w):
                w = " ".join(w)
            elif y < 0.2 * level and new:
                new[-1] = new[-1] + w
                continue
            new.append(w)
        line = " ".join(new)
        if r.random() < 0.25 * level:
            pos = r.randint(0, len(line))
            line = line[:pos] + r.choice(["'", "·", "˙", "`", ".", "ㆍ", ",", "~"]) + line[pos:]
        out.append(line)
    return "\n".join(out)


def spaced(s):
    return " ".join(s)


# ---------------------------------------------------------------------------
# document model
# ---------------------------------------------------------------------------
class Doc:
    def __init__(self):
        self.blocks = []
        self.header = None   # page header text ("{page}" allowed)
        self.footer = None   # page footer text ("{page}" allowed)
        self.header_color = None
        self.font = "HYSMyeongJo-Medium"
        self.tfont = "HYGothic-Medium"
        self.tsep = " | "

    def title(self, t):
        self.blocks.append(("title", t, {}))

    def p(self, t, align="L", bold=False, size=None):
        for line in t.split("\n"):
            self.blocks.append(("p", line, {"align": align, "bold": bold, "size": size}))

    def blank(self):
        self.blocks.append(("p", "", {"align": "L", "bold": False, "size": None}))

    def table(self, rows, widths=None, head=True, kind="table"):
        rows = [[str(c) for c in row] for row in rows]
        n = max(len(x) for x in rows)
        for row in rows:
            while len(row) < n:
                row.append("")
        self.blocks.append(("table", rows, {"widths": widths, "head": head, "kind": kind}))

    def box(self, t, align="R", color="#C00000"):
        self.blocks.append(("box", t, {"align": align, "color": color}))

    def pb(self):
        self.blocks.append(("pb", None, {}))


def render_text(doc):
    lines = []
    page = 1

    def hdr():
        if doc.header:
            lines.append(doc.header.replace("{page}", str(page)))
            lines.append("")

    def ftr():
        if doc.footer:
            lines.append("")
            lines.append(doc.footer.replace("{page}", str(page)))

    hdr()
    for kind, val, o in doc.blocks:
        if kind == "title":
            lines.append(val)
        elif kind == "p":
            lines.append(val)
        elif kind == "table":
            for row in val:
                lines.append(doc.tsep.join(c.replace("\n", " ") for c in row).rstrip())
        elif kind == "box":
            lines.append(val.replace("\n", " "))
        elif kind == "pb":
            ftr()
            page += 1
            lines.append("\f" if False else "")
            hdr()
    ftr()
    # strip leading/trailing empty lines, squeeze 3+ blank lines
    txt = "\n".join(lines).strip("\n")
    txt = re.sub(r"\n{3,}", "\n\n", txt)
    return txt


def doc_plain(doc):
    """Plain text used for content checks (all parts, header/footer once)."""
    return render_text(doc)


# ---------------------------------------------------------------------------
# HWPX (OWPML) writer
# ---------------------------------------------------------------------------
NS = {
    "ha": "http://www.hancom.co.kr/hwpml/2011/app",
    "hp": "http://www.hancom.co.kr/hwpml/2011/paragraph",
    "hs": "http://www.hancom.co.kr/hwpml/2011/section",
    "hc": "http://www.hancom.co.kr/hwpml/2011/core",
    "hh": "http://www.hancom.co.kr/hwpml/2011/head",
    "hpf": "http://www.hancom.co.kr/schema/2011/hpf",
    "opf": "http://www.idpf.org/2007/opf/",
    "dc": "http://purl.org/dc/elements/1.1/",
}
NSDECL = " ".join('xmlns:%s="%s"' % (k, v) for k, v in NS.items())
XMLHEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'


def _hwpx_header_xml():
    langs = ["HANGUL", "LATIN", "HANJA", "JAPANESE", "OTHER", "SYMBOL", "USER"]
    ff = "".join('<hh:fontface lang="%s" fontCnt="2"><hh:font id="0" face="함초롬바탕" type="TTF" isEmbedded="0"/>'
                 '<hh:font id="1" face="함초롬돋움" type="TTF" isEmbedded="0"/></hh:fontface>' % l for l in langs)

    def border(i, t):
        sides = "".join('<hh:%sBorder type="%s" width="0.12 mm" color="#000000"/>' % (s, t)
                        for s in ("left", "right", "top", "bottom"))
        return ('<hh:borderFill id="%d" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0">'
                '<hh:slash type="NONE" Crooked="0" isCounter="0"/><hh:backSlash type="NONE" Crooked="0" isCounter="0"/>'
                '%s<hh:diagonal type="SOLID" width="0.1 mm" color="#000000"/></hh:borderFill>' % (i, sides))

    def charpr(i, height, color, bold, font):
        fr = " ".join('%s="%d"' % (k, font) for k in ("hangul", "latin", "hanja", "japanese", "other", "symbol", "user"))
        same = lambda v: " ".join('%s="%s"' % (k, v) for k in ("hangul", "latin", "hanja", "japanese", "other", "symbol", "user"))
        return ('<hh:charPr id="%d" height="%d" textColor="%s" shadeColor="none" useFontSpace="0" useKerning="0" '
                'symMark="NONE" borderFillIDRef="1"><hh:fontRef %s/><hh:ratio %s/><hh:spacing %s/><hh:relSz %s/>'
                '<hh:offset %s/>%s<hh:underline type="NONE" shape="SOLID" color="#000000"/>'
                '<hh:strikeout shape="NONE" color="#000000"/><hh:outline type="NONE"/>'
                '<hh:shadow type="NONE" color="#B2B2B2" offsetX="10" offsetY="10"/></hh:charPr>'
                % (i, height, color, fr, same(100), same(0), same(100), same(0), "<hh:bold/>" if bold else ""))

    def parapr(i, align):
        return ('<hh:paraPr id="%d" tabPrIDRef="0" condense="0" fontLineHeight="0" snapToGrid="1" '
                'suppressLineNumbers="0" checked="0"><hh:align horizontal="%s" vertical="BASELINE"/>'
                '<hh:heading type="NONE" idRef="0" level="0"/><hh:breakSetting breakLatinWord="KEEP_WORD" '
                'breakNonLatinWord="BREAK_WORD" widowOrphan="0" keepWithNext="0" keepLines="0" pageBreakBefore="0" '
                'lineWrap="BREAK"/><hh:autoSpacing eAsianEng="0" eAsianNum="0"/><hh:margin>'
                '<hc:intent value="0" unit="HWPUNIT"/><hc:left value="0" unit="HWPUNIT"/><hc:right value="0" unit="HWPUNIT"/>'
                '<hc:prev value="0" unit="HWPUNIT"/><hc:next value="0" unit="HWPUNIT"/></hh:margin>'
                '<hh:lineSpacing type="PERCENT" value="160" unit="HWPUNIT"/><hh:border borderFillIDRef="1" '
                'offsetLeft="0" offsetRight="0" offsetTop="0" offsetBottom="0" connect="0" ignoreMargin="0"/></hh:paraPr>'
                % (i, align))

    chars = [charpr(0, 1100, "#000000", False, 0), charpr(1, 1600, "#000000", True, 1),
             charpr(2, 1200, "#C00000", True, 1), charpr(3, 900, "#000000", False, 1)]
    paras = [parapr(0, "JUSTIFY"), parapr(1, "CENTER"), parapr(2, "RIGHT"), parapr(3, "LEFT")]
    return (XMLHEAD + '<hh:head %s version="1.4" secCnt="1">'
            '<hh:beginNum page="1" footnote="1" endnote="1" pic="1" tbl="1" equation="1"/>'
            '<hh:refList><hh:fontfaces itemCnt="7">%s</hh:fontfaces>'
            '<hh:borderFills itemCnt="2">%s%s</hh:borderFills>'
            '<hh:charProperties itemCnt="%d">%s</hh:charProperties>'
            '<hh:tabProperties itemCnt="1"><hh:tabPr id="0" autoTabLeft="0" autoTabRight="0"/></hh:tabProperties>'
            '<hh:paraProperties itemCnt="%d">%s</hh:paraProperties>'
            '<hh:styles itemCnt="1"><hh:style id="0" type="PARA" name="바탕글" engName="Normal" paraPrIDRef="0" '
            'charPrIDRef="0" nextStyleIDRef="0" langID="1042" lockForm="0"/></hh:styles></hh:refList>'
            '<hh:compatibleDocument targetProgram="HWP201X"><hh:layoutCompatibility/></hh:compatibleDocument>'
            '<hh:docOption><hh:linkinfo path="" pageInherit="0" footnoteInherit="0"/></hh:docOption>'
            '<hh:trackchageConfig flags="56"/></hh:head>'
            % (NSDECL, ff, border(1, "NONE"), border(2, "SOLID"), len(chars), "".join(chars), len(paras), "".join(paras)))


class _Ids:
    def __init__(self):
        self.n = 0

    def __call__(self):
        self.n += 1
        return self.n


def _t(text):
    return "<hp:t>%s</hp:t>" % xesc(text)


def _para(ids, inner, para=0, char=0, pagebreak=False):
    return ('<hp:p id="%d" paraPrIDRef="%d" styleIDRef="0" pageBreak="%d" columnBreak="0" merged="0">'
            '<hp:run charPrIDRef="%d">%s</hp:run></hp:p>' % (ids(), para, 1 if pagebreak else 0, char, inner))


def _sublist(ids, lines, valign="TOP", para=0, char=0, width=0, height=0):
    ps = "".join(_para(ids, _t(l), para, char) for l in lines)
    return ('<hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="%s" linkListIDRef="0" '
            'linkListNextIDRef="0" textWidth="%d" textHeight="%d" hasTextRef="0" hasNumRef="0">%s</hp:subList>'
            % (valign, width, height, ps))


def _hf_text(ids, tag, text, valign):
    # header/footer control; "{page}" becomes an automatic page-number control
    parts = text.split("{page}")
    inner = _t(parts[0])
    for rest in parts[1:]:
        inner += ('<hp:ctrl><hp:autoNum num="1" numType="PAGE"><hp:autoNumFormat type="DIGIT" userChar="" '
                  'prefixChar="" suffixChar="" supscript="0"/></hp:autoNum></hp:ctrl>') + _t(rest)
    p = ('<hp:p id="%d" paraPrIDRef="1" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">'
         '<hp:run charPrIDRef="3">%s</hp:run></hp:p>' % (ids(), inner))
    return ('<hp:ctrl><hp:%s id="%d" applyPageType="BOTH"><hp:subList id="" textDirection="HORIZONTAL" '
            'lineWrap="BREAK" vertAlign="%s" linkListIDRef="0" linkListNextIDRef="0" textWidth="42520" '
            'textHeight="4252" hasTextRef="0" hasNumRef="0">%s</hp:subList></hp:%s></hp:ctrl>'
            % (tag, ids(), valign, p, tag))


def _tbl(ids, rows, widths, head):
    total = 42520
    ncol = len(rows[0])
    if widths:
        ws = [int(total * w / sum(widths)) for w in widths]
    else:
        ws = [total // ncol] * ncol
    h = 2000
    trs = []
    for ri, row in enumerate(rows):
        tcs = []
        for ci, cell in enumerate(row):
            lines = cell.split("\n")
            tcs.append('<hp:tc name="" header="%d" hasMargin="0" protect="0" editable="0" dirty="0" borderFillIDRef="2">'
                       '%s<hp:cellAddr colAddr="%d" rowAddr="%d"/><hp:cellSpan colSpan="1" rowSpan="1"/>'
                       '<hp:cellSz width="%d" height="%d"/><hp:cellMargin left="510" right="510" top="141" bottom="141"/></hp:tc>'
                       % (1 if (head and ri == 0) else 0,
                          _sublist(ids, lines, "CENTER", 1 if (head and ri == 0) else 3, 0), ci, ri, ws[ci], h * len(lines)))
        trs.append("<hp:tr>%s</hp:tr>" % "".join(tcs))
    height = sum(h * max(len(c.split("\n")) for c in row) for row in rows)
    return ('<hp:tbl id="%d" zOrder="0" numberingType="TABLE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" lock="0" '
            'dropcapstyle="None" pageBreak="CELL" repeatHeader="%d" rowCnt="%d" colCnt="%d" cellSpacing="0" '
            'borderFillIDRef="2" noAdjust="0"><hp:sz width="%d" widthRelTo="ABSOLUTE" height="%d" heightRelTo="ABSOLUTE" '
            'protect="0"/><hp:pos treatAsChar="1" affectLSpacing="0" flowWithText="1" allowOverlap="0" holdAnchorAndSO="0" '
            'vertRelTo="PARA" horzRelTo="COLUMN" vertAlign="TOP" horzAlign="LEFT" vertOffset="0" horzOffset="0"/>'
            '<hp:outMargin left="283" right="283" top="283" bottom="283"/>'
            '<hp:inMargin left="510" right="510" top="141" bottom="141"/>%s</hp:tbl>'
            % (ids(), 1 if head else 0, len(rows), ncol, total, height, "".join(trs)))


def _rect(ids, text, align, color):
    lines = text.split("\n")
    w = 11000 + 900 * max(len(l) for l in lines)
    w = min(w, 40000)
    h = 1800 + 1500 * len(lines)
    halign = {"L": "LEFT", "C": "CENTER", "R": "RIGHT"}[align]
    return ('<hp:rect id="%d" zOrder="1" numberingType="PICTURE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" '
            'lock="0" dropcapstyle="None" href="" groupLevel="0" instid="%d" ratio="0">'
            '<hp:offset x="0" y="0"/><hp:orgSz width="%d" height="%d"/><hp:curSz width="%d" height="%d"/>'
            '<hp:flip horizontal="0" vertical="0"/><hp:rotationInfo angle="0" centerX="%d" centerY="%d" rotateimage="1"/>'
            '<hp:renderingInfo><hc:transMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/>'
            '<hc:scaMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/><hc:rotMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/>'
            '</hp:renderingInfo><hp:lineShape color="%s" width="85" style="SOLID" endCap="FLAT" headStyle="NORMAL" '
            'tailStyle="NORMAL" headfill="1" tailfill="1" headSz="MEDIUM_MEDIUM" tailSz="MEDIUM_MEDIUM" '
            'outlineStyle="NORMAL" alpha="0"/><hc:fillBrush><hc:winBrush faceColor="#FFFFFF" hatchColor="#000000" alpha="0"/>'
            '</hc:fillBrush><hp:shadow type="NONE" color="#B2B2B2" offsetX="0" offsetY="0" alpha="0"/>'
            '<hp:drawText lastWidth="%d" name="" editable="0">%s<hp:textMargin left="283" right="283" top="283" bottom="283"/>'
            '</hp:drawText><hc:pt0 x="0" y="0"/><hc:pt1 x="%d" y="0"/><hc:pt2 x="%d" y="%d"/><hc:pt3 x="0" y="%d"/>'
            '<hp:sz width="%d" widthRelTo="ABSOLUTE" height="%d" heightRelTo="ABSOLUTE" protect="0"/>'
            '<hp:pos treatAsChar="0" affectLSpacing="0" flowWithText="1" allowOverlap="0" holdAnchorAndSO="0" vertRelTo="PARA" '
            'horzRelTo="COLUMN" vertAlign="TOP" horzAlign="%s" vertOffset="0" horzOffset="0"/>'
            '<hp:outMargin left="0" right="0" top="0" bottom="0"/></hp:rect>'
            % (ids(), ids(), w, h, w, h, w // 2, h // 2, color, w,
               _sublist(ids, lines, "CENTER", 1, 2), w, w, h, h, w, h, halign))


def hwpx_bytes(doc, title):
    ids = _Ids()
    secpr = ('<hp:secPr id="" textDirection="HORIZONTAL" spaceColumns="1134" tabStop="8000" tabStopVal="4000" '
             'tabStopUnit="HWPUNIT" outlineShapeIDRef="0" memoShapeIDRef="0" textVerticalWidthHead="0" masterPageCnt="0">'
             '<hp:grid lineGrid="0" charGrid="0" wonggojiFormat="0"/>'
             '<hp:startNum pageStartsOn="BOTH" page="0" pic="0" tbl="0" equation="0"/>'
             '<hp:visibility hideFirstHeader="0" hideFirstFooter="0" hideFirstMasterPage="0" border="SHOW_ALL" '
             'fill="SHOW_ALL" hideFirstPageNum="0" hideFirstEmptyLine="0" showLineNumber="0"/>'
             '<hp:lineNumberShape restartType="0" countBy="0" distance="0" startNumber="0"/>'
             '<hp:pagePr landscape="WIDELY" width="59528" height="84186" gutterType="LEFT_ONLY">'
             '<hp:margin header="4252" footer="4252" gutter="0" left="8504" right="8504" top="5668" bottom="4252"/>'
             '</hp:pagePr></hp:secPr><hp:ctrl><hp:colPr id="" type="NEWSPAPER" layout="LEFT" colCount="1" sameSz="1" '
             'sameGap="0"/></hp:ctrl>')
    first = secpr
    if doc.header:
        first += _hf_text(ids, "header", doc.header, "TOP")
    # every file copy gets a running footer; documents without their own footer get a bare page number
    first += _hf_text(ids, "footer", doc.footer or "- {page} -", "BOTTOM")
    body = [('<hp:p id="%d" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">'
             '<hp:run charPrIDRef="0">%s<hp:t/></hp:run></hp:p>' % (ids(), first))]
    pending_break = False
    amap = {"L": 3, "C": 1, "R": 2}
    for kind, val, o in doc.blocks:
        if kind == "pb":
            pending_break = True
            continue
        if kind == "title":
            body.append(_para(ids, _t(val), 1, 1, pending_break))
        elif kind == "p":
            body.append(_para(ids, _t(val), amap[o["align"]], 1 if o.get("bold") else 0, pending_break))
        elif kind == "table":
            body.append(_para(ids, _tbl(ids, val, o["widths"], o["head"]) + "<hp:t/>", 0, 0, pending_break))
        elif kind == "box":
            body.append(_para(ids, _rect(ids, val, o["align"], o["color"]) + "<hp:t/>", amap[o["align"]], 0, pending_break))
        pending_break = False
    section = XMLHEAD + '<hs:sec %s>%s</hs:sec>' % (NSDECL, "".join(body))
    header = _hwpx_header_xml()
    version = (XMLHEAD + '<hv:HCFVersion xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version" '
               'tagetApplication="WORDPROCESSOR" major="5" minor="1" micro="1" buildNumber="0" os="1" xmlVersion="1.4" '
               'application="sens_w make_set.py" appVersion="1.0"/>')
    hpf = (XMLHEAD + '<opf:package %s version="" unique-identifier="" id=""><opf:metadata><opf:title>%s</opf:title>'
           '<opf:language>ko</opf:language><opf:meta name="creator" content="text">sens_w</opf:meta>'
           '<opf:meta name="CreatedDate" content="text">2026-01-01T00:00:00Z</opf:meta></opf:metadata>'
           '<opf:manifest><opf:item id="header" href="Contents/header.xml" media-type="application/xml"/>'
           '<opf:item id="section0" href="Contents/section0.xml" media-type="application/xml"/>'
           '<opf:item id="settings" href="settings.xml" media-type="application/xml"/></opf:manifest>'
           '<opf:spine><opf:itemref idref="header" linear="yes"/><opf:itemref idref="section0" linear="yes"/></opf:spine>'
           '</opf:package>' % (NSDECL, xesc(title)))
    container = (XMLHEAD + '<ocf:container xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:container" '
                 'xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf"><ocf:rootfiles>'
                 '<ocf:rootfile full-path="Contents/content.hpf" media-type="application/hwpml-package+xml"/>'
                 '<ocf:rootfile full-path="Preview/PrvText.txt" media-type="text/plain"/></ocf:rootfiles></ocf:container>')
    manifest = (XMLHEAD + '<odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>')
    settings = (XMLHEAD + '<ha:HWPApplicationSetting xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" '
                'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0"><ha:CaretPosition listIDRef="0" '
                'paraIDRef="0" pos="0"/></ha:HWPApplicationSetting>')
    prv = render_text(doc)[:1000]
    entries = [("mimetype", b"application/hwp+zip", zipfile.ZIP_STORED),
               ("version.xml", version.encode("utf-8"), zipfile.ZIP_STORED),
               ("Contents/header.xml", header.encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("Contents/section0.xml", section.encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("Contents/content.hpf", hpf.encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("settings.xml", settings.encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("Preview/PrvText.txt", prv.encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("META-INF/container.xml", container.encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("META-INF/manifest.xml", manifest.encode("utf-8"), zipfile.ZIP_DEFLATED)]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data, comp in entries:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = comp
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data, compress_type=comp, compresslevel=6 if comp == zipfile.ZIP_DEFLATED else None)
    return buf.getvalue()


def hwpx_extract(path):
    """Text of all hp:t in section0 in document order (header/footer, tables, text boxes included)."""
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("Contents/section0.xml"))
    out = []
    for el in root.iter():
        if el.tag == "{%s}t" % NS["hp"] and el.text:
            out.append(el.text)
        elif el.tag == "{%s}p" % NS["hp"]:
            out.append("\n")
    return "".join(out)


# ---------------------------------------------------------------------------
# PDF writer (reportlab, Korean CID fonts)
# ---------------------------------------------------------------------------
PDF_SAFE = str.maketrans({"·": "ㆍ", "…": "⋯", "―": "—", "‐": "－", "‑": "－", "−": "－", "∼": "～",
                          "☐": "□", "☑": "■", "✓": "√", "˙": "'", "∙": "ㆍ"})


def pdf_safe(s):
    return s.translate(PDF_SAFE) if s else s


_PDF_READY = [False]


def pdf_bytes(doc, title):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, PageBreak, Spacer
    if not _PDF_READY[0]:
        pdfmetrics.registerFont(UnicodeCIDFont("HYSMyeongJo-Medium"))
        pdfmetrics.registerFont(UnicodeCIDFont("HYGothic-Medium"))
        _PDF_READY[0] = True
    f, tf = doc.font, doc.tfont
    al = {"L": TA_LEFT, "C": TA_CENTER, "R": TA_RIGHT, "J": TA_JUSTIFY}
    base = ParagraphStyle("b", fontName=f, fontSize=10.5, leading=16, wordWrap="CJK")
    cell = ParagraphStyle("c", fontName=f, fontSize=9.5, leading=13, wordWrap="CJK", alignment=TA_CENTER)
    cellL = ParagraphStyle("cl", parent=cell, alignment=TA_LEFT)
    tstyle = ParagraphStyle("t", fontName=tf, fontSize=17, leading=24, alignment=TA_CENTER, spaceAfter=8, wordWrap="CJK")

    def P(s, st):
        return Paragraph(xesc(pdf_safe(s)) if s else "&nbsp;", st)

    story = []
    W = A4[0] - 40 * mm
    for kind, val, o in doc.blocks:
        if kind == "title":
            story.append(P(val, tstyle))
        elif kind == "p":
            st = ParagraphStyle("p", parent=base, alignment=al[o["align"]],
                                fontName=tf if o.get("bold") else f, fontSize=o.get("size") or 10.5)
            story.append(P(val, st))
        elif kind == "table":
            ncol = len(val[0])
            ws = o["widths"] or [1] * ncol
            ws = [W * w / sum(ws) for w in ws]
            data = [[P(c.replace("\n", " "), cell if (o["head"] and ri == 0) or len(c) < 14 else cellL)
                     for c in row] for ri, row in enumerate(val)]
            t = Table(data, colWidths=ws, repeatRows=1 if o["head"] else 0)
            ts = [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
            if o["head"]:
                ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8E8E8")))
            t.setStyle(TableStyle(ts))
            story.append(Spacer(1, 4))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "box":
            lines = val.split("\n")
            bw = min(W, 30 * mm + 4.2 * mm * max(len(l) for l in lines))
            st = ParagraphStyle("bx", fontName=tf, fontSize=12, leading=16, alignment=TA_CENTER,
                                textColor=colors.HexColor(o["color"]))
            t = Table([[P(val.replace("\n", " / "), st)]], colWidths=[bw],
                      hAlign={"L": "LEFT", "C": "CENTER", "R": "RIGHT"}[o["align"]])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.6, colors.HexColor(o["color"])),
                                   ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "pb":
            story.append(PageBreak())

    def onpage(c, d):
        c.saveState()
        pg = str(d.page)
        if doc.header:
            c.setFont(tf, 9.5)
            if doc.header_color:
                c.setFillColor(colors.HexColor(doc.header_color))
            c.drawCentredString(A4[0] / 2, A4[1] - 13 * mm, pdf_safe(doc.header.replace("{page}", pg)))
            c.setFillColor(colors.black)
            c.setLineWidth(0.4)
            c.line(20 * mm, A4[1] - 15 * mm, A4[0] - 20 * mm, A4[1] - 15 * mm)
        c.setFont(f, 9)
        if doc.footer and doc.header_color and doc.footer_same_color:
            c.setFillColor(colors.HexColor(doc.header_color))
        c.drawCentredString(A4[0] / 2, 11 * mm, pdf_safe((doc.footer or "- {page} -").replace("{page}", pg)))
        c.restoreState()

    buf = io.BytesIO()
    sd = SimpleDocTemplate(buf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm,
                           bottomMargin=20 * mm, title=pdf_safe(title), author="sens_w", subject="sens_w evaluation set",
                           creator="sens_w make_set.py", invariant=1)
    sd.build(story, onFirstPage=onpage, onLaterPages=onpage)
    return buf.getvalue()


Doc.footer_same_color = False


def pdftotext(path, first=None, last=None):
    cmd = ["pdftotext", "-enc", "UTF-8"]
    if first:
        cmd += ["-f", str(first), "-l", str(last)]
    cmd += [path, "-"]
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


def pdfpages(path):
    out = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", out).group(1))


# ---------------------------------------------------------------------------
# labels
# ---------------------------------------------------------------------------
REASON_ORDER = ["OIDA-9-1-%d" % i for i in range(1, 9)] + ["PIPA-23", "PIPA-24"]


def reasons(*codes):
    out = []
    for c in codes:
        out.append("PIPA-%d" % c if c >= 23 else "OIDA-9-1-%d" % c)
    return sorted(set(out), key=REASON_ORDER.index)


# ---------------------------------------------------------------------------
# 공개구분 spellings (결문 entry of 별지 제1호서식; also used in headers/footers/tables)
# ---------------------------------------------------------------------------
def field_value(r, disc, items, form=None):
    items = list(items)
    one = ",".join(str(i) for i in items)
    if disc == "public":
        forms = ["공개", "공개", "대국민 공개", "공 개"]
    elif disc == "partial":
        forms = ["부분공개(%s)" % one, "부분공개 (%s)" % one, "부분공개(%s)" % ", ".join(map(str, items)),
                 "부분공개(제9조 제1항 제%s호)" % "호ㆍ제".join(map(str, items)),
                 "부분공개(법 제9조①%s)" % "ㆍ".join(map(str, items)),
                 "부분공개 (%s)" % ",".join("%d호" % i for i in items)]
    else:
        forms = ["비공개(%s)" % one, "비공개 (%s)" % one, "비공개(제9조 제1항 제%s호)" % "호ㆍ제".join(map(str, items)),
                 "비공개 (%s)" % ", ".join("9조1항%d호" % i for i in items), "비공개(법 제9조 제1항 제%s호)" % "ㆍ".join(map(str, items)),
                 "비공개(%s)" % ",".join(map(str, items))]
    if form is not None:
        return forms[form % len(forms)]
    return r.choice(forms)


def field_label(r):
    return r.choice(["공개구분", "공개 구분", "공개여부", "공개구분:", "공개 구분 :", "정보공개 구분:"])


# ---------------------------------------------------------------------------
# 공문 (기안문/시행문) builder: 두문 / 본문 / 결문
# ---------------------------------------------------------------------------
def approval_line(r, ag, people, style=None, ymd=None):
    style = r.randint(0, 3) if style is None else style
    if style == 0:
        parts = ["%s %s" % (t, n) for t, n in people]
        if r.random() < 0.5:
            t, n = people[-1]
            parts[-1] = "%s 전결 %s %s" % (t, "%02d/%02d" % (ymd[1], ymd[2]) if ymd else "", n)
        return ["    ".join(parts)]
    if style == 1:
        return ["기안자 %s %s   검토자 %s %s   결재권자 %s %s" % (people[0] + people[1] + people[-1])]
    if style == 2:
        return ["%s %s" % p for p in people]
    return ["★" + "  ".join("%s %s" % p for p in people[:-1]) + "  " + "%s %s" % people[-1]]


def gongmun(doc, r, ag, dept, subject, body, attach=(), recv=None, field=None, place="tel_end",
            people=None, ymd=None, stamp=None, extra_after_siheng=None, coop=None, oldstyle=False, end_mark=True,
            approval_table_rows=None):
    """Append a full 공문 to doc.  field: printed 공개구분 value (string) or None.
    place: tel_end | own_line_after_siheng | own_line_last | approval_table | none"""
    ymd = ymd or date(r)
    people = people or chain(r, ag, 3)
    sender = ag["sender"]
    if oldstyle:
        doc.title(ag["name"])
        doc.p("%s  %s-%d" % ("문서번호", dept.split(" ")[-1], r.randint(100, 2999)))
        doc.p("시행일자  %s" % dstr(ymd, 4))
        doc.p("수    신  %s" % (recv or "수신처 참조"))
        doc.p("참    조  ")
        doc.p("제    목  %s" % subject)
    else:
        doc.title(ag["name"])
        doc.blank()
        doc.p("수신  %s" % (recv or "내부결재"))
        doc.p("(경유)")
        doc.p("제목  %s" % subject)
    doc.blank()
    for line in body:
        doc.p(line)
    if attach:
        if len(attach) == 1:
            doc.p("붙임  %s%s" % (attach[0], "  끝." if end_mark else ""))
        else:
            for i, a in enumerate(attach):
                doc.p(("붙임  " if i == 0 else "      ") + "%d. %s%s" % (i + 1, a, "  끝." if end_mark and i == len(attach) - 1 else ""))
    elif end_mark and body and not body[-1].rstrip().endswith("끝."):
        doc.p("끝.", align="R")
    doc.blank()
    if stamp:
        doc.box(stamp, align="R")
    doc.p(sender + r.choice(["", "", " [직인생략]", "(직인생략)"]), align="C", bold=True)
    doc.blank()
    if place == "approval_table":
        rows = approval_table_rows or [[t for t, n in people] + [field_label(r).rstrip(":").strip()],
                                        [n for t, n in people] + [field]]
        doc.table(rows, head=True, kind="approval")
    else:
        for l in approval_line(r, ag, people, ymd=ymd):
            doc.p(l)
    if coop:
        doc.p("협조자  %s" % coop)
    no = "%s-%d" % (dept.split(" ")[-1], r.randint(100, 9999))
    siheng = "시행  %s (%s)" % (no, dstr(ymd, 0)) + "    접수  " + r.choice(["", "(  )", ""])
    doc.p(siheng.rstrip())
    field_line = None
    if field and place == "own_line_after_siheng":
        field_line = "%s %s" % (field_label(r), field)
        doc.p(field_line)
    if extra_after_siheng:
        doc.p(extra_after_siheng)
    doc.p("우 %s  %s  / %s" % (ag["zip"], ag["addr"], ag["web"]))
    tl = "전화번호 %s  전송 %s  / %s" % (telno(r, ag), telno(r, ag), email_off(r, ag))
    if field and place == "tel_end":
        tl += "  / %s" % field
        field_line = tl
    doc.p(tl)
    if field and place == "own_line_last":
        field_line = "%s %s" % (field_label(r), field)
        doc.p(field_line)
    return {"no": no, "ymd": ymd, "people": people, "field_line": field_line}


def mk(doc, title, genre, disc, mark, rs, cue, loc, cue_text, flags=(), stated=None, note=""):
    return {"doc": doc, "title": title, "genre": genre, "disclosure": disc, "marking": mark, "reasons": rs,
            "cue": cue, "cue_location": loc, "cue_text": cue_text, "flags": list(flags), "stated": stated, "note": note}


# ---------------------------------------------------------------------------
# 공문 bodies that contain nothing withheld (public)
# ---------------------------------------------------------------------------
def body_training(r, ag, ymd):
    d = later(ymd, 12)
    place = r.choice(["본청 3층 대회의실", "지방자치인재개발원 제2강의실", "청사 별관 다목적실", "온라인(영상회의 병행)"])
    return ("%d년 %s 정보공개 실무자 역량강화 교육 참석 안내" % (d[0], r.choice(["상반기", "하반기"])), [
        "1. 관련: %s-%d(%s)" % (r.choice(ag["depts"]), r.randint(100, 999), dstr(ymd, 0)),
        "2. 정보공개 청구 증가와 부분공개 결정 관련 이의신청이 늘어남에 따라, 처리 담당자의 실무 역량을 높이기 위한 교육을 아래와 같이 실시하오니 각 부서에서는 담당자가 빠짐없이 참석할 수 있도록 협조하여 주시기 바랍니다.",
        "  가. 일시: %s 14:00~17:00" % dstr(d, 0),
        "  나. 장소: %s" % place,
        "  다. 대상: 부서별 정보공개 담당자 및 기록물 관리 담당자",
        "  라. 내용: 청구 접수부터 결정 통지까지의 처리 절차, 비공개 사유 적용 사례, 정보공개시스템 사용법",
        "3. 참석 대상자 명단은 %s까지 정보공개시스템 게시판에 입력하여 주시기 바랍니다." % dstr(later(ymd, 7), 0),
    ], ["교육 세부 일정표 1부."])


def body_meeting(r, ag, ymd):
    d = later(ymd, 9)
    what = r.choice(["지역안전관리위원회 실무위원회", "자원순환 정책협의회", "도시재생 행정협의회", "하천 관리 유관기관 협의회"])
    return ("%s 개최 알림" % what, [
        "1. %s 운영 규정 제5조에 따라 %s를 다음과 같이 개최하고자 하니 위원께서는 참석하여 주시기 바랍니다." % (what.split(" ")[0] if "위원회" in what else "협의회", what),
        "2. 회의 개요",
        "  가. 일시: %s(%s) 10:30" % (dstr(d, 0), r.choice("월화수목금")),
        "  나. 장소: %s 소회의실" % ag["name"],
        "  다. 안건: %s" % r.choice(["여름철 자연재난 대비 추진상황 점검", "%d년도 사업계획(안) 심의" % (d[0] + 1), "협의회 운영 개선 방안 논의"]),
        "3. 부득이 참석하기 어려운 경우에는 대리 참석자를 지정하여 회의 전날까지 알려 주시기 바랍니다.",
    ], ["회의 자료 1부."])


def body_material(r, ag, ymd):
    return ("공유재산 실태조사 결과 제출 요청", [
        "1. 「공유재산 및 물품 관리법」 제47조에 따른 연례 실태조사와 관련입니다.",
        "2. 각 부서에서 관리하고 있는 토지ㆍ건물의 사용 현황을 붙임 서식에 따라 작성하여 %s까지 제출하여 주시기 바랍니다." % dstr(later(ymd, 14), 0),
        "3. 무단 점유가 확인된 재산은 점유 면적과 경위를 비고란에 적어 주시고, 변동 사항이 없는 부서도 \"해당 없음\"으로 회신하여 주시기 바랍니다.",
    ], ["실태조사 서식 1부.", "작성 요령 1부."])


def body_event(r, ag, ymd):
    d = later(ymd, 20)
    ev = r.choice(["시민 마라톤 대회", "도민 체육대회 개회식", "지역 축제 불꽃놀이 행사", "어린이날 큰잔치"])
    return ("%s 교통 관리 협조 요청" % ev, [
        "1. 우리 %s에서 주최하는 %s가 %s에 열립니다." % ("기관" if ag["kind"] not in ("기초지자체", "광역지자체") else "시", ev, dstr(d, 0)),
        "2. 행사 당일 %s 일대에 많은 인파가 몰릴 것으로 예상되므로, 참가자 안전 확보와 원활한 차량 소통을 위하여 교통 통제 및 안내 인력 지원을 요청드립니다." % r.choice(["종합운동장", "시청 앞 광장", "강변 둔치", "중앙공원"]),
        "  가. 통제 시간: 08:00~13:00",
        "  나. 요청 인원: 교통경찰 %d명, 모범운전자 %d명" % (r.randint(6, 20), r.randint(10, 30)),
        "3. 세부 통제 구간과 우회로는 붙임 도면을 참고하여 주시기 바랍니다.",
    ], ["교통통제 구간도 1부."])


def body_rule(r, ag, ymd):
    return ("%s 개정 사항 알림" % r.choice(["지방보조금 관리기준", "업무추진비 집행기준", "공용차량 관리 규정", "당직 근무 운영 지침"]), [
        "1. %s %s 개정된 기준이 %s부터 시행됨을 알려 드립니다." % (ag["name"], r.choice(["훈령으로", "예규로", ""]), dstr(later(ymd, 10), 0)),
        "2. 주요 개정 내용",
        "  가. 정산 보고서 제출 기한을 사업 종료 후 2개월에서 1개월로 단축",
        "  나. 집행 증빙을 전자적으로 제출할 수 있는 근거 신설",
        "  다. 서식 3종을 통합하고 중복 기재 항목 삭제",
        "3. 각 부서와 소속기관에서는 개정 내용을 숙지하여 업무 처리에 착오가 없도록 하여 주시기 바랍니다.",
    ], ["신ㆍ구 조문 대비표 1부."])


def body_inspection(r, ag, ymd):
    return ("다중이용시설 합동 안전점검 일정 통보", [
        "1. 봄철 국가안전대진단 기간을 맞아 관내 다중이용시설에 대한 유관기관 합동점검을 실시합니다.",
        "2. 점검 기간은 %s부터 %s까지이며, 대상 시설은 %s 등 %d개소입니다." % (dstr(later(ymd, 5), 0), dstr(later(ymd, 26), 0),
                                                            r.choice(["대형 판매시설, 공연장", "요양병원, 찜질방", "전통시장, 터미널"]), r.randint(12, 48)),
        "3. 점검반은 건축ㆍ전기ㆍ가스ㆍ소방 분야 공무원과 민간 전문가로 구성하며, 지적 사항은 현장에서 시정하거나 기한을 정하여 보완하도록 할 예정입니다.",
        "4. 일정에 변동이 있으면 사전에 유선으로 알려 드리겠습니다.",
    ], ["점검 일정표 1부."])


def body_campaign(r, ag, ymd):
    season = r.choice([("겨울철 한파", "외출 시 보온에 유의하고 수도 계량기 동파를 예방"), ("여름철 폭염", "한낮 야외활동을 자제하고 물을 자주 마시기"),
                       ("봄철 산불", "산림 인접지에서 쓰레기를 태우지 않기"), ("장마철 집중호우", "하천 둔치와 지하차도 이용을 자제")])
    return ("%s 대비 국민행동요령 홍보 협조" % season[0], [
        "1. %s에 따른 피해를 줄이기 위하여 국민행동요령을 집중 홍보하고자 합니다." % season[0],
        "2. 각 기관에서는 누리집, 전광판, 소셜미디어 등 보유 매체를 활용하여 붙임 홍보물을 게시하여 주시기 바랍니다.",
        "3. 핵심 문구: \"%s\"" % season[1],
        "4. 홍보 실적은 별도 제출하지 않으며, 자체 점검만 하여 주시면 됩니다.",
    ], ["홍보 카드뉴스 1부.", "전광판 송출용 문안 1부."])


def body_contest(r, ag, ymd):
    return ("%d년 적극행정 우수사례 공모 안내" % ymd[0], [
        "1. 적극적으로 업무를 처리하여 국민 불편을 해소한 사례를 발굴ㆍ확산하기 위하여 우수사례를 공모합니다.",
        "2. 응모 자격: 우리 %s 소속 직원(개인 또는 팀)" % ("기관" if ag["kind"] != "기초지자체" else "시ㆍ군"),
        "3. 접수 기간: %s ~ %s" % (dstr(later(ymd, 3), 0), dstr(later(ymd, 24), 0)),
        "4. 심사를 거쳐 최우수 1건, 우수 2건, 장려 3건을 선정하며, 선정된 사례는 내부 게시판과 누리집에 게시합니다.",
    ], ["응모 서식 1부."])


def body_opinion(r, ag, ymd):
    ord_ = r.choice(["주차장 설치 및 관리 조례", "공공시설물 사용료 징수 조례", "청년 기본 조례", "옥외광고물 관리 조례"])
    return ("「%s %s」 일부개정조례안 입법예고에 따른 의견 조회" % (ag["name"], ord_), [
        "1. 우리 %s에서 추진 중인 「%s」 일부개정조례안을 붙임과 같이 입법예고하였습니다." % ("시" if "시" in ag["name"] else "기관", ord_),
        "2. 개정안에 대하여 의견이 있는 부서는 %s까지 회신하여 주시기 바랍니다. 기한 내 회신이 없으면 의견이 없는 것으로 보겠습니다." % dstr(later(ymd, 15), 0),
    ], ["입법예고문 1부.", "조례 개정안 1부."])


def body_school(r, ag, ymd):
    return ("학교 급식 위생ㆍ안전 점검 결과 알림", [
        "1. %s 관내 초ㆍ중ㆍ고등학교 %d교를 대상으로 실시한 급식 위생ㆍ안전 점검 결과를 알려 드립니다." % (ag["name"], r.randint(40, 180)),
        "2. 점검 결과 식재료 보관 온도 미준수 %d건, 조리 기구 세척 미흡 %d건 등 총 %d건의 개선 사항이 확인되었으며, 모두 현장에서 시정하였습니다." % (r.randint(2, 9), r.randint(1, 6), r.randint(12, 30)),
        "3. 각급 학교에서는 붙임 점검 결과를 참고하여 유사 사례가 재발하지 않도록 자체 점검을 강화하여 주시기 바랍니다.",
    ], ["점검 결과 총괄표 1부."])


def body_fire(r, ag, ymd):
    return ("%d년 화재안전조사 계획 알림" % ymd[0], [
        "1. 「화재의 예방 및 안전관리에 관한 법률」 제7조에 따라 관할 구역 내 특정소방대상물에 대한 화재안전조사를 실시합니다.",
        "2. 조사 대상은 %s 등이며, 소방시설 작동 여부와 피난 통로 확보 상태를 중점적으로 확인합니다." % r.choice(["노유자시설, 숙박시설", "물류창고, 공장", "전통시장, 지하상가"]),
        "3. 조사 일시는 대상별로 7일 전까지 관계인에게 개별 통지할 예정입니다.",
    ], ["화재안전조사 계획서 1부."])


def body_police(r, ag, ymd):
    return ("명절 특별 방범 활동 추진 알림", [
        "1. 명절 연휴를 앞두고 빈집 털이와 금융기관 대상 범죄를 예방하기 위하여 특별 방범 활동을 다음과 같이 추진합니다.",
        "2. 기간: %s ~ %s (10일간)" % (dstr(ymd, 0), dstr(later(ymd, 10), 0)),
        "3. 주요 내용: 취약 시간대 가시적 순찰 강화, 편의점ㆍ금은방 방범 진단, 자율방범대 합동 순찰",
        "4. 관계 기관에서는 공공 CCTV 관제 인력 보강 등 협조하여 주시기 바랍니다.",
    ], [])


def body_utility(r, ag, ymd):
    job = r.choice([("단수", "노후 상수도관 교체 공사"), ("정전", "배전선로 개량 작업"), ("통행 제한", "교량 신축이음장치 보수 공사")])
    return ("%s에 따른 %s 사전 안내" % (job[1], job[0]), [
        "1. %s를 아래와 같이 시행함에 따라 일부 지역에 %s이 불가피하여 안내드립니다." % (job[1], job[0]),
        "  가. 일시: %s 09:00 ~ 16:00" % dstr(later(ymd, 6), 0),
        "  나. 대상: %s 일원" % r.choice(["신동ㆍ매탄동", "중앙동 1ㆍ2가", "북부 산업단지", "서부 국도 구간"]),
        "2. 작업 상황에 따라 시간이 변경될 수 있으니 양해하여 주시고, 주민 안내 방송에 협조하여 주시기 바랍니다.",
    ], [])


PUBLIC_BODIES = [body_training, body_meeting, body_material, body_event, body_rule, body_inspection, body_campaign,
                 body_contest, body_opinion, body_school, body_fire, body_police, body_utility]
LOCAL = ("광역지자체", "기초지자체")
NONCOURT = ("중앙부처", "광역지자체", "기초지자체", "교육청", "경찰", "소방", "공기업", "공공기관")
BODY_KIND = {body_school: ("교육청",), body_fire: ("소방",), body_police: ("경찰",), body_utility: ("공기업", "기초지자체"),
             body_meeting: LOCAL, body_material: LOCAL + ("교육청",), body_event: LOCAL, body_inspection: LOCAL + ("소방",),
             body_campaign: LOCAL + ("소방", "중앙부처"), body_opinion: LOCAL}


def ag_for(r, f, default=NONCOURT):
    kinds = BODY_KIND.get(f, default)
    pool = agencies_of(*kinds)
    if f is body_campaign:
        pool = [a for a in pool if a["kind"] != "중앙부처" or a["name"] in ("행정안전부", "환경부", "보건복지부")]
    return r.choice(pool)


def pick_public_body(r, v):
    f = PUBLIC_BODIES[v % len(PUBLIC_BODIES)]
    return f, ag_for(r, f)


# ---------------------------------------------------------------------------
# template registry
# ---------------------------------------------------------------------------
TEMPLATES = []


def template(name, count):
    def deco(f):
        TEMPLATES.append((name, count, f))
        return f
    return deco


def new_doc(r):
    d = Doc()
    if r.random() < 0.5:
        d.font, d.tfont = "HYGothic-Medium", "HYGothic-Medium"
    d.tsep = r.choice([" | ", "\t", " | ", "  "])
    return d


# ===========================================================================
# PUBLIC
# ===========================================================================
@template("gongmun_public", 20)
def t_gongmun_public(r, v):
    f, ag = pick_public_body(r, v)
    ymd = date(r, 2021, 2025)
    subj, body, att = f(r, ag, ymd)
    doc = new_doc(r)
    val = field_value(r, "public", [], form=v)
    place = ["tel_end", "own_line_after_siheng", "tel_end", "own_line_last", "approval_table"][v % 5]
    res = gongmun(doc, r, ag, r.choice(ag["depts"]), subj, body, att, recv=r.choice(["수신자 참조", "각 부서장", "내부결재", "소속기관장"]),
                  field=val, place=place, ymd=ymd, oldstyle=(v % 7 == 3))
    loc = {"tel_end": "gyeolmun_after_siheng", "own_line_after_siheng": "gyeolmun_after_siheng",
           "own_line_last": "last_line", "approval_table": "approval_table"}[place]
    return mk(doc, subj, "공문", "public", "none", [], "field_public", loc, val,
              stated={"disclosure": "public", "items": []})


PRESS_KINDS = [("소방", "기초지자체"), ("기초지자체", "광역지자체"), ("공공기관",), ("광역지자체", "기초지자체"), ("광역지자체", "기초지자체"),
               ("기초지자체", "광역지자체"), ("교육청", "경찰"), ("광역지자체", "기초지자체")]
PRESS = [
    ("전통시장 화재 예방, 주말 야간 순찰 강화한다", ["상인회와 함께 취약 점포 %d곳 집중 관리", "전기ㆍ가스 설비 무료 점검도 병행"],
     ["%s(이하 '%s')는 전통시장 화재를 예방하기 위해 이달부터 주말 야간 순찰을 두 배로 늘린다고 밝혔다.",
      "최근 5년간 관내 전통시장에서 발생한 화재의 절반 이상이 영업이 끝난 뒤 전기적 요인으로 일어난 것으로 분석됐다.",
      "이에 따라 소방공무원과 의용소방대원이 합동으로 점포 분전반과 멀티탭 과열 여부를 살피고, 노후 전선은 상인회와 협의해 교체를 지원한다.",
      "담당 과장은 \"작은 불씨가 시장 전체로 번지지 않도록 상인들께서 퇴근 전 전원 차단을 꼭 확인해 달라\"고 당부했다."]),
    ("어르신 무료 독감 예방접종 %d일부터 시작", ["만 65세 이상 지정 의료기관에서 신분증만 지참", "연령별 순차 접종으로 대기 시간 최소화"],
     ["%s(이하 '%s')는 어르신 인플루엔자 무료 예방접종을 시작한다고 밝혔다.",
      "접종은 연령에 따라 나누어 진행하며, 가까운 지정 의료기관을 방문하면 별도 예약 없이 받을 수 있다.",
      "지정 의료기관 목록은 누리집과 예방접종도우미 누리집에서 확인할 수 있다.",
      "접종 당일 발열 등 이상 증상이 있으면 접종을 미루고, 접종 후 20~30분간 의료기관에 머물며 이상 반응을 관찰하는 것이 좋다."]),
    ("공공기관 누리집 접근성 개선, 올해 %d곳 완료", ["시각장애인 화면낭독기 호환성 점검", "개선 결과 누리집에 공개"],
     ["%s(이하 '%s')는 장애인과 고령자가 공공 누리집을 불편 없이 이용할 수 있도록 접근성 개선 사업을 마무리했다고 밝혔다.",
      "이번 사업에서는 대체 텍스트 누락, 키보드만으로 이동할 수 없는 메뉴, 낮은 명도 대비 등 자주 지적된 항목을 중점적으로 고쳤다.",
      "개선 전후 점검 결과는 기관별로 정리하여 누리집 자료실에 게시할 예정이다."]),
    ("겨울철 도로 결빙 취약구간 %d곳 집중 관리", ["자동 염수분사장치 추가 설치", "결빙 예보 문자 서비스 확대"],
     ["%s(이하 '%s')는 겨울철 블랙아이스 사고를 막기 위해 결빙 취약구간을 지정하고 집중 관리에 들어간다고 밝혔다.",
      "그늘진 교량과 고갯길 등 상습 결빙 구간에는 자동 염수분사장치를 추가로 설치하고, 제설 장비를 사전에 배치한다.",
      "운전자는 기온이 영하로 떨어지는 새벽과 밤에 감속 운행하고 차간 거리를 충분히 확보해야 한다."]),
    ("청년 월세 한시 지원, 신청 기간 연장", ["소득 요건 충족 시 최대 12개월 지원", "온라인ㆍ방문 신청 모두 가능"],
     ["%s(이하 '%s')는 청년 월세 한시 특별지원 신청 기간을 연장한다고 밝혔다.",
      "지원 대상은 부모와 따로 사는 만 19~34세 무주택 청년으로, 소득과 재산 요건을 모두 충족해야 한다.",
      "신청은 복지로 누리집 또는 주소지 행정복지센터에서 할 수 있으며, 임대차계약서와 월세 이체 내역을 함께 제출해야 한다."]),
    ("하천 수질 개선 사업 준공, 시민 쉼터로 탈바꿈", ["생태 습지와 산책로 %d km 조성", "수질 등급 두 단계 개선"],
     ["%s(이하 '%s')는 도심 하천의 수질을 개선하고 시민 쉼터를 조성하는 사업을 마치고 준공식을 열었다고 밝혔다.",
      "사업 구간에는 오염물질을 걸러 주는 인공 습지와 산책로, 징검다리가 새로 만들어졌다.",
      "사업 전 측정에서 '약간 나쁨' 수준이던 수질은 준공 후 '좋음'에 가까운 수준으로 개선된 것으로 나타났다."]),
    ("학교 통학로 안전 점검 결과 발표", ["보행로 단절 구간 %d곳 정비", "어린이 보호구역 단속카메라 확대"],
     ["%s(이하 '%s')는 관내 초등학교 통학로 안전 점검 결과를 발표했다.",
      "점검 결과 보도와 차도가 분리되지 않은 구간, 불법 주정차가 잦은 구간 등이 개선 대상으로 확인됐다.",
      "관계 기관은 올해 안에 보행로 정비와 과속방지턱 설치를 마칠 계획이다."]),
    ("지역 중소기업 수출 상담회 성황리 마쳐", ["해외 바이어 %d개사 참가", "현장 계약 추진액 공개"],
     ["%s(이하 '%s')는 지역 중소기업의 해외 판로 개척을 돕기 위한 수출 상담회를 열었다고 밝혔다.",
      "상담회에는 식품, 화장품, 기계 부품 분야 기업들이 참여해 해외 바이어와 일대일 상담을 진행했다.",
      "참가 기업 명단과 상담 실적은 추후 누리집을 통해 공개될 예정이다."]),
]


@template("press_release", 12)
def t_press(r, v):
    head, subs, paras = PRESS[v % len(PRESS)]
    ag = r.choice(agencies_of(*PRESS_KINDS[v % len(PRESS)]))
    n = r.randint(3, 60)
    head = head % n if "%d" in head else head
    subs = [s % n if "%d" in s else s for s in subs]
    doc = new_doc(r)
    ymd = date(r, 2022, 2025)
    short = ag["name"].split(" ")[-1]
    subj = josa("%s(이하 '%s')" % (ag["name"], short), "은/는") if " " in ag["name"] else josa(ag["name"], "은/는")
    doc.box("보 도 자 료", align="L", color="#1F3864")
    doc.table([["보도 일시", "%s(%s) 조간" % (dstr(later(ymd, 1), 0), r.choice("월화수목금")) if v % 2 else "배포 즉시 보도 가능"],
               ["배포 일시", "%s %02d:00" % (dstr(ymd, 0), r.randint(9, 16))]], widths=[1, 3], head=False)
    doc.title(head)
    for s in subs:
        doc.p("- " + s)
    doc.blank()
    for i, p in enumerate(paras):
        doc.p("□ " + (p.replace("%s(이하 '%s')는 ", subj + " ") if i == 0 else p))
    doc.blank()
    boss = chain(r, ag, 3)
    doc.table([["담당 부서", r.choice(ag["depts"]), "책임자", "%s %s" % (boss[2][0], boss[2][1]), telno(r, ag)],
               ["", "", "담당자", "%s %s" % (boss[0][0], boss[0][1]), telno(r, ag)]], widths=[1.2, 2, 1, 1.6, 1.6], head=False)
    if v % 3 == 1:
        doc.footer = "%s  %s" % (ag["name"], ag["web"])
    if v % 2 == 0:
        doc.header = "%s 보도자료" % ag["name"]
    return mk(doc, head, "보도자료", "public", "none", [], "no_field", "none", head[:12],
              note="officials named in office only (9-1-6 라목)")


@template("checkbox_public", 4)
def t_checkbox_public(r, v):
    ag = r.choice([a for a in AGENCIES if a["kind"] in ("중앙부처", "광역지자체", "공공기관", "교육청")])
    ymd = date(r, 2020, 2025)
    topic = ["지역 관광 활성화 방안 연구", "공공도서관 이용 실태 조사", "스마트 가로등 도입 타당성 연구", "학교 공간 재구조화 사례 분석"][v % 4]
    doc = new_doc(r)
    doc.p("연구용역 최종보고서", align="C")
    doc.title(topic)
    doc.blank()
    box = ["■공개  □부분공개  □비공개", "■ 공개 □ 부분공개 □ 비공개", "공개 [■]  부분공개 [□]  비공개 [□]", "☑공개 ☐부분공개 ☐비공개"][v % 4]
    doc.table([["발주기관", ag["name"]], ["수행기관", r.choice(["○○대학교 산학협력단", "(재)지역정책연구원", "한국행정연구소(주)"])],
               ["연구기간", "%s ~ %s" % (dstr(ymd, 0), dstr(later(ymd, 150), 0))],
               ["공개여부", box]], widths=[1, 3], head=False)
    doc.blank()
    doc.p("이 보고서는 %s의 연구용역 결과로서, 보고서의 내용은 연구진의 의견이며 %s의 공식 견해와 다를 수 있습니다." % (ag["name"], ag["name"]))
    doc.p("요약")
    doc.p("본 연구는 %s에 대한 기초 자료를 정리하고 정책 방향을 제시하였다. 문헌 검토, 현장 조사, 전문가 자문을 병행하였으며, 단기ㆍ중기 과제로 나누어 제언하였다." % topic)
    return mk(doc, topic, "연구보고서 표지", "public", "none", [], "checkbox_public", "checkbox_form", box,
              stated={"disclosure": "public", "items": []})


@template("mention_daeoebi_guide", 5)
def t_mention_daeoebi(r, v):
    ag = r.choice(AGENCIES)
    ymd = date(r, 2020, 2025)
    doc = new_doc(r)
    subj = ["대외비 문서 관리 철저 요청", "비밀ㆍ대외비 취급 시 유의사항 안내", "연말 보안 점검 대비 비밀 관리 실태 자체 점검",
            "대외비 표시 및 보호기간 기재 요령 알림", "전자문서 보안등급 지정 기준 안내"][v % 5]
    body = [
        ["1. 최근 일부 부서에서 대외비 문서를 일반 문서함에 보관하거나 보호기간을 적지 않은 사례가 확인되었습니다.",
         "2. 대외비는 「보안업무규정 시행규칙」에 따라 비밀에 준하여 관리하여야 하므로, 문서 상단과 하단에 '대외비' 표시를 하고 보호기간(예: '2026. 12. 31.까지 대외비')을 반드시 적어 주시기 바랍니다.",
         "3. 보호기간이 지난 대외비는 일반문서로 재분류하여 관리하고, 불필요한 사본은 즉시 파기하여 주시기 바랍니다."],
        ["1. 비밀(Ⅰ급비밀ㆍⅡ급비밀ㆍⅢ급비밀)과 대외비를 취급할 때 지켜야 할 사항을 다시 알려 드립니다.",
         "  가. 비밀은 비밀취급 인가를 받은 사람만 열람할 수 있으며, 예고문과 사본번호를 빠뜨리지 않도록 합니다.",
         "  나. 대외비는 업무상 필요한 사람에 한하여 열람하게 하고, 외부 전자우편으로 보내지 않습니다.",
         "  다. 비밀을 복제한 경우에는 원본과 같은 등급으로 표시하고 사본번호를 부여합니다.",
         "2. 각 부서 보안담당관은 위 사항을 소속 직원에게 전파하여 주시기 바랍니다."],
        ["1. 정부 합동 보안감사에 앞서 각 부서의 비밀 관리 실태를 자체 점검하고자 합니다.",
         "2. 점검 항목: 비밀관리기록부 기재 상태, Ⅲ급 비밀 보관 용기 잠금 장치, 대외비 보호기간 경과 여부, 파기 기록",
         "3. 점검 결과는 붙임 서식에 따라 작성하되, 점검 결과 자체에는 비밀 내용을 적지 말아 주십시오."],
        ["1. 대외비 표시 방법을 다음과 같이 통일하여 적용하여 주시기 바랍니다.",
         "  가. 표시 위치: 문서 각 면의 상단 중앙과 하단 중앙",
         "  나. 표시 문구 예시: 대외비(보호기간: 2027. 6. 30.까지)",
         "  다. 전자문서는 보안등급 항목을 '대외비'로 지정하고 본문에도 같은 표시를 합니다.",
         "2. 표시가 누락된 문서는 생산 부서에서 즉시 보완하여 주시기 바랍니다."],
        ["1. 업무관리시스템에서 전자문서의 보안등급을 지정하는 기준을 안내합니다.",
         "2. 일반문서는 '일반', 대외비는 '대외비', 비밀은 등급에 따라 'Ⅱ급', 'Ⅲ급' 등으로 지정하되, 비밀은 전자문서로 생산하지 않는 것을 원칙으로 합니다.",
         "3. 보안등급을 잘못 지정한 경우 문서 생산 부서의 장이 정정할 수 있습니다."],
    ][v % 5]
    gongmun(doc, r, ag, r.choice(ag["depts"]), subj, body, ["자체 점검표 1부."] if v % 5 == 2 else (), recv="각 부서(보안담당관)",
            field=field_value(r, "public", []), place="tel_end", ymd=ymd)
    cue_text = {0: "'대외비' 표시", 1: "Ⅲ급비밀)과 대외비", 2: "Ⅲ급 비밀 보관 용기", 3: "대외비(보호기간: 2027. 6. 30.까지)", 4: "대외비는 '대외비'"}[v % 5]
    return mk(doc, subj, "보안 지침 안내", "public", "none", [], "mention_marking", "body", cue_text, flags=["mention_only"],
              stated={"disclosure": "public", "items": []})


@template("mention_disclosure_guide", 4)
def t_mention_disclosure_guide(r, v):
    ag = r.choice([a for a in AGENCIES if a["kind"] in ("중앙부처", "광역지자체", "기초지자체", "공공기관")])
    doc = new_doc(r)
    doc.title(["정보공개 업무 처리 안내서", "알기 쉬운 공개구분 지정 요령", "원문정보 공개 실무 안내", "정보공개 청구 처리 Q&A"][v % 4])
    doc.p("%s 정보공개 담당" % ag["name"], align="R")
    doc.blank()
    blocks = [
        ["1. 공개구분이란?",
         "공문서를 생산할 때에는 결문의 공개구분란에 공개, 부분공개, 비공개 중 하나를 적습니다. 부분공개나 비공개로 정할 때에는 「공공기관의 정보공개에 관한 법률」 제9조 제1항 각 호 중 해당하는 호를 괄호 안에 숫자로 적습니다.",
         "  예) 부분공개(6), 비공개(제9조 제1항 제5호)",
         "2. 자주 하는 실수",
         "  - 담당 공무원의 성명과 직위만 있는데 부분공개(6)로 지정하는 경우: 공무원의 성명ㆍ직위는 공개 대상입니다.",
         "  - 회의 일정 안내 문서를 비공개(5)로 지정하는 경우: 의사결정 과정에 있는 정보가 아니면 공개가 원칙입니다."],
        ["□ 비공개 사유 적용 시 유의점",
         "○ 제5호(감사ㆍ감독ㆍ검사ㆍ시험ㆍ의사결정 과정 등)는 공개될 경우 업무의 공정한 수행에 현저한 지장을 줄 고도의 개연성이 있을 때만 적용합니다.",
         "○ 제6호(개인에 관한 사항)는 특정인을 알아볼 수 있는 정보에 적용하되, 공개하는 것이 공익을 위하여 필요한 경우 등은 예외입니다.",
         "○ 적용 예시: '비공개 (9조1항5호)', '부분공개(5,6)'처럼 적는 경우도 있으나 기관 내에서는 한 가지 방식으로 통일하는 것이 좋습니다."],
        ["Ⅰ. 원문정보 공개 대상",
         "  공개로 지정된 결재문서는 결재 후 일정 기간이 지나면 정보공개포털에 원문이 자동 게시됩니다.",
         "Ⅱ. 공개구분 변경",
         "  부분공개(6)로 지정한 문서라도 개인정보를 가린 사본을 만들어 공개할 수 있으며, 비공개로 지정한 문서도 비공개 사유가 사라지면 공개로 변경합니다.",
         "Ⅲ. 문의: 각 부서 기록관리 담당자"],
        ["Q. 민원인 이름이 들어간 문서는 무조건 비공개인가요?",
         "A. 아닙니다. 이름과 연락처 등 개인정보 부분만 가리고 나머지를 공개하는 부분공개(6)가 일반적입니다.",
         "Q. 법 제9조①5를 적용하면 영구히 비공개인가요?",
         "A. 의사결정 과정이 끝나면 공개하는 것이 원칙이며, 비공개(4) 역시 재판이나 수사가 끝나면 다시 판단해야 합니다."],
    ][v % 4]
    for b in blocks:
        doc.p(b)
    if v % 2:
        doc.footer = "- {page} -"
    cue = {0: "부분공개(6), 비공개(제9조 제1항 제5호)", 1: "'부분공개(5,6)'", 2: "부분공개(6)로 지정한 문서라도", 3: "비공개(4) 역시"}[v % 4]
    return mk(doc, "정보공개 안내", "업무 안내서", "public", "none", [], "mention_field", "body", cue, flags=["mention_only"])


@template("mention_password", 4)
def t_mention_password(r, v):
    ag = r.choice(AGENCIES)
    doc = new_doc(r)
    ymd = date(r, 2021, 2025)
    if v % 2 == 0:
        subj = "업무용 PC 비밀번호 정기 변경 안내"
        body = ["1. 정보보안 기본지침에 따라 업무용 PC와 업무관리시스템의 비밀번호를 분기마다 변경하여야 합니다.",
                "2. 변경 기한: %s까지" % dstr(later(ymd, 10), 0),
                "3. 비밀번호 작성 규칙",
                "  가. 영문 대ㆍ소문자, 숫자, 특수문자를 섞어 9자리 이상",
                "  나. 생일, 전화번호, 연속된 숫자(1234 등) 사용 금지",
                "  다. 최근 사용한 비밀번호 재사용 금지",
                "4. 비밀번호는 메모지에 적어 모니터 주변에 붙여 두지 마시기 바랍니다."]
        gongmun(doc, r, ag, r.choice(ag["depts"]), subj, body, (), recv="전 직원", field=field_value(r, "public", []), place="tel_end", ymd=ymd)
        cue = "비밀번호를 분기마다 변경"
    else:
        subj = "[알림] 메신저 비밀번호 초기화 절차 변경"
        doc.title(subj)
        doc.p("등록일 %s  |  작성 %s 정보화담당" % (dstr(ymd, 3), ag["name"]))
        doc.blank()
        doc.p("비밀번호를 5회 이상 잘못 입력하여 잠긴 계정은 앞으로 본인이 직접 초기화할 수 있습니다.")
        doc.p("초기화 방법: 로그인 화면 > 비밀번호 찾기 > 공동인증서 또는 행정전자서명 인증 > 새 비밀번호 설정")
        doc.p("인증이 어려운 경우 정보화담당(내선 %d)으로 연락하시면 됩니다. 비밀 문서와는 관계없는 안내입니다." % r.randint(2000, 4999))
        cue = "비밀번호 찾기"
    return mk(doc, subj, "내부 공지", "public", "none", [], "mention_password", "body", cue, flags=["mention_only"])


@template("mention_grade", 4)
def t_mention_grade(r, v):
    ag = r.choice([a for a in AGENCIES if a["kind"] in ("중앙부처", "광역지자체")])
    doc = new_doc(r)
    ymd = date(r, 2021, 2025)
    doc.title("인 사 발 령")
    doc.p("%s 제%d-%d호" % (ag["name"], ymd[0], r.randint(10, 300)), align="R")
    rows = [["성명", "현 직위", "발령 사항", "비고"]]
    gr = [("3급(부이사관)", "4급(서기관)"), ("1급(관리관)", "2급(이사관)"), ("2급(이사관)", "3급(부이사관)"), ("3급 상당", "4급 상당")]
    for i in range(r.randint(3, 5)):
        g = gr[(v + i) % 4]
        cur = "%s 과장" % r.choice(ag["depts"]) if ("3" in g[0] or "4" in g[1]) else r.choice(["기획조정실 정책기획관", "본부 국장", "비상안전기획관", "감사관"])
        rows.append([person(r), cur,
                     "%s 승진 임용" % g[0] if i % 2 == 0 else "%s %s 전보" % (r.choice(ag["depts"]), g[1]), ""])
    doc.table(rows, widths=[1, 2.4, 2.4, 0.8])
    doc.p("%s" % dstr(ymd, 2), align="C")
    doc.p(ag["sender"], align="C", bold=True)
    cue = rows[1][2]
    return mk(doc, "인사발령", "인사명령", "public", "none", [], "mention_grade", "body", cue, flags=["mention_only"],
              note="civil-service grades of officials acting in office")


@template("mention_numbering", 4)
def t_mention_numbering(r, v):
    ag = r.choice([a for a in AGENCIES if a["kind"] in ("광역지자체", "기초지자체", "중앙부처")])
    doc = new_doc(r)
    ymd = date(r, 2022, 2025)
    if v % 2 == 0:
        t = "%d년 %s 추진계획" % (ymd[0] + 1, r.choice(["생활폐기물 감량", "도시숲 조성", "노인 일자리", "공공 와이파이 확충"]))
        doc.title(t)
        doc.p("%s %s" % (dstr(ymd, 4), r.choice(ag["depts"])), align="R")
        doc.p("Ⅰ. 추진 배경")
        doc.p("  ○ 관련 수요가 꾸준히 늘고 있으나 기존 사업은 읍ㆍ면 지역에서 이용률이 낮음")
        doc.p("Ⅱ. 추진 현황")
        doc.p("  ○ 최근 3년간 예산과 실적을 정리하면 다음과 같음")
        doc.table([["구분", "%d" % (ymd[0] - 2), "%d" % (ymd[0] - 1), "%d" % ymd[0]],
                   ["예산(백만원)", str(r.randint(300, 900)), str(r.randint(300, 900)), str(r.randint(300, 900))],
                   ["실적(건)", str(r.randint(40, 300)), str(r.randint(40, 300)), str(r.randint(40, 300))]])
        doc.p("Ⅲ. 추진 계획")
        doc.p("  ○ 1단계(상반기): 수요 조사 및 대상지 선정")
        doc.p("  ○ 2단계(하반기): 사업 시행 및 만족도 조사")
        doc.p("Ⅳ. 행정사항")
        doc.p("  ○ 각 읍ㆍ면ㆍ동은 대상지 추천 결과를 기한 내 제출")
        cue = "Ⅲ. 추진 계획"
    else:
        t = "%s 주요 하천 수질 측정 결과(%d년 %d분기)" % (ag["name"], ymd[0], r.randint(1, 4))
        doc.title(t)
        doc.p("측정 지점 %d곳 가운데 대부분이 Ⅱ등급(약간 좋음) 이상을 유지하였으나, 하류 %d개 지점은 Ⅲ등급(보통)으로 나타났다." % (r.randint(8, 20), r.randint(1, 3)))
        doc.table([["지점", "BOD(mg/L)", "등급"], ["상류 1", "1.%d" % r.randint(0, 9), "Ⅰb"], ["중류 2", "2.%d" % r.randint(0, 9), "Ⅱ"],
                   ["하류 3", "3.%d" % r.randint(0, 9), "Ⅲ"]])
        doc.p("흔히 '3급수'라 부르는 수준은 고도의 정수처리 후 공업용수로 쓸 수 있는 정도를 말한다. 수질 등급은 누리집에 매 분기 공개한다.")
        cue = "Ⅲ등급(보통)"
    return mk(doc, t, "계획ㆍ결과 보고", "public", "none", [], "mention_numbering", "body", cue, flags=["mention_only"])


@template("mention_hong_form", 4)
def t_mention_hong(r, v):
    ag = r.choice([a for a in AGENCIES if a["kind"] in ("기초지자체", "공공기관", "교육청")])
    doc = new_doc(r)
    form = ["개인정보 수집ㆍ이용 동의서 (작성 예시)", "주민등록표 열람ㆍ등초본 교부 신청서 작성 예시", "장학금 신청서 기재 요령", "자원봉사 활동 신청서(예시)"][v % 4]
    doc.p("■ %s 서식 [별지 제%d호]" % (ag["name"], r.randint(1, 12)))
    doc.title(form)
    doc.table([["성명", "홍길동", "생년월일", "1900. 1. 1."],
               ["주민등록번호", "000000-0000000", "연락처", "010-0000-0000"],
               ["주소", "○○시 ○○구 ○○로 00", "", ""]], widths=[1, 2, 1, 2], head=False)
    doc.p(["※ 위 내용은 작성 예시이며 실제 인물과 관계없습니다. 신청인은 본인의 정보를 정확히 기재하여 주십시오.",
           "※ 음영 부분은 기재 예시입니다. 실제 신청 시에는 신청인 본인의 인적 사항을 적습니다.",
           "※ 예시의 성명과 번호는 가상의 것입니다. 주민등록번호는 처리 목적에 필요한 경우에만 적습니다.",
           "※ 작성 요령: 성명은 주민등록상 이름을, 주소는 도로명주소를 적으십시오(위는 예시)."][v % 4])
    doc.p(["※ 수집한 개인정보는 신청 처리 목적으로만 이용하며, 보유기간이 지나면 지체 없이 파기합니다.",
           "※ 열람ㆍ교부 수수료는 별도이며, 대리 신청 시 위임장이 필요합니다.",
           "※ 장학금 지급이 끝나면 제출 서류는 5년간 보관 후 파기합니다.",
           "※ 봉사 활동 중 알게 된 수혜자의 개인정보를 외부에 알려서는 안 됩니다."][v % 4])
    doc.p("신청인  홍 길 동  (서명 또는 인)", align="R")
    doc.p("%s 귀하" % ag["sender"], align="L")
    return mk(doc, form, "서식(작성 예시)", "public", "none", [], "placeholder_person", "body", "000000-0000000",
              flags=["mention_only", "placeholder"])


@template("mention_declass", 3)
def t_mention_declass(r, v):
    ag = r.choice(agencies_of("중앙부처", "공기업", "광역지자체"))
    doc = new_doc(r)
    ymd = date(r, 2021, 2025)
    subj = ["보호기간 만료 비밀의 일반문서 재분류 결과 알림", "대외비 일괄 해제에 따른 기록물 관리 요청", "비밀 재분류 심의 결과 통보"][v % 3]
    body = [["1. %s 보안심사위원회 심의 결과, 아래 문서는 예고문에 따른 보호기간이 만료되어 일반문서로 재분류하였음을 알려 드립니다." % ag["name"],
             "2. 대상: %d년 생산 Ⅲ급비밀 %d건(문서 제목은 별도 관리대장 참조)" % (ymd[0] - 10, r.randint(2, 9)),
             "3. 재분류된 문서는 기록관으로 이관하여 일반기록물과 같은 방법으로 관리하여 주시기 바랍니다."],
            ["1. 보호기간이 '%d. 12. 31.까지'로 정해진 대외비 문서 %d건의 보호기간이 지났습니다." % (ymd[0] - 1, r.randint(5, 30)),
             "2. 해당 문서는 대외비 표시를 삭제하고 일반문서로 관리하되, 개인정보가 포함된 경우에는 공개 여부를 별도로 검토하여 주시기 바랍니다."],
            ["1. 정기 재분류 심의에서 Ⅱ급비밀 %d건은 Ⅲ급비밀로 낮추고, Ⅲ급비밀 %d건은 비밀을 해제하기로 하였습니다." % (r.randint(1, 3), r.randint(2, 8)),
             "2. 비밀관리기록부를 정리하고, 해제된 문서의 표지에 해제 일자를 적어 주시기 바랍니다."]][v % 3]
    gongmun(doc, r, ag, r.choice(ag["depts"]), subj, body, (), recv="각 부서 보안담당관", field=field_value(r, "public", []),
            place="own_line_after_siheng", ymd=ymd)
    cue = ["Ⅲ급비밀", "대외비 표시를 삭제", "Ⅱ급비밀"][v % 3]
    return mk(doc, subj, "보안 행정", "public", "none", [], "mention_marking", "body", cue, flags=["mention_only"],
              stated={"disclosure": "public", "items": []})


@template("mention_cover_secret", 3)
def t_mention_cover(r, v):
    ag = [AG["행정안전부"], AG["병무청"], r.choice(agencies_of("광역지자체"))][v % 3]
    doc = new_doc(r)
    ymd = date(r, 2021, 2025)
    subj = ["%d년 비상대비 업무 지침 송부" % ymd[0], "전시 동원 업무 세부 지침 송부", "을지연습 상황 조치 자료 송부"][v % 3]
    spell = ["3급 비밀", "Ⅲ급비밀", "비밀(Ⅲ급)"][v % 3]
    body = ["1. %s" % ["비상대비 업무의 연간 추진 방향을 담은 지침을 보내 드립니다.", "동원 대상 자원 관리에 필요한 세부 지침을 송부합니다.", "을지연습 기간 중 부서별 상황 조치에 필요한 자료를 송부합니다."][v % 3],
            "2. 붙임 자료는 %s로 분류되어 있으므로 이 문서에 첨부하지 않고 비밀 수발 절차에 따라 인편으로 따로 보내 드립니다." % spell,
            "3. 수령 후에는 비밀관리기록부에 등재하고 접수 결과를 알려 주시기 바랍니다."]
    gongmun(doc, r, ag, r.choice(ag["depts"]), subj, body, ["관련 자료 1부(별도 송부)."], recv=r.choice(["수신자 참조", "각 시ㆍ도 비상대비 담당"]),
            field=field_value(r, "public", []), place="tel_end", ymd=ymd)
    return mk(doc, subj, "공문(송부문)", "public", "none", [], "mention_marking", "attachment_line", "%s로 분류되어" % spell,
              flags=["mention_only"], stated={"disclosure": "public", "items": []},
              note="cover letter only; the classified attachment is not part of this document")


@template("mention_audit_summary", 3)
def t_mention_audit(r, v):
    ag = r.choice(AGENCIES)
    doc = new_doc(r)
    ymd = date(r, 2021, 2025)
    t = "%d년 보안감사 결과 공개" % ymd[0]
    doc.header = "%s  |  %s" % (ag["name"], "보안감사 결과")
    doc.title(t)
    doc.p("%s 감사부서" % ag["name"], align="R")
    doc.p("1. 감사 개요")
    doc.p("  - 기간: %s ~ %s / 대상: 본부 및 소속기관 %d개 부서" % (dstr(ymd, 0), dstr(later(ymd, 5), 0), r.randint(8, 30)))
    doc.p("2. 주요 지적 사항")
    doc.table([["분야", "지적 내용", "건수"],
               ["문서보안", "대외비 보호기간 미기재", str(r.randint(1, 6))],
               ["문서보안", "비밀관리기록부 정리 미흡", str(r.randint(1, 4))],
               ["정보보안", "비밀번호 장기 미변경 PC", str(r.randint(3, 20))],
               ["시설보안", "보호구역 출입대장 누락", str(r.randint(1, 5))]], widths=[1, 3, 0.7])
    doc.p("3. 조치 결과: 지적 사항은 모두 시정 완료하였으며, 관련 부서에 주의 조치를 하였습니다.")
    doc.p("※ 이 자료는 감사 결과의 요약으로, 비밀이나 개인정보를 포함하지 않습니다.")
    return mk(doc, t, "감사 결과 공개", "public", "none", [], "mention_marking", "table_cell", "대외비 보호기간 미기재",
              flags=["mention_only"])


# ---------------------------------------------------------------------------
# long reports (2-4 pages, cue at the end)
# ---------------------------------------------------------------------------
LONG_POOLS = {
    "infra": [
        ("%s 노후 기반시설 정비 추진 결과 보고", [
            ("추진 배경", ["준공 후 30년이 지난 교량ㆍ지하차도가 관내 시설의 %d%%를 넘어섰다.",
                        "정기 안전점검에서 C등급 이하로 판정된 시설이 해마다 늘어 정비 요구가 커졌다.",
                        "시설물 안전법 개정으로 관리 주체의 보수ㆍ보강 의무가 강화되었다.",
                        "주민 설문에서도 노후 교량 정비가 생활 안전 분야 최우선 과제로 꼽혔다."]),
            ("추진 경과", ["정밀안전진단 결과를 토대로 정비 우선순위를 정하고 연차별 계획을 수립하였다.",
                        "국비 공모에 선정되어 총사업비 %d억 원 가운데 절반을 국비로 확보하였다.",
                        "설계 단계에서 주민설명회를 %d차례 열어 통행 불편에 대한 의견을 받았다.",
                        "장마철 이전에 하부 구조 공정을 마치도록 공정표를 조정하였다."]),
            ("사업별 추진 실적", ["교량 %d개소의 신축이음장치와 받침을 교체하였다.",
                               "지하차도 배수펌프를 대용량으로 바꾸고 침수 감지 경보기를 설치하였다.",
                               "보도육교 난간을 높이고 미끄럼 방지 포장을 하였다.",
                               "준공된 시설은 시설물통합정보관리시스템에 등록하여 점검 주기를 관리하고 있다."]),
            ("문제점 및 개선 과제", ["자재 가격 상승으로 일부 공구의 사업비가 증액되었다.",
                                  "동절기 공사 중지 기간이 길어 전체 공정이 한 달가량 늦어졌다.",
                                  "관리 주체가 둘 이상인 구간은 유지관리 책임이 불분명하여 협약이 필요하다.",
                                  "공사 중 접수된 민원 %d건은 대부분 소음과 먼지에 관한 것이었다."]),
            ("향후 계획", ["남은 시설을 대상으로 2단계 정비 사업을 추진한다.",
                        "스마트 계측기를 확대 설치하여 처짐과 균열을 상시 감시한다.",
                        "사업 결과는 누리집 정책실명제 게시판에 공개한다."]),
        ]),
        ("%s 보행환경 개선사업 종합 보고", [
            ("사업 개요", ["보행자 교통사고가 잦은 생활도로 %d개 구간을 대상으로 하였다.",
                        "보도 확충, 횡단보도 조명 설치, 차량 속도 저감 시설 설치가 주요 내용이다.",
                        "사업비는 교통안전 특별회계와 지방비로 충당하였다."]),
            ("현황 및 문제점", ["대상 구간의 절반 이상이 보도와 차도가 분리되지 않은 상태였다.",
                             "야간 보행 사고가 전체 사고의 %d%%를 차지하였다.",
                             "불법 주정차로 보행 공간이 좁아지는 구간이 많았다.",
                             "고령 보행자가 많은 전통시장 주변의 횡단 거리가 길었다."]),
            ("추진 실적", ["보도 %.1fkm를 새로 만들고 턱을 낮추었다.",
                        "횡단보도 집중 조명 %d개소를 설치하였다.",
                        "고원식 횡단보도와 과속방지턱을 설치하여 차량 속도를 낮추었다.",
                        "어린이 보호구역 노면 표시를 새로 칠하였다."]),
            ("효과 분석", ["사업 전후 1년을 비교하면 보행자 사고가 %d%% 줄었다.",
                        "주민 만족도 조사에서 '만족' 이상 응답이 다수였다.",
                        "차량 평균 속도가 시속 %dkm가량 낮아졌다."]),
            ("향후 계획", ["사고 다발 구간을 매년 다시 분석하여 대상지를 추가한다.",
                        "경찰서와 협의하여 단속 카메라 설치를 확대한다.",
                        "유지관리 예산을 별도로 편성한다."]),
        ]),
    ],
    "welfare": [
        ("%s 위기가구 발굴 및 지원 실적 보고", [
            ("개요", ["단전ㆍ단수, 건강보험료 체납 등 위기 정보를 활용하여 지원이 필요한 가구를 발굴하였다.",
                    "통장ㆍ이장과 명예사회복지공무원이 참여하는 인적 안전망을 함께 운영하였다.",
                    "분기별 발굴 목표는 %d가구였다."]),
            ("발굴 및 상담 실적", ["분기 중 새로 발굴한 가구는 %d가구이다.",
                                "상담 과정에서 채무 문제를 호소한 가구는 금융복지상담센터로 연계하였다.",
                                "연락이 닿지 않은 가구는 주민센터에서 다시 방문하였다.",
                                "현장 방문 시 2인 1조 원칙을 지켜 상담 인력의 안전을 확보하였다."]),
            ("지원 내역", ["발굴 가구의 %d%%가 기초생활보장 또는 긴급복지 지원으로 연계되었다.",
                        "지원 결정까지 걸린 기간은 평균 %d일이었다.",
                        "민간 후원 물품은 복지관과 협의하여 필요한 가구에 우선 배분하였다."]),
            ("사례 관리 현황", ["사례관리 대상 가구의 욕구는 주거, 의료, 일자리 순으로 많았다.",
                             "지원을 거부한 가구는 일정 기간 뒤 다시 방문하여 상황을 확인하였다.",
                             "담당 인력 1명이 맡는 사례 수가 많아 인력 보강이 필요하다."]),
            ("개선 방향", ["청년 1인 가구에 대한 발굴을 강화한다.",
                        "지역 병원과 협약을 맺어 의료비 부담이 큰 가구의 진료를 연계한다.",
                        "읍ㆍ면 지역 순회 상담 일정을 늘린다."]),
        ]),
        ("%s 찾아가는 복지상담 운영 결과", [
            ("운영 개요", ["복지 사각지대 해소를 위해 상담 인력이 마을과 가정을 직접 찾아갔다.",
                        "운영 기간 동안 %d개 마을에서 순회 상담을 진행하였다.",
                        "노인회관과 마을회관을 상담 장소로 활용하였다."]),
            ("상담 실적", ["상담 건수는 모두 %d건으로 전년보다 늘었다.",
                        "상담 분야는 기초연금ㆍ의료급여 문의가 가장 많았다.",
                        "홀로 사는 어르신 가구는 안부 확인 서비스 대상으로 등록하였다."]),
            ("연계 지원", ["상담 후 공적 급여를 새로 신청한 가구가 %d가구였다.",
                        "주거 환경이 열악한 가구는 주택 개보수 사업으로 연계하였다.",
                        "정신건강 상담이 필요한 주민은 정신건강복지센터에 연결하였다."]),
            ("운영상 어려움", ["이동 거리가 먼 산간 마을은 상담 시간이 부족하였다.",
                            "상담 기록을 현장에서 입력할 장비가 부족하였다.",
                            "방문을 꺼리는 가구에 대한 접근 방법을 보완할 필요가 있다."]),
            ("개선 방향", ["태블릿을 보급하여 현장에서 바로 상담 기록을 입력하도록 한다.",
                        "우체국 집배원과 연계한 위기가구 제보 체계를 만든다."]),
        ]),
    ],
    "review": [
        ("%s 조직진단 결과 및 정원 조정 검토", [
            ("검토 배경", ["최근 3년간 업무량이 늘어난 부서와 줄어든 부서 사이의 인력 불균형이 지적되었다.",
                        "신규 행정수요(돌봄, 재난 대응)에 맞춘 조직 재설계가 요구되었다.",
                        "외부 전문기관에 조직진단을 의뢰하여 결과를 받았다."]),
            ("현황 분석", ["부서별 업무량 조사 결과 %d개 부서가 적정 인력을 초과하였다.",
                        "민원 부서의 초과근무 시간이 기관 평균의 두 배에 가까웠다.",
                        "기능이 겹치는 팀이 여러 국에 흩어져 있었다."]),
            ("대안별 비교", ["대안 1은 기존 체계를 유지하면서 일부 팀을 통합하는 방안이다.",
                          "대안 2는 국 단위로 재편하는 방안으로 효율성은 높으나 시행 초기 혼란이 예상된다.",
                          "대안별 추가 인건비는 연간 %d억 원 안팎으로 추정된다."]),
            ("쟁점 및 대응 방향", ["노동조합과의 협의 없이 추진하면 갈등이 예상된다.",
                                "예산 부서는 인건비 부담을 이유로 신중한 입장이다.",
                                "현 단계 수치는 추정치로 확정된 내용이 아니다.",
                                "의회 설명 전까지 검토안이 외부로 알려지지 않도록 유의할 필요가 있다."]),
            ("건의 사항", ["단계적 추진안을 기본으로 하되 기관장 보고 후 최종안을 확정한다.",
                        "확정 전까지 부서별 개별 설명은 하지 않는다."]),
        ]),
        ("%s 청사 이전 후보지 비교 검토", [
            ("검토 배경", ["현 청사는 준공 %d년이 지나 안전진단에서 보수가 필요하다는 의견을 받았다." ,
                        "민원인 주차 공간 부족과 분산된 사무실로 인한 불편이 계속 제기되었다."]),
            ("후보지 현황", ["후보지는 구도심, 신도시, 외곽 공공부지 3곳이다.",
                          "후보지별 토지 매입비와 접근성, 주민 수용성을 점수화하여 비교하였다.",
                          "구도심 후보지는 상권 활성화 효과가 크지만 부지가 좁다."]),
            ("대안별 비교", ["신도시 후보지는 교통 접근성이 가장 좋으나 매입비가 높다.",
                          "외곽 공공부지는 비용이 적게 들지만 대중교통 연결이 약하다.",
                          "종합 점수는 현재 내부 가중치로 산정한 잠정 결과이다."]),
            ("쟁점 및 대응 방향", ["후보지가 미리 알려지면 주변 지가가 오르고 지역 간 갈등이 생길 수 있다.",
                                "의회와 주민 대표에 대한 설명 순서를 정해야 한다.",
                                "예상 질의와 답변을 별도로 준비하였다."]),
            ("건의 사항", ["외부 용역으로 타당성 조사를 한 뒤 최종 후보지를 정한다.",
                        "결정 전까지 검토 자료는 관계 부서 안에서만 공유한다."]),
        ]),
    ],
}


def long_report(doc, r, ag, kind, pages):
    title, secs = LONG_POOLS[kind][r.randint(0, len(LONG_POOLS[kind]) - 1)]
    secs = [(nm, [x for x in ss if r.random() < 0.85] or ss[:2]) for nm, ss in secs]
    t = title % ag["name"]
    ymd = date(r, 2022, 2025)
    if doc.header is None and r.random() < 0.75:
        doc.header = r.choice(["%s  |  %s" % (ag["name"], t.replace(ag["name"], "").strip()), ag["name"], "%s %s" % (ag["name"], r.choice(ag["depts"]))])
    doc.title(t)
    doc.p(r.choice(ag["depts"]) + "  " + dstr(ymd, 4), align="R")
    doc.blank()
    roman = ["Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", "Ⅴ", "Ⅵ"]
    per_page = [[] for _ in range(pages)]
    for i, sec in enumerate(secs):
        per_page[min(pages - 1, i * pages // len(secs))].append((i, sec))

    def fill(s):
        if "%.1f" in s:
            return s % (r.randint(5, 60) / 10.0)
        return s % r.randint(3, 60) if "%d" in s else s

    for pi, chunk in enumerate(per_page):
        if pi:
            doc.pb()
        for i, (name, sents) in chunk:
            doc.p("%s. %s" % (roman[i], name), bold=True)
            for j, s in enumerate(sents):
                doc.p(("  ○ " if j == 0 or r.random() < 0.4 else "    - ") + fill(s))
            if False:
                y = ymd[0]
                doc.table([["구분", "%d년" % (y - 2), "%d년" % (y - 1), "%d년" % y],
                           ["실적(건)", str(r.randint(50, 400)), str(r.randint(50, 400)), str(r.randint(50, 400))],
                           ["예산(백만원)", format(r.randint(100, 3000), ","), format(r.randint(100, 3000), ","), format(r.randint(100, 3000), ",")]])
            doc.blank()
        doc.p("<%s %d>" % (DETAIL_CAP[kind][pi % len(DETAIL_CAP[kind])], pi + 1))
        doc.table(detail_rows(r, kind, ag, ymd, r.randint(9, 13)))
        if pi < pages - 1 and r.random() < 0.3:
            doc.p("  ※ 세부 내역은 다음 쪽에 이어짐")
    return t


DETAIL_CAP = {"infra": ["구간별 추진 현황", "시설별 공정 현황", "사업비 집행 현황"],
              "welfare": ["읍ㆍ면ㆍ동별 실적", "읍ㆍ면ㆍ동별 실적(계속)", "읍ㆍ면ㆍ동별 실적(계속)"],
              "review": ["부서별 인력 현황", "부서별 인력 현황(계속)", "부서별 인력 현황(계속)"]}


def detail_rows(r, kind, ag, ymd, n):
    if kind == "infra":
        rows = [["연번", "구간ㆍ시설", "공정률(%)", "사업비(백만원)", "비고"]]
        for i in range(n):
            rows.append([str(i + 1), "%s %s" % (r.choice(STREETS), r.choice(["교량", "지하차도", "배수펌프장", "보도", "옹벽"])),
                         str(r.choice([100, 100, 95, 80, 60, 45])), format(r.randint(80, 2400), ","), r.choice(["준공", "시공 중", "설계 중", "-"])])
    elif kind == "welfare":
        rows = [["읍ㆍ면ㆍ동", "발굴(가구)", "공적 지원", "민간 연계", "사례관리"]]
        for i in range(n):
            rows.append([r.choice(["중앙", "신흥", "남부", "북부", "동부", "서부", "교동", "효자", "석사", "퇴계", "소양", "신북", "동면", "남산"]) + r.choice(["동", "면", "읍"]),
                         str(r.randint(5, 80)), str(r.randint(2, 40)), str(r.randint(0, 20)), str(r.randint(0, 12))])
    else:
        rows = [["부서", "현원", "적정 인원", "차이", "검토 의견"]]
        depts = list(ag["depts"]) + ["총무과", "기획예산과", "민원봉사과", "안전총괄과", "정보통신과", "문화체육과", "환경위생과", "세무과", "건설과", "도시과", "보건소", "농정과"]
        r.shuffle(depts)
        for d in depts[:n]:
            a = r.randint(8, 40)
            b = a + r.randint(-5, 5)
            rows.append([d, str(a), str(b), "%+d" % (b - a), r.choice(["유지", "증원 검토", "감축 검토", "기능 이관"])])
    return rows


@template("long_public", 4)
def t_long_public(r, v):
    ag = r.choice([a for a in AGENCIES if a["kind"] in ("광역지자체", "기초지자체", "공기업")])
    doc = new_doc(r)
    pages = 2 + v % 3
    doc.footer = r.choice(["- {page} -", "%s  |  {page}" % ag["name"], "{page}"])
    t = long_report(doc, r, ag, "infra", pages)
    doc.blank()
    val = field_value(r, "public", [], form=v)
    if v % 2 == 0:
        line = "%s %s" % (field_label(r), val)
    else:
        line = "작성 %s / 검토 %s / %s" % (r.choice(ag["depts"]), r.choice(["팀장", "과장"]), "공개구분 " + val)
    doc.p(line)
    return mk(doc, t, "결과 보고서(장문)", "public", "none", [], "field_public", "end_of_long_doc", line,
              flags=["long"], stated={"disclosure": "public", "items": []})


@template("bid_notice", 3)
def t_bid_notice(r, v):
    ag = r.choice(agencies_of("공기업", "기초지자체", "중앙부처"))
    doc = new_doc(r)
    ymd = date(r, 2022, 2025)
    item = ["청사 승강기 교체 공사", "관내 CCTV 통합관제센터 유지보수 용역", "공공 자전거 정비 용역"][v % 3]
    doc.title("%s 공고 제%d-%d호" % (ag["name"], ymd[0], r.randint(100, 999)))
    doc.title("%s 입찰 공고" % item)
    doc.p("1. 입찰에 부치는 사항")
    doc.table([["건명", item], ["기초금액", "%s원(부가가치세 포함)" % format(r.randint(80, 900) * 1000000, ",")],
               ["사업기간", "착수일로부터 %d일" % r.choice([90, 120, 180, 365])], ["입찰방법", "제한경쟁, 총액 입찰, 전자입찰"]],
              widths=[1, 3], head=False)
    doc.p("2. 입찰참가자격: 「지방자치단체를 당사자로 하는 계약에 관한 법률 시행령」 제13조에 따른 자격을 갖춘 자로서 해당 업종을 등록한 업체")
    doc.p("3. 낙찰자 결정 방법: 예정가격 이하로서 낙찰하한율 이상 최저가로 입찰한 자 순으로 적격심사를 하여 결정합니다.")
    doc.p("4. 입찰서 제출: 국가종합전자조달시스템(나라장터)을 통한 전자입찰")
    doc.p("5. 기타 사항은 입찰 유의서와 과업지시서를 따릅니다.")
    doc.p(dstr(ymd, 2), align="C")
    doc.p(ag["sender"], align="C", bold=True)
    return mk(doc, item, "입찰 공고", "public", "none", [], "no_field", "none", item)


@template("school_letter", 3)
def t_school_letter(r, v):
    ag = r.choice(agencies_of("교육청"))
    school = r.choice(["한빛", "새솔", "가온", "푸른숲", "다솜", "늘푸른", "해오름"]) + r.choice(["초등학교", "중학교", "고등학교"])
    doc = new_doc(r)
    ymd = date(r, 2022, 2025)
    topic = ["현장체험학습 실시 안내", "학교폭력 예방 교육 주간 운영", "방과후학교 2학기 수강 신청 안내"][v % 3]
    doc.box("가정통신문", align="L", color="#385723")
    doc.title(topic)
    doc.p("학부모님, 안녕하십니까? 늘 우리 학교 교육활동에 관심을 가져 주셔서 감사드립니다.")
    if v % 3 == 0:
        doc.p("%s을 다음과 같이 실시하오니 자녀가 준비물을 챙길 수 있도록 지도하여 주시기 바랍니다." % topic.replace(" 실시 안내", ""))
        doc.table([["일시", dstr(later(ymd, 10), 0) + " 08:50 ~ 15:30"], ["장소", r.choice(["국립과학관", "역사박물관", "수목원"])],
                   ["준비물", "도시락, 물, 필기도구, 편한 복장"]], widths=[1, 3], head=False)
    elif v % 3 == 1:
        doc.p("학생들이 서로 존중하는 학교 문화를 만들기 위해 예방 교육 주간을 운영합니다. 주간 동안 학급별 토론, 또래상담 캠페인, 학부모 연수가 진행됩니다.")
        doc.p("학부모 연수는 %s 19:00 학교 강당에서 열리며, 자녀와의 대화법을 주제로 합니다." % dstr(later(ymd, 5), 0))
    else:
        doc.p("2학기 방과후학교 프로그램 수강 신청을 받습니다. 강좌별 정원이 있으므로 기한 내에 학부모 서비스에서 신청해 주십시오.")
        doc.table([["강좌", "대상", "수강료(월)"], ["코딩 교실", "3~6학년", "%d,000원" % r.randint(20, 40)],
                   ["창의 미술", "1~3학년", "%d,000원" % r.randint(20, 40)], ["배드민턴", "4~6학년", "%d,000원" % r.randint(20, 40)]])
    doc.p("%s" % dstr(ymd, 2), align="C")
    doc.p("%s장" % school, align="C", bold=True)
    return mk(doc, topic, "가정통신문", "public", "none", [], "no_field", "none", topic)


@template("court_notice", 3)
def t_court_notice(r, v):
    ag = r.choice(agencies_of("법원"))
    doc = new_doc(r)
    ymd = date(r, 2022, 2025)
    t = ["법정동 출입 보안검색 강화 안내", "민원실 운영 시간 변경 공고", "전자소송 시스템 점검에 따른 서비스 중단 안내"][v % 3]
    doc.title(t)
    if v % 3 == 0:
        doc.p("법정 내 안전 확보를 위하여 %s부터 모든 출입자에 대해 금속탐지기 검색을 실시합니다." % dstr(later(ymd, 7), 0))
        doc.p("검색 대기 시간이 길어질 수 있으니 재판 시작 30분 전까지 도착하여 주시기 바랍니다. 위험 물품은 반입할 수 없으며, 보관함을 이용하실 수 있습니다.")
    elif v % 3 == 1:
        doc.p("청사 리모델링 공사 기간 동안 종합민원실 운영 시간을 다음과 같이 조정합니다.")
        doc.table([["구분", "변경 전", "변경 후"], ["평일", "09:00~18:00", "09:00~17:00"], ["점심시간", "상시 운영", "12:00~13:00 교대 운영"]])
    else:
        doc.p("시스템 정기 점검으로 %s 00:00부터 06:00까지 전자소송 서비스 이용이 중단됩니다. 이 시간 동안 서류 제출 기한이 끝나는 경우에는 점검 종료 후 제출하여도 기한 내 제출로 봅니다." % dstr(later(ymd, 3), 0))
    doc.p(dstr(ymd, 2), align="C")
    doc.p(ag["sender"], align="C", bold=True)
    return mk(doc, t, "법원 공고", "public", "none", [], "no_field", "none", t[:10])


@template("minutes_public", 5)
def t_minutes_public(r, v):
    ag = r.choice([a for a in AGENCIES if a["kind"] in ("광역지자체", "기초지자체", "중앙부처", "교육청")])
    doc = new_doc(r)
    ymd = date(r, 2022, 2025)
    comm = ["정책조정회의", "간부회의", "재난안전대책본부 상황판단회의", "업무보고회"][v % 4]
    people = chain(r, ag, 4)
    doc.title("%s 결과" % comm)
    doc.table([["일시", "%s %02d:00" % (dstr(ymd, 0), r.randint(9, 16))], ["장소", "%s 영상회의실" % ag["name"]],
               ["참석", "%s 등 %d명(실ㆍ국장, 부서장)" % (ag["sender"], r.randint(8, 25))]], widths=[1, 4], head=False)
    doc.p("□ 주요 논의 사항")
    items = [["○ (%s) 장마철 대비 배수시설 사전 점검을 이달 중 마무리하도록 지시" % people[3][0],
              "○ (%s %s) 하반기 재정 집행률 제고 방안 보고: 상반기 %d%% 집행" % (r.choice(ag["depts"]), people[2][0], r.randint(45, 70))],
             ["○ 청년 정책 추진 상황 공유 및 부서 간 협업 과제 선정",
              "○ 민원 처리 기한 준수율 개선 필요성 논의(현재 %d%%)" % r.randint(85, 98)],
             ["○ 기상 특보 발효에 따른 비상근무 단계 상향 여부 판단: 1단계 유지",
              "○ 산사태 취약지역 주민 대피 계획 재확인"],
             ["○ 주요 업무 추진 실적과 부진 사업 원인 분석",
              "○ 예산 편성 방향: 신규 사업 최소화, 계속 사업 내실화"]][v % 4]
    for i in items:
        doc.p(i)
    doc.p("□ 지시 사항: 결정 사항은 부서별로 이행 계획을 세워 다음 회의에 보고")
    doc.p("작성: %s %s %s" % (r.choice(ag["depts"]), people[0][0], people[0][1]), align="R")
    if v % 2:
        doc.header = "%s  %s" % (ag["name"], comm)
    return mk(doc, comm, "회의 결과", "public", "none", [], "no_field", "none", "주요 논의 사항",
              note="only officials in office are named")


@template("stats_release", 4)
def t_stats(r, v):
    ag = r.choice([a for a in AGENCIES if a["kind"] in ("광역지자체", "기초지자체", "공공기관")])
    doc = new_doc(r)
    ymd = date(r, 2022, 2025)
    t = ["%d년 인구 이동 통계" % ymd[0], "%d년 사업체 조사 잠정 결과" % ymd[0], "%d년 공공시설 이용 현황" % ymd[0], "%d년 폐기물 발생 현황" % ymd[0]][v % 4]
    doc.header = "%s 통계 공표" % ag["name"]
    doc.title(t)
    doc.p("작성기관: %s / 공표일: %s / 공개" % (ag["name"], dstr(ymd, 0)))
    labels = [["전입", "전출", "순이동"], ["사업체 수", "종사자 수", "1인 사업체"], ["도서관", "체육관", "공영주차장", "문화회관"],
              ["생활폐기물(톤)", "재활용(톤)", "소각(톤)"]][v % 4]
    doc.table([["구분", "전년", "금년", "증감률(%)"]] + [[x, format(r.randint(1000, 90000), ","), format(r.randint(1000, 90000), ","), "%.1f" % (r.random() * 10 - 3)]
                                                    for x in labels])
    doc.p("※ 수치는 반올림으로 합계와 다를 수 있음. 개인을 알아볼 수 있는 정보는 집계 과정에서 제외함.")
    return mk(doc, t, "통계 공표", "public", "none", [], "field_public", "top_lines", "/ 공개", stated={"disclosure": "public", "items": []})


# ===========================================================================
# PARTIAL
# ===========================================================================
def pbody_transfer(r, ag, ymd):
    nm = person(r)
    return ("민원 이송 통보", [
        "1. 우리 기관에 접수된 아래 민원은 귀 기관 소관 사항으로 판단되어 「민원 처리에 관한 법률」 제16조에 따라 이송합니다.",
        "  가. 민원인: %s (연락처 %s)" % (nm, mobile(r)),
        "  나. 주소: %s" % home_addr(r, ag),
        "  다. 민원 요지: 거주지 인근 %s에 대한 조치 요청" % r.choice(["공사장 소음과 비산먼지", "무단 방치 차량", "불법 현수막", "가로등 고장"]),
        "2. 처리 결과는 민원인에게 직접 통지하여 주시기 바랍니다.",
    ], ["민원 신청서 사본 1부."], [6], "민원인 성명ㆍ연락처ㆍ주소")


def pbody_award(r, ag, ymd):
    rows = [[person(r), home_addr(r, ag), r.choice(["30년간 마을 방범 봉사", "독거노인 반찬 나눔", "하천 정화 활동", "장학금 기탁"])] for _ in range(3)]
    return ("모범시민 표창 대상자 추천", [
        "1. %s 표창 조례에 따라 지역사회 발전에 이바지한 모범시민 표창 대상자를 아래와 같이 추천합니다." % ag["name"],
        "2. 추천 대상자",
    ] + ["  %s. %s / %s / %s" % ("가나다"[i], row[0], row[1], row[2]) for i, row in enumerate(rows)] + [
        "3. 공적조서와 주민 의견서를 붙임과 같이 제출합니다.",
    ], ["공적조서 3부."], [6], "추천 대상 주민 성명ㆍ주소")


def pbody_subsidy(r, ag, ymd):
    co = r.choice(COMPANIES)
    bank, acct = account(r)
    rep = person(r)
    return ("%d년 지방보조금 교부 결정 통지" % ymd[0], [
        "1. %s에서 신청한 지방보조사업에 대하여 아래와 같이 보조금 교부를 결정하였습니다." % co,
        "  가. 사업명: %s" % r.choice(["전통시장 시설 현대화", "농산물 공동선별장 개보수", "마을기업 판로 개척"]),
        "  나. 교부액: 금%s원" % format(r.randint(10, 300) * 1000000, ","),
        "  다. 대표자: %s / 입금계좌: %s %s (예금주 %s)" % (rep, bank, acct, co),
        "2. 보조사업자는 교부 조건을 준수하고 사업 완료 후 2개월 이내에 정산 보고서를 제출하여야 합니다.",
    ], ["교부 조건 1부."], [6], "대표자 성명ㆍ계좌번호")


def pbody_fine(r, ag, ymd):
    nm = person(r)
    plate = "%d%s %04d" % (r.randint(10, 399), r.choice("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주"), r.randint(1000, 9999))
    return ("주정차위반 과태료 의견진술 심의 결과 통보", [
        "1. 귀하께서 제출하신 의견진술에 대한 심의 결과를 알려 드립니다.",
        "  가. 의견 제출인: %s" % nm,
        "  나. 차량번호: %s / 위반 일시: %s %02d:%02d" % (plate, dstr(ymd, 0), r.randint(7, 22), r.randint(0, 59)),
        "  다. 심의 결과: %s" % r.choice(["수용(과태료 부과 취소)", "불수용(긴급한 사유로 보기 어려움)"]),
        "2. 결과에 이의가 있는 경우 과태료 부과 통지를 받은 날부터 60일 이내에 이의를 제기할 수 있습니다.",
    ], [], [6], "의견 제출인 성명ㆍ차량번호")


def pbody_cost(r, ag, ymd):
    co = r.choice(COMPANIES)
    return ("설계변경에 따른 계약금액 조정 검토 결과", [
        "1. %s의 설계변경 요청(%s)에 대한 검토 결과를 알려 드립니다." % (co, dstr(ymd, 0)),
        "2. 계약상대자가 제출한 단가 산출 근거 중 자재 구입 단가와 협력업체 견적 내역은 해당 업체의 경영상 비밀에 해당하여 붙임에서 제외하였습니다.",
        "3. 조정 금액: 당초 %s원에서 %s원으로 변경" % (format(r.randint(300, 900) * 1000000, ","), format(r.randint(300, 990) * 1000000, ",")),
    ], ["검토 의견서 1부.", "단가 산출 근거(업체 제출분) 1부(제외)."], [7], "업체 단가 산출 근거")


def pbody_audit(r, ag, ymd):
    n1, n2 = person(r), person(r)
    return ("%s 종합감사 결과 처분 요구" % ag["name"], [
        "1. %s ~ %s 실시한 종합감사 결과를 붙임과 같이 통보하니 처분 요구 사항을 이행하고 그 결과를 제출하여 주시기 바랍니다." % (dstr(ymd, 0), dstr(later(ymd, 9), 0)),
        "2. 주요 지적 사항",
        "  가. 물품 구매 시 분할 수의계약 체결(관련자 %s 주무관 - 경고)" % n1,
        "  나. 초과근무수당 부당 수령(관련자 %s 주무관 - 훈계, 회수 %s원)" % (n2, format(r.randint(10, 90) * 10000, ",")),
        "3. 감사 과정에서 작성된 문답서와 확인서는 감사 업무의 공정성을 위하여 첨부하지 않습니다.",
    ], ["감사 결과 처분 요구서 1부."], [5, 6], "관련자 실명ㆍ문답서")


def pbody_volunteer(r, ag, ymd):
    rows = [[person(r), mobile(r), "%d시간" % r.randint(8, 120)] for _ in range(r.randint(3, 5))]
    return ("재난 현장 자원봉사자 활동 실적 제출", [
        "1. %s 피해 복구 현장에 참여한 자원봉사자의 활동 실적을 아래와 같이 제출합니다." % r.choice(["집중호우", "산불", "대설"]),
        "2. 활동 기간: %s ~ %s" % (dstr(ymd, 0), dstr(later(ymd, 6), 0)),
        "3. 봉사자 명단(성명 / 연락처 / 활동 시간)",
    ] + ["   - %s / %s / %s" % tuple(row) for row in rows] + [
        "4. 봉사 시간은 1365 자원봉사포털에 일괄 등록할 예정입니다.",
    ], [], [6], "봉사자 성명ㆍ휴대전화")


def pbody_arrears(r, ag, ymd):
    rows = [[person(r), home_addr(r, ag), format(r.randint(50, 900) * 10000, ",")] for _ in range(3)]
    return ("고액 체납자 실태 조사 협조 요청", [
        "1. 지방세 고액 체납자에 대한 재산 조회와 거주지 실태 조사를 위하여 협조를 요청합니다.",
        "2. 조사 대상(성명 / 주소 / 체납액)",
    ] + ["  - %s / %s / %s원" % tuple(row) for row in rows] + [
        "3. 조사 결과는 체납처분 외의 목적으로 사용하지 않습니다.",
    ], [], [6], "체납자 성명ㆍ주소")


PARTIAL_BODIES = [pbody_transfer, pbody_award, pbody_subsidy, pbody_fine, pbody_cost, pbody_audit, pbody_volunteer, pbody_arrears]
BODY_KIND.update({pbody_transfer: LOCAL + ("공공기관", "중앙부처"), pbody_award: LOCAL, pbody_subsidy: LOCAL, pbody_fine: ("기초지자체",),
                  pbody_cost: LOCAL + ("공기업", "교육청"), pbody_audit: NONCOURT, pbody_volunteer: LOCAL, pbody_arrears: LOCAL})


@template("gongmun_partial", 16)
def t_gongmun_partial(r, v):
    f = PARTIAL_BODIES[v % len(PARTIAL_BODIES)]
    ag = ag_for(r, f)
    ymd = date(r, 2021, 2025)
    subj, body, att, items, why = f(r, ag, ymd)
    doc = new_doc(r)
    val = field_value(r, "partial", items, form=v // 2)
    place = ["tel_end", "own_line_after_siheng", "approval_table", "tel_end", "own_line_last"][v % 5]
    gongmun(doc, r, ag, r.choice(ag["depts"]), subj, body, att, recv=r.choice(["수신자 참조", "내부결재", "%s장" % r.choice(["읍", "면", "동"])]),
            field=val, place=place, ymd=ymd, oldstyle=(v % 6 == 5))
    loc = {"tel_end": "gyeolmun_after_siheng", "own_line_after_siheng": "gyeolmun_after_siheng",
           "own_line_last": "last_line", "approval_table": "approval_table"}[place]
    return mk(doc, subj, "공문", "partial", "none", reasons(*items), "field_partial", loc, val,
              stated={"disclosure": "partial", "items": items}, note=why)


@template("minwon_result", 6)
def t_minwon_result(r, v):
    ag = AG["국민연금공단"] if v % 6 == 2 else r.choice(agencies_of("기초지자체"))
    doc = new_doc(r)
    ymd = date(r, 2021, 2025)
    nm = person(r)
    topic = [("아파트 단지 앞 횡단보도 신호 시간 연장 요청", "교통 관련 기관과 현장을 확인한 결과 보행 신호를 5초 연장하기로 하였습니다"),
             ("이웃집 누수로 인한 피해 조정 요청", "개인 간 분쟁에 해당하여 행정기관이 직접 조정하기는 어려우나 공동주택 관리 분쟁조정위원회 이용 방법을 안내드립니다"),
             ("국민연금 납부예외 신청 처리 지연 문의", "제출 서류 확인이 늦어진 점을 사과드리며 %s자로 납부예외가 처리되었습니다" % dstr(ymd, 0)),
             ("공원 내 야간 소음 단속 요청", "야간 순찰을 주 3회로 늘리고 안내 표지판을 설치하였습니다"),
             ("도로 파손 보수 요청", "현장 확인 후 %s 포장 보수를 완료하였습니다" % dstr(later(ymd, 4), 0)),
             ("장애인 주차구역 불법 주차 신고", "위반 차량에 과태료를 부과하였으며 신고해 주셔서 감사드립니다")][v % 6]
    doc.title(ag["name"])
    doc.p("수신  %s 귀하" % nm)
    doc.p("(경유)")
    doc.p("제목  민원 처리 결과 알림(%s)" % topic[0])
    doc.blank()
    doc.p("1. 평소 %s 행정에 관심을 가져 주신 데 감사드립니다." % ag["name"])
    doc.p("2. 귀하께서 %s 국민신문고를 통해 신청하신 민원(신청번호 %d%s-%04d-%07d)에 대한 처리 결과를 다음과 같이 알려 드립니다." %
          (dstr(ymd, 0), r.randint(1, 9), r.choice("ABCDE"), r.randint(2000, 2599), r.randint(0, 9999999)))
    doc.p("  가. 민원인: %s / 주소: %s / 연락처: %s" % (nm, home_addr(r, ag), mobile(r)))
    doc.p("  나. 처리 결과: %s." % topic[1])
    doc.p("3. 추가 문의 사항은 담당 부서로 연락하여 주시면 친절히 안내해 드리겠습니다.  끝.")
    doc.blank()
    doc.p(ag["sender"], align="C", bold=True)
    ppl = chain(r, ag, 3)
    doc.p("    ".join("%s %s" % p for p in ppl))
    doc.p("시행  %s-%d (%s)" % (r.choice(ag["depts"]), r.randint(100, 9999), dstr(later(ymd, 7), 0)))
    doc.p("우 %s  %s / 전화 %s" % (ag["zip"], ag["addr"], telno(r, ag)))
    stated = None
    if v % 2 == 0:
        val = field_value(r, "partial", [6], form=v)
        doc.p("공개구분 %s" % val)
        cue, loc, ct = "field_partial", "gyeolmun_after_siheng", val
        stated = {"disclosure": "partial", "items": [6]}
    else:
        cue, loc, ct = "content_citizen", "body", "가. 민원인: %s" % nm
    return mk(doc, topic[0], "민원 처리 결과 통지", "partial", "none", reasons(6), cue, loc, ct, stated=stated,
              flags=[] if stated else ["content_only"])


@template("contract", 5)
def t_contract(r, v):
    ag = r.choice(agencies_of("기초지자체", "공기업", "공공기관", "교육청"))
    doc = new_doc(r)
    what = ["청사 청소 용역", "정보시스템 유지관리 용역", "학교 급식실 환기설비 개선 공사", "행사 운영 대행 용역", "하천 준설 공사"][v % 5]
    co = r.choice([["(주)온새미로", "푸른환경(주)"], ["(주)다온정보기술", "(주)누리시스템", "(주)케이디솔루션"], ["대성전기(주)", "미래안전산업(주)"],
                   ["(주)가온씨앤에스", "(주)온새미로"], ["(주)새솔건설", "한결종합건설(주)"]][v % 5])
    if v % 5 == 2:
        ag = r.choice(agencies_of("교육청"))
    rep = person(r)
    bank, acct = account(r)
    ymd = date(r, 2021, 2025)
    doc.title("%s 계약서" % what)
    doc.p("%s(이하 \"갑\"이라 한다)과 %s(이하 \"을\"이라 한다)는 다음과 같이 계약을 체결한다." % (ag["name"], co))
    doc.table([["계약명", what], ["계약금액", "금%s원" % format(r.randint(30, 900) * 1000000, ",")],
               ["계약기간", "%s ~ %s" % (dstr(ymd, 0), dstr(later(ymd, 200), 0))],
               ["대금 지급 계좌", "%s %s (예금주 %s)" % (bank, acct, co)]], widths=[1, 3], head=False)
    doc.p("제1조(목적) 이 계약은 %s의 수행에 필요한 사항을 정함을 목적으로 한다." % what)
    doc.p(r.choice(["제2조(계약 이행) 을은 과업지시서와 관계 법령에 따라 성실히 계약을 이행하여야 한다.",
                    "제2조(계약의 이행) 을은 설계서, 시방서 및 계약 조건에서 정한 바에 따라 기한 내에 계약을 이행한다.",
                    "제2조(과업 수행) 을은 과업 수행 계획서를 착수일부터 7일 이내에 제출하고 그에 따라 과업을 수행한다."]))
    doc.p(r.choice(["제3조(대금 지급) 갑은 검사에 합격한 날부터 5일 이내에 을이 지정한 계좌로 대금을 지급한다.",
                    "제3조(대가의 지급) 갑은 을의 청구를 받은 날부터 5일 이내에 대가를 지급하며, 기성 부분은 월 1회 지급할 수 있다.",
                    "제3조(계약금액의 지급) 대금은 준공 검사 완료 후 을의 청구에 따라 지정 계좌로 입금한다."]))
    doc.p(r.choice(["제4조(비밀 유지) 을은 계약 이행 중 알게 된 갑의 업무상 정보를 제3자에게 누설하여서는 아니 된다.",
                    "제4조(보안 및 개인정보 보호) 을은 업무 중 취급한 자료를 계약 목적 외로 사용하거나 외부에 제공하지 아니한다.",
                    "제4조(지체상금) 을이 기한 내에 계약을 이행하지 못한 때에는 지체일수에 따라 지체상금을 납부한다."]))
    doc.blank()
    doc.p(dstr(ymd, 2), align="C")
    off = chain(r, ag, 1)[0]
    doc.table([["갑", "%s\n%s" % (ag["sender"], ag["addr"])],
               ["을", "%s  대표이사 %s\n사업자등록번호 %s\n%s" % (co, rep, brn(r), home_addr(r))]], widths=[0.5, 4], head=False)
    items = [6, 7] if v % 5 == 3 else [6]
    if v % 5 == 3:
        doc.p("붙임  산출내역서(업체 원가 자료) 1부. - 영업상 비밀로 비공개")
    if v % 2 == 0:
        val = field_value(r, "partial", items, form=v)
        doc.footer = "%s  |  %s" % (ag["name"], val)
        cue, loc, ct, stated = "field_partial", "page_footer", val, {"disclosure": "partial", "items": items}
        fl = []
    else:
        cue, loc, ct, stated = "content_business", "table_cell", "대표이사 %s" % rep, None
        fl = ["content_only"]
    return mk(doc, what, "계약서", "partial", "none", reasons(*items), cue, loc, ct, stated=stated, flags=fl,
              note="대표자 성명, 계좌 (and 원가 자료 when 7)")


@template("mislabeled", 5)
def t_mislabeled(r, v):
    ag = r.choice(agencies_of("기초지자체", "광역지자체", "공공기관", "교육청"))
    doc = new_doc(r)
    ymd = date(r, 2021, 2025)
    subj = ["%d년 %s 지급 대상자 확정 통보" % (ymd[0], r.choice(["출산장려금", "농업인 수당", "장학금", "에너지 바우처", "청년 구직 활동비"]))
            for _ in range(1)][0]
    rows = [["연번", "성명", "주민등록번호", "은행", "계좌번호"]]
    for i in range(r.randint(3, 6)):
        b, a = account(r)
        rows.append([str(i + 1), person(r), rrn(r), b, a])
    body = ["1. %s 지급 기준에 따라 아래와 같이 대상자를 확정하였음을 통보합니다." % subj.split(" ")[1],
            "2. 지급 예정일: %s" % dstr(later(ymd, 10), 0),
            "3. 대상자 명단"]
    doc.title(ag["name"])
    doc.p("수신  %s" % r.choice(["내부결재", "각 읍ㆍ면ㆍ동장", "재무과장"]))
    doc.p("제목  " + subj)
    doc.blank()
    for b_ in body:
        doc.p(b_)
    doc.table(rows, widths=[0.5, 1, 1.8, 1, 2])
    doc.p("4. 각 부서에서는 지급 후 결과를 정리하여 제출하여 주시기 바랍니다.  끝.")
    doc.blank()
    doc.p(ag["sender"], align="C", bold=True)
    doc.p("    ".join("%s %s" % p for p in chain(r, ag, 3)))
    doc.p("시행  %s-%d (%s)   접수" % (r.choice(ag["depts"]), r.randint(100, 9999), dstr(ymd, 0)))
    val = field_value(r, "public", [], form=v)
    line = "전화 %s  전송 %s / %s" % (telno(r, ag), telno(r, ag), val) if v % 2 else "%s %s" % (field_label(r), val)
    doc.p(line)
    return mk(doc, subj, "공문(명단 첨부)", "partial", "none", reasons(6, 24), "field_public_but_rrn", "gyeolmun_after_siheng", line,
              flags=["mislabeled", "disagree"], stated={"disclosure": "public", "items": []},
              note="printed 공개 but full RRNs and accounts listed; gold follows content")


@template("checkbox_partial", 5)
def t_checkbox_partial(r, v):
    ag = r.choice([a for a in AGENCIES if a["kind"] not in ("법원",)])
    doc = new_doc(r)
    ymd = date(r, 2021, 2025)
    items = [[6], [6], [5, 6], [7], [6]][v % 5]
    if items == [7]:
        sub = "%s 기술 제안서 평가 결과 보고" % r.choice(["스마트 정수장", "통합 관제 플랫폼", "전기차 충전 인프라"])
    elif items == [5, 6]:
        sub = "공무직 채용 면접 결과 보고"
    else:
        sub = r.choice(["주민참여예산 위원 위촉 결과 보고", "생활안정자금 융자 심사 결과 보고", "청소년 해외 탐방단 선발 결과 보고"])
    box = ["□공개 ■부분공개 □비공개", "공개 □  부분공개 ■  비공개 □", "■부분공개 □비공개 □공개", "[ ]공개 [V]부분공개 [ ]비공개", "☐ 공개 ☑ 부분공개 ☐ 비공개"][v % 5]
    doc.table([["문서 등록", "%s-%d" % (r.choice(ag["depts"]), r.randint(100, 9999)), "생산일자", dstr(ymd, 0)],
               ["공개여부", box, "근거", "제9조 제1항 제%s호" % "ㆍ".join(map(str, items))]], widths=[1, 2.2, 1, 1.6], head=False)
    doc.title(sub)
    doc.p("1. 개요: %s 관련 심사를 %s 실시하였음" % (sub.replace(" 결과 보고", ""), dstr(later(ymd, -0), 0)))
    doc.p("2. 결과")
    rows = [["구분", "성명" if 6 in items else "업체", "점수", "결과"]]
    for i in range(4):
        rows.append([str(i + 1), person(r) if 6 in items else r.choice(COMPANIES), "%d.%d" % (r.randint(60, 95), r.randint(0, 9)),
                     "선정" if i < 2 else "미선정"])
    doc.table(rows, widths=[0.5, 1.5, 1, 1])
    if items == [7]:
        doc.p("3. 업체별 세부 기술 점수와 제안 단가는 각 업체의 영업상 비밀이므로 공개 시 제외")
    else:
        doc.p("3. 향후 계획: 결과 개별 통지 및 누리집 공고(성명은 가운데 글자 가림 처리)")
    return mk(doc, sub, "결과 보고(표지 서식)", "partial", "none", reasons(*items), "checkbox_partial", "checkbox_form", box,
              stated={"disclosure": "partial", "items": items})


@template("attach_withheld", 6)
def t_attach_withheld(r, v):
    ag = r.choice([a for a in AGENCIES if a["kind"] not in ("법원",)])
    ymd = date(r, 2021, 2025)
    doc = new_doc(r)
    variants = [
        ("%d년 저소득층 문화누리카드 발급 결과 보고" % ymd[0], ["1. 문화누리카드 발급 실적을 아래와 같이 보고합니다.", "2. 발급 인원: %d명(지원금 총 %s원)" % (r.randint(300, 4000), format(r.randint(100, 900) * 1000000, ","))],
         ["발급 실적 총괄표 1부.", "발급 대상자 명단 1부(개인정보 포함, 공개 제외)."], "발급 대상자 명단 1부(개인정보 포함, 공개 제외)", [6]),
        ("주민 건강검진 버스 운영 결과", ["1. 찾아가는 건강검진 버스를 %d개 마을에서 운영하였습니다." % r.randint(5, 20), "2. 수검자 개인별 결과는 본인에게 직접 통보하였으며, 이 문서에는 마을별 집계만 싣고 개인별 결과표는 붙이지 않았습니다."],
         ["마을별 수검 현황 1부."], "개인별 결과표는 붙이지 않았습니다", [6]),
        ("%s 공청회 개최 결과 보고" % r.choice(["도시관리계획 변경", "광역버스 노선 개편", "폐기물 처리시설 입지"]), ["1. 공청회를 개최하고 주민 의견을 수렴하였습니다.", "2. 발언 주민의 성명과 연락처는 가리고, 발언 요지만 공개합니다."],
         ["공청회 결과 요약 1부.", "참석자 서명부 1부(비공개)."], "참석자 서명부 1부(비공개)", [6]),
        ("공익신고 처리 결과 보고", ["1. 접수된 공익신고 %d건의 처리 결과를 보고합니다." % r.randint(2, 9), "2. 신고자의 신분은 「공익신고자 보호법」에 따라 보호되므로 신고자 인적사항이 담긴 붙임 2는 공개 대상에서 제외합니다."],
         ["처리 결과 총괄 1부.", "신고자 인적사항 및 신고 내용 1부."], "붙임 2는 공개 대상에서 제외", [6]),
        ("입찰 참가업체 적격심사 결과", ["1. 적격심사 결과 %s를 낙찰예정자로 선정하였습니다." % r.choice(COMPANIES), "2. 업체별 경영상태 평가 자료(재무제표, 신용평가 등급)는 해당 법인의 경영상ㆍ영업상 비밀에 해당하여 붙임에서 제외하였습니다."],
         ["적격심사 총괄표 1부."], "붙임에서 제외하였습니다", [7]),
        ("체육시설 사용료 감면 대상 확인 결과", ["1. 사용료 감면 신청 %d건을 검토하였습니다." % r.randint(20, 90), "2. 감면 사유 증빙(장애인 등록, 국가유공자 확인 등) 사본은 민감정보가 포함되어 있어 별도 보관하며 붙임에서 뺐습니다."],
         ["감면 결정 총괄표 1부.", "감면 사유 증빙 사본 1부(공개 제외)."], "감면 사유 증빙 사본 1부(공개 제외)", [6]),
    ]
    subj, body, att, ct, items = variants[v % 6]
    gongmun(doc, r, ag, r.choice(ag["depts"]), subj, body, att, recv="내부결재", field=None, place="none", ymd=ymd)
    return mk(doc, subj, "결과 보고(붙임 일부 제외)", "partial", "none", reasons(*items), "attachment_withheld",
              "attachment_line" if "붙임" in ct or "1부" in ct else "body", ct)


CITE_FORMS = ["「공공기관의 정보공개에 관한 법률」 제9조 제1항 제%d호", "법 제9조①%d", "9조 1항 %d호", "정보공개법 제9조제1항제%d호",
              "같은 법 제9조 제1항 제%d호", "「정보공개법」 9조1항%d호"]


@template("citation_partial", 6)
def t_citation_partial(r, v):
    item = [6, 6, 7, 6, 5, 6][v % 6]
    ag = r.choice(agencies_of(*{6: LOCAL, 7: LOCAL + ("공기업",), 5: ("중앙부처", "광역지자체")}[item]))
    ymd = date(r, 2021, 2025)
    doc = new_doc(r)
    cite = CITE_FORMS[v % len(CITE_FORMS)] % item
    what = {6: "개인의 성명, 주소, 연락처", 7: "법인의 영업상 비밀에 해당하는 원가 정보", 5: "평가위원 명단과 위원별 채점표"}[item]
    subj = {6: r.choice(["하천 점용허가 현황 자료 제공", "불법 건축물 민원 처리 현황 회신", "주민 간담회 결과 자료 송부"]),
            7: "폐기물 처리 위탁 단가 산정 자료 제공", 5: "%d년 우수기관 평가 결과 자료 제공" % ymd[0]}[item]
    sentences = ["1. 요청하신 자료를 붙임과 같이 제공합니다.",
                 "2. 다만, 자료 가운데 %s는 %s에 해당하여 해당 부분을 가리고 제공함을 양해하여 주시기 바랍니다." % (what, cite),
                 "3. 가린 부분을 제외한 나머지 내용은 모두 그대로 제공하였습니다."] if v % 2 == 0 else [
                 "1. %s 관련 자료를 송부합니다." % subj.split(" 자료")[0],
                 "2. 송부 자료 중 %s 부분(%s)은 삭제 처리하였으니 참고하시기 바랍니다." % (what, cite)]
    gongmun(doc, r, ag, r.choice(ag["depts"]), subj, sentences, ["관련 자료 1부."], recv=r.choice(["수신자 참조", "%s의회 사무국" % (ag["name"] if ag["kind"] in LOCAL else "○○도")]),
            field=None, place="none", ymd=ymd)
    return mk(doc, subj, "자료 제공 공문", "partial", "none", reasons(item), "citation", "body", cite)


@template("footer_partial", 4)
def t_footer_partial(r, v):
    ag = r.choice(agencies_of("교육청") if v % 4 == 0 else agencies_of("기초지자체"))
    doc = new_doc(r)
    ymd = date(r, 2021, 2025)
    t = ["%s 장학생 선발 결과" % ag["name"], "%s 어린이집 보육교사 처우개선비 지급 현황" % ag["name"],
         "%s 공공근로 참여자 배치 현황" % ag["name"], "%s 주택 개보수 지원 대상 가구 선정 결과" % ag["name"]][v % 4]
    col = ["학교ㆍ학년", "근무 어린이집", "배치 부서", "주소"][v % 4]
    val = field_value(r, "partial", [6], form=v)
    where = ["header", "footer", "footer", "header"][v % 4]
    s = "공개구분: %s" % val if v % 2 else val
    if where == "header":
        doc.header = "%s   %s" % (ag["name"], s)
    else:
        doc.footer = "%s   - {page} -" % s
    doc.title(t)
    doc.p("1. 선정 기준에 따라 심사한 결과를 다음과 같이 정리하였습니다.")
    rows = [["연번", "성명", col, "금액(원)"]]
    for i in range(r.randint(5, 9)):
        c = [lambda: "%s %d학년" % (r.choice(["한빛중", "새솔중", "가온고", "다솜고", "푸른숲중"]), r.randint(1, 3)),
             lambda: "%s어린이집" % r.choice(["햇살", "꿈나무", "별빛", "도담", "새싹", "아이사랑"]),
             lambda: r.choice(ag["depts"]) + r.choice(["", " 현장"]),
             lambda: home_addr(r, ag)][v % 4]()
        rows.append([str(i + 1), person(r), c, format(r.randint(20, 300) * 10000, ",")])
    doc.table(rows, widths=[0.5, 1, 2, 1])
    doc.p(["2. 선정 결과는 개별 통지하며 누리집에는 성명을 가린 명단만 게시합니다.",
           "2. 지급은 다음 달 10일에 일괄 처리하고, 결과는 어린이집별로 안내합니다.",
           "2. 배치 기간은 3개월이며 근무 태도에 따라 연장 여부를 정합니다.",
           "2. 선정 가구에는 개별 통지하고 공사 업체 배정 후 착공 일정을 안내합니다."][v % 4])
    return mk(doc, t, "선정 결과", "partial", "none", reasons(6), "field_partial", "page_" + where, s,
              stated={"disclosure": "partial", "items": [6]})


@template("travel_passport", 3)
def t_travel(r, v):
    ag = r.choice(agencies_of("중앙부처", "광역지자체", "공기업"))
    doc = new_doc(r)
    ymd = date(r, 2021, 2025)
    dest = r.choice(["독일 함부르크", "일본 요코하마", "싱가포르", "미국 시애틀", "네덜란드 로테르담"])
    doc.title("국외출장 계획 보고")
    doc.p("1. 목적: %s %s 벤치마킹" % (dest, r.choice(["항만 자동화 시설", "스마트시티 관제", "수소 충전 인프라", "도시재생 사례"])))
    doc.p("2. 기간: %s ~ %s (%d박 %d일)" % (dstr(ymd, 0), dstr(later(ymd, 5), 0), 4, 6))
    doc.p("3. 출장자 및 항공권 발권 정보")
    rows = [["소속", "직위", "성명", "여권번호", "생년월일"]]
    for t_, n in chain(r, ag, 3):
        y, m, d = date(r, 1968, 1995)
        rows.append([r.choice(ag["depts"]), t_, n, passport(r), "%d. %d. %d." % (y, m, d)])
    doc.table(rows, widths=[1.6, 0.8, 0.9, 1.2, 1.2])
    doc.p("4. 소요 예산: %s원(항공료, 체재비)" % format(r.randint(8, 30) * 1000000, ","))
    doc.p("5. 출장 결과 보고서는 귀국 후 30일 이내에 누리집에 공개합니다.")
    return mk(doc, "국외출장 계획", "출장 계획", "partial", "none", reasons(6, 24), "content_passport", "table_cell", rows[1][3],
              flags=["content_only"], note="officials' passport numbers and birth dates are not information about official duties")


@template("minutes_partial", 4)
def t_minutes_partial(r, v):
    ag = r.choice(agencies_of("기초지자체", "광역지자체", "공기업"))
    doc = new_doc(r)
    ymd = date(r, 2021, 2025)
    topic = ["%s 주민설명회" % r.choice(["도시가스 배관 매설 공사", "공원 조성 계획", "하수처리장 증설"]), "주민참여예산 분과위원회", "%s 보상 협의회" % r.choice(["도로 확장", "택지 개발"]), "학교 앞 교통안전 간담회"][v % 4]
    doc.title("%s 회의록" % topic)
    doc.table([["일시", "%s 19:00" % dstr(ymd, 0)], ["장소", r.choice(["마을회관", "주민센터 2층 회의실", "복지관 강당"])],
               ["참석", "주민 %d명, %s 관계 공무원 %d명" % (r.randint(12, 60), ag["name"], r.randint(2, 5))]], widths=[1, 4], head=False)
    off = chain(r, ag, 2)
    qa = [[("공사 기간에 골목 차량 통행은 어떻게 되나요?", "구간별로 나누어 공사하고 한쪽 차로는 항상 열어 두겠습니다."),
           ("가스 배관이 집 앞을 지나가면 안전에 문제는 없습니까?", "매설 깊이와 안전 기준을 지키고 준공 전 압력 시험을 합니다."),
           ("상가 앞 공사는 주말에 해 주실 수 없나요?", "시공사와 협의하여 상가 구간은 휴일 작업을 검토하겠습니다."),
           ("공사 소음 측정 결과를 공개해 주십시오.", "측정 결과는 주 1회 마을 게시판에 붙이겠습니다."),
           ("복구한 도로가 울퉁불퉁하면 누가 책임집니까?", "하자보수 기간 2년 동안 시공사가 책임지고 보수합니다.")],
          [("경로당 보수 사업을 우선순위에 넣어 주셨으면 합니다.", "분과위원회 심사 때 현장 확인 결과와 함께 논의하겠습니다."),
           ("작년에 선정된 사업은 언제 끝나나요?", "올해 하반기 준공 예정입니다."),
           ("제안서 양식이 너무 복잡합니다.", "내년부터 간이 양식을 함께 쓰도록 개선하겠습니다."),
           ("청년 제안 사업에 별도 예산을 배정해 주십시오.", "총회에 건의 안건으로 올리겠습니다.")],
          [("감정평가 기준 시점이 언제입니까?", "사업인정 고시일을 기준으로 합니다."),
           ("보상 기준이 너무 낮다는 의견이 많습니다.", "재감정을 요청하실 수 있으며 절차를 안내해 드리겠습니다."),
           ("영업 손실 보상도 받을 수 있나요?", "사업자등록과 영업 실적이 확인되면 대상이 됩니다."),
           ("이주 대책은 어떻게 됩니까?", "이주정착금과 주거이전비 기준을 별도로 설명드리겠습니다.")],
          [("등굣길 불법 주차 단속을 늘려 주십시오.", "등교 시간대 집중 단속을 경찰서와 협의하겠습니다."),
           ("어린이 보호구역을 더 넓혀 주셨으면 합니다.", "지정 범위 확대를 심의위원회에 상정하겠습니다."),
           ("횡단보도 신호가 너무 짧습니다.", "보행 신호 연장을 검토하겠습니다."),
           ("통학로에 보도가 없는 구간이 있습니다.", "내년 예산에 보도 설치를 반영하도록 하겠습니다.")]][v % 4]
    picks = r.sample(qa, r.randint(3, min(5, len(qa))))
    first = None
    for i, (q, a) in enumerate(picks):
        nm = person(r)
        first = first or nm
        doc.p("○ 주민 %s(%s): %s" % (nm, r.choice(["신동 3통장", "아파트 입주자대표", "상가 운영", "주민", "학부모", "마을 이장"]), q))
        doc.p("  → %s %s: %s" % (off[i % 2][0], off[i % 2][1], a))
    stated = None
    if v % 2:
        val = field_value(r, "partial", [6], form=v)
        doc.p("※ 공개구분 %s - 발언 주민 성명은 공개 시 가림" % val)
        cue, loc, ct, stated = "field_partial", "last_line", val, {"disclosure": "partial", "items": [6]}
    else:
        cue, loc, ct = "content_citizen", "body", "○ 주민 %s" % first
    return mk(doc, topic, "회의록", "partial", "none", reasons(6), cue, loc, ct, stated=stated, flags=[] if stated else ["content_only"])


@template("subsidy_masked", 4)
def t_subsidy_masked(r, v):
    ag = r.choice(agencies_of("기초지자체", "광역지자체"))
    doc = new_doc(r)
    ymd = date(r, 2021, 2025)
    t = ["%d년 긴급 재난지원금 이의신청 처리 결과" % ymd[0], "경로당 냉난방비 지원 현황", "장애인 보조기기 지원 결정", "농어민 공익수당 지급 보류자 현황"][v % 4]
    doc.title(t)
    doc.p("%s %s" % (ag["name"], r.choice(ag["depts"])), align="R")
    rows = [["연번", "성명", "주민등록번호", "처리 결과"]]
    for i in range(r.randint(4, 7)):
        rows.append([str(i + 1), person(r), rrn(r, masked_=True), r.choice(["인용", "기각", "보완 요청", "지급"])])
    doc.table(rows, widths=[0.5, 1, 1.8, 1.2])
    doc.p(["※ 주민등록번호 뒷자리는 가림 처리함. 성명은 처리 결과 통지를 위해 기재함.",
           "※ 개인 식별번호는 앞 7자리만 표기함",
           "※ 보조기기 지급 일정은 대상자에게 개별 안내 예정",
           "※ 지급 보류 사유는 대상자별 상담 기록 참조(주민번호 일부 가림)"][v % 4])
    return mk(doc, t, "처리 결과 명단", "partial", "none", reasons(6), "content_masked_rrn", "table_cell", rows[1][2],
              flags=["content_only"], note="masked RRN only: 9-1-6 without PIPA-24")


@template("eval_partial", 4)
def t_eval_partial(r, v):
    ag = r.choice(agencies_of("공기업", "공공기관", "광역지자체", "중앙부처"))
    doc = new_doc(r)
    ymd = date(r, 2021, 2025)
    t = "%s 제안서 평가 결과" % r.choice(["차세대 전산시스템 구축", "홍보 영상 제작", "통합 콜센터 운영", "관광 안내 앱 개발"])
    doc.title(t)
    doc.p("1. 평가 개요: %s %s 회의실, 평가위원 %d명(외부 위원 %d명)" % (dstr(ymd, 0), ag["name"], 7, 5))
    rows = [["업체", "기술점수(80)", "가격점수(20)", "합계", "순위"]]
    for i in range(3):
        a = r.randint(55, 79) + r.randint(0, 9) / 10
        b = r.randint(12, 19) + r.randint(0, 9) / 10
        rows.append([r.choice(COMPANIES), "%.1f" % a, "%.1f" % b, "%.1f" % (a + b), str(i + 1)])
    doc.table(rows)
    doc.p("2. 평가위원 명단: %s" % ", ".join("%s(%s)" % (person(r), r.choice(["○○대 교수", "기술사", "회계사", "연구원"])) for _ in range(3)))
    val = field_value(r, "partial", [5, 6], form=v)
    line = "%s %s" % (field_label(r), val)
    doc.p("3. 평가위원 명단과 위원별 채점표는 공정한 평가 업무 수행을 위해 공개에서 제외합니다.")
    doc.p(line)
    return mk(doc, t, "평가 결과 보고", "partial", "none", reasons(5, 6), "field_partial", "last_line", val,
              stated={"disclosure": "partial", "items": [5, 6]})


@template("disagree_partial", 2)
def t_disagree_partial(r, v):
    ag = r.choice(agencies_of("기초지자체", "경찰", "소방"))
    doc = new_doc(r)
    ymd = date(r, 2021, 2025)
    nm = person(r)
    ph = mobile(r)
    subj = ["생활불편 신고 처리 협조 요청", "화재 피해 주민 임시 거처 지원 요청"][v % 2]
    body = ["1. %s에 대한 협조를 요청합니다." % subj.replace(" 협조 요청", "").replace(" 요청", ""),
            "2. 신고인(피해 주민): %s, 연락처 %s, 주소 %s" % (nm, ph, home_addr(r, ag)),
            "3. 현장 확인 후 필요한 조치를 하여 주시고, 신고인에게 결과를 안내하여 주시기 바랍니다."]
    res = gongmun(doc, r, ag, r.choice(ag["depts"]), subj, body, (), recv="수신자 참조", field=field_value(r, "public", [], form=v),
                  place="tel_end", ymd=ymd)
    return mk(doc, subj, "공문", "partial", "none", reasons(6), "field_public_but_personal", "gyeolmun_after_siheng", res["field_line"],
              flags=["disagree"], stated={"disclosure": "public", "items": []},
              note="printed 공개 but a private person's name, mobile and address are in the body")


@template("judgment_partial", 3)
def t_judgment(r, v):
    ag = r.choice([a for a in agencies_of("법원") if a["name"] != "법원행정처"])
    doc = new_doc(r)
    ymd = date(r, 2020, 2025)
    nm1, nm2 = person(r), person(r)
    kind = r.choice(["손해배상(기)", "임대차보증금 반환", "대여금"])
    why = {"손해배상(기)": "피고가 운전하던 차량이 원고의 상가 출입구를 들이받아 시설물이 파손된 사실은 다툼이 없다. 피고는 손해액이 과다하다고 주장하나, 감정 결과에 비추어 원고가 청구한 수리비는 상당하다.",
           "임대차보증금 반환": "원고와 피고 사이의 임대차계약이 기간 만료로 끝난 사실은 다툼이 없다. 피고는 원상회복 비용을 공제하여야 한다고 주장하나 이를 인정할 증거가 없다.",
           "대여금": "원고가 피고에게 돈을 빌려준 사실은 계좌 이체 내역과 차용증으로 인정된다. 피고는 일부를 갚았다고 주장하나 이를 뒷받침할 자료를 내지 못하였다."}[kind]
    doc.p("%s" % ag["name"].replace(" 천안지원", ""), align="C")
    doc.title("판          결")
    case = "%d가단%d" % (ymd[0], r.randint(10000, 99999)) if v % 2 == 0 else "%d나%d" % (ymd[0], r.randint(1000, 9999))
    doc.p("사    건  %s %s" % (case, kind))
    doc.p("원    고  %s" % nm1)
    doc.p("           %s" % home_addr(r))
    doc.p("피    고  %s" % nm2)
    doc.p("변론종결  %s" % dstr(ymd, 0))
    doc.p("판결선고  %s" % dstr(later(ymd, 21), 0))
    doc.p("주          문")
    doc.p("1. 피고는 원고에게 %s원과 이에 대한 지연손해금을 지급하라." % format(r.randint(5, 90) * 1000000, ","))
    doc.p("2. 소송비용은 피고가 부담한다.")
    doc.p("이          유")
    doc.p(why)
    doc.p("판사  %s" % person(r), align="R")
    doc.p("※ 판결서 사본 제공 시 당사자 성명과 주소는 비실명 처리함(「민사소송법」 제163조의2 참조)")
    return mk(doc, "판결", "판결서", "partial", "none", reasons(6), "content_citizen", "body", "원    고  %s" % nm1, flags=["content_only"],
              note="judge is an official; parties are private persons")


# ===========================================================================
# NON-PUBLIC: classified documents
# ===========================================================================
STAMP = {
    "대외비": ["대 외 비", "[대외비]", "《대외비》", "{d}까지 대외비", "대외비(보호기간: {d}까지)", "보안등급: 대외비", "대외비", "<대외비>"],
    "III급": ["Ⅲ급비밀", "III급 비밀", "3급 비밀", "비밀(Ⅲ급)", "Ⅲ 급 비 밀", "Ⅲ급 비밀", "3급비밀"],
    "II급": ["Ⅱ급비밀", "비밀(Ⅱ급)", "II급 비밀", "2급 비밀", "Ⅱ 급 비 밀"],
    "I급": ["Ⅰ급비밀", "I급 비밀", "비밀(Ⅰ급)", "1급 비밀"],
}
LOCS = ["header_footer", "textbox", "header_cell", "first_line", "last_line", "page_header", "page_footer", "first_last_line"]


TITLE_DEPT = [("동원", "동원"), ("보호구역", "군사시설"), ("암호", "정보화"), ("방위비", "국제안보"), ("정상회담", "북미"), ("회담", "남북회담"),
              ("정세", "정세분석"), ("급변", "정책기획"), ("충무", "비상안전"), ("정부 기능", "비상안전"), ("전쟁지도", "비상안전"),
              ("테러", "안보수사"), ("경호", "경비"), ("집회", "경비"), ("전략물자", "무역안보"), ("변전소", "보안"), ("댐", "비상안전"),
              ("항공보안", "항공보안"), ("철도", "보안"), ("청사 방호", "비상안전"), ("보이스피싱", "사이버수사"), ("감사 계획", "감사"),
              ("택지", "공공택지"), ("조직 쇄신", "시민안전"), ("임금 교섭", "인사노무"), ("국가기반시설", "균형건설"), ("뇌물", "수사"),
              ("결핵", "질병"), ("예정가격", "계약심사"), ("출제", "시험관리"), ("노선", "철도운영"), ("교원 비위", "교원인사"),
              ("투자 유치", "항만정책"), ("정수장", "수도운영"), ("통합방위", "보안정책"), ("작전 계획", "보안정책"), ("위기관리", "보안정책")]


def sec_dept(r, ag, title):
    for key, frag in TITLE_DEPT:
        if key in title:
            for d in ag["depts"]:
                if frag in d:
                    return d
    for d in ag["depts"]:
        if any(k in d for k in ("보안", "비상", "안전")):
            return d
    return ag["depts"][0]


def classified(r, v, level, ag, title, paras, table=None, locs=None, ymd=None):
    doc = new_doc(r)
    ymd = ymd or date(r, 2021, 2025)
    dept = sec_dept(r, ag, title)
    until = (ymd[0] + r.randint(1, 5), 12, 31)
    spell = STAMP[level][v % len(STAMP[level])].replace("{d}", dstr(until, 0))
    loc = (locs or LOCS)[v % len(locs or LOCS)]
    if loc in ("header_footer", "page_header"):
        doc.header = spell
        doc.header_color = "#C00000"
    if loc in ("header_footer", "page_footer"):
        doc.footer = spell + ("   - {page} -" if r.random() < 0.5 else "")
        if loc == "header_footer":
            doc.footer_same_color = True
        doc.header_color = doc.header_color or "#C00000"
    if loc == "textbox":
        doc.box(spell, align=r.choice(["R", "C"]))
    if loc == "header_cell":
        doc.table([["보안등급", spell, "문서번호", "%s-%d" % (dept.split(" ")[-1], r.randint(10, 999))]],
                  widths=[1, 1.6, 1, 1.6], head=False, kind="header_cell")
    if loc in ("first_line", "first_last_line"):
        doc.p(spell, align="C", bold=True)
    if level != "대외비":
        rest = r.choice(["이후 일반문서로 재분류", "이후 Ⅲ급비밀로 재분류" if level != "III급" else "이후 파기", "이후 일반문서로 재분류"])
        doc.p("예고문: %s까지 %s, %s" % (dstr(until, 0), {"III급": "Ⅲ급비밀", "II급": "Ⅱ급비밀", "I급": "Ⅰ급비밀"}[level], rest), align="R")
        doc.p("사본번호: %d / %d" % (r.randint(1, 5), r.randint(5, 9)), align="R")
    doc.title(title)
    doc.p("%s %s  %s" % (ag["name"], dept, dstr(ymd, 4)), align="R")
    doc.blank()
    for p in paras:
        doc.p(p)
    if table:
        doc.table(table)
    if loc in ("last_line", "first_last_line"):
        doc.blank()
        doc.p(spell, align="C", bold=True)
    return doc, spell, ("page_header" if loc == "header_footer" else loc)


SECRET_CONTENT = {
    "III급": [
        ("국방부", "%d년 동원 지정 자원 현황", 2, ["1. 전시 동원 소요에 대비하여 지정된 장비ㆍ물자ㆍ업체 현황을 보고함.", "2. 지역별 지정 현황과 미충족 소요는 표와 같으며, 충원 대책은 별도 보고 예정.", "3. 지정 업체 명단은 보안 유지를 위해 관리번호로만 표기함."],
         [["지역", "지정 장비(대)", "충족률"], ["제1권역", "4,%03d" % 0, "9%d%%" % 1], ["제2권역", "2,%03d" % 0, "8%d%%" % 7]]),
        ("병무청", "전시 병력동원 소집 절차 점검 결과", 2, ["1. 을지연습 기간 중 병력동원 소집 절차를 모의 점검하였음.", "2. 소집 통지 전달 경로 중 취약 구간이 식별되어 보완 대책을 마련함.", "3. 세부 소집 부대 및 집결지 정보는 붙임 참조."], None),
        ("외교부", "○○국과의 방위비 협상 대응 방향", 2, ["1. 차기 회의에서 상대국이 제시할 것으로 예상되는 요구 사항과 우리 측 대응 논리를 정리함.", "2. 수용 가능 범위와 최종 양보선은 장관 보고 후 확정.", "3. 협상 진행 상황은 관계 부처 외 공유 금지."], None),
        ("통일부", "남북 실무회담 대비 전략", 2, ["1. 회담 의제별 예상 쟁점과 우리 측 기본 입장을 정리함.", "2. 북측의 지연 전술에 대비한 단계별 대응 시나리오를 마련함.", "3. 대표단 구성 및 회담 일정은 발표 전까지 보안 유지."], None),
        ("한국수자원공사", "다목적댐 방호 계획(개정)", 3, ["1. 국가중요시설로 지정된 댐의 경비 인력 배치와 취약 지점을 재평가함.", "2. 드론 침입 대응을 위한 탐지 장비 배치 위치를 조정함.", "3. 비상 시 방류 조작실 출입 통제 절차를 강화함."],
         [["구역", "경비 인원", "순찰 주기"], ["제어동", "%d명" % 6, "1시간"], ["여수로", "%d명" % 4, "2시간"]]),
        ("한국전력공사", "주요 변전소 방호 취약점 점검 결과", 3, ["1. 가급 국가중요시설 변전소 %d개소의 물리적 방호 실태를 점검함." % 7, "2. 외곽 울타리 훼손 및 CCTV 사각지대가 확인되어 긴급 보수 조치함.", "3. 테러 대응 훈련 결과 초동 조치 시간이 기준을 초과하여 개선 필요."], None),
        ("인천국제공항공사", "항공보안 위협 정보 및 대응 계획", 3, ["1. 최근 입수된 위협 정보를 토대로 보안 검색 강화 구역을 지정함.", "2. 보안 검색 장비 추가 배치 위치와 운영 시간을 정함.", "3. 관계 기관 합동 대응 체계와 연락망은 붙임 참조."], None),
        ("행정안전부", "%d년 충무계획 보완 지침" , 2, ["1. 전시 행정기관 기능 유지를 위한 충무계획 보완 사항을 시달함.", "2. 대피 시설 지정 기준과 필수 인력 지정 방법을 변경함.", "3. 각 기관은 보완 계획을 비밀로 분류하여 기한 내 제출."], None),
        ("경찰청", "대테러 대응 작전 예규(개정안)", 2, ["1. 다중이용시설 테러 발생 시 초동 조치 절차를 개정함.", "2. 특공대 출동 기준과 지휘 체계를 명확히 함.", "3. 작전 구역 및 배치 계획은 관할별로 별도 하달."], None),
        ("산업통상자원부", "전략물자 불법 수출 의심 사례 관계기관 협의 결과", 2, ["1. 전략물자 불법 수출 의심 건에 대한 관계 기관 협의 결과를 보고함.", "2. 수출 통제 대상 품목의 우회 수출 경로가 확인되어 추가 조사 예정.", "3. 협의 내용은 외교 경로를 통해 상대국과 공유할 예정이므로 대외 누설 금지."], None),
        ("국방부", "군사시설 보호구역 조정 검토", 2, ["1. 작전 환경 변화에 따라 보호구역 일부 해제 및 신규 지정을 검토함.", "2. 신규 지정 대상 지역 좌표와 작전상 필요성은 붙임 참조.", "3. 지자체 협의 전까지 대외 공개 금지."], None),
        ("한국철도공사", "철도 주요 시설 테러 대응 매뉴얼 개정", 3, ["1. 주요 역사와 터널의 테러 대응 절차를 개정함.", "2. 폭발물 의심 신고 시 열차 운행 조정과 승객 대피 절차를 정비함.", "3. 취약 시설 목록과 경비 배치는 붙임 참조."], None),
    ],
    "II급": [
        ("행정안전부", "전시 정부 기능 이전 계획", 2, ["1. 전시 중앙행정기관의 기능 이전 순서와 이전 장소를 정함.", "2. 이전 시설의 수용 능력과 통신 축선은 별도 부록으로 관리.", "3. 계획 변경 시 즉시 관계 기관에 비밀 수발 절차로 통보."], None),
        ("국방부", "통합방위 작전 지침(%d)" , 2, ["1. 적 침투 및 국지 도발 상황별 통합방위 작전 지침을 하달함.", "2. 작전 지역별 책임 부대와 지원 체계를 명시함.", "3. 본 지침의 복제는 비밀취급인가자에 한하여 승인 후 가능."], None),
        ("통일부", "북한 정세 종합 평가(%d년 상반기)" , 2, ["1. 북한 내부 동향과 대외 정책 변화를 종합 평가함.", "2. 주요 평가 근거와 정보 출처는 별도 관리.", "3. 평가 결과는 정책 수립 참고용으로만 활용."], None),
        ("외교부", "정상회담 의제 협의 결과 및 대응 전략", 2, ["1. 실무 협의에서 제기된 상대국의 핵심 관심 사항을 정리함.", "2. 우리 측 양보 가능 사항과 연계 전략을 제시함.", "3. 회담 종료 전까지 관계 부처 외 배포 금지."], None),
        ("경찰청", "국가 중요 인사 경호 경비 계획", 2, ["1. 국제회의 기간 중 국가 원수급 인사 경호 계획을 수립함.", "2. 이동 경로와 숙소 경비 배치는 부록 참조.", "3. 경호 관련 정보는 작전 종료 후에도 보호기간까지 비밀로 관리."], None),
        ("병무청", "비상대비 자원 관리 기본계획", 2, ["1. 전시 인력 동원을 위한 자원 관리 기본 방향을 정함.", "2. 지역별 동원 가능 인원과 소집 순위를 산정함.", "3. 세부 자원 현황은 전산 비밀 관리 체계로 관리."], None),
        ("국방부", "국가 위기관리 표준 매뉴얼(군사 분야)", 2, ["1. 군사적 위기 상황별 조치 기준과 보고 체계를 정함.", "2. 위기 경보 단계별 임무와 협조 기관을 명시함.", "3. 이 매뉴얼은 비밀관리기록부에 등재하여 관리."], None),
    ],
    "I급": [
        ("국방부", "전시 작전 계획 요약(부록 %d)" , 2, ["1. 전시 작전 계획의 핵심 개념과 단계별 목표를 요약함.", "2. 전력 운용 개념과 지휘 관계는 부록 참조.", "3. 열람은 지정된 인원에 한하며, 열람 기록을 유지할 것."], None),
        ("국방부", "국가지휘통신망 암호 운용 체계", 2, ["1. 전시 국가지휘통신망의 암호 운용 체계와 키 관리 절차를 정함.", "2. 암호 장비 배치 위치와 예비 수단은 별지 참조.", "3. 본 문서의 분실 시 즉시 보고하고 전 체계를 교체할 것."], None),
        ("행정안전부", "전쟁지도본부 운영 계획", 2, ["1. 전시 국가 전쟁지도본부의 구성과 운영 절차를 정함.", "2. 본부 위치와 대체 지휘소는 별도 지정 문서로 관리.", "3. 관계 기관은 지정된 연락관만 열람 가능."], None),
        ("통일부", "급변사태 대비 종합 대응 계획", 2, ["1. 북한 급변사태 유형별 정부 대응 방향을 정함.", "2. 단계별 조치 사항과 관계 부처 임무를 명시함.", "3. 본 계획은 지정 인가자 외 열람 금지."], None),
    ],
}


def _secret(level, count, tname):
    @template(tname, count)
    def f(r, v):
        content = SECRET_CONTENT[level][v % len(SECRET_CONTENT[level])]
        ag = AG[content[0]]
        ymd = date(r, 2021, 2025)
        title = content[1] % ymd[0] if "%d" in content[1] else content[1]
        paras = list(content[3])
        if r.random() < 0.5:
            paras.append(r.choice(["4. 이 문서는 비밀관리기록부에 등재하고, 업무 종료 후 반납 또는 파기할 것.",
                                   "4. 열람자는 비밀열람기록전에 서명하고, 복제가 필요하면 생산 부서의 승인을 받을 것.",
                                   "4. 보관은 이중 잠금장치가 있는 용기에 하고, 퇴근 시 보관 상태를 확인할 것.",
                                   "4. 관계관 외 열람을 금하며 분실ㆍ누설 시 즉시 보안담당관에게 보고할 것.",
                                   "4. 예고문에 따라 재분류하고, 보호기간 중 일반문서와 섞어 철하지 말 것."]))
        doc, spell, loc = classified(r, v, level, ag, title, paras, content[4], ymd=ymd)
        return mk(doc, title, "비밀 문서", "non_public", level, reasons(1, content[2]), "stamp_" + level, loc, spell,
                  note="designated secret under 보안업무규정 (9-1-1) + content reason")
    return f


_secret("III급", 12, "secret_III")
_secret("II급", 7, "secret_II")
_secret("I급", 4, "secret_I")


DAEOEBI_CONTENT = [
    ("경찰청", "보이스피싱 조직 수사 진행 상황", [4], ["1. 총책 검거를 위한 추적 수사 진행 상황을 보고함.", "2. 현재까지 확인된 하부 조직원은 %d명이며, 계좌 추적 결과 자금 흐름 일부를 특정함." % 11, "3. 수사 기법 및 향후 검거 일정은 보안 유지 요망."]),
    ("경기도", "%d년 시ㆍ군 종합감사 계획(안)", [5], ["1. 감사 대상 시ㆍ군과 중점 감사 분야를 정함.", "2. 감사 착수 전 대상 기관에 감사 범위가 알려지지 않도록 관리.", "3. 특정 사업에 대한 제보 내용을 바탕으로 현장 확인 예정."]),
    ("행정안전부", "정부청사 방호 실태 점검 결과", [3], ["1. 청사 출입 통제 시스템과 경비 인력 배치 실태를 점검함.", "2. 지하 주차장 출입구와 방문객 동선에서 취약점이 확인됨.", "3. 취약점 세부 내용은 보완 완료 시까지 대외 공개 금지."]),
    ("한국토지주택공사", "○○지구 신규 공공택지 후보지 검토", [5, 8], ["1. 후보지 3곳의 입지 여건과 사업성을 비교 검토함.", "2. 후보지 정보가 사전에 알려질 경우 투기 수요가 유입될 우려가 큼.", "3. 발표 전까지 관계 부서 외 열람 제한."]),
    ("부산광역시", "조직 쇄신 방안 검토", [5], ["1. 민선 단체장 공약 이행을 위한 조직 개편 대안을 검토함.", "2. 국 통폐합과 인력 재배치에 따른 내부 반발이 예상됨.", "3. 최종안 확정 전까지 외부 유출에 유의."]),
    ("한국철도공사", "%d년 임금 교섭 대응 방안", [5], ["1. 노동조합 요구안에 대한 수용 가능 범위와 교섭 전략을 정리함.", "2. 파업 시 대체 인력 투입 계획을 함께 검토함.", "3. 교섭 종료 시까지 보안 유지."]),
    ("충청북도", "재난 취약 국가기반시설 목록", [3], ["1. 도내 국가기반시설 중 재난에 취약한 시설 %d개소를 정리함." % 23, "2. 시설별 위치와 취약 요인은 표 참조.", "3. 테러 등 악용 우려가 있어 대외 배포 금지."]),
    ("마포경찰서", "공무원 뇌물수수 의혹 내사 결과", [4, 6], ["1. 구청 %s 주무관 %s의 업체 편의 제공 의혹에 대한 내사 결과를 보고함." % ("건축과", "{name}"), "2. 계좌 거래 내역 분석 결과 의심 거래가 확인되어 정식 수사로 전환 예정.", "3. 피내사자 인적 사항과 수사 방향은 보안 유지."]),
    ("보건복지부", "집단 결핵 발생 역학조사 중간 결과", [6, 23], ["1. ○○요양병원 집단 결핵 발생에 대한 역학조사 중간 결과를 보고함.", "2. 확진자 %s(78세) 외 %d명의 접촉자 검사 결과는 표 참조." % ("{name}", 14), "3. 환자 개인 정보는 방역 목적 외 사용 금지."]),
    ("조달청", "%d년 대형 공사 예정가격 산정 기준 검토", [5], ["1. 대형 공사 예정가격 산정 시 적용할 조정률을 검토함.", "2. 조정률이 사전에 알려지면 입찰 담합 우려가 있음.", "3. 개찰 시까지 관련 자료 보안 유지."]),
    ("한국산업인력공단", "국가기술자격 시험 출제 및 관리 계획", [5], ["1. 다음 회차 필기시험 출제 위원 위촉과 출제 일정을 정함.", "2. 출제 장소와 문제지 인쇄ㆍ운송 경로는 별도 관리.", "3. 관계자는 보안 서약서를 제출할 것."]),
    ("국토교통부", "철도 노선 신설 예정 역사 위치 검토", [8], ["1. 광역철도 신설 노선의 정거장 후보 위치를 검토함.", "2. 후보지 인근 토지 거래가 급증할 우려가 있어 발표 전까지 보안 유지.", "3. 지자체 협의는 비공식 실무 협의로 한정."]),
    ("경기도교육청", "교원 비위 사건 처리 방향 검토", [5, 6], ["1. ○○고 교사 %s의 학생 대상 부적절 발언 사안 처리 방향을 검토함." % "{name}", "2. 징계 수위와 학생 보호 조치에 대한 대안을 비교함.", "3. 피해 학생 보호를 위해 관련 내용 외부 유출 금지."]),
    ("인천광역시", "항만 배후단지 민간 투자 유치 협상 현황", [5], ["1. 해외 투자사와의 협상 진행 상황과 쟁점을 정리함.", "2. 투자 인센티브 제시 한도는 내부 검토 단계임.", "3. 협상 결과 발표 전까지 보안 유지."]),
    ("서울경찰청", "대규모 집회 경비 대책", [3], ["1. 주말 대규모 집회에 대비한 경력 배치 계획을 수립함.", "2. 주요 시설 방호 인력과 차단선 위치는 부록 참조.", "3. 경비 계획 유출 시 충돌 우려가 있어 보안 유지."]),
    ("한국수자원공사", "정수장 수질 사고 대응 내부 보고", [3, 5], ["1. ○○정수장 유충 민원 발생 원인과 조치 현황을 보고함.", "2. 원인 분석이 끝나지 않아 대외 발표 문안은 검토 중.", "3. 정수 처리 공정의 취약 지점 정보는 대외 공개 금지."]),
]


@template("daeoebi", 16)
def t_daeoebi(r, v):
    agname, title, items, paras = DAEOEBI_CONTENT[v % len(DAEOEBI_CONTENT)]
    ag = AG[agname]
    ymd = date(r, 2021, 2025)
    title = title % (ymd[0] + 1) if "%d" in title else title
    paras = [p.replace("{name}", person(r)) for p in paras]
    if r.random() < 0.4:
        paras.append("※ 이 문서는 업무 관계자에 한하여 열람하고 복사ㆍ외부 반출을 금함.")
    doc, spell, loc = classified(r, v, "대외비", ag, title, paras, ymd=ymd)
    return mk(doc, title, "대외비 문서", "non_public", "대외비", reasons(*items), "stamp_대외비", loc, spell,
              note="대외비 rests on the 시행규칙: content reasons only, no 9-1-1")


# ===========================================================================
# NON-PUBLIC: stated 비공개 and content-only documents
# ===========================================================================
def nbody_investigation(r, ag, ymd):
    nm = person(r)
    return ("보조금 부정수급 의심 사업자 수사 의뢰", [
        "1. 우리 %s에서 지원한 %s 사업과 관련하여 부정수급이 의심되는 사안이 확인되어 수사를 의뢰합니다." % ("시" if ag["kind"] == "기초지자체" else "기관", r.choice(["고용장려금", "농기계 임대", "청년 창업 지원"])),
        "  가. 피의뢰인: %s(%s 대표), 주소 %s" % (nm, r.choice(COMPANIES), home_addr(r, ag)),
        "  나. 의심 내용: 허위 근로계약서 제출로 %s원 수령" % format(r.randint(10, 200) * 1000000, ","),
        "2. 관련 증빙 자료를 붙임과 같이 송부하오니 엄정히 수사하여 주시기 바랍니다.",
    ], ["수사의뢰서 1부.", "증빙 자료 1부."], [4, 6])


def nbody_audit_req(r, ag, ymd):
    return ("특정감사 관련 자료 제출 요구", [
        "1. 현재 진행 중인 %s 특정감사와 관련하여 아래 자료를 요구합니다." % r.choice(["청사 신축 공사", "체육시설 위탁 운영", "공용차량 관리"]),
        "  가. 계약 관련 내부 결재 문서 일체",
        "  나. 설계변경 검토 회의록",
        "2. 감사가 끝날 때까지 자료 요구 사실과 그 범위가 외부에 알려지지 않도록 유의하여 주시기 바랍니다.",
    ], [], [5])


def nbody_price(r, ag, ymd):
    return ("예정가격 결정을 위한 복수예비가격 작성 결과", [
        "1. %s 입찰의 예정가격 결정을 위하여 기초금액 대비 ±2%% 범위에서 복수예비가격 15개를 작성하였습니다." % r.choice(["청사 냉난방기 교체", "도로 재포장", "공공 와이파이 구축"]),
        "2. 작성된 복수예비가격은 개찰 전까지 봉인하여 계약 담당 부서에서 보관합니다.",
    ], ["복수예비가격 작성 조서 1부."], [5])


def nbody_security(r, ag, ymd):
    return ("청사 방호 계획 변경 알림", [
        "1. 청사 출입 통제 체계 개선에 따라 방호 계획을 다음과 같이 변경합니다.",
        "  가. 야간 경비 근무 교대 시간: 22:00 → 23:00",
        "  나. 비상 출입구 %d곳 상시 폐쇄 및 원격 감시" % r.randint(2, 5),
        "2. 변경된 경비 배치도는 보안상 배포하지 않으며, 필요한 부서는 방호 담당에게 열람을 신청하여 주시기 바랍니다.",
    ], [], [3])


def nbody_land(r, ag, ymd):
    return ("%s 개발 예정 부지 사전 검토 협조" % r.choice(["첨단산업단지", "공공주택지구", "물류단지"]), [
        "1. 개발 예정 부지의 지번별 소유 현황과 토지 이용 규제 사항을 사전 검토하고자 합니다.",
        "2. 검토 대상 지역은 붙임 도면과 같으며, 발표 전까지 대상 지역이 알려지면 투기 우려가 있으니 관련 자료 취급에 각별히 유의하여 주시기 바랍니다.",
    ], ["검토 대상 지역 도면 1부."], [8])


def nbody_vetting(r, ag, ymd):
    nm = person(r)
    return ("개방형 직위 임용 후보자 인사검증 자료 요청", [
        "1. %s 개방형 직위 임용 후보자에 대한 인사검증을 위하여 자료를 요청합니다." % ag["name"],
        "  가. 후보자: %s(%s년생)" % (nm, r.randint(1965, 1985)),
        "  나. 요청 자료: 재산 형성 과정, 병역 사항, 체납 여부 확인 결과",
        "2. 검증 자료는 임용 심사 목적 외로 사용하지 않습니다.",
    ], [], [6])


def nbody_tech(r, ag, ymd):
    co = r.choice(COMPANIES)
    return ("기술 검증을 위한 업체 제출 자료 송부", [
        "1. %s가 제출한 신공법 인증 신청 자료를 기술 검증을 위하여 송부합니다." % co,
        "2. 자료에는 해당 업체의 공정 설계도, 배합비, 원가 구조가 포함되어 있어 업체의 영업상 비밀에 해당하므로 검증 목적 외 열람ㆍ복제를 금합니다.",
    ], ["공법 설명서 1부.", "배합 설계 자료 1부."], [7])


def nbody_lawsuit(r, ag, ymd):
    return ("손해배상 청구 소송 대응 방안 검토", [
        "1. %s와 관련하여 제기된 손해배상 청구 소송(%d가합%d)의 대응 방안을 검토하였습니다." % (r.choice(["하천 범람 피해", "도로 포트홀 사고", "공사 지연"]), ymd[0], r.randint(10000, 99999)),
        "2. 소송대리인 의견에 따라 주요 쟁점별 방어 논리와 화해 가능 범위를 정리하였습니다.",
        "3. 재판 진행 중이므로 검토 내용이 상대방에 알려지지 않도록 유의하여 주시기 바랍니다.",
    ], ["소송 대응 검토서 1부."], [4])


def nbody_discipline_req(r, ag, ymd):
    nm = person(r)
    return ("징계 의결 요구", [
        "1. 소속 공무원의 비위 사실이 확인되어 징계 의결을 요구합니다.",
        "  가. 대상자: %s %s %s" % (r.choice(ag["depts"]), r.choice(["주무관", "팀장"]), nm),
        "  나. 비위 사실: %s" % r.choice(["근무시간 중 무단 이석 반복", "관용차량 사적 사용", "민원인에 대한 폭언"]),
        "  다. 요구 의결: %s" % r.choice(["경징계", "중징계"]),
        "2. 징계의결 요구서와 확인서를 붙임과 같이 송부합니다.",
    ], ["징계의결 요구서 1부.", "확인서 1부."], [5, 6])


NONPUB_BODIES = [nbody_investigation, nbody_audit_req, nbody_price, nbody_security, nbody_land, nbody_vetting, nbody_tech,
                 nbody_lawsuit, nbody_discipline_req, nbody_investigation]
BODY_KIND.update({nbody_investigation: LOCAL + ("중앙부처",), nbody_audit_req: NONCOURT, nbody_price: LOCAL + ("공기업",),
                  nbody_security: NONCOURT, nbody_land: LOCAL + ("공기업",), nbody_vetting: ("중앙부처", "광역지자체"),
                  nbody_tech: ("중앙부처", "공공기관", "공기업"), nbody_lawsuit: LOCAL + ("공기업",), nbody_discipline_req: LOCAL + ("중앙부처", "교육청")})


@template("gongmun_nonpublic", 10)
def t_gongmun_nonpublic(r, v):
    f = NONPUB_BODIES[v % len(NONPUB_BODIES)]
    ag = ag_for(r, f)
    ymd = date(r, 2021, 2025)
    subj, body, att, items = f(r, ag, ymd)
    doc = new_doc(r)
    val = field_value(r, "non_public", items, form=0 if f is nbody_lawsuit else v)
    place = ["tel_end", "own_line_after_siheng", "approval_table", "own_line_last"][v % 4]
    gongmun(doc, r, ag, r.choice(ag["depts"]), subj, body, att, recv=r.choice(["수신자 참조", "내부결재"]),
            field=val, place=place, ymd=ymd, oldstyle=(v % 5 == 4))
    loc = {"tel_end": "gyeolmun_after_siheng", "own_line_after_siheng": "gyeolmun_after_siheng",
           "own_line_last": "last_line", "approval_table": "approval_table"}[place]
    return mk(doc, subj, "공문", "non_public", "none", reasons(*items), "field_nonpublic", loc, val,
              stated={"disclosure": "non_public", "items": items})


def frn(r):
    y = r.randint(1970, 1999)
    g = r.choice([5, 6])
    return "%02d%02d%02d-%d%06d" % (y % 100, r.randint(1, 12), r.randint(1, 28), g, r.randint(0, 999999))


@template("roster", 5)
def t_roster(r, v):
    ag = r.choice(agencies_of("기초지자체"))
    doc = new_doc(r)
    ymd = date(r, 2021, 2025)
    kind = v % 5
    if kind == 0:
        t = "%d년 %d월 기초생활수급자 신규 책정 명단" % (ymd[0], ymd[1])
        rows = [["연번", "성명", "주민등록번호", "주소", "급여 종류"]] + [[str(i + 1), person(r), rrn(r), home_addr(r, ag), r.choice(["생계ㆍ의료", "주거", "교육", "생계ㆍ주거"])] for i in range(r.randint(4, 7))]
        rs, ct = reasons(6, 24), rows[1][2]
    elif kind == 1:
        t = "장애인 보장구 지원 대상자 명단"
        rows = [["연번", "성명", "생년", "장애 유형ㆍ정도", "지원 품목"]] + [[str(i + 1), person(r), str(r.randint(1940, 2010)), r.choice(["지체(심한)", "뇌병변(심한)", "시각(심하지 않은)", "청각(심한)"]), r.choice(["전동휠체어", "보청기", "욕창방지방석"])] for i in range(r.randint(4, 7))]
        rs, ct = reasons(6, 23), rows[1][3]
    elif kind == 2:
        t = "홀몸 어르신 응급안전 안심서비스 대상자 현황"
        rows = [["성명", "나이", "연락처", "주요 질환", "보호자"]] + [[person(r), str(r.randint(68, 95)), mobile(r), r.choice(["치매 초기", "당뇨, 고혈압", "심부전", "파킨슨병"]), person(r)] for i in range(r.randint(4, 6))]
        rs, ct = reasons(6, 23), rows[1][3]
    elif kind == 3:
        t = "출소 예정자 사회복귀 지원 대상 명단(보호관찰소 통보분)"
        rows = [["성명", "생년월일", "죄명", "형기 종료일", "희망 지원"]] + [[person(r), dstr(date(r, 1960, 2000), 0), r.choice(["절도", "사기", "도로교통법위반(음주운전)", "폭행"]), dstr(later(ymd, r.randint(5, 60)), 0), r.choice(["주거", "취업", "의료"])] for i in range(r.randint(3, 5))]
        rs, ct = reasons(6, 23), rows[1][2]
    else:
        t = "결혼이민자 한국어 교육 지원 대상자 명단"
        rows = [["성명", "국적", "외국인등록번호", "연락처"]] + [[r.choice(["응우옌 티 란", "레 티 흐엉", "마리아 산토스", "왕 리", "자르갈 바트", "팜 티 투"]), r.choice(["베트남", "필리핀", "중국", "몽골"]), frn(r), mobile(r)] for i in range(r.randint(4, 6))]
        rs, ct = reasons(6, 24), rows[1][2]
    doc.title(t)
    doc.p("%s %s  %s 기준" % (ag["name"], r.choice(ag["depts"]), dstr(ymd, 0)), align="R")
    doc.table(rows)
    doc.p("총 %d명" % (len(rows) - 1), align="R")
    return mk(doc, t, "명단", "non_public", "none", rs, "content_roster", "table_cell", ct, flags=["content_only"],
              note="document consists only of personal data")


@template("discipline", 4)
def t_discipline(r, v):
    ag = r.choice([a for a in AGENCIES if a["kind"] in ("중앙부처", "광역지자체", "기초지자체", "교육청", "경찰", "소방")])
    doc = new_doc(r)
    ymd = date(r, 2021, 2025)
    nm = person(r)
    cases = [
        ("도로교통법위반(음주운전)", "혈중알코올농도 0.%03d%% 상태로 약 %dkm 구간을 운전하다 적발되어 %s 벌금 %s만 원의 약식명령을 받았다" % (r.randint(80, 190), r.randint(2, 9), ag["addr"].split(" ")[0] + "지방법원" if False else "법원에서", r.randint(5, 15) * 100), "정직 %d월" % r.randint(1, 3), True),
        ("금품 수수", "직무 관련 업체로부터 상품권 %s만 원 상당을 받아 뇌물수수죄로 징역 1년, 집행유예 2년을 선고받았다" % r.randint(50, 300), "해임", True),
        ("성실의무 위반", "%d회에 걸쳐 근무지를 무단 이탈하고 출장 신청 없이 개인 용무를 보았다" % r.randint(4, 12), "감봉 1월", False),
        ("품위유지의무 위반", "회식 자리에서 부하 직원에게 모욕적인 발언을 하여 직장 내 괴롭힘으로 인정되었다", "견책", False),
    ][v % 4]
    doc.title("징 계 의 결 서")
    rank = {"중앙부처": ["주무관(행정주사)", "사무관(행정사무관)"], "광역지자체": ["주무관(지방행정주사보)", "팀장(지방행정사무관)"],
            "기초지자체": ["주무관(지방행정주사보)", "팀장(지방행정사무관)"], "교육청": ["교사", "주무관(지방교육행정주사)"],
            "경찰": ["경사", "경위"], "소방": ["소방장", "소방위"]}[ag["kind"]]
    doc.table([["소속", r.choice(ag["depts"]), "직위(직급)", r.choice(rank)],
               ["성명", nm, "생년월일", dstr(date(r, 1965, 1995), 0)]], widths=[1, 2, 1, 2], head=False)
    doc.p("의결 주문: %s에 처한다." % cases[2])
    doc.p("이유")
    doc.p("혐의자는 %s. 이는 「%s」 제%d조의 의무를 위반한 것으로 징계 사유에 해당한다." % (cases[1], "지방공무원법" if ag["kind"] in ("광역지자체", "기초지자체", "소방") else "국가공무원법", 56 if "성실" in cases[0] else 63 if "품위" in cases[0] else 61 if "금품" in cases[0] else 63))
    doc.p(r.choice(["혐의자가 깊이 반성하고 있는 점, 그간의 근무 성적 등을 참작하였으나 비위의 정도에 비추어 주문과 같이 의결한다.",
                    "혐의자는 사실관계를 인정하면서 선처를 구하였으나, 공직 기강 확립의 필요성을 고려하여 주문과 같이 의결한다.",
                    "표창 공적이 있어 감경 사유를 검토하였으나 감경 제외 대상 비위에 해당하므로 주문과 같이 의결한다.",
                    "비위의 고의성과 조직에 끼친 영향을 종합하여 주문과 같이 의결한다."]))
    doc.p(dstr(ymd, 2), align="C")
    doc.p("%s 인사위원회(징계위원회)" % ag["name"], align="C", bold=True)
    doc.p("위원장  %s  (서명)" % person(r), align="R")
    rs = reasons(6, 23) if cases[3] else reasons(6)
    return mk(doc, "징계의결서", "징계의결서", "non_public", "none", rs, "content_discipline", "body", "징 계 의 결 서", flags=["content_only"],
              note="discipline of a named official (non-official capacity)" + ("; criminal conviction" if cases[3] else ""))


@template("health_leave", 4)
def t_health(r, v):
    ag = r.choice([a for a in AGENCIES if a["kind"] not in ("법원",)])
    doc = new_doc(r)
    ymd = date(r, 2021, 2025)
    nm = person(r)
    k = v % 4
    if k == 0:
        t = "질병휴직 처리 결과 보고"
        doc.title(t)
        doc.p("1. %s %s이 제출한 질병휴직 신청에 대하여 아래와 같이 처리하였습니다." % (r.choice(ag["depts"]), nm))
        dx = r.choice(["유방암(C50.9) 수술 후 항암치료", "주요우울장애(F32.2)", "요추 추간판 탈출증(M51.1) 수술"])
        doc.p("  가. 진단명: %s" % dx)
        doc.p("  나. 휴직 기간: %s ~ %s (1년)" % (dstr(ymd, 0), dstr((ymd[0] + 1, ymd[1], ymd[2]), 0)))
        doc.p("  다. 근거: 의료기관 진단서, 건강관리 부서 의견")
        doc.p("2. 휴직 기간 중 결원 보충을 위해 대체 인력을 채용할 예정입니다.")
        ct = dx
    elif k == 1:
        t = "공무상 요양 승인 결정 통지"
        doc.title(t)
        doc.p("신청인 %s(%s)의 공무상 요양 신청을 심의한 결과 다음과 같이 승인합니다." % (nm, r.choice(["소방장", "경위", "주무관"])))
        dx = r.choice(["화재 진압 중 낙하물에 의한 좌측 쇄골 골절", "외상 후 스트레스 장애", "구조 활동 중 발생한 우측 무릎 전방십자인대 파열"])
        doc.table([["상병명", dx], ["요양 기간", "%s ~ %s" % (dstr(ymd, 0), dstr(later(ymd, 90), 0))], ["의료기관", r.choice(["○○대학교병원", "○○의료원", "○○정형외과"])]], widths=[1, 3], head=False)
        doc.p("위 결정에 불복하는 경우 결정을 안 날부터 90일 이내에 심사를 청구할 수 있습니다.")
        ct = dx
    elif k == 2:
        t = "%d년 건강검진 유소견자 사후관리 명단" % ymd[0]
        doc.title(t)
        rows = [["부서", "성명", "판정", "소견", "조치"]] + [[r.choice(ag["depts"]), person(r), r.choice(["D2", "C2", "D1"]), r.choice(["고혈압 의심", "당뇨병 유질환", "간기능 이상", "난청 의심"]), r.choice(["2차 검진", "근무 조정", "추적 관찰"])] for _ in range(r.randint(4, 7))]
        doc.table(rows)
        doc.p("※ 산업보건 목적으로만 사용하며 본인 외 열람을 제한함")
        ct = rows[1][3]
    else:
        t = "직원 심리상담 연계 요청"
        doc.title(t)
        doc.p("1. %s 소속 %s 주무관이 최근 민원 응대 과정에서 심한 스트레스를 호소하여 전문 심리상담 연계를 요청합니다." % (r.choice(ag["depts"]), nm))
        ct = "불면과 공황 증상"
        doc.p("2. 본인은 2주 이상 %s이 지속되고 있다고 진술하였으며, 정신건강의학과 진료 이력이 있습니다." % ct)
        doc.p("3. 상담 내용은 비밀로 하며 인사상 불이익이 없도록 관리하여 주시기 바랍니다.")
    return mk(doc, t, "건강ㆍ휴직 기록", "non_public", "none", reasons(6, 23), "content_health", "body" if k != 1 else "table_cell", ct,
              flags=["content_only"])


@template("union_dues", 2)
def t_union(r, v):
    ag = r.choice(agencies_of("공기업", "공공기관", "기초지자체"))
    doc = new_doc(r)
    ymd = date(r, 2021, 2025)
    t = ["%d년 %d월 노동조합 조합비 일괄공제 명단" % (ymd[0], ymd[1]), "부서별 노동조합 가입 현황(신규 가입자)"][v % 2]
    doc.title(t)
    union = r.choice(["%s 노동조합" % ag["name"], "전국공무원노동조합 %s지부" % ag["name"].split(" ")[-1], "공공운수노조 %s지부" % ag["name"]])
    doc.p("조합명: %s" % union)
    rows = [["사번", "성명", "부서", "공제액(원)" if v % 2 == 0 else "가입일"]]
    for _ in range(r.randint(5, 8)):
        rows.append(["%d%04d" % (r.randint(19, 24), r.randint(0, 9999)), person(r), r.choice(ag["depts"]),
                     format(r.randint(15, 45) * 1000, ",") if v % 2 == 0 else dstr(date(r, 2023, 2025), 0)])
    doc.table(rows)
    doc.p("급여 담당 부서는 위 명단에 따라 조합비를 공제하여 조합 계좌로 이체하여 주시기 바랍니다." if v % 2 == 0 else "신규 가입자는 다음 달 급여부터 조합비를 공제합니다.")
    return mk(doc, t, "노동조합 명단", "non_public", "none", reasons(6, 23), "content_union", "body", "조합명: %s" % union, flags=["content_only"])


@template("investigation", 5)
def t_investigation(r, v):
    ag = r.choice(agencies_of("경찰")) if v % 5 in (1, 2, 4) else r.choice(agencies_of("기초지자체", "광역지자체", "중앙부처"))
    doc = new_doc(r)
    ymd = date(r, 2021, 2025)
    nm = person(r)
    k = v % 5
    if k == 0:
        t = "수 사 의 뢰 서"
        doc.title(t)
        doc.table([["피의뢰인", nm], ["주소", home_addr(r)], ["의뢰 사항", "폐기물관리법 위반(무허가 폐기물 매립) 의심"]], widths=[1, 3], head=False)
        doc.p("위 사람은 %s 일원 임야에 건설 폐기물 약 %d톤을 무단으로 매립한 것으로 의심되므로 수사를 의뢰합니다." % (ag["name"], r.randint(50, 900)))
        doc.p("현장 사진과 주민 제보 내용을 첨부합니다.")
        rs = reasons(4, 6)
        ct = "피의뢰인"
    elif k == 1:
        t = "수사개시 통보"
        doc.title(t)
        doc.p("「공무원 범죄에 관한 수사 등 통보」 규정에 따라 귀 기관 소속 공무원에 대한 수사 개시를 통보합니다.")
        doc.table([["성명", nm], ["소속ㆍ직위", "%s %s" % (r.choice(["○○구청 세무과", "○○시 건축과"]), "주무관")], ["죄명", r.choice(["공무상비밀누설", "업무상횡령", "직권남용권리행사방해"])],
                   ["수사 개시일", dstr(ymd, 0)]], widths=[1, 3], head=False)
        rs = reasons(4, 6)
        ct = "수사 개시를 통보"
    elif k == 2:
        t = "압수수색영장 집행 협조 요청"
        doc.title(t)
        doc.p("1. %s 사건 수사와 관련하여 법원으로부터 발부받은 압수수색영장을 집행하고자 하니 협조하여 주시기 바랍니다." % r.choice(["사이버 도박", "전세 사기", "보조금 편취"]))
        doc.p("2. 집행 일시와 대상 자료의 범위는 사전에 유선으로 협의하며, 집행 사실이 외부로 알려지지 않도록 보안을 유지하여 주시기 바랍니다.")
        rs = reasons(4)
        ct = "압수수색영장"
    elif k == 3:
        t = "고 발 장"
        co = r.choice(COMPANIES)
        doc.title(t)
        doc.p("고발인: %s" % ag["sender"])
        doc.p("피고발인: %s 대표 %s" % (co, nm))
        doc.p("고발 취지: 피고발인은 %s 공사를 하면서 허위 준공 서류를 제출하여 대금을 편취하였으므로 엄정한 수사와 처벌을 구합니다." % r.choice(["하천 정비", "마을회관 신축", "도로 확포장"]))
        rs = reasons(4, 6)
        ct = "피고발인: %s 대표 %s" % (co, nm)
    else:
        t = "관내 불법 사행성 게임장 첩보 수집 결과"
        doc.title(t)
        doc.p("1. 주민 신고로 입수된 첩보를 바탕으로 관내 게임장 %d곳에 대한 기초 사실 확인을 하였음." % r.randint(2, 6))
        doc.p("2. 환전 정황이 확인된 업소는 단속 일정에 따라 일제 단속 예정이며, 단속 정보 유출 방지에 유의할 것.")
        rs = reasons(4)
        ct = "단속 정보 유출 방지"
    doc.p(dstr(ymd, 2), align="C")
    doc.p(ag["sender"], align="C", bold=True)
    return mk(doc, t, "수사 관련 문서", "non_public", "none", rs, "content_investigation", "body", ct, flags=["content_only"])


INFORMAL = ["[내부용]", "[대내용]", "내부 검토용", "취급주의", "외부 배포 금지", "[내부 검토용 - 인용 금지]", "※ 회의 후 회수", "대내 한정"]


@template("internal_review", 8)
def t_internal(r, v):
    ag = r.choice([a for a in AGENCIES if a["kind"] not in ("법원",)])
    doc = new_doc(r)
    ymd = date(r, 2021, 2025)
    mark = INFORMAL[v % len(INFORMAL)]
    topics = [("%s 통합 이전에 따른 인력 재배치 검토" % r.choice(["보건소ㆍ복지관", "사업소", "출장소"]), ["대안별 장단점과 예상 반발을 정리", "노조 협의 전 내부 검토 단계"]),
              ("민간위탁 재계약 여부 검토", ["수탁기관 평가 점수가 기준에 미달", "재공모와 직영 전환 중 결정 필요"]),
              ("%d년 예산 삭감 대상 사업 검토" % (ymd[0] + 1), ["성과가 낮은 사업 %d건을 삭감 후보로 선정" % r.randint(5, 15), "의회 설명 전 부서 의견 수렴 중"]),
              ("언론 보도 대응 방안", ["보도 내용 중 사실과 다른 부분 정리", "정정 보도 요청 여부는 기관장 결정 사항"]),
              ("조례 개정안 쟁점 검토", ["상위법 위임 범위 초과 여부에 대한 법무 의견 상이", "입법예고 전 추가 검토 필요"]),
              ("민원 다발 사업장 행정처분 수위 검토", ["영업정지와 과징금 대안 비교", "처분 사전통지 전 내부 검토"]),
              ("기관장 공약 사업 추진 가능성 검토", ["재원 확보 방안 불투명", "단계적 추진안과 축소안 비교"]),
              ("청사 매각 대안 검토", ["감정평가 전 내부 추정가 산정", "매각 시기와 방식에 대한 의견 수렴 단계"])]
    t, pts = topics[v % len(topics)]
    loc = ["first_line", "page_header", "textbox", "last_line"][v % 4]
    if loc == "page_header":
        doc.header = mark
    elif loc == "first_line":
        doc.p(mark)
    elif loc == "textbox":
        doc.box(mark, align="R", color="#7F6000")
    doc.title(t)
    doc.p("%s  %s" % (r.choice(ag["depts"]), dstr(ymd, 4)), align="R")
    doc.p("□ 검토 배경")
    doc.p("  ○ " + pts[0])
    doc.p("□ 검토 의견")
    doc.p("  ○ " + pts[1])
    doc.p("  ○ 실무 의견: %s" % r.choice(["대안 1이 현실적이나 추가 협의 필요", "결정을 다음 분기로 미루는 것이 바람직", "외부 자문 후 재검토 권고"]))
    doc.p("□ 향후 조치: 간부회의 보고 후 방향 결정")
    if loc == "last_line":
        doc.p(mark)
    return mk(doc, t, "내부 검토 보고", "non_public", "none", reasons(5), "informal_marking", loc, mark,
              note="internal decision-making material; informal marking is not a classification")


@template("exam", 4)
def t_exam(r, v):
    k = v % 4
    if k == 0:
        ag = AG["한국산업인력공단"]
        t = "%s 기능사 필기시험 출제 문항(원안)" % r.choice(["전기", "용접", "조리", "정보처리"])
        qs = ["1. 다음 중 교류 회로에서 역률을 개선하기 위해 사용하는 것은?  ① 리액터 ② 전력용 콘덴서 ③ 저항기 ④ 변압기",
              "2. 누전차단기의 정격 감도 전류로 옳은 것은?  ① 30mA ② 300mA ③ 3A ④ 30A",
              "정답: 1-②, 2-①"]
    elif k == 1:
        ag = r.choice(agencies_of("교육청"))
        t = "%d학년도 중등교사 임용 2차 시험 수업 실연 과제" % (2025 + v % 2)
        qs = ["과제: 제시된 성취기준에 따라 20분 분량의 수업을 실연하시오.", "조건 1. 모둠 활동을 1회 이상 포함할 것", "조건 2. 형성평가 문항을 제시할 것",
              "평가 기준: 수업 설계 30점, 상호작용 40점, 평가 30점"]
    elif k == 2:
        ag = r.choice(agencies_of("교육청"))
        t = "○○중학교 2학기 기말고사 과학 문항(시행 전)"
        qs = ["1. 물체에 작용하는 알짜힘이 0일 때 물체의 운동 상태를 서술하시오.(4점)", "2. 다음 화학 반응식의 계수를 맞추시오. H₂ + O₂ → H₂O (3점)", "모범답안 및 채점 기준은 별지"]
    else:
        ag = r.choice(agencies_of("경찰", "소방"))
        t = "%d년 %s 승진시험 문제지" % (2025, "경위" if ag["kind"] == "경찰" else "소방위")
        qs = ["문 1. 다음 중 현행범인 체포의 요건에 해당하지 않는 것은?" if ag["kind"] == "경찰" else "문 1. 특정소방대상물의 소방안전관리자 선임 기준으로 옳은 것은?", "문 2. (생략)", "※ 시험 종료 후 문제지는 회수함"]
    doc = new_doc(r)
    doc.title(t)
    doc.p("%s" % ag["name"], align="R")
    for q in qs:
        doc.p(q)
    stated = None
    if v % 2 == 1:
        val = field_value(r, "non_public", [5], form=v)
        doc.footer = "%s  |  {page}" % val
        cue, loc, ct, stated = "field_nonpublic", "page_footer", val, {"disclosure": "non_public", "items": [5]}
    else:
        cue, loc, ct = "content_exam", "body", qs[0][:15]
    return mk(doc, t, "시험 문항", "non_public", "none", reasons(5), cue, loc, ct, stated=stated, flags=[] if stated else ["content_only"])


@template("trade_secret", 4)
def t_trade(r, v):
    k = v % 4
    ag = r.choice([[AG["산업통상자원부"], AG["환경부"]], [AG["조달청"], AG["한국도로공사"], AG["한국토지주택공사"]],
                   [AG["농림축산식품부"], AG["전라남도"], AG["충청북도"]], [AG["산업통상자원부"], AG["부산광역시"], AG["인천광역시"]]][k])
    co = r.choice(["해오름식품(주)", "(주)청림조경"] if k == 2 else ["동해테크(주)", "대성전기(주)", "(주)한빛엔지니어링", "미래안전산업(주)"])
    doc = new_doc(r)
    if k == 0:
        t = "%s 제출 공정 기술 자료 요약" % co
        lines = ["1. 제품 생산 공정은 전처리-반응-정제의 3단계로 구성되며, 반응 온도는 %d℃, 촉매 투입 비율은 %.1f%%이다." % (r.randint(180, 420), r.random() * 5),
                 "2. 해당 조건은 업체가 자체 개발한 것으로 특허 출원 전 단계이다."]
    elif k == 1:
        t = "%s 원가계산서(제출분)" % co
        lines = ["1. 업체 제출 원가 구성"]
    elif k == 2:
        t = "%s HACCP 인증 신청 배합비 자료" % co
        lines = ["1. 제품별 원료 배합비(중량 기준): 대두 %d%%, 정제염 %.1f%%, 효모추출물 %.1f%%, 기타 비공개 첨가물" % (r.randint(40, 70), r.random() * 5, r.random() * 3),
                 "2. 배합비는 업체 고유의 제조 기법으로 제3자 제공 불가를 조건으로 제출됨."]
    else:
        t = "%s 해외 판매망 및 주요 거래처 현황(수출 지원 신청서 첨부)" % co
        lines = ["1. 주요 거래처별 연간 공급 물량과 단가 조건을 정리함.", "2. 거래처 정보는 경쟁사에 알려질 경우 영업상 이익을 크게 해칠 수 있음."]
    doc.title(t)
    for l in lines:
        doc.p(l)
    if k == 1:
        doc.table([["항목", "금액(원)", "비율"], ["재료비", format(r.randint(100, 900) * 100000, ","), "%d%%" % r.randint(40, 60)],
                   ["노무비", format(r.randint(50, 400) * 100000, ","), "%d%%" % r.randint(15, 30)],
                   ["경비", format(r.randint(20, 200) * 100000, ","), "%d%%" % r.randint(5, 15)], ["이윤", format(r.randint(10, 90) * 100000, ","), "%d%%" % r.randint(3, 9)]])
    ct = {0: "촉매 투입 비율", 1: "재료비", 2: "배합비", 3: "주요 거래처"}[k]
    if v % 2 == 0:
        doc.p("※ %s 보관하는 업체 제출 자료로서 접수 부서 외 열람 금지" % josa(ag["name"], "이/가"))
    return mk(doc, t, "업체 제출 자료", "non_public", "none", reasons(7), "content_trade_secret", "body", ct, flags=["content_only"])


@template("speculation", 2)
def t_spec(r, v):
    ag = r.choice(agencies_of("광역지자체", "기초지자체"))
    doc = new_doc(r)
    ymd = date(r, 2021, 2025)
    if v == 0:
        subj = "도시개발구역 지정 예정지 토지 현황 조사"
        body = ["1. %s 일원(약 %d만㎡)을 도시개발구역으로 지정하기 위한 토지 현황 조사를 실시합니다." % (r.choice(["신촌리", "상동", "오리골"]), r.randint(20, 90)),
                "2. 지정 예정지가 공표 전에 알려지면 부동산 투기로 특정인에게 이익이 생길 우려가 있으므로 조사 사실을 외부에 알리지 마시기 바랍니다."]
        val = field_value(r, "non_public", [8], form=v)
        gongmun(doc, r, ag, r.choice(ag["depts"]), subj, body, ["조사 대상 필지 목록 1부."], recv="내부결재", field=val, place="tel_end", ymd=ymd)
        return mk(doc, subj, "공문", "non_public", "none", reasons(8), "field_nonpublic", "gyeolmun_after_siheng", val,
                  stated={"disclosure": "non_public", "items": [8]})
    subj = "역세권 개발 후보지 비교(내부 검토)"
    doc.title(subj)
    doc.table([["후보지", "면적(㎡)", "공시지가 평균", "개발 후 예상 상승률"], ["A(동부)", "%d" % r.randint(50000, 200000), "%s원" % format(r.randint(30, 200) * 10000, ","), "%d%%" % r.randint(30, 120)],
               ["B(서부)", "%d" % r.randint(50000, 200000), "%s원" % format(r.randint(30, 200) * 10000, ","), "%d%%" % r.randint(30, 120)]])
    doc.p("○ 후보지가 확정 전에 알려지면 투기 수요가 몰려 토지 보상비가 크게 오를 수 있음")
    doc.p("○ 최종 후보지는 국토교통부 협의 후 결정")
    return mk(doc, subj, "내부 검토", "non_public", "none", reasons(5, 8), "content_speculation", "body", "개발 후 예상 상승률", flags=["content_only"])


@template("facility", 2)
def t_facility(r, v):
    ag = r.choice(agencies_of("공기업", "기초지자체"))
    doc = new_doc(r)
    t = ["%s 정수장 경비 인력 배치 및 순찰 경로" % ag["name"], "청사 출입통제시스템 설정값 및 비상 개방 절차"][v % 2]
    doc.title(t)
    if v % 2 == 0:
        doc.table([["구역", "근무 인원", "순찰 시각", "비고"], ["취수장", "2", "매시 정각", "CCTV 4대"], ["약품 투입동", "1", "매시 30분", "출입 기록"],
                   ["배수지", "1", "2시간 간격", "야간 조명 취약"]])
        doc.p("※ 배수지 북측 울타리 구간은 감시 사각지대로 보완 공사 전까지 순찰 강화")
        ct = "감시 사각지대"
    else:
        doc.p("1. 출입카드 미인식 시 비상 개방 절차: 당직실 원격 해제 후 방호원이 현장 확인")
        doc.p("2. 서버실 출입 권한 그룹과 야간 자동 잠금 시간(23:00~06:00)은 별표와 같음")
        doc.p("3. 비상 개방 비밀 코드는 분기마다 변경하며 이 문서에는 적지 않음")
        ct = "비상 개방 절차"
    return mk(doc, t, "시설 보안", "non_public", "none", reasons(3), "content_facility", "body", ct, flags=["content_only"])


@template("disagree_nonpublic", 3)
def t_disagree_np(r, v):
    ag = r.choice([a for a in AGENCIES if a["kind"] in ("기초지자체", "광역지자체", "교육청")])
    doc = new_doc(r)
    ymd = date(r, 2021, 2025)
    nm = person(r)
    if v == 0:
        subj = "징계 처분 결과 통보"
        body = ["1. %s 인사위원회의 의결에 따라 아래와 같이 징계 처분하였음을 통보합니다." % ag["name"],
                "  가. 대상: %s %s 주무관" % (r.choice(ag["depts"]), nm),
                "  나. 처분: 강등",
                "  다. 사유: 음주운전(면허 취소 수치)으로 징역 6월에 집행유예 1년을 선고받음",
                "2. 처분 사유 설명서를 본인에게 교부하였습니다."]
        val, items, rs, note = field_value(r, "public", [], form=1), [], reasons(6, 23), "printed 공개 but discipline of a named official with a conviction"
        stated = {"disclosure": "public", "items": []}
    elif v == 1:
        subj = "긴급복지 생계지원 대상자 확정"
        body = ["1. 긴급복지 생계지원 대상자를 아래와 같이 확정합니다."] + [
            "  %s. %s  %s  %s" % ("가나다라마"[i], person(r), rrn(r), home_addr(r, ag)) for i in range(4)] + ["2. 지원금은 대상자 계좌로 지급합니다."]
        val, items, rs, note = field_value(r, "partial", [6], form=0), [6], reasons(6, 24), "printed 부분공개(6) but the document is only a roster of personal data"
        stated = {"disclosure": "partial", "items": [6]}
    else:
        subj = "교원 병가 및 질병휴직 승인"
        body = ["1. %s 교사 %s의 질병휴직을 승인합니다." % (r.choice(["○○초등학교", "○○중학교"]), nm),
                "  가. 병명: %s" % r.choice(["갑상선암 수술", "공황장애", "척추 수술 후 재활"]),
                "  나. 기간: %s부터 6개월" % dstr(ymd, 0),
                "2. 기간제 교원 채용을 추진하여 주시기 바랍니다."]
        val, items, rs, note = field_value(r, "public", [], form=0), [], reasons(6, 23), "printed 공개 but health data of a named teacher"
        stated = {"disclosure": "public", "items": []}
    res = gongmun(doc, r, ag, r.choice(ag["depts"]), subj, body, (), recv="내부결재", field=val, place="own_line_after_siheng", ymd=ymd)
    return mk(doc, subj, "공문", "non_public", "none", rs, "field_disagrees_with_content", "gyeolmun_after_siheng", res["field_line"],
              flags=["disagree"], stated=stated, note=note)


# ===========================================================================
# OCR-noised 공문 (scanned archive copies)
# ===========================================================================
def noisy_cue(s, r, k):
    opts = [lambda x: " ".join(x[:4]) + x[4:] if len(x) > 4 else " ".join(x),
            lambda x: x.translate(FW),
            lambda x: x.replace(" ", ""),
            lambda x: x + r.choice(["'", "ㆍ", "`", ".", "˙"]),
            lambda x: x.replace("(", " ( ").replace(")", " )"),
            lambda x: x.replace("공개", "공 개")]
    out = x0 = s
    for j in range(2):
        out = opts[(k + j * 3) % len(opts)](out)
    if out == x0:
        out = x0 + "'"
    return out


def ocrify(doc, r, protect, replacement):
    TOK = "\uE000"
    nb = []
    for kind, val, o in doc.blocks:
        if kind in ("p", "title", "box"):
            t = val.replace(protect, TOK) if protect else val
            t = ocr_noise(t, r, 0.9)
            nb.append((kind, t.replace(TOK, replacement), o))
        elif kind == "table":
            rows = []
            for row in val:
                rows.append([ocr_noise(c.replace(protect, TOK), r, 0.6).replace(TOK, replacement) for c in row])
            nb.append((kind, rows, o))
        else:
            nb.append((kind, val, o))
    doc.blocks = nb


@template("ocr_gongmun", 15)
def t_ocr(r, v):
    disc = ["public", "partial", "non_public"][v % 3]
    ymd = date(r, 1998, 2012)
    doc = new_doc(r)
    if disc == "public":
        f, ag = pick_public_body(r, v + 3)
        subj, body, att = f(r, ag, ymd)
        items = []
    elif disc == "partial":
        f = PARTIAL_BODIES[(v + 1) % len(PARTIAL_BODIES)]
        ag = ag_for(r, f)
        subj, body, att, items, _ = f(r, ag, ymd)
    else:
        f = NONPUB_BODIES[(v + 2) % len(NONPUB_BODIES)]
        ag = ag_for(r, f)
        subj, body, att, items = f(r, ag, ymd)
    val = field_value(r, disc, items, form=v)
    place = ["tel_end", "own_line_after_siheng", "own_line_last"][v % 3]
    gongmun(doc, r, ag, r.choice(ag["depts"]), subj, body, att, recv="수신자 참조", field=val, place=place, ymd=ymd, oldstyle=(v % 2 == 0))
    nval = noisy_cue(val, r, v)
    ocrify(doc, r, val, nval)
    doc.header = r.choice([None, "사 본", "원본대조필", None])
    loc = "last_line" if place == "own_line_last" else "gyeolmun_after_siheng"
    rs = reasons(*items) if disc != "public" else []
    return mk(doc, subj, "공문(스캔 사본)", disc, "none", rs, "field_" + {"public": "public", "partial": "partial", "non_public": "nonpublic"}[disc],
              loc, nval, flags=["ocr"], stated={"disclosure": disc, "items": items})


@template("ocr_daeoebi", 3)
def t_ocr_daeoebi(r, v):
    agname, title, items, paras = DAEOEBI_CONTENT[(v * 5 + 2) % len(DAEOEBI_CONTENT)]
    ag = AG[agname]
    title = title % 2019 if "%d" in title else title
    paras = [p.replace("{name}", person(r)) for p in paras]
    doc, spell, loc = classified(r, v, "대외비", ag, title, paras, locs=["first_line", "last_line", "first_last_line"])
    nsp = ["대 외 비", "대외 비", "대외비'"][v % 3]
    ocrify(doc, r, spell, nsp)
    return mk(doc, title, "대외비 문서(스캔 사본)", "non_public", "대외비", reasons(*items), "stamp_대외비", loc, nsp, flags=["ocr"])


# ===========================================================================
# long documents whose cue sits at the end
# ===========================================================================
@template("long_partial", 4)
def t_long_partial(r, v):
    ag = r.choice(agencies_of("기초지자체", "광역지자체"))
    doc = new_doc(r)
    pages = 2 + v % 3
    doc.footer = r.choice(["- {page} -", "{page}", "%s  {page}쪽" % ag["name"]])
    t = long_report(doc, r, ag, "welfare", pages)
    doc.p("[참고] 사례관리 대상 가구 연락처(담당자 확인용)", bold=True)
    rows = [["가구주", "연락처", "주소", "담당"]] + [[person(r), mobile(r), home_addr(r, ag), chain(r, ag, 1)[0][1]] for _ in range(r.randint(3, 5))]
    doc.table(rows, widths=[1, 1.4, 2.6, 0.8])
    val = field_value(r, "partial", [6], form=v)
    line = ["공개구분: %s" % val, "%s / 보존기간 5년" % val, "정보공개: %s(참고 표 비공개)" % val, "공개 구분  %s" % val][v % 4]
    doc.p(line)
    return mk(doc, t, "결과 보고서(장문)", "partial", "none", reasons(6), "field_partial", "end_of_long_doc", val, flags=["long"],
              stated={"disclosure": "partial", "items": [6]})


@template("long_nonpublic", 4)
def t_long_nonpublic(r, v):
    ag = r.choice(agencies_of("광역지자체", "기초지자체", "공기업", "공공기관"))
    doc = new_doc(r)
    pages = 2 + (v + 1) % 3
    doc.footer = r.choice(["- {page} -", "{page}"])
    t = long_report(doc, r, ag, "review", pages)
    doc.blank()
    if v % 2 == 0:
        val = field_value(r, "non_public", [5], form=v)
        doc.p("%s %s" % (field_label(r), val))
        return mk(doc, t, "검토 보고서(장문)", "non_public", "none", reasons(5), "field_nonpublic", "end_of_long_doc", val, flags=["long"],
                  stated={"disclosure": "non_public", "items": [5]})
    until = (2026 + v % 3, 12, 31)
    spell = ["%s까지 대외비" % dstr(until, 0), "대외비(보호기간: %s까지)" % dstr(until, 0)][v // 2 % 2]
    doc.p("이 문서는 %s" % spell if v // 2 % 2 == 0 else spell, align="C", bold=True)
    return mk(doc, t, "검토 보고서(장문)", "non_public", "대외비", reasons(5), "stamp_대외비", "end_of_long_doc", spell, flags=["long"])


# ===========================================================================
# build
# ===========================================================================
VALID_DISC = ("public", "partial", "non_public")
VALID_MARK = ("none", "대외비", "III급", "II급", "I급")
SECRET = ("III급", "II급", "I급")


def build():
    items = []
    for name, count, f in TEMPLATES:
        for v in range(count):
            out = f(R(name, v), v)
            out["template"] = name
            out["variant"] = v
            items.append(out)
    order = random.Random("%s|order|0" % SEED_PREFIX)
    order.shuffle(items)
    cycle = ["text", "hwpx", "text", "pdf"]
    for i, it in enumerate(items):
        it["id"] = "%s_%04d" % (SETNAME, i + 1)
        it["format"] = cycle[i % 4]
    return items


def write_all(items):
    files_dir = os.path.join(HERE, "files")
    if os.path.isdir(files_dir):
        shutil.rmtree(files_dir)
    os.makedirs(files_dir)
    recs, metas = [], []
    for it in items:
        doc = it["doc"]
        rec = {"id": it["id"]}
        cue_text = it["cue_text"]
        if it["format"] == "text":
            rec["text"] = render_text(doc)
        elif it["format"] == "hwpx":
            rel = "files/%s.hwpx" % it["id"]
            with open(os.path.join(HERE, rel), "wb") as fh:
                fh.write(hwpx_bytes(doc, it["title"]))
            rec["file"] = rel
        else:
            rel = "files/%s.pdf" % it["id"]
            with open(os.path.join(HERE, rel), "wb") as fh:
                fh.write(pdf_bytes(doc, it["title"]))
            rec["file"] = rel
            cue_text = pdf_safe(cue_text)
        rec["disclosure"] = it["disclosure"]
        rec["marking"] = it["marking"]
        rec["reasons"] = it["reasons"]
        rec["genre"] = it["genre"]
        recs.append(rec)
        metas.append({"id": it["id"], "template": it["template"], "variant": it["variant"], "format": it["format"],
                      "cue": it["cue"], "cue_location": it["cue_location"], "cue_text": cue_text, "flags": it["flags"],
                      "stated": it["stated"], "note": it["note"]})
    with open(os.path.join(HERE, "sens_w.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "sens_w.meta.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in metas:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    return recs, metas


# ---------------------------------------------------------------------------
# validation
# ---------------------------------------------------------------------------
RE_RRN = re.compile(r"(?<!\d)\d{6}\s*[-－‐—]\s*[1-8]\d{6}(?!\d)")
RE_PASS = re.compile(r"(?<![A-Z0-9])[MSRGD](?:\d{8}|\d{3}[A-Z]\d{4})(?![A-Z0-9])")
RE_MOB = re.compile(r"01[016789]-(\d{3,4})-(\d{4})")
RE_MASKED = re.compile(r"\d{6}-[1-4][*●X]{6}")


def ws(s):
    return re.sub(r"\s+", "", s)


def validate(items):
    errs = []
    problems = errs.append
    with open(os.path.join(HERE, "sens_w.jsonl"), encoding="utf-8") as fh:
        recs = [json.loads(l) for l in fh]
    with open(os.path.join(HERE, "sens_w.meta.jsonl"), encoding="utf-8") as fh:
        metas = [json.loads(l) for l in fh]
    assert len(recs) == len(metas) == len(items)
    ids = [r_["id"] for r_ in recs]
    if len(set(ids)) != len(ids):
        problems("duplicate ids")
    checks = {"jsonl_parse": len(recs), "label_rules": 0, "content_rules": 0, "text_cue": 0, "hwpx_valid": 0, "hwpx_cue": 0,
              "pdf_cue": 0, "pdf_headers_every_page": 0, "pdf_long_pages": 0, "pdf_fonts": 0}
    for rec, meta, it in zip(recs, metas, items):
        i = rec["id"]
        keys = list(rec.keys())
        want = ["id", "text" if "text" in rec else "file", "disclosure", "marking", "reasons", "genre"]
        if keys != want:
            problems("%s: keys %s" % (i, keys))
        d, m, rs = rec["disclosure"], rec["marking"], rec["reasons"]
        if d not in VALID_DISC or m not in VALID_MARK:
            problems("%s: bad label" % i)
        if any(x not in REASON_ORDER for x in rs) or rs != sorted(rs, key=REASON_ORDER.index) or len(set(rs)) != len(rs):
            problems("%s: bad reasons %s" % (i, rs))
        # --- label rules (pii-dev README, Sensitivity set) ---
        if (d == "public") != (rs == []):
            problems("%s: public iff no reasons" % i)
        if m in SECRET:
            if d != "non_public" or "OIDA-9-1-1" not in rs or not ({"OIDA-9-1-2", "OIDA-9-1-3"} & set(rs)):
                problems("%s: secret needs non_public + 9-1-1 + content reason" % i)
        if "OIDA-9-1-1" in rs and m not in SECRET:
            problems("%s: 9-1-1 without 비밀 marking" % i)
        if m == "대외비":
            allowed = {"OIDA-9-1-3", "OIDA-9-1-4", "OIDA-9-1-5", "OIDA-9-1-6", "OIDA-9-1-8", "PIPA-23"}
            if d != "non_public" or not rs or not set(rs) <= allowed:
                problems("%s: 대외비 reasons %s" % (i, rs))
        if ({"PIPA-23", "PIPA-24"} & set(rs)) and "OIDA-9-1-6" not in rs:
            problems("%s: PIPA without 9-1-6" % i)
        fl = meta["flags"]
        if "mention_only" in fl and (m != "none" or d != "public"):
            problems("%s: mention-only must be public/none" % i)
        st = meta["stated"]
        if st:
            oida = sorted(int(x.split("-")[-1]) for x in rs if x.startswith("OIDA"))
            agree = st["disclosure"] == d and (d == "public" or sorted(st["items"]) == oida)
            if "disagree" in fl:
                if st["disclosure"] == d:
                    problems("%s: disagree flag but stated == gold" % i)
            elif not agree:
                problems("%s: stated %s vs gold %s %s" % (i, st, d, rs))
        if "mislabeled" in fl and not (st and st["disclosure"] == "public" and d == "partial" and "PIPA-24" in rs):
            problems("%s: mislabeled pattern" % i)
        checks["label_rules"] += 1
        # --- content rules on the rendered text ---
        plain = unicodedata.normalize("NFKC", render_text(it["doc"]))
        has_id = bool(RE_RRN.search(plain)) or bool(RE_PASS.search(plain))
        if has_id != ("PIPA-24" in rs):
            problems("%s: unmasked ID present=%s but PIPA-24 %s" % (i, has_id, "PIPA-24" in rs))
        mobs = [x for x in RE_MOB.finditer(plain) if not (set(x.group(1)) == {"0"} and set(x.group(2)) == {"0"})]
        if mobs and "OIDA-9-1-6" not in rs:
            problems("%s: mobile number without 9-1-6" % i)
        if d == "public" and RE_MASKED.search(plain):
            problems("%s: masked RRN in public doc" % i)
        checks["content_rules"] += 1
        # --- format checks ---
        cue = meta["cue_text"]
        if not cue.strip():
            problems("%s: empty cue_text" % i)
        if meta["format"] == "text":
            if cue not in rec["text"]:
                problems("%s: cue not in text: %r" % (i, cue))
            checks["text_cue"] += 1
        elif meta["format"] == "hwpx":
            path = os.path.join(HERE, rec["file"])
            with zipfile.ZipFile(path) as z:
                infos = z.infolist()
                if infos[0].filename != "mimetype" or infos[0].compress_type != zipfile.ZIP_STORED or \
                        z.read("mimetype") != b"application/hwp+zip":
                    problems("%s: mimetype entry" % i)
                names = [x.filename for x in infos]
                for req in ("version.xml", "Contents/header.xml", "Contents/section0.xml", "Contents/content.hpf",
                            "META-INF/container.xml", "META-INF/manifest.xml"):
                    if req not in names:
                        problems("%s: missing %s" % (i, req))
                if z.testzip() is not None:
                    problems("%s: crc" % i)
                roots = {}
                for n in names:
                    if n.endswith(".xml") or n.endswith(".hpf"):
                        roots[n] = ET.fromstring(z.read(n))
                cont = roots["META-INF/container.xml"]
                rf = [e.get("full-path") for e in cont.iter() if e.tag.endswith("rootfile")]
                if "Contents/content.hpf" not in rf:
                    problems("%s: container rootfile" % i)
                sec = roots["Contents/section0.xml"]
                hp = "{%s}" % NS["hp"]
                doc = it["doc"]
                n_hdr = sum(1 for _ in sec.iter(hp + "header"))
                n_ftr = sum(1 for _ in sec.iter(hp + "footer"))
                n_tbl = sum(1 for _ in sec.iter(hp + "tbl"))
                n_rect = sum(1 for _ in sec.iter(hp + "rect"))
                n_dt = sum(1 for _ in sec.iter(hp + "drawText"))
                if n_hdr != (1 if doc.header else 0) or n_ftr != 1:
                    problems("%s: header/footer ctrl count" % i)
                if n_tbl != sum(1 for b in doc.blocks if b[0] == "table"):
                    problems("%s: tbl count" % i)
                if n_rect != sum(1 for b in doc.blocks if b[0] == "box") or n_dt != n_rect:
                    problems("%s: rect count" % i)
                if "long" in fl and not any(p.get("pageBreak") == "1" for p in sec.iter(hp + "p")):
                    problems("%s: long hwpx without page break" % i)
                if roots["Contents/header.xml"].tag != "{%s}head" % NS["hh"]:
                    problems("%s: header.xml root" % i)
            checks["hwpx_valid"] += 1
            if ws(cue) not in ws(hwpx_extract(path)):
                problems("%s: cue not in hwpx: %r" % (i, cue))
            checks["hwpx_cue"] += 1
        else:
            path = os.path.join(HERE, rec["file"])
            txt = pdftotext(path)
            if ws(cue) not in ws(txt):
                problems("%s: cue not in pdf: %r" % (i, cue))
            checks["pdf_cue"] += 1
            doc = it["doc"]
            n = pdfpages(path)
            if "long" in fl:
                if not 2 <= n <= 4:
                    problems("%s: long pdf has %d pages" % (i, n))
                checks["pdf_long_pages"] += 1
            if True:
                for pg in range(1, n + 1):
                    ptxt = ws(pdftotext(path, pg, pg))
                    for hf in (doc.header, doc.footer or "- {page} -"):
                        # pdftotext may emit the running line's words apart from each other: check every token
                        if hf and not all(tok in ptxt for tok in pdf_safe(hf.replace("{page}", str(pg))).split()):
                            problems("%s: page %d lacks %r" % (i, pg, hf))
                checks["pdf_headers_every_page"] += 1
            fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout
            if not re.search(r"HYSMyeongJo-Medium|HYGothic-Medium", fonts):
                problems("%s: CID font missing" % i)
            checks["pdf_fonts"] += 1
    # --- composition ---
    fmt = {}
    for m_ in metas:
        fmt[m_["format"]] = fmt.get(m_["format"], 0) + 1
    mk_ = {}
    for r_ in recs:
        mk_[r_["marking"]] = mk_.get(r_["marking"], 0) + 1
    dc = {}
    for r_ in recs:
        dc[r_["disclosure"]] = dc.get(r_["disclosure"], 0) + 1
    n = len(recs)
    if n < 260 or fmt.get("hwpx", 0) < 60 or fmt.get("pdf", 0) < 60:
        problems("size/format mix %d %s" % (n, fmt))
    if mk_.get("대외비", 0) < 14 or mk_.get("III급", 0) < 10 or mk_.get("II급", 0) < 6 or mk_.get("I급", 0) < 3:
        problems("marking mix %s" % mk_)
    for k, lo, hi in (("public", .28, .42), ("partial", .24, .36), ("non_public", .28, .42)):
        if not lo <= dc.get(k, 0) / n <= hi:
            problems("disclosure mix %s" % dc)
    return errs, checks


# ---------------------------------------------------------------------------
# README
# ---------------------------------------------------------------------------
def counter(xs):
    out = {}
    for x in xs:
        out[x] = out.get(x, 0) + 1
    return out


def table_md(head, rows):
    s = "| " + " | ".join(head) + " |\n|" + "|".join("---" for _ in head) + "|\n"
    for r_ in rows:
        s += "| " + " | ".join(str(c) for c in r_) + " |\n"
    return s


def write_readme(recs, metas, checks):
    n = len(recs)
    fmt = counter(m["format"] for m in metas)
    disc = counter(r_["disclosure"] for r_ in recs)
    mark = counter(r_["marking"] for r_ in recs)
    rsn = counter(x for r_ in recs for x in r_["reasons"])
    loc = counter(m["cue_location"] for m in metas)
    flg = counter(x for m in metas for x in m["flags"])
    by_t = {}
    for r_, m in zip(recs, metas):
        t = by_t.setdefault(m["template"], {"n": 0, "disc": {}, "mark": {}, "fmt": {}})
        t["n"] += 1
        t["disc"][r_["disclosure"]] = t["disc"].get(r_["disclosure"], 0) + 1
        t["mark"][r_["marking"]] = t["mark"].get(r_["marking"], 0) + 1
        t["fmt"][m["format"]] = t["fmt"].get(m["format"], 0) + 1
    fmt_disc = [[f_] + [sum(1 for r_, m in zip(recs, metas) if m["format"] == f_ and r_["disclosure"] == d) for d in VALID_DISC]
                for f_ in ("text", "hwpx", "pdf")]
    trow = []
    for name, count, f in TEMPLATES:
        t = by_t[name]
        trow.append([name, t["n"], ", ".join("%s %d" % kv for kv in sorted(t["disc"].items())),
                     ", ".join("%s %d" % kv for kv in sorted(t["mark"].items())),
                     ", ".join("%s %d" % kv for kv in sorted(t["fmt"].items()))])
    md = []
    md.append("# sens_w — independent evaluation set for Korean document-sensitivity classification\n")
    md.append("Synthetic. Every document, name, number and address was produced by `make_set.py` from hand-written "
              "templates; nothing was copied from a real document. Agency names and their public office addresses are real "
              "institutions used as letterheads only; all persons, RRNs, accounts, passports, phone numbers and companies are "
              "invented (RRNs carry a valid check digit and may coincide with real numbers by chance — treat the files as "
              "sensitive-looking test data). The labels encode one reasonable reading of 정보공개법 and 개인정보 보호법; "
              "they are not legal advice.\n")
    md.append("## Files\n")
    md.append(table_md(["file", "content"], [
        ["`make_set.py`", "deterministic generator + validator (run with the venv that has reportlab: `/work/evalsets/venv_sens_w/bin/python make_set.py`)"],
        ["`sens_w.jsonl`", "%d records `{\"id\", \"text\" or \"file\", \"disclosure\", \"marking\", \"reasons\", \"genre\"}`; `file` is relative to this folder" % n],
        ["`sens_w.meta.jsonl`", "per record: `template`, `variant`, `format`, `cue`, `cue_location`, `cue_text` (the exact string as it appears in the document; for PDFs after the glyph-safe mapping), `flags`, `stated` (the printed 공개구분 if any: disclosure + 제9조 items), `note`"],
        ["`files/*.hwpx`", "%d OWPML packages" % fmt.get("hwpx", 0)],
        ["`files/*.pdf`", "%d PDFs" % fmt.get("pdf", 0)],
        ["`README.md`", "this file"],
        ["`MD5SUMS`", "`md5sum` of every other file in the folder, written last; check with `md5sum -c MD5SUMS`"]]))
    md.append("\n## Composition\n")
    md.append("%d documents: %d inline text, %d HWPX, %d PDF.\n" % (n, fmt.get("text", 0), fmt.get("hwpx", 0), fmt.get("pdf", 0)))
    md.append(table_md(["disclosure", "count", "share"], [[d, disc.get(d, 0), "%.1f %%" % (100.0 * disc.get(d, 0) / n)] for d in VALID_DISC]))
    md.append("\n")
    md.append(table_md(["marking", "count"], [[m_, mark.get(m_, 0)] for m_ in VALID_MARK]))
    md.append("\n")
    md.append(table_md(["format", "public", "partial", "non_public"], fmt_disc))
    md.append("\n")
    md.append(table_md(["reason", "documents"], [[x, rsn.get(x, 0)] for x in REASON_ORDER]))
    md.append("\n### Where the cue sits (`cue_location`)\n")
    md.append(table_md(["cue_location", "documents"], sorted(loc.items(), key=lambda kv: (-kv[1], kv[0]))))
    md.append("\n`gyeolmun_after_siheng` = the 공개구분 entry of the 결문 after the 시행/접수 line (end of the 우/전화/전송 line or its own line); "
              "`approval_table` = a 결재란 table whose last column is the 공개구분; `page_header`/`page_footer` = running header/footer "
              "(HWPX `hp:header`/`hp:footer` controls, PDF drawn on every page, inline text as first/last lines of each page); "
              "`textbox` = stamp in a text box (HWPX `hp:rect` with `hp:drawText`, PDF boxed cell, inline text a line of its own); "
              "`header_cell` = stamp in a cell of a table at the top; `checkbox_form` = ■/□ check boxes; `attachment_line` = 붙임 lines "
              "saying an attachment is withheld; `end_of_long_doc` = last lines of a 2–4 page document; `body`/`table_cell` = "
              "content-only or mention-only cues.\n")
    md.append("\n### Flags\n")
    md.append(table_md(["flag", "documents", "meaning"], [
        ["content_only", flg.get("content_only", 0), "no printed 공개구분 or marking; the label follows from the content (rosters, discipline, health, union, investigation, exams, trade secrets, 민원 results, passports, masked RRNs)"],
        ["mention_only", flg.get("mention_only", 0), "mentions 대외비/비밀/3급/Ⅲ./비밀번호/공개구분 spellings/홍길동 without being classified or sensitive → public, none"],
        ["disagree", flg.get("disagree", 0), "printed field and content disagree; gold follows the content"],
        ["mislabeled", flg.get("mislabeled", 0), "subset of disagree: printed 공개 but full RRNs and accounts → partial [9-1-6, PIPA-24]"],
        ["ocr", flg.get("ocr", 0), "scanned-copy noise: full-width digits, odd hyphens (‐ － —), spaces inside words, dropped spaces, stray marks; the cue itself is noisy"],
        ["long", flg.get("long", 0), "2–4 pages with the cue at the end"],
        ["placeholder", flg.get("placeholder", 0), "form example with 홍길동 / 000000-0000000"]]))
    md.append("\n### Templates\n")
    md.append(table_md(["template", "docs", "disclosure", "marking", "format"], trow))
    md.append("\nGenres covered: 공문 (시행문/내부결재, 현대식 and older 문서번호/시행일자 style), 보도자료, 연구보고서 표지, 보안 지침, 업무 안내서, "
              "내부 공지, 인사발령, 계획ㆍ결과 보고, 서식 작성 예시, 입찰 공고, 가정통신문, 법원 공고, 판결서, 회의 결과ㆍ회의록, 통계 공표, "
              "민원 처리 결과 통지, 계약서, 명단, 출장 계획, 평가 결과, 비밀/대외비 문서, 징계의결서, 휴직ㆍ요양 결정, 노동조합 명단, "
              "수사의뢰서ㆍ수사개시 통보ㆍ고발장, 내부 검토, 시험 문항, 업체 제출 자료, 시설 보안 문서. Agencies: 중앙부처, 광역/기초 지자체, "
              "교육청, 경찰, 소방, 공기업, 법원, 공공기관 (%d letterheads).\n" % len(AGENCIES))
    md.append("\n## Label rules applied\n")
    md.append("Taken from the *Sensitivity set* section of `/work/shared/pii-dev/README.md`:\n\n"
              "- `marking` is the classification the document itself carries: `대외비`, `III급`, `II급`, `I급` or `none`. Stamp spellings used: "
              "대외비 — `대 외 비`, `[대외비]`, `《대외비》`, `<대외비>`, `YYYY. 12. 31.까지 대외비`, `대외비(보호기간: …까지)`, `보안등급: 대외비`; "
              "비밀 — `Ⅲ급비밀`, `III급 비밀`, `3급 비밀`, `3급비밀`, `비밀(Ⅲ급)`, `Ⅲ 급 비 밀`, `Ⅱ급비밀`, `비밀(Ⅱ급)`, `II급 비밀`, `2급 비밀`, "
              "`Ⅰ급비밀`, `I급 비밀`, `비밀(Ⅰ급)`, `1급 비밀`; 비밀 documents also carry `예고문: …까지 Ⅲ급비밀, 이후 …` and `사본번호`.\n"
              "- Informal markings (`[내부용]`, `[대내용]`, `내부 검토용`, `취급주의`, `외부 배포 금지`, `대내 한정`, `※ 회의 후 회수`) are **not** "
              "classifications: marking `none`; the documents are internal reviews → `non_public` [OIDA-9-1-5].\n"
              "- Mention-only documents have marking `none` and are public.\n"
              "- `disclosure`: public = no reasons (officials' names and positions acting in office are disclosable, 제9조 제1항 제6호 라목); "
              "partial = disclosable after personal or business data is removed; non_public = the sensitive part is the document itself "
              "(classified, internal review, rosters consisting only of personal data, disciplinary and health records, investigation "
              "material, exam questions, trade secrets, facility protection, speculation-prone plans).\n"
              "- OIDA-9-1-1 only for 비밀 (Ⅰ/Ⅱ/Ⅲ급), always with the content reason (-2, or -3 for facility protection). 대외비 gets only its "
              "content reasons (-3/-4/-5/-6/-8, PIPA-23), never -1.\n"
              "- OIDA-9-1-6 whenever private persons (or officials in a non-official capacity: discipline, health, passports, union "
              "membership) are identifiable. PIPA-24 only when an unmasked RRN/FRN/passport number appears (masked `850312-1******` "
              "gives -6 only). PIPA-23 for health data, criminal convictions and trade-union membership (always with -6).\n"
              "- The printed 공개구분 items map to reasons: `부분공개(6)` → partial [OIDA-9-1-6], `비공개(제9조 제1항 제5호)`/`비공개 (9조1항5호)` → "
              "non_public [OIDA-9-1-5], `부분공개(5,6)` → partial [-5, -6], and so on. When the printed field and the content agree, "
              "the gold label equals the field; where they disagree (`disagree` flag) the gold label follows the content.\n"
              "- Statute spellings cited in documents: `「공공기관의 정보공개에 관한 법률」 제9조 제1항 제N호`, `법 제9조①N`, `9조 1항 N호`, "
              "`정보공개법 제9조제1항제N호`, `같은 법 제9조 제1항 제N호`, `「정보공개법」 9조1항N호`.\n")
    md.append("\n## Validation (performed by `make_set.py` on every run)\n")
    md.append("- JSONL re-read and parsed; ids unique; key order exactly `id, text|file, disclosure, marking, reasons, genre`; label values "
              "and reason codes valid and in canonical order (%d records).\n" % checks["jsonl_parse"] +
              "- Label-rule checks on every record: public ⇔ no reasons; 비밀 ⇒ non_public + OIDA-9-1-1 + (-2 or -3); OIDA-9-1-1 ⇒ 비밀; "
              "대외비 ⇒ non_public with reasons ⊆ {-3,-4,-5,-6,-8, PIPA-23}; PIPA-23/24 ⇒ -6; mention-only ⇒ public/none; printed field "
              "equals gold (disclosure and 제9조 items) unless flagged `disagree`; `mislabeled` ⇒ printed 공개, gold partial with PIPA-24.\n"
              "- Content checks on the rendered text (NFKC): an unmasked RRN/FRN (`######-[1-8]######`) or passport number is present "
              "⇔ PIPA-24; any mobile number (other than the 010-0000-0000 placeholder) ⇒ OIDA-9-1-6; no masked RRN in a public document.\n"
              "- Inline text: `cue_text` is a substring of `text`.\n"
              "- HWPX (%d): `mimetype` is the first entry, stored uncompressed, `application/hwp+zip`; `version.xml`, `Contents/header.xml`, "
              "`Contents/section0.xml`, `Contents/content.hpf`, `META-INF/container.xml` (rootfile → content.hpf), `META-INF/manifest.xml` "
              "present; CRCs ok; every XML part parses; `hp:header`/`hp:footer` controls, `hp:tbl` and `hp:rect`/`hp:drawText` counts "
              "match the document model; long documents contain `pageBreak=\"1\"`; the whitespace-normalised text of all `hp:t` contains "
              "`cue_text`.\n" % checks["hwpx_valid"] +
              "- PDF (%d): `pdftotext` output (whitespace-normalised) contains `cue_text`; every page carries the running header/footer "
              "(every page of all %d PDFs checked; documents without their own running line get a `- n -` page-number footer, as do HWPX copies); long PDFs have 2–4 pages (%d); `pdffonts` shows the HYSMyeongJo-Medium "
              "or HYGothic-Medium CID font. Characters that pdftotext cannot map back from these CID fonts (· ‐ − … ☐ ☑ etc.) are replaced "
              "before drawing (· → ㆍ, ‐ → －, … → ⋯), and `cue_text` in the meta file is recorded after that mapping.\n"
              % (checks["pdf_cue"], checks["pdf_headers_every_page"], checks["pdf_long_pages"]) +
              "- Composition: ≥260 documents, ≥60 HWPX, ≥60 PDF, ≥14 대외비, ≥10 III급, ≥6 II급, ≥3 I급, disclosure shares within the target band.\n"
              "- Determinism: every random draw comes from `random.Random(\"sens_w-2026|<template>|<variant>\")` (plus one "
              "`\"sens_w-2026|order|0\"` for record order); no set/dict-hash iteration; fixed zip timestamps; reportlab `invariant=1`. "
              "The generator was run twice, with `PYTHONHASHSEED=0` and `PYTHONHASHSEED=4242`, and every output file was byte-identical "
              "(compared via MD5SUMS).\n"
              "- No classifier was run on this set.\n")
    md.append("\n## Independence\n")
    md.append("This set was written without reading, listing or opening anything under `/work/main`, `/work/wt`, or any folder of "
              "`/work/evalsets` other than `/work/evalsets/sens_w` and the virtual environment `/work/evalsets/venv_sens_w` (created for "
              "reportlab). No classifier code and no other evaluation set was read, and no classifier was run. The only project file "
              "read was `/work/shared/pii-dev/README.md` (its label conventions; `make_dev.py`, `score.py`, `baseline.py` and the dev JSONL files were not opened; "
              "nothing else under `/work/shared` was listed or read). Tool documentation read: `/work/.library/search/README.md`. "
              "Public references consulted through the search tool: the openhwp/openhwp OWPML documentation (`docs/hwpx/08-packaging.md`, "
              "`docs/hwpx/10-body-schema.md`: container layout, version.xml, header/footer controls, text-box `drawText`), search "
              "excerpts of 「보안업무규정」 (제4조 Ⅰ·Ⅱ·Ⅲ급 비밀 구분) and of the 「행정업무의 효율적 운영에 관한 규정 시행규칙」 (기안문 두문/본문/결문, "
              "별지 제1호서식), and public code excerpts showing how HWPX text boxes are written. The rest (정보공개법 제9조 제1항 각 호, "
              "대외비 under the 시행규칙, 예고문/사본번호, 공개구분 spellings, 개인정보 보호법 제23조·제24조) comes from general knowledge of "
              "these public laws. All prose was written for this set.\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(x if x.endswith("\n") else x + "\n" for x in md))


def write_md5sums():
    lines = []
    for root, dirs, files in os.walk(HERE):
        dirs.sort()
        for fn in sorted(files):
            p = os.path.join(root, fn)
            rel = os.path.relpath(p, HERE)
            if rel == "MD5SUMS" or "__pycache__" in rel:
                continue
            with open(p, "rb") as fh:
                lines.append("%s  %s\n" % (hashlib.md5(fh.read()).hexdigest(), rel))
    lines.sort(key=lambda s: s[34:])
    with open(os.path.join(HERE, "MD5SUMS"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("".join(lines))


def main():
    items = build()
    recs, metas = write_all(items)
    errs, checks = validate(items)
    for e in errs[:80]:
        print("VALIDATION:", e)
    if errs:
        print("%d validation problems" % len(errs))
        sys.exit(1)
    write_readme(recs, metas, checks)
    write_md5sums()
    print("ok: %d records; checks %s" % (len(recs), json.dumps(checks)))
    print("disclosure", counter(r_["disclosure"] for r_ in recs))
    print("marking", counter(r_["marking"] for r_ in recs))
    print("format", counter(m["format"] for m in metas))


if __name__ == "__main__":
    main()
