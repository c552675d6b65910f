#!/usr/bin/env python3
"""Generator for the sealed document-sensitivity evaluation set `sens_b`.

Run with the private venv (reportlab + pypdf are needed for the PDF files):

    /work/evalsets/venv_sens_b/bin/python make_set.py

Writes sens_b.jsonl, sens_b.meta.jsonl and files/ next to this script, then re-reads
every file and checks it (zip layout, XML parse, text read-back, label rules).
The output is deterministic: one seeded random.Random drives everything, zip entries
carry a fixed timestamp and PDFs are written with reportlab's invariant mode.

All persons, numbers and addresses of persons are synthetic.  Agency names and their
switchboard-style addresses are used only as document furniture.
"""
import datetime
import hashlib
import io
import json
import os
import random
import re
import sys
import unicodedata
import zipfile
from xml.sax.saxutils import escape as _xesc

SEED = 20250611
HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
R = random.Random(SEED)

DISCLOSURES = ("public", "partial", "non_public")
MARKINGS = ("none", "대외비", "III급", "II급", "I급")
REASONS = tuple(f"OIDA-9-1-{i}" for i in range(1, 9)) + ("PIPA-23", "PIPA-24")
SECRET = ("III급", "II급", "I급")


def ch(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


# ---------------------------------------------------------------------------
# persons (synthetic)
# ---------------------------------------------------------------------------
SURN_COMMON = "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 전 홍 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 주 우 구 민 진 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 탁 국 은 편 용 예 경 봉 태 목 피 감".split()
SURN_RARE = ["남궁", "황보", "선우", "제갈", "독고", "사공"]
G1 = "민 서 지 현 수 준 영 정 하 우 성 태 진 혜 은 재 연 도 윤 승 희 경 보 상 동 기 종 석 호 철 미 선 주 나 다 소 예 채 유 시 건 규 한 용 광 명 인 숙 순 옥 가 세 아 원 창 형 범 찬 중".split()
G2 = "민 서 지 현 수 준 영 정 훈 우 성 태 진 혜 은 재 연 호 윤 희 경 빈 아 원 석 철 미 선 주 나 림 율 훈 환 식 규 한 용 광 명 인 숙 순 옥 란 자 남 구 택 섭 욱 찬 람".split()


def name():
    s = ch(SURN_RARE) if chance(0.04) else ch(SURN_COMMON)
    return s + ch(G1) + ch(G2)


def masked(n):
    return n[0] + "○" * (len(n) - 1)


ROMAN = "b c d g h j k m n p s t w y".split()
VOW = "a e i o u ae eo eu".split()


def email(domain="korea.kr"):
    s = "".join(ch(ROMAN) + ch(VOW) for _ in range(R.randint(2, 3)))
    if chance(0.5):
        s += str(R.randint(1, 99))
    return f"{s}@{domain}"


def mobile(y=None):
    if y is not None and y < 2004:
        return f"{ch(['011', '016', '017', '018', '019'])}-{R.randint(200, 999)}-{R.randint(1000, 9999)}"
    return f"010-{R.randint(2000, 9999)}-{R.randint(1000, 9999)}"


def josa(word, pair=("은", "는")):
    c = word[-1]
    if "\uac00" <= c <= "\ud7a3":
        return pair[0] if (ord(c) - 0xAC00) % 28 else pair[1]
    return pair[1]


def rrn(born=None, valid=True):
    """Resident registration number with a valid check digit (pre-2020 style)."""
    y = born or R.randint(1952, 1999)
    m, d = R.randint(1, 12), R.randint(1, 28)
    g = (1 if chance(0.5) else 2) if y < 2000 else (3 if chance(0.5) else 4)
    body = f"{y % 100:02d}{m:02d}{d:02d}{g}{R.randint(0, 99):02d}{R.randint(0, 99):02d}{R.randint(0, 9)}"
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * b for a, b in zip(body, w)) % 11) % 10
    s = body + str(c)
    return s[:6] + "-" + s[6:]


def rrn_masked():
    s = rrn()
    return s[:8] + ch(["******", "●●●●●●", "XXXXXX"])


def frn():
    y = R.randint(1960, 1999)
    m, d = R.randint(1, 12), R.randint(1, 28)
    g = ch([5, 6])
    body = f"{y % 100:02d}{m:02d}{d:02d}{g}{R.randint(10, 99)}{R.randint(100, 999)}"
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (13 - sum(int(a) * b for a, b in zip(body, w)) % 11) % 10
    s = body + str(c)
    return s[:6] + "-" + s[6:]


def passport():
    if chance(0.5):
        return ch("MS") + f"{R.randint(10000000, 99999999)}"
    return "M" + f"{R.randint(100, 999)}" + ch("ABCDEFGHJK") + f"{R.randint(1000, 9999)}"


def dlicense():
    return f"{R.randint(11, 28)}-{R.choice(list(range(90, 100)) + list(range(0, 25))):02d}-{R.randint(100000, 999999)}-{R.randint(10, 99)}"


def account():
    k = R.randint(0, 3)
    if k == 0:
        return ("신한은행", f"110-{R.randint(100, 999)}-{R.randint(100000, 999999)}")
    if k == 1:
        return ("우리은행", f"1002-{R.randint(100, 999)}-{R.randint(100000, 999999)}")
    if k == 2:
        return ("국민은행", f"{R.randint(100000, 999999)}-0{R.randint(1, 9)}-{R.randint(100000, 999999)}")
    return ("농협은행", f"3{R.randint(10, 99)}-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}-{R.randint(10, 99)}")


ROADS = ["성미산로", "한빛로", "푸른솔길", "새봄로", "은행나무길", "달빛로", "가람로", "누리길", "솔빛로", "다온로",
         "하늘채로", "미리내길", "늘봄로", "도담로", "라온길", "나래로", "온새미로", "해오름길"]
HOME_CITIES = ["서울특별시 마포구", "서울특별시 노원구", "서울특별시 강서구", "경기도 고양시 일산동구", "경기도 용인시 수지구",
               "인천광역시 부평구", "대전광역시 유성구", "광주광역시 북구", "대구광역시 달서구", "부산광역시 사하구",
               "충청북도 청주시 흥덕구", "경상남도 김해시", "전라남도 목포시", "세종특별자치시"]


def home_addr():
    a = f"{ch(HOME_CITIES)} {ch(ROADS)} {R.randint(3, 240)}"
    if chance(0.6):
        a += f", {R.randint(101, 120)}동 {R.randint(1, 25)}{R.randint(1, 4):02d}호"
    return a


COMPANY = ["(주)한빛엔지니어링", "(주)푸른정보기술", "누리건설(주)", "(주)다온시스템", "(주)미래환경기술", "(주)새솔테크",
           "가람산업(주)", "(주)온누리아이앤씨", "(주)하람종합건설", "(주)라온데이터", "(주)도담컨설팅", "솔빛전자(주)"]


def brn():
    while True:
        d = [R.randint(1, 9), R.randint(0, 9), R.randint(0, 9), R.randint(0, 9), R.randint(0, 9),
             R.randint(0, 9), R.randint(0, 9), R.randint(0, 9), R.randint(0, 9)]
        w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
        s = sum(a * b for a, b in zip(d, w)) + (d[8] * 5) // 10
        c = (10 - s % 10) % 10
        t = "".join(map(str, d)) + str(c)
        return f"{t[:3]}-{t[3:5]}-{t[5:]}"


# ---------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------
def rdate(y0, y1):
    y = R.randint(y0, y1)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    if y == 2026 and m > 5:
        m = R.randint(1, 5)
    return (y, m, d)


def dfmt(t, style=None):
    y, m, d = t
    style = style if style is not None else ch(["dot", "dot", "dot", "dot0", "kor"])
    if style == "dot":
        return f"{y}. {m}. {d}."
    if style == "dot0":
        return f"{y}.{m:02d}.{d:02d}."
    if style == "dash":
        return f"{y}-{m:02d}-{d:02d}"
    return f"{y}년 {m}월 {d}일"


def dplus(t, days):
    x = datetime.date(*t) + datetime.timedelta(days=days)
    return (x.year, x.month, x.day)


def wd(t):
    return WEEK[datetime.date(*t).weekday()]


def yplus(t, years, end_of_year=True):
    y = t[0] + years
    return (y, 12, 31) if end_of_year else (y, t[1], t[2])


WEEK = "월화수목금토일"


# ---------------------------------------------------------------------------
# agencies (institutional furniture only)
# ---------------------------------------------------------------------------
class Agency:
    def __init__(self, key, names, kind, head, domain, places, depts, emaildom="korea.kr"):
        self.key, self.names, self.kind, self.head = key, names, kind, head
        self.domain, self.places, self.depts, self.emaildom = domain, places, depts, emaildom

    def name(self, y):
        for a, b, n in self.names:
            if a <= y <= b:
                return n
        return None

    def valid(self, y):
        return self.name(y) is not None

    def place(self, y):
        z, ad, t = self.places[-1][2:]
        for a, b, z0, ad0, tel0 in self.places:
            if a <= y <= b:
                z, ad, t = z0, ad0, tel0
                break
        key = re.sub(r" \S+동$", "", ad) if "정부세종청사" in ad else ad
        if y < 2015:
            z6, jb = OLD_PLACE.get(key, ("339-012", ad))
            z = z6
            if y < 2012:
                ad = jb
        return z, ad, t

    def sender(self, y):
        n = self.name(y)
        if self.kind == "ministry":
            return n + self.head
        if self.kind == "agency":
            return n[:-1] + "청장" if n.endswith("청") else n + "장"
        if self.kind == "local":
            return n.split()[-1][:-1] + ("시장" if n.endswith("시") else "구청장" if n.endswith("구") else "도지사")
        if self.key == "bai":
            return "감사원장"
        if self.key == "jcs":
            return "합동참모의장"
        return n + " " + self.head


OLD_PLACE = {
    "서울특별시 종로구 세종대로 209 정부서울청사": ("110-760", "서울특별시 종로구 세종로 77-6 정부중앙청사"),
    "서울특별시 종로구 세종대로 209": ("110-703", "서울특별시 종로구 세종로 82-1"),
    "경기도 과천시 관문로 47 정부과천청사": ("427-760", "경기도 과천시 중앙동 1 정부과천청사"),
    "대전광역시 서구 청사로 189 정부대전청사": ("302-701", "대전광역시 서구 둔산동 920 정부대전청사"),
    "서울특별시 용산구 이태원로 22": ("140-701", "서울특별시 용산구 용산동3가 1"),
    "서울특별시 종로구 사직로8길 60": ("110-787", "서울특별시 종로구 도렴동 95-1"),
    "서울특별시 서대문구 통일로 97": ("120-704", "서울특별시 서대문구 미근동 209"),
    "서울특별시 마포구 월드컵로 212": ("121-706", "서울특별시 마포구 성산동 370"),
    "경기도 수원시 팔달구 효원로 241": ("442-701", "경기도 수원시 팔달구 인계동 1111"),
    "부산광역시 해운대구 중동2로 11": ("612-702", "부산광역시 해운대구 중동 1382"),
    "전라북도 전주시 완산구 노송광장로 10": ("560-701", "전라북도 전주시 완산구 서노송동 568"),
    "강원도 춘천시 시청길 11": ("200-703", "강원도 춘천시 옥천동 14"),
    "충청남도 천안시 서북구 번영로 156": ("331-701", "충청남도 천안시 불당동 234-1"),
    "경상북도 포항시 남구 시청로 1": ("790-701", "경상북도 포항시 남구 대잠동 1000"),
    "제주특별자치도 제주시 문연로 6": ("690-700", "제주특별자치도 제주시 연동 312-1"),
    "서울특별시 마포구 독막로 311": ("121-749", "서울특별시 마포구 염리동 168-9"),
    "강원도 원주시 건강로 32": ("220-948", "강원도 원주시 건강로 32"),
    "경기도 성남시 분당구 성남대로 54": ("463-755", "경기도 성남시 분당구 정자동 217"),
    "서울특별시 강남구 영동대로 512": ("135-791", "서울특별시 강남구 삼성동 167"),
    "대전광역시 대덕구 신탄진로 200": ("306-711", "대전광역시 대덕구 연축동 산6-2"),
    "서울특별시 종로구 북촌로 112": ("110-706", "서울특별시 종로구 삼청동 25-23"),
    "세종특별자치시 도움6로 11 정부세종청사": ("339-012", "세종특별자치시 도움6로 11 정부세종청사"),
}

SEOUL_GOV = ("03171", "서울특별시 종로구 세종대로 209 정부서울청사", "02-2100-")
GWACHEON = ("13809", "경기도 과천시 관문로 47 정부과천청사", "02-2110-")
DAEJEON = ("35208", "대전광역시 서구 청사로 189 정부대전청사", "042-481-")


def sejong(dong):
    return ("30" + str(R.randint(100, 128)), f"세종특별자치시 도움6로 11 정부세종청사 {dong}동", "044-20" + str(R.randint(0, 9)) + "-")


AGENCIES = {
    "mois": Agency("mois", [(1990, 1997, "총무처"), (1998, 2007, "행정자치부"), (2008, 2012, "행정안전부"), (2013, 2014, "안전행정부"),
                            (2015, 2016, "행정자치부"), (2017, 2026, "행정안전부")], "ministry", "장관", "www.mois.go.kr",
                   [(1990, 2012) + SEOUL_GOV, (2013, 2026) + sejong("중앙")],
                   ["정책기획과", "운영지원과", "비상대비정책과", "정보공개정책과", "지방인사제도과", "감사담당관", "디지털안전정책과", "행정제도혁신과"]),
    "mnd": Agency("mnd", [(1990, 2026, "국방부")], "ministry", "장관", "www.mnd.go.kr",
                  [(1990, 2026, "04383", "서울특별시 용산구 이태원로 22", "02-748-")],
                  ["군사정책과", "동원기획과", "국방협력과", "정보화기획과", "보안정책과", "운영지원과"]),
    "mofa": Agency("mofa", [(1990, 1997, "외무부"), (1998, 2012, "외교통상부"), (2013, 2026, "외교부")], "ministry", "장관", "www.mofa.go.kr",
                   [(1990, 2026, "03172", "서울특별시 종로구 사직로8길 60", "02-2100-")],
                   ["동북아시아과", "북미과", "안보정책과", "재외국민보호과", "의전기획과"]),
    "unif": Agency("unif", [(1990, 1997, "통일원"), (1998, 2026, "통일부")], "ministry", "장관", "www.unikorea.go.kr",
                   [(1990, 2026) + SEOUL_GOV], ["회담기획과", "정책기획과", "인도협력기획과", "정세분석총괄과"]),
    "molit": Agency("molit", [(1994, 2007, "건설교통부"), (2008, 2012, "국토해양부"), (2013, 2026, "국토교통부")], "ministry", "장관", "www.molit.go.kr",
                    [(1994, 2012) + GWACHEON, (2013, 2026) + sejong("6")], ["국토정책과", "공공주택정책과", "녹색도시과", "도시정책과", "교통안전정책과"]),
    "mohw": Agency("mohw", [(1994, 2007, "보건복지부"), (2008, 2009, "보건복지가족부"), (2010, 2026, "보건복지부")], "ministry", "장관", "www.mohw.go.kr",
                   [(1994, 2012) + GWACHEON, (2013, 2026) + sejong("10")], ["기초생활보장과", "노인정책과", "장애인정책과", "건강정책과", "운영지원과"]),
    "me": Agency("me", [(1994, 2026, "환경부")], "ministry", "장관", "www.me.go.kr",
                 [(1994, 2012) + GWACHEON, (2013, 2026) + sejong("6")], ["수도정책과", "대기환경정책과", "자원순환정책과", "운영지원과"]),
    "moel": Agency("moel", [(1990, 2009, "노동부"), (2010, 2026, "고용노동부")], "ministry", "장관", "www.moel.go.kr",
                   [(1990, 2012) + GWACHEON, (2013, 2026) + sejong("11")], ["노사협력정책과", "고용정책총괄과", "산업안전보건정책과", "운영지원과"]),
    "moe": Agency("moe", [(1990, 2000, "교육부"), (2001, 2007, "교육인적자원부"), (2008, 2012, "교육과학기술부"), (2013, 2026, "교육부")], "ministry", "장관", "www.moe.go.kr",
                  [(1990, 2012) + SEOUL_GOV, (2013, 2026) + sejong("14")], ["교원정책과", "학교정책과", "교육안전정보국 교육안전기획과", "운영지원과"]),
    "mcst": Agency("mcst", [(2008, 2026, "문화체육관광부")], "ministry", "장관", "www.mcst.go.kr",
                   [(2008, 2012, "03171", "서울특별시 종로구 세종대로 209", "02-3704-"), (2013, 2026) + sejong("15")], ["문화정책과", "관광정책과", "체육정책과", "운영지원과"]),
    "police": Agency("police", [(1991, 2026, "경찰청")], "agency", "청장", "www.police.go.kr",
                     [(1991, 2026, "03739", "서울특별시 서대문구 통일로 97", "02-3150-")], ["수사기획조정관실", "사이버수사과", "경비과", "감사담당관실", "생활안전과"]),
    "kcg": Agency("kcg", [(2018, 2026, "해양경찰청")], "agency", "청장", "www.kcg.go.kr",
                  [(2018, 2026, "22004", "인천광역시 연수구 해돋이로 130", "032-835-")], ["경비과", "수사과", "운영지원과", "기획재정담당관실"]),
    "mma": Agency("mma", [(1990, 2026, "병무청")], "agency", "청장", "www.mma.go.kr",
                  [(1990, 2026) + DAEJEON], ["동원관리과", "병역자원과", "운영지원과", "감사담당관실"]),
    "pps": Agency("pps", [(1990, 2026, "조달청")], "agency", "청장", "www.pps.go.kr",
                  [(1990, 2026) + DAEJEON], ["구매총괄과", "기술서비스계약과", "시설사업국 공사관리과", "운영지원과"]),
    "kostat": Agency("kostat", [(1990, 2026, "통계청")], "agency", "청장", "kostat.go.kr",
                     [(1990, 2026) + DAEJEON], ["통계정책과", "인구동향과", "고용통계과", "운영지원과"]),
    "forest": Agency("forest", [(1990, 2026, "산림청")], "agency", "청장", "www.forest.go.kr",
                     [(1990, 2026) + DAEJEON], ["산림정책과", "산림재난통제관 산불방지과", "운영지원과"]),
    "mapo": Agency("mapo", [(1990, 2026, "서울특별시 마포구")], "local", "구청장", "www.mapo.go.kr",
                   [(1990, 2026, "03937", "서울특별시 마포구 월드컵로 212", "02-3153-")], ["행정지원과", "총무과", "복지정책과", "도시계획과", "감사담당관", "주택과", "민원여권과"]),
    "suwon": Agency("suwon", [(1990, 2026, "경기도 수원시")], "local", "시장", "www.suwon.go.kr",
                    [(1990, 2026, "16490", "경기도 수원시 팔달구 효원로 241", "031-228-")], ["자치행정과", "총무과", "도시정책과", "감사관", "사회복지과", "정보통신과"]),
    "haeundae": Agency("haeundae", [(1990, 2026, "부산광역시 해운대구")], "local", "구청장", "www.haeundae.go.kr",
                       [(1990, 2026, "48094", "부산광역시 해운대구 중동2로 11", "051-749-")], ["총무과", "기획감사실", "복지정책과", "건축과", "안전총괄과"]),
    "jeonju": Agency("jeonju", [(1990, 2026, "전주시")], "local", "시장", "www.jeonju.go.kr",
                     [(1990, 2023, "55032", "전라북도 전주시 완산구 노송광장로 10", "063-281-"), (2024, 2026, "55032", "전북특별자치도 전주시 완산구 노송광장로 10", "063-281-")],
                     ["총무과", "기획예산과", "감사담당관", "생태도시계획과", "사회복지과"]),
    "chuncheon": Agency("chuncheon", [(1990, 2026, "춘천시")], "local", "시장", "www.chuncheon.go.kr",
                        [(1990, 2022, "24265", "강원도 춘천시 시청길 11", "033-250-"), (2023, 2026, "24265", "강원특별자치도 춘천시 시청길 11", "033-250-")],
                        ["총무과", "기획예산과", "감사담당관", "도시계획과", "안전총괄과"]),
    "cheonan": Agency("cheonan", [(1990, 2026, "천안시")], "local", "시장", "www.cheonan.go.kr",
                      [(1990, 2026, "31102", "충청남도 천안시 서북구 번영로 156", "041-521-")], ["자치민원과", "총무과", "감사관", "도시계획과", "복지정책과"]),
    "pohang": Agency("pohang", [(1990, 2026, "포항시")], "local", "시장", "www.pohang.go.kr",
                     [(1990, 2026, "37749", "경상북도 포항시 남구 시청로 1", "054-270-")], ["총무과", "감사담당관", "도시계획과", "재난안전과", "일자리경제과"]),
    "jeju": Agency("jeju", [(2006, 2026, "제주특별자치도")], "local", "도지사", "www.jeju.go.kr",
                   [(2006, 2026, "63122", "제주특별자치도 제주시 문연로 6", "064-710-")], ["총무과", "감사위원회 감사과", "도시계획재생과", "관광정책과", "노사협력과"]),
    "nhis": Agency("nhis", [(2000, 2026, "국민건강보험공단")], "public", "이사장", "www.nhis.or.kr",
                   [(2000, 2012, "04216", "서울특별시 마포구 독막로 311", "02-3270-"), (2013, 2022, "26464", "강원도 원주시 건강로 32", "033-736-"),
                    (2023, 2026, "26464", "강원특별자치도 원주시 건강로 32", "033-736-")], ["인사노무부", "감사실", "총무부", "정보보호부"], "nhis.or.kr"),
    "lh": Agency("lh", [(2009, 2026, "한국토지주택공사")], "public", "사장", "www.lh.or.kr",
                 [(2009, 2014, "13637", "경기도 성남시 분당구 성남대로 54", "031-738-"), (2015, 2026, "52852", "경상남도 진주시 충의로 19", "055-922-")],
                 ["공공주택사업처", "토지사업처", "감사실", "인사처", "보안담당"], "lh.or.kr"),
    "kepco": Agency("kepco", [(1990, 2026, "한국전력공사")], "public", "사장", "home.kepco.co.kr",
                    [(1990, 2014, "06140", "서울특별시 강남구 영동대로 512", "02-3456-"), (2015, 2026, "58322", "전라남도 나주시 전력로 55", "061-345-")],
                    ["비상안전실", "인재개발원 교육운영부", "보안팀", "계약처"], "kepco.co.kr"),
    "kwater": Agency("kwater", [(1990, 2026, "한국수자원공사")], "public", "사장", "www.kwater.or.kr",
                     [(1990, 2026, "34350", "대전광역시 대덕구 신탄진로 200", "042-629-")], ["비상안전처", "시설안전처", "계약단", "인사처"], "kwater.or.kr"),
    "bai": Agency("bai", [(1990, 2026, "감사원")], "agency2", "원장", "www.bai.go.kr",
                  [(1990, 2026, "03050", "서울특별시 종로구 북촌로 112", "02-2011-")], ["공공기관감사국 제1과", "지방행정감사국 제2과", "특별조사국 제3과", "감사청구조사국"]),
    "jcs": Agency("jcs", [(1990, 2026, "합동참모본부")], "agency2", "의장", "",
                  [(1990, 2026, "04383", "서울특별시 용산구 이태원로 22", "02-748-")], ["작전기획과", "연합연습과", "정보작전과"]),
}
AG = AGENCIES


def ag_name(a, y):
    return AG[a].name(y)


def pick_ag(keys, y):
    ok = [k for k in keys if AG[k].valid(y)]
    return ch(ok)


def official_rank(lvl=None):
    return ch(["주무관", "주무관", "행정주사", "행정사무관", "사무관", "서기관", "행정주사보"]) if lvl is None else lvl


def tel(ag, y):
    z, ad, t = AG[ag].place(y)
    num = t + f"{R.randint(1000, 9999)}"
    if y < 2000:
        a, b, c = num.split("-")
        return f"({a}) {b}-{c}"
    return num


# ---------------------------------------------------------------------------
# document model
#   blocks: ("p", text, style) style in body/title/center/right/stamp/small
#           ("tbl", rows)      rows = list of list of cell text (a cell may be (text, colspan))
#           ("hdr", text) / ("ftr", text)   page header / footer (files only)
#           ("box", text)                   text box (files only)
# ---------------------------------------------------------------------------
def P(text, style="body"):
    return ("p", text, style)


def T(rows):
    return ("tbl", rows)


def HDR(text):
    return ("hdr", text)


def FTR(text):
    return ("ftr", text)


def BOX(text):
    return ("box", text)


def cell_text(c):
    return c[0] if isinstance(c, tuple) else c


def render_table_text(rows, style):
    if style == "tab":
        return "\n".join("\t".join(cell_text(c).replace("\n", " ") for c in row) for row in rows)
    if style == "space":
        ncol = max(len(r) for r in rows)
        w = [0] * ncol
        for row in rows:
            for i, c in enumerate(row):
                w[i] = max(w[i], len(cell_text(c).replace("\n", " ")))
        out = []
        for row in rows:
            out.append("  ".join(cell_text(c).replace("\n", " ").ljust(w[i]) for i, c in enumerate(row)).rstrip())
        return "\n".join(out)
    if style == "kv":
        out = []
        for row in rows:
            cells = [cell_text(c).replace("\n", " ") for c in row]
            if len(cells) % 2 == 0:
                out.append("   ".join(f"{cells[i]}: {cells[i + 1]}" for i in range(0, len(cells), 2)))
            else:
                out.append(" ".join(cells))
        return "\n".join(out)
    return "\n".join("| " + " | ".join(cell_text(c).replace("\n", " ") for c in row) + " |" for row in rows)


def render_text(blocks, tstyle="pipe"):
    out, foot = [], []
    for b in blocks:
        if b[0] == "p":
            out.append(b[1])
        elif b[0] == "tbl":
            out.append(render_table_text(b[1], tstyle))
        elif b[0] in ("hdr", "box"):
            out.append(b[1])
        elif b[0] == "ftr":
            foot.append(b[1])
    txt = "\n".join(out + foot)
    txt = re.sub(r"\n{3,}", "\n\n", txt)
    return txt.strip("\n")


# ---------------------------------------------------------------------------
# OCR-style noise (used on some text documents and on two PDF text layers)
# ---------------------------------------------------------------------------
FW = {str(i): chr(0xFF10 + i) for i in range(10)}


def ocr_noise(text, level=1):
    lines = text.split("\n")
    out = []
    for ln in lines:
        s = ln
        if chance(0.25 * level):
            s = s.replace("·", ".").replace("「", "[").replace("」", "]")
        if chance(0.15 * level):
            s = "".join(FW.get(c, c) if chance(0.3) else c for c in s)
        if chance(0.2 * level) and len(s) > 6:
            i = R.randint(1, len(s) - 2)
            if "\uac00" <= s[i] <= "\ud7a3" and "\uac00" <= s[i - 1] <= "\ud7a3":
                s = s[:i] + " " + s[i:]
        if chance(0.1 * level):
            s = s.replace("다.", "다 .").replace("함.", "함 ,")
        if len(s) > 44 and chance(0.35 * level):
            k = R.randint(30, 44)
            s = s[:k] + "\n" + s[k:]
        out.append(s)
    return "\n".join(out)


# ---------------------------------------------------------------------------
# HWPX writer (OWPML, KS X 6101).  Namespaces: Hancom 2011 URIs as written by
# Hancom Office; variant "owpml2024" uses the URIs of KS X 6101:2024.
# ---------------------------------------------------------------------------
NS = {
    "hancom2011": dict(hp="http://www.hancom.co.kr/hwpml/2011/paragraph", hs="http://www.hancom.co.kr/hwpml/2011/section",
                       hh="http://www.hancom.co.kr/hwpml/2011/head", hc="http://www.hancom.co.kr/hwpml/2011/core",
                       hv="http://www.hancom.co.kr/hwpml/2011/version", ha="http://www.hancom.co.kr/hwpml/2011/app"),
    "owpml2024": dict(hp="http://www.owpml.org/owpml/2024/paragraph", hs="http://www.owpml.org/owpml/2024/section",
                      hh="http://www.owpml.org/owpml/2024/head", hc="http://www.owpml.org/owpml/2024/core",
                      hv="http://www.owpml.org/owpml/2024/version", ha="http://www.hancom.co.kr/hwpml/2011/app"),
}


