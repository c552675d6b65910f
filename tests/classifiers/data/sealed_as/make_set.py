#!/usr/bin/env python3
"""sens_as: independent evaluation set for disclosure status / security marking of
Korean public-sector documents.  Deterministic generator (string seeds
random.Random("sens_as-2026|<template>|<i>")).  Every organisation, person, place and
number is invented.  Run with the venv python (needs reportlab, pypdf, Pillow).
"""
import hashlib, io, json, os, random, re, shutil, sys, zipfile
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
SCRATCH = os.path.join(HERE, "_scratch")
REF_DATE = (2026, 3, 1)          # reference "now"
REF_STR = "2026. 3. 1."
FONT_G = "/usr/share/fonts/truetype/nanum/NanumGothic.ttf"
FONT_GB = "/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf"
FONT_M = "/usr/share/fonts/truetype/nanum/NanumMyeongjo.ttf"
FONT_MB = "/usr/share/fonts/truetype/nanum/NanumMyeongjoBold.ttf"

HANJA = re.compile("[\u4e00-\u9fff]")

def R(tpl, i):
    return random.Random(f"sens_as-2026|{tpl}|{i}")

# ---------------------------------------------------------------- pools
SUR = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안",
       "송", "류", "전", "홍", "고", "문", "양", "손", "배", "백", "허", "유", "남", "심", "노", "하", "곽",
       "성", "차", "주", "우", "구", "민", "남궁", "황보", "선우", "제갈", "독고"]
GIV = ["가", "건", "경", "규", "나", "다", "담", "도", "동", "라", "래", "린", "명", "미", "민", "보", "빈",
       "서", "석", "선", "세", "소", "솔", "수", "승", "아", "연", "영", "온", "우", "원", "윤", "율", "은",
       "의", "재", "정", "주", "준", "지", "진", "찬", "채", "철", "태", "하", "한", "해", "현", "혜", "호",
       "화", "환", "훈", "휘", "희"]
def name(r):
    return r.choice(SUR) + r.choice(GIV) + r.choice(GIV)

CITIES = ["가온시", "누리시", "한빛시", "솔뫼시", "다온시", "청람시", "새울시", "미르시", "은파시", "도담시"]
COUNTIES = ["별내군", "온새군", "푸른들군", "가람군", "하늬군", "소래군"]
PROVS = ["새빛도", "한가람도", "동녘도", "서라도"]
MINIS = ["공공행정혁신부", "국토안전관리부", "해양자원관리부", "산업미래부", "국가기반보호처",
         "재난대응본부", "교육인재부", "보건복지안전부", "디지털정부처", "환경순환부"]
AGENCY = ["한빛개발공사", "누리물관리공단", "가온교통공사", "국립청람연구원", "새울도시공사",
          "미르정보진흥원", "솔뫼시설관리공단"]
DEPTS = ["총무과", "기획예산과", "안전총괄과", "도시계획과", "감사담당관", "비상안전담당관", "민원봉사과",
         "정보통신과", "인사팀", "재무회계과", "시설관리과", "교통정책과", "환경정책과", "복지정책과",
         "보안담당관", "운영지원과", "홍보담당관", "세무과", "건축과", "문화체육과"]
ROADS = ["솔빛로", "가람길", "은행나무로", "새말로", "하늘마루길", "청수로", "달빛길", "느티로", "모래내로",
         "별무리길", "한내로", "구름다리길", "물푸레로", "잣나무길"]
DONGS = ["가온동", "새뜰동", "한들동", "누리동", "솔밭동", "청운리", "담터리", "은하동", "월평동"]
COMPANIES = ["(주)다온엔지니어링", "(주)한새건설", "누리테크(주)", "(주)솔빛정보", "(유)가람환경",
             "(주)미르시스템", "청람산업(주)", "(주)온새설비", "(주)하늬디자인", "도담이앤씨(주)",
             "(주)별무리통신", "새울전기(주)"]
BANKS = ["한빛은행", "가온은행", "누리신협", "새빛농협", "청람저축은행"]
OFFTITLE = ["주무관", "행정주사", "사무관", "팀장", "과장", "서기관", "연구관"]

def org(r):
    k = r.randrange(4)
    if k == 0: return r.choice(CITIES)
    if k == 1: return r.choice(COUNTIES)
    if k == 2: return r.choice(MINIS)
    return r.choice(AGENCY)

def head_of(o):
    if o.endswith("시"): return o + "장"
    if o.endswith("군"): return o + "수"
    if o.endswith("도"): return o + "지사"
    if o.endswith("부"): return o + "장관"
    if o.endswith("처") or o.endswith("본부"): return o + "장"
    return o + " 사장" if o.endswith("공사") or o.endswith("공단") else o + "장"

def addr(r, unit=True):
    a = f"{r.choice(PROVS)} {r.choice(CITIES)} {r.choice(ROADS)} {r.randint(3, 480)}"
    if unit and r.random() < 0.6:
        a += f", {r.randint(101, 115)}동 {r.randint(1, 25)}{r.randint(1, 4):02d}호"
    return a

def inst_addr(r, o):
    return f"{r.choice(PROVS)} {o if o.endswith('시') else r.choice(CITIES)} {r.choice(ROADS)} {r.randint(1, 300)}"

def tel(r, area=None):
    area = area or r.choice(["031", "033", "041", "043", "051", "053", "061", "063", "064", "044"])
    return f"{area}-{r.randint(200, 999)}-{r.randint(1000, 9999)}"

def mobile(r):
    return f"010-{r.randint(2000, 9999)}-{r.randint(1000, 9999)}"

def dstr(y, m, d, style=0):
    if style == 0: return f"{y}. {m}. {d}."
    if style == 1: return f"{y}.{m:02d}.{d:02d}."
    if style == 2: return f"{y}년 {m}월 {d}일"
    return f"{y}-{m:02d}-{d:02d}"

def rdate(r, y0, y1):
    y = r.randint(y0, y1)
    return y, r.randint(1, 2 if y >= 2026 else 12), r.randint(1, 28)   # never after the reference date

def rrn(r, masked=False, foreign=False):
    while True:
        y = r.randint(1950, 2003); m = r.randint(1, 12); d = r.randint(1, 28)
        if foreign:
            g = (5 if r.random() < .5 else 6) if y < 2000 else (7 if r.random() < .5 else 8)
        else:
            g = (1 if r.random() < .5 else 2) if y < 2000 else (3 if r.random() < .5 else 4)
        digs = [int(c) for c in f"{y % 100:02d}{m:02d}{d:02d}{g}"] + [r.randint(0, 9) for _ in range(5)]
        s = sum(a * b for a, b in zip(digs, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]))
        chk = (13 - s % 11) % 10 if foreign else (11 - s % 11) % 10
        full = "".join(map(str, digs)) + str(chk)
        if masked:
            mk = r.choice(["*", "●", "X"])
            return full[:6] + "-" + full[6] + mk * 6
        return full[:6] + "-" + full[6:]

def passport(r):
    if r.random() < .5:
        return r.choice("MS") + f"{r.randint(10000000, 99999999)}"
    return "M" + f"{r.randint(100, 999)}" + r.choice("ABCDEFGH") + f"{r.randint(1000, 9999)}"

def dlicense(r):
    return f"{r.randint(11, 28)}-{r.randint(90, 99) if r.random()<.5 else r.randint(10,23):02d}-{r.randint(100000, 999999)}-{r.randint(10, 99)}"

def account(r):
    return f"{r.randint(100, 999)}-{r.randint(10, 99)}-{r.randint(100000, 999999)}"

def money(r, lo, hi):
    return f"{r.randint(lo, hi) * 1000:,}원"

def docno(r, dept):
    return f"{dept}-{r.randint(120, 9890)}"

# ---------------------------------------------------------------- document model
class Doc:
    def __init__(self, tpl, i, genre):
        self.tpl, self.i, self.genre = tpl, i, genre
        self.header, self.body, self.footer = [], [], []
        self.cues, self.flags = [], []
        self.style = "new"           # new / old (old typed)
        self.slug = tpl
        self.scan_stamps = []        # header strings to draw as stamps in scans
    def p(self, *ts):
        for t in ts: self.body.append(("p", t))
    def tbl(self, rows):
        self.body.append(("t", rows))
    def pb(self):
        self.body.append(("pb", None))
    def lines(self):
        out = list(self.header)
        for k, v in self.body:
            if k == "p": out.append(v)
            elif k == "t": out.extend(" | ".join(row) for row in v)
        out.extend(self.footer)
        return out
    def text(self):
        return "\n".join(self.lines())

def label(d, disclosure, marking, reasons, variant, cue_kind, cue_loc, cues, note, flags=()):
    order = ["OIDA-9-1-1", "OIDA-9-1-2", "OIDA-9-1-3", "OIDA-9-1-4", "OIDA-9-1-5", "OIDA-9-1-6",
             "OIDA-9-1-7", "OIDA-9-1-8", "PIPA-23", "PIPA-24"]
    d.disclosure, d.marking = disclosure, marking
    d.reasons = sorted(set(reasons), key=order.index)
    d.variant, d.cue_kind, d.cue_loc, d.note = variant, cue_kind, cue_loc, note
    d.cues = list(cues); d.flags = list(flags)
    return d

def stated(disc, reasons, r):
    """공개구분 line consistent with the label."""
    nums = sorted({int(x.split("-")[-1]) for x in reasons if x.startswith("OIDA")})
    sep = r.choice([":", " :", ""])
    key = r.choice(["공개구분", "공개 구분", "공개여부"])
    if disc == "public":
        return f"{key}{sep} 공개"
    ns = ",".join(map(str, nums)) if nums else "6"
    if disc == "partial":
        return f"{key}{sep} 부분공개({ns})"
    return f"{key}{sep} 비공개({ns})"

def gongmun_head(d, r, o, title, recv=None, old=False):
    if old:
        d.p(f"{o}", f"{r.choice(DEPTS)[:-1]} {r.randint(1000, 1800)}-{r.randint(10, 999)}",
            f"수 신  {recv or '수신처 참조'}", f"제 목  {title}")
    else:
        d.p(o, f"수신  {recv or '수신자 참조'}", r.choice(["(경유)", "(경유)  ", "(경유) 없음"]), f"제목  {title}")

def gongmun_tail(d, r, o, dept, y, m, dd, stated_line, form=None, seal=True):
    form = form or r.choice(["기안문", "시행문"])
    d.p(f"{head_of(o)}" + ("  [직인생략]" if r.random() < .3 else ""))
    t1, t2, t3 = name(r), name(r), name(r)
    if form == "기안문":
        d.p(f"기안자 {r.choice(OFFTITLE[:3])} {t1}   검토자 {r.choice(['팀장', '과장'])} {t2}   "
            f"결재권자 {r.choice(['국장', '과장', '실장'])} 전결 {m}/{dd} {t3}")
        d.p(f"협조자 {r.choice(DEPTS)} {r.choice(OFFTITLE[:3])} {name(r)}")
    else:
        d.p(f"{r.choice(OFFTITLE[:3])} {t1}   {r.choice(['팀장', '과장'])} {t2}   "
            f"{r.choice(['국장', '과장'])} {t3}")
    d.p(f"시행  {dept}-{r.randint(100, 9999)} ({dstr(y, m, dd, 0)})   접수  ")
    d.p(f"우 {r.randint(10000, 63999)}  {inst_addr(r, o)}  / {r.choice(['www', 'eminwon'])}.gov-example.kr")
    d.p(f"전화 {tel(r)}  전송 {tel(r)}  / {r.choice(['agency', 'office', 'dept'])}{r.randint(1, 99)}@example.go.kr  / {stated_line}")
    return form

# ---------------------------------------------------------------- stamps
DAEOEBI = ["대외비", "대 외 비", "[대외비]", "《대외비》", "〈대외비〉", "보안등급: 대외비", "대외비 문서",
           "【 대 외 비 】", "대외비(對外秘)"]
III = ["Ⅲ급비밀", "III급 비밀", "3급 비밀", "비밀(Ⅲ급)", "Ⅲ 급 비 밀", "3급비밀", "Ⅲ급 비밀", "비 밀 (3급)"]
II = ["Ⅱ급비밀", "비밀(Ⅱ급)", "II급 비밀", "2급 비밀", "Ⅱ 급 비 밀", "2급비밀"]
I_ = ["Ⅰ급비밀", "I급 비밀", "1급 비밀", "비밀(Ⅰ급)"]
GRADE_SYM = {"III급": ("Ⅲ급비밀", "III급 비밀", "3급 비밀"), "II급": ("Ⅱ급비밀",), "I급": ("Ⅰ급비밀",)}

def future(r):
    y = r.randint(2026, 2031)
    m = r.randint(4 if y == 2026 else 1, 12)
    return y, m, {2: 28}.get(m, 30 if m in (4, 6, 9, 11) else 31)

def past(r, y0=2019, y1=2025):
    y = r.randint(y0, y1); m = r.randint(1, 12)
    return y, m, {2: 28}.get(m, 30 if m in (4, 6, 9, 11) else 31)

# ================================================================= TEMPLATES
T = {}
def tpl(name_, n):
    def deco(f):
        T[name_] = (n, f); return f
    return deco

