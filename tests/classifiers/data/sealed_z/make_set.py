#!/usr/bin/env python3
"""sens_z: independent evaluation set for a Korean document-sensitivity classifier.

Deterministic: every random draw comes from random.Random("sens_z-2026|<template>|<variant>").
Writes sens_z.jsonl, sens_z.meta.jsonl and files/*.hwpx, files/*.pdf, then validates.
Run with the venv python (reportlab needed):  /work/evalsets/venv_sens_z/bin/python make_set.py
"""
import io, json, os, re, sys, zipfile, subprocess, unicodedata, random
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape as xesc

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "sens_z"
REASON_ORDER = ["OIDA-9-1-1", "OIDA-9-1-2", "OIDA-9-1-3", "OIDA-9-1-4", "OIDA-9-1-5",
                "OIDA-9-1-6", "OIDA-9-1-7", "OIDA-9-1-8", "PIPA-23", "PIPA-24"]
MARKINGS = ["none", "대외비", "III급", "II급", "I급"]

def R(template, variant):
    return random.Random(f"sens_z-2026|{template}|{variant}")

# ---------------------------------------------------------------- pools
SUR = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안",
       "송", "류", "전", "홍", "고", "문", "양", "손", "배", "백", "허", "남", "심", "노", "하", "곽", "성",
       "차", "주", "우", "구", "민", "진", "나", "지", "엄", "채", "원", "천", "방", "공", "현", "함", "변",
       "염", "여", "추", "도", "소", "석", "선우", "남궁", "황보", "제갈"]
GIV = ["민", "서", "준", "지", "현", "우", "예", "도", "윤", "하", "주", "수", "진", "영", "은", "정", "태",
       "승", "재", "혜", "경", "성", "동", "상", "미", "희", "연", "혁", "기", "원", "채", "유", "나", "보",
       "찬", "규", "람", "솔", "빈", "석", "호", "훈", "철", "숙", "자", "옥", "순", "길", "환", "용"]

def person(rng):
    return rng.choice(SUR) + rng.choice(GIV) + rng.choice(GIV)

def masked(name):
    return name[0] + "○○" if len(name) < 4 else name[:2] + "○○"

CENTRAL = [("기획재정부", ["예산총괄과", "재정건전성과", "국고과", "공공정책총괄과"], "세종특별자치시 갈매로 477 정부세종청사 중앙동", "30109"),
           ("행정안전부", ["정보공개정책과", "조직진단과", "지방재정정책과", "비상안전기획관실"], "세종특별자치시 도움6로 42 정부세종청사 중앙동", "30112"),
           ("산업통상자원부", ["통상정책총괄과", "FTA협상총괄과", "에너지안전과", "산업기술개발과"], "세종특별자치시 한누리대로 402 정부세종청사 13동", "30118"),
           ("국토교통부", ["주택정책과", "공공택지기획과", "도로정책과", "철도안전정책과"], "세종특별자치시 도움6로 11 정부세종청사 6동", "30103"),
           ("보건복지부", ["보건의료정책과", "기초생활보장과", "감염병정책과", "장애인정책과"], "세종특별자치시 도움4로 13 정부세종청사 10동", "30113"),
           ("환경부", ["기후전략과", "물환경정책과", "자원순환정책과", "화학안전과"], "세종특별자치시 도움6로 11 정부세종청사 6동", "30103"),
           ("해양수산부", ["해양정책과", "수산정책과", "항만물류기획과", "해운정책과"], "세종특별자치시 다솜2로 94 정부세종청사 5동", "30110"),
           ("고용노동부", ["노사관계지원과", "공무원노사관계과", "고용정책총괄과", "산재보상정책과"], "세종특별자치시 한누리대로 422 정부세종청사 11동", "30117"),
           ("과학기술정보통신부", ["연구개발정책과", "정보보호기획과", "연구성과혁신정책과"], "세종특별자치시 가름로 194", "30121"),
           ("농림축산식품부", ["농업정책과", "방역정책과", "식량정책과"], "세종특별자치시 다솜2로 94 정부세종청사 5동", "30110"),
           ("국방부", ["군사시설기획과", "보안정책과", "획득정책과"], "서울특별시 용산구 이태원로 22", "04383"),
           ("외교부", ["양자경제외교과", "기후환경과학외교과", "북미통상과"], "서울특별시 종로구 사직로8길 60", "03172"),
           ("인사혁신처", ["인사정책과", "윤리정책과", "공무원노사협력과"], "세종특별자치시 도움5로 19", "30102"),
           ("조달청", ["계약제도과", "시설사업국 기술심사과", "구매총괄과"], "대전광역시 서구 청사로 189 정부대전청사 2동", "35208")]
CORP = [("한국물류진흥공사", ["경영기획실", "계약팀", "감사실", "인사노무처"], "인천광역시 중구 서해대로 366"),
        ("한국해양환경관리공단", ["기획조정실", "구매계약부", "자체감사부", "노사협력부"], "부산광역시 영도구 해양로 301"),
        ("국토시설안전공사", ["사업관리처", "조달계약처", "감사실", "인재개발처"], "경상남도 진주시 충의로 19"),
        ("한국에너지전환공사", ["전략기획처", "계약관리팀", "상임감사실", "인사처"], "전라남도 나주시 빛가람로 661"),
        ("한빛수자원공사", ["경영혁신부", "자재계약부", "감사부", "노무복지부"], "대전광역시 대덕구 신탄진로 200"),
        ("한국도시재생공사", ["개발기획처", "보상처", "감사실", "인사관리부"], "경상남도 진주시 동진로 430")]
INST = [("한국공공정책연구원", ["정책연구실", "연구관리팀", "경영지원팀"], "세종특별자치시 시청대로 370"),
        ("국가데이터품질원", ["품질평가팀", "기획예산팀", "감사팀"], "대구광역시 동구 첨단로 53"),
        ("한국산업기술평가관리원", ["평가관리실", "기술보호팀", "감사실"], "대구광역시 동구 첨단로 8길 32"),
        ("국립해양자원연구원", ["연구기획과", "해양생태연구과", "운영지원과"], "충청남도 서천군 장항읍 장산로 101"),
        ("한국교육시험관리원", ["출제관리부", "시험운영부", "보안관리팀"], "충청북도 진천군 덕산읍 교연로 780"),
        ("한국보건의료정보원", ["정보보호팀", "연구조사실", "인사총무팀"], "서울특별시 중구 퇴계로 173")]
LOCAL = [("서울특별시", "서울특별시장", ["도시계획과", "예산담당관", "감사담당관", "인사과"], "서울특별시 중구 세종대로 110"),
         ("부산광역시 해운대구", "해운대구청장", ["기획감사실", "복지정책과", "도시재생과", "총무과"], "부산광역시 해운대구 중동2로 11"),
         ("경기도 수원시", "수원시장", ["감사관", "도시정책과", "자치행정과", "회계과"], "경기도 수원시 팔달구 효원로 241"),
         ("전라남도 순천시", "순천시장", ["기획예산과", "복지정책과", "감사실", "총무과"], "전라남도 순천시 장명로 30"),
         ("충청북도 청주시", "청주시장", ["정책기획과", "도시계획과", "감사관실", "행정지원과"], "충청북도 청주시 상당구 상당로 155"),
         ("강원특별자치도 원주시", "원주시장", ["기획예산과", "감사담당관", "건축과", "총무과"], "강원특별자치도 원주시 시청로 1"),
         ("경상북도 안동시", "안동시장", ["기획예산실", "사회복지과", "감사실", "자치행정과"], "경상북도 안동시 퇴계로 115"),
         ("인천광역시 연수구", "연수구청장", ["기획예산과", "감사실", "생활보장과", "총무과"], "인천광역시 연수구 원인재로 115")]
COUNCIL = ["서울특별시의회", "부산광역시의회", "경기도의회", "충청북도의회", "청주시의회", "순천시의회",
           "해운대구의회", "원주시의회", "안동시의회", "연수구의회", "전라북도의회", "대구광역시의회"]
EDU = [("서울특별시교육청", ["중등교육과", "감사관", "교원정책과"]), ("경기도교육청", ["교육과정정책과", "감사관", "교원인사과"]),
       ("전북특별자치도교육청", ["학교혁신과", "감사담당관", "교원인사과"]), ("대구광역시교육청", ["초등교육과", "감사관", "교원인사과"])]
POLICE = ["서울경찰청", "경기남부경찰청", "부산해운대경찰서", "충북청주흥덕경찰서", "전남순천경찰서", "인천연수경찰서"]
FIRE = ["소방청", "경기도소방재난본부", "부산해운대소방서", "충북청주동부소방서", "강원원주소방서"]
COURT = ["법원행정처", "서울중앙지방법원", "대전지방법원", "부산지방법원 동부지원", "수원지방법원"]
ROADS = ["중앙로", "시민로", "새말길", "은행나무길", "동산로", "한들로", "솔내길", "가람로", "봉화로", "청림길", "매화로", "덕천로"]
CITIES = ["서울특별시 마포구", "서울특별시 노원구", "부산광역시 사하구", "대구광역시 수성구", "경기도 고양시 일산동구",
          "경기도 안산시 상록구", "충청북도 청주시 서원구", "전라남도 여수시", "경상남도 김해시", "강원특별자치도 춘천시",
          "인천광역시 남동구", "광주광역시 북구", "전북특별자치도 전주시 완산구"]
BANKS = [("국민은행", (6, 2, 6)), ("신한은행", (3, 3, 6)), ("우리은행", (4, 3, 6)), ("농협은행", (3, 4, 4, 2)),
         ("하나은행", (3, 6, 5)), ("기업은행", (3, 6, 2, 3))]
COMPANIES = ["(주)한결엔지니어링", "㈜누리정보기술", "(주)대명건설", "세광산업(주)", "(주)아름시스템즈", "㈜태성환경",
             "(주)다온컨설팅", "한울기술(주)", "(주)새빛테크", "㈜해오름물산", "(주)미래도시연구소", "(주)청람디앤씨"]

def d(n, lo=0, hi=9, rng=None):
    return "".join(str(rng.randint(lo, hi)) for _ in range(n))

def date(rng, y0=2019, y1=2026, style=None):
    y, m, dd = rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)
    style = style if style is not None else rng.randint(0, 3)
    if style == 0: return f"{y}. {m}. {dd}."
    if style == 1: return f"{y}.{m:02d}.{dd:02d}."
    if style == 2: return f"{y}년 {m}월 {dd}일"
    return f"{y}-{m:02d}-{dd:02d}"

def rrn(rng, masked_=False, birth_lo=1955, birth_hi=1999):
    y = rng.randint(birth_lo, birth_hi); m = rng.randint(1, 12); dd = rng.randint(1, 28)
    g = rng.choice([1, 2])
    body = f"{y % 100:02d}{m:02d}{dd:02d}{g}" + d(5, rng=rng)
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    s = sum(int(c) * k for c, k in zip(body, w))
    chk = (11 - s % 11) % 10
    full = body + str(chk)
    if masked_:
        return full[:6] + "-" + full[6] + rng.choice(["******", "●●●●●●", "XXXXXX"])
    return full[:6] + "-" + full[6:]

def mobile(rng):
    return f"010-{rng.randint(2000, 9999)}-{rng.randint(1000, 9999)}"

def office_tel(rng, area="044"):
    return f"{area}-{rng.randint(200, 899)}-{rng.randint(1000, 9999)}"

def account(rng):
    bank, groups = rng.choice(BANKS)
    return bank, "-".join(d(g, rng=rng) for g in groups)

def home_addr(rng):
    c = rng.choice(CITIES)
    a = f"{c} {rng.choice(ROADS)} {rng.randint(3, 250)}"
    if rng.random() < 0.6:
        a += f", {rng.randint(101, 120)}동 {rng.randint(1, 25)}{rng.randint(1, 4):02d}호"
    return a

def docno(rng, dept):
    return f"{dept}-{rng.randint(120, 9876)}"

def circled(n):
    return "①②③④⑤⑥⑦⑧"[n - 1]

# ---------------------------------------------------------------- document model
class Doc:
    def __init__(self, genre, agency_kind):
        self.genre = genre; self.agency_kind = agency_kind
        self.header = None; self.footer = None; self.blocks = []
        self.disclosure = "public"; self.marking = "none"; self.reasons = []
        self.cue = ""; self.cue_location = ""; self.cue_text = ""; self.flags = []
        self.stated = None; self.format_pref = None
    def p(self, *lines):
        for l in lines: self.blocks.append(("p", l))
    def title(self, t):
        self.blocks.append(("title", t))
    def tbl(self, rows, header=True):
        self.blocks.append(("tbl", [list(map(str, r)) for r in rows], header))
    def box(self, text, pos="right"):
        self.blocks.append(("box", text, pos))
    def pb(self):
        self.blocks.append(("pb",))
    def label(self, disclosure, marking="none", reasons=()):
        self.disclosure = disclosure; self.marking = marking
        self.reasons = [r for r in REASON_ORDER if r in set(reasons)]
    def setcue(self, cue, loc, text, *flags):
        self.cue = cue; self.cue_location = loc; self.cue_text = text
        self.flags.extend(flags)

def stated_value(s):
    """Map a printed 공개구분 value to a disclosure class."""
    t = s.replace(" ", "")
    if "부분공개" in t: return "partial"
    if "비공개" in t: return "non_public"
    if "공개" in t: return "public"
    return None

# ---------------------------------------------------------------- renderers: text
def render_text(doc, rng):
    sep = rng.choice([" | ", "\t", " │ ", "  "])
    out = []
    page = 1
    def head():
        if doc.header: out.append(doc.header)
    def foot():
        if doc.footer: out.append(doc.footer.replace("{page}", str(page)))
    head()
    for b in doc.blocks:
        k = b[0]
        if k in ("p", "title"):
            out.append(b[1])
        elif k == "tbl":
            for row in b[1]:
                out.append(sep.join(c.replace("\n", " ") for c in row))
        elif k == "box":
            out.append(b[1].replace("\n", " "))
        elif k == "pb":
            foot(); page += 1; out.append(""); head()
    foot()
    return "\n".join(out).strip("\n") + "\n"

# ---------------------------------------------------------------- renderers: HWPX (OWPML)
NS_HP = "http://www.hancom.co.kr/hwpml/2011/paragraph"
NS_HS = "http://www.hancom.co.kr/hwpml/2011/section"
NS_HH = "http://www.hancom.co.kr/hwpml/2011/head"
NS_HC = "http://www.hancom.co.kr/hwpml/2011/core"
NS_DECL = (f'xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" xmlns:hp="{NS_HP}" xmlns:hs="{NS_HS}" '
           f'xmlns:hc="{NS_HC}" xmlns:hh="{NS_HH}" xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:opf="http://www.idpf.org/2007/opf/"')

class Hx:
    def __init__(self): self.pid = 0; self.oid = 1000
    def nid(self):
        self.pid += 1; return self.pid
    def noid(self):
        self.oid += 1; return self.oid

def hx_sublist(inner, w=0, h=0, valign="TOP"):
    return (f'<hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="{valign}" linkListIDRef="0" '
            f'linkListNextIDRef="0" textWidth="{w}" textHeight="{h}" hasTextRef="0" hasNumRef="0">{inner}</hp:subList>')

def hx_para(hx, text, char=0, para=0, page_break=False, extra=""):
    lines = text.split("\n")
    runs = "".join(f'<hp:t>{xesc(l)}</hp:t>' + ('<hp:lineBreak/>' if i < len(lines) - 1 else '') for i, l in enumerate(lines))
    return (f'<hp:p id="{hx.nid()}" paraPrIDRef="{para}" styleIDRef="0" pageBreak="{1 if page_break else 0}" columnBreak="0" merged="0">'
            f'<hp:run charPrIDRef="{char}">{extra}{runs}</hp:run></hp:p>')

def hx_table(hx, rows, header):
    ncol = max(len(r) for r in rows); W = 42520; cw = W // ncol; rh = 1600
    trs = []
    for ri, r in enumerate(rows):
        tcs = []
        for ci in range(ncol):
            cell = r[ci] if ci < len(r) else ""
            inner = "".join(hx_para(hx, line, char=1 if (header and ri == 0) else 0, para=1) for line in cell.split("\n"))
            tcs.append(f'<hp:tc name="" header="{1 if header and ri == 0 else 0}" hasMargin="0" protect="0" editable="0" dirty="0" borderFillIDRef="2">'
                       + hx_sublist(inner, 0, 0, "CENTER")
                       + f'<hp:cellAddr colAddr="{ci}" rowAddr="{ri}"/><hp:cellSpan colSpan="1" rowSpan="1"/>'
                       f'<hp:cellSz width="{cw}" height="{rh}"/><hp:cellMargin left="510" right="510" top="141" bottom="141"/></hp:tc>')
        trs.append("<hp:tr>" + "".join(tcs) + "</hp:tr>")
    tbl = (f'<hp:tbl id="{hx.noid()}" zOrder="0" numberingType="TABLE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" lock="0" '
           f'dropcapstyle="None" pageBreak="CELL" repeatHeader="{1 if header else 0}" rowCnt="{len(rows)}" colCnt="{ncol}" cellSpacing="0" borderFillIDRef="2" noAdjust="0">'
           f'<hp:sz width="{cw * ncol}" widthRelTo="ABSOLUTE" height="{rh * len(rows)}" heightRelTo="ABSOLUTE" protect="0"/>'
           '<hp:pos treatAsChar="1" affectLSpacing="0" flowWithText="1" allowOverlap="0" holdAnchorAndSO="0" vertRelTo="PARA" horzRelTo="COLUMN" vertAlign="TOP" horzAlign="LEFT" vertOffset="0" horzOffset="0"/>'
           '<hp:outMargin left="283" right="283" top="283" bottom="283"/><hp:inMargin left="510" right="510" top="141" bottom="141"/>'
           + "".join(trs) + '</hp:tbl>')
    return (f'<hp:p id="{hx.nid()}" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">'
            f'<hp:run charPrIDRef="0">{tbl}<hp:t/></hp:run></hp:p>')

