#!/usr/bin/env python3
"""make_set.py — generator for the independent sensitivity evaluation set `sens_a`.

Writes (next to this file):
  sens_a.jsonl, sens_a.meta.jsonl, files/*.hwpx, files/*.pdf
and then re-reads and validates everything it wrote.

Deterministic: every document uses its own random.Random seeded with a string
derived from SEED (string seeds are hashed with SHA-512 by CPython, so the output
does not depend on PYTHONHASHSEED). HWPX zips use a fixed timestamp and PDFs are
written with reportlab's invariant mode.

Written from the Korean statutes and official forms (정보공개법 제9조, 보안업무규정 및
시행규칙, 행정업무의 운영 및 혁신에 관한 규정 및 시행규칙, 개인정보 보호법 제23조·제24조)
and the OWPML (KS X 6101) transcription; no project code or existing test set was read.

Usage:  python make_set.py            (needs reportlab for the PDFs)
"""
import json
import os
import random
import re
import sys
import zipfile
import unicodedata
from xml.sax.saxutils import escape as xml_escape

SEED = "sens_a-2026-05"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_JSONL = os.path.join(HERE, "sens_a.jsonl")
OUT_META = os.path.join(HERE, "sens_a.meta.jsonl")
FILES_DIR = os.path.join(HERE, "files")
HW_DIR = os.path.join(HERE, "handwritten")
FONT_PATH = "/usr/share/fonts/truetype/nanum/NanumGothic.ttf"
FONT_BOLD_PATH = "/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf"

R_ALL = ["OIDA-9-1-1", "OIDA-9-1-2", "OIDA-9-1-3", "OIDA-9-1-4", "OIDA-9-1-5",
         "OIDA-9-1-6", "OIDA-9-1-7", "OIDA-9-1-8", "PIPA-23", "PIPA-24"]


def O(n):
    return "OIDA-9-1-%d" % n


# ---------------------------------------------------------------------------
# synthetic personal data
# ---------------------------------------------------------------------------
SURNAMES = ("김" * 20 + "이" * 14 + "박" * 8 + "최" * 5 + "정" * 5 + "강" * 3 + "조" * 3 + "윤" * 3 + "장" * 3 + "임" * 2
            + "한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉")
SURNAMES = list(SURNAMES) + ["남궁", "황보", "제갈", "선우", "독고", "사공"]
GIVEN1 = list("민서지현수영준우진예하은도윤성재훈혁호정희경미숙철석환규태연아나유소채다원주동상기병용광창종명승세형인혜선옥순춘봉근찬범건효보한률슬")
GIVEN2 = list("민서지현수영준우진하은윤성재훈혁호정희경미숙철석환규태연아나원주동기용광창종명승형인혜선옥순자남식진빈율린결온솔")


NAMES_USED = set()


def person(r):
    s = r.choice(SURNAMES)
    while True:
        g = r.choice(GIVEN1) + r.choice(GIVEN2)
        if g[0] != g[1]:
            break
    n = s + g
    if n in ("홍길동",):
        return person(r)
    NAMES_USED.add(n)
    return n


FOREIGN = {
    "베트남": (["NGUYEN", "TRAN", "LE", "PHAM", "HOANG", "VU", "DANG", "BUI"], ["VAN HUNG", "THI MAI", "DUC ANH", "VAN MINH", "THI LAN", "QUOC BAO", "THI HUONG"]),
    "캄보디아": (["SOK", "CHEA", "KIM", "HENG", "SAR", "PHAN"], ["CHANTHA", "SOPHEAP", "DARA", "VANNAK", "SREYMOM", "RATHA"]),
    "네팔": (["GURUNG", "TAMANG", "RAI", "SHRESTHA", "MAGAR", "THAPA"], ["BIKASH", "SITA", "RAM BAHADUR", "ANITA", "SURESH", "KIRAN"]),
    "필리핀": (["SANTOS", "REYES", "CRUZ", "BAUTISTA", "GARCIA"], ["MARIA CLARA", "JOSE", "ANGELICA", "MARK ANTHONY", "JOHN PAUL"]),
    "우즈베키스탄": (["KARIMOV", "YUSUPOV", "RAKHIMOV", "TURSUNOV", "ALIEV"], ["BOBUR", "DILNOZA", "SHERZOD", "JAMSHID", "NODIRA"]),
    "인도네시아": (["SUSANTO", "WIJAYA", "HIDAYAT", "SAPUTRA", "KURNIAWAN"], ["AGUS", "DEWI", "BUDI", "RIZKY", "SITI"]),
    "스리랑카": (["PERERA", "FERNANDO", "SILVA", "JAYASINGHE", "BANDARA"], ["KASUN", "NIMALI", "CHAMARA", "DILSHAN", "SANDUNI"]),
}


def foreign_name(r, nat):
    fam, giv = FOREIGN[nat]
    return "%s %s" % (r.choice(fam), r.choice(giv))


def masked_name(r):
    n = person(r)
    style = r.choice(["o", "o", "star", "mo"])
    if style == "o":
        return n[0] + "○○"
    if style == "star":
        return n[0] + "*" * (len(n) - 1)
    return n[0] + "모 씨"


def _valid_date(r, y0, y1):
    y = r.randint(y0, y1)
    m = r.randint(1, 12)
    d = r.randint(1, 28 if m == 2 else 30)
    return y, m, d


def rrn(r, y0=1950, y1=1999, masked=False):
    y, m, d = _valid_date(r, y0, y1)
    g = r.choice([1, 2]) if y < 2000 else r.choice([3, 4])
    body = "%02d%02d%02d%d%04d" % (y % 100, m, d, g, r.randint(0, 9999))
    body = body[:11] + str(r.randint(0, 9))  # 12 digits
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    s = sum(int(a) * b for a, b in zip(body, w))
    c = (11 - s % 11) % 10
    full = body + str(c)
    if masked:
        mc = r.choice(["*", "*", "●", "X", "○"])
        return full[:6] + "-" + full[6] + mc * 6
    return full[:6] + "-" + full[6:]


def frn(r):
    y, m, d = _valid_date(r, 1965, 2001)
    g = r.choice([5, 6]) if y < 2000 else r.choice([7, 8])
    org = r.choice(["10", "12", "14", "20", "22", "24", "30", "32", "40", "42"])
    body = "%02d%02d%02d%d%s%02d%d" % (y % 100, m, d, g, org, r.randint(0, 99), r.choice([7, 8, 9]))
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    s = sum(int(a) * b for a, b in zip(body, w))
    c = (13 - s % 11) % 10
    full = body + str(c)
    return full[:6] + "-" + full[6:]


def passport(r):
    p = r.choice("MMMMSRGD")
    if r.random() < 0.5:
        return p + "%08d" % r.randint(10000000, 99999999)
    return p + "%03d" % r.randint(0, 999) + r.choice("ABCDEFGHJK") + "%04d" % r.randint(0, 9999)