def xesc(s):
    return _xesc(s, {'"': "&quot;"})


def nsdecl(ns):
    return " ".join(f'xmlns:{k}="{v}"' for k, v in ns.items()) + \
        ' xmlns:opf="http://www.idpf.org/2007/opf/" xmlns:dc="http://purl.org/dc/elements/1.1/"'


PARA_STYLE = {"body": (0, 0), "title": (1, 1), "center": (1, 0), "right": (2, 0), "stamp": (1, 2), "small": (0, 3)}
LINESEG = ('<hp:linesegarray><hp:lineseg textpos="0" vertpos="0" vertsize="1000" textheight="1000" baseline="850" '
           'spacing="600" horzpos="0" horzsize="42520" flags="393216"/></hp:linesegarray>')
SUBLIST = ('<hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="{va}" linkListIDRef="0" '
           'linkListNextIDRef="0" textWidth="{w}" textHeight="{h}" hasTextRef="0" hasNumRef="0">')


class HwpxBuilder:
    def __init__(self, nsname):
        self.ns = NS[nsname]
        self.pid = 0
        self.oid = 1200000000 + R.randint(0, 99999) * 10
        self.readback = []  # texts in XML emission order

    def _pid(self):
        self.pid += 1
        return self.pid

    def _oid(self):
        self.oid += 7
        return self.oid

    def para(self, text, style="body", lead_runs=""):
        ppr, cpr = PARA_STYLE.get(style, (0, 0))
        text = text.replace("\t", "    ")
        if text:
            self.readback.append(text)
            run = f'<hp:run charPrIDRef="{cpr}"><hp:t>{xesc(text)}</hp:t></hp:run>'
        else:
            run = f'<hp:run charPrIDRef="{cpr}"/>'
        return (f'<hp:p id="{self._pid()}" paraPrIDRef="{ppr}" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">'
                f'{lead_runs}{run}{LINESEG}</hp:p>')

    def paras(self, text, style="body"):
        return "".join(self.para(t, style) for t in text.split("\n"))

    def sublist(self, text, style="body", va="CENTER", w=0, h=0):
        return SUBLIST.format(va=va, w=w, h=h) + self.paras(text, style) + "</hp:subList>"

    def table(self, rows):
        ncol = max(sum((c[1] if isinstance(c, tuple) else 1) for c in row) for row in rows)
        W = 42520
        cw = W // ncol
        trs = []
        for ri, row in enumerate(rows):
            tcs, col = [], 0
            for ci, c in enumerate(row):
                txt = cell_text(c)
                span = c[1] if isinstance(c, tuple) else 1
                if ci == len(row) - 1 and col + span < ncol:
                    span = ncol - col
                tcs.append(
                    f'<hp:tc name="" header="{1 if ri == 0 else 0}" hasMargin="0" protect="0" editable="0" dirty="0" borderFillIDRef="2">'
                    + self.sublist(txt, "body")
                    + f'<hp:cellAddr colAddr="{col}" rowAddr="{ri}"/><hp:cellSpan colSpan="{span}" rowSpan="1"/>'
                    f'<hp:cellSz width="{cw * span}" height="1800"/><hp:cellMargin left="510" right="510" top="141" bottom="141"/></hp:tc>')
                col += span
            trs.append("<hp:tr>" + "".join(tcs) + "</hp:tr>")
        tbl = (f'<hp:tbl id="{self._oid()}" zOrder="0" numberingType="TABLE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" lock="0" '
               f'dropcapstyle="None" pageBreak="CELL" repeatHeader="1" rowCnt="{len(rows)}" colCnt="{ncol}" cellSpacing="0" '
               f'borderFillIDRef="2" noAdjust="0">'
               f'<hp:sz width="{W}" widthRelTo="ABSOLUTE" height="{1800 * len(rows)}" heightRelTo="ABSOLUTE" protect="0"/>'
               '<hp:pos treatAsChar="0" affectLSpacing="0" flowWithText="1" allowOverlap="0" holdAnchorAndSO="0" vertRelTo="PARA" '
               'horzRelTo="COLUMN" vertAlign="TOP" horzAlign="LEFT" vertOffset="0" horzOffset="0"/>'
               '<hp:outMargin left="283" right="283" top="283" bottom="283"/><hp:inMargin left="510" right="510" top="141" bottom="141"/>'
               + "".join(trs) + "</hp:tbl>")
        return (f'<hp:p id="{self._pid()}" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">'
                f'<hp:run charPrIDRef="0">{tbl}<hp:t/></hp:run>{LINESEG}</hp:p>')

    def textbox(self, text):
        w, h = 17000, 2600 + 1400 * text.count("\n")
        inner = (f'<hp:drawText lastWidth="{w}" name="" editable="0">' + self.sublist(text, "stamp", "CENTER", w, h)
                 + '<hp:textMargin left="283" right="283" top="283" bottom="283"/></hp:drawText>')
        rect = (f'<hp:rect id="{self._oid()}" zOrder="1" numberingType="PICTURE" textWrap="IN_FRONT_OF_TEXT" textFlow="BOTH_SIDES" lock="0" '
                f'dropcapstyle="None" href="" groupLevel="0" instid="{self._oid()}" ratio="0">'
                f'<hp:offset x="0" y="0"/><hp:orgSz width="{w}" height="{h}"/><hp:curSz width="{w}" height="{h}"/>'
                f'<hp:flip horizontal="0" vertical="0"/><hp:rotationInfo angle="0" centerX="{w // 2}" centerY="{h // 2}" rotateimage="1"/>'
                '<hp:renderingInfo><hc:transMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/>'
                '<hc:scaMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/><hc:rotMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/></hp:renderingInfo>'
                '<hp:lineShape color="#D00000" width="113" style="SOLID" endCap="FLAT" headStyle="NORMAL" tailStyle="NORMAL" headfill="1" '
                'tailfill="1" headSz="MEDIUM_MEDIUM" tailSz="MEDIUM_MEDIUM" outlineStyle="NORMAL" alpha="0"/>'
                '<hp:fillBrush><hc:winBrush faceColor="#FFFFFF" hatchColor="#000000" alpha="0"/></hp:fillBrush>'
                '<hp:shadow type="NONE" color="#B2B2B2" offsetX="0" offsetY="0" alpha="0"/>'
                + inner +
                f'<hp:pt0 x="0" y="0"/><hp:pt1 x="{w}" y="0"/><hp:pt2 x="{w}" y="{h}"/><hp:pt3 x="0" y="{h}"/>'
                f'<hp:sz width="{w}" widthRelTo="ABSOLUTE" height="{h}" heightRelTo="ABSOLUTE" protect="0"/>'
                '<hp:pos treatAsChar="0" affectLSpacing="0" flowWithText="0" allowOverlap="1" holdAnchorAndSO="0" vertRelTo="PAPER" '
                'horzRelTo="PAPER" vertAlign="TOP" horzAlign="RIGHT" vertOffset="2200" horzOffset="2800"/>'
                '<hp:outMargin left="0" right="0" top="0" bottom="0"/></hp:rect>')
        return (f'<hp:p id="{self._pid()}" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">'
                f'<hp:run charPrIDRef="0">{rect}<hp:t/></hp:run>{LINESEG}</hp:p>')

    def headfoot(self, kind, text, idx):
        va = "TOP" if kind == "header" else "BOTTOM"
        return (f'<hp:run charPrIDRef="0"><hp:ctrl><hp:{kind} id="{idx}" applyPageType="BOTH">'
                + self.sublist(text, "stamp", va, 42520, 4252) + f'</hp:{kind}></hp:ctrl></hp:run>')

    def section(self, blocks):
        hdrs = [b for b in blocks if b[0] == "hdr"]
        ftrs = [b for b in blocks if b[0] == "ftr"]
        lead = ('<hp:run charPrIDRef="0"><hp:secPr id="" textDirection="HORIZONTAL" spaceColumns="1134" tabStop="8000" tabStopVal="4000" '
                'tabStopUnit="HWPUNIT" outlineShapeIDRef="1" memoShapeIDRef="0" textVerticalWidthHead="0" masterPageCnt="0">'
                '<hp:grid lineGrid="0" charGrid="0" wonggojiFormat="0"/><hp:startNum pageStartsOn="BOTH" page="0" pic="0" tbl="0" equation="0"/>'
                '<hp:visibility hideFirstHeader="0" hideFirstFooter="0" hideFirstMasterPage="0" border="SHOW_ALL" fill="SHOW_ALL" '
                'hideFirstPageNum="0" hideFirstEmptyLine="0" showLineNumber="0"/>'
                '<hp:lineNumberShape restartType="0" countBy="0" distance="0" startNumber="0"/>'
                '<hp:pagePr landscape="WIDELY" width="59528" height="84186" gutterType="LEFT_ONLY">'
                '<hp:margin header="4252" footer="4252" gutter="0" left="8504" right="8504" top="5668" bottom="4252"/></hp:pagePr>'
                '</hp:secPr><hp:ctrl><hp:colPr id="" type="NEWSPAPER" layout="LEFT" colCount="1" sameSz="1" sameGap="0"/></hp:ctrl></hp:run>')
        for i, b in enumerate(hdrs):
            lead += self.headfoot("header", b[1], i + 1)
        for i, b in enumerate(ftrs):
            lead += self.headfoot("footer", b[1], i + 11)
        body = [f'<hp:p id="0" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">{lead}'
                f'<hp:run charPrIDRef="0"/>{LINESEG}</hp:p>']
        for b in blocks:
            if b[0] == "p":
                body.append(self.paras(b[1], b[2]))
            elif b[0] == "tbl":
                body.append(self.table(b[1]))
            elif b[0] == "box":
                body.append(self.textbox(b[1]))
        ns = self.ns
        return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hs:sec xmlns:hs="{ns["hs"]}" xmlns:hp="{ns["hp"]}" '
                f'xmlns:hc="{ns["hc"]}" xmlns:hh="{ns["hh"]}">' + "".join(body) + "</hs:sec>")


def header_xml(ns):
    fonts = "".join(
        f'<hh:fontface lang="{lg}" fontCnt="2"><hh:font id="0" face="함초롬바탕" type="TTF" isEmbedded="0">'
        '<hh:typeInfo familyType="FCAT_GOTHIC" weight="6" proportion="4" contrast="0" strokeVariation="1" armStyle="1" letterform="1" midline="1" xHeight="1"/></hh:font>'
        '<hh:font id="1" face="함초롬돋움" type="TTF" isEmbedded="0">'
        '<hh:typeInfo familyType="FCAT_GOTHIC" weight="6" proportion="4" contrast="0" strokeVariation="1" armStyle="1" letterform="1" midline="1" xHeight="1"/></hh:font></hh:fontface>'
        for lg in ("HANGUL", "LATIN", "HANJA", "JAPANESE", "OTHER", "SYMBOL", "USER"))

    def bf(i, t, color="#000000"):
        sides = "".join(f'<hh:{s} type="{t}" width="0.12 mm" color="{color}"/>' for s in ("leftBorder", "rightBorder", "topBorder", "bottomBorder"))
        return (f'<hh:borderFill id="{i}" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0">'
                '<hh:slash type="NONE" Crooked="0" isCounter="0"/><hh:backSlash type="NONE" Crooked="0" isCounter="0"/>'
                + sides + '<hh:diagonal type="SOLID" width="0.1 mm" color="#000000"/></hh:borderFill>')

    def cp(i, h, color="#000000", bold=False):
        seven = lambda v: " ".join(f'{k}="{v}"' for k in ("hangul", "latin", "hanja", "japanese", "other", "symbol", "user"))
        return (f'<hh:charPr id="{i}" height="{h}" textColor="{color}" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1">'
                f'<hh:fontRef {seven(1 if bold else 0)}/><hh:ratio {seven(100)}/><hh:spacing {seven(0)}/><hh:relSz {seven(100)}/><hh:offset {seven(0)}/>'
                + ("<hh:bold/>" if bold else "") +
                '<hh:underline type="NONE" shape="SOLID" color="#000000"/><hh:strikeout shape="NONE" color="#000000"/>'
                '<hh:outline type="NONE"/><hh:shadow type="NONE" color="#B2B2B2" offsetX="10" offsetY="10"/></hh:charPr>')

    def pp(i, align):
        return (f'<hh:paraPr id="{i}" tabPrIDRef="0" condense="0" fontLineHeight="0" snapToGrid="1" suppressLineNumbers="0" checked="0">'
                f'<hh:align horizontal="{align}" vertical="BASELINE"/><hh:heading type="NONE" idRef="0" level="0"/>'
                '<hh:breakSetting breakLatinWord="KEEP_WORD" breakNonLatinWord="KEEP_WORD" widowOrphan="0" keepWithNext="0" keepLines="0" pageBreakBefore="0" lineWrap="BREAK"/>'
                '<hh:autoSpacing eAsianEng="0" eAsianNum="0"/><hh:margin><hc:intent value="0" unit="HWPUNIT"/><hc:left value="0" unit="HWPUNIT"/>'
                '<hc:right value="0" unit="HWPUNIT"/><hc:prev value="0" unit="HWPUNIT"/><hc:next value="0" unit="HWPUNIT"/></hh:margin>'
                '<hh:lineSpacing type="PERCENT" value="160" unit="HWPUNIT"/>'
                '<hh:border borderFillIDRef="1" offsetLeft="0" offsetRight="0" offsetTop="0" offsetBottom="0" connect="0" ignoreMargin="0"/></hh:paraPr>')

    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
            f'<hh:head xmlns:hh="{ns["hh"]}" xmlns:hc="{ns["hc"]}" xmlns:hp="{ns["hp"]}" version="1.4" secCnt="1">'
            '<hh:beginNum page="1" footnote="1" endnote="1" pic="1" tbl="1" equation="1"/><hh:refList>'
            f'<hh:fontfaces itemCnt="7">{fonts}</hh:fontfaces>'
            f'<hh:borderFills itemCnt="3">{bf(1, "NONE")}{bf(2, "SOLID")}{bf(3, "SOLID", "#D00000")}</hh:borderFills>'
            f'<hh:charProperties itemCnt="4">{cp(0, 1000)}{cp(1, 1500, bold=True)}{cp(2, 1200, "#D00000", True)}{cp(3, 900)}</hh:charProperties>'
            '<hh:tabProperties itemCnt="1"><hh:tabPr id="0" autoTabLeft="0" autoTabRight="0"/></hh:tabProperties>'
            f'<hh:paraProperties itemCnt="3">{pp(0, "JUSTIFY")}{pp(1, "CENTER")}{pp(2, "RIGHT")}</hh:paraProperties>'
            '<hh:styles itemCnt="1"><hh:style id="0" type="PARA" name="바탕글" engName="Normal" paraPrIDRef="0" charPrIDRef="0" '
            'nextStyleIDRef="0" langID="1042" lockForm="0"/></hh:styles></hh:refList>'
            '<hh:compatibleDocument targetProgram="HWP201X"><hh:layoutCompatibility/></hh:compatibleDocument>'
            '<hh:docOption><hh:linkinfo path="" pageInherit="0" footnoteInherit="0"/></hh:docOption></hh:head>')


ZDATE = (2025, 1, 1, 0, 0, 0)


def write_hwpx(path, blocks, title, created, nsname="hancom2011", prvtext=False):
    ns = NS[nsname]
    b = HwpxBuilder(nsname)
    sec = b.section(blocks)
    version = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hv:HCFVersion xmlns:hv="{ns["hv"]}" '
               'tagetApplication="WORDPROCESSOR" major="5" minor="1" micro="1" buildNumber="0" os="1" xmlVersion="1.5" '
               'application="Hancom Office Hangul" appVersion="12, 0, 0, 535 WIN32LEWindows_10"/>')
    roots = '<ocf:rootfile full-path="Contents/content.hpf" media-type="application/hwpml-package+xml"/>'
    if prvtext:
        roots += '<ocf:rootfile full-path="Preview/PrvText.txt" media-type="text/plain"/>'
    container = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><ocf:container xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:container" '
                 f'xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf"><ocf:rootfiles>{roots}</ocf:rootfiles></ocf:container>')
    manifest = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
                '<odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>')
    y, m, d = created
    hpf = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
           f'<opf:package {nsdecl(ns)} version="" unique-identifier="" id="">'
           f'<opf:metadata><opf:title>{xesc(title)}</opf:title><opf:language>ko</opf:language>'
           '<opf:meta name="creator" content="text">USER</opf:meta>'
           f'<opf:meta name="CreatedDate" content="text">{y:04d}-{m:02d}-{d:02d}T09:00:00Z</opf:meta></opf:metadata>'
           '<opf:manifest><opf:item id="header" href="Contents/header.xml" media-type="application/xml"/>'
           '<opf:item id="section0" href="Contents/section0.xml" media-type="application/xml"/>'
           '<opf:item id="settings" href="settings.xml" media-type="application/xml"/></opf:manifest>'
           '<opf:spine><opf:itemref idref="header" linear="yes"/><opf:itemref idref="section0" linear="yes"/></opf:spine></opf:package>')
    settings = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><ha:HWPApplicationSetting xmlns:ha="{ns["ha"]}" '
                'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0"><ha:CaretPosition listIDRef="0" paraIDRef="0" pos="0"/></ha:HWPApplicationSetting>')
    entries = [("mimetype", b"application/hwp+zip", zipfile.ZIP_STORED),
               ("version.xml", version.encode(), zipfile.ZIP_STORED),
               ("META-INF/container.xml", container.encode(), zipfile.ZIP_DEFLATED),
               ("META-INF/manifest.xml", manifest.encode(), zipfile.ZIP_DEFLATED),
               ("Contents/content.hpf", hpf.encode(), zipfile.ZIP_DEFLATED),
               ("Contents/header.xml", header_xml(ns).encode(), zipfile.ZIP_DEFLATED),
               ("Contents/section0.xml", sec.encode(), zipfile.ZIP_DEFLATED),
               ("settings.xml", settings.encode(), zipfile.ZIP_DEFLATED)]
    if prvtext:
        body_only = [render_text([x], "space") for x in blocks if x[0] in ("p", "tbl")]
        pt = "\r\n".join(body_only)[:1024]
        entries.append(("Preview/PrvText.txt", pt.encode("utf-16-le"), zipfile.ZIP_DEFLATED))
    with zipfile.ZipFile(path, "w") as z:
        for nm, data, comp in entries:
            zi = zipfile.ZipInfo(nm, ZDATE)
            zi.compress_type = comp
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return b.readback


def read_hwpx(path):
    """Independent read-back: every <t> under any namespace, in document order."""
    import xml.etree.ElementTree as ET
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        assert names[0] == "mimetype", names
        zi = z.getinfo("mimetype")
        assert zi.compress_type == zipfile.ZIP_STORED
        assert z.read("mimetype") == b"application/hwp+zip"
        for req in ("version.xml", "META-INF/container.xml", "META-INF/manifest.xml", "Contents/content.hpf",
                    "Contents/header.xml", "Contents/section0.xml"):
            assert req in names, req
        for nm in names:
            if nm.endswith(".xml") or nm.endswith(".hpf"):
                ET.fromstring(z.read(nm))
        root = ET.fromstring(z.read("Contents/section0.xml"))
        texts = []
        for el in root.iter():
            if el.tag.rsplit("}", 1)[-1] == "t" and el.text:
                texts.append(el.text)
        return texts


# ---------------------------------------------------------------------------
# PDF writer (reportlab, NanumGothic text layer)
# ---------------------------------------------------------------------------
_PDF_READY = False


def pdf_setup():
    global _PDF_READY
    if _PDF_READY:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    base = "/usr/share/fonts/truetype/nanum/"
    pdfmetrics.registerFont(TTFont("NG", base + "NanumGothic.ttf"))
    pdfmetrics.registerFont(TTFont("NGB", base + "NanumGothicBold.ttf"))
    pdfmetrics.registerFont(TTFont("NM", base + "NanumMyeongjo.ttf"))
    _PDF_READY = True


def wrap(text, font, size, width):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    out = []
    for para in text.split("\n"):
        line = ""
        for c in para:
            if stringWidth(line + c, font, size) > width:
                sp = line.rfind(" ")
                if sp > len(line) * 0.5:
                    out.append(line[:sp])
                    line = line[sp + 1:] + c
                else:
                    out.append(line)
                    line = c
            else:
                line += c
        out.append(line)
    return out


def write_pdf(path, blocks, title, body_font="NG"):
    pdf_setup()
    from reportlab.pdfgen import canvas
    from reportlab.lib.colors import Color
    red = Color(0.8, 0, 0)
    W, H = 595.27, 841.89
    L, Rm, TOP, BOT = 62, 62, 780, 70
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1)
    c.setTitle(title)
    c.setAuthor("USER")
    hdrs = [b[1] for b in blocks if b[0] == "hdr"]
    ftrs = [b[1] for b in blocks if b[0] == "ftr"]
    drawn = []
    state = {"y": TOP, "page": 1}

    def page_furniture():
        for h in hdrs:
            c.setFillColor(red)
            c.setFont("NGB", 12)
            yy = H - 36
            for ln in h.split("\n"):
                c.drawCentredString(W / 2, yy, ln)
                yy -= 15
            c.setFillColor(Color(0, 0, 0))
        for f in ftrs:
            c.setFillColor(red)
            c.setFont("NGB", 11)
            lines = f.split("\n")
            yy = 30 + 14 * (len(lines) - 1)
            for ln in lines:
                c.drawCentredString(W / 2, yy, ln)
                yy -= 14
            c.setFillColor(Color(0, 0, 0))
        c.setFont("NG", 8)
        c.drawRightString(W - 30, 14, f"- {state['page']} -")

    def newpage():
        c.showPage()
        state["page"] += 1
        state["y"] = TOP
        page_furniture()

    def need(h):
        if state["y"] - h < BOT:
            newpage()

    page_furniture()
    for b in blocks:
        if b[0] == "p":
            style = b[2]
            font, size, align = body_font, 10.5, "left"
            if style == "title":
                font, size, align = "NGB", 15, "center"
            elif style == "center":
                font, size, align = "NGB", 12, "center"
            elif style == "right":
                align = "right"
            elif style == "stamp":
                font, size, align = "NGB", 13, "center"
            elif style == "small":
                size = 8.5
            lead = size * 1.55
            for ln in wrap(b[1].replace("\t", "    "), font, size, W - L - Rm):
                need(lead)
                c.setFont(font, size)
                if style == "stamp":
                    c.setFillColor(red)
                if align == "center":
                    c.drawCentredString(W / 2, state["y"] - size, ln)
                elif align == "right":
                    c.drawRightString(W - Rm, state["y"] - size, ln)
                else:
                    c.drawString(L, state["y"] - size, ln)
                c.setFillColor(Color(0, 0, 0))
                state["y"] -= lead
            drawn.append(b[1])
        elif b[0] == "tbl":
            rows = b[1]
            ncol = max(sum((x[1] if isinstance(x, tuple) else 1) for x in row) for row in rows)
            cw = (W - L - Rm) / ncol
            size, lead = 9, 13
            for row in rows:
                cells, col = [], 0
                for ci, x in enumerate(row):
                    span = x[1] if isinstance(x, tuple) else 1
                    if ci == len(row) - 1 and col + span < ncol:
                        span = ncol - col
                    cells.append((col, span, wrap(cell_text(x), "NG", size, cw * span - 8)))
                    col += span
                h = max(len(cl[2]) for cl in cells) * lead + 8
                need(h)
                y0 = state["y"]
                for col, span, lines in cells:
                    x0 = L + col * cw
                    c.rect(x0, y0 - h, cw * span, h, stroke=1, fill=0)
                    c.setFont("NG", size)
                    yy = y0 - 4 - size
                    for ln in lines:
                        c.drawString(x0 + 4, yy, ln)
                        yy -= lead
                state["y"] -= h
                drawn.extend(cell_text(x) for x in row)
            state["y"] -= 8
        elif b[0] == "box":
            lines = b[1].split("\n")
            h = len(lines) * 17 + 10
            need(h)
            bw = 190
            x0 = W - Rm - bw
            c.setStrokeColor(red)
            c.setLineWidth(1.5)
            c.rect(x0, state["y"] - h, bw, h, stroke=1, fill=0)
            c.setStrokeColor(Color(0, 0, 0))
            c.setLineWidth(1)
            c.setFillColor(red)
            c.setFont("NGB", 12)
            yy = state["y"] - 18
            for ln in lines:
                c.drawCentredString(x0 + bw / 2, yy, ln)
                yy -= 17
            c.setFillColor(Color(0, 0, 0))
            state["y"] -= h + 6
            drawn.append(b[1])
    c.showPage()
    c.save()
    return hdrs + drawn + ftrs


def read_pdf(path):
    import pypdf
    rd = pypdf.PdfReader(path)
    return "\n".join(p.extract_text() or "" for p in rd.pages)


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", s))


# ---------------------------------------------------------------------------
# disclosure-field spellings (행정업무규정 시행규칙: 공개 구분, 정보공개법 제9조 제1항 각 호)
# ---------------------------------------------------------------------------
def cite(nums, style=None):
    nums = sorted(nums)
    style = style or ch(["num", "num", "num", "ho", "law", "short", "full", "circ", "nospace", "numdot"])
    if style == "num":
        return "(" + ", ".join(map(str, nums)) + ")"
    if style == "numdot":
        return "(" + "·".join(map(str, nums)) + ")"
    if style == "ho":
        return "(" + "·".join(f"제{n}호" for n in nums) + ")"
    if style == "law":
        return "(법 제9조제1항제" + "호·제".join(map(str, nums)) + "호)"
    if style == "short":
        return "(정보공개법 제9조 제1항 제" + "호 및 제".join(map(str, nums)) + "호)"
    if style == "full":
        return "(「공공기관의 정보공개에 관한 법률」 제9조제1항제" + "호, 제".join(map(str, nums)) + "호)"
    if style == "circ":
        return "(정보공개법 §9①" + "·".join(map(str, nums)) + ")"
    return "(공공기관의정보공개에관한법률 제9조1항" + ",".join(map(str, nums)) + "호)"


def gg(kind, nums=(), style=None):
    if kind == "public":
        return ch(["공개", "공개", "공개", "대시민공개", "공 개"])
    word = "부분공개" if kind == "partial" else "비공개"
    return word + cite(nums, style)


def rnums(reasons):
    return sorted({int(r.rsplit("-", 1)[1]) for r in reasons if r.startswith("OIDA")})


# ---------------------------------------------------------------------------
# security markings (보안업무규정 / 시행규칙)
# ---------------------------------------------------------------------------
GRADE_STR = {
    "III급": ["Ⅲ급비밀", "Ⅲ급비밀", "Ⅲ급 비밀", "III급 비밀", "3급 비밀", "비밀(Ⅲ급)", "Ⅲ 급 비 밀", "[Ⅲ급비밀]", "《Ⅲ급비밀》", "III급비밀"],
    "II급": ["Ⅱ급비밀", "Ⅱ급비밀", "Ⅱ급 비밀", "II급 비밀", "2급 비밀", "비밀(Ⅱ급)", "Ⅱ 급 비 밀", "[Ⅱ급비밀]"],
    "I급": ["Ⅰ급비밀", "Ⅰ급비밀", "Ⅰ급 비밀", "I급 비밀", "비밀(Ⅰ급)", "Ⅰ 급 비 밀"],
}
GRADE_OCR = {"III급": ["lll급비밀", "皿급비밀", "Ⅲ 급 비 밀", "III 급비밀", "Ⅲ급비 밀"],
             "II급": ["ll급비밀", "Ⅱ 급 비 밀", "II 급비밀"], "I급": ["l급비밀", "Ⅰ 급 비 밀"]}
CANON = {"III급": "Ⅲ급비밀", "II급": "Ⅱ급비밀", "I급": "Ⅰ급비밀"}
LOWER = {"I급": "Ⅱ급비밀", "II급": "Ⅲ급비밀", "III급": "대외비"}


def secret_stamp(marking, ocr=False):
    return ch(GRADE_OCR[marking]) if ocr else ch(GRADE_STR[marking])