def hx_box(hx, text, pos):
    w, h = (14000, 3200) if pos != "wide" else (42520, 3600)
    horz = {"right": "RIGHT", "left": "LEFT", "wide": "CENTER", "center": "CENTER"}.get(pos, "RIGHT")
    inner = "".join(hx_para(hx, l, char=1, para=1) for l in text.split("\n"))
    oid = hx.noid()
    rect = (f'<hp:rect id="{oid}" zOrder="{oid % 100}" numberingType="PICTURE" textWrap="IN_FRONT_OF_TEXT" textFlow="BOTH_SIDES" lock="0" '
            f'dropcapstyle="None" href="" groupLevel="0" instid="{oid + 5000}" ratio="0">'
            f'<hp:offset x="0" y="0"/><hp:orgSz width="{w}" height="{h}"/><hp:curSz width="{w}" height="{h}"/>'
            '<hp:flip horizontal="0" vertical="0"/>'
            f'<hp:rotationInfo angle="0" centerX="{w // 2}" centerY="{h // 2}" rotateimage="1"/>'
            '<hp:renderingInfo><hc:transMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/>'
            '<hc:scaMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/><hc:rotMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/></hp:renderingInfo>'
            '<hp:lineShape color="#C00000" width="71" style="SOLID" endCap="FLAT" headStyle="NORMAL" tailStyle="NORMAL" headfill="1" '
            'tailfill="1" headSz="MEDIUM_MEDIUM" tailSz="MEDIUM_MEDIUM" outlineStyle="NORMAL" alpha="0"/>'
            '<hc:fillBrush><hc:winBrush faceColor="#FFFFFF" hatchColor="#000000" alpha="0"/></hc:fillBrush>'
            f'<hp:drawText lastWidth="{w}" name="" editable="0">' + hx_sublist(inner, 0, 0, "CENTER")
            + '<hp:textMargin left="283" right="283" top="283" bottom="283"/></hp:drawText>'
            f'<hc:pt0 x="0" y="0"/><hc:pt1 x="{w}" y="0"/><hc:pt2 x="{w}" y="{h}"/><hc:pt3 x="0" y="{h}"/>'
            f'<hp:sz width="{w}" widthRelTo="ABSOLUTE" height="{h}" heightRelTo="ABSOLUTE" protect="0"/>'
            f'<hp:pos treatAsChar="0" affectLSpacing="0" flowWithText="1" allowOverlap="1" holdAnchorAndSO="0" vertRelTo="PARA" '
            f'horzRelTo="COLUMN" vertAlign="TOP" horzAlign="{horz}" vertOffset="0" horzOffset="0"/>'
            '<hp:outMargin left="0" right="0" top="0" bottom="0"/><hp:shapeComment>글상자</hp:shapeComment></hp:rect>')
    return (f'<hp:p id="{hx.nid()}" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">'
            f'<hp:run charPrIDRef="0">{rect}<hp:t/></hp:run></hp:p>')

def hx_section(doc):
    hx = Hx()
    ctrls = ('<hp:secPr id="" textDirection="HORIZONTAL" spaceColumns="1134" tabStop="8000" outlineShapeIDRef="1" memoShapeIDRef="0" '
             'textVerticalWidthHead="0" masterPageCnt="0"><hp:grid lineGrid="0" charGrid="0" wonggojiFormat="0"/>'
             '<hp:startNum pageStartsOn="BOTH" page="0" pic="0" tbl="0" equation="0"/>'
             '<hp:visibility hideFirstHeader="0" hideFirstFooter="0" hideFirstMasterPage="0" border="SHOW_ALL" fill="SHOW_ALL" '
             'hideFirstPageNum="0" hideFirstEmptyLine="0" showLineNumber="0"/>'
             '<hp:pagePr landscape="WIDELY" width="59528" height="84186" gutterType="LEFT_ONLY">'
             '<hp:margin header="4252" footer="4252" gutter="0" left="8504" right="8504" top="5668" bottom="4252"/></hp:pagePr></hp:secPr>'
             '<hp:ctrl><hp:colPr id="" type="NEWSPAPER" layout="LEFT" colCount="1" sameSz="1" sameGap="0"/></hp:ctrl>')
    if doc.header:
        ctrls += (f'<hp:ctrl><hp:header id="{hx.noid()}" applyPageType="BOTH">'
                  + hx_sublist(hx_para(hx, doc.header, para=2), 42520, 4252) + '</hp:header></hp:ctrl>')
    if doc.footer:
        f = doc.footer
        if "{page}" in f:
            a, b = f.split("{page}", 1)
            fp = (f'<hp:p id="{hx.nid()}" paraPrIDRef="1" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0"><hp:run charPrIDRef="0">'
                  f'<hp:t>{xesc(a)}</hp:t><hp:ctrl><hp:autoNum num="1" numType="PAGE"><hp:autoNumFormat type="DIGIT" userChar="" '
                  f'prefixChar="" suffixChar="" supscript="0"/></hp:autoNum></hp:ctrl><hp:t>{xesc(b)}</hp:t></hp:run></hp:p>')
        else:
            fp = hx_para(hx, f, para=1)
        ctrls += (f'<hp:ctrl><hp:footer id="{hx.noid()}" applyPageType="BOTH">' + hx_sublist(fp, 42520, 4252) + '</hp:footer></hp:ctrl>')
    first = (f'<hp:p id="0" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0"><hp:run charPrIDRef="0">{ctrls}</hp:run></hp:p>')
    parts = [first]
    pending_break = False
    for b in doc.blocks:
        k = b[0]
        if k == "pb":
            pending_break = True; continue
        if k == "title":
            parts.append(hx_para(hx, b[1], char=2, para=1, page_break=pending_break))
        elif k == "p":
            parts.append(hx_para(hx, b[1], page_break=pending_break))
        elif k == "tbl":
            if pending_break: parts.append(hx_para(hx, "", page_break=True))
            parts.append(hx_table(hx, b[1], b[2]))
        elif k == "box":
            if pending_break: parts.append(hx_para(hx, "", page_break=True))
            parts.append(hx_box(hx, b[1], b[2]))
        pending_break = False
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hs:sec {NS_DECL}>' + "".join(parts) + '</hs:sec>')

HX_HEADER = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hh:head {NS_DECL} version="1.4" secCnt="1">'
    '<hh:beginNum page="1" footnote="1" endnote="1" pic="1" tbl="1" equation="1"/><hh:refList>'
    '<hh:fontfaces itemCnt="2">'
    + "".join(f'<hh:fontface lang="{lang}" fontCnt="2"><hh:font id="0" face="함초롬바탕" type="TTF" isEmbedded="0"/>'
              f'<hh:font id="1" face="함초롬돋움" type="TTF" isEmbedded="0"/></hh:fontface>' for lang in ("HANGUL", "LATIN"))
    + '</hh:fontfaces><hh:borderFills itemCnt="2">'
    '<hh:borderFill id="1" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0"><hh:leftBorder type="NONE" width="0.1 mm" color="#000000"/>'
    '<hh:rightBorder type="NONE" width="0.1 mm" color="#000000"/><hh:topBorder type="NONE" width="0.1 mm" color="#000000"/>'
    '<hh:bottomBorder type="NONE" width="0.1 mm" color="#000000"/></hh:borderFill>'
    '<hh:borderFill id="2" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0"><hh:leftBorder type="SOLID" width="0.12 mm" color="#000000"/>'
    '<hh:rightBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:topBorder type="SOLID" width="0.12 mm" color="#000000"/>'
    '<hh:bottomBorder type="SOLID" width="0.12 mm" color="#000000"/></hh:borderFill></hh:borderFills>'
    '<hh:charProperties itemCnt="3">'
    + "".join(f'<hh:charPr id="{i}" height="{h}" textColor="#000000" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1">'
              f'<hh:fontRef hangul="{fo}" latin="{fo}" hanja="{fo}" japanese="{fo}" other="{fo}" symbol="{fo}" user="{fo}"/>'
              '<hh:ratio hangul="100" latin="100" hanja="100" japanese="100" other="100" symbol="100" user="100"/>'
              '<hh:spacing hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/>'
              '<hh:relSz hangul="100" latin="100" hanja="100" japanese="100" other="100" symbol="100" user="100"/>'
              '<hh:offset hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/>'
              + ('<hh:bold/>' if i else '') + '</hh:charPr>' for i, h, fo in ((0, 1100, 0), (1, 1000, 1), (2, 1600, 1)))
    + '</hh:charProperties><hh:tabProperties itemCnt="1"><hh:tabPr id="0" autoTabLeft="0" autoTabRight="0"/></hh:tabProperties>'
    '<hh:paraProperties itemCnt="3">'
    + "".join(f'<hh:paraPr id="{i}" tabPrIDRef="0" condense="0" fontLineHeight="0" snapToGrid="1" suppressLineNumbers="0" checked="0">'
              f'<hh:align horizontal="{al}" vertical="BASELINE"/><hh:heading type="NONE" idRef="0" level="0"/>'
              '<hh:breakSetting breakLatinWord="KEEP_WORD" breakNonLatinWord="KEEP_WORD" widowOrphan="0" keepWithNext="0" keepLines="0" pageBreakBefore="0" lineWrap="BREAK"/>'
              '<hh:lineSpacing type="PERCENT" value="160" unit="HWPUNIT"/><hh:border borderFillIDRef="1" offsetLeft="0" offsetRight="0" offsetTop="0" offsetBottom="0" connect="0" ignoreMargin="0"/>'
              '</hh:paraPr>' for i, al in ((0, "JUSTIFY"), (1, "CENTER"), (2, "RIGHT")))
    + '</hh:paraProperties><hh:styles itemCnt="1"><hh:style id="0" type="PARA" name="바탕글" engName="Normal" paraPrIDRef="0" charPrIDRef="0" nextStyleIDRef="0" langID="1042" lockForm="0"/></hh:styles>'
    '</hh:refList><hh:compatibleDocument targetProgram="HWP201X"><hh:layoutCompatibility/></hh:compatibleDocument>'
    '<hh:docOption><hh:linkinfo path="" pageInherit="0" footnoteInherit="0"/></hh:docOption></hh:head>')

HX_VERSION = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hv:HCFVersion xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version" '
              'tagetApplication="WORDPROCESSOR" major="5" minor="1" micro="0" buildNumber="1" os="1" xmlVersion="1.4" '
              'application="Hancom Office Hangul" appVersion="12, 0, 0, 535 WIN32LEWindows_10"/>')
HX_CONTAINER = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><ocf:container xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:container" '
                'xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf"><ocf:rootfiles>'
                '<ocf:rootfile full-path="Contents/content.hpf" media-type="application/hwpml-package+xml"/>'
                '<ocf:rootfile full-path="Preview/PrvText.txt" media-type="text/plain"/></ocf:rootfiles></ocf:container>')
HX_MANIFEST = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>')
HX_SETTINGS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><ha:HWPApplicationSetting xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" '
               'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0"><ha:CaretPosition listIDRef="0" paraIDRef="0" pos="0"/></ha:HWPApplicationSetting>')

def hx_hpf(title, created):
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><opf:package {NS_DECL} version="" unique-identifier="" id="">'
            f'<opf:metadata><opf:title>{xesc(title)}</opf:title><opf:language>ko</opf:language>'
            f'<opf:meta name="creator" content="text">sens_z</opf:meta><opf:meta name="CreatedDate" content="text">{created}</opf:meta></opf:metadata>'
            '<opf:manifest><opf:item id="header" href="Contents/header.xml" media-type="application/xml"/>'
            '<opf:item id="section0" href="Contents/section0.xml" media-type="application/xml"/>'
            '<opf:item id="settings" href="settings.xml" media-type="application/xml"/></opf:manifest>'
            '<opf:spine><opf:itemref idref="header" linear="yes"/><opf:itemref idref="section0" linear="yes"/></opf:spine></opf:package>')

def write_hwpx(doc, path, preview_text):
    title = next((b[1] for b in doc.blocks if b[0] == "title"), "문서")
    entries = [("mimetype", b"application/hwp+zip", zipfile.ZIP_STORED),
               ("version.xml", HX_VERSION.encode(), zipfile.ZIP_STORED),
               ("Contents/header.xml", HX_HEADER.encode(), zipfile.ZIP_DEFLATED),
               ("Contents/section0.xml", hx_section(doc).encode(), zipfile.ZIP_DEFLATED),
               ("Preview/PrvText.txt", preview_text[:1000].encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("settings.xml", HX_SETTINGS.encode(), zipfile.ZIP_DEFLATED),
               ("META-INF/container.xml", HX_CONTAINER.encode(), zipfile.ZIP_DEFLATED),
               ("META-INF/manifest.xml", HX_MANIFEST.encode(), zipfile.ZIP_DEFLATED),
               ("Contents/content.hpf", hx_hpf(title, "2026-01-01T00:00:00Z").encode(), zipfile.ZIP_DEFLATED)]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data, comp in entries:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = comp; zi.external_attr = 0o644 << 16; zi.create_system = 0
            z.writestr(zi, data)
    with open(path, "wb") as f: f.write(buf.getvalue())

def hwpx_text(path):
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        assert names[0] == "mimetype" and z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        assert z.read("mimetype") == b"application/hwp+zip"
        for req in ("version.xml", "Contents/header.xml", "Contents/section0.xml", "Contents/content.hpf", "META-INF/container.xml"):
            assert req in names, req
            ET.fromstring(z.read(req))
        root = ET.fromstring(z.read("Contents/section0.xml"))
    return "\n".join("".join(p.itertext()) for p in root.iter(f"{{{NS_HP}}}t"))

# ---------------------------------------------------------------- renderers: PDF
_PDF_READY = False
def pdf_setup():
    global _PDF_READY
    if not _PDF_READY:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        pdfmetrics.registerFont(UnicodeCIDFont("HYSMyeongJo-Medium"))
        pdfmetrics.registerFont(UnicodeCIDFont("HYGothic-Medium"))
        _PDF_READY = True

def pdf_wrap(text, font, size, width):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    out = []
    for para in text.split("\n"):
        line = ""
        for ch in para:
            if stringWidth(line + ch, font, size) > width:
                # break at last space if reasonable
                sp = line.rfind(" ")
                if sp > len(line) * 0.6:
                    out.append(line[:sp]); line = line[sp + 1:] + ch
                else:
                    out.append(line); line = ch
            else:
                line += ch
        out.append(line)
    return out

def write_pdf(doc, path, rng):
    pdf_setup()
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase.pdfmetrics import stringWidth
    body_font = rng.choice(["HYSMyeongJo-Medium", "HYGothic-Medium"])
    bold = "HYGothic-Medium"
    W, H = 595.27, 841.89; L, Rm, TOP, BOT = 62, 62, 780, 70
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1)
    c.setTitle(next((b[1] for b in doc.blocks if b[0] == "title"), "문서")); c.setAuthor("sens_z"); c.setCreator("sens_z make_set.py")
    state = {"y": TOP, "page": 1}
    def decorate():
        if doc.header:
            c.setFont(bold, 9); c.drawCentredString(W / 2, H - 40, doc.header)
            c.setLineWidth(0.4); c.line(L, H - 46, W - Rm, H - 46)
        if doc.footer:
            c.setFont(bold, 9); c.drawCentredString(W / 2, 36, doc.footer.replace("{page}", str(state["page"])))
    def newpage():
        decorate(); c.showPage(); state["page"] += 1; state["y"] = TOP
    def need(h):
        if state["y"] - h < BOT: newpage()
    for b in doc.blocks:
        k = b[0]
        if k == "pb":
            newpage(); continue
        if k in ("p", "title"):
            font, size = (bold, 15) if k == "title" else (body_font, 10.5)
            lead = size * 1.55
            for ln in pdf_wrap(b[1], font, size, W - L - Rm):
                need(lead); c.setFont(font, size)
                if k == "title": c.drawCentredString(W / 2, state["y"] - size, ln)
                else: c.drawString(L, state["y"] - size, ln)
                state["y"] -= lead
            if k == "title": state["y"] -= 6
        elif k == "tbl":
            rows = b[1]; ncol = max(len(r) for r in rows); size = 9; lead = 12.5
            tw = W - L - Rm
            natural = [max(stringWidth(r[i] if i < len(r) else "", body_font, size) for r in rows) + 10 for i in range(ncol)]
            tot = sum(natural)
            cws = [max(40, n * tw / tot) if tot > tw else n * tw / tot for n in natural]
            sc = tw / sum(cws); cws = [x * sc for x in cws]
            state["y"] -= 4
            for ri, r in enumerate(rows):
                cells = [pdf_wrap(r[i] if i < len(r) else "", body_font, size, cws[i] - 8) for i in range(ncol)]
                rh = max(len(x) for x in cells) * lead + 8
                need(rh)
                x = L; y0 = state["y"]
                c.setLineWidth(0.6)
                for i in range(ncol):
                    if b[2] and ri == 0:
                        c.setFillGray(0.9); c.rect(x, y0 - rh, cws[i], rh, stroke=1, fill=1); c.setFillGray(0)
                    else:
                        c.rect(x, y0 - rh, cws[i], rh, stroke=1, fill=0)
                    c.setFont(bold if (b[2] and ri == 0) else body_font, size)
                    for j, ln in enumerate(cells[i]):
                        c.drawString(x + 4, y0 - 4 - size - j * lead, ln)
                    x += cws[i]
                state["y"] -= rh
            state["y"] -= 8
        elif k == "box":
            lines = b[1].split("\n"); size = 11; lead = 15
            bw = max(stringWidth(l, bold, size) for l in lines) + 24
            if b[2] == "wide": bw = W - L - Rm
            bh = len(lines) * lead + 12
            need(bh + 6)
            x = {"right": W - Rm - bw, "left": L}.get(b[2], (W - bw) / 2)
            c.setStrokeColorRGB(0.75, 0, 0); c.setLineWidth(1.4); c.rect(x, state["y"] - bh, bw, bh, stroke=1, fill=0)
            c.setFillColorRGB(0.75, 0, 0); c.setFont(bold, size)
            for j, l in enumerate(lines):
                c.drawCentredString(x + bw / 2, state["y"] - 8 - size - j * lead, l)
            c.setFillGray(0); c.setStrokeGray(0)
            state["y"] -= bh + 8
    decorate(); c.showPage(); c.save()
    return state["page"]

