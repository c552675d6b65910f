#!/usr/bin/env python3
"""sens_ar: independent evaluation set for disclosure status / security marking of
Korean public-sector documents.  Everything is invented.  Deterministic: all randomness
comes from random.Random("sens_ar-2026|<template>|<i>") string seeds.
Run with the venv in this folder:  .venv/bin/python make_set.py
"""
import io, json, os, re, random, zipfile, hashlib, sys
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
REF_DATE = (2026, 3, 1)          # "now" for 예고문 / 보호기간
REF_DATE_TXT = "2026. 3. 1."
FONT = "/usr/share/fonts/truetype/nanum/NanumGothic.ttf"
FONTB = "/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf"

def R(tpl, i):
    return random.Random("sens_ar-2026|%s|%s" % (tpl, i))

# ---------------------------------------------------------------- invented world
SUR = list("김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감음빈동온호범좌") 
GIV = "민서지도하준우현수영은진성호재윤희경태승혜유정아연동규나원상철미선주석가람솔보빈채율온결담새힘"
def name(r):
    return r.choice(SUR) + r.choice(GIV) + r.choice(GIV)
PROV = ["누리도", "한결도", "가온도", "새벌도", "다솜도"]
CITY = ["해온시", "청람시", "솔뫼시", "볕뉘시", "라온시", "늘봄군", "별하군", "여울시"]
GU = ["솔뫼구", "새터구", "물빛구", "달내구", "큰들구"]
ROAD = ["바람개비로", "은행나무길", "한숲대로", "물방울로", "새싹길", "들꽃로", "노을빛길", "윗마을로"]
APT = ["한빛누리아파트", "솔향마을", "푸른들빌라", "다온채아파트", "해오름타운"]
AGENCY = ["국가해양자원청", "중앙비상대비원", "국토기반시설관리청", "해온시", "청람시", "누리도", "한결도교육청",
          "국립기상융합연구원", "가온도 소방본부", "새벌항만공사", "국가전력망관리원", "여울시 솔뫼구"]
DEPT = ["운영지원과", "기획예산담당관", "감사담당관", "비상안전과", "시설관리과", "인사혁신팀", "계약관리팀",
        "정보공개팀", "도시개발과", "통계분석과", "대변인실", "보안담당관", "민원봉사과", "재난대응과"]
COMP = ["(주)새별테크", "다온건설(주)", "(주)한숲엔지니어링", "(주)물결시스템", "누리환경(주)", "(주)온빛소프트",
        "바른기계(주)", "(주)가람정보통신", "해솔산업(주)", "(주)라온조경"]
RANK_OFF = ["주무관", "사무관", "서기관", "팀장", "과장", "계장", "연구관"]

def d(y, m, dd):
    return "%d. %d. %d." % (y, m, dd)
def rdate(r, y0=2024, y1=2025):
    return d(r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))
def mobile(r):
    return "010-%04d-%04d" % (r.randint(1000, 9999), r.randint(0, 9999))
def direct(r):
    return "0%d-%03d-%04d" % (r.choice([31, 33, 41, 43, 44, 51, 52, 55, 61, 63]), r.randint(200, 989), r.randint(0, 9999))
def addr(r):
    return "%s %s %s %d, %d동 %d호" % (r.choice(PROV), r.choice(CITY), r.choice(ROAD), r.randint(3, 480), r.randint(101, 115), r.randint(101, 1804))
def inst_addr(r, ag):
    return "(%05d) %s %s %d, %s청사 %d층" % (r.randint(10000, 63999), r.choice(PROV), r.choice(ROAD), r.randint(1, 200), ag[:2], r.randint(2, 9))
def rrn(r, masked=False):
    y = r.randint(55, 99); s = "%02d%02d%02d-%d" % (y, r.randint(1, 12), r.randint(1, 28), r.choice([1, 2]))
    return s + ("******" if masked else "%06d" % r.randint(0, 999999))
def rrn_mask2(r):
    y = r.randint(55, 99); return "%02d%02d%02d-%d●●●●●●" % (y, r.randint(1, 12), r.randint(1, 28), r.choice([1, 2]))
def passport(r):
    return "M%08d" % r.randint(0, 99999999)
def dlic(r):
    return "%02d-%02d-%06d-%02d" % (r.randint(11, 28), r.randint(10, 25), r.randint(0, 999999), r.randint(10, 99))
def account(r):
    return "%03d-%04d-%04d-%02d" % (r.randint(100, 999), r.randint(0, 9999), r.randint(0, 9999), r.randint(10, 99))
def money(r, lo, hi):
    return "{:,}원".format(r.randint(lo, hi) * 1000)
def docno(r, dept):
    return "%s-%d" % (dept, r.randint(120, 9800))

UNMASKED_RE = re.compile(r"\d{6}-[1-4]\d{6}|\bM\d{8}\b|\b\d{2}-\d{2}-\d{6}-\d{2}\b")

# ---------------------------------------------------------------- filler prose
TOPICS = {
    "admin": ["업무 처리 절차", "행정 서식 정비", "민원 응대 체계", "문서 관리", "예산 집행 점검", "부서 간 협업"],
    "safety": ["재난 대응 훈련", "비상 연락 체계", "방재 설비 점검", "시설 경비 인력 운용", "출입 통제 절차", "정전 대비 대책"],
    "contract": ["계약 이행 관리", "납품 검사", "하도급 관리", "설계 변경 심사", "대가 지급 절차", "품질 점검"],
    "audit": ["회계 처리 적정성", "보조금 정산", "물품 관리 실태", "출장비 집행", "초과근무 관리", "공사 감독 업무"],
    "policy": ["제도 개선 방향", "중장기 추진 과제", "재원 조달 방안", "관계기관 협의 결과", "시범사업 성과", "규제 정비 과제"],
    "stats": ["표본 설계", "응답률 추이", "지역별 분포", "전년 대비 증감", "가중치 보정", "시계열 비교"],
    "defense": ["작전 지원 태세", "경계 근무 체계", "장비 전개 계획", "연합 훈련 일정", "통신망 이중화", "대응 전력 배치"],
    "hr": ["근무 성적 평정", "교육 훈련 이수", "보직 관리 원칙", "승진 심사 기준", "전보 주기", "휴직자 복무 관리"],
    "land": ["토지 이용 현황", "기반시설 연계", "보상 절차", "개발 밀도 구상", "교통 영향 검토", "환경 영향 분석"],
}
FRAMES = [
    "{t}에 대해서는 {d}까지 {n}개 부서가 참여하여 세부 이행 상황을 확인하였다.",
    "지난 분기 {t} 과정에서 {n}건의 개선 요구가 접수되었으며, 그중 상당수는 현장 여건을 반영한 것이었다.",
    "담당 부서는 {t}의 추진 경과를 정리하고, 향후 보완이 필요한 사항을 {m}개 항목으로 나누어 제시하였다.",
    "특히 {t}와 관련하여 관계기관과의 협의가 지연되는 사례가 있어 일정 조정이 불가피하였다.",
    "{t}의 기준을 명확히 하기 위해 기존 지침의 용어 정의와 적용 범위를 다시 검토하였다.",
    "현장 점검 결과 {t} 분야에서는 대체로 양호하였으나 기록 유지가 미흡한 곳이 {n}곳 확인되었다.",
    "{d} 기준으로 {t} 관련 예산은 계획 대비 {p}% 수준으로 집행되었다.",
    "앞으로 {t}는 분기별 점검표를 활용하여 관리하고, 결과는 다음 회의에 보고하기로 하였다.",
    "이와 함께 {t}에 필요한 인력과 장비를 재배치하는 방안도 함께 논의되었다.",
    "참석자들은 {t}가 실무자 개인의 경험에 의존하지 않도록 표준 절차를 마련할 필요가 있다는 데 공감하였다.",
    "{t}의 세부 내용은 붙임 자료의 표와 같으며, 수치는 {d} 현재 집계를 기준으로 한다.",
    "한편 {t} 업무의 중복을 줄이기 위하여 유사 과제 {m}건을 하나로 통합하는 방안을 검토 중이다.",
    "{t} 분야의 성과 지표는 처리 기간, 재요청 비율, 만족도 등 {m}개 지표로 구성하였다.",
    "검토 과정에서 제기된 의견 가운데 {t}에 관한 사항은 소관 부서가 별도로 회신할 예정이다.",
]
def filler(r, topic, n):
    out = []
    for _ in range(n):
        k = r.randint(2, 4)
        sents = []
        for _ in range(k):
            f = r.choice(FRAMES)
            sents.append(f.format(t=r.choice(TOPICS[topic]), d=rdate(r, 2025, 2025), n=r.randint(2, 19),
                                  m=r.randint(2, 7), p=r.randint(41, 98)))
        out.append(("p", " ".join(sents)))
    return out

def numbered(r, items):
    marks = r.choice([["1.", "2.", "3.", "4.", "5.", "6."], ["가.", "나.", "다.", "라.", "마.", "바."], ["□", "□", "□", "□", "□", "□"]])
    return [("p", "%s %s" % (marks[i % 6], it)) for i, it in enumerate(items)]

# ---------------------------------------------------------------- stamps
S_DAE = ["대 외 비", "[대외비]", "《대외비》", "{D}까지 대외비", "대외비(보호기간: {D}까지)", "보안등급: 대외비", "대외비", "대  외  비"]
S_III = ["Ⅲ급비밀", "III급 비밀", "3급 비밀", "비밀(Ⅲ급)", "Ⅲ 급 비 밀", "3급비밀"]
S_II = ["Ⅱ급비밀", "비밀(Ⅱ급)", "II급 비밀", "Ⅱ 급 비 밀"]
S_I = ["Ⅰ급비밀", "비밀(Ⅰ급)", "I급 비밀"]
GRADE_SYM = {"III급": "Ⅲ급비밀", "II급": "Ⅱ급비밀", "I급": "Ⅰ급비밀"}

def stamp_text(r, marking, until):
    pool = {"대외비": S_DAE, "III급": S_III, "II급": S_II, "I급": S_I}[marking]
    return r.choice(pool).replace("{D}", until)

def live_date(r):
    return d(r.randint(2026, 2031), r.choice([6, 12]), r.choice([30, 31]) if True else 30).replace(". 6. 31.", ". 6. 30.")
def dead_date(r):
    return d(r.randint(2023, 2025), r.choice([6, 12]), 30 if r.random() < .5 else 31).replace(". 6. 31.", ". 6. 30.")

# ---------------------------------------------------------------- document helpers
class Doc:
    def __init__(self, title):
        self.title = title; self.header = []; self.footer = []; self.blocks = []
        self.header_pages = "all"; self.footer_pages = "all"; self.cues = []
    def add(self, *b): self.blocks.extend(b)
    def cue(self, kind, loc, text): self.cues.append({"kind": kind, "location": loc, "text": text})

def gongmun_head(doc, r, ag, recv):
    doc.add(("center", ag), ("p", "수신  %s" % recv), ("p", "(경유)"))

def gongmun_tail(doc, r, ag, dept, disc_cell=None, stamp_cell=None, extra_rows=()):
    """결문: 발신명의, 결재란 table, 시행/접수, 주소, 연락처, 공개구분."""
    a, b, c = name(r), name(r), name(r)
    doc.add(("right", "%s장" % ag if not ag.endswith("시") else "%s장" % ag))
    row = ["기안자", "%s %s" % (r.choice(RANK_OFF[:2]), a), "검토자", "%s %s" % ("팀장", b), "결재권자", "%s %s" % ("과장", c)]
    rows = [row]
    if stamp_cell:
        rows[0] = row + [stamp_cell]
    doc.add(("table", rows))
    no = docno(r, dept)
    rows2 = [["시행", "%s (%s)" % (no, rdate(r, 2025, 2026)), "접수", ""],
             ["우", inst_addr(r, ag), "홈페이지", "www.%s.go.kr" % r.choice(["haeon", "cheongram", "nuri", "gaon", "saebeol"])],
             ["전화", direct(r), "전송", direct(r)]]
    rows2.extend(extra_rows)
    if disc_cell:
        rows2.append(["공개구분", disc_cell, "", ""])
    doc.add(("table", rows2))
    return no

