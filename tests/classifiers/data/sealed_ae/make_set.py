#!/usr/bin/env python3
"""sens_ae: independent evaluation set for Korean document-sensitivity classification.

Deterministic generator.  Every random choice comes from random.Random seeded with a
string "sens_ae-2026|<template>|<variant>" (or "sens_ae-2026|order|0" for the order
of documents).  No set/dict iteration order influences the output.

    /work/evalsets/venv_sens_ae/bin/python make_set.py

writes sens_ae.jsonl, sens_ae.meta.jsonl, files/*.hwpx, files/*.pdf and validates them.
"""
import io
import json
import os
import re
import subprocess
import sys
import unicodedata
import zipfile
import xml.etree.ElementTree as ET
from random import Random
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
SEED = "sens_ae-2026"

DISCLOSURES = ("public", "partial", "non_public")
MARKINGS = ("none", "대외비", "III급", "II급", "I급")
REASON_ORDER = ["OIDA-9-1-%d" % i for i in range(1, 9)] + ["PIPA-23", "PIPA-24"]


def rs(*items):
    out = []
    for it in items:
        out.append("OIDA-9-1-%d" % it if isinstance(it, int) else it)
    return sorted(set(out), key=REASON_ORDER.index)


def rng_for(template, variant, extra=None):
    s = "%s|%s|%s" % (SEED, template, variant)
    if extra:
        s += "|" + extra
    return Random(s)


# --------------------------------------------------------------------------- pools
SURN = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권",
        "황", "안", "송", "류", "전", "홍", "고", "문", "양", "손", "배", "백", "허", "노", "하",
        "남궁", "황보", "선우", "제갈", "독고"]
GIV1 = list("민서지현준수영은하도윤재승경미혜성진태정소예주동상나다유채선희")
GIV2 = list("호수현영진우연아민준희철숙경빈원석규찬솔람율린혁훈섭옥")


def pname(r):
    return r.choice(SURN) + r.choice(GIV1) + r.choice(GIV2)


def masked(name):
    return name[0] + "○○" if len(name) <= 3 else name[:2] + "○○"


def kdate(r, y0=2019, y1=2026, style=0):
    y = r.randint(y0, y1)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    if style == 1:
        return "%d년 %d월 %d일" % (y, m, d)
    if style == 2:
        return "%d.%02d.%02d." % (y, m, d)
    return "%d. %d. %d." % (y, m, d)


def rrn(r, masked_=False):
    y = r.randint(52, 99)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    g = r.choice([1, 2])
    body = "%02d%02d%02d%d" % (y, m, d, g) + "".join(str(r.randint(0, 9)) for _ in range(5))
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    s = sum(int(c) * k for c, k in zip(body, w))
    chk = (11 - s % 11) % 10
    full = body + str(chk)
    if masked_:
        return full[:6] + "-" + full[6] + r.choice(["******", "●●●●●●", "XXXXXX"])
    return full[:6] + "-" + full[6:]


def phone(r, mobile=True):
    if mobile:
        return "010-%04d-%04d" % (r.randint(2000, 9999), r.randint(0, 9999))
    return "0%d-%03d-%04d" % (r.choice([2, 31, 32, 33, 41, 42, 43, 51, 52, 53, 54, 55, 61, 62, 63, 64]),
                                r.randint(200, 999), r.randint(0, 9999))


def account(r):
    bank = r.choice(["국민은행", "농협은행", "신한은행", "우리은행", "하나은행", "기업은행"])
    num = "%03d-%02d-%04d-%03d" % (r.randint(100, 999), r.randint(10, 99), r.randint(0, 9999), r.randint(0, 999))
    return bank, num


ROADS = ["중앙로", "시청로", "문화로", "한누리대로", "도움6로", "은행로", "관문로", "새말로", "장미길", "청사로",
         "동서대로", "호수공원로", "강변북로", "매봉길", "느티나무로", "솔빛로"]


def home_addr(r):
    city = r.choice(["서울특별시 노원구", "부산광역시 사하구", "대구광역시 달서구", "인천광역시 부평구",
                     "경기도 안양시 동안구", "충청북도 청주시 서원구", "전라북도 익산시", "경상남도 김해시",
                     "강원특별자치도 강릉시", "광주광역시 서구", "대전광역시 유성구", "울산광역시 중구"])
    return "%s %s %d, %d동 %d호" % (city, r.choice(ROADS), r.randint(3, 280), r.randint(101, 115), r.randint(101, 1504))


# agency tuples: (기관명, 발신명의, 부서 list, 청사주소, 홈페이지, 전화 prefix, kind)
AGENCIES = {
    "ministry": [
        ("행정안전부", "행정안전부장관", ["정보공개정책과", "지방재정정책과", "비상대비정책과", "안전개선과"], "(30112) 세종특별자치시 도움6로 42 정부세종청사", "www.mois.go.kr", "044-205"),
        ("보건복지부", "보건복지부장관", ["기초생활보장과", "지역복지과", "장애인정책과", "공공의료과"], "(30113) 세종특별자치시 도움4로 13 정부세종청사 10동", "www.mohw.go.kr", "044-202"),
        ("국토교통부", "국토교통부장관", ["도시정책과", "건설안전과", "공공주택정책과", "철도운영과"], "(30103) 세종특별자치시 도움6로 11 정부세종청사 6동", "www.molit.go.kr", "044-201"),
        ("고용노동부", "고용노동부장관", ["노사관계법제과", "산업안전기준과", "고용서비스정책과"], "(30117) 세종특별자치시 한누리대로 422 정부세종청사 11동", "www.moel.go.kr", "044-202"),
        ("환경부", "환경부장관", ["물환경정책과", "자원순환정책과", "대기관리과"], "(30103) 세종특별자치시 도움6로 11 정부세종청사 6동", "www.me.go.kr", "044-201"),
        ("산업통상자원부", "산업통상자원부장관", ["산업기술보호과", "에너지안전과", "무역안보과"], "(30118) 세종특별자치시 한누리대로 402 정부세종청사 13동", "www.motie.go.kr", "044-203"),
        ("해양수산부", "해양수산부장관", ["항만물류기획과", "해사안전정책과", "어촌어항과"], "(30110) 세종특별자치시 다솜2로 94 정부세종청사 5동", "www.mof.go.kr", "044-200"),
        ("농림축산식품부", "농림축산식품부장관", ["방역정책과", "농지과", "식량정책과"], "(30110) 세종특별자치시 다솜2로 94 정부세종청사 5동", "www.mafra.go.kr", "044-201"),
        ("인사혁신처", "인사혁신처장", ["윤리정책과", "채용시험과", "성과급여기획과"], "(30102) 세종특별자치시 조치원읍 행복안길 ??", "www.mpm.go.kr", "044-201"),
        ("조달청", "조달청장", ["구매총괄과", "기술심사팀", "계약정책과"], "(35208) 대전광역시 서구 청사로 189 정부대전청사 2동", "www.pps.go.kr", "042-724"),
        ("통계청", "통계청장", ["인구동향과", "고용통계과", "물가동향과"], "(35208) 대전광역시 서구 청사로 189 정부대전청사 3동", "kostat.go.kr", "042-481"),
        ("관세청", "관세청장", ["조사총괄과", "통관기획과", "외환조사과"], "(35208) 대전광역시 서구 청사로 189 정부대전청사 1동", "www.customs.go.kr", "042-481"),
        ("산림청", "산림청장", ["산림재난통제관실", "산불방지과", "국유림경영과"], "(35208) 대전광역시 서구 청사로 189 정부대전청사 1동", "www.forest.go.kr", "042-481"),
        ("과학기술정보통신부", "과학기술정보통신부장관", ["정보보호기획과", "연구개발정책과", "네트워크안전기획과"], "(30121) 세종특별자치시 갈매로 477 정부세종청사 4동", "www.msit.go.kr", "044-202"),
    ],
    "local": [
        ("서울특별시", "서울특별시장", ["복지정책과", "도시계획과", "재난안전대책과", "감사담당관"], "(04524) 서울특별시 중구 세종대로 110", "www.seoul.go.kr", "02-2133"),
        ("부산광역시 사하구", "부산광역시 사하구청장", ["복지정책과", "건축과", "총무과"], "(49331) 부산광역시 사하구 낙동대로 398번길 12", "www.saha.go.kr", "051-220"),
        ("경기도 화성시", "화성시장", ["도시정책과", "사회복지과", "회계과", "감사관"], "(18338) 경기도 화성시 남양읍 시청로 159", "www.hscity.go.kr", "031-5189"),
        ("충청남도 공주시", "공주시장", ["주민복지과", "안전총괄과", "기획예산담당관"], "(32550) 충청남도 공주시 봉황로 1", "www.gongju.go.kr", "041-840"),
        ("전라남도 순천시", "순천시장", ["노인장애인과", "정원도시과", "민원토지과"], "(57958) 전라남도 순천시 장명로 30", "www.suncheon.go.kr", "061-749"),
        ("강원특별자치도 원주시", "원주시장", ["희망복지과", "교통행정과", "감사관"], "(26411) 강원특별자치도 원주시 시청로 1", "www.wonju.go.kr", "033-737"),
        ("경상북도 안동시", "안동시장", ["복지정책과", "문화유산과", "산림과"], "(36677) 경상북도 안동시 퇴계로 115", "www.andong.go.kr", "054-840"),
        ("제주특별자치도", "제주특별자치도지사", ["특별자치행정과", "도시계획재생과", "해양산업과"], "(63122) 제주특별자치도 제주시 문연로 6", "www.jeju.go.kr", "064-710"),
        ("인천광역시 연수구", "인천광역시 연수구청장", ["생활보장과", "건축과", "세무1과"], "(21950) 인천광역시 연수구 원인재로 115", "www.yeonsu.go.kr", "032-749"),
        ("광주광역시 북구", "광주광역시 북구청장", ["복지정책과", "도시계획과", "자치행정과"], "(61186) 광주광역시 북구 우치로 77", "bukgu.gwangju.kr", "062-410"),
        ("대구광역시 수성구", "대구광역시 수성구청장", ["생활보장과", "교통과", "감사실"], "(42082) 대구광역시 수성구 수성로 213", "www.suseong.kr", "053-666"),
    ],
    "edu": [
        ("서울특별시교육청", "서울특별시교육감", ["중등교육과", "교원인사과", "학교생활교육과", "감사관"], "(03178) 서울특별시 종로구 송월길 48", "www.sen.go.kr", "02-3999"),
        ("경기도교육청", "경기도교육감", ["학생생활인권과", "교육과정정책과", "급식기획과"], "(16463) 경기도 수원시 팔달구 효원로 1", "www.goe.go.kr", "031-249"),
        ("충청북도교육청", "충청북도교육감", ["체육건강안전과", "교원인사과", "학교혁신과"], "(28503) 충청북도 청주시 상당구 단재로 28", "www.cbe.go.kr", "043-290"),
        ("부산광역시교육청", "부산광역시교육감", ["중등교육과", "평가관리팀", "총무과"], "(47239) 부산광역시 부산진구 화지로 12", "www.pen.go.kr", "051-860"),
    ],
    "police": [
        ("서울마포경찰서", "서울마포경찰서장", ["수사과", "여성청소년과", "생활안전과"], "(04175) 서울특별시 마포구 마포대로 183", "www.smpa.go.kr", "02-3149"),
        ("경기남부경찰청", "경기남부경찰청장", ["형사과", "교통과", "경비과"], "(16499) 경기도 수원시 팔달구 효원로 ???", "www.ggpolice.go.kr", "031-888"),
        ("부산해운대경찰서", "부산해운대경찰서장", ["수사과", "경비교통과", "정보안보과"], "(48089) 부산광역시 해운대구 해운대로 ???", "www.bspolice.go.kr", "051-740"),
    ],
    "fire": [
        ("소방청", "소방청장", ["119구조과", "화재조사과", "예방정책과"], "(30128) 세종특별자치시 정부2청사로 13", "www.nfa.go.kr", "044-205"),
        ("경기도소방재난본부", "경기도소방재난본부장", ["화재예방과", "119종합상황실", "방호조사과"], "(16229) 경기도 수원시 팔달구 ???로 ??", "fire.gg.go.kr", "031-230"),
        ("대전중부소방서", "대전중부소방서장", ["예방안전과", "현장대응단"], "(34918) 대전광역시 중구 ???로 ??", "www.daejeon.go.kr/fire", "042-609"),
    ],
    "corp": [
        ("한국전력공사", "한국전력공사 사장", ["계약처", "송변전운영처", "보안처"], "(58322) 전라남도 나주시 전력로 55", "home.kepco.co.kr", "061-345"),
        ("한국토지주택공사", "한국토지주택공사 사장", ["보상계획처", "공공주택사업처", "감사실"], "(52852) 경상남도 진주시 충의로 19", "www.lh.or.kr", "055-922"),
        ("한국수자원공사", "한국수자원공사 사장", ["수도시설처", "계약관리부", "안전관리부"], "(34350) 대전광역시 대덕구 신탄진로 200", "www.kwater.or.kr", "042-629"),
        ("한국도로공사", "한국도로공사 사장", ["구조물처", "조달처", "교통처"], "(39660) 경상북도 김천시 혁신8로 77", "www.ex.co.kr", "054-811"),
        ("인천국제공항공사", "인천국제공항공사 사장", ["보안계획처", "계약관리팀", "운항서비스처"], "(22382) 인천광역시 중구 공항로 424번길 47", "www.airport.kr", "032-741"),
    ],
    "court": [
        ("서울중앙지방법원", "서울중앙지방법원장", ["총무과", "민사신청과", "형사과"], "(06594) 서울특별시 서초구 서초중앙로 157", "seoul.scourt.go.kr", "02-530"),
        ("대전지방법원", "대전지방법원장", ["총무과", "집행관실", "민사과"], "(35237) 대전광역시 서구 둔산중로78번길 45", "djcourt.scourt.go.kr", "042-470"),
        ("법원행정처", "법원행정처장", ["사법지원실", "전산정보관리국", "인사총괄심의관실"], "(06590) 서울특별시 서초구 서초대로 219", "www.scourt.go.kr", "02-3480"),
    ],
    "inst": [
        ("국민건강보험공단", "국민건강보험공단 이사장", ["급여관리실", "자격부과실", "빅데이터운영실"], "(26464) 강원특별자치도 원주시 건강로 32", "www.nhis.or.kr", "033-736"),
        ("국민연금공단", "국민연금공단 이사장", ["장애심사실", "연금급여실", "기금운용본부"], "(54870) 전북특별자치도 전주시 덕진구 기지로 180", "www.nps.or.kr", "063-713"),
        ("한국산업인력공단", "한국산업인력공단 이사장", ["능력평가국", "출제관리부", "외국인고용지원국"], "(44538) 울산광역시 중구 종가로 345", "www.hrdkorea.or.kr", "052-714"),
        ("근로복지공단", "근로복지공단 이사장", ["재활보상부", "산재의료관리실", "보험가입부"], "(44429) 울산광역시 중구 종가로 340", "www.comwel.or.kr", "052-704"),
        ("한국소비자원", "한국소비자원장", ["위해정보국", "피해구제국", "시험검사국"], "(27738) 충청북도 음성군 맹동면 용두로 54", "www.kca.go.kr", "043-880"),
        ("한국인터넷진흥원", "한국인터넷진흥원장", ["침해사고분석단", "개인정보보호본부", "보안인증단"], "(58324) 전라남도 나주시 진흥길 9", "www.kisa.or.kr", "061-820"),
    ],
}
# fill placeholder street numbers deterministically
for _k in sorted(AGENCIES):
    _fixed = []
    for _i, _a in enumerate(AGENCIES[_k]):
        _addr = _a[3].replace("???로 ??", "중앙로 %d" % (20 + _i * 7)).replace("???", str(100 + _i * 11)).replace("??", str(10 + _i))
        _fixed.append((_a[0], _a[1], _a[2], _addr, _a[4], _a[5], _k))
    AGENCIES[_k] = _fixed

ALL_KINDS = ["ministry", "local", "edu", "police", "fire", "corp", "court", "inst"]


def agency(r, kinds=None):
    kinds = kinds or ALL_KINDS
    k = r.choice(kinds)
    a = r.choice(AGENCIES[k])
    return {"name": a[0], "head": a[1], "dept": r.choice(a[2]), "addr": a[3], "web": a[4],
            "tel": a[5], "kind": a[6]}


def docno(r, ag):
    return "%s-%d" % (ag["dept"], r.randint(120, 9870))


def email(r):
    ids = ["kmh", "yjlee", "parksj", "choi77", "jh.jung", "hskang", "dwyoon", "sunny", "mjkim", "hyun0"]
    return "%s%d@korea.kr" % (r.choice(ids), r.randint(1, 99))


COMPANIES = ["(주)한빛엔지니어링", "(주)세온테크", "누리정보통신(주)", "(주)대경건설", "(주)미래안전시스템",
             "(주)동해플랜트", "청솔환경(주)", "(주)아람데이터", "(주)솔모로소프트", "(주)서해기계"]


# --------------------------------------------------------------------------- document model
class Doc:
    """blocks: ("p", text) | ("tbl", rows) | ("box", text) | ("pb",)"""

    def __init__(self, title=None):
        self.title = title
        self.header = None
        self.footer = None
        self.blocks = []

    def p(self, *lines):
        for ln in lines:
            for part in ln.split("\n"):
                self.blocks.append(("p", part))
        return self

    def tbl(self, rows):
        self.blocks.append(("tbl", [list(map(str, row)) for row in rows]))
        return self

    def box(self, text):
        self.blocks.append(("box", text))
        return self

    def pb(self):
        self.blocks.append(("pb",))
        return self


def render_text(doc, tsep=" | "):
    pages = [[]]
    for b in doc.blocks:
        if b[0] == "pb":
            pages.append([])
        else:
            pages[-1].append(b)
    out = []
    n = len(pages)
    for i, pg in enumerate(pages):
        if doc.header:
            out.append(doc.header)
            out.append("")
        for b in pg:
            if b[0] == "p":
                out.append(b[1])
            elif b[0] == "box":
                out.append(b[1])
            elif b[0] == "tbl":
                for row in b[1]:
                    out.append(tsep.join(c.replace("\n", " ") for c in row))
        if doc.footer:
            out.append("")
            out.append(doc.footer.replace("{page}", str(i + 1)).replace("{pages}", str(n)))
        elif n > 1:
            out.append("- %d -" % (i + 1))
    return "\n".join(out).strip("\n") + "\n"