def pdf_text(path):
    return subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", path, "-"], capture_output=True, check=True).stdout.decode("utf-8")

# ---------------------------------------------------------------- shared 공문 parts
def pick_org(rng, kind):
    if kind == "central":
        a, depts, addr, post = rng.choice(CENTRAL); return a, rng.choice(depts), addr, post, a + "장관" if not a.endswith("처") and not a.endswith("청") else a + "장", "044"
    if kind == "corp":
        a, depts, addr = rng.choice(CORP); return a, rng.choice(depts), addr, d(5, rng=rng), a + " 사장", rng.choice(["032", "051", "055", "061", "042"])
    if kind == "inst":
        a, depts, addr = rng.choice(INST); return a, rng.choice(depts), addr, d(5, rng=rng), a + "장", rng.choice(["044", "053", "043", "02", "041"])
    if kind == "local":
        a, head, depts, addr = rng.choice(LOCAL); return a, rng.choice(depts), addr, d(5, rng=rng), head, rng.choice(["02", "051", "031", "061", "043", "033", "054", "032"])
    if kind == "edu":
        a, depts = rng.choice(EDU); return a, rng.choice(depts), "", d(5, rng=rng), a.replace("교육청", "교육감"), rng.choice(["02", "031", "063", "053"])
    if kind == "council":
        a = rng.choice(COUNCIL); return a, rng.choice(["의사담당관", "의정담당관", "입법정책담당관", "예산정책담당관"]), "", d(5, rng=rng), a + " 의장", rng.choice(["02", "051", "031", "043"])
    if kind == "police":
        a = rng.choice(POLICE); return a, rng.choice(["수사과", "정보과", "경무과", "청문감사인권관실"]), "", d(5, rng=rng), a + "장", rng.choice(["02", "031", "051", "043"])
    if kind == "fire":
        a = rng.choice(FIRE); return a, rng.choice(["화재조사팀", "예방안전과", "대응총괄과", "소방행정과"]), "", d(5, rng=rng), a + "장", rng.choice(["044", "031", "051", "043"])
    if kind == "court":
        a = rng.choice(COURT); return a, rng.choice(["총무과", "사법지원실", "민사과", "인사운영심의관실"]), "", d(5, rng=rng), a + "장", rng.choice(["02", "042", "051", "031"])
    raise ValueError(kind)

REGION_PREFIX = [("서울", "서울특별시 종로구"), ("경기", "경기도 수원시 영통구"), ("수원", "경기도 수원시 영통구"), ("부산", "부산광역시 연제구"),
                 ("해운대", "부산광역시 해운대구"), ("충북", "충청북도 청주시 상당구"), ("충청북도", "충청북도 청주시 상당구"), ("청주", "충청북도 청주시 상당구"),
                 ("전남", "전라남도 순천시"), ("순천", "전라남도 순천시"), ("인천", "인천광역시 남동구"), ("연수", "인천광역시 연수구"),
                 ("강원", "강원특별자치도 원주시"), ("원주", "강원특별자치도 원주시"), ("안동", "경상북도 안동시"), ("대전", "대전광역시 서구"),
                 ("전북", "전북특별자치도 전주시 완산구"), ("전라북도", "전북특별자치도 전주시 완산구"), ("대구", "대구광역시 수성구"),
                 ("소방청", "세종특별자치시 정부2청사로 13"), ("법원행정처", "서울특별시 서초구 서초대로 219")]

def region_of(org):
    for pre, reg in REGION_PREFIX:
        if org.startswith(pre): return reg
    return "세종특별자치시"

def gm_head(doc, rng, org, recipient, subject):
    style = rng.randint(0, 2)
    doc.title(" ".join(org) if (style == 0 and len(org) <= 6) else org)
    if rng.random() < 0.5:
        doc.p(f"수신  {recipient}", "(경유)")
    else:
        doc.p(f"수신자  {recipient}")
    doc.p(f"제목  {subject}")

def gm_tail(doc, rng, org, dept, addr, post, sender, area, stated=None, sep_line=False, attach=None):
    if attach:
        for i, a in enumerate(attach):
            pre = "붙임  " if i == 0 else "      "
            doc.p(f"{pre}{i + 1}. {a}" + ("  끝." if i == len(attach) - 1 else ""))
    doc.p("", sender)
    ranks = [("주무관", "사무관", "과장"), ("주임", "팀장", "처장"), ("실무관", "서기관", "국장"), ("행정주사", "팀장", "과장"), ("대리", "차장", "부장")]
    r = rng.choice(ranks)
    a, b, c = person(rng), person(rng), person(rng)
    if rng.random() < 0.5:
        doc.p(f"{r[0]}  {a}    {r[1]}  {b}    {r[2]}  {c}")
    else:
        doc.p(f"기안자 {r[0]} {a}   검토자 {r[1]} {b}   결재권자 {r[2]} {c}" + (f" (전결 {rng.randint(1, 12):02d}/{rng.randint(1, 28):02d})" if rng.random() < 0.5 else ""))
    doc.p("협조자" + (f"  {rng.choice(['운영지원과', '기획조정실', '법무감사팀', '재무팀'])} {rng.choice(['주무관', '사무관', '대리'])} {person(rng)}" if rng.random() < 0.4 else ""))
    dt = date(rng, 2022, 2026, style=rng.choice([0, 1]))
    doc.p(f"시행  {dept}-{rng.randint(100, 9999)}  ({dt})        접수  {'' if rng.random() < 0.7 else ' ( )'}")
    road = addr or f"{region_of(org)} {rng.choice(ROADS)} {rng.randint(1, 200)}"
    doc.p(f"우 {post}  {road}  / {rng.choice(['www.', 'http://www.'])}{rng.choice(['gov', 'city', 'org', 'or'])}{rng.randint(1, 99)}.{rng.choice(['go.kr', 'or.kr', 're.kr'])}")
    mail = f"{rng.choice(['kim', 'lee', 'park', 'jhs', 'sw', 'pro', 'admin'])}{rng.randint(10, 999)}@{rng.choice(['korea.kr', 'gov.kr', 'kpx.or.kr'])}"
    tel = f"전화번호 {office_tel(rng, area)}  팩스번호 {office_tel(rng, area)}  / {mail}"
    if stated is None:
        doc.p(tel)
    elif sep_line:
        doc.p(tel); doc.p(rng.choice(["공개구분 : ", "공개구분: ", "공개 구분  ", "공개여부 : "]) + stated)
    else:
        doc.p(tel + "  / " + stated)
    return a

PUBLIC_SPELL = ["공개", "대국민 공개", "공개", "공개 "]
PARTIAL_SPELL = ["부분공개(6)", "부분공개 (6)", "부분공개(제9조 제1항 제6호)", "부분공개(6호)", "부분공개(제6호)", "부분공개( 6 )", "부분공개(6)"]
NONPUB_SPELL = ["비공개(4)", "비공개(제9조 제1항 제5호)", "비공개 (9조1항5호)", "비공개(5)", "비공개(제9조제1항제6호)", "비공개(2)", "비공개(제9조제1항제4호)", "비공개(3)"]

def spell_reasons(s):
    """Reasons implied by a printed 공개구분 value (numbers in brackets)."""
    t = s.replace(" ", "")
    m = re.search(r"\((.*)\)", t)
    if not m: return []
    inner = m.group(1)
    nums = re.findall(r"제?(\d)호", inner) if "항" in inner else re.findall(r"\d", inner)
    if "항" in inner:
        nums = [re.findall(r"(\d)호", inner)[-1]] if re.findall(r"(\d)호", inner) else []
    if "9조" in inner and not nums:
        nums = [re.findall(r"\d", inner)[-1]]
    return [f"OIDA-9-1-{n}" for n in nums]

# ================================================================ templates
# Each returns a Doc. `v` is the variant index; rng = R(template, v).

def t_gm_public(rng, v):
    kind = ["central", "local", "corp", "inst", "edu", "council", "fire", "court"][v % 8]
    org, dept, addr, post, sender, area = pick_org(rng, kind)
    D = Doc("공문", kind)
    subjects = [("2026년 상반기 공공데이터 개방 계획 제출 요청", ["「공공데이터의 제공 및 이용 활성화에 관한 법률」 제19조에 따라 기관별 개방 계획을 취합하고자 합니다.", "가. 제출 기한: 매 분기 첫 달 20일까지\n나. 제출 방법: 공문 회신 및 전자우편 병행", "각 기관에서는 개방 대상 데이터 목록을 붙임 서식에 따라 작성하여 기한 내 제출하여 주시기 바랍니다."]),
                ("청사 승강기 정기검사 실시에 따른 운행 중지 알림", ["청사 승강기 정기검사를 아래와 같이 실시하오니 이용에 참고하시기 바랍니다.", "○ 일시: 토요일 09:00~17:00\n○ 대상: 본관 1~4호기, 별관 화물용", "검사 시간에는 비상계단을 이용하여 주시고, 장애인 등 이동이 어려운 분은 당직실로 연락 바랍니다."]),
                ("적극행정 우수사례 경진대회 개최 안내", ["적극행정 문화를 확산하기 위하여 우수사례 경진대회를 개최하오니 많은 참여 바랍니다.", "1) 응모 자격: 소속 직원 누구나(개인 또는 팀)\n2) 시상: 최우수 1건, 우수 2건, 장려 3건", "제출된 사례는 심사를 거쳐 기관 누리집에 게시할 예정입니다."]),
                ("하절기 전력 수요관리 및 에너지 절약 협조", ["하절기 전력 수급 안정을 위하여 공공기관 에너지 이용 합리화 추진 지침 준수를 요청합니다.", "- 냉방설비 가동 시 실내 온도 28℃ 이상 유지\n- 점심시간 및 퇴근 후 사무기기 전원 차단", "기관별 이행 실적은 다음 달 10일까지 점검표로 제출하여 주시기 바랍니다."]),
                ("민원실 운영시간 변경 알림", ["민원 편의를 높이기 위하여 종합민원실 운영시간을 다음과 같이 변경합니다.", "변경 전 09:00~18:00 → 변경 후 매주 목요일 20:00까지 연장", "연장 운영 시간에는 제증명 발급과 여권 수령 업무만 처리합니다."]),
                ("법령 개정에 따른 서식 정비 의견 조회", ["관련 시행규칙 개정으로 별지 서식의 정비가 필요하여 의견을 조회합니다.", "검토 대상: 별지 제3호서식부터 제7호서식까지", "의견이 없는 경우에도 \"의견 없음\"으로 회신하여 주시기 바랍니다."])]
    subj, body = rng.choice(subjects)
    rec = rng.choice(["수신자 참조", "각 실·국·과장", "○○시장(총무과장)", "각 소속기관장", "내부결재", "산하 공공기관장"])
    gm_head(D, rng, org, rec, subj)
    D.p("1. " + rng.choice(["관련: ", "근거: "]) + f"{dept}-{rng.randint(100, 999)}({date(rng, 2024, 2025)})호")
    D.p("2. " + body[0]); D.p(body[1]); D.p("3. " + body[2])
    st = PUBLIC_SPELL[v % len(PUBLIC_SPELL)].strip()
    sep = v % 3 == 1
    gm_tail(D, rng, org, dept, addr, post, sender, area, stated=st, sep_line=sep, attach=["제출 서식 1부."] if v % 2 == 0 else None)
    D.label("public"); D.stated = st
    D.setcue("stated_public", "gyeolmun_after_siheng", st)
    return D

def t_press(rng, v):
    kind = ["central", "corp", "local", "inst", "police", "fire"][v % 6]
    org, dept, addr, post, sender, area = pick_org(rng, kind)
    D = Doc("보도자료", kind)
    D.header = rng.choice([f"{org} 보도자료", "보 도 자 료", f"{org} | 보도자료 | 배포 즉시 보도"])
    topics = [("청년 주거비 지원 신청 두 달 만에 3만 명 넘어", "신청자의 61%가 만 19~24세였으며, 수도권 외 지역의 신청 비율도 지난해보다 8%p 높아졌다.", "지원 대상 확정 결과는 다음 달 말 개별 문자로 안내된다."),
              ("공공기관 조달 과정 전면 전자화…서류 제출 90% 줄어", "입찰 참가 자격 확인을 위한 종이 서류 제출이 원칙적으로 폐지되고, 행정정보 공동이용으로 대체된다.", "개편된 절차는 시범 운영을 거쳐 하반기부터 모든 발주 건에 적용된다."),
              ("여름철 물놀이 안전사고 주의보 발령", "최근 5년간 물놀이 사고 사망자의 절반 이상이 음주 후 입수하거나 안전 수칙을 지키지 않은 경우였다.", "구명조끼 착용과 지정된 장소 이용을 거듭 당부했다."),
              ("연안 해양쓰레기 수거량 역대 최대", "올해 상반기 수거량은 5만 2천 톤으로, 폐어구가 전체의 38%를 차지했다.", "어업인 폐어구 회수 보상제를 확대해 발생 단계부터 줄여 나가기로 했다."),
              ("전통시장 화재 안전점검 결과 발표", "점검 대상 412곳 가운데 97곳에서 소화기 불량, 전선 노후 등 지적 사항이 나왔다.", "지적 사항은 이달 말까지 보완하도록 하고 미이행 시 과태료를 부과할 계획이다."),
              ("국가연구개발 성과 공유회 개최", "올해 공유회에서는 기술이전으로 이어진 과제 24건이 소개된다.", "행사 자료는 종료 후 누리집에서 누구나 내려받을 수 있다.")]
    t, s1, s2 = rng.choice(topics)
    D.tbl([["보도 일시", f"{date(rng, 2024, 2026, 0)} (조간)" if rng.random() < .5 else "배포 즉시"], ["배포 일시", date(rng, 2024, 2026, 0)]], header=False)
    D.title(t)
    D.p(rng.choice(["- ", "□ "]) + f"{org}{rng.choice(['는', '(은)'])} {s1}")
    D.p(rng.choice(["- ", "□ "]) + s2)
    D.p(f"○ {org} {rng.choice(['관계자는', '담당 국장은', '대변인은'])} \"{rng.choice(['현장의 의견을 계속 듣겠다', '제도 개선을 서두르겠다', '국민 불편이 없도록 하겠다'])}\"고 말했다.")
    a, b = person(rng), person(rng)
    D.tbl([["담당 부서", dept, "책임자", f"과장 {a}", office_tel(rng, area)], ["", "", "담당자", f"사무관 {b}", office_tel(rng, area)]])
    D.footer = rng.choice([f"- {{page}} -", f"{org} 대변인실", None])
    D.label("public")
    D.setcue("none_public_press", "content_only", t, "officials_named")
    return D

def t_council_minutes_public(rng, v):
    council = COUNCIL[v % len(COUNCIL)]
    D = Doc("회의록", "council")
    n = rng.randint(230, 340)
    D.header = f"제{n}회 {council} 정례회" if v % 2 == 0 else f"{council} 회의록"
    D.title(f"제{n}회 {council}({rng.choice(['정례회', '임시회'])})\n{rng.choice(['본회의', '행정자치위원회', '예산결산특별위원회', '복지환경위원회'])} 회의록 제{rng.randint(1, 6)}호")
    D.p(f"일시: {date(rng, 2023, 2026, 2)} (목) 10시 0{rng.randint(0, 9)}분", f"장소: {council} {rng.choice(['본회의장', '제1상임위원회 회의실', '소회의실'])}")
    D.p("의사일정", f"1. {rng.choice(['공유재산 관리계획 변경안', '조례 일부개정조례안', '추가경정예산안'])}", f"2. {rng.choice(['시정에 관한 질문', '행정사무감사 결과보고서 채택의 건', '청원 심사의 건'])}")
    mem = [person(rng) for _ in range(4)]
    off = person(rng)
    D.p("(10시 03분 개의)")
    D.p(f"○위원장 {mem[0]}  성원이 되었으므로 회의를 개의하겠습니다. 의사일정 제1항을 상정합니다.")
    D.p(f"○{rng.choice(['기획조정실장', '재정국장', '복지정책과장'])} {off}  제출하신 안건에 대하여 제안 설명 드리겠습니다. 본 안건은 노후 청사 부지의 활용 방안을 반영한 것으로, 감정평가액은 붙임 자료와 같습니다.")
    D.p(f"○{mem[1]} 위원  부지 활용 계획에 주민 의견 수렴 절차가 빠져 있는데 그 경위를 설명해 주시기 바랍니다.")
    D.p(f"○{rng.choice(['기획조정실장', '재정국장', '복지정책과장'])} {off}  지난달 두 차례 설명회를 열었으나 참석률이 낮아 추가로 온라인 의견 수렴을 진행하겠습니다.")
    if v % 3 == 0:
        D.pb()
        D.p(f"○{mem[2]} 위원  예산 편성 과정에서 전년도 집행 잔액을 어떻게 반영했는지 자료로 제출해 주십시오.")
        D.p(f"○위원장 {mem[0]}  더 질의하실 위원이 안 계시므로 질의를 종결하고 원안대로 가결되었음을 선포합니다.")
        D.p("(11시 42분 산회)")
        D.tbl([["출석위원", ", ".join(mem)], ["출석 공무원", f"{rng.choice(['기획조정실장', '재정국장'])} {off} 외 4인"]], header=False)
    else:
        D.p(f"○위원장 {mem[0]}  이의가 없으므로 가결되었음을 선포합니다. 오늘 회의는 이것으로 마치겠습니다.", "(11시 12분 산회)")
    D.footer = f"- {{page}} -"
    D.label("public")
    D.setcue("council_public_minutes", "content_only", f"{council}", "officials_named")
    return D

