# -*- coding: utf-8 -*-
"""make_set.py -- deterministic generator for the sens_ai evaluation set.

Usage:  python make_set.py            (needs reportlab; pypdf optional, used for validation)
Every random choice comes from random.Random("sens_ai-2026|<template>|<variant>") string seeds,
so the output does not depend on PYTHONHASHSEED.  All names, numbers, organisations and
addresses are invented.
"""
import io, json, os, random, re, sys, zipfile, hashlib
from xml.sax.saxutils import escape as xesc

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
FONT_CANDIDATES = [
    ("/usr/share/fonts/truetype/nanum/NanumGothic.ttf", "/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf"),
    ("/usr/share/fonts/truetype/nanum/NanumBarunGothic.ttf", "/usr/share/fonts/truetype/nanum/NanumBarunGothicBold.ttf"),
]

def RNG(*parts):
    return random.Random("sens_ai-2026|" + "|".join(str(p) for p in parts))

# ----------------------------------------------------------------------------------------------
# invented data pools
SURN = list("김이박최정강조윤장임한오서신권황안송전홍유고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용") + ["남궁", "황보", "선우", "제갈"]
GIV = list("민서지현수준우영진하은도윤재성혜정훈경태호동연예린아채승희상미소원보나라세규환석철기찬솔빈율건겸온")

def pname(R):
    return R.choice(SURN) + R.choice(GIV) + R.choice(GIV)

AGENCIES = [  # (name, head title, address, domain, tel prefix, zip)
    ("국가행정혁신부", "국가행정혁신부장관", "다온특별자치시 한울대로 402 정부다온청사 7동", "mogi.go.kr.example", "044-318", "30172"),
    ("해양자원관리부", "해양자원관리부장관", "다온특별자치시 새빛로 88 정부다온청사 4동", "mmr.go.kr.example", "044-427", "30165"),
    ("공공안전청", "공공안전청장", "다온특별자치시 누리중앙로 17", "psa.go.kr.example", "044-561", "30110"),
    ("가람도", "가람도지사", "가람도 해솔시 도청대로 1", "garam.go.kr.example", "063-912", "55068"),
    ("해솔시", "해솔시장", "가람도 해솔시 시청길 25", "haesol.go.kr.example", "063-874", "55120"),
    ("남빛군", "남빛군수", "가람도 남빛군 남빛읍 군청로 9", "nambit.go.kr.example", "063-731", "55377"),
    ("한누리도교육청", "한누리도교육감", "한누리도 청람시 교육로 300", "hnedu.go.kr.example", "041-658", "32210"),
    ("국토정비공단", "국토정비공단 이사장", "한누리도 청람시 혁신로 55", "klmc.or.kr.example", "041-520", "32244"),
    ("통상협력부", "통상협력부장관", "다온특별자치시 한울대로 410 정부다온청사 9동", "mtc.go.kr.example", "044-605", "30174"),
    ("평화통일협력부", "평화통일협력부장관", "다온특별자치시 한울대로 418 정부다온청사 11동", "mpuc.go.kr.example", "044-702", "30176"),
    ("국방운영부", "국방운영부장관", "다온특별자치시 솔바람로 60", "mdo.go.kr.example", "044-880", "30190"),
    ("다온경찰청", "다온경찰청장", "다온특별자치시 안심로 12", "dpolice.go.kr.example", "044-990", "30130"),
    ("인재시험원", "인재시험원장", "한누리도 청람시 시험로 77", "nte.go.kr.example", "041-700", "32260"),
]
DEPTS = ["운영지원과", "정책기획과", "감사담당관", "재정회계과", "정보화담당관", "민원봉사과", "인사과", "계약관리팀",
         "보안담당관", "대변인실", "기획예산담당관", "복지정책과", "도시계획과", "안전총괄과", "교육정책과", "시험관리과"]
ROADS = ["누리로", "한빛로", "솔내길", "가온대로", "별마루로", "새터길", "물푸레로", "다솜로", "은가람길", "햇살로"]
CITIES = [("가람도", "해솔시"), ("가람도", "남빛군"), ("한누리도", "청람시"), ("한누리도", "미르시"), ("다온특별자치시", ""), ("가람도", "달빛시")]
APTS = ["한빛마을", "솔향아파트", "누리빌", "가온타운", "별빛마을"]
COMPANIES = ["(주)해오름엔지니어링", "(주)누리정보기술", "가온건설(주)", "(주)솔바람컨설팅", "한빛시스템(주)", "(주)다솜안전", "(주)별마루디자인", "미르테크(주)"]
DISEASES = ["고혈압", "제2형 당뇨병", "우울장애", "요추 추간판 탈출증", "갑상선기능저하증", "만성 간염", "공황장애", "B형 간염 보균"]

def pick_agency(R, names=None):
    pool = [a for a in AGENCIES if names is None or a[0] in names]
    a = R.choice(pool)
    return {"name": a[0], "head": a[1], "addr": a[2], "dom": a[3], "tel": a[4], "zip": a[5]}

def ddate(R, y=None):
    y = y or R.choice([2025, 2026])
    return y, R.randint(1, 12), R.randint(1, 28)

def fdate(d, style=0):
    y, m, dd = d
    return [f"{y}. {m}. {dd}.", f"{y}.{m:02d}.{dd:02d}.", f"{y}년 {m}월 {dd}일"][style]

def mobile(R):
    return f"010-{R.randint(2000, 9999)}-{R.randint(1000, 9999)}"

def office_tel(R, ag):
    return f"{ag['tel']}-{R.randint(1000, 9999)}"

def home_addr(R):
    do, si = R.choice(CITIES)
    loc = f"{do} {si} " if si else f"{do} "
    if R.random() < 0.5:
        return loc + f"{R.choice(ROADS)} {R.randint(1, 240)}, {R.randint(101, 115)}동 {R.randint(1, 25)}{R.randint(1, 4):02d}호"
    return loc + f"{R.choice(ROADS)} {R.randint(1, 240)}-{R.randint(1, 30)}"

def rrn(R, masked=False):
    y = R.randint(1958, 1999); m = R.randint(1, 12); d = R.randint(1, 28)
    g = R.choice([1, 2])
    body = f"{y % 100:02d}{m:02d}{d:02d}{g}{R.randint(0, 99999):05d}"
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * b for a, b in zip(body, w)) % 11) % 10
    full = body + str(c)
    if masked:
        return full[:6] + "-" + full[6] + R.choice(["******", "●●●●●●", "XXXXXX"])
    return full[:6] + "-" + full[6:]

def account(R):
    bank = R.choice(["한빛은행", "누리은행", "가람농협", "다온저축은행"])
    return bank, f"{R.randint(100, 999)}-{R.randint(10, 99)}-{R.randint(100000, 999999)}"

def docno(R, dept):
    return f"{dept}-{R.randint(120, 9870)}"

def won(n):
    return f"{n:,}원"

# ----------------------------------------------------------------------------------------------
# 공개구분 forms (행정업무규정 시행규칙: 공개 / 부분공개(호수) / 비공개(호수))
def gform(R, kind, nums):
    ns = [str(n) for n in nums]
    dot = "·".join(ns)
    if kind == "public":
        return R.choice(["공개", "공개", "공개구분: 공개", "[공개]"])
    base = "부분공개" if kind == "partial" else "비공개"
    opts = [f"{base}({dot})", f"{base} ({dot})", f"[{base}({dot})]", f"{base}({','.join(ns)})"]
    if len(ns) == 1:
        opts += [f"{base}(제9조제1항제{ns[0]}호)", f"{base}(제9조 제1항 제{ns[0]}호)"]
    return R.choice(opts)

def break_gg(R, gg):
    """OCR damage to a printed 공개구분 that keeps it readable for a human"""
    opts = [gg.replace("부분공개", "부분공 개"), gg.replace("비공개", "비 공개"), gg.replace("(", "( ").replace(")", " )"),
            gg.replace("제1항", "제l항").replace("1·", "l·"), gg.replace("·", ".")]
    opts = [o for o in opts if o != gg] or [gg.replace("공개", "공 개")]
    return R.choice(opts)

def oida(n):
    return f"OIDA-9-1-{n}"

# ----------------------------------------------------------------------------------------------
# OCR noise for imitated scans
CONF = {"0": "O", "1": "l", "l": "1", "O": "0", "·": ".", "-": "~", ".": ",", "이": "0|", "의": "외", "을": "울",
        "는": "논", "과": "괴", "다": "디", "로": "르", "시": "사", "한": "헌", "Ⅲ": "III", "Ⅱ": "II", "Ⅰ": "I"}

def ocr_line(R, s, rate=0.05):
    out = []
    for ch in s:
        r = R.random()
        if ch in CONF and r < rate:
            out.append(CONF[ch])
        elif ch != " " and r < rate * 0.5:
            out.append(ch + " ")
        elif ch == " " and r < rate * 0.8:
            continue
        else:
            out.append(ch)
    return "".join(out)

def ocr_protected(R, s, protect, rate=0.05):
    """apply OCR noise to s except inside the protected substrings"""
    if not protect:
        return ocr_line(R, s, rate)
    pat = "(" + "|".join(re.escape(p) for p in sorted(set(protect), key=len, reverse=True)) + ")"
    parts = re.split(pat, s)
    return "".join(p if p in protect else ocr_line(R, p, rate) for p in parts)

OCR_BREAK = {
    "대외비": ["대 외 비", "대외 비", "대외빈", "대외비|", "대 외비"],
    "III급": ["Ill급 비밀", "Ⅲ급비 밀", "lll급비밀", "III 급 비밀", "Ⅲ급 비믿"],
    "II급": ["Il급비밀", "Ⅱ 급 비 밀", "II급 비믿", "ll급비밀"],
    "I급": ["l급비밀", "Ⅰ 급비밀", "I급 비 밀"],
}

# ----------------------------------------------------------------------------------------------
# marking stamps
def stamp(R, marking, date=None):
    y = (date or (2026, 1, 1))[0] + R.choice([1, 2, 3])
    if marking == "대외비":
        return R.choice(["대외비", "대 외 비", "[대외비]", "《대외비》", f"{y}. 12. 31.까지 대외비",
                         f"대외비(보호기간: {y}. 12. 31.까지)", "보안등급: 대외비"])
    if marking == "III급":
        return R.choice(["Ⅲ급비밀", "III급 비밀", "3급 비밀", "비밀(Ⅲ급)", "Ⅲ 급 비 밀", "III급비밀"])
    if marking == "II급":
        return R.choice(["Ⅱ급비밀", "II급 비밀", "비밀(Ⅱ급)", "Ⅱ 급 비 밀", "2급 비밀"])
    if marking == "I급":
        return R.choice(["Ⅰ급비밀", "I급 비밀", "비밀(Ⅰ급)", "Ⅰ 급 비 밀"])
    raise ValueError(marking)

def yegomun(R, marking, date):
    y = date[0] + R.choice([2, 3, 5])
    lvl = {"III급": "Ⅲ급비밀", "II급": "Ⅱ급비밀", "I급": "Ⅰ급비밀"}[marking]
    nxt = {"III급": "일반문서로 재분류", "II급": "Ⅲ급비밀로 재분류", "I급": "Ⅱ급비밀로 재분류"}[marking]
    return f"예고문: {y}. 12. 31.까지 {lvl}, 이후 {nxt}"


# ================================================================================================
# document model: {"header": str|None, "footer": str|None, "blocks": [(kind, payload), ...]}
#   kinds: org, title, p, center, right, table(rows), box(text), blank

def text_render(doc, sep=" | "):
    lines = []
    if doc.get("header"):
        lines.append(doc["header"])
    for k, v in doc["blocks"]:
        if k == "table":
            for row in v:
                lines.append(sep.join(row))
        elif k == "blank":
            lines.append("")
        else:
            lines.append(v)
    if doc.get("footer"):
        lines.append(doc["footer"])
    return "\n".join(lines) + "\n"

# ---------------------------------------------------------------------------- HWPX writer
HP = 'xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph"'
NS_ALL = ('xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph" '
          'xmlns:hp10="http://www.hancom.co.kr/hwpml/2016/paragraph" xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" '
          'xmlns:hc="http://www.hancom.co.kr/hwpml/2011/core" xmlns:hh="http://www.hancom.co.kr/hwpml/2011/head" '
          'xmlns:hhs="http://www.hancom.co.kr/hwpml/2011/history" xmlns:hm="http://www.hancom.co.kr/hwpml/2011/master-page" '
          'xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf" xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:opf="http://www.idpf.org/2007/opf/" xmlns:ooxmlchart="http://www.hancom.co.kr/hwpml/2016/ooxmlchart" '
          'xmlns:hwpunitchar="http://www.hancom.co.kr/hwpml/2016/HwpUnitChar" xmlns:epub="http://www.idpf.org/2007/ops" '
          'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0"')
XMLDECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'

def _charpr(i, height, bold=False, color="#000000"):
    b = "<hh:bold/>" if bold else ""
    return (f'<hh:charPr id="{i}" height="{height}" textColor="{color}" shadeColor="none" useFontSpace="0" useKerning="0" '
            f'symMark="NONE" borderFillIDRef="1"><hh:fontRef hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/>'
            '<hh:ratio hangul="100" latin="100" hanja="100" japanese="100" other="100" symbol="100" user="100"/>'
            '<hh:spacing hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/>'
            '<hh:relSz hangul="100" latin="100" hanja="100" japanese="100" other="100" symbol="100" user="100"/>'
            '<hh:offset hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/>'
            f'{b}<hh:underline type="NONE" shape="SOLID" color="#000000"/><hh:strikeout shape="NONE" color="#000000"/>'
            '<hh:outline type="NONE"/><hh:shadow type="NONE" color="#B2B2B2" offsetX="10" offsetY="10"/></hh:charPr>')

def _parapr(i, align):
    return (f'<hh:paraPr id="{i}" tabPrIDRef="0" condense="0" fontLineHeight="0" snapToGrid="1" suppressLineNumbers="0" checked="0">'
            f'<hh:align horizontal="{align}" vertical="BASELINE"/><hh:heading type="NONE" idRef="0" level="0"/>'
            '<hh:breakSetting breakLatinWord="KEEP_WORD" breakNonLatinWord="KEEP_WORD" widowOrphan="0" keepWithNext="0" keepLines="0" pageBreakBefore="0" lineWrap="BREAK"/>'
            '<hh:autoSpacing eAsianEng="0" eAsianNum="0"/><hh:margin><hc:intent value="0" unit="HWPUNIT"/><hc:left value="0" unit="HWPUNIT"/>'
            '<hc:right value="0" unit="HWPUNIT"/><hc:prev value="0" unit="HWPUNIT"/><hc:next value="0" unit="HWPUNIT"/></hh:margin>'
            '<hh:lineSpacing type="PERCENT" value="160" unit="HWPUNIT"/>'
            '<hh:border borderFillIDRef="1" offsetLeft="0" offsetRight="0" offsetTop="0" offsetBottom="0" connect="0" ignoreMargin="0"/></hh:paraPr>')

def _borderfill(i, line):
    t = "SOLID" if line else "NONE"
    sides = "".join(f'<hh:{s} type="{t}" width="0.12 mm" color="#000000"/>' for s in ("leftBorder", "rightBorder", "topBorder", "bottomBorder"))
    return (f'<hh:borderFill id="{i}" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0">'
            '<hh:slash type="NONE" Crooked="0" isCounter="0"/><hh:backSlash type="NONE" Crooked="0" isCounter="0"/>'
            f'{sides}<hh:diagonal type="SOLID" width="0.1 mm" color="#000000"/></hh:borderFill>')