# ---------------- PUBLIC ----------------
@tpl("press", 14)
def t_press(i):
    r = R("press", i); d = Doc("press", i, "보도자료")
    o = org(r); dept = r.choice(DEPTS); y, m, dd = rdate(r, 2021, 2026)
    topics = [
        ("제1급감염병 대응 모의훈련 실시", "제1급감염병 유입 상황을 가정한 합동 모의훈련을 {m}월 중 실시한다", "제1급감염병"),
        ("노후 상수관 교체 사업 조기 착공", "노후 상수관 {n}km 구간의 교체 공사를 예정보다 두 달 앞당겨 착공한다", None),
        ("청년 창업공간 2호점 개소", "청년 창업공간 2호점이 {dong}에서 문을 열고 입주기업 {n}곳을 모집한다", None),
        ("공공와이파이 비밀번호 없는 접속 확대", "공공와이파이를 비밀번호 입력 없이 접속할 수 있는 구역을 {n}곳으로 늘린다", "비밀번호"),
        ("3급 공무원 공개모집 결과 발표", "개방형 직위인 3급 상당 국장직 공개모집에서 최종 임용 예정자를 확정하였다", "3급"),
        ("여름철 물놀이 안전수칙 홍보", "하천 물놀이 사고 예방을 위해 안전요원 {n}명을 배치한다", None),
        ("주민참여예산 사업 선정", "주민참여예산으로 제안된 사업 가운데 {n}건을 최종 선정하였다", None),
        ("국가안보 관련 전시회 개최", "국가안보 의식 제고를 위한 사진 전시회를 {dong} 문화센터에서 연다", "국가안보"),
    ]
    tt, sent, mention = topics[i % len(topics)]
    sent = sent.format(m=m, n=r.randint(3, 60), dong=r.choice(DONGS))
    lay = r.randrange(3)
    if lay == 0:
        d.header.append(f"{o} 보도자료")
        d.p(f"보도시점: {dstr(y, m, dd, 0)} (조간) / 배포: {dstr(y, m, max(1, dd-1), 0)}")
    elif lay == 1:
        d.header.append("보 도 자 료")
        d.p(f"{o}  |  즉시 보도 가능  |  배포일 {dstr(y, m, dd, 1)}")
    else:
        d.p(f"[보도자료] {o}", f"엠바고: {dstr(y, m, dd, 2)} 12:00 이후")
    d.p(f"{tt}", f"- {o}, {sent}")
    d.p(f"□ {o}({head_of(o)})는 {sent}고 밝혔다.",
        f"□ 이번 조치는 지난해 {r.choice(['시민 설문', '현장 점검', '전문가 자문', '주민 건의'])} 결과를 반영한 것으로, "
        f"총사업비 {money(r, 50000, 900000)}이 투입된다.",
        f"□ {r.choice(['담당 국장은', '관계자는'])} \"{r.choice(['안전을 최우선으로 추진하겠다', '주민 불편이 없도록 하겠다', '결과를 정기적으로 공개하겠다'])}\"고 말했다.")
    if r.random() < .5:
        d.tbl([["구분", "2024년", "2025년", "증감"],
               ["대상(건)", str(r.randint(10, 300)), str(r.randint(10, 300)), f"{r.randint(-20, 40)}%"]])
    ch, dm = name(r), name(r)
    d.footer.append(f"담당 부서: {o} {dept}  책임자 과장 {ch} ({tel(r)})  담당자 {r.choice(OFFTITLE[:3])} {dm} ({tel(r)})")
    cues = [mention] if mention else []
    return label(d, "public", "none", [], "mention" if mention else "plain",
                 "mention" if mention else "none", "body" if mention else "-", cues,
                 "보도자료; only officials acting in office are named (제9조 제1항 제6호 라목)."
                 + (f" '{mention}' is a mention, not a classification." if mention else ""))

@tpl("stats", 10)
def t_stats(i):
    r = R("stats", i); d = Doc("stats", i, "통계 공표")
    o = org(r); y = r.randint(2019, 2025)
    subj = ["민원 처리 현황", "정보공개 청구 처리 현황", "보안 교육 이수 현황", "공공시설 이용 현황",
            "재난 안전사고 발생 현황", "비밀취급인가자 교육 실적", "불법 주정차 단속 실적", "폐기물 배출 통계",
            "인사 운영 통계(직급별 정원)", "정보공개 비공개 사유별 통계"][i % 10]
    d.p(f"{y}년 {subj}", f"작성기관: {o} {r.choice(DEPTS)}  |  공표일: {dstr(y + 1, r.randint(1, 4), r.randint(1, 28), r.randrange(3))}")
    cue = None
    if "비공개 사유" in subj:
        rows = [["구분", "건수", "비율"]] + [[f"비공개(제9조 제1항 제{k}호)", str(r.randint(1, 400)), f"{r.randint(1, 40)}%"] for k in (1, 4, 5, 6)]
        cue = "비공개(제9조 제1항 제5호)"
    elif "직급" in subj:
        rows = [["직급", "정원", "현원"]] + [[g, str(r.randint(1, 30)), str(r.randint(1, 30))] for g in ("1급(관리관)", "2급(이사관)", "3급(부이사관)", "4급(서기관)")]
        cue = "3급(부이사관)"
    elif "비밀취급" in subj:
        rows = [["구분", "교육 인원", "이수율"], ["Ⅱ급비밀 취급인가자", str(r.randint(5, 40)), f"{r.randint(80, 100)}%"],
                ["Ⅲ급비밀 취급인가자", str(r.randint(40, 300)), f"{r.randint(80, 100)}%"]]
        cue = "Ⅲ급비밀 취급인가자"
    else:
        rows = [["구분", "1분기", "2분기", "3분기", "4분기", "계"]]
        for lab in r.sample(["본청", "사업소", "읍·면·동", "출장소", "온라인", "전화"], 4):
            q = [r.randint(10, 900) for _ in range(4)]
            rows.append([lab] + [f"{x:,}" for x in q] + [f"{sum(q):,}"])
    d.tbl(rows)
    d.p(f"※ 본 통계는 {r.choice(['행정자료', '전수조사', '시스템 집계'])}를 기준으로 하며, 개인을 식별할 수 있는 정보는 포함하지 않음.")
    d.footer.append(f"문의: {r.choice(DEPTS)} {tel(r)}  · 통계 공개: 공개")
    return label(d, "public", "none", [], "table" + ("+mention" if cue else ""), "mention" if cue else "none",
                 "table" if cue else "-", [cue] if cue else [], "Aggregate statistics; no identifiable persons."
                 + (" Grade/ground strings in the table are mentions." if cue else ""))

@tpl("gongmun_pub", 12)
def t_gongmun_pub(i):
    r = R("gongmun_pub", i); d = Doc("gongmun_pub", i, "공문")
    o = org(r); dept = r.choice(DEPTS); y, m, dd = rdate(r, 2020, 2026)
    subs = [("{y}년 상반기 청사 소방훈련 실시 알림", "청사 소방훈련을 아래와 같이 실시하오니 소속 직원이 참여할 수 있도록 협조하여 주시기 바랍니다."),
            ("공공데이터 개방 목록 제출 요청", "공공데이터 개방 확대를 위하여 기관별 개방 가능 목록을 붙임 서식에 따라 제출하여 주시기 바랍니다."),
            ("지역 축제 교통 통제 협조 요청", "지역 축제 기간 중 주요 도로의 교통 통제를 위하여 관계 기관의 협조를 요청합니다."),
            ("청렴 교육 일정 안내", "반부패·청렴 교육을 아래와 같이 실시하니 부서별 대상자가 빠짐없이 수강하도록 하여 주십시오."),
            ("행정서식 개정사항 알림", "「행정업무 서식 운영 지침」 개정에 따라 변경된 서식을 알려드리니 업무에 참고하시기 바랍니다."),
            ("정보공개 담당자 워크숍 개최", "정보공개 담당자 역량 강화를 위한 워크숍을 개최하오니 담당자를 지정하여 통보하여 주시기 바랍니다.")]
    title, first = subs[i % len(subs)]
    title = title.format(y=y)
    gongmun_head(d, r, o, title, recv=r.choice(["수신자 참조", "각 실·국장", f"{r.choice(CITIES)}장({r.choice(DEPTS)}장)"]))
    d.p(f"1. {r.choice(['관련', '근거'])}: {o} {dept}-{r.randint(100, 9000)}({dstr(y, m, 1, 0)})", f"2. {first}")
    d.p(f"  가. 일시: {dstr(y, m, dd, 0)} {r.randint(9, 16)}:00", f"  나. 장소: {o} {r.choice(['대회의실', '별관 2층 교육장', '시민홀'])}",
        f"  다. 대상: {r.choice(['전 직원', '부서별 서무 담당자', '정보공개 담당자'])}")
    if r.random() < .5:
        d.p(f"붙임  {r.choice(['세부 계획', '제출 서식', '교육 일정표'])} 1부.  끝.")
    else:
        d.p("  끝.")
    disc = "공개구분: 공개" if i % 3 else r.choice(["공개구분 : 공개", "공개"])
    gongmun_tail(d, r, o, dept, y, m, dd, disc)
    return label(d, "public", "none", [], "gongmun", "disclosure_field", "footer", [disc] if disc != "공개" else [],
                 "Routine 공문; stated 공개 agrees with content (officials in office only).")

@tpl("mention_guide", 5)
def t_mention_guide(i):
    r = R("mention_guide", i); d = Doc("mention_guide", i, "보안 지침")
    o = org(r)
    st1, st2 = r.choice(DAEOEBI[:4]), r.choice(III[:4])
    d.p(f"{o} 비밀·대외비 문서 취급 요령 ({r.choice(['개정', '안내', '교육자료'])})")
    d.p(f"1. 대외비 문서는 문서 상단과 하단 중앙에 「{st1}」로 표시하고, 보호기간을 함께 적는다.",
        f"2. 비밀은 등급에 따라 「{st2}」 등으로 표시하며, 예고문에는 재분류 시기를 적는다(예: '{r.randint(2027, 2030)}. 12. 31.까지 Ⅲ급비밀, 이후 일반문서로 재분류').",
        "3. 표시 예시는 교육 목적으로 인용한 것이며, 이 안내문 자체는 일반문서이다.",
        f"4. 문의: {o} 보안담당관실 {tel(r)}")
    if i % 2:
        d.tbl([["구분", "표시 방법", "보관"], ["대외비", st1, "잠금장치가 있는 용기"], ["Ⅲ급비밀", st2, "비밀 보관용기"]])
        loc = "table"
    else:
        loc = "body"
    d.footer.append("공개구분: 공개")
    return label(d, "public", "none", [], "guide", "mention", loc, [st1, st2],
                 "Handling guide that quotes stamp forms; it is itself an unclassified document.")

@tpl("mention_foiguide", 4)
def t_mention_foiguide(i):
    r = R("mention_foiguide", i); d = Doc("mention_foiguide", i, "정보공개 안내")
    o = org(r)
    d.p(f"정보공개 청구 처리 안내서 ({o})")
    q1, q2 = "부분공개(6)", r.choice(["비공개(제9조 제1항 제5호)", "비공개(제9조 제1항 제4호)", "비공개(제9조 제1항 제2호)"])
    d.p(f"○ 청구 정보에 개인 식별 정보가 포함된 경우 해당 부분을 가리고 '{q1}'으로 결정할 수 있다.",
        f"○ 의사결정 과정 중인 정보는 '{q2}'로 결정하되, 사유를 구체적으로 적어야 한다.",
        "○ 「공공기관의 정보공개에 관한 법률」 제13조에 따라 결정 내용을 청구인에게 지체 없이 통지한다.",
        f"○ 공개 여부 결정 기간: 청구일부터 10일 이내(10일 범위에서 연장 가능)")
    d.p(f"문의 {o} 정보공개 담당 {tel(r)}")
    return label(d, "public", "none", [], "foi_guide", "mention", "body", [q1, q2],
                 "Guide quoting 공개구분 notation; no personal or classified content.")

@tpl("mention_password", 4)
def t_mention_password(i):
    r = R("mention_password", i); d = Doc("mention_password", i, "공지")
    o = org(r); y, m, dd = rdate(r, 2023, 2026)
    d.header.append(r.choice(["[공지]", "알림", "업무 연락"]))
    cue = r.choice(["비밀번호", "비밀 번호", "비밀번호(패스워드)"])
    d.p(f"행정포털 {cue} 정기 변경 안내",
        f"{dstr(y, m, dd, 0)}부터 모든 직원은 행정포털 {cue}를 90일마다 변경하여야 합니다.",
        f"영문·숫자·특수문자를 조합하여 {r.choice([9, 10, 12])}자리 이상으로 설정하고, 이전 {cue}와 같은 값은 쓸 수 없습니다.",
        f"문의: {o} {r.choice(['정보통신과', '정보화담당관'])} 내선 {r.randint(2000, 7999)}")
    if i % 2:
        d.p("※ '비밀'이라는 단어가 들어 있어도 이 공지는 보안 표시 대상이 아닙니다.")
    return label(d, "public", "none", [], "password", "mention", "body", [cue], "비밀번호 notice; no classification.")

@tpl("mention_personnel", 5)
def t_mention_personnel(i):
    r = R("mention_personnel", i); d = Doc("mention_personnel", i, "인사 발령")
    o = org(r); y, m, dd = rdate(r, 2022, 2026)
    d.p(f"{o} 인사 발령", f"{dstr(y, m, dd, 0)} 자")
    rows = [["발령 사항", "소속", "직급", "성명"]]
    grades = ["3급(부이사관)", "1급(관리관)", "2급(이사관)", "4급(서기관)", "3급"]
    cues = []
    for k in range(r.randint(3, 5)):
        g = grades[(i + k) % len(grades)]
        rows.append([r.choice(["승진 임용", "전보", "직무대리", "파견"]), f"{o} {r.choice(DEPTS)}", g, name(r)])
        if g in ("3급(부이사관)", "1급(관리관)", "2급(이사관)") and g not in cues: cues.append(g)
    d.tbl(rows)
    d.footer.append(head_of(o))
    return label(d, "public", "none", [], "grades", "mention", "table", cues,
                 "Civil-service grades (3급(부이사관) etc.), not security grades; officials' names/positions disclosable.")

@tpl("mention_declass", 4)
def t_mention_declass(i):
    r = R("mention_declass", i); d = Doc("mention_declass", i, "비밀 해제 통지")
    o = org(r); y, m, dd = rdate(r, 2024, 2026)
    gongmun_head(d, r, o, r.choice(["비밀 재분류(해제) 결과 통보", "보호기간 만료 문서 일반문서 재분류 알림"]))
    g = r.choice(["Ⅱ급비밀", "Ⅲ급비밀", "3급 비밀"])
    d.p(f"1. 「보안업무규정」에 따라 아래 문서의 재분류를 심의한 결과를 알려 드립니다.")
    d.tbl([["문서번호", "기존 등급", "조치"], [f"{r.choice(DEPTS)}-{r.randint(10, 999)}", g, "일반문서로 재분류"],
           [f"{r.choice(DEPTS)}-{r.randint(10, 999)}", "대외비", "보호기간 만료로 해제"]])
    d.p("2. 해당 문서의 비밀 표시는 삭제하고 일반문서로 관리하시기 바랍니다.  끝.")
    gongmun_tail(d, r, o, r.choice(DEPTS), y, m, dd, "공개구분: 공개")
    return label(d, "public", "none", [], "declass", "mention", "table", [g, "일반문서로 재분류"],
                 "Declassification notice: grades appear as former status of other documents.")

@tpl("mention_cover", 4)
def t_mention_cover(i):
    r = R("mention_cover", i); d = Doc("mention_cover", i, "공문(송부)")
    o = org(r); y, m, dd = rdate(r, 2023, 2026)
    g = r.choice(["3급 비밀", "Ⅲ급비밀", "Ⅱ급비밀", "대외비"])
    gongmun_head(d, r, o, f"{r.choice(['비상대비 업무', '을지연습 결과', '통합방위 협의'])} 자료 송부")
    d.p(f"1. 귀 기관의 요청에 따라 관련 자료를 송부합니다.",
        f"2. 붙임 자료는 {g}로 분류되어 있으므로 보안 규정에 따라 별도 전달(인편)하며, 이 공문에는 첨부하지 않습니다.",
        "붙임  자료 목록 1부(별도 송부).  끝.")
    gongmun_tail(d, r, o, r.choice(DEPTS), y, m, dd, "공개구분: 공개")
    return label(d, "public", "none", [], "cover_separate", "mention", "body", [g],
                 "Cover letter says the attachment is classified and sent separately; the letter itself carries no mark.")