def t_bid_notice(rng, v):
    kind = ["corp", "central", "inst", "local"][v % 4]
    org, dept, addr, post, sender, area = pick_org(rng, kind)
    D = Doc("입찰", kind)
    no = f"제{rng.randint(2024, 2026)}-{rng.randint(10, 480)}호"
    D.title(f"{org} 공고 {no}")
    item = rng.choice(["통합유지관리 용역", "청사 방호·미화 용역", "차세대 회계시스템 구축 사업", "노후 배수관로 정비공사", "연구장비(고해상도 질량분석기) 구매", "해양조사선 정기 수리"])
    D.p(f"{item} 입찰 공고", f"{item}에 대하여 다음과 같이 {rng.choice(['제한경쟁', '일반경쟁', '협상에 의한 계약'])} 입찰에 부칩니다.")
    D.tbl([["구분", "내용"], ["공고번호", f"{rng.randint(2024, 2026)}{d(7, rng=rng)}-00"], ["사업기간", f"계약일로부터 {rng.choice([6, 10, 12, 24])}개월"],
           ["추정가격", f"{rng.randint(120, 9800):,},000,000원(부가세 별도)"], ["입찰서 제출", f"{date(rng, 2025, 2026, 0)} 10:00 ~ 마감일 18:00"]])
    D.p("1. 입찰참가자격", rng.choice(["가. 「소프트웨어 진흥법」에 따른 소프트웨어사업자로 신고한 자", "가. 「건설산업기본법」에 따른 토목공사업 등록업체", "가. 「국가를 당사자로 하는 계약에 관한 법률 시행령」 제12조의 경쟁입찰참가자격을 갖춘 자"]))
    D.p("2. 기타 사항: 입찰 참가자는 공고문, 과업지시서 및 계약 일반조건을 숙지하여야 하며, 이를 숙지하지 못한 책임은 입찰자에게 있습니다.")
    D.p(f"{date(rng, 2025, 2026, 2)}", sender)
    D.footer = rng.choice([f"{org} {dept}  ☎ {office_tel(rng, area)}", f"문의: {dept} {office_tel(rng, area)}"])
    D.label("public")
    D.setcue("bid_public", "content_only", item)
    return D

def t_audit_public(rng, v):
    kind = ["corp", "inst", "local", "central", "edu"][v % 5]
    org, dept, addr, post, sender, area = pick_org(rng, kind)
    D = Doc("감사결과", kind)
    D.header = rng.choice([f"{org} 감사 결과 공개", f"{org} 자체감사 결과", None])
    D.title(f"{rng.choice(['종합감사', '특정감사', '재무감사', '복무감사'])} 결과 공개문")
    D.tbl([["감사기간", f"{date(rng, 2024, 2025, 0)} ~ (7일간)"], ["감사대상", rng.choice(["경영지원본부", "시설관리처", "동 주민센터 5개소", "연구사업단", "소속 초·중학교 12교"])],
           ["감사인원", f"{rng.randint(3, 9)}명"]], header=False)
    D.p("Ⅰ. 감사 개요", rng.choice(["  이번 감사는 최근 3년간의 예산 집행과 계약 업무 전반의 적정성을 점검하는 데 중점을 두었다.", "  감사는 서면 검토와 현지 확인을 병행하였으며, 직원 면담은 업무 시간 중에 실시하였다."]))
    D.p("Ⅱ. 주요 지적 사항")
    D.tbl([["번호", "지적 사항", "처분", "관련자"],
           ["1", "수의계약 사유 검토 소홀", "주의", f"{masked(person(rng))} 등 2명"],
           ["2", "업무추진비 집행 증빙 미비", "시정(회수 " + f"{rng.randint(1, 9)}{rng.randint(100, 999)},000원)", "기관"],
           ["3", "출장 여비 정산 지연", "통보", f"{masked(person(rng))}"]])
    D.p("Ⅲ. 조치 결과: 지적 사항은 처분 요구일부터 60일 이내에 조치하고 그 결과를 감사부서에 제출하도록 하였다.")
    D.footer = rng.choice(["※ 관련자 성명은 「공공기관의 정보공개에 관한 법률」에 따라 가림 처리하였음", f"{org} {dept}"])
    D.label("public")
    D.setcue("audit_public_masked", "content_only", "Ⅱ. 주요 지적 사항", "masked_names", "mention_9조_footer" if D.footer.startswith("※") else "plain")
    return D

def t_research_public(rng, v):
    kind = ["inst", "central", "corp", "inst"][v % 4]
    org, dept, addr, post, sender, area = pick_org(rng, kind)
    D = Doc("연구보고서", kind)
    topic = rng.choice(["지방소멸 대응을 위한 공공서비스 공동 제공 모델", "공공기관 디지털 전환 수준 진단 지표 개발", "연안 블루카본 생태계 탄소 흡수량 추정", "고령 운전자 교통사고 위험요인 분석", "탄소중립 산업단지 전환 경로 연구", "공공조달 혁신제품 시범구매 효과 분석"])
    D.header = f"{org} 정책연구 {rng.randint(2023, 2026)}-{rng.randint(1, 40):02d}"
    D.title(topic)
    D.p("요 약", f"  본 연구는 {topic.split(' ')[0]} 분야의 현황을 진단하고 정책 과제를 제시하는 데 목적이 있다. " +
        rng.choice(["전국 226개 기초자치단체의 행정자료를 결합하여 분석하였다.", "문헌 검토와 전문가 델파이 조사(2회)를 병행하였다.", "2015~2024년 시계열 자료를 이용하여 패널 회귀모형을 추정하였다."]))
    D.p("제1장 서론  1. 연구의 배경 및 목적", "제2장 이론적 논의와 선행연구", "제3장 실태 분석", "제4장 정책 제언")
    D.tbl([["구분", "2022", "2023", "2024"], ["지표 A", f"{rng.uniform(10, 60):.1f}", f"{rng.uniform(10, 60):.1f}", f"{rng.uniform(10, 60):.1f}"],
           ["지표 B", f"{rng.uniform(1, 9):.2f}", f"{rng.uniform(1, 9):.2f}", f"{rng.uniform(1, 9):.2f}"]])
    D.p(rng.choice(["※ 이 보고서의 내용은 연구진의 의견이며, 기관의 공식 견해와 다를 수 있습니다.", "※ 본 보고서는 누리집에 전문이 게시되며 출처를 밝히면 자유롭게 인용할 수 있습니다."]))
    D.footer = rng.choice([f"{org}", "- {page} -"])
    D.label("public")
    D.setcue("research_public", "content_only", topic)
    return D

# ---------------- mention-only (public / none)
def t_m_guide_daeoebi(rng, v):
    kind = ["central", "corp", "inst", "local", "police", "edu"][v % 6]
    org, dept, addr, post, sender, area = pick_org(rng, kind)
    D = Doc("지침", kind)
    D.title(rng.choice(["대외비 및 비밀 취급 요령", "보안업무 실무 안내서(요약)", "문서 보안관리 유의사항"]))
    stamp = rng.choice(["대외비", "《대외비》", "[대외비]", "Ⅲ급비밀", "대 외 비"])
    D.p(f"1. 대외비는 비밀에 준하여 보호가 필요한 사항으로, 문서 상단과 하단 가운데에 \"{stamp}\" 표시를 합니다.")
    D.p("2. 대외비에는 예고문을 기재하여 보호기간이 끝나면 일반문서로 재분류되도록 하여야 합니다. 예시: \"2027. 12. 31.까지 대외비\"")
    D.p("3. Ⅱ급 및 Ⅲ급 비밀은 비밀취급 인가를 받은 사람만 열람할 수 있으며, 사본번호를 부여하여 관리합니다.")
    D.p("4. 비밀을 파기하는 경우에는 파기 확인서를 작성하고, 보안담당관의 입회하에 처리합니다.")
    D.tbl([["구분", "표시 예", "보관"], ["대외비", "대외비", "이중 잠금 캐비닛"], ["Ⅲ급 비밀", "Ⅲ급비밀", "비밀보관용기"], ["Ⅱ급 비밀", "Ⅱ급비밀", "비밀보관용기(별도 구역)"]])
    D.p("※ 이 안내서는 교육용 자료이며 그 자체로 보안 등급이 부여된 문서가 아닙니다." if v % 2 == 0 else "※ 이 자료는 직원 누구나 열람할 수 있도록 내부 게시판에 게시합니다.")
    D.footer = f"{org} {dept}"
    D.label("public")
    D.setcue("mention_daeoebi_guide", "mention_only", stamp, "mention_only")
    return D

def t_m_info_guide(rng, v):
    kind = ["central", "local", "corp", "inst", "council"][v % 5]
    org, dept, addr, post, sender, area = pick_org(rng, kind)
    D = Doc("안내문", kind)
    D.title(rng.choice(["정보공개 업무 처리 안내", "공문서 공개구분 표기 요령", "원문정보 공개 실무 길잡이"]))
    D.p("가. 공문서를 생산할 때에는 결문의 공개구분 란에 공개 여부를 표시합니다.")
    D.p("  - 전부 공개: \"대국민 공개\" 또는 \"공개\"", "  - 일부 정보가 비공개 대상인 경우: \"부분공개(6)\"와 같이 해당 호를 괄호에 적습니다.",
        "  - 전부 비공개: \"비공개(제9조 제1항 제5호)\" 또는 \"비공개(5)\"")
    D.p(f"나. 「공공기관의 정보공개에 관한 법률」 제9조 제1항 각 호의 비공개 사유는 예시적으로 적용해서는 안 되며, 구체적인 이유를 검토하여야 합니다.")
    D.tbl([["호", "요지", "예시"], ["제5호", "의사결정 과정·내부검토", "회의록의 발언자 인적사항"], ["제6호", "개인에 관한 사항", "민원인 주소·연락처"], ["제7호", "법인 경영·영업상 비밀", "업체 원가계산서"]])
    D.p("다. 비공개로 분류한 문서도 30년이 지나면 재분류하여 공개를 검토합니다.")
    D.p(f"문의: {dept} ({office_tel(rng, area)})")
    D.label("public")
    D.setcue("mention_info_guide", "mention_only", "비공개(제9조 제1항 제5호)", "mention_only", "quotes_spellings")
    return D

def t_m_password(rng, v):
    kind = ["central", "corp", "inst", "local", "court", "edu"][v % 6]
    org, dept, addr, post, sender, area = pick_org(rng, kind)
    D = Doc("안내문", kind)
    D.header = rng.choice(["[알림]", f"{org} 정보화담당관 알림", None])
    D.title(rng.choice(["업무포털 비밀번호 정기 변경 안내", "비밀번호 변경 및 2단계 인증 적용 알림", "전자결재 비밀번호 초기화 절차 안내"]))
    D.p(f"{rng.choice(['보안 강화를 위하여', '정보보안 기본지침에 따라', '분기별 점검 결과에 따라'])} 모든 사용자는 {date(rng, 2025, 2026, 2)}까지 비밀번호를 변경하여 주시기 바랍니다.")
    D.p("○ 비밀번호는 영문 대·소문자, 숫자, 특수문자를 조합하여 9자리 이상으로 설정", "○ 직전에 사용한 비밀번호 3개는 다시 사용할 수 없음",
        "○ 비밀번호를 메모지에 적어 모니터에 붙이거나 동료와 공유하는 행위 금지")
    D.p(rng.choice(["비밀번호를 분실한 경우 정보화 헬프데스크로 문의하십시오.", "변경하지 않은 계정은 기한 다음 날부터 로그인이 제한됩니다."]))
    D.footer = f"문의 {dept} 헬프데스크 내선 {rng.randint(1000, 9999)}"
    D.label("public")
    D.setcue("mention_password", "mention_only", "비밀번호", "mention_only")
    return D

def t_m_grade(rng, v):
    kind = ["central", "local", "central", "edu", "council"][v % 5]
    org, dept, addr, post, sender, area = pick_org(rng, kind)
    D = Doc("인사", kind)
    D.title(rng.choice(["인 사 발 령", "인사 발령 통지", f"{org} 인사"]))
    D.p(f"{date(rng, 2024, 2026, 0)} 자")
    rows = [["성명", "발령 사항", "현 직위"]]
    grades = [("고위공무원 가급(1급 상당)", "관리관"), ("3급(부이사관)", "부이사관"), ("4급(서기관)", "서기관"), ("지방행정 3급", "국장"), ("II급 상당 별정직", "보좌관")]
    for g, t in rng.sample(grades, 3):
        rows.append([person(rng), f"{g} 승진, {rng.choice(['기획조정실장', '정책기획관', '운영지원과장', '감사관', '행정국장'])} 보함", f"{t} {rng.choice(['직무대리', ''])}".strip()])
    D.tbl(rows)
    D.p(rng.choice(["이상 발령함.", "위와 같이 발령합니다."]), sender)
    if v % 2:
        D.p("※ 3급 이상 공무원의 재산등록 사항은 관보에 별도 게재됩니다.")
    D.label("public")
    D.setcue("mention_grade", "mention_only", rows[1][1].split(" 승진")[0], "mention_only", "civil_service_grade", "officials_named")
    return D

def t_m_numbering(rng, v):
    kind = ["local", "central", "corp", "inst"][v % 4]
    org, dept, addr, post, sender, area = pick_org(rng, kind)
    D = Doc("계획", kind)
    D.title(rng.choice(["2026년 주민참여예산 운영 계획", "공공시설 유지관리 중기계획", "청렴도 향상 추진계획", "기록물 정리 사업 추진계획"]))
    D.p("Ⅰ. 추진 배경", "  ○ 지난해 운영 결과 주민 제안 사업의 실제 반영률이 낮았다는 지적이 있었음")
    D.p("Ⅱ. 추진 방향", "  ○ 제안 단계부터 부서 검토를 동행하여 실현 가능성을 높임")
    D.p("Ⅲ. 세부 추진 계획", "  1. 제안 공모(3~4월)  2. 분과위원회 심사(5월)  3. 총회 의결(6월)")
    D.tbl([["단계", "기간", "담당"], ["Ⅰ단계", "1~3월", dept], ["Ⅱ단계", "4~6월", dept], ["Ⅲ단계", "7~12월", "사업부서"]])
    D.p("Ⅳ. 행정사항", "  ○ 추진 상황은 분기별로 누리집에 공개")
    D.label("public")
    D.setcue("mention_roman_numbering", "mention_only", "Ⅲ. 세부 추진 계획", "mention_only")
    return D

def t_m_hong(rng, v):
    kind = ["local", "corp", "inst", "edu", "central"][v % 5]
    org, dept, addr, post, sender, area = pick_org(rng, kind)
    D = Doc("서식", kind)
    D.title(rng.choice(["개인정보 수집·이용 동의서(작성 예시)", "위임장 작성 예시", "참가 신청서(기재 요령)"]))
    D.tbl([["항목", "기재 예시"], ["성명", "홍길동"], ["생년월일", "0000. 00. 00."], ["주민등록번호", "000000-0000000"], ["주소", "○○시 ○○구 ○○로 00"], ["연락처", "010-0000-0000"]])
    D.p("1. 수집 목적: 신청인 본인 확인 및 결과 통지", "2. 보유 기간: 목적 달성 후 1년", "3. 동의를 거부할 권리가 있으며, 거부 시 신청이 제한될 수 있습니다.")
    D.p("□ 동의함   □ 동의하지 않음", "          년    월    일        신청인          (서명 또는 인)")
    D.label("public")
    D.setcue("mention_placeholder_form", "mention_only", "홍길동", "mention_only", "placeholder")
    return D

def t_m_declass(rng, v):
    kind = ["central", "central", "police", "corp"][v % 4]
    org, dept, addr, post, sender, area = pick_org(rng, kind)
    D = Doc("공고", kind)
    D.title(f"{org} 공고 제{rng.randint(2024, 2026)}-{rng.randint(1, 300)}호")
    D.p(rng.choice(["비밀 해제 및 재분류 결과 공고", "보호기간 만료 기록물 재분류 결과 알림"]))
    D.p(f"보호기간이 만료된 비밀 기록물에 대하여 재분류 심사를 실시한 결과를 다음과 같이 알립니다.")
    D.tbl([["구분", "건수", "처리 결과"], ["Ⅱ급 비밀", str(rng.randint(2, 20)), "일반문서로 재분류"], ["Ⅲ급 비밀", str(rng.randint(20, 90)), "일반문서로 재분류"], ["대외비", str(rng.randint(30, 200)), "예고문에 따라 자동 해제"]])
    D.p("재분류된 기록물은 「공공기록물 관리에 관한 법률」에 따라 영구기록물관리기관으로 이관될 예정입니다.")
    D.p(date(rng, 2024, 2026, 2), sender)
    D.label("public")
    D.setcue("mention_declass", "mention_only", "Ⅲ급 비밀", "mention_only")
    return D

def t_m_cover(rng, v):
    kind = ["central", "central", "police", "inst"][v % 4]
    org, dept, addr, post, sender, area = pick_org(rng, kind)
    D = Doc("공문", kind)
    gm_head(D, rng, org, rng.choice(["국가정보원장(보안정책과장)", "국방부장관(보안정책과장)", "수신자 참조"]), rng.choice(["비밀문서 송부 알림", "관련 자료 별도 송부 통보", "협의 자료 전달"]))
    g = rng.choice(["3급 비밀", "Ⅲ급 비밀", "II급 비밀", "대외비"])
    D.p(f"1. 귀 기관의 자료 요청({dept}-{rng.randint(100, 999)})과 관련입니다.")
    D.p(f"2. 요청하신 자료는 {g}로 분류되어 있어 이 공문에 첨부하지 않고 비밀 수발 절차에 따라 인편으로 별도 송부합니다.")
    D.p("3. 수령 후에는 비밀 접수대장에 등재하여 주시기 바랍니다.")
    gm_tail(D, rng, org, dept, addr, post, sender, area, stated="공개" if v % 2 == 0 else None, attach=None)
    D.label("public")
    D.setcue("mention_cover_letter", "mention_only", g, "mention_only", "attachment_sent_separately")
    return D