def header_xml():
    langs = ["HANGUL", "LATIN", "HANJA", "JAPANESE", "OTHER", "SYMBOL", "USER"]
    ff = "".join(f'<hh:fontface lang="{l}" fontCnt="1"><hh:font id="0" face="함초롬바탕" type="TTF" isEmbedded="0"/></hh:fontface>' for l in langs)
    cps = [_charpr(0, 1000), _charpr(1, 1000, True), _charpr(2, 1600, True), _charpr(3, 1200, True, "#C00000"), _charpr(4, 900)]
    pps = [_parapr(0, "JUSTIFY"), _parapr(1, "CENTER"), _parapr(2, "RIGHT")]
    return (XMLDECL + f'<hh:head {NS_ALL} version="1.4" secCnt="1">'
            '<hh:beginNum page="1" footnote="1" endnote="1" pic="1" tbl="1" equation="1"/><hh:refList>'
            f'<hh:fontfaces itemCnt="7">{ff}</hh:fontfaces>'
            f'<hh:borderFills itemCnt="2">{_borderfill(1, False)}{_borderfill(2, True)}</hh:borderFills>'
            f'<hh:charProperties itemCnt="{len(cps)}">{"".join(cps)}</hh:charProperties>'
            '<hh:tabProperties itemCnt="1"><hh:tabPr id="0" autoTabLeft="0" autoTabRight="0"/></hh:tabProperties>'
            f'<hh:paraProperties itemCnt="{len(pps)}">{"".join(pps)}</hh:paraProperties>'
            '<hh:styles itemCnt="1"><hh:style id="0" type="PARA" name="바탕글" engName="Normal" paraPrIDRef="0" charPrIDRef="0" nextStyleIDRef="0" langID="1042" lockForm="0"/></hh:styles>'
            '</hh:refList><hh:compatibleDocument targetProgram="HWP201X"><hh:layoutCompatibility/></hh:compatibleDocument>'
            '<hh:docOption><hh:linkinfo path="" pageInherit="0" footnoteInherit="0"/></hh:docOption>'
            '<hh:trackchageConfig flags="0"/></hh:head>')

SUBL = 'textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="{va}" linkListIDRef="0" linkListNextIDRef="0" textWidth="{w}" textHeight="{h}" hasTextRef="0" hasNumRef="0"'

class HwpxBuilder:
    def __init__(self):
        self.pid = 0
        self.oid = 1000

    def para(self, text, cp=0, pp=0, inner=""):
        self.pid += 1
        t = f"<hp:t>{xesc(text)}</hp:t>" if text else "<hp:t/>"
        return (f'<hp:p id="{self.pid}" paraPrIDRef="{pp}" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">'
                f'<hp:run charPrIDRef="{cp}">{inner}{t}</hp:run></hp:p>')

    def sublist(self, paras, w=42520, h=0, va="TOP"):
        return f'<hp:subList id="" {SUBL.format(va=va, w=w, h=h)}>{paras}</hp:subList>'

    def table(self, rows):
        self.oid += 1
        nr, nc = len(rows), max(len(r) for r in rows)
        W = 42520; cw = W // nc; rh = 1800
        trs = []
        for ri, row in enumerate(rows):
            tcs = []
            for ci in range(nc):
                cell = row[ci] if ci < len(row) else ""
                p = self.para(cell, cp=1 if ri == 0 else 0, pp=1)
                tcs.append(f'<hp:tc name="" header="{1 if ri == 0 else 0}" hasMargin="0" protect="0" editable="0" dirty="0" borderFillIDRef="2">'
                           f'{self.sublist(p, cw, rh, "CENTER")}<hp:cellAddr colAddr="{ci}" rowAddr="{ri}"/><hp:cellSpan colSpan="1" rowSpan="1"/>'
                           f'<hp:cellSz width="{cw}" height="{rh}"/><hp:cellMargin left="510" right="510" top="141" bottom="141"/></hp:tc>')
            trs.append("<hp:tr>" + "".join(tcs) + "</hp:tr>")
        return (f'<hp:tbl id="{self.oid}" zOrder="0" numberingType="TABLE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" lock="0" '
                f'dropcapstyle="None" pageBreak="CELL" repeatHeader="1" rowCnt="{nr}" colCnt="{nc}" cellSpacing="0" borderFillIDRef="2" noAdjust="0">'
                f'<hp:sz width="{cw * nc}" widthRelTo="ABSOLUTE" height="{rh * nr}" heightRelTo="ABSOLUTE" protect="0"/>'
                '<hp:pos treatAsChar="1" affectLSpacing="0" flowWithText="1" allowOverlap="0" holdAnchorAndSO="0" vertRelTo="PARA" horzRelTo="COLUMN" vertAlign="TOP" horzAlign="LEFT" vertOffset="0" horzOffset="0"/>'
                '<hp:outMargin left="0" right="0" top="283" bottom="283"/><hp:inMargin left="510" right="510" top="141" bottom="141"/>'
                + "".join(trs) + "</hp:tbl>")

    def textbox(self, text):
        self.oid += 1
        w, h = 14000, 3400
        p = self.para(text, cp=3, pp=1)
        return (f'<hp:rect id="{self.oid}" zOrder="5" numberingType="FIGURE" textWrap="IN_FRONT_OF_TEXT" textFlow="BOTH_SIDES" lock="0" '
                f'dropcapstyle="None" href="" groupLevel="0" instid="{self.oid + 7000}" ratio="0">'
                f'<hp:offset x="0" y="0"/><hp:orgSz width="{w}" height="{h}"/><hp:curSz width="0" height="0"/><hp:flip horizontal="0" vertical="0"/>'
                f'<hp:rotationInfo angle="0" centerX="{w // 2}" centerY="{h // 2}" rotateimage="1"/>'
                '<hp:renderingInfo><hc:transMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/><hc:scaMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/>'
                '<hc:rotMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/></hp:renderingInfo>'
                '<hp:lineShape color="#C00000" width="56" style="SOLID" endCap="FLAT" headStyle="NORMAL" tailStyle="NORMAL" headfill="1" tailfill="1" headSz="SMALL_SMALL" tailSz="SMALL_SMALL" outlineStyle="NORMAL" alpha="0"/>'
                '<hp:shadow type="NONE" color="#B2B2B2" offsetX="0" offsetY="0" alpha="0"/>'
                f'<hp:drawText lastWidth="{w}" name="" editable="0">{self.sublist(p, w, h, "CENTER")}'
                '<hp:textMargin left="283" right="283" top="283" bottom="283"/></hp:drawText>'
                f'<hc:pt0 x="0" y="0"/><hc:pt1 x="{w}" y="0"/><hc:pt2 x="{w}" y="{h}"/><hc:pt3 x="0" y="{h}"/>'
                f'<hp:sz width="{w}" widthRelTo="ABSOLUTE" height="{h}" heightRelTo="ABSOLUTE" protect="0"/>'
                '<hp:pos treatAsChar="0" affectLSpacing="0" flowWithText="0" allowOverlap="1" holdAnchorAndSO="0" vertRelTo="PAPER" horzRelTo="PAPER" vertAlign="TOP" horzAlign="RIGHT" vertOffset="2800" horzOffset="2800"/>'
                '<hp:outMargin left="0" right="0" top="0" bottom="0"/><hp:shapeComment/></hp:rect>')

    def hf(self, tag, text, n):
        p = self.para(text, cp=3, pp=1)
        return (f'<hp:ctrl><hp:{tag} id="{n}" applyPageType="BOTH">{self.sublist(p, 42520, 4252, "TOP" if tag == "header" else "BOTTOM")}</hp:{tag}></hp:ctrl>')

SECPR = ('<hp:secPr id="" textDirection="HORIZONTAL" spaceColumns="1134" tabStop="8000" tabStopVal="4000" tabStopUnit="HWPUNIT" '
         'outlineShapeIDRef="0" memoShapeIDRef="0" textVerticalWidthHead="0" masterPageCnt="0">'
         '<hp:grid lineGrid="0" charGrid="0" wonggojiFormat="0"/><hp:startNum pageStartsOn="BOTH" page="0" pic="0" tbl="0" equation="0"/>'
         '<hp:visibility hideFirstHeader="0" hideFirstFooter="0" hideFirstMasterPage="0" border="SHOW_ALL" fill="SHOW_ALL" hideFirstPageNum="0" hideFirstEmptyLine="0" showLineNumber="0"/>'
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
         '<hp:offset left="1417" right="1417" top="1417" bottom="1417"/></hp:pageBorderFill></hp:secPr>'
         '<hp:ctrl><hp:colPr id="" type="NEWSPAPER" layout="LEFT" colCount="1" sameSz="1" sameGap="0"/></hp:ctrl>')

def hwpx_bytes(doc, title):
    B = HwpxBuilder()
    first_inner = SECPR
    if doc.get("header"):
        first_inner += B.hf("header", doc["header"], 1)
    if doc.get("footer"):
        first_inner += B.hf("footer", doc["footer"], 2)
    paras = []
    blocks = doc["blocks"]
    boxes = [v for k, v in blocks if k == "box"]
    if boxes:  # text boxes anchored in the first paragraph, floating at page top right
        first_inner += "".join(B.textbox(b) for b in boxes)
    paras.append(B.para("", inner=first_inner))
    for k, v in blocks:
        if k == "box":
            continue
        if k == "org":
            paras.append(B.para(v, cp=2, pp=1))
        elif k == "title":
            paras.append(B.para(v, cp=2, pp=1))
        elif k == "center":
            paras.append(B.para(v, cp=1, pp=1))
        elif k == "right":
            paras.append(B.para(v, cp=0, pp=2))
        elif k == "p":
            paras.append(B.para(v))
        elif k == "blank":
            paras.append(B.para(""))
        elif k == "table":
            B.pid += 1
            paras.append(f'<hp:p id="{B.pid}" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">'
                         f'<hp:run charPrIDRef="0">{B.table(v)}<hp:t/></hp:run></hp:p>')
    section = XMLDECL + f'<hs:sec {NS_ALL}>' + "".join(paras) + "</hs:sec>"
    version = (XMLDECL + '<hv:HCFVersion xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version" tagetApplication="WORDPROCESSOR" '
               'major="5" minor="1" micro="0" buildNumber="1" os="1" xmlVersion="1.4" application="Hancom Office Hangul" appVersion="11, 0, 0, 0"/>')
    container = (XMLDECL + '<ocf:container xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:container" '
                 'xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf"><ocf:rootfiles>'
                 '<ocf:rootfile full-path="Contents/content.hpf" media-type="application/hwpml-package+xml"/>'
                 '<ocf:rootfile full-path="Preview/PrvText.txt" media-type="text/plain"/></ocf:rootfiles></ocf:container>')
    manifest = XMLDECL + '<odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>'
    hpf = (XMLDECL + f'<opf:package {NS_ALL} version="" unique-identifier="" id=""><opf:metadata>'
           f'<opf:title>{xesc(title)}</opf:title><opf:language>ko</opf:language>'
           '<opf:meta name="creator" content="text">sens_ai</opf:meta><opf:meta name="CreatedDate" content="text">2026-01-01T00:00:00Z</opf:meta>'
           '</opf:metadata><opf:manifest>'
           '<opf:item id="header" href="Contents/header.xml" media-type="application/xml"/>'
           '<opf:item id="section0" href="Contents/section0.xml" media-type="application/xml"/>'
           '<opf:item id="settings" href="settings.xml" media-type="application/xml"/>'
           '</opf:manifest><opf:spine><opf:itemref idref="header" linear="yes"/><opf:itemref idref="section0" linear="yes"/></opf:spine></opf:package>')
    settings = (XMLDECL + '<ha:HWPApplicationSetting xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" '
                'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0"><ha:CaretPosition listIDRef="0" paraIDRef="0" pos="0"/></ha:HWPApplicationSetting>')
    prv = text_render(doc)[:1000]
    members = [("mimetype", b"application/hwp+zip", zipfile.ZIP_STORED),
               ("version.xml", version.encode(), zipfile.ZIP_STORED),
               ("Contents/header.xml", header_xml().encode(), zipfile.ZIP_DEFLATED),
               ("Contents/section0.xml", section.encode(), zipfile.ZIP_DEFLATED),
               ("Preview/PrvText.txt", prv.encode(), zipfile.ZIP_DEFLATED),
               ("settings.xml", settings.encode(), zipfile.ZIP_DEFLATED),
               ("META-INF/container.xml", container.encode(), zipfile.ZIP_DEFLATED),
               ("META-INF/manifest.xml", manifest.encode(), zipfile.ZIP_DEFLATED),
               ("Contents/content.hpf", hpf.encode(), zipfile.ZIP_DEFLATED)]
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for name, data, comp in members:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = comp
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data)
    return bio.getvalue()

# ---------------------------------------------------------------------------- PDF writer
_PDF = {}

def pdf_setup():
    if _PDF:
        return _PDF
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for reg, bold in FONT_CANDIDATES:
        if os.path.exists(reg) and os.path.exists(bold):
            pdfmetrics.registerFont(TTFont("KR", reg))
            pdfmetrics.registerFont(TTFont("KRB", bold))
            _PDF["font"] = reg
            break
    else:
        raise SystemExit("no Korean TTF font found (apt-get install fonts-nanum)")
    return _PDF

def _wrap(text, font, size, maxw):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    out, cur = [], ""
    for ch in text:
        if stringWidth(cur + ch, font, size) > maxw and cur:
            out.append(cur); cur = ch
        else:
            cur += ch
    out.append(cur)
    return out

