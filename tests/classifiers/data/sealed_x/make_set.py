#!/usr/bin/env python3
"""sens_x: independent evaluation set for Korean document-sensitivity classification.

Deterministic generator.  Every document draws from its own random.Random seeded with
the string "sens_x-2026|<template>|<variant>", so output does not depend on
PYTHONHASHSEED, dict order of anything hashed, or on the other documents.

Writes (next to this file):
  sens_x.jsonl        {"id","text"|"file","disclosure","marking","reasons","genre"}
  sens_x.meta.jsonl   {"id","template","format","cue","cue_location","cue_text","flags"}
  files/*.hwpx        OWPML packages (mimetype stored first, version.xml, Contents/*, META-INF/*)
  files/*.pdf         reportlab, Korean CID fonts, invariant=1
Then validates everything it wrote (see validate()).

Run with the venv that has reportlab:
  /work/evalsets/venv_sens_x/bin/python make_set.py
"""
import io
import json
import os
import random
import re
import subprocess
import sys
import unicodedata
import zipfile
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape as xesc

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "sens_x"
SEEDBASE = "sens_x-2026"

REASON_ORDER = ["OIDA-9-1-1", "OIDA-9-1-2", "OIDA-9-1-3", "OIDA-9-1-4", "OIDA-9-1-5",
                "OIDA-9-1-6", "OIDA-9-1-7", "OIDA-9-1-8", "PIPA-23", "PIPA-24"]
MARKINGS = ["none", "대외비", "III급", "II급", "I급"]
DISCLOSURES = ["public", "partial", "non_public"]


def R(*codes):
    out = []
    for c in codes:
        if isinstance(c, int):
            out.append("OIDA-9-1-%d" % c)
        elif c == "P23":
            out.append("PIPA-23")
        elif c == "P24":
            out.append("PIPA-24")
        else:
            out.append(c)
    out = sorted(set(out), key=REASON_ORDER.index)
    return out


def rng_for(template, variant):
    return random.Random("%s|%s|%s" % (SEEDBASE, template, variant))


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def sample(rng, seq, k):
    idx = list(range(len(seq)))
    rng.shuffle(idx)
    return [seq[i] for i in idx[:k]]


# ---------------------------------------------------------------- pools
SURNAMES = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권",
            "황", "안", "송", "류", "전", "홍", "고", "문", "양", "손", "배", "백", "허", "유", "남",
            "심", "노", "하", "곽", "성", "차", "주", "우", "구", "민", "진", "나", "지", "엄", "채",
            "원", "천", "방", "공", "현", "함", "변", "염", "여", "추", "도", "소", "석", "선", "설",
            "마", "길", "연", "위", "표", "명", "기", "반", "왕", "금", "옥", "육", "인", "맹", "제",
            "남궁", "황보", "선우", "제갈", "독고"]
GIVEN1 = ["민", "서", "지", "현", "수", "영", "준", "도", "하", "은", "예", "승", "재", "태", "성",
          "동", "혜", "정", "경", "상", "희", "진", "우", "유", "연", "미", "광", "종", "병", "순",
          "기", "철", "명", "형", "세", "윤", "소", "다", "보", "용", "창", "덕", "귀", "춘", "옥"]
GIVEN2 = ["호", "훈", "아", "연", "수", "희", "진", "민", "우", "빈", "원", "윤", "석", "철", "숙",
          "자", "영", "남", "식", "규", "혁", "욱", "은", "현", "경", "주", "란", "순", "환", "근",
          "래", "택", "임", "범", "화", "선", "길", "녀", "분", "웅"]


def pname(rng):
    return pick(rng, SURNAMES) + pick(rng, GIVEN1) + pick(rng, GIVEN2)


def masked(name, style=0):
    if style == 0:
        return name[0] + "○○"
    if style == 1:
        return name[0] + "**"
    if style == 2:
        return name[0] + "○" + name[-1]
    return name[0] + " 모 씨"


def rrn(rng, y0=1942, y1=1999, foreign=False):
    while True:
        y = rng.randint(y0, y1)
        m = rng.randint(1, 12)
        d = rng.randint(1, 28)
        g = rng.choice([5, 6]) if foreign else rng.choice([1, 2])
        body = "%02d%02d%02d%d%02d%02d%d" % (y % 100, m, d, g, rng.randint(0, 99), rng.randint(0, 99), rng.randint(0, 9))
        digits = [int(c) for c in body]
        w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
        if foreign:
            chk = (13 - sum(a * b for a, b in zip(digits, w)) % 11) % 10
        else:
            chk = (11 - sum(a * b for a, b in zip(digits, w)) % 11) % 10
        s = body + str(chk)
        return s[:6] + "-" + s[6:]


def rrn_masked(rng, y0=1945, y1=2005):
    y = rng.randint(y0, y1)
    g = pick(rng, ["1", "2"]) if y < 2000 else pick(rng, ["3", "4"])
    return "%02d%02d%02d-%s%s" % (y % 100, rng.randint(1, 12), rng.randint(1, 28), g, pick(rng, ["******", "●●●●●●", "XXXXXX"]))


def birth(rng, y0=1940, y1=2012, style=None):
    y, m, d = rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)
    style = style if style is not None else rng.randrange(3)
    if style == 0:
        return "%d. %d. %d." % (y, m, d)
    if style == 1:
        return "%d.%02d.%02d." % (y, m, d)
    return "%d-%02d-%02d" % (y, m, d)


def mobile(rng):
    return "010-%04d-%04d" % (rng.randint(2000, 9999), rng.randint(0, 9999))


def mobile_masked(rng):
    return "010-****-%04d" % rng.randint(0, 9999)


def account(rng):
    bank = pick(rng, ["농협", "국민", "신한", "우리", "기업", "하나", "우체국", "새마을금고"])
    n = pick(rng, ["%03d-%04d-%04d-%02d" % (rng.randint(100, 999), rng.randint(0, 9999), rng.randint(0, 9999), rng.randint(0, 99)),
                   "%06d-%02d-%06d" % (rng.randint(0, 999999), rng.randint(0, 99), rng.randint(0, 999999)),
                   "%03d-%02d-%06d" % (rng.randint(100, 999), rng.randint(0, 99), rng.randint(0, 999999))])
    return bank, n


CITIES = [("서울특별시", ["마포구", "은평구", "노원구", "강서구", "관악구", "중랑구"]),
          ("경기도", ["수원시 팔달구", "성남시 중원구", "안산시 단원구", "의정부시", "평택시", "포천시"]),
          ("부산광역시", ["사하구", "북구", "해운대구", "동래구"]),
          ("충청남도", ["공주시", "논산시", "예산군", "서산시"]),
          ("경상북도", ["안동시", "영주시", "의성군", "구미시"]),
          ("전라남도", ["순천시", "여수시", "나주시", "해남군"]),
          ("강원특별자치도", ["홍천군", "원주시", "강릉시", "정선군"]),
          ("대구광역시", ["달서구", "수성구", "북구"]),
          ("충청북도", ["청주시 상당구", "충주시", "제천시", "옥천군"])]
ROADS = ["중앙로", "시장길", "새말로", "한내로", "버들길", "성안로", "동산로", "학교길", "솔밭로", "장터길",
         "강변로", "은행나무길", "남문로", "대추골길", "향교길", "원당로"]


def home_addr(rng, city=None):
    c, gus = city if city else pick(rng, CITIES)
    gu = pick(rng, gus)
    s = "%s %s %s%s %d" % (c, gu, pick(rng, ROADS), pick(rng, ["", " %d번길" % rng.randint(2, 60)]), rng.randint(1, 240))
    if rng.random() < 0.5:
        s += ", %d동 %d호" % (rng.randint(101, 115), rng.randint(101, 1504))
    return s


def short_addr(rng):
    c, gus = pick(rng, CITIES)
    return "%s %s" % (c.replace("특별시", "").replace("광역시", "").replace("특별자치도", "").replace("충청남도", "충남")
                      .replace("경상북도", "경북").replace("전라남도", "전남").replace("충청북도", "충북").replace("경기도", "경기"), pick(rng, gus))


def ymd(rng, y0, y1, style=0):
    y, m, d = rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)
    if style == 0:
        return "%d. %d. %d." % (y, m, d)
    if style == 1:
        return "%d.%d.%d" % (y, m, d)
    if style == 2:
        return "%d년 %d월 %d일" % (y, m, d)
    return "%d. %02d. %02d." % (y, m, d)


def sorted_dates(rng, y, k, style=0):
    ds = sorted((rng.randint(1, 12), rng.randint(1, 28)) for _ in range(k))
    return [ymd_t(y, m, d, style) for m, d in ds]


def ymd_t(y, m, d, style=0):
    if style == 0:
        return "%d. %d. %d." % (y, m, d)
    if style == 2:
        return "%d년 %d월 %d일" % (y, m, d)
    return "%d.%d.%d" % (y, m, d)


def won(n):
    return "{:,}".format(n)


# ---------------------------------------------------------------- agencies
# kind, name, head (발신명의), depts, address, area, web, mail
AGENCIES = [
    ("중앙부처", "행정안전부", "행정안전부장관", ["정보공개정책과", "디지털정부정책과", "비상대비정책과", "공무원노사협력과", "지방재정정책과"], "세종특별자치시 도움6로 42 정부세종청사 8동", "044", "www.mois.go.kr", "korea.kr"),
    ("중앙부처", "보건복지부", "보건복지부장관", ["기초생활보장과", "장애인정책과", "지역복지과", "노인정책과", "감염병정책과"], "세종특별자치시 도움4로 13 정부세종청사 10동", "044", "www.mohw.go.kr", "korea.kr"),
    ("중앙부처", "교육부", "교육부장관", ["교원정책과", "학생건강정책과", "대입정책과", "교육안전정보국 비상안전담당관"], "세종특별자치시 갈매로 408 정부세종청사 14동", "044", "www.moe.go.kr", "korea.kr"),
    ("중앙부처", "국토교통부", "국토교통부장관", ["토지정책과", "주택정책과", "도로정책과", "공항정책과"], "세종특별자치시 도움6로 11 정부세종청사 6동", "044", "www.molit.go.kr", "korea.kr"),
    ("중앙부처", "고용노동부", "고용노동부장관", ["근로기준정책과", "산업안전보건정책과", "노사관계법제과"], "세종특별자치시 한누리대로 422 정부세종청사 11동", "044", "www.moel.go.kr", "korea.kr"),
    ("병무", "병무청", "병무청장", ["병역판정검사과", "현역입영과", "사회복무정책과", "병역공개과"], "대전광역시 서구 청사로 189 정부대전청사 2동", "042", "www.mma.go.kr", "korea.kr"),
    ("병무", "경인지방병무청", "경인지방병무청장", ["징병관", "사회복무과", "병역판정검사과"], "경기도 수원시 장안구 경수대로 1141", "031", "www.mma.go.kr", "korea.kr"),
    ("세무", "국세청", "국세청장", ["법규과", "조사기획과", "징세과", "개인납세국 소득세과"], "세종특별자치시 국세청로 8-14", "044", "www.nts.go.kr", "nts.go.kr"),
    ("세무", "수원세무서", "수원세무서장", ["부가가치세과", "재산법인세과", "조사과", "납세자보호실"], "경기도 수원시 팔달구 ○○로 51", "031", "www.nts.go.kr", "nts.go.kr"),
    ("광역", "서울특별시", "서울특별시장", ["복지정책과", "비상기획관", "도시계획과", "감사담당관", "총무과"], "서울특별시 중구 세종대로 110", "02", "www.seoul.go.kr", "seoul.go.kr"),
    ("광역", "경기도", "경기도지사", ["비상기획담당관", "토지정책과", "복지정책과", "감사총괄담당관", "세정과"], "경기도 수원시 영통구 도청로 30", "031", "www.gg.go.kr", "gg.go.kr"),
    ("광역", "전라남도", "전라남도지사", ["안전정책과", "사회복지과", "세정과", "자치행정과"], "전라남도 무안군 삼향읍 오룡길 1", "061", "www.jeonnam.go.kr", "korea.kr"),
    ("광역", "강원특별자치도", "강원특별자치도지사", ["비상안전기획관", "복지정책과", "총무행정관"], "강원특별자치도 춘천시 중앙로 1", "033", "state.gwd.go.kr", "korea.kr"),
    ("기초", "서울특별시 마포구", "마포구청장", ["복지정책과", "생활보장과", "세무1과", "민원여권과", "감사담당관", "안전도시과"], "서울특별시 마포구 월드컵로 212", "02", "www.mapo.go.kr", "mapo.go.kr"),
    ("기초", "경기도 포천시", "포천시장", ["희망복지과", "장애인복지과", "세정과", "민원토지과", "자치행정과", "안전총괄과"], "경기도 포천시 중앙로 87", "031", "www.pocheon.go.kr", "korea.kr"),
    ("기초", "충청남도 공주시", "공주시장", ["사회복지과", "세무과", "민원봉사과", "총무과", "안전총괄과"], "충청남도 공주시 봉황로 1", "041", "www.gongju.go.kr", "korea.kr"),
    ("기초", "경상북도 안동시", "안동시장", ["복지정책과", "세정과", "총무과", "건축과", "안전재난과"], "경상북도 안동시 퇴계로 115", "054", "www.andong.go.kr", "korea.kr"),
    ("기초", "부산광역시 사하구", "사하구청장", ["복지정책과", "생활보장과", "세무1과", "총무과", "안전총괄과"], "부산광역시 사하구 낙동대로 398번길 12", "051", "www.saha.go.kr", "korea.kr"),
    ("기초", "강원특별자치도 홍천군", "홍천군수", ["주민복지과", "재무과", "행정과", "안전관리과"], "강원특별자치도 홍천군 홍천읍 장전평로 25", "033", "www.hongcheon.go.kr", "korea.kr"),
    ("기초", "전라남도 해남군", "해남군수", ["주민복지과", "민원과", "재무과", "총무과"], "전라남도 해남군 해남읍 군청길 4", "061", "www.haenam.go.kr", "korea.kr"),
    ("교육청", "서울특별시교육청", "서울특별시교육감", ["교원인사과", "민주시민생활교육과", "중등교육과", "감사관", "학교보건팀"], "서울특별시 종로구 송월길 48", "02", "www.sen.go.kr", "sen.go.kr"),
    ("교육청", "경기도교육청", "경기도교육감", ["교원인사과", "학교생활교육과", "감사관", "교육과정정책과", "학교급식과"], "경기도 수원시 영통구 도청로 30", "031", "www.goe.go.kr", "goe.go.kr"),
    ("교육청", "충청북도교육청", "충청북도교육감", ["중등교육과", "인성시민과", "감사관", "교육복지과"], "충청북도 청주시 상당구 ○○로 50", "043", "www.cbe.go.kr", "cbe.go.kr"),
    ("교육청", "경상남도교육청", "경상남도교육감", ["초등교육과", "중등교육과", "학생생활과", "감사관"], "경상남도 창원시 의창구 중앙대로 241", "055", "www.gne.go.kr", "gne.go.kr"),
    ("교육지원청", "대구광역시남부교육지원청", "대구광역시남부교육지원청교육장", ["초등교육지원과", "중등교육지원과", "행정지원과"], "대구광역시 남구 ○○로 42", "053", "www.dgsbe.go.kr", "dge.go.kr"),
    ("경찰", "경기남부경찰청", "경기남부경찰청장", ["수사과", "경비과", "정보과", "청문감사인권담당관", "교통과"], "경기도 수원시 팔달구 효원로 1", "031", "www.ggpolice.go.kr", "police.go.kr"),
    ("경찰", "서울마포경찰서", "서울마포경찰서장", ["수사과", "경비과", "여성청소년과", "생활안전과", "청문감사관실"], "서울특별시 마포구 마포대로 183", "02", "www.smpa.go.kr", "police.go.kr"),
    ("경찰", "충북경찰청", "충북경찰청장", ["수사과", "경비과", "치안정보과", "청문감사인권담당관"], "충청북도 청주시 ○○구 ○○로 19", "043", "www.cbpolice.go.kr", "police.go.kr"),
    ("소방", "경기도소방재난본부", "경기도소방재난본부장", ["화재대응조사과", "119종합상황실", "예방과", "감사팀"], "경기도 수원시 ○○구 ○○로 1", "031", "www.gg.go.kr/119", "gg.go.kr"),
    ("소방", "서울강서소방서", "서울강서소방서장", ["현장대응단", "화재조사팀", "예방과", "행정팀"], "서울특별시 강서구 ○○로 21", "02", "fire.seoul.go.kr", "seoul.go.kr"),
    ("소방", "대전유성소방서", "대전유성소방서장", ["예방안전과", "대응구조과", "화재조사팀"], "대전광역시 유성구 ○○로 72", "042", "www.daejeon.go.kr/fire", "korea.kr"),
    ("공기업", "한국수자원공사", "한국수자원공사 사장", ["감사실", "물관리계획처", "보안관리부", "계약부"], "대전광역시 대덕구 신탄진로 200", "042", "www.kwater.or.kr", "kwater.or.kr"),
    ("공기업", "한국도로공사", "한국도로공사 사장", ["감사실", "재난안전처", "계약처", "인사처"], "경상북도 김천시 혁신8로 77", "054", "www.ex.co.kr", "ex.co.kr"),
    ("공기업", "한국토지주택공사", "한국토지주택공사 사장", ["감사실", "보상계획처", "토지판매부", "인사처"], "경상남도 진주시 충의로 19", "055", "www.lh.or.kr", "lh.or.kr"),
    ("공기업", "서울교통공사", "서울교통공사 사장", ["감사실", "안전계획처", "노사협력처", "인재개발원"], "서울특별시 성동구 천호대로 346", "02", "www.seoulmetro.co.kr", "seoulmetro.co.kr"),
    ("공기업", "한국가스공사", "한국가스공사 사장", ["감사실", "보안방재처", "설비운영처"], "대구광역시 동구 첨단로 120", "053", "www.kogas.or.kr", "kogas.or.kr"),
    ("법원", "서울가정법원", "서울가정법원장", ["총무과", "가사조사관실"], "서울특별시 서초구 강남대로 193", "02", "slfamily.scourt.go.kr", "scourt.go.kr"),
    ("법원", "수원지방법원", "수원지방법원장", ["총무과", "민사과", "형사과"], "경기도 수원시 영통구 월드컵로 120", "031", "suwon.scourt.go.kr", "scourt.go.kr"),
    ("법원", "대전지방법원 공주지원", "대전지방법원 공주지원장", ["총무과", "민사과"], "충청남도 공주시 한적2길 34-15", "041", "djdc.scourt.go.kr", "scourt.go.kr"),
    ("공공기관", "국민건강보험공단", "국민건강보험공단 이사장", ["자격부과실", "급여관리실", "감사실", "정보보호실"], "강원특별자치도 원주시 건강로 32", "033", "www.nhis.or.kr", "nhis.or.kr"),
    ("공공기관", "국민연금공단", "국민연금공단 이사장", ["연금급여실", "감사실", "정보공개담당"], "전북특별자치도 전주시 덕진구 기지로 180", "063", "www.nps.or.kr", "nps.or.kr"),
    ("공공기관", "한국장학재단", "한국장학재단 이사장", ["장학지원부", "학자금대출부", "감사실"], "대구광역시 동구 신암로 125", "053", "www.kosaf.go.kr", "kosaf.go.kr"),
    ("공공기관", "한국산업인력공단", "한국산업인력공단 이사장", ["자격시험출제부", "능력평가국", "감사실"], "울산광역시 중구 종가로 345", "052", "www.hrdkorea.or.kr", "hrdkorea.or.kr"),
    ("보건", "서울특별시 마포구보건소", "마포구보건소장", ["감염병관리팀", "건강증진과", "의약과"], "서울특별시 마포구 월드컵로 212", "02", "www.mapo.go.kr/health", "mapo.go.kr"),
    ("보건", "경기도 포천시보건소", "포천시보건소장", ["감염병관리팀", "건강관리과", "정신건강복지센터"], "경기도 포천시 중앙로 ○○", "031", "www.pocheon.go.kr/health", "korea.kr"),
    ("병원", "국립중앙의료원", "국립중앙의료원장", ["의무기록팀", "감염관리실", "적정진료팀"], "서울특별시 중구 을지로 245", "02", "www.nmc.or.kr", "nmc.or.kr"),
    ("병원", "경기도의료원 수원병원", "경기도의료원 수원병원장", ["원무과", "의무기록실", "간호부"], "경기도 수원시 장안구 수성로 245번길 69", "031", "www.medical.or.kr", "medical.or.kr"),
    ("군", "육군 제○○보병사단", "제○○보병사단장", ["인사참모처", "정보참모처", "작전참모처", "군수참모처"], "(군사우편) ○○우체국 사서함 ○○-○○호", "", "", ""),
    ("군", "해군 제○함대사령부", "제○함대사령관", ["작전처", "정보보안처", "인사처"], "(군사우편) ○○우체국 사서함 ○○○호", "", "", ""),
    ("군", "국군의무사령부", "국군의무사령관", ["의무기획처", "감찰실", "인사처"], "경기도 성남시 ○○구 ○○로 ○○", "031", "", "mnd.go.kr"),
    ("의회", "서울특별시의회", "서울특별시의회의장", ["의사담당관", "행정자치위원회"], "서울특별시 중구 세종대로 125", "02", "www.smc.seoul.kr", "seoul.go.kr"),
    ("의회", "경상북도 안동시의회", "안동시의회의장", ["의사계", "전문위원실"], "경상북도 안동시 퇴계로 115", "054", "council.andong.go.kr", "korea.kr"),
    ("의회", "경기도 포천시의회", "포천시의회의장", ["의사팀", "전문위원실"], "경기도 포천시 중앙로 87", "031", "council.pocheon.go.kr", "korea.kr"),
]


def agency(rng, kinds=None, prefer=None):
    pool = [a for a in AGENCIES if kinds is None or a[0] in kinds]
    a = pick(rng, pool)
    dept = pick(rng, a[3])
    if prefer:
        good = [d for d in a[3] if any(k in d for k in prefer)]
        if good:
            dept = pick(rng, good)
    city = None
    for c in CITIES:
        if a[4].startswith(c[0]):
            city = c
    return {"kind": a[0], "name": a[1], "head": a[2], "dept": dept, "depts": a[3], "addr": a[4],
            "area": a[5], "web": a[6], "mail": a[7], "city": city}


def local_addr(rng, ag):
    """A private address, usually inside the agency's own region."""
    if ag.get("city") and rng.random() < 0.85:
        c, gus = ag["city"]
        if ag["kind"] in ("기초", "보건"):
            gu = ag["name"].split()[-1].replace("보건소", "")
            gus = [g for g in gus if g.startswith(gu)] or gus
        return home_addr(rng, (c, gus))
    return home_addr(rng)


def tel(rng, ag):
    area = ag["area"] or "031"
    if area == "02":
        return "02-%d%03d-%04d" % (rng.randint(2, 3), rng.randint(100, 999), rng.randint(0, 9999))
    return "%s-%d%02d-%04d" % (area, rng.randint(2, 9), rng.randint(10, 99), rng.randint(0, 9999))


def zipcode(rng):
    return "%05d" % rng.randint(1000, 63600)


def email(rng, ag):
    ids = ["jhkim", "sy.park", "lee0917", "mkchoi", "hwang77", "yoonsj", "khs2020", "dkjeong", "ohmy", "bjlim"]
    return "%s%s@%s" % (pick(rng, ids), pick(rng, ["", str(rng.randint(1, 99))]), ag["mail"] or "korea.kr")


RANKS_GOV = ["주무관", "주무관", "주무관", "행정주사", "사무관", "팀장", "서기관"]
RANKS_PUB = ["대리", "과장", "차장", "부장", "주임"]


def official(rng, ag=None):
    if ag and ag["kind"] in ("공기업", "공공기관", "병원"):
        return pname(rng), pick(rng, RANKS_PUB)
    return pname(rng), pick(rng, RANKS_GOV)


def docno(rng, ag, y=None):
    d = ag["dept"].split()[-1]
    return "%s-%d" % (d, rng.randint(120, 15999))


# ---------------------------------------------------------------- document model
class Doc:
    def __init__(self):
        self.blocks = []
        self.header = None
        self.footer = None
        self.font = "HYSMyeongJo-Medium"

    def h(self, s):
        self.blocks.append(("h", s)); return self

    def p(self, s=""):
        self.blocks.append(("p", s)); return self

    def c(self, s):
        self.blocks.append(("c", s)); return self

    def r(self, s):
        self.blocks.append(("r", s)); return self

    def lines(self, ss):
        for s in ss:
            self.p(s)
        return self

    def table(self, rows, head=True):
        rows = [[str(x) for x in row] for row in rows]
        n = max(len(r) for r in rows)
        rows = [r + [""] * (n - len(r)) for r in rows]
        self.blocks.append(("t", rows, head)); return self

    def box(self, s):
        self.blocks.append(("box", s)); return self

    def pb(self):
        self.blocks.append(("pb",)); return self


def text_render(doc, rng_sep=0):
    """Plain-text rendering (as text extracted from a scanned/converted document)."""
    sep = [" | ", "\t", " ｜ ", "  "][rng_sep]
    pages = [[]]
    for b in doc.blocks:
        if b[0] == "pb":
            pages.append([])
        elif b[0] == "t":
            for row in b[1]:
                pages[-1].append(sep.join(c.replace("\n", " ") for c in row).rstrip())
        else:
            pages[-1].append(b[1])
    out = []
    for i, pg in enumerate(pages):
        if doc.header:
            out.append(doc.header)
        out.extend(pg)
        if doc.footer or len(pages) > 1:
            f = doc.footer or ""
            if len(pages) > 1:
                f = (f + "   " if f else "") + "- %d -" % (i + 1)
            out.append(f)
    t = "\n".join(out)
    t = re.sub(r"\n{3,}", "\n\n", t).strip("\n")
    return t


# ---------------------------------------------------------------- OCR noise
FW = {str(i): chr(0xFF10 + i) for i in range(10)}
HANGUL = re.compile(r"[가-힣]")


def ocr_noise(text, rng, strength=1.0, protect=()):
    """Apply scan/OCR noise.  Substrings in `protect` are kept as they are."""
    keep = {}
    for i, s in enumerate(protect):
        if s and s in text:
            key = "\x00%d\x00" % i
            keep[key] = s
            text = text.replace(s, key)
    out = []
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        if ch == "\x00":
            j = text.index("\x00", i + 1)
            out.append(text[i:j + 1]); i = j + 1; continue
        r = rng.random()
        if ch.isdigit() and r < 0.18 * strength:
            out.append(FW[ch])
        elif ch == "-" and r < 0.35 * strength:
            out.append(pick(rng, ["‐", "－", "—", "-"]))
        elif ch == " " and r < 0.10 * strength:
            pass  # dropped space
        elif HANGUL.match(ch) and i + 1 < n and HANGUL.match(text[i + 1]) and r < 0.035 * strength:
            out.append(ch + " ")
        elif ch == "\n" and r < 0.06 * strength:
            out.append(pick(rng, ["\n'", "\n.", "\n|", " ¸\n", "\n", "\nㆍ"]))
        elif ch == "." and r < 0.05 * strength:
            out.append(pick(rng, [",", ". ", "·"]))
        else:
            out.append(ch)
        i += 1
    t = "".join(out)
    for k, s in keep.items():
        t = t.replace(k, s)
    return t


def noisy_cue(s, rng):
    """A visibly OCR-damaged rendering of a cue string (always differs from s)."""
    for _ in range(20):
        out = []
        for ch in s:
            r = rng.random()
            if ch.isdigit() and r < 0.6:
                out.append(FW[ch])
            elif ch == " " and r < 0.4:
                continue
            elif HANGUL.match(ch) and r < 0.3:
                out.append(ch + " ")
            elif ch == "(" and r < 0.3:
                out.append("（")
            elif ch == ")" and r < 0.3:
                out.append("）")
            else:
                out.append(ch)
        t = "".join(out).rstrip()
        if t != s:
            return t
    return s.replace("", " ").strip()