def mk(doc, disclosure, marking, reasons, genre, note, flags=(), cue_kind=None):
    return {"doc": doc, "disclosure": disclosure, "marking": marking, "reasons": sorted(reasons, key=RORDER.index),
            "genre": genre, "note": note, "flags": list(flags)}
RORDER = ["OIDA-9-1-1", "OIDA-9-1-2", "OIDA-9-1-3", "OIDA-9-1-4", "OIDA-9-1-5", "OIDA-9-1-6", "OIDA-9-1-7", "OIDA-9-1-8", "PIPA-23", "PIPA-24"]

# ================================================================ templates
# Each returns mk(...).  v = variant index (int), r = seeded Random.

def t_gongmun_public(r, v):
    ag, dept = r.choice(AGENCY), r.choice(DEPT)
    subj = r.choice(["2026년 상반기 청사 에너지 절약 추진 계획 알림", "민원서식 간소화 개선안 의견 조회", "행정정보 공동이용 담당자 교육 참석 요청",
                     "공용차량 운행일지 작성 방법 변경 안내", "여름철 집중호우 대비 배수시설 점검 협조", "직원 청렴 교육 일정 통보"])
    doc = Doc(subj); gongmun_head(doc, r, ag, r.choice(["내부결재", "수신자 참조", "각 과장"]))
    doc.add(("h", "제목  " + subj))
    doc.add(*numbered(r, ["관련: %s-%d(%s.)" % (r.choice(DEPT), r.randint(100, 999), rdate(r)[:-1]),
                          "위 호와 관련하여 %s을(를) 다음과 같이 알려 드리니 업무에 참고하시기 바랍니다." % subj.split()[-2],
                          "세부 일정: %s ~ %s" % (rdate(r, 2026, 2026), rdate(r, 2026, 2026))]))
    if v % 3 == 2:
        doc.add(*filler(r, "admin", r.randint(25, 34)))
    else:
        doc.add(*filler(r, "admin", r.randint(2, 5)))
    doc.add(("p", "붙임  세부 추진계획 1부.  끝."))
    cue = ["공개", "공개구분: 공개", "공개(1)", "대국민공개"][v % 4]
    if v % 2 == 0:
        gongmun_tail(doc, r, ag, dept, disc_cell=cue); doc.cue("disclosure_field", "table_cell", cue)
    else:
        gongmun_tail(doc, r, ag, dept); doc.add(("p", "/ %s /" % cue)); doc.cue("disclosure_field", "body_end", cue)
    return mk(doc, "public", "none", [], "공문", "routine 공문, officials named in office only (9-1-6 라목); stated 공개 agrees with content",
              ["long_body"] if v % 3 == 2 else [])

def t_press(r, v):
    ag = r.choice(AGENCY)
    topic = r.choice(["해안 쓰레기 수거량 전년 대비 23% 감소", "노후 교량 정밀점검 결과 발표", "청년 창업 공간 3곳 추가 개소",
                      "기관 보안 점검 결과, 문서 관리 수준 향상", "겨울철 한파 쉼터 214곳 운영", "공공데이터 개방 확대 계획 발표"])
    doc = Doc("보도자료 " + topic)
    doc.add(("table", [["보도자료", "보도시점: %s 12:00 이후" % rdate(r, 2026, 2026)], ["배포", rdate(r, 2026, 2026)]]))
    doc.add(("h", topic))
    doc.add(("p", "- %s, %s 주요 내용 공개 -" % (ag, topic.split()[0])))
    doc.add(*filler(r, r.choice(["policy", "safety", "stats"]), r.randint(3, 8) if v % 4 else r.randint(22, 30)))
    flags = []
    if "보안" in topic or v % 5 == 3:
        s = r.choice(["대외비", "Ⅲ급비밀", "비밀(Ⅱ급)"])
        doc.add(("p", "이번 점검에서는 %s 문서의 보관 장소와 열람 기록 관리 실태도 함께 살펴보았으며, 미흡 사례는 없었다." % s))
        doc.cue("mention", "body", s); flags.append("mention_only")
    nm1, nm2 = name(r), name(r)
    doc.add(("table", [["담당 부서", r.choice(DEPT), "책임자", "과장 %s (%s)" % (nm1, direct(r))], ["", "", "담당자", "사무관 %s (%s)" % (nm2, direct(r))]]))
    doc.cue("context", "table_cell", "담당자")
    return mk(doc, "public", "none", [], "보도자료", "press release; 담당자 names are officials in office" + (", stamp word only mentioned" if flags else ""),
              flags + (["long_body"] if v % 4 == 0 else []))

def t_stats(r, v):
    ag = r.choice(AGENCY)
    doc = Doc("%d년 %s 통계 공표" % (r.choice([2024, 2025]), r.choice(["주민생활 만족도", "사업체 현황", "해양 수산 동향", "공공시설 이용 실태"])))
    doc.add(("center", doc.title), ("p", "작성기관: %s %s   |   공표일: %s" % (ag, "통계분석과", rdate(r, 2026, 2026))))
    doc.add(*filler(r, "stats", r.randint(3, 6)))
    rows = [["구분", "2023", "2024", "2025", "증감(%)"]]
    for g in r.sample(["솔뫼구", "새터구", "물빛구", "달내구", "큰들구", "늘봄군"], 4):
        a = r.randint(500, 9000); rows.append([g, "{:,}".format(a), "{:,}".format(a + r.randint(-300, 300)), "{:,}".format(a + r.randint(-300, 500)), "%.1f" % r.uniform(-5, 9)])
    doc.add(("table", rows))
    if v % 2:
        doc.add(*filler(r, "stats", r.randint(18, 26)))
    cue = r.choice(["공표 자료(공개)", "이용 제한 없음 - 공개", "공개"])
    doc.add(("p", "※ 자료 구분: " + cue)); doc.cue("disclosure_field", "body_end", cue)
    return mk(doc, "public", "none", [], "통계 공표", "aggregate statistics, no cell identifies a person", ["long_body"] if v % 2 else [])

def t_bid_notice(r, v):
    ag = r.choice(AGENCY)
    doc = Doc("입찰공고")
    no = "%d%07d-00" % (r.choice([2025, 2026]), r.randint(0, 9999999))
    doc.add(("center", "%s 공고 제%d-%d호" % (ag, 2026, r.randint(10, 400))), ("h", "%s 입찰공고" % r.choice(["청사 방수공사", "CCTV 통합관제 유지보수", "공용차량 임차", "민원 안내 시스템 고도화"])))
    doc.add(("table", [["공고번호", no], ["추정가격", money(r, 20000, 900000)], ["입찰방식", r.choice(["제한경쟁", "일반경쟁", "협상에 의한 계약"])],
                       ["개찰일시", "%s 11:00" % rdate(r, 2026, 2026)]]))
    doc.add(*filler(r, "contract", r.randint(3, 6)))
    nm = name(r)
    doc.add(("p", "문의: 계약관리팀 주무관 %s (%s)" % (nm, direct(r))))
    return mk(doc, "public", "none", [], "입찰·계약", "published tender notice; numbers are 공고번호 and contact is an official line", [])

def t_insa_public(r, v):
    ag = r.choice(AGENCY)
    doc = Doc("인사 발령")
    doc.add(("center", "%s 인사발령 (%s자)" % (ag, rdate(r, 2026, 2026))))
    rows = [["성명", "현 직위", "발령 사항"]]
    grades = ["3급(부이사관)", "1급(관리관)", "2급(이사관)", "4급(서기관)", "5급(사무관)"]
    used = []
    for _ in range(r.randint(4, 7)):
        g = r.choice(grades); used.append(g)
        rows.append([name(r), "%s %s" % (r.choice(DEPT), g), r.choice(["%s장에 보함" % r.choice(DEPT), "승진 임용", "전보", "파견 해제"])])
    doc.add(("table", rows))
    if v % 3 == 1:
        doc.add(*filler(r, "hr", r.randint(20, 28)))
    doc.add(("p", "위와 같이 발령함.")); doc.add(("right", "%s장" % ag))
    g = [x for x in used if x.startswith(("3급", "1급", "2급"))]
    g = g[0] if g else used[0]
    doc.cue("mention", "table_cell", g)
    return mk(doc, "public", "none", [], "인사 발령", "civil-service grades like 3급(부이사관) are not secret classifications; officials' postings are public",
              ["mention_only", "grade_not_classification"] + (["long_body"] if v % 3 == 1 else []))

def t_sec_guide(r, v):
    ag = r.choice(AGENCY)
    doc = Doc("비밀 및 대외비 문서 취급 요령")
    doc.add(("h", "%s 보안 업무 실무 안내 (%s 개정)" % (ag, rdate(r, 2025, 2025))))
    s1, s2 = r.choice(S_III), r.choice(["대외비", "대 외 비", "[대외비]"])
    doc.add(*numbered(r, [
        "비밀은 그 중요도에 따라 Ⅰ급, Ⅱ급, Ⅲ급으로 구분하며, 표지 상단과 하단 중앙에 등급을 붉은색으로 표시한다.",
        "예를 들어 Ⅲ급비밀은 문서 상·하단에 '%s'와 같이 표시하고, 예고문에는 보호기간과 재분류 방법을 적는다." % s1,
        "대외비는 비밀에 준하여 관리하되, 표시는 '%s'로 하고 보호기간이 지나면 일반문서로 본다." % s2,
        "사본번호는 배부 부수에 따라 부여하며, 복제 시에는 승인권자의 허가를 받는다."]))
    doc.add(*filler(r, "admin", r.randint(3, 6) if v % 2 else r.randint(18, 24)))
    doc.cue("mention", "body", s1); doc.cue("mention", "body", s2)
    return mk(doc, "public", "none", [], "보안 지침", "guide that quotes stamp formats; the document itself is not classified", ["mention_only"] + ([] if v % 2 else ["long_body"]))

def t_password(r, v):
    ag = r.choice(AGENCY)
    doc = Doc("업무용 PC 비밀번호 변경 안내")
    doc.add(("h", "업무용 PC 및 내부망 비밀번호 정기 변경 안내"))
    doc.add(*numbered(r, ["대상: %s 전 직원 (공무직 포함)" % ag, "기간: %s ~ %s" % (rdate(r, 2026, 2026), rdate(r, 2026, 2026)),
                          "비밀번호는 영문·숫자·특수문자를 조합하여 %d자리 이상으로 설정하고, 90일마다 변경한다." % r.choice([9, 10, 12]),
                          "비밀번호를 메모하여 모니터에 붙이거나 동료와 공유하는 행위를 금지한다."]))
    doc.add(*filler(r, "admin", r.randint(2, 4)))
    doc.add(("p", "문의: 정보화담당 %s 주무관 (내선 %d)" % (name(r), r.randint(2000, 7999))))
    doc.cue("mention", "body", "비밀번호")
    return mk(doc, "public", "none", [], "안내문", "비밀번호 is not a classification", ["mention_only"])