def t_m_security_audit(rng, v):
    kind = ["inst", "corp", "local", "central"][v % 4]
    org, dept, addr, post, sender, area = pick_org(rng, kind)
    D = Doc("감사결과", kind)
    D.title(rng.choice(["보안감사 결과 요약(공개용)", "정보보안 실태 점검 결과"]))
    D.p(f"{date(rng, 2024, 2025, 2)}부터 5일간 실시한 보안감사 결과를 요약하여 공개합니다.")
    D.tbl([["점검 분야", "지적", "조치"], ["대외비 관리", f"{rng.randint(1, 4)}건", "완료"], ["비밀번호 관리", f"{rng.randint(2, 9)}건", "완료"], ["보조기억매체", f"{rng.randint(1, 5)}건", "진행 중"]])
    D.p("주요 지적 내용: 보호기간이 지난 대외비 문서를 재분류하지 않고 보관한 사례, 퇴직자 계정의 비밀번호가 변경되지 않은 사례 등")
    D.footer = f"{org} {dept}"
    D.label("public")
    D.setcue("mention_security_audit", "mention_only", "대외비 관리", "mention_only")
    return D

def t_m_council_question(rng, v):
    council = COUNCIL[(v * 5) % len(COUNCIL)]
    D = Doc("회의록", "council")
    D.title(f"{council} 시정질문 답변서")
    m, o = person(rng), person(rng)
    D.p(f"질문 의원: {m} 의원", f"답변: {rng.choice(['기획조정실장', '행정국장', '감사위원장'])} {o}")
    D.p(f"질문 요지: 최근 3년간 정보공개청구에 대하여 \"비공개(제9조 제1항 제5호)\"로 결정한 건수와 사유를 밝혀 주기 바람.")
    D.tbl([["연도", "청구", "공개", "부분공개", "비공개"], ["2023", "1,204", "912", "201", "91"], ["2024", "1,377", "1,030", "249", "98"], ["2025", "1,512", "1,141", "276", "95"]])
    D.p("답변: 비공개 결정의 다수는 의사결정 과정에 있는 내부검토 자료였으며, 개인정보가 포함된 경우에는 해당 부분만 가리고 부분공개하였습니다. 앞으로 비공개 사유를 더 구체적으로 적도록 하겠습니다.")
    D.label("public")
    D.setcue("mention_nondisclosure_stats", "mention_only", "비공개(제9조 제1항 제5호)", "mention_only", "officials_named")
    return D

def t_m_exam_notice(rng, v):
    org, dept, addr, post, sender, area = pick_org(rng, "inst" if v % 2 == 0 else "local")
    D = Doc("공고", "inst")
    D.title(rng.choice(["2026년도 공개경쟁 채용시험 시행계획 공고", "자격시험 시행 공고"]))
    D.p("1. 시험 일정: 필기 " + date(rng, 2026, 2026, 2) + ", 면접 별도 공지", "2. 시험 과목: 국어, 영어(능력검정 대체), 한국사, 행정법, 행정학")
    D.p("3. 시험 문제는 시험 종료 후 정답과 함께 누리집에 공개하며, 이의 제기는 5일간 받습니다.")
    D.p("4. 응시자는 신분증을 반드시 지참하여야 하며, 부정행위자는 「공무원임용시험령」에 따라 5년간 응시 자격이 정지됩니다.")
    D.p(date(rng, 2025, 2026, 2), sender)
    D.label("public")
    D.setcue("mention_exam_public", "mention_only", "시험 문제", "mention_only")
    return D

def t_d_overmarked(rng, v):
    """Printed 비공개 but the content is an ordinary public notice: label follows content."""
    kind = ["local", "corp", "inst", "central", "council"][v % 5]
    org, dept, addr, post, sender, area = pick_org(rng, kind)
    D = Doc("공문", kind)
    subj = rng.choice(["청사 주차장 도색 공사에 따른 임시 주차 안내", "기관 누리집 개편 오픈 일정 알림", "정부혁신 우수사례 발표회 참석 안내", "2026년 공휴일 당직 편성 기준 알림"])
    gm_head(D, rng, org, "수신자 참조", subj)
    D.p(f"1. {subj.replace('알림', '').replace('안내', '')}과 관련하여 알려드립니다.", f"2. 일정: {date(rng, 2025, 2026, 0)}부터 2일간", "3. 관련 내용은 기관 누리집 공지사항에도 게시되어 있습니다.")
    st = rng.choice(["비공개(5)", "비공개(제9조 제1항 제5호)", "비공개(4)"])
    gm_tail(D, rng, org, dept, addr, post, sender, area, stated=st, sep_line=v % 2 == 0)
    D.label("public"); D.stated = st
    D.setcue("stated_nonpublic_content_public", "gyeolmun_after_siheng", st, "disagree", "overmarked")
    return D

# ---------------- partial
def t_gm_partial(rng, v):
    kind = ["local", "central", "corp", "police", "fire", "edu", "court", "council"][v % 8]
    org, dept, addr, post, sender, area = pick_org(rng, kind)
    D = Doc("공문", kind)
    cit = person(rng); ad = home_addr(rng); ph = mobile(rng)
    subjects = [("고충민원 처리 결과 통보", f"{cit} 님이 제기하신 도로 침하 관련 고충민원({date(rng, 2025, 2026, 1)} 접수)에 대한 처리 결과를 알려드립니다.", "현장 확인 결과 하수관 이음부 누수가 원인으로 확인되어 보수공사를 발주하였습니다."),
                ("건축물 위반사항 시정 촉구", f"건축주 {cit}(주소: {ad})의 건축물에 대하여 현지 조사한 결과 무단 증축이 확인되었습니다.", "시정 기한까지 원상복구하지 않으면 이행강제금이 부과될 수 있습니다."),
                ("화재 피해 조사 결과 회신", f"{date(rng, 2025, 2026, 2)} 발생한 주택 화재(관계인 {cit}, 연락처 {ph})의 조사 결과를 다음과 같이 회신합니다.", "발화 원인은 전기적 요인(멀티탭 과부하)으로 추정됩니다."),
                ("조정위원 위촉 예정자 추천 결과 알림", f"추천된 후보자 {cit}(주소 {ad}, 휴대전화 {ph})에 대한 결격사유 조회를 요청합니다.", "조회 결과는 위촉 심사 자료로만 활용합니다."),
                ("학부모 민원 회신", f"{cit} 학부모님께서 제출하신 통학버스 노선 조정 요청(연락처 {ph})에 대하여 회신합니다.", "학교운영위원회 심의를 거쳐 다음 학기부터 정류장 1곳을 추가합니다.")]
    by_kind = {"local": [0, 1], "central": [0], "corp": [0], "police": [0], "fire": [2], "edu": [4], "court": [3], "council": [0]}
    subj, b1, b2 = subjects[rng.choice(by_kind[kind])]
    gm_head(D, rng, org, rng.choice([f"{cit} 귀하", "수신자 참조", f"{rng.choice(['○○동장', '민원담당관', '시설관리과장'])}"]), subj)
    D.p("1. " + b1, "2. " + b2, "3. " + rng.choice(["기타 궁금하신 사항은 담당자에게 연락하여 주시기 바랍니다.", "이 처분에 이의가 있는 경우 행정심판 또는 행정소송을 제기할 수 있습니다."]))
    st = PARTIAL_SPELL[v % len(PARTIAL_SPELL)]
    gm_tail(D, rng, org, dept, addr, post, sender, area, stated=st, sep_line=v % 3 == 2)
    reasons = ["OIDA-9-1-6"] + [r for r in spell_reasons(st) if r != "OIDA-9-1-6"]
    D.label("partial", reasons=reasons); D.stated = st
    D.setcue("stated_partial", "gyeolmun_after_siheng", st, "citizen_identifiable")
    return D

def t_contract(rng, v):
    kind = ["corp", "inst", "local", "central"][v % 4]
    org, dept, addr, post, sender, area = pick_org(rng, kind)
    D = Doc("계약서", kind)
    comp = rng.choice(COMPANIES); rep = person(rng); bank, acc = account(rng)
    D.header = rng.choice([f"계약번호 {rng.randint(2024, 2026)}-{rng.randint(100, 999)}", f"{org} 계약서", None])
    D.title(rng.choice(["용역 계약서", "물품 구매 계약서", "공사 도급 계약서"]))
    D.tbl([["계약명", rng.choice(["청사 통합 시설관리 용역", "업무용 노트북 구매", "배수지 보강공사", "만족도 조사 용역"])],
           ["계약금액", f"금 {rng.randint(30, 900):,},{rng.randint(100, 999)},000원(부가세 포함)"], ["계약기간", f"{date(rng, 2025, 2026, 0)}부터 12개월"],
           ["계약상대자", f"{comp} 대표이사 {rep}"], ["대표자 주소", home_addr(rng)], ["대표자 휴대전화", mobile(rng)], ["대금 지급 계좌", f"{bank} {acc} (예금주 {comp})"]], header=False)
    D.p(f"{org}(이하 \"갑\"이라 한다)와 {comp}(이하 \"을\"이라 한다)는 위 계약에 관하여 다음과 같이 약정한다.")
    D.p("제1조(목적) 이 계약은 을이 과업지시서에 따른 업무를 성실히 수행하고 갑이 그 대가를 지급하는 데 필요한 사항을 정함을 목적으로 한다.")
    D.p("제2조(계약보증금) 을은 계약금액의 100분의 10 이상을 계약보증금으로 납부하여야 한다.")
    D.p("제3조(지체상금) 을이 계약기간 내에 의무를 이행하지 아니한 때에는 지체일수마다 계약금액의 1천분의 0.5를 지체상금으로 납부한다.")
    has_cost = v % 3 == 0
    if has_cost:
        D.p("붙임  1. 산출내역서(단가·노무비 세부) 1부.  2. 과업지시서 1부.  끝.")
        D.p(rng.choice(["※ 붙임 1 산출내역서는 업체의 영업상 비밀에 해당하여 공개 대상에서 제외함.", "※ 산출내역서는 계약상대자의 경영·영업상 비밀(법 제9조①7)로 공개하지 않음."]))
    D.footer = rng.choice([f"{org} {dept}", "- {page} -"])
    reasons = ["OIDA-9-1-6"] + (["OIDA-9-1-7"] if has_cost else [])
    D.label("partial", reasons=reasons)
    D.setcue("contract_representative_personal", "table_cell" if not has_cost else "withheld_sentence", "대표자 휴대전화" if not has_cost else "영업상 비밀" if "영업상 비밀에" in D.blocks[-1][1] else "법 제9조①7", "business_data")
    return D

def t_bid_eval(rng, v):
    kind = ["corp", "inst", "central", "local"][v % 4]
    org, dept, addr, post, sender, area = pick_org(rng, kind)
    D = Doc("입찰", kind)
    D.title(rng.choice(["제안서 기술평가 결과", "협상에 의한 계약 평가 결과 보고", "기술능력평가 결과 통보"]))
    item = rng.choice(["차세대 전자결재 고도화", "항만 물류정보시스템 재구축", "재난안전 통신망 유지보수", "연구데이터 플랫폼 구축"])
    D.p(f"사업명: {item}", f"평가일: {date(rng, 2025, 2026, 2)}")
    cs = rng.sample(COMPANIES, 3)
    D.tbl([["업체명", "기술평가(90)", "가격평가(10)", "합계", "순위"]] + [[c, f"{rng.uniform(70, 88):.2f}", f"{rng.uniform(8, 10):.3f}", "", str(i + 1)] for i, c in enumerate(cs)])
    ev = [person(rng) for _ in range(5)]
    D.p("평가위원회 구성(7인 중 출석 5인)")
    D.tbl([["구분", "성명", "소속", "연락처"]] + [["위원", e, rng.choice(["○○대학교 교수", "기술사사무소", "공공기관 책임연구원", "정보시스템감리법인"]), mobile(rng)] for e in ev])
    D.p(rng.choice(["※ 평가위원 명단과 위원별 점수는 공정한 평가 업무 수행에 지장을 줄 우려가 있어 비공개하고, 업체별 합산 결과만 공개함.",
                    "※ 위원별 평가표와 위원 인적사항은 제외하고 공개(정보공개법 제9조 제1항 제5호·제6호)."]))
    D.label("partial", reasons=["OIDA-9-1-5", "OIDA-9-1-6"])
    D.setcue("bid_eval_committee", "withheld_sentence", D.blocks[-1][1][:12], "evaluator_personal")
    return D

def t_committee_partial(rng, v):
    kind = ["central", "local", "corp", "inst", "council"][v % 5]
    org, dept, addr, post, sender, area = pick_org(rng, kind)
    D = Doc("회의록", kind)
    com = rng.choice(["도시계획위원회", "지방보조금심의위원회", "인사위원회(일반안건)", "연구윤리위원회", "공유재산심의회", "계약심의위원회"])
    D.header = f"{org} {com}"
    D.title(f"{rng.randint(2024, 2026)}년 제{rng.randint(1, 12)}차 {com} 회의록")
    D.tbl([["일시", date(rng, 2024, 2026, 2)], ["장소", rng.choice(["본관 3층 소회의실", "영상회의실", "별관 대회의실"])], ["참석", f"위원장 포함 {rng.randint(7, 15)}명"]], header=False)
    D.p("심의 안건: " + rng.choice(["○○지구 지구단위계획 변경(안)", "민간단체 보조사업 선정(안)", "연구부정 의혹 예비조사 결과(일반)", "청사 부지 매각(안)"]))
    D.p("주요 발언", "  A위원: 사업 타당성 자료가 부족하므로 보완 후 재상정하는 것이 바람직하다고 봄",
        "  B위원: 주민 설명회 결과가 첨부되지 않아 판단하기 어려움", "  위원장: 조건부 가결로 정리하고 보완 사항은 사무국에서 확인")
    D.p("의결 결과: 조건부 가결(찬성 다수)")
    st = rng.choice(["부분공개(5)", "부분공개(5,6)", "부분공개 (제9조 제1항 제5호)"])
    D.footer = f"공개구분: {st}"
    D.label("partial", reasons=spell_reasons(st))
    D.stated = st
    D.setcue("committee_speakers_withheld", "page_footer", st, "speakers_anonymised")
    return D

def t_audit_disposition(rng, v):
    kind = ["corp", "local", "inst", "edu", "central"][v % 5]
    org, dept, addr, post, sender, area = pick_org(rng, kind)
    D = Doc("감사결과", kind)
    D.title(rng.choice(["감사 결과 처분 요구서", "특정감사 결과 통보", "재무감사 결과 및 처분 요구"]))
    p1, p2 = person(rng), person(rng)
    D.p(f"1. 감사 대상: {rng.choice(['시설관리처', '회계과', '○○초등학교', '연구지원팀'])}", f"2. 감사 기간: {date(rng, 2024, 2025, 0)}부터 5일간")
    D.p("3. 지적 사항", f"  가. 물품 구매 시 분할 수의계약: 동일 품목을 3회로 나누어 수의계약을 체결함(총 {rng.randint(21, 60)},000,000원)",
        "  나. 초과근무수당 부당 수령: 실제 근무하지 않은 시간에 대한 수당을 수령함")
    D.tbl([["관련자", "직급", "처분 요구"], [p1, rng.choice(["6급", "차장", "행정주사"]), "경징계"], [p2, rng.choice(["7급", "대리", "행정주사보"]), "훈계, 부당수령액 회수"]])
    if v % 2 == 0:
        D.pb()
        D.p("4. 조치 기한: 처분 요구를 받은 날부터 2개월 이내", "5. 재심의 신청: 처분 요구에 이의가 있는 경우 1개월 이내 재심의를 신청할 수 있음")
        D.p(rng.choice(["※ 공개 시 관련자 성명·직급은 가림 처리(부분공개(6))", "※ 관련자 인적사항은 「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호에 따라 비공개"]))
        D.setcue("audit_named_staff", "last_line", D.blocks[-1][1][:16], "long_doc", "named_staff")
    else:
        D.setcue("audit_named_staff", "table_cell", p1, "named_staff", "content_only")
    D.footer = f"{org} {dept}" if v % 3 else "- {page} -"
    D.label("partial", reasons=["OIDA-9-1-6"])
    return D

def t_hr_rrn(rng, v):
    kind = ["local", "central", "corp", "edu", "inst"][v % 5]
    org, dept, addr, post, sender, area = pick_org(rng, kind)
    D = Doc("인사", kind)
    D.title(rng.choice(["신규임용 예정자 등록 및 신원조사 의뢰", "기간제 근로자 채용 결과 보고", "전보 대상자 신상 확인"]))
    D.p(f"{date(rng, 2025, 2026, 2)}자 임용 예정자에 대하여 아래와 같이 보고합니다.")
    rows = [["성명", "주민등록번호", "임용 직위", "주소"]]
    for _ in range(rng.randint(2, 4)):
        rows.append([person(rng), rrn(rng, birth_lo=1975, birth_hi=2001), rng.choice(["행정 9급", "전산 8급", "기간제(민원안내)", "사서 9급", "연구원"]), home_addr(rng)])
    D.tbl(rows)
    D.p(rng.choice(["임용 절차가 완료되면 인사기록카드를 작성하여 보관하시기 바랍니다.", "신원조사 결과는 회신 즉시 임용권자에게 보고합니다."]))
    D.footer = f"{org} {dept}"
    D.label("partial", reasons=["OIDA-9-1-6", "PIPA-24"])
    D.setcue("hr_unmasked_rrn", "table_cell", rows[1][1], "unmasked_rrn")
    return D