def all_text(doc):
    """Every string a reader could see (for cue checks)."""
    parts = []
    if doc.header:
        parts.append(doc.header)
    for b in doc.blocks:
        if b[0] in ("p", "box"):
            parts.append(b[1])
        elif b[0] == "tbl":
            for row in b[1]:
                parts.extend(row)
    if doc.footer:
        parts.append(doc.footer)
    return "\n".join(parts)


# --------------------------------------------------------------------------- HWPX writer
NS = ('xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" '
      'xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph" '
      'xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" '
      'xmlns:hc="http://www.hancom.co.kr/hwpml/2011/core" '
      'xmlns:hh="http://www.hancom.co.kr/hwpml/2011/head" '
      'xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf" '
      'xmlns:opf="http://www.idpf.org/2007/opf/"')

HEADER_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
              '<hh:head ' + NS + ' version="1.4" secCnt="1">'
              '<hh:beginNum page="1" footnote="1" endnote="1" pic="1" tbl="1" equation="1"/>'
              '<hh:refList>'
              '<hh:fontfaces itemCnt="2">'
              '<hh:fontface lang="HANGUL" fontCnt="2"><hh:font id="0" face="함초롬바탕" type="TTF" isEmbedded="0"/><hh:font id="1" face="함초롬돋움" type="TTF" isEmbedded="0"/></hh:fontface>'
              '<hh:fontface lang="LATIN" fontCnt="2"><hh:font id="0" face="함초롬바탕" type="TTF" isEmbedded="0"/><hh:font id="1" face="함초롬돋움" type="TTF" isEmbedded="0"/></hh:fontface>'
              '</hh:fontfaces>'
              '<hh:borderFills itemCnt="2">'
              '<hh:borderFill id="1" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0">'
              '<hh:leftBorder type="NONE" width="0.1 mm" color="#000000"/><hh:rightBorder type="NONE" width="0.1 mm" color="#000000"/>'
              '<hh:topBorder type="NONE" width="0.1 mm" color="#000000"/><hh:bottomBorder type="NONE" width="0.1 mm" color="#000000"/></hh:borderFill>'
              '<hh:borderFill id="2" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0">'
              '<hh:leftBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:rightBorder type="SOLID" width="0.12 mm" color="#000000"/>'
              '<hh:topBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:bottomBorder type="SOLID" width="0.12 mm" color="#000000"/></hh:borderFill>'
              '</hh:borderFills>'
              '<hh:charProperties itemCnt="2">'
              '<hh:charPr id="0" height="1000" textColor="#000000" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1">'
              '<hh:fontRef hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/></hh:charPr>'
              '<hh:charPr id="1" height="1600" textColor="#000000" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1">'
              '<hh:fontRef hangul="1" latin="1" hanja="1" japanese="1" other="1" symbol="1" user="1"/><hh:bold/></hh:charPr>'
              '</hh:charProperties>'
              '<hh:tabProperties itemCnt="1"><hh:tabPr id="0" autoTabLeft="0" autoTabRight="0"/></hh:tabProperties>'
              '<hh:paraProperties itemCnt="2">'
              '<hh:paraPr id="0" tabPrIDRef="0" condense="0" fontLineHeight="0" snapToGrid="1" suppressLineNumbers="0" checked="0">'
              '<hh:align horizontal="JUSTIFY" vertical="BASELINE"/><hh:lineSpacing type="PERCENT" value="160" unit="HWPUNIT"/></hh:paraPr>'
              '<hh:paraPr id="1" tabPrIDRef="0" condense="0" fontLineHeight="0" snapToGrid="1" suppressLineNumbers="0" checked="0">'
              '<hh:align horizontal="CENTER" vertical="BASELINE"/><hh:lineSpacing type="PERCENT" value="160" unit="HWPUNIT"/></hh:paraPr>'
              '</hh:paraProperties>'
              '<hh:styles itemCnt="1"><hh:style id="0" type="PARA" name="바탕글" engName="Normal" paraPrIDRef="0" charPrIDRef="0" nextStyleIDRef="0" langID="1042" lockForm="0"/></hh:styles>'
              '</hh:refList>'
              '<hh:compatibleDocument targetProgram="HWP201X"><hh:layoutCompatibility/></hh:compatibleDocument>'
              '<hh:docOption><hh:linkinfo path="" pageInherit="0" footnoteInherit="0"/></hh:docOption>'
              '</hh:head>')

VERSION_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
               '<hv:HCFVersion xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version" tagetApplication="WORDPROCESSOR" '
               'major="5" minor="1" micro="0" buildNumber="1" os="1" xmlVersion="1.4" application="sens_ae make_set.py" appVersion="1, 0, 0, 0"/>')

CONTAINER_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
                 '<ocf:container xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:container" '
                 'xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf"><ocf:rootfiles>'
                 '<ocf:rootfile full-path="Contents/content.hpf" media-type="application/hwpml-package+xml"/>'
                 '<ocf:rootfile full-path="Preview/PrvText.txt" media-type="text/plain"/>'
                 '</ocf:rootfiles></ocf:container>')

MANIFEST_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
                '<odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>')


def content_hpf(title):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
            '<opf:package ' + NS + ' version="" unique-identifier="" id="">'
            '<opf:metadata><opf:title>' + escape(title or "") + '</opf:title><opf:language>ko</opf:language>'
            '<opf:meta name="creator" content="text">sens_ae</opf:meta>'
            '<opf:meta name="CreatedDate" content="text">2026-01-01T00:00:00Z</opf:meta></opf:metadata>'
            '<opf:manifest>'
            '<opf:item id="header" href="Contents/header.xml" media-type="application/xml"/>'
            '<opf:item id="section0" href="Contents/section0.xml" media-type="application/xml"/>'
            '<opf:item id="settings" href="settings.xml" media-type="application/xml"/>'
            '</opf:manifest><opf:spine><opf:itemref idref="header" linear="yes"/>'
            '<opf:itemref idref="section0" linear="yes"/></opf:spine></opf:package>')


SETTINGS_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
                '<ha:HWPApplicationSetting xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" '
                'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0">'
                '<ha:CaretPosition listIDRef="0" paraIDRef="0" pos="0"/></ha:HWPApplicationSetting>')


class HwpxBuilder:
    def __init__(self):
        self.pid = 0
        self.oid = 1000

    def _next(self):
        self.pid += 1
        return self.pid

    def _obj(self):
        self.oid += 1
        return self.oid

    def para(self, text, inner="", pagebreak=False, center=False, char=0):
        return ('<hp:p id="%d" paraPrIDRef="%d" styleIDRef="0" pageBreak="%d" columnBreak="0" merged="0">'
                '<hp:run charPrIDRef="%d">%s<hp:t>%s</hp:t></hp:run></hp:p>'
                % (self._next(), 1 if center else 0, 1 if pagebreak else 0, char, inner, escape(text)))

    def sublist(self, text, width=42520, height=2000, vert="TOP"):
        paras = "".join(self.para(t) for t in text.split("\n"))
        return ('<hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="%s" '
                'linkListIDRef="0" linkListNextIDRef="0" textWidth="%d" textHeight="%d" hasTextRef="0" hasNumRef="0">%s</hp:subList>'
                % (vert, width, height, paras))

    def table(self, rows):
        ncol = max(len(r) for r in rows)
        total = 42520
        cw = total // ncol
        trs = []
        for ri, row in enumerate(rows):
            tcs = []
            for ci in range(ncol):
                cell = row[ci] if ci < len(row) else ""
                tcs.append('<hp:tc name="" header="%d" hasMargin="0" protect="0" editable="0" dirty="0" borderFillIDRef="2">'
                           '%s<hp:cellAddr colAddr="%d" rowAddr="%d"/><hp:cellSpan colSpan="1" rowSpan="1"/>'
                           '<hp:cellSz width="%d" height="1800"/><hp:cellMargin left="510" right="510" top="141" bottom="141"/></hp:tc>'
                           % (1 if ri == 0 else 0, self.sublist(cell, cw - 1020, 1800, "CENTER"), ci, ri, cw))
            trs.append("<hp:tr>%s</hp:tr>" % "".join(tcs))
        tbl = ('<hp:tbl id="%d" zOrder="0" numberingType="TABLE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" lock="0" '
               'dropcapstyle="None" pageBreak="CELL" repeatHeader="1" rowCnt="%d" colCnt="%d" cellSpacing="0" borderFillIDRef="2" noAdjust="0">'
               '<hp:sz width="%d" widthRelTo="ABSOLUTE" height="%d" heightRelTo="ABSOLUTE" protect="0"/>'
               '<hp:pos treatAsChar="0" affectLSpacing="0" flowWithText="1" allowOverlap="0" holdAnchorAndSO="0" vertRelTo="PARA" '
               'horzRelTo="COLUMN" vertAlign="TOP" horzAlign="LEFT" vertOffset="0" horzOffset="0"/>'
               '<hp:outMargin left="283" right="283" top="283" bottom="283"/><hp:inMargin left="510" right="510" top="141" bottom="141"/>'
               '%s</hp:tbl>' % (self._obj(), len(rows), ncol, cw * ncol, 1800 * len(rows), "".join(trs)))
        return ('<hp:p id="%d" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">'
                '<hp:run charPrIDRef="0">%s<hp:t/></hp:run></hp:p>' % (self._next(), tbl))

    def textbox(self, text):
        w, h = 17000, 2400 + 1200 * text.count("\n")
        rect = ('<hp:rect id="%d" zOrder="5" numberingType="PICTURE" textWrap="SQUARE" textFlow="BOTH_SIDES" lock="0" '
                'dropcapstyle="None" href="" groupLevel="0" instid="%d" ratio="0">'
                '<hp:offset x="0" y="0"/><hp:orgSz width="%d" height="%d"/><hp:curSz width="0" height="0"/>'
                '<hp:flip horizontal="0" vertical="0"/><hp:rotationInfo angle="0" centerX="%d" centerY="%d" rotateimage="1"/>'
                '<hp:renderingInfo><hc:transMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/>'
                '<hc:scaMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/><hc:rotMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/></hp:renderingInfo>'
                '<hp:lineShape color="#C00000" width="85" style="SOLID" endCap="FLAT" headStyle="NORMAL" tailStyle="NORMAL" '
                'headfill="1" tailfill="1" headSz="SMALL_SMALL" tailSz="SMALL_SMALL" outlineStyle="NORMAL" alpha="0"/>'
                '<hp:shadow type="NONE" color="#B2B2B2" offsetX="0" offsetY="0" alpha="0"/>'
                '<hp:drawText lastWidth="%d" name="" editable="0"><hp:textMargin left="283" right="283" top="283" bottom="283"/>%s</hp:drawText>'
                '<hc:pt0 x="0" y="0"/><hc:pt1 x="%d" y="0"/><hc:pt2 x="%d" y="%d"/><hc:pt3 x="0" y="%d"/>'
                '<hp:sz width="%d" widthRelTo="ABSOLUTE" height="%d" heightRelTo="ABSOLUTE" protect="0"/>'
                '<hp:pos treatAsChar="0" affectLSpacing="0" flowWithText="1" allowOverlap="1" holdAnchorAndSO="0" vertRelTo="PARA" '
                'horzRelTo="COLUMN" vertAlign="TOP" horzAlign="RIGHT" vertOffset="0" horzOffset="0"/>'
                '<hp:outMargin left="0" right="0" top="0" bottom="0"/><hp:shapeComment>글상자</hp:shapeComment></hp:rect>'
                % (self._obj(), self.oid, w, h, w // 2, h // 2, w, self.sublist(text, w - 566, h - 566, "CENTER"),
                   w, w, h, h, w, h))
        return ('<hp:p id="%d" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">'
                '<hp:run charPrIDRef="0">%s<hp:t/></hp:run></hp:p>' % (self._next(), rect))

    def section(self, doc):
        sec = ('<hp:secPr id="" textDirection="HORIZONTAL" spaceColumns="1134" tabStop="8000" tabStopVal="4000" tabStopUnit="HWPUNIT" '
               'outlineShapeIDRef="1" memoShapeIDRef="0" textVerticalWidthHead="0" masterPageCnt="0">'
               '<hp:grid lineGrid="0" charGrid="0" wonggojiFormat="0"/><hp:startNum pageStartsOn="BOTH" page="0" pic="0" tbl="0" equation="0"/>'
               '<hp:visibility hideFirstHeader="0" hideFirstFooter="0" hideFirstMasterPage="0" border="SHOW_ALL" fill="SHOW_ALL" '
               'hideFirstPageNum="0" hideFirstEmptyLine="0" showLineNumber="0"/>'
               '<hp:pagePr landscape="WIDELY" width="59528" height="84186" gutterType="LEFT_ONLY">'
               '<hp:margin header="4252" footer="4252" gutter="0" left="8504" right="8504" top="5668" bottom="4252"/></hp:pagePr>'
               '</hp:secPr><hp:ctrl><hp:colPr id="" type="NEWSPAPER" layout="LEFT" colCount="1" sameSz="1" sameGap="0"/></hp:ctrl>')
        ctrls = ""
        if doc.header:
            ctrls += ('<hp:ctrl><hp:header id="%d" applyPageType="BOTH">%s</hp:header></hp:ctrl>'
                      % (self._obj(), self.sublist(doc.header, 42520, 4252)))
        if doc.footer:
            ft = doc.footer.replace("{page}", "").replace("{pages}", "")
            ft = re.sub(r"\s*-\s*/?\s*-\s*$", "", ft)
            ctrls += ('<hp:ctrl><hp:footer id="%d" applyPageType="BOTH">%s</hp:footer></hp:ctrl>'
                      % (self._obj(), self.sublist(ft, 42520, 4252, "BOTTOM")))
        first = ('<hp:p id="%d" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">'
                 '<hp:run charPrIDRef="0">%s%s</hp:run>'
                 '<hp:run charPrIDRef="0"><hp:ctrl><hp:pageNum pos="BOTTOM_CENTER" formatType="DIGIT" sideChar="-"/></hp:ctrl><hp:t/></hp:run></hp:p>'
                 % (self._next(), sec, ctrls))
        body = [first]
        pending_break = False
        for b in doc.blocks:
            if b[0] == "pb":
                pending_break = True
                continue
            if b[0] == "p":
                body.append(self.para(b[1], pagebreak=pending_break))
            elif b[0] == "tbl":
                if pending_break:
                    body.append(self.para("", pagebreak=True))
                body.append(self.table(b[1]))
            elif b[0] == "box":
                if pending_break:
                    body.append(self.para("", pagebreak=True))
                body.append(self.textbox(b[1]))
            pending_break = False
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hs:sec ' + NS + '>' + "".join(body) + '</hs:sec>')


def zinfo(name, compress=True):
    zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
    zi.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    zi.external_attr = 0o644 << 16
    zi.create_system = 3
    return zi


def write_hwpx(path, doc):
    b = HwpxBuilder()
    section = b.section(doc)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(zinfo("mimetype", False), "application/hwp+zip")
        z.writestr(zinfo("version.xml", False), VERSION_XML)
        z.writestr(zinfo("Contents/header.xml"), HEADER_XML)
        z.writestr(zinfo("Contents/section0.xml"), section)
        z.writestr(zinfo("Contents/content.hpf"), content_hpf(doc.title))
        z.writestr(zinfo("settings.xml"), SETTINGS_XML)
        z.writestr(zinfo("Preview/PrvText.txt"), render_text(doc)[:1024])
        z.writestr(zinfo("META-INF/container.xml"), CONTAINER_XML)
        z.writestr(zinfo("META-INF/manifest.xml"), MANIFEST_XML)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# --------------------------------------------------------------------------- PDF writer
_PDF_READY = False


def _pdf_init():
    global _PDF_READY
    if not _PDF_READY:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        pdfmetrics.registerFont(UnicodeCIDFont("HYSMyeongJo-Medium"))
        pdfmetrics.registerFont(UnicodeCIDFont("HYGothic-Medium"))
        _PDF_READY = True


def wrap(text, font, size, width):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    if not text:
        return [""]
    lines, cur = [], ""
    for ch in text:
        if stringWidth(cur + ch, font, size) > width and cur:
            # try to break at last space
            k = cur.rfind(" ")
            if k > len(cur) * 0.5:
                lines.append(cur[:k])
                cur = cur[k + 1:] + ch
            else:
                lines.append(cur)
                cur = ch
        else:
            cur += ch
    lines.append(cur)
    return lines


def write_pdf(path, doc, body_font="HYSMyeongJo-Medium"):
    _pdf_init()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    W, H = A4
    L, R, TOP, BOT = 62, W - 62, H - 78, 70
    HF = "HYGothic-Medium"
    # paginate: first lay out into pages of drawing ops
    pages = [[]]
    y = TOP
    size, lead = 10.5, 16

    def newpage():
        nonlocal y
        pages.append([])
        y = TOP

    for b in doc.blocks:
        if b[0] == "pb":
            newpage()
            continue
        if b[0] == "p":
            for ln in wrap(b[1], body_font, size, R - L):
                if y < BOT + lead:
                    newpage()
                pages[-1].append(("s", L, y, ln, body_font, size))
                y -= lead
        elif b[0] == "box":
            lines = []
            for part in b[1].split("\n"):
                lines += wrap(part, HF, 11, 200)
            h = 14 * len(lines) + 12
            if y - h < BOT:
                newpage()
            bx = R - 220
            pages[-1].append(("rect", bx, y - h + 10, 220, h))
            yy = y - 4
            for ln in lines:
                pages[-1].append(("s", bx + 10, yy - 6, ln, HF, 11))
                yy -= 14
            y -= h + 8
        elif b[0] == "tbl":
            rows = b[1]
            ncol = max(len(r) for r in rows)
            lens = [max(max((len(x) for x in (r[c] if c < len(r) else "").split("\n")), default=1) for r in rows) + 2 for c in range(ncol)]
            tot = sum(lens)
            cws = [(R - L) * n / tot for n in lens]
            fs = 9
            for row in rows:
                cells = []
                for c in range(ncol):
                    txt = row[c] if c < len(row) else ""
                    ls = []
                    for part in txt.split("\n"):
                        ls += wrap(part, body_font, fs, cws[c] - 6)
                    cells.append(ls)
                h = max(len(c) for c in cells) * 12 + 8
                if y - h < BOT:
                    newpage()
                x = L
                for c in range(ncol):
                    pages[-1].append(("rect", x, y - h, cws[c], h))
                    yy = y - 12
                    for ln in cells[c]:
                        pages[-1].append(("s", x + 3, yy, ln, body_font, fs))
                        yy -= 12
                    x += cws[c]
                y -= h
            y -= 8
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    # U+00B7 has no ToUnicode mapping in the Adobe-Korea1 CID fonts; U+30FB renders the same dot and extracts as U+00B7
    for ops in pages:
        for i, op in enumerate(ops):
            if op[0] == "s":
                ops[i] = (op[0], op[1], op[2], op[3].replace("\u00b7", "\u30fb"), op[4], op[5])
    _hdr = doc.header.replace("\u00b7", "\u30fb") if doc.header else None
    _ftr = doc.footer.replace("\u00b7", "\u30fb") if doc.footer else None
    c.setTitle(doc.title or "")
    c.setAuthor("sens_ae")
    n = len(pages)
    for i, ops in enumerate(pages):
        if _hdr:
            c.setFont(HF, 9)
            hy = H - 42
            for ln in _hdr.split("\n"):
                c.drawCentredString(W / 2, hy, ln)
                hy -= 12
            c.setLineWidth(0.4)
            c.line(L, hy + 4, R, hy + 4)
        for op in ops:
            if op[0] == "s":
                c.setFont(op[4], op[5])
                c.drawString(op[1], op[2], op[3])
            else:
                c.setLineWidth(0.6)
                c.rect(op[1], op[2], op[3], op[4], stroke=1, fill=0)
        c.setFont(HF, 8.5)
        if _ftr:
            ft = _ftr.replace("{page}", str(i + 1)).replace("{pages}", str(n))
            fy = 40
            c.line(L, fy + 12, R, fy + 12)
            for ln in ft.split("\n"):
                c.drawCentredString(W / 2, fy, ln)
                fy -= 11
        else:
            c.drawCentredString(W / 2, 30, "- %d -" % (i + 1))
        c.showPage()
    c.save()