def t_declass(r, v):
    ag = r.choice(AGENCY)
    doc = Doc("비밀 재분류(일반문서) 결과 통보")
    doc.add(("center", ag), ("h", "제목  보호기간 경과 비밀의 일반문서 재분류 결과 통보"))
    doc.add(("p", "「보안업무규정」에 따라 보호기간이 지난 비밀을 심사한 결과 아래 문서를 일반문서로 재분류하였음을 알립니다."))
    rows = [["연번", "문서 제목", "종전 등급", "재분류 일자"]]
    prev = []
    for i in range(r.randint(3, 5)):
        g = r.choice(["Ⅲ급비밀", "Ⅱ급비밀", "대외비"]); prev.append(g)
        rows.append([str(i + 1), r.choice(["%d년 비상대비 훈련 계획" % r.randint(2015, 2020), "청사 방호 배치도(구)", "통신망 복구 절차(폐지)", "협의 대응 자료(%d)" % r.randint(2014, 2019)]), g, rdate(r, 2025, 2026)])
    doc.add(("table", rows))
    doc.add(("p", "재분류된 문서는 일반문서로 관리하며 원본의 등급 표시는 두 줄로 삭선 처리하였습니다.  끝."))
    gongmun_tail(doc, r, ag, "보안담당관")
    doc.cue("mention", "table_cell", prev[0])
    return mk(doc, "public", "none", [], "비밀 해제 통보", "declassification notice lists former grades; carries no live marking", ["mention_only", "declassification"])

def t_cover_letter(r, v):
    ag, dept = r.choice(AGENCY), "보안담당관"
    doc = Doc("자료 송부")
    gongmun_head(doc, r, ag, "%s장(비상안전과장)" % r.choice(AGENCY))
    doc.add(("h", "제목  %s 관련 자료 송부" % r.choice(["통합방위 훈련", "비상대비 업무 협의", "국가중요시설 점검"])))
    s = r.choice(["3급 비밀", "Ⅲ급비밀", "Ⅱ급 비밀", "대외비"])
    doc.add(("p", "1. 귀 기관의 협조에 감사드립니다."))
    doc.add(("p", "2. 요청하신 자료 중 세부 계획서는 %s에 해당하므로 이 문서에 첨부하지 않고 비밀 취급 절차에 따라 별도 송부합니다." % s))
    doc.add(("p", "3. 이 공문에 첨부한 자료는 일정표뿐이며, 일정표에는 보호가 필요한 내용이 없습니다.  끝."))
    gongmun_tail(doc, r, ag, dept, disc_cell=r.choice(["공개", None]) if v % 2 else None)
    doc.cue("mention", "body", s)
    return mk(doc, "public", "none", [], "공문", "cover letter only mentions that the attachment is classified and sent separately", ["mention_only", "cover_letter"])

def t_disc_guide(r, v):
    ag = r.choice(AGENCY)
    doc = Doc("정보공개 청구 처리 실무 안내")
    doc.add(("h", "%s 정보공개 담당자용 처리 요령" % ag))
    c1 = r.choice(["부분공개(6)", "부분공개(제9조 제1항 제6호)"]); c2 = r.choice(["비공개(제9조 제1항 제5호)", "비공개(5)"])
    doc.add(*numbered(r, ["공개 여부는 문서 생산 시 공개구분란에 표시하되, 청구가 있으면 그 시점에 다시 판단한다.",
                          "개인의 성명·연락처만 가리면 되는 경우 '%s'으로 표시한다." % c1,
                          "의사결정 과정에 있는 검토 문서는 '%s'으로 표시할 수 있으나, 결정이 끝나면 재검토한다." % c2,
                          "결정 통지서에는 비공개 사유와 불복 방법을 반드시 적는다."]))
    doc.add(*filler(r, "admin", r.randint(3, 6) if v % 2 else r.randint(20, 26)))
    doc.cue("mention", "body", c1); doc.cue("mention", "body", c2)
    return mk(doc, "public", "none", [], "정보공개 안내", "guide quoting disclosure codes; not a decision about itself", ["mention_only"] + ([] if v % 2 else ["long_body"]))

def t_audit_public(r, v):
    ag = r.choice(AGENCY)
    doc = Doc("%s 종합감사 결과 공개" % ag)
    doc.add(("center", doc.title), ("p", "감사기간: %s ~ %s   감사인원: %d명" % (rdate(r, 2025, 2025), rdate(r, 2025, 2025), r.randint(4, 11))))
    rows = [["번호", "지적 사항", "조치", "관련자"]]
    for i in range(r.randint(3, 6)):
        rows.append([str(i + 1), r.choice(TOPICS["audit"]) + " 부적정", r.choice(["주의", "시정", "개선", "통보"]), r.choice(["%s ○○○" % r.choice(RANK_OFF), "A주무관", "B팀장", "관련 부서"])])
    doc.add(("table", rows))
    doc.add(*filler(r, "audit", r.randint(3, 6) if v % 3 else r.randint(22, 30)))
    doc.add(("p", "※ 이 결과는 「공공감사에 관한 법률」에 따라 공개하며, 관련자 성명은 비실명 처리하였습니다."))
    doc.cue("context", "body", "비실명 처리")
    return mk(doc, "public", "none", [], "감사 결과", "published audit result with anonymised persons", ["anonymised"] + ([] if v % 3 else ["long_body"]))

def t_minutes_public(r, v):
    ag = r.choice(AGENCY)
    doc = Doc("%s 정책협의회 회의록" % ag)
    doc.add(("table", [["회의명", "제%d차 정책협의회" % r.randint(2, 30)], ["일시", "%s 14:00~16:00" % rdate(r, 2025, 2026)], ["장소", "%s 소회의실" % ag],
                       ["참석", ", ".join("%s %s" % (r.choice(["국장", "과장", "팀장"]), name(r)) for _ in range(4))]]))
    doc.add(("h", "논의 내용"))
    doc.add(*filler(r, "policy", r.randint(4, 7) if v % 2 else r.randint(24, 32)))
    cue = r.choice(["공개", "회의록 공개 여부: 공개"])
    doc.add(("table", [["공개구분", cue]])); doc.cue("disclosure_field", "table_cell", cue)
    return mk(doc, "public", "none", [], "회의록", "officials' policy meeting, decision completed, stated 공개", [] if v % 2 else ["long_body"])

def t_expired_public(r, v):
    """Stamp whose 보호기간/예고문 has passed -> no live marking; completed exercise -> public."""
    ag = r.choice(AGENCY)
    kind = ["대외비", "III급", "대외비", "III급", "대외비", "III급"][v % 6]
    dd = dead_date(r)
    doc = Doc("%d년 %s 결과 보고" % (int(dd[:4]) - 1, r.choice(["을지 연습", "재난대응 안전한국훈련", "비상소집 점검"])))
    if kind == "대외비":
        st = r.choice(["대외비(보호기간: %s까지)" % dd, "%s까지 대외비" % dd])
        yeogo = None
    else:
        st = r.choice(["Ⅲ급비밀", "III급 비밀"]); yeogo = "예고문: %s까지 %s, 이후 일반문서로 재분류" % (dd, st)
    box = [st] + ([yeogo] if yeogo else [])
    doc.add(("box", box)); doc.cue("expired_stamp", "cover_box", st)
    if yeogo: doc.cue("expired_notice", "cover_box", yeogo)
    doc.add(("center", doc.title), ("pagebreak",))
    doc.add(*filler(r, "safety", r.randint(6, 10)))
    doc.add(("p", "훈련은 %s에 종료되었고, 결과는 기관 누리집에 요약 게시되었다." % rdate(r, 2022, 2023)))
    return mk(doc, "public", "none", [], "훈련 결과", "stamp expired before reference date %s and 예고문 reclassifies to 일반문서; content is a completed exercise summary" % REF_DATE_TXT,
              ["expired_stamp"])

# ---------------------------------------------------------------- partial
def person_rows(r, n, cols, mask=None):
    rows = []
    for i in range(n):
        row = [str(i + 1)]
        for c in cols:
            row.append({"성명": name(r), "연락처": mobile(r), "주소": addr(r), "주민등록번호": rrn(r, mask == "rrn"),
                        "계좌": account(r), "생년월일": rdate(r, 1960, 1999), "운전면허번호": dlic(r), "여권번호": passport(r)}[c])
        rows.append(row)
    return rows

def t_gongmun_list(r, v):
    ag, dept = r.choice(AGENCY), r.choice(DEPT)
    subj = r.choice(["주민참여예산 위원 위촉 결과 알림", "재해 위로금 지급 대상 확정 통보", "생활안전 모니터단 운영 결과", "청년 인턴 선발 결과 통보"])
    doc = Doc(subj); gongmun_head(doc, r, ag, "수신자 참조"); doc.add(("h", "제목  " + subj))
    doc.add(*numbered(r, ["관련 계획에 따라 %s을 붙임과 같이 알려 드립니다." % subj.split()[-2], "명단은 업무 목적 외 사용을 금지합니다."]))
    late = v % 3 == 0
    if late: doc.add(*filler(r, "admin", r.randint(26, 34)))
    cols = r.choice([["성명", "연락처"], ["성명", "주소"], ["성명", "연락처", "주소"]])
    rows = [["연번"] + cols] + person_rows(r, r.randint(4, 8), cols)
    doc.add(("p", "붙임  명단 1부."), ("table", rows))
    doc.cue("content_pii", "table_cell", rows[1][1])
    disc = r.choice(["부분공개(6)", "부분공개", None, "부분공개(제9조 제1항 제6호)"])
    gongmun_tail(doc, r, ag, dept, disc_cell=disc)
    if disc: doc.cue("disclosure_field", "table_cell", disc)
    return mk(doc, "partial", "none", ["OIDA-9-1-6"], "공문", "private persons' names/contacts in an attached list; removable", ["late_cue"] if late else [])

def t_minwon(r, v):
    ag = r.choice(AGENCY)
    nm = name(r); ad = addr(r)
    doc = Doc("민원 회신")
    doc.add(("center", ag), ("p", "수신  %s 귀하 (%s)" % (nm, ad)), ("h", "제목  민원(%s) 처리 결과 회신" % "1AA-%04d-%07d" % (r.randint(2501, 2602), r.randint(0, 9999999))))
    idt = v % 3  # 0 none, 1 unmasked licence/passport, 2 masked rrn
    doc.add(("p", "1. 귀하께서 %s 국민신문고를 통해 제기하신 %s 관련 민원에 대한 답변입니다." % (rdate(r, 2026, 2026), r.choice(["도로 파손", "불법 주정차 단속", "소음", "가로등 고장", "운전면허 행정처분"]))))
    doc.add(*filler(r, "admin", r.randint(2, 4) if v % 4 else r.randint(20, 26)))
    flags, reasons = [], ["OIDA-9-1-6"]
    doc.cue("content_pii", "header", nm)
    if idt == 1:
        x = r.choice([("운전면허번호", dlic(r)), ("여권번호", passport(r))])
        doc.add(("table", [["민원인", nm], [x[0], x[1]], ["처리 결과", r.choice(["수용", "일부 수용", "기 처리"])]]))
        doc.cue("content_pii_unmasked", "table_cell", x[1]); reasons.append("PIPA-24"); flags.append("unmasked_id")
    elif idt == 2:
        m = rrn(r, True) if r.random() < .5 else rrn_mask2(r)
        doc.add(("p", "확인 대상자 %s (%s)의 자료는 확인되었습니다." % (nm, m))); doc.cue("content_pii_masked", "body", m); flags.append("masked_id")
    doc.add(("p", "2. 추가 문의는 %s 담당 주무관 %s(%s)에게 연락 주시기 바랍니다.  끝." % (r.choice(DEPT), name(r), direct(r))))
    return mk(doc, "partial", "none", reasons, "민원 회신", "reply addressed to a named citizen at a home address" + ("; unmasked identifier" if idt == 1 else ""), flags)