@tpl("audit_pub", 5)
def t_audit_pub(i):
    r = R("audit_pub", i); d = Doc("audit_pub", i, "감사 결과")
    o = org(r); y = r.randint(2020, 2025)
    d.p(f"{y}년도 {o} 보안감사 결과 공개문", f"감사기간: {dstr(y, r.randint(3, 6), r.randint(1, 20), 0)} ~ (5일간)")
    cue = r.choice(["대외비 문서", "Ⅲ급비밀 관리대장", "비밀 보관용기"])
    d.tbl([["번호", "지적 사항", "처분"],
           ["1", f"{cue} 관리 소홀(보관 장소 미지정)", "주의"],
           ["2", "보조기억매체 반출입 기록 누락", "시정"],
           ["3", "비밀번호 정기 변경 미이행 계정 존재", "권고"]])
    d.p(f"※ 관련자 인적사항은 공개하지 않으며, 처분 결과는 {o} 홈페이지에 게시함.")
    return label(d, "public", "none", [], "audit_summary", "mention", "table", [cue],
                 "Public audit summary; mentions handling of classified material without carrying a mark; no persons.")

@tpl("bid_notice", 7)
def t_bid(i):
    r = R("bid_notice", i); d = Doc("bid_notice", i, "입찰·계약")
    o = org(r); y, m, dd = rdate(r, 2021, 2026)
    kind = r.choice(["입찰 공고", "낙찰자 결정 공고", "수의계약 결과 공개"])
    d.p(f"{o} 공고 제{y}-{r.randint(10, 400)}호", f"{r.choice(['청사 방호 CCTV 교체', '도로 유지보수', '정보시스템 유지관리', '공원 조경 정비'])} {kind}")
    if kind == "입찰 공고":
        d.p(f"1. 입찰 방법: 제한경쟁입찰(적격심사)", f"2. 추정가격: {money(r, 100000, 3000000)}(부가세 별도)",
            f"3. 입찰서 제출: {dstr(y, m, dd, 0)} 10:00 ~ {dstr(y, m, min(28, dd + 5), 0)} 17:00 (전자입찰)")
    else:
        d.tbl([["업체명", "투찰금액", "순위"]] + [[c, money(r, 90000, 900000), str(k + 1)] for k, c in enumerate(r.sample(COMPANIES, 3))])
    d.p(f"문의: {o} 재무회계과 계약담당 {tel(r)}")
    return label(d, "public", "none", [], kind, "none", "-", [],
                 "Procurement notice/result: company names and bid totals are published by rule; no trade secrets.")

@tpl("old_pub", 5)
def t_old_pub(i):
    r = R("old_pub", i); d = Doc("old_pub", i, "공문(구 양식)")
    d.style = "old"; o = r.choice(CITIES + COUNTIES); y = r.randint(1982, 1996)
    d.header.append(r.choice([f"{o}", f"{o} 총무과"]))
    gongmun_head(d, r, o, r.choice(["하천 정화 운동 협조", "국민 체력 측정 실시", "민방위 교육 일정 통보", "도로명 정비 조사"]), old=True)
    d.p(f"1. 관련: 내무 {r.randint(1000, 1999)}-{r.randint(100, 9999)} ({y}. {r.randint(1, 12)}. {r.randint(1, 28)}.)",
        f"2. 위 관련으로 {r.choice(['관내 각 읍·면', '각 동사무소'])}에서는 {r.choice(['주민', '직원', '단체'])}이 참여하도록 적극 협조하시기 바랍니다.",
        "3. 실적은 익월 5일까지 보고하시기 바랍니다.  끝.")
    d.footer.append(f"{head_of(o)}")
    d.footer.append(r.choice(["(전결)", "(직인)", ""]))
    return label(d, "public", "none", [], "typed_old", "none", "-", [], "Older typed circular with no marking or personal data.")

# ---------------- EXPIRED / RECLASSIFIED STAMPS ----------------
@tpl("expired", 12)
def t_expired(i):
    r = R("expired", i); d = Doc("expired", i, "보호기간 경과 문서")
    o = org(r); kind = i % 6
    if kind in (0, 1):      # 대외비 expired -> none
        py, pm, pd = past(r, 2019, 2025)
        st = r.choice([f"{py}. {pm}. {pd}.까지 대외비", f"대외비(보호기간: {py}. {pm}. {pd}.까지)"])
        d.header.append(st); d.footer.append(st)
        ev = r.choice(["시민 체육대회", "신청사 개청식", "지역 문화축제", "국제 학술대회"])
        d.p(f"{py - 1}년 {ev} 안전관리 계획(행사 종료)", f"1. 행사 개요: {py - 1}. {r.randint(4, 10)}. 중 {o} 일원, 관람객 약 {r.randint(2, 40)}천 명",
            "2. 안전요원 배치 및 교통 통제 계획은 행사 종료로 효력이 소멸하였다.", "3. 결과 요약: 특이사항 없음.")
        return label(d, "public", "none", [], "daeoebi_expired", "stamp_expired", "header+footer", [st],
                     f"보호기간 ended before the reference date {REF_STR}; after expiry the document carries no mark, and the content (finished event) is disclosable.",
                     ["expired"])
    if kind == 2:           # III급 expired -> 일반문서, partial (names a private contractor's staff)
        py, pm, pd = past(r, 2018, 2025)
        st = r.choice(III[:4]); ye = f"예고문: {py}. {pm}. {pd}.까지 {st}, 이후 일반문서로 재분류"
        d.header.append(st); d.p(f"{py - 2}년 비상급수시설 점검 결과", ye)
        d.tbl([["시설", "점검자(용역업체)", "연락처", "결과"]] + [[f"비상급수시설 {k}", name(r), mobile(r), "양호"] for k in range(1, 4)])
        d.footer.append(st)
        return label(d, "partial", "none", ["OIDA-9-1-6"], "III_expired_general", "stamp_expired", "header+body", [st, ye],
                     f"예고문 reclassified it to 일반문서 before {REF_STR}; no mark now; contractor staff mobiles must be removed.",
                     ["expired", "예고문"])
    if kind == 3:           # II급 -> III급 (live)
        py, pm, pd = past(r, 2020, 2025); fy, fm, fd = future(r)
        st = r.choice(II[:3])
        ye = f"예고문: {py}. {pm}. {pd}.까지 {st}, {py}. {pm}. {pd}. 이후 {fy}. {fm}. {fd}.까지 Ⅲ급비밀, 이후 일반문서로 재분류"
        d.header.append(st); d.p(f"권역별 {r.choice(['전시 자원 동원', '비상 통신망 운용', '중요시설 방호'])} 계획", ye)
        d.p(f"1. 목적: 전시 등 국가비상사태 시 {o} 관할 권역의 대응 체계를 유지한다.",
            f"2. 동원 대상 자원 {r.randint(20, 90)}종의 배치 위치와 이동 경로는 별표와 같다.")
        d.tbl([["구역", "좌표 약호", "이동 경로"]] + [[f"{c}구역", f"{r.choice('ABCDEFG')}{r.randint(10, 99)}-{r.randint(100, 999)}", r.choice(ROADS)] for c in "가나다"])
        d.footer.append(st)
        return label(d, "non_public", "III급", ["OIDA-9-1-1", "OIDA-9-1-2"], "II_to_III_live", "stamp+예고문", "header+body", [st, ye],
                     f"The II급 period ended but the 예고문 keeps it Ⅲ급비밀 until {fy}, after {REF_STR}; it carries III급 now.",
                     ["expired_partly", "예고문", "printed_mark_differs"])
    if kind == 4:           # old 대외비 1980s expired
        d.style = "old"; py = r.randint(1985, 1995)
        st = r.choice(["대외비(對外秘)", "대 외 비", "對外秘"])
        lim = f"{py}. 12. 31. 까지"
        d.header.append(f"{st}  ({lim})")
        d.p(f"{o}", f"제 목  {py - 1}년도 관내 공한지 현황 조사 결과", f"1. 관내 공한지 {r.randint(10, 90)}필지 조사 완료",
            "2. 세부 현황은 별첨과 같음.  끝.")
        return label(d, "public", "none", [], "old_daeoebi_expired", "stamp_expired", "header", [st, lim],
                     f"Protection ended {py}; the land-survey result is long public; no mark now.", ["expired", "old_typed"])
    # kind 5: II급 with expired 예고문 "이후 대외비" -> 대외비 live
    py, pm, pd = past(r, 2021, 2025); fy, fm, fd = future(r)
    st = r.choice(III[:3])
    ye = f"예고문: {py}. {pm}. {pd}.까지 {st}, 이후 {fy}. {fm}. {fd}.까지 대외비로 관리"
    d.header.append(st); d.p(f"{o} 정보통신망 취약점 점검 결과 보고", ye,
                             f"1. 외부 접점 서버 {r.randint(3, 20)}대에서 미조치 취약점이 확인되었다.",
                             "2. 조치 계획과 일정은 내부 검토 중이다.")
    d.footer.append(st)
    return label(d, "non_public", "대외비", ["OIDA-9-1-3", "OIDA-9-1-5"], "III_to_daeoebi_live", "stamp+예고문", "header+body", [st, ye],
                 f"Ⅲ급 period expired; per 예고문 it is 대외비 until {fy}, after {REF_STR}: marking 대외비 (no -1).",
                 ["expired_partly", "예고문", "printed_mark_differs"])

# ---------------- PARTIAL ----------------
@tpl("minwon", 20)
def t_minwon(i):
    r = R("minwon", i); d = Doc("minwon", i, "민원 회신")
    o = org(r); dept = r.choice(DEPTS); y, m, dd = rdate(r, 2021, 2026)
    nm = name(r); kind = i % 4  # 0,1 plain; 2 unmasked id; 3 masked rrn
    gongmun_head(d, r, o, f"민원({r.choice(['도로 파손', '소음 피해', '불법 건축물', '가로등 고장', '주차 단속 이의'])}) 처리 결과 알림",
                 recv=f"{nm} 귀하 ({addr(r)})")
    d.p(f"1. 귀하께서 {dstr(y, m, max(1, dd - 7), 0)} 신청하신 민원(접수번호 {r.randint(1, 9)}AA-{y % 100:02d}{m:02d}-{r.randint(1000000, 9999999)})에 대한 회신입니다.")
    cues, reasons, var, flags = [], ["OIDA-9-1-6"], "named_citizen", []
    if kind == 2:
        idv = r.choice([("주민등록번호", rrn(r)), ("외국인등록번호", rrn(r, foreign=True)), ("운전면허번호", dlicense(r)), ("여권번호", passport(r))])
        d.p(f"2. 신청인 {idv[0]} {idv[1]}, 연락처 {mobile(r)}로 확인된 본인 명의 민원으로서,")
        cues.append(idv[1]); reasons.append("PIPA-24"); var = "unmasked_" + idv[0]
    elif kind == 3:
        mk = rrn(r, masked=True)
        d.p(f"2. 신청인(주민등록번호 {mk}) 본인 확인 후 검토한 결과,"); cues.append(mk); var = "masked_rrn"; flags.append("masked")
    else:
        d.p(f"2. 현장 확인 결과({name(r)} 주무관 출장), 민원인 {nm} 님의 연락처 {mobile(r)}로 처리 일정을 안내드렸으며,")
    d.p(f"   {r.choice(['해당 구간은 다음 달 중 보수할 예정입니다.', '관련 법령에 따라 시정명령을 하였습니다.', '과태료 부과를 취소하였습니다.'])}",
        "3. 처리 결과에 이의가 있으면 「행정심판법」에 따라 90일 이내에 행정심판을 청구할 수 있습니다.  끝.")
    gongmun_tail(d, r, o, dept, y, m, dd, stated("partial", reasons, r))
    cues.append(nm)
    return label(d, "partial", "none", reasons, var, "content_pii", "header+body", cues,
                 "Reply to a named private citizen: disclosable once name/address/phone are removed."
                 + (" Unmasked identifier → PIPA-24." if kind == 2 else "") + (" Masked RRN → -6 only." if kind == 3 else ""), flags)

@tpl("foi_decision", 10)
def t_foi(i):
    r = R("foi_decision", i); d = Doc("foi_decision", i, "정보공개 결정 통지서")
    o = org(r); y, m, dd = rdate(r, 2022, 2026); nm = name(r)
    d.header.append(r.choice(["■ 공공기관의 정보공개에 관한 법률 시행규칙 [별지 제5호서식]", "정보 (부분)공개 결정 통지서"]))
    d.p("정보 (부분)공개 결정 통지서")
    d.tbl([["접수번호", f"{r.randint(1000000, 9999999)}", "접수일", dstr(y, m, dd, 0)],
           ["청구인", nm, "생년월일", dstr(r.randint(1955, 2000), r.randint(1, 12), r.randint(1, 28), r.randrange(3))],
           ["주소", addr(r), "전화번호", mobile(r)]])
    d.p(f"청구 내용: {r.choice(['청사 보수공사 설계도서', '위원회 회의록', '업무추진비 집행내역', '교통영향평가서'])}")
    d.p(f"결정 내용: 부분공개(제9조 제1항 제{r.choice([5, 6])}호 해당 부분 비공개)",
        f"공개 일시: {dstr(y, m, min(28, dd + 10), 0)}  공개 방법: 전자파일")
    d.footer.append(f"{head_of(o)}  (직인)")
    return label(d, "partial", "none", ["OIDA-9-1-6"], "notice_form", "content_pii", "table", [nm],
                 "Decision notice addressed to a private requester (name, DOB, address, phone); the quoted 부분공개 ground is a mention.")

@tpl("contract", 12)
def t_contract(i):
    r = R("contract", i); d = Doc("contract", i, "입찰·계약")
    o = org(r); comp = r.choice(COMPANIES); y, m, dd = rdate(r, 2021, 2026)
    kind = i % 3
    if kind == 0:
        d.p(f"{r.choice(['통합유지관리', '청사 경비', 'CCTV 관제'])} 용역 계약서", f"발주기관: {o}  |  계약상대자: {comp}")
        d.p(f"계약금액: {money(r, 100000, 2000000)}  계약기간: {dstr(y, m, dd, 0)} ~ {dstr(y + 1, m, dd, 0)}")
        d.tbl([["산출내역(업체 제출)", "단가", "수량", "비고"],
               ["직접인건비(특급기술자)", money(r, 300, 600), str(r.randint(1, 5)), "업체 내부 임금 기준"],
               ["제경비율", f"{r.randint(105, 125)}%", "-", "원가 구조"],
               ["기술료율", f"{r.randint(20, 40)}%", "-", "영업상 비밀"]])
        reasons, cues = ["OIDA-9-1-7"], ["영업상 비밀"]
        note = "Contract is public but the company's cost breakdown is a trade secret → partial -7."
    elif kind == 1:
        rep = name(r)
        d.p(f"기술제안서 평가 결과표 ({o})")
        d.tbl([["업체", "기술점수", "가격점수", "대표자", "대표자 휴대전화"]] +
              [[c, f"{r.uniform(60, 80):.2f}", f"{r.uniform(10, 20):.2f}", name(r), mobile(r)] for c in r.sample(COMPANIES, 3)])
        d.p(f"※ 각 업체의 제안 공법·원가 자료(붙임 2)는 업체의 경영상·영업상 비밀에 해당하여 비공개함.")
        reasons, cues = ["OIDA-9-1-6", "OIDA-9-1-7"], ["대표자 휴대전화"]
        note = "Evaluation scores disclosable; representatives' mobiles (-6) and the firms' technical/cost data (-7) withheld."
    else:
        d.p(f"{comp} 하도급 대금 지급 확인서")
        d.p(f"원도급사 {comp}는 {o} 발주 공사의 하도급 대금을 아래 계좌로 지급하였음을 확인한다.")
        d.tbl([["하도급 업체", "지급액", "은행", "계좌번호"]] + [[c, money(r, 5000, 90000), r.choice(BANKS), account(r)] for c in r.sample(COMPANIES, 2)])
        d.p("※ 업체별 공종 단가는 영업상 비밀로 별도 관리")
        reasons, cues = ["OIDA-9-1-7"], ["영업상 비밀"]
        note = "Subcontract payment confirmation: company accounts and unit prices withheld as business data (-7)."
    d.footer.append(stated("partial", reasons, r)); cues.append(d.footer[-1])
    return label(d, "partial", "none", reasons, ["cost", "eval", "subpay"][kind], "content_business", "table", cues, note)