# ---------------------------------------------------------------- PDF renderer
def pdf_render(doc, path, title):
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.lib.pagesizes import A4
    for f in ("HYSMyeongJo-Medium", "HYGothic-Medium"):
        try:
            pdfmetrics.getFont(f)
        except KeyError:
            pdfmetrics.registerFont(UnicodeCIDFont(f))
    body = doc.font
    bold = "HYGothic-Medium"
    W, H = A4
    L, Rm, TOP, BOT = 62, 62, 70, 70
    width = W - L - Rm
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=0)
    c.setTitle(title)
    c.setAuthor(SET)
    c.setCreator("sens_x make_set.py (reportlab)")
    state = {"y": H - TOP, "page": 1}

    def sw(s, f, sz):
        return pdfmetrics.stringWidth(s, f, sz)

    def wrap(s, f, sz, w):
        out = []
        for para in s.split("\n"):
            line = ""
            for ch in para:
                if sw(line + ch, f, sz) > w:
                    cut = line.rfind(" ")
                    if cut > len(line) * 0.6:
                        out.append(line[:cut]); line = line[cut + 1:] + ch
                    else:
                        out.append(line); line = ch
                else:
                    line += ch
            out.append(line)
        return out

    def deco():
        c.saveState()
        if doc.header:
            c.setFont(bold, 9.5)
            c.drawCentredString(W / 2, H - 40, doc.header)
            c.setLineWidth(0.4)
            c.line(L, H - 46, W - Rm, H - 46)
        c.setFont(body, 8.5)
        c.setLineWidth(0.4)
        c.line(L, 50, W - Rm, 50)
        if doc.footer:
            c.drawString(L, 38, doc.footer)
        c.drawRightString(W - Rm, 38, "- %d -" % state["page"])
        c.restoreState()

    def newpage():
        c.showPage()
        state["page"] += 1
        state["y"] = H - TOP
        deco()

    def need(h):
        if state["y"] - h < BOT:
            newpage()

    deco()
    for b in doc.blocks:
        kind = b[0]
        if kind == "pb":
            newpage(); continue
        if kind in ("p", "h", "c", "r"):
            f, sz, lead = (bold, 15, 22) if kind == "h" else (body, 10.5, 15.5)
            s = b[1]
            if s == "":
                state["y"] -= 7; continue
            for ln in wrap(s, f, sz, width):
                need(lead)
                c.setFont(f, sz)
                y = state["y"] - sz
                if kind in ("h", "c"):
                    c.drawCentredString(W / 2, y, ln)
                elif kind == "r":
                    c.drawRightString(W - Rm, y, ln)
                else:
                    c.drawString(L, y, ln)
                state["y"] -= lead
            if kind == "h":
                state["y"] -= 6
        elif kind == "box":
            sz = 12
            lines = wrap(b[1], bold, sz, width * 0.6)
            bw = max(sw(x, bold, sz) for x in lines) + 20
            bh = len(lines) * 16 + 12
            need(bh + 8)
            x0 = W - Rm - bw
            y0 = state["y"] - bh
            c.saveState()
            c.setStrokeColorRGB(0.75, 0.05, 0.05)
            c.setFillColorRGB(0.75, 0.05, 0.05)
            c.setLineWidth(1.6)
            c.rect(x0, y0, bw, bh)
            c.setLineWidth(0.6)
            c.rect(x0 + 2.5, y0 + 2.5, bw - 5, bh - 5)
            c.setFont(bold, sz)
            for k, ln in enumerate(lines):
                c.drawCentredString(x0 + bw / 2, y0 + bh - 6 - sz - k * 16 + 2, ln)
            c.restoreState()
            state["y"] = y0 - 8
        elif kind == "t":
            rows, head = b[1], b[2]
            ncol = len(rows[0])
            sz, lead, pad = 9, 12, 4
            nat = [max(sw(r[j], body, sz) for r in rows) + 2 * pad + 2 for j in range(ncol)]
            tot = sum(nat)
            if tot <= width:
                cw = nat
            else:
                mn = [min(n, 60) for n in nat]
                extra = width - sum(mn)
                over = [n - m for n, m in zip(nat, mn)]
                so = sum(over) or 1
                cw = [m + extra * o / so for m, o in zip(mn, over)]
            for ri, row in enumerate(rows):
                f = bold if (head and ri == 0) else body
                cells = [wrap(row[j], f, sz, cw[j] - 2 * pad) for j in range(ncol)]
                rh = max(len(x) for x in cells) * lead + 2 * pad
                need(rh)
                x = L
                ytop = state["y"]
                c.setLineWidth(0.6)
                if head and ri == 0:
                    c.saveState(); c.setFillColorRGB(0.9, 0.9, 0.9)
                    c.rect(L, ytop - rh, sum(cw), rh, stroke=0, fill=1); c.restoreState()
                for j in range(ncol):
                    c.rect(x, ytop - rh, cw[j], rh)
                    c.setFont(f, sz)
                    for k, ln in enumerate(cells[j]):
                        c.drawString(x + pad, ytop - pad - sz - k * lead + 1, ln)
                    x += cw[j]
                state["y"] -= rh
            state["y"] -= 8
    c.showPage()
    c.save()
    return state["page"]


# ---------------------------------------------------------------- HWPX renderer
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
XMLHEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'

HEADER_XML = XMLHEAD + """<hh:head %s version="1.31" secCnt="1"><hh:beginNum page="1" footnote="1" endnote="1" pic="1" tbl="1" equation="1"/><hh:refList><hh:fontfaces itemCnt="2"><hh:fontface lang="HANGUL" fontCnt="2"><hh:font id="0" face="함초롬바탕" type="TTF" isEmbedded="0"/><hh:font id="1" face="함초롬돋움" type="TTF" isEmbedded="0"/></hh:fontface><hh:fontface lang="LATIN" fontCnt="2"><hh:font id="0" face="함초롬바탕" type="TTF" isEmbedded="0"/><hh:font id="1" face="함초롬돋움" type="TTF" isEmbedded="0"/></hh:fontface></hh:fontfaces><hh:borderFills itemCnt="3"><hh:borderFill id="1" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0"><hh:slash type="NONE" Crooked="0" isCounter="0"/><hh:backSlash type="NONE" Crooked="0" isCounter="0"/><hh:leftBorder type="NONE" width="0.1 mm" color="#000000"/><hh:rightBorder type="NONE" width="0.1 mm" color="#000000"/><hh:topBorder type="NONE" width="0.1 mm" color="#000000"/><hh:bottomBorder type="NONE" width="0.1 mm" color="#000000"/><hh:diagonal type="SOLID" width="0.1 mm" color="#000000"/></hh:borderFill><hh:borderFill id="2" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0"><hh:slash type="NONE" Crooked="0" isCounter="0"/><hh:backSlash type="NONE" Crooked="0" isCounter="0"/><hh:leftBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:rightBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:topBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:bottomBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:diagonal type="SOLID" width="0.1 mm" color="#000000"/></hh:borderFill><hh:borderFill id="3" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0"><hh:slash type="NONE" Crooked="0" isCounter="0"/><hh:backSlash type="NONE" Crooked="0" isCounter="0"/><hh:leftBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:rightBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:topBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:bottomBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:diagonal type="SOLID" width="0.1 mm" color="#000000"/><hc:fillBrush><hc:winBrush faceColor="#E5E5E5" hatchColor="#999999" alpha="0"/></hc:fillBrush></hh:borderFill></hh:borderFills><hh:charProperties itemCnt="3"><hh:charPr id="0" height="1000" textColor="#000000" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1"><hh:fontRef hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/><hh:ratio hangul="100" latin="100" hanja="100" japanese="100" other="100" symbol="100" user="100"/><hh:spacing hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/><hh:relSz hangul="100" latin="100" hanja="100" japanese="100" other="100" symbol="100" user="100"/><hh:offset hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/></hh:charPr><hh:charPr id="1" height="1600" textColor="#000000" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1"><hh:fontRef hangul="1" latin="1" hanja="1" japanese="1" other="1" symbol="1" user="1"/><hh:ratio hangul="100" latin="100" hanja="100" japanese="100" other="100" symbol="100" user="100"/><hh:spacing hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/><hh:relSz hangul="100" latin="100" hanja="100" japanese="100" other="100" symbol="100" user="100"/><hh:offset hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/><hh:bold/></hh:charPr><hh:charPr id="2" height="1200" textColor="#C00000" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1"><hh:fontRef hangul="1" latin="1" hanja="1" japanese="1" other="1" symbol="1" user="1"/><hh:ratio hangul="100" latin="100" hanja="100" japanese="100" other="100" symbol="100" user="100"/><hh:spacing hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/><hh:relSz hangul="100" latin="100" hanja="100" japanese="100" other="100" symbol="100" user="100"/><hh:offset hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/><hh:bold/></hh:charPr></hh:charProperties><hh:tabProperties itemCnt="1"><hh:tabPr id="0" autoTabLeft="0" autoTabRight="0"/></hh:tabProperties><hh:numberings itemCnt="0"/><hh:paraProperties itemCnt="3"><hh:paraPr id="0" tabPrIDRef="0" condense="0" fontLineHeight="0" snapToGrid="1" suppressLineNumbers="0" checked="0"><hh:align horizontal="JUSTIFY" vertical="BASELINE"/><hh:heading type="NONE" idRef="0" level="0"/><hh:breakSetting breakLatinWord="KEEP_WORD" breakNonLatinWord="KEEP_WORD" widowOrphan="0" keepWithNext="0" keepLines="0" pageBreakBefore="0" lineWrap="BREAK"/><hh:autoSpacing eAsianEng="0" eAsianNum="0"/><hh:margin><hc:intent value="0" unit="HWPUNIT"/><hc:left value="0" unit="HWPUNIT"/><hc:right value="0" unit="HWPUNIT"/><hc:prev value="0" unit="HWPUNIT"/><hc:next value="0" unit="HWPUNIT"/></hh:margin><hh:lineSpacing type="PERCENT" value="160" unit="HWPUNIT"/><hh:border borderFillIDRef="1" offsetLeft="0" offsetRight="0" offsetTop="0" offsetBottom="0" connect="0" ignoreMargin="0"/></hh:paraPr><hh:paraPr id="1" tabPrIDRef="0" condense="0" fontLineHeight="0" snapToGrid="1" suppressLineNumbers="0" checked="0"><hh:align horizontal="CENTER" vertical="BASELINE"/><hh:heading type="NONE" idRef="0" level="0"/><hh:breakSetting breakLatinWord="KEEP_WORD" breakNonLatinWord="KEEP_WORD" widowOrphan="0" keepWithNext="0" keepLines="0" pageBreakBefore="0" lineWrap="BREAK"/><hh:autoSpacing eAsianEng="0" eAsianNum="0"/><hh:margin><hc:intent value="0" unit="HWPUNIT"/><hc:left value="0" unit="HWPUNIT"/><hc:right value="0" unit="HWPUNIT"/><hc:prev value="0" unit="HWPUNIT"/><hc:next value="0" unit="HWPUNIT"/></hh:margin><hh:lineSpacing type="PERCENT" value="160" unit="HWPUNIT"/><hh:border borderFillIDRef="1" offsetLeft="0" offsetRight="0" offsetTop="0" offsetBottom="0" connect="0" ignoreMargin="0"/></hh:paraPr><hh:paraPr id="2" tabPrIDRef="0" condense="0" fontLineHeight="0" snapToGrid="1" suppressLineNumbers="0" checked="0"><hh:align horizontal="RIGHT" vertical="BASELINE"/><hh:heading type="NONE" idRef="0" level="0"/><hh:breakSetting breakLatinWord="KEEP_WORD" breakNonLatinWord="KEEP_WORD" widowOrphan="0" keepWithNext="0" keepLines="0" pageBreakBefore="0" lineWrap="BREAK"/><hh:autoSpacing eAsianEng="0" eAsianNum="0"/><hh:margin><hc:intent value="0" unit="HWPUNIT"/><hc:left value="0" unit="HWPUNIT"/><hc:right value="0" unit="HWPUNIT"/><hc:prev value="0" unit="HWPUNIT"/><hc:next value="0" unit="HWPUNIT"/></hh:margin><hh:lineSpacing type="PERCENT" value="160" unit="HWPUNIT"/><hh:border borderFillIDRef="1" offsetLeft="0" offsetRight="0" offsetTop="0" offsetBottom="0" connect="0" ignoreMargin="0"/></hh:paraPr></hh:paraProperties><hh:styles itemCnt="1"><hh:style id="0" type="PARA" name="바탕글" engName="Normal" paraPrIDRef="0" charPrIDRef="0" nextStyleIDRef="0" langID="1042" lockForm="0"/></hh:styles></hh:refList><hh:compatibleDocument targetProgram="HWP201X"><hh:layoutCompatibility/></hh:compatibleDocument><hh:docOption><hh:linkinfo path="" pageInherit="0" footnoteInherit="0"/></hh:docOption><hh:trackchageConfig flags="56"/></hh:head>""" % NSDECL

VERSION_XML = XMLHEAD + '<hv:HCFVersion xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version" tagetApplication="WORDPROCESSOR" major="5" minor="1" micro="1" buildNumber="0" os="1" xmlVersion="1.5" application="Hancom Office Hangul" appVersion="12, 0, 0, 535 WIN32LEWindows_10"/>'
CONTAINER_XML = XMLHEAD + '<ocf:container xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf"><ocf:rootfiles><ocf:rootfile full-path="Contents/content.hpf" media-type="application/hwpml-package+xml"/><ocf:rootfile full-path="Preview/PrvText.txt" media-type="text/plain"/><ocf:rootfile full-path="META-INF/container.rdf" media-type="application/rdf+xml"/></ocf:rootfiles></ocf:container>'
MANIFEST_XML = XMLHEAD + '<odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>'
CONTAINER_RDF = XMLHEAD + '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about=""><ns0:hasPart xmlns:ns0="http://www.hancom.co.kr/hwpml/2016/meta/pkg#" rdf:resource="Contents/header.xml"/></rdf:Description><rdf:Description rdf:about="Contents/header.xml"><rdf:type rdf:resource="http://www.hancom.co.kr/hwpml/2016/meta/pkg#HeaderFile"/></rdf:Description><rdf:Description rdf:about=""><ns0:hasPart xmlns:ns0="http://www.hancom.co.kr/hwpml/2016/meta/pkg#" rdf:resource="Contents/section0.xml"/></rdf:Description><rdf:Description rdf:about="Contents/section0.xml"><rdf:type rdf:resource="http://www.hancom.co.kr/hwpml/2016/meta/pkg#SectionFile"/></rdf:Description><rdf:Description rdf:about=""><rdf:type rdf:resource="http://www.hancom.co.kr/hwpml/2016/meta/pkg#Document"/></rdf:Description></rdf:RDF>'
SETTINGS_XML = XMLHEAD + '<ha:HWPApplicationSetting xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0"><ha:CaretPosition listIDRef="0" paraIDRef="0" pos="0"/></ha:HWPApplicationSetting>'

TEXTW = 42520  # A4 minus margins, HWPUNIT
SUBLIST = '<hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="%s" linkListIDRef="0" linkListNextIDRef="0" textWidth="%d" textHeight="%d" hasTextRef="0" hasNumRef="0">'


class _Ids:
    def __init__(self):
        self.n = 0

    def __call__(self):
        self.n += 1
        return self.n


def _para(ids, text, para=0, char=0, pagebreak=False, inner=None):
    pid = ids()
    runs = ""
    if inner is not None:
        runs += '<hp:run charPrIDRef="%d">%s<hp:t/></hp:run>' % (char, inner)
    else:
        runs += '<hp:run charPrIDRef="%d"><hp:t>%s</hp:t></hp:run>' % (char, xesc(text))
    return '<hp:p id="%d" paraPrIDRef="%d" styleIDRef="0" pageBreak="%d" columnBreak="0" merged="0">%s</hp:p>' % (
        pid, para, 1 if pagebreak else 0, runs)


def _cellparas(ids, text):
    return "".join(_para(ids, ln) for ln in text.split("\n"))


def _tbl(ids, rows, head):
    nr, nc = len(rows), len(rows[0])
    nat = [max(len(r[j]) for r in rows) + 2 for j in range(nc)]
    tot = sum(nat)
    cw = [max(2400, int(TEXTW * n / tot)) for n in nat]
    scale = TEXTW / sum(cw)
    cw = [int(w * scale) for w in cw]
    rh = 1800
    tid = ids()
    x = ['<hp:tbl id="%d" zOrder="%d" numberingType="TABLE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" lock="0" dropcapstyle="None" pageBreak="CELL" repeatHeader="%d" rowCnt="%d" colCnt="%d" cellSpacing="0" borderFillIDRef="2" noAdjust="0">' % (tid, tid, 1 if head else 0, nr, nc),
         '<hp:sz width="%d" widthRelTo="ABSOLUTE" height="%d" heightRelTo="ABSOLUTE" protect="0"/>' % (sum(cw), rh * nr),
         '<hp:pos treatAsChar="0" affectLSpacing="0" flowWithText="1" allowOverlap="0" holdAnchorAndSO="0" vertRelTo="PARA" horzRelTo="COLUMN" vertAlign="TOP" horzAlign="LEFT" vertOffset="0" horzOffset="0"/>',
         '<hp:outMargin left="283" right="283" top="283" bottom="283"/><hp:inMargin left="510" right="510" top="141" bottom="141"/>']
    for i, row in enumerate(rows):
        x.append("<hp:tr>")
        for j, cell in enumerate(row):
            bf = 3 if (head and i == 0) else 2
            x.append('<hp:tc name="" header="%d" hasMargin="0" protect="0" editable="0" dirty="0" borderFillIDRef="%d">' % (1 if (head and i == 0) else 0, bf))
            x.append(SUBLIST % ("CENTER", cw[j], rh) + _cellparas(ids, cell) + "</hp:subList>")
            x.append('<hp:cellAddr colAddr="%d" rowAddr="%d"/><hp:cellSpan colSpan="1" rowSpan="1"/><hp:cellSz width="%d" height="%d"/><hp:cellMargin left="510" right="510" top="141" bottom="141"/></hp:tc>' % (j, i, cw[j], rh))
        x.append("</hp:tr>")
    x.append("</hp:tbl>")
    return "".join(x)