def t_payment_list(r, v):
    ag = r.choice(AGENCY)
    masked = v % 2 == 0
    doc = Doc(r.choice(["재해 구호금 지급 명단", "장학금 지급 대상자 명단", "손실보상금 지급 내역"]))
    doc.add(("center", "%s %s" % (ag, doc.title)))
    doc.add(*filler(r, "admin", r.randint(2, 4) if v % 5 else r.randint(24, 30)))
    rows = [["연번", "성명", "주민등록번호", "금액"]]
    for i in range(r.randint(4, 7)):
        rows.append([str(i + 1), name(r), rrn(r, masked) if (masked and r.random() < .6) or not masked else (rrn_mask2(r) if masked else rrn(r)), money(r, 300, 5000)])
    doc.add(("table", rows))
    disc = r.choice(["부분공개(6)", "공개여부: 부분공개", None])
    if disc: doc.add(("p", disc)); doc.cue("disclosure_field", "body_end", disc)
    doc.cue("content_pii_masked" if masked else "content_pii_unmasked", "table_cell", rows[1][2])
    return mk(doc, "partial", "none", ["OIDA-9-1-6"] + ([] if masked else ["PIPA-24"]), "지급 명단",
              "recipients named with %s RRN" % ("masked" if masked else "full"), ["masked_id"] if masked else ["unmasked_id"])

def t_mislabeled(r, v):
    ag, dept = r.choice(AGENCY), r.choice(DEPT)
    doc = Doc("보상금 지급 결과 알림"); gongmun_head(doc, r, ag, "내부결재"); doc.add(("h", "제목  %s 보상금 지급 결과" % r.choice(["도로 확장", "하천 정비", "공원 조성"])))
    doc.add(("p", "1. 보상금을 다음과 같이 지급하였음을 보고합니다."))
    rows = [["성명", "주민등록번호", "은행", "계좌번호", "금액"]]
    for _ in range(r.randint(3, 6)):
        rows.append([name(r), rrn(r), r.choice(["해온은행", "누리농협", "가온저축은행"]), account(r), money(r, 1000, 90000)])
    doc.add(("table", rows))
    cue = r.choice(["공개구분: 공개", "공개"])
    gongmun_tail(doc, r, ag, dept, disc_cell=cue if cue == "공개" else None)
    if cue != "공개": doc.add(("p", cue))
    doc.cue("disclosure_field_wrong", "table_cell" if cue == "공개" else "body_end", cue)
    doc.cue("content_pii_unmasked", "table_cell", rows[1][1])
    return mk(doc, "partial", "none", ["OIDA-9-1-6", "PIPA-24"], "공문", "stated 공개 contradicts content (full RRNs + accounts); gold follows content",
              ["t_mislabeled", "unmasked_id"])

def t_contract_cost(r, v):
    ag = r.choice(AGENCY); co = r.choice(COMP)
    withp = v % 3 == 2
    doc = Doc("%s 계약 체결 결과 및 산출내역" % r.choice(["통합관제 유지보수", "청사 냉난방 개선", "하수관로 정비"]))
    doc.add(("center", doc.title))
    doc.add(("table", [["계약상대자", co], ["계약금액", money(r, 50000, 900000)], ["계약기간", "%s ~ %s" % (rdate(r, 2026, 2026), rdate(r, 2026, 2027))]]))
    doc.add(*filler(r, "contract", r.randint(3, 6) if v % 4 else r.randint(22, 30)))
    doc.add(("h", "붙임 2. 업체 제출 원가 산출내역(영업비밀 포함)"))
    rows = [["항목", "단가", "수량", "비고"]]
    for it in r.sample(["전용 부품(자체 설계)", "노무비(특수기술자)", "공정 소프트웨어 라이선스", "제조 원가 계수", "협력사 납품 단가"], 3):
        rows.append([it, money(r, 10, 9000), str(r.randint(1, 40)), r.choice(["업체 고유 공법", "협력사 비공개 조건", "-"])])
    doc.add(("table", rows)); doc.cue("content_business", "table_cell", rows[1][0])
    reasons = ["OIDA-9-1-7"]
    if withp:
        p = name(r); doc.add(("p", "업체 대표자 %s (자택 %s, 휴대전화 %s)" % (p, addr(r), mobile(r)))); reasons.append("OIDA-9-1-6")
        doc.cue("content_pii", "body", p)
    return mk(doc, "partial", "none", reasons, "입찰·계약", "contract result is disclosable; company cost breakdown (and 대표자 private contacts) removed", [])

def t_decision_notice(r, v):
    ag = r.choice(AGENCY)
    nm = name(r)
    doc = Doc("정보공개 결정 통지서")
    doc.add(("center", "정보 (부분)공개 결정 통지서"))
    codes = r.choice(["비공개(제9조 제1항 제5호)", "부분공개(제9조 제1항 제6호)", "비공개(제9조 제1항 제4호)"])
    doc.add(("table", [["접수번호", "%d-%05d" % (r.randint(2025, 2026), r.randint(0, 99999))], ["청구인", "%s (%s)" % (nm, addr(r))],
                       ["연락처", mobile(r)], ["청구 내용", r.choice(["%s 회의록" % r.choice(DEPT), "청사 보수공사 내역", "민원 처리 현황"])],
                       ["결정 내용", codes], ["불복 방법", "이의신청(30일 이내), 행정심판, 행정소송"]]))
    doc.add(*filler(r, "admin", r.randint(2, 3) if v % 3 else r.randint(18, 24)))
    doc.cue("mention", "table_cell", codes); doc.cue("content_pii", "table_cell", nm)
    return mk(doc, "partial", "none", ["OIDA-9-1-6"], "정보공개 결정 통지서", "requester is a private person with home address and mobile; quoted codes refer to the requested record, not this notice",
              ["mention_only_code"] + ([] if v % 3 else ["long_body"]))

def t_audit_partial(r, v):
    ag = r.choice(AGENCY); co = r.choice(COMP)
    doc = Doc("%s 보조사업 특정감사 결과" % ag)
    doc.add(("center", doc.title))
    doc.add(*filler(r, "audit", r.randint(3, 6) if v % 2 else r.randint(24, 30)))
    p1, p2 = name(r), name(r)
    doc.add(("p", "보조사업자 %s의 대표 %s와 회계 담당 직원 %s는 증빙 없이 %s을 집행하였다." % (co, p1, p2, money(r, 1000, 80000))))
    doc.cue("content_pii", "body", p1)
    reasons = ["OIDA-9-1-6"]
    if v % 3 == 1:
        doc.add(("p", "해당 업체의 제품 원가 구조와 거래처별 납품 단가 자료는 별표와 같다.")); doc.add(("table", [["거래처", "납품 단가"], [r.choice(COMP), money(r, 5, 900)]]))
        reasons.append("OIDA-9-1-7"); doc.cue("content_business", "body", "납품 단가")
    return mk(doc, "partial", "none", reasons, "감사 결과", "audit result disclosable after removing private individuals' names" + (" and business data" if len(reasons) > 1 else ""), ["late_cue"] if v % 2 == 0 else [])

def t_minutes_partial(r, v):
    ag = r.choice(AGENCY)
    doc = Doc("%s 시민자문위원회 회의록" % ag)
    ext = [name(r) for _ in range(3)]
    doc.add(("table", [["일시", rdate(r, 2025, 2026)], ["참석 위원", ", ".join(ext)]]))
    doc.add(*filler(r, "policy", r.randint(4, 7) if v % 2 else r.randint(22, 28)))
    doc.add(("p", "%s 위원: 제 집이 %s 근처라 매일 그 길을 지나는데, 연락은 %s로 주시면 됩니다." % (ext[0], r.choice(ROAD), mobile(r))))
    doc.cue("content_pii", "body", ext[0])
    return mk(doc, "partial", "none", ["OIDA-9-1-6"], "회의록", "external (private) committee members' personal remarks and mobile; remove and disclose", [] if v % 2 else ["late_cue"])

def t_land_comp(r, v):
    ag = r.choice(AGENCY)
    doc = Doc("토지 보상 협의 결과")
    doc.add(("center", doc.title), ("p", "사업명: %s %s 도시계획도로 개설" % (r.choice(CITY), r.choice(GU))))
    doc.add(*filler(r, "land", r.randint(3, 6)))
    rows = [["소유자", "주소", "지번", "보상액"]]
    for _ in range(r.randint(3, 5)):
        rows.append([name(r), addr(r), "%s %d-%d" % (r.choice(["새터동", "물빛리", "달내동"]), r.randint(1, 900), r.randint(1, 30)), money(r, 5000, 400000)])
    doc.add(("table", rows)); doc.cue("content_pii", "table_cell", rows[1][0])
    return mk(doc, "partial", "none", ["OIDA-9-1-6"], "보상", "compensation amounts disclosable; owners' names and addresses removed", [])

def t_sanction(r, v):
    ag = r.choice(AGENCY)
    doc = Doc("식품위생법 위반 업소 행정처분 현황")
    doc.add(("center", doc.title))
    rows = [["업소명", "대표자", "대표자 주소", "위반 내용", "처분"]]
    for _ in range(r.randint(3, 5)):
        rows.append(["%s%s" % (r.choice(["해솔", "누리", "바다", "한마음"]), r.choice(["식당", "분식", "정육점"])), name(r), addr(r), r.choice(["유통기한 경과 제품 보관", "위생교육 미이수"]), r.choice(["영업정지 7일", "과태료"])])
    doc.add(("table", rows)); doc.add(*filler(r, "admin", r.randint(2, 4)))
    doc.cue("content_pii", "table_cell", rows[1][2])
    return mk(doc, "partial", "none", ["OIDA-9-1-6"], "행정처분", "business names/violations public; 대표자 home addresses removed", [])

# ---------------------------------------------------------------- non_public
def t_discipline(r, v):
    ag = r.choice(AGENCY); nm = name(r)
    kind = v % 4  # 0 plain, 1 DUI, 2 DUI + full RRN, 3 misconduct + masked
    doc = Doc("징계의결서")
    doc.add(("center", "징 계 의 결 서"))
    rows = [["소속", r.choice(DEPT)], ["직위(직급)", "%s(6급)" % r.choice(["주무관", "계장"])], ["성명", nm]]
    reasons = ["OIDA-9-1-6"]; flags = []
    if kind == 2:
        x = rrn(r); rows.append(["주민등록번호", x]); reasons.append("PIPA-24"); flags.append("unmasked_id"); doc.cue("content_pii_unmasked", "table_cell", x)
    if kind == 3:
        x = rrn(r, True); rows.append(["주민등록번호", x]); flags.append("masked_id")
    rows.append(["의결 주문", r.choice(["정직 1월", "감봉 2월", "견책", "강등"])])
    doc.add(("table", rows))
    doc.add(("h", "이 유"))
    doc.add(*filler(r, "hr", r.randint(2, 4) if v % 3 else r.randint(20, 26)))
    if kind in (1, 2):
        s = "혈중알코올농도 0.%03d%%의 술에 취한 상태로 승용차를 운전하여 %s 법원에서 벌금 %s의 약식명령을 받았다" % (r.randint(80, 190), rdate(r), money(r, 3000, 15000))
        doc.add(("p", "혐의자는 %s. 이는 품위 유지 의무 위반에 해당한다." % s)); reasons.append("PIPA-23"); doc.cue("content_conviction", "body", "약식명령")
    else:
        doc.add(("p", "혐의자는 %s 및 %s에 관한 지시를 반복하여 이행하지 않았다." % tuple(r.sample(TOPICS["hr"], 2))))
    doc.add(("p", "%s %s 징계위원회 위원장" % (rdate(r, 2025, 2026), ag)))
    doc.cue("content_pii", "table_cell", nm)
    return mk(doc, "non_public", "none", reasons, "징계의결서", "disciplinary record of an identified official (non-official capacity)" + ("; criminal conviction" if kind in (1, 2) else ""), flags)