def t_mislabeled(rng, v):
    kind = ["local", "corp", "inst", "central", "edu"][v % 5]
    org, dept, addr, post, sender, area = pick_org(rng, kind)
    D = Doc("공문", kind)
    subj = rng.choice(["재난지원금 지급 대상자 계좌 확인 요청", "수당 지급 명세 송부", "연구보조원 인건비 지급 의뢰", "보상금 지급 대상자 통보"])
    gm_head(D, rng, org, "수신자 참조", subj)
    D.p(f"1. {subj}와 관련하여 지급 대상자 명세를 아래와 같이 송부하니 기한 내 지급 처리하여 주시기 바랍니다.")
    rows = [["성명", "주민등록번호", "은행", "계좌번호", "금액"]]
    for _ in range(rng.randint(2, 4)):
        b, a = account(rng); rows.append([person(rng), rrn(rng), b, a, f"{rng.randint(1, 30) * 100000:,}원"])
    D.tbl(rows)
    D.p("2. 지급 후 결과를 회신하여 주시기 바랍니다.")
    st = rng.choice(["공개", "대국민 공개"])
    gm_tail(D, rng, org, dept, addr, post, sender, area, stated=st, sep_line=v % 2 == 0)
    D.label("partial", reasons=["OIDA-9-1-6", "PIPA-24"]); D.stated = st
    D.setcue("stated_public_content_rrn", "gyeolmun_after_siheng", st, "disagree", "t_mislabeled", "unmasked_rrn")
    return D

def t_checkbox(rng, v):
    kind = ["central", "local", "corp", "inst", "council", "police"][v % 6]
    org, dept, addr, post, sender, area = pick_org(rng, kind)
    D = Doc("내부결재", kind)
    D.title(rng.choice(["내 부 결 재", "기안문(내부결재)", "업무 보고"]))
    cit = person(rng)
    subj = rng.choice([f"민원인 {cit}의 수수료 환급 처리", f"보조금 교부 신청(신청인 {cit}) 검토", f"행정심판 청구(청구인 {cit}) 답변서 제출", f"손실보상 협의(소유자 {cit}) 결과"])
    D.p(f"제목  {subj}")
    D.p(f"1. 신청인 {cit}({home_addr(rng)}, {mobile(rng)})의 신청 내용을 검토한 결과 요건을 충족하므로 다음과 같이 처리하고자 합니다.",
        f"2. 처리 금액: {rng.randint(10, 900) * 1000:,}원", "3. 근거: 관련 조례 시행규칙 제12조")
    marks = rng.choice([("■부분공개 □비공개 □공개", "■부분공개"), ("□공개 ■부분공개(6) □비공개", "■부분공개(6)"), ("공개여부: □공개 ■부분공개 □비공개", "■부분공개")])
    a, b, c = person(rng), person(rng), person(rng)
    if v % 2 == 0:
        D.tbl([["담당", "팀장", "과장", "공개여부"], [a, b, c + " 전결", marks[0]]])
        loc = "approval_table"
    else:
        D.p(marks[0]); D.tbl([["기안", "검토", "결재"], [a, b, c]]); loc = "checkbox_line"
    D.label("partial", reasons=["OIDA-9-1-6"]); D.stated = "부분공개"
    D.setcue("checkbox_partial", loc, marks[1], "checkbox")
    return D

def t_research_partial(rng, v):
    kind = ["inst", "corp", "central", "inst"][v % 4]
    org, dept, addr, post, sender, area = pick_org(rng, kind)
    D = Doc("연구보고서", kind)
    D.header = f"{org} 연구용역 최종보고서"
    topic = rng.choice(["중소 제조기업 스마트공장 도입 효과 분석", "공공 발주 공사비 적정성 검증", "수소충전소 안전기준 개선 연구", "농산물 유통 구조 개선 방안"])
    D.title(topic)
    D.p("제1장 연구 개요", f"  본 연구는 {topic}을 위해 수행되었다. 조사 대상 기업 {rng.randint(12, 60)}개사에서 제공한 원가 자료와 공정 데이터를 활용하였다.")
    D.p("제2장 분석 결과", "  도입 기업의 불량률은 평균 " + f"{rng.uniform(10, 35):.1f}% 감소하였으며, 생산성은 " + f"{rng.uniform(5, 25):.1f}% 향상되었다.")
    D.tbl([["기업", "업종", "매출원가율", "공정 불량률"], ["A사", "금속가공", "비공개", "비공개"], ["B사", "전자부품", "비공개", "비공개"], ["평균", "-", f"{rng.uniform(60, 85):.1f}%", f"{rng.uniform(1, 5):.2f}%"]])
    D.p(rng.choice(["붙임 3. 참여기업 원가계산서 및 공정도(영업비밀, 공개 제외)", "※ 부록 2(업체 제출 원가자료)는 해당 법인의 영업상 비밀에 해당하여 공개본에서 제외함"]))
    D.footer = "부분공개(7)" if v % 2 == 0 else f"{org}"
    D.label("partial", reasons=["OIDA-9-1-7"])
    if v % 2 == 0: D.stated = "부분공개(7)"
    D.setcue("research_trade_secret_appendix", "attachment_line" if D.blocks[-1][1].startswith("붙임") else "withheld_sentence", D.blocks[-1][1][:10], "business_data")
    return D

def t_negotiation_partial(rng, v):
    kind = ["corp", "inst", "local", "central"][v % 4]
    org, dept, addr, post, sender, area = pick_org(rng, kind)
    D = Doc("협상자료", kind)
    D.title(rng.choice([f"{rng.randint(2024, 2026)}년 임금협약 체결 결과 보고", "단체교섭 결과 알림", "민간투자사업 실시협약 변경 협상 결과"]))
    D.p(f"1. 경과: {date(rng, 2025, 2026, 2)}부터 총 {rng.randint(4, 11)}차례 본교섭 및 실무교섭을 진행함")
    D.p(f"2. 합의 내용: 총액 기준 {rng.uniform(1.5, 3.5):.1f}% 인상, 직무급 도입 관련 노사 공동 TF 구성")
    D.p("3. 향후 계획: 합의 사항 이행 점검 및 보수규정 개정")
    D.p(rng.choice(["※ 교섭 단계별 제시안과 내부 대응 전략(붙임 2)은 향후 교섭에 영향을 줄 수 있어 공개하지 않음",
                    "붙임 2 「차수별 쟁점 및 대응 방안」은 의사결정 과정 자료로 비공개"]))
    D.label("partial", reasons=["OIDA-9-1-5"])
    D.setcue("negotiation_strategy_withheld", "attachment_line" if D.blocks[-1][1].startswith("붙임") else "withheld_sentence", D.blocks[-1][1][:12])
    return D

def t_petition(rng, v):
    council = COUNCIL[(v * 7 + 3) % len(COUNCIL)]
    D = Doc("청원", "council")
    D.header = f"{council} {rng.choice(['행정자치위원회', '도시건설위원회', '교육위원회'])}"
    D.title(rng.choice(["청원 심사 보고서", "청원 처리 결과 보고"]))
    pet = person(rng)
    D.tbl([["청원번호", f"제{rng.randint(1, 40)}호"], ["청원인", f"{pet} 외 {rng.randint(20, 300)}인"], ["주소", home_addr(rng)], ["연락처", mobile(rng)],
           ["소개의원", f"{person(rng)} 의원"]], header=False)
    D.p("1. 청원 요지: " + rng.choice(["마을 진입로 확장 및 보도 설치", "폐교 부지의 주민 복합시설 활용", "소음 저감 방음벽 설치", "버스 노선 신설"]))
    D.p("2. 심사 의견: 청원 취지에 공감하나 예산 사정을 고려하여 단계적으로 추진하도록 집행부에 이송함")
    D.p("3. 심사 결과: 원안 채택")
    D.label("partial", reasons=["OIDA-9-1-6"])
    D.setcue("petitioner_identified", "table_cell", "청원인", "content_only", "citizen_identifiable")
    return D

def ocr_noise(text, rng, level=2):
    fw = str.maketrans("0123456789", "０１２３４５６７８９")
    out = []
    for line in text.split("\n"):
        r = rng.random()
        if r < 0.25: line = line.translate(fw)
        if rng.random() < 0.3: line = line.replace("-", rng.choice(["‐", "－", "—"]))
        if rng.random() < 0.3 and len(line) > 8:
            i = rng.randint(1, len(line) - 2); line = line[:i] + " " + line[i:]
        if rng.random() < 0.25: line = line.replace(" ", "", rng.randint(1, 3))
        if rng.random() < 0.15: line = line + rng.choice([" ˙", " ·", " '", " ,,", " |"])
        out.append(line)
    return "\n".join(out)

def t_ocr_partial(rng, v):
    kind = ["local", "police", "fire", "court", "edu", "central", "corp", "inst"][v % 8]
    org, dept, addr, post, sender, area = pick_org(rng, kind)
    D = Doc("공문", kind)
    cit = person(rng)
    gm_head(D, rng, org, f"{cit} 귀하", rng.choice(["민원 회신", "진정 처리 결과 통지", "과태료 부과 사전 통지"]))
    D.p(f"1. 귀하({home_addr(rng)})께서 {date(rng, 2005, 2014, 0)} 제출하신 민원에 대하여 회신합니다.", "2. 검토 결과 관련 규정에 따라 처리하였음을 알려드립니다.")
    st = rng.choice(["부분공개(6)", "부분공개 (6)", "부분공개(제9조 제1항 제6호)"])
    gm_tail(D, rng, org, dept, addr, post, sender, area, stated=st, sep_line=v % 2 == 0)
    noisy_cue = rng.choice([st.replace("6", "６"), st.replace("부분공개", "부분 공개"), st.replace("부분공개", "부 분공개"), st.replace("(", " (")])
    D.blocks = [(b[0], ocr_noise(b[1], rng)) + tuple(b[2:]) if (b[0] in ("p", "title") and st not in b[1]) else b for b in D.blocks]
    D.blocks = [(b[0], b[1].replace(st, noisy_cue)) + tuple(b[2:]) if b[0] == "p" else b for b in D.blocks]
    D.label("partial", reasons=["OIDA-9-1-6"]); D.stated = st
    D.setcue("stated_partial_ocr", "gyeolmun_after_siheng", noisy_cue, "ocr_noise", "older_style")
    return D

def t_law_citation_partial(rng, v):
    kind = ["central", "local", "corp", "inst", "police"][v % 5]
    org, dept, addr, post, sender, area = pick_org(rng, kind)
    D = Doc("대장", kind)
    cit = person(rng)
    D.title(rng.choice(["민원 처리 대장", "도로점용 허가 대장(발췌)", "행정처분 대장"]))
    cite = ["법 제9조①6", "「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호", "9조 1항 6호", "정보공개법 제9조제1항제6호", "같은 법 제9조 ① 6"][v % 5]
    D.p(f"기간: {rng.randint(2024, 2025)}년 {rng.choice(['상반기', '하반기', '1분기'])}   관리부서: {dept}")
    rows = [["접수일", "요지", "신청인", "연락처", "처리 결과"]]
    for _ in range(rng.randint(3, 5)):
        rows.append([date(rng, 2025, 2025, 1), rng.choice(["도로 파손 신고", "불법 주정차", "가로등 고장", "점용 허가", "소음 진정"]), person(rng), mobile(rng), rng.choice(["완료", "이송", "처리 중"])])
    D.tbl(rows)
    D.p(f"※ 신청인의 성명·연락처는 {cite}에 해당하므로 공개 청구가 있는 경우 해당 부분을 삭제하고 공개합니다.")
    D.label("partial", reasons=["OIDA-9-1-6"])
    D.setcue("law_citation_partial", "law_citation", cite, "citation_spelling")
    return D

# ---------------- non_public
DAEOEBI_STAMPS = ["대외비", "대 외 비", "[대외비]", "《대외비》", "보안등급: 대외비", "대외비(보호기간: {d}까지)", "{d}까지 대외비"]

def t_daeoebi(rng, v):
    kinds = ["central", "central", "corp", "inst", "local", "police", "fire", "central"]
    kind = kinds[v % len(kinds)]
    org, dept, addr, post, sender, area = pick_org(rng, kind)
    prot = f"{rng.randint(2026, 2029)}. 12. 31."
    stamp = DAEOEBI_STAMPS[v % len(DAEOEBI_STAMPS)].replace("{d}", prot)
    topics = [("협상자료", "FTA 개선협상 분야별 대응 방향(검토)", ["상대국은 원산지 기준 완화를 우선 요구할 것으로 예상되며, 우리 측 양보 가능 범위는 3개 품목으로 한정함", "농산물 민감 품목은 현행 유지를 최우선 목표로 하되, 쿼터 확대는 2단계 카드로 보유"], ["OIDA-9-1-5"]),
              ("내부검토", "공공기관 기능 조정(안) 검토 보고", ["유사·중복 기능 3개 분야를 통합하는 방안을 검토 중이며, 인력 재배치 규모는 확정되지 않음", "노조 협의 이전에 외부로 알려질 경우 갈등이 확대될 우려가 있음"], ["OIDA-9-1-5"]),
              ("계획", "신규 공공택지 후보지 비교 검토", ["후보지 A(○○동 일원, 약 1.2㎢)와 후보지 B의 보상 비용을 비교함", "발표 전 후보지가 알려질 경우 투기 수요 유입이 우려됨"], ["OIDA-9-1-8"]),
              ("감사결과", "감사 진행 상황 중간 보고", ["제보 내용 중 계약 관련 2건은 사실관계 확인 중이며 관련자 소명을 아직 듣지 못함", "확정되지 않은 내용이 공개되면 감사 수행에 현저한 지장이 있음"], ["OIDA-9-1-4"]),
              ("보고", "집회 관리 대비 경력 운용 계획", ["주요 시설 주변 경력 배치 위치와 교대 시간을 표로 정리함", "배치 계획이 알려지면 시설 방호에 지장이 생길 수 있음"], ["OIDA-9-1-3"]),
              ("보고", "다중이용시설 화재 취약요인 현장 점검 결과(내부 공유)", ["취약 시설의 방화구획 결함 위치와 소방 진입로 현황을 정리함", "시설별 취약 지점이 공개되면 범죄에 악용될 우려가 있음"], ["OIDA-9-1-3"]),
              ("인사", "간부 인사 운영 방향(안)", [f"국장급 {rng.randint(3, 7)}명의 교체 여부와 후보군을 검토함", "후보자 평판 조회 결과는 개인별로 붙임에 정리함"], ["OIDA-9-1-5", "OIDA-9-1-6"]),
              ("예산", "예산 조정 시나리오(내부 검토)", ["세입 감소 폭에 따라 3개 시나리오별 감액 사업을 나열함", "확정 전 공개 시 관련 단체의 반발과 로비가 예상됨"], ["OIDA-9-1-5"])]
    genre, title, bullets, reasons = topics[v % len(topics)]
    D = Doc(genre, kind)
    pl = v % 4
    if pl == 0:
        D.header = stamp; D.footer = stamp; loc = "page_header"
    elif pl == 1:
        D.box(stamp, "right"); loc = "textbox_stamp"; D.footer = "- {page} -"
    elif pl == 2:
        D.p(stamp); loc = "first_line"
    else:
        D.header = f"{org} {dept}"; loc = "last_line"
    D.title(title)
    D.p(f"□ 검토 배경", f"  ○ {rng.choice(['장관 지시사항', '이사회 보고 예정', '실무협의 결과', '기관장 방침'])}에 따라 관련 쟁점과 대응 방안을 정리함")
    D.p("□ 주요 내용")
    for b in bullets: D.p(f"  ○ {b}")
    D.p("□ 향후 조치", f"  ○ {date(rng, 2025, 2026, 2)}까지 관계 부서 의견을 반영하여 최종안을 마련")
    if genre == "협상자료" or v % 3 == 0:
        D.tbl([["쟁점", "상대 요구(예상)", "우리 입장", "양보 가능선"], ["원산지", "기준 완화", "현행 유지", "일부 품목 한정"], ["관세", "조기 철폐", "단계적", "5년→3년"]])
    if pl == 3:
        D.p(f"예고문: {prot}까지 대외비, 이후 일반문서로 재분류")
        D.p(stamp)
        D.cue_text = stamp
    D.label("non_public", marking="대외비", reasons=reasons)
    D.setcue("marking_daeoebi", loc, stamp)
    return D

SECRET3 = ["Ⅲ급비밀", "III급 비밀", "3급 비밀", "비밀(Ⅲ급)", "Ⅲ 급 비 밀", "Ⅲ급 비밀"]
SECRET2 = ["Ⅱ급비밀", "비밀(Ⅱ급)", "II급 비밀", "Ⅱ 급 비 밀", "2급 비밀"]
SECRET1 = ["Ⅰ급비밀", "Ⅰ급 비밀", "비밀(Ⅰ급)", "I급 비밀"]