@tpl("mislabeled", 5)
def t_mislabeled(i):
    r = R("mislabeled", i); d = Doc("mislabeled", i, "공문(오표시)")
    o = org(r); y, m, dd = rdate(r, 2022, 2026); dept = r.choice(DEPTS)
    gongmun_head(d, r, o, r.choice(["재난지원금 지급 대상자 통보", "보상금 지급 명단 송부", "교육 수당 지급 내역 알림"]))
    d.p("1. 아래 대상자에게 지급을 완료하였음을 알려 드립니다.")
    rows = [["성명", "주민등록번호", "은행", "계좌번호"]]
    ids = []
    for _ in range(r.randint(2, 4)):
        x = rrn(r); ids.append(x); rows.append([name(r), x, r.choice(BANKS), account(r)])
    if i % 2:
        d.tbl(rows); loc = "table"
    else:
        for row in rows[1:]:
            d.p(f"  - {row[0]} ({row[1]}) {row[2]} {row[3]}")
        loc = "body"
    d.p("  끝.")
    st = r.choice(["공개구분: 공개", "공개구분 : 공개", "공개 구분: 공개"])
    gongmun_tail(d, r, o, dept, y, m, dd, st)
    return label(d, "partial", "none", ["OIDA-9-1-6", "PIPA-24"], "stated_public_with_rrn", "disclosure_field+content_pii",
                 "footer+" + loc, [st, ids[0]],
                 "Stated 공개 is wrong: full RRNs and accounts of private persons; gold follows content (partial, -6, PIPA-24).",
                 ["t_mislabeled", "stated_label_wrong"])

@tpl("hearing", 7)
def t_hearing(i):
    r = R("hearing", i); d = Doc("hearing", i, "회의록")
    o = org(r); y, m, dd = rdate(r, 2021, 2026)
    d.p(f"{r.choice(['도시계획시설 변경', '소각장 증설', '공영주차장 조성', '하천 정비'])} 주민설명회 회의록",
        f"일시: {dstr(y, m, dd, 2)} 19:00  장소: {r.choice(DONGS)} 주민센터 2층")
    d.p(f"참석: {o} {r.choice(DEPTS)}장 {name(r)} 외 공무원 {r.randint(2, 5)}명, 주민 {r.randint(20, 80)}명")
    a, b = name(r), name(r)
    d.p(f"○ 주민 {a}({r.choice(DONGS)} {r.randint(1, 900)}번지 거주): 공사 기간 중 소음 대책이 있는가.",
        f"○ 과장: 방음벽을 설치하고 야간 공사는 하지 않겠다.",
        f"○ 주민 {b}(연락처 {mobile(r)}): 보상 기준을 서면으로 알려 달라.",
        "○ 과장: 다음 달 설명자료를 배포하겠다.")
    d.footer.append(stated("partial", ["OIDA-9-1-6"], r))
    return label(d, "partial", "none", ["OIDA-9-1-6"], "residents_named", "content_pii", "body", [a, b],
                 "Public hearing minutes; residents' names, addresses and phones removed, the rest disclosable.")

@tpl("compensation", 6)
def t_comp(i):
    r = R("compensation", i); d = Doc("compensation", i, "보상금 지급")
    o = org(r); y, m, dd = rdate(r, 2020, 2026)
    d.p(f"{r.choice(['도로 확장', '저수지 정비', '공원 조성'])} 사업 편입토지 보상금 지급 내역", f"작성: {o} 토지보상팀  기준일 {dstr(y, m, dd, 1)}")
    with_rrn = i % 3 == 0
    rows = [["소유자", "소재지", "면적(㎡)", "보상금", "입금계좌"] + (["주민등록번호"] if with_rrn else [])]
    ids = []
    for _ in range(3):
        row = [name(r), f"{r.choice(COUNTIES)} {r.choice(DONGS)} {r.randint(1, 999)}-{r.randint(1, 9)}", str(r.randint(30, 900)),
               money(r, 3000, 400000), f"{r.choice(BANKS)} {account(r)}"]
        if with_rrn:
            x = rrn(r); ids.append(x); row.append(x)
        rows.append(row)
    d.tbl(rows)
    d.p(f"총 보상금: {money(r, 100000, 900000)}  ※ 사업 총괄 내역은 공개 대상임.")
    reasons = ["OIDA-9-1-6"] + (["PIPA-24"] if with_rrn else [])
    return label(d, "partial", "none", reasons, "with_rrn" if with_rrn else "no_rrn", "content_pii", "table",
                 ids[:1] + [rows[1][0]], "Compensation list: project totals public; owners' data removed." + (" Unmasked RRN → PIPA-24." if with_rrn else ""))

@tpl("overseas", 5)
def t_overseas(i):
    r = R("overseas", i); d = Doc("overseas", i, "국외출장")
    o = org(r); y, m, dd = rdate(r, 2022, 2026)
    d.p(f"{r.choice(['스마트시티', '재난관리', '수자원', '전자정부'])} 우수사례 벤치마킹 국외출장 계획",
        f"기간: {dstr(y, m, dd, 0)} ~ ({r.randint(4, 8)}일간)  방문국: {r.choice(['가상국 A', '가상국 B', '가상국 C'])}")
    rows = [["소속", "직급", "성명", "여권번호", "여권 만료일"]]
    ps = []
    for _ in range(r.randint(2, 4)):
        p_ = passport(r); ps.append(p_)
        rows.append([r.choice(DEPTS), r.choice(OFFTITLE), name(r), p_, dstr(r.randint(2027, 2034), r.randint(1, 12), r.randint(1, 28), 1)])
    d.tbl(rows)
    d.p(f"소요 예산: {money(r, 5000, 40000)} (여비 규정에 따름)")
    return label(d, "partial", "none", ["OIDA-9-1-6", "PIPA-24"], "passport_table", "content_pii", "table", [ps[0]],
                 "Trip plan disclosable; officials' passport numbers are not official-capacity data → -6 and PIPA-24.")

@tpl("award", 6)
def t_award(i):
    r = R("award", i); d = Doc("award", i, "포상·채용")
    o = org(r); y, m, dd = rdate(r, 2020, 2026)
    if i % 2:
        nm = name(r)
        d.p("공적조서", f"추천기관: {o}")
        d.tbl([["성명", nm, "생년월일", dstr(r.randint(1950, 1990), r.randint(1, 12), r.randint(1, 28), 0)],
               ["주소", addr(r), "직업", r.choice(["자영업", "농업", "자원봉사자", "회사원"])],
               ["공적 요지", f"{r.randint(5, 30)}년간 {r.choice(['독거노인 돌봄', '하천 정화', '야간 방범'])} 봉사", "", ""]])
        var, cues = "merit_citizen", [nm]
    else:
        d.p(f"{y}년 {o} 공무직 채용 최종 합격자 공고")
        rows = [["응시번호", "성명", "생년월일"]]
        for _ in range(4):
            nm = name(r); rows.append([f"{y % 100}{r.randint(1000, 9999)}", nm, dstr(r.randint(1975, 2003), r.randint(1, 12), r.randint(1, 28), 1)])
        d.tbl(rows); var, cues = "hire_list", [rows[1][1]]
    d.footer.append(head_of(o))
    return label(d, "partial", "none", ["OIDA-9-1-6"], var, "content_pii", "table", cues,
                 "Private individuals with DOB/address; withhold them, rest disclosable.")

@tpl("audit_named", 7)
def t_audit_named(i):
    r = R("audit_named", i); d = Doc("audit_named", i, "감사 결과")
    o = org(r); comp = r.choice(COMPANIES); y = r.randint(2020, 2025)
    d.header.append(r.choice(["감 사 결 과 처 분 요 구 서", "감사 결과 통보"]))
    d.p(f"감사 대상: {o}  감사 기간: {dstr(y, r.randint(1, 12), r.randint(1, 20), 0)} ~", f"제목: {r.choice(['보조금 부당 집행', '계약 업무 부적정', '민원 처리 지연'])}")
    priv = name(r)
    d.p(f"○ 보조사업자 {priv}({r.choice(['영농조합법인 대표', '개인사업자'])}, {addr(r, False)})가 보조금 {money(r, 5000, 90000)}을 목적 외로 사용하였음에도",
        f"   담당 부서는 정산 검사를 하지 않았다.", f"○ 처분 요구: 보조금 환수 및 관련자 주의")
    reasons = ["OIDA-9-1-6"]
    if i % 2:
        d.p(f"○ 참고: {comp}의 원가계산서(영업상 비밀)는 감사 증거로만 사용함."); reasons.append("OIDA-9-1-7")
    d.footer.append(stated("partial", reasons, r))
    return label(d, "partial", "none", reasons, "private_subject", "content_pii", "body", [priv],
                 "Final audit result (disclosable) naming a private grantee; identifying data removed." + (" Company cost data -7." if i % 2 else ""))

@tpl("litigation_done", 6)
def t_lit(i):
    r = R("litigation_done", i); d = Doc("litigation_done", i, "소송 결과 보고")
    o = org(r); y = r.randint(2019, 2025); a = name(r)
    d.p(f"{r.choice(['손해배상', '행정처분 취소', '부당이득금 반환'])} 소송 결과 보고(확정)",
        f"사건번호: {y}{r.choice(['구합', '가단', '나'])}{r.randint(1000, 99999)}  원고: {a}  피고: {head_of(o)}")
    d.p(f"1. 판결 결과: {r.choice(['원고 청구 기각', '원고 일부 승소', '소 각하'])} ({dstr(y + 1, r.randint(1, 12), r.randint(1, 28), 0)} 확정)",
        f"2. 원고 주소: {addr(r)}", "3. 향후 조치: 유사 민원 처리 지침 보완")
    return label(d, "partial", "none", ["OIDA-9-1-6"], "closed_case", "content_pii", "body", [a],
                 "Closed lawsuit report: the case is final (no -4); only the private plaintiff's data is withheld.")

# ---------------- NON_PUBLIC: MARKED ----------------
def place_stamp(d, r, st, where):
    if "header" in where: d.header.append(st)
    if "footer" in where: d.footer.append(st)

@tpl("daeoebi", 15)
def t_daeoebi(i):
    r = R("daeoebi", i); d = Doc("daeoebi", i, "대외비 문서")
    o = org(r); y, m, dd = rdate(r, 2024, 2026)
    st = DAEOEBI[i % len(DAEOEBI)]
    if i % 5 == 2:
        fy, fm, fd = future(r); st = r.choice([f"{fy}. {fm}. {fd}.까지 대외비", f"대외비(보호기간: {fy}. {fm}. {fd}.까지)"])
    contents = [
        (["OIDA-9-1-3"], "청사 경비·방호 근무 계획", [f"1. 야간 순찰 시간표와 출입통제 취약 구간(별관 {r.randint(1, 4)}층 비상계단)을 정한다.",
                                                   f"2. 무인경비 해제 비밀번호 관리자는 {r.randint(2, 3)}명으로 한정한다."]),
        (["OIDA-9-1-5"], "조직 개편안 내부 검토 보고", ["1. 3개 국을 2개 국으로 통합하는 안을 검토 중이며 확정되지 않았다.",
                                                   f"2. 감축 대상 정원 {r.randint(5, 30)}명 배치 방안은 노사 협의 후 결정한다."]),
        (["OIDA-9-1-8"], "역세권 개발 후보지 사전 검토", [f"1. {r.choice(DONGS)} 일대 {r.randint(10, 90)}만㎡를 후보지로 검토 중이다.",
                                                    "2. 발표 전 공개되면 투기를 유발할 우려가 있다."]),
        (["OIDA-9-1-4"], "불법 사행성 게임장 합동 단속 계획", [f"1. 단속 일시는 {dstr(y, m, dd, 0)} 21:00이며 사전 유출을 금한다.",
                                                      f"2. 단속 대상 업소 {r.randint(4, 15)}곳의 위치는 별표와 같다."]),
        (["OIDA-9-1-5", "OIDA-9-1-6"], "간부 공무원 인사 검증 결과", [f"1. 승진 후보자 {name(r)}의 다면평가 결과 하위 {r.randint(5, 20)}%에 해당한다.",
                                                                 "2. 검증 의견은 인사위원회 심의 자료로만 사용한다."]),
        (["OIDA-9-1-3", "OIDA-9-1-5"], "정보시스템 모의해킹 결과", ["1. 인터넷 민원 시스템에서 관리자 페이지 우회 취약점 2건이 발견되었다.",
                                                               "2. 조치 완료 전까지 상세 내용을 공개하지 않는다."]),
        (["OIDA-9-1-6", "PIPA-23"], "직원 심리상담 결과 관리", [f"1. 상담 직원 {name(r)}({r.choice(DEPTS)})은 우울증 진단으로 치료 중이다.",
                                                           "2. 상담 기록은 본인 동의 없이 제공하지 않는다."]),
    ]
    reasons, title, paras = contents[i % len(contents)]
    where = r.choice(["header", "header+footer", "footer", "cover", "table", "body"])
    if where == "cover":
        d.p(st, f"{title}", f"{dstr(y, m, dd, 0)}", f"{o} {r.choice(DEPTS)}"); d.pb()
        d.p(title, *paras)
    elif where == "table":
        d.tbl([["문서 구분", st, "관리번호", f"{r.randint(1, 99):03d}"], ["작성 부서", r.choice(DEPTS), "작성일", dstr(y, m, dd, 1)]])
        d.p(title, *paras)
    elif where == "body":
        d.p(title, f"※ 이 문서는 {st}로 분류되어 있으므로 열람 후 회수한다." if "까지" not in st else f"※ 이 문서는 {st} 문서임.", *paras)
    else:
        place_stamp(d, r, st, where); d.p(title, *paras)
    if r.random() < .4:
        d.footer.append(f"사본번호 {r.randint(1, 9)} / {r.randint(9, 12)}")
    if any(x in st for x in ("대외비",)) or "對外秘" in st:
        pass
    return label(d, "non_public", "대외비", reasons, f"{where}", "stamp", where, [st],
                 "Carries a live 대외비 mark; 대외비 rests on the 시행규칙 so only content reasons (no -1).",
                 ["expires_after_ref"] if "까지" in st else [])