def t_sickleave(r, v):
    nm = name(r); ag = r.choice(AGENCY)
    doc = Doc("질병휴직 심의 결과")
    diag = r.choice(["요추 추간판 탈출증", "우울 에피소드", "갑상선암", "뇌경색 후유증", "만성 신부전"])
    doc.add(("center", doc.title), ("table", [["대상자", "%s %s" % (r.choice(RANK_OFF[:3]), nm)], ["진단명", diag], ["휴직 기간", "%s ~ %s" % (rdate(r, 2026, 2026), rdate(r, 2026, 2027))]]))
    doc.add(*filler(r, "hr", r.randint(2, 4) if v % 2 else r.randint(20, 24)))
    doc.cue("content_health", "table_cell", diag)
    return mk(doc, "non_public", "none", ["OIDA-9-1-6", "PIPA-23"], "인사", "health data of an identified official", [])

def t_union(r, v):
    doc = Doc("노동조합 조합비 급여공제 명단")
    doc.add(("center", "%s 공무원노동조합 %s 조합비 공제 명단" % (r.choice(AGENCY), r.choice(["1월", "2월", "3월"]))))
    rows = [["연번", "성명", "소속", "공제액"]]
    for i in range(r.randint(6, 10)):
        rows.append([str(i + 1), name(r), r.choice(DEPT), money(r, 10, 30)])
    doc.add(("table", rows)); doc.cue("content_union", "table_cell", "조합비")
    return mk(doc, "non_public", "none", ["OIDA-9-1-6", "PIPA-23"], "명단", "roster consisting only of trade-union membership", [])

def t_investigation(r, v):
    ag = r.choice(["해온경찰서", "청람지방검찰청", "누리도 특별사법경찰과", "가온해양경찰서"])
    dae = v >= 8
    sus = name(r)
    doc = Doc(r.choice(["수사협조 의뢰", "수사 진행 상황 보고", "압수수색 집행 계획", "피의자 신문 준비 자료"]))
    reasons = ["OIDA-9-1-4"]
    if dae:
        dd = live_date(r); st = stamp_text(r, "대외비", dd)
        doc.header = [st]; doc.cue("stamp", "header", st)
        if "까지" not in st:
            yg = "보호기간: %s까지" % dd; doc.footer = [yg]; doc.cue("protection_period", "footer", yg)
    doc.add(("center", ag), ("h", doc.title))
    doc.add(*filler(r, "safety", r.randint(3, 5) if v % 3 else r.randint(22, 28)))
    if v % 2 == 0 or not dae:
        doc.add(("p", "피의자 %s(%s생)은 %s 사건(%d고단%d)과 관련하여 %s에 출석할 예정이다." % (sus, rdate(r, 1965, 1995), r.choice(["사기", "업무상 횡령", "폐기물 무단 투기"]), r.randint(2024, 2025), r.randint(1000, 9999), rdate(r, 2026, 2026))))
        reasons.append("OIDA-9-1-6"); doc.cue("content_pii", "body", sus)
    else:
        doc.add(("p", "잠복 위치와 통신 확인 일정은 팀장 지시에 따라 매일 변경한다."))
    if v % 4 == 3 and not dae:
        doc.add(("p", "관련자는 %s 상해죄로 징역 1년에 집행유예 2년의 판결을 받은 전력이 있다." % rdate(r, 2018, 2021))); reasons.append("PIPA-23"); doc.cue("content_conviction", "body", "집행유예")
    return mk(doc, "non_public", "대외비" if dae else "none", reasons, "수사·재판", "investigation material" + ("; live 대외비 stamp (no 9-1-1 for 대외비)" if dae else ""), [])

def t_policy_review(r, v):
    ag = r.choice(AGENCY); dae = v >= 6
    doc = Doc("%s 검토 보고" % r.choice(["공공요금 조정안", "조직 개편안", "청사 이전 후보지", "출연기관 통폐합안", "지방세 감면 축소안"]))
    late = v % 3 == 0
    marking = "none"
    if dae:
        dd = live_date(r); st = stamp_text(r, "대외비", dd); marking = "대외비"
        if late:
            doc.add(("center", doc.title)); doc.add(*filler(r, "policy", r.randint(28, 36)))
            doc.add(("box", [st, "(보호기간 %s)" % dd])); doc.cue("stamp", "box_late", st)
        else:
            doc.add(("box", [st])); doc.cue("stamp", "cover_box", st); doc.add(("center", doc.title), ("pagebreak",))
            doc.add(*filler(r, "policy", r.randint(6, 10)))
    else:
        cue = r.choice(["비공개(5)", "비공개(제9조 제1항 제5호)", "공개구분: 비공개(5)"])
        doc.add(("center", doc.title)); doc.add(*filler(r, "policy", r.randint(28, 36) if late else r.randint(5, 9)))
        doc.add(("table", [["작성", "%s %s" % (r.choice(DEPT), name(r))], ["공개구분", cue]])); doc.cue("disclosure_field", "table_cell", cue)
    doc.add(("p", "※ 최종안은 %s 간부회의에서 결정할 예정임." % rdate(r, 2026, 2026)))
    return mk(doc, "non_public", marking, ["OIDA-9-1-5"], "내부 검토", "internal review in decision process" + ("; live 대외비" if dae else ""), ["late_cue"] if late else [])

def t_price(r, v):
    ag = r.choice(AGENCY); dae = v >= 3
    doc = Doc("예정가격 결정 조서")
    marking = "none"
    if dae:
        st = stamp_text(r, "대외비", live_date(r)); marking = "대외비"
        doc.add(("table", [["예정가격 결정 조서", st]])); doc.cue("stamp", "table_cell", st)
    else:
        doc.add(("center", "예 정 가 격 결 정 조 서"))
    doc.add(("table", [["공고번호", "%d%07d-00" % (2026, r.randint(0, 9999999))], ["기초금액", money(r, 100000, 900000)], ["복수예비가격", ", ".join(money(r, 90000, 99000) for _ in range(4))],
                       ["개찰 예정일", rdate(r, 2026, 2026)]]))
    doc.add(("p", "위 금액은 개찰 전까지 누설하여서는 아니 된다."))
    doc.cue("content_contract", "body", "개찰 전까지")
    return mk(doc, "non_public", marking, ["OIDA-9-1-5"], "입찰·계약", "pre-opening price data (contract process)", [])

def facility_doc(r, v, marking, reasons, title, until, downgraded=None):
    ag = r.choice(AGENCY)
    doc = Doc(title)
    st = stamp_text(r, marking, until) if marking != "none" else None
    return doc, st, ag

def t_facility(r, v):
    # variants: 0-3 III급, 4-6 II급, 7-10 대외비
    if v < 4: marking, reasons = "III급", ["OIDA-9-1-1", "OIDA-9-1-3"]
    elif v < 7: marking, reasons = "II급", ["OIDA-9-1-1", "OIDA-9-1-2", "OIDA-9-1-3"]
    else: marking, reasons = "대외비", ["OIDA-9-1-3"]
    ag = r.choice(["국가전력망관리원", "새벌항만공사", "국토기반시설관리청", "가온도 소방본부"])
    doc = Doc("%s 방호 계획" % r.choice(["%s 변전소" % r.choice(CITY), "%s 정수장" % r.choice(CITY), "%s항 부두" % r.choice(["새벌", "여울"]), "통합관제센터"]))
    until = live_date(r); st = stamp_text(r, marking, until)
    loc = v % 4
    if marking != "대외비":
        yg = "예고문: %s까지 %s, 이후 일반문서로 재분류" % (until, GRADE_SYM[marking]) if v % 2 else "예고문 : %s 일반문서로 재분류" % until
        copy = "사본번호: %d/%d" % (r.randint(1, 3), r.randint(4, 6))
    flags = []
    if loc == 0:   # header + footer every page
        doc.header = [st]; doc.footer = [st]; doc.cue("stamp", "header+footer", st)
        doc.add(("center", doc.title))
        if marking != "대외비": doc.add(("box", [yg, copy])); doc.cue("yeogo", "cover_box", yg)
        doc.add(*filler(r, "safety", r.randint(8, 14)))
    elif loc == 1:  # cover box then body
        box = [st, doc.title] + ([yg, copy] if marking != "대외비" else ["보호기간: %s까지" % until])
        doc.add(("box", box), ("pagebreak",)); doc.cue("stamp", "cover_box", st)
        if marking != "대외비": doc.cue("yeogo", "cover_box", yg)
        doc.add(*filler(r, "safety", r.randint(8, 14)))
    elif loc == 2:  # stamp in 결재란 table, late
        doc.add(("center", doc.title)); doc.add(*filler(r, "safety", r.randint(26, 34)))
        doc.add(("table", [["담당", "팀장", "과장", "등급"], [name(r), name(r), name(r), st]])); doc.cue("stamp", "approval_table_late", st)
        if marking != "대외비": doc.add(("p", yg)); doc.cue("yeogo", "body_end", yg)
        flags.append("late_cue")
    else:  # table cell 보안등급 in document info table
        doc.add(("table", [["문서명", doc.title], ["보안등급", st], ["작성부서", "%s 비상안전과" % ag]])); doc.cue("stamp", "table_cell", st)
        if marking != "대외비": doc.add(("p", yg)); doc.cue("yeogo", "body", yg)
        doc.add(*filler(r, "safety", r.randint(8, 14)))
    rows = [["구역", "경비 인원", "출입 통제", "취약 시간"]]
    for z in ["외곽 울타리", "주 제어실", "연료 저장소", "비상 발전실"][:r.randint(3, 4)]:
        rows.append([z, "%d명" % r.randint(2, 12), r.choice(["생체인식", "카드+PIN", "2인 1조 확인"]), "%02d:00~%02d:00" % (r.randint(0, 5), r.randint(5, 7))])
    doc.add(("table", rows))
    if marking == "II급": doc.add(("p", "유사시 군 %s 대대 %d개 중대가 외곽 방호를 증원하며, 접근로 차단 지점은 별도 지도에 표시한다." % (r.choice(["제7", "제22", "제51"]), r.randint(1, 3))))
    return mk(doc, "non_public", marking, reasons, "시설 보호 계획", "facility protection plan with live %s marking" % marking, flags)

def t_defense(r, v):
    # 0-4 III급, 5-8 II급, 9-12 I급
    marking = "III급" if v < 5 else ("II급" if v < 9 else "I급")
    reasons = ["OIDA-9-1-1", "OIDA-9-1-2"]
    ag = r.choice(["중앙비상대비원", "국가해양자원청", "누리도", "한결도"])
    doc = Doc(r.choice(["%s 지역 통합방위 작전 지원 계획" % r.choice(CITY), "접경 해역 협의 대응 방안", "전시 자원 동원 세부 계획", "대외 협상 입장 및 대응 논리", "비상 통신망 암호 운용 절차"]))
    until = live_date(r); st = stamp_text(r, marking, until)
    yg = r.choice(["예고문: %s까지 %s, 이후 일반문서로 재분류" % (until, GRADE_SYM[marking]), "예고문: %s 파기" % until, "예고문: %s까지 %s, 이후 대외비로 재분류" % (until, GRADE_SYM[marking])])
    copy = "사본번호 %d" % r.randint(1, 9)
    loc = v % 3; flags = []
    if loc == 0:
        doc.header = [st, copy]; doc.footer = [st]; doc.cue("stamp", "header+footer", st)
        doc.add(("center", doc.title), ("box", [yg])); doc.cue("yeogo", "box", yg)
        doc.add(*filler(r, "defense", r.randint(8, 14)))
    elif loc == 1:
        doc.add(("box", [st, "", doc.title, "", yg, copy]), ("pagebreak",)); doc.cue("stamp", "cover_box", st); doc.cue("yeogo", "cover_box", yg)
        doc.add(*filler(r, "defense", r.randint(8, 14)))
    else:
        doc.add(("center", doc.title)); doc.add(*filler(r, "defense", r.randint(26, 34)))
        doc.add(("stamp", st)); doc.add(("p", yg)); doc.cue("stamp", "stamp_late", st); doc.cue("yeogo", "body_end", yg); flags.append("late_cue")
    doc.add(("table", [["구분", "병력/장비", "전개 시간"], ["1단계", "%d개 팀" % r.randint(2, 9), "H+%d" % r.randint(1, 6)], ["2단계", "%d개 팀" % r.randint(3, 12), "H+%d" % r.randint(6, 24)]]))
    return mk(doc, "non_public", marking, reasons, "국방·외교", "national security content with live %s marking" % marking, flags)