def dlicence(r):
    reg = r.choice(["11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "28"])
    return "%s-%02d-%06d-%02d" % (reg, r.randint(0, 24), r.randint(0, 999999), r.randint(0, 99))


def mobile(r, year=2020):
    if year < 2004:
        return "%s-%d-%04d" % (r.choice(["011", "016", "017", "018", "019"]), r.randint(200, 999), r.randint(0, 9999))
    return "010-%04d-%04d" % (r.randint(2000, 9999), r.randint(0, 9999))


AREA = ["02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055", "061", "062", "063", "064"]


def landline(r, area=None):
    a = area or r.choice(AREA)
    if a == "02":
        return "02-%d-%04d" % (r.randint(2000, 9999), r.randint(0, 9999))
    return "%s-%d-%04d" % (a, r.randint(200, 999), r.randint(0, 9999))


SIDO = [("서울특별시", "서울", "02"), ("부산광역시", "부산", "051"), ("대구광역시", "대구", "053"), ("인천광역시", "인천", "032"),
        ("광주광역시", "광주", "062"), ("대전광역시", "대전", "042"), ("울산광역시", "울산", "052"), ("경기도", "경기", "031"),
        ("강원도", "강원", "033"), ("충청북도", "충북", "043"), ("충청남도", "충남", "041"), ("전라북도", "전북", "063"),
        ("전라남도", "전남", "061"), ("경상북도", "경북", "054"), ("경상남도", "경남", "055"), ("제주특별자치도", "제주", "064")]
SIGUNGU = {
    "서울특별시": ["마포구", "강남구", "노원구", "관악구", "송파구", "은평구", "성북구", "강서구", "동작구"],
    "부산광역시": ["해운대구", "부산진구", "사하구", "동래구", "북구"],
    "대구광역시": ["수성구", "달서구", "북구", "동구"],
    "인천광역시": ["남동구", "부평구", "연수구", "서구"],
    "광주광역시": ["북구", "광산구", "서구"],
    "대전광역시": ["유성구", "서구", "대덕구"],
    "울산광역시": ["남구", "중구", "울주군"],
    "경기도": ["수원시 팔달구", "성남시 분당구", "고양시 일산동구", "용인시 기흥구", "안산시 단원구", "평택시", "파주시", "양평군", "이천시"],
    "강원도": ["춘천시", "원주시", "강릉시", "홍천군", "영월군"],
    "충청북도": ["청주시 흥덕구", "충주시", "제천시", "괴산군"],
    "충청남도": ["천안시 서북구", "아산시", "공주시", "부여군", "서산시"],
    "전라북도": ["전주시 완산구", "익산시", "군산시", "고창군"],
    "전라남도": ["순천시", "여수시", "목포시", "해남군", "나주시"],
    "경상북도": ["포항시 북구", "구미시", "경주시", "의성군", "안동시"],
    "경상남도": ["창원시 성산구", "김해시", "진주시", "합천군", "양산시"],
    "제주특별자치도": ["제주시", "서귀포시"],
}
ROAD_STEM = ["한빛", "새말", "은행", "푸른솔", "매봉", "가람", "도담", "느티", "동산", "햇살", "목련", "청계", "장미", "대림", "평화",
             "중앙", "시장", "학교", "솔밭", "배울", "강변", "버들", "샘골", "구름", "달맞이", "들꽃", "성안", "향교", "남문", "백제"]
APT = ["한빛", "e편한", "푸르지오", "래미안", "주공", "현대", "삼익", "대우", "동아", "럭키", "우성", "신동아", "벽산", "롯데캐슬"]


def sido_name(full, year):
    if full == "강원도" and year >= 2023:
        return "강원특별자치도"
    if full == "전라북도" and year >= 2024:
        return "전북특별자치도"
    if full == "제주특별자치도" and year < 2006:
        return "제주도"
    return full


def address(r, year=2022, short=False, near=None):
    sd = r.choice(SIDO)
    sg = r.choice(SIGUNGU[sd[0]])
    if near is not None and getattr(near, "sido", None) and r.random() < 0.85:
        sd = [x for x in SIDO if x[0] == near.sido][0]
        sg = near.city if near.city and near.city in " ".join(SIGUNGU[sd[0]]) else r.choice(SIGUNGU[sd[0]])
        sg = [x for x in SIGUNGU[sd[0]] if x.startswith(sg)][0] if any(x.startswith(sg) for x in SIGUNGU[sd[0]]) else sg
    full = sido_name(sd[0], year)
    head = sd[1] if short else full
    if year >= 2014 or r.random() < 0.15:
        road = r.choice(ROAD_STEM) + r.choice(["로", "길", "로", "대로"])
        if road.endswith("길") or r.random() < 0.3:
            road = road if road.endswith("길") else road + "%d번길" % r.randint(2, 80)
        num = "%d" % r.randint(1, 300)
        if r.random() < 0.2:
            num += "-%d" % r.randint(1, 30)
        addr = "%s %s %s %s" % (head, sg, road, num)
    else:
        dong = r.choice(["신", "중앙", "상", "하", "대", "송", "북", "남", "평", "효"]) + r.choice(["동", "1동", "2동", "3가동"])
        addr = "%s %s %s %d-%d" % (head, sg, dong, r.randint(1, 999), r.randint(1, 60))
    u = r.random()
    if u < 0.5:
        addr += ", %d동 %d호" % (r.randint(101, 115), r.randint(1, 25) * 100 + r.randint(1, 6))
        if r.random() < 0.4:
            addr += " (%s아파트)" % r.choice(APT)
    elif u < 0.7:
        addr += ", %d층" % r.randint(2, 5)
    return addr


BANKS = [("농협", "3%02d-%04d-%04d-%02d"), ("국민은행", "%06d-%02d-%06d"), ("신한은행", "110-%03d-%06d"), ("우리은행", "1002-%03d-%06d"),
         ("하나은행", "%03d-%06d-%05d"), ("기업은행", "%03d-%06d-%02d-%03d"), ("우체국", "%06d-%02d-%06d")]


def account(r):
    b, f = r.choice(BANKS)
    n = f.count("%")
    vals = []
    for m in re.finditer(r"%0(\d)d", f):
        k = int(m.group(1))
        vals.append(r.randint(0, 10 ** k - 1))
    return b, f % tuple(vals)


CO_STEM = ["한빛", "대성", "미래", "동해", "새한", "가온", "누리", "청솔", "태평", "한결", "우리", "세진", "보람", "그린", "다온", "명성", "신우", "해든"]
CO_TAIL = ["엔지니어링", "건설", "정보기술", "환경", "기술", "시스템즈", "산업", "컨설팅", "종합건설", "이앤씨", "소프트", "테크"]


def company(r):
    n = r.choice(CO_STEM) + r.choice(CO_TAIL)
    return r.choice(["(주)" + n, n + "(주)", "주식회사 " + n, n])


def brn(r):
    d = [r.randint(0, 9) for _ in range(9)]
    d[3] = r.choice([8, 1, 0])
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(a * b for a, b in zip(d, w)) + (d[8] * 5) // 10
    c = (10 - s % 10) % 10
    x = "".join(map(str, d)) + str(c)
    return x[:3] + "-" + x[3:5] + "-" + x[5:]


# ---------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------
def pick_year(r, lo=1993, hi=2026):
    while True:
        u = r.random()
        if u < 0.1:
            y = r.randint(1993, 1999)
        elif u < 0.3:
            y = r.randint(2000, 2009)
        elif u < 0.63:
            y = r.randint(2010, 2019)
        else:
            y = r.randint(2020, 2026)
        if lo <= y <= hi:
            return y


def rdate(r, year):
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    return (year, m, d)


def ds(dt, style="dot"):
    y, m, d = dt
    if style == "dot":
        return "%d. %d. %d." % (y, m, d)
    if style == "dot0":
        return "%d.%02d.%02d." % (y, m, d)
    if style == "dotns":
        return "%d.%d.%d." % (y, m, d)
    if style == "kor":
        return "%d년 %d월 %d일" % (y, m, d)
    if style == "dash":
        return "%d-%02d-%02d" % (y, m, d)
    if style == "short":
        return "'%02d. %d. %d." % (y % 100, m, d)
    if style == "md":
        return "%02d/%02d" % (m, d)
    raise ValueError(style)


def add_days(dt, n):
    import datetime
    x = datetime.date(*dt) + datetime.timedelta(days=n)
    return (x.year, x.month, x.day)


def date_style(r, year):
    if year < 2000:
        return r.choice(["dot", "dotns", "kor"])
    return r.choice(["dot", "dot", "dot", "dot0", "kor"])


# ---------------------------------------------------------------------------
# agencies (era-dependent names) and officials
# ---------------------------------------------------------------------------
CENTRAL = {
    "mois": ([(0, 1998, "내무부"), (1998, 2008, "행정자치부"), (2008, 2013, "행정안전부"), (2013, 2014, "안전행정부"),
              (2014, 2017, "행정자치부"), (2017, 9999, "행정안전부")], "mois", "세종"),
    "mnd": ([(0, 9999, "국방부")], "mnd", "용산"),
    "mofa": ([(0, 1998, "외무부"), (1998, 2013, "외교통상부"), (2013, 9999, "외교부")], "mofa", "서울"),
    "molit": ([(0, 1994, "건설부"), (1994, 2008, "건설교통부"), (2008, 2013, "국토해양부"), (2013, 9999, "국토교통부")], "molit", "세종"),
    "mohw": ([(0, 1994, "보건사회부"), (1994, 2008, "보건복지부"), (2008, 2010, "보건복지가족부"), (2010, 9999, "보건복지부")], "mohw", "세종"),
    "moel": ([(0, 2010, "노동부"), (2010, 9999, "고용노동부")], "moel", "세종"),
    "moe": ([(0, 2001, "교육부"), (2001, 2008, "교육인적자원부"), (2008, 2013, "교육과학기술부"), (2013, 9999, "교육부")], "moe", "세종"),
    "me": ([(0, 1994, "환경처"), (1994, 9999, "환경부")], "me", "세종"),
    "unikorea": ([(0, 1998, "통일원"), (1998, 9999, "통일부")], "unikorea", "서울"),
    "moj": ([(0, 9999, "법무부")], "moj", "과천"),
    "police": ([(1991, 9999, "경찰청")], "police", "서울"),
    "fire": ([(2004, 2014, "소방방재청"), (2014, 2017, "국민안전처"), (2017, 9999, "소방청")], "nfa", "세종"),
    "pps": ([(0, 9999, "조달청")], "pps", "대전"),
    "customs": ([(0, 9999, "관세청")], "customs", "대전"),
    "kcg": ([(1996, 9999, "해양경찰청")], "kcg", "인천"),
    "mma": ([(0, 9999, "병무청")], "mma", "대전"),
    "kostat": ([(1990, 9999, "통계청")], "kostat", "대전"),
    "mpm": ([(1999, 2008, "중앙인사위원회"), (2014, 9999, "인사혁신처")], "mpm", "세종"),
    "mss": ([(1996, 2017, "중소기업청"), (2017, 9999, "중소벤처기업부")], "mss", "대전"),
}
CAMPUS = {
    "세종": [("세종특별자치시 도움6로 42 정부세종청사", "30112", None, "044")],
    "서울": [("서울특별시 종로구 세종대로 209 정부서울청사", "03171", "110-760", "02")],
    "과천": [("경기도 과천시 관문로 47 정부과천청사", "13809", "427-760", "02")],
    "대전": [("대전광역시 서구 청사로 189 정부대전청사", "35208", "302-701", "042")],
    "용산": [("서울특별시 용산구 이태원로 22", "04383", "140-701", "02")],
    "인천": [("인천광역시 연수구 해돋이로 130", "22003", "406-840", "032")],
}
CENTRAL_DEPTS = ["운영지원과", "기획재정담당관", "감사담당관", "비상안전기획관", "정보공개정책과", "인사과", "혁신행정담당관", "대변인실",
                 "정책기획과", "안전정책과", "민원제도과", "보안담당관", "재난대응정책과", "조직진단과", "법무감사담당관"]
LOCAL_DEPTS = ["총무과", "기획예산과", "감사실", "민원봉사과", "안전총괄과", "건설과", "도시계획과", "세무과", "복지정책과", "환경위생과",
               "교통행정과", "일자리경제과", "문화관광과", "토지정보과", "자치행정과", "행정지원과", "재난안전과", "회계과", "정보통신과"]
LOCAL_CITIES = [("경기도", "수원시"), ("경기도", "고양시"), ("경기도", "용인시"), ("경기도", "파주시"), ("경기도", "양평군"),
                ("충청북도", "청주시"), ("충청북도", "괴산군"), ("충청남도", "천안시"), ("충청남도", "부여군"), ("전라북도", "전주시"),
                ("전라북도", "고창군"), ("전라남도", "순천시"), ("전라남도", "해남군"), ("경상북도", "포항시"), ("경상북도", "의성군"),
                ("경상남도", "김해시"), ("경상남도", "합천군"), ("강원도", "원주시"), ("강원도", "홍천군"), ("제주특별자치도", "서귀포시"),
                ("서울특별시", "마포구"), ("서울특별시", "노원구"), ("서울특별시", "관악구"), ("부산광역시", "해운대구"),
                ("대구광역시", "수성구"), ("인천광역시", "남동구"), ("광주광역시", "북구"), ("대전광역시", "유성구"), ("울산광역시", "남구")]
INSTITUTIONS = [("국민건강보험공단", "이사장", "강원도 원주시 건강로 32", "26464", "nhis.or.kr", "033"),
                ("한국도로공사", "사장", "경상북도 김천시 혁신8로 77", "39660", "ex.co.kr", "054"),
                ("근로복지공단", "이사장", "울산광역시 중구 종가로 340", "44428", "comwel.or.kr", "052"),
                ("국민연금공단", "이사장", "전라북도 전주시 덕진구 기지로 180", "54870", "nps.or.kr", "063"),
                ("한국수자원공사", "사장", "대전광역시 대덕구 신탄진로 200", "34350", "kwater.or.kr", "042"),
                ("한국환경공단", "이사장", "인천광역시 서구 환경로 42", "22689", "keco.or.kr", "032")]
ROMA = ["kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "han", "oh", "seo", "shin", "kwon", "hwang",
        "ahn", "song", "ryu", "hong", "ko", "moon", "yang", "son", "bae", "baek", "heo", "nam", "noh", "ha"]


class Agency:
    sido = None

    def __init__(self, name, head, kind, addr, post, web, area, maildom, depts, city=None):
        self.name, self.head, self.kind, self.addr, self.post = name, head, kind, addr, post
        self.web, self.area, self.maildom, self.depts, self.city = web, area, maildom, depts, city

    def tel(self, r):
        return landline(r, self.area)


def head_of(name):
    if name.endswith("부") or name.endswith("원"):
        return name + "장관"
    if name.endswith("처") and name != "국민안전처":
        return name + "장"
    if name == "국민안전처":
        return "국민안전처장관"
    if name.endswith("위원회"):
        return name + "위원장"
    return name + "장"


def central_agency(r, year, key=None, keys=None):
    cands = [k for k in (keys or CENTRAL.keys()) if any(a <= year < b for a, b, _ in CENTRAL[k][0])]
    if key and key in cands:
        k = key
    else:
        k = r.choice(cands)
    name = [n for a, b, n in CENTRAL[k][0] if a <= year < b][0]
    campus = CENTRAL[k][2]
    if campus == "세종" and year < 2013:
        campus = r.choice(["서울", "과천"])
    addr, p5, p6, area = CAMPUS[campus][0]
    if campus in ("세종", "서울", "과천", "대전"):
        addr = addr + " " + ("%d동" % r.randint(1, 17) if campus != "서울" else "")
    post = p5 if year >= 2015 or p6 is None else p6
    web = ("www.%s.go.kr" % CENTRAL[k][1]) if year >= 1997 else None
    maildom = "korea.kr" if year >= 2007 else "%s.go.kr" % CENTRAL[k][1]
    return Agency(name, head_of(name), "central", addr.strip(), post, web, area, maildom, CENTRAL_DEPTS)


CITY_SLUG = {"수원시": "suwon", "고양시": "goyang", "용인시": "yongin", "파주시": "paju", "양평군": "yp21", "청주시": "cheongju",
             "괴산군": "goesan", "천안시": "cheonan", "부여군": "buyeo", "전주시": "jeonju", "고창군": "gochang", "순천시": "suncheon",
             "해남군": "haenam", "포항시": "pohang", "의성군": "usc", "김해시": "gimhae", "합천군": "hc", "원주시": "wonju",
             "홍천군": "hongcheon", "서귀포시": "seogwipo", "마포구": "mapo", "노원구": "nowon", "관악구": "gwanak",
             "해운대구": "haeundae", "수성구": "suseong", "남동구": "namdong", "북구": "bukgu", "유성구": "yuseong", "남구": "ulsannamgu"}
SIDO_SLUG = {"경기도": "gg", "충청북도": "chungbuk", "충청남도": "chungnam", "전라북도": "jeonbuk", "전라남도": "jeonnam",
             "경상북도": "gb", "경상남도": "gyeongnam", "강원도": "gwd", "제주특별자치도": "jeju", "서울특별시": "seoul",
             "부산광역시": "busan", "대구광역시": "daegu", "인천광역시": "incheon", "광주광역시": "gwangju", "대전광역시": "daejeon",
             "울산광역시": "ulsan"}


def local_agency(r, year, level=None):
    sd, sg = r.choice(LOCAL_CITIES)
    sdn = sido_name(sd, year)
    area = [a for n, s, a in SIDO if n == sd][0]
    if level == "sido" or (level is None and r.random() < 0.25):
        name = sdn
        head = sdn + ("지사" if sdn.endswith("도") else "장")
        if sdn.endswith("특별시") or sdn.endswith("광역시") or sdn.endswith("자치시"):
            head = sdn + "장"
        rom = "sido"
    else:
        name = sg if sd not in ("서울특별시", "부산광역시", "대구광역시", "인천광역시", "광주광역시", "대전광역시", "울산광역시") else "%s %s" % (sdn, sg)
        if sd in ("서울특별시", "부산광역시", "대구광역시", "인천광역시", "광주광역시", "대전광역시", "울산광역시"):
            head = sdn + " " + sg + "청장"
            name = sdn + " " + sg
        else:
            head = sg + ("수" if sg.endswith("군") else "장")
            name = sdn + " " + sg if r.random() < 0.3 else sg
        rom = "city"
    road = r.choice(["시청로", "군청로", "중앙로", "구청로", "청사로", "행정로", "문화로"])
    addr = "%s %s %s %d" % (sdn, sg if rom == "city" else r.choice(SIGUNGU[sd]).split()[0], road, r.randint(1, 120))
    post = "%05d" % r.randint(10000, 63999) if year >= 2015 else "%03d-%03d" % (r.randint(100, 799), r.randint(100, 999))
    slug = CITY_SLUG.get(sg, "city") if rom == "city" else SIDO_SLUG.get(sd, "sido")
    web = ("www.%s.go.kr" % slug) if year >= 1998 else None
    maildom = "korea.kr" if year >= 2007 else (web[4:] if web else "")
    ag = Agency(name, head, "local", addr, post, web, area, maildom, LOCAL_DEPTS, city=sg)
    ag.sido = sd
    return ag


def police_agency(r, year):
    sd, sg = r.choice(LOCAL_CITIES)
    sdn = sido_name(sd, year)
    short = [s for n, s, a in SIDO if n == sd][0]
    area = [a for n, s, a in SIDO if n == sd][0]
    name = "%s%s경찰서" % (short if r.random() < 0.2 else "", sg.replace("시", "").replace("군", "").replace("구", "") or sg)
    if len(name) < 5:
        name = sg.rstrip("시군구") + "경찰서"
    addr = "%s %s %s %d" % (sdn, sg, r.choice(["경찰서길", "중앙로", "법원로"]), r.randint(1, 200))
    post = "%05d" % r.randint(10000, 63999) if year >= 2015 else "%03d-%03d" % (r.randint(100, 799), r.randint(100, 999))
    return Agency(name, name + "장", "police", addr, post, "www.police.go.kr" if year >= 1998 else None, area,
                  "police.go.kr", ["경무과", "정보과", "수사과", "생활안전과", "112치안종합상황실", "청문감사인권관실", "여성청소년과", "형사과"])


def inst_agency(r, year):
    name, head, addr, post, dom, area = r.choice(INSTITUTIONS)
    if year < 2015:
        post = "%03d-%03d" % (r.randint(100, 799), r.randint(100, 999))
    return Agency(name, name + " " + head, "inst", addr, post, "www." + dom, area, dom,
                  ["총무부", "기획조정실", "감사실", "인사부", "고객지원부", "안전관리부", "계약부", "노무복지부", "정보보호부"])


def edu_agency(r, year):
    sd, sg = r.choice(LOCAL_CITIES)
    sdn = sido_name(sd, year)
    if r.random() < 0.5:
        name = sdn + "교육청"
        head = sdn + "교육감"
    else:
        base = sg[:-1] if len(sg) > 2 and sg[-1] in "시군구" else sg
        name = "%s교육지원청" % base
        head = name + " 교육장"
    addr = "%s %s %s %d" % (sdn, sg, r.choice(["교육청길", "교육로", "중앙로"]), r.randint(1, 90))
    post = "%05d" % r.randint(10000, 63999) if year >= 2015 else "%03d-%03d" % (r.randint(100, 799), r.randint(100, 999))
    return Agency(name, head, "edu", addr, post, "www.%s.go.kr" % r.choice(["sen", "goe", "cbe", "cne", "jbe", "jne", "gbe", "gne"]),
                  [a for n, s, a in SIDO if n == sd][0], "korea.kr" if year >= 2007 else "edu.go.kr",
                  ["행정지원과", "교육지원과", "재정지원과", "감사팀", "총무과", "시설과", "학생생활지원과"])


def any_agency(r, year, kinds=("central", "local", "local", "inst", "edu", "police")):
    k = r.choice(kinds)
    if k == "central":
        return central_agency(r, year)
    if k == "local":
        return local_agency(r, year)
    if k == "inst" and year >= 2000:
        return inst_agency(r, year)
    if k == "edu":
        return edu_agency(r, year)
    if k == "police" and year >= 1992:
        return police_agency(r, year)
    return local_agency(r, year)


def ranks(r, year, kind="central"):
    """returns (drafter_rank, reviewer_rank, approver_title)"""
    if year >= 2012:
        d = r.choice(["주무관", "주무관", "주무관", "행정주사", "사무관"])
    elif year >= 2000:
        d = r.choice(["행정주사", "행정주사보", "행정서기", "주사", "행정사무관"])
    else:
        d = r.choice(["행정주사", "행정주사보", "행정서기", "주사보"])
    rv = r.choice(["사무관", "팀장", "팀장", "계장"] if year < 2005 else ["사무관", "팀장", "팀장", "서기관"])
    return d, rv


def email(r, ag):
    dom = ag.maildom or "korea.kr"
    uid = r.choice(ROMA) + r.choice(["", ".", "_"]) + "".join(r.choice("abcdefghijklmnoprstuwy") for _ in range(r.randint(1, 3)))
    if r.random() < 0.35:
        uid += str(r.randint(1, 99))
    return uid + "@" + dom


# ---------------------------------------------------------------------------
# document model
# ---------------------------------------------------------------------------
class Doc:
    """A document as a list of blocks. Rendered to plain text, HWPX or PDF.

    blocks: ("p", text, align, bold) | ("tbl", rows, kind) | ("box", lines, pos)
    header/footer: list of lines shown as the page header / page footer.
    """

    def __init__(self, r):
        self.r = r
        self.blocks = []
        self.header = None
        self.footer = None
        self.tsep = r.choice([" | ", " | ", "|", "\t", "\t", "  "])
        self.title = ""

    def p(self, *lines, align="L", bold=False):
        for ln in lines:
            for x in str(ln).split("\n"):
                self.blocks.append(("p", x, align, bold))
        return self

    def blank(self):
        self.blocks.append(("p", "", "L", False))
        return self

    def tbl(self, rows, kind="data"):
        self.blocks.append(("tbl", [[str(c) for c in row] for row in rows], kind))
        return self

    def box(self, lines, pos="TR"):
        if isinstance(lines, str):
            lines = lines.split("\n")
        self.blocks.append(("box", list(lines), pos))
        return self

    def all_text_parts(self):
        parts = []
        if self.header:
            parts += self.header
        for b in self.blocks:
            if b[0] == "p":
                parts.append(b[1])
            elif b[0] == "tbl":
                for row in b[1]:
                    parts += row
            else:
                parts += b[1]
        if self.footer:
            parts += self.footer
        return parts


def render_text(doc):
    out = []
    if doc.header:
        out += list(doc.header) + [""]
    sep = doc.tsep
    for b in doc.blocks:
        if b[0] == "p":
            out.append(b[1])
        elif b[0] == "tbl":
            for row in b[1]:
                cells = [c.replace("\n", " ") for c in row]
                if sep == "|":
                    out.append("|" + "|".join(cells) + "|")
                else:
                    out.append(sep.join(cells).rstrip())
        else:
            out += b[1]
    if doc.footer:
        out += [""] + list(doc.footer)
    txt = "\n".join(x.rstrip() for x in out)
    txt = re.sub(r"\n{3,}", "\n\n", txt).strip("\n")
    return txt


# ---------------------------------------------------------------------------
# stamps, markings, disclosure fields, citations
# ---------------------------------------------------------------------------
ROMAN = {"I": "Ⅰ", "II": "Ⅱ", "III": "Ⅲ"}
ARAB = {"I": "1", "II": "2", "III": "3"}
LOWER = {"I": "II", "II": "III"}


def secret_word(r, g, form=None):
    R, A = ROMAN[g], ARAB[g]
    forms = ["%s급비밀" % R, "%s급 비밀" % R, "%s급 비밀" % g, "%s급비밀" % g, "%s급 비밀" % A, "비밀(%s급)" % R,
             "%s 급 비 밀" % R, "%s급비밀" % A, "[%s급비밀]" % R, "%s급 秘密" % R, "비밀 %s급" % R]
    return forms[form] if form is not None else r.choice(forms)


def secret_word_noisy(r, g):
    R = ROMAN[g]
    forms = ["%s급비밀" % g.replace("I", "l"), "%s 급비밀" % g.replace("I", "1" if g != "I" else "l"), "%s급 비 밀" % R,
             "%s급비 밀" % g, "%s급  비밀" % R]
    return r.choice(forms)


def daeoebi_word(r, until=None, noisy=False):
    forms = ["대외비", "대외비", "대 외 비", "[대외비]", "《대외비》", "<대외비>", "대외비(對外秘)", "보안등급: 대외비", "■ 대외비 ■", "〔대외비〕"]
    if until:
        forms += ["%s까지 대외비" % until, "대외비(보호기간: %s까지)" % until, "대외비 / 보호기간 %s까지" % until]
    w = r.choice(forms)
    if noisy:
        w = r.choice(["대 외비", "대외 비", "[ 대외비 ]", "대외비(보호기간:%s까지)" % (until or "2O25.l2.3l."), "대 외 비"])
        w = w.replace("0", r.choice(["0", "O"]))
    return w


def yegomun(r, g, until_dt, doc_dt=None):
    R = ROMAN[g]
    u = ds(until_dt, r.choice(["dot", "dot", "dot0"]))
    forms = ["예고문: %s까지 %s급비밀, 이후 일반문서로 재분류" % (u, R),
             "예고문 : %s까지 %s급 비밀, 이후 일반문서로 재분류" % (u, g),
             "예고문: %s 파기" % u,
             "예고문: 원본 %s까지 보존 후 일반문서로 재분류 / 사본 %s 파기" % (u, ds(add_days(until_dt, -180), "dot")),
             "(예고문) %s 일반문서로 재분류" % u,
             "보호기간: %s까지 / 이후 일반문서로 재분류" % u]
    if g in LOWER:
        forms.append("예고문: %s까지 %s급비밀, 이후 %s급비밀로 재분류" % (u, R, ROMAN[LOWER[g]]))
    return r.choice(forms)


def copy_no(r):
    n = r.randint(1, 6)
    m = r.randint(n, 8)
    return r.choice(["사본번호: 제%d호 (총 %d부)" % (n, m), "사본번호 %d/%d" % (n, m), "사본 제%d호" % n, "사본번호: %d번" % n,
                     "사본번호 : %d (총 %d부 중)" % (n, m)])


def field_str(r, kind, nums=(), year=2020, style=None):
    nums = sorted(nums)
    j = ", ".join(map(str, nums))
    if kind == "public":
        if 2004 <= year < 2012:
            return r.choice(["공개", "대국민 공개", "공개"])
        return "공개"
    word = "부분공개" if kind == "partial" else "비공개"
    opts = ["%s(%s)" % (word, j), "%s(%s)" % (word, j), "%s (%s)" % (word, j), "%s(%s)" % (word, ",".join(map(str, nums)))]
    if len(nums) == 1:
        n = nums[0]
        opts += ["%s(제9조제1항제%d호)" % (word, n), "%s(%d호)" % (word, n), "%s(법 제9조제1항제%d호)" % (word, n),
                 "%s(제%d호)" % (word, n)]
    return opts[style] if style is not None else r.choice(opts)


def law_cite(r, n, form=None):
    forms = ["「공공기관의 정보공개에 관한 법률」 제9조 제1항 제%d호" % n,
             "「공공기관의 정보공개에 관한 법률」 제9조제1항제%d호" % n,
             "정보공개법 제9조①%d" % n,
             "법 제9조제1항제%d호" % n,
             "9조 1항 %d호" % n,
             "정보공개법 제9조 제1항 제%d호" % n,
             "공공기관의 정보공개에 관한 법률 제9조 제1항 %d호" % n]
    return forms[form] if form is not None else r.choice(forms)


GROUND_TEXT = {
    1: "다른 법률 또는 법률에서 위임한 명령에 따라 비밀이나 비공개 사항으로 규정된 정보",
    2: "국가안전보장ㆍ국방ㆍ통일ㆍ외교관계 등에 관한 사항으로서 공개될 경우 국가의 중대한 이익을 현저히 해칠 우려가 있는 정보",
    3: "공개될 경우 국민의 생명ㆍ신체 및 재산의 보호에 현저한 지장을 초래할 우려가 있는 정보",
    4: "진행 중인 재판에 관련된 정보와 범죄의 예방, 수사 등에 관한 사항으로서 공개될 경우 직무수행을 현저히 곤란하게 할 우려가 있는 정보",
    5: "감사ㆍ감독ㆍ검사ㆍ시험ㆍ규제ㆍ입찰계약ㆍ기술개발ㆍ인사관리ㆍ의사결정 과정 또는 내부검토 과정에 있는 사항",
    6: "해당 정보에 포함되어 있는 성명ㆍ주민등록번호 등 개인에 관한 사항으로서 공개될 경우 사생활의 비밀 또는 자유를 침해할 우려가 있는 정보",
    7: "법인ㆍ단체 또는 개인의 경영상ㆍ영업상 비밀에 관한 사항으로서 공개될 경우 정당한 이익을 현저히 해칠 우려가 있는 정보",
    8: "공개될 경우 부동산 투기, 매점매석 등으로 특정인에게 이익 또는 불이익을 줄 우려가 있는 정보",
}


def chief(dept):
    if dept.endswith("담당관") or dept.endswith("기획관") or dept.endswith("정책관"):
        return dept
    if dept == "대변인실":
        return "대변인"
    if dept.endswith("실"):
        return dept + "장"
    if dept.endswith("팀") or dept.endswith("과") or dept.endswith("부") or dept.endswith("국") or dept.endswith("계"):
        return dept + "장"
    if dept.endswith("청"):
        return dept + "장"
    return dept + "장"


def doc_no(r, dept):
    return "%s-%d" % (dept, r.randint(101, 19999))


# ---------------------------------------------------------------------------
# 공문 framing (행정업무규정 시행규칙 별지 제1호서식 기안문 / 시행문; 사무관리규정 시대 서식)
# ---------------------------------------------------------------------------
def dumun(doc, r, ag, year, recipient, via=None, recv_addr=None):
    doc.p(ag.name, align="C", bold=True)
    if year >= 2004 and r.random() < 0.3:
        doc.p(r.choice(["", "(%s)" % r.choice(["국민과 함께하는 따뜻한 행정", "안전하고 행복한 지역사회", "공정과 상식의 행정",
                                                  "신뢰받는 열린 행정"])]), align="C")
    doc.blank()
    doc.p("수신  %s" % recipient)
    if recv_addr:
        doc.p(recv_addr)
    if via is not None:
        doc.p("(경유)  %s" % via)
    elif r.random() < 0.6:
        doc.p("(경유)")


def title_line(doc, title):
    doc.p("제목  %s" % title, bold=True)
    doc.title = title


def gyeolmun(doc, r, ag, year, dt, dept, field, sender=True, coop=None, receipt=None, internal=False):
    """결문: 발신명의, 기안자·검토자·결재권자, 협조자, 시행/접수, 우편번호 주소/홈페이지, 전화/전송/전자우편/공개 구분."""
    d_rank, rv_rank = ranks(r, year)
    n1, n2, n3 = person(r), person(r), person(r)
    doc.blank()
    if sender:
        doc.p(ag.head, align="C", bold=True)
        doc.blank()
    md = ds(dt, "md") if r.random() < 0.6 else ds(dt, "dot")
    ch = chief(dept)
    v = r.random()
    if v < 0.45:
        sig = "%s %s    %s %s    %s %s%s %s" % (d_rank, n1, rv_rank, n2, ch, r.choice(["전결 ", "전결 ", "", "대결 "]), md, n3)
    elif v < 0.75:
        sig = "★%s %s  %s %s  %s %s %s" % (d_rank, n1, rv_rank, n2, ch, md, n3)
    else:
        sig = "기안자 %s %s  검토자 %s %s  결재권자 %s %s" % (d_rank, n1, rv_rank, n2, ch, n3)
    doc.p(sig)
    if coop:
        doc.p("협조자  %s %s" % (coop, person(r)))
    elif r.random() < 0.4:
        doc.p("협조자")
    no = doc_no(r, dept)
    if year < 2012:
        sh = "시행 %s (%s)  접수 %s" % (no, ds(dt, "dot0"), ("%s (%s)" % receipt) if receipt else "( )")
    else:
        sh = "시행  %s (%s)    접수  %s" % (no, ds(dt, "dot"), ("%s (%s)" % receipt) if receipt else "")
    doc.p(sh.rstrip())
    web = ag.web or ""
    if web and year < 2012 and r.random() < 0.5:
        web = "http://" + web
    post = ag.post
    addr_line = "우 %s %s%s" % (post, ag.addr, (" / " + web) if web else "")
    if r.random() < 0.3:
        addr_line = addr_line.replace("우 ", "우") if year >= 2015 else addr_line
    doc.p(addr_line)
    tel, fax = ag.tel(r), ag.tel(r)
    em = email(r, ag)
    t = r.random()
    if t < 0.4:
        ph = "전화번호 %s  전송 %s" % (tel, fax)
    elif t < 0.7:
        ph = "전화 (%s) 전송 (%s)" % (tel, fax)
    elif t < 0.85:
        ph = "전화번호(%s) 팩스번호(%s)" % (tel, fax)
    else:
        ph = "☎ %s  FAX %s" % (tel, fax)
    tail = " / %s" % em if year >= 2000 else ""
    if field is not None:
        tail += " / %s" % field
    doc.p(ph + tail)
    return {"drafter": n1, "no": no}


def old_gongmun_head(doc, r, ag, year, dt, recipient, ref=None, keep="3년"):
    """1990년대 사무관리규정 서식 두문: 기관명, 우편/전화, 문서번호, 시행일자(보존기간), 수신, 참조, 선결/접수 box."""
    doc.p(ag.name, align="C", bold=True)
    area = ag.area
    doc.p("우 %s  %s  /  전화 (%s) %s  /  전송 (%s) %s" % (ag.post if "-" in ag.post else "%s-%s" % (r.randint(100, 799), r.randint(100, 999)),
                                                       ag.addr, area, landline(r, area)[len(area) + 1:], area, landline(r, area)[len(area) + 1:]))
    code = r.choice(["13100", "13010", "12110", "15200", "02100", "11420"])
    short = r.choice(["총무", "행정", "기획", "민원", "감사", "비상", "지역"])
    doc.p("문서번호  %s %s-%d" % (short, code, r.randint(10, 2999)))
    doc.p("시행일자  %s (%s)" % (ds(dt, "dot"), keep))
    doc.p("(경유)")
    doc.p("수    신  %s" % recipient)
    if ref:
        doc.p("참    조  %s" % ref)
    doc.tbl([["선 결", "", "", "지 시", ""],
             ["접 수", "일자", "", "결 재", ""],
             ["", "시간", "", "공 람", ""],
             ["처리과", "", "", "", ""],
             ["담당자", "", "", "", ""]], kind="receipt_box")


def old_gongmun_tail(doc, r, ag, year):
    doc.blank()
    doc.p(ag.head, align="C", bold=True)
    if r.random() < 0.5:
        doc.p("(직인생략)" if r.random() < 0.5 else "", align="C")
    if r.random() < 0.6:
        d_rank, _ = ranks(r, year)
        doc.tbl([["기안자", "%s %s" % (d_rank, person(r)), "계장", person(r), "과장", person(r)]], kind="approval")


def report_header_table(r, year, dt, dept, field_label, field_val, extra=True):
    d_rank, rv_rank = ranks(r, year)
    rows = [["문서번호", doc_no(r, dept), "결재일자", ds(dt, "dot")]]
    if extra:
        rows.append(["보존기간", r.choice(["1년", "3년", "5년", "10년", "30년", "준영구"]), field_label, field_val])
        rows.append(["기안자", "%s %s" % (d_rank, person(r)), "결재권자", "%s %s" % (chief(dept), person(r))])
    else:
        rows.append([field_label, field_val, "보존기간", r.choice(["3년", "5년", "10년"])])
    return rows


def approval_box(r, year, extra_cell=None):
    if year < 2005:
        heads = r.choice([["담당", "계장", "과장"], ["담 당", "계 장", "과 장", "국 장"], ["기안", "계장", "과장", "국장"]])
    else:
        heads = r.choice([["담당", "팀장", "과장"], ["담당", "사무관", "과장", "국장"], ["주무관", "팀장", "과장"], ["담당자", "팀장", "부서장"]])
    names = [person(r) for _ in heads]
    if r.random() < 0.5:
        names[-1] = "전결"
    rows = [heads, names]
    if extra_cell:
        rows[0] = [extra_cell[0]] + rows[0]
        rows[1] = [extra_cell[1]] + rows[1]
    return rows


# ---------------------------------------------------------------------------
# result helper
# ---------------------------------------------------------------------------
def res(doc, disclosure, marking, reasons, genre, cue, cue_text, note, template, **extra):
    reasons = sorted(set(reasons), key=R_ALL.index)
    d = {"doc": doc, "disclosure": disclosure, "marking": marking, "reasons": reasons, "genre": genre,
         "cue": cue, "cue_text": cue_text, "note": note, "template": template}
    d.update(extra)
    return d


def related_line(r, ag, year, dt):
    d0 = add_days(dt, -r.randint(5, 60))
    dept = r.choice(ag.depts)
    return r.choice(["1. 관련: %s-%d(%s)호" % (dept, r.randint(100, 9999), ds(d0, "dot")),
                     "1. 관련: %s %s-%d(%s.)" % (ag.name, dept, r.randint(100, 9999), ds(d0, "dot")[:-1]),
                     "1. 관련: %s-%d(%s)" % (dept, r.randint(100, 9999), ds(d0, "dot0")),
                     "1. 귀 기관의 무궁한 발전을 기원합니다."])


# ---------------------------------------------------------------------------
# A. 공문 (시행문) — 공개
# ---------------------------------------------------------------------------
A_TOPICS = [
    ("{y}년 하반기 민원서비스 종합평가 자료 제출 요청",
     ["2. {y}년 하반기 민원서비스 종합평가와 관련하여 붙임 서식에 따라 기관별 추진 실적을 제출하여 주시기 바랍니다.",
      "  가. 제출 자료: 민원행정 전략 및 체계, 민원제도 운영, 국민신문고 처리 실적",
      "  나. 제출 기한: {d1}까지",
      "  다. 제출 방법: 업무포털 문서유통(담당자 이메일 병행)",
      "3. 제출 기한을 지키지 않은 기관은 평가 시 불이익이 있을 수 있으니 유의하시기 바랍니다."],
     ["평가 지표 및 작성 요령 1부", "실적 제출 서식 1부"]),
    ("여름철 물놀이 안전관리 대책 추진 협조",
     ["2. 여름철 물놀이 사고를 예방하기 위하여 다음과 같이 안전관리 대책을 추진하오니 적극 협조하여 주시기 바랍니다.",
      "  가. 기간: {d1} ~ {d2}",
      "  나. 주요 내용: 위험구역 안전시설 점검, 물놀이 안전요원 배치, 안전수칙 홍보",
      "  다. 협조 사항: 관리지역 내 위험표지판 정비 결과를 {d2}까지 회신",
      "3. 사고 발생 시에는 즉시 상황실(☎ 당직실)로 보고하여 주시기 바랍니다."],
     ["물놀이 안전관리 대책 1부"]),
    ("공공데이터 개방 확대 계획 알림",
     ["2. 국민 수요가 높은 공공데이터의 개방을 확대하기 위하여 {y}년 공공데이터 개방 계획을 다음과 같이 알려드립니다.",
      "  가. 개방 대상: 교통ㆍ환경ㆍ문화 분야 신규 데이터셋 {n1}종",
      "  나. 개방 방식: 공공데이터포털 파일데이터 및 오픈API",
      "  다. 추진 일정: 데이터 정비({d1}) → 품질 점검 → 개방({d2})",
      "3. 각 부서에서는 보유 데이터 목록을 점검하여 개방 가능 여부를 검토하여 주시기 바랍니다."],
     ["{y}년 공공데이터 개방 계획 1부"]),
    ("청렴 교육 실시 계획 알림 및 참석 협조",
     ["2. 공직자의 청렴 의식을 높이기 위하여 다음과 같이 청렴 교육을 실시하오니 소속 직원이 참석할 수 있도록 협조하여 주시기 바랍니다.",
      "  가. 일시: {d1} 14:00 ~ 16:00",
      "  나. 장소: 본관 {n2}층 대회의실",
      "  다. 대상: 6급 이하 공무원 및 공무직 근로자",
      "  라. 내용: 「공직자의 이해충돌 방지법」 주요 내용, 청탁금지법 사례",
      "3. 교육 이수 시간은 상시학습 2시간으로 인정됩니다."],
     []),
    ("지방세 체납액 일제정리 기간 운영 안내",
     ["2. {y}년 지방세 체납액 일제정리 기간을 다음과 같이 운영하오니 업무에 참고하시기 바랍니다.",
      "  가. 기간: {d1} ~ {d2}",
      "  나. 대상: 지방세 및 세외수입 체납액 전체",
      "  다. 주요 활동: 체납 안내문 일제 발송, 고액 체납자 재산 조회 및 압류, 관허사업 제한",
      "3. 생계형 체납자에 대하여는 분할납부를 안내하는 등 납세자 권익 보호에 유의하여 주시기 바랍니다."],
     ["체납액 일제정리 추진 계획 1부"]),
    ("자원봉사 우수사례 공모 안내",
     ["2. 지역사회 자원봉사 문화 확산을 위하여 다음과 같이 우수사례를 공모하오니 널리 홍보하여 주시기 바랍니다.",
      "  가. 공모 기간: {d1} ~ {d2}",
      "  나. 공모 분야: 재난 대응, 돌봄, 환경, 생활 속 나눔",
      "  다. 응모 방법: 자원봉사센터 누리집 온라인 접수",
      "  라. 시상: 대상 1점, 최우수 2점, 우수 5점(상장 및 부상)"],
     ["공모 안내문 1부", "응모 신청서 1부"]),
    ("도로명주소 안내시설 일제 조사 실시 알림",
     ["2. 도로명판 및 건물번호판 등 주소정보시설의 훼손 여부를 확인하기 위하여 일제 조사를 실시하오니 협조하여 주시기 바랍니다.",
      "  가. 조사 기간: {d1} ~ {d2}",
      "  나. 조사 대상: 관내 도로명판 {n3}개, 기초번호판 및 건물번호판",
      "  다. 조사 방법: 현장 조사 후 주소정보관리시스템 입력",
      "3. 조사 결과 훼손 시설은 {y}년 정비 예산에 반영할 예정입니다."],
     ["조사표 서식 1부"]),
    ("겨울철 대설 대비 제설자재 확보 현황 제출",
     ["2. 겨울철 대설에 대비하여 제설자재(염화칼슘, 소금, 모래) 확보 현황을 다음 서식에 따라 제출하여 주시기 바랍니다.",
      "  가. 제출 기한: {d1}",
      "  나. 제출 내용: 자재별 확보량, 보관 장소, 제설 장비 현황",
      "3. 확보량이 기준에 미달하는 경우 추가 확보 계획을 함께 제출하여 주시기 바랍니다."],
     ["제설자재 확보 현황 서식 1부"]),
    ("어린이 보호구역 교통안전시설 개선사업 추진 계획 통보",
     ["2. 어린이 보호구역 내 교통사고 예방을 위하여 {y}년 교통안전시설 개선사업을 다음과 같이 추진합니다.",
      "  가. 사업 대상: 초등학교 및 유치원 주변 보호구역 {n1}개소",
      "  나. 사업 내용: 무인 교통단속장비 설치, 옐로카펫 설치, 노면표시 정비",
      "  다. 사업비: {money}원(국비 50%, 시비 50%)",
      "3. 사업 대상지 주변 주민 의견 수렴 결과를 {d1}까지 제출하여 주시기 바랍니다."],
     ["사업 대상지 목록 1부"]),
    ("기록물 정리 기간 운영 알림",
     ["2. 「공공기록물 관리에 관한 법률」에 따라 {y}년 기록물 정리 기간을 다음과 같이 운영합니다.",
      "  가. 기간: {d1} ~ {d2}",
      "  나. 정리 대상: 전년도 생산 종이기록물 및 전자기록물",
      "  다. 주요 내용: 기록물철 분류 확인, 보존기간 및 공개 여부 재검토, 생산현황 보고",
      "3. 정리 결과는 기록관리시스템을 통해 {d2}까지 이관하여 주시기 바랍니다."],
     ["기록물 정리 요령 1부"]),
    ("적극행정 우수사례 경진대회 개최 알림",
     ["2. 적극행정 문화를 확산하기 위하여 다음과 같이 우수사례 경진대회를 개최하오니 많은 참여 바랍니다.",
      "  가. 신청 기간: {d1}까지",
      "  나. 심사 방법: 1차 서면 심사, 2차 국민 온라인 투표 및 발표 심사",
      "  다. 포상: 우수 사례 선정 부서에 포상금 및 성과급 가점 부여"],
     ["경진대회 운영 계획 1부", "사례 작성 양식 1부"]),
    ("{y1}년도 예산 편성 지침 알림",
     ["2. {y1}년도 예산 편성과 관련하여 다음 사항을 준수하여 예산 요구서를 작성ㆍ제출하여 주시기 바랍니다.",
      "  가. 경상경비는 전년 대비 {pct}% 이내에서 요구",
      "  나. 신규 사업은 사업 필요성, 효과 분석 자료를 반드시 첨부",
      "  다. 제출 기한: {d1}까지(e호조 입력 병행)",
      "3. 지침에 맞지 않게 요구한 예산은 반영하지 않을 수 있습니다."],
     ["{y1}년도 예산 편성 지침 1부", "예산 요구서 서식 1부"]),
    ("민방위 교육훈련 계획 알림",
     ["2. {y}년 민방위 교육훈련을 다음과 같이 실시하오니 대원들이 빠짐없이 참석할 수 있도록 안내하여 주시기 바랍니다.",
      "  가. 기본교육: {d1} ~ {d2}, 구민회관 대강당",
      "  나. 교육 내용: 화생방 대비, 심폐소생술, 재난 대피 요령",
      "  다. 사이버교육: 민방위 5년차 이상 대원 대상",
      "3. 교육 불참자에 대하여는 추가 교육을 실시할 예정입니다."],
     ["교육 일정표 1부"]),
    ("공공기관 에너지 절약 추진 실태 점검 계획",
     ["2. 공공기관 에너지 이용 합리화 추진 지침에 따라 다음과 같이 실태 점검을 실시할 예정이오니 협조하여 주시기 바랍니다.",
      "  가. 점검 기간: {d1} ~ {d2}",
      "  나. 점검 내용: 실내 적정 온도 유지, 조명 소등, 대기전력 차단",
      "  다. 점검 방법: 현장 방문 및 서면 점검 병행"],
     []),
    ("주민참여예산 위원 공개 모집 안내",
     ["2. {y1}년도 주민참여예산 위원을 다음과 같이 공개 모집하오니 관내 게시판 및 누리집에 게시하여 주시기 바랍니다.",
      "  가. 모집 인원: {n1}명",
      "  나. 자격: 관내 거주 또는 직장 근무 만 18세 이상 주민",
      "  다. 신청 방법: 방문, 우편, 전자우편",
      "3. 선정 결과는 개별 통보할 예정입니다."],
     ["모집 공고문 1부", "신청서 1부"]),
    ("노후 공공청사 안전점검 결과 통보",
     ["2. {d0}부터 실시한 노후 공공청사 안전점검 결과를 다음과 같이 통보하오니 보수가 필요한 시설은 조치하여 주시기 바랍니다.",
      "  가. 점검 대상: 준공 30년 이상 청사 {n1}개소",
      "  나. 점검 결과: A등급 {n2}개소, B등급 {n4}개소, C등급 1개소",
      "  다. 조치 요구: C등급 시설 정밀안전진단 실시 및 보수 계획 제출({d2}까지)"],
     ["점검 결과 총괄표 1부"]),
]


def fill(s, r, year, dt):
    d0 = add_days(dt, -r.randint(10, 40))
    d1 = add_days(dt, r.randint(5, 20))
    d2 = add_days(d1, r.randint(10, 60))
    st = "dot"
    n2 = r.randint(2, 9)
    vals = {"y": year, "y1": year + 1, "d0": ds(d0, st), "d1": ds(d1, st), "d2": ds(d2, st), "n1": r.randint(3, 48), "n2": n2,
            "n3": r.randint(120, 2400), "n4": r.randint(1, n2), "pct": r.choice([3, 5, 10]),
            "money": "{:,}".format(r.randint(12, 980) * 1000000)}
    return s.format(**vals)


def attach_lines(r, atts, year, dt, end=True):
    out = []
    if not atts:
        return out
    if len(atts) == 1:
        out.append("붙임  %s.  %s" % (fill(atts[0], r, year, dt), "끝." if end else ""))
    else:
        for i, a in enumerate(atts):
            pre = "붙임  " if i == 0 else "      "
            suf = "  끝." if (i == len(atts) - 1 and end) else ""
            out.append("%s%d. %s.%s" % (pre, i + 1, fill(a, r, year, dt), suf))
    return [x.rstrip() for x in out]


def josa(w, pair):
    ch = w.rstrip(")")[-1] if w.rstrip(")") else w[-1]
    jong = (ord(ch) - 0xAC00) % 28 if "가" <= ch <= "힣" else (1 if ch in "136780LMNRlmnr" else 0)
    a, b = pair.split("/")
    if pair == "으로/로":
        return w + (b if jong in (0, 8) else a)
    return w + (a if jong else b)


def agsub(s, agn):
    s = s.replace("{ag}은(는)", josa(agn, "은/는")).replace("{ag}이(가)", josa(agn, "이/가")).replace("{ag}을(를)", josa(agn, "을/를"))
    return s.replace("{ag}", agn)


def recipient_for(r, ag):
    if ag.kind == "inst":
        return r.choice(["수신자 참조", "각 지역본부장", "각 지사장", "내부결재"])
    if ag.kind == "edu":
        return r.choice(["관내 각급 학교장", "수신자 참조", "각 과장(담당관)"])
    if ag.kind == "police":
        return r.choice(["각 과장", "수신자 참조", "각 지구대장ㆍ파출소장"])
    if ag.kind == "central":
        return r.choice(["수신자 참조", "각 시ㆍ도지사(%s)" % r.choice(["총무과장", "안전정책과장", "기획관리실장"]), "각 중앙행정기관의 장",
                         "내부결재", "%s" % r.choice(["한국지방행정연구원장", "각 시ㆍ도 교육감", "국무조정실장"])])
    return r.choice(["수신자 참조", "각 읍ㆍ면ㆍ동장", "각 실ㆍ과ㆍ소장", "각 부서장", "관내 각급 학교장", "%s장" % r.choice(ag.depts)])


def t_gongmun_public(r, variant=0):
    topic = A_TOPICS[variant % len(A_TOPICS)]
    era = ["modern", "modern", "mid", "old"][(variant // len(A_TOPICS) + variant) % 4]
    year = {"modern": r.randint(2012, 2026), "mid": r.randint(2004, 2011), "old": r.randint(1993, 1999)}[era]
    if variant % len(A_TOPICS) in (4, 6, 7, 8, 12, 14):
        ag = local_agency(r, year)
    else:
        ag = any_agency(r, year, ("central", "local", "local", "local", "edu"))
    dt = rdate(r, year)
    doc = Doc(r)
    title = fill(topic[0], r, year, dt)
    if era == "old":
        old_gongmun_head(doc, r, ag, year, dt, recipient_for(r, ag), r.choice(["총무과장", "기획계장", None]))
        title_line(doc, title)
    else:
        dumun(doc, r, ag, year, recipient_for(r, ag))
        title_line(doc, title)
    doc.blank()
    doc.p(related_line(r, ag, year, dt))
    for ln in topic[1]:
        doc.p(fill(ln, r, year, dt))
    al = attach_lines(r, topic[2], year, dt)
    doc.blank()
    if al:
        doc.p(*al)
    else:
        doc.p("  끝.")
    A_DEPT = ["민원봉사과", "안전총괄과", "정보통신과", "감사실", "세무과", "자치행정과", "토지정보과", "건설과", "교통행정과", "총무과",
              "기획예산과", "기획예산과", "안전총괄과", "회계과", "기획예산과", "회계과"]
    dept = A_DEPT[variant % len(A_TOPICS)] if ag.kind == "local" else r.choice(ag.depts)
    if era == "old":
        old_gongmun_tail(doc, r, ag, year)
        cue, ct, note = "none", "", "1990년대 서식: 공개 구분 없음, 내용상 일반 행정 안내라 공개"
    else:
        f = field_str(r, "public", year=year)
        gyeolmun(doc, r, ag, year, dt, dept, f)
        cue, ct, note = "결문 공개구분", f, "일반 행정 안내, 결문 공개 구분과 내용 일치"
    return res(doc, "public", "none", [], "공문", cue, ct, note, "A_gongmun_public/%d" % (variant % len(A_TOPICS)))


# ---------------------------------------------------------------------------
# R. 보도자료 — 공개 (officials' names in office are disclosable)
# ---------------------------------------------------------------------------
R_TOPICS = [
    ("{ag}, 전통시장 화재 예방 합동 안전점검 실시", ["전통시장 {n1}곳 대상 전기ㆍ가스 시설 집중 점검", "점검 결과 경미한 사항은 현장 시정, 중대 위험은 보수 지원"],
     ["{ag}은(는) {d1}부터 {d2}까지 관내 전통시장 {n1}곳을 대상으로 소방서, 전기안전공사와 함께 합동 안전점검을 실시한다고 밝혔다.",
      "이번 점검은 겨울철 전열기구 사용 증가로 화재 위험이 커지는 데 따른 것으로, 노후 전기 배선과 가스 누출 여부, 소화기 비치 상태 등을 중점적으로 살핀다.",
      "{ag} 관계자는 \"시장 상인들이 안심하고 영업할 수 있도록 점검 이후에도 지속적으로 관리하겠다\"고 말했다."]),
    ("{y}년 공공부문 청년 인턴 {n3}명 모집", ["행정ㆍ디지털ㆍ현장 3개 분야 채용", "{d1}부터 누리집에서 온라인 접수"],
     ["{ag}은(는) 청년들에게 공공부문 업무 경험을 제공하기 위해 {y}년 청년 인턴 {n3}명을 모집한다.",
      "모집 분야는 행정지원, 디지털 전환, 현장 안전 등이며 근무 기간은 5개월이다.",
      "지원 자격은 공고일 현재 만 19세 이상 34세 이하 미취업 청년으로, 자세한 내용은 누리집 공고를 참고하면 된다."]),
    ("{ag}, 찾아가는 복지상담소 운영 확대", ["읍ㆍ면ㆍ동 복지 사각지대 발굴 강화", "상담 인력 {n2}명 추가 배치"],
     ["{ag}은(는) 복지 사각지대를 해소하기 위해 '찾아가는 복지상담소' 운영을 {n1}개 읍ㆍ면ㆍ동으로 확대한다고 밝혔다.",
      "상담소는 주 2회 경로당, 마을회관 등을 순회하며 기초생활보장, 긴급복지, 돌봄 서비스 신청을 돕는다.",
      "지난해에는 상담소를 통해 위기가구 {n3}가구를 발굴해 지원한 바 있다."]),
    ("{y}년 상반기 국민신문고 민원 분석 결과 발표", ["교통ㆍ주차 민원이 전체의 {pct}%로 가장 많아", "반복 민원 {n1}건 제도 개선 추진"],
     ["{ag}은(는) {y}년 상반기 국민신문고를 통해 접수된 민원 {n3}건을 분석한 결과를 발표했다.",
      "분야별로는 교통ㆍ주차 민원이 가장 많았고, 환경ㆍ소음, 도로ㆍ시설물 순으로 나타났다.",
      "{ag}은(는) 반복적으로 제기되는 민원에 대해 관련 부서와 협의하여 제도 개선을 추진할 계획이다."]),
    ("{ag}, 집중호우 대비 배수시설 일제 정비", ["빗물받이 {n3}개소 준설, 하천 수문 작동 점검", "침수 우려 지역 예ㆍ경보 시설 확충"],
     ["{ag}은(는) 여름철 집중호우에 대비해 {d1}까지 관내 빗물받이와 배수로 일제 정비를 마무리한다고 밝혔다.",
      "특히 상습 침수 지역에는 차수판 설치를 지원하고, 지하차도 진입 통제 설비를 점검한다.",
      "주민들은 배수구 막힘 등을 발견하면 안전신문고 앱으로 신고하면 된다."]),
    ("개인정보 보호 수준 평가 '우수' 기관 선정", ["{y}년 공공기관 개인정보 보호 수준 평가 결과", "접속기록 점검 및 교육 분야 만점"],
     ["{ag}이(가) 개인정보보호위원회가 실시한 {y}년 공공기관 개인정보 보호 수준 평가에서 '우수' 등급을 받았다.",
      "{ag}은(는) 개인정보 처리시스템 접속기록 월 1회 점검, 전 직원 개인정보 보호 교육 등을 꾸준히 실시해 왔다.",
      "관계자는 \"주민 개인정보를 안전하게 관리하는 데 최선을 다하겠다\"고 밝혔다."]),
    ("{ag}, 소상공인 경영안정자금 {money}원 지원", ["업체당 최대 5천만 원, 이자 2% 보전", "{d1}부터 신청 접수"],
     ["{ag}은(는) 경기 침체로 어려움을 겪는 소상공인을 위해 {money}원 규모의 경영안정자금을 지원한다.",
      "지원 대상은 관내 사업장을 둔 소상공인으로, 업체당 최대 5천만 원까지 융자받을 수 있다.",
      "신청은 {d1}부터 지역 신용보증재단 지점을 방문하거나 온라인으로 하면 된다."]),
    ("어린이 통학로 안전 개선 사업 완료", ["보호구역 {n1}곳 보도 설치ㆍ신호기 개선", "사업비 {money}원 투입"],
     ["{ag}은(는) 어린이 보호구역 {n1}곳의 통학로 안전 개선 사업을 완료했다고 밝혔다.",
      "보도가 없던 구간에 보도를 새로 설치하고, 노후 신호기와 과속 방지턱을 정비했다.",
      "{ag}은(는) 내년에도 학부모 의견을 반영해 통학로 개선을 이어갈 계획이다."]),
    ("{ag}, 공공기관 최초 '종이 없는 회의' 전면 시행", ["태블릿 기반 회의 시스템 도입", "연간 종이 {n3}만 장 절감 기대"],
     ["{ag}은(는) {d1}부터 모든 내부 회의를 종이 없이 진행하는 '스마트 회의'를 전면 시행한다.",
      "회의 자료는 사전에 공유 시스템에 올리고, 참석자는 태블릿으로 자료를 열람한다.",
      "{ag}은(는) 이를 통해 예산 절감과 탄소 배출 감축 효과를 기대하고 있다."]),
    ("{y}년 정보공개 운영 실태 평가 결과 발표", ["정보공개 청구 처리 기간 평균 {n2}일로 단축", "원문공개율 {pct}%p 상승"],
     ["{ag}은(는) {y}년 정보공개 운영 실태를 자체 평가한 결과를 공개했다.",
      "지난해 접수된 정보공개 청구 {n3}건 가운데 전부공개는 {n1}%였으며, 비공개 결정은 대부분 개인정보가 포함된 경우였다.",
      "{ag}은(는) 결재문서 원문공개를 확대하고, 비공개 결정 시 사유를 구체적으로 안내하도록 개선할 방침이다."]),
]


def press_contacts(r, ag, year):
    dept = r.choice(ag.depts)
    rank_c = chief(dept)
    rows = [["담당 부서", dept, "책임자", "%s %s" % (rank_c, person(r)), "(%s)" % ag.tel(r)]]
    rows.append(["", r.choice(["", "%s팀" % r.choice(["기획", "운영", "정책", "안전", "복지"])]),
                 "담당자", "%s %s" % (r.choice(["사무관", "주무관", "팀장"]), person(r)), "(%s)" % ag.tel(r)])
    return rows


def t_press(r, variant=0):
    tp = R_TOPICS[variant % len(R_TOPICS)]
    year = pick_year(r, 2005, 2026)
    if variant % len(R_TOPICS) in (0, 2, 4, 6, 7):
        ag = local_agency(r, year)
    else:
        ag = any_agency(r, year, ("central", "local", "local", "inst"))
    dt = rdate(r, year)
    doc = Doc(r)
    agn = ag.name
    def F(s):
        return fill(agsub(s, agn), r, year, dt)
    lay = variant // len(R_TOPICS) % 3
    if lay == 0:
        doc.tbl([["보 도 자 료"], ["보도 일시", "%s %s 이후" % (ds(dt, "dot"), r.choice(["06:00", "12:00", "배포 즉시"])), "배포 일시", ds(dt, "dot")]], kind="press_head")
    elif lay == 1:
        doc.p("보도자료", align="C", bold=True)
        doc.p("%s  |  %s" % (agn, r.choice(["보도시점: 즉시", "보도일: %s(%s)" % (ds(dt, "dot"), r.choice("월화수목금")), "엠바고: %s 12:00" % ds(dt, "dot")])))
    else:
        doc.p("[%s 보도자료]" % agn)
        doc.p("배포일: %s / 총 %d쪽" % (ds(dt, "dot"), r.randint(2, 5)))
    doc.blank()
    title = F(tp[0])
    doc.p(title, bold=True)
    doc.title = title
    for s in tp[1]:
        doc.p("- " + F(s))
    doc.blank()
    for s in tp[2]:
        doc.p("□ " + F(s) if lay != 2 else F(s))
    if r.random() < 0.4:
        doc.p("※ 붙임: %s" % r.choice(["관련 사진 2매", "추진 현황 1부", "사업 개요 1부"]))
    doc.blank()
    doc.tbl(press_contacts(r, ag, year), kind="contacts")
    if r.random() < 0.3:
        doc.p("이 보도자료와 관련하여 보다 자세한 내용이나 취재를 원하시면 담당자에게 연락 주시기 바랍니다.")
    return res(doc, "public", "none", [], "보도자료", "none", "",
               "보도자료: 공무원 담당자 성명ㆍ직통번호는 직무 수행 정보(제9조제1항제6호 라목)로 공개", "R_press/%d" % (variant % len(R_TOPICS)))


# ---------------------------------------------------------------------------
# V. mention-only documents (marking none): talk about 대외비/비밀/비공개 without being so
# ---------------------------------------------------------------------------
def _frame_notice(doc, r, ag, year, dt, title, as_gongmun):
    if as_gongmun and year >= 2004:
        dumun(doc, r, ag, year, recipient_for(r, ag))
        title_line(doc, title)
        doc.blank()
    else:
        doc.p(title, align="C", bold=True)
        doc.title = title
        doc.p("%s %s" % (ag.name, r.choice(ag.depts)), align="R")
        doc.blank()


def _close_notice(doc, r, ag, year, dt, as_gongmun, field="public"):
    if as_gongmun and year >= 2004:
        f = field_str(r, "public", year=year)
        gyeolmun(doc, r, ag, year, dt, r.choice(ag.depts), f)
        return "결문 공개구분", f
    doc.blank()
    doc.p(ds(dt, "dot"), align="R")
    return "none", ""


def t_security_edu(r, variant=0):
    year = pick_year(r, 2003, 2026)
    ag = any_agency(r, year, ("central", "local", "local", "inst"))
    dt = rdate(r, year)
    doc = Doc(r)
    lay = variant % 4
    until = ds((year + 2, 12, 31), "dot")
    title = r.choice(["%d년 %s 보안교육 자료" % (year, r.choice(["상반기", "하반기", "신규자"])), "비밀 및 대외비 문서 취급 요령(교육자료)",
                      "알기 쉬운 문서 보안 관리 안내", "직원 보안의식 제고 교육 자료"])
    _frame_notice(doc, r, ag, year, dt, title, lay == 3)
    if lay == 3:
        doc.p("1. %s 직원의 보안의식을 높이기 위하여 붙임과 같이 보안교육 자료를 배포하오니 부서별 직장교육 시 활용하여 주시기 바랍니다." % ag.name)
        doc.p("2. 교육 결과는 보안담당관에게 %s까지 제출하여 주시기 바랍니다." % ds(add_days(dt, 20), "dot"))
        doc.blank()
        doc.p("붙임  보안교육 자료 1부.  끝.")
        doc.blank()
        doc.p("[붙임] 보안교육 자료", bold=True)
    doc.p("Ⅰ. 비밀의 구분(보안업무규정 제4조)")
    doc.p("  ○ Ⅰ급비밀: 누설될 경우 외교관계 단절, 전쟁 유발 등 국가안전보장에 치명적인 결과를 가져올 우려가 있는 비밀",
          "  ○ Ⅱ급비밀: 누설될 경우 국가안전보장에 막대한 지장을 끼칠 우려가 있는 비밀",
          "  ○ Ⅲ급비밀: 누설될 경우 국가안전보장에 해를 끼칠 우려가 있는 비밀")
    doc.p("  ○ 대외비: 비밀은 아니지만 직무 수행상 특별히 보호가 필요한 사항으로, 비밀에 준하여 보호")
    doc.blank()
    doc.p("Ⅱ. 표시 방법")
    if lay == 1:
        doc.p("  ○ 문서의 표지와 각 면의 위ㆍ아래 가운데에 등급을 표시합니다.")
        doc.p("    (예시)  상단: Ⅲ급비밀   하단: Ⅲ급비밀")
        doc.p("  ○ 대외비 문서는 '대외비' 표시와 함께 보호기간을 적습니다. 예) \"%s까지 대외비\"" % until)
    else:
        doc.p("  ○ 비밀은 문서 상ㆍ하단 중앙에 등급(예: Ⅱ급비밀, Ⅲ급비밀)을 붉은색으로 표시")
        doc.p("  ○ 대외비는 '대외비'로 표시하고 생산 시 보호기간을 정함")
    doc.p("  ○ 예고문 기재례: \"예고문: %s까지 Ⅲ급비밀, 이후 일반문서로 재분류\"" % ds((year + 3, 12, 31), "dot"))
    doc.p("  ○ 사본을 만들 때에는 사본번호(예: 사본번호 2/5)를 부여하고 비밀관리기록부에 기록")
    doc.blank()
    doc.p("Ⅲ. 자주 위반하는 사례")
    cases = ["대외비 문서를 인터넷 메일로 발송", "비밀 문서를 개인 PC에 저장", "퇴근 시 책상 위 문서 방치", "비밀번호를 모니터에 부착",
             "USB 메모리 무단 반출", "파쇄하지 않은 출력물 폐기", "보안 점검표 미작성"]
    r.shuffle(cases)
    for c in cases[:r.randint(3, 5)]:
        doc.p("  - " + c)
    if lay in (0, 2):
        doc.blank()
        doc.p("Ⅳ. 문의: %s %s(☎ %s)" % (ag.name, r.choice(["보안담당관실", "총무과 보안팀", "비상대비팀"]), ag.tel(r)))
    cue, ct = _close_notice(doc, r, ag, year, dt, lay == 3)
    return res(doc, "public", "none", [], "행정 안내문" if lay != 3 else "공문", cue if cue != "none" else "none", ct,
               "언급만 있음: 비밀/대외비 표시 방법을 설명하는 교육자료(예시 문자열 포함), 자체는 일반문서", "V_security_edu/%d" % lay,
               mention_only=True)


def t_disclosure_guide(r, variant=0):
    year = pick_year(r, 2006, 2026)
    ag = any_agency(r, year, ("central", "local", "local", "edu", "inst"))
    dt = rdate(r, year)
    doc = Doc(r)
    lay = variant % 4
    title = r.choice(["정보공개 업무 처리 요령 안내", "결재문서 공개구분 설정 기준 알림", "정보공개 청구 처리 실무 안내",
                      "원문정보 공개 확대에 따른 공개여부 지정 요령"])
    _frame_notice(doc, r, ag, year, dt, title, lay in (0, 2))
    doc.p("1. 결재문서의 공개 구분은 기안 시 다음 중 하나로 지정합니다.")
    doc.tbl([["구분", "표기 예시", "비고"],
             ["공개", "공개", "원문정보 공개 대상"],
             ["부분공개", "부분공개(6)", "괄호 안에 제9조제1항 해당 호 기재"],
             ["비공개", "비공개(5) 또는 비공개(제9조제1항제5호)", "비공개 사유 구체적 명시"]], kind="guide")
    doc.p("2. 여러 사유에 해당하는 경우 \"부분공개(5, 6)\"과 같이 해당 호를 모두 적습니다.")
    doc.p("3. 비공개 사유(%s)" % law_cite(r, 5, 0).replace(" 제5호", "").replace("제9조 제1항", "제9조 제1항 각 호"))
    for n in range(1, 9):
        if lay == 1 and n in (1, 2):
            continue
        doc.p("  %d호: %s" % (n, GROUND_TEXT[n]))
    doc.p("4. 유의사항")
    doc.p("  가. 공무원의 성명ㆍ직위 등 직무 수행과 관련된 정보는 공개 대상입니다(제9조제1항제6호 라목).",
          "  나. 개인정보가 포함된 문서는 해당 부분만 가리고 부분공개하는 것을 원칙으로 합니다.",
          "  다. 대외비 또는 비밀로 분류된 문서라도 청구가 있으면 공개 여부를 개별 검토합니다.")
    if lay >= 2:
        doc.p("5. 결문 기재례:  ... 전화번호 044-000-0000 / 담당자 전자우편 / 부분공개(6)")
    cue, ct = _close_notice(doc, r, ag, year, dt, lay in (0, 2))
    return res(doc, "public", "none", [], "공문" if lay in (0, 2) else "행정 안내문", cue, ct,
               "언급만 있음: 공개구분 표기 예시(부분공개(6), 비공개(5))를 설명하는 안내, 자체는 공개", "V_disclosure_guide/%d" % lay,
               mention_only=True)


def t_password_notice(r, variant=0):
    year = pick_year(r, 2008, 2026)
    ag = any_agency(r, year)
    dt = rdate(r, year)
    doc = Doc(r)
    sysn = r.choice(["업무포털", "온나라 시스템", "행정포털", "전자결재시스템", "그룹웨어", "새올행정시스템"])
    lay = variant % 3
    title = r.choice(["%s 비밀번호 변경 안내" % sysn, "정기 비밀번호 변경 기간 알림", "[공지] 비밀번호 보안 강화 조치 안내"])
    if lay == 0:
        doc.p(title, bold=True)
        doc.title = title
        doc.p("%s 사용자의 비밀번호를 %s까지 변경하여 주시기 바랍니다." % (sysn, ds(add_days(dt, 14), "dot")))
        doc.p("○ 규칙: 영문ㆍ숫자ㆍ특수문자 조합 9자리 이상, 90일마다 변경")
        doc.p("○ 미변경 시 %s부터 로그인이 제한됩니다." % ds(add_days(dt, 15), "dot"))
        doc.p("문의: 정보통신과 ☎ %s" % ag.tel(r))
    else:
        _frame_notice(doc, r, ag, year, dt, title, lay == 2)
        doc.p("1. 개인정보 보호 및 정보보안 강화를 위하여 %s 비밀번호 정기 변경을 실시합니다." % sysn)
        doc.p("2. 변경 기간: %s ~ %s" % (ds(dt, "dot"), ds(add_days(dt, 10), "dot")))
        doc.p("3. 비밀번호 작성 규칙",
              "  가. 9자리 이상(영문 대ㆍ소문자, 숫자, 특수문자 중 3종류 이상 조합)",
              "  나. 생일, 전화번호 등 추측하기 쉬운 비밀번호 사용 금지",
              "  다. 직전 3회 사용한 비밀번호 재사용 금지")
        doc.p("4. 비밀번호를 타인과 공유하거나 메모지에 적어 두지 마시기 바랍니다.")
        cue, ct = _close_notice(doc, r, ag, year, dt, lay == 2)
    return res(doc, "public", "none", [], "행정 안내문" if lay != 2 else "공문", "none", "",
               "언급만 있음: '비밀번호' 공지, 비밀 표시 아님", "V_password/%d" % lay, mention_only=True)


def t_declass_notice(r, variant=0):
    year = pick_year(r, 2002, 2026)
    ag = central_agency(r, year, keys=["mois", "mnd", "mofa", "unikorea", "police", "kcg", "molit"]) if r.random() < 0.6 else local_agency(r, year)
    dt = rdate(r, year)
    doc = Doc(r)
    lay = variant % 3
    title = r.choice(["비밀 재분류(일반문서) 결과 통보", "보호기간 경과 비밀 해제 통보", "예고문에 따른 비밀 재분류 알림"])
    dumun(doc, r, ag, year, r.choice(["수신자 참조", "각 부서장", "비밀관리 담당관"]))
    title_line(doc, title)
    doc.blank()
    doc.p("1. %s 보안업무규정 시행규칙에 따라 예고문 및 보호기간이 경과한 비밀을 다음과 같이 재분류하였음을 알려드립니다." % ("" if lay else "관련:"))
    rows = [["관리번호", "문서 제목", "원 등급", "조치", "조치일"]]
    for i in range(r.randint(2, 5)):
        g = r.choice(["III", "III", "II"])
        subj = r.choice(["%d년 을지연습 세부 시행계획" % (year - r.randint(3, 9)), "비상대비 자원관리 실태 점검 결과", "통합방위 협의회 회의자료",
                         "주요 시설 방호 계획(구)", "재외국민 보호 대책(%d)" % (year - r.randint(4, 10)), "민방위 경보 통제 운영 계획"])
        rows.append(["%d-%s-%03d" % (year - r.randint(2, 9), ARAB[g], r.randint(1, 200)), subj, secret_word(r, g, r.choice([0, 1, 3])),
                     r.choice(["일반문서로 재분류", "일반문서로 재분류", "파기"]), ds(add_days(dt, -r.randint(1, 30)), "dot")])
    doc.tbl(rows, kind="list")
    doc.p("2. 재분류된 문서는 비밀 표시를 삭선하고 재분류 근거를 기재한 후 일반문서로 관리하여 주시기 바랍니다.")
    doc.p("3. 파기 대상 문서는 파기 확인서를 작성하여 %s까지 제출하기 바랍니다.  끝." % ds(add_days(dt, 14), "dot"))
    f = field_str(r, "public", year=year)
    gyeolmun(doc, r, ag, year, dt, r.choice(["보안담당관", "비상안전기획관", "총무과", "운영지원과"]), f)
    return res(doc, "public", "none", [], "공문", "결문 공개구분", f,
               "언급만 있음: 비밀 해제(재분류) 통보 — 원 등급을 목록으로 인용할 뿐 문서 자체는 일반문서", "V_declass/%d" % lay,
               mention_only=True)


def t_secret_cover(r, variant=0):
    year = pick_year(r, 2000, 2026)
    ag = central_agency(r, year) if r.random() < 0.5 else local_agency(r, year)
    dt = rdate(r, year)
    doc = Doc(r)
    g = r.choice(["III", "III", "II"])
    dumun(doc, r, ag, year, r.choice(["수신자 참조", "%s장" % r.choice(["비상대비", "안전총괄", "총무"]) + "과장", "각 시ㆍ군 부단체장"]))
    title = r.choice(["비상대비 관련 자료 송부", "%d년 을지연습 관련 자료 송부 안내" % year, "관계기관 협조 자료 별도 송부 알림"])
    title_line(doc, title)
    doc.blank()
    w = secret_word(r, g, r.choice([0, 2, 4, 5]))
    doc.p("1. %s에 필요한 자료를 송부합니다." % r.choice(["비상대비 업무 수행", "연습 준비", "관계기관 협의"]))
    doc.p(r.choice(["2. 해당 자료는 %s로 분류되어 있으므로 이 공문에 첨부하지 않고 비밀 수발 절차에 따라 별도 송부합니다." % w,
                    "2. 관련 자료(%s)는 보안업무규정에 따라 비밀 취급인가자를 통하여 인편으로 전달할 예정입니다." % w,
                    "2. 자료 중 %s 해당 부분은 별도 봉투에 넣어 등기로 송부하였으니 접수 즉시 비밀관리기록부에 등재하기 바랍니다." % w]))
    doc.p("3. 자료 수령 후 수령증을 회신하여 주시기 바랍니다.  끝.")
    f = field_str(r, "public", year=year)
    gyeolmun(doc, r, ag, year, dt, r.choice(ag.depts), f)
    return res(doc, "public", "none", [], "공문", "결문 공개구분", f,
               "언급만 있음: 비밀 자료를 별도 송부한다는 안내문(첨부 없음), 자체는 일반문서", "V_secret_cover/%d" % (variant % 3),
               mention_only=True)


def t_security_audit_summary(r, variant=0):
    year = pick_year(r, 2005, 2026)
    ag = any_agency(r, year, ("central", "local", "inst"))
    dt = rdate(r, year)
    doc = Doc(r)
    title = "%d년 %s 보안감사 결과 %s" % (year, ag.name, r.choice(["(요약)", "공개", "알림"]))
    doc.p(title, align="C", bold=True)
    doc.title = title
    doc.p("□ 감사 기간: %s ~ %s" % (ds(add_days(dt, -40), "dot"), ds(add_days(dt, -35), "dot")))
    doc.p("□ 감사 분야: 문서보안, 정보통신보안, 시설보안, 비밀관리")
    doc.p("□ 주요 지적 사항")
    rows = [["분야", "지적 내용", "건수", "조치"],
            ["비밀관리", "비밀관리기록부 기재 누락", str(r.randint(1, 3)), "시정"],
            ["문서보안", "대외비 문서 보호기간 미기재", str(r.randint(1, 4)), "시정"],
            ["정보통신", "비밀번호 분기별 변경 미이행 PC", str(r.randint(3, 20)), "개선"],
            ["시설보안", "보호구역 출입대장 관리 소홀", str(r.randint(1, 2)), "주의"]]
    doc.tbl(rows, kind="list")
    doc.p("□ 종합 의견: 전반적인 보안관리 상태는 양호하나, 대외비ㆍ비밀 문서의 생산ㆍ관리 절차에 대한 교육 강화가 필요함")
    doc.p("※ 이 자료는 감사 결과의 요약으로서 %s에 따라 공개합니다." % r.choice(["「공공감사에 관한 법률」 제26조", "기관 감사결과 공개 기준"]))
    return res(doc, "public", "none", [], "감사 결과", "none", "",
               "언급만 있음: 보안감사 결과 요약(대외비/비밀 관리 실태를 언급), 공개 대상", "V_sec_audit/%d" % (variant % 2), mention_only=True)


def t_privacy_policy(r, variant=0):
    year = pick_year(r, 2012, 2026)
    ag = any_agency(r, year, ("central", "local", "inst", "edu"))
    dt = rdate(r, year)
    doc = Doc(r)
    lay = variant % 2
    title = "%s 개인정보 처리방침%s" % (ag.name, "(발췌)" if lay else "")
    doc.p(title, align="C", bold=True)
    doc.title = title
    doc.p("제1조(개인정보의 처리 목적) %s은(는) 민원 처리, 행정서비스 제공 등을 위하여 필요한 최소한의 개인정보를 처리합니다." % ag.name)
    doc.p("제2조(민감정보의 처리) 「개인정보 보호법」 제23조에 따른 건강, 노동조합 가입 여부 등 민감정보는 법령에 근거가 있거나 정보주체의 별도 동의를 받은 경우에만 처리합니다.")
    doc.p("제3조(고유식별정보의 처리) 주민등록번호, 여권번호, 운전면허번호, 외국인등록번호는 「개인정보 보호법」 제24조 및 제24조의2에 따라 법령에서 허용한 경우에만 처리합니다.")
    doc.tbl([["개인정보파일명", "처리 근거", "주요 항목", "보유기간"],
             ["민원 처리 파일", "민원 처리에 관한 법률", "성명, 주소, 연락처", "10년"],
             ["정보공개 청구 파일", "공공기관의 정보공개에 관한 법률", "성명, 주소, 전화번호, 전자우편", "5년"],
             ["직원 건강검진 파일", "국가공무원법", "성명, 검진 결과(민감정보)", "5년"]], kind="list")
    doc.p("제4조(개인정보 보호책임자) %s %s (☎ %s)" % (r.choice(["기획조정실장", "정보통신과장", "총무과장"]), person(r), ag.tel(r)))
    doc.p("이 방침은 %s부터 시행합니다." % ds(dt, "dot"))
    return res(doc, "public", "none", [], "행정 안내문", "none", "",
               "언급만 있음: 민감정보ㆍ고유식별정보를 항목명으로만 언급, 실제 개인정보 없음", "V_privacy_policy/%d" % lay, mention_only=True)


def t_pledge_form(r, variant=0):
    year = pick_year(r, 2005, 2026)
    ag = any_agency(r, year)
    doc = Doc(r)
    doc.p("보 안 서 약 서", align="C", bold=True)
    doc.title = "보안 서약서"
    doc.p("본인은 %s에 근무하면서 다음 사항을 준수할 것을 엄숙히 서약합니다." % ag.name)
    doc.p("1. 본인은 직무상 알게 된 비밀(Ⅰ급ㆍⅡ급ㆍⅢ급) 및 대외비 사항을 재직 중은 물론 퇴직 후에도 누설하지 않는다.",
          "2. 본인은 비밀을 무단으로 복사ㆍ반출하지 않으며, 보안업무규정 및 관련 규정을 준수한다.",
          "3. 본인이 위 사항을 위반한 때에는 관계 법령에 따른 처벌을 감수한다.")
    doc.blank()
    doc.p("        년      월      일")
    doc.tbl([["소속", "", "직급", ""], ["성명", "", "서명", "(인)"]], kind="form")
    doc.p("%s 귀하" % ag.head)
    return res(doc, "public", "none", [], "행정 안내문", "none", "",
               "언급만 있음: 빈 보안서약서 양식(비밀/대외비 단어 포함), 기재된 개인정보 없음", "V_pledge", mention_only=True)


def t_marking_standard(r, variant=0):
    year = pick_year(r, 2010, 2026)
    ag = any_agency(r, year, ("central", "local", "local"))
    dt = rdate(r, year)
    doc = Doc(r)
    sysn = r.choice(["온나라 시스템", "전자문서시스템", "업무관리시스템"])
    title = "%s 보안등급 및 공개구분 설정 기능 개선 안내" % sysn
    _frame_notice(doc, r, ag, year, dt, title, True)
    doc.p("1. %s에서 문서 생성 시 보안등급과 공개구분을 함께 지정하도록 기능이 개선되었습니다." % sysn)
    doc.p("2. 주요 변경 내용")
    doc.p("  가. 보안등급: '일반', '대외비' 중 선택(비밀은 시스템으로 생산 불가, 별도 비밀관리 절차에 따름)",
          "  나. 대외비 선택 시 보호기간 입력 필수, 문서 상ㆍ하단에 자동으로 '대외비' 문구 표시",
          "  다. 공개구분: 공개 / 부분공개 / 비공개 선택 후 해당 호(1~8호) 체크")
    doc.p("3. 적용 일자: %s" % ds(add_days(dt, 7), "dot"))
    doc.p("붙임  사용자 매뉴얼 1부.  끝.")
    cue, ct = _close_notice(doc, r, ag, year, dt, True)
    return res(doc, "public", "none", [], "공문", cue, ct,
               "언급만 있음: 시스템 기능 안내('대외비' 자동 표시 기능 설명)", "V_marking_std/%d" % (variant % 2), mention_only=True)


def t_nondisclosure_criteria(r, variant=0):
    year = pick_year(r, 2005, 2026)
    ag = any_agency(r, year, ("central", "local", "inst", "edu"))
    doc = Doc(r)
    title = "%s 비공개 대상 정보 세부 기준" % ag.name
    doc.p(title, align="C", bold=True)
    doc.title = title
    doc.p("「공공기관의 정보공개에 관한 법률」 제9조제3항에 따라 비공개 대상 정보의 범위에 관한 세부 기준을 다음과 같이 공개합니다.")
    rows = [["근거", "비공개 대상 정보(예시)"]]
    ex = {1: "보안업무규정에 따른 비밀로 분류된 문서, 근무성적평정 결과", 2: "통합방위 작전 관련 계획, 비상대비 자원 현황",
          3: "청사 방호 계획 및 보안시설 배치도, 정보통신망 구성도", 4: "수사 의뢰 및 고발 관련 자료, 단속 계획",
          5: "감사 진행 중인 사항, 입찰 예정가격, 내부 검토 중인 정책안", 6: "개인의 주민등록번호, 연락처, 징계ㆍ건강 관련 정보",
          7: "법인의 원가계산서, 기술제안서 중 영업비밀", 8: "개발 예정지 및 도시계획 입안 전 검토 자료"}
    nums = list(range(1, 9)) if variant % 2 == 0 else r.sample(range(1, 9), 6)
    for n in sorted(nums):
        rows.append(["제%d호" % n, ex[n]])
    doc.tbl(rows, kind="list")
    doc.p("※ 위 기준에 해당하더라도 공익상 필요한 경우 공개할 수 있으며, 비공개 결정에 이의가 있는 경우 이의신청을 할 수 있습니다.")
    return res(doc, "public", "none", [], "행정 안내문", "none", "",
               "언급만 있음: 비공개 대상 세부기준(법정 공표 자료)", "V_criteria/%d" % (variant % 2), mention_only=True)


def t_committee_result(r, variant=0):
    year = pick_year(r, 2008, 2026)
    ag = any_agency(r, year, ("central", "local", "inst"))
    dt = rdate(r, year)
    doc = Doc(r)
    title = "%d년 제%d회 정보공개심의회 심의 결과" % (year, r.randint(1, 9))
    doc.p(title, align="C", bold=True)
    doc.title = title
    doc.p("○ 일시: %s 14:00    ○ 장소: %s 소회의실" % (ds(dt, "dot"), ag.name))
    doc.p("○ 참석: 위원장 포함 %d명(외부위원 %d명)" % (r.randint(5, 7), r.randint(3, 4)))
    doc.p("○ 심의 안건 및 결과")
    rows = [["연번", "청구인", "청구 내용", "원처분", "심의 결과"]]
    items = [("청사 방호 계획서", "비공개(3)"), ("직원 징계 처분 내역", "비공개(6)"), ("입찰 참가업체 기술제안서", "부분공개(7)"),
             ("도시관리계획 변경 검토 자료", "비공개(5, 8)"), ("업무추진비 집행 내역", "부분공개(6)"), ("감사 진행 중인 사안 자료", "비공개(5)")]
    r.shuffle(items)
    for i, (c, d) in enumerate(items[:r.randint(3, 5)]):
        rows.append([str(i + 1), masked_name(r), c, d, r.choice(["원처분 유지", "부분공개로 변경", "원처분 유지", "공개로 변경"])])
    doc.tbl(rows, kind="list")
    doc.p("○ 심의 결과는 청구인에게 개별 통지함")
    return res(doc, "public", "none", [], "회의록", "none", "",
               "언급만 있음: 다른 문서들의 비공개 사유를 인용하는 심의 결과, 청구인은 가명처리되어 공개", "V_committee/%d" % (variant % 2),
               mention_only=True)


def t_daeoebi_cleanup(r, variant=0):
    year = pick_year(r, 2006, 2026)
    ag = any_agency(r, year, ("central", "local", "local", "inst"))
    dt = rdate(r, year)
    doc = Doc(r)
    title = r.choice(["대외비 문서 일제 정비 기간 운영 알림", "보호기간 경과 대외비 문서 정비 협조", "대외비 관리 실태 자체 점검 계획"])
    dumun(doc, r, ag, year, r.choice(["각 부서장", "수신자 참조", "각 실ㆍ국ㆍ과장"]))
    title_line(doc, title)
    doc.blank()
    doc.p("1. 보호기간이 지난 대외비 문서가 부서에 계속 보관되는 사례가 있어 다음과 같이 일제 정비 기간을 운영합니다.")
    doc.p("  가. 정비 기간: %s ~ %s" % (ds(dt, "dot"), ds(add_days(dt, 21), "dot")),
          "  나. 정비 대상: 부서 보관 대외비 문서 및 전자문서시스템 내 대외비 지정 문서",
          "  다. 조치 방법: 보호기간 경과 문서는 일반문서로 재분류하고, 불필요한 사본은 파기")
    doc.p("2. 정비 결과는 붙임 서식에 따라 %s까지 제출하기 바랍니다." % ds(add_days(dt, 25), "dot"))
    doc.p("붙임  대외비 문서 정비 결과 보고 서식 1부.  끝.")
    f = field_str(r, "public", year=year)
    gyeolmun(doc, r, ag, year, dt, r.choice(ag.depts), f)
    return res(doc, "public", "none", [], "공문", "결문 공개구분", f,
               "언급만 있음: 대외비 문서 정비를 지시하는 공문, 자체는 공개", "V_daeoebi_cleanup/%d" % (variant % 2), mention_only=True)


def t_leak_prevention(r, variant=0):
    year = pick_year(r, 2012, 2026)
    ag = any_agency(r, year, ("central", "local", "local", "edu"))
    dt = rdate(r, year)
    doc = Doc(r)
    title = r.choice(["개인정보 노출 예방을 위한 문서 작성 요령", "홈페이지 게시물 개인정보 노출 방지 안내"])
    _frame_notice(doc, r, ag, year, dt, title, variant % 2 == 0)
    ex = rrn(r, masked=True)
    doc.p("1. 문서 작성 및 게시 시 다음 사항을 반드시 확인하여 주시기 바랍니다.")
    doc.p("  가. 주민등록번호는 뒷자리를 가려 표기합니다.  예) %s" % ex,
          "  나. 휴대전화번호는 가운데 자리를 가립니다.  예) 010-****-%04d" % r.randint(0, 9999),
          "  다. 첨부파일 내 숨겨진 시트, 메모에 개인정보가 남아 있지 않은지 확인합니다.")
    doc.p("2. 개인정보가 포함된 결재문서는 공개구분을 '부분공개(6)'로 지정하고, 첨부 명단은 비공개 처리합니다.")
    doc.p("3. 건강, 노동조합 가입 등 민감정보는 원칙적으로 게시하지 않습니다.")
    cue, ct = _close_notice(doc, r, ag, year, dt, variant % 2 == 0)
    return res(doc, "public", "none", [], "공문" if variant % 2 == 0 else "행정 안내문", cue, ct,
               "언급만 있음: 마스킹 예시 주민번호만 있음(PIPA-24 아님), 부분공개(6) 지정 요령 언급", "V_leak_prev/%d" % (variant % 2),
               mention_only=True)


# ---------------------------------------------------------------------------
# S. 인사 발령 — public (grades 3급/4급 are civil-service grades, not 비밀 grades)
# ---------------------------------------------------------------------------
def grade_labels(r, year, local):
    if local:
        return [("3급", "지방부이사관"), ("4급", "지방서기관"), ("5급", "지방행정사무관"), ("6급", "지방행정주사"), ("4급", "지방기술서기관")]
    return [("1급", "관리관"), ("2급", "이사관"), ("3급", "부이사관"), ("4급", "서기관"), ("5급", "행정사무관"), ("4급", "기술서기관")]


def t_personnel(r, variant=0, kind="public"):
    year = pick_year(r, 1994, 2026)
    local = r.random() < 0.55
    ag = local_agency(r, year) if local else central_agency(r, year)
    dt = rdate(r, year)
    doc = Doc(r)
    lay = variant % 3
    no = "%s 인사발령 제%d-%d호" % (ag.name, year, r.randint(1, 160))
    if year < 2000 and lay == 0:
        doc.p("人 事 命 令", align="C", bold=True)
        doc.p("%s 인사명령 제%d호" % (ag.name, r.randint(10, 300)), align="R")
    else:
        doc.p("인 사 발 령", align="C", bold=True)
        doc.p(no, align="R")
    doc.title = "인사 발령"
    doc.p(ds(dt, "dot"), align="R")
    doc.blank()
    gl = grade_labels(r, year, local)
    depts = ag.depts
    sections = [("승진", "%s에 임함"), ("전보", "%s에 보함"), ("직무대리", "%s 직무대리를 명함")]
    r.shuffle(sections)
    extra_col = None
    if kind == "rrn":
        extra_col = "주민등록번호"
    elif kind == "dob":
        extra_col = "생년월일"
    flag_note = ""
    sick_row = None
    for sname, act in sections[:r.randint(2, 3)]:
        doc.p("□ %s" % sname)
        head = ["직급", "소속", "성명"] + ([extra_col] if extra_col else []) + ["발령사항"]
        rows = [head]
        for i in range(r.randint(2, 6)):
            g, gn = r.choice(gl if sname == "승진" else [x for x in gl if x[0] in ("3급", "4급", "5급")])
            dep = r.choice(depts)
            gtxt = r.choice(["%s(%s)" % (g, gn), "%s %s" % (gn, g), gn + "(%s)" % g])
            row = [gtxt, dep, person(r)]
            if extra_col == "주민등록번호":
                row.append(rrn(r, 1960, 1995))
            elif extra_col == "생년월일":
                y, m, d = _valid_date(r, 1960, 1995)
                row.append("%d. %d. %d." % (y, m, d))
            row.append(act % (chief(r.choice(depts)) if sname != "승진" else gn))
            rows.append(row)
        doc.tbl(rows, kind="personnel")
    if kind == "sick":
        doc.p("□ 휴직")
        nm = person(r)
        diag = r.choice(["우울증 치료", "요추 추간판 탈출증 수술", "갑상선암 수술 및 항암치료", "공황장애 치료", "뇌경색 재활치료"])
        doc.tbl([["직급", "소속", "성명", "발령사항"],
                 [r.choice(["6급", "7급", "지방행정주사보(7급)", "행정주사(6급)"]), r.choice(depts), nm,
                  "질병휴직(%s)을 명함(%s ~ %s)" % (diag, ds(dt, "dot"), ds(add_days(dt, 180), "dot"))]], kind="personnel")
        flag_note = "휴직 사유에 진단명 포함"
    doc.blank()
    doc.p(ag.head, align="C", bold=True)
    if kind == "public":
        return res(doc, "public", "none", [], "인사 발령", "none", "",
                   "공무원 인사 발령(직무상 정보) 공개; '3급/4급'은 공무원 직급이지 비밀 등급 아님", "S_personnel/%d" % lay, mention_only=True)
    if kind == "dob":
        return res(doc, "partial", "none", [O(6)], "인사 발령", "none", "",
                   "인사 발령에 생년월일 열 포함 → 생년월일만 가리고 공개(고유식별번호 아님)", "S_personnel_dob/%d" % lay, mention_only=True)
    if kind == "rrn":
        return res(doc, "partial", "none", [O(6), "PIPA-24"], "인사 발령", "none", "",
                   "구 서식 인사명령에 주민등록번호 전체 기재 → 번호 열 제외 후 공개", "S_personnel_rrn/%d" % lay, mention_only=True)
    return res(doc, "partial", "none", [O(6), "PIPA-23"], "인사 발령", "none", "",
               "인사 발령 중 질병휴직 사유에 진단명(건강정보) 포함 → 해당 부분 비공개", "S_personnel_sick/%d" % lay, mention_only=True)


# ---------------------------------------------------------------------------
# U. 정보공개 결정 통지서 (정보공개법 시행규칙 별지 서식) — mention-only; own label by 청구인 data
# ---------------------------------------------------------------------------
U_REQUESTS = [
    ("%d년 %s 업무추진비 집행 내역", "부분공개", [6], "집행 내역 중 간담회 참석 민간인의 성명"),
    ("%d년 %s 청사 방호 계획 및 CCTV 배치도", "비공개", [3], "청사 방호 계획 및 CCTV 배치도 전부"),
    ("%d년 %s 감사 진행 중인 ○○사업 관련 자료", "비공개", [5], "감사가 진행 중인 사안의 자료"),
    ("%d년 %s 소속 공무원 징계 처분 결과", "부분공개", [6], "징계 대상자의 성명 및 개인 식별 정보"),
    ("%d년 %s ○○공사 입찰 참가업체 제안서", "부분공개", [7], "참가업체의 원가 산출 내역 및 기술 노하우"),
    ("%d년 %s 택지개발 후보지 검토 보고서", "비공개", [5, 8], "후보지 위치 및 검토 의견"),
    ("%d년 %s 시민 위원회 회의록", "공개", [], ""),
    ("%d년 %s 불법 주정차 단속 계획", "비공개", [4], "단속 일정, 장소 및 인력 배치"),
    ("%d년 %s 예산 집행 현황", "공개", [], ""),
]


def t_disclosure_notice(r, variant=0, with_person=False):
    year = pick_year(r, 2006, 2026)
    ag = any_agency(r, year, ("central", "local", "local", "inst", "edu", "police"))
    dt = rdate(r, year)
    doc = Doc(r)
    req = U_REQUESTS[variant % len(U_REQUESTS)]
    decision = req[1]
    if r.random() < 0.5:
        doc.p("■ 공공기관의 정보공개에 관한 법률 시행규칙 [별지 제%d호서식]" % r.choice([5, 6, 7]))
    doc.p("정보 (%s공개  %s부분공개  %s비공개) 결정 통지서" % tuple("[√]" if decision == k else "[ ]" for k in ("공개", "부분공개", "비공개")),
          align="C", bold=True)
    doc.title = "정보 공개 결정 통지서"
    if with_person:
        nm = person(r)
        adr = address(r, year)
        post = "%05d" % r.randint(10000, 63999) if year >= 2015 else "%03d-%03d" % (r.randint(100, 799), r.randint(100, 999))
        doc.p("수신자  %s 귀하" % nm)
        doc.p("(우 %s) %s" % (post, adr))
        cue_note = "청구인 성명ㆍ주소가 그대로 기재됨 → 통지서 자체는 청구인 정보 가리고 공개"
    else:
        nm = r.choice(["청구인", masked_name(r), ""])
        doc.p("수신자  %s 귀하" % nm if nm else "수신자  청구인 귀하")
        cue_note = "청구인 정보 없음/가명처리 → 통지서 자체는 공개"
    target = req[0] % (year, ag.name)
    rows = [["접수번호", "%d%07d" % (year % 100, r.randint(0, 9999999)), "접수일", ds(add_days(dt, -r.randint(3, 10)), "dot")],
            ["청구 내용", target, "", ""]]
    if decision != "비공개":
        rows += [["공개 내용", target + (" (비공개 부분 제외)" if decision == "부분공개" else ""), "", ""],
                 ["공개 일시", ds(add_days(dt, 3), "dot") + " 10:00", "공개 장소", "정보공개시스템"],
                 ["공개 방법", "열람ㆍ시청[ ] 사본ㆍ출력물[ ] 전자파일[√] 복제ㆍ인화물[ ] 기타[ ]", "", ""],
                 ["교부 방법", "직접 방문[ ] 우편[ ] 팩스 전송[ ] 정보통신망[√] 전자우편[ ]", "", ""],
                 ["납부 금액", "수수료 %d원 / 우송료 0원" % r.choice([0, 0, 250, 500]), "", ""]]
    if decision != "공개":
        cite = "; ".join(law_cite(r, n) for n in req[2]) if len(req[2]) == 1 or r.random() < 0.5 else \
            "「공공기관의 정보공개에 관한 법률」 제9조 제1항 제%s호" % "호, 제".join(map(str, req[2]))
        rows.append(["비공개(전부 또는 일부) 내용 및 사유", "%s: %s에 해당(%s)" % (req[3], cite, GROUND_TEXT[req[2][0]][:40] + "…"), "", ""])
    doc.tbl(rows, kind="form")
    doc.p("「공공기관의 정보공개에 관한 법률」 제13조제1항에 따라 귀하의 정보공개 청구에 대한 결정 내용을 위와 같이 통지합니다.")
    doc.p(ds(dt, "dot"), align="R")
    doc.p("%s  [직인생략]" % ag.head, align="C", bold=True)
    if r.random() < 0.6:
        doc.p("유의사항",
              "1. 공개 결정된 정보는 공개일 후 10일이 지날 때까지 청구인이 정당한 사유 없이 열람하지 않으면 종결 처리될 수 있습니다.",
              "2. 비공개 또는 부분공개 결정에 이의가 있는 경우 통지를 받은 날부터 30일 이내에 이의신청을 하거나, 행정심판 또는 행정소송을 제기할 수 있습니다.")
    if with_person:
        return res(doc, "partial", "none", [O(6)], "정보공개 결정 통지서", "결정통지서 수신자 란", nm,
                   "언급만 있음(대상 문서의 비공개 사유 인용); " + cue_note, "U_notice_person/%d" % (variant % len(U_REQUESTS)),
                   mention_only=True)
    return res(doc, "public", "none", [], "정보공개 결정 통지서", "none", "",
               "언급만 있음(대상 문서의 비공개 사유 인용); " + cue_note, "U_notice/%d" % (variant % len(U_REQUESTS)), mention_only=True)


# ---------------------------------------------------------------------------
# Q. 민원 회신 — named citizen 귀하 + address → partial(6); masked → public
# ---------------------------------------------------------------------------
Q_TOPICS = [
    ("생활도로 파손 보수 요청", "귀하께서 {date} 국민신문고를 통해 신청하신 {place} 앞 도로 파손 보수 요청에 대한 회신입니다.",
     ["현장 확인 결과 포장면 균열 및 포트홀이 확인되어 {due}까지 긴급 보수를 완료할 예정입니다.", "향후 해당 구간은 연차별 재포장 계획에 반영하여 정비하겠습니다."]),
    ("야간 공사 소음 관련 민원", "귀하께서 {date} 제기하신 {place} 인근 공사장 야간 소음 민원에 대하여 다음과 같이 답변드립니다.",
     ["소음 측정 결과 생활소음 규제기준을 초과하여 시공사에 공사 시간 조정(22시 이후 작업 중지) 명령을 하였습니다.", "재발 시 과태료 부과 등 조치할 예정입니다."]),
    ("불법 주정차 과태료 부과 이의", "귀하께서 {date} 제출하신 주정차 위반 과태료 부과 이의에 대하여 검토한 결과를 알려드립니다.",
     ["단속 당시 사진을 확인한 결과 장애인 전용 주차구역에 주차한 사실이 확인되어 과태료 부과는 정당한 것으로 판단됩니다.", "이의가 있는 경우 관할 법원에 재판을 청구할 수 있습니다."]),
    ("건축 허가 절차 질의", "귀하께서 {date} 질의하신 {place} 소재 토지의 건축 가능 여부에 대하여 답변드립니다.",
     ["해당 토지는 계획관리지역으로 건폐율 40% 이하, 용적률 100% 이하의 범위에서 단독주택 건축이 가능합니다.", "다만 진입도로 확보 여부는 건축 허가 신청 시 별도로 검토됩니다."]),
    ("가로등 설치 요청", "{date}에 접수된 귀하의 {place} 주변 가로등 설치 요청에 대한 처리 결과입니다.",
     ["현장 조사 결과 보행자 통행이 많고 조도가 낮아 {due}까지 가로등 2기를 설치하기로 하였습니다.", "설치 일정이 확정되면 다시 안내드리겠습니다."]),
    ("기초연금 수급 자격 문의", "귀하께서 {date} 문의하신 기초연금 수급 자격에 대하여 안내드립니다.",
     ["소득인정액 산정 결과 선정기준액을 초과하여 현재는 수급 대상에 해당하지 않습니다.", "소득ㆍ재산 변동이 있으면 다시 신청하실 수 있습니다."]),
    ("쓰레기 무단투기 단속 요청", "귀하께서 {date} 신고하신 {place} 일대 쓰레기 무단투기에 대한 조치 결과입니다.",
     ["해당 지역에 이동식 CCTV를 설치하고 주 2회 순찰을 실시하고 있습니다.", "투기자가 확인되면 「폐기물관리법」에 따라 과태료를 부과하겠습니다."]),
    ("상수도 요금 과다 부과 이의", "귀하께서 {date} 제기하신 상수도 요금 과다 부과 이의에 대하여 답변드립니다.",
     ["검침 기록과 계량기 상태를 확인한 결과 옥내 누수로 사용량이 증가한 것으로 확인되었습니다.", "「수도 급수 조례」에 따라 누수 감면을 신청하시면 요금의 일부를 감면받으실 수 있습니다."]),
]


def t_minwon_reply(r, variant=0, named=True, with_rrn=False, field_mode=None):
    year = pick_year(r, 1996, 2026)
    ag = local_agency(r, year) if r.random() < 0.85 else central_agency(r, year)
    dt = rdate(r, year)
    doc = Doc(r)
    tp = Q_TOPICS[variant % len(Q_TOPICS)]
    nm = person(r)
    adr = address(r, year, near=ag)
    place = adr.split(",")[0].rsplit(" ", 1)[0] if named else r.choice(["○○동 주민센터", "○○초등학교", "○○공원"])
    lay = (variant // len(Q_TOPICS) + variant) % 3
    recv_date = ds(add_days(dt, -r.randint(3, 14)), "dot")
    if lay == 0 and year >= 2004:
        dumun(doc, r, ag, year, "%s 귀하" % nm if named else "%s 님" % masked_name(r),
              recv_addr=("(우 %s %s)" % ("%05d" % r.randint(10000, 63999) if year >= 2015 else "%03d-%03d" % (r.randint(100, 799), r.randint(100, 999)), adr)) if named else None)
        title_line(doc, "%s에 대한 회신" % tp[0])
    else:
        doc.p("민원 처리 결과 통지", align="C", bold=True)
        doc.title = "민원 처리 결과 통지"
        rows = [["민원인", nm if named else masked_name(r), "접수번호", "%d-%06d" % (year, r.randint(1, 999999))],
                ["주소", adr if named else "(생략)", "접수일", recv_date], ["민원 요지", tp[0], "", ""]]
        if with_rrn:
            rows.insert(1, ["주민등록번호", rrn(r, 1945, 1995), "연락처", mobile(r, year)])
        elif named and r.random() < 0.5:
            rows.insert(1, ["연락처", mobile(r, year), "", ""])
        doc.tbl(rows, kind="form")
    doc.blank()
    doc.p("1. 평소 %s 행정에 관심을 가져 주신 데 감사드립니다." % ag.name)
    due = ds(add_days(dt, 20), "dot")
    doc.p("2. " + tp[1].format(date=recv_date, place=place, due=due))
    for i, s in enumerate(tp[2]):
        doc.p("  %s. %s" % ("가나다"[i], s.format(date=recv_date, place=place, due=due)))
    doc.p("3. 추가 문의 사항은 %s(☎ %s)로 연락 주시면 친절히 안내해 드리겠습니다.  끝." % (r.choice(ag.depts), ag.tel(r)))
    cue, ct = "none", ""
    if lay == 0 and year >= 2004:
        f = None
        if field_mode == "field":
            f = field_str(r, "partial" if named else "public", [6], year)
        elif year >= 2004:
            f = field_str(r, "partial", [6], year) if named and r.random() < 0.5 else (field_str(r, "public", year=year) if not named else None)
        gyeolmun(doc, r, ag, year, dt, r.choice(ag.depts), f)
        if f:
            cue, ct = "결문 공개구분", f
    else:
        doc.blank()
        doc.p(ag.head, align="C", bold=True)
    if not named:
        return res(doc, "public", "none", [], "민원 회신", cue, ct, "민원인 가명처리, 주소 생략 → 공개", "Q_minwon_masked/%d" % (variant % len(Q_TOPICS)))
    reasons = [O(6)] + (["PIPA-24"] if with_rrn else [])
    if cue == "none":
        cue, ct = "none", nm
    return res(doc, "partial", "none", reasons, "민원 회신", cue if cue != "none" else "수신자(귀하)ㆍ주소", ct,
               "실명 민원인(귀하)과 주소%s → 인적사항 가리고 공개" % (", 주민등록번호" if with_rrn else ""),
               "Q_minwon_named/%d" % (variant % len(Q_TOPICS)))


# ---------------------------------------------------------------------------
# B. 공문 + 붙임 명단 (personal data in the attachment)
# ---------------------------------------------------------------------------
B_TOPICS = [
    ("{y}년 모범시민 표창 대상자 추천", "모범시민 표창 대상자를 다음과 같이 추천합니다.", "표창 대상자 추천 명단", "표창"),
    ("재난지원금 지급 대상자 확정 통보", "재난지원금 지급 대상자를 다음과 같이 확정하였으니 지급 업무에 참고하시기 바랍니다.", "지급 대상자 명단", "지급"),
    ("자원봉사자 상해보험 가입 요청", "{y}년 자원봉사자 상해보험 가입을 위하여 대상자 명단을 송부합니다.", "보험 가입 대상자 명단", "보험"),
    ("주민참여예산위원 위촉 결과 알림", "주민참여예산위원을 다음과 같이 위촉하였음을 알려드립니다.", "위촉 위원 명단", "위원"),
    ("취약계층 난방비 지원 대상자 통보", "동절기 취약계층 난방비 지원 대상자를 다음과 같이 통보하오니 지원에 만전을 기하여 주시기 바랍니다.", "지원 대상자 명단", "지원"),
    ("{y}년 귀농ㆍ귀촌 교육 수료자 현황 보고", "{y}년 귀농ㆍ귀촌 교육 수료자 현황을 다음과 같이 보고합니다.", "교육 수료자 명단", "수료"),
    ("청년 창업 지원금 지급 결과 보고", "청년 창업 지원금 지급 결과를 다음과 같이 보고합니다.", "지원금 수령자 명단", "지급"),
    ("공공근로사업 참여자 선발 결과 통보", "{y}년 상반기 공공근로사업 참여자를 다음과 같이 선발하였으니 배치에 참고하시기 바랍니다.", "참여자 명단", "선발"),
]


def roster_rows(r, year, ag, n, cols):
    rows = [["연번"] + cols]
    for i in range(n):
        row = [str(i + 1)]
        nat = r.choice(list(FOREIGN.keys()))
        for c in cols:
            if c == "성명":
                row.append(foreign_name(r, nat) if ("외국인등록번호" in cols or "국적" in cols) else person(r))
            elif c == "주민등록번호":
                row.append(rrn(r, 1940, 2002))
            elif c == "주민등록번호(마스킹)":
                row.append(rrn(r, 1940, 2002, masked=True))
            elif c == "생년월일":
                y, m, d = _valid_date(r, 1940, 2002)
                row.append("%d.%02d.%02d." % (y, m, d))
            elif c == "연락처":
                row.append(mobile(r, year))
            elif c == "주소":
                row.append(address(r, year, short=r.random() < 0.3, near=ag))
            elif c == "계좌":
                b, a = account(r)
                row.append("%s %s" % (b, a))
            elif c == "외국인등록번호":
                row.append(frn(r))
            elif c == "여권번호":
                row.append(passport(r))
            elif c == "국적":
                row.append(nat)
            elif c == "금액":
                row.append("{:,}".format(r.choice([100000, 200000, 300000, 500000, 1000000])))
            elif c == "비고":
                row.append(r.choice(["", "", "신규", "재선정", "추천"]))
            elif c == "직업":
                row.append(r.choice(["자영업", "회사원", "주부", "농업", "교사", "무직", "대학생"]))
            else:
                row.append("")
        rows.append(row)
    return rows


def t_gongmun_roster(r, variant=0, mode="field6"):
    tp = B_TOPICS[variant % len(B_TOPICS)]
    year = pick_year(r, 2005 if mode != "stmt" else 2000, 2026)
    ag = local_agency(r, year) if r.random() < 0.8 else central_agency(r, year)
    dt = rdate(r, year)
    doc = Doc(r)
    title = fill(tp[0], r, year, dt)
    dumun(doc, r, ag, year, recipient_for(r, ag))
    title_line(doc, title)
    doc.blank()
    doc.p(related_line(r, ag, year, dt))
    doc.p("2. " + fill(tp[1], r, year, dt))
    n = r.randint(4, 14)
    doc.p("  가. 대상 인원: %d명" % n,
          "  나. 선정 기준: %s" % r.choice(["관련 조례에 따른 자격 요건 충족자", "읍ㆍ면ㆍ동 추천 및 심사위원회 심의", "신청자 중 소득 기준 충족자"]))
    cols = {"field6": ["성명", "생년월일", "연락처", "주소", "비고"], "masked": ["성명", "주민등록번호(마스킹)", "주소", "비고"],
            "rrn": ["성명", "주민등록번호", "주소", "연락처"], "mislabeled": ["성명", "주민등록번호", "계좌", "금액"],
            "stmt": ["성명", "연락처", "주소", "직업"], "frn": ["성명", "국적", "외국인등록번호", "연락처"],
            "passport": ["성명", "여권번호", "연락처", "비고"], "conflict16": ["성명", "주소", "연락처", "비고"]}[mode]
    if mode == "frn":
        doc.p("  다. 외국인 근로자 안전교육 이수자를 포함함")
    if mode == "passport":
        doc.p("  다. 국외 연수 항공권 발권을 위하여 참가자 여권 정보를 함께 송부함")
    stmt = None
    if mode == "stmt":
        stmt = r.choice(["※ 붙임 명단은 개인정보가 포함되어 있어 비공개합니다.", "※ 첨부 명단은 개인정보가 포함되어 비공개(정보공개법 제9조①6)",
                         "※ 붙임 2는 비공개(개인정보)", "※ 붙임 명단은 개인정보 보호를 위하여 공개하지 않음"])
        doc.p(stmt)
    doc.blank()
    att = [tp[2] + " 1부"]
    if mode == "stmt" and "붙임 2" in stmt:
        att = ["추진 계획 1부", tp[2] + " 1부"]
    doc.p(*attach_lines(r, att, year, dt))
    dept = r.choice(ag.depts)
    field, cue, ct, flags = None, None, None, []
    if mode in ("field6", "masked", "rrn", "frn", "passport"):
        field = field_str(r, "partial", [6], year)
        cue, ct = "결문 공개구분", field
    elif mode == "mislabeled":
        field = field_str(r, "public", year=year)
        cue, ct = "결문 공개구분(내용과 불일치)", field
        flags = ["field_conflict"]
    elif mode == "conflict16":
        field = "부분공개(1, 6)" if r.random() < 0.5 else "부분공개(1,6)"
        cue, ct = "결문 공개구분(제1호는 비밀 아님)", field
        flags = ["field_conflict"]
    elif mode == "stmt":
        field = field_str(r, "partial", [6], year) if r.random() < 0.4 else None
        cue, ct = "붙임 관련 문구", stmt
    gyeolmun(doc, r, ag, year, dt, dept, field)
    doc.blank()
    doc.p("[붙임%s] %s" % (" 2" if (mode == "stmt" and "붙임 2" in stmt) else "", tp[2]), bold=True)
    doc.tbl(roster_rows(r, year, ag, n, cols), kind="roster")
    reasons = [O(6)]
    if mode in ("rrn", "mislabeled", "frn", "passport"):
        reasons.append("PIPA-24")
    notes = {"field6": "붙임 명단(성명ㆍ생년월일ㆍ연락처ㆍ주소) → 부분공개(6), 결문과 일치",
             "masked": "주민등록번호는 마스킹됨 → PIPA-24 아님, 성명ㆍ주소로 -6",
             "rrn": "붙임 명단에 주민등록번호 전체 → -6 + PIPA-24",
             "mislabeled": "결문은 '공개'이나 명단에 주민번호ㆍ계좌 전체 → 내용 기준 부분공개(-6, PIPA-24)",
             "stmt": "붙임 명단 비공개 문구 + 명단 실제 포함 → 부분공개(6)",
             "frn": "외국인등록번호 전체 → -6 + PIPA-24",
             "passport": "민간 참가자 여권번호 전체 → -6 + PIPA-24",
             "conflict16": "결문 '부분공개(1, 6)'이나 비밀 표시 없음 → 규칙상 제1호 불부여, 내용 기준 -6만"}
    return res(doc, "partial", "none", reasons, "공문", cue, ct, notes[mode], "B_roster_%s/%d" % (mode, variant % len(B_TOPICS)),
               flags=flags)


# ---------------------------------------------------------------------------
# F. 비밀 (Ⅰ·Ⅱ·Ⅲ급) — OIDA-9-1-1 + content reason
# ---------------------------------------------------------------------------
F_TOPICS = [
    ("{y}년 을지연습 {agn} 세부 시행계획", [2], "III",
     ["1. 연습 개요", "  가. 기간: {d1} ~ {d2}(3박 4일)", "  나. 참가: 본청 및 소속기관 전 직원, 관계기관 {n1}개",
      "2. 전시 직제 편성", "  가. 전시 종합상황실 설치: 본관 지하 {n2}층", "  나. 소산 이동 장소: 제{n2}지휘소(코드명 '{code}')",
      "3. 중점 연습 과제", "  가. 전시 행정기관 기능 유지 및 소산 이동", "  나. 중요시설 피해 복구 및 동원 자원 지원",
      "4. 통제관 편성 및 평가", "  가. 통제관 {n1}명(군 연락관 포함) 편성, 메시지 처리 평가"]),
    ("국가중요시설 방호 보강 계획", [2, 3], "III",
     ["1. 대상 시설: {fac}(국가중요시설 '{fg}'급)", "2. 현 방호 실태", "  가. 경비 인력: 청원경찰 {n1}명, 3교대",
      "  나. 취약 구간: 북측 외곽 울타리 {n3}m 구간 감시 사각지대", "3. 보강 계획",
      "  가. 열상감시장비(TOD) {n2}대 추가 설치", "  나. 군ㆍ경 합동 대응 훈련 분기 1회 실시",
      "  다. 유사시 증원 병력 투입로: 제{n2}출입구 경유"]),
    ("비상대비 중점관리업체 지정 및 동원 계획", [2], "III",
     ["1. 지정 현황: 중점관리업체 {n1}개(방산 관련 {n2}개 포함)", "2. 동원 계획", "  가. 전시 생산 전환 품목: 전투식량, 통신 케이블, 차량 부품",
      "  나. 동원 소요 인력: {n3}명(기술 인력 우선)", "3. 업체별 전시 임무 및 대체 생산지 지정 현황은 별도 목록과 같음"]),
    ("재외국민 비상 철수 계획 점검 결과", [2], "III",
     ["1. 점검 대상: {region} 지역 재외공관 {n2}곳", "2. 점검 결과", "  가. 체류 국민 {n3}명 중 비상연락망 등록률 {pct}%",
      "  나. 집결지 및 철수 경로: 1안 항공편, 2안 육로(인접국 국경 검문소 경유)", "3. 보완 과제: 현지 협력 기관과의 수송 협정 갱신, 철수 항공기 대기 공항 추가 확보"]),
    ("정부 업무망 암호장비 교체 추진 계획", [2, 3], "III",
     ["1. 추진 배경: 노후 암호장비 보안 취약점 확인", "2. 교체 대상: 본부 및 소속기관 암호장비 {n3}대",
      "3. 교체 일정: {d1}부터 단계별 교체(야간 작업)", "4. 망 구성: 업무망 백본 이중화 경로 및 암호장비 설치 위치는 붙임 구성도 참조",
      "5. 보안 대책: 교체 기간 중 비상 통신망 전환 절차 수립"]),
    ("대테러 취약시설 합동 점검 결과", [3], "III",
     ["1. 점검 대상: 다중이용시설 및 기반시설 {n1}개소", "2. 주요 취약점", "  가. {fac} 출입 통제 미흡(외부인 무단 출입 가능 구간 {n2}곳)",
      "  나. 폭발물 탐지 장비 미설치 시설 {n2}개소", "3. 조치 계획: 취약 시설별 보강 후 {d2}까지 재점검"]),
    ("접경지역 주민 대피 계획", [2, 3], "III",
     ["1. 대상 지역: 접경지역 {n1}개 읍ㆍ면", "2. 대피 시설: 정부 지원 대피시설 {n2}곳(수용 인원 {n3}명)",
      "3. 대피 명령 전달 체계: 군 → 시ㆍ군 상황실 → 읍ㆍ면 → 이장 방송", "4. 이동 수단 및 경로: 1차 집결지 {code} 경유 후방 지역 이동"]),
    ("주요 통신시설 전시 보호 대책", [3], "III",
     ["1. 보호 대상: 국가 기간 통신시설 {n1}개소", "2. 취약 요소: 지상 노출 케이블 구간, 예비 전원 부족",
      "3. 보호 대책: 군 경계 지원 요청 구역 지정, 이동식 발전기 {n2}대 배치", "4. 시설별 좌표 및 우회 회선은 별도 관리"]),
    ("통합방위사태 대비 작전 협조 계획", [2], "II",
     ["1. 목적: 통합방위사태 선포 시 관계기관 작전 협조 체계 확립", "2. 협조 체계: 통합방위협의회 → 작전부대 → 경찰ㆍ소방",
      "3. 단계별 조치", "  가. 을종사태: 주요 도로 검문소 {n2}곳 운영", "  나. 갑종사태: 민간 차량 징발 및 통제선 설정",
      "4. 비상 연락 암호 및 주파수는 별도 하달"]),
    ("전시 행정기관 소산 계획", [2], "II",
     ["1. 소산 대상: 본부 실ㆍ국 및 소속기관", "2. 소산 지역: 제{n2}소산지(코드명 '{code}'), 예비 소산지 1곳",
      "3. 이동 순서: 1단계 필수 요원 {n1}명, 2단계 지원 인력", "4. 이동 수단: 관용차량 및 징발 차량, 경찰 호송"]),
    ("{region} 관계국과의 협상 대응 방향", [2], "II",
     ["1. 협상 현황: {d0} 제{n2}차 실무회의 결과 쟁점 {n2}개 미합의", "2. 상대국 입장 분석: 수용 가능 범위 및 예상 양보안",
      "3. 우리 측 대응 방향", "  가. 1안: 핵심 쟁점 일괄 타결 추진", "  나. 2안: 단계적 합의 후 후속 협상",
      "4. 최종 양보선(내부 한정): 별도 보고"]),
    ("전쟁지도본부 운영 계획", [2], "I",
     ["1. 운영 시기: 전시 또는 국가비상사태 선포 즉시", "2. 위치: 주 지휘소 및 대체 지휘소(좌표 별도)",
      "3. 편성: 본부장 이하 {n1}명, 분야별 참모반", "4. 전시 정부 기능 유지 절차 및 승계 순서"]),
    ("국가 비축물자 저장시설 현황", [2, 3], "III",
     ["1. 비축 품목: 유류, 식량, 의약품", "2. 저장시설: 전국 {n1}개소(지하 저장시설 {n2}개소 포함)",
      "3. 시설별 저장량 및 방호 수준: 별표", "4. 취약 시설 보강 계획: {d2}까지 방호벽 보강"]),
    ("해상 경계 강화 관계기관 협조", [2], "III",
     ["1. 배경: {region} 해역 특이 동향", "2. 협조 사항", "  가. 경비함정 {n2}척 추가 배치, 해군과 합동 초계",
      "  나. 어선 조업 통제선 일시 조정", "3. 상황 보고 체계: 상황 발생 시 즉시 보고(암호 통신망 사용)"]),
]
CODES = ["백두", "한라", "매봉", "솔개", "청룡", "은하", "비룡", "태백", "다솜", "가람"]
FACS = ["○○ 정수장", "○○ 변전소", "○○ 항만 유류 저장소", "○○ 발전소", "○○ 공항 관제시설", "○○ 통신 중계소", "○○ 댐 관리동"]
REGIONS = ["중동", "동남아시아", "동아프리카", "서해", "동해", "유럽", "중남미", "남태평양"]


def fillx(s, r, year, dt, agn=""):
    s = s.replace("{agn}", agn).replace("{code}", r.choice(CODES)).replace("{fac}", r.choice(FACS)).replace("{fg}", r.choice("가나다"))
    s = s.replace("{region}", r.choice(REGIONS))
    return fill(s, r, year, dt)


SECRET_LAYOUTS = ["topbottom", "headerfooter", "box", "headercell", "top_field", "ocr", "old"]


def t_classified(r, variant=0, grade="III", layout=None):
    cands = [t for t in F_TOPICS if (t[2] == grade or (grade == "III" and t[2] == "III") or (grade == "II" and t[2] in ("II", "III"))
                                      or (grade == "I" and t[2] in ("I", "II")))]
    tp = cands[variant % len(cands)]
    layout = layout or SECRET_LAYOUTS[variant % len(SECRET_LAYOUTS)]
    year = pick_year(r, 1993 if layout == "old" else 2000, 1999 if layout == "old" else 2026)
    keys = ["mnd", "mois", "mofa", "unikorea", "police", "kcg", "molit", "moe"]
    ag = central_agency(r, year, keys=keys) if r.random() < 0.6 else local_agency(r, year, level="sido" if r.random() < 0.5 else None)
    dt = rdate(r, year)
    doc = Doc(r)
    until = add_days(dt, r.randint(365, 365 * 6))
    word = secret_word(r, grade) if layout != "ocr" else secret_word_noisy(r, grade)
    ye = yegomun(r, grade, until)
    cn = copy_no(r)
    title = fillx(tp[0], r, year, dt, ag.name)
    content = [fillx(x, r, year, dt, ag.name) for x in tp[3]]
    reasons = [O(1)] + [O(n) for n in tp[1]]
    cue_map = {"topbottom": "문서 상ㆍ하단 표시 + 예고문", "headerfooter": "머리말ㆍ꼬리말", "box": "글상자", "headercell": "결재란 표 셀",
               "top_field": "상단 표시 + 결문 공개구분", "ocr": "상ㆍ하단 표시(OCR 잡음)", "old": "상ㆍ하단 표시(구 서식)"}
    field = None
    if layout in ("topbottom", "top_field", "ocr"):
        doc.p(word, align="C", bold=True)
        if r.random() < 0.6:
            doc.p(cn, align="R")
        dumun(doc, r, ag, year, r.choice(["수신자 참조", "내부결재", "%s장" % r.choice(["비상대비", "안전", "보안"]) + "과장"]))
        title_line(doc, title)
        doc.blank()
        doc.p(*content)
        doc.blank()
        doc.p("붙임  %s 1부.  끝." % r.choice(["세부 계획", "관련 현황", "구성도", "목록"]))
        if layout == "top_field":
            field = field_str(r, "non_public", [1] + tp[1], year)
        gyeolmun(doc, r, ag, year, dt, r.choice(["비상대비팀", "비상안전기획관", "보안담당관", "안전총괄과", "정책기획과"]), field)
        doc.blank()
        doc.p(ye)
        if layout != "top_field" or r.random() < 0.5:
            doc.p(word, align="C", bold=True)
    elif layout == "headerfooter":
        doc.header = [word] if r.random() < 0.5 else [word, cn]
        doc.footer = [word] if r.random() < 0.6 else [ye, word]
        doc.p(title, align="C", bold=True)
        doc.title = title
        doc.p("%s %s %s" % (ds(dt, "dot"), ag.name, r.choice(ag.depts)), align="R")
        doc.blank()
        doc.p(*content)
        if doc.footer == [word]:
            doc.blank()
            doc.p(ye)
    elif layout == "box":
        doc.box([word, cn] if r.random() < 0.5 else [word], pos="TR")
        doc.p(title, align="C", bold=True)
        doc.title = title
        doc.tbl(approval_box(r, year), kind="approval")
        doc.blank()
        doc.p(*content)
        doc.blank()
        doc.box([ye], pos="BL")
    elif layout == "headercell":
        doc.tbl(approval_box(r, year, extra_cell=("보안등급", word)), kind="approval")
        doc.p(title, align="C", bold=True)
        doc.title = title
        doc.tbl(report_header_table(r, year, dt, r.choice(["비상대비팀", "보안담당관", "정책기획과"]), "공개여부", "비공개", extra=False), kind="report_head")
        doc.blank()
        doc.p(*content)
        doc.p(ye)
    elif layout == "old":
        doc.p(word, align="C", bold=True)
        old_gongmun_head(doc, r, ag, year, dt, r.choice(["수신처 참조", "내부결재", recipient_for(r, ag)]), r.choice(["비상계획관", "민방위과장", None]),
                         keep=r.choice(["영구", "10년", "5년"]))
        title_line(doc, title)
        doc.blank()
        doc.p(*content)
        doc.p("  끝.")
        old_gongmun_tail(doc, r, ag, year)
        doc.p(ye)
        doc.p(word, align="C", bold=True)
    if layout == "ocr":
        doc.ocr = True
    marking = {"I": "I급", "II": "II급", "III": "III급"}[grade]
    return res(doc, "non_public", marking, reasons, "공문" if layout in ("topbottom", "top_field", "ocr", "old") else "내부결재 보고서",
               cue_map[layout], word, "%s 비밀(보안업무규정) → 제1호 + 내용상 제%s호" % (marking, ",".join(map(str, tp[1]))),
               "F_secret_%s_%s/%d" % (grade, layout, variant % len(cands)))


# ---------------------------------------------------------------------------
# G. 대외비 — content reasons only (no OIDA-9-1-1)
# ---------------------------------------------------------------------------
G_TOPICS = [
    ("청사 보안 강화 대책", [3],
     ["1. 추진 배경: 최근 공공청사 무단 침입 및 난동 사건 발생", "2. 현황", "  가. 출입구 {n2}곳 중 스피드게이트 미설치 {n2}곳",
      "  나. CCTV {n3}대 중 사각지대: 후문 주차장, 지하 기계실 통로", "3. 강화 대책", "  가. 야간 출입 통제 시간 확대(19:00~07:00)",
      "  나. 당직실 비상벨 및 경찰 직통 회선 설치", "  다. 청사 배치도 및 CCTV 위치는 보안 관리(외부 유출 금지)"]),
    ("{y}년 불법 개발행위 특별 단속 계획", [4],
     ["1. 단속 기간: {d1} ~ {d2}(불시 단속)", "2. 단속 대상: 개발제한구역 내 불법 형질변경, 무허가 창고",
      "3. 단속반 편성: 특별사법경찰관 {n2}명, 3개 반", "4. 중점 단속 지역: 관내 {n1}개 지구(세부 좌표 별첨)",
      "5. 위반자 조치: 원상복구 명령 및 형사고발"]),
    ("조직 개편(안) 검토 보고", [5],
     ["1. 검토 배경: 기능 중복 부서 통폐합 필요", "2. 개편(안)", "  가. 1안: 3국 12과 → 3국 10과(2개과 통합)",
      "  나. 2안: 신규 '데이터정책과' 신설, 정원 {n1}명 재배치", "3. 쟁점: 노조 협의 및 정원 감축에 따른 반발 예상",
      "4. 향후 일정: 내부 의견 수렴 후 {d2}까지 최종안 확정(확정 전 외부 공개 불가)"]),
    ("○○사업 특정감사 진행 상황 보고", [5],
     ["1. 감사 기간: {d0} ~ 진행 중", "2. 중간 확인 사항", "  가. 보조금 정산 서류 일부 허위 작성 의심({n2}건)",
      "  나. 계약 분할 발주 의혹(수의계약 한도 회피)", "3. 향후 계획: 관련자 추가 문답 및 증빙 확보 후 처분 요구 예정",
      "4. 감사 종료 전 내용 공개 시 증거 인멸 우려"]),
    ("{y1}년 상반기 정기인사 운영 방안(검토)", [5],
     ["1. 인사 기본 방향: 성과 중심 승진, 장기 근무자 순환 전보", "2. 승진 예정 인원: 4급 {n2}명, 5급 {n4}명",
      "3. 검토 사항", "  가. 승진 후보자 서열 조정 방안", "  나. 주요 보직 교체 대상 부서", "4. 인사위원회 개최 예정일: {d1}"]),
    ("○○지구 개발 예정지 검토", [5, 8],
     ["1. 검토 배경: 공공주택 공급 확대를 위한 후보지 발굴", "2. 후보지 현황", "  가. 1순위: {place} 일원 약 {n3}천㎡(자연녹지)",
      "  나. 2순위: 역세권 인근 유휴부지", "3. 검토 의견: 1순위 후보지는 토지 보상비가 낮고 교통 접근성이 양호",
      "4. 보안 유의: 지정 고시 전 후보지 정보가 알려질 경우 투기 우려"]),
    ("직원 심리상담 프로그램 운영 결과", [6, "PIPA-23"],
     ["1. 운영 기간: {d0} ~ {d1}", "2. 참여 인원: {n1}명", "3. 고위험군 관리 대상(개별 관리 필요)",
      "  - {p1} 주무관(민원과): 우울 척도 고위험, 전문의 진료 연계", "  - {p2} 팀장(세무과): 불면 및 알코올 의존 경향, 상담 지속",
      "4. 향후 조치: 고위험군 업무 조정 및 휴가 사용 권고"]),
    ("노사 단체교섭 대응 전략", [5],
     ["1. 교섭 현황: 노조 요구안 {n1}개 항목 중 {n2}개 미타결", "2. 쟁점별 대응", "  가. 임금 인상: 기관 수용 한도 {pct}% 이내",
      "  나. 인력 충원: 단계적 충원 제시", "3. 교섭 결렬 시 대응: 조정 신청 및 대체 인력 확보 방안", "4. 최종 수용선은 교섭위원 외 비공유"]),
    ("재난 취약시설 관리 현황 및 보강 계획", [3],
     ["1. 대상: 저수지ㆍ급경사지 등 재난 취약시설 {n1}개소", "2. 위험 등급 D 이하 시설 {n2}개소(세부 위치 별첨)",
      "3. 보강 계획: {d2}까지 긴급 보수, 주민 대피 체계 정비", "4. 유의: 위치 정보 공개 시 불필요한 불안 및 악의적 이용 우려"]),
    ("공무원 비위 사건 조사 진행 상황", [4, 6],
     ["1. 사건 개요: {p1}(6급, 건축과) 인허가 관련 금품 수수 의혹", "2. 진행 상황",
      "  가. {d0} 경찰 수사 의뢰, 현재 수사 진행 중", "  나. 관련 업체 대표 {p2} 참고인 조사 예정",
      "3. 조치 계획: 직위해제 검토, 수사 결과 통보 시 징계 의결 요구"]),
    ("정수장 보안 취약점 점검 결과", [3],
     ["1. 점검 대상: {fac} 및 가압장 {n2}곳", "2. 주요 취약점", "  가. 약품 투입실 출입 통제 장치 고장",
      "  나. 원격 제어 시스템 외부망 연결 흔적", "3. 조치: 출입 통제 장치 교체, 제어망 분리(망분리) 완료 예정 {d2}"]),
    ("입찰 예정가격 산정 검토", [5],
     ["1. 대상 사업: {place} 도로 확포장 공사", "2. 설계 금액: {money}원", "3. 예정가격 산정(안): 기초금액의 ±2% 범위 내 복수예비가격 15개",
      "4. 입찰 공고 전 예정가격 관련 정보 유출 시 입찰 공정성 훼손"]),
    ("위기 청소년 집중 관리 대상 현황", [6, "PIPA-23"],
     ["1. 관리 대상: {n1}명(보호관찰 처분 중 {n2}명 포함)", "2. 주요 대상자",
      "  - {p1}(17세): 절도 전력, 보호관찰 중, 학업 중단", "  - {p2}(16세): 가정폭력 피해, 정신건강 상담 중",
      "3. 관리 방안: 학교ㆍ경찰 연계 사례 회의 월 1회"]),
    ("집회ㆍ시위 대비 경비 계획", [3, 4],
     ["1. 일시ㆍ장소: {d1} 14:00, 청사 앞 광장(신고 인원 {n3}명)", "2. 경비 인력: 기동대 {n2}개 중대, 청사 방호 인력",
      "3. 청사 방호: 정문 폐쇄, 후문 출입 통제, 비상 대피로 확보", "4. 불법 행위 발생 시 채증 및 현행범 체포 방침"]),
    ("{y}년 공직기강 특별 감찰 계획", [5],
     ["1. 감찰 기간: {d1} ~ {d2}", "2. 중점 감찰 분야: 근무 태만, 금품 수수, 직무 관련 향응", "3. 감찰반 편성: 2개 반 {n2}명(암행 감찰 병행)",
      "4. 취약 부서 및 감찰 일정은 사전 공개 시 감찰 효과가 없어지므로 대외비로 관리"]),
]
G_LAYOUTS = ["topbottom", "headerfooter", "box", "headercell", "report_field", "firstline", "spaced_ocr", "attach"]


def t_daeoebi(r, variant=0, layout=None):
    tp = G_TOPICS[variant % len(G_TOPICS)]
    layout = layout or G_LAYOUTS[(variant // len(G_TOPICS) + variant) % len(G_LAYOUTS)]
    year = pick_year(r, 1996, 2026)
    police_topic = tp[0].startswith("집회")
    ag = police_agency(r, year) if police_topic else any_agency(r, year, ("central", "local", "local", "local", "inst"))
    dt = rdate(r, year)
    doc = Doc(r)
    until_dt = add_days(dt, r.randint(180, 365 * 4))
    until = ds(until_dt, r.choice(["dot", "dot0"]))
    word = daeoebi_word(r, until if r.random() < 0.5 else None, noisy=(layout == "spaced_ocr"))
    if layout == "spaced_ocr" and r.random() < 0.5:
        word = "대 외 비"
    subs = {"{p1}": person(r), "{p2}": person(r), "{place}": r.choice(["○○동", "○○리", "○○읍", "○○면"])}
    def F(x):
        for k, v in subs.items():
            x = x.replace(k, v)
        return fillx(x, r, year, dt, ag.name)
    title = F(tp[0])
    content = [F(x) for x in tp[2]]
    reasons = [O(n) if isinstance(n, int) else n for n in tp[1]]
    dept = r.choice(ag.depts)
    cue = {"topbottom": "문서 상ㆍ하단 표시", "headerfooter": "머리말ㆍ꼬리말", "box": "글상자", "headercell": "결재란 표 셀",
           "report_field": "보고서 머리 표(보안등급)", "firstline": "첫 줄 표시 + 보호기간", "spaced_ocr": "상단 표시(띄어쓰기/OCR 잡음)",
           "attach": "붙임 표시 + 붙임 관련 문구"}[layout]
    genre = "내부결재 보고서"
    if layout == "topbottom":
        doc.p(word, align="C", bold=True)
        doc.p(title, align="C", bold=True)
        doc.title = title
        doc.p(ds(dt, "dot") + "  " + dept, align="R")
        doc.blank()
        doc.p(*content)
        doc.blank()
        doc.p(word, align="C", bold=True)
    elif layout == "headerfooter":
        doc.header = [word]
        doc.footer = [word if r.random() < 0.6 else "- %d -    %s" % (1, word)]
        doc.p(title, align="C", bold=True)
        doc.title = title
        doc.tbl(approval_box(r, year), kind="approval")
        doc.p(*content)
    elif layout == "box":
        doc.box([word] + (["보호기간: %s까지" % until] if r.random() < 0.6 else []), pos="TR")
        doc.p(title, align="C", bold=True)
        doc.title = title
        doc.p("%s %s" % (ag.name, dept), align="R")
        doc.blank()
        doc.p(*content)
    elif layout == "headercell":
        doc.tbl(approval_box(r, year, extra_cell=(r.choice(["보안", "보안등급", "분류"]), word)), kind="approval")
        doc.p(title, align="C", bold=True)
        doc.title = title
        doc.blank()
        doc.p(*content)
    elif layout == "report_field":
        doc.p(title, align="C", bold=True)
        doc.title = title
        rows = report_header_table(r, year, dt, dept, "공개여부", field_str(r, "non_public", [n for n in tp[1] if isinstance(n, int)], year))
        rows.append(["보안등급", word.replace("보안등급: ", ""), "보호기간", "%s까지" % until])
        doc.tbl(rows, kind="report_head")
        doc.blank()
        doc.p(*content)
    elif layout == "firstline":
        doc.p(word)
        doc.p("보호기간: %s까지" % until if "까지" not in word else "")
        doc.p("□ " + title, bold=True)
        doc.title = title
        doc.p(*content)
        doc.p("(%s %s)" % (ag.name, dept), align="R")
    elif layout == "spaced_ocr":
        doc.p(word, align="C")
        doc.p(title, align="C")
        doc.title = title
        doc.p(*content)
        doc.ocr = True
    elif layout == "attach":
        genre = "공문"
        dumun(doc, r, ag, year, r.choice(["수신자 참조", "각 부서장", recipient_for(r, ag)]))
        title_line(doc, title + r.choice([" 알림", " 송부", " 통보"]))
        doc.blank()
        doc.p("1. %s 관련 자료를 붙임과 같이 송부합니다." % title)
        stmt = r.choice(["2. 붙임 자료는 대외비로 관리하여 주시고 업무 목적 외 사용ㆍ복제를 금지합니다.",
                         "2. 붙임 자료는 대외비이므로 관계자 외 열람을 제한하여 주시기 바랍니다.",
                         "2. 붙임은 대외비(보호기간 %s까지)로 취급 바랍니다." % until])
        doc.p(stmt)
        doc.p("붙임  %s 1부.  끝." % title)
        gyeolmun(doc, r, ag, year, dt, dept, field_str(r, "non_public", [n for n in tp[1] if isinstance(n, int)], year) if year >= 2004 else None)
        doc.blank()
        doc.p(word if "대외비" in word else "대외비", align="C", bold=True)
        doc.p("[붙임] " + title, bold=True)
        doc.p(*content)
        doc.p(word if "대외비" in word else "대외비", align="C", bold=True)
        word = stmt
    return res(doc, "non_public", "대외비", reasons, genre, cue, word,
               "대외비(보안업무규정 시행규칙): 제1호 불부여, 내용상 사유만 (%s)" % ", ".join(reasons), "G_daeoebi_%s/%d" % (layout, variant % len(G_TOPICS)))


# ---------------------------------------------------------------------------
# H. 명단 (standalone rosters) — non_public
# ---------------------------------------------------------------------------
H_KINDS = [
    ("{agn} 비상연락망({y}. {m}. 현재)", ["성명", "연락처", "주소"], [6], "직원 비상연락망(휴대전화ㆍ자택 주소)"),
    ("{y}년 {m}월 긴급복지 생계지원 대상자 명단", ["성명", "주민등록번호", "주소", "연락처", "금액"], [6, "PIPA-24"], "긴급복지 수급자 명단(주민번호 전체)"),
    ("국외 출장자 여권 정보(항공권 발권용)", ["성명", "여권번호", "생년월일", "연락처"], [6, "PIPA-24"], "출장자 여권번호 전체"),
    ("외국인 근로자 고용 현황(사업장별)", ["성명", "국적", "외국인등록번호", "연락처"], [6, "PIPA-24"], "외국인등록번호 전체"),
    ("관용차량 운전원 운전면허 현황", ["성명", "면허번호", "연락처", "비고"], [6, "PIPA-24"], "운전면허번호 전체"),
    ("{y}년 장애인 일자리 참여자 명단", ["성명", "주민등록번호(마스킹)", "주소", "연락처"], [6], "참여자 명단(주민번호 마스킹)"),
    ("기초생활수급자 급여 지급 내역({y}. {m}.)", ["성명", "주민등록번호", "계좌", "금액"], [6, "PIPA-24"], "수급자 주민번호ㆍ계좌"),
]


def t_roster(r, variant=0):
    k = H_KINDS[variant % len(H_KINDS)]
    year = pick_year(r, 1998, 2026)
    ag = local_agency(r, year) if r.random() < 0.75 else central_agency(r, year)
    dt = rdate(r, year)
    doc = Doc(r)
    title = k[0].replace("{agn}", ag.name).replace("{y}", str(year)).replace("{m}", str(dt[1]))
    doc.p(title, align="C", bold=True)
    doc.title = title
    doc.p("(%s %s)" % (ag.name, r.choice(ag.depts)), align="R")
    cols = [("면허번호" if c == "면허번호" else c) for c in k[1]]
    n = r.randint(6, 40) if variant % 3 else r.randint(45, 70)
    rows = roster_rows(r, year, ag, n, [c for c in cols if c != "면허번호"])
    if "면허번호" in cols:
        i = cols.index("면허번호") + 1
        rows[0].insert(i, "운전면허번호")
        for row in rows[1:]:
            row.insert(i, dlicence(r))
    if r.random() < 0.4:
        rows.append(["계", "%d명" % n] + [""] * (len(rows[0]) - 2))
    doc.tbl(rows, kind="roster")
    if r.random() < 0.5:
        doc.p("※ 작성: %s / 담당 %s" % (ds(dt, "dot"), person(r)))
    reasons = [O(6) if x == 6 else x for x in k[2]]
    return res(doc, "non_public", "none", reasons, "명단", "none", "",
               "개인정보만으로 구성된 명단: %s → 비공개" % k[3], "H_roster/%d" % (variant % len(H_KINDS)))


# ---------------------------------------------------------------------------
# I. 징계의결서 — non_public, PIPA-23 for criminal convictions
# ---------------------------------------------------------------------------
I_CASES = [
    ("음주운전", "{d0} 23:40경 혈중알코올농도 0.{bac}%의 술에 취한 상태로 자가용 승용차를 운전하다 적발되어 {court}에서 벌금 {fine}만 원의 약식명령을 받았다.",
     "정직 {mo}월", True),
    ("금품 수수", "인허가 업무와 관련하여 민원인으로부터 현금 {money2}만 원을 수수하였고, 이와 관련하여 {court}에서 징역 {mo}월에 집행유예 1년을 선고받았다.",
     "해임", True),
    ("근무지 무단 이탈", "{d0}부터 {n2}일간 상급자의 허가 없이 근무지를 이탈하여 개인 용무를 보는 등 성실 의무를 위반하였다.", "견책", False),
    ("직장 내 괴롭힘", "소속 직원에게 수개월간 폭언과 부당한 업무 지시를 반복하여 품위 유지 의무를 위반하였다.", "감봉 {mo}월", False),
    ("성희롱", "회식 자리에서 부하 직원에게 성적 굴욕감을 주는 언행을 하여 품위 유지 의무를 위반하였고, 관련 형사 사건에서 벌금 {fine}만 원이 확정되었다.",
     "강등", True),
]


def t_discipline(r, variant=0):
    case = I_CASES[variant % len(I_CASES)]
    year = pick_year(r, 1995, 2026)
    ag = local_agency(r, year) if r.random() < 0.6 else central_agency(r, year)
    dt = rdate(r, year)
    doc = Doc(r)
    nm = person(r)
    d0 = add_days(dt, -r.randint(40, 200))
    def F(s):
        return s.format(d0=ds(d0, "dot"), bac=r.randint(31, 189), court=r.choice(["○○지방법원", "%s지방법원" % r.choice(["수원", "대전", "청주", "전주", "창원", "춘천"])]),
                        fine=r.choice([300, 500, 700, 1000, 1200]), mo=r.randint(1, 3), money2=r.choice([100, 200, 300, 500]), n2=r.randint(3, 12))
    lay = variant % 2
    doc.p("징 계 의 결 서" if lay == 0 else "징계 등 의결서", align="C", bold=True)
    doc.title = "징계 의결서"
    rank = r.choice(["행정주사(6급)", "지방행정주사보(7급)", "시설주사(6급)", "행정사무관(5급)", "지방세무주사(6급)"])
    rows = [["징계 등 혐의자\n인적사항", "소속", r.choice(ag.depts), "직위(직급)", rank], ["", "성명", nm, "", ""]]
    if r.random() < 0.4:
        rows.append(["", "생년월일", "%d. %d. %d." % _valid_date(r, 1965, 1995), "", ""])
    doc.tbl(rows, kind="form")
    doc.p("의결 주문: " + F(case[2]) + (" 처분에 처한다." if case[2] != "견책" else "에 처한다."))
    doc.p("이유")
    doc.p("1. 혐의 사실: 위 사람은 %s로 재직하던 중 %s" % (rank, F(case[1])))
    doc.p("2. 적용 법조: %s 제%d조(%s) 위반, 같은 법 제78조 제1항 제1호 및 제2호" % (r.choice(["「국가공무원법」", "「지방공무원법」"]),
                                                                          r.choice([56, 63, 58]), r.choice(["성실 의무", "품위 유지의 의무", "직장 이탈 금지"])))
    doc.p("3. 양정: 비위의 정도, 과거 징계 전력 %s, 평소 근무 태도 등을 종합적으로 고려하여 주문과 같이 의결한다." % r.choice(["없음", "1회(견책)"]))
    doc.blank()
    doc.p(ds(dt, "dot"), align="R")
    doc.p("%s 인사위원회%s" % (ag.name, r.choice(["", " (보통징계위원회)"])) if "부" not in ag.name[-1:] else "%s 보통징계위원회" % ag.name, align="C")
    doc.p("위원장 %s  위원 %s  위원 %s  위원 %s" % (person(r), person(r), person(r), person(r)))
    reasons = [O(6)] + (["PIPA-23"] if case[3] else [])
    return res(doc, "non_public", "none", reasons, "징계의결서", "none", "",
               "징계의결서(%s)%s → 비공개" % (case[0], ", 형사처벌 사실 포함(PIPA-23)" if case[3] else ""), "I_discipline/%d" % (variant % len(I_CASES)))


# ---------------------------------------------------------------------------
# J. 질병휴직/병가 — non_public (health data)
# ---------------------------------------------------------------------------
J_DIAG = [("주요우울장애(F32.1)", "정신건강의학과"), ("요추 추간판 탈출증(M51.1)", "정형외과"), ("유방암(C50.9) 수술 후 항암치료", "외과"),
          ("뇌경색(I63.9) 후유증", "신경과"), ("공황장애(F41.0)", "정신건강의학과"), ("만성 신부전(N18.5) 투석", "신장내과")]


def t_sickleave(r, variant=0):
    dg = J_DIAG[variant % len(J_DIAG)]
    year = pick_year(r, 2000, 2026)
    ag = any_agency(r, year, ("central", "local", "local", "edu", "inst"))
    dt = rdate(r, year)
    doc = Doc(r)
    nm = person(r)
    lay = variant % 3
    if lay == 0:
        title = "질병휴직 발령 검토 보고"
        doc.p(title, align="C", bold=True)
        doc.tbl(approval_box(r, year), kind="approval")
        doc.p("1. 대상자: %s %s %s" % (r.choice(ag.depts), r.choice(["주무관", "행정주사", "사무관", "교사"]), nm))
        doc.p("2. 휴직 기간: %s ~ %s(1년)" % (ds(dt, "dot"), ds(add_days(dt, 364), "dot")))
        doc.p("3. 휴직 사유: 신체ㆍ정신상의 장애로 장기 요양이 필요함")
        doc.p("  - 진단명: %s" % dg[0], "  - 진단 의료기관: ○○대학교병원 %s(주치의 소견: 1년 이상 치료 필요)" % dg[1])
        doc.p("4. 검토 의견: 「%s」 제%s에 따라 질병휴직 발령이 타당함" % (r.choice(["국가공무원법", "지방공무원법"]), r.choice(["71조 제1항 제1호", "63조 제1항 제1호"])))
    elif lay == 1:
        title = "병가 승인 신청서"
        doc.p(title, align="C", bold=True)
        doc.tbl([["소속", r.choice(ag.depts), "직급", r.choice(["7급", "6급", "8급", "공무직"])], ["성명", nm, "연락처", mobile(r, year)],
                 ["기간", "%s ~ %s (%d일)" % (ds(dt, "dot"), ds(add_days(dt, 29), "dot"), 30), "", ""],
                 ["사유", "%s 진단에 따른 입원 및 치료(%s)" % (dg[0], dg[1]), "", ""], ["첨부", "진단서 1부", "", ""]], kind="form")
        doc.p("위와 같이 병가를 신청합니다.")
        doc.p(ds(add_days(dt, -2), "dot"), align="R")
    else:
        title = "공무상 요양 승인 신청 관련 의견서"
        doc.p(title, align="C", bold=True)
        doc.p("○ 신청인: %s(%s)" % (nm, r.choice(ag.depts)))
        doc.p("○ 상병명: %s" % dg[0])
        doc.p("○ 발병 경위: %s 야간 비상근무 중 증상이 발생하여 응급실로 이송되었으며, 이후 지속적인 치료를 받고 있음" % ds(add_days(dt, -30), "dot"))
        doc.p("○ 소속 기관 의견: 과중한 업무와 상병 간 상당인과관계가 있다고 판단됨")
        doc.p("○ 첨부: 진단서, 진료기록부 사본, 근무상황부")
    doc.title = title
    return res(doc, "non_public", "none", [O(6), "PIPA-23"], "내부결재 보고서", "none", "",
               "건강정보(진단명)와 실명 → 비공개", "J_sickleave/%d" % lay)


# ---------------------------------------------------------------------------
# K. 노동조합 — union membership lists
# ---------------------------------------------------------------------------
def t_union(r, variant=0):
    year = pick_year(r, 2006, 2026)
    ag = any_agency(r, year, ("local", "local", "central", "inst"))
    dt = rdate(r, year)
    doc = Doc(r)
    union = r.choice(["%s 공무원노동조합" % ag.name, "전국공무원노동조합 %s지부" % ag.name.split()[-1], "%s 공무직 노동조합" % ag.name])
    lay = variant % 3
    if lay == 0:
        title = "%d년 %d월 노동조합 조합비 급여 공제 명단" % (year, dt[1])
        cols = ["소속", "성명", "직급", "조합비"]
    elif lay == 1:
        title = "%s 가입자 현황(%s 기준)" % (union, ds(dt, "dot"))
        cols = ["소속", "성명", "가입일", "비고"]
    else:
        title = "노동조합 가입ㆍ탈퇴자 통보"
        cols = ["소속", "성명", "주민등록번호", "구분"]
    doc.p(title, align="C", bold=True)
    doc.title = title
    if lay == 2:
        doc.p("%s에서 통보한 조합원 가입ㆍ탈퇴자를 다음과 같이 알려드리니 급여 공제에 반영하여 주시기 바랍니다." % union)
    rows = [["연번"] + cols]
    for i in range(r.randint(6, 30)):
        row = [str(i + 1), r.choice(ag.depts), person(r)]
        if lay == 0:
            row += [r.choice(["6급", "7급", "8급", "9급", "공무직"]), "{:,}".format(r.choice([15000, 18000, 21000, 25000]))]
        elif lay == 1:
            row += [ds(add_days(dt, -r.randint(30, 2000)), "dot"), ""]
        else:
            row += [rrn(r, 1965, 2000), r.choice(["가입", "가입", "탈퇴"])]
        rows.append(row)
    doc.tbl(rows, kind="roster")
    reasons = [O(6), "PIPA-23"] + (["PIPA-24"] if lay == 2 else [])
    return res(doc, "non_public", "none", reasons, "명단", "none", "",
               "노동조합 가입 여부(민감정보)%s → 비공개" % (" + 주민번호 전체" if lay == 2 else ""), "K_union/%d" % lay)


# ---------------------------------------------------------------------------
# L. 수사ㆍ단속 (제4호)
# ---------------------------------------------------------------------------
L_CASES = [
    ("불법 다단계 판매 사건 수사 결과 보고", True,
     ["1. 사건 개요: 피의자 {p1}(남, {age}세) 외 {n2}명이 미등록 다단계 판매 조직을 운영하며 피해자 {n3}명으로부터 약 {n1}억 원을 편취한 사건",
      "2. 수사 경과: {d0} 고소 접수, 계좌 추적 및 압수수색 실시", "3. 수사 결과: 주범 {p1} 구속 송치 예정, 공범 {n2}명 불구속",
      "4. 향후 계획: 은닉 재산 추적 및 추가 피해자 확인"]),
    ("보이스피싱 인출책 검거 보고", True,
     ["1. 피의자: {p1}(여, {age}세), {p2}(남, {age2}세)", "2. 범죄 사실: 현금 수거책으로 피해금 {n1}천만 원을 인출하여 조직에 송금",
      "3. 검거 경위: 은행 창구 직원 신고로 현장 검거", "4. 조치: 상선 추적 중(통신 수사 진행), 보도 자제 요청"]),
    ("{y}년 하반기 식품위생 특별사법경찰 기획 단속 계획", False,
     ["1. 단속 기간: {d1} ~ {d2}", "2. 단속 대상: 원산지 거짓 표시 의심 음식점 {n1}곳(제보 및 빅데이터 분석 결과)",
      "3. 단속 방법: 사전 예고 없이 야간 잠복 후 불시 점검", "4. 단속반: 특사경 {n2}명, 2개 조", "5. 위반 시 형사 입건 및 검찰 송치"]),
    ("마약류 유통 첩보 관련 수사 협조 의뢰", True,
     ["1. 첩보 내용: 관내 {place} 일대에서 외국인 {p1} 등이 필로폰을 유통한다는 첩보", "2. 협조 요청: 출입국 기록 및 체류지 확인",
      "3. 보안 유지: 수사 착수 전 첩보 내용이 알려지지 않도록 각별히 유의"]),
    ("불법 숙박업소 합동 단속 결과 및 고발 조치", True,
     ["1. 단속 일시: {d0}", "2. 적발 현황: 미신고 숙박업 {n2}곳", "3. 고발 대상: 운영자 {p1}, {p2}(「공중위생관리법」 위반)",
      "4. 후속 조치: 관할 경찰서 고발, 재판 진행 상황 모니터링"]),
]


def t_investigation(r, variant=0):
    cs = L_CASES[variant % len(L_CASES)]
    year = pick_year(r, 2000, 2026)
    ag = police_agency(r, year) if (variant % len(L_CASES)) in (0, 1, 3) else local_agency(r, year)
    dt = rdate(r, year)
    doc = Doc(r)
    subs = {"{p1}": person(r), "{p2}": person(r), "{age}": str(r.randint(24, 66)), "{age2}": str(r.randint(19, 40)),
            "{place}": r.choice(["○○동 원룸촌", "○○시장 인근", "○○공단"])}
    def F(s):
        for k, v in subs.items():
            s = s.replace(k, v)
        return fill(s, r, year, dt)
    title = F(cs[0])
    lay = variant % 3
    if lay == 0 and year >= 2004:
        dumun(doc, r, ag, year, r.choice(["내부결재", "%s장" % r.choice(["수사과", "형사과", "특별사법경찰과"]), "수신자 참조"]))
        title_line(doc, title)
        doc.blank()
        doc.p(*[F(x) for x in cs[2]])
        doc.p("  끝.")
        f = field_str(r, "non_public", [4, 6] if cs[1] else [4], year)
        gyeolmun(doc, r, ag, year, dt, r.choice(ag.depts), f)
        cue, ct = "결문 공개구분", f
    else:
        doc.p(title, align="C", bold=True)
        doc.title = title
        doc.tbl(approval_box(r, year), kind="approval")
        doc.p(*[F(x) for x in cs[2]])
        cue, ct = "none", ""
        if lay == 2:
            doc.p("※ 본 보고서는 수사 진행 중인 사항으로 %s에 따라 비공개" % law_cite(r, 4))
            cue, ct = "본문 인용(비공개 사유)", law_cite(r, 4, 0)
    reasons = [O(4)] + ([O(6)] if cs[1] else [])
    return res(doc, "non_public", "none", reasons, "내부결재 보고서" if lay else "공문", cue, ct,
               "범죄 수사ㆍ단속 관련%s → 제4호" % (", 피의자 실명 포함(제6호)" if cs[1] else ""), "L_investigation/%d" % (variant % len(L_CASES)))


# ---------------------------------------------------------------------------
# M. 감사 — ongoing (non_public -5), concluded public (anonymised) or partial (names)
# ---------------------------------------------------------------------------
M_SUBJ = ["보조금 집행 실태", "공사 계약 관리 실태", "민원 처리 지연", "출장여비 부당 수령", "물품 구매 관리", "체육시설 위탁 운영"]


def t_audit(r, variant=0, mode="public"):
    subj = M_SUBJ[variant % len(M_SUBJ)]
    year = pick_year(r, 2003, 2026)
    ag = any_agency(r, year, ("local", "local", "central", "edu", "inst"))
    dt = rdate(r, year)
    doc = Doc(r)
    target = r.choice(["○○과", "○○사업소", "○○읍", "○○센터"]) if mode != "partial" else r.choice(ag.depts)
    if mode == "ongoing":
        title = "%s 특정감사 중간 보고" % subj
        doc.p(title, align="C", bold=True)
        doc.title = title
        rows = report_header_table(r, year, dt, r.choice(["감사실", "감사담당관", "감사팀"]), "공개여부",
                                   field_str(r, "non_public", [5], year))
        doc.tbl(rows, kind="report_head")
        doc.blank()
        doc.p("1. 감사 개요: %s ~ 현재(감사 진행 중), 감사반 %d명" % (ds(add_days(dt, -15), "dot"), r.randint(3, 7)))
        doc.p("2. 중간 확인 사항",
              "  가. %s 관련 증빙 서류 누락 %d건" % (subj, r.randint(3, 20)),
              "  나. 담당자 해명과 회계 자료 간 불일치 — 추가 확인 필요",
              "3. 향후 계획: 관련자 문답, 현장 확인 후 최종 처분 요구 수준 결정(%s 예정)" % ds(add_days(dt, 20), "dot"))
        return res(doc, "non_public", "none", [O(5)], "감사 결과", "보고서 머리 표(공개여부)", rows[1][3],
                   "진행 중인 감사 중간 보고 → 제5호, 머리 표 공개여부와 일치", "M_audit_ongoing/%d" % (variant % len(M_SUBJ)))
    title = "%s %s 감사 결과" % (ag.name, subj)
    doc.p(title, align="C", bold=True)
    doc.title = title
    doc.p("1. 감사 개요", "  가. 감사 기간: %s ~ %s" % (ds(add_days(dt, -60), "dot"), ds(add_days(dt, -50), "dot")),
          "  나. 감사 대상: %s" % target)
    doc.p("2. 감사 결과(처분 요구)")
    rows = [["연번", "지적 사항", "처분", "관련자"]]
    for i in range(r.randint(2, 4)):
        who = "%s %s" % (r.choice(["주무관", "팀장", "사무관"]), person(r) if mode == "partial" else masked_name(r))
        rows.append([str(i + 1), r.choice(["계약 서류 검토 소홀", "보조금 정산 부적정", "출장 복명 미제출", "재물조사 미실시", "지연 처리"]),
                     r.choice(["주의", "시정", "훈계", "경고", "회수 %s원" % "{:,}".format(r.randint(10, 900) * 10000)]), who])
    doc.tbl(rows, kind="list")
    doc.p("3. 처분 요구 사항 이행 결과는 %s까지 제출" % ds(add_days(dt, 60), "dot"))
    if mode == "partial":
        return res(doc, "partial", "none", [O(6)], "감사 결과", "none", "",
                   "종결된 감사 결과: 내용은 공개, 관련자 실명(신분상 처분)은 제6호로 가림", "M_audit_partial/%d" % (variant % len(M_SUBJ)))
    return res(doc, "public", "none", [], "감사 결과", "none", "",
               "종결된 감사 결과 공개본(관련자 가명처리)", "M_audit_public/%d" % (variant % len(M_SUBJ)))


# ---------------------------------------------------------------------------
# E. 내부 검토 문서 with informal first-line markings
# ---------------------------------------------------------------------------
INFORMAL = ["[내부용]", "[대내용]", "내부 검토용", "취급주의", "외부 배포 금지", "대외 유출 금지", "※ 내부 검토 자료(외부 유출 금지)",
            "[내부 검토용 - 확정안 아님]", "대내 한정", "[초안] 내부 논의용"]
E_TOPICS = [
    ("{y1}년 주요 업무계획 수립 방향(검토안)", ["1. 기본 방향: 재정 건전성 확보 및 현장 중심 행정", "2. 검토 과제",
     "  가. 신규 사업 {n2}건 중 우선순위 조정(안)", "  나. 효과 미흡 사업 {n2}건 폐지 검토", "3. 쟁점: 일몰 사업 폐지 시 이해관계자 반발 예상",
     "4. 향후 일정: 간부회의 논의 후 확정"]),
    ("공공요금 인상안 검토", ["1. 검토 배경: 원가 회수율 {pct}0% 미만", "2. 인상(안)", "  가. 1안: {pct}% 일괄 인상", "  나. 2안: 단계적 인상(2년)",
     "3. 검토 의견: 물가 영향 및 민원 고려 시 2안 우선 검토", "4. 최종안은 심의위원회 상정 전 내부 조율"]),
    ("○○센터 민간위탁 재계약 여부 검토", ["1. 현 수탁기관 운영 평가: 종합 {n1}점(보통)", "2. 대안 검토",
     "  가. 재계약 유지", "  나. 공개 모집을 통한 수탁기관 변경", "3. 검토 의견: 평가 결과 미흡 항목 개선 조건부 재계약", "4. 결정 전 내부 의견 수렴 중"]),
    ("청사 이전 후보지 비교 검토", ["1. 후보지: A안(구도심 재생부지), B안(신도시 공공청사 부지)", "2. 비교: 접근성, 사업비, 지역 균형",
     "3. 잠정 의견: B안 우위이나 구도심 상권 반발 예상", "4. 의사결정 전 외부 공개 시 혼란 우려"]),
    ("직제 개정에 따른 정원 조정(안)", ["1. 조정 규모: 총 정원 {n3}명 중 {n2}명 재배치", "2. 감축 대상 부서 및 증원 부서(안) 별표",
     "3. 노조 및 직원 의견 수렴 전 단계 자료", "4. 행정안전부 협의 예정"]),
]


def t_internal_review(r, variant=0, harmless=False):
    year = pick_year(r, 2002, 2026)
    ag = any_agency(r, year, ("local", "local", "central", "inst", "edu"))
    dt = rdate(r, year)
    doc = Doc(r)
    mark = INFORMAL[variant % len(INFORMAL)]
    if harmless:
        title = r.choice(["직원 체육대회 개최 안내", "사무실 환경 정비의 날 운영", "구내식당 운영 시간 변경 알림"])
        doc.p(mark)
        doc.p(title, bold=True)
        doc.title = title
        doc.p("○ 일시: %s %s" % (ds(add_days(dt, 10), "dot"), r.choice(["15:00", "09:00", "12:00"])),
              "○ 내용: %s" % r.choice(["부서 대항 족구, 줄다리기", "부서별 문서고 및 공용 공간 정리", "중식 11:30~13:00으로 변경"]),
              "○ 문의: %s(☎ %s)" % (r.choice(ag.depts), ag.tel(r)))
        return res(doc, "public", "none", [], "행정 안내문", "첫 줄 비공식 표시", mark,
                   "비공식 '내부용' 표시가 있으나 내용은 무해한 직원 안내 → 비공개 근거 없음(공개)", "E_informal_harmless/%d" % variant)
    tp = E_TOPICS[variant % len(E_TOPICS)]
    title = fill(tp[0], r, year, dt)
    doc.p(mark)
    doc.p(title, align="C", bold=True)
    doc.title = title
    doc.p("%s %s" % (ds(dt, "dot"), r.choice(ag.depts)), align="R")
    doc.blank()
    doc.p(*[fill(x, r, year, dt) for x in tp[1]])
    return res(doc, "non_public", "none", [O(5)], "검토보고서", "첫 줄 비공식 표시", mark,
               "내부 검토(의사결정 과정) 문서 → 제5호; 비공식 표시는 marking 아님", "E_internal_review/%d" % (variant % len(E_TOPICS)))


# ---------------------------------------------------------------------------
# C. 공문 with 결문 비공개/부분공개 (5), (5, 6), (7)
# ---------------------------------------------------------------------------
C_TOPICS = {
    "np5": [("{y1}년 조직진단 결과(안)에 대한 의견 조회", ["2. {agn} 조직진단 용역 결과(안)에 대하여 부서별 의견을 조회하오니 {d1}까지 회신하여 주시기 바랍니다.",
             "  가. 검토 대상: 부서 통폐합 및 정원 조정(안)", "  나. 유의 사항: 최종 확정 전 자료이므로 부서 내 공유 범위를 최소화"]),
            ("승진 후보자 명부 작성 기준 변경(안) 검토 요청", ["2. 근무성적평정 반영 비율 조정(안)에 대한 검토를 요청합니다.",
             "  가. 현행: 근무성적 90%, 경력 10%", "  나. 변경(안): 근무성적 80%, 경력 10%, 역량평가 10%", "3. 확정 전까지 대외 공개를 금합니다."]),
            ("{y}년 보조사업 성과평가 결과(잠정) 송부", ["2. 보조사업 성과평가 잠정 결과를 송부하오니 이의가 있는 경우 {d1}까지 제출하여 주시기 바랍니다.",
             "  가. 평가 대상: {n1}개 사업", "  나. 잠정 결과: 감액 대상 {n2}개 사업(최종 심의 전)"])],
    "p56": [("{y}년 지역발전위원회 회의 결과 보고", ["2. {d0} 개최한 위원회 회의 결과를 붙임과 같이 보고합니다.",
             "  가. 안건: 지역 특화사업 선정", "  나. 결과: 후보 사업 {n2}건 중 {n4}건 선정(잠정)", "3. 회의록 중 위원 발언자 성명은 비공개 처리하였습니다."]),
            ("민원 조정위원회 심의 결과 알림", ["2. 고충민원 조정위원회 심의 결과를 다음과 같이 알려드립니다.",
             "  가. 심의 안건: {n2}건", "  나. 민원인 인적사항 및 위원별 의견은 비공개"])],
    "p7": [("○○시설 관리 용역 계약 체결 결과 보고", ["2. ○○시설 관리 용역 계약을 다음과 같이 체결하였음을 보고합니다.",
            "  가. 계약 상대자: {co}", "  나. 계약 금액: {money}원", "  다. 산출 내역서(인건비 단가, 일반관리비율)는 업체 영업비밀로 비공개"])],
}


def t_gongmun_field(r, variant=0, mode="np5"):
    pool = C_TOPICS[mode]
    tp = pool[variant % len(pool)]
    year = pick_year(r, 2005, 2026)
    ag = any_agency(r, year, ("local", "local", "central", "inst"))
    dt = rdate(r, year)
    doc = Doc(r)
    co = company(r)
    title = fill(tp[0], r, year, dt)
    dumun(doc, r, ag, year, recipient_for(r, ag))
    title_line(doc, title)
    doc.blank()
    doc.p(related_line(r, ag, year, dt))
    for ln in tp[1]:
        doc.p(fill(ln.replace("{agn}", ag.name).replace("{co}", co), r, year, dt))
    doc.p("  끝.")
    nums = {"np5": [5], "p56": [5, 6], "p7": [7]}[mode]
    kind = "non_public" if mode == "np5" else "partial"
    f = field_str(r, kind, nums, year)
    gyeolmun(doc, r, ag, year, dt, r.choice(ag.depts), f)
    if mode == "p7":
        doc.blank()
        doc.p("[붙임] 산출내역서(계약상대자 제출)", bold=True)
        doc.tbl([["비목", "산출 근거", "금액(원)"],
                 ["직접인건비", "기계설비 기사 %d인 × 월 %s원(자사 단가)" % (r.randint(2, 6), "{:,}".format(r.randint(310, 520) * 10000)), "{:,}".format(r.randint(90, 400) * 1000000)],
                 ["일반관리비", "인건비의 %.1f%%(자사 적용률)" % r.uniform(4, 8), "{:,}".format(r.randint(5, 30) * 1000000)],
                 ["이윤", "%.1f%%" % r.uniform(7, 10), "{:,}".format(r.randint(5, 40) * 1000000)]], kind="list")
    if mode == "p56":
        doc.blank()
        doc.p("[붙임] 회의 결과(요약)", bold=True)
        rows = [["구분", "성명", "소속", "주요 의견"]]
        for i in range(r.randint(3, 6)):
            rows.append([r.choice(["위원장", "위원", "위원"]), person(r), r.choice(["○○대학교 교수", "주민대표", "시민단체", "건축사", "변호사"]),
                         r.choice(["사업 효과 검증 필요", "예산 규모 과다", "찬성", "지역 편중 우려", "보류 의견"])])
        doc.tbl(rows, kind="list")
    reasons = [O(n) for n in nums]
    return res(doc, kind, "none", reasons, "공문", "결문 공개구분", f,
               {"np5": "내부 검토ㆍ의사결정 과정 자료, 결문 비공개(5)와 일치",
                "p56": "의사결정 과정(5)+민간위원 실명 의견(6), 결문 부분공개(5, 6)과 일치",
                "p7": "업체 산출내역 영업비밀(7), 결문 부분공개(7)과 일치"}[mode], "C_gongmun_%s/%d" % (mode, variant % len(pool)))


# ---------------------------------------------------------------------------
# O. 부동산 투기 우려 (제8호)
# ---------------------------------------------------------------------------
def t_realestate(r, variant=0):
    year = pick_year(r, 1995, 2026)
    ag = local_agency(r, year) if r.random() < 0.8 else central_agency(r, year, keys=["molit"])
    dt = rdate(r, year)
    doc = Doc(r)
    lay = variant % 3
    place = r.choice(["○○동", "○○리", "○○읍 ○○리", "○○면"])
    title = [("%s 일원 도시개발구역 지정 사전 검토" % place), ("역세권 개발 후보지 선정 검토(%s역 주변)" % r.choice(["○○", "신○○"])),
             ("%s 산업단지 조성 예정지 비교 검토" % place)][lay]
    doc.p(title, align="C", bold=True)
    doc.title = title
    if lay == 1 and year >= 2004:
        doc.tbl(report_header_table(r, year, dt, "도시계획과", "공개여부", field_str(r, "non_public", [5, 8], year)), kind="report_head")
    doc.p("1. 검토 배경: %s" % r.choice(["인구 증가에 따른 주거용지 부족", "고속철도 역사 신설 확정", "기업 유치 수요 증가"]))
    doc.p("2. 후보지 현황")
    rows = [["후보지", "위치(지번)", "면적(㎡)", "현 용도", "공시지가(㎡당)"]]
    for i in range(r.randint(2, 4)):
        rows.append(["%s안" % "ABCD"[i], "%s 산%d-%d 일원" % (place, r.randint(1, 300), r.randint(1, 30)), "{:,}".format(r.randint(50, 900) * 1000),
                     r.choice(["자연녹지", "계획관리", "농림", "생산녹지"]), "{:,}원".format(r.randint(3, 90) * 10000)])
    doc.tbl(rows, kind="list")
    doc.p("3. 검토 의견: %s안이 기반시설 연계 및 보상비 측면에서 유리함" % r.choice("AB"))
    doc.p("4. 향후 계획: 관계 부서 협의 후 주민 공람(%s 예정)" % ds(add_days(dt, 120), "dot"))
    if lay == 2:
        doc.p("※ 지정 고시 전 후보지 정보 유출 시 토지 투기 및 지가 급등 우려가 있으므로 관계자 외 열람 금지")
    reasons = [O(8)] if lay == 0 else [O(5), O(8)]
    cue = "보고서 머리 표(공개여부)" if (lay == 1 and year >= 2004) else ("본문 주의 문구" if lay == 2 else "none")
    return res(doc, "non_public", "none", reasons, "검토보고서", cue, "", "개발 후보지 정보(지정 전) → 제8호%s" % ("" if lay == 0 else " + 검토 과정 제5호"),
               "O_realestate/%d" % lay)


# ---------------------------------------------------------------------------
# P. 국방ㆍ시설 보호 without marking
# ---------------------------------------------------------------------------
def t_defence_nomark(r, variant=0):
    year = pick_year(r, 2004, 2026)
    ag = local_agency(r, year, level="sido" if r.random() < 0.5 else None)
    dt = rdate(r, year)
    doc = Doc(r)
    lay = variant % 3
    if lay == 0:
        title = "%d년 %s 통합방위협의회 회의자료" % (year, ag.name)
        lines = ["1. 지역 안보 정세: 접경 해역 특이 동향 및 대응", "2. 중점 과제: 작전지원 협조 체계 정비, 예비군 동원 지원",
                 "3. 군ㆍ경ㆍ소방 합동 대응 절차(세부 작전 지역 별도)", "4. 협의 사항: 국가중요시설 경계 지원 인력 분담(안)"]
        reasons, nums = [O(2)], [2]
    elif lay == 1:
        title = "%s 청사 방호 및 비상 대피 계획" % ag.name
        lines = ["1. 방호 인력: 청원경찰 %d명, 야간 2인 1조 순찰" % r.randint(4, 12), "2. 출입 통제 구역: 전산실, 비상발전기실, 상황실",
                 "3. CCTV 배치 현황 및 사각지대 보완 계획(배치도 별첨)", "4. 유사시 대피 경로 및 집결 장소"]
        reasons, nums = [O(3)], [3]
    else:
        title = "정보통신망 구성 및 보안장비 운영 현황"
        lines = ["1. 망 구성: 행정망ㆍ인터넷망 분리, 백본 스위치 %d대 이중화" % r.randint(2, 6), "2. 보안장비: 방화벽ㆍ침입방지시스템 설치 위치 및 IP 대역",
                 "3. 관리자 계정 운용 방식 및 접근 통제 정책", "4. 취약점 조치 계획"]
        reasons, nums = [O(2), O(3)], [2, 3]
    doc.p(title, align="C", bold=True)
    doc.title = title
    f = field_str(r, "non_public", nums, year)
    doc.tbl(report_header_table(r, year, dt, r.choice(["비상대비팀", "총무과", "정보통신과", "안전총괄과"]), "공개여부", f), kind="report_head")
    doc.blank()
    doc.p(*lines)
    return res(doc, "non_public", "none", reasons, "내부결재 보고서", "보고서 머리 표(공개여부)", f,
               "비밀 표시 없는 국방ㆍ시설 보호 자료 → 제%s호(제1호 불부여)" % ", ".join(map(str, nums)), "P_defence_nomark/%d" % lay)


# ---------------------------------------------------------------------------
# N. 계약ㆍ입찰 (제7호 영업비밀, 제5호 진행 중 평가)
# ---------------------------------------------------------------------------
def contract_parties(r, year, ag, individual=False):
    co = company(r)
    rep = person(r)
    indiv_name = "%s%s(개인사업자)" % (r.choice(CO_STEM), r.choice(["설비", "조경", "인쇄", "전기"]))
    rows = [["구분", "발주기관(갑)", "계약상대자(을)"], ["명칭", ag.name, co if not individual else indiv_name],
            ["대표자", ag.head, rep], ["주소", ag.addr, address(r, year, near=ag) if individual else "%s %s" % (r.choice(["서울특별시", "경기도", "대전광역시"]), "○○로 %d" % r.randint(1, 300))],
            ["사업자등록번호", "-", brn(r)]]
    if individual:
        rows.append(["생년월일/주민번호", "-", rrn(r, 1955, 1990)])
        b, a = account(r)
        rows.append(["대금 지급 계좌", "-", "%s %s (예금주 %s)" % (b, a, rep)])
    return rows, co, rep


def t_contract(r, variant=0, mode="p7"):
    year = pick_year(r, 2003, 2026)
    ag = any_agency(r, year, ("local", "local", "central", "inst", "edu"))
    dt = rdate(r, year)
    doc = Doc(r)
    svc = r.choice(["청사 시설관리 용역", "전산 유지보수 용역", "공원 조경관리 용역", "민원 콜센터 운영 용역", "폐기물 수집ㆍ운반 용역", "홍보 영상 제작 용역"])
    amt = r.randint(30, 2400) * 1000000
    if mode == "public":
        title = "%d년 %d분기 계약 체결 현황 공개" % (year, (dt[1] - 1) // 3 + 1)
        doc.p(title, align="C", bold=True)
        doc.title = title
        rows = [["계약명", "계약방법", "계약상대자", "계약금액(원)", "계약일"]]
        for i in range(r.randint(4, 9)):
            rows.append([r.choice(["청사 청소 용역", "소모품 구매", "도로 보수 공사", "홍보물 제작", "전산장비 구매", "행사 대행 용역", "CCTV 설치 공사"]),
                         r.choice(["제한경쟁", "일반경쟁", "수의계약", "협상에 의한 계약"]), company(r), "{:,}".format(r.randint(5, 900) * 1000000),
                         ds(add_days(dt, -r.randint(1, 80)), "dot")])
        doc.tbl(rows, kind="list")
        doc.p("※ 「지방자치단체를 당사자로 하는 계약에 관한 법률」 및 「국가를 당사자로 하는 계약에 관한 법률」에 따른 계약정보 공개")
        return res(doc, "public", "none", [], "계약서", "none", "", "계약 체결 현황 공표(업체명ㆍ금액은 공개 대상)", "N_contract_public/%d" % variant)
    if mode == "eval":
        title = "%s 제안서 기술평가 결과(평가 진행 중)" % svc
        doc.p(title, align="C", bold=True)
        doc.title = title
        doc.p("1. 평가 일시: %s, 평가위원 %d명(외부위원 포함)" % (ds(dt, "dot"), r.randint(5, 9)))
        rows = [["업체", "기술능력(70)", "사업수행(20)", "가격(10)", "합계", "순위"]]
        for i in range(r.randint(3, 5)):
            t1, t2, t3 = round(r.uniform(50, 68), 2), round(r.uniform(12, 19), 2), round(r.uniform(7, 10), 3)
            rows.append([company(r), str(t1), str(t2), str(t3), "%.3f" % (t1 + t2 + t3), ""])
        doc.tbl(rows, kind="list")
        doc.p("2. 협상 적격자 선정 및 우선협상 대상자 협상은 %s 예정(결과 확정 전)" % ds(add_days(dt, 7), "dot"))
        doc.p("3. 평가위원별 세부 점수는 별도 봉인 보관")
        return res(doc, "non_public", "none", [O(5), O(7)], "계약서", "none", "",
                   "진행 중인 입찰 평가(5) + 업체별 제안 점수ㆍ가격(7) → 비공개", "N_contract_eval/%d" % variant)
    if mode == "secret":
        co = company(r)
        title = "%s 원가계산서(%s 제출)" % (svc, co)
        doc.p(title, align="C", bold=True)
        doc.title = title
        rows = [["비목", "산출 근거", "금액(원)"],
                ["직접노무비", "기술사 1인×%d월, 기사 2인×%d월 (자사 노임단가 적용)" % (r.randint(3, 12), r.randint(3, 12)), "{:,}".format(int(amt * 0.42))],
                ["간접노무비", "직접노무비의 %.1f%%" % r.uniform(8, 15), "{:,}".format(int(amt * 0.05))],
                ["경비", "장비 임차료, 자체 개발 SW 라이선스 원가", "{:,}".format(int(amt * 0.2))],
                ["일반관리비", "%.1f%%(자사 적용률)" % r.uniform(4, 8), "{:,}".format(int(amt * 0.05))],
                ["이윤", "%.1f%%" % r.uniform(8, 10), "{:,}".format(int(amt * 0.08))]]
        doc.tbl(rows, kind="list")
        doc.p("※ 본 산출 내역은 당사의 영업상 비밀이므로 공개를 원하지 않습니다. (%s 대표이사 %s)" % (co, person(r)))
        return res(doc, "non_public", "none", [O(7)], "계약서", "본문 업체 비공개 요청", "영업상 비밀",
                   "업체 원가계산서 전체가 영업비밀 → 제7호 비공개", "N_contract_secret/%d" % variant)
    # partial modes: p7 (산출내역 첨부), p6 (individual contractor with RRN/account)
    individual = mode == "p6"
    title = "%s 계약서" % svc
    doc.p(title, align="C", bold=True)
    doc.title = title
    rows, co, rep = contract_parties(r, year, ag, individual)
    if individual:
        co = rows[1][2]
        amt = r.randint(8, 90) * 1000000
    doc.tbl(rows, kind="form")
    doc.p("제1조(계약 금액) 금%s원(부가가치세 포함)" % "{:,}".format(amt))
    doc.p("제2조(계약 기간) %s부터 %s까지" % (ds(dt, "dot"), ds(add_days(dt, 364), "dot")))
    doc.p("제3조(대금 지급) 갑은 을의 청구를 받은 날부터 5일 이내에 대금을 지급한다.")
    doc.p("제4조(비밀 유지) 을은 용역 수행 중 알게 된 갑의 정보를 제3자에게 누설하여서는 아니 된다.")
    if not individual:
        doc.p("[첨부] 산출내역서(인건비 단가표)")
        doc.tbl([["직종", "인원", "월 단가(원)", "비고"]] + [[j, str(r.randint(1, 6)), "{:,}".format(r.randint(280, 650) * 10000), "자사 기준"]
                                                          for j in r.sample(["현장대리인", "기계설비 기사", "전기 기사", "미화원", "경비원", "SW 개발자", "상담원"], 4)],
                kind="list")
    doc.p("위 계약을 증명하기 위하여 계약서 2통을 작성하여 각 1통씩 보관한다.")
    doc.p(ds(dt, "dot"), align="C")
    doc.p("갑: %s (인)    을: %s 대표 %s (인)" % (ag.head, co, rep))
    if individual:
        return res(doc, "partial", "none", [O(6), "PIPA-24"], "계약서", "none", "",
                   "개인사업자 대표의 주민등록번호ㆍ계좌 포함 → 해당 부분 가리고 공개", "N_contract_p6/%d" % variant)
    return res(doc, "partial", "none", [O(7)], "계약서", "none", "",
               "계약서 본문은 공개, 첨부 인건비 단가표(영업비밀)만 제7호로 비공개", "N_contract_p7/%d" % variant)


# ---------------------------------------------------------------------------
# T. 회의록
# ---------------------------------------------------------------------------
def t_minutes(r, variant=0, mode="public"):
    year = pick_year(r, 1998, 2026)
    ag = any_agency(r, year, ("local", "local", "central", "edu"))
    dt = rdate(r, year)
    doc = Doc(r)
    if mode == "public":
        title = r.choice(["%d년 제%d차 간부회의 결과" % (year, r.randint(1, 40)), "%s 업무 조정 회의록" % ag.name, "재난안전대책본부 회의 결과"])
        people = [("%s" % chief(d), person(r)) for d in r.sample(ag.depts, 4)]
        att_label = "공무원만 참석"
    elif mode == "partial":
        title = r.choice(["%s 도시계획위원회 회의록" % ag.name, "%s 정보공개심의회 회의록" % ag.name, "%s 주민참여예산위원회 분과회의 회의록" % ag.name])
        people = [("위원장", person(r))] + [("위원", person(r)) for _ in range(r.randint(4, 7))]
        att_label = "민간위원 실명 발언"
    else:
        title = r.choice(["%d년 %s 인사위원회(승진 심사) 회의록" % (year, ag.name), "%s 보통징계위원회 회의록" % ag.name])
        people = [("위원장", person(r))] + [("위원", person(r)) for _ in range(r.randint(4, 6))]
        att_label = "인사 심사 논의"
    doc.p(title, align="C", bold=True)
    doc.title = title
    doc.tbl([["일시", "%s %s" % (ds(dt, "dot"), r.choice(["10:00", "14:00", "15:30"])), "장소", "%s %s" % (ag.name, r.choice(["소회의실", "중회의실", "영상회의실"]))],
             ["참석", ", ".join("%s %s" % p for p in people), "", ""]], kind="form")
    doc.p("【회의 내용】")
    if mode == "public":
        for role, nm in people[:3]:
            doc.p("○ %s: %s" % (role, r.choice(["여름철 폭염 대비 무더위쉼터 운영 상황 점검 필요", "하반기 예산 집행률 제고 방안 보고",
                                               "민원 처리 기한 준수율 개선 필요", "행사 안전관리 계획 공유", "주요 현안 사업 추진 상황 보고"])))
        doc.p("【결정 사항】 각 부서는 논의 사항을 반영하여 %s까지 추진 계획을 제출" % ds(add_days(dt, 7), "dot"))
        return res(doc, "public", "none", [], "회의록", "none", "", "공무원 간부회의 결과(직무 정보) → 공개", "T_minutes_public/%d" % variant)
    if mode == "partial":
        for role, nm in people[1:4]:
            doc.p("○ %s %s: %s" % (nm, role, r.choice(["해당 부지는 경관 훼손 우려가 있어 층수 조정이 필요하다고 봄", "청구 대상 정보 중 개인 식별 정보만 가리고 공개하는 것이 타당함",
                                                     "사업비 대비 효과가 불분명하여 재검토 의견", "주민 설명회를 추가로 개최할 필요가 있음"])))
        doc.p("【의결】 %s" % r.choice(["조건부 가결", "원안 가결", "재심의"]))
        if r.random() < 0.5:
            doc.p("※ 회의록 공개 시 위원 성명은 비공개(정보공개법 제9조①6)")
        return res(doc, "partial", "none", [O(6)], "회의록", "none", "",
                   "위원회 회의록: 안건ㆍ의결은 공개, 민간위원 실명 발언은 제6호로 가림", "T_minutes_partial/%d" % variant)
    for role, nm in people[:3]:
        doc.p("○ %s: %s" % (role, r.choice(["후보자 %s 근무성적이 우수하나 경력 기간이 짧음" % josa(person(r), "은/는"), "%s 주무관은 최근 징계 전력이 있어 승진 제한 기간에 해당함" % person(r),
                                           "징계 혐의자 %s의 소명 내용을 감안하여 감경 의견" % person(r), "%s 팀장의 승진 순위 조정 필요" % person(r)])))
    doc.p("【심의 결과】 승진 의결 %d명, 보류 %d명" % (r.randint(2, 8), r.randint(0, 3)))
    return res(doc, "non_public", "none", [O(5), O(6)], "회의록", "none", "",
               "인사ㆍ징계 위원회 회의록(인사관리 의사결정 + 개인 평가) → 비공개", "T_minutes_np/%d" % variant)


# ---------------------------------------------------------------------------
# W. 통계표 / X. 예산서
# ---------------------------------------------------------------------------
def t_stats(r, variant=0, mode="public"):
    year = pick_year(r, 1995, 2026)
    ag = any_agency(r, year, ("local", "local", "central"))
    doc = Doc(r)
    lay = variant % 4
    if mode == "public":
        title = ["%d년 읍ㆍ면ㆍ동별 인구 및 세대 현황" % year, "%d년 민원 처리 실적 통계" % year, "%d년 분기별 정보공개 청구 처리 현황" % year,
                 "%d년 교통사고 발생 현황(월별)" % year][lay]
        doc.p(title, align="C", bold=True)
        doc.title = title
        doc.p("(단위: %s, 기준일: %d. 12. 31.)" % (["명, 세대", "건", "건", "건, 명"][lay], year), align="R")
        if lay == 0:
            rows = [["구분", "세대수", "인구(계)", "남", "여"]]
            for d in ["%s동" % x for x in r.sample(["중앙", "신흥", "송정", "대화", "명륜", "효자", "산성", "남산", "북문"], 6)]:
                m, f = r.randint(3000, 20000), r.randint(3000, 20000)
                rows.append([d, "{:,}".format(r.randint(2000, 16000)), "{:,}".format(m + f), "{:,}".format(m), "{:,}".format(f)])
        elif lay == 2:
            rows = [["분기", "청구", "전부공개", "부분공개", "비공개", "기타"]]
            for q in range(1, 5):
                a, b, c = r.randint(50, 400), r.randint(10, 80), r.randint(5, 40)
                rows.append(["%d분기" % q, str(a + b + c + 5), str(a), str(b), str(c), "5"])
            doc.tbl(rows, kind="stats")
            doc.p("※ 비공개 사유: 제6호(개인정보) %d건, 제5호(의사결정 과정) %d건, 제4호 %d건" % (r.randint(10, 50), r.randint(5, 20), r.randint(1, 5)))
            return res(doc, "public", "none", [], "통계표", "none", "", "집계 통계(비공개 사유 건수 언급) → 공개", "W_stats_public/%d" % lay, mention_only=True)
        else:
            rows = [["구분"] + ["%d월" % m for m in range(1, 7)] + ["계"]]
            for k in (["접수", "처리", "이송"] if lay == 1 else ["발생", "사망", "부상"]):
                v = [r.randint(3, 300) for _ in range(6)]
                rows.append([k] + list(map(str, v)) + [str(sum(v))])
        doc.tbl(rows, kind="stats")
        return res(doc, "public", "none", [], "통계표", "none", "", "개인 식별 불가한 집계 통계 → 공개", "W_stats_public/%d" % lay)
    title = ["%d년 %d월 개인별 초과근무수당 지급 내역" % (year, r.randint(1, 12)), "%d년 업무추진비 집행 내역(간담회 참석자 포함)" % year][variant % 2]
    doc.p(title, align="C", bold=True)
    doc.title = title
    if variant % 2 == 0:
        rows = [["소속", "직급", "성명", "시간", "지급액(원)", "입금 계좌"]]
        for i in range(r.randint(5, 15)):
            b, a = account(r)
            rows.append([r.choice(ag.depts), r.choice(["7급", "8급", "6급", "9급"]), person(r), str(r.randint(5, 57)),
                         "{:,}".format(r.randint(50, 900) * 1000), "%s %s" % (b, a)])
        note = "개인별 수당 내역: 지급 총액은 공개, 개인 계좌는 제6호로 가림"
    else:
        rows = [["일자", "집행 내용", "장소", "참석자", "금액(원)"]]
        for i in range(r.randint(4, 10)):
            rows.append([ds(rdate(r, year), "dot"), r.choice(["현안 업무 간담회", "유관기관 협의", "민원인 간담회", "직원 격려"]),
                         r.choice(["○○식당", "○○한정식", "구내식당"]), "%s 외 %d명(민간인 %s 포함)" % (chief(r.choice(ag.depts)), r.randint(2, 9), person(r)),
                         "{:,}".format(r.randint(50, 600) * 1000)])
        note = "업무추진비 집행 내역: 공개 원칙, 민간인 참석자 성명만 제6호로 가림"
    doc.tbl(rows, kind="stats")
    return res(doc, "partial", "none", [O(6)], "통계표", "none", "", note, "W_stats_partial/%d" % (variant % 2))


def t_budget(r, variant=0, mode="public"):
    year = pick_year(r, 1995, 2026)
    ag = any_agency(r, year, ("local", "local", "central", "edu"))
    doc = Doc(r)
    lay = variant % 3
    if mode == "public":
        title = ["%d년도 세출예산 사업명세서(%s)" % (year + 1, r.choice(ag.depts)), "%d년도 예산 개요" % (year + 1), "%d회계연도 세입ㆍ세출 결산 요약" % year][lay]
        doc.p(title, align="C", bold=True)
        doc.title = title
        doc.p("(단위: 천원)", align="R")
        rows = [["정책사업", "단위사업", "%d년 예산" % year, "%d년 예산" % (year + 1), "증감"]]
        progs = [("안전한 도시 조성", "재난 예방 시설 정비"), ("복지 서비스 확충", "경로당 운영 지원"), ("지역경제 활성화", "전통시장 시설 현대화"),
                 ("행정 운영 경비", "청사 유지관리"), ("문화ㆍ관광 진흥", "지역 축제 지원"), ("환경 개선", "하천 정비"), ("복지 서비스 확충", "장애인 활동 지원"),
                 ("교통 편의 증진", "버스 승강장 개선"), ("환경 개선", "미세먼지 저감 사업"), ("지역경제 활성화", "청년 창업 공간 운영")]
        for p1, p2 in r.sample(progs, r.randint(4, 9)):
            a = r.randint(10000, 900000)
            b = int(a * r.uniform(0.8, 1.25))
            rows.append([p1, p2, "{:,}".format(a), "{:,}".format(b), "{:,}".format(b - a)])
        doc.tbl(rows, kind="stats")
        if lay == 1:
            doc.p("○ 편성 방향: 재정 건전성 유지, 민생 안정 사업 우선 반영")
        return res(doc, "public", "none", [], "예산서", "none", "", "예산서(공표 대상) → 공개", "X_budget_public/%d" % lay)
    if mode == "np5":
        title = "%d년도 예산 편성 자체 조정(안) — 부서 요구 대비 삭감 검토" % (year + 1)
        doc.p("[내부 검토용]" if r.random() < 0.5 else "")
        doc.p(title, align="C", bold=True)
        doc.title = title
        rows = [["부서", "요구액(천원)", "조정(안)", "삭감 사유(검토)"]]
        for d in r.sample(ag.depts, 5):
            a = r.randint(50000, 900000)
            rows.append([d, "{:,}".format(a), "{:,}".format(int(a * r.uniform(0.6, 0.95))), r.choice(["사업 효과 불분명", "유사 사업 중복", "단가 과다 산정", "시급성 낮음"])])
        doc.tbl(rows, kind="stats")
        doc.p("※ 의회 제출 전 내부 조정 단계 자료")
        return res(doc, "non_public", "none", [O(5)], "예산서", "본문 주의 문구", "", "예산 편성 내부 조정안(의사결정 과정) → 제5호", "X_budget_np5/%d" % lay)
    title = "%s 편입 토지 보상금 지급 내역" % r.choice(["○○도로 확장공사", "○○공원 조성사업", "○○천 정비사업"])
    doc.p(title, align="C", bold=True)
    doc.title = title
    rows = [["연번", "지번", "면적(㎡)", "소유자", "보상금(원)", "지급일"]]
    for i in range(r.randint(4, 12)):
        rows.append([str(i + 1), "○○동 %d-%d" % (r.randint(1, 900), r.randint(1, 40)), str(r.randint(30, 2000)), person(r),
                     "{:,}".format(r.randint(5, 900) * 100000), ds(rdate(r, year), "dot")])
    doc.tbl(rows, kind="stats")
    doc.p("계: 총 보상금 %s원" % "{:,}".format(r.randint(100, 9000) * 1000000))
    return res(doc, "partial", "none", [O(6)], "예산서", "none", "", "보상금 지급 내역: 사업ㆍ총액은 공개, 개인 소유자 성명ㆍ금액은 제6호",
               "X_budget_partial/%d" % lay)


# ---------------------------------------------------------------------------
# D. 내부결재 보고서 with header-table 공개여부 (partial / public)
# ---------------------------------------------------------------------------
D_TOPICS = [
    ("{y}년 우수 공무원 국외 연수 대상자 선발 결과", "연수 대상자", True),
    ("민원 콜센터 상담 품질 점검 결과", "점검 대상 상담원", True),
    ("{y}년 행복나눔 봉사단 운영 계획", None, False),
    ("공공 자전거 이용 활성화 방안", None, False),
    ("장학생 선발 심사 결과 보고", "선발 장학생", True),
    ("명예 시민 감사관 위촉 계획", "위촉 예정자", True),
]


def t_report_field(r, variant=0):
    tp = D_TOPICS[variant % len(D_TOPICS)]
    year = pick_year(r, 2004, 2026)
    ag = any_agency(r, year, ("local", "local", "central", "edu", "inst"))
    dt = rdate(r, year)
    doc = Doc(r)
    title = fill(tp[0], r, year, dt)
    doc.p(title, align="C", bold=True)
    doc.title = title
    partial = tp[2]
    lay = variant % 3
    if partial:
        nums = [6] if lay != 2 else [5, 6]
        f = field_str(r, "partial", nums, year)
    else:
        nums = []
        f = field_str(r, "public", year=year)
    if lay == 1:
        cb = "공개여부: %s공개  %s부분공개(%s)  %s비공개" % ("□" if partial else "■", "■" if partial else "□", ",".join(map(str, nums)) if partial else "  ", "□")
        doc.tbl(approval_box(r, year), kind="approval")
        doc.p(cb)
        ct = cb
        cue = "보고서 상단 체크박스"
    else:
        rows = report_header_table(r, year, dt, r.choice(ag.depts), r.choice(["공개여부", "공개구분", "공개 여부"]), f)
        doc.tbl(rows, kind="report_head")
        ct = f
        cue = "보고서 머리 표(공개여부)"
    doc.blank()
    doc.p("1. 추진 개요: %s" % r.choice(["관련 계획에 따라 대상자를 선발ㆍ운영하고자 함", "사업 성과를 점검하고 개선 방안을 마련함", "주민 참여 확대를 위한 제도 운영"]))
    doc.p("2. 주요 내용", "  가. 추진 기간: %s ~ %s" % (ds(dt, "dot"), ds(add_days(dt, 90), "dot")), "  나. 소요 예산: %s원" % "{:,}".format(r.randint(2, 90) * 1000000))
    if lay == 2 and partial:
        doc.p("  다. 심사 과정: 심사위원별 채점표 및 토의 내용은 확정 전 내부 자료로 관리")
    if partial:
        doc.p("3. %s 명단" % tp[1])
        rows = [["연번", "성명", "소속(주소)", "연락처"]]
        for i in range(r.randint(3, 9)):
            rows.append([str(i + 1), person(r), address(r, year, short=True, near=ag) if r.random() < 0.5 else r.choice(["○○고등학교", "○○대학교", "자영업", "주부"]), mobile(r, year)])
        doc.tbl(rows, kind="roster")
        reasons = [O(n) for n in nums]
        note = "보고서 공개여부 %s, 민간인 명단 포함 → 일치" % ct
        if lay == 2:
            doc.p("4. 심사위원 평가 의견(요지): 후보자 간 점수 차가 근소하여 면접 결과를 중시함")
    else:
        doc.p("3. 기대 효과: 주민 만족도 향상 및 참여 확대")
        reasons = []
        note = "일반 사업 계획, 공개여부 '공개'와 일치"
    return res(doc, "partial" if partial else "public", "none", reasons, "내부결재 보고서", cue, ct, note, "D_report_field/%d" % (variant % len(D_TOPICS)))


# ---------------------------------------------------------------------------
# Z. 보조금 교부 결정 통지 to an individual (partial)
# ---------------------------------------------------------------------------
def t_grant_notice(r, variant=0):
    year = pick_year(r, 2008, 2026)
    ag = local_agency(r, year)
    dt = rdate(r, year)
    doc = Doc(r)
    nm = person(r)
    prog = r.choice(["노후 슬레이트 지붕 철거 지원", "주택 태양광 설치 보조", "청년 월세 지원", "소규모 농가 시설 현대화 지원", "빈집 정비 지원", "어르신 안경 지원"])
    dumun(doc, r, ag, year, "%s 귀하" % nm, recv_addr="(%s)" % address(r, year, near=ag))
    title_line(doc, "%s 보조금 교부 결정 통지" % prog)
    doc.blank()
    doc.p("1. 귀하께서 신청하신 %s 사업에 대하여 다음과 같이 보조금 교부를 결정하였음을 알려드립니다." % prog)
    b, a = account(r)
    doc.p("  가. 보조금액: 금%s원" % "{:,}".format(r.randint(10, 600) * 10000),
          "  나. 지급 계좌: %s %s(예금주 %s)" % (b, a, nm) if variant % 2 == 0 else "  나. 지급 방법: 사업 완료 후 정산 지급",
          "  다. 사업 기한: %s까지" % ds(add_days(dt, 120), "dot"))
    doc.p("2. 보조금은 교부 목적 외의 용도로 사용할 수 없으며, 위반 시 「보조금 관리에 관한 법률」에 따라 반환하여야 합니다.  끝.")
    f = field_str(r, "partial", [6], year) if r.random() < 0.6 else None
    gyeolmun(doc, r, ag, year, dt, r.choice(["일자리경제과", "환경위생과", "복지정책과", "건설과"]), f)
    return res(doc, "partial", "none", [O(6)], "공문", "결문 공개구분" if f else "수신자(귀하)ㆍ주소", f or nm,
               "개인 수신 보조금 결정 통지: 성명ㆍ주소%s 가림" % ("ㆍ계좌" if variant % 2 == 0 else ""), "Z_grant_notice/%d" % (variant % 2))


# ---------------------------------------------------------------------------
# OCR noise (plain-text documents and scanned-looking PDFs)
# ---------------------------------------------------------------------------
def ocr_noise(text, r, level=0.5):
    out = []
    for line in text.split("\n"):
        if not line.strip():
            out.append(line)
            continue
        l2 = line
        if r.random() < level:
            l2 = "".join(ch for ch in l2 if not (ch == " " and r.random() < 0.35))
        if r.random() < level * 0.6:
            l2 = re.sub(r"(?<=\d)0|0(?=\d)", lambda m: "O" if r.random() < 0.3 else "0", l2)
        if r.random() < level * 0.4:
            l2 = re.sub(r"(?<=[\d.])1|1(?=[\d.])", lambda m: "l" if r.random() < 0.3 else "1", l2)
        l2 = l2.replace("ㆍ", r.choice(["ㆍ", "·", "."]))
        if len(l2) > 34 and r.random() < level * 0.5:
            k = r.randint(12, len(l2) - 8)
            l2 = l2[:k] + "\n" + l2[k:]
        out.append(l2)
    return "\n".join(out)


# ---------------------------------------------------------------------------
# HWPX writer (OWPML / KS X 6101, Hancom 2011 namespaces as written by 한글)
# ---------------------------------------------------------------------------
NS = {
    "ha": "http://www.hancom.co.kr/hwpml/2011/app",
    "hp": "http://www.hancom.co.kr/hwpml/2011/paragraph",
    "hs": "http://www.hancom.co.kr/hwpml/2011/section",
    "hc": "http://www.hancom.co.kr/hwpml/2011/core",
    "hh": "http://www.hancom.co.kr/hwpml/2011/head",
    "hpf": "http://www.hancom.co.kr/schema/2011/hpf",
    "hv": "http://www.hancom.co.kr/hwpml/2011/version",
    "opf": "http://www.idpf.org/2007/opf/",
    "dc": "http://purl.org/dc/elements/1.1/",
}
XMLDECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
ZIP_TIME = (2024, 1, 1, 0, 0, 0)


def _nsdecl(*keys):
    return " ".join('xmlns:%s="%s"' % (k, NS[k]) for k in keys)


def header_xml():
    langs = ["HANGUL", "LATIN", "HANJA", "JAPANESE", "OTHER", "SYMBOL", "USER"]
    ff = "".join('<hh:fontface lang="%s" fontCnt="2"><hh:font id="0" face="함초롬바탕" type="TTF" isEmbedded="0"/>'
                 '<hh:font id="1" face="함초롬돋움" type="TTF" isEmbedded="0"/></hh:fontface>' % l for l in langs)

    def border(i, t):
        return ('<hh:borderFill id="%d" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0">'
                '<hh:slash type="NONE" Crooked="0" isCounter="0"/><hh:backSlash type="NONE" Crooked="0" isCounter="0"/>'
                '<hh:leftBorder type="%s" width="0.12 mm" color="#000000"/><hh:rightBorder type="%s" width="0.12 mm" color="#000000"/>'
                '<hh:topBorder type="%s" width="0.12 mm" color="#000000"/><hh:bottomBorder type="%s" width="0.12 mm" color="#000000"/>'
                '<hh:diagonal type="SOLID" width="0.1 mm" color="#000000"/></hh:borderFill>' % (i, t, t, t, t))

    def charpr(i, h, color, bold):
        return ('<hh:charPr id="%d" height="%d" textColor="%s" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1">'
                '<hh:fontRef hangul="%d" latin="%d" hanja="%d" japanese="%d" other="%d" symbol="%d" user="%d"/>'
                '<hh:ratio hangul="100" latin="100" hanja="100" japanese="100" other="100" symbol="100" user="100"/>'
                '<hh:spacing hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/>'
                '<hh:relSz hangul="100" latin="100" hanja="100" japanese="100" other="100" symbol="100" user="100"/>'
                '<hh:offset hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/>%s'
                '<hh:underline type="NONE" shape="SOLID" color="#000000"/><hh:strikeout shape="NONE" color="#000000"/>'
                '<hh:outline type="NONE"/><hh:shadow type="NONE" color="#B2B2B2" offsetX="10" offsetY="10"/></hh:charPr>'
                % ((i, h, color) + (1 if bold else 0,) * 7 + ("<hh:bold/>" if bold else "",)))

    def parapr(i, align):
        return ('<hh:paraPr id="%d" tabPrIDRef="0" condense="0" fontLineHeight="0" snapToGrid="1" suppressLineNumbers="0" checked="0">'
                '<hh:align horizontal="%s" vertical="BASELINE"/><hh:heading type="NONE" idRef="0" level="0"/>'
                '<hh:breakSetting breakLatinWord="KEEP_WORD" breakNonLatinWord="KEEP_WORD" widowOrphan="0" keepWithNext="0" keepLines="0" pageBreakBefore="0" lineWrap="BREAK"/>'
                '<hh:autoSpacing eAsianEng="0" eAsianNum="0"/>'
                '<hh:margin><hc:intent value="0" unit="HWPUNIT"/><hc:left value="0" unit="HWPUNIT"/><hc:right value="0" unit="HWPUNIT"/>'
                '<hc:prev value="0" unit="HWPUNIT"/><hc:next value="0" unit="HWPUNIT"/></hh:margin>'
                '<hh:lineSpacing type="PERCENT" value="160" unit="HWPUNIT"/>'
                '<hh:border borderFillIDRef="1" offsetLeft="0" offsetRight="0" offsetTop="0" offsetBottom="0" connect="0" ignoreMargin="0"/></hh:paraPr>'
                % (i, align))
    return (XMLDECL + '<hh:head %s version="1.4" secCnt="1">' % _nsdecl("ha", "hp", "hs", "hc", "hh")
            + '<hh:beginNum page="1" footnote="1" endnote="1" pic="1" tbl="1" equation="1"/><hh:refList>'
            + '<hh:fontfaces itemCnt="7">%s</hh:fontfaces>' % ff
            + '<hh:borderFills itemCnt="2">%s%s</hh:borderFills>' % (border(1, "NONE"), border(2, "SOLID"))
            + '<hh:charProperties itemCnt="3">%s%s%s</hh:charProperties>' % (charpr(0, 1000, "#000000", False), charpr(1, 1500, "#000000", True),
                                                                           charpr(2, 1300, "#FF0000", True))
            + '<hh:tabProperties itemCnt="1"><hh:tabPr id="0" autoTabLeft="0" autoTabRight="0"/></hh:tabProperties>'
            + '<hh:numberings itemCnt="0"/>'
            + '<hh:paraProperties itemCnt="3">%s%s%s</hh:paraProperties>' % (parapr(0, "JUSTIFY"), parapr(1, "CENTER"), parapr(2, "RIGHT"))
            + '<hh:styles itemCnt="1"><hh:style id="0" type="PARA" name="바탕글" engName="Normal" paraPrIDRef="0" charPrIDRef="0" nextStyleIDRef="0" langID="1042" lockForm="0"/></hh:styles>'
            + '</hh:refList><hh:compatibleDocument targetProgram="HWP201X"><hh:layoutCompatibility/></hh:compatibleDocument>'
            + '<hh:docOption><hh:linkinfo path="" pageInherit="0" footnoteInherit="0"/></hh:docOption>'
            + '<hh:trackchageConfig flags="56"/></hh:head>')


STAMP_RE = re.compile(r"(대\s*외\s*비|비\s*밀|秘|급\s*비\s*밀|예고문|사본번호|보호기간)")


class HwpxBuilder:
    W = 42520  # text width in HWPUNIT (A4, 30mm margins)

    def __init__(self, r):
        self.r = r
        self.pid = 0
        self.oid = 1000000000 + r.randint(0, 80000000)

    def nid(self):
        self.oid += r_step(self.r)
        return self.oid

    def sublist(self, inner, valign="TOP", w=0, h=0):
        return ('<hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="%s" linkListIDRef="0" '
                'linkListNextIDRef="0" textWidth="%d" textHeight="%d" hasTextRef="0" hasNumRef="0">%s</hp:subList>' % (valign, w, h, inner))

    def para(self, text, align="L", bold=False, runs_before="", stamp=False):
        pp = {"L": 0, "C": 1, "R": 2}[align]
        cp = 2 if stamp else (1 if bold else 0)
        self.pid += 1
        pid = self.pid if self.pid > 1 else 0
        body = runs_before
        if text:
            body += '<hp:run charPrIDRef="%d"><hp:t>%s</hp:t></hp:run>' % (cp, xml_escape(text))
        elif not runs_before:
            body += '<hp:run charPrIDRef="%d"/>' % cp
        return ('<hp:p id="%d" paraPrIDRef="%d" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">%s'
                '<hp:linesegarray><hp:lineseg textpos="0" vertpos="0" vertsize="1000" textheight="1000" baseline="850" spacing="600" '
                'horzpos="0" horzsize="%d" flags="393216"/></hp:linesegarray></hp:p>' % (pid, pp, body, self.W))

    def cellpara(self, text, bold=False):
        lines = text.split("\n")
        return "".join('<hp:p id="0" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">%s</hp:p>'
                       % ('<hp:run charPrIDRef="%d"><hp:t>%s</hp:t></hp:run>' % (2 if (bold and STAMP_RE.search(t)) else 0, xml_escape(t))
                          if t else '<hp:run charPrIDRef="0"/>') for t in lines)

    def table(self, rows):
        ncol = max(len(rw) for rw in rows)
        cw = self.W // ncol
        trs = []
        for ri, rw in enumerate(rows):
            tcs = []
            for ci, cell in enumerate(rw):
                span = 1 if ci < len(rw) - 1 else ncol - len(rw) + 1
                tcs.append('<hp:tc name="" header="%d" hasMargin="0" protect="0" editable="0" dirty="0" borderFillIDRef="2">%s'
                           '<hp:cellAddr colAddr="%d" rowAddr="%d"/><hp:cellSpan colSpan="%d" rowSpan="1"/><hp:cellSz width="%d" height="1282"/>'
                           '<hp:cellMargin left="510" right="510" top="141" bottom="141"/></hp:tc>'
                           % (1 if ri == 0 else 0, self.sublist(self.cellpara(cell, bold=True), "CENTER"), ci, ri, span, cw * span))
            trs.append("<hp:tr>%s</hp:tr>" % "".join(tcs))
        tbl = ('<hp:tbl id="%d" zOrder="0" numberingType="TABLE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" lock="0" dropcapstyle="None" '
               'pageBreak="CELL" repeatHeader="1" rowCnt="%d" colCnt="%d" cellSpacing="0" borderFillIDRef="2" noAdjust="0">'
               '<hp:sz width="%d" widthRelTo="ABSOLUTE" height="%d" heightRelTo="ABSOLUTE" protect="0"/>'
               '<hp:pos treatAsChar="1" affectLSpacing="0" flowWithText="1" allowOverlap="0" holdAnchorAndSO="0" vertRelTo="PARA" horzRelTo="COLUMN" '
               'vertAlign="TOP" horzAlign="LEFT" vertOffset="0" horzOffset="0"/>'
               '<hp:outMargin left="283" right="283" top="283" bottom="283"/><hp:inMargin left="510" right="510" top="141" bottom="141"/>%s</hp:tbl>'
               % (self.nid(), len(rows), ncol, cw * ncol, 1282 * len(rows), "".join(trs)))
        return '<hp:run charPrIDRef="0">%s<hp:t/></hp:run>' % tbl

    def textbox(self, lines, pos="TR"):
        w, h = 15000, 2200 * max(1, len(lines))
        vo, ho = (1500, 44000) if pos == "TR" else (0, 0)
        rel = "PAPER" if pos == "TR" else "PARA"
        inner = "".join('<hp:p id="0" paraPrIDRef="1" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0"><hp:run charPrIDRef="2"><hp:t>%s</hp:t></hp:run></hp:p>'
                        % xml_escape(t) for t in lines)
        oid = self.nid()
        rect = ('<hp:rect id="%d" zOrder="1" numberingType="PICTURE" textWrap="IN_FRONT_OF_TEXT" textFlow="BOTH_SIDES" lock="0" dropcapstyle="None" '
                'href="" groupLevel="0" instid="%d" ratio="0">'
                '<hp:offset x="0" y="0"/><hp:orgSz width="%d" height="%d"/><hp:curSz width="0" height="0"/><hp:flip horizontal="0" vertical="0"/>'
                '<hp:rotationInfo angle="0" centerX="%d" centerY="%d" rotateimage="1"/>'
                '<hp:renderingInfo><hc:transMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/><hc:scaMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/>'
                '<hc:rotMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/></hp:renderingInfo>'
                '<hp:lineShape color="#FF0000" width="56" style="SOLID" endCap="FLAT" headStyle="NORMAL" tailStyle="NORMAL" headfill="1" tailfill="1" '
                'headSz="MEDIUM_MEDIUM" tailSz="MEDIUM_MEDIUM" outlineStyle="NORMAL" alpha="0"/>'
                '<hp:fillBrush><hc:winBrush faceColor="#FFFFFF" hatchColor="#000000" alpha="0"/></hp:fillBrush>'
                '<hp:shadow type="NONE" color="#B2B2B2" offsetX="0" offsetY="0" alpha="0"/>'
                '<hp:drawText lastWidth="%d" name="" editable="0">%s<hp:textMargin left="283" right="283" top="283" bottom="283"/></hp:drawText>'
                '<hc:pt0 x="0" y="0"/><hc:pt1 x="%d" y="0"/><hc:pt2 x="%d" y="%d"/><hc:pt3 x="0" y="%d"/>'
                '<hp:sz width="%d" widthRelTo="ABSOLUTE" height="%d" heightRelTo="ABSOLUTE" protect="0"/>'
                '<hp:pos treatAsChar="0" affectLSpacing="0" flowWithText="0" allowOverlap="1" holdAnchorAndSO="0" vertRelTo="%s" horzRelTo="%s" '
                'vertAlign="TOP" horzAlign="LEFT" vertOffset="%d" horzOffset="%d"/><hp:outMargin left="0" right="0" top="0" bottom="0"/></hp:rect>'
                % (oid, oid - 7, w, h, w // 2, h // 2, w, self.sublist(inner, "CENTER"), w, w, h, h, w, h, rel, rel, vo, ho))
        return '<hp:run charPrIDRef="0">%s<hp:t/></hp:run>' % rect

    def headfoot(self, tag, lines, hid):
        inner = "".join('<hp:p id="0" paraPrIDRef="1" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0"><hp:run charPrIDRef="%d"><hp:t>%s</hp:t></hp:run></hp:p>'
                        % (2 if STAMP_RE.search(t) else 0, xml_escape(t)) for t in lines)
        return ('<hp:ctrl><hp:%s id="%d" applyPageType="BOTH">%s</hp:%s></hp:ctrl>'
                % (tag, hid, self.sublist(inner, "TOP" if tag == "header" else "BOTTOM", 42520, 4252), tag))


def r_step(r):
    return r.randint(3, 97)


SECPR = ('<hp:secPr id="" textDirection="HORIZONTAL" spaceColumns="1134" tabStop="8000" tabStopVal="4000" tabStopUnit="HWPUNIT" '
         'outlineShapeIDRef="1" memoShapeIDRef="0" textVerticalWidthHead="0" masterPageCnt="0">'
         '<hp:grid lineGrid="0" charGrid="0" wonggojiFormat="0"/><hp:startNum pageStartsOn="BOTH" page="0" pic="0" tbl="0" equation="0"/>'
         '<hp:visibility hideFirstHeader="0" hideFirstFooter="0" hideFirstMasterPage="0" border="SHOW_ALL" fill="SHOW_ALL" hideFirstPageNum="0" '
         'hideFirstEmptyLine="0" showLineNumber="0"/><hp:lineNumberShape restartType="0" countBy="0" distance="0" startNumber="0"/>'
         '<hp:pagePr landscape="WIDELY" width="59528" height="84186" gutterType="LEFT_ONLY">'
         '<hp:margin header="4252" footer="4252" gutter="0" left="8504" right="8504" top="5668" bottom="4252"/></hp:pagePr>'
         '<hp:pageBorderFill type="BOTH" borderFillIDRef="1" textBorder="PAPER" headerInside="0" footerInside="0" fillArea="PAPER">'
         '<hp:offset left="1417" right="1417" top="1417" bottom="1417"/></hp:pageBorderFill></hp:secPr>'
         '<hp:ctrl><hp:colPr id="" type="NEWSPAPER" layout="LEFT" colCount="1" sameSz="1" sameGap="0"/></hp:ctrl>')


def is_stamp_para(b):
    return b[0] == "p" and b[3] and STAMP_RE.search(b[1] or "") and len(b[1]) < 40


def build_section(doc, r):
    hb = HwpxBuilder(r)
    first_runs = '<hp:run charPrIDRef="0">' + SECPR
    if doc.header:
        first_runs += hb.headfoot("header", doc.header, 1)
    if doc.footer:
        first_runs += hb.headfoot("footer", doc.footer, 2)
    first_runs += "</hp:run>"
    paras = []
    blocks = list(doc.blocks)
    # first block shares the paragraph that holds secPr (as 한글 does)
    if blocks and blocks[0][0] == "p":
        b = blocks.pop(0)
        paras.append(hb.para(b[1], b[2], b[3], runs_before=first_runs, stamp=is_stamp_para(b)))
    else:
        paras.append(hb.para("", runs_before=first_runs))
    for b in blocks:
        if b[0] == "p":
            paras.append(hb.para(b[1], b[2], b[3], stamp=is_stamp_para(b)))
        elif b[0] == "tbl":
            paras.append(hb.para("", runs_before=hb.table(b[1])))
        elif b[0] == "box":
            paras.append(hb.para("", runs_before=hb.textbox(b[1], b[2])))
    return XMLDECL + '<hs:sec %s>%s</hs:sec>' % (_nsdecl("ha", "hp", "hs", "hc", "hh"), "".join(paras))


def preview_text(doc):
    parts = []
    for b in doc.blocks:
        if b[0] == "p":
            parts.append(b[1])
        elif b[0] == "tbl":
            for row in b[1]:
                parts.append("".join("<%s>" % c.replace("\n", " ") for c in row))
    t = "\r\n".join(parts)
    return t[:1024]


def write_hwpx(doc, path, r, meta_title):
    ts = "%04d-%02d-%02dT09:00:00Z" % ZIP_TIME[:3]
    content_hpf = (XMLDECL + '<opf:package %s version="" unique-identifier="" id="">'
                   '<opf:metadata><opf:title>%s</opf:title><opf:language>ko</opf:language>'
                   '<opf:meta name="creator" content="text"></opf:meta><opf:meta name="CreatedDate" content="text">%s</opf:meta>'
                   '<opf:meta name="ModifiedDate" content="text">%s</opf:meta></opf:metadata>'
                   '<opf:manifest><opf:item id="header" href="Contents/header.xml" media-type="application/xml"/>'
                   '<opf:item id="section0" href="Contents/section0.xml" media-type="application/xml"/>'
                   '<opf:item id="settings" href="settings.xml" media-type="application/xml"/></opf:manifest>'
                   '<opf:spine><opf:itemref idref="header" linear="yes"/><opf:itemref idref="section0" linear="yes"/></opf:spine></opf:package>'
                   % (_nsdecl("ha", "hp", "hs", "hc", "hh", "hpf", "opf", "dc"), xml_escape(meta_title), ts, ts))
    parts = [
        ("mimetype", "application/hwp+zip", zipfile.ZIP_STORED),
        ("version.xml", XMLDECL + '<hv:HCFVersion xmlns:hv="%s" tagetApplication="WORDPROCESSOR" major="5" minor="1" micro="1" buildNumber="0" '
                                  'os="1" xmlVersion="1.4" application="Hancom Office Hangul" appVersion="12, 0, 0, 535 WIN32LEWindows_10"/>' % NS["hv"],
         zipfile.ZIP_STORED),
        ("Contents/header.xml", header_xml(), zipfile.ZIP_DEFLATED),
        ("Contents/section0.xml", build_section(doc, r), zipfile.ZIP_DEFLATED),
        ("Preview/PrvText.txt", preview_text(doc), zipfile.ZIP_DEFLATED),
        ("settings.xml", XMLDECL + '<ha:HWPApplicationSetting xmlns:ha="%s" xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0">'
                                   '<ha:CaretPosition listIDRef="0" paraIDRef="0" pos="0"/></ha:HWPApplicationSetting>' % NS["ha"], zipfile.ZIP_DEFLATED),
        ("META-INF/container.xml", XMLDECL + '<ocf:container xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:hpf="%s">'
                                             '<ocf:rootfiles><ocf:rootfile full-path="Contents/content.hpf" media-type="application/hwpml-package+xml"/>'
                                             '<ocf:rootfile full-path="Preview/PrvText.txt" media-type="text/plain"/></ocf:rootfiles></ocf:container>' % NS["hpf"],
         zipfile.ZIP_DEFLATED),
        ("META-INF/manifest.xml", XMLDECL + '<odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>', zipfile.ZIP_DEFLATED),
        ("Contents/content.hpf", content_hpf, zipfile.ZIP_DEFLATED),
    ]
    with zipfile.ZipFile(path, "w") as z:
        for name, data, comp in parts:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = comp
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))


def read_hwpx_text(path):
    """Re-read: unzip, parse every XML part, return hp:t texts in document order (section0 incl. header/footer/text boxes)."""
    import xml.etree.ElementTree as ET
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        assert names[0] == "mimetype", names
        assert z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        assert z.read("mimetype") == b"application/hwp+zip"
        for req in ("version.xml", "META-INF/container.xml", "META-INF/manifest.xml", "Contents/content.hpf",
                    "Contents/header.xml", "Contents/section0.xml"):
            assert req in names, (path, req)
        for n in names:
            if n.endswith(".xml") or n.endswith(".hpf"):
                ET.fromstring(z.read(n))
        root = ET.fromstring(z.read("Contents/section0.xml"))
    texts = []
    tq = "{%s}t" % NS["hp"]
    pq = "{%s}p" % NS["hp"]
    for p in root.iter(pq):
        # direct run/t children only (nested paragraphs are visited on their own)
        s = []
        for run in p:
            if run.tag != "{%s}run" % NS["hp"]:
                continue
            for t in run:
                if t.tag == tq and t.text:
                    s.append(t.text)
        texts.append("".join(s))
    return texts


# ---------------------------------------------------------------------------
# PDF writer (reportlab, Korean text layer with NanumGothic)
# ---------------------------------------------------------------------------
_FONTS_OK = False


def _fonts():
    global _FONTS_OK
    if not _FONTS_OK:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        pdfmetrics.registerFont(TTFont("NG", FONT_PATH))
        pdfmetrics.registerFont(TTFont("NGB", FONT_BOLD_PATH))
        _FONTS_OK = True


def _wrap(text, font, size, width):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    if not text:
        return [""]
    out, cur = [], ""
    for ch in text:
        if stringWidth(cur + ch, font, size) > width and cur:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return out


def write_pdf(doc, path, r, meta_title, noisy_text=None):
    _fonts()
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase.pdfmetrics import stringWidth
    W, H = 595.27, 841.89
    L, RM, T, B = 60, 60, 70, 60
    avail = W - L - RM
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1)
    c.setTitle(meta_title)
    c.setCreator("sens_a make_set.py")
    state = {"y": H - T, "page": 1}

    def decorate():
        if doc.header:
            c.setFillColorRGB(0.85, 0, 0) if any(STAMP_RE.search(x) for x in doc.header) else c.setFillColorRGB(0, 0, 0)
            yy = H - 30
            for t in doc.header:
                c.setFont("NGB", 11)
                c.drawCentredString(W / 2, yy, t)
                yy -= 13
            c.setFillColorRGB(0, 0, 0)
        if doc.footer:
            c.setFillColorRGB(0.85, 0, 0) if any(STAMP_RE.search(x) for x in doc.footer) else c.setFillColorRGB(0, 0, 0)
            yy = 22 + 13 * (len(doc.footer) - 1)
            for t in doc.footer:
                c.setFont("NGB", 10)
                c.drawCentredString(W / 2, yy, t)
                yy -= 13
            c.setFillColorRGB(0, 0, 0)

    def newpage():
        c.showPage()
        state["page"] += 1
        state["y"] = H - T
        decorate()

    def need(h):
        if state["y"] - h < B:
            newpage()

    decorate()
    blocks = doc.blocks
    if noisy_text is not None:
        blocks = [("p", ln, "L", False) for ln in noisy_text.split("\n")]
    for b in blocks:
        if b[0] == "p":
            stamp = is_stamp_para(b)
            font = "NGB" if b[3] else "NG"
            size = 13 if (b[3] and b[2] == "C") else 10
            lines = _wrap(b[1], font, size, avail)
            for ln in lines:
                need(size + 5)
                state["y"] -= size + 5
                if stamp:
                    c.setFillColorRGB(0.85, 0, 0)
                c.setFont(font, size)
                if b[2] == "C":
                    c.drawCentredString(W / 2, state["y"], ln)
                elif b[2] == "R":
                    c.drawRightString(W - RM, state["y"], ln)
                else:
                    c.drawString(L, state["y"], ln)
                c.setFillColorRGB(0, 0, 0)
        elif b[0] == "tbl":
            rows = b[1]
            ncol = max(len(x) for x in rows)
            size = 9 if ncol <= 5 else 8
            natural = [0.0] * ncol
            for rw in rows:
                for i, cell in enumerate(rw):
                    natural[i] = max(natural[i], max(stringWidth(x, "NG", size) for x in cell.split("\n")) + 8)
            tot = sum(natural) or 1
            colw = [max(28, n * avail / tot) if tot > avail else n for n in natural]
            scale = avail / sum(colw) if sum(colw) > avail else 1
            colw = [x * scale for x in colw]
            state["y"] -= 4
            for rw in rows:
                cells = []
                for i in range(ncol):
                    txt = rw[i] if i < len(rw) else ""
                    wlines = []
                    for part in txt.split("\n"):
                        wlines += _wrap(part, "NG", size, colw[i] - 6)
                    cells.append(wlines)
                rh = max(len(x) for x in cells) * (size + 3) + 6
                need(rh)
                y0 = state["y"]
                x = L
                for i in range(ncol):
                    c.rect(x, y0 - rh, colw[i], rh, stroke=1, fill=0)
                    yy = y0 - size - 3
                    stamp = any(STAMP_RE.search(t) for t in cells[i])
                    if stamp:
                        c.setFillColorRGB(0.85, 0, 0)
                    c.setFont("NG", size)
                    for t in cells[i]:
                        c.drawString(x + 3, yy, t)
                        yy -= size + 3
                    c.setFillColorRGB(0, 0, 0)
                    x += colw[i]
                state["y"] = y0 - rh
            state["y"] -= 6
        elif b[0] == "box":
            lines = b[1]
            bw = max(stringWidth(t, "NGB", 11) for t in lines) + 16
            bh = len(lines) * 15 + 8
            if b[2] == "TR" and state["page"] == 1 and state["y"] > H - T - 60:
                x0, y0 = W - RM - bw, H - 40
            else:
                need(bh + 6)
                x0, y0 = L, state["y"] - 4
                state["y"] -= bh + 10
            c.setStrokeColorRGB(0.85, 0, 0)
            c.setLineWidth(1.5)
            c.rect(x0, y0 - bh, bw, bh, stroke=1, fill=0)
            c.setLineWidth(1)
            c.setStrokeColorRGB(0, 0, 0)
            c.setFillColorRGB(0.85, 0, 0)
            c.setFont("NGB", 11)
            yy = y0 - 16
            for t in lines:
                c.drawCentredString(x0 + bw / 2, yy, t)
                yy -= 15
            c.setFillColorRGB(0, 0, 0)
    c.showPage()
    c.save()


def read_pdf_text(path):
    import subprocess
    out = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", path, "-"], capture_output=True, check=True).stdout.decode("utf-8")
    return out


# ---------------------------------------------------------------------------
# hand-written documents (handwritten/*.txt, mini markup)
# ---------------------------------------------------------------------------
def load_handwritten():
    out = []
    if not os.path.isdir(HW_DIR):
        return out
    for fn in sorted(os.listdir(HW_DIR)):
        if not fn.endswith(".txt"):
            continue
        raw = open(os.path.join(HW_DIR, fn), encoding="utf-8").read()
        m = re.match(r"---\n(.*?)\n---\n(.*)$", raw, re.S)
        assert m, fn
        lab = json.loads(m.group(1))
        r = random.Random("%s|hw|%s" % (SEED, fn))
        doc = Doc(r)
        doc.tsep = lab.get("sep", " | ").replace("TAB", "\t")
        lines = m.group(2).rstrip("\n").split("\n")
        i = 0
        while i < len(lines):
            ln = lines[i]
            if ln.startswith("@header "):
                doc.header = ln[8:].split("||")
            elif ln.startswith("@footer "):
                doc.footer = ln[8:].split("||")
            elif ln.startswith("@box "):
                doc.box(ln[5:].split("||"), pos="TR" if not doc.blocks else "BL")
            elif ln.startswith("@center "):
                doc.p(ln[8:], align="C", bold=True)
            elif ln.startswith("@right "):
                doc.p(ln[7:], align="R")
            elif ln.startswith("@title "):
                doc.p(ln[7:], align="C", bold=True)
                doc.title = ln[7:]
            elif ln == "@table":
                rows = []
                i += 1
                while lines[i] != "@end":
                    rows.append([c.strip() for c in lines[i].split("|")])
                    i += 1
                doc.tbl(rows, kind="hw")
            else:
                doc.p(ln)
            i += 1
        if not doc.title:
            doc.title = next((b[1] for b in doc.blocks if b[0] == "p" and b[1].strip()), fn)
        d = res(doc, lab["disclosure"], lab["marking"], lab["reasons"], lab["genre"], lab["cue"], lab.get("cue_text", ""), lab["note"],
                "HW/" + fn[:-4], mention_only=lab.get("mention_only", False), flags=lab.get("flags", []))
        d["render"] = lab.get("render", "text")
        d["ocr"] = lab.get("ocr", False)
        out.append(d)
    return out


# ---------------------------------------------------------------------------
# plan: (key, function, kwargs, count)
# ---------------------------------------------------------------------------
PLAN = [
    # ---- public
    ("A", t_gongmun_public, {}, 14),
    ("R", t_press, {}, 14),
    ("V_edu", t_security_edu, {}, 4), ("V_guide", t_disclosure_guide, {}, 4), ("V_pw", t_password_notice, {}, 3),
    ("V_declass", t_declass_notice, {}, 3), ("V_cover", t_secret_cover, {}, 3), ("V_secaudit", t_security_audit_summary, {}, 2),
    ("V_privacy", t_privacy_policy, {}, 2), ("V_pledge", t_pledge_form, {}, 1), ("V_markstd", t_marking_standard, {}, 2),
    ("V_criteria", t_nondisclosure_criteria, {}, 2), ("V_committee", t_committee_result, {}, 2), ("V_cleanup", t_daeoebi_cleanup, {}, 2),
    ("V_leak", t_leak_prevention, {}, 2),
    ("S_pub", t_personnel, {"kind": "public"}, 7),
    ("U_pub", t_disclosure_notice, {"with_person": False}, 5),
    ("W_pub", t_stats, {"mode": "public"}, 7),
    ("X_pub", t_budget, {"mode": "public"}, 6),
    ("T_pub", t_minutes, {"mode": "public"}, 4),
    ("M_pub", t_audit, {"mode": "public"}, 4),
    ("N_pub", t_contract, {"mode": "public"}, 3),
    ("E_harmless", t_internal_review, {"harmless": True, "voff": 5}, 2),
    ("Q_masked", t_minwon_reply, {"named": False}, 4),
    ("D_pub", t_report_field, {}, 4),            # variants chosen from public topics below
    # ---- partial
    ("B_field6", t_gongmun_roster, {"mode": "field6"}, 5), ("B_masked", t_gongmun_roster, {"mode": "masked"}, 3),
    ("B_rrn", t_gongmun_roster, {"mode": "rrn"}, 4), ("B_mislabeled", t_gongmun_roster, {"mode": "mislabeled"}, 4),
    ("B_stmt", t_gongmun_roster, {"mode": "stmt"}, 4), ("B_frn", t_gongmun_roster, {"mode": "frn"}, 2),
    ("B_passport", t_gongmun_roster, {"mode": "passport"}, 2), ("B_conflict16", t_gongmun_roster, {"mode": "conflict16"}, 2),
    ("Q_named", t_minwon_reply, {"named": True}, 14), ("Q_rrn", t_minwon_reply, {"named": True, "with_rrn": True}, 2),
    ("U_person", t_disclosure_notice, {"with_person": True}, 6),
    ("N_p7", t_contract, {"mode": "p7"}, 5), ("N_p6", t_contract, {"mode": "p6"}, 3),
    ("T_partial", t_minutes, {"mode": "partial"}, 5),
    ("M_partial", t_audit, {"mode": "partial"}, 4),
    ("S_dob", t_personnel, {"kind": "dob"}, 1), ("S_rrn", t_personnel, {"kind": "rrn"}, 2), ("S_sick", t_personnel, {"kind": "sick"}, 2),
    ("D_partial", t_report_field, {}, 8),
    ("C_p56", t_gongmun_field, {"mode": "p56"}, 3), ("C_p7", t_gongmun_field, {"mode": "p7"}, 2),
    ("W_partial", t_stats, {"mode": "partial"}, 3),
    ("X_partial", t_budget, {"mode": "partial"}, 2),
    ("Z_grant", t_grant_notice, {}, 4),
    # ---- non_public
    ("F_III", t_classified, {"grade": "III"}, 22), ("F_II", t_classified, {"grade": "II"}, 9), ("F_I", t_classified, {"grade": "I"}, 3),
    ("G", t_daeoebi, {}, 24),
    ("H", t_roster, {}, 7),
    ("I", t_discipline, {}, 5),
    ("J", t_sickleave, {}, 4),
    ("K", t_union, {}, 3),
    ("L", t_investigation, {}, 4),
    ("M_ongoing", t_audit, {"mode": "ongoing"}, 3),
    ("E_review", t_internal_review, {}, 5),
    ("C_np5", t_gongmun_field, {"mode": "np5"}, 3),
    ("O", t_realestate, {}, 3),
    ("P", t_defence_nomark, {}, 3),
    ("N_eval", t_contract, {"mode": "eval"}, 1), ("N_secret", t_contract, {"mode": "secret"}, 2),
    ("T_np", t_minutes, {"mode": "np"}, 2),
    ("X_np5", t_budget, {"mode": "np5"}, 1),
]
D_PUBLIC_VARIANTS = [2, 3, 8, 9]
D_PARTIAL_VARIANTS = [0, 1, 4, 5, 6, 7, 10, 11]


def generate_all():
    docs = []
    for key, fn, kw, n in PLAN:
        for k in range(n):
            v = k
            if key == "D_pub":
                v = D_PUBLIC_VARIANTS[k]
            elif key == "D_partial":
                v = D_PARTIAL_VARIANTS[k]
            r = random.Random("%s|%s|%d" % (SEED, key, k))
            kw2 = dict(kw)
            v += kw2.pop("voff", 0)
            d = fn(r, variant=v, **kw2)
            d["plan_key"] = key
            d["render"] = None
            d["ocr"] = getattr(d["doc"], "ocr", False)
            docs.append(d)
    docs += load_handwritten()
    return docs


PATTERNS = {
    "rrn": re.compile(r"(?<!\d)(\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\s?[-‐－]\s?([1-8])(\d{6})(?!\d)"),
    "passport": re.compile(r"(?<![A-Za-z0-9])[MSRGD](\d{8}|\d{3}[A-Z]\d{4})(?![A-Za-z0-9])"),
    "licence": re.compile(r"(?<!\d)\d{2}-\d{2}-\d{6}-\d{2}(?!\d)"),
}


def has_unmasked_id(text):
    t = unicodedata.normalize("NFKC", text)
    return any(p.search(t) for p in PATTERNS.values())


def assign_render(docs):
    rr = random.Random(SEED + "|render")
    files = 0
    for d in docs:
        if d["render"]:
            continue
        doc = d["doc"]
        has_struct = bool(doc.header or doc.footer or any(b[0] == "box" for b in doc.blocks))
        if d["ocr"]:
            ocr_seen = sum(1 for x in docs if x.get("render") in ("pdf_ocr", "text") and x["ocr"])
            d["render"] = "pdf_ocr" if ocr_seen % 3 == 1 else "text"
        elif has_struct:
            d["render"] = "hwpx" if rr.random() < 0.72 else "pdf"
        else:
            d["render"] = None
    rest = [d for d in docs if d["render"] is None]
    rr.shuffle(rest)
    already = sum(1 for d in docs if d["render"] in ("hwpx", "pdf", "pdf_ocr"))
    target = 122
    for d in rest:
        if already < target:
            d["render"] = "hwpx" if rr.random() < 0.7 else "pdf"
            already += 1
        else:
            d["render"] = "text"


def main():
    docs = generate_all()
    order = random.Random(SEED + "|order")
    order.shuffle(docs)
    assign_render(docs)
    os.makedirs(FILES_DIR, exist_ok=True)
    for fn in os.listdir(FILES_DIR):
        os.remove(os.path.join(FILES_DIR, fn))
    recs, metas = [], []
    for i, d in enumerate(docs):
        did = "sa-%04d" % (i + 1)
        d["id"] = did
        doc = d["doc"]
        text = render_text(doc)
        if d["ocr"]:
            text = ocr_noise(text, random.Random(SEED + "|ocr|" + did), 0.5)
        d["text"] = text
        rec = {"id": did}
        rr = random.Random(SEED + "|file|" + did)
        if d["render"] == "hwpx":
            rel = "files/%s.hwpx" % did
            write_hwpx(doc, os.path.join(HERE, rel), rr, doc.title or did)
            rec["file"] = rel
        elif d["render"] in ("pdf", "pdf_ocr"):
            rel = "files/%s.pdf" % did
            write_pdf(doc, os.path.join(HERE, rel), rr, doc.title or did, noisy_text=text if d["render"] == "pdf_ocr" else None)
            rec["file"] = rel
        else:
            rec["text"] = text
        rec.update({"disclosure": d["disclosure"], "marking": d["marking"], "reasons": d["reasons"], "genre": d["genre"]})
        recs.append(rec)
        meta = {"id": did, "template": d["template"], "plan_key": d.get("plan_key", "handwritten"),
                "format": {"hwpx": "hwpx", "pdf": "pdf", "pdf_ocr": "pdf (OCR-noisy text layer)", "text": "text"}[d["render"]],
                "cue": d["cue"], "cue_text": d["cue_text"], "reason": d["note"], "mention_only": bool(d.get("mention_only")),
                "ocr_noise": bool(d["ocr"]), "flags": d.get("flags", []), "lines": text.count("\n") + 1}
        metas.append(meta)
    with open(OUT_JSONL, "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(OUT_META, "w", encoding="utf-8") as f:
        for m in metas:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    validate(docs)
    print_stats(recs, metas)


# ---------------------------------------------------------------------------
# validation
# ---------------------------------------------------------------------------
def _squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def validate(docs):
    errors = []
    recs = [json.loads(l) for l in open(OUT_JSONL, encoding="utf-8")]
    metas = [json.loads(l) for l in open(OUT_META, encoding="utf-8")]
    assert [r["id"] for r in recs] == [m["id"] for m in metas]
    assert len(set(r["id"] for r in recs)) == len(recs)
    byid = {d["id"]: d for d in docs}
    for rec in recs:
        d = byid[rec["id"]]
        did = rec["id"]
        disc, mark, rs = rec["disclosure"], rec["marking"], rec["reasons"]
        if disc not in ("public", "partial", "non_public"):
            errors.append((did, "bad disclosure"))
        if mark not in ("none", "대외비", "III급", "II급", "I급"):
            errors.append((did, "bad marking"))
        if any(x not in R_ALL for x in rs):
            errors.append((did, "bad reason"))
        if (disc == "public") != (not rs):
            errors.append((did, "public<->no reasons violated"))
        secret = mark in ("III급", "II급", "I급")
        if secret != (O(1) in rs):
            errors.append((did, "OIDA-9-1-1 iff 비밀"))
        if O(1) in rs and not (set(rs) & {O(2), O(3)}):
            errors.append((did, "9-1-1 without content reason"))
        if mark != "none" and disc != "non_public":
            errors.append((did, "marked but not non_public"))
        if d.get("mention_only") and mark != "none":
            errors.append((did, "mention-only must be marking none"))
        # content text used for checks (file docs: re-read the file)
        if "file" in rec:
            p = os.path.join(HERE, rec["file"])
            if p.endswith(".hwpx"):
                got = "\n".join(read_hwpx_text(p))
            else:
                got = read_pdf_text(p)
            if d["render"] == "pdf_ocr":
                want = [ln for ln in d["text"].split("\n") if ln.strip()]
            else:
                want = [x for x in d["doc"].all_text_parts() if x.strip()]
            sg = _squash(got)
            missing = [w for w in want if _squash(w) not in sg]
            if missing:
                errors.append((did, "readback missing %d parts, e.g. %r" % (len(missing), missing[:2])))
            content = got
        else:
            content = rec["text"]
        if d["cue_text"] and _squash(d["cue_text"]) not in _squash(content):
            errors.append((did, "cue_text not in content: %r" % d["cue_text"]))
        unm = has_unmasked_id(content)
        if unm != ("PIPA-24" in rs):
            errors.append((did, "PIPA-24 vs unmasked id mismatch (found=%s)" % unm))
        if "홍길동" in content:
            errors.append((did, "placeholder name"))
        for mm in PATTERNS["rrn"].finditer(unicodedata.normalize("NFKC", content)):
            digits = re.sub(r"\D", "", mm.group(0))
            w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
            s = sum(int(a) * b for a, b in zip(digits[:12], w))
            if digits[6] in "1234" and (11 - s % 11) % 10 != int(digits[12]):
                errors.append((did, "rrn check digit"))
    # near-duplicate check: same template, same text after masking names and digits
    seen = {}
    names = sorted(NAMES_USED, key=len, reverse=True)
    name_re = re.compile("|".join(map(re.escape, names))) if names else None
    for d in docs:
        t = d["text"]
        if name_re:
            t = name_re.sub("N", t)
        t = re.sub(r"\d", "#", t)
        key = (d["template"].split("/")[0], t)
        if key in seen:
            errors.append((d["id"], "differs only in names/numbers from %s" % seen[key]))
        seen[key] = d["id"]
    nfiles = sum(1 for r in recs if "file" in r)
    if nfiles * 3 < len(recs):
        errors.append(("ALL", "fewer than 1/3 files"))
    if errors:
        for e in errors:
            print("VALIDATION ERROR", e, file=sys.stderr)
        raise SystemExit(1)
    print("validation OK: %d documents, %d files" % (len(recs), nfiles))


def print_stats(recs, metas):
    from collections import Counter
    def show(name, c):
        print("%s: %s" % (name, ", ".join("%s %d" % kv for kv in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))))
    show("disclosure", Counter(r["disclosure"] for r in recs))
    show("marking", Counter(r["marking"] for r in recs))
    show("reasons", Counter(x for r in recs for x in r["reasons"]))
    show("genre", Counter(r["genre"] for r in recs))
    show("format", Counter(m["format"] for m in metas))
    show("cue", Counter(m["cue"] for m in metas))
    print("mention_only: %d, ocr_noise: %d, flags: %s" % (sum(m["mention_only"] for m in metas), sum(m["ocr_noise"] for m in metas),
                                                        Counter(f for m in metas for f in m["flags"])))
    ls = [m["lines"] for m in metas]
    print("lines: min %d, median %d, max %d" % (min(ls), sorted(ls)[len(ls) // 2], max(ls)))
    print("disclosure x marking:", Counter((r["disclosure"], r["marking"]) for r in recs))


if __name__ == "__main__":
    main()