def t_secret(rng, v, level):
    stamps = {"III급": SECRET3, "II급": SECRET2, "I급": SECRET1}[level]
    stamp = stamps[v % len(stamps)]
    kind = ["central", "police", "fire", "corp", "central", "local"][v % 6]
    org, dept, addr, post, sender, area = pick_org(rng, kind)
    facility = v % 3 == 1
    D = Doc(rng.choice(["보고", "계획", "협상자료"]) if not facility else "계획", kind)
    pl = v % 4
    until = f"{rng.randint(2027, 2035)}. {rng.randint(1, 12)}. {rng.randint(1, 28)}."
    copyno = f"사본번호 {rng.randint(1, 9)}/{rng.randint(10, 20)}" if rng.random() < 0.5 else f"사본 제{rng.randint(1, 9)}호"
    if pl == 0:
        D.header = stamp; D.footer = stamp; loc = "page_header"
    elif pl == 1:
        D.box(f"{stamp}\n{copyno}", "right"); D.footer = stamp; loc = "textbox_stamp"
    elif pl == 2:
        D.p(stamp, copyno); D.header = f"{org}"; loc = "first_line"
    else:
        D.tbl([["결재", "담당", "과장", "국장", "보안등급"], ["", person(rng), person(rng), person(rng), stamp]]); loc = "approval_table"
    if facility:
        D.title(rng.choice(["국가중요시설 방호 보강 계획", "비상대비 주요 시설 방호 운용 계획", "통합방위 작전 지원 시설 현황"]))
        D.p("1. 목적: 유사시 주요 시설의 기능을 유지하기 위한 방호 인력과 장비 배치를 정함")
        D.tbl([["시설", "방호 등급", "배치 인원", "취약 지점"], ["○○정수장", "가급", str(rng.randint(10, 40)), "북측 울타리 구간"], ["○○변전소", "나급", str(rng.randint(5, 20)), "출입 통제소"]])
        reasons = ["OIDA-9-1-1", "OIDA-9-1-3"]
    else:
        D.title(rng.choice(["대북 경제협력 관련 관계기관 협의 결과", "외국 정부와의 안보 협력 협의 동향", "국가 핵심기술 해외 유출 대응 협의", "비상대비 자원 관리 협의 결과"]))
        D.p("1. 협의 개요: " + rng.choice(["관계기관 실무협의를 통해 상대국 입장을 확인함", "비공식 채널을 통해 전달된 상대 측 제안을 검토함"]))
        D.p("2. 주요 내용: " + rng.choice(["상대국은 공동 조사단 구성을 제안하였고, 우리 측은 단계적 접근을 제시함", "정보 교류 범위와 보호 조치에 관한 이견이 남아 있음"]))
        D.p("3. 대응 방향: 차기 협의 시 우리 측 수정안을 제시하되 발표 시점은 관계 부처와 조율")
        reasons = ["OIDA-9-1-1", "OIDA-9-1-2"]
    D.p(rng.choice([f"예고문: {until}까지 {stamp}, 이후 일반문서로 재분류", f"예고문 : {until} 일반문서로 재분류", f"보호기간: {until}까지"]))
    if pl == 2: D.p(stamp)
    D.label("non_public", marking=level, reasons=reasons)
    D.setcue(f"marking_secret_{level}", loc, stamp, "copy_number" if "사본" in copyno else "")
    D.flags = [f for f in D.flags if f]
    return D

def t_secret3(rng, v): return t_secret(rng, v, "III급")
def t_secret2(rng, v): return t_secret(rng, v, "II급")
def t_secret1(rng, v): return t_secret(rng, v, "I급")

def t_disciplinary(rng, v):
    kind = ["local", "central", "corp", "edu", "police", "fire"][v % 6]
    org, dept, addr, post, sender, area = pick_org(rng, kind)
    D = Doc("징계", kind)
    nm = person(rng)
    dui = v % 2 == 0
    D.title(rng.choice(["징 계 의 결 서", "징계의결서", "징계 등 의결서"]))
    D.tbl([["소속", f"{org} {dept}"], ["직위(직급)", rng.choice(["행정6급", "주무관", "경위", "소방장", "차장", "교사"])], ["성명", nm], ["의결 주문", rng.choice(["정직 2월", "감봉 3월", "강등", "견책"])]], header=False)
    if dui:
        D.p(f"이유: 혐의자는 {date(rng, 2024, 2025, 2)} 23시경 혈중알코올농도 {rng.uniform(0.08, 0.18):.3f}% 상태로 약 {rng.randint(2, 9)}km를 운전하다 적발되어 {rng.choice(['벌금 800만 원의 약식명령', '벌금 1,200만 원'])}이 확정되었다.")
        reasons = ["OIDA-9-1-6", "PIPA-23"]
    else:
        D.p(f"이유: 혐의자는 근무시간 중 사적 용무로 {rng.randint(5, 20)}회 무단 이석하고, 이를 지적하는 상급자에게 폭언을 하여 품위유지 의무를 위반하였다.")
        reasons = ["OIDA-9-1-6"]
    D.p("위와 같이 의결한다.", date(rng, 2024, 2026, 2), f"{org} {rng.choice(['보통징계위원회', '인사위원회', '징계위원회'])} 위원장")
    D.label("non_public", reasons=reasons)
    D.setcue("content_disciplinary", "content_only", nm, "content_only", "dui" if dui else "misconduct")
    return D

def t_sick_leave(rng, v):
    kind = ["local", "edu", "corp", "central"][v % 4]
    org, dept, addr, post, sender, area = pick_org(rng, kind)
    D = Doc("인사", kind)
    nm = person(rng)
    D.title(rng.choice(["질병휴직 명령(안)", "병가 및 휴직 승인 검토", "휴직 심사 결과"]))
    dx = rng.choice(["요추 추간판 탈출증(수술 후 재활)", "주요 우울장애", "유방암 2기(항암치료 중)", "뇌경색 후유증"])
    D.p(f"1. 대상자: {dept} {rng.choice(['주무관', '대리', '교사', '연구원'])} {nm}", f"2. 진단명: {dx}",
        f"3. 휴직 기간: {date(rng, 2025, 2026, 0)}부터 {rng.choice(['6개월', '1년'])}", "4. 첨부: 진단서 및 소견서 각 1부")
    D.tbl([["담당", "팀장", "부서장"], [person(rng), person(rng), person(rng)]])
    D.label("non_public", reasons=["OIDA-9-1-6", "PIPA-23"])
    D.setcue("content_health_leave", "content_only", dx.split("(")[0], "content_only")
    return D

def t_union(rng, v):
    kind = ["corp", "local", "inst"][v % 3]
    org, dept, addr, post, sender, area = pick_org(rng, kind)
    D = Doc("명단", kind)
    D.title(rng.choice(["조합비 일괄공제 대상자 명단", "노동조합 가입자 급여공제 신청 현황"]))
    D.p(f"{rng.choice(['공무원노동조합', '노동조합 ' + org + '지부', '연구노조'])} 요청에 따라 {rng.randint(2025, 2026)}년 {rng.randint(1, 12)}월분 조합비 공제 대상자를 통보합니다.")
    rows = [["번호", "성명", "소속", "공제액"]] + [[str(i + 1), person(rng), rng.choice(["총무과", "회계과", "시설팀", "연구1팀", "민원실"]), f"{rng.choice([12000, 15000, 18000, 21000]):,}원"] for i in range(rng.randint(5, 8))]
    D.tbl(rows)
    D.label("non_public", reasons=["OIDA-9-1-6", "PIPA-23"])
    D.setcue("content_union_list", "content_only", "조합비", "content_only", "roster")
    return D

def t_roster(rng, v):
    kind = ["local", "local", "central", "edu", "fire"][v % 5]
    org, dept, addr, post, sender, area = pick_org(rng, kind)
    D = Doc("명단", kind)
    full = v % 2 == 0
    D.title(rng.choice(["긴급복지 지원 대상자 명단", "침수 피해 주민 현황", "독거노인 안부확인 대상자 명부", "장학금 수혜 학생 명단"]))
    rows = [["성명", "주민등록번호", "주소", "연락처"]]
    for _ in range(rng.randint(4, 6)):
        rows.append([person(rng), rrn(rng, masked_=not full, birth_lo=1935, birth_hi=2008), home_addr(rng), mobile(rng)])
    D.tbl(rows)
    D.p(rng.choice(["※ 담당자 외 열람 금지", "※ 지원 완료 후 즉시 파기", ""]) or "작성: " + dept)
    D.label("non_public", reasons=["OIDA-9-1-6"] + (["PIPA-24"] if full else []))
    D.setcue("content_roster", "content_only", rows[1][0], "content_only", "roster", "unmasked_rrn" if full else "masked_rrn")
    return D

def t_investigation(rng, v):
    kind = ["corp", "local", "inst", "central", "edu"][v % 5]
    org, dept, addr, post, sender, area = pick_org(rng, kind)
    D = Doc("수사", kind)
    sus = person(rng)
    gm_head(D, rng, org, rng.choice(POLICE) + "장", rng.choice(["수사 의뢰", "수사의뢰서 송부", "고발 및 수사 의뢰"]))
    D.p(f"1. 자체감사 결과 {dept} 소속 {sus}(직원)이 {rng.choice(['거래업체로부터 금품을 수수한', '공사대금을 부풀려 지급한', '허위 출장으로 여비를 편취한'])} 혐의가 있어 수사를 의뢰합니다.")
    D.p(f"2. 혐의 금액: 약 {rng.randint(3, 90)},{rng.randint(100, 999)},000원", "3. 증거자료: 계좌 거래내역, 관련자 진술서(붙임)")
    D.p(rng.choice(["붙임  1. 수사의뢰서 1부.  2. 진술서 사본 3부.  끝.", "붙임 관련 증거자료 1식.  끝."]))
    st = rng.choice(["비공개(4)", "비공개(4,6)", "비공개(제9조 제1항 제4호)", None])
    gm_tail(D, rng, org, dept, addr, post, sender, area, stated=st)
    D.label("non_public", reasons=["OIDA-9-1-4", "OIDA-9-1-6"]); D.stated = st
    if st: D.setcue("stated_nonpublic_investigation", "gyeolmun_after_siheng", st)
    else: D.setcue("content_investigation", "content_only", "수사를 의뢰합니다", "content_only")
    return D

INFORMAL = ["[내부용]", "[대내용]", "내부 검토용", "취급주의", "외부 배포 금지", "<내부 검토 자료>", "대내 한정", "※ 외부유출 금지"]

def t_internal_review(rng, v):
    kind = ["central", "corp", "inst", "local", "council", "central", "corp", "edu", "court"][v % 9]
    org, dept, addr, post, sender, area = pick_org(rng, kind)
    D = Doc("내부검토", kind)
    mk = INFORMAL[v % len(INFORMAL)]
    pl = v % 4
    if pl == 0: D.header = mk; loc = "page_header"
    elif pl == 1: D.box(mk, "right"); loc = "textbox_stamp"
    elif pl == 2: D.p(mk); loc = "first_line"
    else: D.footer = mk; loc = "page_footer"
    D.title(rng.choice(["요금 조정안 내부 검토", "조직 개편 쟁점 검토(초안)", "소송 대응 방향 검토", "정책 대안별 장단점 비교", "기관장 업무보고 예상 질의 및 답변", "의원 요구자료 대응 방향"]))
    D.p("1. 검토 배경: " + rng.choice(["상급기관 협의 전 내부 입장을 정리할 필요", "이사회 상정 전 쟁점 정리", "언론 보도 이후 대응 방향 마련"]))
    D.p("2. 대안 비교")
    D.tbl([["대안", "장점", "단점", "검토 의견"], ["1안", "재정 부담 최소", "이용자 반발", "△"], ["2안", "단계적 적용", "효과 지연", "○(권고)"], ["3안", "현행 유지", "적자 누적", "×"]])
    D.p("3. 향후 일정: 실무 협의 후 최종안 확정(미확정 사항으로 변동 가능)")
    D.label("non_public", reasons=["OIDA-9-1-5"])
    D.setcue("informal_internal_marking", loc, mk, "informal_marking")
    return D

def t_exam(rng, v):
    org, dept, addr, post, sender, area = pick_org(rng, ["inst", "edu", "local", "corp"][v % 4])
    D = Doc("시험", "inst")
    D.header = rng.choice(["출제 원안 — 보안 유지", f"{rng.randint(2025, 2026)}년도 제{rng.randint(1, 3)}회 시험 원안", None])
    D.title(rng.choice(["행정법 문제지(A형)", "승진시험 출제 문항", "직무능력평가 문제(원안)"]))
    D.p("1. 다음 중 행정행위의 공정력에 관한 설명으로 옳지 않은 것은?", "  ① 취소되기 전까지는 유효한 것으로 통용된다.  ② 민사법원은 선결문제로 효력을 부인할 수 없다.  ③ 무효인 행정행위에도 인정된다.  ④ 입증책임과는 무관하다.")
    D.p("2. 다음 사례에서 甲이 제기할 수 있는 쟁송 수단으로 가장 적절한 것은?", "  ① 취소소송  ② 무효확인소송  ③ 부작위위법확인소송  ④ 당사자소송")
    D.tbl([["문항", "정답", "배점"], ["1", "③", "4"], ["2", rng.choice(["①", "②"]), "4"]])
    D.p("※ 시험 시행 전 문제 유출 시 관련 법령에 따라 처벌됩니다.")
    D.label("non_public", reasons=["OIDA-9-1-5"])
    D.setcue("content_exam_questions", "content_only", "정답", "content_only")
    return D

def t_trade_secret(rng, v):
    kind = ["inst", "corp", "central", "inst"][v % 4]
    org, dept, addr, post, sender, area = pick_org(rng, kind)
    comp = rng.choice(COMPANIES)
    D = Doc("기술자료", kind)
    D.header = f"{comp} 제출 자료"
    D.title(rng.choice(["핵심 공정 기술자료(임치 신청)", "제품 원가 산정 내역", "기술 제안서 세부 설계"]))
    D.p(f"제출 기업: {comp}", "제출 목적: " + rng.choice(["국가연구개발과제 성과 평가", "기술자료 임치", "조달 단가 산정"]))
    D.tbl([["항목", "값"], ["반응 온도", f"{rng.randint(180, 420)}℃"], ["촉매 배합비", f"{rng.randint(2, 9)}:{rng.randint(1, 5)}:{rng.randint(1, 3)}"], ["단위 원가", f"{rng.randint(1000, 90000):,}원/kg"], ["수율", f"{rng.uniform(70, 98):.1f}%"]])
    D.p("본 자료는 제출 기업의 경영상·영업상 비밀로서 평가 목적 외에 사용하거나 제3자에게 제공할 수 없습니다.")
    D.label("non_public", reasons=["OIDA-9-1-7"])
    D.setcue("content_trade_secret", "content_only", "영업상 비밀", "content_only", "business_data")
    return D

def t_negotiation_np(rng, v):
    kind = ["central", "corp", "local", "central", "inst"][v % 5]
    org, dept, addr, post, sender, area = pick_org(rng, kind)
    D = Doc("협상자료", kind)
    D.title(rng.choice(["노사 임금교섭 대응 전략(안)", "해외 공동연구 협정 협상 지침", "민자사업 재구조화 협상 전략", "통상 협의 대표단 훈령(안)"]))
    D.p("1. 협상 목표: " + rng.choice(["인상률 2.0% 이내 타결", "지식재산 공동 소유 비율 최소 50% 확보", "최소운영수입보장 폐지, 사용료 인하분 보전"]))
    D.p("2. 단계별 제시안", f"  - 1차: {rng.uniform(0.5, 1.2):.1f}%  - 2차: {rng.uniform(1.3, 1.8):.1f}%  - 최종: {rng.uniform(1.9, 2.2):.1f}% (최종안은 대표 재량)")
    D.p("3. 상대 측 예상 논리와 반박 자료는 붙임과 같음")
    st = rng.choice(["비공개(5)", "비공개(2)", "비공개 (9조1항5호)", "비공개(제9조 제1항 제5호)"])
    D.tbl([["기안", "검토", "결재", "공개여부"], [person(rng), person(rng), person(rng), st]])
    reasons = spell_reasons(st)
    D.label("non_public", reasons=reasons); D.stated = st
    D.setcue("stated_nonpublic_approval_table", "approval_table", st)
    return D

def t_council_closed(rng, v):
    council = COUNCIL[(v * 3 + 1) % len(COUNCIL)]
    D = Doc("회의록", "council")
    D.header = rng.choice(["비공개 회의록", f"{council} — 비공개", "[비공개 회의]"])
    D.title(f"{council} {rng.choice(['윤리특별위원회', '인사청문특별위원회', '행정자치위원회'])} 회의록(비공개 부분)")
    D.p("(14시 10분 비공개 회의로 전환)", f"○위원장 {person(rng)}  지금부터는 위원회 의결에 따라 비공개로 진행하겠습니다.")
    D.p(f"○{person(rng)} 위원  징계 요구된 의원의 소명 내용 중 사생활에 관한 부분은 속기록에서 삭제해 주시기 바랍니다.")
    D.p("(이하 발언 내용 기록)")
    D.label("non_public", reasons=["OIDA-9-1-5", "OIDA-9-1-6"])
    D.setcue("council_closed_session", "page_header", D.header, "closed_session")
    return D

def t_long(rng, v):
    kind = ["corp", "inst", "central", "local", "council", "court"][v % 6]
    org, dept, addr, post, sender, area = pick_org(rng, kind)
    D = Doc(rng.choice(["감사결과", "연구보고서", "회의록"]), kind)
    D.header = f"{org}"
    D.footer = "- {page} -"
    D.title(rng.choice(["사업 추진 실태 점검 결과 보고", "조직 진단 결과 보고서", "중장기 경영전략 수립 연구 결과보고"]))
    paras = ["이번 점검은 최근 3년간 추진된 사업을 대상으로 예산 집행, 성과 관리, 계약 절차의 적정성을 살펴보기 위하여 실시하였다.",
             "점검반은 총 6명으로 구성되었으며 서면 점검과 현장 확인을 병행하였다. 서면 점검에서는 집행 증빙과 성과 지표 산출 근거를 대조하였다.",
             "현장 확인 결과 일부 사업장에서 준공 검사가 형식적으로 이루어진 사례가 발견되었다. 검사 조서에 기재된 수량과 실제 설치 수량이 다른 경우도 있었다.",
             "성과 지표 중 상당수는 투입 중심으로 설정되어 있어 사업의 실제 효과를 보여주지 못하였다. 결과 지표로 전환할 필요가 있다.",
             "계약 절차에서는 긴급 입찰 사유가 불명확한 사례, 설계 변경이 반복된 사례가 확인되었다.",
             "기관 내부의 통제 장치는 대체로 갖추어져 있으나 실제 운영은 담당자 개인의 역량에 의존하는 경향이 있었다."]
    pages = 2 + v % 3
    for pg in range(pages):
        if pg: D.pb()
        D.p(f"{['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ'][pg]}. {['개요', '점검 결과', '분석 및 평가', '개선 방안'][pg]}")
        for p_ in rng.sample(paras, 4): D.p("  " + p_)
        D.tbl([["구분", "건수", "금액(백만원)"], ["적정", str(rng.randint(20, 80)), str(rng.randint(100, 900))], ["지적", str(rng.randint(2, 15)), str(rng.randint(10, 200))]])
    mode = v % 3
    if mode == 0:
        st = rng.choice(["비공개(5)", "비공개(제9조 제1항 제5호)", "비공개(4)"])
        D.p(f"공개구분: {st}")
        D.label("non_public", reasons=spell_reasons(st)); D.stated = st; cue = st
    elif mode == 1:
        st = rng.choice(["부분공개(6)", "부분공개(5,6)"])
        p1 = person(rng)
        D.p(f"관련자: {dept} {p1}(경위서 제출)", f"공개구분 : {st}")
        D.label("partial", reasons=spell_reasons(st)); D.stated = st; cue = st
    else:
        D.p("본 보고서는 이사회 보고 후 누리집에 게시한다.", "공개구분: 공개")
        D.label("public"); D.stated = "공개"; cue = "공개구분: 공개"
    D.setcue("long_cue_at_end", "last_line", cue, "long_doc", f"pages_{pages}")
    return D