@tpl("attach_marked", 6)
def t_attach(i):
    r = R("attach_marked", i); d = Doc("attach_marked", i, "공문+붙임")
    o = org(r); y, m, dd = rdate(r, 2024, 2026)
    g3 = i == 5
    st = r.choice(III[:4]) if g3 else r.choice(DAEOEBI[:6])
    gongmun_head(d, r, o, r.choice(["회의 자료 송부", "검토 의견 요청", "대응 계획 공유"]))
    d.p("1. 관련 기관 협의를 위하여 붙임 자료를 송부하오니 검토 후 의견을 주시기 바랍니다.",
        "붙임  " + ("비상대비 자원 배치 현황 1부." if g3 else "대응 계획(안) 1부.") + "  끝.")
    gongmun_tail(d, r, o, r.choice(DEPTS), y, m, dd, "공개구분: 비공개" if r.random() < .5 else "공개구분: 부분공개")
    d.pb()
    d.p(f"[붙임] {st}")
    if g3:
        fy, fm, fd = future(r); ye = f"예고문: {fy}. {fm}. {fd}.까지 {st}, 이후 일반문서로 재분류"
        d.p("비상대비 자원 배치 현황", ye, f"1. 전시 동원 차량 {r.randint(30, 200)}대의 집결 위치와 경로", f"2. 비상 발전기 {r.randint(3, 9)}기 위치: 별표")
        return label(d, "non_public", "III급", ["OIDA-9-1-1", "OIDA-9-1-2"], "attach_III", "stamp+예고문", "attachment", [st, ye],
                     "Cover letter + 붙임 in one file; the 붙임 carries a live Ⅲ급 mark, so the document as given carries III급.",
                     ["attachment_mark", "title_understates"])
    d.p(f"{r.choice(['집회 대응 경력 배치', '재개발 구역 지정', '감사 대상 기관 선정'])} 계획(안)",
        "1. 본 안은 확정 전 검토안으로, 관계기관 협의 후 변경될 수 있다.", f"2. 세부 일정: {dstr(y, m, dd, 0)} 이후 단계별 추진")
    return label(d, "non_public", "대외비", ["OIDA-9-1-5"], "attach_daeoebi", "stamp", "attachment", [st],
                 "The 붙임 inside the file carries 대외비 and is an undecided draft (-5); the cover's 공개구분 line is irrelevant to the mark.",
                 ["attachment_mark", "title_understates"])

def secret_doc(tplname, i, grade, pool, n_content):
    r = R(tplname, i); d = Doc(tplname, i, f"{grade} 비밀")
    o = r.choice(MINIS + ["국가기반보호처", "재난대응본부"]); y, m, dd = rdate(r, 2023, 2026)
    st = pool[i % len(pool)]
    fy, fm, fd = future(r)
    ye = r.choice([f"예고문: {fy}. {fm}. {fd}.까지 {st}, 이후 일반문서로 재분류",
                   f"예고문 : {fy}.{fm:02d}.{fd:02d}. 일반문서로 재분류",
                   f"보호기간: {fy}. {fm}. {fd}.까지"])
    content = r.choice([
        (["OIDA-9-1-2"], "전시 대비 비상 통신망 운용 계획", [f"1. 대체 통신 거점 {r.randint(3, 9)}곳의 위치와 호출 부호는 별표와 같다.",
                                                         "2. 통신 두절 시 전령 운용 절차를 따른다."]),
        (["OIDA-9-1-2"], "통합방위 작전 지원 계획", [f"1. {r.choice(PROVS)} 권역 작전 지원 물자 {r.randint(10, 80)}종 비축 현황",
                                                 "2. 군·경·지자체 합동 대응 단계별 임무"]),
        (["OIDA-9-1-3"], "국가중요시설 방호 계획", [f"1. {r.choice(['정수장', '변전소', '통신국사'])} 외곽 경계 초소 {r.randint(2, 8)}곳의 근무 시간",
                                                "2. 침입 탐지 센서 사각지대 보완 일정"]),
        (["OIDA-9-1-2"], "대외 협상 대응 전략", ["1. 상대국 요구 수준별 양보 한계선", "2. 협상 결렬 시 대응 시나리오"]),
    ])
    reasons, title, paras = content
    lay = i % 5
    if lay == 0:
        d.header.append(st); d.footer.append(st); d.p(title, ye, *paras); loc = "header+footer"
    elif lay == 1:
        d.p(st, title, f"사본번호 제{r.randint(1, 5)}호", ye, f"{o}"); d.pb(); d.p(title, *paras); loc = "cover"
    elif lay == 2:
        d.tbl([["등급", st, "사본번호", str(r.randint(1, 9))], ["예고문", ye.split(":", 1)[1].strip(), "분류자", f"{r.choice(DEPTS)}장"]])
        d.p(title, *paras); loc = "table"; ye = ye.split(":", 1)[1].strip()
    elif lay == 3:
        d.header.append(st); d.p(title, *paras); d.p(ye); loc = "header+body"
    else:
        d.footer.append(st); d.footer.append(ye); d.p(title, *paras); loc = "footer"
    reasons = ["OIDA-9-1-1"] + reasons
    return d, st, ye, reasons, loc

@tpl("secret_III", 10)
def t_s3(i):
    d, st, ye, reasons, loc = secret_doc("secret_III", i, "III급", III, 3)
    return label(d, "non_public", "III급", reasons, loc, "stamp+예고문", loc, [st, ye],
                 f"Live Ⅲ급 mark (예고문 after {REF_STR}) → -1 plus content reason.", ["live"])

@tpl("secret_II", 6)
def t_s2(i):
    d, st, ye, reasons, loc = secret_doc("secret_II", i, "II급", II, 3)
    return label(d, "non_public", "II급", reasons, loc, "stamp+예고문", loc, [st, ye], "Live Ⅱ급 mark → -1 plus content reason.", ["live"])

@tpl("secret_I", 3)
def t_s1(i):
    d, st, ye, reasons, loc = secret_doc("secret_I", i, "I급", I_, 3)
    return label(d, "non_public", "I급", reasons, loc, "stamp+예고문", loc, [st, ye], "Live Ⅰ급 mark → -1 plus content reason.", ["live"])

# ---------------- NON_PUBLIC: CONTENT ONLY ----------------
@tpl("discipline", 6)
def t_disc(i):
    r = R("discipline", i); d = Doc("discipline", i, "징계의결서")
    o = org(r); y, m, dd = rdate(r, 2021, 2026); nm = name(r)
    d.header.append(r.choice(["징 계 의 결 서", "징계 등 의결서", "[별지 서식] 징계의결서"]))
    d.tbl([["소속", f"{o} {r.choice(DEPTS)}", "직위(직급)", r.choice(["행정6급", "시설7급", "행정주사보"])], ["성명", nm, "의결 주문", r.choice(["정직 2월", "감봉 3월", "견책"])]])
    offense = r.choice([f"{dstr(y - 1, r.randint(1, 12), r.randint(1, 28), 0)} 혈중알코올농도 {r.uniform(0.08, 0.2):.3f}%의 음주운전으로 벌금 {r.randint(5, 15)}00만원의 약식명령을 받음",
                        f"음주운전(혈중알코올농도 {r.uniform(0.03, 0.07):.3f}%)으로 {r.choice(['벌금형', '징역형의 집행유예'])}이 확정됨"])
    d.p(f"이유: 위 사람은 {offense}.", "이는 「지방공무원법」 제55조(품위 유지의 의무)를 위반한 것이다.",
        f"{dstr(y, m, dd, 0)}", f"{o} 인사위원회 위원장")
    if i % 3 == 0:
        st = "공개구분: 비공개(6)"; d.footer.append(st)
    return label(d, "non_public", "none", ["OIDA-9-1-6", "PIPA-23"], "dui", "content_criminal", "table+body", [nm],
                 "Disciplinary decision naming an official (non-official capacity) with a criminal conviction.")

@tpl("sick_leave", 5)
def t_sick(i):
    r = R("sick_leave", i); d = Doc("sick_leave", i, "병가·휴직")
    o = org(r); y, m, dd = rdate(r, 2021, 2026); nm = name(r)
    diag = r.choice(["요추 추간판 탈출증", "우울 에피소드", "갑상선암", "전방십자인대 파열", "공황장애"])
    if i % 2:
        d.p(f"질병휴직 승인 검토", f"대상: {r.choice(DEPTS)} {r.choice(OFFTITLE[:3])} {nm}", f"진단명: {diag} (진단서 {r.choice(['○○병원', '한누리의원', '가온대학교병원'])} 발급)",
            f"휴직 기간: {dstr(y, m, dd, 0)}부터 6개월", "의견: 「공무원 임용령」에 따라 승인함이 타당함")
    else:
        d.tbl([["성명", "소속", "병가 기간", "진단명"], [nm, r.choice(DEPTS), f"{r.randint(5, 60)}일", diag]])
    return label(d, "non_public", "none", ["OIDA-9-1-6", "PIPA-23"], "diagnosis", "content_health", "body/table", [diag],
                 "Health data (diagnosis) of a named employee.")

@tpl("union_dues", 4)
def t_union(i):
    r = R("union_dues", i); d = Doc("union_dues", i, "노조 조합비")
    o = org(r)
    d.p(f"{o} 공무원노동조합 조합비 급여 공제 명단 ({r.randint(2022, 2025)}년 {r.randint(1, 12)}월)")
    rows = [["성명", "소속", "공제액"]] + [[name(r), r.choice(DEPTS), f"{r.randint(10, 30) * 1000:,}원"] for _ in range(r.randint(4, 7))]
    d.tbl(rows)
    return label(d, "non_public", "none", ["OIDA-9-1-6", "PIPA-23"], "dues", "content_union", "table", ["공무원노동조합"],
                 "List of trade-union members (PIPA-23), consisting only of personal data.")

@tpl("investigation", 7)
def t_inv(i):
    r = R("investigation", i); d = Doc("investigation", i, "수사·재판 관련")
    o = org(r); y, m, dd = rdate(r, 2024, 2026)
    kind = i % 3
    if kind == 0:
        sus = name(r)
        gongmun_head(d, r, r.choice(["가온경찰서", "누리경찰서", "한빛지방검찰청 새울지청"]), "수사 자료 제출 요청(회신)")
        d.p(f"1. 귀 기관이 요청한 피의자 {sus}의 {r.choice(['보조금 신청 서류', '출입 기록', 'CCTV 영상 보관 현황'])}를 붙임과 같이 제출합니다.",
            "2. 수사 진행 중인 사안이므로 외부 유출에 유의하여 주시기 바랍니다.  끝.")
        gongmun_tail(d, r, o, r.choice(DEPTS), y, m, dd, "공개구분: 비공개(4,6)")
        return label(d, "non_public", "none", ["OIDA-9-1-4", "OIDA-9-1-6"], "ongoing_suspect", "content_investigation", "body", [sus],
                     "Material for an ongoing investigation naming a suspect.")
    if kind == 1:
        d.p(f"{r.choice(['불법 폐기물 투기', '보조금 편취', '무허가 개발행위'])} 고발 사건 진행 상황 보고",
            f"1. 현재 {r.choice(['경찰', '검찰'])} 수사 단계이며 추가 압수수색이 예정되어 있다.",
            "2. 피고발 업체의 대응 동향과 증거 확보 계획은 별지와 같다.")
        return label(d, "non_public", "none", ["OIDA-9-1-4"], "ongoing_case", "content_investigation", "body", [],
                     "Ongoing criminal complaint; disclosure would hamper the investigation (-4).")
    d.p(f"{y}{r.choice(['구합', '가합'])}{r.randint(1000, 99999)} 사건 소송 수행 전략 (내부 검토)",
        "1. 원고 주장에 대한 반박 논거와 증인 신문 사항", "2. 패소 가능성 평가 및 화해 권고 수용 여부")
    return label(d, "non_public", "none", ["OIDA-9-1-4"], "litigation_strategy", "content_investigation", "body", [],
                 "Pending-trial strategy: disclosure would affect the trial (-4).")

@tpl("internal_review", 7)
def t_ir(i):
    r = R("internal_review", i); d = Doc("internal_review", i, "내부 검토 회의록")
    o = org(r); y, m, dd = rdate(r, 2024, 2026)
    d.p(f"{r.choice(['요금 인상안', '청사 이전 부지', '조직 진단 결과', '공공기관 통폐합'])} 검토 회의 결과 (내부용)",
        f"일시: {dstr(y, m, dd, 1)}  참석: {o} 간부 {r.randint(4, 9)}명")
    d.p("○ 1안과 2안을 비교하였으나 결론을 내리지 못하였음.", "○ 재정 부담 추계를 보완하여 차기 회의에서 재논의하기로 함.",
        "○ 의사결정 전까지 회의 내용을 외부에 알리지 않음.")
    st = r.choice(["공개구분: 비공개(5)", "비공개(제9조 제1항 제5호)", "공개 여부: 비공개 (의사결정과정)"])
    d.footer.append(st)
    return label(d, "non_public", "none", ["OIDA-9-1-5"], "undecided", "disclosure_field", "footer", [st],
                 "Decision-making in progress (-5); stated 비공개 agrees with content.")

@tpl("exam", 4)
def t_exam(i):
    r = R("exam", i); d = Doc("exam", i, "시험 문제")
    o = org(r); y = r.randint(2025, 2026)
    d.header.append(r.choice(["※ 시험 시행 전 열람 금지", "출제 원안 - 보안 유지"]))
    d.p(f"{y}년 {o} {r.choice(['공무직 필기시험', '승진 시험', '자격 검정'])} 문제 및 채점 기준")
    d.p(f"문 1. 「행정절차법」상 처분의 사전통지 대상이 아닌 것은?  정답: {r.randint(1, 4)}",
        f"문 2. 다음 중 정보공개 청구권자에 해당하지 않는 것은?  정답: {r.randint(1, 4)}")
    return label(d, "non_public", "none", ["OIDA-9-1-5"], "before_exam", "content_exam", "header", [d.header[0]],
                 "Exam questions before the exam (-5).")