# --------------------------------------------------------------------------- 공문 builder
def field_str(r, disc, nums, style=None):
    nums = list(nums)
    if disc == "public":
        return r.choice(["공개", "공개", "공 개"]) if style is None else "공개"
    word = "부분공개" if disc == "partial" else "비공개"
    forms = ["%s(%s)" % (word, ",".join(map(str, nums))),
             "%s(%s)" % (word, "·".join(map(str, nums))) if len(nums) > 1 else "%s (%s)" % (word, nums[0]),
             "%s(제9조 제1항 제%s호)" % (word, "·".join(map(str, nums))),
             "%s (%s)" % (word, ",".join("9조1항%d호" % n for n in nums)),
             "%s(%s)" % (word, ", ".join(map(str, nums)))]
    if style is not None:
        return forms[style % len(forms)]
    return r.choice(forms)


def sign_names(r):
    return pname(r), pname(r), pname(r)


def gongmun(r, ag, title, recipient, body, attach=None, field="공개", layout="std",
            date=None, via=None, older=False):
    """Return (Doc, cue_text_for_field)."""
    d = Doc(title)
    date = date or kdate(r, 2019, 2026)
    n1, n2, n3 = sign_names(r)
    dn = docno(r, ag)
    zipc, addr = ag["addr"][1:6], ag["addr"][8:]
    tel_ext = "%s-%04d" % (ag["tel"], r.randint(1000, 9999))
    fax_ext = "%s-%04d" % (ag["tel"], r.randint(1000, 9999))
    em = email(r)
    d.p(ag["name"] if not older else ag["name"] + "  " + ag["dept"], "")
    d.p("수신  " + recipient)
    if via:
        d.p("(경유)  " + via)
    else:
        d.p("(경유)")
    d.p("제목  " + title, "")
    d.p(*body)
    if attach:
        d.p("")
        for i, a in enumerate(attach):
            pre = "붙임  " if i == 0 else "      "
            d.p(pre + ("%d. " % (i + 1) if len(attach) > 1 else "") + a + ("  끝." if i == len(attach) - 1 else ""))
    else:
        d.p("  끝.")
    d.p("", ag["head"] + ("" if r.random() < 0.5 else "  (직인생략)"), "")
    cue = field
    t1 = r.choice(["주무관", "행정주사보", "실무관", "대리", "주임"]) if ag["kind"] in ("corp", "inst") else r.choice(["주무관", "행정주사", "주무관"])
    t2 = r.choice(["사무관", "팀장", "차장", "계장"])
    t3 = r.choice(["과장", "부장", "팀장", "국장"])
    sigline = "%s %s   %s %s   %s %s %s" % (t1, n1, t2, n2, t3, r.choice(["", "전결 "]), date) + " " + n3
    shline = "시행  %s  (%s)        접수" % (dn, date)
    if layout == "std":
        d.p(sigline, "협조자", shline,
            "우 %s  %s  / %s" % (zipc, addr, ag["web"]),
            "전화번호 %s   팩스번호 %s  / %s  / %s" % (tel_ext, fax_ext, em, field))
    elif layout == "older":
        d.p("기안자 %s  검토자 %s  결재권자 %s" % (n1, n2, n3),
            "시행 %s(%s)  접수 " % (dn, date),
            "우%s %s  전화 (%s)%s  전송 %s" % (zipc, addr, tel_ext[:3], tel_ext[4:], fax_ext),
            "%s  /  %s %s  /  %s" % (em, ag["dept"], n1, field))
    elif layout == "twocol":
        d.p(sigline)
        d.tbl([["시행", "%s (%s)" % (dn, date)], ["접수", ""], ["우편번호·주소", "%s %s" % (zipc, addr)],
               ["홈페이지", ag["web"]], ["전화 / 전송", "%s / %s" % (tel_ext, fax_ext)], ["전자우편", em],
               ["공개구분", field]])
    elif layout == "twocol4":
        d.p(sigline)
        d.tbl([["시행", dn, "일자", date], ["접수", "", "공개구분", field], ["주소", "%s %s" % (zipc, addr), "전화", tel_ext]])
    elif layout == "wrapped":
        # 공개구분 forced onto a following line as a narrow form would wrap it
        k = max(2, len(field) // 2)
        d.p(sigline, "협조자", shline,
            "우 %s %s / %s" % (zipc, addr, ag["web"]),
            "전화번호 %s 팩스번호 %s / %s /" % (tel_ext, fax_ext, em),
            field[:k], field[k:])
        cue = field[:k] + "\n" + field[k:]
    elif layout == "footer":
        d.p(sigline, "협조자", shline, "우 %s %s / %s" % (zipc, addr, ag["web"]),
            "전화번호 %s  팩스번호 %s / %s" % (tel_ext, fax_ext, em))
        d.footer = r.choice(["공개구분: %s", "[ %s ]", "공개여부  %s", "%s   │   " + ag["name"]]) % field + "   - {page} -"
    elif layout == "textbox":
        d.p(sigline, "협조자", shline, "우 %s %s / %s" % (zipc, addr, ag["web"]),
            "전화번호 %s  팩스번호 %s / %s" % (tel_ext, fax_ext, em))
        d.box(r.choice(["공개구분\n%s", "공개여부 : %s", "【%s】", "정보공개 %s"]) % field)
    elif layout == "gyeoljae":
        d.tbl([["기안", "검토", "결재", "공개여부"], [t1 + " " + n1, t2 + " " + n2, t3 + " " + n3, field]])
        d.p(shline, "우 %s %s  전화 %s  전송 %s  %s" % (zipc, addr, tel_ext, fax_ext, em))
    return d, cue


def res(doc, disc, marking, reasons, genre, cue, loc, cue_text, flags=(), fmts=("text", "hwpx", "pdf"), field=None):
    if field is None and "stated_field" in flags:
        field = cue_text
    return {"field": field or "", "doc": doc, "disclosure": disc, "marking": marking, "reasons": rs(*reasons), "genre": genre,
            "cue": cue, "cue_location": loc, "cue_text": cue_text, "flags": list(flags), "fmts": list(fmts)}


LAYOUTS = ["std", "std", "older", "twocol", "twocol4", "wrapped", "footer", "textbox", "gyeoljae"]
LOC_OF = {"std": "gyeolmun", "older": "gyeolmun", "twocol": "gyeolmun_table", "twocol4": "gyeolmun_table",
          "wrapped": "gyeolmun_wrapped", "footer": "footer", "textbox": "textbox", "gyeoljae": "gyeoljae_table"}


# --------------------------------------------------------------------------- templates: 공문 with a 결문 field
PUBLIC_TOPICS = [
    ("2025년 지역안전지수 산출 자료 제출 협조 요청",
     ["1. 귀 기관의 무궁한 발전을 기원합니다.",
      "2. 「재난 및 안전관리 기본법」 제66조의10에 따라 지역안전지수를 산출하고자 하오니, 붙임 서식에 따라 분야별 기초자료를 작성하여 기한 내 제출하여 주시기 바랍니다.",
      "  가. 제출기한: {d}까지", "  나. 제출방법: 온나라 문서유통(담당자 지정)",
      "3. 자료 작성 중 문의사항은 담당 주무관에게 연락하여 주시기 바랍니다."], ["지역안전지수 기초자료 서식 1부."]),
    ("공공데이터 개방 확대를 위한 보유목록 정비 알림",
     ["1. 관련: 공공데이터 제공 운영실태 평가 계획",
      "2. 각 기관이 보유한 데이터 목록 중 갱신 주기가 지난 항목이 많아 이를 일제히 정비하고자 합니다. 기관별로 목록을 검토하시어 폐기·통합 대상을 표시한 후 회신하여 주십시오.",
      "3. 회신이 없는 기관은 현행 목록을 그대로 유지하는 것으로 간주합니다."], ["기관별 보유목록(엑셀) 1부."]),
    ("하절기 폭염 대비 취약계층 보호대책 시행",
     ["폭염특보가 예년보다 이르게 발령될 것으로 예상됨에 따라 무더위쉼터 운영시간 연장, 방문건강관리 강화 등 취약계층 보호대책을 붙임과 같이 시행하오니 소관 업무에 철저를 기하여 주시기 바랍니다."],
     ["폭염 대비 취약계층 보호대책 1부.", "무더위쉼터 지정 현황 1부."]),
    ("「알기 쉬운 공문서 작성」 직무교육 수강 안내",
     ["가. 교육기간: {d} ~ (3주간, 온라인)", "나. 대상: 7급 이하 공무원 및 공무직 근로자",
      "다. 신청: 나라배움터 누리집에서 개별 신청", "라. 이수 기준: 진도율 100% 및 평가 60점 이상",
      "교육 이수 실적은 상시학습 시간으로 인정되오니 많은 참여 바랍니다."], None),
    ("관내 노후 교량 정밀안전점검 결과 알림",
     ["1. 지난 분기 실시한 관내 교량 14개소에 대한 정밀안전점검 결과를 붙임과 같이 알려드립니다.",
      "2. 점검 결과 C등급 판정을 받은 2개소는 보수·보강 설계를 착수하였으며, 나머지 교량은 B등급 이상으로 통행에 지장이 없습니다.",
      "3. 점검 결과는 시설물통합정보관리시스템(FMS)에도 등록되어 있습니다."], ["교량별 점검 결과표 1부."]),
    ("2026학년도 교원 전문성 연수 운영 계획 안내",
     ["1. 교원의 수업 역량을 높이기 위하여 2026학년도 직무연수를 붙임과 같이 운영하오니, 각급 학교에서는 소속 교원에게 안내하여 주시기 바랍니다.",
      "2. 연수 신청은 학교 단위로 취합하지 않고 교원이 직접 연수원 누리집에서 신청합니다."], ["연수 과정별 운영 계획 1부."]),
    ("전통시장 화재안전 특별점검 실시 알림",
     ["겨울철 전기·가스 사용 증가에 대비하여 관내 전통시장 9곳에 대한 합동 화재안전 점검을 아래와 같이 실시하고자 하니 상인회에 사전 안내하여 주시기 바랍니다.",
      "  ○ 점검기간: {d}부터 2주간", "  ○ 점검반: 소방서·구청·전기안전공사·가스안전공사 합동", "  ○ 점검내용: 소화기 비치, 전기 배선 상태, 가스 누설 여부 등"], None),
    ("전력설비 인근 공사 시 안전수칙 준수 협조 요청",
     ["최근 지중 송전선로 인근 굴착공사 중 케이블 손상 사고가 잇따르고 있습니다. 관내 인허가 부서에서는 굴착 허가 시 붙임 안전수칙을 허가 조건으로 안내하여 주시기 바랍니다."], ["지중 전력설비 인근 굴착 안전수칙 1부."]),
    ("국민참여재판 제도 홍보물 배부",
     ["국민참여재판 제도에 대한 이해를 돕기 위하여 제작한 안내 책자를 붙임과 같이 송부하오니 민원실 등 민원인이 쉽게 볼 수 있는 곳에 비치하여 주시기 바랍니다."], ["안내 책자 50부(별송)."]),
    ("건강보험 피부양자 자격 기준 변경 안내",
     ["1. 피부양자 소득 요건이 합산소득 연 2천만 원 이하로 조정됨에 따라 변경된 기준을 안내드립니다.",
      "2. 기준 변경으로 자격이 바뀌는 가입자에게는 개별 안내문이 발송되며, 지사 민원실에서도 상담이 가능합니다."], ["변경 기준 안내문 1부."]),
    ("하천 점용허가 일제 정비 기간 운영",
     ["하천구역 내 무단 경작과 적치물을 정비하기 위하여 일제 정비 기간을 운영합니다. 읍·면·동에서는 주민 홍보를 강화하여 자진 정비를 유도하여 주시기 바랍니다.",
      "정비 기간 이후 적발되는 무단 점용에 대해서는 「하천법」에 따라 원상회복 명령 및 변상금을 부과할 예정입니다."], None),
    ("수출입 통관 절차 개선 설명회 개최",
     ["○ 일시: {d} 14:00", "○ 장소: 청사 대회의실(2층)", "○ 대상: 관세사, 수출입 업체 실무자",
      "○ 내용: 전자통관 시스템 개편 사항, 원산지 사전확인 제도",
      "참석을 원하는 업체는 붙임 신청서를 작성하여 전자우편으로 보내 주시기 바랍니다."], ["참가 신청서 1부."]),
]


def t_gm_public(r, v):
    topic_kinds = [["ministry"], ["ministry", "inst"], ["local", "ministry"], ["ministry", "local"], ["local", "corp"], ["edu"],
                   ["fire"], ["corp"], ["court"], ["inst"], ["local"], ["ministry"]]
    ti = v % len(PUBLIC_TOPICS)
    ag = agency(r, topic_kinds[ti])
    if ti == 11:
        a = [x for x in AGENCIES["ministry"] if x[0] == "관세청"][0]
        ag = {"name": a[0], "head": a[1], "dept": r.choice(a[2]), "addr": a[3], "web": a[4], "tel": a[5], "kind": a[6]}
    title, body, att = PUBLIC_TOPICS[ti]
    body = [b.replace("{d}", kdate(r, 2025, 2026)) for b in body]
    rec = r.choice(["수신자 참조", "각 시·도지사(안전정책과장)", "각 시·군·구청장", "내부결재", "각급 학교장", "관계기관"])
    layout = LAYOUTS[(v + 1) % len(LAYOUTS)]
    f = "공개"
    d, cue = gongmun(r, ag, title, rec, body, att, f, layout)
    return res(d, "public", "none", [], "공문", "gyeolmun_field", LOC_OF[layout], cue, ["stated_field", "layout_" + layout])


def t_gm_partial6(r, v):
    ag = agency(r, [["local"], ["local", "ministry"], ["local"], ["edu"], ["corp", "inst"]][v % 5])
    who = pname(r)
    addr = home_addr(r)
    tel = phone(r)
    kinds = [
        ("민원 처리 결과 통보(도로 파손 보상 요구)",
         ["1. 귀 부서에서 이송한 민원(신청인: %s, %s)에 대한 처리 결과를 알려드립니다." % (who, addr),
          "2. 신청인은 지난달 야간에 %s 인근 도로의 포트홀로 차량 타이어가 파손되었다며 수리비 보상을 요구하였습니다. 현장 확인 결과 파손 구간이 확인되어 영조물 배상 절차에 따라 보상금 지급을 결정하였습니다." % r.choice(ROADS),
          "3. 신청인 연락처(%s)로 결과를 안내하였음을 덧붙입니다." % tel], None),
        ("모범 자원봉사자 표창 대상자 추천",
         ["1. 2025년 자원봉사자의 날 기념 표창 대상자를 아래와 같이 추천합니다.",
          "  ○ 추천 대상: %s (%s, 연락처 %s)" % (who, addr, tel),
          "  ○ 주요 공적: 12년간 독거노인 도시락 배달 봉사(누적 2,300시간)",
          "2. 공적조서와 봉사활동 확인서를 붙임으로 제출합니다."], ["공적조서 1부.", "봉사활동 확인서 1부."]),
        ("화재 피해 주민 긴급 생계비 지원 결정 알림",
         ["1. %s 주택 화재로 주거지를 잃은 %s 가구에 대하여 긴급복지지원 심의 결과 생계비 지원을 결정하였습니다." % (addr.split(",")[0], who),
          "2. 지원금은 세대주 %s의 계좌로 지급되며, 지원 기간 중 임시 거처 확보를 위해 주거 지원을 병행할 예정입니다." % who], None),
        ("교육활동 보호 우수 사례 공모 결과 통보",
         ["1. 교육활동 보호 우수 사례 공모에 응모한 작품을 심사한 결과 다음과 같이 입상자를 선정하였습니다.",
          "  - 최우수: %s 교사(%s 소재 중학교) / 연락처 %s" % (who, addr.split(" ")[0], tel),
          "2. 시상식 일정은 별도로 안내하겠습니다."], None),
        ("고객 불편 신고 처리 결과 회신",
         ["1. 고객 %s 님(연락처 %s)께서 고객센터를 통해 접수하신 요금 이중 부과 건에 대하여 확인한 결과를 회신드립니다." % (who, tel),
          "2. 전산 오류로 %s 주소지에 두 건의 고지서가 발송된 사실을 확인하였으며, 중복 납부액은 다음 달 요금에서 차감 처리하겠습니다." % addr], None),
    ]
    title, body, att = kinds[v % len(kinds)]
    f = field_str(r, "partial", [6], v)
    layout = LAYOUTS[(v * 2 + 3) % len(LAYOUTS)]
    d, cue = gongmun(r, ag, title, r.choice(["수신자 참조", "내부결재", ag["name"] + "장"]), body, att, f, layout)
    return res(d, "partial", "none", [6], "공문", "gyeolmun_field", LOC_OF[layout], cue, ["stated_field", "layout_" + layout])


def t_gm_partial_multi(r, v):
    ag = agency(r, [["corp", "ministry", "local", "inst"][v % 4]])
    co = r.choice(COMPANIES)
    ceo = pname(r)
    e1, e2 = pname(r), pname(r)
    opts = [
        ((6, 7), "정보시스템 유지관리 용역 계약 체결 결과 보고",
         ["1. 정보시스템 통합 유지관리 용역을 협상에 의한 계약으로 체결하였기에 보고합니다.",
          "  가. 계약상대자: %s (대표 %s)" % (co, ceo),
          "  나. 계약금액: 금%s원(부가세 포함)" % format(r.randint(300, 2400) * 1000000, ","),
          "  다. 계약기간: 계약일부터 12개월",
          "2. 계약상대자가 제출한 인력별 투입 단가와 원가 산출 내역은 업체의 영업상 비밀에 해당하여 붙임 2로 별도 편철하였으며, 현장대리인 %s의 휴대전화(%s)는 내부 연락용으로만 사용합니다." % (e1, phone(r))],
         ["계약서 사본 1부.", "원가 산출 내역서 1부."]),
        ((5, 6), "청사 리모델링 설계공모 심사 결과 알림",
         ["1. 청사 리모델링 설계공모 작품에 대한 심사를 마치고 당선작을 결정하였습니다.",
          "2. 심사위원은 외부 전문가 5인(%s 교수, %s 건축사 등)으로 구성하였으며, 위원별 채점표와 토의 내용은 향후 공모 심사의 공정성을 위하여 공개하지 않습니다." % (e1, e2),
          "3. 당선작 및 입상작 목록은 붙임과 같습니다."], ["당선작 및 입상작 목록 1부.", "심사위원별 채점표 1부."]),
        ((6, 7), "보조사업자 정산 검토 결과 통보",
         ["1. 2025년 중소기업 기술개발 보조사업의 정산 검토 결과를 통보합니다.",
          "2. %s(대표 %s)의 경우 연구원 인건비 집행 내역 중 참여연구원 %s의 급여 이체 증빙이 누락되어 보완을 요구하였습니다." % (co, ceo, e1),
          "3. 업체가 제출한 시제품 설계도면과 공정 조건은 영업비밀 보호를 요청함에 따라 정산 검토 목적 외로 사용하지 않습니다."], None),
        ((5, 6), "2025년 하반기 인사교류 추진 결과",
         ["1. 하반기 기관 간 인사교류를 아래와 같이 추진하였습니다.",
          "2. 교류 대상자 %s, %s에 대한 개인별 교류 희망 사유와 근무성적평정 결과는 인사관리 자료로서 외부에 제공하지 않습니다." % (e1, e2),
          "3. 기관별 교류 인원 총괄표는 붙임과 같습니다."], ["기관별 교류 인원 총괄표 1부."]),
    ]
    nums, title, body, att = opts[v % len(opts)]
    f = field_str(r, "partial", nums, v + 1)
    layout = LAYOUTS[(v * 3) % len(LAYOUTS)]
    d, cue = gongmun(r, ag, title, "내부결재" if v % 2 else "수신자 참조", body, att, f, layout)
    return res(d, "partial", "none", list(nums), "공문", "gyeolmun_field", LOC_OF[layout], cue, ["stated_field", "multi_item", "layout_" + layout])


def t_gm_nonpublic(r, v):
    opts = [
        (["police"], (4,), "수사 협조 의뢰(계좌 거래내역 확인)",
         ["1. 당서에서 수사 중인 전기통신금융사기 사건과 관련하여 피의자 김○○ 명의 계좌의 거래내역 확인이 필요하여 협조를 의뢰합니다.",
          "2. 회신 자료는 수사 목적 외로 사용하지 않으며, 수사 진행 사실이 외부에 알려지지 않도록 협조하여 주시기 바랍니다."]),
        (["ministry", "local"], (5,), "2026년 상반기 특정감사 계획(안)",
         ["1. 2026년 상반기 특정감사를 아래와 같이 실시하고자 합니다.",
          "  가. 대상기관: 민원 다발 부서 및 보조금 집행 부서 등 4개 부서",
          "  나. 중점 점검사항: 보조금 정산 적정성, 수의계약 분할 발주 여부, 초과근무수당 부당 수령",
          "2. 감사 대상과 착안사항이 사전에 알려질 경우 감사 목적 달성이 곤란하므로 관계자 외 열람을 제한합니다."]),
        (["court"], (4,), "형사사건 기록 열람·등사 제한 통보",
         ["1. 현재 공판 진행 중인 사건의 증거기록 중 일부에 대하여 검사의 신청에 따라 열람·등사를 제한하였음을 통보합니다.",
          "2. 제한 기간은 증인신문 종료 시까지이며, 해당 기록은 재판 진행에 영향을 줄 우려가 있습니다."]),
        (["inst", "edu"], (5,), "국가기술자격 실기시험 출제위원 위촉 및 합숙 출제 계획",
         ["1. 2026년 제1회 실기시험 문제 출제를 위하여 합숙 출제를 실시합니다.",
          "2. 출제 장소, 기간, 위원 명단은 시험의 공정한 수행을 위하여 관계자 외에는 알리지 않으며, 출제위원은 합숙 기간 중 외부와 연락할 수 없습니다."]),
        (["fire", "corp"], (3,), "LNG 인수기지 비상대응 설비 배치 현황 통보",
         ["1. 인수기지 저장탱크 구역의 소화설비와 비상차단밸브 배치 현황을 붙임과 같이 통보합니다.",
          "2. 설비 위치가 공개될 경우 시설 파괴 시도에 악용되어 인근 주민의 생명과 재산을 위협할 수 있습니다."]),
        (["ministry"], (5,), "대외 통상협상 대응 방향 검토",
         ["1. 다음 달 개최 예정인 양자 통상협의에 앞서 품목별 양허 가능 범위와 우리 측 요구사항을 검토하였습니다.",
          "2. 검토 내용은 협상 진행 중인 의사결정 과정의 자료로서, 협상 종료 전까지 외부 유출을 엄금합니다."]),
        (["local"], (5, 8), "도시개발사업 후보지 사전 검토",
         ["1. 역세권 일원 3개 후보지에 대하여 도시개발구역 지정 가능성을 사전 검토하였습니다.",
          "2. 후보지 위치가 사전에 알려지면 토지 투기를 유발할 우려가 있어 검토 결과는 내부적으로만 활용합니다."]),
        (["police"], (4, 6), "실종아동 발견 및 가족 인계 경위 보고",
         ["1. 실종 신고된 아동 %s(9세)를 %s 소재 놀이터에서 발견하여 보호자 %s에게 인계하였기에 보고합니다." % (pname(r), r.choice(["노원구", "수성구", "덕진구"]), pname(r)),
          "2. 발견 당시 아동의 진술과 보호자 면담 내용은 사건 기록에 편철하였습니다."]),
    ]
    kinds, nums, title, body = opts[v % len(opts)]
    ag = agency(r, kinds)
    f = field_str(r, "non_public", nums, v)
    layout = LAYOUTS[(v * 5 + 2) % len(LAYOUTS)]
    d, cue = gongmun(r, ag, title, r.choice(["내부결재", "수신자 참조", "○○은행장(준법감시팀장)"]), body, None, f, layout)
    return res(d, "non_public", "none", list(nums) + ([6] if 6 in nums else []), "공문", "gyeolmun_field", LOC_OF[layout], cue,
               ["stated_field", "layout_" + layout])


def t_gm_mislabeled(r, v):
    ag = agency(r, [["local", "inst", "edu", "corp"][v % 4]])
    rows = [["연번", "성명", "주민등록번호", "지급은행", "계좌번호", "금액(원)"]]
    for i in range(r.randint(3, 5)):
        b, a = account(r)
        rows.append([str(i + 1), pname(r), rrn(r), b, a, format(r.randint(10, 90) * 10000, ",")])
    title = r.choice(["재난지원금 추가 지급 대상자 통보", "명예 감시원 활동수당 지급 요청", "학부모 모니터링단 위촉 수당 지급", "이주 정착금 지급 대상 확정 알림"])
    body = ["1. %s와 관련하여 다음 대상자에 대한 지급을 요청하오니 기한 내 처리하여 주시기 바랍니다." % title.split(" ")[0],
            "2. 대상자별 지급 내역은 아래와 같습니다."]
    ag2 = ag
    d = Doc(title)
    layout = ["std", "twocol", "older", "std"][v % 4]
    d0, cue = gongmun(r, ag2, title, "수신자 참조", body, None, "공개", layout)
    # insert the table before the closing "끝." line
    idx = [i for i, b in enumerate(d0.blocks) if b[0] == "p" and b[1].strip() == "끝."][0]
    d0.blocks[idx:idx] = [("tbl", rows)]
    return res(d0, "partial", "none", [6, "PIPA-24"], "공문", "gyeolmun_field", LOC_OF[layout], cue,
               ["stated_field", "t_mislabeled", "field_contradicts_content"])


def t_gm_mislabeled_health(r, v):
    ag = agency(r, [["local", "edu"][v % 2]])
    who = pname(r)
    diag = r.choice(["허리디스크(추간판 탈출증) 수술 후 재활", "우울증 및 불안장애", "갑상선암 수술 및 방사선 치료"])
    body = ["1. %s 소속 %s 주무관이 제출한 질병휴직 신청에 대하여 인사위원회 심의를 거쳐 다음과 같이 휴직을 명합니다." % (ag["dept"], who),
            "  가. 휴직 사유: %s" % diag,
            "  나. 휴직 기간: %s부터 6개월" % kdate(r, 2025, 2026),
            "2. 진단서(%s 병원 발급)와 의사 소견서는 인사기록에 편철합니다." % r.choice(["한빛", "세종", "중앙"])]
    d, cue = gongmun(r, ag, "질병휴직 명령", "내부결재", body, None, "공개", "std")
    return res(d, "non_public", "none", [6, "PIPA-23"], "인사", "gyeolmun_field", "gyeolmun", cue,
               ["stated_field", "field_contradicts_content"])


# --------------------------------------------------------------------------- templates: 비밀 / 대외비
STAMPS = {
    "III급": ["Ⅲ급비밀", "III급 비밀", "3급 비밀", "비밀(Ⅲ급)", "Ⅲ 급 비 밀", "Ⅲ급 비밀"],
    "II급": ["Ⅱ급비밀", "비밀(Ⅱ급)", "II급 비밀", "Ⅱ 급 비 밀", "2급 비밀"],
    "I급": ["Ⅰ급비밀", "I급 비밀", "Ⅰ 급 비 밀", "비밀(Ⅰ급)"],
}
ROMAN = {"III급": "Ⅲ급", "II급": "Ⅱ급", "I급": "Ⅰ급"}

SECRET_TOPICS = {
    "III급": [
        ((2,), "을지연습 기간 중 전시 직제 시행 세부계획",
         ["Ⅰ. 목적", "전시 전환 시 기관의 전시 직제를 신속히 가동하기 위하여 부서별 편성 인원과 비상 소집 절차를 정한다.",
          "Ⅱ. 편성", "○ 전시 상황실: 4개 반 28명(24시간 3교대)", "○ 대체 근무지: 제2청사 지하 1층(비상발전기 72시간 가동)",
          "Ⅲ. 소집 절차", "○ 1단계 경보 발령 시 상황실 요원 1시간 이내 응소, 2단계 시 전 직원 응소"]),
        ((2,), "통합방위 작전 협조 체계 정비",
         ["1. 관할 지역 향토예비군 및 경찰 작전부대와의 협조 체계를 다음과 같이 정비한다.",
          "2. 주요 통신망 두절 시 대체 연락 수단으로 무전 주파수 2개 채널을 지정하고, 협조 회의는 분기 1회 개최한다.",
          "3. 부대별 배치 좌표와 예비 집결지는 별지 지도에 표시하였다."]),
        ((3,), "국가중요시설 방호 인력 재배치 계획",
         ["1. 정수장 및 변전소 등 관내 국가중요시설 6개소의 외곽 경계 취약 시간대를 분석한 결과, 야간 순찰 공백이 확인되었다.",
          "2. 이에 청원경찰 근무조를 4조 3교대로 전환하고, 취약 지점 CCTV 11대를 추가 설치한다.",
          "3. 시설별 출입 통제선과 방호 인력 배치도는 붙임과 같다."]),
        ((2,), "비상대비 중점관리업체 동원 자원 현황",
         ["1. 전시 군수물자 생산을 위한 중점관리업체 지정 현황과 업체별 동원 가능 물량을 점검하였다.",
          "2. 동원 대상 차량·장비의 보관 장소와 인수 절차를 아래 표와 같이 정리하였다."]),
        ((2, 3), "대테러 경비 작전 계획(국제회의 기간)",
         ["1. 국제회의 기간 중 행사장 및 숙소 주변 경비 작전을 다음과 같이 수행한다.",
          "2. 경비 구역은 3선으로 구분하고, 각 선별 검문소 위치와 투입 병력은 별표와 같다.",
          "3. 드론 탐지 장비는 행사장 옥상 2개소에 설치하며 운용 주파수는 현장 지휘관이 관리한다."]),
    ],
    "II급": [
        ((2,), "암호자재 운용 및 긴급 파기 절차",
         ["1. 기관에 배정된 암호장비의 운용 책임자와 보관 장소를 지정하고, 비상시 긴급 파기 순서를 정한다.",
          "2. 파기 우선순위: 키 자재 → 운용 매뉴얼 → 장비 본체", "3. 파기 도구 보관함 위치와 개봉 권한자는 별지에 기재한다."]),
        ((2,), "국가 위기관리 대응 세부 매뉴얼(접경지역 포격 도발)",
         ["Ⅰ. 상황 판단 기준", "Ⅱ. 단계별 조치: 주민 대피 명령 발령 권한, 대피시설 개방 순서, 통신 두절 시 연락 체계",
          "Ⅲ. 유관기관 임무: 군·경찰·소방·지자체별 임무와 최초 보고 시간"]),
        ((2,), "해상 경계 작전 협조 회의 결과",
         ["1. 해군 및 해경과의 해상 경계 작전 협조 회의 결과 경비함정의 작전 구역 조정안에 합의하였다.",
          "2. 조정 구역 좌표와 함정별 배치 시간대는 별지와 같으며, 차기 회의는 다음 분기에 개최한다."]),
    ],
    "I급": [
        ((2,), "전시 정부 기능 유지 및 소산 계획",
         ["1. 전시 중앙행정기관의 기능 유지를 위한 소산 지역, 이동 경로, 소산 순서를 정한다.",
          "2. 소산 지역별 수용 인원과 지휘통신 체계는 별지 1, 2와 같다.", "3. 본 계획은 지정된 인가자만 열람할 수 있다."]),
        ((2,), "국가 지휘통신망 예비 운용 계획",
         ["1. 주 지휘통신망이 마비될 경우에 대비하여 예비 통신망의 전환 절차와 운용 요원을 지정한다.",
          "2. 예비 중계소 위치와 전환 암호는 별도 봉투로 관리한다."]),
    ],
}


def yegomun(r, level):
    y = r.randint(2027, 2031)
    rom = ROMAN[level]
    forms = [
        "예고문: %d. 12. 31.까지 %s비밀, 이후 일반문서로 재분류" % (y, rom),
        "예 고 문 : %d.%02d.%02d. 일반문서로 재분류" % (y, r.randint(1, 12), r.randint(1, 28)),
        "(예고문) 보호기간 %d. 6. 30.  만료 후 파기" % y,
        "예고문 - 작전 종료 시 파기 / 원본 보존, 사본 회수 후 파기",
        "예고문: %d년 %d월 %d일 %s로 재분류" % (y, r.randint(1, 12), r.randint(1, 28), "Ⅲ급비밀" if level != "III급" else "일반문서"),
    ]
    return r.choice(forms)


def copyno(r):
    n = r.randint(3, 9)
    k = r.randint(1, n)
    return r.choice(["사본번호 %d/%d" % (k, n), "사본 번호: 제%d호" % k, "사본 %d of %d" % (k, n), "(사본번호 : %d)" % k,
                     "사본번호 %d번 (총 %d부)" % (k, n)])


def t_secret(r, v, level):
    topics = SECRET_TOPICS[level]
    nums, title, body = topics[v % len(topics)]
    ag = agency(r, ["ministry", "local", "police", "corp", "fire"] if 3 in nums else ["ministry", "local", "police"])
    stamp = STAMPS[level][v % len(STAMPS[level])]
    yg = yegomun(r, level)
    cp = copyno(r)
    d = Doc(title)
    mode = v % 4
    # where the stamp sits
    if mode in (0, 1):
        d.header = stamp
        d.footer = stamp + ("  - {page} -" if mode == 0 else "")
        loc = "header_footer"
    elif mode == 2:
        d.box(stamp + "\n" + cp)
        loc = "textbox"
    else:
        d.p(stamp)
        loc = "first_last_line"
    if mode != 2:
        d.p(cp)
    d.p(title, "", "%s  %s" % (ag["name"], ag["dept"]), kdate(r, 2023, 2026), "")
    d.p(*body)
    if "표" in "".join(body) or v % 3 == 0:
        d.tbl([["구분", "인원/수량", "위치", "비고"], ["제1반", str(r.randint(4, 20)), "지하 %d층" % r.randint(1, 3), "상시"],
               ["제2반", str(r.randint(4, 20)), "별관 %d층" % r.randint(1, 5), "교대"], ["예비", str(r.randint(2, 9)), "대체 근무지", "응소 시"]])
    d.p("", yg)
    if mode == 3:
        d.p(stamp)
    return res(d, "non_public", level, [1] + list(nums), "비밀문서", "marking_stamp", loc, stamp,
               ["yegomun", "copy_number"])


def t_secret_III(r, v):
    return t_secret(r, v, "III급")


def t_secret_II(r, v):
    return t_secret(r, v, "II급")


def t_secret_I(r, v):
    return t_secret(r, v, "I급")


DAEOEBI_STAMPS = ["대 외 비", "[대외비]", "《대외비》", "{y}. 12. 31.까지 대외비", "대외비(보호기간: {y}. 6. 30.까지)",
                  "보안등급: 대외비", "대외비 ｜ 열람 후 회수", "대외비", "< 대 외 비 >"]


def t_daeoebi(r, v):
    who1, who2 = pname(r), pname(r)
    opts = [
        (["ministry", "local"], (5,), "감사", "2026년 기관 종합감사 착안사항",
         ["1. 종합감사 대상 부서별 중점 착안사항을 다음과 같이 정리하였다.",
          "  ○ 계약 부서: 동일 업체 반복 수의계약(연 5회 이상) 여부", "  ○ 복지 부서: 사망자 급여 지급 정지 누락",
          "  ○ 인사 부서: 특정 직위 장기 보직 및 근무성적평정 조정 경위",
          "2. 착안사항은 감사 실시 전 피감 부서에 알려지지 않도록 한다."]),
        (["police"], (3,), "경비", "대규모 집회 대비 경력 배치 계획",
         ["1. 주말 도심 집회에 대비하여 기동대 12개 중대를 배치한다.", "2. 중대별 배치 지점과 차벽 설치 구간, 예비대 대기 장소는 별지 배치도와 같다.",
          "3. 배치 계획이 사전에 노출되면 시민 안전 확보에 차질이 생길 수 있다."]),
        (["police"], (4,), "수사", "보이스피싱 조직 수사 진행 상황 보고",
         ["1. 콜센터 총책 A와 조직원 6명에 대한 수사 진행 상황을 보고한다.", "2. 현재 자금세탁 계좌 14개에 대한 압수수색영장을 신청하였으며, 해외 공범에 대한 국제공조를 요청 중이다.",
          "3. 향후 검거 일정은 보안을 유지한다."]),
        (["local"], (5, 8), "개발", "개발제한구역 조정 후보지 검토 결과",
         ["1. 산업단지 조성을 위한 개발제한구역 해제 후보지 3곳을 비교 검토하였다.", "2. 후보지 A(약 42만㎡)는 접근성이 우수하나 환경평가 1등급지가 일부 포함되어 있다.",
          "3. 후보지 위치가 알려질 경우 지가 상승과 투기 수요가 예상되므로 관계 부서 외 배포를 금한다."]),
        (["inst", "ministry"], (5,), "시험", "공개경쟁채용시험 문제지 인쇄 및 수송 보안 대책",
         ["1. 문제지 인쇄는 보안 인쇄소에서 시험 5일 전부터 합숙으로 진행한다.", "2. 수송은 시험지구별로 경찰 호송 하에 실시하며, 보관 금고의 열쇠는 2인이 분리 보관한다."]),
        (["corp"], (3,), "시설", "공항 보안검색 장비 배치 및 취약점 개선",
         ["1. 출국장 보안검색대 CT 장비의 배치 현황과 점검에서 발견된 탐지 취약 유형을 정리하였다.", "2. 취약 유형별 보완 교육은 다음 달까지 완료한다."]),
        (["ministry"], (5, 6), "인사", "고위공무원 인사 검증 동향",
         ["1. 차기 실장급 후보자 %s, %s에 대한 검증 진행 상황을 보고한다." % (who1, who2),
          "2. %s 후보자는 배우자 명의 토지 거래 경위에 대한 소명을 요청하였다." % who1]),
        (["corp"], (5,), "노사", "임금 교섭 대응 방향",
         ["1. 노동조합의 임금 인상 요구(7.2%)에 대하여 단계별 제시안을 마련하였다.", "2. 1차 제시안 2.1%, 최종 수용 한도 3.5%로 하며, 한도는 교섭위원 외에 알리지 않는다."]),
        (["local", "inst"], (6, "PIPA-23"), "방역", "감염병 집단 발생 역학조사 중간 결과",
         ["1. 관내 요양병원 집단 감염의 역학조사 중간 결과를 보고한다.",
          "2. 지표 환자 %s(78세, 입원 중)는 기저질환으로 당뇨와 만성신부전을 앓고 있으며, 동일 병실 입원자 %s도 확진되었다." % (who1, who2)]),
        (["ministry", "corp"], (5,), "계약", "대형 공사 입찰 예정가격 산정 검토",
         ["1. 하수처리시설 증설공사의 기초금액 대비 예정가격 산정 방식을 검토하였다.", "2. 복수예비가격 범위는 ±2%로 하고, 세부 산정 근거는 입찰 종료 후에도 별도 보관한다."]),
    ]
    kinds, nums, g, title, body = opts[v % len(opts)]
    ag = agency(r, kinds)
    stamp = DAEOEBI_STAMPS[v % len(DAEOEBI_STAMPS)].replace("{y}", str(r.randint(2026, 2029)))
    d = Doc(title)
    mode = (v // 2) % 4
    if mode == 0:
        d.header = stamp
        d.footer = stamp
        loc = "header_footer"
    elif mode == 1:
        d.p(stamp)
        loc = "first_line"
    elif mode == 2:
        d.box(stamp)
        loc = "textbox"
    else:
        d.footer = "%s  %s  |  %s" % (ag["name"], ag["dept"], stamp)
        loc = "footer"
    d.p(title, "%s %s  %s" % (ag["name"], ag["dept"], kdate(r, 2024, 2026)), "")
    d.p(*body)
    if v % 3 == 1:
        d.tbl([["구분", "내용", "담당"], ["1단계", "현황 파악", ag["dept"]], ["2단계", "대응 조치", ag["dept"]]])
    if mode == 1 and v % 2:
        d.p("", stamp)
    return res(d, "non_public", "대외비", list(nums), "대외비 보고", "marking_stamp", loc, stamp, ["daeoebi"])


# --------------------------------------------------------------------------- contracts / procurement
def t_contract_cost(r, v):
    ag = agency(r, ["corp", "ministry", "inst", "local"])
    co = r.choice(COMPANIES)
    d = Doc("계약 체결 결과")
    item = r.choice(["배수지 원격감시 설비 교체", "민원 콜센터 시스템 고도화", "가로등 LED 교체", "전산장비 통합 유지보수"])
    amt = r.randint(80, 900) * 1000000
    d.p("%s 사업 계약 체결 결과 보고" % item, "%s %s" % (ag["name"], ag["dept"]), "")
    d.p(r.choice(["1. 입찰 결과 적격심사를 통과한 업체와 다음과 같이 계약을 체결하였습니다.",
                  "가. 협상 대상자와의 기술·가격 협상을 거쳐 아래와 같이 계약하였음."]))
    d.tbl([["구분", "내용"], ["계약상대자", co], ["계약금액", format(amt, ",") + "원"], ["계약방법", r.choice(["제한경쟁(적격심사)", "협상에 의한 계약", "수의계약(1인 견적)"])],
           ["공급원가 내역", "별첨(업체 영업비밀 요청)"]])
    lines = [("붙임 2. 업체 제출 단가 산출서 1부(영업상 비밀로 비공개).", "attachment_line"),
             ("※ 붙임 산출내역서는 계약상대자의 노무비 단가와 이윤율이 포함되어 있어 공개 대상에서 제외합니다.", "withheld_sentence"),
             ("붙임  1. 계약서 1부.  2. 원가계산서 1부(비공개-영업비밀).  끝.", "attachment_line"),
             ("다만, 세부 원가계산서는 정보공개법 제9조 제1항 제7호에 해당하여 공개하지 아니함.", "art9_citation")]
    ln, loc = lines[v % len(lines)]
    d.p("", "2. 계약 이행 기간 중 월별 공정 보고를 받아 관리하겠습니다.", "", ln)
    return res(d, "partial", "none", [7], "계약", "withheld_part", loc, ln, ["trade_secret"])


def t_tech_eval(r, v):
    ag = agency(r, ["ministry", "corp", "inst"])
    names = [pname(r) for _ in range(5)]
    d = Doc("기술평가 결과")
    d.p(r.choice(["제안서 기술평가 결과 보고", "기술협상 적격자 선정을 위한 평가 결과"]), ag["name"] + " " + ag["dept"], "")
    d.p("1. 평가 개요: %s 외부 평가위원 5인이 제안서 발표와 질의응답을 거쳐 정량·정성 평가를 실시함." % kdate(r, 2024, 2026))
    rows = [["평가위원", "소속", "연락처"]]
    for n in names:
        rows.append([n, r.choice(["○○대학교 교수", "△△연구원 책임연구원", "기술사사무소 대표", "□□대학교 부교수"]), phone(r)])
    d.tbl(rows)
    d.p("2. 업체별 점수")
    cs = r.sample(COMPANIES, 3)
    d.tbl([["업체", "기술점수", "가격점수", "합계"]] + [[c, "%.2f" % r.uniform(60, 88), "%.2f" % r.uniform(10, 20), ""] for c in cs])
    d.p("3. 1순위 업체가 제안한 핵심 알고리즘 구조와 장비 사양은 업체의 기술상 비밀에 해당하므로 요약본만 첨부함.")
    return res(d, "partial", "none", [6, 7], "계약", "content_only", "table", names[0], ["content_only", "trade_secret"])


def t_trade_secret(r, v):
    co = r.choice(COMPANIES)
    ag = agency(r, ["ministry", "inst", "local"])
    opts = [
        ("기술자료 임치 확인서", ["임치기업: %s" % co, "임치물: 반도체 세정액 배합비 및 공정 온도 프로파일(버전 4.2)",
                            "세부 배합: 불산 %.1f%%, 과산화수소 %.1f%%, 계면활성제 첨가 순서 B→A→C" % (r.uniform(0.5, 3), r.uniform(4, 9)),
                            "위 기술자료는 「대·중소기업 상생협력 촉진에 관한 법률」에 따라 임치되었으며, 임치기업의 동의 없이 열람할 수 없습니다."]),
        ("배출시설 설치허가 신청 첨부 공정도", ["신청인: %s" % co, "공정 조건: 반응기 온도 %d℃, 압력 %.1f bar, 촉매 투입량 %dkg/batch" % (r.randint(180, 320), r.uniform(2, 9), r.randint(20, 90)),
                                     "원료 조성과 공정 조건은 신청 업체가 영업비밀로 지정하여 제출한 자료입니다."]),
        ("신제품 원가 구조 자료(보조금 심사 제출)", ["제출업체: %s" % co, "제품별 재료비율 %d%%, 가공비 %d%%, 목표 이익률 %d%%" % (r.randint(40, 60), r.randint(15, 30), r.randint(8, 19)),
                                        "주요 거래처별 납품 단가표 및 향후 3년 증설 계획 포함"]),
    ]
    title, lines = opts[v % len(opts)]
    d = Doc(title)
    d.p(title, "")
    d.p(*lines)
    d.p("", "접수기관: %s %s" % (ag["name"], ag["dept"]))
    return res(d, "non_public", "none", [7], "영업비밀", "content_only", "body", lines[1], ["content_only", "trade_secret"])


def t_bid_notice(r, v):
    ag = agency(r, ["corp", "ministry", "local", "inst", "edu"])
    d = Doc("입찰 공고")
    no = "%s-%d" % (ag["name"][:2], r.randint(100, 999))
    item = r.choice(["청사 시설관리 용역", "통합 보안관제 서비스", "학교 급식실 환기설비 개선공사", "하수관로 정비 실시설계 용역"])
    d.p("%s 공고 제%d-%d호" % (ag["name"], r.randint(2024, 2026), r.randint(10, 700)), "", "%s 입찰 공고" % item, "")
    d.p("1. 입찰에 부치는 사항", "  가. 사업명: %s" % item, "  나. 추정가격: %s원(부가세 별도)" % format(r.randint(100, 3000) * 1000000, ","),
        "2. 입찰 참가자격: 「국가를 당사자로 하는 계약에 관한 법률 시행령」 제12조의 요건을 갖춘 자",
        "3. 제안서 작성 유의사항",
        r.choice(["  제안서 중 영업상 비밀에 해당하는 부분은 제안사가 표지에 명시하여야 하며, 명시된 부분은 평가 목적 외로 사용하지 않고 정보공개 청구 시 비공개 여부를 제안사와 협의합니다.",
                  "  제출 서류에 대외비 또는 영업비밀로 표시된 부분이 있으면 그 범위를 목록으로 제출하여 주시기 바랍니다. 표시가 없는 부분은 정보공개법에 따라 공개될 수 있습니다."]),
        "4. 기타 자세한 사항은 나라장터 공고문을 참조하시기 바랍니다.", "", kdate(r, 2025, 2026), ag["head"])
    return res(d, "public", "none", [], "공고", "mention_only", "body", "영업", ["mention_only"])


def t_sole_contract(r, v):
    ag = agency(r, ["local", "edu", "inst"])
    who = pname(r)
    b, a = account(r)
    d = Doc("용역 계약서")
    d.p(r.choice(["물품 구매 계약서", "강의 용역 계약서", "소규모 수선 공사 계약서"]), "")
    d.p("발주기관(갑): %s" % ag["name"], "계약상대자(을): %s (개인사업자)" % who,
        "  주민등록번호: %s" % rrn(r), "  주소: %s" % home_addr(r), "  연락처: %s" % phone(r),
        "  대금 지급 계좌: %s %s (예금주 %s)" % (b, a, who), "")
    d.p("제1조(목적) 갑은 을에게 아래 용역을 의뢰하고 을은 이를 성실히 수행한다.",
        "제2조(계약금액) 금 %s원정" % format(r.randint(2, 40) * 100000, ","),
        "제3조(대금 지급) 갑은 검수 완료 후 14일 이내에 을이 지정한 계좌로 대금을 지급한다.", "", kdate(r, 2024, 2026))
    return res(d, "partial", "none", [6, "PIPA-24"], "계약", "content_only", "body", "주민등록번호", ["content_only", "unmasked_id"])


# --------------------------------------------------------------------------- minutes
def t_minutes_open(r, v):
    ag = agency(r, ["local", "edu", "inst", "ministry"])
    com = r.choice(["지역보건의료심의위원회", "도시경관위원회", "학교급식위원회", "정보공개심의회", "교통안전협의회"])
    d = Doc(com + " 회의록")
    d.header = "%s  |  %s 회의록" % (ag["name"], com)
    d.p("%s 제%d차 회의록" % (com, r.randint(1, 12)), "", "○ 일시: %s 14:00~16:10" % kdate(r, 2024, 2026), "○ 장소: %s 소회의실" % ag["name"],
        "○ 참석: 위원장 포함 위원 %d명(재적 %d명), 간사 %s 1명" % (r.randint(7, 10), r.randint(11, 15), ag["dept"]), "")
    d.p("1. 개회 선언 및 성원 보고", "  간사가 재적위원 과반수 출석으로 회의가 성립되었음을 보고함.",
        "2. 안건 심의", "  제1호 안건: %s" % r.choice(["2026년 시행계획(안)", "세부 운영기준 개정(안)", "지난 회의 지적사항 조치 결과"]),
        "  - 위원 A: 사업별 성과지표가 투입 위주로 되어 있어 결과 지표를 보완할 필요가 있음.",
        "  - 위원 B: 주민 의견 수렴 절차를 온라인으로도 병행하기를 바람.",
        "  → 원안 가결(수정 의견 반영)",
        "3. 기타", "  본 회의록은 회의 공개 원칙에 따라 누리집에 게시함.")
    if com == "정보공개심의회":
        d.p("  참고로 이번에 심의한 청구 3건 중 2건은 부분공개(6), 1건은 비공개(제9조 제1항 제5호)로 의결하였음.")
    return res(d, "public", "none", [], "회의록", "mention_only" if com == "정보공개심의회" else "none", "body", "회의록", ["open_minutes"])


def t_minutes_closed(r, v):
    ag = agency(r, ["local", "edu", "inst", "corp", "ministry"])
    who = pname(r)
    opts = [
        ("인사위원회", (5, 6), ["제1호 안건: 지방공무원 %s(행정7급)에 대한 징계 의결 요구의 건" % who,
                           "  - 위원장: 당사자의 소명과 감사 결과를 종합할 때 성실의무 위반은 인정된다고 보임.",
                           "  - 위원 C: 초과근무 부당 수령액을 전액 반납한 점을 감경 사유로 고려해야 함.",
                           "  → 표결 결과 '견책'으로 의결(찬성 5, 반대 2)"]),
        ("계약심의위원회", (5,), ["제1호 안건: 폐기물 처리 용역 입찰 참가자격 제한 여부",
                             "  - 위원 A: 지난해 계약 이행 중 과태료 처분을 받은 업체의 참가를 제한할 근거가 충분함.",
                             "  - 위원 D: 제한 시 경쟁이 제한되어 예정가격 상승이 우려됨.",
                             "  → 결정 보류, 법률 자문 후 재심의"]),
        ("학교폭력대책심의위원회", (6,), ["심의 사안: %s 학생(2학년)의 관련 학생에 대한 언어폭력 및 따돌림" % who,
                                    "  - 피해 학생 보호자 진술: 3개월간 단체 대화방에서 지속적 모욕",
                                    "  → 조치: 서면사과, 학급교체, 특별교육 4시간"]),
        ("예산 편성 조정회의", (5,), ["안건: 2027년 예산안 부서별 조정 방향",
                                 "  - 기획조정실장: 세수 감소로 경상경비 10% 일괄 감액이 불가피함.",
                                 "  - 복지국장: 기초연금 지방비 부담분은 감액 대상에서 제외해야 함.",
                                 "  → 조정안 확정 전까지 부서 간 협의 내용은 외부에 공개하지 않기로 함"]),
    ]
    com, nums, lines = opts[v % len(opts)]
    d = Doc(com + " 회의록")
    close = r.choice(["※ 본 회의는 관련 규정에 따라 비공개로 진행되었음.", "[비공개 회의]", "회의 공개 여부: 비공개",
                      "이 회의록은 위원회 의결로 공개하지 아니한다."])
    d.p("%s 회의록" % com, close, "", "○ 일시: %s" % kdate(r, 2024, 2026), "○ 참석: 위원 %d명" % r.randint(5, 9), "")
    d.p(*lines)
    return res(d, "non_public", "none", list(nums), "회의록", "closed_session", "first_lines", close, ["closed_session"])


def t_minutes_mixed(r, v):
    ag = agency(r, ["local", "ministry", "inst", "court"])
    d = Doc("위원회 회의록")
    com = r.choice(["지방재정투자심사위원회", "공공건축심의위원회", "산업재해보상보험심사위원회", "조정위원회"])
    d.p("%s 회의 결과" % com, "%s  %s" % (ag["name"], kdate(r, 2024, 2026)), "")
    d.p("1. 공개 안건", "  가. 심사 기준 개정(안): 원안 의결", "  나. 하반기 심사 일정: 11월 둘째 주 개최로 확정", "")
    notes = [("2. 비공개 안건 (제3호 안건은 의사결정 과정에 있어 회의록에서 제외함)", 5),
             ("2. 제3호 안건(심의 중인 사업의 타당성 평가)은 비공개로 진행되어 별도 회의록으로 관리함", 5),
             ("※ 제2호 안건의 신청인 인적사항과 재해 경위는 개인정보 보호를 위해 이 결과 공개본에서 삭제함", 6),
             ("2. 비공개 안건: 진행 중인 소송 대응 방안(1건) - 내용 생략", 4)]
    ln, n = notes[v % len(notes)]
    d.p(ln)
    return res(d, "partial", "none", [n], "회의록", "withheld_part", "body", ln, ["closed_session_part"])


# --------------------------------------------------------------------------- content-only personal records
def t_welfare(r, v):
    ag = agency(r, ["local"])
    who = pname(r)
    d = Doc("복지 대상자 기록")
    if v % 3 == 0:
        d.p("기초생활보장 급여 결정 통지서", "", "성명: %s" % who, "주소: %s" % home_addr(r),
            "가구원 수: %d명 (본인, 자녀 %d)" % (r.randint(2, 4), r.randint(1, 3)),
            "소득인정액: 월 %s원" % format(r.randint(30, 90) * 10000, ","),
            "결정 내용: 생계급여 및 의료급여(1종) 수급자로 결정", "", ag["head"])
        reasons = [6]
    elif v % 3 == 1:
        d.p("통합사례관리 회의 자료", "", "대상자: %s(%d세), %s" % (who, r.randint(40, 85), home_addr(r)),
            "주요 문제: 채무 약 %d천만 원, 알코올 사용장애 치료 중단, 자녀 등교 거부" % r.randint(2, 9),
            "건강 상태: 고혈압, 우울 증상(정신건강복지센터 연계 필요)",
            "개입 계획: 신용회복위원회 채무조정 연계, 주 1회 가정 방문", "", "작성: %s %s" % (ag["name"], ag["dept"]))
        reasons = [6, "PIPA-23"]
    else:
        d.p("긴급복지지원 사례 검토표", "")
        d.tbl([["성명", "생년월일", "위기 사유", "지원 내용"],
               [who, "%d. %d. %d." % (r.randint(1950, 1990), r.randint(1, 12), r.randint(1, 28)), "주소득자 실직", "생계비 3개월"],
               [pname(r), "%d. %d. %d." % (r.randint(1950, 1990), r.randint(1, 12), r.randint(1, 28)), "화재로 주거 상실", "주거지원"]])
        reasons = [6]
    return res(d, "non_public", "none", reasons, "복지", "content_only", "body", who, ["content_only"])


def t_health_leave(r, v):
    ag = agency(r, ["ministry", "local", "edu", "police", "fire"])
    who = pname(r)
    diag = r.choice(["요추 추간판 탈출증", "주요우울장애", "유방암(2기)", "뇌경색 후 재활", "공황장애"])
    d = Doc("병가 승인")
    forms = [
        ["병가(질병휴직) 승인 결과", "", "소속: %s %s" % (ag["name"], ag["dept"]), "성명: %s" % who,
         "진단명: %s" % diag, "기간: %s ~ 90일" % kdate(r, 2024, 2026), "첨부: 진단서 1부"],
        ["%s 소속 %s 씨는 %s 진단을 받아 장기 치료가 필요하다는 주치의 소견에 따라 질병휴직을 신청하였으며, 인사담당 부서 검토 결과 요건을 충족하여 승인함." % (ag["dept"], who, diag)],
    ]
    d.p(*forms[v % 2])
    return res(d, "non_public", "none", [6, "PIPA-23"], "인사", "content_only", "body", diag, ["content_only"])


def t_disciplinary(r, v):
    ag = agency(r, ["ministry", "local", "edu", "police", "corp"])
    who = pname(r)
    d = Doc("징계의결서")
    crim = v % 2 == 0
    d.p("징 계 의 결 서" if v % 3 else "징계 의결서", "")
    d.tbl([["소속", ag["dept"]], ["직위(급)", r.choice(["행정6급", "주무관", "경사", "대리"])], ["성명", who],
           ["의결 주문", r.choice(["정직 2개월", "감봉 3개월", "견책"])]])
    if crim:
        d.p("이유: 위 사람은 %s 혈중알코올농도 0.%03d%% 상태로 승용차를 운전하다 적발되어 벌금 %d만 원의 약식명령이 확정되었다." % (kdate(r, 2023, 2025), r.randint(80, 180), r.randint(5, 15) * 100))
        reasons = [6, "PIPA-23"]
    else:
        d.p("이유: 위 사람은 하급 직원에게 반복적으로 모욕적 언행을 하여 품위유지의 의무를 위반하였다.")
        reasons = [6]
    d.p("", kdate(r, 2024, 2026), "%s 인사위원회" % ag["name"])
    return res(d, "non_public", "none", reasons, "인사", "content_only", "table", who, ["content_only"])


def t_roster(r, v):
    ag = agency(r, ["local", "edu", "inst"])
    title = r.choice(["경로당 회원 명부", "장학생 선발자 명단", "주민자치회 위원 신청자 명단", "마을버스 무료승차 대상자 명단", "방과후 돌봄 신청 아동 명단"])
    full = v % 2 == 0
    rows = [["연번", "성명", "주민등록번호" if full else "생년월일", "주소", "연락처"]]
    for i in range(r.randint(4, 6)):
        rows.append([str(i + 1), pname(r), rrn(r) if full else rrn(r, True), home_addr(r), phone(r)])
    d = Doc(title)
    d.p("%s (%s)" % (title, ag["name"]), "")
    d.tbl(rows)
    reasons = [6, "PIPA-24"] if full else [6]
    return res(d, "non_public", "none", reasons, "명단", "content_only", "table", rows[1][1],
               ["content_only"] + (["unmasked_id"] if full else ["masked_id"]))


def t_investigation(r, v):
    ag = agency(r, ["police", "local", "ministry", "inst"])
    who = pname(r)
    d = Doc("수사의뢰")
    if v % 2:
        d.p("수 사 의 뢰 서", "", "피의뢰인: %s (%s)" % (who, home_addr(r)),
            "의뢰 내용: 보조금 %s원을 허위 인건비 청구로 편취한 혐의" % format(r.randint(10, 90) * 1000000, ","),
            "의뢰 사유: 자체 감사 결과 허위 근로계약서 7건 확인, 관련 증빙 첨부", "", ag["head"])
    else:
        d.p("%s 관련 내사 진행 보고" % r.choice(["불법 촬영", "스토킹", "횡령"]), "",
            "대상자 %s에 대하여 피해자 진술을 확보하였고, 휴대전화 포렌식 결과를 기다리고 있음. 추가 피해자 존재 여부를 확인 중." % who)
    return res(d, "non_public", "none", [4, 6], "수사", "content_only", "body", who, ["content_only"])


def t_union(r, v):
    ag = agency(r, ["corp", "local"])
    d = Doc("조합비 공제 명단")
    d.p("%s 노동조합 조합비 급여공제 명단(%d월)" % (ag["name"], r.randint(1, 12)), "")
    d.tbl([["사번", "성명", "부서", "공제액"]] + [["%06d" % r.randint(100000, 999999), pname(r), ag["dept"], "%s원" % format(r.randint(15, 40) * 1000, ",")] for _ in range(4)])
    return res(d, "non_public", "none", [6, "PIPA-23"], "명단", "content_only", "table", "조합비", ["content_only"])


def t_exam(r, v):
    ag = agency(r, ["inst", "edu", "ministry"])
    subj = r.choice(["행정법", "전기기사 실기", "중학교 2학년 과학 기말고사", "소방설비기사 필기"])
    d = Doc("시험 문제")
    d.header = r.choice(["출제 원안", "%s 시험 문제(시행 전)" % subj, "검토용 문제지 - 회수"])
    d.p("%s 문제" % subj, "")
    d.p("1. 다음 중 옳지 않은 것은?", "  ① 행정행위의 공정력은 ...  ② ...  ③ ...  ④ ...",
        "2. 그림과 같은 회로에서 합성 저항을 구하시오. (5점)", "정답 및 배점: 1-③, 2-12Ω")
    return res(d, "non_public", "none", [5], "시험", "content_only", "header", d.header, ["content_only"])


def t_land_dev(r, v):
    ag = agency(r, ["local", "corp"])
    d = Doc("개발 후보지")
    d.p("공공주택지구 후보지 내부 검토", "", "후보지: %s 일원 약 %d만㎡" % (ag["name"], r.randint(30, 200)),
        "토지 소유 현황: 국공유지 %d%%, 사유지 %d%%" % (r.randint(10, 40), r.randint(60, 90)),
        "향후 일정: 주민공람 전까지 후보지 위치 비공개 유지, 발표 시점 관계기관 협의 중")
    return res(d, "non_public", "none", [5, 8], "도시계획", "content_only", "body", "후보지", ["content_only"])


def t_fire_invest(r, v):
    ag = agency(r, ["fire"])
    who = pname(r)
    d = Doc("화재 조사 결과")
    d.p("화재현장 조사 결과 보고", "%s %s" % (ag["name"], ag["dept"]), "")
    d.p("1. 발생 일시: %s 02:14경" % kdate(r, 2024, 2026), "2. 장소: %s" % home_addr(r),
        "3. 인명 피해: 거주자 %s(%d세) 연기 흡입으로 병원 이송" % (who, r.randint(20, 80)),
        "4. 발화 원인: 전기적 요인(멀티탭 과부하) 추정", "5. 재산 피해: 약 %s원" % format(r.randint(5, 80) * 1000000, ","))
    return res(d, "partial", "none", [6], "소방", "content_only", "body", who, ["content_only"])


def t_court_internal(r, v):
    ag = agency(r, ["court"])
    who = pname(r)
    d = Doc("사건 보고")
    d.p("재판 진행 중 사건 내부 보고", "", "사건: %d고합%d 특정경제범죄가중처벌등에관한법률위반(사기)" % (r.randint(2024, 2026), r.randint(100, 999)),
        "피고인: %s" % who, "현재 상황: 증인 4명 신문 예정, 피해자 측 엄벌 탄원서 다수 접수",
        "재판장 메모: 선고 기일 지정 전 합의부 평의 예정")
    return res(d, "non_public", "none", [4, 6], "법원", "content_only", "body", who, ["content_only"])


def t_civil_reply(r, v):
    ag = agency(r, ["local", "local", "corp", "inst"])
    who = pname(r)
    d = Doc("민원 회신")
    openers = ["%s 님, 안녕하십니까? %s입니다." % (who, ag["name"]),
               "귀하(%s)께서 국민신문고를 통해 제출하신 민원에 대한 답변입니다." % who,
               "%s 귀하" % who]
    d.p(openers[v % 3], "")
    d.p(r.choice(["귀하께서 %s 주변 불법 주정차로 통학로가 위험하다고 하신 내용은 현장 확인 결과 사실로 확인되어, 단속 카메라 설치를 다음 분기 예산에 반영하겠습니다.",
                  "귀하의 주소지(%s) 앞 보도블록 파손은 관할 도로관리 부서에 이관하여 이달 중 보수할 예정입니다.",
                  "요청하신 %s 일대 가로등 증설은 전력 공급 여건을 검토한 뒤 결과를 다시 알려 드리겠습니다."]) % home_addr(r),
        "추가 문의는 담당 부서로 연락 주시기 바랍니다.", "", "%s %s" % (ag["name"], ag["dept"]))
    return res(d, "partial", "none", [6], "민원", "content_only", "body", who, ["content_only"])


# --------------------------------------------------------------------------- mention-only / public look-alikes
def t_guide_daeoebi(r, v):
    ag = agency(r, ["ministry", "inst", "local", "corp"])
    d = Doc("보안업무 안내")
    d.header = "%s 보안업무 길라잡이" % ag["name"]
    d.p(r.choice(["신규 직원을 위한 비밀·대외비 취급 요령", "알기 쉬운 문서 보안 관리 안내", "보안업무 실무 Q&A"]), "")
    qa = [
        "Q. 대외비는 비밀인가요?",
        "A. 대외비는 비밀은 아니지만 비밀에 준하여 보호가 필요한 사항으로, 문서 상단과 하단 가운데에 '대외비' 표시를 하고 보호기간을 적습니다.",
        "Q. Ⅰ급, Ⅱ급, Ⅲ급 비밀은 어떻게 다른가요?",
        "A. 누설될 경우 국가안전보장에 미치는 영향의 정도에 따라 구분합니다. 비밀에는 예고문(보호기간 만료 후 재분류 또는 파기 시기)을 기재하고, 사본을 만들 때에는 사본번호를 매깁니다.",
        "Q. 예고문은 어디에 적나요?",
        "A. 통상 문서 끝부분에 '예고문: ○○○○. ○○. ○○.까지 Ⅲ급비밀, 이후 일반문서로 재분류'와 같이 적습니다.",
        "Q. 비밀번호를 메모지에 적어 모니터에 붙여도 되나요?", "A. 안 됩니다. 보안 점검 시 지적 대상입니다."]
    k = v % 3
    d.p(*qa[k * 2:] + qa[:k * 2])
    d.p("", "이 안내서는 누구나 열람할 수 있도록 누리집에 게시합니다.")
    return res(d, "public", "none", [], "안내", "mention_only", "body", "대외비", ["mention_only"])


def t_info_guide(r, v):
    ag = agency(r, ["ministry", "local", "inst", "edu"])
    d = Doc("정보공개 업무 안내")
    d.p("정보공개 업무 처리 안내(%s)" % ag["name"], "")
    d.p("1. 공문서 결문에는 공개 여부를 반드시 표시합니다. 예) 공개 / 부분공개(6) / 비공개(제9조 제1항 제5호)",
        "2. 여러 호에 해당하면 '부분공개(5,6)'처럼 호 번호를 모두 적습니다.",
        "3. 보고서 표지 서식의 공개여부 란은 다음과 같이 표시합니다.", "   □공개  ■부분공개  □비공개   ← (작성 예시)",
        "4. 법 제9조①5(의사결정 과정 또는 내부검토 과정)에 해당한다는 이유만으로 일률적으로 비공개하지 않도록 유의합니다.",
        "5. 「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호 라목에 따라 직무를 수행한 공무원의 성명·직위는 공개합니다.")
    d.p("", r.choice(["문의: %s %s" % (ag["name"], ag["dept"]), "이 자료는 공개 자료입니다.", "※ 작성 예시에 표시된 공개구분은 실제 문서의 공개 여부가 아님"]))
    return res(d, "public", "none", [], "안내", "mention_only", "body", "부분공개(6)", ["mention_only", "quoted_field"])


def t_password(r, v):
    ag = agency(r, ["ministry", "local", "edu", "corp", "inst", "court"])
    d = Doc("비밀번호 변경 안내")
    d.p(r.choice(["업무포털 비밀번호 정기 변경 안내", "[알림] 행정전자서명(GPKI) 인증서 비밀번호 관리", "내부망 PC 비밀번호 설정 기준 강화"]), "")
    d.p("보안 정책에 따라 %s부터 비밀번호는 9자리 이상(영문·숫자·특수문자 조합)으로 설정하여야 하며, 90일마다 변경해야 합니다." % kdate(r, 2025, 2026),
        "비밀번호를 5회 이상 잘못 입력하면 계정이 잠기며, 잠김 해제는 %s 정보화 담당에게 요청하시기 바랍니다." % ag["name"],
        "사용자의 비밀번호는 관리자도 알 수 없으므로 분실 시 초기화만 가능합니다.")
    return res(d, "public", "none", [], "알림", "mention_only", "body", "비밀번호", ["mention_only"])


def t_grade3(r, v):
    ag = agency(r, ["ministry"])
    d = Doc("인사발령")
    d.p("인 사 발 령" if v % 2 else "인사 발령 사항", "", "%s 발령" % kdate(r, 2024, 2026))
    rows = [["성명", "발령사항", "현 직위"]]
    for g in ["3급(부이사관)", "1급(관리관)" if v % 2 else "2급(이사관)", "4급(서기관)"]:
        rows.append([pname(r), "%s 승진, %s장 보" % (g, ag["dept"]), r.choice(["기획조정실", "정책국", "운영지원과"])])
    d.tbl(rows)
    d.p("", ag["head"])
    return res(d, "public", "none", [], "인사", "mention_only", "table", "3급(부이사관)", ["mention_only", "civil_grade"])


def t_section_numbering(r, v):
    ag = agency(r, ["police", "fire", "ministry", "local", "corp"])
    d = Doc("업무계획")
    if ag["kind"] == "police":
        body = ["Ⅰ. 추진 배경", "치안 수요 변화에 맞춰 3급지 경찰서의 인력 운영 기준을 조정함.",
                "Ⅱ. 현황", "관내 1급지 2개서, 2급지 3개서, 3급지 4개서 운영 중",
                "Ⅲ. 추진 계획", "3급지 관서 지구대 통합 시범 운영(상반기)"]
    elif ag["kind"] == "fire":
        body = ["Ⅰ. 개요", "3급 소방안전관리대상물에 대한 자체점검 실태를 확인하고자 함.",
                "Ⅱ. 점검 결과", "1급 대상물 28개소, 2급 96개소, 3급 310개소 중 표본 점검",
                "Ⅲ. 개선 과제", "소방안전관리자 선임 신고 누락 대상 안내문 발송"]
    else:
        body = ["Ⅰ. 현황 및 문제점", "민원 처리 기간이 평균 7.4일로 목표(5일)를 초과함.",
                "Ⅱ. 개선 방향", "단순 민원 즉시 처리, 복합 민원 사전 상담제",
                "Ⅲ. 세부 추진 과제", "1) 민원 서식 간소화 2) 처리 지연 사전 알림 3) 만족도 조사 정례화",
                "Ⅳ. 행정사항", "부서별 이행 실적은 분기별로 점검함."]
    d.p("%s %d년 업무계획" % (ag["name"], r.randint(2024, 2026)), "")
    d.p(*body)
    return res(d, "public", "none", [], "업무계획", "mention_only", "body", "Ⅲ.", ["mention_only", "roman_numeral"])


def t_placeholder(r, v):
    ag = agency(r, ["local", "inst", "edu", "court"])
    form = r.choice(["주민등록표 열람 신청서", "정보공개 청구서", "개인정보 열람 청구서", "가족관계증명서 교부 신청서"])
    d = Doc(form)
    d.p("%s (작성 예시)" % form, "")
    d.tbl([["청구인", "성명", "홍길동", "주민등록번호", "000000-0000000"],
           ["", "주소", "○○시 ○○구 ○○로 00", "전화번호", "000-0000-0000"],
           ["청구 내용", "", "2024년 ○○사업 추진 실적 자료", "", ""],
           ["공개 방법", "", "■열람  □사본  □전자파일", "", ""]])
    d.p("※ 위 내용은 작성 예시이며, 실제 청구 시에는 본인의 정보를 기재하십시오.", "%s 민원실" % ag["name"])
    return res(d, "public", "none", [], "서식", "mention_only", "table", "홍길동", ["mention_only", "placeholder"])


def t_declass(r, v):
    ag = agency(r, ["ministry", "local", "police"])
    d = Doc("비밀 재분류 알림")
    d.p(r.choice(["보호기간 만료 비밀의 일반문서 재분류 알림", "비밀 해제 및 공개 전환 결과", "비밀기록물 재분류 심의 결과 공개"]), "")
    d.p("1. %s 보유 비밀 중 보호기간이 지난 %d건을 심의하여 일반문서로 재분류하였습니다." % (ag["name"], r.randint(5, 40)),
        "2. 재분류 대상: Ⅲ급비밀 %d건, Ⅱ급비밀 %d건(1990년대 비상대비 계획 등)" % (r.randint(3, 30), r.randint(1, 5)),
        "3. 재분류된 문서는 기록관으로 이관되어 열람 청구가 가능합니다.")
    return res(d, "public", "none", [], "공지", "mention_only", "body", "Ⅲ급비밀", ["mention_only", "declassification"])


def t_cover_secret(r, v):
    ag = agency(r, ["ministry", "local", "fire"])
    title = r.choice(["비상대비계획 보완 자료 송부", "을지연습 결과 보고서 제출"])
    body = ["1. 관련: %s" % docno(r, ag),
            "2. 위 호와 관련하여 요청하신 자료를 제출합니다. 다만 보완 자료는 3급 비밀로 분류되어 비밀 송수신 절차에 따라 별도 전달하오니 참고하시기 바랍니다."]
    d, cue = gongmun(r, ag, title, r.choice(["행정안전부장관(비상대비정책과장)", "도지사(비상대비과장)"]), body, None, "공개", "std")
    return res(d, "public", "none", [], "공문", "mention_only", "body", "3급 비밀", ["mention_only", "secret_sent_separately", "stated_field"])


def t_stats(r, v):
    ag = agency(r, [["ministry", "police", "fire", "inst", "local", "edu", "court"][v % 7]])
    topics = [("개인정보 침해 신고 상담 현황", "개인정보 침해 신고는 전년 대비 %d%% 증가한 %s건으로 집계되었다.", ["구분", "신고", "상담"]),
              ("교통사고 발생 통계", "교통사고 사망자는 %d%% 감소한 %s명이었다.", ["구분", "발생", "사망"]),
              ("화재 발생 현황", "화재 발생 건수는 %d%% 줄어든 %s건이었다.", ["구분", "건수", "인명피해"]),
              ("정보공개 청구 처리 현황", "정보공개 청구 처리 결과 전부공개 %d%%, 부분공개·비공개 합계 %s건이었다.", ["구분", "전부공개", "부분공개", "비공개"]),
              ("고용동향", "취업자 수가 전년 동월 대비 %d%% 늘어 %s천 명을 기록했다.", ["구분", "취업자", "실업률"]),
              ("학교 급식 위생 점검 결과", "점검 대상의 %d%%가 적합, 부적합 %s건이었다.", ["구분", "적합", "부적합"]),
              ("소송 사건 처리 현황", "민사 본안 사건 처리 건수는 %d%% 늘어난 %s건이다.", ["구분", "접수", "처리"])]
    t, sent, hdr = topics[v % len(topics)]
    d = Doc(t)
    d.header = "보도자료  |  %s" % ag["name"]
    d.footer = "담당: %s %s 사무관 %s (%s-%04d)" % (ag["name"], ag["dept"], pname(r), ag["tel"], r.randint(1000, 9999))
    d.p("%d년 %s" % (r.randint(2023, 2025), t), "", sent % (r.randint(2, 15), format(r.randint(1000, 90000), ",")))
    rows = [hdr]
    for q in ["1분기", "2분기", "3분기", "4분기"]:
        rows.append([q] + [format(r.randint(50, 9000), ",") for _ in hdr[1:]])
    d.tbl(rows)
    d.p("자세한 통계표는 누리집 통계 자료실에서 내려받을 수 있다.")
    return res(d, "public", "none", [], "통계", "mention_only" if ("개인정보" in t or "정보공개" in t) else "none", "body", t, ["public_statistics"])


def t_press(r, v):
    ag = agency(r, ["ministry", "local", "inst", "police", "fire", "corp"])
    d = Doc("보도자료")
    heads = ["비공개 기록물 %d만 건, 30년 지나 국민 곁으로" % r.randint(2, 20),
             "보안 점검 결과 '대외비' 문서 관리 우수 기관 선정",
             "개인정보 유출 신고 시 72시간 내 통지 의무 안내",
             "공공기관 계약 정보 공개 범위 넓힌다 … 영업비밀 판단 기준 마련",
             "\"비밀번호 재사용 금지\" 대국민 보안 수칙 발표"]
    h = heads[v % len(heads)]
    d.header = "보 도 자 료  %s" % ag["name"]
    d.p(h, "", "%s(%s)은 %s %s." % (ag["name"], ag["head"].split(" ")[-1], kdate(r, 2024, 2026),
                                  r.choice(["관련 제도 개선 방안을 발표했다고 밝혔다", "이와 같은 내용을 공개했다", "관계기관 합동 회의를 열었다"])),
        "이번 조치는 국민의 알 권리를 보장하면서도 보호가 필요한 정보는 엄격히 관리하기 위한 것이다.",
        "담당 부서: %s %s, 과장 %s, 담당자 주무관 %s" % (ag["name"], ag["dept"], pname(r), pname(r)))
    return res(d, "public", "none", [], "보도자료", "mention_only", "body", h[:8], ["mention_only"])


def t_sec_audit(r, v):
    ag = agency(r, ["ministry", "inst", "corp"])
    d = Doc("보안감사 결과")
    d.p("%d년 보안감사 결과(요약 공개본)" % r.randint(2023, 2025), "")
    d.p("1. 대상: 본부 및 소속기관 %d개" % r.randint(4, 12), "2. 주요 지적사항",
        "  - 비밀관리기록부 미정리 %d건, 대외비 문서 보호기간 미기재 %d건" % (r.randint(1, 6), r.randint(1, 9)),
        "  - 퇴직자 계정 미삭제, 비밀번호 정기 변경 미이행", "3. 조치: 시정 %d건, 주의 %d건" % (r.randint(3, 9), r.randint(1, 4)),
        "※ 지적 기관명과 세부 취약점은 보안상 제외하고 요약본만 공개함.")
    return res(d, "public", "none", [], "감사", "mention_only", "body", "대외비", ["mention_only"])


def t_gonggo(r, v):
    ag = agency(r, ["local", "ministry", "inst"])
    d = Doc("공고")
    d.p("%s 공고 제%d-%d호" % (ag["name"], r.randint(2024, 2026), r.randint(10, 999)), "")
    opts = [("비공개 대상 정보 세부 기준 개정 공고", "정보공개법 제9조 제3항에 따라 비공개 대상 정보의 세부 기준을 다음과 같이 개정하여 공고합니다."),
            ("개인정보 파일 보유기간 경과에 따른 파기 공고", "보유기간이 지난 개인정보 파일을 「개인정보 보호법」 제21조에 따라 파기하였음을 공고합니다."),
            ("행정예고: 보안업무 시행세칙 일부개정", "대외비 문서의 보호기간 표시 방식을 개선하기 위하여 시행세칙을 개정하고자 예고합니다."),
            ("공유재산 매각 공고", "다음 공유재산을 일반경쟁입찰로 매각하고자 공고합니다. 매각 대상: %s 일원 대지 %d㎡" % (ag["name"], r.randint(100, 900)))]
    t, s = opts[v % len(opts)]
    d.p(t, "", s, "", kdate(r, 2025, 2026), ag["head"])
    return res(d, "public", "none", [], "공고", "mention_only", "body", t[:6], ["mention_only"])


# --------------------------------------------------------------------------- cue-style templates
def t_checkbox(r, v):
    ag = agency(r, ["ministry", "inst", "local", "edu", "corp"])
    states = [("public", [], "■공개  □부분공개  □비공개", "정책연구용역 결과보고서 등록 표지", "주택 임대차 분쟁 실태 조사"),
              ("partial", [6], "□공개  ■부분공개  □비공개", "정책연구용역 결과보고서 등록 표지", "저소득 가구 에너지 바우처 수급자 면접 조사"),
              ("non_public", [5], "□공개 □부분공개 ■비공개", "내부 보고서 등록 표지", "조직 개편에 따른 정원 감축안 검토"),
              ("partial", [7], "공개여부: □ 공개 ■ 부분공개 □ 비공개", "위탁사업 결과 보고서 표지", "민간 위탁 운영사 경영 실적 분석"),
              ("non_public", [3], "□공개  □부분공개  ■비공개", "시설 점검 보고서 표지", "광역상수도 취수장 방호 취약점 진단")]
    disc, nums, box, form, subj = states[v % len(states)]
    d = Doc(form)
    reason = ""
    if disc != "public":
        reason = r.choice(["비공개 사유: 제9조 제1항 제%d호" % nums[0], "(근거: 법 제9조①%d)" % nums[0], "사유 : %d호" % nums[0]])
    d.tbl([["과제명", subj], ["주관부서", "%s %s" % (ag["name"], ag["dept"])], ["공개여부", box + ("  " + reason if reason else "")],
           ["등록일", kdate(r, 2024, 2026)]])
    d.p("", "요약", r.choice(["본 연구는 최근 5년간의 자료를 분석하여 정책 개선 과제를 도출하였다.",
                            "조사 대상 기관의 운영 현황을 분석하고 개선 방향을 제시하였다."]))
    if disc == "partial" and nums == [6]:
        d.p("부록: 면접 응답자 %s(%s), %s 등 12명의 응답 원자료" % (pname(r), home_addr(r), pname(r)))
    return res(d, disc, "none", nums, "보고서 표지", "checkbox", "table", box, ["checkbox", "stated_field"])


INFORMAL = ["[내부용]", "[대내용]", "내부 검토용", "취급주의", "외부 배포 금지", "※ 내부 참고용 - 외부 유출 금지", "〈대내한〉", "검토 중 자료(확정 아님)"]


def t_informal(r, v):
    ag = agency(r, ["ministry", "local", "corp", "inst", "edu"])
    mk = INFORMAL[v % len(INFORMAL)]
    topics = [("조직 진단 결과에 따른 부서 통폐합 검토", ["현행 %d개 과를 %d개로 줄이는 안과 팀제 전환 안을 비교함." % (r.randint(12, 20), r.randint(8, 11)),
                                             "1안은 인건비 절감 효과가 크나 노조 반발이 예상되며, 2안은 효과가 작지만 수용성이 높음.", "→ 기관장 보고 후 방향 결정 필요"]),
              ("요금 인상 시나리오 검토", ["원가 회수율 %d%% 달성을 위해 3개 시나리오를 검토함." % r.randint(70, 95), "시나리오별 가구당 월 부담 증가액: 1,200원 / 2,100원 / 3,400원",
                                   "확정 전까지 수치가 외부에 알려지지 않도록 유의"]),
              ("국정감사 예상 질의 및 답변(초안)", ["Q1. 지난해 사업 집행률 저조 원인은?", "A1. (초안) 설계 변경에 따른 착공 지연으로 ... 보완 필요",
                                        "Q2. 특정 업체 수의계약 집중 의혹은?", "A2. (검토 중) 계약 부서 확인 후 작성"]),
              ("민원 다발 사업장 현장 점검 계획", ["점검 대상 %d개소를 무작위 선정하되, 사전 통보 없이 점검함." % r.randint(5, 15), "점검 일정과 대상 목록은 대상 업체에 알려지지 않도록 관리"])]
    title, body = topics[v % len(topics)]
    d = Doc(title)
    place = v % 4
    if place == 0:
        d.p(mk)
        loc = "first_line"
    elif place == 1:
        d.header = mk
        loc = "header"
    elif place == 2:
        d.box(mk)
        loc = "textbox"
    else:
        loc = "last_line"
    d.p(title, "%s %s  %s" % (ag["name"], ag["dept"], kdate(r, 2024, 2026)), "")
    d.p(*body)
    if place == 3:
        d.p("", mk)
    return res(d, "non_public", "none", [5], "내부검토", "informal_marking", loc, mk, ["informal_marking"])


def ocr_noise(r, line):
    out = []
    fw = str.maketrans("0123456789", "０１２３４５６７８９")
    for ch in line:
        x = r.random()
        if ch.isdigit() and x < 0.3:
            out.append(ch.translate(fw))
        elif ch == "-" and x < 0.5:
            out.append(r.choice(["‐", "－", "—"]))
        elif ch == " " and x < 0.25:
            continue
        elif "가" <= ch <= "힣" and x < 0.06:
            out.append(ch + " ")
        elif x < 0.01:
            out.append(ch + r.choice(["˙", "'", "|", "¸", "·"]))
        else:
            out.append(ch)
    return "".join(out)


def t_ocr(r, v):
    plans = [("public", [], "공개"), ("partial", [6], "부분공개(6)"), ("non_public", [5], "비공개(제9조 제1항 제5호)"),
             ("partial", [5, 6], "부분공개(5,6)"), ("non_public", [4], "비공개 (9조1항4호)"), ("public", [], "공개"),
             ("non_public", [3, 5], "비공개(3,5)"), ("partial", [6], "부분공개 (6)")]
    disc, nums, f = plans[v % len(plans)]
    ag = agency(r, ["local", "ministry", "police", "edu", "inst"])
    who = pname(r)
    bodies = {
        "public": ["1. 관련 규정 개정에 따라 민원 서식이 변경되었음을 알려드립니다.", "2. 변경 서식은 %s부터 사용하시기 바랍니다." % kdate(r, 2010, 2016)],
        "partial": ["1. 민원인 %s(연락처 %s)이 제기한 소음 민원에 대하여 현장 측정 결과 기준치를 초과하여 개선명령을 하였습니다." % (who, phone(r)),
                    "2. 측정 결과표를 붙임과 같이 송부합니다."],
        "non_public": ["1. 관내 시설 점검 결과 드러난 취약 요인과 향후 보완 방향을 내부 검토하였습니다.", "2. 검토 결과는 최종 확정 전 자료입니다."],
    }
    body = bodies[disc]
    if disc == "non_public" and 4 in nums:
        body = ["1. 수사 중인 사건과 관련된 CCTV 영상 보존 기간 연장을 요청합니다.", "2. 관련자 신원은 수사 보안상 기재하지 않습니다."]
    d, cue = gongmun(r, ag, r.choice(["협조 요청", "결과 통보", "알림", "검토 결과 보고"]), "수신자 참조", body, None, f,
                     ["std", "older", "wrapped"][v % 3], date=kdate(r, 2008, 2016))
    # render to text then noise line by line
    text = render_text(d)
    lines = text.split("\n")
    nr = rng_for("t_ocr", v, "noise")
    cue_first = cue.split("\n")[0]
    noisy, cue_line = [], None
    for ln in lines:
        nl = ocr_noise(nr, ln)
        if cue_line is None and cue_first and cue_first in ln and ln.strip().endswith(cue_first) or (cue_line is None and ln.strip() == cue_first):
            cue_line = nl.strip()
        noisy.append(nl)
    doc = Doc(d.title)
    doc.p("\n".join(noisy).rstrip("\n"))
    return res(doc, disc, "none", nums, "공문(OCR)", "gyeolmun_field", "gyeolmun", cue_line or cue_first, ["ocr", "stated_field"], fmts=("text",))


def t_long(r, v):
    ag = agency(r, ["ministry", "local", "corp", "inst", "edu", "police"])
    d = Doc("업무 보고")
    pages = 2 + v % 3
    d.header = "%s  %s" % (ag["name"], r.choice(["주요 업무 추진 현황", "정책 연구 결과 보고", "사업 성과 분석"]))
    d.footer = "- {page} / {pages} -"
    secs = ["추진 배경", "현황 분석", "주요 성과", "문제점", "개선 방향", "향후 계획", "행정사항", "재원 대책", "관계기관 협의"]
    fill = ["최근 3년간 관련 예산은 연평균 %d%% 증가하였으나 체감도는 여전히 낮은 것으로 조사되었다.",
            "현장 의견을 수렴한 결과 절차 간소화와 전담 인력 확충에 대한 요구가 가장 많았다.",
            "시범사업 지역에서는 처리 기간이 평균 %d일 단축되는 효과가 나타났다.",
            "다만 기초자치단체별 여건 차이로 성과 편차가 크게 나타나는 한계가 있다.",
            "유관기관과의 정보 연계가 미흡하여 중복 지원 사례가 %d건 확인되었다.",
            "분기별 점검 회의를 통해 추진 상황을 관리하고 우수 사례를 확산할 계획이다."]
    si = 0
    for p in range(pages):
        if p:
            d.pb()
        for _ in range(3):
            d.p("%d. %s" % (si + 1, secs[si % len(secs)]))
            for k in range(4):
                s = fill[(si + k) % len(fill)]
                d.p("  ○ " + (s % r.randint(2, 30) if "%d" in s else s))
            si += 1
    endings = [("partial", [5], "※ 이 보고서 중 제%d장(협상 전략)은 의사결정 과정에 있는 사항으로 공개본에서 제외함." % r.randint(4, 6), "last_line"),
               ("partial", [6], "붙임 3. 설문 응답자 명단(성명·연락처) 1부 - 개인정보로 비공개", "attachment_line"),
               ("non_public", [5], "공개구분: 비공개(제9조 제1항 제5호)", "last_line"),
               ("public", [], "공개구분 : 공개", "last_line"),
               ("partial", [7], "※ 부록 2의 업체별 매출 자료는 법인의 영업상 비밀에 해당하여 「공공기관의 정보공개에 관한 법률」 제9조 제1항 제7호에 따라 비공개합니다.", "last_line")]
    disc, nums, end, loc = endings[v % len(endings)]
    d.p("", end)
    return res(d, disc, "none", nums, "보고서", "end_cue", loc, end, ["long", "pages_%d" % pages])


def t_firstlast(r, v):
    ag = agency(r, ["ministry", "local", "police", "court", "inst"])
    d = Doc("검토")
    firsts = ["비공개", "공개 불가", "【비공개】 (9조 1항 5호)", "열람 제한"]
    title = r.choice(["소송 대응 전략 검토", "감사 지적사항 소명 방향", "손해배상 청구 대응 의견", "행정심판 답변 방향"])
    f = firsts[v % len(firsts)]
    nums = [4] if "소송" in title or "행정심판" in title or "손해배상" in title else [5]
    if v % 2 == 0:
        d.p(f, "", title, "")
        loc = "first_line"
    else:
        d.p(title, "")
        loc = "last_line"
    d.p("1. 상대방 주장의 요지와 우리 측 반박 논리를 정리함.", "2. 패소 가능성이 있는 쟁점(절차 하자)에 대해서는 화해 권고 수용 여부를 검토 중임.",
        "3. 법무담당관실 의견: 1심 판결 선고 전까지 대응 방향을 외부에 알리지 않을 것")
    if v % 2 == 1:
        d.p("", f)
    return res(d, "non_public", "none", nums, "내부검토", "first_last_line", loc, f, ["first_last"])


def t_attach_withheld(r, v):
    ag = agency(r, ["ministry", "local", "inst", "corp", "edu", "fire"])
    who = pname(r)
    opts = [([6], "사업 설명회 개최 결과 보고", ["1. 지역 주민 대상 사업 설명회를 개최하고 주요 질의응답을 정리하였습니다."],
             ["설명회 결과 보고서 1부.", "참석자 명부(성명·연락처) 1부(개인정보 포함으로 비공개)."], "참석자 명부(성명·연락처) 1부(개인정보 포함으로 비공개)."),
            ([6], "장학금 지급 결과 보고", ["1. 2025년 2학기 장학금을 지급하였기에 보고합니다.", "2. 붙임 2 수혜 학생 명단은 개인정보가 포함되어 있어 공개 대상에서 제외합니다."],
             ["장학금 지급 총괄표 1부.", "수혜 학생 명단 1부."], "2. 붙임 2 수혜 학생 명단은 개인정보가 포함되어 있어 공개 대상에서 제외합니다."),
            ([7], "민간위탁 운영 실적 평가 결과", ["1. 수탁기관 운영 실적 평가를 완료하였습니다.", "2. 수탁법인이 제출한 재무제표와 인건비 세부 내역은 법인의 경영상 비밀에 해당하므로 붙임에서 제외하고 평가 결과만 첨부합니다."],
             ["평가 결과표 1부."], "2. 수탁법인이 제출한 재무제표와 인건비 세부 내역은 법인의 경영상 비밀에 해당하므로 붙임에서 제외하고 평가 결과만 첨부합니다."),
            ([6], "포상금 지급 결정", ["1. 불법 투기 신고자 %s 외 4명에게 신고 포상금을 지급합니다." % who],
             ["포상금 지급 내역 1부.", "신고자 인적사항 1부(비공개)."], "신고자 인적사항 1부(비공개)."),
            ([5], "안전진단 용역 중간보고", ["1. 정밀안전진단 용역의 중간보고회를 개최하였습니다.", "2. 보수·보강 우선순위에 관한 검토의견은 최종보고 전까지 확정되지 않은 사항으로 붙임에서 제외하였습니다."],
             ["중간보고서(요약) 1부."], "2. 보수·보강 우선순위에 관한 검토의견은 최종보고 전까지 확정되지 않은 사항으로 붙임에서 제외하였습니다."),
            ([4, 6], "학교 안 사안 처리 경과 보고", ["1. 교내 절도 사안에 대한 처리 경과를 보고합니다.", "2. 관련 학생 진술서와 경찰 수사 의뢰 자료는 붙임에서 뺐습니다."],
             ["처리 경과 요약 1부."], "2. 관련 학생 진술서와 경찰 수사 의뢰 자료는 붙임에서 뺐습니다.")]
    nums, title, body, att, cue = opts[v % len(opts)]
    layout = ["std", "twocol", "older", "gyeoljae"][v % 4]
    f = field_str(r, "partial", nums, v)
    d, fcue = gongmun(r, ag, title, "내부결재", body, att, f, layout)
    return res(d, "partial", "none", nums, "공문", "withheld_attachment", "attachment_line" if cue in att or cue.endswith("(비공개).") else "body", cue,
               ["attachment", "stated_field"], field=fcue)


def t_art9(r, v):
    ag = agency(r, ["ministry", "local", "inst", "corp", "police"])
    cites = ["법 제9조①5", "「공공기관의 정보공개에 관한 법률」 제9조 제1항 제5호", "9조 1항 5호", "정보공개법 제9조제1항제5호", "같은 법 제9조 제1항 5호"]
    c = cites[v % len(cites)]
    d = Doc("의견서")
    title = r.choice(["정책 대안 비교 검토 의견", "예산 조정 검토 결과", "규제 개선 과제 내부 검토", "기관 평가 대응 자료"])
    d.p(title, "%s %s" % (ag["name"], ag["dept"]), "")
    d.p("1. 검토 결과 제2안이 비용 대비 효과가 가장 크나, 관계 부처 협의가 끝나지 않아 확정할 수 없음.",
        "2. 본 자료는 %s에 해당하는 의사결정 과정 자료이므로 공개하지 아니함." % c)
    return res(d, "non_public", "none", [5], "내부검토", "art9_citation", "body", c, ["art9_citation"])


def t_disclosure_notice(r, v):
    ag = agency(r, ["ministry", "local", "inst", "edu", "police"])
    who = pname(r)
    d = Doc("정보공개 결정 통지서")
    d.p("정보 (부분)공개 결정 통지서", "")
    d.tbl([["청구인", "%s / %s" % (who, home_addr(r))], ["접수번호", "%d%07d" % (r.randint(2024, 2026), r.randint(0, 9999999))],
           ["청구 내용", r.choice(["○○사업 평가위원 명단 및 채점표", "청사 CCTV 설치 위치도", "2025년 업무추진비 집행 내역"])],
           ["결정 내용", r.choice(["□공개 ■부분공개 □비공개", "부분공개(6)", "비공개(제9조 제1항 제5호)"])],
           ["비공개 사유", r.choice(["법 제9조①6 평가위원 개인정보", "9조 1항 3호", "「공공기관의 정보공개에 관한 법률」 제9조 제1항 제5호"])]])
    d.p("", "%s %s" % (ag["head"], "(직인)"))
    return res(d, "partial", "none", [6], "정보공개 통지", "content_only", "table", who, ["quoted_field", "requester_identified"])


# --------------------------------------------------------------------------- plan
PLAN = [
    ("t_gm_public", 17), ("t_gm_partial6", 13), ("t_gm_partial_multi", 8), ("t_gm_nonpublic", 8),
    ("t_gm_mislabeled", 4), ("t_gm_mislabeled_health", 2),
    ("t_secret_III", 12), ("t_secret_II", 7), ("t_secret_I", 4), ("t_daeoebi", 15),
    ("t_contract_cost", 6), ("t_tech_eval", 4), ("t_trade_secret", 3), ("t_bid_notice", 6), ("t_sole_contract", 4),
    ("t_minutes_open", 7), ("t_minutes_closed", 5), ("t_minutes_mixed", 6),
    ("t_welfare", 4), ("t_health_leave", 3), ("t_disciplinary", 4), ("t_roster", 4), ("t_investigation", 3),
    ("t_union", 2), ("t_exam", 3), ("t_land_dev", 2), ("t_fire_invest", 4), ("t_court_internal", 2), ("t_civil_reply", 9),
    ("t_guide_daeoebi", 5), ("t_info_guide", 6), ("t_password", 4), ("t_grade3", 4), ("t_section_numbering", 7),
    ("t_placeholder", 5), ("t_declass", 4), ("t_cover_secret", 3), ("t_stats", 10), ("t_press", 7), ("t_sec_audit", 3),
    ("t_gonggo", 4),
    ("t_checkbox", 10), ("t_informal", 8), ("t_ocr", 10), ("t_long", 10), ("t_firstlast", 3), ("t_attach_withheld", 8),
    ("t_art9", 5), ("t_disclosure_notice", 4),
]
FMT_CYCLE = ["hwpx", "pdf", "text"]


def build(outdir):
    files_dir = os.path.join(outdir, "files")
    os.makedirs(files_dir, exist_ok=True)
    for fn in sorted(os.listdir(files_dir)):
        os.remove(os.path.join(files_dir, fn))
    g = globals()
    items = []
    for ti, (tname, n) in enumerate(PLAN):
        for v in range(n):
            r = rng_for(tname, v)
            out = g[tname](r, v)
            fm = out["fmts"]
            fmt = fm[(v + ti) % len(fm)] if len(fm) < 3 else FMT_CYCLE[(v + ti) % 3]
            out.update(template=tname, variant=v, format=fmt)
            items.append(out)
    order = list(range(len(items)))
    Random(SEED + "|order|0").shuffle(order)
    recs, metas = [], []
    for k, idx in enumerate(order):
        it = items[idx]
        rid = "sens_ae-%04d" % (k + 1)
        rec = {"id": rid}
        doc = it["doc"]
        if it["format"] == "text":
            tsep = rng_for(it["template"], it["variant"], "tsep").choice([" | ", "\t", "  "])
            rec["text"] = render_text(doc, tsep)
        elif it["format"] == "hwpx":
            rel = "files/%s.hwpx" % rid
            write_hwpx(os.path.join(outdir, rel), doc)
            rec["file"] = rel
        else:
            rel = "files/%s.pdf" % rid
            write_pdf(os.path.join(outdir, rel), doc)
            rec["file"] = rel
        rec.update(disclosure=it["disclosure"], marking=it["marking"], reasons=it["reasons"], genre=it["genre"])
        recs.append(rec)
        metas.append({"id": rid, "template": it["template"], "variant": it["variant"], "format": it["format"],
                      "cue": it["cue"], "cue_location": it["cue_location"], "cue_text": it["cue_text"],
                      "flags": it["flags"], "has_header": bool(doc.header), "has_footer": bool(doc.footer),
                      "has_table": any(b[0] == "tbl" for b in doc.blocks), "has_textbox": any(b[0] == "box" for b in doc.blocks),
                      "header_text": doc.header or "", "stated_field_text": it["field"]})
    with open(os.path.join(outdir, "sens_ae.jsonl"), "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "sens_ae.meta.jsonl"), "w", encoding="utf-8") as f:
        for m in metas:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    return recs, metas


# --------------------------------------------------------------------------- validation
RRN_RE = re.compile(r"(?<!\d)(\d{6})\s*-\s*([1-8]\d{6})(?!\d)")
HP = "{http://www.hancom.co.kr/hwpml/2011/paragraph}"


def squash(s):
    s = unicodedata.normalize("NFKC", s)
    s = s.replace("‐", "-").replace("—", "-")
    return re.sub(r"\s+", "", s)


def hwpx_text(path, meta, errors):
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        infos = z.infolist()
        if names[0] != "mimetype" or infos[0].compress_type != zipfile.ZIP_STORED:
            errors.append("%s: mimetype not first/stored" % path)
        if z.read("mimetype") != b"application/hwp+zip":
            errors.append("%s: bad mimetype" % path)
        for req in ["version.xml", "Contents/header.xml", "Contents/section0.xml", "Contents/content.hpf",
                    "META-INF/container.xml", "META-INF/manifest.xml"]:
            if req not in names:
                errors.append("%s: missing %s" % (path, req))
        for n in names:
            if n.endswith(".xml") or n.endswith(".hpf"):
                ET.fromstring(z.read(n))
        root = ET.fromstring(z.read("Contents/section0.xml"))
    texts = [t.text or "" for t in root.iter(HP + "t")]
    if meta["has_header"] and root.find(".//" + HP + "header") is None:
        errors.append("%s: header control missing" % path)
    if meta["has_footer"] and root.find(".//" + HP + "footer") is None:
        errors.append("%s: footer control missing" % path)
    if meta["has_table"] and root.find(".//" + HP + "tbl") is None:
        errors.append("%s: hp:tbl missing" % path)
    if meta["has_textbox"] and root.find(".//" + HP + "drawText") is None:
        errors.append("%s: text box missing" % path)
    return "\n".join(texts)


def pdf_text(path, meta, errors):
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, check=True).stdout.decode("utf-8")
    pages = out.count("\f")
    if meta["has_header"]:
        first = squash(meta["header_text"].split("\n")[0])
        if squash(out).count(first) < pages:
            errors.append("%s: header not on every page" % path)
    return out


def stated_class(cue):
    c = squash(cue)
    if "■부분공개" in c:
        return "partial"
    if "■비공개" in c:
        return "non_public"
    if "■공개" in c:
        return "public"
    if "부분공개" in c or "부분" in c and "공개" in c:
        return "partial"
    if "비공개" in c:
        return "non_public"
    if "공개" in c:
        return "public"
    return None


def validate(outdir):
    errors = []
    recs = [json.loads(l) for l in open(os.path.join(outdir, "sens_ae.jsonl"), encoding="utf-8")]
    metas = [json.loads(l) for l in open(os.path.join(outdir, "sens_ae.meta.jsonl"), encoding="utf-8")]
    assert len(recs) == len(metas)
    seen = set()
    for rec, meta in zip(recs, metas):
        rid = rec["id"]
        assert rid == meta["id"] and rid not in seen
        seen.add(rid)
        keys = list(rec)
        if keys not in (["id", "text", "disclosure", "marking", "reasons", "genre"], ["id", "file", "disclosure", "marking", "reasons", "genre"]):
            errors.append("%s: keys %s" % (rid, keys))
        d, m, rsn = rec["disclosure"], rec["marking"], rec["reasons"]
        if d not in DISCLOSURES or m not in MARKINGS:
            errors.append("%s: bad label" % rid)
        if any(x not in REASON_ORDER for x in rsn) or rsn != sorted(set(rsn), key=REASON_ORDER.index):
            errors.append("%s: reasons not canonical" % rid)
        if (d == "public") != (not rsn):
            errors.append("%s: public iff no reasons" % rid)
        if m in ("I급", "II급", "III급"):
            if d != "non_public" or "OIDA-9-1-1" not in rsn or not ({"OIDA-9-1-2", "OIDA-9-1-3"} & set(rsn)):
                errors.append("%s: 비밀 needs non_public, -1 and a content reason" % rid)
        elif "OIDA-9-1-1" in rsn:
            errors.append("%s: -1 without 비밀 marking" % rid)
        if m == "대외비" and d != "non_public":
            errors.append("%s: 대외비 should be non_public" % rid)
        if "PIPA-24" in rsn and "OIDA-9-1-6" not in rsn:
            errors.append("%s: PIPA-24 without -6" % rid)
        if "mention_only" in meta["flags"] and (m != "none" or d != "public"):
            errors.append("%s: mention-only must be public/none" % rid)
        # visible text
        if "text" in rec:
            txt = rec["text"]
        elif rec["file"].endswith(".hwpx"):
            txt = hwpx_text(os.path.join(outdir, rec["file"]), meta, errors)
        else:
            txt = pdf_text(os.path.join(outdir, rec["file"]), meta, errors)
        if squash(meta["cue_text"]) not in squash(txt):
            errors.append("%s: cue_text %r not found in %s" % (rid, meta["cue_text"], meta["format"]))
        ids = [a + b for a, b in RRN_RE.findall(unicodedata.normalize("NFKC", txt)) if a != "000000"]
        if ("PIPA-24" in rsn) != bool(ids):
            errors.append("%s: PIPA-24 vs unmasked id mismatch (%d ids)" % (rid, len(ids)))
        if "stated_field" in meta["flags"] and "mention_only" not in meta["flags"]:
            sc = stated_class(meta["stated_field_text"])
            contra = "field_contradicts_content" in meta["flags"]
            if sc is None:
                errors.append("%s: stated field unreadable" % rid)
            elif contra and sc == d:
                errors.append("%s: contradiction flagged but labels agree" % rid)
            elif not contra and sc != d:
                errors.append("%s: stated field %s != %s" % (rid, sc, d))
            if not contra and sc in ("partial", "non_public"):
                c = squash(meta["stated_field_text"])
                nums = sorted(set(int(x) for x in re.findall(r"(?<!9조)(?<!제9조제)(?<!\d)([1-8])(?=호|\)|,|·|$)", c)))
                want = sorted(int(x.split("-")[-1]) for x in rsn if x.startswith("OIDA"))
                if nums and nums != want:
                    errors.append("%s: field numbers %s vs reasons %s" % (rid, nums, want))
        if "t_mislabeled" in meta["flags"] and not (d == "partial" and "PIPA-24" in rsn):
            errors.append("%s: mislabeled doc label" % rid)
    return recs, metas, errors


def stats(recs, metas):
    from collections import Counter
    c = {"disclosure": Counter(r["disclosure"] for r in recs), "marking": Counter(r["marking"] for r in recs),
         "format": Counter(m["format"] for m in metas), "reasons": Counter(x for r in recs for x in r["reasons"]),
         "cue_location": Counter(m["cue_location"] for m in metas), "genre": Counter(r["genre"] for r in recs)}
    return {k: dict(sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))) for k, v in c.items()}