def _textbox(ids, text):
    lines = text.split("\n")
    w = min(TEXTW, 1100 * max(len(s) for s in lines) + 2400)
    h = 1700 * len(lines) + 1400
    rid = ids()
    return ('<hp:rect id="%d" zOrder="%d" numberingType="PICTURE" textWrap="SQUARE" textFlow="BOTH_SIDES" lock="0" dropcapstyle="None" href="" groupLevel="0" instid="%d" ratio="0">' % (rid, rid, rid + 1000000)
            + '<hp:offset x="0" y="0"/><hp:orgSz width="%d" height="%d"/><hp:curSz width="0" height="0"/><hp:flip horizontal="0" vertical="0"/>' % (w, h)
            + '<hp:rotationInfo angle="0" centerX="%d" centerY="%d" rotateimage="1"/>' % (w // 2, h // 2)
            + '<hp:renderingInfo><hc:transMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/><hc:scaMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/><hc:rotMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/></hp:renderingInfo>'
            + '<hp:lineShape color="#C00000" width="85" style="DOUBLE_SLIM" endCap="FLAT" headStyle="NORMAL" tailStyle="NORMAL" headfill="1" tailfill="1" headSz="SMALL_SMALL" tailSz="SMALL_SMALL" outlineStyle="NORMAL" alpha="0"/>'
            + '<hc:fillBrush><hc:winBrush faceColor="none" hatchColor="#000000" alpha="0"/></hc:fillBrush>'
            + '<hp:shadow type="NONE" color="#B2B2B2" offsetX="0" offsetY="0" alpha="0"/>'
            + '<hp:drawText lastWidth="%d" name="" editable="0">' % w
            + SUBLIST % ("CENTER", w, h) + "".join(_para(ids, ln, para=1, char=2) for ln in lines) + "</hp:subList>"
            + '<hp:textMargin left="283" right="283" top="283" bottom="283"/></hp:drawText>'
            + '<hc:pt0 x="0" y="0"/><hc:pt1 x="%d" y="0"/><hc:pt2 x="%d" y="%d"/><hc:pt3 x="0" y="%d"/>' % (w, w, h, h)
            + '<hp:sz width="%d" widthRelTo="ABSOLUTE" height="%d" heightRelTo="ABSOLUTE" protect="0"/>' % (w, h)
            + '<hp:pos treatAsChar="0" affectLSpacing="0" flowWithText="1" allowOverlap="0" holdAnchorAndSO="0" vertRelTo="PARA" horzRelTo="COLUMN" vertAlign="TOP" horzAlign="RIGHT" vertOffset="0" horzOffset="0"/>'
            + '<hp:outMargin left="0" right="0" top="0" bottom="0"/><hp:shapeComment>글상자</hp:shapeComment></hp:rect>')


def _hf(ids, kind, text):
    return ('<hp:ctrl><hp:%s id="%d" applyPageType="BOTH">' % (kind, ids())
            + SUBLIST % ("TOP" if kind == "header" else "BOTTOM", TEXTW, 4252)
            + _para(ids, text, para=1 if kind == "header" else 2)
            + "</hp:subList></hp:%s></hp:ctrl>" % kind)


def hwpx_render(doc, path, title, created):
    ids = _Ids()
    secpr = ('<hp:secPr id="" textDirection="HORIZONTAL" spaceColumns="1134" tabStop="8000" tabStopVal="4000" tabStopUnit="HWPUNIT" outlineShapeIDRef="1" memoShapeIDRef="0" textVerticalWidthHead="0" masterPageCnt="0">'
             '<hp:grid lineGrid="0" charGrid="0" wonggojiFormat="0"/><hp:startNum pageStartsOn="BOTH" page="0" pic="0" tbl="0" equation="0"/>'
             '<hp:visibility hideFirstHeader="0" hideFirstFooter="0" hideFirstMasterPage="0" border="SHOW_ALL" fill="SHOW_ALL" hideFirstPageNum="0" hideFirstEmptyLine="0" showLineNumber="0"/>'
             '<hp:lineNumberShape restartType="0" countBy="0" distance="0" startNumber="0"/>'
             '<hp:pagePr landscape="WIDELY" width="59528" height="84186" gutterType="LEFT_ONLY"><hp:margin header="4252" footer="4252" gutter="0" left="8504" right="8504" top="5668" bottom="4252"/></hp:pagePr>'
             '<hp:footNotePr><hp:autoNumFormat type="DIGIT" userChar="" prefixChar="" suffixChar=")" supscript="0"/><hp:noteLine length="-1" type="SOLID" width="0.12 mm" color="#000000"/><hp:noteSpacing betweenNotes="283" belowLine="567" aboveLine="850"/><hp:numbering type="CONTINUOUS" newNum="1"/><hp:placement place="EACH_COLUMN" beneathText="0"/></hp:footNotePr>'
             '<hp:endNotePr><hp:autoNumFormat type="DIGIT" userChar="" prefixChar="" suffixChar=")" supscript="0"/><hp:noteLine length="14692344" type="SOLID" width="0.12 mm" color="#000000"/><hp:noteSpacing betweenNotes="0" belowLine="567" aboveLine="850"/><hp:numbering type="CONTINUOUS" newNum="1"/><hp:placement place="END_OF_DOCUMENT" beneathText="0"/></hp:endNotePr>'
             '<hp:pageBorderFill type="BOTH" borderFillIDRef="1" textBorder="PAPER" headerInside="0" footerInside="0" fillArea="PAPER"><hp:offset left="1417" right="1417" top="1417" bottom="1417"/></hp:pageBorderFill>'
             '</hp:secPr><hp:ctrl><hp:colPr id="" type="NEWSPAPER" layout="LEFT" colCount="1" sameSz="1" sameGap="0"/></hp:ctrl>')
    hf = ""
    if doc.header:
        hf += _hf(ids, "header", doc.header)
    foot = (doc.footer + "   " if doc.footer else "")
    hf += ('<hp:ctrl><hp:footer id="%d" applyPageType="BOTH">' % ids() + SUBLIST % ("BOTTOM", TEXTW, 4252)
           + '<hp:p id="%d" paraPrIDRef="2" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0"><hp:run charPrIDRef="0"><hp:t>%s</hp:t></hp:run></hp:p>' % (ids(), xesc(foot))
           + "</hp:subList></hp:footer></hp:ctrl>"
           + '<hp:ctrl><hp:pageNum pos="BOTTOM_CENTER" formatType="DIGIT" sideChar="-"/></hp:ctrl>')
    paras = ['<hp:p id="%d" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0"><hp:run charPrIDRef="0">%s%s</hp:run><hp:run charPrIDRef="0"><hp:t/></hp:run></hp:p>' % (ids(), secpr, hf)]
    brk = False
    for b in doc.blocks:
        k = b[0]
        if k == "pb":
            brk = True; continue
        if k == "t":
            paras.append(_para(ids, "", pagebreak=brk, inner=_tbl(ids, b[1], b[2])))
        elif k == "box":
            paras.append(_para(ids, "", pagebreak=brk, inner=_textbox(ids, b[1])))
        else:
            para = {"p": 0, "h": 1, "c": 1, "r": 2}[k]
            paras.append(_para(ids, b[1], para=para, char=1 if k == "h" else 0, pagebreak=brk))
        brk = False
    section = XMLHEAD + '<hs:sec %s>%s</hs:sec>' % (NSDECL, "".join(paras))
    hpf = (XMLHEAD + '<opf:package %s version="" unique-identifier="" id=""><opf:metadata><opf:title>%s</opf:title><opf:language>ko</opf:language>'
           '<opf:meta name="creator" content="text">%s</opf:meta><opf:meta name="CreatedDate" content="text">%s</opf:meta><opf:meta name="ModifiedDate" content="text">%s</opf:meta></opf:metadata>'
           '<opf:manifest><opf:item id="header" href="Contents/header.xml" media-type="application/xml"/><opf:item id="section0" href="Contents/section0.xml" media-type="application/xml"/><opf:item id="settings" href="settings.xml" media-type="application/xml"/></opf:manifest>'
           '<opf:spine><opf:itemref idref="header" linear="yes"/><opf:itemref idref="section0" linear="yes"/></opf:spine></opf:package>') % (NSDECL, xesc(title), SET, created, created)
    prv = text_render(doc)[:1024]
    entries = [("mimetype", b"application/hwp+zip", zipfile.ZIP_STORED),
               ("version.xml", VERSION_XML.encode("utf-8"), zipfile.ZIP_STORED),
               ("Contents/header.xml", HEADER_XML.encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("Contents/section0.xml", section.encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("Contents/content.hpf", hpf.encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("settings.xml", SETTINGS_XML.encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("Preview/PrvText.txt", prv.encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("META-INF/container.xml", CONTAINER_XML.encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("META-INF/manifest.xml", MANIFEST_XML.encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("META-INF/container.rdf", CONTAINER_RDF.encode("utf-8"), zipfile.ZIP_DEFLATED)]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data, comp in entries:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = comp
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- labels / cues
TEMPLATES = {}


def template(name):
    def deco(fn):
        TEMPLATES[name] = fn
        return fn
    return deco


class Out:
    def __init__(self, genre, disclosure, marking, reasons, cue, cue_location, cue_text, title="", flags=None,
                 doc=None, ids=None, stated=None):
        self.genre, self.disclosure, self.marking, self.reasons = genre, disclosure, marking, R(*reasons)
        self.cue, self.cue_location, self.cue_text = cue, cue_location, cue_text
        self.title = title
        self.flags = list(flags or [])
        self.doc = doc
        self.ids = list(ids or [])  # unmasked RRN/FRN/passport/DL strings present in the document
        self.stated = stated  # ("partial", [5,6]) as printed in the document, if any


OIDA_NUM_WORD = {1: "1", 2: "2", 3: "3", 4: "4", 5: "5", 6: "6", 7: "7", 8: "8"}


def field_str(rng, disc, nums, style=None):
    """Spellings of the 공개구분 entry."""
    nums = sorted(nums)
    if disc == "public":
        return "공개"
    word = "부분공개" if disc == "partial" else "비공개"
    joined = ",".join(str(n) for n in nums)
    opts = ["%s(%s)" % (word, joined), "%s (%s)" % (word, joined), "%s(%s)" % (word, ", ".join(str(n) for n in nums))]
    if len(nums) == 1:
        n = nums[0]
        opts += ["%s(제9조 제1항 제%d호)" % (word, n), "%s (9조1항%d호)" % (word, n), "%s(법 제9조①%d)" % (word, n),
                 "%s(제9조제1항제%d호)" % (word, n), "%s(%d호)" % (word, n)]
    else:
        opts += ["%s(제9조 제1항 제%s호)" % (word, "ㆍ".join(str(n) for n in nums))]
    if style is not None:
        return opts[style % len(opts)]
    return pick(rng, opts)


def sign_line(rng, ag, modern=True):
    n1, n2, n3 = pname(rng), pname(rng), pname(rng)
    mmdd = "%02d/%02d" % (rng.randint(1, 12), rng.randint(1, 28))
    d = ag["dept"].split()[-1]
    if ag["kind"] in ("공기업", "공공기관", "병원"):
        return pick(rng, ["담당 %s %s    부장 %s    실장 %s %s" % (pick(rng, ["대리", "과장", "주임"]), n1, n2, mmdd, n3),
                          "기안자 %s %s   검토자 차장 %s   결재권자 처장 %s" % (pick(rng, ["대리", "주임"]), n1, n2, n3)])
    if d.endswith("팀") or d.endswith("실") or d.endswith("관"):
        team, boss = pick(rng, ["담당", "팀장"]), (d + "장" if d.endswith("팀") else d)
    else:
        team, boss = d[:-1] + "팀장" if len(d) > 2 else "팀장", d + "장"
    return pick(rng, ["★주무관 %s    %s %s    %s %s %s" % (n1, team, n2, boss, mmdd, n3),
                      "주무관 %s   팀장 %s   %s 전결 %s %s" % (n1, n2, boss, mmdd, n3),
                      "기안자 %s %s  검토자 %s %s  결재권자 %s %s" % (pick(rng, ["주무관", "행정주사보", "주무관"]), n1, "팀장", n2, boss, n3)])


def gyeolmun(doc, rng, ag, field, how=None, date=None, with_head=True):
    """Append a modern 결문 (발신명의, 서명, 시행/접수, 주소, 연락처, 공개구분).  Returns the line
    carrying the field (or None)."""
    how = how if how is not None else rng.randrange(4)
    if with_head:
        doc.p("")
        doc.c(ag["head"] if rng.random() < 0.7 else " ".join(ag["head"]) if len(ag["head"]) <= 5 else ag["head"])
        doc.p("")
    doc.p(sign_line(rng, ag))
    doc.p("협조자" + pick(rng, ["", "  " + "%s %s" % (pick(rng, ["주무관", "팀장"]), pname(rng))]))
    if date is None:
        yrs = [int(m) for b in doc.blocks if len(b) > 1 and isinstance(b[1], str) for m in re.findall(r"(20[12]\d)(?:학년도|년|\. )", b[1])]
        yy = max(yrs) if yrs else rng.randint(2019, 2025)
        date = ymd(rng, yy, yy)
    doc.p("시행 %s (%s)        접수" % (docno(rng, ag), date))
    web = ag["web"] and (" / " + pick(rng, ["http://", "https://", ""]) + ag["web"]) or ""
    doc.p("우 %s %s%s" % (zipcode(rng), ag["addr"], web))
    t1, t2, em = tel(rng, ag), tel(rng, ag), email(rng, ag)
    line = None
    if field is None:
        doc.p("전화번호 %s  팩스번호 %s / %s" % (t1, t2, em))
    elif how == 0:
        line = "전화번호 %s  팩스번호 %s / %s / %s" % (t1, t2, em, field)
        doc.p(line)
    elif how == 1:
        line = "전화 %s  전송 %s / %s / 공개구분 %s" % (t1, t2, em, field)
        doc.p(line)
    elif how == 2:
        doc.p("전화번호 %s  팩스번호 %s / %s" % (t1, t2, em))
        line = "공개구분: %s" % field
        doc.p(line)
    else:
        line = "전화 (%s) %s  전송 (%s) %s  /%s  /%s" % (t1.split("-")[0], t1.split("-", 1)[1], t2.split("-")[0], t2.split("-", 1)[1], em, field)
        doc.p(line)
    return line


DEPT_HINTS = [
    (("복지", "긴급", "수급", "바우처", "장애", "돌봄", "건강관리", "치매", "생계", "위문품"), ("복지", "생활보장", "장애인", "희망")),
    (("지방세", "환급", "체납", "과오납"), ("세",)),
    (("감사", "비위", "처분요구", "소명"), ("감사",)),
    (("승진", "인사", "정원", "조직", "징계", "고충", "교원"), ("인사", "총무", "행정", "자치", "교원")),
    (("을지", "충무", "비상", "방호", "재난", "자연재난", "동원"), ("비상", "안전", "보안")),
    (("계약", "입찰", "예정가격", "공사", "시설공사", "단가"), ("계약", "시설", "재무", "총무")),
    (("택지", "개발", "토지", "도시", "보상", "건축물"), ("토지", "도시", "건축", "보상", "민원토지")),
    (("학교", "학생", "급식", "방과후", "교육급여", "장학", "시험"), ("교육", "학교", "학생", "중등", "초등", "교육복지")),
    (("위생", "급식소", "감염병", "예방접종", "결핵"), ("위생", "보건", "감염", "건강")),
    (("수사", "사건", "첩보", "단속", "집회", "유실물"), ("수사", "경비", "정보", "생활안전")),
    (("화재",), ("화재", "예방", "대응")),
    (("민원", "도로명주소"), ("민원",)),
]


def fit_dept(ag, text):
    for keys, depts in DEPT_HINTS:
        if any(k in text for k in keys):
            good = [d for d in ag["depts"] if any(x in d for x in depts)]
            if good:
                ag["dept"] = good[len(text) % len(good)]
            return ag
    return ag


def heading_block(doc, rng, ag, title, recipient=None, via=True):
    fit_dept(ag, title)
    doc.h(ag["name"])
    doc.p("")
    doc.p("수신  " + (recipient or "수신자 참조"))
    if via and rng.random() < 0.5:
        doc.p("(경유)")
    doc.p("제목  " + title)
    doc.p("")


# ---------------------------------------------------------------- 공문 topics
def _people_rows(rng, n, cols, ag=None):
    rows = []
    for i in range(n):
        nm = pname(rng)
        row = [str(i + 1), nm]
        for c in cols:
            if c == "birth":
                row.append(birth(rng, 1938, 2004))
            elif c == "addr":
                row.append((local_addr(rng, ag) if ag else home_addr(rng)))
            elif c == "mobile":
                row.append(mobile(rng))
            elif c == "amount":
                row.append(won(rng.randrange(300, 3000) * 1000))
            elif c == "school":
                row.append("%s%s학교 %d학년" % (pick(rng, ["새솔", "한빛", "미르", "가온", "늘푸른", "햇살", "솔뫼"]), pick(rng, ["초등", "중", "고등"]), rng.randint(1, 3)))
            elif c == "score":
                row.append("%d.%d" % (rng.randint(60, 98), rng.randint(0, 9)))
            elif c == "dong":
                row.append(pick(rng, ["대흥동", "연남동", "성산1동", "망원2동", "신수동", "도화동", "합정동", "서교동"]))
            elif c == "rrn_m":
                row.append(rrn_masked(rng, 1940, 2004))
            elif c == "area":
                row.append("%d㎡" % rng.randint(40, 2400))
            else:
                row.append(c)
        rows.append(row)
    return rows


def topic_public(rng, ag, i):
    k = ag["kind"]
    y = rng.randint(2019, 2025)
    d1, d2, d3 = sorted_dates(rng, y, 3)
    o_n, o_r = official(rng, ag)
    topics = {
        "교육청": [
            ("%d학년도 하반기 현장체험학습 안전관리 점검 계획 알림" % y, "관내 초ㆍ중ㆍ고등학교장",
             ["1. 관련: %s-%d(%s)" % (ag["dept"], rng.randint(1000, 9999), d1),
              "2. 숙박형 현장체험학습 운영 과정에서 발생할 수 있는 안전사고를 예방하고자 하반기 점검을 아래와 같이 실시하오니, 각 학교에서는 붙임 점검표를 미리 작성하여 두시기 바랍니다.",
              "  가. 점검 기간: %s ~ %s" % (d2, d3),
              "  나. 점검 대상: 숙박형 체험학습을 계획한 학교(수련활동 포함)",
              "  다. 점검 방법: 서면 점검 후 표본 학교 현장 확인(교육지원청 장학사 동행)",
              "3. 미흡 사항이 확인된 학교는 개선 계획을 세워 점검 종료 후 2주 이내에 제출하여 주시기 바랍니다."],
             "붙임  현장체험학습 안전점검표 1부.  끝."),
            ("학교 급식 식재료 원산지 표시 자율점검 실시", "각급학교장(영양교사)",
             ["1. 학교 급식에 사용되는 식재료의 원산지 표시가 정확히 이루어지도록 %d년 상반기 자율점검을 실시합니다." % y,
              "2. 각 학교에서는 최근 3개월간 식단표와 거래명세서를 대조하여 점검표를 작성하고, 그 결과를 %s까지 업무관리시스템으로 보고하여 주십시오." % d2,
              "3. 점검표 작성 방법에 관한 문의는 %s %s %s(%s)에게 하여 주시기 바랍니다." % (ag["dept"], o_r, o_n, tel(rng, ag))],
             "붙임  1. 원산지 표시 자율점검표 1부.\n      2. 작성 예시 1부.  끝."),
            ("기초학력 보장 협력강사 운영 사례 공유회 개최", "관내 초등학교장",
             ["1. 올해 협력강사 운영 학교의 우수 사례를 나누고 내년 운영 방향을 함께 논의하고자 공유회를 엽니다.",
              "2. 일시ㆍ장소: %s 14:00~17:00, 교육지원청 2층 대회의실" % d1,
              "3. 참석 대상: 학교별 담당 교원 1명(협력강사 동반 가능)",
              "4. 참석자는 출장 처리하여 주시고, 여비는 소속 학교 예산에서 지급하여 주시기 바랍니다."],
             "붙임  공유회 세부 일정 1부.  끝."),
        ],
        "기초": [
            ("여름철 자연재난 대비 취약시설 일제 점검 협조", "각 읍ㆍ면ㆍ동장",
             ["1. 장마와 태풍에 앞서 인명 피해 우려 지역과 급경사지, 지하차도 등 취약시설을 점검하려 하오니 협조하여 주시기 바랍니다.",
              "2. 점검 기간: %s ~ %s" % (d1, d2),
              "3. 읍ㆍ면ㆍ동에서는 관할 시설별 담당자를 지정하고, 점검 결과를 붙임 서식에 따라 작성하여 안전총괄과로 제출하여 주십시오.",
              "4. 점검 중 즉시 조치가 필요한 사항은 유선으로 먼저 알려 주시기 바랍니다."],
             "붙임  취약시설 점검 결과 보고서 서식 1부.  끝."),
            ("도로명주소 안내시설 일제조사 실시 알림", "각 동장",
             ["1. 「도로명주소법」에 따라 관내에 설치된 도로명판, 건물번호판, 기초번호판의 훼손 여부와 위치 적정성을 조사하고자 합니다.",
              "2. 조사 기간은 %s부터 한 달간이며, 조사 요원 2명이 현장을 방문할 예정입니다." % d1,
              "3. 주민 문의가 있을 경우 민원부서 %s(%s)로 안내하여 주시기 바랍니다." % (o_n + " " + o_r, tel(rng, ag))],
             None),
            ("주민자치회 위원 역량강화 워크숍 개최", "각 읍ㆍ면장",
             ["1. 주민자치회 위원의 역할 이해와 마을 의제 발굴 역량을 높이기 위한 워크숍을 아래와 같이 개최합니다.",
              "  가. 일시: %s 10:00~16:00" % d2,
              "  나. 장소: 시민회관 소공연장",
              "  다. 내용: 주민총회 운영 사례, 마을계획 수립 실습",
              "2. 읍ㆍ면에서는 참석 인원을 %s까지 알려 주시기 바랍니다." % d3],
             "붙임  워크숍 운영 계획 1부.  끝."),
        ],
        "중앙부처": [
            ("%d년 정보공개 담당자 직무교육 실시" % y, "수신자 참조",
             ["1. 정보공개 청구 처리의 일관성을 높이기 위하여 중앙행정기관과 지방자치단체 담당자를 대상으로 직무교육을 실시합니다.",
              "2. 교육은 %s와 %s 두 차례 온라인으로 진행하며, 기관별로 1명 이상 참여하여 주시기 바랍니다." % (d1, d2),
              "3. 교육 자료는 사전에 정보공개포털 공지사항에 게시할 예정입니다."],
             "붙임  교육 일정 및 접속 방법 1부.  끝."),
            ("지방보조금 관리기준 일부 개정 알림", "시ㆍ도 기획조정실장",
             ["1. 지방보조금 관리기준이 일부 개정되어 %s부터 시행됨을 알려 드립니다." % d1,
              "2. 주요 개정 내용은 보조사업 정산보고서 검증 대상 확대와 중요재산 처분 제한 기간 명확화입니다.",
              "3. 시ㆍ도에서는 시ㆍ군ㆍ구에 이를 전파하여 주시고, 자체 조례와 규칙을 정비하여 주시기 바랍니다."],
             "붙임  1. 개정 관리기준 1부.\n      2. 신ㆍ구조문 대비표 1부.  끝."),
        ],
        "경찰": [
            ("어린이보호구역 합동 점검 협조 요청", "관내 초등학교장",
             ["1. 새 학기를 맞아 등하교 시간대 어린이보호구역 내 교통안전 시설물과 불법 주정차 실태를 함께 점검하고자 합니다.",
              "2. 점검은 %s부터 2주간 학교별로 진행되며, 녹색어머니회 등 학부모 단체의 참여를 부탁드립니다." % d1,
              "3. 점검 결과 필요한 시설 개선 사항은 구청과 협의하여 조치하겠습니다."],
             None),
        ],
        "소방": [
            ("겨울철 화재예방 캠페인 공동 추진 협조", "수신자 참조",
             ["1. 난방기구 사용이 늘어나는 시기를 맞아 주택용 소방시설 설치 홍보와 전통시장 화재예방 캠페인을 공동으로 추진하고자 합니다.",
              "2. 캠페인 일정: %s ~ %s(주 2회, 전통시장 및 대형마트 일대)" % (d1, d2),
              "3. 유관기관에서는 홍보물 배부 인력 지원과 전광판 문안 게시에 협조하여 주시기 바랍니다."],
             "붙임  캠페인 추진 계획 1부.  끝."),
        ],
        "병무": [
            ("사회복무요원 복무기관 담당자 교육 안내", "복무기관의 장",
             ["1. 사회복무요원 복무관리의 적정성을 높이기 위하여 복무기관 담당자 교육을 다음과 같이 실시합니다.",
              "2. 교육일시: %s 14:00, 교육장소: 지방병무청 대강당" % d1,
              "3. 복무기관별 담당자 1명은 반드시 참석하여 주시기 바랍니다. 교육 내용은 복무 규정 개정 사항, 근무상황 관리, 복무 이탈 예방입니다."],
             None),
        ],
        "공기업": [
            ("고객 안전 캠페인 참여 요청", "협력사 대표",
             ["1. 귀사의 무궁한 발전을 기원합니다.",
              "2. 공사는 %d년 하반기 현장 안전사고 예방을 위하여 협력사와 함께 ‘안전 최우선 주간’을 운영하고자 하오니 참여하여 주시기 바랍니다." % y,
              "3. 운영 기간: %s ~ %s / 주요 내용: 작업 전 안전점검 회의, 추락 방지 시설 일제 점검" % (d1, d2)],
             "붙임  안전 최우선 주간 운영 계획 1부.  끝."),
        ],
        "보건": [
            ("어르신 인플루엔자 예방접종 위탁의료기관 안내", "각 동 주민센터장",
             ["1. %d~%d절기 인플루엔자 국가예방접종이 %s부터 시작됩니다." % (y, y + 1, d1),
              "2. 만 65세 이상 어르신은 가까운 위탁의료기관에서 무료로 접종받으실 수 있으며, 위탁의료기관 목록은 붙임과 같습니다.",
              "3. 주민센터에서는 경로당과 통장 회의를 통해 접종 일정을 안내하여 주시기 바랍니다."],
             "붙임  위탁의료기관 목록 1부.  끝."),
        ],
    }
    pool = topics.get(k) or topics.get({"광역": "중앙부처", "교육지원청": "교육청", "공공기관": "공기업", "병원": "보건", "세무": "중앙부처", "의회": "기초", "법원": "중앙부처", "군": "병무"}.get(k, "기초"))
    return pool[i % len(pool)]


def topic_partial(rng, ag, i):
    """(agency kinds, title, recipient, body, table, attach, reasons) -- content holds personal or business data."""
    y = rng.randint(2019, 2025)
    d1, d2 = sorted_dates(rng, y, 2)
    T = [
        (("기초",), "긴급복지 생계지원 대상자 결정 통보", "각 동장",
         ["1. 「긴급복지지원법」 제9조에 따라 위기상황에 처한 가구에 대한 생계지원을 아래와 같이 결정하였으므로 알려 드립니다.",
          "2. 동 주민센터에서는 대상 가구에 결정 내용을 안내하고, 지원금이 %s까지 입금되었는지 확인하여 주시기 바랍니다." % d1],
         [["연번", "성명", "생년월일", "주소", "지원액(원)"]] + _people_rows(rng, rng.randint(3, 5), ["birth", "addr", "amount"], ag),
         "붙임  긴급지원 결정 통지서 사본 각 1부.  끝.", [6]),
        (("교육청", "교육지원청"), "교육급여 수급 학생 추가 선정 통보", "해당 학교장",
         ["1. %d학년도 교육급여 추가 신청자에 대한 소득ㆍ재산 조사 결과 아래 학생이 수급자로 선정되었음을 알려 드립니다." % y,
          "2. 학교에서는 부교재비와 학용품비가 누락되지 않도록 학적 정보를 확인하여 주시기 바랍니다."],
         [["연번", "성명", "학교ㆍ학년", "보호자 연락처"]] + _people_rows(rng, rng.randint(3, 6), ["school", "mobile"]),
         None, [6]),
        (("경찰",), "유실물 습득 신고자 보상금 지급 협조", "○○파출소장",
         ["1. 아래 습득 신고 건에 대하여 유실자가 확인되어 「유실물법」 제4조에 따른 보상금 지급 절차를 진행하고자 합니다.",
          "2. 신고자에게 보상금 수령 의사를 확인하고, 수령 동의서를 받아 %s까지 회신하여 주시기 바랍니다." % d1],
         [["연번", "신고자", "연락처", "습득물", "습득일"]] + [[str(j + 1), pname(rng), mobile(rng), pick(rng, ["지갑(현금 포함)", "휴대전화", "가방", "손목시계"]), ymd(rng, 2023, 2025)] for j in range(rng.randint(2, 4))],
         None, [6]),
        (("소방",), "화재 피해 주민 임시주거 지원 요청", "○○구청장(복지정책과장)",
         ["1. %s 발생한 주택 화재로 거주가 어려운 세대가 있어 임시주거 지원을 요청드립니다." % d1,
          "2. 피해 세대 현황은 아래와 같으며, 세대주의 동의를 받아 연락처를 함께 통보합니다."],
         [["연번", "세대주", "주소", "연락처", "가구원 수"]] + [[str(j + 1), pname(rng), local_addr(rng, ag), mobile(rng), "%d명" % rng.randint(1, 5)] for j in range(rng.randint(2, 4))],
         "붙임  화재 현장 사진 1부.  끝.", [6]),
        (("공기업",), "토지 보상협의 결과 통보", "수신자 참조",
         ["1. ○○지구 공공주택사업 편입 토지에 대한 보상협의 결과를 다음과 같이 알려 드립니다.",
          "2. 협의에 응하지 아니한 토지는 수용재결 신청 절차를 진행할 예정입니다."],
         [["연번", "소유자", "소재지", "면적", "보상금(원)"]] + [[str(j + 1), pname(rng), "%s %d-%d" % (pick(rng, ["○○동", "○○리"]), rng.randint(1, 900), rng.randint(1, 30)), "%d㎡" % rng.randint(80, 3000), won(rng.randrange(20, 900) * 1000000)] for j in range(rng.randint(3, 5))],
         None, [6]),
        (("교육청", "교육지원청"), "방과후학교 외부강사 선정 결과 알림", "해당 학교장",
         ["1. %d학년도 방과후학교 외부강사 공개모집에 대한 서류 및 면접 심사를 마치고 결과를 알려 드립니다." % y,
          "2. 선정된 강사와는 학교별로 계약을 체결하되, 성범죄 경력 조회 회신서를 반드시 받아 두시기 바랍니다."],
         [["연번", "성명", "강좌", "심사점수", "결과"]] + [[str(j + 1), pname(rng), pick(rng, ["로봇과학", "바이올린", "창의미술", "논술", "배드민턴", "코딩"]), "%d.%d" % (rng.randint(61, 97), rng.randint(0, 9)), pick(rng, ["선정", "선정", "예비"])] for j in range(rng.randint(3, 6))],
         None, [6]),
        (("중앙부처", "광역"), "정책연구용역 제안서 평가 결과 통보", "입찰 참가업체 대표",
         ["1. ‘%s’ 연구용역의 제안서 평가를 %s에 실시하였으며, 그 결과를 알려 드립니다." % (pick(rng, ["지역소멸 대응 정책 효과 분석", "공공데이터 개방 성과 평가", "재난안전통신망 활용도 제고 방안"]), d1),
          "2. 평가위원 명단과 업체별 기술능력 세부 점수는 아래와 같으며, 이의가 있는 업체는 통보일부터 3일 이내에 서면으로 제기할 수 있습니다."],
         [["구분", "업체명", "기술능력", "가격", "합계", "평가위원"]] + [[str(j + 1), "(주)%s%s" % (pick(rng, ["한결", "미래", "다온", "새길", "온누리"]), pick(rng, ["리서치", "정책연구소", "컨설팅"])), "%d.%d" % (rng.randint(60, 79), rng.randint(0, 9)), "%d.%d" % (rng.randint(10, 19), rng.randint(0, 9)), "", pname(rng) + " 교수"] for j in range(3)],
         None, [6, 7]),
        (("기초", "광역"), "지방세 과오납금 환급 안내 및 명단 송부", "각 동장",
         ["1. 재산세 및 자동차세 과오납금이 발생한 납세자에게 환급금을 지급하고자 하오니, 주민센터 방문 시 환급 신청을 안내하여 주시기 바랍니다.",
          "2. 환급 대상자 중 주소 불명으로 통지서가 반송된 납세자 현황은 아래와 같습니다."],
         [["연번", "납세자", "주민등록번호", "세목", "환급액(원)"]] + [[str(j + 1), pname(rng), rrn_masked(rng, 1940, 1995), pick(rng, ["재산세", "자동차세", "주민세"]), won(rng.randrange(10, 900) * 100)] for j in range(rng.randint(3, 5))],
         "붙임  환급 신청서 서식 1부.  끝.", [6]),
        (("광역", "공기업"), "자체감사 결과 처분요구 및 이행 계획 제출", "감사 대상 부서장",
         ["1. %s부터 실시한 종합감사 결과를 통보하오니, 처분요구 사항을 이행하고 그 결과를 60일 이내에 제출하여 주시기 바랍니다." % d1,
          "2. 지적 사항 가운데 계약 분야 2건은 관계기관 수사 결과에 따라 추가 조치를 검토하고 있어 세부 내용을 별도 관리합니다.",
          "3. 신분상 조치 대상자는 아래와 같습니다."],
         [["연번", "소속", "직급", "성명", "처분"]] + [[str(j + 1), pick(rng, ["시설관리팀", "계약팀", "총무팀"]), pick(rng, ["6급", "7급", "과장"]), pname(rng), pick(rng, ["경고", "주의", "훈계"])] for j in range(rng.randint(2, 4))],
         None, [5, 6]),
        (("병무",), "병역판정검사 일정 변경 대상자 통보", "관할 읍ㆍ면ㆍ동장",
         ["1. 검사장 시설 보수로 인하여 아래 대상자의 병역판정검사 일자가 변경되었으므로 본인에게 알려 주시기 바랍니다.",
          "2. 변경된 일자에 출석하기 어려운 사람은 병무청 누리집에서 다시 일자를 선택할 수 있습니다."],
         [["연번", "성명", "생년월일", "주소", "변경 일자"]] + [[str(j + 1), pname(rng), birth(rng, 2003, 2006), local_addr(rng, ag), ymd(rng, 2024, 2025)] for j in range(rng.randint(3, 5))],
         None, [6]),
    ]
    pool = [t for t in T if ag["kind"] in t[0]] or T
    return pool[i % len(pool)]


def topic_nonpublic(rng, ag, i):
    y = rng.randint(2019, 2025)
    d1, d2 = sorted_dates(rng, y, 2)
    T = [
        (("경찰",), "사건 관련 금융거래 자료 제출 요청", "○○은행 준법감시인",
         ["1. 당 관서에서 수사 중인 %s 사건과 관련하여 「형사소송법」 제199조 제2항에 따라 아래 자료의 제출을 요청합니다." % pick(rng, ["보이스피싱 조직", "전세사기", "불법 도박사이트 운영", "보조금 편취"]),
          "2. 요청 자료: %s부터 %s까지 피의자 명의 계좌의 입출금 내역 및 접속 IP 기록" % (d1, d2),
          "3. 수사 보안을 위하여 본 요청 사실을 거래 당사자에게 알리지 말아 주시기 바랍니다."], [4]),
        (("중앙부처", "광역"), "%s 제도 개선안에 대한 관계부처 의견 조회" % pick(rng, ["공공기관 임금피크제", "지방교부세 배분", "청년 월세 지원", "농지 전용 허가"]), "관계부처 담당과장",
         ["1. 현재 검토 중인 제도 개선안(초안)에 대하여 관계부처의 의견을 듣고자 합니다.",
          "2. 개선안은 내부 검토 단계로서 확정되지 않았으며, 부처 간 협의 결과에 따라 내용이 크게 바뀔 수 있으므로 외부 유출에 유의하여 주시기 바랍니다.",
          "3. 의견은 %s까지 회신하여 주시기 바랍니다." % d1], [5]),
        (("공기업",), "%s 공사 예정가격 산정 결과 보고" % pick(rng, ["정수장 여과지 개량", "휴게소 증축", "노후 관로 교체", "역사 승강설비 교체"]), "내부결재",
         ["1. 입찰 공고에 앞서 기초금액과 복수예비가격 산정 결과를 보고드립니다.",
          "2. 기초금액: %s원(부가가치세 포함), 조달청 단가와 최근 3건의 유사 공사 낙찰률을 반영하였습니다." % won(rng.randrange(800, 9000) * 1000000),
          "3. 본 자료는 입찰 종료 시까지 계약 담당 부서 외에 열람할 수 없습니다."], [5]),
        (("소방",), "다중이용업소 화재안전 취약대상 관리 현황 통보", "관할 119안전센터장",
         ["1. 최근 소방특별조사 결과 피난통로 확보가 미흡하거나 비상구 폐쇄가 반복된 업소를 화재안전 취약대상으로 지정하여 관리하고자 합니다.",
          "2. 취약대상 목록에는 건물 구조, 야간 상주 인원, 소방차 진입 불가 구간이 포함되어 있으므로 출동 대비 자료로만 활용하여 주십시오."], [3]),
        (("광역", "기초"), "○○지구 개발행위허가 제한지역 지정(안) 사전 검토", "내부결재",
         ["1. 도시관리계획 수립에 앞서 ○○지구 일대 약 %d만㎡에 대한 개발행위허가 제한 지정 여부를 검토하였습니다." % rng.randint(20, 180),
          "2. 제한 경계와 지정 시기가 사전에 알려질 경우 투기적 토지 거래가 우려되므로 주민 열람 공고 전까지 관련 자료의 취급에 유의하여 주시기 바랍니다.",
          "3. 검토 결과 지정 필요성은 인정되나, 경계 설정에 관하여 관계 부서 추가 협의가 필요합니다."], [5, 8]),
        (("교육청",), "%d학년도 중등교사 임용후보자 선정경쟁시험 출제위원 위촉" % y, "해당 대학 총장",
         ["1. %d학년도 임용시험 제1차 시험 출제를 위하여 귀 대학 교원을 출제위원으로 위촉하고자 하오니 협조하여 주시기 바랍니다." % y,
          "2. 출제위원 명단, 합숙 장소와 기간은 시험 보안 유지를 위하여 시험 종료 후까지 공개하지 않습니다.",
          "3. 위촉 예정자: %s 교수(교육학), %s 교수(국어교육)" % (pname(rng), pname(rng))], [5, 6]),
        (("기초", "광역", "공기업"), "소속 직원 비위 사실 조사 결과 통보", "○○과장",
         ["1. %s 접수된 공익신고와 관련하여 소속 직원 %s(%s)에 대한 조사를 실시하였습니다." % (d1, pname(rng), pick(rng, ["시설7급", "행정6급", "대리"])),
          "2. 조사 결과 출장비를 부당하게 수령한 사실이 일부 확인되었으나, 추가 소명 절차가 진행 중이므로 최종 처분은 인사위원회 심의 후 결정할 예정입니다.",
          "3. 본 통보 내용은 조사 대상자의 권리 보호를 위하여 관계자 외 열람을 제한합니다."], [5, 6]),
        (("교육청", "교육지원청"), "교원 징계의결 요구 관련 사안조사 결과", "교원인사과장",
         ["1. ○○중학교 교사 %s에 대한 민원 사안 조사 결과를 통보합니다." % pname(rng),
          "2. 조사 결과 학생 평가 과정에서 수행평가 점수를 임의로 조정한 사실이 확인되어 징계의결 요구가 필요하다고 판단됩니다.",
          "3. 관련 학생과 학부모 진술서는 별도 봉투로 송부합니다."], [6]),
        (("법원",), "법원 보안관리대원 배치 및 순찰 계획 변경", "각 과장",
         ["1. 청사 출입 통제 강화에 따라 보안관리대원 배치 위치와 야간 순찰 동선을 다음과 같이 변경합니다.",
          "2. 변경된 배치표에는 검색대 운영 시간과 비상 출입문 개방 절차가 포함되어 있으니, 관계 직원 외에 배포하지 마시기 바랍니다."], [3]),
    ]
    pool = [t for t in T if ag["kind"] in t[0]] or T
    return pool[i % len(pool)]


# ---------------------------------------------------------------- templates: 공문 with 결문 field
@template("gm_public_field")
def t_gm_public_field(rng, v):
    kinds = ["교육청", "기초", "중앙부처", "경찰", "소방", "병무", "공기업", "보건", "교육청", "기초"]
    ag = agency(rng, [kinds[v % len(kinds)]])
    title, rcp, body, attach = topic_public(rng, ag, v // len(kinds) + rng.randrange(3))
    doc = Doc()
    heading_block(doc, rng, ag, title, rcp)
    doc.lines(body)
    if attach:
        doc.p("")
        for ln in attach.split("\n"):
            doc.p(ln)
    else:
        doc.p("  끝.")
    line = gyeolmun(doc, rng, ag, "공개", how=v % 4)
    return Out("공문", "public", "none", [], "stated_field", "gyeolmun", line.split("/")[-1].strip().replace("공개구분: ", "").replace("공개구분 ", ""),
               title=title, doc=doc, stated=("public", []))


@template("gm_partial_field")
def t_gm_partial_field(rng, v):
    kinds = ["기초", "교육청", "경찰", "소방", "공기업", "교육지원청", "중앙부처", "광역", "병무", "기초", "공기업", "광역"]
    ag = agency(rng, [kinds[v % len(kinds)]])
    _, title, rcp, body, table, attach, nums = topic_partial(rng, ag, v // len(kinds) + rng.randrange(2))
    doc = Doc()
    heading_block(doc, rng, ag, title, rcp)
    doc.lines(body)
    doc.table(table)
    doc.p(attach or "  끝.")
    f = field_str(rng, "partial", nums, style=v)
    gyeolmun(doc, rng, ag, f, how=(v * 3) % 4)
    return Out("공문", "partial", "none", nums, "stated_field", "gyeolmun", f, title=title, doc=doc, stated=("partial", nums))


@template("gm_nonpublic_field")
def t_gm_nonpublic_field(rng, v):
    kinds = ["경찰", "중앙부처", "공기업", "소방", "광역", "교육청", "기초", "교육지원청", "법원", "광역"]
    ag = agency(rng, [kinds[v % len(kinds)]])
    _, title, rcp, body, nums = topic_nonpublic(rng, ag, v // len(kinds) + rng.randrange(2))
    doc = Doc()
    heading_block(doc, rng, ag, title, rcp)
    doc.lines(body)
    doc.p("  끝.")
    f = field_str(rng, "non_public", nums, style=v + 1)
    gyeolmun(doc, rng, ag, f, how=(v + 1) % 4, with_head=(rcp != "내부결재"))
    return Out("공문", "non_public", "none", nums, "stated_field", "gyeolmun", f, title=title, doc=doc, stated=("non_public", nums))




# ---------------------------------------------------------------- classification stamps
def daeoebi_stamp(rng, i, y):
    until = "%d. %d. %d." % (y + rng.randint(1, 3), 12, 31)
    forms = ["대 외 비", "[대외비]", "《대외비》", "%s까지 대외비" % until, "대외비(보호기간: %s까지)" % until,
             "보안등급: 대외비", "대외비", "< 대외비 >", "대외비 (%s 이후 일반)" % until]
    return forms[i % len(forms)]


SECRET_FORMS = {
    "III급": ["Ⅲ급비밀", "III급 비밀", "3급 비밀", "비밀(Ⅲ급)", "Ⅲ 급 비 밀", "Ⅲ급 비밀", "III급비밀"],
    "II급": ["Ⅱ급비밀", "II급 비밀", "비밀(Ⅱ급)", "Ⅱ 급 비 밀", "2급 비밀", "II급비밀"],
    "I급": ["Ⅰ급비밀", "I급 비밀", "비밀(Ⅰ급)", "Ⅰ 급 비 밀"],
}


def yegomun(rng, grade_form, y):
    until = "%d. %d. %d." % (y + rng.randint(2, 6), pick(rng, [6, 12]), pick(rng, [30, 31]) if True else 31)
    until = until.replace("6. 31.", "6. 30.")
    return pick(rng, ["예고문: %s까지 %s, 이후 일반문서로 재분류" % (until, grade_form),
                      "예고문  %s 까지 %s / 이후 대외비로 재분류" % (until, grade_form),
                      "예고문: 작전계획 폐기 시 파기" if "Ⅰ" in grade_form or "I급" in grade_form else "예고문: %s 일반문서로 재분류" % until])


DAEOEBI_TOPICS = [
    # (agency kinds, title, body lines, reasons, genre)
    (("광역", "기초"), "{y}년 을지연습 기관 상황실 운영 계획",
     ["1. 목적: 을지연습 기간 중 기관 상황실을 24시간 운영하여 상황 접수ㆍ전파 체계를 점검함",
      "2. 상황실 위치: 본청 지하 1층 비상대비 상황실(예비: 제2청사 3층 회의실)",
      "3. 근무 편성: 3개 조 2교대, 조별 실ㆍ국 연락관 각 1명",
      "4. 주요 연락망과 비상 발전기 가동 절차는 붙임 참조",
      "5. 상황실 출입은 사전 등록자에 한하며, 출입 기록은 연습 종료 후 1년간 보관함"], [3], "계획서"),
    (("경찰",), "○○광장 대규모 집회 대비 경력 운용 계획",
     ["□ 상황 개요", "  ○ {d1} 14:00, ○○광장 일대 약 {n}천 명 참가 예상(주최 측 신고 기준)",
      "□ 경력 배치", "  ○ 기동대 {k}개 중대, 교통경찰 및 안전관리 인력을 주요 교차로에 분산 배치",
      "  ○ 돌발 상황 대비 예비대 2개 중대를 인근에 대기",
      "□ 유의사항", "  ○ 현장 채증은 불법행위 발생 시에만 실시하고, 채증자료는 관련 규정에 따라 관리"], [4], "계획서"),
    (("광역", "중앙부처"), "○○지구 신규 택지 후보지 검토(안)",
     ["1. 검토 배경: 수도권 주택 공급 확대 방안의 후속 조치로 후보지 {k}곳을 비교 검토함",
      "2. 검토 결과: 교통 접근성과 기반시설 연계 측면에서 A, C 후보지가 상대적으로 우수함",
      "3. 향후 계획: 관계기관 협의를 거쳐 최종 후보지를 선정하되, 발표 전까지 후보지 위치가 외부에 알려지지 않도록 관리함",
      "  ※ 후보지 정보가 사전 유출될 경우 토지 투기 및 특정인의 부당 이득 우려"], [5, 8], "검토보고서"),
    (("광역", "공기업", "중앙부처"), "○○사업단 특정감사 착수 계획",
     ["1. 감사 배경: 사업비 집행과 관련한 제보가 접수되어 사실관계를 확인하고자 함",
      "2. 감사 기간: {d1} ~ {d2}(10일간), 감사반 {k}명",
      "3. 중점 확인 사항: 용역 계약 분할 발주 여부, 법인카드 사용 내역, 출장비 정산",
      "4. 감사 착수 전 자료 은닉 우려가 있으므로 감사 대상 기관에 사전 통보하지 않음"], [5], "계획서"),
    (("광역", "기초", "중앙부처"), "{y}년 하반기 승진 후보자 검토 자료",
     ["1. 승진 예정 인원: 4급 {k}명, 5급 {n}명",
      "2. 후보자별 근무성적평정, 경력평정, 가점 현황은 아래 표와 같음",
      "3. 인사위원회 사전 심의 자료로서 위원회 의결 전까지 열람을 제한함"], [5, 6], "검토보고서"),
    (("교육청", "교육지원청"), "학교폭력 중대사안 발생 보고",
     ["1. 발생 일시ㆍ장소: {d1}, ○○중학교 인근 공원",
      "2. 사안 개요: 같은 학년 학생 3명이 1명에게 지속적으로 금품을 요구하고 폭행한 사안으로, 피해 학생은 현재 병원 치료 중임",
      "3. 조치 사항: 가해ㆍ피해 학생 분리, 학교장 긴급조치, 교육지원청 심의위원회 개최 예정",
      "4. 언론 문의 시 교육청 대변인실로 일원화하여 대응함"], [5, 6], "보고서"),
    (("공기업",), "생산기지 방호 취약요소 개선 계획",
     ["1. 추진 배경: 국가중요시설 정기 점검 결과 외곽 울타리 감시 사각지대와 출입 통제 시스템 노후가 지적됨",
      "2. 개선 내용: 열상감시장비 {k}대 추가, 출입 통제 서버 이중화, 야간 순찰 경로 조정",
      "3. 취약 지점의 위치와 순찰 시간표는 부록으로 별도 관리함"], [3], "계획서"),
    (("중앙부처",), "감염병 위기경보 단계 조정 검토(안)",
     ["1. 최근 2주간 확진자 발생 추세와 중증 병상 가동률을 고려하여 위기경보 단계 조정 여부를 검토함",
      "2. 검토 의견: 현 단계를 유지하되, 요양병원 면회 제한은 부분 완화하는 방안을 우선 협의",
      "3. 관계부처 차관회의 상정 전 검토 자료로서 대외 인용을 금함"], [5], "검토보고서"),
    (("소방",), "○○물류창고 화재 원인 조사 중간보고",
     ["1. 화재 개요: {d1} 새벽 발생, 연면적 약 {n}천㎡ 전소",
      "2. 조사 진행 상황: 최초 발화 지점으로 추정되는 냉동창고 전기 배선을 감정 의뢰함",
      "3. 경찰과 합동 감식 중이며, 업체 관계자 진술에 일부 차이가 있어 추가 확인이 필요함"], [4], "보고서"),
    (("병무",), "병역면탈 기획조사 대상 선정 결과",
     ["1. 최근 3년간 정신건강의학과 질환으로 4급 판정을 받은 사람 중 진료 이력이 짧은 사례를 추려 기획조사 대상으로 선정함",
      "2. 선정 인원: {k}명(세부 명단 별첨)",
      "3. 수사 착수 전 단계이므로 대상자 및 관련 의료기관에 조사 사실이 알려지지 않도록 유의"], [4, 6], "보고서"),
    (("법원",), "위해 우려 사건 법정 경호 계획",
     ["1. {d1} 선고 예정인 사건과 관련하여 방청객 간 충돌 가능성이 있어 법정 경호를 강화함",
      "2. 보안관리대 {k}명을 법정 출입구와 피고인 대기실 동선에 배치",
      "3. 비상 시 대피 경로와 경찰 지원 요청 절차는 붙임과 같음"], [3], "계획서"),
    (("병원", "보건"), "의료분쟁 조정 신청 사건 대응 검토",
     ["1. 사건 개요: 입원 환자 {p}(6{a}세)가 수술 후 합병증으로 재수술을 받은 건과 관련하여 보호자가 조정을 신청함",
      "2. 진료 경과: 담낭절제술 후 담즙 누출 확인, 재수술 후 회복 중",
      "3. 대응 방향: 진료기록 검토 결과 설명 의무 이행 여부가 쟁점이 될 것으로 보여 법률 자문을 의뢰함"], [5, 6, "P23"], "검토보고서"),
]


def _fill(rng, s, y):
    d1, d2 = sorted_dates(rng, y, 2)
    return (s.replace("{y}", str(y)).replace("{d1}", d1).replace("{d2}", d2).replace("{n}", str(rng.randint(3, 30)))
            .replace("{k}", str(rng.randint(2, 9))).replace("{p}", pname(rng)).replace("{a}", str(rng.randint(0, 9))))


@template("mk_daeoebi")
def t_mk_daeoebi(rng, v):
    topic = DAEOEBI_TOPICS[v % len(DAEOEBI_TOPICS)]
    ag = agency(rng, list(topic[0]))
    y = rng.randint(2019, 2025)
    stamp = daeoebi_stamp(rng, v, y)
    locs = ["page_header", "text_box", "first_line", "last_line", "header_cell", "page_footer", "approval_table"]
    loc = locs[v % len(locs)]
    doc = Doc()
    flags = []
    title = _fill(rng, topic[1], y)
    fit_dept(ag, title + " ".join(topic[2]))
    if loc == "first_line":
        doc.p(stamp)
    if loc == "page_header":
        doc.header = stamp; flags += ["has_header", "header_text=" + stamp]
    if loc == "page_footer":
        doc.footer = stamp
    if loc == "text_box":
        doc.box(stamp); flags.append("has_textbox")
    if loc == "header_cell":
        doc.table([[stamp, "문서관리번호 %s-%d" % (ag["dept"].split()[-1], rng.randint(10, 999)), "%s" % ymd(rng, y, y)]], head=True)
        flags.append("has_table")
    doc.h(title)
    doc.r("%s %s" % (ymd(rng, y, y), ag["dept"]))
    doc.p("")
    for ln in topic[2]:
        doc.p(_fill(rng, ln, y))
    if "승진" in title:
        rows = [["연번", "성명", "현 직위", "근평", "경력", "가점"]]
        for j in range(rng.randint(4, 6)):
            rows.append([str(j + 1), pname(rng), pick(rng, ["행정5급", "시설5급", "행정6급"]), "%d.%d" % (rng.randint(60, 70), rng.randint(0, 9)), "%d.%d" % (rng.randint(20, 30), rng.randint(0, 9)), "%.1f" % (rng.randint(0, 30) / 10)])
        doc.table(rows); flags.append("has_table")
    if loc == "approval_table":
        doc.p("")
        doc.table([["담당", "팀장", "과장", "보안등급"], [pname(rng), pname(rng), "전결 " + pname(rng), stamp]])
        flags.append("has_table")
    if loc == "last_line":
        doc.p("")
        doc.p(stamp)
    return Out(topic[4], "non_public", "대외비", topic[3], "classification_stamp", loc, stamp, title=title, doc=doc, flags=flags)


SECRET_TOPICS = {
    "III급": [
        (("광역", "기초"), "{y}년 충무계획 자원관리 부록(중점관리대상업체)", [1, 2],
         ["1. 전시 국가동원 대상 업체 지정 현황과 업체별 동원 물자 목록을 정리함",
          "2. 업체 변경 사항은 분기별로 갱신하고, 변경 즉시 비상기획관실로 통보함",
          "3. 본 부록은 비밀보관함에 보관하며 열람 시 열람기록전에 기록함"]),
        (("공기업", "광역"), "국가중요시설 ○○정수장 방호계획", [1, 3],
         ["1. 방호 목표: 평시 테러ㆍ침투 및 전시 적 공격으로부터 정수 기능을 유지함",
          "2. 방호 인력 운용: 청원경찰 및 예비군 소대 편성, 경찰ㆍ군 작전부대와의 연락 체계",
          "3. 주요 방호 지점과 취약 구역은 부록 도면 참조(도면은 별도 관리)"]),
        (("군",), "○○지역 방공 진지 운용 조정안", [1, 2],
         ["1. 조정 배경: 신규 감시장비 전력화에 따른 진지 재배치 필요",
          "2. 조정 내용: 일부 진지 통합 및 예비 진지 추가 선정",
          "3. 시행 시기: 상급 부대 승인 후 단계적으로 시행"]),
        (("중앙부처",), "○○국과의 통상협상 대응 방안", [1, 2],
         ["1. 상대국 요구사항 분석 및 우리 측 양보 가능 범위 검토",
          "2. 단계별 협상 전략과 대응 논리",
          "3. 협상 결과 발표 전까지 외부 유출 시 국익에 중대한 손해 우려"]),
        (("병무",), "전시 병력동원 소집 대상자 관리 지침", [1, 2],
         ["1. 동원 소집 대상 부대별 충원 기준과 소집 통지 절차를 정함",
          "2. 동원 지정 현황은 분기마다 갱신하여 보고함",
          "3. 세부 부대 목록은 부록 참조"]),
        (("군",), "암호자재 운용 및 관리 실태 점검 결과", [1, 2],
         ["1. 점검 대상: 예하 부대 암호자재 취급 부서 {k}개소",
          "2. 지적 사항: 자재 인수인계 기록 누락 2건, 보관 용기 잠금장치 노후 1건",
          "3. 조치: 해당 부서 보안 교육 및 용기 교체"]),
        (("공기업",), "변전소 전시 피해 복구 계획", [1, 3],
         ["1. 주요 변전소 피해 유형별 복구 우선순위와 예비 자재 확보 현황",
          "2. 복구 인력 편성 및 군ㆍ경 협조 절차",
          "3. 시설별 세부 위치 정보는 별도 부록으로 관리"]),
    ],
    "II급": [
        (("군",), "○○작전계획 부록 다(화력 운용)", [1, 2],
         ["1. 목적: 작전계획 시행 시 화력 지원 우선순위를 정함",
          "2. 내용: 단계별 표적 우선순위, 화력 할당, 협조 통제 수단",
          "3. 본 부록의 사본 제작은 작전참모 승인 후에 한함"]),
        (("중앙부처", "광역"), "{y}년 전시 국가동원 종합계획(요약)", [1, 2],
         ["1. 동원 목표 및 분야별 동원 규모",
          "2. 인력ㆍ물자ㆍ수송 동원 절차와 책임 기관",
          "3. 지역별 세부 배분은 부록에 수록"]),
        (("군",), "적 침투 예상 경로 분석 보고", [1, 2],
         ["1. 최근 감시 자료를 토대로 해상 및 지상 침투 예상 경로를 분석함",
          "2. 경로별 감시 공백 구간과 보강 대책",
          "3. 분석 결과는 인접 부대와 공유하되 사본 관리를 철저히 함"]),
        (("군",), "해상 방어 작전 예규 개정안", [1, 2],
         ["1. 개정 사유: 신형 함정 취역 및 전력 재배치",
          "2. 주요 개정 사항: 경계 구역 조정, 대응 절차 간소화",
          "3. 시행: 사령관 승인일부터"]),
        (("공기업", "중앙부처"), "국가기반시설 사이버 공격 대응 계획", [1, 3],
         ["1. 주요 제어시스템 보호 대상 및 망 분리 현황",
          "2. 공격 유형별 대응 절차와 복구 목표 시간",
          "3. 취약점 세부 목록은 별도 보관"]),
    ],
    "I급": [
        (("군",), "전시 작전계획 핵심 요지", [1, 2],
         ["1. 작전 개념 및 단계별 목표",
          "2. 주요 부대 임무와 전개 개념",
          "3. 본 문서는 지정된 취급인가자 외 열람을 금함"]),
        (("중앙부처",), "국가 전략정보 판단서(요약)", [1, 2],
         ["1. 주변국 정세 판단",
          "2. 위협 평가 및 대응 방향",
          "3. 본 판단서는 지정 수령자만 열람"]),
        (("군",), "국가 암호체계 운용 총괄 지침", [1, 2],
         ["1. 암호체계 운용 원칙과 키 관리 주기",
          "2. 비상시 체계 전환 절차",
          "3. 사본 제작 및 발췌 금지"]),
    ],
}


@template("mk_secret")
def t_mk_secret(rng, v):
    grade = ["III급"] * 12 + ["II급"] * 7 + ["I급"] * 4
    grade = grade[v]
    topics = SECRET_TOPICS[grade]
    kidx = v if grade == "III급" else (v - 12 if grade == "II급" else v - 19)
    topic = topics[kidx % len(topics)]
    ag = agency(rng, list(topic[0]))
    y = rng.randint(2008, 2025)
    forms = SECRET_FORMS[grade]
    stamp = forms[kidx % len(forms)]
    locs = ["header_footer", "first_last_line", "text_box", "header_cell", "header_footer", "first_line"]
    loc = locs[kidx % len(locs)]
    doc = Doc()
    flags = []
    copy_no = "사본번호  %d / %d" % (rng.randint(1, 5), rng.randint(5, 8))
    title = _fill(rng, topic[1], y)
    if loc in ("header_footer",):
        doc.header = stamp; doc.footer = stamp
        flags += ["has_header", "header_text=" + stamp]
    if loc in ("first_last_line", "first_line"):
        doc.p(stamp)
    if loc == "text_box":
        doc.box(stamp); flags.append("has_textbox")
    if loc == "header_cell":
        doc.table([[stamp, copy_no, "%s %s" % (ag["name"], ag["dept"])]]); flags.append("has_table")
    else:
        doc.r(copy_no)
    doc.h(title)
    doc.p("")
    for ln in topic[3]:
        doc.p(_fill(rng, ln, y))
    doc.p("")
    doc.p("  ※ 세부 내용은 부록 참조")
    doc.p("")
    doc.p(yegomun(rng, stamp.replace(" ", "") if " " in stamp and len(stamp) < 8 else stamp, y))
    doc.p("보호기간: %d. 12. 31.까지" % (y + rng.randint(3, 10)) if rng.random() < 0.5 else "생산: %s %s" % (ag["dept"], ymd(rng, y, y)))
    if loc == "first_last_line":
        doc.p(stamp)
    return Out(pick(rng, ["계획서", "보고서", "지침"]), "non_public", grade, topic[2], "classification_stamp",
               {"header_footer": "page_header", "first_last_line": "first_line", "text_box": "text_box", "header_cell": "header_cell", "first_line": "first_line"}[loc],
               stamp, title=title, doc=doc, flags=flags)


# ---------------------------------------------------------------- informal internal markings
INFORMAL = ["[내부용]", "[대내용]", "내부 검토용", "취급주의", "외부 배포 금지", "※ 내부 검토용 자료로 외부 유출 금지",
            "[대내용 - 인용ㆍ배포 금지]", "내부자료(취급주의)", "※ 본 자료는 외부 배포를 금함", "〔내부 검토 중〕"]

INFORMAL_TOPICS = [
    ("공공요금 인상 시기 검토", ["1. 상하수도 요금 현실화율이 {n}%에 머물러 있어 인상 필요성이 제기됨",
                         "2. 인상 시기별(상반기/하반기) 재정 효과와 주민 부담을 비교함",
                         "3. 검토 의견: 물가 동향을 보아 하반기 단계적 인상안이 적절하나, 의회 보고 전 내부 의견 수렴 필요"], [5], ("기초", "광역")),
    ("조직개편(안) 부서별 의견 취합", ["1. 국 단위 통폐합안에 대한 각 부서 의견을 취합함",
                              "2. 주요 쟁점: 민원 부서 인력 재배치, 신설 과 명칭",
                              "3. 취합 의견은 개편안 확정 전 참고 자료로만 사용"], [5], ("기초", "광역", "공기업")),
    ("{y}년 예산 편성 방향(실무안)", ["1. 세입 여건: 지방세 수입 감소 전망에 따라 긴축 기조 유지",
                                 "2. 일몰 사업 {k}건 재검토, 유사 중복 사업 통합 추진",
                                 "3. 실무 검토 단계의 수치로 확정 예산과 다를 수 있음"], [5], ("기초", "광역", "교육청")),
    ("민원 다발 사업장 대응 방안 검토", ["1. 최근 6개월간 악취 민원 {n}건이 집중된 사업장에 대한 점검 결과를 정리함",
                                 "2. 행정처분 수위별 법률 검토와 업체 반발 가능성을 비교함",
                                 "3. 처분 방향은 간부회의 논의 후 결정"], [5], ("기초",)),
    ("노사 단체교섭 대응 전략", ["1. 노조 요구안 주요 쟁점: 임금 인상률, 교대제 개편, 복지포인트",
                          "2. 사측 수용 가능 범위와 단계별 제시안",
                          "3. 교섭 결렬 시 조정 신청 일정"], [5], ("공기업", "공공기관")),
    ("학교 신설ㆍ이전 재배치 검토", ["1. 학생 수 추계 결과 {k}개 학교의 통폐합 또는 이전이 필요함",
                             "2. 학부모 반발이 예상되는 지역은 설명회 일정을 별도로 잡음",
                             "3. 교육부 중앙투자심사 의뢰 전 내부 검토 자료"], [5], ("교육청",)),
    ("정원 감축 대상 직렬 검토", ["1. 업무량 분석 결과 일부 직렬의 인력 과잉이 확인됨",
                          "2. 감축 규모별 시나리오 3안을 마련함",
                          "3. 노조 협의 및 인사위원회 보고 전 단계"], [5], ("공기업", "공공기관", "광역")),
    ("감사 지적사항 소명 자료(초안)", ["1. 감사원 지적사항 {k}건에 대한 부서별 소명 논리를 정리함",
                             "2. 일부 사항은 담당자 개인의 진술과 회계 자료가 달라 추가 확인 중",
                             "3. 최종 소명서 제출 전까지 외부 제공을 금함"], [5], ("광역", "기초", "공기업")),
]


@template("informal_mark")
def t_informal(rng, v):
    topic = INFORMAL_TOPICS[v % len(INFORMAL_TOPICS)]
    ag = agency(rng, list(topic[3]))
    y = rng.randint(2015, 2025)
    mark = INFORMAL[v % len(INFORMAL)]
    locs = ["first_line", "page_header", "text_box", "title_suffix", "page_footer", "last_line"]
    loc = locs[v % len(locs)]
    doc = Doc()
    flags = []
    title = _fill(rng, topic[0], y)
    fit_dept(ag, title + " ".join(topic[1]))
    if loc == "first_line":
        doc.p(mark)
    elif loc == "page_header":
        doc.header = "%s  %s" % (ag["name"], mark); flags += ["has_header", "header_text=" + doc.header]
    elif loc == "page_footer":
        doc.footer = mark
    elif loc == "text_box":
        doc.box(mark); flags.append("has_textbox")
    if loc == "title_suffix":
        title = "%s (%s)" % (title, mark.strip("[]※ 〔〕"))
        mark = mark.strip("[]※ 〔〕")
    doc.h(title)
    doc.r("%s  %s" % (ag["dept"], ymd(rng, y, y, 1)))
    doc.p("")
    for ln in topic[1]:
        doc.p(_fill(rng, ln, y))
    if loc == "last_line":
        doc.p("")
        doc.p(mark)
    return Out("검토보고서", "non_public", "none", topic[2], "informal_marking", loc if loc != "title_suffix" else "first_line", mark,
               title=title, doc=doc, flags=flags)


# ---------------------------------------------------------------- content-only documents (no stated field)
@template("co_roster")
def t_co_roster(rng, v):
    kinds = ["welfare", "disability", "tb", "military", "union", "tax_rrn", "students", "welfare_rrn", "mental", "union"]
    kind = kinds[v % len(kinds)]
    y = rng.randint(2012, 2025)
    doc = Doc()
    ids = []
    flags = ["has_table"]
    if kind in ("welfare", "welfare_rrn"):
        ag = agency(rng, ["기초"])
        dong = pick(rng, ["성산1동", "망원동", "대흥동", "신수동", "읍내리", "중앙동"])
        fit_dept(ag, "수급 복지")
        doc.h("%s 기초생활보장 수급자 현황" % dong)
        doc.r("(%s 기준, %s)" % (ymd(rng, y, y), ag["dept"]))
        rows = [["연번", "세대주", "주민등록번호", "주소", "급여 구분", "가구원"]]
        for j in range(rng.randint(6, 9)):
            r_ = rrn(rng, 1935, 1990) if kind == "welfare_rrn" else rrn_masked(rng, 1935, 1990)
            if kind == "welfare_rrn":
                ids.append(r_)
            rows.append([str(j + 1), pname(rng), r_, local_addr(rng, ag), pick(rng, ["생계ㆍ의료", "주거", "생계ㆍ의료ㆍ주거", "교육"]), "%d" % rng.randint(1, 5)])
        doc.table(rows)
        doc.p("※ 급여 변동 사항은 매월 말일 기준으로 갱신")
        reasons = [6, "P24"] if kind == "welfare_rrn" else [6]
        genre = "명단"
    elif kind == "disability":
        ag = agency(rng, ["기초"])
        doc.h("장애인 활동지원 급여 신규 대상자 명단")
        doc.p("%s %s / 수급자격심의위원회 %d년 제%d차" % (ag["name"], ag["dept"], y, rng.randint(1, 6)))
        rows = [["번호", "성명", "생년월일", "장애 유형", "장애 정도", "인정 구간", "연락처"]]
        for j in range(rng.randint(5, 8)):
            rows.append([str(j + 1), pname(rng), birth(rng, 1945, 2015), pick(rng, ["지체", "시각", "청각", "지적", "자폐성", "뇌병변", "신장"]), pick(rng, ["심한 장애", "심하지 않은 장애"]), "%d구간" % rng.randint(1, 15), mobile(rng)])
        doc.table(rows)
        reasons, genre = [6, "P23"], "명단"
    elif kind == "tb":
        ag = agency(rng, ["보건"])
        doc.h("결핵환자 신고ㆍ관리 대장")
        doc.p("관리기관: %s 감염병관리팀" % ag["name"])
        rows = [["등록번호", "성명", "성별/나이", "진단일", "진단 구분", "치료 기관", "비고"]]
        for j in range(rng.randint(5, 8)):
            rows.append(["%d-%03d" % (y, rng.randint(1, 300)), pname(rng), "%s/%d" % (pick(rng, ["남", "여"]), rng.randint(19, 88)), ymd(rng, y, y, 1), pick(rng, ["폐결핵(도말양성)", "폐결핵(도말음성)", "결핵성 흉막염", "다제내성"]), pick(rng, ["○○내과의원", "국립마산병원", "○○대학교병원"]), pick(rng, ["", "접촉자 검진 중", "복약 불량", "치료 완료"])])
        doc.table(rows)
        reasons, genre = [6, "P23"], "대장"
    elif kind == "military":
        ag = agency(rng, ["병무"])
        doc.h("병역판정검사 결과 통보(신체등급 4급 이하)")
        doc.p("검사일: %s / 검사장: %s" % (ymd(rng, y, y), ag["name"]))
        rows = [["연번", "성명", "생년월일", "신체등급", "판정 사유(질병)", "처분"]]
        for j in range(rng.randint(5, 7)):
            rows.append([str(j + 1), pname(rng), birth(rng, 1995, 2005), pick(rng, ["4급", "4급", "5급", "7급"]), pick(rng, ["고도 근시", "척추측만증", "우울 에피소드", "천식", "평발(편평족)", "1형 당뇨"]), pick(rng, ["보충역", "전시근로역", "재신체검사"])])
        doc.table(rows)
        doc.p("위 사람들의 병역판정검사 결과를 통보합니다.")
        reasons, genre = [6, "P23"], "명단"
    elif kind == "union":
        ag = agency(rng, ["공기업", "공공기관", "기초"])
        doc.h("%d년 %d월 노동조합 조합비 급여공제 명세" % (y, rng.randint(1, 12)))
        doc.p("소속: %s %s" % (ag["name"], pick(rng, ["시설관리단", "운영지원팀", "고객지원부"])))
        rows = [["사번", "성명", "직급", "소속 지부", "공제액(원)"]]
        for j in range(rng.randint(6, 9)):
            rows.append(["%07d" % rng.randint(1000000, 9999999), pname(rng), pick(rng, ["3급", "4급", "5급", "6급"]), pick(rng, ["본사지부", "○○지부", "정비지부"]), won(rng.randrange(15, 40) * 1000)])
        doc.table(rows)
        doc.p("※ 공제액은 기본급의 1%(상한 있음)이며, 노동조합 계좌로 일괄 이체함")
        reasons, genre = [6, "P23"], "명단"
    elif kind == "tax_rrn":
        ag = agency(rng, ["기초", "광역"])
        doc.h("지방세 체납자 부동산 압류 대상 목록")
        doc.p("작성: %s %s (%s)" % (ag["name"], pick(rng, ["세무과", "세정과", "징수팀"]), ymd(rng, y, y)))
        rows = [["순번", "체납자", "주민등록번호", "체납액(원)", "압류 대상 부동산"]]
        for j in range(rng.randint(4, 7)):
            r_ = rrn(rng, 1950, 1990)
            ids.append(r_)
            rows.append([str(j + 1), pname(rng), r_, won(rng.randrange(1, 900) * 10000), "%s %d-%d" % (short_addr(rng), rng.randint(1, 999), rng.randint(1, 20))])
        doc.table(rows)
        reasons, genre = [6, "P24"], "명단"
    elif kind == "students":
        ag = agency(rng, ["교육청", "교육지원청"])
        school = "%s%s" % (pick(rng, ["한솔", "새빛", "미래", "푸른솔", "동산"]), pick(rng, ["중학교", "고등학교"]))
        doc.h("%d학년도 %s 학업성적관리위원회 성적 이의신청 처리 현황" % (y, school))
        rows = [["번호", "학년-반", "성명", "과목", "신청 내용", "처리 결과"]]
        for j in range(rng.randint(4, 6)):
            rows.append([str(j + 1), "%d-%d" % (rng.randint(1, 3), rng.randint(1, 9)), pname(rng), pick(rng, ["국어", "수학", "영어", "통합과학", "한국사"]), pick(rng, ["서술형 채점 기준 이의", "수행평가 점수 누락", "정답 복수 인정 요청"]), pick(rng, ["인용(점수 정정)", "기각", "일부 인용"])])
        doc.table(rows)
        reasons, genre = [6], "명단"
    else:  # mental
        ag = agency(rng, ["보건"])
        doc.h("정신건강복지센터 사례관리 대상자 현황")
        rows = [["관리번호", "성명", "연령", "주진단", "위험도", "담당 요원"]]
        for j in range(rng.randint(5, 7)):
            rows.append(["M-%04d" % rng.randint(1, 9999), pname(rng), "%d" % rng.randint(18, 80), pick(rng, ["조현병", "양극성 정동장애", "알코올 사용장애", "주요우울장애"]), pick(rng, ["고", "중", "저"]), pname(rng)])
        doc.table(rows)
        reasons, genre = [6, "P23"], "명단"
    return Out(genre, "non_public", "none", reasons, "content_only", "body", "", title=ag["name"], doc=doc, flags=flags + ["roster:" + kind], ids=ids)


@template("co_discipline")
def t_co_discipline(rng, v):
    ag = agency(rng, [["기초", "광역", "교육청", "경찰", "소방", "공기업"][v % 6]])
    y = rng.randint(1994, 2004) if v % 3 == 2 else rng.randint(2015, 2025)
    old = y < 2005
    nm = pname(rng)
    rank = pick(rng, ["지방행정주사", "지방시설주사보", "교사", "경사", "소방장", "4급 차장"])
    cases = [
        ("음주운전", "%s 23:40경 혈중알코올농도 %.3f%% 상태로 승용차를 운전하다 적발되어 %s 법원에서 벌금 %s만 원의 약식명령이 확정되었다." % (ymd(rng, y, y), rng.randint(80, 160) / 1000, pick(rng, ["수원지방법원", "서울서부지방법원", "대전지방법원"]), rng.randint(7, 15) * 100), ["정직 1월", "감봉 3월", "강등"], [6, "P23"]),
        ("성실의무 위반", "민원 처리 기한을 수차례 넘기고 관련 서류를 임의로 보관하지 않아 민원인에게 손해가 발생하였다.", ["견책", "감봉 1월"], [6]),
        ("금품 수수", "직무 관련 업체 대표로부터 %d회에 걸쳐 합계 %s원 상당의 향응을 제공받았으며, 이 사건으로 %s 벌금형이 확정되었다." % (rng.randint(2, 5), won(rng.randrange(50, 500) * 10000), ymd(rng, y, y)), ["해임", "강등"], [6, "P23"]),
        ("품위유지 의무 위반", "회식 자리에서 부하 직원에게 모욕적인 언행을 하여 고충 신고가 접수되었고 조사 결과 사실로 확인되었다.", ["감봉 2월", "견책"], [6]),
    ]
    case = cases[v % len(cases)]
    doc = Doc()
    if old:
        doc.h("懲 戒 議 決 書")
        doc.p("事件番號  %d-%d" % (y, rng.randint(1, 40)))
    else:
        doc.h("징 계 의 결 서")
    doc.table([["소속", ag["name"] + " " + ag["dept"], "직급", rank], ["성명", nm, "생년월일", birth(rng, 1965, 1995)]], head=False)
    doc.p("의결주문" if not old else "主  文")
    doc.p("  %s에 처한다." % (pick(rng, case[2])) if not old else "  %s에 處한다." % pick(rng, case[2]))
    doc.p("이유" if not old else "理  由")
    doc.p("  1. 징계혐의 사실: 위 사람은 %s" % case[1])
    doc.p("  2. 위 행위는 %s에 해당하며, 평소 근무 태도와 표창 공적(%s)을 참작하더라도 책임이 가볍지 않다." % (pick(rng, ["「지방공무원법」 제55조(품위 유지의 의무)", "「국가공무원법」 제56조(성실 의무)", "「국가공무원법」 제61조(청렴의 의무)", "인사규정 제○조"]), pick(rng, ["도지사 표창 1회", "없음", "장관 표창 1회"])))
    doc.p("")
    doc.r("%d년 %d월 %d일" % (y + 1, rng.randint(1, 12), rng.randint(1, 28)))
    doc.r("%s 인사위원회 위원장  %s" % (ag["name"], pname(rng)) if not old else "%s 普通懲戒委員會 委員長 (印)" % ag["name"])
    return Out("징계의결서", "non_public", "none", case[3], "content_only", "body", "", title="징계의결서", doc=doc,
               flags=["has_table", "case:" + case[0]] + (["old_style"] if old else []))


@template("co_health_leave")
def t_co_health_leave(rng, v):
    ag = agency(rng, [["교육청", "기초", "중앙부처", "소방", "경찰"][v % 5]])
    y = rng.randint(2014, 2025)
    nm = pname(rng)
    dx = pick(rng, ["요추 추간판 탈출증(수술 후 재활)", "유방암(항암치료 중)", "중증 우울장애", "뇌경색 후유증", "급성 심근경색"])
    doc = Doc()
    styles = v % 3
    if styles == 0:
        doc.h("질병휴직 발령 검토")
        doc.p("1. 대상자: %s %s %s" % (ag["dept"], pick(rng, ["주무관", "교사", "소방교", "경위"]), nm))
        doc.p("2. 휴직 사유: %s(진단서 및 소견서 첨부)" % dx)
        doc.p("3. 휴직 기간: %s부터 1년(의사 소견에 따라 연장 가능)" % ymd(rng, y, y))
        doc.p("4. 결원 보충: 기간제 대체 인력 채용 요청")
    elif styles == 1:
        doc.h("병가 승인 및 복무 처리 결과")
        doc.table([["성명", "소속", "병가 기간", "진단명"], [nm, ag["dept"], "%s ~ %s" % tuple(sorted_dates(rng, y, 2)), dx]])
        doc.p("위 사람은 %s 진단을 받아 입원 치료가 필요하다는 의사 소견에 따라 연가 소진 후 병가를 승인함." % dx.split("(")[0])
    else:
        doc.h("공무상 요양 승인 신청서 검토 의견")
        doc.p("신청인 %s(%s)은 %s 현장 근무 중 쓰러져 %s 진단을 받았다." % (nm, ag["dept"], ymd(rng, y, y), dx))
        doc.p("업무와 질병 사이의 인과관계에 관하여 주치의 소견과 근무 기록을 검토한 결과, 최근 3개월 초과근무가 월 평균 %d시간으로 업무 관련성이 인정될 여지가 있다." % rng.randint(55, 110))
    doc.r("%s %s" % (ag["name"], ymd(rng, y, y)))
    return Out("인사", "non_public", "none", [6, "P23"], "content_only", "body", "", title="휴직", doc=doc, flags=["has_table"] if styles == 1 else [])


@template("co_investigation")
def t_co_investigation(rng, v):
    ag = agency(rng, [["광역", "공기업", "교육청", "기초"][v % 4]])
    y = rng.randint(2016, 2025)
    doc = Doc()
    doc.h("수 사 의 뢰 서")
    doc.p("수신: %s" % pick(rng, ["경기남부경찰청장", "서울중앙지방검찰청 검사장", "○○경찰서장", "대전지방검찰청 검사장"]))
    doc.p("1. 피의뢰인")
    for j in range(rng.randint(1, 3)):
        doc.p("  %s. 성명 %s, 소속 %s, 연락처 %s" % ("가나다"[j], pname(rng), pick(rng, ["(주)○○건설 대표", ag["dept"] + " 직원", "○○협동조합 이사"]), mobile(rng)))
    doc.p("2. 의뢰 사유")
    doc.p(pick(rng, ["  보조금 정산 과정에서 허위 세금계산서로 %s원을 부당하게 수령한 정황이 확인됨" % won(rng.randrange(10, 900) * 1000000),
                     "  공사 감독 공무원이 시공 업체로부터 금품을 받고 준공 검사를 부실하게 한 의혹이 있음",
                     "  채용 과정에서 면접 점수가 사후에 수정된 흔적이 발견됨"]))
    doc.p("3. 첨부: 자체 감사 결과 보고서, 관련자 문답서, 계좌 거래 내역 사본")
    doc.r("%s  %s" % (ymd(rng, y, y), ag["head"]))
    return Out("수사의뢰서", "non_public", "none", [4, 6], "content_only", "body", "", doc=doc)


@template("co_internal_review")
def t_co_internal_review(rng, v):
    ag = agency(rng, [["중앙부처", "광역", "공기업", "교육청", "기초"][v % 5]])
    y = rng.randint(2010, 2025)
    topic = pick(rng, [("부동산 공시가격 현실화율 조정 시나리오", ["현실화율 목표를 낮추는 3개 안의 세수 영향을 비교함", "안별로 재산세 부담 변화를 가구 유형별로 추정함", "차관 보고 후 최종안 결정 예정"]),
                       ("시내버스 준공영제 재정지원 한도 조정안", ["운송원가 재산정 결과 연간 지원금 약 %d억 원 증가 예상" % rng.randint(40, 300), "업계 요구안과 시 제시안의 차이를 정리함", "시장 보고 및 의회 설명 전 내부 검토"]),
                       ("고교학점제 교원 수급 대응 방안", ["과목별 교원 부족 규모 추정", "순회교사 및 공동교육과정 확대 방안", "교육부 협의 결과에 따라 수정 예정"]),
                       ("노후 관로 교체 우선순위 재검토", ["사고 이력과 관경별 위험도를 점수화함", "예산 한도 내 1단계 교체 구간 선정안 마련", "이사회 보고 전 실무 의견"])])
    doc = Doc()
    doc.h(topic[0])
    doc.r("%s %s" % (ag["dept"], ymd(rng, y, y)))
    for j, ln in enumerate(topic[1]):
        doc.p("%s %s" % (["□", "○", "-"][j % 3], ln))
    doc.p("")
    doc.p("【검토 의견】 %s" % pick(rng, ["2안을 기본으로 하되 시행 시기는 추가 논의 필요", "재정 부담을 고려할 때 단계적 시행이 바람직", "관계기관 의견을 더 들은 뒤 결정하는 것이 적절"]))
    return Out("검토보고서", "non_public", "none", [5], "content_only", "body", "", title=topic[0], doc=doc)


@template("co_exam")
def t_co_exam(rng, v):
    ag = agency(rng, [["교육청", "공공기관", "교육지원청"][v % 3]])
    y = rng.randint(2012, 2025)
    doc = Doc()
    if ag["kind"] == "공공기관":
        doc.h("%d년 정기 기능사 제%d회 필기시험 문제(출제 원안)" % (y, rng.randint(1, 4)))
        doc.p("종목: %s / 시험시간 60분" % pick(rng, ["전기기능사", "조리기능사(한식)", "지게차운전기능사", "미용사(일반)"]))
        qs = [("다음 중 감전 사고 예방을 위한 조치로 옳지 않은 것은?", ["① 접지 실시", "② 누전차단기 설치", "③ 젖은 손으로 스위치 조작", "④ 절연 장갑 착용"]),
              ("식품의 부패를 막기 위한 저장 방법으로 가장 적절한 것은?", ["① 상온 보관", "② 5℃ 이하 냉장", "③ 직사광선 노출", "④ 밀봉하지 않음"])]
    else:
        doc.h("%d학년도 %d학기 %s 정기고사 문제지(원안)" % (y, rng.randint(1, 2), pick(rng, ["1학년 국어", "2학년 수학Ⅰ", "3학년 생활과 윤리", "2학년 영어"])))
        doc.p("출제교사: %s / 검토교사: %s / 시험일: %s" % (pname(rng), pname(rng), ymd(rng, y, y)))
        qs = [("함수 f(x)=x²-4x+3의 최솟값은?", ["① -2", "② -1", "③ 0", "④ 1", "⑤ 3"]),
              ("윗글의 서술 방식으로 가장 적절한 것은?", ["① 대상을 분류하여 설명한다.", "② 통념을 반박한다.", "③ 비유를 통해 설명한다.", "④ 시간 순서로 서술한다."])]
    for i, (q, ch) in enumerate(qs):
        doc.p("%d. %s" % (i + 1, q))
        doc.p("   " + "   ".join(ch))
    doc.p("※ 정답 및 채점 기준표는 별도 봉인 보관")
    return Out("시험문제", "non_public", "none", [5], "content_only", "body", "", doc=doc)


@template("co_trade_secret")
def t_co_trade_secret(rng, v):
    ag = agency(rng, [["공기업", "중앙부처", "광역"][v % 3]])
    y = rng.randint(2012, 2025)
    firm = "(주)%s%s" % (pick(rng, ["대성", "한울", "세진", "동우", "신화"]), pick(rng, ["테크", "정밀", "화학", "엔지니어링"]))
    doc = Doc()
    kind = v % 3
    if kind == 0:
        doc.h("원가계산서(제출용)")
        doc.p("업체명: %s / 품목: %s" % (firm, pick(rng, ["수처리용 응집제", "철도 차량 제동 부품", "교통신호 제어기"])))
        rows = [["비목", "산출 근거", "금액(원)"], ["재료비", "원자재 단가 x 소요량(업체 내부 배합비 적용)", won(rng.randrange(100, 900) * 10000)],
                ["노무비", "직접 노무 %d인 x %d일" % (rng.randint(3, 12), rng.randint(10, 60)), won(rng.randrange(100, 900) * 10000)],
                ["경비", "설비 감가상각 및 공정 손실률 %d%%" % rng.randint(2, 9), won(rng.randrange(50, 500) * 10000)],
                ["일반관리비ㆍ이윤", "업체 적용 요율", won(rng.randrange(10, 200) * 10000)]]
        doc.table(rows)
        genre = "원가자료"
    elif kind == 1:
        doc.h("기술자료 임치 및 제출 목록")
        doc.p("제출 기업: %s" % firm)
        doc.p("1. 공정 조건표(반응 온도, 촉매 투입 비율, 숙성 시간)")
        doc.p("2. 핵심 부품 설계 도면 %d매 및 소스코드 사본" % rng.randint(3, 20))
        doc.p("3. 시험 성적서 및 불량률 개선 이력")
        doc.p("위 자료는 기업의 영업상 비밀로서 심사 목적 외에 사용할 수 없습니다.")
        genre = "기술자료"
    else:
        doc.h("신제품 인증 심사 제출 자료 요약")
        doc.p("신청 기업 %s가 제출한 배합비와 제조 공정 개요를 요약함" % firm)
        doc.table([["항목", "내용"], ["주원료 배합비", "A %d%%, B %d%%, 첨가제 %d%%" % (rng.randint(40, 60), rng.randint(20, 35), rng.randint(1, 5))], ["소성 온도", "%d℃, %d시간" % (rng.randint(900, 1300), rng.randint(2, 9))], ["거래처별 납품 단가", "별지"]])
        genre = "심사자료"
    return Out(genre, "non_public", "none", [7], "content_only", "body", "", doc=doc, flags=["has_table"] if kind != 1 else [])


@template("court_decision")
def t_court(rng, v):
    kinds = ["civil", "family", "juvenile", "civil", "family", "juvenile", "admin_masked"]
    kind = kinds[v % len(kinds)]
    y = rng.randint(1996, 2004) if v % 4 == 3 else rng.randint(2012, 2025)
    ag = agency(rng, ["법원"])
    doc = Doc()
    p1, p2 = pname(rng), pname(rng)
    if kind == "civil":
        doc.h("%s" % ag["name"])
        doc.h("판  결")
        doc.p("사       건   %d가단%d 손해배상(기)" % (y, rng.randint(10000, 99999)))
        doc.p("원       고   %s" % p1)
        doc.p("               %s" % home_addr(rng))
        doc.p("피       고   %s" % p2)
        doc.p("               %s" % home_addr(rng))
        doc.p("변 론 종 결   %s" % ymd(rng, y, y))
        doc.p("판 결 선 고   %s" % ymd(rng, y, y))
        doc.c("주       문")
        doc.p("1. 피고는 원고에게 %s원 및 이에 대한 지연손해금을 지급하라." % won(rng.randrange(100, 9000) * 10000))
        doc.p("2. 소송비용은 피고가 부담한다.")
        doc.c("이       유")
        doc.p("피고가 운영하는 음식점 앞 계단에서 원고가 넘어져 다친 사실은 당사자 사이에 다툼이 없다. 피고는 결빙된 계단에 미끄럼 방지 조치를 하지 아니한 과실이 있으므로 원고가 입은 손해를 배상할 책임이 있다.")
        out = ("판결문", "partial", [6])
    elif kind == "family":
        doc.h("%s" % ag["name"])
        doc.h("심  판")
        doc.p("사건  %d느단%d 친권자 및 양육자 변경" % (y, rng.randint(1000, 9999)))
        doc.p("청구인  %s (%s)" % (p1, birth(rng, 1975, 1992)))
        doc.p("상대방  %s (%s)" % (p2, birth(rng, 1975, 1992)))
        doc.p("사건본인  %s (%s)" % (pname(rng), birth(rng, 2010, 2020)))
        doc.c("주  문")
        doc.p("사건본인의 친권자 및 양육자를 상대방에서 청구인으로 변경한다.")
        doc.c("이  유")
        doc.p("가사조사 결과 상대방은 %s 이후 사건본인을 사실상 방치하였고, 사건본인은 청구인과 함께 지내기를 원한다고 진술하였다." % ymd(rng, y - 1, y - 1))
        out = ("가사심판", "non_public", [6])
    elif kind == "juvenile":
        doc.h("%s" % ag["name"])
        doc.h("결  정")
        doc.p("사건  %d푸%d 소년보호" % (y, rng.randint(100, 9999)))
        doc.p("소년  %s (%s생, %s)" % (p1, birth(rng, y - 18, y - 14), pick(rng, ["중학생", "고등학생", "무직"])))
        doc.p("보조인  변호사 %s" % p2)
        doc.c("주  문")
        doc.p("소년을 %s에 처한다." % pick(rng, ["보호관찰관의 단기 보호관찰(1년)", "소년원 단기 송치", "사회봉사 40시간 및 수강명령"]))
        doc.c("이  유")
        doc.p("소년은 %s 친구들과 함께 편의점에서 물건을 훔치고 이를 제지하던 종업원을 밀쳐 넘어지게 하였다. 소년의 비행 전력과 보호자의 보호 능력을 고려하여 주문과 같이 결정한다." % ymd(rng, y, y))
        out = ("소년보호결정", "non_public", [6, "P23"])
    else:
        doc.h("%s행정심판위원회" % pick(rng, ["경기도", "서울특별시", "중앙"]))
        doc.h("재  결")
        doc.p("사건  %d-%d 정보공개 거부처분 취소청구" % (y, rng.randint(100, 9999)))
        doc.p("청구인  %s" % masked(p1, v % 3))
        doc.p("피청구인  %s" % pick(rng, ["○○시장", "○○교육감", "○○구청장"]))
        doc.c("주  문")
        doc.p("피청구인이 청구인에게 한 정보공개 거부처분 중 회의 참석자 명단을 제외한 부분을 취소한다.")
        doc.c("이  유")
        doc.p("피청구인은 이 사건 회의록이 「공공기관의 정보공개에 관한 법률」 제9조 제1항 제5호에 해당한다고 주장하나, 의사결정이 이미 끝난 뒤여서 공개로 업무의 공정한 수행에 현저한 지장이 생긴다고 보기 어렵다. 다만 참석자 명단은 같은 항 제6호의 개인정보에 해당한다.")
        out = ("재결서", "public", [])
    return Out(out[0], out[1], "none", out[2], "content_only" if kind != "admin_masked" else "mention_only",
               "body", "" if kind != "admin_masked" else "제9조 제1항 제5호", doc=doc,
               flags=(["mention_only"] if kind == "admin_masked" else []) + (["old_style"] if y < 2005 else []))


# ---------------------------------------------------------------- mention-only (public / none)
MENTION_KINDS = ["guide_daeoebi", "foi_guide", "foi_notice", "password", "grade_personnel", "grade_disability",
                 "roman_sections", "placeholder_form", "declass", "cover_letter", "security_audit", "grade_publicco",
                 "foi_guide", "guide_daeoebi", "placeholder_form", "foi_notice", "password", "cover_letter",
                 "grade_military", "roman_sections", "news_leak", "security_edu", "foi_notice", "grade_personnel",
                 "placeholder_form", "declass", "guide_daeoebi", "security_edu", "foi_guide", "grade_disability",
                 "cover_letter", "password"]


@template("mention_only")
def t_mention(rng, v):
    kind = MENTION_KINDS[v % len(MENTION_KINDS)]
    y = rng.randint(2010, 2025)
    doc = Doc()
    cue_text = ""
    genre = "안내문"
    if kind == "guide_daeoebi":
        ag = agency(rng, ["중앙부처", "광역", "교육청", "공기업"])
        doc.h("%s 보안업무 실무 안내" % pick(rng, ["신규 직원을 위한", "%d년" % y, "부서 보안담당관을 위한"]))
        items = ["1. 비밀은 누설될 경우 국가안전보장에 미치는 영향에 따라 Ⅰ급, Ⅱ급, Ⅲ급으로 구분하며, 비밀이 아닌 자료 가운데 공개되면 업무 수행에 지장을 줄 수 있는 것은 대외비로 지정하여 관리합니다.",
                 "2. 대외비 문서는 문서 상단과 하단 중앙에 ‘대외비’를 표시하고, 보호기간이 지나면 일반문서로 재분류합니다.",
                 "3. 대외비를 출력할 때에는 보안 복합기를 사용하고, 퇴근 시 책상 위에 남겨두지 않습니다.",
                 "4. 비밀 및 대외비 문서를 전자우편으로 보내거나 개인 저장매체에 보관해서는 안 됩니다."]
        if v % 2:
            items = [items[1], items[2], "3. 예고문에 적힌 재분류 일자가 지난 대외비는 보안담당관 확인을 거쳐 일반문서로 관리합니다.", items[3].replace("4.", "4.")]
        doc.lines(items)
        doc.r("%s %s" % (ag["name"], ag["dept"]))
        cue_text = "대외비"
    elif kind in ("foi_guide",):
        ag = agency(rng, ["중앙부처", "광역", "기초", "교육청"])
        doc.h("정보공개 청구 처리 실무 요령")
        doc.p("□ 공개구분 표시 방법")
        doc.p("  ○ 기안문 결문의 공개구분란에는 ‘공개’, ‘부분공개’, ‘비공개’ 가운데 하나를 적고, 부분공개나 비공개인 경우 해당 호를 괄호 안에 씁니다.")
        doc.p("    - 예시: 부분공개(6), 비공개(제9조 제1항 제5호)")
        doc.p("  ○ 개인정보가 일부 포함된 문서는 그 부분만 가리고 나머지는 공개하는 것이 원칙입니다.")
        doc.p("□ 자주 틀리는 사례")
        doc.p("  ○ 단순히 ‘내부 자료’라는 이유만으로 법 제9조①5를 적용하는 것은 부적절합니다.")
        doc.p("  ○ 의사결정이 끝난 뒤에는 9조 1항 5호를 이유로 비공개할 수 없는 경우가 많습니다.")
        doc.r("%s 정보공개 담당" % ag["name"])
        cue_text = "부분공개(6)"
    elif kind == "foi_notice":
        ag = agency(rng, ["기초", "광역", "교육청", "공기업", "경찰"])
        nm = masked(pname(rng), v % 4)
        doc.h("정보 (부분)공개 결정 통지서")
        doc.table([["접수번호", "%d-%07d" % (y, rng.randint(1, 9999999)), "접수일", ymd(rng, y, y)],
                   ["청구인", nm, "청구 내용", pick(rng, ["%d년 업무추진비 집행 내역" % (y - 1), "○○사업 타당성 조사 용역 보고서", "○○위원회 회의록"])]])
        doc.p("귀하께서 청구하신 정보에 대하여 다음과 같이 결정하였음을 알려 드립니다.")
        doc.p("1. 공개 내용: 청구 정보 중 %s" % pick(rng, ["집행 일자, 금액, 장소", "보고서 본문", "회의 안건과 결과"]))
        doc.p("2. 비공개 내용 및 사유: %s — %s" % (pick(rng, ["참석자 성명", "개인 연락처", "업체의 단가 산출 내역"]),
                                               pick(rng, ["「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호", "「공공기관의 정보공개에 관한 법률」 제9조 제1항 제7호", "같은 법 제9조 제1항 제5호"])))
        doc.p("3. 이 결정에 이의가 있으시면 통지를 받은 날부터 30일 이내에 이의신청을 하실 수 있습니다.")
        doc.r(ag["head"])
        genre = "통지서"
        cue_text = "제9조 제1항"
    elif kind == "password":
        ag = agency(rng)
        doc.h(pick(rng, ["업무망 비밀번호 정기 변경 안내", "행정포털 비밀번호 변경 주기 알림", "내부 시스템 비밀번호 설정 기준 변경"]))
        doc.p("1. 보안 강화를 위하여 업무용 PC와 행정포털의 비밀번호를 분기마다 변경하여 주시기 바랍니다.")
        doc.p("2. 비밀번호는 영문 대ㆍ소문자, 숫자, 특수문자를 조합하여 9자리 이상으로 설정하고, 이전 비밀번호와 같은 문자를 반복하지 마십시오.")
        doc.p("3. 비밀번호를 메모지에 적어 모니터에 붙이는 사례가 보안 점검에서 반복 지적되고 있습니다.")
        doc.r("%s %s" % (ag["name"], pick(rng, ["정보통신팀", "정보화담당관", "보안담당"])))
        cue_text = "비밀번호"
    elif kind == "grade_personnel":
        ag = agency(rng, ["중앙부처"])
        doc.h("인 사 발 령")
        rows = [["성명", "발령 사항", "현 직위"]]
        for j in range(rng.randint(3, 5)):
            rows.append([pname(rng), "3급(부이사관) 승진" if j == 0 else pick(rng, ["고위공무원 나급 승진", "3급(부이사관) 승진", "4급(서기관) 승진", "1급(관리관) 임용"]), "%s %s" % (ag["name"], pick(rng, ag["depts"]) + "장")])
        doc.table(rows)
        doc.p("%s 자" % ymd(rng, y, y))
        doc.r(ag["head"])
        genre = "인사발령"
        cue_text = "3급(부이사관)"
    elif kind == "grade_publicco":
        ag = agency(rng, ["공기업", "공공기관"])
        doc.h("%d년 상반기 정기 승진 결과 알림" % y)
        doc.p("2급(부장급) 승진 %d명, 3급(차장급) 승진 %d명, 4급 승진 %d명을 아래와 같이 발표합니다." % (rng.randint(2, 6), rng.randint(5, 15), rng.randint(10, 30)))
        rows = [["직급", "성명", "소속"]]
        for j in range(rng.randint(3, 5)):
            rows.append([pick(rng, ["2급", "3급", "4급"]), pname(rng), pick(rng, ag["depts"])])
        doc.table(rows)
        doc.r(ag["head"])
        genre = "인사발령"
        cue_text = "3급"
    elif kind == "grade_disability":
        ag = agency(rng, ["기초", "중앙부처"])
        doc.h("장애등급제 단계적 폐지에 따른 서비스 안내")
        doc.p("○ 종전의 1급~6급 장애등급은 ‘장애의 정도가 심한 장애인’과 ‘심하지 않은 장애인’으로 바뀌었습니다.")
        doc.p("○ 종전 1ㆍ2ㆍ3급이었던 분은 심한 장애, 4ㆍ5ㆍ6급이었던 분은 심하지 않은 장애로 인정되며, 별도 재판정은 필요 없습니다.")
        doc.p("○ 활동지원, 보조기기 등은 서비스 지원 종합조사 결과에 따라 제공됩니다.")
        doc.r("%s %s" % (ag["name"], pick(rng, ["장애인복지과", "장애인정책과", "주민복지과"])))
        cue_text = "3급"
    elif kind == "grade_military":
        ag = agency(rng, ["병무"])
        doc.h("병역판정검사 신체등급 기준 안내")
        doc.p("○ 신체등급 1~3급은 현역병 입영 대상, 4급은 보충역(사회복무요원), 5급은 전시근로역, 6급은 병역면제, 7급은 재신체검사 대상입니다.")
        doc.p("○ 질병이나 심신장애가 있는 사람은 병무용 진단서를 준비하여 검사 당일 제출하시기 바랍니다.")
        doc.r(ag["head"])
        cue_text = "1~3급"
    elif kind == "roman_sections":
        ag = agency(rng, ["광역", "기초", "교육청"])
        doc.h("%d년 %s 추진계획" % (y, pick(rng, ["평생학습도시 조성", "공공도서관 운영", "청소년 문화활동 지원", "도시숲 확충"])))
        doc.p("Ⅰ. 추진 배경")
        doc.p("  ○ 주민 수요 증가와 지난해 성과 분석 결과를 반영하여 사업을 확대함")
        doc.p("Ⅱ. 추진 현황")
        doc.p("  ○ 지난해 %d개 프로그램, 참여자 %s명" % (rng.randint(10, 80), won(rng.randrange(500, 9000))))
        doc.p("Ⅲ. %d년 추진 계획" % y)
        doc.p("  ○ 신규 프로그램 %d개 개설, 읍ㆍ면 순회 운영 확대" % rng.randint(3, 12))
        doc.p("Ⅳ. 행정 사항")
        doc.p("  ○ 분기별 추진 실적을 %s로 제출" % ag["dept"])
        genre = "계획서"
        cue_text = "Ⅲ."
    elif kind == "placeholder_form":
        ag = agency(rng)
        doc.h(pick(rng, ["개인정보 수집ㆍ이용 동의서(작성 예시)", "민원 신청서 작성 요령", "자원봉사 신청서(기재 예시)"]))
        doc.table([["성명", "홍길동", "생년월일", "0000. 00. 00."], ["주민등록번호", "000000-0000000", "연락처", "010-0000-0000"], ["주소", "○○시 ○○구 ○○로 00", "서명", "(인)"]])
        doc.p("※ 위 예시를 참고하여 본인의 정보를 정확히 적어 주십시오. 수집한 개인정보는 목적 달성 후 즉시 파기합니다.")
        doc.r(ag["name"])
        genre = "서식"
        cue_text = "홍길동"
    elif kind == "declass":
        ag = agency(rng, ["광역", "중앙부처", "군"])
        doc.h("비밀 재분류(일반문서 전환) 결과 통보")
        doc.p("1. 보호기간이 지난 Ⅲ급비밀 %d건과 대외비 %d건을 %s자로 일반문서로 재분류하였음을 알려 드립니다." % (rng.randint(3, 20), rng.randint(5, 40), ymd(rng, y, y)))
        doc.p("2. 재분류된 문서는 비밀관리기록부에서 삭제하고 일반 기록물로 이관하여 주시기 바랍니다.")
        doc.p("3. 재분류 대상 목록은 문서 제목과 생산연도만 기재하였습니다.")
        doc.r("%s %s" % (ag["name"], ag["dept"]))
        genre = "공문"
        cue_text = "Ⅲ급비밀"
    elif kind == "cover_letter":
        ag = agency(rng, ["광역", "기초", "군", "병무"])
        doc.h(ag["name"])
        doc.p("수신  %s" % pick(rng, ["○○시장(비상기획관)", "○○군수(안전관리과장)", "○○지방병무청장"]))
        doc.p("제목  %d년 %s 송부" % (y, pick(rng, ["충무계획 부록 수정분", "동원자원 관리 지침", "비상대비 업무 지침"])))
        doc.p("1. %s" % pick(rng, ["귀 기관의 협조에 감사드립니다.", "관련: 비상대비 업무 협의회 결과"]))
        doc.p("2. 요청하신 자료는 %s로 분류되어 있어 이 공문에 첨부하지 않고 비밀 취급 인가자를 통해 별도로 전달합니다." % pick(rng, ["3급 비밀", "Ⅲ급비밀", "III급 비밀"]))
        doc.p("3. 인수 후 비밀 접수 대장에 기재하여 주시기 바랍니다.  끝.")
        gyeolmun(doc, rng, ag, "공개", how=2)
        genre = "공문"
        cue_text = "급"
        return Out(genre, "public", "none", [], "mention_only", "body", cue_text, doc=doc, flags=["mention_only", "stated=public:"], stated=("public", []))
    elif kind == "security_audit":
        ag = agency(rng, ["광역", "공기업", "교육청"])
        doc.h("%d년 보안감사 결과(요약) 공개" % y)
        doc.p("○ 감사 기간: %s ~ %s" % tuple(sorted_dates(rng, y, 2)))
        doc.p("○ 주요 지적 사항: 대외비 문서 보관 소홀 %d건, 비밀번호 미변경 PC %d대, 보조기억매체 미등록 사용 %d건" % (rng.randint(1, 5), rng.randint(3, 30), rng.randint(1, 9)))
        doc.p("○ 조치 결과: 관련 부서 보안교육 실시 및 시스템 개선 완료")
        doc.r(ag["name"])
        genre = "감사결과"
        cue_text = "대외비"
    elif kind == "security_edu":
        ag = agency(rng)
        doc.h("%d년 %s 보안교육 교재" % (y, ag["name"]))
        doc.p("제1장 비밀의 구분")
        doc.p("  - Ⅰ급비밀: 누설 시 외교관계 단절, 전쟁 유발 등 국가안전보장에 치명적인 결과")
        doc.p("  - Ⅱ급비밀: 누설 시 국가안전보장에 막대한 지장")
        doc.p("  - Ⅲ급비밀: 누설 시 국가안전보장에 손해")
        doc.p("제2장 대외비 관리 요령")
        doc.p("  - 대외비는 비밀에 준하여 보관하되, 보호기간이 끝나면 일반문서로 관리")
        genre = "교육자료"
        cue_text = "Ⅰ급비밀"
    else:  # news_leak
        ag = agency(rng, ["광역", "중앙부처", "공기업"])
        doc.h("보 도 해 명 자 료")
        doc.p("[%s ○○일보 ‘대외비 문건 통해 본 ○○사업 축소’ 보도 관련]" % ymd(rng, y, y))
        doc.p("□ 보도 내용: %s이 대외비로 분류한 검토 문건에서 사업 규모를 절반으로 줄이기로 했다는 내용" % ag["name"])
        doc.p("□ 해명 내용: 해당 문건은 여러 대안 중 하나를 검토한 실무 자료이며, 사업 규모는 확정된 바 없습니다.")
        doc.p("담당: %s %s %s (%s)" % (ag["dept"], pick(rng, ["과장", "팀장"]), pname(rng), tel(rng, ag)))
        genre = "보도자료"
        cue_text = "대외비"
    return Out(genre, "public", "none", [], "mention_only", "body", cue_text, doc=doc, flags=["mention_only", "mention:" + kind] + (["has_table"] if any(b[0] == "t" for b in doc.blocks) else []))


# ---------------------------------------------------------------- checkbox forms
def checkbox_str(rng, disc, nums, style):
    n = ",".join(str(x) for x in nums)
    on, off = ("■", "□") if style % 3 != 2 else ("[V]", "[ ]")
    a = on if disc == "public" else off
    b = on if disc == "partial" else off
    c = on if disc == "non_public" else off
    bn = "(%s)" % n if disc == "partial" else "(  )"
    cn = "(%s)" % n if disc == "non_public" else "(  )"
    if style % 2 == 0:
        return "%s공개  %s부분공개%s  %s비공개%s" % (a, b, bn, c, cn)
    return "%s 공개 %s 부분공개 %s 비공개" % (a, b, c) + ("  (사유: 제9조 제1항 제%s호)" % "ㆍ제".join(str(x) for x in nums) if nums else "")


@template("checkbox_form")
def t_checkbox(rng, v):
    disc = ["partial", "non_public", "public", "partial", "non_public", "public", "partial", "non_public", "partial", "public", "non_public", "partial"][v % 12]
    ag = agency(rng, [["기초", "교육청", "광역", "공기업", "경찰", "소방"][v % 6]])
    y = rng.randint(2008, 2025)
    doc = Doc()
    if disc == "public":
        title, nums = pick(rng, ["%d년 마을버스 노선 조정 계획" % y, "공공체육시설 야간 개방 운영 계획", "%d년 하반기 직원 교육훈련 계획" % y]), []
        body = ["1. 주민 이용 편의를 높이기 위하여 아래와 같이 추진하고자 합니다.", "2. 세부 일정과 소요 예산은 붙임 계획서와 같습니다."]
    elif disc == "partial":
        title, nums = pick(rng, [("민원 처리 결과 보고(%s 소음 민원)" % pick(rng, ["공사장", "영업장", "공항 주변"]), [6]), ("포상금 지급 대상자 확정", [6]), ("물품 구매 계약 체결 보고", [7]), ("재난지원금 이의신청 처리 결과", [6])])
        if nums == [6]:
            body = ["1. 민원인 %s(%s, %s)이 제기한 사항을 검토하였습니다." % (pname(rng), local_addr(rng, ag), mobile(rng)), "2. 현장 확인 결과를 토대로 아래와 같이 조치하였습니다."]
        else:
            body = ["1. 계약 상대자: (주)%s%s" % (pick(rng, ["대한", "우성", "정일"]), pick(rng, ["산업", "상사"])), "2. 업체가 제출한 단가 산출 내역(부품별 매입가 포함)은 붙임과 같습니다."]
    else:
        title, nums = pick(rng, [("관내 %s 관련 첩보 처리 보고" % pick(rng, ["불법 대부업", "마약류 유통", "보이스피싱 인출책"]), [4]), ("%d년 조직 진단 결과 및 개편 방향(안)" % y, [5]), ("인사 청탁 의혹 자체 조사 계획", [5])])
        body = ["1. %s" % pick(rng, ["첩보 내용의 사실 여부를 확인하기 위하여 내사를 진행 중입니다.", "내부 의사결정 과정에 있는 사항으로 확정되지 않았습니다.", "조사 대상자와 방법은 보안을 유지하여 진행합니다."]), "2. 세부 내용은 붙임 참조"]
    cb = checkbox_str(rng, disc, nums, v)
    kind = v % 3
    if kind == 0:
        doc.h("기록물 생산 등록 정보")
        doc.table([["제목", title], ["생산 부서", "%s %s" % (ag["name"], ag["dept"])], ["생산 일자", ymd(rng, y, y)], ["공개 여부", cb], ["보존 기간", pick(rng, ["3년", "5년", "10년", "준영구"])]], head=False)
        doc.p("")
        doc.h(title)
        doc.lines(body)
        loc = "form_checkbox"
    elif kind == 1:
        doc.h(title)
        doc.lines(body)
        doc.p("")
        doc.p("공개구분  " + cb)
        loc = "form_checkbox"
    else:
        doc.h("정보공개 여부 검토서")
        doc.p("대상 문서: %s" % title)
        doc.p("검토 결과: " + cb)
        doc.p("검토자: %s %s %s" % (ag["dept"], pick(rng, ["주무관", "팀장"]), pname(rng)))
        doc.p("")
        doc.lines(body)
        loc = "form_checkbox"
    reasons = nums
    return Out("서식" if kind != 1 else "보고서", disc, "none", reasons, "checkbox", loc, cb, doc=doc,
               flags=["has_table"] if kind == 0 else [], stated=(disc, nums))


# ---------------------------------------------------------------- 결재란 tables
@template("approval_table")
def t_approval(rng, v):
    disc = ["non_public", "partial", "public", "non_public", "partial", "public", "non_public", "partial"][v % 8]
    ag = agency(rng, [["광역", "공기업", "교육청", "기초", "소방", "경찰", "공공기관", "중앙부처"][v % 8]])
    y = rng.randint(2005, 2025)
    if disc == "non_public":
        nums = pick(rng, [[5], [4], [5, 6]])
        title = {5: "%d년 하반기 정원 조정(안) 사전 검토" % y, 4: "○○ 불법행위 단속 세부 계획", 6: "직원 고충 심사 결과 보고"}[nums[-1] if nums != [5] else 5]
        if nums == [4]:
            body = ["1. 단속 일시와 장소는 사전 노출을 막기 위하여 당일 통보", "2. 단속반 편성: %d개 반, 반별 %d명" % (rng.randint(2, 6), rng.randint(3, 6))]
        elif nums == [5]:
            body = ["1. 기능별 업무량 조사 결과를 반영하여 증원ㆍ감원 부서를 잠정 선정함", "2. 노조 협의 및 행정안전부 승인 전 검토안으로 변동 가능"]
        else:
            body = ["1. 고충 심사 청구인: %s %s %s" % (ag["dept"], pick(rng, ["주무관", "대리"]), pname(rng)), "2. 심사 결과: 부서 내 업무 분장 조정 권고", "3. 심사 과정의 진술 내용은 위원회 의결 전까지 비공개로 관리"]
    elif disc == "partial":
        nums = pick(rng, [[6], [6, 7]])
        title = "%s 선정 결과 보고" % pick(rng, ["청년 창업공간 입주자", "우수 자원봉사자 표창 대상자", "공공임대 상가 입점 업체"])
        body = ["1. 심사위원회 평가 결과에 따라 아래와 같이 선정함"]
    else:
        nums = []
        title, purpose = pick(rng, [("청사 에너지 절약 추진 계획", "동절기 전력 피크 관리 및 에너지 비용 절감"), ("%d년 시민 안전체험관 운영 계획" % y, "체험 프로그램 확대 운영"), ("부서 업무분장 일부 변경", "신규 사업 추진에 따른 사무 분장 정비")])
        body = ["1. 목적: %s" % purpose, "2. 시행일: %s" % ymd(rng, y, y)]
    f = field_str(rng, disc, nums, style=v)
    fit_dept(ag, title)
    doc = Doc()
    doc.h(title)
    pos = v % 2
    hdr = pick(rng, [["담당", "팀장", "과장", "국장"], ["기안", "검토", "검토", "결재"], ["담 당", "계 장", "과 장", "공개구분"]])
    if hdr[-1] == "공개구분":
        tbl = [hdr, [pname(rng), pname(rng), "%s\n%02d/%02d" % (pname(rng), rng.randint(1, 12), rng.randint(1, 28)), f]]
    else:
        tbl = [hdr + ["공개여부"], [pname(rng), pname(rng), "전결", "", f]]
    if pos == 0:
        doc.table(tbl)
    doc.lines(body)
    if disc == "partial":
        rows = [["연번", "성명", "연락처", "점수"]] + [[str(j + 1), pname(rng), mobile(rng), "%d" % rng.randint(70, 98)] for j in range(rng.randint(3, 5))]
        if 7 in nums:
            rows = [["연번", "업체명", "대표자", "제안 임대료(월)", "점수"]] + [[str(j + 1), "%s%s" % (pick(rng, ["소담", "온기", "바른"]), pick(rng, ["식당", "공방", "커피"])), pname(rng), won(rng.randrange(30, 200) * 10000), "%d" % rng.randint(70, 98)] for j in range(3)]
        doc.table(rows)
    if pos == 1:
        doc.p("")
        doc.table(tbl)
    return Out("내부결재", disc, "none", nums, "stated_field", "approval_table", f, title=title, doc=doc, flags=["has_table"], stated=(disc, nums))


# ---------------------------------------------------------------- 붙임 lines / withheld attachments
@template("attach_withheld")
def t_attach(rng, v):
    ag = agency(rng, [["기초"], ["교육청", "교육지원청"], ["기초", "광역"], ["기초", "보건"], ["중앙부처", "광역", "공기업"], ["교육청"], ["기초", "광역", "공기업", "교육청"], ["소방"]][v % 8])
    y = rng.randint(2006, 2025)
    variants = [
        ("%d년 저소득층 에너지바우처 추가 지원 결과 보고" % y, ["1. 한파 대비 에너지바우처 추가 지원 대상 %d가구에 대한 지급을 완료하였습니다." % rng.randint(30, 300), "2. 지원 가구 명단은 붙임과 같으며, 개인정보 보호를 위하여 외부 제공 시 명단은 제외합니다."],
         "붙임  1. 지원 실적 총괄표 1부.\n      2. 지원 가구 명단 1부(개인정보 포함, 비공개).  끝.", "지원 가구 명단 1부(개인정보 포함, 비공개)", [6]),
        ("%s 시설공사 계약 체결 결과" % pick(rng, ["학교 석면 해체", "체육관 지붕 보수", "급식실 환기설비 개선"]), ["1. 조달청 입찰 결과에 따라 아래와 같이 계약을 체결하였습니다.", "2. 계약금액: %s원, 계약기간: 착공일부터 %d일" % (won(rng.randrange(100, 5000) * 100000), rng.randint(30, 180)),
                                                               "※ 붙임 3의 공종별 단가 산출 내역서는 계약 상대자의 경영상ㆍ영업상 비밀에 해당하여 공개 대상에서 제외합니다."],
         "붙임  1. 계약서 사본 1부.\n      2. 공사 설계서 1부.\n      3. 공종별 단가 산출 내역서 1부.  끝.", "※ 붙임 3의 공종별 단가 산출 내역서는 계약 상대자의 경영상ㆍ영업상 비밀에 해당하여 공개 대상에서 제외합니다.", [7]),
        ("민원 조사 결과 회신", ["1. 귀하께서 제기하신 %s 관련 민원을 조사한 결과를 알려 드립니다." % pick(rng, ["불법 주정차 단속", "건축물 무단 증축", "쓰레기 불법 투기"]), "2. 현장 확인 결과 위반 사항이 확인되어 시정 명령을 하였습니다.",
                     "3. 다만, 조사 과정에서 확보한 제보자 및 위반자의 인적사항은 이 회신에 포함하지 않았으며, 정보공개 청구 시에도 해당 부분은 가림 처리됩니다."],
         "붙임  현장 사진 1부(인적사항 가림).  끝.", "제보자 및 위반자의 인적사항은 이 회신에 포함하지 않았으며, 정보공개 청구 시에도 해당 부분은 가림 처리됩니다.", [6]),
        ("%d년 집단급식소 위생점검 결과" % y, ["1. 관내 집단급식소 %d개소를 점검하였습니다." % rng.randint(20, 90), "2. 위반 업소 %d개소에 대하여 과태료를 부과하였으며, 처분 내역은 붙임과 같습니다." % rng.randint(2, 8)],
         "붙임  1. 점검 결과 총괄 1부.\n      2. 위반 업소별 처분 내역 1부(영업자 성명ㆍ주소 포함, 부분공개).  끝.", "위반 업소별 처분 내역 1부(영업자 성명ㆍ주소 포함, 부분공개)", [6]),
        ("정책자문위원회 %d년 제%d차 회의 결과" % (y, rng.randint(1, 4)), ["1. 회의 결과 자문 의견을 정리하여 보고합니다.", "2. 안건 2(%s)는 검토가 끝나지 않은 사항이 있어 해당 부분을 제외하고 공개합니다." % pick(rng, ["요금 체계 개편", "청사 이전 후보지", "위탁 운영자 변경"])],
         "붙임  1. 회의록(안건 2 제외) 1부.\n      2. 위원 명단 1부(개인 연락처 삭제).  끝.", "안건 2(", [5, 6]),
        ("학교폭력 예방 우수학교 현장 컨설팅 결과", ["1. 우수 사례 학교 %d개교를 방문하여 컨설팅을 실시하였습니다." % rng.randint(3, 10), "2. 컨설팅 보고서 중 학생 상담 사례 부분은 학생 보호를 위하여 비공개로 하고 나머지를 공유합니다."],
         "붙임  컨설팅 보고서 1부(상담 사례 제외).  끝.", "학생 상담 사례 부분은 학생 보호를 위하여 비공개", [6]),
        ("수의계약 체결 현황 공개", ["1. %d년 %d분기 수의계약 체결 현황을 공개합니다." % (y, rng.randint(1, 4)), "2. 계약 상대자 중 개인사업자의 대표자 성명과 주소는 개인정보에 해당하여 표시하지 않으며, 업체별 원가 자료는 제외합니다."],
         "붙임  수의계약 현황표 1부.  끝.", "개인사업자의 대표자 성명과 주소는 개인정보에 해당하여 표시하지 않으며, 업체별 원가 자료는 제외", [6, 7]),
        ("화재 현장 조사서 송부", ["1. %s 발생한 화재의 현장 조사서를 송부합니다." % ymd(rng, y, y), "2. 관계인 진술서와 피해자 인적사항은 붙임에서 제외하였으며, 필요 시 별도로 요청하여 주십시오."],
         "붙임  화재 현장 조사서(관계인 진술 제외) 1부.  끝.", "관계인 진술서와 피해자 인적사항은 붙임에서 제외", [6]),
    ]
    title, body, attach, cue, nums = variants[v % len(variants)]
    doc = Doc()
    heading_block(doc, rng, ag, title)
    doc.lines(body)
    doc.p("")
    for ln in attach.split("\n"):
        doc.p(ln)
    gyeolmun(doc, rng, ag, None)
    cue = cue if len(cue) < 60 else cue[:60]
    return Out("공문", "partial", "none", nums, "attachment_withheld", "attachment_line" if cue.startswith("붙임") or "1부" in cue else "body", cue, title=title, doc=doc)


# ---------------------------------------------------------------- 제9조 citations in the document itself
CITE_FORMS = ["법 제9조①%d", "「공공기관의 정보공개에 관한 법률」 제9조 제1항 제%d호", "9조 1항 %d호", "정보공개법 제9조제1항제%d호",
              "같은 법 제9조 제1항 제%d호", "「정보공개법」 9조①%d호", "공공기관의정보공개에관한법률 제9조 제1항 제%d호"]


@template("article_cite")
def t_cite(rng, v):
    ag = agency(rng, [["중앙부처", "경찰", "광역", "공기업", "교육청", "기초", "소방"][v % 7]])
    y = rng.randint(2004, 2025)
    n = [5, 4, 5, 6, 5, 3, 5][v % 7]
    cite = CITE_FORMS[v % len(CITE_FORMS)] % n
    doc = Doc()
    flags = []
    subj5 = {"중앙부처": ["공공기관 경영평가 제도 개편 검토", "지방이양 대상 사무 선정(안)"], "공기업": ["요금 조정 시나리오 분석", "경영평가 대응 전략"],
             "교육청": ["교원 정원 배정 기준(안)", "과밀학급 해소 학교 신설 우선순위 검토"], "기초": ["청사 이전 부지 선정 검토", "공영주차장 민간위탁 전환 검토"],
             "광역": ["광역버스 노선 개편 대안 비교", "산하 출연기관 통폐합 검토"]}
    subj = {5: pick(rng, subj5.get(ag["kind"], ["청사 이전 부지 선정 검토", "요금 조정 시나리오 분석"])),
            4: pick(rng, ["불법 사행성 게임장 단속 계획", "보조금 부정수급 수사 공조 현황"] if ag["kind"] == "경찰" else ["보조금 부정수급 수사 공조 현황"]),
            6: pick(rng, ["직원 근무평정 이의신청 심사 결과", "소속 직원 건강검진 사후관리 대상자 통보"]),
            3: pick(rng, ["대형 공연장 인파 관리 취약 구간 분석"])}[n]
    nums = [n]
    fit_dept(ag, subj)
    if n == 6 and "건강검진" in subj:
        nums = [6, "P23"]
    line_styles = ["※ 이 문서는 %s에 해당하여 비공개함" % cite, "(비공개 근거: %s)" % cite, "본 자료는 %s에 따른 비공개 대상 정보임" % cite,
                   "[%s 해당 – 비공개]" % cite]
    line = line_styles[v % len(line_styles)]
    first = v % 2 == 0
    if first:
        doc.p(line)
    doc.h(subj)
    doc.r("%s %s" % (ag["dept"], ymd(rng, y, y)))
    if n == 5:
        doc.lines(["1. 검토 배경: 관련 부서 요청에 따라 대안별 장단점을 비교함", "2. 주요 내용: %s" % pick(rng, ["3개 대안 중 2안이 비용 대비 효과가 가장 큼", "단계적 시행 시 초기 부담을 줄일 수 있음", "관계기관 협의가 필요한 쟁점이 남아 있음"]), "3. 향후 계획: 간부회의 보고 후 최종안 확정"])
    elif n == 4:
        doc.lines(["1. 대상: 첩보 입수 업소 %d개소" % rng.randint(3, 15), "2. 방법: 관할 경찰서와 합동으로 불시 단속", "3. 단속 일정과 대상 업소는 단속 당일 현장 지휘관에게만 통보"])
    elif n == 3:
        doc.lines(["1. 최근 행사 당시 인파 밀집도 분석 결과 병목 구간 %d곳을 확인함" % rng.randint(2, 6), "2. 구간별 통제 인력 배치 기준과 우회 동선을 마련함"])
    else:
        rows = [["성명", "소속", "내용"]] + [[pname(rng), pick(rng, ag["depts"]), pick(rng, ["재검 대상(고혈압)", "2차 검진 권고(간기능)", "근평 이의 기각", "근평 이의 일부 인용"]) if "건강" in subj else pick(rng, ["근평 이의 기각", "근평 이의 일부 인용"])] for _ in range(rng.randint(3, 5))]
        doc.table(rows); flags.append("has_table")
    if not first:
        doc.p("")
        doc.p(line)
    return Out("검토보고서" if n != 6 else "보고서", "non_public", "none", nums, "article_citation", "first_line" if first else "last_line", cite, doc=doc, flags=flags)


# ---------------------------------------------------------------- printed field disagrees with content
@template("mislabeled")
def t_mislabeled(rng, v):
    kind = ["rrn", "rrn", "rrn", "roster_health", "rrn", "checkbox_discipline", "rrn", "roster_health"][v % 8]
    ag = agency(rng, [["기초", "광역", "교육청", "공기업", "기초", "교육청", "병무", "기초"][v % 8]])
    y = rng.randint(2009, 2025)
    doc = Doc()
    ids = []
    if kind == "rrn":
        title = pick(rng, ["%s 지급 대상자 확정 통보" % pick(rng, ["출산장려금", "농어민 공익수당", "청년 구직활동 지원금", "장학금"]), "%s 위원 위촉 및 수당 지급" % pick(rng, ["지역치안협의회", "학교운영위원회", "도시계획위원회"])])
        heading_block(doc, rng, ag, title)
        doc.p("1. 아래 대상자에 대하여 지급을 결정하였으니 %s까지 지급하여 주시기 바랍니다." % ymd(rng, y, y))
        rows = [["연번", "성명", "주민등록번호", "은행", "계좌번호", "금액(원)"]]
        for j in range(rng.randint(3, 5)):
            r_ = rrn(rng, 1950, 2000)
            ids.append(r_)
            b, a = account(rng)
            rows.append([str(j + 1), pname(rng), r_, b, a, won(rng.randrange(10, 300) * 10000)])
        doc.table(rows)
        doc.p("  끝.")
        f = "공개"
        line = gyeolmun(doc, rng, ag, f, how=v % 4)
        disc, reasons, genre = "partial", [6, "P24"], "공문"
        loc, stated = "gyeolmun", ("public", [])
    elif kind == "roster_health":
        title = "%s 현황 송부" % pick(rng, ["방문건강관리 대상자", "치매 조기검진 고위험군", "중증장애인 돌봄 대상자"])
        heading_block(doc, rng, ag, title)
        doc.p("1. 요청하신 대상자 현황을 아래와 같이 송부합니다.")
        rows = [["연번", "성명", "나이", "주요 질환ㆍ장애", "주소"]]
        for j in range(rng.randint(5, 7)):
            rows.append([str(j + 1), pname(rng), str(rng.randint(60, 95)), pick(rng, ["치매(경도)", "뇌졸중 후유증", "파킨슨병", "당뇨 합병증", "시각장애(심한 장애)"]), local_addr(rng, ag)])
        doc.table(rows)
        doc.p("  끝.")
        f = "공개"
        line = gyeolmun(doc, rng, ag, f, how=(v + 1) % 4)
        disc, reasons, genre = "non_public", [6, "P23"], "공문"
        loc, stated = "gyeolmun", ("public", [])
    else:
        nm = pname(rng)
        doc.h("징계처분 결과 보고")
        f = checkbox_str(rng, "public", [], 0)
        doc.table([["문서 공개 여부", f]], head=False)
        doc.p("1. 대상자: %s %s" % (pick(rng, ["교사", "행정실장", "주무관"]), nm))
        doc.p("2. 비위 내용: 음주운전(혈중알코올농도 %.3f%%)으로 벌금 %d만 원 확정" % (rng.randint(80, 200) / 1000, rng.randint(5, 20) * 100))
        doc.p("3. 처분: %s" % pick(rng, ["정직 2월", "감봉 3월", "강등"]))
        line = f
        disc, reasons, genre = "non_public", [6, "P23"], "보고서"
        loc, stated = "form_checkbox", ("public", [])
    cue_text = "공개" if loc == "gyeolmun" else f
    return Out(genre, disc, "none", reasons, "mislabeled", loc, cue_text, doc=doc, ids=ids,
               flags=["t_mislabeled", "has_table"], stated=stated)


# ---------------------------------------------------------------- long documents, cue at the end
LONG_SUBJECTS = [
    ("%d년 %s 종합 감사 결과 보고서", ["감사 개요", "기관 운영 일반", "예산 집행 분야", "계약 분야", "인사ㆍ복무 분야", "처분 요구 및 향후 조치"]),
    ("%s 중장기 발전계획(%d~%d)", ["계획 수립 배경", "여건 분석", "비전과 목표", "분야별 추진 과제", "재원 조달 방안", "성과 관리"]),
    ("%d년 %s 실태조사 결과", ["조사 개요", "조사 대상 및 방법", "주요 결과", "분석 및 시사점", "개선 과제"]),
]
LONG_FILL = {
    "감사 개요": ["감사는 %s부터 %d일간 감사반 %d명이 실지감사 방식으로 실시하였다.", "감사 범위는 최근 3년간의 기관 운영 전반이며, 이전 감사의 지적 사항 이행 여부도 함께 확인하였다."],
    "기관 운영 일반": ["위원회 %d개 가운데 최근 2년간 한 번도 열리지 않은 위원회가 %d개 있어 정비가 필요하다.", "내부 규정 일부가 상위 법령 개정 사항을 반영하지 못하고 있었다.", "민원 처리 기한을 넘긴 사례가 %d건 확인되었으나 대부분 보완 요구에 따른 것이었다."],
    "예산 집행 분야": ["예산 집행률은 %d%%로 전년보다 다소 높아졌으나, 하반기에 집행이 몰리는 현상은 여전하였다.", "업무추진비 집행 건 중 %d건에서 참석자 수와 집행 금액이 맞지 않았다.", "이월 사업비의 사유 기재가 형식적인 경우가 많았다."],
    "계약 분야": ["수의계약 %d건 가운데 2건은 견적서 비교가 충분히 이루어지지 않았다.", "설계 변경으로 계약 금액이 %d%% 넘게 늘어난 공사가 있었으나 계약심의위원회 심의를 거치지 않았다.", "준공 검사 조서에 현장 사진이 누락된 사례가 있었다."],
    "인사ㆍ복무 분야": ["초과근무 수당 지급 내역을 출입 기록과 대조한 결과 일부 불일치가 확인되었다.", "휴직과 전보로 인한 업무 공백을 줄이기 위한 대체 인력 확보가 늦어지는 경향이 있었다.", "유연근무 승인 절차는 대체로 적정하였다."],
    "처분 요구 및 향후 조치": ["시정 %d건, 주의 %d건, 통보 %d건을 요구하였다.", "이행 결과는 60일 이내에 제출하도록 하였으며, 감사 부서에서 이행 여부를 점검할 예정이다."],
    "계획 수립 배경": ["인구 구조 변화와 주민 수요 다양화에 대응하기 위하여 중장기 계획이 필요하다.", "기존 계획의 목표 달성률은 %d%% 수준으로 일부 과제는 여건 변화로 추진이 중단되었다."],
    "여건 분석": ["최근 5년간 이용자는 연평균 %d%% 늘었으나, 읍ㆍ면 지역의 접근성 문제가 반복적으로 제기되었다.", "시설 노후화에 따른 유지관리비 부담이 커지고 있다.", "인근 지자체와의 연계 사업 수요가 늘고 있다."],
    "비전과 목표": ["‘누구나 가까이에서 누리는 서비스’를 비전으로 하고, 3대 목표와 %d개 전략 과제를 설정하였다.", "성과 지표는 산출물 중심에서 결과 중심으로 바꾸었다."],
    "분야별 추진 과제": ["거점 시설 %d곳을 새로 확충하고 노후 시설은 단계적으로 리모델링한다.", "디지털 예약 시스템을 도입하여 이용 편의를 높인다.", "취약계층 이용료 감면 대상을 넓힌다."],
    "재원 조달 방안": ["총사업비는 %d억 원으로 국비, 도비, 자체 재원을 나누어 부담한다.", "민간 투자 유치가 가능한 사업은 별도로 타당성을 검토한다."],
    "성과 관리": ["매년 추진 실적을 점검하여 다음 연도 계획에 반영한다.", "외부 전문가가 참여하는 평가단을 구성한다."],
    "조사 개요": ["조사는 관내 시설 %d곳을 대상으로 서면 조사와 현장 확인을 병행하였다.", "조사 기간은 %s부터 약 두 달간이었다."],
    "조사 대상 및 방법": ["표본 시설은 규모와 지역을 고려하여 층화 추출하였다.", "운영자 면담과 이용자 설문(응답 %d명)을 함께 실시하였다."],
    "주요 결과": ["안전 점검 기록이 누락된 시설이 %d곳 확인되었다.", "종사자 1인당 이용자 수는 지역 간 차이가 컸다.", "이용자 만족도는 ‘대체로 만족’ 이상이 %d%%로 나타났다."],
    "분석 및 시사점": ["소규모 시설일수록 전담 인력이 부족하여 행정 업무 부담이 큰 것으로 분석되었다.", "점검 결과가 예산 배분에 연계되지 않아 개선 유인이 약하다."],
    "개선 과제": ["점검 항목을 간소화하고 온라인 보고 체계를 도입한다.", "취약 시설에 대한 컨설팅을 우선 지원한다.", "우수 시설 인센티브를 마련한다."],
}


LONG_PROSE = [
    "이 부분은 관계 부서가 제출한 자료와 현장 확인 결과를 함께 정리한 것으로, 수치는 %s 기준이다.",
    "부서별로 편차가 있었으나 전반적으로는 전년도와 비슷한 수준을 유지하였다. 다만 인력 사정이 어려운 부서에서는 처리 기한이 늦어지는 경향이 뚜렷하였다.",
    "담당자 면담에서는 지침이 자주 바뀌어 현장에서 혼선이 생긴다는 의견이 여러 차례 나왔다. 지침 개정 시 설명 자료를 함께 배포하는 방안을 검토할 필요가 있다.",
    "유사 사업 간 중복을 줄이기 위하여 관계 부서 협의체를 구성하고, 분기마다 추진 상황을 공유하기로 하였다.",
    "외부 전문가 자문에서는 단기 성과에 치우친 지표를 보완하고 주민 체감도를 반영한 지표를 추가하라는 권고가 있었다.",
    "관련 예산은 대부분 계획대로 집행되었으나, 일부 사업은 입찰 유찰로 착수가 늦어져 다음 연도로 이월되었다.",
    "읍ㆍ면 지역은 이동 거리와 교통 여건 때문에 서비스 이용률이 도심보다 낮았다. 찾아가는 서비스 확대가 대안으로 제시되었다.",
    "자료 관리 측면에서는 전자문서와 종이 문서가 혼재되어 있어 기록 누락 위험이 있었다. 기록물 등록 기준을 다시 안내하였다.",
    "시설 이용자 설문에서 안내 표지와 누리집 정보가 부족하다는 응답이 적지 않았다.",
    "앞으로는 분기별 점검 결과를 간부회의에 보고하고, 미흡 사항은 다음 분기 계획에 반영하도록 하였다.",
    "타 시ㆍ도 사례를 비교한 결과 전담 조직을 둔 기관의 성과가 상대적으로 양호하였다.",
    "재원 여건을 고려할 때 모든 과제를 동시에 추진하기는 어렵다. 우선순위를 정하여 단계적으로 추진하는 것이 현실적이다.",
    "관계 법령 개정이 진행 중인 사항은 개정 결과를 지켜본 뒤 세부 기준을 확정하기로 하였다.",
    "현장 종사자의 업무 부담을 덜기 위하여 보고 서식을 통합하고 중복 제출 자료를 없애는 방안이 제안되었다.",
]


def _long_line(rng, s, y):
    out = ""
    parts = s.split("%")
    out = parts[0]
    for ptxt in parts[1:]:
        if ptxt.startswith("d%"):
            out += str(rng.randint(12, 96)) + "%" + ptxt[2:].lstrip("%")
        elif ptxt.startswith("d"):
            out += str(rng.randint(2, 40)) + ptxt[1:]
        elif ptxt.startswith("s"):
            out += ymd(rng, y, y) + ptxt[1:]
        elif ptxt == "":
            out += "%"
        else:
            out += "%" + ptxt
    return out.replace("%%", "%")


@template("long_report")
def t_long(rng, v):
    kinds = ["public", "partial56", "nonpub5", "daeoebi_end", "partial6", "nonpub_cite", "public", "partial56", "daeoebi_end", "nonpub5"]
    kind = kinds[v % len(kinds)]
    ag = agency(rng, [["광역", "공기업", "교육청", "기초", "중앙부처", "공공기관", "소방", "광역", "공기업", "기초"][v % 10]])
    y = rng.randint(2008, 2025)
    subj = LONG_SUBJECTS[v % 3]
    if v % 3 == 0:
        title = subj[0] % (y, ag["name"])
    elif v % 3 == 1:
        title = subj[0] % (ag["name"], y + 1, y + 5)
    else:
        title = subj[0] % (y, pick(rng, ["공공시설 안전관리", "지역아동센터 운영", "공용차량 관리", "민원 서비스"]))
    doc = Doc()
    doc.h(title)
    doc.c("%s. %d." % (y, rng.randint(1, 12)))
    doc.c(ag["name"] + " " + ag["dept"])
    doc.pb()
    npages = 2 + v % 3
    secs = subj[1]
    breaks = {2: [], 3: [len(secs) // 2], 4: [1, 3]}[npages]
    prose = LONG_PROSE[:]
    rng.shuffle(prose)
    for si, sname in enumerate(secs):
        doc.p("%s. %s" % (["Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", "Ⅴ", "Ⅵ"][si], sname))
        for k, sent in enumerate(LONG_FILL[sname]):
            doc.p("  %s %s" % (["○", "-", "ㆍ"][k % 3] if k == 0 else pick(rng, ["-", "○"]), _long_line(rng, sent, y)))
        for _ in range(1 + (npages >= 3)):
            if prose:
                doc.p("    " + _long_line(rng, prose.pop(), y))
        if si == 2:
            rows = [["구분", "%d년" % (y - 2), "%d년" % (y - 1), "%d년" % y, "증감"]]
            base = rng.randint(800, 9000)
            for lab, scale in pick(rng, [[("예산(백만원)", 1.0), ("집행액(백만원)", 0.85)], [("이용자(명)", 3.0), ("프로그램(개)", 0.02)], [("점검 건수", 0.1), ("지적 건수", 0.01)]]):
                vals = [max(1, int(base * scale * (0.85 + 0.1 * i + rng.random() * 0.1))) for i in range(3)]
                rows.append([lab] + [won(x) for x in vals] + ["%+d" % (vals[2] - vals[1])])
            doc.table(rows)
        if si in breaks:
            doc.pb()
    flags = ["long", "has_table"]
    reasons, disc, mk = [], "public", "none"
    if kind in ("partial56", "partial6"):
        if kind == "partial56":
            doc.p("  ○ 처분 요구 대상자(신분상 조치): %s, %s(이상 %s) — 감사 결과 확정 전 일부 사항은 재심의 중" % (pname(rng), pname(rng), ag["dept"]))
            nums = [5, 6]
        else:
            doc.p("  ○ 조사 협조 주민: %s(%s), %s(%s)" % (pname(rng), mobile(rng), pname(rng), mobile(rng)))
            nums = [6]
        f = field_str(rng, "partial", nums, style=v)
        doc.p("")
        doc.p("공개구분: %s" % f if v % 2 else "【공개구분】 %s" % f)
        cue, loc, cue_text, disc, reasons = "stated_field", "end_of_long_doc", f, "partial", nums
        stated = ("partial", nums)
    elif kind in ("nonpub5", "nonpub_cite"):
        f = field_str(rng, "non_public", [5], style=v + 2) if kind == "nonpub5" else "비공개 (9조1항5호)"
        doc.p("")
        doc.p("※ 본 보고서는 최종 의사결정 전 검토 자료임.   공개구분 %s" % f)
        cue, loc, cue_text, disc, reasons = "stated_field", "end_of_long_doc", f, "non_public", [5]
        stated = ("non_public", [5])
    elif kind == "daeoebi_end":
        stamp = "이 문서는 %d. 12. 31.까지 대외비로 관리함" % (y + rng.randint(1, 3))
        doc.p("")
        doc.p(stamp)
        cue, loc, cue_text, disc, mk, reasons = "classification_stamp", "end_of_long_doc", stamp, "non_public", "대외비", [5]
        stated = None
    else:
        doc.p("")
        doc.p("공개구분: 공개" if v % 2 == 0 else "/ 공개")
        cue, loc, cue_text, stated = "stated_field", "end_of_long_doc", "공개", ("public", [])
    return Out("보고서", disc, mk, reasons, cue, loc, cue_text, title=title, doc=doc, flags=flags, stated=stated)


# ---------------------------------------------------------------- older 공문 styles (1990s-2000s)
@template("old_style")
def t_old(rng, v):
    kinds = ["pub_hanja", "daeoebi_old", "secret_old", "partial_2003", "nonpub_1999", "pub_hanja", "daeoebi_old", "partial_2003", "pub_2001", "nonpub_1999"]
    kind = kinds[v % len(kinds)]
    ag = agency(rng, [["기초", "광역", "광역", "기초", "경찰", "교육청", "경찰", "교육청", "기초", "광역"][v % 10]])
    y = {"pub_hanja": rng.randint(1991, 1997), "daeoebi_old": rng.randint(1993, 2002), "secret_old": rng.randint(1989, 1999),
         "partial_2003": rng.randint(2002, 2006), "nonpub_1999": rng.randint(1998, 2001), "pub_2001": rng.randint(1999, 2003)}[kind]
    doc = Doc()
    nm = ag["name"].split()[-1]
    head = " ".join(nm) if len(nm) <= 4 else nm
    doc.h(head)
    doc.p("우 %03d-%03d  %s / 전화 (%s) %d-%04d / 전송 %d-%04d" % (rng.randint(100, 799), rng.randint(100, 999), ag["addr"], ag["area"] or "031", rng.randint(200, 999), rng.randint(0, 9999), rng.randint(200, 999), rng.randint(0, 9999)))
    d = ag["dept"].split()[-1][:2]
    doc.table([["문서번호", "%s %d-%d" % (d, rng.randint(10000, 99999), rng.randint(10, 999)), "선 결", "", "지시"],
               ["시행일자", "%d. %d. %d." % (y, rng.randint(1, 12), rng.randint(1, 28)), "접 수", "일자\n시간\n번호", ""],
               ["(경 유)", "", "처리과", "", ""],
               ["수 신", pick(rng, ["수신처 참조", "각 읍ㆍ면ㆍ동장", "관내 각급 학교장", "각 과장"]), "담당자", "", ""]], head=False)
    flags = ["old_style", "has_table"]
    stated = None
    if kind == "pub_hanja":
        title, line = pick(rng, [("道路 補修 工事 施行 通報", "管內 郡道 2個 區間의 補修 工事를 다음과 같이 施行하오니 通行 車輛과 住民에게 널리 弘報하여 주시기 바랍니다."),
                                 ("住民 敎養 講座 開設 協助", "住民의 生活 敎養 增進을 爲하여 敎養 講座를 開設하오니 受講 希望者를 募集하여 주시기 바랍니다."),
                                 ("冬季 火災 豫防 弘報 徹底", "冬季를 맞아 火災 發生이 憂慮되므로 管內 多衆 利用 施設에 對한 指導ㆍ點檢을 徹底히 하여 주시기 바랍니다."),
                                 ("民願 處理 期間 遵守 指示", "民願 處理 期間을 넘기는 事例가 없도록 各 部署에서는 處理 狀況을 每週 點檢하여 주시기 바랍니다.")])
        doc.p("제 목  %s" % title)
        doc.p("")
        doc.p("1. 貴 機關의 無窮한 發展을 祈願합니다.")
        doc.p("2. %s" % line)
        doc.p("  가. 期間: %d. %d. %d. ~ %d. %d. %d." % (y, rng.randint(1, 6), rng.randint(1, 28), y, rng.randint(7, 12), rng.randint(1, 28)))
        doc.p("  나. 對象: 管內 全域")
        doc.p("  끝.")
        disc, mk, reasons, cue, loc, cue_text = "public", "none", [], "none", "none", ""
    elif kind == "daeoebi_old":
        stamp = pick(rng, ["對外秘", "대 외 비", "대외비"])
        doc.header = stamp
        flags += ["has_header", "header_text=" + stamp]
        title = pick(rng, ["民防衛 警報 施設 現況 報告", "集會 對備 警察力 運用 計劃", "管內 主要 施設 警備 強化 指示", "公務員 綱紀 點檢 計劃"])
        doc.p("제 목  %s" % title)
        doc.p("")
        doc.p("1. 標題의 件에 關하여 下記와 같이 %s하오니 業務에 參考하시기 바랍니다." % pick(rng, ["報告", "指示", "通報"]))
        doc.p("  가. %s" % pick(rng, ["警報 施設의 設置 位置 및 作動 狀態는 別添과 같음", "動員 警力은 機動隊 %d個 中隊임" % rng.randint(2, 8), "點檢班은 監査擔當官室 職員으로 編成함"]))
        doc.p("  나. 本 文書는 業務 關係者 外에 閱覽을 禁함")
        doc.p("  끝.")
        nums = [3] if "施設" in title else ([4] if "集會" in title else [5])
        disc, mk, reasons, cue, loc, cue_text = "non_public", "대외비", nums, "classification_stamp", "page_header", stamp
    elif kind == "secret_old":
        stamp = pick(rng, ["Ⅲ급비밀", "Ⅲ 급 비 밀", "비밀(Ⅲ급)"])
        doc.header = stamp; doc.footer = stamp
        flags += ["has_header", "header_text=" + stamp]
        doc.p("제 목  %d年度 忠武計劃 %s" % (y, pick(rng, ["資源管理 附錄 修正", "行政機關 疏開 計劃", "戰時 物資 動員 指定"])))
        doc.p("")
        doc.p("1. 標題 計劃 中 一部 內容을 別添과 같이 修正하였으므로 各 機關에서는 保管 中인 計劃書를 修正ㆍ補完하시기 바랍니다.")
        doc.p("2. 修正分 受領 後 舊 附錄은 保安擔當官 立會下에 破棄하고 破棄 結果를 報告하시기 바랍니다.")
        doc.p("  끝.")
        doc.p("예고문: %d. 12. 31.까지 Ⅲ급비밀, 이후 일반문서로 재분류" % (y + 5))
        disc, mk, reasons, cue, loc, cue_text = "non_public", "III급", [1, 2], "classification_stamp", "page_header", stamp
    elif kind in ("partial_2003", "pub_2001"):
        if kind == "partial_2003":
            title = pick(rng, ["생활보호대상자 동절기 위문품 전달 결과", "장학생 선발 결과 통보", "무허가 건축물 자진 정비 대상 통보"])
            doc.p("제 목  %s" % title)
            doc.p("1. 관련: %s %d-%d(%d. %d. %d.)" % (ag["dept"], rng.randint(1000, 9999), rng.randint(10, 999), y, rng.randint(1, 12), rng.randint(1, 28)))
            doc.p("2. 위 호와 관련하여 대상자를 아래와 같이 통보하오니 조치하시기 바랍니다.")
            for j in range(rng.randint(3, 5)):
                doc.p("   %s. %s (%s)" % ("가나다라마"[j], pname(rng), local_addr(rng, ag)))
            doc.p("  끝.")
            f = pick(rng, ["부분공개(6)", "부분공개 (6)", "부분공개(제9조 제1항 제6호)"])
            doc.p("")
            doc.c(ag["head"])
            doc.p("공개여부: %s   보존기간: %s" % (f, pick(rng, ["3년", "5년", "10년"])))
            disc, mk, reasons, cue, loc, cue_text = "partial", "none", [6], "stated_field", "gyeolmun", f
            stated = ("partial", [6])
        else:
            title = pick(rng, ["2002 월드컵 대비 가로환경 정비 추진", "새주소 부여 사업 추진 계획 알림", "전자결재 시스템 사용자 교육 실시"])
            doc.p("제 목  %s" % title)
            doc.p("1. 위 사업을 다음과 같이 추진하오니 협조하여 주시기 바랍니다.")
            doc.p("2. 추진 기간: %d. %d. ~ %d. %d." % (y, rng.randint(1, 6), y, rng.randint(7, 12)))
            doc.p("  끝.")
            doc.c(ag["head"])
            doc.p("공개여부: 공개")
            disc, mk, reasons, cue, loc, cue_text = "public", "none", [], "stated_field", "gyeolmun", "공개"
            stated = ("public", [])
    else:
        title = pick(rng, ["폭력조직 동향 첩보 처리", "선거사범 내사 진행 상황 보고", "마약류 투약 제보 처리"])
        doc.p("제 목  %s" % title)
        doc.p("1. 제보 접수: %d. %d. %d., 제보 경위는 별첨" % (y, rng.randint(1, 12), rng.randint(1, 28)))
        doc.p("2. 내사 진행 중으로 관련자 소환 일정은 추후 보고")
        doc.p("  끝.")
        f = ["비공개(4)", "비공개(제9조 제1항 제4호)", "비공개 (4호)"][(v // 5) % 3]
        doc.p("공개여부: %s" % f)
        disc, mk, reasons, cue, loc, cue_text = "non_public", "none", [4], "stated_field", "gyeolmun", f
        stated = ("non_public", [4])
    doc.p("")
    if ag["kind"] == "경찰":
        r1, r2, r3 = pick(rng, ["경사", "경장"]), pick(rng, ["계장", "반장"]), "과장"
    elif ag["kind"] == "교육청":
        r1, r2, r3 = pick(rng, ["주사", "장학사"]), pick(rng, ["계장", "장학관"]), "과장"
    else:
        r1, r2, r3 = pick(rng, ["주사", "주사보", "서기"]), "계장", pick(rng, ["과장", "국장"])
    doc.p("결재  %s %s  %s %s  %s %s" % (r1, pname(rng), r2, pname(rng), r3, pick(rng, ["(전결)", "(서명)", ""])))
    return Out("공문", disc, mk, reasons, cue, loc, cue_text, doc=doc, flags=flags, stated=stated)


# ---------------------------------------------------------------- public genres
@template("press_release")
def t_press(rng, v):
    ag = agency(rng, [["중앙부처", "광역", "기초", "경찰", "소방", "교육청", "공기업", "병무"][v % 8]])
    y = rng.randint(2012, 2025)
    items = {
        "중앙부처": ("%s, %d년 %s 본격 시행" % (ag["name"], y, pick(rng, ["정보공개 청구 온라인 처리 확대", "청년 맞춤형 지원 사업", "지역 맞춤형 일자리 사업"])), "이번 조치로 국민이 체감하는 행정 서비스가 한층 개선될 것으로 기대된다."),
        "광역": ("%s, 취약계층 %s 지원 확대" % (ag["name"], pick(rng, ["냉ㆍ난방비", "주거 개선", "의료비"])), "지원 대상은 중위소득 %d%% 이하 가구로, 읍ㆍ면ㆍ동 행정복지센터에서 신청할 수 있다." % pick(rng, [50, 75, 100])),
        "기초": ("%s, 주민이 직접 고르는 마을 사업 %d건 선정" % (ag["head"].replace("청장", "").replace("시장", "시").replace("군수", "군"), rng.randint(10, 60)), "선정된 사업은 하반기부터 차례로 추진된다."),
        "경찰": ("%s, 개학기 어린이 보호구역 교통안전 활동 강화" % ag["name"], "경찰은 보호구역 내 과속과 불법 주정차를 집중 단속할 계획이다."),
        "소방": ("%s, 겨울철 주택화재 예방 집중 홍보" % ag["name"], "단독주택에는 소화기와 단독경보형 감지기를 반드시 설치해 달라고 당부했다."),
        "교육청": ("%s, 학생 마음건강 지원 강화" % ag["name"], "교육청은 전문 상담 인력을 늘리고 학교별 상담 프로그램을 지원한다."),
        "공기업": ("%s, 협력사와 안전 상생 협약 체결" % ag["name"], "공사는 협력사 안전관리 비용을 지원하고 공동 안전점검을 정례화하기로 했다."),
        "병무": ("%s, 병역판정검사 온라인 예약 편의 개선" % ag["name"], "검사 일자 변경도 누리집에서 간편하게 할 수 있다."),
    }
    title, line = items.get(ag["kind"], items["중앙부처"])
    doc = Doc()
    doc.table([["보 도 자 료", "보도 시점: %s %s" % (ymd(rng, y, y), pick(rng, ["조간", "즉시", "12:00 이후"]))]], head=True)
    doc.h(title)
    doc.p("- %s -" % pick(rng, ["관계기관 협업으로 현장 중심 대응", "신청 절차 간소화, 지원 범위 확대", "주민 참여 확대"]))
    doc.p("□ %s(%s)는 %s 밝혔다." % (ag["name"], ag["head"].replace(ag["name"], "").strip() or ag["head"], pick(rng, ["이 같은 내용의 계획을 마련했다고", "관련 사업을 본격 추진한다고"])))
    doc.p("□ " + line)
    doc.p("□ %s %s은 “%s”라고 말했다." % (ag["dept"], pick(rng, ["과장", "국장", "단장"]) if ag["kind"] not in ("공기업",) else "처장", pick(rng, ["현장의 목소리를 꾸준히 반영하겠다", "주민 안전을 최우선으로 챙기겠다", "누구나 쉽게 이용할 수 있도록 하겠다"])))
    doc.table([["담당 부서", ag["dept"], "책임자", "과장 %s (%s)" % (pname(rng), tel(rng, ag))], ["", "", "담당자", "%s %s (%s)" % (pick(rng, ["주무관", "사무관"]), pname(rng), tel(rng, ag))]])
    return Out("보도자료", "public", "none", [], "none", "none", "", title=title, doc=doc, flags=["has_table", "officials_only"])


@template("council_minutes")
def t_council(rng, v):
    kind = ["public", "partial", "closed", "public", "partial", "closed_ethics", "public"][v % 7]
    ag = agency(rng, ["의회"])
    y = rng.randint(2003, 2025)
    doc = Doc()
    n = rng.randint(200, 350)
    m1, m2, m3 = pname(rng), pname(rng), pname(rng)
    doc.h("제%d회 %s %s 회의록" % (n, ag["name"], pick(rng, ["본회의", "행정자치위원회", "복지환경위원회", "예산결산특별위원회"]) if kind not in ("closed_ethics",) else "윤리특별위원회"))
    doc.p("일시: %s %d시 %d분 개의" % (ymd(rng, y, y, 2), rng.randint(10, 15), rng.randint(0, 5) * 10))
    doc.p("장소: 위원회 회의실")
    doc.p("의사일정  1. %s" % pick(rng, ["조례 일부개정조례안", "행정사무감사 결과보고서 채택의 건", "예산안 심사", "민원 청원 심사"]))
    doc.p("")
    flags = []
    if kind == "public":
        doc.p("○위원장 %s  성원이 되었으므로 회의를 개의하겠습니다." % m1)
        doc.p("○%s 위원  조례안 제5조의 지원 대상에 한부모가족을 포함하는 것이 어떻겠습니까?" % m2)
        doc.p("○%s %s  집행부에서도 같은 의견이며, 시행규칙 개정 시 반영하겠습니다." % (pick(rng, ["복지국장", "기획조정실장", "자치행정과장"]), m3))
        doc.p("○위원장 %s  이의 없으므로 원안대로 가결되었음을 선포합니다." % m1)
        disc, reasons, cue, loc, cue_text = "public", [], "none", "none", ""
    elif kind == "partial":
        cit = pname(rng)
        doc.p("○위원장 %s  청원인 진술을 듣겠습니다." % m1)
        doc.p("○청원인 %s(%s 거주)  저희 집 앞 공사로 %d개월째 밤잠을 못 자고 있습니다. 연락처는 %s입니다." % (cit, local_addr(rng, ag), rng.randint(2, 9), mobile(rng)))
        doc.p("○%s 위원  집행부는 소음 측정 결과를 제출해 주십시오." % m2)
        doc.p("○%s 과장  다음 회의 전까지 제출하겠습니다." % m3)
        disc, reasons, cue, loc, cue_text = "partial", [6], "content_only", "body", ""
    else:
        doc.p("(%d시 %d분 비공개 회의로 전환)" % (rng.randint(10, 16), rng.randint(0, 5) * 10))
        if kind == "closed":
            doc.p("○위원장 %s  지금부터는 공무원 인사 관련 안건이므로 비공개로 진행하겠습니다." % m1)
            doc.p("○%s 위원  %s 과장의 근무 평정을 둘러싼 이견을 먼저 정리해야 합니다." % (m2, pname(rng)))
            disc, reasons = "non_public", [5, 6]
        else:
            doc.p("○위원장 %s  징계 요구된 %s 의원의 소명을 듣겠습니다." % (m1, m2))
            doc.p("○%s 의원  해외연수 중 부적절한 언행에 대하여 깊이 사과드립니다." % m2)
            disc, reasons = "non_public", [5, 6]
        cue, loc, cue_text = "content_only", "body", "비공개 회의로 전환"
    return Out("회의록", disc, "none", reasons, cue, loc, cue_text, doc=doc, flags=flags)


@template("school_letter")
def t_school(rng, v):
    y = rng.randint(2012, 2025)
    school = "%s%s" % (pick(rng, ["서울해솔", "수원매화", "안동용상", "청주봉명", "창원반송", "공주금성"]), pick(rng, ["초등학교", "중학교", "고등학교"]))
    doc = Doc()
    doc.table([["가 정 통 신 문", "%s\n%s" % (school, ymd(rng, y, y))]])
    topics = [("%d학년도 학부모 상담주간 운영 안내" % y, ["학부모님, 안녕하십니까?", "자녀의 학교생활을 함께 살피고자 학부모 상담주간을 운영합니다.", "상담은 대면ㆍ전화 중 선택할 수 있으며, 신청서를 담임 선생님께 제출해 주십시오."]),
              ("감염병 예방을 위한 가정 협조 안내", ["최근 %s 환자가 늘고 있어 가정의 협조를 부탁드립니다." % pick(rng, ["인플루엔자", "수두", "유행성 각결막염"]), "발열 등 증상이 있으면 등교하지 말고 담임 선생님께 알려 주십시오.", "진료 확인서를 제출하면 출석으로 인정됩니다."]),
              ("겨울방학 방과후학교 수강 신청 안내", ["겨울방학 방과후학교를 아래와 같이 운영합니다.", "신청 기간: %s ~ %s" % tuple(sorted_dates(rng, y, 2)), "수강료는 교육급여 수급 학생에게 자유수강권으로 지원됩니다."])]
    t = topics[v % len(topics)]
    doc.h(t[0])
    doc.lines(t[1])
    doc.r("%s장" % school)
    return Out("가정통신문", "public", "none", [], "none", "none", "", doc=doc, flags=["has_table"])


@template("welfare_tax_guide")
def t_guide(rng, v):
    kind = ["welfare", "tax_qa", "audit_public", "welfare", "tax_qa", "audit_public", "health"][v % 7]
    y = rng.randint(2005, 2025)
    doc = Doc()
    if kind == "welfare":
        ag = agency(rng, ["기초", "광역", "중앙부처"])
        doc.h(pick(rng, ["기초생활보장 급여 신청 안내", "장애인 활동지원 서비스 신청 방법", "긴급복지지원 제도 안내"]))
        doc.p("○ 신청 대상: %s" % pick(rng, ["소득인정액이 기준 중위소득 이하인 가구", "만 6세 이상 65세 미만 등록 장애인", "갑작스러운 위기 상황으로 생계 유지가 어려운 가구"]))
        doc.p("○ 신청 방법: 주소지 읍ㆍ면ㆍ동 행정복지센터 방문 또는 복지로 누리집 온라인 신청")
        doc.p("○ 구비 서류: 신청서(별지 서식), 금융정보 등 제공 동의서, 임대차계약서 사본(해당자)")
        doc.p("○ 문의: 보건복지상담센터 129 또는 %s %s" % (ag["name"], ag["dept"]))
        genre = "안내문"
    elif kind == "tax_qa":
        ag = agency(rng, ["세무"])
        doc.h("질의회신")
        doc.p("[문서번호] %s-%d (%s)" % (pick(rng, ["서면-%d-법인" % y, "사전-%d-법규소득" % y, "부가"]), rng.randint(100, 9999), ymd(rng, y, y)))
        doc.p("[질의] 거주자 갑이 %s 을에게 주택을 양도하면서 양도대금 일부를 %s 경우 양도소득세 과세표준 산정 방법" % (pick(rng, ["특수관계인인", "제3자인"]), pick(rng, ["분할하여 받는", "채무 인수로 갈음하는"])))
        doc.p("[회신] 귀 질의의 경우 기존 해석사례(%s)를 참고하기 바랍니다. 양도가액은 실지거래가액에 따르며, 「소득세법」 제96조 및 같은 법 시행령 제163조에 따라 판단할 사항입니다." % pick(rng, ["서면-2019-부동산-1234", "재산세과-659", "부동산거래관리과-0012"]))
        genre = "질의회신"
    elif kind == "audit_public":
        ag = agency(rng, ["광역", "공기업", "교육청"])
        doc.h("%d년 %s 감사 결과 공개" % (y, pick(rng, ["○○사업소 정기", "계약 분야 특정", "학교 종합"])))
        doc.table([["번호", "지적 사항", "처분", "관련자"], ["1", "수의계약 요건 검토 소홀", "주의", "%s(6급)" % masked(pname(rng), 0)], ["2", "공용차량 운행일지 관리 부적정", "시정", "%s(7급)" % masked(pname(rng), 1)], ["3", "보조금 정산 지연", "통보", "-"]])
        doc.p("※ 관련자 성명은 개인정보 보호를 위하여 익명 처리함")
        doc.r(ag["name"] + " 감사" + pick(rng, ["실", "관", "담당관"]))
        genre = "감사결과"
    else:
        ag = agency(rng, ["보건"])
        doc.h("%d~%d절기 어르신 폐렴구균 예방접종 안내" % (y, y + 1))
        doc.p("○ 대상: 만 65세 이상 어르신(1회 접종)")
        doc.p("○ 장소: %s 및 지정 위탁의료기관" % ag["name"])
        doc.p("○ 준비물: 신분증")
        genre = "안내문"
    return Out(genre, "public", "none", [], "none", "none", "", doc=doc, flags=["has_table"] if kind == "audit_public" else [])


# ---------------------------------------------------------------- partial (content-only) extras
@template("partial_content")
def t_partial_content(rng, v):
    kind = ["fire", "emergency_rrn", "complaint", "fire", "volunteer", "emergency_rrn", "hospital_bill", "complaint", "foreign_rrn"][v % 9]
    y = rng.randint(2008, 2025)
    doc = Doc()
    ids = []
    if kind == "fire":
        ag = agency(rng, ["소방"])
        doc.h("화재 현장 조사서")
        doc.table([["발생 일시", ymd(rng, y, y) + " %02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59)), "장소", local_addr(rng, ag).split(",")[0] + " ○○빌라"],
                   ["관계인", pname(rng) + " (소유자, %s)" % mobile(rng), "재산 피해", "%s천원" % won(rng.randrange(500, 90000))],
                   ["발화 원인", pick(rng, ["전기적 요인(멀티탭 과부하)", "부주의(담배꽁초)", "기계적 요인(보일러 과열)"]), "인명 피해", "없음"]], head=False)
        doc.p("조사 의견: 발화 지점은 거실 벽면 콘센트 주변으로 추정되며, 관계인 진술과 현장 상황이 일치함.")
        doc.r("%s 화재조사관 %s %s" % (ag["name"], pick(rng, ["소방장", "소방위"]), pname(rng)))
        reasons = [6]
    elif kind in ("emergency_rrn", "foreign_rrn"):
        ag = agency(rng, ["기초"])
        doc.h("긴급지원 대상자 사후 조사 결과 보고" if kind == "emergency_rrn" else "외국인 주민 생활지원금 지급 결과 보고")
        doc.p("1. 긴급지원 %d건에 대한 사후 적정성 조사를 마치고 결과를 보고합니다." % rng.randint(3, 20) if kind == "emergency_rrn" else "1. 외국인 주민 생활지원금 지급을 완료하고 결과를 보고합니다.")
        rows = [["연번", "성명", "등록번호", "지원 내용", "적정 여부"]]
        for j in range(rng.randint(2, 4)):
            r_ = rrn(rng, 1950, 1995, foreign=(kind == "foreign_rrn"))
            ids.append(r_)
            rows.append([str(j + 1), pname(rng) if kind == "emergency_rrn" else pick(rng, ["NGUYEN VAN AN", "TRAN THI HOA", "응우옌 티 란", "BATBAYAR GANZORIG", "SILVA MARIA"]), r_, pick(rng, ["생계지원 1회", "주거지원 2회", "생활지원금"]), pick(rng, ["적정", "적정", "환수 검토"])])
        doc.table(rows)
        doc.p("2. 환수 검토 대상은 소명 절차를 거쳐 처리할 예정입니다.")
        reasons = [6, "P24"]
    elif kind == "complaint":
        ag = agency(rng, ["기초", "광역"])
        nm = pname(rng)
        doc.h("민원 처리 결과 통지")
        doc.p("민원인: %s 귀하 (%s)" % (nm, local_addr(rng, ag)))
        doc.p("접수번호: %dAA-%02d%02d-%07d" % (rng.randint(1, 9), y % 100, rng.randint(1, 12), rng.randint(1, 9999999)))
        doc.p("귀하께서 신청하신 %s에 대하여 검토한 결과를 다음과 같이 알려 드립니다." % pick(rng, ["가로등 추가 설치 요청", "버스정류장 이전 요청", "불법 현수막 정비 요청"]))
        doc.p("현장 확인 결과 요청 지점은 %s, %s까지 조치를 완료하겠습니다." % (pick(rng, ["보행 안전상 필요성이 인정되어", "민원 내용이 타당하여"]), ymd(rng, y, y)))
        doc.p("담당: %s %s %s (%s)" % (ag["dept"], pick(rng, ["주무관", "팀장"]), pname(rng), tel(rng, ag)))
        reasons = [6]
    elif kind == "volunteer":
        ag = agency(rng, ["기초", "교육청"])
        doc.h("%d년 우수 자원봉사자 표창 추천" % y)
        rows = [["연번", "성명", "생년월일", "봉사 분야", "누적 시간", "연락처"]]
        for j in range(rng.randint(3, 5)):
            rows.append([str(j + 1), pname(rng), birth(rng, 1950, 2000), pick(rng, ["급식 지원", "학교 안전지킴이", "독거노인 말벗", "환경 정화"]), "%d시간" % rng.randint(100, 3000), mobile(rng)])
        doc.table(rows)
        doc.p("위 사람들을 %s 표창 대상자로 추천합니다." % ag["head"])
        reasons = [6]
    else:
        ag = agency(rng, ["병원"])
        doc.h("미수금 정리 및 감면 처리 결과")
        doc.p("1. 의료급여 및 행려환자 진료비 미수금 %d건을 정리하였습니다." % rng.randint(5, 40))
        doc.p("2. 감면 처리 총액: %s원(세부 내역은 원무과 보관)" % won(rng.randrange(100, 9000) * 10000))
        doc.p("3. 감면 승인권자: %s 원장" % ag["name"])
        doc.p("4. 미수 환자 중 연락처가 확인된 %s(%s) 등 %d명에게는 분할 납부를 안내함" % (pname(rng), mobile(rng), rng.randint(2, 9)))
        reasons = [6]
    return Out("보고서" if kind != "complaint" else "통지서", "partial", "none", reasons, "content_only", "body", "", doc=doc, ids=ids,
               flags=["has_table"] if any(b[0] == "t" for b in doc.blocks) else [])


# ---------------------------------------------------------------- plan / build / validate
# (template, number of variants, format cycle)   t = inline text, h = hwpx, p = pdf, o = OCR text
PLAN = [
    ("gm_public_field", 20, "thpo"),
    ("gm_partial_field", 22, "tphto"),
    ("gm_nonpublic_field", 7, "htpo"),
    ("mk_daeoebi", 14, "phto"),
    ("mk_secret", 23, "hpt"),
    ("informal_mark", 7, "tpho"),
    ("co_roster", 8, "thpo"),
    ("co_discipline", 4, "pht"),
    ("co_health_leave", 2, "ht"),
    ("co_investigation", 2, "pt"),
    ("co_internal_review", 2, "ho"),
    ("co_exam", 2, "tp"),
    ("co_trade_secret", 2, "ht"),
    ("checkbox_form", 12, "thp"),
    ("approval_table", 8, "hpt"),
    ("article_cite", 6, "tph"),
    ("mislabeled", 8, "thpo"),
    ("long_report", 10, "phtp"),
    ("old_style", 10, "thpo"),
    ("court_decision", 9, "tph"),
    ("council_minutes", 9, "htp"),
    ("mention_only", 36, "thpto"),
    ("press_release", 12, "pht"),
    ("school_letter", 7, "hpt"),
    ("welfare_tax_guide", 14, "tph"),
    ("attach_withheld", 18, "thpo"),
    ("partial_content", 24, "tphto"),
]

RRN_RE = re.compile(r"(?<!\d)(\d{2})(\d{2})(\d{2})\s*[-‐－—]\s*([1-8])(\d{6})(?!\d)")
PASS_RE = re.compile(r"(?<![A-Z0-9])[MSRGD]\d{8}(?![0-9])|(?<![A-Z0-9])[MSRGD]\d{3}[A-Z]\d{4}(?![0-9])")
DL_RE = re.compile(r"(?<!\d)\d{2}-\d{2}-\d{6}-\d{2}(?!\d)")


def unmasked_ids(text):
    t = unicodedata.normalize("NFKC", text)
    found = []
    for m in RRN_RE.finditer(t):
        mm, dd = int(m.group(2)), int(m.group(3))
        if 1 <= mm <= 12 and 1 <= dd <= 31:
            found.append(m.group(0))
    found += PASS_RE.findall(t)
    found += DL_RE.findall(t)
    return found


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def build():
    recs, metas, jobs = [], [], []
    n = 0
    for tname, count, cyc in PLAN:
        fn = TEMPLATES[tname]
        for v in range(count):
            n += 1
            rid = "%s-%04d" % (SET, n)
            rng = rng_for(tname, v)
            o = fn(rng, v)
            if "old_style" in o.flags:
                # pre-2006 documents use the province names of their time
                def _old(x):
                    return x.replace("강원특별자치도", "강원도").replace("전북특별자치도", "전라북도") if isinstance(x, str) else x
                o.doc.blocks = [tuple(_old(x) if not isinstance(x, list) else [[_old(c) for c in row] for row in x] for x in b) for b in o.doc.blocks]
                o.doc.header, o.doc.footer = _old(o.doc.header), _old(o.doc.footer)
            fmt = cyc[v % len(cyc)]
            if getattr(o, "force_format", None):
                fmt = o.force_format
            rec = {"id": rid}
            flags = list(o.flags)
            if fmt in ("t", "o"):
                nrng = rng_for(tname, "%d|render" % v)
                text = text_render(o.doc, nrng.randrange(4))
                if fmt == "o":
                    cue_n = noisy_cue(o.cue_text, nrng) if o.cue_text else ""
                    if o.cue_text:
                        assert o.cue_text in text, (rid, o.cue_text)
                        text = text.replace(o.cue_text, "\x01", 1)
                    text = ocr_noise(text, nrng, 1.0, protect=o.ids)
                    if o.cue_text:
                        text = text.replace("\x01", cue_n)
                        o.cue_text = cue_n
                    flags.append("ocr_noise")
                rec["text"] = text
                form = "text"
            else:
                ext = "hwpx" if fmt == "h" else "pdf"
                rec["file"] = "files/%s.%s" % (rid, ext)
                form = ext
                jobs.append((rid, ext, o))
            rec.update({"disclosure": o.disclosure, "marking": o.marking, "reasons": o.reasons, "genre": o.genre})
            recs.append(rec)
            if o.stated:
                flags.append("stated=%s:%s" % (o.stated[0], ",".join(str(x) for x in o.stated[1])))
            metas.append({"id": rid, "template": tname, "format": form, "cue": o.cue, "cue_location": o.cue_location,
                          "cue_text": o.cue_text, "flags": sorted(set(flags))})
            o._rid, o._form = rid, form
    return recs, metas, jobs


def write_all():
    recs, metas, jobs = build()
    fdir = os.path.join(HERE, "files")
    os.makedirs(fdir, exist_ok=True)
    for fn in os.listdir(fdir):
        os.remove(os.path.join(fdir, fn))
    for rid, ext, o in jobs:
        path = os.path.join(fdir, "%s.%s" % (rid, ext))
        if o.doc.header is None and o.title:
            # running header (document title) as printed by most word processors' 머리말
            o.doc.header = o.title if len(o.title) <= 40 else o.title[:38] + "…"
        if ext == "pdf":
            pdf_render(o.doc, path, o.title or rid)
            # every character drawn must come back out of the PDF (no missing glyphs in the CID font)
            want = set(squash(text_render(o.doc, 1)))
            got = set(squash(pdf_text(path, layout=False)))
            missing = sorted(want - got)
            assert not missing, (rid, "characters lost in PDF", missing)
        else:
            hwpx_render(o.doc, path, o.title or rid, "2026-01-01T00:00:00Z")
    with open(os.path.join(HERE, "%s.jsonl" % SET), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "%s.meta.jsonl" % SET), "w", encoding="utf-8") as f:
        for m in metas:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    return recs, metas


def hwpx_text(path):
    z = zipfile.ZipFile(path)
    names = z.namelist()
    assert names[0] == "mimetype", names
    zi = z.getinfo("mimetype")
    assert zi.compress_type == zipfile.ZIP_STORED
    assert z.read("mimetype") == b"application/hwp+zip"
    for req in ("version.xml", "Contents/header.xml", "Contents/section0.xml", "Contents/content.hpf", "META-INF/container.xml", "META-INF/manifest.xml"):
        assert req in names, (path, req)
    for nm in names:
        if nm.endswith(".xml") or nm.endswith(".hpf") or nm.endswith(".rdf"):
            ET.fromstring(z.read(nm))
    root = ET.fromstring(z.read("Contents/section0.xml"))
    hp = "{%s}" % NS["hp"]
    info = {"header": root.find(".//%sheader" % hp) is not None, "footer": root.find(".//%sfooter" % hp) is not None,
            "tbl": len(root.findall(".//%stbl" % hp)), "rect": len(root.findall(".//%sdrawText" % hp))}
    paras = []
    for p in root.iter(hp + "p"):
        s = "".join((t.text or "") for t in p.findall("./%srun/%st" % (hp, hp)))
        if s:
            paras.append(s)
    return "\n".join(paras), info


def pdf_text(path, layout=True):
    args = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + [path, "-"]
    out = subprocess.run(args, capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def _validate_one(r, m, seen):
        rid = r["id"]
        assert rid == m["id"] and rid not in seen
        seen.add(rid)
        keys = list(r.keys())
        assert keys in (["id", "text", "disclosure", "marking", "reasons", "genre"], ["id", "file", "disclosure", "marking", "reasons", "genre"]), keys
        d, mk, rs = r["disclosure"], r["marking"], r["reasons"]
        assert d in DISCLOSURES and mk in MARKINGS, rid
        assert rs == sorted(set(rs), key=REASON_ORDER.index) and all(x in REASON_ORDER for x in rs), rid
        # --- README label rules
        if d == "public":
            assert rs == [] and mk == "none", (rid, "public must have no reasons/marking")
        else:
            assert rs, (rid, "non-public without reasons")
        if mk in ("III급", "II급", "I급"):
            assert d == "non_public" and "OIDA-9-1-1" in rs and ({"OIDA-9-1-2", "OIDA-9-1-3"} & set(rs)), rid
        if "OIDA-9-1-1" in rs:
            assert mk in ("III급", "II급", "I급"), (rid, "9-1-1 only for 비밀")
        if mk == "대외비":
            assert d == "non_public" and set(rs) <= {"OIDA-9-1-3", "OIDA-9-1-4", "OIDA-9-1-5", "OIDA-9-1-6", "OIDA-9-1-8", "PIPA-23"}, rid
        if "PIPA-24" in rs or "PIPA-23" in rs:
            assert "OIDA-9-1-6" in rs, rid
        # --- text of the record
        if "text" in r:
            text = r["text"]
            assert m["format"] == "text"
        else:
            path = os.path.join(HERE, r["file"])
            assert os.path.exists(path), path
            if r["file"].endswith(".hwpx"):
                text, info = hwpx_text(path)
                assert info["footer"], rid
                if "has_header" in m["flags"]:
                    assert info["header"], rid
                if "has_table" in m["flags"]:
                    assert info["tbl"] > 0, rid
                if "has_textbox" in m["flags"]:
                    assert info["rect"] > 0, rid
            else:
                text = pdf_text(path)
                np_ = len(re.findall("\f", text))
                if "has_header" in m["flags"]:
                    hd = [x for x in m["flags"] if x.startswith("header_text=")]
                    if hd:
                        pages = [pg for pg in text.split("\f") if pg.strip()]
                        for pg in pages:
                            assert squash(hd[0][12:]) in squash(pg), (rid, "header missing on a page")
                if "long" in m["flags"]:
                    assert len([pg for pg in text.split("\f") if pg.strip()]) >= 2, (rid, "long doc should span pages")
        if m["cue_text"]:
            ok = squash(m["cue_text"]) in squash(text)
            if not ok and r.get("file", "").endswith(".pdf"):
                ok = squash(m["cue_text"]) in squash(pdf_text(os.path.join(HERE, r["file"]), layout=False))
            assert ok, (rid, m["cue_text"])
        ids = unmasked_ids(text)
        if "PIPA-24" in rs:
            assert ids, (rid, "PIPA-24 without unmasked id")
        else:
            assert not ids, (rid, "unmasked id without PIPA-24", ids)
        if "mention_only" in m["flags"]:
            assert d == "public" and mk == "none", rid
        st = [x for x in m["flags"] if x.startswith("stated=")]
        if st and "t_mislabeled" not in m["flags"]:
            sd, sn = st[0][7:].split(":")
            assert sd == d, (rid, "stated disagrees", sd, d)
            want = ["OIDA-9-1-%s" % x for x in sn.split(",") if x]
            assert sorted(want) == sorted([x for x in rs if x.startswith("OIDA")]), (rid, want, rs)
        if "t_mislabeled" in m["flags"]:
            assert st and st[0][7:].split(":")[0] != d, rid


def validate():
    errs = []
    recs = [json.loads(l) for l in open(os.path.join(HERE, "%s.jsonl" % SET), encoding="utf-8")]
    metas = [json.loads(l) for l in open(os.path.join(HERE, "%s.meta.jsonl" % SET), encoding="utf-8")]
    assert len(recs) == len(metas)
    seen = set()
    for r, m in zip(recs, metas):
        try:
            _validate_one(r, m, seen)
        except AssertionError as e:
            errs.append(str(e))
    if errs:
        for e in errs:
            print("VALIDATION ERROR", e)
        raise SystemExit("validation failed: %d errors" % len(errs))
    return recs, metas


def main():
    recs, metas = write_all()
    recs, metas = validate()
    from collections import Counter
    print("records", len(recs))
    print("disclosure", dict(Counter(r["disclosure"] for r in recs)))
    print("marking", dict(Counter(r["marking"] for r in recs)))
    print("format", dict(Counter(m["format"] for m in metas)))
    rc = Counter(x for r in recs for x in r["reasons"])
    print("reasons", {k: rc[k] for k in REASON_ORDER})
    print("validation: OK")


if __name__ == "__main__":
    main()