@tpl("dev_plan", 5)
def t_dev(i):
    r = R("dev_plan", i); d = Doc("dev_plan", i, "개발 계획(미공표)")
    o = r.choice(CITIES); y, m, dd = rdate(r, 2025, 2026)
    d.p(f"{r.choice(['산업단지 조성', '신도시 개발', '철도 역사 신설', '개발제한구역 해제'])} 예정지 검토안",
        f"1. 후보지: {r.choice(DONGS)} {r.randint(1, 800)}번지 일원 등 {r.randint(3, 6)}개소",
        f"2. 보상 예상액 및 지정 시기({y}년 하반기 고시 예정)", "3. 공표 전 유출 시 토지 투기 우려가 큼.")
    if i % 2:
        d.footer.append("본 자료는 발표 전까지 관계자 외 열람을 금함")
    return label(d, "non_public", "none", ["OIDA-9-1-5", "OIDA-9-1-8"], "pre_announce", "content_speculation", "body", ["토지 투기"],
                 "Unannounced development sites: would give specific persons an unfair gain (-8), undecided (-5).")

@tpl("roster_rrn", 4)
def t_roster(i):
    r = R("roster_rrn", i); d = Doc("roster_rrn", i, "개인 명단")
    o = org(r)
    d.p(f"{r.choice(['긴급복지 지원 대상자', '자활근로 참여자', '의료급여 수급자'])} 명단 ({o})")
    rows = [["성명", "주민등록번호", "주소", "연락처"]]
    ids = []
    for _ in range(r.randint(3, 6)):
        x = rrn(r); ids.append(x); rows.append([name(r), x, addr(r), mobile(r)])
    d.tbl(rows)
    return label(d, "non_public", "none", ["OIDA-9-1-6", "PIPA-24"], "rrn_roster", "content_pii", "table", [ids[0]],
                 "Roster consisting only of personal data, with unmasked RRNs.")

@tpl("facility", 5)
def t_fac(i):
    r = R("facility", i); d = Doc("facility", i, "시설 보호 계획")
    o = org(r)
    d.p(f"{r.choice(['정수장', '배수지', '청사 전산실', '가스 정압시설'])} 보호 및 출입 통제 세부 계획",
        f"1. 출입문 {r.randint(2, 5)}곳 중 야간 개방 출입문과 경비 교대 시간({r.randint(0, 5):02d}:00)",
        "2. 테러 대응 시 대피 경로와 차단 밸브 위치(별표)", "3. 비상 연락망")
    d.tbl([["구역", "출입 권한", "보안 장비"], ["A구역", "관리자만", "생체 인식"], ["B구역", "운영 인력", "카드 + CCTV"]])
    return label(d, "non_public", "none", ["OIDA-9-1-3"], "no_mark", "content_facility", "body", ["차단 밸브 위치"],
                 "Unmarked facility protection plan; disclosure would endanger life and property (-3).")

@tpl("title_misleading", 8)
def t_misleading(i):
    r = R("title_misleading", i); d = Doc("title_misleading", i, "제목·파일명 오인 유도")
    o = org(r); y, m, dd = rdate(r, 2023, 2026)
    k = i % 4
    if k == 0:   # title sounds secret, content public
        d.slug = "daeoebi_bogoseo"
        d.p(f"「대외비 문서 관리 실태」 점검 결과 보고", "1. 점검 대상: 본청 12개 부서", "2. 대외비 문서 보관 상태 양호 부서 10곳, 미흡 2곳",
            "3. 미흡 부서에 보관함 지급 예정")
        d.footer.append("공개구분: 공개")
        return label(d, "public", "none", [], "title_secret_content_public", "mention", "title", ["「대외비 문서 관리 실태」"],
                     "Title and file name mention 대외비, but the report is an unclassified check-up result with no persons.", ["misleading_name"])
    if k == 1:   # title sounds routine, content 징계 + health
        d.slug = "gongji_sahang"
        nm = name(r)
        d.p("업무 연락(공지 사항)", f"1. {r.choice(DEPTS)} {nm} 주무관은 {r.choice(['알코올 사용 장애', '공황장애'])} 치료를 위해 병가 중임.",
            "2. 부서 내 업무 분장을 조정하니 참고 바람.")
        return label(d, "non_public", "none", ["OIDA-9-1-6", "PIPA-23"], "title_routine_content_health", "content_health", "body", [nm],
                     "Bland title but the note discloses a named employee's health condition; nothing else in it.", ["misleading_name"])
    if k == 2:   # filename 'secret', mark in footer only at end of a long doc
        d.slug = "ilban_munseo"
        fy, fm, fd = future(r)
        st = f"{fy}. {fm}. {fd}.까지 대외비"
        d.p(f"{o} {r.choice(['하계 휴가', '교육 훈련', '청사 관리'])} 계획 및 비상 근무 편성",
            "1. 하계 휴가는 부서별로 분산 실시한다.", "2. 휴가 기간 중 비상 근무자 편성표와 청사 출입통제 해제 절차(붙임)는 별도 관리한다.",
            f"3. 출입통제 시스템 관리자 계정 운용 방식: 이중 인증")
        d.footer.append(st)
        return label(d, "non_public", "대외비", ["OIDA-9-1-3"], "mark_only_at_end", "stamp", "footer", [st],
                     "Ordinary-looking plan; a live 대외비 stamp sits only in the last footer line.", ["misleading_name", "expires_after_ref"])
    d.slug = "bimil_III_gwanri"   # name says III급; content is a training handout
    d.p("Ⅲ급비밀 관리 교육 교재", "1. 비밀 분류 원칙: 과도·과소 분류 금지", "2. 표시 예: 문서 상·하단 '비밀(Ⅲ급)' 표시",
        "3. 실습: 가상의 예고문 작성")
    return label(d, "public", "none", [], "name_III_content_training", "mention", "title+body", ["Ⅲ급비밀 관리 교육 교재", "비밀(Ⅲ급)"],
                 "Training material quoting grade marks; no classification of its own.", ["misleading_name"])

@tpl("old_marked", 6)
def t_old_marked(i):
    r = R("old_marked", i); d = Doc("old_marked", i, "구 양식 비밀·대외비")
    d.style = "old"; o = r.choice(MINIS + CITIES); y = r.randint(1984, 1999)
    k = i % 3
    if k == 0:
        st = r.choice(["대외비", "대 외 비", "對外秘"]); d.header.append(st)
        d.p(f"{o}", f"{r.choice(DEPTS)[:-1]} {r.randint(1000, 1999)}-{r.randint(10, 999)}  ({y}. {r.randint(1, 12)}. {r.randint(1, 28)}.)",
            f"제 목  {r.choice(['간부 동향 보고', '노사 분규 대책', '시위 대비 경비 계획'])}",
            "1. 관내 동향을 별지와 같이 보고함.", "2. 향후 대책은 검토 중.  끝.", "보호기간: 별도 지시 시까지")
        return label(d, "non_public", "대외비", ["OIDA-9-1-5"], "old_daeoebi_open_ended", "stamp", "header", [st, "보호기간: 별도 지시 시까지"],
                     "Old typed 대외비 with an open-ended protection period → still carries 대외비.", ["old_typed"])
    if k == 1:
        fy = r.randint(2027, 2035)
        st = r.choice(["2급비밀", "Ⅱ급비밀", "II급 비밀"]); ye = f"예고문: {fy}. 12. 31. 일반문서로 재분류"
        d.header.append(st); d.footer.append(st)
        d.p(f"{o}", f"제 목  비상시 정부 기능 유지 계획", ye, "1. 대체 청사 위치와 이동 순서", "2. 핵심 인력 소집 방법")
        return label(d, "non_public", "II급", ["OIDA-9-1-1", "OIDA-9-1-2"], "old_II_long", "stamp+예고문", "header+footer", [st, ye],
                     f"Old typed Ⅱ급 with a 예고문 reaching {fy} (after {REF_STR}) → still II급.", ["old_typed", "live"])
    py = r.randint(1990, 2010)
    st = r.choice(["3급비밀", "Ⅲ급비밀", "三級秘密"]); ye = f"예고문: {py}. 12. 31.까지 {st}, 이후 일반문서로 재분류"
    d.header.append(st)
    d.p(f"{o}", f"제 목  {y}년도 민방위 훈련 결과 분석", ye, "1. 참여 인원 및 경보 전달 소요 시간 통계", "2. 개선 사항: 경보 사이렌 추가 설치")
    return label(d, "public", "none", [], "old_III_expired", "stamp_expired", "header+body", [st, ye],
                 f"예고문 reclassified it to 일반문서 in {py}; content is historic training statistics → public, no mark.", ["old_typed", "expired"])

# ================================================================= RENDERING
def xe(s): return escape(s, {'"': "&quot;"})

HWPX_NS = ('xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph" '
           'xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" xmlns:hc="http://www.hancom.co.kr/hwpml/2011/core" '
           'xmlns:hh="http://www.hancom.co.kr/hwpml/2011/head" xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf" '
           'xmlns:opf="http://www.idpf.org/2007/opf/"')