def t_downgraded(r, v):
    ag = r.choice(AGENCY)
    doc = Doc("%s 비상대비 자원 관리 계획" % ag)
    d1 = dead_date(r); d2 = d(r.randint(2027, 2030), 12, 31)
    st_old = r.choice(["Ⅱ급비밀", "비밀(Ⅱ급)"])
    yg = "예고문: %s까지 %s, 이후 Ⅲ급비밀로 재분류, %s 일반문서로 재분류" % (d1, st_old, d2)
    doc.header = [st_old]; doc.cue("expired_stamp", "header", st_old)
    doc.add(("center", doc.title), ("box", [yg])); doc.cue("yeogo_downgrade", "box", yg)
    doc.add(*filler(r, "defense", r.randint(8, 12)))
    return mk(doc, "non_public", "III급", ["OIDA-9-1-1", "OIDA-9-1-2"], "국방·외교",
              "Ⅱ급 stamp expired before %s; 예고문 downgrades to Ⅲ급 until %s, so the document now carries Ⅲ급" % (REF_DATE_TXT, d2), ["expired_stamp", "downgraded"])

def t_expired_sensitive(r, v):
    ag = r.choice(AGENCY)
    dd = dead_date(r); st = r.choice(["대외비(보호기간: %s까지)" % dd, "%s까지 대외비" % dd])
    doc = Doc("%s 청사 경비 배치도 및 출입통제 구역" % ag)
    doc.add(("table", [["보안등급", st], ["작성", rdate(r, 2022, 2023)]])); doc.cue("expired_stamp", "table_cell", st)
    doc.add(*filler(r, "safety", r.randint(6, 10)))
    doc.add(("table", [["구역", "CCTV 사각", "순찰 간격"], ["지하 주차장", "%d곳" % r.randint(1, 5), "%d분" % r.randint(20, 90)], ["전산실 복도", "%d곳" % r.randint(1, 3), "%d분" % r.randint(20, 90)]]))
    return mk(doc, "non_public", "none", ["OIDA-9-1-3"], "시설 보호 계획", "대외비 period expired before %s so no live marking, but current guard layout and CCTV blind spots still endanger the facility" % REF_DATE_TXT, ["expired_stamp"])

def t_landspec(r, v):
    dae = v >= 3
    ag = r.choice(["누리도", "해온시", "국토기반시설관리청"])
    doc = Doc("%s 산업단지 후보지 검토" % r.choice(CITY))
    marking = "none"; reasons = ["OIDA-9-1-8"]
    if dae:
        st = stamp_text(r, "대외비", live_date(r)); marking = "대외비"; reasons.append("OIDA-9-1-5")
        doc.footer = [st]; doc.footer_pages = "last" if v % 2 else "all"; doc.cue("stamp", "footer_last" if v % 2 else "footer", st)
    doc.add(("center", doc.title)); doc.add(*filler(r, "land", r.randint(8, 12) if v % 2 == 0 else r.randint(24, 30)))
    rows = [["후보지", "면적(㎡)", "예상 지가 상승률"]]
    for _ in range(3):
        rows.append(["%s %s 일원" % (r.choice(CITY), r.choice(["물빛리", "새터동", "달내리", "큰들동"])), "{:,}".format(r.randint(100000, 900000)), "%d%%" % r.randint(15, 80)])
    doc.add(("table", rows)); doc.cue("content_speculation", "table_cell", "예상 지가 상승률")
    if not dae: doc.add(("p", "공개구분: 비공개(8)")); doc.cue("disclosure_field", "body_end", "비공개(8)")
    return mk(doc, "non_public", marking, reasons, "개발 계획", "undisclosed development site would give unfair advantage to speculators" + ("; live 대외비" if dae else ""), [])

def t_hr_committee(r, v):
    ag = r.choice(AGENCY)
    doc = Doc("%s 인사위원회 회의록" % ag)
    doc.add(("table", [["일시", rdate(r, 2025, 2026)], ["안건", "%d년 상반기 승진 심사" % 2026]]))
    doc.add(*filler(r, "hr", r.randint(4, 6) if v % 2 else r.randint(20, 26)))
    cands = [name(r) for _ in range(3)]
    doc.add(("table", [["후보자", "평정 점수", "위원 의견"]] + [[c, "%.1f" % r.uniform(70, 99), r.choice(["근무 태도 불량 지적", "가정사로 장기 병가", "우수"])] for c in cands]))
    doc.cue("content_pii", "table_cell", cands[0])
    return mk(doc, "non_public", "none", ["OIDA-9-1-5", "OIDA-9-1-6"], "회의록", "personnel deliberation with named candidates' evaluations", [])

def t_tradesecret(r, v):
    co = r.choice(COMP)
    doc = Doc("%s 제출 기술자료(신기술 지정 신청)" % co)
    doc.add(("center", doc.title))
    doc.add(("p", "본 자료는 %s가 신기술 지정 심사를 위해 제출한 공정 설계서, 배합비, 원가 계산서로서 업체의 영업상 비밀에 해당한다." % co))
    doc.add(("table", [["공정", "배합비", "온도"], ["1차 반응", "%d:%d:%d" % (r.randint(1, 9), r.randint(1, 9), r.randint(1, 9)), "%d℃" % r.randint(120, 480)]]))
    doc.add(*filler(r, "contract", r.randint(3, 5)))
    doc.cue("content_business", "table_cell", "배합비")
    return mk(doc, "non_public", "none", ["OIDA-9-1-7"], "기술자료", "whole document is a company's trade secret submission", [])

def t_dae_roster(r, v):
    ag = r.choice(AGENCY)
    st = stamp_text(r, "대외비", live_date(r))
    doc = Doc("%s 비상소집 연락망" % ag)
    doc.header = [st]; doc.cue("stamp", "header", st)
    rows = [["성명", "휴대전화", "자택 주소"]] + [[name(r), mobile(r), addr(r)] for _ in range(r.randint(5, 8))]
    doc.add(("center", doc.title), ("table", rows)); doc.cue("content_pii", "table_cell", rows[1][0])
    return mk(doc, "non_public", "대외비", ["OIDA-9-1-6"], "명단", "대외비 roster of staff private mobiles/home addresses", [])

TEMPLATES = [  # (name, fn, count)
    ("gongmun_public", t_gongmun_public, 14), ("press", t_press, 12), ("stats", t_stats, 8), ("bid_notice", t_bid_notice, 8),
    ("insa_public", t_insa_public, 8), ("sec_guide", t_sec_guide, 6), ("password", t_password, 5), ("declass", t_declass, 5),
    ("cover_letter", t_cover_letter, 5), ("disc_guide", t_disc_guide, 5), ("audit_public", t_audit_public, 6),
    ("minutes_public", t_minutes_public, 5), ("expired_public", t_expired_public, 6),
    ("gongmun_list", t_gongmun_list, 12), ("minwon", t_minwon, 15), ("payment_list", t_payment_list, 11), ("mislabeled", t_mislabeled, 4),
    ("contract_cost", t_contract_cost, 12), ("decision_notice", t_decision_notice, 7), ("audit_partial", t_audit_partial, 6),
    ("minutes_partial", t_minutes_partial, 6), ("land_comp", t_land_comp, 5), ("sanction", t_sanction, 6),
    ("discipline", t_discipline, 8), ("sickleave", t_sickleave, 5), ("union", t_union, 4), ("investigation", t_investigation, 12),
    ("policy_review", t_policy_review, 11), ("price", t_price, 5), ("facility", t_facility, 11), ("defense", t_defense, 13),
    ("downgraded", t_downgraded, 2), ("expired_sensitive", t_expired_sensitive, 3), ("landspec", t_landspec, 6),
    ("hr_committee", t_hr_committee, 4), ("tradesecret", t_tradesecret, 3), ("dae_roster", t_dae_roster, 2),
]

# ================================================================ renderers
TSTYLE = ["pipe", "box", "tab"]
def render_text(doc, style="pipe", pages=None):
    out = []
    out.extend(doc.header)
    if doc.header: out.append("")
    for b in doc.blocks:
        k = b[0]
        if k in ("p", "h", "center", "right"): out.append(b[1])
        elif k == "pagebreak": out.append("\f" if style == "box" else "")
        elif k == "stamp": out.append("[ %s ]" % b[1] if style != "box" else "┏ %s ┓" % b[1])
        elif k == "box":
            if style == "box":
                out.append("┌" + "─" * 30 + "┐"); out.extend("│ %s" % x for x in b[1]); out.append("└" + "─" * 30 + "┘")
            else:
                out.append("+" + "-" * 30 + "+"); out.extend("| %s" % x for x in b[1]); out.append("+" + "-" * 30 + "+")
        elif k == "table":
            for row in b[1]:
                if style == "pipe": out.append("| " + " | ".join(row) + " |")
                elif style == "box": out.append("│ " + " │ ".join(row) + " │")
                else: out.append("\t".join(row))
    if doc.footer:
        out.append(""); out.extend(doc.footer)
    return "\n".join(out).replace("\n\f\n", "\n\f") + "\n"

# ---------------- HWPX
NS = ('xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph" '
      'xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" xmlns:hc="http://www.hancom.co.kr/hwpml/2011/core" '
      'xmlns:hh="http://www.hancom.co.kr/hwpml/2011/head" xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf" '
      'xmlns:opf="http://www.idpf.org/2007/opf/"')
class PID:
    def __init__(self): self.n = 1000
    def __call__(self): self.n += 1; return self.n

def hp_p(pid, text, para=0, char=0, pagebreak=False):
    return '<hp:p id="%d" paraPrIDRef="%d" styleIDRef="0" pageBreak="%d" columnBreak="0" merged="0"><hp:run charPrIDRef="%d"><hp:t>%s</hp:t></hp:run></hp:p>' % (
        pid(), para, 1 if pagebreak else 0, char, escape(text))

def hp_tbl(pid, rows, border=1, char=0):
    nr = len(rows); nc = max(len(x) for x in rows)
    w = 42520 // nc
    s = ['<hp:p id="%d" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0"><hp:run charPrIDRef="0">' % pid(),
         '<hp:tbl id="%d" zOrder="0" numberingType="TABLE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" lock="0" dropcapstyle="None" pageBreak="CELL" repeatHeader="1" rowCnt="%d" colCnt="%d" cellSpacing="0" borderFillIDRef="%d" noAdjust="0">' % (pid(), nr, nc, border),
         '<hp:sz width="%d" widthRelTo="ABSOLUTE" height="%d" heightRelTo="ABSOLUTE" protect="0"/><hp:pos treatAsChar="1" affectLSpacing="0" flowWithText="1" allowOverlap="0" holdAnchorAndSO="0" vertRelTo="PARA" horzRelTo="COLUMN" vertAlign="TOP" horzAlign="LEFT" vertOffset="0" horzOffset="0"/>' % (w * nc, 1800 * nr),
         '<hp:outMargin left="283" right="283" top="283" bottom="283"/><hp:inMargin left="510" right="510" top="141" bottom="141"/>']
    for ri, row in enumerate(rows):
        s.append("<hp:tr>")
        row = list(row) + [""] * (nc - len(row))
        for ci, cell in enumerate(row):
            s.append('<hp:tc name="" header="%d" hasMargin="0" protect="0" editable="0" dirty="0" borderFillIDRef="%d"><hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="CENTER" linkListIDRef="0" linkListNextIDRef="0" textWidth="0" textHeight="0" hasTextRef="0" hasNumRef="0">' % (1 if ri == 0 else 0, border))
            s.append(hp_p(pid, cell, char=char))
            s.append('</hp:subList><hp:cellAddr colAddr="%d" rowAddr="%d"/><hp:cellSpan colSpan="1" rowSpan="1"/><hp:cellSz width="%d" height="1800"/><hp:cellMargin left="510" right="510" top="141" bottom="141"/></hp:tc>' % (ci, ri, w))
        s.append("</hp:tr>")
    s.append("</hp:tbl><hp:t/></hp:run></hp:p>")
    return "".join(s)