def yegomun(marking, created, until=None):
    until = until or yplus(created, R.randint(2, 9))
    forms = [f"예고문: {dfmt(until)}까지 {CANON[marking]}, 이후 일반문서로 재분류",
             f"예고문 : {dfmt(until)} 일반문서로 재분류",
             f"예 고 문: {dfmt(until)}까지 {CANON[marking]} / 이후 파기",
             f"(예고문) {dfmt(until)}까지 보호, 이후 {LOWER[marking]}로 재분류",
             f"예고문: 보호기간 {dfmt(until)}까지, 만료 후 일반문서로 재분류"]
    return ch(forms)


def copyno():
    n, m = R.randint(1, 6), R.randint(6, 12)
    return ch([f"사본번호: 제{n}호", f"사본 {n}번 ({m}부 중 {n}번)", f"사본번호 {n}/{m}", f"(사본번호 {n})", f"사본번호  제 {n} 호"])


def protect_line(created, until=None):
    until = until or yplus(created, R.randint(2, 6))
    return ch(["보호기간: ", "보호기간 : ", "보호 기간 "]) + f"{dfmt(until)}까지"


def daewoe_stamp(created, ocr=False, until=None):
    until = until or yplus(created, R.randint(1, 5))
    if ocr:
        return ch(["대 외 비", "대외 비", "대 외비", "[대 외 비]"])
    forms = ["대 외 비", "[대외비]", "《대외비》", f"{dfmt(until)}까지 대외비", f"대외비(보호기간: {dfmt(until)}까지)",
             "보안등급: 대외비", "< 대외비 >", "대외비", "<대외비>", "【대외비】"]
    if created[0] < 2001:
        forms += ["對外秘", "대외비(對外秘)"]
    return ch(forms)


def daewoe_note(created, until=None):
    until = until or yplus(created, R.randint(1, 5))
    return ch([f"예고문: {dfmt(until)} 일반문서로 재분류",
               f"※ 이 문서는 {dfmt(until)}까지 대외비로 관리하며, 이후 일반문서로 재분류함",
               f"대외비 보호기간: {dfmt(until)}까지",
               f"(대외비 - {dfmt(until)}까지 열람 제한)"])


def apply_marking(blocks, marking, pos, created, ocr=False):
    """Insert the document's own marking at position `pos`.  Returns (blocks, cue list)."""
    if marking in SECRET:
        until = yplus(created, R.randint(2, 9))
        st = secret_stamp(marking, ocr)
        st2 = secret_stamp(marking, ocr) if chance(0.3) else st
        note = yegomun(marking, created, until)
        extra = [copyno()] if chance(0.7) else []
        if chance(0.3):
            extra.append(protect_line(created, until))
    else:
        until = yplus(created, R.randint(1, 5))
        st = daewoe_stamp(created, ocr, until)
        st2 = st
        note = daewoe_note(created, until) if chance(0.7) else ""
        extra = [copyno()] if chance(0.2) else []
    b = list(blocks)
    cue = []
    if pos == "top":
        b = [P(st, "stamp")] + [P(x, "right") for x in extra] + b
        if note and marking in SECRET:
            b.append(P(note, "small"))
            cue.append("bottom_yegomun")
        cue.insert(0, "top_stamp")
    elif pos == "bottom":
        b = b + ([P(note, "small")] if note else []) + [P(x, "small") for x in extra] + [P(st2, "stamp")]
        cue.append("bottom_stamp")
    elif pos == "top_bottom":
        b = [P(st, "stamp")] + [P(x, "right") for x in extra] + b + ([P(note, "small")] if note else []) + [P(st2, "stamp")]
        cue.append("top_and_bottom_stamp")
    elif pos == "hdr_ftr":
        b = [HDR(st)] + b + ([P(note, "small")] if note else []) + [FTR(st2 + ("\n" + extra[0] if extra else ""))]
        cue.append("page_header_and_footer")
    elif pos == "hdr":
        b = [HDR(st + ("   " + extra[0] if extra else ""))] + b + ([P(note, "small")] if note else [])
        cue.append("page_header")
    elif pos == "ftr":
        b = b + [FTR(st2 + ("\n" + note if note else ""))]
        cue.append("page_footer")
    elif pos == "box":
        b = [BOX(st + ("\n" + extra[0] if extra else ""))] + b + ([P(note, "small")] if note else [])
        cue.append("text_box")
    elif pos == "title_prefix":
        for i, x in enumerate(b):
            if x[0] == "p" and x[2] == "title":
                b[i] = P(f"{st} {x[1]}" if not st.startswith(("[", "《", "<", "【")) else f"{st} {x[1]}", "title")
                break
        if note:
            b.append(P(note, "small"))
        cue.append("title_prefix")
    elif pos == "end_note":
        sent = ch([f"※ 본 자료는 {st}로 분류된 문서이므로 취급에 유의하시기 바랍니다.",
                   f"※ 이 보고서는 {st}임. 무단 복제·배포 금지",
                   f"본 문서의 보안등급은 {st}입니다."])
        b = b + [P(sent, "small")]
        cue.append("end_of_document_statement")
    if ocr:
        cue.append("ocr_noise")
    return b, cue


# ---------------------------------------------------------------------------
# layouts
# ---------------------------------------------------------------------------
SLOGANS = ["국민과 함께, 신뢰받는 정부", "함께 잘사는 포용국가", "다시 뛰는 대한민국", "안전한 나라, 행복한 국민", "새로운 대한민국",
           "사람이 먼저인 도시", "시민이 행복한 도시", "국민에게 힘이 되는 정부", "더 큰 도약, 함께하는 미래"]


def docnum(dept, y=None):
    return f"{dept.split()[-1]}-{R.randint(100, 9999)}"


def signer_line(y, ranks=None):
    ranks = ranks or ch([("주무관", "사무관", "과장"), ("행정주사", "팀장", "과장"), ("주무관", "서기관", "국장"),
                         ("행정사무관", "과장", "국장"), ("주무관", "팀장", "실장"), ("사무관", "과장", "정책관")])
    ns = [name() for _ in ranks]
    mmdd = f"{R.randint(1, 12):02d}/{R.randint(1, 28):02d}"
    parts = [f"{ranks[0]} {ns[0]}", f"{ranks[1]} {ns[1]}", f"{ranks[2]} {'전결 ' + mmdd + ' ' if chance(0.6) else ''}{ns[2]}"]
    sep = ch(["   ", "  ", "\t"])
    line = sep.join(parts)
    if chance(0.3):
        line = "기안자 " + parts[0] + "  검토자 " + parts[1] + "  결재권자 " + parts[2]
    coop = f"협조자 {ch(['운영지원과장', '기획재정담당관', '법무감사담당관', '정보화담당관'])} {name()}" if chance(0.35) else "협조자"
    return line, coop, ns


def gongmun(ag, y, date, title, body, attach=None, recv=None, via=None, gg_str=None, gg_pos="tail",
            dept=None, recv_list=None, old=None, sender=None, head_extra=None):
    A = AG[ag]
    nm = A.name(y)
    z, addr, tphone = A.place(y)
    dept = dept or ch(A.depts)
    old = (y < 2004) if old is None else old
    sender = sender or A.sender(y)
    b = []
    if old:
        b.append(P(" ".join(nm) if len(nm) <= 4 else nm, "title"))
        b.append(P(f"우 {z}  {addr} / 전화 {tel(ag, y)} / 전송 {tel(ag, y)}", "small"))
        b.append(P(f"문서번호  {dept.split()[-1]} {R.randint(1000, 9999)}-{R.randint(10, 999)}"))
        b.append(P(f"시행일자  {dfmt(date, 'dot')}"))
        b.append(P(f"(경유)  {via or ''}".rstrip()))
        b.append(P(f"수신  {recv or '수신처 참조'}"))
        b.append(P(f"참조  {ch(['총무과장', '기획관리실장', '비상계획관', '담당과장'])}"))
        if chance(0.5):
            b.append(T([["선결", "", "지시", ""], ["접수", f"일자 {date[0] % 100:02d}. {date[1]}. {date[2]}.", "결재·공람", ""]]))
        b.append(P(f"제목  {title}"))
        b.append(P(""))
        b += [P(x) for x in body]
        if attach:
            b.append(P("첨부  " + "\n      ".join(attach) + "  끝."))
        b.append(P(""))
        b.append(P(sender + ch(["", "  (인)", " 〔직인〕"]), "center"))
        if recv_list:
            b.append(P("수신처  " + ", ".join(recv_list)))
        if gg_str:
            b.append(P(f"공개구분: {gg_str}", "small"))
        return b, dept
    if chance(0.5) and y >= 2010:
        b.append(P(ch(SLOGANS), "small"))
    b.append(P(" ".join(nm) if (len(nm) <= 5 and chance(0.5)) else nm, "title"))
    if head_extra:
        b += head_extra
    b.append(P(f"수신  {recv or '수신자 참조'}"))
    b.append(P(f"(경유)  {via}" if via else "(경유)"))
    b.append(P(f"제목  {title}"))
    b.append(P(""))
    b += [P(x) for x in body]
    if attach:
        if len(attach) == 1:
            b.append(P(f"붙임  {attach[0]}  끝."))
        else:
            b.append(P("붙임  " + "\n      ".join(f"{i + 1}. {a}" for i, a in enumerate(attach)) + "  끝."))
    elif body:
        b[-1] = P(b[-1][1] + "  끝.")
    b.append(P(""))
    b.append(P(sender + ch(["", "", " [직인생략]", "  (직인)"]), "center"))
    if recv_list:
        b.append(P("수신자  " + ", ".join(recv_list)))
    sl, coop, ns = signer_line(y)
    b.append(P(sl, "small"))
    b.append(P(coop, "small"))
    sdate = dfmt(date, ch(["dot", "dot0"]))
    rec = f"접수  {ch(['', ch(AG[ag].depts).split()[-1] + '-' + str(R.randint(100, 9999)) + ' (' + dfmt(dplus(date, 1), 'dot0') + ')'])}"
    b.append(P(f"시행  {dept.split()[-1]}-{R.randint(100, 9999)} ({sdate})  {rec}".rstrip(), "small"))
    b.append(P(f"우 {z}  {addr}" + (f"  / {A.domain}" if A.domain and y >= 1999 else ""), "small"))
    last = f"전화번호 {tel(ag, y)}  전송 {tel(ag, y)}  / {email(A.emaildom)}"
    if gg_str and gg_pos == "tail":
        last += f"  / {gg_str}"
    elif y >= 2004 and gg_pos == "tail":
        pass
    b.append(P(last, "small"))
    if gg_str and gg_pos == "line":
        b.append(P(ch(["공개구분: ", "공개 구분  ", "공개여부 : ", "정보공개 구분: "]) + gg_str, "small"))
    return b, dept


def report(ag, y, date, title, body, gg_str=None, hdr="table", sec_cell=None, dept=None, approvals=None, sec_until=None):
    A = AG[ag]
    dept = dept or ch(A.depts)
    author = name()
    rank = ch(["사무관", "주무관", "서기관", "행정사무관", "연구관"])
    b = []
    if approvals if approvals is not None else chance(0.5):
        ranks = ch([["담당", "팀장", "과장", "국장"], ["주무관", "사무관", "과장"], ["기안", "검토", "결재"]])
        b.append(T([ranks, [author] + [name() for _ in ranks[1:-1]] + [ch(["", "전결"])]]))
    if hdr == "table":
        rows = [["문서번호", docnum(dept), "보고일자", dfmt(date)],
                ["작성", f"{dept} {rank} {author}", ch(["공개여부", "공개구분", "공개 여부", "정보공개"]), gg_str] if gg_str else
                ["작성", f"{dept} {rank} {author}", "연락처", tel(ag, y)]]
        if sec_cell:
            rows.append([ch(["보안등급", "비밀등급", "보안구분"]), sec_cell, "보호기간", f"{dfmt(sec_until or yplus(date, R.randint(1, 5)))}까지"])
        b.append(T(rows))
        b.append(P(title, "title"))
    elif hdr == "right":
        b.append(P(title, "title"))
        b.append(P(f"{dfmt(date)}({wd(date)}) / {dept}", "right"))
        if gg_str:
            b.append(P(ch(["공개여부: ", "[공개구분] ", "공개 구분 : "]) + gg_str, "right"))
    else:
        b.append(P(title, "title"))
        b.append(P(f"{dept}  {rank} {author}  ({dfmt(date)})", "right"))
        if gg_str:
            b.append(P(f"※ 공개여부: {gg_str}", "small"))
    b += [P(x) for x in body]
    return b, dept, author


# ---------------------------------------------------------------------------
# content: classified (비밀) documents
# ---------------------------------------------------------------------------
def n_(a, b):
    return R.randint(a, b)


REG = ["○○", "△△", "서부 ○○", "제○지역", "○○ 해안", "북부 △△"]


def body_secret(kind, y, reg=None):
    reg = reg or ch(REG)
    if kind == "air":
        return ["1. 목적",
                f"  ○ {reg} 일대 저고도 침투 위협에 대비하여 감시·대응 체계를 보강하고 유관기관 상황 전파 절차를 정비",
                "2. 현황 및 문제점",
                f"  ○ 감시 공백 구간 {n_(3, 9)}개소(야간 {n_(1, 3)}개소 포함), 상황 전파 평균 {n_(6, 14)}분 소요",
                f"  ○ 예비 진지 {n_(8, 20)}개소 중 {n_(2, 6)}개소 시설 노후로 운용 제한",
                "3. 보강 계획",
                f"  가. 감시 장비 {n_(4, 12)}식 추가 배치({y + 1}년 상반기)",
                "  나. 예비 진지 보수 및 위장 보강, 대체 진입로 확보",
                f"  다. 지자체·경찰 통합 상황전파망 연동 시험({n_(3, 10)}월 중)",
                f"4. 소요 예산: {n_(12, 95) * 10}백만원(기정 예산 내 조정)",
                "5. 행정사항: 관련 부대 외 배포 금지, 열람 시 비밀열람기록전 기재"]
    if kind == "exercise":
        return ["Ⅰ. 연습 개요",
                f"  ○ 기간: {y}. {n_(3, 9)}. 중 {n_(4, 11)}일간 / 참가: 합참, 작전사, 유관 정부기관",
                "Ⅱ. 시나리오 골격",
                f"  ○ 1단계: 위기 고조 및 {reg} 국지 도발 상황 조성",
                "  ○ 2단계: 전면전 전환 및 전시 전환 절차 숙달",
                "  ○ 3단계: 반격 작전 및 안정화 작전 연계",
                "Ⅲ. 중점 숙달 과제",
                f"  ○ 연합 정보 공유 절차({n_(5, 12)}개 과제), 전시 지휘통제체계 전환, 민·관·군 통합 대응",
                "Ⅳ. 보안 대책: 시나리오 문서는 통제관 외 배포 금지, 연습 종료 후 회수·파기"]
    if kind == "diplo":
        return ["1. 협의 개요",
                f"  ○ 일시/장소: {y}. {n_(1, 12)}. 중, △△국 수도(제{n_(3, 15)}차 안보협의회)",
                "  ○ 수석대표: 우리 측 ○○국장, 상대측 ○○차관보",
                "2. 상대측 예상 요구사항",
                f"  ○ {reg} 해역 공동순찰 확대 및 정보공유 약정 체결 조기화",
                "  ○ 방산 협력 품목 확대(무기체계 공동개발 참여)",
                "3. 우리 측 대응 기조",
                "  ○ 정보공유 약정: 원칙적 수용하되 공유 범위는 단계적 확대",
                "  ○ 양보 가능 범위: 제2안까지(협상 하한선은 별도 구두 지침)",
                "4. 향후 조치: 관계부처 사전협의 후 훈령안 상신"]
    if kind == "unif":
        return ["1. 회담 전망",
                f"  ○ 북측은 {reg} 경제협력 재개와 제재 완화 연계를 요구할 것으로 예상",
                "2. 우리 측 협상 목표",
                "  ○ 1순위: 이산가족 상봉 정례화 / 2순위: 군사적 긴장 완화 조치 합의",
                "3. 단계별 협상 전략",
                "  가. 기조발언에서 인도적 사안 우선 원칙 천명",
                "  나. 상대 요구 시 조건부 검토 입장(선 이행 후 보상)",
                f"  다. 결렬 대비 차기 회담 일정({n_(1, 3)}개월 내) 확보에 주력",
                "4. 대외 설명 방향: 회담 종료 시까지 세부 입장 비공개 유지"]
    if kind == "mobil":
        return ["1. 정비 개요",
                f"  ○ 전시 동원 대상 자원 {n_(12, 48)},{n_(100, 999)}명 중 주소 불일치·결원 {n_(300, 1900)}명 정비",
                "2. 정비 결과",
                f"  ○ 소집 부대 재지정 {n_(40, 160)}개 부대, 동원 지정 해제 {n_(200, 900)}명",
                "  ○ 소집 통지 전달 체계: 문자 통지 병행 체계로 전환",
                "3. 문제점 및 보완",
                f"  ○ 일부 지역({reg}) 소집 장소 수용 능력 부족 → 대체 장소 {n_(2, 7)}개소 지정",
                "4. 향후 계획: 분기별 자료 현행화, 합동 점검 실시"]
    if kind == "emerg":
        return ["1. 조정 배경",
                "  ○ 중점관리 대상 업체 변동 및 전시 물자 소요 재산정 결과 반영",
                "2. 주요 조정 내용",
                f"  ○ 중점관리 지정업체 {n_(30, 90)}개 추가, {n_(10, 40)}개 해제",
                f"  ○ 전시 우선 공급 물자 {n_(12, 30)}개 품목 소요량 조정(유류·의약품 등)",
                f"  ○ {reg} 권역 비축 시설 {n_(2, 6)}개소 분산 배치",
                "3. 향후 조치: 관계부처 통보 및 충무계획 반영"]
    if kind == "sea":
        return ["1. 추진 배경",
                f"  ○ {reg} 접적해역 불법조업 및 침투 가능성 증가",
                "2. 강화 방안",
                f"  ○ 경비함정 {n_(2, 5)}척 추가 배치, 야간 순찰 주기 {n_(2, 4)}시간 → {n_(1, 2)}시간 단축",
                "  ○ 해군 작전사와 실시간 표적정보 공유 체계 구축",
                f"  ○ 취약 시간대(0{n_(1, 5)}:00~0{n_(5, 7)}:00) 항공 감시 병행",
                "3. 소요: 유류비 및 인력 증원은 차년도 예산 반영 추진"]
    if kind == "dam":
        return ["1. 방호 대상: ○○댐 본체, 취수탑, 수문 조작실, 발전 설비",
                f"2. 방호 인력: 청원경찰 {n_(12, 40)}명, 협조 군 병력 {n_(10, 30)}명(비상 시 증원)",
                "3. 취약 요소",
                f"  ○ 수문 조작실 출입 통제 구역 CCTV 사각지대 {n_(2, 6)}개소",
                "  ○ 야간 외곽 순찰 경로 중복 및 교대 시간 공백",
                "4. 대응 계획",
                "  ○ 드론 탐지 장비 도입, 조작실 이중 인증 출입 적용",
                "  ○ 테러 징후 시 경찰·군 통합 대응 절차(별표) 적용"]
    if kind == "grid":
        return ["1. 개요: 국가중요시설 지정 변전소 방호 인력 재배치",
                f"2. 대상: 345kV급 변전소 {n_(5, 14)}개소",
                f"3. 운용 계획: 상주 경비 {n_(3, 6)}명/개소, 기동 순찰조 {n_(2, 5)}개 조 편성",
                f"4. 취약 시설: {ch(REG)} 변전소 외곽 펜스 노후 구간 {n_(80, 400)}m",
                "5. 비상 시 조치: 관할 부대 및 경찰서 즉응 출동 요청 체계 유지"]
    if kind == "govbldg":
        return ["1. 현황",
                f"  ○ 청사 출입구 {n_(6, 14)}개소, 방호 인력 {n_(40, 120)}명(3교대)",
                "2. 개선 계획",
                "  ○ 차량 출입구 차단기 추가 및 하부 검색 장비 도입",
                f"  ○ 주요 시설(전산실·상황실) 출입 통제 구역 {n_(3, 8)}곳 생체인식 적용",
                "  ○ 방호 취약 시간대 순찰 경로 조정(세부 경로 별첨)",
                "3. 추진 일정: 상반기 설계, 하반기 설치"]
    if kind == "cp":
        return ["1. 목적: 전시 국가 지휘 기능의 연속성 보장",
                "2. 전환 절차",
                "  ○ 1단계(경계 강화): 예비 지휘소 개소 및 통신망 이중화",
                "  ○ 2단계(전시 전환): 주 지휘소 기능 이관 및 요원 재배치",
                f"3. 지휘소 위치 및 요원 편성: 별표(요원 {n_(80, 260)}명)",
                "4. 통신 운용: 암호장비 이중 운용, 예비 주파수 별도 지정",
                "5. 보안: 위치·편성 정보는 지정된 인원 외 열람 금지"]
    if kind == "oplan":
        return ["1. 개정 사유: 위협 평가 변경 및 전력 증강 반영",
                "2. 주요 개정 사항",
                f"  ○ 초기 대응 전력 전개 시간 D+{n_(2, 5)} → D+{n_(1, 2)} 단축",
                f"  ○ {ch(REG)} 방면 예비 전력 운용 개념 변경",
                "  ○ 전시 증원 전력 수용 절차 보완",
                "3. 후속 조치: 예하 부대 작전계획 연동 수정(수정 기한 별도 하달)"]
    if kind == "evac":
        return ["1. 개정 배경: △△국 정세 불안 및 체류 국민 증가",
                f"2. 체류 현황: 약 {n_(800, 6000)}명(단기 체류 포함)",
                "3. 단계별 조치",
                "  ○ 1단계 여행자제, 2단계 출국권고, 3단계 철수(항공·해상 수송 수단 확보)",
                f"4. 집결지: 수도 권역 {n_(2, 4)}개소(세부 위치 별표), 인접국 경유 철수로 확보",
                "5. 관계기관 협조: 국방부 수송 자산 지원 요청, 현지 우방국 공관 협조"]
    raise KeyError(kind)


SECRET_DEPT = {"air": ["군사정책과", "작전기획과"], "exercise": ["연합연습과", "작전기획과"], "diplo": ["안보정책과", "북미과", "동북아시아과"],
               "unif": ["회담기획과", "정책기획과"], "mobil": ["동원관리과", "병역자원과"], "emerg": ["비상대비정책과"], "sea": ["경비과"],
               "dam": ["비상안전처", "시설안전처"], "grid": ["비상안전실", "보안팀"], "govbldg": ["비상대비정책과", "청사관리팀"],
               "cp": ["군사정책과", "동원기획과"], "oplan": ["작전기획과"], "evac": ["재외국민보호과"]}
DW_DEPT = {"access": ["운영지원과", "총무과", "청사관리팀"], "water": ["상수도사업소 정수과", "수도시설과"], "itvuln": ["정보화담당관", "정보보호부", "정보통신과"],
           "police_coop": ["감사담당관", "감사관", "계약과"], "fraud_referral": ["감사담당관", "보조금관리팀", "감사관"],
           "reorg": ["조직진단팀", "행정관리담당관", "조직혁신과"], "vetting": ["고위공무원정책과", "인사혁신기획과"],
           "gb_release": ["도시정책과", "녹색도시과", "도시계획과"], "housing": ["공공주택정책과", "공공주택사업처"],
           "counsel": ["인사노무부", "운영지원과", "교육운영부"], "whistle": ["감사실", "기획감사실", "감사담당관"],
           "eulji": ["비상대비정책과", "안전총괄과", "비상기획관실"], "evaluators": ["기술서비스계약과", "시설사업국 공사관리과"],
           "audit_mid": ["특별조사국 제3과", "공공기관감사국 제1과"], "contact": ["안전총괄과", "재난안전과", "총무과"],
           "labor": ["인사처", "노사협력부", "인사노무부"], "rail": ["도시정책과", "교통정책과", "도시계획과"]}

SECRET_TOPICS = {
    "air": ("mnd", "{reg} 지역 방공 대비태세 보강 계획", "OIDA-9-1-2"),
    "exercise": ("jcs", "{yr}년 연합 지휘소연습 시나리오 개요", "OIDA-9-1-2"),
    "diplo": ("mofa", "△△국과의 안보협의회 대응 방향", "OIDA-9-1-2"),
    "unif": ("unif", "남북 고위급회담 대비 협상 전략(안)", "OIDA-9-1-2"),
    "mobil": ("mma", "전시 병력동원 소집계획 정비 결과", "OIDA-9-1-2"),
    "emerg": ("mois", "{yr}년 비상대비 자원관리 계획 조정", "OIDA-9-1-2"),
    "sea": ("kcg", "서해 접적해역 경비 강화 방안", "OIDA-9-1-2"),
    "dam": ("kwater", "다목적댐 방호 및 테러 대응 계획", "OIDA-9-1-3"),
    "grid": ("kepco", "주요 변전소 방호 인력 운용 계획", "OIDA-9-1-3"),
    "govbldg": ("mois", "정부청사 통합방호 체계 개선 계획", "OIDA-9-1-3"),
    "cp": ("mnd", "전시 지휘소 전환 운용 계획", "OIDA-9-1-2"),
    "oplan": ("jcs", "작전계획 부록 개정 사항", "OIDA-9-1-2"),
    "evac": ("mofa", "재외국민 비상철수 계획 개정", "OIDA-9-1-2"),
}


def t_secret(marking, kind, pos, genre="내부결재 보고서", years=(1994, 2026), ocr=False, field=False, long=None):
    ag, title, reason = SECRET_TOPICS[kind]
    y0, y1 = years
    assert any(AG[ag].valid(yy) for yy in range(y0, y1 + 1)), (kind, years)
    date = rdate(y0, y1)
    while not AG[ag].valid(date[0]):
        date = rdate(y0, y1)
    y = date[0]
    reg = ch(REG)
    title = title.format(reg=reg, yr=y)
    body = body_secret(kind, y, reg)
    if long:
        body = body + long_extra(long, y)
    reasons = ["OIDA-9-1-1", reason]
    stated = None
    if genre == "공문":
        gs = gg("non_public", rnums(reasons)) if (field and y >= 2004) else None
        stated = gs
        blocks, _ = gongmun(ag, y, date, title, body, recv=ch(["수신자 참조", "○○사령관", "관계기관장", "○○본부장"]), gg_str=gs,
                            dept=ch(SECRET_DEPT[kind]))
    else:
        sec_cell = None
        hdr = ch(["table", "right", "plain"])
        sec_until = yplus(date, R.randint(2, 9))
        if pos == "table":
            hdr = "table"
            sec_cell = secret_stamp(marking, ocr)
        gs = gg("non_public", rnums(reasons)) if field else None
        stated = gs
        blocks, _, _ = report(ag, y, date, title, [], gg_str=gs, hdr=hdr, sec_cell=sec_cell, dept=ch(SECRET_DEPT[kind]), sec_until=sec_until)
        blocks += expand(body)
    cue = []
    if pos == "table":
        cue.append("header_table_cell")
        if chance(0.6):
            blocks.append(P(yegomun(marking, date, sec_until), "small"))
            cue.append("bottom_yegomun")
    else:
        blocks, cue = apply_marking(blocks, marking, pos, date, ocr)
    if stated:
        cue.append("disclosure_field")
    return dict(blocks=blocks, disclosure="non_public", marking=marking, reasons=reasons, genre=genre,
                template=f"secret_{kind}", cue=cue, date=date, title=title, stated=stated,
                why=f"{CANON[marking]} carried by the document; 비밀 → OIDA-9-1-1 plus content reason {reason} ({'국가안보·국방·외교' if reason.endswith('2') else '시설 보호/생명·신체'})")


# ---------------------------------------------------------------------------
# content: 대외비 documents (content reasons only, no OIDA-9-1-1)
# ---------------------------------------------------------------------------
def person_rows(k, cols):
    rows = []
    for _ in range(k):
        row = []
        for c in cols:
            row.append(c())
        rows.append(row)
    return rows