def t_disagree_under(rng, v):
    """Printed 공개/부분공개 but content is a disciplinary/health record: label follows content."""
    kind = ["local", "corp", "edu", "central"][v % 4]
    org, dept, addr, post, sender, area = pick_org(rng, kind)
    D = Doc("공문", kind)
    nm = person(rng)
    if v % 2 == 0:
        gm_head(D, rng, org, "내부결재", "직원 징계처분 결과 통보")
        D.p(f"1. {dept} {rng.choice(['주무관', '대리', '교사'])} {nm}에 대한 징계위원회 의결 결과를 아래와 같이 통보합니다.",
            f"2. 징계 사유: 음주운전(혈중알코올농도 {rng.uniform(0.05, 0.12):.3f}%)으로 벌금형 확정", "3. 처분: 정직 1월")
        reasons = ["OIDA-9-1-6", "PIPA-23"]
    else:
        gm_head(D, rng, org, "내부결재", "직원 질병휴직 처리")
        D.p(f"1. {dept} {nm}의 질병휴직 신청(진단명: {rng.choice(['공황장애', '갑상선암', '척추 골절'])})을 승인하고자 합니다.", "2. 기간: 6개월", "3. 붙임: 진단서 1부.")
        reasons = ["OIDA-9-1-6", "PIPA-23"]
    st = rng.choice(["공개", "부분공개(6)", "대국민 공개"])
    gm_tail(D, rng, org, dept, addr, post, sender, area, stated=st, sep_line=v % 2 == 1)
    D.label("non_public", reasons=reasons); D.stated = st
    D.setcue("stated_field_understates", "gyeolmun_after_siheng", st, "disagree", "underclassified")
    return D

def t_hr_eval(rng, v):
    kind = ["central", "corp", "local"][v % 3]
    org, dept, addr, post, sender, area = pick_org(rng, kind)
    D = Doc("인사", kind)
    D.title(rng.choice(["근무성적평정 결과(확정)", "승진 심사 결과 및 서열 명부", "성과연봉 평가 등급 통보"]))
    rows = [["순위", "성명", "직급", "평정점", "등급"]] + [[str(i + 1), person(rng), rng.choice(["6급", "5급", "차장", "과장"]), f"{rng.uniform(70, 99):.2f}", rng.choice(["S", "A", "B", "C"])] for i in range(rng.randint(4, 6))]
    D.tbl(rows)
    D.p(rng.choice(["※ 본인 외 열람 제한", "※ 심사 위원별 채점표는 별도 보관"]))
    D.label("non_public", reasons=["OIDA-9-1-5", "OIDA-9-1-6"])
    D.setcue("content_hr_evaluation", "content_only", "평정점", "content_only")
    return D

def t_gm_nonpublic(rng, v):
    kind = ["central", "local", "corp", "inst", "police", "council", "fire", "court"][v % 8]
    org, dept, addr, post, sender, area = pick_org(rng, kind)
    D = Doc("공문", kind)
    st = NONPUB_SPELL[v % len(NONPUB_SPELL)]
    rs = spell_reasons(st)
    bodies = {"OIDA-9-1-4": ("진행 중인 조사 관련 자료 제출 요청", "현재 진행 중인 사건 조사와 관련하여 관계 서류 일체의 사본을 제출하여 주시기 바랍니다.", "제출 자료는 조사 목적 외로 사용하지 않습니다."),
              "OIDA-9-1-5": ("정책 대안 검토 의견 제출", "검토 중인 제도 개선안(시안)에 대한 부서 의견을 제출하여 주시기 바랍니다.", "시안은 확정되지 않은 내용이므로 외부에 인용하지 마시기 바랍니다."),
              "OIDA-9-1-6": ("피해 주민 개인별 보상 내역 통보", "피해 주민별 보상 산정 내역(성명, 주소, 보상액)을 붙임과 같이 통보합니다.", "개인별 내역은 지급 업무 외에 사용하지 마시기 바랍니다."),
              "OIDA-9-1-2": ("재외공관 협의 결과 공유", "상대국 정부와의 비공식 협의 결과를 붙임과 같이 공유합니다.", "협의 내용이 공개되면 외교 관계에 영향을 줄 수 있습니다."),
              "OIDA-9-1-3": ("청사 방호 체계 개선 계획 송부", "청사 출입 통제 구역과 CCTV 사각지대 보강 계획을 송부합니다.", "세부 위치가 알려지지 않도록 관리에 유의하여 주십시오.")}
    key = rs[0] if rs else "OIDA-9-1-5"
    subj, b1, b2 = bodies.get(key, bodies["OIDA-9-1-5"])
    gm_head(D, rng, org, "수신자 참조", subj)
    D.p("1. " + b1, "2. " + b2)
    if key == "OIDA-9-1-6":
        D.tbl([["성명", "주소", "보상액"]] + [[person(rng), home_addr(rng), f"{rng.randint(50, 900) * 10000:,}원"] for _ in range(3)])
    gm_tail(D, rng, org, dept, addr, post, sender, area, stated=st, sep_line=v % 3 == 2, attach=["관련 자료 1부."] if v % 2 else None)
    D.label("non_public", reasons=rs); D.stated = st
    D.setcue("stated_nonpublic", "gyeolmun_after_siheng", st)
    return D

def t_ocr_nonpublic(rng, v):
    kind = ["police", "local", "court", "central", "corp"][v % 5]
    org, dept, addr, post, sender, area = pick_org(rng, kind)
    D = Doc("공문", kind)
    gm_head(D, rng, org, "수신자 참조", {"police": "내사 관련 자료 협조 요청", "court": "감찰 조사 진행 상황 보고"}.get(kind, rng.choice(["진정 사건 조사 진행 상황 보고", "감사 관련 자료 제출 요청"])))
    D.p(f"1. {date(rng, 2003, 2012, 0)} 접수된 진정 사건과 관련하여 조사 중인 사항을 보고합니다.", "2. 조사가 끝나기 전까지 관련 자료의 외부 제공을 삼가 주시기 바랍니다.")
    st = rng.choice(["비공개(4)", "비공개(제9조 제1항 제4호)", "비공개 (9조1항4호)"])
    gm_tail(D, rng, org, dept, addr, post, sender, area, stated=st, sep_line=True)
    noisy = rng.choice([st.replace("4", "４"), st.replace("비공개", "비 공개"), st.replace("비공개", "비공 개"), st.replace("(", "（").replace(")", "）")])
    D.blocks = [(b[0], ocr_noise(b[1], rng)) + tuple(b[2:]) if (b[0] in ("p", "title") and st not in b[1]) else b for b in D.blocks]
    D.blocks = [(b[0], b[1].replace(st, noisy)) + tuple(b[2:]) if b[0] == "p" else b for b in D.blocks]
    D.label("non_public", reasons=spell_reasons(st)); D.stated = st
    D.setcue("stated_nonpublic_ocr", "gyeolmun_after_siheng", noisy, "ocr_noise", "older_style")
    return D

# ================================================================ plan
PLAN = [  # (template name, function, count, format rotation: t=inline text, h=HWPX, p=PDF)
    ("gm_public", t_gm_public, 10, "thp"), ("press", t_press, 8, "tph"), ("council_minutes_public", t_council_minutes_public, 8, "hpt"),
    ("bid_notice", t_bid_notice, 6, "pht"), ("audit_public", t_audit_public, 6, "hpt"), ("research_public", t_research_public, 5, "pth"),
    ("m_guide_daeoebi", t_m_guide_daeoebi, 6, "hpt"), ("m_info_guide", t_m_info_guide, 5, "pht"), ("m_password", t_m_password, 4, "tph"),
    ("m_grade", t_m_grade, 5, "htp"), ("m_numbering", t_m_numbering, 4, "pth"), ("m_hong", t_m_hong, 4, "hpt"),
    ("m_declass", t_m_declass, 4, "tph"), ("m_cover", t_m_cover, 4, "htp"), ("m_security_audit", t_m_security_audit, 4, "pht"),
    ("m_council_question", t_m_council_question, 4, "htp"), ("m_exam_notice", t_m_exam_notice, 3, "pt"), ("d_overmarked", t_d_overmarked, 4, "hpt"),
    ("gm_partial", t_gm_partial, 12, "thp"), ("contract", t_contract, 9, "hpt"), ("bid_eval", t_bid_eval, 6, "pht"),
    ("committee_partial", t_committee_partial, 6, "hpt"), ("audit_disposition", t_audit_disposition, 6, "pth"), ("hr_rrn", t_hr_rrn, 5, "htp"),
    ("mislabeled", t_mislabeled, 4, "hpt"), ("checkbox", t_checkbox, 8, "pht"), ("research_partial", t_research_partial, 5, "htp"),
    ("negotiation_partial", t_negotiation_partial, 4, "pht"), ("petition", t_petition, 5, "htp"), ("ocr_partial", t_ocr_partial, 8, "t"),
    ("law_citation_partial", t_law_citation_partial, 5, "tph"),
    ("daeoebi", t_daeoebi, 16, "hpt"), ("secret3", t_secret3, 11, "hpt"), ("secret2", t_secret2, 7, "pht"), ("secret1", t_secret1, 4, "hpt"),
    ("disciplinary", t_disciplinary, 6, "htp"), ("sick_leave", t_sick_leave, 4, "pth"), ("union", t_union, 3, "hpt"),
    ("roster", t_roster, 5, "pht"), ("investigation", t_investigation, 5, "htp"), ("internal_review", t_internal_review, 9, "hpt"),
    ("exam", t_exam, 4, "pht"), ("trade_secret", t_trade_secret, 4, "htp"), ("negotiation_np", t_negotiation_np, 5, "pht"),
    ("council_closed", t_council_closed, 3, "hpt"), ("long", t_long, 7, "ph"), ("disagree_under", t_disagree_under, 4, "hpt"),
    ("hr_eval", t_hr_eval, 3, "pth"), ("gm_nonpublic", t_gm_nonpublic, 8, "thp"), ("ocr_nonpublic", t_ocr_nonpublic, 5, "t"),
]

UNMASKED_ID = re.compile(r"(?<!\d)\d{6}\s?[-‐－]\s?[1-8]\d{6}(?!\d)|(?<![A-Z0-9])[MSRGD]\d{8}(?!\d)|(?<!\d)\d{2}-\d{2}-\d{6}-\d{2}(?!\d)")

def rng_hdr(name, v):
    return R(name + "|hdr", v).random() < 0.5

def build():
    items = []
    for name, fn, count, fmts in PLAN:
        for v in range(count):
            rng = R(name, v)
            doc = fn(rng, v)
            fmt = {"t": "text", "h": "hwpx", "p": "pdf"}[fmts[v % len(fmts)]]
            if fmt != "text":  # files always carry running headers and footers on every page
                if doc.header is None:
                    doc.header = next(b[1] for b in doc.blocks if b[0] == "title").split("\n")[0].replace(" ", "") if rng_hdr(name, v) else "- 사내 문서 -" if doc.agency_kind == "corp" else next(b[1] for b in doc.blocks if b[0] == "title").split("\n")[0]
                if doc.footer is None:
                    doc.footer = "- {page} -"
            items.append((name, v, doc, fmt))
    order = list(range(len(items)))
    R("order", 0).shuffle(order)
    return [items[i] for i in order]

def main():
    os.chdir(HERE)
    os.makedirs("files", exist_ok=True)
    for f in sorted(os.listdir("files")):
        os.remove(os.path.join("files", f))
    items = build()
    recs, metas = [], []
    for n, (name, v, doc, fmt) in enumerate(items, 1):
        rid = f"{SET}-{n:04d}"
        rtext = render_text(doc, R(name + "|text", v))
        rec = {"id": rid}
        meta_extra = {}
        if fmt == "text":
            rec["text"] = rtext
        elif fmt == "hwpx":
            path = f"files/{rid}.hwpx"; write_hwpx(doc, path, rtext); rec["file"] = path
        else:
            path = f"files/{rid}.pdf"; pages = write_pdf(doc, path, R(name + "|pdf", v)); rec["file"] = path
            meta_extra["pdf_pages"] = pages
        rec.update({"disclosure": doc.disclosure, "marking": doc.marking, "reasons": doc.reasons, "genre": doc.genre})
        recs.append(rec)
        metas.append({"id": rid, "template": name, "variant": v, "format": fmt, "cue": doc.cue, "cue_location": doc.cue_location,
                      "cue_text": doc.cue_text, "flags": sorted(set(doc.flags)), "stated": doc.stated, "agency_kind": doc.agency_kind,
                      "has_header": doc.header is not None, "has_footer": doc.footer is not None, **meta_extra})
    with open(f"{SET}.jsonl", "w", encoding="utf-8") as f:
        for r in recs: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(f"{SET}.meta.jsonl", "w", encoding="utf-8") as f:
        for m in metas: f.write(json.dumps(m, ensure_ascii=False) + "\n")
    validate()
    write_md5()

def nows(s):
    return re.sub(r"\s+", "", s)

def validate():
    recs = [json.loads(l) for l in open(f"{SET}.jsonl", encoding="utf-8")]
    metas = [json.loads(l) for l in open(f"{SET}.meta.jsonl", encoding="utf-8")]
    assert len(recs) == len(metas) and [r["id"] for r in recs] == [m["id"] for m in metas]
    assert len({r["id"] for r in recs}) == len(recs)
    errors = []
    for r, m in zip(recs, metas):
        rid = r["id"]
        keys = set(r)
        assert keys in ({"id", "text", "disclosure", "marking", "reasons", "genre"}, {"id", "file", "disclosure", "marking", "reasons", "genre"}), keys
        dsc, mk, rs = r["disclosure"], r["marking"], r["reasons"]
        assert dsc in ("public", "partial", "non_public") and mk in MARKINGS
        assert rs == [x for x in REASON_ORDER if x in rs] and len(set(rs)) == len(rs), rid
        # text by format
        if "text" in r:
            text = r["text"]
        elif r["file"].endswith(".hwpx"):
            text = hwpx_text(r["file"])
        else:
            text = pdf_text(r["file"])
            assert len(text.strip()) > 50, rid
        if m["format"] == "text":
            if m["cue_text"] not in text: errors.append((rid, "cue not in text", m["cue_text"]))
        elif nows(m["cue_text"]) not in nows(text):
            errors.append((rid, "cue not in extracted file text", m["cue_text"]))
        # label rules (pii-dev README, Sensitivity set)
        if dsc == "public" and rs: errors.append((rid, "public with reasons"))
        if dsc != "public" and not rs: errors.append((rid, "non-public without reasons"))
        if mk in ("III급", "II급", "I급"):
            if "OIDA-9-1-1" not in rs or len(rs) < 2 or dsc != "non_public": errors.append((rid, "secret needs -1 + content reason, non_public"))
        if "OIDA-9-1-1" in rs and mk not in ("III급", "II급", "I급"): errors.append((rid, "-1 without 비밀 marking"))
        if mk == "대외비":
            if not set(rs) <= {"OIDA-9-1-3", "OIDA-9-1-4", "OIDA-9-1-5", "OIDA-9-1-6", "OIDA-9-1-8", "PIPA-23"} or dsc != "non_public":
                errors.append((rid, "대외비 reasons"))
        has_id = bool(UNMASKED_ID.search(unicodedata.normalize("NFKC", text)))
        if ("PIPA-24" in rs) != has_id: errors.append((rid, "PIPA-24 vs unmasked id", has_id))
        if ("PIPA-23" in rs or "PIPA-24" in rs) and "OIDA-9-1-6" not in rs: errors.append((rid, "PIPA without -6"))
        if "mention_only" in m["flags"] and (dsc != "public" or mk != "none"): errors.append((rid, "mention-only must be public/none"))
        if m["stated"]:
            sv = stated_value(m["stated"])
            if "disagree" in m["flags"]:
                if sv == dsc: errors.append((rid, "disagree flag but stated == label"))
            elif sv != dsc:
                errors.append((rid, "stated field differs from label without disagree flag", m["stated"], dsc))
        if mk != "none" and m["cue"].startswith("marking") is False: errors.append((rid, "marking cue"))
    if errors:
        for e in errors[:40]: print("VALIDATION:", e, file=sys.stderr)
        raise SystemExit(f"{len(errors)} validation errors")
    # summary
    from collections import Counter
    print("records", len(recs))
    print("disclosure", dict(Counter(r["disclosure"] for r in recs)))
    print("marking", dict(Counter(r["marking"] for r in recs)))
    print("format", dict(Counter(m["format"] for m in metas)))
    print("reasons", dict(sorted(Counter(x for r in recs for x in r["reasons"]).items())))
    print("genre", dict(Counter(r["genre"] for r in recs)))
    print("cue_location", dict(Counter(m["cue_location"] for m in metas)))
    print("validation OK")

def write_md5():
    import hashlib
    paths = []
    for root, dirs, files in os.walk("."):
        dirs.sort()
        for f in sorted(files):
            p = os.path.relpath(os.path.join(root, f), ".")
            if p != "MD5SUMS" and "__pycache__" not in p: paths.append(p)
    with open("MD5SUMS", "w") as f:
        for p in sorted(paths):
            f.write(f"{hashlib.md5(open(p, 'rb').read()).hexdigest()}  {p}\n")

if __name__ == "__main__":
    main()