def hp_hf(pid, kind, lines):
    inner = "".join(hp_p(pid, x, char=2) for x in lines)
    return ('<hp:ctrl><hp:%s id="%d" applyPageType="BOTH"><hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="%s" linkListIDRef="0" linkListNextIDRef="0" textWidth="42520" textHeight="4252" hasTextRef="0" hasNumRef="0">%s</hp:subList></hp:%s></hp:ctrl>'
            % (kind, pid(), "TOP" if kind == "header" else "BOTTOM", inner, kind))

HEADER_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hh:head ' + NS + ' version="1.4" secCnt="1">'
    '<hh:beginNum page="1" footnote="1" endnote="1" pic="1" tbl="1" equation="1"/><hh:refList>'
    '<hh:fontfaces itemCnt="1"><hh:fontface lang="HANGUL" fontCnt="1"><hh:font id="0" face="나눔고딕" type="TTF" isEmbedded="0"/></hh:fontface></hh:fontfaces>'
    '<hh:borderFills itemCnt="2"><hh:borderFill id="1" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0"><hh:leftBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:rightBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:topBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:bottomBorder type="SOLID" width="0.12 mm" color="#000000"/></hh:borderFill>'
    '<hh:borderFill id="2" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0"><hh:leftBorder type="DOUBLE_SLIM" width="0.5 mm" color="#C00000"/><hh:rightBorder type="DOUBLE_SLIM" width="0.5 mm" color="#C00000"/><hh:topBorder type="DOUBLE_SLIM" width="0.5 mm" color="#C00000"/><hh:bottomBorder type="DOUBLE_SLIM" width="0.5 mm" color="#C00000"/></hh:borderFill></hh:borderFills>'
    '<hh:charProperties itemCnt="3"><hh:charPr id="0" height="1000" textColor="#000000" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1"><hh:fontRef hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/></hh:charPr>'
    '<hh:charPr id="1" height="1600" textColor="#000000" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1"><hh:fontRef hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/><hh:bold/></hh:charPr>'
    '<hh:charPr id="2" height="1200" textColor="#C00000" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1"><hh:fontRef hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/><hh:bold/></hh:charPr></hh:charProperties>'
    '<hh:paraProperties itemCnt="3"><hh:paraPr id="0"><hh:align horizontal="JUSTIFY" vertical="BASELINE"/></hh:paraPr><hh:paraPr id="1"><hh:align horizontal="CENTER" vertical="BASELINE"/></hh:paraPr><hh:paraPr id="2"><hh:align horizontal="RIGHT" vertical="BASELINE"/></hh:paraPr></hh:paraProperties>'
    '<hh:styles itemCnt="1"><hh:style id="0" type="PARA" name="바탕글" engName="Normal" paraPrIDRef="0" charPrIDRef="0" nextStyleIDRef="0" langID="1042" lockForm="0"/></hh:styles>'
    '</hh:refList></hh:head>')

def build_hwpx(doc, path, title):
    pid = PID()
    parts = []
    first = ['<hp:p id="%d" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0"><hp:run charPrIDRef="0">' % pid(),
             '<hp:secPr id="" textDirection="HORIZONTAL" spaceColumns="1134" tabStop="8000" outlineShapeIDRef="1" memoShapeIDRef="0" textVerticalWidthHead="0" masterPageCnt="0">'
             '<hp:pagePr landscape="WIDELY" width="59528" height="84186" gutterType="LEFT_ONLY"><hp:margin header="4252" footer="4252" gutter="0" left="8504" right="8504" top="5668" bottom="4252"/></hp:pagePr></hp:secPr>']
    if doc.header: first.append(hp_hf(pid, "header", doc.header))
    if doc.footer: first.append(hp_hf(pid, "footer", doc.footer))
    first.append("<hp:t/></hp:run></hp:p>")
    parts.append("".join(first))
    pb = False
    for b in doc.blocks:
        k = b[0]
        if k == "pagebreak": pb = True; continue
        if k in ("p",): parts.append(hp_p(pid, b[1], pagebreak=pb))
        elif k == "h": parts.append(hp_p(pid, b[1], char=1, pagebreak=pb))
        elif k == "center": parts.append(hp_p(pid, b[1], para=1, char=1, pagebreak=pb))
        elif k == "right": parts.append(hp_p(pid, b[1], para=2, pagebreak=pb))
        elif k == "table": parts.append(hp_tbl(pid, b[1]))
        elif k == "box": parts.append(hp_tbl(pid, [[x] for x in b[1]], border=2, char=2))
        elif k == "stamp": parts.append(hp_tbl(pid, [[b[1]]], border=2, char=2))
        pb = False
    section = '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hs:sec ' + NS + '>' + "".join(parts) + '</hs:sec>'
    hpf = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><opf:package ' + NS + ' version="" unique-identifier="" id="">'
           '<opf:metadata><opf:title>%s</opf:title><opf:language>ko</opf:language><opf:meta name="creator" content="text">sens_ar</opf:meta>'
           '<opf:meta name="CreatedDate" content="text">2026-01-01T00:00:00Z</opf:meta><opf:meta name="ModifiedDate" content="text">2026-01-01T00:00:00Z</opf:meta></opf:metadata>'
           '<opf:manifest><opf:item id="header" href="Contents/header.xml" media-type="application/xml"/><opf:item id="section0" href="Contents/section0.xml" media-type="application/xml"/>'
           '<opf:item id="settings" href="settings.xml" media-type="application/xml"/></opf:manifest>'
           '<opf:spine><opf:itemref idref="header" linear="yes"/><opf:itemref idref="section0" linear="yes"/></opf:spine></opf:package>') % escape(title)
    container = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><ocf:container xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:container" '
                 'xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf"><ocf:rootfiles><ocf:rootfile full-path="Contents/content.hpf" media-type="application/hwpml-package+xml"/></ocf:rootfiles></ocf:container>')
    manifest = '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>'
    version = '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hv:HCFVersion xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version" tagetApplication="WORDPROCESSOR" major="5" minor="1" micro="0" buildNumber="1" os="1" xmlVersion="1.4" application="sens_ar generator" appVersion="1.0"/>'
    settings = '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><ha:HWPApplicationSetting xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app"><ha:CaretPosition listIDRef="0" paraIDRef="0" pos="0"/></ha:HWPApplicationSetting>'
    with zipfile.ZipFile(path, "w") as z:
        def add(n, data, comp=zipfile.ZIP_DEFLATED):
            zi = zipfile.ZipInfo(n, date_time=(2026, 1, 1, 0, 0, 0)); zi.compress_type = comp; zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
        add("mimetype", "application/hwp+zip", zipfile.ZIP_STORED)
        add("version.xml", version); add("META-INF/container.xml", container); add("META-INF/manifest.xml", manifest)
        add("Contents/content.hpf", hpf); add("Contents/header.xml", HEADER_XML); add("Contents/section0.xml", section); add("settings.xml", settings)

def hwpx_text(path):
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        assert names[0] == "mimetype" and z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        assert z.read("mimetype") == b"application/hwp+zip"
        for n in ("META-INF/container.xml", "Contents/content.hpf", "Contents/header.xml", "Contents/section0.xml"):
            assert n in names, n
        import xml.dom.minidom
        for n in names:
            if n.endswith((".xml", ".hpf")): xml.dom.minidom.parseString(z.read(n))
        sec = z.read("Contents/section0.xml").decode("utf-8")
    from xml.sax.saxutils import unescape
    return "\n".join(unescape(x) for x in re.findall(r"<hp:t>(.*?)</hp:t>", sec))

# ---------------- page layout shared by text PDF and scans
PW, PH, M = 595.0, 842.0, 56.0
def layout(doc, measure, stamp_style):
    """returns list of pages; each page = list of ops in pt, origin top-left."""
    pages = [[]]; y = [M + 30]
    FS, LEAD = 10.0, 15.5
    def newpage():
        pages.append([]); y[0] = M + 30
    def need(h):
        if y[0] + h > PH - M - 30: newpage()
    def wrap(text, w, fs):
        lines, cur = [], ""
        for ch in text:
            if measure(cur + ch, fs) > w and cur:
                # break at last space if possible
                sp = cur.rfind(" ")
                if sp > len(cur) * 0.6: lines.append(cur[:sp]); cur = cur[sp + 1:] + ch
                else: lines.append(cur); cur = ch
            else: cur += ch
        lines.append(cur); return lines
    W = PW - 2 * M
    for b in doc.blocks:
        k = b[0]
        if k == "pagebreak": newpage(); continue
        if k in ("p", "h", "center", "right"):
            fs = {"p": FS, "h": 12.0, "center": 15.0, "right": 12.0}[k]
            ls = wrap(b[1], W, fs)
            for ln in ls:
                need(fs * 1.6)
                x = M if k in ("p", "h") else (M + (W - measure(ln, fs)) / 2 if k == "center" else PW - M - measure(ln, fs))
                pages[-1].append(("text", x, y[0] + fs, ln, fs, k != "p")); y[0] += fs * 1.55
            y[0] += 4
        elif k == "table":
            rows = b[1]; nc = max(len(r_) for r_ in rows)
            nat = [max(max(measure(r_[i], 9.0) if i < len(r_) else 0 for r_ in rows), 14) + 12 for i in range(nc)]
            if sum(nat) <= W:
                cw = [n_ + (W - sum(nat)) * n_ / sum(nat) for n_ in nat]
            else:
                lo, hi = 0.0, W
                for _ in range(40):
                    mid = (lo + hi) / 2
                    if sum(min(n_, mid) for n_ in nat) > W: hi = mid
                    else: lo = mid
                cw = [min(n_, lo) for n_ in nat]; cw[-1] += W - sum(cw)
            for row in rows:
                row = list(row) + [""] * (nc - len(row))
                cells = [wrap(c, cw[i] - 8, 9.0) for i, c in enumerate(row)]
                h = max(len(c) for c in cells) * 13 + 8
                need(h); x = M
                for i, c in enumerate(cells):
                    pages[-1].append(("rect", x, y[0], cw[i], h, "k"))
                    for j, ln in enumerate(c):
                        pages[-1].append(("text", x + 4, y[0] + 4 + 9 + j * 13, ln, 9.0, False))
                    x += cw[i]
                y[0] += h
            y[0] += 10
        elif k in ("box", "stamp"):
            lines = b[1] if k == "box" else [b[1]]
            fs = 13.0 if k == "box" else 15.0
            wmax = max(measure(x, fs) for x in lines) + 30
            h = len(lines) * fs * 1.7 + 16
            need(h + 10)
            x0 = M + (W - wmax) / 2 if k == "box" else PW - M - wmax
            pages[-1].append(("rect", x0, y[0], wmax, h, "r2" if stamp_style else "k2"))
            for j, ln in enumerate(lines):
                pages[-1].append(("text", x0 + 15, y[0] + 8 + fs + j * fs * 1.7, ln, fs, True, "r" if stamp_style else "k"))
            y[0] += h + 12
    n = len(pages)
    for i, pg in enumerate(pages):
        show_h = doc.header and (doc.header_pages == "all" or (doc.header_pages == "first" and i == 0) or (doc.header_pages == "last" and i == n - 1))
        show_f = doc.footer and (doc.footer_pages == "all" or (doc.footer_pages == "last" and i == n - 1))
        if show_h:
            for j, ln in enumerate(doc.header):
                pg.append(("text", (PW - measure(ln, 12)) / 2, 34 + j * 15, ln, 12.0, True, "r"))
        if show_f:
            for j, ln in enumerate(doc.footer):
                pg.append(("text", (PW - measure(ln, 11)) / 2, PH - 44 + j * 14, ln, 11.0, True, "r"))
        pn = "- %d -" % (i + 1)
        pg.append(("text", (PW - measure(pn, 9)) / 2, PH - 18, pn, 9.0, False))
    return pages