def body_dw(kind, y, ag):
    if kind == "access":
        return ["1. 점검 개요",
                f"  ○ 기간: {y}. {n_(2, 10)}. {n_(1, 20)}. ~ {n_(21, 28)}. / 대상: 본관·별관 출입통제 시스템 및 방호 인력 운용",
                "2. 점검 결과(취약점)",
                f"  ○ 지하주차장 연결 통로 출입문 {n_(2, 5)}개소 카드리더 미작동 상태로 방치",
                "  ○ 방문객 출입증 회수 절차 미준수(퇴청 시 미회수 다수)",
                f"  ○ 야간(22:00~06:00) 순찰 공백 약 {n_(30, 90)}분 발생",
                "3. 조치 계획",
                "  ○ 카드리더 교체 및 통로 출입문 자동 잠금 설정(즉시)",
                "  ○ 순찰 경로 재설정 및 CCTV 사각지대 추가 설치"]
    if kind == "water":
        return ["1. 점검 대상: ○○정수장, △△취수장(국가보안시설 나급)",
                "2. 점검 결과",
                f"  ○ 외곽 울타리 훼손 구간 {n_(20, 150)}m, 감지 센서 오작동 {n_(2, 6)}개소",
                "  ○ 약품 투입실 출입 기록 관리 미흡",
                "  ○ 비상 발전기 연료 비축량 기준 미달",
                "3. 보완 대책: 울타리 보수, 센서 교체, 약품실 출입 통제 강화(다음 분기까지)"]
    if kind == "itvuln":
        return ["1. 진단 개요: 외부 전문기관 모의해킹 및 취약점 진단",
                f"2. 진단 결과: 고위험 {n_(2, 9)}건, 중위험 {n_(10, 30)}건, 저위험 {n_(20, 60)}건",
                "  ○ 민원 포털 관리자 페이지 외부 접근 가능(인증 우회 가능성)",
                "  ○ 내부 업무망-인터넷망 간 자료 전송 시스템 패치 미적용",
                "  ○ 퇴직자 계정 미삭제 다수",
                "3. 조치 계획: 고위험 항목 2주 내 조치, 이행 결과 재점검"]
    if kind == "police_coop":
        return ["1. 관련: ○○경찰서 수사과 공조 요청(사건번호 별도)",
                "2. 사건 개요",
                "  ○ 지방자치단체 발주 공사 관련 금품 수수 의혹에 대한 수사 진행 중",
                "3. 요청 자료",
                "  ○ 최근 3년간 해당 공사 계약 서류, 설계 변경 내역, 담당 부서 결재 문서",
                "4. 조치 사항",
                "  ○ 수사 보안 유지를 위해 자료 제출 사실 및 내용 외부 누설 금지",
                "  ○ 관련 부서 자료 임의 폐기 금지 지시"]
    if kind == "fraud_referral":
        return ["1. 검토 배경: 보조금 집행 점검 결과 부정수급 의심 정황 확인",
                f"2. 의심 사업자: {ch(COMPANY)} 등 {n_(2, 5)}개소",
                f"  ○ 허위 인건비 계상 추정액 {n_(30, 400)},{n_(100, 999)},000원",
                "  ○ 동일 증빙서류를 복수 사업에 중복 제출",
                "3. 검토 의견",
                f"  ○ {'「보조금 관리에 관한 법률」' if y >= 2011 else '「보조금의 예산 및 관리에 관한 법률」'} 위반 소지 → 수사기관 수사의뢰 필요",
                "  ○ 수사의뢰 전 외부 공개 시 증거 인멸 우려"]
    if kind == "reorg":
        return ["1. 검토 배경: 기능 재편 및 정원 효율화",
                "2. 개편(안)",
                f"  ○ 1안: 2개 과 통합(정원 {n_(2, 6)}명 감축), 2안: 팀 신설 및 기능 이관",
                "  ○ 폐지 검토 부서: ○○팀(업무량 감소)",
                "3. 쟁점",
                "  ○ 직원 반발 예상, 노조 협의 필요, 행정안전부 정원 협의 일정",
                "4. 향후 일정: 내부 의견 수렴 후 안 확정(미확정 사항으로 외부 유출 금지)"]
    if kind == "vetting":
        rows = [["성명", "현 직위", "검증 의견", "특이사항"]]
        for _ in range(n_(3, 5)):
            rows.append([name(), ch(["○○국장", "○○정책관", "○○기획관", "○○단장"]),
                         ch(["적격", "적격(보완)", "재검토"]),
                         ch(["배우자 명의 부동산 2건 소명 필요", "평판 조회 결과 대인관계 갈등 지적", "자녀 병역사항 확인 완료",
                             "과거 징계 이력 없음", "장기 해외 파견 근무 경력 검증 완료"])])
        return ["1. 검증 개요: 고위공무원단 승진 후보자 대상 재산·병역·평판 검증", T(rows),
                "2. 종합 의견: 재검토 대상자는 추가 소명 후 인사위원회 상정"]
    if kind == "gb_release":
        return ["1. 검토 목적: 개발제한구역 해제 가능지 사전 검토",
                "2. 후보지",
                f"  ○ A지구: ○○동 일원 약 {n_(10, 90)}만㎡(환경평가 3~5등급)",
                f"  ○ B지구: △△면 일원 약 {n_(10, 60)}만㎡(도로 접근성 양호)",
                "3. 검토 의견",
                "  ○ A지구 우선 추진, B지구는 중장기 검토",
                "  ○ 후보지 정보 사전 유출 시 토지 투기 및 지가 급등 우려 → 보안 유지"]
    if kind == "housing":
        return ["1. 검토 개요: 수도권 신규 공공주택지구 후보지 사전 검토",
                f"2. 후보지: ○○시 △△동 일원(약 {n_(50, 300)}만㎡, {n_(1, 3)}만호 규모)",
                "3. 토지 현황: 농지 및 임야 위주, 최근 거래량 증가 동향 모니터링 필요",
                "4. 향후 절차: 관계기관 협의 → 주민공람 → 지구 지정",
                "※ 발표 전 후보지 정보 누설 시 투기 발생 우려"]
    if kind == "counsel":
        rows = [["연번", "성명", "소속", "상담 결과", "조치"]]
        for i in range(n_(3, 6)):
            rows.append([str(i + 1), name(), ch(["○○팀", "△△부", "□□과"]),
                         ch(["우울 증상 중등도", "불면 및 불안 장애 의심", "공황 증상 호소", "알코올 의존 위험군", "직무 스트레스 고위험"]),
                         ch(["전문의 진료 권고", "추가 상담 4회", "휴직 검토", "부서 이동 검토"])])
        return ["1. 추진 개요: 직원 심리상담 프로그램 개인별 결과(고위험군) 통보", T(rows),
                "2. 유의사항: 상담 결과는 본인 동의 범위 내에서만 활용, 인사상 불이익 금지"]
    if kind == "whistle":
        rows = [["접수일", "신고 내용", "피신고자", "진행 상황"]]
        for _ in range(n_(2, 4)):
            rows.append([dfmt(rdate(y, y)), ch(["출장비 부당 수령", "업체 편의 제공 의혹", "갑질 및 폭언", "채용 과정 부당 개입"]),
                         f"{ch(['○○과', '△△팀'])} {ch(['주무관', '팀장', '사무관'])} {name()}", ch(["사실관계 조사 중", "수사기관 이첩 검토", "관련자 진술 청취 중"])])
        return ["1. 공익신고 접수 및 조사 현황", T(rows),
                "2. 조치: 신고자 신원 보호, 조사 완료 전 관련 내용 외부 누설 금지"]
    if kind == "eulji":
        return ["1. 연습 개요: 을지연습 기간 중 상황 메시지 부여 및 평가",
                f"2. 상황 메시지: 총 {n_(20, 60)}건(기반시설 피격, 대규모 정전, 통신 두절 등)",
                "3. 부여 일정: 메시지별 부여 시각 및 평가 착안사항은 별지(평가관 외 비공개)",
                "4. 평가 방법: 상황 조치 적절성, 보고 시간, 유관기관 협조 체계"]
    if kind == "evaluators":
        rows = [["성명", "소속", "전문분야", "연락처"]]
        for _ in range(n_(4, 6)):
            rows.append([name(), ch(["○○대학교 교수", "△△연구원 책임연구원", "(주)○○ 기술이사", "□□학회 이사"]),
                         ch(["토목", "정보통신", "환경", "건축", "전기"]), mobile()])
        return ["1. 기술평가위원 후보자 명단(평가 전 공개 금지)", T(rows),
                "2. 선정 방법: 후보자 중 무작위 추첨, 평가 당일 통보"]
    if kind == "audit_mid":
        return ["1. 감사 개요: ○○ 기반시설 구축사업 집행 실태 감사(진행 중)",
                "2. 중간 확인 사항",
                f"  ○ 설계변경을 통한 공사비 부당 증액 약 {n_(3, 40)}억 원",
                "  ○ 감독 공무원의 준공검사 허위 작성 의심",
                "3. 향후 계획",
                "  ○ 관련자 추가 문답 및 계좌 확인 후 수사의뢰 여부 결정",
                "  ○ 감사 결과 확정 전 내용 공개 시 감사 수행 지장 우려"]
    if kind == "contact":
        rows = [["직위", "성명", "휴대전화", "자택 주소"]]
        for _ in range(n_(3, 5)):
            rows.append([ch(["재난안전과장", "상황관리팀장", "당직 총괄", "방호 책임관"]), name(), mobile(y), home_addr()])
        return ["1. 재난 비상연락망(비상소집 대상)", T(rows),
                "2. 청사 방호근무 편성: 야간 2인 1조, 취약 시간대 순찰 강화(경로는 별도 관리)"]
    if kind == "labor":
        return ["1. 교섭 현황: 노동조합 요구안(임금 5.2% 인상, 성과급 폐지 등) 접수",
                "2. 대응 전략",
                f"  ○ 1차 제시안 {n_(1, 2)}.{n_(0, 9)}%, 최종 수용 한도 {n_(2, 3)}.{n_(0, 9)}%(내부 한정)",
                "  ○ 성과급 제도는 개선안 제시로 대응",
                "3. 쟁점별 예상 시나리오 및 대응 논리(별첨)",
                "※ 교섭 진행 중 사항으로 외부 공개 시 교섭에 지장"]
    if kind == "rail":
        return ["1. 검토 개요: 도시철도 2호선 노선 대안 비교",
                "2. 대안",
                f"  ○ 1안: 시청~○○역 {n_(12, 25)}.{n_(0, 9)}km(정거장 {n_(12, 20)}개소)",
                f"  ○ 2안: 시청~△△지구 경유 {n_(14, 28)}.{n_(0, 9)}km",
                "3. 검토 의견: 2안이 수요 측면 유리하나 사업비 증가",
                "※ 노선 확정 전 공개 시 역세권 투기 및 민원 우려"]
    raise KeyError(kind)


DW_TOPICS = {
    "access": (["mois", "nhis", "suwon", "mapo"], "청사 출입통제시스템 보안점검 결과 및 조치계획", ["OIDA-9-1-3"], "검토보고서"),
    "water": (["cheonan", "pohang", "jeonju"], "정수장 방호 실태 점검 결과", ["OIDA-9-1-3"], "내부결재 보고서"),
    "itvuln": (["mois", "nhis", "lh", "haeundae"], "정보시스템 취약점 진단 결과 보고", ["OIDA-9-1-3"], "검토보고서"),
    "police_coop": (["suwon", "mapo", "chuncheon"], "수사기관 공조 요청에 따른 자료 제출", ["OIDA-9-1-4"], "공문"),
    "fraud_referral": (["jeonju", "cheonan", "haeundae"], "보조금 부정수급 의심 사업자 수사의뢰 검토", ["OIDA-9-1-4"], "검토보고서"),
    "reorg": (["mcst", "moel", "me", "nhis"], "하반기 조직개편(안) 내부 검토", ["OIDA-9-1-5"], "검토보고서"),
    "vetting": (["mois"], "고위공무원 승진 후보자 인사검증 결과", ["OIDA-9-1-5", "OIDA-9-1-6"], "내부결재 보고서"),
    "gb_release": (["molit", "suwon"], "개발제한구역 해제 후보지 검토", ["OIDA-9-1-5", "OIDA-9-1-8"], "검토보고서"),
    "housing": (["lh", "molit"], "신규 공공주택지구 후보지 사전 검토", ["OIDA-9-1-8"], "검토보고서"),
    "counsel": (["nhis", "kepco", "moel"], "직원 심리상담 개인별 결과 통보", ["OIDA-9-1-6", "PIPA-23"], "내부결재 보고서"),
    "whistle": (["haeundae", "pohang", "kwater"], "공익신고 접수 및 조사 진행 현황", ["OIDA-9-1-4", "OIDA-9-1-6"], "내부결재 보고서"),
    "eulji": (["mois", "chuncheon", "jeju"], "을지연습 상황 메시지 부여 및 평가 계획", ["OIDA-9-1-2"], "내부결재 보고서"),
    "evaluators": (["pps"], "기술평가위원 후보자 명단 및 선정 계획", ["OIDA-9-1-5", "OIDA-9-1-6"], "내부결재 보고서"),
    "audit_mid": (["bai"], "기반시설 구축사업 감사 중간 결과", ["OIDA-9-1-4", "OIDA-9-1-5"], "감사 결과"),
    "contact": (["mapo", "pohang", "jeju"], "재난 비상연락망 및 청사 방호근무 편성", ["OIDA-9-1-3", "OIDA-9-1-6"], "내부결재 보고서"),
    "labor": (["kwater", "kepco", "nhis"], "임금·단체교섭 대응 전략", ["OIDA-9-1-5"], "검토보고서"),
    "rail": (["suwon", "jeonju", "cheonan"], "도시철도 2호선 노선 대안 검토", ["OIDA-9-1-5", "OIDA-9-1-8"], "검토보고서"),
}


def expand(lines):
    out = []
    for x in lines:
        out.append(x if isinstance(x, tuple) else P(x))
    return out


def t_daewoe(kind, pos, years=(1998, 2026), ocr=False, field=False, long=None):
    ags, title, reasons, genre = DW_TOPICS[kind]
    while True:
        date = rdate(*years)
        ok = [a for a in ags if AG[a].valid(date[0])]
        if ok:
            ag = ch(ok)
            break
    y = date[0]
    body = body_dw(kind, y, ag)
    if long:
        body = body + long_extra(long, y)
    stated = gg("non_public", rnums(reasons)) if field else None
    if genre == "공문":
        blocks, _ = gongmun(ag, y, date, title, [x for x in body if isinstance(x, str)], recv=f"{ch(['○○경찰서장', '○○지방경찰청장'])}(수사과장)",
                            gg_str=stated, dept=ch(DW_DEPT[kind]))
    else:
        sec_cell = daewoe_stamp(date, ocr) if pos == "table" else None
        blocks, _, _ = report(ag, y, date, title, [], gg_str=stated, hdr="table" if pos == "table" else ch(["right", "plain", "table"]),
                              sec_cell=sec_cell, dept=ch(DW_DEPT[kind]))
        blocks += expand(body)
    if pos == "table":
        cue = ["header_table_cell"]
    else:
        blocks, cue = apply_marking(blocks, "대외비", pos, date, ocr)
    if stated:
        cue.append("disclosure_field")
    return dict(blocks=blocks, disclosure="non_public", marking="대외비", reasons=list(reasons), genre=genre,
                template=f"daewoe_{kind}", cue=cue, date=date, title=title, stated=stated,
                why="대외비 carried by the document; 대외비 rests on the 시행규칙 → no OIDA-9-1-1, content reasons only: " + ", ".join(reasons))


# ---------------------------------------------------------------------------
# content: mention-only documents (marking none)
# ---------------------------------------------------------------------------
def mk(blocks, disclosure, reasons, genre, template, cue, date, title, why, stated=None, marking="none", mention=False):
    return dict(blocks=blocks, disclosure=disclosure, marking=marking, reasons=list(reasons), genre=genre, template=template,
                cue=cue, date=date, title=title, why=why, stated=stated, mention=mention)


def t_sec_training(v):
    date = rdate(2008, 2026)
    y = date[0]
    ag = pick_ag(["mois", "moe", "me", "nhis", "suwon", "pohang", "kepco", "lh"], y)
    ex_until = dfmt(yplus(date, 2), "dot")
    title = ch([f"{y}년 {ch(['상반기', '하반기'])} 직원 보안교육 자료", "비밀·대외비 문서 취급 요령", "신규 직원 보안업무 안내"])
    lines = [
        "1. 비밀의 구분(「보안업무규정」 제4조)",
        "  ○ Ⅰ급비밀: 누설되는 경우 대한민국과 외교관계가 단절되고 전쟁을 일으키며, 국가의 방위계획·정보활동 등을 위태롭게 하는 비밀",
        "  ○ Ⅱ급비밀: 누설되는 경우 국가안전보장에 막대한 지장을 끼칠 우려가 있는 비밀",
        "  ○ Ⅲ급비밀: 누설되는 경우 국가안전보장에 손해를 끼칠 우려가 있는 비밀",
        "  ○ 대외비: 비밀 외에 직무 수행상 특별히 보호가 필요한 사항으로 「보안업무규정 시행규칙」에 따라 비밀에 준하여 관리",
        "2. 표시 방법",
        "  ○ 비밀은 문서 매면 상단과 하단 중앙에 등급을 표시하고, 첫 면 하단에 예고문을 기재",
        f"    (예시) 예고문: {ex_until}까지 Ⅲ급비밀, 이후 일반문서로 재분류",
        f"  ○ 대외비는 \"대외비\" 표시와 함께 보호기간을 적음  (예시) {ex_until}까지 대외비",
        "  ○ 비밀 사본을 만들 때에는 사본번호를 부여하고 비밀관리기록부에 기록",
        "3. 자주 적발되는 위반 사례",
        "  ○ 대외비 문서를 일반 문서철에 혼철하거나 개인 PC에 저장",
        "  ○ 비밀 열람 후 비밀열람기록전 미기재, 보호기간 경과 비밀의 재분류 미실시",
        "  ○ 업무용 PC 비밀번호를 모니터에 부착",
        "4. 문의: 보안담당관실(내선 " + str(n_(1000, 9999)) + ")"]
    if v == 1:
        lines += ["", "[확인 퀴즈] 다음 중 옳은 것은?",
                  "  ① Ⅲ급비밀 문서는 USB에 저장하여 가정에서 검토할 수 있다. (X)",
                  "  ② 대외비 문서는 보호기간이 지나면 일반문서로 재분류할 수 있다. (O)",
                  "  ③ 비밀 표시는 문서 첫 면에만 하면 된다. (X)"]
    if v == 2:
        lines = lines[:1] + ["  ※ 아래 등급 표시 예시는 교육용이며, 이 자료는 일반문서임"] + lines[1:]
    blocks = [P(title, "title"), P(f"{ag_name(ag, y)} 보안담당관", "right"), P("")] + [P(x) for x in lines]
    return mk(blocks, "public", [], "안내문", "mention_security_training", ["mention_only"], date, title,
              "security-training material quoting grade names, 예고문 and 대외비 examples; the material itself is unclassified and disclosable",
              mention=True)


def t_oida_guide(v):
    date = rdate(2010, 2026)
    y = date[0]
    ag = pick_ag(["mapo", "suwon", "haeundae", "jeonju", "chuncheon", "nhis", "lh", "kostat"], y)
    title = ch(["정보공개 청구 안내", "정보공개 제도 안내", "정보공개 처리 절차 및 비공개 대상 정보 안내"])
    lines = ["□ 정보공개 청구 방법: 정보공개포털(www.open.go.kr), 방문, 우편, 팩스",
             "□ 공개 여부 결정: 청구일부터 10일 이내(부득이한 경우 10일 연장)",
             "□ 비공개 대상 정보(「공공기관의 정보공개에 관한 법률」 제9조제1항)",
             "  1호 다른 법률 또는 법률이 위임한 명령에 따라 비밀이나 비공개 사항으로 규정된 정보",
             "  2호 국가안전보장·국방·통일·외교관계 등에 관한 사항",
             "  3호 국민의 생명·신체 및 재산의 보호에 현저한 지장을 초래할 우려가 있는 정보",
             "  4호 진행 중인 재판, 범죄의 예방·수사 등에 관한 정보",
             "  5호 감사·감독·검사·시험·규제·입찰계약·기술개발·인사관리, 의사결정 과정 또는 내부검토 과정에 있는 사항",
             "  6호 성명·주민등록번호 등 개인에 관한 사항으로 사생활의 비밀 또는 자유를 침해할 우려가 있는 정보",
             "  7호 법인·단체 또는 개인의 경영상·영업상 비밀",
             "  8호 공개될 경우 부동산 투기, 매점매석 등으로 특정인에게 이익 또는 불이익을 줄 우려가 있는 정보",
             "□ 원문정보 공개 표시 예시",
             "  ○ 결재문서 하단 공개구분란에 \"공개\", \"부분공개(6)\", \"비공개(제9조 제1항 제5호)\"와 같이 표시",
             "  ○ 부분공개 문서는 비공개 부분을 가리고 공개",
             "□ 불복 구제: 이의신청(30일 이내), 행정심판·행정소송"]
    if v == 1:
        lines.append("□ 수수료: 열람 1일 1시간 기준 무료, 사본(A4) 1매 250원(2매부터 50원)")
    blocks = [P(title, "title"), P(f"{ag_name(ag, y)}  {ch(['정보공개 담당', '기록관', '행정지원과'])}", "right")] + [P(x) for x in lines]
    return mk(blocks, "public", [], "안내문", "mention_oida_guide", ["mention_only"], date, title,
              "정보공개 guide quoting 제9조 items and example fields 부분공개(6)/비공개(5); a public guide", mention=True)


def t_password(v):
    date = rdate(2006, 2026)
    y = date[0]
    ag = pick_ag(["mois", "moel", "mohw", "mapo", "cheonan", "nhis", "kwater", "pps"], y)
    title = ch(["업무용 PC 비밀번호 변경 안내", "업무포털 비밀번호 정기 변경 알림", "전자결재시스템 비밀번호 보안 강화 안내"])
    body = [f"1. {ch(['정보보안 기본지침', '보안업무 시행세칙'] + (['개인정보의 안전성 확보조치 기준'] if y >= 2012 else []))}에 따라 업무용 계정의 비밀번호를 정기적으로 변경하고자 합니다.",
            f"2. 변경 기한: {dfmt(dplus(date, 14))}까지",
            "3. 비밀번호 작성 규칙",
            "  가. 영문·숫자·특수문자 조합 9자리 이상",
            "  나. 직전에 사용한 비밀번호 및 생일·전화번호 등 추측하기 쉬운 비밀번호 사용 금지",
            "  다. 비밀번호를 모니터·책상 등에 메모하여 부착하지 말 것",
            "4. 기한 내 미변경 시 계정이 잠기며, 잠금 해제는 정보화담당관실로 요청하시기 바랍니다."]
    if v == 0:
        stated = gg("public")
        blocks, _ = gongmun(ag, y, date, title, body, recv="내부결재" if chance(0.3) else "각 부서장", gg_str=stated)
    else:
        blocks = [P(title, "title"), P("")] + [P(x) for x in body] + [P(f"{ag_name(ag, y)} 정보화담당관", "right")]
        stated = None
    return mk(blocks, "public", [], "공문" if v == 0 else "안내문", "mention_password_notice", ["mention_only"] + (["disclosure_field"] if stated else []),
              date, title, "비밀번호 notice: the word 비밀 appears only in 비밀번호; nothing exempt", stated=stated, mention=True)


def t_declass(v):
    date = rdate(2012, 2026)
    y = date[0]
    ag = pick_ag(["mnd", "mois", "mofa", "mma", "unif"], y)
    title = ch(["비밀 재분류 결과 통보", "보호기간 만료 비밀의 일반문서 재분류 알림", "비밀 해제(재분류) 및 기록물 이관 안내"])
    rows = [["연번", "문서명", "원 등급", "생산연도", "재분류일", "재분류 결과"]]
    for i in range(n_(2, 4)):
        g = ch(["Ⅲ급비밀", "Ⅲ급비밀", "Ⅱ급비밀", "대외비"])
        py = n_(1995, y - 6)
        rows.append([str(i + 1), ch(["○○지역 훈련 계획", "비상대비 업무 지침", "관계기관 협조 체계 개선안", "청사 방호 계획(구)", "동원 자원 관리 지침"]),
                     g, str(py), dfmt((y, 1, 1), "dot"), "일반문서"])
    body = ["1. 「보안업무규정」 및 같은 규정 시행규칙에 따라 보호기간이 만료된 비밀을 심사한 결과, 아래 문서를 일반문서로 재분류하였음을 알려드립니다.",
            T(rows),
            "2. 재분류된 문서는 비밀 표시를 삭선 처리하고 재분류 근거를 기재하였으며, 일반 기록물로 관리하시기 바랍니다.",
            "3. 재분류 대상 중 공개 여부는 정보공개 심의를 거쳐 별도로 정할 예정입니다."]
    blocks, _ = gongmun(ag, y, date, title, [x for x in body if isinstance(x, str)], recv="수신자 참조", gg_str=gg("public") if chance(0.6) else None)
    # put the table back after the first paragraph of the body
    idx = next(i for i, b_ in enumerate(blocks) if b_[0] == "p" and b_[1].startswith("1. 「보안업무규정」"))
    blocks.insert(idx + 1, body[1])
    return mk(blocks, "public", [], "공문", "mention_declassification", ["mention_only", "table_cell"], date, title,
              "declassification notice listing former grades; the notice itself carries no marking", mention=True)


def t_personnel_grade(v):
    date = rdate(1992, 2026)
    y = date[0]
    ag = pick_ag(["mois", "moel", "me", "mohw", "mofa", "unif", "molit"], y)
    title = "인 사 발 령" if chance(0.5) else "인사발령 통지"
    if y < 2006:
        grades = [("승진", "2급(이사관)", "기획관리실장"), ("승진", "3급(부이사관)", "○○국장"), ("전보", "3급(부이사관)", "○○심의관"),
                  ("승진", "4급(서기관)", "○○과장"), ("전보", "1급(관리관)", "○○실장")]
    else:
        grades = [("승진", "고위공무원(나급)", "○○정책관"), ("전보", "고위공무원(가급)", "○○실장"), ("승진", "3급(부이사관)", "○○기획관"),
                  ("승진", "4급(서기관)", "○○과장"), ("전보", "4급(서기관)", "○○담당관"), ("직무대리", "5급(행정사무관)", "○○팀장 직무대리")]
    R.shuffle(grades)
    rows = [["구분", "직급", "발령사항", "성명"]]
    for g in grades[:n_(3, 5)]:
        rows.append([g[0], g[1], g[2].replace("○○", ch(["정책", "재정", "인사", "감사", "혁신", "홍보"])) + ("에 보함" if chance(0.5) else ""), name()])
    blocks = [P(title, "title"), P(f"{ag_name(ag, y)}", "center"), T(rows), P(f"{dfmt(date)}자"), P(f"{AG[ag].sender(y)}", "center")]
    if v == 1:
        blocks.append(P("※ Ⅰ급·Ⅱ급 비밀취급인가는 보직 변경에 따라 재심사 예정", "small"))
    return mk(blocks, "public", [], "인사 발령", "mention_personnel_grades", ["mention_only", "table_cell"], date, title,
              "인사 발령 using civil-service grades (1급~5급, 고위공무원); officials' names and posts are disclosable (제6호 라목)",
              mention=True)