def pdf_bytes(doc, title, scan=False, R=None):
    pdf_setup()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    W, H = A4
    bio = io.BytesIO()
    c = canvas.Canvas(bio, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(title); c.setAuthor("sens_ai"); c.setCreator("sens_ai make_set.py"); c.setProducer("reportlab (invariant)")
    L, Rm, TOP, BOT = 56, W - 56, H - 70, 60
    state = {"y": TOP, "page": 1}

    def page_deco():
        if scan:
            c.saveState()
            c.setFillGray(0.93); c.rect(0, 0, W, H, stroke=0, fill=1)
            c.setFillGray(0.55)
            for _ in range(140):
                c.circle(R.uniform(0, W), R.uniform(0, H), R.uniform(0.2, 0.9), stroke=0, fill=1)
            c.restoreState()
            c.translate(W / 2, H / 2); c.rotate(R.uniform(-0.8, 0.8)); c.translate(-W / 2, -H / 2)
        c.setFillGray(0.1 if scan else 0)
        if doc.get("header"):
            c.setFont("KRB", 11); c.setFillColorRGB(0.75, 0, 0)
            c.drawCentredString(W / 2, H - 40, doc["header"])
            c.setFillGray(0.1 if scan else 0)
        if doc.get("footer"):
            c.setFont("KRB", 11); c.setFillColorRGB(0.75, 0, 0)
            c.drawCentredString(W / 2, 32, doc["footer"])
            c.setFillGray(0.1 if scan else 0)
        c.setFont("KR", 8)
        c.drawRightString(Rm, 20, f"- {state['page']} -")

    def newpage():
        c.showPage(); state["page"] += 1; state["y"] = TOP; page_deco()

    def need(h):
        if state["y"] - h < BOT:
            newpage()

    page_deco()
    boxes = [v for k, v in doc["blocks"] if k == "box"]
    for i, b in enumerate(boxes):
        c.saveState(); c.setStrokeColorRGB(0.75, 0, 0); c.setLineWidth(1.6)
        bw = stringWidth(b, "KRB", 13) + 20
        c.rect(Rm - bw, H - 62 - i * 30, bw, 24, stroke=1, fill=0)
        c.setFillColorRGB(0.75, 0, 0); c.setFont("KRB", 13); c.drawString(Rm - bw + 10, H - 55 - i * 30, b)
        c.restoreState()
    if boxes:
        state["y"] -= 20
    for k, v in doc["blocks"]:
        if k == "box":
            continue
        if k in ("org", "title"):
            sz = 17 if k == "org" else 14
            for ln in _wrap(v, "KRB", sz, Rm - L):
                need(sz + 10); c.setFont("KRB", sz); c.drawCentredString(W / 2, state["y"], ln); state["y"] -= sz + 10
        elif k == "center":
            need(18); c.setFont("KRB", 11); c.drawCentredString(W / 2, state["y"], v); state["y"] -= 18
        elif k == "right":
            need(16); c.setFont("KR", 10); c.drawRightString(Rm, state["y"], v); state["y"] -= 16
        elif k == "blank":
            state["y"] -= 8
        elif k == "p":
            for ln in _wrap(v, "KR", 10, Rm - L):
                need(15); c.setFont("KR", 10); c.drawString(L, state["y"], ln); state["y"] -= 15
        elif k == "table":
            nc = max(len(r) for r in v)
            lens = [max(max(len(r[j]) if j < len(r) else 0 for r in v), 2) for j in range(nc)]
            tot = sum(lens)
            cws = [(Rm - L) * l / tot for l in lens]
            for ri, row in enumerate(v):
                fnt = "KRB" if ri == 0 else "KR"
                cells = [_wrap(row[j] if j < len(row) else "", fnt, 8.5, cws[j] - 6) for j in range(nc)]
                rh = 12 * max(len(x) for x in cells) + 6
                need(rh)
                x = L
                for j in range(nc):
                    c.setLineWidth(0.6); c.rect(x, state["y"] - rh + 10, cws[j], rh, stroke=1, fill=0)
                    c.setFont(fnt, 8.5)
                    for li, ln in enumerate(cells[j]):
                        c.drawString(x + 3, state["y"] - li * 12, ln)
                    x += cws[j]
                state["y"] -= rh
            state["y"] -= 6
    c.showPage()
    c.save()
    return bio.getvalue()

# ================================================================================================
# building blocks for documents

def head_of(dept):
    if dept.endswith("과") or dept.endswith("팀"):
        return dept + "장"
    if dept.endswith("실"):
        return dept + "장"
    return dept

def gongmun(R, ag, dept, title, body, attach=None, recip=None, gg=None, gloc="after_email", date=None,
            table_kyeol=False, seal=True):
    """공문서: 두문(기관명, 수신, 제목) / 본문 / 결문(발신명의, 결재란, 시행, 주소, 연락처, 공개구분)."""
    date = date or ddate(R)
    n1, n2, n3, n4 = pname(R), pname(R), pname(R), pname(R)
    dno = docno(R, dept)
    recip = recip or R.choice(["수신자 참조", "내부결재", f"{pick_agency(R)['head']}({R.choice(DEPTS)}장)", "각 시·군 부서장"])
    blocks = [("org", ag["name"])]
    if gloc == "below_org" and gg:
        blocks.append(("right", gg))
    blocks.append(("p", f"수신  {recip}"))
    blocks.append(("p", "(경유)"))
    tl = f"제목  {title}"
    if gloc == "title_line" and gg:
        tl = f"제목  {title} {gg}"
    blocks.append(("p", tl))
    blocks.append(("blank", ""))
    for i, b in enumerate(body, 1):
        blocks.append(("p", f"{i}. {b}"))
    if attach:
        if len(attach) == 1:
            blocks.append(("p", f"붙임  {attach[0]} 1부.  끝."))
        else:
            blocks.append(("p", f"붙임  1. {attach[0]} 1부."))
            for j, a in enumerate(attach[1:], 2):
                blocks.append(("p", f"      {j}. {a} 1부.  끝." if j == len(attach) else f"      {j}. {a} 1부."))
    else:
        blocks[-1] = (blocks[-1][0], blocks[-1][1] + "  끝.")
    blocks.append(("blank", ""))
    blocks.append(("center", ag["head"] + ("  (직인생략)" if not seal else "")))
    blocks.append(("blank", ""))
    sih = f"시행  {dno} ({fdate(date)})  접수  (          )"
    tel = office_tel(R, ag)
    fax = f"{ag['tel']}-{R.randint(1000, 9999)}"
    email = f"{R.choice(['kim', 'lee', 'park', 'choi', 'jung', 'han'])}{R.randint(10, 999)}@{ag['dom']}"
    addr = f"우 {ag['zip']}  {ag['addr']}  / https://www.{ag['dom']}"
    if table_kyeol:
        rows = [["기안자", "검토자", "결재권자", "협조자"],
                [f"주무관 {n1}", f"사무관 {n2}", f"{head_of(dept)} 전결 {n3}", f"주무관 {n4}"],
                ["시행", f"{dno} ({fdate(date)})", "공개구분", gg or "공개"]]
        blocks.append(("table", rows))
        blocks.append(("p", addr))
        blocks.append(("p", f"전화 {tel}  전송 {fax}  / {email}"))
        if gloc != "table_cell":
            raise ValueError("table_kyeol needs gloc=table_cell")
    else:
        blocks.append(("p", f"주무관  {n1}      행정사무관  {n2}      {head_of(dept)}  전결 {date[1]:02d}/{date[2]:02d}  {n3}"))
        blocks.append(("p", f"협조자  주무관 {n4}"))
        if gloc == "sihaeng_line" and gg:
            sih = f"시행  {dno} ({fdate(date)})  접수  (          )  {gg}"
        blocks.append(("p", sih))
        blocks.append(("p", addr))
        tl = f"전화 {tel}  전송 {fax}  / {email}"
        if gloc == "after_email" and gg:
            tl += f"  / {gg}"
        blocks.append(("p", tl))
        if gloc == "own_line" and gg:
            blocks.append(("p", gg))
    info = {"officials": [n1, n2, n3, n4], "docno": dno, "date": fdate(date), "tel": tel}
    return blocks, info

def place_marking(R, doc, marking, loc, date, ocr_break=False, with_yego=True):
    """put a classification stamp on doc; returns the exact printed stamp text (cue_text)."""
    s = stamp(R, marking, date)
    if ocr_break:
        s = R.choice(OCR_BREAK[marking])
    extra = []
    if marking in ("III급", "II급", "I급") and with_yego:
        extra.append(yegomun(R, marking, date))
        extra.append(f"사본번호  {R.randint(1, 5)}  (총 {R.randint(5, 9)}부)")
    if loc == "header":
        doc["header"] = s
    elif loc == "footer":
        doc["footer"] = s
    elif loc == "header+footer":
        doc["header"] = s; doc["footer"] = s
    elif loc == "textbox":
        doc["blocks"].insert(0, ("box", s))
    elif loc == "first_line":
        doc["blocks"].insert(0, ("center", s))
    elif loc == "last_line":
        doc["blocks"].append(("center", s))
    elif loc == "first+last_line":
        doc["blocks"].insert(0, ("center", s)); doc["blocks"].append(("center", s))
    elif loc == "table_cell":
        doc["blocks"].insert(0, ("table", [["보안등급", "문서번호", "생산일자"], [s, f"보안-{R.randint(10, 999)}", fdate(date, 1)]]))
    else:
        raise ValueError(loc)
    for e in extra:
        doc["blocks"].append(("p", e))
    return s, extra

MARK_LOCS = {"hwpx": ["header", "footer", "header+footer", "textbox", "table_cell", "first_line", "last_line", "first+last_line"],
             "pdf": ["header", "footer", "header+footer", "textbox", "table_cell", "first_line", "last_line"],
             "text": ["first_line", "last_line", "first+last_line", "table_cell"]}

def R_(R, xs):
    return R.choice(xs)

def mk(doc, disclosure, marking, reasons, genre, cue_kind, cue_location, cue_text, flags=(), **extra):
    order = ["OIDA-9-1-1", "OIDA-9-1-2", "OIDA-9-1-3", "OIDA-9-1-4", "OIDA-9-1-5", "OIDA-9-1-6", "OIDA-9-1-7", "OIDA-9-1-8", "PIPA-23", "PIPA-24"]
    reasons = sorted(set(reasons), key=order.index)
    return {"doc": doc, "disclosure": disclosure, "marking": marking, "reasons": reasons, "genre": genre,
            "cue_kind": cue_kind, "cue_location": cue_location, "cue_text": cue_text, "flags": list(flags), "extra": extra}

# ================================================================================================
# PUBLIC templates (including hard negatives)

def t_gongmun_public(R, v, fmt, scan):
    ag = pick_agency(R); dept = R.choice(DEPTS)
    topic = R.choice([("2026년 상반기 청사 에너지 절약 추진 협조 요청", ["청사 에너지 사용량을 전년 대비 5% 절감하기 위하여 다음 사항을 협조 요청합니다.", "각 부서는 점심시간 소등, 개인 난방기 사용 자제 등을 실천하여 주시기 바랍니다.", "부서별 실적은 매월 말일까지 운영지원과로 제출하여 주시기 바랍니다."]),
                      ("공공데이터 개방 확대 계획 알림", ["「공공데이터의 제공 및 이용 활성화에 관한 법률」에 따라 2026년 개방 대상 데이터를 알려드립니다.", "개방 대상은 시설 현황, 민원 처리 통계 등 12종이며 개인정보는 포함되지 않습니다.", "의견이 있는 부서는 기한 내 회신하여 주시기 바랍니다."]),
                      ("청렴 교육 실시 안내", ["공직자 행동강령 이행을 위한 청렴 교육을 다음과 같이 실시합니다.", "교육 일시: 매주 수요일 14:00~16:00, 장소: 본관 대회의실", "전 직원은 연 1회 이상 이수하여야 합니다."]),
                      ("재난안전 모의훈련 참석 요청", ["지역 재난안전 모의훈련을 다음과 같이 실시하오니 관계 공무원이 참석하도록 협조하여 주시기 바랍니다.", "훈련 장소: 해솔시 종합운동장 주차장, 훈련 시간: 10:00~12:00", "참석자 명단은 훈련 3일 전까지 제출하여 주시기 바랍니다."]),
                      ("행정 서식 개선 의견 조회", ["불필요한 주민등록번호 수집 항목을 정비하기 위하여 부서별 서식 현황을 조회합니다.", "개인정보 수집 항목을 최소화하는 방향으로 의견을 제출하여 주시기 바랍니다.", "제출 기한: 접수일로부터 14일 이내"])])
    gloc = ["after_email", "sihaeng_line", "own_line", "table_cell", "title_line", "after_email", "below_org"][v % 7]
    gg = gform(R, "public", [])
    blocks, info = gongmun(R, ag, dept, topic[0], topic[1], attach=R.choice([None, ["추진 계획"], ["일정표", "참고 자료"]]),
                           gg=gg, gloc=gloc, table_kyeol=(gloc == "table_cell"))
    doc = {"blocks": blocks}
    return mk(doc, "public", "none", [], "공문", "disclosure_field", gloc, gg, ["officials_named_in_kyeoljae"],
              note="공무원 성명·직위(결재란)는 제9조제1항제6호 라목에 따라 공개 대상")

def t_press(R, v, fmt, scan):
    ag = pick_agency(R); dept = R.choice(["대변인실", "정책기획과", "복지정책과", "안전총괄과", "도시계획과"])
    d = ddate(R); n1, n2 = pname(R), pname(R)
    subj = R.choice(["2026년 공공기관 개인정보 보호수준 평가 결과 발표", "노후 공공청사 안전점검 결과 공개", "청년 일자리 지원사업 참여자 1만 명 돌파",
                     "비밀번호 없는 간편인증 서비스 전면 도입", "정보공개 청구 처리기간 평균 6.2일로 단축"])
    body = [f"{ag['name']}는 {fdate(d)} {subj.split(' ')[0]} 관련 주요 내용을 발표하였다.",
            f"이번 발표에 따르면 대상 기관 {R.randint(120, 480)}곳 가운데 {R.randint(60, 95)}%가 기준을 충족하였으며, 미흡 기관에는 개선 권고를 할 예정이다.",
            "특히 개인정보 처리 과정에서 주민등록번호 수집을 최소화한 기관이 높은 평가를 받았다.",
            f"{ag['name']} 관계자는 \"앞으로도 국민이 신뢰할 수 있는 행정을 구현하겠다\"고 밝혔다."]
    blocks = [("table", [["보도자료", f"배포일시 {fdate(d)} {R.randint(9, 16)}:00"], ["보도시점", R.choice(["즉시 보도 가능", f"{fdate(d)} 12:00 이후"])]]),
              ("title", subj), ("blank", "")] + [("p", "□ " + b) for b in body] + [("blank", ""),
              ("table", [["담당 부서", dept, "책임자", f"과장 {n1}", f"({office_tel(R, ag)})"], ["", "", "담당자", f"사무관 {n2}", f"({office_tel(R, ag)})"]])]
    return mk({"blocks": blocks}, "public", "none", [], "보도자료", "mention_only" if ("비밀번호" in subj or "개인정보" in subj) else "none",
              "body", "개인정보" if "개인정보" in subj else ("비밀번호" if "비밀번호" in subj else ""), ["officials_named"])

def t_secret_guideline(R, v, fmt, scan):
    ag = pick_agency(R)
    st3 = R.choice(["Ⅲ급비밀", "III급 비밀", "비밀(Ⅲ급)"])
    yd = R.choice([2027, 2028])
    lines = [("org", ag["name"]), ("title", R.choice(["비밀 및 대외비 문서 관리 지침", "2026년 보안업무 교육 자료 — 비밀의 취급", "보안업무 실무 안내서(개정)"])),
             ("p", "1. 목적: 「보안업무규정」 및 같은 규정 시행규칙에 따라 비밀과 대외비 문서의 생산·보관·파기 절차를 안내한다."),
             ("p", f"2. 비밀의 구분: Ⅰ급비밀, Ⅱ급비밀, Ⅲ급비밀로 구분하며, 비밀은 아니나 공개되면 업무에 지장을 줄 수 있는 사항은 \"대외비\"로 지정한다."),
             ("p", f"3. 표시 방법: 비밀 문서의 상단과 하단 중앙에 \"{st3}\"와 같이 표시하고, 대외비는 \"대외비\" 또는 \"{yd}. 12. 31.까지 대외비\"로 표시한다."),
             ("p", f"4. 예고문 기재 예시: \"예고문: {yd}. 12. 31.까지 Ⅲ급비밀, 이후 일반문서로 재분류\""),
             ("p", "5. 사본번호: 비밀을 복제한 경우 사본번호를 부여하고 비밀관리기록부에 기록한다."),
             ("p", "6. 비밀번호 관리: 업무용 PC의 비밀번호는 분기 1회 이상 변경하고, 보조기억매체는 등록된 것만 사용한다."),
             ("p", "7. 이 지침은 공개 자료이며 교육 목적으로 자유롭게 배포할 수 있다.")]
    if R.random() < 0.5:
        lines.append(("table", [["구분", "보호기간", "취급자"], ["Ⅱ급비밀", "5년 이내", "비밀취급인가자"], ["Ⅲ급비밀", "5년 이내", "비밀취급인가자"], ["대외비", "생산 부서 지정", "업무 관련자"]]))
    return mk({"blocks": lines}, "public", "none", [], "교육 자료", "mention_only", "body", st3, ["hard_negative", "marking_mentioned_not_carried"])

def t_password_notice(R, v, fmt, scan):
    ag = pick_agency(R); d = ddate(R)
    blocks = [("org", ag["name"]), ("title", R.choice(["업무시스템 비밀번호 정기 변경 안내", "내부망 비밀번호 변경 및 보안 점검 안내"])),
              ("p", f"1. 정보보안 기본지침에 따라 {fdate(d)}부터 2주간 전 직원의 업무시스템 비밀번호를 변경합니다."),
              ("p", "2. 비밀번호는 영문·숫자·특수문자를 조합하여 9자리 이상으로 설정하고, 생년월일·전화번호 등 추측 가능한 정보를 사용하지 마십시오."),
              ("p", "3. 비밀번호를 타인과 공유하거나 모니터 등에 부착하는 행위는 보안 위반으로 처리됩니다."),
              ("p", f"4. 문의: 정보화담당관실 ({office_tel(R, ag)})")]
    gg = gform(R, "public", [])
    blocks.append(("p", gg))
    return mk({"blocks": blocks}, "public", "none", [], "공지", "mention_only", "title_line", "비밀번호", ["hard_negative"], printed_disclosure=gg)

def t_oida_training(R, v, fmt, scan):
    ag = pick_agency(R)
    q1 = R.choice(["부분공개(6)", "부분공개 (6)", "부분공개(5·6)"])
    q2 = R.choice(["비공개(제9조 제1항 제5호)", "비공개(제9조제1항제5호)", "비공개(1·4)"])
    blocks = [("org", ag["name"]), ("title", "정보공개 실무 교육 자료"),
              ("p", "Ⅰ. 공개구분 표시 방법"),
              ("p", f"○ 공문서를 생산할 때에는 결문 하단에 공개, 부분공개, 비공개 중 하나를 표시한다. 예: \"{q1}\", \"{q2}\""),
              ("p", "○ 부분공개 또는 비공개로 표시할 때에는 「공공기관의 정보공개에 관한 법률」 제9조제1항 각 호 중 해당 호의 번호를 괄호 안에 적는다."),
              ("p", "Ⅱ. 비공개 대상 정보(제9조제1항)"),
              ("table", [["호", "내용(요약)"], ["1호", "다른 법률 또는 법률이 위임한 명령에 따라 비밀이나 비공개로 규정된 정보"],
                         ["2호", "국가안전보장·국방·통일·외교관계 등에 관한 사항"], ["3호", "국민의 생명·신체 및 재산의 보호에 현저한 지장"],
                         ["4호", "진행 중인 재판, 범죄의 예방·수사 등"], ["5호", "감사·감독·검사·시험·규제·입찰계약, 의사결정 과정 또는 내부검토 과정"],
                         ["6호", "성명·주민등록번호 등 개인에 관한 사항"], ["7호", "법인 등의 경영상·영업상 비밀"], ["8호", "특정인에게 이익 또는 불이익"]]),
              ("p", "Ⅲ. 부분공개(제14조): 비공개 부분과 공개 가능한 부분을 분리할 수 있으면 비공개 부분을 제외하고 공개한다."),
              ("p", "Ⅳ. 사례: 주민등록번호가 포함된 명단은 해당 부분을 가리고 공개하며, 공무원의 성명·직위는 공개한다.")]
    return mk({"blocks": blocks}, "public", "none", [], "교육 자료", "mention_only", "body", q1, ["hard_negative", "disclosure_form_quoted"])

def t_open_decision(R, v, fmt, scan):
    ag = pick_agency(R); d = ddate(R)
    req = R.choice(SURN) + "○○"
    item = R.choice(["2025년도 업무추진비 집행 내역(부서별 총액)", "청사 리모델링 공사 계약 현황", "2025년 민원 처리 통계", "위원회 개최 현황(개최일, 안건명)"])
    blocks = [("org", ag["name"]), ("title", "정보 (부분)공개 결정 통지서"),
              ("table", [["접수번호", f"{R.randint(1, 9)}AA-{R.randint(2501, 2612)}-{R.randint(1000000, 9999999)}", "접수일", fdate(d)],
                         ["청구인", f"{req} 귀하", "청구 내용", item],
                         ["공개 여부", "공개", "공개 방법", R.choice(["전자파일", "사본·출력물", "열람"])],
                         ["공개 일시", fdate((d[0], d[1], min(28, d[2] + 7))), "수수료", "0원"]]),
              ("p", "귀하의 정보공개 청구에 대하여 「공공기관의 정보공개에 관한 법률」 제13조에 따라 위와 같이 공개 결정을 통지합니다."),
              ("p", "※ 비공개 또는 부분공개 결정에 대하여는 이의신청을 할 수 있으나, 이 건은 전부 공개 결정입니다."),
              ("center", ag["head"])]
    return mk({"blocks": blocks}, "public", "none", [], "정보공개 결정 통지서", "disclosure_field", "table_cell", "공개",
              ["hard_negative", "requester_masked"], note="청구인 성명이 마스킹(○○)되어 있어 식별 불가")

def t_stats(R, v, fmt, scan):
    ag = pick_agency(R); y = R.choice([2024, 2025])
    kind = R.choice(["개인정보 침해 신고", "정보공개 청구 처리", "비밀 관리 실태 점검", "민원 접수", "공무원 재해"])
    rows = [["구분", f"{y - 1}년", f"{y}년", "증감률"]]
    for lab in R.sample(["서울권", "가람권", "한누리권", "다온권", "기타"], 4):
        a, b = R.randint(200, 5000), R.randint(200, 5000)
        rows.append([lab, f"{a:,}", f"{b:,}", f"{(b - a) / a * 100:+.1f}%"])
    blocks = [("org", ag["name"]), ("title", f"{y}년 {kind} 현황 통계"),
              ("p", f"□ 이 통계는 {kind} 건수를 권역별로 집계한 것으로, 개인을 식별할 수 있는 정보는 포함하지 않는다."),
              ("table", rows),
              ("p", f"□ 작성 기관: {ag['name']} {R.choice(DEPTS)}, 공표일: {y + 1}. 2. {R.randint(1, 27)}."),
              ("p", "□ 이용 시 출처를 표시하여야 하며, 자료는 국가승인통계가 아님.")]
    return mk({"blocks": blocks}, "public", "none", [], "통계", "mention_only" if kind in ("개인정보 침해 신고", "비밀 관리 실태 점검") else "none",
              "body", kind if kind in ("개인정보 침해 신고", "비밀 관리 실태 점검") else "", ["aggregate_only"])

def t_notice_public(R, v, fmt, scan):
    ag = pick_agency(R); d = ddate(R); no = f"{ag['name']} 공고 제{d[0]}-{R.randint(10, 480)}호"
    kind = R.choice(["bid", "hire", "hearing"])
    if kind == "bid":
        title = f"{R.choice(['청사 보안시스템 유지관리', '민원실 환경개선 공사', '행정정보시스템 고도화'])} 용역 입찰 공고"
        body = [f"1. 입찰에 부치는 사항: 기초금액 {won(R.randint(50, 900) * 1000000)}(부가가치세 포함)",
                "2. 입찰 방식: 제한경쟁, 협상에 의한 계약",
                "3. 예정가격은 복수예비가격 15개 중 4개를 추첨하여 산술평균한 금액으로 결정한다.",
                f"4. 입찰서 제출 마감: {fdate(d)} 10:00, 개찰: 같은 날 11:00"]
    elif kind == "hire":
        title = f"{d[0]}년 제{R.randint(1, 3)}회 {ag['name']} 임기제공무원 채용시험 시행계획 공고"
        body = ["1. 선발 분야: 정보보안(임기제 6급) 1명, 개인정보보호(임기제 7급) 1명",
                "2. 응시 자격: 관련 분야 경력 2년 이상",
                "3. 제출 서류: 응시원서, 경력증명서(주민등록번호 뒷자리는 가리고 제출)",
                f"4. 합격자 발표: {fdate(d)}, 기관 홈페이지 게시(응시번호로 발표)"]
    else:
        title = f"{R.choice(['도시관리계획 변경', '공영주차장 설치', '하천 정비사업'])} 주민 공청회 개최 공고"
        body = [f"1. 일시: {fdate(d)} 14:00", f"2. 장소: {ag['name']} 별관 2층 대회의실",
                "3. 공청회 자료는 기관 홈페이지에서 열람할 수 있습니다.", "4. 의견 제출: 서면 또는 전자우편"]
    blocks = [("org", ag["name"]), ("center", no), ("title", title)] + [("p", b) for b in body] + [("blank", ""), ("right", fdate(d)), ("center", ag["head"])]
    return mk({"blocks": blocks}, "public", "none", [], "공고문", "none", "none", "", ["hard_negative"] if kind != "hearing" else [])

def t_plan(R, v, fmt, scan):
    ag = pick_agency(R); y = R.choice([2026, 2027])
    subj = R.choice(["정보보안 관리 계획", "기록물 관리 기본계획", "공공데이터 개방 추진계획", "민원서비스 개선 계획", "개인정보 보호 시행계획"])
    blocks = [("org", ag["name"]), ("title", f"{y}년 {subj}"),
              ("p", "Ⅰ. 추진 배경"), ("p", f"○ 관계 법령 개정과 {ag['name']} 업무 환경 변화에 따라 {subj}을 수립함"),
              ("p", "Ⅱ. 추진 과제"),
              ("table", [["과제", "내용", "담당", "기한"],
                         ["1", R.choice(["비밀·대외비 문서 전수 점검", "비공개 기록물 재분류", "개인정보 파일 정비"]), R.choice(DEPTS), f"{y}. 6."],
                         ["2", R.choice(["보안 교육 연 2회", "정보공개 담당자 교육", "홈페이지 개인정보 노출 점검"]), R.choice(DEPTS), f"{y}. 9."],
                         ["3", R.choice(["비밀번호 관리 강화", "원문정보 공개율 제고", "접근권한 관리"]), R.choice(DEPTS), f"{y}. 12."]]),
              ("p", f"Ⅲ. 소요 예산: {won(R.randint(20, 400) * 1000000)}(일반회계)"),
              ("p", "Ⅳ. 행정사항: 부서별 추진 실적을 분기별로 제출")]
    gg = gform(R, "public", [])
    loc = R.choice(["last_line", "first_line"])
    if loc == "last_line":
        blocks.append(("right", gg))
    else:
        blocks.insert(1, ("right", gg))
    return mk({"blocks": blocks}, "public", "none", [], "계획서", "disclosure_field", loc, gg, ["hard_negative"])

def t_declass(R, v, fmt, scan):
    ag = pick_agency(R); d = ddate(R)
    old = R.choice(["Ⅲ급비밀", "III급 비밀", "대외비", "Ⅱ급비밀"])
    blocks, info = gongmun(R, ag, "보안담당관", "비밀 재분류(해제) 결과 통보",
                           [f"「보안업무규정」에 따라 보호기간이 지난 {old} {R.randint(3, 40)}건을 재분류하였음을 알려드립니다.",
                            f"재분류 결과: {old} → 일반문서 {R.randint(2, 30)}건, 파기 {R.randint(0, 9)}건",
                            "해제된 문서는 일반문서로 관리하며, 표지의 비밀 표시는 두 줄을 그어 말소하고 해제 일자를 기재하시기 바랍니다."],
                           attach=["재분류 문서 목록(문서번호·생산연도만 기재)"], gg="공개", gloc=R.choice(["after_email", "own_line"]))
    return mk({"blocks": blocks}, "public", "none", [], "공문", "mention_only", "body", old, ["hard_negative", "declassification_notice"])

def t_cover_letter(R, v, fmt, scan):
    ag = pick_agency(R, ["국방운영부", "평화통일협력부", "통상협력부", "공공안전청"])
    m = R.choice(["3급 비밀", "Ⅲ급비밀", "II급 비밀", "대외비"])
    blocks, info = gongmun(R, ag, "보안담당관", "관련 자료 송부",
                           [f"귀 기관에서 요청한 회의 관련 자료를 송부합니다.",
                            f"붙임 자료는 {m}로 분류되어 있으므로 이 공문과 분리하여 비밀 수발 절차(인편)에 따라 별도 송부합니다.",
                            "수령 후 비밀관리기록부에 등재하여 주시기 바랍니다."],
                           attach=None, gg="공개", gloc="after_email")
    return mk({"blocks": blocks}, "public", "none", [], "공문", "mention_only", "body", m, ["hard_negative", "attachment_classified_sent_separately"],
              note="첨부는 별도 송부되어 이 문서에 포함되지 않음; 송부 공문 자체는 표시 없음")

def t_hr_public(R, v, fmt, scan):
    ag = pick_agency(R); d = ddate(R)
    rows = [["직급", "성명", "현 소속", "발령 사항"]]
    for g in R.sample(["고위공무원(가급)", "3급(부이사관)", "4급(서기관)", "고위공무원(나급)", "1급(관리관)"], 3):
        rows.append([g, pname(R), f"{ag['name']} {R.choice(DEPTS)}", f"{R.choice(DEPTS)}장 보(補)" if "4급" in g else f"{R.choice(['기획조정실장', '정책국장', '감사관'])}에 보함"])
    blocks = [("org", ag["name"]), ("title", "인 사 발 령"), ("p", f"{ag['name']} 인사발령 제{d[0]}-{R.randint(10, 300)}호"),
              ("table", rows), ("right", fdate(d)), ("center", ag["head"])]
    return mk({"blocks": blocks}, "public", "none", [], "인사", "mention_only", "table_cell", rows[1][0], ["hard_negative", "grade_not_classification", "officials_named"])

def t_exam_published(R, v, fmt, scan):
    d = ddate(R)
    q = R.choice([("「공공기관의 정보공개에 관한 법률」상 비공개 대상 정보에 해당하지 않는 것은?", ["① 진행 중인 재판에 관련된 정보", "② 공무원의 성명·직위", "③ 법인의 영업상 비밀", "④ 국방에 관한 정보"], "②"),
                  ("「개인정보 보호법」상 민감정보에 해당하는 것은?", ["① 성명", "② 주소", "③ 건강에 관한 정보", "④ 전화번호"], "③"),
                  ("「보안업무규정」상 비밀의 구분으로 옳은 것은?", ["① 1급·2급·3급·4급", "② Ⅰ급·Ⅱ급·Ⅲ급", "③ 극비·비밀·대외비", "④ 일반·특수"], "②")])
    blocks = [("org", "인재시험원"), ("title", f"{d[0]}년도 공개경쟁채용 필기시험 문제 및 최종 정답 공개"),
              ("p", f"시험일: {fdate(d)}  과목: 행정법총론  (시험 시행 후 공개)"),
              ("p", f"문 {R.randint(1, 20)}. {q[0]}")] + [("p", o) for o in q[1]] + [("p", f"정답: {q[2]}"),
              ("p", "※ 이 문제는 시험이 종료된 후 공개하는 자료로서 자유롭게 이용할 수 있습니다.")]
    return mk({"blocks": blocks}, "public", "none", [], "시험 문항", "none", "body", "시험 시행 후 공개", ["hard_negative", "exam_already_held"])

def t_meeting_public(R, v, fmt, scan):
    ag = pick_agency(R); d = ddate(R)
    offs = [(R.choice(["국장", "과장", "주무관", "사무관"]), pname(R)) for _ in range(4)]
    blocks = [("org", ag["name"]), ("title", R.choice(["주민 설명회 결과 보고", "관계기관 실무협의회 결과"])),
              ("p", f"□ 일시·장소: {fdate(d)} 15:00, {ag['name']} 3층 회의실"),
              ("p", "□ 참석: " + ", ".join(f"{n} {t}" for t, n in offs) + f", 주민 {R.randint(12, 80)}명"),
              ("p", "□ 주요 내용"), ("p", "○ 사업 추진 일정과 보상 절차를 설명하고 질의응답을 진행함"),
              ("p", "○ 주민 의견: 공사 소음 대책, 통학로 안전 확보 요청(발언자는 기록하지 않음)"),
              ("p", "□ 향후 계획: 주민 의견을 반영한 보완계획을 홈페이지에 공개")]
    return mk({"blocks": blocks}, "public", "none", [], "회의록", "none", "none", "", ["officials_named"])

def t_audit_public(R, v, fmt, scan):
    ag = pick_agency(R); tgt = pick_agency(R)
    blocks = [("org", ag["name"]), ("title", f"{tgt['name']} 정기 종합감사 결과 공개문"),
              ("p", f"1. 감사 기간: {fdate(ddate(R))} ~ (10일간), 감사 인원: {R.randint(5, 12)}명"),
              ("p", "2. 감사 결과 요약"),
              ("table", [["번호", "제목", "처분", "관련 부서"], ["1", "계약 업무 처리 부적정", "주의", R.choice(DEPTS)],
                         ["2", "비밀 관리 대장 기록 누락", "시정", "보안담당관"], ["3", "보조금 정산 지연", "통보", R.choice(DEPTS)]]),
              ("p", "3. 관련자는 직위로만 표기하며, 처분요구서 원문은 개인정보를 제외하고 별도 공개한다."),
              ("center", ag["head"])]
    return mk({"blocks": blocks}, "public", "none", [], "감사 결과", "mention_only", "table_cell", "비밀 관리 대장 기록 누락", ["hard_negative"])

def t_edu_privacy(R, v, fmt, scan):
    ag = pick_agency(R)
    blocks = [("org", ag["name"]), ("title", "개인정보 보호 교육 — 고유식별정보와 민감정보"),
              ("p", "1. 고유식별정보(「개인정보 보호법」 제24조): 주민등록번호, 여권번호, 운전면허번호, 외국인등록번호"),
              ("p", "2. 민감정보(같은 법 제23조): 사상·신념, 노동조합 가입·탈퇴, 건강, 성생활, 유전정보, 범죄경력 등"),
              ("p", "3. 서식 예시: 성명 홍길동 / 주민등록번호 000000-0000000 / 주소 ○○시 ○○구"),
              ("p", "4. 공문서에 개인정보를 적을 때에는 필요한 최소한으로 하고, 공개할 때에는 해당 부분을 가린다."),
              ("p", f"5. 문의: {ag['name']} 정보화담당관 ({office_tel(R, ag)})")]
    return mk({"blocks": blocks}, "public", "none", [], "교육 자료", "mention_only", "body", "000000-0000000", ["hard_negative", "placeholder_pii"])

# ================================================================================================
# PARTIAL templates

def roster(R, n, cols, masked_rrn=None):
    rows = [cols]
    for _ in range(n):
        r = []
        for c in cols:
            if c == "성명": r.append(pname(R))
            elif c == "주민등록번호": r.append(rrn(R, masked=masked_rrn))
            elif c == "생년월일": r.append(f"{R.randint(1960, 2002)}. {R.randint(1, 12)}. {R.randint(1, 28)}.")
            elif c == "연락처": r.append(mobile(R))
            elif c == "주소": r.append(home_addr(R))
            elif c == "계좌": b, a = account(R); r.append(f"{b} {a}")
            elif c == "연번": r.append(str(len(rows)))
            elif c == "지원금액": r.append(won(R.randint(3, 60) * 100000))
            elif c == "소속": r.append(R.choice(COMPANIES + ["개인"]))
            else: r.append("")
        rows.append(r)
    return rows

def t_gongmun_partial_field(R, v, fmt, scan):
    ag = pick_agency(R); dept = R.choice(DEPTS)
    kind = R.choice(["names", "names", "review", "biz", "names_review"])
    if kind == "names":
        nums, title = [6], R.choice(["2026년 자원봉사자 활동 실적 보고", "생활지원사 위촉 결과 보고", "명예감시원 위촉 알림"])
        body = ["관련 계획에 따라 위촉(선정)한 결과를 다음과 같이 보고합니다.", f"선정 인원: {R.randint(3, 6)}명, 활동 기간: 1년",
                "활동비는 월 1회 지급하며, 명단은 붙임과 같습니다."]
        att = roster(R, R.randint(3, 5), ["연번", "성명", "생년월일", "연락처", "주소"])
        reasons = [oida(6)]
    elif kind == "review":
        nums, title = [5], R.choice(["조직 개편안 검토 의견 회신", "청사 이전 후보지 검토 결과 보고"])
        body = ["요청하신 사항에 대한 검토 결과를 회신합니다.", "본문의 추진 일정은 확정된 사항이며, 붙임의 부서별 검토 의견은 의사결정 과정에 있는 사항입니다.",
                "최종안은 차관회의 상정 후 별도 통보할 예정입니다."]
        att = [["부서", "검토 의견"], [R.choice(DEPTS), "인력 재배치 시 2개 팀 통합 검토 필요(미확정)"], [R.choice(DEPTS), "예산 부담으로 2027년 이후 시행 의견"]]
        reasons = [oida(5)]
    elif kind == "biz":
        nums, title = [7], R.choice(["기술제안서 평가 결과 알림", "민간투자사업 협상 결과 보고"])
        co = R.choice(COMPANIES)
        body = [f"제안서 평가 결과 {co}가 우선협상대상자로 선정되었습니다.", "평가 점수 총괄표는 공개하며, 업체의 원가 산출 내역과 기술 노하우는 영업상 비밀에 해당합니다.",
                "세부 협상 일정은 추후 안내합니다."]
        att = [["항목", "금액(원)", "비고"], ["직접인건비", f"{R.randint(100, 900) * 1000000:,}", "노임단가 산출 근거 포함"], ["기술료", f"{R.randint(10, 90) * 1000000:,}", "업체 고유 산정식"]]
        reasons = [oida(7)]
    else:
        nums, title = [5, 6], "민원 조사 결과 및 처리 방향 보고"
        body = ["접수된 민원에 대한 현장 조사 결과를 보고합니다.", "처리 방향은 검토 중이며, 민원인 인적사항은 붙임 명단과 같습니다.", "최종 처리 결과는 민원인에게 통지할 예정입니다."]
        att = roster(R, R.randint(2, 4), ["연번", "성명", "연락처", "주소"])
        reasons = [oida(5), oida(6)]
    gg = gform(R, "partial", nums)
    if scan and R.random() < 0.7:
        gg = break_gg(R, gg)
    gloc = ["after_email", "sihaeng_line", "own_line", "table_cell", "title_line", "below_org", "after_email"][v % 7]
    blocks, info = gongmun(R, ag, dept, title, body, attach=["세부 내역"], gg=gg, gloc=gloc, table_kyeol=(gloc == "table_cell"))
    blocks += [("blank", ""), ("center", "[붙임] 세부 내역"), ("table", att)]
    return mk({"blocks": blocks}, "partial", "none", reasons, "공문", "disclosure_field", gloc, gg, [f"attachment_{kind}"])

def t_attach_statement(R, v, fmt, scan):
    ag = pick_agency(R); dept = R.choice(DEPTS)
    kind = R.choice(["att2", "pii_excluded", "att_biz", "appendix_personal"])
    if kind == "att2":
        stmt = R.choice(["붙임 2는 비공개", "※ 붙임 2는 개인정보가 포함되어 비공개", "붙임 2(대상자 명단)는 비공개합니다."])
        body = ["2026년 긴급복지 지원 대상자 선정 결과를 붙임과 같이 보고합니다.", stmt, "지원금은 대상자 명의 계좌로 지급할 예정입니다."]
        att = roster(R, R.randint(3, 5), ["연번", "성명", "생년월일", "계좌", "지원금액"])
        reasons = [oida(6)]; atts = ["선정 결과 총괄표", "대상자 명단"]
    elif kind == "pii_excluded":
        stmt = R.choice(["개인정보 부분 제외 공개", "(개인정보 부분 제외 공개)", "공개(단, 개인정보 부분은 제외)"])
        body = ["공익신고 처리 결과를 다음과 같이 알려드립니다.", "신고 내용은 사실로 확인되어 관계 부서에 시정을 요구하였습니다.", f"이 문서는 {stmt}합니다." if not stmt.startswith("(") and not stmt.startswith("공개") else stmt]
        att = roster(R, 2, ["성명", "연락처", "주소"])
        reasons = [oida(6)]; atts = ["신고자 및 참고인 인적사항"]
    elif kind == "att_biz":
        stmt = R.choice(["붙임 3(원가계산서)은 업체의 영업상 비밀이므로 비공개", "붙임 3은 비공개(7)"])
        body = ["물품 구매 계약 체결 결과를 보고합니다.", f"계약 상대자: {R.choice(COMPANIES)}, 계약 금액: {won(R.randint(30, 700) * 1000000)}", stmt]
        att = [["비목", "단가", "산출 근거"], ["원재료비", f"{R.randint(1000, 90000):,}", "업체 내부 구매단가"], ["가공비", f"{R.randint(1000, 90000):,}", "공정별 원가율 18.4%"]]
        reasons = [oida(7)]; atts = ["계약서 사본", "과업지시서", "원가계산서"]
    else:
        stmt = R.choice(["별첨 참석자 명단(연락처 포함)은 공개 대상에서 제외", "참석자 개인 연락처는 비공개 처리 후 공개"])
        body = ["시민참여단 1차 회의 결과를 보고합니다.", "회의 결과 요약은 홈페이지에 게시합니다.", stmt]
        att = roster(R, R.randint(4, 6), ["연번", "성명", "연락처", "소속"])
        reasons = [oida(6)]; atts = ["회의 결과 요약", "참석자 명단"]
    blocks, info = gongmun(R, ag, dept, R.choice(["결과 보고", "처리 결과 알림", "추진 결과 보고"]), body, attach=atts,
                           gg=None, gloc="none")
    blocks += [("blank", ""), ("center", f"[붙임 {len(atts)}] {atts[-1]}"), ("table", att)]
    return mk({"blocks": blocks}, "partial", "none", reasons, "공문", "part_statement", "body", stmt, [f"statement_{kind}", "no_disclosure_field"])

def t_minwon_reply(R, v, fmt, scan):
    ag = pick_agency(R, ["해솔시", "남빛군", "가람도", "국토정비공단", "한누리도교육청"]); d = ddate(R)
    nm = pname(R); ad = home_addr(R); ph = mobile(R)
    subj = R.choice(["불법 주정차 단속 요청", "도로 파손 보수 요청", "공동주택 층간소음 중재 요청", "학교 앞 통학로 안전시설 설치 요청"])
    blocks = [("org", ag["name"]), ("p", f"수신  {nm} 귀하 ({ad})"), ("p", f"제목  민원 처리 결과 회신({subj})"), ("blank", ""),
              ("p", f"1. 평소 시정에 관심을 가져 주신 데 감사드립니다."),
              ("p", f"2. 귀하께서 {fdate(d)} 국민신문고를 통해 신청하신 민원(신청번호 {R.randint(1, 9)}AA-{R.randint(2501, 2612)}-{R.randint(1000000, 9999999)})에 대한 처리 결과를 알려드립니다."),
              ("p", f"3. 현장 확인 결과 {R.choice(['해당 구간에 CCTV를 추가 설치하기로 하였습니다.', '파손 부위를 긴급 보수하였습니다.', '관리사무소에 중재를 요청하였습니다.', '과속방지턱 설치를 검토하고 있습니다.'])}"),
              ("p", f"4. 추가 문의는 담당자(주무관 {pname(R)}, {office_tel(R, ag)})에게 연락하여 주시기 바랍니다. (민원인 연락처: {ph})  끝."),
              ("center", ag["head"])]
    return mk({"blocks": blocks}, "partial", "none", [oida(6)], "민원 회신", "content_only", "body", f"{nm} 귀하 ({ad})", ["no_printed_cue"])

def t_contract(R, v, fmt, scan):
    ag = pick_agency(R); d = ddate(R)
    kind = R.choice(["individual_rrn", "individual_acct", "corp_cost"])
    co = R.choice(COMPANIES); amt = R.randint(5, 300) * 1000000
    if kind == "individual_rrn":
        nm = pname(R); r = rrn(R)
        parties = [["구분", "상호/성명", "주민(사업자)등록번호", "주소"], ["갑", ag["name"], "-", ag["addr"]], ["을", f"{nm}(개인)", r, home_addr(R)]]
        reasons = [oida(6), "PIPA-24"]; cue = r
    elif kind == "individual_acct":
        nm = pname(R); b, a = account(R)
        parties = [["구분", "상호/성명", "대금 지급 계좌", "연락처"], ["갑", ag["name"], "-", office_tel(R, ag)], ["을", f"{nm}(강사)", f"{b} {a} (예금주 {nm})", mobile(R)]]
        reasons = [oida(6)]; cue = a
    else:
        parties = [["구분", "상호", "대표자", "산출내역"], ["갑", ag["name"], ag["head"], "-"], ["을", co, pname(R), f"노무비 {R.randint(20, 60)}%, 이윤율 {R.randint(5, 15)}%(업체 산정 기준, 영업상 비밀)"]]
        reasons = [oida(7)]; cue = parties[2][3]
    blocks = [("title", R.choice(["용역 계약서", "물품 구매 계약서", "강의 위탁 계약서"])),
              ("p", f"계약명: {R.choice(['청사 방역 용역', '전산장비 구매', '직무교육 강의', '홍보영상 제작'])}"),
              ("p", f"계약금액: 금 {won(amt)} (부가가치세 포함)"), ("p", f"계약기간: {fdate(d)}부터 12개월"),
              ("table", parties),
              ("p", "제1조(목적) 이 계약은 갑이 발주한 업무를 을이 성실히 수행하는 데 필요한 사항을 정한다."),
              ("p", "제2조(비밀유지) 을은 업무 수행 중 알게 된 갑의 비밀을 누설하여서는 아니 된다."),
              ("p", "제3조(대금 지급) 갑은 검사 완료 후 14일 이내에 대금을 지급한다."),
              ("right", fdate(d))]
    return mk({"blocks": blocks}, "partial", "none", reasons, "계약", "content_only", "table_cell", cue, [f"contract_{kind}", "no_printed_cue"])

def t_meeting_partial(R, v, fmt, scan):
    ag = pick_agency(R); d = ddate(R)
    members = [pname(R) for _ in range(5)]
    stated = R.random() < 0.5
    blocks = [("org", ag["name"]), ("title", R.choice(["도시계획위원회 회의록", "보조금심의위원회 회의록", "지방세 심의위원회 회의록"])),
              ("p", f"일시: {fdate(d)} 14:00 / 장소: 본관 4층 소회의실"),
              ("p", "참석 위원: " + ", ".join(f"{m}({R.choice(['대학교수', '변호사', '세무사', '주민대표', '건축사'])})" for m in members)),
              ("p", f"위원장 {members[0]}: 제1호 안건을 상정합니다."),
              ("p", f"{members[1]} 위원: 사업 부지의 경관 영향이 우려되므로 높이 제한을 검토해야 합니다."),
              ("p", f"{members[2]} 위원: 원안에 찬성하되 교통영향 보완을 조건으로 하는 것이 좋겠습니다."),
              ("p", "의결: 조건부 가결")]
    if stated:
        cue = R.choice(["※ 발언자의 인적사항은 제9조제1항제5호에 따라 비공개하고, 발언 내용은 공개함", "발언자 성명 비공개(5), 회의 내용 공개"])
        blocks.append(("p", cue))
        return mk({"blocks": blocks}, "partial", "none", [oida(5)], "회의록", "part_statement", "last_line", cue, ["speaker_names"])
    return mk({"blocks": blocks}, "partial", "none", [oida(5), oida(6)], "회의록", "content_only", "body", f"{members[1]} 위원", ["speaker_names", "no_printed_cue"],
              note="위원 실명+발언: 공정한 심의 보장(5호)과 개인 식별(6호)")

def t_audit_partial(R, v, fmt, scan):
    ag = pick_agency(R); tgt = pick_agency(R)
    p1, p2 = pname(R), pname(R)
    cue = f"{R.choice(['행정주사', '시설사무관', '행정사무관'])} {p1}"
    blocks = [("org", ag["name"]), ("title", "감사 결과 처분 요구서"),
              ("p", f"1. 감사 대상: {tgt['name']}"), ("p", "2. 제목: 공사 계약 변경 업무 부당 처리"),
              ("p", "3. 내용: 설계 변경 사유가 없는데도 계약 금액을 증액하여 예산을 낭비함"),
              ("table", [["관련자", "직위", "처분 요구"], [p1, cue.split(' ')[0], R.choice(["경징계", "중징계"])], [p2, "시설주사", "훈계"]]),
              ("p", "4. 조치할 사항: 관련자를 징계하고 과다 지급된 금액을 회수할 것"),
              ("center", ag["head"])]
    return mk({"blocks": blocks}, "partial", "none", [oida(6)], "감사 결과", "content_only", "table_cell", p1, ["named_officials_disciplined", "no_printed_cue"],
              note="감사 결과는 공개, 징계 대상자 성명은 공무 수행 외 사생활 영역(6호)")

def t_decision_notice_partial(R, v, fmt, scan):
    ag = pick_agency(R); d = ddate(R); nm = pname(R); ad = home_addr(R)
    dec = R.choice(["부분공개", "비공개"])
    blocks = [("org", ag["name"]), ("title", "정보 (부분)공개 결정 통지서"),
              ("table", [["청구인", f"{nm}", "주소", ad], ["청구 내용", "2025년 위원회 회의록 및 참석 수당 지급 내역", "결정", dec],
                         ["비공개 사유", "제9조제1항제5호(회의 발언자), 제6호(지급 계좌)", "공개 방법", "전자파일"]]),
              ("p", f"귀하({nm}, 연락처 {mobile(R)})의 청구에 대하여 위와 같이 결정하였음을 통지합니다."),
              ("p", "이 결정에 불복하는 경우 통지를 받은 날부터 30일 이내에 이의신청을 할 수 있습니다."),
              ("center", ag["head"])]
    return mk({"blocks": blocks}, "partial", "none", [oida(6)], "정보공개 결정 통지서", "content_only", "table_cell", nm,
              ["decision_text_is_not_label", "requester_identified"], note=f"통지서 속 '{dec}'은 청구 대상 정보에 대한 결정; 이 문서 자체는 청구인 인적사항만 가리면 공개 가능")

def t_subsidy(R, v, fmt, scan):
    ag = pick_agency(R, ["해솔시", "남빛군", "가람도"])
    masked = R.random() < 0.4
    rows = roster(R, R.randint(3, 6), ["연번", "성명", "주민등록번호", "주소", "지원금액"], masked_rrn=masked)
    blocks = [("org", ag["name"]), ("title", R.choice(["2026년 농어민 재해 복구비 지급 결과", "저소득층 에너지바우처 지급 결과 보고"])),
              ("p", f"1. 지급 총액: {won(R.randint(5, 90) * 1000000)}, 대상 {len(rows) - 1}가구"),
              ("p", "2. 지급 일자 및 방법: 대상자 명의 계좌 입금"),
              ("p", "3. 지급 대상자 명단"), ("table", rows)]
    reasons = [oida(6)] if masked else [oida(6), "PIPA-24"]
    return mk({"blocks": blocks}, "partial", "none", reasons, "예산", "content_only", "table_cell", rows[1][2],
              ["rrn_masked" if masked else "rrn_full", "no_printed_cue"])

def t_stated_conflict(R, v, fmt, scan):
    ag = pick_agency(R); dept = R.choice(DEPTS)
    rows = roster(R, R.randint(3, 5), ["연번", "성명", "주민등록번호", "계좌"])
    gg = R.choice(["공개", "공개구분: 공개"])
    gloc = R.choice(["after_email", "own_line"])
    blocks, info = gongmun(R, ag, dept, "자문위원 수당 지급 명단 송부", ["자문회의 참석 수당을 다음 명단에 따라 지급하여 주시기 바랍니다.", "소득세 원천징수를 위해 주민등록번호를 기재하였습니다."],
                           attach=["지급 명단"], gg=gg, gloc=gloc)
    blocks += [("table", rows)]
    return mk({"blocks": blocks}, "partial", "none", [oida(6), "PIPA-24"], "공문", "stated_conflict", gloc, gg,
              ["t_mislabeled", "stated_public_but_full_rrn"], note="표시된 공개구분(공개)과 내용이 불일치: 내용 기준 부분공개")

def t_exam_result(R, v, fmt, scan):
    d = ddate(R)
    rows = [["응시번호", "성명", "생년월일", "점수"]]
    for _ in range(R.randint(4, 7)):
        rows.append([f"{R.randint(10, 99)}{R.randint(100000, 999999)}", pname(R), f"{R.randint(1985, 2004)}. {R.randint(1, 12)}. {R.randint(1, 28)}.", f"{R.uniform(60, 98):.2f}"])
    blocks = [("org", "인재시험원"), ("title", f"{d[0]}년도 {R.choice(['지역인재', '경력경쟁'])} 채용시험 최종 합격자 결과 보고(내부)"),
              ("p", f"1. 시험 일정: 필기 {fdate(d)}, 면접 종료"), ("p", f"2. 합격자: {len(rows) - 1}명"), ("table", rows),
              ("p", "3. 합격자 공고는 응시번호만 게시함")]
    return mk({"blocks": blocks}, "partial", "none", [oida(6)], "시험", "content_only", "table_cell", rows[1][1], ["names_with_dob", "no_printed_cue"])

def t_budget_partial(R, v, fmt, scan):
    ag = pick_agency(R)
    rows = [["일자", "적요", "금액", "지급처"]]
    for _ in range(R.randint(3, 6)):
        nm = pname(R); b, a = account(R)
        rows.append([fdate(ddate(R, 2026), 1), R.choice(["외부강사 강의료", "자문 수당", "원고료", "출장 여비"]), won(R.randint(10, 80) * 10000), f"{nm} ({b} {a})"])
    blocks = [("org", ag["name"]), ("title", "2026년 1분기 업무추진비·강사료 집행 내역"),
              ("p", "□ 부서별 집행 총액과 세부 내역은 다음과 같다."), ("table", rows),
              ("p", f"□ 집행 총액: {won(R.randint(1, 9) * 1000000)}")]
    return mk({"blocks": blocks}, "partial", "none", [oida(6)], "예산", "content_only", "table_cell", rows[1][3], ["private_accounts", "no_printed_cue"])

def t_lawsuit(R, v, fmt, scan):
    ag = pick_agency(R); nm = pname(R); ad = home_addr(R)
    case = f"{R.choice([2024, 2025])}구합{R.randint(10000, 99999)}"
    blocks = [("org", ag["name"]), ("title", "행정소송 판결 결과 보고"),
              ("table", [["사건번호", case, "법원", "다온지방법원"], ["원고", nm, "주소", ad], ["피고", ag["head"], "결과", R.choice(["원고 청구 기각", "원고 일부 승소"])]]),
              ("p", "1. 사건 개요: 원고는 건축허가 취소 처분의 취소를 구하였음"),
              ("p", "2. 판결 요지: 처분에 재량권 일탈·남용이 없다고 판단함"),
              ("p", "3. 향후 조치: 판결 확정 시 관련 부서에 통보")]
    return mk({"blocks": blocks}, "partial", "none", [oida(6)], "수사·재판", "content_only", "table_cell", nm, ["concluded_case", "no_printed_cue"],
              note="종결된 사건(판결 선고): 4호 해당 없음, 원고 인적사항만 6호")

def t_hr_partial(R, v, fmt, scan):
    ag = pick_agency(R); d = ddate(R)
    rows = [["성명", "직급", "발령 사항"]]
    for _ in range(3):
        rows.append([pname(R), R.choice(["행정주사", "행정주사보", "시설주사"]), f"{R.choice(DEPTS)} 근무를 명함"])
    sick = [pname(R), "행정서기", f"질병휴직을 명함(휴직 사유: {R.choice(DISEASES)} 치료, 기간 6개월)"]
    rows.append(sick)
    blocks = [("org", ag["name"]), ("title", "인 사 발 령"), ("p", f"발령일: {fdate(d)}"), ("table", rows), ("center", ag["head"])]
    return mk({"blocks": blocks}, "partial", "none", [oida(6), "PIPA-23"], "인사", "content_only", "table_cell", sick[2], ["health_data_in_row", "no_printed_cue"])

# ================================================================================================
# NON_PUBLIC templates

MARK_COUNTER = {}

def _marked(R, fmt, scan, marking, blocks, date, v=None, off=0):
    """stamp location rotates over all marked documents of one format (deterministic: PLAN order is fixed)."""
    doc = {"blocks": blocks}
    locs = MARK_LOCS[fmt]
    i = MARK_COUNTER.get(fmt, 0); MARK_COUNTER[fmt] = i + 1
    loc = locs[i % len(locs)]
    brk = scan and R.random() < 0.85
    s, extra = place_marking(R, doc, marking, loc, date, ocr_break=brk)
    return doc, loc, s, extra, brk

def t_daeoebi_review(R, v, fmt, scan):
    ag = pick_agency(R); d = ddate(R)
    dev = R.random() < 0.35
    if dev:
        title = "공공주택지구 후보지 검토 보고"
        body = [f"□ 검토 후보지: {R.choice(['해솔시 동편', '남빛군 북부', '달빛시 서남부'])} 일원 {R.randint(50, 300)}만㎡ (미확정)",
                "□ 후보지 발표 전 외부 유출 시 토지 투기 및 보상비 상승 우려",
                "□ 관계기관 협의 후 최종 후보지를 확정할 예정"]
        reasons = [oida(5), oida(8)]
    else:
        title = R.choice(["공무원 보수 체계 개편(안) 내부 검토", "산하기관 통폐합 방안 검토", "규제 완화 과제 우선순위 검토(내부)"])
        body = ["□ 검토 배경: 관계부처 협의를 앞두고 내부 입장을 정리하기 위함",
                f"□ 대안 비교: 1안(단계적 시행), 2안(일괄 시행) — 재정 소요 {R.randint(100, 3000)}억 원 차이",
                "□ 검토 의견: 1안을 기본으로 하되 협의 결과에 따라 조정 (확정되지 않은 사항)"]
        reasons = [oida(5)]
    blocks = [("org", ag["name"]), ("title", title), ("right", f"{fdate(d)}  {R.choice(DEPTS)}")] + [("p", b) for b in body]
    doc, loc, s, extra, brk = _marked(R, fmt, scan, "대외비", blocks, d, v, len(ag["name"]))
    return mk(doc, "non_public", "대외비", reasons, "내부 검토 보고서", "marking_stamp", loc, s, ["ocr_broken_cue"] if brk else [])

def t_daeoebi_negotiation(R, v, fmt, scan):
    ag = pick_agency(R, ["통상협력부", "평화통일협력부"]); d = ddate(R)
    ctry = R.choice(["A국", "B국", "C연합", "D국"])
    blocks = [("org", ag["name"]), ("title", f"{ctry}과의 {R.choice(['자유무역협정 개정', '어업협정', '투자보장협정'])} 제{R.randint(2, 9)}차 협상 대응 방향"),
              ("p", f"□ 우리 측 최종 양보선: 관세 철폐 기간 {R.randint(7, 15)}년까지 수용 가능(대외 공개 불가)"),
              ("p", f"□ 상대국 예상 요구: {R.choice(['농산물 시장 추가 개방', '어획 쿼터 확대', '투자자-국가 분쟁해결 조항'])}"),
              ("p", "□ 협상 전략: 초기에는 원칙적 입장을 유지하고 3라운드 이후 조건부 양보 검토")]
    doc, loc, s, extra, brk = _marked(R, fmt, scan, "대외비", blocks, d, v, len(ag["name"]))
    return mk(doc, "non_public", "대외비", [oida(2)], "외교·통상", "marking_stamp", loc, s, ["negotiation_position"] + (["ocr_broken_cue"] if brk else []))

def t_daeoebi_security(R, v, fmt, scan):
    ag = pick_agency(R); d = ddate(R)
    blocks = [("org", ag["name"]), ("title", "청사 방호 및 출입통제 계획"),
              ("p", f"□ 보안구역: 전산실(지하 {R.randint(1, 3)}층), 비밀문서 보관실(본관 {R.randint(2, 7)}층 {R.randint(201, 799)}호)"),
              ("table", [["초소", "위치", "근무 인원", "교대 시간"], ["1초소", "정문", "2명", "06/14/22시"], ["2초소", "후문(차량)", "1명", "08/20시"], ["CCTV 사각지대", "별관 북측 비상계단", "-", "-"]]),
              ("p", "□ 비상시 차단 절차: 방재실 주 통제반에서 일괄 차단")]
    doc, loc, s, extra, brk = _marked(R, fmt, scan, "대외비", blocks, d, v, len(ag["name"]))
    return mk(doc, "non_public", "대외비", [oida(3)], "보안", "marking_stamp", loc, s, ["facility_layout"] + (["ocr_broken_cue"] if brk else []))

def t_daeoebi_investigation(R, v, fmt, scan):
    ag = pick_agency(R, ["다온경찰청", "공공안전청"]); d = ddate(R); sus = pname(R)
    blocks = [("org", ag["name"]), ("title", "보조금 편취 사건 수사 진행 상황 보고"),
              ("p", f"□ 피의자: {sus}({R.randint(35, 64)}세, {R.choice(COMPANIES)} 대표)"),
              ("p", f"□ 혐의: 허위 서류로 보조금 {R.randint(2, 30)}억 원 편취 혐의"),
              ("p", f"□ 진행 상황: 계좌 추적 중, {fdate(d)} 압수수색 예정"),
              ("p", "□ 향후 계획: 공범 소환 조사 후 구속영장 신청 검토")]
    doc, loc, s, extra, brk = _marked(R, fmt, scan, "대외비", blocks, d, v, len(ag["name"]))
    return mk(doc, "non_public", "대외비", [oida(4), oida(6)], "수사·재판", "marking_stamp", loc, s, ["ongoing_investigation"] + (["ocr_broken_cue"] if brk else []))

def _secret(R, v, fmt, scan, marking):
    ag = pick_agency(R, ["국방운영부", "평화통일협력부", "공공안전청", "통상협력부"]); d = ddate(R)
    topics = [("dfn", "연합 방어훈련 기동 계획", [f"□ 훈련 기간: {fdate(d)}부터 5일간", f"□ 투입 전력: 기동부대 {R.randint(2, 6)}개 대대, 예비 전력 위치 좌표 별지", "□ 통신 운용: 주파수 및 호출부호는 별지 2"], [2]),
              ("uni", "남북 실무회담 대표단 협상 전략", ["□ 의제별 대응: 제1의제 수용, 제2의제 조건부 수용", f"□ 최종 양보선: 지원 규모 {R.randint(100, 900)}억 원 이내", "□ 결렬 시 대응 시나리오 3종"], [2]),
              ("ter", "국가중요시설 대테러 경비 배치 계획", ["□ 대상 시설: 다온 발전소 등 4개소", "□ 경비 인력 배치도와 취약 지점은 별지", "□ 비상 연락망 및 대응 부대 출동 경로"], [3]),
              ("dip", f"{R.choice(['A국', 'B국'])} 정상회담 대비 전략 보고", ["□ 상대국 내부 동향 첩보 요약", "□ 우리 측 핵심 요구와 후퇴 가능선", "□ 공동성명 문안 협의 전략"], [2])]
    key, title, body, cr = R.choice(topics)
    blocks = [("org", ag["name"]), ("title", title), ("right", fdate(d))] + [("p", b) for b in body]
    doc, loc, s, extra, brk = _marked(R, fmt, scan, marking, blocks, d, v, len(marking))
    return mk(doc, "non_public", marking, [oida(1)] + [oida(n) for n in cr], "외교·국방·통일", "marking_stamp", loc, s,
              [f"secret_{key}"] + (["ocr_broken_cue"] if brk else []), yegomun=extra[0] if extra else "", copy_no=extra[1] if len(extra) > 1 else "")

def t_secret3(R, v, fmt, scan): return _secret(R, v, fmt, scan, "III급")
def t_secret2(R, v, fmt, scan): return _secret(R, v, fmt, scan, "II급")
def t_secret1(R, v, fmt, scan): return _secret(R, v, fmt, scan, "I급")

def t_health_roster(R, v, fmt, scan):
    ag = pick_agency(R)
    rows = [["연번", "성명", "주민등록번호", "검진 결과", "소견"]]
    for i in range(R.randint(4, 7)):
        rows.append([str(i + 1), pname(R), rrn(R), R.choice(["유소견", "요관찰", "정상"]), R.choice(DISEASES)])
    blocks = [("title", R.choice(["2026년 직원 특수건강진단 결과 명단", "소방대원 정밀건강검진 결과"])), ("p", f"작성: {ag['name']} 운영지원과"), ("table", rows)]
    return mk({"blocks": blocks}, "non_public", "none", [oida(6), "PIPA-23", "PIPA-24"], "인사", "content_only", "table_cell", rows[1][2],
              ["roster_only_personal", "no_printed_cue"])

def t_personnel_eval(R, v, fmt, scan):
    ag = pick_agency(R); y = R.choice([2025, 2026])
    rows = [["성명", "직급", "근무실적", "직무수행능력", "총점", "등급"]]
    for _ in range(R.randint(4, 6)):
        a, b = R.uniform(30, 70), R.uniform(15, 30)
        rows.append([pname(R), R.choice(["행정주사", "행정사무관", "시설주사"]), f"{a:.1f}", f"{b:.1f}", f"{a + b:.1f}", R.choice(["수", "우", "양", "가"])])
    blocks = [("org", ag["name"]), ("title", f"{y}년 하반기 근무성적평정 결과(평정자 의견 포함)"), ("table", rows),
              ("p", f"평정자 의견: {rows[1][0]} — 업무 추진력은 우수하나 대인관계 개선 필요")]
    return mk({"blocks": blocks}, "non_public", "none", [oida(5), oida(6)], "인사", "content_only", "table_cell", rows[1][0], ["personnel_evaluation", "no_printed_cue"])

def t_investigation_content(R, v, fmt, scan):
    ag = pick_agency(R, ["다온경찰청", "공공안전청", "가람도"]); d = ddate(R); sus = pname(R)
    blocks = [("org", ag["name"]), ("title", R.choice(["내사 진행 상황 보고", "고발 사건 수사 협조 상황"])),
              ("p", f"1. 대상자: {sus}(남, {R.randint(30, 66)}세, 주소 {home_addr(R)})"),
              ("p", "2. 혐의 요지: 입찰 담합 및 뇌물 공여 의혹"),
              ("p", f"3. 진행 사항: {fdate(d)} 참고인 {R.randint(2, 5)}명 조사 완료, 통신자료 분석 중"),
              ("p", "4. 향후 계획: 관련 업체 압수수색 후 대상자 소환 예정")]
    return mk({"blocks": blocks}, "non_public", "none", [oida(4), oida(6)], "수사·재판", "content_only", "body", f"대상자: {sus}", ["ongoing_investigation", "no_printed_cue"])

def t_negotiation_content(R, v, fmt, scan):
    ag = pick_agency(R); d = ddate(R)
    kind = R.choice(["labor", "land", "foreign"])
    if kind == "labor":
        title, body, rs = "2026년 임금협약 교섭 대응 방안", [f"□ 노조 요구: 기본급 {R.randint(5, 9)}% 인상", f"□ 사측 내부 수용 한도: {R.uniform(2, 4):.1f}%까지(교섭 종료 전 대외 비공개)", "□ 교섭 결렬 시 조정 신청 시점 검토"], [oida(5)]
    elif kind == "land":
        title, body, rs = "도로 편입 토지 보상 협의 전략", ["□ 감정평가액 대비 협의 상한: 112%", f"□ 미협의 토지 {R.randint(3, 20)}필지 수용재결 신청 예정", "□ 협의 단계별 제시 금액 시나리오"], [oida(5), oida(8)]
    else:
        title, body, rs = f"{R.choice(['A국', 'B국'])} 공동 자원개발 협상 입장", ["□ 지분 비율: 최소 40% 확보 목표, 35%까지 후퇴 가능", "□ 상대국 국영기업 재무 상태 평가", "□ 협상 결렬 시 대체 사업 검토"], [oida(2)]
    blocks = [("org", ag["name"]), ("title", title), ("right", fdate(d))] + [("p", b) for b in body]
    return mk({"blocks": blocks}, "non_public", "none", rs, "협상", "content_only", "body", body[1][2:], [f"negotiation_{kind}", "no_printed_cue"])

def t_estimate_price(R, v, fmt, scan):
    ag = pick_agency(R); d = ddate(R)
    base = R.randint(100, 900) * 1000000
    ep = int(base * R.uniform(0.98, 1.02)) // 1000 * 1000
    blocks = [("org", ag["name"]), ("title", "예정가격 결정 조서"),
              ("p", f"건명: {R.choice(['청사 보안시스템 유지관리 용역', '행정정보시스템 고도화 사업', '민원실 환경개선 공사'])}"),
              ("p", f"개찰 예정일: {fdate(d)} 11:00 (개찰 전)"),
              ("table", [["기초금액", "추첨 예비가격(4개) 평균", "예정가격"], [won(base), won(ep), won(ep)]]),
              ("p", f"결정자: 계약관리팀장 {pname(R)} (서명)")]
    return mk({"blocks": blocks}, "non_public", "none", [oida(5)], "계약·입찰", "content_only", "table_cell", won(ep),
              ["estimate_price_before_opening", "no_printed_cue"], alt_reasons=["OIDA-9-1-1"],
              note="국가계약법 시행령상 예정가격 누설 금지 → 1호로 볼 여지도 있음(alt_reasons); 라벨은 5호(입찰계약 공정)")

def t_exam_question(R, v, fmt, scan):
    d = ddate(R, 2026)
    q = R.choice([("행정절차법상 처분의 사전통지를 생략할 수 있는 경우가 아닌 것은?", ["① 공공의 안전을 위하여 긴급히 처분할 필요가 있는 경우", "② 당사자가 의견진술 기회를 포기한 경우", "③ 처분의 성질상 의견청취가 현저히 곤란한 경우", "④ 처분 상대방이 다수인 경우"], "④"),
                  ("다음 중 지방자치단체의 자치사무에 해당하는 것은?", ["① 병역 사무", "② 주민등록 사무", "③ 지역 축제 개최", "④ 국세 징수"], "③")])
    blocks = [("org", "인재시험원"), ("title", f"{d[0]}년도 제{R.randint(1, 3)}회 채용시험 {R.choice(['A', 'B'])}책형 문제 원안(출제본)"),
              ("p", f"시험 예정일: {fdate(d)}  출제위원 검토 완료"), ("p", f"문 {R.randint(1, 25)}. {q[0]}")] + [("p", o) for o in q[1]] + [("p", f"정답: {q[2]}  배점: 5")]
    return mk({"blocks": blocks}, "non_public", "none", [oida(5)], "시험 문항", "content_only", "body", f"정답: {q[2]}", ["exam_not_yet_held", "no_printed_cue"])

def t_layout_content(R, v, fmt, scan):
    ag = pick_agency(R)
    blocks = [("org", ag["name"]), ("title", R.choice(["정수장 시설 배치 및 경비 현황", "전산센터 출입 동선 및 보안장비 배치 현황"])),
              ("table", [["구역", "위치", "보안장비", "비고"], ["A구역(통제실)", "지하 2층 동측", "생체인식 출입통제", "비상 차단 스위치 위치"],
                         ["B구역(약품 저장)", "1층 북측", "CCTV 2대", "야간 무인"], ["C구역(비상발전기)", "옥외 남측", "없음", "경비 취약"]]),
              ("p", "※ 야간 순찰은 22시, 02시 2회 실시하며 02~06시는 원격 감시만 운영")]
    return mk({"blocks": blocks}, "non_public", "none", [oida(3)], "보안", "content_only", "table_cell", "경비 취약", ["facility_layout", "no_printed_cue"])

def t_discipline(R, v, fmt, scan):
    ag = pick_agency(R); d = ddate(R); nm = pname(R)
    blocks = [("org", f"{ag['name']} 보통징계위원회"), ("title", "징 계 의 결 서"),
              ("table", [["성명", nm, "소속·직급", f"{R.choice(DEPTS)} 행정주사"], ["의결 주문", R.choice(["정직 1월", "감봉 3월", "강등"]), "의결일", fdate(d)]]),
              ("p", f"이유: 위 사람은 {fdate(ddate(R))} 혈중알코올농도 {R.uniform(0.08, 0.2):.3f}% 상태로 운전하다 적발되어 벌금 {R.randint(5, 15)}00만 원의 약식명령이 확정되었다."),
              ("p", "이는 「국가공무원법」 제63조(품위 유지의 의무)를 위반한 것이다.")]
    return mk({"blocks": blocks}, "non_public", "none", [oida(6), "PIPA-23"], "인사", "content_only", "table_cell", nm, ["criminal_conviction", "no_printed_cue"])

def t_sick_leave(R, v, fmt, scan):
    ag = pick_agency(R); nm = pname(R); dz = R.choice(DISEASES)
    blocks = [("org", ag["name"]), ("title", "병가 승인 및 질병휴직 검토"),
              ("p", f"1. 대상: {R.choice(DEPTS)} 주무관 {nm}"),
              ("p", f"2. 진단명: {dz} (진단서 발급 {R.choice(['한빛의원', '누리병원'])})"),
              ("p", "3. 병가 60일 소진 후 질병휴직 6개월 승인 여부를 검토함")]
    return mk({"blocks": blocks}, "non_public", "none", [oida(6), "PIPA-23"], "인사", "content_only", "body", f"진단명: {dz}", ["health_data", "no_printed_cue"])

def t_union_list(R, v, fmt, scan):
    ag = pick_agency(R)
    rows = [["성명", "소속", "조합비(월)"]] + [[pname(R), R.choice(DEPTS), won(R.randint(1, 4) * 10000)] for _ in range(R.randint(4, 7))]
    blocks = [("title", f"{ag['name']} 공무원노동조합 조합비 일괄공제 명단"), ("table", rows)]
    return mk({"blocks": blocks}, "non_public", "none", [oida(6), "PIPA-23"], "인사", "content_only", "table_cell", rows[1][0], ["union_membership", "no_printed_cue"])

def t_gongmun_nonpublic_field(R, v, fmt, scan):
    ag = pick_agency(R); dept = R.choice(DEPTS)
    kind = R.choice(["fin", "roster", "review", "invest"])
    if kind == "fin":
        nums, title = [1, 4], "금융거래정보 제공 요청"
        body = ["「금융실명거래 및 비밀보장에 관한 법률」 제4조에 따라 다음 계좌의 거래정보 제공을 요청합니다.", "대상: 피의자 A 명의 계좌 3개(상세는 붙임)", "수사 중인 사건이므로 제공 사실을 명의인에게 통보하지 마시기 바랍니다."]
        att, reasons = None, [oida(1), oida(4)]
    elif kind == "roster":
        nums, title = [6], "기초생활수급자 실태조사 대상자 통보"
        body = ["실태조사 대상자를 다음과 같이 통보합니다.", "대상자 개인정보는 조사 목적 외로 사용할 수 없습니다."]
        att, reasons = roster(R, R.randint(3, 5), ["성명", "주민등록번호", "주소", "연락처"], masked_rrn=R.random() < 0.5), [oida(6)]
    elif kind == "review":
        nums, title = [5], "감사 착수 전 사전조사 계획"
        body = ["다음 기관에 대한 특정감사 착수 전 사전조사를 실시합니다.", "조사 대상과 중점 점검 사항은 감사 착수 전까지 외부에 알려서는 안 됩니다."]
        att, reasons = None, [oida(5)]
    else:
        nums, title = [4], "수사 협조 요청"
        body = ["현재 수사 중인 사건과 관련하여 다음 자료의 제출을 요청합니다.", "자료 제출 사실이 외부에 알려지면 증거인멸 우려가 있습니다."]
        att, reasons = None, [oida(4)]
    gg = gform(R, "non_public", nums)
    if scan and R.random() < 0.7:
        gg = break_gg(R, gg)
    gloc = ["after_email", "sihaeng_line", "own_line", "table_cell", "title_line", "below_org"][v % 6]
    if kind == "roster" and att and "*" not in att[1][1] and "●" not in att[1][1] and "X" not in att[1][1]:
        reasons = [oida(6), "PIPA-24"]
        if nums == [6]:
            pass
    blocks, info = gongmun(R, ag, dept, title, body, attach=["대상 목록"] if att else None, gg=gg, gloc=gloc, table_kyeol=(gloc == "table_cell"))
    if att:
        blocks.append(("table", att))
    return mk({"blocks": blocks}, "non_public", "none", reasons, "공문", "disclosure_field", gloc, gg, [f"nonpublic_{kind}"])

# ================================================================================================
PLAN = [  # (template function, number of variants)
    (t_gongmun_public, 16), (t_press, 9), (t_secret_guideline, 6), (t_password_notice, 5), (t_oida_training, 6),
    (t_open_decision, 5), (t_stats, 7), (t_notice_public, 7), (t_plan, 6), (t_declass, 4), (t_cover_letter, 4),
    (t_hr_public, 5), (t_exam_published, 4), (t_meeting_public, 5), (t_audit_public, 5), (t_edu_privacy, 4),
    (t_gongmun_partial_field, 14), (t_attach_statement, 10), (t_minwon_reply, 10), (t_contract, 8), (t_meeting_partial, 7),
    (t_audit_partial, 7), (t_decision_notice_partial, 6), (t_subsidy, 6), (t_stated_conflict, 4), (t_exam_result, 5),
    (t_budget_partial, 6), (t_lawsuit, 5), (t_hr_partial, 4),
    (t_daeoebi_review, 8), (t_daeoebi_negotiation, 4), (t_daeoebi_security, 3), (t_daeoebi_investigation, 3),
    (t_secret3, 12), (t_secret2, 7), (t_secret1, 4),
    (t_health_roster, 5), (t_personnel_eval, 5), (t_investigation_content, 5), (t_negotiation_content, 4),
    (t_estimate_price, 5), (t_exam_question, 5), (t_layout_content, 4), (t_discipline, 4), (t_sick_leave, 3),
    (t_union_list, 2), (t_gongmun_nonpublic_field, 8),
]
FMTS = ["hwpx", "pdf", "text"]
TEXT_LOC = {"header": "first_line", "footer": "last_line", "header+footer": "first+last_line", "textbox": "first_line"}

def apply_ocr(R, doc, protect):
    def f(s):
        return ocr_protected(R, s, protect)
    out = {"header": f(doc["header"]) if doc.get("header") else None, "footer": f(doc["footer"]) if doc.get("footer") else None, "blocks": []}
    for k, v in doc["blocks"]:
        if k == "table":
            out["blocks"].append((k, [[f(c) for c in row] for row in v]))
        else:
            out["blocks"].append((k, f(v)))
    return out

def generate():
    recs = []
    for ti, (fn, n) in enumerate(PLAN):
        tname = fn.__name__
        for v in range(n):
            fmt = FMTS[(v + ti) % 3]
            scan = (fmt == "pdf" and v % 3 == 1) or (fmt == "text" and v % 4 == 2)
            R = RNG(tname, v)
            r = fn(R, v, fmt, scan)
            if scan:
                prot = [p for p in [r["cue_text"], r["extra"].get("printed_disclosure", "")] if p]
                r["doc"] = apply_ocr(RNG(tname, v, "ocr"), r["doc"], prot)
            r.update(template=tname, variant=v, format=fmt, scan=scan, seed=f"sens_ai-2026|{tname}|{v}")
            recs.append(r)
    order = list(range(len(recs)))
    RNG("order").shuffle(order)
    out = []
    for i, k in enumerate(order, 1):
        r = recs[k]; r["id"] = f"sa-{i:04d}"
        out.append(r)
    return out

def hwpx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    sec = z.read("Contents/section0.xml").decode()
    return "\n".join(re.findall(r"<hp:t>([^<]*)</hp:t>", sec)).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"), z

def build(outdir):
    os.makedirs(os.path.join(outdir, "files"), exist_ok=True)
    recs = generate()
    lines, metas = [], []
    for r in recs:
        doc, fmt = r["doc"], r["format"]
        txt = text_render(doc)
        loc = r["cue_location"]
        loc_out = TEXT_LOC.get(loc, loc) if fmt == "text" else loc
        rec = {"id": r["id"]}
        if fmt == "text":
            rec["text"] = txt
        else:
            fname = f"files/{r['id']}.{fmt}"
            title = next((v for k, v in doc["blocks"] if k == "title"), r["genre"])
            if fmt == "hwpx":
                data = hwpx_bytes(doc, title)
            else:
                data = pdf_bytes(doc, title, scan=r["scan"], R=RNG(r["template"], r["variant"], "scan"))
            with open(os.path.join(outdir, fname), "wb") as fh:
                fh.write(data)
            rec["file"] = fname
        if r["cue_text"]:
            assert r["cue_text"] in txt, (r["id"], r["template"], r["cue_text"])
        rec.update(disclosure=r["disclosure"], marking=r["marking"], reasons=r["reasons"], genre=r["genre"])
        lines.append(json.dumps(rec, ensure_ascii=False))
        m = {"id": r["id"], "template": r["template"], "variant": r["variant"], "seed": r["seed"], "format": fmt,
             "ocr_noise": r["scan"], "cue_kind": r["cue_kind"], "cue_location": loc_out, "cue_location_semantic": loc,
             "cue_text": r["cue_text"], "flags": r["flags"]}
        m.update(r["extra"])
        metas.append(json.dumps(m, ensure_ascii=False))
    with open(os.path.join(outdir, "sens_ai.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    with open(os.path.join(outdir, "sens_ai.meta.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(metas) + "\n")
    return recs

# ================================================================================================
def validate(outdir):
    import xml.etree.ElementTree as ET
    from collections import Counter
    try:
        import pypdf
    except ImportError:
        pypdf = None
    recs = [json.loads(l) for l in open(os.path.join(outdir, "sens_ai.jsonl"), encoding="utf-8")]
    metas = {m["id"]: m for m in (json.loads(l) for l in open(os.path.join(outdir, "sens_ai.meta.jsonl"), encoding="utf-8"))}
    problems = []
    ws = re.compile(r"\s+")
    for r in recs:
        assert set(r) in ({"id", "text", "disclosure", "marking", "reasons", "genre"}, {"id", "file", "disclosure", "marking", "reasons", "genre"}), r.keys()
        assert r["disclosure"] in ("public", "partial", "non_public")
        assert r["marking"] in ("none", "대외비", "III급", "II급", "I급")
        assert (r["disclosure"] == "public") == (not r["reasons"]), r["id"]
        if r["marking"] in ("III급", "II급", "I급"):
            assert "OIDA-9-1-1" in r["reasons"] and len(r["reasons"]) >= 2
        if r["marking"] == "대외비":
            assert "OIDA-9-1-1" not in r["reasons"]
        m = metas[r["id"]]
        cue = ws.sub("", m["cue_text"])
        if "file" in r:
            data = open(os.path.join(outdir, r["file"]), "rb").read()
            if r["file"].endswith(".hwpx"):
                z = zipfile.ZipFile(io.BytesIO(data))
                infos = z.infolist()
                assert infos[0].filename == "mimetype" and infos[0].compress_type == zipfile.ZIP_STORED
                assert z.read("mimetype") == b"application/hwp+zip"
                for req in ("version.xml", "Contents/header.xml", "Contents/section0.xml", "Contents/content.hpf", "META-INF/container.xml", "META-INF/manifest.xml"):
                    assert req in z.namelist(), req
                for nm in z.namelist():
                    if nm.endswith(".xml") or nm.endswith(".hpf"):
                        ET.fromstring(z.read(nm))
                assert z.testzip() is None
                t, _ = hwpx_text(data)
                if cue and cue not in ws.sub("", t):
                    problems.append((r["id"], "hwpx cue missing", m["cue_text"]))
            else:
                assert data.startswith(b"%PDF-")
                if pypdf:
                    pr = pypdf.PdfReader(io.BytesIO(data))
                    t = "".join(p.extract_text() or "" for p in pr.pages)
                    assert len(pr.pages) >= 1 and len(t) > 50, r["id"]
                    if cue and cue not in ws.sub("", t):
                        problems.append((r["id"], "pdf cue not extractable", m["cue_text"]))
        else:
            if m["cue_text"] and m["cue_text"] not in r["text"]:
                problems.append((r["id"], "text cue missing", m["cue_text"]))
    C = Counter
    fm = C(metas[r["id"]]["format"] for r in recs)
    dc = C(r["disclosure"] for r in recs); mc = C(r["marking"] for r in recs)
    assert len(recs) >= 260 and fm["hwpx"] >= 65 and fm["pdf"] >= 65, (len(recs), fm)
    assert mc["대외비"] >= 14 and mc["III급"] >= 10 and mc["II급"] >= 6 and mc["I급"] >= 3, mc
    print("records", len(recs), dict(fm), dict(dc), dict(mc))
    print("problems", len(problems))
    for p in problems:
        print("  ", p)
    return problems


# ================================================================================================
README_HEAD = r"""
# sens_ai — independent evaluation set for Korean public-sector document sensitivity

A synthetic, template-generated evaluation set for a classifier that decides, for a Korean
government document, the **disclosure** decision under 「공공기관의 정보공개에 관한 법률」(정보공개법),
the **classification marking** the document itself carries under 「보안업무규정」, and the
**legal reasons**. It follows the record format and label rules of the sensitivity set described in
`/work/shared/pii-dev/README.md`, and was written without seeing the classifier, its rules or any
other evaluation set (see *Independence*).

Every name, number, organisation (국가행정혁신부, 가람도, 해솔시, 다온경찰청, 인재시험원 …), address,
web domain (`*.go.kr.example`) and case is invented. Resident registration numbers are random but
checksum-valid and may coincide with real numbers by chance: treat the files as sensitive-looking test data.

## Files

| file | content |
|---|---|
| `make_set.py` | Deterministic generator + validator + README/MD5SUMS writer. |
| `sens_ai.jsonl` | One record per document: `{"id", "text"` **or** `"file", "disclosure", "marking", "reasons", "genre"}`. `file` is relative to this folder. |
| `sens_ai.meta.jsonl` | Per id: `template`, `variant`, `seed`, `format`, `ocr_noise`, `cue_kind`, `cue_location`, `cue_location_semantic`, `cue_text` (exactly as printed, including OCR damage), `flags`, and where useful `note`, `printed_disclosure`, `yegomun`, `copy_no`, `alt_reasons`. |
| `files/*.hwpx` | OWPML/HWPX packages (zip: `mimetype` first and stored, `version.xml`, `Contents/header.xml`, `Contents/section0.xml`, `Contents/content.hpf`, `META-INF/container.xml`, `META-INF/manifest.xml`, `settings.xml`, `Preview/PrvText.txt`). Page header/footer stamps are real `hp:header`/`hp:footer` controls, stamps in boxes are `hp:rect` text boxes with `hp:drawText`, 결문 and rosters are `hp:tbl` tables. |
| `files/*.pdf` | reportlab PDFs (NanumGothic embedded, `invariant=1`). Header/footer stamps are drawn in the page margins, text-box stamps as red framed boxes, tables as ruled grids. PDFs marked `ocr_noise` imitate scans: grey background, speckles, a slight page rotation and OCR-like character noise in the text layer. |
| `README.md` | This file (tables below are computed by `make_set.py`). |
| `MD5SUMS` | md5 of every other file, written last. |

## Label conventions used

Labels follow the rules in the pii-dev README, applied by content, not by keywords:

* `marking` is the stamp the document **itself carries** (대외비 / Ⅲ·Ⅱ·Ⅰ급 비밀), wherever it is printed (page header or footer, text box, first/last line, a table cell, or damaged by OCR, e.g. `대외빈`, `Ill급 비밀`, `Ⅲ급 비믿`). Documents that only *mention* 대외비, 비밀, 비밀번호, 3급(부이사관), a 예고문 example, or say that a classified attachment is sent separately have `marking = none`.
* Ⅰ/Ⅱ/Ⅲ급 비밀 always get `OIDA-9-1-1` plus the content reason (`-2` for defence/unification/diplomacy, `-3` for facility protection). 대외비 never gets `-1`; it carries only content reasons (`-2` negotiation position, `-3` facility layout, `-4`+`-6` investigation, `-5` internal review, `-5`+`-8` undisclosed development sites).
* A printed 공개구분 (`공개`, `부분공개(5)`, `부분공개 (6)`, `[부분공개(7)]`, `부분공개(5·6)`, `비공개(1·4)`, `비공개(제9조제1항제6호)`, `비공개(제9조 제1항 제5호)` …) decides the label when the content agrees; the numbers in brackets give the reasons. It is printed after the e-mail on the last 결문 line, at the end of the 시행 line, on its own line, in a 결문 table cell, in the 제목 line, or right-aligned under the 기관명.
* Partial disclosure may be stated about parts only: `붙임 2는 비공개`, `개인정보 부분 제외 공개`, `붙임 3(원가계산서)은 … 비공개`, `발언자 성명 비공개(5), 회의 내용 공개`.
* **Stated-vs-content conflicts (4 documents, flag `t_mislabeled`)**: the 결문 says `공개` but the attachment lists full RRNs and bank accounts; gold = `partial`, `[OIDA-9-1-6, PIPA-24]`.
* Content-only documents (no printed cue): 민원 회신 naming the 민원인 with address → partial `-6`; contracts with an individual's RRN (`-6`, `PIPA-24`) or account (`-6`) or a company's cost build-up (`-7`); health-check rosters with RRNs and findings → non_public `[-6, PIPA-23, PIPA-24]`; 근무성적평정 → non_public `[-5, -6]`; ongoing investigation → non_public `[-4, -6]`; negotiation positions → non_public `-5` (labour), `-5,-8` (land compensation), `-2` (foreign); 예정가격 before 개찰 → non_public `-5` (meta `alt_reasons: OIDA-9-1-1`, because 국가계약법 시행령 also forbids disclosure); test question before the exam → non_public `-5`; security facility layout → non_public `-3`; DUI 징계의결서, sick-leave with diagnosis, union dues list → non_public `[-6, PIPA-23]`; 인사발령 with one 질병휴직 row → partial `[-6, PIPA-23]`.
* `PIPA-24` only for an **unmasked** RRN; masked `850312-1******` gives `-6` only (flag `rrn_masked`).
* Officials' names and positions in 결재란, 보도자료 담당자 blocks and 인사발령 of officials acting in office are disclosable (제9조제1항제6호 라목) and do not make a document partial. Officials named as subjects of discipline in an audit 처분요구서 do (`-6`).
* A 정보공개 결정 통지서 is labelled by its own content: the `부분공개`/`비공개` decision it reports concerns the requested information, not the notice (flag `decision_text_is_not_label`). With the requester identified → partial `-6`; with the requester masked (`김○○`) and a 공개 decision → public.
"""

README_TAIL = r"""
## How to regenerate

```
cd /work/evalsets/sens_ai
python3 -m venv .venv && .venv/bin/pip install reportlab pypdf     # reportlab 4.x; pypdf only for validation
PYTHONHASHSEED=1 .venv/bin/python make_set.py                       # writes jsonl, files/, README.md, MD5SUMS
```

A Korean TrueType font is needed (`/usr/share/fonts/truetype/nanum/NanumGothic.ttf` and `NanumGothicBold.ttf`,
Debian/Ubuntu package `fonts-nanum`). `python make_set.py OUTDIR` writes to another directory.
All randomness comes from `random.Random("sens_ai-2026|<template>|<variant>")` (plus `…|ocr`, `…|scan`
and one `sens_ai-2026|order` shuffle); zip members have fixed timestamps (2026-01-01 00:00:00) and
reportlab runs with `invariant=1`. **Determinism was checked**: two complete runs under
`PYTHONHASHSEED=1` and `PYTHONHASHSEED=2` produced byte-identical output trees (`diff -r` empty), also
identical to the shipped files. Byte-identity across different reportlab/font versions is not guaranteed.

## Validation performed by `make_set.py`

* every `sens_ai.jsonl` and meta line parses; keys and label values are from the allowed sets; public ⇔ no reasons; Ⅰ–Ⅲ급 ⇒ `OIDA-9-1-1` plus a content reason; 대외비 ⇒ no `OIDA-9-1-1`;
* every `cue_text` occurs verbatim in the rendered text; for HWPX it is found in the `hp:t` runs of `section0.xml`, for PDF in the pypdf-extracted text layer (whitespace ignored);
* every HWPX: `mimetype` is the first member, stored, `application/hwp+zip`; required members exist; every XML member parses; zip CRCs pass;
* every PDF opens with pypdf and has text on its pages;
* size and minimum counts (≥260 documents, ≥65 HWPX, ≥65 PDF, 대외비 ≥14, III급 ≥10, II급 ≥6, I급 ≥3).

## Caveats

* Templates limit variety; the set tests conventions and cue placement, not real-world accuracy.
* The HWPX files were validated structurally (package layout, well-formed XML, element names from the OWPML documentation) but were not opened in Hancom Office; the header.xml is minimal (one font, five character shapes, three paragraph shapes, two border fills).
* Scanned PDFs have a text layer with OCR noise (as a scanned-and-OCR'd archive file would); the image itself is vector text, not a raster scan. Extractors that ignore the text layer will see only vector glyphs.
* In Ⅰ–Ⅲ급 documents the 예고문 and 사본번호 lines repeat the level in the body, so the level is also visible away from the stamp; in OCR-damaged documents the 예고문 may be damaged too.
* The labels encode one reasonable reading of 정보공개법 제9조·제14조, 보안업무규정 and 개인정보 보호법 제23·24조 together with the pii-dev label rules; they are not legal advice. Debatable cases carry a `note` or `alt_reasons` in the meta file.

## Independence

What I read:

* `/work/shared/pii-dev/README.md` — only this file from that folder (label rules and record format). I did not open, list the contents of, or run anything else in `/work/shared/pii-dev/` (no `.jsonl`, `.py`).
* `openhwp/openhwp` `docs/hwpx/08-packaging.md` through `read_file`, and the file list of `docs/hwpx/` through `find_files` (OWPML packaging).
* **Slip, reported honestly:** one `search` call used the **`code`** corpus (query "hp:header applyPageType subList hp:footer section0.xml") instead of the allowed `docs`/`pages` corpora. It returned unrelated web/XSLT templates and short excerpts describing HWPX header/footer controls from other HWPX tooling; nothing about any sensitivity classifier, its rules or any evaluation set. No code from it was copied.
* No other search was made; the legal content (정보공개법 제9조 1–8호·제14조, 행정업무의 운영 및 혁신에 관한 규정·시행규칙의 두문/본문/결문과 공개구분 표시, 보안업무규정의 비밀 등급·대외비·예고문·사본번호, 개인정보 보호법 제23·24조) was written from general knowledge.

What I did not do:

* I did not open, list or search anything under `/work/main`.
* I did not list `/work/evalsets` or open any folder under it other than `/work/evalsets/sens_ai/`.
* I did not run any existing classifier, PII detector or scorer.
* I did not knowingly write under `/tmp`. Caveat: `pip install` (reportlab, pypdf into `.venv` inside this folder) ran with the default temporary directory, so pip may have created and removed its own temporary files under `/tmp`. Preview images rendered with `pdftoppm` for a visual check and the two determinism-check output trees were written inside this folder (`_preview/`, `_c1/`, `_c2/`) and deleted.
* The virtual environment `.venv/` was created inside this folder and deleted at the end.
"""

def _tbl(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(str(x) for x in r) + " |" for r in rows]
    return "\n".join(out)

def write_readme(outdir):
    from collections import Counter
    R = [json.loads(l) for l in open(os.path.join(outdir, "sens_ai.jsonl"), encoding="utf-8")]
    M = {m["id"]: m for m in (json.loads(l) for l in open(os.path.join(outdir, "sens_ai.meta.jsonl"), encoding="utf-8"))}
    D = ["public", "partial", "non_public"]; MK = ["none", "대외비", "III급", "II급", "I급"]; F = ["hwpx", "pdf", "text"]
    dc = Counter(r["disclosure"] for r in R); mc = Counter(r["marking"] for r in R)
    rc = Counter(x for r in R for x in r["reasons"])
    parts = ["## Composition", "", f"{len(R)} documents.", "",
             "### Disclosure", _tbl(["disclosure", "documents"], [[d, dc[d]] for d in D]), "",
             "### Marking", _tbl(["marking", "documents"], [[m, mc[m]] for m in MK]), "",
             "### Reasons (document, reason) pairs",
             _tbl(["reason", "documents"], [[k, rc[k]] for k in sorted(rc, key=lambda k: (k[:4] != "OIDA", k))]), "",
             "### Format × disclosure",
             _tbl(["format"] + D + ["total", "of which OCR-noised"], [[f] + [sum(1 for r in R if M[r["id"]]["format"] == f and r["disclosure"] == d) for d in D]
                  + [sum(1 for r in R if M[r["id"]]["format"] == f), sum(1 for r in R if M[r["id"]]["format"] == f and M[r["id"]]["ocr_noise"])] for f in F]), "",
             "### Format × marking",
             _tbl(["format"] + MK, [[f] + [sum(1 for r in R if M[r["id"]]["format"] == f and r["marking"] == m) for m in MK] for f in F]), "",
             "### Cue kind × disclosure (what decides the label)",
             _tbl(["cue_kind"] + D, [[k] + [sum(1 for r in R if M[r["id"]]["cue_kind"] == k and r["disclosure"] == d) for d in D]
                  for k in sorted(set(m["cue_kind"] for m in M.values()))]), "",
             "### Cue locations (cue_location in the meta file; for text records header/footer/text-box stamps become first/last lines)",
             _tbl(["cue_kind", "cue_location", "hwpx", "pdf", "text"],
                  [[k, l] + [sum(1 for m in M.values() if m["cue_kind"] == k and m["cue_location"] == l and m["format"] == f) for f in F]
                   for k, l in sorted(set((m["cue_kind"], m["cue_location"]) for m in M.values()))]), "",
             "### Genre", _tbl(["genre", "documents"], sorted(Counter(r["genre"] for r in R).items(), key=lambda x: -x[1])), "",
             "### Templates",
             _tbl(["template", "documents", "disclosure", "marking", "reasons seen"],
                  [[t, sum(1 for m in M.values() if m["template"] == t),
                    "/".join(sorted(set(r["disclosure"] for r in R if M[r["id"]]["template"] == t))),
                    "/".join(sorted(set(r["marking"] for r in R if M[r["id"]]["template"] == t))),
                    " ; ".join(sorted(set(",".join(r["reasons"]) or "-" for r in R if M[r["id"]]["template"] == t)))]
                   for t in [fn.__name__ for fn, _ in PLAN]]), ""]
    flags = Counter(x for m in M.values() for x in m["flags"])
    parts += ["### Flags (meta file)", _tbl(["flag", "documents"], sorted(flags.items(), key=lambda x: (-x[1], x[0]))), ""]
    head, tail = README_HEAD.strip(), README_TAIL
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(head.rstrip() + "\n\n" + "\n".join(parts) + "\n" + tail.rstrip() + "\n")

def write_md5(outdir):
    names = []
    for root, dirs, files in os.walk(outdir):
        dirs[:] = sorted(d for d in dirs if d not in (".venv", "__pycache__"))
        for f in sorted(files):
            rel = os.path.relpath(os.path.join(root, f), outdir).replace(os.sep, "/")
            if rel != "MD5SUMS" and not rel.startswith("_"):
                names.append(rel)
    with open(os.path.join(outdir, "MD5SUMS"), "w", encoding="utf-8", newline="\n") as fh:
        for n in sorted(names):
            fh.write(hashlib.md5(open(os.path.join(outdir, n), "rb").read()).hexdigest() + "  " + n + "\n")

if __name__ == "__main__":
    outdir = sys.argv[1] if len(sys.argv) > 1 else HERE
    recs = build(outdir)
    print(len(recs), "records written to", outdir)
    probs = validate(outdir)
    if probs:
        raise SystemExit("validation problems")
    write_readme(outdir)
    write_md5(outdir)  # written last