def build_pdf_text(doc, path, title):
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab import rl_config
    rl_config.invariant = 1
    if "NG" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("NG", FONT)); pdfmetrics.registerFont(TTFont("NGB", FONTB))
    measure = lambda s, fs: pdfmetrics.stringWidth(s, "NG", fs)
    pages = layout(doc, measure, True)
    c = canvas.Canvas(path, pagesize=(PW, PH), invariant=1)
    c.setTitle(title); c.setAuthor("sens_ar"); c.setCreator("sens_ar make_set.py")
    for pg in pages:
        for op in pg:
            if op[0] == "rect":
                _, x, y, w, h, st = op
                c.setStrokeColorRGB(*((0.75, 0, 0) if st.startswith("r") else (0, 0, 0))); c.setLineWidth(1.6 if st.endswith("2") else 0.6)
                c.rect(x, PH - y - h, w, h)
                if st.endswith("2"): c.rect(x + 3, PH - y - h + 3, w - 6, h - 6)
            else:
                col = op[6] if len(op) > 6 else "k"
                c.setFillColorRGB(*((0.75, 0, 0) if col == "r" else (0, 0, 0)))
                c.setFont("NGB" if op[5] else "NG", op[4]); c.drawString(op[1], PH - op[2], op[3])
        c.showPage()
    c.save()
    return len(pages)

def build_pdf_scan(doc, path, title, r):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if "NG" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("NG", FONT)); pdfmetrics.registerFont(TTFont("NGB", FONTB))
    measure = lambda s, fs: pdfmetrics.stringWidth(s, "NG", fs)
    pages = layout(doc, measure, True)
    S = 150 / 72.0
    fonts = {}
    def F(fs, b):
        k = (round(fs * S), b)
        if k not in fonts: fonts[k] = ImageFont.truetype(FONTB if b else FONT, k[0])
        return fonts[k]
    c = canvas.Canvas(path, pagesize=(PW, PH), invariant=1)
    c.setTitle("scan"); c.setCreator("sens_ar scanner")
    for pg in pages:
        W_, H_ = int(PW * S), int(PH * S)
        im = Image.new("RGB", (W_, H_), (250, 248, 242)); dr = ImageDraw.Draw(im)
        for op in pg:
            if op[0] == "rect":
                _, x, y, w, h, st = op
                col = (185, 30, 35) if st.startswith("r") else (20, 20, 20)
                wd = 4 if st.endswith("2") else 2
                dr.rectangle([x * S, y * S, (x + w) * S, (y + h) * S], outline=col, width=wd)
                if st.endswith("2"): dr.rectangle([x * S + 8, y * S + 8, (x + w) * S - 8, (y + h) * S - 8], outline=col, width=2)
            else:
                col = (185, 30, 35) if (len(op) > 6 and op[6] == "r") else (25, 25, 25)
                dr.text((op[1] * S, (op[2] - op[4]) * S), op[3], font=F(op[4], op[5]), fill=col)
        # scan artefacts: speckle noise, slight rotation, blur, jpeg
        noise = r.randbytes((W_ // 3) * (H_ // 3))
        nimg = Image.frombytes("L", (W_ // 3, H_ // 3), noise).resize((W_, H_), Image.NEAREST)
        nimg = nimg.point(lambda v: 0 if v > 251 else (255 if v < 200 else 255))
        im = Image.composite(im, Image.new("RGB", (W_, H_), (90, 90, 90)), nimg)
        im = im.rotate(r.uniform(-1.2, 1.2), resample=Image.BICUBIC, fillcolor=(235, 235, 230))
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        bio = io.BytesIO(); im.save(bio, "JPEG", quality=r.choice([55, 62, 70])); bio.seek(0)
        c.drawImage(ImageReader(bio), 0, 0, PW, PH); c.showPage()
    c.save()
    return len(pages)

def pdf_text(path):
    import pypdf
    rd = pypdf.PdfReader(path)
    return "\n".join((p.extract_text() or "") for p in rd.pages), len(rd.pages)

# ================================================================ main
def main():
    import shutil
    if os.path.isdir(FILES): shutil.rmtree(FILES)
    os.makedirs(FILES)
    specs = []
    for tname, fn, cnt in TEMPLATES:
        for i in range(cnt):
            specs.append((tname, fn, i))
    results = [fn(R(tname, i), i) for (tname, fn, i) in specs]
    stamped = [si for si, res in enumerate(results) if res["marking"] != "none" or set(res["flags"]) & {"expired_stamp", "t_mislabeled"}]
    others = [si for si in range(len(specs)) if si not in set(stamped)]
    fmt = {}
    for grp, quota in ((stamped, {"pdf_scan": 16, "hwpx": 14, "pdf_text": 10}), (others, {"pdf_scan": 8, "hwpx": 56, "pdf_text": 36})):
        fl = [k for k, n_ in sorted(quota.items()) for _ in range(n_)]
        fl += ["txt"] * (len(grp) - len(fl))
        R("assign", len(grp)).shuffle(fl)
        for si, f in zip(grp, fl): fmt[si] = f
    recs, metas = [], []
    problems = []
    for si, (tname, fn, i) in enumerate(specs):
        res = results[si]
        doc = res["doc"]
        rid = "sens_ar-%03d" % (si + 1)
        f = fmt[si]
        logical = render_text(doc, "pipe")
        rec = {"id": rid}
        if f == "txt":
            style = TSTYLE[si % 3]
            txt = render_text(doc, style); rec["text"] = txt; extracted = txt; rendered = txt; npages = None
        else:
            ext = {"hwpx": "hwpx", "pdf_text": "pdf", "pdf_scan": "pdf"}[f]
            rel = "files/%s.%s" % (rid, ext); p = os.path.join(HERE, rel); rec["file"] = rel
            rendered = logical
            if f == "hwpx":
                build_hwpx(doc, p, doc.title); extracted = hwpx_text(p); npages = None
            elif f == "pdf_text":
                build_pdf_text(doc, p, doc.title); extracted, npages = pdf_text(p)
            else:
                build_pdf_scan(doc, p, doc.title, R(tname + "|scan", i)); t2, npages = pdf_text(p)
                if t2.strip(): problems.append("%s scan has text layer" % rid)
                extracted = rendered
        rec.update({"disclosure": res["disclosure"], "marking": res["marking"], "reasons": res["reasons"], "genre": res["genre"]})
        # ---- validation
        for cu in doc.cues:
            if cu["text"] not in extracted:
                problems.append("%s cue missing: %r" % (rid, cu["text"]))
            if cu["text"] not in rendered:
                problems.append("%s cue missing from rendered_text: %r" % (rid, cu["text"]))
        problems.extend("%s: %s" % (rid, e) for e in check_labels(rec, res, rendered))
        recs.append(rec)
        metas.append({"id": rid, "template": tname, "variant": i, "format": f, "pages": npages,
                      "cue_kind": sorted(set(c["kind"] for c in doc.cues)), "cue_location": sorted(set(c["location"] for c in doc.cues)),
                      "cue_text": [c["text"] for c in doc.cues], "cues": doc.cues, "flags": res["flags"], "note": res["note"],
                      "title": doc.title, "rendered_text": rendered})
    with open(os.path.join(HERE, "sens_ar.jsonl"), "w", encoding="utf-8") as fh:
        for x in recs: fh.write(json.dumps(x, ensure_ascii=False, sort_keys=False) + "\n")
    with open(os.path.join(HERE, "sens_ar.meta.jsonl"), "w", encoding="utf-8") as fh:
        for x in metas: fh.write(json.dumps(x, ensure_ascii=False) + "\n")
    st = stats(recs, metas)
    st["validation_problems"] = problems
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8") as fh:
        json.dump(st, fh, ensure_ascii=False, indent=1, sort_keys=True)
    print(json.dumps({k: v for k, v in st.items() if k != "by_template"}, ensure_ascii=False))
    if problems:
        print("PROBLEMS:", len(problems)); print("\n".join(problems[:40])); sys.exit(1)

def check_labels(rec, res, text):
    e = []
    D, Mk, Rs = rec["disclosure"], rec["marking"], rec["reasons"]
    if D not in ("public", "partial", "non_public"): e.append("bad disclosure")
    if Mk not in ("none", "대외비", "III급", "II급", "I급"): e.append("bad marking")
    if any(x not in RORDER for x in Rs): e.append("bad reason")
    if D == "public" and Rs: e.append("public with reasons")
    if D != "public" and not Rs: e.append("non-public without reasons")
    if Mk in ("III급", "II급", "I급"):
        if "OIDA-9-1-1" not in Rs or len(Rs) < 2: e.append("classified needs 9-1-1 + content reason")
        if D != "non_public": e.append("classified must be non_public")
    if "OIDA-9-1-1" in Rs and Mk not in ("III급", "II급", "I급"): e.append("9-1-1 without 비밀 marking")
    if Mk == "대외비" and (D != "non_public" or "OIDA-9-1-1" in Rs): e.append("대외비 rule")
    unm = bool(UNMASKED_RE.search(text))
    if ("PIPA-24" in Rs) != unm: e.append("PIPA-24 vs unmasked identifier mismatch (unmasked=%s)" % unm)
    if "PIPA-24" in Rs and "unmasked_id" not in res["flags"]: e.append("PIPA-24 flag")
    if "t_mislabeled" in res["flags"] and not (D == "partial" and Rs == ["OIDA-9-1-6", "PIPA-24"]): e.append("mislabeled rule")
    return e

def stats(recs, metas):
    from collections import Counter
    c = lambda key: dict(sorted(Counter(key(r) for r in recs).items()))
    fmt = Counter(m["format"] for m in metas)
    reasons = Counter(x for r in recs for x in r["reasons"])
    cross = {}
    for r, m in zip(recs, metas):
        cross.setdefault(m["format"], Counter())[r["disclosure"]] += 1
    flags = Counter(f for m in metas for f in m["flags"])
    return {"n": len(recs), "format": dict(sorted(fmt.items())), "disclosure": c(lambda r: r["disclosure"]), "marking": c(lambda r: r["marking"]),
            "reasons": {k: reasons[k] for k in RORDER}, "genre": c(lambda r: r["genre"]), "format_x_disclosure": {k: dict(v) for k, v in sorted(cross.items())},
            "flags": dict(sorted(flags.items())), "by_template": dict(sorted(Counter(m["template"] for m in metas).items())),
            "marking_x_format": {k: dict(Counter(r["marking"] for r, m in zip(recs, metas) if m["format"] == k)) for k in sorted(fmt)},
            "reference_date": REF_DATE_TXT}

if __name__ == "__main__":
    main()