def t_cover_secret(v):
    date = rdate(2004, 2026)
    y = date[0]
    ag = pick_ag(["mnd", "mofa", "unif", "mois", "mma"], y)
    grade = ch(["Ⅱ급비밀", "Ⅲ급비밀", "Ⅲ급 비밀", "3급 비밀"]) if v != 3 else "대외비"
    doc = ch(["○○ 대비 협조 계획", "관계기관 합동 훈련 계획", "비상대비 업무 조정안", "위기관리 매뉴얼 개정본"])
    title = f"{doc} 송부"
    body = [f"1. 관련: {ch(['국방부', '외교부', '행정안전부'])} {ch(['군사정책과', '안보정책과', '비상대비정책과'])}-{n_(100, 9999)}({dfmt(dplus(date, -20), 'dot')})",
            f"2. 위 호와 관련하여 우리 {'부' if AG[ag].kind == 'ministry' else '청'}에서 작성한 「{doc}」({grade})을 송부하니 업무에 참고하시기 바랍니다.",
            f"3. 붙임 문서는 {grade}로서 {ch(['비밀 전달 절차에 따라 인편으로 별도 송부', '비밀 송달 요원을 통해 별도 전달', '보안 전송 시스템으로 별도 송부'])}하며, 이 공문에는 첨부하지 않습니다.",
            "4. 접수 기관은 비밀관리기록부에 등재한 후 지정된 취급자만 열람하도록 하여 주시기 바랍니다."]
    attach = [f"{doc}({grade}) 1부(별도 송부)."]
    blocks, _ = gongmun(ag, y, date, title, body, attach=attach, recv="수신자 참조",
                        recv_list=[ch(["행정안전부장관", "국방부장관", "외교부장관"]), ch(["○○도지사", "○○광역시장"])],
                        gg_str=gg("public") if chance(0.7) else None)
    return mk(blocks, "public", [], "공문", "mention_cover_letter_secret", ["mention_only", "attachment_statement"], date, title,
              f"cover letter; the attachment ({grade}) is sent separately, the letter itself is unclassified",
              stated=None, mention=True)


def t_disclosure_notice(v):
    date = rdate(2008, 2026)
    y = date[0]
    ag = pick_ag(["mapo", "suwon", "haeundae", "jeonju", "cheonan", "molit", "me", "mohw", "lh"], y)
    nm = name()
    kind = ["부분공개", "부분공개", "비공개", "공개"][v % 4]
    req = ch(["○○ 도시개발사업 보상 관련 회의자료 일체", "20XX년 ○○위원회 회의록 및 참석자 명단".replace("20XX", str(y - 1)),
              "○○ 용역 최종보고서 및 원가계산서", "○○ 공사 감리 일지", "구청장 업무추진비 집행 내역"])
    rows = [["청구 내용", req],
            ["공개 내용", "회의자료 본문, 위원회 의결 사항" if kind != "비공개" else "-"],
            ["비공개(전부 또는 일부) 내용 및 사유",
             {"부분공개": ch(["위원 성명·연락처: 「공공기관의 정보공개에 관한 법률」 제9조제1항제6호\n원가계산서 중 단가 산출 내역: 같은 항 제7호",
                               "참석자 개인정보: 정보공개법 제9조 제1항 제6호"]),
              "비공개": "의사결정 과정에 있는 사항으로 공개될 경우 업무의 공정한 수행에 현저한 지장(법 제9조제1항제5호)",
              "공개": "-"}[kind]],
            ["공개 일시", f"{dfmt(dplus(date, 3))} 10:00" if kind != "비공개" else "-"],
            ["공개 방법", ch(["전자파일(정보공개포털)", "사본 교부", "열람"]) if kind != "비공개" else "-"],
            ["수수료", ch(["무료", "1,250원", "3,500원"]) if kind != "비공개" else "-"]]
    body = [f"1. 귀하께서 {dfmt(dplus(date, -9))} 청구하신 정보공개 청구(접수번호 {n_(10000000, 99999999)})에 대하여 다음과 같이 결정하였음을 알려드립니다.",
            "2. 정보공개 여부 결정에 대하여 불복이 있는 경우 이 통지를 받은 날 또는 비공개 결정이 있은 후 20일이 경과한 날부터 30일 이내에 이의신청을 하거나, 90일 이내에 행정심판 또는 행정소송을 제기할 수 있습니다."]
    hdr = [P(f"정보 {kind} 결정 통지서", "title")]
    recv = f"{nm} 귀하 (우 {n_(10000, 63999)} {home_addr()})"
    blocks, _ = gongmun(ag, y, date, f"정보 {kind} 결정 통지", body, recv=recv, gg_str=None)
    i = next(k for k, b_ in enumerate(blocks) if b_[0] == "p" and b_[1].startswith("1. 귀하께서"))
    blocks.insert(i + 1, T(rows))
    if v % 2 == 0:
        blocks = hdr + blocks
    return mk(blocks, "partial", ["OIDA-9-1-6"], "정보공개 결정 통지서", "mention_disclosure_notice", ["mention_only", "recipient_block"], date,
              f"정보 {kind} 결정 통지", "notice addressed to a named private claimant with home address → remove personal data (제6호); the 제9조 citations describe the requested records, not this notice",
              mention=True)


def t_sec_audit_summary(v):
    date = rdate(2009, 2026)
    y = date[0]
    ag = pick_ag(["mois", "me", "moel", "suwon", "jeju", "nhis"], y)
    title = f"{y - 1}년도 보안감사 결과 공개"
    rows = [["지적 분야", "지적 내용", "건수", "처분"],
            ["문서보안", "대외비 문서를 일반 문서철에 혼철 관리", str(n_(1, 5)), "주의"],
            ["문서보안", "Ⅲ급비밀 비밀관리기록부 기재 누락", str(n_(1, 3)), "시정"],
            ["정보보안", "업무용 PC 비밀번호 장기 미변경", str(n_(5, 30)), "주의"],
            ["시설보안", "보호구역 출입 기록 관리 미흡", str(n_(1, 4)), "개선"]]
    blocks = [P(title, "title"), P(f"{ag_name(ag, y)} 감사담당관", "right"),
              P(f"1. 감사 기간: {dfmt(dplus(date, -40))} ~ {dfmt(dplus(date, -30))}"),
              P("2. 감사 대상: 본청 및 소속기관 보안업무 전반"), P("3. 지적 사항"), T(rows),
              P("4. 조치: 지적 부서는 30일 이내 조치 결과를 제출하고, 재발 방지를 위해 보안교육 실시"),
              P("※ 이 자료는 「공공감사에 관한 법률」에 따른 감사결과 공개 자료임", "small")]
    return mk(blocks, "public", [], "감사 결과", "mention_security_audit_summary", ["mention_only", "table_cell"], date, title,
              "published audit summary mentioning 대외비/Ⅲ급비밀 handling errors; no personal data", mention=True)


def t_committee_result(v):
    date = rdate(2012, 2026)
    y = date[0]
    ag = pick_ag(["mapo", "suwon", "cheonan", "me", "molit"], y)
    title = f"{y}년 제{n_(1, 9)}차 정보공개심의회 심의 결과"
    blocks = [P(title, "title"),
              P(f"1. 일시: {dfmt(date)} {n_(10, 16)}:00  /  장소: {ag_name(ag, y)} 소회의실"),
              P(f"2. 참석: 위원장(기획조정실장) 등 위원 {n_(5, 7)}명(외부위원 {n_(3, 4)}명 포함)"),
              P("3. 심의 안건 및 결과"),
              T([["안건", "청구 정보", "심의 결과"],
                 ["제1호", "○○ 용역 최종보고서", "부분공개(원가 산출 내역은 제9조 제1항 제7호로 비공개)"],
                 ["제2호", "○○위원회 회의록", "부분공개(발언자 성명은 제6호에 따라 비공개)"],
                 ["제3호", "감사 진행 중 자료", "비공개(제4호·제5호)"]]),
              P("4. 향후 조치: 심의 결과에 따라 청구인에게 결정 통지")]
    return mk(blocks, "public", [], "회의록", "mention_disclosure_committee", ["mention_only", "table_cell"], date, title,
              "public summary of a 정보공개심의회 meeting; quotes 비공개 grounds for other records, contains no protected content",
              mention=True)


def t_nda(v):
    date = rdate(2010, 2026)
    y = date[0]
    ag = pick_ag(["pps", "lh", "kepco", "kwater", "mois"], y)
    title = "용역사업 참여인력 보안서약서 제출 안내"
    body = ["1. 「용역업체 보안관리 지침」에 따라 우리 기관 용역사업에 참여하는 인력은 사업 착수 전 보안서약서를 제출하여야 합니다.",
            "2. 주요 내용",
            "  가. 사업 수행 중 알게 된 비밀·대외비 및 비공개 자료를 외부에 누설하지 않을 것",
            "  나. 제공받은 자료는 사업 종료 시 반납하거나 파기 확인서를 제출할 것",
            "  다. 시스템 접속 계정과 비밀번호를 타인과 공유하지 않을 것",
            "3. 제출 기한: 착수계 제출 시 함께 제출"]
    stated = gg("public")
    blocks, _ = gongmun(ag, y, date, title, body, attach=["보안서약서 서식 1부."], recv=ch(COMPANY) + " 대표", gg_str=stated)
    return mk(blocks, "public", [], "공문", "mention_nda_notice", ["mention_only", "disclosure_field"], date, title,
              "notice about confidentiality pledges mentioning 비밀·대외비; the notice is public and says so", stated=stated, mention=True)


# ---------------------------------------------------------------------------
# content: public documents
# ---------------------------------------------------------------------------
PRESS = [
    ("mois", "지역 안전 취약시설 {n}곳 합동 점검 결과 발표", ["□ 점검 결과 {a}곳에서 {b}건의 위험 요인을 발견하여 즉시 보수 조치하였다.",
                                                   "□ 주요 지적 사항은 노후 옹벽 균열, 배수로 막힘, 안전 난간 미설치 등이다."]),
    ("moel", "청년 일자리 지원사업 참여기관 {n}곳 선정", ["□ 이번에 선정된 기관에는 1인당 월 최대 {a}만 원의 인건비가 지원된다.",
                                              "□ 선정 결과는 누리집에서 확인할 수 있다."]),
    ("me", "미세먼지 저감 우수 지자체 {n}곳 포상", ["□ 평가는 배출원 관리, 주민 참여, 취약계층 보호 등 {a}개 지표로 이뤄졌다.",
                                          "□ 우수 지자체 공무원 {b}명에게는 장관 표창이 수여된다."]),
    ("suwon", "제{n}회 시민 문화축제 개최", ["□ 축제는 {a}일간 시청 광장과 주요 거리에서 열린다.", "□ 행사 기간 중 일부 도로는 교통이 통제된다."]),
    ("forest", "봄철 산불 조심 기간 운영", ["□ 올해 산불은 전년 대비 {a}% 감소하였으나 대형 산불 위험은 여전하다.",
                                    "□ 산림 인접지 소각 행위는 과태료 부과 대상이다."]),
    ("kostat", "{y}년 {m}월 고용동향 발표", ["□ 취업자는 전년 동월 대비 {a}만 명 증가하였다.", "□ 고용률은 {b}.{c}%로 전년 동월 대비 상승하였다."]),
    ("mohw", "노인 일자리 사업 {n}만 개 확대", ["□ 참여자 모집은 {a}월부터 읍면동 주민센터에서 진행된다.", "□ 공익활동형 참여자 활동비는 월 {b}만 원이다."]),
    ("jeju", "관광객 안전 수칙 안내 캠페인 전개", ["□ 주요 관광지 {a}곳에서 안전 수칙 안내판을 새로 설치한다.", "□ 외국어 안내 서비스도 확대한다."]),
    ("molit", "교통안전 취약 구간 {n}곳 개선 완료", ["□ 개선 구간의 교통사고는 사업 전 대비 {a}% 감소할 것으로 기대된다.",
                                           "□ 총사업비는 {b}억 원이며, 국비와 지방비가 각 50%씩 투입되었다."]),
]


def t_press(v):
    ag, ttl, paras = PRESS[v % len(PRESS)]
    date = rdate(2009, 2026)
    while not AG[ag].valid(date[0]):
        date = rdate(2009, 2026)
    y = date[0]
    fill = dict(n=n_(3, 60), a=n_(5, 90), b=n_(10, 95), c=n_(0, 9), y=y, m=n_(1, 12))
    title = ttl.format(**fill)
    head = AG[ag].head
    headnm = name()
    chief, staff = name(), name()
    pdept = ch(AG[ag].depts)
    nm = ag_name(ag, y)
    who = (f"{nm}({head} {headnm})" if chance(0.7) else nm) + josa(nm)
    ph = tel(ag, y)
    blocks = [P("보 도 자 료" if chance(0.5) else "보도자료", "title"),
              T([["보도 일시", f"{dfmt(date)}({wd(date)}) {ch(['06:00', '12:00', '즉시'])} 이후", "배포 일시", dfmt(date)],
                 ["담당 부서", pdept, "책임자", f"과장 {chief} ({ph})"],
                 ["", "", "담당자", f"{ch(['사무관', '주무관', '서기관'])} {staff} ({tel(ag, y)})"]]),
              P(title, "center"),
              P(f"- {ch(['관계기관 합동', '현장 중심', '주민 참여형'])} 추진, {ch(['하반기 확대 예정', '성과 공유회 개최', '누리집 공개'])} -"),
              P(f"□ {who} {dfmt(date, 'kor')} '{title}' 내용을 발표했다."),
              ] + [P(x.format(**fill)) for x in paras] + [
              P(f"□ {headnm} {head}은 \"{ch(['현장의 목소리를 정책에 반영하겠다', '국민이 체감하는 변화를 만들겠다', '관계기관과 협력해 빈틈없이 추진하겠다'])}\"라고 말했다."),
              P(f"※ 문의: {pdept} {staff} ({ph})", "small")]
    if v == 4:
        blocks += expand(long_extra("press", y))
    return mk(blocks, "public", [], "보도자료", "public_press_release", ["content_only"], date, title,
              "press release; names, titles and office numbers of officials acting in office are disclosable (제9조 제1항 제6호 라목)")


GM_PUBLIC = [
    ("{y}년 {hc} 업무 협의회 개최 알림", ["1. {y}년 {hc} 업무 협의회를 다음과 같이 개최하오니 담당자가 참석할 수 있도록 협조하여 주시기 바랍니다.",
                                    "  가. 일시: {d} 14:00~16:00", "  나. 장소: {place}", "  다. 참석 대상: 각 기관 업무 담당 과장 또는 팀장",
                                    "2. 회의 자료는 회의 당일 배부할 예정입니다."], "회의 진행 계획 1부."),
    ("{topic} 교육 참석 협조 요청", ["1. {topic} 역량 강화를 위한 교육을 아래와 같이 실시하고자 합니다.",
                                "  가. 교육 일시: {d} 10:00~17:00", "  나. 교육 장소: {place}", "  다. 교육 대상: 관련 업무 담당자 1명",
                                "2. 참석자 명단은 {d2}까지 전자우편으로 제출하여 주시기 바랍니다."], "참석자 명단 서식 1부."),
    ("{yp}년 {hp} 정기 통계자료 제출 요청", ["1. 「통계법」에 따른 승인통계 작성을 위해 {yp}년 {hp} 실적 자료를 요청합니다.",
                                       "2. 제출 기한: {d2}까지", "3. 제출 방법: 행정정보공동이용시스템 또는 전자문서"], "제출 서식 1부."),
    ("{topic} 제도 개선 의견 조회", ["1. {topic} 관련 제도 개선을 위해 관계기관 의견을 조회합니다.",
                                "2. 검토 의견이 있는 경우 {d2}까지 회신하여 주시고, 의견이 없는 경우에도 \"의견 없음\"으로 회신 바랍니다."], "제도 개선(안) 1부."),
    ("{topic} 시설 합동점검 일정 알림", ["1. {topic} 시설 합동점검을 다음과 같이 실시하오니 협조하여 주시기 바랍니다.",
                                     "  가. 점검 기간: {d} ~ {d2}", "  나. 점검 반: 관계 공무원 및 민간 전문가",
                                     "2. 점검 결과 지적 사항은 30일 이내 조치 결과를 제출하여야 합니다."], "점검 계획 1부."),
    ("{topic} 홍보 협조 요청", ["1. {topic}을(를) 널리 알리기 위해 기관 누리집 및 전광판 게시에 협조하여 주시기 바랍니다.",
                             "2. 홍보 기간: {d} ~ {d2}", "3. 홍보물은 붙임 파일을 활용하시기 바랍니다."], "홍보물 파일 1부."),
]
TOPICS = ["재난안전", "개인정보 보호", "정보공개 업무", "청렴 교육", "기록관리", "적극행정", "민원 서비스", "에너지 절약", "도로 유지관리", "지역 축제"]
TOPIC_FROM = {"개인정보 보호": 2011, "정보공개 업무": 1998, "청렴 교육": 2002, "기록관리": 2000, "적극행정": 2019}


def topics_for(y):
    return [t for t in TOPICS if TOPIC_FROM.get(t, 0) <= y]


def t_gongmun_public(v):
    date = rdate(1993, 2003) if v % 5 == 4 else rdate(2004, 2026)
    y = date[0]
    ag = pick_ag(list(AG.keys()), y)
    while AG[ag].kind == "agency2" or ag in ("jcs",):
        ag = pick_ag(list(AG.keys()), y)
    ttl, body, att = GM_PUBLIC[v % len(GM_PUBLIC)]
    yp, hp = (y - 1, "하반기") if date[1] <= 6 else (y, "상반기")
    fill = dict(y=y, hc="상반기" if date[1] <= 6 else "하반기", yp=yp, hp=hp, d=dfmt(dplus(date, 10)), d2=dfmt(dplus(date, 20)),
                place=f"{ag_name(ag, y)} {ch(['대회의실', '별관 2층 회의실', '교육장'])}", topic=ch(topics_for(y)))
    title = ttl.format(**fill)
    stated = gg("public") if (y >= 2004 and chance(0.8)) else None
    attach = [att] if ("붙임" in " ".join(body) or chance(0.4)) else None
    blocks, _ = gongmun(ag, y, date, title, [x.format(**fill) for x in body], attach=attach,
                        recv=ch(["수신자 참조", "각 시·도지사", "각 실·국장", "관계기관장"]), gg_str=stated,
                        gg_pos=ch(["tail", "tail", "line"]),
                        recv_list=[ch(["서울특별시장", "부산광역시장", "경기도지사", "강원도지사"]), ch(["대전광역시장", "충청남도지사"])] if chance(0.4) else None)
    return mk(blocks, "public", [], "공문", "public_gongmun", ["disclosure_field"] if stated else ["content_only"], date, title,
              "routine 공문 with officials' names only" + (f"; 결문 says {stated}" if stated else ""), stated=stated)


def t_notice(v):
    date = rdate(2003, 2026)
    y = date[0]
    ag = pick_ag(["mapo", "suwon", "haeundae", "jeonju", "chuncheon", "cheonan", "pohang", "jeju"], y)
    kind = v % 3
    if kind == 0:
        title = f"{ch(['○○지구', '△△동 일원', '□□천 주변'])} {ch(['도시계획시설 결정(안)', '정비계획(안)', '하천 정비사업'])} 주민설명회 개최 공고"
        lines = [f"1. 일시: {dfmt(dplus(date, 14))} 14:00", f"2. 장소: {ch(['○○동 주민센터 3층', '구민회관 대강당', '시청 대회의실'])}",
                 "3. 설명 내용: 사업 개요, 추진 일정, 주민 의견 수렴", "4. 의견 제출: 설명회 현장 또는 서면(공람 기간 중)",
                 f"{dfmt(date)}", f"{AG[ag].sender(y)}"]
    elif kind == 1:
        title = "도로 교통 통제 안내"
        lines = [f"□ 통제 구간: {ch(ROADS)} {ch(['○○사거리~△△교차로', '시청 앞~○○역'])}", f"□ 통제 기간: {dfmt(dplus(date, 7))} ~ {dfmt(dplus(date, 9))}",
                 "□ 사유: 상수도관 교체 공사", "□ 우회 도로를 이용하여 주시기 바랍니다.", f"□ 문의: {ch(AG[ag].depts)} {tel(ag, y)}"]
    else:
        title = f"{y}년 {ch(['무료 건강검진', '찾아가는 복지상담', '생활폐기물 배출 요령'])} 안내"
        lines = ["○ 대상: 관내 주민 누구나", f"○ 기간: {dfmt(dplus(date, 5))} ~ {dfmt(dplus(date, 25))}",
                 "○ 신청: 가까운 주민센터 방문 또는 전화", f"○ 문의: {ag_name(ag, y)} 콜센터"]
    blocks = [P(title, "title")] + [P(x) for x in lines]
    return mk(blocks, "public", [], "안내문", "public_notice", ["content_only"], date, title, "public notice addressed to residents")


def t_stats(v, years=(1995, 2026)):
    date = rdate(*years)
    y = date[0]
    ag = pick_ag(["kostat", "forest", "mapo", "suwon", "pohang", "moel", "mohw"], y)
    kind = v % 4
    if kind == 0:
        title = f"{y - 1}년 읍면동별 인구 및 세대 현황"
        rows = [["읍면동", "세대수", "인구(계)", "남", "여"]]
        for dn in ["중앙동", "신흥동", "효자동", "송정동", "대곡면"][:n_(3, 5)]:
            t = n_(5000, 40000)
            m = t // 2 + n_(-500, 500)
            rows.append([dn, f"{n_(2000, 18000):,}", f"{t:,}", f"{m:,}", f"{t - m:,}"])
    elif kind == 1:
        title = f"연도별 산불 발생 현황({y - 5}~{y - 1})"
        rows = [["연도", "건수", "피해면적(ha)", "주요 원인"]]
        for yy in range(y - 5, y):
            rows.append([str(yy), str(n_(200, 700)), f"{n_(300, 4000)}.{n_(0, 9)}", ch(["입산자 실화", "쓰레기 소각", "논·밭두렁 소각"])])
    elif kind == 2:
        title = f"{y}년 {date[1]}월 민원 처리 현황"
        rows = [["구분", "접수", "처리", "처리율(%)", "평균 처리일"]]
        for k in ["인허가", "제증명", "고충민원", "질의"]:
            a = n_(100, 3000)
            done = a - n_(0, 60)
            rows.append([k, f"{a:,}", f"{done:,}", f"{100 * done / a:.1f}", f"{n_(1, 9)}.{n_(0, 9)}"])
    else:
        title = f"{y - 1}년 산업별 취업자 현황"
        rows = [["산업", "취업자(천명)", "전년 대비 증감", "구성비(%)"]]
        for k in ["농림어업", "제조업", "건설업", "도소매업", "보건복지"]:
            rows.append([k, f"{n_(300, 4500):,}", f"{ch(['+', '-'])}{n_(1, 90)}", f"{n_(2, 20)}.{n_(0, 9)}"])
    blocks = [P(title, "title"), P(f"자료: {ag_name(ag, y)}  (작성 기준일 {dfmt(date)})", "right"), T(rows),
              P("※ 단위 미만은 반올림하여 합계와 일치하지 않을 수 있음", "small")]
    return mk(blocks, "public", [], "통계표", "public_statistics", ["table_cell"], date, title, "aggregate statistics, no individuals")


def t_budget(v, years=(1996, 2026)):
    date = rdate(*years)
    y = date[0]
    ag = pick_ag(["mapo", "suwon", "jeonju", "cheonan", "me", "mcst", "forest"], y)
    title = f"{y}년도 {ch(['세출예산 사업명세서', '일반회계 예산 개요', '부서별 세출예산 현황'])}"
    rows = [["사업명", f"{y}년 예산(천원)", f"{y - 1}년 예산(천원)", "증감"]]
    for k in ["청사 유지관리", "주민 편의시설 확충", "도로 보수", "문화행사 지원", "재난 예방 시설", "정보화 사업"][:n_(3, 6)]:
        a, b_ = n_(50000, 3000000), n_(50000, 3000000)
        rows.append([k, f"{a:,}", f"{b_:,}", f"{a - b_:+,}"])
    blocks = [P(title, "title"), P(f"{ag_name(ag, y)} {ch(['기획예산과', '예산담당관', '운영지원과'])}", "right"), T(rows),
              P(f"※ 세부 산출 근거는 {ch(['예산서 본책', '재정공시 누리집'])}을 참고")]
    return mk(blocks, "public", [], "예산서", "public_budget", ["table_cell"], date, title, "published budget figures")


def t_audit_public(v):
    date = rdate(2010, 2026)
    y = date[0]
    ag = pick_ag(["bai", "suwon", "jeju", "mois"], y)
    target = ch(["○○시", "△△군", "□□공단", "○○구"])
    title = f"{target} {ch(['종합감사', '기관운영감사', '특정감사'])} 결과"
    rows = [["번호", "제목", "처분 요구", "관련자"],
            ["1", "수의계약 부적정 체결", "주의", f"{ch(['계약팀장', '주무관'])} {masked(name())}"],
            ["2", "보조금 정산 검사 소홀", "시정(회수 " + f"{n_(1, 90)},{n_(100, 999)},000원)", "관계 부서"],
            ["3", "건축허가 처리기한 초과", "개선", "-"]]
    blocks = [P(title, "title"), P(f"{ag_name(ag, y)}  {dfmt(date)}", "right"),
              P(f"1. 감사 기간: {dfmt(dplus(date, -60))} ~ {dfmt(dplus(date, -45))}"), P("2. 감사 결과 처분 요구 사항"), T(rows),
              P("3. 신분상 조치: 훈계 2명, 주의 3명(관련자 성명은 공개 대상에서 제외)")]
    if v == 1:
        blocks += expand(long_extra("audit", y))
    blocks.append(P("※ 이 감사 결과는 「공공감사에 관한 법률」 제26조에 따라 공개함", "small"))
    return mk(blocks, "public", [], "감사 결과", "public_audit_result", ["content_only"], date, title,
              "completed audit published with masked names; nothing left to protect")


def t_contract_status(v):
    date = rdate(2006, 2026)
    y = date[0]
    ag = pick_ag(["pps", "lh", "mapo", "suwon", "kwater"], y)
    title = f"{y}년 {n_(1, 4)}분기 계약 체결 현황"
    rows = [["계약명", "계약방법", "계약상대자", "계약금액(원)", "계약일"]]
    for _ in range(n_(3, 5)):
        rows.append([ch(["청사 청소 용역", "전산장비 유지보수", "도로 포장 공사", "홍보물 제작", "CCTV 설치 공사"]),
                     ch(["일반경쟁", "제한경쟁", "수의계약(소액)", "협상에 의한 계약"]), ch(COMPANY),
                     f"{n_(5, 900) * 1000000 + n_(0, 999) * 1000:,}", dfmt(rdate(y, y), "dot0")])
    blocks = [P(title, "title"), P(f"{ag_name(ag, y)} 계약 담당", "right"), T(rows),
              P("※ 「지방자치단체를 당사자로 하는 계약에 관한 법률」 등에 따른 계약정보 공개", "small")]
    return mk(blocks, "public", [], "계약서", "public_contract_status", ["table_cell"], date, title,
              "published contract list: company names and amounts are disclosed by law")


def t_minutes_public(v):
    date = rdate(2005, 2026)
    y = date[0]
    ag = pick_ag(["mois", "me", "moel", "suwon", "jeju"], y)
    att = [(ch(["정책기획과장", "예산담당관", "운영지원과장", "감사담당관", "정보화담당관"]), name()) for _ in range(4)]
    title = f"{ch(['부서 간 업무 조정 회의', '주간 업무 점검 회의', '정책 협의회'])} 결과"
    blocks = [P(title, "title"),
              P(f"□ 일시/장소: {dfmt(date)} {n_(9, 16)}:00 / {ag_name(ag, y)} {ch(['소회의실', '영상회의실'])}"),
              P("□ 참석: " + ", ".join(f"{a} {b}" for a, b in att)),
              P("□ 주요 논의 내용"),
              P(f"  ○ {att[0][0]}: 하반기 주요 업무 추진 일정 공유"),
              P(f"  ○ {att[1][0]}: 예산 조기 집행 실적 점검, 부진 사업 원인 분석 요청"),
              P(f"  ○ {att[2][0]}: 부서별 협조 사항 정리 후 차기 회의 보고")]
    if v == 1:
        blocks.append(P("□ 발언 요지(상세)"))
        blocks += long_minutes([f"{a} {b}" for a, b in att], 18)
    blocks.append(P("□ 결정 사항: 부서별 추진 실적을 매월 말 제출"))
    return mk(blocks, "public", [], "회의록", "public_minutes", ["content_only"], date, title,
              "meeting of officials on routine business; officials' names in office are disclosable")


def t_personnel_order(v, years=(1994, 2026)):
    date = rdate(*years)
    y = date[0]
    ag = pick_ag(["mapo", "suwon", "pohang", "jeju", "me", "moel"], y)
    rows = [["발령 사항", "소속", "직급", "성명"]]
    for _ in range(n_(3, 6)):
        rows.append([ch(["전보", "전보", "승진임용", "신규임용", "복직"]), ch(AG[ag].depts), ch(["행정주사보", "행정주사", "지방행정주사", "행정서기", "전산주사"]), name()])
    blocks = [P("인 사 발 령", "title"), P(f"{ag_name(ag, y)}  {dfmt(date)}자", "right"), T(rows), P(AG[ag].sender(y), "center")]
    return mk(blocks, "public", [], "인사 발령", "public_personnel_order", ["table_cell"], date, "인사 발령",
              "personnel order naming officials and posts; disclosable")