def hwpx_bytes(d):
    pid = [0]
    def para(t, cp=0, pb=False):
        pid[0] += 1
        return (f'<hp:p id="{pid[0]}" paraPrIDRef="0" styleIDRef="0" pageBreak="{1 if pb else 0}" columnBreak="0" merged="0">'
                f'<hp:run charPrIDRef="{cp}"><hp:t>{xe(t)}</hp:t></hp:run></hp:p>')
    def sublist(ps):
        return '<hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="TOP" linkListIDRef="0" linkListNextIDRef="0" textWidth="0" textHeight="0" hasTextRef="0" hasNumRef="0">' + "".join(ps) + "</hp:subList>"
    out = []
    hdr = ""
    if d.header:
        hdr += f'<hp:ctrl><hp:header id="1" applyPageType="BOTH">{sublist([para(h, 1) for h in d.header])}</hp:header></hp:ctrl>'
    if d.footer:
        hdr += f'<hp:ctrl><hp:footer id="2" applyPageType="BOTH">{sublist([para(h, 0) for h in d.footer])}</hp:footer></hp:ctrl>'
    secpr = ('<hp:secPr id="" textDirection="HORIZONTAL" spaceColumns="1134" tabStop="8000" outlineShapeIDRef="1" memoShapeIDRef="0" textVerticalWidthHead="0" masterPageCnt="0">'
             '<hp:pagePr landscape="WIDELY" width="59528" height="84186" gutterType="LEFT_ONLY">'
             '<hp:margin header="4252" footer="4252" gutter="0" left="8504" right="8504" top="5668" bottom="4252"/></hp:pagePr></hp:secPr>')
    pid[0] += 1
    out.append(f'<hp:p id="{pid[0]}" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0"><hp:run charPrIDRef="0">{secpr}{hdr}</hp:run></hp:p>')
    pb_next = False
    tid = 100
    for k, v in d.body:
        if k == "pb":
            pb_next = True; continue
        if k == "p":
            out.append(para(v, 0, pb_next)); pb_next = False
        else:
            tid += 1
            nr, nc = len(v), max(len(x) for x in v)
            w = 42520 // nc
            rows = []
            for ri, row in enumerate(v):
                cells = []
                for ci, c in enumerate(row):
                    cells.append(f'<hp:tc name="" header="{1 if ri == 0 else 0}" hasMargin="0" protect="0" editable="0" dirty="0" borderFillIDRef="2">'
                                 f'{sublist([para(c, 1 if ri == 0 else 0)])}<hp:cellAddr colAddr="{ci}" rowAddr="{ri}"/>'
                                 f'<hp:cellSpan colSpan="1" rowSpan="1"/><hp:cellSz width="{w}" height="1500"/>'
                                 f'<hp:cellMargin left="510" right="510" top="141" bottom="141"/></hp:tc>')
                rows.append("<hp:tr>" + "".join(cells) + "</hp:tr>")
            pid[0] += 1
            out.append(f'<hp:p id="{pid[0]}" paraPrIDRef="0" styleIDRef="0" pageBreak="{1 if pb_next else 0}" columnBreak="0" merged="0"><hp:run charPrIDRef="0">'
                       f'<hp:tbl id="{tid}" zOrder="0" numberingType="TABLE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" lock="0" dropcapstyle="None" pageBreak="CELL" repeatHeader="1" rowCnt="{nr}" colCnt="{nc}" cellSpacing="0" borderFillIDRef="2" noAdjust="0">'
                       f'<hp:sz width="{w * nc}" widthRelTo="ABSOLUTE" height="{1500 * nr}" heightRelTo="ABSOLUTE" protect="0"/>'
                       f'<hp:pos treatAsChar="1" affectLSpacing="0" flowWithText="1" allowOverlap="0" holdAnchorAndSO="0" vertRelTo="PARA" horzRelTo="COLUMN" vertAlign="TOP" horzAlign="LEFT" vertOffset="0" horzOffset="0"/>'
                       f'<hp:outMargin left="0" right="0" top="0" bottom="0"/><hp:inMargin left="510" right="510" top="141" bottom="141"/>'
                       + "".join(rows) + '</hp:tbl></hp:run></hp:p>')
            pb_next = False
    section = f'<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hs:sec {HWPX_NS}>' + "".join(out) + "</hs:sec>"
    font = "함초롬바탕" if d.style == "old" else "함초롬돋움"
    header = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hh:head {HWPX_NS} version="1.4" secCnt="1">'
              '<hh:beginNum page="1" footnote="1" endnote="1" pic="1" tbl="1" equation="1"/><hh:refList>'
              f'<hh:fontfaces itemCnt="1"><hh:fontface lang="HANGUL" fontCnt="1"><hh:font id="0" face="{font}" type="TTF" isEmbedded="0"/></hh:fontface></hh:fontfaces>'
              '<hh:borderFills itemCnt="2"><hh:borderFill id="1" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0"/>'
              '<hh:borderFill id="2" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0"/></hh:borderFills>'
              '<hh:charProperties itemCnt="2"><hh:charPr id="0" height="1000" textColor="#000000" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1"/>'
              '<hh:charPr id="1" height="1200" textColor="#000000" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1"><hh:bold/></hh:charPr></hh:charProperties>'
              '<hh:paraProperties itemCnt="1"><hh:paraPr id="0" tabPrIDRef="0" condense="0" fontLineHeight="0" snapToGrid="1" suppressLineNumbers="0" checked="0"><hh:align horizontal="JUSTIFY" vertical="BASELINE"/></hh:paraPr></hh:paraProperties>'
              '<hh:styles itemCnt="1"><hh:style id="0" type="PARA" name="바탕글" engName="Normal" paraPrIDRef="0" charPrIDRef="0" nextStyleIDRef="0" langID="1042" lockForm="0"/></hh:styles>'
              '</hh:refList></hh:head>')
    title = xe(next((v for k, v in d.body if k == "p"), d.tpl))
    hpf = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><opf:package {HWPX_NS} version="" unique-identifier="" id="">'
           f'<opf:metadata><opf:title>{title}</opf:title><opf:language>ko</opf:language><opf:meta name="creator" content="text">sens_as</opf:meta>'
           '<opf:meta name="CreatedDate" content="text">2026-01-01T00:00:00Z</opf:meta><opf:meta name="ModifiedDate" content="text">2026-01-01T00:00:00Z</opf:meta></opf:metadata>'
           '<opf:manifest><opf:item id="header" href="Contents/header.xml" media-type="application/xml"/>'
           '<opf:item id="section0" href="Contents/section0.xml" media-type="application/xml"/>'
           '<opf:item id="settings" href="settings.xml" media-type="application/xml"/></opf:manifest>'
           '<opf:spine><opf:itemref idref="header" linear="yes"/><opf:itemref idref="section0" linear="yes"/></opf:spine></opf:package>')
    container = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><ocf:container xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:container" '
                 'xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf"><ocf:rootfiles>'
                 '<ocf:rootfile full-path="Contents/content.hpf" media-type="application/hwpml-package+xml"/>'
                 '<ocf:rootfile full-path="Preview/PrvText.txt" media-type="text/plain"/></ocf:rootfiles></ocf:container>')
    manifest = '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>'
    version = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hv:HCFVersion xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version" '
               'tagetApplication="WORDPROCESSOR" major="5" minor="1" micro="0" buildNumber="1" os="1" xmlVersion="1.4" application="Hancom Office Hangul" appVersion="12, 0, 0, 0"/>')
    settings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><ha:HWPApplicationSetting xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" '
                'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0"><ha:CaretPosition listIDRef="0" paraIDRef="0" pos="0"/></ha:HWPApplicationSetting>')
    prv = d.text()[:1000]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        def add(nm, data, stored=False):
            zi = zipfile.ZipInfo(nm, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
        add("mimetype", "application/hwp+zip", stored=True)
        add("version.xml", version)
        add("META-INF/container.xml", container)
        add("META-INF/manifest.xml", manifest)
        add("Contents/content.hpf", hpf)
        add("Contents/header.xml", header)
        add("Contents/section0.xml", section)
        add("settings.xml", settings)
        add("Preview/PrvText.txt", prv)
    return buf.getvalue()

def hwpx_extract(path):
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        assert names[0] == "mimetype" and z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        assert z.read("mimetype") == b"application/hwp+zip"
        for need in ("META-INF/container.xml", "Contents/content.hpf", "Contents/header.xml", "Contents/section0.xml"):
            ET.fromstring(z.read(need))
        root = ET.fromstring(z.read("Contents/section0.xml"))
    ns = "{http://www.hancom.co.kr/hwpml/2011/paragraph}t"
    return "\n".join(e.text or "" for e in root.iter(ns))

# ---------------- PDF
_fonts_done = [False]
def reg_fonts():
    if _fonts_done[0]: return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for n, p in (("NG", FONT_G), ("NGB", FONT_GB), ("NM", FONT_M), ("NMB", FONT_MB)):
        pdfmetrics.registerFont(TTFont(n, p))
    _fonts_done[0] = True

def wrap_protected(text, width_fn, maxw, protect):
    """greedy wrap at spaces, never inside a protected substring."""
    bad = set()
    for c in protect:
        if not c: continue
        s = 0
        while True:
            j = text.find(c, s)
            if j < 0: break
            bad.update(range(j, j + len(c))); s = j + 1
    lines, start = [], 0
    while start < len(text):
        if width_fn(text[start:]) <= maxw:
            lines.append(text[start:]); break
        cut = None
        for j in range(len(text) - 1, start, -1):
            if text[j] == " " and j not in bad and width_fn(text[start:j]) <= maxw:
                cut = j; break
        if cut is None:  # hard cut (no protected region crossed if possible)
            j = start + 1
            while j < len(text) and width_fn(text[start:j + 1]) <= maxw: j += 1
            while j in bad and j > start + 1: j -= 1
            lines.append(text[start:j]); start = j; continue
        lines.append(text[start:cut]); start = cut + 1
    return lines

def pdf_text_bytes(d):
    reg_fonts()
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.lib.pagesizes import A4
    W, H = A4
    fn, fb = ("NM", "NMB") if d.style == "old" and not HANJA.search(d.text()) else ("NG", "NGB")
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(d.slug); c.setAuthor("sens_as"); c.setCreator("sens_as make_set.py")
    fs, lh, left, right = 10, 15, 60, W - 60
    y = [H - 90]
    def decor():
        c.setFont(fb, 12)
        for k, h in enumerate(d.header):
            c.drawCentredString(W / 2, H - 45 - k * 16, h)
        c.setFont(fn, 9)
        for k, f in enumerate(reversed(d.footer)):
            c.drawCentredString(W / 2, 40 + k * 13, f)
    def newpage():
        c.showPage(); decor(); y[0] = H - 90
    decor()
    bottom = 60 + 13 * len(d.footer)
    for k, v in d.body:
        if k == "pb":
            newpage(); continue
        if k == "p":
            for ln in wrap_protected(v, lambda s: stringWidth(s, fn, fs), right - left, d.cues):
                if y[0] < bottom: newpage()
                c.setFont(fn, fs); c.drawString(left, y[0], ln); y[0] -= lh
            y[0] -= 3
        else:
            nc = max(len(r_) for r_ in v); cw = (right - left) / nc
            for ri, row in enumerate(v):
                if y[0] < bottom + 20: newpage()
                for ci, cell in enumerate(row):
                    f2 = fb if ri == 0 else fn; s = 9
                    while stringWidth(cell, f2, s) > cw - 6 and s > 4: s -= 0.5
                    c.setFont(f2, s); c.drawString(left + ci * cw + 3, y[0] - 13, cell)
                    c.rect(left + ci * cw, y[0] - 18, cw, 18)
                y[0] -= 18
            y[0] -= 10
    c.showPage(); c.save()
    return buf.getvalue()

def pdf_scan_bytes(d, rng, jpg_path):
    reg_fonts()
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    Wp, Hp = 1240, 1754
    myeong = d.style == "old" and not HANJA.search(d.text())
    fpath = FONT_M if myeong else FONT_G
    f = ImageFont.truetype(fpath, 24); fbig = ImageFont.truetype(FONT_MB if myeong else FONT_GB, 30)
    pages = []
    def newimg():
        im = Image.new("RGB", (Wp, Hp), (250, 249, 244) if d.style != "old" else (243, 236, 220))
        dr = ImageDraw.Draw(im)
        for k, h in enumerate(d.header):   # stamp boxes
            tw = dr.textlength(h, font=fbig)
            x0 = (Wp - tw) / 2
            y0 = 50 + k * 56
            col = (190, 30, 30) if any(s in h for s in ("비", "秘", "Ⅱ", "Ⅲ", "급")) else (20, 20, 20)
            dr.rectangle([x0 - 14, y0 - 8, x0 + tw + 14, y0 + 42], outline=col, width=3)
            dr.text((x0, y0), h, font=fbig, fill=col)
        for k, ft in enumerate(reversed(d.footer)):
            tw = dr.textlength(ft, font=f)
            dr.text(((Wp - tw) / 2, Hp - 80 - k * 36), ft, font=f, fill=(30, 30, 30))
        return im, dr
    im, dr = newimg(); y = 60 + 56 * len(d.header) + 30
    bottom = Hp - 110 - 36 * len(d.footer)
    for k, v in d.body:
        if k == "pb":
            pages.append(im); im, dr = newimg(); y = 60 + 56 * len(d.header) + 30; continue
        if k == "p":
            for ln in wrap_protected(v, lambda s: dr.textlength(s, font=f), Wp - 200, d.cues):
                if y > bottom:
                    pages.append(im); im, dr = newimg(); y = 60 + 56 * len(d.header) + 30
                dr.text((100, y), ln, font=f, fill=(25, 25, 25)); y += 36
            y += 6
        else:
            nc = max(len(r_) for r_ in v); cw = (Wp - 200) / nc
            for row in v:
                if y > bottom:
                    pages.append(im); im, dr = newimg(); y = 60 + 56 * len(d.header) + 30
                for ci, cell in enumerate(row):
                    s = 22
                    ff = ImageFont.truetype(fpath, s)
                    while dr.textlength(cell, font=ff) > cw - 10 and s > 10:
                        s -= 1; ff = ImageFont.truetype(fpath, s)
                    dr.rectangle([100 + ci * cw, y - 4, 100 + (ci + 1) * cw, y + 36], outline=(40, 40, 40), width=2)
                    dr.text((105 + ci * cw, y + 4), cell, font=ff, fill=(25, 25, 25))
                y += 40
            y += 14
    pages.append(im)
    c = canvas.Canvas(jpg_path + ".pdf", pagesize=A4, invariant=1)
    c.setTitle(d.slug); c.setCreator("scanner")
    for pi, im in enumerate(pages):
        # noise: speckles + low-res grain, slight rotation, blur
        dr = ImageDraw.Draw(im)
        for _ in range(2500):
            x, yy = rng.randrange(Wp), rng.randrange(Hp); g = rng.randint(60, 170)
            dr.point((x, yy), fill=(g, g, g))
        grain = Image.frombytes("L", (Wp // 4, Hp // 4), rng.randbytes((Wp // 4) * (Hp // 4))).resize((Wp, Hp))
        im = Image.blend(im, Image.merge("RGB", (grain, grain, grain)), 0.06)
        im = im.rotate(rng.uniform(-1.2, 1.2), resample=Image.BICUBIC, fillcolor=(235, 235, 230))
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        if d.style == "old" or rng.random() < .5:
            im = im.convert("L")
        p = f"{jpg_path}_{pi}.jpg"
        im.save(p, "JPEG", quality=62)
        c.drawImage(p, 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
    data = open(jpg_path + ".pdf", "rb").read()
    return data

# ================================================================= MAIN
ORDER = ["OIDA-9-1-1", "OIDA-9-1-2", "OIDA-9-1-3", "OIDA-9-1-4", "OIDA-9-1-5", "OIDA-9-1-6",
         "OIDA-9-1-7", "OIDA-9-1-8", "PIPA-23", "PIPA-24"]
FMT_PATTERN = ["hwpx", "txt", "pdf", "txt", "hwpx", "scan", "txt", "pdf", "hwpx", "txt", "pdf"]

def check_labels(d):
    rs = set(d.reasons)
    assert d.disclosure in ("public", "partial", "non_public")
    assert d.marking in ("none", "대외비", "III급", "II급", "I급")
    if d.disclosure == "public": assert not rs, d.tpl
    else: assert rs, d.tpl
    if d.marking in ("III급", "II급", "I급"):
        assert "OIDA-9-1-1" in rs and len(rs - {"OIDA-9-1-1"}) >= 1 and d.disclosure == "non_public"
    else:
        assert "OIDA-9-1-1" not in rs
    if d.marking == "대외비": assert d.disclosure == "non_public"
    if "PIPA-24" in rs:
        ids = re.findall(r"\b\d{6}-[1-8]\d{6}\b|\b[MS]\d{8}\b|\bM\d{3}[A-H]\d{4}\b|\b\d{2}-\d{2}-\d{6}-\d{2}\b", d.text())
        assert ids, ("PIPA-24 without unmasked id", d.tpl, d.i)
    else:
        assert not re.findall(r"\b\d{6}-[1-8]\d{6}\b|\b[MS]\d{8}\b|\bM\d{3}[A-H]\d{4}\b|\b\d{2}-\d{2}-\d{6}-\d{2}\b", d.text()), ("unmasked id without PIPA-24", d.tpl, d.i)
    if d.disclosure == "partial":
        assert rs <= {"OIDA-9-1-6", "OIDA-9-1-7", "PIPA-24"}, d.tpl

def main():
    if os.path.isdir(FILES): shutil.rmtree(FILES)
    os.makedirs(FILES); os.makedirs(SCRATCH, exist_ok=True)
    docs = []
    for ti, (tn, (n, fn)) in enumerate(T.items()):
        for i in range(n):
            d = fn(i); check_labels(d)
            d.fmt = FMT_PATTERN[(i + ti * 3) % len(FMT_PATTERN)]
            docs.append(d)
    recs, metas = [], []
    for k, d in enumerate(docs):
        rid = f"sens_as_{k + 1:04d}"
        txt = d.text()
        for c in d.cues:
            assert c in txt, (rid, c)
        rec = {"id": rid}
        if d.fmt == "txt":
            rec["text"] = txt; extracted = txt; fmt = "txt"
        elif d.fmt == "hwpx":
            rel = f"files/{rid}_{d.slug}.hwpx"
            open(os.path.join(HERE, rel), "wb").write(hwpx_bytes(d))
            extracted = hwpx_extract(os.path.join(HERE, rel)); rec["file"] = rel; fmt = "hwpx"
        elif d.fmt == "pdf":
            rel = f"files/{rid}_{d.slug}.pdf"
            open(os.path.join(HERE, rel), "wb").write(pdf_text_bytes(d))
            from pypdf import PdfReader
            extracted = "\n".join(p.extract_text() for p in PdfReader(os.path.join(HERE, rel)).pages)
            rec["file"] = rel; fmt = "pdf_text"
        else:
            rel = f"files/{rid}_{d.slug}_scan.pdf"
            data = pdf_scan_bytes(d, random.Random(f"sens_as-2026|scan|{rid}"), os.path.join(SCRATCH, rid))
            open(os.path.join(HERE, rel), "wb").write(data)
            from pypdf import PdfReader
            rd = PdfReader(os.path.join(HERE, rel))
            assert all(not (p.extract_text() or "").strip() for p in rd.pages), rid
            extracted = txt; rec["file"] = rel; fmt = "pdf_scan"
        for c in d.cues:
            assert c in extracted, (rid, fmt, c)
        rec.update({"disclosure": d.disclosure, "marking": d.marking, "reasons": d.reasons, "genre": d.genre})
        recs.append(rec)
        flags = list(d.flags) + (["scanned", "no_text_layer"] if fmt == "pdf_scan" else []) + (["old_typed"] if d.style == "old" and "old_typed" not in d.flags else [])
        loc = d.cue_loc
        if fmt == "pdf_scan" and d.header and any(c in d.header for c in d.cues):
            loc = loc.replace("header", "scan_stamp(header)")
        metas.append({"id": rid, "template": d.tpl, "variant": d.variant, "format": fmt, "cue_kind": d.cue_kind,
                      "cue_location": loc, "cue_text": d.cues, "flags": flags, "note": d.note, "rendered_text": txt})
    shutil.rmtree(SCRATCH)
    with open(os.path.join(HERE, "sens_as.jsonl"), "w", encoding="utf-8") as f:
        for r_ in recs: f.write(json.dumps(r_, ensure_ascii=False, sort_keys=False) + "\n")
    with open(os.path.join(HERE, "sens_as.meta.jsonl"), "w", encoding="utf-8") as f:
        for m_ in metas: f.write(json.dumps(m_, ensure_ascii=False) + "\n")
    # stats
    from collections import Counter
    fmtc = Counter(m["format"] for m in metas)
    st = {"n": len(recs), "reference_date": "2026-03-01",
          "format": dict(sorted(fmtc.items())),
          "disclosure": dict(Counter(r_["disclosure"] for r_ in recs)),
          "marking": dict(Counter(r_["marking"] for r_ in recs)),
          "reasons": {k: sum(k in r_["reasons"] for r_ in recs) for k in ORDER},
          "template": dict(Counter(m["template"] for m in metas)),
          "cue_kind": dict(sorted(Counter(m["cue_kind"] for m in metas).items())),
          "flags": dict(sorted(Counter(fl for m in metas for fl in m["flags"]).items())),
          "format_x_marking": {f_: dict(Counter(r_["marking"] for r_, m in zip(recs, metas) if m["format"] == f_)) for f_ in sorted(fmtc)},
          "format_x_disclosure": {f_: dict(Counter(r_["disclosure"] for r_, m in zip(recs, metas) if m["format"] == f_)) for f_ in sorted(fmtc)}}
    assert fmtc["hwpx"] >= 65 and fmtc["pdf_text"] + fmtc["pdf_scan"] >= 65 and fmtc["pdf_scan"] >= 20, fmtc
    mk = st["marking"]
    assert mk.get("대외비", 0) >= 14 and mk.get("III급", 0) >= 10 and mk.get("II급", 0) >= 6 and mk.get("I급", 0) >= 3, mk
    assert all(v >= 4 for v in st["reasons"].values()), st["reasons"]
    assert len(recs) >= 260
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8") as f:
        json.dump(st, f, ensure_ascii=False, indent=1, sort_keys=True); f.write("\n")
    write_readme(st, metas, recs)
    write_md5s()
    print(json.dumps({k: st[k] for k in ("n", "format", "disclosure", "marking", "reasons")}, ensure_ascii=False))

def md_table(head, rows):
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(str(c) for c in r_) + " |" for r_ in rows]
    return "\n".join(out)

def write_readme(st, metas, recs):
    from collections import Counter, defaultdict
    fm = st["format"]
    tp = defaultdict(Counter)
    for r_, m in zip(recs, metas):
        tp[m["template"]][r_["disclosure"]] += 1; tp[m["template"]]["n"] += 1
        tp[m["template"]]["m:" + r_["marking"]] += 1
    trows = []
    for t_, c in tp.items():
        mk = ", ".join(f"{k[2:]} {v}" for k, v in sorted(c.items()) if k.startswith("m:") and k != "m:none")
        trows.append([t_, c["n"], c["public"], c["partial"], c["non_public"], mk or "-"])
    L = []
    L.append("# sens_as — independent evaluation set: disclosure status and security marking (synthetic)\n")
    L.append("An evaluation set for a classifier that decides, for a Korean public-sector document, the **disclosure** "
             "decision (public / partial / non_public), the **security marking the document carries now** "
             "(none / 대외비 / III급 / II급 / I급) and the **reasons** (OIDA-9-1-1…8, PIPA-23, PIPA-24), following the "
             "label rules of `/work/shared/pii-dev/README.md` (sections *Label rules (PII)* and *Sensitivity set*). "
             "Every organisation, person, place, address, account and identifier is invented (random name syllables, "
             "fictional 시/군/도, ministries and companies; check-digit-valid RRNs/FRNs are random and may coincide with real ones by chance — treat as sensitive-looking test data).\n")
    L.append("**Reference date (\"now\"): 2026-03-01.** No document is dated after it. Stamps, 보호기간 and 예고문 are judged against it.\n")
    L.append("## Files\n")
    L.append(md_table(["file", "content"], [
        ["`make_set.py`", "the generator (deterministic; string seeds `random.Random(\"sens_as-2026|<template>|<i>\")`, scans use `sens_as-2026|scan|<id>`). Writes everything below and validates it."],
        ["`sens_as.jsonl`", f"{st['n']} records `{{id, text|file, disclosure, marking, reasons, genre}}`; `file` is relative to this folder"],
        ["`sens_as.meta.jsonl`", "per id: template, variant, format, cue_kind, cue_location, cue_text (exact printed strings), flags, note (why the label), rendered_text (logical text of the file)"],
        ["`files/`", f"{fm.get('hwpx',0)} HWPX, {fm.get('pdf_text',0)} PDF with text layer, {fm.get('pdf_scan',0)} scan-like PDF (page images only, no text layer)"],
        ["`stats.json`", "counts (format, disclosure, marking, reasons, templates, cue kinds, flags, cross tables)"],
        ["`MD5SUMS`", "md5 of every other file, written last"]]))
    L.append("\n### File formats\n")
    L.append("- **HWPX**: OWPML zip: `mimetype` (`application/hwp+zip`, first entry, stored), `version.xml`, `META-INF/container.xml`, "
             "`META-INF/manifest.xml`, `Contents/content.hpf`, `Contents/header.xml` (fontfaces, charPr, paraPr, style), "
             "`Contents/section0.xml` (`hs:sec` → `hp:p`/`hp:run`/`hp:t`; tables as `hp:tbl`/`hp:tr`/`hp:tc`; page header/footer "
             "as `hp:ctrl`/`hp:header`|`hp:footer` with their own `hp:subList` — stamps placed there live only in the header/footer), `settings.xml`, `Preview/PrvText.txt`. "
             "Zip timestamps fixed to 2026-01-01 00:00:00.\n"
             "- **PDF (text)**: reportlab, NanumGothic / NanumMyeongjo (older typed documents) embedded as TTF subsets; header and footer lines are repeated on every page; "
             "wrapping never splits a cue string; `invariant=1` fixes dates and IDs.\n"
             "- **PDF (scan)**: each page rendered with Pillow at 150 dpi (1240×1754), stamps in the header drawn as red boxed stamps, "
             "speckle + grain noise, ±1.2° rotation, blur, JPEG q62 (some greyscale, old documents on yellowed paper), embedded as the only page content; "
             "the reader must OCR. Validation checks cues against `rendered_text` and that pypdf extracts no text.\n"
             "- **txt**: the logical text in the `text` field (tables flattened with ` | `).\n")
    L.append("## Composition\n")
    L.append(md_table(["format", "n"], [[k, v] for k, v in sorted(fm.items())] + [["total", st["n"]]]))
    L.append("")
    L.append(md_table(["disclosure", "n"], [[k, st["disclosure"].get(k, 0)] for k in ("public", "partial", "non_public")]))
    L.append("")
    L.append(md_table(["marking", "n"], [[k, st["marking"].get(k, 0)] for k in ("none", "대외비", "III급", "II급", "I급")]))
    L.append("")
    L.append(md_table(["reason", "documents"], [[k, v] for k, v in st["reasons"].items()]))
    L.append("")
    L.append(md_table(["format", "public", "partial", "non_public", "대외비", "III급", "II급", "I급"],
                      [[f_, st["format_x_disclosure"][f_].get("public", 0), st["format_x_disclosure"][f_].get("partial", 0),
                        st["format_x_disclosure"][f_].get("non_public", 0)] + [st["format_x_marking"][f_].get(k, 0) for k in ("대외비", "III급", "II급", "I급")]
                       for f_ in sorted(fm)]))
    L.append("\n### Templates (genres)\n")
    L.append(md_table(["template", "n", "public", "partial", "non_public", "marking ≠ none"], trows))
    L.append("\ncue_kind counts: " + ", ".join(f"{k} {v}" for k, v in st["cue_kind"].items()) + ".\n")
    L.append("flag counts: " + ", ".join(f"{k} {v}" for k, v in st["flags"].items()) + ".\n")
    L.append("""## Labelling rules applied

- `marking` = the classification the document **carries now** (at 2026-03-01):
  - A live stamp (대외비 with no end date, an open-ended `보호기간: 별도 지시 시까지`, or 보호기간/예고문 ending after 2026-03-01) gives that marking.
  - **Expiry rule:** when the 보호기간 of a 대외비 stamp, or the 예고문 period of a 비밀 stamp, ended before 2026-03-01, the document carries what the 예고문 says it becomes: `이후 일반문서로 재분류` or a lapsed 대외비 → `none`; `…이후 …까지 Ⅲ급비밀` → `III급`; `…이후 …까지 대외비로 관리` → `대외비`. The printed stamp then differs from the label (flag `printed_mark_differs`, `expired`, `expired_partly`). After expiry the disclosure and reasons are decided by the content alone (no OIDA-9-1-1 for a lapsed 비밀).
  - Mention-only documents (handling guides quoting stamps, 정보공개 guides quoting `비공개(제9조 제1항 제5호)`, 비밀번호 notices, civil-service grades such as `3급(부이사관)`/`1급(관리관)`, 제1급감염병, declassification notices, cover letters saying a 비밀 attachment is sent separately, public audit summaries, training handouts) → `none`.
  - A 붙임 **inside the same file** that carries its own live mark gives the file that mark (template `attach_marked`), even though the covering 공문 is unmarked.
  - Spelling variants used: `대외비`, `대 외 비`, `[대외비]`, `《대외비》`, `〈대외비〉`, `【 대 외 비 】`, `보안등급: 대외비`, `대외비 문서`, `대외비(對外秘)`, `對外秘`, `YYYY. M. D.까지 대외비`, `대외비(보호기간: …까지)`; `Ⅲ급비밀`, `III급 비밀`, `3급 비밀`, `3급비밀`, `비밀(Ⅲ급)`, `Ⅲ 급 비 밀`, `비 밀 (3급)`, `三級秘密`; `Ⅱ급비밀`, `비밀(Ⅱ급)`, `II급 비밀`, `2급 비밀`, `Ⅱ 급 비 밀`, `2급비밀`; `Ⅰ급비밀`, `I급 비밀`, `1급 비밀`, `비밀(Ⅰ급)`. Locations: page header, page footer, cover page, table cell, body sentence, attachment, scanned stamp, last footer line only.
- `disclosure`: public → no reasons; partial → disclosable after removing personal (-6, PIPA-24) or business (-7) data; non_public → classified documents, 대외비 documents, internal reviews (-5), exams before the exam (-5), ongoing investigations / pending litigation (-4), facility protection (-3), unannounced development sites (-8, with -5), rosters made only of personal data, disciplinary/health/union records (-6 + PIPA-23).
- OIDA-9-1-1 only with a live Ⅰ/Ⅱ/Ⅲ급 mark and always with a content reason (-2, or -3 for facility protection); never with 대외비 (대외비 gets only content reasons).
- OIDA-9-1-6 for identifiable private persons, and for officials in a non-official capacity (discipline, health, passport numbers, union membership). Officials acting in office (보도자료 담당자, 기안자/검토자/결재권자, 인사 발령) do not trigger it.
- PIPA-24 only when an **unmasked** RRN / FRN / passport / driver-licence number is printed; masked RRNs (`850312-1******`, `●`, `X`) give -6 only. Validation asserts both directions.
- PIPA-23: criminal conviction (음주운전 벌금/집행유예), health (진단명, 병가·질병휴직, 심리상담), trade-union membership.
- **Deliberately mislabelled** (template `mislabeled`, flag `t_mislabeled`): 5 공문 stating `공개구분: 공개` but listing full RRNs and bank accounts of private persons → gold `partial`, `[OIDA-9-1-6, PIPA-24]`. Elsewhere the stated 공개구분 line, when present, agrees with the gold label.
- Misleading titles/file names (flag `misleading_name`): a report titled 「대외비 문서 관리 실태」 that is public; a file named like a routine notice that discloses an employee's health condition; an ordinary plan whose only live 대외비 stamp is the last footer line; a file named `bimil_III_gwanri` that is a training handout. File names never decide the label.

## Validation (run by make_set.py on every build)

- every `cue_text` string occurs in the text extracted from its record: raw `text`; the concatenated `hp:t` runs of `Contents/section0.xml` (header/footer included) for HWPX; `pypdf` text layer for text PDFs; `rendered_text` for scans (plus: pypdf finds no text layer in any scan page);
- every HWPX opens as a zip with `mimetype` first and stored and the required parts parse as XML; every PDF opens with pypdf;
- label rules: public ⇔ no reasons; OIDA-9-1-1 iff marking ∈ {I급, II급, III급}, always with another reason, disclosure non_public; 대외비 ⇒ non_public and no OIDA-9-1-1; PIPA-24 ⇔ an unmasked RRN/FRN/passport/licence pattern in the text; partial reasons ⊆ {-6, -7, PIPA-24};
- minimum counts (≥65 HWPX, ≥65 PDF, ≥20 scans, ≥260 documents, 대외비 ≥14, III급 ≥10, II급 ≥6, I급 ≥3, every reason ≥4);
- determinism: the whole output was generated under `PYTHONHASHSEED=1` and `PYTHONHASHSEED=2` and was byte-identical (same MD5 for every file).

Rebuild: `python3 -m venv .venv && .venv/bin/pip install reportlab pypdf pillow && PYTHONHASHSEED=1 .venv/bin/python make_set.py` (needs fonts-nanum at `/usr/share/fonts/truetype/nanum/`). Built with reportlab 4.x, pypdf 5.1.0, Pillow 11.x/12.x; other versions may change PDF/JPEG bytes but not labels or text.

## Caveats

- Templates, however varied, limit realism; scores here measure conventions and failure modes, not real-world accuracy.
- Scans are rendered cleanly enough for OCR; OCR errors on stamps (e.g. `Ⅲ` vs `III`) are part of what is tested.
- The labels encode one reading of 정보공개법 / 개인정보 보호법 / 보안업무규정 as set out in the dev README; not legal advice.

## Independence

- Local files read: only `/work/shared/pii-dev/README.md`. Slip: I printed the **whole** file (also its Files, PII composition, Scoring and Baseline sections), not only the two named sections. I did not open, list or grep anything else under `/work/shared`, `/work/main` or `/work/evalsets` (other than this folder), and did not read any classifier, scorer, baseline, generator or other evaluation set. No tool or classifier from this machine was run; only `python3`, `fc-list` (to find fonts) and a venv in this folder with reportlab, pypdf and Pillow from PyPI.
- Public reference consulted through the search tool: corpus `pages` — 2 queries (보안업무규정·시행규칙 비밀 표시/예고문/대외비; 행정업무 운영 규정 공문 두문·본문·결문·공개구분), which returned the 보안업무규정 text (Wikisource) and agency 보안업무 시행세칙 pages; corpus `docs` — 1 query on the HWPX/OWPML package layout (docs.rs / unpkg pages of HWPX libraries listing `mimetype`, `Contents/content.hpf`, `header.xml`, `section0.xml`). The docs.rs hits displayed excerpts of crate source files; I used them only to confirm the part names. No `code` or `issues` corpus, no GitHub repository read.
- All document content was written from general knowledge of Korean administrative forms; nothing was copied from the consulted pages.
""")
    open(os.path.join(HERE, "README.md"), "w", encoding="utf-8").write("\n".join(L) + "\n")

def write_md5s():
    out = []
    for root, dirs, fs in os.walk(HERE):
        dirs[:] = sorted(x for x in dirs if x not in (".venv", "_scratch", "_view"))
        for f_ in sorted(fs):
            full = os.path.join(root, f_); rel = os.path.relpath(full, HERE)
            if rel == "MD5SUMS": continue
            out.append(f"{hashlib.md5(open(full, 'rb').read()).hexdigest()}  {rel}")
    open(os.path.join(HERE, "MD5SUMS"), "w").write("\n".join(sorted(out, key=lambda x: x[34:])) + "\n")

if __name__ == "__main__":
    main()