def digest(outdir):
    import hashlib
    h = hashlib.md5()
    for rel in ["sens_ae.jsonl", "sens_ae.meta.jsonl"] + ["files/" + f for f in sorted(os.listdir(os.path.join(outdir, "files")))]:
        h.update(rel.encode())
        h.update(open(os.path.join(outdir, rel), "rb").read())
    return h.hexdigest()


def main():
    args = sys.argv[1:]
    outdir = HERE
    if "--out" in args:
        outdir = os.path.abspath(args[args.index("--out") + 1])
        os.makedirs(outdir, exist_ok=True)
    recs, metas = build(outdir)
    recs, metas, errors = validate(outdir)
    st = stats(recs, metas)
    print(json.dumps({"n": len(recs), **st}, ensure_ascii=False, indent=1))
    for e in errors:
        print("ERROR", e)
    if errors:
        sys.exit(1)
    c = st["marking"]
    assert len(recs) >= 260 and st["format"].get("hwpx", 0) >= 60 and st["format"].get("pdf", 0) >= 60
    assert c.get("대외비", 0) >= 14 and c.get("III급", 0) >= 10 and c.get("II급", 0) >= 6 and c.get("I급", 0) >= 3
    print("validation OK; digest", digest(outdir))
    if "--selfcheck" in args:
        import tempfile
        base = digest(outdir)
        for hs in ["0", "4242"]:
            with tempfile.TemporaryDirectory() as td:
                env = dict(os.environ, PYTHONHASHSEED=hs)
                subprocess.run([sys.executable, os.path.abspath(__file__), "--out", td], env=env, check=True, capture_output=True)
                dg = digest(td)
                print("PYTHONHASHSEED=%s digest %s %s" % (hs, dg, "identical" if dg == base else "DIFFERENT"))
                if dg != base:
                    sys.exit(2)


if __name__ == "__main__":
    main()