def t_report_public(v):
    date = rdate(2006, 2026)
    y = date[0]
    ag = pick_ag(["mcst", "me", "moel", "suwon", "jeju", "haeundae", "kostat"], y)
    kind = v % 3
    if kind == 0:
        title = f"제{n_(3, 25)}회 {ch(['시민의 날', '지역 문화제', '청소년 과학축제'])} 행사 결과 보고"
        body = [f"1. 행사 개요: {dfmt(dplus(date, -10))} ~ {dfmt(dplus(date, -8))}, {ag_name(ag, y)} 일원",
                f"2. 참여 인원: 약 {n_(2, 40)},{n_(100, 999)}명(전년 대비 {n_(3, 30)}% 증가)",
                f"3. 예산 집행: {n_(80, 600)},{n_(100, 999)},000원(집행률 {n_(90, 99)}%)",
                "4. 성과: 지역 상권 매출 증가, 만족도 조사 결과 '만족' 이상 82%",
                "5. 개선 사항: 주차 공간 부족, 안내 인력 추가 배치 필요"]
        genre = "내부결재 보고서"
    elif kind == 1:
        title = f"{y - 1}년 {ch(['청년 일자리', '노인 돌봄', '에너지 바우처'])} 사업 성과 분석"
        body = ["1. 분석 목적: 사업 효과 점검 및 차년도 개선 방향 도출",
                T([["지표", "목표", "실적", "달성률"],
                   ["참여자 수(명)", f"{n_(500, 3000):,}", f"{n_(500, 3000):,}", f"{n_(80, 120)}%"],
                   ["만족도(점)", "80", str(n_(75, 92)), f"{n_(90, 115)}%"],
                   ["예산 집행률(%)", "95", str(n_(85, 99)), f"{n_(89, 104)}%"]]),
                "2. 분석 결과: 목표 대비 대체로 양호, 농어촌 지역 참여율 저조",
                "3. 개선 방향: 홍보 채널 다양화, 신청 절차 간소화"]
        genre = "검토보고서"
    else:
        title = f"{ch(['○○천 생태하천 복원', '△△공원 조성', '□□도서관 건립'])}사업 추진 결과 보고"
        body = [f"1. 사업 기간: {y - 2}. {n_(1, 12)}. ~ {y}. {n_(1, 12)}.",
                f"2. 사업비: {n_(10, 300)}억 원(국비 {n_(20, 50)}%)",
                "3. 주요 성과: 준공 및 개방 완료, 주민 이용 편의 향상",
                "4. 향후 관리: 시설 유지관리 계획 수립, 연 2회 안전 점검"]
        genre = "내부결재 보고서"
    stated = gg("public")
    blocks, _, _ = report(ag, y, date, title, [], gg_str=stated, hdr="table" if kind != 2 else ch(["right", "plain"]))
    blocks += expand(body)
    return mk(blocks, "public", [], genre, "public_report", ["disclosure_field", "content_only"], date, title,
              f"internal report on completed, non-sensitive business; its own field says {stated}", stated=stated)


def t_review_partial_cases(v):
    date = rdate(2010, 2026)
    y = date[0]
    ag = pick_ag(["mapo", "suwon", "cheonan", "haeundae"], y)
    title = f"{y - 1}년 반복 민원 처리 실태 분석"
    rows = [["민원인", "주소(동)", "민원 요지", "반복 횟수"]]
    for _ in range(n_(3, 5)):
        rows.append([name(), ch(["○○1동", "△△동", "□□2동"]), ch(["주차 단속 이의", "소음 피해", "도로 점용 불만", "세금 부과 이의"]), f"{n_(5, 40)}회"])
    body = ["1. 분석 개요: 최근 1년간 동일인 반복 민원 현황 및 처리 실태",
            f"2. 총괄: 반복 민원 {n_(300, 900)}건, 평균 처리기간 {n_(3, 9)}.{n_(0, 9)}일",
            "3. 주요 반복 민원인 현황", T(rows),
            "4. 개선 방안: 반복 민원 전담 상담관 지정, 종결 처리 기준 명확화"]
    blocks, _, _ = report(ag, y, date, title, [], hdr=ch(["right", "plain"]))
    blocks += expand(body)
    return mk(blocks, "partial", ["OIDA-9-1-6"], "검토보고서", "partial_review_with_citizens", ["table_cell", "content_only"], date, title,
              "analysis report is disclosable except the table naming individual complainants → partial (제6호)")


def t_internal_harmless(v):
    date = rdate(2010, 2026)
    y = date[0]
    ag = pick_ag(["mapo", "suwon", "cheonan", "nhis", "kwater", "me"], y)
    tag = ch(["[내부용]", "[대내용]", "(내부 공지)"])
    if v == 0:
        title = f"{y}년 하계휴가 실시 안내"
        lines = [f"1. 기간: {y}. 7. 1. ~ 8. 31. 중 부서별 자율 실시", "2. 부서별 업무 공백이 없도록 교대로 실시",
                 "3. 휴가 계획은 전자인사관리시스템에 사전 등록"]
    else:
        title = "구내식당 운영 시간 변경 안내"
        lines = ["1. 변경 사유: 시설 보수 공사", f"2. 변경 기간: {dfmt(dplus(date, 3))} ~ {dfmt(dplus(date, 17))}",
                 "3. 중식 11:30~13:00(30분 단축), 석식 미운영"]
    blocks = [P(tag, "small"), P(title, "title")] + [P(x) for x in lines] + [P(f"{ag_name(ag, y)} {ch(['운영지원과', '총무과'])}", "right")]
    return mk(blocks, "public", [], "안내문", "public_internal_harmless", ["first_line_informal_tag"], date, title,
              f"first-line tag {tag} is not a 보안업무규정 marking and the content has no 제9조 ground → public")


# ---------------------------------------------------------------------------
# content: partial documents
# ---------------------------------------------------------------------------
CIVIL_DEPT = ["교통행정과", "환경과", "건설과", "공원녹지과", "환경과", "세무과", "건축과", "공동주택과", "장애인복지과", "교통행정과"]
CIVIL = [
    ("불법 주정차 단속 요청", "거주지 앞 이면도로의 상습 불법 주정차로 통행이 어렵다는 내용", "해당 구간을 주정차 단속 구간에 포함하고 CCTV 설치를 검토하겠습니다"),
    ("공사장 소음 민원", "인근 신축 공사장에서 이른 아침부터 소음이 발생한다는 내용", "현장 점검 결과 소음 기준 초과가 확인되어 과태료를 부과하고 작업 시간 준수를 지도하였습니다"),
    ("보도블록 파손 보수 요청", "○○로 보도블록이 파손되어 보행 중 넘어질 뻔했다는 내용", "현장 확인 후 보수 공사를 완료하였습니다"),
    ("가로수 가지치기 요청", "가로수 가지가 2층 창문을 가린다는 내용", "수목 전정 계획에 반영하여 다음 달 중 정비하겠습니다"),
    ("악취 발생 민원", "인근 음식물 처리 시설에서 악취가 난다는 내용", "악취 측정 결과 허용 기준 이내이나 시설 개선을 권고하였습니다"),
    ("재산세 감면 문의", "1세대 1주택 재산세 특례 적용 여부 문의", "귀하의 주택은 공시가격 기준을 충족하여 특례세율이 적용됨을 알려드립니다"),
    ("건축물 용도 변경 가능 여부 질의", "소유 건물 1층을 근린생활시설로 변경할 수 있는지 질의", "주차장 설치 기준을 충족하면 용도 변경이 가능합니다"),
    ("층간소음 중재 요청", "위층 세대의 반복적인 소음으로 중재를 요청하는 내용", "공동주택 관리 분쟁조정위원회 상담을 연계해 드렸습니다"),
    ("장애인 활동지원 급여 변경 문의", "뇌병변 장애(심한 장애)로 활동지원 시간을 늘려 달라는 내용", "재조사 결과 활동지원 시간을 월 {h}시간으로 조정하였습니다"),
    ("버스 정류장 이전 요청", "정류장이 상가 입구를 막는다는 내용", "관계기관 협의 후 20m 이동 설치하기로 하였습니다"),
]


def t_civil_reply(v):
    date = rdate(2005, 2026)
    y = date[0]
    ag = pick_ag(["mapo", "suwon", "haeundae", "jeonju", "chuncheon", "cheonan", "pohang", "jeju"], y)
    topic, gist, ans = CIVIL[v % len(CIVIL)]
    nm = name()
    addr = home_addr()
    ph = mobile()
    reasons = ["OIDA-9-1-6"]
    if "장애" in topic:
        reasons.append("PIPA-23")
    foreign = v == 11
    if foreign:
        nm = ch(["응우옌 티 란", "왕샤오밍", "마리아 산토스", "굴나라 토크타로바"])
        reasons.append("PIPA-24")
    appno = f"{n_(1, 2)}AA-{y % 100:02d}{n_(1, 12):02d}-{n_(1000000, 9999999)}"
    body = [f"1. 평소 시정에 관심을 가져 주셔서 감사드립니다." if chance(0.5) else "1. 귀하의 가정에 건강과 행복이 함께하기를 바랍니다.",
            f"2. 귀하께서 {ch(['국민신문고', '새올 전자민원창구', '방문 접수'])}(신청번호 {appno})를 통해 제기하신 민원은 {gist}으로 이해됩니다.",
            f"3. 검토 결과, {ans.format(h=n_(60, 200))}.",
            f"4. 답변 내용에 대해 추가 설명이 필요하신 경우 {CIVIL_DEPT[v % len(CIVIL)]} {ch(['주무관', '팀장'])} {name()}(☎ {tel(ag, y)})에게 연락 주시면 친절히 안내해 드리겠습니다."]
    stated = gg("partial", [6], ch(["num", "num", "ho", "law"])) if chance(0.5) and y >= 2006 else None
    recv = ch([f"{nm} 귀하", f"{nm} 님", f"{nm} 귀하 (우 {n_(10000, 63999)} {addr})"])
    blocks, _ = gongmun(ag, y, date, f"민원({topic}) 처리 결과 알림" if chance(0.5) else f"{topic}에 대한 회신", body, recv=recv,
                        gg_str=stated, gg_pos="tail", dept=CIVIL_DEPT[v % len(CIVIL)])
    if "우 " not in recv or foreign:
        i = next(k for k, b_ in enumerate(blocks) if b_[0] == "p" and b_[1].startswith("제목"))
        extra_id = f", 외국인등록번호: {frn()}" if foreign else ""
        blocks.insert(i, P(f"(주소: {addr}, 연락처: {ph}{extra_id})", "small"))
    cue = ["recipient_block"] + (["disclosure_field"] if stated else [])
    return mk(blocks, "partial", reasons, "민원 회신", "partial_civil_reply", cue, date, f"{topic} 회신",
              "민원 reply to a named private citizen with address/contact → disclosable after removing personal data (제6호)"
              + ("; the complaint reveals a disability (health data, PIPA 제23조)" if "PIPA-23" in reasons else "")
              + ("; unmasked 외국인등록번호 → PIPA-24" if foreign else ""), stated=stated)


def t_roster_gongmun(v):
    date = rdate(2006, 2026)
    y = date[0]
    ag = pick_ag(["me", "moel", "mohw", "mcst", "suwon", "mapo", "jeju", "lh"], y)
    kind = v % 4 if v < 6 else 4
    reasons = ["OIDA-9-1-6"]
    if kind == 4:
        title = "관용차량 운전 교육 참가자 명단 통보"
        rows = [["성명", "소속", "운전면허번호", "면허 종별"]] + [[name(), ch(["○○동 행정복지센터", "△△사업소", "기간제 운전원"]), dlicense(), ch(["1종 보통", "1종 대형", "2종 보통"])]
                                                       for _ in range(n_(3, 5))]
        intro = "1. 관용차량 안전운전 교육 참가자의 운전면허 유효 여부 확인을 위해 명단을 통보합니다."
        reasons.append("PIPA-24")
    elif kind == 0:
        title = f"{ch(['○○정책', '△△발전', '□□심의'])}위원회 위원 위촉 결과 통보"
        rows = [["성명", "소속·직위", "생년월일", "연락처"]] + [[name(), ch(["○○대학교 교수", "△△연구원 연구위원", "변호사", "시민단체 대표"]),
                                                               dfmt(rdate(1955, 1985), "dot"), mobile()] for _ in range(n_(3, 5))]
        intro = "1. 「○○위원회 운영 조례」에 따라 위원을 위촉하였음을 알려드리며, 위촉 위원 명단은 다음과 같습니다."
    elif kind == 1:
        title = "교육 참가자 명단 제출"
        rows = [["연번", "성명", "소속", "주소", "휴대전화"]] + [[str(i + 1), name(), ch(["○○마을회", "△△자율방재단", "주민자치회"]), home_addr(), mobile()]
                                                           for i in range(n_(3, 5))]
        intro = "1. 귀 기관에서 주관하는 주민 역량강화 교육 참가자 명단을 아래와 같이 제출합니다."
    elif kind == 2:
        title = "자원봉사자 상해보험 가입 명단 송부"
        rows = [["성명", "주민등록번호", "봉사 분야", "연락처"]] + [[name(), rrn_masked(), ch(["급식 지원", "환경 정화", "방역"]), mobile()]
                                                            for _ in range(n_(3, 5))]
        intro = "1. 자원봉사 활동 중 사고에 대비하여 아래 봉사자의 상해보험 가입을 요청합니다(주민등록번호 뒷자리는 가림 처리)."
    else:
        title = "주민설명회 참석자 명부 및 의견 요지 송부"
        rows = [["성명", "거주지", "의견 요지"]] + [[name(), home_addr(), ch(["보상 기준 상향 요구", "공사 기간 중 소음 대책 요구", "사업 찬성", "진입도로 추가 개설 요구"])]
                                               for _ in range(n_(3, 5))]
        intro = "1. 주민설명회 결과 참석자 명부 및 주요 의견을 붙임과 같이 송부합니다."
    nums = [6]
    stated = gg("partial", nums)
    body = [intro, "2. 붙임 명단에는 개인정보가 포함되어 있으므로 업무 목적 외 사용을 금합니다."]
    blocks, _ = gongmun(ag, y, date, title, body, attach=["명단 1부."], recv="수신자 참조", gg_str=stated, gg_pos=ch(["tail", "line"]))
    i = next(k for k, b_ in enumerate(blocks) if b_[0] == "p" and b_[1].startswith("붙임"))
    blocks.insert(i + 1, P("[붙임] 명단", "small"))
    blocks.insert(i + 2, T(rows))
    return mk(blocks, "partial", reasons, "공문", "partial_roster_gongmun", ["disclosure_field", "attachment_table"], date, title,
              f"공문 with a roster of private persons; field {stated} agrees with content → partial (제6호)"
              + ("; unmasked driver-licence numbers → PIPA-24" if kind == 4 else ""), stated=stated)


def t_gongmun_57(v):
    date = rdate(2008, 2026)
    y = date[0]
    ag = pick_ag(["molit", "me", "pps", "lh", "kwater", "suwon"], y)
    comp = ch(COMPANY)
    title = f"{ch(['○○ 타당성 조사', '△△ 시스템 구축', '□□ 기본계획 수립'])} 용역 결과 보고 및 후속 조치 계획"
    body = ["1. 용역 개요",
            f"  가. 용역사: {comp} / 계약금액: {n_(90, 900)},{n_(100, 999)},000원",
            f"  나. 기간: {dfmt(dplus(date, -200))} ~ {dfmt(dplus(date, -10))}",
            "2. 주요 결과: 사업 타당성 확보(B/C 1.0 이상), 단계별 추진 로드맵 제시",
            f"3. [업체 제출] 단가 산출 내역: 고급기술자 노임 {n_(300, 450)},{n_(100, 999)}원/일, 자체 개발 분석 모듈 라이선스 원가 {n_(10, 90)},{n_(100, 999)},000원(업체 영업비밀 표시)",
            "4. [내부 검토 의견] 2단계 사업은 예산 협의 결과에 따라 축소·연기 검토 필요(미확정)",
            "5. 향후 계획: 결과 보고회 개최 및 관계기관 의견 수렴"]
    stated = gg("partial", [5, 7], ch(["num", "num", "numdot", "ho", "short"]))
    blocks, _ = gongmun(ag, y, date, title, body, recv="내부결재" if chance(0.5) else "수신자 참조", gg_str=stated)
    return mk(blocks, "partial", ["OIDA-9-1-5", "OIDA-9-1-7"], "공문", "partial_gongmun_5_7", ["disclosure_field"], date, title,
              f"field {stated}: the 업체 단가 산출 내역 (-7) and the undecided internal review (-5) are separable parts", stated=stated)


def t_contract_partial(v):
    date = rdate(2003, 2026)
    y = date[0]
    ag = pick_ag(["pps", "lh", "kwater", "mapo", "suwon", "kepco"], y)
    comp = ch(COMPANY)
    A = AG[ag]
    z, addr, _ = A.place(y)
    ceo = name()
    if v % 5 < 3:
        title = f"{ch(['청사 시설관리', '전산장비 유지보수', '홍보영상 제작', '수질 자동측정망 운영'])} 용역 계약서"
        blocks = [P(title, "title"),
                  T([["계약명", title.replace(" 계약서", "")], ["계약금액", f"금{n_(50, 900)},{n_(100, 999)},000원(부가가치세 포함)"],
                     ["계약기간", f"{dfmt(date)} ~ {dfmt(yplus(date, 1, False))}"], ["발주기관", f"{ag_name(ag, y)} ({addr})"],
                     ["계약상대자", f"{comp} 대표이사 {ceo} (사업자등록번호 {brn()})"]]),
                  P("제1조(목적) 이 계약은 발주기관이 의뢰한 용역의 수행에 관한 사항을 정함을 목적으로 한다."),
                  P("제2조(계약문서) 계약문서는 계약서, 과업지시서, 산출내역서 및 계약일반조건으로 구성된다."),
                  P("제3조(비밀유지) 계약상대자는 용역 수행 중 알게 된 발주기관의 정보를 누설하여서는 아니 된다."),
                  P("[별첨] 산출내역서(업체 제출, 영업비밀)", "center"),
                  T([["항목", "단가(원)", "수량", "금액(원)", "비고"],
                     ["직접인건비(특급기술자)", f"{n_(350, 480)},{n_(100, 999)}", f"{n_(20, 90)}일", f"{n_(10, 40)},{n_(100, 999)},000", "업체 자체 노임 기준"],
                     ["자체 솔루션 사용료", f"{n_(1, 9)},{n_(100, 999)},000", "1식", f"{n_(1, 9)},{n_(100, 999)},000", "원가 비공개 요청"],
                     ["일반관리비", f"{n_(5, 8)}%", "-", f"{n_(1, 9)},{n_(100, 999)},000", "업체 경영 정보"]]),
                  P(f"{dfmt(date)}"), P(f"발주기관 {A.sender(y)}   계약상대자 {comp} 대표이사 {ceo} (인)", "center")]
        reasons = ["OIDA-9-1-7"]
        why = "contract with the contractor's cost breakdown (영업비밀) attached → disclose after removing the 산출내역 (제7호)"
        cue = ["attachment_table", "content_only"]
    else:
        owner = name()
        bank, acct = account()
        title = f"물품 구매 계약서({ch(['사무용 가구', '방역 소모품', '제설용 염화칼슘'])})"
        blocks = [P(title, "title"),
                  T([["계약상대자", f"{ch(['○○상사', '△△물산', '□□유통'])}(개인사업자)"], ["대표자", owner],
                     ["대표자 주민등록번호", rrn()], ["주소", home_addr()], ["대금 지급 계좌", f"{bank} {acct} (예금주 {owner})"],
                     ["계약금액", f"금{n_(3, 40)},{n_(100, 999)},000원"]]),
                  P("제1조(납품) 계약상대자는 납품 기한까지 지정 장소에 물품을 납품하여야 한다."),
                  P("제2조(검수) 발주기관은 납품 후 5일 이내에 검수를 실시한다."),
                  P("제3조(대금 지급) 대금은 검수 완료 후 지정 계좌로 지급한다."),
                  P(f"{dfmt(date)}  발주기관 {A.sender(y)}", "center")]
        reasons = ["OIDA-9-1-6", "PIPA-24"]
        why = "sole-proprietor contract showing the owner's full RRN, home address and account → partial; unmasked RRN → PIPA-24"
        cue = ["table_cell", "content_only"]
    return mk(blocks, "partial", reasons, "계약서", "partial_contract", cue, date, title, why)


def t_minutes_partial(v):
    date = rdate(2006, 2026)
    y = date[0]
    ag = pick_ag(["mapo", "suwon", "jeonju", "cheonan", "pohang", "haeundae"], y)
    cm = ch(["도시계획위원회", "건축위원회", "지방보조금심의위원회"])
    ext = [name() for _ in range(4)]
    title = f"{y}년 제{n_(1, 12)}차 {cm} 회의록"
    blocks = [P(title, "title"),
              P(f"○ 일시: {dfmt(date)} 14:00 / 장소: {ag_name(ag, y)} 중회의실"),
              P(f"○ 참석 위원: 위원장 {ch(['부시장', '부구청장'])} {name()}, 위원 " + ", ".join(f"{n}({ch(['○○대 교수', '건축사', '변호사', '시민위원'])})" for n in ext)),
              P("○ 안건: ○○지구 지구단위계획 변경(안)"),
              P("○ 주요 발언"),
              P(f"  - {ext[0]} 위원: 용적률 상향에 따른 교통 영향 검토가 부족함. 보완 후 재상정 필요."),
              P(f"  - {ext[1]} 위원: 제가 해당 지역에 거주하고 있어 주민 불편을 잘 알고 있음. 보행로 확보 필요."),
              P(f"  - {ext[2]} 위원: 원안 동의.")]
    if v == 2:
        off = name()
        blocks += [P(f"  - {ch(['도시계획과장', '건축과장'])} {off}: 교통영향평가 보완 자료는 다음 회의 전까지 제출하겠음."),
                   P(f"  - {ext[3]} 위원: 저희 집 앞 도로도 출퇴근 시간에 정체가 심함. 신호 체계 개선도 함께 검토 바람."),
                   P(f"  - {ext[0]} 위원: 공공기여 비율이 낮음. 기부채납 시설의 구체적 용도 제시 필요."),
                   P(f"  - {ext[1]} 위원: 개인적으로 사업자 측 설계사무소와 과거 협업한 적이 있어 표결에서 빠지겠음."),
                   P(f"  - 위원장: {ext[1]} 위원 제척 처리, 나머지 위원으로 의결 진행."),
                   P(f"  - {ext[2]} 위원: 보행자 안전 대책(보도 폭 확보, 횡단보도 추가)을 조건으로 부가할 것을 제안."),
                   P(f"  - {off}: 조건 사항 반영하여 수정안 제출하겠음.")]
        blocks.append(P("○ 속기록(발췌)"))
        blocks += long_minutes([f"{n} 위원" for n in ext] + [f"{ch(['도시계획과장', '건축과장'])} {off}", "위원장"], 22)
    blocks.append(P("○ 의결: 조건부 가결(교통 대책 보완)"))
    stated = gg("partial", [6]) if chance(0.5) else None
    if stated:
        blocks.insert(1, P(f"공개 여부: {stated}", "right"))
    return mk(blocks, "partial", ["OIDA-9-1-6"], "회의록", "partial_minutes", ["content_only"] + (["disclosure_field"] if stated else []),
              date, title, "committee minutes attributing statements to named private members → publish with member identities removed (제6호)",
              stated=stated)


def t_review_partial(v):
    date = rdate(2009, 2026)
    y = date[0]
    ag = pick_ag(["me", "moel", "mohw", "molit", "suwon", "jeju"], y)
    title = f"{ch(['○○ 종합계획', '△△ 시범사업', '□□ 제도 개선'])} 추진계획 통보"
    body = ["1. 관련: 정책협의회 결과",
            "2. 위 호와 관련하여 붙임 2의 추진계획을 확정하였으니 소관 업무에 참고하시기 바랍니다.",
            "3. 붙임 1(쟁점별 검토의견)은 의사결정 과정에 있는 사항으로 비공개하며, 붙임 2는 공개합니다."]
    blocks, _ = gongmun(ag, y, date, title, body, attach=["쟁점별 검토의견(비공개) 1부.", "추진계획 1부."], recv="수신자 참조",
                        gg_str=gg("partial", [5], ch(["num", "ho", "law", "circ"])))
    stated = blocks[-1][1].split("/ ")[-1] if "/ 부분공개" in blocks[-1][1] else None
    blocks += [P("[붙임 1] 쟁점별 검토의견(비공개)", "center"),
               P("  ○ 쟁점 1: 지원 대상 확대 시 연간 소요 재원 추가 발생 → 재정당국 협의 미완료"),
               P("  ○ 쟁점 2: 지자체 매칭 비율 상향에 대한 반대 의견 다수, 조정안 검토 중"),
               P("[붙임 2] 추진계획", "center"),
               P(f"  ○ 사업 기간: {y}~{y + 2}년 / 대상: 시범지역 {n_(3, 12)}곳"),
               P("  ○ 추진 일정: 공모(상반기) → 선정(하반기) → 성과 평가")]
    return mk(blocks, "partial", ["OIDA-9-1-5"], "공문", "partial_attachment_nonpublic", ["attachment_statement", "disclosure_field"], date, title,
              "attachment 1 is declared 비공개 (internal review, 제5호) while the rest is public → partial", stated=stated)


def t_award(v):
    date = rdate(2004, 2026)
    y = date[0]
    ag = pick_ag(["mapo", "suwon", "jeju", "mohw", "mcst"], y)
    title = f"{ch(['모범시민', '자원봉사 유공', '효행'])} 표창 대상자 추천"
    rows = [["성명", "생년월일", "주소", "공적 요지"]]
    for _ in range(n_(2, 4)):
        rows.append([name(), dfmt(rdate(1940, 1995), "dot"), home_addr(), ch(["10년간 무료 급식 봉사", "독거노인 돌봄 활동", "지역 환경 정화 활동", "장학금 기탁"])])
    body = ["1. 귀 기관의 표창 계획과 관련하여 우리 기관 관내 유공자를 다음과 같이 추천합니다.", "2. 공적조서는 붙임과 같습니다."]
    blocks, _ = gongmun(ag, y, date, title, body, attach=["공적조서 1부."], recv="수신자 참조", gg_str=None)
    i = next(k for k, b_ in enumerate(blocks) if b_[0] == "p" and b_[1].startswith("2. 공적조서"))
    blocks.insert(i, T(rows))
    return mk(blocks, "partial", ["OIDA-9-1-6"], "공문", "partial_award_nominees", ["content_only", "table_cell"], date, title,
              "nomination of private citizens with dates of birth and home addresses → partial (제6호)")


def t_subsidy(v):
    date = rdate(2005, 2026)
    y = date[0]
    ag = pick_ag(["jeonju", "cheonan", "pohang", "chuncheon", "haeundae"], y)
    title = f"{ch(['농업인 영농자재 지원금', '청년 월세 지원금', '출산 장려금'])} 지급 결과 보고"
    rows = [["연번", "성명", "주소", "지급액(원)", "입금 계좌"]]
    for i in range(n_(3, 5)):
        bank, acct = account()
        rows.append([str(i + 1), name(), home_addr(), f"{n_(2, 30) * 100000:,}", f"{bank} {acct}"])
    stated = gg("partial", [6]) if v == 1 else None
    blocks, _, _ = report(ag, y, date, title, ["1. 지급 개요: 신청자 중 자격 확인 완료자에게 지급",
                                               f"2. 지급 총액: {n_(5, 90)},{n_(100, 999)},000원", "3. 지급 명단"],
                          hdr="table" if v == 1 else ch(["right", "plain"]), gg_str=stated)
    blocks.append(T(rows))
    blocks.append(P("4. 향후 계획: 부정수급 사후 점검(연 1회)"))
    return mk(blocks, "partial", ["OIDA-9-1-6"], "내부결재 보고서", "partial_subsidy_list",
              (["disclosure_field"] if stated else []) + ["table_cell", "content_only"], date, title,
              "payment report whose list shows private recipients' names, addresses and accounts → partial (제6호)", stated=stated)


def t_mislabeled(v):
    date = rdate(2008, 2026)
    y = date[0]
    ag = pick_ag(["mapo", "suwon", "jeju", "cheonan", "moel"], y)
    title = ch(["위원회 참석 수당 지급", "강사 수당 지급 의뢰", "재해 위로금 지급 요청"])
    rows = [["성명", "주민등록번호", "주소", "지급액", "은행", "계좌번호"]]
    for _ in range(n_(2, 4)):
        bank, acct = account()
        rows.append([name(), rrn(), home_addr(), f"{n_(1, 9) * 50000:,}원", bank, acct])
    body = ["1. 아래와 같이 수당 지급을 의뢰하오니 처리하여 주시기 바랍니다.", "2. 지급 대상 및 계좌"]
    stated = ch(["공개", "공개", "대시민공개"])
    blocks, _ = gongmun(ag, y, date, title, body, recv=f"{ch(['재무과장', '회계과장', '경리담당관'])}", gg_str=stated,
                        gg_pos=ch(["tail", "line"]))
    i = next(k for k, b_ in enumerate(blocks) if b_[0] == "p" and b_[1].startswith("2. 지급 대상"))
    blocks.insert(i + 1, T(rows))
    return mk(blocks, "partial", ["OIDA-9-1-6", "PIPA-24"], "공문", "partial_mislabeled_public", ["disclosure_field_contradicted", "table_cell"],
              date, title, "MISLABELED ON PURPOSE: 결문 says 공개 but the table lists full RRNs and accounts of private persons → gold follows content",
              stated=stated)


def t_travel_passport(v):
    date = rdate(2006, 2026)
    y = date[0]
    ag = pick_ag(["mois", "me", "moel", "mcst", "suwon", "jeju"], y)
    title = "공무 국외출장 명령"
    rows = [["소속", "직급", "성명", "여권번호", "출장 기간"]]
    for _ in range(n_(2, 4)):
        rows.append([ch(AG[ag].depts), ch(["서기관", "사무관", "주무관"]), name(), passport(), f"{dfmt(dplus(date, 20), 'dot0')}~{dfmt(dplus(date, 26), 'dot0')}"])
    blocks = [P(title, "title"), P(f"{ag_name(ag, y)}", "center"),
              P(f"1. 출장 목적: {ch(['국제회의 참석', '선진 사례 조사', '자매도시 교류 협의'])}"),
              P(f"2. 출장지: {ch(['프랑스 파리', '일본 도쿄', '싱가포르', '미국 워싱턴'])}"), P("3. 출장자"), T(rows),
              P("4. 경비: 여비 규정에 따라 지급"), P(f"{dfmt(date)}  {AG[ag].sender(y)}", "center")]
    return mk(blocks, "partial", ["OIDA-9-1-6", "PIPA-24"], "인사 발령", "partial_travel_passport", ["table_cell"], date, title,
              "travel order: officials' names are disclosable but their full passport numbers are not → partial + PIPA-24")


def t_stats_partial(v):
    date = rdate(2007, 2026)
    y = date[0]
    ag = pick_ag(["mapo", "haeundae", "pohang", "chuncheon"], y)
    title = f"{y}년 {n_(1, 12)}월 {ch(['긴급복지 지원', '기초생활보장 신규 책정'])} 현황"
    rows = [["동", "신청", "지원 결정", "지원액(천원)"]] + [[dn, str(n_(5, 40)), str(n_(3, 30)), f"{n_(500, 9000):,}"] for dn in ["○○1동", "○○2동", "△△동"]]
    det = [["성명", "나이", "동", "지원 사유"]] + [[name(), str(n_(25, 88)), ch(["○○1동", "△△동"]), ch(["주소득자 실직", "중한 질병(암 진단)", "화재로 주거 상실"])]
                                              for _ in range(2)]
    reasons = ["OIDA-9-1-6"]
    if any("질병" in r[3] for r in det[1:]):
        reasons.append("PIPA-23")
    blocks = [P(title, "title"), P(f"{ag_name(ag, y)} 복지정책과", "right"), T(rows), P("※ 세부 지원 사례"), T(det)]
    return mk(blocks, "partial", reasons, "통계표", "partial_stats_with_cases", ["table_cell"], date, title,
              "aggregate table is public but the appended case list names private recipients → partial (제6호)"
              + ("; one case states a serious illness (PIPA 제23조)" if "PIPA-23" in reasons else ""))


def t_expense_partial(v):
    date = rdate(2008, 2026)
    y = date[0]
    ag = pick_ag(["mapo", "suwon", "jeonju", "haeundae", "jeju"], y)
    title = f"{y}년 {n_(1, 12)}월 {ch(['기관장', '부기관장'])} 업무추진비 집행 내역"
    rows = [["일자", "집행 목적", "장소", "대상(참석자)", "금액(원)"]]
    for i in range(n_(3, 5)):
        who = [f"주민대표 {name()} 외 {n_(2, 8)}명", f"상인회장 {name()} 외 {n_(2, 6)}명", f"○○과 직원 {n_(5, 15)}명"]
        rows.append([dfmt(rdate(y, y), "dot0"), ch(["지역 현안 간담회", "유관기관 협의", "직원 격려"]), ch(["○○식당", "△△한정식", "□□가든"]),
                     ch(who[:2]) if i == 0 else ch(who), f"{n_(80, 900) * 1000:,}"])
    blocks = [P(title, "title"), P(f"{ag_name(ag, y)}", "right"), T(rows), P("※ 「지방자치단체 업무추진비 집행에 관한 규칙」에 따른 공개", "small")]
    return mk(blocks, "partial", ["OIDA-9-1-6"], "예산서", "partial_expense_attendees", ["table_cell"], date, title,
              "expense report is published, but names of private attendees (주민대표/상인회장) must be removed → partial (제6호)")


# ---------------------------------------------------------------------------
# content: non-public documents without a security marking
# ---------------------------------------------------------------------------
def t_discipline(v):
    date = rdate(2004, 2026)
    y = date[0]
    ag = pick_ag(["mois", "moel", "suwon", "mapo", "jeju", "nhis", "kwater"], y)
    nm = name()
    dept = ch(AG[ag].depts)
    rank = ch(["행정주사", "행정사무관", "주무관", "지방행정주사보", "차장"])
    kind = ["dui", "dui", "dui_rrn", "duty"][v % 4]
    if kind.startswith("dui"):
        bac = f"0.{n_(5, 19):02d}"
        facts = (f"징계혐의자는 {dfmt(dplus(date, -90))} 23:{n_(10, 59)}경 혈중알코올농도 {bac}%의 주취 상태로 자신의 승용차를 약 {n_(1, 9)}km 운전하다 "
                 f"음주단속에 적발되었고, {ch(['○○지방법원', '△△지원'])}에서 「도로교통법」 위반으로 벌금 {n_(3, 15) * 100}만 원의 약식명령을 받았다.")
        order = ch(["정직 1월", "정직 2월", "감봉 3월", "강등"])
        law = {"local": "「지방공무원법」 제55조(품위 유지의 의무) 위반으로 같은 법 제72조에 따른 징계 사유에 해당",
               "public": "「임직원 행동강령」 및 「인사규정」상 품위유지 의무 위반으로 징계 사유에 해당"}.get(
            AG[ag].kind, "「국가공무원법」 제63조(품위 유지의 의무) 위반으로 같은 법 제78조제1항에 따른 징계 사유에 해당")
        reasons = ["OIDA-9-1-6", "PIPA-23"]
        why = "징계의결서 naming an official with a drunk-driving conviction: discipline (non-official capacity) + criminal record → non_public"
    else:
        facts = (f"징계혐의자는 {y - 1}년 {n_(1, 6)}월부터 {n_(7, 12)}월까지 민원 처리 기한을 {n_(12, 40)}회 초과하고, 상급자의 시정 지시를 이행하지 아니하였다.")
        order = ch(["견책", "감봉 1월"])
        law = {"local": "「지방공무원법」 제48조(성실 의무) 및 제49조(복종의 의무) 위반",
               "public": "「인사규정」상 성실 의무 및 복종 의무 위반"}.get(AG[ag].kind, "「국가공무원법」 제56조(성실 의무) 및 제57조(복종의 의무) 위반")
        reasons = ["OIDA-9-1-6"]
        why = "징계의결서 about a named official's misconduct (non-official capacity) → non_public (제6호)"
    rows = [["소속", dept, "직위(직급)", rank], ["성명", nm, "생년월일" if kind != "dui_rrn" else "주민등록번호", dfmt(rdate(1965, 1995), "dot") if kind != "dui_rrn" else rrn()]]
    if kind == "dui_rrn":
        reasons.append("PIPA-24")
        why += "; unmasked RRN → PIPA-24"
    blocks = [P("징 계 의 결 서" if chance(0.5) else "징계 의결서", "title"), P("징계혐의자 인적사항"), T(rows),
              P("의결 주문"), P(f"  징계혐의자 {nm}을(를) {order}에 처한다."),
              P("이  유"), P(f"  1. 인정되는 사실: {facts}"), P(f"  2. 적용 법조: {law}"),
              P(f"  3. 양정: 비위의 정도와 과실 여부, 평소 근무 태도{', 음주 수치' if kind.startswith('dui') else ''} 등을 종합적으로 고려하여 주문과 같이 의결함."),
              P(f"{dfmt(date)}"), P(f"{ag_name(ag, y)} {ch(['보통징계위원회', '인사위원회', '징계위원회'])}", "center"),
              P(f"위원장 {name()} (인)   위원 {name()} (인)   위원 {name()} (인)", "small")]
    return mk(blocks, "non_public", reasons, "징계의결서", f"nonpublic_discipline_{kind}", ["content_only"], date, "징계의결서", why)


def t_sick_leave(v):
    date = rdate(2003, 2026)
    y = date[0]
    ag = pick_ag(["mohw", "me", "pohang", "cheonan", "kepco", "lh"], y)
    nm = name()
    diag = ch([("요추 추간판 탈출증", "M51.1"), ("주요 우울장애", "F32.1"), ("유방암(상세불명)", "C50.9"), ("뇌경색", "I63.9"), ("공황장애", "F41.0")])
    title = ch(["질병휴직 처분", "병가 연장 승인", "질병휴직 신청에 대한 처리"])
    body = [f"1. 대상자: {ch(AG[ag].depts)} {ch(['주무관', '행정주사', '사무관'])} {nm}",
            f"2. 사유: {diag[0]}({diag[1]}) 진단에 따른 요양(진단서 첨부, {ch(['○○대학교병원', '△△의료원', '□□병원'])} 발급)",
            f"3. 기간: {dfmt(dplus(date, 1))} ~ {dfmt(yplus(date, 1, False))}",
            "4. 근거: " + ("「인사규정」 및 「취업규칙」" if AG[ag].kind == "public" else "「공무원임용령」 및 「국가공무원 복무규정」"),
            "5. 휴직 기간 중 봉급 70% 지급, 복직 시 진단서 제출"]
    stated = None
    if v % 2 == 0:
        stated = gg("non_public", [6], ch(["num", "ho", "law"]))
        blocks, _, _ = report(ag, y, date, title, body, hdr="table", gg_str=stated)
        genre = "내부결재 보고서"
    else:
        blocks = [P("인 사 발 령", "title"), T([["발령사항", "소속", "성명"], [f"질병휴직({diag[0]})", ch(AG[ag].depts), nm]]),
                  P(f"{dfmt(date)}자"), P(AG[ag].sender(y), "center")]
        genre = "인사 발령"
    return mk(blocks, "non_public", ["OIDA-9-1-6", "PIPA-23"], genre, "nonpublic_sick_leave", ["content_only"] + (["disclosure_field"] if stated else []),
              date, title, "names an official together with a medical diagnosis → health data (PIPA 제23조), not an official act → non_public", stated=stated)


def t_union_dues(v):
    date = rdate(2002, 2026)
    y = date[0]
    ag = pick_ag(["nhis", "kepco", "kwater", "lh", "suwon", "mapo"], y)
    title = f"{y}년 {n_(1, 12)}월 노동조합 조합비 급여공제 명단"
    rows = [["연번", "소속", "성명", "직급", "조합비(원)"]]
    for i in range(n_(5, 8)):
        rows.append([str(i + 1), ch(AG[ag].depts), name(), ch(["6급", "7급", "8급", "4직급", "5직급"]), f"{n_(15, 40) * 1000:,}"])
    blocks = [P(title, "title"), P(f"{ch(['운영지원과', '인사노무부', '총무과'])}  {dfmt(date)}", "right"),
              P(f"1. {ch(['○○공무원노동조합', '△△노동조합 ○○지부'])} 조합원의 조합비를 급여에서 일괄 공제하기 위한 명단임."), T(rows),
              P("2. 공제 금액은 조합 규약에 따름")]
    if v % 2 == 1:
        blocks.insert(0, P(ch(["취급주의", "[취급 주의]"]), "small"))
    return mk(blocks, "non_public", ["OIDA-9-1-6", "PIPA-23"], "내부결재 보고서", "nonpublic_union_dues",
              ["content_only"] + (["first_line_informal_tag"] if v % 2 == 1 else []), date, title,
              "list identifying trade-union members (sensitive data under PIPA 제23조) → non_public")


def t_investigation(v):
    date = rdate(2006, 2026)
    y = date[0]
    ag = pick_ag(["police", "kcg", "mapo", "suwon"], y)
    suspect = name()
    title = ch(["수사협조 의뢰에 따른 자료 제출", "고발 사건 관련 자료 송부", "수사 진행 상황 통보"])
    body = [f"1. 관련: {ch(['○○경찰서', '△△지방검찰청'])} {ch(['수사과', '형사부'])}-{n_(100, 9999)}({dfmt(dplus(date, -7))})",
            f"2. 피의자 {suspect}({n_(30, 65)}세, {ch(['자영업', '회사원', '무직'])})에 대한 {ch(['사기', '업무상 횡령', '공문서 위조'])} 사건 수사와 관련하여 요청하신 자료를 송부합니다.",
            "  가. 피의자 명의 인허가 신청 서류 사본", "  나. 담당 공무원 진술서 및 처리 경위서",
            "3. 본 자료는 수사 목적 외 사용을 금하며, 수사가 종결될 때까지 외부 공개를 제한하여 주시기 바랍니다."]
    reasons = ["OIDA-9-1-4", "OIDA-9-1-6"]
    stated = gg("non_public", [4, 6], ch(["num", "numdot", "ho", "full"])) if v % 2 == 0 else gg("non_public", [4, 6], "num")
    blocks, _ = gongmun(ag, y, date, title, body, attach=["관련 자료 1부."], recv=f"{ch(['○○경찰서장', '○○지방검찰청 검사장'])}", gg_str=stated,
                        gg_pos=ch(["tail", "line"]))
    return mk(blocks, "non_public", reasons, "공문", "nonpublic_investigation", ["disclosure_field", "content_only"], date, title,
              f"material of an ongoing criminal investigation naming a suspect; field {stated} agrees → non_public (제4호, 제6호)", stated=stated)


def t_audit_ongoing(v):
    date = rdate(2008, 2026)
    y = date[0]
    ag = pick_ag(["bai", "suwon", "jeju", "mois"], y)
    tgt = ch(["○○공사", "△△시 도시개발사업단", "□□재단"])
    if v % 3 != 2:
        title = f"{tgt} 특정감사 진행 상황 및 수사의뢰 검토"
        body = [f"1. 감사 진행: {dfmt(dplus(date, -20))}부터 실지감사 중(잔여 기간 {n_(5, 15)}일)",
                f"2. 확인된 비위 의심 사항: 업체와 공모한 허위 준공 처리, 공사대금 약 {n_(2, 30)}억 원 과다 지급",
                "3. 조치 방향: 관련자 계좌 추적이 필요하여 수사기관에 수사의뢰 예정, 감사 결과 확정 전 공개 시 증거 인멸 우려",
                "4. 향후 일정: 감사위원회 심의 후 결과 확정"]
        reasons = ["OIDA-9-1-4", "OIDA-9-1-5"]
        why = "ongoing audit heading to a criminal referral: investigation (-4) and audit in progress (-5)"
    else:
        title = f"{tgt} 기관운영감사 중간 점검 결과"
        body = ["1. 감사 진행 중 확인 사항(미확정)", "  ○ 인사 운영: 승진 심사 기준 자의적 적용 의심 2건", "  ○ 예산 집행: 연말 일괄 집행 다수",
                "2. 향후 계획: 피감기관 소명 청취 후 처분 수위 결정", "※ 감사 결과 확정 전 자료로 공개 시 감사 업무의 공정한 수행에 지장"]
        reasons = ["OIDA-9-1-5"]
        why = "interim findings of an audit still in progress → non_public (제5호)"
    stated = gg("non_public", rnums(reasons)) if chance(0.5) else None
    blocks, _, _ = report(ag, y, date, title, body, gg_str=stated, hdr=ch(["table", "right", "plain"]))
    return mk(blocks, "non_public", reasons, "감사 결과", "nonpublic_audit_ongoing", ["content_only"] + (["disclosure_field"] if stated else []),
              date, title, why, stated=stated)


def t_internal_draft(v):
    date = rdate(2005, 2026)
    y = date[0]
    ag = pick_ag(["mois", "moel", "me", "mohw", "molit", "moe", "jeonju"], y)
    tag = ["내부 검토용", "[대내용] 내부 검토 자료", "검토 중 자료(초안) - 외부 유출 금지", "[내부용·초안]"][v % 4]
    title = f"{ch(['○○법 시행령 개정', '△△ 지원제도 개편', '□□ 수수료 인상'])} 검토(안)"
    body = ["1. 검토 배경", "  ○ 현행 제도의 실효성 논란 및 국회 지적사항 반영 필요",
            "2. 대안 비교", f"  ○ 1안(현행 유지) / 2안(지원 대상 축소, 연 {n_(20, 300)}억 원 절감) / 3안(단계적 폐지)",
            "3. 쟁점", "  ○ 2안 추진 시 수혜자 반발 예상, 관계부처 이견(재정당국 3안 선호)",
            "4. 검토 의견(잠정)", "  ○ 2안을 기본으로 하되 공청회 후 최종 결정"]
    if v == 1:
        body += long_extra("policy", y)
    body.append("※ 의사결정 전 초안으로, 확정 시 변경될 수 있음")
    stated = gg("non_public", [5]) if v == 0 else None
    blocks, _, _ = report(ag, y, date, title, [], hdr="table" if v == 0 else ch(["right", "plain"]), gg_str=stated)
    blocks += expand(body)
    blocks.insert(0, P(tag, "small"))
    return mk(blocks, "non_public", ["OIDA-9-1-5"], "검토보고서", "nonpublic_internal_draft",
              ["first_line_informal_tag", "content_only"] + (["disclosure_field"] if stated else []), date, title,
              f"internal draft in the decision-making process (first line '{tag}' is informal, not a marking) → non_public (제5호)", stated=stated)


def t_land_dev(v):
    date = rdate(2004, 2026)
    y = date[0]
    ag = pick_ag(["suwon", "cheonan", "pohang", "jeonju", "lh"], y)
    tag = ch(["외부 배포 금지", "[외부 배포 금지]", "대외 배포 금지 / 관계자 외 열람 금지"])
    title = ch(["일반산업단지 후보지 검토", "역세권 개발 구상(안)", "신청사 이전 후보지 비교 검토"])
    body = ["1. 검토 개요: 후보지 3곳 비교", "2. 후보지",
            f"  ○ A: ○○동 산{n_(10, 99)}번지 일원 약 {n_(10, 90)}만㎡(토지이용 규제 적음)",
            f"  ○ B: △△면 ○○리 일원 약 {n_(10, 60)}만㎡(접근성 양호, 지가 상승 중)",
            "  ○ C: □□동 일원(보상비 과다)", "3. 검토 의견: A안 우선 검토, 발표 시까지 후보지 보안 유지(투기 우려)"]
    reasons = ["OIDA-9-1-8"] if v % 2 == 0 else ["OIDA-9-1-5", "OIDA-9-1-8"]
    stated = gg("non_public", rnums(reasons)) if v == 1 else None
    blocks, _, _ = report(ag, y, date, title, body, hdr="table" if v == 1 else ch(["table", "right"]), gg_str=stated)
    blocks.insert(0, P(tag, "small"))
    return mk(blocks, "non_public", reasons, "검토보고서", "nonpublic_land_candidates",
              ["first_line_informal_tag", "content_only"] + (["disclosure_field"] if stated else []), date, title, stated=stated, why=
              "undisclosed development-site candidates; disclosure invites speculation (제8호)" + (" while still under internal review (제5호)" if len(reasons) == 2 else ""))


def t_trade_secret(v):
    date = rdate(2006, 2026)
    y = date[0]
    comp = ch(COMPANY)
    ag = pick_ag(["pps", "kepco", "kwater", "lh"], y)
    title = f"{comp} 제출 원가계산 자료 및 공정 기술서"
    rows = [["비목", "금액(원)", "산출 근거"],
            ["재료비", f"{n_(100, 900)},{n_(100, 999)},000", "자사 협력사 단가 계약(비공개 단가)"],
            ["노무비", f"{n_(50, 400)},{n_(100, 999)},000", "자사 임금 테이블 적용"],
            ["경비", f"{n_(10, 90)},{n_(100, 999)},000", "특허 공법 사용료 포함"],
            ["이윤", f"{n_(5, 12)}%", "-"]]
    blocks = [P(title, "title"), P(f"제출처: {ag_name(ag, y)} 계약 담당  /  제출일: {dfmt(date)}", "right"), T(rows),
              P("[공정 기술서] 당사 특허 공법(저온 경화 방식)의 배합비, 온도 조건 및 장비 설정값은 다음과 같음."),
              P(f"  ○ 배합비 A:B:C = {n_(40, 60)}:{n_(20, 35)}:{n_(5, 15)}, 경화 온도 {n_(35, 60)}℃, 양생 시간 {n_(6, 20)}시간"),
              P("※ 본 자료는 당사의 영업비밀로서 계약 심사 목적 외 사용 및 공개를 금함")]
    return mk(blocks, "non_public", ["OIDA-9-1-7"], "계약서", "nonpublic_trade_secret", ["content_only"], date, title,
              "the whole record is a company's cost data and process know-how → non_public (제7호)")


def t_personnel_roster(v):
    date = rdate(2000, 2026)
    y = date[0]
    ag = pick_ag(["mapo", "suwon", "moel", "nhis", "kwater", "pohang"], y)
    tag = ch(["취급주의", "[취급 주의] 개인정보 포함", "※ 취급주의"])
    title = ch(["부서 직원 인적사항 현황", "비상소집 대상 직원 명부", "신규 임용자 인적사항"])
    withrrn = v % 2 == 1
    rows = [["성명", "주민등록번호" if withrrn else "생년월일", "주소", "휴대전화", "가족 사항"]]
    for _ in range(n_(4, 6)):
        rows.append([name(), rrn() if withrrn else dfmt(rdate(1965, 1982), "dot"), home_addr(), mobile(y),
                     ch(["배우자, 자녀 2", "부모 부양", "미혼", "배우자, 자녀 1"])])
    blocks = [P(tag, "small"), P(title, "title"), P(f"{ag_name(ag, y)} {ch(AG[ag].depts)}  ({dfmt(date)} 기준)", "right"), T(rows)]
    reasons = ["OIDA-9-1-6"] + (["PIPA-24"] if withrrn else [])
    return mk(blocks, "non_public", reasons, "내부결재 보고서", "nonpublic_personnel_roster", ["first_line_informal_tag", "table_cell"], date, title,
              "roster consisting only of employees' private data (home address, mobile, family)" + ("; full RRNs → PIPA-24" if withrrn else "")
              + " → non_public")


def t_diplomacy_unmarked(v):
    date = rdate(2000, 2026)
    y = date[0]
    ag = "mofa"
    title = ch(["△△국 정상회담 의제 조율 동향", "□□국과의 어업협정 교섭 동향 보고"])
    body = ["1. 교섭 동향", "  ○ 상대국은 공동성명에 자국 입장 문구 반영을 강하게 요구",
            "  ○ 우리 측은 제2안(절충 문구)까지 수용 가능하다는 입장을 내부적으로 정리",
            "2. 상대국 내부 사정: 총선을 앞두고 강경 기조 유지 전망",
            "3. 대응 방향: 차관급 채널로 비공식 협의 지속, 합의 전 대외 언급 자제"]
    blocks, _, _ = report(ag, y, date, title, body, hdr=ch(["right", "plain"]))
    blocks.insert(0, P(ch(["[대내용]", "대내용 - 배포 제한", "내부 보고용"]), "small"))
    return mk(blocks, "non_public", ["OIDA-9-1-2"], "검토보고서", "nonpublic_diplomacy_unmarked", ["first_line_informal_tag", "content_only"], date, title,
              "diplomatic negotiating position without a classification marking → non_public on content (제2호), no OIDA-9-1-1")


def t_daewoe_attached(v):
    """공문 whose attachment (included) carries a 대외비 marking."""
    date = rdate(2006, 2026)
    y = date[0]
    ag = pick_ag(["mois", "suwon", "mapo", "jeju"], y)
    title = ch(["청사 방호 취약요소 개선 계획 통보", "비상대비 훈련 평가 결과 통보"])
    body = ["1. 관련: 통합방호 점검 결과",
            "2. 붙임 자료는 대외비이므로 관계 공무원 외 열람을 제한하고, 업무 종료 후 파기하여 주시기 바랍니다."]
    stated = gg("non_public", [3])
    blocks, _ = gongmun(ag, y, date, title, body, attach=["개선 계획(대외비) 1부."], recv="수신자 참조", gg_str=stated)
    st = daewoe_stamp(date)
    blocks += [P(st, "stamp"), P("[붙임] 청사 방호 취약요소 개선 계획", "center"),
               P(f"  ○ 후문 차량 출입구 야간 무인 운영 시간대 {n_(1, 3)}시간 → 인력 배치"),
               P(f"  ○ 지하 기계실 출입문 잠금장치 고장 {n_(2, 4)}개소 → 교체"),
               P("  ○ 옥상 출입 통제 미흡 → 출입 경보 장치 설치"), P(st, "stamp")]
    return mk(blocks, "non_public", ["OIDA-9-1-3"], "공문", "daewoe_attached", ["attachment_statement", "attachment_stamp", "disclosure_field"], date, title,
              f"the included attachment is stamped 대외비 and describes facility weaknesses; field {stated} agrees → 대외비, -3 only",
              stated=stated, marking="대외비")


# ---------------------------------------------------------------------------
# extra material for long documents
# ---------------------------------------------------------------------------
TURNS = ["지난 회의에서 요청한 자료가 아직 제출되지 않았는데, 제출 일정을 다시 확인해 주시기 바랍니다.",
         "사업 범위가 당초 계획보다 넓어졌습니다. 예산 변경 없이 가능한지 설명이 필요합니다.",
         "현장 여건을 보면 공정 일정이 빠듯합니다. 우기 전에 기초 공사를 마치는 것이 중요하다고 봅니다.",
         "주민 의견 수렴 결과를 보면 찬성과 반대가 거의 반반입니다. 반대 의견의 주된 사유를 정리해 주셨으면 합니다.",
         "유사 사례를 보면 유지관리비가 예상보다 30% 이상 늘어난 경우가 많았습니다.",
         "관계기관 협의가 끝나지 않은 상태에서 의결하는 것은 부담스럽습니다.",
         "대안 2가 비용은 적게 들지만 효과 측면에서는 대안 1이 낫다고 생각합니다.",
         "안전 관련 조건은 반드시 의결서에 명시해야 합니다.",
         "교통량 분석 자료의 기준 연도가 오래되었습니다. 최신 자료로 다시 분석하는 것이 맞습니다.",
         "사업 효과를 측정할 성과지표가 구체적이지 않습니다. 정량 지표를 보완해 주십시오.",
         "말씀하신 부분은 다음 회의 때 보완하여 보고드리겠습니다.",
         "재원 분담 비율은 관계 규정에 따라 이미 정해져 있어 조정 여지가 크지 않습니다.",
         "보행 약자 편의시설 설치 계획도 함께 검토해 주시기 바랍니다.",
         "환경영향 저감 대책이 형식적입니다. 소음과 분진 대책을 구체화해야 합니다.",
         "전체적인 방향에는 동의합니다. 세부 사항은 사무국에서 정리해 주시면 되겠습니다.",
         "이번 안건은 조건부로 통과시키고 이행 여부를 다음 회의에서 확인하면 어떻겠습니까?",
         "예산 집행률이 저조한 원인이 무엇인지 설명해 주십시오.",
         "민원이 반복되는 구간에 대해서는 별도 대책이 필요합니다.",
         "추가 검토 결과를 서면으로 위원들께 배포해 주시기 바랍니다.",
         "다른 위원님들 의견이 없으시면 원안대로 의결하겠습니다."]


def long_minutes(speakers, k):
    out = []
    for i in range(k):
        sp = speakers[i % len(speakers)] if chance(0.7) else ch(speakers)
        out.append(P(f"  {sp}: {ch(TURNS)}"))
    return out


def long_extra(domain, y):
    if domain == "policy":
        return ["5. 해외 사례",
                "  ○ 독일: 지원 대상을 소득 기준으로 단계화하고 3년 주기로 성과 평가",
                "  ○ 일본: 지자체 재량 확대, 국고 보조율 차등(재정자립도 연계)",
                "  ○ 시사점: 단계적 축소 시 유예기간 부여 및 대체 지원 수단 마련 필요",
                "6. 재정 소요 추계(안별, 단위: 억 원)",
                T([["구분", f"{y + 1}년", f"{y + 2}년", f"{y + 3}년", "합계"],
                   ["1안", str(n_(800, 1200)), str(n_(850, 1300)), str(n_(900, 1400)), "-"],
                   ["2안", str(n_(600, 800)), str(n_(550, 750)), str(n_(500, 700)), "-"],
                   ["3안", str(n_(300, 500)), str(n_(100, 300)), "0", "-"]]),
                "7. 이해관계자 의견",
                "  ○ 수혜자 단체: 지원 축소 반대, 최소 2년 유예 요구",
                "  ○ 지방자치단체: 매칭 부담 증가 우려, 국비 보조율 상향 건의",
                "  ○ 전문가: 제도 목적 대비 효과성 낮음, 전달체계 개선이 우선",
                "8. 향후 추진 일정",
                T([["단계", "내용", "시기"], ["1", "관계부처 협의", f"{y}. {n_(3, 6)}월"], ["2", "공청회 및 입법예고", f"{y}. {n_(7, 9)}월"],
                   ["3", "법령 개정 및 시행", f"{y + 1}. 1월"]]),
                "붙임  쟁점별 예상 질의·답변(Q&A)",
                "  Q1. 기존 수혜자는 어떻게 되나? → 유예기간 동안 종전 기준 적용(검토 중)",
                "  Q2. 재정 절감액은 어디에 쓰나? → 전달체계 개선 및 신규 사업 재원(미확정)",
                "  Q3. 지자체 부담은? → 보조율 조정안 협의 중",
                "붙임 2. 관계부처 협의 경과",
                T([["일자", "협의 기관", "주요 의견", "반영 여부"]] +
                  [[dfmt(rdate(y, y), "dot0"), ch(["기획재정부", "행정안전부", "국무조정실", "법제처", "시·도 협의회"]),
                    ch(["재정 소요 축소 요구", "지방 재정 부담 우려", "유예기간 설정 필요", "법령 체계 정비 필요", "대상자 안내 강화 요청"]),
                    ch(["반영", "일부 반영", "검토 중", "미반영"])] for _ in range(6)]),
                "붙임 3. 검토 배경 상세",
                "  ○ 제도 도입 이후 지원 대상은 매년 증가하였으나, 성과 평가 결과 목표 달성률은 60%대에 머물러 실효성 논란이 지속됨",
                "  ○ 국회 예산결산특별위원회는 유사·중복 사업 정비를 요구하였고, 감사 결과에서도 집행 관리 미흡이 지적됨",
                "  ○ 이에 따라 지원 방식 전환(현금 → 바우처), 대상 축소, 단계적 폐지 등 대안을 비교 검토함"]
    if domain == "labor":
        return ["4. 쟁점별 대응 논리",
                "  가. 임금 인상률: 정부 가이드라인 및 경영평가 영향 고려, 총인건비 한도 내 조정 원칙",
                "  나. 성과급 폐지 요구: 성과 중심 보상 체계 유지 필요, 평가 지표 개선안으로 대응",
                "  다. 인력 충원 요구: 정원 협의 결과에 따라 단계적 충원(차년도 반영 검토)",
                "  라. 복지 확대 요구: 선택적 복지 포인트 소폭 상향 수용 가능",
                "5. 시나리오별 인건비 추가 소요(단위: 억 원)",
                T([["시나리오", "임금 인상률", "추가 소요", "경영평가 영향"],
                   ["A(1차 제시안)", f"{n_(1, 2)}.{n_(0, 9)}%", str(n_(20, 60)), "없음"],
                   ["B(절충안)", f"{n_(2, 3)}.{n_(0, 9)}%", str(n_(60, 120)), "경미"],
                   ["C(노조 요구안)", "5.2%", str(n_(150, 260)), "총인건비 초과"]]),
                "6. 교섭 일정 및 대응 체계",
                T([["차수", "일정", "주요 의제"], ["1차", f"{y}. {n_(3, 5)}월", "상견례 및 요구안 설명"], ["2차", f"{y}. {n_(5, 7)}월", "임금·성과급"],
                   ["3차", f"{y}. {n_(7, 9)}월", "인력·복지"], ["조정", "필요시", "노동위원회 조정 신청 대비"]]),
                "7. 쟁의 발생 시 대비: 필수유지업무 인력 확보, 비상 근무 체계 가동",
                "8. 대외 대응: 교섭 경과는 공식 브리핑 외 언급 자제, 언론 문의는 홍보실 일원화"]
    if domain == "reorg":
        return ["5. 부서별 정원 변동(안)",
                T([["부서", "현 정원", "1안", "2안", "비고"],
                   ["기획조정실", str(n_(30, 50)), "-2", "0", "기능 이관"], ["○○정책국", str(n_(40, 70)), "+3", "+1", "신규 과제"],
                   ["△△지원국", str(n_(30, 60)), "-4", "-2", "업무량 감소"], ["□□팀", str(n_(5, 12)), "폐지", "존치", "통폐합 검토"]]),
                "6. 기능 이관 내역",
                "  ○ 통계 관리 기능: 기획조정실 → ○○정책국",
                "  ○ 민원 상담 기능: △△지원국 → 고객지원센터(위탁 검토)",
                "7. 직원 의견 수렴 결과(설문, 응답 {0}명)".format(n_(120, 400)),
                "  ○ 개편 필요성 공감 58%, 팀 폐지 반대 67%, 인사 불이익 우려 다수",
                "8. 추진 일정: 내부 확정 → 행정안전부 정원 협의 → 직제 개정 → 시행",
                "※ 폐지·통합 대상 부서 명칭 및 정원은 미확정으로 외부 공개 시 혼란 우려"]
    if domain == "audit":
        return ["4. 지적사항별 세부 내용",
                "  가. 수의계약 부적정 체결",
                "    (현황) 동일 사업을 분할하여 추정가격 2천만 원 이하 수의계약으로 체결(총 4건)",
                "    (문제점) 「지방자치단체를 당사자로 하는 계약에 관한 법률 시행령」 위반 소지",
                "    (관계기관 의견) 긴급한 사업 추진을 위한 불가피한 조치였음을 소명",
                "    (조치 요구) 주의 및 계약 업무 처리 기준 교육 실시",
                "  나. 보조금 정산 검사 소홀",
                "    (현황) 보조사업자가 제출한 증빙 중 중복 영수증 다수를 확인하지 않고 정산 승인",
                "    (문제점) 보조금 부당 집행액 회수 지연",
                "    (조치 요구) 부당 집행액 회수 및 정산 검사 체크리스트 마련",
                "  다. 건축허가 처리기한 초과",
                "    (현황) 처리기한(15일)을 초과한 건 다수, 최장 41일 지연",
                "    (조치 요구) 민원 처리 관리 시스템 개선",
                "5. 모범 사례: 민원 사전 컨설팅 제도 운영으로 처리 기간 단축(평균 3.2일)",
                "6. 감사 결과 처리: 처분 요구일부터 2개월 이내 조치 결과 제출"]
    if domain == "press":
        return ["[참고자료] 사업 개요",
                T([["구분", "내용"], ["사업 기간", f"{y}. 3. ~ {y}. 12."], ["사업비", f"{n_(10, 90)}억 원(국비 50%, 지방비 50%)"],
                   ["추진 방식", "공모 선정, 관계기관 합동 점검"], ["기대 효과", "주민 안전 및 생활 편의 향상"]]),
                "[참고자료] 연도별 추진 실적",
                T([["연도", "대상", "실적"], [str(y - 2), f"{n_(10, 40)}곳", "완료"], [str(y - 1), f"{n_(10, 40)}곳", "완료"], [str(y), f"{n_(10, 40)}곳", "추진 중"]]),
                "[참고자료] 자주 묻는 질문",
                "  ○ 참여 신청은 어떻게 하나요? 누리집 공고를 확인한 후 온라인으로 신청하시면 됩니다.",
                "  ○ 선정 결과는 언제 발표되나요? 심사 후 약 4주 이내에 개별 통보합니다."]
    if domain == "exercise":
        return ["붙임 1. 세부 연습 일정",
                T([["일차", "주요 상황", "숙달 과제"], ["1~2일", "위기 고조", "정보 공유·경계태세 격상"], ["3~5일", "국지 도발 대응", "합동 화력 운용 절차"],
                   ["6~8일", "전시 전환", "지휘소 전환·동원 연계"], ["9일 이후", "반격 및 안정화", "민군 작전 협조"]]),
                "붙임 2. 통제관 편성",
                f"  ○ 총괄 통제관 1명, 분야별 통제관 {n_(8, 20)}명, 평가관 {n_(5, 12)}명",
                "  ○ 통제관은 연습 개시 전 시나리오 열람, 참가 부대 통보 금지",
                "붙임 3. 사후 검토 계획: 연습 종료 2주 내 교훈 도출, 작전계획 보완 소요 식별"]
    if domain == "bldg":
        return ["4. 세부 추진 계획",
                "  가. 출입 통제 구역 재설정: 1단계(전산실·상황실), 2단계(기계실·통신실)",
                "  나. 방호 인력 교육: 분기별 침입 대응 훈련, 관계기관 합동 훈련 연 2회",
                "  다. 장비 보강: 차량 하부 검색기, 금속 탐지기 추가 배치",
                "5. 소요 예산",
                T([["항목", "수량", "금액(백만원)"], ["차단기 및 검색 장비", f"{n_(2, 8)}식", str(n_(200, 900))], ["생체인식 출입 시스템", f"{n_(3, 8)}개소", str(n_(100, 400))],
                   ["CCTV 증설", f"{n_(10, 40)}대", str(n_(50, 200))]]),
                "6. 기대 효과: 비인가자 출입 차단, 방호 사각지대 해소",
                "7. 행정사항: 세부 경로 및 배치 계획은 방호 책임관이 별도 관리"]
    return []


# ---------------------------------------------------------------------------
# plan: (template, kwargs, format, options)
# ---------------------------------------------------------------------------
def plan():
    P_ = []

    def add(fn, fmt="text", ns="hancom2011", ocr=False, **kw):
        P_.append(dict(fn=fn, kw=kw, fmt=fmt, ns=ns, ocr=ocr))

    # Ⅲ급 (12)
    add(t_secret, "hwpx", marking="III급", kind="air", pos="hdr_ftr")
    add(t_secret, "hwpx", marking="III급", kind="exercise", pos="ftr")
    add(t_secret, "hwpx", marking="III급", kind="diplo", pos="box")
    add(t_secret, "hwpx", marking="III급", kind="unif", pos="table", field=True)
    add(t_secret, "hwpx", "owpml2024", marking="III급", kind="mobil", pos="top_bottom")
    add(t_secret, "hwpx", marking="III급", kind="emerg", pos="hdr", genre="공문", years=(1994, 2003))
    add(t_secret, "pdf", marking="III급", kind="sea", pos="hdr_ftr", genre="공문", field=True, years=(2018, 2026))
    add(t_secret, "pdf", marking="III급", kind="dam", pos="box")
    add(t_secret, "text", ocr=True, marking="III급", kind="grid", pos="top_bottom", ocr_stamp=True)
    add(t_secret, "text", marking="III급", kind="govbldg", pos="bottom", genre="검토보고서", long="bldg")
    add(t_secret, "text", marking="III급", kind="air", pos="title_prefix", years=(1992, 1999))
    add(t_secret, "text", marking="III급", kind="evac", pos="end_note", genre="공문", field=True, years=(2005, 2026))
    # Ⅱ급 (6)
    add(t_secret, "hwpx", marking="II급", kind="diplo", pos="hdr_ftr")
    add(t_secret, "hwpx", marking="II급", kind="exercise", pos="table", genre="검토보고서", long="exercise")
    add(t_secret, "hwpx", marking="II급", kind="mobil", pos="box", genre="공문")
    add(t_secret, "pdf", marking="II급", kind="evac", pos="top_bottom")
    add(t_secret, "text", marking="II급", kind="unif", pos="top", years=(1991, 1999), genre="공문")
    add(t_secret, "text", ocr=True, marking="II급", kind="sea", pos="top_bottom", ocr_stamp=True, years=(2018, 2026))
    # Ⅰ급 (3)
    add(t_secret, "hwpx", marking="I급", kind="cp", pos="hdr_ftr")
    add(t_secret, "pdf", marking="I급", kind="oplan", pos="hdr_ftr")
    add(t_secret, "text", marking="I급", kind="cp", pos="top_bottom", years=(1990, 1999))
    # 대외비 (18)
    add(t_daewoe, "hwpx", kind="access", pos="hdr")
    add(t_daewoe, "hwpx", kind="water", pos="box")
    add(t_daewoe, "hwpx", kind="itvuln", pos="table")
    add(t_daewoe, "hwpx", kind="police_coop", pos="ftr", field=True)
    add(t_daewoe, "hwpx", kind="fraud_referral", pos="top_bottom")
    add(t_daewoe, "hwpx", kind="reorg", pos="hdr_ftr", long="reorg")
    add(t_daewoe, "hwpx", "owpml2024", kind="rail", pos="top")
    add(t_daewoe, "pdf", kind="vetting", pos="top_bottom")
    add(t_daewoe, "pdf", kind="gb_release", pos="hdr_ftr")
    add(t_daewoe, "text", kind="housing", pos="top")
    add(t_daewoe, "text", kind="counsel", pos="table")
    add(t_daewoe, "text", kind="whistle", pos="bottom", field=True)
    add(t_daewoe, "text", ocr=True, kind="eulji", pos="top_bottom", ocr_stamp=True)
    add(t_daewoe, "text", kind="evaluators", pos="title_prefix")
    add(t_daewoe, "text", kind="audit_mid", pos="end_note")
    add(t_daewoe, "text", kind="contact", pos="top", years=(1996, 2000))
    add(t_daewoe, "text", kind="labor", pos="ftr", long="labor")
    add(t_daewoe_attached, "text", v=0)
    # mention-only (28)
    add(t_sec_training, "hwpx", v=0)
    add(t_sec_training, "text", v=1)
    add(t_sec_training, "pdf", v=2)
    add(t_oida_guide, "pdf", v=0)
    add(t_oida_guide, "text", v=1)
    add(t_oida_guide, "text", v=0)
    add(t_password, "text", v=0)
    add(t_password, "text", v=1)
    add(t_password, "hwpx", v=0)
    add(t_declass, "hwpx", v=0)
    add(t_declass, "text", v=1)
    add(t_declass, "text", v=2)
    add(t_personnel_grade, "hwpx", v=0)
    add(t_personnel_grade, "text", v=1)
    add(t_personnel_grade, "text", v=0)
    add(t_personnel_grade, "text", v=1)
    add(t_cover_secret, "hwpx", v=0)
    add(t_cover_secret, "hwpx", v=1)
    add(t_cover_secret, "text", v=2)
    add(t_cover_secret, "text", v=3)
    add(t_disclosure_notice, "pdf", v=0)
    add(t_disclosure_notice, "text", v=1)
    add(t_disclosure_notice, "text", v=2)
    add(t_disclosure_notice, "hwpx", v=3)
    add(t_sec_audit_summary, "text", v=0)
    add(t_sec_audit_summary, "text", ocr=True, v=1)
    add(t_committee_result, "text", v=0)
    add(t_nda, "text", v=0)
    # public (39)
    for v in range(9):
        add(t_press, ["hwpx", "pdf", "text", "hwpx", "text", "text", "text", "text", "text"][v], ocr=(v == 7), v=v)
    for v in range(10):
        add(t_gongmun_public, "hwpx" if v in (1, 6) else "text", ocr=(v == 9), v=v)
    add(t_notice, "pdf", v=0)
    add(t_notice, "text", v=1)
    add(t_notice, "text", v=2)
    for v in range(4):
        add(t_stats, "hwpx" if v == 0 else "text", v=v, years=(1993, 2003) if v in (1, 2) else (1995, 2026))
    for v in range(4):
        add(t_budget, "hwpx" if v == 1 else "text", v=v, years=(1994, 2004) if v in (0, 3) else (1996, 2026))
    add(t_audit_public, "text", v=0)
    add(t_audit_public, "text", v=1)
    add(t_contract_status, "text", v=0)
    add(t_contract_status, "text", v=1)
    add(t_minutes_public, "text", v=0)
    add(t_minutes_public, "text", v=1)
    add(t_personnel_order, "text", v=0)
    add(t_internal_harmless, "text", v=0)
    add(t_internal_harmless, "text", v=1)
    add(t_report_public, "hwpx", v=0)
    add(t_report_public, "text", v=1)
    add(t_report_public, "text", v=2)
    add(t_review_partial_cases, "text", v=0)
    # partial (49)
    for v in range(12):
        add(t_civil_reply, {0: "hwpx", 5: "hwpx", 8: "pdf"}.get(v, "text"), ocr=(v in (3, 10)), v=v)
    for v in range(7):
        add(t_roster_gongmun, "hwpx" if v in (0, 2) else "text", v=v)
    for v in range(3):
        add(t_gongmun_57, "hwpx" if v == 0 else "text", v=v)
    for v in range(5):
        add(t_contract_partial, {0: "hwpx", 3: "hwpx", 1: "pdf"}.get(v, "text"), v=v)
    for v in range(3):
        add(t_minutes_partial, "hwpx" if v == 0 else "text", v=v)
    for v in range(3):
        add(t_review_partial, "hwpx" if v == 1 else "text", v=v)
    for v in range(3):
        add(t_award, "text", v=v)
    for v in range(3):
        add(t_subsidy, "hwpx" if v == 2 else "text", v=v)
    add(t_mislabeled, "text", v=0)
    add(t_mislabeled, "text", ocr=True, v=1)
    add(t_mislabeled, "hwpx", "owpml2024", v=2)
    add(t_travel_passport, "text", v=0)
    add(t_travel_passport, "pdf", v=1)
    add(t_stats_partial, "text", v=0)
    add(t_stats_partial, "text", v=1)
    for v in range(3):
        add(t_expense_partial, "hwpx" if v == 0 else "text", v=v)
    # non_public without marking (22)
    add(t_discipline, "hwpx", v=0)
    add(t_discipline, "pdf", ocr=True, v=1)
    add(t_discipline, "text", v=2)
    add(t_discipline, "text", v=3)
    add(t_sick_leave, "hwpx", v=0)
    add(t_sick_leave, "text", v=1)
    add(t_union_dues, "hwpx", v=1)
    add(t_union_dues, "text", v=0)
    add(t_investigation, "hwpx", v=0)
    add(t_investigation, "text", v=1)
    add(t_audit_ongoing, "hwpx", v=0)
    add(t_audit_ongoing, "text", v=1)
    add(t_audit_ongoing, "text", v=2)
    add(t_internal_draft, "hwpx", v=0)
    add(t_internal_draft, "text", v=1)
    add(t_internal_draft, "text", ocr=True, v=2)
    add(t_land_dev, "text", v=0)
    add(t_land_dev, "hwpx", v=1)
    add(t_trade_secret, "text", v=0)
    add(t_personnel_roster, "text", v=0)
    add(t_personnel_roster, "text", v=1)
    add(t_diplomacy_unmarked, "text", v=0)
    # OCR-noised PDF text layer: one more (the press release below is text; pick the dam Ⅲ급 PDF)
    for e in P_:
        if e["fn"] is t_secret and e["kw"].get("kind") == "dam":
            e["ocr"] = True
    return P_


# ---------------------------------------------------------------------------
# validation of labels against the rendered text
# ---------------------------------------------------------------------------
RE_ID = re.compile(r"(?<![\d-])(\d{6}-[1-8]\d{6}|[MSRGD]\d{8}|M\d{3}[A-Z]\d{4}|\d{2}-\d{2}-\d{6}-\d{2})(?![\d-])")
RE_MOBILE = re.compile(r"01[016789]-\d{3,4}-\d{4}")


def check_labels(d, plain):
    assert d["disclosure"] in DISCLOSURES
    assert d["marking"] in MARKINGS
    assert all(r in REASONS for r in d["reasons"]), d["reasons"]
    assert len(set(d["reasons"])) == len(d["reasons"])
    if d["disclosure"] == "public":
        assert not d["reasons"], d
        assert not RE_MOBILE.search(plain), (d["template"], RE_MOBILE.search(plain))
    else:
        assert d["reasons"], d["template"]
    if d["marking"] in SECRET:
        assert d["disclosure"] == "non_public"
        assert "OIDA-9-1-1" in d["reasons"] and any(r in d["reasons"] for r in ("OIDA-9-1-2", "OIDA-9-1-3")), d
    if "OIDA-9-1-1" in d["reasons"]:
        assert d["marking"] in SECRET
    if d["marking"] == "대외비":
        assert d["disclosure"] == "non_public" and "OIDA-9-1-1" not in d["reasons"]
    if d.get("mention"):
        assert d["marking"] == "none"
    ids = RE_ID.findall(unicodedata.normalize("NFKC", plain))
    if "PIPA-24" in d["reasons"]:
        assert ids, (d["template"], "PIPA-24 without an unmasked identifier")
    else:
        assert not ids, (d["template"], ids)
    st = d.get("stated")
    if st and "mislabeled" not in d["template"]:
        kind = "non_public" if st.startswith("비공개") else "partial" if st.startswith("부분공개") else "public"
        assert kind == d["disclosure"], (d["template"], st, d["disclosure"])
        core = re.sub(r"§9①|제?9조|제?1항|\d{4}", " ", st)
        nums = [int(x) for x in re.findall(r"(?<!\d)([1-8])(?!\d)", core)]
        if kind != "public" and nums:
            assert set(nums) == set(rnums(d["reasons"])), (d["template"], st, d["reasons"])


def locate_stated(blocks, stated):
    """Where does the document's own 공개 구분 field sit?"""
    seen_sihaeng = False
    for b in blocks:
        if b[0] == "p" and b[1].startswith("시행 "):
            seen_sihaeng = True
        if b[0] == "tbl" and any(stated == cell_text(c).strip() for row in b[1] for c in row):
            return "disclosure_field:report_header_table"
        if b[0] == "p" and re.search(r"(^|[/:\]]|\s)\s*" + re.escape(stated) + r"\s*$", b[1]):
            if b[1].startswith("전화"):
                return "disclosure_field:gyeolmun_tail_after_sihaeng"
            if seen_sihaeng or b[1].startswith(("공개구분:", "공개 구분", "공개여부 :", "정보공개 구분")) and b is blocks[-1]:
                return "disclosure_field:gyeolmun_own_line"
            return "disclosure_field:header_line"
    return "disclosure_field:unlocated"


# ---------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------
def main():
    os.makedirs(FILES, exist_ok=True)
    for f in os.listdir(FILES):
        os.remove(os.path.join(FILES, f))
    entries = plan()
    docs = []
    for e in entries:
        kw = dict(e["kw"])
        if e["fn"] in (t_secret, t_daewoe):
            ocr_stamp = kw.pop("ocr_stamp", False)
            kw["ocr"] = ocr_stamp
        d = e["fn"](**kw)
        d["fmt"], d["ns"], d["ocr_all"] = e["fmt"], e["ns"], e["ocr"]
        docs.append(d)
    order = list(range(len(docs)))
    R.shuffle(order)
    out, meta = [], []
    for k, i in enumerate(order):
        d = docs[i]
        did = f"sb-{k + 1:04d}"
        blocks = d["blocks"]
        clean_plain = render_text(blocks, "pipe")
        check_labels(d, clean_plain)
        rec = {"id": did}
        m = {"id": did, "template": d["template"], "genre": d["genre"], "format": d["fmt"], "year": d["date"][0]}
        if d["fmt"] == "text":
            tstyle = ch(["pipe", "pipe", "tab", "space"])
            txt = render_text(blocks, tstyle)
            if d["ocr_all"]:
                txt = ocr_noise(txt)
            rec["text"] = txt
            m["table_style"] = tstyle
        elif d["fmt"] == "hwpx":
            rel = f"files/{did}.hwpx"
            prv = chance(0.5)
            expect = write_hwpx(os.path.join(HERE, rel), blocks, d["title"], d["date"], d["ns"], prvtext=prv)
            got = read_hwpx(os.path.join(HERE, rel))
            assert got == expect, (did, got[:5], expect[:5])
            rec["file"] = rel
            m["hwpx_namespace"] = d["ns"]
            m["preview_text"] = prv
        else:
            rel = f"files/{did}.pdf"
            pblocks = blocks
            if d["ocr_all"]:
                pblocks = [("p", ocr_noise(b[1]), b[2]) if (b[0] == "p" and b[2] not in ("stamp",)) else b for b in blocks]
            font = ch(["NG", "NG", "NM"])
            expect = write_pdf(os.path.join(HERE, rel), pblocks, d["title"], font)
            got = squash(read_pdf(os.path.join(HERE, rel)))
            for s in expect:
                assert squash(s) in got, (did, s)
            rec["file"] = rel
            m["pdf_font"] = {"NG": "NanumGothic", "NM": "NanumMyeongjo"}[font]
        rec.update({"disclosure": d["disclosure"], "marking": d["marking"], "reasons": sorted(d["reasons"], key=REASONS.index),
                    "genre": d["genre"]})
        cue = list(d["cue"])
        if d.get("stated"):
            loc = locate_stated(blocks, d["stated"])
            assert not loc.endswith("unlocated"), (did, d["template"], d["stated"])
            cue = [loc if c == "disclosure_field" else c for c in cue]
            if "disclosure_field_contradicted" in cue:
                cue.append(loc)
        m["cue_position"] = cue + (["ocr_noise"] if d["ocr_all"] and "ocr_noise" not in cue else [])
        m["deciding_cue"] = ("content_contradicts_field" if m.get("mislabeled") or "mislabeled" in d["template"] else cue[0])
        m["mention_only"] = bool(d.get("mention"))
        m["stated_field"] = d.get("stated")
        m["mislabeled"] = "mislabeled" in d["template"]
        m["label_reason"] = d["why"]
        out.append(rec)
        meta.append(m)
    with open(os.path.join(HERE, "sens_b.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "sens_b.meta.jsonl"), "w", encoding="utf-8") as f:
        for r in meta:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    summary(out, meta)


def summary(out, meta):
    from collections import Counter
    c = lambda key: Counter(r[key] for r in out)
    print("documents", len(out))
    print("disclosure", dict(c("disclosure")))
    print("marking", dict(c("marking")))
    print("reasons", dict(Counter(x for r in out for x in r["reasons"])))
    print("genre", dict(c("genre")))
    print("format", dict(Counter(m["format"] for m in meta)))
    print("mention_only", sum(m["mention_only"] for m in meta))
    print("cue", dict(Counter(x for m in meta for x in m["cue_position"])))


if __name__ == "__main__":
    main()
